"""Named queries are files: NAME.rq (SPARQL) and NAME.cypher (Cypher twin) side by side.

The header of the .rq file describes the query (as datasette's stored queries do):

    # title: Who chaired which meetings
    # description: One row per chair and meeting, newest first.
    # param person: str = "" | part of the chair's name, with or without diacritics (search)

A parameter NAME is the variable ?in_NAME in the query body (so it never collides with a result
column), bound by the engine. A `(search)` flag
turns the user's value into the diacritics-free key stored as eg:searchKey, a `(code)` flag into a
document code's key as stored in eg:codeKey ("122-kh/ tu" -> "122-KH/TU"). Normalising here rather
than in the query lets a pattern take the value as a constant (`?d eg:codeKey ?in_code`), which
Oxigraph looks up in its index; the same key computed by a BIND in the query is joined against every
code in the store (`lineage` for one plan on 100,000 articles: 0.7 s, against ~1 ms for the lookup).

    # oxigraph: lateral

is a plan hint for Oxigraph: its OPTIONAL groups are run per row (SEP-0006 `LATERAL`) instead of over
the whole store and joined — same answers, 30-90x faster for attributes of a few rows found by a
search (`chairs` for one person on 10,000 articles: 7.6-25 s -> 0.26 s). The text stays standard
SPARQL 1.1 for every other engine.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from eventgraph.exc import QueryError
from eventgraph.text import code_key, search_key

QUERY_DIR = Path(__file__).parent
ENGINE_HINTS = {"oxigraph"}
_PARAM = re.compile(r"^#\s*param\s+(\w+)\s*:\s*(str|int)\s*=\s*(\S*)\s*\|\s*(.*?)\s*(?:\((search|code)\))?\s*$")


class Param(BaseModel):
    """One parameter: name, type, default, description, and whether it is a search or code key."""

    name: str
    type: str = "str"
    default: str | int = ""
    description: str = ""
    search: bool = False
    code: bool = False


class NamedQuery(BaseModel):
    """A stored query: its SPARQL text, its Cypher twin when there is one, and its parameters."""

    name: str
    title: str
    description: str = ""
    params: list[Param] = []
    sparql: str
    cypher: str | None = None
    hints: dict[str, str] = {}  # engine -> plan hint, from `# oxigraph: lateral` lines

    def bind(self, values: dict[str, Any]) -> dict[str, Any]:
        """Every parameter as its query variable (`in_NAME`) with a value (given or default), typed and
        normalised; unknown parameters are refused."""
        unknown = set(values) - {p.name for p in self.params}
        if unknown:
            known = ", ".join(p.name for p in self.params) or "none"
            raise QueryError(f"query {self.name!r} has no parameter {sorted(unknown)[0]!r} (known: {known})")
        out: dict[str, Any] = {}
        for p in self.params:
            raw = values.get(p.name, p.default)
            raw = "" if raw is None else raw
            if p.type == "int":
                try:
                    out[f"in_{p.name}"] = int(raw)
                except (TypeError, ValueError):
                    raise QueryError(f"parameter {p.name!r} must be a whole number, not {raw!r}") from None
            else:
                text = str(raw)
                out[f"in_{p.name}"] = search_key(text) if p.search else code_key(text) if p.code else text.strip()
        return out


def _parse(path: Path) -> NamedQuery:
    text = path.read_text(encoding="utf-8")
    meta: dict[str, str] = {}
    hints: dict[str, str] = {}
    params: list[Param] = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        m = _PARAM.match(line)
        if m:
            name, typ, default, desc, flag = m.groups()
            dflt: str | int = default.strip('"') if typ == "str" else int(default or 0)
            params.append(Param(name=name, type=typ, default=dflt, description=desc,
                                search=flag == "search", code=flag == "code"))
        elif ":" in line:
            key, _, val = line[1:].partition(":")
            if key.strip() in ENGINE_HINTS:
                hints[key.strip()] = val.strip()
            else:
                meta[key.strip()] = val.strip()
    cypher_path = path.with_suffix(".cypher")
    cypher = cypher_path.read_text(encoding="utf-8") if cypher_path.exists() else None
    return NamedQuery(name=path.stem, title=meta.get("title", path.stem), description=meta.get(
        "description", ""), params=params, sparql=text, cypher=cypher, hints=hints)


@cache
def all_queries() -> dict[str, NamedQuery]:
    """Every named query shipped with eventgraph, by name."""
    return {p.stem: _parse(p) for p in sorted(QUERY_DIR.glob("*.rq"))}


def get(name: str) -> NamedQuery:
    """The named query `name`, or a QueryError listing the known ones."""
    try:
        return all_queries()[name]
    except KeyError:
        raise QueryError(f"no query named {name!r}; known: {', '.join(all_queries())}") from None
