"""How a segment of a title opens or goes on with its sender/recipient clause, where the
wording alone must tell: an untyped "X to Y" ("Gomułka to Brezhnev", never "Prelude to War"),
"for X" after the type ("Note for Comrade Ulbricht", never "Proposal for the Reunification"),
and more senders before "to" in a "from" clause."""

from __future__ import annotations

import re

from .bodies import ACCREDITED_TO
from .doctypes import read_doc_type
from .gatherings import EVENTS, WHOSE_OCCASION, words
from .names import name_kind, personal_name_shape
from .text import is_name_like, strip_article
from .title_numbers import BARE_NUMBER, CODED_FIGURE
from .title_tags import is_date

BRACKET_NOTE = re.compile(r"[(\[][^()\[\]]*[)\]]$")
"""A bracketed note at the end: "TOP SECRET (Synthetic)", "Filippov [Stalin]"."""
_TO_INSIDE = re.compile(r"\s(?i:to)\s+")
_OF_START = re.compile(r"^(?i:of)\s+")
SENT_TO_BODY = re.compile(
    r"\b(?i:missions?|delegations?|representatives?|representation|observers?)"
    r"(?:\s+(?i:of)\s+(?:(?i:the)\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?\s*$"
)
"""Those sent to a body or a conference, whose "to" goes on with their name ("the Delegation
to the Talks", "the U.S. Mission to the IAEA", "the Permanent Representation of Italy to
NATO")."""
POSTED_TO_BODY = re.compile(
    r"^(?!.*\b(?i:ministry|department|central\s+committee|government|politburo"
    r"|delegations?|missions?|representatives?|command|chairman|chairmen|secretary"
    r"|secretary-general|president|minister|ambassador|comrade)\b)"
    r"(?:(?!\b(?i:at|in|about|regarding|concerning|during)\b)[^,])*?"
    r"(?:\b(?i:international|commission|conference|talks|negotiations|united\s+nations)\b"
    r"|\b(?:UN|UNO|NATO|IAEA|ICSC|ICC|CMEA|CSCE|OAU|OAS|SEATO)\b)"
)
"""A body or a gathering of states that a delegation is sent to, which names it even when no
other "to" follows ("Report, Hungarian Delegation to the International Control Commission,
Saigon"); never a home body that it reports to ("the Delegation to the Foreign Ministry"),
nor an addressee that only belongs to one ("to the Chairman of the ICC", "to the Soviet
Delegation at the Moscow Conference", "to the UN Secretary-General U Thant")."""
_EVENT = re.compile(rf"{words(EVENTS)}(?:\s+(?i:of|on|in)\s.*)?$")
"""A gathering, an event that a report is about or made at, never its addressee."""
_TOPIC = re.compile(r"(?<!\s)\s+(?i:on|about|regarding|concerning)\s")
"""What a document is on, after whom it is to or for: never part of a name."""
_AND = re.compile(r"(?<!\s)\s+(?:and|&)\s+")
_FOR_START = re.compile(rf"^(?i:for)\s+(?P<whom>[^,;:()]+?)(?:{_TOPIC.pattern}|$)")
"""Whom a document is for, right after its type: "Information for the Politburo on ..."."""
NOUN_WORD = re.compile(
    r"(?i:(?:tion|sion|ment|ness|ity|ism|ance|ence|ship|ure|ing|ies|ology)s?$"
    r"|^(?:guide|road|path|way|prelude|key|approach|return|visit|trip|journey|threat|addendum"
    r"|supplement|annex|appendix|preface|foreword|epilogue|postscript|index|note|source|aid"
    r"|change|answer|question|reply|response|appeal|help|credit|loan|export|shipment|transfer"
    r"|deliver(?:y|ies)|suppl(?:y|ies)|attack|danger|challenge|letter|message|gift|offer"
    r"|control|trade|industry|commerce|transport|energy|defen[cs]e|justice|culture|health"
    r"|labou?r|youth|sport|relief|peace|research|affairs)s?$)"
)
"""Words that are nouns, not names: their endings, and the nouns titles put before "to"."""


_DECLARED = re.compile(
    r"(?i:laws?|principles?|war|emergency|intent|rights?|neutrality|sovereignty|polic(?:y|ies)"
    r"|aims?|goals?|purposes?|state|siege)$"
)
"""What is proclaimed or declared, which titles put after "of" with no article: "Proclamation
of Martial Law", "Statement of Principles", "Declaration of State of Emergency"."""
_OF_WORD = re.compile(r"\s(?i:of)\s")


