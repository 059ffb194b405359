"""The names one line of a list of participants gives: its items between commas, or between
semicolons in groups ("Testenko, Testov; Testini"), each less its office ("Testov, Chairman of
the KGB"), under its sides' and groups' headings ("Chinese side: A, B; Soviet side: C"), and
a plural office before names shared by each ("Ministers Y. Testal, A. Testan")."""

from __future__ import annotations

import re

from ..record import Located
from .inverted_names import uninverted
from .names import name_kind, personal_name, personal_name_shape
from .office_words import office_only
from .plural_parties import offices_shared
from .presence_sentences import name_word
from .text import NAME_PARTICLES, strip_article

_WHOSE = r"(?-i:(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s+side['’]s)?)"
"""Whose participants or delegation a label names, in capitalised words: a nationality, a
country, a party or a side's ("Chinese", "U.S.", "DPRK", "the Korean side's"), never a
label's own words ("Number of")."""
SIDE_LABEL = (
    r"(?:(?:from\s+the\s+)?[\w.'’ ]{1,30}?\s+side"
    rf"|{_WHOSE}\s+(?i:participants?|delegation|delegates)"
    r"|(?i:participants\s+(?:from|of|on)\s+the\s+[\w.'’ ]{1,30}?\s+side))"
)
"""A side's label: "Chinese side", "From the Soviet side", "U.S. Side", and whose
participants they are: "Chinese Participants", "U.S. participants", "DPRK Delegation",
"Participants from the Korean side"."""
_GROUP_LABEL = (
    r"[\w.'’ -]{0,30}?\b(?:members|candidates|secretaries|ministers|deputies|alternates)"
    r"(?:\s+of\s+[\w.'’ -]{1,40}?)?"
)
"""A group's label inside a list, the rank its members hold in a body: "Politburo members",
"candidate members", "CC Secretaries", "Members of the Government"."""
HEADING = rf"(?:{SIDE_LABEL}|{_GROUP_LABEL})"
"""A sub-heading inside a list, a side's or a group's, whose names come after it."""
_SIDE_PHRASE = r"(?:on|from|for)\s+the\s+[\w.'’ -]{1,30}?\s+side"
"""A side's phrase before its names with no colon: "on the Soviet side Comrades A, B"."""
_PARTY = r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
"""A party, a state or a delegation named in capitalised words: "CPSU", "the Polish People's
Republic" (less its article)."""
_SIDE_NAMES = re.compile(
    rf"^(?:(?i:{HEADING})\s*:|(?i:{_SIDE_PHRASE})(?:\s*[-–—,]\s*|\s+)(?=[A-Z])"
    rf"|(?i:from|for)\s+the\s+{_PARTY}\s*[-–—:,]\s*(?=[A-Z])|[A-Z]{{2,}}[\w-]*\s*[-–—:]\s+)"
    r"\s*(?P<names>.*)$"
)
"""A side's or a party's label before its names: "Chinese side:", "on the Soviet side",
"From the Soviet side, ...", "from the Soviet side - ...", "from the CPSU - ...", "CPSU -
...", "PZPR: ..."."""
_SIDE_AFTER = re.compile(
    rf"\s+(?i:from|on|for)\s+(?:the\s+(?:{_PARTY}\s+(?i:side)|[A-Z]{{2,}}[\w-]*)|(?i:our|their)"
    r"\s+side)(?=\s*(?:[,;.]|$))"
)
"""A side's phrase after its group's names, which ends the group and names no one: "A, B and C
from the Chinese side, and D ...", "A and B for the CPSU, C and D for the PCI"."""
_PARTY_AFTER = re.compile(r"\s*\([A-Z]{2,}[\w-]*\)\.?$")
"""A party's acronym in brackets after its group's names: "A, B (CPSU); C, D (PZPR)"."""
_GROUP_BEFORE = re.compile(rf"^(?i:{_GROUP_LABEL})\s+(?=(?:[^\W\d_]{{1,2}}\.\s*)+[^\W\d_]{{2}})")
"""A group's label with no colon before the initials of its first name: "Members of the
Politburo Yu. V. Andropov", "Candidate Members P. N. Demichev"."""

