"""A letter's inside address that ends with the city ending its title puts the city at the
addressee (review 22 C#13)."""

from __future__ import annotations

import pytest
from test_title_agents import doc, entity, mapped_graph

from linkeddata.vocab import ADO, SCHEMA


def places(title: str, opening: str) -> tuple[set[object], set[object]]:
    graph = mapped_graph(
        f"**1978**\n**{title}**\n\n**Contents:**\n\nTranslation - English\n\n{opening}\n\n"
        "Dear Testo,\n\nI thank you for your letter of last month and its proposals.\n\nT. Testov\n"
    )
    made = set(graph.objects(doc(), SCHEMA.locationCreated))
    return made, set(graph.objects(doc(), ADO.destination))


@pytest.mark.parametrize(
    "opening",
    [
        "To the First Secretary of the CC of the Testish Party\nComrade T. Testin\nWarsaw",
        "Comrade Testo Testin\nWarsaw",
    ],
)
def test_an_inside_address_ending_with_the_title_s_city_puts_it_at_the_addressee(
    opening: str,
) -> None:
    made, went = places("Letter from Testo Testov to Testo Testin, Warsaw", opening)
    assert (made, went) == (set(), {entity("place", "warsaw")})


@pytest.mark.parametrize(
    "opening",
    [  # another city, or no inside address: the title's city is where it was written
        "To the First Secretary of the CC of the Testish Party\nComrade T. Testin\nMoscow",
        "Top Secret",
    ],
)
def test_an_inside_address_ending_with_another_city_leaves_the_title_s(opening: str) -> None:
    made, went = places("Letter from Testo Testov to Testo Testin, Warsaw", opening)
    assert (made, went) == ({entity("place", "warsaw")}, set())
