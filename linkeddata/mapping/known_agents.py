"""Names a title gives in a wording that may also name a place or a thing ("Discusses the War
with Tariq Aziz", with Iran, with the Economy; "Georgi Dimitrov Diary", a "Pocket Diary"): an
agent only where the authority file knows one by the name, and otherwise nothing, neither a
stub nor a warning."""

from __future__ import annotations

import re

from ..parser.text import strip_article
from ..parser.vocabulary import DOC_TYPES
from ..record import Located, Title
from .authority import Authority
from .entities import AGENT_KINDS, Entity


def known_agents(names: tuple[Located[str], ...], authority: Authority) -> list[Entity]:
    """The one person or body the authority file knows by each name, when all its entries for
    the name are agents (a label a place shares is no agent's alone)."""
    found = []
    for name in names:
        known = authority.lookup(strip_article(name.value))
        if len(known) == 1 and known[0].kind in AGENT_KINDS:
            found.append(known[0])
    return found


_PERSONAL_TYPES = frozenset({"diary", "memoir"})
_PERSONAL_WORD = re.compile(
    r"\s(?i:"
    + "|".join(
        sorted((w for w, k in DOC_TYPES.items() if k in _PERSONAL_TYPES), key=len, reverse=True)
    )
    + r")\b"
)
"""Any wording of a diary or memoir ("Diaries", "Journal", "Recollections"), the longest first."""


def writer_before_type(title: Title, authority: Authority) -> list[Entity]:
    """The writer a diary's or memoir's title names before its type, with no "of" or "'s":
    "Chiang Kai-shek Diaries, January 1950", "Georgi Dimitrov Diary", when the authority file
    knows one person by those words (a word before the type is more often its kind: "Pocket
    Diary", "War Diary")."""
    if title.authors or title.doc_type is None or title.doc_type.value not in _PERSONAL_TYPES:
        return []
    found = _PERSONAL_WORD.search(title.text.value)
    if found is None:
        return []
    name = strip_article(title.text.value[: found.start()].strip())
    people = [e for e in authority.lookup(name) if e.kind == "person"] if name else []
    return people if len(people) == 1 else []
