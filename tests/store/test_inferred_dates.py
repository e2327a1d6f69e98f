"""A meeting whose year is only likely (`date_inferred`) is stored on its report, on every backend:
the report holds the likely date, the meeting holds no time, and the named queries date it with
certain dates only."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from eventgraph.extract.pipeline import Pipeline
from eventgraph.model.article import Article
from eventgraph.queries import get
from eventgraph.store.base import Store
from tests.store.conftest import BACKENDS

pytestmark = pytest.mark.parametrize("backend", BACKENDS)

TEXT = (
    "Tuần lễ Cấp cao APEC 2017 sẽ diễn ra tại Đà Nẵng vào tháng 11.\n\n"
    "Chiều 17/10, Phó Thủ tướng Trương Văn Hải chủ trì cuộc họp của Ủy ban quốc gia."
)
LIKELY = {
    "sparql": "SELECT ?d WHERE { ?r a eg:MeetingReport ; eg:inferredDate ?d }",
    "cypher": "MATCH ()-[r:REPORTS]-() WHERE r.inferred_date IS NOT NULL "
              "RETURN DISTINCT toString(r.inferred_date) AS d",
}


def test_a_likely_date_is_kept_on_the_report(
    open_backend: Callable[[str], Store], backend: str
) -> None:
    article = Article(id="apec-likely", text=TEXT)
    extraction = Pipeline()(article)
    assert [(m.date and m.date.isoformat(), m.date_inferred) for m in extraction.meetings] == [
        ("2017-10-17", True)
    ]
    st = open_backend(backend)
    st.replace_articles([(article, extraction)])
    rows = st.console(LIKELY[st.console_language]).rows
    assert [str(r["d"])[:10] for r in rows] == ["2017-10-17"]
    chairs = st.run(get("chairs"), {"person": "truong van hai"}).rows
    assert [(r["person"], r["date"]) for r in chairs] == [("Trương Văn Hải", "")]
    facts = st.run(get("article_facts"), {"id": "apec-likely"}).rows
    assert [r["detail"] for r in facts if r["type"] == "MeetingReport"] == ["2017-10-17"]
