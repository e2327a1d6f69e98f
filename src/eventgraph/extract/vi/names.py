"""Where a person's name is in a run of capitalised words.

A Vietnamese name is 2-4 capitalised syllables, the first a family name ("Trần Lưu Quang");
ethnic-minority names may run to 5 ("Y Thanh Hà Niê Kđăm"). Titles, bodies and places are
capitalised too, so a name is read as the tail of a capitalised run that starts with a family name:
"Tỉnh ủy Thái Bình Ngô Đông Hải" holds "Ngô Đông Hải". Whether the run is a person at all is decided
by its context (an honorific, a title before or after it), in `people.py`. The lexicon is
`data/person_names.toml`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Final

from eventgraph.extract.vi.tokens import (
    NUM,
    UPPER,
    WORD,
    PhraseTable,
    Token,
    keys_of,
    load_data,
    trie_pattern,
)

_LEX: Final = load_data("person_names.toml")
MAJOR: Final = PhraseTable(_LEX["surnames"]["major"])
SURNAMES: Final = PhraseTable(_LEX["surnames"]["major"] + _LEX["surnames"]["other"])
NOT_NAMES: Final = PhraseTable(_LEX["not_names"]["phrases"])
COMPOUNDS: Final = {keys_of(c) for c in _LEX["not_names"]["compounds"]}
PERSONS_AFTER_TITLE: Final = {keys_of(c) for c in _LEX["not_names"]["persons_after_title"]}
STATE_FORMS: Final = PhraseTable(_LEX["not_names"]["state_forms"])
_NOT_FOREIGN_NAMES: Final = {w.lower() for w in _LEX["not_names"]["foreign_words"]}
BODY_HEADS: Final = PhraseTable(_LEX["not_names"]["body_heads"])
NOT_LAST: Final = set(_LEX["not_names"]["not_last"])
PLACE_BEFORE: Final = PhraseTable(_LEX["not_names"]["place_before"])
NAMED_BODIES: Final = PhraseTable(_LEX["not_names"]["named_bodies"])
MIDDLE_ONLY: Final = frozenset(keys_of(" ".join(_LEX["not_names"]["middle_only"])))
STREET_WORDS: Final = PhraseTable(_LEX["not_names"]["street_words"])
_STREET_FIRSTS: Final = frozenset(STREET_WORDS.firsts)
_GIVEN_TOO: Final = {w: frozenset(after) for w, after in _LEX["not_names"]["given_too"].items()}
_NOT_NAME_FIRSTS, _SURNAME_FIRSTS = frozenset(NOT_NAMES.firsts), frozenset(SURNAMES.firsts)


def _alt(words: list[str]) -> str:
    return trie_pattern(set(words))


def _cased(words: list[str]) -> list[str]:
    # Lower-case and capitalised forms: a case-sensitive pattern is far faster than (?i:...).
    return [v for w in words for v in (w.lower(), w[:1].upper() + w[1:].lower())]


_HONORIFICS: Final = load_data("titles.toml")["honorifics"]
_PRONOUNS: Final = load_data("titles.toml")["career"]["pronouns"]
_HONORIFIC_LIST: Final = _HONORIFICS["words"] + _HONORIFICS["styles"]
_FOREIGN_LEADERS: Final = [
    "tổng thống",
    "thủ tướng",
    "ngoại trưởng",
    "bộ trưởng",
    "quốc vương",
    "đại sứ",
    "nhà vua",
    "hoàng tử",
    "hoàng đế",
    "hoàng hậu",
    "nữ hoàng",
    "giáo hoàng",
    "nghị sĩ",  # "Nghị sĩ Mỹ John McCain", "Thượng nghị sĩ Hoa Kỳ ..."
]
# A cheap test of a sentence before it is read: a family name or an honorific before a capital, a
# pronoun ("Ông là ..."), a foreign leader's title. Sentences without one name no person. The
# alternations are prefix trees and case-sensitive: (?i:...) and flat alternations are slow. One
# word boundary before all branches: tested once per position, not once per branch.
MAYBE_PERSON: Final = re.compile(
    r"\b(?:"
    rf"(?:{_alt(_LEX['surnames']['major'] + _LEX['surnames']['other'])})\s+[{UPPER}]"
    rf"|(?:{_alt(_cased(_HONORIFIC_LIST))})\s+[{UPPER}]"
    # a pronoun before a lower-case word ("Ông là ...", ", đồng chí làm ..."): [career] pronouns
    rf"|(?:{_alt(_cased(_PRONOUNS))})\s+[a-zà-ỹđ]"
    # a foreign name with initials ("V. Putin", "C.Sa - oai")
    rf"|[{UPPER}]\.\s?[{UPPER}]"
    # a foreign leader's name ("Tổng thống Hoa Kỳ Obama")
    rf"|(?:{_alt(_cased(_FOREIGN_LEADERS))})[\s\w]{{0,45}}[{UPPER}]"
    r"[a-z]*[fjwz]?[a-z]*[aeiou][a-z]*[aeiou]"
    r")"
)
_LONG_FIRST: Final = {
    "y",
    "h'",
    "ksor",
    "ksơr",
    "rah",
    "rơ",
    "siu",
    "nay",
    "kpă",
}  # names that may run to 5


@dataclass(unsafe_hash=True)  # not frozen: see `sentences.Sentence`
class Name:
    """A name at tokens [i, j); `strong` when it starts with a family name."""

    i: int
    j: int
    start: int
    end: int
    text: str
    strong: bool


def name_in_run(
    toks: Sequence[Token],
    keys: Sequence[str],
    i: int,
    j: int,
    after_local: bool = False,
    loose: bool = False,
    after_title: bool = False,
    one_name: bool = False,
) -> Name | None:
    """The name the run [i, j) ends with, or None. After a local body ("Tỉnh ủy", "tỉnh") a run of
    two is a place ("Tỉnh ủy Thái Bình"). `loose` (after an honorific) accepts a name without a
    known family name; `after_title` (right after a bare title) accepts "Chủ tịch Hồ Chí Minh";
    `one_name` (after a monarch's title) accepts one foreign word alone ("Nhà vua Akihito")."""
    if j - i == 1 and not (loose or after_title or one_name):
        return None  # one word names nobody without these (what the rules below come to, early)
    while j - i >= 2 and (
        (j < len(keys) and (keys[j - 1], keys[j]) in COMPOUNDS)
        or (keys[j - 1] in NOT_LAST and _not_last(toks, keys, j))
    ):
        j -= 1  # "Hội Nông dân", "Đoàn Thanh niên": the last syllable opens a common word
    if after_local and j - i <= 2:
        return None
    if j - i == 2 and keys[j - 1] in MIDDLE_ONLY:
        return None  # "Bà Phạm Thị Thanh tra" ("thanh tra" a common word): a name cut short
    if after_title and tuple(keys[i:j]) in PERSONS_AFTER_TITLE:
        return _name(toks, i, j, True)
    best: tuple[int, int, int, int] | None = (
        None  # (major family name, no place before, length, start)
    )
    # "UBND tỉnh Quảng Ninh Cao Tường Huy": no name starts inside the province that opens the run,
    # nor inside a place's name ("Tổng thống Mông Cổ Khaltmaa Battulga": "Cổ" is a family name too)
    first = i + _province_at(keys, i, j)
    inside = 0  # the index after the place's name read last
    for s in range(first, j - 1):
        n = j - s
        word = keys[s]  # `match` is 0 for a word that opens no phrase: test that first
        place = NOT_NAMES.match(keys, s) if word in _NOT_NAME_FIRSTS else 0
        if s < inside:
            continue
        inside = s + place
        if n > (5 if word in _LONG_FIRST else 4) or place == n:
            continue
        sur = SURNAMES.match(keys, s) if word in _SURNAME_FIRSTS else 0
        if not sur or sur >= n:
            continue
        if NAMED_BODIES.ends_at(keys, s):
            continue  # "Nông trường Phạm Văn Hai": the farm's name, not a person
        if word in _BODY_SURNAMES and _body_after(keys, s + 1, j):
            continue  # "Thành Đoàn Hà Nội", "đại biểu Đoàn Long An", "Đoàn Bộ GD-ĐT": the body
        if n == sur + 1 and keys[s + sur] in MIDDLE_ONLY:
            continue  # "Nguyễn Văn thể": a name cut before its given name typed in lower case
        cand = (1 if MAJOR.match(keys, s) else 0, 0 if place else 1, n, s)
        if best is None or cand[:3] > best[:3]:
            best = cand
    place_end = best[3] + NOT_NAMES.match(keys, best[3]) if best is not None else 0
    if (
        best is not None
        and not best[1]
        and place_end < j
        and (
            _foreign(toks[place_end].text)
            or _country_at(toks, best[3], place_end + 1) == place_end - best[3]
        )
    ):
        # "Thủ tướng Thái Lan Prayut Chan": country, then name (a name of Vietnamese syllables
        # too after a country: "Bộ trưởng Ngoại giao Thái Lan Don Pramudwinai")
        return _name(toks, place_end, j, True)
    if best is not None:
        s = best[3]
        if keys[s] in _BODY_SURNAMES and s > 0 and keys[s - 1] in _CENTRAL and j - s > 3:
            s += 1  # "Trung ương Đoàn Lê Quốc Phong": the Youth Union's name, then the person's
        if (
            loose
            and s == i + 1
            and j - i <= 5
            and _given_first(toks[i].text)
            and keys[i] not in _HONORIFIC_WORDS  # "làm theo Bác Ông Võ Văn Thưởng"
            and not NOT_NAMES.match(keys, i)
        ):
            s = i  # "bà Hương Trần Kiều Dung": a given name written before the family name
        return _name(toks, s, j, True)
    if after_title:
        n = _country_at(toks, i, j)  # "Thủ tướng Campuchia Hun Sen": a name of Vietnamese syllables
        # not "Lào Cai"; not an initial alone ("Tổng thống Liên bang Nga V. Putin")
        if (
            n
            and 1 <= j - i - n <= 3
            and _provinces().match(keys, i) < j - i
            and (j - i - n > 1 or len(toks[i + n].text) > 1)
        ):
            return _name(toks, i + n, j, True)
    f = j
    while f > i and j - f < 3 and _foreign(toks[f - 1].text):
        f -= 1
    if f < j and loose and f > i and j - i <= 3 and not _country_at(toks, i, j):
        f = i  # after an honorific the run is the name: "Samdech Heng Samrin", "ông Say Chhum"
    if f < j and (
        j - f > 1 or (f > i and not _home_brand(toks, f)) or loose or (one_name and f == i)
    ):
        return _name(
            toks, f, j, True
        )  # "Tổng thống Hoa Kỳ Obama", "Thủ tướng Thụy Điển Stefan Lofven"
    if (
        loose
        and 2 <= j - i <= 5
        and NOT_NAMES.match(keys, i) != j - i
        and not BODY_HEADS.match(keys, i)  # "Giáo sư Khoa Luật": a faculty
    ):
        return _name(toks, i, j, False)
    return None


_HONORIFIC_WORDS: Final = {
    w.casefold() for w in load_data("titles.toml")["honorifics"]["words"] if " " not in w
}


def _given_first(word: str) -> bool:
    # One word in title case ("Hương", "Johnathan"), not initials or a degree ("TS", "PGS", "ThS").
    return len(word) > 1 and word[0].isupper() and word[1:].islower()


def _home_brand(toks: Sequence[Token], f: int) -> bool:
    # "Tổng Công ty ... Xây dựng Việt Nam Vinaconex", "Tập đoàn Dầu khí Việt Nam Petrovietnam": one
    # Latin word after "Việt Nam" is the short name of a Vietnamese body, not a foreigner's name.
    return f >= 2 and toks[f - 1].text == "Nam" and toks[f - 2].text in ("Việt", "Viet")


def _not_last(toks: Sequence[Token], keys: Sequence[str], j: int) -> bool:
    # "sáng" ends "Lý Văn Sáng, Phó Chủ tịch" but opens the next clause in "Hồng Vân Sáng 29/10";
    # "dự" ends "Lê Văn Dự, Phó Chủ tịch" but is the verb in "Trần Văn Nam Dự hội nghị".
    after = _GIVEN_TOO.get(keys[j - 1])
    if after is None:
        return True
    return j < len(keys) and (toks[j].kind == NUM or keys[j] in after)


@cache
def _provinces() -> PhraseTable:
    from eventgraph.extract.vi.gazetteer import Gazetteer

    gaz = Gazetteer.default()
    return PhraseTable(u.name for u in gaz.units.values() if u.level == "province")


def _province_at(keys: Sequence[str], i: int, j: int) -> int:
    """Tokens of a province's name at i, when a name of two or more syllables still follows."""
    n = _provinces().match(keys, i) if j - i >= 4 else 0
    return n if j - i - n >= 2 else 0


_BODY_SURNAMES: Final = {"đoàn"}  # family names that are also the body before a name
_CENTRAL: Final = {"ương", "tw", "tư", "t.ư"}


def _body_after(keys: Sequence[str], a: int, j: int) -> bool:
    """Whether what follows such a family name up to j is a province or a body's name: then the
    family name is the body (the Youth Union, a delegation), not a person's."""
    return _provinces().match(keys, a) == j - a or BODY_HEADS.match(keys, a) > 0


def _country_at(toks: Sequence[Token], i: int, j: int) -> int:
    """Tokens of a foreign country's name opening the run [i, j), or 0."""
    from eventgraph.extract.vi.gazetteer import Gazetteer

    gaz = Gazetteer.default()
    for n in (3, 2, 1):
        if j - i > n and gaz.is_country(" ".join(t.text for t in toks[i : i + n])):
            return n if toks[i].text not in ("Việt", "Viet") else 0
    return 0


def bare_person(toks: Sequence[Token], keys: Sequence[str], name: Name, a: int, b: int) -> bool:
    """Whether a name standing alone, with no honorific or title, is still a person: it fills its
    whole run [a, b), has 3-4 syllables and a common family name ("Trần Văn Nam đề nghị ..."), and
    no street, school or monument word comes before it ("đường Nguyễn Hữu Thọ")."""
    if name.i != a or name.j != b or not 3 <= b - a <= 4 or MAJOR.match(keys, a) != 1:
        return False
    if keys[a] in _BODY_SURNAMES and MAJOR.match(keys, a + 1):
        return False  # "Trung ương Đoàn Lê Quốc Phong": the Youth Union, then the name
    if PLACE_BEFORE.ends_at(keys, a) or NOT_NAMES.match(keys, a):
        return False
    if (a > 0 and toks[a - 1].kind == NUM) or (b < len(toks) and toks[b].kind == NUM):
        return False  # "chung cư 727 Trần Hưng Đạo", "dự án Trương Đình Hội 2"
    # "Trần Quý Cáp - Phan Bội Châu": two streets of a crossing
    if b + 1 < len(keys) and keys[b] in ("-", "–") and toks[b + 1].cap:
        return False
    return not _lists_streets(toks, keys)


def _lists_streets(toks: Sequence[Token], keys: Sequence[str]) -> bool:
    # "các tuyến đường: Lý Thường Kiệt, Trần Hưng Đạo, ...", "đường Nguyễn Tri Phương, Lê Lợi".
    for k in range(len(keys) - 1):
        if keys[k] not in _STREET_FIRSTS or toks[k].cap or (k and keys[k - 1] == "thành"):
            continue  # "thành phố Nguyễn ..." is the city, then a name
        n = STREET_WORDS.match(keys, k)
        if n and k + n < len(keys) and (keys[k + n] == ":" or toks[k + n].cap):
            return True
    return False


_VN_SYLLABLE: Final = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]+(?:ch|ng|nh|[cmnpt])?"
)


