"""Forms of a person's name: particles in lower case belong to it; religious and military
titles before it do not."""

from __future__ import annotations

import pytest
from test_title_agents import doc, entity, mapped_graph

from linkeddata.vocab import SCHEMA


@pytest.mark.parametrize(
    ("sender", "key"),
    [
        ("Testé Eduardo dos Testos", "teste-eduardo-dos-testos"),
        ("Testo do Nascitesto", "testo-do-nascitesto"),
        ("Jorge das Testes", "jorge-das-testes"),
        ("Ayatollah Testomeini", "testomeini"),
        ("Generalissimo Testiang", "testiang"),
    ],
)
def test_a_persons_key(sender: str, key: str) -> None:
    graph = mapped_graph(f"**1975**\n**Letter from {sender} to Testov**\n")
    assert list(graph.objects(doc(), SCHEMA.sender)) == [entity("person", key)]
