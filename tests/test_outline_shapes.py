"""Plans in shapes the bundled ones do not have: a DOCX whose headings are bold paragraphs (numeral and title
apart), arabic-numbered top sections, a heading broken by PDF extraction across a running header, OCR damage in
figures, a targets table with years as rows, and agencies written "1. Phòng …: tasks" in one paragraph.
Every plan is made up here (own wording and places) and read through the real readers."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.chunk import chunk_document
from ingest.clean import clean_lines, repair_ocr
from ingest.load import load_plan
from ingest.matrix import extract_matrix
from ingest.outline import PREAMBLE_TITLE
from ingest.readers import drop_page_furniture
from ingest.targets import extract_targets
from ingest.types import Document

FONTS = Path("/usr/share/fonts/truetype/dejavu")


def _tops(doc: Document) -> list[str]:
    return [s.heading for s in doc.sections if s.kind == "roman"]


def _section_of(doc: Document, needle: str) -> str:
    pos = doc.text.index(needle)
    best = max((s for s in doc.sections if s.start <= pos < s.end), key=lambda s: s.level)
    return best.path_str


# ---------------------------------------------------------------- 1. DOCX: bold paragraphs, numeral apart


@pytest.fixture(scope="module")
def bold_docx(tmp_path_factory) -> Document:
    import docx
    from docx.enum.style import WD_STYLE_TYPE

    d = docx.Document()

    def para(text: str, bold: bool = False) -> None:
        d.add_paragraph().add_run(text).bold = bold

    for line in ("ỦY BAN NHÂN DÂN", "HUYỆN KRÔNG PẮC", "Số: 77/KH-UBND", "KẾ HOẠCH",
                 "Xây dựng xã hội học tập huyện Krông Pắc giai đoạn 2025-2030"):
        para(line, bold=True)
    para("Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ; Ủy ban nhân dân huyện ban "
         "hành Kế hoạch như sau:")
    para("I.", True)
    para("MỤC ĐÍCH, YÊU CẦU", True)
    para("1. Mục đích", True)
    para("Tạo cơ hội cho mọi người dân được học tập suốt đời, nâng cao dân trí vùng đồng bào.")
    para("II.", True)
    para("MỤC TIÊU", True)
    para("Đến năm 2030, ít nhất 70% hộ gia đình đạt danh hiệu “Gia đình học tập”.")
    para("III. NHIỆM VỤ VÀ GIẢI PHÁP", True)
    para("Tổ chức tuyên truyền trên hệ thống truyền thanh cơ sở.")
    # a bold paragraph split by a soft line break, then a style-bold (not run-bold) heading
    d.add_paragraph().add_run("IV.\nTỔ CHỨC THỰC HIỆN").bold = True
    bold_style = d.styles.add_style("Dam", WD_STYLE_TYPE.PARAGRAPH)
    bold_style.font.bold = True
    d.add_paragraph("1. Phòng Giáo dục và Đào tạo", style="Dam")
    para("Chủ trì, tham mưu triển khai Kế hoạch; tổng hợp báo cáo trước ngày 15/12 hằng năm.")
    para("2.", True)
    para("Phòng Nội vụ", True)
    para("Phối hợp bồi dưỡng cán bộ, công chức về kỹ năng học tập suốt đời.")
    para("Trên đây là Kế hoạch xây dựng xã hội học tập huyện Krông Pắc giai đoạn 2025-2030./.")
    path = tmp_path_factory.mktemp("shapes") / "krongpac.docx"
    d.save(path)
    return load_plan(path)


def test_docx_bold_headings_with_the_numeral_apart_are_sections(bold_docx):
    assert _tops(bold_docx) == ["I. MỤC ĐÍCH, YÊU CẦU", "II. MỤC TIÊU", "III. NHIỆM VỤ VÀ GIẢI PHÁP",
                                "IV. TỔ CHỨC THỰC HIỆN"]
    assert _section_of(bold_docx, "Tạo cơ hội") == "I. MỤC ĐÍCH, YÊU CẦU › 1. Mục đích"
    assert _section_of(bold_docx, "Phối hợp bồi dưỡng") == "IV. TỔ CHỨC THỰC HIỆN › 2. Phòng Nội vụ"
    body = [c for c in chunk_document(bold_docx) if "hộ gia đình" in c.text or "truyền thanh" in c.text]
    assert body and all(not c.section.startswith(PREAMBLE_TITLE) for c in body)
    assert [a.agency for a in extract_matrix(bold_docx)] == ["Phòng Giáo dục và Đào tạo", "Phòng Nội vụ"]
    assert [(t.value, t.year) for t in extract_targets(bold_docx)] == [("ít nhất 70%", 2030)]


def test_docx_numbered_by_word_lists_gets_its_drawn_labels(tmp_path):
    """Headings numbered by a Word list (the numeral is drawn, not typed): I./1./a) and bullets are read."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    d = docx.Document()
    numbering = d.part.numbering_part.element
    levels = [("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)"), ("bullet", "\uf0b7")]
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
        + "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
                  "</w:lvl>" for i, (fmt, text) in enumerate(levels))
        + "</w:abstractNum>"))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))

    def para(text: str, level: int | None = None) -> None:
        p = d.add_paragraph()
        p.add_run(text).bold = level in (0, 1)
        if level is not None:
            p._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))

    for text, level in [("KẾ HOẠCH", None), ("Xây dựng xã hội học tập huyện Cư Kuin năm 2025", None),
                        ("Căn cứ Kế hoạch số 10/KH-UBND của UBND tỉnh; UBND huyện ban hành Kế hoạch như sau:", None),
                        ("MỤC ĐÍCH, YÊU CẦU", 0), ("Nâng cao dân trí.", None), ("MỤC TIÊU", 0),
                        ("Chỉ tiêu cụ thể", 1), ("Có 65% gia đình đạt danh hiệu “Gia đình học tập”.", 2),
                        ("Có 40% dòng họ đạt danh hiệu “Dòng họ học tập”.", 2), ("TỔ CHỨC THỰC HIỆN", 0),
                        ("Phòng Giáo dục và Đào tạo", 1), ("Chủ trì tham mưu triển khai Kế hoạch.", 3),
                        ("Phòng Nội vụ", 1), ("Phối hợp kiểm tra, đánh giá.", 3),
                        ("Trên đây là Kế hoạch của huyện Cư Kuin./.", None)]:
        para(text, level)
    d.save(tmp_path / "cukuin.docx")
    doc = load_plan(tmp_path / "cukuin.docx")
    assert _tops(doc) == ["I. MỤC ĐÍCH, YÊU CẦU", "II. MỤC TIÊU", "III. TỔ CHỨC THỰC HIỆN"]
    assert _section_of(doc, "Có 40% dòng họ").startswith("II. MỤC TIÊU › 1. Chỉ tiêu cụ thể › b)")
    assert "\n- Phối hợp kiểm tra" in doc.text
    assert [a.agency for a in extract_matrix(doc)] == ["Phòng Giáo dục và Đào tạo", "Phòng Nội vụ"]


