"""Where talks were held, as the record's own opening sentence says (review 22 D#19)."""

from __future__ import annotations

import pytest
from test_title_agents import doc, entity, mapped_graph

from linkeddata.vocab import SCHEMA


def opened_by(sentences: str) -> set[object]:
    graph = mapped_graph(
        "**1967**\n**Record of a Meeting between the President and Premier Testov**\n\n"
        f"**Contents:**\n\nOriginal Scan\n\n{sentences}\n"
    )
    return set(graph.objects(doc(), SCHEMA.locationCreated))


@pytest.mark.parametrize(
    "sentence",
    [
        "Record of a meeting between the President and Premier Testov held at the Great Hall"
        " of the Testers, Peking, on 10th April 1967. The President opened the talks.",
        "The conversation took place in the Kremlin, Moscow. The President opened the talks.",
    ],
)
def test_the_opening_sentence_says_where_the_talks_were_held(sentence: str) -> None:
    city = "moscow" if "Moscow" in sentence else "beijing"
    assert opened_by(sentence) == {entity("place", city)}


@pytest.mark.parametrize(
    "sentences",
    [  # a later sentence, or one about something else, tells of another occasion
        "The President welcomed Premier Testov warmly on his arrival today.\n\n"
        "The talks held in Geneva last year were recalled by both sides.",
        "The President recalled the talks of last year, held in Geneva in the spring.",
        "The talks held in Geneva from 5 to 8 May between the two delegations were concluded.",
    ],
)
def test_another_sentence_says_nothing_of_where_the_talks_were_held(sentences: str) -> None:
    assert opened_by(sentences) == set()


@pytest.mark.parametrize(
    "title",
    [  # diff review 22 C#2: a report or a telegram tells of talks it did not record
        "Telegram from Testo Testov to the Testing Office",
        "Information on the Testish-Testian Talks",
    ],
)
def test_only_a_record_of_speech_says_where_its_talks_were_held(title: str) -> None:
    graph = mapped_graph(
        f"**1963**\n**{title}**\n\n**Contents:**\n\nOriginal Scan\n\n"
        "The talks were held in Moscow between the two delegations. Both sides spoke.\n"
    )
    assert entity("place", "moscow") not in set(graph.objects(doc(), SCHEMA.locationCreated))
