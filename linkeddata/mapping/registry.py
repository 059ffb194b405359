"""The registry numbers of a record, as the mapping publishes them and replies are resolved
against them (one definition for both)."""

from __future__ import annotations

from collections.abc import Callable

from ..parser.body_numbers import cable_post
from ..parser.cable_routing import CABLE_SERIES
from ..record import Record


def registry_numbers(record: Record) -> tuple[str, ...]:
    """The registry numbers a record bears (title first, then body), each once: a title's
    number that the body writes in full ("600308" and "Nº 600308/sh") is that one number, and
    so is one written in another case ("State 265432" and the cable's "STATE 265432")."""
    title = [n.value for n in (record.title.registry_numbers if record.title else ())]
    body = [n.value for n in record.body_registry_numbers]
    fuller = {
        number
        for number in title
        if any(b != number and b.startswith(number) and not b[len(number)].isdigit() for b in body)
    }
    once = {n.casefold(): n for n in reversed([*title, *body]) if n not in fuller}
    return tuple(dict.fromkeys(once[n.casefold()] for n in [*title, *body] if n not in fuller))


def answerable(number: str, is_place: Callable[[str], bool]) -> bool:
    """Whether a number a reply names can be a message answered: a REF line's cable only when
    its post is a place (``is_place``: the authority file knows it, "BONN 14872") or an
    American cable series ("STATE 98765", "USNATO 5555"), never a document's type or a word of
    the sentence ("NSSM 219", "PUBLIC LAW 480", "OUR 1234"); a number of any other form is."""
    post = cable_post(number)
    return post is None or post in CABLE_SERIES or is_place(post)
