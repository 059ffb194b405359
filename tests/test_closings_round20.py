"""Who signs a closing (review 20): a party line wrapped over two lines is the party's, and a
name in capitals under it a person's; stacked surnames in capitals all sign a cable; a station
line under a cable's surname is passed over."""

from __future__ import annotations

import pytest
from test_closing_blocks import PROSE, telegram
from test_parser_variants import body_of, values


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
    [("Testippov", ("Testippov",)), ("Testalin", ("Testalin",)), ("Testov", ())],
)
def test_a_cover_name_the_title_gives_its_sender_signs_alone_on_the_last_line(
    last: str, signers: tuple[str, ...]
) -> None:
    title = "Ciphered Telegram from Testippov [Testalin]"
    assert values(telegram(f"{PROSE}\n\n{last}", title=title).signatories) == signers
