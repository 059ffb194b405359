"""Senders, recipients and intermediaries in a title clause: "from X to Y", "X to Y (via Z)".

Names keep their wording, less a leading "the" (an article is not part of a name, and
authority matching works on names). A phrase that does not read as a name is left out
rather than passed on as a garbled party. "to" right after an embassy, legation, consulate or
ambassador belongs to the mission's designation ("the Bulgarian Legation to Tirana", "the
Chinese Ambassador to the Soviet Union to the Ministry") and does not open the recipients,
when a bare name follows it or another "to" does; "via X" names who carried the message, never
its sender or recipient.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..record import Located
from .appositions import holder_after, part_of_previous
from .bodies import ACCREDITED_TO, for_in_name, on_in_name
from .body_and import goes_on
from .brackets import identified
from .channels import is_channel
from .clauses import POSTED_TO_BODY, SENT_TO_BODY
from .dates import DATE_TEXT
from .doctypes import AT_WORDING
from .meant_for import addressee_spans
from .names import name_kind, office_only, personal_name
from .participles import CARRIED, participle_stop
from .plural_parties import (
    compass_shared,
    leadership,
    missions_in_places,
    offices_shared,
    shared_noun,
)
from .possessives import whose
from .text import Joined, is_name_like, split_names, strip_article
from .vocabulary import MONTH_PATTERN

_FROM = re.compile(r"(?i:from|of)\s+")
_TO = re.compile(r"(?<!\s)\s+(?:(?i:addressed|sent|delivered)\s+)?(?i:to)\s+")
_ANSWERED = re.compile(
    r"(?:(?i:the|a|an)\s+)?(?i:letters?|notes?|messages?|cables?|telegrams?|memorand(?:um|a)"
    r"|proposals?|appeals?|statements?|declarations?|requests?|questions?)\s+(?i:of|from|by)\s+"
)
"""The document an answer is addressed to names its writer: "Reply of X to the Letter of Y" is
addressed to Y."""
_FOR = re.compile(r"(?<!\s)\s+(?i:for)\s+(?=(?:(?i:the)\s+)?[A-Z])")
"""A recipient after "for" when no "to" names one: "Memorandum from Kissinger for the President"."""
_TO_OPENING = re.compile(r"(?i:to|for)\s+")
_FROM_INSIDE = re.compile(r"(?<!\s)\s+(?i:from)\s+")
CLAUSE_WORDS = (
    r"on|about|regarding|concerning|re:?|transmitting|forwarding|conveying|enclosing|containing"
    r"|reporting|after|before|during|advocating|proposing|calling|urging|requesting|asking"
    r"|informing|expressing|demanding|protesting|announcing|explaining|outlining|describing"
    r"|critici[sz]ing|supporting|approving|rejecting|accepting|congratulating|thanking|inviting"
    r"|suggesting|discussing|warning|notifying|confirming|summari[sz]ing|analy[sz]ing"
    r"|assessing|evaluating|recommending|awarding|granting|conferring|appointing|authori[sz]ing"
)
"""Words that open another clause after a name: "from X on the Situation", "by the Chinese
Government Advocating the Prohibition of ..." (a participle opens what the document does)."""
_CLAUSE_STOP = re.compile(
    rf"(?<!\s)\s+(?:(?i:{CLAUSE_WORDS}|with|in\s+(?:reply|response|answer|connection|support"
    r"|gratitude|honou?r|preparation|memory|commemoration|protest))\s"
    r"|(?i:of)\s+(?i:the|a|an|his|her)\s+(?i:conversations?|meetings?|talks?|discussions?)\b"
    r"|(?i:of\s+)?\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|(?i:no|nr)\.?\s*\d)"
)
"""What ends a name: another clause, or what a note is of ("by P.N. Haksar of the Conversation")."""
_SUBJECT = re.compile(
    r"(?<!\s)\s+(?P<word>(?i:on|about|regarding|concerning|re:?|in\s+(?:reply|response|answer"
    r"|connection|support|gratitude|honou?r|preparation|memory|commemoration|defen[cs]e"
    r"|protest|view)))\s"
)
"""What opens the subject, or what a document answers, after its parties: "on the Visit",
"in Reply to the Letter of ...", "in Support of the Vietnamese People"."""
ARTICLE = re.compile(r"(?i:the|a|an|his|her|its|their)\s")
"""An article or a possessive opens a subject after "on", never a body's field."""
_POST_THEN_HOLDER = re.compile(
    r"^(?P<post>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?:[A-Z][a-z]?\.\s?){1,3}[A-Z][\w'’-]+$"
)
"""The state an envoy is accredited to, then the envoy with initials: "USA A. Dobrynin"."""
_DATED_TO = re.compile(
    rf"(?:{DATE_TEXT}|\d{{1,2}}\s+{MONTH_PATTERN}|{MONTH_PATTERN}\s+\d{{1,2}}(?:st|nd|rd|th)?)"
    r",?\s+(?i:to)\s+"
)
_UNNAMED = re.compile(
    r"(?i:others|other\s+(?:comrades|leaders|members|officials)|et\s+al\.?|files?|records?"
    r"|dossiers?)"
)
"""No one: "to Zhou Enlai and Others", a note "to the File"."""
_THEIRS = re.compile(
    r"(?i:his|her|their|its|our|my)\s"
    r"(?!(?i:majesty|majesty['’]s|excellency|holiness|highness|royal|eminence|beatitude)\b)"
)
"""A group named by whose it is, no party: "Saddam Hussein Meeting with His Cabinet" (never
an honorific: "His Majesty King Hussein", "Her Majesty's Government")."""
_A_DELEGATION = re.compile(r"^(?i:an?)\s+(?=(?:[A-Z][\w'’-]*\s+){0,4}(?:Delegation|Mission)\b)")
"""A delegation named with an indefinite article is a party as with "the"."""
_LED_BY = re.compile(r"(?<!\s)\s+(?i:led|headed|chaired)\s+by\s+")
"""A group's leader, a name of its own: "the CPSU Delegation Headed by Suslov"."""
_SECOND_DOCUMENT = re.compile(
    rf"(?<!\s),?\s+(?:and|&)\s+(?:(?i:an?|the)\s+)?{AT_WORDING.pattern}\s+(?i:to)\s+"
    r"(?=(?:(?i:the)\s+)?[A-Z])"
)
"""A second document of the title addressed to more people: "Cable from X to Y and Report to
Z" is sent to Y and Z."""
_PASSED_ON = re.compile(
    r"(?<!\s),?\s+(?:and|&)\s+(?i:relayed|forwarded|copied|transmitted|passed(?:\s+on)?"
    r"|sent|circulated|distributed|conveyed|repeated)\s+(?i:to)\s+(?=(?:(?i:the)\s+)?[A-Z])"
)
"""Who a message was passed on to, more addressees: "Cable from Zhou Enlai to Chen Yi and
Relayed to the Central Committee"."""
_VIA = re.compile(r"[(\[](?i:via)\s+(?P<inside>[^)\]]*)[)\]]|(?<!\s)\s+(?i:via)\s+")
_EDITORIAL_SUFFIX = re.compile(
    r"[(\[](?i:(?:unofficial|official|partial|full|rough|final|first|second|revised|corrected"
    r"|abridged|english|russian|chinese)\s+)?"
    r"(?i:excerpts?|fragments?|extracts?|summary|draft|copy|translation|original|abridged|version"
    r"|not\s+sent|unsent|with\s+(?:attachments?|enclosures?|annex(?:es)?))[)\]]?\s*$"
)
"""A note on the document itself at the end of the title, never part of the last name: "(Draft)",
"(Excerpt)", "[Unofficial Translation]", "(Not Sent)", "(with Attachment)"."""
_MAX_NAME_WORDS = 10
_MAX_BODY_WORDS = 16  # "the Political Bureau of the Central Committee of the Communist Party of X"
_MAX_PLACE_WORDS = 4


