"""An embassy or a legation named by the state it is accredited to sits in that state's
capital, where the authority file gives one for the record's year (review 21 A#18)."""

from __future__ import annotations

import pytest
from test_title_agents import doc, entity, mapped_graph

from linkeddata.parser.bodies import mission_place
from linkeddata.vocab import ADO, SCHEMA


@pytest.mark.parametrize(
    ("text", "prop", "place"),
    [
        ("Telegram from the Embassy in the Soviet Union to the Testing Office", "made", "moscow"),
        ("Report of the Testish Legation in Hungary", "made", "budapest"),
        ("Telegram from the Testing Office to the Embassy in the Soviet Union", "went", "moscow"),
    ],
)
def test_a_mission_in_a_state_sits_in_its_capital(text: str, prop: str, place: str) -> None:
    graph = mapped_graph(f"**1962**\n**{text}**\n")
    made = set(graph.objects(doc(), SCHEMA.locationCreated))
    went = set(graph.objects(doc(), ADO.destination))
    assert entity("place", place) in (made if prop == "made" else went)
    assert not {entity("place", "soviet-union"), entity("place", "hungary")} & (made | went)


@pytest.mark.parametrize(
    ("text", "year", "place"),
    [  # a consulate keeps its place; a state the file gives several capitals keeps its name
        (
            "Telegram from the Testish Consulate in the Soviet Union to Testburg",
            1962,
            "soviet-union",
        ),
        ("Telegram from the Testish Embassy in Pakistan to the Testing Office", 1959, "pakistan"),
        # a year the file gives the state no capital keeps the state, never today's capital
        ("Telegram from the Testish Embassy in China to the Testing Office", 1947, "china"),
    ],
)
def test_a_mission_whose_seat_the_file_cannot_tell_keeps_its_place(
    text: str, year: int, place: str
) -> None:
    graph = mapped_graph(f"**{year}**\n**{text}**\n")
    assert entity("place", place) in set(graph.objects(doc(), SCHEMA.locationCreated))


def test_the_texts_own_place_of_writing_is_before_a_missions_capital() -> None:
    graph = mapped_graph(
        "**1958**\n**Report from the Testish Embassy in China to the Testing Office**\n\n"
        "**Contents:**\n\nTranslation - English\n\nThe situation is calm.\n\n"
        "Pyongyang, 12 March 1958\n"
    )
    assert entity("place", "beijing") not in set(graph.objects(doc(), SCHEMA.locationCreated))


@pytest.mark.parametrize(
    ("text", "city"),
    [  # diff review 21 B#3: the title's own city is where the mission was, not the capital
        ("Cable from the Testish Embassy in the Soviet Union, Kiev", "kiev"),
        (
            "Report from the Testish Embassy in North Korea, Kaesong, to the Testing Office",
            "kaesong",
        ),
    ],
)
def test_a_city_the_title_gives_beside_the_mission_s_state_keeps_out_the_capital(
    text: str, city: str
) -> None:
    made = set(mapped_graph(f"**1958**\n**{text}**\n").objects(doc(), SCHEMA.locationCreated))
    assert entity("place", city) in made
    assert not {entity("place", "moscow"), entity("place", "pyongyang")} & made


@pytest.mark.parametrize(
    ("state", "year", "city"),
    [  # review 22 C#8, A#6: the capital of the record's year, of a state that moved it
        ("China", 1955, "beijing"),
        ("Pakistan", 1955, "karachi"),
        ("Pakistan", 1962, "rawalpindi"),
        ("Pakistan", 1970, "islamabad"),
        ("Brazil", 1958, "rio-de-janeiro"),
        ("Brazil", 1962, "brasilia"),
        ("Vietnam", 1980, "hanoi"),  # Saigon was South Vietnam's capital, and no more
    ],
)
def test_a_mission_sits_in_the_capital_of_the_record_s_year(
    state: str, year: int, city: str
) -> None:
    text = f"Telegram from the Testish Embassy in {state} to the Testing Office"
    made = set(mapped_graph(f"**{year}**\n**{text}**\n").objects(doc(), SCHEMA.locationCreated))
    assert made == {entity("place", city)}


@pytest.mark.parametrize(
    ("text", "year", "city"),
    [  # review 22 A#6: a socialist state's mission "in" a shared name is in the one it knew
        ("Cable from the Soviet Embassy in Vietnam to the Testing Office", 1966, "hanoi"),
        ("Report of the Polish Embassy in Korea to the Testing Office", 1958, "pyongyang"),
        # another state's mission, or a year before the embassies, keeps the name
        ("Telegram from the Testish Embassy in Vietnam to the Testing Office", 1966, "vietnam"),
        ("Cable from the Soviet Embassy in Vietnam to the Testing Office", 1949, "vietnam"),
    ],
)
def test_a_mission_in_a_divided_state_s_name_is_in_the_state_its_own_recognised(
    text: str, year: int, city: str
) -> None:
    made = set(mapped_graph(f"**{year}**\n**{text}**\n").objects(doc(), SCHEMA.locationCreated))
    assert made == {entity("place", city)}


