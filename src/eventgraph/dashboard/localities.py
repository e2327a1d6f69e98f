"""Old and new provinces: which map (before or after the 2025 reform) a province name belongs to.

The graph stores provinces by name as the news wrote them; the gazetteer knows both maps and which
new province each old one became part of. When the gazetteer is not installed, every province reads
as "unknown" rather than failing the page."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True)
class Era:
    """Where a province name sits: "new" (2025 map only), "both" (on both maps), "old" (merged into
    `successor`) or "unknown"."""

    status: str
    successor: str | None = None


@cache
def _gazetteer():  # type: ignore[no-untyped-def]
    try:
        from eventgraph.extract.vi.gazetteer import Gazetteer
    except ImportError:
        return None
    return Gazetteer.default()


@cache
def era(name: str) -> Era:
    """The era of the province called `name`."""
    gaz = _gazetteer()
    if gaz is None:
        return Era("unknown")
    units = gaz.lookup(name, level="province")
    eras = {u.era for u in units}
    if not eras:
        return Era("unknown")
    if eras == {"2025"}:
        return Era("new")
    if "2025" in eras:
        return Era("both")
    old = next(u for u in units if u.era != "2025")
    heirs = [u.name for u in gaz.successor(old) if u.level == "province"]
    return Era("old", heirs[0] if heirs else None)


@cache
def province_in(name: str) -> str:
    """The province a body's name places it in, from its last words: "Ban Thường vụ Tỉnh ủy Nghệ
    An" -> "Nghệ An", "UBND TP.HCM" -> "Hồ Chí Minh"; "" for a central body ("Bộ Chính trị") or a
    name that names no province ("Đảng ủy phường")."""
    gaz = _gazetteer()
    words = name.split()
    if gaz is None or not words:
        return ""
    for n in range(min(4, len(words)), 0, -1):  # the longest tail first: "Hồ Chí Minh", not "Minh"
        units = gaz.lookup(" ".join(words[-n:]), level="province")
        if units:
            return units[0].name
    return ""
