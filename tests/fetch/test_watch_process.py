"""`eventgraph watch` as a dashboard operator leaves it running: a real process on a real store,
fed by the fixture portal. It runs again and again, a run that fails (the store held by another
writer) is logged and the next one goes on, a page corrected on the portal reaches the store, and
SIGTERM ends it cleanly with exit code 0."""

from __future__ import annotations

import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from fetch_helpers import CONTACT
from fetch_portal import CHANGED, SITEMAP, Portal

from eventgraph.store import open_store

# an article's text is in its own graph only, not in the union the default graph holds
TEXT_OF = """SELECT ?text WHERE { ?a a eg:Article . GRAPH ?g { ?a eg:text ?text }
  FILTER(CONTAINS(?text, "kết quả kiểm tra tiến độ")) }"""


class Lines:
    """The process's stderr, line by line, waited for with a deadline."""

    def __init__(self, proc: subprocess.Popen[str]) -> None:
        self.seen: list[str] = []
        self._q: queue.Queue[str] = queue.Queue()
        assert proc.stderr is not None
        stream = proc.stderr
        threading.Thread(target=lambda: [self._q.put(x) for x in stream], daemon=True).start()

    def until(self, wanted: str, timeout: float = 60) -> str:
        end = time.monotonic() + timeout
        while (left := end - time.monotonic()) > 0:
            try:
                line = self._q.get(timeout=left)
            except queue.Empty:
                break
            self.seen.append(line)
            if wanted in line:
                return line
        raise AssertionError(f"no line with {wanted!r} in {timeout} s; got: {self.seen}")


def test_watch_runs_again_survives_a_failed_run_and_stops_on_sigterm(
    portal: Portal, tmp_path: Path
) -> None:
    cfg, db = tmp_path / "sources.toml", tmp_path / "graph"
    cfg.write_text(
        f'[fetch]\ncontact = "{CONTACT}"\ndelay = 0.01\ntimeout = 0.4\n'
        "retries = 1\nbackoff = 0.01\n\n"
        f'[[source]]\nname = "ninhbinh"\nsitemap = "{portal.url(SITEMAP)}"\n'
        'outlet = "Cổng TTĐT tỉnh Ninh Bình"\nlocality = "Ninh Bình"\n',
        encoding="utf-8",
    )
    store = f"oxigraph://{db}"
    cmd = [sys.executable, "-m", "eventgraph.cli", "watch", "--every", "2s", "--config", str(cfg)]
    with open_store(store) as held:  # another writer holds the store when the first run comes
        proc = subprocess.Popen(
            [*cmd, "--store", store], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True
        )
        try:
            lines = Lines(proc)
            first = lines.until(" run 1: ")
            assert "failed: cannot open the Oxigraph store" in first and "next run at" in first
            held.close()
            second = lines.until(" run 2: ")
            assert "4 articles written" in second and "next run at" in second, second
            # The portal corrects a page and its sitemap says so; a later run takes the new text.
            portal.overrides = {
                SITEMAP: "sitemap.v2.xml",
                "/sitemaps/tin-tuc.xml": "sitemaps/tin-tuc.v2.xml",
                CHANGED: CHANGED.replace(".html", ".v2.html"),
            }
            lines.until("1 articles written")
            proc.send_signal(signal.SIGTERM)
            assert proc.wait(timeout=30) == 0, lines.seen
            lines.until("SIGTERM: stopping")
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    with open_store(store, read_only=True) as st:
        texts = [r["text"] for r in st.console(TEXT_OF).rows]
        assert st.stats()["articles"] == 4
    assert len(texts) == 1 and "Lương Đức Hiếu" in texts[0] and "Vũ Quang Thái" not in texts[0]
