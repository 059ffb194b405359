"""What a title lists after its type and a comma: a body that wrote it ("Memorandum,
Czechoslovak Embassy in Pyongyang, 15 March 1958"), a run of names ("Memcon, Nixon,
Kissinger, Zhou Enlai, February 22, 1972"), and the city a mission named without its place
sits in ("the Hungarian Embassy, Pyongyang")."""

from __future__ import annotations

import re

from ..record import Located
from .bodies import for_in_name, generic_body, unplaced_mission
from .dates import DATE_TEXT_FULL
from .doctypes import AT_WORDING, GATHERING_WORD
from .names import name_kind
from .side_names import names_in
from .text import SEAT_AFTER, Joined, is_name_like, strip_article

_SEAT_AFTER = re.compile(SEAT_AFTER)
_COMMA_AFTER_TYPE = re.compile(r"\s*,\s*")
_TO_OR_FROM = re.compile(r"\s(?i:to|from|for|by)\s")
PERSON_WORDS = 4  # the most words of a person's name in a title ("Kim Il Sung", "A. M. Puzanov")


def body_after_type(joined: Joined, type_end: int, head_end: int) -> tuple[Located[str], ...]:
    """A body named after the type and a comma, with no addressee: the author, as a body
    before the type is ("Memorandum, Czechoslovak Embassy in Pyongyang, 15 March 1958" as
    "Hungarian Legation in Pyongyang, Report")."""
    comma = _COMMA_AFTER_TYPE.match(joined.text, type_end, head_end)
    if comma is None:
        return ()
    end = joined.text.find(",", comma.end(), head_end)
    end = head_end if end < 0 else end
    segment = strip_article(joined.text[comma.end() : end].strip())
    if (
        not segment
        or name_kind(segment) != "org"
        or _addressed(segment)
        or GATHERING_WORD.search(segment) is not None
    ):
        return ()
    return names_in(joined, comma.end(), end)


def _addressed(segment: str) -> bool:
    """Whether a segment names whom it is to, from or for, beyond a body's own "for" ("the
    Swedish Ministry for Foreign Affairs")."""
    return any(
        not (found.group().strip().casefold() == "for" and for_in_name(segment[: found.start()]))
        for found in _TO_OR_FROM.finditer(segment)
    )


def with_seat(joined: Joined, author: Located[str], head_end: int) -> Located[str]:
    """A mission named without its place, and the city after a comma: "the Hungarian Embassy,
    Pyongyang" is the Hungarian Embassy in Pyongyang."""
    if not (unplaced_mission(author.value) or generic_body(author.value)):
        return author  # "the Ministry of External Affairs, New Delhi": the Indian ministry
    found = _SEAT_AFTER.match(joined.text, joined.text.find(author.value) + len(author.value))
    if found is None or found.end("seat") > head_end or name_kind(found["seat"]) is not None:
        return author
    if AT_WORDING.fullmatch(found["seat"]):
        return author  # "Directorate of Intelligence, Intelligence Memorandum": the type
    return Located(f"{author.value} in {found['seat']}", author.line)


def name_run(joined: Joined, start: int, end: int) -> tuple[Located[str], ...]:
    """The names that follow one another between commas, up to the first segment that is no
    name (a date, a number, a place's "in"): "Nixon, Kissinger, Zhou Enlai, February 22, 1972".
    A place among them is told apart by the authority file, which knows it as no person."""
    names: list[Located[str]] = []
    position = start
    while position < end:
        comma = joined.text.find(",", position, end)
        stop = end if comma < 0 else comma
        segment = joined.text[position:stop].strip()
        if not is_name_like(segment, PERSON_WORDS) or DATE_TEXT_FULL.match(segment):
            break
        names.extend(names_in(joined, position, stop))
        position = stop + 1
    return tuple(names)
