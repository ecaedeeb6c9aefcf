"""Build set 38's two held-out plans from src38/ (fictional content, real places).

    python eval/sets/make_plans38.py

1. plans38/laocai_2185-QD-UBND_2025.docx - tỉnh Lào Cai: a Quyết định (số 2185/QĐ-UBND, 19/12/2025) that issues the
   Kế hoạch as its attachment. The file opens with the QĐ (căn cứ, "QUYẾT ĐỊNH:", Điều 1-3, its Nơi nhận and signer),
   then, after a page break, the KẾ HOẠCH "(Ban hành kèm theo Quyết định số …)" with no number of its own. Section
   titles are NOT Word heading styles: plain paragraphs with an outline level (w:outlineLvl) whose text is typed in
   lower case ("i. mục đích, yêu cầu") and shown in capitals by the run's All caps property (w:caps). The targets
   table has two header rows (a "Lộ trình thực hiện" cell merged over Năm 2026 | Năm 2028 | Năm 2030 with gridSpan;
   STT, Chỉ tiêu and Cơ quan chủ trì merged down with vMerge) and a last column "Cơ quan chủ trì".
2. plans38/phanthiet_58-KH-UBND_2026.pdf - phường Phan Thiết, tỉnh Lâm Đồng: the ward portal's article page printed
   to PDF from a browser (fpdf2): every page carries the browser's print header (date-time and page title) and footer
   (URL and "N/6"); page 1 starts with the portal banner, menu, breadcrumb and the "Ngày đăng … | Lượt xem …" line;
   the plan is the article body; after the signature come "Tệp đính kèm", "Tin liên quan" (titles of other plans)
   and the site footer (address, phone, e-mail of the portal).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src38")
OUT = os.path.join(HERE, "plans38")
DOCX_NAME = "laocai_2185-QD-UBND_2025.docx"
PDF_NAME = "phanthiet_58-KH-UBND_2026.pdf"
LIB = "/usr/share/fonts/truetype/dejavu"

TARGETS = [
    ("1", "Tỷ lệ hộ gia đình được công nhận danh hiệu “Gia đình học tập”", "65%", "72%", "80%", "Hội Khuyến học tỉnh"),
    ("2", "Tỷ lệ dòng họ được công nhận danh hiệu “Dòng họ học tập”", "50%", "60%", "70%", "Hội Khuyến học tỉnh"),
    ("3", "Tỷ lệ thôn, bản, tổ dân phố được công nhận danh hiệu “Cộng đồng học tập”", "45%", "55%", "65%",
     "Sở Văn hóa, Thể thao và Du lịch"),
    ("4", "Tỷ lệ cơ quan, đơn vị được công nhận danh hiệu “Đơn vị học tập”", "70%", "80%", "90%", "Sở Nội vụ"),
    ("5", "Tỷ lệ người từ 15 đến 60 tuổi đạt chuẩn biết chữ mức độ 2", "93%", "95%", "97%", "Sở Giáo dục và Đào tạo"),
    ("6", "Tỷ lệ lao động qua đào tạo", "58%", "63%", "70%", "Sở Nội vụ"),
    ("7", "Tỷ lệ người dân trong độ tuổi lao động được trang bị kỹ năng số cơ bản", "50%", "65%", "80%",
     "Sở Khoa học và Công nghệ"),
    ("8", "Tỷ lệ trung tâm học tập cộng đồng xếp loại tốt", "40%", "50%", "60%", "Sở Giáo dục và Đào tạo"),
    ("9", "Tỷ lệ người dân tộc thiểu số trong độ tuổi lao động được bồi dưỡng kiến thức pháp luật, kỹ năng sống",
     "45%", "55%", "65%", "Sở Dân tộc và Tôn giáo"),
    ("10", "Số tủ sách cộng đồng tại thôn, bản (lũy kế)", "150", "300", "500", "Sở Văn hóa, Thể thao và Du lịch"),
]


def read(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        return [l.rstrip("\n") for l in f if l.strip()]


def build_docx():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for s in doc.sections:
        s.left_margin, s.right_margin = Cm(3), Cm(2)

    def outline(p, lvl):
        pPr = p._p.get_or_add_pPr()
        o = OxmlElement("w:outlineLvl")
        o.set(qn("w:val"), str(lvl))
        pPr.append(o)

    def caps(run):
        rPr = run._r.get_or_add_rPr()
        c = OxmlElement("w:caps")
        rPr.append(c)

    def body(text):
        p = doc.add_paragraph(text)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.first_line_indent = Cm(1)
        return p

    def two_col(rows):
        t = doc.add_table(rows=0, cols=2)
        for left, right in rows:
            cells = t.add_row().cells
            for c, txt in zip(cells, (left, right), strict=False):
                c.paragraphs[0].add_run(txt)
                c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

    def cell_props(cell, vmerge=None, span=None):
        tcPr = cell._tc.get_or_add_tcPr()
        if span:
            g = OxmlElement("w:gridSpan")
            g.set(qn("w:val"), str(span))
            tcPr.append(g)
        if vmerge:
            v = OxmlElement("w:vMerge")
            if vmerge == "restart":
                v.set(qn("w:val"), "restart")
            tcPr.append(v)

    def targets():
        from docx.table import _Cell
        t = doc.add_table(rows=0, cols=6)
        t.style = "Table Grid"
        tbl = t._tbl
        # header row 1: STT | Chỉ tiêu | Lộ trình thực hiện (gridSpan 3) | Cơ quan chủ trì
        def raw_row(cells):
            tr = OxmlElement("w:tr")
            tbl.append(tr)
            out = []
            for txt, vm, span in cells:
                tc = OxmlElement("w:tc")
                tr.append(tc)
                p = OxmlElement("w:p")
                tc.append(p)
                c = _Cell(tc, t)
                cell_props(c, vm, span)
                if txt:
                    r = c.paragraphs[0].add_run(txt)
                    r.bold = True
                c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
                out.append(c)
            return out
        raw_row([("STT", "restart", None), ("Chỉ tiêu", "restart", None), ("Lộ trình thực hiện", None, 3),
                 ("Cơ quan chủ trì", "restart", None)])
        raw_row([("", "continue", None), ("", "continue", None), ("Năm 2026", None, None), ("Năm 2028", None, None),
                 ("Năm 2030", None, None), ("", "continue", None)])
        for row in TARGETS:
            cells = t.add_row().cells
            for c, txt in zip(cells, row, strict=False):
                c.paragraphs[0].add_run(txt)

    rows = []
    for line in read("laocai.txt"):
        if line.startswith("@ROW "):
            left, right = line[5:].split(" || ")
            rows.append((left.strip(), right.strip()))
            continue
        if line == "@END":
            two_col(rows)
            rows = []
            continue
        if line == "@PAGEBREAK":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif line == "@TARGETS":
            targets()
        elif line.startswith("# "):
            p = doc.add_paragraph()
            outline(p, 0)
            r = p.add_run(line[2:])
            r.bold = True
            caps(r)
        elif line.startswith("## "):
            p = doc.add_paragraph()
            outline(p, 1)
            p.paragraph_format.first_line_indent = Cm(1)
            r = p.add_run(line[3:])
            r.bold = True
        elif line.startswith("="):
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(line[1:]).bold = True
        elif line.startswith("~"):
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(line[1:]).italic = True
        else:
            body(line)
    doc.core_properties.title = "Quyết định ban hành Kế hoạch xây dựng xã hội học tập tỉnh Lào Cai giai đoạn 2026 - 2030"
    doc.core_properties.author = "UBND tỉnh Lào Cai"
    doc.save(os.path.join(OUT, DOCX_NAME))


def build_pdf():
    from fpdf import FPDF

    STAMP = "16/04/2026 09:12"
    TITLE = "Kế hoạch xây dựng xã hội học tập trên địa bàn phường Phan Thiết năm 2026 - Cổng thông tin điện tử phường Phan Thiết"
    URL = "https://phanthiet.lamdong.gov.vn/van-ban-chi-dao-dieu-hanh/ke-hoach-xay-dung-xa-hoi-hoc-tap-nam-2026-58.html"

    class Page(FPDF):
        def header(self):
            self.set_font("Sans", "", 7.5)
            self.set_text_color(0, 0, 0)
            self.set_xy(8, 5)
            self.cell(30, 4, STAMP)
            self.set_xy(50, 5)
            self.cell(140, 4, TITLE[:92] + "…" if len(TITLE) > 93 else TITLE, align="C")
            self.set_xy(self.l_margin, 16)

        def footer(self):
            self.set_font("Sans", "", 7.5)
            self.set_text_color(0, 0, 0)
            self.set_xy(8, -10)
            self.cell(160, 4, URL)
            self.set_xy(-30, -10)
            self.cell(22, 4, f"{self.page_no()}/{{nb}}", align="R")

    pdf = Page(format="A4")
    pdf.set_margins(30, 16, 30)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("Sans", "", f"{LIB}/DejaVuSans.ttf")
    pdf.add_font("Sans", "B", f"{LIB}/DejaVuSans-Bold.ttf")
    pdf.add_font("Serif", "", f"{LIB}/DejaVuSerif.ttf")
    pdf.add_font("Serif", "B", f"{LIB}/DejaVuSerif-Bold.ttf")
    pdf.add_font("Serif", "I", f"{LIB}/DejaVuSerif-Italic.ttf")
    pdf.set_title(TITLE)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin
    lines = read("phanthiet.txt")
    hdr = []
    sign = []
    for line in lines:
        tag, _, rest = line.partition(" ") if line.startswith("@") else ("", "", line)
        if tag == "@BANNER":
            pdf.set_fill_color(0, 84, 147)
            pdf.set_text_color(255, 255, 255)
            pdf.set_font("Sans", "B", 15)
            pdf.cell(W, 10, rest, fill=True, new_x="LMARGIN", new_y="NEXT", align="C")
        elif tag == "@BANNER2":
            pdf.set_font("Sans", "", 9)
            pdf.cell(W, 6, rest, fill=True, new_x="LMARGIN", new_y="NEXT", align="C")
            pdf.set_text_color(0, 0, 0)
        elif tag == "@MENU":
            pdf.set_font("Sans", "B", 8.5)
            pdf.set_fill_color(230, 236, 242)
            pdf.cell(W, 7, rest.replace(" | ", "    "), fill=True, new_x="LMARGIN", new_y="NEXT", align="C")
            pdf.ln(2)
        elif tag == "@CRUMB":
            pdf.set_font("Sans", "", 8.5)
            pdf.set_text_color(90, 90, 90)
            pdf.cell(W, 6, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
        elif tag == "@ATITLE":
            pdf.set_font("Sans", "B", 13)
            pdf.multi_cell(W, 7, rest, new_x="LMARGIN", new_y="NEXT")
        elif tag == "@META":
            pdf.set_font("Sans", "", 8.5)
            pdf.set_text_color(110, 110, 110)
            pdf.cell(W, 6, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(3)
        elif tag == "@C":
            if hdr:
                _header(pdf, hdr, W)
                hdr = []
            pdf.set_font("Serif", "B", 11.5)
            pdf.multi_cell(W, 6.5, rest, new_x="LMARGIN", new_y="NEXT", align="C")
        elif tag == "@H":
            pdf.set_font("Serif", "B", 12.5)
            pdf.multi_cell(W, 9, rest, new_x="LMARGIN", new_y="NEXT", align="L")
        elif tag == "@SIGN":
            sign.append(rest.split(" | "))
        elif tag == "@ATTACH":
            _sign(pdf, sign, W)
            pdf.ln(4)
            pdf.set_font("Sans", "", 9)
            pdf.set_text_color(0, 84, 147)
            pdf.multi_cell(W, 6, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
        elif tag == "@RELH":
            pdf.ln(3)
            pdf.set_font("Sans", "B", 10)
            pdf.cell(W, 7, rest, border="B", new_x="LMARGIN", new_y="NEXT")
        elif tag == "@REL":
            pdf.set_font("Sans", "", 9)
            pdf.set_text_color(0, 84, 147)
            pdf.multi_cell(W, 5.5, "» " + rest, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
        elif tag == "@FOOT":
            if not getattr(pdf, "_foot", False):
                pdf.ln(5)
                pdf._foot = True
            pdf.set_font("Sans", "", 8.5)
            pdf.set_fill_color(0, 84, 147)
            pdf.set_text_color(255, 255, 255)
            pdf.multi_cell(W, 5.5, rest, fill=True, new_x="LMARGIN", new_y="NEXT", align="C")
            pdf.set_text_color(0, 0, 0)
        elif not hdr and rest.startswith("ỦY BAN"):
            hdr.append(rest)
        elif hdr and len(hdr) < 6:
            hdr.append(rest)
        else:
            pdf.set_font("Serif", "", 13)
            pdf.multi_cell(W, 9, rest, new_x="LMARGIN", new_y="NEXT", align="L")
            pdf.ln(1.6)
    pdf.output(os.path.join(OUT, PDF_NAME))
    return pdf.page_no()


def _header(pdf, hdr, W):
    """The article's letterhead: left column (UBND, PHƯỜNG, Số) and right column (motto, date), row by row."""
    left, right = hdr[:3], hdr[3:]
    pdf.ln(2)
    for i in range(3):
        pdf.set_font("Serif", "B" if i < 2 else "", 10)
        pdf.cell(W * 0.4, 6, left[i], align="C")
        pdf.set_font("Serif", "B" if i < 2 else "I", 10)
        pdf.cell(W * 0.6, 6, right[i], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)


def _sign(pdf, rows, W):
    pdf.ln(3)
    for left, right in rows:
        pdf.set_font("Serif", "B" if left.startswith("Nơi") else "", 9)
        pdf.cell(W * 0.55, 5.5, left)
        pdf.set_font("Serif", "B", 10.5)
        pdf.cell(W * 0.45, 5.5, right, align="C", new_x="LMARGIN", new_y="NEXT")


def main():
    os.makedirs(OUT, exist_ok=True)
    build_docx()
    n = build_pdf()
    print(f"wrote {DOCX_NAME} and {PDF_NAME} ({n} pages)")


if __name__ == "__main__":
    main()
