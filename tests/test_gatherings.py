"""Gatherings, written once (``parser.gatherings``), read alike by every rule that meets one;
and a mission's city after a comma, the place its letters are written in and sent to."""

from __future__ import annotations

import re

import pytest
from rdflib import URIRef
from test_title_agents import doc, entity, mapped_graph, names, title

from linkeddata.parser.gatherings import EVENTS, GATHERINGS, SITTINGS, words
from linkeddata.vocab import ADO, DCTERMS, SCHEMA


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
            (SCHEMA.sender, "hungarian-embassy-in-east-germany"),
        ),
        (
            "Telegram from the Romanian Foreign Ministry to the Romanian Embassy, Pyongyang",
            ADO.destination,
            "pyongyang",
            (SCHEMA.recipient, "romanian-embassy-in-north-korea"),
        ),
    ],
)
def test_a_missions_city_after_a_comma_is_where_its_letters_are_written_and_sent(
    text: str, prop: URIRef, place: str, agent: tuple[URIRef, str]
) -> None:
    graph = mapped_graph(f"**1962**\n**{text}**\n")
    assert entity("place", place) in set(graph.objects(doc(), prop))
    assert entity("org", agent[1]) in set(graph.objects(doc(), agent[0]))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Minutes of the NSC Meeting", "NSC"),
        ("Protocol of the SED Politburo Meeting, 17 January 1961", "SED Politburo"),
        ("Minutes of the Testish Cabinet Meeting", "Testish Cabinet"),
        (
            "Minutes of the Meeting of the Political Bureau of the Central Committee of the "
            "Communist Party of Testland",
            "Political Bureau of the Central Committee of the Communist Party of Testland",
        ),
    ],
)
def test_the_body_named_before_its_gathering_or_at_length_made_the_minutes(
    text: str, body: str
) -> None:
    assert names(title(text).authors) == [body]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Resolution of the Ninth Plenum of the Central Committee of the Testish Workers' Party",
            "Central Committee of the Testish Workers' Party",
        ),
        ("Resolution of the 9th Plenum of the TWP Central Committee", "TWP Central Committee"),
        (
            "Resolution of the Third Congress of the Testish Workers' Party",
            "Testish Workers' Party",
        ),
        ("Communiqué of the Plenary Session of the TCP Central Committee", "TCP Central Committee"),
        ("Resolution of the TCP CC Plenum", "TCP CC"),
        (
            "Working Notes from the Session of the TCP CC Presidium on 31 October 1956",
            "TCP CC Presidium",
        ),
    ],
)
def test_a_plenum_congress_or_session_of_a_body_is_the_body_sitting(text: str, body: str) -> None:
    assert names(title(text).authors) == [body]


@pytest.mark.parametrize(
    ("text", "body"),
    [  # a legislature or an association called Congress is a body itself
        ("Resolution of the Testian Congress on Cuba", "Testian Congress"),
        ("Joint Resolution of the United States Congress on Asia", "United States Congress"),
        ("Statement of the Congress of Testian Writers", "Congress of Testian Writers"),
        ("Resolution of the Congress of the TWP", "TWP"),  # a party's congress still sits
    ],
)
def test_a_congress_without_an_ordinal_or_a_party_is_a_body(text: str, body: str) -> None:
    assert names(title(text).authors) == [body]


@pytest.mark.parametrize(
    "text",
    [
        "Minutes of the First Meeting",
        "Minutes of the Joint Session",
        "Minutes of the Morning Meeting",
    ],
)
def test_an_adjective_before_a_gathering_is_no_body(text: str) -> None:
    assert names(title(text).authors) == []


def test_a_commission_without_whose_is_not_one_stub_for_all() -> None:
    graph = mapped_graph("**1962**\n**Minutes of the First Meeting of the Commission**\n")
    assert list(graph.objects(doc(), DCTERMS.creator)) == []


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Minutes of the PCC Meeting, Bucharest, 1966", "bucharest"),
        ("Minutes of the Meeting of the Testish Defence Council, Sofia, 12 May 1970", "sofia"),
        (
            "Note Given by the Ministry of External Affairs, New Delhi, to the Testish Embassy",
            "new-delhi",
        ),
    ],
)
def test_the_city_after_an_authors_name_is_where_it_sat_and_wrote(text: str, city: str) -> None:
    graph = mapped_graph(f"**1966**\n**{text}**\n")
    assert list(graph.objects(doc(), SCHEMA.locationCreated)) == [entity("place", city)]


def test_a_word_after_an_authors_name_that_is_no_known_place_is_none() -> None:
    graph = mapped_graph("**1966**\n**Minutes of the PCC Meeting, Excerpt**\n")
    assert list(graph.objects(doc(), SCHEMA.locationCreated)) == []


def test_the_meeting_of_one_body_is_its_own_record() -> None:
    read = title("Meeting of the Testish Politburo, 'On the Situation in Testland'")
    assert names(read.authors) == ["Testish Politburo"]
    assert names(title("Meeting of Kim Il Sung with Testo Testlai").authors) == []