# ---------------------------------------------------------------- 2. arabic-numbered top sections (.txt)

ARABIC_PLAN = """ỦY BAN NHÂN DÂN
XÃ TÂN LẬP
Số: 21/KH-UBND
KẾ HOẠCH
Xây dựng xã hội học tập xã Tân Lập năm 2025
Căn cứ Kế hoạch số 55/KH-UBND ngày 10/01/2025 của UBND huyện; UBND xã Tân Lập ban hành Kế hoạch như sau:
1. MỤC ĐÍCH, YÊU CẦU
1.1. Mục đích
Nâng cao nhận thức của người dân về học tập suốt đời.
1.2. Yêu cầu
Các ban, ngành, đoàn thể phối hợp chặt chẽ, tránh hình thức.
2. MỤC TIÊU
2.1. Mục tiêu chung
Phát triển phong trào học tập trong cộng đồng dân cư.
2.2. Chỉ tiêu cụ thể
a) Có ít nhất 60% gia đình đạt danh hiệu “Gia đình học tập”.
b) Trung tâm học tập cộng đồng mở ít nhất 12 lớp chuyên đề.
3. NHIỆM VỤ, GIẢI PHÁP
3.1. Công tác tuyên truyền
- Tuyên truyền trên loa truyền thanh của xã.
+ Phát thanh chuyên mục học tập vào tối thứ bảy.
3.2. Phát triển mạng lưới
3.2.1. Củng cố Trung tâm học tập cộng đồng
- Bổ sung đầu sách cho tủ sách cộng đồng.
4. TỔ CHỨC THỰC HIỆN
4.1. Công chức Văn hóa - Xã hội
- Là cơ quan thường trực, tham mưu UBND xã triển khai Kế hoạch.
4.2. Trung tâm học tập cộng đồng xã
- Phối hợp mở các lớp chuyên đề.
Trên đây là Kế hoạch xây dựng xã hội học tập năm 2025 của xã Tân Lập./.
"""


