"""The state shared by extraction components while they read one article."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from eventgraph.extract.vi.normalize import working_text
from eventgraph.extract.vi.sentences import Sentence, split_sentences
from eventgraph.model.article import Article
from eventgraph.model.evidence import Evidence
from eventgraph.text import clean


@dataclass
class Doc:
    """One article being read: the working text (same length as the article text), its sentences,
    the reference date for partial dates, the article's main province, and scratch space that earlier
    components fill for later ones (`found`)."""

    article: Article
    text: str
    sentences: list[Sentence]
    published: dt.date | None = None
    province: str | None = None
    found: dict[str, Any] = field(default_factory=dict)
    _starts: list[int] = field(default_factory=list)

    @classmethod
    def from_article(cls, article: Article) -> Doc:
        text = working_text(article.text)
        sentences = split_sentences(text)
        return cls(article, text, sentences, article.published, _starts=[s.start for s in sentences])

    def sentence_at(self, pos: int) -> Sentence:
        """The sentence holding character `pos` (the nearest one before it if `pos` is between)."""
        i = max(0, bisect.bisect_right(self._starts, pos) - 1)
        return self.sentences[i] if self.sentences else Sentence(0, len(self.text))

    def touched(self, pattern: re.Pattern[str]) -> set[int]:
        """Indexes of the sentences that a match of `pattern`, run once over the whole text,
        overlaps. With a `pattern` that matches wherever a sentence's own rule matches (a
        prefilter), these are all the sentences the rule can match in, found in one scan instead of
        one search per sentence (a match the scan skips, overlapping an earlier one, lies partly
        in a sentence that earlier one touches)."""
        hit: set[int] = set()
        starts, sents = self._starts, self.sentences
        for m in pattern.finditer(self.text):
            a, b = m.span()
            i = max(0, bisect.bisect_right(starts, a) - 1)
            while i < len(sents) and sents[i].start < b:
                if sents[i].end > a:
                    hit.add(i)
                i += 1
        return hit

    def evidence(self, start: int, end: int, extractor: str) -> Evidence:
        """Provenance for the span [start, end): the article, the span and its sentence."""
        s = self.sentence_at(start)
        return Evidence(article_id=self.article.id, start=start, end=end,
                        sentence=self.article.text[s.start:max(s.end, end)], extractor=extractor)

    def span(self, start: int, end: int) -> str:
        """The cleaned text of a span (one space between words, new tone placement)."""
        return clean(self.text[start:end])
