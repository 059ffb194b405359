"""States a treaty, a communiqué or a joint statement is between are its parties, through
their governments (review 22 B#14); an exchange of letters and a subject's "between" name no
state as an author."""

from __future__ import annotations

import pytest
from test_title_agents import doc, mapped_graph, names, title

from linkeddata.vocab import DCTERMS


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (
            "Treaty between the Polish People's Republic and the Federal Republic of Germany",
            ["Government of Polish People's Republic", "Government of Federal Republic of Germany"],
        ),
        ("Basic Treaty between the FRG and the GDR", ["Government of FRG", "Government of GDR"]),
        (
            "Agreement between the Testing Committee and Hungary on Testing",
            ["Testing Committee", "Government of Hungary"],
        ),
    ],
)
def test_states_a_treaty_is_between_are_its_parties(text: str, authors: list[str]) -> None:
    assert names(title(text).authors) == authors


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        (
            "Statement by the Testish Government on Relations between Poland and Hungary",
            ["Testish Government"],
        ),
        ("Correspondence between Poland and Hungary", ["Poland", "Hungary"]),
        # a divided country's bare name names neither state's government
        ("Treaty between Poland and China", ["Government of Poland", "China"]),
        ("Treaty between Hungary and Germany", ["Government of Hungary", "Germany"]),
        # nor a state that shares its adjective: no "Chinese Government" of the PRC and the ROC
        ("Treaty between Hungary and the PRC", ["Government of Hungary", "PRC"]),
        ("Treaty between Hungary and the DPRK", ["Government of Hungary", "Government of DPRK"]),
    ],
)
def test_no_state_is_made_an_author_elsewhere(text: str, authors: list[str]) -> None:
    assert names(title(text).authors) == authors


def test_a_treatys_states_link_their_governments() -> None:
    graph = mapped_graph("**1970**\n**Treaty between Poland and Hungary on Testing**\n")
    assert sorted(str(o).rsplit("/", 1)[1] for o in graph.objects(doc(), DCTERMS.creator)) == [
        "hungarian-government",
        "polish-government",
    ]
