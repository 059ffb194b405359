"""An agency named right before the document type, which wrote it: "KGB Report", "State
Department Telegram", "Lithuanian KGB Report", "Bulgarian Ministry of Foreign Affairs
Information on ..." (never an adjective, "Yugoslav Record")."""

from __future__ import annotations

import re

from .doctypes import listed_names
from .name_words import SERVICE_STATION
from .names import name_kind, personal_name_shape
from .quoted_works import QUOTE_OPENS, a_maker, shaped_maker
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
_QUOTED = re.compile(r"(?<=,)\s*['‘\"“]$")
"""A quote between the comma after the author and the quoted work's type."""
_NAME_FUNCTION_WORDS = frozenset({"of", "the", "for", "and", "on"})


def _a_name(text: str) -> bool:
    """Whether the words before a type are a name ("Department of State", "Bulgarian Ministry
    of Foreign Affairs"), not a phrase ("Excerpt from the Legation's Annual")."""
    return (
        "'" not in text
        and "’" not in text
        and all(word[0].isupper() or word in _NAME_FUNCTION_WORDS for word in text.split())
    )


def author_first(before: str) -> int | None:
    """Where the author ends that opens a title before a comma and its type: an agent by its
    wording ("Polish Embassy in Hanoi, Cable No. 5427"), or a person's name before a quoted
    work ("Testo Testman, 'Instruction on ...'", never "Testo Testman, 'Our Tasks'" untyped)."""
    quoted = _QUOTED.search(before)
    named = before[: quoted.start()] if quoted else before
    if not named.endswith(","):
        return None
    author = named[:-1].strip()
    by_shape = quoted is not None and personal_name_shape(author)
    return len(named) - 1 if name_kind(author) is not None or by_shape else None


def agency_before_type(before: str) -> bool:
    """Whether the words before the type name the agency that wrote it: "KGB Report", "State
    Department Telegram", "Lithuanian KGB Report", "Bulgarian Ministry of Foreign Affairs
    Information" (not "Yugoslav Record", an adjective), or the person who made it: "Zhou
    Testan Speech to ..."."""
    return (
        _AGENCY.fullmatch(before) is not None
        or a_service(before)
        or (name_kind(before) == "org" and _a_name(before))
        or listed_names(before)
        or a_maker(before)
    )


def quoted_maker(text: str, type_start: int) -> int | None:
    """Where a maker's name begins inside a quoted title before its type ("Testburg Summary,
    'Zhou Testan Speech to ...'"): the quoted title's maker is the document's."""
    quotes = list(QUOTE_OPENS.finditer(text, 0, type_start))
    opened = quotes[-1] if quotes else None
    maker = text[opened.end() : type_start].strip() if opened else ""
    if opened is None or not (a_maker(maker) or shaped_maker(maker)):
        return None
    return opened.end()


def sent_by_post(
    joined: Joined,
    doc_type: str | None,
    span: tuple[int, int],
    sent: tuple[str, ...],
    system: str,
) -> bool:
    """Whether a cable names its sender after the type (``span``: the type's end, the head's),
    a post or a body of its own: the ``system`` it went through, named before the type, is
    then no author ("State Department Cable, Embassy Testburg to Secretary of State" is the
    embassy's, "CIA Cable, Station Testburg to Headquarters" the station's; "State Department
    Telegram 123 to Embassy Testburg" the Department's, and so is one its head or a person
    sends: "..., Secretary of State to Embassy Testburg", "..., Testov to Embassy Testburg")."""
    if doc_type not in TELEGRAPHIC_TYPES:
        return False
    posts = any(_a_post(strip_article(name), system) for name in sent)
    return posts or bool(body_after_type(joined, *span))


def _a_post(name: str, system: str) -> bool:
    """Whether a sender is a body, or the station of the service named before the type."""
    service, head = system.split()[-1:], name.split()[:1]
    station = _SERVICE_STATION.fullmatch(" ".join(service + head)) is not None
    return name_kind(name) == "org" or station


_SERVICE_STATION = re.compile(rf"(?i:{SERVICE_STATION})")
