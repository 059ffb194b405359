"""Whom a message is meant for, in brackets after its addressee: "Filippov to Roshchin (for
Mao Zedong)" is addressed to Roshchin, who passes it on, and meant for Mao Zedong; both receive
it. The bracket is never the addressee's other name, as a cover name's is ("Feng Xi
(Stalin)"). A bracket "for" a handling ("for Eyes Only", "for Immediate Action", "for
Publication", "for the Talks with ...") names no one: it is left out of the addressees.
Unbracketed, "for Y" after an addressee says the same ("Stalin to Matveev (Zakharov) for
Shtykov", "to Kovalev, for Mao Zedong"), unless it goes on with a body's or an office's name
("the Committee for State Security", "the Minister for Foreign Affairs") and no honorific
opens Y ("the Department for Mr. Testov" is to both). There a title asks
"for" goods, aid and dates as often ("for Weapons", "for Tuesday", "for the Plenum"): Y is
surely someone only with a person's name or title; one other word, or a body's name, is
someone only where the authority file knows an agent by it (the mapping decides); anything
else is a handling. Never a destination: "for Korea" is what the letter is about."""

from __future__ import annotations

import re
from typing import Literal, NamedTuple

from .bodies import MISSION, for_in_name
from .clauses import NOUN_WORD, common_nouns
from .local_ranks import without_local_rank
from .names import name_kind, personal_name_shape
from .office_words import office_only
from .text import is_name_like, strip_article
from .title_tags import handling_caveat

_MEANT_FOR = re.compile(
    r"(?<!\s)\s*[(\[](?i:for(?:\s+(?:transmission|delivery)\s+to)?"
    r"|to\s+be\s+(?:passed|handed|forwarded|transmitted|delivered)\s+(?:on\s+)?to)"
    r"\s+(?P<whom>[^()\[\]]*[^()\[\]\s])\s*[)\]]"
)
"""A bracket that opens with "for" (or "to be passed to"), from the end of the word before it
(a run of spaces is read once)."""
_HANDLING = re.compile(r"(?i:only|use|action|attention)$")
"""The last word of how a message is to be handled: "Eyes Only", "Internal Use"."""
_FOR_AFTER = re.compile(
    r"(?<=[\w\])’'.])(?:\s*+,)?\s++(?i:for(?:\s+(?:transmission|delivery)\s+to)?)"
    r"\s++(?P<whom>[^\s,;:()\[\]][^,;:()\[\]]*+)$"
)
"""An unbracketed "for" after the addressee, what it names running to the clause's end."""
_POSSESSIVE = re.compile(r"[A-Za-z][’']s?\b")
_LOWER_WORD = re.compile(
    r"(?!(?:and|de|del|da|do|dos|das|di|la|le|van|von|der|den|bin|ibn|al|el|y|e)$)[a-z].*"
)
"""A lowercase word in what a later "for" names that no name has ("with", "of", "to")."""
FOR_SEGMENT = re.compile(r"\s*+(?i:for)\s++(?P<whom>[^\s,;:()\[\]][^,;:()\[\]]*+)$")
"""A comma's segment "for Y" after the addressee: "to Kovalev, for Mao Zedong"."""
_PURPOSE = re.compile(
    r"(?i:review|approval|comments?|signature|reference|clearance|background|ratification"
    r"|guidance|files?|records?|use)"
)
"""One word after "for" that says what the message is for, never whom."""
_MISSION_WORD = re.compile(rf"\b{MISSION}\b")
_PURPOSE_HEAD = re.compile(r"\s(?i:of|with|to|from|in)\s")
_LAST_ADDRESSEE = re.compile(r",|\s(?i:and|&)\s")
Span = tuple[int, int]
MeantFor = Literal["someone", "if_known"] | None
"""Whom an unbracketed "for" names: surely someone, someone where the authority file knows an
agent by the name, or no one (a handling)."""


class Addressees(NamedTuple):
    """The spans of a clause that name addressees, and the span ("for Stalin", "for Weapons")
    that names one only where the authority file knows an agent by it."""

    spans: tuple[Span, ...]
    if_known: Span | None = None


def addressee_spans(text: str, start: int, end: int) -> Addressees:
    """The spans of ``text[start:end]`` (the addressees of a title's clause) that name
    addressees: the addressee before a "(for X)" bracket, X, and what follows the bracket."""
    found = _MEANT_FOR.search(text, start, end)
    if found is None:
        return _for_after(text, start, end)
    if not text[start : found.start()].strip():
        return Addressees(((start, end),))  # "(for the Politburo)" with no addressee before it
    whom = found.span("whom") if _an_agent(found["whom"]) else (found.end(), found.end())
    spans = ((start, found.start()), whom, (found.end(), end))
    return Addressees(tuple((a, b) for a, b in spans if text[a:b].strip(" ,")))


