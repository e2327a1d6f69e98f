"""Hostile strings in query parameters and the console: bound as data, never run as query text."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventgraph.exc import QueryError
from eventgraph.model.article import Article
from eventgraph.model.events import Role
from eventgraph.model.evidence import Evidence
from eventgraph.model.extraction import (
    ArticleExtraction,
    DirectiveFact,
    LocalityFact,
    MeetingFact,
    ParticipantFact,
    PersonFact,
)
from eventgraph.queries import all_queries, get
from eventgraph.store import open_store

HOSTILE = [
    '"', "'", '"}', "'}", "} }", '") } DELETE WHERE { ?s ?p ?o } #', "; DROP GRAPH <x>",
    "DELETE WHERE { ?s ?p ?o }", "' }) DETACH DELETE n //", "\\", "\\\"", "a\nb\r\nc", "\u0000",
    "Тrần", "Ｔrần Ｌưu", "${in_person}", "?in_person", "<http://evil/>", "\u202e", "😀" * 40,
]


def _article() -> tuple[Article, ArticleExtraction]:
    text = "Sáng 6/4, đồng chí Trần Lưu Quang chủ trì hội nghị theo Kế hoạch 122-KH/TU."
    ev = Evidence(article_id="a1", start=0, end=len(text), sentence=text, extractor="test")
    ex = ArticleExtraction(
        article_id="a1", extractor="test", published=dt.date(2022, 4, 6), locality="Hải Phòng",
        people=[PersonFact(name="Trần Lưu Quang", evidence=[ev])],
        meetings=[MeetingFact(kind="hội nghị", name="Hội nghị", date=dt.date(2022, 4, 6),
                              participants=[ParticipantFact(name="Trần Lưu Quang", role=Role.CHAIR, evidence=ev)],
                              evidence=ev)],
        directives=[DirectiveFact(code="122-KH/TU", kind="Kế hoạch", evidence=ev)],
        localities=[LocalityFact(name="Hải Phòng", level="province", evidence=ev)])
    return Article(id="a1", text=text, published="2022-04-06"), ex


@pytest.fixture(params=["memory", "oxigraph"])
def store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    url = "memory://" if request.param == "memory" else f"oxigraph://{tmp_path_factory.mktemp('db')}"
    with open_store(url) as s:
        s.replace_articles([_article()])
        yield s


@pytest.mark.parametrize("value", HOSTILE)
def test_every_parameter_of_every_query_takes_hostile_values(store, value: str) -> None:  # type: ignore[no-untyped-def]
    # rdflib's engine takes ~0.3 s a query, so the memory store runs the two core queries only
    names = all_queries() if "oxigraph" in store.url else ("chairs", "lineage")
    before = store.stats()
    for name in names:
        q = get(name)
        for p in q.params:
            if p.type != "str":
                continue
            rows = store.run(q, {p.name: value}).rows
            assert all(isinstance(r, dict) for r in rows)
    assert store.stats() == before


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=60))
def test_any_text_as_a_person_filter_changes_nothing(tmp_path_factory: pytest.TempPathFactory,
                                                     value: str) -> None:
    with open_store(f"oxigraph://{tmp_path_factory.mktemp('db')}") as store:
        store.replace_articles([_article()])
        before = store.stats()
        rows = store.run(get("chairs"), {"person": value, "locality": value}).rows
        assert all(r["person"] == "Trần Lưu Quang" for r in rows)
        assert store.stats() == before


@pytest.mark.parametrize("text", [
    "DELETE WHERE { ?s ?p ?o }",
    "INSERT DATA { <a> <b> <c> }",
    "CLEAR ALL", "DROP ALL", "LOAD <http://example.org/x>", "CREATE GRAPH <g>",
    "PREFIX x: <y>\nDELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "SELECT * WHERE { ?s ?p ?o } ; DROP ALL",
    "WITH <g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
])
def test_console_refuses_updates(store, text: str) -> None:  # type: ignore[no-untyped-def]
    before = store.stats()
    with pytest.raises(QueryError, match="read-only"):
        store.console(text)
    assert store.stats() == before


def test_console_allows_reads_that_mention_update_words_in_strings_and_variables(store) -> None:  # type: ignore[no-untyped-def]
    rows = store.console('SELECT ?delete WHERE { ?delete rdfs:label ?l FILTER(?l != "DROP ALL") } LIMIT 3').rows
    assert rows
