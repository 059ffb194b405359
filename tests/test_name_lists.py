"""A list of people joined by commas and a last "and": every item is a name by its own shape,
however its initials are spaced and however many words the last one has."""

from __future__ import annotations

import pytest
from test_title_agents import doc, entity, mapped_graph, names, title

from linkeddata.vocab import ADO


@pytest.mark.parametrize(
    ("text", "participants"),
    [
        (
            "Record of Conversation between A. N. Testov, A. A. Testin and N. M. Testaki",
            ["A. N. Testov", "A. A. Testin", "N. M. Testaki"],
        ),
        (
            "Record of Conversation between A. N. Testov, A. A. Testin, D. F. Testinov,"
            " B. N. Testarev and N. M. Testaki",
            ["A. N. Testov", "A. A. Testin", "D. F. Testinov", "B. N. Testarev", "N. M. Testaki"],
        ),
        (
            "Memorandum of Conversation between A. A. Testin, B. N. Testarev and Sh. M. Test",
            ["A. A. Testin", "B. N. Testarev", "Sh. M. Test"],
        ),
        (
            "Record of Conversation between A. N. Testov, A. A. Testin and Nur Muhammad Testaki",
            ["A. N. Testov", "A. A. Testin", "Nur Muhammad Testaki"],
        ),
        (
            "Record of Conversation between A.A. Testin, Yu.V. Testarov and N.M. Testaki",
            ["A.A. Testin", "Yu.V. Testarov", "N.M. Testaki"],
        ),
    ],
)
def test_every_name_of_a_list_with_spaced_initials_takes_part(
    text: str, participants: list[str]
) -> None:
    assert names(title(text).participants) == participants


def test_a_place_after_a_list_takes_no_part() -> None:
    graph = mapped_graph(
        "**1978**\n**Record of Conversation between A. N. Testov, A. A. Testin and the"
        " Ambassador of Ethiopia, Addis Ababa**\n"
    )
    assert set(graph.objects(doc(), ADO.participant)) == {
        entity("person", "a-n-testov"),
        entity("person", "a-a-testin"),
    }
