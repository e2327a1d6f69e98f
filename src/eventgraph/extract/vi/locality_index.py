"""The prepared scanner behind `find_localities`: trie regexes, a name-key index and the guards.

Built once from the gazetteer and `finder_rules.json`. A unit word ("huyện", "Quận ủy", "TP.")
is followed by the longest unit name of its levels that the gazetteer knows (or, for districts
and communes, by up to three capitalised words it does not know); a bare name must be a province,
a district-level city, a country or a foreign city and pass the guards. Each mention is a `Found`
with its candidate units; `localities.py` picks among them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from importlib import resources

from eventgraph.extract.vi.gazetteer import (
    PRE2025,
    TONE_FIX,
    TONE_RE,
    Gazetteer,
    Unit,
    name_key,
)
from eventgraph.extract.vi.locality_guards import Guards, words_before
from eventgraph.extract.vi.locality_trie import APOS, DASH, scan_regexes

_TOKEN = re.compile(rf"([ \t]*[{DASH}{APOS}][ \t]*|[ \t]+|)(\w+(?:[{APOS}]\w+)?)")
_WORD = re.compile(r"[ \t]*(\w+)")
_LIST = re.compile(r"[ \t]*(?:,|;|[ \t]và|[ \t]với|[ \t]hoặc)[ \t]+")
# "một số xã trong huyện như A, B, C", "các phường gồm: A, B": a plural unit word whose list of
# names follows a few linking words.
_PLURAL_BEFORE = re.compile(r"(?:các|một số|những|nhiều|\d+)[ \t]+\Z", re.IGNORECASE)
_LIST_OPENS = re.compile(
    r"(?:[ \t]+(?:trong|của|thuộc|trên địa bàn)[ \t]+(?:huyện|tỉnh|thành phố|quận|thị xã)"
    r"(?:[ \t]+này)?)?[ \t]*(?:[ \t]như|[ \t]là|[ \t]gồm(?:[ \t]có)?|:)[ \t]*:?[ \t]+"
)
_BRACKET = re.compile(r"[ \t]*\([ \t]*")
_DISTRICT_RULE = {"word": "", "levels": ("district",)}
_key = lru_cache(maxsize=1 << 16)(name_key)  # words recur across articles: key each once


@dataclass(unsafe_hash=True)  # not frozen: see `sentences.Sentence`
class Found:
    """A raw mention before resolution: candidate units (empty for countries and unknowns)."""

    start: int
    end: int
    name: str
    level: str
    units: tuple[Unit, ...]
    word: str = ""

    def shifted(self, offsets: list[int]) -> Found:
        return replace(self, start=offsets[self.start], end=offsets[self.end])


# Up to four words, then a comma, right before a province's name (the capitalised ones are kept).
_PART_BEFORE = re.compile(r"((?:[^\W\d_]+[ ]){0,3}[^\W\d_]+)\s*,\s*\Z")


def _spaced(text: str) -> str:
    return " ".join(text.split())


class LocalityIndex:
    """Everything `find_localities` needs, prepared once: see `default()`."""

    def __init__(self, gaz: Gazetteer, rules: dict) -> None:
        self.gazetteer = gaz
        self.triggers = {_low(k): dict(v, levels=tuple(v["levels"]))
                         for k, v in rules["triggers"].items()}
        self._rule_of: dict[str, dict | None] = {}  # matched unit-word text -> its rule
        self.not_unit_names = {_low(w) for w in rules["not_unit_names"]}
        self.name_suffixes = frozenset(_low(w) for w in rules["name_suffixes"]["words"])
        # "xã" -> {"hợp tác", "thông tấn"}: "Hợp tác xã An Phát" is a firm, not a commune
        self.not_unit: dict[str, set[str]] = {}
        for phrase in rules["not_unit_words"]:
            *head, word = _low(phrase).split()
            self.not_unit.setdefault(word, set()).add(" ".join(head))
        self.bare: dict[str, tuple[str, tuple[Unit, ...], str | None]] = {}
        surfaces = self._bare_names(gaz, rules)
        self.guards = Guards(gaz, rules, self)
        self.regex, self.lower_regex, self.heads = scan_regexes(surfaces, self.triggers)

    @classmethod
    @cache
    def default(cls) -> LocalityIndex:
        """The index over the packaged gazetteer and rules (built once, then shared)."""
        path = resources.files("eventgraph") / "data" / "gazetteer" / "finder_rules.json"
        return cls(Gazetteer.default(), json.loads(path.read_text(encoding="utf-8")))

    def _bare_names(self, gaz: Gazetteer, rules: dict) -> list[str]:
        """Provinces of both eras, district-level cities, bare-usable aliases, countries and
        foreign cities; returns the surface forms the regex must know."""
        not_bare = {name_key(n) for n in rules["not_bare"]}
        surfaces = []
        for u in gaz.units.values():
            key = name_key(u.name)
            if u.level == "province" and key not in not_bare:
                old = self.bare.get(key, ("province", (), None))
                self.bare[key] = ("province", (*old[1], u), None)
                surfaces.append(u.name)
        # District-level cities ("cảng Quy Nhơn", "tại Đà Lạt"), unless a pre-2025 province has
        # the name (then the bare name is the province: "Thái Nguyên"); Huế, a city before 2025
        # and a province since, keeps both.
        old_provinces = {name_key(u.name) for u in gaz.units.values()
                         if u.level == "province" and u.era == PRE2025}
        for u in gaz.units.values():
            key = name_key(u.name)
            if u.level == "district" and u.unit_word == "thành phố" and key not in not_bare \
                    and key not in old_provinces:
                kind, units, _ = self.bare.get(key, ("city", (), None))
                self.bare[key] = (kind, (*units, u), None)
                surfaces.append(u.name)
        for alias in gaz.bare_aliases:
            key, target = name_key(alias), gaz.aliases[name_key(alias)]
            units = tuple(u for u in gaz.by_key[name_key(target)] if u.level == "province")
            self.bare[key] = ("alias", units, target)
            surfaces.append(alias)
        forms = tuple(name_key(f) for f in rules["state_forms"])
        for key, row in gaz.countries.items():  # "CHDCND Lào" is Lào; "Vietnam" is Việt Nam
            canonical = row["name"] if key.startswith(forms) or row["name"] == "Việt Nam" \
                else None
            self.bare.setdefault(key, (row["kind"], (), canonical))
        rows = {id(r): r for r in gaz.countries.values()}.values()
        surfaces += [n for r in rows for n in [r["name"], *filter(None, r["aliases"].split("|"))]]
        return surfaces

    # -- scanning ---------------------------------------------------------------------------
    def scan(self, text: str) -> list[Found]:
        """Raw mentions in `text` (NFC), in text order."""
        out: list[Found] = []
        for m in self._candidates(text):
            start = m.start()
            if start and (text[start - 1].isalnum() or (out and start < out[-1].end)):
                continue
            rule = self._rule(m.group())
            if rule is not None:
                if not self._not_unit(text, start, rule["word"]):
                    out += self._after_word(text, m.end(), rule, start)
            else:
                hit = self._bare(text, start, m.end(), out)
                out += [hit] if hit else []
        return self._with_parts(text, out)

    def _with_parts(self, text: str, found: list[Found]) -> list[Found]:
        """Add a district or commune written bare right before its own province: "quê Thái Thụy,
        Thái Bình", "(Hoàng Su Phì, Hà Giang)"."""
        out: list[Found] = []
        for f in found:
            if f.level == "province" and f.units:
                part = self._part_before(text, f, out[-1].end if out else 0)
                out += [part] if part else []
            out.append(f)
        return out if len(out) > len(found) else found

    def _part_before(self, text: str, f: Found, floor: int) -> Found | None:
        lo, k = max(floor, f.start - 40), f.start - 1
        while k >= lo and text[k].isspace():
            k -= 1
        if k < lo or text[k] != ",":
            return None  # the pattern ends in a comma: most provinces follow none ("tỉnh Hà Giang")
        m = _PART_BEFORE.search(text, lo, f.start)
        if m is None:
            return None
        words = m.group(1).split(" ")
        k = len(words)
        while k and words[k - 1][:1].isupper():
            k -= 1
        name = " ".join(words[k:])
        if len(words) - k < 2:
            return None
        provinces = {u.code for u in f.units}
        for u in self.gazetteer.by_key.get(name_key(name), ()):
            if u.level in ("district", "commune") and any(
                a.code in provinces for a in self.gazetteer.ancestors(u)
            ):
                return Found(m.end(1) - len(name), m.end(1), _spaced(name), u.level, (u,))
        return None

    def _not_unit(self, text: str, start: int, word: str) -> bool:
        heads = self.not_unit.get(word)
        if not heads:
            return False
        before = [_low(w) for w, _ in reversed(words_before(text, start, 2))]
        return " ".join(before) in heads or bool(before and before[-1] in heads)

    def _rule(self, matched: str) -> dict | None:
        if matched not in self._rule_of:
            self._rule_of[matched] = self.triggers.get(_spaced(_low(matched)).rstrip(" ."))
        return self._rule_of[matched]

    def _candidates(self, text: str) -> list[re.Match[str]]:
        """Matches of the capitalised regex and of lower-case unit words, by position."""
        found = list(self.regex.finditer(text))
        for head in self.heads:
            i = text.find(head)
            while i >= 0:
                if not (i and text[i - 1].isalnum()):
                    m = self.lower_regex.match(text, i)
                    if m is not None:
                        found.append(m)
                i = text.find(head, i + len(head))
        found.sort(key=lambda m: m.start())
        return found

    def _after_word(self, text: str, pos: int, rule: dict, word_start: int) -> list[Found]:
        """The unit a unit word introduces, and the units listed after it at the same level."""
        hits = []
        hit = self._name_at(text, pos, rule, word_start)
        hit = self._longer(text, pos, rule, hit) if hit else self._unknown(text, pos, rule)
        if hit is None and _PLURAL_BEFORE.search(text, max(0, word_start - 12), word_start):
            opens = _LIST_OPENS.match(text, pos - 1)
            hit = self._name_at(text, opens.end(), rule, opens.end()) if opens else None
        while hit is not None:
            hits.append(hit)
            sep = _LIST.match(text, hit.end)
            hit = self._name_at(text, sep.end(), rule, sep.end()) if sep else None
        parent = self._parent_in_brackets(text, hits[-1]) if hits else None
        return [*hits, parent] if parent else hits

    def _longer(self, text: str, pos: int, rule: dict, hit: Found) -> Found:
        """A known commune or district name that a direction word goes on ("phường Hòa Thuận
        Đông" beside the known Hòa Thuận) is the longer unit, read as unknown when the gazetteer
        lacks it; so is a known commune name of one syllable that any capitalised word goes on
        ("xã Quế Bình", merged away before the snapshot, beside the known phường Quế)."""
        after = _WORD.match(text, hit.end)
        if hit.level == "province" or after is None or text[hit.end : after.start(1)] != " ":
            return hit
        if not _is_title_word(after.group(1)):
            return hit
        one = hit.level == "commune" and " " not in hit.name
        if not one and _low(after.group(1)) not in self.name_suffixes:
            return hit
        longer = self._unknown(text, pos, rule)
        return longer if longer is not None and longer.end == after.end(1) else hit

    def _parent_in_brackets(self, text: str, hit: Found) -> Found | None:
        """The district written bare in brackets after one of its communes: "xã Hòa Châu (Hòa
        Vang)"; only the unit one level up of the commune counts, so a bracketed aside does not."""
        opens = _BRACKET.match(text, hit.end)
        if opens is None:
            return None
        parents = {u.parent for u in hit.units if u.parent}
        found = self._name_at(text, opens.end(), _DISTRICT_RULE, opens.end())
        if found is None or text[found.end : found.end + 1] not in (")", ","):
            return None
        units = tuple(u for u in found.units if u.code in parents)
        return replace(found, units=units, word="") if units else None

    def _name_at(self, text: str, pos: int, rule: dict, word_start: int) -> Found | None:
        """The longest known unit name of the rule's levels starting at `pos` (capitalised)."""
        if pos >= len(text) or not (text[pos].isupper() or text[pos].isdigit()):
            return None
        first = _TOKEN.match(text, pos)
        if first is None or first.group(1):
            return None
        if first.group(2).isdigit():  # "quận 1", "Phường 12"
            units = self._units(_key(rule["word"] + first.group(2)), rule["levels"])
            name = rule["word"].capitalize() + " " + first.group(2)
            return Found(word_start, first.end(2), name, rule["levels"][-1], units,
                         rule["word"]) if units else None
        toks, keys = [first], [_key(first.group(2))]
        while len(toks) < 6 and (t := _TOKEN.match(text, toks[-1].end())) is not None:
            toks.append(t)
            keys.append(keys[-1] + _key(t.group(2)))
        for n in range(len(toks), 0, -1):
            units = self._units(keys[n - 1], rule["levels"])
            if units:
                start, end = pos, toks[n - 1].end(2)
                alias = self.gazetteer.aliases.get(keys[n - 1])
                name = alias if alias and keys[n - 1] not in self.gazetteer.by_key \
                    else text[start:end]
                return Found(start, end, _spaced(name), rule["levels"][-1], units, rule["word"])
        return None

    def _unknown(self, text: str, pos: int, rule: dict) -> Found | None:
        """A district or commune the gazetteer does not know (merged away before its snapshot,
        or misspelt): one to three capitalised words right after a district or commune word,
        ending the phrase, and neither a person's name nor a title."""
        if "province" in rule["levels"] or rule.get("dot") or not text[pos - 1:pos].isspace():
            return None  # abbreviations ("TT.", "h.") too often end a photo credit or a time
        toks: list[re.Match[str]] = []
        while len(toks) < 4 and (t := _WORD.match(text, toks[-1].end() if toks else pos)) \
                and _is_title_word(t.group(1)):
            toks.append(t)
        if not 1 <= len(toks) <= 3:
            return None  # four capitalised words are a person or a body, not a commune
        first = _low(toks[0].group(1))
        if first in self.guards.name_parts or first in self.not_unit_names:
            return None
        start, end = toks[0].start(1), toks[-1].end(1)
        return Found(start, end, _spaced(text[start:end]), rule["levels"][-1], (), rule["word"])

    @lru_cache(maxsize=1 << 16)  # noqa: B019 - the index is a long-lived singleton
    def _units(self, key: str, levels: tuple[str, ...]) -> tuple[Unit, ...]:
        units = self.gazetteer.by_key.get(key, [])
        if "province" in levels and key in self.gazetteer.aliases:
            units = units + self.gazetteer.by_key[name_key(self.gazetteer.aliases[key])]
        return tuple(u for u in dict.fromkeys(units) if u.level in levels)

    def _bare(self, text: str, start: int, end: int, before: list[Found]) -> Found | None:
        """A bare province, country or city name, unless the guards say it is something else."""
        key = _key(text[start:end])
        kind, units, canonical = self.bare[key]
        if self.guards.rejects(text, start, end, key, before):
            return None
        level = "country" if kind in ("country", "territory") or (kind == "city" and not units) \
            else units[0].level
        return Found(start, end, canonical or _spaced(text[start:end]), level, units)


def _is_title_word(word: str) -> bool:
    """"Công" yes; "công", "TP", "NTM", "H" no."""
    return len(word) > 1 and word[0].isupper() and word[1:].islower()


def _low(text: str) -> str:
    return TONE_RE.sub(lambda m: TONE_FIX[m.group(0)], text.lower())
