"""Write speed and query latency of every backend on the same synthetic articles, in one run.

    .venv/bin/python benchmarks/bench_backends.py --articles 2000 [--backends oxigraph,neo4j,…]

Each backend gets the same `ArticleExtraction`s (made here: provinces, their leaders, dated
meetings with chairs, plans implementing central documents), written in batches of 500 through
`replace_articles`; then `chairs` and `lineage` run with varied parameters. Servers (Oxigraph
server, Virtuoso, Neo4j) are started on 127.0.0.1 by the dev-server helpers and stopped after.
The first run of each query is reported apart (`*_first_ms`: Neo4j compiles a plan, Virtuoso
and Oxigraph warm their caches); p50/p95 are over the runs after it. Each backend also answers
the same fixed questions (a province's chairs, a person's chairs, a code's lineage) and the
digest of its rows is kept, so the table says whether the backends gave the same answers.
Prints one table and writes the numbers, the machine and its load as JSON (--json).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import random
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from eventgraph.model.article import Article
from eventgraph.model.events import Role
from eventgraph.model.evidence import Evidence
from eventgraph.model.extraction import (
    ArticleExtraction,
    DirectiveFact,
    LocalityFact,
    MeetingFact,
    ParticipantFact,
    PersonFact,
    PositionFact,
)
from eventgraph.queries import get
from eventgraph.servers import neo4j_dev, sparql_dev
from eventgraph.store import open_store

sys.path.insert(0, str(Path(__file__).parent))
from machine import machine

PROVINCES = [
    "Hải Phòng",
    "Thái Bình",
    "Hải Dương",
    "Nam Định",
    "Ninh Bình",
    "Quảng Ninh",
    "Bắc Ninh",
    "Hưng Yên",
    "Hà Nam",
    "Vĩnh Phúc",
    "Phú Thọ",
    "Thanh Hóa",
]
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"]
GIVEN = ["Văn Hùng", "Thị Hoa", "Đức Thắng", "Minh Tuấn", "Quang Hải", "Thu Hà", "Văn Nam"]
CENTRAL = [f"{n}-KL/TW" for n in range(1, 40)] + [f"{n}-NQ/TW" for n in range(1, 40)]


def synthetic(i: int, rnd: random.Random) -> tuple[Article, ArticleExtraction]:
    """One article: a dated provincial conference chaired by a leader, on a plan implementing a
    central document; facts with spans and sentences like the extractor's."""
    aid = f"bench-{i:06d}"
    prov = rnd.choice(PROVINCES)
    chair = f"{rnd.choice(SURNAMES)} {rnd.choice(GIVEN)}"
    guest = f"{rnd.choice(SURNAMES)} {rnd.choice(GIVEN)}"
    day = dt.date(2021, 1, 1) + dt.timedelta(days=rnd.randrange(1500))
    # Two articles on the same day, province and chair report one meeting (its identity, in
    # resolve/identity.py); they name it alike, after the same plan and document. Drawn apart, the
    # 36 such meetings of 10k articles got two names: RDF keeps both labels, Neo4j the last one.
    same = random.Random(f"{prov}|{day}|{chair}")
    plan, target = f"{same.randrange(1, 300)}-KH/TU", same.choice(CENTRAL)
    # The kind goes with the code: a "-NQ/TW" called a Kết luận would be the same node as the
    # "-KL/TW" of that number (identities take the kind), one node with two codes.
    kind = "Nghị quyết" if target.endswith("-NQ/TW") else "Kết luận"
    text = (
        f"Ngày {day.day}/{day.month}/{day.year}, Tỉnh ủy {prov} tổ chức hội nghị triển khai Kế "
        f"hoạch số {plan} thực hiện {kind} số {target}. Đồng chí {chair}, Bí thư Tỉnh ủy {prov} "
        f"chủ trì hội nghị. Dự hội nghị có đồng chí {guest}."
    )

    def ev(phrase: str) -> Evidence:
        start = text.index(phrase)
        return Evidence(
            article_id=aid,
            start=start,
            end=start + len(phrase),
            sentence=text[:90],
            extractor="bench.v1",
        )

    article = Article(id=aid, title=f"Hội nghị tại {prov}", published=day, text=text)
    ex = ArticleExtraction(
        article_id=aid,
        extractor="bench.v1",
        published=day,
        locality=prov,
        people=[
            PersonFact(
                name=chair,
                evidence=[ev(chair)],
                positions=[
                    PositionFact(
                        title="Bí thư Tỉnh ủy",
                        full_title=f"Bí thư Tỉnh ủy {prov}",
                        role="Bí thư",
                        organization=f"Tỉnh ủy {prov}",
                        locality=prov,
                        evidence=ev("Bí thư Tỉnh ủy"),
                    )
                ],
            )
        ],
        meetings=[
            MeetingFact(
                kind="hội nghị",
                name=f"Hội nghị triển khai Kế hoạch số {plan}",
                date=day,
                locality=prov,
                directives=[plan],
                evidence=ev("hội nghị"),
                participants=[
                    ParticipantFact(name=chair, role=Role.CHAIR, evidence=ev("chủ trì")),
                    ParticipantFact(name=guest, role=Role.ATTENDEE, evidence=ev(guest)),
                ],
            )
        ],
        directives=[
            DirectiveFact(
                code=plan,
                kind="Kế hoạch",
                issuer=f"Ban Thường vụ Tỉnh ủy {prov}",
                implements=[target],
                evidence=ev(plan),
            ),
            DirectiveFact(
                code=target, kind=kind, issuer="Ban Chấp hành Trung ương", evidence=ev(target)
            ),
        ],
        localities=[LocalityFact(name=prov, level="province", evidence=ev(prov))],
    )
    return article, ex


