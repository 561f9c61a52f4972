"""process_memory: what warm-up loads is kept out of the garbage collector's walks."""

import gc
import subprocess
import sys
from pathlib import Path

import pytest

from streams.process_memory import freeze_loaded_objects


def test_objects_alive_at_freeze_are_no_longer_tracked_by_collections() -> None:
    loaded = [{"model": i} for i in range(1000)]
    try:
        freeze_loaded_objects()
        assert gc.get_freeze_count() >= len(loaded)
        assert not any(obj is loaded for obj in gc.get_objects())
        created_later = [{"page": 1}]
        assert any(obj is created_later for obj in gc.get_objects())
    finally:
        gc.unfreeze()


# Freed build temporaries between long-lived objects: with glibc's dynamic threshold
# (raised by the 20 MB block freed first) they stay resident, ~60 MB here.
_AFTER_A_LOAD = """
from pathlib import Path
from streams.process_memory import fix_mmap_threshold

def rss_mb():
    status = Path("/proc/self/status").read_text().splitlines()
    return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:")) / 1024

fix_mmap_threshold()
load_temporary = bytearray(20 * 1024 * 1024)
del load_temporary
before = rss_mb()
temporaries, kept = [], []
for _ in range(300):
    temporaries.append(bytearray(200 * 1024))
    kept.append(bytearray(1024))
del temporaries
print(rss_mb() - before)
"""


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc")
def test_freed_large_blocks_go_back_to_the_system_after_a_large_load_was_freed() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _AFTER_A_LOAD], capture_output=True, text=True, check=True
    )
    assert float(result.stdout) < 10.0  # MB still resident of the 60 MB freed
