"""Ingest speed and memory, run in a process of its own so its memory high-water mark is its own.

    .venv/bin/python benchmarks/bench_ingest.py e2e CORPUS STORE_DIR [--workers N] [--batch-size B]
    .venv/bin/python benchmarks/bench_ingest.py write CORPUS STORE_DIR   # the truth's facts, no extractor
    .venv/bin/python benchmarks/bench_ingest.py raw NQUADS STORE_DIR     # pyoxigraph bulk_load alone
    .venv/bin/python benchmarks/bench_ingest.py union CORPUS STORE_DIR   # the union's cost, paired

`e2e` is `eventgraph ingest` (read, extract in workers, render, write). `write` measures the store's
write path alone: the facts of the synthetic truth (eventgraph.synth.oracle) written batch by batch
through `Store.replace_rendered` inside `Store.bulk_writes`, as `ingest` writes, in one process (the
streamed load runs in a thread of its own beside the rendering of the next batch, so the CPU split
between `render` and `load` is approximate; their sum is not). `raw` loads the same facts, dumped as N-Quads,
with one pyoxigraph `bulk_load`: the ceiling the write path is compared with. `union` prices the
deduplicated union (every statement written twice, see store/sparql_base.py) in one process: each
batch is rendered once and written into two new stores, one keeping the union and one not, in
alternating order, so both see the same machine load. Each prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from machine import peak_rss_mb


def _counts(store_dir: Path) -> dict[str, int]:
    from eventgraph.store import open_store

    with open_store(f"oxigraph://{store_dir}", read_only=True) as st:
        return st.stats()


def e2e(corpus: Path, store_dir: Path, workers: int, batch_size: int) -> dict[str, object]:
    """`eventgraph ingest` of `corpus` into a new store."""
    from eventgraph.ingest.run import ingest
    from eventgraph.store import open_store

    shutil.rmtree(store_dir, ignore_errors=True)
    start = time.perf_counter()
    with open_store(f"oxigraph://{store_dir}") as st:
        rep = ingest([corpus], st, workers=workers, batch_size=batch_size)
    took = time.perf_counter() - start
    return {
        "mode": "e2e",
        "workers": workers,
        "batch_size": batch_size,
        "seconds": round(took, 3),
        "read": rep.read,
        "written": rep.written,
        "failures": len(rep.failures),
        "first_failure": str(rep.failures[0]) if rep.failures else None,
        **_counts(store_dir),
        "memory": peak_rss_mb(),
    }


def write_path(corpus: Path, store_dir: Path, batch_size: int) -> dict[str, object]:
    """The truth's facts written through `replace_articles`; render and load timed apart."""
    from eventgraph.ingest.readers import read_jsonl
    from eventgraph.store import open_store
    from eventgraph.store.sparql_base import render_article
    from eventgraph.synth.corpus import truth_paths
    from eventgraph.synth.oracle import oracle_extraction

    shutil.rmtree(store_dir, ignore_errors=True)
    render_s = load_s = 0.0
    cpu = [0.0, 0.0]  # CPU seconds of this process: rendering, the store's write (load)
    start = time.perf_counter()
    with (
        open_store(f"oxigraph://{store_dir}") as st,
        truth_paths(corpus)[0].open(encoding="utf-8") as ft,
    ):
        batch: list = []  # type: ignore[type-arg]
        bulk = st.bulk_writes()  # as ingest writes: one streamed bulk load a segment
        bulk.__enter__()
        for article in read_jsonl(corpus):
            batch.append((article, oracle_extraction(article, json.loads(ft.readline()))))
            if len(batch) == batch_size:
                render_s, load_s = _write(st, batch, render_s, load_s, render_article, cpu)
                batch = []
        render_s, load_s = _write(st, batch, render_s, load_s, render_article, cpu)
        t, c = time.perf_counter(), time.process_time()
        bulk.__exit__(None, None, None)  # the last segment's load
        load_s, cpu[1] = load_s + time.perf_counter() - t, cpu[1] + time.process_time() - c
        stored = len(st.db)  # type: ignore[attr-defined]  # article graphs and union
    took = time.perf_counter() - start
    return {
        "mode": "write",
        "batch_size": batch_size,
        "seconds": round(took, 3),
        "render_s": round(render_s, 1),
        "load_s": round(load_s, 1),
        "render_cpu_s": round(cpu[0], 1),
        "load_cpu_s": round(cpu[1], 1),
        "stored_quads": stored,
        **_counts(store_dir),
        "memory": peak_rss_mb(),
    }