@pytest.fixture(scope="module")
def arabic_txt(tmp_path_factory) -> Document:
    path = tmp_path_factory.mktemp("shapes") / "tanlap.txt"
    path.write_text(ARABIC_PLAN, encoding="utf-8")
    return load_plan(path)


def test_upper_case_numbered_headings_are_top_sections(arabic_txt):
    assert _tops(arabic_txt) == ["1. MỤC ĐÍCH, YÊU CẦU", "2. MỤC TIÊU", "3. NHIỆM VỤ, GIẢI PHÁP",
                                 "4. TỔ CHỨC THỰC HIỆN"]
    assert _section_of(arabic_txt, "Các ban, ngành") == "1. MỤC ĐÍCH, YÊU CẦU › 1.2. Yêu cầu"
    assert _section_of(arabic_txt, "Phát thanh chuyên mục") == "3. NHIỆM VỤ, GIẢI PHÁP › 3.1. Công tác tuyên truyền"
    assert _section_of(arabic_txt, "Bổ sung đầu sách") == \
        "3. NHIỆM VỤ, GIẢI PHÁP › 3.2. Phát triển mạng lưới › 3.2.1. Củng cố Trung tâm học tập cộng đồng"
    targets = extract_targets(arabic_txt)
    assert [(t.value, t.kind, t.year) for t in targets] == [("ít nhất 60%", "objective", 2025),
                                                            ("ít nhất 12", "objective", 2025)]
    assert targets[0].section.startswith("2. MỤC TIÊU › 2.2. Chỉ tiêu cụ thể › a)")
    rows = {a.agency: a for a in extract_matrix(arabic_txt)}
    assert list(rows) == ["Công chức Văn hóa - Xã hội", "Trung tâm học tập cộng đồng xã"]
    assert rows["Công chức Văn hóa - Xã hội"].role == "standing"
    assert rows["Trung tâm học tập cộng đồng xã"].section == \
        "4. TỔ CHỨC THỰC HIỆN › 4.2. Trung tâm học tập cộng đồng xã"


def test_numbered_items_stay_items_when_the_plan_has_roman_sections():
    body = "Nâng cao dân trí, phát triển nguồn nhân lực, tạo cơ hội học tập suốt đời cho mọi người dân."
    lines = clean_lines(f"I. MỤC TIÊU\n1. MỤC TIÊU CHUNG\n{body}\n2. CHỈ TIÊU\n{body}")
    from ingest.outline import parse_outline

    _, sections = parse_outline(lines)
    assert [(s.kind, s.heading) for s in sections[1:]] == [("roman", "I. MỤC TIÊU"), ("number", "1. MỤC TIÊU CHUNG"),
                                                           ("number", "2. CHỈ TIÊU")]


# ---------------------------------------------------------------- 3. PDF: broken heading, running header, OCR


@pytest.fixture(scope="module")
def damaged_pdf(tmp_path_factory) -> Document:
    from fpdf import FPDF

    class Plan(FPDF):
        def header(self) -> None:
            self.set_font("DejaVu", "", 8)
            self.cell(0, 5, "UBND xã Hòa Phú - Kế hoạch số 03/KH-UBND", align="C")
            self.ln(8)

        def footer(self) -> None:
            self.set_y(-12)
            self.set_font("DejaVu", "", 8)
            self.cell(0, 5, f"Trang {self.page_no()}", align="C")

    pdf = Plan()
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_page()
    page_one = ["ỦY BAN NHÂN DÂN", "XÃ HÒA PHÚ", "Số: 03/KH-UBND", "KẾ HOẠCH",
                "Xây dựng xã hội học tập xã Hòa Phú năm 2025",
                "Căn cứ Kế hoạch số 12/KH-UBND ngày 24/0l/2025 của Ủy ban nhân dân huyện;",
                "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao dân trí, đào tạo nhân lực cho địa phương.",
                "II. MỤC TIÊU", "Mở ít nhất 02 1ớp xóa mù chữ; l00% thôn có tủ sách cộng đồng.",
                "III. NHIỆM VỤ VÀ GIẢI PHÁP", "Đa dạng hóa hình thức học tập.", "IV. TỔ CHỨC THỰC"]
    page_two = ["HIỆN", "1. Công chức Văn hóa - Xã hội", "Tham mưu triển khai Kế hoạch; báo cáo trước ngày 1O/12/2025.",
                "2. Công an xã", "Bảo đảm an ninh trật tự tại các buổi sinh hoạt cộng đồng.",
                "Trên đây là Kế hoạch xây dựng xã hội học tập năm 2025 của xã Hòa Phú./."]
    for page, lines in enumerate((page_one, page_two)):
        if page:
            pdf.add_page()
        pdf.set_font("DejaVu", "", 11)
        for line in lines:
            pdf.cell(0, 6, line)
            pdf.ln(6)
    path = tmp_path_factory.mktemp("shapes") / "hoaphu.pdf"
    pdf.output(str(path))
    return load_plan(path)


