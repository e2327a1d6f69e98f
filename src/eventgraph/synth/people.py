"""Fictional people for the synthetic world: unique names, provincial ladders, central leaders."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from eventgraph.synth import lexicon as lx
from eventgraph.text import search_key

if TYPE_CHECKING:
    from eventgraph.synth.world import Person, World


class NameMaker:
    """Unique three-syllable names; none contains a province's name (a reader would stumble)."""

    def __init__(self, rng: random.Random, place_names: list[str]) -> None:
        self.rng = rng
        self.used: set[str] = set()
        self.places = {search_key(p) for p in place_names}

    def person(self, **flags: bool) -> Person:
        from eventgraph.synth.world import Person

        while True:
            sur, mid, given = (
                self.rng.choice(lx.SURNAMES),
                self.rng.choice(lx.MIDDLES),
                self.rng.choice(lx.GIVENS),
            )
            name = f"{sur} {mid} {given}"
            pairs = (f"{sur} {mid}", f"{mid} {given}")
            if name in self.used or any(search_key(p) in self.places for p in pairs):
                continue
            self.used.add(name)
            return Person(name, female=mid == "Thị", **flags)


def add_people(w: World, rng: random.Random, names: NameMaker) -> None:
    """Eight people per old province (six rungs over three terms), three extra posts per province and
    term, and the central leaders of each Party term (some of them promoted from a province)."""
    olds = [p for p in w.provinces if p.era == "pre2025"]
    for p in olds:
        w.ladders[p.name] = [
            names.person(cc_member=rng.random() < 0.6, deputy_head=rng.random() < 0.4)
            for _ in range(8)
        ]
    for p in w.provinces:
        for period in (0, 1) if p.era == "pre2025" else (2,):
            w.extras[(p.name, period)] = [names.person() for _ in range(3)]
    promoted = rng.sample(olds, 12)
    w.central["XII"] = [names.person() for _ in lx.CENTRAL_POSTS]
    # The Bí thư of a province in 2015-2020 may lead at the Centre from 2021, and so on.
    w.central["XIII"] = [w.ladders[p.name][0] for p in promoted[:6]]
    w.central["XIV"] = [w.ladders[p.name][1] for p in promoted[6:]]
    for i, p in enumerate(promoted):
        led = 0 if i < 6 else 1
        w.origin[w.ladders[p.name][led].name] = (p.name, ("2015-2020", "2020-2025")[led])
