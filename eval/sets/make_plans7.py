"""Regenerate the seventh held-out set's plans in eval/sets/plans7/ from the sources in eval/sets/src7/.

    python eval/sets/make_plans7.py

src7/bentre.txt   -> plans7/bentre_7125-KH-UBND_2024.docx  (tỉnh; python-docx, no heading styles: headings are bold
                     Normal paragraphs with a TAB after the number ("I.\tMỤC ĐÍCH, YÊU CẦU", "1.\tMục đích",
                     "a)\tĐến năm 2027:"); "V.\tTỔ CHỨC THỰC HIỆN" gives the agency tasks in a Word table inside the
                     section (TT | Cơ quan, đơn vị | Nhiệm vụ | Thời gian thực hiện), several tasks per cell separated
                     by soft line breaks (Run.add_break()), a few bodies in prose before/after it)
src7/doanhung.txt -> plans7/doanhung_08-KH-UBND_2027.pdf   (huyện, annual plan 2027; fpdf2 text PDF, DejaVu Serif
                     body, DejaVu Sans headings (roman ones bold + underlined), lettered "a) Phòng …" agency items
                     with "-" sub-bullets, "Trang N/M" footer, a PHỤ LỤC – LỘ TRÌNH THỰC HIỆN table after the
                     signature)
src7/hamhiep.txt  -> plans7/hamhiep_42-KH-UBND_2024.txt    (xã; a web-portal export: CRLF line endings, TABs for
                     indentation ('⇥' in the source), bullets "•" / "o", "1)" numbering, "Phần thứ nhất / Phần thứ
                     hai", "Giao … chủ trì, phối hợp với … thực hiện …" sentences, portal metadata lines)

Source markup (.docx/.pdf sources): '@header left | right' rows (closed by @endheader); '@title' centred bold lines;
'@caption' a centred italic line; '@h1' / '@h2' headings (PDF); '@b' a bold paragraph (DOCX headings);
'@table' header row + '@row' rows, cells split by '|', soft line breaks inside a cell by '//' (closed by @endtable);
'@sign left | right' rows (closed by @endsign); '@pagebreak'; '@p' a paragraph. '⇥' stands for a TAB.
Content is fictional (document numbers, figures, names) in the genre of real plans; the places are real.
"""
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src7")
OUT = os.path.join(HERE, "plans7")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

DOCX_NAME = "bentre_7125-KH-UBND_2024.docx"
PDF_NAME = "doanhung_08-KH-UBND_2027.pdf"
TXT_NAME = "hamhiep_42-KH-UBND_2024.txt"
TAB = "⇥"


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
            out.append((tag[1:], rest.replace(TAB, "\t")))
        else:
            out.append(("p", line.replace(TAB, "\t")))
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


# ---------------------------------------------------------------- DOCX (province)
def make_docx(src, path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(14)
    sec = doc.sections[0]
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)

    def cell_par(cell, text, bold=False, italic=False, size=13, align=WD_ALIGN_PARAGRAPH.CENTER):
        p = cell.paragraphs[0] if not cell.paragraphs[0].text else cell.add_paragraph()
        p.alignment = align
        parts = [s.strip() for s in text.split("//")]
        for k, part in enumerate(parts):
            r = p.add_run(part)
            r.bold, r.italic = bold, italic
            r.font.size = Pt(size)
            if k < len(parts) - 1:
                r.add_break()  # soft line break (w:br) inside the same paragraph
        return p

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
                    cell_par(t.cell(r_i, j), v, size=12, bold=j == 1,
                             align=WD_ALIGN_PARAGRAPH.LEFT if j in (1, 2) else WD_ALIGN_PARAGRAPH.CENTER)
            widths = [Cm(1.0), Cm(3.6), Cm(8.0), Cm(3.4)]
            for row in t.rows:
                for j, c in enumerate(row.cells):
                    c.width = widths[j]
            continue
        if tag == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(rest).bold = True
        elif tag == "b":
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Cm(1)
            p.add_run(rest).bold = True
        elif tag == "p":
            p = doc.add_paragraph(rest)
            p.paragraph_format.first_line_indent = Cm(1)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        else:
            raise ValueError(f"unknown tag {tag!r}")
        i += 1
    doc.core_properties.title = "KH 7125/KH-UBND xây dựng xã hội học tập tỉnh Bến Tre 2025-2030"
    doc.save(path)


