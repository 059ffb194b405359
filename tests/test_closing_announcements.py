"""What closes a telegram without signing it (review 22 A#2-#5): a name under a line that
announces it ("... by the following comrade:") is the one announced; a certification's formula
followed by a sentence is a remark in the text, which hides no signature; an addressee or a
state's name in an editor's brackets is no cover name; a cipher clerk's or a transcript's word
alone ("Decoded", "Continued") is no surname."""

from __future__ import annotations

import pytest
from test_closing_blocks import PROSE, telegram
from test_parser_variants import body_of, values


@pytest.mark.parametrize(
    "above",
    [
        "The Testian side was represented at the talks by the following comrade:",
        "The meeting was chaired by the comrade from the Politburo:",
        "We discussed the situation at length with Comrade Testár:",
        "The delegation was led by the following comrade.",
    ],
)
@pytest.mark.parametrize("name", ["Le Testuan", "Testár"])
def test_a_name_under_an_announcement_is_announced_not_signing(above: str, name: str) -> None:
    record = telegram(f"{PROSE}\n\n{above}\n\n{name}")
    assert values(record.signatories) == ()


@pytest.mark.parametrize("name", ["Ivan Testescu", "Testár"])
def test_a_name_under_the_texts_last_sentence_still_signs(name: str) -> None:
    assert values(telegram(f"{PROSE}\n\n{name}").signatories) == (name,)


@pytest.mark.parametrize(
    "remark",
    [
        "Correct: the treaty is ready and will be signed tomorrow.",
        "For the correctness: the text was checked against the original by the clerk.",
        "Correct: The treaty is ready and will be signed tomorrow.",
    ],
)
def test_a_certifications_formula_before_a_sentence_hides_no_signature(remark: str) -> None:
    record = body_of(
        f"Comrade Testescu asked whether the treaty was ready.\n\n{remark}\n\nV. Testov"
    )
    assert values(record.signatories) == ("V. Testov",)


@pytest.mark.parametrize(
    "certified", ["Correct: I. Testrov", "Correct: [signature]", "For the correctness: 5.III.1966"]
)
def test_a_certification_with_a_name_a_mark_or_a_date_still_signs_nothing(
    certified: str,
) -> None:
    closing = f"A. Testoyan\nMinister\n\n{certified}"
    assert values(body_of(f"{PROSE}\n\n{closing}").signatories) == ("A. Testoyan",)


@pytest.mark.parametrize(
    "closing",
    ["To [Le Testuan]", "Testnam [Democratic Republic]", "Dear [Testov]", "Comrade [Testov]"],
)
def test_an_addressee_or_a_state_in_brackets_is_no_cover_name(closing: str) -> None:
    assert values(telegram(f"{PROSE}\n\n{closing}").signatories) == ()


@pytest.mark.parametrize("closing", ["Ba [Le Testuan]", "Testippov [Testuan]", "Ba\n[Le Testuan]"])
def test_a_cover_name_still_signs_as_the_bracketed_person(closing: str) -> None:
    signers = values(body_of(f"{PROSE}\n\n{closing}").signatories)
    assert signers == (closing.rsplit("[", 1)[1].rstrip("]"),)


@pytest.mark.parametrize("word", ["Decoded", "Coded", "Continued", "Conclusion", "Deciphered"])
def test_a_clerks_or_a_transcripts_word_alone_is_no_surname(word: str) -> None:
    record = telegram(f"{PROSE}\n\n{word}")
    assert values(record.signatories) == ()
    assert record.signature_text is None


def test_a_lone_surname_under_the_last_sentence_still_signs() -> None:
    assert values(telegram(f"{PROSE}\n\nTestovács").signatories) == ("Testovács",)


def test_a_lone_surname_under_a_distribution_line_with_its_names_still_signs() -> None:
    record = telegram(f"{PROSE}\n\nCopies to: Testov, Testin, Testak\n\nTestmann")
    assert values(record.signatories) == ("Testmann",)
