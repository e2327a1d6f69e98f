"""The Vietnamese gazetteer: provinces, districts and communes before and after the 2025 reform.

Tables are plain CSV files in `eventgraph/data/gazetteer/` (built by `tools/build_gazetteer.py` from
registry packages, plus small hand-made tables of aliases, historical units and foreign countries);
nothing here imports those packages, so loading is a few CSV reads. Names compare through
`name_key`, which ignores case, Unicode form, old/new tone placement, spaces, hyphens, dots and
apostrophes ("Thừa Thiên - Huế" = "Thừa Thiên Huế", "Liêng S’ Rônh" = "Liêng Srônh").
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import IO

from eventgraph.text import fold

# The same tone map as eventgraph.text, applied to lower-case text in one pass (keys are built for
# every unit at load time, so this path is kept short).
TONE_FIX = {"oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa", "oè": "òe", "oé": "óe",
         "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe", "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy",
         "uỵ": "ụy"}
TONE_RE = re.compile("|".join(TONE_FIX))
PRE2025, ERA_2025 = "pre2025", "2025"
LEVELS = ("province", "district", "commune")
_DROP = re.compile(r"[\s'’ʼ‘`´.\-‐‑‒–—―−]+")
# Unit words a caller may leave on a name ("quận Lê Chân"); longest first.
UNIT_WORDS = {
    "thành phố": ("province", "district"), "tp": ("province", "district"),
    "tỉnh": ("province",), "quận": ("district",), "huyện": ("district",),
    "thị xã": ("district",), "thị trấn": ("commune",), "xã": ("commune",),
    "phường": ("commune",), "đặc khu": ("commune",),
}
_WORDS_RX = "|".join(sorted(map(re.escape, UNIT_WORDS), key=len, reverse=True))
_PREFIX = re.compile(rf"^({_WORDS_RX})(?:\.\s*|\s+)(?=\S)")


# Highland names are spelt Đắk, Đăk, Đắc, Đác or Dak ("Đăk Đoa", "Đắk Đoa"), and Lắk after it as
# Lăk, Lắc, Lác or Lak ("Đác Lắc", "Dak Lak"): one key for all.
_DAK = re.compile(r"(?<!\w)[đd][ắăaá][kc](?!\w)")
_LAK = re.compile(r"(?<!\w)l[ắăaá][kc](?!\w)")


def name_key(name: str) -> str:
    """The comparison key of a place name: folded, without spaces, hyphens, dots or apostrophes."""
    low = unicodedata.normalize("NFC", name).lower().replace("ð", "đ")  # Icelandic eth in scrapes
    if "k" in low or "c" in low:  # keyed word by word too: no context is needed
        low = _LAK.sub("lắk", _DAK.sub("đắk", low))
    low = _DROP.sub("", low)
    return TONE_RE.sub(lambda m: TONE_FIX[m.group(0)], low)


@dataclass(frozen=True)
class Unit:
    """One administrative unit of one era; `parent` is the code of the unit one level up."""

    code: str
    name: str
    unit_word: str
    level: str
    parent: str | None
    era: str


def country_names() -> list[str]:
    """Every name and alias of countries.csv (countries, territories, foreign cities)."""
    return [n for r in _rows("countries.csv") for n in (r["name"], *r["aliases"].split("|")) if n]


def _rows(filename: str) -> Iterator[dict[str, str]]:
    with _open(filename) as f:
        yield from csv.DictReader(f)


def _open(filename: str) -> IO[str]:
    path = resources.files("eventgraph") / "data" / "gazetteer" / filename
    return io.TextIOWrapper(path.open("rb"), encoding="utf-8", newline="")  # as csv wants


class Gazetteer:
    """Units of both eras, old -> new succession, province aliases and foreign countries."""

    def __init__(self) -> None:
        self.units: dict[str, Unit] = {}
        self.by_key: dict[str, list[Unit]] = defaultdict(list)
        keys: dict[str, str] = {}  # many communes share a name: key each name once
        with _open("units.csv") as f:
            rows = csv.reader(f)
            next(rows)
            for code, name, word, level, parent, era in rows:
                unit = Unit(code, name, word, level, parent or None, era)
                self.units[code] = unit
                key = keys.get(name) or keys.setdefault(name, name_key(name))
                self.by_key[key].append(unit)
        self._successors: dict[str, list[str]] | None = None  # read on first use
        self.aliases: dict[str, str] = {}  # key -> canonical province name
        self.bare_aliases: set[str] = set()
        for r in _rows("aliases.csv"):
            self.aliases[name_key(r["alias"])] = r["province"]
            if r["bare"] == "1":
                self.bare_aliases.add(r["alias"])
        self.countries: dict[str, dict[str, str]] = {}  # key -> row of countries.csv
        for r in _rows("countries.csv"):
            for name in [r["name"], *filter(None, r["aliases"].split("|"))]:
                self.countries[name_key(name)] = r

    @classmethod
    @cache
    def default(cls) -> Gazetteer:
        """The gazetteer loaded from the packaged data files (loaded once, then shared)."""
        return cls()

    def lookup(self, name: str, level: str | None = None, era: str | None = None) -> list[Unit]:
        """Units called `name` (a unit word in front narrows the level), optionally of one level
        and era; province aliases ("TP.HCM", "Sài Gòn", "Thừa Thiên - Huế") are followed."""
        levels: tuple[str, ...] = (level,) if level else LEVELS
        folded = fold(name).strip()
        m = _PREFIX.match(folded)
        if m and not folded[m.end():].isdigit():  # "Quận 1" is a name, not a word + name
            levels = tuple(lv for lv in levels if lv in UNIT_WORDS[m.group(1)])
            folded = folded[m.end():]
        key = name_key(folded)
        found = list(self.by_key.get(key, ()))
        if key in self.aliases:
            found += self.by_key[name_key(self.aliases[key])]
        if not found and key.isdigit() and m:  # "quận 1" -> "Quận 1"
            found = list(self.by_key.get(name_key(name), ()))
        units = [u for u in dict.fromkeys(found) if u.level in levels and era in (None, u.era)]
        return sorted(units, key=lambda u: LEVELS.index(u.level))  # provinces first

    def province(self, unit: Unit) -> Unit | None:
        """The province `unit` lies in (the unit itself when it is a province)."""
        while unit.level != "province":
            if unit.parent is None:
                return None
            unit = self.units[unit.parent]
        return unit

    def ancestors(self, unit: Unit) -> list[Unit]:
        """The unit and the units it lies in, innermost first."""
        chain = [unit]
        while chain[-1].parent is not None:
            chain.append(self.units[chain[-1].parent])
        return chain

    def successor(self, unit: Unit) -> list[Unit]:
        """The 2025 units a pre-2025 unit became part of: the new province for a province, the new
        communes that took its land for a district or commune (empty for a 2025 unit)."""
        if self._successors is None:
            self._successors = defaultdict(list)
            with _open("mapping.csv") as f:
                rows = csv.reader(f)
                next(rows)
                for old, new in rows:
                    self._successors[old].append(new)
        return [self.units[c] for c in self._successors.get(unit.code, ())]

    def is_country(self, name: str) -> bool:
        """True for a foreign country (or Việt Nam) in Vietnamese, under any listed alias."""
        row = self.countries.get(name_key(name))
        return row is not None and row["kind"] == "country"

    def country(self, name: str) -> dict[str, str] | None:
        """The countries.csv row of a country, territory or foreign city, if listed."""
        return self.countries.get(name_key(name))

    def canonical_province_name(self, name: str) -> str | None:
        """The official name of the province (either era) that `name` denotes: "TP.HCM" ->
        "Hồ Chí Minh", "Thừa Thiên - Huế" -> "Thừa Thiên Huế", "Khánh Hoà" -> "Khánh Hòa"."""
        units = self.lookup(name, level="province")
        return units[0].name if units else None
