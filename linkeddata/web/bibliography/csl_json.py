"""The CSL-JSON citation of a :class:`~.work.Work`."""

from __future__ import annotations

import json

from .work import Work


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
