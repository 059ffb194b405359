"""The sender's letterhead at the head of a letter and the city under it: "Embassy of the
Hungarian People's Republic" / "Pyongyang", "Prime Minister's House" / "New Delhi", "Council
of Ministers of the USSR" / "DECREE No. 12" / "Moscow, Kremlin", "AFRICAN NATIONAL CONGRESS"
/ "P.O. Box 31791, Lusaka, Zambia" / "Office of the President".

A letter as often opens with its addressee's block, of the same shape ("Central Committee of
the CPSU" / "Moscow" / "Dear Comrades,", "His Excellency" / ... / "New Delhi"), whose city is
the other end of the letter. So a letterhead is the sender's only when something ties it to the
sender: it names the title's own sender or author (the same body, its state by name or
adjective); or it is the body or the house of an office the sender holds, by the title ("Letter
from Prime Minister X", "ANC President X") or by the signature block's office ("CHAIRMAN OF THE
COMMITTEE FOR STATE SECURITY", "PRESIDENT" under "Office of the President"), an international
organisation's included ("UNITED NATIONS" of its "Secretary-General"); or the title names no
party at all (a record of conversation, an "Information"), when the letterhead is the
document's author. Never when it names the title's recipient, and only when it opens the body:
nothing above it but markings and numbers, no person's, honorific's or "To" line. Nor is a
meeting's heading a letterhead ("Session of the Presidium" / "Moscow"); and the author it gives
is the body's line (not "MEMORANDUM" over "THE WHITE HOUSE"), never with an addressee under the
city (its block is the addressee's) nor an office's house with no state in it ("Office of the
President" / "Lusaka" gives the city only).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import takewhile

from ..record import Located
from .closing_dates import closing_date
from .dates import PLACE_AND_DATE, PLACE_NAME
from .demonyms import COUNTRY_ADJECTIVES
from .gatherings import SITTINGS, words
from .international_bodies import held_in
from .local_dates import MONTH_AND_YEAR
from .markings import classifications, priority
from .name_words import ORG_WORDS
from .names import name_kind, personal_name_shape
from .nationalities import is_nationality
from .office_words import office_only

_LINE_LENGTH = 80
ADDRESSEE = re.compile(
    r"^(?i:to|an|à|a|al|ao|do|k|к|dear|his|her|comrade|mr|mrs|attention|fm|from|info|cc)\b"
)
"""An addressee's line or a routing's: "To the Central Committee", "His Excellency", "FM
AMEMBASSY ..."."""
_HOUSE = re.compile(
    r"^(?:the\s+)?(?P<office>.+?)['’]s\s+(?:house|secretariat|office)$"
    r"|^(?:the\s+)?(?:office|secretariat|cabinet)\s+of\s+the\s+(?P<of>.+)$",
    re.I,
)
"""An office's house as a letterhead names it: "Prime Minister's House", "PRIME MINISTER'S
SECRETARIAT", "Office of the President"."""
_LETTERHEAD_PLACE = re.compile(rf"^(?P<place>{PLACE_NAME})(?:,\s+{PLACE_NAME})?\.?$")
"""A city alone under the letterhead, or before its building: "New Delhi", "Moscow, Kremlin"."""
_POSTAL = re.compile(
    rf"^(?i:p\.?\s?o\.?\s+box|box|postfach|b\.\s?p\.)\s+\d+,\s+(?P<place>{PLACE_NAME})"
    rf"(?:,\s+{PLACE_NAME})?\.?$"
)
"""A postal address's line: "P.O. Box 31791, Lusaka, Zambia" is in Lusaka."""
_AT_POST = re.compile(rf"\s+in\s+(?P<place>{PLACE_NAME})$")
"""A mission's post ending its letterhead: "Embassy of the Polish People's Republic in
Pyongyang"."""
_UNDER_LETTERHEAD = 3
"""The lines a letterhead's city may stand under it: a unit, a document type or a number."""
_POST = re.compile(r"\s+(?:in|at|to)\s+.*$")
"""A body's post after its name: "Embassy of Hungary in the DPRK" is the embassy of Hungary."""
_COUNTRIES = re.compile(
    r"\b(?:"
    + "|".join(re.escape(c) for c in sorted(COUNTRY_ADJECTIVES, key=len, reverse=True))
    + r")\b",
    re.I,
)
_ADJECTIVE_OF = {country.casefold(): national for country, national in COUNTRY_ADJECTIVES.items()}
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_FILLERS = frozenset({"the", "of", "and", "for"})
_BODY_WORDS = 2
"""The fewest words of a party's name that can name its letterhead ("Hungarian Embassy")."""
_OFFICE_BODY = re.compile(r"^.+?\s+of\s+(?P<body>.+)$", re.I)
"""The body an office is held in: "Chairman of the Committee for State Security"."""
_GENERIC = re.compile(
    r"^(?:foreign|affairs|internal|interior|state|security|central|national|general|public"
    r"|people['’]s|defen[cs]e|economic|main)$",
    re.I,
)
"""Words that name no body of their own ("Minister of Foreign Affairs" is held in every
state): a body of two words needs one word besides these and the bodies' nouns."""
_ACRONYM = re.compile(r"\b[A-Z]{3,6}\b")
_SALUTATION = re.compile(r"^(?i:dear|esteemed|respected|sir|madam|your\s+excellency)\b")
_MEETING = re.compile(
    rf"^(?:[\w'’-]+\s+){{0,3}}?(?:{words(SITTINGS | {'conference'})}"
    r"|\b(?i:minutes|transcript|protocol|stenogram))(?:\s+(?i:of)\b|$)"
)
"""A meeting's heading, no letterhead: "Session of the Presidium of the Central Committee",
"Plenum of the CC", "Minutes of the Meeting" (not "Protocol Department")."""


