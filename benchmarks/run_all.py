"""Every scale benchmark in one command; results (with the machine) go to docs/performance.md.

    .venv/bin/python benchmarks/run_all.py [--sizes 10000,100000] [--workers 2] [--work DIR]

Per size: generate a synthetic corpus (eventgraph.synth), ingest it end to end (`e2e`, the real
extractor in worker processes), write its true facts through the store's write path alone (`write`),
bulk-load the same facts as N-Quads with pyoxigraph (`raw`), and time the named queries chairs,
lineage and person on the `write` store (whose facts are exactly the truth, so answers are checked
too). Extraction speed per core is measured once, on ../shared/corpus/vn_politics.jsonl and on
synthetic articles. Each ingest runs in a process of its own, so its memory high-water mark is its
own.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from bench_extract import bench_extract  # noqa: E402
from machine import machine  # noqa: E402
from report import write_report  # noqa: E402

SHARED_CORPUS = ROOT.parent / "shared" / "corpus" / "vn_politics.jsonl"
# A query slower than this is reported as "> N s", not waited for.
QUERY_TIMEOUT_S = float(os.environ.get("EVENTGRAPH_BENCH_QUERY_TIMEOUT", "30"))


def child(*args: str, timeout: float | None = None) -> dict | list | None:  # type: ignore[type-arg]
    """Run a benchmark script in its own process; its JSON output, or None when it timed out."""
    try:
        out = subprocess.run(
            [sys.executable, *args],
            capture_output=True,
            text=True,
            check=True,
            timeout=timeout,
            cwd=ROOT,
        ).stdout
    except subprocess.TimeoutExpired:
        return None
    except subprocess.CalledProcessError as e:
        raise SystemExit(f"{args[0]} failed:\n{e.stderr[-3000:]}") from None
    return json.loads(out)


def bench_size(
    n: int,
    work: Path,
    workers: int,
    seed: int,
    e2e: bool,
    query_cases: int | None = None,
    reps: int = 10,
) -> dict[str, object]:
    """Generate, ingest, write, bulk-load and query one corpus of `n` articles."""
    from eventgraph.synth.corpus import truth_paths, write_corpus

    corpus = work / f"synth-{n}.jsonl"
    start = time.perf_counter()
    write_corpus(n, seed, corpus, workers=1)
    gen_s = time.perf_counter() - start
    res: dict[str, object] = {
        "articles": n,
        "generate": {"seconds": round(gen_s, 1), "per_s": round(n / gen_s)},
    }
    script = str(HERE / "bench_ingest.py")
    if e2e:
        res["e2e"] = child(
            script, "e2e", str(corpus), str(work / f"e2e-{n}"), "--workers", str(workers)
        )
    res["write"] = child(script, "write", str(corpus), str(work / f"write-{n}"))
    nq = work / f"write-{n}.nq"
    _dump(work / f"write-{n}", nq)
    res["raw"] = child(script, "raw", str(nq), str(work / f"raw-{n}"))
    nq.unlink()
    res["queries"] = queries(work / f"write-{n}", truth_paths(corpus)[1], query_cases, reps)
    return res


def _dump(store_dir: Path, out: Path) -> None:
    from eventgraph.store import open_store

    with open_store(f"oxigraph://{store_dir}", read_only=True) as st, out.open("wb") as f:
        st.dump_nquads(f)


def queries(
    store_dir: Path, aggregate: Path, limit: int | None = None, reps: int = 10
) -> list[dict[str, object]]:
    """Each named-query case in its own process, given up after QUERY_TIMEOUT_S."""
    from bench_queries import cases

    agg = json.loads(aggregate.read_text(encoding="utf-8"))
    out = []
    for i, (name, params, _) in enumerate(cases(agg)[:limit]):
        got = child(
            str(HERE / "bench_queries.py"),
            str(store_dir),
            str(aggregate),
            "--case",
            str(i),
            "--reps",
            str(reps),
            timeout=QUERY_TIMEOUT_S,
        )
        # one row per path measured (the SPARQL path, and the kept tables where there are any)
        out.extend(
            got or [{"query": name, "params": params, "timed_out_s": QUERY_TIMEOUT_S}]
        )
    return out


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--sizes", default="10000,100000", help="comma-separated corpus sizes")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--work", type=Path, default=Path("/tmp/eventgraph-bench"))
    ap.add_argument("--no-e2e", action="store_true", help="skip end-to-end ingest (extraction)")
    ap.add_argument("--e2e-sizes", default=None, help="sizes to ingest end to end (default: all)")
    ap.add_argument("--extract-limit", type=int, default=None, help="articles per extraction run")
    ap.add_argument(
        "--query-cases", type=int, default=None, help="time only the first N query cases"
    )
    ap.add_argument("--query-reps", type=int, default=10)
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "performance.md")
    ap.add_argument("--json", type=Path, default=HERE / "results" / "latest.json")
    a = ap.parse_args()
    a.work.mkdir(parents=True, exist_ok=True)
    results: dict[str, object] = {
        "machine": machine(),
        "started": time.strftime("%Y-%m-%d %H:%M"),
        "workers": a.workers,
        "extract": [],
        "sizes": [],
    }
    synth = a.work / "synth-extract.jsonl"
    from eventgraph.synth.corpus import write_corpus

    write_corpus(a.extract_limit or 2000, a.seed + 1, synth, workers=1)
    for path in (SHARED_CORPUS, synth):
        if path.exists():
            results["extract"].append(bench_extract(path, a.extract_limit))  # type: ignore[union-attr]
    for n in (int(x) for x in a.sizes.split(",")):
        print(f"size {n} …", file=sys.stderr, flush=True)
        results["sizes"].append(
            bench_size(  # type: ignore[union-attr]
                n, a.work, a.workers, a.seed, _e2e(a, n), a.query_cases, a.query_reps
            )
        )
        _save(results, a.json)
        write_report(results, a.out)  # after each size, so a long run shows what it has
    results["machine_after"] = {"load_avg": machine()["load_avg"]}
    _save(results, a.json)
    write_report(results, a.out)
    print(f"results in {a.json} and {a.out}", file=sys.stderr)


def _e2e(a: argparse.Namespace, n: int) -> bool:
    if a.no_e2e:
        return False
    return a.e2e_sizes is None or str(n) in a.e2e_sizes.split(",")


def _save(results: dict[str, object], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
