"""`ingest` reads folders of saved pages and WARC archives with the fetcher's extraction."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

from fetch_helpers import fast_settings, run
from fetch_portal import LEGACY, ROOT, A, B, Portal

from eventgraph.fetch.sources import Source
from eventgraph.fetch.state import State
from eventgraph.fetch.urls import url_id
from eventgraph.ingest.readers import Failure, read_inputs
from eventgraph.ingest.run import ingest
from eventgraph.model.article import Article
from eventgraph.store import open_store

SAVED = ROOT.parent / "saved"


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


def test_ingest_command_reads_saved_folders_in_legacy_encodings_and_a_warc(tmp_path: Path) -> None:
    # A journalist's folder: two old pages (TCVN3 in a table layout, VNI) and a recent one saved
    # "complete" by a browser; and a WARC holding another page of the portal.
    from typer.testing import CliRunner

    from eventgraph.cli import app

    folder = tmp_path / "bai-luu"
    shutil.copytree(SAVED, folder)
    shutil.copy(ROOT / A.lstrip("/"), folder / "so-ket-cchc.html")
    (folder / "so-ket-cchc_files").mkdir()
    (folder / "so-ket-cchc_files" / "saved_resource.html").write_text(
        "<html><body><p>Quảng cáo: tour Tràng An giá rẻ</p></body></html>", encoding="utf-8"
    )
    archive = _warc(
        tmp_path / "portal.warc.gz",
        [
            (
                "https://portal.example.vn" + B,
                "200 OK",
                "text/html",
                (ROOT / B.lstrip("/")).read_bytes(),
            )
        ],
    )
    store = f"oxigraph://{tmp_path / 'graph'}"
    cmd = ["ingest", str(folder), str(archive), "--store", store, "--workers", "1"]
    runner = CliRunner()
    res = runner.invoke(app, cmd)
    assert res.exit_code == 0, res.output
    assert "4 articles read, 4 written, 0 unchanged, 0 failed" in res.stderr
    res = runner.invoke(app, ["query", "chairs", "--store", store, "--format", "json"])
    chairs = {(r["person"], r["date"], r["locality"]) for r in json.loads(res.stdout)}
    assert chairs == {
        ("Đinh Văn Hùng", "2008-03-14", "Ninh Bình"),  # TCVN3, date from "Cập nhật: 14/03/2008"
        ("Trần Thị Mai", "2010-11-09", "Ninh Bình"),  # VNI, "Ngày đăng: 09/11/2010"
        ("Đỗ Minh Khoa", "2024-04-12", "Ninh Bình"),
        ("Hà Thị Lan Anh", "2024-04-15", "Ninh Bình"),  # from the WARC
    }
    with open_store(store, read_only=True) as st:
        texts = [r["text"] for r in st.console("SELECT ?text WHERE { GRAPH ?g { ?a eg:text ?text } }").rows]
    assert len(texts) == 4
    for furniture in ("tin khác", "Giấy phép", "Trang chủ", "Quảng cáo", "Bản quyền"):
        assert not [t for t in texts if furniture.casefold() in t.casefold()], furniture
    res = runner.invoke(app, cmd)  # the same inputs again: nothing to write
    assert res.exit_code == 0 and "4 articles read, 0 written, 4 unchanged" in res.stderr
