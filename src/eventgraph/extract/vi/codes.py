"""The document-code grammar: "21-KL/TW", "01/NQ-CP", "100/2019/NĐ-CP", "45/2024/QH15",
"1621/SKHĐT-TH".

A code is a number, an optional year and a symbol of segments joined by "-" or "/". Party codes put
the kind first and their issuer after a slash (122-KH/TU); State codes put a slash after the number
and join kind and issuer with a hyphen (1234/QĐ-TTg); dispatches carry no kind letters
(16937/BGTVT-QLDN). Texts add spaces ("100 - KL/TW", "1679/QĐ- TTg") and typos ("05-NQ-TW",
"19/KL/TW"): a code is kept as written, spaces removed. A candidate counts when its first segment
is kind letters, when a kind word precedes it ("Quyết định số 41 - TTg", "NQ số 29/TW"), or when it
has State shape with a known issuer ("61/CP", "16235/UBND-VP", "42/2017/QH14"). A number after a
kind word without any symbol ("Chỉ thị số 27") is a bare mention. Kinds and issuers are tables in
data/doc_kinds.toml and data/issuers.toml.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from eventgraph.extract.vi.issuers import is_issuer_suffix

_UP = "A-ZĐƯƠÔÂĂÊ"
# A segment may end in a term number ("QH14"); after the National Assembly's letters texts also
# write it apart ("…/NQ-UBTVQH 14"), followed by punctuation or a word, never by more of a
# number ("14/5", "14.5"), so a date or a count after the code is not taken for its term.
_TERM_APART = r"(?<=QH) 1\d(?!\.?\d)(?=\s*(?:[,.;:)]|$)|\s+[^\W\d_])"
_SEG = rf"[{_UP}][{_UP}a-zđ&]*(?:\.[{_UP}]+)*(?:\d{{1,2}}|{_TERM_APART})?"
_SEP = r"\s{0,2}[-/]\s{0,2}"
_YEAR = r"(?:19|20)\d\d(?!\d)"
# Anchored at a number found by _NUMBER; a number in a date or a decimal is never a code's.
_NUMBER = re.compile(r"\d(?<![\w/.\-]\d)\d{0,4}(?!\d)")
CANDIDATE = re.compile(
    rf"(?P<num>\d{{1,5}})(?:\s?[/-]\s?(?P<year>{_YEAR}))?(?P<sep>{_SEP}|\s?(?=[{_UP}]{{2,3}}r?\s?/))"
    rf"(?P<sym>{_SEG}(?:{_SEP}(?:{_SEG}|{_YEAR}))*)"
)
_OPEN = "(“\"'‘[-"  # may open the word before a number: "(Nghị quyết 42)"
_PART = re.compile(rf"(?P<sep>{_SEP})?(?P<seg>{_SEG}|{_YEAR})")


@dataclass(frozen=True)
class KindTable:
    """Kind names by symbol letters and by the words texts use."""

    by_symbol: dict[str, str]
    by_word: dict[str, str]  # lower-case word, single-spaced -> kind name ("" for generic words)
    caps: frozenset[str]  # words compared with case ("NQ", "CT")
    bare_needs_so: frozenset[str]
    last_words: frozenset[str]  # the last word of every kind word, lower case, and "số"
    not_doc: re.Pattern[str]  # after a bare number: a count noun, a decimal, a symbol
    after_bare: frozenset[str]
    verb_words: frozenset[str]
    bare_needs_next: frozenset[str]


@cache
def kinds() -> KindTable:
    """The kind table from data/doc_kinds.toml, read once."""
    data = tomllib.loads(
        resources.files("eventgraph.data").joinpath("doc_kinds.toml").read_text("utf-8")
    )
    by_symbol: dict[str, str] = {}
    by_word: dict[str, str] = {w: "" for w in data["generic"]}
    for k in data["kind"]:
        by_symbol.update({s.upper(): k["name"] for s in k["symbols"]})
        by_word.update({w.lower(): k["name"] for w in k["words"]})
    caps = frozenset(w for k in data["kind"] for w in k["words"] if w.isupper())
    last = frozenset([w.split()[-1] for w in by_word] + ["số"])
    nouns = "|".join(
        r"\s+".join(w.split()) for w in sorted(data["count_nouns"], key=len, reverse=True)
    )
    not_doc = re.compile(rf"\s*(?:[-/]\s*\w|[.,]\d|%|(?:{nouns})(?!\w))", re.IGNORECASE)
    return KindTable(
        by_symbol,
        by_word,
        caps,
        frozenset(data["bare_needs_so"]),
        last,
        not_doc,
        frozenset(data["after_bare"]),
        frozenset(data["verb_words"]),
        frozenset(data["bare_needs_next"]),
    )


def word_before(text: str, pos: int) -> tuple[str, int, bool] | None:
    """The kind word ending right before `pos` ("Kết luận số ", "NQ ", "CHỈ THỊ SỐ "), where it
    starts, and whether "số" follows it; dictionary look-ups on the last words, no regex scan."""
    table = kinds()
    j = pos
    while j > 0 and text[j - 1] in " \t\n:":
        j -= 1
    last = text[max(0, j - 14) : j].split()  # most numbers follow no kind word: one word decides
    if not last or last[-1].lower().lstrip(_OPEN) not in table.last_words:
        return None
    so = last[-1].lower() == "số" and (j == 2 or not text[j - 3].isalnum())
    if so:
        j -= 2
    window = text[max(0, j - 50) : j]
    toks = window.split()[-4:]
    starts, at = [], len(window)
    for t in reversed(toks):
        at = window.rfind(t, 0, at)
        starts.append(at)
    starts.reverse()
    for n in range(len(toks), 0, -1):
        first = toks[-n].lstrip(_OPEN)
        phrase = " ".join([first, *toks[len(toks) - n + 1 :]])
        key = phrase.lower()
        if key in table.by_word and (key.upper() not in table.caps or phrase in table.caps):
            return phrase, j - len(window) + starts[-n] + len(toks[-n]) - len(first), so
    return None


@dataclass(frozen=True)
class Code:
    """A parsed code: number, year, symbol segments, and the separator after the number."""

    text: str  # as written, spaces removed: "100-KL/TW"
    number: str
    year: int | None
    segments: tuple[str, ...]  # ("KL", "TW")
    sep: str  # after the number: "-" (Party style), "/" (State style), " " or "" ("10KL/TU")

    @property
    def symbol(self) -> str:
        """The part after the number (and year): "KL/TW", "NĐ-CP"."""
        if not self.segments:
            return ""  # a bare number, with its year or without ("367/1996", "42")
        return (
            self.text.split("/", 2)[-1]
            if self.year
            else self.text[len(self.number) + len(self.sep.strip()) :]
        )

    @property
    def key(self) -> str:
        """Two spellings of one code ("21-CT/TW", "21/CT-TW", "19/CT-TTG") share this key."""
        return f"{int(self.number)}/{self.year or ''}/{''.join(self.segments).upper()}"

    @property
    def kind_letters(self) -> str | None:
        first = self.segments[0].upper() if self.segments else ""
        return first if first in kinds().by_symbol else None

    @property
    def issuer_letters(self) -> tuple[str, ...]:
        """The segments after the kind letters: ("TW",), ("TTg",), ("BNN", "TCLN"), ("BGTVT",
        "QLDN")."""
        return self.segments[1:] if self.kind_letters else self.segments


@dataclass(frozen=True)
class CodeMatch:
    """A code (or a bare number) found in a text, with the kind word before it if any."""

    start: int  # the code
    end: int
    lead: int  # where its kind word starts (== start without one)
    code: Code
    word: str | None  # the kind word as written ("Kết luận", "NQ"), None without one
    bare: bool = False

    @property
    def word_kind(self) -> str | None:
        """The kind the word names; None for no word or a generic one ("văn bản")."""
        return (
            kinds().by_word.get(" ".join(self.word.lower().split())) or None if self.word else None
        )


def _valid(seg: str) -> bool:
    """Symbol segments are abbreviations: two capitals at least ("TTg", "V.I"), or a year."""
    return seg.isdigit() or sum(c.isupper() for c in seg) >= 2


def _count_after(text: str, end: int) -> bool:
    """A count noun follows `end` ("15 đại biểu"); a date's words ("14 ngày 3/5") do not count here,
    since a code's date follows its term number."""
    return bool(kinds().not_doc.match(text, end)) and not _DATE_WORD.match(text, end)


