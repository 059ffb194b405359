"""Senders, recipients and intermediaries in a title clause: "from X to Y", "X to Y (via Z)".

Names keep their wording, less a leading "the" (an article is not part of a name, and
authority matching works on names). A phrase that does not read as a name is left out
rather than passed on as a garbled party. "to" right after an embassy, legation, consulate or
ambassador belongs to the mission's designation ("the Bulgarian Legation to Tirana", "the
Chinese Ambassador to the Soviet Union to the Ministry") and does not open the recipients,
when a bare name follows it or another "to" does, as after a body sent to aid a state before
a country's name ("the Chinese Military Advisory Group to Vietnam"); "via X" names who
carried the message, never its sender or recipient.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..record import Located
from .bodies import ACCREDITED_TO, for_in_name, on_in_name
from .channels import is_channel
from .clauses import POSTED_TO_BODY, SENT_TO_BODY
from .dates import DATE_TEXT
from .gazetteer import is_country
from .local_ranks import local_office, without_local_rank
from .meant_for import addressee_spans
from .message_kinds import MESSAGE_KIND
from .names import name_kind
from .participles import CARRIED, PAST_PARTICIPLE
from .side_names import ARTICLE, names_in
from .text import Joined, is_name_like, strip_article
from .unit_owners import owned_board
from .vocabulary import MONTH_PATTERN

_FROM = re.compile(r"(?i:from|of)\s+")
_TO = re.compile(r"(?<!\s)\s+(?:(?i:addressed|sent|delivered)\s+)?(?i:to)\s+")
_ANSWERED = re.compile(
    r"(?:(?i:the|a|an)\s+)?(?i:letters?|notes?|messages?|cables?|telegrams?|memorand(?:um|a)"
    r"|proposals?|appeals?|statements?|declarations?|requests?|questions?)\s+(?i:of|from|by)\s+"
)
"""The document an answer is addressed to names its writer: "Reply of X to the Letter of Y" is
addressed to Y."""
_IN_REPLY = re.compile(r"\s+(?i:in)\s+(?i:reply|response|answer)\s+(?i:to)\s+")
_OF_DATE = re.compile(rf"(?<!\s)\s+(?i:of|dated)\s+(?:{DATE_TEXT}|{MONTH_PATTERN}|\d)")
"""The date of an answered document after its writer: "the Letter of Y of 30 March 1963"."""
_ASKED = re.compile(r"(?i:questions?)")
_LATER_TO = re.compile(r",\s*(?i:to)\s+")
_ALSO_ANSWERED = re.compile(rf"\s+(?i:and)\s+{_ANSWERED.pattern}")
_KIND = re.compile(MESSAGE_KIND)
_KIND_OF = re.compile(rf"{MESSAGE_KIND}\s+(?i:of|from|by)\s+")
_NO_WRITER = re.compile(
    rf"(?:(?i:the)\s+)?(?:{DATE_TEXT}|{MONTH_PATTERN}|\d"
    r"|(?i:last|next|this|previous|recent|same|his|her|their|your|our)\b)"
)
"""What after an answered document's "of" names no writer: its date, a period ("of Last
Week"), or a style with no name ("of His Majesty")."""
_WRITTEN = re.compile(rf"\s+{PAST_PARTICIPLE}\s+(?=(?i:to|by|via|through|on|in|from|at)\s)")
_FOR = re.compile(r"(?<!\s)\s+(?i:for)\s+(?=(?:(?i:the)\s+)?[A-Z])")
"""A recipient after "for" when no "to" names one: "Memorandum from Kissinger for the President"."""
_TO_OPENING = re.compile(r"(?i:to|for)\s+")
_FROM_INSIDE = re.compile(r"(?<!\s)\s+(?i:from)\s+")
_SUBJECT = re.compile(
    r"(?<!\s)\s+(?P<word>(?i:on|about|regarding|concerning|re:?|in\s+(?:reply|response|answer"
    r"|connection|support|gratitude|honou?r|preparation|memory|commemoration|defen[cs]e"
    r"|protest|view)))\s"
)
"""What opens the subject, or what a document answers, after its parties: "on the Visit",
"in Reply to the Letter of ...", "in Support of the Vietnamese People"."""
_POST_THEN_HOLDER = re.compile(
    r"^(?P<post>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?:[A-Z][a-z]?\.\s?){1,3}[A-Z][\w'’-]+$"
)
"""The state an envoy is accredited to, then the envoy with initials: "USA A. Dobrynin"."""
_DATED_TO = re.compile(
    rf"(?:{DATE_TEXT}|\d{{1,2}}\s+{MONTH_PATTERN}|{MONTH_PATTERN}\s+\d{{1,2}}(?:st|nd|rd|th)?)"
    r",?\s+(?i:to)\s+"
)
_AID_BODY = re.compile(
    r"\b(?i:advisory\s+groups?|advisers|advisors|experts|specialists|volunteers|troops"
    r"|(?:aid|military|technical)\s+missions?)$"
)
"""A body sent to aid a state, whose "to" names the state it worked in: "the Chinese Military
Advisory Group to Vietnam", "the Soviet Military Mission to China"."""
_VIA = re.compile(r"[(\[](?i:via)\s+(?P<inside>[^)\]]*)[)\]]|(?<!\s)\s+(?i:via)\s+")
_MAX_PLACE_WORDS = 4


