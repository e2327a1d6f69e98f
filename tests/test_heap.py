"""`heap.release`: a process's free heap handed back, on glibc without starting a process (the
dashboard's reading threads call it after every table, in a process of 1.5 GB at 100k articles,
and `ctypes.util.find_library` would fork it to run `ldconfig`)."""

from __future__ import annotations

import platform
import subprocess

import pytest

from eventgraph import heap


@pytest.mark.skipif(platform.system() != "Linux" or platform.libc_ver()[0] != "glibc",
                    reason="malloc_trim is glibc's")  # fmt: skip
def test_release_trims_without_starting_a_process(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_process(*args: object, **kwargs: object) -> None:
        raise AssertionError("a process was started")

    monkeypatch.setattr(heap, "_libc", None)  # found again, as in a new process
    monkeypatch.setattr(subprocess, "Popen", no_process)
    heap.release()
    heap.release(collect=False)
    assert heap._libc and hasattr(heap._libc, "malloc_trim")
