"""The words that name a building or an assembly where a document was made or a talk held:
"Great Hall of the People", "Kremlin Palace of Congresses", "Kumsusan Assembly Hall",
"Zhongnanhai" (the Chinese leadership's compound)."""

from __future__ import annotations

import re

VENUE = (
    r"(?i:hall|palace|house|building|theat(?:re|er)|stadium|square|kremlin|sejm|diet|assembly"
    r"|congress|parliament|chamber|club|hotel|residence|villa|guest\s?house|senate|reichstag"
    r"|volkskammer|duma|plenum|castle|lodge|gardens|street|zhongnanhai)"
)
VENUE_WORD = re.compile(rf"\b{VENUE}\b")
"""A building's or an assembly's word, which names a venue, never a person."""
