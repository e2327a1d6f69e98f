"""The eventgraph dashboard: `streamlit run app.py` (or `eventgraph dashboard`).

Reads the store named by EVENTGRAPH_STORE. Every page is a module in app_pages/ that reads the graph
only through named queries (src/eventgraph/queries/*.rq).
"""

import streamlit as st

from eventgraph.dashboard import ui

st.set_page_config(page_title="eventgraph", page_icon=":material/hub:", layout="wide")
st.set_option("client.toolbarMode", "viewer")  # no "Deploy" button: this is a reader's tool
ui.keep_filters()

# The language radio keeps its place at the sidebar's top, but it and the page's filters are drawn
# after the page's main area (`ui.sidebar`): a server's first page then sends its figures before
# the widgets' code is fetched and drawn. The labels read the language from the session meanwhile.
ui.begin_page(st.sidebar.container())


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
try:
    with ui.page_run():  # the background warm-up waits while a page is drawn
        nav.run()
finally:  # also after an error box; a page that stops draws them first (`ui.stop`)
    ui.sidebar()
