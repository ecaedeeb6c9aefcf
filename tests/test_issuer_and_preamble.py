"""A department's own plan and a commune plan whose preamble tells last year's results (issue 11): the body that
assigns is not the one asked about, the plan's issuer setting out its plan asks about the plan, a unit inside the
department is found where it is named, accents tell a body ("Sở Văn hóa") from a phrase ("số và văn hóa") and a
place ("Sơn La") from a word ("Sơn là"), a document asked by another number is not loaded, the preamble's header
lines answer nothing asked, a year outside the period is answered by the results it gives — on two plans written
for these tests, with the real ingest, model and index.
"""

from __future__ import annotations

import pytest

from chat.types import Turn
from tests.conftest import assistant_over

DEPT = "sonla_15-KH-SGDDT_2026.txt"
COMMUNE = "hoason_09-KH-UBND_2026.md"

DEPT_TEXT = """UBND TỈNH SƠN LA
SỞ GIÁO DỤC VÀ ĐÀO TẠO
Số: 15/KH-SGDĐT
Sơn La, ngày 12 tháng 01 năm 2026

KẾ HOẠCH
Xây dựng xã hội học tập trong ngành Giáo dục giai đoạn 2026 - 2028

Căn cứ Kế hoạch số 99/KH-UBND ngày 05/12/2025 của Ủy ban nhân dân tỉnh Sơn La về xây dựng xã hội học tập năm 2026;
Sở Giáo dục và Đào tạo xây dựng Kế hoạch năm 2026 như sau:

I. MỤC ĐÍCH, MỤC TIÊU
Nâng cao chất lượng giáo dục thường xuyên, phát triển học liệu số và văn hóa đọc trong trường học.
a) Đến năm 2026: tỷ lệ người trong độ tuổi 15 - 60 biết chữ mức độ 2 đạt 94%; 55% trung tâm được xếp loại Tốt.
b) Đến năm 2028: tỷ lệ người trong độ tuổi 15 - 60 biết chữ mức độ 2 đạt 95,5%; 70% trung tâm được xếp loại Tốt.

II. NHIỆM VỤ, GIẢI PHÁP
1. Duy trì kết quả xóa mù chữ
Mở 40 lớp xóa mù chữ mức độ 2 tại các bản vùng cao.
2. Phát triển học liệu số
Xây dựng kho học liệu số dùng chung cho các trung tâm giáo dục thường xuyên.
3. Đẩy mạnh văn hóa đọc
Tổ chức Ngày hội đọc sách tại các trường học vào tháng 4/2026.

III. KIỂM TRA, ĐÁNH GIÁ
Thanh tra Sở phối hợp với Phòng Giáo dục thường xuyên kiểm tra các lớp xóa mù chữ trong Quý III/2026.

IV. TỔ CHỨC THỰC HIỆN
1. Phòng Giáo dục thường xuyên
Là đầu mối tham mưu Giám đốc Sở triển khai Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh chậm nhất ngày 10/12/2026.
2. Văn phòng Sở
Đăng tải Kế hoạch trên Cổng thông tin điện tử của Sở, hoàn thành chậm nhất ngày 28/02/2026.
3. Các trường THPT
Thành lập câu lạc bộ đọc sách; báo cáo kết quả về Sở chậm nhất ngày 20/11/2026.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Lò Thị Hạnh
"""

