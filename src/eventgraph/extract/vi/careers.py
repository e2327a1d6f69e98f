"""Posts a sentence gives a person outside the name's own title chain, and short references.

    "ông Hải từng làm Bí thư Huyện ủy Hoài Nhơn; Bí thư Thị ủy An Nhơn; và Phó Chủ tịch ..."
    "bà Thịnh được phân công giữ quyền Chủ tịch nước"      (the subject before the verb)
    "Ông là Ủy viên Trung ương Đảng khóa X, XI, XII"        (a pronoun: the person named last)
    "cho thôi giữ chức vụ ủy viên UBND tỉnh đối với ông A và ông B"   (holders after the post)
    "HĐND TPHCM có Chủ tịch là bà Nguyễn Thị Lệ", "3 Ủy viên Trung ương Đảng là A, B và C"
A short reference ("ông Thăng", "bà Thắng") is an honorific and the last syllables of a person
already named in the article; it names no new person. The verbs are in `data/titles.toml` [career].
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Final

from eventgraph.extract.vi.title_chains import read_chain
from eventgraph.extract.vi.titles import (
    HEADS,
    HONORIFICS,
    NOT_TITLES,
    RANKS,
    ROLE_FIRST,
    STAFF,
    STATUS,
    Title,
    read_title,
    role_at,
    spaced,
)
from eventgraph.extract.vi.tokens import NUM, WORD, PhraseTable, Token, keys_of, load_data

_LEX: Final = load_data("titles.toml")["career"]
TRIGGERS: Final = PhraseTable(_LEX["before_title"])
HOLDER_ONLY: Final = PhraseTable(_LEX["holder_only"])
HOLDER_AFTER: Final = PhraseTable(_LEX["holder_after"])
HOLDER_AFTER_POST: Final = PhraseTable(_LEX["holder_after_post"])
POST_NOUN_TRIGGERS: Final = PhraseTable(_LEX["post_noun_triggers"])
PLANNED: Final = PhraseTable(_LEX["planned"])
NOMINATED: Final = PhraseTable(_LEX["nominated"])  # "được giới thiệu giữ chức X": not held yet
APPROVALS: Final = PhraseTable(_LEX["approvals"])
APPROVED: Final = PhraseTable(_LEX["approved"])
AHEAD: Final = PhraseTable(_LEX["ahead"])
PUT_UP: Final = frozenset(_LEX["put_up"])
PUT_UP_VOTES: Final = PhraseTable(_LEX["put_up_votes"])
PUT_UP_REACH: Final = int(_LEX["put_up_reach"])
COPULA_SUBJECTS: Final = PhraseTable(_LEX["copula_subjects"])
NEGATIONS: Final = PhraseTable(_LEX["negations"])
GROUPS: Final = PhraseTable(_LEX["group_subjects"])
HOLDER_TIME: Final = PhraseTable(_LEX["holder_time"])
RELATIONS: Final = PhraseTable(_LEX["relations"])
MEMBERS: Final = PhraseTable(_LEX["members_after"])  # only after a count: "3 Phó Chủ tịch gồm ..."
MEMBERS_GAP: Final = PhraseTable(_LEX["members_gap"])  # "3 Phó Chủ tịch được bầu bổ sung gồm ..."
SEPS: Final = frozenset(_LEX["separators"])
OCCUPATIONS: Final = PhraseTable(_LEX["occupations"])
HANDOVER: Final = PhraseTable(_LEX["handover_verbs"])
BIO_OPENERS: Final = PhraseTable(_LEX["bio_openers"])
BIO_HOME: Final = frozenset(w.split()[0] for w in _LEX["bio_home"])
_BIO_SPAN: Final = 30  # words from the person to the semicolon that ends the birth and home town
_DEGREES_SPAN = 10  # words of degrees and their fields before the semicolon that opens the posts
POST_NOUNS: Final = PhraseTable(_LEX["post_nouns"])
LIST_OPENERS: Final = frozenset(_LEX["list_openers"])
LIST_GAP: Final = int(_LEX["list_gap"])
FRAMES: Final = PhraseTable(_LEX["frame_openers"])
FRAME_TIMES: Final = PhraseTable(_LEX["frame_times"])
FRAME_TAIL: Final = int(_LEX["frame_tail"])
AGENTS: Final = frozenset(_LEX["agent_markers"])
MOVE_FROM: Final = PhraseTable(_LEX["move_from"])
MOVE_TO: Final = frozenset(_LEX["move_to"])
MOVE_REACH: Final = int(_LEX["move_reach"])
_LINK_WORDS: Final = {",", "và", ";", "các"} | {w for p in HONORIFICS.phrases for w in p}


def linked(keys: Sequence[str], a: int, b: int) -> bool:
    """Two persons of one list: only separators and honorifics between their mentions ("A, B",
    "A; B", "A và bà B", "A, các Phó Chủ tịch B", "A (…) và B")."""
    gap = keys[a:b]
    if gap and gap[0] == ")":
        gap = gap[1:]  # "A (Bí thư Tỉnh ủy) và B (...)": the bracket of A's titles closes
    return (
        0 < len(gap) <= 4 and gap[0] in (",", ";", "và", ":") and all(x in _LINK_WORDS for x in gap)
    )


PRONOUNS: Final = PhraseTable(_LEX["pronouns"])
_PRONOUN_FIRST: Final = frozenset(PRONOUNS.firsts)  # one set lookup a token before the phrase match
_OPENERS: Final = frozenset(tuple(p.split()) for p in _LEX["pronoun_openers"])
TIME_STARTS: Final = PhraseTable(_LEX["time_starts"])  # "Năm 2011 ông làm …": a span of time
TIME_WORDS: Final = PhraseTable(_LEX["time_words"])
TIME_SPAN: Final = int(_LEX["time_span"])
ACTOR_VERBS: Final = PhraseTable(_LEX["actor_verbs"])
_TRIGGER_FIRST: Final = set(TRIGGERS.firsts) | set(HOLDER_ONLY.firsts) | set(MOVE_FROM.firsts)


_REF_WORDS: Final = set(PRONOUNS.lasts) | HONORIFICS.lasts  # a sentence without one: no reference
_HONORIFIC_LASTS: Final = frozenset(HONORIFICS.lasts)  # a cheap test before `HONORIFICS.ends_at`
_COUNTS: Final = frozenset(_LEX["count_words"])  # a count before a post whose holders follow
_OPEN_FIRST: Final = _TRIGGER_FIRST | _COUNTS  # one set lookup a token where `career_titles` looks
_ROLE_OR_STATUS: Final = frozenset(ROLE_FIRST) | frozenset(STATUS)
_PASSIVE: Final = {"được", "bị"}  # "bà Thắng được bổ nhiệm làm ...": the subject holds the post
MAX_GAP: Final = 30  # tokens between a subject and the verb that gives it a post
_ASIDE_SPAN: Final = 12  # tokens of a bracket after a name that a biography's opening may follow
BIO_GAP: Final = 60  # the same after a biography's opening ("A sinh ngày …; …; từng giữ …")


def _trigger_at(toks: Sequence[Token], keys: Sequence[str], k: int) -> int:
    """Length of the post verb at `k` (`TRIGGERS`), 0 if none. In "giữ chức Vụ trưởng Vụ X", "đảm
    nhiệm các chức Vụ phó Vụ Y" the capitalised "Vụ" after a lower-case "chức" opens the role (a
    department's head or deputy), not the noun "chức vụ", so the verb ends before it."""
    n = TRIGGERS.match(keys, k)
    if (
        n > 2
        and keys[k + n - 1] == "vụ"
        and toks[k + n - 1].cap
        and not toks[k + n - 2].cap
        and tuple(keys[k : k + n - 1]) in TRIGGERS.phrases
    ):
        return n - 1
    return n


