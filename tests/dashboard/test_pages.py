"""Each page as a user reads it (AppTest): the seed facts show, filters narrow, empty stores and
filters that match nothing give a message instead of an exception."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

from dashboard_fixtures import shown_figures

from eventgraph.dashboard import i18n

L = i18n.label
TW_ISSUER = "Ban Chấp hành Trung ương Đảng khóa XIII"


def open_filters(at: Any) -> Any:
    """Open the sidebar's filters, as the reader's click on their heading does: their widgets are
    drawn only then."""
    at.session_state["flt_open"] = True
    return at.run()


def texts(at: Any, kind: str) -> list[str]:
    """The text of every element of a kind, Markdown escapes removed."""
    return [str(e.value).replace("\\", "") for e in getattr(at, kind)]


def frame_values(at: Any) -> list[str]:
    """Every cell of every table on the page, as text."""
    return [str(v) for df in at.dataframe for v in df.value.to_numpy().ravel()]


def metric(at: Any, label: str) -> str:
    """The figure under `label` (the Overview's counts are plain HTML, not `st.metric`s)."""
    return shown_figures(at)[label]


class _Drawn(HTMLParser):
    """What a reader sees in plain-HTML elements: tables as rows of cell texts, each link's
    address, and each chart segment's tooltip with its height."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: list[list[list[str]]] = []
        self.links: list[str] = []
        self.tips: list[tuple[str, str]] = []
        self.bars: list[str] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.tables[-1].append([])
        elif tag in ("td", "th"):
            self._cell = []
        elif tag == "a":
            self.links.append(a.get("href") or "")
        elif tag == "div" and a.get("title"):
            self.tips.append((a["title"] or "", a.get("style") or ""))
        elif tag == "b" and self._cell is not None:
            self.bars.append(a.get("style") or "")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None:
            self.tables[-1][-1].append("".join(self._cell).strip())
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def drawn(at: Any) -> _Drawn:
    """The page's `st.html` elements, read."""
    out = _Drawn()
    for e in at.get("html"):
        out.feed(e.proto.body)
    return out


def plain_cells(at: Any) -> list[str]:
    """Every cell of every plain-HTML table on the page."""
    return [c for table in drawn(at).tables for row in table for c in row]


# -- overview ------------------------------------------------------------------------------------


def test_overview_counts_and_names_the_most_active_chair(app: Any, seed_store: str) -> None:
    at = app(seed_store, "overview")
    assert metric(at, L("overview.articles")) == "5"
    assert metric(at, L("overview.meetings")) == "4"
    assert metric(at, L("overview.directives")) == "4"
    assert any("Trần Lưu Quang (2)" in m for m in texts(at, "markdown"))
    seen = drawn(at)
    chairs, newest = seen.tables
    person, meetings = i18n.column("person"), i18n.column("meetings")
    head = chairs[0]
    assert head[:3] == [person, i18n.column("scope"), meetings], head
    assert chairs[1][0] == "Trần Lưu Quang" and chairs[1][head.index(meetings)] == "2"
    # the busiest chair's bar is the whole scale; each bar is its chair's share of it
    widths = [float(re.search(r"width:([\d.]+)%", b)[1]) for b in seen.bars]  # type: ignore[index]
    counts = [int(r[head.index(meetings)]) for r in chairs[1:]]
    assert widths == [100 * n / max(counts) for n in counts]
    cells = [c for row in newest for c in row]
    assert "122-KH/TU" in cells and "45-KH/QU" in cells  # with what implements it
    # each chair and directive opens the page holding its sources
    assert "people?name=Tr%E1%BA%A7n%20L%C6%B0u%20Quang" in seen.links
    assert "lineage?code=122-KH%2FTU" in seen.links
    # the chart: one segment a month and province, its tooltip holding the meetings, which add up
    # to the page's count; no Vega chart and no data grid for the browser to fetch and draw
    said = [int(t.rsplit(": ", 1)[1]) for t, _ in seen.tips]
    assert sum(said) == 4, seen.tips
    assert any("Hải Phòng" in t and "2022-04" in t for t, _ in seen.tips), seen.tips
    assert not at.get("vega_lite_chart") and not at.dataframe
    assert len(at.get("download_button")) == 2  # each table's CSV


def test_overview_in_english_draws_its_chart_and_tables_in_english(
    app: Any, seed_store: str
) -> None:
    at = app(seed_store, "overview")
    at.sidebar.segmented_control(key="lang").set_value("en").run()
    seen = drawn(at)
    assert seen.tables[0][0][:3] == ["Person", "Scope", "Meetings"]
    assert all(" · Meetings: " in t for t, _ in seen.tips), seen.tips
    assert "Meetings per month by locality" in texts(at, "subheader")
    assert "Open" in [c for table in seen.tables for row in table for c in row]


def test_overview_sends_the_monthly_rows_when_their_expander_is_opened(
    app: Any, seed_store: str
) -> None:
    at = app(seed_store, "overview")
    month = i18n.column("month")
    assert not [d for d in at.dataframe if month in d.value.columns]  # closed: not sent
    at.session_state["ov_activity_rows"] = True  # what the reader's click on it sets
    at.run()
    (rows,) = [d for d in at.dataframe if month in d.value.columns]
    assert int(rows.value[i18n.column("meetings")].sum()) == 4  # the seed's four meetings


def test_overview_follows_the_province_filter(app: Any, seed_store: str) -> None:
    at = app(seed_store, "overview")
    open_filters(at)
    at.sidebar.selectbox(key="flt_locality").set_value("Bình Định").run()
    assert metric(at, L("overview.articles")) == "1"
    assert any("Phạm Quốc Khánh" in m for m in texts(at, "markdown"))
    assert "Phạm Quốc Khánh" in plain_cells(at) and "Trần Lưu Quang" not in plain_cells(at)


def test_overview_filter_matching_nothing_says_so(app: Any, seed_store: str) -> None:
    import datetime as dt

    at = app(seed_store, "overview")
    open_filters(at)
    at.sidebar.date_input(key="flt_from").set_value(dt.date(1990, 1, 1))
    at.sidebar.date_input(key="flt_to").set_value(dt.date(1990, 12, 31)).run()
    assert not at.exception
    assert L("no_match") in texts(at, "info")


def test_filters_are_folded_until_opened_and_say_what_they_narrow(
    app: Any, seed_store: str
) -> None:
    import datetime as dt

    at = app(seed_store, "overview")
    # folded: no date picker or selectbox on the page (their code is not fetched by a browser), and
    # a line says that nothing narrows the figures
    assert not at.sidebar.date_input and not at.sidebar.selectbox
    assert [e.label for e in at.sidebar.expander] == [L("filters")]
    assert L("filters.none") in texts(at.sidebar, "caption")
    everything = metric(at, L("overview.articles"))
    open_filters(at)
    at.sidebar.date_input(key="flt_from").set_value(dt.date(2023, 1, 1)).run()
    assert at.sidebar.date_input(key="flt_from").value == dt.date(2023, 1, 1)  # still open
    at.sidebar.selectbox(key="flt_locality").set_value("Bình Định").run()
    at.session_state["flt_open"] = False  # folded again: the choices hold, and are said
    at.run()
    assert not at.sidebar.date_input
    assert "01/01/2023 – … · Bình Định" in texts(at.sidebar, "caption")
    assert metric(at, L("overview.articles")) == "1" != everything
    at.switch_page("app_pages/meetings.py").run()  # another page follows the same choices
    assert "01/01/2023 – … · Bình Định" in texts(at.sidebar, "caption")


def test_overview_on_an_empty_store(app: Any, empty_store: str) -> None:
    at = app(empty_store, "overview")
    assert L("store.empty") in texts(at, "info")


def test_language_toggle_shows_english(app: Any, seed_store: str) -> None:
    at = app(seed_store, "overview")
    at.sidebar.segmented_control(key="lang").set_value("en").run()
    assert "Overview" in texts(at, "title")
    assert "Articles" in shown_figures(at)


# -- meetings ------------------------------------------------------------------------------------


def test_meetings_table_links_each_row_to_its_source(app: Any, seed_store: str) -> None:
    at = app(seed_store, "meetings")
    at.text_input(key="mt_person").set_value("tran luu quang").run()
    table = at.dataframe[0].value
    assert set(table[i18n.column("person")]) == {"Trần Lưu Quang"}
    assert "2022-04-06" in set(table[i18n.column("date")])
    assert set(table[i18n.column("locality")]) == {"Hải Phòng"}
    assert any("source?article=hp-2022-04-06" in v for v in table[i18n.column("open")])
    # the row picker's key follows the rows it offers (see app_pages/meetings.py)
    (picker,) = [s for s in at.selectbox if s.key.startswith("mt_row_")]
    picker.set_value(next(i for i, lab in enumerate(picker.options) if "2022-04-06" in lab)).run()
    assert any("Trần Lưu Quang" in m and "chủ trì hội nghị" in m for m in texts(at, "markdown"))
    assert any("hp-2022-04-06" in p for p in texts(at, "page_link"))


def test_meetings_filter_matching_nothing(app: Any, seed_store: str) -> None:
    at = app(seed_store, "meetings")
    at.text_input(key="mt_person").set_value("khong ai ten nay").run()
    assert L("no_match") in texts(at, "info")


def test_meetings_on_an_empty_store(app: Any, empty_store: str) -> None:
    assert L("no_match") in texts(app(empty_store, "meetings"), "info")


# -- lineage -------------------------------------------------------------------------------------


def test_lineage_tree_shows_the_chain_up_and_down(app: Any, seed_store: str) -> None:
    at = app(seed_store, "lineage", code="122-KH/TU")
    tree = next(m for m in texts(at, "markdown") if "21-KL/TW" in m).splitlines()
    assert tree[0].startswith("- **21-KL/TW**") and TW_ISSUER in tree[0]
    assert tree[1].startswith("    - **122-KH/TU**") and L("lineage.selected") in tree[1]
    assert tree[2].startswith("        - **45-KH/QU**")
    assert not any("30-CTr/TU" in line for line in tree)  # a sibling, not on this chain
    dot = at.get("graphviz_chart")[0].proto.spec
    assert "21-KL/TW" in dot and "45-KH/QU" in dot and L("lineage.implements") in dot


def test_lineage_shows_which_provinces_carried_out_a_central_document(
    app: Any, seed_store: str
) -> None:
    at = app(seed_store, "lineage", code="21-KL/TW")
    summary = next(
        m for m in texts(at, "markdown") if m.startswith(L("lineage.provinces", n=2, places=""))
    )
    assert "Bình Định" in summary and "Hải Phòng" in summary
    below = next(d.value for d in at.dataframe if i18n.column("province") in d.value.columns)
    by_code = dict(zip(below[i18n.column("code")], below[i18n.column("province")], strict=True))
    # the district plan under Hải Phòng's plan is placed in Hải Phòng
    assert by_code == {"30-CTr/TU": "Bình Định", "122-KH/TU": "Hải Phòng", "45-KH/QU": "Hải Phòng"}


def test_lineage_leads_to_the_sentences_about_the_document(app: Any, seed_store: str) -> None:
    at = app(seed_store, "lineage", code="45-KH/QU")
    assert not any(i18n.column("facts") in d.value.columns for d in at.dataframe)  # until asked
    at.toggle(key="show_lineage_sources").set_value(True).run()
    said = next(d.value for d in at.dataframe if i18n.column("facts") in d.value.columns)
    row = said.iloc[0]
    assert "45-KH/QU thực hiện Kế hoạch số 122-KH/TU" in row[i18n.column("sentence")]
    assert row[i18n.column("open")] == "source?article=lc-2022-05-10"


def test_lineage_finds_a_directive_by_words_of_its_subject(app: Any, seed_store: str) -> None:
    at = app(seed_store, "lineage")
    at.text_input(key="ln_q").set_value("chỉnh đốn").run()
    assert any("21-KL/TW" in o for o in at.selectbox(key="ln_pick").options)


def test_lineage_unknown_code(app: Any, seed_store: str) -> None:
    at = app(seed_store, "lineage", code="999-XX/YY")
    assert any("999-XX/YY" in i for i in texts(at, "info"))


# -- people --------------------------------------------------------------------------------------


def test_person_profile_positions_meetings_and_colleagues(app: Any, seed_store: str) -> None:
    at = app(seed_store, "people", name="tran luu quang")
    assert "Trần Lưu Quang" in texts(at, "header")
    cells = frame_values(at)
    assert "Bí thư Thành ủy Hải Phòng" in cells
    assert "Hội nghị triển khai Kế hoạch số 122-KH/TU" in cells
    colleagues = at.dataframe[-1].value
    top = colleagues.iloc[0]
    assert (top[i18n.column("person")], top[i18n.column("shared")]) == ("Nguyễn Văn Minh", 2)
    assert "Trần Lưu Quang" in at.get("graphviz_chart")[0].proto.spec
    at.toggle(key="show_person_sources").set_value(True).run()
    said = next(d.value for d in at.dataframe if i18n.column("facts") in d.value.columns)
    chaired = said[said[i18n.column("open")] == "source?article=hp-2022-04-06"]
    assert "chủ trì hội nghị" in chaired.iloc[0][i18n.column("sentence")]
    assert i18n.value("Participation") in chaired.iloc[0][i18n.column("facts")]


def test_people_unknown_name(app: Any, seed_store: str) -> None:
    at = app(seed_store, "people", name="khong ai")
    assert any("khong ai" in i for i in texts(at, "info"))


def test_people_on_an_empty_store(app: Any, empty_store: str) -> None:
    assert L("store.empty") in texts(app(empty_store, "people"), "info")


# -- localities ----------------------------------------------------------------------------------


def test_localities_activity_and_drill_down(app: Any, seed_store: str) -> None:
    at = app(seed_store, "localities")
    table = at.dataframe[0].value.set_index(i18n.column("province"))
    assert table.at["Hải Phòng", i18n.column("meetings")] == 3
    assert table.at["Bình Định", i18n.column("meetings")] == 1
    at.selectbox(key="lc_pick").set_value("Hải Phòng").run()
    assert "Lê Chân" in frame_values(at)
    assert "source?article=hp-2022-04-06" in frame_values(at)  # each meeting opens its article


def test_localities_on_an_empty_store(app: Any, empty_store: str) -> None:
    assert L("store.empty") in texts(app(empty_store, "localities"), "info")


# -- search --------------------------------------------------------------------------------------


def test_search_tolerates_missing_diacritics_and_tone_placement(app: Any, seed_store: str) -> None:
    at = app(seed_store, "search")
    for typed, found in (
        ("tran luu quang", "Trần Lưu Quang"),
        ("le thi hoa", "Lê Thị Hoà"),
        ("Lê Thị Hòa", "Lê Thị Hoà"),
        ("122-kh", "122-KH/TU"),
        ("hai phong", "Hải Phòng"),
    ):
        at.text_input(key="sr_q").set_value(typed).run()
        assert found in frame_values(at), typed


def test_search_nothing_found(app: Any, seed_store: str) -> None:
    at = app(seed_store, "search")
    at.text_input(key="sr_q").set_value("xyzxyz").run()
    assert any("xyzxyz" in i for i in texts(at, "info"))


# -- source reader -------------------------------------------------------------------------------


def test_source_reader_highlights_facts(app: Any, seed_store: str) -> None:
    at = app(seed_store, "source", article="hp-2022-04-06")
    body = texts(at, "html")[-1]
    assert ">Trần Lưu Quang</mark>" in body
    assert "122-KH/TU" in frame_values(at)


def test_source_reader_never_injects_the_article_markup(app: Any, seed_store: str) -> None:
    at = app(seed_store, "source", article="xss-test")
    body = "".join(texts(at, "html"))
    assert "<script" not in body and "<img" not in body
    assert "&lt;script&gt;" in body
    assert "onmouseover" not in "".join(str(h.proto.body) for h in at.get("html"))


def test_source_reader_unknown_article(app: Any, seed_store: str) -> None:
    at = app(seed_store, "source", article="no-such-id")
    assert any("no-such-id" in w for w in texts(at, "warning"))


# -- console -------------------------------------------------------------------------------------


def test_console_runs_a_query_and_refuses_updates(app: Any, seed_store: str) -> None:
    at = app(seed_store, "console")
    at.button(key="cs_run").click().run()
    assert "https://w3id.org/eventgraph/ontology#Article" in frame_values(at)
    at.text_area(key="cs_text").set_value("DELETE WHERE { ?s ?p ?o }")
    at.button(key="cs_run").click().run()
    assert any("read-only" in e for e in texts(at, "error"))
    at.text_area(key="cs_text").set_value("SELECT ?s WHERE { ?s ")
    at.button(key="cs_run").click().run()
    assert not at.exception and at.error


def test_source_reader_says_a_likely_meeting_date_is_one(app: Any, tmp_path: Any) -> None:
    from eventgraph.extract.pipeline import Pipeline
    from eventgraph.model.article import Article
    from eventgraph.store import open_store

    article = Article(
        id="likely-1",
        text="Tuần lễ Cấp cao APEC 2017 sẽ diễn ra tại Đà Nẵng.\n\n"
        "Chiều 17/10, Phó Thủ tướng Trương Văn Hải chủ trì cuộc họp của Ủy ban quốc gia.",
    )
    url = f"oxigraph://{tmp_path / 'likely'}"
    st = open_store(url)
    st.replace_articles([(article, Pipeline()(article))])
    st.close()
    at = app(url, "source", article="likely-1")
    assert "ngày 2017-10-17 (năm suy đoán)" in frame_values(at)


def test_overview_reads_the_period_set_in_the_sidebar_and_its_clearing(
    app: Any, seed_store: str
) -> None:
    # A date set in the sidebar narrows the figures of the very run it starts, and clearing it
    # brings them back (it must hold however the page and its widgets are ordered: a branch read
    # the filters from the session and drew the widgets last, docs/performance.md).
    import datetime as dt

    at = app(seed_store, "overview")
    open_filters(at)
    everything = metric(at, L("overview.articles"))
    assert everything != "1"
    at.sidebar.date_input(key="flt_from").set_value(dt.date(2023, 1, 1)).run()
    assert metric(at, L("overview.articles")) == "1"  # Bình Định's conference of 15/3/2023
    assert "Phạm Quốc Khánh" in plain_cells(at) and "Trần Lưu Quang" not in plain_cells(at)
    at.sidebar.date_input(key="flt_from").set_value(None).run()
    assert metric(at, L("overview.articles")) == everything


def test_sidebar_keeps_its_widgets_when_a_filter_matches_nothing(app: Any, seed_store: str) -> None:
    import datetime as dt

    at = app(seed_store, "overview")
    open_filters(at)
    everything = metric(at, L("overview.articles"))
    at.sidebar.date_input(key="flt_from").set_value(dt.date(1990, 1, 1))
    at.sidebar.date_input(key="flt_to").set_value(dt.date(1990, 12, 31)).run()
    assert L("no_match") in texts(at, "info")
    # the page stopped, yet the reader can still see and undo the filter, and change language
    assert at.sidebar.date_input(key="flt_from").value == dt.date(1990, 1, 1)
    assert at.sidebar.selectbox(key="flt_locality").value == ""
    at.sidebar.date_input(key="flt_from").set_value(None)
    at.sidebar.date_input(key="flt_to").set_value(None).run()
    assert metric(at, L("overview.articles")) == everything
    at.sidebar.segmented_control(key="lang").set_value("en").run()
    assert L("overview.articles", "en") in shown_figures(at)
