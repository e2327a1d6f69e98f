"""What may stand between a chair and the verb "chủ trì" and still leave the chair its subject.

    "Ông A, Bí thư Tỉnh ủy, chủ trì"            a closing comma after the titles
    "ông A (Bí thư Tỉnh ủy) chủ trì"             the bracket that held the titles
    "ông A - Chủ nhiệm Ủy ban Kiểm tra - chủ trì"  a closing dash
    "Phó Thủ tướng A (giữa) chủ trì"             a caption's aside
    "ông A, Chủ tịch HĐND tỉnh (đồng chủ trì ...)"
    "A, Tổng Bí thư, Chủ tịch nước đã chủ trì"   titles the name's own chain left out, then "đã"
    "A chiều nay 20-10 vừa chủ trì", "A thay mặt Bộ Chính trị điều hành"
The words allowed ("đã", "sẽ", "cùng", "dự và", a time of day ...) are in `data/meeting_kinds.toml`
[verbs] gap.
"""

from __future__ import annotations

from collections.abc import Sequence

from eventgraph.extract.vi.title_chains import read_chain
from eventgraph.extract.vi.tokens import PhraseTable, Token, load_data

GAP = PhraseTable(load_data("meeting_kinds.toml")["verbs"]["gap"])
_CLOSERS = {",", "-", "–", "("}
_SEPS = {",", "-", "–", "kiêm"}
_BREAKS = (",", ".", ";", ":")


def gap_ok(toks: Sequence[Token], keys: Sequence[str], a: int, k: int) -> bool:
    """Whether only an aside, left-out titles, a closing mark and gap words lie between the end a
    of a chair's mention and the verb at k; or a caption's "và các lãnh đạo Thành ủy, UBND, HĐND
    TP. HCM chủ trì"."""
    if a < k and keys[a] == ")":
        a += 1  # "ông A (Bí thư Tỉnh ủy) chủ trì": the bracket that held the titles closes
    a = _skip_aside(keys, a, k)
    while a + 1 < k and keys[a] in _CLOSERS:
        chain = read_chain(toks, keys, a + 1, seps=_SEPS)
        if not chain or chain[-1].j > k:
            break
        a = chain[-1].j
        # "… Trưởng ban Chỉ đạo quốc gia về … đặc biệt (đặc khu), đã chủ trì": the short form
        # in brackets after a title
        a = _skip_aside(keys, a, k)
    if a < k and keys[a] in _CLOSERS:
        a += 1
    while a < k:
        g = GAP.match(keys, a) or _date_at(keys, a) or _on_behalf(keys, a, k)
        if not g:
            return (
                keys[a] in ("và", "cùng")
                and a + 1 < k
                and keys[a + 1] == "các"
                and not any(x in (";", ":", ".") for x in keys[a:k])
            )
        a += g
    return True


def _date_at(keys: Sequence[str], a: int) -> int:
    # "Tổng thư ký Quốc hội ... chiều nay 20-10 vừa chủ trì": a day and month.
    if a + 2 < len(keys) and keys[a][:1].isdigit() and keys[a + 1] in ("/", "-", "."):
        return 3 if keys[a + 2][:1].isdigit() else 0
    return 0


def _on_behalf(keys: Sequence[str], a: int, k: int) -> int:
    # "Thủ tướng ... thay mặt Bộ Chính trị điều hành phiên thảo luận".
    if keys[a : a + 2] == ["thay", "mặt"] and k - a <= 8:
        return k - a if not any(x in _BREAKS for x in keys[a:k]) else 0
    return 0


def _skip_aside(keys: Sequence[str], a: int, k: int) -> int:
    # "Phó Thủ tướng ... (thứ 3 từ trái sang) chủ trì": a short aside in brackets.
    if a < k and keys[a] == "(":
        for b in range(a + 1, min(k, a + 10)):
            if keys[b] in (".", ";", "("):
                return a
            if keys[b] == ")":
                return b + 1
    return a
