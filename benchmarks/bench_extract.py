"""Extraction speed: articles per second of CPU in one process (= per core), over a corpus file.

    .venv/bin/python benchmarks/bench_extract.py ../shared/corpus/vn_politics.jsonl [--limit N] [--runs 3]
        [--profile] [--top 25]

CPU time (`time.process_time`) is what is reported, not wall clock: the machine is shared, and another
job's load must not show up as a slower extractor. The first article is read once before timing (it loads
the lexicons and gazetteer; reported apart as `warmup_s`). Each run reads every article; the median run
is reported, with each registered component's CPU ms/article from a separate, wrapped pass.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from itertools import islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def load_articles(path: Path, limit: int | None = None) -> list:  # type: ignore[type-arg]
    """The articles of a corpus file, as the ingest reader gives them (failures dropped)."""
    from eventgraph.ingest.readers import read_inputs
    from eventgraph.model.article import Article

    return [a for a in islice(read_inputs([path]), limit) if isinstance(a, Article)]


def bench_extract(path: Path, limit: int | None = None, profile: bool = False, runs: int = 1,
                  top: int = 25, components: bool = False) -> dict[str, object]:
    """Extract every article of `path` (or the first `limit`) `runs` times in this process; per core.
    `components` adds a pass that times each registered component (CPU ms/article)."""
    from machine import machine

    from eventgraph.extract.pipeline import extract

    articles = load_articles(path, limit)
    if not articles:
        return {"corpus": str(path), "articles": 0}
    start = time.process_time()
    extract(articles[0])  # loads the lexicons and gazetteer once per process: reported apart
    warmup = time.process_time() - start
    times, failures = [], 0
    for _ in range(runs):
        took, failures = _timed_pass(articles)
        times.append(took)
    took = statistics.median(times)
    out: dict[str, object] = {
        "machine": machine(), "corpus": path.name, "articles": len(articles), "runs": runs,
        "cpu_s_runs": [round(t, 2) for t in times], "cpu_s": round(took, 2), "seconds": round(took, 2),
        "per_core": round(len(articles) / took, 1), "ms_per_article": round(1000 * took / len(articles), 3),
        "warmup_s": round(warmup, 2), "failures": failures,
        "chars_per_article": round(sum(len(a.text) for a in articles) / len(articles))}
    if components:
        out["components_ms_per_article"] = component_times(articles)
    if profile:
        out["profile"] = profile_extract(articles[: min(600, len(articles))], top)
    return out


def _timed_pass(articles: list) -> tuple[float, int]:  # type: ignore[type-arg]
    from eventgraph.extract.pipeline import extract

    failures = 0
    start = time.process_time()
    for a in articles:
        try:
            extract(a)
        except Exception:  # counted, not fatal: this measures speed
            failures += 1
    return time.process_time() - start, failures


def component_times(articles: list) -> dict[str, float]:  # type: ignore[type-arg]
    """CPU ms/article of each registered component, and of building the Doc, in one wrapped pass."""
    from eventgraph.extract.doc import Doc
    from eventgraph.extract.pipeline import EXTRACTOR, Pipeline
    from eventgraph.model.extraction import ArticleExtraction

    pipe = Pipeline()
    spent = dict.fromkeys(("doc", *pipe.names), 0.0)
    clock = time.process_time
    for a in articles:
        t0 = clock()
        doc = Doc.from_article(a)
        out = ArticleExtraction(article_id=a.id, extractor=EXTRACTOR, published=a.published)
        spent["doc"] += clock() - t0
        for name, step in zip(pipe.names, pipe.steps, strict=True):
            t0 = clock()
            try:
                step(doc, out)
            except Exception:  # a failure is counted by the timed passes
                pass
            spent[name] += clock() - t0
    return {k: round(1000 * v / len(articles), 3) for k, v in spent.items()}


def profile_extract(articles: list, top: int = 25) -> list[dict[str, object]]:  # type: ignore[type-arg]
    """The functions where extraction spends its time: the top `top` by own time, with cumulative time."""
    import cProfile
    import pstats

    from eventgraph.extract.pipeline import extract

    prof = cProfile.Profile()
    prof.enable()
    for a in articles:
        extract(a)
    prof.disable()
    stats = pstats.Stats(prof).stats  # type: ignore[attr-defined]
    total = sum(v[2] for v in stats.values())
    rows = [{"function": f"{Path(f).name}:{line}({name})", "calls": v[1], "cum_s": round(v[3], 3),
             "self_s": round(v[2], 3), "self_share": round(v[2] / total, 3)}
            for (f, line, name), v in stats.items()]
    return sorted(rows, key=lambda r: -r["self_s"])[:top]  # type: ignore[operator]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--profile", action="store_true", help="also print the top of a cProfile (600 articles)")
    ap.add_argument("--top", type=int, default=25, help="rows of the profile")
    args = ap.parse_args()
    res = bench_extract(args.corpus, args.limit, args.profile, args.runs, args.top, components=True)
    print(json.dumps(res, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
