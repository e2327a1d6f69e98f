"""`eventgraph fetch` and `eventgraph watch` as a user runs them (a Typer app with `register`
applied, as cli.py does), and the watch loop's clean stop on SIGTERM."""

from __future__ import annotations

import itertools
import json
import os
import signal
import threading
import time
from pathlib import Path

import pytest
import typer
from fetch_helpers import CONTACT
from fetch_portal import FEED, Portal
from typer.testing import CliRunner

from eventgraph.cli import app as eventgraph_app
from eventgraph.exc import InvalidInput
from eventgraph.fetch.cli import register
from eventgraph.fetch.watch import parse_every, stop_on_signals, watch
from eventgraph.store import open_store

app = typer.Typer()
register(app)
runner = CliRunner()


def config(tmp_path: Path, portal: Portal, extra: str = "") -> Path:
    path = tmp_path / "sources.toml"
    path.write_text(
        f"""
[fetch]
contact = "{CONTACT}"
delay = 0.01
timeout = 0.4
retries = 0
{extra}
[[source]]
name = "ninhbinh"
feed = "{portal.url(FEED)}"
outlet = "Cổng TTĐT tỉnh Ninh Bình"
locality = "Ninh Bình"
""",
        encoding="utf-8",
    )
    return path


def test_fetch_then_watch_once_on_an_embedded_store(portal: Portal, tmp_path: Path) -> None:
    cfg, db = config(tmp_path, portal), tmp_path / "graph"
    store = f"oxigraph://{db}"
    res = runner.invoke(
        app,
        [
            "fetch",
            "ninhbinh",
            "--config",
            str(cfg),
            "--store",
            store,
            "--report",
            str(tmp_path / "failures.jsonl"),
        ],
    )
    assert res.exit_code == 1, res.output  # the feed lists a missing page and a slow one
    assert "3 articles written, 2 failed" in res.stderr
    assert len((tmp_path / "failures.jsonl").read_text().splitlines()) == 2
    assert (tmp_path / "graph.fetch.sqlite").is_file()  # the state beside the store
    with open_store(store) as st:
        assert st.stats()["articles"] == 3

    portal.clear()
    res = runner.invoke(
        app, ["watch", "--once", "--every", "30m", "--config", str(cfg), "--store", store]
    )
    assert res.exit_code == 0, res.output
    lines = [line for line in res.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and " run 1: " in lines[0] and "0 articles written" in lines[0]
    assert "/robots.txt" in portal.paths() and len(portal.paths()) < 6  # nothing fetched again


def test_commands_refuse_what_they_cannot_do(portal: Portal, tmp_path: Path) -> None:
    cfg = config(tmp_path, portal)
    res = runner.invoke(app, ["fetch", "nosuch", "--config", str(cfg), "--store", "memory://"])
    assert isinstance(res.exception, InvalidInput) and "neither a source" in str(res.exception)
    res = runner.invoke(app, ["fetch", portal.url(FEED), "--store", "memory://"])
    assert isinstance(res.exception, InvalidInput) and "--contact" in str(res.exception)
    bad = tmp_path / "bad.toml"
    bad.write_text(
        '[[source]]\nname = "x"\nfeed = "https://a.example.vn/rss"\nsitemap = "https://a.example.vn/s.xml"\n'
    )
    res = runner.invoke(
        app, ["fetch", "--config", str(bad), "--store", "memory://", "--contact", CONTACT]
    )
    assert isinstance(res.exception, InvalidInput) and "exactly one of feed, sitemap" in str(
        res.exception
    )
    res = runner.invoke(
        app, ["watch", "--every", "soon", "--config", str(cfg), "--store", "memory://"]
    )
    assert isinstance(res.exception, InvalidInput)
    assert portal.paths() == []


def test_periods() -> None:
    assert [parse_every(p) for p in ("30m", "1h", "90s", "1h30m", "1d")] == [
        1800,
        3600,
        90,
        5400,
        86400,
    ]
    for bad in ("30", "0s", "half an hour", "5x"):
        with pytest.raises(InvalidInput):
            parse_every(bad)


def test_sigterm_ends_the_loop_after_the_run_in_hand() -> None:
    assert threading.current_thread() is threading.main_thread()  # signal handlers live there
    stop, lines = threading.Event(), []

    def one_run() -> str:
        os.kill(os.getpid(), signal.SIGTERM)  # arrives while the run is in hand
        time.sleep(0.05)
        return "1 requests"

    started, before = time.monotonic(), signal.getsignal(signal.SIGTERM)
    with stop_on_signals(stop, lines.append):
        runs = watch(one_run, 3600, stop, lines.append)
    assert runs == 1 and time.monotonic() - started < 5  # no hour-long sleep after the stop
    assert lines[0].startswith("SIGTERM") and " run 1: 1 requests" in lines[1]
    assert signal.getsignal(signal.SIGTERM) is before and stop.is_set()  # the old handler is back


def test_the_loop_runs_on_its_period_and_survives_any_failing_run() -> None:
    stop, lines, starts = threading.Event(), [], []
    outcomes = iter([RuntimeError("lxml gave up on a feed"), "ok", InvalidInput("no store"), "ok"])

    def one_run() -> str:
        starts.append(time.monotonic())
        outcome = next(outcomes)
        if isinstance(outcome, Exception):
            raise outcome
        if len(starts) == 4:
            stop.set()
        return outcome

    assert watch(one_run, 0.2, stop, lines.append) == 4
    assert "run 1: failed: RuntimeError: lxml gave up on a feed; next run at" in lines[0]
    assert " run 2: ok; next run at" in lines[1] and " run 3: failed: no store" in lines[2]
    assert " run 4: ok" in lines[3] and "next run" not in lines[3]
    # The period counts from the start of each run.
    assert all(b - a >= 0.2 for a, b in itertools.pairwise(starts))


NO_PROVINCE = "/tin-tuc/chinh-tri/thuong-truc-tinh-uy-lam-viec-voi-so-noi-vu-a1230.html"


@pytest.mark.parametrize("locality", ["Ninh Bình", None])
def test_the_sources_default_locality_places_what_the_text_leaves_unplaced(
    portal: Portal, tmp_path: Path, locality: str | None
) -> None:
    # The page says "Thường trực Tỉnh ủy" and "Phó Bí thư Tỉnh ủy" and never names its province:
    # only the source's locality in sources.toml can place the meeting and the post.
    cfg = tmp_path / "sources.toml"
    cfg.write_text(
        f'[fetch]\ncontact = "{CONTACT}"\ndelay = 0.01\n\n[[source]]\nname = "tinh-uy"\n'
        f'urls = ["{portal.url(NO_PROVINCE)}"]\noutlet = "Cổng TTĐT tỉnh Ninh Bình"\n'
        + (f'locality = "{locality}"\n' if locality else ""),
        encoding="utf-8",
    )
    store = f"oxigraph://{tmp_path / 'graph'}"
    res = runner.invoke(eventgraph_app, ["fetch", "--config", str(cfg), "--store", store])
    assert res.exit_code == 0, res.output
    res = runner.invoke(eventgraph_app, ["query", "chairs", "--store", store, "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout)
    assert [(r["person"], r["date"], r.get("locality")) for r in rows] == [
        ("Lê Văn Sơn", "2024-04-22", locality)
    ]
    with open_store(store, read_only=True) as st:
        authors = st.console("SELECT ?who WHERE { ?a a eg:Article ; dct:creator ?who }").rows
    assert [r["who"] for r in authors] == ["Hoàng Yến"]  # the byline, not a person of the text


def test_an_atom_feed_and_pages_where_the_bad_ones_are_reported_and_the_rest_ingested(
    portal: Portal, tmp_path: Path
) -> None:
    pdf, video = "/van-ban/ke-hoach-cchc-2024.pdf", "/tin-tuc/chinh-tri/video-hoi-nghi-a1241.html"
    legacy = "/Portal/TinTuc/2009/tin-cu-ky-hop-hdnd.htm"
    cfg = tmp_path / "sources.toml"
    cfg.write_text(
        f'[fetch]\ncontact = "{CONTACT}"\ndelay = 0.01\n\n'
        f'[[source]]\nname = "tin-moi"\nfeed = "{portal.url("/atom/tin-moi.xml")}"\n\n'
        f'[[source]]\nname = "theo-doi"\n'
        f'urls = ["{portal.url(pdf)}", "{portal.url(video)}", "{portal.url(legacy)}"]\n',
        encoding="utf-8",
    )
    store, failures = f"oxigraph://{tmp_path / 'graph'}", tmp_path / "failures.jsonl"
    res = runner.invoke(
        eventgraph_app,
        ["fetch", "--config", str(cfg), "--store", store, "--report", str(failures)],
    )
    assert res.exit_code == 1, res.output
    assert "3 articles written, 2 failed" in res.stderr
    reasons = {
        json.loads(line)["source"]: json.loads(line)["reason"]
        for line in failures.read_text(encoding="utf-8").splitlines()
    }
    assert reasons == {
        portal.url(pdf): "not an HTML page (application/pdf)",
        portal.url(video): "no article text found in the page",
    }
    res = runner.invoke(eventgraph_app, ["query", "chairs", "--store", store, "--format", "json"])
    assert {r["person"] for r in json.loads(res.stdout)} == {
        "Hà Thị Lan Anh",
        "Đỗ Minh Khoa",
        "Phạm Đình Tuấn",
    }