# ---------------------------------------------------------------- PDF (district, annual)
def make_pdf(src, path):
    import re

    from fpdf import FPDF

    class Plan(FPDF):
        def footer(self):
            self.set_y(-14)
            self.set_font("Serif", "I", 10)
            self.cell(0, 6, f"Trang {self.page_no()}/{{nb}}", align="R")

    pdf = Plan(format="A4")
    pdf.set_creator("Microsoft Word")
    for fam, base in (("Serif", "DejaVuSerif"), ("Sans", "DejaVuSans")):
        for style, suf in (("", ""), ("B", "-Bold"), ("I", "-Italic" if fam == "Serif" else "-Oblique"),
                           ("BI", "-BoldItalic" if fam == "Serif" else "-BoldOblique")):
            pdf.add_font(fam, style, os.path.join(FONT_DIR, base + suf + ".ttf"))
    left = 25
    pdf.set_margins(left, 20, 18)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    lh = 6.6

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
                pdf.set_font("Serif", "BI" if k == 0 else "", 11 if k == 0 else 9.5)
                pdf.cell(85, lh - 1.4, lt)
                pdf.set_font("Serif", "I" if rt.startswith("(") else "B", 12)
                pdf.cell(0, lh - 1.4, rt, align="C", new_x="LMARGIN", new_y="NEXT")
            continue
        if tag == "table":
            head, rows, i = table_rows(src, i)
            pdf.ln(3)
            pdf.set_font("Sans", "", 10)
            with pdf.table(col_widths=(10, 78, 38, 41), line_height=6.2, text_align=("CENTER", "LEFT", "CENTER", "LEFT"),
                           headings_style=None, first_row_as_headings=False) as t:
                r = t.row()
                pdf.set_font("Sans", "B", 10)
                for h in head:
                    r.cell(h)
                pdf.set_font("Sans", "", 10)
                for row in rows:
                    r = t.row()
                    for v in row:
                        r.cell(v)
            continue
        if tag == "pagebreak":
            pdf.add_page()
        elif tag == "title":
            pdf.set_font("Sans", "B", 13)
            pdf.cell(0, lh + 0.4, rest, align="C", new_x="LMARGIN", new_y="NEXT")
            if i + 1 < len(src) and src[i + 1][0] not in ("title", "caption"):
                pdf.ln(4)
        elif tag == "caption":
            pdf.set_font("Serif", "I", 11)
            pdf.cell(0, lh, rest, align="C", new_x="LMARGIN", new_y="NEXT")
        elif tag == "h1":
            pdf.ln(1)
            pdf.set_font("Sans", "BU", 12)
            pdf.multi_cell(0, lh, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.5)
        elif tag == "h2":
            pdf.set_font("Sans", "B", 11.5)
            pdf.set_x(left + 6)
            pdf.multi_cell(0, lh, rest, new_x="LMARGIN", new_y="NEXT")
        elif tag == "p":
            lettered = re.match(r"^[a-zđ]\) ", rest)
            pdf.set_font("Serif", "BI" if lettered else "", 12)
            pdf.set_x(left + (6 if lettered else 8))
            pdf.multi_cell(0, lh, rest, align="L" if lettered else "J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)
        else:
            raise ValueError(f"unknown tag {tag!r}")
        i += 1
    pdf.output(path)


# ---------------------------------------------------------------- TXT (commune, web-portal export)
def make_txt(path):
    text = read_raw("hamhiep.txt").replace(TAB, "\t")
    lines = text.split("\n")
    while lines and not lines[-1]:
        lines.pop()
    with open(path, "wb") as f:
        f.write(("\r\n".join(lines) + "\r\n").encode("utf-8"))


def main():
    os.makedirs(OUT, exist_ok=True)
    make_docx(read_src("bentre.txt"), os.path.join(OUT, DOCX_NAME))
    make_pdf(read_src("doanhung.txt"), os.path.join(OUT, PDF_NAME))
    make_txt(os.path.join(OUT, TXT_NAME))
    for n in (DOCX_NAME, PDF_NAME, TXT_NAME):
        print(n, os.path.getsize(os.path.join(OUT, n)), "bytes")


if __name__ == "__main__":
    main()
