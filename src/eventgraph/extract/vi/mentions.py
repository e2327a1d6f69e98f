"""Person mentions in one sentence: a name with the titles written around it.

The forms read, titles after, before, or shared by a list:
    "đồng chí Trần Lưu Quang, Ủy viên Trung ương Đảng, Bí thư Thành ủy"
    "Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Bùi Thị Minh Hoài"
    "Thái Đại Ngọc - Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy"
    "Ủy viên Bộ Chính trị, Bí thư Thành ủy, ông Đinh La Thăng"
    "Ủy viên Đảng đoàn, Phó Chủ tịch Hội Luật gia Việt Nam: A, B, C và D"
    "các ông Hoàng Nghĩa Hiếu và Bùi Đình Long"
A capitalised run is a person only in such a context (an honorific or a title next to it), so
titles, bodies and places are not taken for names.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import Final

from eventgraph.extract.vi.careers import NEGATIONS
from eventgraph.extract.vi.names import (
    STATE_FORMS,
    SURNAMES,
    Name,
    bare_person,
    initialled_name,
    name_in_run,
    with_dashed_tail,
)
from eventgraph.extract.vi.title_chains import read_chain
from eventgraph.extract.vi.titles import (
    DESCRIPTORS,
    HEADS,
    HONORIFICS,
    KNOWN,
    LOCAL,
    NOT_TITLES,
    ONE_NAME,
    ROLE_FIRST,
    SEPARATORS,
    STANDALONE,
    STATUS,
    STOP,
    STYLES,
    WITH_BODY,
    Title,
    read_title,
    role_at,
)
from eventgraph.extract.vi.tokens import NUM, WORD, PhraseTable, Token, load_data
from eventgraph.model.entities import TenureStatus

OPENERS: Final = PhraseTable(load_data("titles.toml")["career"]["apposition_openers"])
FRONTED: Final = PhraseTable(load_data("titles.toml")["career"]["fronted_openers"])
CLAUSE_OPENERS: Final = PhraseTable(load_data("titles.toml")["career"]["clause_openers"])
ADDRESSING: Final = PhraseTable(load_data("titles.toml")["career"]["addressing"])
VACANCY: Final = PhraseTable(load_data("titles.toml")["career"]["vacancy"])
SHARED_ASIDE: Final = PhraseTable(load_data("titles.toml")["career"]["shared_aside_openers"])
GRADES: Final = frozenset(load_data("titles.toml")["bodies"]["grades"])
PHOTO_ASIDES: Final = frozenset(load_data("titles.toml")["career"]["photo_asides"])
_RESERVED_FIRST: Final = (
    set(KNOWN.firsts)
    | set(STYLES.firsts)
    | set(HONORIFICS.firsts)
    | set(NOT_TITLES.firsts)
    | set(STANDALONE.firsts)
    | set(WITH_BODY.firsts)
)
_HONORIFIC_LASTS, _NOT_TITLE_LASTS = frozenset(HONORIFICS.lasts), frozenset(NOT_TITLES.lasts)
_DESCRIPTOR_LASTS: Final = frozenset(DESCRIPTORS.lasts)
_LOCAL_LASTS, _STANDALONE_LASTS = frozenset(LOCAL.lasts), frozenset(STANDALONE.lasts)
_ONE_NAME_LASTS: Final = frozenset(ONE_NAME.lasts)
_STATE_LASTS, _STYLE_LASTS = frozenset(STATE_FORMS.lasts), frozenset(STYLES.lasts)
_APPOSITION: Final = {",", "-", "–", "(", ":"}
_FORMER: Final = frozenset(w for w, s in STATUS.items() if s == TenureStatus.FORMER)
_PREFIX_SEPS: Final = {",", "-", "–", "kiêm"}
_PLURAL: Final = {"các", "những", "hai", "ba", "2", "3"}
_LIST_SEPS: Final = {",", "và", ";", "cùng"}


@dataclass
class Mention:
    """A person named at tokens [name.i, name.j) with the titles before and after the name."""

    name: Name
    before: list[Title] = field(default_factory=list)
    after: list[Title] = field(default_factory=list)
    honorific: bool = False
    shared: list[Title] = field(default_factory=list)  # titles of a list the person is part of
    bare: bool = False  # a full name that is a person on its own (`names.bare_person`)
    monarch: Title | None = None  # "Nhà vua" before "Akihito", read only there

    @property
    def titles(self) -> list[Title]:
        return self.shared + self.before + self.after

    @property
    def first(self) -> int:
        """Index of the first token of the mention (its first title or its name)."""
        return self.before[0].i if self.before else self.name.i

    @property
    def last(self) -> int:
        """Index after the last token of the mention."""
        return self.after[-1].j if self.after else self.name.j


def read_sentence(
    toks: Sequence[Token], keys: Sequence[str], known: Collection[str] = ()
) -> list[Mention]:
    """The persons named in one sentence's tokens, with their titles; `known` are names already
    accepted earlier in the article (a later bare mention of them is still a person)."""
    cands = _candidates(toks, keys, _name_runs(toks, keys))
    if not cands:
        return []  # a third of the sentences read: no name, so no titles to read either
    stops = {m.name.i for m in cands}
    titles = _titles(toks, keys, stops)
    chains = [_after(toks, keys, m.name.j, stops, m.name.i) for m in cands]
    claimed = {t.i for (chain, into) in chains if not into for t in chain}
    starts = [_past_acronym_aside(toks, keys, _past_style(keys, m.name.i)) for m in cands]
    for m, start in zip(cands, starts, strict=True):
        m.before = _before(keys, titles, m.name.i, claimed) or _before(keys, titles, start, claimed)
    # "A, T1, T2 B": a chain running into the next name is that name's when A has titles of its own
    # ("Chủ tịch nước ... Nguyễn Phú Trọng, Chủ tịch Đảng Lao động Triều Tiên, ... Kim Jong-un"),
    # and stays A's when it has none ("bà Camilla Menllander, Đại sứ Thụy Điển, Thứ trưởng ... B").
    for m, (chain, into) in zip(cands, chains, strict=True):
        m.after = [] if into and m.before else chain
        claimed.update(t.i for t in m.after)
    for m, start in zip(cands, starts, strict=True):
        m.before = (
            _before(keys, titles, m.name.i, claimed)
            or _before(keys, titles, start, claimed)
            or _fronted(keys, titles, m, claimed)
        )
        if m.monarch and not m.before:
            m.before = [m.monarch]
    _share_list_titles(keys, titles, cands, claimed)
    _share_aside(keys, cands)
    accepted: list[Mention] = []
    for m in cands:
        if _is_person(m, keys, accepted, known, titles):
            accepted.append(m)
    return accepted


def _name_runs(toks: Sequence[Token], keys: Sequence[str]) -> list[tuple[int, int]]:
    # Maximal runs [i, j) of adjacent capitalised words that no reserved phrase covers, in one pass:
    # a phrase is reserved (no part of a name) when it opens at a capitalised word and is a role, a
    # known body, or an honorific or degree (`_reserved_at`). Phrases open only at or before the
    # token looked at, so a token is reserved when one of them reaches past it (`reserved_to`).
    runs: list[tuple[int, int]] = []
    reserved_to = 0
    i = -1
    for k, t in enumerate(toks):
        if (t.cap or t.upper) and keys[k] in _RESERVED_FIRST:
            reserved_to = max(reserved_to, k + _reserved_at(toks, keys, k))
        if t.kind == WORD and t.cap and k >= reserved_to:
            if i < 0:
                i = k
        elif i >= 0:
            runs.append((i, k))
            i = -1
    if i >= 0:
        runs.append((i, len(toks)))
    return runs


def _reserved_at(toks: Sequence[Token], keys: Sequence[str], k: int) -> int:
    # The length of the role, known body, honorific or degree opening at token k, else 0.
    n = role_at(keys, toks, k)[0] or KNOWN.match(keys, k) or STYLES.match(keys, k)
    if not n and (k == 0 or not toks[k - 1].cap) and not _ends_with(HONORIFICS, keys, k):
        # an honorific right after another is a family name: "bà Ông Thị Hoa"
        n = HONORIFICS.match(keys, k) or NOT_TITLES.match(keys, k)
    return n


def _candidates(
    toks: Sequence[Token], keys: Sequence[str], runs: list[tuple[int, int]]
) -> list[Mention]:
    # "các Nghệ sĩ Nhân dân: Thu Hiền, Quang Thọ; các ca sĩ Tùng Dương, Bảo Yến": after a plural
    # honour or occupation, every name of the comma list is a person's, family name or not.
    out: list[Mention] = []
    listing = False
    for a, b in runs:
        listed = (listing and a > 0 and keys[a - 1] == ",") or _opens_list(keys, a)
        m = _candidate(toks, keys, a, b, listed)
        if m is not None:
            out.append(m)
        listing = m is not None and listed and b < len(keys) and keys[b] == ","
    return _with_initialled(toks, keys, out)


def _with_initialled(
    toks: Sequence[Token], keys: Sequence[str], cands: list[Mention]
) -> list[Mention]:
    # Foreign names written with initials ("Tổng thống Nga V. Putin", "Thủ tướng P. Ô. Nên"): the
    # full stops cut them out of the capitalised runs, so they are read apart and replace what a
    # run read inside them.
    found: list[Name] = []
    dot = _next_dot(keys, 1)  # the full stops found by list.index: most sentences hold one, last
    while 0 < dot < len(toks) - 1:
        name = initialled_name(toks, dot - 1) if len(keys[dot - 1]) == 1 else None
        if name is not None and _ends_vietnamese_name(keys, cands, dot - 1):
            name = None  # "ông Phạm Minh X. Cụ thể, …": an initial that ends a name written so
        if name is not None:
            found.append(name)
        dot = _next_dot(keys, name.j if name is not None else dot + 1)
    if not found:
        return cands
    kept = [m for m in cands if not any(m.name.i < n.j and n.i < m.name.j for n in found)]
    return sorted(kept + [Mention(n) for n in found], key=lambda m: m.name.i)


def _ends_vietnamese_name(keys: Sequence[str], cands: list[Mention], k: int) -> bool:
    # The letter at k is the last word of a name read from its run that opens with a family name
    # ("Lê Văn P. Trần cho biết": "Lê Văn P", not "P. Trần").
    return any(m.name.j == k + 1 and m.name.i < k and SURNAMES.match(keys, m.name.i) for m in cands)


def _next_dot(keys: Sequence[str], a: int) -> int:
    try:
        return keys.index(".", a)
    except ValueError:
        return -1


def _opens_list(keys: Sequence[str], a: int) -> bool:
    # "các ca sĩ A", "các Nghệ sĩ Ưu tú: A": a plural honour or occupation right before the run
    k = a - 1 if a > 0 and keys[a - 1] == ":" else a
    if k < 2 or keys[k - 1] not in _NOT_TITLE_LASTS:
        return False
    n = max(
        (n for n in NOT_TITLES.lengths if k > n and NOT_TITLES.match(keys, k - n) == n), default=0
    )
    return n > 0 and keys[k - n - 1] in ("các", "những")


def _candidate(
    toks: Sequence[Token], keys: Sequence[str], a: int, b: int, listed: bool = False
) -> Mention | None:
    # Most runs follow a word that ends no phrase of these tables: test that before `ends_at`.
    prev = keys[a - 1] if a > 0 else ""
    # "gồm các ông: Lương Cường, ...": the honorific may end before a colon that opens the list
    h = a - 1 if prev == ":" else a
    honorific = (
        listed
        or (h > 0 and keys[h - 1] in _HONORIFIC_LASTS and _ends_with(HONORIFICS, keys, h))
        or (prev in _NOT_TITLE_LASTS and _ends_with(NOT_TITLES, keys, a))
    )
    # after "cử tri", "liệt sĩ" ... only a name with a family name: "cử tri Thủ Thiêm" is a place
    loose = honorific and not (prev in _DESCRIPTOR_LASTS and _ends_with(DESCRIPTORS, keys, a))
    one_name = prev in _ONE_NAME_LASTS and _ends_with(ONE_NAME, keys, a)
    after_title = prev in _STANDALONE_LASTS and _ends_with(STANDALONE, keys, a)
    # "Thủ tướng Vương quốc Campuchia Hun Sen": a state's formal name, then its country and a name
    after_state = prev in _STATE_LASTS and _ends_with(STATE_FORMS, keys, a)
    # "ĐBQH Nguyễn Tạo": a role that is also a local body's last word ("Đoàn ĐBQH Lâm Đồng" names
    # a place) is the role when no body opens just before it
    after_local = (
        prev in _LOCAL_LASTS
        and _ends_with(LOCAL, keys, a)
        and not (after_title and not _inside_body(keys, a - 1))
    )
    name = name_in_run(
        toks,
        keys,
        a,
        b,
        after_local=after_local,
        loose=loose,
        after_title=after_title or after_state,
        one_name=one_name,
    )
    if name is None:
        return None
    if name.j == b:
        name = with_dashed_tail(toks, name)
    return Mention(
        name,
        honorific=honorific and name.i == a,
        bare=bare_person(toks, keys, name, a, b),
        monarch=_monarch(toks, keys, a) if one_name and name.i == a else None,
    )


def _monarch(toks: Sequence[Token], keys: Sequence[str], a: int) -> Title | None:
    # Monarchs' titles are not posts of the lexicon's roles: one is read only right before the one
    # foreign name it goes with, never in a chain after a name ("Thủ tướng A, Nhà vua và ...").
    for n in (2, 1, 3):
        if a >= n and ONE_NAME.match(keys, a - n) == n:
            text = " ".join(t.text for t in toks[a - n : a])
            return Title(
                a - n, a, toks[a - n].start, toks[a - 1].end, text, TenureStatus.CURRENT, text
            )
    return None


def _ends_with(table: PhraseTable, keys: Sequence[str], a: int) -> bool:
    return table.ends_at(keys, a)


def _after(
    toks: Sequence[Token], keys: Sequence[str], j: int, stops: Collection[int], i: int = 0
) -> tuple[list[Title], bool]:
    # Titles after the name (", Bí thư Tỉnh ủy", " - Chủ tịch UBND tỉnh", " (30 tuổi, Chánh văn
    # phòng ...)"), and whether the chain ran into the next name's titles.
    j = _past_birth_aside(toks, keys, j)  # "bà A (52 tuổi), Trưởng ban ...", "ông B (SN 1970), ..."
    j = _past_photo_aside(keys, j)  # "ông A (thứ ba từ phải sang) - Bí thư Thành ủy"
    if j < len(toks) and keys[j] in _FORMER and toks[j].text.islower():
        # "ông A nguyên Bí thư Thành ủy kiêm Chủ tịch HĐND thành phố được điều động …": a former
        # post right after the name, no comma between, is the name's as after a comma
        chain = read_chain(toks, keys, j, stops, spoken=True)
        return (chain, False) if chain and chain[-1].j not in stops else ([], False)
    if j >= len(toks) or keys[j] not in _APPOSITION:
        return [], False
    k = j + 1
    if keys[j] == "(":
        k = _past_inner_aside(toks, keys, k)  # "(46 tuổi, Chánh Văn phòng ...)", "(SN 1965, ...)"
        k += SHARED_ASIDE.match(keys, k)  # "(cùng nguyên Chủ tịch ...)": _share_aside gives it on
        k += OPENERS.match(keys, k)
    k = _past_grade(toks, keys, k, stops)
    chain = read_chain(toks, keys, k, stops, spoken=True)
    for a, t in enumerate(chain):
        if t.j + 1 < len(toks) and keys[t.j] == "đối" and keys[t.j + 1] == "với":
            # "..., Phó chủ tịch UBND tỉnh đối với ông B": B's post, not this name's
            chain = chain[:a]
            break
    if chain and keys[j] == "," and (
        _closes_fronted(toks, keys, j, chain[-1].j) or _closes_clause(toks, keys, i, j, chain[-1].j)
    ):
        return chain[:-1], False  # "Cùng với việc bổ nhiệm ông A, Thủ tướng Chính phủ cũng ký"
    if chain and chain[-1].j in stops:
        return chain, True  # "A, Phó Chủ tịch phụ trách đô thị B": the title is B's
    if chain and chain[-1].j < len(toks) and keys[chain[-1].j] in SEPARATORS:
        nxt = read_title(toks, keys, chain[-1].j + 1, stops)
        # "A, T1, T2 B": T2 leads into B, and the chain is B's when A has titles before it; not
        # across a "và": "Thủ tướng A - Ủy viên Bộ Chính trị, Ủy viên Thường vụ Quân ủy Trung ương
        # và đại tướng B" is a list of two, each with titles
        if nxt is not None and nxt.j in stops and keys[chain[-1].j] != "và":
            return chain, True
    return chain, False


def _past_grade(toks: Sequence[Token], keys: Sequence[str], k: int, stops: Collection[int]) -> int:
    # "ông A, Hàm Vụ trưởng, Thư ký ...": a grade and its comma; the index after them, else k.
    if k >= len(keys) or keys[k] not in GRADES:
        return k
    t = read_title(toks, keys, k + 1, stops)
    return t.j + 1 if t is not None and t.j < len(keys) and keys[t.j] == "," else k


def _closes_fronted(toks: Sequence[Token], keys: Sequence[str], j: int, end: int) -> bool:
    # The comma at j is the first of a sentence opened by a fronted phrase, and the titles after it
    # end in a word (a verb), not a closing comma: the last of them is the main clause's subject.
    return (
        bool(FRONTED.match(keys, 0))
        and "," not in keys[:j]
        and end < len(toks)
        and toks[end].kind == WORD
    )


def _closes_clause(toks: Sequence[Token], keys: Sequence[str], i: int, j: int, end: int) -> bool:
    # The comma at j closes a clause of time or condition (titles.toml [career] clause_openers) that
    # opens the sentence or follows its first comma, and a verb or preposition of the clause stands
    # between its opener and the name at i: the name is the clause's object, and the titles after
    # the comma, ending in a word, are the main clause's subject.
    if end >= len(toks) or toks[end].kind != WORD:
        return False
    commas = [c for c in range(j) if keys[c] == ","]
    start = commas[0] + 1 if len(commas) == 1 else 0 if not commas else -1
    n = CLAUSE_OPENERS.match(keys, start) if start >= 0 else 0
    return bool(n) and any(STOP.match(keys, k) for k in range(start + n, i))


def _past_acronym_aside(toks: Sequence[Token], keys: Sequence[str], i: int) -> int:
    # "Bộ trưởng Bộ Tài nguyên - môi trường (TN - MT) Trần Hồng Hà": the acronym of the body, in
    # brackets between the titles and the name at i. The index of its opening bracket, else i.
    if i < 3 or keys[i - 1] != ")":
        return i
    k = next((a for a in range(i - 3, max(-1, i - 8), -1) if keys[a] == "("), -1)
    inner = toks[k + 1 : i - 1]
    if k < 0 or not any(t.upper for t in inner):
        return i
    return k if all(t.upper or t.text in ("-", "–", "&") for t in inner) else i


def _past_style(keys: Sequence[str], i: int) -> int:
    # "Chủ tịch Quốc hội Samdech Heng Samrin": a style of address between the titles and the name
    # at i (titles.toml [honorifics] styles). The index where it starts, else i.
    if i < 1 or keys[i - 1] not in _STYLE_LASTS:
        return i
    return next((i - n for n in STYLES.lengths if i >= n and STYLES.match(keys, i - n) == n), i)


def _past_birth_aside(toks: Sequence[Token], keys: Sequence[str], j: int) -> int:
    # An age or birth year in brackets between a name and the comma before its titles: "(52 tuổi)",
    # "(SN 1970)", "(sinh năm 1965)", "(1968)". The position of that comma, else j.
    if j >= len(keys) or keys[j] != "(":
        return j
    k = j + 1
    while k < len(keys) and k - j <= 4 and keys[k] in _BIRTH_WORDS:
        k += 1
    if k + 2 < len(toks) and toks[k].kind == NUM and keys[k + 1 : k + 2] == ["tuổi"]:
        k += 2
    elif k + 1 < len(toks) and toks[k].kind == NUM and len(keys[k]) == 4:
        k += 1
    else:
        return j
    return k + 1 if k + 1 < len(keys) and keys[k] == ")" and keys[k + 1] in (",", "-", "–") else j


_BIRTH_WORDS: Final = {"sn", "sn.", "sinh", "năm"}


def _past_photo_aside(keys: Sequence[str], j: int) -> int:
    # Where a photo shows the person, in brackets before the comma or dash of the titles: "(thứ
    # ba từ phải sang)", "(bên trái)". The position of that comma or dash, else j.
    if j >= len(keys) or keys[j] != "(":
        return j
    k = j + 1
    while k < len(keys) and k - j <= 6 and (keys[k] in PHOTO_ASIDES or keys[k].isdigit()):
        k += 1
    if k == j + 1 or k + 1 >= len(keys) or keys[k] != ")" or keys[k + 1] not in (",", "-", "–"):
        return j
    return k + 1


def _past_inner_aside(toks: Sequence[Token], keys: Sequence[str], k: int) -> int:
    # Inside a name's bracket, an age, birth year or home town before the titles: "(46 tuổi, ...",
    # "(46 tuổi) ...", "(SN 1965, ...", "(sinh năm 1970, ...", "(quê Nghệ An, ...". Where the titles
    # start, else k.
    if k + 2 < len(toks) and toks[k].kind == NUM and keys[k + 1] == "tuổi":
        return k + (3 if keys[k + 2] == "," else 2)
    if k < len(keys) and keys[k] in _BIRTH_WORDS | {"quê"}:
        for m in range(k + 1, min(len(keys), k + 7)):
            if keys[m] == ",":
                return m + 1
            if keys[m] in (")", ".", ";"):
                break
    return k


def _titles(toks: Sequence[Token], keys: Sequence[str], stops: Collection[int]) -> dict[int, Title]:
    # Every title that can be read in the sentence, keyed by the index where it ends (the longest
    # one).
    by_end: dict[int, Title] = {}
    inside = 0  # a role inside the role just read ("Bí thư" in "Phó Bí thư") ends the same title
    for k in [k for k, key in enumerate(keys) if key in ROLE_FIRST]:
        n = role_at(keys, toks, k)[0] if k >= inside and not _inside_body(keys, k) else 0
        if not n:
            continue
        inside = k + n
        start = k - 1 if k > 0 and keys[k - 1] in STATUS else k
        t = read_title(toks, keys, start, stops)
        for x in (t, *_continued(toks, keys, start, t, stops)):
            if x is not None and (x.j not in by_end or by_end[x.j].i > x.i):
                by_end[x.j] = x
    return by_end


def _continued(
    toks: Sequence[Token], keys: Sequence[str], start: int, t: Title | None, stops: Collection[int]
) -> list[Title]:
    # "Phó vụ trưởng vụ 1A, Ủy ban Kiểm tra T.Ư <name>": a body after the comma continues the title
    # (read_chain's rule), so the title that ends at the name is the whole of it.
    if t is None or t.j >= len(keys) or keys[t.j] != ",":
        return []
    if t.j + 1 >= len(keys) or keys[t.j + 1] not in _BODY_FIRSTS:
        return []  # no body opens after the comma: read_chain would give t back alone
    first = read_chain(toks, keys, start, stops, seps=(",",))[:1]
    return [x for x in first if x.j > t.j]


def _inside_body(keys: Sequence[str], k: int) -> bool:
    # A role's words inside a body's name that opens a word or two before: "thay mặt Bộ Chính trị,
    # Ban Bí thư, Tổng Bí thư A" names the Secretariat, not a post "Bí thư" of A.
    return any(
        k >= n
        and keys[k - n] in _BODY_FIRSTS
        and max(HEADS.match(keys, k - n), KNOWN.match(keys, k - n)) > n
        for n in (1, 2)
    )


_BODY_FIRSTS: Final = frozenset(HEADS.firsts) | frozenset(KNOWN.firsts)


def _before(
    keys: Sequence[str], titles: dict[int, Title], i: int, claimed: set[int]
) -> list[Title]:
    # The chain of titles that ends right before the name: "Ủy viên Bộ Chính trị, Bí thư Thành ủy
    # <name>".
    out: list[Title] = []
    end = i
    while end in titles and titles[end].i not in claimed:
        t = titles[end]
        if out and ADDRESSING.ends_at(keys, t.i):
            break  # "Báo cáo Thủ tướng, Phó Chủ tịch UBND TP A": the first title is addressed
        if out and VACANCY.ends_at(keys, t.i):
            break  # "giới thiệu nhân sự Chủ tịch Hội đồng X, Phó Chủ tịch A": the post to be filled
        out.insert(0, t)
        if t.i > 0 and keys[t.i] == "kiêm" and t.i in titles:
            end = t.i  # "Phó Thủ tướng kiêm Bộ trưởng Ngoại giao A": the title read in "kiêm"
            continue
        if t.i == 0 or keys[t.i - 1] not in _PREFIX_SEPS:
            break
        end = t.i - 1
    return out


def _fronted(
    keys: Sequence[str], titles: dict[int, Title], m: Mention, claimed: set[int]
) -> list[Title]:
    # "Ủy viên Bộ Chính trị, Bí thư Thành ủy, ông Đinh La Thăng yêu cầu ...": titles that open the
    # clause, then a comma and the honorific.
    if not m.honorific:
        return _list_item(keys, titles, m, claimed)
    h = next((n for n in HONORIFICS.lengths if HONORIFICS.match(keys, m.name.i - n) == n), 0)
    comma = m.name.i - h - 1
    if not h or comma < 1 or keys[comma] not in (",", "-", "–"):
        return []
    chain = _before(keys, titles, comma, claimed)
    if chain and (chain[0].i == 0 or keys[chain[0].i - 1] in _FRONT_OPENERS):
        return chain
    return []


def _list_item(
    keys: Sequence[str], titles: dict[int, Title], m: Mention, claimed: set[int]
) -> list[Title]:
    # "…; Phó Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam, Bùi Thị Hoà; …": an item of a list split by
    # semicolons that is titles, a comma and a bare name, the whole item between the semicolons.
    comma, end = m.name.i - 1, m.name.j
    if comma < 1 or keys[comma] != "," or end >= len(keys) or keys[end] not in (";", "."):
        return []
    chain = _before(keys, titles, comma, claimed)
    return chain if chain and chain[0].i > 0 and keys[chain[0].i - 1] == ";" else []


# What comes before titles fronted to an honorific and a name: the clause's start, or a preposition
# ("kỷ luật đối với nguyên Bí thư Tỉnh ủy - ông A", "... và Phó ban Kinh tế HĐND, ông B", "đã được
# Phó Chủ tịch Liên minh - ông C xác nhận"); not
# "của" ("Theo Quyết định của Chủ tịch UBND tỉnh, đồng chí A" names the signer, then A).
_FRONT_OPENERS: Final = frozenset({",", ":", "(", "với", "và", "được", "bởi"})


def _share_list_titles(
    keys: Sequence[str], titles: dict[int, Title], cands: list[Mention], claimed: set[int]
) -> None:
    # "Phó Chủ tịch UBND tỉnh: A, B và C", "các đồng chí Ủy viên Bộ Chính trị: T1 A; T2 B" and "các
    # Phó Chủ tịch HĐND tỉnh A, B" give the titles before the list to every person of it.
    shared: list[Title] = []
    prev: Mention | None = None
    prev_last = -1
    plural = False  # the shared titles came before the first name ("các Phó Thủ tướng A, B")
    joined = ""  # what joined the first two names after the colon
    for m in cands:
        f = m.first
        if m.before and f > 0 and (_plural_before(keys, f) or keys[f - 1].isdigit()):
            shared, plural = m.before, True
            prev_last, prev = m.last, m
            continue
        if f > 0 and keys[f - 1] == ":":
            colon = f - 2 if f > 1 and keys[f - 2] in ("gồm", "là") else f - 1  # "... gồm: A; B"
            shared, plural, joined = _before(keys, titles, colon, claimed), False, ""
            if shared and _denied(keys, shared[0].i):
                shared = []  # "14 bộ trưởng không phải là uỷ viên Trung ương gồm: …": none holds it
        elif (
            not (f > 0 and keys[f - 1] in _LIST_SEPS and prev_last == f - 1)
            or (plural and m.before)
            # "các nguyên Chủ tịch Quốc hội: A, B; Chủ tịch Ủy ban … C": a semicolon after names
            # joined by commas closes the list, when the next name has titles of its own
            or (keys[f - 1] == ";" and joined == "," and m.before)
        ):
            # "các Phó Thủ tướng A và B, Phó Chủ nhiệm Văn phòng C": C's own title ends the list
            shared = []
        elif not shared and keys[f - 1] == "và" and not (m.titles or m.honorific):
            # "cựu Bộ trưởng Bộ Công thương A và B": a former post before a pair, the second name
            # bare, is both persons' (many can have held it; a post held now stays A's alone)
            m.shared = _former_before(prev)
            prev_last, prev = m.last, m
            continue
        m.shared = list(shared)
        if shared and not joined and f > 0 and keys[f - 1] in _LIST_SEPS:
            joined = keys[f - 1]
        prev_last, prev = m.last, m


def _denied(keys: Sequence[str], i: int) -> bool:
    # The title at i follows a negation, straight or before "là": "không phải (là) X", "không là X".
    return NEGATIONS.ends_at(keys, i) or (
        i > 0 and keys[i - 1] == "là" and NEGATIONS.ends_at(keys, i - 1)
    )


def _share_aside(keys: Sequence[str], cands: list[Mention]) -> None:
    # "ông A và ông B (cùng nguyên Chủ tịch UBND TP)": the titles in a bracket opened by "cùng" or
    # "đều" after the last name are those of every name listed just before it that has none.
    for n, m in enumerate(cands):
        j = m.name.j
        if not m.after or j + 1 >= len(keys) or keys[j] != "(":
            continue
        if not SHARED_ASIDE.match(keys, j + 1):
            continue
        f = m.name.i - _honorific_len(keys, m.name.i)
        for prev in reversed(cands[:n]):
            if f < 1 or keys[f - 1] not in (",", "và") or prev.last != f - 1 or prev.titles:
                break
            prev.shared = list(m.after)
            f = prev.name.i - _honorific_len(keys, prev.name.i)


def _honorific_len(keys: Sequence[str], i: int) -> int:
    # The length of the honorific written just before token i ("ông", "các đồng chí"), else 0.
    return next((n for n in HONORIFICS.lengths if i >= n and HONORIFICS.match(keys, i - n) == n), 0)


def _former_before(m: Mention | None) -> list[Title]:
    # The titles before the name of `m` when every one of them is a former post, else none.
    if m is None or not m.before or m.after or m.shared:
        return []
    return list(m.before) if all(t.status == TenureStatus.FORMER for t in m.before) else []


def _plural_before(keys: Sequence[str], f: int) -> bool:
    # "các Phó Thủ tướng A, B", "các đồng chí nguyên Chủ tịch Quốc hội A, B"
    if keys[f - 1] in _PLURAL:
        return True
    return any(
        f > n and keys[f - n] == "các" and HONORIFICS.match(keys, f - n) == n for n in (2, 3)
    )


def _is_person(
    m: Mention,
    keys: Sequence[str],
    accepted: list[Mention],
    known: Collection[str],
    ends: Collection[int],
) -> bool:
    # A name needs a context: an honorific, a title, a place in a list of persons, or an earlier
    # mention.
    if not (m.name.strong or m.honorific):
        return False
    if m.honorific or m.titles or m.name.text in known or m.bare:
        return True
    i = m.name.i
    if i > 1 and keys[i - 1] == "là" and (i - 1) in ends:
        return True  # "3 Ủy viên Trung ương Đảng là Đỗ Văn Chiến", "có Chủ tịch là Nguyễn Thị Lệ"
    return bool(accepted) and i > 0 and keys[i - 1] in _LIST_SEPS and accepted[-1].last == i - 1
