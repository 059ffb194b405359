"""Who signs at the end of a body: a name and its office after a comma signs unless a list
heads it; a word in capitals on a cable's last line signs only when it can be a surname."""

from __future__ import annotations

import pytest
from test_parser_variants import body_of, values
from test_title_agents import AUTHORITY, IRIS, SHA, doc, entity, mapped_graph

from linkeddata.mapping import Context, map_record
from linkeddata.parser import parse_record
from linkeddata.parser.signer_lines import name_case
from linkeddata.vocab import ADO, DCTERMS, SCHEMA

PROSE = "The report was read at the meeting of the Central Committee."


@pytest.mark.parametrize(
    ("closing", "signer"),
    [
        ("A. Testanov, Ambassador of the USSR in the DPRK", "A. Testanov"),
        ("Károly Testor, Ambassador", "Károly Testor"),
        ("Pak Test-yon, Deputy Minister of Foreign Affairs of the DPRK", "Pak Test-yon"),
        ("Major General Ri Test-mu, Chief of Staff", "Ri Test-mu"),
        ("Ivan Testov, Colonel", "Ivan Testov"),
        ("Reported by\nJames Testley, Deputy Chief of Mission", "James Testley"),
    ],
)
def test_a_name_and_its_office_after_a_comma_sign(closing: str, signer: str) -> None:
    assert values(body_of(f"{PROSE}\n\n{closing}").signatories) == (signer,)


@pytest.mark.parametrize(
    "closing",
    [
        "Copies to:\nI. Testov, First Secretary\nP. Testrov, Attaché",
        "The Soviet side was represented by:\nA. Testanov, Ambassador",
        "Attending:\nKim Test Sung, Chairman\nA. Testanov, Ambassador",
        (  # regression: a list's header with whose the people are is one as well
            "Soviet participants:\nN. S. Testchev\nChairman of the Council of Ministers\n"
            "A. A. Testyko\nMinister of Foreign Affairs"
        ),
        "List of attendees\nKim Test Sung\nChairman of the Cabinet\nPak Test-chol\nMinister",
        "Participants from the Testian side:\nA. A. Testyko\nMinister of Foreign Affairs",
        # a distribution list, copies and who was present, however labelled (review 19 L#5)
        "Distribution list:\n\nA. Testyko\n\nV. Testnetsov\n\nA. Testrynin",
        "Copies sent to:\nI. Testov\nP. Testrov",
        "Mailing list:\nI. Testov\nP. Testrov",
        "Present at the meeting:\n\nA. Testyko\n\nV. Testnetsov",
        "bcc: I. Testov\nP. Testrov",
    ],
)
def test_the_last_of_a_list_of_people_signs_nothing(closing: str) -> None:
    assert values(body_of(f"{PROSE}\n\n{closing}").signatories) == ()


def test_a_closing_block_above_a_list_of_copies_still_signs() -> None:
    closing = "Ambassador\nA. Testrynin\n\nDistribution list:\nI. Testov\nP. Testrov"
    assert values(body_of(f"{PROSE}\n\n{closing}").signatories) == ("A. Testrynin",)


def test_an_addressee_block_under_the_signature_signs_nothing() -> None:
    # regression: "Comrade X" under the signer's block is whom the letter went to
    closing = (
        "With socialist greetings\n\nW. Testricht\nFirst Secretary of the Central Committee\n"
        "Comrade Kim Test Sung\nChairman of the Cabinet of Ministers of the DPRK"
    )
    assert values(body_of(f"{PROSE}\n\n{closing}").signatories) == ("W. Testricht",)


@pytest.mark.parametrize("last", ["KOREA", "CUBA", "SECRETARY", "EMBASSY", "STATE"])
def test_a_country_or_an_office_in_capitals_ends_a_cable_unsigned(last: str) -> None:
    assert values(body_of(f"{PROSE}\n\n{last}").signatories) == ()


def test_a_place_in_capitals_signs_nothing_in_the_graph() -> None:
    graph = mapped_graph(
        f"**1967**\n**Telegram from Testov to Testin**\n\n**Contents:**\n\n"
        f"Translation - English\n\n{PROSE}\n\nHANOI\n"
    )
    assert list(graph.objects(doc(), DCTERMS.creator)) == []
    assert list(graph.objects(doc(), ADO.signatureAsWritten)) == []


def test_a_surname_in_capitals_still_signs_a_cable() -> None:
    graph = mapped_graph(
        f"**1950**\n**Telegram from Shtykov to Vyshinsky**\n\n**Contents:**\n\n"
        f"Translation - English\n\n{PROSE}\n\nSHTYKOV\n"
    )
    assert list(graph.objects(doc(), DCTERMS.creator)) == [entity("person", "shtykov-terentii")]


@pytest.mark.parametrize(
    ("closing", "signers"),
    [
        ("Testo Testlai\n24 March 1960", ("Testo Testlai",)),
        ("Testburg, 12 July 1968\n\nTestár János", ("Testár János",)),
        ("Testár János s.k.", ("Testár János",)),
        ("TESTYKOV\n25.VI.1950 г.", ("Testykov",)),
        ("Kim Test Sung\n1950. 6. 25.", ("Kim Test Sung",)),
        ("Mao Testong\n1950年6月25日", ("Mao Testong",)),
        ('A. Testyko\n"12" мая 1950 г.', ("A. Testyko",)),
        (
            "Pak Test-yong\nDeputy Chairman of the Cabinet of Ministers and Minister of Foreign"
            " Affairs of the DPRK",
            ("Pak Test-yong",),
        ),
        ("On behalf of the Politburo of the CC KWP\nKim Test Sung", ("Kim Test Sung",)),
        (
            "János Testér\nMinister\n\nAttachment: Report of the Embassy in Testgrad\n\n"
            "The embassy reports that the situation is tense.\n\nFerenc Testin\nambassador",
            ("János Testér",),
        ),
    ],
)
def test_more_signatures(closing: str, signers: tuple[str, ...]) -> None:
    assert values(body_of(f"{PROSE}\n\n{closing}").signatories) == signers


@pytest.mark.parametrize(
    ("closing", "signers"),
    [
        (
            "For the Testian Party: A. Testček, O. Testník\nFor the Testovian Party: L. Testnev",
            ("A. Testček", "O. Testník", "L. Testnev"),
        ),
        (
            "For the Testian Party:\nA. Testček\nO. Testník\n\nFor the Testovian Party:\n"
            "L. Testnev\nA. Testygin\n\nTestislava, 3 August 1968",
            ("A. Testček", "O. Testník", "L. Testnev", "A. Testygin"),
        ),
        (
            "For the Testovian Party:\nA. Testyko\nMinister of Foreign Affairs\nA. Testygin",
            ("A. Testyko", "A. Testygin"),
        ),
    ],
)
def test_every_name_under_a_party_signs(closing: str, signers: tuple[str, ...]) -> None:
    assert values(body_of(f"{PROSE}\n\n{closing}").signatories) == signers


