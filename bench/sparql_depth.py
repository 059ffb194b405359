"""Where do the query engines give up on deep or long queries? The measurements behind the
guard's bounds (linkeddata/sparql/bounds.py).

Usage::

    python bench/sparql_depth.py [--engine oxigraph|rdflib] [--stack MIB] [--only KIND,...]

For each construct (a pattern or an expression repeated n times), runs the query in a fresh
child process, on its main thread (the usual 8 MiB stack) or, with ``--stack``, on a thread
with that much stack as the endpoint's query processes do, and finds by bisection the first n
at which the engine crashes (a signal) or, for rdflib, raises RecursionError. Queries stay
within the endpoint's 100,000-byte cap: a construct that never fails below it says so. A
child that runs longer than 60 s counts as no failure (the endpoint's deadline stops those).
Stdlib and the project's engines only; prints a Markdown table.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Callable

MAX_BYTES = 100_000
P = "<http://e.example/p>"
S = "SELECT * WHERE {{ {} }}"

CONSTRUCTS: dict[str, Callable[[int], str]] = {
    "FILTER EXISTS { nested": lambda n: S.format("FILTER EXISTS {" * n + "}" * n),
    "function calls nested": lambda n: S.format("BIND(" + "STR(" * n + "1" + ")" * n + " AS ?x)"),
    "{ } nested": lambda n: "SELECT * WHERE " + "{" * n + "}" * n,
    "subqueries nested": lambda n: "SELECT * " + "{ SELECT * WHERE " * n + "{}" + "}" * n,
    "OPTIONAL { } nested": lambda n: S.format("OPTIONAL {" * n + "}" * n),
    "MINUS in a row": lambda n: S.format("?s ?p ?o" + " MINUS { ?s ?p ?o }" * n),
    "BIND in a row": lambda n: S.format("".join(f" BIND(1 AS ?v{i})" for i in range(n))),
    "(1 AS ?v) projected": lambda n: (
        "SELECT " + " ".join(f"(1 AS ?v{i})" for i in range(n)) + " {}"
    ),
    "blank node lists nested": lambda n: S.format(f"?s {P} " + f"[ {P} " * n + "1" + " ]" * n),
    "collections nested": lambda n: S.format(f"?s {P} " + "( " * n + "1" + " )" * n),
    "parentheses in an expression": lambda n: S.format(
        "BIND(" + "(" * n + "1" + ")" * n + " AS ?x)"
    ),
    "UNION in a row": lambda n: S.format("{}" + " UNION {}" * n),
    "1+1+...": lambda n: S.format("BIND(1" + "+1" * n + " AS ?x)"),
    "1*1*...": lambda n: S.format("BIND(1" + "*1" * n + " AS ?x)"),
    "objects of one subject": lambda n: S.format(f"?s {P} " + ",".join(["?o"] * n)),
    "!!!...true": lambda n: "ASK { FILTER(" + "!" * n + "true) }",
    "&& chain": lambda n: "ASK { FILTER(true" + "&&true" * n + ") }",
    "|| chain": lambda n: "ASK { FILTER(false" + "||true" * n + ") }",
    "path groups nested": lambda n: S.format("?s " + "(" * n + P + ")" * n + " ?o"),
    "path sequence": lambda n: S.format(f"?s {P}" + f"/{P}" * n + " ?o"),
}

CHILD = r"""
import sys, threading
engine, stack, text = sys.argv[1], int(sys.argv[2]), sys.stdin.read()

def run():
    if engine == "oxigraph":
        import pyoxigraph as ox
        store = ox.Store()
        iri = ox.NamedNode("http://e.example/p")
        store.add(ox.Quad(iri, iri, ox.Literal(1)))
        result = store.query(text)
        if not isinstance(result, ox.QueryBoolean):
            list(result)
    else:
        from rdflib import Dataset, Literal, URIRef
        dataset = Dataset(default_union=True)
        iri = URIRef("http://e.example/p")
        dataset.add((iri, iri, Literal(1)))
        list(dataset.query(text))

def guarded():
    try:
        run()
    except RecursionError:
        sys.exit(3)
    except Exception:
        pass  # the engine refused or failed cleanly: no crash

if stack:
    threading.stack_size(stack << 20)
    worker = threading.Thread(target=guarded)
    worker.start()
    worker.join()
else:
    guarded()
"""


def fails(engine: str, stack: int, text: str) -> bool:
    """Whether the engine crashes (or recurses too deep) on ``text``, in a child process."""
    try:
        child = subprocess.run(
            [sys.executable, "-c", CHILD, engine, str(stack)],
            input=text,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return False
    return child.returncode != 0


def first_failure(engine: str, stack: int, build: Callable[[int], str]) -> int | None:
    """The smallest n (within 2 %) at which the construct fails; None if none fits the cap."""
    low, high = 1, 2
    while not fails(engine, stack, build(high)):
        low, high = high, high * 2
        if len(build(high).encode()) > MAX_BYTES:
            while len(build(high).encode()) > MAX_BYTES:
                high -= max(1, high // 100)
            if not fails(engine, stack, build(high)):
                return None
            break
    while high - low > max(1, low // 50):
        middle = (low + high) // 2
        low, high = (low, middle) if fails(engine, stack, build(middle)) else (middle, high)
    return high


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--engine", choices=["oxigraph", "rdflib"], default="oxigraph")
    parser.add_argument("--stack", type=int, default=0, help="MiB of stack (0: main thread)")
    parser.add_argument("--only", help="comma-separated construct names")
    args = parser.parse_args()
    names = args.only.split(",") if args.only else list(CONSTRUCTS)
    print(f"| construct ({args.engine}, stack {args.stack or 'main'}) | first failing n |")
    print("|---|---|")
    for name in names:
        found = first_failure(args.engine, args.stack, CONSTRUCTS[name])
        shown = f"{found:,}" if found is not None else f"none within {MAX_BYTES:,} bytes"
        print(f"| {name} | {shown} |", flush=True)


if __name__ == "__main__":
    main()
