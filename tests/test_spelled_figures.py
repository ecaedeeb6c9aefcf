"""Figures written the way hand-typed commune plans write them, and English counts worded by a classifier:
"tám mươi (80) phần trăm" is a share, "14/16 ấp" a count of hamlets, "300 lao động" counts the workers an
English question asks about, and a weekday in a quote is glossed for an English reader."""

from __future__ import annotations

import pytest

from chat.extractive import states_value
from index.glossary import glosses
from index.types import Query
from ingest.load import parse_text
from ingest.targets import extract_targets
from tests.conftest import assistant_over

PLAN = """ỦY BAN NHÂN DÂN XÃ TÂN PHONG
Số: 12/KH-UBND
Tân Phong, ngày 05 tháng 01 năm 2026
KẾ HOẠCH
Xây dựng xã hội học tập xã Tân Phong năm 2026
I. MỤC TIÊU NĂM 2026
a- Phấn đấu tám mươi (80) phần trăm hộ gia đình đạt danh hiệu "Gia đình học tập".
b- Ít nhất 70 phần trăm dòng họ đạt danh hiệu "Dòng họ học tập".
c- 9/12 ấp đạt danh hiệu "Cộng đồng học tập".
d- Tổng kết vào ngày 15/12 hằng năm; tăng 4 điểm phần trăm số người có kỹ năng số.
II. TỔ CHỨC THỰC HIỆN
Công chức Văn hóa - Xã hội chủ trì, báo cáo kết quả trước ngày 20/11/2026.
"""


def test_spelled_percentages_and_shares_of_hamlets_are_targets():
    doc = parse_text(PLAN, "tanphong_12-KH-UBND_2026.txt")
    found = {(t.unit, t.indicator.split('"')[0].strip()): t for t in extract_targets(doc)}
    assert ("%", "hộ gia đình đạt danh hiệu") in found  # the digits in brackets, not the words, are the value
    assert found[("%", "hộ gia đình đạt danh hiệu")].number == 80
    assert ("%", "dòng họ đạt danh hiệu") in found
    assert found[("count", "ấp đạt danh hiệu")].value == "9/12"
    assert not any(t.unit == "%" and t.number == 4 for t in found.values())  # a change in points, no level
    assert not any("15/12" in t.value for t in found.values())  # a date, not a share


def test_an_english_count_matches_the_classifier_the_plan_counts_by():
    classes = Query(raw="", text="", value="count", language="en", english_terms=["lớp học"])
    assert states_value(classes, "Mở lớp chuyên đề trồng thanh long, mỗi năm ít nhất 10 lớp.")
    workers = Query(raw="", text="", value="count", language="en", indicator="workers người lao động",
                    english_terms=["người lao động"])
    assert states_value(workers, "Mở lớp bồi dưỡng kỹ năng nghề ngắn hạn cho 300 lao động.")
    assert not states_value(workers, "Tổ chức 12 chuyên đề cho người cao tuổi.")


def test_weekdays_in_a_quote_are_glossed():
    assert ("thứ Bảy", "Saturday") in glosses("Duy trì câu lạc bộ tiếng Anh vào tối thứ Bảy hằng tuần.")


DISTRICT = """ỦY BAN NHÂN DÂN HUYỆN ĐỒNG XUÂN
Số: 77/KH-UBND
Đồng Xuân, ngày 10 tháng 3 năm 2025
KẾ HOẠCH
Xây dựng xã hội học tập huyện Đồng Xuân giai đoạn 2026 - 2030
I. MỤC TIÊU
1. Đến năm 2030, 70% hộ gia đình đạt danh hiệu “Gia đình học tập”.
II. KINH PHÍ THỰC HIỆN
1. Tổng kinh phí thực hiện Kế hoạch giai đoạn 2026 - 2030 dự kiến là 5.400.000.000 đồng, trong đó:
- Ngân sách huyện: 3,1 tỷ đồng;
- Ngân sách xã, thị trấn: 1,5 tỷ đồng;
- Xã hội hóa: 800.000.000 đồng.
Ngoài ra, các xã vận động thêm sách cho tủ sách cộng đồng.
III. TỔ CHỨC THỰC HIỆN
1. Phòng Giáo dục và Đào tạo: chủ trì, tổng hợp báo cáo trước ngày 10/12 hằng năm.
"""

