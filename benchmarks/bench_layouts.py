"""What the store's layout costs Oxigraph: the same facts written in six layouts, each measured.

    PYTHONPATH=src .venv/bin/python benchmarks/bench_layouts.py run --articles 10000 \\
        --work /tmp/layouts10k [--seed 7] [--corpus FILE.jsonl] [--order V0,V1,V2,V3,V4,V5,V0] \\
        [--out RESULTS.jsonl]
    .venv/bin/python benchmarks/bench_layouts.py table RESULTS.jsonl   # the markdown tables

`run` takes a synthetic corpus (`eventgraph synth --articles N --seed S`, made in WORK when no
`--corpus` is given), renders its true facts exactly as the write path does
(`eventgraph.synth.oracle` + `render_article`, as `bench_ingest.py write` and `quads_by_class.py`),
and writes every layout's statements, article by article, into N-Quads segment files of at most
600,000 lines (`OxigraphStore.SEGMENT_QUADS`; a segment ends at an article's boundary). Then, for
each variant in `--order`, a fresh process loads them into a new on-disk store the way `ingest`
loads new articles (one `bulk_load(..., lenient=True)` a segment), waits for RocksDB's background
compactions to go idle, and runs `optimize()` (`eventgraph compact`). It prints one JSON object a
run (appended to `--out`): lines handed to the loader; index entries the loader writes (each
segment's distinct named quads x 6 + distinct default-graph triples x 3: Oxigraph's bulk loader
deduplicates within a batch, and a segment is one batch) and those stored at the end (distinct over
the store); an estimate of the dictionary (`id2str`) entries written (each segment's distinct IRIs
and string literals over 15 bytes); process CPU (`getrusage`, which counts every thread: the
loader's, RocksDB's) and wall of the loads, of the background tail after them and of `optimize()`,
with RocksDB's own threads (`rocksdb:*`, read from /proc) apart; the store's bytes and SST files
after the loads and after `optimize()`; peak RSS; the load average before and after.

The variants, each a transformation of the rendered statements (`layout`); V6 and V7 are the cheap
halves of V3 and V2 that docs/performance.md's roadmap names:

- V0, today: each article's statements in its named graph; the union lines (every statement but an
  article's own, `rdf.ARTICLE_ONLY`) in the default graph.
- V1, no union: the article graphs alone (the default graph stays empty).
- V2, shared nodes in the union only: the statements whose subject is a shared node (person, post,
  locality, organisation, role, meeting, directive, date: `quads_by_class.py`'s "shared nodes",
  which includes their links such as `eg:chair`, `org:holds`, `eli:implements`) are left out of the
  article graphs; the union keeps them, so they are written once per segment instead of once an
  article.
- V3, lighter provenance: a fact node's `prov:wasDerivedFrom` is dropped (its graph names the
  article; the graph node keeps its own), and its `eg:start`, `eg:end` and `eg:sentence` become one
  literal `"START END SENTENCE"` (`eg:span`, a name made up here); `eg:extractor` stays.
- V4 = V2 + V3.
- V5, one graph: every statement of every article graph as a triple in the default graph, no named
  graph and no union (what a triple-store layout with the same facts would cost: the bound of what a
  layout can save).
- V6, V3's mild half: a fact node's `prov:wasDerivedFrom` left out of the article graphs only (the
  union, which the queries read, keeps it); start, end and sentence as today.
- V7, V2 for descriptions only: a shared node's `rdf:type` and literal-valued statements (labels,
  keys, codes, dates' values, …) left out of the article graphs (the union keeps them); its links
  to other nodes (`eg:chair`, `org:holds`, `eli:implements`, …) stay, so a re-ingest still
  retracts them.

Not done here as `ingest` does: the content-hash marks go into the segments instead of a
transactional load after each, no snapshot is published between segments, and the loader reads a
file instead of a queue fed by the writer's thread. The render is not timed (it is the workers'
part); the prepared files are removed at the end, each store after its run.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent))

from quads_by_class import DERIVED, FACT_DERIVED, SHARED, statement_class

from eventgraph import vocab as v
from eventgraph.store.nquads import iri

VARIANTS = ("V0", "V1", "V2", "V3", "V4", "V5", "V6", "V7")
SEGMENT_QUADS = 600_000  # as OxigraphStore.SEGMENT_QUADS
START, END, SENTENCE = (iri(v.EG + n) for n in ("start", "end", "sentence"))
SPAN = iri(v.EG + "span")
_TYPE = iri(v.RDF + "type")  # V3's one literal per fact (not in the ontology: a layout tried here)
_INLINE_BYTES = 15  # Oxigraph keeps shorter strings inside the key, longer ones in id2str


class Article(NamedTuple):
    """One article's statements as the write path renders them, `s p o` text with terms serialised:
    `named` for its graph (content-hash mark included), `union` for the default graph."""

    graph: str
    article: str
    named: list[str]
    union: list[str]


def split_rendered(article_id: str, rendered) -> Article:  # type: ignore[no-untyped-def]
    """`render_article`'s bytes split back into statements (each named line ends with the graph)."""
    graph = iri(v.graph_iri(article_id))
    tail = len(graph) + 3  # " <g> ."
    named = [ln[:-tail] for ln in (rendered.body + rendered.mark).decode().splitlines()]
    union = [ln[:-2] for ln in (rendered.union + rendered.union_mark).decode().splitlines()]
    return Article(graph, iri(v.article_iri(article_id)), named, union)


