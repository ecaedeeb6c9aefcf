"""Tables in plans: DOCX (python-docx, merged cells), markdown and PDF rows become outline rows and citable
chunks carrying their header cells. Real files, real parsers."""

from __future__ import annotations

from pathlib import Path

from ingest.chunk import chunk_document
from ingest.clean import format_table, table_block
from ingest.load import load_plan

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

INTRO = [
    "KẾ HOẠCH",
    "Xây dựng xã hội học tập giai đoạn 2025-2030 trên địa bàn tỉnh Ninh Bình",
    "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ, Ủy ban nhân dân "
    "tỉnh ban hành Kế hoạch xây dựng xã hội học tập giai đoạn 2025-2030 như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Mục đích",
    "- Nâng cao nhận thức về học tập suốt đời trong toàn xã hội.",
    "II. MỤC TIÊU",
    "1. Chỉ tiêu cụ thể",
    "Các chỉ tiêu cụ thể được giao như bảng sau:",
]
OUTRO = [
    "Các sở, ngành theo dõi, đánh giá việc thực hiện các chỉ tiêu hằng năm.",
    "2. Mục tiêu khác",
    "- Mọi người dân có cơ hội học tập suốt đời.",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Sở Giáo dục và Đào tạo",
    "- Chủ trì theo dõi việc thực hiện Kế hoạch.",
    "2. Sở Nội vụ",
    "- Phối hợp đánh giá, công nhận danh hiệu công dân học tập.",
    "Trên đây là Kế hoạch xây dựng xã hội học tập giai đoạn 2025-2030 của tỉnh Ninh Bình./.",
]
ROW_1 = "STT: 1 | Chỉ tiêu: Tỷ lệ công dân đạt danh hiệu công dân học tập | Năm 2025: 40% | Năm 2030: 60%"
ROW_2 = "STT: 2 | Chỉ tiêu: Tỷ lệ trung tâm học tập cộng đồng xếp loại tốt | Năm 2025: 70% | Năm 2030: 85%"


def _province_docx(path: Path) -> Path:
    """A province plan whose targets are a Word table: a two-row header with merged cells ("STT" and
    "Chỉ tiêu" merged down, "Mục tiêu" merged across the two year columns), the header rows in bold."""
    import docx

    d = docx.Document()
    head = d.add_table(rows=2, cols=2)  # the header furniture as a layout table
    head.cell(0, 0).text, head.cell(0, 1).text = "ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    head.cell(1, 0).text, head.cell(1, 1).text = "TỈNH NINH BÌNH", "Độc lập - Tự do - Hạnh phúc"
    for line in INTRO:
        d.add_paragraph().add_run(line).bold = line.split(".")[0] in ("I", "II", "III") or line == "KẾ HOẠCH"
    t = d.add_table(rows=4, cols=4)
    t.cell(0, 0).merge(t.cell(1, 0)).text = "STT"
    t.cell(0, 1).merge(t.cell(1, 1)).text = "Chỉ tiêu"
    t.cell(0, 2).merge(t.cell(0, 3)).text = "Mục tiêu"
    t.cell(1, 2).text, t.cell(1, 3).text = "Năm 2025", "Năm 2030"
    for r, row in enumerate([("1", "Tỷ lệ công dân đạt danh hiệu công dân học tập", "40%", "60%"),
                             ("2", "Tỷ lệ trung tâm học tập cộng đồng xếp loại tốt", "70%", "85%")], start=2):
        for c, value in enumerate(row):
            t.cell(r, c).text = value
    for row in t.rows[:2]:
        for cell in row.cells:
            for p in cell.paragraphs:
                for run in p.runs:
                    run.bold = True
    for line in OUTRO:
        d.add_paragraph(line)
    d.save(path)
    return path


def _check_rows(doc, rows: list[str]) -> None:
    got = [s for s in doc.sections if s.kind == "row"]
    assert [doc.text[s.start:s.end] for s in got] == rows
    target = next(s for s in doc.sections if s.path_str == "II. MỤC TIÊU › 1. Chỉ tiêu cụ thể")
    assert all(s.parent == target.id for s in got)  # children of the heading they sit under
    assert got[0].label == "1." and got[0].title == "Tỷ lệ công dân đạt danh hiệu công dân học tập"
    chunks = chunk_document(doc)
    row_chunks = [c for c in chunks if c.kind == "row"]
    assert [c.text for c in row_chunks] == rows  # each row is its own citable passage
    assert row_chunks[0].section == "II. MỤC TIÊU › 1. Chỉ tiêu cụ thể › 1. Tỷ lệ công dân đạt danh hiệu công dân học tập"
    for c in chunks:
        assert doc.text[c.start:c.end] == c.text
    # the paragraph after the table belongs to the heading again, not to the last row
    after = next(c for c in chunks if "theo dõi, đánh giá việc thực hiện các chỉ tiêu" in c.text)
    assert after.section == "II. MỤC TIÊU › 1. Chỉ tiêu cụ thể" and after.kind == "body"
    assert [s.agency for s in doc.agencies()] == ["Sở Giáo dục và Đào tạo", "Sở Nội vụ"]


