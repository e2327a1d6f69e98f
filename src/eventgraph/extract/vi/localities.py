"""Find the localities an article names: provinces, districts, communes, foreign countries.

A unit is found when a unit word or a committee word introduces it ("huyện Đức Cơ", "Quận ủy
Lê Chân", "TP. Hồ Chí Minh", "các phường Bến Thành, Bến Nghé"); provinces, countries and foreign
cities are also found bare ("tại Hà Nội", "Trung Quốc"), guarded so that people ("Nguyễn Thái
Bình"), compounds ("Pháp luật") and longer place names ("Mỹ Tho") do not count. Bare district and
commune names never count. One compiled regex scans a lower-cased copy of the text (same length,
so spans hold); names after a unit word are read from a key index of the gazetteer.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from eventgraph.extract.vi.gazetteer import PRE2025, Gazetteer, Unit
from eventgraph.extract.vi.locality_index import Found, LocalityIndex

__all__ = ["LocalityMatch", "find_localities"]


@dataclass(unsafe_hash=True)  # not frozen: see `sentences.Sentence`
class LocalityMatch:
    """A place named in the text: `name` as written (without the unit word, canonical for
    aliases such as "TP.HCM"), its span, level, unit when unambiguous, and its province's name."""

    name: str
    start: int
    end: int
    level: str
    unit: Unit | None
    province: str | None


def find_localities(text: str, context_province: str | None = None, *,
                    era: str | None = None) -> list[LocalityMatch]:
    """Every locality named in `text`, in text order (one match per mention).

    Same-named units are told apart by `context_province` and by the other places the text names;
    when still ambiguous the match has `unit=None`. `era` ("pre2025" or "2025") says which units
    the text speaks of; by default it is judged from the text (districts were abolished in 2025).
    """
    index = LocalityIndex.default()
    found = _scan(index, text)
    return _resolve(index.gazetteer, found, context_province, era or _era(found))


_last: list[tuple[str, list[Found]]] = [("", [])]  # the last text scanned, with its mentions


def _scan(index: LocalityIndex, text: str) -> list[Found]:
    """The raw mentions of `text`; a caller that resolves the same text again (first without,
    then with its main province as context) does not pay for the scan twice. The pair is read
    and replaced whole, so threads sharing it at worst scan again."""
    last_text, last_found = _last[0]
    if last_text is text or last_text == text:
        return last_found
    work, offsets = _nfc(text)
    found = index.scan(work)
    if offsets is not None:
        found = [f.shifted(offsets) for f in found]
    _last[0] = (text, found)
    return found


def _nfc(text: str) -> tuple[str, list[int] | None]:
    """NFC text, plus a map from its offsets to the input's when normalising changed lengths."""
    if unicodedata.is_normalized("NFC", text):
        return text, None
    parts, offsets = [], []
    for m in re.finditer(r"(?s).[\u0300-\u036f\u0323]*", text):
        piece = unicodedata.normalize("NFC", m.group(0))
        parts.append(piece)
        offsets += [m.start()] * len(piece)
    offsets.append(len(text))
    return "".join(parts), offsets


def _era(found: list[Found]) -> str:
    """The era the text speaks of: 2025 when it names more units that exist only after the reform
    (or a special zone) than units that exist only before it (or districts)."""
    old = new = 0
    for f in found:
        eras = {u.era for u in f.units}
        old += eras == {PRE2025} or f.word in ("quận", "huyện", "thị xã")
        new += eras == {"2025"} or f.word == "đặc khu"
    return "2025" if new > old else PRE2025


def _resolve(gaz: Gazetteer, found: list[Found], context: str | None,
             era: str) -> list[LocalityMatch]:
    """Pick each mention's unit: the text's era first, then units inside the places that the
    text (or `context`) fixes unambiguously; ambiguous mentions keep `unit=None`."""
    picked = [_in_era(f.units, era) for f in found]
    codes: set[str] = set()
    provinces = {gaz.canonical_province_name(context) or context} if context else set()
    for units in picked:
        if len(units) == 1:
            chain, names = _context_of(gaz, units[0])
            codes.update(chain)
            provinces.update(names)
    out = []
    for f, units in zip(found, picked, strict=True):
        if len(units) > 1:
            units = ([u for u in units if u.parent in codes]
                     or [u for u in units if _context_of(gaz, u)[1][:1] and
                         _context_of(gaz, u)[1][0] in provinces] or units)
        out.append(_match(gaz, f, units))
    return out


def _in_era(units: tuple[Unit, ...], era: str) -> list[Unit]:
    same = [u for u in units if u.era == era]
    return same or list(units)


@lru_cache(maxsize=1 << 15)
def _context_of(gaz: Gazetteer, unit: Unit) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The codes of the unit and its ancestors, and the name of its province followed by the
    names of the 2025 provinces that province became part of (the places it puts in context)."""
    chain = gaz.ancestors(unit)
    prov = chain[-1] if chain[-1].level == "province" else None
    names = (prov.name, *(s.name for s in gaz.successor(prov))) if prov else ()
    return tuple(u.code for u in chain), names


def _match(gaz: Gazetteer, f: Found, units: list[Unit]) -> LocalityMatch:
    unit = units[0] if len(units) == 1 else None
    levels = {u.level for u in units}
    level = levels.pop() if len(levels) == 1 else f.level
    names = {(_context_of(gaz, u)[1] or (None,))[0] for u in units}
    province = names.pop() if len(names) == 1 and f.level != "country" else None
    return LocalityMatch(f.name, f.start, f.end, level, unit, province)
