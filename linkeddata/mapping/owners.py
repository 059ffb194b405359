"""Whose a body named in running text is, when its name says no country ("the National
Security Council") but the words beside it do: a country in brackets after it, or a nationality
before it ("the Brazilian National Security Council", "the Korean Central Intelligence
Agency"). The file's body of that name (the American one) is then linked only if the file
knows it by that country too ("US National Security Council")."""

from __future__ import annotations

import re
from collections.abc import Callable

from rdflib import Literal

from ..parser.brackets import whose_unsaid
from ..parser.demonyms import ABBREVIATED, ADJECTIVE_WORDS, ADJECTIVES, adjective, spellings
from ..parser.nationalities import is_state_adjective
from .entities import Entity
from .scanned_text import Text

_NATIONAL_HEADS = tuple(f"{national} " for national in sorted(ADJECTIVES))
_NATIONAL_WORDS = ADJECTIVE_WORDS - {
    "North",
    "South",
    "East",
    "West",
}
"""Adjectives of countries, and their last words ("Korean" of "North Korean"), which before a
body's name say whose it is."""


def bracketed_owner(text: Text, span: tuple[int, int]) -> tuple[str, ...]:
    """The names a body of ``span`` has when a bracketed country after it says whose it is:
    "Brazilian National Security Council", "Brazil National Security Council" (every spelling
    of the country) for "the National Security Council (Brazil)", so that the file's body of
    that name (the American one) is linked only if it is known by one of them; none for a
    body of several states ("the International Control Commission (Laos)") or no country in
    the bracket."""
    words, gaps = text.words, text.gaps
    start, end = span
    if end >= len(words) or gaps[end].strip() not in {"(", "["}:
        return ()
    close = next((k for k in range(end + 1, len(words)) if gaps[k].strip()), len(words))
    if close < len(words) and gaps[close].strip()[:1] not in {")", "]"}:
        return ()  # "(Brazil and Argentina)", "(Brazil, 1975)" (the text's end closes it)
    country, body = " ".join(words[end:close]), " ".join(words[start:end])
    national = adjective(country)
    if national is None or not whose_unsaid(body):
        return ()
    return tuple(f"{spelled} {body}" for spelled in (*spellings(national), country))


def names_its_country(labels: list[str]) -> bool:
    """Whether the file names a body with its country in some label ("US National Security
    Council"): only such a body is one state's; "the Council for Mutual Economic Assistance"
    and "Solidarność" say none, so a nationality before them is no other country's body."""
    return any(
        adjective(label.split()[0]) or label.startswith(_NATIONAL_HEADS)
        for label in labels
        if label
    )


def national_owner(text: Text, span: tuple[int, int]) -> tuple[str, ...]:
    """The names a body of ``span`` (a name of several words that says no country) has when
    a nationality before it says whose it is: every spelling of the country before the body
    ("the Brazilian National Security Council": "Brazilian ...", "Brazil ..."); none for a
    body named by one word ("the East German Stasi", "the Soviet KGB") or no nationality."""
    words, gaps = text.words, text.gaps
    start, end = span
    if start == 0 or end - start < 2 or gaps[start] != " " or text.capitals:
        return ()
    before = words[start - 1]
    pair = f"{words[start - 2]} {before}" if start > 1 and gaps[start - 1] == " " else ""
    national = next((n for n in (pair, before) if n in ADJECTIVES or adjective(n)), None) or (
        before if before in _NATIONAL_WORDS else None
    )
    body = " ".join(words[start:end])
    if national is None or not whose_unsaid(body):
        return ()
    national = adjective(national) or national
    return tuple(f"{spelled} {body}" for spelled in (*spellings(national), national))


_REPUBLIC = re.compile(r"[A-Z][A-Za-z]*SSR")
"""A Soviet republic's abbreviation ("UkrSSR", "LitSSR", "ESSR", "BSSR"); "USSR" is the Union."""


