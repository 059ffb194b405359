"""A body's header lines: another message's number named by whose it is, replies, registry
numbers with their register's abbreviation, a cable's address block (where it went from and
to, its precedence), an addressee's line, a letterhead's city, and the priorities and markings
of the originals' languages."""

from __future__ import annotations

import pytest
from test_title_agents import doc, entity, mapped_graph, names

from linkeddata.parser import parse_record
from linkeddata.parser.markings import classifications, priority
from linkeddata.record import Record
from linkeddata.vocab import ADO, RICO, SCHEMA


def record(title: str, body: str) -> Record:
    return parse_record(
        f"**1962**\n**{title}**\n\n**Contents:**\n\nOriginal Scan\n\n{body}",
        "x/1.txt",
        default_id="1",
    )


def body(text: str) -> Record:
    return record("Telegram on the Situation", f"{text}\n\nThe talks went on for an hour.\n")


@pytest.mark.parametrize(
    "line",
    [
        "My telegram No. 712: Testov's visit.",
        "Our telegram No. 44: Testburg Harbour.",
        "This Embassy's telegram No. 12: Elections.",
        "My tel. No. 556 of today.",
        "Deptel No. 5.",
    ],
)
def test_a_number_named_by_whose_message_it_is_is_anothers(line: str) -> None:
    read = body(f"Sir H. Testwell\nNo. 801\n\n{line}")
    assert names(read.body_registry_numbers) == ["801"]


@pytest.mark.parametrize(
    ("line", "number"),
    [  # ... but the header's own number stays, alone or labelled, and the writer's reference
        ("No. 801", "801"),
        ("Telegram No. 801", "801"),
        ("Ciphered telegram No. 212", "212"),
        ("Ref: Our No. 45/1976", "45/1976"),
    ],
)
def test_the_headers_own_number_stays(line: str, number: str) -> None:
    assert names(body(line).body_registry_numbers) == [number]


def test_a_reply_names_the_letter_by_its_date_then_its_number() -> None:
    read = body(
        "Dear Comrade Testov,\n\nIn reply to your letter of 12 July, No. 1789, I inform you"
        " that the Politburo agrees with the proposal to hold a meeting in Testburg."
    )
    assert names(read.reply_to) == ["1789"]
    assert names(body("your letter of May 3, 1961, No. 14/61 came.").reply_to) == ["14/61"]
    # a number after the date that is the writer's own is none
    assert body("We answered your letter of 12 July and our No. 5 went.").reply_to == ()


def test_a_registry_number_keeps_its_registers_abbreviation_and_year() -> None:
    assert names(body("No. 4417/Taj. 1951").body_registry_numbers) == ["4417/Taj. 1951"]
    assert names(body("No. 4417/Taj.").body_registry_numbers) == ["4417/Taj"]
    assert names(body("No. 12. 1951").body_registry_numbers) == ["12"]  # no register: no year


def test_an_australian_cables_serial_heads_it_and_a_reference_names_the_answered() -> None:
    read = body("O.TB654321\n\nCONFIDENTIAL\n\nREF: O.XY9876")
    assert names(read.body_registry_numbers) == ["O.TB654321"]
    assert names(read.reply_to) == ["O.XY9876"]