def test_pdf_heading_broken_across_a_page_is_whole(damaged_pdf):
    assert _tops(damaged_pdf) == ["I. MỤC ĐÍCH, YÊU CẦU", "II. MỤC TIÊU", "III. NHIỆM VỤ VÀ GIẢI PHÁP",
                                  "IV. TỔ CHỨC THỰC HIỆN"]
    assert "Trang " not in damaged_pdf.text and "UBND xã Hòa Phú - Kế hoạch" not in damaged_pdf.text
    assert [a.agency for a in extract_matrix(damaged_pdf)] == ["Công chức Văn hóa - Xã hội", "Công an xã"]


def test_a_broken_upper_case_heading_is_rejoined_but_not_the_item_after_it():
    body = "Nâng cao dân trí, phát triển nguồn nhân lực, tạo cơ hội học tập suốt đời cho mọi người dân trên địa bàn."
    heads = [[ln.text for ln in clean_lines(f"{head}\n{body}")][:-1] for head in (
        "III. NHIỆM\nVỤ", "II. MỤC TIÊU\nA. MỤC TIÊU CHUNG", "II. MỤC TIÊU\n1. MỤC TIÊU CHUNG", "KẾ HOẠCH\nXÂY DỰNG")]
    assert heads == [["III. NHIỆM VỤ"], ["II. MỤC TIÊU", "A. MỤC TIÊU CHUNG"], ["II. MỤC TIÊU", "1. MỤC TIÊU CHUNG"],
                     ["KẾ HOẠCH", "XÂY DỰNG"]]


def test_ocr_letters_in_figures_and_digits_in_words_are_repaired(damaged_pdf):
    assert "ngày 24/01/2025" in damaged_pdf.text and "trước ngày 10/12/2025" in damaged_pdf.text
    assert "ít nhất 02 lớp xóa mù chữ; 100% thôn" in damaged_pdf.text
    assert [(t.value, t.year) for t in extract_targets(damaged_pdf)] == [("ít nhất 02", 2025), ("100%", 2025)]
    assert extract_matrix(damaged_pdf)[0].deadlines == ("trước ngày 10/12/2025",)


def test_ocr_repair_leaves_real_tokens_alone():
    same = "Quý II/2025, COVID-19, 1ha đất, Điều 1a, lớp 1A, 1,5 triệu đồng, Thông tư số 44/2014/TT-BGDĐT, l và O"
    assert repair_ocr(same) == same
    assert repair_ocr("Số: l2/KH-UBND ngày 2O/1l/2024; 1ần thứ 3") == "Số: 12/KH-UBND ngày 20/11/2024; lần thứ 3"


def test_page_furniture_is_dropped_only_at_page_edges():
    pages = ["Kế hoạch 5/KH - trang đầu\nI. MỤC TIÊU\nĐạt 5 lớp.\n- 1 -",
             "Kế hoạch 5/KH - trang đầu\nII. NHIỆM VỤ\nTrang 2 của văn bản được giữ.\n3",
             "Kế hoạch 5/KH - trang đầu\n| Năm | Tỷ lệ |\nIII. TỔ CHỨC\n| Năm | Tỷ lệ |"]
    assert drop_page_furniture(pages) == ["I. MỤC TIÊU\nĐạt 5 lớp.", "II. NHIỆM VỤ\nTrang 2 của văn bản được giữ.",
                                          "| Năm | Tỷ lệ |\nIII. TỔ CHỨC\n| Năm | Tỷ lệ |"]
    # the same words at the top of one page and the bottom of another are text, not a running header
    pages = ["ỦY BAN NHÂN DÂN\nXÃ HÒA PHÚ\nKẾ HOẠCH", "Nội dung.\nTM. ỦY BAN NHÂN DÂN\nỦY BAN NHÂN DÂN\nCHỦ TỊCH"]
    assert drop_page_furniture(pages) == pages


