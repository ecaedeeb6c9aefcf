"""Years said relative to today ("năm nay", "năm sau", "last year") are read as the calendar year they mean, with
today fixed by the settings; a plan with no figure for that year is refused, not answered with another year's line.
Follow-ups that reach past the turn before: "Còn năm 2030?" after a turn about who carries a target out asks the
target's figure; "còn gì nữa không?" after a drill-down asks the rest of the list; "Phòng đó còn làm gì?" asks the
body's own tasks. Lines under another year's lead-in ("a) Mục tiêu đến năm 2025") are not quoted for 2030.
Real reader, model and index over a plan of our own."""

from __future__ import annotations

from datetime import date

import pytest

from chat.pipeline import Assistant
from tests.conftest import assistant_over

_PLAN = """ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG
Số: 33/KH-UBND
Đắk Nông, ngày 05 tháng 3 năm 2025
KẾ HOẠCH
Xây dựng xã hội học tập tỉnh Đắk Nông giai đoạn 2025 - 2030
I. MỤC ĐÍCH, YÊU CẦU
Tạo cơ hội học tập suốt đời cho mọi người dân.
II. MỤC TIÊU
1. Mục tiêu đến năm 2025
- 45% hộ gia đình đạt danh hiệu “Gia đình học tập”.
- 30% người trong độ tuổi lao động được trang bị kỹ năng số cơ bản.
2. Mục tiêu đến năm 2026
- 52% hộ gia đình đạt danh hiệu “Gia đình học tập”.
- 38% người trong độ tuổi lao động được trang bị kỹ năng số cơ bản.
3. Mục tiêu đến năm 2030
- 70% hộ gia đình đạt danh hiệu “Gia đình học tập”.
- 65% người trong độ tuổi lao động được trang bị kỹ năng số cơ bản.
4. Mục tiêu cụ thể
a) Mục tiêu đến năm 2025
- 40% thôn, bon, bản có tủ sách cộng đồng.
b) Mục tiêu đến năm 2030
- 75% thôn, bon, bản có tủ sách cộng đồng.
III. TỔ CHỨC THỰC HIỆN
1. Sở Giáo dục và Đào tạo
Chủ trì, theo dõi, tổng hợp kết quả thực hiện Kế hoạch.
2. Sở Văn hóa, Thể thao và Du lịch
- Chủ trì xây dựng tủ sách cộng đồng tại các thôn, bon, bản.
- Tổ chức Ngày Sách và Văn hóa đọc Việt Nam hằng năm.
- Hướng dẫn thư viện huyện luân chuyển sách về các thôn, bon.
3. Hội Liên hiệp Phụ nữ tỉnh
- Vận động hội viên đăng ký danh hiệu “Gia đình học tập”.
- Nhân rộng mô hình “Phụ nữ học tập suốt đời” tại các chi hội.
- Phối hợp mở lớp xóa mù chữ cho phụ nữ dân tộc thiểu số.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Hồ Văn Mười
"""


_OTHER = """ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
Số: 140/KH-UBND
Lâm Đồng, ngày 02 tháng 4 năm 2025
KẾ HOẠCH
Xây dựng xã hội học tập tỉnh Lâm Đồng giai đoạn 2025 - 2030
I. MỤC TIÊU
1. Mục tiêu đến năm 2025
- 50% hộ gia đình đạt danh hiệu “Gia đình học tập”.
2. Mục tiêu đến năm 2030
- 80% hộ gia đình đạt danh hiệu “Gia đình học tập”.
II. TỔ CHỨC THỰC HIỆN
1. Sở Giáo dục và Đào tạo
Chủ trì, tổng hợp kết quả thực hiện Kế hoạch.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Hồng Thái
"""


@pytest.fixture(scope="module")
def plan(tmp_path_factory, embedder):  # noqa: ANN001, ANN201
    home = tmp_path_factory.mktemp("daknong")
    (home / "plans").mkdir()
    (home / "plans" / "daknong_33.txt").write_text(_PLAN, encoding="utf-8")
    (home / "plans" / "lamdong_140.txt").write_text(_OTHER, encoding="utf-8")
    return assistant_over(home, embedder)


