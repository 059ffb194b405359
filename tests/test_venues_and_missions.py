"""Where talks were held, as a title says it: a known place between commas or after "in"/"at"
at the end of the parties, in records of conversations, meetings and interviews only; and one
mission however its country and its post are written."""

from __future__ import annotations

import pytest
from rdflib import URIRef
from rdflib.namespace import DCTERMS
from test_title_agents import doc, entity, mapped_graph

from linkeddata.vocab import ADO, SCHEMA


def made_in(text: str) -> list[object]:
    graph = mapped_graph(f"**1970**\n**{text}**\n")
    return list(graph.objects(doc(), SCHEMA.locationCreated))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Record of Conversation between Mao Zedong and Kim Il Sung, Beijing, 10 October 1970",
            "beijing",
        ),
        (
            "Conversations between Testo Testoyan and Fidel Castro, Havana, 3-5 November 1962",
            "havana",
        ),
        ("Memorandum of Conversation, Beijing, July 9, 1971, 4:35-11:20 p.m.", "beijing"),
        ("Conversation between Zhou Enlai and Henry Kissinger in Beijing", "beijing"),
        (
            "Stenographic Record of the Meeting of Testish Leaders in Moscow, 4 December 1989",
            "moscow",
        ),
        ("Interview with General Testo Testkov, Moscow", "moscow"),
        (  # after the date of the talks; "on the Conversation" is the type, no topic
            "Note on the Conversation of Comrade Testo Testecker with Comrade Testae Testescu"
            " on 14 June 1982 in Berlin",
            "berlin",
        ),
        ("Minutes of the Talks held in Moscow between the Test Delegations", "moscow"),
        # a caption in brackets after the place says which part: the place stays (review 23
        # D#27, A#10), and so does one glossed by its state
        (
            "Record of Conversation between Testo Testov and Testo Testin in Reykjavik (Afternoon)",
            "reykjavik",
        ),
        ("Conversation between Testoyan and Testro in Havana (Excerpts)", "havana"),
        ("Record of Conversation between Testov and Testin, Pyongyang [Fragment]", "pyongyang"),
        ("Record of Conversation between Testov and Testin in Pyongyang (DPRK)", "pyongyang"),
        ("Minutes of the Seventh Pugwash Conference, Vienna (Extract)", "vienna"),
        # a known city ending a title with no parties is where it was written (review 23 A#10,
        # A#20, D#33)
        ("Joint Declaration on the Peaceful Uses of Testing, Buenos Aires", "buenos-aires"),
        ("Testish Foreign Ministry Memorandum, Stockholm, 9 March 1970", "stockholm"),
        ("Speech by Testo Testov at the 40th Anniversary of Testland, East Berlin", "east-berlin"),
        ("Report of the Testish Embassy in Budapest on Testo Testov, Belgrade", "budapest"),
        ("Speech by Testo Testov in Vladivostok", "vladivostok"),  # no capital, a known city
        # a conference's or a summit's own record, named for where it met (review 23 D#13, D#24,
        # D#28)
        ("Transcript of the Havana Conference on the Testing Crisis, January 9-12, 1992", "havana"),
        ("Hanoi Conference Transcript, Session 2, 21 June 1997", "hanoi"),
        ("Testish Transcript of the Malta Summit, December 2-3, 1989", "malta"),
        # an act named for the city it was signed or issued in (review 23 C#17)
        ("The Tashkent Protocol", "tashkent"),
        ("Text of the Shanghai Communiqué", "shanghai"),
    ],
)
def test_where_talks_were_held(text: str, place: str) -> None:
    assert made_in(text) == [entity("place", place)]


