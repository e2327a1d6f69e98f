"""Provenance: every fact says where it was read (article, character span, sentence, extractor)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, field_validator

from eventgraph.text import nfc


class Evidence(BaseModel):
    """Where a fact comes from: article id, the span [start, end) in the article text, the sentence."""

    model_config = ConfigDict(frozen=True)

    article_id: str
    start: int
    end: int
    sentence: str
    extractor: str

    @field_validator("sentence")
    @classmethod
    def _nfc(cls, v: str) -> str:
        return nfc(v)
