"""Chains of titles: "Ủy viên Trung ương Đảng, Bí thư Thành ủy, Trưởng Đoàn ĐBQH tỉnh".

A chain splits where a new role starts, after a comma, a dash, "kiêm" or "và"; a segment after a
comma that opens a body rather than a role continues the title before it ("Phó vụ trưởng vụ 1A, Ủy
ban Kiểm tra T.Ư"), so a comma inside a body's name ("Ủy ban Văn hóa, Giáo dục") does not split.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Final

from eventgraph.extract.vi.normalize import working_text
from eventgraph.extract.vi.titles import (
    HEADS,
    KNOWN,
    ROMAN,
    SEPARATORS,
    STATUS,
    Title,
    read_title,
    role_at,
    serves,
    spaced,
    tail_end,
)
from eventgraph.extract.vi.tokens import NUM, PUNCT, WORD, PhraseTable, Token, load_data, tokenize

SPEECH: Final = PhraseTable(load_data("titles.toml")["career"]["speech_after"])
SHARED_HEADS: Final = frozenset(load_data("titles.toml")["bodies"]["shared_heads"])


def read_chain(
    toks: Sequence[Token],
    keys: Sequence[str],
    k: int,
    stops: Collection[int] = (),
    seps: Collection[str] = SEPARATORS,
    mentions: Collection[tuple[int, int]] = (),
    spoken: bool = False,
) -> list[Title]:
    """Titles chained from token k ("Ủy viên Trung ương Đảng, Bí thư Thành ủy, Trưởng Đoàn ĐBQH
    ..."). A segment after a comma that opens a body, not a role, continues the title before it
    ("Phó vụ trưởng vụ 1A, Uỷ ban Kiểm tra T.Ư"). The chain stops before a title that leads into
    a name (`stops`), and before one that takes in the name of a person mentioned with titles after
    it (`mentions`: where such a name begins, where its mention ends). `spoken`: the chain follows
    its person's name, so a body segment may also end at a verb of speech (titles.toml
    [career] speech_after)."""
    out: list[Title] = []
    t = read_title(toks, keys, k, stops)
    listed = k > 0 and keys[k - 1] in _LIST_OPENED  # "các chức vụ: X; Y", "như X; Y"
    while t is not None:
        if t.j in stops:
            break  # the title belongs to the next name ("..., Chủ tịch UBND tỉnh Nguyễn Văn A")
        shared = _shared_head(toks, keys, t, stops)
        if shared:  # "Giám đốc các sở Công nghiệp, Tài chính": one post a body
            out += shared[:-1]
            t = shared[-1]
        e = _item_end(toks, keys, t.j, stops, mentions) if listed and ";" in seps else -1
        if e > t.j:  # "...; Giám đốc Trung tâm Bảo tồn di sản – di tích tỉnh Quảng Nam; ..."
            t = Title(
                t.i,
                e,
                t.start,
                toks[e - 1].end,
                t.role,
                t.status,
                " ".join([t.text, *spaced(toks, t.j, e)]),
            )
        out.append(t)
        if serves(t, stops):
            break  # "Thư ký đồng chí A, Ủy viên Trung ương Đảng, ...": the titles after are A's
        s = _after_term(toks, keys, t.j)
        listed = listed or (s < len(toks) and keys[s] == ";")
        if s >= len(toks) or keys[s] not in seps:
            break
        if keys[s] == ";" and s + 1 < len(toks) and keys[s + 1] in seps:
            s += 1  # "...; và Phó Chủ tịch UBND tỉnh"
        status = STATUS.get(keys[s]) if keys[s] == "kiêm" else None
        nxt = read_title(toks, keys, s + 1, stops)
        if nxt is not None and any(_takes_in(toks, keys, nxt, n, last) for n, last in mentions):
            break  # "... giữ chức Tư lệnh Quân khu 9; Thiếu tướng B, Phó Tư lệnh ...": B's own
        j = tail_end(toks, keys, s + 1, stops) if keys[s] == "," else s
        if (
            nxt is None
            and j > s + 1
            and _opens_body(keys, toks, s + 1, stops)
            and (_segment_ends(toks, keys, j, stops) or (spoken and SPEECH.match(keys, j) > 0))
        ):
            out[-1] = Title(
                t.i,
                j,
                t.start,
                toks[j - 1].end,
                t.role,
                t.status,
                t.text + ", " + " ".join(spaced(toks, s + 1, j)),
            )
            if j >= len(toks) or keys[j] not in seps:
                break
            nxt = read_title(toks, keys, j + 1, stops)
        if nxt is not None and status is not None:
            nxt = Title(nxt.i, nxt.j, nxt.start, nxt.end, nxt.role, status, nxt.text)
        t = nxt
    return out


def _shared_head(
    toks: Sequence[Token], keys: Sequence[str], t: Title, stops: Collection[int]
) -> list[Title]:
    # "Giám đốc các sở Công nghiệp, Tài chính, Phó Chủ tịch …": a bare role, "các", a head of
    # titles.toml [bodies] shared_heads, then capitalised names divided by commas or "và", each
    # the body of one post; [] unless two or more are read.
    h = t.j + 1
    if h + 1 >= len(toks) or keys[t.j] != "các" or keys[h] not in SHARED_HEADS:
        return []
    items: list[tuple[int, int]] = []
    a = h + 1
    while a < len(toks) and toks[a].cap and toks[a].kind == WORD and a not in stops:
        if items and role_at(keys, toks, a)[0]:
            break  # "…, Tài chính, Phó Chủ tịch UBND tỉnh": the chain's next post
        e = a
        while e < len(toks) and toks[e].kind == WORD and e not in stops and not (
            e > a and keys[e] == "và"
        ):
            e += 1
        items.append((a, e))
        if e + 1 >= len(toks) or keys[e] not in (",", "và"):
            break
        a = e + 1
    if len(items) < 2:
        return []
    head = toks[h].text
    return [
        Title(
            t.i,
            e,
            t.start,
            toks[e - 1].end,
            t.role,
            t.status,
            " ".join([t.text, head, *spaced(toks, a, e)]),
        )
        for a, e in items
    ]


def _item_end(
    toks: Sequence[Token],
    keys: Sequence[str],
    j: int,
    stops: Collection[int],
    mentions: Collection[tuple[int, int]],
) -> int:
    # In a list of posts divided by semicolons, a title read short of its item ("Giám đốc Trung
    # tâm Hợp tác quốc tế về đào tạo …;", a lower-case body, a dash inside a name) runs on to the
    # semicolon when only words (and dashes), none opening a post, stand before it and another post
    # opens after it: the index of that semicolon, else -1.
    names = {n for n, _ in mentions}
    for e in range(j, min(len(toks), j + _ITEM_REACH + 1)):
        if keys[e] == ";":
            nxt = read_title(toks, keys, e + 1, stops) if e > j else None
            return e if nxt is not None and nxt.j not in stops else -1
        if e in stops or e in names or (toks[e].kind != WORD and keys[e] not in ("-", "–")):
            return -1
        if keys[e] in STATUS or role_at(keys, toks, e)[0]:
            return -1  # "Phó chánh Văn phòng kiêm Trợ lý Bộ trưởng;": two posts, not one
    return -1


_ITEM_REACH: Final = 10  # words from where a title stops to the semicolon that ends its item
_LIST_OPENED: Final = frozenset({":", "như"})


def _takes_in(toks: Sequence[Token], keys: Sequence[str], t: Title, n: int, last: int) -> bool:
    # Whether title t runs into the name of a person mentioned at [n, last): into the name and on
    # to titles after it, or a role right before the whole name ("…, thượng tướng B chịu trách
    # nhiệm": B's rank, not a post of the chain; "Chủ tịch UBND phường Cầu Ông Lãnh" is not).
    if not t.i <= n < t.j:
        return False
    return t.j < last or (t.j == last and n == t.i + role_at(keys, toks, t.i)[0])


def _after_term(toks: Sequence[Token], keys: Sequence[str], k: int) -> int:
    # "Phó Bí thư Tỉnh ủy nhiệm kỳ 2015 - 2020, Trưởng đoàn ...": the term of a post is no title and
    # does not end the chain; the index after it (k when no term follows). So is the province of a
    # post in brackets: "Bí thư Huyện ủy huyện Yên Định (Thanh Hóa), Giám đốc Sở …".
    if keys[k : k + 2] == ["các", "khóa"]:
        return _past_terms(toks, keys, k + 2) or k
    if (
        k + 1 < len(toks)
        and keys[k] == ","
        and k >= 2
        and keys[k - 2] == "khóa"
        and _numeral(toks[k - 1])
        and _numeral(toks[k + 1])
    ):
        # "Ủy viên Trung ương Đảng khóa 10, 11, 12; Ủy viên Bộ Chính trị …": the title took in
        # its first term; the terms after it are no title either
        return _past_terms(toks, keys, k + 1) or k
    if keys[k : k + 3] == [",", "nhiệm", "kỳ"]:
        # "Trưởng đoàn ĐBQH tỉnh khóa XIV, nhiệm kỳ 2016-2021; Ủy viên Ủy ban Kinh tế …"
        m = _after_term(toks, keys, k + 1)
        return m if m > k + 1 else k
    if keys[k : k + 2] != ["nhiệm", "kỳ"]:
        return _past_place_aside(toks, keys, k)
    m = k + 2
    if m < len(toks) and toks[m].kind == NUM:
        m += 1
        if m + 1 < len(toks) and keys[m] in ("-", "–") and toks[m + 1].kind == NUM:
            m += 2
    return m if m > k + 2 else k


def _numeral(tok: Token) -> bool:
    return tok.kind == NUM or bool(ROMAN.fullmatch(tok.text))


def _past_terms(toks: Sequence[Token], keys: Sequence[str], m: int) -> int:
    # "Ủy viên Trung ương các khóa VII, VIII, IX; Ủy viên Bộ Chính trị …": the terms a post was held
    # in are no title and do not end the chain; the index after the last numeral, else 0.
    end = 0
    while m < len(toks) and _numeral(toks[m]):
        end = m + 1
        if end + 1 < len(toks) and keys[end] in (",", "và", "-", "–"):
            m = end + 1
        else:
            break
    return end



def _past_place_aside(toks: Sequence[Token], keys: Sequence[str], k: int) -> int:
    # A bracket of one to three capitalised words (a place's name) right after a title and before
    # the separator of the next: the index after its closing bracket, else k.
    if k >= len(toks) or keys[k] != "(":
        return k
    m = k + 1
    while m < len(toks) and m - k <= _PLACE_ASIDE and toks[m].cap and toks[m].kind == WORD:
        m += 1
    if m == k + 1:  # "Bí thư Tỉnh ủy Quảng Ninh (8/2011); Phó ban …": the date the post began
        if m < len(toks) and keys[m] == "tháng":
            m += 1
        elif keys[m : m + 2] == ["nhiệm", "kỳ"] or keys[m : m + 1] == ["khóa"]:
            # "Chủ tịch HĐND Quận 9 (nhiệm kỳ 1999 - 2004), Ủy viên …", "(khóa XII), …": its term
            m += 2 if keys[m] == "nhiệm" else 1
        while m < len(toks) and m - k <= _DATE_ASIDE and (
            _numeral(toks[m]) or keys[m] in ("/", "-", "–")
        ):
            m += 1
        if m < len(toks) and not _numeral(toks[m - 1]):
            return k
    if m == k + 1 or m + 1 >= len(toks) or keys[m] != ")":
        return k
    return m + 1 if keys[m + 1] in (",", ";") else k


_PLACE_ASIDE: Final = 3  # words
_DATE_ASIDE: Final = 8  # tokens of a date or a span of dates: "(8/2011)", "(2010 - 2015)"


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
    """The titles of a chain written alone: "Ủy viên Trung ương Đảng, Bí thư Thành ủy" -> two
    titles."""
    toks = tokenize(working_text(text))
    return [t.text for t in read_chain(toks, [t.key for t in toks], 0)]
