"""``linkeddata build --executor dask://HOST:PORT`` on a real Dask cluster: a scheduler and two
workers started here as separate processes on 127.0.0.1, in the test's virtual environment.

The release must be the local build's, byte for byte (dumps, report, lists, search index,
census); an unreachable scheduler is a clear error within the connection timeout; a worker
killed mid-build has its chunks rerun by Dask, and a cluster left without workers fails the
build without publishing.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from live import DOCUMENTS, free_port, stop

from linkeddata.build.builder import Build
from linkeddata.errors import BuildError

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
DASK = Path(sys.executable).with_name("dask")  # the CLI of the same environment as linkeddata
SYNTHETIC = 300
START_SECONDS = 120.0  # the machine may be loaded: a Dask process takes seconds to start
BUILD_SECONDS = 600.0  # a build that takes longer is taken to hang
COMPARED = ("dumps", "report", "lists", "search.sqlite")


@dataclass
class Cluster:
    """A Dask scheduler and its workers, each its own process (workers without a nanny: one
    killed stays dead)."""

    address: str
    scheduler: subprocess.Popen[bytes]
    workers: list[subprocess.Popen[bytes]] = field(default_factory=list)
    logs: Path = Path()

    @property
    def url(self) -> str:
        return self.address.replace("tcp://", "dask://")

    def log(self, name: str) -> str:
        return (self.logs / f"{name}.log").read_text(encoding="utf-8", errors="replace")


def _start(args: list[str], log: Path, cwd: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:
        return subprocess.Popen([str(DASK), *args], stdout=out, stderr=subprocess.STDOUT, cwd=cwd)


@contextlib.contextmanager
def cluster(folder: Path, workers: int = 2) -> Iterator[Cluster]:
    """A scheduler on a free port of 127.0.0.1 and ``workers`` one-thread workers, started in
    ``folder`` (not the build's folder: the jobs must not depend on it), stopped after."""
    folder.mkdir(parents=True, exist_ok=True)
    address = f"tcp://127.0.0.1:{free_port()}"
    port = address.rpartition(":")[2]
    scheduler = _start(
        ["scheduler", "--host", "127.0.0.1", "--port", port, "--no-dashboard"],
        folder / "scheduler.log",
        folder,
    )
    running = Cluster(address, scheduler, logs=folder)
    try:
        for i in range(workers):
            running.workers.append(
                _start(
                    [
                        *("worker", address, "--nthreads", "1", "--no-nanny"),
                        *("--no-dashboard", "--host", "127.0.0.1"),
                    ],
                    folder / f"worker{i}.log",
                    folder,
                )
            )
        _wait_for_workers(running, workers)
        yield running
    finally:
        for process in [*running.workers, scheduler]:
            stop(process, timeout=30)


def _wait_for_workers(running: Cluster, n: int) -> None:
    from distributed import Client

    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if running.scheduler.poll() is not None:
            pytest.fail(f"the Dask scheduler ended: {running.log('scheduler')}")
        try:
            with Client(running.address, timeout=5, set_as_default=False) as client:
                client.wait_for_workers(n, timeout=max(deadline - time.monotonic(), 1))
                return
        except (OSError, TimeoutError):
            time.sleep(0.5)
    pytest.fail(f"the Dask cluster did not start: {running.log('scheduler')}")


def _generate(count: int, folder: Path) -> None:
    """``count`` synthetic records of ``bench/generate.py``, the seed and its authority file."""
    subprocess.run(
        [sys.executable, str(ROOT / "bench" / "generate.py"), str(count), str(folder)],
        check=True,
        capture_output=True,
        timeout=BUILD_SECONDS,
    )
    for name in ("116702.txt", "authorities.ttl"):
        shutil.copy(DOCUMENTS / name, folder)


def command(documents: Path, out: Path, *options: str) -> list[str]:
    """``linkeddata build`` of ``documents`` into ``out``, named relative to the folder of
    ``documents``, where it runs (the workers run elsewhere)."""
    out_name = os.path.relpath(out, documents.parent)
    build = ["build", documents.name, "--out", out_name]
    return [sys.executable, "-m", "linkeddata", *build, *options]


def build(documents: Path, out: Path, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command(documents, out, *options),
        capture_output=True,
        text=True,
        timeout=BUILD_SECONDS,
        cwd=documents.parent,
    )


@pytest.fixture(scope="module")
def collection(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("dask") / "documents"
    _generate(SYNTHETIC, folder)
    return folder


@pytest.fixture(scope="module")
def local(collection: Path) -> Path:
    """The release of the default executor, two local processes."""
    out = collection.parent / "local"
    done = build(collection, out, "--executor", "local:2")
    assert done.returncode == 0, done.stderr
    return out


def contents(path: Path) -> dict[str, bytes]:
    """The bytes of ``path``, or of every file below it by relative name."""
    if path.is_file():
        return {"": path.read_bytes()}
    return {p.relative_to(path).as_posix(): p.read_bytes() for p in path.rglob("*") if p.is_file()}


def assert_same_release(out: Path, expected: Path) -> None:
    """Byte-identical dumps, report, lists and search index; the same census and files."""
    for name in COMPARED:
        theirs = contents(expected / name)
        assert theirs, f"{expected / name} is empty"
        assert contents(out / name) == theirs, name
    ours_manifest, theirs_manifest = (
        json.loads((o / "manifest.json").read_text(encoding="utf-8")) for o in (out, expected)
    )
    for key in ("census", "files", "dumps", "documents", "defaultGraph", "converter"):
        assert ours_manifest[key] == theirs_manifest[key], key


def test_a_dask_cluster_builds_the_same_release(
    collection: Path, local: Path, tmp_path: Path
) -> None:
    with cluster(tmp_path / "cluster") as dask:
        done = build(collection, tmp_path / "out", "--executor", dask.url)
        assert done.returncode == 0, done.stderr
        handled = dask.log("worker0") + dask.log("worker1")
    assert_same_release(tmp_path / "out", local)
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["census"]["documents"] == SYNTHETIC + 1
    assert "Traceback" not in handled


def test_an_unreachable_scheduler_is_a_clear_error(collection: Path, tmp_path: Path) -> None:
    port = free_port()  # nothing listens there
    start = time.monotonic()
    done = build(collection, tmp_path / "out", "--executor", f"dask://127.0.0.1:{port}")
    assert done.returncode == 2, done.stderr
    error = done.stderr.strip().splitlines()[-1]
    assert error.startswith(f"error: cannot reach the Dask scheduler at tcp://127.0.0.1:{port}")
    assert "is `dask scheduler` running there?" in error
    assert time.monotonic() - start < 120  # the connection timeout (10 s) and the start-up
    assert not (tmp_path / "out" / "current").exists()


def test_a_bad_executor_is_refused(collection: Path, tmp_path: Path) -> None:
    done = build(collection, tmp_path / "out", "--executor", "dask://nowhere")
    assert done.returncode == 2
    assert "unknown executor 'dask://nowhere': local, local:N or dask://HOST:PORT" in done.stderr
    both = build(collection, tmp_path / "out", "--workers", "2", "--executor", "local:3")
    assert both.returncode == 2
    assert "--workers 2 and --executor local:3 disagree" in both.stderr
    assert not (tmp_path / "out").exists()


def test_a_worker_killed_mid_build_has_its_chunks_rerun(
    collection: Path, local: Path, tmp_path: Path
) -> None:
    """SIGKILL, once the first chunk is converted, to a worker that is converting another:
    Dask reruns the chunk on the other worker, and the release is still the local build's."""
    from linkeddata.build.dask_cluster import DaskExecutor

    with cluster(tmp_path / "cluster") as dask:
        killer = _KillBusyWorker(dask)
        job = Build(collection, tmp_path / "out", executor=DaskExecutor(dask.address))
        job.progress = killer
        result = job.run()
        scheduler = dask.log("scheduler")
    assert killer.killed, "no worker was converting a chunk"
    assert result.published
    assert f"Remove worker addr: {killer.killed[0]}" in scheduler
    assert_same_release(tmp_path / "out", local)


def test_a_cluster_left_without_workers_fails_the_build_and_publishes_nothing(
    collection: Path, tmp_path: Path
) -> None:
    """Both workers killed once the first chunk is converted: after ``no_worker_seconds``
    the build fails with a BuildError, and no release is published."""
    from linkeddata.build.dask_cluster import DaskExecutor

    out = tmp_path / "out"
    with cluster(tmp_path / "cluster") as dask:
        executor = DaskExecutor(dask.address, no_worker_seconds=3)
        job = Build(collection, out, executor=executor, progress=_KillOnConvert(dask))
        with pytest.raises(BuildError, match="no workers for 3 s"):
            job.run()
    assert not (out / "current").exists()
    assert [p.name for p in (out / "releases").iterdir()] == []


@dataclass
class _KillOnConvert:
    """A progress listener that kills every worker when the first chunk is converted."""

    dask: Cluster
    stage_name: str = ""

    def stage(self, name: str, total: int | None) -> None:
        self.stage_name = name

    def advance(self, n: int) -> None:
        if self.stage_name == "convert":
            for worker in self.dask.workers:
                if worker.poll() is None:
                    worker.send_signal(signal.SIGKILL)
                    worker.wait()


@dataclass
class _KillBusyWorker:
    """A progress listener that, when the first chunk is converted, kills a worker that the
    scheduler says is converting another."""

    dask: Cluster
    killed: list[str] = field(default_factory=list)
    stage_name: str = ""

    def stage(self, name: str, total: int | None) -> None:
        self.stage_name = name

    def advance(self, n: int) -> None:
        from distributed import Client

        if self.stage_name != "convert" or self.killed:
            return
        with Client(self.dask.address, timeout=30, set_as_default=False) as client:
            busy = sorted(worker for worker, keys in client.processing().items() if keys)
            pids = client.run(os.getpid)
        if not busy:
            return
        process = next(p for p in self.dask.workers if p.pid == pids[busy[0]])
        process.send_signal(signal.SIGKILL)
        process.wait()
        self.killed.append(busy[0])