def foreign_word(word: str) -> bool:
    """A capitalised name word no Vietnamese syllable spells ("Putin", "Bush"): see `_foreign`."""
    return word[:1].isupper() and _foreign(word)


def _foreign(word: str) -> bool:
    """A name word no Vietnamese syllable spells: "Obama", "Stefan", "Trump" (not "Minh", "Nguyen",
    "Anh")."""
    w = word.lower()
    if not w.isascii() or not w.isalpha() or len(w) < 3 or w in _NOT_FOREIGN_NAMES:
        return False
    return bool(set(w) & set("fjwz")) or not _VN_SYLLABLE.fullmatch(w)


def with_dashed_tail(toks: Sequence[Token], name: Name) -> Name:
    """A foreign name whose last syllables the press writes after a spaced dash, in lower case:
    "Thủ tướng Hàn Quốc Lee Nak - yon", "Thủ tướng Prayut Chan - o - cha". The name runs on over
    them when every word of it is Latin and one is no Vietnamese syllable, and the tail is two
    dashed syllables or ends the phrase ("Kim Yo Jong - em gái ông …" is the name, then a gloss)."""
    words = [t.text for t in toks[name.i : name.j]]
    if not all(w.isascii() and w.isalpha() for w in words) or not any(map(_foreign, words)):
        return name
    j, dashes = name.j, 0
    while (
        dashes < 2
        and j + 1 < len(toks)
        and toks[j].text in ("-", "–")
        and toks[j + 1].kind == WORD
        and toks[j + 1].text.isascii()
        and toks[j + 1].text.isalpha()
        and toks[j + 1].text.islower()
    ):
        j, dashes = j + 2, dashes + 1
    if not dashes:
        return name
    ends = j >= len(toks) or toks[j].kind != WORD or not toks[j].text[:1].islower()
    if dashes < 2 and not ends:
        return name
    return _name(toks, name.i, j, name.strong)


