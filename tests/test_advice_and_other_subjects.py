"""Bodies asked several at a time: "Ngoài Phòng Nội vụ, còn phòng nào …?" sets one body aside and wants the others
the lines give the task to; "Những phòng nào …?" wants every body whose line gives it the task, not the best one.
A claim about which body holds a role ("Phòng Nội vụ là cơ quan thường trực phải không?") is answered "Không: …"
with the line that gives the role, not with the claimed body's own tasks.
Questions a plan cannot answer by its text although they name its place and its words: advice and forecasts
("Có nên tăng chỉ tiêu …?", "Liệu … có đạt … không?", "Should we …?") and a plan of another subject of the same
place ("Kế hoạch chuyển đổi số của huyện …", "… digital transformation plan") — refused plainly, nothing cited, while
the same place's own plan is still answered. Real reader, model and index over a plan of our own."""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

_PLAN = """ỦY BAN NHÂN DÂN HUYỆN ĐÔNG ANH
Số: 61/KH-UBND
Đông Anh, ngày 12 tháng 3 năm 2025
KẾ HOẠCH
Xây dựng xã hội học tập huyện Đông Anh giai đoạn 2025 - 2030
I. MỤC TIÊU
1. Mục tiêu đến năm 2025
- 55% hộ gia đình đạt danh hiệu “Gia đình học tập”.
2. Mục tiêu đến năm 2030
- 75% hộ gia đình đạt danh hiệu “Gia đình học tập”.
- 100% trung tâm học tập cộng đồng ứng dụng chuyển đổi số trong quản lý.
II. TỔ CHỨC THỰC HIỆN
1. Phòng Giáo dục và Đào tạo
- Là cơ quan thường trực; chủ trì, theo dõi, tổng hợp kết quả thực hiện Kế hoạch.
2. Phòng Nội vụ
- Tổ chức bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã.
- Đưa kết quả học tập vào đánh giá, xếp loại công chức hằng năm.
3. Phòng Văn hóa và Thông tin
- Tổ chức bồi dưỡng kỹ năng số, kỹ năng khai thác thông tin cho cán bộ, công chức cấp xã.
- Xây dựng tủ sách pháp luật tại các thôn.
4. Hội Khuyến học huyện
- Vận động hội viên đăng ký danh hiệu “Gia đình học tập”.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Xuân Thành
"""


@pytest.fixture(scope="module")
def plan(tmp_path_factory, embedder):  # noqa: ANN001, ANN201
    home = tmp_path_factory.mktemp("donganh")
    (home / "plans").mkdir()
    (home / "plans" / "donganh_61.txt").write_text(_PLAN, encoding="utf-8")
    return assistant_over(home, embedder)


@pytest.mark.parametrize("question", [
    "Có nên tăng chỉ tiêu gia đình học tập của Đông Anh lên 80% không?",
    "Liệu Đông Anh có đạt chỉ tiêu gia đình học tập năm 2025 không?",
    "Should we raise Dong Anh's learning family target for 2030?",
    "Will Dong Anh meet its targets for 2030?",
])
def test_advice_and_forecasts_are_refused(plan, question):
    ans = plan.ask(question)
    assert ans.refused and not ans.citations, ans.answer
    assert "Đông Anh" in ans.answer  # the plans searched are named


def test_a_plan_of_another_subject_of_the_place_is_refused(plan):
    ans = plan.ask("Kế hoạch chuyển đổi số của huyện Đông Anh giao Phòng Nội vụ làm gì?")
    assert ans.refused and not ans.citations and "chuyển đổi số" in ans.answer, ans.answer
    ans = plan.ask("What does Dong Anh's digital transformation plan ask the Office of Home Affairs to do?")
    assert ans.refused and not ans.citations, ans.answer
    # the place's own plan, and its line on the subject, are still answered
    ans = plan.ask("Kế hoạch xây dựng xã hội học tập của Đông Anh giao Phòng Nội vụ làm gì?")
    assert not ans.refused and "kỹ năng số cho cán bộ" in ans.answer, ans.answer
    ans = plan.ask("Kế hoạch của Đông Anh đặt chỉ tiêu gì về chuyển đổi số?")
    assert not ans.refused and "100%" in ans.answer, ans.answer
    ans = plan.ask("Liệu Phòng Nội vụ Đông Anh có phải bồi dưỡng kỹ năng số cho công chức không?")
    assert not ans.refused and "bồi dưỡng kỹ năng số" in ans.answer, ans.answer


def test_a_body_set_aside_and_the_others_given_the_task(plan):
    ans = plan.ask("Ngoài Phòng Nội vụ, ở Đông Anh còn phòng nào được giao bồi dưỡng kỹ năng số cho cán bộ, công chức?")
    assert not ans.refused and "Phòng Văn hóa và Thông tin" in ans.answer, ans.answer
    assert all("Phòng Nội vụ" not in c.section for c in ans.citations), ans.citations
    ans = plan.ask("Ở Đông Anh, những phòng nào được giao bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã?")
    sections = " ".join(c.section for c in ans.citations)
    assert "Phòng Nội vụ" in sections and "Phòng Văn hóa và Thông tin" in sections, ans.answer
    assert "Hội Khuyến học" not in sections, ans.answer
    # a thing set aside, not a body: the body named after it is still the one asked
    ans = plan.ask("Trừ việc bồi dưỡng kỹ năng số, Phòng Nội vụ Đông Anh còn làm gì?")
    assert not ans.refused and "xếp loại công chức" in ans.answer, ans.answer


def test_a_claim_about_who_holds_a_role(plan):
    ans = plan.ask("Phòng Nội vụ Đông Anh là cơ quan thường trực của kế hoạch phải không?")
    assert not ans.refused and ans.answer.startswith("Không") and "Phòng Giáo dục và Đào tạo" in ans.answer, ans.answer
    assert [c.section.split(" › ")[-1] for c in ans.citations] == ["1. Phòng Giáo dục và Đào tạo"], ans.citations
    ans = plan.ask("Có phải Phòng GD&ĐT là cơ quan thường trực kế hoạch Đông Anh không?")
    assert ans.answer.startswith("Đúng") and "Là cơ quan thường trực" in ans.answer, ans.answer
    ans = plan.ask("Is Dong Anh's Office of Home Affairs the standing body of the plan?")
    assert ans.answer.startswith("No:") and "Phòng Giáo dục và Đào tạo" in ans.answer, ans.answer
