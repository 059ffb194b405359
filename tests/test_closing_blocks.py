"""Who signs a closing block (review 19): an attached document's signer never signs the
record; a recorder adds to the signer above; stacked office-and-name blocks all sign, long
offices included; a rank label in capitals over a bracketed name; initials and a compound
surname; a telegram's full name in capitals or surname alone on its last line; a name over an
addressee's block."""

from __future__ import annotations

import pytest
from test_parser_variants import body_of, values

from linkeddata.parser import parse_record
from linkeddata.record import Record

PROSE = "The report was read at the meeting of the Central Committee of the party."
ATTACHED = "Dear Comrade Testo, we inform you of the decision taken by the Presidium today."


def telegram(body: str, title: str = "Telegram from the Testian Embassy in Testburg") -> Record:
    """A record whose title says it is a telegram, with ``body`` as its text."""
    return parse_record(
        f"**1964**\n**{title} to the Testian Ministry**\n\n**Contents:**\n\n"
        f"Translation - English\n\n{body}\n",
        "x/1.txt",
        default_id="1",
    )


def signed(closing: str) -> tuple[str, ...]:
    return values(body_of(f"{PROSE}\n\n{closing}").signatories)


@pytest.mark.parametrize(
    "heading", ["Attachment No. 1", "Attachment:", "Appendix", "Annex 2", "Enclosure", "Priloženie"]
)
def test_an_attached_documents_signer_never_signs_the_record(heading: str) -> None:
    record = body_of(
        f"{PROSE}\n\nSecretary of the CC\n\n[signature]\n\n{heading}\n\nTo Comrade Testo\n\n"
        f"{ATTACHED}\n\nN. Testchev"
    )
    assert values(record.signatories) == ()
    assert record.signature_text is not None
    assert record.signature_text.value == "[signature]"


def test_an_office_with_no_name_above_an_attachment_signs_for_no_one() -> None:
    closing = f"Secretary of the CC\n\nAttachment No. 1\n\n{ATTACHED}\n\nN. Testchev"
    assert signed(closing) == ()


@pytest.mark.parametrize(
    ("closing", "signers"),
    [  # not an attached document: a list of attachments, or the record is the attachment
        (
            "Attachments:\n1. Report\n2. Map\n3. Letter\n\nRespectfully yours,\nJános Testér",
            ("János Testér",),
        ),
        (
            f"Ivan Testov\nAmbassador\n\nAttachment No. 1\n\n{ATTACHED}\n\nN. Testchev",
            ("Ivan Testov",),
        ),
    ],
)
def test_what_an_attachment_heading_leaves_signed(closing: str, signers: tuple[str, ...]) -> None:
    assert signed(closing) == signers


def test_the_record_that_is_the_attachment_is_signed_under_its_heading() -> None:
    record = body_of(f"Top Secret\n\nAttachment No. 1\n\n{ATTACHED}\n\nN. Testchev")
    assert values(record.signatories) == ("N. Testchev",)


@pytest.mark.parametrize(
    ("closing", "signers"),
    [
        (
            "USSR AMBASSADOR TO THE PRC\n\nV. TESTIKOV\n\nRecorded by: A. Testin",
            ("V. Testikov", "A. Testin"),
        ),
        (
            "Ambassador\nA. Testanov\n\nRecorded by: Second Secretary V. Testak",
            ("A. Testanov", "V. Testak"),
        ),
        ("Recorded by: A. Testin", ("A. Testin",)),  # the recorder's the only name
        ("[signature]\n\nRecorded by: A. Testin", ("A. Testin",)),
    ],
)
def test_a_recorder_adds_to_the_signer_above(closing: str, signers: tuple[str, ...]) -> None:
    assert signed(closing) == signers


@pytest.mark.parametrize(
    ("closing", "signers"),
    [
        (
            "Chairman of the Council of Ministers of the USSR\nN. Testanin\n\n"
            "Administrator of Affairs of the Council of Ministers of the USSR\nA. Testov",
            ("N. Testanin", "A. Testov"),
        ),
        (
            "Minister of Defence of the USSR\nD. Testinov\n\nChief of the General Staff\n"
            "N. Testarkov",
            ("D. Testinov", "N. Testarkov"),
        ),
        (  # a list after the last block signs nothing
            "Chairman of the Council of Ministers of the USSR\nN. Testanin\n\n"
            "Administrator of Affairs of the Council of Ministers of the USSR\nA. Testov\n\n"
            "Distribution:\nI. Testrov",
            ("N. Testanin", "A. Testov"),
        ),
    ],
)
def test_stacked_office_over_name_blocks_all_sign(closing: str, signers: tuple[str, ...]) -> None:
    assert signed(closing) == signers


