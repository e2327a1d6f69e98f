"""The whole-text prefilters of the meetings component open every sentence its per-sentence gates
open (sentences written for these tests), so the prefilters change what is read in no case."""

from __future__ import annotations

import re

import pytest

from eventgraph.extract.doc import Doc
from eventgraph.extract.vi import meetings as M
from eventgraph.model.article import Article

SENTENCES = [
    "Đồng chí Lê Văn An chủ trì hội nghị.",
    "CHỦ TRÌ HỘI NGHỊ LÀ ĐỒNG CHÍ TRẦN VĂN BA.",
    "Hai ông Đồng Chủ Tọa phiên họp.",
    "Điều hành phiên thảo luận có ông Phạm Văn Cường.",
    "Ông Nguyễn Văn Dũng phát biểu chỉ đạo.",
    "PHÁT BIỂU tại hội nghị, bà Lê Thị Hoa nêu rõ.",
    "Chủ trì: ông Hoàng Văn Em.",
    "Ban chủ trìu mến và điều hànhh nhầm chữ không phải động từ.",
    "Trường học tổ chức lễ khai giảng năm học mới.",
    "Hội nghị diễn ra trong hai ngày.",
]


def _doc(sentences: list[str]) -> Doc:
    return Doc.from_article(Article(id="t", text=" ".join(sentences)))


@pytest.mark.parametrize(
    ("gate", "scan"), [(M._MAYBE_CHAIR, M._CHAIR_SCAN), (M._MAYBE_SPEAKER, M._SPEAKER_SCAN)]
)
def test_the_scan_opens_every_sentence_the_gate_opens(
    gate: re.Pattern[str], scan: re.Pattern[str]
) -> None:
    doc = _doc(SENTENCES)
    assert len(doc.sentences) == len(SENTENCES)
    gated = {n for n, s in enumerate(doc.sentences) if gate.search(doc.text, s.start, s.end)}
    assert gated  # the sentences hold both kinds of verb
    assert gated <= doc.touched(scan)
    assert doc.touched(scan) != set(range(len(SENTENCES)))  # and it is a filter: some stay shut


def test_touched_gives_every_sentence_a_match_overlaps() -> None:
    doc = _doc(["Hội nghị bắt đầu.", "Đại biểu dự họp.", "Kết thúc."])
    assert doc.touched(re.compile(r"đầu\. Đại")) == {0, 1}  # a match across the boundary: both
    assert doc.touched(re.compile("Kết")) == {2}
    assert doc.touched(re.compile("không có")) == set()
