"""Responsibility tables (issue 11): bodies named only in an appendix table "STT | Nhiệm vụ | Cơ quan chủ trì | Cơ
quan phối hợp | Thời gian hoàn thành" are known, their rows are quoted and cited, and the matrix has one assignment
per body per row. Two plans written for these tests — a district's Word plan with the table in a PHỤ LỤC after the
signature, and a district's markdown plan (tests/data) with the table under TỔ CHỨC THỰC HIỆN — through the real
readers, embedding model, index and answer composer."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import assistant_over

MD_PLAN = Path(__file__).parent / "data" / "thachthanh_phan_cong.md"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

DOCX_BODY = [
    ("KẾ HOẠCH", True),
    ("Xây dựng xã hội học tập huyện Krông Pắc giai đoạn 2025-2030", True),
    ("Căn cứ Kế hoạch số 135/KH-UBND ngày 20/3/2025 của Ủy ban nhân dân tỉnh Đắk Lắk về xây dựng xã hội học tập; "
     "Ủy ban nhân dân huyện Krông Pắc ban hành Kế hoạch như sau:", False),
    ("I. MỤC ĐÍCH, YÊU CẦU", True),
    ("1. Mục đích", True),
    ("- Nâng cao nhận thức của người dân về vai trò của học tập suốt đời.", False),
    ("2. Yêu cầu", True),
    ("- Phân công cụ thể, gắn trách nhiệm của từng cơ quan, đơn vị với từng nhiệm vụ.", False),
    ("II. MỤC TIÊU", True),
    ("- Đến năm 2030, 98% người trong độ tuổi từ 15 đến 60 biết chữ mức độ 2.", False),
    ("- Đến năm 2030, 100% trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý.", False),
    ("III. NHIỆM VỤ, GIẢI PHÁP", True),
    ("1. Tăng cường công tác truyền thông về học tập suốt đời", True),
    ("- Đa dạng hóa hình thức tuyên truyền, chú trọng vùng đồng bào dân tộc thiểu số.", False),
    ("2. Củng cố trung tâm học tập cộng đồng", True),
    ("- Bố trí cán bộ quản lý trung tâm học tập cộng đồng ổn định, có năng lực.", False),
    ("IV. TỔ CHỨC THỰC HIỆN", True),
    ("1. Phòng Giáo dục và Đào tạo", True),
    ("- Là cơ quan thường trực, tham mưu Ủy ban nhân dân huyện tổ chức triển khai Kế hoạch.", False),
    ("- Theo dõi, tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện trước ngày 10/12 hằng năm.", False),
    ("2. Phòng Văn hóa và Thông tin", True),
    ("- Chỉ đạo Trung tâm Văn hóa - Thông tin và Thể thao huyện tuyên truyền về xây dựng xã hội học tập.", False),
    ("3. Các cơ quan, đơn vị", True),
    ("- Thực hiện các nhiệm vụ được phân công tại Phụ lục kèm theo Kế hoạch này.", False),
    ("Trên đây là Kế hoạch xây dựng xã hội học tập huyện Krông Pắc giai đoạn 2025-2030./.", False),
]
DOCX_TABLE = [
    ("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"),
    ("I", "Công tác tuyên truyền", None, None, None),  # a group row merged across the table
    ("1", "Phát sóng chuyên mục học tập suốt đời trên Đài Truyền thanh - Truyền hình huyện",
     "Phòng VH&TT", "Phòng GD&ĐT, Hội Khuyến học huyện", "Hằng năm"),
    ("2", "Biên soạn tài liệu hướng dẫn xây dựng mô hình \"Đơn vị học tập\" cho cơ quan, doanh nghiệp",
     "Phòng Nội vụ", "Liên đoàn Lao động huyện", "Quý II/2026"),
    ("II", "Củng cố mạng lưới cơ sở giáo dục", None, None, None),
    ("3", "Rà soát, sắp xếp đội ngũ cán bộ quản lý trung tâm học tập cộng đồng",
     "UBND các xã, thị trấn", "Phòng Nội vụ, Phòng GD&ĐT", "Trước 30/6/2026"),
    ("4", "Tổ chức lớp dạy tiếng Ê Đê cho cán bộ, công chức công tác ở vùng đồng bào dân tộc thiểu số",
     "Phòng Dân tộc", "Trung tâm GDNN-GDTX huyện", "Quý IV/2025"),
    ("5", "Hỗ trợ học nghề cho người khuyết tật, người thuộc hộ nghèo",
     "Phòng LĐ-TB&XH", "Hội Chữ thập đỏ huyện, UBND các xã, thị trấn", "Hằng năm"),
]


def krongpac_docx(path: Path) -> Path:
    """A district's Word plan: prose implementation section, signature, then a PHỤ LỤC with the assignment table
    (bold header row, group rows merged across the table, agency cells listing several bodies)."""
    import docx

    d = docx.Document()
    head = d.add_table(rows=2, cols=2)  # the header furniture as a layout table
    head.cell(0, 0).text, head.cell(0, 1).text = "ỦY BAN NHÂN DÂN\nHUYỆN KRÔNG PẮC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    head.cell(1, 0).text, head.cell(1, 1).text = "Số: 58/KH-UBND", "Độc lập - Tự do - Hạnh phúc"
    for text, bold in DOCX_BODY:
        d.add_paragraph().add_run(text).bold = bold
    sig = d.add_table(rows=1, cols=2)
    sig.cell(0, 0).text = "Nơi nhận:\n- UBND tỉnh (b/c);\n- Lưu: VT."
    sig.cell(0, 1).text = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nY Bhim Niê"
    d.add_page_break()
    for text in ("PHỤ LỤC", "PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KẾ HOẠCH XÂY DỰNG XÃ HỘI HỌC TẬP GIAI ĐOẠN 2025-2030"):
        d.add_paragraph().add_run(text).bold = True
    d.add_paragraph("(Kèm theo Kế hoạch số 58/KH-UBND ngày 25/4/2025 của Ủy ban nhân dân huyện Krông Pắc)")
    t = d.add_table(rows=len(DOCX_TABLE), cols=5)
    for r, row in enumerate(DOCX_TABLE):
        if row[2] is None:
            t.cell(r, 1).merge(t.cell(r, 4))
            t.cell(r, 0).text, t.cell(r, 1).text = row[0], row[1]
            continue
        for c, value in enumerate(row):
            t.cell(r, c).text = value
    for row in (t.rows[0], t.rows[1], t.rows[4]):  # the header and the group rows in bold
        for cell in row.cells:
            for p in cell.paragraphs:
                for run in p.runs:
                    run.bold = True
    d.save(path)
    return path


def eakar_pdf(path: Path) -> Path:
    """The same plan for another district as a PDF: the appendix table drawn by fpdf2 with wrapped, vertically
    centred cells (no rules in the text layer), a group row spanning the table."""
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    def here(text: str) -> str:
        return text.replace("Krông Pắc", "Ea Kar").replace("58/KH-UBND", "71/KH-UBND")

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", "", FONT)
    pdf.set_font("DejaVu", size=9)
    lines = [here(t) for t, _ in DOCX_BODY] + ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN",
                                               "CHỦ TỊCH", "Nguyễn Hữu Phước"]
    for text in lines:
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.add_page(orientation="L")
    for text in ("PHỤ LỤC", "PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KẾ HOẠCH",
                 here("(Kèm theo Kế hoạch số 58/KH-UBND ngày 25/4/2025 của Ủy ban nhân dân huyện Krông Pắc)")):
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    widths = (10, 130, 35, 65, 35)
    with pdf.table(col_widths=widths, width=sum(widths), headings_style=FontFace(emphasis=None)) as table:
        for row in DOCX_TABLE:
            cells = table.row()
            if row[2] is None:
                cells.cell(row[0])
                cells.cell(row[1], colspan=4)
            else:
                for value in row:
                    cells.cell(value)
    pdf.output(str(path))
    return path


@pytest.fixture(scope="module")
def plans(tmp_path_factory, embedder):
    home = tmp_path_factory.mktemp("tables")
    folder = home / "plans"
    folder.mkdir()
    krongpac_docx(folder / "krongpac.docx")
    shutil.copy2(MD_PLAN, folder / MD_PLAN.name)
    eakar_pdf(folder / "eakar.pdf")
    return assistant_over(home, embedder)


def _quoted(answer: str) -> list[str]:
    return [ln for ln in answer.splitlines() if ln.startswith("- ")]


def _rows(ans) -> list[str]:
    """The table rows an answer cites, as their "STT" and lead cell."""
    return [c.text for c in ans.citations if c.text.startswith("STT: ")]


# ---------------------------------------------------------------- ingest: rows, appendix, matrix


def test_docx_appendix_after_the_signature_is_plan_text_with_grouped_rows(tmp_path: Path):
    from ingest.chunk import chunk_document
    from ingest.load import load_plan

    doc = load_plan(krongpac_docx(tmp_path / "krongpac.docx"))
    assert doc.signer is not None and doc.signer.name == "Y Bhim Niê"
    assert "PHỤ LỤC" not in doc.signature and doc.text.endswith(doc.signature)
    appendix = next(s for s in doc.sections if s.kind == "appendix")
    assert appendix.title.startswith("PHỤ LỤC - PHÂN CÔNG NHIỆM VỤ")
    groups = [s for s in doc.sections if s.kind == "group"]
    assert [g.title for g in groups] == ["Công tác tuyên truyền", "Củng cố mạng lưới cơ sở giáo dục"]
    rows = [s for s in doc.sections if s.kind == "row"]
    assert [doc.sections[r.parent].title for r in rows] == ["Công tác tuyên truyền"] * 2 + \
        ["Củng cố mạng lưới cơ sở giáo dục"] * 3
    assert doc.text[rows[3].start:rows[3].end] == (
        "STT: 4 | Nhiệm vụ: Tổ chức lớp dạy tiếng Ê Đê cho cán bộ, công chức công tác ở vùng đồng bào dân tộc "
        "thiểu số | Cơ quan chủ trì: Phòng Dân tộc | Cơ quan phối hợp: Trung tâm GDNN-GDTX huyện | "
        "Thời gian hoàn thành: Quý IV/2025")
    chunks = chunk_document(doc)
    row_chunks = [c for c in chunks if c.kind == "row"]
    assert len(row_chunks) == 5  # the group rows are headings, not passages
    assert row_chunks[3].section.startswith("PHỤ LỤC - PHÂN CÔNG") and \
        " › II. Củng cố mạng lưới cơ sở giáo dục › 4. Tổ chức lớp dạy tiếng Ê Đê" in row_chunks[3].section
    assert all(doc.text[c.start:c.end] == c.text for c in chunks)
    assert not any("STT:" in c.text for c in chunks if c.kind != "row")


def test_markdown_group_rows_and_the_text_after_the_table(tmp_path: Path):
    from ingest.chunk import chunk_document
    from ingest.load import load_plan

    doc = load_plan(MD_PLAN)
    groups = [s for s in doc.sections if s.kind == "group"]
    assert [g.path_str for g in groups] == [
        "V. TỔ CHỨC THỰC HIỆN › 3. Phân công nhiệm vụ cụ thể › I. Công tác truyền thông",
        "V. TỔ CHỨC THỰC HIỆN › 3. Phân công nhiệm vụ cụ thể › II. PHÁT TRIỂN NGUỒN NHÂN LỰC"]  # title in the STT column
    assert doc.text[groups[0].start:groups[0].body_start].strip() == "STT: I | Công tác truyền thông"
    chunks = chunk_document(doc)
    after = next(c for c in chunks if "báo cáo kết quả thực hiện về Phòng Giáo dục" in c.text)
    assert after.section == "V. TỔ CHỨC THỰC HIỆN › 4. Chế độ báo cáo"


def test_matrix_has_one_assignment_per_body_per_row_with_role_and_deadline(tmp_path: Path):
    from ingest.load import load_plan
    from ingest.matrix import extract_matrix

    doc = load_plan(krongpac_docx(tmp_path / "krongpac.docx"))
    rows = [a for a in extract_matrix(doc) if "PHỤ LỤC" in a.section]
    got = [(a.agency, a.role, a.deadlines) for a in rows]
    assert got == [
        ("Phòng VH&TT", "lead", ("Hằng năm",)),
        ("Phòng GD&ĐT", "coordinate", ("Hằng năm",)),
        ("Hội Khuyến học huyện", "coordinate", ("Hằng năm",)),
        ("Phòng Nội vụ", "lead", ("Quý II/2026",)),
        ("Liên đoàn Lao động huyện", "coordinate", ("Quý II/2026",)),
        ("UBND các xã, thị trấn", "lead", ("Trước 30/6/2026",)),  # one body: "thị trấn" is no body of its own
        ("Phòng Nội vụ", "coordinate", ("Trước 30/6/2026",)),
        ("Phòng GD&ĐT", "coordinate", ("Trước 30/6/2026",)),
        ("Phòng Dân tộc", "lead", ("Quý IV/2025",)),
        ("Trung tâm GDNN-GDTX huyện", "coordinate", ("Quý IV/2025",)),
        ("Phòng LĐ-TB&XH", "lead", ("Hằng năm",)),
        ("Hội Chữ thập đỏ huyện", "coordinate", ("Hằng năm",)),
        ("UBND các xã, thị trấn", "coordinate", ("Hằng năm",)),
    ]
    keys = {a.agency: a.key for a in rows}
    assert (keys["Phòng VH&TT"], keys["Phòng LĐ-TB&XH"], keys["UBND các xã, thị trấn"]) == (
        "culture", "labour_social", "peoples_committee_lower")
    four = next(a for a in rows if a.agency == "Phòng Dân tộc")
    assert four.tasks == ("Tổ chức lớp dạy tiếng Ê Đê cho cán bộ, công chức công tác ở vùng đồng bào dân tộc thiểu số",)
    assert doc.text[four.start:four.end].startswith("STT: 4 | ")
    # the prose part of the matrix is unchanged
    assert [a.agency for a in extract_matrix(doc) if "TỔ CHỨC THỰC HIỆN" in a.section][:2] == [
        "Phòng Giáo dục và Đào tạo", "Phòng Văn hóa và Thông tin"]


def test_pdf_table_with_wrapped_cells_is_read_row_by_row(tmp_path: Path):
    from ingest.load import load_plan
    from ingest.matrix import extract_matrix

    doc = load_plan(eakar_pdf(tmp_path / "eakar.pdf"))
    assert doc.signer is not None and doc.signer.name == "Nguyễn Hữu Phước"
    assert [s.title for s in doc.sections if s.kind == "group"] == ["Công tác tuyên truyền",
                                                                    "Củng cố mạng lưới cơ sở giáo dục"]
    rows = [doc.text[s.start:s.end] for s in doc.sections if s.kind == "row"]
    assert rows[0] == ("STT: 1 | Nhiệm vụ: Phát sóng chuyên mục học tập suốt đời trên Đài Truyền thanh - Truyền hình "
                       "huyện | Cơ quan chủ trì: Phòng VH&TT | Cơ quan phối hợp: Phòng GD&ĐT, Hội Khuyến học huyện | "
                       "Thời gian hoàn thành: Hằng năm")
    assert rows[4].endswith("Cơ quan phối hợp: Hội Chữ thập đỏ huyện, UBND các xã, thị trấn | "
                            "Thời gian hoàn thành: Hằng năm")
    word = next(a for a in extract_matrix(doc) if a.agency == "Phòng Dân tộc")
    assert (word.role, word.deadlines) == ("lead", ("Quý IV/2025",))


def test_one_column_of_bodies_says_which_leads(tmp_path: Path):
    from ingest.load import load_plan
    from ingest.matrix import extract_matrix

    plan = tmp_path / "xa.md"
    plan.write_text("\n\n".join([
        "KẾ HOẠCH", "Xây dựng xã hội học tập xã Tân Phú năm 2025",
        "I. MỤC ĐÍCH, YÊU CẦU", "- Nâng cao nhận thức của người dân về học tập suốt đời trên địa bàn xã.",
        "II. TỔ CHỨC THỰC HIỆN", "Phân công như sau:",
        "| TT | Nội dung công việc | Cơ quan, đơn vị thực hiện | Thời gian thực hiện | Ghi chú |\n|---|---|---|---|---|\n"
        "| 1 | Tổ chức Ngày hội học tập | Công chức Văn hóa - Xã hội (chủ trì), Đoàn Thanh niên xã | Tháng 10/2025 | |\n"
        "| 2 | Cập nhật số liệu | Chủ trì: Công chức Văn phòng - Thống kê; phối hợp: Trưởng các thôn | Quý IV | |\n"
        "| 3 | Hỗ trợ vay vốn học nghề | Ngân hàng CSXH huyện, Bưu điện huyện | Hằng năm | |",
        "Trên đây là Kế hoạch xây dựng xã hội học tập xã Tân Phú năm 2025./."]), encoding="utf-8")
    rows = [(a.agency, a.role, a.deadlines) for a in extract_matrix(load_plan(plan)) if a.section.count(" › ") == 1]
    assert rows == [("Công chức Văn hóa - Xã hội", "lead", ("Tháng 10/2025",)),
                    ("Đoàn Thanh niên xã", "lead", ("Tháng 10/2025",)),
                    ("Công chức Văn phòng - Thống kê", "lead", ("Quý IV",)),
                    ("Trưởng các thôn", "coordinate", ("Quý IV",)),
                    # bodies of no known kind, told apart by the level that closes the first name
                    ("Ngân hàng CSXH huyện", "lead", ("Hằng năm",)), ("Bưu điện huyện", "lead", ("Hằng năm",))]


# ---------------------------------------------------------------- questions, end to end


def test_a_body_named_only_in_the_appendix_is_known_and_its_row_quoted(plans):
    ans = plans.ask("Phòng Lao động - Thương binh và Xã hội huyện Krông Pắc phải làm gì?")
    assert not ans.refused
    assert len(_rows(ans)) == 1 and "Cơ quan chủ trì: Phòng LĐ-TB&XH" in _rows(ans)[0]
    assert "Hỗ trợ học nghề cho người khuyết tật" in ans.answer
    assert ans.citations[0].section.startswith("PHỤ LỤC - PHÂN CÔNG NHIỆM VỤ")


def test_a_cooperating_body_gets_its_rows_with_the_column_name(plans):
    ans = plans.ask("Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Krông Pắc phối hợp làm gì?")
    assert not ans.refused and len(ans.citations) == 1
    assert "Cơ quan phối hợp: Trung tâm GDNN-GDTX huyện" in ans.answer and "tiếng Ê Đê" in ans.answer


def test_lead_rows_before_cooperating_rows_and_only_cooperation_when_it_is_asked(plans):
    ans = plans.ask("Phòng Nội vụ huyện Krông Pắc có nhiệm vụ gì?")
    assert [r.split(" | ")[0] for r in _rows(ans)] == ["STT: 2", "STT: 3"]  # leads 2, cooperates in 3
    ans = plans.ask("Phòng Giáo dục và Đào tạo huyện Thạch Thành phối hợp thực hiện nhiệm vụ gì?")
    assert [r.split(" | ")[0] for r in _rows(ans)] == ["STT: 1"]  # cooperates in 1; the row it leads (5) is not asked
    assert ans.citations[0].section == "V. TỔ CHỨC THỰC HIỆN › 1. Phòng Giáo dục và Đào tạo"  # its own section too


def test_a_body_with_a_section_and_a_row_gets_both(plans):
    ans = plans.ask("Phòng Văn hóa và Thông tin huyện Krông Pắc phải làm gì?")  # "Phòng VH&TT" in the table
    assert [c.section.split(" › ")[-1] for c in ans.citations][0] == "2. Phòng Văn hóa và Thông tin"
    assert len(_rows(ans)) == 1 and "Cơ quan chủ trì: Phòng VH&TT" in _rows(ans)[0]


def test_who_leads_a_task_is_the_lead_cell_of_its_row(plans):
    ans = plans.ask("Ai chủ trì việc tổ chức lớp dạy tiếng Ê Đê cho cán bộ, công chức ở Krông Pắc?")
    assert not ans.refused and "Cơ quan chủ trì: Phòng Dân tộc" in _quoted(ans.answer)[0]
    ans = plans.ask("Ai chủ trì mở lớp đào tạo nghề ngắn hạn cho lao động nông thôn ở Thạch Thành?")
    assert not ans.refused and "Cơ quan chủ trì: Phòng LĐ-TB&XH" in _quoted(ans.answer)[0]


def test_a_deadline_quotes_the_row_s_time_cell(plans):
    ans = plans.ask("Hạn hoàn thành việc rà soát, sắp xếp đội ngũ cán bộ quản lý trung tâm học tập cộng đồng ở "
                    "Krông Pắc là khi nào?")
    assert not ans.refused and "Thời gian hoàn thành: Trước 30/6/2026" in _quoted(ans.answer)[0]
    ans = plans.ask("Việc khảo sát nhu cầu học tập của người cao tuổi ở Thạch Thành phải xong khi nào?")
    assert not ans.refused and "Thời gian hoàn thành: Quý I/2026" in _quoted(ans.answer)[0]


def test_a_body_the_table_does_not_name_is_refused(plans):
    for q, body in (("Phòng Y tế huyện Krông Pắc phải làm gì?", "Phòng Y tế"),
                    ("Công an huyện Thạch Thành phối hợp làm gì?", "Công an huyện")):
        ans = plans.ask(q)
        assert ans.refused and not ans.citations and f"không nhắc đến {body}" in ans.answer


def test_the_pdf_plan_s_table_answers_too(plans):
    ans = plans.ask("Phòng Dân tộc huyện Ea Kar phải làm gì?")
    assert not ans.refused and {c.doc for c in ans.citations} == {"eakar.pdf"}
    assert len(_rows(ans)) == 1 and "Cơ quan chủ trì: Phòng Dân tộc" in _rows(ans)[0]
    assert "Quý IV/2025" in ans.answer


def test_a_body_only_in_a_row_is_answered_without_naming_the_plan(plans):
    # a row is further in meaning from a short question than prose: the name alone ties it to the plans
    ans = plans.ask("Hội Chữ thập đỏ phối hợp làm gì?")
    assert not ans.refused and _rows(ans) and all("Cơ quan phối hợp: Hội Chữ thập đỏ huyện" in r for r in _rows(ans))


def test_a_group_of_rows_is_a_topic_quoted_whole(plans):
    ans = plans.ask("Công tác tuyên truyền ở Krông Pắc gồm những nhiệm vụ nào?")
    assert [c.section.split(" › ")[-1] for c in ans.citations] == ["I. Công tác tuyên truyền"]
    assert [q.split(" | ")[0] for q in _quoted(ans.answer)] == ["- STT: 1", "- STT: 2"]
    # "cơ sở giáo dục" is a topic, not a "Sở Giáo dục" whose rows would be added
    ans = plans.ask("Kế hoạch của huyện Krông Pắc giao những nhiệm vụ gì về củng cố mạng lưới cơ sở giáo dục?")
    assert [c.section.split(" › ")[-1] for c in ans.citations] == ["II. Củng cố mạng lưới cơ sở giáo dục"]
    assert [q.split(" | ")[0] for q in _quoted(ans.answer)] == ["- STT: 3", "- STT: 4", "- STT: 5"]
