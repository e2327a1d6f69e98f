"""The date of a meeting: the date that opens its sentence or one of the sentences just before it.

    "Sáng 6/4, Ban Thường vụ Thành ủy tổ chức Hội nghị ... Đồng chí Trần Lưu Quang ... chủ trì ..."
The event date is a day introduced by a time of day or "ngày" ("Sáng 6/4", "Ngày 2/12", "từ ngày
14 đến 16/01/2019" -> its first day); a document's date ("Kế hoạch số 122-KH/TU, ngày 28/2/2022")
is not. A day without year takes the year of the publication date. With none, it takes the year
the text makes its present: a "tháng M/YYYY" of the same paragraph for the same or the previous
month ("Ngày 2/12 ... phiên họp thường kỳ tháng 11/2021"), the term a congress opens ("phiên trù
bị Đại hội ... nhiệm kỳ 2025-2030"), or the latest "năm YYYY" of the paragraph that is not a target
("đến năm 2030"), a start, a past moment ("vào đầu năm 2016"), a birth year or a law's name
("Bộ luật Hình sự năm 1999"); otherwise the date stays unknown.
"""

from __future__ import annotations

import datetime as dt
import re

from eventgraph.extract.doc import Doc
from eventgraph.extract.vi.dates import MONTH_YEAR_AT, find_dates, make_date
from eventgraph.extract.vi.sentences import Sentence

_LEAD = re.compile(
    r"(?:sáng|chiều|tối|trưa|đêm|ngày|hôm)(?:\s+(?:nay|qua))?\s*\(?\s*$", re.IGNORECASE
)
_CODE_BEFORE = re.compile(
    r"(?:\d\s*[-/]\s*[A-ZĐ]{1,6}|\bsố\b|\bký\b|\bban hành\b)[^.;]{0,25}$", re.IGNORECASE
)
_RANGE = re.compile(
    r"\btừ\s+ngày\s+(?P<d>[0-3]?\d)\s+(?:đến|tới|-)\s+(?:ngày\s+)?[0-3]?\d\s*[/.-]\s*"
    r"(?P<m>[01]?\d)\s*[/.-]\s*(?P<y>(?:19|20)\d\d)",
    re.IGNORECASE,
)
_LOOKBACK = 3  # sentences before the chair's sentence that may carry the date


def meeting_date(doc: Doc, n: int) -> dt.date | None:
    """The date of the meeting told in sentence n (None when unknown or when the year is not
    certain)."""
    for m in range(n, max(-1, n - _LOOKBACK - 1), -1):
        if m < n and "\n\n" in doc.text[doc.sentences[m].end : doc.sentences[m + 1].start]:
            break  # a new paragraph: the date before it belongs to another story
        found, date = _event_date(doc, doc.sentences[m])
        if found:
            return date
    return None


def _event_date(doc: Doc, s: Sentence) -> tuple[bool, dt.date | None]:
    text = doc.text[s.start : s.end]
    r = _RANGE.search(text)
    if r:
        return True, make_date(int(r.group("y")), int(r.group("m")), int(r.group("d")))
    for d in find_dates(text, doc.published):
        before, span = text[max(0, d.start - 40) : d.start], text[d.start : d.end]
        if _CODE_BEFORE.search(before):
            continue
        if not any(c.isdigit() for c in span):
            return True, d.date  # "sáng nay", "hôm qua": known with a publication date only
        if not _LEAD.search(before[-15:]):
            continue
        if doc.published or not d.partial:
            return True, d.date
        return True, _resolve(doc, span, s.start + d.start, s.end)
    return False, None


def _resolve(doc: Doc, span: str, at: int, sentence_end: int) -> dt.date | None:
    nums = [int(x) for x in re.findall(r"\d+", span)[:2]]
    if len(nums) < 2:
        return None  # "hôm nay" and the like: only with a publication date
    day, month = nums
    # A "tháng M/YYYY" of the same paragraph, or a year the date's own sentence names: years named
    # further away are often background ("từ tháng 2/2016 ...") and would date the meeting wrongly.
    sentence, paragraph = doc.text[at:sentence_end], _paragraph(doc.text, at)
    year = _year_of_month(paragraph, month) or _term_start(sentence) or _latest_year(paragraph)
    return make_date(year, month, day) if year else None


def _paragraph(text: str, at: int) -> str:
    # The paragraph around a position: the years it names are the meeting's context.
    a = text.rfind("\n\n", 0, at)
    b = text.find("\n\n", at)
    return text[a + 1 if a >= 0 else 0 : b if b >= 0 else len(text)]


def _year_of_month(text: str, month: int) -> int | None:
    """The year the text gives for this month or the one before ("tháng 11/2021" for a meeting on
    2/12)."""
    years = set()
    for m in MONTH_YEAR_AT.finditer(text):
        if not m.group("m"):
            continue
        mm, yy = int(m.group("m")), int(m.group("y"))
        if mm == month:
            years.add(yy)
        elif mm == month - 1 or (month == 1 and mm == 12):
            years.add(yy + 1 if month == 1 else yy)
    return years.pop() if len(years) == 1 else None


_TERM = re.compile(r"\bnhiệm\s+kỳ\s+((?:19|20)\d\d)\s*[-–]\s*(?:19|20)\d\d", re.IGNORECASE)


def _term_start(sentence: str) -> int | None:
    """The first year of the term a congress in the sentence opens ("nhiệm kỳ 2025-2030")."""
    m = _TERM.search(sentence)
    return int(m.group(1)) if m and _OPENS_TERM.search(sentence) else None


_OPENS_TERM = re.compile(r"đại hội|trù bị|phiên (?:họp )?thứ nhất|kỳ họp thứ nhất", re.IGNORECASE)


_YEAR = re.compile(r"(?:\bnăm\s+|\b(?:quý|quí)\s+[IV]+\s*/\s*)((?:19|20)\d\d)\b", re.IGNORECASE)


def _latest_year(text: str) -> int | None:
    """The latest year the paragraph names as its own time ("kế hoạch đầu tư công năm 2025", "quý
    II/2025"), not a target, a start, a past moment or a birth year; "năm 2018 vừa qua" (the year
    just ended) makes the present 2019."""
    years = [
        int(m.group(1)) + (1 if _JUST_PAST.match(text, m.end()) else 0)
        for m in _YEAR.finditer(text)
        if not _FUTURE.search(text, max(0, m.start() - 16), m.start() + 4)
        and not _LAW.search(text, max(0, m.start() - 60), m.start() + 4)
    ]
    return max(years) if years else None


_JUST_PAST = re.compile(r"\s+vừa\s+qua\b", re.IGNORECASE)
# Years that are not the text's present: a target ("đến năm 2030"), a start ("từ năm 2010"), a
# moment
# told in the past ("vào đầu năm 2016", "hồi năm 2018"), a birth year ("sinh năm 1963").
# "Bộ luật Hình sự năm 1999", "Hiến pháp năm 2013": the year in a law's name.
_LAW = re.compile(
    r"\b(?:luật|hiến pháp|pháp lệnh|nghị định|bộ luật)\b[^,.;()]{0,45}$", re.IGNORECASE
)
_FUTURE = re.compile(
    r"\b(?:đến|tới|nhìn|trước|sau|từ|đầu|cuối|giữa|vào|hồi|sinh|trong những)\s+(?:năm\s+)?$",
    re.IGNORECASE,
)
