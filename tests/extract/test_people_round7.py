"""People and posts found while studying held-out 6 (sentences written for these tests)."""

from __future__ import annotations

from eventgraph.extract.pipeline import Pipeline
from eventgraph.model.article import Article

PIPE = Pipeline()


def posts(text: str) -> dict[str, list[str]]:
    out = PIPE(Article(id="t", text=text)).to_contract()
    return {p["name"]: p["positions"] for p in out["people"]}


def test_a_group_title_with_bcsd_goes_to_every_listed_person() -> None:
    got = posts(
        "Các Ủy viên BCSĐ, Thứ trưởng gồm: Đồng chí Lê Văn Tám, đồng chí Trần Văn Chín và đồng "
        "chí Phạm Văn Mười cùng chịu trách nhiệm."
    )
    names = ("Lê Văn Tám", "Trần Văn Chín", "Phạm Văn Mười")
    assert got == {n: ["Ủy viên BCSĐ", "Thứ trưởng"] for n in names}


def test_bcsd_is_a_body_in_a_chain_after_the_name() -> None:
    got = posts("Ông Lê Văn Tám, nguyên Bí thư BCSĐ, nguyên Bộ trưởng Bộ Xây dựng, bị kỷ luật.")
    assert got == {"Lê Văn Tám": ["nguyên Bí thư BCSĐ", "nguyên Bộ trưởng Bộ Xây dựng"]}


def test_a_publishers_head_written_with_a_dash_is_one_post() -> None:
    got = posts("Ông Lê Văn Tám, Giám đốc - Tổng biên tập Nhà xuất bản Văn Nghệ, phát biểu.")
    assert got == {"Lê Văn Tám": ["Giám đốc - Tổng biên tập Nhà xuất bản Văn Nghệ"]}
    # any other two roles joined by a dash stay two posts
    got = posts("Ông Lê Văn Tám, Giám đốc - Chủ tịch Công ty Văn Nghệ, phát biểu.")
    assert got == {"Lê Văn Tám": ["Giám đốc", "Chủ tịch Công ty Văn Nghệ"]}


def test_a_photo_aside_between_name_and_titles_is_skipped() -> None:
    got = posts("Ông Lê Văn Tám (thứ ba từ phải sang) - Bí thư Thành uỷ, tặng hoa chúc mừng.")
    assert got == {"Lê Văn Tám": ["Bí thư Thành ủy"]}
    got = posts("Ông Lê Văn Tám (bên trái), Chủ tịch UBND tỉnh, trao quyết định.")
    assert got == {"Lê Văn Tám": ["Chủ tịch UBND tỉnh"]}


def test_a_deputy_in_charge_of_a_body_is_one_of_its_deputies() -> None:
    # "Phó chủ tịch phụ trách HĐND TP" beside "phó chủ tịch HĐND TP khoá 8": one post, the shorter
    # wording stays; a portfolio ("phụ trách đô thị") is no body and stays as written
    got = posts(
        "Ông Lê Văn Tám - Phó chủ tịch phụ trách HĐND TP Đà Nẵng - được bầu. Tháng 7-2015, ông "
        "Lê Văn Tám được bầu giữ chức phó chủ tịch HĐND TP Đà Nẵng khoá 8."
    )
    assert got == {"Lê Văn Tám": ["phó chủ tịch HĐND TP Đà Nẵng khóa 8"]}
    assert posts("Ông Lê Văn Tám, Phó Chủ tịch phụ trách đô thị, phát biểu.") == {
        "Lê Văn Tám": ["Phó Chủ tịch phụ trách đô thị"]
    }


def test_posts_listed_in_brackets_after_giu_cac_chuc_vu_go_to_the_subject() -> None:
    # the bracket opens the list of posts; a person named in an aside before the verb is not its
    # subject
    got = posts(
        "Tỉnh bổ nhiệm ông Lê Văn Tám (là con trai của ông Lê Văn Chín) giữ các chức vụ (trưởng "
        "phòng, phó chủ tịch UBND huyện Thăng Bình, giám đốc Sở Kế hoạch và đầu tư) không đúng quy "
        "trình."
    )
    assert got == {
        "Lê Văn Tám": [
            "trưởng phòng", "phó chủ tịch UBND huyện Thăng Bình", "giám đốc Sở Kế hoạch và đầu tư"
        ],
        "Lê Văn Chín": [],
    }