@dataclass(unsafe_hash=True)  # not frozen: see `sentences.Sentence`
class Holder:
    """A person in the sentence at tokens [first, last): a full mention or a short reference."""

    first: int
    last: int
    name: str
    fronted: bool = False  # its own post comes first, set off by a comma ("Phó ban X, ông B")
    name_at: int = -1  # where the name of a full mention begins (-1 for a short reference)


def short_refs(
    toks: Sequence[Token],
    keys: Sequence[str],
    taken: Collection[int],
    recent: Sequence[str],
    here: Sequence[Holder] = (),
    earlier: Sequence[str] | None = None,
) -> list[Holder]:
    """References to persons already named: "ông Thăng" (honorific + last syllables of a name, the
    most recently named person first) and a sentence opened by "Ông"/"Bà" alone (the person named
    last before the pronoun: in the sentence (`here`), else in the sentences before (`earlier`);
    "ông được phân công làm X thay ông Y" does not make Y the holder of X)."""
    out: list[Holder] = []
    if not _REF_WORDS.intersection(keys):
        return out
    for k in range(len(toks) - 1):  # "Ông là ...", "..., ông làm Bộ trưởng": the person named last
        n = PRONOUNS.match(keys, k) if recent and keys[k] in _PRONOUN_FIRST else 0
        if (
            n
            and k + n < len(toks)
            and (
                k == 0
                or keys[k - 1] in (",", ";")
                or tuple(keys[:k]) in _OPENERS
                or _time_opener(toks, keys, k)
            )
            and k not in taken
            and toks[k + n].kind == WORD
            and not toks[k + n].cap
        ):
            # "đồng chí" alone is how a eulogy or a speech addresses the person it speaks of: in a
            # quotation it is not the speaker named before it ("ông"/"bà" keep their reading)
            name = _named_before(k, recent, here, earlier, keys if n > 1 else ())
            if name:
                out.append(Holder(k, k + n, name))
    for k in range(1, len(toks)):
        if (
            keys[k - 1] not in _HONORIFIC_LASTS
            or k in taken
            or not toks[k].cap
            or not _after_honorific(keys, k)
        ):
            continue
        j = k + 1
        while j < len(toks) and j - k < 3 and toks[j].cap and j not in taken:
            j += 1
        for n in range(j - k, 0, -1):
            name = _resolve(tuple(keys[k : k + n]), recent)
            if name:
                out.append(Holder(k, k + n, name))
                break
    return out


