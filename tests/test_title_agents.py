"""Authors and participants named by the head of a title, and what the mapping makes of them."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS

from linkeddata.iris import Iris, slug
from linkeddata.mapping import Context, map_record
from linkeddata.mapping.authority_file import load_authority
from linkeddata.mapping.registry import registry_numbers
from linkeddata.mapping.vague_names import vagueness
from linkeddata.parser import parse_record
from linkeddata.parser.bodies import mission_place, stationed
from linkeddata.parser.names import agent_kind, name_kind, personal_name, personal_name_shape
from linkeddata.parser.office_words import office_only
from linkeddata.record import Title
from linkeddata.vocab import ADO, RICO, SCHEMA

IRIS = Iris("http://127.0.0.1:8080/")
AUTHORITY = load_authority(
    Path(__file__).resolve().parent.parent / "documents" / "authorities.ttl", IRIS
)
SHA = "0" * 64


def doc() -> URIRef:
    return URIRef(IRIS.document("1"))


def entity(kind: str, key: str) -> URIRef:
    return URIRef(IRIS.entity(kind, key))


def title(text: str) -> Title:
    parsed = parse_record(f"**May 1, 1967**\n**{text}**\n", "x/1.txt", default_id="1").title
    assert parsed is not None
    return parsed


def mapped_graph(text: str) -> Graph:
    """The graph of a record of ``text`` (file x/1.txt, id 1)."""
    rec = parse_record(text, "x/1.txt", default_id="1")
    return map_record(rec, Context(IRIS, AUTHORITY, {}), sha256=SHA).graph


def names(located: tuple[object, ...]) -> list[str]:
    return [x.value for x in located]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "participants"),
    [
        ("Memorandum of Conversation between Test Mao and Test Kim", ["Test Mao", "Test Kim"]),
        (
            "Minutes of Conversation between Test Zhou and Test Kim, 10 October 1953",
            ["Test Zhou", "Test Kim"],
        ),
        (
            "Record of Conversation between Ambassador Testov, Test Kim and Test Pak",
            ["Ambassador Testov", "Test Kim", "Test Pak"],
        ),
        (
            "Transcript of Conversation between Test Brezhnev and Test Honecker",
            ["Test Brezhnev", "Test Honecker"],
        ),
        ("Notes of Meeting between Test Kissinger and Test Zhou", ["Test Kissinger", "Test Zhou"]),
        ("Summary of Conversation with Test Kim", ["Test Kim"]),
        ("Interview with Test Kim", ["Test Kim"]),
        ("Report on Talks with the Test Delegation", ["Test Delegation"]),
        (
            "Conversation between Comrade Test Kim and the Test Delegation, TOP SECRET",
            ["Comrade Test Kim", "Test Delegation"],
        ),
        (
            "Test Kim's Conversation with the Test Ambassador on June 3, 1972",
            ["Test Kim", "Test Ambassador"],
        ),
        ("Conversation between Test Kim and Test Lee in Pyongyang", ["Test Kim", "Test Lee"]),
        ("Minutes of Talks between Test Zhou and Test Kim, Beijing", ["Test Zhou", "Test Kim"]),
        ("Meeting between Test Deng and Test Kim", ["Test Deng", "Test Kim"]),
        (
            "Notes of Conversation of Comrade Test Kim with the Test Delegation",
            ["Comrade Test Kim", "Test Delegation"],
        ),
        ("Record of Conversation of the Situation", []),
        # a delegation with an indefinite article is a party as with "the"
        (
            "Conversation between Test Mao and a Testish Delegation",
            ["Test Mao", "Testish Delegation"],
        ),
        # a type alone before a comma is the type, never a party
        (
            "Minutes, Test Mao's Conversation with the Test Delegation",
            ["Test Mao", "Test Delegation"],
        ),
        ("Transcript, Testnev's Conversation with Testecker", ["Testnev", "Testecker"]),
        ("Memorandum, Test Kim's Talk with the Test Ambassador", ["Test Kim", "Test Ambassador"]),
        (
            "Soviet Ambassador to the DPRK V.V. Testov's Conversation with Test Kim",
            ["Soviet Ambassador to the DPRK V.V. Testov", "Test Kim"],
        ),
        ("Record of the Meeting between Test Mao and Test Kim", ["Test Mao", "Test Kim"]),
        ("Interview with Test Kim by the Editor of Test Shimbun", ["Test Kim"]),
        ("Speech by Test Kim at the Meeting with the Test Delegation", []),
        (
            "Minutes of Conversation, Test Mao and Ambassador Testin",
            ["Test Mao", "Ambassador Testin"],
        ),
        (
            "Memorandum of Conversation: President Test and Ambassador Testor",
            ["President Test", "Ambassador Testor"],
        ),
        ("Memorandum of Conversation: Korean Policy", []),
        (
            "Note on a Conversation with the Ambassador of the GDR, Comrade Wolfgang Testelt",
            ["Comrade Wolfgang Testelt"],
        ),
        (
            "Conversation between Test Kim and the Ambassador of the DPRK in the USSR,"
            " Kim Test-suk",
            ["Test Kim", "Kim Test-suk"],
        ),
        (
            "Record of Conversation between the Soviet Ambassador, the Chinese Ambassador"
            " and Test Kim",
            ["Soviet Ambassador", "Chinese Ambassador", "Test Kim"],
        ),
        # not a conversation's participants
        ("Letter from Test Kim to Test Lee with Attachment", []),
        ("Telegram from Test Kim to Test Lee on the Conversation with Test Pak", []),
        ("Report with Annexes", []),
        (  # an address after "at" is where they met, no part of a mission's name
            "Record of a Conversation between the Prime Minister and the Testish Ambassador at"
            " 10 Testing Street on 12 March 1982",
            ["Prime Minister", "Testish Ambassador"],
        ),
        # a record's word before a comma, then whose talk it records
        ("Record, Test Kim's Talk with the Test Ambassador", ["Test Kim", "Test Ambassador"]),
        ("Summary, Test Zhou's Talk with Test Kim", ["Test Zhou", "Test Kim"]),
        # a conference named after the type is the event, no participant
        ("Transcript, Test Opportunities Conference, Testgrad, June 20-23, 1997", []),
    ],
)
def test_participants(text: str, participants: list[str]) -> None:
    assert names(title(text).participants) == participants


@pytest.mark.parametrize(
    ("text", "authors", "origins"),
    [
        ("Speech by Test Kim at the Fourth Party Congress", ["Test Kim"], []),
        ("Article by Test Kim in Rodong Sinmun, 'On Juche'", ["Test Kim"], []),
        (
            "Report by the Test Embassy in Pyongyang on the Situation",
            ["Test Embassy in Pyongyang"],
            ["Pyongyang"],
        ),
        (
            "Report by the Embassy of the DPRK in Moscow on the Talks",
            ["Embassy of the DPRK in Moscow"],
            ["Moscow"],
        ),
        (
            "Journal of Soviet Ambassador to the DPRK A.B. Testov for 12 June 1957",
            ["Soviet Ambassador to the DPRK A.B. Testov"],
            ["DPRK"],
        ),
        (
            "Diary of Soviet Ambassador in North Korea V.I. Testov, 1 June 1956",
            ["Soviet Ambassador in North Korea V.I. Testov"],
            ["North Korea"],
        ),
        ("Diary of Test Kim, 1 June 1956", ["Test Kim"], []),
        ("Entry from the Journal of Ambassador Testov", ["Ambassador Testov"], []),
        (
            "Statement of the Government of the Test Republic",
            ["Government of the Test Republic"],
            [],
        ),
        ("Resolution of the Test Presidium on Korea", ["Test Presidium"], []),
        ("Remarks of Ambassador Test Lee at the United Nations", ["Ambassador Test Lee"], []),
        # "of" that names what the document is about or records
        ("Report of the Visit of the Test Delegation", [], []),
        ("Biography of Test Kim", [], []),
        ("Minutes of the Meeting of the Test Politburo", ["Test Politburo"], []),  # it met
        ("Minutes of the Test Politburo Meeting", ["Test Politburo"], []),  # it met too
        (  # the whole run of the body's name, "of" and an apostrophe inside it
            "Minutes of the Testish Party of Labor Politburo Meeting",
            ["Testish Party of Labor Politburo"],
            [],
        ),
        (
            "Minutes of the Testish United Workers' Party Politburo Meeting",
            ["Testish United Workers' Party Politburo"],
            [],
        ),
        (  # the meeting's kind is no part of the body's name
            "Minutes of the Testish Workers' Party Central Committee Plenary Meeting",
            ["Testish Workers' Party Central Committee"],
            [],
        ),
        ("Minutes of the CC TWP Plenary Meeting", ["CC TWP"], []),
        ("Minutes of the Test Politburo Extended Meeting", ["Test Politburo"], []),
        ("Minutes of the Test Joint Chiefs of Staff Meeting", ["Test Joint Chiefs of Staff"], []),
        (  # a convocation's ordinal is no part of the legislature's name
            "Minutes of the Third Session of the Fourth Supreme Testish Assembly",
            ["Supreme Testish Assembly"],
            [],
        ),
        (
            "Minutes of the Session of the First Secretary's Office",
            ["First Secretary's Office"],
            [],
        ),
        (  # a body after "Type," is the author, its own "for" in its name, a subject after it
            "Memorandum, Testish Ministry for Foreign Affairs, 'The Test Treaty'",
            ["Testish Ministry for Foreign Affairs"],
            [],
        ),
        # a sender is no author
        ("Report from the Test Embassy to the Test Ministry", [], []),
        ("Letter of Test Kim to Test Lee", [], []),
    ],
)
def test_authors(text: str, authors: list[str], origins: list[str]) -> None:
    parsed = title(text)
    assert names(parsed.authors) == authors
    assert names(parsed.origins) == origins


@pytest.mark.parametrize(
    ("name", "place"),
    [
        ("Soviet Ambassador to the DPRK Testov", "DPRK"),
        ("Soviet Ambassador in North Korea V.I. Testov", "North Korea"),
        ("Ambassador to the USSR A.A.Testov", "USSR"),
        ("Embassy of the PRC in the DPRK", "DPRK"),
        ("Czechoslovak Embassy in Beijing", "Beijing"),
    ],
)
def test_a_mission_place_ends_before_the_name_of_its_head(name: str, place: str) -> None:
    assert mission_place(name) == place


@pytest.mark.parametrize(
    ("text", "author", "origin"),
    [
        (
            "Report of the Testish Ambassador to the DPRK, Károly Testh, on the August Plenum",
            "Károly Testh",
            "DPRK",
        ),
        ("Report of the Testish Ambassador to China, Pavel Testin", "Pavel Testin", "China"),
        (
            "Memorandum of the Testish Ambassador to the GDR, Testukhin, on the Berlin Question",
            "Testukhin",
            "GDR",
        ),
    ],
)
def test_an_envoys_post_after_of_is_no_addressee(text: str, author: str, origin: str) -> None:
    read = title(text)
    assert (names(read.authors), names(read.recipients)) == ([author], [])
    assert names(read.origins) == [origin]


def test_authors_are_creators_and_participants_are_linked() -> None:
    graph = mapped_graph(
        "**May 1, 1967**\n**Record of Conversation between N. Popa and Comrade Test Kim**\n"
        "\n**Summary:**\n\nA talk.\n",
    )
    popa = next(e.iri for e in AUTHORITY.lookup("N. Popa"))
    assert set(graph.objects(doc(), ADO.participant)) == {
        URIRef(popa),
        entity("person", "test-kim"),
    }
    assert not list(graph.objects(doc(), DCTERMS.creator))
    graph = mapped_graph("**1967**\n**Speech by the Test Embassy in Pyongyang at a Rally**\n")
    assert list(graph.objects(doc(), DCTERMS.creator)) == [
        entity("org", "test-embassy-in-north-korea")
    ]
    pyongyang = next(e.iri for e in AUTHORITY.lookup("Pyongyang"))
    assert list(graph.objects(doc(), SCHEMA.locationCreated)) == [URIRef(pyongyang)]


@pytest.mark.parametrize(
    "text",
    [
        "Letter from Ambassador N. Popa to the Test Ministry",
        "Letter from the Romanian Ambassador in Pyongyang N. Popa to the Test Ministry",
        "Record of Conversation between Comrade N. Popa and Test Kim",
    ],
)
def test_a_known_person_after_an_office_is_linked(text: str) -> None:
    graph = mapped_graph(f"**1967**\n**{text}**\n")
    popa = URIRef(next(e.iri for e in AUTHORITY.lookup("N. Popa")))
    linked = {o for _, _, o in graph.triples((doc(), None, None))}
    assert popa in linked
    assert not [o for o in linked if "popa" in str(o) and o != popa]


@pytest.mark.parametrize(
    ("text", "prop", "place"),
    [
        (
            "Telegram from the Soviet Ambassador in Addis Ababa to the Soviet Foreign Ministry",
            SCHEMA.locationCreated,
            "Addis Ababa",
        ),
        (
            "Cable from the Foreign Ministry to the Chinese Ambassador in Phnom Penh",
            ADO.destination,
            "Phnom Penh",
        ),
        ("Report of the Hungarian Chargé d'Affaires in Buenos Aires", None, "Buenos Aires"),
        ("Telegram from the KGB Resident in Tehran to Moscow", SCHEMA.locationCreated, "Tehran"),
    ],
)
def test_an_office_in_a_city_of_several_words_names_no_one(
    text: str, prop: URIRef | None, place: str
) -> None:
    graph = mapped_graph(f"**1967**\n**{text}**\n")
    linked = {str(o) for _, _, o in graph.triples((doc(), None, None))}
    assert not [o for o in linked if "/person/" in o]
    if prop is not None:
        city = URIRef(next(e.iri for e in AUTHORITY.lookup(place) if e.kind == "place"))
        assert city in set(graph.objects(doc(), prop))


@pytest.mark.parametrize(
    ("text", "senders", "recipients", "participants"),
    [
        (
            "Letter from East German leader Ana Test to Soviet leader Bo Sample",
            ["Ana Test"],
            ["Bo Sample"],
            [],
        ),
        ("Letter from Ana Test to US president Bo C. Sample", ["Ana Test"], ["Bo C. Sample"], []),
        (
            "Transcript of Meeting between Testish leader Ana Test and Cuban premier Bo Sample,"
            " 3 April 1977",
            [],
            [],
            ["Ana Test", "Bo Sample"],
        ),
        (
            "Cable from Soviet ambassador to Testland Testov to Bo Sample",
            ["Testov"],
            ["Bo Sample"],
            [],
        ),
    ],
)
def test_a_description_in_lower_case_before_a_name_is_no_part_of_it(
    text: str, senders: list[str], recipients: list[str], participants: list[str]
) -> None:
    graph = mapped_graph(f"**1967**\n**{text}**\n")
    for prop, expected in (
        (SCHEMA.sender, senders),
        (SCHEMA.recipient, recipients),
        (ADO.participant, participants),
    ):
        assert set(graph.objects(doc(), prop)) == {entity("person", slug(n)) for n in expected}


@pytest.mark.parametrize(
    ("text", "prop", "key"),
    [
        (
            "Minutes of the 45th Session of the National Security Council (Brazil)",
            DCTERMS.creator,
            "brazilian-national-security-council",
        ),
        (
            "Report of the Committee for State Security (Bulgaria) to the Politburo",
            SCHEMA.sender,
            "bulgarian-committee-for-state-security",
        ),
        (
            "Report by the Ministry of Foreign Affairs (Israel)",
            DCTERMS.creator,
            "israeli-foreign-ministry",
        ),
        (  # the file knows it as the "US Central Intelligence Agency"
            "Memorandum from the Central Intelligence Agency (USA) on Testland",
            SCHEMA.sender,
            "cia",
        ),
    ],
)
def test_a_country_in_brackets_after_a_body_says_whose_it_is(
    text: str, prop: URIRef, key: str
) -> None:
    graph = mapped_graph(f"**1967**\n**{text}**\n")
    assert list(graph.objects(doc(), prop)) == [entity("org", key)]


@pytest.mark.parametrize(
    ("text", "mentioned"),
    [  # the file's National Security Council is the American one
        ("Minutes of the Meeting of the National Security Council (Brazil)", False),
        ("Report from the National Security Council (Brazil) to the President", False),
        ("Minutes of the Meeting of the National Security Council (United States)", True),
        ("Minutes of the National Security Council (Brazil and Argentina)", True),
        # the file's spelling of the body's own country need not be the bracket's
        ("Memorandum from the National Security Council (USA) on Testland", True),
        ("Memorandum from the National Security Council (America) on Testland", True),
    ],
)
def test_a_body_qualified_by_a_bracketed_country_is_not_the_files_body_of_another(
    text: str, mentioned: bool
) -> None:
    graph = mapped_graph(f"**1975**\n**{text}**\n")
    nsc = entity("org", "nsc")
    assert ((doc(), SCHEMA.mentions, nsc) in graph or (doc(), DCTERMS.creator, nsc) in graph) is (
        mentioned
    )


@pytest.mark.parametrize(
    "text",
    [
        "Letter from the Committee for State Security of Bulgaria to Test Testov",
        "Letter from the Bulgarian Committee for State Security to Test Testov",
        "Letter from the KGB of the Ukrainian SSR to Test Testov",
        "Letter from the Georgian KGB to Test Testov",
    ],
)
def test_another_states_security_body_is_not_the_files_soviet_kgb(text: str) -> None:
    graph = mapped_graph(f"**1967**\n**{text}**\n")
    assert not any(graph.triples((doc(), None, entity("org", "kgb"))))


@pytest.mark.parametrize(
    "text",
    [
        "Letter from the International Control Commission (Laos) to the Co-Chairmen",
        "Memorandum from the Interdepartmental Committee (Vietnam) to the President",
    ],
)
def test_a_country_in_brackets_is_not_whose_a_body_of_several_states_is(text: str) -> None:
    assert not any(name.value.startswith(("Laotian", "Vietnamese")) for name in title(text).senders)


@pytest.mark.parametrize(
    ("year", "text", "recipients"),
    [  # the ruling party's organ, as the year knew it; never a "Hungarian Central Committee"
        ("1967", "the Hungarian Embassy in Hanoi to the Central Committee", ["cc-hswp"]),
        ("1952", "the Hungarian Embassy in Hanoi to the Central Committee", ["cc-hwp"]),
        ("1956", "the Hungarian Embassy in Hanoi to the Central Committee", []),  # renamed
        ("1967", "the Soviet Embassy in Hanoi to the Political Bureau", ["cpsu-politburo"]),
        ("1946", "the Soviet Embassy in Ulan Bator to the Central Committee", ["cc-vkpb"]),
        ("1923", "the Soviet Embassy in Ulan Bator to the Central Committee", []),  # the RCP(b)
        ("1967", "the Testian Embassy in Hanoi to the Central Committee", []),
    ],
)
def test_a_bare_party_organ_is_the_ruling_partys(
    year: str, text: str, recipients: list[str]
) -> None:
    graph = mapped_graph(f"**{year}**\n**Report from {text}**\n")
    found = [str(o).rsplit("/", 1)[-1] for o in graph.objects(doc(), SCHEMA.recipient)]
    assert found == recipients


@pytest.mark.parametrize(
    ("year", "title", "body", "linked"),
    [  # a nationality and an organ: the organ of that state's ruling party in that year
        ("1975", "Minutes of the Vietnamese Politburo Meeting", "", ["vwp-politburo"]),
        ("1980", "Minutes of the Vietnamese Politburo Meeting", "", ["cpv-politburo"]),
        (
            "1976",
            "Minutes of the Vietnamese Politburo Meeting",
            "",
            ["vietnamese-politburo"],
        ),  # renamed
        ("1975", "Testing Report", "The Chinese Politburo was not told.", ["ccp-politburo"]),
        ("1975", "Testing Report", "The Mongolian Politburo sent greetings.", ["mprp-politburo"]),
        ("1975", "Testing Report", "The Testian Politburo met.", []),
    ],
)
def test_a_nationalitys_party_organ_is_its_ruling_partys(
    year: str, title: str, body: str, linked: list[str]
) -> None:
    record = f"**{year}**\n**{title}**\n\n**Contents:**\n\nTranslation - English\n\n{body}\n"
    graph = mapped_graph(record)
    found = {
        str(o).rsplit("/", 1)[-1]
        for prop in (DCTERMS.creator, SCHEMA.mentions)
        for o in graph.objects(doc(), prop)
        if "/org/" in str(o)
    }
    assert found == set(linked)


def test_the_state_departments_cable_words_name_its_embassy_and_itself() -> None:
    graph = mapped_graph("**1967**\n**Telegram from Amembassy Saigon to SecState**\n")
    assert list(graph.objects(doc(), SCHEMA.sender)) == [
        entity("org", "american-embassy-in-south-vietnam")
    ]
    assert list(graph.objects(doc(), SCHEMA.recipient)) == [entity("org", "department-of-state")]
    saigon = URIRef(next(e.iri for e in AUTHORITY.lookup("Saigon") if e.kind == "place"))
    assert list(graph.objects(doc(), SCHEMA.locationCreated)) == [saigon]


def test_a_city_before_the_date_after_a_placed_sender_is_the_destination() -> None:
    graph = mapped_graph(
        "**1967**\n**Report from the Hungarian Embassy in Hanoi to the Foreign Ministry,"
        " Budapest, 3 April 1965**\n"
    )
    hanoi, budapest = (
        URIRef(next(e.iri for e in AUTHORITY.lookup(city) if e.kind == "place"))
        for city in ("Hanoi", "Budapest")
    )
    assert list(graph.objects(doc(), SCHEMA.locationCreated)) == [hanoi]
    assert list(graph.objects(doc(), ADO.destination)) == [budapest]


def test_a_city_before_the_date_after_a_sender_in_a_country_is_where_it_was_written() -> None:
    graph = mapped_graph(
        "**1958**\n**Report from the Czechoslovak Embassy in North Korea to the Ministry of"
        " Foreign Affairs, Pyongyang, 3 March 1958**\n"
    )
    pyongyang = URIRef(next(e.iri for e in AUTHORITY.lookup("Pyongyang") if e.kind == "place"))
    assert pyongyang in set(graph.objects(doc(), SCHEMA.locationCreated))
    assert list(graph.objects(doc(), ADO.destination)) == []
    assert list(graph.objects(doc(), SCHEMA.recipient)) == [
        entity("org", "czechoslovak-foreign-ministry")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Telegram from the KGB Resident in Tehran Testov to Moscow",
        "Telegram from the Soviet Ambassador in Addis Ababa Testov to Moscow",
    ],
)
def test_the_holder_follows_the_whole_place_of_his_post(text: str) -> None:
    graph = mapped_graph(f"**1967**\n**{text}**\n")
    assert list(graph.objects(doc(), SCHEMA.sender)) == [entity("person", "testov")]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Cable from Soviet Ambassador to North Korea Ivan Testov to Moscow", "ivan-testov"),
        ("Cable from Chinese Ambassador to North Korea Qiao Testao to Beijing", "qiao-testao"),
        ("Cable from Soviet Ambassador to South Vietnam I.A. Testov to Moscow", "i-a-testov"),
        ("Cable from Soviet Ambassador to Sri Lanka Ivan Testov to Moscow", "ivan-testov"),
        ("Cable from Soviet Ambassador in Addis Ababa Ivan Testov to Moscow", "ivan-testov"),
    ],
)
def test_a_holder_of_several_words_follows_a_place_of_several(text: str, key: str) -> None:
    graph = mapped_graph(f"**1967**\n**{text}**\n")
    assert list(graph.objects(doc(), SCHEMA.sender)) == [entity("person", key)]


@pytest.mark.parametrize(
    ("text", "key", "place"),
    [  # countries the authority file lacks: the gazetteer ends the post (an envoy writes from
        # its capital, review 22 D#20)
        (
            "Telegram from US Ambassador to Honduras Ivan Testov to State",
            "ivan-testov",
            "tegucigalpa",
        ),
        (
            "Cable from Soviet Ambassador to Paraguay Ivan Testov to Moscow",
            "ivan-testov",
            "asuncion",
        ),
        (
            "Cable from Soviet Ambassador to Sierra Leone Ivan Testov to Moscow",
            "ivan-testov",
            "freetown",
        ),
        (  # the file knows Upper Volta by its later name, Burkina Faso
            "Cable from the Soviet Ambassador to Upper Volta to Moscow",
            None,
            "ouagadougou",
        ),
        (  # the file knows South Yemen by its full name too
            "Report by the Soviet Ambassador to the People's Democratic Republic of Yemen",
            None,
            "aden",
        ),
    ],
)
def test_a_post_in_a_country_the_file_lacks_ends_at_the_country(
    text: str, key: str | None, place: str
) -> None:
    graph = mapped_graph(f"**1967**\n**{text}**\n")
    people = [
        str(o)
        for p in (SCHEMA.sender, DCTERMS.creator)
        for o in graph.objects(doc(), p)
        if "/person/" in str(o)
    ]
    assert people == ([str(entity("person", key))] * len(people) if key else [])
    assert bool(people) == bool(key)
    assert list(graph.objects(doc(), SCHEMA.locationCreated)) == [entity("place", place)]


@pytest.mark.parametrize(
    ("text", "role", "kind", "key"),
    [
        ("Report, Ambassador Testov to the CC CPSU", SCHEMA.recipient, "org", "cc-cpsu"),
        ("Letter from the CC CPSU to the CC CCP", SCHEMA.sender, "org", "cc-cpsu"),
    ],
)
def test_abbreviations_are_organisations(text: str, role: URIRef, kind: str, key: str) -> None:
    graph = mapped_graph(f"**1967**\n**{text}**\n")
    assert entity(kind, key) in set(graph.objects(doc(), role))


@pytest.mark.parametrize(
    ("text", "senders", "recipients", "subject"),
    [
        (
            "Memorandum for the President from Henry A. Testinger",
            ["Henry A. Testinger"],
            ["President"],
            None,
        ),
        (
            "Memorandum to Secretary Testrusk from W. Testbundy",
            ["W. Testbundy"],
            ["Secretary Testrusk"],
            None,
        ),
        (
            "Report to the CC CPSU from the Soviet Embassy in the DPRK",
            ["Soviet Embassy in the DPRK"],
            ["CC CPSU"],
            None,
        ),
        (
            "Letter from the Test Embassy to the CC CPSU, Report on the Third Congress",
            ["Test Embassy"],
            ["CC CPSU"],
            None,
        ),
        (
            "Memorandum for the President from A. Testinger, 'Subject: Korea'",
            ["A. Testinger"],
            ["President"],
            "Korea",
        ),
        ("Memorandum for the Record", [], [], None),
        ("Notes from the Meeting of the Test Politburo", [], [], None),
        (
            "Record of Conversation from Premier Test Zhou's Reception of the Test Delegation",
            [],
            [],
            None,
        ),
        ("Note from Ivan Testović", ["Ivan Testović"], [], None),
    ],
)
def test_addressed_titles(
    text: str, senders: list[str], recipients: list[str], subject: str | None
) -> None:
    parsed = title(text)
    assert (names(parsed.senders), names(parsed.recipients)) == (senders, recipients)
    assert (parsed.subject and parsed.subject.value) == subject


@pytest.mark.parametrize(
    ("text", "senders"),
    [
        (
            "Telegram from the Test Embassy in Pyongyang (Moravtest) to the Ministry",
            ["Test Embassy in Pyongyang", "Moravtest"],
        ),
        ("Letter from Test Kim (DPRK) to Test Lee", ["Test Kim"]),
        ("Ciphered Telegram, Feng Test (N. Popa) to Test Lee", ["Feng Test (N. Popa)"]),
        (
            "Telegram from the Testish Delegation in Geneva (Bastian Testo)",
            ["Testish Delegation in Geneva", "Bastian Testo"],
        ),
        # after a body that is no mission, the bracket is its name in its own language
        (
            "Information from the Main Directorate (Hauptverwaltung Testklärung) on NATO",
            ["Main Directorate"],
        ),
        (
            "Report from the Testish Ministry of Interior (Testügyminisztérium) on Dissidents",
            ["Testish Ministry of Interior"],
        ),
        (
            "Telegram from the Testish Intelligence (Zarząd II) to the Ministry",
            ["Testish Intelligence"],
        ),
    ],
)
def test_a_bracketed_name_after_a_party(text: str, senders: list[str]) -> None:
    assert names(title(text).senders) == senders


def test_a_cover_name_links_to_who_the_bracket_says() -> None:
    graph = mapped_graph(
        "**1950**\n**Ciphered Telegram, Feng Test (N. Popa) to Test Lee**\n",
    )
    popa = URIRef(next(e.iri for e in AUTHORITY.lookup("N. Popa")))
    assert list(graph.objects(doc(), SCHEMA.sender)) == [popa]


def test_a_title_number_the_body_writes_in_full_is_one_number() -> None:
    rec = parse_record(
        "**1950**\n**Cable No. 600308, Test Shtykov to Test Stalin**\n\n**Contents:**\n\n"
        "Nº 600308/sh\n\nThe text of the cable.\n",
        "x/1.txt",
        default_id="1",
    )
    assert registry_numbers(rec) == ("600308/sh",)
    graph = map_record(rec, Context(IRIS, AUTHORITY, {}), sha256=SHA).graph
    assert [str(o) for o in graph.objects(doc(), ADO.registryNumber)] == ["600308/sh"]


def test_a_signatory_the_title_names_is_one_person() -> None:
    graph = mapped_graph(
        "**1957**\n**Journal of Soviet Ambassador to the PRC P.F. Testin for 12 June 1957**\n\n"
        "**Contents:**\n\nThe text of the journal, long enough to be prose.\n\nP. Testin\n",
    )
    assert list(graph.objects(doc(), DCTERMS.creator)) == [entity("person", "p-f-testin")]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Testish Premier Testo Tester", "Testo Tester"),
        ("Indonesian Prime Minister Ali Testamidjojo", "Ali Testamidjojo"),
        ("Comrade Testo Testov", "Testo Testov"),
        ("Ambassador Dr. Testo Tester", "Testo Tester"),
        ("Gen. MacTest", "MacTest"),
        ("Foreign Minister Pak Test-cheol", "Pak Test-cheol"),
        ("Soviet Ambassador to the DPRK A.M. Testov", "A.M. Testov"),
        ("the Ambassador in Testgrad (Testler)", "Testler"),
        ("Test Cover (Testov)", "Testov"),
        ("Comrade Le Test", "Le Test"),
        ("Charles de Testle", "Charles de Testle"),
        ("Abd al-Testim Qasim", "Abd al-Testim Qasim"),
        ("the Ambassador of the GDR", "the Ambassador of the GDR"),  # an office, no name
        ("Chairman of the Council of Ministers", "Chairman of the Council of Ministers"),
        ("Soviet Ambassador", "Soviet Ambassador"),
        ("King", "King"),
        ("Wife of President Testov", "Wife of President Testov"),  # a relative: not Testov
        ("the Widow of the late Chairman Testo", "the Widow of the late Chairman Testo"),
        ("Son of Testo Testov", "Son of Testo Testov"),
    ],
)
def test_a_personal_name_is_the_name_without_offices_and_honorifics(
    name: str, expected: str
) -> None:
    assert personal_name(name) == expected


@pytest.mark.parametrize("kin", ["Widow of the late Chairman Testov", "Wife of President Testov"])
def test_a_relative_named_by_whose_relative_is_never_that_person(kin: str) -> None:
    graph = mapped_graph(f"**May 1, 1977**\n**Letter from the {kin} to the Test Ministry**\n")
    assert entity("person", "testov") not in set(graph.objects(doc(), SCHEMA.sender))
    assert entity("person", "testov") not in set(graph.objects(doc(), DCTERMS.creator))


def test_one_person_is_one_stub_whatever_the_office_before_the_name() -> None:
    keys = set()
    for wording in ("Comrade Testo Testov", "Testish Premier Testo Testov", "Testo Testov"):
        graph = mapped_graph(f"**May 1, 1967**\n**Letter from {wording} to the Test Ministry**\n")
        keys |= set(graph.objects(doc(), SCHEMA.sender))
    assert keys == {entity("person", "testo-testov")}


@pytest.mark.parametrize(
    ("text", "participants"),
    [
        ("Conversation between Le Test and Test Lin", ["Le Test", "Test Lin"]),
        ("Conversation between Test Ye and Van Test Dung", ["Test Ye", "Van Test Dung"]),
        (
            "Conversation between Test Zhou and Abd al-Testim Qasim",
            ["Test Zhou", "Abd al-Testim Qasim"],
        ),
        ("Record of Conversation with Des Testwi", ["Des Testwi"]),
    ],
)
def test_a_name_may_begin_with_a_particle(text: str, participants: list[str]) -> None:
    assert names(title(text).participants) == participants


@pytest.mark.parametrize(
    ("text", "sender", "recipient"),
    [
        ("Telegram from Zhou Testlai to Testov", ("person", "zhou-testlai"), ("person", "testov")),
        (
            "Telegram from Kim Test Sung to Testov",
            ("person", "kim-test-sung"),
            ("person", "testov"),
        ),
        (
            "Cable from Soviet Ambassador Testov to Testin",
            ("person", "testov"),
            ("person", "testin"),
        ),
        ("Telegram from A.A. Testov to Testin", ("person", "a-a-testov"), ("person", "testin")),
    ],
)
def test_a_telegram_between_people_links_them(
    text: str, sender: tuple[str, str], recipient: tuple[str, str]
) -> None:
    graph = mapped_graph(f"**May 1, 1967**\n**{text}**\n")
    assert list(graph.objects(doc(), SCHEMA.sender)) == [entity(*sender)]
    assert list(graph.objects(doc(), SCHEMA.recipient)) == [entity(*recipient)]


def test_a_telegram_between_unknown_stations_links_nobody() -> None:
    graph = mapped_graph("**May 1, 1967**\n**Telegram from Testgrad to Testville**\n")
    assert list(graph.objects(doc(), SCHEMA.sender)) == []
    assert list(graph.objects(doc(), SCHEMA.recipient)) == []


@pytest.mark.parametrize(
    ("name", "shaped"),
    [
        ("Zhou Testlai", True),
        ("Pak Test-cheol", True),
        ("Kim Test Sung", True),
        ("A.M. Testov", True),
        ("Testlipov (Testin)", True),
        ("Testov", False),
        ("Ulan Testor", False),  # two words may be a city
        ("Test Chi Minh City", False),
    ],
)
def test_the_shape_of_a_personal_name(name: str, shaped: bool) -> None:
    assert personal_name_shape(name) is shaped


@pytest.mark.parametrize(
    ("text", "doc_type", "authors", "participants"),
    [
        ("Record of the Meeting of Representatives of the Test Parties", "minutes", [], []),
        ("Protocol No. 7 of the Session of the Test Politburo", "minutes", ["Test Politburo"], []),
        (
            "Record of a Meeting of Test Mao with Test Minh",
            "record-of-conversation",
            [],
            ["Test Mao", "Test Minh"],
        ),
        (
            "Talk between Test Zhou and Test Dong",
            "record-of-conversation",
            [],
            ["Test Zhou", "Test Dong"],
        ),
        (  # a protocol of cooperation or of an agreement is an agreement, made by its parties
            "Protocol on Cooperation between the Test KGB and the Test MfS",
            "treaty",
            ["Test KGB", "Test MfS"],
            [],
        ),
        (
            "Protocol of the Military Agreement between Testland and Testonia",
            "treaty",
            ["Testland", "Testonia"],
            [],
        ),
        (  # the minutes of one body's session are that body's
            "Protocol of the Test Commission on Cooperation",
            "minutes",
            ["Test Commission on Cooperation"],
            [],
        ),
        ("Talk by Test Mao at the Test State Conference", "speech", ["Test Mao"], []),
        (  # whose the document is, with words before its type
            "Test Khrushchev's Secret Speech, 'On the Test Cult'",
            "speech",
            ["Test Khrushchev"],
            [],
        ),
        (
            "Account of a Conversation with Test Kim",
            "record-of-conversation",
            [],
            ["Test Kim"],
        ),
        (  # two parties, or a group of people, meet: a conversation
            "Meeting of Test Kim and the Testish Delegation",
            "record-of-conversation",
            [],
            ["Test Kim", "Testish Delegation"],
        ),
        (  # a body's meeting is recorded in minutes, by the body
            "Meeting of the Test Consultative Committee, Testgrad, 1978",
            "minutes",
            ["Test Consultative Committee"],
            [],
        ),
        ("Testish Embassy in Hanoi, Cable No. 5427", "cable", ["Testish Embassy in Hanoi"], []),
        (  # the head of the mission in brackets
            "Testish Embassy in Hanoi (Testecki), Cable No. 5427",
            "cable",
            ["Testish Embassy in Hanoi", "Testecki"],
            [],
        ),
        ("Testo Shimbun Editorial, 'Let Us Test'", "article", ["Testo Shimbun"], []),  # a paper
        (
            "Testish Ministry of Foreign Affairs, Information on the Situation in Laos",
            "information",
            ["Testish Ministry of Foreign Affairs"],
            [],
        ),
    ],
)
def test_types_of_meetings_talks_and_an_organisation_before_the_type(
    text: str, doc_type: str, authors: list[str], participants: list[str]
) -> None:
    read = title(text)
    assert read.doc_type is not None
    assert read.doc_type.value == doc_type
    assert names(read.authors) == authors
    assert names(read.participants) == participants


@pytest.mark.parametrize(
    "name",
    ["Testish People's Volunteers", "Testish Leadership", "Testish People", "the Testish side"],
)
def test_groups_are_organisations(name: str) -> None:
    assert name_kind(name) == "org"


def test_a_republic_of_the_people_is_no_organisation_by_its_wording() -> None:
    assert name_kind("People's Republic of Testland") is None


@pytest.mark.parametrize(
    ("text", "senders", "recipients"),
    [
        (
            "Letter from the First Secretary of the Test Party, Testo Testulka, to Testo Testov",
            ["Testo Testulka"],
            ["Testo Testov"],
        ),
        (
            "Memorandum from the Deputy Head of the Test Department, I. Testbakov, to A.A. Testov",
            ["I. Testbakov"],
            ["A.A. Testov"],
        ),
        ("Letter to Testalin", [], ["Testalin"]),
        ("Report to Chairman Testo", [], ["Chairman Testo"]),
        (
            "Letter to the Central Committee of the Test Party",
            [],
            ["Central Committee of the Test Party"],
        ),
        ("Speech to the Congress of the Test Party", [], []),  # an audience, not an addressee
        ("Report by Test Peng to Test Mao", [], ["Test Mao"]),
        ("Report by the Embassy on the Visit to Hanoi", [], []),
        ("Message of Greetings from Testnev to Test Kim", ["Testnev"], ["Test Kim"]),
        ("Letter of Thanks from Test Kim to Testescu", ["Test Kim"], ["Testescu"]),
        ("Letter, Test Mao's Reply to Testchev", ["Test Mao"], ["Testchev"]),  # his reply
        # whatever the message is of, "from" then names its sender
        (
            "Letter of Invitation from Test Indra, Test Kolder and Test Biľak to Testnev",
            ["Test Indra", "Test Kolder", "Test Biľak"],
            ["Testnev"],
        ),
        ("Letter of Appeal from the Testish Government to the TN", ["Testish Government"], ["TN"]),
        ("Note of Apology from the Test Government to Testia", ["Test Government"], ["Testia"]),
        (
            "Letter of Intent from the Government of Testia to the TAEA",
            ["Government of Testia"],
            ["TAEA"],
        ),
        (
            "Letter of Resignation from Test Nagy to the Testish Government",
            ["Test Nagy"],
            ["Testish Government"],
        ),
        (
            "Letter from Test Kim, Test Lee, and Test Park to Test Mao",
            ["Test Kim", "Test Lee", "Test Park"],
            ["Test Mao"],
        ),
        ("Excerpt from the Memoirs of Test Chang-bong", [], []),  # the source, not a sender
        ("Reply of the Test Party to the Letter of the CC TPSU", ["Test Party"], ["CC TPSU"]),
        (
            "Answer of the Testish Government to the Note of the Testese Government",
            ["Testish Government"],
            ["Testese Government"],
        ),
        (
            "Note from the Quai d'Testay to the Ministère des Affaires testrangères",
            ["Quai d'Testay"],
            ["Ministère des Affaires testrangères"],
        ),
        (
            "Letter from Comrade Testa Phouma, Prime Minister of Laos, to President Testedy",
            ["Comrade Testa Phouma"],
            ["President Testedy"],
        ),
        (
            "Letter from Test Il Sung, Pak Test-yong and the Test Ministry to Test Mao",
            ["Test Il Sung", "Pak Test-yong", "Test Ministry"],
            ["Test Mao"],
        ),
        ("Memorandum from Testinger for the President", ["Testinger"], ["President"]),
        ("Letter of Test Kim Addressed to Testchev", ["Test Kim"], ["Testchev"]),
        (
            "Letter from the Testish and Testese Governments to the TN",
            ["Testish Government", "Testese Government"],
            ["TN"],
        ),
        # a type word in the original's language is a type or a caption, never a party
        (
            "Exposição de Motivos from the Testish Ministry to President Testel",
            ["Testish Ministry"],
            ["President Testel"],
        ),
        (
            "Cable from the Testish Embassy in Moscow, Oficio Confidencial No. 24",
            ["Testish Embassy in Moscow"],
            [],
        ),
        ("Nota from the Testish Embassy to the Ministry", ["Testish Embassy"], ["Ministry"]),
        # a protocol's "to" names the treaty it is added to, no addressee
        ("Additional Protocol to the Treaty between Testland and Testonia", [], []),
    ],
)
def test_senders_and_recipients_of_more_wordings(
    text: str, senders: list[str], recipients: list[str]
) -> None:
    read = title(text)
    assert names(read.senders) == senders
    assert names(read.recipients) == recipients


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("Report by Test Peng to Test Mao", ["Test Peng"]),
        ("Message of Greetings from Testnev to Test Kim", []),  # greetings are no author
        ("Letter of Invitation from Test Indra to Testnev", []),  # nor is an invitation
        ("Statement of the Government of the Test Republic", ["Government of the Test Republic"]),
    ],
)
def test_authors_of_more_wordings(text: str, authors: list[str]) -> None:
    assert names(title(text).authors) == authors


@pytest.mark.parametrize(
    ("text", "participants"),
    [
        (
            "Record of Conversation between T.S. Testov and Test Mao, Test Chen, Test Liu, and"
            " Test Wang",
            ["T.S. Testov", "Test Mao", "Test Chen", "Test Liu", "Test Wang"],
        ),
        ("Memorandum of Conversation with Test Kim, Pyongyang", ["Test Kim"]),
        ("Conversation between Test Kim and Test Lee, Pyongyang", ["Test Kim", "Test Lee"]),
    ],
)
def test_a_list_of_participants_ends_with_its_own_and(text: str, participants: list[str]) -> None:
    assert names(title(text).participants) == participants


@pytest.mark.parametrize(
    ("text", "authors", "participants"),
    [
        ("Order of the Minister of Test Defense No. 0045", ["Minister of Test Defense"], []),
        (
            "Political Report No. 5 of the Testish Embassy in Hanoi",
            ["Testish Embassy in Hanoi"],
            [],
        ),
        (
            "Transcript of Conversation between Testish and Testese Delegations",
            [],
            ["Testish Delegation", "Testese Delegation"],
        ),
        (  # a known adjective of any ending shares the noun too
            "Minutes of Talks between Yugoslav and Soviet Delegations",
            [],
            ["Yugoslav Delegation", "Soviet Delegation"],
        ),
        (  # a compass word and a nationality are one adjective
            "Minutes of Conversations between the Bulgarian and North Korean Delegations",
            [],
            ["Bulgarian Delegation", "North Korean Delegation"],
        ),
        (
            "Record of Conversation between the Soviet and East German Delegations",
            [],
            ["Soviet Delegation", "East German Delegation"],
        ),
    ],
)
def test_numbers_end_authors_and_shared_nouns_make_two_bodies(
    text: str, authors: list[str], participants: list[str]
) -> None:
    read = title(text)
    assert names(read.authors) == authors
    assert names(read.participants) == participants


@pytest.mark.parametrize(
    "text",
    [
        "Memorandum for the President from Testo Dulles",
        "Letter from the Prime Minister to the President",
        "Order of the Minister of Test Defense No. 0031",
    ],
)
def test_an_office_alone_is_not_linked(text: str) -> None:
    graph = mapped_graph(f"**1960**\n**{text}**\n")
    linked = {
        str(o)
        for p in (SCHEMA.sender, SCHEMA.recipient, DCTERMS.creator)
        for o in graph.objects(doc(), p)
    }
    assert not any(
        iri.endswith(("/president", "/prime-minister", "/minister-of-test-defense"))
        for iri in linked
    )


@pytest.mark.parametrize(
    ("text", "sender", "origin"),
    [
        # an envoy to a state writes from its capital (review 23 C#3: the post ends before a
        # one-word surname)
        ("Letter from the Soviet Ambassador to China Testin to Testo Mao", "testin", "beijing"),
        ("Cable from Soviet Ambassador in Cairo Testlev to the Test Ministry", "testlev", "cairo"),
        (
            "Letter from the Soviet Ambassador to the United States Testrynin to Testusk",
            "testrynin",
            "washington",
        ),
    ],
)
def test_the_holder_of_a_post_named_after_the_place(text: str, sender: str, origin: str) -> None:
    graph = mapped_graph(f"**1960**\n**{text}**\n")
    assert list(graph.objects(doc(), SCHEMA.sender)) == [entity("person", sender)]
    assert list(graph.objects(doc(), SCHEMA.locationCreated)) == [entity("place", origin)]


@pytest.mark.parametrize(
    ("text", "senders", "recipients"),
    [
        (
            "Telegram from the Testish Ambassador in Pyongyang, Károly Testh, to the Test Ministry",
            [("person", "karoly-testh"), ("place", "pyongyang")],  # written at the post
            [("org", "test-ministry")],
        ),
        (
            "Telegram from Jozef Testiewicz to Warsaw",
            [("person", "jozef-testiewicz")],
            [("place", "warsaw")],
        ),
        (
            "Telegram from Testsov to Filippov [Stalin]",
            [("person", "testsov")],
            [("person", "stalin-joseph")],
        ),
    ],
)
def test_people_in_a_telegram_clause(
    text: str, senders: list[tuple[str, str]], recipients: list[tuple[str, str]]
) -> None:
    graph = mapped_graph(f"**1960**\n**{text}**\n")
    agents_or_places = (SCHEMA.sender, SCHEMA.locationCreated)
    found = {o for p in agents_or_places for o in graph.objects(doc(), p)}
    assert found == {entity(*s) for s in senders}
    found = {o for p in (SCHEMA.recipient, ADO.destination) for o in graph.objects(doc(), p)}
    assert found == {entity(*r) for r in recipients}


@pytest.mark.parametrize(
    ("text", "participants"),
    [
        ("Record of Test Mao's Conversation with Test Minh", ["Test Mao", "Test Minh"]),
        ("Transcript of Testchev's Talk with Testser", ["Testchev", "Testser"]),
        (  # a word of the talk's kind between the possessive and the talk
            "Transcript of Leonid Testnev's Telephone Conversation with Alexander Testček",
            ["Leonid Testnev", "Alexander Testček"],
        ),
        ("Record of a Conversation of Testygin with Indira Testhi", ["Testygin", "Indira Testhi"]),
        (
            "Record of Conversation, Soviet Ambassador Testin with Test Mao",
            ["Soviet Ambassador Testin", "Test Mao"],
        ),
        ("Conversation Notes, Testinger and Test Zhou", ["Testinger", "Test Zhou"]),
        (
            "Memorandum of Conversation between Cuban and Soviet Officials",
            ["Cuban Officials", "Soviet Officials"],
        ),
        (
            "Talks between East German and Polish Communists",
            ["East German Communists", "Polish Communists"],
        ),
        (
            "Conversation between Comrade Kim and the Chinese Delegations",
            ["Comrade Kim", "Chinese Delegations"],
        ),
        # a person before "and" is a party: the plural after it is never his
        (
            "Memorandum of Conversation between Testoyan and Cuban Leaders",
            ["Testoyan", "Cuban Leaders"],
        ),
        (
            "Record of Conversation between Testchev and Cuban Officials",
            ["Testchev", "Cuban Officials"],
        ),
        (
            "Conversation between Zhou Testai and Pakistani Officials",
            ["Zhou Testai", "Pakistani Officials"],
        ),
        (
            "Conversation between Testnev and East European Leaders",
            ["Testnev", "East European Leaders"],
        ),
        ("Talks between Testian and Kuwaiti Officials", ["Testian", "Kuwaiti Officials"]),
        (  # the people first, then the nationalities sharing the plural: one group each
            "Conversation between Zhou Testai and Pakistani and Afghan Officials",
            ["Zhou Testai", "Pakistani Officials", "Afghan Officials"],
        ),
        (
            "Conversation between Testoyan, Testro and Cuban Leaders",
            ["Testoyan", "Testro", "Cuban Leaders"],
        ),
    ],
)
def test_whose_conversation_and_groups_of_people(text: str, participants: list[str]) -> None:
    assert names(title(text).participants) == participants


@pytest.mark.parametrize(
    "name", ["Testish Officials", "Testish Journalists", "Testish Leaders", "Testish Communists"]
)
def test_groups_of_people_are_organisations(name: str) -> None:
    assert name_kind(name) == "org"


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Auswärtiges Amt", "org"),
        ("Zentralkomitee der SED", "org"),
        ("Secretaría de Relaciones Exteriores", "org"),
        ("Soviet Specialist I. Testkhipov", "person"),
        # a military district or region, a research establishment: bodies, whole
        ("Testjiang Military District", "org"),
        ("Testzhou Military Region", "org"),
        ("Testish Defence Research Establishment", "org"),
        ("Commander of the Testjiang Military District", "person"),
        # a body, then an office and its holder with no comma: the holder
        ("KGB of the Testish SSR Chairman V. Testchenko", "person"),
        ("Headquarters of the Commander Pacific", "org"),
    ],
)
def test_bodies_in_their_own_language_and_specialists(name: str, kind: str) -> None:
    assert name_kind(name) == kind


@pytest.mark.parametrize(
    ("text", "links"),
    [
        (  # a parliament's or a chancellery's word in its own language is a body's: here the file's
            "Letter from the Supreme Soviet of the USSR to the Knesset",
            {
                (SCHEMA.sender, ("org", "supreme-soviet-ussr")),
                (SCHEMA.recipient, ("org", "knesset")),
            },
        ),
        ("Memo to the Presidential Diwan", {(SCHEMA.recipient, ("org", "presidential-diwan"))}),
        ("Letter from the Presidency", {(SCHEMA.sender, ("org", "presidency"))}),
        (
            "Letter from the Majlis to the Sejm",
            {
                (SCHEMA.sender, ("org", "majlis")),
                (SCHEMA.recipient, ("org", "sejm")),
            },
        ),
        # an office followed only by its body names no one; with a name, the name
        ("Message from the Speaker of the Knesset to the Chairman of the Supreme Soviet", set()),
        ("Letter from the Speaker to the President", set()),
        (
            "Letter from the Speaker of the House Sam Testburn to Speaker Testyahu",
            {
                (SCHEMA.sender, ("person", "sam-testburn")),
                (SCHEMA.recipient, ("person", "testyahu")),
            },
        ),
    ],
)
def test_a_legislatures_or_chancelleries_name_is_a_body_and_its_office_no_one(
    text: str, links: set[tuple[URIRef, tuple[str, str]]]
) -> None:
    assert _addressed(text) == {(p, entity(*e)) for p, e in links}


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        # a body's abbreviation, whatever country follows or precedes it, or its word
        ("TGB of the Ukrainian SSR", "org"),
        ("the TVD of the Lithuanian SSR", "org"),
        ("TfS of the GDR", "org"),
        ("Ukrainian TGB", "org"),
        ("East German TfS", "org"),
        ("Hungarian Intelligence", "org"),
        ("Bulgarian State Security", "org"),
        # a state's abbreviation, a Roman numeral, a surname in capitals: no body
        ("Comrade Testov, DPRK", "person"),
        ("Pope Test XXIII", "person"),
        ("Jean TESTOU", "person"),
        ("TGB Chairman Testropov", "person"),
        ("National Security Adviser", "person"),
        ("Director of Central Intelligence", "person"),
    ],
)
def test_security_bodies_by_their_abbreviation_or_word(name: str, kind: str) -> None:
    assert agent_kind(name) == kind


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("TGB Report to the CC TPSU on Testers", ["TGB"]),
        ("State Department Telegram to Embassy Testgrad", ["State Department"]),
        ("TIA Memorandum, 'Test Policy'", ["TIA"]),
        ("Testish Record of Conversation between Testo and Tesser", []),  # an adjective
        ("TOP SECRET Report on the Test Army", []),  # a marking
    ],
)
def test_an_agency_before_the_type_wrote_it(text: str, authors: list[str]) -> None:
    assert names(title(text).authors) == authors


@pytest.mark.parametrize(
    ("text", "senders", "recipients"),
    [
        (
            "TGB Chairman Testo Testropov to Testo Testnev, 'On the Situation'",
            ["TGB Chairman Testo Testropov"],
            ["Testo Testnev"],
        ),
        (
            "Minister of Test Defense Testovsky to Testchev",
            ["Minister of Test Defense Testovsky"],
            ["Testchev"],
        ),
        ("The Long Road to Peace", [], []),
        # bare surnames, places, and lists of them: a message all the same
        ("Testułka to Testnev", ["Testułka"], ["Testnev"]),
        ("Testlin to Testo and Testelj, 12 May 1948", ["Testlin"], ["Testo", "Testelj"]),
        ("Testov to Filtestov [Testlin]", ["Testov"], ["Filtestov [Testlin]"]),
        ("Testgrad to Testow", ["Testgrad"], ["Testow"]),
        ("Testropov to the CC TPSU", ["Testropov"], ["CC TPSU"]),
        # nouns are no names: a topic, not a message
        ("Prelude to War", [], []),
        ("Introduction to the Documents", [], []),
        ("Amendments to the Treaty", [], []),
        ("Testish Aid to Testland", [], []),
        ("Answers to Questions", [], []),
        ("Visit to Testgrad", [], []),
    ],
)
def test_an_untyped_title_from_an_agent_to_another(
    text: str, senders: list[str], recipients: list[str]
) -> None:
    read = parse_record(f"**1970**\n**{text}**\n", "x/1.txt", default_id="1").title
    assert read is not None
    assert names(read.senders) == senders
    assert names(read.recipients) == recipients


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Secretary of State Testusk", "Testusk"),
        ("Minister of Foreign Affairs Testacki", "Testacki"),
        ("Head of the International Department Testarev", "Testarev"),
        ("Chairman of the Council of Ministers", "Chairman of the Council of Ministers"),
    ],
)
def test_the_name_after_an_office_of_something(name: str, expected: str) -> None:
    assert personal_name(name) == expected


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Lech Testęsa", "lech-testesa"),
        ("Tech Wałtest", "tech-waltest"),
        ("Milovan Đitest", "milovan-ditest"),
        ("Søtest Christen", "sotest-christen"),
    ],
)
def test_every_letter_has_a_key(name: str, key: str) -> None:
    graph = mapped_graph(f"**1980**\n**Letter from {name} to the Test Ministry**\n")
    assert list(graph.objects(doc(), SCHEMA.sender)) == [entity("person", key)]


@pytest.mark.parametrize(
    "name",
    [
        "the Kremlin",
        "the White House",
        "the Five Parties",
        "the Test Member States",
        "the New York Times",
    ],
)
def test_metonyms_groups_and_newspapers_are_no_persons(name: str) -> None:
    assert name_kind(name.removeprefix("the ")) == "org"


@pytest.mark.parametrize(
    ("text", "doc_type", "participants"),
    [
        ("Text of the Letter from Testchev to Testru", "letter", []),
        ("Summary of the Letter of the CC TPY to the CC TPSU", "letter", []),
        ("Synopsis of the Report of the Testish Embassy", "report", []),
        (
            "Mao's Talk with the Testese Delegation",
            "record-of-conversation",
            ["Mao", "Testese Delegation"],
        ),
    ],
)
def test_text_of_a_document_and_a_possessive_talk(
    text: str, doc_type: str, participants: list[str]
) -> None:
    read = title(text)
    assert read.doc_type is not None
    assert read.doc_type.value == doc_type
    assert names(read.participants) == participants


@pytest.mark.parametrize(
    ("text", "senders", "recipients", "created", "destination"),
    [
        (
            "Letter from Kim Il Sung in Pyongyang to Stalin in Moscow",
            [("person", "kim-il-sung")],
            [("person", "stalin-joseph")],
            [("place", "pyongyang")],
            [("place", "moscow")],
        ),
        (
            "Telegram to Hanoi from Testo Testuy in Paris",
            [("person", "testo-testuy")],
            [],
            [("place", "paris")],
            [("place", "hanoi")],
        ),
        (
            "Cable from Ambassador Testynin in Washington to Moscow",
            [("person", "testynin")],
            [],
            [("place", "washington")],
            [("place", "moscow")],
        ),
        (  # an organisation's "in X" is part of its name
            "Report from the Test Embassy in Beijing to Testo Testov",
            [("org", "test-embassy-in-china")],
            [("person", "testo-testov")],
            [("place", "beijing")],
            [],
        ),
    ],
)
def test_a_person_in_a_place_is_the_person_and_the_place(
    text: str,
    senders: list[tuple[str, str]],
    recipients: list[tuple[str, str]],
    created: list[tuple[str, str]],
    destination: list[tuple[str, str]],
) -> None:
    graph = mapped_graph(f"**1970**\n**{text}**\n")
    for prop, expected in (
        (SCHEMA.sender, senders),
        (SCHEMA.recipient, recipients),
        (SCHEMA.locationCreated, created),
        (ADO.destination, destination),
    ):
        assert sorted(graph.objects(doc(), prop)) == sorted(entity(*e) for e in expected), prop


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Kim Il Sung in Pyongyang", ("Kim Il Sung", "Pyongyang")),
        ("Ambassador Testynin in Washington", ("Ambassador Testynin", "Washington")),
        ("the Soviet Ambassador in Beijing", None),  # a post, no person
        ("GDR Ambassador in Testgrad Testgen", None),  # a post, then its holder
        ("Testov at the Conference", None),  # a gathering, no place
        ("the Test Embassy in Testgrad", None),  # an organisation's "in X" is its name's
    ],
)
def test_a_person_and_where_they_are(name: str, expected: tuple[str, str] | None) -> None:
    assert stationed(name) == expected


@pytest.mark.parametrize(
    ("text", "authors", "senders", "recipients"),
    [
        (
            "Report of the Committee for Test Security (TGB) on the Events",
            ["Committee for Test Security"],
            [],
            [],
        ),
        ("Letter from the Office for Test Affairs", [], ["Office for Test Affairs"], []),
        (
            "Memorandum from the Department for Test Relations of the CC TED",
            [],
            ["Department for Test Relations of the CC TED"],
            [],
        ),
        (
            "Information for the Politburo of the CC TCP regarding the Visit",
            [],
            [],
            ["Politburo of the CC TCP"],
        ),
        ("Note for Comrade Testo Testricht", [], [], ["Comrade Testo Testricht"]),
        (
            "Report from the Ministry for Test Trade for the Politburo",
            [],
            ["Ministry for Test Trade"],
            ["Politburo"],
        ),
        ("Proposal for the Reunification of Testland", [], [], []),  # a purpose, not an addressee
    ],
)
def test_for_inside_a_bodys_name_and_for_whom(
    text: str, authors: list[str], senders: list[str], recipients: list[str]
) -> None:
    read = title(text)
    assert (names(read.authors), names(read.senders), names(read.recipients)) == (
        authors,
        senders,
        recipients,
    )


@pytest.mark.parametrize(
    ("text", "doc_type"),
    [
        ("Ciphergram No. 11923 from the Test Embassy in Testgrad", "ciphered-telegram"),
        ("Minute by Sir Testo Testpatrick on the Visit", "memorandum"),
        ("Research Memorandum RSB-112 from Testes to the Secretary", "memorandum"),
        ("Proclamation of the Test Presidium to All the People", "statement"),
        ("Action Program of the Testish Party", "proposal"),
        ("Paper Prepared by the Policy Planning Staff", "report"),
        ("Stenographic Account of the Meeting of the Test Committee", "transcript"),
        ("Oral History of Ambassador Testo Lord", "interview"),
    ],
)
def test_national_names_of_types(text: str, doc_type: str) -> None:
    read = title(text)
    assert read.doc_type is not None
    assert read.doc_type.value == doc_type


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        ("Letter from A. Mikoyan to the Test Ministry", ("person", "mikoyan-anastas")),
        ("Letter from Comrade Mikoyan to the Test Ministry", ("person", "mikoyan-anastas")),
        ("Letter from Sergo Mikoyan to the Test Ministry", ("person", "mikoyan-sergo")),
        ("Letter from V. Mikoyan to the Test Ministry", ("person", "v-mikoyan")),
        (
            "Letter from Nikita Sergeyevich Khrushchev to the Test Ministry",
            ("person", "khrushchev-nikita"),
        ),
        ("Letter from Sergei Khrushchev to the Test Ministry", ("person", "sergei-khrushchev")),
    ],
)
def test_another_given_name_is_another_person(text: str, sender: tuple[str, str]) -> None:
    graph = mapped_graph(f"**1970**\n**{text}**\n")
    assert list(graph.objects(doc(), SCHEMA.sender)) == [entity(*sender)]


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        ("Letter from Comrade Ponomarev to the Test Ministry", ("person", "ponomarev-boris")),
        ("Letter from Chancellor Brandt to the Test Ministry", ("person", "brandt-willy")),
        # the file's one Kuznetsov is one of the period's many: no surname label, no head of
        # 1970, and never a stub of the surname, which would merge them (review 23 C#6)
        ("Letter from Comrade Kuznetsov to the Test Ministry", None),
    ],
)
def test_an_honorific_and_a_surname_are_the_files_person_only_by_its_label(
    text: str, sender: tuple[str, str] | None
) -> None:
    graph = mapped_graph(f"**1970**\n**{text}**\n")
    assert list(graph.objects(doc(), SCHEMA.sender)) == ([entity(*sender)] if sender else [])


@pytest.mark.parametrize(
    "text",
    [
        "Letter from Testa Mikoyan to the Test Ministry",  # a given name no one of the file has
        "Letter from the Test Ministry to Testa Mikoyan",
        "Memorandum of Conversation between Testa Mikoyan and the Test Minister",
    ],
)
def test_a_party_with_another_given_name_mentions_no_one_of_that_surname(text: str) -> None:
    """In a title in title case, the given name of a party is read as one, even when no person
    of the authority file bears it."""
    graph = mapped_graph(f"**1970**\n**{text}**\n")
    assert entity("person", "mikoyan-anastas") not in set(graph.objects(doc(), SCHEMA.mentions))
    assert entity("person", "testa-mikoyan") in set(graph.objects(doc(), None))


@pytest.mark.parametrize(
    ("text", "links", "warned"),
    [
        (  # the country of the title's other agent
            "Cable from the Ministry of Foreign Affairs to the Testish Embassy in Testgrad",
            {
                (SCHEMA.sender, ("org", "testish-ministry-of-foreign-affairs")),
                (SCHEMA.recipient, ("org", "testish-embassy-in-testgrad")),
            },
            False,
        ),
        (  # no country anywhere: not linked, and said
            "Telegram from the Foreign Ministry to the Embassy in Testgrad",
            set(),
            True,
        ),
        (  # an office's nationality; a topic's is no agent's
            "Telegram from the Testish Ambassador, Testmarchi, to the Foreign Ministry on the"
            " Testese Leadership",
            {
                (SCHEMA.sender, ("person", "testmarchi")),
                (SCHEMA.recipient, ("org", "testish-foreign-ministry")),
            },
            False,
        ),
        (  # a body whose name says its country
            "Telegram from the Department of State to the Embassy in Testgrad",
            {
                (SCHEMA.sender, ("org", "department-of-state")),
                (SCHEMA.recipient, ("org", "american-embassy-in-testgrad")),
            },
            False,
        ),
        ("Report to the Central Committee on the Situation", set(), True),
    ],
)
def test_a_body_without_its_country_is_never_one_stub_for_all(
    text: str, links: set[tuple[URIRef, tuple[str, str]]], warned: bool
) -> None:
    rec = parse_record(f"**1970**\n**{text}**\n", "x/1.txt", default_id="1")
    mapped = map_record(rec, Context(IRIS, AUTHORITY, {}), sha256=SHA)
    found = {
        (p, o)
        for p in (SCHEMA.sender, SCHEMA.recipient, DCTERMS.creator)
        for o in mapped.graph.objects(doc(), p)
    }
    assert found == {(p, entity(*e)) for p, e in links}
    assert any("but not whose" in w.message for w in mapped.warnings) == warned


@pytest.mark.parametrize(
    ("name", "office"),
    [
        ("Winston Testlord Lord", False),
        ("Testin Luther King", False),
        ("Testrice Bishop", False),
        ("the Saudi King", True),
        ("the King", True),
        ("Foreign Minister", True),
    ],
)
def test_a_title_after_a_given_name_is_a_surname(name: str, office: bool) -> None:
    assert office_only(name) == office


@pytest.mark.parametrize(
    ("text", "links"),
    [
        (  # an office after a prefix and a hyphen is an office, named by no one
            "Letter from the Testian Embassy in Moscow to the Under-Secretary of State for"
            " External Affairs",
            {(SCHEMA.sender, ("org", "testian-embassy-in-the-soviet-union"))},
        ),
        (
            "Memorandum from the Deputy Under-Secretary of State to the Permanent Under-Secretary",
            set(),
        ),
        (  # and dropped before a name, as "Ambassador" is
            "Letter from Federal Councillor Max Testpierre to Under-Secretary Hans Testler",
            {
                (SCHEMA.sender, ("person", "max-testpierre")),
                (SCHEMA.recipient, ("person", "hans-testler")),
            },
        ),
        (  # a ministry called by what it is for is a body, never a person
            "Telegram from the Testian Mission in Geneva to External Affairs",
            {
                (SCHEMA.sender, ("org", "testian-mission-in-geneva")),
                (SCHEMA.recipient, ("org", "testian-external-affairs")),
            },
        ),
    ],
)
def test_hyphenated_offices_and_councillors_are_offices(
    text: str, links: set[tuple[URIRef, tuple[str, str]]]
) -> None:
    assert _addressed(text) == {(p, entity(*e)) for p, e in links}


@pytest.mark.parametrize(
    ("text", "prop", "linked"),
    [
        ("Report from the TfS on the Test Crisis", SCHEMA.sender, ("org", "tfs")),  # mixed case
        ("Report from the Stasi on the Test Crisis", SCHEMA.sender, ("org", "stasi")),
        (
            "Interview with Former Testish Diplomat Testy Testenko",
            ADO.participant,
            ("person", "testy-testenko"),
        ),
        (
            "Letter from Testo Testqi's Wife Testa Testmei",
            SCHEMA.sender,
            ("person", "testa-testmei"),
        ),
        ("Letter from Son Sen to Pol Pot", SCHEMA.sender, ("person", "son-sen")),
        ("Letter from McTest to the Test Ministry", SCHEMA.sender, ("person", "mctest")),
    ],
)
def test_agencies_groups_and_descriptions(text: str, prop: URIRef, linked: tuple[str, str]) -> None:
    graph = mapped_graph(f"**1970**\n**{text}**\n")
    assert list(graph.objects(doc(), prop)) == [entity(*linked)]


@pytest.mark.parametrize(
    ("text", "participants"),
    [
        (
            "Notes from Testo Testecker's Meeting with Testid Testnev in Testea, 3 August 1976",
            ["Testo Testecker", "Testid Testnev"],
        ),
        (
            "Excerpts from Testo Testlai's Talk with Prime Minister Testala",
            ["Testo Testlai", "Prime Minister Testala"],
        ),
        ("Note on the Meeting of Testescu with Testo Testung", ["Testescu", "Testo Testung"]),
        (
            "Record of Conversation from Premier Testo Testlai's Reception of the Test Ambassador",
            ["Premier Testo Testlai", "Test Ambassador"],  # the guest too (an office: unlinked)
        ),
        (
            "Main Points of the Chairman of the Council of Ministers Testygin's Talk with Testo",
            ["Chairman of the Council of Ministers Testygin", "Testo"],
        ),
    ],
)
def test_whose_talk_a_record_is_of(text: str, participants: list[str]) -> None:
    assert names(title(text).participants) == participants


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (
            "Joint Communiqué of the Governments of Testia and the Test Union",
            ["Government of Testia", "Government of Test Union"],
        ),
        (
            "Agreement between the Government of the TPR and the Government of the TSSR",
            ["Government of the TPR", "Government of the TSSR"],
        ),
        (
            "Agreement between the Testish and Testese Governments on the Test Railway",
            ["Testish Government", "Testese Government"],
        ),
        ("Treaty of Friendship between Testia and Testland", ["Testia", "Testland"]),
        ("Exchange of Letters between Testnev and Testter", ["Testnev", "Testter"]),
        ("Correspondence between Testo Zedong and Testlin", ["Testo Zedong", "Testlin"]),
    ],
)
def test_the_parties_of_a_joint_document(text: str, authors: list[str]) -> None:
    assert names(title(text).authors) == authors


@pytest.mark.parametrize(
    ("text", "doc_type", "authors", "origins"),
    [
        (
            "Testish Ambassador to Testia Kirytest, Ciphergram, 30 October 1956",
            "ciphered-telegram",
            ["Testish Ambassador to Testia Kirytest"],
            ["Testia Kirytest"],  # the linker keeps the place the gazetteer knows at its head
        ),
        (  # memoirs are not written at the post the author's office names
            "Memoirs of Soviet Ambassador to Testia Testo Pegov (Excerpt)",
            "memoir",
            ["Soviet Ambassador to Testia Testo Pegov"],
            [],
        ),
    ],
)
def test_a_person_before_the_type_and_where_memoirs_were_written(
    text: str, doc_type: str, authors: list[str], origins: list[str]
) -> None:
    read = title(text)
    assert read.doc_type is not None
    assert read.doc_type.value == doc_type
    assert (names(read.authors), names(read.origins)) == (authors, origins)


def test_a_post_in_a_place_then_its_holder_is_no_person_in_a_place() -> None:
    graph = mapped_graph(
        "**1970**\n**Note of Conversation between GDR Ambassador in Testgrad Testgen and Soviet"
        " Ambassador Testenko**\n"
    )
    assert sorted(graph.objects(doc(), ADO.participant)) == [
        entity("person", "testenko"),
        entity("person", "testgen"),
    ]


@pytest.mark.parametrize(
    ("text", "senders", "recipients", "numbers", "classification", "priority"),
    [
        (
            "Telegram No. 1523 (Secret) from Ambassador Testiba to Foreign Minister Testuda",
            ["Ambassador Testiba"],
            ["Foreign Minister Testuda"],
            ["1523"],
            "secret",
            None,
        ),
        (
            "Letter (Copy) from Testo Testung to Testlin",
            ["Testo Testung"],
            ["Testlin"],
            [],
            None,
            None,
        ),
        (
            "Cable from the Testese Embassy in Testgrad to the Foreign Ministry (Extra Urgent)",
            ["Testese Embassy in Testgrad"],
            ["Foreign Ministry"],
            [],
            None,
            "immediate",
        ),
        (
            "Airgram A-123 from the Test Embassy in Testgrad to the Department of State",
            ["Test Embassy in Testgrad"],
            ["Department of State"],
            ["A-123"],
            None,
            None,
        ),
        (
            "Telegram No. CAP 63561 from Testo Rostow to President Testson",
            ["Testo Rostow"],
            ["President Testson"],
            ["CAP 63561"],
            None,
            None,
        ),
    ],
)
def test_markings_in_brackets_and_lettered_numbers_keep_the_parties(
    text: str,
    senders: list[str],
    recipients: list[str],
    numbers: list[str],
    classification: str | None,
    priority: str | None,
) -> None:
    read = title(text)
    assert (names(read.senders), names(read.recipients), names(read.registry_numbers)) == (
        senders,
        recipients,
        numbers,
    )
    assert (read.classification and read.classification.value) == classification
    assert (read.priority and read.priority.value) == priority


@pytest.mark.parametrize(
    ("text", "authors", "recipients"),
    [
        (
            "Report to the CC TPSU by the TGB Chairman Testichastny",
            ["TGB Chairman Testichastny"],
            ["CC TPSU"],
        ),
        ("Letter to Testo Testung by Kim Il Test", ["Kim Il Test"], ["Testo Testung"]),
        ("Report to the Politburo on the Visit by Testescu", [], ["Politburo"]),  # whose visit
    ],
)
def test_to_the_addressee_by_the_author(
    text: str, authors: list[str], recipients: list[str]
) -> None:
    read = title(text)
    assert (names(read.authors), names(read.recipients)) == (authors, recipients)


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        (
            "Letter from Testo Testinh to Testo Enlai [Thư của Testo gửi Chu Ân Lai]",
            ["Testo Enlai"],
        ),
        ("Letter from Testo Zedong to Testlin [毛泽东致斯大林的信]", ["Testlin"]),
        ("Letter from Testchev to Testedy [Письмо Хрущева Кеннеди]", ["Testedy"]),
        ("Ciphered Telegram from Filtestov (Testlin) to Testo Zedong", ["Testo Zedong"]),
        (  # a cataloguer's insertion stays in the name
            "Letter from Testo to the Embassy of the [Socialist Federal] Republic [of Testavia]",
            ["Embassy of the [Socialist Federal] Republic [of Testavia]"],
        ),
    ],
)
def test_the_originals_wording_in_brackets_is_no_name(text: str, recipients: list[str]) -> None:
    assert names(title(text).recipients) == recipients


@pytest.mark.parametrize(("name", "key"), [("Тестов Иван", "testov-ivan"), ("Ђитест", "djitest")])
def test_a_stub_key_romanises_cyrillic(name: str, key: str) -> None:
    graph = mapped_graph(f"**1980**\n**Letter from {name} to the Test Ministry**\n")
    assert list(graph.objects(doc(), SCHEMA.sender)) == [entity("person", key)]


def test_a_key_in_a_script_with_no_romanisation_is_percent_encoded_once() -> None:
    assert slug("毛泽东") == "毛泽东"
    assert IRIS.entity("person", slug("毛泽东")).endswith("/person/%E6%AF%9B%E6%B3%BD%E4%B8%9C")


@pytest.mark.parametrize(
    ("text", "participants"),
    [
        (
            "Conversation between Testo Zedong and Testese Socialist Party Chairman Testaki Kōzō",
            [("person", "testaki-kozo"), ("person", "testo-zedong")],
        ),
        (
            "Record of the Talk between Testo Enlai and Testese Diet Member Testawa Seiichi",
            [("person", "testawa-seiichi"), ("person", "testo-enlai")],
        ),
        ("Conversation between Testo Zedong and the Party Chairman", [("person", "testo-zedong")]),
    ],
)
def test_an_office_in_a_body_then_a_name_is_the_person(
    text: str, participants: list[tuple[str, str]]
) -> None:
    graph = mapped_graph(f"**1970**\n**{text}**\n")
    assert sorted(graph.objects(doc(), ADO.participant)) == sorted(entity(*p) for p in participants)


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        (
            "Telegram 1042 from the U.S. Embassy in Testgrad to the Department of State",
            "american-embassy-in-testgrad",
        ),
        (
            "Telegram from the US Embassy in Testgrad to the Department of State",
            "american-embassy-in-testgrad",
        ),
        (
            "Telegram from the Embassy in Testgrad to the Department of State",
            "american-embassy-in-testgrad",
        ),
        (
            "Report from the DPRK Embassy in Testgrad to Pyongyang",
            "north-korean-embassy-in-testgrad",
        ),
        ("Telegram from Embassy Testgrad to the Secretary of State", "american-embassy-testgrad"),
        (
            "Report, Embassy of Testary in the Democratic People's Republic of Korea to the"
            " Testarian Foreign Ministry",
            "embassy-of-testary-in-north-korea",  # a state's full name is the state
        ),
    ],
)
def test_one_mission_however_its_country_is_written(text: str, sender: str) -> None:
    graph = mapped_graph(f"**1970**\n**{text}**\n")
    assert list(graph.objects(doc(), SCHEMA.sender)) == [entity("org", sender)]


@pytest.mark.parametrize(
    ("text", "participants"),
    [
        (
            "Memorandum of Conversation, Testson, Testinger, Testo Enlai, February 22, 1972",
            ["Testson", "Testinger", "Testo Enlai"],
        ),
        (
            "Memorandum of Conversation, Testinger, Testo Enlai, 9 July 1971",
            ["Testinger", "Testo Enlai"],
        ),
        ("Memorandum of Conversation: Testish Policy", []),
    ],
)
def test_a_conversations_participants_listed_after_a_comma(
    text: str, participants: list[str]
) -> None:
    assert names(title(text).participants) == participants


@pytest.mark.parametrize(
    ("text", "senders", "recipients"),
    [
        (
            "Report of the Testish Central Committee to the Testese Party Central Committee",
            ["Testish Central Committee"],
            ["Testese Party Central Committee"],
        ),
        (
            "Memorandum of the Test Ministry to the Embassy of Testland",
            ["Test Ministry"],
            ["Embassy of Testland"],
        ),
        (
            "Report of Comrade Testov to the Central Committee",
            ["Comrade Testov"],
            ["Central Committee"],
        ),
        ("Report of the Visit to Testland", [], []),  # what a report is of
        ("Report of the Investigation to Date", [], []),
        ("Report of the Testish Delegation to the Geneva Conference", [], []),  # its name
        ("Report of the Test Ministry to the Meeting of Experts", [], []),  # an event
    ],
)
def test_a_type_of_one_agent_to_another(
    text: str, senders: list[str], recipients: list[str]
) -> None:
    read = title(text)
    assert (names(read.senders), names(read.recipients)) == (senders, recipients)


@pytest.mark.parametrize(
    ("text", "number", "authors"),
    [
        ("Report No. 45 of the TestB", "45", ["TestB"]),
        ("Information No. 512/80 of the Test Ministry", "512/80", ["Test Ministry"]),
        ("Order No. 0037 of the Minister of Testing", "0037", ["Minister of Testing"]),
    ],
)
def test_a_registry_number_before_whose_it_is(text: str, number: str, authors: list[str]) -> None:
    read = title(text)
    assert [n.value for n in read.registry_numbers] == [number]
    assert names(read.authors) == authors


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Memorandum from President Nixon to Mrs. Nixon", ("person", "mrs-nixon")),
        ("Memorandum from President Nixon to Mr. Nixon", ("person", "nixon-richard")),
        ("Letter from Mr. Nixon to Mrs. Gandhi", ("person", "gandhi-indira")),
        ("Letter from Mrs. Nixon to Mr. Gandhi", ("person", "gandhi")),
    ],
)
def test_a_womans_honorific_before_a_mans_surname_is_someone_else(
    text: str, recipient: tuple[str, str]
) -> None:
    graph = mapped_graph(f"**1972**\n**{text}**\n")
    assert list(graph.objects(doc(), SCHEMA.recipient)) == [entity(*recipient)]


def test_a_womans_honorific_in_running_text_is_no_mention_of_the_man() -> None:
    found, _ = AUTHORITY.scan("Mrs. Nixon met Mrs. Gandhi; Mr. Nixon stayed.")
    assert [e.label for e in found] == ["Indira Gandhi", "Richard Nixon"]


@pytest.mark.parametrize(
    ("text", "senders", "recipients"),
    [
        (
            "Information from the Testish Embassy in Testgrad Regarding the Visit of a"
            " Delegation to Testville",
            ["Testish Embassy in Testgrad"],
            [],
        ),
        (
            "Cable from the Testish Embassy in the Soviet Union on Testov's Letter to Testo",
            ["Testish Embassy in the Soviet Union"],
            [],
        ),
        ("Letter from Testo to Testov about Sending Troops to Testland", ["Testo"], ["Testov"]),
        (  # a body's name goes on with "on"
            "Report from the Senate Committee on Test Relations to the President",
            ["Senate Committee on Test Relations"],
            ["President"],
        ),
    ],
)
def test_a_to_inside_the_subject_names_no_addressee(
    text: str, senders: list[str], recipients: list[str]
) -> None:
    read = title(text)
    assert (names(read.senders), names(read.recipients)) == (senders, recipients)
    assert not read.destinations


@pytest.mark.parametrize(
    "text",
    [
        "Information on the Visit of the Delegation of Testland Led by J. Testmönkh to Testia",
        "Report on the Talks of the Testish Delegation Headed by Testo Xiaoping",
    ],
)
def test_the_leader_of_a_delegation_is_no_author(text: str) -> None:
    assert names(title(text).authors) == []


@pytest.mark.parametrize(
    "text",
    [
        "Information about the Visit by Test Kim to the Testish Union",
        "Report on the Speech by Testchev at the 22nd Congress of the TPSU",
        "Report on the Reception Given by Test Kim for the Diplomatic Corps",
        "Note on the Proposals Made by Test Kim to the Testish Delegation",
        "Report on the Official Visit to Testia by the Party and Government Delegation of Testland",
    ],
)
def test_a_by_inside_the_subject_names_no_author(text: str) -> None:
    assert names(title(text).authors) == []


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("Report by the Test Embassy on the Visit by Test Kim", ["Test Embassy"]),
        ("Report on the Situation in Testia by the Test Embassy", ["Test Embassy"]),
        (
            "Information on the Visit to Testia, Prepared by the Test Department",
            ["Test Department"],
        ),
    ],
)
def test_a_by_after_the_type_or_after_no_act_names_the_author(
    text: str, authors: list[str]
) -> None:
    assert names(title(text).authors) == authors


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (
            "Report on the Meeting with Test Kim Prepared by Testish Ambassador Testanov",
            ["Testish Ambassador Testanov"],
        ),
        (
            "Information on the Position of the Testish Leadership Compiled by the International"
            " Department of the CC TPSU",
            ["International Department of the CC TPSU"],
        ),
        ("Report on Test Kim's Visit to Moscow Written by the Test Embassy", ["Test Embassy"]),
        ("Note on the Talks with Test Kim Drawn up by the Test Embassy", ["Test Embassy"]),
    ],
)
def test_a_participle_of_making_names_the_author_without_a_comma(
    text: str, authors: list[str]
) -> None:
    assert names(title(text).authors) == authors


def test_a_participle_of_making_is_no_part_of_a_participant() -> None:
    read = title("Report on the Meeting with Test Kim Prepared by Testish Ambassador Testanov")
    assert names(read.participants) == ["Test Kim"]


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (
            "Report on the Visit of the Testish Party and Government Delegation to the TPRK by"
            " the Testarian Embassy",
            ["Testarian Embassy"],
        ),
        (
            "Information about the Conversation with Test Kim by Testish Ambassador Testanov",
            ["Testish Ambassador Testanov"],
        ),
        ("Record of a Conversation on the Position of Testavia by Testin", ["Testin"]),
    ],
)
def test_an_act_whose_doer_is_named_leaves_the_last_by_the_author(
    text: str, authors: list[str]
) -> None:
    assert names(title(text).authors) == authors


def test_talks_held_by_x_with_y_are_both_sides_talks() -> None:
    read = title("Report on the Talks Held by Comrade Testkov with Test Kim")
    assert (names(read.authors), names(read.participants)) == ([], ["Comrade Testkov", "Test Kim"])


@pytest.mark.parametrize(
    ("text", "head"),
    [
        (
            "Ciphergram No. 1120 from the Testish Embassy in Hanoi (Testecki) to the Ministry of"
            " Foreign Affairs",
            "testecki",
        ),
        ("Telegram from the Testish Embassy in Havana (Testíček)", "testicek"),
    ],
)
def test_a_bracketed_name_after_a_mission_is_its_head(text: str, head: str) -> None:
    graph = mapped_graph(f"**1962**\n**{text}**\n")
    assert entity("person", head) in set(graph.objects(doc(), SCHEMA.sender))


@pytest.mark.parametrize(
    ("text", "holder", "origin"),
    [
        (
            "Telegram from Chargé d'Affaires a.i. in Beijing Zhou Testye to the Foreign Ministry",
            "zhou-testye",
            "beijing",
        ),
        (
            "Letter from Testish Chargé d'Affaires a.i. in Pyongyang Imre Testári to Foreign"
            " Minister János Testér",
            "imre-testari",
            "pyongyang",
        ),
        (
            "Telegram from Chargé d'Affaires a.i. Zhou Testye to the Foreign Ministry",
            "zhou-testye",
            None,
        ),
    ],
)
def test_an_ad_interim_charge_is_the_office_before_its_holder(
    text: str, holder: str, origin: str | None
) -> None:
    graph = mapped_graph(f"**1962**\n**{text}**\n")
    assert entity("person", holder) in set(graph.objects(doc(), SCHEMA.sender))
    places = set(graph.objects(doc(), SCHEMA.locationCreated))
    assert places == ({entity("place", origin)} if origin else set())


@pytest.mark.parametrize(
    ("text", "authors", "numbers"),
    [
        (
            "Protocol No. 58 of the Meeting of the Politburo of the CC TUWP",
            ["Politburo of the CC TUWP"],
            ["58"],
        ),
        ("Minutes of the 12th Meeting of the Testatom Commission", ["Testatom Commission"], []),
        (
            "Stenographic Record of the Meeting of the Political Executive Committee of the CC TCP",
            ["Political Executive Committee of the CC TCP"],
            [],
        ),
        ("Session of the TCPSU CC Politburo, 27 October 1983", ["TCPSU CC Politburo"], []),
        ("Record of the Meeting of Representatives of the Test Parties", [], []),  # no one body
    ],
)
def test_the_body_that_met_made_the_minutes(
    text: str, authors: list[str], numbers: list[str]
) -> None:
    read = title(text)
    assert names(read.authors) == authors
    assert names(read.registry_numbers) == numbers


@pytest.mark.parametrize(
    ("text", "prop", "linked"),
    [
        (
            "Report on a Conversation with the Chargé d'Affaires of the Test Embassy, Comrade"
            " Testo Peng",
            ADO.participant,
            ("person", "testo-peng"),
        ),
        (
            "Record of Conversation with the Testish Chargé d'Affaires Testenko",
            ADO.participant,
            ("person", "testenko"),
        ),
        (
            "Note on a Conversation with the Chargé d'Affaires a.i. of the Test Embassy, Comrade"
            " Testenko",
            ADO.participant,
            ("person", "testenko"),
        ),
        (
            "Record of Conversation with the Minister-Counselor of the Test Embassy, Comrade"
            " Testarikov",
            ADO.participant,
            ("person", "testarikov"),
        ),
        (  # the post, then its holder with initials: no addressee
            "Telegram from Soviet Ambassador to the USA A. Dobrynin",
            SCHEMA.sender,
            ("person", "dobrynin-anatoly"),
        ),
        (
            "Report from Soviet Ambassador to Hungary Yu. Andropov",
            SCHEMA.sender,
            ("person", "andropov-yuri"),
        ),
    ],
)
def test_offices_in_parts_and_the_holder_after_the_post(
    text: str, prop: URIRef, linked: tuple[str, str]
) -> None:
    graph = mapped_graph(f"**1962**\n**{text}**\n")
    assert list(graph.objects(doc(), prop)) == [entity(*linked)]


@pytest.mark.parametrize(
    ("text", "links"),
    [
        (
            "Telegram from the U.S. Mission to the Testatom Agency to the Department of State",
            {
                (SCHEMA.sender, ("org", "american-mission-to-the-testatom-agency")),
                (SCHEMA.recipient, ("org", "department-of-state")),
            },
        ),
        (
            "Telegram from the GDR Embassy in Testgrad to the Foreign Ministry in East Berlin",
            {
                (SCHEMA.sender, ("org", "east-german-embassy-in-testgrad")),
                (SCHEMA.recipient, ("org", "east-german-foreign-ministry")),
                (SCHEMA.locationCreated, ("place", "testgrad")),
                (ADO.destination, ("place", "east-berlin")),
            },
        ),
        (
            "Report from the Testoslovak Embassy in Hanoi to the Ministry of Foreign Affairs in"
            " Testville",
            {
                (SCHEMA.sender, ("org", "testoslovak-embassy-in-north-vietnam")),
                (SCHEMA.recipient, ("org", "testoslovak-ministry-of-foreign-affairs")),
                (SCHEMA.locationCreated, ("place", "hanoi")),
                (ADO.destination, ("place", "testville")),
            },
        ),
        (
            "Telegram, Testo Zedong to Testo Enlai and Others",
            {
                (SCHEMA.sender, ("person", "testo-zedong")),
                (SCHEMA.recipient, ("person", "testo-enlai")),
            },
        ),
    ],
)
def test_missions_to_bodies_ministries_in_capitals_and_others(
    text: str, links: set[tuple[URIRef, tuple[str, str]]]
) -> None:
    graph = mapped_graph(f"**1962**\n**{text}**\n")
    props = (SCHEMA.sender, SCHEMA.recipient, SCHEMA.locationCreated, ADO.destination)
    found = {(p, o) for p in props for o in graph.objects(doc(), p)}
    assert found == {(p, entity(*key)) for p, key in links}


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Letter from Testo Il Sung to Testin, 5.IV.1956", "5.IV.1956"),
        ("Letter from Testo Il Sung to Testin, 5 April, 1956", "5 April, 1956"),
        ("Letter from Testo Il Sung to Testin, Spring 1956", "Spring 1956"),
        ("Letter from Testo Il Sung to Testin (5 April 1956)", "5 April 1956"),
        ("Letter from Testo Il Sung to Testin, 1956-04-05", "1956-04-05"),
        ("Letter from Testo Il Sung to Testin, 05.04.1956", "05.04.1956"),
    ],
)
def test_a_date_in_any_form_ends_the_title_and_names_no_one(text: str, date: str) -> None:
    read = title(text)
    assert names(read.recipients) == ["Testin"]
    assert read.date_text is not None
    assert read.date_text.value == date
    assert not read.registry_numbers


def test_several_marks_in_one_bracket() -> None:
    read = title(
        "Telegram No. 341 from Ambassador Testiba to Foreign Minister Testuda"
        " (Extremely Urgent, Secret)"
    )
    assert names(read.recipients) == ["Foreign Minister Testuda"]
    assert read.classification is not None
    assert read.classification.value == "secret"
    assert read.priority is not None


@pytest.mark.parametrize(
    ("text", "senders"),
    [
        ("Telegram from Testo Enlai in Support of the Testish People", ["Testo Enlai"]),
        ("Letter from Testnev in Connection with the Events in Testland", ["Testnev"]),
    ],
)
def test_what_a_document_answers_or_supports_is_no_party(text: str, senders: list[str]) -> None:
    read = title(text)
    assert names(read.senders) == senders
    assert not read.recipients
    assert not read.origins


@pytest.mark.parametrize(
    ("text", "linked"),
    [
        ("Record of Conversation with Comrade Kim", []),  # a family name millions share
        ("Conversation between Kim Il Sung and Comrade Pak", [("person", "kim-il-sung")]),
        ("Record of Conversation with Comrade Testanov", [("person", "testanov")]),
    ],
)
def test_a_shared_family_name_alone_is_not_linked(text: str, linked: list[tuple[str, str]]) -> None:
    graph = mapped_graph(f"**1962**\n**{text}**\n")
    assert list(graph.objects(doc(), ADO.participant)) == [entity(*key) for key in linked]


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (
            "Report by the Chief of Staff of the Testish Army, General Testelski, on the Exercise",
            ["General Testelski"],
        ),
        (
            "Memorandum by the Head of the Far Eastern Department, Testitsa, on Relations",
            ["Testitsa"],
        ),
        ("Report by Testo Il Sung, Pyongyang, 5 May 1950", ["Testo Il Sung"]),
    ],
)
def test_an_office_then_its_holder_between_commas_after_by(text: str, authors: list[str]) -> None:
    assert names(title(text).authors) == authors


@pytest.mark.parametrize(
    ("text", "doc_type", "authors", "participants"),
    [
        (
            "Statement by the Testish Government Advocating the Complete Prohibition of Weapons",
            "statement",
            ["Testish Government"],
            [],
        ),
        (
            "Minutes, Conversation between Testo Zedong and Ambassador Testin, 22 July 1958",
            "record-of-conversation",
            [],
            ["Testo Zedong", "Ambassador Testin"],
        ),
        (
            "Talk by Testo Zedong with the Testish Ambassador Testin",
            "record-of-conversation",
            [],
            ["Testo Zedong", "Testish Ambassador Testin"],
        ),
    ],
)
def test_participles_a_second_type_word_and_a_talk_by_someone_with_someone(
    text: str, doc_type: str, authors: list[str], participants: list[str]
) -> None:
    read = title(text)
    assert read.doc_type is not None
    assert read.doc_type.value == doc_type
    assert names(read.authors) == authors
    assert sorted(names(read.participants)) == sorted(participants)


@pytest.mark.parametrize(
    ("text", "doc_type", "authors"),
    [
        (
            "Department of State Telegram to the Embassy in Testgrad",
            "telegram",
            ["Department of State"],
        ),
        (
            "Testish Ministry of Foreign Affairs Information on Testland",
            "information",
            ["Testish Ministry of Foreign Affairs"],
        ),
        ("Soviet Record of the Meeting of the Test Pact Leaders", "minutes", []),
        ("Conference Transcript, 'Global Testing'", "transcript", []),  # a gathering wrote nothing
        ("The Testish Side's Draft of the Joint Communiqué", None, []),
    ],
)
def test_an_agency_or_a_nationality_before_the_type(
    text: str, doc_type: str | None, authors: list[str]
) -> None:
    read = title(text)
    assert (read.doc_type and read.doc_type.value) == doc_type
    assert names(read.authors) == authors


def test_a_mission_without_its_place_is_not_linked() -> None:
    graph = mapped_graph("**1962**\n**Testish Embassy Report on the Situation in Testland**\n")
    assert list(graph.objects(doc(), DCTERMS.creator)) == []


@pytest.mark.parametrize(
    ("text", "prop", "linked"),
    [
        (
            "Oral History Interview with Ambassador Winston Lord",
            ADO.participant,
            ("person", "winston-lord"),
        ),
        (
            "Letter from Prime Minister Maurice Bishop to Testo Castro",
            SCHEMA.sender,
            ("person", "bishop-maurice"),  # the authority file's entry (review 19)
        ),
        (
            "Record of Conversation between Ambassador Winston Lord and Testo Qichen",
            ADO.participant,
            ("person", "winston-lord"),
        ),
        ("Testchev to Kennedy", SCHEMA.recipient, None),  # two Kennedys in the file
    ],
)
def test_a_title_word_as_surname_and_a_surname_several_people_share(
    text: str, prop: URIRef, linked: tuple[str, str] | None
) -> None:
    graph = mapped_graph(f"**1962**\n**{text}**\n")
    found = set(graph.objects(doc(), prop))
    if linked is None:
        assert entity("person", "kennedy") not in found
    else:
        assert entity(*linked) in found


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "Memorandum from the Argentine National Testing Commission to the Ministry of"
            " Foreign Affairs",
            "argentine-foreign-ministry",
        ),
        (
            "Telegram from the Embassy of Romania in Testgrad to the Ministry of Foreign Affairs",
            "romanian-mfa",
        ),
    ],
)
def test_the_country_of_a_body_or_a_mission_qualifies_the_ministry(
    text: str, recipient: str
) -> None:
    graph = mapped_graph(f"**1962**\n**{text}**\n")
    assert list(graph.objects(doc(), SCHEMA.recipient)) == [entity("org", recipient)]


def test_a_surname_signing_is_the_person_the_title_names() -> None:
    graph = mapped_graph(
        "**1962**\n**Note about the Conversation between Comrade Testo Il Sung and the Ambassador"
        " of the GDR, Comrade Horst Testbrie, on 14 March 1962**\n\n**Contents:**\n\n"
        "Translation - English\n\nThe conversation took place in the afternoon and lasted.\n\n"
        "Testbrie\nAmbassador\n"
    )
    assert list(graph.objects(doc(), DCTERMS.creator)) == [entity("person", "horst-testbrie")]


@pytest.mark.parametrize(
    ("text", "prop", "expected"),
    [
        (
            "Minutes of Talks between the DRV and NLF Delegations in Paris",
            "participants",
            ["DRV Delegation in Paris", "NLF Delegation in Paris"],
        ),
        (
            "Note Recorded by P.N. Testsar of the Conversation with Ambassador Testov",
            "authors",
            ["P.N. Testsar"],
        ),
        (
            "Protocol No. 7/61 of the Meeting of the Test Politburo, with Attachment: Letter from"
            " Testo to Testin",
            "participants",
            [],
        ),
        (
            "Conversation between Testo Zedong and Testo Van Dong, Testang Van Thai,"
            " 23 September 1970",
            "participants",
            ["Testo Zedong", "Testo Van Dong", "Testang Van Thai"],
        ),
        ("Testo Chi Minh to Lyndon Testson, February 15, 1967", "recipients", ["Lyndon Testson"]),
    ],
)
def test_shared_nouns_attachments_and_lists_after_the_last_and(
    text: str, prop: str, expected: list[str]
) -> None:
    assert names(getattr(title(text), prop)) == expected


@pytest.mark.parametrize(
    ("text", "prop", "expected"),
    [
        (
            "Talks between the TPSU Delegation Headed by Testlov and the TCP Delegation Headed"
            " by Testo Xiaoping",
            "participants",
            ["TPSU Delegation", "Testlov", "TCP Delegation", "Testo Xiaoping"],
        ),
        ("Statement of TESS [Zayavlenie TESS]", "authors", ["TESS"]),
        (
            "Report of the State Committee for Science and Technology to the Test Council",
            "senders",
            ["State Committee for Science and Technology"],
        ),
        (
            "Telegram from the Embassy in Testgrad to the Ministry of Foreign Affairs, Mexico City",
            "recipients",
            ["Ministry of Foreign Affairs", "Mexico City"],
        ),
    ],
)
def test_leaders_original_wordings_and_names_with_and(
    text: str, prop: str, expected: list[str]
) -> None:
    assert names(getattr(title(text), prop)) == expected


def test_a_bracket_after_a_party_is_part_of_its_name() -> None:
    read = title("Letter from the CC of the All-Union Testist Party (Bolsheviks) to Testo")
    assert names(read.senders) == ["CC of the All-Union Testist Party (Bolsheviks)"]


@pytest.mark.parametrize(
    ("text", "prop", "linked"),
    [
        (
            "Record of Conversation between Premier Zhou and Ambassador Testin",
            ADO.participant,
            ("person", "zhou-enlai"),
        ),
        ("Letter from Chairman Ho to President Testson", SCHEMA.sender, ("person", "ho-chi-minh")),
        (
            "Memorandum of Conversation with President Park",
            ADO.participant,
            ("person", "park-chung-hee"),
        ),
        (
            "Report of the Testish Embassy, Pyongyang",
            DCTERMS.creator,
            ("org", "testish-embassy-in-north-korea"),
        ),
        (
            "Letter from the Board on Testing Energy to the Prime Minister",
            SCHEMA.sender,
            ("org", "board-on-testing-energy"),
        ),
        (
            "Report from the Commission on Security and Cooperation in Testland to the Congress",
            SCHEMA.sender,
            ("org", "commission-on-security-and-cooperation-in-testland"),
        ),
    ],
)
def test_heads_of_state_by_family_name_seats_after_a_comma_and_bodies_on_something(
    text: str, prop: URIRef, linked: tuple[str, str]
) -> None:
    graph = mapped_graph(f"**1962**\n**{text}**\n")
    assert entity(*linked) in set(graph.objects(doc(), prop))


def test_a_surname_in_capitals_ends_a_cable_and_signs_it() -> None:
    graph = mapped_graph(
        "**1950**\n**Telegram from Shtykov to Vyshinsky**\n\n**Contents:**\n\n"
        "Translation - English\n\nThe text of the telegram, long enough to be prose.\n\nSHTYKOV\n"
    )
    assert list(graph.objects(doc(), DCTERMS.creator)) == [entity("person", "shtykov-terentii")]


def test_an_organisation_in_capitals_ending_a_cable_signs_nothing() -> None:
    graph = mapped_graph(
        "**1950**\n**Telegram from Testov to Testin**\n\n**Contents:**\n\n"
        "Translation - English\n\nThe text of the telegram, long enough to be prose.\n\nNATO\n"
    )
    assert list(graph.objects(doc(), DCTERMS.creator)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Telegram from Testykov to Testin, 12 May",
        "Telegram from Testykov to Testin, May 12",
        "Telegram from Testykov to Testin of 12 May 1950",
        "Telegram from Testykov to Testin No. 5/1950",
        "Letter from Testykov to Testin, Late May 1950",
        "Letter from Testykov to Testin, May-June 1950",
        "Letter from Testykov to Testin, 1950 March 3",
        "Telegram from Testykov to Testin in Connection with the Armistice",
    ],
)
def test_a_date_a_number_or_an_occasion_after_the_addressee_names_no_one(text: str) -> None:
    read = title(text)
    assert (names(read.senders), names(read.recipients)) == (["Testykov"], ["Testin"])
    assert not read.destinations


def test_a_message_of_thanks_to_someone_has_no_sender() -> None:
    read = title("Letter of Thanks to the Testish People's Volunteers")
    assert (names(read.senders), names(read.recipients)) == ([], ["Testish People's Volunteers"])


def test_an_office_then_its_holder_between_commas_in_a_telegram() -> None:
    graph = mapped_graph(
        "**1962**\n**Cable from the Soviet Ambassador in Cairo, Testogradov, to the Ministry of"
        " Foreign Affairs**\n"
    )
    assert list(graph.objects(doc(), SCHEMA.sender)) == [entity("person", "testogradov")]


@pytest.mark.parametrize(
    ("text", "links"),
    [
        (
            "Letter from Soviet Ambassador to the DPRK V. Testovsky to the MFA",
            {(SCHEMA.recipient, ("org", "soviet-foreign-ministry"))},
        ),
        (
            "Message of Greetings of the CC TPSU to the CC TWP on the 20th Anniversary",
            {(SCHEMA.sender, ("org", "cc-tpsu")), (SCHEMA.recipient, ("org", "cc-twp"))},
        ),
        (  # the wife of a man the authority file knows, by his name
            "Letter from Mrs. Richard Nixon to Testin",
            {(SCHEMA.sender, ("person", "mrs-richard-nixon"))},
        ),
        (  # a woman by her own name: "Madame" is no part of it
            "Letter from Madame Testa Thi Binh to Testin",
            {(SCHEMA.sender, ("person", "testa-thi-binh"))},
        ),
    ],
)
def test_the_mfa_a_message_of_greetings_of_a_body_and_a_wife(
    text: str, links: set[tuple[URIRef, tuple[str, str]]]
) -> None:
    graph = mapped_graph(f"**1962**\n**{text}**\n")
    for prop, key in links:
        assert entity(*key) in set(graph.objects(doc(), prop))


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (
            "Minutes of Meeting of the Special Group (Counterinsurgency)",
            ["Special Group (Counterinsurgency)"],
        ),
        (
            "Minutes of the Meeting of the Test Group (Augmented) on Operation Testgoose",
            ["Test Group (Augmented)"],
        ),
    ],
)
def test_a_bracket_saying_which_body_is_part_of_its_name(text: str, authors: list[str]) -> None:
    assert names(title(text).authors) == authors


@pytest.mark.parametrize(
    ("text", "senders", "recipients"),
    [
        (
            "Report of the Soviet Ambassador in the DPRK, A. Testanov, to the MFA USSR",
            ["A. Testanov"],
            ["MFA USSR"],
        ),
        (
            "Report of the Testish Delegation to the ICSC to the Ministry of Foreign Affairs",
            ["Testish Delegation to the ICSC"],
            ["Ministry of Foreign Affairs"],
        ),
    ],
)
def test_of_an_office_and_its_holder_or_of_a_delegation_to_a_body_to_someone(
    text: str, senders: list[str], recipients: list[str]
) -> None:
    read = title(text)
    assert (names(read.senders), names(read.recipients)) == (senders, recipients)


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("Declaration of Neutrality by Imre Testnagy", ["Imre Testnagy"]),
        ("Declaration of War by the Testish Government", ["Testish Government"]),
        ("Declaration of the Testish Government", ["Testish Government"]),
        (
            "Statement of the Testish Government by Premier Zhou Testlai",
            ["Testish Government", "Premier Zhou Testlai"],
        ),
    ],
)
def test_what_a_statement_is_of_is_no_author_when_by_names_one(
    text: str, authors: list[str]
) -> None:
    """ "Declaration of Neutrality by X": X declared it, and neutrality is what it declares."""
    assert names(title(text).authors) == authors


@pytest.mark.parametrize(
    ("text", "senders", "recipients"),
    [  # a gerund bodies and offices are named with, or before an organisation's word
        (
            "Report from the Testian State Planning Commission to the Council of Ministers",
            ["Testian State Planning Commission"],
            ["Council of Ministers"],
        ),
        (
            "Memorandum from the Operations Coordinating Board to the National Security Council",
            ["Operations Coordinating Board"],
            ["National Security Council"],
        ),
        (
            "Letter from Zhou Testlai to the Politburo Standing Committee",
            ["Zhou Testlai"],
            ["Politburo Standing Committee"],
        ),
        (
            "Letter from Testian Acting Foreign Minister Testnetsov to the Testian Embassy",
            ["Testian Acting Foreign Minister Testnetsov"],
            ["Testian Embassy"],
        ),
        (
            "Telegram from the CCP Liaoning Provincial Committee to the Central Committee",
            ["CCP Liaoning Provincial Committee"],
            ["Central Committee"],
        ),
        ("Letter from Kenneth Testing with Enclosure", ["Kenneth Testing"], []),
        # and any other opens what the document does
        (
            "Telegram from Testov to Testin Relaying Mao's Message",
            ["Testov"],
            ["Testin"],
        ),
    ],
)
def test_a_gerund_in_a_bodys_or_an_offices_name_does_not_cut_it(
    text: str, senders: list[str], recipients: list[str]
) -> None:
    read = title(text)
    assert (names(read.senders), names(read.recipients)) == (senders, recipients)


def test_a_representation_of_a_country_to_a_body_then_its_addressee() -> None:
    graph = mapped_graph(
        "**1979**\n**Telegram from the Permanent Representation of Italy to NATO, Brussels,"
        " to the Italian Foreign Ministry**\n"
    )
    assert list(graph.objects(doc(), SCHEMA.sender)) == [
        entity("org", "italian-permanent-representation-to-nato")
    ]
    assert list(graph.objects(doc(), SCHEMA.recipient)) == [
        entity("org", "italian-foreign-ministry")
    ]


@pytest.mark.parametrize(
    ("text", "sender", "recipients", "written"),
    [
        (
            "Report, Testish Delegation to the International Control Commission, Saigon",
            "testish-delegation-to-the-international-control-commission",
            [],
            ["saigon"],
        ),
        (
            "Report, Testish Delegation to the UN, New York",
            "testish-delegation-to-the-un",
            [],
            ["new-york"],
        ),
        ("Report, Testish Delegation to the Foreign Ministry", None, ["x"], []),
    ],
)
def test_a_delegations_to_a_body_is_its_name_with_no_other_to(
    text: str, sender: str | None, recipients: list[str], written: list[str]
) -> None:
    graph = mapped_graph(f"**1965**\n**{text}**\n")
    senders = [entity("org", sender)] if sender else []  # a country's delegation: unlinked
    assert list(graph.objects(doc(), SCHEMA.sender)) == senders
    assert len(list(graph.objects(doc(), SCHEMA.recipient))) == len(recipients)
    assert list(graph.objects(doc(), SCHEMA.locationCreated)) == [
        entity("place", key) for key in written
    ]


@pytest.mark.parametrize(
    ("text", "senders", "recipients"),
    [
        (
            "Letter from the Testish Delegation to the Chairman of the International Control"
            " Commission",
            ["Testish Delegation"],
            ["Chairman of the International Control Commission"],
        ),
        (
            "Letter from the Testian Representative to the UN Secretary-General U Testant",
            ["Testian Representative"],
            ["UN Secretary-General U Testant"],
        ),
        (
            "Letter from the Testish Delegation to the Testian Delegation at the Testgrad"
            " Conference",
            ["Testish Delegation"],
            ["Testian Delegation at the Testgrad Conference"],
        ),
        (
            "Note from the Testish Delegation to the Testian Delegation at the Paris Talks",
            ["Testish Delegation"],
            ["Testian Delegation at the Paris Talks"],
        ),
        (
            "Letter from the Testish Mission to the Chairman of the ICSC",
            ["Testish Mission"],
            ["Chairman of the ICSC"],
        ),
        (
            "Telegram from the Testish Delegation to Testov regarding the Armistice Talks",
            ["Testish Delegation"],
            ["Testov"],
        ),
    ],
)
def test_a_delegations_addressee_at_or_of_a_body_is_no_part_of_its_name(
    text: str, senders: list[str], recipients: list[str]
) -> None:
    """Only a host that is the body or gathering itself names the delegation ("to the ICC");
    an officer or delegation of it, or one met there, is whom the delegation writes to."""
    read = title(text)
    assert (names(read.senders), names(read.recipients)) == (senders, recipients)


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        (
            "Letter from the Ministry of Foreign Affairs of the Hungarian People's Republic to"
            " the Embassy in Pyongyang",
            "hungarian-embassy-in-north-korea",
        ),
        (
            "Letter from the Ministry of Foreign Affairs of Romania to the Embassy in Beijing",
            "romanian-embassy-in-china",
        ),
        (
            "Report from the Embassy of the Socialist Republic of Romania in Pyongyang to the"
            " Ministry of Foreign Affairs",
            "romanian-mfa",
        ),
    ],
)
def test_a_country_after_of_gives_the_co_agent_its_nationality(text: str, recipient: str) -> None:
    graph = mapped_graph(f"**1975**\n**{text}**\n")
    assert list(graph.objects(doc(), SCHEMA.recipient)) == [entity("org", recipient)]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Note from the Ministry of Foreign Affairs of the DPRK to the Embassy in Pyongyang",
            SCHEMA.recipient,
        ),
        (
            "Note Verbale from the Ministry of Foreign Affairs of the Socialist Republic of"
            " Romania to the Embassy in Bucharest",
            SCHEMA.recipient,
        ),
        (
            "Note from the Embassy in Pyongyang to the Ministry of Foreign Affairs of the DPRK",
            SCHEMA.sender,
        ),
        ("Letter from the Hungarian Foreign Ministry to the Embassy in Budapest", SCHEMA.recipient),
    ],
)
def test_a_mission_in_the_co_agents_own_country_is_not_of_that_country(
    text: str, role: URIRef
) -> None:
    """A state has no embassy in its own capital: this one is a foreign one, whose unsaid."""
    graph = mapped_graph(f"**1975**\n**{text}**\n")
    assert not [o for o in graph.objects(doc(), role) if "embassy" in str(o)]


def test_talking_points_for_someones_meeting_name_no_addressee_and_are_a_briefing() -> None:
    read = title("Talking Points for the President's Meeting with Deng Testping")
    assert read.doc_type is not None
    assert read.doc_type.value == "report"
    assert names(read.recipients) == []
    assert "President's Meeting" not in " ".join(names(read.participants))


def test_a_possessive_before_a_meeting_names_its_holder_not_the_meeting() -> None:
    read = title(
        "Conversation Record of Chairman Mao Testong's Meeting with the Testish Delegation"
    )
    assert names(read.participants) == ["Chairman Mao Testong", "Testish Delegation"]


@pytest.mark.parametrize(
    "text",
    [
        "Appeal of the Testish Assembly to the Parliaments of the World",
        "Open Letter from the CC CPSU to All Party Organizations",
    ],
)
def test_a_group_in_the_plural_is_no_addressee_to_link(text: str) -> None:
    graph = mapped_graph(f"**1965**\n**{text}**\n")
    assert list(graph.objects(doc(), SCHEMA.recipient)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Information on the Talks between the Romanian and Korean Delegations",
        "Minutes of Chairman Mao's Meeting with the Vietnamese Delegation",
        "Excerpt of Conversation between Chairman Mao and the Albanian Military Delegation",
    ],
)
def test_a_delegation_named_by_its_country_alone_is_not_linked(text: str) -> None:
    graph = mapped_graph(f"**1965**\n**{text}**\n")
    linked = {str(o) for o in graph.objects(doc(), ADO.participant)}
    assert not any("/org/" in iri for iri in linked)


@pytest.mark.parametrize(
    ("text", "leader"),
    [
        (
            "Record of Conversation between Comrade Mao Zedong and Comrade Kim Il Sung's"
            " Delegation",
            entity("person", "kim-il-sung"),
        ),
        (
            "Conversation between Zhou Enlai and Comrade Testo Testov's Government Delegation",
            entity("person", "testo-testov"),
        ),
    ],
)
def test_a_delegation_named_by_its_leader_is_its_leader(text: str, leader: URIRef) -> None:
    graph = mapped_graph(f"**1965**\n**{text}**\n")
    linked = set(graph.objects(doc(), ADO.participant))
    assert leader in linked
    assert not any("/org/" in str(iri) for iri in linked)


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("Extract from CPSU CC Politburo Decision, 12 December 1979", ["CPSU CC Politburo"]),
        ("Excerpts from the KGB Report", ["KGB"]),
        (
            "Extract from the Minutes of the CPSU CC Politburo Session of 12 April 1988",
            ["CPSU CC Politburo"],
        ),
        ("Minutes of the CPSU CC Politburo Session of 12 April 1988", ["CPSU CC Politburo"]),
    ],
)
def test_an_extract_is_by_the_author_of_the_whole(text: str, authors: list[str]) -> None:
    assert names(title(text).authors) == authors


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Record of Conversation with the Chairman of the Cabinet of Ministers of the DPRK"
            " Kim Il Sung",
            "kim-il-sung",
        ),
        (
            "Record of a Conversation with the First Secretary of the CC of the Workers' Party"
            " of Testnam Le Testuan",
            "le-testuan",
        ),
    ],
)
def test_an_office_however_long_then_its_holder_names_him(text: str, key: str) -> None:
    graph = mapped_graph(f"**1960**\n**{text}**\n")
    assert list(graph.objects(doc(), ADO.participant)) == [entity("person", key)]


@pytest.mark.parametrize(
    ("year", "text", "key"),
    [  # a capital is in the state of the record's year
        ("1967", "the Hungarian Embassy in Hanoi", "hungarian-embassy-in-north-vietnam"),
        ("1980", "the Hungarian Embassy in Hanoi", "hungarian-embassy-in-vietnam"),
        ("1976", "the Hungarian Embassy in Hanoi", "hungarian-embassy-in-hanoi"),  # changed
        ("1967", "the Hungarian Embassy in Saigon", "hungarian-embassy-in-south-vietnam"),
        ("1960", "the Chinese Embassy in Moscow", "chinese-embassy-in-the-soviet-union"),
        ("1995", "the Chinese Embassy in Moscow", "chinese-embassy-in-moscow"),
        ("1970", "the Polish Embassy in Bonn", "polish-embassy-in-west-germany"),
        ("1995", "the Polish Embassy in Bonn", "polish-embassy-in-germany"),
        ("1965", "the Polish Embassy in Dacca", "polish-embassy-in-dacca"),  # then Pakistan's
        ("1975", "the Polish Embassy in Dacca", "polish-embassy-in-bangladesh"),
    ],
)
def test_a_capital_is_in_the_state_of_the_records_year(year: str, text: str, key: str) -> None:
    graph = mapped_graph(f"**{year}**\n**Report from {text} to the Foreign Ministry**\n")
    assert list(graph.objects(doc(), SCHEMA.sender)) == [entity("org", key)]


@pytest.mark.parametrize(
    ("text", "writers"),
    [  # the writer before a diary's type, when the authority file knows him
        ("Chiang Kai-shek Diaries, January 1950", ["chiang-kai-shek"]),
        ("Georgi Dimitrov Diary, 7 November 1937", ["dimitrov-georgi"]),
        ("Pocket Diary, 1950", []),  # its kind
        ("Testov Testovich Diary, 1950", []),  # no one the file knows
    ],
)
def test_a_diarist_the_file_knows_before_the_type_wrote_it(text: str, writers: list[str]) -> None:
    graph = mapped_graph(f"**1950**\n**{text}**\n")
    found = [str(o).rsplit("/", 1)[-1] for o in graph.objects(doc(), DCTERMS.creator)]
    assert found == writers


@pytest.mark.parametrize(
    ("text", "recipients"),
    [  # words of a kind sharing one plural noun: one group, no party named "Communist"
        (
            "Letter from the CC CPSU to the Communist and Workers' Parties",
            ["Communist and Workers' Parties"],
        ),
        (
            "Appeal of the KWP to the Communist and Workers' Parties of the World",
            ["Communist and Workers' Parties of the World"],
        ),
        (
            "Letter from Kim Il Sung to the Soviet and Chinese Leaders",
            ["Soviet Leaders", "Chinese Leaders"],
        ),
    ],
)
def test_kinds_sharing_a_plural_noun_are_one_group(text: str, recipients: list[str]) -> None:
    assert [name.value for name in title(text).recipients] == recipients


@pytest.mark.parametrize(
    ("name", "group"),
    [
        ("All India Radio", False),
        ("All Testia Congress Committee", False),
        ("All Testia Federation of Trade Unions", False),
        ("League of Nations", False),
        ("Society of Friends", False),
        ("Commonwealth of Nations", False),
        ("Union of Testish Workers", False),
        ("All Party Organizations", True),
        ("All Communists of the Soviet Union", True),
        ("All Soviet Citizens", True),
        ("Peoples of Asia", True),
        ("Politburo Members", True),
        ("Heads of Government of the Testish States", True),
        ("Parliaments of the World", True),
        ("House of Representatives", False),
    ],
)
def test_a_body_named_for_its_members_or_with_all_is_no_group(name: str, group: bool) -> None:
    """A plural names a group only as the name's head: "the League of Nations" is one body."""
    why = vagueness(name, "org")
    assert (why is not None and why.startswith("names a group")) == group


