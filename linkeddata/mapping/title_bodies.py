"""The bodies a title names as the wording and the authority file together say: one the
file knows by the title's name, a bare party organ as its party's, a body without its country
as the country of the title's other agents (split from :mod:`.title_links`)."""

from __future__ import annotations

import re

from ..parser.bodies import cabled_post, generic_body, seated
from ..parser.national_names import national_name
from ..parser.text import strip_article
from ..record import Located
from .authority import Authority
from .entities import Entity
from .ruling_parties import POLITICAL_BUREAU, organ_of_kin
from .state_names import states_of


def known_body(name: Located[str], authority: Authority) -> Located[str] | None:
    """A body the authority file knows by the name the title gives it, where it sits aside:
    "the National Security Council, Washington" is the one the file calls so, whatever
    country the title's other agents have."""
    body = seated(name.value)
    bare = strip_article(body[0] if body is not None else name.value)
    known = [e for e in authority.lookup(bare) if e.kind == "org"]
    return Located(bare, name.line) if len(known) == 1 else None


_BARE_ORGAN = re.compile(r"^(?:(?i:the)\s+)?(?i:central\s+committee|politburo|political\s+bureau)$")
"""A party's organ named bare, which is the party's, not a state's."""


def party_organ(name: Located[str], named: Located[str], authority: Authority) -> Located[str]:
    """A bare party organ as the title's nationality qualifies it only where the authority
    file knows that name ("Soviet Politburo"): a country has several parties, so "the Central
    Committee" in a report of the Soviet Embassy is no "Soviet Central Committee" stub."""
    organ = _BARE_ORGAN.match(name.value) is not None
    return name if organ and named != name and not authority.lookup(named.value) else named


def organ_of_kin_named(
    name: Located[str], linked: list[Entity], authority: Authority
) -> Entity | None:
    """A party organ named bare ("the Central Committee") as the organ of the party another
    agent of the title belongs to: a report of the VWP Politburo "to the Central Committee"
    goes to the VWP's Central Committee."""
    organ = POLITICAL_BUREAU.sub("Politburo", strip_article(name.value))  # the files' word
    kin_orgs = (kin for kin in linked if kin.kind == "org")
    found = {e for kin in kin_orgs if (e := organ_of_kin(authority, organ, kin))}
    return found.pop() if len(found) == 1 else None


def qualified(name: Located[str], whose: set[str], authority: Authority) -> Located[str]:
    """A body named without its country ("the Ministry of Foreign Affairs") as the country of
    the title's other agents when they all have one: a cable from it "to the Chinese Embassy
    in the Soviet Union" is from the Chinese ministry. A country's abbreviation before it is
    its adjective ("U.S. Embassy" is the American Embassy)."""
    if name.value.casefold() in ("state", "secstate"):  # American cables: "Saigon to State"
        return Located("Department of State", name.line)
    if (national := national_name(name.value, states_of(authority))) != name.value:
        return Located(national, name.line)
    if (body := seated(name.value)) is not None:  # "the Foreign Ministry in East Berlin"
        name = Located(body[0], name.line)
    if not whose and cabled_post(name.value):
        whose = {"American"}  # "Embassy Saigon", in the State Department's cable form
    if len(whose) != 1 or not generic_body(name.value):
        return name
    country = next(iter(whose))
    if country.startswith("of "):  # "the Ministry of Foreign Affairs of Romania"
        return Located(national_name(f"{strip_article(name.value)} {country}"), name.line)
    return Located(national_name(f"{country} {strip_article(name.value)}"), name.line)
