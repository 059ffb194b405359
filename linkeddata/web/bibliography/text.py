"""The formatted reference of a :class:`~.work.Work` (``text/x-bibliography``): one fixed
style, Chicago-like."""

from __future__ import annotations

from .work import Work

MONTHS = (
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
)


def bibliography(w: Work) -> str:
    """One formatted reference, Chicago-like; missing parts are left out, not marked."""
    parts = [
        _sentence(", ".join(w.authors)),
        f"\u201c{_sentence(w.title)}\u201d" if w.title else "",
        _sentence(_date_text(w.issued)),
        _sentence(f"Translated by {' and '.join(w.translators)}" if w.translators else ""),
        _sentence(", ".join((*w.shelfmarks, *w.archives))),
        _sentence(w.collection or ""),
        _sentence(w.url or ""),
    ]
    return " ".join(" ".join(p.split()) for p in parts if p) + "\n"


def _sentence(text: str | None) -> str:
    """``text`` ending with a full stop, unless it already ends a sentence."""
    text = (text or "").strip()
    return text if not text or text[-1] in ".?!" else f"{text}."


def _date_text(parts: tuple[int, ...]) -> str:
    """``May 1, 1967``, ``December 1980`` or ``1955``.

    >>> _date_text((1967, 5, 1)), _date_text((1980, 12)), _date_text(())
    ('May 1, 1967', 'December 1980', '')
    """
    if len(parts) == 3:
        return f"{MONTHS[parts[1] - 1]} {parts[2]}, {parts[0]}"
    if len(parts) == 2:
        return f"{MONTHS[parts[1] - 1]} {parts[0]}"
    return str(parts[0]) if parts else ""