COMMUNE_TEXT = """**ỦY BAN NHÂN DÂN XÃ HÒA SƠN**

Số: 09/KH-UBND

Hòa Sơn, ngày 20 tháng 01 năm 2026

**KẾ HOẠCH**

**Xây dựng xã hội học tập trên địa bàn xã Hòa Sơn năm 2026**

Căn cứ Kế hoạch số 210/KH-UBND ngày 15 tháng 12 năm 2025 của Ủy ban nhân dân huyện Lương Sơn;

Ủy ban nhân dân xã Hòa Sơn xây dựng Kế hoạch xây dựng xã hội học tập năm 2026 như sau:

**KẾT QUẢ THỰC HIỆN NĂM 2025**

Năm 2025, toàn xã có 1.420 hộ đạt danh hiệu "Gia đình học tập", 9/12 thôn đạt danh hiệu "Cộng đồng học tập"; Trung tâm học tập cộng đồng mở 18 lớp chuyên đề.

**I. MỤC ĐÍCH, YÊU CẦU**

1. Mục đích

- Giúp nông dân ven sông Bôi học kỹ thuật trồng cam an toàn, nâng cao thu nhập.

2. Yêu cầu

- Các thôn đăng ký chỉ tiêu và báo cáo kết quả hằng quý.

**II. CHỈ TIÊU NĂM 2026**

- 10/12 thôn đạt danh hiệu "Cộng đồng học tập"; 1.500 hộ đạt danh hiệu "Gia đình học tập".

**III. NHIỆM VỤ**

1. Mở 04 lớp tập huấn trồng cam an toàn tại Trung tâm học tập cộng đồng, hoàn thành trong Quý II/2026.
2. Xây dựng tủ sách cộng đồng tại nhà văn hóa các thôn.

**IV. KINH PHÍ**

Tổng kinh phí năm 2026 là 90 triệu đồng, gồm:

- Ngân sách xã: 60 triệu đồng;

- Nguồn xã hội hóa: 30 triệu đồng.

**V. TỔ CHỨC THỰC HIỆN**

1. Công chức Văn hóa - Xã hội: tham mưu Ủy ban nhân dân xã triển khai Kế hoạch.
2. Trạm Y tế xã: phối hợp tổ chức chuyên đề chăm sóc sức khỏe tại Trung tâm học tập cộng đồng mỗi quý một lần.
3. Trưởng thôn: vận động các hộ đăng ký danh hiệu "Gia đình học tập".

**TM. ỦY BAN NHÂN DÂN**

**CHỦ TỊCH**

**Bùi Văn Tâm**
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, embedder):  # noqa: ANN001, ANN201
    home = tmp_path_factory.mktemp("issuer")
    (home / "plans").mkdir()
    (home / "plans" / DEPT).write_text(DEPT_TEXT, encoding="utf-8")
    (home / "plans" / COMMUNE).write_text(COMMUNE_TEXT, encoding="utf-8")
    return assistant_over(home, embedder)


def _sections(ans) -> list[str]:  # noqa: ANN001
    return [c.section for c in ans.citations]


def test_the_body_given_the_task_is_the_one_asked(assistant):
    """"Sở GD&ĐT … giao các trường THPT làm gì?" asks about the schools, typed with or without accents; "P. GDTX"
    is the department's office (not a ward)."""
    for q in ("Sở GD&ĐT Sơn La giao các trường THPT làm gì?", "So GD&DT Son La giao cac truong THPT lam gi?"):
        ans = assistant.ask(q)
        assert not ans.refused and "câu lạc bộ đọc sách" in ans.answer, q
        assert all("3. Các trường THPT" in s for s in _sections(ans)), q
    ans = assistant.ask("Sở GD&ĐT Sơn La giao P. GDTX làm đầu mối những việc gì?")
    assert not ans.refused and all("1. Phòng Giáo dục thường xuyên" in s for s in _sections(ans))


def test_the_issuer_setting_out_its_plan_asks_about_the_plan(assistant):
    ans = assistant.ask("Sở GD&ĐT Sơn La đề ra những nhiệm vụ, giải pháp nào?")
    assert not ans.refused
    assert all(s.startswith("II. NHIỆM VỤ, GIẢI PHÁP") for s in _sections(ans))
    assert all(t in ans.answer for t in ("xóa mù chữ", "học liệu số", "văn hóa đọc"))


def test_a_unit_inside_the_department_is_found_where_it_is_named(assistant):
    ans = assistant.ask("Thanh tra Sở Giáo dục và Đào tạo Sơn La làm gì trong kế hoạch?")
    assert not ans.refused and "Quý III/2026" in ans.answer
    assert _sections(ans) == ["III. KIỂM TRA, ĐÁNH GIÁ"]
    ans = assistant.ask("Phòng Giáo dục Tiểu học của Sở GD&ĐT Sơn La phải làm gì?")  # named nowhere
    assert ans.refused and not ans.citations


