"""Which rows of bench_backends' fixed questions differ between the embedded store and a server.

    .venv/bin/python benchmarks/diff_backends.py --articles 10000 [--backends virtuoso,neo4j]

bench_backends keeps only a digest of each backend's rows; when digests differ this shows the rows.
It makes the same N synthetic articles, keeps those the fixed questions touch (the first province,
the named person, the two codes: ~1,200 of 10,000), writes them into the embedded Oxigraph store
and each server, and prints, per question, the rows only one side has.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from eventgraph.queries import get
from eventgraph.servers import neo4j_dev, sparql_dev
from eventgraph.store import open_store

sys.path.insert(0, str(Path(__file__).parent))
import bench_backends as bb


def touched(item: Any) -> bool:
    _, ex = item
    names = {p.name for m in ex.meetings for p in m.participants} | {p.name for p in ex.people}
    codes = {d.code for d in ex.directives} | {c for d in ex.directives for c in d.implements}
    asked = {p["code"] for name, p in bb.CHECKS if name == "lineage"}
    person = next(p["person"] for name, p in bb.CHECKS if "person" in p)
    return ex.locality == bb.PROVINCES[0] or person in names or bool(codes & asked)


def answers(url: str, items: list[Any], auth: Any = None) -> dict[str, set[str]]:
    st = open_store(url, auth=auth) if auth else open_store(url)
    for i in range(0, len(items), 500):
        st.replace_articles(items[i : i + 500])
    out = {}
    for name, params in bb.CHECKS:
        rows = st.run(get(name), params).rows
        out[f"{name} {params}"] = {json.dumps(r, sort_keys=True, ensure_ascii=False) for r in rows}
    st.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--backends", default="virtuoso,neo4j")
    args = ap.parse_args()
    rnd = random.Random(7)  # the generator and seed of bench_backends
    items = [it for it in (bb.synthetic(i, rnd) for i in range(args.articles)) if touched(it)]
    print(f"{len(items)} of {args.articles} articles touch the fixed questions", flush=True)
    with ExitStack() as stack, tempfile.TemporaryDirectory() as tmp:
        ref = answers(f"oxigraph://{tmp}/ox", items)
        for backend in args.backends.split(","):
            auth = None
            if backend == "virtuoso":
                server = stack.enter_context(sparql_dev.start_virtuoso(f"{tmp}/virt"))
                url, auth = server.url, server.auth
            elif backend == "oxigraph-server":
                url = stack.enter_context(sparql_dev.start_oxigraph(f"{tmp}/oxs")).url
            elif backend == "neo4j":
                url = stack.enter_context(neo4j_dev.start(f"{tmp}/neo4j")).uri
            else:
                url = "memory://"
            got = answers(url, items, auth)
            for q, want in ref.items():
                only_ref, only_it = want - got[q], got[q] - want
                print(f"{backend} {q}: {len(got[q])} rows (embedded {len(want)}), "
                      f"{len(only_ref)} only embedded, {len(only_it)} only {backend}", flush=True)
                for row in sorted(only_ref)[:3]:
                    print("  embedded:", row)
                for row in sorted(only_it)[:3]:
                    print(f"  {backend}:", row)


if __name__ == "__main__":
    main()
