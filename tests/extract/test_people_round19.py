"""Round 19: held-out 18's faculty read as a person and posts cut short inside a body's name;
sentences written for these tests."""

from __future__ import annotations

from eventgraph.extract.pipeline import Pipeline
from eventgraph.model.article import Article

PIPE = Pipeline()


def people(text: str) -> list[tuple[str, list[str]]]:
    out = PIPE(Article(id="t", text=text)).to_contract()
    return [(p["name"], p["positions"]) for p in out["people"]]


def test_a_faculty_after_an_honorific_is_no_person() -> None:
    text = (
        "Ông Vương Minh, Giáo sư Khoa Luật, Đại học Bắc Kinh, cho biết Chủ tịch nước có nhiệm kỳ "
        "5 năm."
    )
    assert people(text) == [("Vương Minh", [])]


def test_a_presidium_is_one_body_whatever_its_case() -> None:
    text = "Ông Lý Minh, Chủ tịch Đoàn chủ tịch kỳ họp, tuyên bố khai mạc."
    assert people(text) == [("Lý Minh", ["Chủ tịch Đoàn chủ tịch kỳ họp"])]
    front = "Bà Trần Thị Lan, Ủy viên Đoàn chủ tịch Ủy ban Trung ương MTTQ Việt Nam, đã phát biểu."
    assert people(front) == [
        ("Trần Thị Lan", ["Ủy viên Đoàn chủ tịch Ủy ban Trung ương MTTQ Việt Nam"])
    ]


def test_an_associations_head_is_hoi_truong() -> None:
    text = "Ông Lê Văn Nam, Phó Hội trưởng Hội Chữ thập đỏ tỉnh, cho biết."
    assert people(text) == [("Lê Văn Nam", ["Phó Hội trưởng Hội Chữ thập đỏ tỉnh"])]


def test_north_korean_names_as_the_press_writes_them() -> None:
    text = (
        "Bộ trưởng Ngoại giao Triều Tiên Ri Yong Ho và Bộ trưởng Bộ Ngoại giao Pec Nam Sun đã "
        "được nhắc tới trong bài."
    )
    assert people(text) == [
        ("Ri Yong Ho", ["Bộ trưởng Ngoại giao Triều Tiên"]),
        ("Pec Nam Sun", ["Bộ trưởng Bộ Ngoại giao"]),
    ]


def test_dbqh_before_a_two_word_name_is_the_role() -> None:
    # "ĐBQH" ends a local body too ("Đoàn ĐBQH Lâm Đồng", a place after it); alone it is the role
    text = "Góp ý về dự án luật, ĐBQH Lê Tạo (đoàn Lâm Đồng) cho rằng cần sửa đổi."
    assert people(text) == [("Lê Tạo", ["ĐBQH"])]
    place = "Ông Trần Văn Nam, Phó Trưởng đoàn ĐBQH Lâm Đồng, cho biết."
    assert people(place) == [("Trần Văn Nam", ["Phó Trưởng đoàn ĐBQH Lâm Đồng"])]


def test_a_post_held_beside_another_before_the_name_keeps_both() -> None:
    text = "Phó Thủ tướng kiêm Bộ trưởng Ngoại giao Lê Văn Nam đã tiếp đoàn."
    assert people(text) == [("Lê Văn Nam", ["Phó Thủ tướng", "Bộ trưởng Ngoại giao"])]
    comma = "Đề xuất được trình Bí thư Tỉnh ủy, kiêm Trưởng đoàn ĐBQH tỉnh Lê Văn Nam xem xét."
    assert people(comma) == [("Lê Văn Nam", ["Bí thư Tỉnh ủy", "Trưởng đoàn ĐBQH tỉnh"])]


def test_a_two_word_name_after_the_fronts_full_name_is_a_person() -> None:
    text = "Bí thư Trung ương Đảng, Chủ tịch Mặt trận Tổ quốc Việt Nam Lê Đảm thăm tỉnh."
    assert people(text) == [
        ("Lê Đảm", ["Bí thư Trung ương Đảng", "Chủ tịch Mặt trận Tổ quốc Việt Nam"])
    ]
    province = "Ông Lê Văn Nam, Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bình Định, cho biết."
    assert people(province) == [
        ("Lê Văn Nam", ["Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bình Định"])
    ]
