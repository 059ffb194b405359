"""A title's subject and the parties around it: a subject that a date closes may be followed
by the addressee; a "to" inside a subject names a place or a movement, no addressee."""

from __future__ import annotations

import pytest
from test_title_agents import mapped_graph, names, title


@pytest.mark.parametrize(
    ("text", "senders", "recipients"),
    [
        (
            "Report of the Special Commission on the Events of June 17 to the Politburo",
            ["Special Commission"],
            ["Politburo"],
        ),
        (
            "Report of the Commission on the Events of 23 October to the Central Committee of"
            " the HSWP",
            ["Commission"],
            ["Central Committee of the HSWP"],
        ),
        (
            "Letter from the Testish Embassy Regarding the Visit of a Delegation to Sofia",
            ["Testish Embassy"],
            [],
        ),
        ("Report of the Commission on the Meeting of 12 May 1967 to Testgrad", ["Commission"], []),
    ],
)
def test_an_addressee_after_a_subject_that_a_date_closes(
    text: str, senders: list[str], recipients: list[str]
) -> None:
    read = title(text)
    assert (names(read.senders) or names(read.authors)) == senders
    assert names(read.recipients) == recipients


def test_a_plural_body_with_adjectives_of_several_countries_is_one_body_each() -> None:
    read = title("Letter from the Communist Parties of Testland and Testonia to the CC TSP")
    assert names(read.senders) == ["Communist Party of Testland", "Communist Party of Testonia"]


def test_an_intermediary_before_a_subject_closed_by_a_date_is_kept() -> None:
    read = title(
        "Report of the Testish Commission via the Soviet Embassy on the Events of 23 October to"
        " the Central Committee"
    )
    assert names(read.intermediaries) == ["Soviet Embassy"]
    assert names(read.recipients) == ["Central Committee"]


@pytest.mark.parametrize(
    ("text", "authors", "recipients"),
    [
        (
            "Resolution of the CC TSP Presidium 'On the Situation in Testland'",
            ["CC TSP Presidium"],
            [],
        ),
        (
            'Decree of the Testish Council of Ministers "On Measures for the Recovery of Testia"',
            ["Testish Council of Ministers"],
            [],
        ),
        (
            "Resolution of the CC TSP Politburo \"Concerning the Situation in 'T'\"",
            ["CC TSP Politburo"],
            [],
        ),
        ("Resolution of the TSP Politburo „Zur Lage in Testland“", ["TSP Politburo"], []),
        (
            'Memorandum from T. Testov to the TSP Presidium "On the Situation"',
            [],
            ["TSP Presidium"],
        ),
    ],
)
def test_a_quoted_subject_with_no_comma_before_it_is_no_part_of_a_name(
    text: str, authors: list[str], recipients: list[str]
) -> None:
    read = title(text)
    assert names(read.authors) == authors
    assert names(read.recipients) == recipients
    assert read.subject is not None


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Letter from the 'Testov' Division to the CC", "'Testov' Division"),
        ('Letter from Cooperative "Testprogress" to the Ministry', 'Cooperative "Testprogress"'),
        ("Letter from the Workers' Party of Testland to the CC", "Workers' Party of Testland"),
    ],
)
def test_a_quoted_word_inside_a_body_s_name_is_part_of_it(text: str, party: str) -> None:
    read = title(text)
    assert names(read.senders) == [party]
    assert read.subject is None


def test_a_quoted_subject_swallowed_into_a_name_makes_no_stub() -> None:
    graph = mapped_graph("**1956**\n**Resolution of the Testish Presidium 'On the Situation'**\n")
    assert not [o for o in graph.objects() if "on-the-situation" in str(o)]


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (
            "Declaration by the Government of Testland on Cooperation between Testland and Other"
            " Socialist States",
            ["Government of Testland"],
        ),
        (
            "Statement by the Testish Government on Relations between Testia and the TPR",
            ["Testish Government"],
        ),
        # no author before the subject: its "between" names the parties that made it
        ("Protocol on Cooperation between the KGB and the MfS", ["KGB", "MfS"]),
        (
            "Agreement between the Government of Testia and the Government of Testonia",
            ["Government of Testia", "Government of Testonia"],
        ),
    ],
)
def test_between_inside_a_subject_names_no_author_once_one_is_named(
    text: str, authors: list[str]
) -> None:
    assert names(title(text).authors) == authors


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (
            "Agreement on Cooperation between the TSP and the TSS, Signed by Testov",
            ["TSP", "TSS", "Testov"],
        ),
        (
            "Protocol on Cooperation between the TSP and the TSS, by Testov",
            ["TSP", "TSS", "Testov"],
        ),
        (
            "Agreement by Testov and Testin on Scientific Cooperation between the TSP and the TSS",
            ["Testov", "Testin", "TSP", "TSS"],
        ),
        # what the agreement is about, not what it is of
        (
            "Agreement of the CC TSP on Relations between the Party and the Testomol",
            ["CC TSP"],
        ),
    ],
)
def test_between_after_what_an_agreement_is_of_names_its_parties(
    text: str, authors: list[str]
) -> None:
    assert sorted(names(title(text).authors)) == sorted(authors)
