"""Plans issued by organisations and bodies named by their own unit. A university's plan (a ministry above it on the
letterhead, a province only cited in its legal basis) is the university's, named "ĐH …" by its people, its targets
set per school year; a provincial Youth Union committee's plan ("BCH ĐOÀN TỈNH …" beside its "ĐOÀN TNCS HỒ CHÍ
MINH" motto) is the Tỉnh đoàn's, its sub-items "6.1.1. Ban … là …" its boards' tasks. On the bundled plans: a unit of
a named body ("Ban Thường vụ Hội Khuyến học huyện") is answered by that body's item and said so, a unit of a body the
plan does not match closely is refused; two bodies offered as one or the other; the aim of one task is its own line;
"và ai phối hợp?" asks the partners of the body just asked about. Real reader, model and index."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.load import load_plan
from ingest.targets import extract_targets
from tests.conftest import assistant_over

_UNIVERSITY = """BỘ GIÁO DỤC VÀ ĐÀO TẠO
TRƯỜNG ĐẠI HỌC QUY NHƠN
Số: 77/KH-ĐHQN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Gia Lai, ngày 10 tháng 3 năm 2026
KẾ HOẠCH
Phát triển học liệu mở và học tập suốt đời của Trường Đại học Quy Nhơn giai đoạn 2026 - 2030
Căn cứ Kế hoạch số 12/KH-UBND ngày 05/01/2026 của Ủy ban nhân dân tỉnh Gia Lai về xây dựng xã hội học tập;
I. MỤC ĐÍCH, YÊU CẦU
Xây dựng Nhà trường thành cộng đồng học tập.
II. MỤC TIÊU
Bảng 1. Chỉ tiêu theo năm học
| TT | Chỉ tiêu | Năm học 2026 - 2027 | Năm học 2027 - 2028 |
| 1 | Số khóa học mở trên hệ thống học trực tuyến | 40 | 65 |
| 2 | Tỷ lệ giảng viên được bồi dưỡng kỹ năng dạy học số | 70% | 85% |
III. NHIỆM VỤ
1. Số hóa bài giảng của các khoa.
IV. TỔ CHỨC THỰC HIỆN
1. Phòng Đào tạo
Chủ trì xây dựng quy định công nhận khóa học mở; báo cáo Hiệu trưởng trước ngày 15/8 hằng năm.
HIỆU TRƯỞNG
(Đã ký)
Phan Minh Khoa
"""

_YOUTH = """BCH ĐOÀN TỈNH GIA LAI
***
Số: 30-KH/TĐTN-PT
ĐOÀN TNCS HỒ CHÍ MINH
Gia Lai, ngày 20 tháng 3 năm 2026
KẾ HOẠCH
Triển khai phong trào "Tuổi trẻ Gia Lai học tập suốt đời" giai đoạn 2026 - 2030
Căn cứ Kế hoạch số 12/KH-UBND ngày 05/01/2026 của Ủy ban nhân dân tỉnh Gia Lai về xây dựng xã hội học tập;
I. MỤC ĐÍCH, YÊU CẦU
Khơi dậy tinh thần tự học trong đoàn viên, thanh niên.
II. CHỈ TIÊU
Mỗi năm tổ chức ít nhất 120 lớp bồi dưỡng kỹ năng số cho đoàn viên, thanh niên.
III. TỔ CHỨC THỰC HIỆN
3.1. Các ban thuộc Tỉnh đoàn
3.1.1. Ban Phong trào Tỉnh đoàn là đơn vị thường trực, theo dõi các chỉ tiêu, tổng hợp báo cáo gửi Trung ương Đoàn trước ngày 05/12 hằng năm.
3.1.2. Ban Tuyên giáo Tỉnh đoàn chủ trì cuộc thi trực tuyến "Tuổi trẻ Gia Lai với tri thức số".
3.2. Đoàn các xã, phường
Xây dựng kế hoạch cụ thể trước ngày 30/4/2026.
TM. BAN THƯỜNG VỤ TỈNH ĐOÀN
BÍ THƯ
(Đã ký)
Rơ Châm Thuận
"""


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:  # noqa: D103
    home = tmp_path_factory.mktemp("gialai")
    (home / "plans").mkdir()
    (home / "plans" / "dhqn_77.txt").write_text(_UNIVERSITY, encoding="utf-8")
    (home / "plans" / "tinhdoan_gialai_30.txt").write_text(_YOUTH, encoding="utf-8")
    return home


def test_a_university_under_a_ministry_issues_its_own_plan(home):
    doc = load_plan(home / "plans" / "dhqn_77.txt")
    assert (doc.locality, doc.level) == ("Trường Đại học Quy Nhơn", "đơn vị"), (doc.locality, doc.level)
    years = {(t.value, t.year) for t in extract_targets(doc)}
    assert {("40", 2027), ("65", 2028), ("85%", 2028)} <= years, years  # a school year is the year it ends in


def test_a_youth_union_committee_is_its_plans_issuer(home):
    doc = load_plan(home / "plans" / "tinhdoan_gialai_30.txt")
    assert doc.issuer == "TỈNH ĐOÀN GIA LAI", doc.issuer


@pytest.fixture(scope="module")
def plans(home, embedder):  # noqa: ANN001, ANN201, D103
    return assistant_over(home, embedder)


def test_a_university_named_short_and_its_school_year(plans):
    ans = plans.ask("ĐH Quy Nhơn đặt chỉ tiêu bao nhiêu khóa học mở năm học 2027-2028?")
    assert not ans.refused and "65" in ans.answer, ans.answer
    assert {c.doc for c in ans.citations} == {"dhqn_77.txt"}, ans.citations


def test_a_school_year_the_table_has_no_column_for_is_refused(plans):
    ans = plans.ask("ĐH Quy Nhơn đặt chỉ tiêu bao nhiêu khóa học mở năm học 2028 - 2029?")
    assert ans.refused and not ans.citations, ans.answer


def test_a_board_named_in_a_labelled_sub_item(plans):
    ans = plans.ask("Ban Phong trào Tỉnh đoàn Gia Lai làm những việc gì?")
    assert not ans.refused and "05/12" in ans.answer, ans.answer


def test_a_figure_the_youth_union_must_reach_is_its_own_plans(plans):
    ans = plans.ask("Mỗi năm Tỉnh đoàn phải mở tối thiểu bao nhiêu lớp bồi dưỡng kỹ năng số?")
    assert not ans.refused and "120 lớp" in ans.answer, ans.answer
    assert {c.doc for c in ans.citations} == {"tinhdoan_gialai_30.txt"}, ans.citations


def test_a_unit_of_a_named_body_is_answered_by_the_bodys_item(assistant):
    ans = assistant.ask("Ban Thường vụ Hội Khuyến học huyện Mỹ Lộc lo những việc gì?")
    assert not ans.refused and ans.answer.startswith("Kế hoạch không có mục riêng cho Ban Thường vụ"), ans.answer
    assert all(c.section.endswith("Hội Khuyến học huyện") for c in ans.citations), ans.citations
    ans = assistant.ask("Phòng Dân tộc của UBND huyện Mỹ Lộc phải làm gì?")
    assert ans.refused and not ans.citations, ans.answer


def test_the_aim_of_one_task_is_its_own_line(assistant):
    ans = assistant.ask("Mỹ Lộc phối hợp tổ chức, tham dự các hội nghị, hội thảo để làm gì?")
    assert not ans.refused and "chia sẻ kinh nghiệm" in ans.answer, ans.answer


def test_the_partners_of_the_body_just_asked_about(assistant):
    history = [{"role": "user", "content": "Hội Liên hiệp Phụ nữ huyện Mỹ Lộc được đề nghị làm gì?"},
               {"role": "assistant", "content": "Tuyên truyền Kế hoạch, vận động phụ nữ ra học lớp xóa mù chữ "
                                                "[001_7bafa58816a5de75.txt]."}]
    ans = assistant.ask("Còn Hội phối hợp với ai?", history)
    assert not ans.refused and "Phòng Giáo dục và Đào tạo" in ans.answer, ans.answer
    assert all(c.section.endswith("Hội Liên hiệp Phụ nữ huyện") for c in ans.citations), ans.citations