def initialled_name(toks: Sequence[Token], i: int) -> Name | None:
    """A foreign name the press writes with initials, its first initial at token i: "V. Putin",
    "P. Ô. Nên", "C.Sa - oai", "S.A - ben" (a last syllable of one letter, then its dashed tail),
    "George W. Bush" (a foreign given name before the initial). One or more capitals each with its
    full stop, then one capitalised word and the lower-case syllables dashed after it (a word glued
    to the full stop needs them: "khóa IX.Trưởng ban" is a scrape's missing space); the name must
    end there ("Q. Bình Thạnh" runs on: a district, not a name). Whether it is a person is left to
    its context (a title before it), as for any name."""
    k = i
    while (
        k + 2 < len(toks)
        and _initial(toks[k])
        and toks[k + 1].text == "."
        and toks[k].end == toks[k + 1].start
    ):
        k += 2
    if k == i or toks[k].kind != WORD or not toks[k].cap:
        return None
    j = k + 1
    while (
        j + 1 < len(toks)
        and toks[j].text in ("-", "–")
        and toks[j + 1].kind == WORD
        and toks[j + 1].text.islower()
    ):
        j += 2
    glued = toks[k - 1].end == toks[k].start  # "C.Sa - oai"; "khóa IX.Trưởng ban" is a scrape's
    if (j == k + 1 and (glued or len(toks[k].text) < 2)) or (j < len(toks) and toks[j].cap):
        return None
    while i > 0 and toks[i - 1].cap and _foreign(toks[i - 1].text) and k - i < 6:
        i -= 1  # "George W. Bush", "Donald J. Trump"
    text = toks[i].text
    for a, b in zip(toks[i : j - 1], toks[i + 1 : j], strict=True):
        text += (" " if a.end < b.start else "") + b.text
    return Name(i, j, toks[i].start, toks[j - 1].end, text, True)


def _initial(tok: Token) -> bool:
    return len(tok.text) == 1 and tok.cap and tok.kind == WORD


def _name(toks: Sequence[Token], i: int, j: int, strong: bool) -> Name:
    return Name(i, j, toks[i].start, toks[j - 1].end, " ".join(t.text for t in toks[i:j]), strong)
