"""Build the two held-out plans of set 54 (plans54/) from src54/.

    python eval/sets/make_plans54.py

1. dongnai_4127-KH-UBND_2026.pdf - an EVENT plan: Kế hoạch 4127/KH-UBND of the UBND tỉnh Đồng Nai, 12/9/2026, "Tổ
   chức Tuần lễ hưởng ứng học tập suốt đời năm 2026": one week (01-07/10/2026), a theme ("Chủ đề"), a SCHEDULE table
   Thời gian | Hoạt động | Đơn vị chủ trì | Đơn vị phối hợp | Địa điểm, a numbered list of slogans (khẩu hiệu), a budget,
   report deadlines after the week. A text PDF as a portal publishes it after e-signing: TWO digital-signature stamps
   in the text layer - the organisation's ("Ký bởi: Ủy ban nhân dân tỉnh Đồng Nai / Email / Cơ quan / Thời gian ký")
   drawn first on page 1, and the signer's personal stamp drawn beside the signature block on the last page (fpdf2,
   DejaVu Serif Condensed as set 30).
2. catdongnai_312-KH-CAT-PX01_2026.docx - a provincial POLICE plan: Kế hoạch 312/KH-CAT-PX01 of the Công an tỉnh Đồng
   Nai, 26/02/2026, "Xây dựng “Đơn vị học tập” trong Công an tỉnh Đồng Nai giai đoạn 2026 - 2030": "LƯU HÀNH NỘI BỘ"
   mark, letterhead "BỘ CÔNG AN / CÔNG AN TỈNH ĐỒNG NAI", units of its own (phòng, Đội, Công an xã, phường, Trại tạm
   giam, Đoàn Thanh niên / Công đoàn / Hội Phụ nữ Công an tỉnh), per-member targets for 2027 and 2030, an internal fund,
   KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC with a rank ("Đại tá"); its Phụ lục in a LANDSCAPE section is a GANTT grid: task rows x
   period columns of mixed granularity (Quý I-IV/2026, then the years 2027-2030) whose header cells are rotated
   (w:textDirection btLr), marked "x" (thời gian thực hiện) or "●" (thời điểm hoàn thành, báo cáo), with a "Ký hiệu:"
   legend line under it (python-docx).
All content is fictional (real bodies and places; numbers, documents, figures, venues' use and signers made up, except
QĐ 1373/QĐ-TTg and the Luật Công an nhân dân 2018, cited by their real names).
"""
import datetime
import io
import os
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src54")
OUT = os.path.join(HERE, "plans54")
EVENT = "dongnai_4127-KH-UBND_2026.pdf"
POLICE = "catdongnai_312-KH-CAT-PX01_2026.docx"
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIXED = datetime.datetime(2026, 9, 12, 9, 15, 33, tzinfo=datetime.UTC)