def _time_opener(toks: Sequence[Token], keys: Sequence[str], k: int) -> bool:
    # "Năm 2011 ông làm …", "Từ tháng 1/2016 đến tháng 8/2016 bà là …": the sentence opens with a
    # span of time ([career] time_starts) and nothing but numbers and lower-case words stands
    # before the pronoun at k, one of them a number or a word of time (time_words)
    n = TIME_STARTS.match(keys, 0)
    if not n or k - n < 1 or k > TIME_SPAN:
        return False
    timed = False
    a = n
    while a < k:
        t = toks[a]
        if t.kind == NUM:
            timed, a = True, a + 1
            continue
        if keys[a] in ("/", "-", "–"):
            a += 1
            continue
        if t.kind != WORD or t.cap:
            return False
        m = TIME_WORDS.match(keys, a)
        timed, a = timed or m > 0, a + max(m, 1)
    return timed


def _named_before(
    k: int,
    recent: Sequence[str],
    here: Sequence[Holder],
    earlier: Sequence[str] | None,
    keys: Sequence[str] = (),
) -> str | None:
    # a person named before a quotation that holds the pronoun is its speaker, not the one it
    # speaks of: 'A ghi vào sổ tang: "Trên cương vị Chủ tịch nước, đồng chí đã …"'
    before = [h for h in here if h.last <= k and not _quote_opens(keys, h.last, k)]
    if before:
        return max(before, key=lambda h: h.last).name
    if earlier is None:
        return recent[-1]
    return earlier[-1] if earlier else None


def _after_honorific(keys: Sequence[str], k: int) -> bool:
    return HONORIFICS.ends_at(keys, k)


def _resolve(tail: tuple[str, ...], recent: Sequence[str]) -> str | None:
    for name in reversed(recent):
        ks = keys_of(name)
        if len(ks) > len(tail) and ks[-len(tail) :] == tail:
            return name
    return None


def career_titles(
    toks: Sequence[Token], keys: Sequence[str], holders: Sequence[Holder], stops: Collection[int]
) -> list[tuple[str, Title]]:
    """(name, title) for every post a verb such as "làm", "giữ chức", "là" gives a holder in the
    sentence."""
    out: list[tuple[str, Title]] = []
    holders = sorted(holders, key=lambda h: h.first)
    # Only a trigger word, a count or a number can open a post: visit those positions alone (a
    # token's kind says it is a number, no slice of its key tested for a digit).
    opens = [a for a, t in enumerate(toks) if t.kind == NUM or keys[a] in _OPEN_FIRST]
    k, body, c = 0, "", 0
    planned = False  # the last trigger read opened a post planned for someone, not held
    prev: list[Holder] = []  # who the last post of the sentence went to, and where that post ended
    prev_end = 0
    mentions = [(h.name_at, h.last) for h in holders if h.name_at >= 0]
    while c < len(opens):
        if opens[c] < k:
            c += 1
            continue
        k = opens[c]
        if keys[k] not in _TRIGGER_FIRST and not _plural(toks, keys, k):
            k += 1
            continue
        n = _trigger_at(toks, keys, k) or HOLDER_ONLY.match(keys, k) or _plural(toks, keys, k)
        if n and (
            PLANNED.ends_at(keys, k)
            or (keys[k] != "là" and NOMINATED.ends_at(keys, k))
            or (planned and keys[k - 1] == "và")  # "quy hoạch chức danh X và chức danh Y"
            or _approval_ahead(keys, k)
            or _put_up(keys, k, n)
        ):
            k += n  # "phê duyệt quy hoạch chức danh Thứ trưởng với ông A": a plan, no post held
            planned = True
            continue
        if keys[k] != "và":  # the "và" before the next post is a trigger of its own
            planned = planned and not n
        move = 0 if n else MOVE_FROM.match(keys, k)
        if move:  # "ông B từ Phó ban X lên giữ chức Y": X is B's past post
            chain = _moved_from(toks, keys, k + move, stops, mentions)
            after = _subject_before(keys, k, holders) if chain else []
            out += [(h.name, t) for h in after for t in chain]
            k += 1
            continue
        if n:
            n += _named_list(toks, keys, k + n)
        if n and k + n < len(keys) and keys[k + n] in (":", "("):
            # "từng giữ các chức vụ: Kế toán trưởng ...", "giữ các chức vụ (trưởng phòng ...)"
            n += 1
        # "..., kế đến là Phó Chủ tịch Quốc hội B": a post that opens another person's mention is
        # that person's own (read with the name), not one the verb gives to the subject
        opens_mention = n and any(h.first == k + n and h.last > k + n + 1 for h in holders)
        chain = (
            read_chain(toks, keys, k + n, stops, seps=SEPS, mentions=mentions)
            if n and not opens_mention
            else []
        )
        if n and not chain and not opens_mention:
            chain = _after_occupation(toks, keys, k + n, stops)
        if not chain:
            k += 1
            continue
        after = _holders_after(keys, chain[-1].j, holders)
        if not after and POST_NOUN_TRIGGERS.ends_at(keys, k + TRIGGERS.match(keys, k)):
            # "miễn nhiệm chức vụ X nhiệm kỳ 2016-2021 với ông A": the noun of the post, then "với"
            after = _holders_after(keys, chain[-1].j, holders, table=HOLDER_AFTER_POST)
        if not after and _plural(toks, keys, k):  # "3 Phó Chủ tịch gồm các ông A, B và C"
            e = _past_election(keys, chain[-1].j)  # "… được bầu bổ sung gồm …"
            after = _holders_after(keys, e, holders, table=MEMBERS, toks=toks) or (
                _holders_after(keys, e, holders) if e > chain[-1].j else []
            )
        if (
            not after
            and TRIGGERS.match(keys, k)
            and not _negated(keys, k)
            and not _group_subject(toks, keys, k, stops)
        ):
            after = (
                _subject_before(keys, k, holders)
                or _holders_after(keys, chain[-1].j, holders, comma=True)
                or _same_subject(keys, prev, prev_end, k, holders)
                or _frame_holder(keys, k, chain[-1].j, holders)
            )
        if after:
            prev, prev_end = after, chain[-1].j
        body = _body_before(toks, keys, k) if keys[k] == "có" else body
        if body and HOLDER_ONLY.match(keys, k):  # "HĐND TPHCM có Chủ tịch là bà ...": of the HĐND
            chain = [_with_body(t, body) for t in chain]
        if _respectively(keys, after, chain, k):  # "A và B lần lượt giữ chức X và Y"
            out += [(h.name, t) for h, t in zip(after, chain, strict=True)]
        else:
            out += [(h.name, t) for h in after for t in chain]
        k = chain[-1].j
    return (
        out
        + _more_posts_doi_voi(toks, keys, holders, stops)
        + _post_then_holder(toks, keys, holders, stops)
        + _bio_posts(toks, keys, holders, stops)
    )


