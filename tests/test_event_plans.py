"""An event plan (one week, a theme, slogans, a day-by-day schedule) asked how long it runs, its theme and its
slogans, in Vietnamese and in English: the plan's own "Thời gian" part answers a span, not one day's row nor a
task line that happens to name a span. Real reader, model and index.
"""

from __future__ import annotations

import pytest

from index.glossary import english_terms
from tests.conftest import assistant_over

_WEEK = """ỦY BAN NHÂN DÂN TỈNH KON TUM
Số: 301/KH-UBND                      Kon Tum, ngày 10 tháng 9 năm 2026
KẾ HOẠCH
Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2026 trên địa bàn tỉnh Kon Tum
I. CHỦ ĐỀ VÀ THỜI GIAN
1. Chủ đề
Chủ đề Tuần lễ năm 2026: “Học tập suốt đời vì một cộng đồng số”.
2. Thời gian
Tuần lễ được tổ chức từ ngày 05 tháng 10 năm 2026 đến hết ngày 11 tháng 10 năm 2026 trên phạm vi toàn tỉnh.
II. HOẠT ĐỘNG
1. Lịch hoạt động cấp tỉnh
| Thời gian | Hoạt động | Đơn vị chủ trì | Địa điểm |
|---|---|---|---|
| 8 giờ 00, ngày 05/10/2026 | Lễ khai mạc Tuần lễ | Sở Giáo dục và Đào tạo | Nhà văn hóa tỉnh |
| 14 giờ 00, ngày 08/10/2026 | Diễn đàn “Thanh niên học tập suốt đời” | Tỉnh Đoàn | Nhà Thiếu nhi tỉnh |
2. Khẩu hiệu tuyên truyền
Các cơ quan, đơn vị treo băng rôn với các khẩu hiệu sau:
1. Nhiệt liệt hưởng ứng Tuần lễ học tập suốt đời năm 2026!
2. Cả tỉnh chung tay xây dựng xã hội học tập!
III. TỔ CHỨC THỰC HIỆN
1. Sở Giáo dục và Đào tạo
- Là cơ quan thường trực; tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 25 tháng 10 năm 2026.
2. Báo Kon Tum
- Đưa tin về Tuần lễ; mở chuyên mục “Học tập suốt đời” từ ngày 28 tháng 9 đến ngày 15 tháng 10 năm 2026.
"""


@pytest.fixture(scope="module")
def week(tmp_path_factory, embedder):  # noqa: ANN001, ANN201
    home = tmp_path_factory.mktemp("event_week")
    (home / "plans").mkdir()
    (home / "plans" / "kontum_301.txt").write_text(_WEEK, encoding="utf-8")
    return assistant_over(home, embedder)


@pytest.mark.parametrize("question", [
    "Tuần lễ học tập suốt đời năm 2026 ở Kon Tum diễn ra từ ngày nào đến ngày nào?",
    "Tuần lễ học tập suốt đời ở Kon Tum diễn ra khi nào?",
    "When does Kon Tum's 2026 Lifelong Learning Week take place?",
])
def test_a_span_asked_is_the_plans_own_time_part(week, question):
    ans = week.ask(question)
    assert not ans.refused
    assert "05 tháng 10 năm 2026" in ans.answer and "11 tháng 10 năm 2026" in ans.answer
    assert [c.section.split(" › ")[-1] for c in ans.citations] == ["2. Thời gian"]


def test_english_event_words_reach_their_parts(week):
    ans = week.ask("What is the theme of Kon Tum's Lifelong Learning Week?")
    assert "Học tập suốt đời vì một cộng đồng số" in ans.answer
    ans = week.ask("Which slogans must offices hang during Kon Tum's week?")
    assert "Cả tỉnh chung tay xây dựng xã hội học tập!" in ans.answer
    assert all("Văn phòng" not in c.section for c in ans.citations)


def test_office_in_lower_case_is_no_body():
    assert "Văn phòng" not in english_terms("Which slogans must offices hang for the week?")
    assert "Văn phòng" in english_terms("What must the Office do?")
    assert "chủ đề" in english_terms("What is the theme of the week?")
