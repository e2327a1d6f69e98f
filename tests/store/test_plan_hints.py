"""The `# oxigraph: lateral` plan hint: OPTIONAL groups become per-row LATERAL groups on Oxigraph
only, sub-selects and strings are left alone, and the answers do not change (the contract suite
compares the hinted queries on Oxigraph with the plain text on rdflib and Virtuoso)."""

from __future__ import annotations

from eventgraph.queries import all_queries, get
from eventgraph.store.sparql_base import lateral_groups


def test_optional_groups_are_wrapped_and_nothing_else() -> None:
    text = ('SELECT * WHERE { ?a <p> ?b . OPTIONAL { ?a <q> "x } OPTIONAL {" . '
            "OPTIONAL { ?a <r> ?c } } OPTIONAL { SELECT ?a WHERE { ?a <s> ?d } } }")
    assert lateral_groups(text) == (
        'SELECT * WHERE { ?a <p> ?b . LATERAL { OPTIONAL { ?a <q> "x } OPTIONAL {" . '
        "LATERAL { OPTIONAL { ?a <r> ?c } } } } OPTIONAL { SELECT ?a WHERE { ?a <s> ?d } } }"
    )


def test_union_chains_are_wrapped_whole() -> None:
    text = "WHERE { ?a <p> ?b . { ?a <x> ?c } UNION { ?a <y> ?c } UNION { ?a <z> ?c } ?c <w> ?d }"
    assert lateral_groups(text) == (
        "WHERE { ?a <p> ?b . LATERAL { { ?a <x> ?c } UNION { ?a <y> ?c } UNION { ?a <z> ?c } } "
        "?c <w> ?d }"
    )


def test_hints_are_read_from_the_header_and_kept_out_of_the_metadata() -> None:
    chairs = get("chairs")
    assert chairs.hints == {"oxigraph": "lateral"}
    assert chairs.title == "Who chaired which meetings"
    assert all(set(q.hints) <= {"oxigraph"} for q in all_queries().values())


def test_only_oxigraph_rewrites(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from eventgraph.store import open_store

    chairs = get("chairs")
    with open_store(f"oxigraph://{tmp_path / 's'}") as ox:
        assert "LATERAL" in ox._planned(chairs, chairs.sparql)  # type: ignore[attr-defined]
    mem = open_store("memory://")
    assert mem._planned(chairs, chairs.sparql) == chairs.sparql  # type: ignore[attr-defined]


def test_a_code_parameter_is_bound_as_the_stored_code_key() -> None:
    # normalised in Python, so the query can look the key up as a constant (see queries/__init__.py)
    lineage = get("lineage")
    assert [p.name for p in lineage.params if p.code] == ["code"]
    assert lineage.bind({"code": " 122-kh/ tu "})["in_code"] == "122-KH/TU"
    assert lineage.bind({"issuer": "Hải Phòng"})["in_issuer"] == "hai phong"  # search keys unchanged


def test_a_server_that_names_itself_oxigraph_gets_the_hints_and_virtuoso_does_not(
    oxigraph_server, virtuoso_server  # type: ignore[no-untyped-def]
) -> None:
    from eventgraph.store import open_store

    lineage = get("lineage")
    on_oxigraph = open_store(oxigraph_server.url)
    assert "LATERAL" in on_oxigraph._planned(lineage, lineage.sparql)  # type: ignore[attr-defined]
    on_virtuoso = open_store(virtuoso_server.url, auth=virtuoso_server.auth)
    assert on_virtuoso._planned(lineage, lineage.sparql) == lineage.sparql  # type: ignore[attr-defined]
