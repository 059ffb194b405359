"""The CPU of a build's main process, function by function, every thread of it included.

Usage::

    python bench/main_profile.py OUT.pstat build COLLECTION --out RELEASE --quiet
    python -c "import pstats; pstats.Stats('OUT.pstat').sort_stats('tottime').print_stats(40)"

Runs ``linkeddata ARGS`` in this process under yappi (``pip install yappi``; not a dependency
of the project) on the CPU clock, so that the threads that load the store, write the search
index and feed the dumps are counted, and the time a thread waits is not; the workers stop
profiling when they are forked. Prints the CPU of this process and of its children
(``getrusage``), and saves the profile in pstats form.
"""

from __future__ import annotations

import os
import resource
import sys

import yappi

from linkeddata.cli import main as cli


def run(out: str, args: list[str]) -> None:
    yappi.set_clock_type("cpu")
    yappi.start(builtins=True)
    parent = os.getpid()
    os.register_at_fork(after_in_child=yappi.stop)
    try:
        cli(args, standalone_mode=False)
    finally:
        if os.getpid() == parent:
            yappi.stop()
            yappi.get_func_stats().save(out, type="pstat")
            me = resource.getrusage(resource.RUSAGE_SELF)
            workers = resource.getrusage(resource.RUSAGE_CHILDREN)
            print(
                f"CPU: main process {me.ru_utime + me.ru_stime:.1f} s (under yappi), "
                f"workers {workers.ru_utime + workers.ru_stime:.1f} s",
                file=sys.stderr,
            )


if __name__ == "__main__":
    run(sys.argv[1], sys.argv[2:])
