"""Dates in Vietnamese news: full dates, partial ones resolved against a reference, the portal date
line.

Full dates: "ngày 25/10/2021", "25-10-2021", "25.10.2021", "ngày 07 tháng 06 năm 2021". Partial:
"sáng 6/4", "chiều 21.4", "ngày 23-10", "sáng 2 tháng 5" — resolved against the publication date
(or the portal's date line), and left unresolved when no reference is known: a year is given only
when it is certain. Relative: "hôm qua", "hôm nay", "sáng nay", "chiều qua".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_SEP = r"\s*[/.\-]\s*"
FULL_DATE = re.compile(
    rf"\b(?P<d>[0-3]?\d){_SEP}(?P<m>[01]?\d){_SEP}(?P<y>(?:19|20)\d\d)\b"
    # "ngày 07 tháng 06 năm 2021", "Sáng 2 tháng 5 năm 2016": the mention starts at the day, so a
    # time of day or "ngày" before it reads as the lead of an event date.
    r"|\b(?:ngày|sáng|chiều|tối|trưa|đêm)\s+(?:ngày\s+)?(?P<d2>[0-3]?\d)\s+tháng\s+(?P<m2>[01]?\d)"
    r"(?:\s+năm\s+|\s*[,/-]\s*)(?P<y2>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# A day/month without year, introduced by a time-of-day word or "ngày" so "6/4" in "tỷ lệ 6/4" is
# not a date.
PARTIAL_DATE = re.compile(
    r"\b(?P<lead>(?:sáng|chiều|tối|trưa|đêm|ngày|hôm|từ|đến|tới|vào)(?:\s+(?:ngày|nay|qua|mai))?)\s+"
    # "Ngày 4-5/5": a meeting of two days, dated by its first
    rf"(?P<d>[0-3]?\d)(?:\s*[-–]\s*[0-3]?\d(?=\s*[/.]\s*[01]?\d))?"
    rf"(?:{_SEP}|\s+tháng\s+)(?P<m>[01]?\d)\b(?!{_SEP}\d|\s+năm\s+\d)",
    re.IGNORECASE,
)
RELATIVE = re.compile(
    r"\b(?:(?P<today>hôm nay|sáng nay|chiều nay|trưa nay|tối nay)"
    r"|(?P<yday>hôm qua|chiều qua|sáng qua|tối qua))\b",
    re.IGNORECASE,
)
# "Thứ Tư, 06/04/2022 11:05", "Cập nhật: 06/04/2022", "06-04-2022 | 11:05" near the top of portal
# text.
DATELINE = re.compile(
    r"^(?:.{0,40}?)(?:(?:Thứ\s+\w+|Chủ\s+nhật)\s*,?\s*)?(?:ngày\s+)?"
    rf"(?P<d>[0-3]?\d){_SEP}(?P<m>[01]?\d){_SEP}(?P<y>(?:19|20)\d\d)(?:\s*[|,-]?\s*\d\d?[:h]\d\d)?",
    re.IGNORECASE | re.MULTILINE,
)


# A date phrase that starts exactly at a position: "ngày 25/10/2021", "25-10-2021", "ngày 07 tháng
# 06 năm
# 2021" (line breaks allowed inside, as in hard-wrapped document openings), and, after "ngày", a
# day and
# month without year ("ngày 27-5").
DATE_AT = re.compile(
    rf"(?P<lead>ngày\s*)?(?:(?P<d>[0-3]?\d){_SEP}(?P<m>[01]?\d)(?:{_SEP}(?P<y>(?:19|20)\d\d))?(?![\d/.\-]\d)"
    r"|(?P<d2>[0-3]?\d)\s+tháng\s+(?P<m2>[01]?\d)(?:\s*(?:năm|,)\s*(?P<y2>(?:19|20)\d\d))?)(?!\d)",
    re.IGNORECASE,
)
# A month and year ("tháng 11 năm 2013", "tháng 6-2014", "tháng 11/2021") or a bare year ("năm
# 2019").
MONTH_YEAR_AT = re.compile(
    r"(?:tháng\s+(?P<m>[01]?\d)\s*(?:năm\s+|[/-]\s*)|năm\s+)(?P<y>(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    date: dt.date | None  # None when the year is unknowable
    partial: bool


def make_date(year: int, month: int, day: int) -> dt.date | None:
    """A date, or None for impossible ones (31/2)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_full(s: str) -> dt.date | None:
    """The first full date in `s`."""
    m = FULL_DATE.search(s)
    if not m:
        return None
    d, mo, y = (
        (m.group("d"), m.group("m"), m.group("y"))
        if m.group("d")
        else (m.group("d2"), m.group("m2"), m.group("y2"))
    )
    return make_date(int(y), int(mo), int(d))


