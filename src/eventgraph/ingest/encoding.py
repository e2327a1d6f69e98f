"""Bytes -> text: UTF-8 first, then the encodings old Vietnamese portal archives still use.

Windows-1258 (decomposed tone marks), and the 8-bit font encodings TCVN3 (ABC) and VNI, which look like
"Héi nghÞ" / "Hoäi nghò" when read as Windows-1252, are detected by how Vietnamese each reading looks and
converted (tables in data/legacy_encodings.toml). Anything else is refused with a message that says what it is.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from functools import cache
from pathlib import Path

_VI_SPECIFIC = set("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
                   "àáèéìíòóùúýãõĩũ")
_VI_LETTERS = set("abcdefghijklmnopqrstuvwxyz") | _VI_SPECIFIC
_WORD = re.compile(r"[^\W\d_]+")
_TONES = dict.fromkeys(map(ord, "\u0300\u0301\u0303\u0309\u0323"))
# A Vietnamese syllable: onset, one of the language's vowel clusters, coda (tone marks stripped first).
_NUCLEI = ("a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi ua uâ uê ui uô "
           "uơ uy ưa ưi ưu ươ iêu yê yêu oai oay oao oeo uây uôi ươi ươu uya uyê uyu").split()
# A nucleus that ends in a glide (ai, ao, au, ây, iêu …) takes no final consonant: "saùng" read as
# Windows-1258 gives "saung", which no Vietnamese syllable is, so the VNI reading "sáng" wins.
_OPEN = [n for n in _NUCLEI if len(n) > 1 and n[-1] in "iyou" and n not in ("uy", "oo")]
_CLOSED = [n for n in _NUCLEI if n not in _OPEN]
_SYLLABLE = re.compile(r"^(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnpqrstvx])?"
                       r"(?:(?:" + "|".join(sorted(_CLOSED, key=len, reverse=True)) + r")(?:ng|nh|ch|[cmnpt])?"
                       r"|(?:" + "|".join(sorted(_OPEN, key=len, reverse=True)) + r"))$")


@cache
def _tables() -> dict[str, dict[str, str]]:
    path = Path(__file__).resolve().parents[1] / "data" / "legacy_encodings.toml"
    with path.open("rb") as f:
        return tomllib.load(f)


@cache
def _vni_pattern() -> re.Pattern[str]:
    keys = sorted(_tables()["vni"], key=len, reverse=True)
    return re.compile("|".join(map(re.escape, keys)))


@cache
def _tcvn3_table() -> dict[int, str | int | None]:
    table: dict[str, str | int | None] = dict(_tables()["tcvn3"])
    return str.maketrans(table)


def from_tcvn3(text: str) -> str:
    """A Windows-1252 reading of TCVN3 bytes, as Unicode."""
    return text.translate(_tcvn3_table())


def from_vni(text: str) -> str:
    """A Windows-1252 reading of VNI bytes, as Unicode (longest mark sequences first, one pass)."""
    table = _tables()["vni"]
    return _vni_pattern().sub(lambda m: table[m.group(0)], text)


def vietnamese_score(text: str) -> float:
    """How Vietnamese a reading looks: share of words made of Vietnamese letters that carry a mark,
    minus the share of words holding letters Vietnamese does not use."""
    words = _WORD.findall(unicodedata.normalize("NFC", text[:20000]).lower())
    if not words:
        return 0.0
    marked = sum(1 for w in words if set(w) & _VI_SPECIFIC and _is_syllable(w))
    foreign = sum(1 for w in words if not set(w) <= _VI_LETTERS or (set(w) & _VI_SPECIFIC and not _is_syllable(w)))
    return (marked - 2 * foreign) / len(words)


def _is_syllable(word: str) -> bool:
    toneless = unicodedata.normalize("NFC", unicodedata.normalize("NFD", word).translate(_TONES))
    tones = sum(1 for c in unicodedata.normalize("NFD", word) if ord(c) in _TONES)
    return tones <= 1 and bool(_SYLLABLE.match(toneless))


def decode(data: bytes) -> tuple[str, str]:
    """(text in NFC, the encoding it was read as); ValueError with the reason when it is not text."""
    if not data.strip():
        raise ValueError("empty file")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return unicodedata.normalize("NFC", data.decode("utf-16")), "utf-16"
    if b"\x00" in data[:4096]:
        raise ValueError("binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return _legacy(data)
    return _repair_font_text(unicodedata.normalize("NFC", text))


def _legacy(data: bytes) -> tuple[str, str]:
    cp1252 = data.decode("cp1252", errors="replace")
    readings = {
        "windows-1258": unicodedata.normalize("NFC", data.decode("cp1258", errors="replace")),
        "tcvn3": from_tcvn3(cp1252),
        "vni": from_vni(cp1252),
    }
    name, text = max(readings.items(), key=lambda kv: vietnamese_score(kv[1]))
    if vietnamese_score(text) < 0.15:
        raise ValueError("not UTF-8, and not Vietnamese in Windows-1258, TCVN3 or VNI either: "
                         "convert the file to UTF-8")
    return unicodedata.normalize("NFC", text), name


def _repair_font_text(text: str) -> tuple[str, str]:
    """UTF-8 files sometimes hold TCVN3/VNI glyphs copied from old pages; convert when that reads better."""
    base = vietnamese_score(text)
    if base > 0.3:
        return text, "utf-8"
    best = max((("utf-8+tcvn3", from_tcvn3(text)), ("utf-8+vni", from_vni(text))),
               key=lambda kv: vietnamese_score(kv[1]))
    if vietnamese_score(best[1]) > base + 0.3:
        return unicodedata.normalize("NFC", best[1]), best[0]
    return text, "utf-8"
