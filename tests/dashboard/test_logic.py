"""The dashboard's page logic without Streamlit: highlighting is escape-safe, the lineage tree and
the colleague neighbourhood have the right shape and stay bounded, downloads parse back."""

from __future__ import annotations

import html
import re

import networkx as nx
import pandas as pd
from hypothesis import given
from hypothesis import strategies as st
from rdflib import Graph, URIRef

from eventgraph.dashboard import data, export, highlight, lineage, network, render

TAG = re.compile(r"</?(mark|div|br)\b[^>]*>")

# -- highlighting --------------------------------------------------------------------------------


@st.composite
def text_and_spans(draw: st.DrawFn) -> tuple[str, list[highlight.Span]]:
    text = draw(st.text(alphabet=st.sampled_from(list("<>&\"' ab\nĐườngủyÀ/")), max_size=60))
    n = len(text)
    spans = draw(
        st.lists(
            st.tuples(st.integers(-3, n + 3), st.integers(-3, n + 3), st.text(max_size=8)),
            max_size=6,
        )
    )
    return text, [highlight.Span(a, b, "Mention", label) for a, b, label in spans]


@given(text_and_spans())
def test_highlight_only_adds_its_own_tags(case: tuple[str, list[highlight.Span]]) -> None:
    text, spans = case
    out = highlight.highlight(text, spans)
    assert "<script" not in out.lower()
    # Removing the few tags highlight writes leaves exactly the escaped text (newlines as <br>).
    assert TAG.sub("", out) == html.escape(text).replace("\n", "")


def test_highlight_marks_overlapping_spans_once_each_piece() -> None:
    out = highlight.highlight(
        "Trần Lưu Quang chủ trì",
        [
            highlight.Span(0, 14, "Mention", "người"),
            highlight.Span(5, 22, "Participation", "chủ trì"),
        ],
    )
    assert out.count("<mark") == 3  # "Trần ", "Lưu Quang" (both facts), " chủ trì"
    assert 'title="người; chủ trì"' in out


def test_highlight_escapes_labels_in_attributes() -> None:
    out = highlight.highlight("abc", [highlight.Span(0, 3, "Mention", '"><script>x</script>')])
    assert "<script" not in out and "&quot;&gt;&lt;script&gt;" in out


# -- lineage -------------------------------------------------------------------------------------


def _rows(*links: tuple[str, str]) -> pd.DataFrame:
    def side(code: str, prefix: str) -> dict[str, str]:
        return {
            prefix: f"urn:{code}",
            f"{prefix}_code": code,
            f"{prefix}_issuer": f"issuer {code}",
            f"{prefix}_kind": "",
            f"{prefix}_date": "",
            f"{prefix}_period": "",
        }

    return pd.DataFrame([{**side(s, "source"), **side(t, "target")} for s, t in links])


def test_lineage_tree_runs_from_the_top_through_the_chosen_document() -> None:
    rows = _rows(("122", "21"), ("45", "122"), ("46", "122"), ("7", "45"))
    lin = lineage.build(rows, lineage.Doc("urn:122", "122"))
    assert [(depth, d.code) for depth, d in lineage.tree(lin)] == [
        (0, "21"),
        (1, "122"),
        (2, "45"),
        (3, "7"),
        (2, "46"),
    ]


def test_lineage_keeps_only_links_reachable_from_the_chosen_document() -> None:
    # Another "122" (another province) implements "99": not part of this lineage.
    rows = _rows(("122", "21"), ("122b", "99"))
    lin = lineage.build(rows, lineage.Doc("urn:122", "122"))
    assert set(lin.docs) == {"urn:122", "urn:21"}


def test_lineage_survives_a_cycle() -> None:
    lin = lineage.build(_rows(("a", "b"), ("b", "a")), lineage.Doc("urn:a", "a"))
    assert len(lineage.tree(lin)) <= 3


def test_lineage_lists_what_carries_a_document_out_by_province_and_date() -> None:
    # 21 (central) <- 122 (Hải Phòng) <- 45 (a district committee: no province in its name);
    # 21 <- 30 (Bình Định); 21 <- 9 (the Government: central, listed last).
    rows = _rows(("122", "21"), ("45", "122"), ("30", "21"), ("9", "21"))
    rows.loc[rows["source_code"] == "122", "source_date"] = "2022-01-05"
    rows.loc[rows["source_code"] == "30", "source_date"] = "2022-03-01"
    places = {"issuer 122": "Hải Phòng", "issuer 30": "Bình Định"}
    lin = lineage.build(rows, lineage.Doc("urn:21", "21", issuer="issuer 21"))
    found = lineage.implementations(lin, lambda issuer: places.get(issuer, ""))
    assert list(zip(found["province"], found["code"], found["implements"], strict=True)) == [
        ("Bình Định", "30", "21"),
        ("Hải Phòng", "122", "21"),
        ("Hải Phòng", "45", "122"),
        ("", "9", "21"),
    ]
    assert lineage.first_by_province(found) == [
        ("Bình Định", "2022-03-01"),
        ("Hải Phòng", "2022-01-05"),
    ]


