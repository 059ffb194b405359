"""What a build tells a progress display: the stage it is in and the items done.

The builder only reports; :mod:`linkeddata.console` decides what a person sees (an updating
line on a terminal, a log line per stage otherwise).
"""

from __future__ import annotations

from typing import Protocol

STAGES = {
    "parse": "parsing",
    "convert": "converting and loading",
    "write": "writing the store, dumps and report",
    "prerender": "rendering the documents' descriptions",
    "publish": "publishing",
}
"""Each stage of a build, by the name it is reported under, and what it is doing."""


class Progress(Protocol):
    """Told of a build's stages in order, and of the files or documents each has done."""

    def stage(self, name: str, total: int | None) -> None:
        """Stage ``name`` (a key of :data:`STAGES`) begins, with ``total`` items to do if
        counted; the previous stage has ended."""

    def advance(self, n: int) -> None:
        """``n`` more items of the current stage are done."""
