"""Zero-downtime publishing: a server under a steady load of mixed requests moves through ten
new releases, built by ``linkeddata build`` while it serves, without failing one request, and
no answer mixes two releases.

Release ``n`` is built from collection ``n`` (:mod:`switching`), whose seed title says
``Zebra{n}``: the body of each answer says which release it came from, and its ETag, computed
by the server from the release id, must be that release's. The dumps are checked byte for
byte: the ETag of a dump is its sha256, which names the release, and the bytes of a Range
must be that release's bytes. Builds run with ``--keep 1``, so each build removes the
releases before it, also while requests on them may still be answered: a server process
holds what it answers from, and nothing it holds may be removed under it.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import pytest
from live import BASE, Reply, build_release, fetch, serve
from switching import SEED_PATH, build, collection, markers, release_folders, released

from linkeddata.formats import FORMATS
from linkeddata.release import switch
from linkeddata.web.http_cache import etag

pytestmark = [pytest.mark.live, pytest.mark.slow]

SWITCHES = 10
IRI = f"{BASE}id/document/116702"
QUERY = f"SELECT ?title WHERE {{ <{IRI}> <http://purl.org/dc/terms/title> ?title }}"
SLOW_QUERY = (  # some 700,000 rows counted: a query under way while releases switch
    f"SELECT ?title (COUNT(*) AS ?n) WHERE {{ <{IRI}> <http://purl.org/dc/terms/title> ?title ."
    " ?a ?b ?c . ?d a ?type } GROUP BY ?title"
)
SEARCH = "q=zebra*"
RANGE = (100, 611)  # bytes of the N-Quads dump asked for (within every release's dump)
TAIL_SECONDS = 3.0  # load kept on after the last switch
PAUSE = 0.02  # seconds between two requests of a thread: the builds need the cores too


def format_name(media_type: str) -> str:
    return next(f.name for f in FORMATS if f.media_type == media_type)


@dataclass(frozen=True)
class Kind:
    """One kind of request of the load: how it is sent, and the ETag that release ``id``
    gives its answer."""

    name: str
    path: str
    accept: str
    tag: Callable[[str], str]
    status: int = 200
    headers: tuple[tuple[str, str], ...] = ()


def described(media_type: str) -> Kind:
    name = format_name(media_type)
    return Kind(name, SEED_PATH, media_type, lambda release: etag(release, IRI, name))


SOLUTIONS = format_name("application/sparql-results+json")
KINDS = (
    described("text/turtle"),
    described("application/ld+json"),
    described("text/html"),
    Kind(
        "sparql",
        f"/sparql?query={quote(QUERY)}",
        "application/sparql-results+json",
        lambda release: etag(release, QUERY, json.dumps([[], [], SOLUTIONS])),
    ),
    Kind(
        "slow sparql",
        f"/sparql?query={quote(SLOW_QUERY)}",
        "application/sparql-results+json",
        lambda release: etag(release, SLOW_QUERY, json.dumps([[], [], SOLUTIONS])),
    ),
    Kind(
        "search",
        f"/search.json?{SEARCH}",
        "application/json",
        lambda release: etag(release, f"/search?{SEARCH}", format_name("application/json")),
    ),
    Kind(
        "dump",
        "/dumps/dataset.nq.gz",
        "*/*",
        lambda release: "",  # a dump's ETag is its sha256: checked against the dumps
        206,
        (("Range", f"bytes={RANGE[0]}-{RANGE[1]}"),),
    ),
)


@dataclass
class Answer:
    kind: Kind
    status: int | None
    tag: str | None
    markers: set[int] = field(default_factory=set)
    body: bytes = b""
    error: str | None = None


@dataclass
class Published:
    """What the test knows of every release once it is built: its id and N-Quads dump."""

    ids: dict[str, int] = field(default_factory=dict)  # release id -> marker
    dumps: dict[str, tuple[int, bytes]] = field(default_factory=dict)  # sha256 -> marker, bytes

    def record(self, out: Path, marker: int) -> None:
        self.ids[released(out)] = marker
        data = (out / "current" / "dumps" / "dataset.nq.gz").read_bytes()
        self.dumps[hashlib.sha256(data).hexdigest()] = (marker, data)


class Load:
    """One thread per kind of request, each sending its request again and again."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.answers: list[Answer] = []
        self._stop = threading.Event()
        self._threads = [threading.Thread(target=self._loop, args=(k,)) for k in KINDS]

    def __enter__(self) -> Load:
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(60)

    def seen(self, marker: int) -> bool:
        """Whether every kind has answered from release ``marker``."""
        kinds = {a.kind.name for a in self.answers[-200:] if marker in a.markers}
        return kinds >= {k.name for k in KINDS if k.name != "dump"}

    def _loop(self, kind: Kind) -> None:
        headers = {"Accept": kind.accept, **dict(kind.headers)}
        while not self._stop.is_set():
            try:
                reply = fetch(self.url + kind.path, headers=headers, timeout=60)
            except OSError as error:
                self.answers.append(Answer(kind, None, None, error=repr(error)))
                continue
            self.answers.append(_answer(kind, reply))
            time.sleep(PAUSE)


