"""A place's name in its own language, a label of the authority file ("Warszawa"), is the
place in a text only after a word of place ("in Warszawa"): alone it names a ship or a hotel
as often ("the Cruiser Moskva", "the Hotel Warszawa"; diff review 22 D#8). Its English name
is the place wherever it stands."""

from __future__ import annotations

import pytest
from rdflib import Graph

from linkeddata.iris import Iris
from linkeddata.mapping.authority import Authority

IRIS = Iris("http://127.0.0.1:8080/")
_FILE = """
@prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .

<place/testburg> a schema:Place ;
    skos:prefLabel "Testburg"@en, "Testowa"@pl ;
    skos:altLabel "Testva"@ru-Latn .

<place/testotá> a schema:Place ;
    skos:prefLabel "Testotá"@en .
"""
AUTHORITY = Authority.from_graph(Graph().parse(data=_FILE, format="turtle", publicID=IRIS.id_base))


def _places(text: str, running: bool = True) -> list[str]:
    found, _ = AUTHORITY.scan(text, year=1966, running=running)
    return [entity.label for entity in found]


@pytest.mark.parametrize(
    "text",
    [
        "The delegation arrived in Testowa on Monday.",
        "The ambassador returned to Testva after the talks.",
        "A cable from Testowa reported the talks.",
        "The talks at Testburg went on.",
        "The Testburg talks went on.",  # the English name, anywhere
        "Minutes of the meeting\nTestowa, 13.12.1981 r.\nThe meeting opened.",  # a dateline
    ],
)
def test_a_places_name_after_a_word_of_place_or_in_english_is_the_place(text: str) -> None:
    assert _places(text) == ["Testburg"]


def test_an_english_name_with_its_diacritics_is_the_place_anywhere() -> None:
    assert _places("Testotá agreed to the talks.") == ["Testotá"]


@pytest.mark.parametrize(
    ("text", "running"),
    [
        ("The Cruiser Testva left port in the morning.", True),
        ("The delegation stayed at the Hotel Testowa.", True),
        ("The newspaper Testva printed the speech in full.", True),
        ("Testowa, the cruiser, left port.", True),  # a line's first word, but no dateline's
        ("Report on the Cruiser Testva and the Hotel Testowa", False),
    ],
)
def test_an_own_language_name_with_no_word_of_place_is_no_place(text: str, running: bool) -> None:
    assert _places(text, running) == []
