"""A cable's address block, the routing its header lines state: the American telegram's "FM
AMEMBASSY SEOUL" / "TO SECSTATE WASHDC IMMEDIATE 7777" (the post sending, the post addressed,
the precedence) and the date-time group's precedence letter ("O 011500Z FEB 74"), and the
British telegram's "FROM CAIRO TO FOREIGN OFFICE". A post is a city: the place the cable was
sent from and the place it went to; an "INFO" line's posts were only informed. Other services
write the routing as lines of their own, in any case: the Soviet ciphered telegram's "From
Budapest" / "To: Moscow, CC CPSU", the UN code cable's "FROM: HAMMARSKJOLD, NEW YORK" (the
signer, then his post), the British "FM SEOUL 250930Z JAN 68" / "TO IMMEDIATE FOREIGN OFFICE";
their city is read when the authority file knows it as a place. The Soviet ciphered telegram
also writes the station alone, in capitals over the addressee's office ("PYONGYANG" / "SOVIET
AMBASSADOR": where it went), and the sending station with its time ("From Beijing. Sent 13 May
1950 at 23 hours 30 minutes.": where it was written).
"""

from __future__ import annotations

import re

from ..record import Located
from .dates import PLACE_NAME
from .name_words import ORG_WORDS, PERSON_WORDS
from .office_words import office_only
from .vocabulary import PRIORITIES, wording_key

ROUTING_WORDS = r"AMEMBASSY|AMCONSUL(?:ATE)?|SECSTATE|USMISSION|USINT|USLO"
"""The words a State Department cable names its posts by, before the city."""
CABLE_SERIES = frozenset(
    {"STATE", "SECSTATE", "USUN", "USNATO", "USEC", "USOECD", "USIAEA", "USBERLIN", "USDEL"}
    | {"SECTO", "TOSEC"}
)
"""The American cable series that are numbered by no city: the Department's ("STATE 98765"),
its missions' to international bodies ("USNATO 1234", "USUN 2345"), a delegation's, and the
Secretary's travelling series ("SECTO 120", "TOSEC 45")."""
PRECEDENCE = r"(?:NIACT\s+)?(?:FLASH|IMMEDIATE|PRIORITY|ROUTINE)|NIACT"
"""An American cable's precedence, in capitals: "IMMEDIATE", "NIACT IMMEDIATE" (night action)."""
ROUTED = rf"\s+(?=(?:{ROUTING_WORDS})\s)"
"""The space after "FM" or "TO" before a post, as a State Department cable routes itself."""
_CABLE_ROUTE = re.compile(
    rf"^(?P<who>{ROUTING_WORDS})"
    r"\s+(?P<city>[A-Z]+(?:\s[A-Z]+)*?)"
    rf"(?:\s+(?P<precedence>{PRECEDENCE}))?"
    r"(?:\s+\d+)?$"
)
"""A cable's routing: the American embassy, consulate, mission, interests section ("USINT
BAGHDAD") or liaison office ("USLO PEKING") in a city, or the Department of State in
Washington ("SECSTATE WASHDC"), before the cable's precedence and number."""
_ROUTE_LINE = re.compile(r"^(?P<way>(?i:from|to)|FM)(?:\s*:\s*|\s+)(?P<post>\S.{0,59})$")
"""A routing line of any service, labelled or not: "From Budapest", "TO: BUNCHE, LEOPOLDVILLE"."""
SENT_FROM = re.compile(
    rf"^(?i:from)\s+(?P<city>{PLACE_NAME})[.,]\s+(?i:sent|dispatched|despatched|transmitted)\b"
)
"""A ciphered telegram's sending station before its time: "From Beijing. Sent 13 May 1950 at
23 hours 30 minutes. Received ..." (a header line, however long)."""
_ADDRESSEES_OFFICE = re.compile(r"^(?:TO\s+)?(?P<office>[A-Z][A-Z .'-]+)$")
"""The addressee's office in capitals under a station, "SOVIET AMBASSADOR", "TO SOVIET
AMBASSADOR", which only an office fills."""
_PRECEDENCE_WORD = re.compile(rf"^(?:{PRECEDENCE})\s+")
_TIME_GROUP = re.compile(r"\s+\d{6}Z(?:\s+[A-Z]{3}\s+\d{2,4})?$")
_BRITISH_TO = re.compile(r"^TO\s+(?P<precedence>FLASH|IMMEDIATE|PRIORITY|ROUTINE)\s+[A-Z]")
"""A British telegram's addressee line, its precedence first: "TO IMMEDIATE FOREIGN OFFICE"."""
_CITY = re.compile(rf"^{PLACE_NAME}$")
_BRACKET = re.compile(r"\s*\[[^\]]*\]")
_TO = re.compile(rf"^(?:(?i:to)\s*:|TO{ROUTED})\s*(?P<post>.+)$")
_BRITISH = re.compile(
    r"^FROM\s+(?P<origin>[A-Z][A-Z'.-]*(?:\s(?!TO\s)[A-Z][A-Z'.-]*){0,2})"
    r"\s+TO\s+(?P<destination>[A-Z][A-Z'.-]*(?:\s[A-Z][A-Z'.-]*){0,2})$"
)
"""A British telegram's routing, in capitals: "FROM CAIRO TO FOREIGN OFFICE" (the post, then
the office or post addressed)."""
_DATE_TIME_GROUP = re.compile(
    r"^(?P<letter>[ZOPR])(?:\s+[ZOPR])?\s+\d{6}Z(?:\s+[A-Z]{3}\s+\d{2,4})?$"
)
"""A cable's date-time group after its precedence letters, the action's first: "O 011500Z FEB
74", "O R 260915Z OCT 79"."""
_PRECEDENCE_LETTERS = {"Z": "flash", "O": "immediate", "P": "priority", "R": "routine"}
"""The precedence a date-time group's letter stands for, in the words the priorities know."""
_SEATS = {"SECSTATE": "Washington"}
_MISSION_SEATS = {"USUN": "New York"}
"""Where a post's routing word sits when it names no city: "SECSTATE WASHDC" is the
Department of State in Washington, "USMISSION USUN NEW YORK" the mission in New York (the
mission to NATO has no city in its routing, "USMISSION NATO", and so no place)."""
_NO_CITY = frozenset({"NATO", "EC", "OECD", "IAEA"})
_OFFICES = {"USINT": "Interests Section", "USLO": "Liaison Office"}
"""The American posts that are no embassy: an interests section, a liaison office."""


