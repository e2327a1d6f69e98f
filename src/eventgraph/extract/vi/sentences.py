"""Sentence boundaries as character spans, tolerant of Vietnamese abbreviations and document codes."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at . ! ? … followed by space and an upper-case letter or an opening quote/bracket,
# or at a line break. Abbreviations ending in "." (TP. HCM, TS. Nguyễn, Th.S) are not ends.
_END = re.compile(r"(?<=[.!?…])[\"”’)]*\s+(?=[\"“(\[]?[A-ZÀ-ỸĐ0-9])|\n+")
_ABBREV = re.compile(r"(?:\b(?:TP|Tp|TS|ThS|Th\.S|PGS|GS|BS|KS|CN|Mr|St|Q|H|P|X|Tr|v\.v)\.)$")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text` as spans; every character outside them is white space."""
    spans: list[Sentence] = []
    start = 0
    for m in _END.finditer(text):
        if m.group(0).strip() == "" and "\n" not in m.group(0) and _ABBREV.search(text[start:m.start()]):
            continue
        _add(spans, text, start, m.start())
        start = m.end()
    _add(spans, text, start, len(text))
    return spans


def _add(spans: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Sentence(start, end))
