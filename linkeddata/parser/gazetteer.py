"""Countries by name, whether or not the authority file knows them: the ISO 3166 registries
that pycountry maintains (today's countries and former ones), with the Cold War's common names
that no registry keeps ("South Yemen", "Ceylon", "Kampuchea").

An envoy's post is a country the file may lack ("Ambassador to Kuwait Nikolai Sikachev"), so
where a post ends and its holder begins is read from this list.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pycountry

from .demonyms import COUNTRY_ADJECTIVES, adjective
from .text import strip_article

_FORMER = (
    "South Yemen",
    "North Yemen",
    "Democratic Yemen",
    "People's Democratic Republic of Yemen",
    "Yemen Arab Republic",
    "South Vietnam",
    "Rhodesia",
    "Southern Rhodesia",
    "Ceylon",
    "Kampuchea",
    "Democratic Kampuchea",
    "People's Republic of Kampuchea",
    "Persia",
    "Siam",
    "Tanganyika",
    "Zanzibar",
    "United Arab Republic",
    "Soviet Union",
)
"""Countries of the time under names that the ISO registries do not keep."""


_REGIME = (
    r"(?:Socialist|People['’]s|Democratic|Federal|Federative|Popular|Revolutionary|Islamic"
    r"|Arab|Soviet|Unitary|United)"
)
"""The words a regime gives its state's name: "Socialist Ethiopia", "the People's Republic of
Angola", "the Democratic Republic of Afghanistan"."""
_REGIME_NAME = re.compile(
    rf"^(?:{_REGIME}\s+)*(?:(?:Republic|Kingdom|State|Federation|Union|Jamahiriya)\s+of\s+"
    r"(?:the\s+)?)?(?P<country>\S.*)$"
)
_STATE_WORD = re.compile(rf"{_REGIME}|Republic|Kingdom|Federation|Jamahiriya")


def state_word(word: str) -> bool:
    """Whether a capitalised word is one of a state's name, never a person's: "Republic",
    "Democratic", "People's" (the "[Democratic Republic]" after "Vietnam" is no one)."""
    return _STATE_WORD.fullmatch(word) is not None


_REGIME_AFTER = re.compile(rf"^(?P<national>\S+(?:\s\S+)?)\s+(?:{_REGIME}\s+)*Republic$")
"""A state named by its adjective and its regime: "the Czechoslovak Socialist Republic"."""


def names_a_state(name: str) -> bool:
    """Whether a name is a state's, by its name or under the words of its regime that the
    registries may not keep ("Socialist Ethiopia", "the People's Republic of Mozambique", "the
    Mongolian People's Republic"): never a person nor a body ("Socialist International" is)."""
    bare = strip_article(name.strip())
    found = _REGIME_NAME.match(bare)
    if found is not None and found["country"] != bare and is_country(found["country"]):
        return True
    after = _REGIME_AFTER.match(bare)
    return state_adjective(bare) is not None or (
        after is not None and adjective(after["national"]) is not None
    )


def state_of_regime(name: str) -> str | None:
    """The country a state's name under its regime's words names ("Socialist Ethiopia" is
    Ethiopia), or None."""
    bare = strip_article(name.strip())
    found = _REGIME_NAME.match(bare)
    if found is None or found["country"] == bare or not is_country(found["country"]):
        return None
    return str(found["country"])


def is_country(name: str) -> bool:
    """Whether a name is a country's: by a whole name (common, official, former, or the head
    of one such as "Korea" in "Korea, Republic of"), or by an ISO code in capitals."""
    names, codes = _countries()
    if name.isupper() and 2 <= len(name) <= 3:
        return name in codes
    return name.strip().casefold() in names


def is_state(name: str) -> bool:
    """Whether a name is a country's, as the registries or a body's country ("the DPRK",
    "USSR") write it: the state an office is of."""
    return name in COUNTRY_ADJECTIVES or is_country(name)


@lru_cache(maxsize=4096)
def country_stem(stem: str) -> bool:
    """Whether some country's name begins with ``stem`` ("Kuwait" of "Kuwaiti", "Tanzani" of
    "Tanzanian"): an adjective of nationality is its country's name and an ending. Kept per
    stem: a title's words are asked again by every reader of its parties, and each asking
    passes over every country's name."""
    folded = stem.casefold()
    return any(name.startswith(folded) for name in _countries()[0])


def leading_country(words: list[str]) -> int:
    """How many of the first words make the longest country's name (0 when none does):
    "South Yemen Vladimir Polyakov" begins with two."""
    return next(
        (n for n in range(len(words), 0, -1) if is_country(" ".join(words[:n]))),
        0,
    )


def state_adjective(name: str) -> str | None:
    """The adjective of a state under any name the registries give it ("the Arab Republic of
    Egypt", "Republic of Iraq", "Syrian Arab Republic"), as under its common name."""
    return adjective(name) or _registry_adjectives().get(strip_article(name.strip()).casefold())


@lru_cache(maxsize=1)
def _registry_adjectives() -> dict[str, str]:
    """Every name of a country in the registries (casefolded), with the adjective of the one
    among them that has one."""
    found: dict[str, str] = {}
    for country in (*pycountry.countries, *pycountry.historic_countries):
        fields = ("name", "official_name", "common_name")
        names = [str(v) for f in fields if (v := getattr(country, f, None)) is not None]
        national = next((a for n in names if (a := adjective(n)) is not None), None)
        found |= {n.casefold(): national for n in names if national is not None}
    return found


@lru_cache(maxsize=1)
def _countries() -> tuple[frozenset[str], frozenset[str]]:
    """Every country's names (casefolded) and codes (in capitals)."""
    names = {n.casefold() for n in _FORMER}
    codes: set[str] = set()
    for country in (*pycountry.countries, *pycountry.historic_countries):
        for field_name in ("name", "official_name", "common_name"):
            if (value := getattr(country, field_name, None)) is not None:
                names |= {str(value).casefold(), str(value).split(",")[0].casefold()}
        codes |= {str(country.alpha_2), str(country.alpha_3)}
    return frozenset(names), frozenset(codes)