def _lexical(term: str) -> str:
    """The escaped lexical form of a literal term (`"…"` or `"…"^^<…>`), still escaped."""
    return term[1 : term.rindex('"')]


def _fact_derived(s: str, p: str, graph: str, article: str) -> bool:
    return p == DERIVED and statement_class(s, p, graph, article) == FACT_DERIVED


def lighter(triples: Iterable[str], graph: str, article: str) -> list[str]:
    """V3's provenance: fact nodes' `prov:wasDerivedFrom` dropped, their start, end and sentence as
    one literal `eg:span "START END SENTENCE"` (the sentence still escaped as N-Triples wants)."""
    out: list[str] = []
    spans: dict[str, dict[str, str]] = {}
    for t in triples:
        s, p, o = t.split(" ", 2)
        if _fact_derived(s, p, graph, article):
            continue
        if p in (START, END, SENTENCE):
            spans.setdefault(s, {})[p] = _lexical(o)
            continue
        out.append(t)
    for s, part in spans.items():
        start, end, sentence = (part.get(p, "") for p in (START, END, SENTENCE))
        out.append(f'{s} {SPAN} "{start} {end} {sentence}"')
    return out


def _description(t: str) -> bool:
    """A statement describing its subject (its type, or a literal value), not a link to a node."""
    _, p, o = t.split(" ", 2)
    return p == _TYPE or not o.startswith("<")


def klass(t: str, a: Article) -> str:
    """`quads_by_class.py`'s class of one statement `t` of article `a`."""
    s, p, _ = t.split(" ", 2)
    return statement_class(s, p, a.graph, a.article)


def layout(a: Article, variant: str) -> tuple[list[str], list[str]]:
    """The statements `variant` writes for one article: (into its named graph, into the default
    graph). The module's docstring says what each variant drops or moves."""
    if variant == "V5":
        return a.named, []  # the caller writes them as triples: see `lines`
    named, union = a.named, a.union
    if variant in ("V3", "V4"):
        named = lighter(named, a.graph, a.article)
        union = [t for t in union if not _fact_derived(*t.split(" ", 2)[:2], a.graph, a.article)]
    if variant in ("V2", "V4"):
        named = [t for t in named if klass(t, a) != SHARED]
    if variant == "V6":
        named = [t for t in named if not _fact_derived(*t.split(" ", 2)[:2], a.graph, a.article)]
    if variant == "V7":
        named = [t for t in named if not (klass(t, a) == SHARED and _description(t))]
    if variant == "V1":
        union = []
    return named, union


def lines(a: Article, variant: str) -> tuple[list[str], list[str]]:
    """N-Quads lines of one article in `variant`: (named-graph quads, default-graph triples)."""
    named, default = layout(a, variant)
    if variant == "V5":
        return [], [f"{t} .\n" for t in named]
    return [f"{t} {a.graph} .\n" for t in named], [f"{t} .\n" for t in default]


