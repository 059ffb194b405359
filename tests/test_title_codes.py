"""A title's own number where it is written beside a body or a marking (review 23): a
resolution's number after the body that adopted it, a paper's series code, a number's marking
after its slash or dash."""

from __future__ import annotations

import pytest

from linkeddata.parser import parse_record
from linkeddata.parser.text import Joined
from linkeddata.parser.titles import parse_title
from linkeddata.record import Title


def title(text: str) -> Title:
    return parse_title(Joined.of([(2, text)]), [])


def agents(read: Title) -> list[str]:
    names = (*read.senders, *read.recipients, *read.authors, *read.participants, *read.origins)
    return [name.value for name in names]


def numbers(read: Title) -> list[str]:
    return [number.value for number in read.registry_numbers]


@pytest.mark.parametrize(
    ("text", "body", "number"),
    [  # review 23 D#16
        (
            "Resolution of the Testland Assembly 46/1 on the Admission of Testia",
            "Testland Assembly",
            "46/1",
        ),
        ("Resolution of the Testland Council 687 (1991) on Testia", "Testland Council", "687"),
        ("Testland Assembly Resolution 1514 (XV)", "Testland Assembly", "1514"),
        ("Resolution 1514 (XV) of the Testland Assembly", "Testland Assembly", "1514"),
        ("Testland Council Resolution 83", "Testland Council", "83"),
    ],
)
def test_a_resolutions_number_after_its_body_is_no_part_of_its_name(
    text: str, body: str, number: str
) -> None:
    read = title(text)
    assert agents(read) == [body]
    assert numbers(read) == [number]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Resolution of the Testburg Archives Center No. 3", "Testburg Archives Center"),
        ("Resolution of the Testburg Military Unit 12345 on Supplies", None),
    ],
)
def test_a_bodys_own_number_is_no_resolutions(text: str, body: str | None) -> None:
    read = title(text)
    assert all(n not in {"12345", "Unit 12345"} for n in numbers(read))
    assert body is None or agents(read) == [body]


def test_a_number_in_the_resolutions_subject_is_anothers() -> None:
    assert numbers(title("Resolution of the Testland Assembly on Council Resolution 242")) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [  # review 23 C#5, C#8
        ("Report to the President, PD/NSC-13", "PD/NSC-13"),
        ("Memorandum for the President, NSDM 242", "NSDM 242"),
        ("Memorandum, PRM-10", "PRM-10"),
        ("Report to the Testland Security Council, NSC 7", "NSC 7"),
        ("Report to the Testland Security Council, NSC 20/4", "NSC 20/4"),
        ("Memorandum, NSSM 9", "NSSM 9"),
        ("Estimate, SNIE 4", "SNIE 4"),
        ("Report, TWP 12", "TWP 12"),
    ],
)
def test_a_papers_series_code_is_its_number_never_a_place_or_an_agent(
    text: str, number: str
) -> None:
    read = title(text)
    assert numbers(read) == [number]
    assert number not in agents(read)


@pytest.mark.parametrize(
    "text",
    [
        "Report of the TWP, TWP 1956",
        "REPORT, PART 2",
        "REPORT, PART 12",
        # review 23 diff A#5: another code's single figure is a copy's, a volume's, a point's
        "Cable from the Testian Embassy, COPY 3",
        "Memorandum, POINT 4",
        "Memorandum, NATO 2",
        "Information on Testing, VOL 2",
        "Report, TABLE 3",
        "Memorandum, PHASE 2",
        "Telegram, EXDIS 4",
        "Letter, ENCL 2",
        "Memorandum from the Minister of Testing, FOLIO 5",
        "Report, TWP/ABC-1",
        "Telegram from Testburg to Testgrad, Testville",
    ],
)
def test_a_body_and_a_year_a_part_or_a_place_is_no_series_code(text: str) -> None:
    assert numbers(title(text)) == []


@pytest.mark.parametrize(
    ("text", "number", "marking"),
    [  # review 23 B#2
        ("Report, Embassy of Testia in Testburg, No. 37/1963/Top Secret", "37/1963", "top-secret"),
        ("Telegram No. 0412/1958-Secret", "0412/1958", "secret"),
        ("Cable No. 12/1958 - Top Secret", "12/1958", "top-secret"),
    ],
)
def test_a_titles_number_ends_before_its_marking(text: str, number: str, marking: str) -> None:
    read = title(text)
    assert numbers(read) == [number]
    assert read.classification is not None
    assert read.classification.value == marking


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Report, No. 2421/61/53/TJN", "2421/61/53/TJN"),
        ("Cable from the Testian Embassy in Testburg, No. 1 Priority", None),
    ],
)
def test_a_registers_letters_or_a_priority_level_stay_unread_as_markings(
    text: str, number: str | None
) -> None:
    read = title(text)
    assert read.classification is None
    assert numbers(read) == ([number] if number else [])


def test_a_reply_references_marking_is_not_the_titles() -> None:
    read = title("Letter from Testov, Reply to No. 12/Secret")
    assert read.classification is None


@pytest.mark.parametrize("code", ["FOLIO 5", "COPY 3", "VOL 2"])
def test_a_codes_single_figure_is_no_place_either(code: str) -> None:
    # review 23 diff A#5: "FOLIO 5" was a false place before it was a false number
    text = f"**1983**\n**Memorandum from the Minister of Testing, {code}**\n\nA text.\n"
    rec = parse_record(text, "x/1.txt", default_id="1")
    assert rec.written_at is None
    assert rec.title is not None
    assert not rec.title.registry_numbers
