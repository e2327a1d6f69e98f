"""Synthetic articles with their known facts as (Article, ArticleExtraction) pairs, for benchmarks.

`eventgraph.synth` writes fictional articles and the facts a careful reader takes from them (the
contract of ../shared/eval/GUIDE.md). Turning those facts straight into extractions fills a store of
any size without running the extractor, so dashboard timings at 100k articles do not wait on it.
Spans are the first place each name occurs in the text, so the source reader has something to mark.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
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

EXTRACTOR = "benchmarks.synth-truth.v1"


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _evidence(aid: str, text: str, needle: str) -> Evidence | None:
    start = text.find(needle) if needle else -1
    if start < 0:
        return None
    end = start + len(needle)
    return Evidence(
        article_id=aid,
        start=start,
        end=end,
        sentence=text[max(0, start - 80) : end + 80],
        extractor=EXTRACTOR,
    )


def _people(aid: str, text: str, gold: dict[str, Any]) -> list[PersonFact]:
    out = []
    for p in gold.get("people", []):
        status = p.get("status", {})
        positions = [
            PositionFact(
                title=t,
                full_title=t,
                status=status.get(t, "current"),
                evidence=_evidence(aid, text, t),
            )
            for t in p.get("positions", [])
        ]
        ev = _evidence(aid, text, p["name"])
        out.append(PersonFact(name=p["name"], positions=positions, evidence=[ev] if ev else []))
    return out


def _meetings(aid: str, text: str, gold: dict[str, Any]) -> list[MeetingFact]:
    out = []
    for m in gold.get("meetings", []):
        parts = [
            ParticipantFact(
                name=x["name"], role=Role(x["role"]), evidence=_evidence(aid, text, x["name"])
            )
            for x in m.get("participants", [])
        ]
        out.append(
            MeetingFact(
                kind=m.get("kind") or "hội nghị",
                name=m["name"],
                date=_day(m.get("date")),
                locality=m.get("locality"),
                organizers=m.get("organizers", []),
                participants=parts,
                directives=m.get("directives", []),
                evidence=_evidence(aid, text, m["name"]),
            )
        )
    return out


def _directives(aid: str, text: str, gold: dict[str, Any]) -> list[DirectiveFact]:
    return [
        DirectiveFact(
            code=d["code"],
            kind=d.get("kind"),
            issuer=d.get("issuer"),
            date=_day(d.get("date")),
            implements=d.get("implements", []),
            based_on=d.get("based_on", []),
            evidence=_evidence(aid, text, d["code"]),
        )
        for d in gold.get("directives", [])
    ]


def _localities(aid: str, text: str, province: str, gold: dict[str, Any]) -> list[LocalityFact]:
    names = [x if isinstance(x, str) else x["name"] for x in gold.get("localities", [])]
    return [
        LocalityFact(
            name=n,
            level="province" if n == province else "commune",
            province=None if n == province else province,
            evidence=_evidence(aid, text, n),
        )
        for n in dict.fromkeys(names)
        if n != "Việt Nam"
    ]


def synthetic_items(n: int, seed: int = 0) -> Iterator[tuple[Article, ArticleExtraction]]:
    """The first `n` synthetic articles of `seed`, each with the facts it states."""
    from eventgraph.synth import generate

    for row, truth in generate(n, seed):
        gold, aid, text = truth["gold"], row["id"], row["text"]
        article = Article(
            id=aid,
            title=row.get("title"),
            published=row.get("published"),
            url=row.get("source"),
            outlet=row.get("outlet"),
            text=text,
        )
        published = _day(gold.get("published"))
        yield (
            article,
            ArticleExtraction(
                article_id=aid,
                extractor=EXTRACTOR,
                published=published,
                locality=truth["province"],
                authors=gold.get("authors", []),
                people=_people(aid, text, gold),
                meetings=_meetings(aid, text, gold),
                directives=_directives(aid, text, gold),
                localities=_localities(aid, text, truth["province"], gold),
            ),
        )