def common_nouns(name: str) -> bool:
    """Whether a name is only nouns, what a plan, a treaty or a proclamation is of, no one who
    made it: "Plan of Cooperation", "Programme of Scientific Cooperation", "Proclamation of
    Martial Law", "Announcement of the Closing of the Border" (its head is an act's noun)."""
    words, head = name.split(), _OF_WORD.split(name, maxsplit=1)[0].split()
    nouns = bool(words) and any(
        NOUN_WORD.search(word) or _DECLARED.search(word) for word in (words[-1], head[-1])
    )
    return nouns and name_kind(name) is None and not personal_name_shape(name)


def continues_to(value: str, clause: str | None) -> bool:
    """Whether a segment goes on with more senders and the addressee of a "from" clause:
    "from the First Secretary of the PUWP, Władysław Gomułka, to Nikita Khrushchev", "from Kim
    Il Sung, Pak Hon-yong and the Embassy to Mao"."""
    if clause not in ("from", "of") or (to := _TO_INSIDE.search(" " + value)) is None:
        return False
    head, rest = value[: max(0, to.start() - 1)], strip_article(value[to.end() - 1 :])
    senders = [strip_article(p) for p in _AND.split(head.strip()) if p.strip()]
    return all(is_name_like(p) or name_kind(p) is not None for p in senders) and (
        is_name_like(rest) or name_kind(rest) is not None
    )


BY_TO = re.compile(
    r"^(?:(?i:given|handed|presented|delivered)\s+)?(?i:by)\s+(?:(?!(?i:on|about|regarding|concerning|during|after|before|for)\s)[^,;:()\s]+\s+)+?"
    r"(?<!(?i:ambassador)\s)(?<!(?i:envoy)\s)(?<!(?i:minister)\s)(?<!(?i:embassy)\s)"
    r"(?<!(?i:legation)\s)(?<!(?i:mission)\s)(?<!(?i:delegate)\s)(?<!(?i:representative)\s)"
    r"(?P<to>(?i:to)\s+(?!(?i:be)\b))"
)
"""An author and an addressee: "Report by Peng Dehuai to Mao Zedong", "Note Given by the
Chinese Ministry of Foreign Affairs to the Embassy of India" (the "to" of an envoy's office is
none: "Report by the Chinese Ambassador to India, Pan Zili, on ...")."""
_OF = re.compile(r"\s(?i:of)\s")
_CAPTION = re.compile(
    r"(?i:personal|confidential|strictly|secret|eyes|only|copy|draft|summary|excerpts?|annex"
    r"|attachment|enclosure|handwritten|unsent|original|translation|morning|evening|midnight"
    r"|ciphered|decoded|outgoing|incoming|instructions|reply|special|folder|urgent|out|of|turn"
    r"|part|reel|no\.?"
    r"|and|&)"
)


def more_parties(value: str, after: str, stations: bool = False) -> bool:
    """Whether a comma's segment after the parties goes on with them: more agents joined by
    "and" ("..., Liu Shaoqi and the Central Committee"), an agent by its wording (an office, a
    body, a mission, a person's name by its shape), or a name ("to Moscow, Beijing", an
    office's holder, a mission's seat). A caption ("Personal and Confidential", "Copy") is
    none, nor a name before a date or, unless the parties may be telegraph ``stations`` ("to
    Moscow, Beijing"), at the title's end (``after``: the title after the segment): where the
    document was written ("to Khrushchev, Warsaw, 5 November 1956", "to Brezhnev, Berlin")."""
    if _caption(value):
        return False
    if " and " in value or " & " in value or name_kind(value) is not None:
        return True
    if personal_name_shape(value):
        return True
    following = after.split(",")[1].strip() if after.count(",") else ""
    return is_name_like(value) and (following != "" or stations) and not is_date(following)


def place_like(value: str) -> bool:
    """Whether a segment can name a place: one to three capitalised words ("Camp David"), no
    caption ("Personal and Confidential") and no document's kind ("Weekly Report", "Unofficial
    Translation", "Appendix")."""
    return (
        is_name_like(value, 3)
        and name_kind(value) is None
        and not _caption(value)
        and not document_kind(value)
        and not (BARE_NUMBER.match(value) or CODED_FIGURE.match(value))  # "PD/NSC-13", "VOL 2"
    )


_KIND_WORD = re.compile(
    r"(?i:translation|appendix|appendices|annex(?:es)?|summary|attachments?|enclosures?"
    r"|excerpts?|extracts?|drafts?|copy|original|transcript|addendum|supplement)"
)


def document_kind(value: str) -> bool:
    """Whether a segment names a kind of document or a caption, never a place or a party:
    a type's wording ("Weekly Report", "Decision") or a caption's head word ("Unofficial
    Translation", "Appendix", "Annex 2")."""
    heads = [word for word in value.split() if not word.isdigit()]
    return read_doc_type(value) is not None or bool(heads and _KIND_WORD.fullmatch(heads[-1]))


