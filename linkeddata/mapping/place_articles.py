"""Places whose article is part of their name ("The Hague"): a title's parties are read
without a leading "the" ("the Romanian Embassy" is the Romanian Embassy), which leaves
"Hague", no place the authority file knows, where the title wrote "..., The Hague"."""

from __future__ import annotations

from dataclasses import replace

from ..record import Located, Title
from .authority import Authority

_ARTICLE = "The "


def with_place_articles(title: Title, authority: Authority) -> Title:
    """The title with each party and place named by a place whose article is part of its
    name read whole, as the title writes it (a capital "The", which a phrase's "the" is not:
    "..., the Hague Convention" names a treaty) and the authority file knows it."""
    text = title.text.value

    def whole(names: tuple[Located[str], ...]) -> tuple[Located[str], ...]:
        return tuple(_whole(name, text, authority) for name in names)

    return replace(
        title,
        senders=whole(title.senders),
        recipients=whole(title.recipients),
        origins=whole(title.origins),
        destinations=whole(title.destinations),
    )


def _whole(name: Located[str], text: str, authority: Authority) -> Located[str]:
    full = f"{_ARTICLE}{name.value}"
    if full not in text or authority.lookup(name.value):
        return name
    places = [e for e in authority.lookup(full) if e.kind == "place"]
    return Located(full, name.line) if places else name
