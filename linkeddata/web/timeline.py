"""A timeline of documents per year, drawn on the server as SVG (no script needed).

Every year from the first to the last gets a slot, so gaps show; a year with documents is a
bar linking to them, named by its own ``<title>`` ("1967: 12 documents") for screen readers
and as a tooltip. The chart has a title and a description that says what it shows in words.
Geometry is computed here; ``_timeline.html`` writes the elements, styled by classes only.

>>> chart = timeline([(1950, 2), (1953, 8)], lambda year: f"/search?year={year}")
>>> [(b.year, b.count, b.href) for b in chart.bars]
[(1950, 2, '/search?year=1950'), (1953, 8, '/search?year=1953')]
>>> chart.description
'Documents per year, 1950 to 1953: 10 in all, most in 1953 (8). Each bar links to its year.'
>>> [t.text for t in chart.ticks]  # 20 slots of 30 units: every other year
['1950', '1952']
>>> [t.text for t in timeline([(1967, 1)], str).ticks]
['1967']
>>> [t.text for t in timeline([(1903, 1), (1999, 1)], str).ticks][:3]
['1910', '1920', '1930']
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

WIDTH = 600
PLOT = 100
HEIGHT = PLOT + 18
MIN_BAR = 1.5
MIN_SLOTS = 20  # a few years are drawn as narrow bars in the middle, not as wide blocks
TICK_SPACE = 60
"""Units between two year labels: a label is ~52 units wide at the 20-unit font a phone needs
(the chart is drawn ~330 px wide there), so that labels never overlap."""
STEPS = (1, 2, 5, 10, 20, 50, 100, 200, 500)


@dataclass(frozen=True)
class Bar:
    year: int
    count: int
    href: str
    x: float
    y: float
    width: float
    height: float

    @property
    def name(self) -> str:
        return f"{self.year}: {self.count} document{'s' if self.count != 1 else ''}"


@dataclass(frozen=True)
class Tick:
    x: float
    text: str


@dataclass(frozen=True)
class Timeline:
    bars: tuple[Bar, ...]
    ticks: tuple[Tick, ...]
    description: str
    width: int = WIDTH
    height: int = HEIGHT
    plot: int = PLOT


def timeline(counts: Sequence[tuple[int, int]], href: Callable[[int], str]) -> Timeline | None:
    """The chart of ``(year, documents)`` pairs (None without any), each bar to ``href(year)``."""
    counts = sorted((year, n) for year, n in counts if n > 0)
    if not counts:
        return None
    first, last = counts[0][0], counts[-1][0]
    years = last - first + 1
    slot = WIDTH / max(years, MIN_SLOTS)
    left = (WIDTH - slot * years) / 2
    highest = max(n for _, n in counts)
    bars = tuple(
        Bar(
            year,
            n,
            href(year),
            x=round(left + (year - first) * slot + slot * 0.1, 2),
            y=round(PLOT - _height(n, highest), 2),
            width=round(max(slot * 0.8, 0.5), 2),
            height=round(_height(n, highest), 2),
        )
        for year, n in counts
    )
    step = next((s for s in STEPS if s * slot >= TICK_SPACE), STEPS[-1])
    ticks = tuple(
        Tick(round(left + (year - first + 0.5) * slot, 2), str(year))
        for year in range(first, last + 1)
        if (year - first if step < 5 else year) % step == 0  # round years once they are far apart
    )
    peak = max(counts, key=lambda c: (c[1], -c[0]))
    total = sum(n for _, n in counts)
    description = (
        f"Documents per year, {first} to {last}: {total} in all, most in {peak[0]} ({peak[1]})."
        " Each bar links to its year."
    )
    return Timeline(bars, ticks, description)


def _height(count: int, highest: int) -> float:
    return max(PLOT * count / highest, MIN_BAR)
