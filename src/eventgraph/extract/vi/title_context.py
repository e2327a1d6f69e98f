"""The context a title is given and the key two wordings of one post share.

"Bí thư Thành ủy" in a Hải Phòng article is "Bí thư Thành ủy Hải Phòng" (the context is added after
the title as written, so the scorer's "gold + context after it" still matches); "Chủ tịch UBND tỉnh"
and "Chủ tịch Ủy ban nhân dân" share one key.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from eventgraph.extract.vi.acronyms import without_restated
from eventgraph.extract.vi.normalize import working_text
from eventgraph.extract.vi.titles import (
    HEAD_ENDINGS,
    LEXICON,
    LOCAL,
    LOWER_HEADS,
    PROVINCIAL,
    STATUS,
    Title,
    role_at,
    spaced,
)
from eventgraph.extract.vi.tokens import PUNCT, Token, keys_of, tokenize
from eventgraph.text import clean

_ABBREV = {k.casefold(): v.casefold() for k, v in LEXICON["abbreviations"].items()}
# "Ủy ban Mặt trận Tổ quốc Việt Nam" reads as "Mặt trận Tổ quốc" in a key ([wording] same_body)
_SAME_BODY = [
    (f" {' '.join(keys_of(a))} ", f" {' '.join(keys_of(b))} ")
    for a, b in LEXICON["wording"]["same_body"]
]
_AMP = re.compile(r"(?<=\w) & (?=\w)")
# A sector's initials joined by a dash or a spaced "&" ("Sở GD-ĐT", "Bộ TN - MT", "Sở TN & MT"):
# written as the table holds them ("GD&ĐT"), and only where the table holds that joined form.
_INITIALS = re.compile(r"(?<![\w&-])([A-ZĐ]{1,4}) ?[-–&] ?([A-ZĐ]{1,4})(?![\w&-])")


def join_initials(text: str) -> str:
    """ "Bộ TN - MT" -> "Bộ TN&MT", "Sở GD-ĐT" -> "Sở GD&ĐT": a sector's initials in the joined
    form of the abbreviation table; "GD & ĐT" -> "GD&ĐT", any "&" between words closed up; any
    other dash is left as written."""
    if "-" not in text and "&" not in text and "–" not in text:
        return text
    return _INITIALS.sub(_joined_initials, _AMP.sub("&", text))


def _joined_initials(m: re.Match[str]) -> str:
    joined = f"{m.group(1)}&{m.group(2)}"
    return joined if joined.casefold() in _ABBREV else m.group()


@lru_cache(maxsize=4096)
def title_key(text: str) -> str:
    """A comparison key: abbreviations spelled out, unit words dropped ("UBND tỉnh" = "Ủy ban nhân
    dân")."""
    # "GD & ĐT" is "GD&ĐT": the abbreviation table holds the joined form
    keys = [t.key for t in tokenize(working_text(join_initials(text))) if t.kind != PUNCT]
    words = [
        _ABBREV.get(k, k)
        for a, k in enumerate(keys)
        if k not in ("tp", "tp.")
        and not (k == "tỉnh" and keys[a + 1 : a + 2] != ["ủy"])
        and not (k == "thành" and keys[a + 1 : a + 2] == ["phố"])
        and not (k == "phố" and keys[a - 1 : a] == ["thành"])
    ]
    key = " ".join(" ".join(words).split())
    if "mặt" in key:  # cheap test: every same_body wording holds it
        key = f" {key} "
        for a, b in _SAME_BODY:
            key = key.replace(a, b)
        key = key.strip()
    return key


@dataclass(frozen=True)
class Qualified:
    """A title with the context the article implies."""

    full_title: str
    organization: str | None
    locality: str | None


def qualify(title: Title, province: str | None) -> Qualified:
    """Add the article's province after a provincial body named without it: "Bí thư Thành ủy" ->
    "Bí thư Thành ủy Hải Phòng"; the organisation is the body with that locality."""
    return _qualify(without_restated(title.text), province)


@lru_cache(maxsize=4096)
def _qualify(text: str, province: str | None) -> Qualified:
    toks = tokenize(text)
    keys = [t.key for t in toks]
    k = 1 if keys and keys[0] in STATUS else 0
    n, _ = role_at(keys, toks, k)
    # "Trưởng Ban Tuyên giáo": the body is "Ban Tuyên giáo"; "Trưởng khoa" alone names none
    if (
        n > 1
        and keys[k + n - 1] in HEAD_ENDINGS
        and (k + n < len(toks) or not LOWER_HEADS.match(keys, k + n - 1))
    ):
        n -= 1
    body_toks = toks[k + n :]
    body = clean(" ".join(spaced(toks, k + n, len(toks)))) or None
    locality = _named_locality(toks, keys, k + n)
    full = text
    if locality is None and province and body_toks and _ends_provincial(keys):
        full, locality = f"{text} {province}", province
        body = f"{body} {province}"
    return Qualified(full, body, locality)


def _named_locality(toks: Sequence[Token], keys: Sequence[str], k: int) -> str | None:
    # The capitalised words after the last local body or unit word: "Tỉnh ủy Cao Bằng" -> "Cao
    # Bằng".
    found = None
    for a in range(k, len(toks)):
        m = LOCAL.match(keys, a)
        if (
            m
            and a + m < len(toks)
            and (toks[a + m].cap or toks[a + m].upper)
            and keys[a + m] not in ("tp", "tp.")
        ):
            b = a + m
            while b < len(toks) and (toks[b].cap or (toks[b].upper and toks[b].text != "TP")):
                b += 1
            found = clean(" ".join(spaced(toks, a + m, b)))
    return found


def _ends_provincial(keys: Sequence[str]) -> bool:
    for n in (3, 2, 1):
        if len(keys) >= n and PROVINCIAL.match(keys, len(keys) - n) == n:
            return True
    return bool(keys) and keys[-1] in ("hđnd", "ubnd")
