"""The working text the rules read: same length as the article text, so spans stay valid.

Only length-preserving changes are made here (NFC is applied once when the article is read):
new tone placement ("uỷ" -> "ủy", 2 chars -> 2 chars), plain hyphens for every dash, plain spaces for
no-break and zero-width spaces, and the common typo "Thanh ủy" -> "Thành ủy" (same length). Names taken
from a span are then cleaned with `eventgraph.text.clean`.
"""

from __future__ import annotations

import re

from eventgraph.text import new_tone

_CHARS = dict.fromkeys(map(ord, "‐‑‒–—―−"), "-") | {0x00A0: " ", 0x200B: " ", 0x2009: " ", 0xFEFF: " "}
# The same map as two substitutions: `str.translate` looks every character of a non-ASCII text up
# in the dict (a third of a millisecond per article); a regex class finds the few to replace in C.
_DASH_RE = re.compile("[‐‑‒–—―−]")
_SPACE_RE = re.compile("[\u00a0\u200b\u2009\ufeff]")
# Typos seen on portals that change the meaning of a title; each replacement keeps the length.
# Each pattern with the literal it needs, so the text is scanned by `in` (fast) before the regex.
_TYPOS = [
    ("Thanh ủy", re.compile(r"\bThanh ủy\b"), "Thành ủy"),
    ("Thanh Ủy", re.compile(r"\bThanh Ủy\b"), "Thành Ủy"),
]


def working_text(text: str) -> str:
    """The text the extractors read; `len(working_text(t)) == len(t)` for NFC input."""
    out = _SPACE_RE.sub(" ", _DASH_RE.sub("-", new_tone(text)))
    if len(out) != len(text):  # NFD input: fall back to the untouched text rather than break spans
        return text.translate(_CHARS)
    for literal, pattern, repl in _TYPOS:
        if literal in out:
            out = pattern.sub(repl, out)
    return out
