"""Who signs a closing (review 21): a line that is only the document's type is its heading,
never a signer; a ciphered telegram's registry tail hides no signature; the title senders'
surnames stacked in capitals over the closing date all sign; every recorder listed signs; a
Burmese "U" is a word of the name; initials with a particle sign as the person listed; every
stacked block under a body's decree signs."""

from __future__ import annotations

import pytest
from test_closing_blocks import PROSE, telegram
from test_parser_variants import body_of, values
from test_title_agents import doc, mapped_graph

from linkeddata.mapping.terms import DCTERMS
from linkeddata.parser.type_headings import type_heading

_CUT = "The comrades were reserved and asked for time [...]"
"""A text's last line that ends in an editor's elision, no sentence's stop."""


@pytest.mark.parametrize(
    "heading",
    ["TELEGRAM", "CIPHERED TELEGRAM", "INFORMATION", "Telegram", "URGENT CIPHERGRAM", "NOTE"],
)
def test_a_type_heading_over_the_place_and_date_signs_nothing(heading: str) -> None:
    record = telegram(f"{heading}\nTestburg, 5 November 1962\nNo. 2783/62\n\n{_CUT}\n\nTestiček")
    assert values(record.signatories) == ()


@pytest.mark.parametrize(
    "line",
    ["TELEGRAM", "Ciphered Telegram", "SECRET INFORMATION", "Record of Conversation", "Nota"],
)
def test_a_document_type_alone_is_a_heading(line: str) -> None:
    assert type_heading(line)


@pytest.mark.parametrize("line", ["V. Testegin", "Ivan Testov", "Top Secret", "URGENT", "TESTOV"])
def test_a_name_or_a_marking_is_no_type_heading(line: str) -> None:
    assert not type_heading(line)


def test_a_name_over_the_place_and_date_still_signs() -> None:
    record = body_of(f"{PROSE}\n\nV. Testegin\nTestburg, 3 May 1971")
    assert values(record.signatories) == ("V. Testegin",)


def test_a_surname_under_signed_still_signs() -> None:
    assert values(body_of(f"{PROSE}\n\nSigned: Nota").signatories) == ("Nota",)


@pytest.mark.parametrize("number", ["No. 1/sh", "No. 405", "№ 8600/sh", "No. 4/sh"])
def test_a_registry_tail_under_the_senders_surname_hides_no_signature(number: str) -> None:
    record = telegram(f"{PROSE}\n\nTESTALIN\n\n{number}\n30.I.50", title="Cable from Testalin")
    assert values(record.signatories) == ("Testalin",)


def test_a_copy_line_under_a_surname_signs_nothing_new() -> None:
    record = telegram(f"{PROSE}\n\nCopy No. 2", title="Cable from Testalin")
    assert values(record.signatories) == ()


@pytest.mark.parametrize(
    ("title", "last", "signers"),
    [
        (
            "Telegram from Testoyan and Testlov in Testburg",
            "TESTOYAN\nTESTLOV\n\n24.X.56",
            ("TESTOYAN", "TESTLOV"),
        ),
        (
            "Telegram from Testotov and Testoyan",
            "TESTOTOV\nTESTOYAN\nNo. 1/sh\n24.VI.53",
            ("TESTOTOV", "TESTOYAN"),
        ),
        ("Telegram from Testlov in Testburg", "TESTBURG\nTESTLOV\n\n24.X.56", ("Testlov",)),
    ],
)
def test_the_title_senders_surnames_over_a_date_all_sign(
    title: str, last: str, signers: tuple[str, ...]
) -> None:
    assert values(telegram(f"{PROSE}\n\n{last}", title=title).signatories) == signers


