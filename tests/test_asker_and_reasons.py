"""An asker who says who they are before asking a figure ("Tôi là chuyên viên Phòng GD&ĐT huyện …, đang làm báo cáo
sơ kết. Chỉ tiêu … của huyện là bao nhiêu?"): their office and their errand are no part of the figure asked, their
place is. And "why" asked of a plan: why the work is done is its purpose (I. MỤC ĐÍCH), answered from its lines;
why a figure, a body or a change was chosen the plan does not argue, and is refused plainly.
Real reader, model and index over a plan of our own."""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

_PLAN = """ỦY BAN NHÂN DÂN HUYỆN THẠCH THẤT
Số: 37/KH-UBND
Thạch Thất, ngày 20 tháng 02 năm 2025
KẾ HOẠCH
Xây dựng xã hội học tập huyện Thạch Thất giai đoạn 2025 - 2030
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Tạo cơ hội cho mọi người dân được học tập suốt đời, nâng cao dân trí và chất lượng nguồn nhân lực của huyện.
2. Yêu cầu
- Các cơ quan, đơn vị xác định nhiệm vụ cụ thể, bảo đảm tiến độ.
II. MỤC TIÊU
1. Mục tiêu đến năm 2025
- 45% công dân đạt danh hiệu “Công dân học tập”.
- 60% hộ gia đình đạt danh hiệu “Gia đình học tập”.
2. Mục tiêu đến năm 2030
- 70% công dân đạt danh hiệu “Công dân học tập”.
III. TỔ CHỨC THỰC HIỆN
1. Phòng Giáo dục và Đào tạo
- Là cơ quan thường trực; chủ trì, theo dõi, tổng hợp kết quả thực hiện Kế hoạch; báo cáo UBND huyện trước ngày 15/12 hằng năm.
2. Phòng Nội vụ
- Chủ trì bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã.
3. Hội Khuyến học huyện
- Vận động hội viên đăng ký danh hiệu “Gia đình học tập”.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Văn Hòa
"""


@pytest.fixture(scope="module")
def plan(tmp_path_factory, embedder):  # noqa: ANN001, ANN201
    home = tmp_path_factory.mktemp("thachthat")
    (home / "plans").mkdir()
    (home / "plans" / "thachthat_37.txt").write_text(_PLAN, encoding="utf-8")
    return assistant_over(home, embedder)


def test_an_askers_office_and_errand_are_no_part_of_the_figure(plan):
    ans = plan.ask("Tôi là chuyên viên Phòng GD&ĐT huyện Thạch Thất, đang làm báo cáo sơ kết giữa kỳ. Xin hỏi chỉ "
                   "tiêu tỷ lệ công dân học tập năm 2025 của huyện là bao nhiêu?")
    assert not ans.refused and "45%" in ans.answer and "60%" not in ans.answer, ans.answer
    # the office asked about itself is still the asker's ("phòng tôi")
    ans = plan.ask("Tôi là cán bộ Phòng Nội vụ huyện Thạch Thất. Phòng tôi phải làm gì?")
    assert not ans.refused and "kỹ năng số" in ans.answer, ans.answer
    # the place the asker names is the place asked: a place with no loaded plan is refused as such
    ans = plan.ask("Tôi là cán bộ Phòng GD&ĐT huyện Quốc Oai. Chỉ tiêu công dân học tập năm 2025 là bao nhiêu?")
    assert ans.refused and not ans.citations and "Quốc Oai" in ans.answer, ans.answer


def test_why_the_work_is_done_is_the_plans_purpose(plan):
    ans = plan.ask("Tại sao huyện Thạch Thất phải xây dựng xã hội học tập?")
    assert not ans.refused and "học tập suốt đời, nâng cao dân trí" in ans.answer, ans.answer


@pytest.mark.parametrize("question", [
    "Vì sao Thạch Thất đặt chỉ tiêu 45% công dân học tập năm 2025?",
    "Tại sao kế hoạch Thạch Thất giao Phòng Nội vụ chủ trì bồi dưỡng kỹ năng số?",
    "Why did Thach That set its 2030 learning citizen target at 70%?",
])
def test_why_a_figure_or_a_body_was_chosen_is_refused(plan, question):
    ans = plan.ask(question)
    assert ans.refused and not ans.citations and "Thạch Thất" in ans.answer, ans.answer
