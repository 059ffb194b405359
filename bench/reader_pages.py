"""CPU time of the reader pages (document, entity, a role's page) on a built release.

Usage::

    python bench/reader_pages.py RELEASE_DIR [--repeat 30]

Each page is asked for once (caches warm), then ``--repeat`` times in process through the
Flask test client; the CPU time per request (``time.process_time``: what the server spends,
not what the neighbours on a shared machine do) is printed as a Markdown table. The paths
are those of a release of ``generate.py`` (documents 900000...).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from linkeddata.web import create_app

PAGES = (
    "/doc/document/900000",
    "/doc/document/900123",
    "/doc/place/pyongyang",
    "/doc/place/pyongyang?role=mentioned&page=5",
    "/doc/place/moscow",
    "/doc/org/aprf",
    "/doc/concept/document-type/telegram",
    "/doc/software/linkeddata-0.1.0",
)
HTML = {"Accept": "text/html"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("release", type=Path)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    app = create_app(args.release)
    client = app.test_client()
    print("| page | status | CPU ms per request | bytes |\n|---|---:|---:|---:|")
    try:
        for path in PAGES:
            reply = client.get(path, headers=HTML)
            start = time.process_time()
            for _ in range(args.repeat):
                client.get(path, headers=HTML)
            ms = (time.process_time() - start) / args.repeat * 1000
            print(f"| `{path}` | {reply.status_code} | {ms:.1f} | {len(reply.data):,} |")
    finally:
        app.extensions["linkeddata.sparql"].close()


if __name__ == "__main__":
    main()