@pytest.mark.parametrize(
    "head",
    [
        "In the name of God, the Merciful, the Compassionate\n\n",
        "",
    ],
)
def test_a_short_letter_with_its_addressee_at_the_head_is_signed(head: str) -> None:
    body = (
        f"{head}His Excellency Testo Testani, President of the Republic of Testia\n\n"
        "Peace be upon you,\n\nWe have decided to accept your proposals.\n\n"
        "Testam Testein\nPresident of the Republic of Testaq\nTestdad\n14 August 1990"
    )
    assert values(body_of(body).signatories) == ("Testam Testein",)


@pytest.mark.parametrize(
    ("sender", "signers"),
    [
        ("the Anti-Testist Faction of the CPTz Leadership", ("Alois Testra", "Vasil Testák")),
        ("the Testian Delegation", ("Alois Testra", "Vasil Testák")),
        ("the Testian Embassy", ()),  # a body, no group of people: names alone sign nothing
    ],
)
def test_a_group_s_letter_is_signed_by_its_members_stacked_under_it(
    sender: str, signers: tuple[str, ...]
) -> None:
    text = (
        f"**1968**\n**Letter from {sender} to Testov**\n\n**Contents:**\n\n"
        f"Translation - English\n\n{PROSE}\n\nAlois Testra\nVasil Testák\n"
    )
    record = parse_record(text, "x/1.txt", default_id="1")
    assert values(record.signatories) == signers


@pytest.mark.parametrize(
    ("present", "signers"),
    [
        ("Present:\nPrime Minister\nMr. C. A. Testmore\n\n", ("C. A. Testmore",)),
        ("", ()),  # no one the record names has these initials: no one signs
        ("Present:\nMr. C. A. Testmore\nMr. C. A. Testland\n\n", ()),  # two have them
    ],
)
def test_initials_alone_sign_as_whom_the_record_names_with_them(
    present: str, signers: tuple[str, ...]
) -> None:
    record = body_of(f"{present}{PROSE}\n\nC. A. T.\n\n14 December 1979")
    assert values(record.signatories) == signers
    assert record.signature_text is not None
    assert record.signature_text.value == "C. A. T."


def test_an_initial_with_an_apostrophe_is_an_initial() -> None:
    record = body_of(f"{PROSE}\n\nM. O'D. B. TESTANDER\n\n15 December 1981")
    assert values(record.signatories) == ("M. O'D. B. TESTANDER",)


def test_the_parties_of_a_list_above_the_text_sign_nothing() -> None:
    body = (
        "Participants:\nFor the Testovian side:\nA. Testyko\nA. Testrynin\n"
        f"For the Testerican side:\nH. Testinger\n\n{PROSE}\n\nTestinger agreed with the plan."
    )
    assert values(body_of(body).signatories) == ()


def test_a_group_s_members_listed_after_a_colon_sign_nothing() -> None:
    """Diff review 18 B#3: "The delegation consisted of:" lists its members, no signatures."""
    text = (
        "**1968**\n**Report of the Testian Delegation on the Meeting**\n\n**Contents:**\n\n"
        f"Translation - English\n\n{PROSE}\n\nThe delegation consisted of:\nAlois Testra\n"
        "Vasil Testák\n"
    )
    assert parse_record(text, "x/1.txt", default_id="1").signatories == ()


def test_every_party_signer_is_a_creator() -> None:
    graph = mapped_graph(
        "**1968**\n**The Bratislava Declaration**\n\n**Contents:**\n\nTranslation - English\n\n"
        f"{PROSE}\n\nFor the Communist Party of Czechoslovakia: A. Dubček, O. Černík\n"
        "For the Communist Party of the Soviet Union:\nL. Brezhnev\nA. Kosygin\n\n"
        "Bratislava, 3 August 1968\n"
    )
    assert set(graph.objects(doc(), DCTERMS.creator)) == {
        entity("person", key)
        for key in ("dubcek-alexander", "cernik-oldrich", "brezhnev-leonid", "kosygin-alexei")
    }


def test_the_columns_of_many_parties_reach_above_the_last_lines() -> None:
    parties = "".join(
        f"For the {party} Party:\nA. {party}\nB. {party}ov\n\n"
        for party in ("Testian", "Testovian", "Testarian", "Testonian")
    )
    closing = f"{parties}Testislava, 3 August 1968"
    signers = values(body_of(f"{PROSE}\n\n{closing}").signatories)
    assert signers[:2] == ("A. Testian", "B. Testianov")
    assert len(signers) == 8


@pytest.mark.parametrize(
    ("closing", "signers"),
    [
        ("SECRET\n25.VI.1950", ()),  # a marking over a date signs nothing
        ("URGENT\n25.VI.1950", ()),
        ("For your information:\nTesto Testov", ()),  # no party: a phrase
        ("Testam Testein: We must act.\nUnidentified officer: Yes, Mr. President.", ()),  # speech
        ("Unidentified officer: Yes.", ()),
        ("Attachment: 3 pages.\nAmbassador\nK. Testáth\n12.V.1962", ("K. Testáth",)),
        ("Enclosure: as stated\nRespectfully yours,\nJános Testér\nMinister", ("János Testér",)),
    ],
)
def test_what_does_not_sign_and_what_an_attachment_note_leaves(
    closing: str, signers: tuple[str, ...]
) -> None:
    assert values(body_of(f"{PROSE}\n\n{closing}").signatories) == signers


def test_a_surname_in_capitals_the_file_lacks_signs_as_written_and_is_no_stub() -> None:
    """A stub keyed by a surname alone would stand for every namesake (review 22 D#1)."""
    text = (
        f"**1962**\n**Telegram from Testov to Testin**\n\n**Contents:**\n\n"
        f"Translation - English\n\n{PROSE}\n\nMCTESTONE\n"
    )
    record = parse_record(text, "x/1.txt", default_id="1")
    mapped = map_record(record, Context(IRIS, AUTHORITY, {}), sha256=SHA)
    assert [s.name for s in mapped.stubs if s.kind == "person"] == []
    assert not list(mapped.graph.objects(doc(), DCTERMS.creator))
    assert [str(o) for o in mapped.graph.objects(doc(), ADO.signatureAsWritten)] == ["MCTESTONE"]


