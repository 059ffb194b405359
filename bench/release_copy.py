"""A release copied by hard links, its search index copied for real: what the index
benchmarks upgrade in place, never writing into the release they were given."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from linkeddata.release.layout import Release


def index_copy(old: Path, new: Path) -> tuple[Path, Path]:
    """Hard-link the release folder ``old`` into ``new`` (replaced if it exists); return its
    search index and a real copy of it beside it (``.new``) to write into, then rename over."""
    if new.exists():
        shutil.rmtree(new)
    subprocess.run(["cp", "-al", str(old), str(new)], check=True)
    index = Release((new / "current").resolve()).search
    copy = index.with_suffix(".new")
    shutil.copyfile(index, copy)  # never write into the hard-linked file
    return index, copy