def _moved_from(
    toks: Sequence[Token],
    keys: Sequence[str],
    a: int,
    stops: Collection[int],
    mentions: list[tuple[int, int]],
) -> list[Title]:
    # The posts right after "từ" when a word of the move ends them ("từ Phó ban Tuyên giáo lên"),
    # else none (a source, a time: "từ Chủ tịch nước", "từ năm 2015").
    if a >= len(keys) or not role_at(keys, toks, a)[0]:
        return []
    chain = read_chain(toks, keys, a, stops, seps=SEPS, mentions=mentions)
    if not chain or chain[-1].j >= len(keys) or keys[chain[-1].j] not in MOVE_TO:
        return []
    if all(RANKS.match(keys, t.i) == t.j - t.i for t in chain):
        return []  # "thăng quân hàm từ Thượng tướng lên Đại tướng": a change of rank
    for m in range(chain[-1].j + 1, min(len(keys), chain[-1].j + 1 + MOVE_REACH)):
        if toks[m].kind != WORD:
            return []
        if TRIGGERS.match(keys, m) or role_at(keys, toks, m)[0]:
            return chain  # "… lên giữ chức …", "… về quận Thanh Khê làm …"
    return []


def _bio_posts(
    toks: Sequence[Token], keys: Sequence[str], holders: Sequence[Holder], stops: Collection[int]
) -> list[tuple[str, Title]]:
    # "Ông A 57 tuổi, quê quán xã X, tỉnh Y; Ủy viên Trung ương Đảng khóa XII; Trưởng đoàn ...":
    # the posts after the semicolon that closes A's age (or birth) and home town are A's.
    out: list[tuple[str, Title]] = []
    for h in holders:
        a = h.last + (1 if h.last < len(keys) and keys[h.last] == "," else 0)
        aged = a + 1 < len(keys) and toks[a].kind == NUM and keys[a + 1] == "tuổi"
        if not (aged or BIO_OPENERS.match(keys, a)):
            continue
        home = False
        for b in range(a, min(len(keys), a + _BIO_SPAN)):
            if keys[b] in (".", ":") or any(g.first == b for g in holders):
                break
            home = home or keys[b] in BIO_HOME
            if keys[b] == ";":
                if home:
                    out += [(h.name, t) for t in read_chain(toks, keys, b + 1, stops, seps=SEPS)]
                break
    return out


def _named_list(toks: Sequence[Token], keys: Sequence[str], a: int) -> int:
    # "đảm nhiệm nhiều chức vụ tại địa phương như: X; Y": the words up to the list's opener, whose
    # colon the caller skips (0 when no such noun and opener follow the trigger). The noun may end
    # the trigger ("đảm nhiệm các chức vụ quản lý quan trọng như X"), and a noun the list follows
    # at once, or after a colon, needs no opener ("kinh qua các vị trí X, Y", "các vị trí: X; Y").
    m = POST_NOUNS.match(keys, a)
    if not m and not POST_NOUNS.ends_at(keys, a):
        return 0
    if m and a + m < len(keys) and (keys[a + m] == ":" or role_at(keys, toks, a + m)[0]):
        return m
    for b in range(a + m, min(len(keys), a + m + LIST_GAP + 1)):
        if role_at(keys, toks, b)[0]:
            break  # a post right after the noun: no list named in between
        if keys[b] in LIST_OPENERS:
            return b + 1 - a
        if keys[b] == "," and b + 1 < len(keys) and keys[b + 1] in LIST_OPENERS:
            return b + 2 - a  # "trải qua nhiều vị trí quan trọng, như X, Y"
        if keys[b] in (",", ";", ".", ":"):
            break
    return 0


