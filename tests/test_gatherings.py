"""Gatherings, written once (``parser.gatherings``), read alike by every rule that meets one;
and a mission's city after a comma, the place its letters are written in and sent to."""

from __future__ import annotations

import re

import pytest
from rdflib import URIRef
from test_title_agents import doc, entity, mapped_graph, names, title

from linkeddata.parser.gatherings import EVENTS, GATHERINGS, SITTINGS, words
from linkeddata.vocab import ADO, SCHEMA


@pytest.mark.parametrize(
    ("word", "matched"),
    [
        ("Conferences", True),
        ("congresses", True),
        ("Plenaries", True),
        ("talks", True),
        ("talk", False),
        ("Sitting", True),
        ("Conversation", False),
    ],
)
def test_a_gathering_word_and_its_plural(word: str, matched: bool) -> None:
    assert bool(re.fullmatch(words(GATHERINGS), word)) is matched


def test_every_sitting_and_event_is_a_gathering() -> None:
    assert SITTINGS | EVENTS <= GATHERINGS


def test_a_report_to_an_event_names_no_addressee_but_a_plenum_is_addressed() -> None:
    consultations = title(
        "Report of the Testish Delegation to the Consultations of Deputy Foreign Ministers"
    )
    assert names(consultations.recipients) == []
    plenum = title("Report of the Central Committee to the Plenum of the Central Committee")
    assert names(plenum.recipients) == ["Plenum of the Central Committee"]


@pytest.mark.parametrize(
    "text", ["Notes from the Symposium of Testers", "Notes from the Sittings of the Testburo"]
)
def test_notes_from_a_gathering_have_no_sender(text: str) -> None:
    assert names(title(text).senders) == []


def test_a_gathering_is_no_place_and_no_author() -> None:
    at = title("Telegram from Testov at the Symposium in Testgrad")
    assert not [o for o in names(at.origins) if "Symposium" in o]
    assert names(title("Symposium Transcript, 'Testing Crises'").authors) == []


def test_the_body_that_sat_is_the_creator_of_the_minutes_of_its_sittings() -> None:
    read = title("Minutes of the Sittings of the Testish Council of Ministers")
    assert names(read.authors) == ["Testish Council of Ministers"]


@pytest.mark.parametrize(
    ("text", "prop", "place", "agent"),
    [
        (
            "Letter from the Hungarian Embassy, East Berlin, to the Ministry of Foreign Affairs",
            SCHEMA.locationCreated,
            "east-berlin",
            (SCHEMA.sender, "hungarian-embassy-in-east-berlin"),
        ),
        (
            "Telegram from the Romanian Foreign Ministry to the Romanian Embassy, Pyongyang",
            ADO.destination,
            "pyongyang",
            (SCHEMA.recipient, "romanian-embassy-in-pyongyang"),
        ),
    ],
)
def test_a_missions_city_after_a_comma_is_where_its_letters_are_written_and_sent(
    text: str, prop: URIRef, place: str, agent: tuple[URIRef, str]
) -> None:
    graph = mapped_graph(f"**1962**\n**{text}**\n")
    assert entity("place", place) in set(graph.objects(doc(), prop))
    assert entity("org", agent[1]) in set(graph.objects(doc(), agent[0]))
