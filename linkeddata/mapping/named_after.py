"""Things named after a person or a place that the words around the name show, beyond the
capitalised words after it (:data:`.name_neighbours.AFTER_ANY`): a ship ("the tanker
Bucharest"), a group, a garment or an affair written in lower case after the name ("the
Colombo powers", "Mao suits", "the Leningrad affair"), a feature before it ("Lake Nasser",
"Lake Geneva"), a mood ("the spirit of Camp David") and a peer's title ("the Prince of
Wales")."""

from __future__ import annotations

from .scanned_text import Text

VESSELS = frozenset(
    {"ship", "tanker", "freighter", "steamer", "vessel", "liner", "cruiser", "destroyer"}
    | {"submarine", "motorship", "icebreaker", "trawler", "frigate", "carrier", "schooner"}
)
"""Words before a name that make a ship of it: "the Soviet tanker Bucharest"."""
THINGS_AFTER = frozenset(
    {"powers", "affair", "suit", "suits", "jacket", "jackets", "hat", "hats", "analogy"}
    | {"syndrome"}
)
"""Words in lower case after a name that make a thing of it: "the Colombo powers", "the
Leningrad affair", "Mao suits", "a Panama hat", "the Munich analogy" (in capitals they are
:data:`.name_neighbours.AFTER_ANY`'s)."""
FEATURES = frozenset({"lake", "mount", "cape"})
"""Capitalised words before a name that make a feature of it: "Lake Nasser", "Mount Kenya"."""
MOODS = frozenset({"spirit"})
"""Words before "of" and a name that make a mood of it: "the spirit of Camp David"."""
PEERAGES = frozenset({"prince", "princess", "duke", "duchess", "earl", "marquess", "marquis"})
"""Titles before "of" and a place that make a person's title of it: "the Prince of Wales",
"the Duke of Edinburgh"."""


def named_after(text: Text, start: int, end: int) -> bool:
    """Whether the name ``words[start:end]`` names a thing named after it (text in capitals,
    a cable, says nothing of it)."""
    words, gaps = text.words, text.gaps
    before = words[start - 1] if start > 0 and gaps[start] == " " else ""
    after = words[end] if end < len(words) and gaps[end] == " " else ""
    return (
        (before.islower() and before in VESSELS)
        or (before[:1].isupper() and before.casefold() in FEATURES)
        or (after.islower() and after in THINGS_AFTER)
        or (before == "of" and start > 1 and words[start - 2].casefold() in MOODS)
        or (before == "of" and start > 1 and words[start - 2] in {w.title() for w in PEERAGES})
    )
