"""A body's label that is the whole wording of a title's party, which the title reads as
another state's body, is not mentioned as the file's body (review 23 A#9): the party's
reading weighs the sender's state."""

from __future__ import annotations

import pytest
from rdflib import URIRef
from test_title_agents import doc, entity, mapped_graph

from linkeddata.vocab import SCHEMA

_US_NSC = entity("org", "nsc")


def _graph(title: str, summary: str = "") -> tuple[set[URIRef], set[URIRef]]:
    text = f"**March 1974**\n**{title}**\n" + (f"\n**Summary:**\n{summary}\n" if summary else "")
    graph = mapped_graph(text)
    mentions = {o for o in graph.objects(doc(), SCHEMA.mentions) if isinstance(o, URIRef)}
    recipients = {o for o in graph.objects(doc(), SCHEMA.recipient) if isinstance(o, URIRef)}
    return mentions, recipients


def test_a_bare_body_the_title_reads_as_another_state_s_is_not_the_file_s() -> None:
    mentions, recipients = _graph(
        "Memorandum from the Chilean Foreign Ministry to the National Security Council"
    )
    assert _US_NSC not in mentions | recipients


@pytest.mark.parametrize(
    ("title", "summary"),
    [  # the title reads it as the file's body, or the summary names the file's body
        ("Memorandum from the Department of State to the National Security Council", ""),
        (
            "Memorandum from the Chilean Foreign Ministry to the National Security Council",
            "It quotes a paper of the United States National Security Council.",
        ),
    ],
)
def test_the_file_s_body_stays_where_the_record_means_it(title: str, summary: str) -> None:
    mentions, recipients = _graph(title, summary)
    assert _US_NSC in mentions | recipients