def _after_occupation(
    toks: Sequence[Token], keys: Sequence[str], k: int, stops: Collection[int]
) -> list[Title]:
    # "từng là giảng viên, Bí thư Chi đoàn, Trưởng khoa": the posts after an occupation and comma
    m = OCCUPATIONS.match(keys, k)
    if m and k + m < len(keys) and keys[k + m] == ",":
        return read_chain(toks, keys, k + m + 1, stops, seps=SEPS)
    # "Ông là giáo sư, tiến sĩ Luật học; Ủy viên Trung ương Đảng …": degrees (no post, GUIDE.md)
    # and their fields, then a semicolon, then the posts; or a comma, when a post follows it
    # ("Ông là giáo sư, tiến sĩ luật, ủy viên Trung ương Đảng khóa 10, 11, 12; …")
    if not (m or NOT_TITLES.match(keys, k)):
        return []
    a, end = k + 1, min(len(keys), k + _DEGREES_SPAN)
    while a < end:
        if keys[a] == ";":
            return read_chain(toks, keys, a + 1, stops, seps=SEPS)
        if keys[a] == ",":
            chain = read_chain(toks, keys, a + 1, stops, seps=SEPS)
            if chain:
                return chain
            if OCCUPATIONS.match(keys, a + 1):
                # "giữ các chức vụ: Nhân viên lưu trữ Ban Tuyên giáo, Cán bộ Ban Tuyên giáo, Phó
                # trưởng phòng …": another job, which opens its own span
                end = min(len(keys), a + 1 + _DEGREES_SPAN)
        if keys[a] in (".", ":", "và"):
            break
        a += 1
    return []


def _more_posts_doi_voi(
    toks: Sequence[Token], keys: Sequence[str], holders: Sequence[Holder], stops: Collection[int]
) -> list[tuple[str, Title]]:
    # "miễn nhiệm chức danh Chủ tịch UBND tỉnh đối với ông A, Phó Chủ tịch UBND tỉnh đối với ông
    # B": each further post of the list, after a comma, goes to the holder after its own "đối với".
    out: list[tuple[str, Title]] = []
    if "đối" not in keys:
        return out
    for a in range(2, len(keys) - 1):
        if keys[a] != "," or not any(
            keys[x : x + 2] == ["đối", "với"] for x in range(max(0, a - 10), a)
        ):
            continue
        chain = read_chain(toks, keys, a + 1, stops, seps=SEPS)
        if chain and keys[chain[-1].j : chain[-1].j + 2] == ["đối", "với"]:
            out += [(h.name, t) for h in _holders_after(keys, chain[-1].j, holders) for t in chain]
    return out


def _respectively(keys: Sequence[str], after: list[Holder], chain: list[Title], k: int) -> bool:
    # "Ông A và ông B lần lượt được bầu giữ chức Chủ tịch và Phó Chủ tịch": one post each, in order.
    if len(after) < 2 or len(after) != len(chain) or after[-1].last > k:
        return False
    if "lần" in keys[after[-1].last : k] and "lượt" in keys[after[-1].last : k]:
        return True
    # "A và B được phê chuẩn làm Phó Chủ nhiệm Ủy ban X và Phó Chủ tịch Hội đồng Y": two holders
    # joined by "và", two posts joined by "và", one each
    return (
        len(chain) == 2
        and keys[chain[0].j] == "và"
        and "và" in keys[after[0].last : after[1].first]
    )


def _same_subject(
    keys: Sequence[str], prev: list[Holder], prev_end: int, k: int, holders: Sequence[Holder]
) -> list[Holder]:
    # "Ông A ... từng giữ chức vụ X trước khi chuyển ngành giữ chức Y ..., sau đó được bầu làm Z":
    # a career told as one long sentence goes on with the same subject while nobody else is named.
    if not prev or any(prev_end <= h.first < k for h in holders):
        return []
    # "...; và cho thôi chức Y": a semicolon before "và" goes on with the same list
    ends = any(
        keys[a] in (".", ":") or (keys[a] == ";" and keys[a + 1 : a + 2] != ["và"])
        for a in range(prev_end, k)
    )
    return [] if ends else prev


def _body_before(toks: Sequence[Token], keys: Sequence[str], k: int) -> str:
    # The body named just before "có": "HĐND TPHCM có Chủ tịch là ..." -> "HĐND TPHCM".
    a = k
    while a > 0 and (toks[a - 1].cap or toks[a - 1].upper) and k - a < 6:
        a -= 1
    return " ".join(spaced(toks, a, k)) if a < k and HEADS.match(keys, a) else ""


def _with_body(t: Title, body: str) -> Title:
    if len(t.text.split()) > 3:
        return t  # the post already names its body
    return Title(t.i, t.j, t.start, t.end, t.role, t.status, f"{t.text} {body}")


def _served(keys: Sequence[str], first: int) -> bool:
    # "ông A, Thư ký đồng chí B, ..., giữ chức ...": B is named inside A's title, not the subject.
    for h in HONORIFICS.lengths:
        if HONORIFICS.match(keys, first - h) == h:
            return any(STAFF.match(keys, first - h - n) == n for n in STAFF.lengths)
    return False


