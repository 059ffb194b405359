"""States a treaty is between: "Treaty between the USSR and the Federal Republic of Germany"
was made by the two states, whose governments are the agents that conclude it (a state is a
place in the authority file, and a place makes nothing)."""

from __future__ import annotations

from ..record import Located
from .gazetteer import is_state, names_a_state, state_of_regime
from .text import strip_article

_STATES_PARTIES = frozenset({"treaty", "communique", "statement"})
"""Joint texts whose "between" names states as their parties; an exchange of letters between
states names no one who wrote them."""


def states_governments(names: tuple[Located[str], ...], doc_type: str | None) -> list[Located[str]]:
    """The parties "between" names, a state's name standing for its government in a treaty, a
    communiqué or a joint statement ("the USSR" is the Government of the USSR, "Socialist
    Ethiopia" that of Ethiopia); a body or a person stays as written."""
    if doc_type not in _STATES_PARTIES:
        return list(names)
    governments = []
    for name in names:
        bare = strip_article(name.value)
        state = bare if is_state(bare) else state_of_regime(bare) if names_a_state(bare) else None
        governments.append(Located(f"Government of {state}", name.line) if state else name)
    return governments
