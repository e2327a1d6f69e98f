#!/usr/bin/env python3
"""Build the gazetteer tables in src/eventgraph/data/gazetteer/ from registry packages.

Sources (installed in the venv; the runtime never imports them):
  * vietnam-provinces   -> the 34 provinces and 3,321 communes of 2025 (GSO names and codes)
  * vietnamadminunits   -> the 63 provinces, 696 districts and ~10,000 communes before July 2025
                           (admin_units_legacy) and the old -> new commune mapping (converter_2025)
  * vietnam-address-converter -> an independent old -> new mapping, used only as a cross-check

Writes units.csv (code,name,unit_word,level,parent_code,era) and mapping.csv (old_code,new_code),
then prints how far the two mappings agree. The hand-made tables (countries.csv, aliases.csv,
historical_units.csv, …) are read here only to map historical units; they are edited by hand.

    .venv/bin/python tools/build_gazetteer.py
"""

from __future__ import annotations

import csv
import json
import sqlite3
import sys
from collections import defaultdict
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
from eventgraph.extract.vi.gazetteer import name_key  # noqa: E402
from eventgraph.text import nfc  # noqa: E402

OUT = ROOT / "src" / "eventgraph" / "data" / "gazetteer"
PRE, NEW = "pre2025", "2025"
UNIT_WORDS = ("thành phố trung ương", "thành phố", "thị trấn", "thị xã", "đặc khu",
              "tỉnh", "quận", "huyện", "phường", "xã")


def clean(text: str) -> str:
    """NFC and single spaces; the spelling (tone placement included) stays the registry's."""
    return " ".join(nfc(text).split())


def split_type(full: str) -> tuple[str, str]:
    """'Thành phố Hà Nội' -> ('thành phố', 'Hà Nội'); numbered units keep the word ('Quận 1')."""
    text = clean(full)
    low = text.lower()
    for word in UNIT_WORDS:
        if low.startswith(word + " "):
            rest = text[len(word) + 1:]
            word = "thành phố" if word == "thành phố trung ương" else word
            return word, (text if rest[:1].isdigit() else rest)
    raise ValueError(f"no unit word in {full!r}")


def code(era: str, level: str, gso: str | int, width: int) -> str:
    return f"{era}-{level[0]}{int(gso):0{width}d}"


def units_2025() -> tuple[list[dict], dict[tuple[str, str], str]]:
    """2025 provinces and communes from vietnam-provinces; also a (province, folded name) index."""
    path = resources.files("vietnam_provinces") / "data" / "nested-divisions.json"
    rows, index = [], {}
    for p in json.loads(path.read_text(encoding="utf-8")):
        try:
            word, name = split_type(p["name"])
        except ValueError:  # provinces are listed without their unit word
            word, name = p["division_type"], clean(p["name"])
        pcode = code(NEW, "province", p["code"], 2)
        rows.append(dict(code=pcode, name=name, unit_word=word, level="province",
                         parent_code="", era=NEW))
        index[(pcode, "")] = pcode
        for w in p["wards"]:
            word, name = split_type(w["name"])
            wcode = code(NEW, "commune", w["code"], 5)
            rows.append(dict(code=wcode, name=name, unit_word=word, level="commune",
                             parent_code=pcode, era=NEW))
            index[(pcode, name_key(name))] = wcode
    return rows, index


def legacy_db() -> sqlite3.Connection:
    path = resources.files("vietnamadminunits") / "data" / "dataset.db"
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


# The legacy snapshot already shows Huế under its January 2025 name; the 2009-2024 news that
# the pre-2025 era serves calls the province Thừa Thiên Huế (its city Huế is in historical_units).
LEGACY_RENAME = {"46": ("tỉnh", "Thừa Thiên Huế")}
HUE_OLD = name_key("Thừa Thiên Huế")  # the converter's old rows already say "Huế"


