"""Round 21: held-out 20's people error classes that generalise (foreign leaders after a country
or a state's formal name, styles of address, a party's name, the titles a list shares), each on
sentences of our own, with the reading that must stay as it was beside it."""

from __future__ import annotations

from eventgraph.extract.pipeline import Pipeline
from eventgraph.model.article import Article

PIPE = Pipeline()


def extract(text: str) -> dict:
    return PIPE(Article(id="t", text=text)).to_contract()


def posts(text: str) -> dict[str, list[str]]:
    return {p["name"]: p["positions"] for p in extract(text)["people"]}


def test_a_foreign_name_after_a_country_that_holds_a_family_name() -> None:
    # "Cổ" of "Mông Cổ" and "Thái" of "Thái Lan" are family names too: no name starts there
    got = posts(
        "Tổng thống Mông Cổ Batbold Enkhtur và Bộ trưởng Ngoại giao Thái Lan Don Sirikul đã "
        "gửi điện chia buồn."
    )
    assert got["Batbold Enkhtur"] == ["Tổng thống Mông Cổ"]
    assert got["Don Sirikul"] == ["Bộ trưởng Ngoại giao Thái Lan"]
    # the reading that must stay: a province, then a Vietnamese name
    assert posts("Bí thư Tỉnh ủy Thái Bình Ngô Văn Hải phát biểu.") == {
        "Ngô Văn Hải": ["Bí thư Tỉnh ủy Thái Bình"]
    }


def test_a_state_form_before_the_country_keeps_the_title_and_the_name() -> None:
    got = posts(
        "Thủ tướng Vương quốc Campuchia Hun Sen và Tổng thống Cộng hòa Pháp Marc Laval hội đàm."
    )
    assert got["Hun Sen"] == ["Thủ tướng Vương quốc Campuchia"]
    assert got["Marc Laval"] == ["Tổng thống Cộng hòa Pháp"]
    # an initial alone is no name
    assert "V" not in posts("Tổng thống Liên bang Nga V. Petrov đã gửi điện mừng.")


def test_a_style_of_address_between_the_title_and_the_name() -> None:
    got = posts(
        "Chủ tịch Thượng viện Campuchia Samdech Sok Vanna và Phó Thủ tướng kiêm Bộ trưởng Nội vụ "
        "Samdech Chea Dara đã tới viếng."
    )
    assert got["Sok Vanna"] == ["Chủ tịch Thượng viện Campuchia"]
    assert got["Chea Dara"] == ["Phó Thủ tướng", "Bộ trưởng Nội vụ"]


def test_tu_do_is_part_of_a_party_name() -> None:
    # "do" ends a title elsewhere ("do Bộ trưởng A dẫn đầu")
    got = posts("Ông Kenji Morita, Tổng Thư ký Đảng Dân chủ Tự do Nhật Bản, đã gửi điện.")
    assert got["Kenji Morita"] == ["Tổng Thư ký Đảng Dân chủ Tự do Nhật Bản"]


def test_a_semicolon_after_names_joined_by_commas_closes_the_shared_title() -> None:
    got = posts(
        "Dự lễ có: Thủ tướng Phạm Văn An; các nguyên Chủ tịch nước: Lê Văn Bình, Trần Văn Cường; "
        "Chủ tịch Ủy ban Trung ương MTTQ Việt Nam Đỗ Văn Dũng và nhiều đại biểu."
    )
    assert got["Lê Văn Bình"] == ["nguyên Chủ tịch nước"]
    assert got["Trần Văn Cường"] == ["nguyên Chủ tịch nước"]
    assert got["Đỗ Văn Dũng"] == ["Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"]


def test_a_list_split_by_semicolons_from_its_colon_still_shares_the_title() -> None:
    # the readings that must stay: items split by semicolons from the start share the title, and
    # bare names after a semicolon go on the list
    got = posts(
        "Dự có các đồng chí Ủy viên Bộ Chính trị: Thường trực Ban Bí thư Lê Văn Bình; Bộ trưởng "
        "Công an Trần Văn Cường."
    )
    assert got["Trần Văn Cường"] == ["Ủy viên Bộ Chính trị", "Bộ trưởng Công an"]
    got = posts(
        "Ban Bí thư có thêm các ông: Lê Văn Bình, Trần Văn Cường; Đỗ Văn Dũng, Phạm Văn An."
    )
    assert set(got) == {"Lê Văn Bình", "Trần Văn Cường", "Đỗ Văn Dũng", "Phạm Văn An"}
