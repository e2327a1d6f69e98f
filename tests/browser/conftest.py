"""A real dashboard for the browser tests: a store, `streamlit run app.py` on a free port, and
Chromium.

The store is built by ingesting data/samples/ when the sample articles are there (what a user would
do on a fresh machine), otherwise — or with EVENTGRAPH_BROWSER_STORE=fixtures — from the hand-made
fixture articles of tests/dashboard. Chromium is Debian's (scripts/install-browser.sh): without it
the tests skip with the reason, except under CI=true where a missing browser is a failure."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from eventgraph.dashboard.serve import server_options, wait_healthy
from eventgraph.servers._process import free_port

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "data" / "samples" / "articles.jsonl"
EXPECTED = ROOT / "data" / "samples" / "expected.jsonl"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"


@dataclass
class Dashboard:
    """A running dashboard: its base URL, its store URL, and whether the store holds the samples."""

    url: str
    store_url: str
    samples: bool


@dataclass
class Facts:
    """What the pages must show for this store."""

    articles: int
    top_chair: str | None
    top_chair_typed: str
    directive: str | None
    linked: list[str]  # codes linked to `directive`, shown in its lineage tree
    carried_out: bool  # documents implement `directive`: the by-province list shows
    person_typed: str
    person: str
    province: str
    search_typed: str
    search_found: str
    article_id: str
    article_text: str


def _fixtures_module():  # type: ignore[no-untyped-def]
    path = ROOT / "tests" / "dashboard" / "dashboard_fixtures.py"
    spec = importlib.util.spec_from_file_location("dashboard_fixtures", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _build_store(url: str) -> bool:
    """Ingest the samples into `url` (True), or write the fixture articles when there are none."""
    from eventgraph.store import open_store

    if SAMPLES.exists() and os.environ.get("EVENTGRAPH_BROWSER_STORE") != "fixtures":
        from eventgraph.ingest.run import ingest

        store = open_store(url)
        try:
            report = ingest([SAMPLES], store)
        finally:
            store.close()
        assert report.written > 0, (
            f"no sample article was ingested: {report.summary()} {report.failures[:3]}"
        )
        return True
    _fixtures_module().build_store(url)
    return False


@pytest.fixture(scope="session")
def chromium() -> Path:
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} is absent: run scripts/install-browser.sh to run the browser tests"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(reason)
        pytest.skip(reason)
    return CHROMIUM


@pytest.fixture(scope="session")
def dashboard(tmp_path_factory: pytest.TempPathFactory, chromium: Path) -> Iterator[Dashboard]:
    store_url = f"oxigraph://{tmp_path_factory.mktemp('browser') / 'store'}"
    samples = _build_store(store_url)
    port = free_port()
    cache = tmp_path_factory.mktemp("answers")
    env = dict(os.environ, EVENTGRAPH_STORE=store_url, EVENTGRAPH_CACHE_DIR=str(cache))
    log = tmp_path_factory.mktemp("streamlit") / "streamlit.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "streamlit",
                "run",
                str(ROOT / "app.py"),
                *server_options(port),
            ],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(base, timeout=60, proc=proc, poll=0.3)
        yield Dashboard(base, store_url, samples)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def _fixture_facts() -> Facts:
    return Facts(
        articles=5,
        top_chair="Trần Lưu Quang",
        top_chair_typed="tran luu quang",
        directive="122-KH/TU",
        linked=["21-KL/TW", "45-KH/QU"],
        carried_out=True,
        person_typed="tran luu quang",
        person="Trần Lưu Quang",
        province="Hải Phòng",
        search_typed="tran luu quang",
        search_found="Trần Lưu Quang",
        article_id="xss-test",
        article_text='<script>alert("xss")</script>',
    )


def _sample_facts(store_url: str) -> Facts:
    """Facts of the sample store: counts and names as the named queries give them, plus a province
    and an article title taken from the sample files (neither depends on the people or meeting
    extractors)."""
    from eventgraph.dashboard.data import split_list
    from eventgraph.queries import get
    from eventgraph.store import open_store
    from eventgraph.text import strip_diacritics

    first = json.loads(SAMPLES.read_text(encoding="utf-8").splitlines()[0])
    expected = [
        json.loads(line)
        for line in EXPECTED.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    province = next(
        loc for e in expected for loc in e["gold"].get("localities", []) if loc == "Nghệ An"
    )
    store = open_store(store_url, read_only=True)
    try:
        run = lambda name, **p: store.run(get(name), p).rows  # noqa: E731
        articles = int(run("overview")[0]["articles"])
        chairs, docs, people = run("top_chairs"), run("newest_directives"), run("people")
    finally:
        store.close()
    person = people[0]["person"] if people else ""
    chair = chairs[0]["person"] if chairs else None
    # The directive most documents implement, so its page shows a chain down, not just a code.
    doc = max(docs, key=lambda d: len(split_list(d["implemented_by"])), default=None)
    below = split_list(doc["implemented_by"]) if doc else []
    return Facts(
        articles=articles,
        top_chair=chair,
        top_chair_typed=strip_diacritics(chair or "").lower(),
        directive=doc["code"] if doc else None,
        linked=[*below, *split_list(doc["implements"])] if doc else [],
        carried_out=bool(below),
        person_typed=strip_diacritics(person).lower(),
        person=person,
        province=province,
        search_typed=strip_diacritics(province).lower(),
        search_found=province,
        article_id=first["id"],
        article_text=first["title"],
    )


@pytest.fixture(scope="session")
def facts(dashboard: Dashboard) -> Facts:
    return _sample_facts(dashboard.store_url) if dashboard.samples else _fixture_facts()


@pytest.fixture(scope="session")
def browser(chromium: Path) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()
