"""``linkeddata``, with the search index left out of a build: what ``build_bench.py
--without-index`` runs beside a normal build, to measure what the index adds to it.

Only for that measurement: the build then skips reading each document's facts (in the
workers, which are forked and inherit the change) and writing ``search.sqlite``, and so
publishes a release that a server refuses (it has no search index). Usage is that of
``linkeddata``::

    python bench/no_index.py build DOCUMENTS --out OUT
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from linkeddata.build import pipeline, publish
from linkeddata.cli import main
from linkeddata.search.facts import Facts


def no_facts(*_args: Any, **_kwargs: Any) -> Facts | None:
    """What the pipeline stores as a document's facts when there is no index: nothing."""
    return None


class NoIndex:
    """Stands in for :class:`linkeddata.search.writer.IndexWriter`: writes nothing."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.inserting = 0.0
        self.cpu = 0.0

    def add(self, documents: list[Facts]) -> None:
        assert not documents, "facts were read although the index is left out"

    def finish(self) -> float:
        return 0.0

    def abort(self) -> None:
        pass


if __name__ == "__main__":
    pipeline.document_facts = no_facts  # type: ignore[assignment]
    publish.IndexWriter = NoIndex  # type: ignore[assignment, misc]
    main()
