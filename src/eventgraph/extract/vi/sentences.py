"""Sentence boundaries as character spans, tolerant of Vietnamese abbreviations and document codes."""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventgraph.extract.vi.names import foreign_word

# A sentence ends at . ! ? … followed by space and an upper-case letter or an opening quote/bracket,
# or at a line break. Abbreviations ending in "." (TP. HCM, TS. Nguyễn, Th.S) are not ends.
# The end mark is matched, not looked behind for, and every alternative opens with one literal
# character: only then does the regex engine skip in C to the next candidate position (an
# alternative opening with a class, "[.!?…]...|\n+", or with a repeat, was tried at every position:
# three times slower).
_MARK_TAIL = r"[\"”’)]*\s+(?=[\"“(\[]?[A-ZÀ-ỸĐ0-9])"
_END = re.compile("|".join(re.escape(c) + _MARK_TAIL for c in ".!?…") + r"|\n\n*")
_ABBREV = re.compile(r"(?:\b(?:TP|Tp|TS|ThS|Th\.S|PGS|GS|BS|KS|CN|Mr|St|Q|H|P|X|Tr|v\.v)\.)$")
_ABBREV_REACH = 8  # characters before a full stop that hold any abbreviation and the one before it
# Words no place or title goes on with, that open a sentence: after "TP." they end it ("… Phó Ban
# Dân vận Thành ủy TP. Ông Nguyễn Văn A thôi chức …"). "Bà" is not one: "TP. Bà Rịa" is a city.
_OPENS_SENTENCE = re.compile(
    r"(?:Ông|Đồng chí|Theo|Trước đó|Sau đó|Trong khi đó|Tuy nhiên|Hiện nay)\s"
)


# Not frozen, as the other records built per token, mention or match (Title, Name, Holder, Seen,
# Found, LocalityMatch): a frozen dataclass sets each field through object.__setattr__, 4x
# slower than a plain one. Nothing changes a record once built; equality and hash are by value.
@dataclass(unsafe_hash=True)
class Sentence:
    start: int
    end: int


# A photo credit in capitals that scraping glued to the caption after it ("Ảnh: TỰ TRUNGChủ tịch
# UBND TP Nguyễn Thành Phong phát biểu"): the sentence ends after the credit's last capital, though
# no space follows it.
_CAPS = "A-ZĐÀÁẢÃẠÂẤẦẨẪẬĂẮẰẲẴẶÈÉẺẼẸÊẾỀỂỄỆÌÍỈĨỊÒÓỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÙÚỦŨỤƯỨỪỬỮỰỲÝỶỸỴ"
_SMALL = "a-zđàáảãạâấầẩẫậăắằẳẵặèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ"
_GLUED_CREDIT = re.compile(rf"Ảnh *: *[{_CAPS}]+(?: +[{_CAPS}]+)*(?=[{_CAPS}][{_SMALL}])")


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text` as spans; every character outside them is white space."""
    spans: list[Sentence] = []
    start = 0
    ends = _END.finditer(text)
    if "Ảnh" in text:
        glued = list(_GLUED_CREDIT.finditer(text))
        if glued:
            ends = iter(sorted([*ends, *glued], key=lambda m: m.start()))
    for m in ends:
        if m.re is _GLUED_CREDIT:
            _add(spans, text, start, m.end())
            start = m.end()
            continue
        end, gap = m.start(), m.group()
        if gap[0] != "\n":  # the end mark stays in the sentence
            end, gap = end + 1, gap[1:]
        # Only the sentence's last characters can hold the abbreviation; the window never opens
        # inside a word it cuts (it starts at the sentence or 8 characters back).
        if (
            gap.isspace()
            and "\n" not in gap
            and _ABBREV.search(text, max(start, end - _ABBREV_REACH), end)
            and not _OPENS_SENTENCE.match(text, m.end())
        ):
            continue
        if gap.isspace() and "\n" not in gap and _initial_before(text, start, end, m.end()):
            continue
        _add(spans, text, start, end)
        start = m.end()
    _add(spans, text, start, len(text))
    return spans


# "Tổng thống Nga V. Putin", "Thủ tướng P. Ô. Nên": a capital letter alone before the full stop is a
# foreign name's initial, not a sentence's end, when another initial stands right before it (not
# in a photo credit: "Ảnh: Đ. T. Thủ tướng …" ends there) or a foreign surname follows it. A
# letter after a word ends a sentence as any word does ("Đông Nam Á. Đây là …", "khoá X. Sau đó"),
# and a letter with a mark is a word's, not an initial ("Đông Nam Á. Morocco muốn …").
_INITIAL_PAIR = re.compile(rf"\s[{_CAPS}]\.\s?[{_CAPS}]\.")
_NEXT_WORD = re.compile(r"[A-Za-z]+(?![\w])")
_CREDIT_REACH = 16  # characters before the initials where "Ảnh" makes them a photo credit's


def _initial_before(text: str, start: int, end: int, after: int) -> bool:
    """Whether the full stop ending at `end` closes an initial of a name that goes on at `after`."""
    if end - start < 3 or text[end - 1] != "." or not text[end - 3].isspace():
        return False  # not " X.": most ends are a word's last letter and a full stop
    if not text[end - 2].isupper():
        return False
    if end - start >= 6 and (
        _INITIAL_PAIR.fullmatch(text, end - 6, end) or _INITIAL_PAIR.fullmatch(text, end - 5, end)
    ):
        return "Ảnh" not in text[max(start, end - _CREDIT_REACH) : end]
    word = _NEXT_WORD.match(text, after)
    if word is None or not text[end - 2].isascii():
        return False  # "Đông Nam Á. Morocco muốn …": a word's last letter, not an initial
    return foreign_word(word.group())


def _add(spans: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Sentence(start, end))
