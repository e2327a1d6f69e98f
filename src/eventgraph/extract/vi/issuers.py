"""Who issued a document: read from the text ("của Ban Thường vụ Thành ủy", "UBND tỉnh X đã ban hành"),
from a document header ("ỦY BAN NHÂN DÂN / TỈNH LÀO CAI"), or from the issuer letters of its code
("-TTg" -> Thủ tướng Chính phủ, "/TU" -> Tỉnh ủy of the article's province). The bodies, their symbol
letters and the words that end a body's name are in data/issuers.toml.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from eventgraph.extract.vi.codes import Code

_ROMAN = {13: "XIII", 14: "XIV", 15: "XV", 16: "XVI", 12: "XII", 11: "XI", 10: "X", 9: "IX"}
_TERM = re.compile(r"\s*\(?\s*(?i:khóa|khoá)\s+[IVXL]+\b\s*\)?")
_TOKEN = re.compile(r"\s*(TP\.|,\s*(?=chống\b)|-(?=\s)|[^\s,;:.()“”\"'‘’]+)")
_LOCAL_END = re.compile(
    r"(?i:(?:(?<!\w)(?:tỉnh|thành phố|TP\.?)|Tỉnh ủy|Thành ủy|Ủy ban nhân dân|UBND|"
    r"Hội đồng nhân dân|HĐND))\Z"
)
# A plenum of the Central Committee named as a document's issuer: "Hội nghị lần thứ tám Ban Chấp hành
# Trung ương Đảng khóa XII", "Hội nghị Trung ương 4 (khóa X)", "Trung ương 7 khóa 12".
_PLENUM = re.compile(
    r"(?i:(?P<hn>Hội\s+nghị\s+)?(?P<n1>lần\s+thứ\s+\w+\s+|\d{1,2}\s+)?"
    r"(?:Ban\s+Chấp\s+hành\s+Trung\s+ương|BCH\s*TW|BCHTW|Trung\s+ương|TW)(?:\s+Đảng)?"
    r"(?P<n2>\s+(?:lần\s+thứ\s+\w+|\d{1,2}))?(?:\s+Đảng)?)"
    r"(?P<term>\s*\(?\s*(?i:khóa|khoá)\s+(?P<t>[IVXL]+|\d{1,2})\s*\)?)?"
)


def _words(items: list[str]) -> str:
    return "|".join(
        r"\s+".join(map(re.escape, w.split())) for w in sorted(items, key=len, reverse=True)
    )


@dataclass(frozen=True)
class Tables:
    by_suffix: dict[str, dict[str, Any]]
    bodies: list[dict[str, Any]]
    cities: frozenset[str]
    central: frozenset[str]
    terms: list[tuple[dt.date, str]]
    alias: re.Pattern[str]  # a known body's name or alias at a position
    alias_body: dict[str, dict[str, Any]]  # folded alias -> body
    head: re.Pattern[str]
    title: re.Pattern[str]
    party_signer: re.Pattern[str]
    pm_signer: re.Pattern[str]
    stop: re.Pattern[str]
    surnames: frozenset[str]


@cache
def tables() -> Tables:
    """The issuer tables from data/issuers.toml, compiled once."""
    d = tomllib.loads(
        resources.files("eventgraph.data").joinpath("issuers.toml").read_text("utf-8")
    )
    by_suffix: dict[str, dict[str, Any]] = {}
    alias_body: dict[str, dict[str, Any]] = {}
    for b in d["body"]:
        by_suffix.update({s.upper(): b for s in b.get("suffixes", [])})
        alias_body.update({_fold(a): b for a in [b["name"], *b.get("aliases", [])]})
    for loc in d["local"]:
        by_suffix.update({s.upper(): loc for s in loc["suffixes"]})
    r = d["reading"]
    return Tables(
        by_suffix,
        d["body"],
        frozenset(d["centrally_run_cities"]),
        frozenset(d["party_central"]["suffixes"]),
        [(t["from"], t["term"]) for t in d["terms"]],
        re.compile(rf"(?i:{_words(list(alias_body))})(?!\w)"),
        alias_body,
        re.compile(rf"(?i:{_words(r['heads'])})(?!\w)"),
        re.compile(rf"(?:{_words(r['signer_titles'])})\s+"),
        re.compile(rf"(?i:{_words(r['party_signers'])})(?!\w)"),
        re.compile(rf"(?i:{_words(r['prime_minister_signers'])})(?!\w)"),
        re.compile(rf"(?i:{_words(r['stops'])})(?!\w)"),
        frozenset(r["surnames"]),
    )


def _fold(s: str) -> str:
    return " ".join(s.casefold().split())


def is_issuer_suffix(seg: str) -> bool:
    """Is `seg` the issuer letters of a known body ("TTg", "UBND", "QH14", "BGTVT")?"""
    s = seg.upper()
    return (
        s in tables().by_suffix
        or s.rstrip("0123456789") in tables().by_suffix
        or s in tables().central
    )


def central_term(day: dt.date) -> str | None:
    """The Party Central Committee term (roman numeral) in office on `day`."""
    return next((t for start, t in tables().terms if day >= start), None)


def province_unit(province: str) -> tuple[str, str]:
    """("Thành ủy", "thành phố") for a centrally-run city, ("Tỉnh ủy", "tỉnh") otherwise."""
    city = province in tables().cities
    return ("Thành ủy", "thành phố") if city else ("Tỉnh ủy", "tỉnh")


def from_code(code: Code, province: str | None, text: str) -> str | None:
    """The issuer the code's letters name, when they name one: "Thủ tướng Chính phủ" for "-TTg",
    "Quốc hội khóa XV" for "/QH15", "Thành ủy Hải Phòng" for "/TU" in a Hải Phòng article. A known
    body is written as the article writes it when the article uses another of its names ("Bộ GTVT")."""
    t = tables()
    for seg in code.issuer_letters:
        up = seg.upper()
        base = up.rstrip("0123456789")
        entry = t.by_suffix.get(up) or t.by_suffix.get(base)
        if up in t.central or base in t.central:
            return None
        if entry is None:
            continue
        if "template" in entry:
            if province is None:
                return None
            committee, unit = province_unit(province)
            return entry["template"].format(committee=committee, unit=unit, province=province)
        name = _as_written(entry, text)
        num = up[len(base) :]
        return f"{name} khóa {_ROMAN[int(num)]}" if num and int(num) in _ROMAN else name
    return None


def _as_written(body: dict[str, Any], text: str) -> str:
    """The body's name as the article writes it most often; a shortening of the name ("Thủ tướng" for
    "Thủ tướng Chính phủ") does not count, since the full name says more."""
    name = body["name"]
    best, count = name, len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE))
    for a in body.get("aliases", []):
        if len(a) <= 3 or name.casefold().startswith(a.casefold()):
            continue
        n = len(re.findall(rf"(?<!\w){re.escape(a)}(?!\w)", text))
        if n > count:
            best, count = a, n
    return best


def read_org(text: str, pos: int, places: dict[int, int] | None = None) -> tuple[str, int] | None:
    """The body named at `pos` ("Ban Thường vụ Tỉnh ủy", "UBND tỉnh Gia Lai", "Bộ Chính trị khoá XI")
    and where its name ends; None when no body starts there. `places` maps the start of each locality
    the gazetteer found to its end, so "UBND tỉnh Gia Lai Võ Ngọc Thành" stops after the province."""
    t = tables()
    i = pos
    while i < len(text) and text[i] in " \t\n":
        i += 1
    m = t.title.match(text, i)
    if m and (t.alias.match(text, m.end()) or t.head.match(text, m.end())):
        i = m.end()
    m = _PLENUM.match(text, i)
    if m and (m.group("hn") or m.group("n1") or m.group("n2")):
        t_ = m.group("t")
        term = f" khóa {_ROMAN.get(int(t_), t_) if t_.isdigit() else t_.upper()}" if t_ else ""
        return f"Ban Chấp hành Trung ương Đảng{term}", m.end()
    m = t.alias.match(text, i)
    if m:
        tm = _TERM.match(text, m.end())
        written = " ".join(m.group(0).split())
        canonical = t.alias_body[_fold(written)]["name"]
        if tm:
            return f"{written} {' '.join(tm.group(0).strip().split())}", tm.end()
        name = canonical if canonical.startswith(written) and canonical != written else written
        return name, m.end()
    m = t.head.match(text, i)
    if not m or not (text[i].isupper() or text[i : i + 3].lower() == "ban"):
        return None
    end = _tail(text, m.end(), places or {})
    tm = _TERM.match(text, end)
    end = tm.end() if tm else end
    return " ".join(text[i:end].split()).rstrip(" ,-"), end


def _tail(text: str, j: int, places: dict[int, int]) -> int:
    """Where a body's name that starts before `j` ends: at a stop word, a punctuation mark, a
    signer's name, or right after the locality that follows a unit word."""
    t = tables()
    end = j
    first = _FIRST_NOUN.match(text, j)  # "Ban tổ chức lễ tang": here a stop word names the body
    if first and text[j - 4 : j].strip() in _BARE_HEADS:
        end = j = first.end()
    name_at = None
    for _ in range(14):
        m = _TOKEN.match(text, j)
        if not m:
            break
        s, tok = m.start(1), m.group(1)
        if s in places and _LOCAL_END.search(text[max(0, s - 12) : s].rstrip()):
            return places[s]
        if t.stop.match(text, s) or (tok.lower() == "và" and not _capital_after(text, m.end())):
            break
        if t.pm_signer.match(text, s) or t.party_signer.match(text, s):
            break
        if tok[:1].islower() and _UNIT_WORD.search(text, max(0, s - 12), s):
            break  # after "tỉnh", "thành phố" … a place's name, in capitals, must follow
        if name_at is None:
            name_at = _signer_name(text, s)
        if s == name_at:
            break
        j = m.end()
        if tok not in ("-", "và") and not tok.startswith(","):
            end = j
    return end


