"""A "by" inside what a document is about names whoever did the thing it is about, never the
document's author: "Information about the Visit by Kim Il Sung", "Report on the Speech by
Khrushchev", "Note on the Proposals Made by Kim Il Sung", "Report on the Talks Held by
Comrade Zhivkov with Kim Il Sung". Only "by" right after the type ("Report by X on ...")
names the author. The subject has begun once "on", "about", "regarding" or "concerning"
follows the type; a "by" after it is the subject's when an act stands right before it (a
visit, a speech, a reception, proposals ...), or a journey and only where it went ("the Visit
to Testia by X"), or a past participle does
("Given by", "Made by", "Held by"), unless that participle is one of the document's own
making: "Prepared", "Compiled", "Written", "Drafted", "Drawn up" by X name its author. A
narrower reading than "every later by" keeps "Report on the Situation in Hungary by the Soviet
Embassy" its author, and so does a comma: "Information on the Situation in the DPRK, Prepared
by the International Department"."""

from __future__ import annotations

import re

_SUBJECT = re.compile(r"(?<!\S)(?i:on|about|regarding|concerning)\s+")
_ACT = re.compile(
    r"(?<![\w'’-])(?i:visit|trip|tour|stay|journey|speech|speeche|address|lecture|report"
    r"|statement|declaration|remark|reception|banquet|dinner|proposal|talk|conversation"
    r"|meeting|interview|letter|message|reply|answer|appeal|article|attack|invasion"
    r"|intervention|initiative|d[ée]marche|request|offer|suggestion|criticism|comment"
    r"|presentation|briefing|toast|mission|step|measure|action|position|view)s?(?![\w'’-])"
)
"""Acts that a title's subject may be, done "by" someone: "the Visit by X", "the Steps by X"."""
_ACT_LAST = re.compile(rf"{_ACT.pattern}\s+$")
"""An act right before "by": "the Visit by X", "the Speech by X"; an act further back has had
its doer named ("the Conversation with Kim Il Sung by X", "the Visit of the Delegation to the
DPRK by the Embassy"), and that "by" is the document's."""
_TRAVEL_TO = re.compile(
    r"(?<![\w'’-])(?i:visit|trip|tour|stay|journey)s?\s+(?i:to|in|at|into)\s+"
    r"(?:(?!(?i:with|of)\s)[^,;:()])*$"
)
"""A journey then only where it went, then "by": "the Official Visit to Testia by the
Delegation" names who went."""
_PARTICIPLE = re.compile(
    r"(?<![\w'’-])(?:[A-Za-z]{2,}ed|(?i:given|made|held|done|taken|shown|written|spoken"
    r"|sent|put|brought|drawn|set|paid|told|undertaken|laid|read|won))\s+$"
)
"""A past participle right before "by": "the Reception Given by X", "Proposals Made by X"."""
_AUTHORED = re.compile(
    r"(?<![\w'’-])(?i:prepared|compiled|drafted|written|drawn\s+up|composed|authored"
    r"|submitted)\s+$"
)
"""Participles of a document's making: "Report on the Meeting with Kim Il Sung Prepared by X"
names its author, comma or not."""
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]]")


def subject_by(text: str, type_end: int, by_start: int) -> bool:
    """Whether the "by" at ``by_start`` is inside the subject that begins after the type."""
    subject = _SUBJECT.search(text, type_end, by_start)
    if subject is None:
        return False
    clause = text[subject.end() : by_start]
    if _CLAUSE_BREAK.search(clause):
        return False  # "Information on the Situation, Prepared by the Department": its author
    if _AUTHORED.search(clause):
        return False  # "... with Kim Il Sung Prepared by Ambassador Puzanov": its author
    return any(rule.search(clause) for rule in (_PARTICIPLE, _ACT_LAST, _TRAVEL_TO))


def subject_between(text: str, type_end: int, between_start: int, agreement: bool) -> bool:
    """Whether the "between" at ``between_start`` is inside the subject that begins after the
    type: "Statement by X on Relations between Testia and Testonia" names the topic's parties,
    never the document's. What an ``agreement`` is of is no such subject: "Agreement on
    Cooperation between the KGB and the StB, Signed by X" is the two services' (the caller
    asks only once an author is named)."""
    subject = _SUBJECT.search(text, type_end, between_start)
    if subject is None or _CLAUSE_BREAK.search(text, subject.end(), between_start):
        return False
    return not agreement or _AGREEMENT_MATTER.search(text, subject.end(), between_start) is None


_AGREEMENT_MATTER = re.compile(
    r"(?<![\w'’-])(?i:co-?operation|collaboration|friendship|mutual\s+assistance|trade)\s*$"
)
"""What parties agree on, ending the subject before "between": "on Scientific Cooperation"."""


_TALK_BY = re.compile(
    r"(?i:talks?|conversations?|negotiations|discussions?|meetings?)\s+(?i:held|conducted)\s+"
    r"(?i:by)\s+(?P<name>[^,;:()]+?)\s+(?i:with)\s"
)
"""Talks "held by X with Y": X took part in them as Y did."""


def talk_holder(text: str, type_end: int, head_end: int) -> tuple[int, int] | None:
    """Where X is in "the Talks Held by X with Y" inside a title's subject."""
    found = _TALK_BY.search(text, type_end, head_end)
    if found is None or not subject_by(text, type_end, found.start("name") - 3):
        return None
    return found.start("name"), found.end("name")


_BY = re.compile(r"(?<!\S)(?i:by)\s+")
_LEADING = re.compile(
    r"\b(?i:led|headed|chaired|accompanied|hosted|received|attended|commanded|guided)\s*$"
)
"""Participles of a group's leading or hosting, before a "by" that names no author."""


def authored_by(text: str, start: int, end: int) -> re.Match[str] | None:
    """The "by" between ``start`` and ``end`` that names the document's author, not a group's
    leader: "Report by X", never "the Delegation Led by X", "Headed by X" or "the Visit by X"
    (whom it is about)."""
    for by in _BY.finditer(text, start, end):
        if _LEADING.search(text, start, by.start()) is None and not subject_by(
            text, start, by.start()
        ):
            return by
    return None
