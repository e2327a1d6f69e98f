"""A meeting's kind, its name phrase as the text writes it, and the body that organised it.

"Ban Thường vụ Thành ủy tổ chức Hội nghị cán bộ thành phố nghiên cứu, học tập ... (khóa XIII);"
gives the kind "hội nghị", the name up to the clause's end, and the organizer "Ban Thường vụ Thành
ủy".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from eventgraph.extract.vi.tokens import PUNCT, PhraseTable, Token, keys_of, load_data
from eventgraph.text import clean

_LEX = load_data("meeting_kinds.toml")
KINDS = PhraseTable(_LEX["kinds"])
_KIND_OF = {k: v for k, v in _LEX["kinds"].items()}
NAME_STOP = PhraseTable(_LEX["name"]["stop"])
ORGANIZE = PhraseTable(_LEX["verbs"]["organize"])
MAX_NAME = 40  # tokens
KIND_RE = re.compile(
    r"(?<!\w)(?:"
    + "|".join(re.escape(k) for k in sorted(_KIND_OF, key=len, reverse=True))
    + r")(?!\w)",
    re.IGNORECASE,
)


_PART_OF = {k: frozenset(v) for k, v in _LEX["parts"].items()}


def part_of(kind: str) -> frozenset[str]:
    """The kinds a meeting of `kind` can be a part of ("phiên họp" -> "hội nghị", "kỳ họp", …)."""
    return _PART_OF.get(kind, frozenset())


def within(kind: str, other: str) -> bool:
    """Whether a meeting of `kind` is `other` or a part of one ("phiên họp" of a "hội nghị")."""
    return kind == other or other in _PART_OF.get(kind, ())


def kind_of(phrase: str) -> str:
    """The kind recorded for a meeting word as written ("Hội nghị trực tuyến" -> "hội nghị")."""
    key = " ".join(keys_of(phrase))
    return _KIND_OF.get(key, key)


def find_kind(keys: Sequence[str], start: int = 0) -> tuple[int, str] | None:
    """(position, kind) of the first meeting word at or after `start`."""
    for a in range(start, len(keys)):
        n = KINDS.match(keys, a)
        if n:
            return a, _KIND_OF.get(" ".join(keys[a : a + n]), keys[a])
    return None


def meeting_name(text: str, toks: Sequence[Token], keys: Sequence[str], a: int) -> str:
    """The name phrase starting at the meeting word at a: up to the clause's end or a word such as
    "tại"."""
    j = a + max(KINDS.match(keys, a), 1)
    depth = 0
    while j < len(toks) and j - a < MAX_NAME:
        t = toks[j]
        if t.kind == PUNCT:
            depth += t.text == "("
            depth -= t.text == ")"
            if (
                t.text in ".;:!?"
                or depth < 0
                or (t.text == "," and _clause_after(toks, keys, j + 1))
            ):
                break
        elif depth == 0 and not t.cap and not t.upper and NAME_STOP.match(keys, j):
            break
        j += 1
    return clean(text[toks[a].start : toks[j - 1].end])


def _clause_after(toks: Sequence[Token], keys: Sequence[str], k: int) -> bool:
    # ", tại ...", ", đồng chí ...", ", Ban Thường vụ ...": the name ended at the comma.
    if k >= len(toks):
        return True
    return (
        toks[k].cap
        or toks[k].upper
        or bool(NAME_STOP.match(keys, k))
        or keys[k] in ("đồng", "ông", "bà")
    )


def organizer_before(text: str, toks: Sequence[Token], keys: Sequence[str], a: int) -> str | None:
    """The body just before "tổ chức"/"triệu tập" that precedes the meeting word at a, if any."""
    v = a - 1
    while v >= 0 and not ORGANIZE.match(keys, v):
        if a - v > 3:
            return None
        v -= 1
    b = v - 1 if v > 0 and keys[v - 1] == "đã" else v
    i = b
    while i > 0 and b - i < 10 and toks[i - 1].kind != PUNCT:
        i -= 1
    while i < b and not (toks[i].cap or toks[i].upper):
        i += 1
    return clean(text[toks[i].start : toks[b - 1].end]) if i < b else None
