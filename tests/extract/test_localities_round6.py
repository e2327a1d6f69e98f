"""A district in brackets after its commune, found on held-out 5 (sentences written for these
tests)."""

from __future__ import annotations

from eventgraph.extract.vi.localities import find_localities


def names(text: str) -> list[str]:
    return [m.name for m in find_localities(text)]


def test_the_district_in_brackets_after_its_commune_is_a_locality() -> None:
    assert names("Lô đất ở xã Hòa Châu (Hòa Vang) được giao năm 2015.") == ["Hòa Châu", "Hòa Vang"]


def test_a_district_in_brackets_that_does_not_hold_the_commune_is_not() -> None:
    # bare district names never count; only the commune's own district is read in brackets
    assert names("Lô đất ở xã Hòa Châu (Thanh Khê) được giao năm 2015.") == ["Hòa Châu"]
