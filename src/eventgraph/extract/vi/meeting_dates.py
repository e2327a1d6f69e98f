"""The date of a meeting: the date that opens its sentence or one of the sentences just before it.

"Sáng 6/4, Ban Thường vụ Thành ủy tổ chức Hội nghị ... Đồng chí Trần Lưu Quang ... chủ trì Hội
nghị."
The event date is a day introduced by a time of day or "ngày" ("Sáng 6/4", "Ngày 2/12", "từ ngày 14
đến 16/01/2019" -> its first day); a document's date ("Kế hoạch số 122-KH/TU, ngày 28/2/2022") is
not.
A day without year is placed in the year of the publication date; with no publication date, in the
year
of a "tháng M/YYYY" the text gives for the same or the previous month ("Ngày 2/12 ... phiên họp
thường
kỳ tháng 11/2021"), else in the latest year the text names as its present ("năm 2025", "quý
II/2025",
the start of "nhiệm kỳ 2025-2030") — the inference the annotation rules accept as "made certain by
the
text"; with no year in the text at all, the date stays unknown.
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
    """The date of the meeting told in sentence n (None when unknown or when the year is not certain)."""
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
        return True, (d.date if doc.published or not d.partial else _resolve(doc, span))
    return False, None


def _resolve(doc: Doc, span: str) -> dt.date | None:
    nums = [int(x) for x in re.findall(r"\d+", span)[:2]]
    if len(nums) < 2:
        return None  # "hôm nay" and the like: only with a publication date
    day, month = nums
    year = _year_of_month(doc.text, month) or _latest_year(doc.text)
    return make_date(year, month, day) if year else None


def _year_of_month(text: str, month: int) -> int | None:
    """The year the text gives for this month or the one before ("tháng 11/2021" for a meeting on 2/12)."""
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


_YEAR = re.compile(
    r"(?:\bnăm\s+|\b\d{1,2}\s*[/.-]\s*|\b(?:quý|quí)\s+[IV]+\s*/\s*)((?:19|20)\d\d)\b"
    r"|\b((?:19|20)\d\d)\s*[-–]\s*(?:19|20)\d\d\b",
    re.IGNORECASE,
)


def _latest_year(text: str) -> int | None:
    """The latest year the text names as its own time ("năm 2025", "tháng 6/2025", "quý II/2025", the first
    year of "2025-2030"): the year a day without year falls in when the article has no date of its
    own.
    The end of a term ("-2030") is not the present."""
    years = [int(m.group(1) or m.group(2)) for m in _YEAR.finditer(text)]
    return max(years) if years else None
