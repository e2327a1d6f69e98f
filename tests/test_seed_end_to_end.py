"""The seed article, end to end: what an analyst and a journalist check first."""

from __future__ import annotations

from pathlib import Path

from eventgraph.ingest.run import ingest
from eventgraph.queries import get
from eventgraph.store import open_store


def test_seed_chair_lineage_and_idempotence(store_url: str, seed_jsonl: Path) -> None:
    with open_store(store_url) as store:
        report = ingest([seed_jsonl], store)
        assert report.failures == [] and report.written == 1

        chairs = store.run(get("chairs"), {"person": "Trần Lưu Quang"}).rows
        assert any(r["person"] == "Trần Lưu Quang" and r["date"] == "2022-04-06" for r in chairs), chairs
        # the same answer without diacritics, and by province and period
        assert store.run(get("chairs"), {"person": "tran luu quang", "locality": "hai phong",
                                         "date_from": "2022-04-01", "date_to": "2022-04-30"}).rows

        up = [r for r in store.run(get("lineage"), {"code": "122-KH/TU"}).rows if r["direction"] == "up"]
        link = next(r for r in up if r["source_code"] == "122-KH/TU" and r["target_code"] == "21-KL/TW")
        assert link["target_issuer"].startswith("Ban Chấp hành Trung ương")
        assert link["target_period"] == "khoa-xiii"

        before = store.stats()
        assert before["articles"] == 1 and before["meetings"] >= 1 and before["directives"] >= 2
        again = ingest([seed_jsonl], store)
        assert again.unchanged == 1 and again.written == 0
        ingest([seed_jsonl], store, force=True)  # re-extracted and rewritten: still no duplicates
        assert store.stats() == before


def test_seed_extraction_matches_gold(seed_jsonl: Path, dev_gold: list[dict]) -> None:
    import importlib.util
    import json

    from eventgraph.extract.pipeline import extract
    from eventgraph.ingest.readers import read_inputs
    spec = importlib.util.spec_from_file_location(
        "score", Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)  # type: ignore[union-attr]
    article = next(iter(read_inputs([seed_jsonl])))
    pred = json.loads(json.dumps(extract(article).to_contract()))
    gold = [r for r in dev_gold if r["id"] == article.id]
    result = score.score(gold, [pred])
    for category in ("people", "positions", "chairs", "directives", "implements", "localities"):
        assert result[category]["f1"] == 1.0, (category, result[category])
    assert result["directive_attributes"] == {"date": 1.0, "issuer": 1.0, "kind": 1.0}
