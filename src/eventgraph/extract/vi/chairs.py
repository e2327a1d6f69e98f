"""Who chaired a meeting, and who attended or spoke, as one sentence says it.

A chair is a person the text says "chủ trì", "đồng chủ trì", "chủ tọa" (or "điều hành" a meeting, or
"dưới sự chủ trì của", "được chủ trì bởi"): the person just before the verb (with the titles after
the name, a caption's "(giữa)" or a closing comma or dash between), every person of a list ending
there ("Các đồng chí: A - ..., và các Phó Chủ tịch B, C - ..., chủ trì kỳ họp"), the persons after
"dưới sự chủ trì của", and the persons a clause opening with the verb names ("Chủ trì hội nghị có
A", "Dự và chủ trì hội nghị có A", "Chủ trì kỳ họp, ông A ..."). A title alone in the chair's place
("Thủ tướng chủ trì") is the one person the article names with it (`chair_titles.py`). An
organisation that chairs is not a chair (no person precedes the verb); "chủ trì, phối hợp" and
"chủ trì xây dựng đề án" are tasks. "Dự hội nghị có A, B" makes attendees and "A phát biểu" a
speaker; "triệu tập", "phát biểu khai mạc" and "dự" never make a chair. The verbs are in
`data/meeting_kinds.toml`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from eventgraph.extract.vi.careers import linked
from eventgraph.extract.vi.chair_gaps import gap_ok
from eventgraph.extract.vi.chair_titles import counted_titles, titles_after, titles_before
from eventgraph.extract.vi.meeting_names import KINDS
from eventgraph.extract.vi.title_chains import read_chain
from eventgraph.extract.vi.titles import HONORIFICS
from eventgraph.extract.vi.tokens import PhraseTable, Token, load_data
from eventgraph.model.events import Role

_V = load_data("meeting_kinds.toml")["verbs"]
CHAIR = PhraseTable(_V["chair"] + _V["co_chair"] + _V["chair_with_object"])
CO_CHAIR = PhraseTable(_V["co_chair"])
WITH_OBJECT = PhraseTable(_V["chair_with_object"])
UNDER = PhraseTable(_V["under"])
OPENING = PhraseTable(_V["opening"])
TASK_AFTER = PhraseTable(_V["task_after"])
ATTEND = PhraseTable(_V["attend"])
SPEAK = PhraseTable(_V["speak"])
_FIRSTS = set(CHAIR.firsts) | set(UNDER.firsts)
_MARKERS = {"có", "là", ",", ":"}  # "Chủ trì hội nghị có / là / , <chairs>"
Person = tuple[int, int, str]  # first token, token after the last, name
# verb position, role, names, whether the wording alone says it is a meeting
# verb phrase (first token, token after its last), role, names, whether the wording alone says it
# is a meeting; the phrase is the evidence span of each participation ("chủ trì", not "chủ")
Event = tuple[int, int, Role, list[str], bool]
Refer = Callable[[Sequence[str]], "str | None"]  # titles -> the one person holding them
# (titles, how many, where the verb starts) -> that many holders of the titles named last before
# the verb, or []
Counted = Callable[[Sequence[str], int, int], list[str]]


def chair_events(
    toks: Sequence[Token],
    keys: Sequence[str],
    persons: list[Person],
    refer: Refer,
    counted: Counted | None = None,
) -> list[Event]:
    """(verb phrase start and end, role, chairs, whether the wording alone says it is a meeting) for
    every chair verb whose chairs are named persons, a title only one person of the article holds,
    or a counted title ("hai Thủ tướng") that `counted` reads as that many holders."""
    out: list[Event] = []
    k = 0
    while k < len(keys):
        if keys[k] not in _FIRSTS:
            k += 1
            continue
        u, n = UNDER.match(keys, k), CHAIR.match(keys, k)
        if u:
            chairs = _list_from(keys, persons, k + u, 8)
            # "dưới sự chủ trì của A" says a meeting; "dưới sự điều hành của" (management) and a
            # chair known by title alone need a meeting named nearby.
            sure = bool(chairs) and "chủ" in keys[k : k + u]
            chairs = chairs or _named(refer, titles_after(toks, keys, k + u))
            out.append((k, k + u, Role.CHAIR if len(chairs) < 2 else Role.CO_CHAIR, chairs, sure))
            k += u
            continue
        if (
            n
            and not _task(keys, k + n)
            and (
                not WITH_OBJECT.match(keys, k)
                or _object_is_meeting(keys, k + n)
                or _passive_meeting(toks, keys, persons, k)
            )
        ):
            chairs = _chairs_of(toks, keys, persons, refer, k, n, counted)
            role = Role.CO_CHAIR if CO_CHAIR.match(keys, k) or len(chairs) > 1 else Role.CHAIR
            out.append((k, k + n, role, chairs, False))
        k += max(n, 1)
    return [e for e in out if e[3]]


def _chairs_of(
    toks: Sequence[Token],
    keys: Sequence[str],
    persons: list[Person],
    refer: Refer,
    k: int,
    n: int,
    counted: Counted | None = None,
) -> list[str]:
    # The subject before the verb; else a title alone there; else a counted title ("hai Thủ
    # tướng"); else the names a clause opening with the verb gives after it.
    subject = _subject(toks, keys, persons, k)
    if subject:
        return subject
    ends_ok = lambda a, b: gap_ok(toks, keys, a, b)  # noqa: E731
    by_title = _named(refer, titles_before(toks, keys, k, ends_ok))
    if by_title:
        return by_title
    how_many, titles = counted_titles(toks, keys, k, ends_ok) if counted else (0, [])
    if how_many and counted is not None:
        return counted(titles, how_many, toks[k].start)
    if not _opens(toks, keys, k):
        return []
    # a sentence that opens with the verb ("Chủ trì buổi họp báo …, trả lời về …, Chủ nhiệm A cho
    # biết") may give its subject after a second fronted clause, further than a clause's reach
    reach = _SENTENCE_REACH if toks[k].cap else _CLAUSE_REACH
    return _after_opening(toks, keys, persons, k + n, reach)


def _object_is_meeting(keys: Sequence[str], a: int) -> bool:
    # "điều hành phiên họp", "điều hành khai mạc kỳ họp", "điều hành chương trình ngày làm việc".
    for b in range(a, min(len(keys), a + _OBJECT_REACH)):
        if KINDS.match(keys, b):
            return True
        if keys[b] in (",", ".", ";", ":"):
            return False
    return False


_OBJECT_REACH = 4


def _passive_meeting(
    toks: Sequence[Token], keys: Sequence[str], persons: list[Person], k: int
) -> bool:
    # "Kỳ họp do đồng chí A (Chủ tịch HĐND tỉnh) điều hành": the meeting is named before "do".
    subject = [p for p in persons if p[1] <= k]
    if not subject or not gap_ok(toks, keys, subject[-1][1], k):
        return False
    b = _before_honorifics(keys, 0, subject[-1][0])
    if b < 2 or keys[b - 1] != "do":
        return False
    # "Phiên thảo luận sáng nay do ... điều hành": a time of day may stand between
    return any(KINDS.match(keys, x) for x in range(max(0, b - 1 - _PASSIVE_REACH), b - 1))


_PASSIVE_REACH = 6


def _named(refer: Refer, titles: Sequence[str]) -> list[str]:
    name = refer(titles) if titles else None
    return [name] if name else []


def _task(keys: Sequence[str], k: int) -> bool:
    # "chủ trì, phối hợp với ...", "chủ trì xây dựng đề án": a task given, not a meeting chaired.
    return bool(
        TASK_AFTER.match(keys, k)
        or (k < len(keys) and keys[k] == "," and TASK_AFTER.match(keys, k + 1))
    )


def _subject(
    toks: Sequence[Token], keys: Sequence[str], persons: list[Person], k: int
) -> list[str]:
    """The person (or list of persons) ending right before the verb at k."""
    before = [p for p in persons if p[1] <= k]
    if not before:
        return []
    if not gap_ok(toks, keys, before[-1][1], k):
        return [before[-1][2]] if _with_unnamed(keys, before[-1][1], k) else []
    chain = [before[-1]]
    for p in reversed(before[:-1]):  # "A, ...; B, ...; C, ... chủ trì", "A và B đồng chủ trì"
        if linked(keys, p[1], chain[0][0]) or _with(keys, p[1], chain[0][0]):
            chain.insert(0, p)
        else:
            break
    return [p[2] for p in chain]


def _with(keys: Sequence[str], a: int, b: int) -> bool:
    """Whether a chair verb's subject is both persons: "Chủ tịch UBND tỉnh A cùng Bộ trưởng B đồng
    chủ trì", "A cùng với đồng chí B chủ trì" (only "cùng (với)" and honorifics between them)."""
    gap = keys[a:b]
    if gap[:1] == [")"]:
        gap = gap[1:]
    if gap[:1] == [","]:
        gap = gap[1:]  # "A, Bí thư Tỉnh ủy, cùng B"
    return 0 < len(gap) <= 4 and gap[0] == "cùng" and all(x in _WITH_WORDS for x in gap[1:])