def test_nothing_below_a_document_lists_nothing() -> None:
    lin = lineage.build(_rows(("122", "21")), lineage.Doc("urn:122", "122"))
    assert lineage.implementations(lin, lambda _: "").empty


def test_province_read_from_an_issuer_name() -> None:
    from eventgraph.dashboard.localities import province_in

    assert province_in("Ban Thường vụ Tỉnh ủy Nghệ An") == "Nghệ An"
    assert province_in("Ủy ban nhân dân tỉnh Nghệ An") == "Nghệ An"
    assert province_in("UBND TP.HCM") == "Hồ Chí Minh"
    assert province_in("Bộ Chính trị") == province_in("Ban Thường vụ Đảng ủy phường") == ""


def test_lineage_graph_is_bounded_and_keeps_the_nearest() -> None:
    links = [(f"d{i}", "top") for i in range(lineage.MAX_NODES + 40)]
    lin = lineage.build(_rows(*links), lineage.Doc("urn:top", "top"))
    g = lineage.graph(lin)
    assert g.number_of_nodes() == lineage.MAX_NODES and "urn:top" in g


def test_lineage_exports_parse_back() -> None:
    lin = lineage.build(_rows(("122", "21")), lineage.Doc("urn:122", "122", date="2022-04-06"))
    ttl = Graph().parse(data=export.lineage_turtle(lin), format="turtle")
    eli = "http://data.europa.eu/eli/ontology#"
    assert (URIRef("urn:122"), URIRef(eli + "implements"), URIRef("urn:21")) in ttl
    back = nx.parse_graphml(export.graphml(lineage.graph(lin)).decode())
    assert back.has_edge("urn:122", "urn:21")


def test_dot_labels_are_escaped() -> None:
    lin = lineage.build(_rows(('x"];evil[', "21")), lineage.Doc('urn:x"];evil[', 'x"];evil['))
    dot = render.lineage_dot(lineage.graph(lin), lin, "vi")
    assert 'x\\"];evil[' in dot and 'x"];evil[' not in dot.replace('\\"', "")


# -- colleagues ----------------------------------------------------------------------------------


def _participation(meeting: str, *people: str) -> list[dict[str, str]]:
    return [
        {
            "meeting": meeting,
            "meeting_name": meeting,
            "date": "",
            "role": "attendee",
            "person": p,
            "person_id": f"urn:{p}",
        }
        for p in people
    ]


def test_colleagues_ranked_by_meetings_shared_and_bounded() -> None:
    rows = pd.DataFrame(
        _participation("m1", "A", "B", "C")
        + _participation("m2", "A", "B")
        + _participation("m3", *[f"P{i}" for i in range(30)], "A")
    )
    g = network.coattendance(rows)
    hood = network.neighbourhood(g, "urn:A", k=5)
    assert hood.number_of_nodes() == 6
    table = network.colleagues(hood, "urn:A")
    assert (table.iloc[0]["person"], table.iloc[0]["shared"]) == ("B", 2)
    assert "urn:B" in set(network.neighbourhood(g, "urn:A", k=1).nodes)


# -- shaping -------------------------------------------------------------------------------------


def test_activity_chart_folds_small_provinces() -> None:
    rows = pd.DataFrame(
        [{"month": "2022-01", "province": f"P{i}", "meetings": 10 - i} for i in range(10)]
        + [{"month": "2022-02", "province": "", "meetings": 1}]
    )
    shaped = data.activity_chart_frame(rows, "Khác", "Không rõ")
    assert shaped["province"].nunique() == data.TOP_PROVINCES + 1
    assert shaped["meetings"].sum() == rows["meetings"].sum()


def test_period_and_lists_read_as_a_person_writes_them() -> None:
    assert data.period_text("khoa-xiii", "vi") == "khóa XIII"
    assert data.period_text("nhiem-ky-2020-2025", "en") == "term 2020-2025"
    assert data.split_list("; 21-KL/TW; ; 45-KH/QU") == ["21-KL/TW", "45-KH/QU"]
    assert render.md("122-KH/TU <b>") == "122\\-KH/TU \\<b\\>"


def test_missing_text_reads_as_an_empty_cell_whatever_the_string_dtype() -> None:
    # pandas 3 reads query rows into its string dtype, whose missing value is NaN: the Source
    # reader's facts table showed "None" under "role" for every fact that is not a participation
    rows = [{"type": "Mention", "role": None}, {"type": "Participation", "role": "chair"}]
    for frame in (pd.DataFrame(rows), pd.DataFrame(rows).astype("string"), pd.DataFrame(rows, dtype=object)):
        shown = data.display(frame, ["type", "role"], "vi")
        assert shown.iloc[0].tolist() == ["nhắc đến", ""]
        assert shown.iloc[1, 1] == "chủ trì"
