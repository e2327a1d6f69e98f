"""The Central Committee plenum table (meeting_kinds.toml [plenums]) is well formed: each term's
plenums in order of number and time, within the term the congress table opens."""

from __future__ import annotations

from eventgraph.extract.vi.tokens import load_data

KINDS = load_data("meeting_kinds.toml")


def test_plenums_run_in_order_within_their_term() -> None:
    congresses = KINDS["present"]["congresses"]
    order = list(congresses)
    for term, rows in KINDS["plenums"]["terms"].items():
        opened = congresses[term]
        closes = congresses[order[order.index(term) + 1]]
        numbers = [n for n, _, _ in rows]
        assert numbers == sorted(set(numbers)), term
        times = [(y, m) for _, y, m in rows]
        assert times == sorted(times), term
        for _, year, month in rows:
            assert 1 <= month <= 12
            assert (opened[0], opened[1]) <= (year, month) <= (closes[0], closes[1]), (term, year)


def test_plenum_exclusions_are_words() -> None:
    for key in ("not_after", "not_before"):
        words = KINDS["plenums"][key]
        assert words and all(isinstance(w, str) and w.strip() == w and w for w in words)
