"""Model -> RDF: one article's extraction as N-Quads lines in the article's own named graph.

Pure: no store imports. Every fact node (mention, membership, participation, meeting report, lineage
statement) carries its evidence: eg:start, eg:end, eg:sentence, eg:extractor, prov:wasDerivedFrom the
article. Shared nodes (people, posts, localities, meetings, directives) are described again in every
article graph that mentions them, so replacing one article's graph never removes another's facts.

The statements whose predicate is in ARTICLE_ONLY (a fact's span, sentence and extractor, the
article's text and extractor) belong to one article, are never shared and no query joins on them:
they live in the article's graph alone, not in the store's deduplicated union
(store/sparql_base.py), and queries read them with `GRAPH ?g { … }`.
"""

from __future__ import annotations

import hashlib
from functools import cache, lru_cache

from eventgraph import vocab as v
from eventgraph.model.article import Article
from eventgraph.model.directives import Relation
from eventgraph.model.evidence import Evidence
from eventgraph.model.extraction import ArticleExtraction, DirectiveFact, MeetingFact, PersonFact
from eventgraph.resolve.identity import directive_identity, meeting_key
from eventgraph.resolve.people import PersonKey, people_keys
from eventgraph.store.nquads import date_lit, int_lit, iri, lit
from eventgraph.text import code_key
from eventgraph.text import search_key as _search_key

# The same names recur in every article graph; their keys are cached (Unicode folding is costly).
search_key = lru_cache(maxsize=1 << 16)(_search_key)
_org_iri = lru_cache(maxsize=1 << 14)(v.org_iri)
_post_iri = lru_cache(maxsize=1 << 14)(v.post_iri)
_locality_iri = lru_cache(maxsize=1 << 14)(v.locality_iri)
A = iri(v.RDF + "type")
LABEL = iri(v.RDFS + "label")
#: predicates of statements kept out of the union: a third of its statements (docs/performance.md)
ARTICLE_ONLY = frozenset(iri(v.EG + n) for n in ("start", "end", "sentence", "extractor", "text"))


@cache  # a few dozen predicates, asked for on every quad
def P(ns: str, name: str) -> str:  # upper case: P(v.EG, "chair") reads like a CURIE
    return iri(ns + name)


def content_hash(article: Article, extractor: str) -> str:
    """Changes when the article's text or metadata, or the extractor's version, changes; stored so an
    unchanged article is not extracted and written again."""
    from eventgraph import __version__

    h = hashlib.sha256(f"{article.model_dump_json()}\x1f{extractor}\x1f{__version__}".encode())
    return h.hexdigest()[:32]


class _Graph:
    """Collects the statements of one article graph as `s p o` text: those that also go into the
    union (`triples`) and the article's own (`own`, predicates in ARTICLE_ONLY). The graph is
    appended at the end, so the union's statements are never parsed back."""

    def __init__(self, article_id: str) -> None:
        self.g = iri(v.graph_iri(article_id))
        self.article = iri(v.article_iri(article_id))
        self.triples: list[str] = []
        self.own: list[str] = []
        self.people: dict[str, PersonKey] = {}

    def add(self, s: str, p: str, o: str) -> None:
        self.triples.append(f"{s} {p} {o}")

    def add_own(self, s: str, p: str, o: str) -> None:
        self.own.append(f"{s} {p} {o}")

    def evidence(self, node: str, ev: Evidence | None) -> None:
        self.add(node, P(v.PROV, "wasDerivedFrom"), self.article)
        if ev is None:
            return
        self.add_own(node, P(v.EG, "start"), int_lit(ev.start))
        self.add_own(node, P(v.EG, "end"), int_lit(ev.end))
        self.add_own(node, P(v.EG, "sentence"), lit(ev.sentence))
        self.add_own(node, P(v.EG, "extractor"), lit(ev.extractor))

    def day(self, node: str, pred: str, day) -> None:  # type: ignore[no-untyped-def]
        d = iri(v.date_iri(day.isoformat()))
        self.add(node, pred, d)
        self.add(d, A, P(v.TIME, "Instant"))
        self.add(d, P(v.TIME, "inXSDDate"), date_lit(day))