def _terms(line: str, named: bool) -> Iterator[str]:
    """The terms of a line that Oxigraph keeps in its dictionary (id2str): IRIs and strings longer
    than it inlines; numbers and dates are inlined. An estimate (escapes counted as written)."""
    s, p, rest = line[:-3].split(" ", 2)
    o, g = rest.rsplit(" ", 1) if named else (rest, None)
    yield s
    yield p
    if g:
        yield g
    if o.startswith("<"):
        yield o
    elif o.endswith('"') and len(o.encode()) - 2 > _INLINE_BYTES:
        yield o


class _Segments:
    """One variant's segment files and what its loader will write (distinct per segment)."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder, self.k, self.out = folder, 0, None
        self.seg: dict[str, set[int]] = {"named": set(), "default": set(), "terms": set()}
        self.n = 0
        self.stats = {"segments": 0, "named_lines": 0, "default_lines": 0, "loader_named": 0,
                      "loader_default": 0, "id2str_est": 0}

    def add(self, named: list[str], default: list[str]) -> None:
        if self.out is not None and self.n + len(named) + len(default) > SEGMENT_QUADS:
            self._close()
        if self.out is None:
            self.out = (self.folder / f"seg-{self.k:04d}.nq").open("wb")
            self.k += 1
        self.n += len(named) + len(default)
        self.out.write("".join(named).encode() + "".join(default).encode())
        self.stats["named_lines"] += len(named)
        self.stats["default_lines"] += len(default)
        for kind, group in (("named", named), ("default", default)):
            for ln in group:
                h = hash(ln)
                if h not in self.seg[kind]:
                    self.seg[kind].add(h)
                    self.seg["terms"].update(map(hash, _terms(ln, kind == "named")))

    def _close(self) -> None:
        if self.out is None:
            return
        self.out.close()
        self.out, self.n = None, 0
        self.stats["segments"] += 1
        self.stats["loader_named"] += len(self.seg["named"])
        self.stats["loader_default"] += len(self.seg["default"])
        self.stats["id2str_est"] += len(self.seg["terms"])
        for s in self.seg.values():
            s.clear()

    def close(self) -> dict[str, int]:
        self._close()
        st = self.stats
        st["loader_entries"] = st["loader_named"] * 6 + st["loader_default"] * 3
        return st


def prepare(corpus: Path, work: Path, variants: list[str]) -> dict[str, dict[str, int]]:
    """Render the corpus's truth once and write each variant's segment files under WORK/V*/."""
    from eventgraph.ingest.readers import read_jsonl
    from eventgraph.store.sparql_base import render_article
    from eventgraph.synth.corpus import truth_paths
    from eventgraph.synth.oracle import oracle_extraction

    segs = {name: _Segments(work / name) for name in variants}
    n = 0
    with truth_paths(corpus)[0].open(encoding="utf-8") as ft:
        for article in read_jsonl(corpus):
            ex = oracle_extraction(article, json.loads(ft.readline()))
            a = split_rendered(article.id, render_article(article, ex))
            for name, seg in segs.items():
                seg.add(*lines(a, name))
            n += 1
    return {name: {"articles": n, **seg.close()} for name, seg in segs.items()}


# -- the load, in a process of its own ----------------------------------------------------------
_TICK = os.sysconf("SC_CLK_TCK")


def _rocksdb_cpu() -> float:
    """CPU seconds of this process's live RocksDB threads (`rocksdb:low`, `rocksdb:high`)."""
    total = 0
    for task in Path("/proc/self/task").iterdir():
        try:
            stat = (task / "stat").read_text()
        except OSError:
            continue
        comm = stat[stat.index("(") + 1 : stat.rindex(")")]
        rest = stat[stat.rindex(")") + 2 :].split()
        if comm.startswith("rocksdb"):
            total += int(rest[11]) + int(rest[12])  # utime, stime (fields 14 and 15)
    return total / _TICK


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


class _Clock:
    """Wall, process CPU and RocksDB threads' CPU since it was made."""

    def __init__(self) -> None:
        self.t, self.c, self.r = time.perf_counter(), _cpu(), _rocksdb_cpu()

    def read(self) -> dict[str, float]:
        return {"wall_s": round(time.perf_counter() - self.t, 2),
                "cpu_s": round(_cpu() - self.c, 2),
                "rocksdb_cpu_s": round(_rocksdb_cpu() - self.r, 2)}


