"""Who a credit clause names: "A and B" are two people, an institution's name stays whole,
the institution credited people belong to is theirs, and "with assistance from Z" names a
helper (split from :mod:`.credits`, which reads the clauses)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..record import Located
from .acronym_pairs import acronym_pair
from .dates import DATE_TEXT
from .languages import language_codes
from .names import agent_kind, name_kind, personal_name
from .office_words import office_only
from .text import Joined, is_name_like, split_names, strip_article

_PERSON_WORDS = 4
_GROUP = re.compile(
    r"\b(?i:funda[çc][ãa]o|fundaci[óo]n|fondation|fondazione|stiftung|instituto|institut|istituto"
    r"|centro|centre|archivo|arquivo|archiv|universidad|universidade|universit[éà]|team|staff"
    r"|project|program|programme|group|museum|academy|memorial|commission|archives?"
    r"|college|university|institute|school|center|centre)\b"
)
"""Words that make a credited name an organisation in any language: "Fundação Getúlio Vargas",
"Trinity College" (a person's institution after them, never a person: see :data:`_MEMBER_OF`),
"Archival Research Team of the Institute of Far Eastern Studies" (a team or a staff is a
group, whatever institution it is of), "Hiroshima Peace Memorial Museum", "Chinese Academy of
Social Sciences"."""
_MAX_AGENT_WORDS = 12
_MAX_NAME_WORDS = 20
_ACRONYM_AT_END = re.compile(r"\s\([A-Z][A-Za-z-]*[A-Z]\)$")
"""An institution's name closed by its acronym, one name however long: "the Federal
Commissioner for the Records of the State Security Service of the former GDR (BStU)"."""
_MEANS = re.compile(
    r"(?<!\s)\s+(?i:via|through|under|by\s+means\s+of)\s+(?i:a\s+|an\s+|the\s+)?"
    r"(?i:foia|freedom|mandatory|request)"
)
"""How a copy was obtained, after who obtained it: "via FOIA request", "through a Freedom of
Information Act request"."""
_WHEN = re.compile(rf"(?<!\s)\s+(?i:in|on)\s+{DATE_TEXT}(?![\w/-]).*$")
"""When an agent acted, after its name and no part of it: "Released by the Ministry of
Foreign Affairs of Japan in 2009 following an information disclosure request"."""


_LANGUAGE_NAME = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_LANGUAGE_AFTER = re.compile(rf"\s*\((?P<language>{_LANGUAGE_NAME})\)(?=\s*(?:,|\s(?i:and)\s|$))")
"""A language in brackets after a credited person, the language of their part of the work:
"Kalina Bratanova (Bulgarian) and Svetozar Rajak (Serbo-Croatian)"."""
_NAME_BEFORE = re.compile(r"(?:^|,|\s(?i:and)\s|\s(?i:by)\s)\s*(?P<name>[^,()]+?)\s*$")


_AFFILIATION = re.compile(r"\s*\((?P<org>[^()]{3,80})\)\s*$")
"""The institution that credited people belong to, in brackets after them."""
_MEMBER_OF = re.compile(
    r"^(?P<person>[^,()]+?)(?:\s+(?i:of)|(?P<comma>,))\s+(?P<org>(?i:the\s+)?[A-Z][^,()]{2,80})$"
)
"""One person of an institution, after "of" or a comma: "Svetlana Savranskaya of the National
Security Archive", "Paul Wingrove, University of Greenwich" (the institution is no second
agent, nor part of the person's name); after a comma, never what "and" joins, for the comma
then lists the agents: "X, Y and the National Security Archive"."""
_BRACKET_AT_END = re.compile(r"\s*\([^()]*\)$")
_AND = re.compile(r"\s(?i:and)\s")
_ASSISTED = re.compile(
    r",?\s+(?i:with\s+(?:the\s+)?(?:assistance|help)\s+(?:of|from))\s+(?P<helpers>\S.*)$"
)
"""Who helped: "Translated by X with assistance from Y", "..., with the assistance of Y"."""
_INTO_LANGUAGE = re.compile(
    r",?\s+(?i:and)\s+(?i:into|from)\s+(?:(?i:the)\s+)?[A-Z][a-z]+(?:\s+(?i:and)\s+[A-Z][a-z]+)?"
    r"\s+(?i:by)\s+"
)
"""A second translator into or from another language: "by X and into English by Y", "from
Mongolian by X and from Russian by Y"."""
_GIVEN_TO = re.compile(r"\s+(?i:to)\s+(?:(?i:the)\s+)?[A-Z].*$")
"""Whom a person gave a copy to, after the person: "Donated by Dr. X to the Wilson Center"."""
_STAFF_OF = re.compile(
    r"^(?i:the\s+)?(?i:staff|members|translators|researchers|editors)\s+(?i:of)\s+(?=\S)"
)
"""An institution's people, credited as the institution: "the staff of the FBIS"."""


@dataclass(frozen=True)
class Named:
    """Who a clause credits, the institution they belong to, and who helped them."""

    agents: list[Located[str]]
    affiliation: Located[str] | None = None
    helpers: list[Located[str]] = field(default_factory=list)
    languages: dict[str, Located[str]] = field(default_factory=dict)
    """The language each person translated from, by name, when the credit says it apart."""


def credited_agents(joined: Joined, start: int, end: int) -> Named:
    """The agents of a clause: "A and B" are two people, an institution's name stays whole;
    an institution in brackets after several people, or "of" it after one, is theirs ("X and
    Y (National Security Archive)", "X of the National Security Archive"); "with assistance
    from Z" names a helper."""
    text = joined.text[start:end].rstrip(" ")
    text = text if text.endswith(("Jr.", "Sr.")) else text.rstrip(" .")
    if (staff := _STAFF_OF.match(text)) is not None:
        start, text = start + staff.end(), text[staff.end() :]
    if (means := _MEANS.search(text)) is not None:
        text = text[: means.start()]  # "the National Security Archive via FOIA request"
    if (when := _WHEN.search(text)) is not None:
        text = text[: when.start()]  # "the National Intelligence Service ... in June 2013"
    given = _GIVEN_TO.search(text)
    if given is not None and is_person(personal_name(text[: given.start()])):
        text = text[: given.start()]  # "Dr. X to the Wilson Center": Dr. X
    languages: dict[str, Located[str]] = {}
    for bracket in reversed(list(_LANGUAGE_AFTER.finditer(text))):
        name = _NAME_BEFORE.search(text, 0, bracket.start())
        where = (start + bracket.start("language"), start + bracket.end("language"))
        if name is None or not is_language(bracket["language"]):
            continue
        if (language := joined.located(*where)) is not None:
            languages[name["name"]] = language
        text = text[: bracket.start()] + text[bracket.end() :]
    helpers: list[Located[str]] = []
    if (assisted := _ASSISTED.search(text)) is not None:
        helped_end = len(text)
        if (into := _INTO_LANGUAGE.search(text, assisted.start("helpers"))) is not None:
            helped_end = into.start()  # "... with assistance from Z, and into English by Y"
        helpers = credited_agents(
            joined, start + assisted.start("helpers"), start + helped_end
        ).agents
        text = text[: assisted.start()] + text[helped_end:]
    affiliation = None
    found = _AFFILIATION.search(text)
    several = (
        found is not None
        and (" and " in text[: found.start()] or is_person(personal_name(text[: found.start()])))
        and credited_kind(text[: found.start()]) != "org"  # "... Project on NATO and ... (PHP)"
    )  # "X and Y (National Security Archive)", "Dr. X (George Washington University)"
    if several and found is not None and name_kind(found["org"]) == "org":
        affiliation = joined.located(start + found.start("org"), start + found.end("org"))
        text = text[: found.start()]  # "X and Y (National Security Archive)": X, Y
    member = _MEMBER_OF.match(text)
    person = member["person"] if member is not None else ""
    if (
        member
        and len(person.split()) > 1
        and is_person(person)
        and not _GROUP.search(person)  # "Archival Research Team of the Institute of ...": one
        and (name_kind(member["org"]) == "org" or _GROUP.search(member["org"]))
        and not (member["comma"] and _AND.search(member["org"]))
    ):
        org_start = start + member.start("org")
        affiliation = joined.located(org_start, start + member.end("org"))
        text = member["person"]  # "Svetlana Savranskaya of the National Security Archive"
    text = _INTO_LANGUAGE.sub(" and ", text)  # "X and into English by Y": X and Y
    agents = _split_agents(joined, start, text)
    return Named(agents, affiliation and _bare(affiliation), helpers, languages)


def is_language(text: str) -> bool:
    """Whether a bracket after a credited person names a language, never an acronym ("NSA")
    that is also a language's code."""
    return re.fullmatch(_LANGUAGE_NAME, text) is not None and language_codes(text) is not None


def _bare(located: Located[str]) -> Located[str]:
    return Located(strip_article(located.value), located.line)


def _split_agents(joined: Joined, start: int, text: str) -> list[Located[str]]:
    parts = split_names(text)  # the last may be an institution: "X, Y and the ... Archive"
    last_org = bool(parts) and name_kind(strip_article(parts[-1][1].strip())) == "org"
    if len(parts) > 1 and all(is_person(name) for _, name in parts[: -1 if last_org else None]):
        spans = [(start + offset, name) for offset, name in parts]
    else:
        spans = [(start, text)]
    agents = []
    for offset, name in spans:
        value = strip_article(name.strip())
        limit = _MAX_NAME_WORDS if _ACRONYM_AT_END.search(value) else _MAX_AGENT_WORDS
        if value and len(value.split()) <= limit:
            agents.append(Located(value, joined.line_at(offset)))
    return agents


def is_person(name: str) -> bool:
    """A short capitalised name without particles reads as a person's name."""
    words = name.split()
    return (
        len(words) <= _PERSON_WORDS and is_name_like(name) and all(w[:1].isupper() for w in words)
    )


def credited_kind(name: str) -> str:
    """Whether a credited agent is an organisation or a person: "Fundação Getúlio Vargas"
    is an organisation by its wording in Portuguese, as "Korea Foundation" is in English, and
    an office with no person named is the authority it heads: "the Federal Commissioner for
    the Stasi Records"; so are acronyms joined by "/" or "-" ("CPDOC/FGV")."""
    bare = strip_article(_BRACKET_AT_END.sub("", name))
    if _GROUP.search(name) or office_only(bare) or acronym_pair(bare) is not None:
        return "org"  # "CPDOC/FGV": acronyms, never a person's name
    return agent_kind(name)