@pytest.mark.parametrize(
    "text",
    [
        "Record of a Conversation between the Testish Ambassador in Pyongyang, Comrade Testa, and"
        " Kim Il Sung",  # his post, not where they talked
        "Record of Conversation between Testo and Testin, Testgrad",  # no place the file knows
        "Record of Conversation with Kim Il Sung on the Situation in Hanoi",  # the topic
        "Memorandum of Conversation between the Ambassador of Testland in Moscow and Testov"
        " (Excerpt)",  # an envoy's post, whatever caption follows
        "Report on the Situation, Vietnam",  # a country: what it is about
        "Speech by Testo Testov on the Situation in Vladivostok",  # the topic's place
        "Memorandum on the Geneva Conference",  # about it, written anywhere
        "Testish Report on the Washington Summit",
        "Transcript of a Conversation before the Geneva Summit",
        "Moscow's Reaction to the Testing",  # a metonym
        "Reaction to the Moscow Declaration",  # about the act
        "Report on Testland, Hanoi, and Vientiane",  # a list's last place
    ],
)
def test_no_venue(text: str) -> None:
    assert made_in(text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [  # the title's own place, not the one the act or the meeting it names is named for
        ("Tashkent Protocol Implementation Report, Prague", "prague"),
        ("Transcript of the Vienna Summit Follow-up Meeting, Moscow", "moscow"),
        ("Minutes of the Hanoi Conference, Moscow", "moscow"),
        ("Malta Summit Transcript, Washington", "washington"),
        # the act heads the title: of, on, a date after it
        ("The Tashkent Declaration of 10 January 1966", "tashkent"),
    ],
)
def test_the_title_s_own_place_wins_over_a_name_s(text: str, place: str) -> None:
    assert made_in(text) == [entity("place", place)]


@pytest.mark.parametrize(
    "text",
    [  # a document about an act, an alliance named for a city, a meeting before or after one
        "Tashkent Protocol Implementation Report",
        "Shanghai Communiqué Commentary",
        "Warsaw Pact Statement on Testing",
        "Baghdad Pact Memorandum",
        "Transcript of the Malta Summit Preparatory Meeting",
        "Minutes of the Hanoi Conference Delegation Meeting",
        "Minutes of the Havana Conference Organizing Committee",
    ],
)
def test_no_venue_from_a_name_that_heads_nothing(text: str) -> None:
    assert made_in(text) == []


@pytest.mark.parametrize(
    "sender",
    [
        "the Hungarian Embassy in Pyongyang",
        "the Embassy of Hungary in Pyongyang",
        "the Hungarian Embassy, Pyongyang,",
        "the Embassy of the Hungarian People's Republic in Pyongyang",
    ],
)
def test_one_mission_however_its_country_is_written(sender: str) -> None:
    graph = mapped_graph(f"**1967**\n**Report from {sender} to the Testish Ministry**\n")
    assert list(graph.objects(doc(), SCHEMA.sender)) == [
        entity("org", "hungarian-embassy-in-north-korea")
    ]


@pytest.mark.parametrize(
    "sender",
    [
        "the Soviet Embassy in Peking",
        "the USSR Embassy in Beijing",
        "the Embassy of the USSR in Beijing",
    ],
)
def test_one_mission_however_its_post_is_written(sender: str) -> None:
    graph = mapped_graph(f"**1960**\n**Report from {sender} to the Testish Ministry**\n")
    assert list(graph.objects(doc(), SCHEMA.sender)) == [entity("org", "soviet-embassy-in-china")]


def test_a_mission_to_a_country_is_in_it() -> None:
    to = mapped_graph("**1967**\n**Report from the Hungarian Embassy to the DPRK to Testin**\n")
    in_ = mapped_graph("**1967**\n**Report from the Hungarian Embassy in North Korea to Testin**\n")
    assert set(to.objects(doc(), SCHEMA.sender)) == set(in_.objects(doc(), SCHEMA.sender))