@pytest.mark.parametrize(
    ("head", "origin", "destination", "precedence"),
    [
        (
            "FM AMEMBASSY TESTBURG\nTO SECSTATE WASHDC IMMEDIATE 7777",
            "Testburg",
            "Washington",
            "immediate",
        ),
        (
            "O 260915Z OCT 79\nFM AMEMBASSY NEW TESTBURG\nTO SECSTATE WASHDC NIACT IMMEDIATE 98\n"
            "INFO AMEMBASSY TESTOGRAD",
            "New Testburg",
            "Washington",
            "immediate",
        ),
        ("FM SECSTATE WASHDC\nTO AMEMBASSY TESTBURG PRIORITY", "Washington", "Testburg", "urgent"),
        (
            "Z 011500Z FEB 74\nFM USMISSION USUN NEW YORK\nTO SECSTATE WASHDC",
            "New York",
            "Washington",
            "flash",
        ),
        ("FM USMISSION NATO\nTO SECSTATE WASHDC ROUTINE", None, "Washington", "regular"),
        ("FROM TESTBURG TO FOREIGN OFFICE", "Testburg", "Foreign Office", None),
    ],
)
def test_a_cables_address_block_gives_its_places_and_precedence(
    head: str, origin: str | None, destination: str, precedence: str | None
) -> None:
    read = body(f"SECRET\n\n{head}")
    assert (read.written_at.value if read.written_at else None) == origin
    assert read.header_destination is not None
    assert read.header_destination.value == destination
    assert (read.body_priority.value if read.body_priority else None) == precedence


def test_a_precedence_word_or_a_post_in_the_text_is_none() -> None:
    read = body("SECRET\n\nTHIS IS AN IMMEDIATE CONCERN OF THE EMBASSY.\nINFO AMEMBASSY TESTBURG")
    assert read.body_priority is None
    assert read.header_destination is None
    assert read.written_at is None


def test_the_cables_routing_places_and_precedence_are_published() -> None:
    graph = mapped_graph(
        "**1974**\n**Telegram from Ambassador Testeen to Secretary of State Testie**\n\n"
        "**Contents:**\n\nOriginal Scan\n\nSECRET\n\nO 011500Z FEB 74\nFM AMEMBASSY SEOUL\n"
        "TO SECSTATE WASHDC\n\n1. I MET THE PRESIDENT THIS MORNING FOR ONE HOUR.\n"
    )
    assert list(graph.objects(doc(), SCHEMA.locationCreated)) == [entity("place", "seoul")]
    assert list(graph.objects(doc(), ADO.destination)) == [entity("place", "washington")]
    priorities = list(graph.objects(doc(), ADO.priority))
    assert [str(p).rsplit("/", 1)[-1] for p in priorities] == ["immediate"]


def test_an_addressee_line_names_the_person_the_title_does_not() -> None:
    graph = mapped_graph(
        "**1966**\n**Information Note from the Testian Embassy in Hanoi to the Testian Ministry"
        " of Foreign Affairs**\n\n**Contents:**\n\nTranslation - English\n\nTelegram No. 20.5\n\n"
        "To: Comrade Ion Testescu, Minister of Foreign Affairs\n\nOn 15 April the deputy head"
        " of the Press Department told our diplomat that nothing would be negotiated.\n"
    )
    recipients = set(graph.objects(doc(), RICO.hasAddressee))
    assert entity("person", "ion-testescu") in recipients
    assert len(recipients) == 2  # the ministry the title names, and its minister


def test_an_addressee_line_adds_nothing_to_a_titles_person() -> None:
    graph = mapped_graph(
        "**1966**\n**Letter from Ion Testescu to Vasile Testaru**\n\n**Contents:**\n\n"
        "Translation - English\n\nTo: Comrade Petru Testan, Minister\n\nThe text.\n"
    )
    assert list(graph.objects(doc(), RICO.hasAddressee)) == [entity("person", "vasile-testaru")]


def test_an_addressee_line_names_the_recipient_when_the_title_names_only_the_sender() -> None:
    graph = mapped_graph(
        "**1962**\n**Ciphergram No. 15 from the Testian Embassy in Havana**\n\n**Contents:**\n\n"
        "Original Scan\n\n[Ciphergram No.] 15\n\nDispatched from Havana on 11.15.1962 at 22:00"
        "\n\nTo: Minister Testacki\n\nThe talks continue.\n"
    )
    assert list(graph.objects(doc(), RICO.hasAddressee)) == [entity("person", "testacki")]