@dataclass(frozen=True)
class Parties:
    """The senders, recipients and intermediaries named by a title."""

    senders: tuple[Located[str], ...] = ()
    recipients: tuple[Located[str], ...] = ()
    intermediaries: tuple[Located[str], ...] = ()
    recipients_if_known: tuple[Located[str], ...] = ()


def parse_parties(joined: Joined, start: int, end: int, recipients_first: bool = False) -> Parties:
    """Read the clause between two offsets of the title into its parties; ``recipients_first``
    for "to Y from X"."""
    if recipients_first:
        return _recipients_first(joined, start, end)
    if (opening := _FROM.match(joined.text, start, end)) is not None:
        start = opening.end()
    whole_end, end = end, _before_subject(joined.text, start, end)
    addressed = _addressee_after_subject(joined.text, end, whole_end)
    intermediaries: tuple[Located[str], ...] = ()
    if (carried := CARRIED.search(joined.text, start, end)) is not None:
        carrier = joined.text[carried.end() : end]  # "Transmitted by Pak Il-u"
        intermediaries = tuple(
            n for n in names_in(joined, carried.end(), end) if not is_channel(carrier, n.value)
        )
        end = carried.start()
    elif (via := _VIA.search(joined.text, start, end)) is not None:
        inside = via.start("inside") if via["inside"] is not None else via.end()
        inside_end = via.end("inside") if via["inside"] is not None else end
        via_text = joined.text[inside:inside_end]
        intermediaries = tuple(
            n for n in names_in(joined, inside, inside_end) if not is_channel(via_text, n.value)
        )
        end = via.start()
    to = _separator(joined.text, start, end) or _for(joined.text, start, end)
    if to is None and addressed is not None:  # "of X on the Events of 23 October to Y"
        senders = names_in(joined, start, end)
        recipients, if_known = _addressees(joined, addressed, whole_end)
        return Parties(senders, recipients, intermediaries, if_known)
    if to is None:  # "of the CC CCP in Reply to the Letter of the CC CPSU": to the CC CPSU
        replied = _replied(joined, end, whole_end)
        return Parties(names_in(joined, start, end), replied, intermediaries=intermediaries)
    senders = names_in(joined, start, to.start())
    answered = _ANSWERED.match(joined.text, to.end(), end)  # "to the Letter of the CC CPSU"
    recipients_start = answered.end() if answered else to.end()
    recipients, if_known = _addressees(joined, recipients_start, end)
    return Parties(senders, recipients, intermediaries, if_known)


def _addressees(
    joined: Joined, start: int, end: int
) -> tuple[tuple[Located[str], ...], tuple[Located[str], ...]]:
    """The addressees between two offsets, with whom a bracket says the message is for, and
    whom a "for" names that is an addressee only where the authority file knows an agent by it."""
    spans, if_known = addressee_spans(joined.text, start, end)
    before = joined.text[:start]  # "the Director General of the IAEA, ..., to the Board"
    unranked = (_unranked(n) for span in spans for n in names_in(joined, *span))
    named = tuple(owned_board(before, n) for n in unranked if n is not None)
    return named, names_in(joined, *if_known) if if_known else ()


def _replied(joined: Joined, start: int, end: int) -> tuple[Located[str], ...]:
    """The writers of the documents that the one titled answers, after the parties, its
    addressees when the title names no other: "in Reply to the Letter of Y of 30 March", "to
    the Letter of Y and the Telegram of Z"; none when a later ", to X" names the addressee."""
    reply = _IN_REPLY.match(joined.text, start, end)
    answered = _ANSWERED.match(joined.text, reply.end(), end) if reply else None
    if answered is None or _ASKED.search(answered.group()):
        return ()  # "in Reply to Questions of Journalists": an interview's, no letter's
    if _LATER_TO.search(joined.text, answered.end(), end):
        return ()  # "in Reply to the Letter of X, to the CC CPSU"
    also = list(_ALSO_ANSWERED.finditer(joined.text, answered.end(), end))
    starts = [answered.end(), *(a.end() for a in also)]
    ends = [*(a.start() for a in also), end]
    return tuple(n for s, e in zip(starts, ends, strict=True) for n in _writer(joined, s, e))


