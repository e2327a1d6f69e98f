"""Words, numbers and punctuation of the working text, with offsets, and phrase tables over them.

The people, titles and meetings rules read tokens rather than characters: a title is a sequence of
words ("Phó Bí thư Thường trực Tỉnh ủy"), a name a run of capitalised syllables. `PhraseTable` looks
phrases of the data files up word by word (case-insensitive, new tone placement), longest first, in
O(1) per starting word.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable, Sequence
from functools import cache, lru_cache
from importlib.resources import files
from typing import Any, Final, TypeVar

from eventgraph.text import new_tone

try:  # mypyc reads its class attributes from this decorator; it is a no-op when run
    from mypy_extensions import mypyc_attr
except ImportError:  # an install without mypy runs the pure modules, which need none
    _C = TypeVar("_C")

    def mypyc_attr(*attrs: str, **kwattrs: object) -> Callable[[_C], _C]:  # type: ignore[no-redef]
        return lambda cls: cls


# Abbreviations with inner punctuation come first, so "T.Ư" and "TP." stay one token.
_TOKEN: Final = re.compile(
    r"(?:UVT\.Ư|UVT\.W|T\.Ư|T\.W|TP\.|Tp\.|Th\.S|PGS\.TS|GS\.TS|GS\.TSKH|Đ/c|đ/c|H\.|Q\.|TX\.)"
    r"|\d+\w*"  # "2025", "1A"; "2025-2030" stays three tokens
    r"|\w+(?:['’&-]\w+)*"  # words, "Jong-un", "Covid-19", "KH&CN", "H'Hen"
    r"|[^\w\s]"
)
# possessive: never gives space back
_SPACED_TOKEN: Final = re.compile(r"(\s*+)(" + _TOKEN.pattern + ")")
# Token kinds. `Final`, as the constants below: compiled, a rule reads the value itself (the kinds
# inlined), not the module's dict.
WORD: Final = 0
NUM: Final = 1
PUNCT: Final = 2
UPPER = (
    "A-ZÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"  # for regex classes
)


# A token holds only ints, strings and flags, so it can be in no reference cycle: compiled, it is
# kept out of the cyclic GC (`acyclic`), which otherwise tracks each of the million tokens of a
# corpus pass and walks them in every young collection.
@mypyc_attr(acyclic=True)
class Token:
    """One token: its span, text, lookup key, kind, and whether it is Capitalised or ALL CAPS."""

    __slots__ = ("cap", "end", "key", "kind", "start", "text", "upper")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start, self.end, self.text = start, end, text
        self.key, self.kind, self.upper, self.cap = _INFO.get(text) or _info(text)

    def __repr__(self) -> str:
        return f"Token({self.text!r}@{self.start})"


# (key, kind, upper, cap) of every token text met so far: words recur, so each is judged once.
_INFO: Final[dict[str, tuple[str, int, bool, bool]]] = {}
_INFO_MAX: Final = 1 << 17  # numbers and names keep the vocabulary open: start again past this


def _info(text: str) -> tuple[str, int, bool, bool]:
    got = _INFO.get(text)
    if got is not None:
        return got
    first = text[0]
    if first.isalpha():
        upper = len(text) > 1 and text.isupper()  # "UBND", "T.Ư"
        got = (text.lower(), WORD, upper, first.isupper() and not upper)
    else:
        got = (text.lower(), NUM if first.isdigit() else PUNCT, False, False)
    if len(_INFO) >= _INFO_MAX:
        _INFO.clear()
    _INFO[text] = got
    return got


# The sentences of the text tokenised last, by span: the people and meetings components read the
# same sentences of one article. Read and replaced whole, so threads at worst tokenise again.
_SPANS: list[tuple[str, dict[tuple[int, int], list[Token]]]] = [("", {})]


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of `text[start:end]`, with offsets into `text`. The list is new; its tokens may be
    shared with an earlier call over the same span of the same text (no rule changes a token)."""
    stop = len(text) if end is None else end
    if end is None and start == 0:  # a phrase or a title, not a sentence of an article
        return _tokens(text, start, stop)
    held, spans = _SPANS[0]
    if held is not text:
        spans = {}
        _SPANS[0] = (text, spans)
    got = spans.get((start, stop))
    if got is None:
        got = spans[(start, stop)] = _tokens(text, start, stop)
    return list(got)


