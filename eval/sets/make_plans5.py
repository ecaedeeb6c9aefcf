"""Regenerate the fifth held-out set's plans in eval/sets/plans5/ from the sources in eval/sets/src5/.

    python eval/sets/make_plans5.py

src5/dongkinh.txt -> plans5/dongkinh_18-KH-UBND_2026.docx  (phường after the 2025 reform; python-docx, Word
                     Heading 1/2 styles with the numbers typed in the text, unnumbered ALL-CAPS headings, two
                     appendix tables after the signature, one with a merged "Kế hoạch các năm" header cell)
src5/krongpac.txt -> plans5/krongpac_127-KH-UBND_2024.txt  (huyện; plain text made to look like OCR of a scan:
                     hard wraps, hyphen breaks, "- N -" page numbers, OCR errors written into the source)
src5/angiang.txt  -> plans5/angiang_389-KH-UBND_2025.pdf   (merged province; fpdf2 text PDF, DejaVu Serif body,
                     DejaVu Sans headings, DejaVu Sans Condensed table, page numbers at the top from page 2)

Source markup (.docx/.pdf sources): '@header left | right' lines (closed by @endheader) the two-column header;
'@title' centred bold lines; '@h1' / '@h2' headings; '@center' a centred bold line; '@caption' a centred italic
line; '@table' header row + '@row' rows (closed by @endtable) a bordered table; '@ttable' the same with a second
header row: the last three columns go under a merged "Kế hoạch các năm" cell; '@sign left | right' rows (closed
by @endsign) the "Nơi nhận" / signature block; '@pagebreak'; '@p' a paragraph.
OCR source (krongpac.txt): '@raw' lines are copied as they are, '@blank' is an empty line, other lines are
paragraphs wrapped at 76 columns; '{-}' forces a line break after a hyphen, '{/}' a plain line break.
Content is fictional (document numbers, figures, names) in the genre of real plans; the places are real.
"""
import os
import textwrap
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src5")
OUT = os.path.join(HERE, "plans5")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

DOCX_NAME = "dongkinh_18-KH-UBND_2026.docx"
TXT_NAME = "krongpac_127-KH-UBND_2024.txt"
PDF_NAME = "angiang_389-KH-UBND_2025.pdf"


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


# ---------------------------------------------------------------- DOCX (ward)
def make_docx(src, path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(14)
    for name, size in (("Heading 1", 14), ("Heading 2", 14)):
        hs = doc.styles[name]
        hs.font.name = "Times New Roman"
        hs.font.size = Pt(size)
        hs.font.bold = True
        hs.font.italic = False
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
        if tag in ("table", "ttable"):
            head, rows, i = table_rows(src, i)
            nhead = 2 if tag == "ttable" else 1
            t = doc.add_table(rows=nhead + len(rows), cols=len(head))
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            if tag == "ttable":
                ncol = len(head)
                for j in range(ncol - 3):
                    top = t.cell(0, j).merge(t.cell(1, j))
                    cell_par(top, head[j], bold=True, size=12)
                top = t.cell(0, ncol - 3).merge(t.cell(0, ncol - 1))
                cell_par(top, "Kế hoạch các năm", bold=True, size=12)
                for j in range(ncol - 3, ncol):
                    cell_par(t.cell(1, j), head[j], bold=True, size=12)
                widths = [Cm(1.0), Cm(7.4), Cm(2.4), Cm(1.9), Cm(1.9), Cm(1.9)]
            else:
                for j, h in enumerate(head):
                    cell_par(t.cell(0, j), h, bold=True, size=12)
                widths = [Cm(1.0), Cm(5.6), Cm(3.4), Cm(3.8), Cm(2.6)]
            for r_i, row in enumerate(rows, nhead):
                for j, v in enumerate(row):
                    align = WD_ALIGN_PARAGRAPH.LEFT if j in (1, 2, 3) and tag == "table" or j == 1 \
                        else WD_ALIGN_PARAGRAPH.CENTER
                    cell_par(t.cell(r_i, j), v, size=12, align=align)
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
        elif tag == "center":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
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
    doc.core_properties.title = "KH xây dựng xã hội học tập phường Đông Kinh 2026-2028"
    doc.save(path)


# ---------------------------------------------------------------- OCR text (district)
def make_ocr_txt(raw, path, width=76, page_lines=39):
    lines = []
    for src_line in raw.splitlines():
        src_line = src_line.rstrip()
        if not src_line:
            continue
        if src_line.startswith("@raw "):
            lines.append(src_line[5:])
            continue
        if src_line == "@blank":
            lines.append("")
            continue
        # paragraph: wrap, honouring forced breaks
        pieces = src_line.replace("{-}", "-\x00").split("\x00")
        pieces = [q for p in pieces for q in p.replace("{/}", "\x00").split("\x00")]
        carry = ""
        for k, piece in enumerate(pieces):
            text = carry + piece
            wrapped = textwrap.wrap(text, width=width, break_long_words=False, break_on_hyphens=False) or [""]
            if k < len(pieces) - 1:
                lines.extend(wrapped)
                carry = ""
            else:
                lines.extend(wrapped)
    out = []
    page = 1
    for n, line in enumerate(lines):
        if n and n % page_lines == 0:
            page += 1
            out.extend(["", f"                                  - {page} -", ""])
        out.append(line)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


# ---------------------------------------------------------------- PDF (province)
def make_pdf(src, path):
    from fpdf import FPDF

    class Plan(FPDF):
        def header(self):
            if self.page_no() > 1:
                self.set_font("Sans", "", 10)
                self.set_y(8)
                self.cell(0, 6, str(self.page_no()), align="C")
                self.set_y(18)

    pdf = Plan(format="A4")
    pdf.set_creator("Microsoft Word")
    for fam, base in (("Serif", "DejaVuSerif"), ("Sans", "DejaVuSans")):
        for style, suf in (("", ""), ("B", "-Bold"), ("I", "-Italic" if fam == "Serif" else "-Oblique"),
                           ("BI", "-BoldItalic" if fam == "Serif" else "-BoldOblique")):
            pdf.add_font(fam, style, os.path.join(FONT_DIR, base + suf + ".ttf"))
    pdf.add_font("Cond", "", os.path.join(FONT_DIR, "DejaVuSansCondensed.ttf"))
    pdf.add_font("Cond", "B", os.path.join(FONT_DIR, "DejaVuSansCondensed-Bold.ttf"))
    left = 25
    pdf.set_margins(left, 18, 18)
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
        if tag == "table":
            head, rows, i = table_rows(src, i)
            pdf.set_font("Cond", "", 10.5)
            with pdf.table(col_widths=(12, 85, 22, 22, 22), width=163, line_height=6,
                           text_align=("CENTER", "LEFT", "CENTER", "CENTER", "CENTER"),
                           first_row_as_headings=True) as t:
                for row in [head] + rows:
                    r = t.row()
                    for v in row:
                        r.cell(v)
            pdf.ln(3)
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
        elif tag == "caption":
            pdf.set_font("Serif", "I", 11)
            pdf.cell(0, lh, rest, align="C", new_x="LMARGIN", new_y="NEXT")
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
    make_docx(read_src("dongkinh.txt"), os.path.join(OUT, DOCX_NAME))
    make_ocr_txt(read_raw("krongpac.txt"), os.path.join(OUT, TXT_NAME))
    make_pdf(read_src("angiang.txt"), os.path.join(OUT, PDF_NAME))
    for n in (DOCX_NAME, TXT_NAME, PDF_NAME):
        print(n, os.path.getsize(os.path.join(OUT, n)), "bytes")


if __name__ == "__main__":
    main()
