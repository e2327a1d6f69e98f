"""Directive issuers and dates found on held-out 35 (sentences written for these tests)."""

from __future__ import annotations

from eventgraph.extract.pipeline import Pipeline
from eventgraph.extract.vi.issuers import term_of
from eventgraph.model.article import Article

PIPE = Pipeline()


def directives(text: str) -> dict[str, dict]:
    found = PIPE(Article(id="t", text=text)).to_contract()["directives"]
    return {d["code"]: d for d in found}


def test_a_term_in_arabic_numerals_stays_with_the_issuer() -> None:
    got = directives(
        "Tỉnh sơ kết 10 năm thực hiện Nghị quyết số 26 của Bộ Chính trị khoá 10 về phát triển "
        "miền núi. Sau 10 năm thực hiện Nghị quyết 26/NQ-TW, nhiều chỉ tiêu đã đạt."
    )
    assert got["26/NQ-TW"]["issuer"] == "Bộ Chính trị khóa 10"


def test_a_term_in_roman_numerals_is_read_as_before() -> None:
    got = directives("Căn cứ Quy định số 102-QĐ/TW của Bộ Chính trị khoá XII về kỷ luật.")
    assert got["102-QĐ/TW"]["issuer"] == "Bộ Chính trị khóa XII"


def test_a_number_that_runs_into_a_date_is_no_term() -> None:
    got = directives("Căn cứ Quy định số 102-QĐ/TW của Bộ Chính trị khoá 9/2019 về kỷ luật.")
    assert got["102-QĐ/TW"]["issuer"] == "Bộ Chính trị"


def test_the_term_of_an_issuer_in_either_numerals() -> None:
    assert term_of("Bộ Chính trị khoá 9") == "IX"
    assert term_of("Bộ Chính trị khóa XII") == "XII"
    assert term_of("Bộ Chính trị") is None


def test_issued_on_a_day_after_the_code_and_its_issuer() -> None:
    got = directives(
        "Từ khi Quyết định số 5120/QĐ-UBND của UBND tỉnh Nam Định được ban hành vào ngày "
        "12/10/2014, khu đất không còn tranh chấp."
    )
    assert got["5120/QĐ-UBND"]["date"] == "2014-10-12"
    assert got["5120/QĐ-UBND"]["issuer"] == "UBND tỉnh Nam Định"


def test_issued_by_a_body_on_a_day_after_the_code() -> None:
    got = directives(
        "Theo Quyết định 45/QĐ-TTg do Thủ tướng ban hành ngày 4/8/2015 về tiêu chuẩn xe công, "
        "các chức danh được bố trí xe."
    )
    assert got["45/QĐ-TTg"]["date"] == "2015-08-04"
    assert got["45/QĐ-TTg"]["issuer"] == "Thủ tướng Chính phủ"


def test_a_body_after_do_without_an_issuing_date_dates_nothing() -> None:
    got = directives(
        "Theo Quyết định 45/QĐ-TTg do Thủ tướng phê duyệt, ngày 4/8/2015 các tỉnh triển khai."
    )
    assert got["45/QĐ-TTg"]["date"] is None