def _tokens(text: str, start: int, stop: int) -> list[Token]:
    # Most tokens are a whole word between spaces, which `_TOKEN` would match whole: such a piece
    # of `str.split` is one token with no regex run, and a word with one mark after it ("ủy,") is
    # two (see `_NOT_SPLIT_LAST`). The rest ("T.Ư", "(Bí", "25/10") go through `_TOKEN`, bounded to
    # the piece: no token spans white space, so the tokens are those of the whole sentence.
    out: list[Token] = []
    pos = start
    for piece in text[start:stop].split():
        pos = text.find(piece, pos)  # only white space lies between `pos` and the piece
        end = pos + len(piece)
        if piece.isalnum():
            out.append(Token(pos, end, piece))
        elif piece[-1] not in _NOT_SPLIT_LAST and piece[:-1].isalnum():
            out.append(Token(pos, end - 1, piece[:-1]))
            out.append(Token(end - 1, end, piece[-1]))
        else:
            _matched(out, text, pos, end)
        pos = end
    return out


# A letter or digit string (`str.isalnum`) is `\w+` whole: no abbreviation of `_TOKEN` matches it
# (each holds a "." or "/"), so it is one token. One more mark after it is a token of its own unless
# it is "_" (a `\w`) or the "." that ends an abbreviation ("TP.", "H.").
_NOT_SPLIT_LAST: Final = frozenset("._")


def _matched(out: list[Token], text: str, start: int, stop: int) -> None:
    # `_TOKEN.finditer` as one `findall` (no match object per token): every non-space character
    # starts a token, so the white space before each token, counted, gives the offsets. A plain
    # constructor call, not `object.__new__` and set fields: mypyc's classes refuse the latter.
    pos = start
    for space, s in _SPACED_TOKEN.findall(text, start, stop):
        pos += len(space)
        out.append(Token(pos, pos + len(s), s))
        pos += len(s)


@lru_cache(maxsize=1 << 14)
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
        # The phrases of two words or more by their first two words, longest first, and the
        # one-word phrases: a word that opens many phrases ("ban", "ủy") is compared with the few
        # that share the next word too, not sliced against each of them.
        self._by_two: dict[str, dict[str, list[list[str]]]] = {}
        for ks in self.phrases:
            if len(ks) > 1:
                self._by_two.setdefault(ks[0], {}).setdefault(ks[1], []).append(list(ks))
        for by_second in self._by_two.values():
            for lst in by_second.values():
                lst.sort(key=len, reverse=True)
        self._single = {ks[0] for ks in self.phrases if len(ks) == 1}
        self.lasts = {ks[-1] for ks in self.phrases}
        self.lengths = sorted({len(ks) for ks in self.phrases})

    def match(self, keys: Sequence[str], i: int) -> int:
        """Length in tokens of the longest phrase starting at `keys[i]`, 0 if none."""
        if i >= len(keys):
            return 0
        by_second = self._by_two.get(keys[i])
        if by_second is None:
            return 1 if keys[i] in self._single else 0
        if i < 0:  # counted from the end, as a slice would: the plain search
            return self._match_any(keys, i)
        cands = by_second.get(keys[i + 1]) if i + 1 < len(keys) else None
        if cands:
            if type(keys) is not list:  # a tuple: compare lists with lists
                keys = list(keys)
            for ks in cands:
                n = len(ks)
                if n == 2 or keys[i : i + n] == ks:
                    return n
        return 1 if keys[i] in self._single else 0

    def _match_any(self, keys: Sequence[str], i: int) -> int:
        cands = self._by_first.get(keys[i])
        if not cands:
            return 0
        if type(keys) is not list:
            keys = list(keys)
        for ks in cands:
            n = len(ks)
            if n == 1 or keys[i : i + n] == ks:
                return n
        return 0

    def ends_at(self, keys: Sequence[str], a: int) -> bool:
        """Whether a phrase ends just before token a ("đồng chí" before a name)."""
        if a < 1 or keys[a - 1] not in self.lasts:
            return False
        for n in self.lengths:
            if a - n >= 0 and self.match(keys, a - n) == n:
                return True
        return False

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

