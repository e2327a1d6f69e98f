"""What a text says about a document around its code: "122-KH/TU, ngày 28/2/2022 của Ban Thường vụ
Thành ủy về …" after it; "Ngày 23/8/2023, UBND tỉnh Tây Ninh đã ban hành Công văn số …", "Thay mặt
Bộ Chính trị, …", "đề nghị của Sở Y tế tại Văn bản số …" before it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from eventgraph.extract.vi.dates import date_at, month_year_at
from eventgraph.extract.vi.issuer_names import org_of_subject, read_org

_OF = re.compile(r"(?i:của)\s+")
# "… được ban hành (vào) ngày 20/10/2014", "… ký ngày 4/8/2015" right after a code or its issuer
# (white space before it skipped)
_SIGNED = re.compile(
    r"[ \t\n]*(?i:(?:đã\s+)?(?:được\s+)?(?:ban\s+hành|ký(?:\s+ban\s+hành)?)\s+(?:vào\s+)?)(?=ngày)"
)
_BY = re.compile(r"(?i:do)\s+")  # "32/QĐ-TTg do Thủ tướng ban hành ngày 4/8/2015"
_ABOUT = re.compile(r"[\s,]*(?i:về\s+(?:việc\s+)?)(?=\S)")
_QUOTED = re.compile(r"[\s,]*(?i:về\s+(?:việc\s+)?)?[“\"](?P<q>[^”\"\n]{3,200})[”\"]")
_SUBJECT_END = re.compile(r";|\.(?:\s|\Z)|\n|,\s+(?=[A-ZĐ][a-zđ]*\s+(?:[A-ZĐ]|tỉnh|đã|vừa))|\Z")
_ISSUED = re.compile(
    r"(?i:(?:đã|vừa|mới|chính\s+thức|kịp\s+thời|cũng)\s+)*(?i:ký\s+ban\s+hành|ban\s+hành|ký|có|ra)"
    r"\s+(?i:các\s+)?\Z"
)
_DAY_LEAD = re.compile(r"\s*(?i:ngày)\s+")
_DAY_WORD = re.compile(r"(?<!\w)(?i:ngày)\s+")
_AFTER_DATE = re.compile(r"\s*,?\s*")
_ON_BEHALF = re.compile(r"(?i:thay\s+mặt)\s+")
_COMMA = re.compile(r",(?!\s*chống\b)")  # "phòng, chống" is inside a name
_AT = re.compile(r"(?i:của)\s+(?P<org>.{2,80}?)\s+(?i:tại)\s+\Z")


@dataclass
class After:
    """The attributes written right after a code, and where they end."""

    date: dt.date | None = None
    year: int | None = None
    issuer: str | None = None
    end: int = 0
    subject: str | None = None


def read_after(
    text: str, pos: int, ref: dt.date | None, places: dict[int, int], limit: int | None = None
) -> After:
    """Dates, "(…)" and "của <body>" after a code at `pos`, in any order, up to `limit`."""
    limit = len(text) if limit is None else limit
    out = After(end=pos)
    i = pos
    while i < limit:
        j = i
        while j < limit and text[j] in " \t\n,":
            j += 1
        if j >= limit:
            break
        if text[j] == "(":
            close = text.find(")", j, min(limit, j + 80))
            if close < 0:
                break
            got = date_at(text, j + 1, ref)
            out.date = out.date or (got[0] if got else None)
            i = close + 1
        elif (m := _SIGNED.match(text, j)) and (got := date_at(text, m.end(), ref)):
            out.date, i = out.date or got[0], got[1]
        elif got := date_at(text, j, ref):
            out.date, i = out.date or got[0], got[1]
        elif my := month_year_at(text, j):
            out.year, i = out.year or my[0], my[1]
        elif (
            (m := _OF.match(text, j))
            and (org := read_org(text, m.end(), places))
            and org[1] <= limit
        ):
            out.issuer, i = out.issuer or org[0], org[1]
        elif (
            (m := _BY.match(text, j))
            and (org := read_org(text, m.end(), places))
            and (signed := _SIGNED.match(text, org[1]))
            and (got := date_at(text, signed.end(), ref))
            and got[1] <= limit
        ):  # the body that issued it, only with its issuing date: "do" opens other clauses too
            out.issuer, out.date, i = out.issuer or org[0], out.date or got[0], got[1]
        else:
            break
        out.end = i
    if out.date:
        out.year = out.date.year
    out.subject = read_subject(text, out.end)
    return out


def read_subject(text: str, pos: int) -> str | None:
    """The subject stated after a code's attributes: "về đẩy mạnh …" or a quoted title."""
    q = _QUOTED.match(text, pos)
    if q:
        return " ".join(q.group("q").split())
    m = _ABOUT.match(text, pos)
    if not m:
        return None
    end = _SUBJECT_END.search(text, m.end(), min(len(text), m.end() + 200))
    stop = end.start() if end else min(len(text), m.end() + 200)
    s = " ".join(text[m.end() : stop].split()).rstrip(" ,")
    return s or None


@dataclass
class Before:
    """What the clause before a code says of it: its issuer (and how), and its date."""

    issuer: str | None = None
    rank: int = 9
    date: dt.date | None = None


def read_before(
    text: str, clause_start: int, lead: int, ref: dt.date | None, places: dict[int, int]
) -> Before:
    """ "Ngày 23/8/2023, UBND tỉnh Tây Ninh đã ban hành <code>", "Thay mặt Bộ Chính trị, … ký ban
    hành
    <code>", "đề nghị của Sở Y tế tại <code>": the issuer (rank 1 to 3, lower is surer) and date."""
    out = Before()
    window = text[clause_start:lead]
    at = _AT.search(window)
    if at and (org := read_org(text, clause_start + at.start("org"), places)):
        return Before(org[0], 1)
    behalf = _ON_BEHALF.search(window)
    if behalf and (org := read_org(text, clause_start + behalf.end(), places)):
        out.issuer, out.rank = org[0], 2
    issued = _ISSUED.search(window)
    if issued is None:
        return out
    head = window[: issued.start()]
    commas = [c.start() for c in _COMMA.finditer(head)]
    comma = commas[-1] if commas else -1
    if out.issuer is None:
        subject = org_of_subject(
            text, clause_start + comma + 1, clause_start + issued.start(), places
        )
        if subject:
            out.issuer, out.rank = subject, 3
    out.date = _issue_date(text, clause_start, clause_start + issued.start(), ref, places)
    return out


def _issue_date(
    text: str, start: int, verb: int, ref: dt.date | None, places: dict[int, int]
) -> dt.date | None:
    """The date of the clause that issues a code: "Ngày 23/8/2023, UBND tỉnh … ban hành"; after a
    leading phrase too ("Chỉ thị nêu rõ, ngày 24/5/2013, Thủ tướng Chính phủ đã ban hành", "tiếp
    theo đó, ngày 30/10/2018 ban hành") when nothing but the issuing body stands between that date
    and the verb ("tại hội nghị ngày 3/4, ông A cho biết UBND tỉnh đã ban hành": not its date)."""
    day = _DAY_LEAD.match(text, start, verb)
    if day and (got := date_at(text, day.start(), ref)):
        return got[0]
    days = list(_DAY_WORD.finditer(text, start, verb))
    got = date_at(text, days[-1].start(), ref) if days else None
    if got is None or got[0] is None:
        return None
    rest = _AFTER_DATE.match(text, got[1], verb)
    at = rest.end() if rest else got[1]
    body_first = read_org(text, at, places) is not None and org_of_subject(text, at, verb, places)
    return got[0] if at == verb or body_first else None