def test_accents_tell_a_body_and_a_place_from_look_alike_words(assistant):
    # "phát triển học liệu số và văn hóa đọc" holds no "Sở Văn hóa"
    ans = assistant.ask("Kế hoạch của Sở GD&ĐT Sơn La giao Sở Văn hóa, Thể thao và Du lịch nhiệm vụ gì?")
    assert ans.refused and not ans.citations
    # "Hòa Sơn là bao nhiêu" names no Sơn La
    ans = assistant.ask("Tổng kinh phí năm 2026 của xã Hòa Sơn là bao nhiêu?")
    assert not ans.refused and "90 triệu đồng" in ans.answer and {c.doc for c in ans.citations} == {COMMUNE}


def test_a_document_asked_by_another_number_is_not_loaded(assistant):
    ans = assistant.ask("Who signed Son La province's Plan No. 99/KH-UBND?")
    assert ans.refused and not ans.citations and "99/KH-UBND" in ans.answer
    ans = assistant.ask("Ai ký Kế hoạch 15/KH-SGDĐT?")
    assert not ans.refused and "Lò Thị Hạnh" in ans.answer


def test_a_deadline_asked_for_a_body_is_its_own(assistant):
    """Văn phòng Sở's own date, not the dates of the bodies in the previous turn."""
    hist = [Turn("user", "Các trường THPT ở Sơn La báo cáo về Sở chậm nhất ngày nào?"),
            Turn("assistant", "Chậm nhất ngày 20/11/2026.")]
    ans = assistant.ask("Thế còn Văn phòng Sở, hạn của họ là khi nào?", hist)
    assert not ans.refused and "28/02/2026" in ans.answer and "20/11" not in ans.answer


def test_the_preamble_s_header_answers_nothing_asked(assistant):
    ans = assistant.ask("Xã Hòa Sơn xây dựng kế hoạch xã hội học tập năm 2026 để làm gì?")
    assert not ans.refused and "trồng cam an toàn" in ans.answer
    assert all("1. Mục đích" in s for s in _sections(ans))
    ans = assistant.ask("What does the Hoa Son plan ask the commune health station to do?")
    assert not ans.refused and all("Trạm Y tế xã" in s for s in _sections(ans))
    assert "Số: 09/KH-UBND" not in ans.answer
    ans = assistant.ask("What does the Hoa Son commune Youth Union have to do under the plan?")  # never named
    assert ans.refused and not ans.citations


def test_a_year_before_the_period_is_answered_by_its_results(assistant):
    hist = [Turn("user", "Hòa Sơn đặt chỉ tiêu bao nhiêu thôn đạt Cộng đồng học tập năm 2026?"),
            Turn("assistant", "10/12 thôn.")]
    ans = assistant.ask("Năm 2025 ở đó đạt được bao nhiêu?", hist)
    assert not ans.refused and "9/12 thôn" in ans.answer
    ans = assistant.ask("Năm 2024 xã Hòa Sơn có bao nhiêu thôn đạt Cộng đồng học tập?")  # no figure for 2024
    assert ans.refused and not ans.citations


def test_a_follow_up_asking_when_keeps_the_previous_task(assistant):
    hist = [Turn("user", "Ở xã Hòa Sơn, lớp tập huấn trồng cam an toàn mở ở đâu?"),
            Turn("assistant", "Tại Trung tâm học tập cộng đồng.")]
    ans = assistant.ask("Khi nào phải xong?", hist)
    assert not ans.refused and "Quý II/2026" in ans.answer


def test_an_amount_asked_with_its_sources_quotes_the_funding_part(assistant):
    ans = assistant.ask("Tổng kinh phí năm 2026 của xã Hòa Sơn là bao nhiêu, từ những nguồn nào?")
    assert not ans.refused and all(a in ans.answer for a in ("90 triệu đồng", "60 triệu đồng", "30 triệu đồng"))
    assert all(s.startswith("IV. KINH PHÍ") for s in _sections(ans))


def test_two_years_asked_get_a_line_each(assistant):
    """Each year's line states the share after its lead-in ("a) Đến năm 2026: tỷ lệ người … đạt 94%")."""
    ans = assistant.ask("Sở GD&ĐT Sơn La đặt tỷ lệ người 15 - 60 tuổi biết chữ mức độ 2 là bao nhiêu cho năm 2026 "
                        "và năm 2028?")
    assert not ans.refused and "94%" in ans.answer and "95,5%" in ans.answer
