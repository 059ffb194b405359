"""Where a link to an IRI should point in HTML, and which IRIs may become links at all.

Our own IRIs stay on this server whatever host or port it runs on: ``{base}id/x`` links to
``/doc/x`` (the description, without the 303 hop), ``{base}graph/x`` to ``/graph/x``, and the
ontology's terms to ``/ontology#term``. Other IRIs become links only when they are http(s):
``javascript:``, ``data:`` and the like are shown as text, never as links.

>>> links = Links("http://127.0.0.1:8080/", "")
>>> links.href("http://127.0.0.1:8080/id/place/pyongyang")
'/doc/place/pyongyang'
>>> links.href("https://www.wikidata.org/wiki/Q18808")
'https://www.wikidata.org/wiki/Q18808'
>>> links.href("http://127.0.0.1:8080/sparql#service")
'/sparql#service'
>>> links.href("javascript:alert(1)") is None
True
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, urlsplit

from ..vocab import ADO

ONTOLOGY = str(ADO).rstrip("#")
_SAFE_PATH = "/:@!$&'()*+,;=-._~%"


@dataclass(frozen=True)
class Links:
    """Link rewriting for one base IRI, under the app's mount point (``script_root``)."""

    base: str
    root: str

    def local_path(self, iri: str) -> str | None:
        """The path on this server that describes ``iri``, if it is ours."""
        if iri.startswith(f"{self.base}id/"):
            return f"{self.root}/doc/{quote(iri[len(self.base) + 3 :], safe=_SAFE_PATH)}"
        if iri.startswith(f"{self.base}graph/"):
            return f"{self.root}/graph/{quote(iri[len(self.base) + 6 :], safe=_SAFE_PATH)}"
        if iri == ONTOLOGY or iri.startswith(str(ADO)):
            fragment = iri[len(str(ADO)) :] if iri.startswith(str(ADO)) else ""
            return f"{self.root}/ontology" + (f"#{fragment}" if fragment else "")
        if iri.startswith(self.base):  # such as {base}sparql#service: the fragment stays one
            path, hash_, fragment = iri[len(self.base) :].partition("#")
            return f"{self.root}/{quote(path, safe=_SAFE_PATH)}{hash_}{quote(fragment)}"
        return None

    def href(self, iri: str) -> str | None:
        """The href for a link to ``iri``, or None when it must not be a link."""
        local = self.local_path(iri)
        if local is not None:
            return local
        parts = urlsplit(iri)
        if parts.scheme in ("http", "https") and parts.netloc:
            return iri
        return None
