"""Every named query's answers on one store, with parameters taken from the store itself, as JSON.

    .venv/bin/python tools/query_answers.py STORE_URL OUT.json [--sample 40]
    .venv/bin/python tools/query_answers.py --diff A.json B.json

For comparing two stores that should answer the same (one written before a change to the store's
shape, one after): each query without parameters is run once; the parameterised ones with values
read from the store's own rows — `chairs`, `meeting_chairs`, `person` with people's keys and names,
`person_meetings`, `person_positions`, `colleagues` and `sources` with people's ids and keys,
`sources` also with directives and localities, `lineage` with codes, `article` and `article_facts`
with every article id (or `--sample` evenly spaced ones of each kind). Rows are kept as sorted JSON
strings, so row order does not count; a column that is a SAMPLE of several values (a chair's
sentence) may differ between two runs and is reported apart by `--diff`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any
from urllib.parse import unquote

SAMPLED = {"chairs": "sentence", "meeting_chairs": "sentence"}  # SAMPLE(...) columns


def _spread(values: list[Any], n: int) -> list[Any]:
    values = sorted(set(values), key=str)
    if n <= 0 or len(values) <= n:
        return values
    step = len(values) / n
    return [values[int(i * step)] for i in range(n)]


def answers(url: str, sample: int) -> dict[str, list[str]]:
    from eventgraph.queries import all_queries, get
    from eventgraph.store import open_store

    out: dict[str, list[str]] = {}
    with open_store(url, read_only=url.startswith("oxigraph:")) as st:

        def ask(query: str, **params: Any) -> list[dict[str, Any]]:
            rows = st.run(get(query), params).rows
            key = query + json.dumps(params, ensure_ascii=False, sort_keys=True)
            out[key] = sorted(json.dumps(r, ensure_ascii=False, sort_keys=True) for r in rows)
            return rows

        for name in sorted(all_queries()):  # every query with its parameters' defaults
            ask(name)
        people = ask("people")
        for p in _spread([(r["person_id"], r["key"], r["person"]) for r in people], sample):
            ask("chairs", person=p[1])
            ask("meeting_chairs", person=p[1])
            ask("person", name=p[2])
            for name in ("person_meetings", "person_positions", "colleagues"):
                ask(name, person=p[0], key=p[1])
            ask("sources", node=p[0], key=p[1])
        dirs = st.run(get("base_directives"), {}).rows
        for d in _spread([(r["directive"], r["code"]) for r in dirs if r.get("code")], sample):
            ask("lineage", code=d[1])
            ask("sources", node=d[0], key=_code_key(d[1]))
        places = st.run(get("base_places"), {}).rows
        for pl in _spread([(r["l"], r["lkey"]) for r in places if r.get("lkey")], sample):
            ask("sources", node=pl[0], key=pl[1])
        arts = st.run(get("base_articles"), {}).rows
        ids = [unquote(r["article"].rsplit("/", 1)[1]) for r in arts]  # article IRI -> its id
        for a in _spread(ids, sample * 5):
            ask("article", id=a)
            ask("article_facts", id=a)
    return out


def _code_key(code: str) -> str:
    from eventgraph.text import code_key

    return code_key(code)


def _without(rows: list[str], col: str) -> list[str]:
    return sorted(json.dumps({k: v for k, v in json.loads(r).items() if k != col}, sort_keys=True)
                  for r in rows)


def diff(a: dict[str, list[str]], b: dict[str, list[str]]) -> int:
    """Print the queries whose answers differ; the number of them."""
    bad = 0
    for key in sorted(set(a) | set(b)):
        ra, rb = a.get(key), b.get(key)
        if ra == rb:
            continue
        name = key.split("{", 1)[0]
        if ra is not None and rb is not None and name in SAMPLED:
            col = SAMPLED[name]
            if _without(ra, col) == _without(rb, col):
                print(f"same but for the sampled {col}: {key}")
                continue
        bad += 1
        print(f"DIFFERENT {key}: {len(ra or [])} rows / {len(rb or [])} rows")
        for r in sorted(set(ra or []) ^ set(rb or []))[:4]:
            print("   ", r[:300])
    print(f"{len(set(a) | set(b))} answers compared, {bad} different")
    return bad


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("first")
    ap.add_argument("second")
    ap.add_argument("--diff", action="store_true", help="compare two answer files")
    ap.add_argument("--sample", type=int, default=40, help="values of each kind (0: every one)")
    a = ap.parse_args()
    if a.diff:
        load = lambda p: json.loads(Path(p).read_text(encoding="utf-8"))  # noqa: E731
        return 1 if diff(load(a.first), load(a.second)) else 0
    res = answers(a.first, a.sample)
    Path(a.second).write_text(json.dumps(res, ensure_ascii=False), encoding="utf-8")
    print(f"{len(res)} answers, {sum(map(len, res.values()))} rows -> {a.second}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
