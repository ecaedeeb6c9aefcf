"""Figures written the way hand-typed commune plans write them, and English counts worded by a classifier:
"tám mươi (80) phần trăm" is a share, "14/16 ấp" a count of hamlets, "300 lao động" counts the workers an
English question asks about, and a weekday in a quote is glossed for an English reader."""

from __future__ import annotations

from chat.extractive import states_value
from index.glossary import glosses
from index.types import Query
from ingest.load import parse_text
from ingest.targets import extract_targets

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
