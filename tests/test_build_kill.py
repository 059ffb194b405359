"""A build killed with SIGKILL at any moment leaves the served release whole and served, and the
next build succeeds and clears what the killed ones left.

The builds are real ``linkeddata build`` processes. Each of the first kind kills itself
(``os.kill(getpid(), SIGKILL)``) from a Python audit hook the moment it reaches a given step:
reading the second chunk to convert (the first one loading meanwhile), the end of conversion
(loads still running), the report (the store being finished and the search index written
beside it), a dump renamed into place, the listings, the manifest, the rename of the staged
release, the swap of the ``current`` link, and the middle of removing an old release. The
production code has no hook of any kind: the audit hook is installed by the command that
starts the build (:data:`KILLER`). Then builds with two workers are killed from outside at
random moments. A live server answers from the output folder all along.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from live import ROOT, build_release, fetch, serve
from switching import (
    SEED_PATH,
    build,
    build_command,
    collection,
    leftovers,
    markers,
    release_folders,
    released,
)

pytestmark = [pytest.mark.live, pytest.mark.slow]

KILLER = """
import os, signal, sys
STEP, MAIN = os.environ["KILL_AT"], os.getpid()
count = 0

def matches(event, args):
    path = str(args[0]) if args else ""
    target = str(args[1]) if len(args) > 1 else ""
    writing = event == "open" and isinstance(args[1], str) and "w" in args[1]
    reading = event == "open" and isinstance(args[1], str) and "r" in args[1]
    return {
        "convert": reading and path.endswith("/.spool/000001.pickle"),
        "converted": event == "shutil.rmtree" and path.endswith("/.spool"),
        "report": writing and path.endswith("/report/validation.txt"),
        "dumps": event == "os.rename" and path.endswith(".dataset.nt.gz.partial"),
        "lists": writing and path.endswith("/lists/places.json"),
        "manifest": writing and path.endswith("/.manifest.json.partial"),
        "publish": event == "os.rename" and "/.staging-" in path and ".staging-" not in target,
        "switch": event == "os.rename" and "/.current-" in path,
        "prune": event == "os.remove" and removing,
    }[STEP]

removing = False

def hook(event, args):
    global count, removing
    if os.getpid() != MAIN:
        return
    if event == "shutil.rmtree" and "/.pruning-" in str(args[0]):
        removing = True
    if matches(event, args):
        count += 1
        if count >= (3 if STEP == "prune" else 1):
            os.kill(MAIN, signal.SIGKILL)

sys.addaudithook(hook)
from linkeddata.cli import main
main(sys.argv[1:], prog_name="linkeddata")
"""
STEPS = ("convert", "converted", "report", "dumps", "lists", "manifest", "publish", "switch")
SYNTHETIC = 120  # two chunks of records to convert


def killed_at(step: str, documents: Path, out: Path, *options: str) -> None:
    """A full build of ``documents`` that kills itself at ``step`` (an incremental one would
    convert one document, and read no second chunk to be killed at; the random kills below
    are incremental builds)."""
    build_options = build_command(documents, out, "--workers", "1", "--full", *options)[3:]
    command = [sys.executable, "-c", KILLER, *build_options]
    done = subprocess.run(
        command, cwd=ROOT, env={**os.environ, "KILL_AT": step}, capture_output=True, timeout=600
    )
    assert done.returncode == -signal.SIGKILL, (step, done.stderr.decode()[-2000:])


def killed_after(seconds: float, documents: Path, out: Path) -> None:
    """A build with two workers, killed from outside after ``seconds``; its workers too
    once it is dead (they would end on their own once their task is done)."""
    build_process = subprocess.Popen(
        build_command(documents, out, "--workers", "2"),
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        build_process.wait(seconds)
    except subprocess.TimeoutExpired:
        build_process.kill()
    build_process.wait()
    with contextlib.suppress(ProcessLookupError):
        os.killpg(build_process.pid, signal.SIGKILL)


def serves(url: str, marker: int) -> None:
    """The server answers from release ``marker``: a description and a dump."""
    answer = fetch(url + SEED_PATH, headers={"Accept": "text/turtle"})
    assert (answer.status, markers(answer.body)) == (200, {marker})
    dump = fetch(url + "/dumps/dataset.nq.gz", headers={"Range": "bytes=0-9"})
    assert dump.status == 206


def test_a_killed_build_leaves_the_served_release_whole(tmp_path: Path) -> None:
    out = tmp_path / "out"
    build_release(collection(tmp_path / "c0", 0, synthetic=SYNTHETIC), out)
    first = released(out)
    with serve(tmp_path / "c0", out, tmp_path) as server:
        serves(server.url, 0)
        for number, step in enumerate(STEPS, start=1):
            killed_at(step, collection(tmp_path / f"c{number}", number, synthetic=SYNTHETIC), out)
            assert released(out) == first, f"killed at {step}, the release was switched"
            serves(server.url, 0)
        assert leftovers(out), "the killed builds left their work behind"
        # killed at "switch": a complete release in releases/, never switched in
        assert len(release_folders(out)) == 2
        marker = len(STEPS) + 1
        killed_at("prune", collection(tmp_path / f"c{marker}", marker), out, "--keep", "1")
        assert released(out) != first, "killed while removing, after the switch"
        serves(server.url, marker)
        seed = random.randrange(1 << 32)
        chance = random.Random(seed)
        for number in range(marker + 1, marker + 4):
            documents = collection(tmp_path / f"c{number}", number, synthetic=SYNTHETIC)
            before = released(out)
            killed_after(chance.uniform(0.5, 12.0), documents, out)
            marker = marker if released(out) == before else number
            serves(server.url, marker)  # (random seed {seed} if not)
        last = marker + 10
        build(collection(tmp_path / "last", last), out, ["--keep", "2"])
        serves(server.url, last)
    assert leftovers(out) == []
    assert released(out) in release_folders(out)
    assert len(release_folders(out)) <= 3, "two kept, and one the server held"
