"""Quads per synthetic article, by what they say, in the article graphs and in the union.

    .venv/bin/python benchmarks/quads_by_class.py CORPUS.jsonl [--limit N]

Renders the corpus's true facts (eventgraph.synth.oracle, as `bench_ingest.py write` does) with
`render_article` and sorts every statement by subject and predicate: the article graph's own node,
the article node, a per-article fact node (mention, membership, participation, meeting report,
lineage statement: IRIs under id/<kind>/<article>/), or a shared node (person, post, locality,
meeting, directive, date, …); fact nodes' statements are split into their evidence (span, sentence,
extractor), their `prov:wasDerivedFrom` and the rest. Prints, per class, the statements per article
in the article graphs, the distinct statements the union holds (all classes together over the whole
corpus, as the store deduplicates them), and the union lines the renderer hands the writer now.
Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from eventgraph import vocab as v
from eventgraph.store.nquads import iri

_FACT_KINDS = ("mention", "membership", "participation", "report", "lineage")
FACT_PREFIXES = tuple(f"<{v.ID}{k}/" for k in _FACT_KINDS)
EVIDENCE = frozenset(iri(v.EG + n) for n in ("start", "end", "sentence", "extractor"))
DERIVED = iri(v.PROV + "wasDerivedFrom")
TEXT = iri(v.EG + "text")
SHARED = "shared nodes"
FACT_DERIVED = "fact prov:wasDerivedFrom"


def statement_class(s: str, p: str, graph: str, article: str) -> str:
    """The class of a statement of an article graph, by its subject and predicate (terms in
    N-Quads syntax; `graph` and `article` are the article's graph and article node): the graph node,
    the article node (its text apart), a per-article fact node's evidence, `prov:wasDerivedFrom` or
    other statements, or a shared node (person, post, locality, meeting, directive, date, …)."""
    if s == graph:
        return "graph node"
    if s == article:
        return "article node eg:text" if p == TEXT else "article node"
    if s.startswith(FACT_PREFIXES):
        if p in EVIDENCE:
            return "fact evidence (span, sentence, extractor)"
        return FACT_DERIVED if p == DERIVED else "fact statements"
    return SHARED


def main() -> None:
    from eventgraph.ingest.readers import read_jsonl
    from eventgraph.store.rdf import article_triples
    from eventgraph.store.sparql_base import render_article
    from eventgraph.synth.corpus import truth_paths
    from eventgraph.synth.oracle import oracle_extraction

    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--limit", type=int, default=0)
    a = ap.parse_args()
    per_class: Counter[str] = Counter()
    size: Counter[str] = Counter()
    union: dict[str, set[str]] = {}
    union_lines = n = 0
    with truth_paths(a.corpus)[0].open(encoding="utf-8") as ft:
        for article in read_jsonl(a.corpus):
            ex = oracle_extraction(article, json.loads(ft.readline()))
            graph, triples = article_triples(article, ex)
            art = iri(v.article_iri(article.id))
            for t in triples:
                s, p, _ = t.split(" ", 2)
                cls = statement_class(s, p, graph, art)
                per_class[cls] += 1
                size[cls] += len(t.encode()) + 3
                union.setdefault(cls, set()).add(t)
            r = render_article(article, ex)
            union_lines += (r.union + r.union_mark).count(b"\n")
            n += 1
            if a.limit and n >= a.limit:
                break
    out = {
        "articles": n,
        "article_graph_quads_per_article": {k: round(c / n, 1) for k, c in per_class.most_common()},
        "article_graph_quads": sum(per_class.values()),
        "union_line_bytes_per_article": {k: round(c / n) for k, c in size.most_common()},
        "union_distinct_per_class": {k: len(s) for k, s in union.items()},
        "union_distinct": sum(len(s) for s in union.values()),
        "union_lines_rendered_per_article": round(union_lines / n, 1),
    }
    print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
