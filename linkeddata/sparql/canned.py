"""The example queries shipped in ``linkeddata/queries/*.rq``, read with their header.

Each file begins with comment lines that name and explain it, then the query with its own
``PREFIX`` declarations::

    # title: Telegrams sent from Pyongyang
    # description: One sentence saying what it shows and why it is interesting.
    PREFIX schema: <https://schema.org/>
    SELECT ...

The header stays in :attr:`CannedQuery.text`: comments are valid SPARQL, so the text runs as
it is, wherever it is pasted. Adding a file adds an example to the query page, to
``/sparql/queries/NAME`` and to ``linkeddata query NAME``.

>>> queries = load()
>>> queries["telegrams-from-pyongyang"].title
'Telegrams sent from Pyongyang'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..errors import LocatedError

QUERIES_DIR = Path(__file__).parent.parent / "queries"

# The name is a URL segment (/sparql/queries/NAME) and a CLI argument: keep it plain.
_NAME = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_FIELD = re.compile(r"#\s*(title|description)\s*:(.*)")


@dataclass(frozen=True)
class CannedQuery:
    """One example query: its file stem, what the page shows of it, and its full text."""

    name: str  # the file stem, as in /sparql/queries/NAME
    title: str
    description: str
    text: str  # the whole file, header included


def load(folder: Path = QUERIES_DIR) -> dict[str, CannedQuery]:
    """The queries of ``folder`` by name, sorted; raise :class:`LocatedError` on a bad file.

    Read once per folder (the server asks on every request); each call gets its own dict.
    """
    return dict(_read(folder))


@cache
def _read(folder: Path) -> tuple[tuple[str, CannedQuery], ...]:
    queries = (_parse(path) for path in sorted(folder.glob("*.rq")))
    return tuple((query.name, query) for query in queries)


def _parse(path: Path) -> CannedQuery:
    if not _NAME.fullmatch(path.stem):
        raise LocatedError(
            f"bad example query name {path.stem!r}: use lower-case letters, digits and hyphens "
            "(it becomes /sparql/queries/NAME)",
            str(path),
        )
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise LocatedError(f"not UTF-8 text ({error.reason})", str(path)) from None
    fields: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.startswith("#"):
            break  # the header is the comment block at the top
        found = _FIELD.fullmatch(line.strip())
        if found is None:
            continue
        key, value = found[1], found[2].strip()
        if not value:
            raise LocatedError(f"empty '# {key}:' line", str(path), number)
        if key in fields:
            raise LocatedError(f"a second '# {key}:' line", str(path), number)
        fields[key] = value
    for key in ("title", "description"):
        if key not in fields:
            raise LocatedError(
                f"no '# {key}: ...' line in the comment header at the top of the file",
                str(path),
                1,
            )
    return CannedQuery(path.stem, fields["title"], fields["description"], text)
