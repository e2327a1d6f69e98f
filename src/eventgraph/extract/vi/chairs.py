"""Who chaired a meeting, and who attended or spoke, as one sentence says it.

A chair is a person the text says "chủ trì", "đồng chủ trì", "chủ tọa" (or "điều hành" a meeting, or
"dưới sự chủ trì của"): the person just before the verb (with the titles after the name), every
person of a list ending there ("Các đồng chí: A, ...; B, ...; C, ... chủ trì hội nghị"), or the
persons after "dưới sự chủ trì của" and after a clause-opening "Chủ trì ... là/có". An organisation
that chairs is not a chair (no person precedes the verb); "chủ trì, phối hợp" and "chủ trì xây dựng
đề án" are tasks. "Dự hội nghị có A, B" makes attendees and "A phát biểu" a speaker; "triệu tập",
"phát biểu khai mạc" and "dự" never make a chair. The verbs are in `data/meeting_kinds.toml`.
"""

from __future__ import annotations

from collections.abc import Sequence

from eventgraph.extract.vi.careers import linked
from eventgraph.extract.vi.meeting_names import KINDS
from eventgraph.extract.vi.tokens import PhraseTable, load_data
from eventgraph.model.events import Role

_V = load_data("meeting_kinds.toml")["verbs"]
CHAIR = PhraseTable(_V["chair"] + _V["co_chair"] + _V["chair_with_object"])
CO_CHAIR = PhraseTable(_V["co_chair"])
WITH_OBJECT = PhraseTable(_V["chair_with_object"])
UNDER = PhraseTable(_V["under"])
GAP = PhraseTable(_V["gap"])
TASK_AFTER = PhraseTable(_V["task_after"])
ATTEND = PhraseTable(_V["attend"])
SPEAK = PhraseTable(_V["speak"])
Person = tuple[int, int, str]  # first token, token after the last, name
Event = tuple[
    int, Role, list[str], bool
]  # verb position, role, names, the wording alone is a meeting


def chair_events(
    keys: Sequence[str], persons: list[Person], caps: Sequence[bool]
) -> list[tuple[int, Role, list[str], bool]]:
    """(verb position, role, chairs, whether the wording alone says it is a meeting) for every chair
    verb whose chairs are named persons; a capitalised "Chủ trì" opens a clause whose chairs
    follow it."""
    out: list[tuple[int, Role, list[str], bool]] = []
    k = 0
    while k < len(keys):
        u, n = UNDER.match(keys, k), CHAIR.match(keys, k)
        if u:
            chairs = _list_from(keys, persons, k + u, 8)
            out.append((k, Role.CHAIR if len(chairs) < 2 else Role.CO_CHAIR, chairs, True))
            k += u
            continue
        if (
            n
            and not _task(keys, k + n)
            and (not WITH_OBJECT.match(keys, k) or KINDS.match(keys, k + n))
        ):
            chairs = _subject(keys, persons, k) or (
                _list_from(keys, persons, _after_opening(keys, k, n), 3)
                if k == 0 or caps[k]
                else []
            )
            role = Role.CO_CHAIR if CO_CHAIR.match(keys, k) or len(chairs) > 1 else Role.CHAIR
            out.append((k, role, chairs, False))
        k += max(n, 1)
    return [e for e in out if e[2]]


def _task(keys: Sequence[str], k: int) -> bool:
    # "chủ trì, phối hợp với ...", "chủ trì xây dựng đề án": a task given, not a meeting chaired.
    return bool(
        TASK_AFTER.match(keys, k)
        or (k < len(keys) and keys[k] == "," and TASK_AFTER.match(keys, k + 1))
    )


def _subject(keys: Sequence[str], persons: list[Person], k: int) -> list[str]:
    """The person (or list of persons) ending right before the verb at k."""
    before = [p for p in persons if p[1] <= k]
    if not before:
        return []
    last = before[-1]
    if not _gap_ok(keys, last[1], k):
        return []
    chain = [last]
    for p in reversed(before[:-1]):  # "A, ...; B, ...; C, ... chủ trì", "A và B đồng chủ trì"
        if linked(keys, p[1], chain[0][0]):
            chain.insert(0, p)
        else:
            break
    return [p[2] for p in chain]


def _gap_ok(keys: Sequence[str], a: int, k: int) -> bool:
    # Only "đã", "cùng", "dự và", a time of day ... between the chair and the verb; or a caption's
    # "và các lãnh đạo Thành ủy, UBND, HĐND TP. HCM chủ trì".
    while a < k:
        g = GAP.match(keys, a)
        if not g:
            return (
                keys[a] in ("và", "cùng")
                and a + 1 < k
                and keys[a + 1] == "các"
                and not any(x in (";", ":", ".") for x in keys[a:k])
            )
        a += g
    return True


def _after_opening(keys: Sequence[str], k: int, n: int) -> int:
    # "Chủ trì buổi gặp mặt có A và B", "Chủ trì cuộc họp là ...", "Chủ trì kỳ họp, ông ...".
    for a in range(k + n, min(len(keys), k + n + 15)):
        if keys[a] in ("có", "là", ","):
            return a + 1
    return len(keys)


def _list_from(keys: Sequence[str], persons: list[Person], a: int, reach: int) -> list[str]:
    """The persons of the list starting within `reach` tokens after a (no clause break between)."""
    first = next((p for p in persons if a <= p[0] <= a + reach), None)
    if first is None or any(keys[x] in (".", ";") for x in range(a, first[0])):
        return []
    chain = [first]
    for p in persons:
        if p[0] > chain[-1][0] and linked(keys, chain[-1][1], p[0]):
            chain.append(p)
    return [p[2] for p in chain]


def other_roles(keys: Sequence[str], persons: list[Person], caps: Sequence[bool]) -> list[Event]:
    """Attendees of "Dự hội nghị có A, B" / "Tham dự ... có ..." and speakers ("A phát biểu")."""
    out: list[Event] = []
    if keys and caps[0] and ATTEND.match(keys, 0):
        names = _list_from(keys, persons, _after_opening(keys, 0, ATTEND.match(keys, 0)), 3)
        out.append((0, Role.ATTENDEE, names, False))
    for k in range(1, len(keys)):
        if SPEAK.match(keys, k) and not (
            k + 2 < len(keys) and keys[k + 1] in ("khai", "kết", "chỉ")
        ):
            out.append((k, Role.SPEAKER, _subject(keys, persons, k), False))
    return [e for e in out if e[2]]
