"""The truth of one synthetic article, collected while its text is written.

Every name, title, place and code goes into the text through these helpers, which record it at the
same time, so the truth can never drift from the text. The output is the `gold` object of
../shared/eval/GUIDE.md (people, meetings, directives, localities, published, authors).
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from eventgraph.synth import lexicon as lx
from eventgraph.synth.world import Doc, Person, Province


class Facts:
    """People with their titles, meetings, directives and localities of one article."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.people: dict[str, list[str]] = {}
        self.status: dict[str, dict[str, str]] = {}
        self.meetings: list[dict[str, Any]] = []
        self.directives: dict[str, dict[str, Any]] = {}
        self.localities: dict[str, bool] = {}  # name -> optional
        self.authors: list[str] = []

    def place(self, name: str) -> str:
        self.localities[name] = False
        return name

    def title(self, post: str, p: Province, place: float = 0.35, prefix: str = "") -> str:
        """One post of province `p`, written in one of its forms, sometimes with the province's name."""
        forms = lx.POSTS[post]
        text = prefix + (forms[0] if len(forms) == 1 or self.rng.random() < 0.7 else forms[1])
        text = text.format(party=p.party, unit=p.unit)
        if post not in lx.NO_PLACE and self.rng.random() < place:
            text = f"{text} {self.place(p.name)}"
        return text

    def person(self, who: Person, titles: list[str], style: int | None = None) -> str:
        """The person with their titles, as a news sentence introduces them; recorded."""
        pos = self.people.setdefault(who.name, [])
        for t in titles:
            if t not in pos:
                pos.append(t)
            low = t.lower()
            if low.startswith(("nguyên ", "quyền ")):
                self.status.setdefault(who.name, {})[t] = "former" if low[0] == "n" else "acting"
        if not titles:
            return who.name
        style = int(self.rng.random() * 4) if style is None else style
        chain = ", ".join(titles)
        if style == 0:
            return f"{who.name}, {chain}"
        if style == 1:
            return f"{who.name} - {chain}"
        if style == 2 and len(titles) == 1 and not titles[0][0].islower():
            return f"{titles[0]} {who.name}"
        return f"{who.name} ({chain})" if style == 3 else f"{who.name}, {chain}"

    def directive(
        self,
        doc: Doc,
        p: Province | None,
        *,
        issuer: str,
        dated: bool,
        implements: tuple[str, ...] = (),
    ) -> None:
        entry = self.directives.setdefault(
            doc.code,
            {"code": doc.code, "kind": doc.kind, "date": None, "issuer": None, "implements": []},
        )
        if dated:
            entry["date"] = doc.date.isoformat()
        if issuer and not entry["issuer"]:
            entry["issuer"] = issuer
        for code in implements:
            if code not in entry["implements"]:
                entry["implements"].append(code)

    def meeting(
        self,
        name: str,
        kind: str,
        day: dt.date | None,
        chairs: list[tuple[str, str]],
        organizers: list[str],
        locality: str | None,
        directives: list[str],
    ) -> None:
        self.meetings.append(
            {
                "name": name,
                "kind": kind,
                "date": day.isoformat() if day else None,
                "chairs": [n for n, _ in chairs],
                "organizers": organizers,
                "locality": locality,
                "directives": directives,
                "participants": [{"name": n, "role": r} for n, r in chairs],
            }
        )

    def gold(self, published: dt.date | None) -> dict[str, Any]:
        return {
            "published": published.isoformat() if published else None,
            "authors": self.authors,
            "people": [
                {
                    "name": n,
                    "positions": pos,
                    **({"status": self.status[n]} if n in self.status else {}),
                }
                for n, pos in self.people.items()
            ],
            "meetings": self.meetings,
            "directives": list(self.directives.values()),
            "localities": [
                {"name": n, "optional": True} if opt else n for n, opt in self.localities.items()
            ],
        }