def _caption(value: str) -> bool:
    """Whether a segment is a caption: "Personal and Confidential", "Copy", "Part 1"."""
    return all(_CAPTION.fullmatch(word) or word.isdigit() for word in value.split())


def for_whom(value: str) -> bool:
    """Whether a segment opens with "for" and an agent's name ("for the Politburo of the CC
    BCP", "for Comrade Walter Ulbricht"), not a purpose ("for the Reunification of Korea")."""
    found = _FOR_START.match(value)
    if found is None:
        return False
    whom = strip_article(found["whom"])
    if WHOSE_OCCASION.search(whom):
        return False  # "for the President's Meeting with ...": an occasion, no addressee
    head = _OF.split(whom, maxsplit=1)[0]  # "the Withdrawal of the Volunteers": a purpose
    return name_kind(head) is not None or personal_name_shape(whom)


def agents_to(value: str) -> bool:
    """Whether an untyped title opens with "X to Y", both agents' names: a message."""
    found = _TO_INSIDE.search(value)
    if found is None:
        return False
    sender, recipient = strip_article(value[: found.start()]), strip_article(value[found.end() :])
    return (
        all(
            is_name_like(part, 8) and (name_kind(part) is not None or personal_name_shape(part))
            for part in (sender, recipient)
        )
        or (name_kind(sender) is not None and is_name_like(recipient, 4))
        or (_bare_names(sender) and _bare_names(recipient))
        or (personal_name_shape(sender) and _capitalised_name(recipient))  # "Ho Chi Minh to
        or (_capitalised_name(sender) and personal_name_shape(recipient))  # Lyndon Johnson"
    )


def _capitalised_name(text: str) -> bool:
    """Two to four capitalised words, none a noun that titles put before "to"."""
    words = BRACKET_NOTE.sub("", text).split()
    return (
        2 <= len(words) <= 4
        and all(w[:1].isupper() and not NOUN_WORD.search(w) for w in words)
        and name_kind(text) is None
    )


def agents_of_to(value: str) -> bool:
    """Whether a segment is "of X to Y" with X and Y agents: the sender and the addressee of
    a report or a memorandum as much as of a letter ("Report of the CPSU Central Committee to
    the CCP Central Committee"), never what a report is of ("Report of the Visit to China")."""
    found = _OF_START.match(value)
    tos = list(_TO_INSIDE.finditer(value, found.end())) if found is not None else []
    if found is None or not tos:
        return False
    if (topic := _TOPIC.search(value, tos[0].end())) is not None:
        value = value[: topic.start()]  # "to Stalin on the Situation in Korea": the addressee
        tos = [to for to in tos if to.end() <= topic.start()]
    sender, recipient = value[found.end() : tos[0].start()], value[tos[0].end() :]
    accredited = (  # "of the Ambassador to China", never "of the Embassy to the Ministry"
        ACCREDITED_TO.search(sender.rstrip()) is not None
        and name_kind(strip_article(recipient.strip())) != "org"
    )
    sent = SENT_TO_BODY.search(sender) or accredited
    if sent and len(tos) > 1:  # "of the Delegation to the ICSC to the Ministry": the second
        sender, recipient = value[found.end() : tos[1].start()], value[tos[1].end() :]
        return (
            _EVENT.search(recipient) is None
            and name_kind(strip_article(sender)) is not None
            and (is_name_like(recipient, 8) or name_kind(recipient) is not None)
        )
    rest = value[found.end() :]
    return not sent and _EVENT.search(recipient) is None and (agents_to(rest) or _named_to(rest))


def _named_to(value: str) -> bool:
    """Whether "X to Y" after a type's "of" joins people's names of any length: "of Anastas
    Mikoyan and Mikhail Suslov to the CPSU Presidium", "of Ivan Serov to Nikita Khrushchev"."""
    found = _TO_INSIDE.search(value)
    if found is None:
        return False
    senders = [strip_article(n) for n in _AND.split(value[: found.start()].strip())]
    recipient = strip_article(value[found.end() :])
    return all(_capitalised_name(n) for n in senders) and (
        name_kind(recipient) is not None or _capitalised_name(recipient)
    )


def _bare_names(text: str) -> bool:
    """Whether a side of an untyped "X to Y" is only names, none a noun that titles put before
    "to" ("Gomułka to Brezhnev" and "Stalin to Tito and Kardelj" are messages; "Prelude to
    War" and "Introduction to the Documents" are not)."""
    names = [strip_article(name) for name in _AND.split(text.strip())]
    return all(
        is_name_like(name, 4)
        and (
            len(BRACKET_NOTE.sub("", name).split()) == 1
            or personal_name_shape(name)
            or name_kind(name) is not None
        )
        and not any(NOUN_WORD.search(word) for word in name.split())
        for name in names
    )
