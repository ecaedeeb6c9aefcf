"""A plan's targets asked as a whole ("Mỹ Lộc có những chỉ tiêu gì đến năm 2025?"), for one group of its
objectives or past a bound ("từ 90% trở lên"), answered from the targets table; the work two bodies do together;
two plans of one place told apart by their subject (a week's event plan and the provincial police's own plan); and a
department merged in 2025 asked by its new name.
Real reader, model and index.
"""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

_EVENT = """ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN
Số: 210/KH-UBND                      Phú Yên, ngày 05 tháng 9 năm 2026
KẾ HOẠCH
Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2026 trên địa bàn tỉnh Phú Yên
I. THỜI GIAN
- Tuần lễ diễn ra từ ngày 01/10/2026 đến ngày 07/10/2026.
II. TỔ CHỨC THỰC HIỆN
1. Sở Giáo dục và Đào tạo
- Chủ trì tổ chức Lễ khai mạc Tuần lễ tại Nhà văn hóa tỉnh.
2. Công an tỉnh
- Bảo đảm an ninh, trật tự tại Lễ khai mạc và các điểm tổ chức hoạt động.
III. HOẠT ĐỘNG
1. Lịch hoạt động
- Ngày 03/10/2026: Hội thi “Gia đình học tập tiêu biểu” tại Nhà Thiếu nhi tỉnh.
2. Khẩu hiệu tuyên truyền
Các cơ quan treo băng rôn với các khẩu hiệu sau:
1. Nhiệt liệt hưởng ứng Tuần lễ học tập suốt đời năm 2026!
2. Học tập không bao giờ là muộn!
Thời gian treo khẩu hiệu từ ngày 25/9/2026 đến ngày 10/10/2026.
"""
_POLICE = """BỘ CÔNG AN
CÔNG AN TỈNH PHÚ YÊN
Số: 88/KH-CAT-PX01                   Phú Yên, ngày 20 tháng 02 năm 2026
KẾ HOẠCH
Xây dựng “Đơn vị học tập” trong Công an tỉnh Phú Yên giai đoạn 2026 - 2030
I. CHỈ TIÊU
- Mỗi cán bộ, chiến sĩ học tập tối thiểu 40 giờ/năm ngoài chương trình huấn luyện bắt buộc.
II. TỔ CHỨC THỰC HIỆN
1. Phòng Tổ chức cán bộ
- Là cơ quan thường trực; tổng hợp, báo cáo Giám đốc Công an tỉnh trước ngày 10 tháng 12 hằng năm.

PHỤ LỤC - TIẾN ĐỘ THỰC HIỆN

| TT | Nhiệm vụ | Quý I/2026 | Quý II/2026 | 2027 | 2028 |
|---|---|---|---|---|---|
| 1 | Quán triệt Kế hoạch | x | | | |
| 2 | Xây dựng tủ sách pháp luật | | x | ● | |
| 3 | Sơ kết thực hiện Kế hoạch | | | | ● |

Ký hiệu: x - thời gian thực hiện; ● - thời điểm hoàn thành.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Đại tá Trần Văn Hùng
"""


@pytest.fixture(scope="module")
def same_place(tmp_path_factory, embedder):  # noqa: ANN001, ANN201
    home = tmp_path_factory.mktemp("same_place")
    (home / "plans").mkdir()
    (home / "plans" / "phuyen_210.txt").write_text(_EVENT, encoding="utf-8")
    (home / "plans" / "caphuyen_88.md").write_text(_POLICE, encoding="utf-8")
    return assistant_over(home, embedder)


def test_one_place_two_plans_told_apart_by_their_subject(same_place):
    ans = same_place.ask("Mỗi cán bộ, chiến sĩ Công an tỉnh Phú Yên phải học bao nhiêu giờ một năm?")
    assert "40 giờ/năm" in ans.answer and {c.doc for c in ans.citations} == {"caphuyen_88.md"}
    ans = same_place.ask("Theo kế hoạch Tuần lễ của Phú Yên, Công an tỉnh phải làm gì?")
    assert "an ninh, trật tự" in ans.answer and {c.doc for c in ans.citations} == {"phuyen_210.txt"}
    ans = same_place.ask("Tuần lễ hưởng ứng học tập suốt đời năm 2026 ở Phú Yên diễn ra khi nào?")
    assert "01/10/2026" in ans.answer and {c.doc for c in ans.citations} == {"phuyen_210.txt"}


def test_the_targets_of_a_year_are_listed_and_cited(assistant):
    ans = assistant.ask("Mỹ Lộc có những chỉ tiêu gì đến năm 2025?")
    assert not ans.refused and ans.answer.startswith("Các chỉ tiêu kế hoạch đặt ra cho năm 2025: 11.")
    for figure in ("40% công dân đạt danh hiệu công dân học tập", "Khoảng 50% dân số", "70%"):
        assert figure in ans.answer
    assert "90%" not in ans.answer  # the 2030 figure of the centres is not a 2025 target
    assert all(c.locality == "Mỹ Lộc" and "MỤC TIÊU" in c.section for c in ans.citations)


