"""`eventgraph watch`: keep a store current for a dashboard left running.

A loop around the same fetch run: one log line per run, a sleep until the next (counted from the
start of the last run), and a clean stop on Ctrl-C or SIGTERM — the page in hand is finished and its
chunk written; a second Ctrl-C stops at once.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import signal
import threading
import time
from collections.abc import Callable, Iterator

from eventgraph.exc import EventGraphError, InvalidInput

_PERIOD = re.compile(r"(\d+(?:\.\d+)?)\s*([smhd])", re.IGNORECASE)
_UNIT = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_every(text: str) -> float:
    """`30m`, `1h`, `90s`, `1h30m`, `1d` as seconds; InvalidInput for anything else."""
    parts = _PERIOD.findall(text)
    if not parts or _PERIOD.sub("", text).strip():
        raise InvalidInput(f"--every {text!r}: write a period like 30m, 1h, 90s or 1h30m")
    seconds = sum(float(n) * _UNIT[u.lower()] for n, u in parts)
    if seconds < 1:
        raise InvalidInput(f"--every {text!r}: the period must be at least one second")
    return seconds


@contextlib.contextmanager
def stop_on_signals(stop: threading.Event, log: Callable[[str], None]) -> Iterator[None]:
    """While inside, SIGINT and SIGTERM set `stop` (a second SIGINT interrupts at once)."""

    def handler(signum: int, frame: object) -> None:
        if stop.is_set() and signum == signal.SIGINT:
            raise KeyboardInterrupt
        stop.set()
        log(f"{signal.Signals(signum).name}: stopping after the page in hand")

    old = {s: signal.signal(s, handler) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for s, h in old.items():
            signal.signal(s, h)


def watch(
    run_once: Callable[[], str],
    every: float,
    stop: threading.Event,
    log: Callable[[str], None],
    *,
    once: bool = False,
) -> int:
    """Call `run_once` (which returns its summary) every `every` seconds until `stop` is set; one
    log line per run. A run that fails, whatever the error, is logged with its reason and the loop
    goes on (Ctrl-C still ends it). Returns the number of runs."""
    runs = 0
    while not stop.is_set():
        started = time.monotonic()
        runs += 1
        try:
            line = run_once()
        except EventGraphError as e:  # the store was locked or unreachable; next time may do
            line = f"failed: {e}"
        except Exception as e:  # a bug met by one run must not leave the dashboard unfed for good
            line = f"failed: {type(e).__name__}: {e}"
        if once or stop.is_set():
            log(f"{_stamp()} run {runs}: {line}")
            break
        wait = max(0.0, every - (time.monotonic() - started))
        nxt = (dt.datetime.now() + dt.timedelta(seconds=wait)).strftime("%H:%M")
        log(f"{_stamp()} run {runs}: {line}; next run at {nxt}")
        stop.wait(wait)
    return runs


def _stamp() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")
