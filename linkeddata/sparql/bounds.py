"""How deep and how long a query may be. Both engines parse and evaluate a query by recursion
over its tree, and a tree deep enough overflows the stack: Oxigraph's process dies (SIGSEGV),
rdflib raises RecursionError.

Where they fail, measured with ``bench/sparql_depth.py`` (each construct repeated
n times, in a child process on the usual 8 MiB stack; pyoxigraph 0.5.13, rdflib 7.6):

=========================================================  =========  ================
construct                                                  Oxigraph   rdflib
=========================================================  =========  ================
``FILTER EXISTS {`` nested                                 840        30
function calls nested: ``STR(STR(...))``                   950        30
``{ }``, subqueries, ``OPTIONAL { }`` nested               2,200      100
``MINUS { }``, ``BIND``, ``(... AS ?v)`` in a row          2,600      1,000
blank node lists, collections nested                       3,400      100
parentheses nested in an expression                        4,650      30
``UNION`` in a row                                         6,500      1,000
``1+1+...``, ``1*1*...``                                   6,900
objects of one subject: ``?s :p ?o, ?o, ...``              8,100      1,000
``!!!...true``, ``&&`` and ``||`` chains                   9,300
path groups nested: ``((:p))``                             13,750     100
=========================================================  =========  ================

So the guard counts, in every reading of a query (:mod:`linkeddata.sparql.readings`), outside
strings, IRIs and comments: bracket nesting (``( [ {`` and ``<<``), operators (an ``IN`` and
each further member of its list count as one) and patterns, and what IN lists multiply out to,
and refuses a query past a bound with a 400 that names it. The bounds are 2.6 to 4 times
below Oxigraph's crash points; the executor runs queries on a 32 times deeper stack
(:data:`~linkeddata.sparql.executor.QUERY_STACK`), the margin for trees that combine them.
rdflib, the engine for comparisons, gives up sooner: its RecursionError is a 400 too.
"""

from __future__ import annotations

from collections.abc import Callable

from ..errors import QueryRefused

MAX_NESTING = 200
MAX_OPERATORS = 2_000
MAX_PATTERNS = 1_000
MAX_EXPANSION = 1_000_000
"""Comparisons that IN lists nested in one another may multiply out to: Oxigraph tests the
operand of ``x IN (a, b, ...)`` once per member, so ``((x) IN (...2,001)) IN (...2,001)``
builds four million comparisons and the query process runs out of memory."""
OPERATORS = frozenset(("!", "&&", "||", "=", "!=", "<", ">", "<=", ">=", "+", "-", "*", "/", "|"))
PATTERN_WORDS = frozenset(
    ("OPTIONAL", "MINUS", "UNION", "FILTER", "VALUES", "GRAPH", "SERVICE", "AS")
)
"""Keywords that add a node to the query's tree (AS: a BIND or a projected expression)."""


class Bounds:
    """The counts of one reading of a query, refused past a bound; ``where`` says where a
    position is (line and column)."""

    def __init__(self, where: Callable[[int], str]) -> None:
        self.where = where
        self.operators = 0
        self.patterns = 0
        self.expansion = 1

    def nest(self, depth: int, pos: int) -> None:
        if depth > MAX_NESTING:
            self._refuse(pos, "nests brackets more than", MAX_NESTING, "deep: ( [ { and <<")

    def operator(self, pos: int) -> None:
        self.operators += 1
        if self.operators > MAX_OPERATORS:
            self._refuse(
                pos,
                "has more than",
                MAX_OPERATORS,
                "operators: ! && || comparisons, arithmetic, path / and |",
            )

    def listed(self, members: int, pos: int) -> None:
        """An IN list of ``members`` closed: what the lists multiply out to (every reading's and
        every list's alike: a product over lists side by side is an overestimate, and safe)."""
        self.expansion *= members
        if self.expansion > MAX_EXPANSION:
            self._refuse(
                pos, "has IN lists that multiply out to more than", MAX_EXPANSION, "comparisons"
            )

    def pattern(self, pos: int) -> None:
        self.patterns += 1
        if self.patterns > MAX_PATTERNS:
            self._refuse(
                pos,
                "has more than",
                MAX_PATTERNS,
                "patterns: triple patterns, groups, "
                "OPTIONAL, MINUS, UNION, FILTER, VALUES, GRAPH and AS",
            )

    def _refuse(self, pos: int, what: str, limit: int, unit: str) -> None:
        raise QueryRefused(
            f"The query {what} {limit} {unit} ({self.where(pos)}). This endpoint accepts no "
            "more, so that no query can overflow the engine's stack: split it into smaller ones."
        )
