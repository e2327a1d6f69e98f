"""Render benchmark results as the measured section of docs/performance.md (between two markers;
the hand-written analysis around them is kept)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

BEGIN, END = "<!-- results:begin (written by benchmarks/run_all.py) -->", "<!-- results:end -->"


def _rate(n: float, s: float) -> str:
    return f"{n / s:,.0f}" if s else "–"


def _machine(r: dict[str, Any]) -> list[str]:
    m = r["machine"]
    pk = ", ".join(f"{k} {v}" for k, v in m["packages"].items())
    return [
        f"Run {r['started']} on {m['cpu']}, {m['cores']} cores, {m['ram_gb']} GB RAM, Python "
        f"{m['python']} ({m['os']}); {pk}. Load average before / after: {m['load_avg']} / "
        f"{r.get('machine_after', {}).get('load_avg')} (the machine is shared: other engineers' "
        f"tests ran at the same time). Ingest workers: {r['workers']}. Extraction modules: "
        f"{m.get('extraction_modules', 'pure Python')}.",
        "",
    ]


def _extract(r: dict[str, Any]) -> list[str]:
    out = [
        "| corpus | articles | chars/article | articles/s per core | warm-up s | failures |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for e in r["extract"]:
        out.append(
            f"| {e['corpus']} | {e['articles']} | {e.get('chars_per_article', '')} | "
            f"{e.get('per_core', '–')} | {e.get('warmup_s', '')} | {e.get('failures', '')} |"
        )
    return [*out, ""]


def _ingest(r: dict[str, Any]) -> list[str]:
    out = [
        "| articles | generate /s | e2e s | e2e articles/s | e2e quads/s | failures | write-path s "
        "(render + load) | write quads/s | raw bulk_load s | raw quads/s | write / raw | peak RSS MB "
        "(e2e main / worker; write) |",
        "|" + "---:|" * 12,
    ]
    for s in r["sizes"]:
        e, w, raw = s.get("e2e") or {}, s["write"], s["raw"]
        # a tiny run's load can take under a millisecond: no rate then, not a division by zero
        both = w["seconds"] and raw["seconds"]
        ratio = "–"
        if both:
            ratio = f"{(w['quads'] / w['seconds']) / (raw['quads'] / raw['seconds']):.0%}"
        mem = e.get("memory", {})
        out.append(
            f"| {s['articles']:,} | {s['generate']['per_s']:,} | {e.get('seconds', '–')} | "
            f"{_rate(e.get('written', 0), e.get('seconds', 0))} | {_rate(e.get('quads', 0), e.get('seconds', 0))} | "
            f"{e.get('failures', '–')} | {w['seconds']} ({w['render_s']} + {w['load_s']}) | "
            f"{_rate(w['quads'], w['seconds'])} | {raw['seconds']} | "
            f"{_rate(raw['quads'], raw['seconds'])} | "
            f"{ratio} | {mem.get('process_mb', '–')} / "
            f"{mem.get('largest_child_mb', '–')}; {w['memory']['process_mb']} |"
        )
    return [*out, ""]


def _queries(r: dict[str, Any]) -> list[str]:
    out = [
        "| articles | query | path | parameters | rows | p50 ms | p95 ms | answer = truth |",
        "|---:|---|---|---|---:|---:|---:|---|",
    ]
    for s in r["sizes"]:
        for q in s["queries"]:
            if "timed_out_s" in q:
                out.append(
                    f"| {s['articles']:,} | {q['query']} | sparql | {q['params']} | – "
                    f"| > {q['timed_out_s']} s "
                    f"| – | not reached |"
                )
                continue
            ok = {True: "yes", False: f"no (missing {q['missing']}, extra {q['extra']})", None: "–"}
            # "sparql": the store's answer; "kept": the snapshot's kept tables (kept_queries)
            path = q.get("path", "sparql")
            out.append(
                f"| {s['articles']:,} | {q['query']} | {path} | {q['params']} | {q['rows']} "
                f"| {q['p50_ms']} | {q['p95_ms']} | {ok[q['matches_truth']]} |"
            )
    return [*out, ""]


def render(r: dict[str, Any]) -> str:
    lines = [
        BEGIN,
        "",
        *_machine(r),
        "### Extraction",
        "",
        *_extract(r),
        "### Ingest and write path",
        "",
        *_ingest(r),
        "### Named queries (on the write-path store: facts = truth)",
        "",
        *_queries(r),
        END,
    ]
    return "\n".join(lines)


def write_report(results: dict[str, Any], path: Path) -> None:
    """Replace the measured section of `path` (created with a stub around it when absent)."""
    text = (
        path.read_text(encoding="utf-8") if path.exists() else f"# Performance\n\n{BEGIN}\n{END}\n"
    )
    head, _, rest = text.partition(BEGIN)
    _, _, tail = rest.partition(END)
    path.write_text(head + render(results) + tail, encoding="utf-8")
