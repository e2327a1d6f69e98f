"""The tokenizer's shortcut for whole words between spaces gives exactly the tokens of its regex,
`_TOKEN`, run over the whole span (texts made up from the characters where the two could differ:
abbreviations' dots and slashes, "_", apostrophes, dashes, digits, marks, white space)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from eventgraph.extract.vi.tokens import _SPACED_TOKEN, tokenize

PIECES = [
    "Bí", "thư", "ủy", "TP", "T", "Ư", "W", "H", "Q", "TX", "GS", "TS", "TSKH", "Đ", "c", "UVT",
    "2025", "1A", "²", "Jong", "un", "KH", "CN", "x",
    ".", "/", "_", "'", "’", "&", "-", "–", ",", ";", ":", "(", ")", "“", "”", "\u0301",
    " ", "  ", "\n", "\t", "\u00a0",
]  # fmt: skip


def by_regex(text: str, start: int, stop: int) -> list[tuple[int, int, str]]:
    """The definition: `_TOKEN` over the whole span, the white space before each token counted."""
    out, pos = [], start
    for space, s in _SPACED_TOKEN.findall(text, start, stop):
        pos += len(space)
        out.append((pos, pos + len(s), s))
        pos += len(s)
    return out


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=14), st.integers(0, 3), st.integers(0, 3))
def test_tokens_are_those_of_the_regex(pieces: list[str], cut_start: int, cut_end: int) -> None:
    text = "".join(pieces)
    start, stop = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    got = [(t.start, t.end, t.text) for t in tokenize(text, start, stop)]
    assert got == by_regex(text, start, stop)


def test_a_word_and_its_comma_are_two_tokens_an_abbreviation_one() -> None:
    text = "Bí thư Thành ủy, TP. Hải Phòng T.Ư x_"
    assert [t.text for t in tokenize(text)] == [
        "Bí", "thư", "Thành", "ủy", ",", "TP.", "Hải", "Phòng", "T.Ư", "x_",
    ]  # fmt: skip
