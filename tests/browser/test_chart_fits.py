"""The Overview's monthly chart (plain HTML, `dashboard/plain.py`) stays inside its column however
many months it shows, and its month labels never overlap: with 30 months a first version ran its
last bars and labels past the page's right edge (a grid track that grew to its labels' width)."""

from __future__ import annotations

import itertools
from typing import Any

import pandas as pd
import pytest

from eventgraph.dashboard import plain


def _chart(months: int) -> str:
    keys = [f"{2017 + i // 12}-{i % 12 + 1:02d}" for i in range(months)]
    rows = [
        (k, p, (i * 7 + j) % 5 + 1) for i, k in enumerate(keys) for j, p in enumerate(["A", "B"])
    ]
    df = pd.DataFrame(rows, columns=["month", "province", "meetings"])
    titles = {"month": "Tháng", "province": "Tỉnh/thành phố", "meetings": "Cuộc họp"}
    return plain.stacked_bars(df, "month", "province", "meetings", titles)


@pytest.mark.parametrize("months", [6, 13, 24, 30, 36, 37, 130])
def test_the_chart_fits_its_column_and_its_labels_do_not_overlap(browser: Any, months: int) -> None:
    page = browser.new_page(viewport={"width": 900, "height": 500})
    try:
        page.set_content(f'<div id="col" style="width:620px">{_chart(months)}</div>')
        col = page.eval_on_selector("#col", "e => e.getBoundingClientRect().right")
        area = page.eval_on_selector(".eg-area", "e => e.getBoundingClientRect().right")
        bars = page.eval_on_selector_all(
            ".eg-col", "es => es.map(e => e.getBoundingClientRect().right)"
        )
        assert len(bars) == months
        assert area <= col + 0.5 and max(bars) <= col + 0.5, (months, col, area, max(bars))
        labels = page.eval_on_selector_all(
            ".eg-xaxis span",
            "es => es.filter(e => e.textContent).map(e => {"
            " const r = document.createRange(); r.selectNodeContents(e);"
            " const b = r.getBoundingClientRect(); return [b.left, b.right]; })",
        )
        assert labels, months
        for (_, right), (left, _) in itertools.pairwise(labels):  # text boxes, left to right
            assert right <= left, (months, labels)
        assert labels[-1][1] <= col + 0.5, (months, labels[-1], col)
    finally:
        page.close()


def test_month_labels_are_thinned_not_crowded() -> None:
    keys = [f"2020-{m:02d}" for m in range(1, 13)] + [f"2021-{m:02d}" for m in range(1, 13)]
    shown = [x for x in plain._x_labels(keys) if x]
    assert shown == [
        "01/20",
        "03/20",
        "05/20",
        "07/20",
        "09/20",
        "11/20",
        "01/21",
        "03/21",
        "05/21",
        "07/21",
        "09/21",
        "11/21",
    ]
    assert plain._x_labels(keys[:5]) == ["01/20", "02/20", "03/20", "04/20", "05/20"]
