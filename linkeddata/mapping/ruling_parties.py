"""The party that ruled a one-party state in a year: "the Central Committee" or "the
Politburo" that a state's mission or ministry reports to is that party's ("Report from the
Soviet Embassy in Hanoi to the Central Committee" goes to the CPSU's)."""

from __future__ import annotations

from .authority import Authority
from .entities import Entity

_RULING: dict[str, tuple[tuple[int, str], ...]] = {
    "Soviet": ((1925, "VKP(b)"), (1952, "CPSU")),
    "Hungarian": ((1948, "HWP"), (1956, "HSWP")),
    "Polish": ((1948, "PUWP"),),
    "Czechoslovak": ((1948, "CPCz"),),
    "Bulgarian": ((1948, "BCP"),),
    "East German": ((1949, "SED"),),
    "Chinese": ((1949, "CCP"),),
    "North Korean": ((1948, "KWP"),),
    "North Vietnamese": ((1951, "VWP"),),
    "Vietnamese": ((1951, "VWP"), (1976, "CPV")),
    "Mongolian": ((1921, "MPRP"),),
    "Romanian": ((1948, "RWP"), (1965, "RCP")),
    "Yugoslav": ((1952, "LCY"),),
}
"""Each state's ruling parties by the year they took that name (the authority file's
abbreviations): within a year of a change, and before the first, no party is told."""


def ruling_party(authority: Authority, national: str, year: int | None) -> Entity | None:
    """The party that ruled the state of ``national`` (an adjective: "Soviet") in ``year``;
    none where the year is unknown and the party changed its name, or in a year it did."""
    parties = _RULING.get(national, ())
    if year is None:
        known = parties[0][1] if len(parties) == 1 else None
    else:
        since = [label for start, label in parties if start <= year]
        changed = any(start == year for start, _ in parties[1:])
        known = since[-1] if since and not changed else None
    found = [e for e in authority.lookup(known) if e.kind == "org"] if known else []
    return found[0] if len(found) == 1 else None
