"""A participle after the parties opens what the document does: "Telegram from Roshchin to
Filippov [Stalin] Relaying Mao's Message", "from Shtykov to Vyshinsky passing on Kim Il Sung's
Request", or says how it went: "to Kennedy Sent via Dobrynin", "Delivered on 12 May 1960".
Any word in "-ing" does, not only the ones a list names, unless it is part of a name:
a place after "in" or "to" ("Beijing", "Kunming"), what a body is of ("the Ministry of
Machine Building"), a given name after a Chinese family name
("Deng Xiaoping"), a syllable ("Jiang Qing", "Martin Luther King"), a hyphenated romanisation
("Teng Hsiao-ping"), or a name's last word, which nothing follows ("Ian Fleming to X")."""

from __future__ import annotations

import re

from .name_words import ORG_WORDS
from .names import shared_family_name
from .office_words import office_only

_PARTICIPLE = re.compile(
    r"(?<=[\w\]).’'])\s+(?P<word>[A-Za-z]{3,}ing)\s+(?!(?i:and|or|to|in|of|at|by|from|via|with)\b)"
    r"(?=[\w'’\"“])"
)
_NAMES_IN_ING = frozenset(
    {"beijing", "peking", "nanjing", "nanking", "chongqing", "chungking", "liaoning", "nanning"}
    | {"xining", "kunming", "jining", "haining"}
)
_NAME_GERUNDS = frozenset(
    {"acting", "standing", "planning", "working", "coordinating", "leading", "managing"}
    | {"commanding", "governing", "ruling", "steering", "operating", "presiding", "publishing"}
    | {"broadcasting", "training", "engineering", "mining", "trading", "meeting", "building"}
    | {"shipping", "banking", "printing", "processing", "purchasing", "negotiating"}
)
"""Gerunds that bodies and offices are named with ("the State Planning Commission", "Acting
Foreign Minister", "the Politburo Standing Committee"): in capitals they never open a clause."""
_NEXT_WORD = re.compile(r"[A-Z][\w'’-]*")
_PLACE_BEFORE = re.compile(r"(?i:in|to|at|from|of|on|for|the|a|an)$")
_BODY_RUN = re.compile(r"\s(?i:of|for|on)\s+(?:[A-Z][\w'’-]*\s+)*$")
"""What a body is of, for or on, in capitals, which a gerund goes on ("the Ministry of Machine
Building", "the Board on Testing Energy")."""


PAST_PARTICIPLE = (
    r"(?:Sent|Delivered|Transmitted|Conveyed|Forwarded|Relayed|Dispatched"
    r"|Despatched|Received|Presented|Passed|Handed|Carried|Given|Brought|Made|Held|Put|Read"
    r"|Signed|Approved|Adopted|Issued|Submitted|Addressed|Returned|Accepted|Rejected|Published"
    r"|Prepared|Compiled|Drafted|Written|Composed|Translated|Attached|Enclosed|Cabled"
    r"|Telegraphed|Reported|Recorded)\b"
)
"""Past participles that say what became of a message, in capitals as titles write them."""
_PAST = re.compile(
    rf"(?<=[\w\]).’'])\s+{PAST_PARTICIPLE}"
    r"(?:\s+(?i:over|on|up))?\s+(?=(?i:by|via|through|on)\s)"
)
"""A past participle from a list of real ones, then how or when the message went: "to Kennedy
Sent via Dobrynin", "to Mao Zedong Transmitted by Pak Il-u", "to the Government Delivered on
12 May 1960". Not any word in "-ed": names end so ("to Tajuddin Ahmed on ...", "Mohammed",
"Saeed", "Khaled")."""
CARRIED = re.compile(
    r"(?<!\s)\s+(?i:sent|delivered|transmitted|conveyed|handed(?:\s+over)?|passed(?:\s+on)?"
    r"|forwarded|relayed|carried|brought|dispatched)\s+(?i:by|via|through)\s+"
)
"""Who carried a message, after the participle of its carrying: "Transmitted by Pak Il-u"."""


def participle_stop(text: str) -> int | None:
    """Where the first participle after a name opens another clause in ``text``, if one does:
    one in "-ing", or a past one before "by", "via", "through" or "on"."""
    past = _PAST.search(text)
    ing = _ing_stop(text)
    if past is None:
        return ing
    return past.start() if ing is None else min(ing, past.start())


def _ing_stop(text: str) -> int | None:
    """Where the first participle in "-ing" after a name opens another clause."""
    for found in _PARTICIPLE.finditer(text):
        word = found["word"]
        before = text[: found.start()].split()
        previous = before[-1] if before else ""
        if (
            len(word) < 6
            or word.casefold() in _NAMES_IN_ING
            or _PLACE_BEFORE.fullmatch(previous)
            or shared_family_name(previous)
            or (word[0].isupper() and _in_a_name(text, word, found.start(), found.end()))
        ):
            continue
        return found.start()
    return None


def _in_a_name(text: str, word: str, start: int, end: int) -> bool:
    """Whether a capitalised gerund goes on with the name before it: one bodies and offices
    are named with, one before an organisation's or an office's word ("Operations
    Coordinating Board", "IMF Managing Director"), or one in what a body is of."""
    after = _NEXT_WORD.match(text, end)
    return (
        word.casefold() in _NAME_GERUNDS
        or (after is not None and (bool(ORG_WORDS.fullmatch(after[0])) or office_only(after[0])))
        or _BODY_RUN.search(text, 0, start + 1) is not None
    )
