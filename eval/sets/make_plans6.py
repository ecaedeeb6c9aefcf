"""Regenerate the sixth held-out set's plans in eval/sets/plans6/ from the sources in eval/sets/src6/.

    python eval/sets/make_plans6.py

src6/vinhyen.txt  -> plans6/vinhyen_2150-QD-UBND_2024.docx  (thành phố thuộc tỉnh; a QUYẾT ĐỊNH ban hành Kế hoạch
                     with Căn cứ / Điều 1-3 / signature, then the attached KẾ HOẠCH with its own header and roman
                     parts; roman parts in Word Heading 1, "1." levels as bold Normal paragraphs, "Điều N." and the
                     "1.1. Phòng …:" agency items as bold run-ins; a targets table with "Đơn vị tính" and "Ghi chú")
src6/sonla.txt    -> plans6/sonla_412-KH-SGDDT_2025.pdf     (Sở Giáo dục và Đào tạo of a province; fpdf2 text PDF,
                     DejaVu Serif body, bold DejaVu Sans headings, a two-line running header and a page number
                     footer from page 2)
src6/phuocson.md  -> plans6/phuocson_27-KH-UBND_2025.md     (xã; markdown copied as written: bold lines as
                     headings, nested numbered lists, a markdown targets table with empty cells)

Source markup (.docx/.pdf sources): '@header left | right' lines (closed by @endheader) a two-column header;
'@title' centred bold lines; '@caption' a centred italic line; '@h1' / '@h2' headings; '@b' a bold paragraph;
'@runin label || text' a paragraph whose label is bold; '@table' header row + '@row' rows (closed by @endtable);
'@sign left | right' rows (closed by @endsign) the "Nơi nhận" / signature block; '@pagebreak'; '@p' a paragraph.
Content is fictional (document numbers, figures, names) in the genre of real plans; the places are real.
"""
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src6")
OUT = os.path.join(HERE, "plans6")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

DOCX_NAME = "vinhyen_2150-QD-UBND_2024.docx"
PDF_NAME = "sonla_412-KH-SGDDT_2025.pdf"
MD_NAME = "phuocson_27-KH-UBND_2025.md"


