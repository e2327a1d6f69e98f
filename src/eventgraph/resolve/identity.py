"""Deterministic identities for directives and meetings, from what an article says about them.

A directive is (issuer, kind, number, year or term). The issuer part comes first from the code's own
issuer suffix ("/TW" is the Party Centre whichever central body signed; "-TTg" the Prime Minister), made
local with the province where the suffix is a local body ("/TU", "-UBND"), because that suffix is what
the numbering belongs to. Party numbering restarts each term, State numbering each year.
"""

from __future__ import annotations

import datetime as dt
import re

from eventgraph.model.directives import DirectiveId
from eventgraph.model.extraction import DirectiveFact, MeetingFact
from eventgraph.text import clean, slug
from eventgraph.vocab import short_hash

# Party bodies that number their own documents; the part after "/" in "122-KH/TU".
_PARTY_CENTRAL = {"TW"}
_PARTY_LOCAL = {"TU", "HU", "QU", "TXU", "ĐU", "ĐUK", "BCSĐ", "ĐĐ", "TƯ"}
# State issuer suffixes that are local bodies (numbering per province).
_STATE_LOCAL = {"UBND", "HĐND", "SKHĐT", "STC", "SNV", "TTR", "STTTT", "SGDĐT", "SYT", "VP"}
_CODE = re.compile(r"^\s*(?P<num>\d+)(?:/(?P<year>(?:19|20)\d\d))?\s*[-/]?\s*(?P<sym>.*)$")
# Terms of the Party Central Committee by the month their congress opened.
_CENTRAL_TERMS = [(dt.date(2026, 1, 19), "XIV"), (dt.date(2021, 1, 25), "XIII"),
                  (dt.date(2016, 1, 20), "XII"), (dt.date(2011, 1, 12), "XI"), (dt.date(2006, 4, 18), "X")]


def central_term(day: dt.date) -> str | None:
    """The Party Central Committee term (roman numeral) in force on `day`."""
    return next((t for start, t in _CENTRAL_TERMS if day >= start), None)


def local_term(day: dt.date) -> str:
    """The five-year term of a provincial Party committee holding `day` (congresses close in autumn)."""
    start = day.year - ((day.year - 2020) % 5)
    if day.month < 10 and day.year == start:
        start -= 5
    return f"{start}-{start + 5}"


def parse_code(code: str) -> tuple[str, str | None, str]:
    """("122-KH/TU") -> ("122", None, "KH/TU"); ("100/2019/NĐ-CP") -> ("100", "2019", "NĐ-CP")."""
    m = _CODE.match(clean(code).upper())
    if not m:
        return clean(code), None, ""
    return m.group("num"), m.group("year"), m.group("sym").strip("-/ ")


def _issuer_suffix(symbol: str) -> str:
    part = symbol.split("/")[-1] if "/" in symbol else symbol
    return part.split("-")[-1] if "-" in part else part


def directive_identity(d: DirectiveFact, province: str | None, published: dt.date | None) -> DirectiveId:
    """The identity of the document `d` names, in an article about `province` published on `published`."""
    number, code_year, symbol = parse_code(d.code)
    number = d.number or number
    kind = d.kind or (symbol.split("/")[0].split("-")[0] if symbol else "unknown")
    suffix = _issuer_suffix(symbol)
    day = d.date or published
    party = "/" in symbol and suffix in _PARTY_LOCAL
    if suffix in _PARTY_CENTRAL:
        issuer = "Trung ương Đảng"
        term = d.term or (central_term(day) if day else None)
        period = f"khoa-{term.lower()}" if term else None
    elif party:
        issuer = f"{suffix} {province or ''}".strip()
        period = f"nhiem-ky-{local_term(day)}" if day else None
    else:
        local = suffix in _STATE_LOCAL or suffix.startswith("UB") or suffix.startswith("S")
        issuer = f"{suffix} {province or ''}".strip() if local else (suffix or (d.issuer or "unknown"))
        year = code_year or (str(d.year) if d.year else None) or (str(day.year) if day else None)
        period = year
    return DirectiveId(issuer=issuer, kind=slug(kind), number=number, period=period)


def meeting_key(m: MeetingFact, article_id: str, province: str | None) -> str:
    """The same meeting reported by two articles gets one key: date, place, kind and who chaired
    (or organised) it. Without a date no two reports can be safely joined, so the key is per article;
    nor with a date whose year is only likely (`date_inferred`)."""
    if m.date is None or m.date_inferred:
        return f"{slug(article_id)}/{short_hash(m.kind, m.name)}"
    who = sorted(slug(x) for x in (m.chairs or m.organizers))
    place = m.locality or province or "unknown"
    return f"{m.date.isoformat()}/{slug(place)}/{short_hash(slug(m.kind), *who)}"