def units_pre2025(db: sqlite3.Connection) -> tuple[list[dict], dict[tuple[str, ...], str]]:
    """Pre-2025 provinces, districts and communes from vietnamadminunits; also a key index."""
    rows, index, seen = [], {}, set()
    query = ("select province, provinceCode, provinceKey, district, districtCode, districtKey,"
             " ward, wardCode, wardKey from admin_units_legacy order by provinceCode,"
             " districtCode, wardCode")
    for prov, pc, pk, dist, dc, dk, ward, wc, wk in db.execute(query):
        pcode, dcode = code(PRE, "province", pc, 2), code(PRE, "district", dc, 3)
        if pcode not in seen:
            seen.add(pcode)
            word, name = LEGACY_RENAME.get(pc) or split_type(prov)
            rows.append(dict(code=pcode, name=name, unit_word=word, level="province",
                             parent_code="", era=PRE))
            index[(pk,)] = pcode
        if dcode not in seen:
            seen.add(dcode)
            word, name = split_type(dist)
            rows.append(dict(code=dcode, name=name, unit_word=word, level="district",
                             parent_code=pcode, era=PRE))
            index[(pk, dk)] = dcode
        if ward:
            word, name = split_type(ward)
            wcode = code(PRE, "commune", wc, 5)
            rows.append(dict(code=wcode, name=name, unit_word=word, level="commune",
                             parent_code=dcode, era=PRE))
            index[(pk, dk, wk)] = wcode
    return rows, index


def new_key_index(db: sqlite3.Connection, by_name: dict) -> dict[tuple[str, str], str]:
    """vietnamadminunits' 2025 keys -> our 2025 codes, matched by province code and name."""
    out = {}
    query = "select provinceCode, provinceKey, ward, wardKey from admin_units"
    for pc, pk, ward, wk in db.execute(query):
        pcode = code(NEW, "province", pc, 2)
        out[(pk, "")] = pcode
        wcode = by_name.get((pcode, name_key(split_type(ward)[1])))
        if wcode is None:
            raise SystemExit(f"2025 commune {ward} ({pc}) is not in vietnam-provinces")
        out[(pk, wk)] = wcode
    return out


