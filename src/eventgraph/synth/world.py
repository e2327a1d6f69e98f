"""The fictional world behind a synthetic corpus: who holds which post when, and which documents
exist.

Built once per seed, of fixed size whatever the corpus length (so generation runs in constant
memory): the 63 provinces before the 2025 reform and the 34 after it (from the gazetteer), a career
ladder per province that moves everyone up one rung each term, central leaders per Party term,
central documents, and per province the Party plan that carries out each central document and the
People's Committee plan that carries out the Party plan.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from functools import cache, cached_property

from eventgraph.synth import lexicon as lx

START, END = dt.date(2016, 1, 1), dt.date(2026, 10, 31)
REFORM = dt.date(2025, 7, 1)
# Provincial terms as the generator uses them: (first day, era of the map).
PERIODS = ((START, "pre2025"), (dt.date(2020, 10, 15), "pre2025"), (REFORM, "2025"))
CENTRAL_TERMS = (
    (dt.date(2016, 1, 20), "XII"),
    (dt.date(2021, 1, 25), "XIII"),
    (dt.date(2026, 1, 19), "XIV"),
)
ACTING_DAYS = 100  # a new People's Committee chair is "Quyền Chủ tịch" this long


@dataclass(frozen=True)
class Person:
    name: str
    female: bool
    cc_member: bool = False  # member of the Party Central Committee (when Bí thư)
    deputy_head: bool = False  # heads the province's National Assembly delegation (when Bí thư)


@dataclass(frozen=True)
class Province:
    name: str
    unit: str  # "tỉnh" | "thành phố"
    era: str
    places: tuple[tuple[str, str], ...]  # (unit word, name) of districts or communes
    hdnd_term: int  # the roman number of its People's Council term 2016-2021

    @property
    def party(self) -> str:
        return "Thành ủy" if self.unit == "thành phố" else "Tỉnh ủy"


@dataclass(frozen=True)
class Doc:
    code: str
    kind: str
    issuer: str  # as the text writes it, without the province
    date: dt.date
    subject: str
    term: str | None = None  # central term for Party Centre documents
    implements: Doc | None = None


@dataclass
class World:
    seed: int
    provinces: list[Province] = field(default_factory=list)
    ladders: dict[str, list[Person]] = field(default_factory=dict)  # old province -> 8 people
    extras: dict[tuple[str, int], list[Person]] = field(default_factory=dict)
    predecessor: dict[str, str] = field(default_factory=dict)  # 2025 province -> old one
    central: dict[str, list[Person]] = field(default_factory=dict)  # term -> leaders
    central_docs: list[Doc] = field(default_factory=list)
    chains: dict[tuple[str, str], list[tuple[Doc, Doc, Doc]]] = field(
        default_factory=dict
    )  # (name, era)
    origin: dict[str, tuple[str, str]] = field(
        default_factory=dict
    )  # leader -> (province led, term)

    def by_era(self, era: str) -> list[Province]:
        return self._eras[era]

    @cached_property
    def _eras(self) -> dict[str, list[Province]]:
        return {e: [p for p in self.provinces if p.era == e] for e in ("pre2025", "2025")}

    @cached_property
    def with_chains(self) -> list[Province]:
        """Provinces that have a directive chain (all of them, unless a seed is unlucky)."""
        return [p for p in self.provinces if (p.name, p.era) in self.chains]

    def province(self, name: str, era: str) -> Province:
        return self._by_name[(name, era)]

    @cached_property
    def _by_name(self) -> dict[tuple[str, str], Province]:
        return {(p.name, p.era): p for p in self.provinces}

    def old_of(self, province: Province) -> Province:
        """The pre-2025 province whose leaders a 2025 province inherited (itself before 2025)."""
        if province.era == "pre2025":
            return province
        return self.province(self.predecessor[province.name], "pre2025")

    def holder(self, province: Province, period: int, post: str) -> Person:
        """Who holds `post` (a LADDER rung or an extra post) in `province` during `period`."""
        if post in lx.LADDER:
            old = self.old_of(province).name
            return self.ladders[old][5 - lx.LADDER.index(post) + period]
        return self.extras[(province.name, period)][("pct_hdnd", "gdsnv", "cvp").index(post)]

    def former(self, province: Province, period: int, post: str) -> Person | None:
        """Who held `post` in the term before `period` (None in the first term)."""
        if period == 0:
            return None
        old = self.old_of(province).name
        return self.ladders[old][5 - lx.LADDER.index(post) + period - 1]


def period_of(day: dt.date) -> int:
    return max(i for i, (start, _) in enumerate(PERIODS) if day >= start)


def central_term_of(day: dt.date) -> str:
    return max((start, t) for start, t in CENTRAL_TERMS if day >= start or t == "XII")[1]


@cache
def build_world(seed: int) -> World:
    """The world of `seed` (cached: every generator and worker of one seed shares it)."""
    from eventgraph.synth.documents import add_documents
    from eventgraph.synth.people import NameMaker, add_people

    rng = random.Random(f"world-{seed}")
    w = World(seed)
    _add_provinces(w, rng)
    add_people(w, rng, NameMaker(rng, [p.name for p in w.provinces]))
    add_documents(w, rng)
    return w


def _add_provinces(w: World, rng: random.Random) -> None:
    from eventgraph.extract.vi.gazetteer import Gazetteer

    g = Gazetteer.default()
    children: dict[str, list[tuple[str, str]]] = {}
    for u in g.units.values():
        if (
            u.parent
            and not u.name[0].isdigit()
            and u.level == ("district" if u.era == "pre2025" else "commune")
        ):
            children.setdefault(u.parent, []).append((u.unit_word, u.name))
    # provinces with places of their own: not a historical one (Hà Tây, merged in 2008) that only
    # maps to its successor
    provinces = sorted(
        (u for u in g.units.values() if u.level == "province" and u.code in children),
        key=lambda u: u.code,
    )
    names = {u.name for u in provinces}
    for u in provinces:
        places = tuple(sorted(c for c in children.get(u.code, []) if c[1] not in names))
        w.provinces.append(Province(u.name, u.unit_word, u.era, places[:60], rng.randint(9, 17)))
        if u.era == "pre2025":
            continue
        olds = [
            s
            for s in g.units.values()
            if s.era == "pre2025"
            and s.level == "province"
            and any(x.code == u.code for x in g.successor(s))
        ]
        same = [o for o in olds if o.name == u.name]
        w.predecessor[u.name] = (same or sorted(olds, key=lambda o: o.code))[0].name