def test_an_addressee_line_below_the_first_paragraph_is_a_quoted_documents() -> None:
    read = body(
        "SECRET\n\nThe Ambassador handed over the following letter, which we reproduce here in"
        " full for the information of the Ministry and of the embassies concerned:\n\n"
        "To: Comrade Petru Testan"
    )
    assert read.header_recipients == ()


def letter(title: str, head: str) -> str | None:
    """The place of writing of a letter titled ``title`` whose body opens with ``head``."""
    read = record(title, f"{head}\n\nWe have received your letter and studied it carefully.\n")
    return read.written_at.value if read.written_at else None


@pytest.mark.parametrize(
    ("title", "head", "place"),
    [
        (  # the office's house, the title giving the sender the office
            "Letter from Prime Minister Ivan Testov to President Petr Testin",
            "Prime Minister's House\nNew Testburg\n\nNo. 1154-PMH/60",
            "New Testburg",
        ),
        (
            "Letter from Prime Minister Ivan Testov to Petr Testin",
            "SECRET\n\nPRIME MINISTER'S SECRETARIAT\nNEW TESTBURG",
            "NEW TESTBURG",
        ),
        (  # the sender's state by its adjective, its post left out
            "Letter from the Embassy of Hungary in Testia to the Ministry of Foreign Affairs",
            "Embassy of the Hungarian People's Republic\nTestburg\n\nTop secret!",
            "Testburg",
        ),
        (
            "Letter from the Hungarian Embassy to the Testian Foreign Ministry",
            "Embassy of the Hungarian People's Republic\nTestburg\n\nNo. 12/1960",
            "Testburg",
        ),
        (  # the author's own body, a marking above it and the document's type below
            "Decree of the Council of Ministers of Testia on Aid",
            "Top Secret (Special File)\nCouncil of Ministers of Testia\n\nDECREE No. 12-5ss\n\n"
            "Testburg, Kremlin",
            "Testburg",
        ),
    ],
)
def test_a_city_under_the_senders_letterhead_is_where_it_was_written(
    title: str, head: str, place: str
) -> None:
    assert letter(title, head) == place


@pytest.mark.parametrize(
    ("title", "head"),
    [
        (  # the recipient's body, the city of the other end (review 19 A#1)
            "Letter from the Central Committee of the Chinese Communist Party to the Central"
            " Committee of the Communist Party of the Soviet Union",
            "Central Committee of the Communist Party of the Soviet Union\n\nTestburg\n\n"
            "Dear Comrades,",
        ),
        (
            "Letter from the Central Committee of the Testian Workers' Party to the Central"
            " Committee of the Chinese Communist Party",
            "Central Committee of the Chinese Communist Party\n\nTestburg",
        ),
        (  # a body the title does not name as the sender
            "Letter from Ivan Testov to the Central Committee of the Testian Party",
            "Central Committee\n\nTestian Party\n\nTestburg\n\nEsteemed Comrades:",
        ),
        (  # the second line of a "To" block
            "Letter from the Central Committee of the Polish United Workers' Party to the"
            " Central Committee of the Testian Party",
            "To the Central Committee\n\nof the Testian Party\n\nTestburg\n\nDear Comrades,",
        ),
        (  # a person's line and an office above it
            "Letter from Ivan Testov to Petr Testin",
            "Comrade P. I. Testin\n\nGeneral Secretary of the CC TPSU\n\nTestburg",
        ),
        (  # an honorific above the recipient's house
            "Letter from Ivan Testov to Prime Minister Petr Testin",
            "His Excellency\n\nMr. Petr Testin\n\nPrime Minister's House\n\nNew Testburg",
        ),
        (  # the house of the recipient's office, though first
            "Letter from Ivan Testov to Prime Minister Petr Testin",
            "Prime Minister's House\n\nNew Testburg",
        ),
        (  # a house whose office the title does not give the sender
            "Letter from Ivan Testov to Petr Testin",
            "Prime Minister's House\n\nNew Testburg",
        ),
        (  # the recipient's department under an honorific's line
            "Letter from Ambassador Ivan Testov to Petr Testin",
            "The Honorable Petr Testin\n\nSecretary of State\n\nDepartment of State\n\nTestburg",
        ),
        ("Telegram on the Situation", "Embassy of the Testian People's Republic\nTestburg"),
        ("Letter from Ivan Testov to Petr Testin", "Testburg"),  # no letterhead above it
        (
            "Letter from Ivan Testov to Petr Testin",
            "His Excellency Mr. Petr Testin,\nChairman of the Council of Ministers,\nTestburg",
        ),
    ],
)
def test_an_addressees_block_gives_no_place_of_writing(title: str, head: str) -> None:
    assert letter(title, head) is None


