"""Where sentences and clauses end, for rules that must not reach across them.

Unlike `sentences.py`, a line break does not always end a sentence here: document openings copied
from legal libraries are hard-wrapped mid-sentence ("Căn cứ Nghị quyết số\\n29-NQ/TW …",
"QUYẾT\\nĐỊNH SỐ 700/QĐ-TTG"). A break is soft when the next line goes on in lower case or with a
digit, when the line ends on a word that cannot end a sentence ("của", "số", "và" …), or when both
lines are in capitals (a wrapped title); otherwise it ends the sentence, as does a blank line.
"""

from __future__ import annotations

import bisect
import itertools
import re

_END = re.compile(r"[.!?…](?=[\"”’)]*\s+[\"“(]?[A-ZĐÀ-Ỹ0-9])")
_ABBREV = re.compile(r"(?:^|\s)(?:TP|Tp|TS|ThS|PGS|GS|BS|Q|P|H|X|St|Mr|Th\.S|v\.v|Đ/c|đ/c)\Z")
# Words that cannot end a sentence: prepositions, and first syllables of words cut by a hard wrap.
_DANGLING = {
    "của",
    "số",
    "và",
    "về",
    "ngày",
    "tháng",
    "năm",
    "tại",
    "theo",
    "các",
    "những",
    "với",
    "cho",
    "trên",
    "đến",
    "từ",
    "kèm",
    "giai",
    "tầm",
    "bổ",
    "được",
    "là",
    "có",
    "đã",
    "thực",
    "ban",
    "quy",
    "hướng",
    "chương",
    "kế",
    "nghị",
    "chỉ",
    "quyết",
}
_CLAUSE = re.compile(r"[;:]")


def _caps(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _hard_newline(prev: str, nxt: str) -> bool:
    p, n = prev.rstrip(), nxt.lstrip()
    if not p or not n:
        return True
    if p[-1] in '.;:!?…"”)':
        return True
    if n[0].islower() or n[0].isdigit() or n[0] in "(-–":
        return False
    last = p.split()[-1].lower() if p.split() else ""
    if last in _DANGLING or (_caps(p) and _caps(n.split("|")[0])):
        return False
    return True


class Breaks:
    """Sentence ends and clause marks (";", ":") of one text, for quick "does a span cross one"
    checks."""

    def __init__(self, text: str) -> None:
        sent = [
            m.start()
            for m in _END.finditer(text)
            if not _ABBREV.search(text[max(0, m.start() - 6) : m.start()])
        ]
        lines = text.split("\n")
        pos = 0
        for a, b in itertools.pairwise(lines):
            pos += len(a)
            if _hard_newline(a, b):
                sent.append(pos)
            pos += 1
        self.sentence = sorted(sent)
        self.clause = sorted(self.sentence + [m.start() for m in _CLAUSE.finditer(text)])

    def crosses(self, a: int, b: int, clause: bool = True) -> bool:
        """Does [a, b) hold a sentence end (or, with `clause`, a ";" or ":")?"""
        marks = self.clause if clause else self.sentence
        i = bisect.bisect_left(marks, a)
        return i < len(marks) and marks[i] < b

    def start_before(self, pos: int, clause: bool = True) -> int:
        """Where the sentence (or clause) holding `pos` starts."""
        marks = self.clause if clause else self.sentence
        i = bisect.bisect_left(marks, pos)
        return marks[i - 1] + 1 if i else 0

    def next_start(self, pos: int) -> int | None:
        """Where the sentence after the one holding `pos` starts, if any."""
        i = bisect.bisect_left(self.sentence, pos)
        return self.sentence[i] + 1 if i < len(self.sentence) else None