_UNIT_WORD = re.compile(r"(?<!\w)(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\s+\Z")
_CAPS_RUN = re.compile(r"(?:[A-ZĐ][^\s,;:.()“”\"]*\s+){0,6}[A-ZĐ][^\s,;:.()“”\"]*")


def _signer_name(text: str, s: int) -> int | None:
    """Where a signer's name starts in the run of capitalised words at `s` ("Gia Lai Võ Ngọc Thành"
    -> at "Võ"): the last family name followed by two more capitalised words ("Lâm Đồng" alone is
    a place, not a name); -1 when the run holds none, None when no capitalised word is at `s`."""
    m = _CAPS_RUN.match(text, s)
    if not m:
        return None
    words = m.group().split()
    at, best = s, -1
    for i, w in enumerate(words):
        at = text.index(w, at)
        if w in tables().surnames and len(words) - i >= 3 and text[at : at + 11] != "Hồ Chí Minh":
            best = at
    return best


_FIRST_NOUN = re.compile(r"\s+(?:tổ\s+chức|chỉ\s+đạo|quản\s+lý|điều\s+hành)(?!\w)")
_BARE_HEADS = {"Ban", "ban", "Hội", "đồng", "Cục", "Sở"}


def _capital_after(text: str, j: int) -> bool:
    m = _TOKEN.match(text, j)
    return bool(m and m.group(1)[:1].isupper()) and not (m and _is_kind_word(text, m.start(1)))