def resolve_partial(day: int, month: int, ref: dt.date | None) -> dt.date | None:
    """Day/month placed in the year that puts it closest before (or just after) the reference
    date."""
    if ref is None:
        return None
    for year in (ref.year, ref.year - 1, ref.year + 1):
        cand = make_date(year, month, day)
        if cand and -14 <= (ref - cand).days <= 300:
            return cand
    return None


def find_dateline(text: str) -> dt.date | None:
    """The publication date printed at the top of a portal page, if any (first 3 lines, 200
    chars)."""
    head = "\n".join(text[:200].splitlines()[:3])
    m = DATELINE.search(head)
    if not m or _DOCUMENT_BEFORE.search(head, max(0, m.start("d") - 40), m.start("d")):
        return None
    return make_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))


# "Theo Quy định số 68-QĐ/TW ngày 4/7/2007, …": a document's date, not the page's; nor a date after
# a sentence of prose ("Báo cáo năm 2016 đã nêu rõ. Ngày 3/1/2019, …")
_DOCUMENT_BEFORE = re.compile(r"(?:\bsố\b|\d\s*[-/]\s*[A-ZĐ]{1,6}|[.!?;]\s)[^\n]*$")


def find_dates(text: str, ref: dt.date | None) -> list[DateMention]:
    """Every date mention in `text`, partial ones resolved against `ref`, sorted by position."""
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for m in FULL_DATE.finditer(text):
        d, mo, y = (
            (m.group("d"), m.group("m"), m.group("y"))
            if m.group("d")
            else (m.group("d2"), m.group("m2"), m.group("y2"))
        )
        start = m.start("d2") if m.group("d2") else m.start()
        out.append(DateMention(start, m.end(), make_date(int(y), int(mo), int(d)), False))
        taken.append((start, m.end()))
    for m in PARTIAL_DATE.finditer(text):
        s = m.start("d")
        if any(a <= s < b for a, b in taken):
            continue
        out.append(
            DateMention(
                s, m.end(), resolve_partial(int(m.group("d")), int(m.group("m")), ref), True
            )
        )
    for m in RELATIVE.finditer(text):
        if ref is None:
            out.append(DateMention(m.start(), m.end(), None, True))
        else:
            delta = 0 if m.group("today") else 1
            out.append(DateMention(m.start(), m.end(), ref - dt.timedelta(days=delta), True))
    return sorted(out, key=lambda x: x.start)


def date_at(text: str, pos: int, ref: dt.date | None = None) -> tuple[dt.date | None, int] | None:
    """The date phrase starting at `pos` (white space skipped) and where it ends, or None when none
    starts there. A day and month without year is resolved against `ref` only when it follows
    "ngày";
    an impossible date ("31/2/2020") is read (its span is a date) but gives None."""
    while pos < len(text) and text[pos] in " \t\n":
        pos += 1
    m = DATE_AT.match(text, pos)
    if not m:
        return None
    d, mo, y = (
        (m.group("d"), m.group("m"), m.group("y"))
        if m.group("d")
        else (m.group("d2"), m.group("m2"), m.group("y2"))
    )
    if y:
        return make_date(int(y), int(mo), int(d)), m.end()
    if not m.group("lead"):
        return None
    return resolve_partial(int(d), int(mo), ref), m.end()


def month_year_at(text: str, pos: int) -> tuple[int, int] | None:
    """The year of a "tháng 11 năm 2013" / "tháng 6-2014" / "năm 2019" phrase at `pos`, and its
    end."""
    while pos < len(text) and text[pos] in " \t\n":
        pos += 1
    m = MONTH_YEAR_AT.match(text, pos)
    if not m or (m.group("m") and not 1 <= int(m.group("m")) <= 12):
        return None
    return int(m.group("y")), m.end()