def read_raw(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        return unicodedata.normalize("NFC", f.read())


def read_src(name):
    out = []
    for line in read_raw(name).splitlines():
        line = line.rstrip()
        if not line:
            continue
        if line.startswith("@"):
            tag, _, rest = line.partition(" ")
            out.append((tag[1:], rest))
        else:
            out.append(("p", line))
    return out


def split2(rest):
    left, _, right = rest.partition("|")
    return left.strip(), right.strip()


def block(src, i, tag):
    rows = []
    while src[i][0] == tag:
        rows.append(src[i][1])
        i += 1
    assert src[i][0] == "end" + tag, src[i]
    return rows, i + 1


def table_rows(src, i):
    head = [c.strip() for c in src[i][1].split("|")]
    i += 1
    rows = []
    while src[i][0] == "row":
        rows.append([c.strip() for c in src[i][1].split("|")])
        i += 1
    assert src[i][0] == "endtable", src[i]
    return head, rows, i + 1


# ---------------------------------------------------------------- DOCX (city decision + plan)
def make_docx(src, path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(14)
    hs = doc.styles["Heading 1"]
    hs.font.name = "Times New Roman"
    hs.font.size = Pt(14)
    hs.font.bold = True
    hs.font.color.rgb = RGBColor(0, 0, 0)
    sec = doc.sections[0]
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)

    def cell_par(cell, text, bold=False, italic=False, size=13, align=WD_ALIGN_PARAGRAPH.CENTER):
        p = cell.paragraphs[0] if not cell.paragraphs[0].text else cell.add_paragraph()
        p.alignment = align
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        r.font.size = Pt(size)

    i = 0
    while i < len(src):
        tag, rest = src[i]
        if tag == "header":
            rows, i = block(src, i, "header")
            t = doc.add_table(rows=1, cols=2)
            left, right = t.rows[0].cells
            for row in rows:
                lt, rt = split2(row)
                num = lt.startswith("Số:")
                cell_par(left, lt, bold=not num)
                cell_par(right, rt, bold=not num, italic=num)
            continue
        if tag == "sign":
            rows, i = block(src, i, "sign")
            t = doc.add_table(rows=1, cols=2)
            left, right = t.rows[0].cells
            for k, row in enumerate(rows):
                lt, rt = split2(row)
                if lt:
                    cell_par(left, lt, bold=k == 0, italic=k == 0, size=11 if k else 12,
                             align=WD_ALIGN_PARAGRAPH.LEFT)
                cell_par(right, rt, bold=not rt.startswith("("), italic=rt.startswith("("))
            continue
        if tag == "table":
            head, rows, i = table_rows(src, i)
            t = doc.add_table(rows=1 + len(rows), cols=len(head))
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for j, h in enumerate(head):
                cell_par(t.cell(0, j), h, bold=True, size=12)
            for r_i, row in enumerate(rows, 1):
                for j, v in enumerate(row):
                    if v:
                        cell_par(t.cell(r_i, j), v, size=12,
                                 align=WD_ALIGN_PARAGRAPH.LEFT if j in (1, 6) else WD_ALIGN_PARAGRAPH.CENTER)
            widths = [Cm(1.0), Cm(5.6), Cm(1.9), Cm(1.5), Cm(1.5), Cm(1.5), Cm(3.2)]
            for row in t.rows:
                for j, c in enumerate(row.cells):
                    c.width = widths[j]
            continue
        if tag == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(rest).bold = True
        elif tag == "caption":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(rest).italic = True
        elif tag == "h1":
            doc.add_heading(rest, level=1)
        elif tag == "b":
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Cm(1)
            p.add_run(rest).bold = True
        elif tag == "runin":
            label, _, text = rest.partition("||")
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Cm(1)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.add_run(label.strip() + " ").bold = True
            p.add_run(text.strip())
        elif tag == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif tag == "p":
            p = doc.add_paragraph(rest)
            p.paragraph_format.first_line_indent = Cm(1)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        else:
            raise ValueError(f"unknown tag {tag!r}")
        i += 1
    doc.core_properties.title = "QĐ 2150/QĐ-UBND ban hành KH xây dựng xã hội học tập thành phố Vĩnh Yên 2024-2030"
    doc.save(path)


# ---------------------------------------------------------------- PDF (Sở GD&ĐT)
def make_pdf(src, path):
    from fpdf import FPDF

    class Plan(FPDF):
        def header(self):
            if self.page_no() > 1:
                self.set_font("Serif", "I", 9.5)
                self.set_y(8)
                self.cell(0, 4.6, "Sở Giáo dục và Đào tạo tỉnh Sơn La", align="C", new_x="LMARGIN", new_y="NEXT")
                self.cell(0, 4.6, "Kế hoạch số 412/KH-SGDĐT ngày 07/4/2025 - Xây dựng xã hội học tập trong ngành Giáo dục",
                          align="C", new_x="LMARGIN", new_y="NEXT")
                self.line(25, self.get_y() + 1, 192, self.get_y() + 1)
                self.set_y(24)

        def footer(self):
            self.set_y(-14)
            self.set_font("Serif", "", 10)
            self.cell(0, 6, str(self.page_no()), align="C")

    pdf = Plan(format="A4")
    pdf.set_creator("Microsoft Word")
    for fam, base in (("Serif", "DejaVuSerif"), ("Sans", "DejaVuSans")):
        for style, suf in (("", ""), ("B", "-Bold"), ("I", "-Italic" if fam == "Serif" else "-Oblique"),
                           ("BI", "-BoldItalic" if fam == "Serif" else "-BoldOblique")):
            pdf.add_font(fam, style, os.path.join(FONT_DIR, base + suf + ".ttf"))
    left = 25
    pdf.set_margins(left, 20, 18)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    lh = 6.4

    i = 0
    while i < len(src):
        tag, rest = src[i]
        if tag == "header":
            rows, i = block(src, i, "header")
            for k, row in enumerate(rows):
                lt, rt = split2(row)
                last = k == len(rows) - 1
                pdf.set_font("Serif", "" if last else "B", 11)
                pdf.cell(62, lh, lt, align="C")
                pdf.set_font("Serif", "I" if last else "B", 11)
                pdf.cell(0, lh, rt, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(6)
            continue
        if tag == "sign":
            rows, i = block(src, i, "sign")
            pdf.ln(4)
            for k, row in enumerate(rows):
                lt, rt = split2(row)
                if k == len(rows) - 1:
                    pdf.ln(14)
                pdf.set_font("Serif", "BI" if k == 0 else "", 11 if k == 0 else 9.5)
                pdf.cell(85, lh - 1.2, lt)
                pdf.set_font("Serif", "B", 12)
                pdf.cell(0, lh - 1.2, rt, align="C", new_x="LMARGIN", new_y="NEXT")
            continue
        if tag == "title":
            pdf.set_font("Sans", "B", 13)
            pdf.cell(0, lh + 0.4, rest, align="C", new_x="LMARGIN", new_y="NEXT")
            if i + 1 < len(src) and src[i + 1][0] != "title":
                pdf.ln(4)
        elif tag in ("h1", "h2"):
            pdf.set_font("Sans", "B", 12 if tag == "h1" else 11.5)
            pdf.set_x(left + (0 if tag == "h1" else 6))
            pdf.multi_cell(0, lh, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.5)
        elif tag == "p":
            pdf.set_font("Serif", "", 12)
            pdf.set_x(left + 8)
            pdf.write(lh, rest)
            pdf.ln(lh + 1)
        else:
            raise ValueError(f"unknown tag {tag!r}")
        i += 1
    pdf.output(path)


def main():
    os.makedirs(OUT, exist_ok=True)
    make_docx(read_src("vinhyen.txt"), os.path.join(OUT, DOCX_NAME))
    make_pdf(read_src("sonla.txt"), os.path.join(OUT, PDF_NAME))
    with open(os.path.join(OUT, MD_NAME), "w", encoding="utf-8") as f:
        f.write(read_raw("phuocson.md"))
    for n in (DOCX_NAME, PDF_NAME, MD_NAME):
        print(n, os.path.getsize(os.path.join(OUT, n)), "bytes")


if __name__ == "__main__":
    main()
