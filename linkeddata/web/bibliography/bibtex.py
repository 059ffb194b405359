"""The BibTeX (biblatex) citation of a :class:`~.work.Work`."""

from __future__ import annotations

from collections.abc import Iterable

from .work import Work, language_names

_TEX = str.maketrans(
    {
        "\\": r"\textbackslash{}",
        "{": r"\{",
        "}": r"\}",
        "%": r"\%",
        "&": r"\&",
        "$": r"\$",
        "#": r"\#",
        "_": r"\_",
        "~": r"\textasciitilde{}",
        "^": r"\textasciicircum{}",
    }
)


def _tex(text: str) -> str:
    r"""Text as a BibTeX value: specials escaped, whitespace folded, non-ASCII kept.

    >>> _tex("50% of {R&D} in Ploiești_1")
    '50\\% of \\{R\\&D\\} in Ploiești\\_1'
    """
    return " ".join(text.split()).translate(_TEX)


def _names_tex(names: Iterable[str]) -> str:
    """Names joined by ``and``, each braced: taken literally, never split or reordered."""
    return " and ".join(f"{{{_tex(name)}}}" for name in names)


def bibtex(w: Work) -> str:
    """A BibTeX ``@misc`` entry; ``date``, ``translator`` and ``library`` (the shelfmark)
    are biblatex fields that classic BibTeX ignores."""
    fields = [
        ("title", f"{{{_tex(w.title)}}}" if w.title else None),  # braced: case kept
        ("author", _names_tex(w.authors) if w.authors else None),
        ("translator", _names_tex(w.translators) if w.translators else None),
        ("date", "-".join(f"{p:02d}" for p in w.issued) if w.issued else None),
        ("year", str(w.issued[0]) if w.issued else None),
        ("howpublished", _tex(w.collection) if w.collection else None),
        ("organization", _names_tex(w.archives) if w.archives else None),
        ("library", _tex("; ".join(w.shelfmarks)) if w.shelfmarks else None),
        ("language", _tex(", ".join(language_names(w.languages))) if w.languages else None),
        ("url", _url(w.url) if w.url else None),
        ("annote", _tex(w.citation) if w.citation else None),
    ]
    body = "".join(f"  {name} = {{{value}}},\n" for name, value in fields if value)
    return f"@misc{{{w.key},\n{body}}}\n"


def _url(url: str) -> str:
    """A URL for a verbatim BibTeX field: only braces and spaces need encoding."""
    return url.replace("{", "%7B").replace("}", "%7D").replace(" ", "%20")
