"""The office routine typed under a signature: how many copies were printed, who executed
(Russian "Исп.") or typed the document, who interpreted or translated, a telephone number, when
a cable was sent and received, to whom it was distributed. It says how the document was
handled, not who wrote it, so it neither hides the signature above it nor signs."""

from __future__ import annotations

import re

_OFFICE_TAIL = re.compile(
    r"^(?:(?i:printed|typed|made|prepared|produced|drafted|executed|written|drawn\s+up)"
    r"\s+in\s+\d+\s+(?i:copies|copy|ex)\b"
    r"|(?i:executor|exec\.|executed\s+by|typed\s+by|typist|typed|issued\s+by|interpreter"
    r"|interpreted\s+by|translator|translated\s+by|tel|telephone|phone|sent|received"
    r"|dispatched|distributed(?:\s+to)?|исп|отп|тел)\.?\s*:"
    r"|(?i:exec\.|tel\.|исп\.|отп\.|тел\.)\s*\S"
    r"|(?i:the\s+(?:conversation|talk|meeting)\s+was\s+interpreted\s+by|interpreted\s+by)\s"
    r"|(?i:distributed|sent)\s+to\s)"
)
"""A line of the office routine: "Printed in 2 copies", "Drafted in 3 copies:", "Executed in 2
copies." (no US "Drafted by:"), "Executor: V. Petrov", "Исп. Петров", "Tel. 2-34", "Sent: 5.XI.62
at 14:30", "Sent to Comrade Gromyko.", "Distributed to: Brezhnev, Kosygin", "Interpreter: I.
Ivanov", "The conversation was interpreted by I. Ivanov."."""


_CERTIFICATION = re.compile(
    r"^(?i:true\s+copy|copy\s+correct|correct\s+copy|certified\s+(?:true\s+)?copy|верно"
    r"|копия\s+верна|za\s+zgodno[śs][ćc](?:\s+z\s+orygina[łl]em)?|f[üu]r\s+die\s+richtigkeit"
    r"|for\s+the\s+correctness|accuracy\s+certified|true\s+to\s+the\s+original)\s*(?::|$)"
    r"|^(?i:(?:certified\s+)?correct)\s*:"
)
"""A copy's certification, in the original's language or an English rendering: "For the
correctness:" and "Correct:" render "Für die Richtigkeit:" and "Верно:"; "Correct" with no
colon is a speaker's word ("Correct, Comrade Testov.")."""
_SENTENCE_WORDS = 4
"""The words after a certification's formula from which they are a sentence, if it starts in
lower case or ends with a full stop: "Correct: the agreement is ready.", no name or date."""


def certifies_a_copy(text: str) -> bool:
    """Whether a line certifies a copy under the signature ("True copy: [signature]",
    "Верно:", "Za zgodność z oryginałem", "Für die Richtigkeit:", "For the correctness:",
    "Certified correct:"): the clerk who certified it, named under it or not, signs nothing
    and hides no signature. The formula stands alone or with a name, a mark or a date after
    it; followed by a sentence ("Correct: the agreement is ready and will be signed.") it is a
    speaker's or a clerk's remark in the text, and the name under it still signs."""
    found = _CERTIFICATION.match(text)
    if found is None:
        return False
    rest = text[found.end() :].strip()
    return len(rest.split()) < _SENTENCE_WORDS or not (rest[:1].islower() or rest[-1] in ".!?")


_OWN_NUMBER = re.compile(r"^(?:(?i:no|nr|n[º°o])\.?|№)\s*\d[\d/.-]*[^\W\d_]{0,3}\.?$")
"""The document's own number in its registry tail: "No. 405", "№ 2270", and a ciphered
telegram's with its series letters ("No. 1/sh", "№ 8600/ш")."""


def own_number(text: str) -> bool:
    """Whether a line is only the document's own number ("No. 2783/62", "№ 8600/ш")."""
    return _OWN_NUMBER.match(text) is not None


_TYPIST_CODE = re.compile(r"^[A-Z]{1,4}(?:[:/][A-Za-z]{1,4})*[:/][a-z]{1,3}$")
"""A drafter's and a typist's initials: "HAK:WL:mm", "WL:mm", "RM/jc"."""
_LIST_HEAD = re.compile(r"^(?i:attachments?|enclosures?|tabs?|annex(?:es)?)\s*:$")
_ITEM = re.compile(r"^(?:\d{1,2}\s*[-–—.)]|(?i:tab)\s+[A-Z]\b\s*[-–—:.]?|[a-z][.)])\s*\S")
"""An item of a list of copies or attachments: "1 - to Cde. Gromyko", "Tab A - Memorandum"."""


def office_routine(text: str) -> bool:
    """Whether a line under the signature is the office routine, which signs nothing."""
    return _OFFICE_TAIL.match(text) is not None


def without_office_routine(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines less the office routine that may stand under a signature and hide it: the
    document's own number ("No. 405" over "1.7.50"), a typist's code ("HAK:WL:mm"), and a list
    of copies or attachments with its items ("Drafted in 3 copies:" / "1 - to Cde. Gromyko",
    "Attachment:" / "Tab A - Memorandum of Conversation, July 9, 1971")."""
    kept: list[tuple[int, str]] = []
    listing = False
    for line, text in lines:
        head = _LIST_HEAD.match(text) is not None or (
            office_routine(text) and "cop" in text.casefold()
        )
        if head or (listing and _ITEM.match(text)):
            listing = True
        elif not own_number(text) and _TYPIST_CODE.match(text) is None:
            listing = False
            kept.append((line, text))
    return kept


_DRAFTER = re.compile(
    r"^(?:(?i:(?:memcon\s+)?drafted\s+by)\s*:?|(?i:note-?taker)\s*:)\s+[A-Z][a-z]+\b[^/:]*$"
)
"""A drafter named in words ("Drafted by: Winston Lord", "Notetaker: X"), not by an office's
code ("Drafted by: EUR/SOV:WLORD:mm")."""


def names_the_drafter(text: str) -> bool:
    """Whether a "Drafted by" line names who wrote the record down, who then signs it as
    "Prepared by" does when no one signs above; a drafting code names no one and is a note."""
    return _DRAFTER.match(text) is not None
