"""The ``oxigraph`` engine: queries on the release's on-disk pyoxigraph store, opened read-only.

Its default graph is the store's, which the build fills with the merge of the named graphs.
"""

from __future__ import annotations

import re
from typing import Any

import pyoxigraph as ox

from ..errors import EngineFailure, QueryRefused, QuerySyntaxError
from ..store.thread_bound import frames_cleared
from .answers import boolean_answer, solutions_answer, triples_answer
from .engine import Answer, Job, Settings, check_graphs

_POSITION = re.compile(r"error at (\d+):(\d+): (.*)", re.DOTALL)
_UNSUPPORTED = re.compile(r"The custom function (<[^>]*>) is not supported")


class OxigraphEngine:
    """Queries on a pyoxigraph store."""

    def __init__(self, store: ox.Store, settings: Settings) -> None:
        self.store = store
        self.settings = settings

    def answer(self, job: Job) -> Answer:
        check_graphs(job, self._has_graph)
        options: dict[str, Any] = {}
        if job.default_graphs or job.named_graphs:  # the request's dataset, as a whole
            options["default_graph"] = [ox.NamedNode(g) for g in job.default_graphs]
            options["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs]
        try:
            with frames_cleared():  # an error while reading (a row over the cap, a SERVICE)
                return _answer(
                    self.store.query(
                        job.query,
                        base_iri=self.settings.base,
                        prefixes=dict(self.settings.prefixes),
                        **options,
                    ),
                    job,
                    self.settings,
                )
        except SyntaxError as error:
            raise QuerySyntaxError(syntax_message(str(error))) from None
        except OSError as error:
            raise EngineFailure("The store could not be read for this query.") from error
        except RuntimeError as error:
            unsupported = _UNSUPPORTED.search(str(error))
            if unsupported is None:
                raise
            raise QueryRefused(
                f"The function {unsupported[1]} is not supported by this endpoint, which "
                "knows the SPARQL 1.1 functions and XSD casts; remove it from the query."
            ) from None

    def _has_graph(self, iri: str) -> bool:
        try:
            return self.store.contains_named_graph(ox.NamedNode(iri))
        except ValueError:  # not an IRI: no graph of the dataset has that name
            return False


def _answer(
    result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples, job: Job, settings: Settings
) -> Answer:
    """The answer read from ``result``, which only this call holds (see
    :mod:`linkeddata.store.thread_bound`)."""
    if isinstance(result, ox.QueryBoolean):
        return boolean_answer(bool(result), job)
    if isinstance(result, ox.QuerySolutions):
        variables = [v.value for v in result.variables]
        return solutions_answer(variables, (tuple(s) for s in result), job, settings)
    return triples_answer(result, job, settings)


def syntax_message(message: str) -> str:
    """Oxigraph's ``error at 1:25: expected ...`` as ``line 1, column 25: expected ...``."""
    found = _POSITION.match(message)
    if found is None:
        return f"Syntax error: {message}"
    line, column, rest = found.groups()
    return f"Syntax error at line {line}, column {column}: {rest}"
