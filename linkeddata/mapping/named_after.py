"""Things named after a person or a place that the words around the name show, beyond the
capitalised words after it (:data:`.name_neighbours.AFTER_ANY`): a ship ("the tanker
Bucharest"), a group or a garment written in lower case after the name ("the Colombo powers", "Mao
suits", "a Panama hat", "the Munich analogy"), an affair after a place's ("the Leningrad
affair"), a feature before it ("Lake Nasser", "Lake Geneva"), a mood of a place ("the spirit
of Camp David"), a peer's title ("the Prince of Wales") and a newspaper ("O Estado de São
Paulo").

:mod:`.longer_names` asks here first (:func:`named_after`) and reads the capitalised words
after a name itself ("the Stalin Prize", from :mod:`.name_neighbours`' lists); the lists
below are this module's own, since no other reading uses them.
"""

from __future__ import annotations

from .name_neighbours import PARTICLES
from .scanned_text import Text

VESSELS = frozenset(
    {"ship", "tanker", "freighter", "steamer", "vessel", "liner", "cruiser", "destroyer"}
    | {"submarine", "motorship", "icebreaker", "trawler", "frigate", "carrier", "schooner"}
)
"""Words before a name that make a ship of it: "the Soviet tanker Bucharest"."""
THINGS_AFTER = frozenset(
    {"powers", "suit", "suits", "jacket", "jackets", "hat", "hats", "analogy", "syndrome"}
)
"""Words in lower case after a name that make a thing of it: "the Colombo powers", "Mao
suits", "a Panama hat", "the Munich analogy" (in capitals they are
:data:`.name_neighbours.AFTER_ANY`'s)."""
PLACE_THINGS_AFTER = frozenset({"affair", "affairs"})
"""Words in lower case after a place's name that make a thing of it: "the Leningrad affair";
after a person's name the affair is the person's case and names them ("the Gao Gang
affair", "the Kim Dae-jung affair")."""
FEATURES = frozenset({"lake", "mount", "cape", "fort"})
"""Capitalised words before a name that make a feature of it: "Lake Nasser", "Mount Kenya",
"Fort Testov"."""
MOODS = frozenset({"spirit"})
"""Words before "of" and a place's name that make a mood of it: "the spirit of Camp David"
(of a person it is theirs: "in the spirit of Kim Il Sung's teachings" names him)."""
PEERAGES = frozenset({"prince", "princess", "duke", "duchess", "earl", "marquess", "marquis"})
"""Titles before "of" and a place that make a person's title of it: "the Prince of Wales",
"the Duke of Edinburgh"."""
_TITLED_PEERAGES = frozenset(word.title() for word in PEERAGES)
NEWSPAPERS = frozenset(
    {"estado", "jornal", "folha", "diário", "diario", "correio", "correo", "gazeta", "tribuna"}
)
"""Capitalised words before a particle and a place's name that make a newspaper of it: "O
Estado de São Paulo", "Jornal do Brasil", "Folha de S. Paulo"."""
ORDERS = frozenset({"order", "orders"})
"""Words before "of" and a person's name that make a decoration of it: "the Order of Lenin",
"the Order of Karl Marx" speak of no one."""


def named_after(text: Text, start: int, end: int, kind: str = "place") -> bool:
    """Whether the name ``words[start:end]``, of an entity of ``kind``, names a thing named
    after it (text in capitals, a cable, says nothing of it)."""
    words, gaps = text.words, text.gaps
    before = words[start - 1] if start > 0 and gaps[start] == " " else ""
    after = words[end] if end < len(words) and gaps[end] == " " else ""
    return (
        (before.islower() and before in VESSELS)
        or (before[:1].isupper() and before.casefold() in FEATURES)
        or (after.islower() and after in THINGS_AFTER)
        or (kind == "place" and after.islower() and after in PLACE_THINGS_AFTER)
        or (
            kind == "place"
            and before == "of"
            and start > 1
            and words[start - 2].casefold() in MOODS
        )
        or (before == "of" and start > 1 and words[start - 2] in _TITLED_PEERAGES)
        or (
            kind == "place"
            and before in PARTICLES
            and start > 1
            and words[start - 2][:1].isupper()
            and words[start - 2].casefold() in NEWSPAPERS
        )
        or (
            kind == "person"
            and before == "of"
            and start > 1
            and words[start - 2].casefold() in ORDERS
        )
    )