@pytest.mark.parametrize(
    ("closing", "signers"),
    [
        ("Recorded by Comrade Testenko.\n\n[Signatures illegible]", ("Testenko",)),
        ("Recorded by Comrade N. Testenko.\n\n[Signature]", ("N. Testenko",)),
        ("Recorded by A. Testinsky, N. Testenko", ("A. Testinsky", "N. Testenko")),
        ("Recorded by N. Testenko and Shi Test", ("N. Testenko", "Shi Test")),
        ("Recorded by: Second Secretary of the Embassy V. Testak", ("V. Testak",)),
        ("Recorded by the Secretariat.\n\n[Signature]", ()),
        ("Prepared by: J. Testsmith, INR/REA", ("J. Testsmith",)),
    ],
)
def test_who_recorded_it_signs_each_recorder(closing: str, signers: tuple[str, ...]) -> None:
    assert values(body_of(f"{PROSE}\n\n{closing}").signatories) == signers


@pytest.mark.parametrize(
    ("closing", "signers"),
    [
        ("U Testant\nSecretary-General", ("U Testant",)),
        ("U Ba Testwe\nActing Secretary-General", ("U Ba Testwe",)),
        ("Daw Testa Kyi\nChairman", ("Daw Testa Kyi",)),
        ("U\nSecretary-General", ()),
        ("U:\nSecretary-General", ()),
    ],
)
def test_a_burmese_name_signs_over_its_office(closing: str, signers: tuple[str, ...]) -> None:
    assert values(body_of(f"{PROSE}\n\n{closing}").signatories) == signers


@pytest.mark.parametrize(
    ("present", "initials", "signers"),
    [
        ("Mr. P. F. de Testueta", "P. F. de T.", ("P. F. de Testueta",)),
        ("Mr. J. van der Testen", "J. van der T.", ("J. van der Testen",)),
        ("Mr. P. F. von Testueta", "P. F. de T.", ()),  # the particle disagrees
        ("Mr. P. F. de Testueta", "N. B.", ()),
    ],
)
def test_initials_with_a_particle_sign_as_the_listed_person(
    present: str, initials: str, signers: tuple[str, ...]
) -> None:
    record = body_of(f"Present:\n{present}\n\n{PROSE}\n\n{initials}\n\n24th February, 1959")
    assert values(record.signatories) == signers


def test_every_stacked_block_signs_a_bodys_decree() -> None:
    graph = mapped_graph(
        "**August 20, 1945**\n**Decree of the USSR Council of People's Commissars on Testing**"
        f"\n\n**Contents:**\n\nTranslation - English\n\n{PROSE}\n\n"
        "Chairman of the Council of People's Commissars of the USSR\nI. Stalin\n\n"
        "Administrator of Affairs of the Council of People's Commissars of the USSR\nYa. Testaev\n"
    )
    creators = {str(c).rsplit("/", 1)[-1] for c in graph.objects(doc(), DCTERMS.creator)}
    assert {"stalin-joseph", "ya-testaev"} <= creators


@pytest.mark.parametrize(
    ("closing", "signers"),
    [
        ("With best regards,\n\nI. Testov\n\nEnclosure:\nMemorandum", ("I. Testov",)),
        ("I. TESTOV\n\nREPLY", ("I. Testov",)),
        ("Ambassador of the USSR in Testland\nA. Testanov\n\n5 May 1962\nReport", ("A. Testanov",)),
    ],
)
def test_a_type_word_under_the_signature_hides_no_signer(
    closing: str, signers: tuple[str, ...]
) -> None:
    """Diff review 21 A#3: a type word heads the text only over a place, a date or a number."""
    assert values(body_of(f"{PROSE}\n\n{closing}").signatories) == signers


def test_a_present_lists_tail_of_senders_over_a_date_signs_nothing() -> None:
    """Diff review 21 A#4: "Present:" / ... / the senders' surnames / a date is a list."""
    title = "Report from Testoyan and Testlov on the Meeting"
    for names in ("TESTAGY\nTESTADAR\nTESTOYAN\nTESTLOV", "TESTOYAN\nTESTLOV"):
        record = telegram(f"{PROSE}\n\nPresent:\n{names}\n24.X.56", title=title)
        assert values(record.signatories) == ()