@dataclass(frozen=True)
class Letterhead:
    """The sender's letterhead: the line naming its body (under a document type's:
    "MEMORANDUM" / "THE WHITE HOUSE"), the city under it, and whether the body may stand as
    the document's author (no addressee under it, no state's office's bare house)."""

    name: Located[str]
    place: Located[str]
    author: bool = True


def letterhead(
    head: list[tuple[int, str]],
    senders: tuple[str, ...],
    recipients: tuple[str, ...],
    offices: tuple[str, ...] = (),
    *,
    anonymous: bool = False,
) -> Letterhead | None:
    """The letterhead that opens the body and the city under it, when the letterhead is the
    sender's (see the module): it names one of the title's ``senders`` or is the body or house
    of one of the ``offices`` (the title's senders and the signature block's offices), or the
    title names no party (``anonymous``); the mapping links the city when it knows it."""
    for index, (_, text) in enumerate(head):
        if not _marking(text):
            return _read(head[index:], senders, recipients, offices, anonymous)
    return None


def _marking(text: str) -> bool:
    """Whether a line above a letterhead is a marking or a number ("SECRET", "No. 12")."""
    return bool(classifications([(0, text)]) or priority([(0, text)]) or re.search(r"\d", text))


def _read(
    lines: list[tuple[int, str]],
    senders: tuple[str, ...],
    recipients: tuple[str, ...],
    offices: tuple[str, ...],
    anonymous: bool,
) -> Letterhead | None:
    """The letterhead whose first line opens ``lines``, when it is the sender's."""
    (first_line, first), below = lines[0], lines[1 : 1 + _UNDER_LETTERHEAD]
    if len(first) > _LINE_LENGTH or ADDRESSEE.match(first) or first.endswith((",", ".")):
        return None  # an address's line ends in a comma, a sentence in a stop
    named, place = [(first_line, first)], None
    for line, text in below:
        if ADDRESSEE.match(text):
            break
        if place is None and (city := _city(text)) is not None:
            place = Located(city, line)
        elif _HOUSE.match(text) or (place is None and not _marking(text)):
            named.append((line, text))  # a unit: "Office of the President", "CENTRAL COMMITTEE"
        elif not _marking(text):
            break
    if place is None and (post := _AT_POST.search(first)) is not None:
        place = Located(post["place"], first_line)
    names = [text for _, text in named]
    body = next(((n, t) for n, t in named if ORG_WORDS.search(t) or _HOUSE.match(t)), None)
    if place is None or body is None or any(_MEETING.match(n) for n in names):
        return None  # "Session of the Presidium" / "Moscow": a meeting's heading, no sender
    if _names_any(names, recipients):
        return None
    own = (
        _names_any(names, senders)
        or any(_holds(office, names) for office in offices)
        or _international(names, body[1], offices)
    )
    addressed = _addressed([text for line, text in lines if line > place.line])
    if own or (anonymous and not addressed):
        author = not addressed and not _bare_house(body[1], names)
        return Letterhead(Located(body[1], body[0]), place, author)
    return None


def _international(names: list[str], body: str, offices: tuple[str, ...]) -> bool:
    """Whether the letterhead is the international organisation one of the ``offices`` belongs
    to ("UNITED NATIONS" / "New York" over a letter of the Secretary-General); never a block
    naming the office itself, the addressee's ("The Secretary-General" / "United Nations")."""
    if any(office_only(name) for name in names):
        return False
    return any(held_in(office, body) for office in offices)


