"""Word tables the generator draws from: name syllables, posts, document kinds and subjects.

All of it was written for this generator; the people it makes are fictional. Posts are templates where
`{party}` is "Tỉnh ủy"/"Thành ủy" and `{unit}` is "tỉnh"/"thành phố", so one table serves both.
"""

from __future__ import annotations

# Family names, weighted roughly as they occur (the commonest several times over).
SURNAMES = (["Nguyễn"] * 12 + ["Trần"] * 5 + ["Lê"] * 4 + ["Phạm"] * 3 + ["Hoàng"] * 2 + ["Huỳnh"] * 2
            + ["Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Đào",
               "Trịnh", "Mai", "Lương", "Tạ", "Nông", "Lò", "Triệu", "Quách", "Tô", "Khúc", "Hà"])
MIDDLES = ("Văn", "Văn", "Văn", "Thị", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Xuân", "Công", "Ngọc",
           "Đình", "Mạnh", "Tiến", "Trọng", "Quang", "Thế", "Bá", "Duy", "Tuấn", "Hoài", "Khắc",
           "Viết", "Sỹ", "Kim")
GIVENS = ("Hùng", "Dũng", "Tuấn", "Hải", "Lan", "Hương", "Long", "Sơn", "Thắng", "Toàn", "Trung",
          "Việt", "Vinh", "Quân", "Phong", "Khánh", "Hiếu", "Hòa", "Bình", "Cường", "Đạt", "Định",
          "Hạnh", "Hiền", "Hoa", "Huy", "Khoa", "Kiên", "Lâm", "Linh", "Lộc", "Lợi", "Nga", "Nghĩa",
          "Nhân", "Phúc", "Phương", "Quảng", "Quyết", "Sang", "Tài", "Tâm", "Thành", "Thảo",
          "Thịnh", "Thủy", "Tiến", "Tín", "Trí", "Trường", "Tú", "Tùng", "Vân", "Vượng", "Yến",
          "Điệp", "Hưng", "Luân", "Mẫn", "Nhật", "Quý", "Thiện", "Triều", "Chiến", "Doanh", "Đông",
          "Huấn", "Khải", "Lực", "Nhung", "Oanh", "Sáu", "Thân", "Tuyến", "Uyên", "Vỹ")

# Rungs of a provincial career, lowest first: each term everyone still in the province moves up one.
LADDER = ("tbtg", "pct_ubnd", "pbttt", "ct_hdnd", "ct_ubnd", "bt")

# How each post is written; the first form is the commonest. The province name may follow any of them.
POSTS: dict[str, tuple[str, ...]] = {
    "bt": ("Bí thư {party}",),
    "pbttt": ("Phó Bí thư Thường trực {party}",),
    "pbt": ("Phó Bí thư {party}",),
    "ct_ubnd": ("Chủ tịch UBND {unit}", "Chủ tịch Ủy ban nhân dân {unit}"),
    "pct_ubnd": ("Phó Chủ tịch UBND {unit}", "Phó Chủ tịch Ủy ban nhân dân {unit}"),
    "ct_hdnd": ("Chủ tịch HĐND {unit}", "Chủ tịch Hội đồng nhân dân {unit}"),
    "pct_hdnd": ("Phó Chủ tịch HĐND {unit}", "Phó Chủ tịch Hội đồng nhân dân {unit}"),
    "tbtg": ("Trưởng Ban Tuyên giáo {party}",),
    "tbtgdv": ("Trưởng Ban Tuyên giáo và Dân vận {party}",),
    "gdsnv": ("Giám đốc Sở Nội vụ",),
    "cvp": ("Chánh Văn phòng {party}",),
    "uvtw": ("Ủy viên Trung ương Đảng", "Ủy viên Ban Chấp hành Trung ương Đảng",
             "Ủy viên BCH Trung ương Đảng"),
    "tdbqh": ("Trưởng Đoàn ĐBQH {unit}", "Trưởng Đoàn đại biểu Quốc hội {unit}"),
}
# Posts a province name is never written after (the body is not the province's own).
NO_PLACE = frozenset({"uvtw", "gdsnv"})

