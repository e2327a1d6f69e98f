"""Classes of position error counted across every studied gold set at once (helper-65's round),
each fix on sentences of our own, with the wording that must stay as it was beside it."""

from __future__ import annotations

from eventgraph.extract.pipeline import Pipeline
from eventgraph.model.article import Article

PIPE = Pipeline()


def posts(text: str) -> dict[str, list[str]]:
    return {
        p["name"]: p["positions"] for p in PIPE(Article(id="t", text=text)).to_contract()["people"]
    }


def test_a_sector_written_by_initials_joined_by_a_dash_is_the_spelled_out_post() -> None:
    # "TN - MT" and "GD-ĐT" are "Tài nguyên và Môi trường" and "Giáo dục và Đào tạo": one post
    # each, listed in the spelled-out wording
    text = (
        "Ông Lê Văn Sơn - Giám đốc Sở Tài nguyên - Môi trường (TN - MT) tỉnh Nam Định trả lời "
        "chất vấn. Theo Giám đốc Sở TN - MT Lê Văn Sơn, rác thải đã được thu gom. "
        "Bà Phạm Thị Hoa, Giám đốc Sở Giáo dục và Đào tạo, cho biết kỳ thi an toàn. "
        "Giám đốc Sở GD-ĐT Phạm Thị Hoa đã kiểm tra các điểm thi."
    )
    got = posts(text)
    # the bracketed initials and the place after them are read with the post since round 20
    assert got["Lê Văn Sơn"] == ["Giám đốc Sở Tài nguyên - Môi trường (TN - MT) tỉnh Nam Định"]
    assert got["Phạm Thị Hoa"] == ["Giám đốc Sở Giáo dục và Đào tạo"]


def test_the_spelled_out_post_stays_whichever_wording_comes_first() -> None:
    # the initials first, with a place; the spelled-out wording joins its halves with "&"
    text = (
        "Giám đốc Sở TN & MT Ninh Bình Trần Văn Khải bị yêu cầu dừng báo cáo. Ông Trần Văn Khải, "
        "Giám đốc Sở Tài nguyên & Môi trường tỉnh Ninh Bình, xin tiếp thu."
    )
    assert posts(text)["Trần Văn Khải"] == ["Giám đốc Sở Tài nguyên & Môi trường tỉnh Ninh Bình"]


def test_a_ministry_by_its_initials_is_one_post_with_its_name() -> None:
    text = (
        "Bộ trưởng Bộ Giao thông Vận tải Ngô Văn Đông đã trả lời chất vấn. Đại biểu Hà Văn Lâm "
        "đề nghị Bộ trưởng Bộ GTVT Ngô Văn Đông cho biết tiến độ dự án."
    )
    assert posts(text)["Ngô Văn Đông"] == ["Bộ trưởng Bộ Giao thông Vận tải"]


def test_the_wording_that_names_the_ministry_stays_beside_a_shorter_spelled_one() -> None:
    # "Thứ trưởng Giao thông Vận tải" drops "Bộ": the wording with "Bộ" stays, as before
    text = (
        "Ủy ban Kiểm tra cảnh cáo ông Đỗ Văn Bình, Thứ trưởng Bộ GTVT. "
        "Thứ trưởng Giao thông Vận tải Đỗ Văn Bình. Ảnh: TL"
    )
    assert posts(text)["Đỗ Văn Bình"] == ["Thứ trưởng Bộ GTVT"]


def test_initials_not_in_the_table_are_left_as_written() -> None:
    # "XK - NK" is no sector of the abbreviation table: the two wordings stay two
    text = "Ông Vũ Văn Tài, Trưởng phòng XK - NK, cho biết đơn hàng tăng."
    assert posts(text)["Vũ Văn Tài"] == ["Trưởng phòng XK - NK"]


def test_a_span_of_time_before_the_posts_gives_them_to_the_person_after_its_comma() -> None:
    # "Trong thời gian giữ các chức vụ X, Y (years), ông A": the bracket of years stands between
    # the posts and their holder, as after "Với cương vị"
    text = (
        "Ủy ban Kiểm tra Trung ương kết luận về ông Lê Văn Hải, Thứ trưởng Bộ Xây dựng. Trong "
        "thời gian giữ các chức vụ Bí thư Đảng ủy, Giám đốc Công ty Cơ khí Hà Nam, Chủ tịch HĐQT "
        "Công ty cổ phần Thép Hà Nam (từ năm 2005 đến năm 2011), ông Lê Văn Hải đã có vi phạm."
    )
    assert posts(text)["Lê Văn Hải"] == [
        "Thứ trưởng Bộ Xây dựng",
        "Bí thư Đảng ủy",
        "Giám đốc Công ty Cơ khí Hà Nam",
        "Chủ tịch HĐQT Công ty cổ phần Thép Hà Nam",
    ]


