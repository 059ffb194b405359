"""The package's shape: layers that import only downwards, no import cycles, every module
importable on its own."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "linkeddata"

LAYERS: tuple[tuple[str, ...], ...] = (
    (
        "errors",
        "iris",
        "vocab",
        "rdf_terms",
        "ntriples",
        "formats",
        "prefixes",
        "record",
        "ontology",
        "settings",
    ),
    ("parser", "mapping", "shacl"),
    ("release", "store", "search"),
    ("build", "sparql"),
    ("web",),
    ("cli", "console", "__main__"),
)
"""Each top-level module or package of ``linkeddata`` in its layer, lowest first: a module may
import from its own layer's other parts and from lower layers, never from a higher one."""


def modules() -> dict[str, Path]:
    """Every module of the package by dotted name (packages by their ``__init__``)."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


MODULES = modules()


def imported(name: str, path: Path) -> set[str]:
    """The package modules that ``name`` imports, anywhere in it (lazy and TYPE_CHECKING
    imports included: a cycle hidden in a function is still a cycle between concerns)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("linkeddata")}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join([*base, *([node.module] if node.module else [])])
            elif (node.module or "").startswith("linkeddata"):
                target = str(node.module)
            else:
                continue
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                found.add(sub if sub in MODULES else target)
    return {m for m in found if m in MODULES and m != name}


GRAPH = {name: imported(name, path) for name, path in MODULES.items()}


def layer(module: str) -> int:
    top = module.split(".")[1] if "." in module else "__init__"
    if top == "__init__":
        return -1  # the package itself: its version, imported by any layer
    return next(i for i, tops in enumerate(LAYERS) if top in tops)


def test_every_top_level_part_has_a_layer() -> None:
    tops = {m.split(".")[1] for m in MODULES if "." in m}
    placed = {t for tops_ in LAYERS for t in tops_}
    assert tops <= placed, f"place these in LAYERS: {sorted(tops - placed)}"


def test_layers_import_only_downwards() -> None:
    upward = [
        f"{module} -> {target}"
        for module, targets in GRAPH.items()
        for target in targets
        if layer(target) > layer(module)
    ]
    assert upward == []


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan's algorithm).

    >>> cycles({"a": {"b"}, "b": {"a"}, "c": {"a"}})
    [['a', 'b']]
    """
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_cycles() -> None:
    assert cycles(GRAPH) == []


def test_the_cycle_check_finds_a_cycle_hidden_under_type_checking() -> None:
    graph = {**GRAPH, "linkeddata.build.report": {*GRAPH["linkeddata.build.report"]}}
    graph["linkeddata.build.report"].add("linkeddata.build.builder")  # what report once did
    assert any(
        {"linkeddata.build.builder", "linkeddata.build.report"} <= set(c) for c in cycles(graph)
    )


@pytest.mark.slow
def test_every_module_imports_on_its_own() -> None:
    """Each module imported first, in a fresh interpreter's view of the package: an import
    that works only after another module was loaded fails here."""
    script = (
        "import importlib, sys\n"
        f"for name in {sorted(set(MODULES) - {'linkeddata.__main__'})!r}:\n"
        "    for loaded in [m for m in sys.modules if m.split('.')[0] == 'linkeddata']:\n"
        "        del sys.modules[loaded]\n"
        "    importlib.import_module(name)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
