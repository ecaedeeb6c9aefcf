"""Figures asked of a plan (issue 11, kind 2): the year a plan's period covers, a past year's results, the
present state, a value read out of a table row, a comparison across plans that word one indicator differently,
and a follow-up that asks for money after a body's tasks — on two plans written for these tests (a commune's
annual plan in prose, a district's 2025–2030 plan with a targets table whose years are rows), with the real
ingest, model and index."""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

COMMUNE = "phuluu_07-KH-UBND_2025.txt"
DISTRICT = "krongbong_88-KH-UBND_2025.md"

COMMUNE_TEXT = """ỦY BAN NHÂN DÂN HUYỆN ỨNG HÒA
ỦY BAN NHÂN DÂN XÃ PHÙ LƯU
Số: 07/KH-UBND
Phù Lưu, ngày 14 tháng 01 năm 2025
KẾ HOẠCH
Xây dựng xã hội học tập xã Phù Lưu năm 2025
Căn cứ Kế hoạch số 19/KH-UBND ngày 08/01/2024 của Ủy ban nhân dân huyện Ứng Hòa về xây dựng xã hội học tập;
Năm 2024, xã có 58% hộ gia đình đạt danh hiệu “Gia đình học tập”, 41% công dân đạt danh hiệu “Công dân học tập”; Trung tâm học tập cộng đồng mở 7 lớp chuyên đề.
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Phát huy truyền thống hiếu học, huy động người dân tham gia học tập thường xuyên.
II. MỤC TIÊU NĂM 2025
1. Chỉ tiêu cụ thể
a) Ít nhất 50% công dân đạt danh hiệu “Công dân học tập”.
b) 62% hộ gia đình đạt danh hiệu “Gia đình học tập”.
c) Trung tâm học tập cộng đồng mở ít nhất 9 lớp chuyên đề về nghề truyền thống trong năm.
d) Ít nhất 5/7 thôn đạt danh hiệu “Thôn học tập”.
III. NHIỆM VỤ VÀ GIẢI PHÁP
1. Tuyên truyền trên hệ thống loa truyền thanh của xã và trong các buổi sinh hoạt thôn.
2. Hướng dẫn các thôn, dòng họ, hộ gia đình đăng ký danh hiệu học tập từ đầu năm.
IV. KINH PHÍ THỰC HIỆN
Ngân sách xã bố trí 35 triệu đồng cho hoạt động của Trung tâm học tập cộng đồng năm 2025.
V. TỔ CHỨC THỰC HIỆN
1. Công chức Tài chính - Kế toán
- Tham mưu bố trí kinh phí trong dự toán ngân sách xã; hướng dẫn thanh toán, quyết toán trước ngày 25/12/2025.
2. Trưởng thôn
- Lập danh sách hộ gia đình đăng ký danh hiệu “Gia đình học tập”, gửi Ủy ban nhân dân xã trước ngày 31/3/2025.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Văn Bình
"""

DISTRICT_TEXT = """ỦY BAN NHÂN DÂN
HUYỆN KRÔNG BÔNG
Số: 88/KH-UBND

KẾ HOẠCH
Xây dựng xã hội học tập huyện Krông Bông giai đoạn 2025-2030

Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ;

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao dân trí, bồi dưỡng nhân lực cho các xã vùng đồng bào dân tộc thiểu số.

II. MỤC TIÊU CỤ THỂ

| Năm | Tỷ lệ “Công dân học tập” (%) | Tỷ lệ “Gia đình học tập” (%) | Số lớp chuyên đề |
|---|---|---|---|
| 2025 | 45 | 60 | 120 |
| 2027 | 48 | 64 | 140 |
| 2030 | 55 | 70 | 160 |

III. TỔ CHỨC THỰC HIỆN
1. Phòng Giáo dục và Đào tạo: chủ trì, tham mưu UBND huyện triển khai Kế hoạch; tổng hợp báo cáo trước ngày 10/12 hằng năm.
2. Phòng Văn hóa và Thông tin: tuyên truyền về xây dựng xã hội học tập bằng tiếng Việt và tiếng Ê Đê.
3. Đề nghị Huyện Đoàn: tổ chức đội thanh niên tình nguyện hướng dẫn người dân dùng ứng dụng học tập trực tuyến.

Trên đây là Kế hoạch xây dựng xã hội học tập huyện Krông Bông giai đoạn 2025-2030./.
"""


@pytest.fixture(scope="module")
def two_plans(tmp_path_factory, embedder):
    home = tmp_path_factory.mktemp("figures")
    plans = home / "plans"
    plans.mkdir()
    (plans / COMMUNE).write_text(COMMUNE_TEXT, encoding="utf-8")
    (plans / DISTRICT).write_text(DISTRICT_TEXT, encoding="utf-8")
    return assistant_over(home, embedder)


def _refused(ans) -> bool:  # noqa: ANN001
    return ans.refused and not ans.citations


def test_a_year_outside_the_plans_period_is_refused_saying_so(two_plans):
    ans = two_plans.ask("Huyện Krông Bông đặt tỷ lệ Công dân học tập năm 2035 là bao nhiêu?")
    assert _refused(ans) and "2035" in ans.answer and "2025-2030" in ans.answer, ans.answer
    ans = two_plans.ask("Năm 2023 xã Phù Lưu mở được bao nhiêu lớp chuyên đề?")
    assert _refused(ans) and "2023" in ans.answer, ans.answer  # the 2024 document cited names no 2023 figure


