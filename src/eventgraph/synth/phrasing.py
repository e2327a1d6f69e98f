"""How the synthetic articles write dates, bylines and the body text around the facts.

Filler sentences are assembled from parts written for this generator; they name no person, place or
document, so they add length and variety without adding facts the truth would have to list.
"""

from __future__ import annotations

import datetime as dt
import random

from eventgraph.synth import lexicon as lx
from eventgraph.synth.rand import between, pick

_PARTS_OF_DAY = ("Sáng", "Chiều", "Sáng", "Chiều", "Tối", "")


def event_date(rng: random.Random, day: dt.date, with_year: bool) -> str:
    """The date a report opens with: "Sáng 6/4", "Chiều ngày 23-10", "Ngày 15/7/2022"."""
    part = pick(rng, _PARTS_OF_DAY)
    sep = "/" if rng.random() < 0.75 else "-"
    ngay = "ngày " if (not part or rng.random() < 0.3) else ""
    body = f"{day.day}{sep}{day.month}" + (f"{sep}{day.year}" if with_year else "")
    if rng.random() < 0.1:
        body = f"{day.day} tháng {day.month}" + (f" năm {day.year}" if with_year else "")
    text = f"{part} {ngay}{body}".strip()
    return text[0].upper() + text[1:]


def doc_date(rng: random.Random, day: dt.date) -> str:
    """A document's signing date as references write it: "ngày 28/2/2022", "ngày 28-02-2022"."""
    r = rng.random()
    if r < 0.55:
        return f"ngày {day.day}/{day.month}/{day.year}"
    if r < 0.8:
        return f"ngày {day.day:02d}/{day.month:02d}/{day.year}"
    if r < 0.9:
        return f"ngày {day.day}-{day.month}-{day.year}"
    return f"ngày {day.day} tháng {day.month} năm {day.year}"


def dateline(day: dt.date, rng: random.Random) -> str:
    """A portal's date line above the article ("Thứ Tư, 06/04/2022 11:05")."""
    return f"{lx.WEEKDAYS[day.weekday()]}, {day:%d/%m/%Y} {between(rng, 6, 21):02d}:{between(rng, 0, 59):02d}"


def author(rng: random.Random) -> str:
    return f"{pick(rng, lx.AUTHOR_FIRST)} {pick(rng, lx.AUTHOR_LAST)}"


_AIMS = (
    "nâng cao nhận thức, trách nhiệm của cán bộ, đảng viên và nhân dân",
    "đẩy mạnh cải cách hành chính, cải thiện môi trường đầu tư kinh doanh",
    "tăng cường công tác kiểm tra, giám sát việc thực hiện",
    "phát huy vai trò nêu gương của người đứng đầu cấp ủy, chính quyền",
    "bảo đảm nguồn lực cho các nhiệm vụ trọng tâm, đột phá",
    "huy động sự tham gia của cả hệ thống chính trị",
    "sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả",
    "tháo gỡ khó khăn, vướng mắc cho doanh nghiệp và người dân",
    "làm tốt công tác tuyên truyền, tạo sự đồng thuận trong xã hội",
    "nâng cao chất lượng nguồn nhân lực, nhất là đội ngũ cán bộ cơ sở",
    "đẩy nhanh tiến độ giải ngân vốn đầu tư công",
    "chăm lo đời sống vật chất, tinh thần của nhân dân",
    "xây dựng kế hoạch cụ thể, phân công rõ người, rõ việc, rõ thời gian",
    "kịp thời biểu dương, khen thưởng các tập thể, cá nhân tiêu biểu",
)
_OPENERS = (
    "Hội nghị nhằm",
    "Các cấp ủy, tổ chức đảng cần",
    "Trong thời gian tới, cần tập trung",
    "Các đại biểu thống nhất cần",
    "Yêu cầu đặt ra là phải",
    "Các sở, ngành, địa phương được giao",
    "Thời gian qua, các cấp, các ngành đã chủ động",
    "Cùng với đó, cần tiếp tục",
)
_CLOSERS = (
    "",
    " trong thời gian tới",
    " ngay từ đầu nhiệm kỳ",
    " một cách đồng bộ, thực chất",
    " gắn với nhiệm vụ chính trị của từng địa phương, đơn vị",
    " theo đúng lộ trình đề ra",
)
_STATS = (
    "Năm {y}, tốc độ tăng trưởng kinh tế ước đạt {a},{b}%, thu ngân sách đạt {n} tỷ đồng.",
    "Sau {k} năm triển khai, đã có {n} xã đạt chuẩn nông thôn mới, {m} xã đạt chuẩn nâng cao.",
    "Đến nay, {a}/{c} chỉ tiêu chủ yếu đạt và vượt kế hoạch đề ra.",
    "Toàn Đảng bộ đã kết nạp {n} đảng viên mới, đạt {a}{b}% kế hoạch năm.",
    "Tỷ lệ hộ nghèo giảm còn {a},{b}%, tỷ lệ lao động qua đào tạo đạt {a}{b}%.",
)


def filler(rng: random.Random, n: int, year: int) -> list[str]:
    """`n` body sentences with no names, places or codes in them."""
    out = []
    for _ in range(n):
        if rng.random() < 0.3:
            out.append(
                pick(rng, _STATS).format(
                    y=year - 1,
                    a=between(rng, 2, 9),
                    b=between(rng, 0, 9),
                    c=between(rng, 10, 30),
                    n=between(rng, 12, 980),
                    m=between(rng, 2, 40),
                    k=between(rng, 2, 5),
                )
            )
        else:
            a, b = pick(rng, _AIMS), pick(rng, _AIMS)
            out.append(f"{pick(rng, _OPENERS)} {a}; {b}{pick(rng, _CLOSERS)}.")
    return out


def clause(rng: random.Random) -> str:
    """A lower-case aim for "đề nghị …" sentences."""
    return pick(rng, _AIMS)