def test_a_group_of_objectives_by_its_heading(assistant):
    ans = assistant.ask("Các chỉ tiêu về xóa mù chữ và phổ cập giáo dục của Hà Nội năm 2030?")
    assert "“a) Xóa mù chữ và phổ cập giáo dục”" in ans.answer.split("\n")[0]
    assert "99,6% người trong độ tuổi 15-60 biết chữ" in ans.answer
    assert "công dân học tập" not in ans.answer  # another group's target


def test_one_indicator_or_one_figure_is_not_a_list(assistant):
    ans = assistant.ask("Chỉ tiêu công dân học tập năm 2025 ở Mỹ Lộc là gì?")
    assert not ans.answer.startswith("Các chỉ tiêu") and "40%" in ans.answer
    ans = assistant.ask("Kế hoạch 74 của Cần Thơ có bao nhiêu chỉ tiêu đặt ở mức 90% cho năm 2024? Đó là những chỉ tiêu nào?")
    assert not ans.answer.startswith("Các chỉ tiêu") and "55,55%" not in ans.answer


def test_targets_past_a_bound_of_one_plan_or_of_every_plan(assistant):
    ans = assistant.ask("Ở Cần Thơ năm 2024, những chỉ tiêu nào đặt dưới 60%?")
    assert ans.answer.startswith("Các chỉ tiêu dưới 60% cho năm 2024: 3.")
    assert "30% dân số từ 15 tuổi" in ans.answer and "55,55%" in ans.answer and "90%" not in ans.answer
    ans = assistant.ask("Chỉ tiêu kỹ năng sống từ 80% trở lên có ở kế hoạch nào, cho năm nào?")
    assert {c.locality for c in ans.citations} == {"Huế", "Mỹ Lộc", "Cần Thơ"}  # Hà Nội's are 50% and 70%
    ans = assistant.ask("Which of Hue's 2026 targets are set at ninety percent or more?")
    assert ans.answer.startswith("Targets at or above 90% for 2026: 4.") and "87%" not in ans.answer
    ans = assistant.ask("Ở An Lão, những chỉ tiêu nào từ 90% trở lên?")
    assert ans.refused and not ans.citations  # An Lão sets no quantitative target


def test_joint_work_of_two_bodies(assistant):
    ans = assistant.ask("Theo kế hoạch năm 2026 của Huế, những việc nào Sở Giáo dục và Đào tạo và Hội Khuyến học "
                        "thành phố cùng làm?")
    assert not ans.refused and "kiểm tra, giám sát" in ans.answer
    assert all("Sở Giáo dục và Đào tạo" in c.text and "Hội Khuyến học" in c.text for c in ans.citations)
    ans = assistant.ask("Ở Huế, Sở Nội vụ và Sở Tài chính có cùng làm việc gì không?")
    assert ans.refused and "không có dòng nào giao việc chung" in ans.answer  # both named, never together
    ans = assistant.ask("Sở Văn hóa và Thể thao với Sở Du lịch Huế cùng làm việc gì?")
    assert ans.refused and "không nhắc đến Sở Du lịch" in ans.answer


def test_an_event_plans_schedule_slogans_and_a_police_plans_grid_and_signer(same_place):
    docs = same_place.retriever.documents
    event, police = docs["phuyen_210.txt"], docs["caphuyen_88.md"]
    assert not any(s.title.endswith("!") for s in event.sections)  # numbered slogans are a list, not headings
    grid = [ln for ln in police.text.split("\n") if "Nhiệm vụ:" in ln]
    assert "Thời gian thực hiện: Quý I/2026" in grid[0]  # "x" under a period column says when, not who leads
    assert not any("Chủ trì: Quý" in ln for ln in grid) and "Thời gian thực hiện" not in grid[1]  # "●" is no "x"
    assert police.signer is not None and police.signer.name.endswith("Trần Văn Hùng")  # a rank before the name
    ans = same_place.ask("Ngày 03/10 trong Tuần lễ ở Phú Yên có hoạt động gì?")
    assert not ans.refused and "Gia đình học tập tiêu biểu" in ans.answer  # "03/10/2026" is that date
    ans = same_place.ask("Khẩu hiệu tuyên truyền Tuần lễ của Phú Yên gồm những câu nào?")
    assert "Học tập không bao giờ là muộn!" in ans.answer


def test_a_department_merged_in_2025_is_answered_by_its_old_name_only_when_the_question_says_so(assistant):
    ans = assistant.ask("Sở Dân tộc và Tôn giáo Hà Nội (thành lập năm 2025) được kế hoạch Hà Nội giao tham mưu việc gì?")
    assert not ans.refused and ans.answer.startswith("Kế hoạch không có tên Sở Dân tộc và Tôn giáo")
    assert all("Ban Dân tộc" in c.section for c in ans.citations)
    ans = assistant.ask("Sở Khoa học và Công nghệ Hà Nội làm gì trong kế hoạch này?")
    assert ans.refused  # asked plainly: the plan names no such body


def test_which_ranks_first_is_refused_when_the_plan_ranks_nothing(assistant):
    ans = assistant.ask("Mục tiêu nào đến năm 2030 của Mỹ Lộc được ưu tiên hàng đầu?")
    assert ans.refused and "không xếp thứ tự ưu tiên" in ans.answer and not ans.citations
