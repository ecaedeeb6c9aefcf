"""A district plan whose implementation is a task table (lead | coordinating bodies | deadline) and a commune plan
with per-unit amounts: a body named only in the coordinating column leads nothing (refused, not answered with the
rows it coordinates); an amount asked for a thing the plan gives no amount for is refused, not answered with
another thing's amount; a long run-in body name ("Các trường mầm non, tiểu học, … trên địa bàn xã: …") opens
its own part; "mỗi bên" compares plans, it asks no per-unit amount; a body named before "và lớp …" is not
run into the thing after it; TX / CNLĐ / KN read in full. Real reader, model and index over plans of our own."""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

_DISTRICT = """ỦY BAN NHÂN DÂN THỊ XÃ NGHI SƠN
Số: 61/KH-UBND
Nghi Sơn, ngày 10 tháng 6 năm 2025
KẾ HOẠCH
Xây dựng xã hội học tập thị xã Nghi Sơn giai đoạn 2025 - 2030
I. MỤC TIÊU
- Đến năm 2030, 65% công nhân lao động tại Khu kinh tế Nghi Sơn được bồi dưỡng kỹ năng nghề, kỹ năng số.
II. KINH PHÍ
- Tổng kinh phí giai đoạn 2025 - 2030 là 9.400 triệu đồng.
- Ngân sách thị xã hỗ trợ mỗi Trung tâm học tập cộng đồng 18 triệu đồng/năm.
III. TỔ CHỨC THỰC HIỆN
| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
|---|---|---|---|---|
| 1 | Kiện toàn Ban Chỉ đạo xây dựng xã hội học tập thị xã | Phòng Giáo dục và Đào tạo | Phòng Nội vụ | Tháng 8/2025 |
| 2 | Bồi dưỡng kỹ năng nghề cho công nhân lao động tại Khu kinh tế | Phòng Lao động - Thương binh và Xã hội | Liên đoàn Lao động thị xã; các doanh nghiệp | Hằng năm |
| 3 | Xây dựng điểm học tập số tại các phường | Trung tâm Văn hóa - Thông tin thị xã | Bưu điện thị xã | Quý IV/2026 |
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Văn Hải
"""

_COMMUNE = """ỦY BAN NHÂN DÂN XÃ TÙNG LÂM
Số: 05/KH-UBND
KẾ HOẠCH
Xây dựng xã hội học tập xã Tùng Lâm năm 2026
I. MỤC TIÊU
- Mở ít nhất 02 lớp xóa mù chữ cho đồng bào vùng cao.
II. KINH PHÍ
- Tổng kinh phí thực hiện Kế hoạch năm 2026 là 640 triệu đồng.
- Ngân sách xã bố trí cho Trung tâm học tập cộng đồng 22 triệu đồng/năm; hỗ trợ mỗi lớp xóa mù chữ 15 triệu đồng.
III. TỔ CHỨC THỰC HIỆN
Công chức Văn hóa - Xã hội: tham mưu Ủy ban nhân dân xã triển khai Kế hoạch.
Các trường mầm non, tiểu học, trung học cơ sở trên địa bàn xã: duy trì sĩ số; mở cửa thư viện trường cho người dân.
Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể: vận động hội viên tham gia học tập suốt đời.
Trạm Y tế xã: tổ chức chuyên đề chăm sóc sức khỏe tại Trung tâm học tập cộng đồng.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Hà Văn Nam
"""


@pytest.fixture(scope="module")
def plans(tmp_path_factory, embedder):  # noqa: ANN001, ANN201
    home = tmp_path_factory.mktemp("nghison")
    (home / "plans").mkdir()
    (home / "plans" / "nghison_61.md").write_text(_DISTRICT, encoding="utf-8")
    (home / "plans" / "tunglam_05.txt").write_text(_COMMUNE, encoding="utf-8")
    return assistant_over(home, embedder)


def test_a_body_only_coordinating_leads_nothing(plans):
    ans = plans.ask("Phòng Nội vụ thị xã Nghi Sơn chủ trì những nhiệm vụ nào?")
    assert ans.refused and not ans.citations and "phối hợp" in ans.answer, ans.answer
    ans = plans.ask("Bưu điện thị xã Nghi Sơn chủ trì việc gì?")
    assert ans.refused and not ans.citations, ans.answer
    # what it takes part in is answered; so is what a lead body leads
    ans = plans.ask("Phòng Nội vụ thị xã Nghi Sơn phối hợp thực hiện nhiệm vụ nào?")
    assert not ans.refused and "Kiện toàn Ban Chỉ đạo" in ans.answer, ans.answer
    ans = plans.ask("Phòng Giáo dục và Đào tạo thị xã Nghi Sơn chủ trì những nhiệm vụ nào?")
    assert not ans.refused and "Kiện toàn Ban Chỉ đạo" in ans.answer, ans.answer
    # who leads a task is another question: the body named is the task's subject
    ans = plans.ask("Ban Chỉ đạo xây dựng xã hội học tập thị xã Nghi Sơn được kiện toàn khi nào, ai chủ trì?")
    assert not ans.refused and "Phòng Giáo dục và Đào tạo" in ans.answer, ans.answer


