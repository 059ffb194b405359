"""Places a title names by its own words for the document, rather than by its parties: the
known city ending a title with no parties ("Joint Declaration on Testing, Testburg"), the
place a conference or a summit is named for in its own record ("Transcript of the Testburg
Conference"), the city an act is named for ("The Testburg Protocol"); and the bracketed
caption ending a title ("(Excerpts)"), which is no part of where it was made."""

from __future__ import annotations

import re

from ..parser.dates import DATE_TEXT, DATE_TEXT_FULL
from ..parser.gazetteer import is_state
from ..parser.spoken_records import SPEECH_TYPES
from ..parser.text import last_bracket
from ..record import Title
from .entities import Entity
from .linker import Linker

CAUSE = re.compile(
    r"\s(?i:in)\s+(?i:response|support|honou?r|reply|answer|memory|solidarity)\s+(?i:to|of|with)\s"
)
"""A cause, not a venue: "in Support of Testland, Testonia", whose names are what, not where."""


def known_place(name: str, linker: Linker) -> Entity | None:
    """The one place the authority file knows by ``name``."""
    places = [e for e in linker.authority.lookup(name) if e.kind == "place"]
    return places[0] if len(places) == 1 else None


def uncaptioned(text: str) -> str:
    """A title's words before the bracketed caption that ends them, which says which part of
    the record this is, or glosses the place before it ("... in Testburg (First
    Conversation)", "..., Testburg (Extract)", "..., Testburg [Fragment]", "in Testburg
    (Testland)"): the place is read as if the title ended with it."""
    found = last_bracket(text.rstrip(" ."))
    return text if found is None or not found[0] else found[0].rstrip(" ,")


_MEETING_NAMED = re.compile(
    r"(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+(?P<kind>(?i:conference|summit))\b"
)
_FURTHER_MEETING = re.compile(
    r"[\s,]+(?i:follow-?up|preparatory|planning|organi[sz]ing|delegations?|committee|commission"
    r"|secretariat|working\s+group|steering|debriefing)\b"
)
"""A further meeting or body of a meeting's after its name, not the meeting itself ("Follow-up
Meeting", "Preparatory Talks", "Delegation Meeting", "Organizing Committee"); its record's type,
topic, session or day are its own."""
_RECORD_OF = re.compile(r"(?:[A-Z][\w'’.-]*\s+){0,3}(?i:of)\s+(?:(?i:the)\s+)?")
"""The record's own words before the meeting it records: "Soviet Transcript of the "."""


def named_meeting(title: Title, head: str, linker: Linker) -> list[Entity]:
    """The known place a conference or a summit is named for, in its own record: "Transcript
    of the Testburg Conference on ...", "Testburg Conference Transcript", "Soviet Transcript
    of the Testburg Summit" met there. Only when the meeting's name opens the title or follows
    the record's type and "of" ("Memorandum on the Testburg Conference", "Report on the
    Testburg Summit" are about it, and were written anywhere). A summit may be named for its
    host state ("the Testland Summit"), a conference is too often named for its subject ("the
    Testland Conference")."""
    if title.doc_type is None or title.doc_type.value not in SPEECH_TYPES:
        return []
    if own_place(title.text.value, linker):
        return []  # "Transcript of the Testburg Conference, Testgrad": made in Testgrad
    found = _MEETING_NAMED.search(head)
    if found is None or not (found.start() == 0 or _RECORD_OF.fullmatch(head, 0, found.start())):
        return []
    if _FURTHER_MEETING.match(head, found.end()):
        return []  # "the Testburg Summit Preparatory Meeting" met elsewhere, before it
    words = found["place"].split()
    summit = found["kind"].casefold() == "summit"  # leaders meet in it, not talk of it
    for count in range(len(words)):  # "Transcript of the Testburg Conference"
        place = known_place(" ".join(words[count:]), linker)
        if place is not None and (summit or not is_state(place.label)):
            return [place]
    return []


_NAMED_ACT = re.compile(
    r"(?:(?i:the|text\s+of\s+the)\s+)?(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+"
    r"(?i:protocols?|declaration|communiqu[ée]|agreements?|accords?)"
    rf"(?=\s*(?:$|[,.(]|(?i:of|on|between)\s|{DATE_TEXT}))"
)
"""An act named for where it was signed or issued, opening the title and heading it: "The
Testburg Protocol", "Testburg Declaration of 1966"; not a document about it ("Testburg
Protocol Implementation Report"), nor a pact, an alliance ("Testburg Pact Statement")."""


def named_act(title: Title, linker: Linker) -> list[Entity]:
    """The known city an agreement or a declaration the title opens with is named for, where
    it was signed or issued ("Moscow Protocol", "The Tashkent Declaration"); never a country
    ("the Korea Agreement" may be about it) nor a city in a title that only speaks of the act
    ("Reaction to the Moscow Declaration", "Moscow's Reaction to ...")."""
    found = _NAMED_ACT.match(title.text.value)
    if found is None or own_place(title.text.value, linker):
        return []
    place = known_place(found["place"], linker)
    return [] if place is None or is_state(place.label) else [place]


_OWN_PLACE = re.compile(
    r"\s(?i:in|at)\s+(?:(?i:the)\s+)?(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})$"
)


def own_place(text: str, linker: Linker) -> bool:
    """Whether a title closes with a known place of its own, after a comma or "in" and before
    its date or caption ("..., Testgrad", "... in Testgrad, 1 May 1960"): that place, not the
    one a meeting or an act it names is named for, is where it was made."""
    parts = [part.strip() for part in uncaptioned(text).rstrip(" .").split(",")]
    while len(parts) > 1 and DATE_TEXT_FULL.match(parts[-1]):
        parts.pop()
    held = _OWN_PLACE.search(parts[-1])
    if held is not None and known_place(held["place"], linker):
        return True
    return len(parts) > 1 and known_place(parts[-1], linker) is not None


_LATER = frozenset({"memoir", "biography"})
"""Types written after the events, where a city closing the title may be the publisher's."""
_LIST_GOES_ON = re.compile(r"(?i:and|or)\s")


def city_at_end(title: Title, linker: Linker) -> Entity | None:
    """The known city that ends a title with no parties after a comma, before its date or a
    caption: where the document was written ("Joint Declaration on Testing, Testburg",
    "Testish Foreign Ministry Memorandum, Testburg, 9 March 1968"). Never a country ("Report
    on the Situation, Testland": what it is about), nor the last of a list of places."""
    if title.doc_type is None or title.doc_type.value in _LATER:
        return None
    if title.senders or title.recipients or title.origins:
        return None  # the parties' closing city (where they wrote or where it went), or an
        # author's place ("the Embassy in Testburg on X, Testgrad" went to Testgrad)
    text = uncaptioned(title.text.value).rstrip(" .")
    if CAUSE.search(text):
        return None  # "in Support of Testland, Testburg": what, not where
    parts = [part.strip() for part in text.split(",")]
    while len(parts) > 1 and DATE_TEXT_FULL.match(parts[-1]):
        parts.pop()
    if len(parts) < 2 or _LIST_GOES_ON.match(parts[-1]) or known_place(parts[-2], linker):
        return None
    place = known_place(parts[-1], linker)
    if place is None or is_state(parts[-1]) or is_state(place.label):
        return None
    return place
