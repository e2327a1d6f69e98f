"""The property graph as files Neo4j loads: neo4j-admin CSV (typed headers) and a Cypher script.

`write_csv` writes one nodes file per label set and one relationships file per type, in the format
of `neo4j-admin database import full` (`iri:ID`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`, typed
columns such as `start:int`, `date:date`, `articles:string[]`), plus `load.cypher`, the same load
with LOAD CSV for a server the files were copied into (its import folder), and `schema.cypher`,
the constraints and indexes to create after a neo4j-admin import (which creates none).
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from eventgraph.export.property_graph import PropertyGraph
from eventgraph.store import neo4j_cypher as cy

ARRAY_SEP = ";"
_CASTS = {
    "int": "toInteger({})",
    "float": "toFloat({})",
    "boolean": "toBoolean({})",
    "date": "date({})",
    "string[]": f"split({{}}, '{ARRAY_SEP}')",
    "string": "{}",
}


def kind(value: Any) -> str:
    """The neo4j-admin header type of a value."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "float"
    if isinstance(value, dt.date):
        return "date"
    if isinstance(value, list):
        return "string[]"
    return "string"


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        return ARRAY_SEP.join(str(x) for x in value)
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _columns(rows: Iterable[dict[str, Any]]) -> dict[str, str]:
    cols: dict[str, str] = {}
    for r in rows:
        for k, v in r.items():
            if v is not None and k not in cols:
                cols[k] = kind(v)
    return cols


def _safe(name: str) -> str:
    return re.sub(r"\W", "_", name)


def write_csv(pg: PropertyGraph, folder: Path) -> list[Path]:
    """Write the CSV files and load.cypher into `folder`; returns the CSV files."""
    folder.mkdir(parents=True, exist_ok=True)
    groups: dict[tuple[str, ...], list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    for iri, (labels, props) in pg.nodes.items():
        groups[tuple(sorted(labels))].append((iri, props))
    files, loads = [], []
    for label_set, members in sorted(groups.items()):
        cols = _columns(p for _, p in members)
        path = folder / f"nodes-{_safe('-'.join(label_set) or 'Resource')}.csv"
        header = ["iri:ID", ":LABEL", *(f"{c}:{t}" for c, t in cols.items())]
        rows = (
            [iri, ARRAY_SEP.join(["Resource", *label_set]), *(_cell(p.get(c)) for c in cols)]
            for iri, p in members
        )
        files.append(_write(path, header, rows))
        loads.append(_load_nodes(path.name, label_set, cols))
    rels: dict[str, list[tuple[str, str, dict[str, Any]]]] = defaultdict(list)
    for s, rel, o, props in pg.relationships():
        rels[rel].append((s, o, props))
    for rel, rel_rows in sorted(rels.items()):
        cols = _columns(p for _, _, p in rel_rows)
        path = folder / f"relationships-{_safe(rel)}.csv"
        header = [":START_ID", ":END_ID", ":TYPE", *(f"{c}:{t}" for c, t in cols.items())]
        rows = ([s, o, rel, *(_cell(p.get(c)) for c in cols)] for s, o, p in rel_rows)
        files.append(_write(path, header, rows))
        loads.append(_load_rels(path.name, rel, cols))
    (folder / "schema.cypher").write_text("".join(s + ";\n" for s in cy.SCHEMA), encoding="utf-8")
    (folder / "load.cypher").write_text(
        "\n".join([*(s + ";" for s in cy.SCHEMA), *loads]) + "\n", encoding="utf-8"
    )
    return files


def _write(path: Path, header: list[str], rows: Iterable[list[Any]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
    return path


def _sets(var: str, cols: dict[str, str]) -> str:
    return ", ".join(
        f"{var}.`{c}` = " + _CASTS[t].format(f"row.`{c}:{t}`") for c, t in cols.items()
    )


def _load_nodes(name: str, labels: tuple[str, ...], cols: dict[str, str]) -> str:
    label_set = "".join(f":`{x}`" for x in labels)
    sets = ", ".join(filter(None, [f"n{label_set}" if labels else "", _sets("n", cols)]))
    return (
        f"LOAD CSV WITH HEADERS FROM $folder + '/{name}' AS row CALL (row) {{ "
        f"MERGE (n:Resource {{iri: row.`iri:ID`}}) {'SET ' + sets if sets else ''} }} "
        "IN TRANSACTIONS OF 2000 ROWS;"
    )


def _load_rels(name: str, rel: str, cols: dict[str, str]) -> str:
    sets = _sets("x", cols)
    return (
        f"LOAD CSV WITH HEADERS FROM $folder + '/{name}' AS row CALL (row) {{ "
        "MATCH (s:Resource {iri: row.`:START_ID`}) MATCH (o:Resource {iri: row.`:END_ID`}) "
        f"CREATE (s)-[x:`{rel}`]->(o) {'SET ' + sets if sets else ''} }} "
        "IN TRANSACTIONS OF 2000 ROWS;"
    )


def literal(value: Any) -> str:
    """A Python value as a Cypher literal (for the script; parameters are used everywhere else)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, dt.date):
        return f"date('{value.isoformat()}')"
    if isinstance(value, list):
        return "[" + ", ".join(literal(x) for x in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"`{k}`: {literal(v)}" for k, v in value.items()) + "}"
    return "'" + str(value).replace("\\", "\\\\").replace("'", "\\'") + "'"


def write_cypher(pg: PropertyGraph, out: IO[str], chunk: int = 500) -> None:
    """A Cypher script that builds the same graph: schema, then UNWIND of literal rows."""
    for stmt in cy.SCHEMA:
        out.write(stmt + ";\n")
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for iri, (labels, props) in pg.nodes.items():
        groups[tuple(sorted(labels))].append({"iri": iri, "props": props})
    for label_set, rows in groups.items():
        _unwind(out, cy.merge_nodes(label_set), rows, chunk)
    rels: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for s, rel, o, props in pg.relationships():
        rels[rel].append({"s": s, "o": o, "props": props})
    for rel, rows in rels.items():
        _unwind(out, cy.create_facts(rel), rows, chunk)


def _unwind(out: IO[str], template: str, rows: list[dict[str, Any]], chunk: int) -> None:
    for i in range(0, len(rows), chunk):
        out.write(template.replace("$rows", literal(rows[i : i + chunk]), 1) + ";\n")
