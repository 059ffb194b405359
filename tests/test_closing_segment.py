"""A city closing a title's parties: where a person with no place of his own wrote, or the
seat of the addressed mission or named body (review 19 B#12, C#12)."""

from __future__ import annotations

import pytest
from test_title_agents import doc, entity, mapped_graph

from linkeddata.vocab import ADO, SCHEMA


def written_and_went(text: str, year: int) -> tuple[str | None, str | None]:
    """The keys of the places a title of ``year`` says it was written in and went to."""
    graph = mapped_graph(f"**{year}**\n**{text}**\n")
    made = [str(p).rsplit("/", 1)[1] for p in graph.objects(doc(), SCHEMA.locationCreated)]
    sent = [str(p).rsplit("/", 1)[1] for p in graph.objects(doc(), ADO.destination)]
    assert len(made) <= 1
    assert len(sent) <= 1
    return (made[0] if made else None), (sent[0] if sent else None)


@pytest.mark.parametrize(
    ("text", "created", "destination"),
    [  # after a person with no place, the city is where he wrote
        (
            "Telegram from Ambassador Testo Hua to the Ministry of Foreign Affairs, Geneva",
            "geneva",
            None,
        ),
        (
            "Ciphered Telegram No. 12, Ambassador Testovsky to Testarin, Pyongyang",
            "pyongyang",
            None,
        ),
        # between bare people, the city may be either's: it stays where the message went
        ("Cable, Testo Zedong to Testo Dehuai, Beijing", None, "beijing"),
        ("Telegram from Testo Zedong to Testo Dehuai, Geneva", None, "geneva"),
        # an envoy addressee is the one abroad, and a party's organ sits in its capital
        ("Telegram from Secretary Testov to Ambassador Testin, Moscow", None, "moscow"),
        ("Letter from Chairman Testo Il Sung to the Central Committee, Beijing", None, "beijing"),
        ("Ciphered Telegram No. 4, Testovsky to Testarin, Pyongyang", None, "pyongyang"),
        ("Cable from Testo Guanhua to the Foreign Ministry, Geneva", "geneva", None),
        # a mission, or a body whose name says whose it is, sits in the city
        ("Telegram from Ambassador Testov to the Romanian Embassy, Pyongyang", None, "pyongyang"),
        ("Letter from Testo Il Sung to the CPSU Central Committee, Moscow", None, "moscow"),
        # a sender with a place of his own wrote there: the city is the addressee's
        (
            "Cable from the Polish Embassy in Hanoi to the Ministry of Foreign Affairs, Warsaw",
            "hanoi",
            "warsaw",
        ),
        ("Telegram from Testo Testov in Paris to Testin, Hanoi", "paris", "hanoi"),
        # a telegram's stations, and a body's cable, are not a person's
        ("Telegram from Testo Il Sung to Moscow, Beijing", None, "beijing"),
        ("Cable from the Chinese Embassy to the Foreign Ministry, Beijing", None, "beijing"),
    ],
)
def test_a_closing_city_after_a_person_is_where_he_wrote(
    text: str, created: str | None, destination: str | None
) -> None:
    graph = mapped_graph(f"**1971**\n**{text}**\n")
    made = set(graph.objects(doc(), SCHEMA.locationCreated))
    went = set(graph.objects(doc(), ADO.destination))
    if created:
        assert entity("place", created) in made
        assert entity("place", created) not in went
    if destination:
        assert entity("place", destination) in went
        assert entity("place", destination) not in made


