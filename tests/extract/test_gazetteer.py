"""The gazetteer tables: lookups across spellings, old -> new succession, countries, aliases."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventgraph.extract.vi.gazetteer import ERA_2025, PRE2025, Gazetteer, name_key

GAZ = Gazetteer.default()
PROVINCE_NAMES = sorted({u.name for u in GAZ.units.values() if u.level == "province"})


def only(units):
    assert len(units) == 1, units
    return units[0]


@pytest.mark.parametrize("written", ["Khánh Hoà", "Khánh Hòa", "KHÁNH HOÀ", "khánh  hòa",
                                     unicodedata.normalize("NFD", "Khánh Hoà")])
def test_lookup_ignores_tone_placement_case_form_and_spacing(written):
    unit = only(GAZ.lookup(written, level="province", era=PRE2025))
    assert unit.name == "Khánh Hòa" and unit.unit_word == "tỉnh"


def test_lookup_old_and_new_spellings_of_uy():
    old_style = GAZ.lookup("Thuỷ Nguyên", level="district")
    assert old_style == GAZ.lookup("Thủy Nguyên", level="district")
    assert GAZ.lookup("Thủy Nguyên", level="district")


def test_a_unit_word_in_front_narrows_the_level():
    unit = only(GAZ.lookup("quận Lê Chân"))
    assert (unit.level, unit.unit_word, unit.era) == ("district", "quận", PRE2025)
    assert GAZ.province(unit).name == "Hải Phòng"
    assert only(GAZ.lookup("Quận 1")).unit_word == "quận"
    assert only(GAZ.lookup("quận 1")) == only(GAZ.lookup("Quận 1"))


def test_both_eras_and_their_filters():
    assert {u.era for u in GAZ.lookup("Gia Lai", level="province")} == {PRE2025, ERA_2025}
    assert GAZ.lookup("Bình Định", level="province", era=ERA_2025) == []
    assert only(GAZ.lookup("Bình Định", level="province", era=PRE2025)).code == "pre2025-p52"


def test_province_of_a_commune_and_of_a_province():
    commune = only(GAZ.lookup("phường Bến Thành", era=PRE2025))
    assert GAZ.province(commune).name == "Hồ Chí Minh"
    gia_lai = only(GAZ.lookup("Gia Lai", level="province", era=ERA_2025))
    assert GAZ.province(gia_lai) is gia_lai


def test_binh_dinh_became_part_of_gia_lai():
    binh_dinh = only(GAZ.lookup("tỉnh Bình Định", era=PRE2025))
    assert [u.name for u in GAZ.successor(binh_dinh)] == ["Gia Lai"]
    assert GAZ.successor(binh_dinh)[0].era == ERA_2025


def test_a_haiphong_district_maps_to_2025_communes_of_haiphong():
    le_chan = only(GAZ.lookup("quận Lê Chân"))
    after = GAZ.successor(le_chan)
    assert after and all(u.era == ERA_2025 and u.level == "commune" for u in after)
    assert {GAZ.province(u).name for u in after} == {"Hải Phòng"}
    assert "Lê Chân" in {u.name for u in after}  # the 2025 ward that kept the name


def test_merged_province_and_its_district_land_in_the_same_new_province():
    hai_duong = only(GAZ.lookup("Hải Dương", level="province", era=PRE2025))
    assert [u.name for u in GAZ.successor(hai_duong)] == ["Hải Phòng"]
    duc_co = only(GAZ.lookup("huyện Đức Cơ"))
    assert {GAZ.province(u).name for u in GAZ.successor(duc_co)} == {"Gia Lai"}
    assert GAZ.successor(GAZ.successor(duc_co)[0]) == []  # a 2025 unit has no successor


def test_every_pre2025_province_has_a_2025_successor():
    old = [u for u in GAZ.units.values() if u.level == "province" and u.era == PRE2025]
    new = [u for u in GAZ.units.values() if u.level == "province" and u.era == ERA_2025]
    # the 63 provinces of the snapshot, and Hà Tây (merged into Hà Nội in 2008;
    # historical_units.csv)
    historical = [u.name for u in old if u.code.startswith("pre2025-px")]
    assert (len(old) - len(historical), len(new), historical) == (63, 34, ["Hà Tây"])
    for unit in old:
        after = GAZ.successor(unit)
        assert len(after) == 1 and after[0].era == ERA_2025, unit


def test_same_named_communes_are_many_and_told_apart_by_province():
    tan_lap = GAZ.lookup("xã Tân Lập", era=PRE2025)
    assert len(tan_lap) > 10
    in_phu_tho = [u for u in tan_lap if GAZ.province(u).name == "Phú Thọ"]
    assert len(in_phu_tho) == 1


@pytest.mark.parametrize("name", ["Trung Quốc", "Hoa Kỳ", "Mỹ", "Nhật Bản", "Lào", "Campuchia",
                                  "Úc", "Australia", "Cuba", "Việt Nam", "Hàn Quốc", "Ấn Độ"])
def test_countries(name):
    assert GAZ.is_country(name)


@pytest.mark.parametrize("name", ["Hải Phòng", "Vientiane", "Bình Nhưỡng", "Tây Nguyên", ""])
def test_not_countries(name):
    assert not GAZ.is_country(name)  # provinces, foreign cities, regions


@pytest.mark.parametrize(("written", "canonical"), [
    ("TP.HCM", "Hồ Chí Minh"), ("TP HCM", "Hồ Chí Minh"), ("TPHCM", "Hồ Chí Minh"),
    ("Sài Gòn", "Hồ Chí Minh"), ("Thành phố Hồ Chí Minh", "Hồ Chí Minh"),
    ("Thừa Thiên - Huế", "Thừa Thiên Huế"), ("Huế", "Huế"), ("Hoà Bình", "Hòa Bình"),
    ("Thanh Hoá", "Thanh Hóa"), ("Bà Rịa Vũng Tàu", "Bà Rịa - Vũng Tàu"), ("Đăk Lăk", "Đắk Lắk"),
    ("tỉnh Bình Định", "Bình Định")])
def test_canonical_province_name(written, canonical):
    assert GAZ.canonical_province_name(written) == canonical


def test_canonical_province_name_of_a_non_province():
    assert GAZ.canonical_province_name("Lê Chân") is None
    assert GAZ.canonical_province_name("Tây Nguyên") is None


@given(st.sampled_from(PROVINCE_NAMES), st.sampled_from(["NFC", "NFD"]),
       st.sampled_from([str, str.upper, str.lower]))
def test_name_key_is_blind_to_form_case_and_tone(name, form, case):
    old_tone = name.replace("òa", "oà").replace("óa", "oá").replace("ủy", "uỷ")
    written = unicodedata.normalize(form, case(old_tone))
    assert name_key(written) == name_key(name)
    assert GAZ.lookup(written, level="province")


@pytest.mark.parametrize("written", ["Đắk Lắk", "Đăk Lăk", "Đắc Lắc", "Đác Lắc", "Dak Lak", "Đắk Lắc"])
def test_highland_spellings_are_one_province(written: str) -> None:
    from eventgraph.extract.vi.localities import find_localities

    assert name_key(written) == name_key("Đắk Lắk")
    found = find_localities(f"Đoàn công tác của Bộ làm việc với tỉnh {written} về cây cà phê.")
    assert [(f.name, f.unit.name) for f in found] == [(written, "Đắk Lắk")]
