"""The ``rdflib`` engine: queries on an rdflib ``Dataset`` (Memory store) loaded from the
release's N-Quads dump, for comparison and for stores without Oxigraph. Its default graph is
the union of the named graphs, with set semantics."""

from __future__ import annotations

from typing import Any

import pyoxigraph as ox

from ..errors import EngineFailure, QueryRefused, QuerySyntaxError
from .answers import boolean_answer, solutions_answer, triples_answer
from .engine import Answer, Job, Settings, check_graphs


class RdflibEngine:
    """Queries on an rdflib Dataset, for comparison and for stores without Oxigraph."""

    def __init__(self, dataset: Any, settings: Settings) -> None:
        self.dataset = dataset
        self.settings = settings
        self._graphs = {str(c.identifier) for c in dataset.contexts()}

    def answer(self, job: Job) -> Answer:
        from pyparsing import ParseException

        check_graphs(job, self._graphs.__contains__)
        if job.default_graphs or job.named_graphs:
            raise QueryRefused(
                "default-graph-uri and named-graph-uri need the oxigraph engine; "
                "the rdflib engine takes graphs from FROM clauses only."
            )
        try:
            result = self.dataset.query(
                job.query, initNs=dict(self.settings.prefixes), base=self.settings.base
            )
        except ParseException as error:
            raise QuerySyntaxError(
                f"Syntax error at line {error.lineno}, column {error.col}: {error.msg}"
            ) from None
        except ValueError as error:  # rdflib's reading of escapes it finds out of range
            raise QuerySyntaxError(f"Syntax error: {error}") from None
        if result.type == "ASK":
            return boolean_answer(bool(result.askAnswer), job)
        if result.type == "SELECT":
            variables = [str(v) for v in result.vars or ()]
            rows = (tuple(_to_oxigraph(t) for t in row) for row in result)
            return solutions_answer(variables, rows, job, self.settings)
        return triples_answer((_to_triple(triple) for triple in result), job, self.settings)


def _to_triple(triple: Any) -> ox.Triple:
    """An rdflib triple of a CONSTRUCT answer as a pyoxigraph triple."""

    from .. import rdf_terms  # the rdflib engine's alone: Oxigraph's processes skip rdflib

    try:
        return rdf_terms.checked_triple(*(_to_oxigraph(t) for t in triple))
    except ValueError:
        raise EngineFailure(f"unexpected triple {triple!r}") from None


def _to_oxigraph(node: Any) -> ox.NamedNode | ox.BlankNode | ox.Literal | None:
    """An rdflib term of a result (None where a variable is unbound) as pyoxigraph's."""
    from rdflib.term import Node  # the rdflib engine's alone: Oxigraph's processes skip it

    from .. import rdf_terms

    if node is None:
        return None
    if not isinstance(node, Node):
        raise EngineFailure(f"unexpected term {node!r}")
    return rdf_terms.term(node)
