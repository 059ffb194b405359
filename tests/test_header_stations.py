"""A cable's header beside a title that names stations only: the routing lines name its sender
and addressee (review 21 A#16), and a routing line's city is a station, never an agent (C#12)."""

from __future__ import annotations

from test_title_agents import AUTHORITY, IRIS, SHA, doc, entity, mapped_graph

from linkeddata.mapping import Context, map_record
from linkeddata.parser import parse_record
from linkeddata.vocab import ADO, RICO, SCHEMA


def cable(title: str, head: str) -> str:
    return (
        f"**1961**\n**{title}**\n\n**Contents:**\n\nEnglish Transcription\n\nSECRET\n\n{head}\n\n"
        "The Minister said that he had read the speech with attention and would reply soon.\n"
    )


def test_a_title_of_stations_leaves_the_routing_its_sender_and_addressee() -> None:
    graph = mapped_graph(
        cable(
            "Telegram from Moscow to Washington, No. 312",
            "FM AMEMBASSY MOSCOW\nTO SECSTATE WASHDC 312\nINFO AMEMBASSY LONDON\nAMEMBASSY PARIS",
        )
    )
    senders = [str(o) for o in graph.objects(doc(), RICO.hasSender)]
    assert len(senders) == 1
    assert "embassy" in senders[0]
    assert list(graph.objects(doc(), RICO.hasAddressee)) == [entity("org", "department-of-state")]
    assert list(graph.objects(doc(), ADO.destination)) == [entity("place", "washington")]


def test_a_missions_routing_under_a_title_of_stations() -> None:
    graph = mapped_graph(
        cable(
            "Telegram from New York to Washington", "FM USMISSION USUN NEW YORK\nTO SECSTATE WASHDC"
        )
    )
    senders = [str(o) for o in graph.objects(doc(), RICO.hasSender)]
    assert len(senders) == 1
    assert "united-nations" in senders[0]


def test_a_titles_own_sender_keeps_the_routing_out() -> None:
    graph = mapped_graph(
        cable("Telegram from Ambassador Testov to the Testian Ministry", "FM AMEMBASSY MOSCOW")
    )
    assert not [o for o in graph.objects(doc(), RICO.hasSender) if "embassy" in str(o)]


def test_an_info_lines_posts_are_no_addressees() -> None:
    graph = mapped_graph(
        cable("Telegram from Moscow to Washington", "FM AMEMBASSY MOSCOW\nINFO AMEMBASSY LONDON")
    )
    assert list(graph.objects(doc(), RICO.hasAddressee)) == []


def test_a_routing_lines_city_is_no_agent_and_no_warning() -> None:
    text = cable(
        "Telegram from Hanoi to Berlin, the Testian Embassy to the Ministry of Foreign Affairs",
        "Telegram\nFrom: Hanoi\nTo: Berlin\nReceived: 5.4.75, 14:20",
    )
    record = parse_record(text, "x/1.txt", default_id="1")
    mapped = map_record(record, Context(IRIS, AUTHORITY, {}), sha256=SHA)
    assert not [w for w in mapped.warnings if "'Berlin'" in w.message]
    assert list(mapped.graph.objects(doc(), ADO.destination)) == [entity("place", "berlin")]


def test_a_body_beside_the_routing_city_is_the_addressee() -> None:
    graph = mapped_graph(
        cable("Information on the Situation", "From Budapest\nTo: Moscow, CC CPSU")
    )
    addressees = [str(o) for o in graph.objects(doc(), RICO.hasAddressee)]
    assert addressees
    assert not [a for a in addressees if "moscow" in a]


def test_a_station_over_the_addressees_office_is_where_the_telegram_went() -> None:
    """Review 21 B#18: "HANOI" / "SOVIET AMBASSADOR" addresses a ciphered telegram."""
    for head in ("Ciphered telegram\nHANOI\nSOVIET AMBASSADOR", "HANOI\nTO SOVIET AMBASSADOR"):
        graph = mapped_graph(cable("Cable from Testov to Testev", head))
        assert list(graph.objects(doc(), ADO.destination)) == [entity("place", "hanoi")]


def test_a_station_over_a_marking_or_a_name_or_in_no_telegram_is_no_destination() -> None:
    for title, head in (
        ("Cable from Testov to Testev", "HANOI\nTop Secret\nTo Comrade Testev"),
        ("Cable from Testov to Testev", "HANOI\nTESTEV"),
        ("Letter from Testov to Testev", "HANOI\nSOVIET AMBASSADOR"),
    ):
        graph = mapped_graph(cable(title, head))
        assert list(graph.objects(doc(), ADO.destination)) == []


def test_the_sending_station_before_its_time_is_where_the_telegram_was_written() -> None:
    head = (
        "Ciphered telegram No. 1234\n\nFrom Hanoi. Sent 3 May 1951 at 21 hours 10 minutes. "
        "Received 4 May 1951 at 02 hours 45 minutes.\n\nTo Comrade Testev."
    )
    graph = mapped_graph(cable("Ciphered Telegram No. 1234, Testov to Testev", head))
    assert list(graph.objects(doc(), SCHEMA.locationCreated)) == [entity("place", "hanoi")]


def test_a_city_a_sentence_names_is_not_where_the_telegram_was_written() -> None:
    head = "Ciphered telegram No. 1234\n\nFrom Hanoi we learn that the delegation arrived."
    graph = mapped_graph(cable("Ciphered Telegram No. 1234, Testov to Testev", head))
    assert list(graph.objects(doc(), SCHEMA.locationCreated)) == []
