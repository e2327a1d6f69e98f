"""The date of a meeting: the date that opens its sentence or one of the sentences just before it.

    "Sáng 6/4, Ban Thường vụ Thành ủy tổ chức Hội nghị ... Đồng chí Trần Lưu Quang ... chủ trì ..."
The event date is a day introduced by a time of day or "ngày" ("Sáng 6/4", "Ngày 2/12", "từ ngày
14 đến 16/01/2019" -> its first day); a document's date ("Kế hoạch số 122-KH/TU, ngày 28/2/2022")
is not. A day without year takes the year of the publication date. Without one, the year must be
certain from the text, else the date stays unknown: a period next to the date that holds the
meeting's month or the one before ("Ngày 2/12 ... phiên họp thường kỳ tháng 11/2021", "quý
II/2025"), a Central Committee plenum the text names by number and term ("Hội nghị lần thứ 10 Ban
Chấp hành Trung ương Đảng khoá XI" -> January 2015, table [plenums]) for a meeting of its month or
the next, the term a congress opens ("phiên trù bị Đại hội ... nhiệm kỳ 2025-2030"), the text's
own present year (signals weighted by the table [present] of meeting_kinds.toml vote, those in the
meeting's paragraph more: a period reported just after it ends or while it runs, "6 tháng đầu năm
2019" at a July meeting; a counted span up to now, "tính từ năm 2008 đến tháng 6-2018" in December;
"năm 2018 vừa qua" -> 2019; a contradiction or a weak signal gives none), or the one year the
meeting's own passage names as its time ("điều chỉnh kế hoạch đầu tư công năm 2025"). Years
further away (another story of a digest), background years ("từ năm 2012", "Năm 2015, ..."), plans
and reviews ("dự toán năm 2017", "kết quả năm 2017") and the years of judged violations are not
used: they are as often not the meeting's.

When no year is certain, the meeting gets its *likely* year and is marked `date_inferred`
(`_likely_year`): the National Assembly session the passage names, weak present-year signals, a
year reviewed at the turn of the year, else the latest year the text names as a time, all within
the terms of the national leaders the text names in office (national_leaders.toml). The graph keeps
a likely date on the report only (store/rdf.py).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from functools import lru_cache
from typing import Any, Final, NamedTuple

from eventgraph.extract.doc import Doc
from eventgraph.extract.vi.codes import kinds
from eventgraph.extract.vi.dates import RELATIVE, find_dates, make_date, resolve_partial
from eventgraph.extract.vi.sentences import Sentence
from eventgraph.extract.vi.tokens import load_data

_LEAD = re.compile(
    r"(?:sáng|chiều|tối|trưa|đêm|ngày|hôm)(?:\s+(?:nay|qua))?\s*\(?\s*$", re.IGNORECASE
)
_CODE_BEFORE = re.compile(
    r"(?:\d\s*[-/]\s*[A-ZĐ]{1,6}|\bsố\b|\bký\b|\bban hành\b)[^.;]{0,25}$", re.IGNORECASE
)
_RANGE = re.compile(
    r"(?:\btừ\s+ngày\s+(?P<d>[0-3]?\d)\s+(?:đến|tới|-)\s+(?:ngày\s+)?"
    # "(trong hai) ngày 12 và 13/3/2020", "ngày 12-13/3/2020": a meeting of several days, its first
    # "trong các ngày 3, 4 và 6/5/2018": three days or more, listed, also its first
    r"|\bngày\s+(?P<d2>[0-3]?\d)\s*(?:và|-|–|,)\s*(?:[0-3]?\d\s*(?:,|và)\s*)*)"
    r"[0-3]?\d\s*[/.-]\s*(?P<m>[01]?\d)\s*[/.-]\s*(?P<y>(?:19|20)\d\d)",
    re.IGNORECASE,
)
# The same days without a year ("diễn ra ngày 27 và 28/6", "từ ngày 3 đến 5/7"): the first day,
# its year resolved as a partial date's is; not a day of a full date or a code ("28/6/2018")
_RANGE_PARTIAL = re.compile(_RANGE.pattern.split(r"\s*[/.-]\s*(?P<y>")[0] + r"(?!\d|\s*[/.-]\s*\d)",
                            re.IGNORECASE)
# "Hôm nay, 4/5", "Sáng nay (16/5)", "Sáng nay 16/5": the day written after the relative word
_DAY_AFTER = re.compile(r"\s*[,(]?\s*([0-3]?\d\s*[/.-]\s*[01]?\d)(?![\d/.-])")
_LOOKBACK = 3  # sentences before the chair's sentence that may carry the date


class Told(NamedTuple):
    """What a sentence tells of a meeting's date: whether it tells a day at all, the date when its
    year is certain, and else the date in the text's likely year (None when the text names no year
    to guess from)."""

    found: bool
    date: dt.date | None
    likely: dt.date | None = None


_NOT_TOLD = Told(False, None)


def meeting_date(doc: Doc, n: int) -> Told:
    """What the sentences up to sentence n tell of the date of the meeting told in sentence n."""
    for m in range(n, max(-1, n - _LOOKBACK - 1), -1):
        if m < n and "\n\n" in doc.text[doc.sentences[m].end : doc.sentences[m + 1].start]:
            break  # a new paragraph: the date before it belongs to another story
        told = _event_date(doc, doc.sentences[m])
        if told.found:
            return told
    return _NOT_TOLD


def _event_date(doc: Doc, s: Sentence) -> Told:
    text = doc.text[s.start : s.end]
    r = _RANGE.search(text)
    if r:
        day = r.group("d") or r.group("d2")
        return Told(True, make_date(int(r.group("y")), int(r.group("m")), int(day)))
    for d in find_dates(text, doc.published):
        before, span = text[max(0, d.start - 40) : d.start], text[d.start : d.end]
        if _CODE_BEFORE.search(before):
            continue
        if not any(c.isdigit() for c in span):
            day = _DAY_AFTER.match(text, d.end)
            if day and not doc.published:  # "Hôm nay, 4/5, ...": the day written after it
                return _resolve(doc, day.group(1), s.start + day.start(1), s.end)
            if not doc.published:  # the day the text itself writes as its "hôm nay (1/10)"
                relative = RELATIVE.match(span)
                return _text_today(doc, bool(relative and relative.group("yday")))
            return Told(True, d.date)  # "sáng nay", "hôm qua": known with a publication date only
        if not _LEAD.search(before[-15:]):
            continue
        if doc.published or not d.partial:
            return Told(True, d.date)
        return _resolve(doc, span, s.start + d.start, s.end)
    r = _RANGE_PARTIAL.search(text)
    if r and not _CODE_BEFORE.search(text[max(0, r.start() - 40) : r.start()]):
        day, month = int(r.group("d") or r.group("d2")), int(r.group("m"))
        if doc.published:
            return Told(True, resolve_partial(day, month, doc.published))
        return _resolve(doc, f"{day}/{month}", s.start + r.start(), s.end)
    b = _BRACKETED.search(text)
    if b and not _CODE_BEFORE.search(text[max(0, b.start() - 40) : b.start()]):
        day, month = int(b.group("d")), int(b.group("m"))
        if doc.published:
            return Told(True, resolve_partial(day, month, doc.published))
        return _resolve(doc, f"{day}/{month}", s.start + b.start(), s.end)
    return _NOT_TOLD


def _text_today(doc: Doc, yesterday: bool) -> Told:
    """A "hôm nay" (or "hôm qua", the day before) with no day written after it, in a text without
    a publication date: the day the text writes after its own "hôm nay" elsewhere ("buổi họp báo
    … diễn ra hôm nay (1/10)", then "ngày hôm nay, … Thủ tướng chủ trì phiên họp"), read as that
    sentence's date is; nothing when the text writes no such day or two different ones."""
    days: set[Told] = set()
    for m in RELATIVE.finditer(doc.text):
        day = _DAY_AFTER.match(doc.text, m.end()) if m.group("today") else None
        if day:
            at = day.start(1)
            days.add(_resolve(doc, day.group(1), at, doc.sentence_at(at).end))
    if len(days) != 1:
        return Told(True, None)
    today = days.pop()
    back = dt.timedelta(days=1 if yesterday else 0)
    return Told(
        True,
        today.date - back if today.date else None,
        today.likely - back if today.likely else None,
    )


# "Trong hai ngày trước hội nghị (14 và 15/5), A đã chủ trì họp …": with no lead word, the meeting's
# day and month (its first day) in brackets; one with a year or a time is not this form
_BRACKETED = re.compile(
    r"\(\s*(?P<d>[0-3]?\d)(?:\s*(?:và|-|–|,)\s*[0-3]?\d)*\s*[/.-]\s*(?P<m>[01]?\d)\s*\)"
)


def _resolve(doc: Doc, span: str, at: int, sentence_end: int) -> Told:
    nums = [int(x) for x in re.findall(r"\d+", span)]
    if len(nums) < 2:
        return Told(True, None)  # "hôm nay" and the like: only with a publication date
    day, month = nums[0], nums[-1]  # "4-5/5": the first day of a two-day meeting
    year = (
        _period_year(_around(doc, at, 1, 1), month)
        or _plenum_year(doc.text, _around(doc, at, 1, _TOPIC_AFTER), month)
        or _congress_year(doc.text, _around(doc, at, 0, 0), month)
        or _term_start(doc.text[at:sentence_end], month, _around(doc, at, 0, _TOPIC_AFTER))
        or _present_year(doc.text, at, month)
        or _named_year(doc.text[at:sentence_end])
        or _ordinal_year(_around(doc, at, 0, _TOPIC_AFTER))
        or _review_year(_around(doc, at, 0, 0), month)
        or _topic_year(_around(doc, at, 0, _TOPIC_AFTER), month)
        or _submitted_year(_around(doc, at, 0, _TOPIC_AFTER), day, month)
        or _figures_day_year(doc.text, day, month)
    )
    lo, hi = _tenure_bounds(doc.text)
    if year and lo <= year <= hi:
        return Told(True, make_date(year, month, day))
    # none certain, or one outside the years of the national leaders the text names in office
    likely = _likely_year(doc.text, at, month)
    return Told(True, None, make_date(likely, month, day) if likely else None)


def _around(doc: Doc, at: int, before: int, after: int) -> str:
    """The sentence holding `at` with `before` sentences before it and `after` sentences after it
    (photo captions between paragraphs count as sentences)."""
    i = max(0, bisect.bisect_right([s.start for s in doc.sentences], at) - 1)
    j = min(len(doc.sentences) - 1, i + after)
    return doc.text[doc.sentences[max(0, i - before)].start : doc.sentences[j].end]


_TOPIC_AFTER = 3  # sentences after the date's that still tell the meeting ("Tại kỳ họp, ...")
_PERIOD = re.compile(
    r"(?:\btháng\s+(?P<m>[01]?\d)|\bqu[ýí]\s+(?P<q>IV|I{1,3}|[1-4])"
    r"|\b6\s+tháng\s+(?P<h>đầu|cuối)(?:\s+năm)?"
    # "4 tháng năm 2016", "9 tháng đầu năm 2019": the year's first N months
    r"|\b(?P<n>[1-9]|1[01])\s+tháng(?:\s+đầu)?(?=\s+năm))\s*(?:[/-]|năm)\s*(?P<y>(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)
_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def _period_year(text: str, month: int) -> int | None:
    """The year a period next to the date gives when the meeting's month lies in it or just after
    it ("phiên họp thường kỳ tháng 11/2021" on 2/12, "nhiệm vụ quý II/2025" on 1/4, "6 tháng đầu
    năm 2019" on 10/7, "tháng 4 và 4 tháng năm 2016" on 4/5); a period that starts or ends a span
    ("từ tháng 7/2006 đến ...") is not."""
    years = set()
    for m in _PERIOD.finditer(text):
        if _NOT_NOW.search(text, max(0, m.start() - 16), m.start()):
            continue
        if m.group("m"):
            first = last = int(m.group("m"))
        elif m.group("n"):
            first, last = 1, int(m.group("n"))
        elif m.group("q"):
            last = 3 * _QUARTERS[m.group("q").lower()]
            first = last - 2
        else:
            first, last = (1, 6) if m.group("h").lower() == "đầu" else (7, 12)
        year = int(m.group("y"))
        if first <= month <= last + 1:
            years.add(year)
        elif month == 1 and last == 12:
            years.add(year + 1)
    return years.pop() if len(years) == 1 else None


# A month or year that is not the text's present: a span's start or end, a target, a past moment.
_NOT_NOW = re.compile(
    r"\b(?:đến|tới|trước|sau|từ|đầu|cuối|giữa|vào|hồi|sinh|trong những|nhìn)\s+(?:năm\s+)?$",
    re.IGNORECASE,
)
_TERM = re.compile(r"\bnhiệm\s+kỳ\s+((?:19|20)\d\d)\s*[-–]\s*(?:19|20)\d\d", re.IGNORECASE)
_OPENS_TERM = re.compile(r"đại hội|trù bị|phiên (?:họp )?thứ nhất|kỳ họp thứ nhất", re.IGNORECASE)


_TERMS = load_data("meeting_kinds.toml")["terms"]
_ELECTS_TERM = re.compile(
    r"\b(?:" + "|".join(map(re.escape, _TERMS["elections"])) + r")\b[^.;:]{0,120}?\bnhiệm\s+kỳ\s+"
    r"((?:19|20)\d\d)\s*[-–]\s*(?:19|20)\d\d",
    re.IGNORECASE,
)


def _term_start(sentence: str, month: int, topic: str) -> int | None:
    """The first year of the term a congress in the sentence opens ("nhiệm kỳ 2025-2030"), or of
    the term whose elections a meeting of the year's first months prepares ("công tác bầu cử …
    nhiệm kỳ 2016 - 2021" on 18/5), told in the date's sentence or in the `topic` sentences after
    it ("Ngày 13/4, phiên họp thứ tư của Hội đồng bầu cử quốc gia … Báo cáo về tình hình chuẩn bị
    bầu cử … nhiệm kỳ 2016-2021")."""
    m = _TERM.search(sentence)
    if m and _OPENS_TERM.search(sentence):
        return int(m.group(1))
    e = _ELECTS_TERM.search(topic)
    return int(e.group(1)) if e and month <= _TERMS["election_last_month"] else None


_KINDS = "|".join(
    re.escape(k) for k in sorted(load_data("meeting_kinds.toml")["kinds"], key=len, reverse=True)
)
# "tổ chức hội nghị lấy phiếu tín nhiệm năm 2014": a year that closes the meeting's own name, in the
# clause that holds it. Not a plan's or a review's year ("hội nghị triển khai nhiệm vụ năm 2015",
# "tổng kết công tác năm 2014"): such meetings sit in the year before or after.
_NAMED = re.compile(
    rf"\b(?:{_KINDS})\b(?P<name>[^,.;:()\n]{{0,60}}?)"
    r"\bnăm\s+(?P<y>(?:19|20)\d\d)(?!\d|[/.-]\d|\s*[-–]\s*\d)",
    re.IGNORECASE,
)
_PLAN_OR_REVIEW = re.compile(
    r"\b(?:nhiệm vụ|kế hoạch|triển khai|phương hướng|tổng kết|sơ kết|kết quả|đánh giá|dự toán|"
    r"mục tiêu|chỉ tiêu)\b",
    re.IGNORECASE,
)


def _named_year(sentence: str) -> int | None:
    """The year a meeting's own name gives it ("hội nghị lấy phiếu tín nhiệm năm 2014" on 25/12),
    when the name is neither a plan nor a review, the year is no document's ("Nghị định 15 năm
    2019") and only one such year is named."""
    years = {
        int(m.group("y"))
        for m in _NAMED.finditer(sentence)
        if not _PLAN_OR_REVIEW.search(m.group("name"))
        and not _DOC_YEAR.search(sentence, max(0, m.start("y") - 40), m.start("y"))
    }
    return years.pop() if len(years) == 1 else None


# "Đây là phiên họp Chính phủ thường kỳ cuối cùng của năm 2017": the meeting's place in its year
_ORDINAL = re.compile(
    rf"\b(?:{_KINDS})\b[^.;:()\n]{{0,50}}?\b(?:cuối cùng|đầu tiên|thứ nhất)\s+(?:của|trong)\s+"
    r"năm\s+((?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)


def _ordinal_year(text: str) -> int | None:
    """The year a meeting is said to be the first or last of ("phiên họp thường kỳ cuối cùng của
    năm 2017"), in its sentence or the few after it; one year only."""
    if "cuối cùng" not in text and "đầu tiên" not in text and "thứ nhất" not in text:
        return None  # the cheap test first: the pattern starts with every meeting kind
    years = {int(m.group(1)) for m in _ORDINAL.finditer(text)}
    return years.pop() if len(years) == 1 else None


_REVIEW_WORDS = load_data("meeting_kinds.toml")["reviews"]
_REVIEW = "|".join(map(re.escape, _REVIEW_WORDS["review"]))
_PLAN = "|".join(map(re.escape, _REVIEW_WORDS["plan"]))
# "hội nghị tổng kết công tác năm 2014, triển khai nhiệm vụ năm 2015": the year a review closes or a
# plan opens, in the name that follows a meeting's kind; the gap holds neither the other kind of
# word
# nor a clause's end, so "tổng kết, triển khai nhiệm vụ năm 2015" is a plan's year only.
_KIND_AT = re.compile(rf"\b(?:{_KINDS})\b[^.;:()\n]{{0,140}}", re.IGNORECASE)
_REVIEW_OR_PLAN = re.compile(rf"\b(?:(?P<r>{_REVIEW})|(?P<p>{_PLAN}))\b", re.IGNORECASE)
_YEAR_AFTER = re.compile(
    r"[^.;:()\n]{0,60}?\bnăm\s+(?P<y>(?:19|20)\d\d)(?!\d|[/.-]\d|\s*[-–]\s*\d)", re.IGNORECASE
)
_OTHER_SIDE = {"r": re.compile(rf"\b(?:{_PLAN})\b", re.IGNORECASE),
               "p": re.compile(rf"\b(?:{_REVIEW})\b", re.IGNORECASE)}
# "tổng kết 10 năm thực hiện Nghị quyết 26 năm 2008": the year of what is carried out, not a year
# reviewed; a number or a document between the word and the year says so.
_NOT_THE_YEAR = re.compile(
    r"\d|\b(?:thực hiện|nghị quyết|chỉ thị|kết luận|quyết định|luật|chương trình|đề án)\b",
    re.IGNORECASE,
)


def _review_year(sentence: str, month: int) -> int | None:
    """The year a review or a plan in the meeting's name fixes: a year is reviewed in its last two
    months or the first three of the next ("tổng kết công tác năm 2014" on 21/1 -> 2015, on 26/12 ->
    2014), and its tasks are launched in the same months ("triển khai nhiệm vụ năm 2015" on 21/1 ->
    2015, on 28/12 -> 2014); other months, or two answers, give none."""
    if month not in (1, 2, 3, 11, 12):
        return None
    years = set()
    for kind in _KIND_AT.finditer(sentence):
        name = kind.group()
        for w in _REVIEW_OR_PLAN.finditer(name):
            side = "r" if w.group("r") else "p"
            if side == "p" and _ADJUSTED.search(name, max(0, w.start() - 20), w.start()):
                continue  # "điều chỉnh kế hoạch … năm 2025": the running year's plan, adjusted
            y = _YEAR_AFTER.match(name, w.end())
            gap = name[w.end() : y.start("y")] if y else ""
            if not y or _OTHER_SIDE[side].search(gap) or _NOT_THE_YEAR.search(gap):
                continue
            year, late = int(y.group("y")), month >= 11
            years.add(year + (0 if late else 1) if side == "r" else year - (1 if late else 0))
    return years.pop() if len(years) == 1 else None


_PRESENT = load_data("meeting_kinds.toml")["present"]


def _words(key: str, table: dict[str, Any] = _PRESENT) -> str:
    """The phrases of a meeting_kinds.toml table ([present] unless another is given) under `key`
    as a regex alternation, longest first."""
    return "|".join(map(re.escape, sorted(table[key], key=len, reverse=True)))


# A national Party Congress by its number, then up to `congress_reach` characters of its clause
_CONGRESS = re.compile(
    r"\bĐại\s+hội\s+(?:Đảng\s+(?:toàn\s+quốc\s+)?|đại\s+biểu\s+toàn\s+quốc\s+(?:lần\s+thứ\s+)?)?"
    r"(?P<n>[XVI]+)\b(?!\s+(?:Đảng\s+bộ|của\s+Đoàn|Đoàn|Công\s+đoàn|Hội))"
    r"(?P<rest>[^.;]{0,"
    + str(_PRESENT["congress_reach"])
    + "})"
)
# The Congress at work in the meeting's sentence: "Đại hội" (not another body's) and one of its
# sittings' words after it, or "phiên khai mạc (của) Đại hội" before it
_CONGRESS_WORK = _words("congress_work")
_CONGRESS_AT_WORK = re.compile(
    r"\bĐại\s+hội\b(?!\s+(?:" + _words("congress_not_after") + r")\b)"
    r"[^.;:]{0," + str(_PRESENT["congress_work_reach"]) + r"}?\b(?:" + _CONGRESS_WORK + r")\b"
    r"|\bphiên\s+(?:" + _CONGRESS_WORK + r")\s+(?:của\s+)?Đại\s+hội\b"
    r"(?!\s+(?:" + _words("congress_not_after") + r")\b)",
    re.IGNORECASE,
)
_CONGRESS_JUST = re.compile(rf"\b(?:{_words('congress_just')})\b", re.IGNORECASE)
_JUST_PAST = re.compile(
    r"\bnăm\s+((?:19|20)\d\d)\s+(?:"
    + "|".join(map(re.escape, _PRESENT["just_past_words"]))
    + r")\b",
    re.IGNORECASE,
)
# "hồi tháng 9 năm ngoái": a month of the year before the text's present
_LAST_YEAR_MONTH = re.compile(
    rf"\btháng\s+([01]?\d)\s+(?:{_words('last_year_words')})\b", re.IGNORECASE
)
# a day or a month dated with its year ("29/9/2017", "tháng 9/2017", "tháng 9 năm 2017")
_MONTH_WITH_YEAR = re.compile(
    r"(?:\b\d{1,2}\s*[/.-]\s*|\btháng\s+)([01]?\d)\s*(?:[/.-]\s*|\s+năm\s+)((?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)
# "báo cáo … năm 2018 và những tháng đầu năm 2019": a year ended and the first months of the next,
# the report period that runs up to the writer's present
_UP_TO_NOW = re.compile(
    r"\bnăm\s+(?P<y>(?:19|20)\d\d)\s+và\s+(?:những|các|mấy)\s+tháng\s+đầu\s+năm\s+"
    r"(?P<y2>(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)
# "đến cuối 9/2017", "tính đến hết tháng 9/2017": figures counted up to a month's end
_FIGURES_TO = re.compile(
    rf"\b(?:{_words('figures_to_words')})\s+(?:tháng\s+)?([01]?\d)\s*[/-]\s*((?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)
# "so với cùng kỳ 2016", "cùng kỳ năm 2016": the same period of a year, compared with this year's
_SAME_PERIOD = re.compile(
    rf"\b(?:{_words('same_period_words')})\s+(?:năm\s+)?((?:19|20)\d\d)(?!\d|[/.-]\d|\s*[-–]\s*\d)",
    re.IGNORECASE,
)
# "tính từ năm 2008 đến tháng 6-2018": the end word just before a period, a start word before it
_SPAN_TO = re.compile(
    rf"\b(?:{_words('span_to')})\s+(?:năm\s+)?$",
    re.IGNORECASE,
)
_SPAN_FROM = re.compile(
    r"\b(?:" + "|".join(map(re.escape, _PRESENT["span_from"])) + r")\s+(?:năm\s+)?(?:19|20)\d\d",
    re.IGNORECASE,
)

_DATED_ACT = re.compile(
    rf"\b(?:{_words('dated_act')})\s+(?:(?:vào|từ|trong)\s+)?$",
    re.IGNORECASE,
)

# "Tháng 1/2016, thông cáo …": a period that opens a sentence, a past moment
_FRONTED_PERIOD = re.compile(
    r"(?:^|[.;:!?]\s|\n)\s*tháng\s+\d{1,2}\s*[/-]\s*\d{4}\s*,", re.IGNORECASE
)


# the year after a year-side word: "năm 2016", or a bare year closing a budget's or a programme's
# name ("dự toán ngân sách 2017")
_SIDE_YEAR = re.compile(r"(?:\bnăm\s+|(?<=[^\W\d_])\s)((?:19|20)\d\d)(?!\d|[/.-]\d|\s*[-–]\s*\d)",
                        re.IGNORECASE)
_SIDE_WORD = re.compile(rf"\b(?:(?P<b>{_words('turn_before')})|(?P<a>{_words('turn_after')}))\b",
                        re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.;:!?\n]")
_AHEAD_TARGET = re.compile(
    rf"\b(?:{_words('ahead_target')})\s+(?:là\s+)?(?:(?:{_words('ahead_target_to')})\s+)?"
    r"hết\s+năm\s+((?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)
# "vào tháng 11/2019", "trước ngày 15/7/2018": a month, or a day's month, set as a deadline
_AHEAD_DEADLINE = re.compile(
    rf"\b(?:{_words('ahead_deadline')})\s+(?:tháng|ngày\s+[0-3]?\d\s*[/.-])\s*([01]?\d)\s*[/.-]\s*"
    r"((?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)
_AHEAD_ASK = re.compile(rf"\b(?:{_words('ahead_ask')})\b", re.IGNORECASE)


@lru_cache(maxsize=4)  # one text, asked once per meeting date it holds
def _year_sides(text: str) -> tuple[dict[int, int], dict[int, int]]:
    """Years named as reviewed or held to (first map) and as planned for (second), each with the
    position of its first such mention: the word nearest before the year in its clause decides."""
    before: dict[int, int] = {}
    after: dict[int, int] = {}
    window = _PRESENT["turn_window"]
    for m in _SIDE_YEAR.finditer(text):
        lo = max(0, m.start(1) - window)
        back = text[lo : m.start(1)]
        cut = [c.end() for c in _CLAUSE_END.finditer(back)]
        back = back[cut[-1] :] if cut else back
        if _NOT_NOW.search(text, max(0, m.start(1) - 16), m.start(1)):
            continue
        words = list(_SIDE_WORD.finditer(back))
        if not words:
            continue
        side = before if words[-1].group("b") else after
        side.setdefault(int(m.group(1)), m.start())
    return before, after


@lru_cache(maxsize=4)
def _ahead(text: str) -> tuple[list[int], list[tuple[int, int]]]:
    """The years of targets set for a year's end, and the (month, year) of deadlines asked for."""
    targets = [int(m.group(1)) for m in _AHEAD_TARGET.finditer(text)]
    deadlines = []
    for m in _AHEAD_DEADLINE.finditer(text):
        clause = text[max(0, m.start() - 120) : m.start()]
        cut = [c.end() for c in _CLAUSE_END.finditer(clause)]
        clause = clause[cut[-1] :] if cut else clause
        if _AHEAD_ASK.search(clause):
            deadlines.append((int(m.group(1)), int(m.group(2))))
    return targets, deadlines


def _period_months(m: re.Match[str]) -> tuple[int, int]:
    """The first and last month of a period _PERIOD found."""
    if m.group("m"):
        return int(m.group("m")), int(m.group("m"))
    if m.group("n"):
        return 1, int(m.group("n"))
    if m.group("q"):
        last = 3 * _QUARTERS[m.group("q").lower()]
        return last - 2, last
    return (1, 6) if m.group("h").lower() == "đầu" else (7, 12)


def _present_year(text: str, at: int, month: int) -> int | None:
    """The year the text treats as its present, when its votes (`_present_votes`) reach `needed`
    and every other year's are less than half of them; else none."""
    votes = _present_votes(text, at, month)
    if not votes:
        return None
    best = max(votes, key=lambda y: votes[y])
    rest = max((v for y, v in votes.items() if y != best), default=0)
    return best if votes[best] >= _PRESENT["needed"] and 2 * rest < votes[best] else None


@lru_cache(maxsize=8)  # asked for the certain year, then again for the likely one
def _present_votes(text: str, at: int, month: int) -> dict[int, int]:
    """The votes for the year the text treats as its present, for a meeting in `month` told at
    `at`: signals (table [present] of meeting_kinds.toml) vote for years, those in the meeting's
    own paragraph more than those elsewhere; a reported period just ended or running at the
    meeting's month ("6 tháng đầu năm 2019" at a July meeting), a span up to now ("từ năm 2008
    đến tháng 6-2018" at a December one), a year called just ended ("năm 2018 vừa qua" -> 2019,
    not in December), a year and the first months of the next ("năm 2018 và những tháng đầu năm
    2019" -> 2019, February to August), figures up to a month's end ("đến cuối 9/2017" in October
    -> 2017), the same period of a year compared ("so với cùng kỳ 2016" -> 2017, from March)."""
    start, end = _paragraph(text, at)
    votes: dict[int, int] = {}

    def vote(year: int, pos: int, weight: int) -> None:
        place = _PRESENT["near"] if start <= pos < end else _PRESENT["far"]
        votes[year] = votes.get(year, 0) + weight * place

    if month != 12:
        for m in _JUST_PAST.finditer(text):
            vote(int(m.group(1)) + 1, m.start(), _PRESENT["just_past"])
    last_months = {int(m.group(1)): m.start() for m in _LAST_YEAR_MONTH.finditer(text)}
    if last_months:
        for m in _MONTH_WITH_YEAR.finditer(text):
            if int(m.group(1)) in last_months:
                vote(int(m.group(2)) + 1, last_months[int(m.group(1))], _PRESENT["last_year"])
    if 2 <= month <= 8:
        for m in _UP_TO_NOW.finditer(text):
            if int(m.group("y2")) == int(m.group("y")) + 1:
                vote(int(m.group("y2")), m.start(), _PRESENT["up_to_now"])
    for m in _FIGURES_TO.finditer(text):
        upto, year = int(m.group(1)), int(m.group(2))
        if upto <= month <= upto + _PRESENT["lead"]:
            vote(year, m.start(), _PRESENT["figures_to"])
        elif month + 12 <= upto + _PRESENT["lead"]:
            vote(year + 1, m.start(), _PRESENT["figures_to"])  # "đến hết 12/2017" in January
    if month >= _PRESENT["same_period_from_month"]:
        for m in _SAME_PERIOD.finditer(text):
            vote(int(m.group(1)) + 1, m.start(), _PRESENT["same_period"])
    for m in _PERIOD.finditer(text):
        first, last = _period_months(m)
        year = int(m.group("y"))
        before = text[max(0, m.start() - 16) : m.start()]
        if _NOT_NOW.search(before):
            if (
                _SPAN_TO.search(before)
                and _SPAN_FROM.search(text, max(0, m.start() - 60), m.start())
                and last <= month
            ):
                vote(year, m.start(), _PRESENT["span_to_now"])
            continue
        if (
            first <= month <= last + _PRESENT["lead"]
            and not _DATED_ACT.search(before)
            and not _FRONTED_PERIOD.match(text, max(0, m.start() - 2), m.end() + 2)
        ):
            vote(year, m.start(), _PRESENT["period"])
    if month <= _PRESENT["turn_early"] or month >= _PRESENT["turn_late"]:
        reviewed, planned = _year_sides(text)
        for year, pos in reviewed.items():
            if year + 1 in planned:
                now = year + 1 if month <= _PRESENT["turn_early"] else year
                vote(now, min(pos, planned[year + 1]), _PRESENT["turn"])
    for m in _CONGRESS.finditer(text):
        held = _PRESENT["congresses"].get(m.group("n"))
        if held and _CONGRESS_JUST.search(m.group("rest")) and (
            held[1] <= month <= held[1] + _PRESENT["congress_lead"]
        ):
            vote(held[0], m.start(), _PRESENT["congress"])
    targets, deadlines = _ahead(text)
    ahead = _PRESENT["ahead"] * _PRESENT["far"]
    if month >= _PRESENT["turn_late"] - 1:
        for year in targets:
            votes[year] = votes.get(year, 0) + ahead
    for due, year in deadlines:
        if month < due <= month + _PRESENT["ahead_months"]:
            votes[year] = votes.get(year, 0) + ahead
    return votes


# "năm 2025", or a year closing a name ("Đề án ... tỉnh Bình Định 2025", "Xuân Kỷ Hợi 2019"); not a
# year of a range ("2021-2025"), of a date ("7/2/2025") or of a code ("QĐ 367/TTg năm 1996").
_YEAR = re.compile(
    r"(?:\bnăm\s+|(?<=[^\W\d_])\s)((?:19|20)\d\d)(?!\d|[/.-]\d|\s*[-–]\s*\d)", re.IGNORECASE
)
_LAW = re.compile(
    r"\b(?:luật|hiến pháp|pháp lệnh|nghị định|bộ luật)\b[^,.;()]{0,45}$"
    r"|\d\s*[/-]\s*[A-ZĐ][\w/.-]*\s*(?:năm\s*)?$|\d[/.-]\d\d?[/.-]\s*$",
    re.IGNORECASE,
)


def _topic_year(text: str, month: int) -> int | None:
    """The one year the meeting's sentence and the few after it name as their own time ("điều
    chỉnh kế hoạch đầu tư công năm 2025", "thông qua Đề án ... 2025"). Left out: targets, starts,
    past moments ("Năm 2012, Thanh tra ..."), plans and reviews ("dự toán ngân sách 2017", "kết
    quả công tác năm 2017": the year after or before the meeting; "kế hoạch … năm 2019" in October
    or November), laws, codes and documents named by number and year ("Nghị quyết 19 năm 2019"),
    numbers, birth years and decades (table [likely] `not_a_time`: "những năm 1980").
    A meeting in December or January, one whose passage names two years, and one that judges
    misconduct (its years are those of the violations) are left undated."""
    if month in (1, 12) or _MISCONDUCT.search(text):
        return None
    years = {
        int(m.group(1))
        for m in _YEAR.finditer(text)
        if not _NOT_NOW.search(text, max(0, m.start(1) - 16), m.start(1))
        and not _LAW.search(text, max(0, m.start(1) - 60), m.start(1))
        and not _FRONTED.match(text, max(0, m.start() - 2), m.end(1) + 2)
        and not _SHIFTED.search(text, max(0, m.start(1) - 50), m.start(1))
        and not _DOC_YEAR.search(text, max(0, m.start(1) - 40), m.start(1))
        # a number, a birth year, a decade ("từ những năm 1980")
        and not _NUMBER_BEFORE.search(text, max(0, m.start(1) - 12), m.start(1))
        and not _plan_ahead(text, m.start(1), month)
    }
    return years.pop() if len(years) == 1 else None


# "xây dựng Nghị quyết 19 năm 2019", "Quyết định số 1234 năm 2018": a document named by its kind,
# number and year (the kind words of `codes.kinds()`; the capitals' abbreviations left out, compared
# with case there); the year is the document's, not the time of the meeting that talks about it.
_DOC_KIND_WORDS = sorted(
    (w for w, kind in kinds().by_word.items() if kind and w.upper() not in kinds().caps),
    key=len, reverse=True,
)
_DOC_YEAR = re.compile(
    rf"\b(?:{'|'.join(map(re.escape, _DOC_KIND_WORDS))})\s+(?:số\s+)?\d+\s+(?:năm\s+)?$",
    re.IGNORECASE,
)
# "Dự thảo Nghị quyết Kế hoạch phát triển kinh tế - xã hội năm 2019" in November: a plan's year named
# in the months a year's plans are adopted for the next is this year's (a plan adjusted) or the
# next's (meeting_kinds.toml [reviews] plan_ahead_months); it fixes no year then.
_PLAN_AHEAD_MONTHS = frozenset(_REVIEW_WORDS["plan_ahead_months"])
_PLAN_BEFORE = re.compile(rf"\b(?:{_PLAN})\b[^,.;()]{{0,40}}$", re.IGNORECASE)
_ADJUSTED = re.compile(
    rf"\b(?:{'|'.join(map(re.escape, _REVIEW_WORDS['plan_adjusted']))})\s+$", re.IGNORECASE
)


def _plan_ahead(text: str, year_at: int, month: int) -> bool:
    """Whether the year at `year_at` is a plan's, named in the months a year's plans are adopted
    for the next and not as a plan adjusted ("điều chỉnh kế hoạch đầu tư công năm 2025" in November
    is 2025's)."""
    if month not in _PLAN_AHEAD_MONTHS:
        return False
    plan = _PLAN_BEFORE.search(text, max(0, year_at - 50), year_at)
    return plan is not None and not _ADJUSTED.search(text, max(0, plan.start() - 20), plan.start())


def _plan_ahead_year(text: str, month: int) -> int | None:
    """The one year whose plan a text of the plan-adopting months prepares ("thảo luận dự thảo
    Nghị quyết … dự toán ngân sách Nhà nước năm 2019" on 27/11), when the year before it is named
    too: that next year's plan is likelier than this year's adjusted, so the meeting likely sits in
    the year before (a likely year only: `_plan_ahead` keeps it from the certain ones). The latest
    year named on the planning side of the turn of the year (`_year_sides`) is the plan's."""
    if month not in _PLAN_AHEAD_MONTHS:
        return None
    _, planned = _year_sides(text)
    if not planned:
        return None
    year = max(planned)
    named = {int(m.group(1)) for m in _YEAR.finditer(text)}
    return year if year - 1 in named else None


_MISCONDUCT = re.compile(r"\b(?:kỷ luật|vi phạm|sai phạm)\b", re.IGNORECASE)
_FRONTED = re.compile(r"(?:^|[.;:!?]\s|\n)\s*(?:trong\s+)?năm\s+\d{4}\s*,", re.IGNORECASE)
_SHIFTED = re.compile(
    r"\b(?:dự toán|dự kiến|mục tiêu|định hướng|chỉ tiêu|tầm nhìn|quy hoạch|kết quả|tổng kết"
    r"|đánh giá|so với|cùng kỳ)\b[^,.;()]{0,40}$",
    re.IGNORECASE,
)


_SUBMITTED = re.compile(
    r"\b(?:"
    + "|".join(map(re.escape, load_data("meeting_kinds.toml")["submissions"]["words"]))
    + r")\b[^.;]{0,40}?\bngày\s+(?P<d>[0-3]?\d)\s*[/.-]\s*(?P<m>[01]?\d)\s*[/.-]\s*"
    r"(?P<y>(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)


def _submitted_year(text: str, day: int, month: int) -> int | None:
    """The year of the paper the meeting reads ("xem xét … tờ trình số 122-TTr/UBKTTW ngày
    6-7-2018" at a meeting of 12-7), when the paper is dated on or before the meeting's day in its
    month or the month before; a paper of December read in January gives the year after."""
    years = set()
    for m in _SUBMITTED.finditer(text):
        d, mo, y = int(m.group("d")), int(m.group("m")), int(m.group("y"))
        if (mo == month and d <= day) or mo == month - 1:
            years.add(y)
        elif mo == 12 and month == 1:
            years.add(y + 1)
    return years.pop() if len(years) == 1 else None


_SUBMISSIONS: Final = load_data("meeting_kinds.toml")["submissions"]
# "từ ngày 1-2 đến 3-3-2019": figures counted up to a day with its year
_FIGURES_DAY = re.compile(
    r"\b(?:"
    + "|".join(map(re.escape, sorted(_SUBMISSIONS["figures_to_day"], key=len, reverse=True)))
    + r")\s+(?:ngày\s+)?(?P<d>[0-3]?\d)\s*[/.-]\s*(?P<m>[01]?\d)\s*[/.-]\s*"
    r"(?P<y>(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)


def _figures_day_year(text: str, day: int, month: int) -> int | None:
    """The year of figures counted up to the meeting's day or a few days before it ("từ ngày 1-2
    đến 3-3-2019" heard at a conference of 4-3; "đến 31/12/2018" heard on 2/1 gives 2019), when
    every such span agrees."""
    if "đến" not in text:
        return None
    years = set()
    for m in _FIGURES_DAY.finditer(text):
        y = int(m.group("y"))
        try:
            counted = dt.date(y, int(m.group("m")), int(m.group("d")))
            held = [dt.date(y, month, day), dt.date(y + 1, month, day)]
        except ValueError:
            continue
        years |= {h.year for h in held if 0 <= (h - counted).days <= _SUBMISSIONS["days_before"]}
    return years.pop() if len(years) == 1 else None


# A year the text names as a time: a full date's ("24/7/2018", a document's date too), a month's
# ("tháng 7/2018"), "năm 2018", or one closing a name ("APEC 2017", "xuân Kỷ Hợi 2019"); not a
# range's ("2021-2025") nor a code's ("159/TB-2019").
_TIME_YEAR = re.compile(
    r"(?P<day>\b[0-3]?\d\s*[/.-]\s*(?P<dm>[01]?\d)\s*[/.-]\s*)?"
    r"(?(day)|(?:\btháng\s+(?P<mm>[01]?\d)\s*[/-]\s*|\bnăm\s+|(?<=[^\W\d_])\s))"
    r"(?P<y>(?:19|20)\d\d)(?!\d|\s*[-–]\s*\d)",
    re.IGNORECASE,
)
_LIKELY = load_data("meeting_kinds.toml")["likely"]


# A year set ahead or reviewed, whatever the words between ("phấn đấu hết 2019", "kế hoạch phát
# triển kinh tế - xã hội năm 2019", "kết quả … năm 2017"): not the text's present.
_NOT_PRESENT = re.compile(
    rf"\b(?:{_words('not_present', _LIKELY)})\b[^.;:!?\n]{{0,{_LIKELY['reach']}}}$", re.IGNORECASE
)
# A day set as a deadline ("trước ngày 30/6/2020"): ahead of the present; not a range's end
# ("từ ngày 12 đến 13/12/2017"), a past time.
_DEADLINE = re.compile(rf"\b(?:{_words('deadline', _LIKELY)})\s+(?:ngày\s+)?$", re.IGNORECASE)
_RANGE_END = re.compile(
    r"\btừ\s+(?:ngày\s+)?[0-3]?\d(?:\s*[/.-]\s*[01]?\d)?\s+(?:đến|tới)\s+(?:ngày\s+)?$",
    re.IGNORECASE,
)
# A time in a sentence that opens by calling it earlier than the meeting ("Trước đó tại kỳ họp 15
# (tháng 7/2017), …"): before the meeting wherever the text tells it.
_EARLIER_WORD = re.compile(rf"\b(?:{_words('earlier_step', _LIKELY)})\b", re.IGNORECASE)
_EARLIER_STEP = re.compile(
    rf"(?:^|[.!?\n]\s*)(?:{_words('earlier_step', _LIKELY)})\b[^.!?\n]{{0,120}}$", re.IGNORECASE
)


_LEADERS = load_data("national_leaders.toml")
_FORMER = "|".join(map(re.escape, sorted(_LEADERS["former"], key=len, reverse=True)))
# a gap between a post and a name that names someone else or a duty, not the post (national_leaders
# .toml `not_holder`: "Thủ tướng tiếp Chủ tịch …", "A … tham gia Thường trực Ban Bí thư")
_GAP_BREAK = re.compile(
    r"\b(?:"
    + "|".join(map(re.escape, sorted(_LEADERS["not_holder"], key=len, reverse=True)))
    + r")\b|"
    + "|".join(sorted({re.escape(h["name"]) for h in _LEADERS["holder"]}, key=len, reverse=True)),
    re.IGNORECASE,
)


def _holder_patterns(post: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The post written just before a name ("Tổng Bí thư, Chủ tịch nước " before "Nguyễn Phú
    Trọng"; matched at the end of the text before the name) and just after it (", Bí thư Trung
    ương Đảng, Chủ nhiệm Ủy ban Kiểm tra Trung ương" after "ông Trần Cẩm Tú"; matched at the start
    of the text after it)."""
    titles = "|".join(map(re.escape, sorted(_LEADERS["titles"][post], key=len, reverse=True)))
    return (
        re.compile(
            rf"(?<!\w)(?P<former>(?:{_FORMER})\s+)?(?:{titles})(?P<gap>[^.;:!?\n]{{0,40}}?)\s$",
            re.IGNORECASE,
        ),
        re.compile(
            rf"(?P<gap>\s*[,(-]\s*[^.;:!?\n]{{0,80}}?)(?P<former>(?:{_FORMER})\s+)?"
            rf"(?:{titles})(?!\w)",
            re.IGNORECASE,
        ),
    )


_POSTS = {post: _holder_patterns(post) for post in _LEADERS["titles"]}
# (post, name, first year, last year): each name is found as written, then its post looked for
# around it (scanning whole texts with a pattern per holder cost 18 ms a text)
_HOLDERS = [
    (str(h["post"]), str(h["name"]), int(h["from"]), int(h["to"]) or 9999)
    for h in _LEADERS["holder"]
]


def _named_in_office(text: str, post: str, name: str) -> bool:
    """Whether the text names `name` with the post `post`, not as a former holder."""
    before, after = _POSTS[post]
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if end >= len(text) or not text[end].isalnum():
            m = before.search(text, max(0, at - 80), at)
            if m and not m.group("former") and not _GAP_BREAK.search(m.group("gap")):
                return True
            m = after.match(text, end, end + 120)
            if m and not m.group("former") and not _GAP_BREAK.search(m.group("gap")):
                return True
        at = text.find(name, end)
    return False


def _paragraph(text: str, at: int) -> tuple[int, int]:
    """Where the paragraph holding `at` (the meeting's passage) starts and ends."""
    end = text.find("\n\n", at)
    return text.rfind("\n\n", 0, at) + 1, len(text) if end < 0 else end


# a year that is a number or a birth year ("Quyết định thu hồi đất số 1997", "SN 1972")
_NUMBER_BEFORE = re.compile(rf"\b(?:{_words('not_a_time', _LIKELY)})\s+$", re.IGNORECASE)


@lru_cache(maxsize=4)
def _tenure_bounds(text: str) -> tuple[int, int]:
    """The years the text's present lies within by the national leaders it names in office
    ("Tổng Bí thư Nguyễn Phú Trọng": 2011-2024; with "Chủ tịch nước Nguyễn Phú Trọng" too:
    2018-2021). A post whose several holders the text names in office ("năm 2014, Thủ tướng Nguyễn
    Tấn Dũng …" beside "Thủ tướng Nguyễn Xuân Phúc") tells of several times and bounds nothing;
    no bound either when the posts' years do not meet."""
    held: dict[str, set[tuple[int, int]]] = {}
    for post, name, first, last in _HOLDERS:
        if name in text and _named_in_office(text, post, name):
            held.setdefault(post, set()).add((first, last))
    lo, hi = 0, 9999
    for terms in held.values():
        if len(terms) == 1:
            first, last = next(iter(terms))
            lo, hi = max(lo, first), min(hi, last)
    return (lo, hi) if lo <= hi else (0, 9999)


_ASSEMBLY = load_data("meeting_kinds.toml")["assembly"]


def _term(k: str) -> str:
    """A term's number as the tables key it: "XII" as written, "12" ("khoá 12", as often written
    as the Roman numeral) in Roman numerals."""
    if not k.isdigit():
        return k.upper()
    n, out = int(k), ""
    for value, numeral in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + numeral, n - value
    return out


_SESSION = re.compile(
    r"\bkỳ\s+họp\s+thứ\s+(?P<n>\d{1,2}|"
    + "|".join(sorted(map(re.escape, _ASSEMBLY["numbers"]), key=len, reverse=True))
    + r")\s*,?\s*(?:của\s+)?Quốc\s+hội\s+kh(?:óa|oá)\s+(?P<k>[XVI]+|1\d)\b",
    re.IGNORECASE,
)


_PLENUMS = load_data("meeting_kinds.toml")["plenums"]
_PLENUM_HELD = {
    (term, int(n)): (int(year), int(month))
    for term, rows in _PLENUMS["terms"].items()
    for n, year, month in rows
}
_NUMBER = (
    r"\d{1,2}|" + "|".join(sorted(map(re.escape, _ASSEMBLY["numbers"]), key=len, reverse=True))
)
# "Hội nghị lần thứ 10 Ban Chấp hành Trung ương Đảng khoá XI", "Hội nghị Trung ương 6 khóa XII",
# "Hội nghị TW 9, khoá XII", "Hội nghị Trung ương sáu, khoá XII"
_PLENUM = re.compile(
    rf"\bHội\s+nghị\s+(?:lần\s+thứ\s+(?P<a>{_NUMBER})\s+)?(?:Ban\s+Chấp\s+hành\s+)?"
    rf"(?:Trung\s+ương|TW|T\.Ư)(?:\s+Đảng)?(?:\s+(?:lần\s+thứ\s+)?(?P<b>{_NUMBER}))?"
    r"\s*[,(]?\s*kh(?:óa|oá)\s+(?P<k>[XVI]+|1\d)\b(?P<after>[^.;\n]{0,40})",
    re.IGNORECASE,
)
_PLENUM_NOT_AFTER = re.compile(
    r"^\s*(?:" + "|".join(map(re.escape, _PLENUMS["not_after"])) + r")", re.IGNORECASE
)
_PLENUM_NOT_BEFORE = re.compile(
    r"\b(?:" + "|".join(map(re.escape, _PLENUMS["not_before"])) + r")\b[^.;,]{0,12}$", re.IGNORECASE
)
_CENTRAL_AT_WORK = re.compile(r"Trung\s+ương|\bTW\b|T\.Ư", re.IGNORECASE)


def _plenum_year(text: str, passage: str, month: int) -> int | None:
    """The year of the Central Committee plenum the text names by number and term ("Hội nghị lần
    thứ 10 Ban Chấp hành Trung ương Đảng khoá XI" -> January 2015, table [plenums]) for a meeting
    of the plenum's month or the next, when the meeting's passage tells the Central Committee
    ("Sáng 12/1, Ban Chấp hành Trung ương Đảng làm việc tại tổ"); not a plenum cited as the source
    of a document, nor a foreign party's. One year only."""
    low = text.lower()
    if "khóa" not in low and "khoá" not in low:
        return None  # the cheap test first
    if not _CENTRAL_AT_WORK.search(passage):
        return None
    years = set()
    for m in _PLENUM.finditer(text):
        word = (m.group("a") or m.group("b") or "").lower()
        if not word or (m.group("a") and m.group("b")):
            continue
        n = int(word) if word.isdigit() else int(_ASSEMBLY["numbers"].get(word, 0))
        held = _PLENUM_HELD.get((_term(m.group("k")), n))
        if held is None or _PLENUM_NOT_AFTER.search(m.group("after")):
            continue
        if _PLENUM_NOT_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue
        year, first = held
        if month == first:
            years.add(year)
        elif month == first % 12 + 1:
            years.add(year + 1 if first == 12 else year)
    return years.pop() if len(years) == 1 else None


def _congress_year(text: str, sentence: str, month: int) -> int | None:
    """The year of the national Party Congress the text names by its number ("Đại hội XII" ->
    January 2016, table [present.congresses]) for a meeting of the congress's month whose sentence
    tells the Congress sitting ("sáng 21/1 Đại hội sẽ khai mạc"); one year only."""
    if "hội" not in sentence or not _CONGRESS_AT_WORK.search(sentence):
        return None
    years = set()
    for m in _CONGRESS.finditer(text):
        held = _PRESENT["congresses"].get(m.group("n"))
        if held and held[1] == month:
            years.add(int(held[0]))
    return years.pop() if len(years) == 1 else None


def _session_months(n: int) -> tuple[int, int]:
    """The months a regular session N of the National Assembly sits in."""
    if n == 1:
        return 7, 7
    if n == 11:
        return 3, 4
    return (5, 6) if n % 2 else (10, 11)


def _assembly_year(text: str, month: int) -> int | None:
    """The year of the National Assembly's session the passage names ("kỳ họp thứ 5, Quốc hội
    khóa XIV" -> 2018), when the meeting's month lies within the session's months (table
    [assembly]); one year only."""
    years = set()
    for m in _SESSION.finditer(text):
        first = _ASSEMBLY["terms"].get(_term(m.group("k")))
        word = m.group("n").lower()
        n = int(word) if word.isdigit() else int(_ASSEMBLY["numbers"].get(word, 0))
        if first is None or not 1 <= n <= 11:
            continue
        lo, hi = _session_months(n)
        if lo - _ASSEMBLY["slack"] <= month <= hi + _ASSEMBLY["slack"]:
            years.add(int(first) + (5 if n == 11 else (n - 1) // 2))
    return years.pop() if len(years) == 1 else None


def _one_side_turn(text: str, month: int) -> set[int]:
    """The years the text's present likely is by the reviewed side of the turn of the year alone
    (the certain rule needs a planned year too): a year reviewed ("kết quả … năm 2018", "thời
    gian qua, đặc biệt là năm 2018") at a meeting of the year's first months is the year before
    it, at one of its last two months the year itself. A year planned for alone says less ("chương
    trình kiểm tra của Thành ủy năm 2017" in October is the running year's) and is not used."""
    reviewed, _ = _year_sides(text)
    if month <= _PRESENT["turn_early"]:
        return {y + 1 for y in reviewed}
    if month >= 11:
        return set(reviewed)
    return set()


def _likely_year(text: str, at: int, month: int) -> int | None:
    """The year a meeting dated by day and month most likely falls in when the text makes none
    certain: the year of the National Assembly session its paragraph names, else the text's one
    session (`_assembly_year`); else the year the present-year signals favour, even weakly
    (`_present_votes`); else the one the turn of the year gives by one side alone
    (`_one_side_turn`); else, in October or November, the year before the one whose plan the text
    prepares (`_plan_ahead_year`); else the latest year the text names as a time (a date, a month,
    "năm Y", a name's year), since news tells its present and what came before it. Left out:
    days set as deadlines, years set ahead or reviewed (table [likely] of meeting_kinds.toml), span
    starts and ends, laws, codes, documents' years and numbers, and years outside the terms of the
    national leaders the text names in office (`_tenure_bounds`). None when no year is left."""
    lo, hi = _tenure_bounds(text)
    start, end = _paragraph(text, at)
    # the session the meeting's paragraph names, else the one session the whole text names
    session = _assembly_year(text[start:end], month) or _assembly_year(text, month)
    if session and lo <= session <= hi:
        return session
    votes = {y: v for y, v in _present_votes(text, at, month).items() if lo <= y <= hi}
    if votes:
        ranked = sorted(votes.values(), reverse=True)
        if len(ranked) == 1 or ranked[0] > ranked[1]:
            return max(votes, key=lambda y: votes[y])
    turn = {y for y in _one_side_turn(text, month) if lo <= y <= hi}
    if len(turn) == 1:
        return turn.pop()
    ahead = _plan_ahead_year(text, month)
    if ahead is not None and lo <= ahead - 1 <= hi:
        return ahead - 1
    times: list[tuple[int, int, int]] = []  # (year, month or 0, position)
    told_earlier = _EARLIER_WORD.search(text) is not None  # the cheap test first
    for m in _TIME_YEAR.finditer(text):
        start, year = m.start(), int(m.group("y"))
        if not lo <= year <= hi:
            continue
        # a step called earlier counts as told before the meeting (position -1)
        earlier = told_earlier and bool(_EARLIER_STEP.search(text, max(0, start - 140), start))
        when = (year, int(m.group("dm") or m.group("mm") or 0), -1 if earlier else start)
        if m.group("day"):
            if not _DEADLINE.search(text, max(0, start - 20), start) or _RANGE_END.search(
                text, max(0, start - 30), start
            ):
                times.append(when)
        elif not (
            _NOT_NOW.search(text, max(0, start - 16), start)
            or _NUMBER_BEFORE.search(text, max(0, m.start("y") - 12), m.start("y"))
            or _LAW.search(text, max(0, start - 60), start)
            or _DOC_YEAR.search(text, max(0, m.start("y") - 40), m.start("y"))
            or _NOT_PRESENT.search(text, max(0, start - 80), start)
        ):
            times.append(when)
    if not times:
        return None
    year, last_month, pos = max(times)
    # a chronology moves on: a meeting told after "Tháng 11/2016, …" in a month before November
    # falls in the year after
    if pos < at and month < last_month and year + 1 <= hi:
        return year + 1
    return year
