"""What one synthetic article reports, chosen before any word is written.

A spec is a pure function of (world, seed, index), so a later article can report the same meeting
again (another portal's account of it, in other words) by recomputing an earlier article's spec: the
corpus repeats meetings as real news does, and no article has to be kept in memory for it.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from eventgraph.synth.rand import between, pick
from eventgraph.synth.world import END, REFORM, START, Doc, Province, World, period_of

KINDS = (("conference", 0.42), ("session", 0.16), ("working", 0.17), ("plan", 0.25))
REREPORT = 0.12  # share of articles that report an earlier article's meeting again


@dataclass(frozen=True)
class Spec:
    kind: str  # conference | session | working | plan
    province: Province
    day: dt.date  # the meeting's date, or the plan's signing date
    chain: tuple[Doc, Doc, Doc] | None  # central document, Party plan, State plan
    variant: int  # purpose of a conference, ordinal of a session, leader of a working session
    cochair: bool = False
    chair_post: str = "bt"  # the ladder post of the (first) provincial chair
    period: int = field(init=False)  # the provincial term of `day`

    def __post_init__(self) -> None:
        object.__setattr__(self, "period", period_of(self.day))


def rng_for(seed: int, index: int) -> random.Random:
    """The random stream of one article (independent of every other article)."""
    return random.Random((seed << 40) ^ index)


def spec_for(w: World, index: int) -> tuple[Spec, random.Random]:
    """The spec of article `index` (its own, or an earlier meeting reported again) and the rest of
    the article's random stream, for writing it."""
    rng = rng_for(w.seed, index)
    if rng.random() < REREPORT and index > 0:
        earlier, _ = spec_for(w, max(0, index - between(rng, 1, 40)))
        if earlier.kind != "plan":
            return earlier, rng
    return _base_spec(w, rng), rng


def _base_spec(w: World, rng: random.Random) -> Spec:
    r, kind = rng.random(), KINDS[-1][0]
    for k, share in KINDS:
        if r < share:
            kind = k
            break
        r -= share
    return {"conference": _conference, "session": _session, "working": _working, "plan": _plan}[
        kind
    ](w, rng)


def _chain(w: World, rng: random.Random) -> tuple[Province, tuple[Doc, Doc, Doc]]:
    p = pick(rng, w.with_chains)
    return p, pick(rng, w.chains[(p.name, p.era)])


def _conference(w: World, rng: random.Random) -> Spec:
    p, chain = _chain(w, rng)
    k = chain[1]
    era_end = REFORM - dt.timedelta(days=1) if p.era == "pre2025" else END
    late = k.date + dt.timedelta(days=400)
    if rng.random() < 0.3 and late < era_end:  # a review ("sơ kết") a year or more later
        day = late + dt.timedelta(days=between(rng, 0, (era_end - late).days))
        return Spec(
            "conference", p, day, chain, variant=max(1, round((day - chain[0].date).days / 365))
        )
    day = min(era_end, k.date + dt.timedelta(days=between(rng, 2, 45)))
    deputy = rng.random() < 0.2  # the standing deputy secretary chairs in the secretary's place
    return Spec(
        "conference",
        p,
        day,
        chain,
        variant=0,
        cochair=not deputy and rng.random() < 0.15,
        chair_post="pbttt" if deputy else "bt",
    )


def _random_day(rng: random.Random, p: Province) -> dt.date:
    lo, hi = (START, REFORM - dt.timedelta(days=1)) if p.era == "pre2025" else (REFORM, END)
    return lo + dt.timedelta(days=between(rng, 0, (hi - lo).days))


def _session(w: World, rng: random.Random) -> Spec:
    p = pick(rng, w.provinces)
    return Spec("session", p, _random_day(rng, p), None, variant=between(rng, 2, 20))


def _working(w: World, rng: random.Random) -> Spec:
    p = pick(rng, w.provinces)
    day = _random_day(rng, p)
    done = [c for c in w.chains.get((p.name, p.era), ()) if c[1].date < day]
    chain = pick(rng, done) if done else None
    return Spec("working", p, day, chain, variant=int(rng.random() * 6), cochair=rng.random() < 0.4)


def _plan(w: World, rng: random.Random) -> Spec:
    p, chain = _chain(w, rng)
    return Spec("plan", p, chain[2].date, chain, variant=0)