@pytest.mark.parametrize(
    ("text", "recipients"),
    [  # an unquoted subject after a complete pair: no addressee, no place (review 19 B#6)
        (
            "Memo from Testo Testov to President Testin, Former Premier Testar's Trip to Testburg",
            [("person", "testin")],
        ),
        (
            "Memorandum from Testo Testov to President Testin, Testo Testar's Visit",
            [("person", "testin")],
        ),
        (
            "Memorandum from Testo Testov to President Testin, Testo Testar's Succession",
            [("person", "testin")],
        ),
        (
            "Memorandum from Testo Testov to President Testin, Soviet Reaction to the Proposal",
            [("person", "testin")],
        ),
        (
            "Cable from the Department of State to Testo Testov, Reprocessing",
            [("person", "testo-testov")],
        ),
        # still parties: an office's holder, a body's possessive, a name before "to"
        (
            "Letter from Testo Testov to the Soviet Ambassador, Testo Puzanin",
            [("person", "testo-puzanin")],
        ),
        (
            "Letter from Testo Testov to Testo Testin, Her Majesty's Government",
            [("person", "testo-testin"), ("org", "uk-government")],
        ),
        (
            "Letter from the First Secretary, Testo Testov, to Testo Testin",
            [("person", "testo-testin")],
        ),
    ],
)
def test_a_subject_after_the_parties_names_no_one(
    text: str, recipients: list[tuple[str, str]]
) -> None:
    graph = mapped_graph(f"**1978**\n**{text}**\n")
    assert sorted(graph.objects(doc(), SCHEMA.recipient)) == sorted(entity(*r) for r in recipients)
    assert not list(graph.objects(doc(), SCHEMA.locationCreated))
    assert not list(graph.objects(doc(), ADO.destination))


@pytest.mark.parametrize(
    ("text", "place"),
    [  # a city is still where the letter was written, and stations are still stations
        ("Letter from Testo Testov to Testo Testin, Taipei", SCHEMA.locationCreated),
        ("Telegram from Testgrad to Moscow, Beijing", ADO.destination),
    ],
)
def test_a_city_after_the_parties_is_no_subject(text: str, place: object) -> None:
    graph = mapped_graph(f"**1978**\n**{text}**\n")
    assert any("taipei" in str(o) or "beijing" in str(o) for o in graph.objects(doc(), place))


def test_an_envoy_by_the_file_wrote_where_the_city_is() -> None:
    graph = mapped_graph("**1950**\n**Ciphered Telegram No. 4, Shtykov to Testarin, Pyongyang**\n")
    assert entity("place", "pyongyang") in set(graph.objects(doc(), SCHEMA.locationCreated))


def test_several_stations_stay_destinations() -> None:
    graph = mapped_graph(
        "**1962**\n**Telegram from Testo Testov to Testin, Washington, and Testar, New York**\n"
    )
    assert not list(graph.objects(doc(), SCHEMA.locationCreated))
    assert entity("place", "new-york") in set(graph.objects(doc(), ADO.destination))


def test_the_city_still_says_whose_the_mission_is() -> None:
    graph = mapped_graph(
        "**1962**\n**Telegram from Secretary Testov to the Embassy in Moscow, Washington**\n"
    )
    assert entity("place", "washington") in set(graph.objects(doc(), SCHEMA.locationCreated))
    assert list(graph.objects(doc(), SCHEMA.recipient))


@pytest.mark.parametrize(
    ("text", "year"),
    [  # a city after an envoy addressee is his post, for every message type (review 21 A#2)
        ("Letter from Foreign Secretary Testov to Ambassador Sir Testin Testar, Moscow", 1956),
        ("Letter from Testo Testov to Ambassador Testin, Moscow", 1962),
        ("Despatch from the Foreign Secretary to Ambassador Testin, Moscow", 1956),
        ("Memorandum from Testo Testov to Chargé d'Affaires Testin, Warsaw", 1962),
        ("Letter from Testo Testov to Llewellyn Thompson, Moscow", 1962),  # the file's note
    ],
)
def test_a_city_after_an_envoy_addressee_is_where_the_letter_went(text: str, year: int) -> None:
    graph = mapped_graph(f"**{year}**\n**{text}**\n")
    city = "warsaw" if "Warsaw" in text else "moscow"
    assert entity("place", city) in set(graph.objects(doc(), ADO.destination))
    assert not list(graph.objects(doc(), SCHEMA.locationCreated))


@pytest.mark.parametrize(
    "text",
    [  # the envoy writes: the city is his post, where he wrote
        "Letter from Ambassador Testin to Testo Testov, Moscow",
        "Letter from Llewellyn Thompson to Testo Testov, Moscow",
        # after a bare person (no envoy by wording, nor by the file for the year) it stays
        "Letter from Testo Testov to Testo Testin, Moscow",
    ],
)
def test_a_city_after_an_addressee_who_is_no_envoy_is_where_it_was_written(text: str) -> None:
    graph = mapped_graph(f"**1962**\n**{text}**\n")
    assert entity("place", "moscow") in set(graph.objects(doc(), SCHEMA.locationCreated))
    assert not list(graph.objects(doc(), ADO.destination))


