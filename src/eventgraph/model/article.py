"""An article as read from a corpus line, a text file or a saved page."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field, field_validator

from eventgraph.text import nfc


class Article(BaseModel):
    """One news article; `published` may be unknown (most corpus lines have none)."""

    model_config = ConfigDict(frozen=True)

    id: str = Field(min_length=1)
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    outlet: str | None = None
    authors: tuple[str, ...] = ()
    text: str
    # The province an outlet covers (from sources.toml): context when the text names none, not a fact.
    default_locality: str | None = None

    @field_validator("id")
    @classmethod
    def _id(cls, v: str) -> str:
        v = nfc(v).strip()
        if not v:
            raise ValueError("article id is empty")
        return v

    @field_validator("title", "text", "outlet")
    @classmethod
    def _nfc(cls, v: str | None) -> str | None:
        return nfc(v) if v is not None else None

    @field_validator("published", mode="before")
    @classmethod
    def _date(cls, v: object) -> object:
        # Corpus lines carry "2022-04-06", "2022-04-06T11:05:00+07:00" or null.
        if isinstance(v, str):
            v = v.strip()
            return v[:10] if v else None
        return v
