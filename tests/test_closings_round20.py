"""Who signs a closing (review 20): a party line wrapped over two lines is the party's, and a
name in capitals under it a person's; stacked surnames in capitals all sign a cable; a station
line under a cable's surname is passed over, and the word over it signs only as a known
person; a closing formula is a treaty's; a party signer's name keeps its own words."""

from __future__ import annotations

import pytest
from test_closing_blocks import PROSE, telegram
from test_parser_variants import body_of, values
from test_title_agents import doc, mapped_graph

from linkeddata.mapping.terms import ADO, DCTERMS
from linkeddata.parser import parse_record
from linkeddata.record import Record


def signed(closing: str) -> tuple[str, ...]:
    return values(body_of(f"{PROSE}\n\n{closing}").signatories)


@pytest.mark.parametrize(
    ("closing", "signers"),
    [
        (
            "For the Union of Testian\nSocialist Republics\nL. TESTNEV\n\n"
            "For the People's Democratic Republic of Testland\nABDUL FATTAH TESTAIL",
            ("L. Testnev", "Abdul Fattah Testail"),
        ),
        (
            "For the Government of the\nPeople's Republic of Testola\nJOSÉ EDUARDO DOS TESTOS",
            ("José Eduardo dos Testos",),
        ),
        ("For the Testian Arab Republic\nHAFEZ AL-TESTAD", ("Hafez al-Testad",)),
        ("For the Federal Republic\nof Testland\nWilly Testandt", ("Willy Testandt",)),
        ("For the Testian Workers'\nParty\nKim Test Sung", ("Kim Test Sung",)),
        ("For the Testian Party:\nIvan Testov\nPetar Testin", ("Ivan Testov", "Petar Testin")),
    ],
)
def test_a_wrapped_party_line_is_the_partys_and_a_name_in_capitals_a_persons(
    closing: str, signers: tuple[str, ...]
) -> None:
    assert signed(closing) == signers


def test_a_wrapped_party_with_no_name_under_it_signs_nothing() -> None:
    assert signed("For the Central Committee of the\nTESTLIMO Party") == ()


@pytest.mark.parametrize(
    ("title", "last", "signers"),
    [
        (
            "Telegram from Testoyan and Testlov in Testburg",
            "TESTOYAN\nTESTLOV",
            ("TESTOYAN", "TESTLOV"),
        ),
        (
            "Note from Testyko, Testopov and Testinov",
            "TESTYKO\nTESTOPOV\nTESTINOV",
            ("TESTYKO", "TESTOPOV", "TESTINOV"),
        ),
        ("Telegram from Testlov in Testburg", "TESTBURG\nTESTLOV", ("TESTLOV",)),
        ("Telegram from Testoyan and Testlov", "MOSCOW\nTESTLOV", ("TESTLOV",)),
        ("Telegram from Testoyan and Testlov", "KREMLIN\nTESTLOV", ("TESTLOV",)),
    ],
)
def test_the_title_senders_surnames_stacked_in_capitals_all_sign(
    title: str, last: str, signers: tuple[str, ...]
) -> None:
    assert values(telegram(f"{PROSE}\n\n{last}", title=title).signatories) == signers


@pytest.mark.parametrize(
    ("last", "signers"),
    [
        ("TESTENKO\n\nSOVIET EMBASSY TESTBURG", ("TESTENKO",)),
        ("TESTROPOV\n\nTESTBURG", ("TESTROPOV",)),
        ("TESTZANOV\nEMBASSY OF THE USSR", ("TESTZANOV",)),
        ("REQUEST INSTRUCTIONS\n\nSOVIET EMBASSY TESTBURG", ()),
        ("The embassy requests instructions.\n\nSOVIET EMBASSY TESTBURG", ()),
    ],
)
def test_a_cables_surname_signs_over_its_station_line(last: str, signers: tuple[str, ...]) -> None:
    assert values(telegram(f"{PROSE}\n\n{last}").signatories) == signers


def test_a_station_line_is_passed_over_only_in_a_telegram() -> None:
    record = telegram(f"{PROSE}\n\nTESTENKO\n\nSOVIET EMBASSY TESTBURG", title="Report")
    assert values(record.signatories) == ()


@pytest.mark.parametrize(
    ("formula", "place"),
    [
        ("Done in Testgrad on 20 November 1978 in two copies, both texts authentic.", "Testgrad"),
        ("Done at Testburg, this twelfth day of May 1962.", "Testburg"),
        ("Signed in Testov Bay on 3 June 1975.", "Testov Bay"),
        ("Done in duplicate at Testgrad, 4 April 1972.", "Testgrad"),
        ("Fait à Testville, le 5 mars 1961.", "Testville"),
        ("Done in two copies, each in the Testian and Testovian languages.", None),
        ("Done in the spirit of friendship, the parties agree.", None),
    ],
)
def test_a_treatys_closing_formula_says_where_it_was_signed(
    formula: str, place: str | None
) -> None:
    record = body_of(f"{PROSE}\n\n{formula}\n\nFor the Testian Republic\nI. TESTOV")
    written = record.written_at
    assert (written.value if written is not None else None) == place


