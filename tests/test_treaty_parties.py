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
        # one state of a divided country whose adjective the other shares: its government as
        # the title names the state, never a "Chinese Government" of both (review 23 C#2, B#6)
        ("Treaty between Hungary and the PRC", ["Government of Hungary", "Government of the PRC"]),
        (
            "Treaty between the USSR and the Republic of China",
            ["Government of USSR", "Government of the Republic of China"],
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


@pytest.mark.parametrize(
    ("text", "governments"),
    [
        (
            "Treaty of Testing between the People's Republic of China and the DPRK",
            ["north-korean-government", "prc-government"],
        ),
        (
            "Joint Statement between the United States and Japan",
            ["japanese-government", "us-government"],
        ),
        (
            "Agreement between the Republic of Korea and the Republic of China",
            ["roc-government", "rok-government"],
        ),
    ],
)
def test_both_parties_link_the_files_governments(text: str, governments: list[str]) -> None:
    """Each party is its government in the authority file: none dropped as a place, none a
    stub of a label the record never writes ("American Government"; review 23 D#3, D#29)."""
    graph = mapped_graph(f"**1978**\n**{text}**\n")
    creators = sorted(str(o).rsplit("/", 1)[1] for o in graph.objects(doc(), DCTERMS.creator))
    assert creators == governments
