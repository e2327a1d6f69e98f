"""Counts in labels are grouped as each language writes them: a Vietnamese reader reads 69.738 rows,
an English one 69,738; other values (names, codes) go in as they are."""

from eventgraph.dashboard import i18n


def test_counts_are_grouped_by_the_language() -> None:
    assert i18n.label("rows", "vi", n=69738) == "69.738 dòng"
    assert i18n.label("rows", "en", n=69738) == "69,738 rows"
    assert i18n.label("rows", "en", n=12) == "12 rows"


def test_other_values_are_left_as_they_are() -> None:
    assert i18n.number("122-KH/TU", "vi") == "122-KH/TU"
    assert i18n.number(True, "vi") is True
    assert i18n.number(2.5, "en") == 2.5
