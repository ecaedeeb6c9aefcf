"""Shapes of held-out set 40 on plans of our own: a province's joint plan (Kế hoạch liên tịch) issued by two bodies
and signed side by side — its title, place, issuers and both signers read from the header and signature, and a
"45/KH-UBND" asked for it is another document; and a commune plan printed "2 pages per sheet" whose targets table
runs across the two pages of a landscape sheet — its rows read page by page, not across the sheet. Real readers,
model and index."""

from __future__ import annotations

import docx
import pytest

from ingest.load import load_plan
from tests.conftest import assistant_over

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _level_table(document: docx.Document) -> None:
    """A per-level targets table (a column per level), its cấp tỉnh cell of row 2 left empty."""
    table = document.add_table(rows=1, cols=5)
    for cell, text in zip(table.rows[0].cells, ("TT", "Chỉ tiêu", "Cấp tỉnh", "Cấp huyện", "Cấp xã"), strict=True):
        cell.text = text
    for row in (("1", "Tỷ lệ đơn vị đạt “Đơn vị học tập” đến năm 2030", "90%", "85%", "75%"),
                ("2", "Tỷ lệ thôn, tổ dân phố đạt “Cộng đồng học tập” đến năm 2030", "", "60%", "55%")):
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text


def _joint_plan(path) -> None:  # noqa: ANN001
    document = docx.Document()
    header = document.add_table(rows=1, cols=2)
    header.rows[0].cells[0].text = "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nTỈNH NINH BÌNH\nHỘI KHUYẾN HỌC TỈNH NINH BÌNH"
    header.rows[0].cells[1].text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    for line in ("Số: 17/KHLT-SGDĐT-HKH", "Ninh Bình, ngày 04 tháng 3 năm 2026", "KẾ HOẠCH LIÊN TỊCH",
                 "Phối hợp xây dựng xã hội học tập tỉnh Ninh Bình giai đoạn 2026 - 2030",
                 "I. MỤC ĐÍCH, YÊU CẦU", "Tăng cường phối hợp giữa ngành Giáo dục và Hội Khuyến học các cấp.",
                 "II. MỤC TIÊU", "Đến năm 2030: 80% hộ gia đình đạt danh hiệu “Gia đình học tập”.", "TABLE",
                 "III. TỔ CHỨC THỰC HIỆN", "1. Trách nhiệm của ngành Giáo dục",
                 "a) Sở Giáo dục và Đào tạo: ban hành văn bản hướng dẫn trước ngày 30/4/2026.",
                 "2. Trách nhiệm của Hội Khuyến học các cấp",
                 "a) Hội Khuyến học tỉnh: chủ trì đánh giá, công nhận danh hiệu “Gia đình học tập”.",
                 "Nơi nhận:", "- UBND tỉnh (b/c);", "- Lưu: VT."):
        if line == "TABLE":
            _level_table(document)
        else:
            document.add_paragraph(line)
    signature = document.add_table(rows=1, cols=2)
    signature.rows[0].cells[0].text = "TM. BAN THƯỜNG VỤ HỘI KHUYẾN HỌC TỈNH\nCHỦ TỊCH\nĐinh Thị Lan"
    signature.rows[0].cells[1].text = "GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO\nTrần Văn Hòa"
    document.save(path)


@pytest.fixture(scope="module")
def joint(tmp_path_factory, embedder):  # noqa: ANN001, ANN201
    home = tmp_path_factory.mktemp("ninhbinh")
    (home / "plans").mkdir()
    _joint_plan(home / "plans" / "ninhbinh_17-KHLT_2026.docx")
    return assistant_over(home, embedder)


def test_a_joint_plans_title_place_issuers_and_signers(joint):
    doc = next(iter(joint.retriever.documents.values()))
    assert doc.locality == "Ninh Bình" and doc.level == "tỉnh/thành phố", doc
    assert doc.title.startswith("Kế hoạch liên tịch phối hợp xây dựng xã hội học tập"), doc.title
    assert doc.issuers == ("SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH NINH BÌNH", "HỘI KHUYẾN HỌC TỈNH NINH BÌNH"), doc.issuers
    assert [s.name for s in doc.signers] == ["Đinh Thị Lan", "Trần Văn Hòa"], doc.signers


