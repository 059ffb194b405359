"""The RIS citation of a :class:`~.work.Work`."""

from __future__ import annotations

from .work import Work, language_names


def ris(w: Work) -> str:
    """An RIS record (``TY  - MANSCPT`` ... ``ER  -``), one tag per line.

    Tags: ``T2`` collection, ``DB`` holding archive, ``CN`` shelfmark (call number), ``A4``
    translator, ``DA`` date as ``YYYY/MM/DD/`` with empty parts below the known precision.
    """
    date = "/".join([*(f"{p:02d}" for p in w.issued), "", "", ""][:3]) + "/" if w.issued else None
    lines = [
        ("TY", "MANSCPT"),
        ("ID", w.key),
        ("TI", w.title),
        *(("AU", name) for name in w.authors),
        *(("A4", name) for name in w.translators),
        ("DA", date),
        ("PY", str(w.issued[0]) if w.issued else None),
        ("T2", w.collection),
        ("DB", "; ".join(w.archives) or None),
        ("CN", "; ".join(w.shelfmarks) or None),
        *(("LA", name) for name in language_names(w.languages)),
        ("UR", w.url),
        ("N1", w.citation),
    ]
    body = "".join(f"{tag}  - {' '.join(value.split())}\n" for tag, value in lines if value)
    return f"{body}ER  - \n"
