"""Commune names that a direction word goes on (sentences written for these tests)."""

from __future__ import annotations

from eventgraph.extract.vi.localities import find_localities


def names(text: str) -> list[str]:
    return [m.name for m in find_localities(text)]


def test_a_known_name_with_a_direction_word_after_it_is_the_longer_commune() -> None:
    # Hòa Thuận is known, Hòa Thuận Đông (merged before the gazetteer's snapshot) is not
    assert names("Ông trúng cử tại phường Hoà Thuận Đông, quận Hải Châu.") == [
        "Hoà Thuận Đông", "Hải Châu"]
    assert names("Xã Ngư Thủy Trung, huyện Lệ Thủy có 3 thôn.") == ["Ngư Thủy Trung", "Lệ Thủy"]


def test_a_known_longer_name_and_a_name_followed_by_other_words_stay_as_they_were() -> None:
    assert names("Người dân phường Hòa Thuận Tây, quận Hải Châu.") == ["Hòa Thuận Tây", "Hải Châu"]
    assert names("Xã Hòa Thuận Đông.") == ["Hòa Thuận Đông"]
    assert names("Ở phường Hòa Thuận nay đã khác.") == ["Hòa Thuận"]
