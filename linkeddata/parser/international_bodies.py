"""The international organisations and the office of the official at their head: the United
Nations' Secretary-General, the International Atomic Energy Agency's Director General. Such an
office names no state, so the title's "UN Secretary-General U Thant" or a signature's "Acting
Secretary-General" ties a letter to its organisation's letterhead ("UNITED NATIONS" / "New
York") only by knowing whose office it is.
"""

from __future__ import annotations

import re

_CHIEFS = {
    "united nations": "secretary general",
    "north atlantic treaty organization": "secretary general",
    "organization of american states": "secretary general",
    "organization of african unity": "secretary general",
    "league of arab states": "secretary general",
    "international atomic energy agency": "director general",
    "united nations educational scientific and cultural organization": "director general",
    "world health organization": "director general",
}
"""Each organisation's name, as its letterhead writes it, and the office at its head, which
its under- and deputy offices contain ("Under-Secretary-General", "Deputy Director General")."""
_NOT_LETTERS = re.compile(r"[^a-z]+")


def _plain(text: str) -> str:
    """A name folded to its words: "Secretary-General" is "secretary general"."""
    return " ".join(_NOT_LETTERS.sub(" ", text.casefold()).split())


def held_in(office: str, body: str) -> bool:
    """Whether an ``office`` ("Acting Secretary-General", "IAEA Director General Testov") is
    one of the international organisation's the letterhead's ``body`` names ("UNITED
    NATIONS")."""
    chief = _CHIEFS.get(_plain(body).removeprefix("the "))
    return chief is not None and re.search(rf"\b{chief}\b", _plain(office)) is not None
