"""A whole plan kept as an Excel workbook: its letterhead and its closing ("Nơi nhận" | signature) laid out as two
blocks of merged cells read as the page reads (the signer is found), a month grid ("x" under T1…T12) read as when
the task runs, not as who does it. A plan saved from a document database keeps the record above its text
("Tình trạng hiệu lực: Còn hiệu lực"). A commune with a plan of its own loaded is asked of that plan, not of the
district's per-commune table, unless the district is named; names with an apostrophe ("Đưng K’Nớ") stay whole.
Real readers, model and index over plans of our own."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from ingest.load import load_plan
from tests.conftest import assistant_over

_DISTRICT = """ỦY BAN NHÂN DÂN HUYỆN ĐAM RÔNG
Số: 40/KH-UBND
Đam Rông, ngày 10 tháng 02 năm 2025
KẾ HOẠCH
Xây dựng xã hội học tập huyện Đam Rông giai đoạn 2025 - 2027
I. MỤC TIÊU
1. Đến năm 2025: 55% hộ gia đình đạt danh hiệu “Gia đình học tập”.
2. Đến năm 2027: 60% hộ gia đình đạt danh hiệu “Gia đình học tập”.
3. Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình học tập” mỗi năm tăng ít nhất 2 điểm phần trăm so với năm trước.
4. Chỉ tiêu giao cho từng xã tại Bảng 1.
Bảng 1. Chỉ tiêu giao cho các xã
| TT | Xã | Gia đình học tập năm 2025 (%) | Thôn học tập năm 2027 |
|---|---|---|---|
| 1 | Xã Rô Men | 60% | 5/7 |
| 2 | Xã Đạ K’Nàng | 52% | 3/5 |
II. TỔ CHỨC THỰC HIỆN
1. Phòng Giáo dục và Đào tạo
- Theo dõi, tổng hợp kết quả, báo cáo UBND huyện trước ngày 15/12 hằng năm.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Ha Phi
"""

_COMMUNE_ROWS = [
    "**KẾ HOẠCH**",
    "**Xây dựng xã hội học tập xã Rô Men năm 2025**",
    "I. CHỈ TIÊU",
    "- 64% hộ gia đình đạt danh hiệu “Gia đình học tập”.",
    "II. KINH PHÍ",
    "Tổng kinh phí năm 2025 là 90 triệu đồng (chi tiết tại Phụ lục 2), gồm ngân sách xã và nguồn xã hội hóa.",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Công chức Văn hóa - Xã hội: tổng hợp kết quả, báo cáo Ủy ban nhân dân xã trước ngày 20/11/2025.",
    "2. Các đoàn thể thực hiện nhiệm vụ tại Phụ lục 1.",
]


def _commune_workbook() -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Kế hoạch"
    for r, (left, right) in enumerate([("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                                       ("XÃ RÔ MEN", "Độc lập - Tự do - Hạnh phúc"),
                                       ("Số: 08/KH-UBND", "Rô Men, ngày 03 tháng 3 năm 2025")], start=1):
        ws.cell(r, 1, left)
        ws.cell(r, 4, right)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=8)
    row = 5
    for text in _COMMUNE_ROWS:
        ws.cell(row, 1, text)
        row += 1
    row += 1
    for left, right in [("Nơi nhận:", "TM. ỦY BAN NHÂN DÂN"), ("- Phòng GD&ĐT huyện;", "CHỦ TỊCH"),
                        ("- Lưu: VT.", "Kơ Să Ha Thương")]:
        ws.cell(row, 1, left)
        ws.cell(row, 5, right)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=4)
        ws.merge_cells(start_row=row, start_column=5, end_row=row, end_column=8)
        row += 1
    grid = wb.create_sheet("Phụ lục")
    grid.append(["Phụ lục 1: TIẾN ĐỘ THỰC HIỆN NĂM 2025"])
    grid.append(["TT", "Nội dung nhiệm vụ", "Chủ trì", *[f"T{m}" for m in range(1, 13)]])
    marks = {3, 4, 9}
    grid.append([1, "Mở lớp chuyên đề trồng cà phê", "Hội Nông dân xã", *["x" if m in marks else None for m in range(1, 13)]])
    grid.append([2, "Tổ chức Ngày hội đọc sách", "Đoàn Thanh niên xã", *["x" if m == 4 else None for m in range(1, 13)]])
    grid.append([3, "Bình xét Gia đình học tập", "Hội Khuyến học xã", *["x" if m in (11, 12) else None for m in range(1, 13)]])
    money = wb.create_sheet("Kinh phí")
    money.append(["Phụ lục 2: DỰ TOÁN KINH PHÍ NĂM 2025"])
    money.append(["(Đơn vị tính: triệu đồng)"])
    money.append(["TT", "Nội dung", "Ngân sách xã", "Xã hội hóa", "Cộng"])
    money.append([1, "Lớp chuyên đề", 30, 20, 50])
    money.append([2, "Tủ sách thôn", 25, 15, 40])
    money.append([None, "Tổng cộng", 55, 35, 90])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


_RECORD_PAGE = """<html><body>
<h2>Thuộc tính văn bản</h2>
<table border="1">
<tr><td>Số ký hiệu</td><td>41/KH-UBND</td></tr>
<tr><td>Lĩnh vực</td><td>Giáo dục, đào tạo</td></tr>
<tr><td>Tình trạng hiệu lực</td><td>Còn hiệu lực</td></tr>
</table>
<p>Toàn văn</p>
<p>ỦY BAN NHÂN DÂN HUYỆN BẢO LÂM</p>
<p>Số: 41/KH-UBND</p>
<p>Bảo Lâm, ngày 12 tháng 02 năm 2025</p>
<p><b>KẾ HOẠCH</b></p>
<p><b>Xây dựng xã hội học tập huyện Bảo Lâm năm 2025</b></p>
<p><b>I. MỤC TIÊU</b></p>
<p>- 58% hộ gia đình đạt danh hiệu “Gia đình học tập”.</p>
<p><b>II. TỔ CHỨC THỰC HIỆN</b></p>
<p>1. Phòng Văn hóa, Khoa học và Thông tin: tuyên truyền trên Đài Truyền thanh huyện.</p>
<p>TM. ỦY BAN NHÂN DÂN</p><p>CHỦ TỊCH</p><p>K’Bình</p>
</body></html>
"""


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:  # noqa: D103
    home = tmp_path_factory.mktemp("damrong")
    plans = home / "plans"
    plans.mkdir()
    (plans / "damrong_40-KH-UBND_2025.txt").write_text(_DISTRICT, encoding="utf-8")
    (plans / "romen_08-KH-UBND_2025.xlsx").write_bytes(_commune_workbook())
    (plans / "baolam_41-KH-UBND_2025.html").write_text(_RECORD_PAGE, encoding="utf-8")
    return home


@pytest.fixture(scope="module")
def plan(home, embedder):  # noqa: ANN001, ANN201
    return assistant_over(home, embedder)


def test_a_workbook_plan_reads_its_signature_and_its_month_grid(home):
    doc = load_plan(home / "plans" / "romen_08-KH-UBND_2025.xlsx")
    assert doc.signer is not None and doc.signer.name == "Kơ Să Ha Thương", doc.signature
    assert doc.recipients.startswith("Nơi nhận:") and "- Lưu: VT." in doc.recipients, doc.recipients
    row = next(ln for ln in doc.text.split("\n") if "cà phê" in ln and "|" in ln)
    assert "Thời gian thực hiện: T3, T4, T9 (tháng 3, 4, 9)" in row and "Chủ trì: Hội Nông dân xã" in row, row
    assert "Chủ trì: T3" not in row, row


def test_a_document_database_record_is_kept(home):
    doc = load_plan(home / "plans" / "baolam_41-KH-UBND_2025.html")
    assert "Tình trạng hiệu lực: Còn hiệu lực" in doc.text and "Lĩnh vực: Giáo dục, đào tạo" in doc.text


def test_the_grid_answers_when_and_the_signer_is_named(plan):
    ans = plan.ask("Lớp chuyên đề trồng cà phê ở xã Rô Men mở vào những tháng nào?")
    assert not ans.refused and "T3, T4, T9" in ans.answer, ans.answer
    ans = plan.ask("Ai ký kế hoạch của xã Rô Men?")
    assert "Kơ Să Ha Thương" in ans.answer, ans.answer


def test_the_sources_of_an_amount_are_read_in_the_appendix_it_points_to(plan):
    ans = plan.ask("Kinh phí kế hoạch năm 2025 của xã Rô Men là bao nhiêu, chia theo nguồn thế nào?")
    assert not ans.refused and "90 triệu đồng" in ans.answer and "Ngân sách xã: 55" in ans.answer, ans.answer


def test_a_commune_with_its_own_plan_is_asked_of_it(plan):
    ans = plan.ask("Công chức Văn hóa - Xã hội xã Rô Men phải báo cáo trước ngày nào?")
    assert not ans.refused and "20/11/2025" in ans.answer, ans.answer
    assert {c.doc for c in ans.citations} == {"romen_08-KH-UBND_2025.xlsx"}, ans.citations
    # the district named: its row for the commune
    ans = plan.ask("Huyện giao xã Rô Men chỉ tiêu Gia đình học tập năm 2025 là bao nhiêu?")
    assert not ans.refused and "60%" in ans.answer, ans.answer
    assert {c.doc for c in ans.citations} == {"damrong_40-KH-UBND_2025.txt"}, ans.citations
    # a commune only the district's table lists has no plan of its own: no signer, no number of its own
    ans = plan.ask("Kế hoạch của xã Đạ K’Nàng do ai ký?")
    assert ans.refused and not ans.citations, ans.answer


def test_a_target_set_as_a_yearly_change_answers_every_year(plan):
    ans = plan.ask("Năm 2026 tỷ lệ hộ gia đình học tập của huyện Đam Rông phải đạt bao nhiêu?")
    assert not ans.refused and "2 điểm phần trăm so với năm trước" in ans.answer, ans.answer


def test_a_name_with_an_apostrophe_stays_whole(plan):
    ans = plan.ask("Huyện giao xã Đạ K’Nàng bao nhiêu thôn học tập năm 2027?")
    assert not ans.refused and "3/5" in ans.answer, ans.answer


def test_a_province_department_named_with_its_province_is_not_the_districts_office(plan):
    ans = plan.ask("Sở Giáo dục và Đào tạo tỉnh Lâm Đồng được giao nhiệm vụ gì trong kế hoạch của huyện Đam Rông?")
    assert ans.refused and not ans.citations, ans.answer
    ans = plan.ask("Phòng Giáo dục và Đào tạo huyện Đam Rông phải làm gì?")
    assert not ans.refused and "15/12" in ans.answer, ans.answer