@dataclass(frozen=True)
class Parties:
    """The senders, recipients and intermediaries named by a title."""

    senders: tuple[Located[str], ...] = ()
    recipients: tuple[Located[str], ...] = ()
    intermediaries: tuple[Located[str], ...] = ()


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
        return Parties(senders, _addressees(joined, addressed, whole_end), intermediaries)
    if to is None:
        return Parties(names_in(joined, start, end), intermediaries=intermediaries)
    senders = names_in(joined, start, to.start())
    answered = _ANSWERED.match(joined.text, to.end(), end)  # "to the Letter of the CC CPSU"
    recipients_start = answered.end() if answered else to.end()
    return Parties(senders, _addressees(joined, recipients_start, end), intermediaries)


def _addressees(joined: Joined, start: int, end: int) -> tuple[Located[str], ...]:
    """The addressees between two offsets, with whom a bracket says the message is for."""
    spans = addressee_spans(joined.text, start, end)
    return tuple(name for span in spans for name in names_in(joined, *span))


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
        return Parties(recipients=_addressees(joined, start, end))
    sender = parse_parties(joined, separators[-1].end(), end)
    recipients = _addressees(joined, start, separators[-1].start())
    return Parties(sender.senders, recipients, sender.intermediaries)


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
        if not (accredited or delegated):
            return to
    return None


