"""The synthetic collection generator of ``bench/``: deterministic, synthetic, varied."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

GENERATOR = Path(__file__).resolve().parent.parent / "bench" / "generate.py"
MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December)"


@pytest.fixture(scope="module")
def generate() -> ModuleType:
    """``bench/generate.py`` imported as a module (``bench`` is not a package)."""
    spec = importlib.util.spec_from_file_location("bench_generate", GENERATOR)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


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
