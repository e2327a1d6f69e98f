"""The dashboard's named queries on both embedded engines (rdflib and Oxigraph): the seed facts come
back, filters narrow, and both engines give the same rows (the queries are plain SPARQL 1.1)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from dashboard_fixtures import seed_items

from eventgraph.queries import get
from eventgraph.store import open_store
from eventgraph.store.base import Store

DASHBOARD_QUERIES = [
    "overview",
    "activity",
    "top_chairs",
    "newest_directives",
    "search_people",
    "search_localities",
    "search_directives",
    "search_meetings",
    "active_people",
    "meeting_chairs",
    "person_positions",
    "person_meetings",
    "people",
    "colleagues",
    "directive_search",
    "localities",
    "locality_units",
    "articles",
    "article",
    "article_facts",
    "provinces",
    "sources",
]


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    s = open_store(store_url)
    s.replace_articles(seed_items())
    yield s
    s.close()


def rows(store: Store, name: str, /, **params: Any) -> list[dict[str, Any]]:
    return store.run(get(name), params).rows


def person_id(store: Store, name: str) -> str:
    return next(r["person_id"] for r in rows(store, "people", name=name))


def person_ref(store: Store, name: str) -> dict[str, str]:
    """The parameters of the person queries: the id and the search key people.rq gives."""
    row = next(r for r in rows(store, "people", name=name))
    return {"person": row["person_id"], "key": row["key"]}


@pytest.mark.parametrize("name", DASHBOARD_QUERIES)
def test_every_dashboard_query_is_documented(name: str) -> None:
    q = get(name)
    assert q.title != name and q.description
    assert all(p.description for p in q.params)


def test_overview_counts_follow_filters(store: Store) -> None:
    assert rows(store, "overview")[0] == {
        "articles": 5,
        "meetings": 4,
        "people": 6,
        "directives": 4,
    }
    assert rows(store, "overview", locality="binh dinh")[0]["articles"] == 1
    assert rows(store, "overview", date_from="2030-01-01")[0]["articles"] == 0


def test_activity_counts_district_meetings_for_their_province(store: Store) -> None:
    got = {
        (r["month"], r["province"]): r["meetings"]
        for r in rows(store, "activity", locality="Hải Phòng")
    }
    assert got == {
        ("2022-04", "Hải Phòng"): 1,
        ("2022-05", "Hải Phòng"): 1,
        ("2022-06", "Hải Phòng"): 1,
    }


def test_top_chair_and_newest_directives(store: Store) -> None:
    top = rows(store, "top_chairs")[0]
    assert (top["person"], top["meetings"], top["scope"]) == ("Trần Lưu Quang", 2, "Hải Phòng")
    docs = {r["code"]: r for r in rows(store, "newest_directives")}
    assert set(docs["21-KL/TW"]["implemented_by"].split("; ")) == {"122-KH/TU", "30-CTr/TU"}
    assert docs["122-KH/TU"]["implements"] == "21-KL/TW"


def test_search_matches_words_without_diacritics(store: Store) -> None:
    found = {r["label"] for r in rows(store, "search_people", q="tran luu quang")}
    assert found == {"Trần Lưu Quang"}
    found = {r["label"] for r in rows(store, "search_people", q="hoa")}
    assert "Lê Thị Hoà" in found
    assert (
        rows(store, "search_directives", q="hoa", text="hoa") == []
    )  # "khóa" does not start with it
    assert [r["label"] for r in rows(store, "search_directives", q="122-kh", text="122-KH")] == [
        "122-KH/TU"
    ]
    meetings = {
        r["label"]
        for r in rows(store, "search_meetings", q="tran luu quang", text="tran luu quang")
    }
    assert "Hội nghị triển khai Kế hoạch số 122-KH/TU" in meetings
    assert [r["label"] for r in rows(store, "search_localities", q="hai phong")] == ["Hải Phòng"]
    assert rows(store, "search_people", q="") == []


def test_meeting_chairs_gives_the_seed_fact_as_chairs_does(store: Store) -> None:
    got = rows(store, "meeting_chairs", person="tran luu quang", date_to="2022-04-30")
    assert [(r["person"], r["date"], r["locality"], r["article"]) for r in got] == [
        ("Trần Lưu Quang", "2022-04-06", "Hải Phòng", "hp-2022-04-06")
    ]
    key = lambda r: (r["person"], r["meeting"], r["role"], r["article"])  # noqa: E731
    assert sorted(map(key, rows(store, "meeting_chairs"))) == sorted(
        map(key, rows(store, "chairs"))
    )


def test_person_positions_and_meetings(store: Store) -> None:
    ref = person_ref(store, "tran luu quang")
    positions = {(r["position"], r["first_seen"]) for r in rows(store, "person_positions", **ref)}
    assert ("Bí thư Thành ủy Hải Phòng", "2022-04-06") in positions
    meetings = {(r["date"], r["role"]) for r in rows(store, "person_meetings", **ref)}
    assert meetings == {("2022-04-06", "chair"), ("2022-06-20", "chair")}


def test_sources_give_the_sentence_and_article_of_each_fact(store: Store) -> None:
    person = next(r for r in rows(store, "people", name="tran luu quang"))
    facts = rows(store, "sources", node=person["person_id"], key=person["key"])
    chaired = [r for r in facts if r["type"] == "Participation" and r["article"] == "hp-2022-04-06"]
    assert chaired and "Trần Lưu Quang" in chaired[0]["sentence"]
    assert {r["type"] for r in facts} >= {"Membership", "Participation"}
    plan = next(r["directive"] for r in rows(store, "directive_search", code="122-KH/TU"))
    said = {(r["type"], r["article"]) for r in rows(store, "sources", node=plan, key="122-KH/TU")}
    assert ("LineageStatement", "hp-2022-04-06") in said  # "122-KH/TU ... thực hiện 21-KL/TW"
    assert ("LineageStatement", "lc-2022-05-10") in said  # "45-KH/QU thực hiện 122-KH/TU"


@pytest.mark.parametrize("name", ["person_positions", "person_meetings", "colleagues", "sources"])
@pytest.mark.parametrize("given", ["", "not an id"])
def test_node_queries_without_a_node_id_give_nothing(store: Store, name: str, given: str) -> None:
    key = "tran luu quang"
    params = {"node": given, "key": key} if name == "sources" else {"person": given, "key": key}
    assert rows(store, name, **params) == []


def test_active_people_start_with_the_most_meetings(store: Store) -> None:
    top = rows(store, "active_people")[0]
    assert (top["person"], top["meetings"]) == ("Nguyễn Văn Minh", 3)


def test_colleagues_of_the_seed_chair(store: Store) -> None:
    got = rows(store, "colleagues", **person_ref(store, "tran luu quang"))
    assert {r["person"] for r in got} == {"Trần Lưu Quang", "Nguyễn Văn Minh", "Hoàng Minh Tuấn"}


def test_directive_search_by_code_words_and_issuer(store: Store) -> None:
    assert [r["code"] for r in rows(store, "directive_search", code="21-kl/tw")] == ["21-KL/TW"]
    assert {r["code"] for r in rows(store, "directive_search", text="chỉnh đốn")} == {
        "21-KL/TW",
        "122-KH/TU",
    }
    assert [r["code"] for r in rows(store, "directive_search", issuer="binh dinh")] == ["30-CTr/TU"]


def test_localities_and_units(store: Store) -> None:
    got = {
        r["province"]: (r["meetings"], r["articles"], r["units"]) for r in rows(store, "localities")
    }
    assert got == {"Hải Phòng": (3, 3, 1), "Bình Định": (1, 1, 0)}
    units = rows(store, "locality_units", province="hai phong")
    assert [(u["unit"], u["level"]) for u in units] == [("Lê Chân", "district")]
    assert [r["province"] for r in rows(store, "provinces")] == ["Bình Định", "Hải Phòng"]


def test_article_and_its_fact_spans(store: Store) -> None:
    art = rows(store, "article", id="hp-2022-04-06")[0]
    assert art["province"] == "Hải Phòng" and art["text"].startswith("Chiều 6/4/2022")
    spans = {
        (r["type"], art["text"][r["start"] : r["end"]])
        for r in rows(store, "article_facts", id="hp-2022-04-06")
    }
    assert ("Participation", "Trần Lưu Quang") in spans and (
        "LineageStatement",
        "122-KH/TU",
    ) in spans
    assert [r["article"] for r in rows(store, "articles", text="bình")] == ["bd-2023-03-15"]


def canonical(row: dict[str, Any]) -> list[tuple[str, str]]:
    """A row as sorted (column, text) pairs; concatenated lists ("a; b") in sorted order, because
    GROUP_CONCAT leaves the order to the engine."""
    text = lambda v: "; ".join(sorted(str(v).split("; ")))  # noqa: E731
    return sorted((k, text(v)) for k, v in row.items())


def test_both_engines_give_the_same_rows(tmp_path: Any) -> None:
    stores = [open_store("memory://"), open_store(f"oxigraph://{tmp_path / 'ox'}")]
    for s in stores:
        s.replace_articles(seed_items())
    pid = person_id(stores[0], "nguyen van minh")
    ref = person_ref(stores[0], "nguyen van minh")
    cases = [
        ("overview", {}),
        ("activity", {}),
        ("top_chairs", {}),
        ("newest_directives", {}),
        ("search_people", {"q": "nguyen"}),
        ("search_localities", {"q": "hai phong"}),
        ("search_directives", {"q": "hai phong", "text": "hai phong"}),
        ("search_meetings", {"q": "tran", "text": "tran"}),
        ("active_people", {}),
        ("meeting_chairs", {}),
        ("person_positions", ref),
        ("person_meetings", ref),
        ("people", {}),
        ("colleagues", ref),
        ("directive_search", {"code": "KH"}),
        ("localities", {}),
        ("locality_units", {"province": "Hải Phòng"}),
        ("articles", {}),
        ("article_facts", {"id": "lc-2022-05-10"}),
        ("sources", {"node": pid, "key": "nguyen van minh"}),
    ]
    try:
        for name, params in cases:
            a, b = ([canonical(r) for r in rows(s, name, **params)] for s in stores)
            assert sorted(a) == sorted(b), name
    finally:
        for s in stores:
            s.close()
