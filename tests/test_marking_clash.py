"""A title's grade of secrecy beside a different grade in the body (review 23 diff A#9): the
body's marking is the document's own, so it alone is published, and the clash is reported."""

from __future__ import annotations

import pytest
from test_title_agents import AUTHORITY, IRIS, SHA

from linkeddata.mapping import Context, Mapped, map_record
from linkeddata.parser import parse_record
from linkeddata.vocab import ADO


def mapped(title: str, head: str) -> Mapped:
    text = (
        f"**1963**\n**{title}**\n\n**Contents:**\n\nOriginal Scan\n\n{head}\n\n"
        "The talks went on for an hour and nothing was agreed that day.\n"
    )
    rec = parse_record(text, "x/1.txt", default_id="1")
    return map_record(rec, Context(IRIS, AUTHORITY, {}), sha256=SHA)


def grades(result: Mapped) -> set[str]:
    return {str(o).rsplit("/", 1)[-1] for o in result.graph.objects(None, ADO.classification)}


def clashes(result: Mapped) -> list[str]:
    return [w.message for w in result.warnings if "disagrees with the body's" in w.message]


def test_a_titles_grade_the_body_does_not_give_is_dropped_and_reported() -> None:
    result = mapped("Report of the Testian Embassy, No. 37/1963/Top Secret", "Č. j. 0245/63-Tajné")
    assert grades(result) == {"secret"}
    assert len(clashes(result)) == 1


@pytest.mark.parametrize(
    ("title", "head", "expected"),
    [
        (
            "Report of the Testian Embassy, No. 37/1963/Top Secret",
            "No. 37/1963/Top Secret",
            {"top-secret"},
        ),
        ("Report of the Testian Embassy, Top Secret", "Testburg, 5 May 1963", {"top-secret"}),
        ("Report of the Testian Embassy", "No. 45/1963/Secret", {"secret"}),
    ],
)
def test_one_grade_or_the_same_grade_twice_is_published_without_a_warning(
    title: str, head: str, expected: set[str]
) -> None:
    result = mapped(title, head)
    assert grades(result) == expected
    assert clashes(result) == []
