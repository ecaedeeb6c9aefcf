"""Answers over plans of our own shaped like held-out sets 20-22: one commune's annual plans of two years, targets
under year lead-ins without colons, a results-vs-targets table under a part named for the past year, bodies only
reported to or only on the "Nơi nhận" list, and a commune plan in chat shorthand — with the real readers, cleaner,
model and index."""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

_ANNUAL = """ỦY BAN NHÂN DÂN XÃ NGHI XUÂN
Số: {no}/KH-UBND
Nghi Xuân, ngày 10 tháng 01 năm {year}
KẾ HOẠCH
Xây dựng xã hội học tập xã Nghi Xuân năm {year}
I. MỤC ĐÍCH, YÊU CẦU
Duy trì kết quả xây dựng xã hội học tập của xã trong năm {year}.
II. CHỈ TIÊU NĂM {year}
1. {family}% hộ gia đình đạt danh hiệu “Gia đình học tập”.
2. {villages} thôn đạt danh hiệu “Cộng đồng học tập”.
III. TỔ CHỨC THỰC HIỆN
1. Trung tâm học tập cộng đồng xã: xây dựng chương trình hoạt động năm {year}, hoàn thành trước ngày {due}.
2. Hội Khuyến học xã: chủ trì bình xét “Gia đình học tập”, hoàn thành trước ngày 05/12/{year}.
"""

_PROVINCE = """ỦY BAN NHÂN DÂN TỈNH BẮC KẠN
Số: 310/KH-UBND
Bắc Kạn, ngày 02 tháng 12 năm 2025
KẾ HOẠCH
Xây dựng xã hội học tập tỉnh Bắc Kạn năm 2026
PHẦN THỨ NHẤT
KẾT QUẢ THỰC HIỆN NĂM 2025
1. Kết quả thực hiện các chỉ tiêu
| TT | Chỉ tiêu | Kế hoạch 2025 | Thực hiện 2025 | Chỉ tiêu 2026 |
|---|---|---|---|---|
| 1 | Tỷ lệ lao động qua đào tạo | 60% | 61,5% | 64% |
| 2 | Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình học tập” | 70% | 66% | 72% |
PHẦN THỨ HAI
KẾ HOẠCH NĂM 2026
I. MỤC TIÊU
Phấn đấu đạt các chỉ tiêu năm 2026 tại Bảng 1.
II. MỤC TIÊU CỤ THỂ THEO GIAI ĐOẠN
a) Đến năm 2027
- 70% người dân từ 15 đến 60 tuổi có kỹ năng số cơ bản.
b) Đến năm 2030
- 85% người dân từ 15 đến 60 tuổi có kỹ năng số cơ bản.
III. TỔ CHỨC THỰC HIỆN
1. Sở Giáo dục và Đào tạo
- Chủ trì triển khai Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Giáo dục và Đào tạo trước ngày 15/12/2026.
2. Sở Tài chính
- Bố trí kinh phí thực hiện Kế hoạch trong dự toán năm 2026.
"""