_WITH_WORDS = {"với"} | {w for p in HONORIFICS.phrases for w in p}


def _with_unnamed(keys: Sequence[str], a: int, k: int) -> bool:
    """Whether the person ending at a co-chairs with others the text does not name: "Thủ tướng A
    cùng Tổng thống In-đô-nê-xi-a và Thủ tướng Ô-xtrây-li-a đồng chủ trì"."""
    if keys[a : a + 1] != ["cùng"] or k - a > _WITH_REACH:
        return False
    if not (CO_CHAIR.match(keys, k) or keys[k - 1] == "cùng"):
        return False
    return not any(x in (".", ";", ":") for x in keys[a:k])


_WITH_REACH = 30


def _opens(toks: Sequence[Token], keys: Sequence[str], k: int) -> bool:
    """Whether the verb at k opens its clause ("Chủ trì ...", "Dự và chủ trì ...", "Ngày 17/4,
    chủ trì ..."), so its chairs come after it."""
    c = k
    for n in reversed(OPENING.lengths):  # the longest first: "Tham dự và", not its tail "dự và"
        if k - n >= 0 and OPENING.match(keys, k - n) == n:
            c = k - n
            break
    # "...; cùng chủ trì có đồng chí C": a semicolon opens a clause as a comma does
    return c == 0 or toks[c].cap or keys[c - 1] in (",", ";")


