"""The embedded engines by name, for the executor process that runs them."""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import IO, cast

import pyoxigraph as ox

from .engine import Engine, Settings
from .oxigraph_engine import OxigraphEngine
from .rdflib_engine import RdflibEngine


def open_engine(kind: str, path: Path, settings: Settings) -> Engine:
    """The engine ``kind`` on the release whose store (oxigraph) or N-Quads dump (rdflib) is
    at ``path`` (the remote engine is :class:`~linkeddata.sparql.remote.RemoteEngine`)."""
    if kind == "oxigraph":
        return OxigraphEngine(ox.Store.read_only(str(path)), settings)
    if kind == "rdflib":
        import rdflib.plugins.sparql
        from rdflib import Dataset

        rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS = False  # FROM never reads a URL or a file
        dataset = Dataset(default_union=True)
        with gzip.open(path) if path.suffix == ".gz" else path.open("rb") as source:
            dataset.parse(cast(IO[bytes], source), format="nquads")
        return RdflibEngine(dataset, settings)
    raise ValueError(f"unknown query engine {kind!r}; known: oxigraph, rdflib")
