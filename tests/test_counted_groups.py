"""A count and a group's noun before the names that make the group caption them: the names
are the agents, the caption none (review 22 A#9)."""

from __future__ import annotations

import pytest
from test_title_agents import names, title


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        (
            "Report by Four Testish Marshals, Testo Yi, Testa Jianying, Testi Rongzhen, and"
            " Testu Xiangqian, to the Testing Committee",
            ["Testo Yi", "Testa Jianying", "Testi Rongzhen", "Testu Xiangqian"],
        ),
        (
            "Report by Four Testish Marshals - Testo Yi, Testa Jianying, Testi Rongzhen, and"
            " Testu Xiangqian - to the Testing Committee, 'Our Views'",
            ["Testo Yi", "Testa Jianying", "Testi Rongzhen", "Testu Xiangqian"],
        ),
        (
            "Letter from Three Testish Generals - Testo Van Giap, Testa Van Dung and Testi Van"
            " Thai - to Testo Zedong",
            ["Testo Van Giap", "Testa Van Dung", "Testi Van Thai"],
        ),
        ("Report by Two Soviet Specialists: Testov and Testin", ["Testov", "Testin"]),
    ],
)
def test_a_counted_groups_caption_names_no_agent(text: str, agents: list[str]) -> None:
    read = title(text)
    assert names(read.authors) + names(read.senders) == agents


@pytest.mark.parametrize(
    ("text", "agents"),
    [  # a group's own name, and a count with no names after it, stay as written
        ("Letter from the Gang of Four to Testo Zedong", ["Gang of Four"]),
        ("Report by the Group of Five, Testburg", ["Group of Five"]),
        ("Letter from 42 Testish Intellectuals", ["42 Testish Intellectuals"]),
    ],
)
def test_a_groups_own_name_is_no_caption(text: str, agents: list[str]) -> None:
    read = title(text)
    assert names(read.authors) + names(read.senders) == agents
