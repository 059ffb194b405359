"""Whose a body named in running text is, when its name says no country ("the National
Security Council") but the words beside it do: a country in brackets after it, or a nationality
before it ("the Brazilian National Security Council", "the Korean Central Intelligence
Agency"). The file's body of that name (the American one) is then linked only if the file
knows it by that country too ("US National Security Council")."""

from __future__ import annotations

from ..parser.brackets import whose_unsaid
from ..parser.demonyms import ADJECTIVE_WORDS, ADJECTIVES, adjective, spellings
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
