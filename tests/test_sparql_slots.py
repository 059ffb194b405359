"""Fair query slots (linkeddata.sparql.slots): per-client budgets and shares that hold across
processes, and the freed slot going to the client that used the least.

The slots are tested on their own, with no query: holding a slot stands for running a query.
The cross-process tests hold slots in a child process (``python -c``) sharing the folder.
"""

from __future__ import annotations

import contextlib
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from linkeddata.errors import QueryBusy
from linkeddata.sparql.slots import Slots

HOLDER = """
import sys, time
from pathlib import Path
from linkeddata.sparql.slots import Slots
folder, client, seconds = Path(sys.argv[1]), sys.argv[2], float(sys.argv[3])
with Slots(folder, int(sys.argv[4]), budget=(float(sys.argv[5]), 60), deadline=5).hold(client):
    print("holding", flush=True)
    time.sleep(seconds)
"""


def slots(folder: Path, count: int = 2, budget: float = 30, deadline: float = 2) -> Slots:
    return Slots(folder, count, budget=(budget, 60), deadline=deadline)


@contextlib.contextmanager
def held_elsewhere(
    folder: Path, client: str, seconds: float, count: int = 2, budget: float = 30
) -> Iterator[subprocess.Popen[str]]:
    """A slot held by ``client`` in another process, for ``seconds``."""
    args = [str(folder), client, str(seconds), str(count), str(budget)]
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, *args], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    with child.stdout:
        try:
            assert child.stdout.readline() == "holding\n"
            yield child
        finally:
            child.kill()
            child.wait()


def busy(slot_keeper: Slots, client: str | None) -> QueryBusy:
    with pytest.raises(QueryBusy) as caught, slot_keeper.hold(client):
        pass
    assert caught.value.code == 429
    assert caught.value.retry_after is not None
    assert caught.value.retry_after >= 1
    return caught.value


def test_a_client_over_its_budget_gets_429_until_it_is_back(tmp_path: Path) -> None:
    keeper = slots(tmp_path, budget=0.2)
    with keeper.hold("192.0.2.1") as held:
        time.sleep(0.5)  # its engine starting: not charged
        held.start()
        time.sleep(0.3)
    error = busy(keeper, "192.0.2.1")
    assert "took 0.3 s in the last 60 s; each address may use 0.2 s per 60 s" in error.description
    assert 58 <= (error.retry_after or 0) <= 60
    with keeper.hold("192.0.2.2") as held:  # another address has its own budget
        assert held.index == 0


def test_a_client_holds_at_most_half_the_slots(tmp_path: Path) -> None:
    keeper = slots(tmp_path, count=4, deadline=10)
    with keeper.hold("192.0.2.1"), keeper.hold("192.0.2.1"):
        error = busy(keeper, "192.0.2.1")
        assert "already runs 2 queries; each address may run 2 at a time" in error.description
        assert 9 <= (error.retry_after or 0) <= 10  # when its oldest query ends at the latest
        with keeper.hold("192.0.2.2"), keeper.hold("192.0.2.2"):
            pass


def test_one_waiting_query_per_client(tmp_path: Path) -> None:
    keeper = slots(tmp_path, count=1, deadline=3)
    errors: list[QueryBusy] = []

    def wait() -> None:
        with keeper.hold("192.0.2.2"):
            pass

    with keeper.hold("192.0.2.1"):
        waiting = threading.Thread(target=wait)
        waiting.start()
        time.sleep(0.3)
        errors.append(busy(keeper, "192.0.2.2"))
    waiting.join()
    assert "already waiting for a slot" in errors[0].description


def test_a_freed_slot_goes_to_the_client_that_used_least(tmp_path: Path) -> None:
    keeper = slots(tmp_path, count=1, deadline=5)
    with keeper.hold("198.51.100.9"):  # the greedy client has used a little
        time.sleep(0.2)
    served: list[str] = []

    def query(client: str) -> None:
        with keeper.hold(client):
            served.append(client)
            time.sleep(0.05)

    with keeper.hold("192.0.2.1"):
        greedy = threading.Thread(target=query, args=("198.51.100.9",))
        greedy.start()
        time.sleep(0.2)  # the greedy one waits first
        light = threading.Thread(target=query, args=("192.0.2.3",))
        light.start()
        time.sleep(0.2)
    greedy.join()
    light.join()
    assert served == ["192.0.2.3", "198.51.100.9"]


def test_local_callers_have_no_budget_and_wait_a_moment(tmp_path: Path) -> None:
    keeper = slots(tmp_path, count=1, budget=0.1, deadline=30)
    with keeper.hold(None):
        time.sleep(0.15)
        start = time.monotonic()
        error = busy(keeper, None)
        assert time.monotonic() - start < 2  # not the 30 s a client may wait
    assert "at most 1 queries at a time" in error.description
    with keeper.hold(None):
        pass


# -- across processes ----------------------------------------------------------------------


def test_the_share_holds_across_processes(tmp_path: Path) -> None:
    keeper = slots(tmp_path)
    with held_elsewhere(tmp_path, "192.0.2.1", 30):
        error = busy(keeper, "192.0.2.1")
        assert "already runs 1 queries" in error.description
        with keeper.hold("192.0.2.2") as held:
            assert held.index == 1


def test_the_budget_holds_across_processes(tmp_path: Path) -> None:
    with held_elsewhere(tmp_path, "192.0.2.1", 0.3, budget=0.2) as child:
        assert child.wait(timeout=10) == 0
    error = busy(slots(tmp_path, budget=0.2), "192.0.2.1")
    assert "each address may use 0.2 s per 60 s" in error.description


def test_a_process_that_dies_frees_its_slot(tmp_path: Path) -> None:
    keeper = slots(tmp_path, count=1, deadline=3)
    with held_elsewhere(tmp_path, "192.0.2.100", 30, count=1) as child:
        child.send_signal(signal.SIGKILL)
        child.wait()
        start = time.monotonic()
        with keeper.hold("192.0.2.2") as held:
            assert held.index == 0
            assert time.monotonic() - start < 1
            # its record replaced the dead one's, longer: the slot is known to be this one's
            assert "already runs 1 queries" in busy(keeper, "192.0.2.2").description