def routed(name: str) -> str:
    """A cable's routing as the agent it names: "AMEMBASSY TEHRAN" is the American Embassy in
    Tehran, "SECSTATE WASHDC IMMEDIATE 4567" the Department of State, "USMISSION USUN NEW YORK"
    the United States Mission to the United Nations; any other name as it is."""
    found = _CABLE_ROUTE.match(name)
    if found is None:
        return name
    if found["who"] == "SECSTATE":
        return "Department of State"
    if found["who"] == "USMISSION":  # "USMISSION USUN NEW YORK", "USMISSION NATO"
        post = found["city"].split()[0]
        body = {"USUN": "the United Nations", "NATO": "NATO"}.get(post)
        return (
            f"United States Mission to {body}"
            if body
            else f"United States Mission in {found['city'].title()}"
        )
    if found["who"] in _OFFICES:
        return f"United States {_OFFICES[found['who']]} in {found['city'].title()}"
    mission = "Embassy" if found["who"] == "AMEMBASSY" else "Consulate"
    return f"American {mission} in {found['city'].title()}"


def routing_places(
    head: list[tuple[int, str]], *, cabled: bool = False
) -> tuple[Located[str] | None, Located[str] | None]:
    """The cities a cable's header routes it from and to: "FM AMEMBASSY SEOUL" / "TO SECSTATE
    WASHDC" is from Seoul to Washington, "FROM CAIRO TO FOREIGN OFFICE" from Cairo (an office
    is no place: the mapping links only a place it knows); a station over the addressee's
    office only when the title says the document is a telegram (``cabled``)."""
    origin = destination = None
    for index, (line, text) in enumerate(head):
        below = head[index + 1][1] if index + 1 < len(head) else ""
        if (sent := SENT_FROM.match(text)) is not None:
            origin = origin or Located(sent["city"], line)
        elif cabled and destination is None and _station_over_office(text, below):
            destination = Located(text.title(), line)
        elif (british := _BRITISH.match(text)) is not None:
            origin = origin or Located(british["origin"].title(), line)
            destination = destination or Located(british["destination"].title(), line)
        elif (route := _ROUTE_LINE.match(text)) is not None:
            outward = route["way"].casefold() != "to"
            if (origin if outward else destination) is not None:
                continue
            post = route["post"]
            routing = _CABLE_ROUTE.match(post.strip(" .")) is not None  # "USMISSION NATO": none
            seat = _seat(post, line) if routing else _city(post, line)
            origin, destination = (seat, destination) if outward else (origin, seat)
    return origin, destination


