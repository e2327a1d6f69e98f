"""One node per real person: namesakes apart without evidence, judgements merge and undo."""

from __future__ import annotations

import datetime as dt

from eventgraph.model.article import Article
from eventgraph.model.evidence import Evidence
from eventgraph.model.extraction import ArticleExtraction, PersonFact, PositionFact
from eventgraph.queries import get
from eventgraph.resolve import judgements
from eventgraph.store import open_store


def _item(aid: str, province: str, title: str, locality: str | None) -> tuple[Article, ArticleExtraction]:
    text = f"Đồng chí Lê Văn Thạnh, {title} phát biểu."
    ev = Evidence(article_id=aid, start=9, end=22, sentence=text, extractor="test")
    person = PersonFact(name="Lê Văn Thạnh", evidence=[ev], positions=[
        PositionFact(title=title, locality=locality, evidence=ev)])
    ex = ArticleExtraction(article_id=aid, extractor="test", published=dt.date(2025, 3, 1),
                           locality=province, people=[person])
    return Article(id=aid, text=text, published="2025-03-01"), ex


def _ids(store) -> set[str]:  # type: ignore[no-untyped-def]
    return {r["person_id"] for r in store.run(get("person"), {"name": "le van thanh"}).rows}


def test_namesakes_stay_apart_and_same_province_joins(store_url: str) -> None:
    with open_store(store_url) as store:
        store.replace_articles([
            _item("a1", "Nghệ An", "Giám đốc Sở Nội vụ tỉnh Nghệ An", "Nghệ An"),
            _item("a2", "Nghệ An", "Quyền Giám đốc Sở Nội vụ", None),  # same province: same man
            _item("a3", "Gia Lai", "Chủ tịch UBND xã Ia Grai", "Gia Lai"),  # a namesake elsewhere
        ])
        ids = _ids(store)
        assert len(ids) == 2
        assert store.stats()["people"] == 2
        rows = store.console("SELECT ?rule WHERE { ?m eg:resolvedBy ?rule }").rows
        assert {r["rule"] for r in rows} == {"post-locality", "article-province"}


def test_a_judgement_merges_and_undo_splits(store_url: str) -> None:
    with open_store(store_url) as store:
        store.replace_articles([_item("a1", "Nghệ An", "Giám đốc Sở Nội vụ tỉnh Nghệ An", "Nghệ An"),
                                _item("a3", "Gia Lai", "Phó Chủ tịch UBND tỉnh Gia Lai", "Gia Lai")])
        left, right = sorted(_ids(store))
        jid = judgements.merge(store, left, right, "moved from Nghệ An to Gia Lai in 2025", "tester")
        assert _ids(store) == {left}
        assert [j["reason"] for j in judgements.list_judgements(store)] == [
            "moved from Nghệ An to Gia Lai in 2025"]
        judgements.undo(store, jid)
        assert _ids(store) == {left, right}
        assert judgements.list_judgements(store) == []
