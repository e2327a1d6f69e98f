"""The extraction a perfect reader would make of a synthetic article, built from its truth.

Benchmarks use it to measure the store (write path, named queries) at scale independently of the
extractor's speed and accuracy: the graph holds exactly the facts the truth lists, each with a span
and sentence found in the text, as real extraction gives them. It is a benchmark input, not an
extractor; `eventgraph ingest` never uses it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from eventgraph.model.article import Article
from eventgraph.model.entities import TenureStatus
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

EXTRACTOR = "eventgraph.synth.oracle.v1"
_STATUS = {"former": TenureStatus.FORMER, "acting": TenureStatus.ACTING}


class _Spans:
    """Evidence for a phrase: its first occurrence in the text and the sentence around it."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.text = article.text

    def __call__(self, phrase: str, after: int = 0) -> Evidence | None:
        start = self.text.find(phrase, after)
        if start < 0:
            return None
        s = max(self.text.rfind(". ", 0, start) + 2, self.text.rfind("\n", 0, start) + 1)
        e = min(
            x
            for x in (self.text.find(". ", start), self.text.find("\n", start), len(self.text))
            if x >= 0
        )
        return Evidence(
            article_id=self.article.id,
            start=start,
            end=start + len(phrase),
            sentence=self.text[s : e + 1].strip(),
            extractor=EXTRACTOR,
        )


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def oracle_extraction(article: Article, truth: dict[str, Any]) -> ArticleExtraction:
    """The ArticleExtraction that states exactly the truth of `article` (one line of .truth.ndjson)."""
    gold, span = truth["gold"], _Spans(article)
    out = ArticleExtraction(
        article_id=article.id,
        extractor=EXTRACTOR,
        published=_date(gold["published"]),
        locality=truth.get("province"),
        authors=list(gold["authors"]),
    )
    for p in gold["people"]:
        ev = span(p["name"])
        status = p.get("status", {})
        out.people.append(
            PersonFact(
                name=p["name"],
                evidence=[ev] if ev else [],
                positions=[
                    PositionFact(
                        title=t,
                        status=_STATUS.get(status.get(t, ""), TenureStatus.CURRENT),
                        evidence=span(t, ev.start if ev else 0),
                    )
                    for t in p["positions"]
                ],
            )
        )
    for m in gold["meetings"]:
        out.meetings.append(
            MeetingFact(
                kind=m["kind"],
                name=m["name"],
                date=_date(m["date"]),
                locality=m["locality"],
                organizers=m["organizers"],
                directives=m["directives"],
                evidence=span(m["name"]),
                participants=[
                    ParticipantFact(name=x["name"], role=Role(x["role"]), evidence=span(x["name"]))
                    for x in m["participants"]
                ],
            )
        )
    for d in gold["directives"]:
        out.directives.append(
            DirectiveFact(
                code=d["code"],
                kind=d["kind"],
                issuer=d["issuer"],
                date=_date(d["date"]),
                implements=d["implements"],
                evidence=span(d["code"]),
            )
        )
    for loc in gold["localities"]:
        name = loc if isinstance(loc, str) else loc["name"]
        level = (
            "province"
            if name == truth.get("province")
            else "country"
            if name == "Việt Nam"
            else "district"
        )
        out.localities.append(
            LocalityFact(
                name=name,
                level=level,
                evidence=span(name),
                province=None if level != "district" else truth.get("province"),
            )
        )
    return out
