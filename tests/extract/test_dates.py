"""Dates in Vietnamese text: full, partial, in document openings, relative, impossible."""

from __future__ import annotations

import datetime as dt

import pytest

from eventgraph.extract.vi.dates import (
    date_at,
    find_dateline,
    find_dates,
    make_date,
    month_year_at,
    parse_full,
    resolve_partial,
)

REF = dt.date(2022, 4, 6)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("ngày 25/10/2021", dt.date(2021, 10, 25)),
        ("25-10-2021", dt.date(2021, 10, 25)),
        ("25.10.2021", dt.date(2021, 10, 25)),
        ("ngày 07 tháng 06 năm 2021", dt.date(2021, 6, 7)),
        ("ngày 03\ntháng 10 năm 2024", dt.date(2024, 10, 3)),  # a hard-wrapped opening
        ("NGÀY 22 THÁNG 7 NĂM 2024", dt.date(2024, 7, 22)),  # a title in capitals
        ("ngày 9-8-2019,", dt.date(2019, 8, 9)),
    ],
)
def test_full_dates_at_a_position(text: str, date: dt.date) -> None:
    got = date_at(text, 0)
    assert got is not None and got[0] == date


def test_date_at_skips_white_space_and_says_where_the_phrase_ends() -> None:
    text = "122-KH/TU,  ngày 28/2/2022 của Ban Thường vụ"
    assert date_at(text, 10) == (dt.date(2022, 2, 28), 26)


def test_partial_date_needs_ngay_and_a_reference() -> None:
    assert date_at("ngày 27-5 của", 0, dt.date(2019, 7, 1))[0] == dt.date(2019, 5, 27)
    assert date_at("ngày 27-5 của", 0, None)[0] is None  # read, but the year is unknown
    assert date_at("27-5 của", 0, REF) is None  # no "ngày": a score, a ratio …
    assert date_at("10/2019", 0, REF) is None  # a month


def test_impossible_dates_are_read_but_give_none() -> None:
    assert date_at("ngày 31/2/2020", 0) == (None, 14)
    assert make_date(2021, 2, 29) is None
    assert parse_full("ngày 32/1/2020") is None


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("tháng 11 năm 2013", 2013),
        ("tháng 6-2014", 2014),
        ("tháng 11/2021", 2021),
        ("năm 2019", 2019),
    ],
)
def test_month_and_year(text: str, year: int) -> None:
    assert month_year_at(text, 0)[0] == year


def test_month_out_of_range_is_not_a_month() -> None:
    assert month_year_at("tháng 13/2021", 0) is None


@pytest.mark.parametrize(
    ("day", "month", "ref", "date"),
    [
        (6, 4, REF, dt.date(2022, 4, 6)),
        (
            25,
            12,
            dt.date(2023, 1, 5),
            dt.date(2022, 12, 25),
        ),  # last year, just before the reference
        (10, 1, dt.date(2022, 12, 30), dt.date(2023, 1, 10)),  # just after, across the new year
        (6, 4, None, None),
    ],
)
def test_resolve_partial(day: int, month: int, ref: dt.date | None, date: dt.date | None) -> None:
    assert resolve_partial(day, month, ref) == date


def test_find_dates_partial_and_relative() -> None:
    found = find_dates("Sáng 6/4, hội nghị khai mạc; hôm qua đoàn đến; tỷ lệ 6/4 không đổi.", REF)
    assert [(d.date, d.partial) for d in found] == [
        (dt.date(2022, 4, 6), True),
        (dt.date(2022, 4, 5), True),
    ]


def test_dateline_of_a_portal_page() -> None:
    assert find_dateline("Thứ Tư, 06/04/2022 11:05\nGốc\nSáng 6/4 …") == dt.date(2022, 4, 6)
    assert find_dateline("Tiêu đề\nCập nhật: 15:32, 10/11/2024 (GMT+7)\nNội dung") == dt.date(
        2024, 11, 10
    )
    assert find_dateline("Không có ngày ở đầu trang") is None
