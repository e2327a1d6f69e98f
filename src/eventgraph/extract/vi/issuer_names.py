"""Reading a body's name in prose: "của Ban Thường vụ Thành ủy về …", "Chủ tịch UBND tỉnh Gia Lai Võ
Ngọc Thành đã ký …", "Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XII". Known bodies
and their other names, the words that open and end a name, signers' titles and family names are in
data/issuers.toml ([[body]], [reading]).
"""

from __future__ import annotations

import re

from eventgraph.extract.vi.codes import kinds
from eventgraph.extract.vi.issuers import LOCAL_END, ROMAN, TERM_NUMBER, fold, tables

# A term after a body's name ("Bộ Chính trị khoá XI", "Bộ Chính trị khoá 9").
_TERM = re.compile(rf"\s*\(?\s*(?i:khóa|khoá)\s+{TERM_NUMBER}\s*\)?")
_TOKEN = re.compile(r"\s*(TP\.|,\s*(?=chống\b)|-(?=\s)|[^\s,;:.()“”\"'‘’]+)")
# A plenum of the Central Committee named as a document's issuer: "Hội nghị lần thứ tám Ban Chấp
# hành
# Trung ương Đảng khóa XII", "Hội nghị Trung ương 4 (khóa X)", "Trung ương 7 khóa 12".
_PLENUM = re.compile(
    r"(?i:(?P<hn>Hội\s+nghị\s+)?(?P<n1>lần\s+thứ\s+\w+\s+|\d{1,2}\s+)?"
    r"(?:Ban\s+Chấp\s+hành\s+Trung\s+ương|BCH\s*TW|BCHTW|Trung\s+ương|TW)(?:\s+Đảng)?"
    r"(?P<n2>\s+(?:lần\s+thứ\s+\w+|\d{1,2}))?(?:\s+Đảng)?)"
    r"(?P<term>\s*\(?\s*(?i:khóa|khoá)\s+(?P<t>[IVXL]+|\d{1,2})\s*\)?)?"
)
_UNIT_WORD = re.compile(r"(?<!\w)(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\s+\Z")
_CAPS_RUN = re.compile(r"(?:[A-ZĐ][^\s,;:.()“”\"]*\s+){0,6}[A-ZĐ][^\s,;:.()“”\"]*")
_FIRST_NOUN = re.compile(r"\s+(?:tổ\s+chức|chỉ\s+đạo|quản\s+lý|điều\s+hành)(?!\w)")
_BARE_HEADS = {"Ban", "ban", "Hội", "đồng", "Cục", "Sở"}
# after the body in a subject: a signer's name and adverbs, not another clause
_SUBJECT_REST = re.compile(
    r"(?:\s+[A-ZĐ]\w*){0,4}(?:\s+(?:đã|vừa|mới|chính thức|kịp thời|cũng))*\s*"
)


def read_org(text: str, pos: int, places: dict[int, int] | None = None) -> tuple[str, int] | None:
    """The body named at `pos` ("Ban Thường vụ Tỉnh ủy", "UBND tỉnh Gia Lai", "Bộ Chính trị khoá
    XI")
    and where its name ends; None when no body starts there. `places` maps the start of each
    locality
    the gazetteer found to its end, so "UBND tỉnh Gia Lai Võ Ngọc Thành" stops after the
    province."""
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
        term = f" khóa {ROMAN.get(int(t_), t_) if t_.isdigit() else t_.upper()}" if t_ else ""
        return f"Ban Chấp hành Trung ương Đảng{term}", m.end()
    m = t.alias.match(text, i)
    if m:
        tm = _TERM.match(text, m.end())
        written = " ".join(m.group(0).split())
        canonical = t.alias_body[fold(written)]["name"]
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
        if s in places and LOCAL_END.search(text[max(0, s - 12) : s].rstrip()):
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


def _capital_after(text: str, j: int) -> bool:
    m = _TOKEN.match(text, j)
    return bool(m and m.group(1)[:1].isupper()) and not (m and _is_kind_word(text, m.start(1)))


def _is_kind_word(text: str, s: int) -> bool:
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
