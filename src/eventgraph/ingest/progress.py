"""Progress of a long ingest as plain lines, for a log: where stderr is not a terminal (nohup, cron,
CI), rich's progress bar shows nothing, and a run of hours would say nothing until its summary."""

from __future__ import annotations

import time
from collections.abc import Callable


class ProgressLines:
    """Counts articles as they are written and prints, at most once every `every` seconds, how many
    of how many, the rate since the start and the time left at that rate:

        ingest: 12,000/100,000 articles, 41.3 articles/s, about 35 min 30 s left
    """

    def __init__(
        self,
        total: int | None,
        every: float,
        say: Callable[[str], object],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.total, self.every, self.say, self.clock = total, every, say, clock
        self.start = self.last = clock()
        self.done = 0

    def advance(self, n: int) -> None:
        self.done += n
        now = self.clock()
        if now - self.last < self.every and self.done != self.total:
            return
        self.last = now
        self.say(self.line(now))

    def line(self, now: float) -> str:
        spent = now - self.start
        rate = self.done / spent if spent > 0 else 0.0
        of = f"/{self.total:,}" if self.total else ""
        text = f"ingest: {self.done:,}{of} articles, {rate:.1f} articles/s"
        if self.total and rate > 0 and self.done < self.total:
            text += f", about {_duration((self.total - self.done) / rate)} left"
        return text


def _duration(seconds: float) -> str:
    s = round(seconds)
    if s < 60:
        return f"{s} s"
    if s < 3600:
        return f"{s // 60} min {s % 60} s"
    return f"{s // 3600} h {s % 3600 // 60} min"
