"""Who issued a document: read from the text ("của Ban Thường vụ Thành ủy", "UBND tỉnh X đã ban
hành"), from a document header ("ỦY BAN NHÂN DÂN / TỈNH LÀO CAI"), or from the issuer letters of
its code ("-TTg" -> Thủ tướng Chính phủ, "/TU" -> Tỉnh ủy of the article's province). The bodies,
their symbol letters and the words that end a body's name are in data/issuers.toml.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from eventgraph.extract.vi.codes import Code

ROMAN = {
    n: r
    for n, r in enumerate(
        "I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX XX".split(), 1
    )
}
LOCAL_END = re.compile(
    r"(?i:(?:(?<!\w)(?:tỉnh|thành phố|TP\.?)|Tỉnh ủy|Thành ủy|Ủy ban nhân dân|UBND|"
    r"Hội đồng nhân dân|HĐND))\Z"
)


def _words(items: list[str]) -> str:
    return "|".join(
        r"\s+".join(map(re.escape, w.split())) for w in sorted(items, key=len, reverse=True)
    )


@dataclass(frozen=True)
class Tables:
    """data/issuers.toml, indexed and compiled."""

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
        alias_body.update({fold(a): b for a in [b["name"], *b.get("aliases", [])]})
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


def fold(s: str) -> str:
    """A comparison key: case-folded, one space between words."""
    return " ".join(s.casefold().split())


def is_issuer_suffix(seg: str) -> bool:
    """Is `seg` the issuer letters of a known body ("TTg", "UBND", "QH14", "BGTVT")?"""
    s = seg.upper()
    return (
        s in tables().by_suffix
        or s.rstrip("0123456789") in tables().by_suffix
        or s in tables().central
    )


def national_body_names(code: Code) -> list[str]:
    """Every name of the one national body the code's letters name ("-TTg" -> "Thủ tướng Chính
    phủ", "Thủ tướng", …); empty when they name none or a provincial one ("-UBND", "/TU")."""
    t = tables()
    for seg in code.issuer_letters:
        up = seg.upper()
        entry = t.by_suffix.get(up) or t.by_suffix.get(up.rstrip("0123456789"))
        if entry is not None:
            return [] if "template" in entry else [entry["name"], *entry.get("aliases", [])]
    return []


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
    body is written as the article writes it when the article uses another of its names ("Bộ
    GTVT")."""
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
        return f"{name} khóa {ROMAN[int(num)]}" if num and int(num) in ROMAN else name
    return None


def _as_written(body: dict[str, Any], text: str) -> str:
    """The body's name as the article writes it most often; a shortening of the name ("Thủ tướng"
    for
    "Thủ tướng Chính phủ") does not count, since the full name says more."""
    name = body["name"]
    best, count = name, len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE))
    for a in body.get("aliases", []):
        if len(a) <= 3 or name.casefold().startswith(a.casefold()):
            continue
        # letters inside a code ("…/NQ-UBTVQH 14") are the code's, not the article naming the body
        n = len(re.findall(rf"(?<![\w/-]){re.escape(a)}(?!\w)", text))
        if n > count:
            best, count = a, n
    return best


def localize(issuer: str, province: str | None) -> str:
    """Add the article's province to a body written without its place ("Ban Thường vụ Thành ủy" ->
    "Ban Thường vụ Thành ủy Hải Phòng"; "UBND tỉnh" -> "UBND tỉnh Tây Ninh")."""
    if not province:
        return issuer
    if LOCAL_END.search(issuer):
        if re.search(r"(?i:tỉnh|thành phố|TP\.?|ủy)\Z", issuer):
            return f"{issuer} {province}"
        return f"{issuer} {province_unit(province)[1]} {province}"
    if re.fullmatch(r"Sở [^,]+", issuer) and province not in issuer:
        return f"{issuer} {province_unit(province)[1]} {province}"
    return issuer


_UNIT = re.compile(
    r"(?<!\w)(?:tỉnh ủy|thành ủy|huyện ủy|tỉnh|thành phố|huyện|quận|thị xã)"
    r"\s+(?P<name>(?!ủy\b).+)\Z"
)


_ACCENTED_CAPS = re.compile("[ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ]")


def printed_in_capitals(s: str) -> bool:
    """A name set in capitals ("BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG"), not an abbreviation ("HĐND TP.
    HCM")."""
    return s.isupper() and _ACCENTED_CAPS.search(s) is not None


def proper_case(s: str) -> str:
    """A name printed in capitals, written as a name: "ỦY BAN NHÂN DÂN TỈNH LÀO CAI" -> "Ủy ban
    nhân dân
    tỉnh Lào Cai", "BỘ GIÁO DỤC VÀ ĐÀO TẠO" -> "Bộ Giáo dục và Đào tạo" (known bodies as the table
    has them)."""
    low = " ".join(s.lower().split())
    body = tables().alias_body.get(fold(low))
    if body:
        return body["name"]
    m = _UNIT.search(low)
    if m:
        low = low[: m.start("name")] + m.group("name").title()
    return low[:1].upper() + low[1:]


#: a term's number after "khóa", in Roman or Arabic numerals ("khoá XI", "khoá 9"); a number that
#: runs on into a date or a decimal ("khoá 9/2019") is no term
TERM_NUMBER = r"(?:([IVXL]+)\b|(\d{1,2})(?!\d|[/.,-]\d))"


def term_of(issuer: str | None) -> str | None:
    """The Party term an issuer's name states ("… khóa XIII" -> "XIII", "… khoá 9" -> "IX")."""
    m = re.search(rf"(?i:khóa|khoá)\s+{TERM_NUMBER}", issuer or "")
    if not m:
        return None
    return m.group(1) or ROMAN.get(int(m.group(2)))