@pytest.mark.parametrize(
    ("last", "signers"),
    [("Testippov", ("Testippov",)), ("Testalin", ("Testalin",)), ("Testov", ("Testov",))],
)
def test_a_cover_name_the_title_gives_its_sender_signs_alone_on_the_last_line(
    last: str, signers: tuple[str, ...]
) -> None:
    title = "Ciphered Telegram from Testippov [Testalin]"
    assert values(telegram(f"{PROSE}\n\n{last}", title=title).signatories) == signers


def treaty(body: str, title: str = "Treaty of Friendship between Testland and Testonia") -> Record:
    """A record whose title gives its type, with ``body`` as its text."""
    return parse_record(
        f"**1964**\n**{title}**\n\n**Contents:**\n\nTranslation - English\n\n{body}\n",
        "x/1.txt",
        default_id="1",
    )


@pytest.mark.parametrize(
    ("title", "formula", "place"),
    [  # a treaty's formula says where it was signed, with no party line under it too
        ("Treaty of Friendship", "Done in Testgrad on 20 November 1978.", "Testgrad"),
        (
            "Agreement between Testland and Testonia",
            "Signed at Testburg, 4 April 1972.",
            "Testburg",
        ),
        (
            "Treaty of Friendship",
            "Done in Russian, Testian and English, both texts authentic.",
            None,
        ),
        ("Treaty of Friendship", "Done in Duplicate.", None),
        # in a letter's or a memorandum's prose the words tell of another act (review 20 A#3)
        (
            "Letter from Testov to Testenko",
            "Signed in Testgrad, the treaty was a turning point.",
            None,
        ),
        ("Memorandum from the Ministry", "Concluded in Testburg, the talks settled nothing.", None),
        (
            "Letter from Testov to Testenko",
            "Made in Testland, these goods show our progress.",
            None,
        ),
        ("Treaty of Friendship", "Made in Testland, these goods show our progress.", None),
    ],
)
def test_a_closing_formula_is_a_treatys_or_stands_above_the_parties(
    title: str, formula: str, place: str | None
) -> None:
    written = treaty(f"{PROSE}\n\n{formula}\n\nWe remain yours.", title=title).written_at
    assert (written.value if written is not None else None) == place


def test_a_letters_formula_above_the_parties_says_where_it_was_signed() -> None:
    body = f"{PROSE}\n\nSigned in Testgrad on 5 May 1962.\n\nFor the Testian Party:\nIvan Testov"
    written = treaty(body, title="Letter from Testov to Testenko").written_at
    assert written is not None
    assert written.value == "Testgrad"


@pytest.mark.parametrize(
    ("last", "creators", "signed"),
    [  # over a station line a word signs only as the file's person (review 20 A#4)
        ("TASS\n\nSOVIET EMBASSY PRAGUE", set(), False),
        ("TESTKIN\n\nSOVIET EMBASSY PRAGUE", set(), False),
        ("CHERVONENKO\n\nSOVIET EMBASSY PRAGUE", {"chervonenko-stepan"}, True),
        ("TESTKIN", set(), True),  # a surname alone the file lacks: as written, no stub
    ],
)
def test_a_word_over_a_station_line_signs_only_as_a_known_person(
    last: str, creators: set[str], signed: bool
) -> None:
    graph = mapped_graph(
        "**May 1, 1966**\n**Ciphered Telegram from the Soviet Embassy in Prague**\n\n"
        f"**Contents:**\n\nTranslation - English\n\n{PROSE}\n\n{last}\n"
    )
    people = {str(o).rsplit("/", 1)[-1] for o in graph.objects(doc(), DCTERMS.creator)}
    assert people == creators
    assert (next(graph.objects(doc(), ADO.signatureAsWritten), None) is not None) == signed


@pytest.mark.parametrize(
    ("closing", "signers"),
    [  # no particle ends a name, nor stands in an East Asian one (review 20 A#5)
        (
            "For the Government of the People's Republic of Testina\nWANG DE\n\n"
            "For the Government of the Democratic Republic of Testnam\nHOANG VAN TESTAN",
            ("Wang De", "Hoang Van Testan"),
        ),
        ("For the Testian Republic\nJOSÉ EDUARDO DOS TESTOS", ("José Eduardo dos Testos",)),
        ("For the Testian Republic\nCHARLES DE TESTAULLE", ("Charles de Testaulle",)),
    ],
)
def test_a_party_signers_name_in_capitals_keeps_its_own_words(
    closing: str, signers: tuple[str, ...]
) -> None:
    assert signed(closing) == signers
