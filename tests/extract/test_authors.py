"""Bylines and photo credits, on lines written for these tests."""

from __future__ import annotations

import pytest

from eventgraph.extract.pipeline import Pipeline
from eventgraph.model.article import Article

PIPE = Pipeline(["eventgraph.dateline.v1", "eventgraph.authors.v2", "eventgraph.people.v7"])
BODY = "Sáng 6/4, Ban Thường vụ Tỉnh ủy tổ chức hội nghị cán bộ toàn tỉnh về công tác xây dựng Đảng.\n\n"


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        ("Minh Châu. Ảnh: Lê Hùng", ["Lê Hùng", "Minh Châu"]),
        ("Các đại biểu dự hội nghị. Ảnh VGP / Quốc Dũng", ["Quốc Dũng"]),
        ("Quang cảnh hội nghị - Ảnh: NGỌC ANH", ["Ngọc Anh"]),
        ("Đồ hoạ: Bảo Trâm.", ["Bảo Trâm"]),
        ("Công tác xây dựng Đảng được chú trọng. Thu Hà (Tổng hợp)", ["Thu Hà"]),
        ("Quang cảnh hội nghị (ảnh: T.L)", ["T.L"]),
        # news agencies, outlets and sources are not authors
        ("Theo TTXVN", []),
        ("Hội nghị diễn ra trong một ngày. Ảnh: SGGP", []),
        ("Quang cảnh hội nghị (ảnh: Báo Nhân Dân).", []),
        # a caption naming a person is not a byline
        ("Ông Nguyễn Văn An.", []),
    ],
)
def test_bylines_and_credits(tail: str, expected: list[str]) -> None:
    out = PIPE(Article(id="t", text=BODY + tail))
    assert sorted(out.authors) == sorted(expected)


def test_authors_are_not_people() -> None:
    out = PIPE(
        Article(
            id="t",
            text=BODY
            + "Đồng chí Lê Văn Tâm, Bí thư Tỉnh ủy phát biểu.\n\nHoàng Minh. Ảnh: Đức Anh",
        )
    )
    assert [p.name for p in out.people] == ["Lê Văn Tâm"]
    assert out.authors == ["Đức Anh", "Hoàng Minh"]