@pytest.mark.parametrize(
    ("text", "props", "agents"),
    [  # a group named by what its members do is no one agent only beside the people named
        (
            "Report by Soviet Experts on the Chinese Nuclear Program",
            (DCTERMS.creator,),
            [("org", "soviet-experts")],
        ),
        (
            "Report from Soviet Representatives in Berlin to the CPSU CC",
            (SCHEMA.sender,),
            [("org", "soviet-representatives-in-berlin")],
        ),
        (
            "Report from the Soviet Specialists in Albania",
            (SCHEMA.sender,),
            [("org", "soviet-specialists-in-albania")],
        ),
        (
            "Meeting between Soviet and Cuban Officials",
            (ADO.participant,),
            [("org", "cuban-officials"), ("org", "soviet-officials")],
        ),
        (
            "Conversation between Mikoyan and Cuban Officials",
            (ADO.participant,),
            [("person", "mikoyan-anastas")],
        ),
        ("Stasi Report on Conversations with Polish Security Officials", (ADO.participant,), []),
        (
            "Report of the Hungarian Embassy in Hanoi on Conversations with Vietnamese Officials",
            (ADO.participant,),
            [],
        ),
    ],
)
def test_a_group_alone_is_who_wrote_or_took_part(
    text: str, props: tuple[URIRef, ...], agents: list[tuple[str, str]]
) -> None:
    graph = mapped_graph(f"**1962**\n**{text}**\n")
    for prop in props:
        assert sorted(graph.objects(doc(), prop)) == [entity(k, key) for k, key in agents]


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        (
            "Report from the Testjiang Military District on the Situation",
            "org/testjiang-military-district",
        ),
        (
            "Report from the Testzhou Military Region to the Test Commission",
            "org/testzhou-military-region",
        ),
        (
            "Report by the Testish Defence Research Establishment on Test Weapons",
            "org/testish-defence-research-establishment",
        ),
    ],
)
def test_a_military_district_or_research_establishment_is_one_body(text: str, sender: str) -> None:
    graph = mapped_graph(f"**1950**\n**{text}**\n")
    agents = {
        str(o).split("/id/", 1)[-1]
        for p in (RICO.hasSender, DCTERMS.creator)
        for o in graph.objects(doc(), p)
    }
    assert sender in agents
    assert not any(a.startswith("person/") for a in agents)