# Central figures: the posts a fictional central leader holds, written as a chain.
CENTRAL_POSTS = (
    ("Ủy viên Bộ Chính trị", "Thường trực Ban Bí thư"),
    ("Ủy viên Bộ Chính trị", "Trưởng Ban Tổ chức Trung ương"),
    ("Ủy viên Bộ Chính trị", "Phó Thủ tướng Chính phủ"),
    ("Bí thư Trung ương Đảng", "Chủ nhiệm Ủy ban Kiểm tra Trung ương"),
    ("Ủy viên Trung ương Đảng", "Bộ trưởng Bộ Nội vụ"),
    ("Ủy viên Trung ương Đảng", "Phó Trưởng Ban Tuyên giáo Trung ương"),
)
CENTRAL_BODIES = ("Ban Bí thư", "Bộ Chính trị", "Ban Tổ chức Trung ương", "Ủy ban Kiểm tra Trung ương")

# Central documents: (symbol, kind, issuer as written).
CENTRAL_KINDS = (
    ("NQ/TW", "Nghị quyết", "Bộ Chính trị"),
    ("NQ/TW", "Nghị quyết", "Ban Chấp hành Trung ương Đảng"),
    ("KL/TW", "Kết luận", "Bộ Chính trị"),
    ("CT/TW", "Chỉ thị", "Ban Bí thư"),
    ("KL/TW", "Kết luận", "Ban Bí thư"),
)
# What the documents are about (fictional resolutions on ordinary themes).
SUBJECTS = (
    "về phát triển kinh tế biển bền vững",
    "về đẩy mạnh chuyển đổi số trong cơ quan Đảng",
    "về nâng cao chất lượng sinh hoạt chi bộ",
    "về công tác cán bộ trong tình hình mới",
    "về phát triển nguồn nhân lực chất lượng cao",
    "về bảo vệ, chăm sóc sức khỏe nhân dân",
    "về xây dựng nông thôn mới giai đoạn tới",
    "về phòng, chống tham nhũng, tiêu cực",
    "về phát triển văn hóa, con người",
    "về tăng cường công tác dân vận",
    "về đổi mới giáo dục và đào tạo",
    "về bảo đảm quốc phòng, an ninh vùng biên giới",
    "về phát triển khoa học, công nghệ và đổi mới sáng tạo",
    "về hoàn thiện thể chế phát triển đô thị",
    "về ứng phó với biến đổi khí hậu",
    "về công tác kiểm tra, giám sát của Đảng",
    "về xây dựng đội ngũ cán bộ cấp chiến lược",
    "về phát triển kinh tế tập thể",
    "về bảo đảm an sinh xã hội",
    "về công tác thông tin đối ngoại",
)
ROMAN = ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII",
         "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI", "XXII", "XXIII", "XXIV", "XXV")
ORDINAL_WORDS = ("", "nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười",
                 "mười một", "mười hai", "mười ba", "mười bốn", "mười lăm", "mười sáu",
                 "mười bảy", "mười tám", "mười chín", "hai mươi")
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
# Bylines: two- or three-word pen names.
AUTHOR_FIRST = ("Minh", "Thu", "Hoàng", "Quốc", "Thanh", "Ngọc", "Hải", "Phương", "Đức", "Lan", "Hồng")
AUTHOR_LAST = ("Anh", "Hà", "Tùng", "Khôi", "Trang", "Nguyên", "Hiếu", "Thảo", "Vy", "Tâm", "Đăng")
OUTLETS = ("Báo {P}", "Cổng thông tin điện tử tỉnh {P}", "Đài Phát thanh và Truyền hình {P}",
           "Trang tin Tỉnh ủy {P}")
