"""Missions or envoys of several states and one place after the last: each state's in that
place (review 22 C#7)."""

from __future__ import annotations

import pytest
from test_title_agents import names, title


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        (
            "Note to the Embassies of Bulgaria, Czechoslovakia and Poland in Testburg",
            [
                "Embassy of Bulgaria in Testburg",
                "Embassy of Czechoslovakia in Testburg",
                "Embassy of Poland in Testburg",
            ],
        ),
        (
            "Note to the Legations of Sweden and Switzerland in Testburg",
            ["Legation of Sweden in Testburg", "Legation of Switzerland in Testburg"],
        ),
        (
            "Letter to the Ambassadors of Poland and Hungary in Testburg",
            ["Ambassador of Poland in Testburg", "Ambassador of Hungary in Testburg"],
        ),
        # a place after a party that follows the list is that party's alone
        (
            "Note to the Polish Embassy in Testburg and the Bulgarian Embassy",
            ["Polish Embassy in Testburg", "Bulgarian Embassy"],
        ),
    ],
)
def test_one_place_after_several_states_missions_is_each_ones(
    text: str, recipients: list[str]
) -> None:
    assert names(title(text).recipients) == recipients
