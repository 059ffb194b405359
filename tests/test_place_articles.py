"""A place whose article is part of its name is read whole in a title (review 21 A#15)."""

from __future__ import annotations

from test_title_agents import doc, entity, mapped_graph

from linkeddata.vocab import ADO, SCHEMA


def test_the_hague_closing_the_addressees_is_where_the_telegram_went() -> None:
    graph = mapped_graph(
        "**1965**\n**Telegram from the Netherlands Embassy in Testburg to the Ministry of"
        " Foreign Affairs, The Hague**\n"
    )
    assert entity("place", "the-hague") in set(graph.objects(doc(), ADO.destination))
    assert entity("org", "dutch-foreign-ministry") in set(graph.objects(doc(), SCHEMA.recipient))


def test_a_phrase_s_article_before_a_name_is_no_part_of_a_place() -> None:
    graph = mapped_graph(
        "**1965**\n**Letter from Testo Testov to Testo Testin, the Hague Convention**\n"
    )
    places = {*graph.objects(doc(), SCHEMA.locationCreated), *graph.objects(doc(), ADO.destination)}
    assert entity("place", "the-hague") not in places