def article_quads(article: Article, ex: ArticleExtraction) -> list[str]:
    """Every quad of the article's named graph."""
    graph, triples = article_triples(article, ex)
    tail = f" {graph} .\n"
    return [t + tail for t in triples]


def article_triples(article: Article, ex: ArticleExtraction) -> tuple[str, list[str]]:
    """The article's graph (an IRI term) and its statements as `s p o` text, terms serialised."""
    graph, shared, own = article_statements(article, ex)
    return graph, shared + own


def article_statements(article: Article, ex: ArticleExtraction) -> tuple[str, list[str], list[str]]:
    """The article's graph (an IRI term), its statements that also go into the union, and its own
    (predicates in ARTICLE_ONLY), as `s p o` text with terms serialised."""
    g = _Graph(article.id)
    _article(g, article, ex)
    locs = {loc.name: _locality(g, loc.name, loc.level, loc.province) for loc in ex.localities}
    for loc, node in zip(ex.localities, locs.values(), strict=False):
        m = iri(v.node_iri("mention", article.id, "locality", loc.name))
        g.add(m, A, P(v.EG, "Mention"))
        g.add(m, P(v.EG, "mentions"), node)
        g.evidence(m, loc.evidence)
        g.add(g.article, P(v.EG, "mentionsLocality"), node)
    published = ex.published or article.published
    g.people = people_keys(ex)
    for person in ex.people:
        _person(g, article.id, person, published)
    dirs = _directives(g, article.id, ex)
    for meeting in ex.meetings:
        _meeting(g, article.id, meeting, ex, locs, dirs)
    return g.g, g.triples, g.own


def _article(g: _Graph, article: Article, ex: ArticleExtraction) -> None:
    a = g.article
    g.add(g.g, A, P(v.EG, "ArticleGraph"))
    g.add(g.g, P(v.PROV, "wasDerivedFrom"), a)
    g.add(a, A, P(v.EG, "Article"))
    g.add(a, P(v.EG, "articleId"), lit(article.id))
    g.add_own(a, P(v.EG, "text"), lit(article.text))
    g.add(a, P(v.EG, "contentHash"), lit(content_hash(article, ex.extractor)))
    g.add_own(a, P(v.EG, "extractor"), lit(ex.extractor))
    if article.title:
        g.add(a, P(v.DCT, "title"), lit(article.title))
    if article.url:
        g.add(a, P(v.EG, "url"), lit(article.url))
    if article.outlet:
        g.add(a, P(v.EG, "outlet"), lit(article.outlet))
    for author in dict.fromkeys([*article.authors, *ex.authors]):
        g.add(a, P(v.DCT, "creator"), lit(author))
    if ex.published or article.published:
        g.day(a, P(v.DCT, "date"), ex.published or article.published)
    if ex.locality:
        g.add(a, P(v.EG, "locality"), _locality(g, ex.locality, "province", None))


def display_name(name: str, level: str) -> str:
    """One label per locality node however the text wrote it ("NGHỆ AN", "Nghệ An", "TP.HCM")."""
    if level == "province":
        from eventgraph.extract.vi.gazetteer import Gazetteer

        canonical = Gazetteer.default().canonical_province_name(name)
        if canonical:
            return canonical
    return name.title() if name.isupper() and len(name) > 3 else name


def _locality(g: _Graph, name: str, level: str, province: str | None) -> str:
    name = display_name(name, level)
    province = display_name(province, "province") if province else None
    node = iri(_locality_iri(name, level, province))
    g.add(node, A, P(v.EG, "Locality"))
    g.add(node, LABEL, lit(name))
    g.add(node, P(v.EG, "level"), lit(level))
    g.add(node, P(v.EG, "searchKey"), lit(search_key(name)))
    if province and level not in ("province", "country"):
        prov = _locality(g, province, "province", None)
        g.add(node, P(v.EG, "inProvince"), prov)
    return node


