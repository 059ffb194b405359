"""Plural parties made one each: adjectives sharing one plural noun ("Soviet and Chinese
Delegations"), the bodies of several states ("the Governments of India and the Soviet
Union"), missions in several places ("the Romanian Embassies in Beijing, Moscow and
Pyongyang")."""

from __future__ import annotations

import re

from ..record import Located
from .brackets import ACRONYM
from .gazetteer import is_state, names_a_state
from .names import name_kind, personal_name
from .nationalities import COMPASS, QUALIFIED_NATIONALITY, is_nationality
from .office_words import office_only
from .text import NAME_PARTICLES, is_name_like, strip_article

_PLURAL_BODY = re.compile(
    r"(?i:delegations|embassies|governments|parties|ministries|sides|leaderships|legations"
    r"|armies|missions|committees)"
)
_PLURAL_OF = re.compile(
    rf"^(?P<plural>(?:[A-Z][\w-]*\s+){{0,2}}{_PLURAL_BODY.pattern})\s+(?i:of)\s+(?P<first>\S.*)$"
)
"""A plural body of several countries: "the Governments of India and the Soviet Union"."""
_NATIONALITY = re.compile(QUALIFIED_NATIONALITY)  # "Soviet", "East German"
PEOPLE_BY_WORK = (
    r"officials|representatives|diplomats|journalists|correspondents|experts|specialists"
)
"""Plural nouns of people named by what they do, no one agent ("Soviet Officials", "Cuban
Diplomats"): an alternation for a pattern that reads such groups (the mapping's vague names
read them too)."""
_PLURAL_PEOPLE = re.compile(
    rf"(?i:{PEOPLE_BY_WORK}|leaders|communists|reporters|advis[eo]rs|students|comrades|sides)"
)
"""Groups of people a shared noun names, one group per adjective: "Cuban and Soviet Officials";
besides :data:`PEOPLE_BY_WORK`, groups named by rank, party or side ("Leaders", "Communists")."""
_THEIR_OWN = re.compile(r"(?i:delegations|leaderships|sides)")
"""Plural bodies of several parties that stand for the parties themselves."""
PLURAL_OFFICES = (
    r"presidents|ministers|premiers|ambassadors|chairmen|secretaries|chancellors|envoys"
    r"|comrades|generals|marshals|senators|kings"
)
_PLURAL_OFFICE = re.compile(rf"(?i:{PLURAL_OFFICES})")
"""Offices held by one person each, in the plural: "Prime Ministers", "Presidents"."""
_OFFICE_BEFORE_NAMES = re.compile(
    rf"(?P<rank>(?:Prime|Foreign|Vice|Deputy|General)\s+)?(?P<plural>{_PLURAL_OFFICE.pattern})"
    r"\s+(?P<name>[A-Z][^\s,]*(?:\s+[A-Z][^\s,]*){0,2})"
)
"""A plural office before the first of the names that share it: "Presidents Alfonsín"."""
_GROUP_BEFORE_NAMES = re.compile(
    rf"(?P<adjective>[A-Z][a-z]+(?:\s[A-Z][a-z]+)??)\s+(?P<group>(?:{_PLURAL_PEOPLE.pattern}|"
    rf"(?:(?:Prime|Foreign|Vice|Deputy|General)\s+)?{_PLURAL_OFFICE.pattern}))"
    r"\s+(?P<names>[A-Z].*)"
)
"""A nationality's group, then the names that make it: "Yugoslav Leaders Dimitrov"."""
_NO_NAME = re.compile(
    r"(?i:\w{3,}ing|present|abroad|here|there|concerned|involved|stationed|posted|assigned"
    r"|accredited|attached|resident|responsible|visiting|arrived)"
)
"""Words that go on with a group of people, never a name: "Soviet Advisers Working in the
DPRK", "Soviet Leaders Present at the Congress"."""
_BODY_TAIL = re.compile(r"\b(?i:commission|committee|council|conference|assembly|nations)\b")
"""Words of a standing body a delegation sits in ("in the International Control Commission"),
never of a building where it met."""
_WHERE = re.compile(r"\s(?i:in|at|to)\s")
_MET_IN = re.compile(r"\s(?i:in|at)\s+(?:(?i:the)\s+)?")
"""Where a group met, no part of its name ("to" is: "the Delegation to the ICSC")."""


