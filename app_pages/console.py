"""Query console: a user's own read-only query in the store's language (SPARQL, or Cypher on Neo4j).
Updates are refused by the store (`QueryError`) and the refusal is shown as a message."""

import pandas as pd
import streamlit as st

from eventgraph.dashboard import data
from eventgraph.dashboard.ui import store, t, table
from eventgraph.exc import EventGraphError
from eventgraph.queries import all_queries

EXAMPLES = {
    "sparql": (
        "SELECT ?type (COUNT(?s) AS ?n)\nWHERE { ?s a ?type }\nGROUP BY ?type\nORDER BY DESC(?n)"
    ),
    "cypher": "MATCH (n)\nRETURN labels(n) AS labels, count(*) AS n\nORDER BY n DESC\nLIMIT 20",
}
MAX_ROWS = 1000

db = store()
language = db.console_language
st.title(t("console.title"))
st.caption(t("console.caption", language=language.upper()))
text = st.text_area(t("console.text"), value=EXAMPLES.get(language, ""), height=180, key="cs_text")

if st.button(t("console.run"), key="cs_run", type="primary"):
    try:
        result = db.console(text)
    except EventGraphError as e:
        st.error(str(e))
    except (
        Exception
    ) as e:  # a user's query may fail inside the engine in any way; show, don't crash
        st.error(t("console.error", error=f"{type(e).__name__}: {e}"))
    else:
        df = data.frame(result)
        if df.empty:
            st.info(t("console.no_rows"))
        else:
            if len(df) > MAX_ROWS:
                st.caption(t("shown_first", n=MAX_ROWS))
            table(df.head(MAX_ROWS), "console", list(df.columns))

with st.expander(t("console.catalog")):
    catalog = pd.DataFrame(
        [
            {
                "name": q.name,
                "title": q.title,
                "description": q.description,
                "params": ", ".join(p.name for p in q.params),
            }
            for q in all_queries().values()
        ]
    )
    st.dataframe(catalog, hide_index=True, width="stretch")
