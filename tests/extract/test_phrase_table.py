"""PhraseTable.match gives the longest phrase at a position, as the definition says, whatever the
index (phrases and sentences made up from a small vocabulary so that they overlap often)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from eventgraph.extract.vi.tokens import PhraseTable

WORDS = ["ban", "chấp", "hành", "trung", "ương", "ủy", "viên", "bí", "thư"]
PHRASES = st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=4), max_size=12)


def longest(phrases: list[list[str]], keys: list[str], i: int) -> int:
    """The definition: the longest phrase equal to the keys from i on (0 when none)."""
    return max((len(p) for p in phrases if keys[i : i + len(p)] == p), default=0)


@settings(max_examples=300, deadline=None)
@given(PHRASES, st.lists(st.sampled_from(WORDS), max_size=10))
def test_match_is_the_longest_phrase_at_each_position(
    phrases: list[list[str]], keys: list[str]
) -> None:
    table = PhraseTable(" ".join(p) for p in phrases)
    for i in range(len(keys) + 2):
        assert table.match(keys, i) == (longest(phrases, keys, i) if i < len(keys) else 0)
        assert table.match(tuple(keys), i) == table.match(keys, i)


def test_the_longest_of_phrases_sharing_two_words_wins() -> None:
    table = PhraseTable(["Ủy viên", "Ủy viên Trung ương", "Ủy", "Bí thư"])
    keys = ["ủy", "viên", "trung", "ương", "bí", "thư", "ủy"]
    assert [table.match(keys, i) for i in range(len(keys))] == [4, 0, 0, 0, 2, 0, 1]
