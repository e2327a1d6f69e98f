"""Writing one synthetic article from its spec: a Party conference, a People's Council session, a
central delegation's working session, or the opening of a People's Committee plan.

Sentence forms vary (how the chair is named, how titles are chained, how dates are written, "nguyên"
and "Quyền" titles); the facts do not, so a meeting reported twice has the same name, date and
chairs.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from eventgraph.synth import lexicon as lx
from eventgraph.synth import phrasing as ph
from eventgraph.synth.facts import Facts
from eventgraph.synth.rand import pick
from eventgraph.synth.spec import Spec
from eventgraph.synth.world import (
    ACTING_DAYS,
    PERIODS,
    Doc,
    Person,
    Province,
    World,
    central_term_of,
)

Chairs = list[tuple[Person, list[str]]]


class Writer:
    """One article being written: the world, its spec, its facts and its random stream."""

    def __init__(self, w: World, s: Spec, rng: random.Random) -> None:
        self.w, self.s, self.rng = w, s, rng
        self.p = s.province
        self.f = Facts(rng)
        self.titles: dict[str, list[str]] = {}  # one wording of a person's titles per article

    def official(self, post: str) -> tuple[Person, list[str]]:
        """The holder of a ladder or extra post at the spec's date, with the titles this article gives."""
        who = self.w.holder(self.p, self.s.period, post)
        if who.name not in self.titles:
            self.titles[who.name] = self._titles(who, post)
        return who, self.titles[who.name]

    def _titles(self, who: Person, post: str) -> list[str]:
        f, p, rng = self.f, self.p, self.rng
        out = []
        if post == "bt" and who.cc_member:
            out.append(f.title("uvtw", p))
        if post in ("ct_ubnd", "ct_hdnd") and rng.random() < 0.6:
            out.append(f.title("pbt", p, place=0))
        acting = (
            post == "ct_ubnd"
            and self.s.period > 0
            and (self.s.day - PERIODS[self.s.period][0]).days < ACTING_DAYS
        )
        if post == "tbtg" and self.s.period == 2:
            post = "tbtgdv"  # the 2025 reform merged the propaganda and mass-mobilisation boards
        out.append(f.title(post, p, prefix="Quyền " if acting else ""))
        if post == "bt" and who.deputy_head and rng.random() < 0.5:
            out.append(f.title("tdbqh", p))
        return out

    def former_secretary(self) -> tuple[Person, list[str]] | None:
        who = self.w.former(self.p, self.s.period, "bt")
        if who is None or who.name in self.titles:
            return None
        old = self.w.old_of(self.p)
        self.titles[who.name] = [
            self.f.title("bt", old, place=1.0 if old is not self.p else 0.4, prefix="nguyên ")
        ]
        return who, self.titles[who.name]

    def mention(self, who: Person, titles: list[str], style: int | None = None) -> str:
        return self.f.person(who, titles, style)

    def doc_ref(
        self, d: Doc, dated: bool = True, implements: Doc | None = None, verb: str = ""
    ) -> str:
        """ "Kế hoạch số 122-KH/TU, ngày 28/2/2022 của Ban Thường vụ Tỉnh ủy thực hiện …"; recorded."""
        date = (
            (", " if self.rng.random() < 0.3 else " ") + ph.doc_date(self.rng, d.date)
            if dated
            else ""
        )
        text = f"{d.kind} số {d.code}{date} của {d.issuer}"
        if implements is not None:
            text += (
                f" {verb or pick(self.rng, ('thực hiện', 'về thực hiện', 'triển khai thực hiện'))} "
                f"{implements.kind} số {implements.code}"
            )
        elif d.term:
            text += f" {d.subject}"
        self.f.directive(
            d,
            self.p,
            issuer=d.issuer,
            dated=dated,
            implements=(implements.code,) if implements else (),
        )
        return text

    def attendance(self, posts: tuple[str, ...], chairs: set[str], noun: str = "hội nghị") -> str:
        people = [self.official(x) for x in posts]
        if self.s.period > 0 and self.rng.random() < 0.4 and (old := self.former_secretary()):
            people.append(old)
        parts = [self.mention(w, t, style=0) for w, t in people if w.name not in chairs]
        if not parts:
            return ""
        head = pick(
            self.rng,
            (f"Dự {noun} có các đồng chí: ", "Cùng dự có đồng chí ", "Tham dự có đồng chí "),
        )
        return f"{head}{'; '.join(parts)}; các đồng chí Ủy viên Ban Thường vụ {self.p.party}."

    def places(self) -> str:
        if not self.p.places or self.rng.random() < 0.4:
            return ""
        picks = dict.fromkeys(pick(self.rng, self.p.places) for _ in range(2))
        names = " và ".join(f"{uw} {self.f.place(n)}" for uw, n in picks)
        return f"Tại các điểm cầu {names}, đông đảo cán bộ, đảng viên đã theo dõi trực tuyến."

    def chair_sentence(self, chairs: Chairs, noun: str, verb: str = "chủ trì") -> str:
        if len(chairs) > 1:
            a, b = (self.mention(w, t) for w, t in chairs)
            return f"Đồng chí {a} và đồng chí {b} đồng chủ trì {noun}."
        m = self.mention(*chairs[0])
        form = int(self.rng.random() * 4)
        if form == 0:
            return f"Đồng chí {m} {verb} {noun}."
        if form == 1:
            return f"{verb.capitalize()} {noun} có đồng chí {m}."
        if form == 2:
            return f"{noun.capitalize()} do đồng chí {m} {verb}."
        return f"Dưới sự {verb} của đồng chí {m}, {noun} đã thảo luận, thống nhất nhiều nội dung quan trọng."

    def record_meeting(
        self, name: str, kind: str, chairs: Chairs, organizers: list[str], directives: list[str]
    ) -> None:
        role = "co-chair" if len(chairs) > 1 else "chair"
        self.f.meeting(
            name,
            kind,
            self.s.day,
            [(w.name, role) for w, _ in chairs],
            organizers,
            self.p.name,
            directives,
        )

    def closing(self, chair: Person, noun: str) -> str:
        return f"Phát biểu kết luận {noun}, đồng chí {chair.name} đề nghị {ph.clause(self.rng)}."


