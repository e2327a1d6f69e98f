"""Words, numbers and punctuation of the working text, with offsets, and phrase tables over them.

The people, titles and meetings rules read tokens rather than characters: a title is a sequence of
words ("Phó Bí thư Thường trực Tỉnh ủy"), a name a run of capitalised syllables. `PhraseTable` looks
phrases of the data files up word by word (case-insensitive, new tone placement), longest first, in
O(1) per starting word.
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
    r"|\d+\w*"  # "2025", "1A"; "2025-2030" stays three tokens
    r"|\w+(?:['’&-]\w+)*"  # words, "Jong-un", "Covid-19", "KH&CN", "H'Hen"
    r"|[^\w\s]"
)
WORD, NUM, PUNCT = 0, 1, 2
UPPER = (
    "A-ZÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"  # for regex classes
)


class Token:
    """One token: its span, text, lookup key, kind, and whether it is Capitalised or ALL CAPS."""

    __slots__ = ("cap", "end", "key", "kind", "start", "text", "upper")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start, self.end, self.text = start, end, text
        self.key = text.lower()
        first = text[0]
        if first.isalpha():
            self.kind = WORD
            self.upper = len(text) > 1 and text.isupper()  # "UBND", "T.Ư"
            self.cap = first.isupper() and not self.upper
        else:
            self.kind = NUM if first.isdigit() else PUNCT
            self.upper = self.cap = False

    def __repr__(self) -> str:
        return f"Token({self.text!r}@{self.start})"


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of `text[start:end]`, with offsets into `text`."""
    return [
        Token(m.start(), m.end(), m.group())
        for m in _TOKEN.finditer(text, start, len(text) if end is None else end)
    ]


def keys_of(phrase: str) -> tuple[str, ...]:
    """The lookup keys of a phrase, tokenised as the text is."""
    return tuple(t.key for t in tokenize(new_tone(phrase)))


class PhraseTable:
    """A set of phrases looked up word by word at a token position, longest match first."""

    def __init__(self, phrases: Iterable[str]) -> None:
        self._by_first: dict[str, list[list[str]]] = {}
        self.firsts = self._by_first  # `key in table.firsts`: a cheap test before `match`
        self.phrases: dict[tuple[str, ...], str] = {}
        for p in phrases:
            ks = keys_of(p)
            if ks and ks not in self.phrases:
                self.phrases[ks] = p
                self._by_first.setdefault(ks[0], []).append(list(ks))
        for lst in self._by_first.values():
            lst.sort(key=len, reverse=True)
        self.lasts = {ks[-1] for ks in self.phrases}
        self.lengths = sorted({len(ks) for ks in self.phrases})

    def match(self, keys: Sequence[str], i: int) -> int:
        """Length in tokens of the longest phrase starting at `keys[i]`, 0 if none."""
        cands = self._by_first.get(keys[i]) if i < len(keys) else None
        if not cands:
            return 0
        for ks in cands:
            n = len(ks)
            if n == 1 or list(keys[i : i + n]) == ks:
                return n
        return 0

    def ends_at(self, keys: Sequence[str], a: int) -> bool:
        """Whether a phrase ends just before token a ("đồng chí" before a name)."""
        if a < 1 or keys[a - 1] not in self.lasts:
            return False
        return any(a - n >= 0 and self.match(keys, a - n) == n for n in self.lengths)

    def __contains__(self, phrase: object) -> bool:
        return isinstance(phrase, str) and keys_of(phrase) in self.phrases


@cache
def load_data(name: str) -> dict[str, Any]:
    """A TOML file of `eventgraph/data`, parsed once."""
    return tomllib.loads(files("eventgraph").joinpath("data", name).read_text(encoding="utf-8"))


def trie_pattern(words: Iterable[str]) -> str:
    """A regex alternation of `words` factored into a prefix tree ("Nguyễn|Ngô" -> "Ng(?:uyễn|ô)"):
    Python's regex engine tries the branches of a flat alternation one by one, a tree at once."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _pattern(trie)


def _pattern(node: dict) -> str:
    alts = [re.escape(ch) + _pattern(sub) for ch, sub in sorted(node.items()) if ch]
    if not alts:
        return ""
    ends = "" in node
    body = alts[0] if len(alts) == 1 and not ends else "(?:" + "|".join(alts) + ")"
    if ends:
        body = body + "?" if len(alts) == 1 and body.startswith("(?:") else f"(?:{body})?"
    return body

