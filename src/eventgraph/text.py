"""Text normalisation shared by the model, the extractors, the resolver and search.

Vietnamese text arrives in NFC or NFD, with old ("hoà", "uỷ") or new ("hòa", "ủy") tone placement and
the odd spacing of scraped pages; everything that compares names goes through these functions.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Old-style tone placement -> new style; the two spellings are the same word.
_TONE_FIX = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
# Only where the cluster ends the syllable ("hoà", not "hoàng"/"hoạch"), and not in "qu" ("quý").
# Every casing of each cluster is spelled out (a table lookup per match, no case logic), and each
# alternative opens with one literal letter ("o[...]|O[...]|u[...]|U[...]"), which the regex
# engine scans for in C; "[oO][...]|..." (a class at the head of an alternative) was tried at every
# position and took twice as long, (?i:...) with a leading look-behind ten times as long.
_TONE_CASED = {
    a + b: (new.upper() if (a + b).isupper() else new[0].upper() + new[1:] if a.isupper() else new)
    for old, new in _TONE_FIX.items()
    for a in (old[0], old[0].upper())
    for b in (old[1], old[1].upper())
}
_TONE_RE = re.compile(
    "(?:"
    + "|".join(f"{c}[{''.join(sorted({k[1] for k in _TONE_CASED if k[0].lower() == o}))}]"
               for o in sorted({k[0].lower() for k in _TONE_CASED}) for c in (o, o.upper()))
    + ")"
    r"(?<![qQ]..)(?![^\W\d_])"
)
_SPACES = re.compile(r"[\s\u00a0\u200b]+")
_DASHES = dict.fromkeys(map(ord, "‐‑‒–—―−"), "-")


def nfc(text: str) -> str:
    """Unicode NFC, the form every stored string is kept in."""
    return unicodedata.normalize("NFC", text)


def _fix_tone(match: re.Match[str]) -> str:
    return _TONE_CASED[match.group(0)]


def new_tone(text: str) -> str:
    """NFC with new-style tone placement ("Hoà" -> "Hòa", "uỷ" -> "ủy")."""
    return _TONE_RE.sub(_fix_tone, nfc(text))


def clean(text: str) -> str:
    """NFC, new tone placement, one space between words, plain hyphens."""
    return _SPACES.sub(" ", new_tone(text).translate(_DASHES)).strip()


def fold(text: str) -> str:
    """A comparison key: clean, case-folded."""
    return clean(text).casefold()


def strip_diacritics(text: str) -> str:
    """Remove Vietnamese diacritics ("Trần Lưu Quang" -> "Tran Luu Quang"), keeping đ as d."""
    t = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in t if unicodedata.category(c) != "Mn")


def search_key(text: str) -> str:
    """A key that matches with or without diacritics: "tran luu quang" finds "Trần Lưu Quang"."""
    return strip_diacritics(fold(text))


def code_key(code: str) -> str:
    """A document code as the store keys it (eg:codeKey): upper case, no spaces ("122-kh/ tu" ->
    "122-KH/TU")."""
    return code.upper().replace(" ", "")


# Cached: rendering an article graph builds node IRIs from the same few names over and over
# (person, scope, post); folding them again each time was a tenth of the render time.
@lru_cache(maxsize=1 << 16)
def slug(text: str) -> str:
    """An IRI-safe identifier part: ASCII, lower case, hyphens ("Hải Phòng" -> "hai-phong")."""
    s = re.sub(r"[^a-z0-9]+", "-", search_key(text))
    return s.strip("-") or "x"