def _is_kind_word(text: str, s: int) -> bool:
    from eventgraph.extract.vi.codes import kinds

    return any(text[s : s + len(w)].lower() == w for w in kinds().by_word if len(w) > 3)


def org_of_subject(
    text: str, start: int, end: int, places: dict[int, int] | None = None
) -> str | None:
    """The body that is the subject of a clause `text[start:end]` ending at its verb ("UBND tỉnh
    Tây Ninh đã ban hành", "Chủ tịch UBND tỉnh Gia Lai Võ Ngọc Thành đã ký"); None when the subject
    is not a body, or is a signer who stands for a body the clause does not name."""
    t = tables()
    clause = text[start:end]
    lead = len(clause) - len(clause.lstrip())
    if t.party_signer.match(text, start + lead):
        return None
    pm = t.pm_signer.match(text, start + lead)
    if pm:
        return "Thủ tướng Chính phủ"
    # the body opens the clause, or (after a run-on headline) ends it right before the verb
    for at in [start + lead, *(m.start() for m in t.head.finditer(text, start + lead + 1, end))]:
        if at != start + lead and not text[at].isupper():
            continue
        got = read_org(text, at, places)
        if got and _SUBJECT_REST.fullmatch(text, got[1], end):
            return got[0]
    return None


# after the body in a subject: a signer's name and adverbs, not another clause
_SUBJECT_REST = re.compile(
    r"(?:\s+[A-ZĐ]\w*){0,4}(?:\s+(?:đã|vừa|mới|chính thức|kịp thời|cũng))*\s*"
)


def localize(issuer: str, province: str | None) -> str:
    """Add the article's province to a body written without its place ("Ban Thường vụ Thành ủy" ->
    "Ban Thường vụ Thành ủy Hải Phòng"; "UBND tỉnh" -> "UBND tỉnh Tây Ninh")."""
    if not province:
        return issuer
    if _LOCAL_END.search(issuer):
        if re.search(r"(?i:tỉnh|thành phố|TP\.?|ủy)\Z", issuer):
            return f"{issuer} {province}"
        return f"{issuer} {province_unit(province)[1]} {province}"
    if re.fullmatch(r"Sở [^,]+", issuer) and province not in issuer:
        return f"{issuer} {province_unit(province)[1]} {province}"
    return issuer


_UNIT = re.compile(
    r"(?<!\w)(?:tỉnh ủy|thành ủy|huyện ủy|tỉnh|thành phố|huyện|quận|thị xã)\s+(?P<name>.+)\Z"
)


_ACCENTED_CAPS = re.compile("[ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ]")


def printed_in_capitals(s: str) -> bool:
    """A name set in capitals ("BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG"), not an abbreviation ("HĐND TP. HCM")."""
    return s.isupper() and _ACCENTED_CAPS.search(s) is not None


def proper_case(s: str) -> str:
    """A name printed in capitals, written as a name: "ỦY BAN NHÂN DÂN TỈNH LÀO CAI" -> "Ủy ban nhân dân
    tỉnh Lào Cai", "BỘ GIÁO DỤC VÀ ĐÀO TẠO" -> "Bộ Giáo dục và Đào tạo" (known bodies as the table has them)."""
    low = " ".join(s.lower().split())
    body = tables().alias_body.get(_fold(low))
    if body:
        return body["name"]
    m = _UNIT.search(low)
    if m:
        low = low[: m.start("name")] + m.group("name").title()
    return low[:1].upper() + low[1:]


def term_of(issuer: str | None) -> str | None:
    """The Party term an issuer's name states ("… khóa XIII" -> "XIII")."""
    m = re.search(r"(?i:khóa|khoá)\s+([IVXL]+)\b", issuer or "")
    return m.group(1) if m else None