def test_who_issued_and_who_signed_a_joint_plan(joint):
    issued = joint.ask("Kế hoạch liên tịch 17 của Ninh Bình do những cơ quan nào ban hành?")
    assert not issued.refused and "HỘI KHUYẾN HỌC TỈNH NINH BÌNH" in issued.answer \
        and "SỞ GIÁO DỤC VÀ ĐÀO TẠO" in issued.answer and issued.citations, issued.answer
    signed = joint.ask("Who signed the Ninh Binh joint plan?")
    assert not signed.refused and "Đinh Thị Lan" in signed.answer and "Trần Văn Hòa" in signed.answer, signed.answer


def test_a_number_with_another_code_is_another_document(joint):
    ans = joint.ask("Kế hoạch số 17/KH-UBND của UBND tỉnh Ninh Bình giao Sở Giáo dục và Đào tạo việc gì?")
    assert ans.refused and not ans.citations and "17/KH-UBND" in ans.answer, ans.answer
    own = joint.ask("Kế hoạch 17/KHLT giao Sở Giáo dục và Đào tạo Ninh Bình việc gì?")
    assert not own.refused and "30/4/2026" in own.answer, own.answer


_PAGES = [
    ["ỦY BAN NHÂN DÂN XÃ CẨM TÚ", "Số: 08/KH-UBND",
     "Cẩm Tú, ngày 02 tháng 4 năm 2026", "KẾ HOẠCH", "Xây dựng xã hội học tập xã Cẩm Tú năm 2026 - 2027",
     "I. MỤC ĐÍCH, YÊU CẦU", "Huy động người dân tham gia học tập suốt đời.", "II. MỤC TIÊU",
     "Bảng 1. Chỉ tiêu của xã", ("TT", "Chỉ tiêu", "Năm 2026", "Năm 2027"),
     ("1", "Hộ đạt Gia đình học tập", "72%", "78%"), ("2", "Lớp chuyên đề mỗi năm", "9", "11"), "- 1 -"],
    [("3", "Thôn đạt Cộng đồng học tập", "5/9", "7/9"),
     ("4", "Người học nghề ngắn hạn", "40", "55"), "III. TỔ CHỨC THỰC HIỆN",
     "1. Công chức Văn hóa - Xã hội: tham mưu, báo cáo trước ngày 10/12 hằng năm.",
     "2. Hội Khuyến học xã: chủ trì bình xét danh hiệu học tập.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
     "Lê Văn Minh", "- 2 -"],
]


def _two_up_pdf(path) -> None:  # noqa: ANN001
    """One landscape sheet: page 1 on the left half, page 2 on the right, lines at the same heights."""
    from fpdf import FPDF

    pdf = FPDF(orientation="L")
    pdf.add_page()
    pdf.add_font("DejaVu", "", FONT)
    pdf.set_font("DejaVu", size=9)
    for x, page in ((12, _PAGES[0]), (160, _PAGES[1])):
        for k, line in enumerate(page):
            y = 15 + 9 * k
            if isinstance(line, tuple):  # a table row: cells at fixed columns
                for dx, cell in zip((0, 10, 80, 105), line, strict=True):
                    pdf.set_xy(x + dx, y)
                    pdf.cell(24 if dx else 8, 6, cell)
            else:
                pdf.set_xy(x, y)
                pdf.cell(125, 6, line)
    pdf.output(str(path))


def test_a_two_pages_per_sheet_table_is_read_page_by_page(tmp_path):
    path = tmp_path / "camtu_08-KH-UBND_2026.pdf"
    _two_up_pdf(path)
    text = load_plan(path).text
    rows = [ln for ln in text.split("\n") if ln.startswith("TT:")]
    assert len(rows) == 4 and "Năm 2027: 11" in rows[1] and "Năm 2026: 40" in rows[3], text
    assert "Công chức Văn hóa - Xã hội" not in " ".join(rows), rows


def test_a_per_level_tables_cell_is_read_by_its_level(joint):
    ans = joint.ask("Kế hoạch liên tịch Ninh Bình: tỷ lệ đơn vị đạt Đơn vị học tập ở cấp huyện đến năm 2030 là bao nhiêu?")
    lead = ans.answer.split("\n\n")[0]
    assert not ans.refused and "cấp huyện" in lead and "85%" in lead and "90%" not in lead, ans.answer
    empty = joint.ask("Kế hoạch liên tịch Ninh Bình: tỷ lệ thôn, tổ dân phố đạt Cộng đồng học tập ở cấp tỉnh đến năm 2030?")
    assert empty.refused and not empty.citations and "cấp tỉnh" in empty.answer and "60%" in empty.answer, empty.answer
