"""Every IRI the project mints, from one configurable base.

Things live under ``{base}id/``, their descriptions under ``{base}doc/`` and the named graphs
under ``{base}graph/``. Keys of people, organisations and places come from the authority file
(never recomputed from names); keys for names the authority file lacks are derived
deterministically with :func:`slug` so that rebuilds give the same IRIs.

>>> iris = Iris("http://example.org/")
>>> iris.document("116702")
'http://example.org/id/document/116702'
>>> iris.translation("116702", "en")
'http://example.org/id/document/116702/translation/en'
>>> slug("P'yŏngyang Embassy")
'pyongyang-embassy'
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import quote as _quote
from urllib.parse import unquote

DEFAULT_BASE = "http://127.0.0.1:8080/"

EntityKind = str  # "person" | "org" | "place" | "collection"
REPORT = "report/validation"
"""The validation report of a build: ``{base}id/report/validation``."""
REPORT_GRAPH = "report"
"""The named graph that holds it: ``{base}graph/report``."""


@lru_cache(maxsize=65536)
def quote(text: str, safe: str = "/") -> str:
    """``urllib.parse.quote``, cached: the same keys are quoted for every document."""
    return _quote(text, safe=safe)


_CYRILLIC_LETTERS = "абвгдеёжзийклмнопрстуфхцчшщыэюяіїєґђјљњћџѓќѕөү"
_CYRILLIC_ROMAN = (
    "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch y e yu ya i yi ye g dj j lj nj"
    " c dz gj kj dz o u"
)
_CYRILLIC = dict(zip(_CYRILLIC_LETTERS, _CYRILLIC_ROMAN.split(), strict=True)) | {"ъ": "", "ь": ""}
UNDECOMPOSED = str.maketrans(
    {"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ø": "o", "Ø": "O", "æ": "ae"}
    | {"Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th", "ı": "i", "ħ": "h", "Ħ": "H"}
    | {"ŀ": "l", "Ŀ": "L", "ŧ": "t", "Ŧ": "T"}
    | {c: t for lower, t in _CYRILLIC.items() for c in (lower, lower.upper())}
)
"""Letters that carry no combining mark to strip: "Wałęsa" is keyed "walesa", "Đilas" "dilas",
and Cyrillic letters in a plain romanisation: "Хрущев" is keyed "khrushchev"."""
_UNDECOMPOSED_LETTER = re.compile("[" + "".join(map(chr, UNDECOMPOSED)) + "]")


def spelled_out(text: str) -> str:
    """``text`` with the letters of ``UNDECOMPOSED`` spelled in ASCII (a regex finds the few
    there are: ``str.translate`` over a whole document body is ten times slower)."""
    return _UNDECOMPOSED_LETTER.sub(lambda m: str(UNDECOMPOSED[ord(m[0])]), text)


def slug(text: str) -> str:
    """A lower-case ASCII key for ``text``: diacritics stripped, Cyrillic romanised,
    punctuation folded to ``-``. A name in a script with no spelling here ("毛泽东") keeps its
    letters, which the IRI percent-encodes once (``Iris.entity``)."""
    folded = unicodedata.normalize(
        "NFKD", spelled_out(unicodedata.normalize("NFKC", text).casefold())
    )
    ascii_ = "".join(c for c in folded if not unicodedata.combining(c))
    ascii_ = re.sub(r"['’`]", "", ascii_)
    key = re.sub(r"[^0-9a-z]+", "-", ascii_).strip("-")
    return key or "-".join(text.casefold().split())


def check_base(base: str) -> str:
    """Return ``base`` if it is an absolute http(s) IRI ending in ``/``, else raise ValueError."""
    if not re.match(r"^https?://[^/\s]+/(\S*/)?$", base):
        raise ValueError(f"base IRI must be an absolute http(s) IRI ending in '/': {base!r}")
    return base


@dataclass(frozen=True)
class Iris:
    """IRI minting for one deployment base."""

    base: str = DEFAULT_BASE

    def __post_init__(self) -> None:
        check_base(self.base)

    @property
    def id_base(self) -> str:
        """Base against which relative IRIs of the authority file are resolved."""
        return f"{self.base}id/"

    @property
    def concept_base(self) -> str:
        """Base against which relative IRIs of ``ontology/concepts.ttl`` are resolved."""
        return f"{self.base}id/concept/"

    def document(self, doc_id: str) -> str:
        return f"{self.base}id/document/{quote(doc_id, safe='')}"

    def translation(self, doc_id: str, lang: str) -> str:
        return f"{self.document(doc_id)}/translation/{quote(lang, safe='')}"

    def reply_stub(self, doc_id: str, registry_number: str) -> str:
        """A record known only as the one ``doc_id`` replies to (not held by the collection),
        keyed by its number as a slug that keeps the number's points: "12.390" is ``12.390``,
        a post's "BONN 14872" ``bonn-14872`` (no encoded space), "1234/56" ``1234-56``."""
        key = ".".join(slug(part) for part in registry_number.split("."))
        return f"{self.document(doc_id)}/reply-to/{quote(key, safe='')}"

    def entity(self, kind: EntityKind, key: str) -> str:
        return f"{self.base}id/{kind}/{quote(key, safe='')}"

    def concept(self, scheme: str, key: str) -> str:
        return f"{self.concept_base}{scheme}/{quote(key, safe='')}"

    def dataset(self) -> str:
        return f"{self.base}id/dataset"

    def report(self) -> str:
        return f"{self.base}id/{REPORT}"

    def graph(self, *parts: str) -> str:
        return f"{self.base}graph/" + "/".join(quote(p, safe="") for p in parts)

    def document_graph(self, doc_id: str) -> str:
        return self.graph("document", doc_id)

    def document_of_graph(self, graph: str) -> str | None:
        """The id of the document whose graph is ``graph``; None for any other graph.

        >>> Iris("http://example.org/").document_of_graph("http://example.org/graph/document/a%2F1")
        'a/1'
        """
        prefix = self.graph("document", "")
        return unquote(graph.removeprefix(prefix)) if graph.startswith(prefix) else None
