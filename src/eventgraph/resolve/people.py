"""Which person node a name in an article is: the name plus the province its posts place it in.

Namesakes are common (every province has a Nguyễn Văn Hùng), so a name alone never joins two
articles' people. The evidence that does is the province of the person's posts in the article (or the
article's own province when the text gives none), or a central post (Trung ương, Chính phủ, Quốc hội,
a ministry) for national figures. The rule that fired is written into the article's graph beside the
mention, so every join can be explained; merges across provinces are judgements (see judgements.py),
recorded separately and undoable — source facts are never rewritten.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventgraph.model.extraction import ArticleExtraction, PersonFact
from eventgraph.text import fold, slug

_CENTRAL = re.compile(r"\b(trung ương|chính phủ|quốc hội|bộ chính trị|ban bí thư|thủ tướng|chủ tịch nước|"
                      r"bộ trưởng|thứ trưởng|tổng bí thư|ủy ban thường vụ quốc hội|mặt trận tổ quốc việt nam)\b")
_LOCAL_BODY = re.compile(r"\b(tỉnh|thành ủy|tỉnh ủy|huyện|quận|xã|phường|thị xã|hđnd|ubnd)\b")


@dataclass(frozen=True)
class PersonKey:
    """A person's identity within eventgraph: the name and the scope that tells namesakes apart."""

    name: str
    scope: str  # a province name, "trung-uong", or "unknown"
    rule: str  # which evidence fixed the scope: post-locality | central-post | article-province | none

    def slug(self) -> str:
        return f"{slug(self.name)}/{slug(self.scope)}"


def person_key(person: PersonFact | None, name: str, ex: ArticleExtraction) -> PersonKey:
    """The key of `name` (with its PersonFact when the article gives titles) in extraction `ex`."""
    positions = person.positions if person else []
    for pos in positions:
        if pos.locality:
            return PersonKey(name, pos.locality, "post-locality")
    for pos in positions:
        title = fold(pos.display)
        if _CENTRAL.search(title) and not _LOCAL_BODY.search(title):
            return PersonKey(name, "trung-uong", "central-post")
    if ex.locality:
        return PersonKey(name, ex.locality, "article-province")
    return PersonKey(name, "unknown", "none")


def people_keys(ex: ArticleExtraction) -> dict[str, PersonKey]:
    """The key of every person named in the extraction, by name (people and meeting participants)."""
    facts = {p.name: p for p in ex.people}
    names = list(facts) + [x.name for m in ex.meetings for x in m.participants if x.name not in facts]
    return {n: person_key(facts.get(n), n, ex) for n in names}