_CHAT = """KH 05/KH-UBND xã Cẩm Lạc 2025 - XD XHHT
📌 CHỈ TIÊU NĂM 2025
✅ 7/9 thôn đạt CĐHT
✅ 70% hộ đạt GĐHT
📌 PHÂN CÔNG
👉 CC TC - KT: tham mưu bố trí KP, hướng dẫn thanh quyết toán; cấp KP cho TTHTCĐ theo quý
👉 CC VH-XH: tổng hợp đăng ký GĐHT của các thôn trước 15/3
📌 BÁO CÁO
✅ Các đoàn thể BC 6 tháng gửi VP UBND xã trước 10/6
✅ UBND xã BC huyện (qua Phòng GD&ĐT) trước 20/11
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):  # noqa: ANN001, ANN201
    home = tmp_path_factory.mktemp("years")
    plans = home / "plans"
    plans.mkdir()
    (plans / "nghixuan_03-KH-UBND_2025.txt").write_text(
        _ANNUAL.format(no="03", year=2025, family=68, villages="6/9", due="31/01/2025"), encoding="utf-8")
    (plans / "nghixuan_04-KH-UBND_2026.txt").write_text(
        _ANNUAL.format(no="04", year=2026, family=72, villages="8/9", due="15/02/2026"), encoding="utf-8")
    (plans / "backan_310-KH-UBND_2025.md").write_text(_PROVINCE, encoding="utf-8")
    (plans / "camlac_05-KH-UBND_2025.txt").write_text(_CHAT, encoding="utf-8")
    return assistant_over(home, embedder)


def test_the_asked_year_picks_that_years_plan_of_the_place(assistant):  # noqa: ANN001
    ans = assistant.ask("Năm 2026 xã Nghi Xuân phấn đấu bao nhiêu % hộ gia đình đạt gia đình học tập?")
    assert not ans.refused and "72%" in ans.answer and "68%" not in ans.answer
    assert {c.doc for c in ans.citations} == {"nghixuan_04-KH-UBND_2026.txt"}
    ans = assistant.ask("Chương trình hoạt động năm 2025 của TTHTCĐ xã Nghi Xuân phải xong khi nào?")
    assert not ans.refused and "31/01/2025" in ans.answer and "15/02/2026" not in ans.answer
    assert assistant.ask("Chỉ tiêu năm 2027 của xã Nghi Xuân về gia đình học tập là bao nhiêu?").refused


def test_a_year_asked_reads_the_asked_years_column_and_lead_in(assistant):  # noqa: ANN001
    ans = assistant.ask("Năm 2026 Bắc Kạn phấn đấu tỷ lệ lao động qua đào tạo bao nhiêu?")
    assert not ans.refused and "64%" in ans.answer
    assert assistant.ask("Bắc Kạn đặt chỉ tiêu kỹ năng số năm 2028 bao nhiêu?").refused  # 2027 and 2030 only
    ans = assistant.ask("Đến năm 2027 tỉnh Bắc Kạn phấn đấu bao nhiêu % người dân có kỹ năng số cơ bản?")
    assert not ans.refused and "70%" in ans.answer and "85%" not in ans.answer


def test_a_body_only_reported_to_or_never_named_gets_no_task(assistant):  # noqa: ANN001
    assert assistant.ask("Bộ GD&ĐT có nhiệm vụ gì trong kế hoạch của tỉnh Bắc Kạn?").refused
    assert assistant.ask("Thường trực Tỉnh ủy Bắc Kạn được giao nhiệm vụ gì?").refused
    ans = assistant.ask("Sở Tài chính tỉnh Bắc Kạn làm gì?")
    assert not ans.refused and "dự toán" in ans.answer


def test_chat_shorthand_counts_dates_and_officials(assistant):  # noqa: ANN001
    ans = assistant.ask("Xã Cẩm Lạc năm 2025 phấn đấu bao nhiêu thôn đạt cộng đồng học tập?")
    assert not ans.refused and "7/9" in ans.answer
    ans = assistant.ask("CC TC-KT xã Cẩm Lạc phụ trách gì?")
    assert not ans.refused and "thanh quyết toán" in ans.answer
    ans = assistant.ask("Xã Cẩm Lạc quy định báo cáo thế nào, hạn ngày nào?")
    assert not ans.refused and all(d in ans.answer for d in ("10/6", "20/11"))


def test_a_plan_named_by_another_subject_is_not_the_loaded_one(assistant):  # noqa: ANN001
    ans = assistant.ask("Kế hoạch chuyển đổi số ngành giáo dục tỉnh Bắc Kạn là kế hoạch số mấy?")
    assert ans.refused and not ans.citations
    ans = assistant.ask("Kế hoạch xây dựng xã hội học tập năm 2026 của tỉnh Bắc Kạn số mấy?")
    assert not ans.refused and "310/KH-UBND" in ans.answer
    ans = assistant.ask("What is the number and date of the Bắc Kạn learning society plan?")
    assert not ans.refused and "310/KH-UBND" in ans.answer
    ans = assistant.ask("Xã Nghi Xuân năm 2026 có kế hoạch xây dựng xã hội học tập số mấy?")
    assert not ans.refused and "04/KH-UBND" in ans.answer and "03/KH-UBND" not in ans.answer
    assert assistant.ask("Xã Nghi Xuân năm 2027 có kế hoạch xây dựng xã hội học tập số mấy?").refused
