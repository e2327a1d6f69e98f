"""`chairs` and `lineage` answered from the tables kept for a store's snapshot give the named
queries' rows and order, on the sample articles (extracted) and on a synthetic store; and a snapshot
the tables were not read from — after a merge, after a retraction — is answered by the store until
its own tables are kept, so a stale table cannot answer."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from eventgraph.cli import app as cli
from eventgraph.dashboard.kept_queries import KeptIndex
from eventgraph.dashboard.warm import prepare
from eventgraph.queries import get
from eventgraph.store import open_store
from eventgraph.store.base import Store

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "samples" / "articles.jsonl"


def _order(name: str) -> list[str]:
    sparql = get(name).sparql
    tail = sparql[sparql.upper().rindex("ORDER BY") :]
    return re.findall(r"\?(\w+)", tail)


def _params(st: Store) -> dict[str, list[dict[str, str]]]:
    """Inputs a user types: every chair's name and a part of it, places, periods; every code in
    the store, in another spelling too, with and without an issuer."""
    chairs = st.run(get("chairs"), {}).rows
    names = sorted({r["person"] for r in chairs})[:6]
    places = sorted({r["locality"] for r in chairs if r["locality"]})[:3]
    dates = sorted({r["date"] for r in chairs if r["date"]})
    mid = dates[len(dates) // 2] if dates else "2022-01-01"
    out = {"chairs": [{}, {"person": "nobody at all"}, {"date_from": mid}, {"date_to": mid}]}
    out["chairs"] += [{"person": n} for n in names] + [{"person": n.split()[-1]} for n in names]
    out["chairs"] += [{"locality": p} for p in places] + [
        {"locality": p, "date_from": mid} for p in places
    ]
    out["person"] = [{"name": ""}, {"name": "nobody at all"}, {"name": "a"}]
    out["person"] += [{"name": n} for n in names] + [{"name": n.split()[-1]} for n in names]
    codes = sorted({r["code"] for r in st.run(get("base_documents"), {}).rows})
    issuers = sorted({r["issuer"] for r in st.run(get("base_documents"), {}).rows if r["issuer"]})
    out["lineage"] = [{"code": c} for c in codes] + [{"code": "NO-SUCH/TW"}]
    out["lineage"] += [
        {"code": c.lower().replace("-", " - "), "issuer": i.split()[-1]}
        for c in codes[:8]
        for i in issuers[:2]
    ]
    return out


def assert_kept_answers_equal(st: Store, index: KeptIndex) -> int:
    compared = 0
    for name, sets in _params(st).items():
        for params in sets:
            want = st.run(get(name), params)
            got = index.answer(st, name, params)
            if got is None and name == "person":  # a name of nodes judged the same: the store's
                assert st.run(get("base_same"), {}).rows, params
                continue
            assert got is not None, f"no kept tables for {st.url}"
            where = f"{name} {params}"
            assert got.columns == want.columns, where
            dump = lambda rows: sorted(json.dumps(r, sort_keys=True) for r in rows)  # noqa: E731
            assert dump(got.rows) == dump(want.rows), where
            keys = _order(name)
            assert [[r[k] for k in keys] for r in got.rows] == [
                [r[k] for k in keys] for r in want.rows
            ], f"order of {where}"
            compared += len(want.rows)
    return compared


def test_sample_articles_answered_alike(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTGRAPH_CACHE_DIR", str(tmp_path / "cache"))
    url = f"oxigraph://{tmp_path / 'store'}"
    done = CliRunner().invoke(
        cli, ["ingest", str(SAMPLES), "--store", url, "--workers", "1", "--prepare-dashboard"]
    )
    assert done.exit_code == 0, done.output
    st = open_store(url, read_only=True)
    try:
        assert assert_kept_answers_equal(st, KeptIndex()) > 5
    finally:
        st.close()


def _synthetic(url: str, n: int) -> list[Any]:
    from eventgraph.ingest.readers import article_from_row
    from eventgraph.synth import generate
    from eventgraph.synth.oracle import oracle_extraction

    items = []
    with open_store(url) as store, store.writer(batch_size=100) as w:
        for row, truth in generate(n, 3):
            article = article_from_row(row, "synthetic", None)
            w.put(article, oracle_extraction(article, truth))  # type: ignore[arg-type]
            items.append(article)
    return items


def test_a_synthetic_store_through_a_merge_and_a_retraction(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from eventgraph.resolve.judgements import merge

    monkeypatch.setenv("EVENTGRAPH_CACHE_DIR", str(tmp_path / "cache"))
    url = f"oxigraph://{tmp_path / 'synth'}"
    articles = _synthetic(url, 250)
    assert prepare(url) is not None
    index = KeptIndex()
    reader = open_store(url, read_only=True)
    try:
        assert assert_kept_answers_equal(reader, index) > 200
        biggest = max(
            _params(reader)["lineage"], key=lambda p: len(reader.run(get("lineage"), p).rows)
        )
        chair = reader.run(get("chairs"), {}).rows[0]["person"]
        before = {
            n: index.answer(reader, n, p).rows
            for n, p in (("lineage", biggest), ("chairs", {"person": chair}))  # type: ignore[union-attr]
        }
    finally:
        reader.close()
    # A merge of two people, then the articles of the chair's first meeting and of the longest
    # lineage's documents retracted: each a new snapshot, with no table kept for it.
    with open_store(url) as writer:
        people = writer.run(get("people"), {"name": ""}).rows
        merge(writer, people[0]["person_id"], people[1]["person_id"], "test")
    reader = open_store(url, read_only=True)
    try:
        assert index.answer(reader, "chairs", {"person": chair}) is None  # the store answers
        assert prepare(url) is not None
        # the merged person is counted across both nodes: the store's question, not the tables'
        assert index.answer(reader, "person", {"name": people[0]["person"]}) is None
        assert index.answer(reader, "chairs", {"person": chair}) is not None
    finally:
        reader.close()
    gone = [a.id for a in articles if chair.split()[-1] in a.text or "KH/TU" in a.text][:60]
    with open_store(url) as writer:
        writer.delete_articles(gone)
    reader = open_store(url, read_only=True)
    try:
        for name, p in (("lineage", biggest), ("chairs", {"person": chair})):
            assert index.answer(reader, name, p) is None
            assert reader.run(get(name), p).rows != before[name]  # the old tables would be wrong
        assert prepare(url) is not None  # the new snapshot's own tables
        assert assert_kept_answers_equal(reader, index) > 100
    finally:
        reader.close()
