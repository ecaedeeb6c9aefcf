"""Build the two held-out plans of set 62 (plans62/) from src62/.

    python eval/sets/make_plans62.py

1. hnd_caobang_117-KH-HNDT_2026.docx - a FARMERS' UNION plan: Kế hoạch 117-KH/HNDT of the Ban Thường vụ Hội Nông dân
   tỉnh Cao Bằng, 16/3/2026, "Triển khai phong trào “Nông dân học tập suốt đời” và bồi dưỡng kỹ năng số cho hội viên
   nông dân tỉnh Cao Bằng giai đoạn 2026 - 2030". python-docx, typed bold headings. Its targets table Bảng 1 is SPLIT
   INTO TWO WORD TABLES: rows 1-5, then a caption paragraph "Bảng 1 (tiếp theo)" and a second table that repeats the
   header row and holds rows 6-10. The plan twice delegates figures to a "Phụ lục II kèm theo" (targets per xã,
   support per model) that is NOT IN THE FILE: the document ends with Phụ lục I (the pilot communes) only.
2. lmhtx_caobang_23-KH-LMHTX_2026.pdf - the 2026 plan of the Liên minh Hợp tác xã tỉnh Cao Bằng (the cooperative
   alliance), KH 23/KH-LMHTX, 06/4/2026, fpdf2 + DejaVu Serif text PDF. Most of its deadlines are COUNTED FROM AN
   EVENT ("chậm nhất 15 ngày kể từ ngày nhận được Kế hoạch", "07 ngày làm việc trước ngày khai giảng", "trong vòng 60
   ngày kể từ ngày … được cấp Giấy chứng nhận", "10 ngày làm việc kể từ ngày kết thúc lớp học") and two dates are
   left TO BE ANNOUNCED ("thông báo sau"). It cites the farmers' union plan (KH 117-KH/HNDT), which asks it to help.
All content is fictional (real bodies and places; numbers, documents and signers made up, except QĐ 1373/QĐ-TTg and
the Luật Hợp tác xã of 20/6/2023).
"""
import datetime
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src62")
OUT = os.path.join(HERE, "plans62")
DOCX = "hnd_caobang_117-KH-HNDT_2026.docx"
PDF = "lmhtx_caobang_23-KH-LMHTX_2026.pdf"
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIXED = datetime.datetime(2026, 4, 6, 15, 40, 0, tzinfo=datetime.UTC)


def read_src(name):
    out = []
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        for line in f.read().splitlines():
            if line.strip():
                tag, _, rest = line.partition(" ")
                out.append((tag, rest))
    return out


def _borderless(table):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    table._tbl.tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>' + "".join(f'<w:{b} w:val="nil"/>' for b in
                                                 ("top", "left", "bottom", "right", "insideH", "insideV"))
        + '</w:tblBorders>'))


def _two_col(doc, rows, bold_left=False, bold_right=True):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    t = doc.add_table(rows=1, cols=2)
    _borderless(t)
    for ci, col in enumerate(zip(*rows, strict=True)):
        cell = t.rows[0].cells[ci]
        lines = [x for x in col if x.strip()]
        first = True
        for line in lines:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            if ci == 1 or not line.startswith("-"):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(line)
            r.bold = (bold_left if ci == 0 else bold_right) and not line.startswith("(") and not line.startswith("-")
    return t


