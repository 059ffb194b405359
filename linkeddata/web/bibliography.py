"""Citations of a document by content negotiation: BibTeX, RIS, CSL-JSON and formatted text.

Pure functions, as DOI services offer them. A :class:`Work` is read from the store's
:class:`~linkeddata.store.Description` of a document (a ``rico:Record``) and of its
translations (the translator is named on the translation, not on the record)::

    document = store.describe(iri)
    translations = [store.describe(t.value) for t in document.objects(WORK_TRANSLATION)]
    text = render("bibtex", work(document, [t for t in translations if t]))

Nothing is invented: a datum the description lacks is left out of every format (no "n.d.",
no guessed URL, no split of a name into given and family parts, which the data does not
make: names are literal). The cataloguer's guessed date (``ado:editorialDate``) is not the
document's date and is not cited. The URL is the canonical public page
(``schema:mainEntityOfPage``); the document's IRI is the CSL item ``id``.

The formats (names, media types, extensions) are the ``citation`` kind of
:mod:`linkeddata.formats`; :data:`WRITERS` has the writer of each. The formatted text
(``text/x-bibliography``) has one fixed style, Chicago-like (author, "title," date,
translator, archive and shelfmark, collection, URL); a ``style`` or ``locale`` parameter is
ignored. Every output is a ``str`` to send as UTF-8.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import pycountry
from pyoxigraph import Literal, NamedNode
from rdflib.namespace import DCTERMS, XSD

from ..store import Description, display_label
from ..vocab import ADO, RICO, SCHEMA

__all__ = [
    "WORK_TRANSLATION",
    "WRITERS",
    "Work",
    "bibliography",
    "bibtex",
    "csl_json",
    "render",
    "ris",
    "work",
]

WORK_TRANSLATION = str(SCHEMA.workTranslation)
MONTHS = (
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
)
_PRECISION = {str(XSD.date): 3, str(XSD.gYearMonth): 2, str(XSD.gYear): 1}
_DATE = re.compile(r"(-?\d{4,})(?:-(\d{2}))?(?:-(\d{2}))?")


@dataclass(frozen=True)
class Work:
    """What a citation can say about one document, each field read from the store.

    ``issued`` holds the date parts at the precision the record gives: ``(1967, 5, 1)``,
    ``(1980, 12)`` or ``(1955,)``; ``languages`` are BCP 47 codes (``schema:inLanguage``).
    """

    iri: str
    title: str | None = None
    issued: tuple[int, ...] = ()
    identifier: str | None = None
    authors: tuple[str, ...] = ()
    translators: tuple[str, ...] = ()
    collection: str | None = None
    archives: tuple[str, ...] = ()
    shelfmarks: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    url: str | None = None
    citation: str | None = None

    @property
    def key(self) -> str:
        """A citation key that stays the same from one release to the next.

        >>> Work("http://example.org/id/document/116702", identifier="116702").key
        'doc-116702'
        """
        source = self.identifier or self.iri.rstrip("/").rsplit("/", 1)[-1]
        return "doc-" + (re.sub(r"[^A-Za-z0-9.:-]+", "-", source).strip("-") or "untitled")


def work(document: Description, translations: Iterable[Description] = ()) -> Work:
    """The citable data of ``document`` (and of its ``translations``, for the translators)."""
    holders = (*_names(document, RICO.hasOrHadHolder), *_names(document, SCHEMA.holdingArchive))
    return Work(
        iri=document.iri,
        title=display_label((str(DCTERMS.title), t) for t in _literals(document, DCTERMS.title)),
        issued=_issued(_literals(document, DCTERMS.created)),
        identifier=_first(_values(document, DCTERMS.identifier)),
        authors=_names(document, DCTERMS.creator),
        translators=tuple(
            dict.fromkeys(n for t in translations for n in _names(t, SCHEMA.translator))
        ),
        collection=_first(_names(document, DCTERMS.isPartOf)),
        archives=tuple(dict.fromkeys(holders)),
        shelfmarks=_values(document, ADO.shelfmark),
        languages=_values(document, SCHEMA.inLanguage),
        url=_first(
            o.value
            for o in document.objects(str(SCHEMA.mainEntityOfPage))
            if isinstance(o, NamedNode)
        ),
        citation=_first(_values(document, DCTERMS.bibliographicCitation)),
    )


def _literals(description: Description, predicate: str) -> list[Literal]:
    return [o for o in description.objects(str(predicate)) if isinstance(o, Literal)]


def _values(description: Description, predicate: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(o.value for o in _literals(description, predicate)))


def _names(description: Description, predicate: str) -> tuple[str, ...]:
    """Labels of the linked resources ``predicate`` points to; unlabelled ones are skipped."""
    links = description.objects(str(predicate))
    found = (description.link_label(o.value) for o in links if isinstance(o, NamedNode))
    return tuple(sorted({name for name in found if name}))


def _first(values: Iterable[str]) -> str | None:
    return next(iter(values), None)


def _issued(dates: list[Literal]) -> tuple[int, ...]:
    """Date parts of the first well-formed ``xsd:date``, ``gYearMonth`` or ``gYear``."""
    for date in dates:
        precision = _PRECISION.get(date.datatype.value)
        match = _DATE.match(date.value)  # a time zone may follow: it is not cited
        if precision is None or match is None:
            continue
        parts = tuple(int(p) for p in match.groups()[:precision] if p is not None)
        if len(parts) == precision and _plausible(parts):
            return parts
    return ()


def _plausible(parts: tuple[int, ...]) -> bool:
    return (len(parts) < 2 or 1 <= parts[1] <= 12) and (len(parts) < 3 or 1 <= parts[2] <= 31)


# --- BibTeX -----------------------------------------------------------------------------------

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
        ("language", _tex(", ".join(_language_names(w.languages))) if w.languages else None),
        ("url", _url(w.url) if w.url else None),
        ("annote", _tex(w.citation) if w.citation else None),
    ]
    body = "".join(f"  {name} = {{{value}}},\n" for name, value in fields if value)
    return f"@misc{{{w.key},\n{body}}}\n"


def _url(url: str) -> str:
    """A URL for a verbatim BibTeX field: only braces and spaces need encoding."""
    return url.replace("{", "%7B").replace("}", "%7D").replace(" ", "%20")


def _language_names(codes: Iterable[str]) -> list[str]:
    """English names of language codes (``ro`` -> ``Romanian``); unknown codes as given."""
    names = []
    for code in codes:
        found = pycountry.languages.get(alpha_2=code) if len(code) == 2 else None
        found = found or pycountry.languages.get(alpha_3=code)
        names.append(found.name if found else code)
    return names


# --- RIS --------------------------------------------------------------------------------------


def ris(w: Work) -> str:
    """An RIS record (``TY  - MANSCPT`` ... ``ER  -``), one tag per line.

    Tags: ``T2`` collection, ``DB`` holding archive, ``CN`` shelfmark (call number), ``A4``
    translator, ``DA`` date as ``YYYY/MM/DD/`` with empty parts below the known precision.
    """
    date = "/".join([*(f"{p:02d}" for p in w.issued), "", "", ""][:3]) + "/" if w.issued else None
    lines = [
        ("TY", "MANSCPT"),
        ("ID", w.key),
        ("TI", w.title),
        *(("AU", name) for name in w.authors),
        *(("A4", name) for name in w.translators),
        ("DA", date),
        ("PY", str(w.issued[0]) if w.issued else None),
        ("T2", w.collection),
        ("DB", "; ".join(w.archives) or None),
        ("CN", "; ".join(w.shelfmarks) or None),
        *(("LA", name) for name in _language_names(w.languages)),
        ("UR", w.url),
        ("N1", w.citation),
    ]
    body = "".join(f"{tag}  - {' '.join(value.split())}\n" for tag, value in lines if value)
    return f"{body}ER  - \n"


# --- CSL-JSON ---------------------------------------------------------------------------------


def csl_json(w: Work) -> str:
    """A CSL-JSON array holding one ``manuscript`` item (the CSL data schema is an array)."""
    item: dict[str, object] = {"id": w.iri, "type": "manuscript", "citation-key": w.key}
    optional: dict[str, object] = {
        "title": w.title,
        "author": [{"literal": name} for name in w.authors],
        "translator": [{"literal": name} for name in w.translators],
        "issued": {"date-parts": [list(w.issued)]} if w.issued else None,
        "collection-title": w.collection,
        "archive": "; ".join(w.archives),
        "archive_location": "; ".join(w.shelfmarks),
        "language": ", ".join(w.languages),
        "URL": w.url,
        "note": w.citation,
    }
    item.update({k: v for k, v in optional.items() if v})
    return json.dumps([item], ensure_ascii=False, indent=2) + "\n"


# --- Formatted text ---------------------------------------------------------------------------


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


# --- By format name ---------------------------------------------------------------------------

WRITERS: dict[str, Callable[[Work], str]] = {
    "bibtex": bibtex,
    "ris": ris,
    "csl": csl_json,
    "bibliography": bibliography,
}
"""The writer of each citation format of :mod:`linkeddata.formats`, by the format's name."""


def render(format_name: str, w: Work) -> str:
    """``w`` cited in the citation format named ``format_name``.

    >>> render("ris", Work("http://example.org/id/document/1", title="A")).splitlines()[2]
    'TI  - A'
    """
    return WRITERS[format_name](w)
