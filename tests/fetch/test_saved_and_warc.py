"""`ingest` reads folders of saved pages and WARC archives with the fetcher's extraction."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

from fetch_helpers import fast_settings, run
from fetch_portal import LEGACY, ROOT, A, Portal

from eventgraph.fetch.sources import Source
from eventgraph.fetch.state import State
from eventgraph.fetch.urls import url_id
from eventgraph.ingest.readers import Failure, read_inputs
from eventgraph.ingest.run import ingest
from eventgraph.model.article import Article
from eventgraph.store import open_store


def test_a_folder_of_saved_pages_skips_the_browsers_resource_folders(tmp_path: Path) -> None:
    folder = tmp_path / "luu-bai"
    (folder / "2009").mkdir(parents=True)
    shutil.copy(ROOT / A.lstrip("/"), folder / "Sơ kết CCHC quý I.html")
    resources = folder / "Sơ kết CCHC quý I_files"
    resources.mkdir()
    (resources / "saved_resource.html").write_text("<html><body><p>Quảng cáo</p></body></html>")
    shutil.copy(ROOT / LEGACY.lstrip("/"), folder / "2009" / "tin-cu.htm")
    items = list(read_inputs([folder]))
    assert not [i for i in items if isinstance(i, Failure)]
    got = {i.title: i for i in items if isinstance(i, Article)}
    assert set(got) == {
        "Sơ kết công tác cải cách hành chính quý I năm 2024",
        "Khai mạc kỳ họp thứ 16 HĐND tỉnh khóa XII",
    }
    legacy = got["Khai mạc kỳ họp thứ 16 HĐND tỉnh khóa XII"]
    assert str(legacy.published) == "2009-07-08" and legacy.id == "tin-cu"
    assert "Hội đồng nhân dân tỉnh Ninh Bình" in legacy.text and "Các tin khác" not in legacy.text


def _warc(path: Path, records: list[tuple[str, str, str, bytes]]) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=True)
        for url, status, content_type, body in records:
            http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    url, "response", payload=io.BytesIO(body), http_headers=http
                )
            )
    return path


def test_a_warc_reads_like_the_fetch_of_the_same_pages(portal: Portal, tmp_path: Path) -> None:
    page, legacy = (ROOT / p.lstrip("/") for p in (A, LEGACY))
    archive = _warc(
        tmp_path / "crawl.warc.gz",
        [
            (portal.url(A), "200 OK", "text/html; charset=utf-8", page.read_bytes()),
            (portal.url(LEGACY), "200 OK", "text/html", legacy.read_bytes()),
            ("https://x.example.vn/style.css", "200 OK", "text/css", b"body{color:red}"),
            (
                "https://x.example.vn/het.html",
                "404 Not Found",
                "text/html",
                b"<html><body>404</body></html>",
            ),
            (
                "https://x.example.vn/trong.html",
                "200 OK",
                "text/html",
                b"<html><body></body></html>",
            ),
        ],
    )
    items = list(read_inputs([archive]))
    articles = {i.id: i for i in items if isinstance(i, Article)}
    failures = [i for i in items if isinstance(i, Failure)]
    assert set(articles) == {url_id(portal.url(A)), url_id(portal.url(LEGACY))}
    assert len(failures) == 1 and "https://x.example.vn/trong.html" in failures[0].reason

    with open_store("memory://") as store, State(None) as state:
        run(
            [Source(name="named", urls=[portal.url(A), portal.url(LEGACY)])],
            store,
            state,
            fast_settings(),
        )
        report = ingest([archive], store)  # the same ids, the same text: nothing new to write
        assert report.unchanged == 2 and report.written == 0