def test_text_saved_from_a_pdf_loses_its_page_furniture(tmp_path):
    pages = ["ỦY BAN NHÂN DÂN\nXÃ HÒA PHÚ\nKẾ HOẠCH\nXây dựng xã hội học tập xã Hòa Phú năm 2025\n"
             "I. MỤC ĐÍCH, YÊU CẦU\nNâng cao dân trí, đào tạo nhân lực, bồi dưỡng nhân tài cho địa phương.\n"
             "II. NHIỆM VỤ VÀ GIẢI PHÁP\nĐa dạng hóa các hình thức học tập cho người dân trên địa bàn xã.\n"
             "IV. TỔ CHỨC THỰC\nTrang 1",
             "Kế hoạch 03/KH-UBND xã Hòa Phú\nHIỆN\n1. Công chức Văn hóa - Xã hội\nTham mưu triển khai Kế hoạch.\n"
             "Trang 2",
             "Kế hoạch 03/KH-UBND xã Hòa Phú\n2. Công an xã\nBảo đảm an ninh trật tự.\nTrang 3/3"]
    (tmp_path / "hoaphu.txt").write_text("\f".join(pages), encoding="utf-8")
    doc = load_plan(tmp_path / "hoaphu.txt")
    assert _tops(doc)[-1] == "IV. TỔ CHỨC THỰC HIỆN"
    assert "Trang" not in doc.text and "Kế hoạch 03/KH-UBND" not in doc.text
    assert [a.agency for a in extract_matrix(doc)] == ["Công chức Văn hóa - Xã hội", "Công an xã"]


# ---------------------------------------------------------------- 4. targets table with years as rows

TRANSPOSED_MD = """ỦY BAN NHÂN DÂN
HUYỆN EA SÚP
Số: 40/KH-UBND

KẾ HOẠCH
Xây dựng xã hội học tập huyện Ea Súp giai đoạn 2025-2030

Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ;

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao dân trí, bồi dưỡng nhân lực.

II. MỤC TIÊU CỤ THỂ

| Năm | Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình học tập” | Số xã đạt “Cộng đồng học tập” cấp xã |
|---|---|---|
| 2025 | 60% | 5 |
| 2027 | 65% | 7 |
| Năm 2030 | Khoảng 75% | ít nhất 10 |

III. TỔ CHỨC THỰC HIỆN
1. Phòng Giáo dục và Đào tạo: chủ trì, tham mưu UBND huyện triển khai Kế hoạch; hướng dẫn các trường tổ chức ngày hội đọc sách; tổng hợp báo cáo trước ngày 10/12 hằng năm.
2. Phòng Văn hóa và Thông tin: phối hợp tuyên truyền về xây dựng xã hội học tập trên các phương tiện thông tin đại chúng.
3. Đề nghị Ủy ban MTTQ Việt Nam huyện: vận động đoàn viên, hội viên tham gia học tập.
4. Ủy ban nhân dân các xã, thị trấn:
- Xây dựng kế hoạch của địa phương; kiện toàn Trung tâm học tập cộng đồng.
5. Kinh phí thực hiện: từ ngân sách huyện và các nguồn xã hội hóa.

Trên đây là Kế hoạch xây dựng xã hội học tập huyện Ea Súp giai đoạn 2025-2030./.
"""


@pytest.fixture(scope="module")
def transposed_md(tmp_path_factory) -> Document:
    path = tmp_path_factory.mktemp("shapes") / "easup.md"
    path.write_text(TRANSPOSED_MD, encoding="utf-8")
    return load_plan(path)


def test_years_as_rows_targets_take_the_row_year_and_the_column_indicator(transposed_md):
    targets = extract_targets(transposed_md)
    assert [(t.year, t.value, t.unit, t.bound) for t in targets] == [
        (2025, "60%", "%", "eq"), (2025, "5", "count", "eq"), (2027, "65%", "%", "eq"), (2027, "7", "count", "eq"),
        (2030, "Khoảng 75%", "%", "approx"), (2030, "ít nhất 10", "count", "min")]
    assert targets[0].indicator == "hộ gia đình đạt danh hiệu “Gia đình học tập”"
    assert targets[1].indicator == "Số xã đạt “Cộng đồng học tập” cấp xã"
    assert targets[0].section == "II. MỤC TIÊU CỤ THỂ › Năm 2025"
    for t in targets:  # each value cites its own table row
        row = transposed_md.sections[t.section_id]
        assert row.kind == "row" and transposed_md.text[t.start:t.end] == t.text
        assert (row.start, row.end) == (t.start, t.end) and t.value in t.text


