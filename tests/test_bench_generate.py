"""The synthetic collection generator of ``bench/``: deterministic, synthetic, varied."""

from __future__ import annotations

import re
from pathlib import Path
from types import ModuleType

import pytest
from synthetic import bench_generator

from linkeddata.build.builder import Build, find_records
from linkeddata.parser import read_record

ROOT = Path(__file__).resolve().parent.parent
AUTHORITIES = ROOT / "documents" / "authorities.ttl"
DOC_TYPES = (
    *("telegram", "ciphered-telegram", "cable", "letter", "message", "oral-message", "note"),
    *("note-verbale", "memorandum", "record-of-conversation", "report", "information"),
    *("excerpt", "minutes", "resolution", "decree", "directive", "instruction", "speech"),
    *("remarks", "statement", "interview", "diary", "article", "newsletter", "treaty"),
    *("communique", "transcript", "biography"),
)
MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December)"


@pytest.fixture(scope="module")
def generate() -> ModuleType:
    """``bench/generate.py`` imported as a module (``bench`` is not a package)."""
    return bench_generator()


def read_all(root: Path) -> dict[str, bytes]:
    """Every file under ``root``, by relative path."""
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def date_shape(text: str) -> str:
    """The shape of a record's first line: ``**M 9, 9**``, ``**undated [9]**``, or a title."""
    first = next(line for line in text.splitlines() if line.strip())
    shape = re.sub(r"\d+", "9", re.sub(MONTH, "M", first))
    return shape if len(shape) < 25 else "no date line"


def test_generates_deterministic_synthetic_records(generate: ModuleType, tmp_path: Path) -> None:
    authorities = tmp_path / "auth.ttl"
    authorities.write_text("# authorities\n", encoding="utf-8")
    generate.generate(50, tmp_path / "a", seed=7, authorities=authorities)
    generate.generate(50, tmp_path / "b", seed=7)
    generate.generate(50, tmp_path / "c", seed=8)
    a, b, c = (read_all(tmp_path / name) for name in "abc")

    assert a.pop("authorities.ttl") == b"# authorities\n"
    assert a == b
    assert a != c
    assert sorted(a) == [f"000/{900000 + i}.txt" for i in range(50)]
    texts = [data.decode("utf-8") for data in a.values()]
    assert all("Synthetic" in text for text in texts)
    assert len({date_shape(text) for text in texts}) >= 3


def test_records_are_folded_into_folders_of_a_thousand(
    generate: ModuleType, tmp_path: Path
) -> None:
    generate.generate(1001, tmp_path, seed=7, jobs=1)
    assert len(list((tmp_path / "000").iterdir())) == 1000
    assert [p.name for p in (tmp_path / "001").iterdir()] == ["901000.txt"]
    # A record depends on the seed and its index only, not on the size of the collection.
    assert (tmp_path / "000" / "900003.txt").read_text(encoding="utf-8") == (
        generate.render_record(7, 3)
    )


@pytest.fixture(scope="module")
def variations(generate: ModuleType, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A collection large enough to draw every title pattern and date form."""
    folder = tmp_path_factory.mktemp("variations")
    generate.generate(1000, folder, seed=11, jobs=1, authorities=AUTHORITIES)
    return folder


def test_the_variations_the_converter_reads_appear(variations: Path) -> None:
    records = [read_record(path, variations) for path in find_records(variations)]
    titles = [r.title for r in records if r.title is not None]
    types = {t.doc_type.value for t in titles if t.doc_type is not None}
    assert types >= set(DOC_TYPES)
    assert any(t.doc_type is None for t in titles)  # a headline: no type, a warning
    texts = [t.text.value for t in titles]
    for wording in ("Embassy in ", "Legation to ", "Kremlin Hall [Moscow]", "(via ", "Sejm, "):
        assert any(wording in text for text in texts), wording
    assert any(t.origins for t in titles)  # the place of a mission, or in brackets
    assert any(t.intermediaries for t in titles)
    assert any(t.senders and t.recipients for t in titles)
    assert {t.classification_text.value for t in titles if t.classification_text} >= {
        "TOP SECRET (Synthetic)",
        "top secret (Synthetic)",
        "Strictly Secret (Synthetic)",
    }
    numbers = "\n".join(texts)
    for form in (r"No\.\d{3}\.\d{3}\b", r"no\. \d+/\d{4}", r"No\. \d{6}", r"#\d+", r"No \d+,"):
        assert re.search(form, numbers), form
    dates = {r.date.text for r in records if r.date is not None}
    for form in (r"ca\. \d{4}", r"\d{4}-\d{4}", r"(Spring|Summer|Autumn|Fall|Winter) \d{4}"):
        assert any(re.fullmatch(form, d) for d in dates), form
    assert any(r.date.precision == "edtf" for r in records if r.date is not None)


def test_generated_documents_build_without_errors(generate: ModuleType, tmp_path: Path) -> None:
    generate.generate(300, tmp_path, seed=5, jobs=1, authorities=AUTHORITIES)
    reports, _converted, _timings = Build(tmp_path, None, workers=1).convert()
    documents = [r for r in reports if r.kind == "document"]
    assert len(documents) == 300
    assert {r.status for r in documents} == {"published"}