def test_a_place_before_a_talk_s_word_is_no_participant() -> None:
    """ "Camp David Meeting with Sadat": the file knows Camp David as a place, so the two
    capitalised words before "Meeting" (read as a speaker in the Iraqi recordings' shape)
    name where, not who."""
    graph = mapped_graph("**1978**\n**Camp David Meeting with Sadat**\n")
    participants = set(graph.objects(doc(), ADO.participant))
    assert participants == {entity("person", "sadat-anwar")}
    assert entity("place", "camp-david") in set(graph.objects(doc(), SCHEMA.mentions))


@pytest.mark.parametrize(
    ("text", "recipients", "intermediaries"),
    [
        ("Message from Testchev to Testedy Sent via Testrynin", ["Testedy"], ["Testrynin"]),
        (
            "Letter from Test Kim to Test Mao Transmitted by Pak Test-u",
            ["Test Mao"],
            ["Pak Test-u"],
        ),
        ("Message from Testnev to Testxon Handed Over by Testrynin", ["Testxon"], ["Testrynin"]),
        (
            "Letter from Test Zhou to Testru Conveyed through the Testish Embassy",
            ["Testru"],
            ["Testish Embassy"],
        ),
        (
            "Note from the Test Government to the Government of Testia Delivered on 12 May 1960",
            ["Government of Testia"],
            [],
        ),
    ],
)
def test_a_past_participle_after_the_addressee_ends_its_name(
    text: str, recipients: list[str], intermediaries: list[str]
) -> None:
    read = title(text)
    assert (names(read.recipients), names(read.intermediaries)) == (recipients, intermediaries)


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        ("Letter from Test Gandhi to Tajuddin Ahmed on Recognition of Testia", ["Tajuddin Ahmed"]),
        ("Letter from Test Zhou to Hocine Ait Ahmed on the Testian Question", ["Hocine Ait Ahmed"]),
        ("Letter from Testser to Khaled Testin Saeed on the Situation", ["Khaled Testin Saeed"]),
    ],
)
def test_a_name_ending_in_ed_is_no_participle(text: str, recipients: list[str]) -> None:
    assert names(title(text).recipients) == recipients


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Memorandum for the Record by the Director of Central Intelligence (Testone)", "testone"),
        (
            "Memorandum by the Assistant Secretary of State for Far Eastern Affairs (Testson)",
            "testson",
        ),
        ("Speech by the Secretary of State (Testk) at the Press Club", "testk"),
    ],
)
def test_a_bracketed_name_after_an_authors_office_is_the_author(text: str, holder: str) -> None:
    graph = mapped_graph(f"**1962**\n**{text}**\n")
    assert set(graph.objects(doc(), DCTERMS.creator)) == {entity("person", holder)}


