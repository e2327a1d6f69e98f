"""Bylines and photo credits (component `eventgraph.authors.v2`).

"Hoàng Tùng. Ảnh: Đàm Thanh" gives two authors; so do "Ảnh VGP / Nhật Bắc" (the part after the
outlet), "Đồ hoạ: Việt Chung", "- Ảnh: TỰ TRUNG" and a paragraph that ends with a name alone ("...
Bá Di (Tổng hợp)"). News agencies, outlets and "Theo ..." sources are not authors. Markers and
outlets are in `data/bylines.toml`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from eventgraph.extract.doc import Doc
from eventgraph.extract.registry import component
from eventgraph.extract.vi.titles import HONORIFICS, role_at
from eventgraph.extract.vi.tokens import load_data, tokenize
from eventgraph.model.extraction import ArticleExtraction
from eventgraph.text import clean

_LEX = load_data("bylines.toml")
_MARKER = re.compile(
    r"(?<!\w)(?:"
    + "|".join(re.escape(m) for m in sorted(_LEX["markers"], key=len, reverse=True))
    + r"|ảnh(?=\s*:))\s*:?\s*"
)
# The same markers without the look-behind, which made the engine try every position: led by a
# literal, the scan jumps between candidate letters in C; `_markers` applies the look-behind.
_MARKER_SCAN = re.compile(_MARKER.pattern.removeprefix(r"(?<!\w)"))
_WORD_CHAR = re.compile(r"\w")
_VALUE = re.compile(r"[^;()\n]{1,60}")
_NAME_AT = re.compile(r"(?:[^\W\d_]\.\s?){0,3}[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,3}")
_SUFFIX = re.compile(r"\s*\((?:" + "|".join(_LEX["suffixes"]) + r")\)\s*\.?$", re.IGNORECASE)
_OUTLETS = {o.casefold() for o in _LEX["outlets"]}
_INITIALS = re.compile(r"^(?:[^\W\d_]\.\s?)+[^\W\d_]{0,12}$")


@component("eventgraph.authors.v2")
def authors(doc: Doc, out: ArticleExtraction) -> None:
    """Authors from photo credits anywhere and from a byline that closes a paragraph."""
    found: list[str] = []
    for m in _markers(doc.text):
        v = _VALUE.match(doc.text, m.end())
        name = _credit_name(v.group()) if v else None
        if name and name not in found:
            found.append(name)
    for i, s in enumerate(doc.sentences):
        if s.start < len(doc.text) // 3 or not _closes(doc, i):
            continue
        text = _SUFFIX.sub("", doc.text[s.start : s.end]).rstrip(". ")
        name = _name_like(text)
        if name and doc.text.count(text) == 1 and name not in found:
            found.append(name)
    out.authors.extend(found)


def _markers(text: str) -> Iterator[re.Match[str]]:
    """`_MARKER.finditer(text)`: a match preceded by a word character is skipped and the scan goes
    on from the next character, as the look-behind would."""
    pos = 0
    while (m := _MARKER_SCAN.search(text, pos)) is not None:
        if m.start() > 0 and _WORD_CHAR.match(text, m.start() - 1):
            pos = m.start() + 1
            continue
        yield m
        pos = m.end() if m.end() > m.start() else m.start() + 1


def _closes(doc: Doc, i: int) -> bool:
    # The sentence ends its paragraph, or a credit follows it ("Hoàng Tùng. Ảnh: Đàm Thanh").
    end = doc.sentences[i].end
    nxt = doc.sentences[i + 1].start if i + 1 < len(doc.sentences) else len(doc.text)
    return "\n" in doc.text[end:nxt] or nxt == len(doc.text) or bool(_MARKER.match(doc.text, nxt))


def _credit_name(value: str) -> str | None:
    value = re.split(r"(?<=[^\W\d_]{2})\.\s| - ", value)[
        0
    ]  # up to the credit's end, not "Đ. TUÂN"'s dot
    if "/" in value[:25]:
        value = (
            value[:25].rsplit("/", 1)[1] + value[25:]
        )  # "VGP / Nhật Bắc": the outlet, then the author
    m = _NAME_AT.match(value.strip(" ,:"))
    return _name_like(_unglue(m.group())) if m else None


def _unglue(value: str) -> str:
    # "TỰ TRUNGNgoài ra": a credit glued to the next sentence keeps its capitals only.
    words = value.split()
    for i, w in enumerate(words):
        if not w.isupper() and any(c.isupper() for c in w[1:]):
            head = next((k for k in range(len(w) - 1, 0, -1) if w[:k].isupper()), 0)
            return " ".join([*words[:i], w[: head - 1]] if head > 1 else words[:i])
    return value


def _name_like(text: str) -> str | None:
    """The author's name if `text` is only a name: 2-4 capitalised words, capitals, or initials."""
    if len(text.split()) > 4 and "\u200b" not in text:
        return None  # cleaning keeps the words apart (only a zero-width space would join or split)
    text = clean(text)
    words = text.split()
    if any(not w.replace(".", "").isalpha() for w in words) or (len(words) == 1 and len(text) > 3):
        return None  # "Ct-t", "Quyết Định:", "BTCTW": not a person's name
    if (
        not words
        or len(words) > 4
        or any(w.casefold() in _OUTLETS for w in words)
        or text.casefold() in _OUTLETS
    ):
        return None
    toks = tokenize(text)
    keys = [t.key for t in toks]
    if HONORIFICS.match(keys, 0) or role_at(keys, toks, 0)[0]:
        return None  # "Ông Đinh La Thăng." is a caption
    if all(w.isupper() for w in words if w.isalpha()) and any(len(w) > 1 for w in words):
        return _title_case(text) if len(words) > 1 or len(text) > 3 else text
    if _INITIALS.match(text) or (
        len(words) >= 2 and all(w[0].isupper() and not w.isupper() for w in words)
    ):
        return text
    return None


def _title_case(text: str) -> str:
    return " ".join(w if "." in w else w[0] + w[1:].lower() for w in text.split())
