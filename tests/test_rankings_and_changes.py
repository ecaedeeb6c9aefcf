"""Rankings and changes of targets on plans of our own: a plan's highest / lowest percentage target (per year, the
100% ones left out when asked), the higher of two plans' values, and how much one indicator changes between two
years — said before the quoted lines; a plan that sets no percentage target has no highest one (refused). Real
reader, model and index."""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

_PROVINCE = """ỦY BAN NHÂN DÂN TỈNH KON TUM
Số: 58/KH-UBND
Kon Tum, ngày 12 tháng 3 năm 2026
KẾ HOẠCH
Xây dựng xã hội học tập tỉnh Kon Tum giai đoạn 2026 - 2030
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức của người dân về học tập suốt đời.
II. MỤC TIÊU
1. Mục tiêu đến năm 2026
- 100% trung tâm học tập cộng đồng được củng cố, kiện toàn.
- 97% người trong độ tuổi 15-60 biết chữ.
- 55% hộ gia đình đạt danh hiệu “Gia đình học tập”.
- 35% người trong độ tuổi lao động được trang bị kỹ năng số.
2. Mục tiêu đến năm 2030
- 100% trung tâm học tập cộng đồng hoạt động hiệu quả.
- 99% người trong độ tuổi 15-60 biết chữ.
- 70% hộ gia đình đạt danh hiệu “Gia đình học tập”.
- 60% người trong độ tuổi lao động được trang bị kỹ năng số.
III. NHIỆM VỤ VÀ GIẢI PHÁP
1. Đẩy mạnh tuyên truyền về học tập suốt đời trên các phương tiện thông tin đại chúng.
IV. TỔ CHỨC THỰC HIỆN
1. Sở Giáo dục và Đào tạo
Chủ trì, theo dõi, tổng hợp kết quả thực hiện Kế hoạch.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
A Pớt
"""

_DISTRICT = """ỦY BAN NHÂN DÂN HUYỆN SA THẦY
Số: 21/KH-UBND
Sa Thầy, ngày 02 tháng 4 năm 2026
KẾ HOẠCH
Xây dựng xã hội học tập huyện Sa Thầy năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Huy động người dân tham gia học tập suốt đời.
II. MỤC TIÊU
Năm 2026 mở ít nhất 12 lớp xóa mù chữ và 20 chuyên đề tại trung tâm học tập cộng đồng.
Hộ gia đình học tập: phấn đấu 62% hộ gia đình đạt danh hiệu “Gia đình học tập”.
III. TỔ CHỨC THỰC HIỆN
1. Phòng Giáo dục và Đào tạo
Tham mưu Ủy ban nhân dân huyện tổ chức thực hiện Kế hoạch.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Y Don
"""

_COMMUNE = """ỦY BAN NHÂN DÂN XÃ YA XIÊR
Số: 09/KH-UBND
KẾ HOẠCH
Xây dựng xã hội học tập xã Ya Xiêr năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Khuyến khích người dân học tập suốt đời.
II. NHIỆM VỤ
Mở ít nhất 4 lớp xóa mù chữ; tổ chức 10 chuyên đề tại trung tâm học tập cộng đồng.
III. TỔ CHỨC THỰC HIỆN
1. Công chức Văn hóa - Xã hội
Tham mưu Ủy ban nhân dân xã triển khai Kế hoạch.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
A Thuận
"""


@pytest.fixture(scope="module")
def plans(tmp_path_factory, embedder):  # noqa: ANN001, ANN201
    home = tmp_path_factory.mktemp("kontum")
    (home / "plans").mkdir()
    for name, text in (("kontum_58.txt", _PROVINCE), ("sathay_21.txt", _DISTRICT), ("yaxier_09.txt", _COMMUNE)):
        (home / "plans" / name).write_text(text, encoding="utf-8")
    return assistant_over(home, embedder)


def test_a_plans_highest_target_for_a_year_leaving_out_the_full_ones(plans):
    ans = plans.ask("Năm 2026, chỉ tiêu nào của tỉnh Kon Tum cao nhất mà không phải 100%?")
    lead = ans.answer.split("\n\n")[0]
    assert not ans.refused and "97%" in lead and "biết chữ" in lead and "100%" in lead, ans.answer  # "(không tính …100%)"
    assert "99%" not in ans.answer and len(ans.citations) == 1, ans.answer


def test_a_plans_lowest_target_in_english_per_year(plans):
    ans = plans.ask("Which Kon Tum target is the lowest?")
    lead = ans.answer.split("\n\n")[0]
    assert not ans.refused and "35%" in lead and "60%" in lead and "2026" in lead and "2030" in lead, ans.answer


def test_a_plan_with_no_percentage_target_has_no_highest_one(plans):
    ans = plans.ask("Trong kế hoạch xã Ya Xiêr, chỉ tiêu nào cao nhất?")
    assert ans.refused and not ans.citations and "Ya Xiêr" in ans.answer, ans.answer


def test_a_named_indicators_own_figure_is_no_ranking(plans):
    ans = plans.ask("Chỉ tiêu hộ gia đình học tập của Kon Tum năm 2030 cao nhất là bao nhiêu?")
    assert not ans.refused and "70%" in ans.answer and "99%" not in ans.answer, ans.answer


def test_the_higher_of_two_plans_is_named(plans):
    ans = plans.ask("Chỉ tiêu gia đình học tập năm 2026: Kon Tum và Sa Thầy, ai cao hơn?")
    lead = ans.answer.split("\n\n")[0]
    assert not ans.refused and "Sa Thầy" in lead and "62%" in lead and "cao hơn" in lead, ans.answer


def test_the_change_between_two_years_is_said_in_points(plans):
    ans = plans.ask("Tỷ lệ người lao động có kỹ năng số của Kon Tum tăng bao nhiêu điểm phần trăm từ 2026 đến 2030?")
    lead = ans.answer.split("\n\n")[0]
    assert not ans.refused and "35%" in lead and "60%" in lead and "tăng 25 điểm phần trăm" in lead, ans.answer
    english = plans.ask("How much does Kon Tum's literacy target for ages 15-60 rise between 2026 and 2030?")
    assert "up 2 percentage points" in english.answer.split("\n\n")[0], english.answer
    typed = plans.ask("Chỉ tiêu kỹ năng số của Kon Tum năm 2030 cao hơn năm 2026 bao nhiêu điểm phần trăm?")
    assert not typed.refused and "tăng 25 điểm phần trăm" in typed.answer.split("\n\n")[0], typed.answer


def test_a_follow_up_comparing_with_another_year_keeps_both(plans):
    history = [{"role": "user", "content": "Kon Tum đến năm 2030 đặt bao nhiêu % người lao động có kỹ năng số?"},
               {"role": "assistant", "content": "60% người trong độ tuổi lao động được trang bị kỹ năng số."}]
    ans = plans.ask("So với năm 2026 thì sao?", history=history)
    assert not ans.refused and "tăng 25 điểm phần trăm" in ans.answer.split("\n\n")[0], ans.answer