def test_a_past_year_is_answered_by_the_line_naming_its_results(two_plans):
    ans = two_plans.ask("Năm 2024 xã Phù Lưu đã có bao nhiêu phần trăm công dân đạt danh hiệu Công dân học tập?")
    assert not ans.refused and "41%" in ans.answer, ans.answer
    assert {c.doc for c in ans.citations} == {COMMUNE}
    # the kind of figure asked too: the results line gives a share of households, not their number
    ans = two_plans.ask("Năm 2024 xã Phù Lưu có bao nhiêu hộ gia đình?")
    assert _refused(ans) and "2024" in ans.answer, ans.answer
    # the year inside the period still reads the targets
    ans = two_plans.ask("Năm 2025 xã Phù Lưu phấn đấu bao nhiêu phần trăm công dân đạt Công dân học tập?")
    assert not ans.refused and "50%" in ans.answer, ans.answer


def test_a_present_count_the_plan_never_gives_is_refused(two_plans):
    ans = two_plans.ask("Hiện nay xã Phù Lưu có bao nhiêu hộ gia đình?")
    assert _refused(ans), ans.answer  # the village heads' list of households holds no count


def test_the_asked_value_is_read_out_of_a_table_row(two_plans):
    ans = two_plans.ask("Năm 2027 huyện Krông Bông đặt tỷ lệ Gia đình học tập là bao nhiêu?")
    assert not ans.refused
    lead = ans.answer.split("\n")[0]
    assert "64%" in lead and "Gia đình học tập" in lead and "2027" in lead, ans.answer
    assert "[1]" in lead and ans.citations[0].doc == DISTRICT


def test_a_comparison_finds_each_plans_own_wording_of_the_indicator(two_plans):
    ans = two_plans.ask("So sánh tỷ lệ Công dân học tập năm 2025 của xã Phù Lưu và huyện Krông Bông")
    assert not ans.refused, ans.answer
    rows = {ln.split("|")[1].strip(): ln for ln in ans.answer.splitlines() if ln.startswith("| ") and "---" not in ln}
    assert "50%" in rows["Phù Lưu"] and "45%" in rows["Krông Bông"], ans.answer
    assert {c.doc for c in ans.citations} == {COMMUNE, DISTRICT}


def test_a_follow_up_asking_money_after_a_bodys_tasks(two_plans):
    from chat.types import Turn

    history = [Turn(role="user", content="Theo kế hoạch của xã Phù Lưu, công chức Tài chính - Kế toán làm gì?"),
               Turn(role="assistant", content="Tham mưu bố trí kinh phí trong dự toán ngân sách xã.")]
    ans = two_plans.ask("Khoản đó năm 2025 là bao nhiêu tiền?", history)
    assert not ans.refused and "35 triệu đồng" in ans.answer, ans.answer


def test_a_youth_union_named_by_its_level_is_an_agency(two_plans):
    from chat.types import Turn

    history = [Turn(role="user", content="Kế hoạch của huyện Krông Bông giao Phòng Văn hóa và Thông tin làm gì?"),
               Turn(role="assistant", content="Tuyên truyền về xây dựng xã hội học tập.")]
    ans = two_plans.ask("Còn Huyện Đoàn thì sao?", history)
    assert not ans.refused and "thanh niên tình nguyện" in ans.answer, ans.answer
    assert [c.section for c in ans.citations] == ["III. TỔ CHỨC THỰC HIỆN › 3. Đề nghị Huyện Đoàn"]


def test_an_amount_for_something_the_plan_funds_nothing_for_is_refused(two_plans):
    ans = two_plans.ask("Kinh phí mua sách cho thư viện xã Phù Lưu là bao nhiêu?")
    assert _refused(ans), ans.answer  # the plan's only amount is for the learning centre's activities
    ans = two_plans.ask("Năm 2025 xã Phù Lưu bố trí bao nhiêu tiền cho Trung tâm học tập cộng đồng?")
    assert not ans.refused and "35 triệu đồng" in ans.answer, ans.answer


def test_a_share_of_units_is_a_count_not_a_date(two_plans):
    ans = two_plans.ask("Năm 2025 xã Phù Lưu phấn đấu có bao nhiêu thôn đạt danh hiệu Thôn học tập?")
    assert not ans.refused and "5/7 thôn" in ans.answer, ans.answer


def test_a_count_is_tied_to_what_it_counts():
    from chat.extractive import states_value
    from index.types import Query

    q = Query(raw="", text="", value="count", indicator="thôn đạt danh hiệu Thôn học tập")
    assert states_value(q, "d) Ít nhất 5/7 thôn đạt danh hiệu “Thôn học tập”.")  # a share of villages, not 5 July
    assert not states_value(q, "Báo cáo trước ngày 5/7/2025.")
    q = Query(raw="", text="", value="count", indicator="hộ gia đình")
    assert not states_value(q, "Năm 2024, xã có 58% hộ gia đình đạt danh hiệu; Trung tâm mở 7 lớp chuyên đề.")
    assert states_value(q, "Toàn xã có 1.250 hộ gia đình.")
    assert not states_value(q, "Xã duy trì chuẩn xóa mù chữ mức độ 2; 64% hộ gia đình đạt danh hiệu.")  # a level
    assert states_value(Query(raw="", text="", value="count", indicator="Trung tâm xếp loại Tốt"),
                   "Năm: 2030 | Số TTHTCĐ xếp loại Tốt: 12")


def test_a_percentage_is_tied_to_what_it_measures():
    from chat.extractive import states_value
    from index.types import Query

    q = Query(raw="", text="", value="percent", indicator="công dân đạt danh hiệu Công dân học tập")
    assert not states_value(q, "Năm 2024, xã có 64% hộ gia đình đạt danh hiệu “Gia đình học tập”.")  # households
    assert states_value(q, "Năm 2024, 71% hộ gia đình đạt danh hiệu, 46% công dân đạt danh hiệu “Công dân học tập”.")
    assert states_value(q, "Tỷ lệ công dân đạt danh hiệu Công dân học tập đạt 46% trở lên.")