def test_abbreviations_of_town_workers_and_skills(plans):
    ans = plans.ask("LĐLĐ TX Nghi Sơn tham gia nhiệm vụ nào trong KH?")
    assert not ans.refused and "Bồi dưỡng kỹ năng nghề" in ans.answer, ans.answer
    ans = plans.ask("TX Nghi Sơn: tỷ lệ CNLĐ được bồi dưỡng KN nghề, KN số đến 2030?")
    assert not ans.refused and "65%" in ans.answer, ans.answer


def test_an_amount_for_a_thing_the_plan_gives_none_for_is_refused(plans):
    ans = plans.ask("Thị xã Nghi Sơn hỗ trợ mỗi lớp xóa mù chữ bao nhiêu tiền?")
    assert ans.refused and not ans.citations, ans.answer
    ans = plans.ask("Xã Tùng Lâm hỗ trợ mỗi lớp xóa mù chữ bao nhiêu tiền?")
    assert not ans.refused and "15 triệu" in ans.answer, ans.answer


def test_a_body_before_and_a_thing_and_each_side_totals(plans):
    ans = plans.ask("Ngân sách xã Tùng Lâm chi cho Trung tâm học tập cộng đồng và lớp xóa mù chữ bao nhiêu?")
    assert not ans.refused and "22 triệu" in ans.answer and "15 triệu" in ans.answer, ans.answer
    ans = plans.ask("Kế hoạch nào có tổng kinh phí lớn hơn, Nghi Sơn hay Tùng Lâm, và mỗi bên bao nhiêu?")
    assert not ans.refused and "9.400" in ans.answer and "640" in ans.answer, ans.answer


def test_long_run_in_body_names_open_their_own_parts(plans):
    ans = plans.ask("Các trường mầm non, tiểu học, trung học cơ sở ở xã Tùng Lâm phải làm gì?")
    assert not ans.refused and "thư viện trường" in ans.answer and "Trạm Y tế" not in ans.answer, ans.answer
    bodies = [sec.agency for sec in plans.retriever.documents["tunglam_05.txt"].sections if sec.agency]
    assert any(b.startswith("Các trường mầm non") for b in bodies), bodies
    assert any(b.startswith("Ủy ban Mặt trận Tổ quốc Việt Nam xã") for b in bodies), bodies


def test_an_annual_plan_asked_by_another_year_is_another_document(plans):
    ans = plans.ask("Kế hoạch xây dựng xã hội học tập năm 2025 của xã Tùng Lâm mở bao nhiêu lớp xóa mù chữ?")
    assert ans.refused and not ans.citations and "2025" in ans.answer, ans.answer
    ans = plans.ask("Kế hoạch xây dựng xã hội học tập năm 2026 của xã Tùng Lâm mở bao nhiêu lớp xóa mù chữ?")
    assert not ans.refused and "02 lớp" in ans.answer, ans.answer


def test_status_so_far_and_replaced_plans_are_not_in_the_plans(plans):
    ans = plans.ask("Thị xã Nghi Sơn đã đạt 65% công nhân lao động được bồi dưỡng kỹ năng nghề chưa?")
    assert ans.refused and not ans.citations, ans.answer
    ans = plans.ask("Kế hoạch 61 của thị xã Nghi Sơn thay thế kế hoạch nào?")
    assert ans.refused and not ans.citations, ans.answer


def test_the_body_given_a_task_is_the_one_asked(plans):
    # the body the question says is given the task, not the longer name of what the task is about; a body the plan
    # does not name is refused
    ans = plans.ask("Sở Xây dựng được giao xây Trung tâm học tập cộng đồng ở xã Tùng Lâm phải không?")
    assert ans.refused and "Sở Xây dựng" in ans.answer, ans.answer
    # "phòng tôi" is the asker's office, no body's name
    ans = plans.ask("Tuần trước phòng tôi họp rà lại. Kế hoạch xã Tùng Lâm giao Trạm Y tế xã làm gì?")
    assert not ans.refused and "chăm sóc sức khỏe" in ans.answer, ans.answer


def test_a_question_resting_on_a_figure_the_plan_does_not_state(plans):
    ans = plans.ask("Mức hỗ trợ 25 triệu đồng cho mỗi Trung tâm học tập cộng đồng ở thị xã Nghi Sơn áp dụng từ năm nào?")
    assert ans.refused and not ans.citations and "25 triệu" in ans.answer, ans.answer
    # a threshold asked about, or a figure put forward to be checked, is no premise
    ans = plans.ask("Thị xã Nghi Sơn đặt 70% công nhân lao động được bồi dưỡng kỹ năng nghề hả?")
    assert not ans.refused and ans.answer.startswith("Không") and "65%" in ans.answer, ans.answer
