"""The office routine typed under a signature: how many copies were printed, who executed
(Russian "Исп.") or typed the document, who interpreted or translated, a telephone number, when
a cable was sent and received, to whom it was distributed. It says how the document was
handled, not who wrote it, so it neither hides the signature above it nor signs."""

from __future__ import annotations

import re

_OFFICE_TAIL = re.compile(
    r"^(?:(?i:printed|typed|made|prepared|produced)\s+in\s+\d+\s+(?i:copies|copy|ex)\b"
    r"|(?i:executor|exec\.|executed\s+by|typed\s+by|typist|typed|issued\s+by|interpreter"
    r"|interpreted\s+by|translator|translated\s+by|tel|telephone|phone|sent|received"
    r"|dispatched|distributed(?:\s+to)?|исп|отп|тел)\.?\s*:"
    r"|(?i:exec\.|tel\.|исп\.|отп\.|тел\.)\s*\S"
    r"|(?i:the\s+(?:conversation|talk|meeting)\s+was\s+interpreted\s+by|interpreted\s+by)\s"
    r"|(?i:distributed\s+to)\s)"
)
"""A line of the office routine: "Printed in 2 copies", "Executor: V. Petrov", "Исп. Петров",
"Tel. 2-34", "Sent: 5.XI.62 at 14:30", "Distributed to: Brezhnev, Kosygin", "Interpreter: I.
Ivanov", "The conversation was interpreted by I. Ivanov."."""


def office_routine(text: str) -> bool:
    """Whether a line under the signature is the office routine, which signs nothing."""
    return _OFFICE_TAIL.match(text) is not None


_DRAFTER = re.compile(
    r"^(?:(?i:(?:memcon\s+)?drafted\s+by)\s*:?|(?i:note-?taker)\s*:)\s+[A-Z][a-z]+\b[^/:]*$"
)
"""A drafter named in words ("Drafted by: Winston Lord", "Notetaker: X"), not by an office's
code ("Drafted by: EUR/SOV:WLORD:mm")."""


def names_the_drafter(text: str) -> bool:
    """Whether a "Drafted by" line names who wrote the record down, who then signs it as
    "Prepared by" does when no one signs above; a drafting code names no one and is a note."""
    return _DRAFTER.match(text) is not None