PROVINCE = """ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN
Số: 1190/KH-UBND
Phú Yên, ngày 12 tháng 5 năm 2025
KẾ HOẠCH
Xây dựng xã hội học tập tỉnh Phú Yên giai đoạn 2026 - 2030
I. MỤC TIÊU
1. Đến năm 2030, 75% hộ gia đình đạt danh hiệu “Gia đình học tập”.
II. KINH PHÍ THỰC HIỆN
1. Tổng kinh phí dự kiến 36.200 triệu đồng, trong đó: ngân sách tỉnh 20.000 triệu đồng; ngân sách cấp huyện 10.200 triệu đồng; nguồn xã hội hóa 6.000 triệu đồng.
2. Phân theo giai đoạn: giai đoạn 2026 - 2028 là 21.000 triệu đồng; giai đoạn 2029 - 2030 là 15.200 triệu đồng.
III. TỔ CHỨC THỰC HIỆN
1. Sở Giáo dục và Đào tạo: chủ trì, tổng hợp báo cáo trước ngày 10/12 hằng năm.
"""

COMMUNE = """ỦY BAN NHÂN DÂN XÃ XUÂN LIÊN
Số: 09/KH-UBND
Xuân Liên, ngày 15 tháng 01 năm 2025
KẾ HOẠCH
Xây dựng xã hội học tập xã Xuân Liên năm 2025
I. MỤC TIÊU
1. Năm 2025 có 70% gia đình đạt danh hiệu “Gia đình học tập”.
II. KINH PHÍ THỰC HIỆN
Kinh phí thực hiện năm 2025:

| Nguồn | Số tiền (triệu đồng) |
|---|---|
| Ngân sách xã | 140 |
| Hỗ trợ từ ngân sách huyện | 50 |
| Xã hội hóa | 30 |
| Tổng cộng | 220 |

III. TỔ CHỨC THỰC HIỆN
1. Công chức Văn hóa - Xã hội: tham mưu, báo cáo trước ngày 30/11/2025.
"""


@pytest.fixture(scope="module")
def district(tmp_path_factory, embedder):
    home = tmp_path_factory.mktemp("spelled")
    (home / "plans").mkdir()
    (home / "plans" / "dongxuan_77-KH-UBND_2025.txt").write_text(DISTRICT, encoding="utf-8")
    (home / "plans" / "phuyen_1190-KH-UBND_2025.txt").write_text(PROVINCE, encoding="utf-8")
    (home / "plans" / "xuanlien_09-KH-UBND_2025.md").write_text(COMMUNE, encoding="utf-8")
    return assistant_over(home, embedder)


def test_a_total_that_leads_its_split_in_is_quoted_with_the_split(district):
    ans = district.ask("Tổng kinh phí kế hoạch xây dựng xã hội học tập huyện Đồng Xuân là bao nhiêu?")
    assert not ans.refused, ans.answer
    for part in ("5.400.000.000 đồng", "3,1 tỷ đồng", "1,5 tỷ đồng", "800.000.000 đồng"):
        assert part in ans.answer, ans.answer
    assert "tủ sách" not in ans.answer  # the split ends where the amounts do


def test_a_phase_asked_is_answered_by_the_line_naming_it_not_the_total(district):
    ans = district.ask("Giai đoạn 2029-2030 tỉnh Phú Yên dự kiến chi bao nhiêu?")
    assert not ans.refused and "15.200 triệu đồng" in ans.answer, ans.answer
    assert "36.200" not in ans.answer, ans.answer


def test_a_total_asked_is_the_tables_total_row(district):
    ans = district.ask("Kinh phí năm 2025 của xã Xuân Liên tổng cộng bao nhiêu?")
    assert not ans.refused and "220" in ans.answer, ans.answer