def _writer(joined: Joined, start: int, end: int) -> tuple[Located[str], ...]:
    """Who wrote an answered document, named after its "of": never a date, a period, what
    kind of message it was ("the Letter of Greetings") or a bare style ("His Majesty"); the
    name ends at the document's date or at what became of it ("Sent to Comrade Mao")."""
    text = joined.text
    if (kind := _KIND_OF.match(text, start, end)) is not None:  # "of Thanks of Brezhnev"
        start = kind.end()
    if _KIND.match(text, start, end) or _NO_WRITER.match(text, start, end):
        return ()
    stops = (_OF_DATE.search(text, start, end), _WRITTEN.search(text, start, end))
    return names_in(joined, start, min((s.start() for s in stops if s), default=end))


def _unranked(name: Located[str]) -> Located[str] | None:
    """An addressee less a Spanish or Portuguese rank that no English wording marks as a
    person's ("for Comandante Raúl Castro" is Raúl Castro), as a signer's is dropped; an
    office the names read ("General Secretary X") stays; a rank before another rank or office
    alone names no one ("Compañero Ministro")."""
    bare = without_local_rank(name.value)
    if bare == name.value or name_kind(name.value):
        return name
    return None if local_office(bare) else Located(bare, name.line)


def _addressee_after_subject(text: str, start: int, end: int) -> int | None:
    """Where an addressee begins after a subject that a date closes: "Report of the
    Commission on the Events of 23 October to the Central Committee" is to the Central
    Committee (a "to" inside the subject names a place or a movement: "on the Visit of a
    Delegation to Sofia")."""
    found = _DATED_TO.search(text, start, end)
    if found is None:
        return None
    return found.end() if name_kind(strip_article(text[found.end() : end].strip())) else None


def _before_subject(text: str, start: int, end: int) -> int:
    """Where the parties end: at a word that opens the subject before any addressee ("from
    the Embassy Regarding the Visit of a Delegation to Sofia": Sofia is in the subject), except
    an "on" inside a body's name ("the Committee on Foreign Relations")."""
    to = _separator(text, start, end)
    for subject in _SUBJECT.finditer(text, start, to.end() if to else end):
        on = subject["word"].casefold() == "on" and not ARTICLE.match(text, subject.end())
        if not on or not on_in_name(text, start, subject.start()):
            return subject.start()
    return end


def _recipients_first(joined: Joined, start: int, end: int) -> Parties:
    """ "to Y from X": the recipients before the last " from ", the senders after it."""
    opening = _TO_OPENING.match(joined.text, start, end)
    start = opening.end() if opening is not None else start
    separators = list(_FROM_INSIDE.finditer(joined.text, start, end))
    if not separators:
        recipients, if_known = _addressees(joined, start, end)
        return Parties(recipients=recipients, recipients_if_known=if_known)
    sender = parse_parties(joined, separators[-1].end(), end)
    recipients, if_known = _addressees(joined, start, separators[-1].start())
    return Parties(sender.senders, recipients, sender.intermediaries, if_known)


def _for(text: str, start: int, end: int) -> re.Match[str] | None:
    """The " for " before a recipient, skipping one inside a body's name."""
    return next(
        (f for f in _FOR.finditer(text, start, end) if not for_in_name(text[start : f.start()])),
        None,
    )


def _separator(text: str, start: int, end: int) -> re.Match[str] | None:
    """The " to " between senders and recipients, skipping a mission's "Legation to X"."""
    for to in _TO.finditer(text, start, end):
        after = text[to.end() : end]
        following = _TO.search(after)
        host = strip_article(after[: following.start()] if following else after).strip()
        bare = is_name_like(host, _MAX_PLACE_WORDS) and name_kind(host) is None
        if (posted := _POST_THEN_HOLDER.match(host)) is not None:
            bare = bare or name_kind(posted["post"]) != "person"  # "to the USA A. Dobrynin"
        accredited = ACCREDITED_TO.search(text, start, to.start()) and (following or bare)
        posted_to = POSTED_TO_BODY.match(host) and name_kind(host) != "person"
        delegated = (following or posted_to) and SENT_TO_BODY.search(text, start, to.start())
        subject = _SUBJECT.search(host)  # "to Vietnam on the Campaign"
        state = is_country(host[: subject.start()] if subject else host)
        aiding = (following or state) and _AID_BODY.search(text, start, to.start())
        if not (accredited or delegated or aiding):
            return to
    return None
