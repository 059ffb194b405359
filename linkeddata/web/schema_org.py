"""schema.org JSON-LD for a document's HTML page, so that search engines understand it.

Built from the description's own statements: the types schema.org knows, the title as
``name``, the creation date, languages, holder, collection, mentions (with their labels) and
the canonical catalogue page. Nothing is added that the description does not say.
"""

from __future__ import annotations

from typing import Any

import pyoxigraph as ox

from ..store import Description
from ..vocab import DCTERMS, RICO, SCHEMA

_SCHEMA = str(SCHEMA)


def document(description: Description, labels: dict[str, str]) -> dict[str, Any]:
    """The schema.org node for a document (``ArchiveComponent``, and ``Message`` if it is one)."""
    node: dict[str, Any] = {
        "@context": "https://schema.org",
        "@id": description.iri,
        "@type": [t[len(_SCHEMA) :] for t in description.types if t.startswith(_SCHEMA)]
        or "ArchiveComponent",
    }
    _text(node, "name", description, f"{DCTERMS}title")
    _text(node, "abstract", description, f"{DCTERMS}abstract")
    _text(node, "dateCreated", description, f"{DCTERMS}created")
    _text(node, "identifier", description, f"{DCTERMS}identifier")
    _text(node, "inLanguage", description, f"{_SCHEMA}inLanguage")
    _text(node, "citation", description, f"{DCTERMS}bibliographicCitation")
    _links(node, "holdingArchive", description, str(RICO.hasOrHadHolder), labels)
    _links(node, "isPartOf", description, f"{DCTERMS}isPartOf", labels)
    _links(node, "creator", description, f"{DCTERMS}creator", labels)
    _links(node, "locationCreated", description, f"{_SCHEMA}locationCreated", labels)
    _links(node, "mentions", description, f"{_SCHEMA}mentions", labels)
    _links(node, "workTranslation", description, f"{_SCHEMA}workTranslation", labels)
    pages = [o.value for o in description.objects(f"{_SCHEMA}mainEntityOfPage")]
    if pages:
        node["mainEntityOfPage"] = pages[0]
    return node


def _text(node: dict[str, Any], key: str, description: Description, predicate: str) -> None:
    values = [o.value for o in description.objects(predicate) if isinstance(o, ox.Literal)]
    if values:
        node[key] = values[0] if len(values) == 1 else values


def _links(
    node: dict[str, Any], key: str, description: Description, predicate: str, labels: dict[str, str]
) -> None:
    items = []
    for o in description.objects(predicate):
        if isinstance(o, ox.NamedNode):
            item: dict[str, Any] = {"@id": o.value}
            if o.value in labels:
                item["name"] = labels[o.value]
            items.append(item)
    if items:
        node[key] = items[0] if len(items) == 1 else items
