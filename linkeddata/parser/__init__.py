r"""Read a document record (the text of one file) into a :class:`~linkeddata.record.Record`.

::

    parse_record(text_or_bytes, source, default_id=None) -> Record
    read_record(path, root) -> Record

Surprises in a record become :class:`~linkeddata.record.ParseWarning` values on the Record;
a file that cannot be read as a record raises :class:`~linkeddata.errors.RecordError`, the
only exception either function raises.

>>> record = parse_record(
...     "**May 1, 1967**\n**Telegram from Pyongyang to Bucharest, No. 76.153**\n",
...     "documents/1.txt",
...     default_id="1",
... )
>>> record.date.iso, record.title.doc_type.value, record.title.registry_numbers[0]
('1967-05-01', 'telegram', Located(value='76.153', line=2))
>>> parse_record(b"\xff", "documents/2.txt")
Traceback (most recent call last):
...
linkeddata.errors.RecordError: documents/2.txt:1: not UTF-8 (byte 0)
"""

from __future__ import annotations

from .parse import parse_record, read_record

__all__ = ["parse_record", "read_record"]