def _write(st, batch, render_s, load_s, render, cpu=None):  # type: ignore[no-untyped-def]
    if not batch:
        return render_s, load_s
    t0, c0 = time.perf_counter(), time.process_time()
    rendered = [render(a, e) for a, e in batch]
    t1, c1 = time.perf_counter(), time.process_time()
    st.replace_rendered([a.id for a, _ in batch], rendered)
    if cpu is not None:
        cpu[0] += c1 - c0
        cpu[1] += time.process_time() - c1
    return render_s + t1 - t0, load_s + time.perf_counter() - t1


def union_cost(corpus: Path, store_dir: Path, batch_size: int) -> dict[str, object]:
    """Load seconds of the same rendered batches with and without the union, interleaved."""
    from eventgraph.ingest.readers import read_jsonl
    from eventgraph.store import open_store
    from eventgraph.store.sparql_base import render_article
    from eventgraph.synth.corpus import truth_paths
    from eventgraph.synth.oracle import oracle_extraction

    dirs = {"union": store_dir / "union", "named_only": store_dir / "named-only"}
    for d in dirs.values():
        shutil.rmtree(d, ignore_errors=True)
    stores = {k: open_store(f"oxigraph://{d}") for k, d in dirs.items()}
    stores["named_only"].keeps_union = False  # type: ignore[attr-defined]
    secs = dict.fromkeys(stores, 0.0)
    with truth_paths(corpus)[0].open(encoding="utf-8") as ft:
        batch: list = []  # type: ignore[type-arg]
        for i, article in enumerate(read_jsonl(corpus), 1):
            truth = json.loads(ft.readline())
            batch.append((article.id, render_article(article, oracle_extraction(article, truth))))
            if len(batch) == batch_size:
                _paired(stores, secs, batch, i // batch_size)
                batch = []
        if batch:
            _paired(stores, secs, batch, 0)
    quads = {k: len(st.db) for k, st in stores.items()}  # type: ignore[attr-defined]
    for st in stores.values():
        st.close()
    return {
        "mode": "union",
        "batch_size": batch_size,
        "load_s": {k: round(v, 1) for k, v in secs.items()},
        "stored_quads": quads,
        "union_cost": round(secs["union"] / secs["named_only"], 2),
        "memory": peak_rss_mb(),
    }


def _paired(stores, secs, batch, k):  # type: ignore[no-untyped-def]
    order = list(stores) if k % 2 else list(reversed(stores))
    for name in order:
        t = time.perf_counter()
        stores[name].replace_rendered([a for a, _ in batch], [r for _, r in batch])
        secs[name] += time.perf_counter() - t


def raw(nquads: Path, store_dir: Path) -> dict[str, object]:
    """One pyoxigraph bulk_load of an N-Quads file into a new store."""
    import pyoxigraph as ox

    shutil.rmtree(store_dir, ignore_errors=True)
    start, cpu = time.perf_counter(), time.process_time()
    db = ox.Store(str(store_dir))
    db.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
    db.flush()
    took, cpu = time.perf_counter() - start, time.process_time() - cpu
    quads = len(db)
    del db
    return {"mode": "raw", "seconds": round(took, 3), "cpu_s": round(cpu, 1), "quads": quads,
            "memory": peak_rss_mb()}


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("mode", choices=("e2e", "write", "raw", "union"))
    ap.add_argument("source", type=Path)
    ap.add_argument("store", type=Path)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=1000, help="articles per store write")
    a = ap.parse_args()
    if a.mode == "e2e":
        out = e2e(a.source, a.store, a.workers, a.batch_size)
    elif a.mode == "write":
        out = write_path(a.source, a.store, a.batch_size)
    elif a.mode == "union":
        out = union_cost(a.source, a.store, a.batch_size)
    else:
        out = raw(a.source, a.store)
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()