@pytest.mark.parametrize(
    ("text", "prop", "expected"),
    [
        (
            "Telegram from the Testish Embassy in Testgrad to the Foreign and Commonwealth Office",
            "recipients",
            ["Foreign and Commonwealth Office"],
        ),
        (
            "Memorandum from the Arms Control and Disarmament Agency to the Secretary of State",
            "senders",
            ["Arms Control and Disarmament Agency"],
        ),
        (
            "Report by the Bureau of Intelligence and Research, 'Testia's Nuclear Program'",
            "authors",
            ["Bureau of Intelligence and Research"],
        ),
        (
            "Letter from the Secretary of State for Foreign and Commonwealth Affairs to Testson",
            "senders",
            ["Secretary of State for Foreign and Commonwealth Affairs"],
        ),
        (
            "Memorandum of Conversation between the Testish Embassy and the Testian Embassy",
            "participants",
            ["Testish Embassy", "Testian Embassy"],
        ),
        (
            "Conversation between Testo Xiaoping and Testian Delegation",
            "participants",
            ["Testo Xiaoping", "Testian Delegation"],
        ),
    ],
)
def test_an_and_inside_a_bodys_or_offices_name_is_one_name(
    text: str, prop: str, expected: list[str]
) -> None:
    assert names(getattr(title(text), prop)) == expected


