"""Titles as Vietnamese news writes them: a role, the body it belongs to, and its locality.

"Phó Bí thư Thường trực Tỉnh ủy" is the role "Phó Bí thư Thường trực" of the body "Tỉnh ủy"; the
body
runs on over capitalised words, unit words ("tỉnh", "huyện") and the lower-case syllables of
compound
names ("Ban Tuyên giáo") and stops at punctuation, at a person's name or at a verb ("chủ trì").
Chains ("Ủy viên Trung ương Đảng, Bí thư Thành ủy") split where a new role starts; a comma inside a
body's name ("Ủy ban Tài chính, Ngân sách") does not split. The lexicon is `data/titles.toml`.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache

from eventgraph.extract.vi.normalize import working_text
from eventgraph.extract.vi.tokens import NUM, PUNCT, WORD, PhraseTable, Token, load_data, tokenize
from eventgraph.model.entities import TenureStatus
from eventgraph.text import clean

_LEX = load_data("titles.toml")
STANDALONE = PhraseTable(_LEX["roles"]["standalone"] + _LEX["roles"]["abbreviated"])
WITH_BODY = PhraseTable(_LEX["roles"]["with_body"])
HEADS = PhraseTable(_LEX["bodies"]["heads"])
KNOWN = PhraseTable(_LEX["bodies"]["known"])
LOCAL = PhraseTable(_LEX["bodies"]["local"] + _LEX["units"]["words"])
PROVINCIAL = PhraseTable(_LEX["bodies"]["provincial"] + ["tỉnh", "thành phố", "TP", "TP."])
UNITS = PhraseTable(_LEX["units"]["words"])
STOP = PhraseTable(_LEX["stop"]["words"])
NOUNS = PhraseTable(_LEX["stop"]["nouns"])
ABROAD = PhraseTable(_LEX["bodies"]["abroad"])
HONORIFICS = PhraseTable(_LEX["honorifics"]["words"])
NOT_TITLES = PhraseTable(_LEX["not_titles"]["words"])
STATUS = {w: TenureStatus(k) for k in ("former", "acting", "concurrent") for w in _LEX["status"][k]}
STATUS |= {w: TenureStatus.CURRENT for w in _LEX["status"]["dropped"]}
ROLE_FIRST = set(STANDALONE.firsts) | set(WITH_BODY.firsts)
_DROPPED = {w.casefold() for w in _LEX["status"]["dropped"]}
_JOINERS = {"của", "và"}
_NUMBERED = {"khóa", "quận", "vụ", "số", "phòng", "cục", "đoàn", "lần", "thứ", "đội", "khu", "ban"}
_HEAD_ENDINGS = {"ban", "đoàn", "phòng", "tiểu ban"}
_ROMAN = re.compile(r"[IVXL]+")
MAX_LOWER = 5  # lower-case syllables in a row a body's name may hold ("Phát triển nông thôn")
SEPARATORS = {",", "-", "–", "kiêm", "và"}


@dataclass(frozen=True)
class Title:
    """A title read at tokens [i, j): its role, how the post is held, and the text as written."""

    i: int
    j: int
    start: int
    end: int
    role: str
    status: TenureStatus
    text: str


def role_at(keys: Sequence[str], toks: Sequence[Token], k: int) -> tuple[int, bool]:
    """(length, needs a body) of the role starting at token k; (0, False) when none does."""
    if k >= len(keys) or keys[k] not in ROLE_FIRST:
        return 0, False
    n_alone, n_body = STANDALONE.match(keys, k), WITH_BODY.match(keys, k)
    if n_alone >= n_body:
        return n_alone, False
    if HEADS.match(keys, k + n_body) or KNOWN.match(keys, k + n_body):
        return n_body, True
    return 0, False


def read_title(
    toks: Sequence[Token], keys: Sequence[str], i: int, stops: Collection[int] = ()
) -> Title | None:
    """The title starting at token i (a status word such as "nguyên" may come first), or None.
    The body stops before any token index in `stops` (where a person's name starts)."""
    if i >= len(toks):
        return None
    k, status = i, TenureStatus.CURRENT
    if keys[i] in STATUS and i + 1 < len(toks):
        status, k = STATUS[keys[i]], i + 1
    n, _ = role_at(keys, toks, k)
    if not n:
        return None
    # "Trưởng Ban" + "Ban Chính sách, chiến lược ...", "Trưởng ban" + "ban kiểm phiếu": the role's
    # last word opens the body.
    back = (
        1
        if KNOWN.match(keys, k + n - 1) > 1
        or HEADS.match(keys, k + n - 1) > 1
        or keys[k + n - 1] in _HEAD_ENDINGS
        else 0
    )
    abroad = ABROAD.match(keys, k) == n  # "Đại sứ Thụy Điển tại Việt Nam"
    j = max(tail_end(toks, keys, k + n - back, stops, abroad), k + n)
    first = k if keys[i] in _DROPPED else i
    # The tokens come from the working text (tone placement and dashes already normalised).
    text = " ".join(_spaced(toks, first, j))
    return Title(
        i,
        j,
        toks[first].start,
        toks[j - 1].end,
        " ".join(t.text for t in toks[k : k + n]),
        status,
        text,
    )


def _spaced(toks: Sequence[Token], i: int, j: int) -> list[str]:
    # Re-join tokens as written: "T.Ư", "Tài chính - Kế hoạch", "vụ 1A".
    out: list[str] = []
    for a in range(i, j):
        if out and toks[a].start == toks[a - 1].end:
            out[-1] += toks[a].text
        else:
            out.append(toks[a].text)
    return out


def tail_end(
    toks: Sequence[Token],
    keys: Sequence[str],
    k: int,
    stops: Collection[int] = (),
    abroad: bool = False,
) -> int:
    """Index after the last token of the body that follows a role at k (k itself when none); a post
    abroad goes on over "tại" and a country."""
    start, end, lower, joined, n = k, k, 0, False, len(toks)
    while k < n and k not in stops:
        t = toks[k]
        step = _body_step(toks, keys, k)
        if step:
            k = end = k + step
            lower, joined = 0, False
        elif t.kind == PUNCT and t.text in "-–" and _continues(toks, keys, k + 1, stops):
            k += 1
        elif (
            t.text == ","
            and _ROMAN.fullmatch(toks[k - 1].text)
            and k + 1 < n
            and _ROMAN.fullmatch(toks[k + 1].text)
        ):
            k = end = k + 2  # "khóa X, XI, XII"
        elif abroad and keys[k] == "tại" and k + 1 < n and toks[k + 1].cap:
            k += 1
        elif (
            t.kind != WORD
            or _stop(keys, k)
            or HONORIFICS.match(keys, k)
            or keys[k] == "kiêm"
            or role_at(keys, toks, k)[0]
        ):
            break
        elif keys[k] in _JOINERS:
            if not (k + 1 < n and k + 1 not in stops and _joins(toks, keys, k + 1, end == k)):
                break
            k, joined, lower = k + 1, True, 0
        elif (end == k or joined) and end > start and lower < MAX_LOWER and _in_body(toks, k):
            k, end, lower, joined = k + 1, k + 1, lower + 1, False
        else:
            break
    return end


def _stop(keys: Sequence[str], k: int) -> int:
    # A stop word, unless it opens a noun of a body's name ("dự" ends a title, "dự án" does not).
    n = STOP.match(keys, k)
    return n if n and NOUNS.match(keys, k) <= n else 0


def _body_step(toks: Sequence[Token], keys: Sequence[str], k: int) -> int:
    # Tokens that are surely part of a body: a known name, a capitalised word, a unit or head word,
    # a number after "khóa"/"vụ"/"số", "khóa XII".
    t = toks[k]
    m = KNOWN.match(keys, k)
    if m:
        return m
    if t.kind == NUM:
        return 1 if k > 0 and keys[k - 1] in _NUMBERED else 0
    if t.cap or t.upper:
        return max(
            1, HEADS.match(keys, k)
        )  # "Hội đồng thành viên" whole: "thành viên" is not a new role
    if keys[k] == "lần" and k + 2 < len(toks) and keys[k + 1] == "thứ":
        return 3  # "Liên hoan Truyền hình toàn quốc lần thứ 42"
    if t.kind != WORD or _stop(keys, k):
        return 0
    m = UNITS.match(keys, k) or HEADS.match(keys, k)
    if m:
        return m
    if (
        keys[k] == "khóa"
        and k + 1 < len(toks)
        and (_ROMAN.fullmatch(toks[k + 1].text) or toks[k + 1].kind == NUM)
    ):
        return 2
    return 0


def _joins(toks: Sequence[Token], keys: Sequence[str], k: int, in_lower: bool) -> bool:
    # "Sở Kế hoạch và Đầu tư", "của Quốc hội", "thủy sản và thương mại": not "và Chủ tịch", "và
    # các".
    t = toks[k]
    if (
        t.kind != WORD
        or role_at(keys, toks, k)[0]
        or HONORIFICS.match(keys, k)
        or _stop(keys, k)
    ):
        return False
    return t.cap or t.upper or (in_lower and keys[k - 1] == "và")


def _in_body(toks: Sequence[Token], k: int) -> bool:
    # A lower-case syllable continues a body's name only after one of its words, not after a bare
    # role.
    return k > 0 and toks[k - 1].kind == WORD and toks[k - 1].start < toks[k].start


def _continues(toks: Sequence[Token], keys: Sequence[str], k: int, stops: Collection[int]) -> bool:
    # "Tài chính - Kế hoạch", "HĐND - UBND": a dash inside a body's name, not before a new title or
    # name.
    return (
        k < len(toks)
        and k not in stops
        and (toks[k].cap or toks[k].upper)
        and not role_at(keys, toks, k)[0]
        and not HONORIFICS.match(keys, k)
    )


def read_chain(
    toks: Sequence[Token],
    keys: Sequence[str],
    k: int,
    stops: Collection[int] = (),
    seps: Collection[str] = SEPARATORS,
) -> list[Title]:
    """Titles chained from token k ("Ủy viên Trung ương Đảng, Bí thư Thành ủy, Trưởng Đoàn ĐBQH ...").
    A segment after a comma that opens a body, not a role, continues the title before it ("Phó vụ
    trưởng
    vụ 1A, Uỷ ban Kiểm tra T.Ư"). The chain stops before a title that leads into a name (`stops`)."""
    out: list[Title] = []
    t = read_title(toks, keys, k, stops)
    while t is not None:
        if t.j in stops:
            break  # this title belongs to the next person's name ("..., Chủ tịch UBND tỉnh Nguyễn Văn A")
        out.append(t)
        s = t.j
        if s >= len(toks) or keys[s] not in seps:
            break
        if keys[s] == ";" and s + 1 < len(toks) and keys[s + 1] in seps:
            s += 1  # "...; và Phó Chủ tịch UBND tỉnh"
        status = STATUS.get(keys[s]) if keys[s] == "kiêm" else None
        nxt = read_title(toks, keys, s + 1, stops)
        j = tail_end(toks, keys, s + 1, stops) if keys[s] == "," else s
        if (
            nxt is None
            and j > s + 1
            and _opens_body(keys, toks, s + 1, stops)
            and _segment_ends(toks, keys, j, stops)
        ):
            out[-1] = Title(
                t.i,
                j,
                t.start,
                toks[j - 1].end,
                t.role,
                t.status,
                t.text + ", " + " ".join(_spaced(toks, s + 1, j)),
            )
            if j >= len(toks) or keys[j] not in seps:
                break
            nxt = read_title(toks, keys, j + 1, stops)
        if nxt is not None and status is not None:
            nxt = Title(nxt.i, nxt.j, nxt.start, nxt.end, nxt.role, status, nxt.text)
        t = nxt
    return out


def _segment_ends(
    toks: Sequence[Token], keys: Sequence[str], j: int, stops: Collection[int]
) -> bool:
    # A comma segment continues a title only if it is a body alone, not the subject of the next
    # clause
    # ("..., Ban Thường vụ Tỉnh ủy thảo luận").
    return j >= len(toks) or j in stops or toks[j].kind == PUNCT


def _opens_body(keys: Sequence[str], toks: Sequence[Token], k: int, stops: Collection[int]) -> bool:
    return (
        k < len(toks)
        and k not in stops
        and bool(HEADS.match(keys, k) or KNOWN.match(keys, k))
        and not role_at(keys, toks, k)[0]
    )


def split_chain(text: str) -> list[str]:
    """The titles of a chain written alone: "Ủy viên Trung ương Đảng, Bí thư Thành ủy" -> two titles."""
    toks = tokenize(working_text(text))
    return [t.text for t in read_chain(toks, [t.key for t in toks], 0)]


_ABBREV = {k.casefold(): v.casefold() for k, v in _LEX["abbreviations"].items()}


@lru_cache(maxsize=4096)
def title_key(text: str) -> str:
    """A comparison key: abbreviations spelled out, unit words dropped ("UBND tỉnh" = "Ủy ban nhân dân")."""
    keys = [t.key for t in tokenize(working_text(text)) if t.kind != PUNCT]
    words = [
        _ABBREV.get(k, k)
        for a, k in enumerate(keys)
        if k not in ("tp", "tp.")
        and not (k == "tỉnh" and keys[a + 1 : a + 2] != ["ủy"])
        and not (k == "thành" and keys[a + 1 : a + 2] == ["phố"])
        and not (k == "phố" and keys[a - 1 : a] == ["thành"])
    ]
    return " ".join(" ".join(words).split())


@dataclass(frozen=True)
class Qualified:
    """A title with the context the article implies."""

    full_title: str
    organization: str | None
    locality: str | None


def qualify(title: Title, province: str | None) -> Qualified:
    """Add the article's province after a provincial body named without it: "Bí thư Thành ủy" ->
    "Bí thư Thành ủy Hải Phòng"; the organisation is the body with that locality."""
    return _qualify(title.text, province)


@lru_cache(maxsize=4096)
def _qualify(text: str, province: str | None) -> Qualified:
    toks = tokenize(text)
    keys = [t.key for t in toks]
    k = 1 if keys and keys[0] in STATUS else 0
    n, _ = role_at(keys, toks, k)
    body_toks = toks[k + n :]
    body = clean(" ".join(_spaced(toks, k + n, len(toks)))) or None
    locality = _named_locality(toks, keys, k + n)
    full = text
    if locality is None and province and body_toks and _ends_provincial(keys):
        full, locality = f"{text} {province}", province
        body = f"{body} {province}"
    return Qualified(full, body, locality)


def _named_locality(toks: Sequence[Token], keys: Sequence[str], k: int) -> str | None:
    # The capitalised words after the last local body or unit word: "Tỉnh ủy Cao Bằng" -> "Cao
    # Bằng".
    found = None
    for a in range(k, len(toks)):
        m = LOCAL.match(keys, a)
        if (
            m
            and a + m < len(toks)
            and (toks[a + m].cap or toks[a + m].upper)
            and keys[a + m] not in ("tp", "tp.")
        ):
            b = a + m
            while b < len(toks) and (toks[b].cap or (toks[b].upper and toks[b].text != "TP")):
                b += 1
            found = clean(" ".join(_spaced(toks, a + m, b)))
    return found


def _ends_provincial(keys: Sequence[str]) -> bool:
    for n in (3, 2, 1):
        if len(keys) >= n and PROVINCIAL.match(keys, len(keys) - n) == n:
            return True
    return bool(keys) and keys[-1] in ("hđnd", "ubnd")