def _post_then_holder(
    toks: Sequence[Token],
    keys: Sequence[str],
    holders: Sequence[Holder],
    stops: Collection[int],
) -> list[tuple[str, Title]]:
    """(name, title) for a post written before "là" and its holder, with no verb before the post:
    "tờ trình của giám đốc Sở Tài nguyên - môi trường lúc đó là ông A" gives A that post. A post
    a trigger opens ("làm Chủ tịch là ông B") is read by `career_titles`."""
    out: list[tuple[str, Title]] = []
    for h in holders:
        la = h.first - 1
        for n in HONORIFICS.lengths:  # "là ông A": the honorific is not part of the mention
            if la - n >= 0 and HONORIFICS.match(keys, la - n + 1) == n:
                la -= n
                break
        if la < 2 or keys[la] != "là" or role_at(keys, toks, h.first)[0]:
            continue  # "... là Giám đốc A": A's own title follows "là"; the post before is no one's
        end = la
        for n in HOLDER_TIME.lengths:
            if end - n > 0 and HOLDER_TIME.match(keys, end - n) == n:
                end -= n
                break
        t = _title_ending(toks, keys, end, stops)
        if t is None or TRIGGERS.ends_at(keys, t.i) or HOLDER_ONLY.ends_at(keys, t.i):
            continue
        if RELATIONS.ends_at(keys, t.i) or any(o.first <= t.i < o.last for o in holders):
            continue  # "ông A - Giám đốc Sở X và vợ là bà B": the post is A's, read with A
        if _PLURAL_WORDS.intersection(keys[max(0, t.i - 2) : t.i]):
            continue  # "các Phó Chủ tịch là A, B": read with the count
        out.append((h.name, t))
    return out


_PLURAL_WORDS: Final = {"các", "những", "hai", "ba"}


def _title_ending(
    toks: Sequence[Token], keys: Sequence[str], end: int, stops: Collection[int]
) -> Title | None:
    # The longest title that ends right before token `end`, starting at most 14 tokens before it.
    for i in range(max(0, end - 14), end):
        if keys[i] in _ROLE_OR_STATUS:
            t = read_title(toks, keys, i, stops)
            if t is not None and t.j == end:
                return t
    return None


def _approval_ahead(keys: Sequence[str], k: int) -> bool:
    # "Quốc hội sẽ phê chuẩn việc bổ nhiệm chức vụ X với ông A": an appointment (the trigger at k,
    # or the noun of the post right after it) whose approval is still ahead (titles.toml [career]
    # approvals, approved, ahead).
    if POST_NOUN_TRIGGERS.match(keys, k) and APPROVED.ends_at(keys, k):
        k -= next(n for n in APPROVED.lengths if APPROVED.match(keys, k - n) == n)
    if not APPROVED.match(keys, k) or not APPROVALS.ends_at(keys, k):
        return False
    depth = 0  # an aside in brackets tells something else: "(đã bị kỷ luật …)"
    for b in range(k - 1, -1, -1):
        depth += (keys[b] == ")") - (keys[b] == "(")
        if depth > 0:
            continue
        if keys[b] == "đã":
            return False
        if keys[b] in _AHEAD_FIRSTS and AHEAD.match(keys, b):
            return True
    return False


def _put_up(keys: Sequence[str], k: int, n: int) -> bool:
    # "được giới thiệu để (HĐND) bầu vào chức danh X": the trigger at k (n words) ends a purpose
    # clause of an election, so X is a post its subject stands for (titles.toml [career] put_up).
    for b in range(k - 1, max(-1, k - PUT_UP_REACH - 1), -1):
        if keys[b] in PUT_UP:
            return any(PUT_UP_VOTES.match(keys, a) for a in range(b + 1, k + n))
        if not keys[b][:1].isalnum():
            return False
    return False


def _negated(keys: Sequence[str], k: int) -> bool:
    # "không còn là đại biểu Quốc hội", "không phải là uỷ viên Trung ương": a post the text denies
    # ("vẫn còn làm chủ tịch" still holds it); "chưa có tiền lệ là Chủ tịch HĐND bị bãi nhiệm": a
    # "là" whose subject is the noun before it, not a person named earlier.
    return NEGATIONS.ends_at(keys, k) or (keys[k] == "là" and COPULA_SUBJECTS.ends_at(keys, k))


_AHEAD_FIRSTS: Final = frozenset(AHEAD.firsts)


def _group_subject(
    toks: Sequence[Token], keys: Sequence[str], k: int, stops: Collection[int]
) -> bool:
    # "... Phó Chủ tịch Quốc hội B và nhiều đồng chí Ủy viên Trung ương Đảng là Bộ trưởng, Thứ
    # trưởng": the verb's subject is a group the text does not name (a title may follow the group
    # word), so the posts after it are no one's named before.
    if GROUPS.ends_at(keys, k):
        return True
    if not any(keys[x] in GROUPS.lasts for x in range(max(0, k - _GROUP_REACH), k)):
        return False  # no group word near: the title before "là" is not worth reading
    title = _title_ending(toks, keys, k, stops)
    return title is not None and GROUPS.ends_at(keys, title.i)


_GROUP_REACH: Final = 16  # a group word, then a title of up to 14 words, then the verb


def _plural(toks: Sequence[Token], keys: Sequence[str], k: int) -> int:
    # "3 Ủy viên Trung ương Đảng là A, B và C", "các Phó Chủ tịch là ...": a count before a post
    # whose
    # holders follow "là" (1 when the token at k is such a count, so the post is read after it).
    return 1 if (toks[k].kind == NUM or keys[k] in _COUNTS) and role_at(keys, toks, k + 1)[0] else 0


