"""What a release switch costs a server: the first request after a switch (which opens the new
release: manifest, store, search index, and takes its lock) against the requests after it,
and the removal of an old release by the build.

Usage::

    python bench/switch_bench.py --docs 2000 [--workdir bench/out] [--switches 10] [--requests 200]

1. Uses the collection ``WORKDIR/docs-N-seed42`` and its release ``WORKDIR/release-N``, made
   like ``http_bench.py`` does when missing or stale.
2. Copies that release ``--switches`` times into a fresh output folder, as a build publishes
   (:func:`linkeddata.release.switch.publish`, ``keep=2``), and after each switch times, in
   this process (Flask's test client, no network), the first description of a document
   (Turtle) and then ``--requests`` more, each of another document.
3. Prints p50/p95 of the first requests and of the others, and the time each publication
   took (rename, link swap, removal of the release two switches back).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import http_bench

from linkeddata.release import switch
from linkeddata.web import create_app


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--workdir", type=Path, default=Path("bench/out"))
    parser.add_argument("--switches", type=int, default=10)
    parser.add_argument("--requests", type=int, default=200)
    args = parser.parse_args(argv)
    args.workdir.mkdir(parents=True, exist_ok=True)
    docs, _ = http_bench.collection(args.workdir, args.docs, 42)
    source = args.workdir / f"release-{args.docs}"
    print(http_bench.ensure_release(docs, source), file=sys.stderr)
    original = switch.current(source)
    assert original is not None
    listed = json.loads(original.listing("documents").read_text(encoding="utf-8"))
    keys = [key for key, _iri, _label in listed][: args.requests]
    first, others, publishing = [], [], []
    with tempfile.TemporaryDirectory(prefix="switch-bench-") as folder:
        out = Path(folder) / "out"
        app = create_app(out, config={"SPARQL_SANDBOX": False})
        client = app.test_client()
        for n in range(args.switches):
            staged = switch.staging(out)
            shutil.copytree(original.folder, staged.folder, dirs_exist_ok=True)
            staged.write_manifest(replace(staged.read_manifest(), release=f"r{n}"))
            start = time.perf_counter()
            switch.publish(out, staged, f"r{n}", keep=2)
            publishing.append(time.perf_counter() - start)
            for i, key in enumerate(keys):
                start = time.perf_counter()
                with client.get(f"/doc/document/{key}", headers={"Accept": "text/turtle"}) as r:
                    assert r.status_code == 200, (key, r.status_code)
                (others if i else first).append(time.perf_counter() - start)
        app.extensions["linkeddata.sparql"].close()
    print(f"| {args.docs} documents, {args.switches} switches | p50 ms | p95 ms |")
    print("|---|---:|---:|")
    for name, times in (("first request after a switch", first), ("other requests", others),
                        ("publish (rename, swap, removal)", publishing)):  # fmt: skip
        ms = sorted(t * 1000 for t in times)
        p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
        print(f"| {name} | {statistics.median(ms):.1f} | {p95:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
