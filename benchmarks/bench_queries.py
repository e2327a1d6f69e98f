"""Named-query latency (p50/p95) on a store, with the answers checked against the synthetic truth.

    .venv/bin/python benchmarks/bench_queries.py STORE_DIR CORPUS.aggregate.json [--reps 25]

The parameters come from the aggregate truth (a tracked person's name, a tracked code): the queries
a user would type. chairs and lineage answers are compared with the truth; `meetings`, `stats` and
the queries behind the dashboard's pages are timed with the same inputs (ids the pages pass — a
person's IRI, an article id — are looked up in the store first, untimed). Each query runs once to
warm the caches (and its answer is compared with the truth), then `reps` times timed, fewer when one
run is slow (at least 3; 1 when one run exceeds the budget), so a slow query is measured rather than
abandoned.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from functools import partial
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
    if not people or not agg["chairs"][people[0]] or not agg["lineage"]:
        return out  # a corpus too small for the pages' inputs
    return out + [(q, params, None) for q, params in _page_cases(agg, people[0])]


def _page_cases(agg: dict[str, Any], person: str) -> list[tuple[str, dict[str, str]]]:
    """meetings, stats and the dashboard pages' queries, with the inputs a user gives them: the
    tracked person's province, name (typed without diacritics) and IRI, a tracked code, an
    article."""
    from eventgraph.text import strip_diacritics

    province = agg["chairs"][person][0]["locality"]
    code = agg["lineage"][0]["params"]["code"]
    typed = strip_diacritics(person).lower()
    filters = {"locality": province, "date_from": "2022-01-01"}
    return [
        ("meetings", filters),
        ("stats", {}),
        ("overview", {}),
        ("activity", {}),
        ("top_chairs", {}),
        ("newest_directives", {}),
        ("overview", filters),
        ("meeting_chairs", {"person": typed}),
        ("directive_search", {"code": code}),
        ("people", {"name": typed}),
        ("active_people", {}),
        ("person_positions", {"person": _PERSON_ID, "key": _PERSON_KEY}),
        ("person_meetings", {"person": _PERSON_ID, "key": _PERSON_KEY}),
        ("colleagues", {"person": _PERSON_ID, "key": _PERSON_KEY}),
        ("localities", {}),
        ("locality_units", {"province": province}),
        ("search_people", {"q": typed}),
        ("search_localities", {"q": strip_diacritics(province).lower()}),
        ("search_directives", {"q": code, "text": code}),
        ("search_meetings", {"q": typed, "text": typed}),
        ("articles", {}),
        ("article", {"id": _ARTICLE_ID}),
        ("article_facts", {"id": _ARTICLE_ID}),
    ]


# Inputs a page takes from an earlier answer: the first person `people` finds for the typed name
# (its id and search key, as the People page passes them), the first article `articles` lists.
# Looked up before timing.
_PERSON_ID, _ARTICLE_ID = "<person_id of people(name)>", "<first article of articles>"
_PERSON_KEY = "<key of people(name)>"


def _resolve(st: Any, params: dict[str, str], typed: str) -> dict[str, str]:
    from eventgraph.queries import get

    out = dict(params)
    for k, v in params.items():
        if v in (_PERSON_ID, _PERSON_KEY):
            rows = st.run(get("people"), {"name": typed}).rows
            out[k] = rows[0]["person_id" if v == _PERSON_ID else "key"] if rows else ""
        elif v == _ARTICLE_ID:
            rows = st.run(get("articles"), {}).rows
            out[k] = rows[0]["article"] if rows else ""
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


def _timed(run: Any, n: int, cpu: list[float] | None = None) -> list[float]:
    """`n` wall-clock times of `run()` in ms, sorted; its CPU times (this thread's) into `cpu`."""
    times = []
    for _ in range(n):
        t, c = time.perf_counter(), time.thread_time()
        run()
        times.append((time.perf_counter() - t) * 1000)
        if cpu is not None:
            cpu.append((time.thread_time() - c) * 1000)
    return sorted(times)


def _row(name: str, params: dict[str, str], rows: list[dict[str, Any]], times: list[float],
         expected: Any, path: str, cpu: list[float] | None = None, **extra: Any) -> dict[str, Any]:
    got = answer(name, params, rows)
    return {
        "query": name,
        "path": path,
        "params": params,
        "rows": len(rows),
        "reps": len(times),
        "p50_ms": round(statistics.median(times), 1),
        "p95_ms": round(times[min(len(times) - 1, int(0.95 * len(times)))], 1),
        # CPU time of the answering thread: the work, apart from waiting for a shared core
        # (Oxigraph evaluates a query on the calling thread)
        "cpu_p50_ms": round(statistics.median(cpu), 1) if cpu else None,
        "matches_truth": None if expected is None else got == expected,
        "missing": [] if expected is None else sorted(map(str, expected - got))[:3],
        "extra": [] if expected is None else sorted(map(str, got - expected))[:3],
        **extra,
    }


def bench_queries(
    store_dir: Path,
    agg: dict[str, Any],
    reps: int = 25,
    only: int | None = None,
    budget_s: float = 20.0,
    kept: bool = True,
) -> list[dict[str, Any]]:
    """Latency of each case (or case number `only`) and whether its answer equals the truth's;
    repetitions are cut to fit about `budget_s` per case (never fewer than 3). A query the kept
    tables of the store's snapshot answer (`dashboard.kept_queries`; kept by `prepare-dashboard`
    under EVENTGRAPH_CACHE_DIR) is measured both ways, path "sparql" and path "kept", the two
    timed in turn so that both see the same load; "load_ms" is the kept path's first answer in the
    process (its tables read from disk and joined), which a dashboard or a long-lived process pays
    once per snapshot."""
    from eventgraph.dashboard.kept_queries import KeptIndex
    from eventgraph.queries import get
    from eventgraph.store import open_store
    from eventgraph.text import strip_diacritics

    results = []
    todo = cases(agg) if only is None else cases(agg)[only : only + 1]
    first = cases(agg)[0][1] if cases(agg) else {}
    typed = strip_diacritics(first.get("person", "")).lower()
    index = KeptIndex()
    with open_store(f"oxigraph://{store_dir}", read_only=True) as st:
        for name, given, expected in todo:
            q = get(name)
            params = _resolve(st, given, typed)
            t = time.perf_counter()
            rows = st.run(q, params).rows
            first_s = time.perf_counter() - t
            # at least 3 timed runs, or 1 for a query slower than the budget (p95 = that run)
            fit = int(budget_s / max(first_s, 1e-6))
            n = 1 if fit == 0 else max(3, min(reps, fit))
            t = time.perf_counter()
            kept_rows = index.answer(st, name, params) if kept else None
            load_ms = (time.perf_counter() - t) * 1000
            if kept_rows is None:
                cpu: list[float] = []
                times = _timed(partial(st.run, q, params), n, cpu)
                results.append(_row(name, params, rows, times, expected, "sparql", cpu))
                continue
            sparql: list[float] = []
            fast: list[float] = []
            cpu_s: list[float] = []
            cpu_k: list[float] = []
            for _ in range(n):  # in turn: the same load for both
                sparql += _timed(partial(st.run, q, params), 1, cpu_s)
                fast += _timed(partial(index.answer, st, name, params), 1, cpu_k)
            results.append(_row(name, params, rows, sorted(sparql), expected, "sparql", cpu_s))
            results.append(_row(name, params, kept_rows.rows, sorted(fast), expected, "kept", cpu_k,
                                load_ms=round(load_ms, 1),
                                same_rows_as_sparql=_same(kept_rows.rows, rows)))
    return results


def _same(a: list[dict[str, Any]], b: list[dict[str, Any]]) -> bool:
    """The same rows, every column compared (order aside: ties of the ORDER BY may differ)."""
    return sorted(json.dumps(r, sort_keys=True) for r in a) == sorted(
        json.dumps(r, sort_keys=True) for r in b
    )


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("store", type=Path)
    ap.add_argument("aggregate", type=Path)
    ap.add_argument("--reps", type=int, default=25)
    ap.add_argument("--case", type=int, help="run only this case (0-based)")
    ap.add_argument("--budget", type=float, default=20.0, help="seconds of repetitions per case")
    ap.add_argument("--no-kept", dest="kept", action="store_false",
                    help="time the SPARQL path only, even where the snapshot's tables are kept")
    a = ap.parse_args()
    agg = json.loads(a.aggregate.read_text(encoding="utf-8"))
    out = bench_queries(a.store, agg, a.reps, a.case, a.budget, a.kept)
    print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