def names_in(joined: Joined, start: int, end: int) -> tuple[Located[str], ...]:
    """The name-like names between two offsets of the title (one side of a clause), with
    their lines."""
    text = joined.text[start:end]
    for joining in (_LED_BY, _SECOND_DOCUMENT, _PASSED_ON):  # offsets kept: the lines stay
        text = joining.sub(lambda m: " and" + " " * (len(m.group()) - 4), text)
    if (stop := _name_stop(text)) is not None:
        text = text[:stop]
    if (suffix := _EDITORIAL_SUFFIX.search(text)) is not None:
        text = text[: suffix.start()].rstrip()
    names: list[Located[str]] = []
    previous_end = -1
    office_open = False  # a person's office after a comma, whose body may follow
    for offset, raw in split_names(text):
        line = joined.line_at(start + offset)
        between = text[previous_end:offset]
        if names and holder_after(names[-1].value, between, raw):
            names.pop()  # "the Ambassador of the GDR, Comrade Wolfgang Weichelt": one person
        part = bool(names) and part_of_previous(names[-1].value, between, raw, office_open)
        office_open = part and office_only(strip_article(raw.strip()))
        bare = _A_DELEGATION.sub("", strip_article(raw.strip()))  # "with a Yugoslav Delegation"
        for name in () if part else identified(whose(bare)):
            if _UNNAMED.fullmatch(name) or _THEIRS.match(name):
                continue  # "to Zhou Enlai and Others", "with His Cabinet": no one named
            if names and goes_on(names[-1].value, between, raw):
                joined_name = f"{names[-1].value}{between}{name}"
                names[-1] = Located(joined_name, names[-1].line)  # "Foreign and Commonwealth"
                continue
            if is_name_like(name, _MAX_NAME_WORDS) or _body_name(name) or _held(name):
                names.append(Located(name, line))
        previous_end = offset + len(raw)
    parties = missions_in_places(shared_noun(compass_shared(offices_shared(names))))
    return tuple(leadership(name) for name in parties)


def _name_stop(text: str) -> int | None:
    """Where another clause or a participle ends the names, past an "on" that goes on with a
    body's name ("the Senate Committee on Foreign Relations", "the Conference on Disarmament")."""
    participle = participle_stop(text)
    for stop in _CLAUSE_STOP.finditer(text):
        body_on = stop.group().strip().casefold() == "on" and not ARTICLE.match(text, stop.end())
        if body_on and on_in_name(text, 0, stop.start()):
            continue  # "Committee on Foreign Relations", not "Committee on the Situation"
        return min(stop.start(), participle) if participle is not None else stop.start()
    return participle


def _held(name: str) -> bool:
    """An office as long as bodies nest, then its holder: "the Chairman of the Cabinet of
    Ministers of the DPRK Kim Il Sung" names Kim Il Sung."""
    return (
        is_name_like(name, _MAX_BODY_WORDS)
        and name_kind(name) == "person"
        and personal_name(name) != name
    )


def _body_name(name: str) -> bool:
    """An organisation's name, which may be in its own language with its adjectives in lower
    case ("Ministère des Affaires étrangères", "Zentralkomitee der SED"), or run long as
    bodies nest ("the Presidium of the Central Committee of the Communist Party of the Soviet
    Union")."""
    return name[:1].isupper() and len(name.split()) <= _MAX_BODY_WORDS and name_kind(name) == "org"
