"""Turn names read from a record into IRIs: authority entities, or curation-needed stubs.

A name the authority file knows becomes a link to its entity. An unknown name becomes a
deterministic local IRI (``{base}id/{kind}/{slug}``) typed and labelled in the document's graph,
with a warning asking for curation. An ambiguous name is not linked and is reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rdflib import Graph, Literal, URIRef

from ..iris import Iris, slug
from ..record import Located, ParseWarning
from .authority import Authority, Entity
from .terms import DCAT, DCMITYPE, FOAF, ORG, RDF, SCHEMA, SKOS

ORG_WORDS = re.compile(
    r"\b(embassy|ministry|committee|party|government|office|department|council|bureau|"
    r"legation|consulate|agency|foundation|institute|university|library|archives?|project|"
    r"center|centre|program(me)?|commission|presidium|politburo|secretariat|headquarters|"
    r"army|command|mission|delegation|union|association|society|press|radio|news)\b",
    re.IGNORECASE,
)
STUB_TYPES = {
    "person": (FOAF.Person, SCHEMA.Person),
    "org": (FOAF.Organization, ORG.Organization, SCHEMA.Organization),
    "place": (SCHEMA.Place,),
    "collection": (DCMITYPE.Collection, DCAT.Dataset),
}


def agent_kind(name: str, default: str = "person") -> str:
    """Guess whether an unknown agent name is an organisation or ``default``."""
    return "org" if ORG_WORDS.search(name) else default


@dataclass
class Linker:
    """Resolves names for one document, adding stubs to its graph and collecting warnings."""

    authority: Authority
    iris: Iris
    graph: Graph
    warnings: list[ParseWarning] = field(default_factory=list)

    def resolve(
        self, name: Located[str], kind: str, *, kinds: tuple[str, ...] = ()
    ) -> Entity | None:
        """The entity for ``name``: from the authority file if known, else a ``kind`` stub.

        ``kinds`` lists the authority kinds acceptable for this role (default: only ``kind``).
        """
        wanted = kinds or (kind,)
        found = [e for e in self.authority.lookup(name.value) if e.kind in wanted]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            labels = ", ".join(e.iri for e in found)
            self.warn(f"ambiguous name {name.value!r} (could be {labels}): not linked", name.line)
            return None
        return self._stub(name, kind)

    def _stub(self, name: Located[str], kind: str) -> Entity | None:
        key = slug(name.value)
        if not key:
            return None
        iri = self.iris.entity(kind, key)
        node = URIRef(iri)
        for cls in STUB_TYPES[kind]:
            self.graph.add((node, RDF.type, cls))
        self.graph.add((node, SKOS.prefLabel, Literal(name.value, lang="en")))
        self.warn(
            f"{kind} {name.value!r} is not in the authority file: linked to a local stub "
            f"<{iri}>; add it to authorities.ttl to curate it",
            name.line,
        )
        return Entity(iri, kind, name.value)

    def warn(self, message: str, line: int) -> None:
        self.warnings.append(ParseWarning(message, line))

    def mentions(self, *texts: Located[str] | None) -> list[Entity]:
        """Authority entities mentioned in ``texts``, in order; ambiguous labels are reported."""
        found: dict[Entity, None] = {}
        for text in texts:
            if text is None:
                continue
            entities, ambiguous = self.authority.scan(text.value)
            found.update(dict.fromkeys(entities))
            for label in ambiguous:
                self.warn(f"ambiguous mention {label!r}: not linked", text.line)
        return list(found)
