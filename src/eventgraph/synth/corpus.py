"""Streaming generation: article `i` of seed `s` is a pure function of (s, i), written as it is
made.

`write_corpus` writes three files: the corpus (`FILE`, JSON lines, what `eventgraph ingest` reads),
the per-article truth beside it (`FILE` with `.truth.ndjson` for `.jsonl`: one `{"id", "province",
"gold"}` object per line, `gold` in the contract of ../shared/eval/GUIDE.md) and the aggregate truth
(`.aggregate.json`: expected `chairs`, `lineage` and `person` answers for a few people and codes).
The truth files use suffixes the readers skip, so a folder holding all three ingests only the
articles.
"""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing as mp
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from eventgraph.synth import phrasing as ph
from eventgraph.synth.aggregate import Aggregate
from eventgraph.synth.articles import Writer, meeting_name, session_name, working_name
from eventgraph.synth.kinds import WRITERS
from eventgraph.synth.rand import between, pick
from eventgraph.synth.spec import Spec, spec_for
from eventgraph.synth.world import World, build_world

Row = dict[str, Any]


def article(w: World, index: int) -> tuple[Row, Row]:
    """Article `index` of the world's seed: the corpus row and its truth."""
    s, rng = spec_for(w, index)
    wr = Writer(w, s, rng)
    paras = [x for x in WRITERS[s.kind](wr) if x]
    published = _published(s, between(rng, 0, 3))
    if s.kind != "plan" and rng.random() < 0.5:
        name = ph.author(rng)
        wr.f.authors.append(name)
        paras.append(pick(rng, ("{a}", "Tin, ảnh: {a}", "Bài và ảnh: {a}")).format(a=name))
    text = "\n\n".join(paras)
    shown = rng.random() < 0.85  # the rest carry only the portal's date line
    if not shown:
        text = f"{ph.dateline(published, rng)}\n\n{text}"
    aid = f"synth-{w.seed}-{index:07d}"
    row = {
        "id": aid,
        "title": _title(s),
        "published": published.isoformat() if shown else None,
        "source": f"https://synth.invalid/{w.seed}/{index}",
        "outlet": f"Báo {s.province.name}",
        "text": text,
    }
    return row, {"id": aid, "province": s.province.name, "gold": wr.f.gold(published)}


def _published(s: Spec, lag: int) -> dt.date:
    """A report appears the same day or a few days later (never in the next year, so "6/4" is certain)."""
    day = s.day + dt.timedelta(days=lag if s.kind == "plan" else lag // 2)
    return day if day.year == s.day.year else s.day


def _title(s: Spec) -> str:
    if s.kind == "conference":
        return meeting_name(s)
    if s.kind == "session":
        return session_name(s, s.province)
    if s.kind == "working":
        return working_name(s.province).capitalize()
    return f"Kế hoạch số {s.chain[2].code}"  # type: ignore[index]


def generate(n: int, seed: int = 0, start: int = 0) -> Iterator[tuple[Row, Row]]:
    """Articles `start` .. `start + n - 1` of `seed`, one at a time (constant memory for any n)."""
    w = build_world(seed)
    for i in range(start, start + n):
        yield article(w, i)


def tracked(w: World) -> tuple[list[str], list[dict[str, str]]]:
    """The people and codes whose aggregate answers are written: a few of each, fixed per seed."""
    olds, news = w.by_era("pre2025"), w.by_era("2025")
    people = [
        w.holder(olds[3], 1, "bt").name,
        w.holder(olds[10], 0, "ct_hdnd").name,
        w.holder(news[5], 2, "bt").name,
        w.central["XIII"][1].name,
    ]
    docs = [w.central_docs[0], w.central_docs[len(w.central_docs) // 2]]
    lineage: list[dict[str, str]] = [{"code": d.code} for d in docs]
    for p in (olds[7], news[2]):
        _, k, u = w.chains[(p.name, p.era)][0]
        lineage += [{"code": k.code, "issuer": p.name}, {"code": u.code, "issuer": p.name}]
    return people, lineage


def truth_paths(out: Path) -> tuple[Path, Path]:
    """Where the per-article truth and the aggregate truth of corpus `out` are written."""
    stem = out.with_suffix("") if out.suffix == ".jsonl" else out
    return stem.with_name(stem.name + ".truth.ndjson"), stem.with_name(
        stem.name + ".aggregate.json"
    )


CHUNK = 2000  # articles per unit of work: big enough to amortise the hand-over, small for memory


def _chunk(job: tuple[int, int, int, bool]) -> tuple[str, str, Aggregate]:
    """Articles [start, stop) of `seed` as corpus lines, truth lines and their partial aggregate."""
    seed, start, stop, track_all = job
    people, lineage = tracked(build_world(seed))
    agg = Aggregate(None if track_all else people, lineage)
    rows, truths = [], []
    for row, truth in generate(stop - start, seed, start):
        rows.append(json.dumps(row, ensure_ascii=False))
        truths.append(json.dumps(truth, ensure_ascii=False))
        agg.add(truth)
    return "\n".join(rows) + "\n", "\n".join(truths) + "\n", agg


def write_corpus(
    n: int,
    seed: int,
    out: Path,
    *,
    workers: int = 1,
    track_all: bool = False,
    progress: Callable[[int], None] | None = None,
) -> dict[str, Any]:
    """Write `n` articles of `seed` to `out`, their truth and the aggregate truth beside it.

    Chunks of articles are made in `workers` processes and written in order, so the files are the same
    for any number of workers; memory holds a few chunks at a time whatever `n` is."""
    w = build_world(seed)  # built before forking, so workers share it
    people, lineage = tracked(w)
    agg = Aggregate(None if track_all else people, lineage)
    truth_path, agg_path = truth_paths(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    jobs = [(seed, a, min(n, a + CHUNK), track_all) for a in range(0, n, CHUNK)]
    pool = mp.get_context("fork").Pool(workers) if workers > 1 and len(jobs) > 1 else None
    try:
        parts = pool.imap(_chunk, jobs) if pool else map(_chunk, jobs)
        with out.open("w", encoding="utf-8") as fa, truth_path.open("w", encoding="utf-8") as ft:
            for (_, start, stop, _), (rows, truths, part) in zip(jobs, parts, strict=True):
                fa.write(rows)
                ft.write(truths)
                agg.merge(part)
                if progress:
                    progress(stop - start)
    finally:
        if pool:
            pool.close()
            pool.join()
    result = {"seed": seed, **agg.result()}
    agg_path.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return result
