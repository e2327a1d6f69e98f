"""People, posts, tenures, organizations and localities as the graph holds them."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, field_validator

from eventgraph.text import clean


class _Named(BaseModel):
    model_config = ConfigDict(frozen=True)

    @field_validator("name", check_fields=False)
    @classmethod
    def _clean(cls, v: str) -> str:
        return clean(v)


class Locality(_Named):
    """A province, district, commune, special zone or foreign country; `era` says which map it is on."""

    name: str
    level: str  # province | district | commune | country
    parent: str | None = None  # the province's name for a district or commune
    code: str | None = None  # the official code in the gazetteer
    era: str | None = None  # "pre2025" | "2025"


class Organization(_Named):
    """A Party committee, People's Council/Committee, ministry, delegation, front… with its locality."""

    name: str  # full name with locality: "Ban Thường vụ Thành ủy Hải Phòng"
    kind: str | None = None  # party_committee | standing_committee | peoples_council | peoples_committee | …
    locality: str | None = None


class Person(_Named):
    """A real person; the id is assigned by the resolver (namesakes stay apart without evidence)."""

    name: str
    id: str | None = None


class Position(_Named):
    """A post: a role in an organization ("Bí thư" of "Thành ủy Hải Phòng")."""

    name: str  # the full title as a reader would say it: "Bí thư Thành ủy Hải Phòng"
    role: str | None = None  # "Bí thư"
    organization: str | None = None  # "Thành ủy Hải Phòng"


class TenureStatus(StrEnum):
    """How the article holds the post: current, former ("nguyên"), acting ("quyền"), concurrent ("kiêm")."""

    CURRENT = "current"
    FORMER = "former"
    ACTING = "acting"
    CONCURRENT = "concurrent"


class Tenure(BaseModel):
    """A person holding a position, with the first and last date the news shows it."""

    model_config = ConfigDict(frozen=True)

    person: str
    position: str
    status: TenureStatus = TenureStatus.CURRENT
    first_seen: dt.date | None = None
    last_seen: dt.date | None = None