def _holders_after(
    keys: Sequence[str],
    e: int,
    holders: Sequence[Holder],
    comma: bool = False,
    table: PhraseTable = HOLDER_AFTER,
    toks: Sequence[Token] | None = None,
) -> list[Holder]:
    # "... của bà Phan Thị Thắng", "... nhiệm kỳ 2016 - 2021 đối với ông A, nguyên Giám đốc Sở Nội
    # vụ và
    # ông B", "khi làm Phó trưởng Phòng Tài chính, ông Nguyễn Xuân Tứ".
    e = _skip_term(keys, e)
    n = (1 if e < len(keys) and keys[e] == "," else 0) if comma else table.match(keys, e)
    if not n:
        return []
    out: list[Holder] = []
    pos = e + n + (1 if e + n < len(keys) and keys[e + n] == ":" else 0)  # "đối với: Ông A, ông B"
    # "đối với các ông: A - T1, lý do ...; B - T2, ...": one holder an item of a list after a colon
    listed = ":" in keys[e + n : e + n + 4]
    # "3 Phó Thủ tướng: A, B, C; Bộ trưởng D": a list opened by the colon alone ends at a semicolon
    # before a name with a title of its own ("2 Phó Chủ tịch: đồng chí A; đồng chí B" goes on)
    bare_colon = not comma and keys[e] == ":"
    for h in holders:
        if out and h.fronted:
            break  # "đối với ông A và Phó ban Kinh tế HĐND, ông B": B's post is the one before B
        if out and bare_colon and ";" in keys[pos : h.first] and h.first < h.name_at:
            break
        if h.first >= pos and (
            (h.first - pos <= 4 and _only_links(keys, pos, h.first))
            or (listed and out and _next_item(keys, pos, h.first))
        ):
            out.append(h)
            pos = h.last if toks is None else _past_own_titles(toks, keys, h.last)
            if pos < len(keys) and keys[pos] == ")":
                pos += 1  # "gồm ông A (Trưởng Ban Dân tộc tỉnh), ông B (…)": A's own titles close
            if comma:
                break  # only the one person right after the comma
    return _without_next_subject(keys, out, pos)


def _frame_holder(keys: Sequence[str], k: int, e: int, holders: Sequence[Holder]) -> list[Holder]:
    # "Với cương vị X, Y (phụ trách … đến tháng 4-2016), ông A …": the trigger at k opens a frame
    # (its phrase starts at k or the word before, or a span of time ends just before it: "Trong
    # thời gian giữ các chức vụ X, Y (…), bà A"), and the person right after the comma that
    # closes it, past a bracket or a time span and before any other person, holds its posts.
    starts = (a for a in (k - 1, k) if a >= 0)
    if not FRAME_TIMES.ends_at(keys, k) and not any(
        FRAMES.match(keys, a) and a + FRAMES.match(keys, a) > k for a in starts
    ):
        return []
    depth = 0
    for pos in range(e, min(len(keys), e + FRAME_TAIL)):
        key = keys[pos]
        depth += (key == "(") - (key == ")")
        if any(h.first <= pos < h.last for h in holders):
            return []
        if depth == 0 and key in (".", ";", ":"):
            return []
        if depth == 0 and key == ",":
            return _holders_after(keys, pos, holders, comma=True)
    return []


def _quote_opens(keys: Sequence[str], a: int, b: int) -> bool:
    # A quotation opens between a and b and is still open at b.
    gap = keys[a:b]
    return ("“" in gap and "”" not in gap[gap.index("“") :]) or gap.count('"') % 2 == 1


def _next_item(keys: Sequence[str], a: int, b: int) -> bool:
    # The holder at b opens the next item of a semicolon list, in the same sentence.
    semi = max((x for x in range(a, b) if keys[x] == ";"), default=-1)
    return semi >= 0 and b - semi <= 4 and _only_links(keys, semi + 1, b) and "." not in keys[a:b]


def _only_links(keys: Sequence[str], a: int, b: int) -> bool:
    # Only honorifics ("các đồng chí", read whole) and list words between two positions.
    while a < b:
        n = HONORIFICS.match(keys, a) or (1 if keys[a] in ("và", ",", "các", ";", ":") else 0)
        if not n:
            return False
        a += n
    return True


def _without_next_subject(keys: Sequence[str], out: list[Holder], end: int) -> list[Holder]:
    # "2 Phó Chủ tịch gồm các ông A, B, ông Phong hi vọng ...": a last member joined by a comma
    # alone and followed by a verb opens the next clause; it is not one of the holders.
    # A bare full name after a bare one goes on with the list ("đối với bà A, B, C nghỉ hưu"): a
    # clause's subject takes its own "ông"/"bà" or title.
    if len(out) > 1 and end < len(keys) and keys[end] not in _LIST_END:
        gap = keys[out[-2].last : out[-1].first]
        if "và" not in gap and ";" not in gap and not (_bare(out[-1]) and _bare(out[-2])):
            return out[:-1]
    return out


def _bare(h: Holder) -> bool:
    # a full name with no honorific or title of its own before it
    return h.name_at == h.first


