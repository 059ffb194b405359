"""Queries that would hurt an unprotected endpoint, shared by the service and live tests."""

from __future__ import annotations

ENDLESS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
"""Four unconstrained patterns: (number of triples)^4 solutions, hours of work on the seed."""

_DOUBLINGS = " ".join(f"BIND(CONCAT(?s{i}, ?s{i}) AS ?s{i + 1})" for i in range(26))
HUNGRY = f'SELECT (STRLEN(?s26) AS ?n) WHERE {{ BIND("xxxxxxxxxxxxxxxx" AS ?s0) {_DOUBLINGS} }}'
"""A string doubled 26 times: 1 GiB in a second, unless the memory cap stops it."""
