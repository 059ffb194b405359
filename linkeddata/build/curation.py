"""What a curator needs to grow the authority file: the stubs, the most named first.

``linkeddata authorities`` lists the stubs that the authority file could describe (people,
organisations, places, collections; a record replied to is found by adding it to the
collection instead), from the current release (its stubs graph, and the documents' links to
it) or from a fresh parse of a collection (gathered by the build's pass 2; nothing is written).
:func:`skeleton` writes them in the authority file's own form: relative IRIs under
``{base}id/``, so that an entry keeps its stub's IRI, with types, labels, a ``skos:note``
naming the documents that name it and a commented ``skos:exactMatch`` to fill in. Moved into
``authorities.ttl``, an entry links its names on the next build.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

import pyoxigraph as ox
from rdflib import Literal
from rdflib.namespace import SKOS

from ..errors import ReleaseError
from ..iris import Iris
from ..mapping.stubs import CURATED_KINDS, SAMPLE, STUB_TYPES, Entry
from ..release.switch import current
from ..settings import Settings
from ..store.oxigraph import OxigraphStore, open_read_only
from ..vocab import PREFIXES
from .builder import Build

_PREF_LABEL, _ALT_LABEL = str(SKOS.prefLabel), str(SKOS.altLabel)
_KINDS = {str(cls): kind for kind, classes in STUB_TYPES.items() for cls in classes}
_NAMED_BY = """
SELECT DISTINCT ?stub ?g WHERE {
  GRAPH %s { ?stub <http://www.w3.org/2004/02/skos/core#prefLabel> ?label }
  GRAPH ?g { ?subject ?link ?stub }
}
"""


def curated(entries: Iterable[Entry]) -> list[Entry]:
    """The entries the authority file could describe, in their order."""
    return [entry for entry in entries if entry.kind in CURATED_KINDS]


def collection_stubs(documents: Path, settings: Settings) -> tuple[list[Entry], Iris]:
    """The stubs of a fresh parse of ``documents`` (nothing is written)."""
    build = Build(documents, None, settings)
    build.convert()
    return curated(build.stubs.entries()), build.iris


def release_stubs(out: Path) -> tuple[list[Entry], Iris]:
    """The stubs of the current release in ``out``, read from its store."""
    release = current(out)
    if release is None:
        raise ReleaseError(f"{out}: no release here; run `linkeddata build` or name DOCUMENTS")
    iris = Iris(release.read_manifest().base)
    store = open_read_only(release.store)
    graph = iris.graph("stubs")
    naming = _naming(store, graph, iris)
    entries = []
    for stub, (kind, labels) in _described(store, graph).items():
        if kind in CURATED_KINDS:
            ids = sorted(naming[stub], key=lambda i: (len(i), i))
            entries.append(Entry(stub, kind, labels, len(ids), tuple(ids[:SAMPLE])))
    return sorted(entries, key=lambda e: (-e.documents, e.iri)), iris


def _described(store: OxigraphStore, graph: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Each stub of the stubs ``graph``: its kind and labels (the preferred one first)."""
    kinds: dict[str, str] = {}
    preferred: dict[str, str] = {}
    others: dict[str, list[str]] = defaultdict(list)
    for triple in store.graph_triples(graph):
        subject, predicate, value = triple.subject, triple.predicate.value, triple.object
        if not isinstance(subject, ox.NamedNode):
            continue
        if isinstance(value, ox.NamedNode) and value.value in _KINDS:
            kinds.setdefault(subject.value, _KINDS[value.value])
        elif isinstance(value, ox.Literal) and predicate == _PREF_LABEL:
            preferred[subject.value] = value.value
        elif isinstance(value, ox.Literal) and predicate == _ALT_LABEL:
            others[subject.value].append(value.value)
    return {
        stub: (kind, (preferred[stub], *sorted(others[stub])) if stub in preferred else ())
        for stub, kind in kinds.items()
    }


def _naming(store: OxigraphStore, graph: str, iris: Iris) -> dict[str, list[str]]:
    """The ids of the documents whose graphs link to each stub of the stubs ``graph``."""
    naming: dict[str, list[str]] = defaultdict(list)
    solutions = store.query(_NAMED_BY % ox.NamedNode(graph))
    assert isinstance(solutions, ox.QuerySolutions)
    for row in solutions:
        stub, named_by = row["stub"], row["g"]
        if isinstance(stub, ox.NamedNode) and isinstance(named_by, ox.NamedNode):
            document = iris.document_of_graph(named_by.value)
            if document is not None:
                naming[stub.value].append(document)
    return naming


def listing(entries: Sequence[Entry]) -> str:
    """One line per stub, tab-separated: documents naming it, kind, label, IRI."""
    rows = ["documents\tkind\tlabel\tiri"]
    rows += [f"{e.documents}\t{e.kind}\t{e.labels[0]}\t{e.iri}" for e in entries]
    return "\n".join(rows) + "\n"


def skeleton(entries: Sequence[Entry], iris: Iris, source: str) -> str:
    """The stubs as Turtle entries of the authority file, ready to curate."""
    types = {str(cls) for e in entries for cls in STUB_TYPES[e.kind]}
    used = {_prefixed(t).partition(":")[0] for t in types} | {"skos", "wd"}
    lines = [
        f"# Stubs of {source}: names that the documents use and authorities.ttl lacks,",
        "# the most named first. Check each entry (its type, preferred label and other labels),",
        "# add a skos:exactMatch that you have verified, and move it into authorities.ttl:",
        "# the next build links the names to it, under the same IRI.",
        "",
        *(f"@prefix {p}: <{PREFIXES[p]}> ." for p in sorted(used)),
    ]
    for entry in entries:
        preferred, *others = entry.labels
        lines += [
            "",
            f"<{entry.iri.removeprefix(iris.id_base)}> a "
            + ", ".join(_prefixed(str(cls)) for cls in STUB_TYPES[entry.kind])
            + " ;",
            f"    skos:prefLabel {_text(preferred)} ;",
        ]
        if others:
            lines.append(f"    skos:altLabel {', '.join(_text(o) for o in others)} ;")
        lines.append("    # skos:exactMatch wd:Q... ;")
        lines.append(f"    skos:note {_note(entry)} .")
    return "\n".join(lines) + "\n"


def _prefixed(iri: str) -> str:
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(str(namespace)):
            return f"{prefix}:{iri[len(str(namespace)) :]}"
    return f"<{iri}>"


def _text(value: str) -> str:
    return Literal(value, lang="en").n3()


def _note(entry: Entry) -> str:
    count = entry.documents
    named = ", ".join(entry.sample)
    if count > len(entry.sample):
        text = f"Named by {count:,} documents, among them {named}."
    else:
        text = f"Named by {count:,} document{'s' if count > 1 else ''}: {named}."
    return _text(text)
