"""A plan amended by an annex of its own, issued later with a decision ("PHỤ LỤC SỬA ĐỔI, BỔ SUNG (Ban hành kèm theo
Quyết định số …) 1. Sửa đổi điểm b khoản 2 Mục II: … thành …"): the amended items still read their old words, so the
amending line is linked to them at ingest (``ingest/amendments.py``) and quoted, with the act it came with, whenever
an answer quotes them. A part named whole ("Bổ sung … tại Mục III") amends no line. Real reader, model and index over
a plan of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.load import load_plan
from tests.conftest import assistant_over

_PLAN = """ỦY BAN NHÂN DÂN XÃ TÂN PHÚ
Số: 07/KH-UBND
Tân Phú, ngày 10 tháng 01 năm 2026
KẾ HOẠCH
Xây dựng xã hội học tập xã Tân Phú năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Duy trì phong trào học tập suốt đời trong các thôn, ấp.
II. CHỈ TIÊU
1. Về gia đình học tập
a) Có ít nhất 70% hộ gia đình đạt danh hiệu “Gia đình học tập”.
b) Có ít nhất 40% dòng họ đạt danh hiệu “Dòng họ học tập”.
2. Về chuyển đổi số
a) Có ít nhất 50% người dân từ 15 tuổi trở lên biết sử dụng dịch vụ công trực tuyến.
III. NHIỆM VỤ
1. Tổ chức Hội thi “Gia đình học tập tiêu biểu” trong tháng 9/2026.
2. Mở 06 lớp xóa mù chữ cho đồng bào dân tộc thiểu số tại ấp Bàu Trâm.
IV. KINH PHÍ
Kinh phí thực hiện năm 2026 là 180 triệu đồng từ ngân sách xã.
V. TỔ CHỨC THỰC HIỆN
1. Công chức Văn hóa - Xã hội
Chủ trì tham mưu tổ chức Hội thi; tổng hợp, báo cáo kết quả trước ngày 05/12/2026.
2. Trung tâm học tập cộng đồng
Tổ chức các lớp xóa mù chữ.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Phạm Thị Lan
PHỤ LỤC SỬA ĐỔI, BỔ SUNG
(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 20/4/2026 của Ủy ban nhân dân xã Tân Phú)
1. Sửa đổi điểm a khoản 2 Mục II như sau: nâng tỷ lệ người dân từ 15 tuổi trở lên biết sử dụng dịch vụ công trực tuyến từ ít nhất 50% lên ít nhất 65%.
2. Điều chỉnh thời gian tổ chức Hội thi tại khoản 1 Mục III sang tháng 11/2026.
3. Bổ sung tại Mục III: mở 02 lớp tin học văn phòng cho cán bộ ấp.
"""


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:  # noqa: D103
    home = tmp_path_factory.mktemp("tanphu")
    (home / "plans").mkdir()
    (home / "plans" / "tanphu_07.txt").write_text(_PLAN, encoding="utf-8")
    return home


def test_amending_lines_are_linked_to_the_items_they_change(home):
    doc = load_plan(home / "plans" / "tanphu_07.txt")
    got = {doc.text[a.start:a.end][:12]: [doc.sections[t].heading[:13] for t in a.targets] for a in doc.amendments}
    assert got == {"1. Sửa đổi đ": ["a) Có ít nhất"], "2. Điều chỉn": ["1. Tổ chức Hộ"]}, got
    basis = {doc.text[a.basis[0]:a.basis[1]] for a in doc.amendments if a.basis}
    assert basis == {"(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 20/4/2026 của Ủy ban nhân dân xã Tân Phú)"}


@pytest.fixture(scope="module")
def plan(home, embedder):  # noqa: ANN001, ANN201
    return assistant_over(home, embedder)


def test_the_links_are_stored_with_the_index(home, plan):
    stored = plan.document("tanphu_07.txt")
    assert stored is not None and stored.amendments == load_plan(home / "plans" / "tanphu_07.txt").amendments


def test_a_quoted_item_brings_its_amendment_and_the_act(plan):
    ans = plan.ask("Chỉ tiêu người dân biết sử dụng dịch vụ công trực tuyến ở xã Tân Phú là bao nhiêu phần trăm?")
    assert not ans.refused, ans.answer
    assert "ít nhất 65%" in ans.answer and "12/QĐ-UBND" in ans.answer, ans.answer
    # the amendment is the current text: it comes first
    assert ans.answer.index("65%") < ans.answer.index("từ 15 tuổi trở lên biết sử dụng dịch vụ công trực tuyến.")
    assert any("12/QĐ-UBND" in c.text for c in ans.citations), [c.text for c in ans.citations]


def test_an_item_not_amended_brings_nothing(plan):
    ans = plan.ask("Tỷ lệ dòng họ học tập ở xã Tân Phú phải đạt bao nhiêu?")
    assert "40%" in ans.answer and "12/QĐ-UBND" not in ans.answer, ans.answer
