"""A stub's warning names the stub as it is keyed, less the offices written before it, and
comes once per agent however often the record names it (review 19 A#14)."""

from __future__ import annotations

from pathlib import Path

from linkeddata.iris import Iris
from linkeddata.mapping import Context, map_record
from linkeddata.mapping.authority_file import load_authority
from linkeddata.parser import parse_record

IRIS = Iris("http://127.0.0.1:8080/")
AUTHORITY = load_authority(
    Path(__file__).resolve().parent.parent / "documents" / "authorities.ttl", IRIS
)
RECORD = """**July 14, 1965**
**Letter from Mexican Ambassador to Cuba Ivan Testovski to Foreign Minister Petr Testak**

**Citation:**

"Letter from Mexican Ambassador to Cuba Ivan Testovski to Foreign Minister Petr Testak," \
July 14, 1965, \
History and Public Policy Program Digital Archive, Hungarian National Archives (MNL OL), \
XIX-J-1-j, 4. doboz. Obtained and translated by Anna Testerova.
"""


def _stub_warnings() -> list[str]:
    record = parse_record(RECORD, "x/1.txt", default_id="1")
    mapped = map_record(record, Context(IRIS, AUTHORITY, {}), sha256="0" * 64)
    return [w.message for w in mapped.warnings if "not in the authority file" in w.message]


def test_a_stub_s_warning_names_the_stub() -> None:
    warnings = _stub_warnings()
    assert any(w.startswith("person 'Ivan Testovski' is not") for w in warnings)
    assert any(w.startswith("person 'Petr Testak' is not") for w in warnings)
    assert not any("Ambassador" in w or "Minister" in w for w in warnings)


def test_a_stub_is_reported_once() -> None:
    warnings = _stub_warnings()
    assert sum("'Anna Testerova'" in w for w in warnings) == 1