@pytest.mark.parametrize(
    ("closing", "signers"),
    [  # a cable's handling tail under its signature hides no signer
        ("GP-3. McTESTAUGHY", ("McTESTAUGHY",)),
        ("UNQUOTE. TESTUSK", ("TESTUSK",)),
        ("TESTEYER\nBT\nNNNN", ("TESTEYER",)),
        ("TESTEYER\n#1234", ("TESTEYER",)),
        ("TESTEYER\nGDS", ("TESTEYER",)),
        ("MacTESTHUR\nDECONTROL 12/31/75", ("MacTESTHUR",)),
        ("TESTILIÓN", ("TESTILIÓN",)),  # accented capitals are capitals
        ("TESTUÑOZ", ("TESTUÑOZ",)),
        # and its words are no surnames
        ("UNQUOTE", ()),
        ("ENDQUOTE", ()),
        ("NIACT", ()),
        ("ACTION", ()),
        ("SECSTATE", ()),
        ("DECONTROL", ()),
        ("EXTERIORES", ()),  # a ministry's telegraphic signature: no person
    ],
)
def test_a_cables_tail(closing: str, signers: tuple[str, ...]) -> None:
    assert values(body_of(f"{PROSE}\n\n{closing}").signatories) == signers


@pytest.mark.parametrize(
    ("typed", "published"),
    [("McTESTAUGHY", "McTestaughy"), ("MacTESTHUR", "MacTesthur"), ("MACK", "Mack")],
)
def test_a_mc_or_mac_surname_in_capitals_in_name_case(typed: str, published: str) -> None:
    assert name_case(typed) == published


@pytest.mark.parametrize(
    ("closing", "signers"),
    [  # a name beside a signature mark signs, in any case and whichever side it stands
        ("TESTANOV AMBASSADOR\n\n[signature] A. TESTANOV", ("A. TESTANOV",)),
        ("/signature/ S. TESTONENKO", ("S. TESTONENKO",)),
        ("[illegible signature] V. Testnetsov", ("V. Testnetsov",)),
        ("Kim Test Sung (signature)", ("Kim Test Sung",)),
        ("Mao Testong\n[Signature]", ("Mao Testong",)),
        ("[signature]\n(Testopov)", ("Testopov",)),
        ("[signature]\nTESTOPOV", ("TESTOPOV",)),
        ("Berlin, 10 April 1989\n[signature]\nTestke", ("Testke",)),  # a surname typed under it
        ("[signature]\nPoland", ()),  # a country under it is no surname
        ("[signature]\nSeal", ()),  # a word of the apparatus under it signs nothing
        ("[signature]\nEndnotes", ()),
        ("[signature]\nENDNOTES", ()),
        ("[signature]\nCopy", ()),
        ("[signature]\nTranslation", ()),
        ("[signature]\nDeclassified", ()),
        ("[signature]\n(Stamp)", ()),
        ("[signature]\nKovács", ("Kovács",)),
        ("[Signature]", ()),  # a mark alone names no one
        # "Signed:" with an office after a comma, or several names
        ("Signed: N. Testa, Ambassador", ("N. Testa",)),
        ("Signed: Ion Testurer, Nicolae Testescu", ("Ion Testurer", "Nicolae Testescu")),
        ("Signed: A. Testov and B. Testin", ("A. Testov", "B. Testin")),
        ("Signed: Testa, N.", ("Testa, N",)),  # a name turned round is one name
        ("Signature: Ri Test-yeon", ("Ri Test-yeon",)),
        ("Signature: [illegible]", ()),
    ],
)
def test_signature_marks_and_signed_lines(closing: str, signers: tuple[str, ...]) -> None:
    assert values(body_of(f"{PROSE}\n\n{closing}").signatories) == signers


@pytest.mark.parametrize(
    ("title", "closing", "signers", "date"),
    [  # the last line signs when it is the name of whom the title says sent or wrote it
        ("Letter from Mao Testong to Testin", "Mao Testong", ("Mao Testong",), None),
        ("Letter from Kim Test Sung to Testin", "KIM TEST SUNG", ("Kim Test Sung",), None),
        (
            "Cable from Mao Testong to Testin",
            "Mao Testong, 5 December",
            ("Mao Testong",),
            "5 December",
        ),
        ("Note from Le Tesan to the Politburo", "Lê Tesấn\n\nCopy No. 3", ("Lê Tesấn",), None),
        ("Speech by Mao Testong", "Mao Testong", ("Mao Testong",), None),
        ("Letter from Mao Testong to Testin", "Zhou Testlai", (), None),  # not the sender
        ("Letter from Testin to Mao Testong", "Mao Testong", (), None),  # the addressee
        (  # every sender's name on the lines above the last signs too
            "Letter from Alois Testra, Drahomír Testder and Vasil Testľak to Testin",
            "Alois Testra\nDrahomír Testder\nVasil Testľak",
            ("Alois Testra", "Drahomír Testder", "Vasil Testľak"),
            None,
        ),
    ],
)
def test_the_title_senders_name_alone_signs(
    title: str, closing: str, signers: tuple[str, ...], date: str | None
) -> None:
    record = parse_record(
        f"**1950**\n**{title}**\n\n**Contents:**\n\nTranslation - English\n\n"
        f"{PROSE}\n\n{closing}\n",
        "x/1.txt",
        default_id="1",
    )
    assert values(record.signatories) == signers
    assert (record.date_as_written.value if record.date_as_written else None) == date


@pytest.mark.parametrize(
    ("closing", "signers"),
    [
        ("To Comrade Mao Testong\nBeijing", ()),  # an address: whom it went to
        ("Mr. Testusk\nMr. Testynin", ()),  # an honorific is no initial
        ("Respectfully submitted,\nJ. Edgar Testover", ("J. Edgar Testover",)),
        ("Prime Minister Testo: Okinawa.", ()),  # a speaker's line
        ("The Ambassador: Károly Testh", ("Károly Testh",)),
    ],
)
def test_addresses_speakers_and_honorifics_sign_nothing(
    closing: str, signers: tuple[str, ...]
) -> None:
    assert values(body_of(f"{PROSE}\n\n{closing}").signatories) == signers


@pytest.mark.parametrize(
    ("closing", "place"),
    [
        ("Kim Test Sung\nPyongyang, 6 July 1975", "pyongyang"),  # a place the file knows
        ("Kim Test Sung\nTestgrad, 6 July 1975", None),  # no stub from a closing line
        ("Kim Test Sung\n6 July 1975", None),
    ],
)
def test_the_place_of_a_closing_date_line_is_where_it_was_written(
    closing: str, place: str | None
) -> None:
    graph = mapped_graph(
        f"**1975**\n**Letter from Testov to Testin**\n\n**Contents:**\n\nTranslation - English"
        f"\n\n{PROSE}\n\n{closing}\n"
    )
    assert list(graph.objects(doc(), SCHEMA.locationCreated)) == (
        [entity("place", place)] if place else []
    )


