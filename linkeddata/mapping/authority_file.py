"""The authority file read from disk: a missing file is an empty authority, a broken one an
:class:`~linkeddata.errors.AuthorityError` naming the file and the line."""

from __future__ import annotations

import re
from pathlib import Path

from rdflib import Graph

from ..errors import AuthorityError
from ..iris import Iris
from .authority import Authority


def load_authority(path: Path | None, iris: Iris) -> Authority:
    """Parse the authority file with relative IRIs resolved against ``{base}id/``.

    A missing file gives an empty authority (the build warns that nothing can be linked).
    """
    if path is None or not path.exists():
        return Authority()
    graph = Graph()
    try:
        graph.parse(data=path.read_text(encoding="utf-8"), format="turtle", publicID=iris.id_base)
    except UnicodeDecodeError as exc:
        raise AuthorityError(f"not UTF-8 ({exc.reason})", path.name) from exc
    except Exception as exc:  # rdflib raises several unrelated types for bad Turtle
        reason = str(exc).splitlines()[1:2] or [type(exc).__name__]
        raise AuthorityError(f"not valid Turtle: {reason[0]}", path.name, _error_line(exc)) from exc
    return Authority.from_graph(graph, path.name)


def _error_line(exc: Exception) -> int:
    match = re.search(r"at line (\d+)", str(exc))
    return int(match.group(1)) if match else 0