COMRADES = re.compile(r"^(?i:comrades?|cdes?\.?|tov\.|tovarishch|messrs\.?):?\s+")
"""The honorific that opens a name or a list of names, singular or plural, never part of the
first name: "Comrades", "Cde.", "Cdes.", "Tov.", "Messrs."."""
PLURAL = re.compile(r"^(?P<honorific>(?i:comrades|cdes\.?|messrs\.?))\s+(?P<names>\S.*)$")
"""A plural honorific, shared by the names after it: "Comrades A, B and C", "Messrs. A and B"."""
_SINGULAR = {"comrades": "Comrade", "cdes": "Cde.", "messrs": "Mr."}
THE_PRESIDENT = re.compile(r"(?i:the\s+president)")
"""A list's "The President", whom the record's holder may tell (:mod:`..mapping.presidents`)."""
ROLE = re.compile(r"\s*\([^()]*\)")
"""A role or description in brackets after a listed name: "(interpreter)", "(son of X)"."""


def line_items(listed: str) -> list[str]:
    """The items of a list on one line: between commas, or between semicolons each less the
    office after its comma ("Chou En-lai, Premier; Henry A. Kissinger, Assistant ..."), or
    all of a group's names between its commas ("Testenko, Testov; Testini, Testardi"), but
    for sides and parties, each group named by its label before it ("Chinese side: A, B;
    Soviet side: C", "from the CPSU - A, B; from the PZPR - C"), by a phrase after it ("A
    and B from the Chinese side, and C, D from the Polish side", "A, B (CPSU); C (PZPR)")
    or under a group's heading ("Politburo members: A, B; candidate members: C"): then every
    name between its commas and "and"s is one, the side's label no one."""
    grouped = _SIDE_AFTER.sub(";", listed)
    parts = [part.strip() for part in grouped.split(";")]
    sided = grouped != listed or any(
        _SIDE_NAMES.match(part) or _PARTY_AFTER.search(part) for part in parts
    )
    if len(parts) > 1 and not sided:
        return [item for part in parts for item in _group(part)]
    sides = [(side["names"] if (side := _SIDE_NAMES.match(part)) else part) for part in parts]
    items = [COMRADES.sub("", names.strip()).split(",") for names in sides]
    if not sided:
        return [item for names in items for item in _and_last(names)]
    return [piece for names in items for item in names for piece in _and_last([item])]


def side_names(line: str) -> list[str]:
    """The names a line of a list gives under its side's or party's label ("From the Testian
    side: A, B", "TPSU - A, B", "Politburo members: A, B"), each between commas and "and"s;
    none for a line with no such label."""
    found = _SIDE_NAMES.match(line.strip())
    return line_items(line.strip()) if found is not None and found["names"].strip() else []


_WHOSE_SIDE = re.compile(r"\s+for\s+the\s+(?:[A-Z]{2,}|(?:[A-Z][\w'’-]*\s+){1,3}(?i:side))\.?$")
"""Whom the names before it stand for, at the end of a group: "... Zagladin for the CPSU"."""


def _group(part: str) -> list[str]:
    """The names of a list's part between semicolons: every name between its commas when all
    after the first are names and say so, by whom they stand for ("Testenko, Testov for the
    CPSU"), by initials or wording ("Ministers Y. Testal, A. Testan") or as three surnames
    alone or more, else the first less the office or affiliation after its comma ("Testov,
    Chairman of the KGB", "Henry A. Testinger, Assistant to the President", "Ivan Testov,
    Testburg Pravda"). A group's label before the initials of its first name is no one's
    office ("Members of the Politburo Yu. V. Testov")."""
    bare = COMRADES.sub("", part)
    items = _WHOSE_SIDE.sub("", bare).split(",")
    later = [name for item in items[1:] for name in item.split(" and ")]
    if not all(_a_bare_name(name) for name in later) or not (
        _WHOSE_SIDE.search(bare) or _surnames(items) or all(map(_a_person, later))
    ):
        return items[:1]
    if name_kind(listed_name(items[0])) == "org":
        items[0] = _GROUP_BEFORE.sub("", items[0].strip())
    return _and_last(items)


def _a_bare_name(text: str) -> bool:
    """Whether an item after a name's comma is another name ("Ponomarev", "A. Testan"), not
    its office ("Premier", "Assistant to the President") nor its body ("NSC Staff")."""
    name = text.strip(" .")
    return (
        bool(name)
        and all(name_word(word) for word in name.split())
        and not office_only(name)
        and name_kind(name) != "org"
    )


def _a_person(text: str) -> bool:
    """Whether an item after a name's comma is a person's by its wording, its initials or an
    office ("A. Testan", "Mr. Testov"), not an affiliation a bare name shares ("Testburg
    Pravda", a newspaper) nor an inverted name's given names ("Testov, Ivan Petrovich")."""
    return name_kind(text.strip(" .")) == "person"