@pytest.mark.parametrize(
    ("closing", "signers"),
    [
        ("Fraternalmente,\n\nComandante en Jefe Testel Testro Ruz", ("Testel Testro Ruz",)),
        ("Atentamente,\n\nGeneral de División Arnaldo Testoa", ("Arnaldo Testoa",)),
        ("Comandante Raúl Díaz Testüelles", ("Raúl Díaz Testüelles",)),
        ("Teniente Coronel Juan Téstez", ("Juan Téstez",)),
        ("Cmdte. Manuel Testeiro", ("Manuel Testeiro",)),
        ("Embajador Carlos Testares", ("Carlos Testares",)),
        # Polish, Czech and Slovak ranks and degrees, abbreviated in lower case
        ("Dyrektor Departamentu III MSW\npłk Adam Testoporski", ("Adam Testoporski",)),
        ("Zastępca Dyrektora\nppłk mgr Jan Testalski", ("Jan Testalski",)),
        ("Náčelník S StB\npplk. Jan Testák", ("Jan Testák",)),
        ("Náčelník správy\nplk. JUDr. Karel Testa, v.r.", ("Karel Testa",)),
        ("Testozó Szilveszter r. vezérőrnagy", ("Testozó Szilveszter",)),  # Hungarian, after
        ("Dr. Testáth József r. vezérőrnagy\ncsoportfőnök", ("Testáth József",)),
        (
            "Atenciosamente,\n\nAntonio F. Testedo da Silveira\nMinistro de Estado",
            ("Antonio F. Testedo da Silveira",),
        ),
        (  # the office on its own line over the name
            "Saludos revolucionarios,\n\nPresidente de la República\nOsvaldo Testicós Torrado",
            ("Osvaldo Testicós Torrado",),
        ),
        ("Atentamente,\n\nMinistro de Relaciones Exteriores\nRaúl Testa", ("Raúl Testa",)),
    ],
)
def test_a_spanish_or_portuguese_rank_before_a_signer_is_dropped(
    closing: str, signers: tuple[str, ...]
) -> None:
    assert values(body_of(f"{PROSE}\n\n{closing}").signatories) == signers


def test_a_rank_and_second_family_name_sign_as_the_known_person() -> None:
    graph = mapped_graph(
        "**1976**\n**Letter from Fidel Castro to Leonid Brezhnev**\n\n**Contents:**\n\n"
        f"Translation - English\n\n{PROSE}\n\nFraternalmente,\n\n"
        "Comandante en Jefe Fidel Castro Ruz\n"
    )
    assert list(graph.objects(doc(), DCTERMS.creator)) == [entity("person", "castro-fidel")]


@pytest.mark.parametrize(
    "tail",
    [
        "Printed in 2 copies\nExecutor: V. Testov\nTel. 2-34",
        "Typed by: Testova",
        "Issued by: Testov",
        "Interpreter: I. Testov",
        "The conversation was interpreted by I. Testov.",
        "Sent: 5.XI.62 at 14:30\nReceived: 5.XI.62 at 18:00",
        "Distributed to: Testnev, Testygin, Testlov",
        "Translated by: I. Testov",
        "Исп. Тестов\nТел. 2-34",
        "P.P.S. The comrades will also explain this further.",
    ],
)
def test_the_office_routine_under_a_signature_hides_it_not(tail: str) -> None:
    assert values(body_of(f"{PROSE}\n\nA. Testoyan\n{tail}").signatories) == ("A. Testoyan",)


@pytest.mark.parametrize(
    ("closing", "signer"),
    [
        ("B.G. TESTIE\nSECRETARY FOR FOREIGN AFFAIRS\nPRETORIA\n17 May 1977", "B.G. TESTIE"),
        ("P.N. Testar\nSecretary to the Prime Minister\nNew Delhi\n17 May 1971", "P.N. Testar"),
    ],
)
def test_a_place_over_the_date_under_a_name_and_its_office_signs_nothing(
    closing: str, signer: str
) -> None:
    record = body_of(f"{PROSE}\n\n{closing}")
    assert values(record.signatories) == (signer,)
    assert record.date_as_written is not None


@pytest.mark.parametrize(
    ("closing", "signer"),
    [
        ("CHIEF OF THE TEST STAFF\nGeneral of the Army S. TESTEMENKO", "S. TESTEMENKO"),
        ("Gen. S. TESTEMENKO", "S. TESTEMENKO"),
        ("Ambassador A. TESTRYNIN", "A. TESTRYNIN"),
        ("Marshal of the Soviet Union R. TESTINOVSKY", "R. TESTINOVSKY"),
    ],
)
def test_a_rank_before_initials_and_a_surname_in_capitals_is_dropped(
    closing: str, signer: str
) -> None:
    assert values(body_of(f"{PROSE}\n\n{closing}").signatories) == (signer,)


def test_a_signature_in_capitals_matched_to_the_titles_person_is_that_person() -> None:
    graph = mapped_graph(
        "**1962**\n**Cable from Brazilian Embassy in Havana (Testian Pinto), 10 p.m.**\n\n"
        f"**Contents:**\n\nTranslation - English\n\n{PROSE}\n\nTESTIAN PINTO\n"
    )
    assert list(graph.objects(doc(), DCTERMS.creator)) == [entity("person", "testian-pinto")]


@pytest.mark.parametrize(
    ("closing", "signers"),
    [
        ("Drafted by: Winston Testlord", ("Winston Testlord",)),
        ("Memcon drafted by: Winston Testlord", ("Winston Testlord",)),
        ("Notetaker: Winston Testlord", ("Winston Testlord",)),
        ("Drafted by: EUR/SOV:WTESTLORD:mm", ()),
        ("Approved by: Winston Testlord", ()),
        ("Cleared by: Winston Testlord", ()),
    ],
)
def test_who_drafted_a_memorandum_signs_it_as_who_prepared_it(
    closing: str, signers: tuple[str, ...]
) -> None:
    assert values(body_of(f"{PROSE}\n\n{closing}").signatories) == signers


@pytest.mark.parametrize(
    ("place_and_date", "date"),
    [
        ("London, 5th March 1962", "5th March 1962"),
        ("Berlin, den 14. September 1983", "14. September 1983"),
        ("Berlin, den 14.9.1983", "14.9.1983"),
        ("Budapest, 1956. november 1.", "1956. november 1."),
        ("La Habana, 27 de octubre de 1962", "27 de octubre de 1962"),
        ("Warszawa, dnia 13 grudnia 1981 r.", "13 grudnia 1981 r."),
        ("Warszawa, 13.12.1981 r.", "13.12.1981 r."),
        ("Moskva, 24.X.1962 g.", "24.X.1962 g."),
        ("Москва, 24 октября 1962 г.", "24 октября 1962 г."),
        ("Hà Nội, ngày 7 tháng 4 năm 1965", "ngày 7 tháng 4 năm 1965"),
        ("Rio de Testeiro, 15 de agosto de 1974.", "15 de agosto de 1974."),
        ("Testfurt am Main, den 2. Mai 1961", "2. Mai 1961"),
    ],
)
def test_a_place_and_date_line_in_the_originals_language(place_and_date: str, date: str) -> None:
    record = body_of(f"{PROSE}\n\n{place_and_date}\n\nTesto Testinov")
    assert values(record.signatories) == ("Testo Testinov",)
    assert record.date_as_written is not None
    assert record.date_as_written.value == date