@pytest.mark.parametrize(
    ("capital", "country", "key"),
    [
        ("Pyongyang", "the DPRK", "north-korea"),
        ("Warsaw", "Poland", "poland"),
        ("Washington", "the United States", "the-united-states"),
        ("Moscow", "the Soviet Union", "the-soviet-union"),
        ("Prague", "Czechoslovakia", "czechoslovakia"),
        ("Bonn", "West Germany", "west-germany"),
        ("Rabat", "Morocco", "morocco"),
        ("Hanoi", "North Vietnam", "north-vietnam"),  # the state of the record's year
        ("Berlin", "Germany", None),  # East and West: the city is kept
    ],
)
def test_an_embassy_in_a_capital_is_the_embassy_in_its_country(
    capital: str, country: str, key: str | None
) -> None:
    city = mapped_graph(f"**1967**\n**Report from the Testish Embassy in {capital} to Testin**\n")
    state = mapped_graph(f"**1967**\n**Report from the Testish Embassy in {country} to Testin**\n")
    post = key or capital.casefold()
    assert list(city.objects(doc(), SCHEMA.sender)) == [entity("org", f"testish-embassy-in-{post}")]
    if key is not None:
        assert list(state.objects(doc(), SCHEMA.sender)) == list(city.objects(doc(), SCHEMA.sender))


@pytest.mark.parametrize(
    ("sender", "key"),
    [
        ("the Soviet Consulate in Shanghai", "soviet-consulate-in-shanghai"),  # not accredited
        ("the Polish Embassy in Berlin", "polish-embassy-in-berlin"),  # East and West
    ],
)
def test_a_consulate_or_a_capital_of_two_states_keeps_its_city(sender: str, key: str) -> None:
    graph = mapped_graph(f"**1967**\n**Report from {sender} to the Testish Ministry**\n")
    assert list(graph.objects(doc(), SCHEMA.sender)) == [entity("org", key)]


@pytest.mark.parametrize(
    ("text", "prop", "key"),
    [
        ("Telegram from Embassy Testgrad to State", SCHEMA.recipient, "department-of-state"),
        (
            "Telegram from Embassy Saigon to State",
            SCHEMA.sender,
            "american-embassy-in-south-vietnam",
        ),
        (
            "Telegram from State to Embassy Moscow",
            SCHEMA.recipient,
            "american-embassy-in-the-soviet-union",
        ),
        (
            "Telegram from Embassy Saigon to the Secretary of State",
            SCHEMA.sender,
            "american-embassy-in-south-vietnam",
        ),
    ],
)
def test_the_state_departments_cable_form(text: str, prop: URIRef, key: str) -> None:
    graph = mapped_graph(f"**1965**\n**{text}**\n")
    assert entity("org", key) in set(graph.objects(doc(), prop))


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Report of the Politburo of the Vietnam Workers' Party to the Central Committee",
            "cc-vwp",
        ),
        ("Letter from the CC CPSU Politburo to the Central Committee", "cc-cpsu"),
    ],
)
def test_a_bare_party_organ_is_the_organ_of_the_other_agents_party(text: str, key: str) -> None:
    graph = mapped_graph(f"**1965**\n**{text}**\n")
    assert list(graph.objects(doc(), SCHEMA.recipient)) == [entity("org", key)]


def test_an_embassys_staff_is_no_cable_post() -> None:
    graph = mapped_graph("**1965**\n**Telegram from the Embassy Staff to the Testish Ministry**\n")
    assert entity("org", "american-embassy-staff") not in set(graph.objects(doc(), SCHEMA.sender))


def test_a_delegation_to_a_body_keeps_its_to() -> None:
    from linkeddata.parser.national_names import national_name

    assert national_name("the Delegation of Hungary to the Conference on Disarmament") == (
        "Hungarian Delegation to the Conference on Disarmament"
    )
    assert national_name("the Embassy of Hungary to the DPRK") == "Hungarian Embassy in the DPRK"


def test_a_delegation_to_a_body_is_in_the_city_after_it_not_in_the_body() -> None:
    title = "Cable from the Soviet Delegation to the TNDC, Geneva, to the Testish Ministry"
    assert made_in(title) == [entity("place", "geneva")]
    assert made_in("Cable from the Soviet Ambassador to the DPRK, Testov, to the Ministry") == [
        entity("place", "north-korea")
    ]


def test_a_mission_of_a_country_posted_nowhere_is_named_by_its_adjective() -> None:
    from linkeddata.parser.national_names import national_name

    assert national_name("the Delegation of Hungary") == "Hungarian Delegation"
    assert national_name("the Permanent Representation of Italy") == (
        "Italian Permanent Representation"
    )


