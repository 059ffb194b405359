""" "The White House" from August 1991 may be the House of Soviets in Moscow: never the US
presidency where every mention's sentence places it in Moscow (review 23 D#10), and still the
US presidency where one sentence does not (diff review 23 D#4)."""

from __future__ import annotations

import pytest
from rdflib import URIRef
from test_title_agents import doc, entity, mapped_graph

from linkeddata.vocab import SCHEMA

_US = entity("org", "white-house")


def _record(date: str, language: str, body: str) -> str:
    return (
        f"**{date}**\n**Chronology of the Events in Testburg**\n\n"
        f"**Original Language:**\n\n{language}\n\n**Contents:**\n\nEnglish Translation\n\n"
        f"{body}\n"
    )


def _mentions(text: str) -> set[URIRef]:
    return {o for o in mapped_graph(text).objects(doc(), SCHEMA.mentions) if isinstance(o, URIRef)}


@pytest.mark.parametrize(
    ("date", "language", "body"),
    [
        ("August 1991", "Russian", "Testov spoke from a tank outside the White House."),
        ("October 1993", "Russian", "The defenders of the White House left at noon."),
        ("August 1991", "English", "Testov stood outside the Moscow White House."),
        ("May 1996", "English", "The Russian White House was rebuilt."),
        ("May 1996", "English", "The White House in Moscow was rebuilt."),
    ],
)
def test_the_white_house_of_moscow_is_not_the_us_presidency(
    date: str, language: str, body: str
) -> None:
    assert _US not in _mentions(_record(date, language, body))


@pytest.mark.parametrize(
    ("date", "language", "body"),
    [
        ("August 1991", "English", "The White House issued a statement on Testburg."),
        ("March 1985", "Russian", "The White House rejected the Testburg proposal."),  # before
        ("May 1992", "English", "Testov met the President at the White House in Washington."),
        ("May 1990", "Russian", "Testov said that the White House should understand."),
        ("June 1992", "Russian", "Testov arrived at the White House at 10 a.m."),
        ("June 1991", "Russian", "Testov spoke from a tank outside the White House."),  # before
        ("January 1992", "English",
         "A delegation of the Russian White House visited Testburg. The White House received it."),
        ("October 1993", "Russian", "Tanks rolled in Testburg. Bush said the White House agreed."),
    ],
)  # fmt: skip
def test_the_white_house_of_a_us_context_is_the_us_presidency(
    date: str, language: str, body: str
) -> None:
    assert _US in _mentions(_record(date, language, body))
