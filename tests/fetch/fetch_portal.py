"""A fixture portal on 127.0.0.1 for the fetcher's tests: files under fixtures/portal, served by
http.server in a thread on a free port, with what real portals do — ETag (or only Last-Modified on
the old /Portal/ section) and 304s, a 404, a page slower than the timeout, a page that answers 503
once — and a log of every request (path, status, user agent, monotonic arrival time)."""

from __future__ import annotations

import gzip
import hashlib
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).parent / "fixtures" / "portal"
FEED = "/rss/tin-tuc.rss"
SITEMAP = "/sitemap.xml"
A = "/tin-tuc/chinh-tri/hoi-nghi-so-ket-cai-cach-hanh-chinh-quy-i-a1201.html"
B = "/tin-tuc/chinh-tri/lam-viec-voi-huyen-kim-son-a1207.html"
CHANGED = "/tin-tuc/chinh-tri/ket-luan-kiem-tra-du-an-a1210.html"
SLOW = "/tin-tuc/chinh-tri/trang-cham-a1211.html"
MISSING = "/tin-tuc/chinh-tri/bai-da-go-a1199.html"
FLAKY = "/tin-tuc/kinh-te/phat-trien-du-lich-a1220.html"
UNDATED = "/tin-tuc/van-hoa/le-hoi-trang-an-a1215.html"
PRIVATE = "/noi-bo/bao-cao-noi-bo-a1.html"
LEGACY = "/Portal/TinTuc/2009/tin-cu-ky-hop-hdnd.htm"
_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html",
    ".rss": "application/rss+xml",
    ".xml": "application/xml",
    ".txt": "text/plain; charset=utf-8",
    ".gz": "application/x-gzip",
    ".pdf": "application/pdf",
}
_OLD_DATE = "Wed, 08 Jul 2009 03:00:00 GMT"


@dataclass
class Hit:
    """One request, logged on arrival (its status is filled in once answered)."""

    path: str
    agent: str
    at: float
    status: int = 0


class Portal:
    """The server; `overrides` maps a path to another fixture file (the page after an edit)."""

    def __init__(self, slow_seconds: float = 1.0) -> None:
        self.overrides: dict[str, str] = {}
        self.hits: list[Hit] = []
        self.failures_left = {FLAKY: 1}
        self.busy: dict[str, tuple[int, str]] = {}  # path -> (status, Retry-After) while failing
        self.redirects: dict[str, str] = {}
        self.slow_seconds = slow_seconds
        self.compress = False  # answer with Content-Encoding: gzip when the client accepts it
        self._lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)

    def __enter__(self) -> Portal:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def url(self, path: str) -> str:
        return self.base + path

    def paths(self) -> list[str]:
        """Requested paths in order of arrival."""
        with self._lock:
            return [h.path for h in sorted(self.hits, key=lambda h: h.at)]

    def clear(self) -> None:
        with self._lock:
            self.hits.clear()

    def record(self, hit: Hit) -> None:
        with self._lock:
            self.hits.append(hit)

    def body(self, path: str) -> bytes | None:
        if path.endswith(".gz") and path not in self.overrides:  # x.xml.gz: x.xml, gzipped
            plain = self.body(path.removesuffix(".gz"))
            return None if plain is None else gzip.compress(plain)
        f = ROOT / self.overrides.get(path, path).lstrip("/")
        if not f.is_file() or ROOT not in f.resolve().parents:
            return None
        data = f.read_bytes()
        return (
            data.replace(b"{BASE}", self.base.encode())
            if f.suffix in (".xml", ".rss", ".txt")
            else data
        )


def _handler(portal: Portal) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.hit = Hit(
                urlsplit(self.path).path, self.headers.get("User-Agent", ""), time.monotonic()
            )
            portal.record(self.hit)
            self._answer(self.hit.path)

        def _answer(self, path: str) -> int:
            if portal.failures_left.get(path):
                portal.failures_left[path] -= 1
                status, wait = portal.busy.get(path, (503, "0"))
                return self._send(status, b"busy", {"Retry-After": wait})
            if path in portal.redirects:
                return self._send(301, b"", {"Location": portal.redirects[path]})
            body = portal.body(path)
            if body is None:
                return self._send(404, b"<html><body>Not found</body></html>", {})
            if path == SLOW:
                time.sleep(portal.slow_seconds)
            headers = {"Content-Type": _TYPES.get(Path(path).suffix, "application/octet-stream")}
            if portal.compress and "gzip" in self.headers.get("Accept-Encoding", ""):
                body, headers["Content-Encoding"] = gzip.compress(body), "gzip"
            if path.startswith(
                "/Portal/"
            ):  # the old section: Last-Modified only, as old servers did
                headers["Last-Modified"] = _OLD_DATE
                if self.headers.get("If-Modified-Since") == _OLD_DATE:
                    return self._send(304, b"", headers)
            else:
                headers["ETag"] = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
                if self.headers.get("If-None-Match") == headers["ETag"]:
                    return self._send(304, b"", headers)
            return self._send(200, body, headers)

        def _send(self, status: int, body: bytes, headers: dict[str, str]) -> int:
            self.hit.status = status  # before the answer leaves: the client may look right after
            try:
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (the slow page): what it was sent no longer matters
            return status

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler
