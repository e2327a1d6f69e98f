"""Bare plan numbers found on held-out 5 (sentences written for these tests)."""

from __future__ import annotations

from eventgraph.extract.pipeline import Pipeline
from eventgraph.model.article import Article

PIPE = Pipeline()


def codes(text: str) -> list[str]:
    return [d["code"] for d in PIPE(Article(id="t", text=text)).to_contract()["directives"]]


def test_a_plan_called_by_its_number_alone_is_no_document() -> None:
    got = codes("“Báo cáo của sở chẳng khác gì kế hoạch 135. Đề nghị dừng chất vấn”, ông nói.")
    assert got == []


def test_a_bare_plan_number_with_its_issuer_after_it_is_still_read() -> None:
    got = codes("Sở đã thực hiện theo kế hoạch 212 của UBND tỉnh và kế hoạch số 30 của Sở.")
    assert got == ["212", "30"]