_CLAUSE_REACH = 40
_SENTENCE_REACH = 80


def _after_opening(
    toks: Sequence[Token],
    keys: Sequence[str],
    persons: list[Person],
    a: int,
    reach: int = _CLAUSE_REACH,
) -> list[str]:
    """The persons named after a clause-opening verb, from the first one that follows "có", "là",
    a comma or a colon (an honorific may come between): "Chủ trì kỳ họp, ông A ...", "Chủ trì
    buổi gặp mặt có ông A và bà B", "Tham gia chủ trì Hội nghị còn có đồng chí A; B và C"."""
    for i, p in enumerate(persons):
        if p[0] < a:
            continue
        if p[0] - a > reach or any(keys[x] in _CLAUSE_END for x in range(a, p[0])):
            return []
        b = _before_honorifics(keys, a, p[0])
        if b > a and keys[b - 1] in _MARKERS:
            chain = [p]
            for q in persons[i + 1 :]:
                end = chain[-1][1]
                if linked(keys, end, q[0]) or _linked_past_titles(toks, keys, end, q[0]):
                    chain.append(q)
            return _names(keys, chain)
    return []


def _linked_past_titles(toks: Sequence[Token], keys: Sequence[str], a: int, b: int) -> bool:
    """Two persons of one list whose titles stand between them: "có Thủ tướng A - ủy viên Bộ Chính
    trị, ủy viên Thường vụ Quân ủy Trung ương và đại tướng B": a dash or comma, A's chain of
    titles, "và" (or a comma, a semicolon), then B's own honorific and titles up to the name."""
    if a >= b or keys[a] not in _TITLES_OPEN:
        return False
    chain = read_chain(toks, keys, a + 1, seps=_TITLE_SEPS)
    if not chain or chain[-1].j >= b or keys[chain[-1].j] not in _LIST_SEPS:
        return False
    c = chain[-1].j + 1
    c += HONORIFICS.match(keys, c)
    if c == b:
        return True
    before = read_chain(toks, keys, c, seps=_TITLE_SEPS) if c < b else []
    return bool(before) and before[-1].j == b


