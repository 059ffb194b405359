"""The classifications a document is published with: the title's and the body's, but where
the two grade it differently, the body's grade alone (the body is the document's own marking; a
title may carry a covering note's or a catalogue's), and a warning, as a title's date that
disagrees with the date line is reported."""

from __future__ import annotations

from ..parser.vocabulary import is_grade
from ..record import Located, ParseWarning, Record


def published_classifications(rec: Record) -> tuple[list[str], ParseWarning | None]:
    """The record's classification keys, once each, the title's first, and a warning where the
    title's grade is not among the body's grades."""
    title = rec.title
    titled = [title.classification] if title and title.classification else []
    titled += title.more_classifications if title else ()
    body = [c for c in rec.body_classifications if is_grade(c.value)]
    graded = {c.value for c in body}
    clash: list[Located[str]] = [
        c for c in titled if graded and is_grade(c.value) and c.value not in graded
    ]
    kept = [c for c in titled if c not in clash]
    keys = list(dict.fromkeys(c.value for c in [*kept, *rec.body_classifications]))
    if not clash:
        return keys, None
    message = (
        f"the title's marking {clash[0].value!r} disagrees with the body's"
        f" {body[0].value!r}: the body's kept"
    )
    return keys, ParseWarning(message, clash[0].line)