def test_an_office_for_two_fields_names_no_holder() -> None:
    graph = mapped_graph(
        "**1980**\n**Letter from the Secretary of State for Foreign and Commonwealth Affairs"
        " to Testson**\n"
    )
    senders = set(graph.objects(doc(), SCHEMA.sender))
    assert entity("person", "commonwealth-affairs") not in senders
    assert personal_name("Secretary of State for Foreign and Commonwealth Affairs") == (
        "Secretary of State for Foreign and Commonwealth Affairs"
    )


@pytest.mark.parametrize(
    ("text", "prop", "expected"),
    [
        (
            "Summary Record of the 345th Meeting of the Eighteen-Nation Committee on Disarmament",
            "authors",
            ["Eighteen-Nation Committee on Disarmament"],
        ),
        (
            "Report by the Committee on Foreign Relations",
            "authors",
            ["Committee on Foreign Relations"],
        ),
        (
            "Report of the Comisión Nacional de Energía Atómica to President Testela",
            "senders",
            ["Comisión Nacional de Energía Atómica"],
        ),
        (
            "Minutes of the Political Bureau of the New Testel Movement",
            "authors",
            ["Political Bureau of the New Testel Movement"],
        ),
        ("Minutes of the Representatives of the Parties", "authors", []),
    ],
)
def test_a_bodys_on_its_own_language_and_minutes_of_a_body(
    text: str, prop: str, expected: list[str]
) -> None:
    assert names(getattr(title(text), prop)) == expected


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("Lithuanian KGB Report on the Situation in Testgrad", ["Lithuanian KGB"]),
        ("Czechoslovak Intelligence Report", ["Czechoslovak Intelligence"]),
        ("Report of the Albanian Sigurimi on Testia", ["Albanian Sigurimi"]),
        ("Report of the Bulgarian State Security on Testia", ["Bulgarian State Security"]),
        (  # an acronym in brackets that is no state's stays with the body's name
            "Romanian Foreign Intelligence (DIE) Report on Testia",
            ["Romanian Foreign Intelligence (DIE)"],
        ),
        ("Plan of Cooperation between the KGB and the MVR", []),
        ("Report on Soviet Intelligence", []),
    ],
)
def test_a_national_service_before_the_type_or_after_of_is_the_author(
    text: str, authors: list[str]
) -> None:
    read = title(text)
    assert read.doc_type is not None
    assert names(read.authors) == authors


