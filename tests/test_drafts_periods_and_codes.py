"""A Party school's plan (letterhead "TỈNH ỦY … / TRƯỜNG CHÍNH TRỊ" beside "ĐẢNG CỘNG SẢN VIỆT NAM") next to another
provincial body's plan that asks the school for help: the school is the issuer, not the Party's heading; its staff
("giảng viên Trường Chính trị tỉnh"), the code of its plan's number ("KH của TCT") and its offices' initials
("P.QLĐT&NCKH") ask its own plan; tasks asked by a period ("quý III/2026", "hằng năm") are the plan's lines dated
in it, or a plain refusal; a follow-up after an answer that cited one plan by its file name stays in that plan.
On the bundled plans: a draft sentence put up to be corrected ("… Sửa giúp.") is answered from the plan's lines,
not refused as a passage the plans lack; "người như tôi" is the asker, not a group the plan must name.
Real reader, model and index."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.load import load_plan
from tests.conftest import assistant_over

_SCHOOL = """TỈNH ỦY BẮC NINH
TRƯỜNG CHÍNH TRỊ
*
Số 12-KH/TCT
ĐẢNG CỘNG SẢN VIỆT NAM
Bắc Ninh, ngày 08 tháng 01 năm 2026
KẾ HOẠCH
Bồi dưỡng kỹ năng tự học cho cán bộ cơ sở tỉnh Bắc Ninh năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao năng lực tự học của cán bộ, công chức cấp xã.
II. CHỈ TIÊU
Mỗi giảng viên của Trường tự học, nghiên cứu thực tế tối thiểu 80 giờ trong năm.
III. NHIỆM VỤ
1. Mở 16 lớp bồi dưỡng cho cán bộ cấp xã, hoàn thành trong quý III năm 2026.
2. Tổ chức hội thảo khoa học về học tập suốt đời hằng năm.
IV. KINH PHÍ
Tổng kinh phí 840 triệu đồng từ ngân sách tỉnh.
V. TỔ CHỨC THỰC HIỆN
1. Phòng Quản lý đào tạo và Nghiên cứu khoa học
Lập lịch các lớp; tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy trước ngày 28/11/2026.
2. Phòng Tổ chức - Hành chính - Quản trị
Bảo đảm hội trường, ký túc xá cho học viên.
T/M BAN GIÁM HIỆU
HIỆU TRƯỞNG
Ngô Văn Thành
"""

_RED_CROSS = """HỘI CHỮ THẬP ĐỎ VIỆT NAM
HỘI CHỮ THẬP ĐỎ TỈNH BẮC NINH
Số: 07/KH-CTĐ
Bắc Ninh, ngày 15 tháng 01 năm 2026
KẾ HOẠCH
Tập huấn sơ cứu cho người dân tỉnh Bắc Ninh năm 2026
Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập
giai đoạn 2021 - 2030”; căn cứ Kế hoạch số 215/KH-UBND ngày 20/11/2025 của Ủy ban nhân dân tỉnh về xây dựng xã hội
học tập năm 2026, Ban Thường vụ Hội Chữ thập đỏ tỉnh ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Trang bị kỹ năng sơ cứu ban đầu cho người dân, góp phần xây dựng xã hội học tập.
2. Huy động hội viên, tình nguyện viên tham gia tuyên truyền, hướng dẫn sơ cứu tại cộng đồng.
II. NỘI DUNG
Mở 30 lớp sơ cứu tại các trung tâm học tập cộng đồng; mỗi lớp 02 ngày, không quá 40 học viên.
III. TỔ CHỨC THỰC HIỆN
1. Ban Công tác xã hội
Tổ chức các lớp sơ cứu; báo cáo trước ngày 10/12/2026.
2. Đề nghị Trường Chính trị tỉnh
Bố trí hội trường cho 02 lớp sơ cứu; cử 40 giảng viên tham gia tập huấn.
TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Đỗ Thị Hạnh
"""


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:  # noqa: D103
    home = tmp_path_factory.mktemp("bacninh")
    (home / "plans").mkdir()
    (home / "plans" / "tct_bacninh_12.txt").write_text(_SCHOOL, encoding="utf-8")
    (home / "plans" / "ctd_bacninh_07.txt").write_text(_RED_CROSS, encoding="utf-8")
    return home


def test_the_party_heading_is_no_issuer(home):
    doc = load_plan(home / "plans" / "tct_bacninh_12.txt")
    assert doc.issuer == "TRƯỜNG CHÍNH TRỊ", doc.issuer


@pytest.fixture(scope="module")
def plans(home, embedder):  # noqa: ANN001, ANN201
    return assistant_over(home, embedder)


def test_the_schools_own_staff_ask_its_own_plan(plans):
    ans = plans.ask("Mỗi giảng viên Trường Chính trị tỉnh phải tự học bao nhiêu giờ trong năm?")
    assert {c.doc for c in ans.citations} == {"tct_bacninh_12.txt"} and "80 giờ" in ans.answer, ans.answer


def test_the_code_of_a_plans_number_names_its_issuer(plans):
    ans = plans.ask("BTV Tỉnh ủy nhận BC kết quả KH của TCT trước ngày nào?")
    assert {c.doc for c in ans.citations} == {"tct_bacninh_12.txt"} and "28/11/2026" in ans.answer, ans.answer


def test_an_office_typed_by_its_initials(plans):
    ans = plans.ask("P.TC-HC-QT của Trường Chính trị lo việc gì?")
    assert not ans.refused and "ký túc xá" in ans.answer, ans.answer


def test_tasks_by_quarter_and_by_year(plans):
    ans = plans.ask("Kế hoạch 12-KH/TCT có những việc nào phải xong trong quý III/2026?")
    assert not ans.refused and "16 lớp" in ans.answer and "hội thảo" not in ans.answer, ans.answer
    ans = plans.ask("Kế hoạch 12-KH/TCT có những việc nào làm hằng năm?")
    assert not ans.refused and "hội thảo khoa học" in ans.answer and "16 lớp" not in ans.answer, ans.answer
    ans = plans.ask("Kế hoạch 12-KH/TCT có việc gì có hạn trong tháng 6/2026 không?")
    assert ans.refused and not ans.citations, ans.answer


def test_a_followup_stays_in_the_plan_the_last_answer_cited(plans):
    history = [{"role": "user", "content": "Lớp sơ cứu mở ở đâu?"},
               {"role": "assistant", "content": "Tại các trung tâm học tập cộng đồng [ctd_bacninh_07.txt]."}]
    ans = plans.ask("Còn hạn báo cáo là khi nào?", history)
    assert {c.doc for c in ans.citations} == {"ctd_bacninh_07.txt"} and "10/12/2026" in ans.answer, ans.answer


def test_a_draft_to_correct_is_answered_from_the_plan(assistant):
    ans = assistant.ask('Bản tin nội bộ của tôi viết: "Đến năm 2025 Hà Nội có 60% công dân đạt kỹ năng số". '
                        "Sửa giúp.")
    assert not ans.refused and "50% công dân đạt kỹ năng số" in ans.answer, ans.answer


def test_people_like_the_asker_are_no_group_to_find(assistant):
    ans = assistant.ask("Tôi là người khuyết tật sống ở Mỹ Lộc. Kế hoạch huyện có hỗ trợ gì cho người như tôi không?")
    assert not ans.refused and "khuyết tật" in ans.answer, ans.answer
    ans = assistant.ask("Người sau cai nghiện ở Huế có được hỗ trợ học nghề theo kế hoạch không?")
    assert ans.refused and not ans.citations, ans.answer