def test_docx_table_rows_with_merged_two_row_header(tmp_path: Path):
    doc = load_plan(_province_docx(tmp_path / "tinh.docx"))
    assert (doc.locality, doc.level, doc.parents) == ("Ninh Bình", "tỉnh/thành phố", ())
    _check_rows(doc, [ROW_1, ROW_2])


def test_markdown_table_rows(tmp_path: Path):
    md = tmp_path / "tinh.md"
    table = ["| STT | Chỉ tiêu | Năm 2025 | Năm 2030 |", "|:---:|---|---:|---:|",
             "| 1 | Tỷ lệ công dân đạt danh hiệu công dân học tập | 40% | 60% |",
             "| 2 | Tỷ lệ trung tâm học tập cộng đồng xếp loại **tốt** | 70% | 85% |"]
    md.write_text("\n\n".join(INTRO) + "\n\n" + "\n".join(table) + "\n\n" + "\n\n".join(OUTRO), encoding="utf-8")
    _check_rows(load_plan(md), [ROW_1, ROW_2])


def test_pdf_wide_spaced_columns_stay_rows(tmp_path: Path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", "", FONT)
    pdf.set_font("DejaVu", size=9)
    for line in INTRO:
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    for row in [("STT", "Chỉ tiêu", "Năm 2025", "Năm 2030"),
                ("1", "Tỷ lệ công dân đạt danh hiệu công dân học tập", "40%", "60%"),
                ("2", "Tỷ lệ trung tâm học tập cộng đồng xếp loại tốt", "70%", "85%")]:
        for width, cell in zip((12, 110, 30, 30), row, strict=True):
            pdf.cell(width, 6, cell, border=1)
        pdf.ln()
    for line in OUTRO:
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(tmp_path / "tinh.pdf"))
    _check_rows(load_plan(tmp_path / "tinh.pdf"), [ROW_1, ROW_2])


def test_table_shapes():
    # no header row (a two-column list of figures): rows as their cells
    assert table_block(["| Tỷ lệ biết chữ | 98% |", "| Số trung tâm | 15 |"]) == [
        "Tỷ lệ biết chữ | 98%", "Số trung tâm | 15"]
    # a label | value table whose first row has no figure is not taken for a header
    assert table_block(["| Mục tiêu chung | Xây dựng xã hội học tập |", "| Tỷ lệ biết chữ | 98% |"]) == [
        "Mục tiêu chung | Xây dựng xã hội học tập", "Tỷ lệ biết chữ | 98%"]
    # without a separator, leading rows with no figure but years are the header of a wider table
    assert table_block(["| TT | Chỉ tiêu | Năm 2025 |", "| 1 | Tỷ lệ biết chữ | 98% |"]) == [
        "TT: 1 | Chỉ tiêu: Tỷ lệ biết chữ | Năm 2025: 98%"]
    # a markdown separator first: no header either
    assert table_block(["|---|---|", "| Nội dung | Ghi chú |"]) == ["Nội dung | Ghi chú"]
    # group labels are kept when the columns below them repeat ("2024" under two groups)
    assert format_table([["Nội dung", "Kết quả", "Kết quả", "Chỉ tiêu", "Chỉ tiêu"],
                         ["Nội dung", "2023", "2024", "2023", "2024"],
                         ["Lớp xóa mù chữ", "12", "14", "15", "18"]], 2) == [
        "Nội dung: Lớp xóa mù chữ | Kết quả - 2023: 12 | Kết quả - 2024: 14 | Chỉ tiêu - 2023: 15 | "
        "Chỉ tiêu - 2024: 18"]
    # a row merged across the table is a group label; a cell merged across two columns is written once;
    # a header repeated after a page break is dropped
    assert format_table([["STT", "Nội dung", "Đơn vị thực hiện", "Đơn vị thực hiện"],
                         ["I", "Nhóm giáo dục", "Nhóm giáo dục", "Nhóm giáo dục"],
                         ["1", "Mở lớp học", "Sở Giáo dục và Đào tạo", "Sở Giáo dục và Đào tạo"],
                         ["STT", "Nội dung", "Đơn vị thực hiện", "Đơn vị thực hiện"],
                         ["2", "Tuyên truyền", "Sở Văn hóa", "Sở Văn hóa"]], 1) == [
        "STT: I | Nhóm giáo dục",
        "STT: 1 | Nội dung: Mở lớp học | Đơn vị thực hiện: Sở Giáo dục và Đào tạo",
        "STT: 2 | Nội dung: Tuyên truyền | Đơn vị thực hiện: Sở Văn hóa"]