def _an_agent(whom: str) -> bool:
    """Whether what a bracket's "for" names reads as someone: a person's or a body's name
    ("Testo Testman", "the Politburo") or an office ("Ambassador Testarov"), never a handling
    ("Official Use Only", "Urgent Attention") nor common nouns ("Publication", "the Files")."""
    if _HANDLING.search(whom) or handling_caveat(whom) or common_nouns(strip_article(whom)):
        return False
    return name_kind(strip_article(whom)) in ("person", "org") or is_name_like(whom)


def _for_after(text: str, start: int, end: int) -> Addressees:
    """The addressee before an unbracketed "for Y" and Y when Y is someone (or may be), the
    addressee alone when Y is a handling ("for Eyes Only", "for Weapons"); the whole span when
    the "for" goes on with a body's or an office's name."""
    found = _FOR_AFTER.search(text, start, end)
    if found is None:
        return Addressees(((start, end),))
    before = text[start : found.start()].strip(" ,")
    last = strip_article(_LAST_ADDRESSEE.split(before)[-1].strip())
    whom = found["whom"].rstrip()
    span = (found.start("whom"), found.start("whom") + len(whom))
    if before and name_kind(strip_article(whom)) == "person":
        return Addressees(((start, found.start()), span))  # "the Department for Mr. Testov"
    named_on = for_in_name(before) or office_only(last) or name_kind(last) == "org"
    if not before or (named_on and not _mission_purpose(last, whom)):
        return Addressees(((start, end),))  # "the Minister for Foreign Affairs"
    meant = meant_for(whom)
    addressee = (start, found.start())
    if meant == "someone":
        return Addressees((addressee, span))
    return Addressees((addressee,), span if meant == "if_known" else None)


def _mission_purpose(last: str, whom: str) -> bool:
    """Whether a "for" after a mission or an envoy names what it is asked or sent for, an
    abstract noun that no name of a mission goes on with: "the Soviet Embassy for Assistance",
    "the Ambassador in Testburg for the Conversation with X"."""
    head = _PURPOSE_HEAD.split(strip_article(whom), maxsplit=1)[0]
    return (
        _MISSION_WORD.search(last) is not None
        and NOUN_WORD.search(head.split()[-1]) is not None
        and name_kind(head) is None
    )


def _a_handling(whom: str) -> bool:
    """Whether what a "for" names is how or why the message is to be handled."""
    bare = strip_article(whom)
    return bool(
        _HANDLING.search(whom)
        or handling_caveat(whom)
        or common_nouns(bare)
        or _PURPOSE.fullmatch(bare)
    )


def meant_for(whom: str) -> MeantFor:
    """Whom an unbracketed "for" names: surely someone with a person's name of two words or
    more or a person's title ("Testo Testman", "Comrade Testov"); someone where the authority
    file knows an agent by it with one capitalised word that is no noun ("Stalin", but also
    "Weapons", "Tuesday", "Korea"), two ("Testo Testman", but also "Phnom Penh") or a body's
    name ("the Politburo", but also "the Plenum"); else no one ("for Review", "for Peace and
    Friendship", "for Vietnam Policy")."""
    bare = strip_article(whom)
    if _a_handling(whom) or not _an_agent(whom):
        return None
    kind = name_kind(bare)
    if kind == "person" or personal_name_shape(bare):
        return "someone"
    words = bare.split()
    if (
        kind == "org"
        or (len(words) == 1 and bare[:1].isupper() and not NOUN_WORD.search(bare))
        or (len(words) == 2 and personal_name_shape(bare, no_such_place=True))
    ):
        return "if_known"  # "Testo Testman" or a city's two words ("Phnom Penh")
    return None


def for_ranked_person(value: str) -> bool:
    """Whether a later segment says whom a document with no addressee yet is for, by a
    person's name with a rank or an office: "..., for Comandante Raúl Castro", "for Comrade
    Testov"; never a period ("for the First Half of 1983"), a purpose or an occasion ("for
    Comrade Kim's Information", "for the Talks with X"), a place ("for Kim Il Sung Square")
    nor a body ("for Radio Free Europe"): in names, no possessive and no lowercase word but
    "and" and a name's particles."""
    found = FOR_SEGMENT.match(value)
    if found is None or any(c.isdigit() for c in value):
        return False
    whom = strip_article(found["whom"].rstrip(" ."))
    if _POSSESSIVE.search(whom) or any(_LOWER_WORD.fullmatch(w) for w in whom.split()):
        return False
    bare = without_local_rank(whom)
    ranked = name_kind(whom) == "person" or (
        bare != whom and len(bare.split()) > 1 and personal_name_shape(whom)
    )
    return ranked and meant_for(whom) == "someone"
