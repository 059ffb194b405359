"""Names that say too little to stand for one entity: an office without its holder ("the
Ambassador"), a mission without its place ("the Soviet Embassy"), a body without its country
("the Ministry of Foreign Affairs"), a group in the plural ("the Fraternal Parties") and a
delegation named by its country alone ("the Korean Delegation"). A stub of one would merge
every holder, mission, body or group that the wording fits, so the linker reports the name
instead."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..parser.bodies import generic_body, unplaced_mission
from ..parser.name_words import DELEGATION_KIND
from ..parser.names import agent_kind, name_kind, personal_name
from ..parser.nationalities import COMPASS_NATIONALITY, is_nationality
from ..parser.office_words import office_only
from ..parser.plural_parties import PEOPLE_BY_WORK, PLURAL_OFFICES
from ..parser.title_numbers import BARE_NUMBER, CODED_FIGURE
from ..parser.title_signers import COUNTED, collective

_SOMEONES_OFFICE = re.compile(
    r"['’]s\s+(?i:aide|secretary|assistant|interpreter|deputy|adviser|advisor|bodyguard"
    r"|spokesman|chief\s+of\s+staff)$"
)
"""An office named by whom it serves: "Marshal Kulikov's Aide" is no one's name."""


def _plural_head(plurals: str) -> re.Pattern[str]:
    return re.compile(
        r"^(?:(?i:all)\s+)?(?:(?!(?i:of|for|to|on|in|at)\s)[^\W\d_][\w'’-]*\s+){0,3}?"
        rf"(?i:{plurals})(?:\s+(?i:of|in|and)\s|$)"
    )


_GROUP = _plural_head(
    r"parliaments|peoples|parties|organi[sz]ations|governments|countries|workers|members"
    r"|communists|citizens|comrades|embassies|missions|delegations|leaders|heads"
    r"|people|nation|youth|masses|leadership|scientists|writers|intellectuals|academicians"
    r"|physicists|scholars|artists|professors|veterans"
)
"""A group in the plural, no one agent: "the Parliaments of the World", "All Party
Organizations", "the Fraternal Parties", and the public a proclamation is addressed to ("the
Polish Nation", "All the People of X", "the Soviet People"). The plural must head the name
("the People's Assembly", "the Communist Youth League" are one body): a body named for its
members ("the League of Nations", "the Society of Friends") or that starts with "All" ("All
India Radio") is one agent. A leadership ("the Soviet Leadership") is a group of leaders,
and people named by their calling alone ("Scientists", "Soviet Writers") no one's name."""
_EVENT_NAME = re.compile(
    r"^(?:[^\W\d_][\w'’-]*\s+){1,5}"
    r"(?i:conference|summit|symposium|seminar|workshop|colloquium)$"
)
"""A gathering named for its place, its sponsor or its subject ("Musgrove Conference", "Geneva
Summit", "Carter-Brezhnev Project Conference"): an event, no agent; a body the file holds
under such a name is linked before this is asked."""
_TOPIC = re.compile(
    r"^(?:[^\W\d_][\w'’-]*\s+){1,4}(?i:incident|affair|crisis|question|problem|issue|situation)$"
)
"""A topic, named by what happened or is at issue: "Pueblo Incident", "Cuban Missile Crisis";
the head is read before "of" or "on", so "the Commission on the Korean Question" is a body."""
_OFFICES = _plural_head(PLURAL_OFFICES)
"""Offices in the plural, each held by one person: "the Vietnamese Ambassadors" names no one
(their names, "Ambassadors Testov and Testkin", are read before)."""
_COMPANY = _plural_head(rf"{PEOPLE_BY_WORK}|guests")
"""A group named by what its members do, no one agent beside the people a talk names ("between
Zhou Enlai and Pakistani Officials"); alone it is who wrote or took part, as a catalogue
names it ("Report by Soviet Experts", "Meeting between Soviet and Cuban Officials").

The parser's plural people that are not here ("Leaders", "Communists", "Comrades") are
:data:`_GROUP`'s, vague wherever they stand; "Reporters", "Advisers", "Students" and "Sides"
are kept out as before (adding them would change which participants are linked)."""
_COUNTRYS_DELEGATION = re.compile(
    rf"^(?:{COMPASS_NATIONALITY}|(?P<adjective>[A-Z][a-z]+))\s+"
    rf"(?:{DELEGATION_KIND}\s+(?:(?i:and)\s+{DELEGATION_KIND}\s+)?)?(?i:delegation)$"
)
"""A delegation named by its country (and kind) alone, "the Korean Delegation", "the Albanian
Military Delegation", "the Albanian Party and Government Delegation", "the Yugoslav
Delegation" (an adjective of any ending the list of
countries knows): each visit had its own, so no one body lasts under the name."""
_LEADERS_DELEGATION = re.compile(
    r"^(?P<leader>[^\W\d_].*?)['’]s\s+(?:(?:[A-Z][\w-]*|and)\s+){0,3}(?i:delegation)$"
)
"""A delegation named by its leader's possessive: "Comrade Kim Il Sung's Delegation", "Zhou
Enlai's Party and Government Delegation"."""
_MERGED = {
    "names a group, not one agent": "every group the wording fits",
    "names a delegation by its country alone": "every delegation the country sent",
    "names an office, not who held it": "every holder of the office",
    "names a mission but not where": "its country's missions in every capital",
    "names a body but not whose": "every country's",
    "names a topic, not an agent": "every document on it",
    "names an event, not an agent": "every gathering of the name",
    "names a nationality, not an agent": "every one of the nation",
    "names a document's code, not an agent": "every document of the series",
}
"""What a stub of a name that says too little would merge, by what the name leaves out."""


