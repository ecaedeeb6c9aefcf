"""Tasks given by reference to the plan's own items ("Phòng Nội vụ: chủ trì thực hiện nhiệm vụ tại điểm b khoản 3 và
khoản 5 Mục III"): the clause is read into the items it points to (``ingest/crossref.py``), a body asked what it
must do is answered with those items, and an item asked by who leads it is answered with the body's line that
points to it. A clause pointing into another document ("khoản 2 Mục IV Kế hoạch số 08/KH-UBND") is not followed.
Real reader, model and index over a plan of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.crossref import references
from ingest.load import load_plan
from tests.conftest import assistant_over

_PLAN = """ỦY BAN NHÂN DÂN HUYỆN ĐỒNG XUÂN
Số: 21/KH-UBND
Đồng Xuân, ngày 15 tháng 01 năm 2025
KẾ HOẠCH
Xây dựng xã hội học tập huyện Đồng Xuân năm 2025
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao dân trí, tạo cơ hội học tập suốt đời cho người dân.
II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Tuyên truyền
a) Đăng tin, bài về học tập suốt đời trên Cổng thông tin điện tử huyện, mỗi quý ít nhất 05 tin, bài.
b) Tổ chức Tuần lễ hưởng ứng học tập suốt đời từ ngày 01/10 đến ngày 07/10/2025.
2. Trung tâm học tập cộng đồng
a) Kiện toàn Ban Giám đốc 11 Trung tâm học tập cộng đồng trước ngày 31/3/2025.
b) Bồi dưỡng nghiệp vụ cho 33 cán bộ quản lý Trung tâm học tập cộng đồng.
3. Học tập gắn với sinh kế
a) Mở 12 lớp tập huấn kỹ thuật trồng keo lai cho đồng bào dân tộc thiểu số.
b) Đào tạo nghề ngắn hạn cho 200 lao động nông thôn.
III. KINH PHÍ
1. Tổng kinh phí năm 2025 là 900 triệu đồng từ ngân sách huyện.
2. Mức hỗ trợ mỗi Trung tâm học tập cộng đồng thực hiện như khoản 2 Mục IV Kế hoạch số 08/KH-UBND ngày 22/01/2024.
IV. TỔ CHỨC THỰC HIỆN
1. Phòng Giáo dục và Đào tạo
Là cơ quan thường trực; chủ trì thực hiện nhiệm vụ tại khoản 2 Mục II; tổng hợp, báo cáo trước ngày 05/12/2025.
2. Phòng Văn hóa và Thông tin
Chủ trì thực hiện nhiệm vụ tại điểm a và điểm b khoản 1 Mục II.
3. Phòng Nông nghiệp và Môi trường
Chủ trì thực hiện nhiệm vụ tại điểm a khoản 3 Mục II.
4. Phòng Nội vụ
Chủ trì thực hiện nhiệm vụ tại điểm b khoản 3 Mục II; phối hợp thực hiện điểm b khoản 2 Mục II.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Văn Hòa
"""


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:  # noqa: D103
    home = tmp_path_factory.mktemp("dongxuan")
    (home / "plans").mkdir()
    (home / "plans" / "dongxuan_21.txt").write_text(_PLAN, encoding="utf-8")
    return home


def test_clauses_are_read_into_the_items_they_point_to(home):
    doc = load_plan(home / "plans" / "dongxuan_21.txt")
    got = {doc.sections[r.section].agency: [doc.sections[t].heading[:12] for t in r.targets] for r in references(doc)}
    assert got["Phòng Văn hóa và Thông tin"] == ["a) Đăng tin,", "b) Tổ chức T"], got
    assert got["Phòng Giáo dục và Đào tạo"] == ["2. Trung tâm"], got
    assert got["Phòng Nội vụ"] == ["b) Đào tạo n"], got  # ("phối hợp thực hiện điểm b khoản 2" names no "tại")
    # the amount "như khoản 2 Mục IV Kế hoạch số 08/KH-UBND" is another document's: not followed
    assert all(doc.sections[r.section].agency for r in references(doc)), references(doc)


@pytest.fixture(scope="module")
def plan(home, embedder):  # noqa: ANN001, ANN201
    return assistant_over(home, embedder)


def test_the_clauses_are_stored_with_the_index(home, plan):
    """Read once at ingest: the plan the assistant loads from the index carries them, equal to a fresh read."""
    stored = plan.document("dongxuan_21.txt")
    assert stored is not None and stored.references, stored
    assert stored.references == load_plan(home / "plans" / "dongxuan_21.txt").references


def test_a_body_given_tasks_by_reference_is_answered_with_the_items(plan):
    ans = plan.ask("Phòng Văn hóa và Thông tin huyện Đồng Xuân phải làm gì?")
    assert not ans.refused and "05 tin, bài" in ans.answer and "01/10" in ans.answer, ans.answer
    assert "trồng keo lai" not in ans.answer, ans.answer
    ans = plan.ask("Phòng Nông nghiệp và Môi trường Đồng Xuân được giao nhiệm vụ gì?")
    assert "12 lớp tập huấn kỹ thuật trồng keo lai" in ans.answer and "200 lao động" not in ans.answer, ans.answer


def test_an_item_asked_by_who_leads_it(plan):
    ans = plan.ask("Ở Đồng Xuân, ai chủ trì đào tạo nghề ngắn hạn cho 200 lao động nông thôn?")
    assert not ans.refused and "Phòng Nội vụ" in ans.answer, ans.answer


def test_an_item_the_question_names(plan):
    ans = plan.ask("Nội dung điểm b khoản 2 Mục II kế hoạch Đồng Xuân là gì?")
    assert not ans.refused and "33 cán bộ quản lý" in ans.answer, ans.answer
    assert len(ans.citations) == 1, ans.citations
