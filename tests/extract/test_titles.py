"""The title lexicon: chains, bodies, status words and the context a title is given (phrases written here)."""

from __future__ import annotations

import pytest

from eventgraph.extract.vi.normalize import working_text
from eventgraph.extract.vi.title_chains import read_chain, split_chain
from eventgraph.extract.vi.title_context import qualify, title_key
from eventgraph.extract.vi.titles import read_title
from eventgraph.extract.vi.tokens import tokenize
from eventgraph.model.entities import TenureStatus


@pytest.mark.parametrize(
    ("chain", "titles"),
    [
        (
            "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh chủ trì hội nghị",
            ["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Trưởng Đoàn ĐBQH tỉnh"],
        ),
        ("Tổng Bí thư, Chủ tịch nước", ["Tổng Bí thư", "Chủ tịch nước"]),
        (
            "Uỷ viên Bộ Chính trị - Thường trực Ban Bí thư",
            ["Ủy viên Bộ Chính trị", "Thường trực Ban Bí thư"],
        ),
        # a comma inside a body's name does not split
        (
            "Chủ nhiệm Ủy ban Văn hóa, Giáo dục của Quốc hội phát biểu",
            ["Chủ nhiệm Ủy ban Văn hóa, Giáo dục của Quốc hội"],
        ),
        (
            "Trưởng Ban Chính sách, chiến lược Trung ương cho biết",
            ["Trưởng Ban Chính sách, chiến lược Trung ương"],
        ),
        (
            "Phó vụ trưởng vụ 2B, Ủy ban Kiểm tra Trung ương; ông",
            ["Phó vụ trưởng vụ 2B, Ủy ban Kiểm tra Trung ương"],
        ),
        # "và" inside a body's name, lower-case syllables of compound names, a dash inside a name
        (
            "Giám đốc Sở Kế hoạch và Đầu tư tỉnh Quảng Trị",
            ["Giám đốc Sở Kế hoạch và Đầu tư tỉnh Quảng Trị"],
        ),
        (
            "Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn",
            ["Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn"],
        ),
        ("trưởng Ban tuyên giáo thành phố", ["trưởng Ban tuyên giáo thành phố"]),
        ("Trưởng phòng Tài chính - Kế hoạch huyện", ["Trưởng phòng Tài chính - Kế hoạch huyện"]),
        (
            "Phó Chủ tịch Hội đồng thành viên Tổng công ty Điện lực",
            ["Phó Chủ tịch Hội đồng thành viên Tổng công ty Điện lực"],
        ),
        ("Bí thư Tỉnh ủy và Chủ tịch UBND tỉnh", ["Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"]),
        (
            "Phó Chủ tịch UBND tỉnh kiêm Giám đốc Công an tỉnh",
            ["Phó Chủ tịch UBND tỉnh", "Giám đốc Công an tỉnh"],
        ),
        (
            "Ủy viên Trung ương Đảng khóa X, XI, XII; đại biểu Quốc hội",
            ["Ủy viên Trung ương Đảng khóa X, XI, XII"],
        ),
        ("Trưởng ban kiểm phiếu", ["Trưởng ban kiểm phiếu"]),
        ("Đại tá, Trưởng Công an huyện Ba Vì", ["Đại tá", "Trưởng Công an huyện Ba Vì"]),
        ("UVT.Ư Đảng, Bí thư Tỉnh ủy", ["UVT.Ư Đảng", "Bí thư Tỉnh ủy"]),
        ("Phó Giám đốc Sở KH&CN", ["Phó Giám đốc Sở KH&CN"]),
        ("Thủ tướng thị sát công trình", ["Thủ tướng"]),  # a verb after a bare role is not a body
        ("trưởng thành", []),  # "Trưởng" needs a body
    ],
)
def test_chains_split_where_a_new_role_starts(chain: str, titles: list[str]) -> None:
    assert split_chain(chain) == titles


def _title(text: str):  # type: ignore[no-untyped-def]
    toks = tokenize(working_text(text))
    return read_title(toks, [t.key for t in toks], 0)


@pytest.mark.parametrize(
    ("text", "status", "written"),
    [
        ("nguyên Bí thư Tỉnh ủy Cao Bằng", TenureStatus.FORMER, "nguyên Bí thư Tỉnh ủy Cao Bằng"),
        ("quyền Chủ tịch nước", TenureStatus.ACTING, "quyền Chủ tịch nước"),
        (
            "tân Giám đốc Sở Y tế",
            TenureStatus.CURRENT,
            "Giám đốc Sở Y tế",
        ),  # "tân" (new) is dropped
        ("cố Chủ tịch", TenureStatus.CURRENT, "Chủ tịch"),
        ("Phó Bí thư Thường trực Tỉnh ủy", TenureStatus.CURRENT, "Phó Bí thư Thường trực Tỉnh ủy"),
    ],
)
def test_status_words(text: str, status: TenureStatus, written: str) -> None:
    t = _title(text)
    assert t is not None and t.status == status and t.text == written


def test_kiem_makes_the_second_post_concurrent() -> None:
    toks = tokenize("Phó Chủ tịch UBND tỉnh kiêm Giám đốc Sở Tài chính")

    chain = read_chain(toks, [t.key for t in toks], 0)
    assert [t.status for t in chain] == [TenureStatus.CURRENT, TenureStatus.CONCURRENT]


@pytest.mark.parametrize(
    ("text", "province", "full", "organization", "locality"),
    [
        (
            "Bí thư Thành ủy",
            "Hải Phòng",
            "Bí thư Thành ủy Hải Phòng",
            "Thành ủy Hải Phòng",
            "Hải Phòng",
        ),
        (
            "Chủ tịch UBND tỉnh",
            "Nghệ An",
            "Chủ tịch UBND tỉnh Nghệ An",
            "UBND tỉnh Nghệ An",
            "Nghệ An",
        ),
        (
            "Bí thư Tỉnh ủy Cao Bằng",
            "Nghệ An",
            "Bí thư Tỉnh ủy Cao Bằng",
            "Tỉnh ủy Cao Bằng",
            "Cao Bằng",
        ),
        ("Phó Thủ tướng", "Nghệ An", "Phó Thủ tướng", None, None),
        ("Bí thư Thành ủy", None, "Bí thư Thành ủy", "Thành ủy", None),
    ],
)
def test_context_is_added_after_the_title(
    text: str, province: str | None, full: str, organization: str | None, locality: str | None
) -> None:
    q = qualify(_title(text), province)
    assert (q.full_title, q.organization, q.locality) == (full, organization, locality)


def test_abbreviations_and_long_forms_share_a_key() -> None:
    assert title_key("Chủ tịch UBND tỉnh") == title_key("Chủ tịch Ủy ban nhân dân")
    assert title_key("Trưởng Đoàn ĐBQH") == title_key("Trưởng Đoàn Đại biểu Quốc hội")
    assert title_key("Phó Chủ tịch HĐND") != title_key("Chủ tịch HĐND")
