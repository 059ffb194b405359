"""What a telegram's last line, an attachment's heading, a list's announcement and initials
leave signed (diff review 19 D#1-5): a full name in capitals signs only as a person the
authority file or the record names; a surname alone under the text or over what follows its end;
an attachment blocks the record's own signature only under a nameless closing; an announced
list of name-over-office blocks signs nothing; initials before a thing's noun are no name."""

from __future__ import annotations

import pytest
from test_closing_blocks import PROSE, telegram
from test_parser_variants import body_of, values
from test_title_agents import doc, mapped_graph

from linkeddata.parser.signer_lines import initialled
from linkeddata.vocab import ADO, DCTERMS

SUMMARY = "Ambassador Testônio Cândido da Testara Canto reports on the situation."


def cable(last: str, summary: str = SUMMARY) -> str:
    return (
        "**1973**\n**Telegram from the Testian Embassy in Testburg to the Testian Ministry**\n\n"
        f"**Summary:**\n\n{summary}\n\n**Contents:**\n\nTranslation - English\n\n"
        f"{PROSE}\n\n{last}\n"
    )


def test_a_full_name_in_capitals_that_ends_a_name_of_the_summary_signs() -> None:
    graph = mapped_graph(cable("TESTARA CANTO"))
    assert len(list(graph.objects(doc(), DCTERMS.creator))) == 1


@pytest.mark.parametrize(
    "last", ["WITH TESTIAN GREETINGS", "OPERATION TESTADYR", "PRENSA TESTINA", "SIERRA TESTRA"]
)
def test_a_full_name_in_capitals_no_one_is_known_by_signs_nothing(last: str) -> None:
    graph = mapped_graph(cable(last, summary=f"During {last.title()} the embassy reports."))
    assert list(graph.objects(doc(), DCTERMS.creator)) == []
    assert list(graph.objects(doc(), ADO.signatureAsWritten)) == []


@pytest.mark.parametrize(
    "last", ["Respectfully", "Hochachtungsvoll", "Greetings", "Agreed", "Correct", "Amen"]
)
def test_a_closing_or_an_assent_word_never_signs_even_framed(last: str) -> None:
    body = f"{PROSE}\n\n{last}\n\n[Distribution list:]\nTestułka\nTestiewicz"
    assert values(telegram(body).signatories) == ()


def test_a_surname_alone_signs_under_the_text_or_over_what_follows_its_end() -> None:
    assert values(telegram(f"{PROSE}\n\nTestdován").signatories) == ("Testdován",)
    for under in ("[1] Testov, Ivan, ambassador, 1962-1967.", "[stamp]"):
        assert values(telegram(f"{PROSE}\n\nTestdován\n\n{under}").signatories) == ("Testdován",)


@pytest.mark.parametrize(
    ("heading", "office"),
    [("Appendix", "Secretary of the CC"), ("Anlage 1", ""), ("Enclosure: Report", "Ambassador")],
)
def test_an_attachment_under_a_named_closing_leaves_the_signer_under_it(
    heading: str, office: str
) -> None:
    closing = f"{office}\n\nN. Testchev" if office else "W. Testbricht"
    record = body_of(f"{PROSE}\n\n{heading}\n\n{PROSE}\n\n{closing}")
    assert len(values(record.signatories)) == 1


def test_an_attachment_under_a_nameless_closing_blocks_its_signer() -> None:
    record = body_of(
        f"{PROSE}\n\nSecretary of the CC\n\n[signature]\n\nAttachment No. 1\n\n{PROSE}\n\n"
        "N. Testchev"
    )
    assert values(record.signatories) == ()


@pytest.mark.parametrize(
    "announcing",
    [
        "The delegation is composed as follows.",
        "The new cabinet was elected, whose leading members are listed below.",
        "Of the guests at the reception the most senior was the following comrade.",
    ],
)
def test_an_announced_run_of_name_over_office_blocks_signs_nothing(announcing: str) -> None:
    blocks = (
        "Kim Test-il\nChairman of the Cabinet of Ministers of the Democratic People's Republic "
        "of Korea, Head of the Delegation"
    )
    record = body_of(f"{PROSE}\n\n{announcing}\n\n{blocks}")
    assert values(record.signatories) == ()


def test_following_as_a_preposition_announces_nothing() -> None:
    text = "The declaration shall enter into force following the exchange of instruments."
    blocks = (
        "Chung Test-sik\nPrime Minister of the Republic of Korea, Chief Delegate of the South\n\n"
        "Yon Test-muk\nPremier of the Administration Council, Head of the North delegation"
    )
    assert values(body_of(f"{text}\n\n{blocks}").signatories) == ("Chung Test-sik", "Yon Test-muk")


@pytest.mark.parametrize(
    "line",
    [
        "V. I. Testin Prize",
        "N. B. Please Return",
        "J. F. Testles Airport",
        "P. S. Testov",
        "Ph. D.",
    ],
)
def test_initials_before_a_things_noun_or_an_abbreviation_are_no_name(line: str) -> None:
    assert not initialled(line)


@pytest.mark.parametrize("line", ["V. I. Testin", "A. C. da Testara Canto", "F. Testro Ruz"])
def test_initials_and_a_surname_still_are_a_name(line: str) -> None:
    assert initialled(line)