def test_a_bare_organ_named_first_is_the_organ_of_the_party_named_after() -> None:
    graph = mapped_graph("**1965**\n**Letter from the Central Committee to the CPSU Politburo**\n")
    assert list(graph.objects(doc(), SCHEMA.sender)) == [entity("org", "cc-cpsu")]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Telegram from Phnom Penh to the Ministry of Foreign Affairs, Warsaw",
            "polish-foreign-ministry",
        ),
        ("Telegram from Testov to the Foreign Ministry in Budapest", "hungarian-foreign-ministry"),
        (
            "Cable from the Cuban Embassy in Hanoi to the Ministry of Foreign Relations, Havana",
            "cuban-ministry-of-foreign-relations",
        ),
        (  # the city it sits in says whose before the other agents do
            "Letter from the Soviet Embassy in Hanoi to the Ministry of Foreign Affairs, Warsaw",
            "polish-foreign-ministry",
        ),
    ],
)
def test_a_body_without_its_country_is_the_one_of_the_capital_it_sits_in(
    text: str, key: str
) -> None:
    graph = mapped_graph(f"**1967**\n**{text}**\n")
    assert list(graph.objects(doc(), SCHEMA.recipient)) == [entity("org", key)]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Statement of the Government of the Democratic People's Republic of Korea", "government"),
        ("Statement of the Government of the DPRK", "government"),
        ("Statement of the DPRK Government", "government"),
        ("Declaration of the Government of North Korea", "government"),
        ("Appeal of the Supreme People's Assembly of the DPRK", "supreme-peoples-assembly"),
    ],
)
def test_one_state_organ_however_its_state_is_written(text: str, key: str) -> None:
    graph = mapped_graph(f"**1965**\n**{text}**\n")
    assert list(graph.objects(doc(), DCTERMS.creator)) == [entity("org", f"north-korean-{key}")]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Statement of the Government of the ČSSR", "czechoslovak-government"),  # a hidden label
        (
            "Declaration of the Government of the Federal People's Republic of Yugoslavia",
            "yugoslav-government",
        ),  # an altLabel of the file's place
        ("Statement of the Government of National Unity", "government-of-national-unity"),
    ],
)
def test_a_state_organ_under_a_name_the_file_gives_the_state(text: str, key: str) -> None:
    """Review 20 A#11: the state's name as the authority file gives it keys the organ too."""
    graph = mapped_graph(f"**1968**\n**{text}**\n")
    assert list(graph.objects(doc(), DCTERMS.creator)) == [entity("org", key)]


def test_the_government_of_the_ussr_is_the_soviet_government() -> None:
    """The authority file holds it: the Council of Ministers, "the Government of the USSR"."""
    graph = mapped_graph("**1965**\n**Letter from the Government of the USSR to Testin**\n")
    soviet = entity("org", "soviet-council-of-ministers")
    assert list(graph.objects(doc(), SCHEMA.sender)) == [soviet]


@pytest.mark.parametrize(
    ("sender", "written"),
    [
        ("the Embassy of Hungary in North Korea", ["pyongyang"]),  # the city refines it
        ("the Hungarian Embassy in Pyongyang", ["pyongyang"]),
        ("the Hungarian Embassy in China", ["china"]),  # Pyongyang is not in China, nor Beijing
    ],
)
def test_a_closing_city_in_the_titles_country_is_where_it_was_written(
    sender: str, written: list[str]
) -> None:
    graph = mapped_graph(
        f"**1958**\n**Report from {sender} to the Hungarian Foreign Ministry**\n\n"
        "**Contents:**\n\nTranslation - English\n\nThe situation is calm.\n\n"
        "Pyongyang, 12 March 1958\n"
    )
    assert {str(o) for o in graph.objects(doc(), SCHEMA.locationCreated)} == {
        str(entity("place", key)) for key in written
    }


