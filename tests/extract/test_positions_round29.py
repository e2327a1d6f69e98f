"""Round 29 (held-out 32 studied): classes of position error that recur in the corpus, each fix on
sentences of our own, with what must stay as it was beside it."""

from __future__ import annotations

from eventgraph.extract.pipeline import Pipeline
from eventgraph.model.article import Article

PIPE = Pipeline()


def posts(text: str) -> dict[str, list[str]]:
    return {
        p["name"]: p["positions"] for p in PIPE(Article(id="t", text=text)).to_contract()["people"]
    }


def test_dong_chi_alone_refers_back_as_ong_does() -> None:
    # a Party notice tells a career with "đồng chí" alone; the sentences holding no name and no
    # "ông"/"bà" were not read at all
    text = (
        "Đồng chí Lê Văn Bình sinh năm 1930. Tháng 8/1945, đồng chí làm Phó Chủ tịch Uỷ ban nhân dân "
        "tỉnh Nam Định. Năm 1960, đồng chí được cử làm Bộ trưởng bộ Công nghiệp nặng."
    )
    assert posts(text)["Lê Văn Bình"] == [
        "Phó Chủ tịch Ủy ban nhân dân tỉnh Nam Định",
        "Bộ trưởng bộ Công nghiệp nặng",
    ]


def test_dong_chi_in_a_quoted_tribute_is_not_the_speaker() -> None:
    # as before: in a quotation "đồng chí" is the one it speaks of, not the person named before it
    text = (
        'Ông Trần Văn An ghi vào sổ tang: "Trên cương vị Chủ tịch nước, đồng chí đã cống hiến trọn '
        'đời".'
    )
    assert posts(text).get("Trần Văn An", []) == []


def test_a_school_named_after_a_person_stays_in_the_post() -> None:
    # "trường THPT chuyên Nguyễn Trãi": the school's name, not a person; the career is his
    text = (
        "Ông Trần Văn Nam từng giữ các chức Hiệu trưởng trường THPT chuyên Nguyễn Trãi, Giám đốc sở "
        "Giáo dục và Đào tạo."
    )
    got = posts(text)
    assert "Nguyễn Trãi" not in got
    assert got["Trần Văn Nam"] == [
        "Hiệu trưởng trường THPT chuyên Nguyễn Trãi",
        "Giám đốc sở Giáo dục và Đào tạo",
    ]


def test_a_principal_named_after_the_school_is_still_a_person() -> None:
    # the name after the school's own name is the principal's
    text = "Hiệu trưởng Trường THCS Nguyễn Du Lê Văn Bình phát biểu."
    assert posts(text) == {"Lê Văn Bình": ["Hiệu trưởng Trường THCS Nguyễn Du"]}