def test_a_span_of_time_with_a_former_name_in_brackets_reaches_a_short_reference() -> None:
    text = (
        "Bà Trần Thị Mai, Phó Chủ tịch UBND tỉnh, bị kỷ luật. Trong thời gian là Giám đốc Sở "
        "Công nghiệp (nay là Sở Công thương), bà Mai đã thiếu trách nhiệm."
    )
    assert posts(text)["Trần Thị Mai"] == ["Phó Chủ tịch UBND tỉnh", "Giám đốc Sở Công nghiệp"]


def test_a_span_of_time_whose_comma_is_followed_by_no_person_gives_no_post() -> None:
    # the clause after the comma has a body as its subject: the posts are nobody's named here
    text = (
        "Ông Đỗ Văn Nam dự họp. Trong thời gian là Giám đốc Sở Công nghiệp (nay là Sở Công "
        "thương), cơ quan này đã triển khai nhiều dự án."
    )
    assert posts(text)["Đỗ Văn Nam"] == []


def test_a_post_after_dam_nhiem_vi_tri_is_the_subjects() -> None:
    # "đảm nhiệm vị trí" names the post as "giữ vị trí" does; a national student body is read whole
    text = (
        "Anh Đỗ Minh Khoa 38 tuổi, là thạc sĩ Sinh học, từng đảm nhiệm vị trí Bí thư Thành đoàn "
        "Hải Phòng, Bí thư Trung ương Đoàn, Chủ tịch Hội sinh viên Việt Nam. "
        "Với quyết định này, ông Lê Văn Tâm tiếp tục đảm nhận vị trí Phó ban Tuyên giáo Trung ương."
    )
    got = posts(text)
    assert got["Đỗ Minh Khoa"] == [
        "Bí thư Thành đoàn Hải Phòng",
        "Bí thư Trung ương Đoàn",
        "Chủ tịch Hội sinh viên Việt Nam",
    ]
    assert got["Lê Văn Tâm"] == ["Phó ban Tuyên giáo Trung ương"]


def test_dam_nhiem_vi_tri_without_a_post_after_it_gives_none() -> None:
    text = "Ông Trần Văn Lộc đảm nhiệm vị trí quan trọng trong nhiều năm."
    assert posts(text)["Trần Văn Lộc"] == []


def test_a_post_elected_in_addition_goes_to_the_person_after_doi_voi() -> None:
    # "bầu bổ sung X … đối với đồng chí A" gives A the post, as "bầu X … đối với" does
    text = (
        "Hội nghị đã bầu bổ sung Ủy viên UBND tỉnh, nhiệm kỳ 2021-2026 đối với đồng chí Trần "
        "Minh Thắng - Giám đốc Sở Tư pháp."
    )
    assert posts(text)["Trần Minh Thắng"] == ["Giám đốc Sở Tư pháp", "Ủy viên UBND tỉnh"]


def test_elected_in_addition_to_a_body_is_no_post() -> None:
    text = "Ông Lê Văn Hòa được bầu bổ sung vào Ban Thường vụ Tỉnh ủy."
    assert posts(text)["Lê Văn Hòa"] == []


def test_a_number_that_ends_a_company_name_stays_with_the_post() -> None:
    # found by the span-of-time frame above: "… Xi măng Hà Tiên 1," was read without its "1"
    text = "Ông Lê Văn Hải, Giám đốc Công ty Sông Đà 5, cho biết công trình đã xong."
    assert posts(text)["Lê Văn Hải"] == ["Giám đốc Công ty Sông Đà 5"]


def test_a_number_before_a_word_is_not_part_of_the_body() -> None:
    text = "Ông Lê Văn Hải, Bí thư Tỉnh ủy Hà Nam 2 nhiệm kỳ, cho biết."
    assert posts(text)["Lê Văn Hải"] == ["Bí thư Tỉnh ủy Hà Nam"]
