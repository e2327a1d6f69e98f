"""Directive chains for the synthetic world: central documents, then in each province a Party plan
that carries out each of them, then a People's Committee plan that carries out the Party plan.

Numbers are unique where the real numbering is (per Party term and symbol at the Centre; per
province and local term for Party plans; per province and year for State plans), so a code plus its
issuer names one document, as in the news.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from typing import TYPE_CHECKING

from eventgraph.resolve.identity import local_term
from eventgraph.synth import lexicon as lx
from eventgraph.synth.world import CENTRAL_TERMS, END, REFORM, Doc

if TYPE_CHECKING:
    from eventgraph.synth.world import World

_DOCS_PER_TERM = {"XII": 9, "XIII": 9, "XIV": 3}


def _day(rng: random.Random, lo: dt.date, hi: dt.date) -> dt.date:
    return lo + dt.timedelta(days=rng.randint(0, max(0, (hi - lo).days)))


def add_documents(w: World, rng: random.Random) -> None:
    """Central documents per term, and every province's chain (central -> Party plan -> State plan)."""
    subjects = list(lx.SUBJECTS)
    rng.shuffle(subjects)
    ends = [*(s for s, _ in CENTRAL_TERMS[1:]), END]
    for (start, term), end in zip(CENTRAL_TERMS, ends, strict=True):
        hi = min(end, END - dt.timedelta(days=150))
        days = sorted(
            _day(rng, start + dt.timedelta(days=40), hi) for _ in range(_DOCS_PER_TERM[term])
        )
        counters: dict[str, int] = defaultdict(int)
        for day in days:
            symbol, kind, issuer = rng.choice(lx.CENTRAL_KINDS)
            counters[symbol] += rng.randint(1, 9)
            w.central_docs.append(
                Doc(
                    f"{counters[symbol]}-{symbol}",
                    kind,
                    f"{issuer} khóa {term}",
                    day,
                    subjects[len(w.central_docs) % len(subjects)],
                    term=term,
                )
            )
    _add_chains(w, rng)


def _add_chains(w: World, rng: random.Random) -> None:
    party_no: dict[tuple[str, str], int] = defaultdict(
        int
    )  # (province, term start year) -> last number
    state_no: dict[tuple[str, int], int] = defaultdict(int)  # (province, year) -> last number
    for c in w.central_docs:  # in date order, so numbers grow with dates
        era = "2025" if c.date + dt.timedelta(days=60) >= REFORM else "pre2025"
        lo = max(c.date + dt.timedelta(days=15), REFORM if era == "2025" else c.date)
        hi = REFORM - dt.timedelta(days=60) if era == "pre2025" else END - dt.timedelta(days=90)
        for p in w.by_era(era):
            k_day = _day(rng, lo, min(hi, lo + dt.timedelta(days=100)))
            term = local_term(k_day)  # Party numbering restarts with each provincial term
            party_no[(p.name, term)] += rng.randint(1, 30)
            symbol, kind = (
                ("CTr/TU", "Chương trình") if rng.random() < 0.2 else ("KH/TU", "Kế hoạch")
            )
            k = Doc(
                f"{party_no[(p.name, term)]}-{symbol}",
                kind,
                f"Ban Thường vụ {p.party}",
                k_day,
                c.subject,
                implements=c,
            )
            u_day = _day(
                rng,
                k_day + dt.timedelta(days=10),
                min(hi + dt.timedelta(days=50), k_day + dt.timedelta(days=45)),
            )
            state_no[(p.name, u_day.year)] += rng.randint(1, 40)
            u = Doc(
                f"{state_no[(p.name, u_day.year)]}/KH-UBND",
                "Kế hoạch",
                f"Ủy ban nhân dân {p.unit}",
                u_day,
                c.subject,
                implements=k,
            )
            w.chains.setdefault((p.name, p.era), []).append((c, k, u))
