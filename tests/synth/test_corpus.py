"""The synthetic corpus: the same seed gives the same corpus however it is made, and every fact the
truth lists is written in the article's text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventgraph.synth import corpus as synth
from eventgraph.synth.corpus import generate, truth_paths, write_corpus


def test_same_seed_same_corpus_in_any_number_of_processes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(synth, "CHUNK", 25)  # several chunks, so the worker pool is used
    write_corpus(70, 5, tmp_path / "one.jsonl", workers=1)
    write_corpus(70, 5, tmp_path / "two.jsonl", workers=2)
    for a, b in zip(
        truth_paths(tmp_path / "one.jsonl"), truth_paths(tmp_path / "two.jsonl"), strict=True
    ):
        assert a.read_bytes() == b.read_bytes()
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()
    # article i does not depend on where the stream starts, so any slice can be made alone
    whole = list(generate(40, seed=5))
    assert list(generate(10, seed=5, start=30)) == whole[30:]
    assert [r for r, _ in generate(40, seed=6)] != [r for r, _ in whole]


def test_every_fact_of_the_truth_is_in_the_text() -> None:
    for row, truth in generate(80, seed=2):
        text, gold = row["text"], truth["gold"]
        for p in gold["people"]:
            assert p["name"] in text
            assert all(t in text for t in p["positions"]), (row["id"], p)
        for d in gold["directives"]:
            assert d["code"] in text or d["code"].upper() in text, (row["id"], d["code"])
        for loc in gold["localities"]:
            name = loc if isinstance(loc, str) else loc["name"]
            assert name.casefold() in text.casefold(), (row["id"], name)
        for m in gold["meetings"]:
            assert m["name"] in text and all(c in text for c in m["chairs"])
        published = row["published"] or gold["published"]
        assert published == gold["published"]


def test_the_corpus_has_the_variety_of_the_news(tmp_path: Path) -> None:
    agg = write_corpus(300, 3, tmp_path / "c.jsonl", track_all=True)
    rows = [json.loads(x) for x in (tmp_path / "c.jsonl").open(encoding="utf-8")]
    text = "\n".join(r["text"] for r in rows)
    for form in (
        "đồng chủ trì",
        "chủ tọa",
        "Dưới sự chủ trì",
        "nguyên Bí thư",
        "Quyền Chủ tịch",
        "ỦY BAN NHÂN DÂN",
        "Số:",
        "Ủy viên Trung ương Đảng",
        "từng là",
    ):
        assert form in text, form
    truths = [json.loads(x) for x in truth_paths(tmp_path / "c.jsonl")[0].open(encoding="utf-8")]
    years = {t["gold"]["published"][:4] for t in truths}
    assert {"2016", "2020", "2025", "2026"} <= years  # terms before and after the 2025 reform
    assert any(r["published"] is None for r in rows)  # some carry only the portal's date line
    reports = [x["reports"] for rows_ in agg["chairs"].values() for x in rows_]
    assert agg["lineage"] and any(n > 1 for n in reports)  # meetings reported more than once