@pytest.mark.parametrize(
    ("text", "key"),
    [  # every name the file or the registries give a state name it in a mission
        ("Telegram from the Embassy of the SFRY in Tirana", "yugoslav-embassy-in-albania"),
        ("Telegram from the Embassy of the UAR in Moscow", "egyptian-embassy-in-the-soviet-union"),
        (
            "Telegram from the Embassy of the Arab Republic of Egypt in Moscow",
            "egyptian-embassy-in-the-soviet-union",
        ),
        (
            "Telegram from the Embassy of the Republic of Iraq in Prague",
            "iraqi-embassy-in-czechoslovakia",
        ),
    ],
)
def test_a_mission_of_a_state_by_its_formal_name_is_named_by_its_adjective(
    text: str, key: str
) -> None:
    graph = mapped_graph(f"**1972**\n**{text}**\n")
    assert list(graph.objects(doc(), SCHEMA.sender)) == [entity("org", key)]


@pytest.mark.parametrize(
    ("text", "key"),
    [  # an embassy with no place writing to a host state's body is in that state
        (
            "Note Verbale from the Embassy of the Arab Republic of Egypt to the Ministry of"
            " Foreign Affairs of the USSR",
            "egyptian-embassy-in-the-soviet-union",
        ),
        (
            "Letter from the Hungarian Embassy to the Foreign Ministry of the DPRK",
            "hungarian-embassy-in-north-korea",
        ),
        ("Letter from the Hungarian Embassy to the Soviet Embassy", None),  # a third state's
        ("Letter from the Hungarian Embassy to the Hungarian Foreign Ministry", None),
    ],
)
def test_an_embassy_with_no_place_writing_to_a_host_ministry_is_in_its_state(
    text: str, key: str | None
) -> None:
    graph = mapped_graph(f"**1972**\n**{text}**\n")
    assert list(graph.objects(doc(), SCHEMA.sender)) == ([entity("org", key)] if key else [])


@pytest.mark.parametrize(
    ("text", "place"),
    [  # a known city after a speech's venue is where it was delivered (review 19 A#10)
        (
            "Speech by Testo Sukar at the Ceremony for the 45th Anniversary of the Party, Djakarta",
            "jakarta",
        ),
        ("Speech by Testo Castrov at the Plaza de la Testolución, Havana", "havana"),
        ("Toast by Testo Enlai at the Banquet for Testo Sihan, Peking", "beijing"),
        ("Address by Testa Gandhiv to the Parliament, New Delhi, 15 August 1970", "new-delhi"),
        # a known city closing the venue with "in", or after the speaker (review 20 A#14)
        ("Speech by Testo Kanik at the Meeting of Testish Leaders in Moscow", "moscow"),
        ("Speech of Testae Testescu at the Mass Rally in Bucharest", "bucharest"),
        ("Speech by Testo Testek at the Plenum of the CC in Prague, 3 April 1968", "prague"),
        ("Speech by Testo Testek at the Congress of the Testian Party in Prague", "prague"),
        ("Speech by Testo Testnev in Moscow on the 60th Anniversary of the Revolution", "moscow"),
        ("Testo Testchev's Speech in Sofia", "sofia"),
        ("Speech by Testo Testchev at Belgrade Airport", "belgrade"),
    ],
)
def test_a_city_after_a_speechs_venue_is_where_it_was_delivered(text: str, place: str) -> None:
    assert made_in(text) == [entity("place", place)]


@pytest.mark.parametrize(
    "text",
    [  # a city that is the topic, or part of the venue's name
        "Speech by Testo Castrov on the Events in Havana",
        "Speech by Testo Castrov at the University of Havana",
        "Speech by Testo Castrov on the Situation in Havana on 5 May 1961",
        "Speech by Testo Castrov at the Rally in Cuba",  # a country, no city
        # a city of the gathering's complement (diff review 20 B#7)
        "Speech by Testo Castrov at the Conference of Solidarity with the Struggle in Saigon",
        "Speech by Testo Enlai at the Banquet for the Delegation in Beijing",
        "Speech by Testo Testnev at the Funeral of the Victims in Prague",
    ],
)
def test_a_city_in_a_speechs_topic_or_venue_name_is_no_place(text: str) -> None:
    assert made_in(text) == []


