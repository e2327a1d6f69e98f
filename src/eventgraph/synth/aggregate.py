"""Answers a whole synthetic corpus should give: `chairs` rows for some people, `lineage` rows for
some codes, and each tracked person's titles over time, accumulated article by article from the
truth.

Directive nodes are keyed as the store keys them: a Party Centre code ("/TW") is one document
nationwide; any other code is one document per province (every province numbers its own plans); and a
code is one document per Party term or, for State documents, per year (numbering restarts), which the
document's date in the truth decides (resolve.identity, applied to the true dates).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from functools import cache
from typing import Any

from eventgraph.model.extraction import DirectiveFact
from eventgraph.resolve.identity import directive_identity, parse_code

# (code, province or None for a nationwide document, term or year)
Node = tuple[str, str | None, str | None]


def node(code: str, province: str | None, day: str | None = None,
         published: str | None = None) -> Node:
    """The document `code` names in an article about `province`: dated `day` when the truth knows it,
    else read as the store reads it (the article's publication date decides the term or year)."""
    fact = DirectiveFact(code=code, date=dt.date.fromisoformat(day) if day else None)
    pub = dt.date.fromisoformat(published) if published else None
    period = directive_identity(fact, province, pub).period
    return (code, None if _central(code) else province, period)


@cache
def _central(code: str) -> bool:
    return parse_code(code)[2].endswith("/TW")


class Aggregate:
    """Accumulates the expected answers; `people=None` tracks everyone (for small test corpora)."""

    def __init__(self, people: list[str] | None, lineage: list[dict[str, str]]) -> None:
        self.people = set(people) if people is not None else None
        self.lineage_queries = lineage
        self.chairs: dict[tuple[str, str, str | None, str | None, str], int] = defaultdict(int)
        self.links: set[tuple[Node, Node]] = set()
        self.titles: dict[str, dict[str, list[str]]] = defaultdict(dict)
        self.articles = 0

    def tracked(self, name: str) -> bool:
        return self.people is None or name in self.people

    def add(self, truth: dict[str, Any]) -> None:
        """Fold one article's truth (`{"id", "province", "gold"}`) into the expected answers."""
        self.articles += 1
        gold = truth["gold"]
        province = truth["province"]
        for m in gold["meetings"]:
            for part in m["participants"]:
                if self.tracked(part["name"]):
                    self.chairs[
                        (part["name"], m["name"], m["date"], m["locality"], part["role"])
                    ] += 1
        dates = {d["code"]: d.get("date") for d in gold["directives"]}
        pub = gold.get("published")
        for d in gold["directives"]:
            for target in d["implements"]:
                self.links.add((node(d["code"], province, dates.get(d["code"]), pub),
                                node(target, province, dates.get(target), pub)))
        day = gold["published"]
        for person in gold["people"]:
            if self.people is not None and person["name"] in self.people:
                for title in person["positions"]:
                    span = self.titles[person["name"]].setdefault(title, [day, day])
                    span[0], span[1] = min(span[0], day), max(span[1], day)

    def merge(self, other: Aggregate) -> None:
        """Add another part's answers (articles generated elsewhere) to these."""
        self.articles += other.articles
        for key, n in other.chairs.items():
            self.chairs[key] += n
        self.links |= other.links
        for name, titles in other.titles.items():
            for title, (a, b) in titles.items():
                span = self.titles[name].setdefault(title, [a, b])
                span[0], span[1] = min(span[0], a), max(span[1], b)

    def lineage_rows(self, code: str, issuer: str = "") -> list[dict[str, str]]:
        """The rows `lineage` returns for `code` (narrowed to the issuer's province when given)."""
        starts = {
            n
            for link in self.links
            for n in link
            if n[0] == code and (not issuer or n[1] == issuer)
        }
        up_from = defaultdict(set)
        down_to = defaultdict(set)
        for src, tgt in self.links:
            up_from[src].add(tgt)
            down_to[tgt].add(src)
        rows = set()
        for direction, edges in (("up", up_from), ("down", down_to)):
            seen, todo = set(starts), list(starts)
            while todo:
                n = todo.pop()
                for m in edges[n]:
                    src, tgt = (n, m) if direction == "up" else (m, n)
                    rows.add((direction, src[0], tgt[0]))
                    if m not in seen:
                        seen.add(m)
                        todo.append(m)
        return [{"direction": d, "source_code": s, "target_code": t} for d, s, t in sorted(rows)]

    def result(self) -> dict[str, Any]:
        chairs = defaultdict(list)
        for (name, meeting, date, locality, role), reports in sorted(self.chairs.items(), key=str):
            chairs[name].append(
                {
                    "meeting_name": meeting,
                    "date": date,
                    "locality": locality,
                    "role": role,
                    "reports": reports,
                }
            )
        return {
            "articles": self.articles,
            "chairs": dict(chairs),
            "lineage": [
                {"params": q, "rows": self.lineage_rows(q["code"], q.get("issuer", ""))}
                for q in self.lineage_queries
            ],
            "person": {
                n: [
                    {"title": t, "first_seen": a, "last_seen": b}
                    for t, (a, b) in sorted(ts.items())
                ]
                for n, ts in sorted(self.titles.items())
            },
        }
