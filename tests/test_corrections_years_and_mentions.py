"""Conversation and scope, on two plans of our own: a correction names what it corrects ("à nhầm, ý tôi là Gia Lâm
chứ không phải Đông Anh", "không phải Đông Anh, tôi hỏi Gia Lâm") and goes back to the turn that named it; "thôi bỏ
qua năm, cho tôi cả giai đoạn" asks every year; "năm sau / năm trước đó" count from the year the conversation asked.
Refused: "có nói gì về X không?" when no asked plan writes X, who holds an office no plan names a person for, and a
body asked for a task the plan gives to nobody. Real reader, model and index."""

from __future__ import annotations

import pytest

from tests.conftest import assistant_over

_DONG_ANH = """ỦY BAN NHÂN DÂN HUYỆN ĐÔNG ANH
Số: 61/KH-UBND
Đông Anh, ngày 12 tháng 3 năm 2025
KẾ HOẠCH
Xây dựng xã hội học tập huyện Đông Anh giai đoạn 2025 - 2030
I. MỤC TIÊU
1. Mục tiêu đến năm 2025
- 55% hộ gia đình đạt danh hiệu “Gia đình học tập”.
2. Mục tiêu đến năm 2026
- 60% hộ gia đình đạt danh hiệu “Gia đình học tập”.
3. Mục tiêu đến năm 2030
- 75% hộ gia đình đạt danh hiệu “Gia đình học tập”.
- 100% trung tâm học tập cộng đồng ứng dụng chuyển đổi số trong quản lý.
II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Tổ chức Ngày hội đọc sách tại các thôn vào tháng 4 hằng năm.
2. Xây dựng tủ sách pháp luật tại nhà văn hóa thôn.
III. TỔ CHỨC THỰC HIỆN
1. Phòng Giáo dục và Đào tạo
- Là cơ quan thường trực; chủ trì, theo dõi, tổng hợp kết quả thực hiện Kế hoạch.
2. Phòng Nội vụ
- Tổ chức bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã.
- Đưa kết quả học tập vào đánh giá, xếp loại công chức hằng năm.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Xuân Thành
"""

_GIA_LAM = """ỦY BAN NHÂN DÂN HUYỆN GIA LÂM
Số: 77/KH-UBND
Gia Lâm, ngày 02 tháng 4 năm 2025
KẾ HOẠCH
Xây dựng xã hội học tập huyện Gia Lâm giai đoạn 2025 - 2030
I. MỤC TIÊU
- Đến năm 2030, 70% hộ gia đình đạt danh hiệu “Gia đình học tập”.
II. TỔ CHỨC THỰC HIỆN
1. Phòng Giáo dục và Đào tạo
- Chủ trì, tổng hợp kết quả thực hiện Kế hoạch.
2. Phòng Nội vụ
- Chủ trì mở lớp bồi dưỡng ngoại ngữ cho công chức trẻ của huyện.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Anh Quân
"""


@pytest.fixture(scope="module")
def plan(tmp_path_factory, embedder):  # noqa: ANN001, ANN201
    home = tmp_path_factory.mktemp("donganh_gialam")
    (home / "plans").mkdir()
    (home / "plans" / "donganh_61.txt").write_text(_DONG_ANH, encoding="utf-8")
    (home / "plans" / "gialam_77.txt").write_text(_GIA_LAM, encoding="utf-8")
    return assistant_over(home, embedder)


def _places(ans) -> set[str]:  # noqa: ANN001
    return {c.locality for c in ans.citations}


def test_a_correction_goes_back_to_the_turn_it_corrects(plan):
    history = [{"role": "user", "content": "Phòng Nội vụ huyện Đông Anh phải làm gì?"},
               {"role": "assistant", "content": "Phòng Nội vụ tổ chức bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã."},
               {"role": "user", "content": "ừ, có hạn không?"},
               {"role": "assistant", "content": "Mục này không ghi hạn riêng."}]
    ans = plan.ask("à nhầm, ý tôi là Gia Lâm chứ không phải Đông Anh", history)
    assert not ans.refused and _places(ans) == {"Gia Lâm"} and "ngoại ngữ" in ans.answer, ans.answer
    history = [{"role": "user", "content": "Phòng Nội vụ làm gì trong kế hoạch xã hội học tập?"},
               {"role": "assistant", "content": "Ở Đông Anh, Phòng Nội vụ tổ chức bồi dưỡng kỹ năng số cho cán bộ."},
               {"role": "user", "content": "ừm"},
               {"role": "assistant", "content": "Anh/chị có muốn xem kế hoạch khác không?"}]
    ans = plan.ask("không phải Đông Anh, tôi hỏi Gia Lâm", history)
    assert not ans.refused and _places(ans) == {"Gia Lâm"} and "ngoại ngữ" in ans.answer, ans.answer


def test_every_year_and_the_year_after_the_one_asked(plan):
    history = [{"role": "user", "content": "Đông Anh năm 2030 đặt bao nhiêu % hộ gia đình đạt Gia đình học tập?"},
               {"role": "assistant", "content": "75% hộ gia đình (mục I.3)."}]
    ans = plan.ask("thôi bỏ qua năm, cho tôi cả giai đoạn", history)
    assert not ans.refused and all(f in ans.answer for f in ("55%", "60%", "75%")), ans.answer
    history = [{"role": "user", "content": "Năm 2025 Đông Anh đặt bao nhiêu % hộ gia đình đạt Gia đình học tập?"},
               {"role": "assistant", "content": "55% hộ gia đình (mục I.1)."}]
    ans = plan.ask("Năm sau nâng lên bao nhiêu?", history)
    assert not ans.refused and "60%" in ans.answer and "75%" not in ans.answer, ans.answer


def test_a_subject_the_plan_never_writes(plan):
    ans = plan.ask("Kế hoạch Đông Anh có nói gì về trí tuệ nhân tạo không?")
    assert ans.refused and not ans.citations and "trí tuệ nhân tạo" in ans.answer, ans.answer
    ans = plan.ask("Kế hoạch Đông Anh có nói gì về chuyển đổi số không?")
    assert not ans.refused and "100%" in ans.answer, ans.answer


def test_who_holds_an_office(plan):
    ans = plan.ask("Trưởng phòng Nội vụ huyện Đông Anh hiện nay là ai?")
    assert ans.refused and not ans.citations, ans.answer
    ans = plan.ask("Chủ tịch UBND huyện Gia Lâm là ai?")  # its plan is signed for the Chủ tịch by a Phó Chủ tịch
    assert ans.refused and not ans.citations, ans.answer
    ans = plan.ask("Chủ tịch UBND huyện Đông Anh là ai?")  # signed by the Chủ tịch himself
    assert not ans.refused and "Nguyễn Xuân Thành" in ans.answer, ans.answer


def test_a_task_given_to_nobody(plan):
    ans = plan.ask("Ở Đông Anh, cơ quan nào được giao tổ chức Ngày hội đọc sách tại các thôn?")
    assert ans.refused and not ans.citations, ans.answer
    ans = plan.ask("Ở Đông Anh, ai được giao bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã?")
    assert not ans.refused and "Phòng Nội vụ" in ans.answer, ans.answer


def test_a_place_set_aside_and_a_document_kind_never_cited(plan):
    ans = plan.ask("Ngoài Đông Anh, còn kế hoạch nào nói đến Gia đình học tập?")
    assert not ans.refused and _places(ans) == {"Gia Lâm"}, ans.answer
    ans = plan.ask("Kế hoạch Đông Anh căn cứ thông tư nào?")
    assert ans.refused and not ans.citations and "thông tư" in ans.answer, ans.answer