def test_the_addressees_block_at_the_foot_gives_no_place_of_writing() -> None:
    read = record(
        "Letter from Ivan Testov to Petr Testin",
        "Dear Mr. President,\n\nI write to you at a time of grave danger to the peace of our"
        " region, and I hope that your Government will use its influence.\n\nYours sincerely,"
        "\n\nIvan Testov\n\nHis Excellency\nMr. Petr Testin,\nPresident of Testia,\nTestburg.\n",
    )
    assert record_place(read) is None


def record_place(read: Record) -> str | None:
    return read.written_at.value if read.written_at else None


@pytest.mark.parametrize(
    ("line", "marking", "key"),
    [
        ("URGENTE", None, "urgent"),
        ("URGENTÍSSIMO", None, "immediate"),
        ("Muy urgente", None, "immediate"),
        ("Très urgent", None, "immediate"),
        ("SECRETO-URGENTÍSSIMO", "secret", "immediate"),
        ("SECRET-URGENT", "secret", "urgent"),
        ("Secret/Urgent", "secret", "urgent"),
        ("CONFIDENCIAL - URGENTE", "confidential", "urgent"),
    ],
)
def test_the_priorities_of_the_originals_languages(
    line: str, marking: str | None, key: str
) -> None:
    found = priority([(1, line)])
    assert found is not None
    assert found.value == key
    assert names(classifications([(1, line)])) == ([marking] if marking else [])


def test_a_priority_word_in_a_sentence_is_none() -> None:
    assert priority([(1, "It is urgent that the Ministry answer.")]) is None
    assert priority([(1, "Urgente: the text")]) is None


@pytest.mark.parametrize(
    ("title", "marking", "key"),
    [
        (
            "Telegram from Testian Embassy in Testburg, No. 11, Secreto-Urgentíssimo",
            "secret",
            "immediate",
        ),
        (
            "Telegram from Testian Embassy in Testburg, No. 11, Confidencial, Urgente",
            "confidential",
            "urgent",
        ),
    ],
)
def test_a_title_segments_priority_in_the_originals_language(
    title: str, marking: str, key: str
) -> None:
    read = parse_record(f"**{title}**\n", "x/1.txt", default_id="1").title
    assert read is not None
    assert read.classification is not None
    assert read.priority is not None
    assert (read.classification.value, read.priority.value) == (marking, key)


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("TOP SECRET/SENSITIVE/EXCLUSIVELY EYES ONLY", "top-secret-sensitive"),
        ("TOP SECRET - SENSITIVE - EXCLUSIVELY EYES ONLY", "top-secret-sensitive"),
        ("TOP SECRET/SENSITIVE/XGDS", "top-secret-sensitive"),
        ("TOP SECRET SENSITIVE EYES ONLY", "top-secret-sensitive"),
        ("TOP SECRET/NODIS", "top-secret"),  # ... but a caveat is no grade
        ("SECRET/SENSITIVE", "secret"),
        ("SECRET/SENSITIVE/NODIS", "secret"),
    ],
)
def test_a_marking_is_read_by_its_longest_grade(line: str, key: str) -> None:
    assert names(classifications([(1, line)])) == [key]