def shared_noun(names: list[Located[str]]) -> list[Located[str]]:
    """Adjectives sharing one plural noun name one body each: "Soviet and East German
    Delegations" are the Soviet and the East German Delegation, and "the Governments of India
    and the Soviet Union" the Government of India and that of the Soviet Union."""
    if len(names) > 1 and (of := _PLURAL_OF.match(names[0].value)) is not None:
        if _THEIR_OWN.fullmatch(of["plural"]):  # "the Delegations of the VWP and the CCP"
            final = Located(_where_met(names[-1].value), names[-1].line)  # "... USA in Reykjavik"
            return [Located(strip_article(of["first"]), names[0].line), *names[1:-1], final]
        noun = singular(of["plural"])
        first = [Located(f"{noun} of {of['first']}", names[0].line)]
        return first + [Located(f"{noun} of {n.value}", n.line) for n in names[1:]]
    where = _WHERE.search(names[-1].value) if names else None  # "... Delegations in Paris"
    tail = names[-1].value[where.start() :] if where else ""
    last = names[-1].value[: len(names[-1].value) - len(tail)].split() if names else []
    compass = len(last) > 2 and re.fullmatch(COMPASS, last[0]) and is_nationality(last[1])
    lead = 2 if compass else 1  # "Bulgarian and North Korean Delegations": "North Korean"
    if len(names) < 2 or len(last) < lead + 1:
        return names
    adjective = " ".join(last[:lead])
    qualifiers = [*names[:-1], Located(adjective, 0)]  # "Soviet and Chinese", "DRV and NLF"
    people = _PLURAL_PEOPLE.fullmatch(last[-1]) and _national(adjective)
    group = people or (_PLURAL_BODY.fullmatch(last[-1]) and _national(adjective))
    if group and not all(_national(n.value) for n in names[:-1]):
        start = len(names) - 1  # "Mikoyan and Cuban Leaders": Mikoyan is a party of his own,
        while start > 0 and _national(names[start - 1].value):  # and of "Zhou Enlai and
            start -= 1  # Pakistani and Afghan Officials" the nationalities share the noun
        if start < len(names) - 1:  # "Stalin and the Bulgarian and Yugoslav Delegations"
            return [*names[:start], *shared_noun(names[start:])]
        if people:
            return names
    if not all(_NATIONALITY.fullmatch(n.value) or _national(n.value) for n in qualifiers):
        return _one_group(names, last)
    if _PLURAL_PEOPLE.fullmatch(last[-1]):
        noun = " ".join(last[lead:])
    elif _PLURAL_BODY.fullmatch(last[-1]):
        noun = singular(" ".join(last[lead:]))
    elif _PLURAL_OFFICE.fullmatch(last[-1]):
        return []  # "the Indian and Chinese Prime Ministers": an adjective names no one
    else:
        return names
    adjectives = [n.value for n in names[:-1]] + [adjective]  # "East German and Polish"
    building = where is not None and tail.startswith(" in the ")
    states = all(is_nationality(a) or is_state(a) for a in adjectives)  # not "NLF"
    met = (building or (states and _MET_IN.match(tail))) and not _a_body(_MET_IN.sub("", tail))
    if met and _THEIR_OWN.fullmatch(last[-1]):
        tail = ""  # "the Soviet and Chinese Delegations in Beijing", "... in the Kremlin"
    return [Located(f"{a} {noun}{tail}", n.line) for a, n in zip(adjectives, names, strict=True)]


_OFFICES_OF = re.compile(
    rf"(?P<office>(?:(?:Prime|Foreign|Vice|Deputy|General)\s+)?{_PLURAL_OFFICE.pattern})"
    r"(?P<field>\s+(?i:of|for)\s+(?:Foreign|External|Internal)\s+Affairs)?"
    r"\s+(?P<of>(?i:of)\s+\S.*)"
)
"""A plural office before the first of the states whose holders it names: "the Ambassadors of
the United States, Great Britain and France"."""


def offices_of_states(names: list[Located[str]]) -> list[Located[str]]:
    """A plural office before a list of states names one holder for each: "the Ambassadors of
    the United States, Great Britain and France" are the Ambassador of the United States, the
    one of Great Britain and the one of France (offices that name no one, never one body "the
    Ambassadors of the United States" and two states lost); "the Council of Foreign Ministers"
    is one body. The states end at the first name that is none: "the Ambassadors of Poland and
    Hungary and Zhou Enlai" are two ambassadors and Zhou Enlai."""
    for index, name in enumerate(names):
        found = _OFFICES_OF.fullmatch(name.value)
        if found is None:
            continue
        office = f"{singular(found['office'])}{found['field'] or ''}"
        states = names[index + 1 :]
        end = next((i for i, s in enumerate(states) if not _a_state(s.value)), len(states))
        if not _a_state(found["of"].split(maxsplit=1)[1]):
            end = 0  # "the Secretaries of the Central Committee, Testov and Testin": no state's
        held, rest = states[:end], states[end:]  # "... of Poland and Hungary, and Gomułka"
        return [
            *names[:index],
            Located(f"{office} {found['of']}", name.line),
            *(Located(f"{office} of {state.value}", state.line) for state in held),
            *rest,
        ]
    return names


