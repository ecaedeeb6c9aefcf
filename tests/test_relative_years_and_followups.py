"""Years said relative to today ("năm nay", "năm sau", "last year") are read as the calendar year they mean, with
today fixed by the settings; a plan with no figure for that year is refused, not answered with another year's line.
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
III. TỔ CHỨC THỰC HIỆN
1. Sở Giáo dục và Đào tạo
Chủ trì, theo dõi, tổng hợp kết quả thực hiện Kế hoạch.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Hồ Văn Mười
"""


@pytest.fixture(scope="module")
def plan(tmp_path_factory, embedder):  # noqa: ANN001, ANN201
    home = tmp_path_factory.mktemp("daknong")
    (home / "plans").mkdir()
    (home / "plans" / "daknong_33.txt").write_text(_PLAN, encoding="utf-8")
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