@pytest.mark.parametrize(
    ("head", "origin", "destination"),
    [  # other services' routing lines, in any case (review 20 A#5, C#7, B#14)
        (
            "CIPHERED TELEGRAM\nTop Secret\nFrom Testburg\nTo: Testgrad, CC TPSU",
            "Testburg",
            "Testgrad",
        ),
        (
            "Ciphered Telegram No. 25199\nFrom TESTBURG\nTo FILIPPOV [Stalin]",
            "Testburg",
            "Filippov",
        ),
        (
            "OUTGOING CODE CABLE\nTO: TESTEN, TESTVILLE\nFROM: TESTOLD, NEW TESTBURG",
            "New Testburg",
            "Testville",
        ),
        ("CONFIDENTIAL\nFM TESTBURG 250930Z JAN 68\nTO IMMEDIATE FOREIGN OFFICE", "Testburg", None),
        ("FM USINT TESTBURG\nTO SECSTATE WASHDC", "Testburg", "Washington"),
    ],
)
def test_a_routing_line_of_any_service_gives_the_city(
    head: str, origin: str, destination: str | None
) -> None:
    read = body(head)
    assert read.written_at is not None
    assert read.written_at.value == origin
    assert (read.header_destination.value if read.header_destination else None) == destination


@pytest.mark.parametrize(
    "head",
    [
        "From the Testian side:",
        "From Comrade Testov",
        "FROM: Ivan A. Testov",
        "To: Comrade Testov, Ambassador",
    ],
)
def test_a_side_or_a_person_is_no_routing_city(head: str) -> None:
    assert body(head).written_at is None
    assert body(head).header_destination is None


def test_a_routing_lines_city_is_published_when_the_file_knows_it() -> None:
    graph = mapped_graph(
        "**1956**\n**Telegram from Testov to the CC Presidium**\n\n**Contents:**\n\n"
        "Translation - English\n\nCIPHERED TELEGRAM\n\nFrom Budapest\n\nTo: Moscow, CC CPSU\n\n"
        "At 19:00 the Prime Minister called me and told me of the Council's decision.\n"
    )
    assert list(graph.objects(doc(), SCHEMA.locationCreated)) == [entity("place", "budapest")]
    assert list(graph.objects(doc(), ADO.destination)) == [entity("place", "moscow")]


def test_a_british_telegrams_precedence_stands_before_the_office() -> None:
    assert body("FM TESTBURG 250930Z JAN 68\nTO IMMEDIATE FOREIGN OFFICE").body_priority
    assert body("TO FOREIGN OFFICE").body_priority is None


def test_an_interests_section_sends_the_cable() -> None:
    read = body("FM USINT TESTBURG\nTO SECSTATE WASHDC")
    assert names(read.header_senders) == ["United States Interests Section in Testburg"]


@pytest.mark.parametrize(
    ("head", "recipient"),
    [  # an addressee's line without its colon (review 20 A#16, C#8)
        ("To Comrade Teodor Testescu, Ambassador", "Comrade Teodor Testescu"),
        ("To the Ministry of Foreign Affairs, Comrade Ion Testescu", "Comrade Ion Testescu"),
        ("To Comrade Ion Testescu, Minister of Foreign Affairs\nTestburg", "Comrade Ion Testescu"),
        # in capitals, read in name case, the honorific no body's word (review 22 B#5)
        ("TO COMRADE TEODOR TESTESCU\nGENERAL SECRETARY OF THE CC TWP", "Comrade Teodor Testescu"),
        ("TO THE GENERAL SECRETARY OF THE CC TWP COMRADE T. I. TESTOV", "Comrade T. I. Testov"),
        ("To the General Secretary of the CC TWP Comrade T. I. Testov", "Comrade T. I. Testov"),
        # a body by its name (review 22 B#6, D#13), less its article
        ("To the CC CPSU", "CC CPSU"),
        ("TO THE POLITBURO OF THE CC OF THE TCP", "POLITBURO OF THE CC OF THE TCP"),
        (
            "To the Central Committee of the Testian Workers' Party",
            "Central Committee of the Testian Workers' Party",
        ),
    ],
)
def test_an_addressee_line_without_its_colon(head: str, recipient: str) -> None:
    assert names(body(head).header_recipients) == [recipient]