@pytest.mark.parametrize(
    ("closing", "signers"),
    [
        ("Sd/-\nJawaharlal Testru", ("Jawaharlal Testru",)),
        ("(Sd.) P.N. Testar", ("P.N. Testar",)),
    ],
)
def test_indian_signature_marks_sign_the_name_beside_them(
    closing: str, signers: tuple[str, ...]
) -> None:
    assert values(body_of(f"{PROSE}\n\n{closing}").signatories) == signers


@pytest.mark.parametrize(
    ("closing", "signers"),
    [
        ("A. Testanov\n\nDrafted by: Robert Testens", ("A. Testanov",)),
        ("A. Testanov\n\nNotetaker: Winston Testlord", ("A. Testanov",)),
        ("Henry A. Testinger\n\nDrafted by: Winston Testlord", ()),
        ("[Signature]\n\nDrafted by: Winston Testlord", ()),
    ],
)
def test_a_drafter_under_a_signer_or_a_name_signs_nothing(
    closing: str, signers: tuple[str, ...]
) -> None:
    assert values(body_of(f"{PROSE}\n\n{closing}").signatories) == signers


def test_a_cable_signed_above_its_drafter_is_the_signers() -> None:
    graph = mapped_graph(
        f"**1950**\n**Telegram from Shtykov to Vyshinsky**\n\n**Contents:**\n\n"
        f"Translation - English\n\n{PROSE}\n\nSHTYKOV\n\nDrafted by: Robert Testens\n"
    )
    assert list(graph.objects(doc(), DCTERMS.creator)) == [entity("person", "shtykov-terentii")]


def test_the_titles_sender_with_a_middle_initial_signs_above_the_drafter() -> None:
    graph = mapped_graph(
        "**1972**\n**Memorandum from Henry Testinger to President Nixon**\n\n**Contents:**\n\n"
        f"Translation - English\n\n{PROSE}\n\nHenry A. Testinger\n\nDrafted by: Winston Testlord\n"
    )
    assert list(graph.objects(doc(), DCTERMS.creator)) == [entity("person", "henry-testinger")]


@pytest.mark.parametrize(
    ("closing", "signer", "date"),
    [  # a closing date with no year, in an editor's brackets, with a time, in Chinese
        ("Testo Testlai\n2 October", "Testo Testlai", "2 October"),
        ("Testo Testlai\nOctober 2", "Testo Testlai", "October 2"),
        ("Testo Testlai\n2 October [1950]", "Testo Testlai", "2 October [1950]"),
        ("Testo Testlai\n[2 October 1950]", "Testo Testlai", "[2 October 1950]"),
        ("Testo Testlai\n10 p.m., 18 October", "Testo Testlai", "10 p.m., 18 October"),
        ("Testo Testlai\n2 October 1950, 3 a.m.", "Testo Testlai", "2 October 1950, 3 a.m."),
        ("Testo Testlai\n3:00 a.m., 2 October 1950", "Testo Testlai", "3:00 a.m., 2 October 1950"),
        ("T. Testlai, 2 October", "T. Testlai", "2 October"),
        ("毛泽东\n一九五〇年十月二日", "毛泽东", "一九五〇年十月二日"),
        ("毛泽东\n十月二日", "毛泽东", "十月二日"),
        (  # a place before the date on one line never signs
            "Kim Test Sung\nGeneral Secretary of the CC of the Korean Workers' Party\n\n"
            "Testyang, 12 June 1965",
            "Kim Test Sung",
            "12 June 1965",
        ),
    ],
)
def test_a_name_over_a_closing_date_of_any_written_form_signs(
    closing: str, signer: str, date: str
) -> None:
    record = body_of(f"{PROSE}\n\n{closing}")
    assert values(record.signatories) == (signer,)
    assert record.date_as_written is not None
    assert record.date_as_written.value == date


@pytest.mark.parametrize("organ", ["中共中央", "中央", "外交部", "中央军委"])
def test_an_organ_in_chinese_over_a_chinese_date_signs_nothing(organ: str) -> None:
    record = body_of(f"Transcript - Chinese\n\n中央决定派兵入朝。\n\n{organ}\n一九五〇年十月二日")
    assert values(record.signatories) == ()


@pytest.mark.parametrize(
    ("closing", "signer"),
    [  # the registry tail, a list of copies or attachments, a typist's code: office routine
        ("TESTYKOV\n\nNo. 405\n1.7.50", "Testykov"),
        ("TESTYKOV\nNo. 3172\n8.7.50", "Testykov"),
        (
            "USSR AMBASSADOR IN THE DPRK\nV. TESTOVSKY\n\nDrafted in 3 copies:\n"
            "1 - to Cde. Testyko\n2 - to the DVO\n3 - to file",
            "V. Testovsky",
        ),
        (
            "Károly Testáth\nambassador\n\nPrepared in 4 copies:\n1 - to Comrade Testér\n"
            "2 - to file",
            "Károly Testáth",
        ),
        ("A. Testanov\n\nAttachment:\nTab A - Memorandum of Conversation, July 9, 1971", None),
        ("A. Testanov\n\nHAK:WL:mm", None),
    ],
)
def test_office_routine_after_the_end_hides_no_signature(closing: str, signer: str | None) -> None:
    expected = signer or closing.split("\n", 1)[0]
    assert values(body_of(f"{PROSE}\n\n{closing}").signatories) == (expected,)


def test_the_titles_sender_signs_above_an_attachment_list() -> None:
    graph = mapped_graph(
        "**1971**\n**Memorandum for the President from Henry Testinger**\n\n**Contents:**\n\n"
        f"Translation - English\n\n{PROSE}\n\nHenry A. Testinger\n\nAttachment:\n"
        "Tab A - Memorandum of Conversation, July 9, 1971\n"
    )
    assert list(graph.objects(doc(), DCTERMS.creator)) == [entity("person", "henry-testinger")]


@pytest.mark.parametrize(
    ("ending", "date"),
    [  # a date followed by running text heads an entry; it closes nothing
        ("March 11, 1985\n\nTestachev was elected.", None),
        ("March 11, 1985\n\nTestachev was elected General Secretary. A new era begins.", None),
        ("23 March 1958\n\nKim said the plan was good.\n\n[...]", None),
        # a closing block after the date is no text
        ("12 May 1961\n\nSigned: N. Testa.", "12 May 1961"),
        ("12 May 1961\n\nCopy No. 3.", "12 May 1961"),
        ("12 May 1961\n\nA. Testanov", "12 May 1961"),
        # a signature or a rank ending in a stop is no sentence either
        ("Pyongyang, 12 May 1961\n\nJózsef Testás s.k.\nchargé d'affaires a.i.", "12 May 1961"),
        ("Pyongyang, 12 May 1961\n\nKároly Testh\nChargé d'Affaires a.i.", "12 May 1961"),
        ("Pyongyang, 12 May 1961\n\nJ. Testák v.r.\nvelvyslanec", "12 May 1961"),
        (
            "Budapest, 1956. november 1.\nTest Imre s.k.\na Minisztertanács elnöke",
            "1956. november 1.",
        ),
        (
            "Pyongyang, 12 May 1961\nAmbassador of the USSR in the DPRK\nA. M. Testanov.",
            "12 May 1961",
        ),
        ("12 May 1961\nA. Testanov\nAmbassador of the USSR in the DPRK.", "12 May 1961"),
        ("A. Testanov\n12 May 1961\nExecuted in 2 copies.", "12 May 1961"),
        ("TESTANOV\n12 May 1961\nSent to Comrade Testyko.", "12 May 1961"),
        ("12 May 1961\n\nThe ambassador met Kim.", None),
    ],
)
def test_only_a_date_that_no_text_follows_closes_the_body(ending: str, date: str | None) -> None:
    record = body_of(f"{PROSE}\n\n{ending}")
    assert (record.date_as_written.value if record.date_as_written else None) == date


