"""Where a worker's resident memory goes before its first page: ``python -m bench.memory``.

Run in a fresh process (as the worker starts): the imports of ``pagewire
worker``, then each warm-up step in the worker's order, with the resident set
(VmRSS) and its peak so far (VmHWM) after each. The rest of a worker's peak is
the backlog it reads ahead (``PAGEWIRE_FETCH_PARTITION_BYTES``,
``PAGEWIRE_STREAM_BUFFER``), which ``pagewire bench`` measures.
"""

import importlib
import time
from collections.abc import Callable
from pathlib import Path


def _status_mb(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field):
            return int(line.split()[1]) / 1024
    return float("nan")


def _measure(name: str, step: Callable[[], object]) -> None:
    before, started = _status_mb("VmRSS:"), time.perf_counter()
    step()
    elapsed = time.perf_counter() - started
    after, peak = _status_mb("VmRSS:"), _status_mb("VmHWM:")
    print(f"{name:32} {after:8.1f} {after - before:+7.1f} {peak:8.1f} {elapsed:6.2f}")


def main() -> None:
    print(f"{'step':32} {'RSS MB':>8} {'+MB':>7} {'peak MB':>8} {'s':>6}")
    print(f"{'interpreter':32} {_status_mb('VmRSS:'):8.1f} {'':7} {_status_mb('VmHWM:'):8.1f}")
    _measure("imports of `pagewire worker`", lambda: importlib.import_module("streams.cli"))
    from streams.pipeline import WARM_UP_STEPS  # noqa: PLC0415 (imported by the step above)

    for name, step in WARM_UP_STEPS:
        _measure(name, step)


if __name__ == "__main__":
    main()
