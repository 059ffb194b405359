"""The holder of an office written as FRUS writes him, his surname in brackets after it: "the
Ambassador to the Soviet Union (Thompson)", "the Secretary of State (Rusk)". He is the one
person of the authority file of that surname whose note gives the office in a term holding the
record's year, else whom "Office Surname" names; never the surname alone, whose stub would
stand beside the file's person."""

from __future__ import annotations

import re

from ..parser.demonyms import adjective
from ..parser.gazetteer import is_state
from ..parser.nationalities import is_state_adjective
from ..parser.office_words import office_only
from ..parser.text import is_name_like, last_bracket, strip_article
from .authority import Authority
from .entities import Entity
from .mission_heads import ENVOY_OFFICES, mission_head
from .note_years import clauses_of_year
from .office_terms import in_office

_OF_BODY = re.compile(r"\bof\s+(?:the\s+)?(?P<body>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")
"""The body an office is of, in its name: "the Secretary of State", "the Director of Central
Intelligence"."""
_WORD = re.compile(r"\b[A-Z][a-z]+\b")
"""A capitalised word of an office or a post: what two wordings of one post share."""
_POST = re.compile(r"\s+(?:to|in|at|for)\s.*$")
"""Where an office is held, no part of its name in a note: "Ambassador to the Soviet Union"
is dated as "US Ambassador to the Soviet Union" or "Ambassador in Moscow"."""
_ENVOY = re.compile(
    rf"(?i:\b(?:{'|'.join(map(re.escape, ENVOY_OFFICES))})\b|\bminister\s+(?:in|to)\s)"
)
"""An envoy's office ("the Ambassador in Japan", "the Minister in Budapest"), which only a
post to its state holds: a namesake's post of that year elsewhere is no clue to it."""


def bracketed_holder(
    authority: Authority, name: str, year: int | None
) -> tuple[str, list[Entity] | None] | None:
    """For an office with a surname in brackets: the wording "Office Surname", and the
    bearers of the surname whose notes date the office in ``year``, or, none doing so (the
    office worded otherwise than in the note: "the President's Special Assistant (Testov)" of
    a "National Security Advisor"), those whose notes date any post then, of the body the
    office is of ("of State") if it names one; of an envoy's office, only those posted then
    to its state (:func:`.mission_head`) where it names one; None where the file holds no
    bearer (whom a stub of the surname would then stand beside). None for any other shape: a unit in
    brackets after a body ("the CIA (Office of National Estimates)") or a mission's head
    after the mission ("Embassy in Testburg (Testov)") is no office's holder, nor is a
    place or a body the file knows, or a state, in brackets: the post ("the Ambassador
    (Moscow)")."""
    parts = last_bracket(name)
    if parts is None or not office_only(parts[0]):
        return None
    outer, inner = parts
    if (
        " " in inner
        or inner.isupper()
        or not is_name_like(inner, 1)
        or office_only(inner)
        or is_state(inner)
        or any(e.kind != "person" for e in authority.lookup(inner))
    ):
        return None
    office, bearers = _office(outer), authority.bearers(inner)
    holders = [p for p in bearers if office and in_office(authority.graph, p.iri, [office], year)]
    if _ENVOY.search(outer):  # the Ambassador in Japan (Johnson) is no President Johnson
        heads = mission_head(authority, inner, outer, year)
        holders = holders if heads is None else heads
    elif not holders and year is not None:
        body = _body(outer)
        holders = _closest(
            authority, outer, year, [p for p in bearers if _posted_then(authority, p, year, body)]
        )
    return f"{outer} {inner}", holders if bearers else None


def _office(written: str) -> str:
    """The office's words as a note names it (folded): without the article, the state's
    adjective and the post ("the US Ambassador to the Soviet Union" is "ambassador")."""
    words = _POST.sub("", strip_article(written)).split()
    while words and (is_state_adjective(words[0]) or adjective(words[0]) is not None):
        words = words[1:]
    return " ".join(words).casefold()


def _body(written: str) -> list[str]:
    """The words of the body an office is of: "State" of "the Under Secretary of State for
    Political Affairs", none of "the President's Special Assistant"."""
    found = _OF_BODY.search(_POST.sub("", strip_article(written)))
    return found["body"].split() if found else []


def _posted_then(authority: Authority, person: Entity, year: int, body: list[str]) -> bool:
    """Whether the note of ``person`` dates a post in a term holding ``year`` in a clause
    naming each word of ``body``."""
    return any(
        all(re.search(rf"\b{re.escape(word)}\b", clause) for word in body)
        for clause in clauses_of_year(authority.graph, person.iri, year)
    )


def _closest(authority: Authority, written: str, year: int, people: list[Entity]) -> list[Entity]:
    """Of several ``people`` posted in ``year``, those whose post then shares most words with
    the office as ``written``: "the Deputy Special Assistant for National Security Affairs
    (Testow)" is the "National Security Advisor", not his brother the "Under Secretary of
    State for Political Affairs"; all of them where none shares any."""
    own = set(_WORD.findall(written))
    shared = {
        p: max(
            (
                len(own & set(_WORD.findall(c)))
                for c in clauses_of_year(authority.graph, p.iri, year)
            ),
            default=0,
        )
        for p in people
    }
    most = max(shared.values(), default=0)
    return [p for p in people if shared[p] == most] if most else people
