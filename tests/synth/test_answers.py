"""What the named queries answer on a synthetic corpus equals the answers its truth expects: through
the store alone (the truth's own facts written), and through the real extractor."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from eventgraph.ingest.readers import read_jsonl
from eventgraph.ingest.run import ingest_items
from eventgraph.queries import get
from eventgraph.store import open_store
from eventgraph.synth.corpus import truth_paths, write_corpus
from eventgraph.synth.oracle import oracle_extraction

N = 16  # the named queries are slow on union graphs (docs/performance.md): keep the sample small


def _corpus(tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    out = tmp_path / "c.jsonl"
    return out, write_corpus(N, 8, out, track_all=True)


def _answers(store: Any, agg: dict[str, Any]) -> tuple[dict[str, set], dict[str, set]]:  # type: ignore[type-arg]
    people = sorted(agg["chairs"])[:3]
    chairs = {
        p: {
            (r["date"] or None, r["role"])
            for r in store.run(get("chairs"), {"person": p}).rows
            if r["person"] == p
        }
        for p in people
    }
    lineage = {}
    for q in agg["lineage"][:2]:
        rows = store.run(get("lineage"), q["params"]).rows
        lineage[q["params"]["code"]] = {
            (r["direction"], r["source_code"], r["target_code"]) for r in rows
        }
    return chairs, lineage


def _expected(agg: dict[str, Any]) -> tuple[dict[str, set], dict[str, set]]:  # type: ignore[type-arg]
    people = sorted(agg["chairs"])[:3]
    chairs = {p: {(r["date"], r["role"]) for r in agg["chairs"][p]} for p in people}
    lineage = {
        q["params"]["code"]: {
            (r["direction"], r["source_code"], r["target_code"]) for r in q["rows"]
        }
        for q in agg["lineage"][:2]
    }
    return chairs, lineage


def test_store_answers_what_the_truth_expects(tmp_path: Path) -> None:
    corpus, agg = _corpus(tmp_path)
    truth = {t["id"]: t for t in map(json.loads, truth_paths(corpus)[0].open(encoding="utf-8"))}
    with open_store("memory://") as st:
        rep = ingest_items(
            read_jsonl(corpus), st, extractor=lambda a: oracle_extraction(a, truth[a.id])
        )
        assert rep.written == N and not rep.failures
        chairs, lineage = _answers(st, agg)
    assert (chairs, lineage) == _expected(agg)
    assert any(lineage.values())  # the sample does exercise a chain


def test_extracted_answers_equal_the_truth(tmp_path: Path) -> None:
    corpus, agg = _corpus(tmp_path)
    with open_store("memory://") as st:
        rep = ingest_items(read_jsonl(corpus), st)
        assert rep.written == N and not rep.failures
        assert _answers(st, agg) == _expected(agg)
