"""An "and" inside one body's or office's name, never between two parties: "the Foreign and
Commonwealth Office", "the Arms Control and Disarmament Agency", "the Bureau of Intelligence
and Research", "the Secretary of State for Foreign and Commonwealth Affairs", "the Ministry
of Mines and Energy". Only the last part carries the head word (Office, Agency, Bureau), and
the part before "and" names a field ("Arms Control", "Foreign"), no one; two complete names,
each with its own head or article ("the Soviet Embassy and the Polish Embassy"), stay two."""

from __future__ import annotations

import re
from itertools import takewhile

from .clauses import NOUN_WORD
from .name_words import DELEGATION_KIND
from .names import government_field, name_kind, personal_name_shape
from .office_words import office_only

_AND_ONLY = re.compile(r"\s+(?:and|&)\s+")
_IN_NAME = re.compile(r"\s(?i:for|of|on)\s+(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*$")
"""A body's name that ends in what it is for or of, which "and" may go on with."""
_FIELD_WORD = re.compile(r"(?i:foreign|home|internal|external|arms)")
"""Words that name a field before "and" as a noun does ("Foreign and Commonwealth")."""
_FIELDS = re.compile(r"(?i:(?<!ing)s)$")
"""A plural that ends a field of several words ("Commonwealth Affairs", "Economic Relations"),
never a family name's "-ings" ("Hastings")."""
_ARTICLE = re.compile(r"\s*(?i:the|an?)\s")
_KIND_OF_GROUP = re.compile(
    rf"{DELEGATION_KIND}\s+(?i:delegations?|missions?|groups?|commissions?)"
)
_KIND_ENDS = re.compile(rf"(?:^|\s){DELEGATION_KIND}$")


def _field(name: str) -> bool:
    """Whether capitalised words name a field, not a person ("Arms Control", "Research",
    "Commonwealth Affairs", "Foreign", "Cooperation in Testland"): nouns all, or several words
    ending in a plural noun, before any "in" or "of" that qualifies them."""
    words = list(takewhile(lambda word: word[:1].isupper(), name.split()))
    plural = len(words) > 1 and _FIELDS.search(words[-1]) and NOUN_WORD.search(words[-1])
    return (
        bool(words)
        and (plural or all(NOUN_WORD.search(w) or _FIELD_WORD.fullmatch(w) for w in words))
        and (name_kind(name) is None or government_field(name))  # "Commonwealth Affairs"
        and not personal_name_shape(name)
    )


def goes_on(before: str, between: str, raw: str) -> bool:
    """Whether ``raw``, after the name ``before`` and the words ``between`` them, goes on with
    that name: "Bureau of Intelligence" and "Research" (a field after the body's "of" or
    "for"), "Arms Control" and "Disarmament Agency" (a field, then the head with no article
    of its own), or "Vietnamese Party" and "Government Delegation" (two kinds of one group)."""
    if _AND_ONLY.fullmatch(between) is None or _ARTICLE.match(raw):
        return False
    name = raw.strip()
    if _KIND_OF_GROUP.fullmatch(name) and _KIND_ENDS.search(before):
        return True  # "the Vietnamese Party and Government Delegation": one delegation
    if _IN_NAME.search(before) is not None:  # "for Science and Technology"
        return _field(name)
    headed = name_kind(name) == "org" or office_only(name)
    return headed and _field(before)