def percentiles(samples: list[float]) -> tuple[float, float]:
    s = sorted(samples)
    return statistics.median(s) * 1000, s[min(len(s) - 1, int(len(s) * 0.95))] * 1000


# The same questions on every backend; their rows must agree (order and all).
CHECKS = [
    ("chairs", {"locality": PROVINCES[0]}),
    ("chairs", {"person": "Nguyễn Văn Hùng"}),
    ("lineage", {"code": CENTRAL[0]}),
    ("lineage", {"code": "7-KH/TU"}),
]


def digest(st: Any) -> dict[str, Any]:
    """How many rows each fixed question gets, and a digest of the rows (sorted, as JSON)."""
    rows, h = 0, hashlib.sha256()
    for name, params in CHECKS:
        got = st.run(get(name), params).rows
        rows += len(got)
        for line in sorted(json.dumps(r, sort_keys=True, ensure_ascii=False) for r in got):
            h.update(line.encode())
    return {"check_rows": rows, "check_digest": h.hexdigest()[:12]}


def _peak_mb() -> int:
    """This process's peak resident memory (the whole store, for memory:// and oxigraph://)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def bench(url: str, items: list[Any], auth: Any, runs: int, rnd: random.Random) -> None:
    """Write, then time the queries; prints one JSON line after each step (the parent keeps the
    last one, so a query that never returns still leaves the write numbers)."""
    st = open_store(url, auth=auth) if auth else open_store(url)
    t0 = time.perf_counter()
    progress: list[list[float]] = []  # [articles written, seconds so far, this process's peak MB]
    for i in range(0, len(items), 500):
        st.replace_articles(items[i : i + 500])
        done = min(i + 500, len(items))
        if done % 1000 == 0 or done == len(items):
            progress.append([done, round(time.perf_counter() - t0, 1), _peak_mb()])
            # a backend that misses its deadline while writing still says how far it got
            print(json.dumps({"articles": len(items), "progress": progress}), flush=True)
    write = time.perf_counter() - t0
    stats = st.stats()
    out: dict[str, Any] = {
        "articles": len(items),
        "write_s": round(write, 2),
        "facts": stats["facts"],
        "facts_per_s": round(stats["facts"] / write),
        "load_after_write": round(os.getloadavg()[0], 1),
        "progress": progress,
    }
    print(json.dumps(out), flush=True)
    out.update(digest(st))
    people = [p.name for _, ex in items[:200] for p in ex.people]
    codes = [d.code for _, ex in items[:200] for d in ex.directives]
    for name, q, pick in (
        ("chairs", "chairs", lambda: {"locality": rnd.choice(PROVINCES)}),
        ("chairs_person", "chairs", lambda: {"person": rnd.choice(people)}),
        ("lineage", "lineage", lambda: {"code": rnd.choice(codes)}),
    ):
        t = time.perf_counter()
        st.run(get(q), pick())
        out[f"{name}_first_ms"] = round((time.perf_counter() - t) * 1000, 1)
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            st.run(get(q), pick())
            times.append(time.perf_counter() - t)
        out[f"{name}_p50_ms"], out[f"{name}_p95_ms"] = (round(x, 1) for x in percentiles(times))
        print(json.dumps(out), flush=True)
    out["load_after_queries"] = round(os.getloadavg()[0], 1)
    print(json.dumps(out), flush=True)
    st.close()


def one(backend: str, n: int, runs: int) -> None:
    """Benchmark one backend in this process (the parent runs each in a child with a deadline)."""
    rnd = random.Random(7)
    items = [synthetic(i, rnd) for i in range(n)]
    with ExitStack() as stack, tempfile.TemporaryDirectory() as tmp:
        url, auth = f"oxigraph://{tmp}/ox", None
        if backend == "memory":
            url = "memory://"
        elif backend == "oxigraph-server":
            url = stack.enter_context(sparql_dev.start_oxigraph(f"{tmp}/oxs")).url
        elif backend == "virtuoso":
            server = stack.enter_context(sparql_dev.start_virtuoso(f"{tmp}/virt"))
            url, auth = server.url, server.auth
        elif backend == "neo4j":
            url = stack.enter_context(neo4j_dev.start(f"{tmp}/neo4j")).uri
        bench(url, items, auth, runs, random.Random(11))


COLS = [
    "articles",
    "facts",
    "facts_per_s",
    "write_s",
    "chairs_first_ms",
    "chairs_p50_ms",
    "chairs_p95_ms",
    "chairs_person_p50_ms",
    "chairs_person_p95_ms",
    "lineage_p50_ms",
    "lineage_p95_ms",
    "check_rows",
    "check_digest",
    "load_after_queries",
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--backends", default="oxigraph,oxigraph-server,virtuoso,neo4j,memory")
    ap.add_argument("--deadline", type=float, default=900, help="seconds per backend")
    ap.add_argument("--only", help=argparse.SUPPRESS)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    if args.only:
        one(args.only, args.articles, args.runs)
        return
    results: dict[str, Any] = {}
    started = {"date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), **machine()}
    print("machine", json.dumps(started), flush=True)
    for backend in args.backends.split(","):
        cmd = [
            sys.executable,
            __file__,
            "--only",
            backend,
            "--articles",
            str(args.articles),
            "--runs",
            str(args.runs),
        ]
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, start_new_session=True)
        try:
            stdout, _ = proc.communicate(timeout=args.deadline)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGTERM)  # the child's servers are in its session too
            stdout, _ = proc.communicate()
        lines = [x for x in stdout.splitlines() if x.startswith("{")]
        results[backend] = json.loads(lines[-1]) if lines else {}
        print(backend, json.dumps(results[backend]), flush=True)
    print("| backend | " + " | ".join(COLS) + " |")
    for backend, r in results.items():
        print(f"| {backend} | " + " | ".join(str(r.get(c, "timeout")) for c in COLS) + " |")
    digests = {r.get("check_digest") for r in results.values()}
    print("same answers on every backend:", len(digests) == 1 and None not in digests)
    if args.json:
        report = {"machine": started, "load_at_end": os.getloadavg()[0], "backends": results}
        args.json.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
