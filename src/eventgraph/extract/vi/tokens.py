"""Words, numbers and punctuation of the working text, with offsets, and phrase tables over them.

The people, titles and meetings rules read tokens rather than characters: a title is a sequence of words
("Phó Bí thư Thường trực Tỉnh ủy"), a name a run of capitalised syllables. `PhraseTable` looks phrases
of the data files up word by word (case-insensitive, new tone placement), longest first, in O(1) per
starting word.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Sequence
from functools import cache
from importlib.resources import files
from typing import Any

from eventgraph.text import new_tone

# Abbreviations with inner punctuation come first, so "T.Ư" and "TP." stay one token.
_TOKEN = re.compile(
    r"(?:UVT\.Ư|UVT\.W|T\.Ư|T\.W|TP\.|Tp\.|Th\.S|PGS\.TS|GS\.TS|GS\.TSKH|Đ/c|đ/c|H\.|Q\.|TX\.)"
    r"|[^\W\d_]+&[^\W\d_]+"  # "KH&CN", "TN&MT"
    r"|[^\W\d_]+(?:['’][^\W\d_]*)?(?:-[^\W_]+)*"  # "Jong-un", "Covid-19"
    r"|\d+[A-Za-z]?"
    r"|[^\w\s]"
)
WORD, NUM, PUNCT = 0, 1, 2


class Token:
    """One token: its span, text, lookup key, kind, and whether it is Capitalised or ALL CAPS."""

    __slots__ = ("cap", "end", "key", "kind", "start", "text", "upper")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start, self.end, self.text = start, end, text
        self.key = text.casefold()
        first = text[0]
        self.kind = WORD if first.isalpha() else NUM if first.isdigit() else PUNCT
        self.upper = self.kind == WORD and len(text) > 1 and text.replace(".", "").isupper()
        self.cap = self.kind == WORD and first.isupper() and not self.upper

    def __repr__(self) -> str:
        return f"Token({self.text!r}@{self.start})"


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of `text[start:end]`, with offsets into `text`."""
    return [Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, len(text) if end is None else end)]


def keys_of(phrase: str) -> tuple[str, ...]:
    """The lookup keys of a phrase, tokenised as the text is."""
    return tuple(t.key for t in tokenize(new_tone(phrase)))


class PhraseTable:
    """A set of phrases looked up word by word at a token position, longest match first."""

    def __init__(self, phrases: Iterable[str]) -> None:
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        self.phrases: dict[tuple[str, ...], str] = {}
        for p in phrases:
            ks = keys_of(p)
            if ks and ks not in self.phrases:
                self.phrases[ks] = p
                self._by_first.setdefault(ks[0], []).append(ks)
        for lst in self._by_first.values():
            lst.sort(key=len, reverse=True)

    def match(self, keys: Sequence[str], i: int) -> int:
        """Length in tokens of the longest phrase starting at `keys[i]`, 0 if none."""
        cands = self._by_first.get(keys[i]) if i < len(keys) else None
        if not cands:
            return 0
        n = len(keys)
        for ks in cands:
            if i + len(ks) <= n and all(keys[i + k] == ks[k] for k in range(1, len(ks))):
                return len(ks)
        return 0

    def __contains__(self, phrase: object) -> bool:
        return isinstance(phrase, str) and keys_of(phrase) in self.phrases


@cache
def load_data(name: str) -> dict[str, Any]:
    """A TOML file of `eventgraph/data`, parsed once."""
    return tomllib.loads(files("eventgraph").joinpath("data", name).read_text(encoding="utf-8"))