def vagueness(bare: str, kind: str | None) -> str | None:
    """Why a name cannot be stubbed, as the warning says it ("names an office, not who held
    it: not linked (one stub would merge every holder of the office)"), if it cannot: it
    names a group or a country's delegation, or leaves out an office's holder, a mission's
    place or a body's country."""
    why = _left_out(bare, kind)
    return None if why is None else f"{why}: not linked (one stub would merge {_MERGED[why]})"


def vague_beside(bare: str, others: Iterable[str]) -> str | None:
    """Why a participant named by what its members do is not linked (as :func:`vagueness`
    says it), when the title names other agents that are no such group: "Pakistani Officials"
    beside Zhou Enlai, "Polish Security Officials" in a Stasi report; "between Soviet and Cuban
    Officials" names no one else, and keeps both."""
    if _COMPANY.match(bare) is None or all(_COMPANY.match(other) for other in others):
        return None
    why = "names a group, not one agent"
    return f"{why}: not linked (one stub would merge {_MERGED[why]})"


def _left_out(bare: str, kind: str | None) -> str | None:
    """What a name leaves out that a stub would need (a key of ``_MERGED``), if anything."""
    if kind in ("person", "org") and is_nationality(bare):
        return "names a nationality, not an agent"  # "Kim Il Sung and the Albanian and ..."
    if kind in ("person", "org") and (_GROUP.match(bare) or _OFFICES.match(bare)):
        return "names a group, not one agent"
    if kind in ("person", "org") and (_counted(bare) or collective(bare)):
        return "names a group, not one agent"  # "Seven Soviet Scientists", "Scientists"
    if kind in ("person", "org") and _TOPIC.match(_head(bare)):
        return "names a topic, not an agent"
    if kind in ("person", "org") and _EVENT_NAME.match(_head(bare)):
        return "names an event, not an agent"
    if kind in ("person", "org") and (BARE_NUMBER.match(bare) or CODED_FIGURE.match(bare)):
        return "names a document's code, not an agent"
    own = personal_name(bare) if kind == "person" else ""
    if kind == "person" and (
        (own == bare and office_only(bare))
        or _SOMEONES_OFFICE.search(bare)
        or (own != bare and name_kind(own) == "org")  # "the Czech Member of the Commission"
    ):
        return "names an office, not who held it"
    delegation = _COUNTRYS_DELEGATION.match(bare)
    adjective = delegation["adjective"] if delegation else None
    if kind == "org" and delegation and (adjective is None or is_nationality(adjective)):
        return "names a delegation by its country alone"
    if kind == "org" and unplaced_mission(bare):
        return "names a mission but not where"
    if kind == "org" and generic_body(bare):
        return "names a body but not whose"
    return None


def _head(bare: str) -> str:
    """A name's head, before "of" or "on": "the Commission on the Korean Question" is a body."""
    return bare.split(" of ")[0].split(" on ")[0]


def _counted(bare: str) -> bool:
    """Whether a name is a count and a plural, how many people, not who: "Seven Soviet
    Scientists", "Five Testish Writers" (never "All India Radio", nor a body of "Four Powers"
    that a singular ends: "the Four Power Commission", nor a firm's one word: "7Brands")."""
    words = bare.split()
    return (
        len(words) > 1  # "7Brands" is a firm's name
        and COUNTED.match(bare) is not None
        and not bare.casefold().startswith("all ")
        and words[-1].endswith(("s", "men"))
    )


def delegation_leader(bare: str) -> str | None:
    """Who led a delegation named by his possessive ("Comrade Kim Il Sung's Delegation": Kim
    Il Sung), the party to link in its stead: each visit had its own delegation."""
    found = _LEADERS_DELEGATION.match(bare)
    leader = found["leader"] if found else None
    return leader if leader and agent_kind(leader) == "person" else None
