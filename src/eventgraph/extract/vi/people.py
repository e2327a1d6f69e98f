"""The people of an article and the titles it gives them (component `eventgraph.people.v1`).

Each sentence is read by `mentions.read_sentence`; mentions of the same name are merged into one person
(the full name once, even if later called "ông Quang"), and each title becomes a `PositionFact` with the
context the article implies ("Bí thư Thành ủy" -> "Bí thư Thành ủy Hải Phòng"). The mentions are left in
`doc.found["people"]` for the meetings component (who chaired what).
"""

from __future__ import annotations

from eventgraph.extract.doc import Doc
from eventgraph.extract.registry import component
from eventgraph.extract.vi.mentions import Mention, read_sentence
from eventgraph.extract.vi.titles import Title, qualify, title_key
from eventgraph.extract.vi.tokens import tokenize
from eventgraph.model.extraction import ArticleExtraction, PersonFact, PositionFact
from eventgraph.text import clean

EXTRACTOR = "eventgraph.people.v1"


@component(EXTRACTOR)
def people(doc: Doc, out: ArticleExtraction) -> None:
    """Persons named in the body with their positions; mentions go to `doc.found["people"]`."""
    persons: dict[str, PersonFact] = {}
    found: list[tuple[int, Mention]] = []
    for n, sent in enumerate(doc.sentences):
        toks = tokenize(doc.text, sent.start, sent.end)
        for m in read_sentence(toks, [t.key for t in toks], persons):
            name = clean(m.name.text)
            found.append((n, m))
            person = persons.get(name)
            if person is None:
                person = persons[name] = PersonFact(name=name)
            person.evidence.append(doc.evidence(m.name.start, m.name.end, EXTRACTOR))
            for t in m.titles:
                _add_position(person, t, doc)
    for person in persons.values():
        person.positions = _distinct(person.positions)
    out.people.extend(persons.values())
    doc.found["people"] = found


def _add_position(person: PersonFact, t: Title, doc: Doc) -> None:
    q = qualify(t, doc.province)
    person.positions.append(PositionFact(
        title=t.text, full_title=q.full_title, role=t.role, organization=q.organization,
        locality=q.locality, status=t.status, evidence=doc.evidence(t.start, t.end, EXTRACTOR)))


def _distinct(positions: list[PositionFact]) -> list[PositionFact]:
    """One position per post: a title that another one of the person's titles extends is dropped
    ("Bí thư Thành ủy" beside "Bí thư Thành ủy Hà Nội"), so is a second wording of the same key."""
    keys = [title_key(p.display) for p in positions]
    out: list[PositionFact] = []
    for a, p in enumerate(positions):
        ka = keys[a]
        if any(kb.startswith(ka + " ") or (kb == ka and b < a) for b, kb in enumerate(keys) if b != a):
            continue
        out.append(p)
    return out