def _surnames(items: list[str]) -> bool:
    """Whether a group is a list of three or more surnames alone ("Testenko, Testov,
    Testini"): two ("Testov, Testburg") are as often a name and its place or body."""
    return len(items) >= 3 and all(len(item.split()) == 1 for item in items)


def _and_last(items: list[str]) -> list[str]:
    """``items`` with the last one split at "and" where both sides are people's names ("Ji
    Pengfei, Qiao Guanhua and Counselor Yelizarov", "Comrades Pak Seong-cheol and Kim
    Tae-hui", surnames alone: "Testov and Testenko."), and less the "and" of a serial comma
    before a name (", and Testenko", and of its article: ", and the Testian Ambassador S.
    Testov"); a body's "and" stays ("Department of Agitation and Propaganda")."""
    last = items[-1].strip()
    if last.startswith("and ") and _a_listed_name(last[4:]):
        return [*items[:-1], strip_article(last[4:])]  # "and the Testian Ambassador S. Testov"
    head, _, tail = last.rpartition(" and ")
    if head and all(map(_a_listed_name, (head, tail))):
        return [*items[:-1], head, tail]
    return items


def _a_listed_name(text: str) -> bool:
    """Whether one side of a list's "and" is a person's name, by its shape or as a surname
    alone, the list's closing stop aside ("Testenko."), never an office or a body."""
    name = text.strip(" .")
    return personal_name_shape(personal_name(name)) or _a_bare_name(name)


def honoured_names(text: str) -> list[str]:
    """The names that one plural honorific opens, each with it in the singular ("Comrades
    Testov and Testenko": Comrade Testov, Comrade Testenko), so that each reads alike as a
    person's; ``text`` whole when no plural honorific opens it or when what its "and" joins
    is no name ("Comrades Testov and the Testian people")."""
    if (found := PLURAL.match(text)) is None:
        return [text]
    names = [name.strip(" .") for name in line_items(found["names"])]
    if len(names) < 2 or not all(map(_a_listed_name, names)):
        return [text]
    honorific = _SINGULAR[found["honorific"].casefold().rstrip(".")]
    return [f"{honorific} {name}" for name in names]


def listed_name(item: str) -> str:
    """One item of a list as a name: see :func:`listed_names`."""
    return listed_names([item])[0]


def listed_names(items: list[str]) -> list[str]:
    """The items of one list as names: each less its role in brackets and the stops and colons
    around it, but for the last initial's of a name written surname first ("Suslov M.A."); a
    plural office is the office of each name after it up to one with an office of its own
    ("Ministers Y. Testal, M. Testan and A. Testeb": Minister Y. Testal, Minister M. Testan,
    Minister A. Testeb, never a body "Ministers Y. Testal")."""
    bare = [Located(ROLE.sub("", item).strip(" :"), 0) for item in items]
    runs = [i for i, name in enumerate(bare) if i == 0 or personal_name(name.value) != name.value]
    shared = [
        name
        for start, end in zip(runs, [*runs[1:], len(bare)], strict=True)
        for name in offices_shared(bare[start:end])
    ]
    return [
        name if uninverted(name) is not None else name.strip(" .")
        for name in (n.value for n in shared)
    ]


_PARTICLES = NAME_PARTICLES | {"of", "the", "and", "to", "for", "in", "on", "at"}
SENTENCE_END = re.compile(r"\b[a-z][a-z'’-]*\.$")
"""A full stop after a lower-case word: "The President welcomed them." ends a sentence, where
a name ends on a capital or an initial ("Suslov M.A.")."""


def lists_no_one(text: str) -> bool:
    """Whether a list's labelled line holds a sentence after its label, whatever the case of
    its first word ("PRESENT: The Ambassador raised the issue of trade."): it lists no one,
    so no list runs below it ("Present: The Prime Minister, Mr. Testmillan." does)."""
    _, colon, rest = text.partition(":")
    return bool(colon and rest.strip()) and all(map(a_sentence, line_items(rest.strip())))


def a_sentence(text: str) -> bool:
    """Whether a line of a list is a sentence, not a name: it ends in a full stop after a
    lower-case word, or holds two lower-case words that no name holds ("The President
    welcomed them")."""
    words = [w for w in text.split() if w.islower() and w.strip(".") not in _PARTICLES]
    return SENTENCE_END.search(text) is not None or len(words) >= 2