def _disk(store: Path) -> dict[str, float]:
    files = [p for p in store.rglob("*") if p.is_file()]
    return {"mb": round(sum(p.stat().st_size for p in files) / 1e6, 1),
            "sst": sum(p.suffix == ".sst" for p in files)}


def _settle(limit: float = 600.0) -> dict[str, float]:
    """Wait until RocksDB's background threads stop working (two quiet half-seconds in a row): the
    compactions the loads triggered, which `ingest` overlaps with its next segments."""
    clock, quiet, last = _Clock(), 0, _rocksdb_cpu()
    while quiet < 2 and time.perf_counter() - clock.t < limit:
        time.sleep(0.5)
        now = _rocksdb_cpu()
        quiet = quiet + 1 if now - last < 0.02 else 0
        last = now
    return clock.read()


def _hwm_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def load(folder: Path, store: Path, people: list[str]) -> dict[str, object]:
    """Bulk-load a variant's segments into a new store, let it settle, optimize; measure each; then
    read `chairs` for `people`."""
    import pyoxigraph as ox

    shutil.rmtree(store, ignore_errors=True)
    db = ox.Store(str(store))
    segments = sorted(folder.glob("seg-*.nq"))
    clock = _Clock()
    for seg in segments:
        db.bulk_load(path=str(seg), format=ox.RdfFormat.N_QUADS, lenient=True)
    out: dict[str, object] = {"load": clock.read()}
    out["tail"] = _settle()
    db.flush()
    out["after_load"] = {**_disk(store), "peak_rss_mb": _hwm_mb()}
    clock = _Clock()
    db.optimize()
    out["optimize"] = clock.read()
    out["after_optimize"] = {**_disk(store), "peak_rss_mb": _hwm_mb()}
    total = len(db)
    default = int(next(iter(db.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))[0].value)
    out["stored"] = {"named": total - default, "default": default,
                     "entries": (total - default) * 6 + default * 3}
    out["reads"] = reads(db, folder.name, people) if people else []
    return out


# -- one read a variant: `chairs` for a busy person, its text adapted to the layout -----------
_SENTENCE = "OPTIONAL { GRAPH ?pg { ?pa eg:sentence ?sent } FILTER(?pg != egid:union) }"
_DERIVED = "prov:wasDerivedFrom ?a ."
READ_SECONDS = 60.0  # a read slower than this is reported as such and not repeated


def chairs_text(variant: str) -> str:
    """The named query `chairs` as it would read this layout (same answers): V0, V1, V2, V6 and V7
    read today's text (V1 with the named graphs as its default graph, a bag: there is no union); V3
    and V4 find a fact's article through its graph's node and its sentence in `eg:span`; V5 reads
    the sentence from the one graph."""
    from eventgraph import vocab as voc
    from eventgraph.queries import get
    from eventgraph.store.sparql_base import lateral_groups

    text = get("chairs").sparql
    assert _SENTENCE in text and _DERIVED in text, "chairs.rq changed: adapt bench_layouts.py"
    if variant in ("V3", "V4"):
        text = text.replace(_DERIVED, ". GRAPH ?ag { ?pa a eg:Participation } "
                                      "?ag prov:wasDerivedFrom ?a .")
        text = text.replace(_SENTENCE, "OPTIONAL { GRAPH ?pg { ?pa eg:span ?span } "
                                       'BIND(STRAFTER(STRAFTER(?span, " "), " ") AS ?sent) }')
    elif variant == "V5":
        text = text.replace(_SENTENCE, "OPTIONAL { ?pa eg:sentence ?sent }")
    return lateral_groups(voc.sparql_prefixes() + text)  # as OxigraphStore runs it (its hint)


def _read(db, query: str, union: bool,  # type: ignore[no-untyped-def]
          timings: list[tuple[float, float]], answer: list[list[str]]) -> None:
    t, c = time.perf_counter(), _cpu()
    res = db.query(query, use_default_graph_as_union=union)
    rows = [[str(sol[i]) for i in range(len(res.variables))] for sol in res]
    timings.append((time.perf_counter() - t, _cpu() - c))
    answer[:] = sorted(rows)


