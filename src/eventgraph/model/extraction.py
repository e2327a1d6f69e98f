"""What the extractor reads out of one article: facts with their evidence.

`ArticleExtraction.to_contract()` gives the JSON object of ../shared/eval/GUIDE.md (the output of
`eventgraph extract`); the RDF mapping in `store/rdf.py` turns the same object into the named graph of the
article. Facts are statements in the FollowTheMoney sense: each carries its own evidence.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, Field

from eventgraph.model.entities import TenureStatus
from eventgraph.model.events import Role
from eventgraph.model.evidence import Evidence


class PositionFact(BaseModel):
    """A title the article gives a person."""

    title: str  # as written: "Bí thư Thành ủy"
    full_title: str | None = None  # with the context the text implies: "Bí thư Thành ủy Hải Phòng"
    role: str | None = None  # "Bí thư"
    organization: str | None = None  # "Thành ủy Hải Phòng"
    locality: str | None = None  # "Hải Phòng"
    status: TenureStatus = TenureStatus.CURRENT
    evidence: Evidence | None = None

    @property
    def display(self) -> str:
        return self.full_title or self.title


class PersonFact(BaseModel):
    """A named person acting or mentioned in the body, with the titles given to them."""

    name: str
    positions: list[PositionFact] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)


class ParticipantFact(BaseModel):
    """A person's part in a meeting, as stated."""

    name: str
    role: Role
    evidence: Evidence | None = None


class MeetingFact(BaseModel):
    """A meeting the article reports or names."""

    kind: str
    name: str
    date: dt.date | None = None
    # The text gives the day and month and makes no year certain: `date` is in the year the text
    # most likely means (its present-year signals, else the latest year it names as a time).
    date_inferred: bool = False
    locality: str | None = None
    organizers: list[str] = Field(default_factory=list)
    participants: list[ParticipantFact] = Field(default_factory=list)
    directives: list[str] = Field(default_factory=list)  # codes the meeting is about
    bridge_points: int | None = None
    evidence: Evidence | None = None

    @property
    def chairs(self) -> list[str]:
        return [p.name for p in self.participants if p.role in (Role.CHAIR, Role.CO_CHAIR)]

    @property
    def certain_date(self) -> dt.date | None:
        """The date when the text makes its year certain (None for a likely year)."""
        return None if self.date_inferred else self.date


class DirectiveFact(BaseModel):
    """A numbered document referred to in the article, with its lineage as the article states it."""

    code: str  # as written, without "số"
    kind: str | None = None  # "Kế hoạch"
    number: str | None = None  # "122"
    symbol: str | None = None  # "KH/TU"
    issuer: str | None = None  # with context: "Ban Thường vụ Thành ủy Hải Phòng"
    date: dt.date | None = None
    year: int | None = None
    term: str | None = None  # Party term, roman numeral: "XIII"
    subject: str | None = None
    implements: list[str] = Field(default_factory=list)
    based_on: list[str] = Field(default_factory=list)
    amends: list[str] = Field(default_factory=list)
    replaces: list[str] = Field(default_factory=list)
    evidence: Evidence | None = None


class LocalityFact(BaseModel):
    """A locality named in the article."""

    name: str
    level: str
    province: str | None = None
    code: str | None = None
    era: str | None = None
    evidence: Evidence | None = None


class OrganizationFact(BaseModel):
    """An organization named in the article, with its locality."""

    name: str
    kind: str | None = None
    locality: str | None = None
    evidence: Evidence | None = None


class ArticleExtraction(BaseModel):
    """Everything read from one article."""

    article_id: str
    extractor: str
    published: dt.date | None = None
    locality: str | None = None  # the province the article is about, when the text makes it clear
    authors: list[str] = Field(default_factory=list)
    people: list[PersonFact] = Field(default_factory=list)
    meetings: list[MeetingFact] = Field(default_factory=list)
    directives: list[DirectiveFact] = Field(default_factory=list)
    localities: list[LocalityFact] = Field(default_factory=list)
    organizations: list[OrganizationFact] = Field(default_factory=list)

    def to_contract(self, certain_dates: bool = False) -> dict[str, Any]:
        """The object of ../shared/eval/GUIDE.md, with spans as extra keys; with `certain_dates`,
        a meeting whose year is only likely has a null date, as GUIDE.md's annotators write it."""
        iso = lambda d: d.isoformat() if d else None  # noqa: E731
        return {
            "article_id": self.article_id,
            "published": iso(self.published),
            "authors": self.authors,
            "people": [
                {"name": p.name, "positions": [x.display for x in p.positions],
                 "status": {x.display: x.status.value for x in p.positions
                            if x.status != TenureStatus.CURRENT}}
                for p in self.people
            ],
            "meetings": [
                {"name": m.name, "kind": m.kind,
                 "date": iso(m.certain_date if certain_dates else m.date),
                 "date_inferred": m.date_inferred, "chairs": m.chairs,
                 "organizers": m.organizers, "locality": m.locality, "directives": m.directives,
                 "participants": [{"name": x.name, "role": x.role.value} for x in m.participants]}
                for m in self.meetings
            ],
            "directives": [
                {"code": d.code, "kind": d.kind, "date": iso(d.date), "issuer": d.issuer,
                 "implements": d.implements, "based_on": d.based_on, "amends": d.amends,
                 "replaces": d.replaces}
                for d in self.directives
            ],
            "localities": [loc.name for loc in self.localities],
            "organizations": [o.name for o in self.organizations],
        }
