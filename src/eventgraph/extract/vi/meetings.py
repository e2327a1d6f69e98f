"""Meetings and who chaired them (component `eventgraph.meetings.v3`).

A meeting is recorded when the text names who chaired it (`chairs.py`); its kind, name and organizer
come from the meeting word the chair verb names or the nearest one before it (`meeting_names.py`),
its date from the lead date of the chair's sentence, else of the sentence that named the meeting,
else of the article's opening if it names a meeting of the same kind, else (a part of a session:
"buổi thảo luận") of the nearest sentence before that names and dates the session
(`meeting_dates.py`), its locality from the article's province, and the codes it is about from the
directives component (which runs before this one). Attendees ("Dự hội nghị có ...") and speakers
join a meeting already recorded. Persons come from the people component (`doc.found["people"]`,
and `out.people` for a chair written as a title alone, `chair_titles.py`). Only sentences holding a
chair verb are tokenised (and, once a meeting is known, those opening with "Dự" or holding "phát
biểu").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from eventgraph.extract.doc import Doc
from eventgraph.extract.registry import component
from eventgraph.extract.vi.chair_titles import Holders
from eventgraph.extract.vi.chairs import Counted, Person, chair_events, other_roles
from eventgraph.extract.vi.meeting_dates import meeting_date
from eventgraph.extract.vi.meeting_names import (
    KIND_RE,
    find_kind,
    kind_of,
    meeting_name,
    organizer_before,
    part_of,
    within,
)
from eventgraph.extract.vi.sentences import Sentence
from eventgraph.extract.vi.tokens import PhraseTable, Token, load_data, tokenize
from eventgraph.model.extraction import ArticleExtraction, MeetingFact, ParticipantFact

EXTRACTOR = "eventgraph.meetings.v3"
_V = load_data("meeting_kinds.toml")["verbs"]


def _verbs(*groups: str) -> re.Pattern[str]:
    # A cheap gate: most sentences hold no chair verb, and only these are tokenised.
    words = sorted({w for g in groups for w in _V[g]}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)", re.IGNORECASE)


def _scan_for(*groups: str) -> re.Pattern[str]:
    # The gate's prefilter, run once over the whole text (`Doc.touched`): it matches wherever the
    # gate does. The gate opens with a look-behind and ignores case, so the regex engine tries it
    # at every character; this one opens with a class of the words' first letters in both cases,
    # which the engine skips to in C (4x faster over the corpus).
    words = sorted({w for g in groups for w in _V[g]}, key=len, reverse=True)
    firsts = sorted({c for w in words for c in (w[0].lower(), w[0].upper())})
    rests = "|".join(re.escape(w[1:]) for w in words)
    return re.compile("[" + re.escape("".join(firsts)) + "](?i:" + rests + ")")


MANAGE_UNDER = PhraseTable(load_data("meeting_kinds.toml")["verbs"]["manage_under"])
_MAYBE_CHAIR = _verbs("chair", "co_chair", "chair_with_object")
_MAYBE_SPEAKER = _verbs("speak")
_MAYBE_ATTENDEES = _verbs("attend")
_CHAIR_SCAN = _scan_for("chair", "co_chair", "chair_with_object")
_SPEAKER_SCAN = _scan_for("speak")


@component(EXTRACTOR)
def meetings(doc: Doc, out: ArticleExtraction) -> None:
    """Meetings whose chairs the text names, with date, organizer, locality, participants and the
    directives discussed."""
    by_sentence: dict[int, list] = {}
    for seen in doc.found.get("people", []):
        by_sentence.setdefault(seen.sentence, []).append(seen)
    found: dict[tuple[str, str | None], MeetingFact] = {}
    holders = Holders(out.people)
    refer = holders.who  # a chair written as a title alone ("Thủ tướng chủ trì")
    chairs, speakers = doc.touched(_CHAIR_SCAN), None  # speakers: scanned once a meeting is known
    for n, sent in enumerate(doc.sentences):
        chair = n in chairs and _MAYBE_CHAIR.search(doc.text, sent.start, sent.end) is not None
        other = False
        if found and n in by_sentence:
            speakers = doc.touched(_SPEAKER_SCAN) if speakers is None else speakers
            other = _maybe_other(doc, sent, n in speakers)
        if not chair and not other:
            continue
        toks = tokenize(doc.text, sent.start, sent.end)
        keys = [t.key for t in toks]
        persons = _persons(toks, by_sentence.get(n, []))
        if chair:
            counted = _last_named(holders, doc)
            for k, end, role, names, sure in chair_events(toks, keys, persons, refer, counted):
                managed = MANAGE_UNDER.match(keys, k) == end - k
                if sure or _is_meeting(doc, n, keys, managed):
                    meeting = _meeting(doc, n, toks, keys, (k, end), found, out, names)
                    _join(meeting, names, role, doc, toks[k], toks[end - 1])
        if found and persons:
            for k, end, role, names, _ in other_roles(toks, keys, persons):
                _join(list(found.values())[-1], names, role, doc, toks[k], toks[end - 1])  # the meeting told last
    out.meetings.extend(found.values())


def _last_named(holders: Holders, doc: Doc) -> Counted:
    """For a counted subject ("hai Thủ tướng"): that many holders of its titles, the ones whose
    last mention before the verb is latest (earlier in its sentence or before it); none unless
    there are that many."""

    def pick(titles: Sequence[str], count: int, verb: int) -> list[str]:
        held = set(holders.all(titles))
        last: dict[str, int] = {}
        for seen in doc.found.get("people", []):
            if seen.end <= verb and seen.name in held:
                last[seen.name] = seen.start
        if len(last) < count:
            return []
        return sorted(sorted(last, key=last.__getitem__)[-count:], key=last.__getitem__)

    return pick


def _maybe_other(doc: Doc, sent: Sentence, speaker: bool) -> bool:
    # Attendees only where a sentence opens ("Dự hội nghị có ..."); "dự" inside "dự án" is common.
    # `speaker`: the sentence is one `_SPEAKER_SCAN` touched.
    return _MAYBE_ATTENDEES.match(doc.text, sent.start, sent.end) is not None or (
        speaker and _MAYBE_SPEAKER.search(doc.text, sent.start, sent.end) is not None
    )


def _join(meeting: MeetingFact, names: list[str], role, doc: Doc, verb: Token, last: Token) -> None:  # type: ignore[no-untyped-def]
    # the evidence is the verb phrase, first to last token ("dưới sự chủ trì của", "phát biểu")
    have = {p.name for p in meeting.participants}
    for name in names:
        if name not in have:
            meeting.participants.append(
                ParticipantFact(
                    name=name, role=role, evidence=doc.evidence(verb.start, last.end, EXTRACTOR)
                )
            )


def _persons(toks: Sequence[Token], seen: list) -> list[Person]:
    starts = {t.start: i for i, t in enumerate(toks)}
    ends = {t.end: i + 1 for i, t in enumerate(toks)}
    return sorted(
        (starts[s.start], ends[s.end], s.name) for s in seen if s.start in starts and s.end in ends
    )


def _is_meeting(doc: Doc, n: int, keys: Sequence[str], managed: bool = False) -> bool:
    # A chair needs a meeting: one named in the sentence, or in one of the five sentences before.
    # "Dưới sự điều hành của A" (`managed`) may be A running an agency: only a meeting named or a
    # time told in its own sentence makes it a sitting.
    if find_kind(keys) is not None:
        return True
    if managed:
        sent = doc.sentences[n]
        return _TIME_WORD.search(doc.text, sent.start, sent.end) is not None
    start = doc.sentences[max(0, n - 5)].start
    return bool(KIND_RE.search(doc.text, start, doc.sentences[n].start))


def _meeting(
    doc: Doc,
    n: int,
    toks: Sequence[Token],
    keys: Sequence[str],
    verb: tuple[int, int],
    found: dict[tuple[str, str | None], MeetingFact],
    out: ArticleExtraction,
    chairs: Sequence[str] = (),
) -> MeetingFact:
    """The meeting the chair verb `verb` (its first token and the one after its last) speaks of;
    the verb phrase is the report's evidence span."""
    k, end = verb
    kind, name, org, where = _named(doc, n, toks, keys, k)
    date, likely = _date(doc, n, where, kind)
    date = date or _same_day(doc, n, kind, found)
    timed = _TIME_WORD.search(doc.text, doc.sentences[n].start, doc.sentences[n].end) is not None
    if date is None and not timed:
        again = _chaired_before(kind, chairs, found)
        if again is not None:
            return again  # a caption's "Bộ trưởng A chủ trì cuộc họp báo" after the dated report
    if kind in _GENERIC and not timed:
        again = _told_before(date, chairs, found)
        if again is not None:
            return again  # "Thủ tướng A chủ trì cuộc họp." (a caption) after "A chủ trì phiên họp"
    key = (kind, date.isoformat() if date else None)
    if date is not None and key not in found:
        told = _date_told_later(kind, date, chairs, found)
        if told is not None:
            return told
    if key not in found:
        found[key] = MeetingFact(
            kind=kind,
            name=name,
            date=date or likely,
            date_inferred=date is None and likely is not None,
            locality=doc.province,
            organizers=[org] if org else [],
            directives=_codes(doc, out, where, kind),
            evidence=doc.evidence(toks[k].start, toks[end - 1].end, EXTRACTOR),
        )
    return found[key]


