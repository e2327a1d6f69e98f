"""Document openings: the header, number, place-date line, kind line and title of a published
document.

    ỦY BAN NHÂN DÂN / TỈNH LÀO CAI        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM …
    Số: 258/KH-UBND                       Lào Cai, ngày 07 tháng 06 năm 2021
    KẾ HOẠCH
    TRIỂN KHAI THỰC HIỆN ĐỀ ÁN …
    Thực hiện Quyết định số 524/QĐ-TTg …, UBND tỉnh Lào Cai ban hành Kế hoạch …

The document's own number is a directive: kind from its kind line, issuer from its header (or the
line naming the issuing authority, or the body that "ban hành" it in the preamble), date from the
place-date line. A programme "(Ban hành kèm theo Quyết định số 70/2006/QĐ-UBND …)" has that
decision as its own number. The preamble (up to "QUYẾT ĐỊNH:", "Điều 1" or "như sau:") says what it
carries out.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from eventgraph.extract.vi.codes import CodeMatch, kinds
from eventgraph.extract.vi.dates import date_at
from eventgraph.extract.vi.issuer_names import org_of_subject
from eventgraph.extract.vi.issuers import proper_case

_NUMBER = re.compile(r"(?:\A|\n|\|)[ \t]*(?i:số)\s*:?\s*\Z")
_ATTACHED = re.compile(r"(?i:kèm\s+theo)\s*\Z")
_MOTTO = re.compile(
    r"CỘNG\s+HÒA\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM",
    re.IGNORECASE,
)
_MOTTO_LINES = re.compile(
    rf"{_MOTTO.pattern}|(?i:độc\s+lập\s*-\s*tự\s+do\s*-\s*hạnh\s+phúc)", re.IGNORECASE
)
_DATE_LINE = re.compile(r"[A-ZĐ][^\n|,;:]{1,30},\s*(?=(?i:ngày)\s)")
_BODY = re.compile(
    r"\n\s*(?:QUYẾT\s+ĐỊNH|NGHỊ\s+QUYẾT|QUYẾT\s+NGHỊ)\s*:|(?:\A|\n)\s*Điều\s+1\b|"
    r"(?i:như\s+sau)\s*:"
)
_AUTHORITY = re.compile(
    r"(?:(?:PHÓ\s+)?CHỦ\s+TỊCH|BỘ\s+TRƯỞNG|THỦ\s+TƯỚNG)?\s*(?P<body>ỦY\s+BAN|HỘI\s+ĐỒNG|"
    r"CHÍNH\s+PHỦ|BỘ\s|BAN\s+THƯỜNG\s+VỤ|BAN\s+CHẤP\s+HÀNH|TỈNH\s+ỦY|THÀNH\s+ỦY|"
    r"THANH\s+TRA|SỞ\s).*"
)
_ISSUES = re.compile(
    r",\s*(?P<org>[^,;.\n]{3,90}?)\s+(?i:ban\s+hành|xây\s+dựng)\s+(?i:kế\s+hoạch|chương\s+"
    r"trình|quyết\s+định|nghị\s+quyết|chỉ\s+thị|hướng\s+dẫn|công\s+văn)"
)
_BARE_BODY = re.compile(r"(?i:ủy ban nhân dân|hội đồng nhân dân|ubnd|hđnd)\Z")


@dataclass
class Opening:
    """What a document opening says of the document itself."""

    own: int  # index of its own number among the code matches
    kind: str | None
    date: dt.date | None
    issuer: str | None
    title: tuple[int, int] | None  # the title after the kind word
    preamble: tuple[int, int]  # from the title to "QUYẾT ĐỊNH:" / "Điều 1" / "như sau:"


@cache
def _kind_line() -> re.Pattern[str]:
    words = sorted(
        (w for w, k in kinds().by_word.items() if k and len(w) > 3), key=len, reverse=True
    )
    alt = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return re.compile(rf"[\s|.]*(?P<kw>{alt})(?!\w)", re.IGNORECASE)


def _caps(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def read_opening(text: str, matches: list[CodeMatch], places: dict[int, int]) -> Opening | None:
    """The opening of a published document, when `text` starts with one."""
    own = next(
        (
            i
            for i, m in enumerate(matches)
            if not m.bare
            and m.start < 900
            and (
                _NUMBER.search(text[max(0, m.start - 12) : m.start])
                or _ATTACHED.search(text[max(0, m.lead - 12) : m.lead])
            )
        ),
        None,
    )
    if own is None:
        return None
    m = matches[own]
    attached = m.lead != m.start and not _NUMBER.search(text[max(0, m.start - 12) : m.start])
    motto = _MOTTO.search(text, 0, 1200)
    if not attached and motto is None:
        return None
    date, got = None, None
    dl = _DATE_LINE.search(text, m.end, m.end + 160)
    if dl and not attached:
        got = date_at(text, dl.end())
        date = got[0] if got else None
    after = got[1] if dl and not attached and got else (dl.end() if dl else m.end)
    kind, title, authority = _title(text, 0 if attached else after)
    body = _BODY.search(text, title[1] if title else m.end)
    preamble = (title[1] if title else m.end, body.start() if body else len(text))
    head_end = 0 if attached else text.rfind("\n", 0, m.start) + 1
    issuer = _issuer(text, head_end, authority, preamble, places)
    return Opening(own, None if attached else kind, date, issuer, title, preamble)


def _title(text: str, pos: int) -> tuple[str | None, tuple[int, int] | None, str | None]:
    """The capitals block after `pos`: its kind line, the title that follows the kind word, and the
    line naming the issuing authority that closes it ("ỦY BAN NHÂN DÂN TỈNH HẬU GIANG")."""
    run: list[tuple[int, str]] = []
    at = text.find("\n", pos) + 1 if pos else 0
    if pos and not at:
        return None, None, None
    while True:
        end = text.find("\n", at)
        ln = text[at : end if end >= 0 else len(text)]
        if ln.strip(" |-_*"):
            if not _caps(ln) or ln.lstrip(" |").startswith("("):
                break
            run.append((at, ln))
        if end < 0 or len(run) > 12:
            break
        at = end + 1
    authority = None
    if run and _AUTHORITY.fullmatch(run[-1][1].strip(" |")):
        authority = run.pop()[1]
    for at, ln in run:
        k = _kind_line().match(ln)
        if k and not ln.rstrip().endswith(":"):
            kind = kinds().by_word.get(" ".join(k.group("kw").lower().split()))
            last = run[-1]
            return kind, (at + k.end(), last[0] + len(last[1])), authority
    return None, None, authority


def _issuer(
    text: str,
    head_end: int,
    authority: str | None,
    preamble: tuple[int, int],
    places: dict[int, int],
) -> str | None:
    """The most specific of: the authority line, the header (the capitals above the number, mottos
    left out), the body that issues the document in the preamble."""
    found: list[str | None] = []
    if authority:
        body = _AUTHORITY.fullmatch(authority.strip(" |"))
        found.append(proper_case(authority.strip(" |")[body.start("body") :]) if body else None)
    head = _MOTTO_LINES.sub(" ", text[:head_end])
    header = " ".join(ln.split("|")[0].strip(" .-*_") for ln in head.split("\n"))
    found.append(proper_case(" ".join(header.split())) if _caps(header) else None)
    issues = _ISSUES.search(text, preamble[0], preamble[1])
    if issues:
        found.append(org_of_subject(text, issues.start("org"), issues.end("org"), places))
    named = [f for f in found if f]
    return next((f for f in named if not _BARE_BODY.search(f)), named[0] if named else None)
