"""An envoy's title and his surname "of" a state (diff review 22 B, regression 3): the file's
bearer of the surname whose note makes him that state's envoy, or an envoy to it, in the
record's year; never another bearer of it, and a surname alone is no stub."""

from __future__ import annotations

import pytest
from rdflib import URIRef
from test_title_agents import IRIS, doc, mapped_graph

from linkeddata.vocab import ADO, SCHEMA


def person(key: str) -> URIRef:
    return URIRef(IRIS.entity("person", key))


def linked(year: str, title: str) -> set[URIRef]:
    graph = mapped_graph(f"**{year}**\n**{title}**\n")
    found = {*graph.objects(doc(), SCHEMA.sender), *graph.objects(doc(), SCHEMA.recipient)}
    return {o for o in (*found, *graph.objects(doc(), ADO.participant)) if isinstance(o, URIRef)}


def test_the_states_envoy_in_his_years_is_linked() -> None:
    assert person("dobrynin-anatoly") in linked(
        "1970", "Letter from Ambassador Dobrynin of the USSR"
    )


@pytest.mark.parametrize(
    ("year", "title"),
    [
        ("1950", "Letter from Ambassador Dobrynin of the USSR"),  # before his term
        ("1962", "Cable to Ambassador Kennedy of the United Kingdom"),  # the President's name
    ],
)
def test_no_other_bearer_of_the_surname_is_linked(year: str, title: str) -> None:
    keys = {str(o).rsplit("/", 1)[1] for o in linked(year, title)}
    assert not keys & {"dobrynin-anatoly", "kennedy-john-f"}
    assert not keys & {"dobrynin", "kennedy"}  # nor a stub of the surname alone