_TITLES_OPEN = {"-", "–", ","}
_TITLE_SEPS = {",", "-", "–", "kiêm"}
_LIST_SEPS = {"và", ",", ";"}


# A clause ends at a full stop, a semicolon or a closing quotation mark: in "“…, chủ tọa điều hành
# phiên họp sẽ tạo điều kiện”, ông A nói" the person after the quote is its speaker, not the chair.
_CLAUSE_END = {".", ";", "”", '"'}


def _before_honorifics(keys: Sequence[str], a: int, b: int) -> int:
    # The position before "đồng chí", "các đồng chí", "ông" ... written just before token b.
    moved = True
    while moved:
        moved = False
        for n in (3, 2, 1):
            if b - n >= a and HONORIFICS.match(keys, b - n) == n:
                b, moved = b - n, True
                break
    return b


def _list_from(keys: Sequence[str], persons: list[Person], a: int, reach: int) -> list[str]:
    """The persons of the list starting within `reach` tokens after a (no clause break between)."""
    first = next((p for p in persons if a <= p[0] <= a + reach), None)
    if first is None or any(keys[x] in (".", ";") for x in range(a, first[0])):
        return []
    chain = [first]
    for p in persons:
        if p[0] > chain[-1][0] and linked(keys, chain[-1][1], p[0]):
            chain.append(p)
    return _names(keys, chain)


def _names(keys: Sequence[str], chain: list[Person]) -> list[str]:
    """The names of a list, without a last member that opens the next clause ("với sự điều hành
    của A, Chủ tịch nước B phát biểu khai mạc": B is no chair)."""
    if len(chain) > 1:
        end, gap = chain[-1][1], keys[chain[-2][1] : chain[-1][0]]
        if end < len(keys) and keys[end] not in _LIST_END and "và" not in gap and ";" not in gap:
            chain = chain[:-1]
    return [p[2] for p in chain]


_LIST_END = {",", ";", ".", ":", "và", "cùng", ")", "-", "–", "!", "?", '"', "”"}


def other_roles(toks: Sequence[Token], keys: Sequence[str], persons: list[Person]) -> list[Event]:
    """Attendees of "Dự hội nghị có A, B" / "Tham dự ... có ..." and speakers ("A phát biểu")."""
    out: list[Event] = []
    n = ATTEND.match(keys, 0) if keys and toks[0].cap else 0
    if n:
        out.append((0, n, Role.ATTENDEE, _after_opening(toks, keys, persons, n), False))
    for k in range(1, len(keys)):
        s = SPEAK.match(keys, k)
        if s and not (k + 2 < len(keys) and keys[k + 1] in ("khai", "kết", "chỉ")):
            out.append((k, k + s, Role.SPEAKER, _subject(toks, keys, persons, k), False))
    return [e for e in out if e[3]]
