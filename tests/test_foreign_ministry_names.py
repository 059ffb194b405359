"""A foreign ministry named in Spanish or Portuguese without its country is the state's that
the city after it or the title's other agents say, as "the Ministry of Foreign Affairs" is
(review 23 A#4): one ministry, one key."""

from __future__ import annotations

import pytest
from rdflib import URIRef
from test_title_agents import doc, entity, mapped_graph

from linkeddata.vocab import SCHEMA


def _recipients(title: str) -> set[URIRef]:
    graph = mapped_graph(f"**1975**\n**{title}**\n")
    return {o for o in graph.objects(doc(), SCHEMA.recipient) if isinstance(o, URIRef)}


@pytest.mark.parametrize(
    ("title", "ministry"),
    [
        (
            "Telegram from the Mexican Embassy in Lima to the Secretaría de Relaciones Exteriores",
            "mexican-foreign-ministry",
        ),
        (
            "Telegram from the Peruvian Embassy in Havana to the Secretaría de Relaciones "
            "Exteriores, Mexico City",  # the city says whose, before the sender
            "mexican-foreign-ministry",
        ),
        (
            "Telegram from the Brazilian Embassy in Lima to the Ministério das Relações Exteriores",
            "brazilian-ministry-of-external-relations",
        ),
    ],
)
def test_a_foreign_ministry_in_its_own_language_is_the_state_s(title: str, ministry: str) -> None:
    assert entity("org", ministry) in _recipients(title)


def test_a_foreign_ministry_no_one_places_is_no_one_s() -> None:
    recipients = _recipients("Letter from Ivan Testov to the Ministerio de Relaciones Exteriores")
    assert not any("ministr" in str(iri) or "relaciones" in str(iri) for iri in recipients)