def read_src(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        out = []
        for line in f.read().splitlines():
            if not line.strip():
                continue
            tag, _, rest = line.partition(" ")
            out.append((tag, rest))
        return out


# ---------------------------------------------------------------- the event plan (PDF)
def make_pdf(path):
    from fpdf import FPDF

    src = read_src("dongnai_tuanle.txt")
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_margins(25, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("LS", "", os.path.join(FONT_DIR, "DejaVuSerifCondensed.ttf"))
    pdf.add_font("LS", "B", os.path.join(FONT_DIR, "DejaVuSerifCondensed-Bold.ttf"))
    pdf.add_font("LS", "I", os.path.join(FONT_DIR, "DejaVuSerifCondensed-Italic.ttf"))
    pdf.set_creator("Microsoft® Word 2019")
    pdf.set_producer("Microsoft® Word 2019; modified using iText® 5.5.13 ©2000-2020 iText Group NV (VGCA)")
    pdf.set_title("Kế hoạch tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2026")
    pdf.set_creation_date(FIXED)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin

    def stamp(lines, x, y, w):
        pdf.set_draw_color(200, 0, 0)
        pdf.set_text_color(200, 0, 0)
        pdf.set_font("LS", "", 7.5)
        pdf.rect(x, y, w, 4.2 * len(lines) + 2)
        for i, t in enumerate(lines):
            pdf.set_xy(x + 1.5, y + 1 + 4.2 * i)
            pdf.cell(w - 3, 4.2, t)
        pdf.set_text_color(0, 0, 0)
        pdf.set_draw_color(0, 0, 0)

    rows = None
    sign_rows = []
    for tag, rest in src:
        if tag == "@STAMP1":
            stamp(rest.split("|"), pdf.w - 18 - 72, 4, 72)
            pdf.set_y(30)
        elif tag == "@HEAD":
            left, right = rest.split("|")
            y = pdf.get_y()
            bold_left = not left.startswith("Số:")
            pdf.set_font("LS", "B" if bold_left else "", 12)
            pdf.set_xy(pdf.l_margin, y)
            pdf.cell(70, 6, left, align="C")
            italic = right.startswith("Đồng Nai,")
            pdf.set_font("LS", "I" if italic else "B", 12)
            pdf.set_xy(pdf.l_margin + 70, y)
            pdf.cell(width - 70, 6, right, align="C")
            pdf.set_y(y + 7)
        elif tag == "@TITLE":
            pdf.ln(4)
            pdf.set_font("LS", "B", 14)
            pdf.cell(width, 7, rest, align="C", new_x="LMARGIN", new_y="NEXT")
        elif tag == "@SUB":
            pdf.set_font("LS", "B", 13)
            pdf.multi_cell(width, 6.5, rest, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif tag in ("@H", "@H2"):
            pdf.set_font("LS", "B", 12.5)
            pdf.ln(1)
            pdf.multi_cell(width, 6.2, rest, align="J", new_x="LMARGIN", new_y="NEXT")
        elif tag == "@P":
            pdf.set_font("LS", "", 12.5)
            pdf.set_x(pdf.l_margin)
            pdf.multi_cell(width, 6.2, "      " + rest, align="J", new_x="LMARGIN", new_y="NEXT")
        elif tag == "@TABLE":
            rows = [rest.split("|")]
        elif tag == "@ROW":
            rows.append(rest.split("|"))
        elif tag == "@ENDTABLE":
            pdf.set_font("LS", "", 10.5)
            with pdf.table(col_widths=(24, 48, 27, 34, 34), line_height=5, text_align="LEFT",
                           first_row_as_headings=True) as table:
                for r in rows:
                    assert len(r) == 5, r
                    row = table.row()
                    for c in r:
                        row.cell(c)
            pdf.ln(2)
            rows = None
        elif tag == "@SIGN":
            sign_rows.append(rest.split("|"))
        elif tag == "@STAMP2":
            pdf.ln(4)
            if pdf.get_y() > pdf.h - 90:
                pdf.add_page()
            y0 = pdf.get_y()
            for i, (left, right) in enumerate(sign_rows):
                y = y0 + 5.5 * i
                pdf.set_xy(pdf.l_margin, y)
                pdf.set_font("LS", "I" if i == 0 else "", 11 if i == 0 else 10.5)
                pdf.cell(85, 5.5, left)
                if right:
                    pdf.set_font("LS", "B", 12)
                    pdf.set_xy(pdf.l_margin + 85, y)
                    pdf.cell(width - 85, 5.5, right, align="C")
            stamp(rest.split("|"), pdf.l_margin + 92, y0 + 12, 70)
    pdf.output(path)


# ---------------------------------------------------------------- the police plan (DOCX)
def no_borders(table):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tblPr.append(borders)


def rotate(cell):
    tcPr = cell._tc.get_or_add_tcPr()
    td = OxmlElement("w:textDirection")
    td.set(qn("w:val"), "btLr")
    tcPr.append(td)


def make_docx(path):
    src = read_src("catdongnai.txt")
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Times New Roman", Pt(14)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)

    def para(text, bold=False, italic=False, jc=None, size=None):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if jc:
            p.alignment = jc
        return p

    head = [r.split("|") for t, r in src if t == "@HEAD"]
    sign = [r.split("|") for t, r in src if t == "@SIGN"]
    grid = None
    done_head = done_sign = False
    for tag, rest in src:
        if tag == "@MARK":
            para(rest, bold=True, jc=WD_ALIGN_PARAGRAPH.RIGHT, size=12)
        elif tag == "@HEAD" and not done_head:
            done_head = True
            t = doc.add_table(rows=len(head), cols=2)
            no_borders(t)
            for i, (left, right) in enumerate(head):
                for j, txt in enumerate((left, right)):
                    c = t.cell(i, j)
                    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
                    r = c.paragraphs[0].add_run(txt)
                    r.bold = not txt.startswith(("Số:", "Đồng Nai,"))
                    r.italic = txt.startswith("Đồng Nai,")
                    r.font.size = Pt(13)
        elif tag == "@TITLE":
            para(rest, bold=True, jc=WD_ALIGN_PARAGRAPH.CENTER)
        elif tag == "@SUB":
            para(rest, bold=True, jc=WD_ALIGN_PARAGRAPH.CENTER)
        elif tag in ("@H", "@H2"):
            para(rest, bold=True, jc=WD_ALIGN_PARAGRAPH.CENTER if rest == "PHỤ LỤC" else None)
        elif tag == "@P":
            italic = rest.startswith("(Kèm theo") or rest.startswith("Căn cứ") or rest.startswith("Ký hiệu")
            para(rest, italic=italic, bold=rest.startswith("TIẾN ĐỘ"),
                 jc=WD_ALIGN_PARAGRAPH.CENTER if rest.startswith(("TIẾN ĐỘ", "(Kèm")) else WD_ALIGN_PARAGRAPH.JUSTIFY)
        elif tag == "@SIGN" and not done_sign:
            done_sign = True
            t = doc.add_table(rows=len(sign), cols=2)
            no_borders(t)
            for i, (left, right) in enumerate(sign):
                for j, txt in enumerate((left, right)):
                    c = t.cell(i, j)
                    if not txt:
                        continue
                    r = c.paragraphs[0].add_run(txt)
                    r.font.size = Pt(11 if j == 0 else 14)
                    r.bold = j == 1 and txt != "(Đã ký)"
                    r.italic = txt in ("Nơi nhận:", "(Đã ký)")
                    if j == 1:
                        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif tag == "@PAGEBREAK_LANDSCAPE":
            new = doc.add_section()
            new.orientation = WD_ORIENT.LANDSCAPE
            new.page_width, new.page_height = Cm(29.7), Cm(21)
            new.left_margin, new.right_margin = Cm(1.5), Cm(1.5)
        elif tag == "@GRID":
            grid = [rest.split("|")]
        elif tag == "@ROW":
            grid.append(rest.split("|"))
        elif tag == "@ENDTABLE":
            t = doc.add_table(rows=len(grid), cols=12)
            t.style = "Table Grid"
            widths = [Cm(1)] + [Cm(7.5)] + [Cm(4.2)] * 2 + [Cm(1.3)] * 8
            for i, r in enumerate(grid):
                assert len(r) == 12, (len(r), r)
                for j, txt in enumerate(r):
                    c = t.cell(i, j)
                    c.width = widths[j]
                    p = c.paragraphs[0]
                    if txt:
                        run = p.add_run(txt)
                        run.font.size = Pt(11)
                        run.bold = i == 0
                    if j >= 4 or j == 0:
                        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    if i == 0 and j >= 4:
                        rotate(c)
            grid = None
    doc.core_properties.author = "PX01"
    doc.core_properties.created = FIXED.replace(tzinfo=None)
    doc.core_properties.modified = FIXED.replace(tzinfo=None)
    doc.core_properties.last_modified_by = "PX01"
    doc.core_properties.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    # fixed zip timestamps, so a rebuild is byte-identical
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 2, 26, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))


def main():
    os.makedirs(OUT, exist_ok=True)
    make_pdf(os.path.join(OUT, EVENT))
    make_docx(os.path.join(OUT, POLICE))
    for n in (EVENT, POLICE):
        print(n, os.path.getsize(os.path.join(OUT, n)))


if __name__ == "__main__":
    main()
