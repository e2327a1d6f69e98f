"""Titles as Vietnamese news writes them: a role, the body it belongs to, and its locality.

"Phó Bí thư Thường trực Tỉnh ủy" is the role "Phó Bí thư Thường trực" of the body "Tỉnh ủy"; the
body runs on over capitalised words, unit words ("tỉnh", "huyện") and the lower-case syllables of
compound names ("Ban Tuyên giáo") and stops at punctuation, at a person's name or at a verb ("chủ
trì"). Chains ("Ủy viên Trung ương Đảng, Bí thư Thành ủy") split where a new role starts; a comma
inside a body's name ("Ủy ban Tài chính, Ngân sách") does not split. The lexicon is
`data/titles.toml`.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Final

from eventgraph.extract.vi.gazetteer import country_names
from eventgraph.extract.vi.tokens import NUM, PUNCT, WORD, PhraseTable, Token, load_data
from eventgraph.model.entities import TenureStatus

# The foreign countries and cities of the gazetteer that the press spells syllable by syllable with
# dashes ("Pa-pua Niu Ghi-nê", "Pót Mo-xbai"): a title's body reads them whole, where a dash before
# a lower-case word would end it. The text writes the dashes spaced or not: three tokens or one.
_DASHED: Final = [n for n in country_names() if "-" in n]
DASHED_PLACES: Final = PhraseTable(_DASHED + [re.sub(r"\s*-\s*", " - ", n) for n in _DASHED])
_DASHED_FIRSTS: Final = frozenset(DASHED_PLACES.firsts)

LEXICON: Final = load_data("titles.toml")
STANDALONE: Final = PhraseTable(
    LEXICON["roles"]["standalone"]
    + LEXICON["roles"]["ranks"]
    + LEXICON["roles"]["abbreviated"]
    + LEXICON["roles"]["typo"]
)
RANKS: Final = PhraseTable(LEXICON["roles"]["ranks"])
WITH_BODY: Final = PhraseTable(LEXICON["roles"]["with_body"])
ONE_NAME: Final = PhraseTable(LEXICON["roles"]["one_name"])
HEADS: Final = PhraseTable(LEXICON["bodies"]["heads"])
KNOWN: Final = PhraseTable(LEXICON["bodies"]["known"])
LOCAL: Final = PhraseTable(LEXICON["bodies"]["local"] + LEXICON["units"]["words"])
PROVINCIAL: Final = PhraseTable(
    LEXICON["bodies"]["provincial"] + ["tỉnh", "thành phố", "TP", "TP."]
)
UNITS: Final = PhraseTable(LEXICON["units"]["words"])
STOP: Final = PhraseTable(LEXICON["stop"]["words"])
NOUNS: Final = PhraseTable(LEXICON["stop"]["nouns"])
NAME_WORDS: Final = PhraseTable(LEXICON["stop"]["name_words"])
ABROAD: Final = PhraseTable(LEXICON["bodies"]["abroad"])
STAFF: Final = PhraseTable(LEXICON["bodies"]["staff"])
HONORIFICS: Final = PhraseTable(LEXICON["honorifics"]["words"] + LEXICON["honorifics"]["styles"])
STYLES: Final = PhraseTable(LEXICON["honorifics"]["styles"])
NOT_TITLES: Final = PhraseTable(
    LEXICON["not_titles"]["words"] + LEXICON["not_titles"]["descriptors"]
)
DESCRIPTORS: Final = PhraseTable(LEXICON["not_titles"]["descriptors"])
STATUS = {
    w: TenureStatus(k) for k in ("former", "acting", "concurrent") for w in LEXICON["status"][k]
}
STATUS |= {w: TenureStatus.CURRENT for w in LEXICON["status"]["dropped"]}
ROLE_FIRST: Final = set(STANDALONE.firsts) | set(WITH_BODY.firsts)
_DROPPED: Final = {w.casefold() for w in LEXICON["status"]["dropped"]}
_ACTING: Final = frozenset(w.casefold() for w in LEXICON["status"]["acting"])
_JOINERS: Final = {"của", "và"}
_NUMBERED: Final = frozenset(LEXICON["units"]["numbered"])
HEAD_ENDINGS: Final = frozenset(LEXICON["bodies"]["head_endings"])
LOWER_HEADS: Final = PhraseTable(LEXICON["bodies"]["lower_heads"])
ROMAN: Final = re.compile(r"[IVXL]+")  # a term's numeral ("khóa XII")
_CODE_LETTERS: Final = re.compile(r"[A-Z]{1,2}")
# lower-case syllables in a row a body's name may hold ("Phòng chống tội phạm công nghệ cao")
MAX_LOWER: Final = 6
SEPARATORS: Final = {",", "-", "–", "kiêm", "và"}
# First words of the tables probed at every token of a body: a word outside them matches nothing.
_STOP_FIRSTS, _KNOWN_FIRSTS = frozenset(STOP.firsts), frozenset(KNOWN.firsts)
_STYLE_FIRSTS: Final = frozenset(STYLES.firsts)


@dataclass(unsafe_hash=True)  # not frozen: see `sentences.Sentence`
class Title:
    """A title read at tokens [i, j): its role, how the post is held, and the text as written."""

    i: int
    j: int
    start: int
    end: int
    role: str
    status: TenureStatus
    text: str


_NO_ROLE: Final = (0, False)
# The roles found in the keys read last, by position: the mentions, chains and careers rules ask
# about the same positions of a sentence again and again. The answer depends on `keys` alone (never
# changed once built); the pair is read and replaced whole, so threads at worst look up again.
_ROLES: Final[list[tuple[Sequence[str], dict[int, tuple[int, bool]]]]] = [((), {})]


def role_at(keys: Sequence[str], toks: Sequence[Token], k: int) -> tuple[int, bool]:
    """(length, needs a body) of the role starting at token k; (0, False) when none does."""
    if k >= len(keys) or keys[k] not in ROLE_FIRST:
        return _NO_ROLE
    held, roles = _ROLES[0]
    if held is not keys:
        roles = {}
        _ROLES[0] = (keys, roles)
    got = roles.get(k)
    if got is None:
        got = roles[k] = _role_at(keys, k)
    return got


def _role_at(keys: Sequence[str], k: int) -> tuple[int, bool]:
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
        if status is TenureStatus.FORMER and keys[k] in _ACTING and k + 1 < len(toks):
            k += 1  # "nguyên Quyền Chủ tịch nước": a former acting post, written with both words
    n, _ = role_at(keys, toks, k)
    if not n:
        return None
    # "Trưởng Ban" + "Ban Chính sách, chiến lược ...", "Trưởng ban" + "ban kiểm phiếu": the role's
    # last word opens the body.
    back = (
        1
        if KNOWN.match(keys, k + n - 1) > 1
        or HEADS.match(keys, k + n - 1) > 1
        or keys[k + n - 1] in HEAD_ENDINGS
        else 0
    )
    abroad = ABROAD.match(keys, k) == n  # "Đại sứ Thụy Điển tại Việt Nam"
    j = max(tail_end(toks, keys, k + n - back, stops, abroad), k + n)
    if j == k + n and STAFF.match(keys, k):
        j = _served(toks, keys, k + STAFF.match(keys, k), stops) or j
    # "tân", "cố" are dropped; "kiêm" says the post is held beside another, it is no part of it
    first = k if keys[i] in _DROPPED or status is TenureStatus.CONCURRENT else i
    # The tokens come from the working text (tone placement and dashes already normalised).
    text = " ".join(spaced(toks, first, j))
    return Title(
        i,
        j,
        toks[first].start,
        toks[j - 1].end,
        " ".join(t.text for t in toks[k : k + n]),
        status,
        text,
    )


def _served(toks: Sequence[Token], keys: Sequence[str], m: int, stops: Collection[int]) -> int:
    # "Trợ lý đồng chí Nguyễn Văn A": after a staff role, an honorific and the name of the person
    # served (a name's start is in `stops`); the index after that name, else 0.
    h = HONORIFICS.match(keys, m)
    if not h or m + h not in stops:
        return 0
    e = m + h
    while e < len(toks) and toks[e].cap and e - m - h < 4:
        e += 1
    return e


def serves(t: Title, stops: Collection[int]) -> bool:
    """Whether the title names the person its holder serves ("Trợ lý đồng chí A")."""
    return any(s in stops for s in range(t.i + 1, t.j))


def spaced(toks: Sequence[Token], i: int, j: int) -> list[str]:
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
        if keys[k] in _STYLE_FIRSTS and STYLES.match(keys, k):
            break  # "Chủ tịch Quốc hội Samdech Heng Samrin": a style of address, then the name
        step = _body_step(toks, keys, k)
        if step:
            k = end = k + step
            lower, joined = 0, False
        elif t.kind == PUNCT and t.text in "-–&" and _continues(toks, keys, k + 1, stops):
            k += 1
        elif t.text == "&" and end == k > start and _lower_after_and(toks, keys, k + 1, stops):
            k = end = k + 2  # "Bộ Thông tin & truyền thông": the word after "&" is the name's
            lower, joined = 1, False
        elif (
            t.text == ","
            and ROMAN.fullmatch(toks[k - 1].text)
            and k + 1 < n
            and ROMAN.fullmatch(toks[k + 1].text)
        ):
            k = end = k + 2  # "khóa X, XI, XII"
        elif t.text == "(" and end == k and (q := _abbreviation(toks, k, stops)):
            k = end = q  # "Tập đoàn Điện lực Việt Nam (EVN)": the body's short name
        elif t.text in _OPEN_QUOTES and end == k > start and (q := _quoted(toks, k, stops)):
            k = end = q  # "Trưởng Ban Chỉ đạo Giải “Búa liềm vàng”": the name of what the body runs
        elif keys[k : k + 2] == ["phụ", "trách"] and end == k and _body_step(toks, keys, k + 2):
            k += 2  # "Phó Giám đốc phụ trách Sở Nội vụ": the body the post is in charge of follows
        elif keys[k] == "phụ" and end == k and _portfolio(toks, keys, k, stops):
            k = end = _portfolio(toks, keys, k, stops)  # "Phó Chủ tịch phụ trách đô thị"
        elif abroad and keys[k] == "tại" and k + 1 < n and toks[k + 1].cap:
            k += 1
        elif end == k > start and _stop(keys, k) and NAME_WORDS.match(keys, k - 1):
            # "Phòng Văn hóa - Thông tin", "Ban đổi mới doanh nghiệp": the body's last word opens
            # a name's word whose second syllable ends titles elsewhere
            k = end = k + 1
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


def _portfolio(toks: Sequence[Token], keys: Sequence[str], k: int, stops: Collection[int]) -> int:
    # "Phó Chủ tịch phụ trách đô thị Trần Vĩnh Tuyến": a portfolio of lower-case words, then a
    # name or the end of the apposition; where it ends, else 0.
    if keys[k : k + 2] != ["phụ", "trách"]:
        return 0
    m, stopped = k + 2, False
    while m < len(toks) and m - k - 2 < 4 and toks[m].kind == WORD and not toks[m].cap:
        stopped = stopped or bool(_stop(keys, m))
        m += 1
    # "Phó chủ nhiệm Văn phòng phụ trách điều hành công tác Nguyễn Khắc Định": a portfolio that
    # runs into a name may hold words that end a title elsewhere ("điều hành")
    if m == k + 2 or not (m in stops or (not stopped and m < len(toks) and keys[m] in _CLOSE)):
        return 0
    return m


_CLOSE: Final = (",", ")", ";")


_OPEN_QUOTES: Final = {"“": "”", '"': '"'}
_MAX_QUOTED: Final = 8  # words


def _quoted(toks: Sequence[Token], k: int, stops: Collection[int]) -> int:
    # A quoted name of a few words, the first capitalised: the index after its closing quote, else 0.
    close = _OPEN_QUOTES[toks[k].text]
    m = k + 1
    while m < len(toks) and m - k <= _MAX_QUOTED and toks[m].kind == WORD and m not in stops:
        m += 1
    if m == k + 1 or m >= len(toks) or toks[m].text != close or not toks[k + 1].cap:
        return 0
    return m + 1


def _abbreviation(toks: Sequence[Token], k: int, stops: Collection[int]) -> int:
    # "(EVN)", "(PVN)", "(VCCI)" right after a body's name, also initials joined by a spaced "&" or
    # dash ("(NN & PTNT)", "(TN - MT)", as the press writes a sector's initials outside brackets
    # too): the index after the closing bracket, else 0.
    m, n = k + 1, len(toks)
    while m < n and m not in stops and toks[m].upper and toks[m].kind == WORD:
        joins = m + 2 < n and toks[m + 1].text in _INITIALS_JOINS and toks[m + 2].upper
        if m == k + 1 and len(toks[m].text) < 2 and not joins:
            return 0  # "(X)": one letter is no body's short name
        m += 2 if joins else 1
        if not joins:
            break
    return m + 1 if m > k + 1 and m < n and toks[m].text == ")" else 0


_INITIALS_JOINS: Final = ("&", "-", "–")


def _stop(keys: Sequence[str], k: int) -> int:
    # A stop word, unless it opens a noun of a body's name ("dự" ends a title, "dự án" does not).
    if k >= len(keys) or keys[k] not in _STOP_FIRSTS:  # no stop word starts here (cheap test)
        return 0
    n = STOP.match(keys, k)
    return n if n and NOUNS.match(keys, k) <= n else 0


def _body_step(toks: Sequence[Token], keys: Sequence[str], k: int) -> int:
    # Tokens that are surely part of a body: a known name, a capitalised word, a unit or head word,
    # a number after "khóa"/"vụ"/"số", "khóa XII".
    t = toks[k]
    m = KNOWN.match(keys, k) if keys[k] in _KNOWN_FIRSTS else 0
    if m:
        return m
    if t.kind == NUM:
        # "khóa 14", "vụ 1A"; a unit's code letter and number "C 50", "PA 83" (police departments)
        after = k > 0 and (
            keys[k - 1] in _NUMBERED
            or (_CODE_LETTERS.fullmatch(toks[k - 1].text) and not UNITS.match(keys, k - 1))
            or _name_number(toks, k)
        )
        return 1 if after else 0
    if t.cap or t.upper:
        if keys[k] in _DASHED_FIRSTS and (m := DASHED_PLACES.match(keys, k)):
            return m  # "Thủ tướng Pa - pua Niu Ghi - nê": a foreign place spelt with dashes, whole
        return max(
            1, HEADS.match(keys, k)
        )  # "Hội đồng thành viên" whole: "thành viên" is not a new role
    if keys[k] == "lần" and k + 2 < len(toks) and keys[k + 1] == "thứ":
        return 3  # "Liên hoan Truyền hình toàn quốc lần thứ 42"
    if t.kind != WORD or _stop(keys, k):
        return 0
    m = UNITS.match(keys, k) or HEADS.match(keys, k) or LOWER_HEADS.match(keys, k)
    if m:
        return m
    if (
        keys[k] == "khóa"
        and k + 1 < len(toks)
        and (ROMAN.fullmatch(toks[k + 1].text) or toks[k + 1].kind == NUM)
    ):
        return 2
    return 0


def _name_number(toks: Sequence[Token], k: int) -> bool:
    # "Công ty cổ phần Xi măng Hà Tiên 1,", "Công ty Sông Đà 5.": a number of one or two digits
    # after a capitalised word that ends the phrase is the last word of a company's name.
    return (
        toks[k - 1].cap
        and len(toks[k].text) <= 2
        and toks[k].text.isdigit()
        and (k + 1 == len(toks) or toks[k + 1].text in (",", ".", ";", ")"))
    )


def _joins(toks: Sequence[Token], keys: Sequence[str], k: int, in_lower: bool) -> bool:
    # "Sở Kế hoạch và Đầu tư", "của Quốc hội", "thủy sản và thương mại": not "và Chủ tịch", "và
    # các", "và Tiến sĩ Lê Mộng Huyền".
    t = toks[k]
    if (
        t.kind != WORD
        or role_at(keys, toks, k)[0]
        or HONORIFICS.match(keys, k)
        or NOT_TITLES.match(keys, k)
        or _stop(keys, k)
    ):
        return False
    return t.cap or t.upper or (in_lower and keys[k - 1] == "và")


def _in_body(toks: Sequence[Token], k: int) -> bool:
    # A lower-case syllable continues a body's name only after one of its words, not after a bare
    # role.
    return k > 0 and toks[k - 1].kind == WORD and toks[k - 1].start < toks[k].start


def _continues(toks: Sequence[Token], keys: Sequence[str], k: int, stops: Collection[int]) -> bool:
    # "Tài chính - Kế hoạch", "HĐND - UBND", "Bộ NN & PTNT": a dash or "&" inside a body's name, not
    # before a new title or name.
    return (
        k < len(toks)
        and k not in stops
        and (toks[k].cap or toks[k].upper)
        and keys[k] not in _CREDITS
        and not role_at(keys, toks, k)[0]
        and not HONORIFICS.match(keys, k)
    )


def _lower_after_and(
    toks: Sequence[Token], keys: Sequence[str], k: int, stops: Collection[int]
) -> bool:
    # "&" joins two parts of one name even when the second is written in lower case.
    return (
        k < len(toks)
        and k not in stops
        and toks[k].kind == WORD
        and not _stop(keys, k)
        and not role_at(keys, toks, k)[0]
    )


_CREDITS: Final = {"ảnh", "video", "clip", "nguồn", "đồ"}  # "đại biểu Quốc hội Khoá 14 - Ảnh: ..."
