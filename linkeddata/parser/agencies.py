"""An agency named right before the document type, which wrote it: "KGB Report", "State
Department Telegram", "Lithuanian KGB Report", "Bulgarian Ministry of Foreign Affairs
Information on ..." (never an adjective, "Yugoslav Record")."""

from __future__ import annotations

import re

from .names import name_kind
from .services import a_service
from .text import Joined, strip_article
from .title_lists import body_after_type
from .vocabulary import TELEGRAPHIC_TYPES

_AGENCY = re.compile(
    r"(?:[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*|(?:[A-Z][a-z]+\s+)*(?i:department|ministry|office|embassy"
    r"|committee|agency|bureau|service|secretariat|legation|mission|staff|council))"
)
"""An agency or a body named right before the type, without a comma: "KGB Report", "INR
Intelligence Note", "State Department Telegram" (not "Yugoslav Record", an adjective)."""
_NAME_FUNCTION_WORDS = frozenset({"of", "the", "for", "and", "on"})


def _a_name(text: str) -> bool:
    """Whether the words before a type are a name ("Department of State", "Bulgarian Ministry
    of Foreign Affairs"), not a phrase ("Excerpt from the Legation's Annual")."""
    return (
        "'" not in text
        and "’" not in text
        and all(word[0].isupper() or word in _NAME_FUNCTION_WORDS for word in text.split())
    )


def agency_before_type(before: str) -> bool:
    """Whether the words before the type name the agency that wrote it: "KGB Report", "State
    Department Telegram", "Lithuanian KGB Report", "Bulgarian Ministry of Foreign Affairs
    Information" (not "Yugoslav Record", an adjective)."""
    return (
        _AGENCY.fullmatch(before) is not None
        or a_service(before)
        or (name_kind(before) == "org" and _a_name(before))
    )


def sent_by_post(
    joined: Joined, doc_type: str | None, type_end: int, head_end: int, sent: tuple[str, ...]
) -> bool:
    """Whether a cable names its sender after the type, a post or a body of its own: the
    system it went through, named before the type, is then no author ("State Department
    Cable, Embassy Testburg to Secretary of State" is the embassy's; "State Department
    Telegram 123 to Embassy Testburg" the Department's, and so is one its head or a person
    sends: "..., Secretary of State to Embassy Testburg", "..., Testov to Embassy Testburg")."""
    if doc_type not in TELEGRAPHIC_TYPES:
        return False
    posts = any(name_kind(strip_article(name)) == "org" for name in sent)
    return posts or bool(body_after_type(joined, type_end, head_end))