def test_a_plural_honorific_in_capitals_addresses_each_name() -> None:
    read = body("TO COMRADES TEODOR TESTESCU AND IVAN TESTOV")
    assert names(read.header_recipients) == ["Comrade Teodor Testescu", "Comrade Ivan Testov"]


@pytest.mark.parametrize(
    "head",
    [
        "To Comrade Testov's question, I answered that",
        "To the surprise of all, the Testian side agreed",
        "To the CC CPSU we reported that",
        "To the Question of the Border",
        "TO THE QUESTION OF THE BORDER",
        "To No. 1234 of 5 March",
        "To the CC CPSU.",
        # a document of a body, an instruction, a heading (diff review 22 F#1)
        "To the Draft Resolution of the Test Council",
        "To the Report of the CC TPSU",
        "To the Attention of the CC",
        "TO THE HISTORY OF THE TPC",
        "TO BE RETURNED TO THE GENERAL DEPARTMENT OF THE CC",
    ],
)
def test_a_sentence_or_a_heading_is_no_addressee_line(head: str) -> None:
    assert body(head).header_recipients == ()


def test_a_body_in_capitals_or_one_named_by_its_noun_alone_addresses_no_person() -> None:
    capitals = mapped_graph(
        "**1968**\n**Information on the Meeting**\n\n**Contents:**\n\n"
        "Translation - English\n\nTO COMRADE TEODOR TESTESCU\n\n"
        "Please communicate to the Soviet comrades the position of the party.\n"
    )
    assert list(capitals.objects(doc(), RICO.hasAddressee)) == [entity("person", "teodor-testescu")]
    vague = mapped_graph(
        "**1968**\n**Information on the Meeting**\n\n**Contents:**\n\n"
        "Translation - English\n\nTo the Central Committee\n\n"
        "Please communicate to the Soviet comrades the position of the party.\n"
    )
    assert list(vague.objects(doc(), RICO.hasAddressee)) == []


def test_an_addressee_line_names_the_person_beside_a_title_of_stations() -> None:
    graph = mapped_graph(
        "**1968**\n**Telegram from Moscow to Bucharest**\n\n**Contents:**\n\n"
        "Translation - English\n\nTo Comrade Teodor Testescu, Ambassador\n\n"
        "Please communicate to the Soviet comrades the position of the party.\n"
    )
    assert list(graph.objects(doc(), RICO.hasAddressee)) == [entity("person", "teodor-testescu")]


@pytest.mark.parametrize(
    ("line", "answered"),
    [  # "Re:" and a document's type and number (review 20 C#9)
        ("Re: Note No. 45/69 of the Testian MFA of 2 October", ["45/69"]),
        ("Re: Cable No. 0341", ["0341"]),
        ("Re: The situation in Testia", []),
        ("Re: Your Verbal Note No. 12/70", ["12/70"]),
        # a law, a decree or a resolution is the subject, no message answered (diff review 20
        # C#2), and no number of this document's either
        ("Re: Testian Council Resolution No. 242", []),
        ("Re: Law No. 5 of 1961 on State Testing", []),
        ("Re: Decree No. 12 of the Council of Ministers", []),
        # "Ref:" keeps the wider rule
        ("Ref: Circular No. 77", ["77"]),
    ],
)
def test_a_re_line_names_the_document_answered(line: str, answered: list[str]) -> None:
    read = body(f"Embassy of Testia\nNo. 0234/69\n\n{line}")
    assert names(read.reply_to) == answered
    assert names(read.body_registry_numbers) == ["0234/69"]
