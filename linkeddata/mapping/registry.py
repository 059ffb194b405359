"""The registry numbers of a record, as the mapping publishes them and replies are resolved
against them (one definition for both)."""

from __future__ import annotations

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