def _addressed(after: list[str]) -> bool:
    """Whether the head under a letterhead's city names whom the letter goes to, so the block
    above may be the addressee's ("Comrade Testov" / "Dear Comrade Testov,"): a salutation or
    an addressee's line anywhere, or a person's name alone before any labelled line (the
    persons under "PARTICIPANTS:" are no addressees)."""
    if any(_SALUTATION.match(text) or ADDRESSEE.match(text) for text in after):
        return True
    unlabelled = list(takewhile(lambda text: ":" not in text, after))
    return any(not _marking(text) and _person_line(text) for text in unlabelled)


def _person_line(text: str) -> bool:
    """Whether a head line is a person's name alone ("A. B. Testov", "President Testov")."""
    if name_kind(text) == "person":
        return True
    return personal_name_shape(text) and ORG_WORDS.search(text) is None


def _bare_house(body: str, names: list[str]) -> bool:
    """Whether the letterhead is an office's house with no state named in it ("Office of the
    President" / "Testburg"): every state's president has one, so it gives the place only."""
    if not _HOUSE.match(body):
        return False
    return not any(
        _COUNTRIES.search(name) or any(is_nationality(w) for w in _WORD.findall(name))
        for name in names
    )


def _city(text: str) -> str | None:
    """The city a line under a letterhead names: alone or before its building ("Moscow,
    Kremlin"), ending a postal address, or before the date ("Berlin, 12 September 1980")."""
    found = _LETTERHEAD_PLACE.match(text) or _POSTAL.match(text)
    if found is not None:
        return None if ORG_WORDS.search(found["place"]) else found["place"]
    dated = PLACE_AND_DATE.match(text)
    if dated is not None and (closing_date(dated["date"]) or MONTH_AND_YEAR.match(dated["date"])):
        return text[: text.index(",")].strip()
    return None


def _names_any(letterhead: list[str], parties: tuple[str, ...]) -> bool:
    """Whether a letterhead is one of the title's parties': every word of the party's body
    ("Embassy of Hungary in the DPRK": embassy, Hungarian) in it, a state by its name or its
    adjective; or an office's house whose office the party's name holds ("Prime Minister's
    House" of "Prime Minister Testov")."""
    if any(_house_of(line, party) for line in letterhead for party in parties):
        return True
    own = _words(" ".join(letterhead))
    for party in parties:
        words = _words(_POST.sub("", party))
        if len(words) >= _BODY_WORDS and words <= own:
            return True
    return False


def _house_of(line: str, office: str) -> bool:
    """Whether a letterhead's line is the house of an office a name holds ("Office of the
    President" of "PRESIDENT" or "ANC President Testo")."""
    house = _HOUSE.match(line)
    if house is None:
        return False
    held = (house["office"] or house["of"]).casefold()
    return re.search(rf"\b{re.escape(held)}\b", office.casefold()) is not None


def _holds(office: str, letterhead: list[str]) -> bool:
    """Whether an office is held in the letterhead's body: its house ("Office of the
    President"), the body after its "of" ("Chairman of the Committee for State Security"
    under "COMMITTEE FOR STATE SECURITY of the USSR COUNCIL OF MINISTERS"), or the body's
    initials ("ANC President" under "African National Congress")."""
    if any(_house_of(line, office) for line in letterhead):
        return True
    own = _words(" ".join(letterhead))
    held = _OFFICE_BODY.match(office)
    if held is not None and _named(words := _words(held["body"])) and words <= own:
        return True
    initials = "".join(w[0] for w in _WORD.findall(letterhead[0]) if w.casefold() not in _FILLERS)
    acronyms = _ACRONYM.findall(office) if not office.isupper() else []
    return any(initials.upper().startswith(acronym) for acronym in acronyms)


def _named(words: set[str]) -> bool:
    """Whether a body's words name one body: three, or two with one no generic word."""
    plain = {w for w in words if not (ORG_WORDS.fullmatch(w) or _GENERIC.match(w))}
    return len(words) > _BODY_WORDS or (len(words) == _BODY_WORDS and bool(plain))


def _words(name: str) -> set[str]:
    """A body's name as its words, folded, a state written as its adjective."""
    national = _COUNTRIES.sub(lambda m: _ADJECTIVE_OF[m.group(0).casefold()], name)
    return {w.casefold() for w in _WORD.findall(national)} - _FILLERS