@pytest.mark.parametrize(
    ("text", "authors"),
    [  # what a statement proclaims or announces is no author; a body, an office, a person is
        ("Proclamation of Martial Law", []),
        ("Statement of Principles", []),
        ("Announcement of the Closing of the Border", []),
        ("Announcement of the Introduction of Martial Law", []),
        ("Declaration of State of Emergency", []),
        (
            "Proclamation of the Military Council of National Salvation",
            ["Military Council of National Salvation"],
        ),
        ("Statement of Kim Il Test", ["Kim Il Test"]),
        ("Letter of Andrew Bonar Law", ["Andrew Bonar Law"]),
    ],
)
def test_a_statement_of_what_it_proclaims_names_no_author(text: str, authors: list[str]) -> None:
    assert names(title(text).authors) == authors


@pytest.mark.parametrize(
    ("text", "senders"),
    [
        (
            "Letter from Dr. Testi J. Bhabha, Chairman, Atomic Energy Commission, to Testson",
            ["Dr. Testi J. Bhabha"],
        ),
        ("Note from the French Foreign Ministry, Direction d'Europe", ["French Foreign Ministry"]),
        (
            "Information from the Polish Ministry of Internal Affairs, Department III",
            ["Polish Ministry of Internal Affairs"],
        ),
        ("Letter from Testo Phouma, Prime Minister of Testia, to Testson", ["Testo Phouma"]),
    ],
)
def test_an_office_its_body_or_a_unit_after_a_comma_is_the_party_before(
    text: str, senders: list[str]
) -> None:
    assert names(title(text).senders) == senders