def _date(doc: Doc, n: int, where: int, kind: str) -> tuple[dt.date | None, dt.date | None]:
    """(the date when its year is certain, else the date in the text's likely year) told with the
    chair, else with the meeting's name (said earlier), else in the article's opening sentences if
    they name a meeting of the same kind or one it is a part of ("Sáng 21/3, HĐND tỉnh khai mạc kỳ
    họp ..." and, paragraphs later, "... chủ trì kỳ họp")."""
    for m in dict.fromkeys((n, where)):
        told = meeting_date(doc, m)
        if told.found:
            return told.date, told.likely
    for m in range(min(_LEAD_SENTENCES, n)):
        s = doc.sentences[m]
        if any(
            within(kind, kind_of(x.group())) for x in KIND_RE.finditer(doc.text, s.start, s.end)
        ):
            told = meeting_date(doc, m)
            if told.found:
                return told.date, told.likely
    return _whole_date(doc, n, kind)


def _whole_date(doc: Doc, n: int, kind: str) -> tuple[dt.date | None, dt.date | None]:
    """A part of a meeting told without a date ("Điều hành buổi thảo luận, bà A ...") takes the date
    of the nearest sentence before it that names a whole it belongs to and dates it ("Ngày 8/4, HĐND
    … đã diễn ra kỳ họp thứ 13"): the discussion is that session's, whatever opened the article."""
    if not part_of(kind):
        return None, None
    for m in range(n - 1, _LEAD_SENTENCES - 1, -1):
        s = doc.sentences[m]
        if any(
            kind_of(x.group()) in part_of(kind) for x in KIND_RE.finditer(doc.text, s.start, s.end)
        ):
            told = meeting_date(doc, m)
            if told.found:
                return told.date, told.likely
    return None, None