@pytest.mark.parametrize(
    "closing",
    [
        "Pyongyang, 12 May 1961\n\nJózsef Testás s.k.\nchargé d'affaires a.i.",
        "Pyongyang, 12 May 1961\nAmbassador of the USSR in the DPRK\nA. M. Testanov.",
    ],
)
def test_a_signature_ending_in_a_stop_keeps_the_place_of_writing(closing: str) -> None:
    written_at = body_of(f"{PROSE}\n\n{closing}").written_at
    assert written_at is not None
    assert written_at.value == "Pyongyang"


@pytest.mark.parametrize(
    ("closing", "signers"),
    [  # every signer of a line of names between commas, and under every party
        (
            "A. Testyko, Yu. Testopov, D. Testinov, B. Testarev\n\n1 April 1979",
            ("A. Testyko", "Yu. Testopov", "D. Testinov", "B. Testarev"),
        ),
        ("Peng Testhuai, Gao Testang\n5 November 1950", ("Peng Testhuai", "Gao Testang")),
        ("J. William Testbright, Chairman", ("J. William Testbright",)),  # a name and its office
        (
            "For the Union of Soviet Socialist Republics\nN. TESTCHEV\n\n"
            "For the Democratic People's Republic of Korea\nKIM TEST SUNG",
            ("N. Testchev", "Kim Test Sung"),
        ),
    ],
)
def test_every_signer_of_a_joint_signature_signs(closing: str, signers: tuple[str, ...]) -> None:
    assert values(body_of(f"{PROSE}\n\n{closing}").signatories) == signers


@pytest.mark.parametrize(
    "closing",
    [
        "REQUEST INSTRUCTIONS\nAMBASSADOR",
        "END OF MESSAGE\n\nKOREAN AMBASSADOR TO JAPAN",
        "PLEASE ADVISE\nAMBASSADOR",
    ],
)
def test_a_cable_formula_over_an_office_signs_nothing(closing: str) -> None:
    assert values(body_of(f"{PROSE}\n\n{closing}").signatories) == ()


def test_a_name_in_capitals_over_an_office_still_signs() -> None:
    assert values(body_of(f"{PROSE}\n\nKIM TEST SUNG\nAMBASSADOR").signatories) == (
        "Kim Test Sung",
    )


def test_a_chinese_signature_over_a_chinese_date_is_the_known_person() -> None:
    graph = mapped_graph(
        "**1950**\n**Telegram from Mao Zedong to Peng Dehuai**\n\n**Contents:**\n\n"
        "Transcript - Chinese\n\n彭德怀同志：\n\n……\n\n毛泽东\n一九五〇年十月二日\n"
    )
    assert list(graph.objects(doc(), DCTERMS.creator)) == [entity("person", "mao-zedong")]


@pytest.mark.parametrize(
    "listed",
    [
        "Present at the conversation\nV. Testak, I. Testanov",
        "The conversation was interpreted by\nI. Testanov, P. Testrov",
    ],
)
def test_a_list_of_who_took_part_under_the_signer_signs_nothing(listed: str) -> None:
    assert values(body_of(f"{PROSE}\n\nA. Testanov\n{listed}").signatories) == ("A. Testanov",)


@pytest.mark.parametrize(
    ("closing", "signers"),
    [  # "and" inside one office joins two of its qualifiers: the words after it are no name
        (
            "Marshall Testgreen\nAssistant Secretary for East Asian and Pacific Affairs",
            ("Marshall Testgreen",),
        ),
        (
            "Harold Testders\nAssistant Secretary for Near Eastern and South Asian Affairs",
            ("Harold Testders",),
        ),
        ("Assistant Secretary for East Asian and Pacific Affairs", ()),
    ],
)
def test_an_office_with_and_under_a_name_is_one_office(
    closing: str, signers: tuple[str, ...]
) -> None:
    assert values(body_of(f"{PROSE}\n\n{closing}").signatories) == signers


@pytest.mark.parametrize(
    ("closing", "signers"),
    [  # every block of a closing signs, each a name with its office under or over it
        (
            "A. Testyko\nMinister of Foreign Affairs\n\nR. Testovsky\nMinister of Defense",
            ("A. Testyko", "R. Testovsky"),
        ),
        (
            "Minister of Foreign Affairs\nA. Testyko\n\nMinister of Defense\nR. Testovsky",
            ("A. Testyko", "R. Testovsky"),
        ),
        (
            "A. Testyko\nMinister of Foreign Affairs\nYu. Testopov\nChairman of the KGB\n"
            "D. Testinov\nMinister of Defense\nB. Testarev\nSecretary of the CC CPSU",
            ("A. Testyko", "Yu. Testopov", "D. Testinov", "B. Testarev"),
        ),
        (
            "Sd/- (T.N. Testul)\nForeign Secretary\n\nSd/- (Swaran Testh)\n"
            "Minister of External Affairs",
            ("T.N. Testul", "Swaran Testh"),
        ),
        (
            "\n\n".join(
                f"On behalf of the Central Committee of the {party} Party\n{name}"
                for party, name in [
                    ("Testarian Communist", "T. Testkov"),
                    ("Testian Socialist Workers'", "J. Testár"),
                    ("Socialist Unity", "W. Testricht"),
                    ("Polish United Workers'", "W. Testułka"),
                    ("Testian Communist", "L. Testnev"),
                ]
            ),
            ("T. Testkov", "J. Testár", "W. Testricht", "W. Testułka", "L. Testnev"),
        ),
    ],
)
def test_stacked_signature_blocks_all_sign(closing: str, signers: tuple[str, ...]) -> None:
    assert values(body_of(f"{PROSE}\n\n{closing}").signatories) == signers


