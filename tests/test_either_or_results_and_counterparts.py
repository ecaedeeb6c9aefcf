"""A provincial library's plan whose targets chart ("Biểu 1 … (Kèm theo Kế hoạch số …)") follows the signature with a
column of last year's results beside this year's targets: the chart is indexed, its rows answer, and a target asked
for the results' year is refused rather than answered with the result. A value half-remembered as one of two
("40% hay 50%?", "10/12 hay 15/12?") is answered with the plan's line, and the line the other value belongs to; two
values the plan never writes are refused. On the bundled plans: a counterpart asked in another place ("cơ quan làm
việc tương đương") is the earlier turn's body there; a thing pointed back to by its kind ("cụm đó") is the one the last
answer named. Real reader, model and index."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.load import load_plan
from tests.conftest import assistant_over

_LIBRARY = """THƯ VIỆN TỈNH THÁI BÌNH
Số: 31/KH-TV
Thái Bình, ngày 10 tháng 01 năm 2026
KẾ HOẠCH
Phát triển văn hóa đọc tỉnh Thái Bình năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Phát triển văn hóa đọc, góp phần xây dựng xã hội học tập.
II. CHỈ TIÊU NĂM 2026
Chỉ tiêu năm 2026 xây dựng trên cơ sở kết quả năm 2025 (chi tiết tại Biểu 1).
III. NHIỆM VỤ
1. Tổ chức Ngày hội đọc sách tại các cụm xã. Cụm Đông Hưng - Quỳnh Phụ tổ chức vào Quý II, tại Nhà văn hóa xã Đông Hưng.
2. Báo cáo kết quả về Sở Văn hóa trước ngày 10/12/2026.
3. Tổng hợp báo cáo năm gửi Ủy ban nhân dân tỉnh trước ngày 20/12/2026.
IV. TỔ CHỨC THỰC HIỆN
1. Phòng Phục vụ bạn đọc
Chủ trì Ngày hội đọc sách.
GIÁM ĐỐC
(Đã ký)
Trần Thu Hà
Biểu 1
CHỈ TIÊU NĂM 2026 SO VỚI KẾT QUẢ NĂM 2025
(Kèm theo Kế hoạch số 31/KH-TV ngày 10/01/2026 của Thư viện tỉnh Thái Bình)
| TT | Chỉ tiêu | Đơn vị tính | Năm 2025 (thực hiện) | Năm 2026 (kế hoạch) |
| 1 | Thẻ bạn đọc cấp mới | thẻ | 3.900 | 5.200 |
| 2 | Lớp kỹ năng số cho người cao tuổi | lớp | 12 | 20 |
"""


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:  # noqa: D103
    home = tmp_path_factory.mktemp("thaibinh")
    (home / "plans").mkdir()
    (home / "plans" / "tv_thaibinh_31.txt").write_text(_LIBRARY, encoding="utf-8")
    return home


def test_a_chart_after_the_signature_is_plan_text(home):
    doc = load_plan(home / "plans" / "tv_thaibinh_31.txt")
    assert "Biểu 1" not in doc.signature, doc.signature
    assert any(s.kind == "appendix" and s.title.startswith("Biểu 1") for s in doc.sections), doc.sections


@pytest.fixture(scope="module")
def library(home, embedder):  # noqa: ANN001, ANN201
    return assistant_over(home, embedder)


def test_a_charts_row_answers_and_a_results_year_is_no_target(library):
    ans = library.ask("Thư viện tỉnh Thái Bình mở bao nhiêu lớp kỹ năng số cho người cao tuổi năm 2026?")
    assert not ans.refused and "20" in ans.answer, ans.answer
    ans = library.ask("Năm 2025 Thư viện tỉnh Thái Bình đặt chỉ tiêu cấp mới bao nhiêu thẻ bạn đọc?")
    assert ans.refused and not ans.citations, ans.answer
    ans = library.ask("Năm 2025 Thư viện tỉnh Thái Bình cấp mới được bao nhiêu thẻ bạn đọc?")
    assert not ans.refused and "3.900" in ans.answer, ans.answer


def test_either_of_two_dates(library):
    ans = library.ask("Thư viện tỉnh Thái Bình báo cáo kết quả về Sở Văn hóa trước 10/12 hay 20/12?")
    assert not ans.refused and "10/12/2026" in ans.answer and "20/12/2026" in ans.answer, ans.answer
    assert ans.answer.startswith("Kế hoạch ghi 10/12, không phải 20/12."), ans.answer
    ans = library.ask("Thư viện tỉnh Thái Bình báo cáo kết quả về Sở Văn hóa trước 05/12 hay 25/12?")
    assert ans.refused and not ans.citations, ans.answer


def test_a_thing_named_in_the_last_answer(library):
    history = [{"role": "user", "content": "Ngày hội đọc sách của Thư viện tỉnh Thái Bình tổ chức ở cụm nào?"},
               {"role": "assistant", "content": "Cụm Đông Hưng - Quỳnh Phụ, theo mục III.1 [tv_thaibinh_31.txt]."}]
    ans = library.ask("Vậy cụm đó tổ chức vào quý mấy?", history)
    assert not ans.refused and "Quý II" in ans.answer, ans.answer


def test_either_of_two_figures_on_the_bundled_plans(assistant):
    ans = assistant.ask("Chỉ tiêu công dân học tập năm 2026 của Huế là 40% hay 50% nhỉ?")
    assert not ans.refused and "40% công dân đạt danh hiệu công dân học tập" in ans.answer, ans.answer


def test_a_counterpart_in_another_place(assistant):
    history = [{"role": "user", "content": "Sở Nội vụ Huế được giao gì trong kế hoạch 2026?"},
               {"role": "assistant", "content": "Sở Nội vụ tổ chức đào tạo, bồi dưỡng cán bộ, công chức "
                                                "[000_4550be4bb11189cd.txt]."}]
    ans = assistant.ask("Ở Hà Nội, cơ quan làm việc tương đương là ai, được giao gì?", history)
    assert {c.doc for c in ans.citations} == {"002_797e8de6131c77f9.txt"} and "Sở Nội vụ" in ans.answer, ans.answer


def test_the_askers_unit_inside_a_loaded_plans_place(assistant):
    ans = assistant.ask("Tôi quản lý Trung tâm học tập cộng đồng xã Mỹ Thịnh (Mỹ Lộc). Theo kế hoạch huyện, bao "
                        "nhiêu phần trăm trung tâm như chúng tôi phải ứng dụng công nghệ thông tin năm 2030?")
    assert not ans.refused and "90%" in ans.answer, ans.answer


def test_either_value_in_lines_about_something_else_is_refused(assistant):
    ans = assistant.ask("Mỹ Lộc đặt bao nhiêu phần trăm gia đình đạt 'Gia đình học tập' — 50% hay 60%?")
    assert ans.refused and not ans.citations, ans.answer


def test_which_of_several_quoted_names(assistant):
    ans = assistant.ask("Which of these titles does the My Loc plan mention: 'Dòng họ học tập', 'Tỉnh học tập', "
                        "'Trường học hạnh phúc'?")
    assert not ans.refused and "Dòng họ học tập" in ans.answer, ans.answer


def test_either_of_two_bodies_is_the_one_given_the_task(assistant):
    ans = assistant.ask("Ở Cần Thơ, Ban Dân tộc hay Sở Nội vụ phụ trách hỗ trợ người dân tộc thiểu số đi học?")
    assert not ans.refused and ans.answer.startswith("Kế hoạch giao việc này cho Ban Dân tộc"), ans.answer
    assert all(c.section.endswith("Ban Dân tộc") for c in ans.citations), ans.citations
    ans = assistant.ask("In Can Tho, is it the police or the military command that teaches prisoners to read?")
    assert not ans.refused and ans.answer.startswith("The plan gives this to Công an thành phố"), ans.answer


def test_either_of_two_bodies_one_of_which_the_plan_never_names(assistant):
    ans = assistant.ask("Ở Huế, Sở Nội vụ hay Ban Thi đua - Khen thưởng lo đào tạo, bồi dưỡng cán bộ?")
    assert not ans.refused and any(c.section.endswith("Sở Nội vụ") for c in ans.citations), ans.answer
