"""The eventgraph dashboard: `streamlit run app.py` (or `eventgraph dashboard`).

Reads the store named by EVENTGRAPH_STORE. Every page is a module in app_pages/ that reads the graph
only through named queries (src/eventgraph/queries/*.rq).
"""

import streamlit as st

from eventgraph.dashboard import ui

st.set_page_config(page_title="eventgraph", page_icon=":material/hub:", layout="wide")
st.set_option("client.toolbarMode", "viewer")  # no "Deploy" button: this is a reader's tool
ui.keep_filters()

with st.sidebar:
    # Two buttons side by side rather than a radio: on a server's first page the radio's code was
    # one more lazy chunk group to fetch and draw (docs/performance.md, *What each element costs*).
    st.segmented_control(
        ui.t("lang.label"),
        ["vi", "en"],
        default="vi",
        required=True,  # one language is always chosen: a second click keeps it
        key="lang",
        format_func=lambda v: {"vi": "Tiếng Việt", "en": "English"}[v],
    )


def page(module: str, key: str, icon: str, default: bool = False) -> st.Page:
    return st.Page(
        f"app_pages/{module}.py",
        title=ui.t(f"{key}.title"),
        icon=icon,
        url_path=module,
        default=default,
    )


nav = st.navigation(
    {
        ui.t("nav.leaders"): [page("overview", "overview", ":material/dashboard:", default=True)],
        ui.t("nav.analysis"): [
            page("meetings", "meetings", ":material/groups:"),
            page("lineage", "lineage", ":material/account_tree:"),
            page("people", "people", ":material/person:"),
            page("localities", "localities", ":material/map:"),
        ],
        ui.t("nav.lookup"): [
            page("search", "search", ":material/search:"),
            page("source", "source", ":material/article:"),
            page("console", "console", ":material/terminal:"),
        ],
    }
)
ui.reload_button()
st.sidebar.caption(f"{ui.t('store.label')}: `{ui.shown_url()}`")
with ui.page_run():  # the background warm-up waits while a page is drawn
    nav.run()
