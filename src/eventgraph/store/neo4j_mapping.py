"""RDF article graph ⇄ property graph: the Neo4j shape of exactly the facts `rdf.py` writes.

The property graph is read off each article's named graph, so the two worlds cannot disagree: node
keys are the same IRIs (built by `vocab` from the identity functions), and what an RDF import or a
copy brings in maps the same way as an ingest. Pure: no driver here.

- Entity nodes (`:Resource` plus `:Person`, `:Post`, `:Organization`, `:Locality`, `:Meeting`,
  `:Directive`, `:Article`, …) keyed by `iri`, literal properties by readable names (`name`,
  `search_key`, `code`, …), dates as Neo4j dates. `(:Article)-[:DESCRIBES]->(n)` records which
  articles describe a node; a node no article describes is removed.
- Fact nodes become relationships carrying their evidence (`iri`, `article_id`, `start`, `end`,
  `sentence`, `extractor`): `(:Person)-[:PARTICIPATED {role}]->(:Meeting)`, `(:Person)-[:HELD
  {title, status, date}]->(:Post)`, `(:Directive)-[:IMPLEMENTS]->(:Directive)` (and BASED_ON,
  AMENDS, REPLACES), `(:Article)-[:REPORTS]->(:Meeting)`, `(:Article)-[:MENTIONS]->(n)`.
- Other links (`IN_LOCALITY`, `PASSED_BY`, `ABOUT`, …) carry `articles`, the ids that state them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox

from eventgraph import vocab as v

RDF_TYPE = v.RDF + "type"
DERIVED_FROM = v.PROV + "wasDerivedFrom"
DATE_PREFIX = v.ID + "date/"
_SKIPPED_TYPES = {v.EG + "ArticleGraph", v.TIME + "Instant"}  # rebuilt from the article and dates

LABELS = {
    v.EG + "Article": "Article",
    v.EG + "Person": "Person",
    v.ORG + "Post": "Post",
    v.ORG + "Role": "Role",
    v.ORG + "Organization": "Organization",
    v.EG + "Locality": "Locality",
    v.EG + "Meeting": "Meeting",
    v.EG + "Directive": "Directive",
    v.ELI + "LegalResource": "LegalResource",
}
TYPES = {label: t for t, label in LABELS.items()}

# fact class -> (relationship type, or None when eg:relation names it; source and target predicates)
FACTS = {
    v.EG + "Participation": ("PARTICIPATED", v.EG + "participant", v.EG + "meeting"),
    v.ORG + "Membership": ("HELD", v.ORG + "member", v.EG + "post"),
    v.EG + "LineageStatement": (None, v.EG + "source", v.EG + "target"),
    v.EG + "MeetingReport": ("REPORTS", DERIVED_FROM, v.EG + "meeting"),
    v.EG + "Mention": ("MENTIONS", DERIVED_FROM, v.EG + "mentions"),
}
FACT_TYPES = {rel: cls for cls, (rel, _, _) in FACTS.items() if rel}
RELATIONS = {
    "implements": v.ELI + "implements",
    "based_on": v.ELI + "based_on",
    "amends": v.ELI + "amends",
    "replaces": v.EG + "replaces",
}
# Triples that restate a fact node (`?meeting eg:chair ?person` for a chair's participation): not
# stored twice, written again from the fact when dumping.
_DERIVED = {
    v.ORG + "holds",
    *RELATIONS.values(),
    *(v.EG + r for r in ("chair", "co_chair", "attendee", "speaker")),
}

LINKS = {
    v.EG + "locality": "IN_LOCALITY",
    v.EG + "inProvince": "IN_PROVINCE",
    v.ORG + "role": "HAS_ROLE",
    v.ORG + "postIn": "POST_IN",
    v.ELI + "passed_by": "PASSED_BY",
    v.EG + "organizer": "ORGANIZED_BY",
    v.EG + "about": "ABOUT",
    v.EG + "mentionsPerson": "MENTIONS_PERSON",
    v.EG + "mentionsLocality": "MENTIONS_LOCALITY",
    v.EG + "mentionsDirective": "MENTIONS_DIRECTIVE",
}
LINK_PREDICATES = {t: p for p, t in LINKS.items()}
RDF_QUADS = "rdf_quads"  # on :Article, the size of its RDF graph; not itself a fact
GENERIC_LINK = "LINK"  # any other IRI-valued predicate, with its IRI in `predicate`

ALIASES = {
    v.RDFS + "label": "name",
    v.EG + "articleId": "id",
    v.DCT + "title": "title",
    v.DCT + "creator": "creators",
    v.DCT + "date": "date",
    v.TIME + "hasTime": "date",
    v.ELI + "date_document": "document_date",
    v.ORG + "role": "org_role",
    v.ORG + "organization": "organization",
}
_REV_ALIASES = {name: p for p, name in ALIASES.items()}
_PREFIX_OF = {ns: prefix for prefix, ns in v.PREFIXES.items()}


def prop_name(pred: str) -> str:
    """The property name of a predicate: an alias, eg:fooBar -> foo_bar, else prefix__local."""
    if pred in ALIASES:
        return ALIASES[pred]
    ns, local = _split(pred)
    if ns == v.EG:
        return re.sub(r"(?<!^)([A-Z])", r"_\1", local).lower()
    return f"{_PREFIX_OF.get(ns, 'x')}__{local}"


def predicate_of(name: str, holder: frozenset[str] | set[str] = frozenset()) -> str:
    """The predicate IRI of property `name` (the inverse of `prop_name`)."""
    if name == "date":  # the same name on articles (dct:date) and on meetings and posts held
        return v.DCT + "date" if "Article" in holder else v.TIME + "hasTime"
    if name == "title":
        return v.DCT + "title" if "Article" in holder else v.EG + "title"
    if name in _REV_ALIASES:
        return _REV_ALIASES[name]
    if "__" in name:
        prefix, local = name.split("__", 1)
        return v.PREFIXES[prefix] + local
    head, *rest = name.split("_")
    return v.EG + head + "".join(w.capitalize() for w in rest)


def _split(iri: str) -> tuple[str, str]:
    for ns in sorted(_PREFIX_OF, key=len, reverse=True):
        if iri.startswith(ns):
            return ns, iri[len(ns) :]
    cut = max(iri.rfind("#"), iri.rfind("/")) + 1
    return iri[:cut], iri[cut:]


def py_value(term: ox.Literal) -> Any:
    """A literal as the Python value the driver stores: int, float, bool, date or str."""
    dtype = term.datatype.value if term.datatype else ""
    if dtype == v.XSD + "integer":
        return int(term.value)
    if dtype == v.XSD + "date":
        return dt.date.fromisoformat(term.value[:10])
    if dtype in (v.XSD + "double", v.XSD + "decimal"):
        return float(term.value)
    if dtype == v.XSD + "boolean":
        return term.value == "true"
    return term.value


@dataclass
class Batch:
    """Rows for one write: nodes by label set, DESCRIBES pairs, links and facts by type."""

    article_ids: list[str] = field(default_factory=list)
    nodes: dict[tuple[str, ...], list[dict[str, Any]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    describes: list[dict[str, str]] = field(default_factory=list)
    links: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    facts: dict[str, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))

    def size(self) -> int:
        """How many rows (nodes, links and facts) the batch writes."""
        return (
            sum(map(len, self.nodes.values()))
            + len(self.describes)
            + sum(map(len, self.links.values()))
            + sum(map(len, self.facts.values()))
        )


def batch_from_nquads(data: bytes | str, batch: Batch | None = None) -> Batch:
    """Map N-Quads (any number of article graphs) to property-graph rows."""
    graphs: dict[str, list[ox.Quad]] = defaultdict(list)
    for q in ox.parse(
        data.encode() if isinstance(data, str) else data, format=ox.RdfFormat.N_QUADS
    ):
        if isinstance(q.graph_name, ox.NamedNode):
            graphs[q.graph_name.value].append(q)
    batch = batch or Batch()
    for g, quads in graphs.items():
        aid = v.article_id_of_graph(g)
        if g == v.graph_iri(aid):  # article graphs only: judgements stay in the RDF stores
            add_graph(batch, aid, quads)
    return batch


def add_graph(batch: Batch, aid: str, quads: list[ox.Quad]) -> None:
    """Add the rows of one article graph to `batch`."""
    batch.article_ids.append(aid)
    article = v.article_iri(aid)
    by_subject: dict[str, list[tuple[str, Any]]] = defaultdict(list)
    types: dict[str, set[str]] = defaultdict(set)
    for q in quads:
        s, p, o = str(q.subject.value), q.predicate.value, q.object  # type: ignore[union-attr]
        if p == RDF_TYPE:
            types[s].add(o.value)  # type: ignore[union-attr]
        else:
            by_subject[s].append((p, o))
    size = len({str(q) for q in quads})  # the graph's distinct quads, for the `stats` query
    objects = {
        o.value for pairs in by_subject.values() for _, o in pairs if isinstance(o, ox.NamedNode)
    }
    for s in set(types) | set(by_subject) | objects:
        kinds = types.get(s, set())
        if kinds & _SKIPPED_TYPES or s.startswith(DATE_PREFIX):
            continue
        fact = next((FACTS[k] for k in kinds if k in FACTS), None)
        if fact:
            _fact(batch, aid, s, fact, by_subject.get(s, []))
        else:
            _entity(batch, aid, article, s, kinds, by_subject.get(s, []))
            if s == article:
                batch.nodes[_labels(kinds)][-1]["props"][RDF_QUADS] = size


def _labels(kinds: set[str]) -> tuple[str, ...]:
    return tuple(sorted(LABELS.get(k) or re.sub(r"\W", "_", _split(k)[1]) for k in kinds))


def _entity(
    batch: Batch, aid: str, article: str, s: str, kinds: set[str], pairs: list[tuple[str, Any]]
) -> None:
    labels = _labels(kinds)
    props: dict[str, Any] = {}
    for p, o in pairs:
        if isinstance(o, ox.Literal) or o.value.startswith(DATE_PREFIX):
            value = (
                py_value(o) if isinstance(o, ox.Literal) else dt.date.fromisoformat(o.value[-10:])
            )
            name = prop_name(p)
            # a second value in the same graph (several authors) makes the property a list
            old = props.get(name)
            values = [] if old is None else old if isinstance(old, list) else [old]
            if value not in values:
                props[name] = value if not values else [*values, value]
        elif p not in _DERIVED:
            row = {"s": s, "o": o.value, "aid": aid}
            if p in LINKS:
                batch.links[LINKS[p]].append(row)
            else:
                batch.links[GENERIC_LINK].append({**row, "predicate": p})
    batch.nodes[labels].append({"iri": s, "props": props})
    if s != article:
        batch.describes.append({"a": article, "n": s})


def _fact(
    batch: Batch, aid: str, s: str, fact: tuple[str | None, str, str], pairs: list[tuple[str, Any]]
) -> None:
    rel, src_pred, dst_pred = fact
    row: dict[str, Any] = {"iri": s, "article_id": aid}
    ends: dict[str, str] = {}
    for p, o in pairs:
        if p in (src_pred, dst_pred) and isinstance(o, ox.NamedNode):
            ends[p] = o.value
        elif p == DERIVED_FROM:
            continue
        elif isinstance(o, ox.Literal):
            row[prop_name(p)] = py_value(o)
        elif o.value.startswith(DATE_PREFIX):
            row[prop_name(p)] = dt.date.fromisoformat(o.value[-10:])
        else:
            row[prop_name(p) + "_iri"] = o.value
    if src_pred == DERIVED_FROM:
        ends[src_pred] = v.article_iri(aid)
    if src_pred not in ends or dst_pred not in ends:
        return  # a fact without both ends states nothing the property graph can hold
    rel = rel or str(row.get("relation", "related")).upper()
    batch.facts[rel].append({"s": ends[src_pred], "o": ends[dst_pred], "props": row})
