"""The people of an article and the titles it gives them (component `eventgraph.people.v7`).

Each sentence is read by `mentions.read_sentence`; mentions of the same name are merged into one
person (the full name once, even if later called "ông Quang"), and each title becomes a
`PositionFact` with the context the article implies ("Bí thư Thành ủy" -> "Bí thư Thành ủy Hải
Phòng"). The mentions are left in `doc.found["people"]` for the meetings component (who chaired
what).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from eventgraph.extract.doc import Doc
from eventgraph.extract.registry import component
from eventgraph.extract.vi.acronyms import defined_acronyms, spelled_out
from eventgraph.extract.vi.careers import Holder, career_titles, short_refs
from eventgraph.extract.vi.mentions import read_sentence
from eventgraph.extract.vi.names import MAYBE_PERSON
from eventgraph.extract.vi.title_context import join_initials, qualify, title_key
from eventgraph.extract.vi.titles import LEXICON, Title
from eventgraph.extract.vi.tokens import tokenize
from eventgraph.model.extraction import ArticleExtraction, PersonFact, PositionFact

EXTRACTOR: Final = "eventgraph.people.v7"


@dataclass(unsafe_hash=True)  # not frozen: see `sentences.Sentence`
class Seen:
    """A person named (or referred to) in sentence `sentence`, with the titles around: chars [start,
    end)."""

    name: str
    sentence: int
    start: int
    end: int


@component(EXTRACTOR)
def people(doc: Doc, out: ArticleExtraction) -> None:
    """Persons named in the body with their positions; mentions go to `doc.found["people"]`."""
    persons: dict[str, PersonFact] = {}
    recent: list[str] = []
    seen: list[Seen] = []
    provinces = _provinces_named(doc)
    for n, sent in enumerate(doc.sentences):
        if not MAYBE_PERSON.search(doc.text, sent.start, sent.end):
            continue
        toks = tokenize(doc.text, sent.start, sent.end)
        keys = [t.key for t in toks]
        holders: list[Holder] = []
        earlier = list(recent)  # who a pronoun may refer to before this sentence names anyone
        for m in read_sentence(toks, keys, persons):
            if _names_a_place(keys, m.first) or _names_a_place(keys, m.name.i):
                continue  # "Trường THPT Chu Văn An", "lăng Chủ tịch Hồ Chí Minh": not the person
            name = _canonical(m.name.text, recent)  # working text: already clean
            person = persons.get(name)
            if person is None:  # not setdefault: a pydantic model built per mention is not free
                person = persons[name] = PersonFact(name=name)
            person.evidence.append(doc.evidence(m.name.start, m.name.end, EXTRACTOR))
            for t in m.titles:
                _add_position(person, t, doc, provinces)
            _touch(recent, name)
            fronted = bool(m.before) and m.before[-1].j < m.name.i - 1  # "T, ông A": own post
            holders.append(Holder(m.first, m.last, name, fronted, m.name.i))
        taken = {k for h in holders for k in range(h.first, h.last)}
        holders += short_refs(toks, keys, taken, recent, holders, earlier)
        if not holders:
            continue  # a post goes to a holder of the sentence: none, none given
        for name, t in career_titles(toks, keys, holders, {h.first for h in holders}):
            _add_position(persons[name], t, doc, provinces)
        for h in holders:
            _touch(recent, h.name)
            seen.append(Seen(h.name, n, toks[h.first].start, toks[h.last - 1].end))
    _merge_aliases(persons)
    # "… (tỷ lệ 1/1,74). Võ Văn Thành": the byline that closes the text names its writer, no
    # actor, when the name is written nowhere else
    for name in out.authors:
        person = persons.get(name)
        if person is not None and not person.positions and doc.text.count(name) == 1:
            del persons[name]
            seen = [x for x in seen if x.name != name]
    for place in {getattr(m, "name", None) for m in doc.found.get("localities", [])}:
        if place is not None:  # "Hà Tiên", "Chu Lai": a place the gazetteer knows, not a person
            persons.pop(place, None)
    acronyms = defined_acronyms(doc.text) if "(" in doc.text else {}
    for person in persons.values():
        person.positions = _distinct(person.positions, acronyms)
    out.people.extend(persons.values())
    doc.found["people"] = seen


def _names_a_place(keys: Sequence[str], a: int) -> bool:
    """Whether the words before token a make what follows the name of a school, street or monument
    ("Trường THPT Chu Văn An", "đường Lê Duẩn", "lăng Chủ tịch Hồ Chí Minh")."""
    return a > 0 and (
        keys[a - 1] in _PLACE_WORDS or (a > 1 and tuple(keys[a - 2 : a]) in _PLACE_PAIRS)
    )


_PLACE_WORDS: Final = frozenset({"thpt", "thcs", "lăng", "đường"})  # not "phố": "UBND thành phố A"
_PLACE_PAIRS: Final = frozenset(
    {("tiểu", "học"), ("tượng", "đài"), ("bảo", "tàng"), ("đền", "thờ"), ("quảng", "trường")}
)


def _canonical(name: str, recent: list[str]) -> str:
    """The full name a shorter one stands for ("Thảo Chi" after "Nguyễn Hà Thảo Chi")."""
    tail, head = " " + name, (name + " " if " " not in name else None)
    for full in reversed(recent):
        if full.endswith(tail) or (head is not None and full.startswith(head)):
            return full  # "Quốc vương Norodom" after "Norodom Sihamoni": see _first_of
    return name


def _first_of(name: str, full: str) -> bool:
    # A foreigner called by the first word of a full name met before ("Quốc vương Norodom" after
    # "Quốc vương Norodom Sihamoni"); Vietnamese short forms are given names, at the end.
    return " " not in name and full.startswith(name + " ")


def _touch(recent: list[str], name: str) -> None:
    if name in recent:
        recent.remove(name)
    recent.append(name)


def _merge_aliases(persons: dict[str, PersonFact]) -> None:
    # A name met before the full name it is the end of ("bà Thắng ... bà Phan Thị Thắng"); a name
    # written again with another mark on a letter and the same post ("ông Nguyễn Thanh Quang,
    # Trưởng đoàn ĐBQH TP Đà Nẵng" and a caption's "Nguyễn Thành Quang - Trưởng đoàn ĐBQH Đà
    # Nẵng"): the first spelling met stands.
    bare = {name: name.casefold().translate(_UNMARKED) for name in persons}  # without marks
    for name in list(persons):
        full = next(
            (f for f in persons if f != name and (f.endswith(" " + name) or _first_of(name, f))),
            None,
        ) or _misspelt_of(name, persons, bare)
        if full is not None:
            alias = persons.pop(name)
            persons[full].positions += alias.positions
            persons[full].evidence += alias.evidence


# Each Latin letter with marks (NFC: one character) -> the letter without them, "đ" -> "d".
_UNMARKED: Final = {
    c: unicodedata.normalize("NFD", chr(c))[0]
    for c in range(0xC0, 0x1EFA)
    if chr(c).isalpha() and unicodedata.normalize("NFD", chr(c))[0].isascii()
} | {ord("đ"): "d", ord("Đ"): "D"}


def _misspelt_of(name: str, persons: dict[str, PersonFact], bare: dict[str, str]) -> str | None:
    """The person met before whose name differs from `name` only in its marks (`bare`: each
    name without them) and who holds a post `name` holds too: in one article that is one person
    written twice, not two namesakes."""
    for other, person in persons.items():
        if other == name:
            return None  # only a spelling met earlier stands
        if bare[other] == bare[name]:
            posts = {_post_key(p.display)[0] for p in persons[name].positions}
            if posts & {_post_key(p.display)[0] for p in person.positions}:
                return other
    return None


def _add_position(person: PersonFact, t: Title, doc: Doc, provinces: list[tuple[int, str]]) -> None:
    q = qualify(t, _sentence_province(doc, t.start, provinces) or doc.province)
    person.positions.append(
        PositionFact(
            title=t.text,
            full_title=q.full_title,
            role=t.role,
            organization=q.organization,
            locality=q.locality,
            status=t.status,
            evidence=doc.evidence(t.start, t.end, EXTRACTOR),
        )
    )


def _provinces_named(doc: Doc) -> list[tuple[int, str]]:
    # Where the article names a province or a place in one, and the province: read once an
    # article, not once a title.
    return [
        (m.start, m.province or m.name)
        for m in doc.found.get("localities", ())
        if m.province or m.level == "province"
    ]


def _sentence_province(doc: Doc, at: int, provinces: list[tuple[int, str]]) -> str | None:
    # A round-up of provinces ("Đại hội Đảng bộ tỉnh Đồng Tháp bầu ông A giữ chức Bí thư Tỉnh ủy"):
    # the one province named before the title in its sentence is the title's, not the article's.
    start = doc.sentence_at(at).start
    names = {name for where, name in provinces if start <= where < at}
    return names.pop() if len(names) == 1 else None


# "Phó Chủ tịch UBND tỉnh khóa XVIII" is the post "Phó Chủ tịch UBND tỉnh" in one term of it.
_TERM: Final = re.compile(r"(?: khóa [^ ]+(?:, [^ ]+)*)+$")
# A term inside a title ("Trưởng đoàn ĐBQH khóa XIV tỉnh Quảng Bình") is the same post as the title
# without it, and the longer wording: the one without it stays, as gold writes the shorter one.
_MID_TERM: Final = re.compile(r" khóa [^ ]+(?= )")
# "Ủy viên Ban Chấp hành Trung ương Đảng" is "Ủy viên Trung ương Đảng".
_CC: Final = re.compile(r"\bban chấp hành trung ương\b")
# "Phó Chủ tịch phụ trách HĐND thành phố" is the post "Phó Chủ tịch HĐND thành phố" and the longer
# wording of it: a deputy in charge of the body is one of its deputies.
# A minister's or deputy minister's post named with or without the word "Bộ" before the ministry.
_MINISTER = re.compile(r"^((?:nguyên |cựu |quyền )?(?:bộ trưởng|thứ trưởng)) bộ (?=[^ ]+ [^ ]+)")
_MINISTER_SHORT = re.compile(r"^(?:nguyên |quyền )?(?:bộ trưởng|thứ trưởng) (?!bộ )[^ ]+ [^ ]+")
# The words that say a post is past (titles.toml [status] former); the first is the wording kept
# ("nguyên"; "cựu" is its synonym).
_FORMER: Final = [w.casefold() for w in LEXICON["status"]["former"]]
FORMER_WORDS: Final = re.compile("^(?:" + "|".join(map(re.escape, _FORMER)) + ") ")
_IN_CHARGE = re.compile(r"^((?:phó |nguyên |quyền )*[^ ]+(?: [^ ]+)?) phụ trách (?=[^ ]+ [^ ]+)")


def _distinct(
    positions: list[PositionFact], acronyms: dict[str, str] | None = None
) -> list[PositionFact]:
    """One position per post: a title that another one of the person's titles extends is dropped
    ("Bí thư Thành ủy" beside "Bí thư Thành ủy Hà Nội"), so is a second wording of the same key
    (a term, "khóa XVIII", does not make another post)."""
    # a body's initials in brackets after its name ("Sở Tài nguyên và môi trường (TN - MT) Thanh
    # Hóa") are the same post as without them: compared without the bracket
    shown = [_unbracketed(p.display) for p in positions]
    # an acronym the article defines ("Hội Luật gia (HLG)") is its words in the key
    keyed = [_post_key(spelled_out(d, acronyms or {})) for d in shown]
    keys = [k for k, _ in keyed]
    short = [_sector_short(d) for d in shown]
    sizes = [size for _, size in keyed]  # longer by "Ban Chấp hành"
    written = [_post_key(_unbracketed(p.title))[0] for p in positions]
    dashed = [_dash_for_and(d) for d in shown]
    anded = [" và " in d or "&" in d for d in shown]
    ampersand = ["&" in d for d in shown]
    # each post by its role and place alone, as written and as keyed: once a post, not once a pair
    bodiless = [(_without_body(w), _without_body(k)) for w, k in zip(written, keys, strict=True)]
    joined = [_joined(k) for k in keys]
    out: list[PositionFact] = []
    for a, p in enumerate(positions):
        ka = keys[a]
        present = _present(ka)
        if any(
            # a wording that spells out b's sector initials is never dropped for b's sake
            not _initials_of(short, joined, sizes, b, a)
            and (
                _initials_of(short, joined, sizes, a, b)
                or (
                    kb.startswith(ka + " ")
                    and not (short[b] and _spelled_in(short[b], ka, short[a]))
                )
                # "Giám đốc Sở Kế hoạch - đầu tư" beside "Giám đốc Sở Kế hoạch và đầu tư": one post,
                # the wording with "và" stays
                or (dashed[a] and anded[b] and _joined(ka).startswith(_joined(kb)))
                # "Thứ trưởng Bộ Kế hoạch & Đầu tư" beside "Thứ trưởng Bộ Kế hoạch và Đầu tư": one
                # post, the wording written first stays
                or (b < a and ampersand[a] != ampersand[b] and _joined(ka) == _joined(kb))
                or (short[a] and ka.startswith(kb + " ") and _spelled_in(short[a], kb, short[b]))
                # "Giám đốc Sở TN - MT" beside "Giám đốc Sở Tài nguyên - Môi trường (TN - MT) tỉnh
                # Nam Định": the spelled-out wording with its place after it stays
                or (short[a] and not short[b] and joined[b].startswith(joined[a]) and kb != ka)
                or (kb == ka and (sizes[b], b) < (sizes[a], a))
                or _elsewhere(positions, written, keys, a, b)
                or ka in bodiless[b]
                or present in bodiless[b]
                or _former_of(keys[b], ka)
            )
            for b, kb in enumerate(keys)
            if b != a
        ):
            # the same post in two wordings: the first (without "Ban Chấp hành") stays; a place
            # the article's province supplied gives way to the one the text writes ("Bí thư Tỉnh
            # ủy" + Nghệ An beside "Bí thư Tỉnh ủy Quảng Ninh"); "Bí thư Cao Bằng" is "Bí thư
            # Tỉnh ủy Cao Bằng", also when the text writes "Bí thư Thành ủy" and the place is the
            # article's
            continue
        out.append(p)
    return out


_INITIALS_BRACKET: Final = re.compile(r" \([A-ZĐ]{2,8}(?: ?[&–-] ?[A-ZĐ]{1,8})*\)(?= |$)")


def _unbracketed(display: str) -> str:
    # "Giám đốc Sở Tài nguyên và môi trường (TN - MT) Thanh Hóa" -> "... môi trường Thanh Hóa"
    return _INITIALS_BRACKET.sub("", display) if "(" in display else display


# "và" and "&" between the halves of a body's name, dropped from a post's key (a dash may
# stand for them)
_JOINED: Final = re.compile(r"(?<=\w)&(?=\w)|(?<= )(?:và|&) ")
_PREFER_SPELLED: Final = {
    w.casefold(): " ".join(title_key(LEXICON["abbreviations"][w]).split())
    for w in LEXICON["wording"]["prefer_spelled"]
}


@lru_cache(maxsize=1 << 14)
def _sector_short(display: str) -> tuple[str, ...]:
    # "Giám đốc Sở GD & ĐT Hòa Bình": the long forms of the sector abbreviations it is written with
    words = join_initials(display).split()
    return tuple(_PREFER_SPELLED[w.casefold()] for w in words if w.casefold() in _PREFER_SPELLED)


def _initials_of(
    short: list[tuple[str, ...]], joined: list[str], sizes: list[int], a: int, b: int
) -> bool:
    # Wording a writes a sector by its initials and wording b spells the same post out, however
    # the halves of the body's name are joined ("Giám đốc Sở TN & MT Thanh Hóa" beside "Giám đốc
    # sở Tài nguyên & Môi trường", "Bộ trưởng Bộ TN - MT" beside "… Bộ Tài nguyên - môi trường"):
    # one post, and the spelled-out wording is the one kept, as the gold lists it. Not when b
    # drops a word a writes ("Thứ trưởng Giao thông Vận tải" beside "Thứ trưởng Bộ GTVT": the
    # wording that names the ministry stays, see `_post_key`).
    return (
        bool(short[a])
        and not short[b]
        and sizes[b] <= sizes[a]
        and joined[a].startswith(joined[b])
        and all(f" {_joined(x)}" in f" {joined[b]}" for x in short[a])
    )


def _spelled_in(longs: tuple[str, ...], key: str, own: tuple[str, ...]) -> bool:
    # A wording abbreviated with `longs` whose shorter wording `key` spells every one of them out
    # (and abbreviates none itself): the spelled-out wording is the one kept.
    return bool(longs) and not own and all(f" {x} " in f" {key} " for x in longs)


def _joined(key: str) -> str:
    # A post's key without the "và" or "&" between the halves of a body's name, and a space after
    return " ".join(_JOINED.sub(" ", key).split()) + " "


def _dash_for_and(display: str) -> bool:
    # The body's halves are joined by a dash, where another wording may write "và" or "&" ("Sở Kế
    # hoạch - đầu tư"); a key drops the dash, and `_joined` the other two.
    return (" - " in display or " – " in display) and " và " not in display and "&" not in display


@lru_cache(maxsize=1 << 14)
def _post_key(display: str) -> tuple[str, int]:
    """The key of a post, and how much longer its title is for spelling out "Ban Chấp hành" or for a
    term inside it."""
    raw = _TERM.sub("", title_key(display))
    key = _IN_CHARGE.sub(r"\1 ", _CC.sub("trung ương", _MID_TERM.sub("", raw)))
    size = len(raw) - len(key)
    # "cựu Thứ trưởng" is "nguyên Thứ trưởng", listed in the "nguyên" wording (the dev gold's)
    former = FORMER_WORDS.match(key)
    if former and former.group() != f"{_FORMER[0]} ":
        key, size = f"{_FORMER[0]} {key[former.end() :]}", size + 1
    # "Bộ trưởng Thông tin - truyền thông" is "Bộ trưởng Bộ Thông tin - truyền thông": the same
    # post; the wording that names the ministry ("Bộ") stays, as the gold lists it
    minister = _MINISTER.sub(r"\1 ", key)
    if minister == key and _MINISTER_SHORT.match(key):
        size += 1
    return minister, size


def _elsewhere(
    positions: list[PositionFact], written: list[str], keys: list[str], a: int, b: int
) -> bool:
    # Title a took its place from the article's province, title b is the same wording with another
    # place written in the text: a is b ("Bí thư Tỉnh ủy" -> Nghệ An beside "Bí thư Tỉnh ủy Quảng
    # Ninh" in a digest of several provinces' congresses).
    pa, pb = positions[a], positions[b]
    return (
        keys[a] != written[a]
        and keys[b] == written[b]
        # the same key is the same place however written ("TP HCM" and the province's "Hồ Chí
        # Minh"): one post, which the rule for equal keys keeps once
        and keys[a] != keys[b]
        and pb.locality is not None
        and pb.locality != pa.locality
        and written[b].startswith(written[a] + " ")
        # "Chủ tịch UBND huyện Thanh Ba" is a district's post, not the province's "Chủ tịch UBND"
        and written[b][len(written[a]) + 1 :].split()[0] not in _BELOW_PROVINCE
    )


_BELOW_PROVINCE: Final = frozenset({"huyện", "quận", "thị", "xã", "phường", "h.", "q.", "tx."})


def _former_of(kb: str, ka: str) -> bool:
    # "nguyên Bí thư Đảng ủy" beside "Bí thư Đảng ủy" told in the career: one past post, listed
    # with the word that says it is past.
    for word in ("nguyên ", "cựu "):
        if kb.startswith(word):
            k = kb[len(word) :]
            # "chủ tịch quận Liên Chiểu" beside "nguyên chủ tịch UBND quận Liên Chiểu"
            return (
                k == ka
                or k.startswith(ka + " ")
                or ka.startswith(k + " ")
                or _without_body(k) == ka
            )
    return False


def _present(key: str) -> str:
    # "nguyên bí thư vĩnh phúc" -> "bí thư vĩnh phúc": beside "Bí thư Tỉnh ủy Vĩnh Phúc" the role
    # and place alone are the same post, past or not; the wording that names the body stays
    former = FORMER_WORDS.match(key)
    return key[former.end() :] if former else key


def _without_body(key: str) -> str:
    # "bí thư tỉnh ủy cao bằng" -> "bí thư cao bằng": the post named by its role and place alone.
    for body in _COLLOQUIAL_BODIES:
        if f" {body} " in key:
            return key.replace(f" {body} ", " ", 1)
    return ""


# The bodies whose posts news names by role and place alone ("Bí thư Đà Nẵng" is the Thành ủy's,
# "Chủ tịch tỉnh" the UBND's; the HĐND's chair is not called so)
_COLLOQUIAL_BODIES: Final = ("tỉnh ủy", "thành ủy", "ủy ban nhân dân")
