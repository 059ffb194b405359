"""A title's subject and the parties around it: a subject that a date closes may be followed
by the addressee; a "to" inside a subject names a place or a movement, no addressee."""

from __future__ import annotations

import pytest
from test_title_agents import names, title


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
