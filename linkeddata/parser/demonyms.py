"""Countries and the adjectives their bodies are named by, written once.

A mission or a ministry is written with its country's adjective or with the country: "the
Hungarian Embassy in Pyongyang" and "the Embassy of Hungary in Pyongyang", "the GDR Embassy"
and "the East German Embassy" are one body, so its key is made from the adjective.
"""

from __future__ import annotations

from .text import strip_article

ABBREVIATED = {
    "US": "American",
    "USA": "American",
    "UK": "British",
    "USSR": "Soviet",
    "PRC": "Chinese",
    "GDR": "East German",
    "DDR": "East German",
    "FRG": "West German",
    "BRD": "West German",
    "DPRK": "North Korean",
    "ROK": "South Korean",
    "DRV": "North Vietnamese",
}
"""Countries' abbreviations before a body's name, and the adjectives they stand for."""

_NAMED = {
    "American": ("United States", "United States of America", "America"),
    "British": ("United Kingdom", "Great Britain", "Britain", "England"),
    "Soviet": ("Soviet Union", "Union of Soviet Socialist Republics"),
    "Chinese": ("China", "People's Republic of China"),
    "East German": ("German Democratic Republic", "East Germany"),
    "West German": ("Federal Republic of Germany", "West Germany"),
    "North Korean": ("Democratic People's Republic of Korea", "North Korea"),
    "South Korean": ("Republic of Korea", "South Korea"),
    "North Vietnamese": ("Democratic Republic of Vietnam", "North Vietnam"),
    "South Vietnamese": ("Republic of Vietnam", "South Vietnam"),
    "Hungarian": ("Hungary", "Hungarian People's Republic"),
    "Polish": ("Poland", "Polish People's Republic"),
    "Romanian": ("Romania", "Socialist Republic of Romania", "Rumania"),
    "Bulgarian": ("Bulgaria", "People's Republic of Bulgaria"),
    "Czechoslovak": ("Czechoslovakia", "Czechoslovak Socialist Republic"),
    "Albanian": ("Albania",),
    "Yugoslav": ("Yugoslavia",),
    "Mongolian": ("Mongolia", "Mongolian People's Republic"),
    "Vietnamese": ("Vietnam", "Viet Nam"),
    "Cuban": ("Cuba", "Republic of Cuba"),
    "Japanese": ("Japan",),
    "Indian": ("India",),
    "Indonesian": ("Indonesia",),
    "Pakistani": ("Pakistan",),
    "Afghan": ("Afghanistan",),
    "Burmese": ("Burma",),
    "Cambodian": ("Cambodia",),
    "Laotian": ("Laos",),
    "Egyptian": ("Egypt", "United Arab Republic"),
    "Syrian": ("Syria",),
    "Iraqi": ("Iraq",),
    "Iranian": ("Iran",),
    "Israeli": ("Israel",),
    "Turkish": ("Turkey",),
    "Greek": ("Greece",),
    "French": ("France",),
    "Italian": ("Italy",),
    "Austrian": ("Austria",),
    "Swiss": ("Switzerland",),
    "Swedish": ("Sweden",),
    "Finnish": ("Finland",),
    "Norwegian": ("Norway",),
    "Danish": ("Denmark",),
    "Dutch": ("Netherlands",),
    "Belgian": ("Belgium",),
    "Spanish": ("Spain",),
    "Portuguese": ("Portugal",),
    "Canadian": ("Canada",),
    "Mexican": ("Mexico",),
    "Brazilian": ("Brazil",),
    "Argentine": ("Argentina",),
    "Chilean": ("Chile",),
    "Australian": ("Australia",),
    "Algerian": ("Algeria",),
    "Ghanaian": ("Ghana",),
    "Guinean": ("Guinea",),
    "Ethiopian": ("Ethiopia",),
    "Angolan": ("Angola",),
    "Mozambican": ("Mozambique",),
    "South African": ("South Africa",),
}
"""Countries by their names (the common and the official ones), under their adjective."""

COUNTRY_ADJECTIVES = ABBREVIATED | {
    country: adjective for adjective, countries in _NAMED.items() for country in countries
}
"""Every way of naming a country before or after a body, with the adjective it stands for."""
ADJECTIVES = frozenset(COUNTRY_ADJECTIVES.values())
"""The countries' adjectives, whole: "Soviet", "East German"."""
ADJECTIVE_WORDS = frozenset(word for national in ADJECTIVES for word in national.split())
"""The words of the countries' adjectives: "Soviet", "East", "German"."""


DIVIDED = frozenset({"germany", "china", "korea", "vietnam", "yemen"})
"""Countries that were two states for much of the period (folded): the bare name names
neither state ("Treaty between the USSR and China" of 1945 is the Republic of China's)."""


def shared_adjective(national: str | None) -> bool:
    """Whether the two states of a divided country share ``national``: "the PRC" and "the
    ROC" are both "Chinese", so a body keyed by it would be either's.

    >>> shared_adjective("Chinese"), shared_adjective("West German")
    (True, False)
    """
    return national is not None and national in _SHARED


def adjective(country: str) -> str | None:
    """The adjective of a country however written ("the DPRK", "U.S.A.", "Hungary")."""
    name = strip_article(country.strip()).replace(".", "")
    return COUNTRY_ADJECTIVES.get(name)


def spellings(national: str) -> tuple[str, ...]:
    """Every way of naming the country of an adjective before a body, the adjective first:
    "American", "US", "USA", "United States" ... (a body may be filed under any of them)."""
    return (national, *(c for c, a in COUNTRY_ADJECTIVES.items() if a == national))


def respellings(name: str) -> tuple[str, ...]:
    """A body's name with its country's adjective spelled every other way ("American Central
    Intelligence Agency": "US Central Intelligence Agency", ...), as a file may know it; an
    adjective the two states of a divided country share only by the country's name ("Chinese
    Government" is no "PRC Government": the ROC's was Chinese too)."""
    national = leading_adjective(name)
    if national is None:
        return ()
    others = spellings(national)[1:]
    if shared_adjective(national):  # "Chinese X" may be "China X", never the PRC's alone
        others = tuple(other for other in others if other.casefold() in DIVIDED)
    return tuple(f"{s} {name[len(national) + 1 :]}" for s in others)


def leading_adjective(name: str) -> str | None:
    """The country's adjective a name begins with: "Soviet" of "Soviet Foreign Ministry",
    "North Korean" (not "North") of "North Korean Embassy"."""
    return next((a for a in _LONGEST_FIRST if name.startswith(f"{a} ")), None)


_LONGEST_FIRST = sorted(ADJECTIVES, key=len, reverse=True)
"""The adjectives, the longest first ("North Korean" before "Korean")."""


_SHARED = frozenset(filter(None, (adjective(country.title()) for country in DIVIDED)))