_LIST_END: Final = {",", ";", ".", ":", "và", ")", "-", "–", "!", "?", '"', "”", "nhiệm", "cùng"}


def _past_own_titles(toks: Sequence[Token], keys: Sequence[str], a: int) -> int:
    # "gồm: ông A - Giám đốc Công an tỉnh; ông B - ...": a member's own titles after a dash or comma
    # stand between the members of the list.
    if a < len(keys) and keys[a] in ("-", "–", ","):
        chain = read_chain(toks, keys, a + 1, seps=SEPS)
        if chain:
            return chain[-1].j
    return a


def _past_election(keys: Sequence[str], e: int) -> int:
    # "Hai Phó Chủ tịch UBND tỉnh được bầu bổ sung lần này là …": the words of the election between
    # a counted post and the list of its holders ([career] members_gap), skipped one after another.
    while n := MEMBERS_GAP.match(keys, e):
        e += n
    return e


def _skip_term(keys: Sequence[str], e: int) -> int:
    # ", nhiệm kỳ 2016 - 2021", "(nhiệm kỳ 2016-2021)": the term after a post, before its holder.
    opener = keys[e] if e < len(keys) - 2 and keys[e + 1] == "nhiệm" else ""
    if opener in (",", "("):
        e += 1
    if e < len(keys) - 1 and keys[e] == "nhiệm" and keys[e + 1] == "kỳ":
        e += 2
        while e < len(keys) and (keys[e].isdigit() or keys[e] in ("-", "–")):
            e += 1
        if opener == "(" and e < len(keys) and keys[e] == ")":
            e += 1
    return e


def _bio_opens(keys: Sequence[str], a: int) -> bool:
    # "Ông A sinh ngày …, quê …; tham gia cách mạng …; vào Đảng …; từng kinh qua các chức vụ: …":
    # a biography told after the name in clauses divided by semicolons, its verb of posts far on;
    # past a bracket after the name ("Ông A (thường gọi là Sáu A) sinh ngày …")
    if a < len(keys) and keys[a] == "(":
        close = next((b for b in range(a, min(len(keys), a + _ASIDE_SPAN)) if keys[b] == ")"), -1)
        a = close + 1 if close >= 0 else a
    a += 1 if a < len(keys) and keys[a] == "," else 0
    return bool(BIO_OPENERS.match(keys, a)) or (a + 1 < len(keys) and keys[a + 1] == "tuổi")


def _subject_before(keys: Sequence[str], k: int, holders: Sequence[Holder]) -> list[Holder]:
    # The person before the verb, or the persons of a list ending there ("A, B và bà C làm Thứ
    # trưởng"); not the actor of "Thủ tướng A đã ký quyết định ... giữ chức vụ ..." (the post is
    # someone else's).
    before = [
        h
        for h in holders
        if h.last <= k
        and (k - h.last <= MAX_GAP or (k - h.last <= BIO_GAP and _bio_opens(keys, h.last)))
        and not _served(keys, h.first)
    ]
    if len(before) > 1 and _in_aside(keys, before[-2].last, before[-1].first, k):
        before.pop()  # "ông A (là con trai ông B) giữ các chức vụ ...": B is named in A's aside
    if not before:
        return []
    gap = range(before[-1].last, k)
    # "ông Hải được Bộ Chính trị điều động giữ chức ...": a passive subject holds the post
    passive = any(keys[a] in _PASSIVE for a in gap)
    if any(keys[a] in (":", ".") or (ACTOR_VERBS.match(keys, a) and not passive) for a in gap):
        return []
    if any(keys[a] in AGENTS and keys[a + 1] in _ROLE_OR_STATUS for a in gap if a + 1 < k):
        return []  # "A cho biết … Ban chỉ đạo do Tổng Bí thư làm Trưởng ban": the title's post
    if ACTOR_VERBS.match(keys, k) and not passive:
        return []  # "... cho đến khi bầu Chủ tịch HĐND": an actor's verb, its subject holds nothing
    if len(before) > 1 and _handed_over(keys, before[-2], before[-1], k):
        return [before[-2]]  # "A giao việc … cho B để nhận nhiệm vụ X": X is A's
    out = [before[-1]]
    for h in reversed(before[:-1]):
        if linked(keys, h.last, out[0].first):
            out.insert(0, h)
        else:
            break
    return out


def _in_aside(keys: Sequence[str], a: int, b: int, k: int) -> bool:
    # A bracket opens right after the person before (at a), holds the person at b, and closes
    # right before the verb at k.
    opens = a < b and a < len(keys) and keys[a] == "(" and ")" not in keys[a:b]
    return opens and k > 0 and keys[k - 1] == ")"


def _handed_over(keys: Sequence[str], giver: Holder, taker: Holder, k: int) -> bool:
    # "A … giao (lại) việc … cho [Thứ trưởng] B để nhận nhiệm vụ X": a hand-over verb after A, "cho"
    # shortly before B, and "để" between B and the post's trigger.
    before_taker = keys[max(giver.last, taker.first - 6) : taker.first]
    if "để" not in keys[taker.last : k] or "cho" not in before_taker:
        return False
    return any(HANDOVER.match(keys, a) for a in range(giver.last, taker.first))