@pytest.mark.parametrize(
    ("text", "created", "went"),
    [  # the addressee has its place: the city is where the sender wrote (review 21 A#14)
        (
            "Telegram from the Department of Testing to the Testish Embassy in Washington, Ottawa",
            "ottawa",
            "washington",
        ),
        ("Telegram from the Foreign Ministry to the Embassy in Moscow, Rome", "rome", "moscow"),
        # the sender has its place: the city is the addressee's
        ("Telegram from the Embassy in Moscow to the Foreign Ministry, Rome", "moscow", "rome"),
    ],
)
def test_a_city_after_an_addressee_with_its_place_is_the_senders(
    text: str, created: str, went: str
) -> None:
    graph = mapped_graph(f"**1969**\n**{text}**\n")
    assert set(graph.objects(doc(), SCHEMA.locationCreated)) == {entity("place", created)}
    assert set(graph.objects(doc(), ADO.destination)) == {entity("place", went)}


def test_a_city_after_placed_and_unplaced_addressees_stays_a_destination() -> None:
    graph = mapped_graph(
        "**1969**\n**Telegram from the Foreign Ministry to the Embassy in Moscow and the"
        " Testish Legation, Rome**\n"
    )
    assert entity("place", "rome") not in set(graph.objects(doc(), SCHEMA.locationCreated))


@pytest.mark.parametrize(
    ("text", "created", "went"),
    [  # the city is the envoy's post only in the state the file posts him to that year
        ("Message from the Soviet Foreign Ministry to Ambassador Dobrynin, Moscow", "moscow", None),
        (
            "Message from the Soviet Foreign Ministry to Ambassador Dobrynin, Washington",
            None,
            "washington",
        ),
        # no post in the file: the city is the post unless it is a sender's capital
        ("Letter from the Soviet Foreign Ministry to Ambassador Testin, Moscow", "moscow", None),
        ("Letter from Khrushchev to Ambassador Testin, Moscow", "moscow", None),
        ("Letter from the Soviet Foreign Ministry to Ambassador Testin, Hanoi", None, "hanoi"),
    ],
)
def test_a_city_after_an_envoy_addressee_is_his_post_only_where_he_is_posted(
    text: str, created: str | None, went: str | None
) -> None:
    """Diff review 21 B#2: a letter to a Soviet ambassador abroad ending ", Moscow" was
    written in Moscow, not sent there."""
    graph = mapped_graph(f"**1963**\n**{text}**\n")
    made = set(graph.objects(doc(), SCHEMA.locationCreated))
    sent = set(graph.objects(doc(), ADO.destination))
    assert made == ({entity("place", created)} if created else set())
    assert sent == ({entity("place", went)} if went else set())


def test_a_state_after_an_addressee_s_city_is_no_place_of_writing() -> None:
    """Diff review 21 B#4: "to the Legation in Testburg, Switzerland" names the legation's
    state, not where the sender wrote."""
    graph = mapped_graph(
        "**1969**\n**Cable from the Foreign Office to the Testish Legation in Bern, Switzerland**\n"
    )
    assert not set(graph.objects(doc(), SCHEMA.locationCreated))
    assert entity("place", "switzerland") in set(graph.objects(doc(), ADO.destination))


@pytest.mark.parametrize(
    ("text", "year", "created", "went"),
    [  # review 22 A#7: a body sits in its state's capital, so another city is the sender's
        ("Telegram, Testo Hua to the CCP Central Committee, Geneva", 1954, "geneva", None),
        (
            "Telegram, Testo Hua to Testo Zedong and the CCP Central Military Commission, Hanoi",
            1954,
            "hanoi",
            None,
        ),
        # the body's own capital, a body abroad as the sender, a year with no capital: its seat
        ("Telegram, Testo Hua to the CCP Central Committee, Beijing", 1954, None, "beijing"),
        ("Telegram, CCP Central Committee to Testo Hua, Geneva", 1954, None, "geneva"),
        ("Telegram, Testo Hua to the CPSU Central Committee, Moscow", 1954, None, "moscow"),
        ("Telegram, Testo Hua to the CCP Central Committee, Geneva", 1947, None, "geneva"),
        # a person may travel: between people the city stays where the message went
        ("Telegram from Testo Hua to Mao Zedong, Geneva", 1954, None, "geneva"),
    ],
)
def test_a_city_no_addressed_body_sits_in_is_where_the_sender_wrote(
    text: str, year: int, created: str | None, went: str | None
) -> None:
    assert written_and_went(text, year) == (created, went)


