"""``bench/generate.py``, the synthetic collection's generator, as the tests import it."""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

GENERATOR = Path(__file__).resolve().parent.parent / "bench" / "generate.py"


@cache
def bench_generator() -> ModuleType:
    """The generator imported as a module (``bench`` is not a package), registered under its
    name so that its worker processes find their function."""
    spec = importlib.util.spec_from_file_location("bench_generate", GENERATOR)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