def _station_over_office(text: str, below: str) -> bool:
    """Whether a line is a station alone in capitals over the addressee's office ("PYONGYANG" /
    "SOVIET AMBASSADOR"), as a ciphered telegram addresses itself; never a line over a name or
    a marking ("TEHRAN" / "Top Secret" says nothing of which end it is)."""
    office = _ADDRESSEES_OFFICE.match(below)
    return (
        text.isupper()
        and _CITY.match(text) is not None
        and not ORG_WORDS.search(text)
        and office is not None
        and office_only(office["office"])
    )


def _city(post: str, line: int) -> Located[str] | None:
    """The city a routing line of another service names: the one part that can be a place's
    name and is no body or person ("Moscow, CC CPSU": Moscow; "HAMMARSKJOLD, NEW YORK": the
    signer, then his post), less a precedence before it and a date-time group after it ("TO
    IMMEDIATE FOREIGN OFFICE", "FM SEOUL 250930Z JAN 68"); a name in capitals as a name."""
    post = _TIME_GROUP.sub("", _PRECEDENCE_WORD.sub("", _BRACKET.sub("", post.strip(" ."))))
    parts = [p.strip() for p in post.split(",")]
    cities = [
        p
        for p in parts
        if _CITY.match(p) and not ORG_WORDS.search(p) and not PERSON_WORDS.search(p)
    ]
    if not cities:
        return None
    city = cities[-1]
    return Located(city.title() if city.isupper() else city, line)


def _seat(post: str, line: int) -> Located[str] | None:
    """The city of a post's routing: "AMEMBASSY NEW DELHI" is New Delhi, "SECSTATE WASHDC"
    Washington, "USMISSION GENEVA" Geneva; none for a name that is no routing."""
    found = _CABLE_ROUTE.match(post.strip(" ."))
    if found is None:
        return None
    words = found["city"].split()
    if found["who"] in _SEATS:
        return Located(_SEATS[found["who"]], line)
    if found["who"] == "USMISSION" and words[0] in {*_MISSION_SEATS, *_NO_CITY}:
        seat = _MISSION_SEATS.get(words[0])
        return None if seat is None else Located(seat, line)
    return Located(" ".join(words).title(), line)


def precedence(head: list[tuple[int, str]]) -> Located[str] | None:
    """The priority a cable's routing gives: the precedence word on its TO line ("TO SECSTATE
    WASHDC NIACT IMMEDIATE 9876", before the office in a British one: "TO IMMEDIATE FOREIGN
    OFFICE") or the letter opening its date-time group ("O 011500Z FEB 74"
    is immediate, "Z" flash, "P" priority, "R" routine)."""
    for line, text in head:
        if (addressee := _TO.match(text)) is not None:
            found = _CABLE_ROUTE.match(addressee["post"].strip(" ."))
            word = found["precedence"] if found is not None else None
        elif (british := _BRITISH_TO.match(text)) is not None:
            word = british["precedence"]
        elif (group := _DATE_TIME_GROUP.match(text)) is not None:
            word = _PRECEDENCE_LETTERS[group["letter"]]
        else:
            continue
        if word is not None and (key := PRIORITIES.get(wording_key(word))) is not None:
            return Located(key, line)
    return None