@pytest.mark.parametrize(
    ("text", "place", "others"),
    [  # a place opening "Meeting with": the venue; who follows "with" the other party (review
        # 19 L#2)
        ("Moscow Meeting with Foreign Minister Andrei Gromyko", "moscow", {"gromyko-andrei"}),
        ("Havana Talks with Foreign Minister Andrei Gromyko", "havana", {"gromyko-andrei"}),
        (
            "Saddam Meeting with Foreign Minister Andrei Gromyko",
            None,
            {"saddam-hussein", "gromyko-andrei"},
        ),
        ("Mongolia Meeting with Testov Testinov Testin", None, {"testov-testinov-testin"}),
    ],
)
def test_a_place_opening_a_meeting_is_its_venue(
    text: str, place: str | None, others: set[str]
) -> None:
    graph = mapped_graph(f"**1970**\n**{text}**\n")
    venues = set(graph.objects(doc(), SCHEMA.locationCreated))
    assert venues == ({entity("place", place)} if place else set())
    found = {str(o).rsplit("/", 1)[-1] for o in graph.objects(doc(), ADO.participant)}
    assert found == others


@pytest.mark.parametrize(
    "text",
    [  # a country, a list the venue opens, a cause: no place of delivery (review 19 diff C#2)
        "Speech by Testov at the Meeting with Representatives of Poland, Czechoslovakia, Hungary",
        "Speech by Testov to the Ambassadors of Poland, Czechoslovakia, and Hungary",
        "Statement by Testov to the Ambassadors of Britain, Geneva",
        "Statement by the Government of Testland in Response to the United States, Japan",
        "Statement by the Government of Testland in Support of Vietnam, Hanoi",
        "Speech by Testo Enlai at the Banquet for Testo Sihan, Cambodia",
        "Speech by Testo Enlai at the Banquet for Testo Sihan, Havana, Excerpts",
    ],
)
def test_a_country_or_a_list_after_a_speechs_venue_is_no_place(text: str) -> None:
    assert made_in(text) == []


def test_a_city_after_a_speechs_venue_before_its_topic_is_where_it_was_delivered() -> None:
    assert made_in("Speech by Testo Zedong at the Conference, Beijing, on Testov") == [
        entity("place", "beijing")
    ]


def _recorded(title: str, closing: str) -> set[object]:
    graph = mapped_graph(
        f"**1970**\n**{title}**\n\n**Contents:**\n\nTranslation - English\n\n"
        f"Testov: We agree on the main points of the plan.\n\n{closing}\n"
    )
    return set(graph.objects(doc(), SCHEMA.locationCreated))


def test_a_record_drawn_up_elsewhere_was_written_where_its_closing_says() -> None:
    """Review 22 B#16: the title's place is where the talks were held."""
    title = "Memorandum of Conversation between Testo Testov and Testo Testin, Moscow"
    assert _recorded(title, "Budapest, 28 March 1970") == {entity("place", "budapest")}


@pytest.mark.parametrize(
    ("title", "closing", "place"),
    [  # the closing says the same place, or none: the title's place stands
        (
            "Memorandum of Conversation between Testo Testov and Testo Testin, Moscow",
            "Moscow, 24 March 1970",
            "moscow",
        ),
        (
            "Memorandum of Conversation between Testo Testov and Testo Testin, Moscow",
            "28 March 1970",
            "moscow",
        ),
    ],
)
def test_a_record_whose_closing_names_no_other_place_keeps_the_title_s(
    title: str, closing: str, place: str
) -> None:
    assert _recorded(title, closing) == {entity("place", place)}


def test_an_attachment_s_dateline_is_not_the_record_s() -> None:
    """Diff review 22 C#5: a short record's head reaches its attachment's "Place, date"."""
    title = "Memorandum of Conversation between Testo Testov and Testo Testin, Moscow"
    closing = "Attachment:\n\nNote of the Testish Embassy\n\nBudapest, 20 March 1970"
    assert _recorded(title, closing) == {entity("place", "moscow")}