def mapping(old_index: dict, new_index: dict) -> set[tuple[str, str]]:
    """Old commune -> new commune pairs from converter_2025, lifted to districts and provinces."""
    path = resources.files("vietnamadminunits") / "data" / "converter_2025.json"
    conv = json.loads(path.read_text(encoding="utf-8"))
    pairs: set[tuple[str, str]] = set()
    for new_pk, old_pks in conv["DICT_PROVINCE"].items():
        for old_pk in old_pks:
            pairs.add((old_index[(old_pk,)], new_index[(new_pk, "")]))
    for new_pk, wards in conv["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for new_wk, old_keys in wards.items():
            for old_key in old_keys:
                pairs |= lifted(old_index, tuple(old_key.split("_")), new_index[(new_pk, new_wk)])
    for new_pk, olds in conv["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old_key, news in olds.items():
            for new in news:
                pairs |= lifted(old_index, tuple(old_key.split("_")),
                                new_index[(new_pk, new["newWardKey"])])
    return pairs


def lifted(old_index: dict, key: tuple[str, ...], new_code: str) -> set[tuple[str, str]]:
    """The old commune (island districts have none) and its district both map to new_code."""
    pairs = {(old_index[key[:2]], new_code)}
    if len(key) == 3 and key[2]:
        pairs.add((old_index[key], new_code))
    return pairs


def historical(units: list[dict], pairs: set[tuple[str, str]]) -> None:
    """Add hand-listed units that the snapshot lacks. `became` names snapshot units whose
    successors the unit inherits (Quận 2 -> what Thủ Đức became), or 2025 units directly."""
    by_code = {u["code"]: u for u in units}
    with (OUT / "historical_units.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            parts = row.pop("became").split("|")
            units.append({k: row[k] for k in ("code", "name", "unit_word", "level",
                                              "parent_code", "era")})
            for part in parts:
                assert part in by_code, f"historical_units.csv: unknown unit {part}"
                if by_code[part]["era"] == NEW:
                    pairs.add((row["code"], part))
                else:
                    pairs |= {(row["code"], new) for old, new in pairs if old == part}


def supplement(units: list[dict], pairs: set[tuple[str, str]]) -> int:
    """Add the pre-2025 communes that vietnam-address-converter knows and the vietnamadminunits
    snapshot lacks (mostly communes merged from late 2024 to June 2025, still named in older
    news), with the new commune the converter maps each to. Spelling variants of a commune we
    already have (same name without diacritics in the same district) are skipped."""
    from vietnam_address_converter.data import DEFAULT_DATA

    from eventgraph.text import strip_diacritics

    by_code = {u["code"]: u for u in units}
    districts, communes, new_by_name = {}, set(), {}
    for u in units:
        if u["era"] == PRE and u["level"] == "district":
            districts[(name_key(by_code[u["parent_code"]]["name"]), name_key(u["name"]))] = u
        elif u["era"] == PRE and u["level"] == "commune":
            communes.add((u["parent_code"], strip_diacritics(name_key(u["name"]))))
        elif u["era"] == NEW and u["level"] == "commune":
            new_by_name[(name_key(by_code[u["parent_code"]]["name"]), name_key(u["name"]))] = u
    added = 0
    for r in DEFAULT_DATA["mapping"]["rows"]:
        o, n = r["old"], r["new"]
        if not o["ward_name"]:
            continue
        pk = short_key(o["province_name"])
        district = districts.get((HUE_OLD if pk == "huế" else pk,
                                  short_key(o["district_name"])))
        try:
            word, name = split_type(o["ward_name"])
        except ValueError:
            continue
        new = new_by_name.get((short_key(n["province_name"]), short_key(n["ward_name"])))
        if district is None or new is None:
            continue
        wcode = f"{PRE}-cx{int(o['ward_code']):06d}"
        pairs.add((wcode, new["code"]))
        if (district["code"], strip_diacritics(name_key(name))) in communes:
            continue
        communes.add((district["code"], strip_diacritics(name_key(name))))
        units.append(dict(code=wcode, name=name, unit_word=word, level="commune",
                          parent_code=district["code"], era=PRE))
        added += 1
    known = {u["code"] for u in units}
    pairs -= {p for p in pairs if p[0] not in known}
    return added


def cross_check(units: list[dict], pairs: set[tuple[str, str]]) -> str:
    """Share of vietnam-address-converter's old -> new commune rows that our mapping also has."""
    from vietnam_address_converter.data import DEFAULT_DATA

    by_code = {u["code"]: u for u in units}
    ours = defaultdict(set)
    for old, new in pairs:
        o, n = by_code[old], by_code[new]
        if o["level"] == "commune":
            d = by_code[o["parent_code"]]
            p = by_code[d["parent_code"]]
            key = (name_key(p["name"]), name_key(d["name"]), name_key(o["name"]))
            ours[key].add(name_key(n["name"]))
    agree = known = 0
    for r in DEFAULT_DATA["mapping"]["rows"]:
        o = r["old"]
        if not o["ward_name"]:  # island districts without communes
            continue
        key = (short_key(o["province_name"]), short_key(o["district_name"]),
               short_key(o["ward_name"]))
        key = (HUE_OLD, *key[1:]) if key[0] == "huế" else key
        if key in ours:
            known += 1
            agree += short_key(r["new"]["ward_name"]) in ours[key]
    total = len(DEFAULT_DATA["mapping"]["rows"])
    return (f"address-converter rows: {total}; old commune found in ours: {known}; "
            f"same new commune: {agree} ({agree / max(known, 1):.1%})")


def short_key(full: str) -> str:
    """The name key without the unit word; the converter lists a few units without one."""
    try:
        return name_key(split_type(full)[1])
    except ValueError:
        return name_key(full)


def write_csv(path: Path, fields: list[str], rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def main() -> int:
    new_rows, new_by_name = units_2025()
    db = legacy_db()
    old_rows, old_index = units_pre2025(db)
    pairs = mapping(old_index, new_key_index(db, new_by_name))
    units = old_rows + new_rows
    historical(units, pairs)
    check = cross_check(units, pairs)  # before the converter's own rows are added
    print("added from vietnam-address-converter:", supplement(units, pairs), "communes")
    write_csv(OUT / "units.csv", ["code", "name", "unit_word", "level", "parent_code", "era"],
              units)
    write_csv(OUT / "mapping.csv", ["old_code", "new_code"],
              [dict(old_code=o, new_code=n) for o, n in sorted(pairs)])
    counts = defaultdict(int)
    for u in units:
        counts[(u["era"], u["level"])] += 1
    print("units:", dict(sorted(counts.items())), "mapping pairs:", len(pairs))
    print(check)
    return 0


if __name__ == "__main__":
    sys.exit(main())