def _on(plan: Assistant, day: date) -> Assistant:  # the same index, asked on another day
    return Assistant(plan.settings.model_copy(update={"today": day}), embedder=plan.embedder)


def test_this_year_and_last_year_are_read_as_calendar_years(plan):
    asked_2026 = _on(plan, date(2026, 12, 4))
    ans = asked_2026.ask("Năm nay Đắk Nông đặt bao nhiêu % hộ gia đình đạt Gia đình học tập?")
    assert not ans.refused and "52%" in ans.answer and "45%" not in ans.answer, ans.answer
    ans = asked_2026.ask("Năm ngoái tỉnh Đắk Nông phấn đấu bao nhiêu phần trăm lao động có kỹ năng số cơ bản?")
    assert not ans.refused and "30%" in ans.answer and "38%" not in ans.answer, ans.answer
    ans = _on(plan, date(2030, 2, 1)).ask("Năm nay Đắk Nông đặt bao nhiêu % hộ gia đình đạt Gia đình học tập?")
    assert not ans.refused and "70%" in ans.answer and "52%" not in ans.answer, ans.answer


def test_a_relative_year_the_plan_sets_nothing_for_is_refused(plan):
    asked_2026 = _on(plan, date(2026, 12, 4))
    ans = asked_2026.ask("Năm sau Đắk Nông đặt chỉ tiêu bao nhiêu % hộ gia đình đạt Gia đình học tập?")
    assert ans.refused and not ans.citations and "2027" in ans.answer, ans.answer
    ans = asked_2026.ask("What is Dak Nong's digital skills target for next year?")
    assert ans.refused and not ans.citations, ans.answer


def _turns(*pairs: str) -> list[dict]:
    return [{"role": r, "content": c} for r, c in zip(["user", "assistant"] * len(pairs), pairs, strict=False)]


def test_a_year_follow_up_after_a_who_turn_asks_the_figure_again(plan):
    history = _turns("Đắk Nông đặt bao nhiêu % hộ gia đình đạt Gia đình học tập năm 2025?",
                     "45% hộ gia đình đạt danh hiệu “Gia đình học tập”.",
                     "Ai vận động các hộ đăng ký danh hiệu đó?",
                     "Hội Liên hiệp Phụ nữ tỉnh vận động hội viên đăng ký danh hiệu “Gia đình học tập”.")
    ans = plan.ask("Còn năm 2030?", history)
    assert not ans.refused and "70%" in ans.answer and "45%" not in ans.answer, ans.answer
    ans = plan.ask("Vậy đến 2026 thì con số đó là bao nhiêu?", history)
    assert not ans.refused and "52%" in ans.answer, ans.answer


def test_the_rest_of_a_list_and_a_body_named_by_the_answer(plan):
    history = _turns("Sở Văn hóa, Thể thao và Du lịch Đắk Nông có nhiệm vụ gì?",
                     "Một số việc: chủ trì xây dựng tủ sách cộng đồng tại các thôn, bon, bản.",
                     "Việc nào làm hằng năm?",
                     "Tổ chức Ngày Sách và Văn hóa đọc Việt Nam hằng năm.")
    ans = plan.ask("Còn gì nữa không? Liệt kê nốt giúp.", history)
    assert not ans.refused and "luân chuyển sách" in ans.answer and "tủ sách cộng đồng" in ans.answer, ans.answer
    history = _turns("Đắk Nông giao ai mở lớp xóa mù chữ cho phụ nữ dân tộc thiểu số?",
                     "Hội Liên hiệp Phụ nữ tỉnh phối hợp mở lớp xóa mù chữ cho phụ nữ dân tộc thiểu số.")
    ans = plan.ask("Hội đó còn làm gì?", history)
    assert not ans.refused and "Phụ nữ học tập suốt đời" in ans.answer, ans.answer