_DATE_WORD = re.compile(r"\s*(?:ngày|tháng|năm)(?!\w)", re.IGNORECASE)


def _parse(text: str, m: re.Match[str]) -> tuple[Code, int] | None:
    """The code of a candidate match, cut at its first segment that is not an abbreviation."""
    segs: list[str] = []
    end = m.start("sym")
    for p in _PART.finditer(text, m.start("sym"), m.end("sym")):
        if p.start() != end or not _valid(p.group("seg")) or (segs and segs[-1].isdigit()):
            break
        if p.group("seg").isdigit() and not segs:
            break
        seg, end = p.group("seg"), p.end()
        if " " in seg and _count_after(text, end):  # "UBTVQH 15 đại biểu": a count, not a term
            seg = seg.split(" ")[0]
            end = p.start("seg") + len(seg)
        segs.append(seg.replace(" ", ""))  # "UBTVQH 14" -> "UBTVQH14"
    if not segs:
        return None
    raw = re.sub(r"\s+", "", text[m.start() : end])
    year = int(m.group("year")) if m.group("year") else None
    sep = m.group("sep").strip() or (" " if m.group("sep") else "")
    return Code(raw, m.group("num"), year, tuple(segs), sep), end


def _accepted(code: Code, word: str | None, so: bool, listed: bool = False) -> bool:
    if word:
        return True
    if (
        code.kind_letters
    ):  # "10KL/TU" with its issuer's letters; "19 KL / TW" only after its kind word
        return code.sep != " " and (code.sep != "" or is_issuer_suffix(code.issuer_letters[0]))
    state_shape = code.sep == "/" or code.year is not None
    if state_shape and is_issuer_suffix(code.segments[0]):
        return True
    if listed and state_shape and len(code.segments) == 2 and is_issuer_suffix(code.segments[1]):
        return True  # "Công điện số: 688/CĐ-TTg …, 54/ĐM-TTg": letters the table lacks, in a list
    # "số 389/KHPCMT-CCB": kind letters run into the issuer's
    first = code.segments[0].upper()
    kind_prefix = any(first[:n] in kinds().by_symbol for n in (2, 3, 4))
    return state_shape and kind_prefix and len(code.segments) >= 2 and so


