"""The document-code grammar, the kind and issuer tables, on phrases written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from eventgraph.extract.vi.codes import find_codes
from eventgraph.extract.vi.directives import symbol_kind
from eventgraph.extract.vi.issuer_names import read_org
from eventgraph.extract.vi.issuers import central_term, from_code, localize, proper_case


def codes(text: str) -> list[str]:
    return [m.code.text for m in find_codes(text)]


@pytest.mark.parametrize(
    ("text", "code", "number", "year", "symbol"),
    [
        ("theo Kết luận số 21-KL/TW của Trung ương", "21-KL/TW", "21", None, "KL/TW"),
        ("Kế hoạch số 122-KH/TU ngày 28/2/2022", "122-KH/TU", "122", None, "KH/TU"),
        ("Nghị quyết 15-NQ/TW về chính sách xã hội", "15-NQ/TW", "15", None, "NQ/TW"),
        ("Nghị quyết số 05-NQ-TW của Hội nghị", "05-NQ-TW", "05", None, "NQ-TW"),  # typo kept
        ("Kết luận 10KL/TU được ban hành", "10KL/TU", "10", None, "KL/TU"),
        ("theo 10KL/TU của Tỉnh ủy", "10KL/TU", "10", None, "KL/TU"),
        ("Chương trình hành động số 35-CTr/TU của Tỉnh ủy", "35-CTr/TU", "35", None, "CTr/TU"),
        ("Nghị quyết số 01/NQ-CP của Chính phủ", "01/NQ-CP", "01", None, "NQ-CP"),
        ("Quyết định số 1234/QĐ-TTg của Thủ tướng", "1234/QĐ-TTg", "1234", None, "QĐ-TTg"),
        ("Quyết định 42/QĐ-UBND ngày 9/1/2012", "42/QĐ-UBND", "42", None, "QĐ-UBND"),
        ("Nghị định số 100/2019/NĐ-CP quy định", "100/2019/NĐ-CP", "100", 2019, "NĐ-CP"),
        ("Luật số 45/2024/QH15 được thông qua", "45/2024/QH15", "45", 2024, "QH15"),
        ("Thông tư 20/2023/TT-BTC hướng dẫn", "20/2023/TT-BTC", "20", 2023, "TT-BTC"),
        ("Kế hoạch số 2616/KH-BNN-TCLN ngày 7/5", "2616/KH-BNN-TCLN", "2616", None, "KH-BNN-TCLN"),
        ("tại Công văn số 1621/SKHĐT-TH ngày", "1621/SKHĐT-TH", "1621", None, "SKHĐT-TH"),
        ("Kết luận số 08/KL-TTr của Thanh tra tỉnh", "08/KL-TTr", "08", None, "KL-TTr"),
        ("Kế hoạch số 258/KH-UBND", "258/KH-UBND", "258", None, "KH-UBND"),
        ("Kết luận số 100 - KL/TW ngày", "100-KL/TW", "100", None, "KL/TW"),  # spaces dropped
        ("Quyết định số 1679/QĐ- TTg ngày", "1679/QĐ-TTg", "1679", None, "QĐ-TTg"),
        ("Quyết định số 41 - TTg ngày 24-1-1977", "41-TTg", "41", None, "TTg"),
        ("kết luận số 19/KL/TW trong việc", "19/KL/TW", "19", None, "KL/TW"),
        ("NQ số 29/TW tháng 11 năm 2013", "29/TW", "29", None, "TW"),
        ("Công văn số 8918/VPCP-V.I ngày", "8918/VPCP-V.I", "8918", None, "VPCP-V.I"),
        ("Nghị quyết số 76/2025/UBTVQH15.", "76/2025/UBTVQH15", "76", 2025, "UBTVQH15"),
        # the term number written apart after the National Assembly's letters, not a date's day
        ("Nghị quyết số 12/NQ-UBTVQH 14 ngày 3/5/2018", "12/NQ-UBTVQH14", "12", None, "NQ-UBTVQH14"),
        ("Nghị quyết 30/2021/QH 15.", "30/2021/QH15", "30", 2021, "QH15"),
        ("Nghị quyết số 12/NQ-UBTVQH 14/5/2019", "12/NQ-UBTVQH", "12", None, "NQ-UBTVQH"),
        ("văn bản 12/UBTVQH 15 đại biểu ký", "12/UBTVQH", "12", None, "UBTVQH"),
        # ... and before a verb, not only before "ngày"/"của" or punctuation
        ("Nghị quyết 7/NQ-UBTVQH 15 phê chuẩn bà B", "7/NQ-UBTVQH15", "7", None, "NQ-UBTVQH15"),
        ("Nghị quyết 7/NQ-UBTVQH 15.4 triệu", "7/NQ-UBTVQH", "7", None, "NQ-UBTVQH"),
        ("Nghị định 61 / CP của Chính phủ", "61/CP", "61", None, "CP"),
        ("kết luận số 19 KL / TW ngày", "19KL/TW", "19", None, "KL/TW"),
        ("Số: 48/KH-UBND\nTuyên Quang, ngày", "48/KH-UBND", "48", None, "KH-UBND"),
        ("CHƯƠNG\nTRÌNH SỐ 47-CTR/TU NGÀY", "47-CTR/TU", "47", None, "CTR/TU"),
    ],
)
def test_code_forms(
    text: str, code: str | None, number: str, year: int | None, symbol: str
) -> None:
    found = [m for m in find_codes(text) if not m.bare]
    if code is None:
        assert found == []
        return
    assert len(found) == 1, found
    c = found[0].code
    assert (c.text, c.number, c.year, c.symbol) == (code, number, year, symbol)


@pytest.mark.parametrize(
    "text",
    [
        "ngày 25/10/2021 tại Hà Nội",  # a date
        "quy hoạch tỷ lệ 1/5.000 của thành phố",
        "đạt 2019 - Đồ án tốt nghiệp",
        "quận 1 - TPHCM",  # capitals, but no kind word and no known issuer
        "Giấy xác nhận số 07/GXN-STNMT ngày 24/4/2017",
        "virus COVID-19 lan rộng",
        "có 5 KL/TW",  # a space after the number only after a kind word
    ],
)
def test_not_codes(text: str) -> None:
    assert [m for m in find_codes(text) if not m.bare] == []


@pytest.mark.parametrize(
    ("text", "number", "word"),
    [
        ("ký ban hành chỉ thị số 27 của Bộ Chính trị", "27", "chỉ thị"),
        ("thực hiện Nghị quyết 128 của Chính phủ", "128", "Nghị quyết"),
        ("theo NQ 54 phải đúng pháp luật", "54", "NQ"),
        ("(Nghị quyết 42)", "42", "Nghị quyết"),
    ],
)
def test_bare_numbers(text: str, number: str, word: str) -> None:
    (m,) = find_codes(text)
    assert (m.bare, m.code.number, m.word) == (True, number, word)


@pytest.mark.parametrize(
    "text",
    [
        "Kế hoạch 5 năm 2021-2025",
        "đã kết luận 73 tổ chức đảng",
        "thi hành kỷ luật 3 cá nhân",
        "dự thảo Luật 2 phương án",
        "Nghị quyết năm 2019",
    ],
)
def test_numbers_that_are_not_documents(text: str) -> None:
    assert find_codes(text) == []


def test_spellings_of_one_code_share_a_key() -> None:
    a, b, c, d = (
        m.code
        for m in find_codes(
            "Chỉ thị số 21-CT/TW, Chỉ thị 21/CT-TW, Chỉ thị số 19/CT-TTG và Chỉ thị số 19/CT-TTg"
        )
    )
    assert a.key == b.key and c.key == d.key and a.key != c.key


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Kết luận số 21-KL/TW", "Kết luận"),
        ("Thông báo kết luận số 50-TB/TW", "Thông báo"),
        ("Chương trình hành động số 32-CT/TU", "Chương trình"),  # the word wins over the letters
        ("Quy định số 102-QĐ/TW", "Quy định"),
        ("Quyết định số 99-QĐ/TW", "Quyết định"),
        ("Văn bản số 510/TTr-SYT", "Tờ trình"),  # a generic word: the letters decide
        ("Văn bản 16937/BGTVT-QLDN", "Công văn"),  # a dispatch has no kind letters
        ("Công văn số 7554/VP-KGVX", "Công văn"),
        ("Công điện số 570/CĐ-TTg", "Công điện"),
        ("các Nghị định của Chính phủ: Số 78/2025/NĐ-CP", "Nghị định"),
        ("NQ số 29/TW", "Nghị quyết"),
        ("Kế hoạch thực hiện Chương trình phòng, chống ma túy số 389/KHPCMT-CCB", "Kế hoạch"),
    ],
)
def test_kinds(text: str, kind: str) -> None:
    m = [x for x in find_codes(text) if not x.bare][-1]
    assert (m.word_kind or symbol_kind(m)) == kind


@pytest.mark.parametrize(
    ("code", "province", "issuer"),
    [
        ("1234/QĐ-TTg", None, "Thủ tướng Chính phủ"),
        ("01/NQ-CP", None, "Chính phủ"),
        ("20/2023/TT-BTC", None, "Bộ Tài chính"),
        ("45/2024/QH15", None, "Quốc hội khóa XV"),
        ("76/2025/UBTVQH15", None, "Ủy ban Thường vụ Quốc hội khóa XV"),
        ("2616/KH-BNN-TCLN", None, "Bộ Nông nghiệp và Phát triển nông thôn"),
        ("122-KH/TU", "Hải Phòng", "Thành ủy Hải Phòng"),
        ("25-KH/TU", "Yên Bái", "Tỉnh ủy Yên Bái"),
        ("122-KH/TU", None, None),  # which province's committee is unknown
        ("42/QĐ-UBND", "Lào Cai", "UBND tỉnh Lào Cai"),
        ("176-TB/VPTU", "Hồ Chí Minh", "Văn phòng Thành ủy Hồ Chí Minh"),
        ("21-KL/TW", None, None),  # Ban Chấp hành, Bộ Chính trị or Ban Bí thư: the text must say
    ],
)
def test_issuer_from_code_letters(code: str, province: str | None, issuer: str | None) -> None:
    (m,) = find_codes(f"văn bản số {code}")
    assert from_code(m.code, province, "") == issuer


def test_a_codes_own_letters_are_not_the_article_naming_its_issuer() -> None:
    (m,) = find_codes("Nghị quyết số 33/NQ-UBTVQH 15 ngày 2/3/2021")
    text = "Theo Nghị quyết số 33/NQ-UBTVQH 15 ngày 2/3/2021, các tỉnh sắp xếp đơn vị hành chính."
    assert from_code(m.code, None, text) == "Ủy ban Thường vụ Quốc hội khóa XV"


def test_issuer_from_code_letters_keeps_the_articles_wording() -> None:
    (m,) = find_codes("Văn bản 16937/BGTVT-QLDN")
    text = "Bộ GTVT đã có văn bản. Theo Bộ GTVT, văn bản 16937/BGTVT-QLDN bị hủy."
    assert from_code(m.code, None, text) == "Bộ GTVT"


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (
            "của Ban Chấp hành Trung ương Đảng khóa XIII về đẩy mạnh",
            "Ban Chấp hành Trung ương Đảng khóa XIII",
        ),
        ("của Ban Thường vụ Thành ủy thực hiện Kết luận", "Ban Thường vụ Thành ủy"),
        (
            "của Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XII về",
            "Ban Chấp hành Trung ương Đảng khóa XII",
        ),
        ("của Hội nghị Trung ương 4 (khóa X) về", "Ban Chấp hành Trung ương Đảng khóa X"),
        ("của Bộ Nông nghiệp và PTNT, triển khai", "Bộ Nông nghiệp và PTNT"),
        ("của Bộ Văn hóa, Thể thao và Du lịch về", "Bộ Văn hóa, Thể thao và Du lịch"),
        (
            "của Ban Chỉ đạo quốc gia phòng, chống dịch bệnh COVID-19; Chỉ thị",
            "Ban Chỉ đạo quốc gia phòng, chống dịch bệnh COVID-19",
        ),
        ("của Giám đốc Sở Kế hoạch và Đầu tư tại Công văn", "Sở Kế hoạch và Đầu tư"),
        ("của Thủ tướng. UBND tỉnh", "Thủ tướng Chính phủ"),
        ("của Ban Thường vụ Tỉnh ủy và Kết luận số", "Ban Thường vụ Tỉnh ủy"),
        ("của Ban tổ chức lễ tang, nguyên", "Ban tổ chức lễ tang"),
    ],
)
def test_read_issuer(text: str, issuer: str) -> None:
    assert read_org(text, 4)[0] == issuer


def test_read_issuer_stops_at_the_signers_name() -> None:
    text = "của Chủ tịch UBND tỉnh Gia Lai Võ Ngọc Thành đã ký"
    assert read_org(text, 4)[0] == "UBND tỉnh Gia Lai"


@pytest.mark.parametrize(
    ("issuer", "province", "expected"),
    [
        ("Ban Thường vụ Thành ủy", "Hải Phòng", "Ban Thường vụ Thành ủy Hải Phòng"),
        ("UBND tỉnh", "Tây Ninh", "UBND tỉnh Tây Ninh"),
        ("Hội đồng nhân dân", "Thanh Hóa", "Hội đồng nhân dân tỉnh Thanh Hóa"),
        ("Ủy ban nhân dân", "Đà Nẵng", "Ủy ban nhân dân thành phố Đà Nẵng"),
        ("Thanh tra tỉnh Gia Lai", "Gia Lai", "Thanh tra tỉnh Gia Lai"),
        ("Bộ Chính trị", "Hải Phòng", "Bộ Chính trị"),
        ("UBND tỉnh", None, "UBND tỉnh"),
    ],
)
def test_localize(issuer: str, province: str | None, expected: str) -> None:
    assert localize(issuer, province) == expected


@pytest.mark.parametrize(
    ("header", "name"),
    [
        ("ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "Ủy ban nhân dân tỉnh Lào Cai"),
        ("BỘ GIÁO DỤC VÀ ĐÀO TẠO", "Bộ Giáo dục và Đào tạo"),
        ("CHÍNH PHỦ", "Chính phủ"),
        ("TỈNH ỦY BÀ RỊA - VŨNG TÀU", "Tỉnh ủy Bà Rịa - Vũng Tàu"),
        ("TỈNH ỦY", "Tỉnh ủy"),
    ],
)
def test_proper_case(header: str, name: str) -> None:
    assert proper_case(header) == name


@pytest.mark.parametrize(
    ("day", "term"),
    [
        (dt.date(2013, 6, 1), "XI"),
        (dt.date(2016, 1, 27), "XI"),
        (dt.date(2016, 2, 1), "XII"),
        (dt.date(2021, 1, 30), "XII"),
        (dt.date(2021, 10, 25), "XIII"),
        (dt.date(2026, 3, 1), "XIV"),
        (dt.date(1999, 1, 1), None),
    ],
)
def test_central_terms(day: dt.date, term: str | None) -> None:
    assert central_term(day) == term


def test_kind_word_used_as_a_verb_before_a_count() -> None:
    assert find_codes("Hội nghị đã kết luận 2 vấn đề lớn") == []
    assert [m.code.number for m in find_codes("theo Kết luận 21 của Bộ Chính trị")] == ["21"]


def test_a_government_code_with_its_year_after_a_hyphen() -> None:
    # the Government's resolutions of 2016-2019 were numbered "19-2018/NQ-CP"
    got = [(m.code.text, m.code.year) for m in find_codes("theo Nghị quyết số 7-2017/NQ-CP về cải cách")]
    assert got == [("7-2017/NQ-CP", 2017)]


def test_unknown_kind_letters_before_a_known_issuer_count_in_a_list_only() -> None:
    listed = find_codes("các công điện 688/CĐ-TTg ngày 3/2/2031, 89/ĐK-TTg ngày 4/2/2031")
    assert [m.code.text for m in listed] == ["688/CĐ-TTg", "89/ĐK-TTg"]
    assert [m.code.text for m in find_codes("theo 89/ĐK-TTg ngày 4/2/2031")] == []
