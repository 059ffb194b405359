"""An intelligence service's post abroad ("the KGB Residency in Testburg", "the CIA Station in
Testville") and a consulate general are bodies placed in their city, never a person named
"Residency", "Station" or after the city (review 20 B#7, B#8)."""

from __future__ import annotations

import pytest
from rdflib.namespace import DCTERMS
from test_title_agents import doc, mapped_graph

from linkeddata.parser.names import agent_kind
from linkeddata.vocab import SCHEMA


def _senders(text: str) -> list[str]:
    graph = mapped_graph(f"**1979**\n**{text}**\n")
    agents = [*graph.objects(doc(), SCHEMA.sender), *graph.objects(doc(), DCTERMS.creator)]
    return [str(agent).split("/id/", 1)[1] for agent in agents]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Cable from the KGB Residency in Testburg to Testov", "org/kgb-residency-in-testburg"),
        ("Report from the KGB Rezidentura in Testburg", "org/kgb-rezidentura-in-testburg"),
        ("Cable from the CIA Station in Testville to Testov", "org/cia-station-in-testville"),
        ("Telegram from the StB Residency in Testburg to Testov", "org/stb-residency-in-testburg"),
        ("Report of the MfS Operative Group in Testburg", "org/mfs-operative-group-in-testburg"),
        (
            "Cable from the American Consulate General in Testburg to Testov",
            "org/american-consulate-general-in-testburg",
        ),
        (  # the State Department's cable form: its own post, named by the city
            "Cable, Consulate General Testburg to Testov",
            "org/american-consulate-general-testburg",
        ),
        (
            "Telegram from the Soviet Consulate-General in Testburg to Testov",
            "org/soviet-consulate-general-in-testburg",
        ),
    ],
)
def test_a_services_post_or_a_consulate_general_is_a_body_in_its_city(text: str, key: str) -> None:
    assert _senders(text) == [key]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Cable from the KGB Resident in Testburg, Testov, to Testin", "person/testov"),
        ("Letter from the Consul General, Testo Testparker, to Testin", "person/testo-testparker"),
    ],
)
def test_the_resident_or_the_consul_general_named_is_a_person(text: str, key: str) -> None:
    assert _senders(text) == [key]


@pytest.mark.parametrize(
    "name", ["KGB Residency in Testburg", "CIA Station in Testville", "Consulate General Testburg"]
)
def test_the_wording_of_a_post_is_an_organisations(name: str) -> None:
    assert agent_kind(name) == "org"


@pytest.mark.parametrize(
    ("text", "key"),
    [  # diff review 20 D#5: "Station" is a post only after a service's name
        ("Cable from the KGB Station in Testburg to Testov", "org/kgb-station-in-testburg"),
        ("Cable from the GRU Station in Testburg to Testov", "org/gru-station-in-testburg"),
        ("Letter from the Station Master in Testburg to Testov", None),
        ("Report from the Testburg Radio Station to Testov", None),
    ],
)
def test_a_station_is_a_services_post_only_after_the_services_name(
    text: str, key: str | None
) -> None:
    senders = _senders(text)
    if key is not None:
        assert senders == [key]
    else:
        assert not any(s.startswith("org/") and "-in-" in s for s in senders), senders