def make_docx(path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    doc.core_properties.author = "VP HND tinh"
    doc.core_properties.created = FIXED.replace(tzinfo=None)
    doc.core_properties.modified = FIXED.replace(tzinfo=None)
    src = read_src("hnd_caobang.txt")
    i = 0
    lh, sig = [], []
    while i < len(src):
        tag, rest = src[i]
        if tag == "LH":
            lh.append([x.strip() for x in rest.split("||")])
            if i + 1 < len(src) and src[i + 1][0] != "LH":
                _two_col(doc, lh, bold_left=True)
        elif tag == "SIG":
            sig.append([x.strip() for x in rest.split("||")])
            if i + 1 >= len(src) or src[i + 1][0] != "SIG":
                _two_col(doc, sig)
        elif tag in ("T", "ST", "CAP"):
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(rest)
            r.bold = True
            r.italic = tag == "CAP" and "tiếp theo" in rest
        elif tag in ("H1", "H2"):
            p = doc.add_paragraph()
            r = p.add_run(rest)
            r.bold = True
        elif tag in ("P", "B"):
            p = doc.add_paragraph(rest)
            p.paragraph_format.first_line_indent = Pt(28)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif tag == "PB":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif tag == "TBL":
            rows = []
            i += 1
            while src[i][0] != "END":
                rows.append([x.strip() for x in src[i][1].split("|")])
                i += 1
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for ri, row in enumerate(rows):
                for ci, val in enumerate(row):
                    cell = t.rows[ri].cells[ci]
                    cell.text = val
                    if ri == 0:
                        for r in cell.paragraphs[0].runs:
                            r.bold = True
        i += 1
    doc.save(path)


def make_pdf(path):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_margins(25, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("S", "", os.path.join(FONT_DIR, "DejaVuSerif.ttf"))
    pdf.add_font("S", "B", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"))
    pdf.add_font("S", "I", os.path.join(FONT_DIR, "DejaVuSerif-Italic.ttf"))
    pdf.set_creation_date(FIXED)
    pdf.set_title("Kế hoạch 23/KH-LMHTX")
    pdf.set_creator("Microsoft Word")
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    half = width / 2
    src = read_src("lmhtx_caobang.txt")
    sig = []
    for tag, rest in src:
        if tag in ("L1", "L2", "L3"):
            left, right = [x.strip() for x in rest.split("||")]
            y = pdf.get_y()
            pdf.set_font("S", "" if tag == "L1" else ("B" if tag == "L2" else ""), 9.5)
            pdf.set_xy(pdf.l_margin, y)
            pdf.cell(half - 6, 5.5, left, align="C")
            pdf.set_font("S", "B" if tag != "L3" else "I", 9.5)
            pdf.set_xy(pdf.l_margin + half - 6, y)
            pdf.cell(half + 6, 5.5, right, align="C")
            pdf.ln(6)
            if tag == "L3":
                pdf.ln(4)
        elif tag == "T":
            pdf.set_font("S", "B", 13)
            pdf.multi_cell(width, 7, rest, align="C", new_x="LMARGIN", new_y="NEXT")
        elif tag == "ST":
            pdf.set_font("S", "B", 11.5)
            pdf.multi_cell(width, 6, rest, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif tag == "H":
            pdf.set_font("S", "B", 11.5)
            pdf.multi_cell(width, 6.2, rest, align="L", new_x="LMARGIN", new_y="NEXT")
        elif tag == "P":
            pdf.set_font("S", "", 11.5)
            pdf.multi_cell(width, 6.2, "      " + rest, align="L", new_x="LMARGIN", new_y="NEXT")
        elif tag == "S":
            sig.append([x.strip() for x in rest.split("||")])
    pdf.ln(4)
    y0 = pdf.get_y()
    if y0 > pdf.h - 70:
        pdf.add_page()
        y0 = pdf.get_y()
    for k, (left, _right) in enumerate(sig):
        y = y0 + k * 5.5
        pdf.set_xy(pdf.l_margin, y)
        pdf.set_font("S", "BI" if False else ("B" if k == 0 else ""), 10 if k == 0 else 9)
        if left:
            pdf.cell(half, 5.5, left)
    for k, (_left, right) in enumerate(sig):
        y = y0 + k * 5.5
        pdf.set_xy(pdf.l_margin + half, y)
        pdf.set_font("S", "I" if right.startswith("(") else "B", 11)
        if right:
            pdf.cell(half, 5.5, right, align="C")
    pdf.output(path)


def main():
    os.makedirs(OUT, exist_ok=True)
    make_docx(os.path.join(OUT, DOCX))
    make_pdf(os.path.join(OUT, PDF))
    print("wrote", DOCX, PDF)


if __name__ == "__main__":
    main()