def owning_state(text: Text, span: tuple[int, int]) -> str | None:
    """The nationality of the state that the words around a body of ``span`` give it, whatever
    its name: a state's adjective before a name of one word ("the Bulgarian KGB", "the
    Georgian KGB"), a state after "of" ("the KGB of the Ukrainian SSR", "the National
    Security Council of Brazil", "of the Bulgarian Ministry of Interior"), or a republic's
    abbreviation after it ("the KGB UkrSSR", "KGB of the LitSSR"); None when no state is said.
    Words in capitals are read as the same words in title case ("CHAIRMAN OF THE KGB OF THE
    UKRAINIAN SSR", a signature block). The file's body that names its country is meant only
    if it is that state's."""
    words = [_title_cased(word) for word in text.words]
    gaps = text.gaps
    start, end = span
    if end - start == 1 and start > 0 and gaps[start] == " ":
        pair = f"{words[start - 2]} {words[start - 1]}" if start > 1 else ""
        before = pair if pair in ADJECTIVES else words[start - 1]
        if adjective(before) or is_state_adjective(before):
            return adjective(before) or before
    if end < len(words) and gaps[end] == " " and _a_republic(text.words[end]):
        return text.words[end]
    if end + 1 >= len(words) or words[end].casefold() != "of" or gaps[end] != " ":
        return None
    the = words[end + 1].casefold() == "the"
    first = end + 2 if the and end + 2 < len(words) else end + 1
    state = []
    for k in range(first, min(first + 3, len(words))):
        if gaps[k] != " " or not words[k][:1].isupper():
            break
        state.append(words[k])
    named = " ".join(state)
    if named and (national := adjective(named)) is not None:
        return national
    if state and _a_republic(text.words[first]):
        return text.words[first]
    return state[0] if state and is_state_adjective(state[0]) else None


def _title_cased(word: str) -> str:
    """A word in capitals as title case writes it ("UKRAINIAN": "Ukrainian"); a country's
    abbreviation ("USSR", "GDR") stays as it is."""
    return word.capitalize() if word.isupper() and word not in ABBREVIATED else word


def _a_republic(word: str) -> bool:
    """Whether a word is a Soviet republic's abbreviation (not the Union's, "USSR")."""
    return word != "USSR" and _REPUBLIC.fullmatch(word) is not None


_OF = re.compile(r"\s+of\s+(?:the\s+)?")


def body_of_state(
    name: str,
    lookup: Callable[[str], list[Entity]],
    labels: Callable[[Entity], list[Literal]],
) -> Entity | None:
    """The file's body that a name "X of [the] <state>" means: the one body the file calls X,
    when the file names it as that state's ("the Provisional Military Administrative Council
    of Socialist Ethiopia" is the Derg, which the file knows as Ethiopian; "the National
    Security Council of Brazil" is not the American one); ``lookup`` and ``labels``: the
    file's entities of a name and an entity's labels."""
    for found in _OF.finditer(name):
        national = _state_adjective(name[found.end() :])
        known = [e for e in lookup(name[: found.start()]) if e.kind == "org"]
        if national and len(known) == 1:
            return known[0] if of_state([str(x) for x in labels(known[0])], national) else None
    return None


def _state_adjective(state: str) -> str | None:
    """The adjective of a state's name, with or without a word that qualifies its regime
    before a name of one word ("Ethiopia", "Socialist Ethiopia", "the Soviet Union"; not the
    "Republic of Vietnam" of "Socialist Republic of Vietnam", another state)."""
    words = state.split()
    return adjective(state) or (adjective(words[1]) if len(words) == 2 else None)


def of_state(labels: list[str], national: str) -> bool:
    """Whether a body's labels name it as the state's of the adjective ``national`` ("Soviet
    Committee for State Security", "KGB of the USSR" for "Soviet")."""
    names = spellings(national)
    return any(
        label.startswith(f"{name} ") or label.endswith((f" of {name}", f" of the {name}"))
        for label in labels
        for name in names
    )


def another_states(
    entity: Entity,
    text: Text,
    span: tuple[int, int],
    one_state: bool,
    lookup: Callable[[str], list[Entity]],
    labels: Callable[[], list[Literal]],
) -> bool:
    """Whether the words around the body ``entity`` met at ``span`` make it another state's
    body of the same name, which the file's is not: a country in brackets or a nationality
    before a name of several words, when the file does not know the body so ("the National
    Security Council (Brazil)", "the Brazilian National Security Council"), or a state that
    :func:`owning_state` reads, when the file names the body as ``one_state``'s and as
    another's ("the Bulgarian KGB", "the KGB of the Ukrainian SSR"); ``lookup`` and
    ``labels``: the file's entities of a name and the body's labels."""
    owned = bracketed_owner(text, span) or (national_owner(text, span) if one_state else ())
    if owned:
        return not any(entity in lookup(name) for name in owned)
    national = owning_state(text, span) if one_state else None
    return national is not None and not of_state([str(x) for x in labels()], national)
