"""Handing a process's free heap back to the system (glibc's `malloc_trim`, and mimalloc's
`mi_collect` where it is preloaded; elsewhere nothing).

glibc keeps what a process frees for its own later use, in an arena a thread when several threads
allocate: after the store's answers are converted, hundreds of MB at 100k articles stay counted to
a process that no longer uses them (docs/performance.md, *Memory at the end of an ingest* and
*The dashboard tables on both cores*)."""

from __future__ import annotations

import ctypes
import gc
from typing import Any

_libc: Any = None


def release(collect: bool = True) -> None:
    """Return the free heap to the system: first a full collection when `collect` (cyclic garbage
    holds memory too; it costs up to a second on a large heap), then glibc's `malloc_trim`."""
    global _libc
    if collect:
        gc.collect()
    if _libc is None:
        # the symbols already loaded into this process (libc's among them), not
        # `ctypes.util.find_library`, which runs `ldconfig` in a fork of this whole process
        try:
            _libc = ctypes.CDLL(None)
        except OSError:
            _libc = False
    if _libc:
        try:
            _libc.malloc_trim(0)
        except AttributeError:  # not glibc
            _libc = False
            return
        collect_mimalloc = getattr(_libc, "mi_collect", None)  # preloaded: eventgraph/allocator.py
        if collect_mimalloc is not None:
            collect_mimalloc(True)