def test_years_as_rows_in_a_docx_table_with_a_unit_note(tmp_path):
    import docx

    d = docx.Document()
    for line in ("KẾ HOẠCH", "Xây dựng xã hội học tập xã Phú Lộc giai đoạn 2025-2030",
                 "Căn cứ Kế hoạch số 30/KH-UBND của Ủy ban nhân dân huyện;", "I. MỤC TIÊU"):
        d.add_paragraph(line)
    cells = [["Năm", "Tỷ lệ người dân đạt danh hiệu “Công dân học tập” (%)", "Số lớp chuyên đề (lớp)"],
             ["2025", "55", "12"], ["2030", "70", "20"]]
    table = d.add_table(rows=3, cols=3)
    for i, row in enumerate(cells):
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    d.add_paragraph("II. TỔ CHỨC THỰC HIỆN")
    d.add_paragraph("1. Công chức Văn hóa - Xã hội: là cơ quan thường trực, tham mưu triển khai Kế hoạch.")
    d.add_paragraph("Trên đây là Kế hoạch của xã Phú Lộc./.")
    d.save(tmp_path / "phuloc.docx")
    doc = load_plan(tmp_path / "phuloc.docx")
    assert doc.title == "Kế hoạch xây dựng xã hội học tập xã Phú Lộc giai đoạn 2025-2030"
    got = [(t.year, t.number, t.unit, t.indicator) for t in extract_targets(doc)]
    assert got == [(2025, 55.0, "%", "người dân đạt danh hiệu “Công dân học tập”"), (2025, 12.0, "count", "Số lớp chuyên đề"),
                   (2030, 70.0, "%", "người dân đạt danh hiệu “Công dân học tập”"), (2030, 20.0, "count", "Số lớp chuyên đề")]


# ---------------------------------------------------------------- 5. "1. Phòng …: tasks" in one paragraph


def test_agency_with_its_tasks_after_a_colon_is_its_section(transposed_md):
    agencies = [s for s in transposed_md.sections if s.agency]
    assert [(s.agency, s.path_str) for s in agencies] == [
        ("Phòng Giáo dục và Đào tạo", "III. TỔ CHỨC THỰC HIỆN › 1. Phòng Giáo dục và Đào tạo"),
        ("Phòng Văn hóa và Thông tin", "III. TỔ CHỨC THỰC HIỆN › 2. Phòng Văn hóa và Thông tin"),
        ("Ủy ban MTTQ Việt Nam huyện", "III. TỔ CHỨC THỰC HIỆN › 3. Đề nghị Ủy ban MTTQ Việt Nam huyện"),
        ("Ủy ban nhân dân các xã, thị trấn", "III. TỔ CHỨC THỰC HIỆN › 4. Ủy ban nhân dân các xã, thị trấn")]
    rows = {a.agency: a for a in extract_matrix(transposed_md)}
    assert list(rows) == ["Phòng Giáo dục và Đào tạo", "Phòng Văn hóa và Thông tin",
                          "Đề nghị Ủy ban MTTQ Việt Nam huyện", "Ủy ban nhân dân các xã, thị trấn"]
    assert rows["Ủy ban nhân dân các xã, thị trấn"].tasks == (
        "- Xây dựng kế hoạch của địa phương; kiện toàn Trung tâm học tập cộng đồng.",)
    edu = rows["Phòng Giáo dục và Đào tạo"]
    assert (edu.key, edu.role, edu.deadlines) == ("education", "lead", ("trước ngày 10/12 hằng năm",))
    assert "hướng dẫn các trường tổ chức ngày hội đọc sách" in edu.tasks[0]
    assert (rows["Phòng Văn hóa và Thông tin"].role, rows["Đề nghị Ủy ban MTTQ Việt Nam huyện"].role) == \
        ("coordinate", "request")
    chunk = next(c for c in chunk_document(transposed_md) if "ngày hội đọc sách" in c.text)
    assert chunk.agency == "Phòng Giáo dục và Đào tạo"
