"""The build's garbage collector: timed, and what it froze given back at the end."""

from __future__ import annotations

import gc

from linkeddata.build.collector import Collector


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_collections_are_timed_and_the_frozen_objects_thawed() -> None:
    before = gc.get_freeze_count()
    with Collector() as collector:
        kept = [_Cycle() for _ in range(10_000)]
        collector.freeze()
        assert gc.get_freeze_count() > before
        for _ in range(50):
            for _ in range(2_000):
                _Cycle()  # garbage only a collection frees
            gc.collect()
    assert collector.seconds > 0
    assert gc.get_freeze_count() == before
    assert len(kept) == 10_000
    gc.collect()
    seconds = collector.seconds
    assert collector.seconds == seconds  # no longer counting
