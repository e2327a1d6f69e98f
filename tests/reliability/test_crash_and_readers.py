"""SIGKILL at any moment then the same command again gives exactly the clean graph; readers opening
the embedded store while an ingest writes never see half an article."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eventgraph.ingest.run import ingest
from eventgraph.store import open_store

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "data" / "samples" / "articles.jsonl"
EVENTGRAPH = [sys.executable, "-m", "eventgraph.cli"]


def _corpus(tmp_path: Path, copies: int = 12) -> Path:
    """The sample articles, each under `copies` ids: enough batches for kills to land mid-run."""
    if not SAMPLES.exists():
        pytest.skip("data/samples/articles.jsonl is missing")
    rows = [json.loads(x) for x in SAMPLES.read_text(encoding="utf-8").splitlines() if x.strip()]
    out = tmp_path / "corpus.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for i in range(copies):
            for r in rows:
                f.write(json.dumps({**r, "id": f"{r['id']}-{i}"}, ensure_ascii=False) + "\n")
    return out


def _dump(url: str, **options: object) -> list[str]:
    with open_store(url, **options) as s:
        buf = io.BytesIO()
        s.dump_nquads(buf)
    return sorted(set(buf.getvalue().decode("utf-8").splitlines()))


def _ingest_cmd(corpus: Path, url: str, tmp_path: Path) -> list[str]:
    return [*EVENTGRAPH, "ingest", str(corpus), "--store", url, "--batch-size", "8",
            "--report", str(tmp_path / "failures.jsonl")]


def _kill_at(cmd: list[str], delays: tuple[float, ...], env: dict[str, str] | None = None) -> int:
    """Start `cmd` once per delay and SIGKILL it after that many seconds; then run it to the end.
    Returns how many kills landed while it was still running."""
    killed = 0
    for delay in delays:
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        if proc.poll() is None:
            killed += 1
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    return killed


def test_sigkill_at_many_points_then_rerun_equals_a_clean_run(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    clean = f"oxigraph://{tmp_path / 'clean'}"
    with open_store(clean) as s:
        report = ingest([corpus], s, batch_size=8)
    assert report.failures == [], report.failures[:3]
    expected = _dump(clean)

    target = f"oxigraph://{tmp_path / 'killed'}"
    killed_mid_run = _kill_at(_ingest_cmd(corpus, target, tmp_path), (0.2, 0.5, 0.9, 1.4, 2.0, 2.7, 3.5))
    assert killed_mid_run >= 3, "the kills must land while the ingest is running"
    assert _dump(target) == expected
    with open_store(target) as s:
        assert s.union_drift() == (0, 0)  # the deduplicated union agrees with the article graphs


@pytest.mark.server
@pytest.mark.parametrize("server", ["oxigraph", "virtuoso"])
def test_sigkill_on_a_sparql_server_then_rerun_equals_a_clean_run(tmp_path: Path, server: str) -> None:
    """The same kill points against a SPARQL 1.1 server store: the server outlives the killed writer,
    so whatever request was in flight either landed whole or not at all, and the rerun completes it."""
    from eventgraph.servers import sparql_dev

    start = sparql_dev.start_oxigraph if server == "oxigraph" else sparql_dev.start_virtuoso
    binary = sparql_dev.oxigraph_binary() if server == "oxigraph" else sparql_dev.virtuoso_binary()
    if binary is None:
        pytest.skip(f"no {server} server binary here (scripts/test installs them)")
    corpus = _corpus(tmp_path, copies=6)
    clean = f"oxigraph://{tmp_path / 'clean'}"
    with open_store(clean) as s:
        ingest([corpus], s, batch_size=8)
    expected = _dump(clean)

    with start(tmp_path / server) as srv:
        env = {**os.environ}
        if srv.auth:
            env["EVENTGRAPH_SPARQL_USER"], env["EVENTGRAPH_SPARQL_PASSWORD"] = srv.auth
        killed_mid_run = _kill_at(_ingest_cmd(corpus, srv.url, tmp_path), (0.8, 1.5, 2.3, 3.2, 4.5), env)
        assert killed_mid_run >= 2, "the kills must land while the ingest is running"
        assert _dump(srv.url, auth=srv.auth) == expected
        with open_store(srv.url, auth=srv.auth) as s:
            assert s.union_drift() == (0, 0)


def test_readers_never_see_half_an_article(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, copies=10)
    clean = f"oxigraph://{tmp_path / 'clean'}"
    with open_store(clean) as s:
        ingest([corpus], s, batch_size=8)
    per_graph = _graph_sizes(clean, read_only=False)

    target = f"oxigraph://{tmp_path / 'live'}"
    open_store(target).close()  # the folder exists before readers start
    proc = subprocess.Popen(_ingest_cmd(corpus, target, tmp_path), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    checks = 0
    try:
        while proc.poll() is None and checks < 200:
            seen = _graph_sizes(target, read_only=True)
            for graph, size in seen.items():
                assert size == per_graph[graph], f"{graph}: {size} of {per_graph[graph]} quads visible"
            checks += 1
    finally:
        proc.wait(timeout=120)
    assert proc.returncode == 0, proc.stderr.read().decode()[-2000:] if proc.stderr else ""
    assert checks > 3


def _graph_sizes(url: str, read_only: bool) -> dict[str, int]:
    with open_store(url, read_only=read_only) as s:
        rows = s.console("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g").rows
    return {r["g"]: r["n"] for r in rows}