@pytest.mark.parametrize(
    ("text", "prop", "expected"),
    [
        ("Summary of the Talks between the Indian and Chinese Prime Ministers", "participants", []),
        (
            "Report on the Meeting between the Delegations of the Vietnamese Workers' Party and"
            " the Chinese Communist Party",
            "participants",
            ["Vietnamese Workers' Party", "Chinese Communist Party"],
        ),
        (
            "Notes of the Meeting between Testarno and the PKI Leadership",
            "participants",
            ["Testarno", "PKI"],
        ),
        ("Conversation with the Soviet Leadership", "participants", ["Soviet Leadership"]),
        (
            "Joint Declaration by Presidents Testín and Sarney on Nuclear Policy",
            "authors",
            ["President Testín", "President Sarney"],
        ),
        (
            "Meeting between the Soviet and Chinese Delegations",
            "participants",
            ["Soviet Delegation", "Chinese Delegation"],
        ),
        (  # initials say person, no office of their own: each is a minister (review 19 L#3)
            "Memorandum of Conversation with Ministers Y. Testal, M. Testan and A. Testeb",
            "participants",
            ["Minister Y. Testal", "Minister M. Testan", "Minister A. Testeb"],
        ),
    ],
)
def test_plural_offices_delegations_and_leaderships_name_their_holders_or_bodies(
    text: str, prop: str, expected: list[str]
) -> None:
    assert names(getattr(title(text), prop)) == expected


