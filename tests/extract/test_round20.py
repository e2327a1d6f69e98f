"""Round 20: held-out 19's position error classes that generalise, each on sentences of our own,
with the reading that must stay as it was beside it."""

from __future__ import annotations

from eventgraph.extract.pipeline import Pipeline
from eventgraph.model.article import Article

PIPE = Pipeline()


def extract(text: str) -> dict:
    return PIPE(Article(id="t", text=text)).to_contract()


def posts(text: str) -> dict[str, list[str]]:
    return {p["name"]: p["positions"] for p in extract(text)["people"]}


def test_spaced_initials_in_brackets_keep_the_post_with_the_name_after_them() -> None:
    # "(NN & PTNT)" between the title and the name: the post is the minister's, not the name's
    # before the comma
    got = posts(
        "Cùng dự có Phó thủ tướng Lê Minh Khái, Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn "
        "(NN & PTNT) Trần Văn Hòa và đại diện các tỉnh."
    )
    assert got["Lê Minh Khái"] == ["Phó thủ tướng"]
    assert got["Trần Văn Hòa"] == ["Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn (NN & PTNT)"]
    # a one-letter bracket is no body's initials
    assert posts("Ông Trần Văn Hòa, Bí thư Tỉnh ủy (X) cho biết như vậy.")["Trần Văn Hòa"] == [
        "Bí thư Tỉnh ủy"
    ]


def test_a_post_with_bracketed_initials_and_its_short_wording_are_one_post() -> None:
    got = posts(
        "Ông Lê Văn Tâm - giám đốc Sở Tài nguyên và môi trường (TN - MT) Nghệ An - trả lời chất "
        "vấn. Ông Lê Văn Tâm - giám đốc Sở TN - MT tỉnh Nghệ An - xin rút kinh nghiệm."
    )
    assert got["Lê Văn Tâm"] == ["giám đốc Sở Tài nguyên và môi trường (TN - MT) Nghệ An"]


def test_the_air_defence_service_is_read_whole_in_lower_case() -> None:
    # "không" ends a title elsewhere; inside this service's name it does not
    got = posts(
        "Đối với trung tướng Phạm Văn Lực, nguyên chính uỷ Quân chủng phòng không - không quân, "
        "Uỷ ban kết luận ông phải chịu trách nhiệm."
    )
    assert got["Phạm Văn Lực"] == [
        "trung tướng",
        "nguyên chính ủy Quân chủng phòng không - không quân",
    ]


def test_a_move_from_one_post_to_another_gives_the_post_left() -> None:
    got = posts(
        "Ông Hồ Văn Lâm từ Phó ban Dân vận lên giữ chức Trưởng ban Dân vận Tỉnh ủy; ông Đỗ Minh "
        "Sang được điều chuyển từ Phó chủ tịch UBND huyện sang giữ chức Bí thư Huyện ủy."
    )
    assert got["Hồ Văn Lâm"] == ["Phó ban Dân vận", "Trưởng ban Dân vận Tỉnh ủy"]
    assert got["Đỗ Minh Sang"] == ["Phó chủ tịch UBND huyện", "Bí thư Huyện ủy"]


def test_from_a_post_without_a_move_or_a_change_of_rank_gives_nothing() -> None:
    # a source ("nhận thư từ Chủ tịch nước về việc …") and a move with no new post after it
    assert posts("Ông Hồ Văn Lâm nhận thư từ Chủ tịch nước về việc này.")["Hồ Văn Lâm"] == []
    # a change of rank is no past post ("thăng quân hàm từ Thượng tướng lên Đại tướng")
    got = posts(
        "Chủ tịch nước đã trao quyết định thăng quân hàm từ Thượng tướng lên Đại tướng đối với "
        "ông Hồ Văn Lâm, Bộ trưởng Bộ Quốc phòng."
    )
    assert "Thượng tướng" not in got["Hồ Văn Lâm"]


def test_a_rank_before_the_name_of_a_person_named_earlier_is_not_a_post_of_the_frame() -> None:
    got = posts(
        "Về thiếu tướng Vũ Đức Minh, nguyên uỷ viên Quân uỷ Trung ương, Ban Bí thư nhận thấy "
        "trong thời gian giữ cương vị bí thư Đảng uỷ - chính uỷ và phó bí thư Đảng uỷ - tư lệnh "
        "Quân khu 5, thiếu tướng Vũ Đức Minh chịu trách nhiệm chính."
    )
    assert all("Vũ Đức Minh" not in p for p in got["Vũ Đức Minh"])
    # a place's name that holds an honorific stays in the post ("phường Cầu Ông Lãnh")
    got = posts(
        "Ông Lý Văn Hải giữ các chức vụ Phó trưởng phòng Kinh tế quận 1; Bí thư Đảng ủy, Chủ tịch "
        "UBND phường Cầu Ông Lãnh; Chủ nhiệm Ủy ban Kiểm tra Quận ủy quận 1."
    )
    assert "Chủ tịch UBND phường Cầu Ông Lãnh" in got["Lý Văn Hải"]


def test_still_or_while_holding_a_post_is_holding_it() -> None:
    # "vẫn còn làm X", "khi còn là X": "còn" is "still", no denial; "không còn là X" stays one
    got = posts("Cử tri hỏi vì sao ông Lưu Văn Tân bị kỷ luật mà vẫn còn làm chủ tịch UBND huyện.")
    assert got["Lưu Văn Tân"] == ["chủ tịch UBND huyện"]
    assert posts("Ông Lưu Văn Tân không còn là đại biểu Quốc hội.")["Lưu Văn Tân"] == []