def _org(g: _Graph, name: str) -> str:
    node = iri(_org_iri(name))
    g.add(node, A, P(v.ORG, "Organization"))
    g.add(node, LABEL, lit(name))
    g.add(node, P(v.EG, "searchKey"), lit(search_key(name)))
    return node


def _person_node(g: _Graph, name: str) -> str:
    key = g.people.get(name) or PersonKey(name, "unknown", "none")
    node = iri(v.person_iri(key.slug()))
    g.add(node, A, P(v.EG, "Person"))
    g.add(node, LABEL, lit(name))
    g.add(node, P(v.EG, "searchKey"), lit(search_key(name)))
    g.add(node, P(v.EG, "scope"), lit(key.scope))
    return node


def _person(g: _Graph, aid: str, person: PersonFact, published) -> None:  # type: ignore[no-untyped-def]
    node = _person_node(g, person.name)
    g.add(g.article, P(v.EG, "mentionsPerson"), node)
    for ev in person.evidence[:1]:
        m = iri(v.node_iri("mention", aid, "person", person.name))
        g.add(m, A, P(v.EG, "Mention"))
        g.add(m, P(v.EG, "mentions"), node)
        # the resolver's decision and its evidence: why this mention is this person node
        g.add(m, P(v.EG, "resolvedBy"), lit(g.people[person.name].rule))
        g.evidence(m, ev)
    for pos in person.positions:
        post = iri(_post_iri(pos.display))
        g.add(post, A, P(v.ORG, "Post"))
        g.add(post, LABEL, lit(pos.display))
        g.add(node, P(v.ORG, "holds"), post)
        ms = iri(v.node_iri("membership", aid, person.name, pos.display))
        g.add(ms, A, P(v.ORG, "Membership"))
        g.add(ms, P(v.ORG, "member"), node)
        g.add(ms, P(v.EG, "post"), post)
        g.add(ms, P(v.EG, "title"), lit(pos.title))
        g.add(ms, P(v.EG, "status"), lit(pos.status.value))
        if pos.role:
            role = iri(v.role_iri(pos.role))
            g.add(role, A, P(v.ORG, "Role"))
            g.add(role, LABEL, lit(pos.role))
            g.add(post, P(v.ORG, "role"), role)
            g.add(ms, P(v.ORG, "role"), role)
        if pos.organization:
            org = _org(g, pos.organization)
            g.add(post, P(v.ORG, "postIn"), org)
            g.add(ms, P(v.ORG, "organization"), org)
        if published:
            g.day(ms, P(v.TIME, "hasTime"), published)
        g.evidence(ms, pos.evidence)


def _directives(g: _Graph, aid: str, ex: ArticleExtraction) -> dict[str, str]:
    """Directive nodes by code (as written) and the lineage statements between them."""
    facts = {d.code: d for d in ex.directives}
    published = ex.published
    nodes: dict[str, str] = {}

    def node_for(d: DirectiveFact) -> str:
        if d.code not in nodes:
            did = directive_identity(d, ex.locality, published)
            nodes[d.code] = _directive(g, aid, d, did)
        return nodes[d.code]

    for d in ex.directives:
        node_for(d)
    for d in ex.directives:
        for rel in Relation:
            for target in getattr(d, rel.value):
                t = node_for(facts.get(target) or DirectiveFact(code=target))
                _lineage(g, aid, nodes[d.code], rel, t, d)
    return nodes


