"""Meetings and who chaired them (component `eventgraph.meetings.v1`).

A chair is a person the text says "chủ trì", "đồng chủ trì", "chủ tọa" (or "điều hành" a meeting, or
"dưới sự chủ trì của"): the person just before the verb (with the titles after the name), every
person of
a list ending there ("Các đồng chí: A, ...; B, ...; C, ... chủ trì hội nghị"), or the persons after
"dưới
sự chủ trì của" and after a sentence-opening "Chủ trì ... là/có". An organisation that chairs is an
organizer, never a chair; "chủ trì, phối hợp" and "chủ trì xây dựng đề án" are tasks, not meetings.
The
meeting is the one the verb names, or the nearest one named before; its date is in `meeting_dates`.
Persons come from the people component (`doc.found["people"]`); verbs and kinds are in
`data/meeting_kinds.toml`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from eventgraph.extract.doc import Doc
from eventgraph.extract.registry import component
from eventgraph.extract.vi.careers import linked
from eventgraph.extract.vi.meeting_dates import meeting_date
from eventgraph.extract.vi.meeting_names import (
    KIND_RE,
    KINDS,
    find_kind,
    meeting_name,
    organizer_before,
)
from eventgraph.extract.vi.tokens import PhraseTable, Token, load_data, tokenize
from eventgraph.model.events import Role
from eventgraph.model.extraction import ArticleExtraction, MeetingFact, ParticipantFact

EXTRACTOR = "eventgraph.meetings.v1"
_V = load_data("meeting_kinds.toml")["verbs"]
CHAIR = PhraseTable(_V["chair"] + _V["co_chair"] + _V["chair_with_object"])
CO_CHAIR = PhraseTable(_V["co_chair"])
WITH_OBJECT = PhraseTable(_V["chair_with_object"])
UNDER = PhraseTable(_V["under"])
GAP = PhraseTable(_V["gap"])
TASK_AFTER = PhraseTable(_V["task_after"])
ATTEND = PhraseTable(_V["attend"])
_LIST = {",", ";", "và", ":"}
Person = tuple[int, int, str]  # first token, token after the last, name
_MAYBE_CHAIR = re.compile(
    "|".join(re.escape(v) for v in _V["chair"] + _V["co_chair"] + _V["chair_with_object"]),
    re.IGNORECASE,
)


@component(EXTRACTOR)
def meetings(doc: Doc, out: ArticleExtraction) -> None:
    """Meetings whose chairs the text names, with date, organizer, locality and the directives discussed."""
    by_sentence: dict[int, list] = {}
    for seen in doc.found.get("people", []):
        by_sentence.setdefault(seen.sentence, []).append(seen)
    found: dict[tuple[str, str | None], MeetingFact] = {}
    for n, sent in enumerate(doc.sentences):
        if not _MAYBE_CHAIR.search(doc.text, sent.start, sent.end):
            continue
        toks = tokenize(doc.text, sent.start, sent.end)
        keys = [t.key for t in toks]
        persons = _persons(toks, by_sentence.get(n, []))
        for k, role, chairs, sure in _chair_events(keys, persons, [t.cap for t in toks]):
            if not sure and not _is_meeting(doc, n, keys):
                continue
            meeting = _meeting(doc, n, toks, keys, k, found, out)
            for name in chairs:
                if name not in meeting.chairs:
                    meeting.participants.append(
                        ParticipantFact(
                            name=name,
                            role=role,
                            evidence=doc.evidence(toks[k].start, toks[k].end, EXTRACTOR),
                        )
                    )
    out.meetings.extend(found.values())


def _persons(toks: Sequence[Token], seen: list) -> list[Person]:
    starts = {t.start: i for i, t in enumerate(toks)}
    ends = {t.end: i + 1 for i, t in enumerate(toks)}
    return sorted(
        (starts[s.start], ends[s.end], s.name) for s in seen if s.start in starts and s.end in ends
    )


def _chair_events(
    keys: Sequence[str], persons: list[Person], caps: Sequence[bool]
) -> list[tuple[int, Role, list[str], bool]]:
    """(verb position, role, chairs, whether the wording alone says it is a meeting) for every chair verb
    whose chairs are named persons; a capitalised "Chủ trì" opens a clause whose chairs follow it."""
    out: list[tuple[int, Role, list[str], bool]] = []
    k = 0
    while k < len(keys):
        u, n = UNDER.match(keys, k), CHAIR.match(keys, k)
        if u:
            chairs = _list_from(keys, persons, k + u, 8)
            out.append((k, Role.CHAIR if len(chairs) < 2 else Role.CO_CHAIR, chairs, True))
            k += u
            continue
        if (
            n
            and not _task(keys, k + n)
            and (not WITH_OBJECT.match(keys, k) or KINDS.match(keys, k + n))
        ):
            chairs = _subject(keys, persons, k) or (
                _list_from(keys, persons, _after_opening(keys, k, n), 3)
                if k == 0 or caps[k]
                else []
            )
            role = Role.CO_CHAIR if CO_CHAIR.match(keys, k) or len(chairs) > 1 else Role.CHAIR
            out.append((k, role, chairs, False))
        k += max(n, 1)
    return [e for e in out if e[2]]


def _task(keys: Sequence[str], k: int) -> bool:
    # "chủ trì, phối hợp với ...", "chủ trì xây dựng đề án": a task given, not a meeting chaired.
    return bool(
        TASK_AFTER.match(keys, k)
        or (k < len(keys) and keys[k] == "," and TASK_AFTER.match(keys, k + 1))
    )


def _subject(keys: Sequence[str], persons: list[Person], k: int) -> list[str]:
    """The person (or list of persons) ending right before the verb at k."""
    before = [p for p in persons if p[1] <= k]
    if not before:
        return []
    last = before[-1]
    if not _gap_ok(keys, last[1], k):
        return []
    chain = [last]
    for p in reversed(before[:-1]):  # "A, ...; B, ...; C, ... chủ trì", "A và B đồng chủ trì"
        if linked(keys, p[1], chain[0][0]):
            chain.insert(0, p)
        else:
            break
    return [p[2] for p in chain]


def _gap_ok(keys: Sequence[str], a: int, k: int) -> bool:
    # Only "đã", "cùng", "dự và", a time of day ... between the chair and the verb; or a caption's
    # "và các lãnh đạo Thành ủy, UBND, HĐND TP. HCM chủ trì".
    while a < k:
        g = GAP.match(keys, a)
        if not g:
            return (
                keys[a] in ("và", "cùng")
                and a + 1 < k
                and keys[a + 1] == "các"
                and not any(x in (";", ":", ".") for x in keys[a:k])
            )
        a += g
    return True


def _after_opening(keys: Sequence[str], k: int, n: int) -> int:
    # "Chủ trì buổi gặp mặt có A và B", "Chủ trì cuộc họp là ...", "Chủ trì kỳ họp, ông ...".
    for a in range(k + n, min(len(keys), k + n + 15)):
        if keys[a] in ("có", "là", ","):
            return a + 1
    return len(keys)


def _list_from(keys: Sequence[str], persons: list[Person], a: int, reach: int) -> list[str]:
    """The persons of the list that starts within `reach` tokens after a (no clause break between)."""
    first = next((p for p in persons if a <= p[0] <= a + reach), None)
    if first is None or any(keys[x] in (".", ";") for x in range(a, first[0])):
        return []
    chain = [first]
    for p in persons:
        if p[0] > chain[-1][0] and linked(keys, chain[-1][1], p[0]):
            chain.append(p)
    return [p[2] for p in chain]


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
    """(kind, name, organizer, sentence) of the meeting the verb at k speaks of: named after the verb, else
    earlier in the sentence, else in the sentences before; a bare "Hội nghị" takes the fuller name
    of the
    same kind written before it."""
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
    """Codes of the documents named in the meeting's sentence or in a later one about the same kind of
    meeting ("Tại Hội nghị, ... Kết luận số 21-KL/TW")."""
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