def test_lines_under_another_years_lead_in_are_not_quoted(plan):
    ans = plan.ask("Đắk Nông năm 2030 đặt bao nhiêu % thôn, bon, bản có tủ sách cộng đồng?")
    assert not ans.refused and "75%" in ans.answer and "40%" not in ans.answer, ans.answer


def test_a_follow_up_carrying_the_figure_to_another_plan(plan):
    history = _turns("Đắk Nông đặt bao nhiêu % hộ gia đình đạt Gia đình học tập năm 2030?",
                     "70% hộ gia đình đạt danh hiệu “Gia đình học tập”.")
    ans = plan.ask("cao hơn hay thấp hơn Lâm Đồng?", history)
    assert not ans.refused and "70%" in ans.answer and "80%" in ans.answer, ans.answer
    assert {c.doc for c in ans.citations} == {"daknong_33.txt", "lamdong_140.txt"}, ans.citations
    ans = plan.ask("Lâm Đồng cùng năm đó thì bao nhiêu?", history)
    assert not ans.refused and "80%" in ans.answer and "50%" not in ans.answer, ans.answer
    history = _turns("What is Dak Nong's 2025 target for learning families?", "45% of households.")
    ans = plan.ask("And Lam Dong's for 2030?", history)
    assert not ans.refused and "80%" in ans.answer and "45%" not in ans.answer, ans.answer


def test_the_milestone_before_the_one_asked(plan):
    history = _turns("Đắk Nông đặt bao nhiêu % hộ gia đình đạt Gia đình học tập năm 2030?",
                     "70% hộ gia đình đạt danh hiệu “Gia đình học tập”.")
    ans = plan.ask("so với mốc trước đó?", history)
    assert not ans.refused and "70%" in ans.answer and "52%" in ans.answer and "45%" not in ans.answer, ans.answer


def test_a_checked_claim_with_a_year_the_plan_keys_nothing_by(plan):
    ans = plan.ask("Đắk Nông đặt 70% hộ gia đình đạt Gia đình học tập cho năm 2028 phải không?")
    assert not ans.refused and ans.answer.startswith("Không") and "2028" in ans.answer.split("\n")[0], ans.answer
    assert "70%" in ans.answer and ans.citations, ans.answer
    ans = plan.ask("Đắk Nông đặt 70% hộ gia đình đạt Gia đình học tập cho năm 2030 phải không?")
    assert not ans.refused and ans.answer.startswith("Đúng") and "70%" in ans.answer, ans.answer


def test_an_asker_introducing_an_unloaded_unit_asks_about_the_loaded_plan(plan):
    ans = plan.ask("Tôi là cán bộ UBND huyện Cư Jút (Đắk Nông). Kế hoạch của tỉnh giao Sở Văn hóa, Thể thao và Du lịch "
                   "những việc gì?")
    assert not ans.refused and "tủ sách cộng đồng" in ans.answer, ans.answer
    # the asker's own unit asked about, or a body the plan does not name: still no plan for it
    ans = plan.ask("Tôi là cán bộ UBND huyện Cư Jút (Đắk Nông). Huyện chúng tôi phải làm gì theo kế hoạch?")
    assert ans.refused and "Cư Jút" in ans.answer, ans.answer
    ans = plan.ask("Tôi là cán bộ UBND huyện Cư Jút (Đắk Nông). Kế hoạch của tỉnh giao gì cho Phòng Tư pháp?")
    assert ans.refused, ans.answer


def test_last_years_result_is_not_last_years_target(plan):
    asked_2026 = _on(plan, date(2026, 12, 4))
    ans = asked_2026.ask("Năm ngoái Đắk Nông có bao nhiêu hộ gia đình đạt danh hiệu Gia đình học tập?")
    assert ans.refused and not ans.citations, ans.answer
    ans = asked_2026.ask("How many households in Dak Nong earned the learning family title last year?")
    assert ans.refused and not ans.citations, ans.answer
