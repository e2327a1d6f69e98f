"""Directive dates, issuers and lineage found on held-out 25 (sentences written for these tests)."""

from __future__ import annotations

from eventgraph.extract.pipeline import Pipeline
from eventgraph.model.article import Article

PIPE = Pipeline()


def directives(text: str) -> dict[str, dict]:
    found = PIPE(Article(id="t", text=text)).to_contract()["directives"]
    return {d["code"]: d for d in found}


def test_a_list_that_repeats_so_shares_the_issuer_of_its_last_item() -> None:
    got = directives(
        "Tỉnh quán triệt các Nghị quyết số 05-NQ/TW, số 06-NQ/TW, số 07-NQ/TW của Hội nghị "
        "Trung ương 4 khoá XI về công tác cán bộ."
    )
    assert {c: d["issuer"] for c, d in got.items()} == dict.fromkeys(
        ("05-NQ/TW", "06-NQ/TW", "07-NQ/TW"), "Ban Chấp hành Trung ương Đảng khóa XI"
    )


def test_a_short_form_the_article_tied_to_a_code_is_a_lineage_target() -> None:
    got = directives(
        "Quốc hội đã thông qua Nghị quyết số 15/2019/QH14 về thí điểm (Nghị quyết 15). Ngày "
        "2/8/2019, Thủ tướng ban hành Quyết định số 980/QĐ-TTg phê duyệt đề án. Bộ Tài chính ban "
        "hành Chỉ thị số 07/CT-BTC ngày 9/8/2019 của Bộ Tài chính về việc thực hiện Nghị quyết 15 "
        "và Quyết định 980."
    )
    assert got["07/CT-BTC"]["implements"] == ["15/2019/QH14", "980/QĐ-TTg"]


def test_a_bare_number_tied_to_no_code_links_nothing() -> None:
    got = directives(
        "Bộ Tài chính ban hành Chỉ thị số 07/CT-BTC ngày 9/8/2019 về việc thực hiện Nghị quyết "
        "15 và Quyết định 980."
    )
    assert got["07/CT-BTC"]["implements"] == []


def test_the_date_of_the_issuing_clause_after_a_leading_phrase() -> None:
    got = directives(
        "Báo cáo nêu rõ, ngày 3/4/2015, UBND tỉnh Nam Định đã ban hành Kế hoạch số 27/KH-UBND "
        "về cải cách hành chính; tiếp theo đó, ngày 9/6/2015 ban hành Quyết định số "
        "880/QĐ-UBND về quy chế phối hợp."
    )
    assert got["27/KH-UBND"]["date"] == "2015-04-03"
    assert got["880/QĐ-UBND"]["date"] == "2015-06-09"


def test_a_meeting_date_before_a_speaker_is_not_the_documents() -> None:
    got = directives(
        "Tại hội nghị ngày 3/4/2015, ông Trần Văn Hải cho biết UBND tỉnh đã ban hành Kế hoạch "
        "số 27/KH-UBND về cải cách hành chính."
    )
    assert got["27/KH-UBND"]["date"] is None
