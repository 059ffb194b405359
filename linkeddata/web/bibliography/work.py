"""The shared record of every citation format: a :class:`Work`, read from the store's
description of a document and of its translations. Nothing is invented: what the description
lacks is left out."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import pycountry
from pyoxigraph import Literal, NamedNode
from rdflib.namespace import DCTERMS, XSD

from ...store import Description, display_label
from ...vocab import ADO, RICO, SCHEMA

WORK_TRANSLATION = str(SCHEMA.workTranslation)
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


def language_names(codes: Iterable[str]) -> list[str]:
    """English names of language codes (``ro`` -> ``Romanian``); unknown codes as given."""
    names = []
    for code in codes:
        found = pycountry.languages.get(alpha_2=code) if len(code) == 2 else None
        found = found or pycountry.languages.get(alpha_3=code)
        names.append(found.name if found else code)
    return names