@pytest.mark.parametrize(
    ("closing", "signers"),
    [  # "signed" and the signature mark in the original's language, kept untranslated
        ("(Unterschrift)\nHermann Testen", ("Hermann Testen",)),
        ("[Unterschrift]\nHermann Testen", ("Hermann Testen",)),
        ("(Firma)\nCarlos Testael Rodríguez", ("Carlos Testael Rodríguez",)),
        ("Fdo.: Fidel Testro Ruz", ("Fidel Testro Ruz",)),
        ("Firmado: Fidel Testro Ruz", ("Fidel Testro Ruz",)),
        ("Signé: Maurice Testve de Murville", ("Maurice Testve de Murville",)),
        ("F.to Amintore Testani", ("Amintore Testani",)),
        ("(a) Antonio Testeredo da Silveira", ("Antonio Testeredo da Silveira",)),
        ("(подпись) А. Тестыко", ("А. Тестыко",)),
        ("Ambassador: /signed/ G. Testkov", ("G. Testkov",)),
        ("(a) The Soviet side agreed to the proposals made by the delegation.", ()),
        (  # regression: a list's first item is no "(a)" of signing; the name under it signs
            "The Embassy proposes to raise the following questions:\n(a) German Question\n"
            "(b) European Testity\nAmbassador of the USSR in the GDR\nP. Testsimov",
            ("P. Testsimov",),
        ),
        ("The questions are these:\n(a) German Question\n(b) European Testity", ()),
        ("The Embassy attaches the following documents.\n(a) Draft Treaty", ()),
        ("Firma Testupp", ()),  # regression: "Firma" without a colon is a company's name
        ("Signe Testsen", ()),  # regression: and "Signe" a forename
    ],
)
def test_a_signature_mark_in_the_originals_language_signs(
    closing: str, signers: tuple[str, ...]
) -> None:
    assert values(body_of(f"{PROSE}\n\n{closing}").signatories) == signers


@pytest.mark.parametrize(
    ("closing", "signers"),
    [  # a full name with its surname in capitals is a name like any other
        (
            "Patrice TESTUMBA\nPrime Minister of the Republic of the Testgo\n"
            "Testville, 5 September 1960",
            ("Patrice Testumba",),
        ),
        (
            "Andrei TESTYKO\nMinister of Foreign Affairs\n\nRodion TESTOVSKY\nMinister of Defense",
            ("Andrei Testyko", "Rodion Testovsky"),
        ),
        ("The Soviet side was informed by comrade TESTYGIN.", ()),
    ],
)
def test_a_surname_in_capitals_after_a_forename_signs(
    closing: str, signers: tuple[str, ...]
) -> None:
    assert values(body_of(f"{PROSE}\n\n{closing}").signatories) == signers


@pytest.mark.parametrize(
    ("closing", "signers"),
    [  # "by his own hand" is itself the signature mark, whatever the name's length or shape
        ("Josip Broz Testo, s.r.", ("Josip Broz Testo",)),
        ("J. B. Testo, s.r.", ("J. B. Testo",)),
        ("Testo s.r.", ("Testo",)),
        ("Testser v.r.", ("Testser",)),
        (
            "For the CC CPY\nJosip Broz Testo, s.r.\nEdvard Testelj, s.r.",
            ("Josip Broz Testo", "Edvard Testelj"),
        ),
    ],
)
def test_a_name_signed_by_his_own_hand_signs(closing: str, signers: tuple[str, ...]) -> None:
    assert values(body_of(f"{PROSE}\n\n{closing}").signatories) == signers


@pytest.mark.parametrize(
    ("closing", "signer"),
    [  # an office as "Rank, Unit" under a name: the name above it signs
        ("William V. Testoe\nChief, Western Hemisphere Division", "William V. Testoe"),
        ("David E. Testphy\nChief, SR Division", "David E. Testphy"),
        ("Thomas L. Testes\nDirector, Bureau of Intelligence and Research", "Thomas L. Testes"),
        ("Walter P. McTestaughy\nAmbassador, American Embassy Karachi", "Walter P. McTestaughy"),
    ],
)
def test_a_name_over_a_rank_and_its_unit_signs(closing: str, signer: str) -> None:
    assert values(body_of(f"{PROSE}\n\n{closing}").signatories) == (signer,)


@pytest.mark.parametrize(
    "certification",
    [
        "True copy: [signature]",
        "Верно:\nI. Testov",
        "Za zgodność z oryginałem",
        "Für die Richtigkeit:\n[signature]\n(Testmann)",
    ],
)
def test_a_copys_certification_under_the_signature_hides_it_not(certification: str) -> None:
    closing = f"A. Testoyan\nMinister\n\n{certification}"
    assert values(body_of(f"{PROSE}\n\n{closing}").signatories) == ("A. Testoyan",)


@pytest.mark.parametrize(
    ("closing", "signers"),
    [  # a line of signers in columns, a wide gap between them
        ("Lee Test-rak    Kim Test-ju", ("Lee Test-rak", "Kim Test-ju")),
        (
            "For the USSR          For the GDR\nN. TESTCHEV        W. TESTRICHT",
            ("N. Testchev", "W. Testricht"),
        ),
    ],
)
def test_signers_in_columns_all_sign(closing: str, signers: tuple[str, ...]) -> None:
    assert values(body_of(f"{PROSE}\n\n{closing}").signatories) == signers


@pytest.mark.parametrize(
    ("closing", "signers"),
    [  # who took the notes, in brackets at their end, wrote them down
        ("[Notes by V. N. Testin]", ("V. N. Testin",)),
        ("(Minutes by Jan Testak)", ("Jan Testak",)),
        ("A. Testov\n\n[Note by the translator: illegible]", ("A. Testov",)),
    ],
)
def test_notes_by_a_named_recorder_are_theirs(closing: str, signers: tuple[str, ...]) -> None:
    assert values(body_of(f"{PROSE}\n\n{closing}").signatories) == signers


@pytest.mark.parametrize(
    ("head", "place"),
    [
        (
            "Embassy of the Testish People's Republic\nPyongyang, 12 March 1958\nNo. 88/1958",
            "Pyongyang",
        ),
        ("Seoul, January 24, 1968, 0915Z.\n\n3652. Ref: Deptel 104185.", "Seoul"),
        ("New Delhi,\nSeptember 26, 1959.\n\nMy dear Prime Minister,", "New Delhi"),  # two lines
        ("Dear Mr. Testov,\nThank you for your letter.", None),
        ("The ambassador came to Pyongyang, 12 March 1958, and spoke with Kim at length.", None),
    ],
)
def test_a_place_and_date_line_among_the_header_lines_says_where_it_was_written(
    head: str, place: str | None
) -> None:
    written_at = body_of(f"{head}\n\n{PROSE}").written_at
    assert (written_at.value if written_at else None) == place


def test_a_head_place_refines_the_titles_country() -> None:  # one place: the country goes
    graph = mapped_graph(
        "**1958**\n**Report, Embassy of Hungary in North Korea to the Hungarian Foreign Ministry**"
        "\n\n**Contents:**\n\nTranslation - English\n\nEmbassy of the Hungarian People's Republic"
        f"\nPyongyang, 12 March 1958\nNo. 88/1958\n\n{PROSE}\n"
    )
    assert set(graph.objects(doc(), SCHEMA.locationCreated)) == {entity("place", "pyongyang")}