def reads(db, variant: str, people: list[str],  # type: ignore[no-untyped-def]
          reps: int = 5) -> list[dict[str, object]]:
    """`chairs` for each person: rows, a digest of the answer, CPU and wall p50 of `reps` runs after
    one warm-up (in a thread, so a read past READ_SECONDS can be left behind: the caller then ends
    the process with os._exit)."""
    import hashlib
    import threading

    from eventgraph.queries import get
    from eventgraph.store.sparql_base import bind_terms

    text = chairs_text(variant)
    out: list[dict[str, object]] = []
    for person in people:
        query = bind_terms(text, get("chairs").bind({"person": person}))
        timings: list[tuple[float, float]] = []
        answer: list[list[str]] = []
        row: dict[str, object] = {"person": person}
        for _ in range(reps + 1):
            th = threading.Thread(target=_read, daemon=True,
                                  args=(db, query, variant == "V1", timings, answer))
            th.start()
            th.join(READ_SECONDS)
            if th.is_alive():
                row["timed_out_s"] = READ_SECONDS
                out.append(row)
                return out
        wall = sorted(w for w, _ in timings[1:])
        cpu = sorted(c for _, c in timings[1:])
        row.update(rows=len(answer), digest=hashlib.sha1(repr(answer).encode()).hexdigest()[:10],
                   wall_ms_p50=round(wall[len(wall) // 2] * 1000, 1),
                   cpu_ms_p50=round(cpu[len(cpu) // 2] * 1000, 1))
        out.append(row)
    return out


# -- the driver -----------------------------------------------------------------------------------
def _uptime() -> str:
    return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()


def _corpus(a: argparse.Namespace) -> Path:
    if a.corpus:
        return a.corpus
    corpus = a.work / f"synth{a.articles}-s{a.seed}.jsonl"
    if not corpus.exists():  # as `eventgraph synth --articles N --seed S --out FILE`
        from eventgraph.synth.corpus import write_corpus

        write_corpus(a.articles, a.seed, corpus)
    return corpus


def run(a: argparse.Namespace) -> None:
    order = a.order.split(",")
    unknown = set(order) - set(VARIANTS)
    if unknown:
        sys.exit(f"unknown variants {sorted(unknown)}: choose among {', '.join(VARIANTS)}")
    a.work.mkdir(parents=True, exist_ok=True)
    corpus = _corpus(a)
    variants = sorted(set(order))
    t = time.perf_counter()
    written = prepare(corpus, a.work, variants)
    print(f"prepared {', '.join(variants)} in {time.perf_counter() - t:.0f} s", file=sys.stderr)
    people: list[str] = []
    if a.reads:  # the two tracked people who chaired most, as bench_queries.py picks them
        from eventgraph.synth.corpus import truth_paths

        chairs = json.loads(truth_paths(corpus)[1].read_text(encoding="utf-8"))["chairs"]
        people = sorted(chairs, key=lambda p: -len(chairs[p]))[:2]
    try:
        for i, name in enumerate(order):
            before, load_before = _uptime(), os.getloadavg()
            done = subprocess.run([sys.executable, __file__, "_load", str(a.work / name),
                                   str(a.work / "store"), *people], capture_output=True, text=True)
            if done.returncode:
                sys.exit(f"{name}: the load failed\n{done.stderr}")
            row = {"variant": name, "run": i, "corpus": str(corpus), **written[name],
                   **json.loads(done.stdout), "uptime_before": before, "uptime_after": _uptime(),
                   "load_avg": [round(x, 2) for x in (*load_before, *os.getloadavg())]}
            print(json.dumps(row, ensure_ascii=False), flush=True)
            if a.out:
                with a.out.open("a", encoding="utf-8") as f:
                    f.write(json.dumps(row, ensure_ascii=False) + "\n")
            shutil.rmtree(a.work / "store", ignore_errors=True)
    finally:
        shutil.rmtree(a.work / "store", ignore_errors=True)
        for name in variants:
            shutil.rmtree(a.work / name, ignore_errors=True)


def table(results: Path) -> None:
    """Markdown tables of a results file: what each variant writes, then what it cost."""
    rows = [json.loads(ln) for ln in results.read_text(encoding="utf-8").splitlines() if ln.strip()]
    first: dict[tuple[int, str], dict] = {}  # type: ignore[type-arg]
    for r in rows:
        first.setdefault((r["articles"], r["variant"]), r)
    print("| articles | variant | lines named / default | loader entries | stored named / default "
          "| stored entries | id2str (est.) | segments |")
    print("|---:|---|---:|---:|---:|---:|---:|---:|")
    for (n, name), r in sorted(first.items()):
        st = r["stored"]
        print(f"| {n:,} | {name} | {r['named_lines']:,} / {r['default_lines']:,} | "
              f"{r['loader_entries']:,} | {st['named']:,} / {st['default']:,} | "
              f"{st['entries']:,} | "
              f"{r['id2str_est']:,} | {r['segments']} |")
    print()
    print("| articles | variant (run) | load CPU s (RocksDB's) | load wall s | tail CPU s (wall) "
          "| optimize CPU s (wall) | MB / SST after load | MB / SST after optimize | peak RSS MB "
          "| load avg |")
    print("|---:|---|---:|---:|---:|---:|---:|---:|---:|---|")
    for r in rows:
        ld, tl, op = r["load"], r["tail"], r["optimize"]
        al, ao = r["after_load"], r["after_optimize"]
        la = r["load_avg"]
        print(f"| {r['articles']:,} | {r['variant']} ({r['run']}) | {ld['cpu_s']:.1f} "
              f"({ld['rocksdb_cpu_s']:.1f}) | {ld['wall_s']:.1f} | "
              f"{tl['cpu_s']:.1f} ({tl['wall_s']:.1f}) | {op['cpu_s']:.1f} ({op['wall_s']:.1f}) | "
              f"{al['mb']:,.0f} / {al['sst']} | {ao['mb']:,.0f} / {ao['sst']} | "
              f"{ao['peak_rss_mb']:,.0f} | {la[0]:.1f} → {la[3]:.1f} |")
    _reads_table(rows)


def _reads_table(rows: list[dict]) -> None:  # type: ignore[type-arg]
    print()
    print("| articles | variant (run) | person | rows | same answer as V0 | CPU ms p50 "
          "| wall ms p50 |")
    print("|---:|---|---|---:|---|---:|---:|")
    ref = {(r["articles"], x["person"]): x.get("digest") for r in rows if r["variant"] == "V0"
           for x in r.get("reads", [])}
    for r in rows:
        for x in r.get("reads", []):
            if "timed_out_s" in x:
                print(f"| {r['articles']:,} | {r['variant']} ({r['run']}) | {x['person']} "
                      f"| – | – | > {x['timed_out_s']:.0f} s | – |")
                continue
            same = "yes" if ref.get((r["articles"], x["person"])) == x["digest"] else "**no**"
            print(f"| {r['articles']:,} | {r['variant']} ({r['run']}) | {x['person']} | "
                  f"{x['rows']:,} | {same} | {x['cpu_ms_p50']:,.0f} | {x['wall_ms_p50']:,.0f} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run", help="prepare the variants and measure each in --order")
    r.add_argument("--articles", type=int, default=10_000)
    r.add_argument("--seed", type=int, default=7)
    r.add_argument("--corpus", type=Path, help="an existing synthetic corpus (its truth beside it)")
    r.add_argument("--work", type=Path, required=True,
                   help="folder for the corpus, the segments and the store")
    r.add_argument("--order", default="V0,V1,V2,V3,V4,V5,V0")
    r.add_argument("--out", type=Path, help="append each run's JSON line to this file")
    r.add_argument("--no-reads", dest="reads", action="store_false",
                   help="skip the `chairs` reads after each load")
    t = sub.add_parser("table", help="markdown tables of a results file")
    t.add_argument("results", type=Path)
    ld = sub.add_parser("_load")  # internal: one variant's load in a fresh process
    ld.add_argument("folder", type=Path)
    ld.add_argument("store", type=Path)
    ld.add_argument("people", nargs="*")
    a = ap.parse_args()
    if a.cmd == "run":
        run(a)
    elif a.cmd == "table":
        table(a.results)
    else:
        print(json.dumps(load(a.folder, a.store, a.people), ensure_ascii=False), flush=True)
        os._exit(0)  # a read left running past READ_SECONDS must not hold the process


if __name__ == "__main__":
    main()
