"""The Overview's chart and tables as plain HTML: values from the graph stay text, bars are to
scale, axes are readable."""

from __future__ import annotations

import re

import pandas as pd

from eventgraph.dashboard import plain

TITLES = {"month": "Tháng", "province": "Tỉnh/thành phố", "meetings": "Cuộc họp"}


def test_values_from_the_graph_never_become_markup() -> None:
    name = '<script>alert("x")</script> Bà Rịa & "Vũng Tàu"'
    chart = plain.stacked_bars(
        pd.DataFrame({"month": ["2022-04"], "province": [name], "meetings": [3]}),
        "month",
        "province",
        "meetings",
        TITLES,
    )
    table = plain.table(
        pd.DataFrame({"Người": [name], "Mở": ['people?name=x" onmouseover="alert(1)']}),
        links={"Mở": "Mở"},
    )
    figures = plain.figures([(name, "1.234")])
    for markup in (chart, table, figures):
        assert "<script>" not in markup and 'onmouseover="' not in markup
        assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Bà Rịa &amp;" in markup


def test_stacked_bars_are_to_scale_with_the_largest_province_at_the_bottom() -> None:
    df = pd.DataFrame(
        {
            "month": ["2022-01", "2022-01", "2022-02"],
            "province": ["Hải Phòng", "Nghệ An", "Hải Phòng"],
            "meetings": [6, 2, 4],
        }
    )
    chart = plain.stacked_bars(df, "month", "province", "meetings", TITLES)
    cols = re.findall(r'class="eg-col" style="height:([\d.]+)%">(.*?)</div></div>', chart)
    assert [float(h) for h, _ in cols] == [100.0, 50.0]  # 8 and 4 meetings on a 0-8 axis
    first = re.findall(r'class="eg-c(\d)" style="height:([\d.]+)%" title="([^"]+)"', cols[0][1])
    # column-reverse: the first segment is drawn at the bottom
    assert [(c, float(h), tip) for c, h, tip in first] == [
        ("0", 75.0, "2022-01 · Hải Phòng · Cuộc họp: 6"),
        ("1", 25.0, "2022-01 · Nghệ An · Cuộc họp: 2"),
    ]
    assert ">01/22<" in chart and ">02/22<" in chart  # few months: each one written
    assert '<i class="eg-c0"></i>Hải Phòng' in chart and '<i class="eg-c1"></i>Nghệ An' in chart


def test_many_months_write_only_the_years() -> None:
    months = [f"{y}-{m:02d}" for y in (2020, 2021, 2022, 2023) for m in range(1, 13)]
    df = pd.DataFrame({"month": months, "province": "Hà Nội", "meetings": 1})
    labels = re.findall(r"<span>([^<]*)</span>", plain.stacked_bars(df, *TITLES, TITLES))
    assert [lab for lab in labels if lab] == ["2020", "2021", "2022", "2023"]
    assert len(labels) == 48


def test_nice_ticks_cover_the_top_in_round_steps() -> None:
    assert plain.nice_ticks(4) == [0, 1, 2, 3, 4]
    assert plain.nice_ticks(47) == [0, 10, 20, 30, 40, 50]
    assert plain.nice_ticks(1234) == [0, 500, 1000, 1500]
    assert plain.nice_ticks(0) == [0, 1]


def test_a_table_draws_bars_on_the_given_scale_and_links_with_their_text() -> None:
    df = pd.DataFrame({"Người": ["A", "B"], "Cuộc họp": [10, 5], "Mở": ["people?name=A", ""]})
    html = plain.table(df, links={"Mở": "Mở"}, bars={"Cuộc họp": 10})
    assert re.findall(r"<b style=\"width:([\d.]+)%", html) == ["100.0", "50.0"]
    assert html.count('<a href="people?name=A" target="_blank">Mở</a>') == 1
    assert html.count("<a ") == 1  # no link where there is no address
    assert "<th>Người</th><th>Cuộc họp</th><th>Mở</th>" in html