def test_a_frus_cables_number_heads_its_text() -> None:
    record = body_of(f"Seoul, January 24, 1968, 0915Z.\n\n3652. Ref: Deptel 104185.\n\n{PROSE}")
    assert values(record.body_registry_numbers) == ("3652",)
    assert values(body_of(f"3652.\n\n{PROSE}").body_registry_numbers) == ("3652",)


def test_a_year_alone_heading_the_text_is_no_cable_number() -> None:
    assert values(body_of(f"1958.\n\n{PROSE}").body_registry_numbers) == ()


def test_three_digits_alone_are_no_cable_number_but_before_a_reference_are() -> None:
    assert values(body_of(f"146.\n\n{PROSE}").body_registry_numbers) == ()
    record = body_of(f"146. Ref: Deptel 104185.\n\n{PROSE}")
    assert values(record.body_registry_numbers) == ("146",)


@pytest.mark.parametrize(
    ("closing", "signer"),
    [
        (
            "Ambassador of the Testian People's Republic\nin Pyongyang\nDumitru Testa",
            "Dumitru Testa",
        ),
        ("Ambassador of the USSR\nin the DPRK\nAlexander Testanov", "Alexander Testanov"),
        ("Ambassador of the USSR\nin the DPRK\nA. Testanov", "A. Testanov"),
    ],
)
def test_an_office_broken_over_two_lines_is_signed_by_the_name_under_it(
    closing: str, signer: str
) -> None:
    # regression: "in Pyongyang" continues the office; it was read as a person
    assert values(body_of(f"{PROSE}\n\n{closing}").signatories) == (signer,)


@pytest.mark.parametrize(
    ("closing", "signer"),
    [
        ("N. TESTCHEV\nMoscow\n24 October 1962", "N. Testchev"),
        ("Mao Testong\n\nBeijing\n2 October 1950", "Mao Testong"),
        ("The Soviet Ambassador\nA. Testanov\n\nPyongyang\n3 March 1958", "A. Testanov"),
    ],
)
def test_a_name_over_a_place_and_a_date_on_two_lines_signs(closing: str, signer: str) -> None:
    # regression: the place was read as a surname over the date and the name was lost
    assert values(body_of(f"{PROSE}\n\n{closing}").signatories) == (signer,)


@pytest.mark.parametrize(
    ("closing", "signers"),
    [
        (
            "Chairman of the KGB\nYu. Testropov\n\nMinister of Foreign Affairs\nA. Testyko\n\n"
            "6 June 1979\nNo. 1234-A",
            ("Yu. Testropov", "A. Testyko"),
        ),
        (
            "Minister of Defense of the USSR\nD. Testinov\n\nChief of the General Staff\n"
            "N. Testkov\n\n6 June 1979",
            ("D. Testinov", "N. Testkov"),
        ),
    ],
)
def test_office_over_name_blocks_over_a_closing_date_all_sign(
    closing: str, signers: tuple[str, ...]
) -> None:
    # regression: the last block's name was read as the place over the date
    assert values(body_of(f"{PROSE}\n\n{closing}").signatories) == signers


@pytest.mark.parametrize(
    ("closing", "signer"),
    [
        ("Károly Testler\nchargé d'affaires ad interim", "Károly Testler"),
        ("Károly Testler\nChargé d'Affaires ad interim", "Károly Testler"),
        ("V. Testyzhenko,\nThird Secretary of the USSR Embassy in the DPRK", "V. Testyzhenko"),
        ("Károly Testler,\nchargé d'affaires a.i.", "Károly Testler"),
    ],
)
def test_a_chargé_ad_interim_and_a_name_with_a_comma_over_its_office_sign(
    closing: str, signer: str
) -> None:
    # regression: "ad interim" was no office, and the comma hid the name
    assert values(body_of(f"{PROSE}\n\n{closing}").signatories) == (signer,)


@pytest.mark.parametrize(
    ("closing", "signer"),
    [
        ("Best regards,\nYa'akov Testzog\n\nCopy: Director General", "Ya'akov Testzog"),
        ("Michael Testay\nAmbassador\n\nCopies: 3", "Michael Testay"),
        ("With best wishes,\nMichael Testay", "Michael Testay"),
        # above the signature a copies line ends nothing
        ("Copy: Comrade Kim Il Testung\nAmbassador\nDumitru Testpa", "Dumitru Testpa"),
    ],
)
def test_a_copy_line_under_the_signature_hides_it_not(closing: str, signer: str) -> None:
    # regression: "Copy:" and "Copies:" hid the signer, and "With best wishes," was no closing
    assert values(body_of(f"{PROSE}\n\n{closing}").signatories) == (signer,)


def test_a_copy_number_in_a_short_telegram_s_header_hides_no_signer() -> None:
    # regression: "Copy: 2" under "Top Secret" ended a short body before its signature
    text = "Top Secret\nCopy: 2\n\nThe talks will go on tomorrow.\n\nAmbassador\nDumitru Testpa"
    assert values(body_of(text).signatories) == ("Dumitru Testpa",)


@pytest.mark.parametrize(
    "closing",
    [
        "V. Testyzhenko,\nThird Secretary of the USSR Embassy in the DPRK",
        "V. Testyzhenko,\nAmbassador",
    ],
)
def test_a_name_with_a_comma_over_its_office_is_written_without_it(closing: str) -> None:
    # regression: the signature as written kept the comma the signer had lost
    written = body_of(f"{PROSE}\n\n{closing}").signature_text
    assert written is not None
    assert written.value == "V. Testyzhenko"


@pytest.mark.parametrize(
    ("closing", "signer"),
    [
        (
            "Please review, with regards.\n\nStaff Major General\nSabir Abd al-Testiz al-Duri\n"
            "Director of General Military Intelligence",
            "Sabir Abd al-Testiz al-Duri",
        ),
        (
            "With highest respect,\n\nHafez al-Testad\nPresident of the Testian Arab Republic\n"
            "Damascus, 12 October 1973",
            "Hafez al-Testad",
        ),
        ("[Signature]\nIzzat Ibrahim al-Testi\nVice Chairman", "Izzat Ibrahim al-Testi"),
        ("Respectfully,\n\nAnwar el-Testat\nPresident", "Anwar el-Testat"),
        (
            "Respectfully,\n\nAli Hasan Abd al-Testid al-Tikriti",
            "Ali Hasan Abd al-Testid al-Tikriti",
        ),
    ],
)
def test_a_name_with_the_arabic_article_signs(closing: str, signer: str) -> None:
    """The article ("al-", "el-", "Abd al-") is a particle of the name, as "da" or "van" are:
    it counts for nothing among the name's words and never breaks its shape."""
    assert values(body_of(f"{PROSE}\n\n{closing}").signatories) == (signer,)
