"""A chair named by title alone: "Thủ tướng chủ trì hội nghị" in an article that names "Thủ tướng
Nguyễn Xuân Phúc" elsewhere.

The title (or chain of titles, "Tổng Bí thư, Chủ tịch nước") in the chair's place stands for the one
person of the article who holds it now; when nobody or more than one person holds it, it names no
chair. Two wordings of a post are the same when one is the other with context added after it
("Thủ tướng" and "Thủ tướng Chính phủ"), never across a "Phó" ("Phó Thủ tướng" is not "Thủ tướng").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from eventgraph.extract.vi.title_chains import read_chain
from eventgraph.extract.vi.title_context import title_key
from eventgraph.extract.vi.titles import HONORIFICS, ROLE_FIRST
from eventgraph.extract.vi.tokens import Token, load_data
from eventgraph.model.entities import TenureStatus
from eventgraph.model.extraction import PersonFact

_CLAUSE_OPENERS = {",", "do", "bởi", ":"}  # a title right after these can be the subject
_SEPS = {",", "-", "–", "kiêm"}
_REACH = 16  # tokens before the verb where the subject's title may start
COUNTS: dict[str, int] = load_data("meeting_kinds.toml")["counted"]["numbers"]
_OBJECT_MARKERS = {"của", "với", "cho", "cùng", "và"}  # a count after these is not the subject


class Holders:
    """Who holds which post in one article, for reading bare titles."""

    def __init__(self, people: Sequence[PersonFact]) -> None:
        self._people = people
        self._held: dict[str, set[str]] | None = None  # built on the first title met alone

    def who(self, titles: Sequence[str]) -> str | None:
        """The one person who holds every title given (now), or None."""
        found = self.all(titles)
        return found[0] if len(found) == 1 else None

    def all(self, titles: Sequence[str]) -> list[str]:
        """Every person who holds every title given (now): "Thủ tướng" is held by "Thủ tướng A"
        and by "Thủ tướng Canada B"."""
        if self._held is None:
            self._held = _posts(self._people)
        wanted = [title_key(t) for t in titles]
        return [
            name
            for name, held in self._held.items()
            if all(any(_same_post(w, h) for h in held) for w in wanted)
        ]


def _posts(people: Sequence[PersonFact]) -> dict[str, set[str]]:
    # The keys of the posts each person holds now, in both wordings (as written, with context).
    held = {
        p.name: {
            title_key(x)
            for pos in p.positions
            if pos.status != TenureStatus.FORMER
            for x in (pos.title, pos.display)
        }
        for p in people
    }
    return {name: keys for name, keys in held.items() if keys}


def _same_post(a: str, b: str) -> bool:
    return a == b or a.startswith(b + " ") or b.startswith(a + " ")


def titles_before(
    toks: Sequence[Token], keys: Sequence[str], k: int, ends_ok: Callable[[int, int], bool]
) -> list[str]:
    """The titles of a subject written without a name that ends right before the verb at k ("Sáng
    4/4, Thủ tướng chủ trì", "do Thủ tướng Chính phủ, Trưởng Ban Chỉ đạo, chủ trì"); `ends_ok(a,
    k)` says whether only gap words lie between the chain's end a and the verb."""
    for c in range(max(0, k - _REACH), k):
        if not (c == 0 or keys[c - 1] in _CLAUSE_OPENERS):
            continue
        a = c + HONORIFICS.match(keys, c)
        if a >= k or keys[a] not in ROLE_FIRST:
            continue
        chain = read_chain(toks, keys, a, seps=_SEPS)
        if chain and chain[-1].j <= k and ends_ok(chain[-1].j, k):
            return [t.text for t in chain]
    return []


def counted_titles(
    toks: Sequence[Token], keys: Sequence[str], k: int, ends_ok: Callable[[int, int], bool]
) -> tuple[int, list[str]]:
    """(how many, titles) of a counted subject without names that ends right before the verb at
    k: "Sau hội đàm, hai Thủ tướng cùng chủ trì họp báo" is (2, ["Thủ tướng"]); (0, []) when
    there is none. The number words are in `data/meeting_kinds.toml` [counted]."""
    for c in range(max(0, k - _REACH), k - 1):
        count = COUNTS.get(keys[c], 0)
        if not count or (c > 0 and keys[c - 1] in _OBJECT_MARKERS):
            continue  # "với sự chứng kiến của hai Thủ tướng": the object of another verb
        if keys[c + 1] not in ROLE_FIRST:
            continue
        chain = read_chain(toks, keys, c + 1, seps=_SEPS)
        if chain and chain[-1].j <= k and ends_ok(chain[-1].j, k):
            return count, [t.text for t in chain]
    return 0, []


def titles_after(toks: Sequence[Token], keys: Sequence[str], a: int) -> list[str]:
    """The titles of a chair written without a name right after "dưới sự chủ trì của" (an
    honorific may come first)."""
    a += HONORIFICS.match(keys, a) if a < len(keys) else 0
    if a >= len(keys) or keys[a] not in ROLE_FIRST:
        return []
    return [t.text for t in read_chain(toks, keys, a, seps=_SEPS)]
