"""Meetings and who chaired them (component `eventgraph.meetings.v1`).

A meeting is recorded when the text names who chaired it (`chairs.py`); its kind, name and organizer
come from the meeting word the chair verb names or the nearest one before it (`meeting_names.py`),
its date from the sentence's lead date (`meeting_dates.py`), its locality from the article's
province, and the codes it is about from the directives component (which runs before this one).
Attendees ("Dự hội nghị có ...") and speakers join a meeting already recorded. Persons come from the
people component (`doc.found["people"]`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from eventgraph.extract.doc import Doc
from eventgraph.extract.registry import component
from eventgraph.extract.vi.chairs import Person, chair_events, other_roles
from eventgraph.extract.vi.meeting_dates import meeting_date
from eventgraph.extract.vi.meeting_names import KIND_RE, find_kind, meeting_name, organizer_before
from eventgraph.extract.vi.tokens import Token, load_data, tokenize
from eventgraph.model.extraction import ArticleExtraction, MeetingFact, ParticipantFact

EXTRACTOR = "eventgraph.meetings.v1"
_V = load_data("meeting_kinds.toml")["verbs"]
_MAYBE_ROLE = re.compile(
    "|".join(
        re.escape(v)
        for v in _V["chair"] + _V["co_chair"] + _V["chair_with_object"] + _V["attend"] + _V["speak"]
    ),
    re.IGNORECASE,
)


@component(EXTRACTOR)
def meetings(doc: Doc, out: ArticleExtraction) -> None:
    """Meetings whose chairs the text names, with date, organizer, locality, participants and the
    directives discussed."""
    by_sentence: dict[int, list] = {}
    for seen in doc.found.get("people", []):
        by_sentence.setdefault(seen.sentence, []).append(seen)
    found: dict[tuple[str, str | None], MeetingFact] = {}
    for n, sent in enumerate(doc.sentences):
        if n not in by_sentence or not _MAYBE_ROLE.search(doc.text, sent.start, sent.end):
            continue
        toks = tokenize(doc.text, sent.start, sent.end)
        keys, caps = [t.key for t in toks], [t.cap for t in toks]
        persons = _persons(toks, by_sentence[n])
        for k, role, names, sure in chair_events(keys, persons, caps):
            if sure or _is_meeting(doc, n, keys):
                _join(_meeting(doc, n, toks, keys, k, found, out), names, role, doc, toks[k])
        for k, role, names, _ in other_roles(keys, persons, caps):
            if found:  # attendees and speakers of the meeting told last
                _join(list(found.values())[-1], names, role, doc, toks[k])
    out.meetings.extend(found.values())


def _join(meeting: MeetingFact, names: list[str], role, doc: Doc, verb: Token) -> None:  # type: ignore[no-untyped-def]
    have = {p.name for p in meeting.participants}
    for name in names:
        if name not in have:
            meeting.participants.append(
                ParticipantFact(
                    name=name, role=role, evidence=doc.evidence(verb.start, verb.end, EXTRACTOR)
                )
            )


def _persons(toks: Sequence[Token], seen: list) -> list[Person]:
    starts = {t.start: i for i, t in enumerate(toks)}
    ends = {t.end: i + 1 for i, t in enumerate(toks)}
    return sorted(
        (starts[s.start], ends[s.end], s.name) for s in seen if s.start in starts and s.end in ends
    )


def _is_meeting(doc: Doc, n: int, keys: Sequence[str]) -> bool:
    # A chair needs a meeting: one named in the sentence, or in one of the five sentences before.
    if find_kind(keys) is not None:
        return True
    start = doc.sentences[max(0, n - 5)].start
    return bool(KIND_RE.search(doc.text, start, doc.sentences[n].start))


def _meeting(
    doc: Doc,
    n: int,
    toks: Sequence[Token],
    keys: Sequence[str],
    k: int,
    found: dict[tuple[str, str | None], MeetingFact],
    out: ArticleExtraction,
) -> MeetingFact:
    kind, name, org, where = _named(doc, n, toks, keys, k)
    date = meeting_date(doc, n)
    key = (kind, date.isoformat() if date else None)
    if key not in found:
        found[key] = MeetingFact(
            kind=kind,
            name=name,
            date=date,
            locality=doc.province,
            organizers=[org] if org else [],
            directives=_codes(doc, out, where, kind),
            evidence=doc.evidence(toks[k].start, toks[k].end, EXTRACTOR),
        )
    return found[key]


def _named(
    doc: Doc, n: int, toks: Sequence[Token], keys: Sequence[str], k: int
) -> tuple[str, str, str | None, int]:
    """(kind, name, organizer, sentence) of the meeting the verb at k speaks of: named after the
    verb, else earlier in the sentence, else in the sentences before; a bare "Hội nghị" takes the
    fuller name of the same kind written before it."""
    best: tuple[str, str, str | None, int] | None = None
    fallback = ("hội nghị", doc.span(toks[k].start, toks[-1].end), None, n)
    for m in range(n, max(-1, n - 4), -1):
        if m != n:
            s = doc.sentences[m]
            toks = tokenize(doc.text, s.start, s.end)
            keys = [t.key for t in toks]
        hit = (find_kind(keys, k) if m == n else None) or find_kind(keys)
        if hit is None or (best is not None and hit[1] != best[0]):
            continue
        a, kind = hit
        cand = (
            kind,
            meeting_name(doc.text, toks, keys, a),
            organizer_before(doc.text, toks, keys, a),
            m,
        )
        if best is None or len(cand[1]) > len(best[1]):
            best = (cand[0], cand[1], cand[2] or (best[2] if best else None), cand[3])
        if len(best[1].split()) > 3:
            break
    return best or fallback


def _codes(doc: Doc, out: ArticleExtraction, n: int, kind: str) -> list[str]:
    """Codes of the documents named in the meeting's sentence or in a later one about the same kind
    of meeting ("Tại Hội nghị, ... Kết luận số 21-KL/TW")."""
    starts = {doc.sentences[n].start} | {
        s.start for s in doc.sentences[n + 1 :] if kind in doc.text[s.start : s.end].casefold()
    }
    codes: list[str] = []
    for d in out.directives:
        if (
            d.evidence is not None
            and doc.sentence_at(d.evidence.start).start in starts
            and d.code not in codes
        ):
            codes.append(d.code)
    return codes
