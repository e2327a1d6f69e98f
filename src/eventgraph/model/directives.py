"""Directives (numbered Party and State documents) and the lineage between them.

A code such as "122-KH/TU" is not an identity: every provincial Party committee issues its own
"…-KH/TU", Party numbering restarts each term and State numbering each year. A directive is therefore
identified by (issuer, kind, number, year or Party term) — `DirectiveId`.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from eventgraph.text import slug


class Relation(StrEnum):
    """How one document relates to another."""

    IMPLEMENTS = "implements"  # thực hiện, triển khai, cụ thể hóa, hướng dẫn thi hành
    BASED_ON = "based_on"  # căn cứ
    AMENDS = "amends"  # sửa đổi, bổ sung
    REPLACES = "replaces"  # thay thế


class DirectiveId(BaseModel):
    """The identity of a document: issuer, kind, number and the year (State) or term (Party)."""

    model_config = ConfigDict(frozen=True)

    issuer: str | None
    kind: str
    number: str
    period: str | None  # "2022" for State documents, "khoa-xiii" for Party documents, None if unknown

    def key(self) -> str:
        """A stable IRI path: issuer/kind/number/period."""
        issuer = slug(self.issuer) if self.issuer else "unknown-issuer"
        return f"{issuer}/{slug(self.kind)}/{slug(self.number)}/{self.period or 'unknown'}"


class Directive(BaseModel):
    """A numbered document as the graph holds it."""

    model_config = ConfigDict(frozen=True)

    id: DirectiveId
    code: str  # as written: "122-KH/TU"
    kind: str  # Vietnamese document type: "Kế hoạch"
    symbol: str | None = None  # "KH/TU"
    date: dt.date | None = None
    subject: str | None = None


class Lineage(BaseModel):
    """`source` relates to `target` (both codes as written in the article)."""

    model_config = ConfigDict(frozen=True)

    source: str
    target: str
    relation: Relation = Relation.IMPLEMENTS