def offices_shared(names: list[Located[str]]) -> list[Located[str]]:
    """A plural office before names joined by "and" or listed is each one's: "Presidents
    Alfonsín and Sarney" are President Alfonsín and President Sarney, "Ministers Y. Testal, M.
    Testan and A. Testeb" three ministers (initials say person, no office of their own), unless
    a later name has an office or is a body ("Presidents X and Prime Minister Y"). The office
    may follow a party of its own: "the KWP and Comrades Testov and Testin"."""
    start = next((i for i, n in enumerate(names) if _OFFICE_BEFORE_NAMES.match(n.value)), None)
    if start is None:
        return names
    found = _OFFICE_BEFORE_NAMES.match(names[start].value)
    if (
        found is None
        or any(
            name_kind(n.value) == "org"
            or office_only(n.value)
            or personal_name(n.value) != n.value
            or _national(n.value)  # "Comrades X and the Bulgarian and Yugoslav Delegations"
            for n in names[start + 1 :]
        )
    ):
        return names
    office = f"{found['rank'] or ''}{singular(found['plural'])}"
    first = Located(f"{office} {found['name']}", names[start].line)
    later = [Located(f"{office} {n.value}", n.line) for n in names[start + 1 :]]
    return [*names[:start], first, *later]


def names_after_group(names: list[Located[str]]) -> list[Located[str]]:
    """A group of a country's people followed by the names that make it names them, and an
    adjective before "and" shares that group: of "Bulgarian and Yugoslav Leaders Dimitrov and
    Tito" the parties are Dimitrov and Tito, never a person "Bulgarian" (an office stays with
    the names: "Prime Ministers Testov and Testin")."""
    found: list[Located[str]] = []
    for index, name in enumerate(names):
        group = _people_named(name.value)
        if group is not None:
            office = _PLURAL_OFFICE.search(group["group"]) is not None
            kept = f"{group['group']} {group['names']}" if office else group["names"]
            found.append(Located(kept, name.line))
            continue
        following = names[index + 1].value if index + 1 < len(names) else ""
        if not (is_nationality(name.value) and _people_named(following)):  # not "the SED and"
            found.append(name)
    return found


def _people_named(name: str) -> re.Match[str] | None:
    """A nationality's group and the personal names after it ("Soviet Leaders Khrushchev"), not
    the words that say where or how the group is ("Soviet Advisers Working", "Chinese Students
    Studying in Moscow")."""
    group = _GROUP_BEFORE_NAMES.fullmatch(name)
    if group is None or not _national(group["adjective"]):
        return None
    words = group["names"].split()
    lower = any(w.islower() and w not in NAME_PARTICLES for w in words)
    if lower or not is_name_like(group["names"]) or _NO_NAME.fullmatch(words[0]):
        return None
    return group


def _a_state(name: str) -> bool:
    """Whether a name after a plural office is a state's ("the United States", "Hungary in
    Beijing"), never a person's ("Zhou Enlai", "Suslov") nor a body's."""
    where = _WHERE.search(name)
    bare = strip_article(name[: where.start()] if where else name)
    return is_state(bare) or names_a_state(bare)


def _where_met(name: str) -> str:
    """A state's name less the place after it, where its group met: of "the Delegations of
    the USSR and the USA in Reykjavik" the last is the USA's (never a person "USA in
    Reykjavik"); a standing body stays ("India in the ICSC")."""
    where = _MET_IN.search(name)
    if where is None or not _a_state(name) or _a_body(name[where.end() :]):
        return name
    return name[: where.start()]


def _a_body(name: str) -> bool:
    """Whether what a delegation is "in" is a standing body ("the ICSC", "the International
    Control Commission"), whose delegation it is, not a building where it met ("the Kremlin")."""
    return ACRONYM.fullmatch(name) is not None or _BODY_TAIL.search(name) is not None


def _national(word: str) -> bool:
    """Whether a word qualifies people by their country or region ("Cuban", "East European",
    "DRV"), as a surname shaped like one ("Mikoyan") does not: a nationality's adjective (the
    strong test) or a country's acronym."""
    return ACRONYM.fullmatch(word) is not None or is_nationality(word)


_RANK = re.compile(r"(?i:senior|junior|top|high|high-ranking|leading)")
"""A rank that qualifies a group of people on its own ("Senior Advisers"), never a word that
shares its plural noun with a name before "and"."""


def _one_group(names: list[Located[str]], last: list[str]) -> list[Located[str]]:
    """Words of a kind sharing one plural noun name one group, not one party each: "the
    Communist and Workers' Parties" are no person "Communist" and a group of parties."""
    kinds = [n.value for n in names[:-1]]
    if any(_NATIONALITY.fullmatch(word) or _RANK.fullmatch(word) for word in last[:-1]):
        return names  # "Saddam and Senior Iraqi Officials": the group has its own qualifier
    noun = re.split(r"\s(?i:of)\s", " ".join(last), maxsplit=1)[0].split()[-1]  # "... of the World"
    plural = _PLURAL_BODY.fullmatch(noun) or _PLURAL_PEOPLE.fullmatch(noun)
    if not plural or not all(len(k.split()) == 1 and name_kind(k) is None for k in kinds):
        return names
    group = f"{', '.join(kinds)} and {names[-1].value}"
    return [Located(group, names[0].line)]


def singular(plural: str) -> str:
    """The singular of a plural body or office: "Ministries" is "Ministry", "Governments"
    "Government", "Chairmen" "Chairman"."""
    if plural.endswith("men"):
        return plural[:-3] + "man"
    return plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]