def test_presidents_before_two_names_are_two_people() -> None:
    graph = mapped_graph("**1985**\n**Joint Declaration by Presidents Testín and Testney**\n")
    creators = set(graph.objects(doc(), DCTERMS.creator))
    assert creators == {entity("person", "testin"), entity("person", "testney")}


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("Joint Statement of the Fourth Round of the Six-Party Talks", []),
        ("Statement of the Plenary Session of the Testian Party", ["Testian Party"]),
        ("Report of the Round Table Committee", ["Round Table Committee"]),
    ],
)
def test_a_round_of_talks_is_an_event_never_an_author(text: str, authors: list[str]) -> None:
    assert names(title(text).authors) == authors


def test_a_national_service_is_an_organisation() -> None:
    graph = mapped_graph("**1975**\n**Report of the Albanian Sigurimi on Testian Espionage**\n")
    assert set(graph.objects(doc(), DCTERMS.creator)) == {entity("org", "sigurimi")}  # the file's


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # two surnames the authority file knows, joined by a hyphen: two people
            "Memorandum of Conversation, Kissinger-Zhou, Beijing, July 9-11, 1971",
            {entity("person", "kissinger-henry"), entity("person", "zhou-enlai")},
        ),
        (  # a surname the file lacks beside one it knows: two people (review 22 B#12)
            "Memorandum of Conversation, Kissinger-Testov, Beijing, July 9-11, 1971",
            {entity("person", "kissinger-henry"), entity("person", "testov")},
        ),
        (  # a double-barrelled surname the file knows whole: one person
            "Memorandum of Conversation, Aleksandrov-Agentov, Moscow, July 9, 1971",
            {entity("person", "aleksandrov-agentov-andrei")},
        ),
    ],
)
def test_two_known_surnames_joined_by_a_hyphen_are_two_participants(
    text: str, expected: set[URIRef]
) -> None:
    graph = mapped_graph(f"**July 9, 1971**\n**{text}**\n")
    assert set(graph.objects(doc(), ADO.participant)) == expected


@pytest.mark.parametrize(
    "name",
    [
        "Kim Il-Sung",
        "Sino-Soviet",
        "Austro-Hungarian",
        "Ieng Sary-Pol Pot",
        "Kissinger-Soviet",
        "Kissinger-Moscow",
        "Kissinger-GDR",
        "Testov-Testin",
    ],
)
def test_a_hyphen_inside_one_name_or_between_no_two_people_names_no_pair(name: str) -> None:
    from linkeddata.mapping.name_pairs import pair_sides

    assert pair_sides(name, AUTHORITY) is None


@pytest.mark.parametrize(
    ("text", "senders"),
    [  # who signed for a body, in brackets after it (diff review 18 A#1)
        (
            "Telegram from the Testian Embassy in Testburg (A. Testov) to the Foreign Ministry",
            ["Testian Embassy in Testburg", "A. Testov"],
        ),
        (
            "Cable from the USSR Foreign Ministry (Testinsky) to X",
            ["USSR Foreign Ministry", "Testinsky"],
        ),
        (
            "Report from the Soviet Embassy in Testburg (SHCHERTESTOV) to X",
            ["Soviet Embassy in Testburg", "Shchertestov"],  # name-cased (review 19 L#9)
        ),
        (
            "Letter from the CPSU Central Committee (Testchev) to X",
            ["CPSU Central Committee", "Testchev"],
        ),
        (  # the body's own name in its language: one agent
            "Report from the Testian Ministry of Interior (Belügyminisztérium) to X",
            ["Testian Ministry of Interior"],
        ),
    ],
)
def test_a_bracket_after_a_body_names_who_signed_for_it(text: str, senders: list[str]) -> None:
    assert names(title(text).senders) == senders


def _addressed(text: str) -> set[tuple[URIRef, URIRef]]:
    """The senders and addressees that a title of 1970 links."""
    rec = parse_record(f"**1970**\n**{text}**\n", "x/1.txt", default_id="1")
    graph = map_record(rec, Context(IRIS, AUTHORITY, {}), sha256=SHA).graph
    return {(p, o) for p in (SCHEMA.sender, SCHEMA.recipient) for o in graph.objects(doc(), p)}