def _bare(text: str, n: re.Match[str], word: str, so: bool) -> bool:
    """Is the number `n` after a kind word a document's ("Chỉ thị số 27"), not a year or a count?"""
    if re.fullmatch(_YEAR, n.group()) or kinds().not_doc.match(text, n.end()):
        return False
    if not kinds().by_word.get(word.lower()):
        return False  # "văn bản 265 chất vấn": a generic word names no document
    if so:
        return True
    nxt = text[n.end() : n.end() + 12].split(maxsplit=1)
    if word.lower() in kinds().bare_needs_next:
        word_after = nxt[0] if nxt else ""
        return word_after.rstrip(".,;:)") in kinds().after_bare and word_after[-1:] not in ".;"
    verb = word.lower() in kinds().verb_words
    if verb and nxt and nxt[0][:1].islower() and nxt[0].rstrip(".,;:)") not in kinds().after_bare:
        return False  # "kết luận 2 vấn đề": a verb and a count
    return word.lower() not in kinds().bare_needs_so


# Between two codes of one list: the first one's date or issuer at most, then a comma or "và".
_LISTED = re.compile(r"[^.;:()\n]{0,50}?(?:,|\svà)\s*")


def find_codes(text: str) -> list[CodeMatch]:
    """Every document code in `text`, and every bare number right after a kind word, in order."""
    out: list[CodeMatch] = []
    for n in _NUMBER.finditer(text):
        s = n.start()
        if out and s < out[-1].end:
            continue
        w = word_before(text, s)
        word, lead, so = w if w else (None, s, text[max(0, s - 4) : s].strip(" :").lower() == "số")
        m = CANDIDATE.match(text, s)
        parsed = _parse(text, m) if m else None
        listed = bool(out) and not out[-1].bare and bool(_LISTED.fullmatch(text, out[-1].end, s))
        if parsed and _accepted(parsed[0], word, so, listed):
            out.append(CodeMatch(s, parsed[1], lead, parsed[0], word))
        elif word and (y := _NUMBER_YEAR.match(text, n.end())) and _dated_bare(word, so):
            # "Quyết định 367/1996", "Văn bản số 190/2002": number and year, no symbol; kept whole
            code = Code(n.group() + "/" + y.group(1), n.group(), int(y.group(1)), (), "/")
            out.append(CodeMatch(s, y.end(), lead, code, word, True))
        elif word and _bare(text, n, word, so):
            code = Code(n.group(), n.group(), None, (), "")
            out.append(CodeMatch(s, n.end(), lead, code, word, True))
    return out


# A year right after a bare number ("367/1996"), not a date's ("15/5/2019") nor a code's
# ("100/2019/NĐ-CP" is read whole above), nor a decimal or a range ("1996-2000").
_NUMBER_YEAR = re.compile(rf"/({_YEAR})(?![/\-]\s*\w|\.\d)")


def _dated_bare(word: str, so: bool) -> bool:
    """A kind word, or a generic one ("văn bản") with "số", before a number and year names a
    document; "kế hoạch 6/2019" (a plan, then a month) needs "số" too."""
    kind = kinds().by_word.get(" ".join(word.lower().split()))
    if kind is None:
        return False
    return so or (bool(kind) and word.lower() not in kinds().bare_needs_next)
