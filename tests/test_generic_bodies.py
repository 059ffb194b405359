"""A body named by its kind of unit alone, with no country or parent ("Standing Committee",
"Foreign Office", "Board of Governors"), is never a stub under the bare name: it is
qualified by the title's other agents, else not linked and reported (review 19 A#5, C#9)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import URIRef

from linkeddata.iris import Iris
from linkeddata.mapping import Context, map_record
from linkeddata.mapping.authority_file import load_authority
from linkeddata.mapping.vague_names import vagueness
from linkeddata.parser import parse_record
from linkeddata.parser.bodies import said_beside
from linkeddata.vocab import ADO, RICO, SCHEMA

IRIS = Iris("http://127.0.0.1:8080/")
AUTHORITY = load_authority(
    Path(__file__).resolve().parent.parent / "documents" / "authorities.ttl", IRIS
)


def _mapped(title: str) -> tuple[set[str], list[str], list[str]]:
    """The agents a record of ``title`` links, its stubs' names and its warnings."""
    record = parse_record(f"**June 1, 1976**\n**{title}**\n", "x/1.txt", default_id="1")
    mapped = map_record(record, Context(IRIS, AUTHORITY, {}), sha256="0" * 64)
    doc = URIRef(IRIS.document("1"))
    props = (RICO.hasAddressee, SCHEMA.sender, ADO.participant)
    linked = {str(o).split("/id/", 1)[1] for p in props for o in mapped.graph.objects(doc, p)}
    linked |= {
        str(o).split("/id/", 1)[1]
        for o in mapped.graph.objects(doc, URIRef("http://purl.org/dc/terms/creator"))
    }
    return linked, [stub.name for stub in mapped.stubs], [w.message for w in mapped.warnings]


@pytest.mark.parametrize(
    "name",
    [
        "Standing Committee",
        "the Standing Committee",
        "Foreign Office",
        "the Foreign Office",
        "Board of Governors",
        "the Ministry",
        "Politburo",
        "the Secretariat",
    ],
)
def test_a_unit_with_no_country_or_parent_is_vague(name: str) -> None:
    assert vagueness(name, "org") is not None


@pytest.mark.parametrize(
    "name",
    [
        "Standing Committee of the Communist Party of Testland",
        "Foreign Office of the FRG",
        "Quai d'Orsay",
        "Testburg Board of Governors",
        "Foreign and Commonwealth Office",
    ],
)
def test_a_unit_with_its_parent_or_a_one_state_name_is_not(name: str) -> None:
    assert vagueness(name, "org") is None


@pytest.mark.parametrize(
    ("title", "bare"),
    [
        ("Minutes of the Standing Committee Meeting, 3 May 1977", "Standing Committee"),
        ("Minutes of the Meeting of the Standing Committee, 2 April 1977", "Standing Committee"),
        ("Telegram from Sir Ivan Testov to the Foreign Office, No. 12", "Foreign Office"),
    ],
)
def test_a_bare_unit_in_a_title_is_no_stub_and_is_reported(title: str, bare: str) -> None:
    linked, stubs, warnings = _mapped(title)
    assert bare not in stubs
    assert not any(key.endswith(("standing-committee", "/foreign-office")) for key in linked)
    assert any(f"{bare!r} names a body but not whose" in w for w in warnings)


def test_a_unit_with_its_parent_is_stubbed_whole() -> None:
    _, stubs, _ = _mapped(
        "Minutes of the Meeting of the Standing Committee of the Communist Party of Testland"
    )
    assert "Standing Committee of the Communist Party of Testland" in stubs


def test_the_foreign_office_is_british_only_by_another_agent_of_the_title() -> None:
    linked, _, _ = _mapped("Telegram from the British Ambassador Testov to the Foreign Office")
    assert "org/british-foreign-office" in linked or "org/fco" in linked


def test_a_body_s_own_name_is_no_other_agent_s_nationality() -> None:
    text = "Telegram from Sir Ivan Testov to the Foreign Office"
    assert said_beside({"British"}, "the Foreign Office", text) == set()
    beside = "Telegram from the British Ambassador to the Foreign Office"
    assert said_beside({"British"}, "the Foreign Office", beside) == {"British"}