def meeting_name(s: Spec) -> str:
    """The conference's name; a function of the spec only, so every report of it uses it."""
    c = s.chain[0]  # type: ignore[index]
    if s.variant == 0:
        purpose = (
            "quán triệt, triển khai thực hiện",
            "nghiên cứu, học tập, quán triệt và triển khai",
            "học tập, quán triệt",
        )[s.day.toordinal() % 3]
    else:
        purpose = f"{'tổng kết' if s.variant >= 5 else 'sơ kết'} {s.variant} năm thực hiện"
    return f"Hội nghị {purpose} {c.kind} số {c.code}"


def session_name(s: Spec, p: Province) -> str:
    term = p.hdnd_term + (1 if s.day >= dt.date(2021, 6, 1) else 0)
    return f"Kỳ họp thứ {lx.ORDINAL_WORDS[s.variant].capitalize()} HĐND {p.unit} {p.name} khóa {lx.ROMAN[term]}"


def working_name(p: Province) -> str:
    return f"buổi làm việc với Ban Thường vụ {p.party} {p.name}"


def central_leader(w: World, s: Spec) -> tuple[Person, list[str]]:
    return w.central[central_term_of(s.day)][s.variant], list(lx.CENTRAL_POSTS[s.variant])


def when(wr: Writer) -> str:
    return ph.event_date(wr.rng, wr.s.day, with_year=wr.rng.random() < 0.2)


def gold_of(wr: Writer, published: dt.date) -> dict[str, Any]:
    return wr.f.gold(published)
