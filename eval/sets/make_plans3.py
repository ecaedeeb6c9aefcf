"""Regenerate the third held-out set's plans in eval/sets/plans3/ from the sources in eval/sets/src3/.

    python eval/sets/make_plans3.py

src3/lucngan.txt -> plans3/lucngan_203-KH-UBND_2024.docx (district; python-docx, "I-"/"II/" headings, appendix table)
src3/nghiaky.md  -> plans3/nghiaky_45-KH-UBND_2025.md    (commune; markdown, copied as is)
src3/tphcm.txt   -> plans3/tphcm_5210-KH-UBND_2024.pdf   (centrally-run city; fpdf2 text PDF, 1./1.1./1.1.1.)

Source markup of the .txt sources: '@header left | right' lines (closed by @endheader) are the two-column
header; '@title' centred bold lines; '@caption' an italic centred line; '@table' header row + '@row' rows (closed
by @endtable) a bordered table (a Word table in the docx, a drawn grid in the pdf); '@sign left | right' rows
(closed by @endsign) the "Nơi nhận" / signature block; '@p' a paragraph.
docx only: '@h' a bold Normal-style paragraph used as a heading (no Word heading styles); '@pagebreak'.
pdf only: '@h1' / '@h2' / '@h3' headings (bold / bold / bold-italic); '@quote' an indented italic block;
'[^N]' in a paragraph a superscript footnote mark, and '@fn N text' the note, printed at the foot of the page
where the mark falls. Content is fictional (local document numbers, figures, names) in the genre of real
plans; the places are real.
"""
import os
import re
import shutil
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src3")
OUT = os.path.join(HERE, "plans3")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

DOCX_NAME = "lucngan_203-KH-UBND_2024.docx"
MD_NAME = "nghiaky_45-KH-UBND_2025.md"
PDF_NAME = "tphcm_5210-KH-UBND_2024.pdf"


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
            widths = [Cm(1.1), Cm(5.6), Cm(3.4), Cm(3.6), Cm(2.6)]
            for j, h in enumerate(head):
                c = t.rows[0].cells[j]
                cell_par(c, h, bold=True, size=12)
            for r_i, row in enumerate(rows, 1):
                for j, v in enumerate(row):
                    align = WD_ALIGN_PARAGRAPH.LEFT if j in (1, 2, 3) else WD_ALIGN_PARAGRAPH.CENTER
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
        elif tag == "h":
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
    doc.core_properties.title = "Kế hoạch xây dựng xã hội học tập huyện Lục Ngạn 2025-2030"
    doc.save(path)


# ---------------------------------------------------------------- PDF (city)
FN_MARK = re.compile(r"\[\^(\d+)\]")


def make_pdf(src, path):
    from fpdf import FPDF

    notes = {n: t for tag, rest in src if tag == "fn" for n, _, t in [rest.partition(" ")]}
    on_page = {}  # page number -> footnote numbers marked on it

    class Plan(FPDF):
        def footer(self):
            fns = on_page.get(self.page_no(), [])
            if fns:
                self.set_y(-40)
                self.line(self.l_margin, self.get_y(), self.l_margin + 50, self.get_y())
                self.ln(1.5)
                self.set_font("Serif", "", 9)
                for n in fns:
                    self.char_vpos = "SUP"
                    self.write(4, n)
                    self.char_vpos = "LINE"
                    self.write(4, " " + notes[n])
                    self.ln(4.5)
            self.set_y(-14)
            self.set_font("Serif", "", 9)
            self.cell(0, 8, str(self.page_no()), align="C")

    pdf = Plan(format="A4")
    pdf.set_creator("Microsoft Word")
    for style, f in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf"),
                     ("BI", "DejaVuSerif-BoldItalic.ttf")):
        pdf.add_font("Serif", style, os.path.join(FONT_DIR, f))
    left = 25
    pdf.set_margins(left, 18, 18)
    pdf.set_auto_page_break(True, margin=44)
    pdf.add_page()
    lh = 6.2

    def para(text, size=12, indent=8):
        pdf.set_font("Serif", "", size)
        pdf.set_x(left + indent)
        parts = FN_MARK.split(text)
        for k, part in enumerate(parts):
            if k % 2 == 0:
                pdf.write(lh, part)
            else:
                on_page.setdefault(pdf.page_no(), []).append(part)
                pdf.char_vpos = "SUP"
                pdf.write(lh, part)
                pdf.char_vpos = "LINE"
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
            with pdf.table(col_widths=(11, 66, 30, 30, 30), line_height=5.6, text_align=("CENTER", "LEFT", "CENTER",
                           "CENTER", "CENTER"), first_row_as_headings=True) as t:
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
        elif tag == "fn":
            pass  # printed by footer()
        elif tag == "p":
            para(rest)
        else:
            raise ValueError(f"unknown tag {tag!r}")
        i += 1
    pdf.output(path)


def main():
    os.makedirs(OUT, exist_ok=True)
    make_docx(read_src("lucngan.txt"), os.path.join(OUT, DOCX_NAME))
    make_pdf(read_src("tphcm.txt"), os.path.join(OUT, PDF_NAME))
    shutil.copyfile(os.path.join(SRC, "nghiaky.md"), os.path.join(OUT, MD_NAME))
    for n in (DOCX_NAME, PDF_NAME, MD_NAME):
        print(n, os.path.getsize(os.path.join(OUT, n)), "bytes")


if __name__ == "__main__":
    main()