@pytest.mark.parametrize(
    ("text", "city"),
    [  # review 22 D#20: an envoy accredited to a state writes from its capital
        ("Telegram from Testish Ambassador to the USA Testov to the Testing Office", "washington"),
        ("Excerpt from the Journal of Testish Ambassador to the DPRK Testov", "pyongyang"),
        # a one-word surname after the state's whole name ends the post (review 23 C#3)
        ("Cable from USSR Ambassador to Cuba Testeev to the Testing Office", "havana"),
        ("Cable from Testish Ambassador to India Testo Zili to the Testing Office", "new-delhi"),
        # one to no state keeps what the title says
        ("Telegram from the Testish Ambassador in Leningrad to the Testing Office", "leningrad"),
    ],
)
def test_an_envoy_accredited_to_a_state_writes_from_its_capital(text: str, city: str) -> None:
    made = set(mapped_graph(f"**1962**\n**{text}**\n").objects(doc(), SCHEMA.locationCreated))
    assert made == {entity("place", city)}


@pytest.mark.parametrize("body", ["UN", "United Nations"])
def test_an_envoy_to_the_un_writes_from_its_seat(body: str) -> None:
    """No state's capital: the United Nations' seat, New York (review 23 C#3)."""
    text = f"Telegram from Testish Ambassador to the {body} Testov to the Testing Office"
    made = set(mapped_graph(f"**1962**\n**{text}**\n").objects(doc(), SCHEMA.locationCreated))
    assert made == {entity("place", "new-york")}


@pytest.mark.parametrize(
    ("text", "year", "city"),
    [  # diff review 22 C#3: only from the first full year of ties, and Hanoi from 1955
        ("Report from the Testish Embassy in Korea to the Testing Office", 1949, "korea"),
        ("Report from the Chinese Embassy in Korea to the Testing Office", 1949, "korea"),
        ("Report from the Chinese Embassy in Korea to the Testing Office", 1951, "pyongyang"),
        ("Report from the Chinese Ambassador to Vietnam to the Testing Office", 1952, "vietnam"),
        ("Report from the Soviet Embassy in Vietnam to the Testing Office", 1954, "vietnam"),
        ("Report from the Soviet Embassy in Vietnam to the Testing Office", 1955, "hanoi"),
        ("Report from the Cuban Embassy in Vietnam to the Testing Office", 1958, "vietnam"),
        ("Report from the Cuban Embassy in Vietnam to the Testing Office", 1966, "hanoi"),
        # a record that names the Republic of China: its embassy may be the one in Seoul
        ("Report from the Chinese Embassy in Korea on Taiwan's Trade", 1965, "korea"),
        ("Report from the Chinese Embassy in Korea on the Republic of China", 1965, "korea"),
        (
            "Report from the Chinese Embassy in Korea on the People's Republic of China",
            1965,
            "pyongyang",
        ),
    ],
)
def test_a_mission_in_a_shared_name_is_in_the_recognised_state_only_in_years_of_ties(
    text: str, year: int, city: str
) -> None:
    made = set(mapped_graph(f"**{year}**\n**{text}**\n").objects(doc(), SCHEMA.locationCreated))
    assert made == {entity("place", city)}


@pytest.mark.parametrize(
    "text",
    [  # diff review 22 C#4: an envoy out of the post writes from no post
        "Letter from Former Ambassador to the USSR Testo Testan to Testo Testin",
        "Letter from ex-Ambassador to the USSR Testo Testan to Testo Testin",
        "Letter from the late Ambassador to the USSR Testo Testan to Testo Testin",
        "Letter from Ambassador-designate to the USSR Testo Testan to Testo Testin",
    ],
)
def test_an_envoy_out_of_the_post_is_not_there(text: str) -> None:
    made = set(mapped_graph(f"**1966**\n**{text}**\n").objects(doc(), SCHEMA.locationCreated))
    assert not made & {entity("place", "moscow"), entity("place", "soviet-union")}


@pytest.mark.parametrize(
    ("name", "post"),
    [
        ("Testish Ambassador to Cuba Testeev", "Cuba"),
        ("Testish Ambassador to the United Nations Testov", "United Nations"),
        ("the Testish Embassy in Guinea Bissau", "Guinea Bissau"),  # one country's two words
        ("the Testish Embassy in Panama City", "Panama City"),
    ],
)
def test_a_post_ends_where_its_holder_begins(name: str, post: str) -> None:
    assert mission_place(name) == post