_LEAD_SENTENCES = 2  # an article's opening sentences, where news gives the event's date


# A sentence that tells a time ("Chiều cùng ngày, A chủ trì phiên họp") may tell another meeting.
_TIME_WORD = re.compile(r"(?<!\w)(?:sáng|chiều|tối|trưa|đêm|ngày|hôm)(?!\w)", re.IGNORECASE)


def _chaired_before(
    kind: str, chairs: Sequence[str], found: dict[tuple[str, str | None], MeetingFact]
) -> MeetingFact | None:
    """The dated meeting of the same kind the same persons already chair, when a later sentence
    tells it again without a date."""
    for (k, date), m in found.items():
        if k == kind and date is not None and chairs:
            if set(chairs) <= set(m.chairs):
                return m
    return None


def _date_told_later(
    kind: str,
    date: dt.date,
    chairs: Sequence[str],
    found: dict[tuple[str, str | None], MeetingFact],
) -> MeetingFact | None:
    """The meeting told before without a certain year that a dated sentence tells again, now with
    its year: a lead that says "A chủ trì họp Bộ Chính trị" without a day, then "Ngày 5/7, … A đã
    chủ trì họp Bộ Chính trị" (the same kind and chairs); or a lead's "Sáng 8/11, dưới sự chủ trì
    của A, Thường trực Chính phủ đã họp" and a caption's "Sáng 8/11/2018, … A chủ trì phiên họp
    thường trực Chính phủ" (the same chairs and day, one of the two named only by a generic word).
    That meeting takes the date told later."""
    if not chairs:
        return None
    for (k, d), m in found.items():
        if d is not None or not set(chairs) <= set(m.chairs):
            continue
        same_day = m.date is not None and (m.date.month, m.date.day) == (date.month, date.day)
        if k == kind or (same_day and (k in _GENERIC or kind in _GENERIC)):
            del found[(k, None)]
            m.date, m.date_inferred = date, False
            found[(k, date.isoformat())] = m
            return m
    return None


_GENERIC = set(load_data("meeting_kinds.toml")["generic"]["kinds"])


def _told_before(
    date: dt.date | None, chairs: Sequence[str], found: dict[tuple[str, str | None], MeetingFact]
) -> MeetingFact | None:
    """The meeting of any kind the same persons already chair on the same day (or any day when none
    is known), when a sentence that tells no time names it only by a generic word ("cuộc họp")."""
    for m in found.values():
        if chairs and set(chairs) <= set(m.chairs) and (
            date is None or (m.date == date and not m.date_inferred)
        ):
            return m
    return None


def _same_day(
    doc: Doc, n: int, kind: str, found: dict[tuple[str, str | None], MeetingFact]
) -> dt.date | None:
    """The date of a meeting of the same kind already dated in the article when sentence n gives
    its day and month without a year: a caption's "... điều hành cuộc họp chiều 4/4" after
    "Chiều 4/4, ... chủ trì cuộc họp định kỳ ... quý I-2019" is that meeting, not another one."""
    text = doc.text[doc.sentences[n].start : doc.sentences[n].end]
    for (k, _), m in found.items():
        if k == kind and m.date is not None and not m.date_inferred:
            day = rf"(?<![\d/.-])0?{m.date.day}\s*[/.-]\s*0?{m.date.month}(?![\d])(?!\s*[/.-]\s*\d)"
            if re.search(day, text):
                return m.date
    return None


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
