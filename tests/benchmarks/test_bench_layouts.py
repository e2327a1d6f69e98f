"""The layouts benchmark's variants keep every fact's statements somewhere, drop only what they say
they drop, and the benchmark runs end to end at a tiny size (no speed is asserted)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from eventgraph.ingest.readers import read_jsonl
from eventgraph.store.nquads import int_lit
from eventgraph.store.sparql_base import render_article
from eventgraph.synth.corpus import truth_paths, write_corpus
from eventgraph.synth.oracle import oracle_extraction

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_layouts as bl  # noqa: E402
from quads_by_class import SHARED  # noqa: E402


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[bl.Article, object]]:
    corpus = tmp_path_factory.mktemp("layouts") / "c.jsonl"
    write_corpus(40, 7, corpus)
    out = []
    with truth_paths(corpus)[0].open(encoding="utf-8") as ft:
        for article in read_jsonl(corpus):
            r = render_article(article, oracle_extraction(article, json.loads(ft.readline())))
            out.append((bl.split_rendered(article.id, r), r))
    return out


def _restored(statements: list[str]) -> set[str]:
    """The statements with V3's `eg:span` literal expanded back into start, end and sentence."""
    out = set()
    for t in statements:
        s, p, o = t.split(" ", 2)
        if p != bl.SPAN:
            out.add(t)
            continue
        start, end, sentence = o[1:-1].split(" ", 2)
        out |= {f"{s} {bl.START} {int_lit(int(start))}", f"{s} {bl.END} {int_lit(int(end))}",
                f'{s} {bl.SENTENCE} "{sentence}"'}
    return out


def test_today_is_the_write_path_byte_for_byte(articles) -> None:  # type: ignore[no-untyped-def]
    for a, r in articles:
        named, default = bl.lines(a, "V0")
        assert "".join(named).encode() == r.body + r.mark
        assert "".join(default).encode() == r.union + r.union_mark


@pytest.mark.parametrize("variant", bl.VARIANTS)
def test_every_fact_is_kept_somewhere(articles, variant: str) -> None:  # type: ignore[no-untyped-def]
    dropped = 0
    for a, _ in articles:
        named, default = bl.layout(a, variant)
        kept = _restored(named) | _restored(default)
        for t in a.named:
            if t in kept:
                continue
            s, p, _ = t.split(" ", 2)
            # the only statement a variant may lose: a fact node's prov:wasDerivedFrom (V3, V4)
            lost = bl._fact_derived(s, p, a.graph, a.article)
            assert variant in ("V3", "V4") and lost, (variant, t)
            dropped += 1
    assert (dropped > 0) == (variant in ("V3", "V4"))


def test_each_variant_moves_what_it_says(articles) -> None:  # type: ignore[no-untyped-def]
    for a, _ in articles:
        v0, v1, v2, v3, v4, v5, v6, v7 = (bl.layout(a, name) for name in bl.VARIANTS)
        assert v0 == (a.named, a.union)
        assert v1 == (a.named, [])
        shared = [t for t in a.named if bl.klass(t, a) == SHARED]
        assert shared and set(shared) <= set(v2[1])  # in the union, once
        assert not set(shared) & set(v2[0]) and not set(shared) & set(v4[0])
        spans = [t for t in v3[0] if t.split(" ", 2)[1] == bl.SPAN]
        assert spans and len(v3[0]) < len(v0[0]) and v3[0] and len(v3[1]) < len(v0[1])
        assert not any(t.split(" ", 2)[1] in (bl.START, bl.END, bl.SENTENCE) for t in v3[0])
        assert v5 == (a.named, [])
        named, default = bl.lines(a, "V5")  # as triples in the default graph
        assert named == [] and default == [f"{t} .\n" for t in a.named]
        # V6: the facts' derivation out of the article graph only; V7: shared descriptions only
        gone6 = set(v0[0]) - set(v6[0])
        assert gone6 and all(t.split(" ", 2)[1] == bl.DERIVED for t in gone6) and v6[1] == v0[1]
        gone7 = set(v0[0]) - set(v7[0])
        assert gone7 < set(shared) and gone7 <= set(v0[1]) and v7[1] == v0[1]
        links = [t for t in shared if t.split(" ", 2)[2].startswith("<") and t not in gone7]
        assert all(t in v7[0] for t in links)


def test_the_benchmark_runs_at_a_tiny_size(tmp_path: Path) -> None:
    out = tmp_path / "rows.jsonl"
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bench_layouts.py"), "run", "--articles", "12",
         "--work", str(tmp_path / "work"), "--order", "V0,V5", "--out", str(out)],
        env=dict(os.environ, PYTHONPATH=str(ROOT / "src")),
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    rows = [json.loads(ln) for ln in out.read_text().splitlines()]
    assert [r["variant"] for r in rows] == ["V0", "V5"]
    v0, v5 = rows
    # one segment: the store holds the loader's distinct quads
    assert v0["stored"]["named"] == v0["loader_named"] > 0
    assert v5["stored"]["named"] == 0 and v5["stored"]["default"] == v5["loader_default"] > 0
    assert v0["load"]["cpu_s"] >= 0 and v0["after_optimize"]["sst"] > 0
    assert not (tmp_path / "work" / "store").exists() and not (tmp_path / "work" / "V0").exists()
    table = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bench_layouts.py"), "table", str(out)],
        env=dict(os.environ, PYTHONPATH=str(ROOT / "src")), capture_output=True, text=True,
        timeout=60,
    )
    assert table.returncode == 0 and "| V5 |" in table.stdout
