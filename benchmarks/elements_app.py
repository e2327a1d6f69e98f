"""One title and the element types named by EG_ELEMENTS (comma-separated), drawn from small
in-memory values with no store: `bench_elements.py` serves one variant per fresh server to price
each kind of element the Overview draws on a server's first page, and the cheaper kinds that could
stand in for them. The widgets sit in the sidebar, where the dashboard has them."""

import datetime as dt
import os

import pandas as pd
import streamlit as st

from eventgraph.dashboard import plain

st.set_page_config(page_title="elements", layout="wide")
ELEMENTS = [e for e in os.environ.get("EG_ELEMENTS", "").split(",") if e]
PROVINCES = [f"Tỉnh {i:02d}" for i in range(63)]


def activity() -> pd.DataFrame:
    """Meetings per month by province, of the Overview's size at 100k (130 months, ~9 a month)."""
    months = [f"{2015 + m // 12}-{m % 12 + 1:02d}" for m in range(130)]
    rows = [(m, PROVINCES[(i * 7 + k) % 11], 1 + (i * 13 + k * 5) % 17) for i, m in
            enumerate(months) for k in range(9)]  # fmt: skip
    return pd.DataFrame(rows, columns=["month", "province", "meetings"])


def chairs() -> pd.DataFrame:
    return pd.DataFrame(
        {"person": [f"Nguyễn Văn {chr(65 + i)}" for i in range(15)], "meetings": range(60, 45, -1)}
    )


def draw(element: str) -> None:
    sb = st.sidebar
    lo, hi = dt.date(1945, 1, 1), dt.date(2027, 12, 31)
    if element == "date_input":
        sb.date_input("Từ ngày", value=None, min_value=lo, max_value=hi, format="DD/MM/YYYY")
    elif element == "date_input2":
        sb.date_input("Từ ngày", value=None, min_value=lo, max_value=hi, format="DD/MM/YYYY")
        sb.date_input("Đến ngày", value=None, min_value=lo, max_value=hi, format="DD/MM/YYYY")
    elif element == "selectbox":
        sb.selectbox("Tỉnh, thành", ["", *PROVINCES], format_func=lambda v: v or "Tất cả")
    elif element == "radio":
        sb.radio("Ngôn ngữ", ["vi", "en"], horizontal=True)
    elif element == "segmented_control":
        sb.segmented_control("Ngôn ngữ", ["vi", "en"], default="vi")
    elif element == "pills":
        sb.pills("Năm", [str(y) for y in range(2015, 2027)])
    elif element == "select_slider":
        sb.select_slider("Năm", [str(y) for y in range(2015, 2027)], value=("2015", "2026"))
    elif element == "text_input":
        sb.text_input("Từ tháng (YYYY-MM)")
    elif element == "button":
        sb.button("Tải lại")
    elif element == "sidebar_text":
        sb.subheader("Bộ lọc")
        sb.caption("Kho: `oxigraph:///data/store`")
    elif element == "expander":
        with st.expander("Số cuộc họp theo tháng", key="rows", on_change="rerun") as rows:
            if rows.open:
                st.write("rows")
    elif element == "html":
        titles = {"month": "Tháng", "province": "Tỉnh", "meetings": "Cuộc họp"}
        st.html(plain.stacked_bars(activity(), "month", "province", "meetings", titles))
    elif element == "html_table":
        st.html(plain.table(chairs()))
    elif element == "download_button":
        st.download_button("CSV", lambda: b"a,b\n", file_name="x.csv", mime="text/csv")
    elif element == "dataframe":
        st.dataframe(chairs(), hide_index=True, width="stretch")
    elif element == "metrics":
        for col, n in zip(st.columns(4), (100_000, 69_738, 4_125, 2_310), strict=True):
            col.metric("Bài báo", f"{n:,}".replace(",", "."))
    elif element == "columns":
        for col, n in zip(st.columns(4), (100_000, 69_738, 4_125, 2_310), strict=True):
            col.markdown(f"Bài báo  \n**{n:,}**")
    elif element == "text":
        st.subheader("Số cuộc họp theo tháng")
        st.caption("Mô tả")
        st.markdown("**Chủ trì nhiều nhất: Nguyễn Văn A (60)**")
    elif element != "navigation":
        raise ValueError(f"unknown element {element!r}")


def page() -> None:
    st.title("Tổng quan")
    for element in ELEMENTS:
        draw(element)


if "navigation" in ELEMENTS:
    sections = {
        "Lãnh đạo": [st.Page(page, title="Tổng quan", url_path="overview", default=True)],
        "Phân tích": [st.Page(page, title=f"Trang {i}", url_path=f"p{i}") for i in range(4)],
        "Tra cứu": [st.Page(page, title=f"Mục {i}", url_path=f"q{i}") for i in range(3)],
    }
    st.navigation(sections).run()
else:
    page()
