"""Bare project numbers found on held-out 6 (sentences written for these tests)."""

from __future__ import annotations

from eventgraph.extract.pipeline import Pipeline
from eventgraph.model.article import Article

PIPE = Pipeline()


def codes(text: str) -> list[str]:
    return [d["code"] for d in PIPE(Article(id="t", text=text)).to_contract()["directives"]]


def test_a_project_called_by_its_number_alone_is_no_document() -> None:
    assert codes("Tỉnh đã xây dựng và thực hiện Đề án 215 về sắp xếp bộ máy.") == []


def test_a_project_paper_with_so_or_a_symbol_is_still_read() -> None:
    got = codes("Tỉnh ủy ban hành Đề án số 06-ĐA/TU và Nghị quyết 15-NQ/TU về sắp xếp bộ máy.")
    assert got == ["06-ĐA/TU", "15-NQ/TU"]
