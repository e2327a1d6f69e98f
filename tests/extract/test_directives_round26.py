"""Directive dates and issuers found on held-out 26 (sentences written for these tests)."""

from __future__ import annotations

from eventgraph.extract.pipeline import Pipeline
from eventgraph.model.article import Article

PIPE = Pipeline()


def directives(text: str) -> dict[str, dict]:
    found = PIPE(Article(id="t", text=text, published="2016-08-01")).to_contract()["directives"]
    return {d["code"]: d for d in found}


def test_cung_before_the_verb_ends_the_issuers_name() -> None:
    # "cũng" is an adverb of the verb, as "đã": the body before it issues the code, on that date
    got = directives(
        "Ngày 15/6/2016, Huyện uỷ Hải Hậu có quyết định số 70-QĐ/HU về việc kỷ luật ông Bình. "
        "Đến ngày 23/6/2016, UBND huyện Hải Hậu cũng có quyết định số 14-QĐ/UBND về việc kỷ luật."
    )
    assert got["14-QĐ/UBND"]["issuer"] == "UBND huyện Hải Hậu"
    assert got["14-QĐ/UBND"]["date"] == "2016-06-23"
    assert got["70-QĐ/HU"]["issuer"] == "Huyện ủy Hải Hậu"


def test_cung_da_before_the_verb_too() -> None:
    got = directives(
        "Trước đó, Thanh tra huyện Hải Hậu cũng đã có Kết luận Thanh tra số 05/KL-TTr về những sai "
        "phạm tại xã."
    )
    assert got["05/KL-TTr"]["issuer"] == "Thanh tra huyện Hải Hậu"
