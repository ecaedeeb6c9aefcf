"""Regenerate the fourth held-out set's plans in eval/sets/plans4/ from the sources in eval/sets/src4/.

    python eval/sets/make_plans4.py

src4/ninhhoa.txt    -> plans4/ninhhoa_64-KH-UBND_2025.docx   (thị xã; python-docx, Heading 1/2 styles + bold paragraphs)
src4/yentrach.txt   -> plans4/yentrach_12-KH-UBND_2026.pdf   (commune, annual 2026; fpdf2 text PDF, DejaVu Sans)
src4/tuyenquang.md  -> plans4/tuyenquang_215-KH-UBND_2025.md (province; portal-style markdown, copied as is)

Source markup of the .txt sources: '@header left | right' lines (closed by @endheader) are the two-column
header; '@title' centred bold lines; '@table' header row + '@row' rows (closed by @endtable) a bordered table;
'@sign left | right' rows (closed by @endsign) the "Nơi nhận" / signature block; '@p' a paragraph.
'@h1' / '@h2' headings (Word "Heading 1" / "Heading 2" styles in the docx, bold lines in the pdf); '@b' a bold
Normal-style paragraph used as a heading (docx). Content is fictional (document numbers, figures, names) in the
genre of real plans; the places are real.
"""
import os
import shutil
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src4")
OUT = os.path.join(HERE, "plans4")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

DOCX_NAME = "ninhhoa_64-KH-UBND_2025.docx"
PDF_NAME = "yentrach_12-KH-UBND_2026.pdf"
MD_NAME = "tuyenquang_215-KH-UBND_2025.md"


def read_src(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        text = unicodedata.normalize("NFC", f.read())
    out = []
    for line in text.splitlines():
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
    """Rows of a multi-line block starting at src[i] (tag lines, closed by @end<tag>); returns (rows, next i)."""
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


# ---------------------------------------------------------------- DOCX (district)
def make_docx(src, path):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Cm, Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(14)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)

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
            for k, row in enumerate(rows):
                lt, rt = split2(row)
                last = k == len(rows) - 1
                cell_par(left, lt, bold=not last)
                cell_par(right, rt, bold=not last, italic=last)
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
            widths = [Cm(7.2), Cm(2.9), Cm(2.9), Cm(3.0)]
            for j, h in enumerate(head):
                c = t.rows[0].cells[j]
                cell_par(c, h, bold=True, size=12)
            for r_i, row in enumerate(rows, 1):
                for j, v in enumerate(row):
                    align = WD_ALIGN_PARAGRAPH.LEFT if j == 0 else WD_ALIGN_PARAGRAPH.CENTER
                    cell_par(t.rows[r_i].cells[j], v, size=12, align=align)
            for row in t.rows:
                for j, c in enumerate(row.cells):
                    if j < len(widths):
                        c.width = widths[j]
            continue
        if tag == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(rest).bold = True
        elif tag in ("h1", "h2"):
            doc.add_heading(rest, level=int(tag[1]))
        elif tag == "b":
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Cm(1)
            p.paragraph_format.space_before = Pt(6)
            p.add_run(rest).bold = True
        elif tag == "caption":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(rest).italic = True
        elif tag == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif tag == "p":
            p = doc.add_paragraph(rest)
            p.paragraph_format.first_line_indent = Cm(1)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        else:
            raise ValueError(f"unknown tag {tag!r}")
        i += 1
    doc.core_properties.title = "Kế hoạch xây dựng xã hội học tập thị xã Ninh Hòa 2025-2030"
    doc.save(path)


# ---------------------------------------------------------------- PDF (city)
def make_pdf(src, path):
    from fpdf import FPDF

    class Plan(FPDF):
        def footer(self):
            self.set_y(-14)
            self.set_font("Serif", "", 9)
            self.cell(0, 8, str(self.page_no()), align="C")

    pdf = Plan(format="A4")
    pdf.set_creator("Microsoft Word")
    for style, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"),
                     ("BI", "DejaVuSans-BoldOblique.ttf")):
        pdf.add_font("Serif", style, os.path.join(FONT_DIR, f))
    left = 25
    pdf.set_margins(left, 18, 18)
    pdf.set_auto_page_break(True, margin=44)
    pdf.add_page()
    lh = 6.2

    def para(text, size=12, indent=8):
        pdf.set_font("Serif", "", size)
        pdf.set_x(left + indent)
        pdf.write(lh, text)
        pdf.ln(lh + 1)

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
                    pdf.ln(12)
                pdf.set_font("Serif", "BI" if k == 0 else "", 11 if k == 0 else 10)
                pdf.cell(85, lh - 1, lt)
                pdf.set_font("Serif", "I" if rt.startswith("(") else "B", 12)
                pdf.cell(0, lh - 1, rt, align="C", new_x="LMARGIN", new_y="NEXT")
            continue
        if tag == "table":
            head, rows, i = table_rows(src, i)
            pdf.set_font("Serif", "", 10.5)
            with pdf.table(col_widths=(12, 80, 40), width=132, line_height=5.6,
                           text_align=("CENTER", "LEFT", "CENTER"), first_row_as_headings=True) as t:
                for row in [head] + rows:
                    r = t.row()
                    for v in row:
                        r.cell(v)
            pdf.ln(3)
            continue
        if tag == "title":
            pdf.set_font("Serif", "B", 13)
            pdf.cell(0, lh + 0.4, rest, align="C", new_x="LMARGIN", new_y="NEXT")
            if i + 1 < len(src) and src[i + 1][0] != "title":
                pdf.ln(4)
        elif tag in ("h1", "h2", "h3"):
            pdf.set_font("Serif", "BI" if tag == "h3" else "B", 12.5 if tag == "h1" else 12)
            pdf.set_x(left + 8)
            pdf.multi_cell(0, lh, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif tag == "caption":
            pdf.set_font("Serif", "I", 11)
            pdf.cell(0, lh, rest, align="C", new_x="LMARGIN", new_y="NEXT")
        elif tag == "quote":
            pdf.set_font("Serif", "I", 11.5)
            pdf.set_left_margin(left + 12)
            pdf.set_right_margin(30)
            pdf.multi_cell(0, lh - 0.4, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.set_left_margin(left)
            pdf.set_right_margin(18)
            pdf.ln(2)
        elif tag == "p":
            para(rest)
        else:
            raise ValueError(f"unknown tag {tag!r}")
        i += 1
    pdf.output(path)


def main():
    os.makedirs(OUT, exist_ok=True)
    make_docx(read_src("ninhhoa.txt"), os.path.join(OUT, DOCX_NAME))
    make_pdf(read_src("yentrach.txt"), os.path.join(OUT, PDF_NAME))
    shutil.copyfile(os.path.join(SRC, "tuyenquang.md"), os.path.join(OUT, MD_NAME))
    for n in (DOCX_NAME, PDF_NAME, MD_NAME):
        print(n, os.path.getsize(os.path.join(OUT, n)), "bytes")


if __name__ == "__main__":
    main()
