"""Guards that keep a bare place name (one without a unit word) from matching something else.

"Nguyễn Thái Bình" is a person, "Mỹ Tho" a city that is not "Mỹ", "Pháp luật" the law, "Anh cho
biết" a man speaking. The word lists come from `finder_rules.json`; the longer place names come
from the gazetteer itself, so a bare name followed by the rest of another unit's name is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from eventgraph.extract.vi.gazetteer import TONE_FIX, TONE_RE, Gazetteer, name_key

if TYPE_CHECKING:
    from eventgraph.extract.vi.locality_index import Found, LocalityIndex

_NEXT = re.compile(r"[ \t](\w+)")
_AFTER = re.compile(r"[ \t]*(?:,|-|–|và)[ \t]*")
_STARTS = ".!?:;\"“(\n"


def words_before(text: str, start: int, n: int = 2) -> list[tuple[str, int]]:
    """Up to `n` words (with their offsets) right before `start`, nearest first, across spaces
    only: punctuation ends the run."""
    words: list[tuple[str, int]] = []
    j = start
    while len(words) < n:
        k = j
        while k > 0 and text[k - 1] in " \t":
            k -= 1
        if k == j or k == 0:
            break
        i = k
        while i > 0 and text[i - 1].isalnum():
            i -= 1
        if i == k:
            break
        words.append((text[i:k], i))
        j = i
    return words


def _low(text: str) -> str:
    return TONE_RE.sub(lambda m: TONE_FIX[m.group(0)], text.lower())


def _prefix_keys(names: Iterable[str]) -> Iterator[str]:
    """Keys of every leading run of two or more words of each name ("Điện Biên Phủ" ->
    "điệnbiên", "điệnbiênphủ")."""
    keys: dict[str, str] = {}  # a few thousand distinct words make up all the names
    for name in names:
        words = [keys.get(w) or keys.setdefault(w, name_key(w)) for w in name.split()]
        for n in range(2, len(words) + 1):
            yield "".join(words[:n])


class Guards:
    """The checks a bare name must pass; see `rejects`."""

    def __init__(self, gaz: Gazetteer, rules: dict, index: LocalityIndex) -> None:
        self.index = index
        # Every word list is compared after _low (lower case, the same tone placement as text).
        self.name_parts = {_low(w) for w in rules["person_name_parts"]}
        self.honorifics = {_low(w) for w in rules["honorifics"]}
        self.cues = {_low(w) for w in rules["country_cues"]}
        self.compounds = {name_key(k): {_low(w) for w in v} for k, v in rules["compounds"].items()}
        self.not_after = {_low(w) for w in rules["not_after"]}
        self.needs_cue = {name_key(r["name"]) for r in gaz.countries.values()
                          if r["guard"] == "cue"} | {name_key(n) for n in rules["bare_needs_cue"]}
        names = [u.name for u in gaz.units.values()] + [r["name"] for r in gaz.countries.values()]
        self.prefixes = set(_prefix_keys(names)) | {name_key(n) for n in rules["longer_names"]}

    def rejects(self, text: str, start: int, end: int, key: str, before: list[Found]) -> bool:
        """True when the bare name at [start, end) is part of a person's or a longer name."""
        before_words = words_before(text, start)
        prev = before_words[0] if before_words else None
        if prev is not None:
            word = _low(prev[0])
            if prev[0][0].isupper() and word in self.name_parts:
                return True  # "Nguyễn Thái Bình", "Kim Nhật Thành"
            two = " ".join(_low(w) for w, _ in reversed(before_words))
            if word in self.honorifics or two in self.honorifics:
                return True  # "ông Đức", "đồng chí Hà Nam"
            if word in self.not_after or two in self.not_after:
                return True  # "thôn Thuận An", "phố Huế", "sông Đà": hamlets, streets, nature
        nxt = _NEXT.match(text, end)
        if nxt and nxt.group(1)[0].isupper() and key + name_key(nxt.group(1)) in self.prefixes:
            return True  # "Mỹ Tho", "Điện Biên Phủ": a longer name said without its unit word
        if key not in self.compounds:
            return False
        return self._single_word(text, start, end, key, prev, nxt, before)

    def _single_word(self, text: str, start: int, end: int, key: str,
                     prev: tuple[str, int] | None,
                     nxt: re.Match | None, before: list[Found]) -> bool:
        """One-syllable names (Mỹ, Pháp, Anh, Đức, Nga, Ý, Úc, Lào, Huế): not inside a compound or
        a Vietnamese name; person-like ones need a cue word or a neighbouring country."""
        if nxt is not None:
            word = _low(nxt.group(1))
            if word in self.compounds[key]:
                return True  # "Pháp luật", "Ý kiến", "Nhật ký"
            if nxt.group(1)[0].isupper() and (not word.isascii() or word in self.name_parts):
                return True  # "Nhật Bắc", "Đức Pháp chủ" ("Mỹ Donald Trump" passes)
        if text[max(0, start - 3):start].strip().endswith("/"):
            return True  # a photo credit: "Ảnh: VGP / Nhật Bắc"
        if prev is not None and prev[0][0].isupper():
            stop = text[max(0, prev[1] - 10):prev[1]].rstrip()[-1:]
            if stop and stop not in _STARTS:
                return True  # "Bộ Tư Pháp", "Bắc Mỹ", "Thích Nguyên Đức"
        if key not in self.needs_cue:
            return False
        return not self._has_cue(text, start, end, before)

    def _has_cue(self, text: str, start: int, end: int, before: list[Found]) -> bool:
        words = _low(text[max(0, start - 40):start]).split()
        if any(" ".join(words[-n:]) in self.cues for n in (1, 2, 3) if len(words) >= n):
            return True  # "nước Anh", "Thủ tướng Đức", "tại Nga"
        if before and before[-1].level == "country" and start - before[-1].end <= 5:
            return True  # "Pháp, Đức"
        after = _AFTER.match(text, end)
        if after is None:
            return False
        m = self.index.regex.match(text, after.end())
        kind = self.index.bare.get(name_key(m.group()), ("",))[0] if m else ""
        return kind in ("country", "territory", "city")