@pytest.mark.parametrize(
    ("text", "year", "created", "went"),
    [  # review 22 C#13, review 21 B#14: the capital of an addressee's state, no sender's
        ("Letter from Testo Testov to Erich Honecker, East Berlin", 1978, None, "east-berlin"),
        ("Message from Testo Testill and Testo Testvelt to Stalin, Moscow", 1941, None, "moscow"),
        ("Letter from Anthony Eden to Nam Il and Kim Il Sung, Pyongyang", 1955, None, "pyongyang"),
        # a sender's own capital, a dateline, an envoy sender, an addressee of no known state
        ("Letter from Erich Honecker to Leonid Brezhnev, East Berlin", 1978, "east-berlin", None),
        (
            "Letter from Testo Testov to Erich Honecker, East Berlin, 9 May 1978",
            1978,
            "east-berlin",
            None,
        ),
        ("Letter from Ambassador Testov to Erich Honecker, East Berlin", 1978, "east-berlin", None),
        ("Letter from Anthony Eden to Testo Testov, Moscow", 1955, "moscow", None),
    ],
)
def test_a_city_closing_a_letter_that_is_the_addressee_s_capital_is_where_it_went(
    text: str, year: int, created: str | None, went: str | None
) -> None:
    assert written_and_went(text, year) == (created, went)


@pytest.mark.parametrize(
    ("text", "year", "created", "went"),
    [  # diff review 22 C#1: only a state's own organ of the year sits in its capital
        ("Letter from Testo Testov to the GPRA, Cairo", 1959, None, "cairo"),
        ("Letter from Testo Testov to the Tudeh Party, Leipzig", 1970, None, "leipzig"),
        ("Letter from Testo Testov to the KKE, Bucharest", 1950, None, "bucharest"),
        (
            "Telegram from Testo Zedong to the Chinese People's Volunteer Army, Kaesong",
            1953,
            None,
            "kaesong",
        ),
        # still caught: a ministry, a ruling party and its organ, of that year
        ("Telegram, Testo Hua to the Chinese Foreign Ministry, Moscow", 1957, "moscow", None),
        ("Letter from Testo Testov to the PZPR, Moscow", 1960, "moscow", None),
        ("Telegram, Testo Hua to the CPC Central Committee, Geneva", 1954, "geneva", None),
    ],
)
def test_only_a_state_s_own_organ_sits_in_its_capital(
    text: str, year: int, created: str | None, went: str | None
) -> None:
    graph = mapped_graph(f"**{year}**\n**{text}**\n")
    assert set(graph.objects(doc(), SCHEMA.locationCreated)) == (
        {entity("place", created)} if created else set()
    )
    assert set(graph.objects(doc(), ADO.destination)) == (
        {entity("place", went)} if went else set()
    )


@pytest.mark.parametrize(
    ("text", "created", "went"),
    [  # diff review 22 C#6: the capital is where it went only when every addressee is there
        ("Message from Testo Testill to Testo Testvelt and Stalin, Moscow", "moscow", None),
        ("Message from Testo Testill to Stalin and Molotov, Moscow", None, "moscow"),
        # an addressee the file cannot place may be another state's: no destination presumed
        ("Message from Testo Testill to Testo Testov and Stalin, Moscow", "moscow", None),
    ],
)
def test_a_capital_is_the_destination_only_of_addressees_all_of_its_state(
    text: str, created: str | None, went: str | None
) -> None:
    graph = mapped_graph(f"**1944**\n**{text}**\n")
    assert set(graph.objects(doc(), SCHEMA.locationCreated)) == (
        {entity("place", created)} if created else set()
    )
    assert set(graph.objects(doc(), ADO.destination)) == (
        {entity("place", went)} if went else set()
    )
