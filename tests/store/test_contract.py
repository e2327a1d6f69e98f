"""One contract, every backend: the same ingest, the same named-query answers, the same re-ingest
and replacement behaviour, the same refusal of updates on the read-only console.

The reference answers come from the embedded Oxigraph store (the default); the seed facts are also
checked directly on every backend, so the reference itself is tested.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

import pytest

from eventgraph.exc import QueryError
from eventgraph.queries import NamedQuery, all_queries, get
from eventgraph.store import open_store
from eventgraph.store.base import Store
from tests.store.articles import articles, changed
from tests.store.conftest import BACKENDS

pytestmark = pytest.mark.parametrize("backend", BACKENDS)

# Sample values by parameter name; each query runs with no parameters, with each sample alone,
# and with the first sample of every parameter together.
SAMPLES: dict[str, list[Any]] = {
    "person": ["tran luu quang"],
    "name": ["tran luu quang", "pham xuan"],
    "locality": ["hai phong", "dong hung"],
    "date_from": ["2022-01-01"],
    "date_to": ["2022-03-31"],
    "kind": ["hội nghị"],
    "code": ["122-KH/TU", "45-kh/tu"],
    "issuer": ["thai binh"],
    "id": ["hp-2022-04-06", "undated-1"],
    "text": ["45", "Hải"],
    "q": ["quang"],
    "province": ["thai binh"],
    "person_id": ["https://w3id.org/eventgraph/id/person/tran-luu-quang/hai-phong"],
}
ID = "https://w3id.org/eventgraph/id/"
# Queries that find their node by its id and its stored key together (sources.rq): run with these
# pairs only. A person, directives at either end of a lineage statement, a key two directives and
# two communes share (only the node asked for answers), an undated article, a locality, a key that
# is not the node's, a meeting (no key).
ID_PAIRS: dict[str, list[dict[str, Any]]] = {
    "sources": [
        {"node": ID + "person/tran-luu-quang/hai-phong", "key": "tran luu quang"},
        {"node": ID + "directive/trung-uong-dang/ket-luan/21/khoa-xiii", "key": "21-KL/TW"},
        {"node": ID + "directive/tu-thai-binh/ke-hoach/45/nhiem-ky-2020-2025", "key": "45-KH/TU"},
        {"node": ID + "locality/commune/thai-binh/xa-dong-hung", "key": "xa dong hung"},
        {"node": ID + "person/le-van-hien/unknown", "key": "le van hien"},
        {"node": ID + "person/tran-luu-quang/hai-phong", "key": "ngo dong hai"},
        {"node": ID + "meeting/2022-04-06/hai-phong/20e76bbda571", "key": ""},
        {"node": ID + "locality/province/hai-phong", "key": "hai phong"},
    ]
}
# The person queries of the dashboard take a person's id with its search key in the same way.
_PERSON_PAIRS = [
    {"person": ID + "person/tran-luu-quang/hai-phong", "key": "tran luu quang"},
    {"person": ID + "person/le-van-hien/unknown", "key": "le van hien"},
    {"person": ID + "person/tran-luu-quang/hai-phong", "key": "ngo dong hai"},
    {"person": "not an iri", "key": "tran luu quang"},
]
ID_PAIRS.update({q: _PERSON_PAIRS for q in ("colleagues", "person_meetings", "person_positions")})
# Parameters that take an id: only the ids above make sense for them.
ID_PARAMS: dict[str, dict[str, str]] = {
    **{q: {} for q in ID_PAIRS},  # sampled in pairs
}
# Answers an engine gets wrong on these queries, found by this suite and reported; every other
# query and parameter set is compared on these backends too. (Virtuoso's "meeting with another
# meeting's date under the date filter" was the filter on a BIND alias, see meetings.rq: fixed.)
KNOWN_WRONG: dict[tuple[str, str], set[str]] = {}


def param_sets(q: NamedQuery) -> list[dict[str, Any]]:
    names = [p.name for p in q.params]
    if q.name in ID_PAIRS:  # an id with its key: only the pairs make sense
        return [dict(p) for p in ID_PAIRS[q.name]]
    # a query keyed by an id is never run without one
    sets: list[dict[str, Any]] = [] if q.name in ID_PARAMS else [{}]
    for n in names:
        sample = ID_PARAMS.get(q.name, {}).get(n, n)
        sets += [{n: v} for v in SAMPLES.get(sample, [])]
    if len(names) > 1:
        sets.append({n: SAMPLES[n][0] for n in names if n in SAMPLES})
    if {"q", "text"} <= set(names):  # the dashboard sends the typed words in both parameters
        sets += [{"q": v, "text": v} for v in SAMPLES["q"]]
    return sets


def _concat_columns(q: NamedQuery) -> set[str]:
    return set(re.findall(r"GROUP_CONCAT\(.*?\)\s+AS\s+\?(\w+)", q.sparql, re.IGNORECASE))


def _order_columns(q: NamedQuery, columns: list[str]) -> list[str]:
    m = re.search(r"ORDER\s+BY\s+(.+?)(?:\s+LIMIT\b|$)", q.sparql, re.IGNORECASE | re.DOTALL)
    keys = re.findall(r"\?(\w+)", m.group(1)) if m else []
    return [k for k in keys if k in columns]


def normalised(q: NamedQuery, rows: list[dict[str, Any]]) -> list[str]:
    """Rows as sorted JSON, with GROUP_CONCAT lists sorted (their order is unspecified)."""
    concat = _concat_columns(q)
    out = []
    for r in rows:
        r = {
            k: ("; ".join(sorted(v.split("; "))) if k in concat and isinstance(v, str) else v)
            for k, v in r.items()
        }
        out.append(json.dumps(r, sort_keys=True, ensure_ascii=False))
    return sorted(out)


class Reference:
    """Answers of the embedded Oxigraph store (the default backend), computed once per query."""

    def __init__(self, path: str) -> None:
        self.store = open_store(f"oxigraph://{path}")
        self.store.replace_articles(articles())
        self.cache: dict[str, Any] = {}

    def run(self, q: NamedQuery, params: dict[str, Any]) -> Any:
        key = f"{q.name} {json.dumps(params, sort_keys=True)}"
        if key not in self.cache:
            self.cache[key] = self.store.run(q, params)
        return self.cache[key]


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> Reference:
    return Reference(str(tmp_path_factory.mktemp("reference")))


def loaded(open_backend: Callable[[str], Store], backend: str) -> Store:
    st = open_backend(backend)
    st.replace_articles(articles())
    return st


def test_seed_facts(open_backend: Callable[[str], Store], backend: str) -> None:
    st = loaded(open_backend, backend)
    chairs = st.run(get("chairs"), {"person": "Trần Lưu Quang"}).rows
    assert [(r["person"], r["date"], r["role"], r["locality"], r["reports"]) for r in chairs] == [
        ("Trần Lưu Quang", "2022-04-06", "chair", "Hải Phòng", 2)
    ]
    up = st.run(get("lineage"), {"code": "122-KH/TU"}).rows
    assert [
        (r["direction"], r["source_code"], r["target_code"], r["target_period"], r["target_issuer"])
        for r in up
    ] == [("up", "122-KH/TU", "21-KL/TW", "khoa-xiii", "Ban Chấp hành Trung ương Đảng")]
    both = st.run(get("lineage"), {"code": "45-KH/TU"}).rows
    assert sorted(r["target_code"] for r in both) == ["21-KL/TW", "23-NQ/TW"]
    assert len({r["source"] for r in both}) == 2  # two provinces, two documents
    thai_binh = st.run(get("lineage"), {"code": "45-KH/TU", "issuer": "thai binh"}).rows
    assert [(r["source_code"], r["target_code"]) for r in thai_binh] == [("45-KH/TU", "21-KL/TW")]
    # the code as a user may type it: case and spaces do not matter
    assert st.run(get("lineage"), {"code": " 45-kh/ tu", "issuer": "thai binh"}).rows == thai_binh
    down = st.run(get("lineage"), {"code": "21-KL/TW"}).rows
    assert sorted((r["direction"], r["source_code"]) for r in down) == [
        ("down", "122-KH/TU"),
        ("down", "45-KH/TU"),
    ]


def test_named_queries_answer_alike(
    open_backend: Callable[[str], Store], backend: str, reference: Reference
) -> None:
    st = loaded(open_backend, backend)
    for q in all_queries().values():
        sets = param_sets(q)
        if backend == "memory":  # rdflib is slow: no parameters, and all of them at once
            sets = [sets[0], sets[-1]]
        for params in sets:
            known = KNOWN_WRONG.get((backend, q.name), set())
            if (set(params) or {""}) & known:
                continue
            want, got = reference.run(q, params), st.run(q, params)
            where = f"{q.name} {params}"
            assert got.columns == want.columns, where
            assert normalised(q, got.rows) == normalised(q, want.rows), where
            keys = _order_columns(q, want.columns)
            assert [[r[k] for k in keys] for r in got.rows] == [
                [r[k] for k in keys] for r in want.rows
            ], f"order of {where}"


def test_reingest_is_idempotent(open_backend: Callable[[str], Store], backend: str) -> None:
    st = loaded(open_backend, backend)
    before = st.stats()
    chairs = normalised(get("chairs"), st.run(get("chairs"), {}).rows)
    st.replace_articles(articles())
    st.replace_articles(articles()[:2])
    assert st.stats() == before
    assert normalised(get("chairs"), st.run(get("chairs"), {}).rows) == chairs
    assert before == {
        "articles": 5,
        "people": 5,
        "meetings": 4,
        "directives": 5,
        "localities": 5,
        "facts": before["facts"],
        "quads": before["quads"],
    }


def test_changed_article_replaces_its_facts(
    open_backend: Callable[[str], Store], backend: str, reference: Reference
) -> None:
    st = loaded(open_backend, backend)
    items = articles()
    old = items[-1]
    st.replace_articles([changed(old)])
    chairs = {r["person"] for r in st.run(get("chairs"), {}).rows}
    assert "Phạm Thị Hoa" in chairs and "Lê Văn Hiền" not in chairs
    people = {r["person"] for r in st.run(get("people"), {}).rows}
    assert "Lê Văn Hiền" not in people and "Phạm Thị Hoa" in people  # no article supports him now
    ref = open_store("memory://")
    ref.replace_articles([*items[:-1], changed(old)])
    assert st.stats() == ref.stats()
    for name in ("people", "meetings", "overview"):
        q = get(name)
        assert normalised(q, st.run(q, {}).rows) == normalised(q, ref.run(q, {}).rows), name


def test_delete_and_content_hashes(open_backend: Callable[[str], Store], backend: str) -> None:
    st = loaded(open_backend, backend)
    hashes = st.content_hashes(["hp-2022-04-06", "tb-45", "absent"])
    assert set(hashes) == {"hp-2022-04-06", "tb-45"} and all(len(h) == 32 for h in hashes.values())
    st.delete_articles(["hp-2022-04-06"])
    chairs = st.run(get("chairs"), {"person": "tran luu quang"}).rows
    assert [r["reports"] for r in chairs] == [1]  # the other report of the meeting remains
    st.delete_articles([a.id for a, _ in articles()])
    counts = st.stats()
    assert counts["articles"] == counts["people"] == counts["meetings"] == 0
    assert counts["directives"] == counts["facts"] == counts["quads"] == 0


UPDATES = {
    "sparql": [
        "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
        "DELETE WHERE { ?s ?p ?o }",
        "PREFIX x: <urn:x> DROP ALL",
        "CLEAR DEFAULT",
        "SELECT * WHERE { ?s ?p ?o } ; INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    ],
    "cypher": [
        "CREATE (n:X)",
        "MATCH (n) DETACH DELETE n",
        "MERGE (n:Person {iri: 'x'})",
        "MATCH (n:Person) SET n.name = 'x'",
        "MATCH (n) REMOVE n:Person",
        "LOAD CSV FROM 'file:///x.csv' AS row RETURN row",
        "CALL db.createLabel('X')",
    ],
}
READS = {
    "sparql": "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a eg:Person }",
    "cypher": "MATCH (p:Person) RETURN count(DISTINCT p) AS n",
}


def test_console_is_read_only(open_backend: Callable[[str], Store], backend: str) -> None:
    st = loaded(open_backend, backend)
    before = st.stats()
    lang = st.console_language
    assert st.console(READS[lang]).rows == [{"n": before["people"]}]
    for text in UPDATES[lang]:
        with pytest.raises(QueryError, match="refused"):
            st.console(text)
    assert st.stats() == before
