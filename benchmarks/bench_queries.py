"""Named-query latency (p50/p95) on a store, with the answers checked against the synthetic truth.

    .venv/bin/python benchmarks/bench_queries.py STORE_DIR CORPUS.aggregate.json [--reps 25]

The parameters come from the aggregate truth (a tracked person's name, a tracked code): the queries
a user would type. Each query runs once to warm the caches (and its answer is compared with the
truth), then `reps` times timed.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))


def cases(agg: dict[str, Any]) -> list[tuple[str, dict[str, str], Any]]:
    """(query, params, expected rows) for two tracked people and two tracked codes."""
    out: list[tuple[str, dict[str, str], Any]] = []
    people = sorted(agg["chairs"], key=lambda p: -len(agg["chairs"][p]))[:2]
    for p in people:
        out.append(("chairs", {"person": p}, {(p, r["date"], r["role"]) for r in agg["chairs"][p]}))
    for q in agg["lineage"][:2] + agg["lineage"][2:3]:
        out.append(
            (
                "lineage",
                q["params"],
                {(r["direction"], r["source_code"], r["target_code"]) for r in q["rows"]},
            )
        )
    for p in people[:1] + list(agg.get("person", {}))[:1]:
        out.append(("person", {"name": p}, None))
    return out


def answer(name: str, params: dict[str, str], rows: list[dict[str, Any]]) -> Any:
    if name == "chairs":
        return {
            (r["person"], r["date"] or None, r["role"])
            for r in rows
            if r["person"] == params["person"]
        }
    if name == "lineage":
        return {(r["direction"], r["source_code"], r["target_code"]) for r in rows}
    return None


def bench_queries(
    store_dir: Path, agg: dict[str, Any], reps: int = 25, only: int | None = None
) -> list[dict[str, Any]]:
    """Latency of each case (or case number `only`) and whether its answer equals the truth's."""
    from eventgraph.queries import get
    from eventgraph.store import open_store

    results = []
    todo = cases(agg) if only is None else cases(agg)[only : only + 1]
    with open_store(f"oxigraph://{store_dir}", read_only=True) as st:
        for name, params, expected in todo:
            q = get(name)
            rows = st.run(q, params).rows
            times = []
            for _ in range(reps):
                t = time.perf_counter()
                st.run(q, params)
                times.append((time.perf_counter() - t) * 1000)
            times.sort()
            got = answer(name, params, rows)
            results.append(
                {
                    "query": name,
                    "params": params,
                    "rows": len(rows),
                    "p50_ms": round(statistics.median(times), 1),
                    "p95_ms": round(times[min(len(times) - 1, int(0.95 * len(times)))], 1),
                    "matches_truth": None if expected is None else got == expected,
                    "missing": [] if expected is None else sorted(map(str, expected - got))[:3],
                    "extra": [] if expected is None else sorted(map(str, got - expected))[:3],
                }
            )
    return results


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("store", type=Path)
    ap.add_argument("aggregate", type=Path)
    ap.add_argument("--reps", type=int, default=25)
    ap.add_argument("--case", type=int, help="run only this case (0-based)")
    a = ap.parse_args()
    agg = json.loads(a.aggregate.read_text(encoding="utf-8"))
    print(json.dumps(bench_queries(a.store, agg, a.reps, a.case), ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