def _directive(g: _Graph, aid: str, d: DirectiveFact, did) -> str:  # type: ignore[no-untyped-def]
    node = iri(v.directive_iri(did.key()))
    g.add(node, A, P(v.EG, "Directive"))
    g.add(node, A, P(v.ELI, "LegalResource"))
    g.add(node, P(v.EG, "code"), lit(d.code))
    g.add(node, P(v.EG, "codeKey"), lit(code_key(d.code)))
    g.add(node, P(v.EG, "number"), lit(did.number))
    g.add(node, P(v.EG, "issuerKey"), lit(search_key(did.issuer or "")))
    if did.period:
        g.add(node, P(v.EG, "period"), lit(did.period))
    if d.kind:
        g.add(node, P(v.EG, "kind"), lit(d.kind))
    if d.date:
        g.add(node, P(v.ELI, "date_document"), date_lit(d.date))
    if d.issuer:
        g.add(node, P(v.ELI, "passed_by"), _org(g, d.issuer))
    if d.subject:
        g.add(node, P(v.EG, "subject"), lit(d.subject))
    g.add(g.article, P(v.EG, "mentionsDirective"), node)
    if d.evidence:
        m = iri(v.node_iri("mention", aid, "directive", d.code))
        g.add(m, A, P(v.EG, "Mention"))
        g.add(m, P(v.EG, "mentions"), node)
        g.evidence(m, d.evidence)
    return node


_REL_PRED = {Relation.IMPLEMENTS: (v.ELI, "implements"), Relation.BASED_ON: (v.ELI, "based_on"),
             Relation.AMENDS: (v.ELI, "amends"), Relation.REPLACES: (v.EG, "replaces")}


def _lineage(g: _Graph, aid: str, src: str, rel: Relation, tgt: str, d: DirectiveFact) -> None:
    g.add(src, P(*_REL_PRED[rel]), tgt)
    st = iri(v.node_iri("lineage", aid, src, rel.value, tgt))
    g.add(st, A, P(v.EG, "LineageStatement"))
    g.add(st, P(v.EG, "source"), src)
    g.add(st, P(v.EG, "target"), tgt)
    g.add(st, P(v.EG, "relation"), lit(rel.value))
    g.evidence(st, d.evidence)


def _meeting(g: _Graph, aid: str, m: MeetingFact, ex: ArticleExtraction,
             locs: dict[str, str], dirs: dict[str, str]) -> None:
    key = meeting_key(m, aid, ex.locality)
    node = iri(v.meeting_iri(key))
    g.add(node, A, P(v.EG, "Meeting"))
    g.add(node, LABEL, lit(m.name))
    g.add(node, P(v.EG, "kind"), lit(m.kind))
    if m.date and not m.date_inferred:  # a likely year is the report's reading, not a fact
        g.day(node, P(v.TIME, "hasTime"), m.date)
    place = m.locality or ex.locality
    if place:
        g.add(node, P(v.EG, "locality"), locs.get(place) or _locality(g, place, "province", None))
    for org in m.organizers:
        g.add(node, P(v.EG, "organizer"), _org(g, org))
    for code in m.directives:
        if code in dirs:
            g.add(node, P(v.EG, "about"), dirs[code])
    if m.bridge_points is not None:
        g.add(node, P(v.EG, "bridgePoints"), int_lit(m.bridge_points))
    report = iri(v.node_iri("report", aid, key))
    g.add(report, A, P(v.EG, "MeetingReport"))
    g.add(report, P(v.EG, "meeting"), node)
    if m.date and m.date_inferred:
        g.add(report, P(v.EG, "inferredDate"), date_lit(m.date))
    g.evidence(report, m.evidence)
    for part in m.participants:
        person = _person_node(g, part.name)
        g.add(node, P(v.EG, part.role.value.replace("-", "_")), person)
        pa = iri(v.node_iri("participation", aid, key, part.name, part.role.value))
        g.add(pa, A, P(v.EG, "Participation"))
        g.add(pa, P(v.EG, "meeting"), node)
        g.add(pa, P(v.EG, "participant"), person)
        g.add(pa, P(v.EG, "role"), lit(part.role.value))
        g.evidence(pa, part.evidence or m.evidence)
