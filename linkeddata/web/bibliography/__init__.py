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

The :class:`Work` and its reading are :mod:`.work`; each format has its module: :mod:`.bibtex`,
:mod:`.ris`, :mod:`.csl_json` and :mod:`.text` (the formatted reference).
"""

from __future__ import annotations

from collections.abc import Callable

from .bibtex import bibtex
from .csl_json import csl_json
from .ris import ris
from .text import bibliography
from .work import WORK_TRANSLATION, Work, work

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
