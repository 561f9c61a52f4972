"""Process-wide memory settings for a long-running worker: glibc's malloc and the GC.

Both are called around the worker's warm-up (``pipeline.warm_up``), which builds
~100 MB of models that live as long as the process.
"""

import ctypes
import gc

_M_MMAP_THRESHOLD = -3  # glibc <malloc.h>
_MMAP_THRESHOLD_BYTES = 128 * 1024  # glibc's own default


def fix_mmap_threshold() -> None:
    """Keep glibc serving every block of 128 KiB or more with its own mmap.

    By default glibc raises the threshold to the size of each large block freed (up
    to 32 MB), so after the language model's load temporaries are freed, the
    gazetteer's build temporaries land on the heap instead, and the holes they leave
    stay resident: ~35 MB more RSS for the life of the worker. Setting the threshold
    explicitly turns that adjustment off; blocks this large are returned to the
    system as soon as they are freed. Not glibc (no ``libc.so.6``): nothing to do.
    """
    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:
        return
    libc.mallopt(_M_MMAP_THRESHOLD, _MMAP_THRESHOLD_BYTES)


def freeze_loaded_objects() -> None:
    """Move every object alive now out of the garbage collector's view.

    The models loaded at warm-up live as long as the process; without this, each
    full collection walks all of them again (~20 ms, a latency spike on some page).
    """
    gc.collect()
    gc.freeze()