@pytest.mark.parametrize(
    ("closing", "signers"),
    [
        (
            "Robert L. Testucci\nHead of Delegation of the United States of America, "
            "Ambassador at Large of the United States of America\n\nKang Test Ju\nHead of "
            "the Delegation of the Democratic People's Republic of Korea, First Vice-Minister "
            "of Foreign Affairs of the Democratic People's Republic of Korea",
            ("Robert L. Testucci", "Kang Test Ju"),
        ),
        (
            "Chung Test-shik\nPrime Minister of the Republic of Korea\nChief Delegate of the "
            "South delegation to the High-Level Talks\n\nYon Test-muk\nPremier of the "
            "Administration Council of the Democratic People's Republic of Korea\n"
            "Head of the North delegation to the High-Level Talks",
            ("Chung Test-shik", "Yon Test-muk"),
        ),
        (
            "Chung Test-shik\nPrime Minister of the Republic of Korea\n\nYon Test-muk\n"
            "Premier of the Administration Council of the Democratic People's Republic of Korea",
            ("Chung Test-shik", "Yon Test-muk"),
        ),
    ],
)
def test_a_joint_texts_signature_blocks_all_sign(closing: str, signers: tuple[str, ...]) -> None:
    assert signed(closing) == signers


@pytest.mark.parametrize(
    "closing",
    [  # a list that the text announces, and a list of those present, sign nothing
        "The delegation consisted of:\nKang Test Ju\nHead of the Delegation of the DPRK, "
        "First Vice-Minister of Foreign Affairs of the DPRK\nKim Test Chol\nDeputy Head of "
        "the Delegation of the DPRK",
        "Present:\nKang Test Ju\nHead of the Delegation of the DPRK, First Vice-Minister of "
        "Foreign Affairs of the DPRK\nKim Test Chol\nDeputy Head of the Delegation of the DPRK",
    ],
)
def test_a_list_of_names_over_offices_signs_nothing(closing: str) -> None:
    assert signed(closing) == ()


@pytest.mark.parametrize(
    ("closing", "signers"),
    [
        ("MINISTER:\n\n(Diko Testov)", ("Diko Testov",)),
        ("CHAIRMAN:\n(T. Testkov)", ("T. Testkov",)),
        ("Head of Department:\n(signature) I. Testrov", ("I. Testrov",)),
    ],
)
def test_a_rank_label_in_any_case_signs_the_name_under_it(
    closing: str, signers: tuple[str, ...]
) -> None:
    assert signed(closing) == signers


@pytest.mark.parametrize(
    "closing", ["TO:\n(Diko Testov)", "DISTRIBUTION:\n(Diko Testov)", "INTERPRETER:\nIvan Testov"]
)
def test_a_header_or_a_roles_label_signs_nothing(closing: str) -> None:
    assert signed(closing) == ()


@pytest.mark.parametrize(
    "name",
    [
        "A. C. da Testa Canto",
        "V. da Testunha",
        "A. Testara Canto",
        "F. Testro Ruz",
        "C. R. Testíguez",
        "J. A. de Testújo Castro",
    ],
)
def test_initials_and_a_compound_surname_sign(name: str) -> None:
    assert signed(name) == (name,)


@pytest.mark.parametrize("line", ["A. Testov Minister", "A. Testov Secret", "N. Testov Korea"])
def test_initials_and_an_office_or_a_marking_sign_nothing(line: str) -> None:
    assert signed(line) == ()


@pytest.mark.parametrize(
    ("last", "signer"),
    [
        ("VASCO TESTÃO DA CUNHA", "Vasco Testão da Cunha"),
        ("TESTARA CANTO", "Testara Canto"),
        ("Moldovány\n\n[1] Testov, Ivan, Soviet ambassador, 1962-1967.", "Moldovány"),
    ],
)
def test_a_telegrams_last_line_signs(last: str, signer: str) -> None:
    assert values(telegram(f"{PROSE}\n\n{last}").signatories) == (signer,)


@pytest.mark.parametrize(
    "last",
    [
        "END OF MESSAGE",
        "REPÚBLICA DE CUBA",
        "PALÁCIO DO ITAMARATY",
        "SOUTH VIETNAM",
        "August",
        "Secret",
        "Embassy",
        "Korea",
        "Copy",
    ],
)
def test_a_telegrams_last_line_that_is_no_name_signs_nothing(last: str) -> None:
    assert values(telegram(f"{PROSE}\n\n{last}").signatories) == ()


def test_a_surname_over_a_distribution_list_signs_and_the_list_does_not() -> None:
    body = f"{PROSE}\n\n[Handwritten: Comrade Testak to read]\n\nJeleński\n\n" + (
        "[Distribution list:]\nTestułka\nTestiewicz"
    )
    assert values(telegram(body).signatories) == ("Jeleński",)
    listed = f"{PROSE}\n\n[Distribution list:]\nTestułka\nTestiewicz"
    assert values(telegram(listed).signatories) == ()


def test_a_surname_or_a_full_name_alone_signs_only_a_telegram() -> None:
    for last in ("Moldovány", "VASCO TESTÃO DA CUNHA"):
        record = telegram(f"{PROSE}\n\n{last}", title="Report from the Testian Embassy")
        assert values(record.signatories) == ()


def test_a_name_over_the_addressees_block_signs() -> None:
    closing = (
        "With kind regards,\n\nYours sincerely,\n\nJawaharlal Testru\n\n"
        "The President of the United States of America,\nThe White House, Washington, D.C."
    )
    assert signed(closing) == ("Jawaharlal Testru",)
