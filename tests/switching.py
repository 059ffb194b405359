"""Helpers of the publishing tests: collections that differ by a marker in one title, so that
every answer tells which release it came from, and ``linkeddata build`` as a real process.

Collection ``n`` is the seed record, whose title says ``Zebra{n}``, and the search fixtures;
with ``synthetic`` also that many generated records (``bench/generate.py``), enough for a
build to have several chunks and stages worth interrupting.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from live import DOCUMENTS, ROOT, SEARCH_DOCUMENTS

SEED = "116702"
SEED_PATH = f"/doc/document/{SEED}"
TITLE = "Telegram from Pyongyang to Bucharest, No. 76.153,"
MARKER = re.compile(rb"Zebra(\d+)")
sys.path.insert(0, str(ROOT / "bench"))
from generate import generate  # noqa: E402  (bench/ is not a package)


def collection(folder: Path, marker: int, *, synthetic: int = 0) -> Path:
    """Collection ``marker`` in ``folder`` (created)."""
    folder.mkdir(parents=True)
    seed = (DOCUMENTS / f"{SEED}.txt").read_text(encoding="utf-8")
    assert TITLE in seed
    (folder / f"{SEED}.txt").write_text(seed.replace(TITLE, f"{TITLE} Zebra{marker},", 1))
    shutil.copy(DOCUMENTS / "authorities.ttl", folder)
    for record in SEARCH_DOCUMENTS.glob("*.txt"):
        shutil.copy(record, folder)
    if synthetic:
        generate(synthetic, folder / "synthetic", jobs=1)
    return folder


def markers(body: bytes) -> set[int]:
    """The collections an answer's body speaks of (one, unless releases were mixed)."""
    return {int(found) for found in MARKER.findall(body)}


def build_command(documents: Path, out: Path, *options: str) -> list[str]:
    return [sys.executable, "-m", "linkeddata", "build", str(documents), "--out", str(out),
            "--quiet", *options]  # fmt: skip


def build(documents: Path, out: Path, options: Sequence[str] = ()) -> str:
    """Run ``linkeddata build`` to its end (it must publish); the release id it published."""
    done = subprocess.run(
        build_command(documents, out, *options), cwd=ROOT, capture_output=True, timeout=600
    )
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-3000:]
    return released(out)


def released(out: Path) -> str:
    """The id of the current release of ``out``, from its manifest."""
    manifest = json.loads((out / "current" / "manifest.json").read_text(encoding="utf-8"))
    return str(manifest["release"])


def release_folders(out: Path) -> list[str]:
    """The releases in ``out/releases`` (not what builds are writing or removing)."""
    return sorted(p.name for p in (out / "releases").iterdir() if not p.name.startswith("."))


def leftovers(out: Path) -> list[str]:
    """What builds leave behind when they are killed."""
    hidden = [p.name for p in (out / "releases").iterdir() if p.name.startswith(".")]
    return sorted(hidden + [p.name for p in out.glob(".current-*")])
