"""States a treaty is between: "Treaty between the USSR and the Federal Republic of Germany"
was made by the two states, whose governments are the agents that conclude it (a state is a
place in the authority file, and a place makes nothing)."""

from __future__ import annotations

from ..record import Located
from .demonyms import DIVIDED, adjective, shared_adjective
from .gazetteer import is_state, names_a_state, state_of_regime
from .text import strip_article

_STATES_PARTIES = frozenset({"treaty", "communique", "statement"})
"""Joint texts whose "between" names states as their parties; an exchange of letters between
states names no one who wrote them."""


def states_governments(names: tuple[Located[str], ...], doc_type: str | None) -> list[Located[str]]:
    """The parties "between" names, a state's name standing for its government in a treaty, a
    communiqué or a joint statement ("the USSR" is the Government of the USSR, "Socialist
    Ethiopia" that of Ethiopia); one of a divided country's states whose adjective the other
    shares stands for the government of that state as named ("the PRC" is the Government of
    the PRC, "the Republic of China" that of the Republic of China: neither a "Chinese
    Government"); a body, a person, a state the demonyms do not name and a divided country's
    bare name ("China", "Germany") stay as written."""
    if doc_type not in _STATES_PARTIES:
        return list(names)
    return [_government(name) for name in names]


def _government(name: Located[str]) -> Located[str]:
    """The government a treaty's party ``name`` stands for, if it names a state."""
    bare = strip_article(name.value)
    state = bare if is_state(bare) else state_of_regime(bare) if names_a_state(bare) else None
    if state is None or bare.casefold() in DIVIDED or (national := adjective(state)) is None:
        return name
    if shared_adjective(national) or state.casefold() in DIVIDED:
        return Located(f"Government of the {bare}", name.line)  # "the PRC", as written
    return Located(f"Government of {state}", name.line)