def _answer(kind: Kind, reply: Reply) -> Answer:
    return Answer(kind, reply.status, reply.header("ETag"), markers(reply.body), reply.body)


def test_ten_switches_under_load_fail_no_request_and_mix_no_release(tmp_path: Path) -> None:
    out = tmp_path / "out"
    known = Published()
    build_release(collection(tmp_path / "c0", 0), out)
    known.record(out, 0)
    server_options = ["--workers", "2", "--max-concurrent-queries", "4"]
    server_options += ["--client-query-seconds", "3600"]  # one client sends all the queries
    with serve(tmp_path / "c0", out, tmp_path, server_options) as server, Load(server.url) as load:
        for marker in range(1, SWITCHES + 1):
            documents = collection(tmp_path / f"c{marker}", marker)
            build(documents, out, ["--keep", "1", "--workers", "1"])
            known.record(out, marker)
        deadline = time.monotonic() + 60
        time.sleep(TAIL_SECONDS)
        while not load.seen(SWITCHES) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert load.seen(SWITCHES), "the server never answered from the last release"
        log = server.log.read_text(encoding="utf-8", errors="replace")
        idle = switch.prune(out, keep=1)  # the servers have let go of every older release
        serving = (out / "current").resolve()
        assert release_folders(out) == [serving.name], idle
        others = [f for f in open_files(server.process.pid) if not f.startswith(str(serving))]
        assert [f for f in others if "/releases/" in f] == [], "old releases closed"
    answers = load.answers
    failed = [a for a in answers if a.status != a.kind.status]
    assert not failed, f"{len(failed)} of {len(answers)} failed: " + "; ".join(
        f"{a.kind.name}: {a.status} {a.error or a.body[:200]!r}" for a in failed[:10]
    )
    mixed = [problem for a in answers if (problem := _mixed(a, known))]
    assert not mixed, f"{len(mixed)} of {len(answers)} mixed releases: {mixed[:10]}"
    seen = {m for a in answers for m in a.markers} | {
        known.dumps[a.tag.strip('"')][0] for a in answers if a.kind.name == "dump" and a.tag
    }
    assert seen == set(range(SWITCHES + 1)), "every release was served"
    assert "Traceback" not in log, log[-3000:]
    assert len(answers) > 20 * (SWITCHES + 1), "a load worth the name"
    counts = {k.name: sum(a.kind is k for a in answers) for k in KINDS}
    print(f"{len(answers)} answers across {SWITCHES} switches, none failed: {counts}")


def open_files(root: int) -> list[str]:
    """What the processes of the tree of ``root`` have open (the targets of their fds)."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:
            continue  # ended meanwhile
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        todo += children.get(pid, [])
        for fd in Path(f"/proc/{pid}/fd").glob("*"):
            try:
                found.append(os.readlink(fd))
            except OSError:
                continue
    return found


def _mixed(answer: Answer, known: Published) -> str | None:
    """What is wrong with an answer (None: it speaks of one release, and its ETag is that
    release's)."""
    name = answer.kind.name
    if name == "dump":
        sha = (answer.tag or "").strip('"')
        if sha not in known.dumps:
            return f"dump: ETag {answer.tag} is no release's dump"
        marker, data = known.dumps[sha]
        expected = data[RANGE[0] : RANGE[1] + 1]
        return None if answer.body == expected else f"dump: bytes not those of release {marker}"
    if len(answer.markers) != 1:
        return f"{name}: the body speaks of releases {sorted(answer.markers)}"
    (marker,) = answer.markers
    tagged = [m for release, m in known.ids.items() if answer.kind.tag(release) == answer.tag]
    if tagged != [marker]:
        return f"{name}: body of release {marker}, ETag {answer.tag} of release(s) {tagged}"
    return None
