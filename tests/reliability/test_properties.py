"""Property-based: on any text the extractor never crashes, never emits a fact without provenance,
and what it writes always passes the SHACL shapes; the loaders turn any bytes into an article or a
failure, never an exception."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventgraph.extract.pipeline import extract
from eventgraph.ingest.readers import Failure, read_inputs
from eventgraph.model.article import Article
from eventgraph.shacl import validate_extraction

# Fragments of the genre (written for this test), recombined with noise so rules meet odd neighbours.
FRAGMENTS = [
    "Sáng 6/4, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị", "Đồng chí Nguyễn Văn An, Ủy viên Trung ương Đảng,",
    "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì hội nghị.", "Dự hội nghị có các đồng chí: Lê Thị Bình - "
    "Phó Chủ tịch UBND tỉnh; Trần Văn Cường - Giám đốc Sở Nội vụ.", "Kế hoạch số 45-KH/TU ngày 12/3/2025",
    "thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị", "Căn cứ Quyết định 1234/QĐ-TTg;",
    "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 112/KH-UBND\nNghệ An, ngày 02 tháng 4 năm 2025",
    "tại huyện Tuy Phước, tỉnh Bình Định", "nguyên Phó Chủ tịch UBND thành phố Hải Phòng",
    "quyền Giám đốc Sở", "kiêm Chủ tịch Ủy ban MTTQ", "Chiều 21.4, tại TP.HCM,", "hôm qua",
    "dưới sự chủ trì của đồng chí Phạm Minh Đức", "Ảnh: Quốc Huy", "(", ")", ";", ",", "\n\n", " - ",
    "Thanh ủy", "Hoà Bình", "uỷ", "Đ", "số", "ngày 31/2/2024", "ông", "bà",
]
TEXTS = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), min_size=1, max_size=25).map(" ".join)


def _facts_with_evidence(ex):  # type: ignore[no-untyped-def]
    for p in ex.people:
        yield from ((f"person {p.name}", e) for e in p.evidence[:1])
        yield from ((f"position {x.title}", x.evidence) for x in p.positions)
    for m in ex.meetings:
        yield f"meeting {m.name}", m.evidence
        yield from ((f"participant {x.name}", x.evidence or m.evidence) for x in m.participants)
    yield from ((f"directive {d.code}", d.evidence) for d in ex.directives)
    yield from ((f"locality {loc.name}", loc.evidence) for loc in ex.localities)


@settings(max_examples=150, deadline=None)
@given(TEXTS, st.sampled_from([None, "2025-04-06", "2016-01-01"]))
def test_extraction_never_crashes_and_every_fact_has_provenance(text: str, published: str | None) -> None:
    if not text.strip():
        return
    article = Article(id="p", text=text, published=published)
    ex = extract(article)
    for what, ev in _facts_with_evidence(ex):
        assert ev is not None, f"{what} has no evidence"
        assert 0 <= ev.start < ev.end <= len(article.text), (what, ev)
        assert ev.sentence.strip() and ev.article_id == "p" and ev.extractor


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_what_is_written_always_passes_the_shapes(text: str) -> None:
    if not text.strip():
        return
    article = Article(id="s", text=text, published="2025-04-06")
    conforms, report = validate_extraction(article, extract(article))
    assert conforms, report[:3000]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=400), st.sampled_from([".txt", ".jsonl", ".html"]))
def test_loaders_turn_any_bytes_into_articles_or_failures(tmp_path: Path, data: bytes, suffix: str) -> None:
    f = tmp_path / f"input{suffix}"
    f.write_bytes(data)
    for item in read_inputs([f]):
        assert isinstance(item, (Article, Failure))
        if isinstance(item, Failure):
            assert item.reason
