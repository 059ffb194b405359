"""The years a state of the collection's period existed, which tell which state a capital was
in on a record's date: Hanoi in North Vietnam until 1976 and in Vietnam after, Bonn in West
Germany until 1990 and in Germany after, Moscow in the Soviet Union until 1991; and the years
a city was its state's capital, where the state moved it: an embassy "in China" of 1947 sat
in Nanjing, not Beijing."""

from __future__ import annotations

_YEARS: dict[str, tuple[tuple[int | None, int | None], ...]] = {
    "Soviet Union": ((1922, 1991),),
    "North Vietnam": ((1945, 1976),),
    "South Vietnam": ((1955, 1975),),
    "Vietnam": ((1976, None),),
    "West Germany": ((1949, 1990),),
    "East Germany": ((1949, 1990),),
    "Germany": ((None, 1945), (1990, None)),
    "Czechoslovakia": ((1918, 1992),),
    "Yugoslavia": ((1918, 2003),),
    "Bangladesh": ((1971, None),),
    "South Yemen": ((1967, 1990),),
    "Malaya": ((1957, 1963),),
    "Malaysia": ((1963, None),),
}
"""Each state by the authority file's label, and its years (first and last, both inclusive;
None: open). A state not listed lasted the whole period."""


_CAPITAL_YEARS: dict[str, tuple[tuple[int | None, int | None], ...]] = {
    "Saigon": ((1955, 1975),),
    "Beijing": ((1949, None),),
    "Nanjing": ((1927, 1937), (1946, 1949)),
    "Chongqing": ((1937, 1946),),
    "Karachi": ((1947, 1959),),
    "Rawalpindi": ((1959, 1967),),
    "Islamabad": ((1967, None),),
    "Rio de Janeiro": ((None, 1960),),
    "Brasília": ((1960, None),),
}
"""Each capital a state moved, by the authority file's label, and the years it was the
capital (both inclusive, so a year of the move tells neither). A city not listed was its
state's capital for the whole period."""


def existed(state: str, year: int) -> bool:
    """Whether the state the authority file labels ``state`` existed in ``year``."""
    return _within(_YEARS.get(state, ((None, None),)), year)


def was_capital(city: str, year: int) -> bool:
    """Whether the capital the authority file labels ``city`` was its state's in ``year``."""
    return _within(_CAPITAL_YEARS.get(city, ((None, None),)), year)


def _within(spans: tuple[tuple[int | None, int | None], ...], year: int) -> bool:
    return any((a is None or a <= year) and (b is None or year <= b) for a, b in spans)
