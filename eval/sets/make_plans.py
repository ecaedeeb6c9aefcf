"""Regenerate the three held-out test plans in eval/sets/plans/ from the sources in eval/sets/src/.

    python eval/sets/make_plans.py

src/quangtri.txt -> plans/quangtri_112-KH-UBND_2024.docx   (province, python-docx, targets in a Word table)
src/cambinh.txt  -> plans/cambinh_09-KH-UBND_2025.pdf      (commune, fpdf2, hard-wrapped text, page footers)
src/ductrong.md  -> plans/ductrong_156-KH-UBND_2024.md     (district, markdown, copied as is)

Source markup (txt): '@header left | right' lines (closed by @endheader) become a borderless two-column
header; '@title' centred bold lines; '@h1', '@h2', '@h3' (docx) or '@h' (pdf) headings; '@p' paragraphs;
'@table' header row + '@row' rows (closed by @endtable) a Word table; '@sign left | right' rows (closed by
@endsign) the two-column "Nơi nhận:" / signature block.
Content is fictional (numbers of local documents, figures, names) but written in the genre of real plans.
"""
import os
import textwrap
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
OUT = os.path.join(HERE, "plans")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

DOCX_NAME = "quangtri_112-KH-UBND_2024.docx"
PDF_NAME = "cambinh_09-KH-UBND_2025.pdf"
MD_NAME = "ductrong_156-KH-UBND_2024.md"


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


# ---------------------------------------------------------------- DOCX (province)
def make_docx(src, path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor, Cm

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for s in ("Heading 1", "Heading 2"):
        doc.styles[s].font.name = "Times New Roman"
        doc.styles[s].font.size = Pt(13)
        doc.styles[s].font.color.rgb = RGBColor(0, 0, 0)
    sec = doc.sections[0]
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)

    def centred_cell(cell, text, bold=False, italic=False):
        p = cell.paragraphs[0] if not cell.paragraphs[0].text else cell.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.bold, r.italic = bold, italic

    i = 0
    while i < len(src):
        tag, rest = src[i]
        if tag == "header":
            rows = []
            while src[i][0] == "header":
                rows.append(split2(src[i][1]))
                i += 1
            i += 1  # @endheader
            t = doc.add_table(rows=1, cols=2)
            left, right = t.rows[0].cells
            for k, (l, r) in enumerate(rows):
                last = k == len(rows) - 1
                centred_cell(left, l, bold=not last)
                centred_cell(right, r, bold=not last, italic=last)
            continue
        if tag == "table":
            head = [c.strip() for c in rest.split("|")]
            rows = []
            i += 1
            while src[i][0] == "row":
                rows.append([c.strip() for c in src[i][1].split("|")])
                i += 1
            i += 1  # @endtable
            t = doc.add_table(rows=1 + len(rows), cols=len(head))
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for j, h in enumerate(head):
                c = t.rows[0].cells[j]
                c.paragraphs[0].add_run(h).bold = True
                c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            for r, row in enumerate(rows, 1):
                for j, v in enumerate(row):
                    t.rows[r].cells[j].paragraphs[0].add_run(v)
            continue
        if tag == "sign":
            rows = []
            while src[i][0] == "sign":
                rows.append(split2(src[i][1]))
                i += 1
            i += 1  # @endsign
            t = doc.add_table(rows=1, cols=2)
            left, right = t.rows[0].cells
            for k, (l, r) in enumerate(rows):
                p = left.paragraphs[0] if k == 0 else left.add_paragraph()
                run = p.add_run(l)
                run.bold = k == 0
                run.italic = k == 0
                run.font.size = Pt(11)
                if r:
                    centred_cell(right, r, bold=True)
            continue
        if tag == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(rest).bold = True
        elif tag == "h1":
            doc.add_heading(rest, level=1)
        elif tag == "h2":
            doc.add_heading(rest, level=2)
        elif tag == "h3":
            p = doc.add_paragraph()
            r = p.add_run(rest)
            r.bold = True
            r.italic = True
        elif tag == "p":
            p = doc.add_paragraph(rest)
            p.paragraph_format.first_line_indent = Cm(1)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        else:
            raise ValueError(f"unknown tag {tag!r}")
        i += 1
    doc.save(path)


# ---------------------------------------------------------------- PDF (commune)
WRAP = 84  # characters per line; breaks fall mid-sentence like a scanned/printed plan


def make_pdf(src, path):
    from fpdf import FPDF

    class Plan(FPDF):
        def footer(self):
            self.set_y(-15)
            self.set_font("DejaVu", "", 9)
            self.cell(0, 10, f"Trang {self.page_no()}", align="C")

    pdf = Plan(format="A4")
    pdf.add_font("DejaVu", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(20, 18, 15)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    lh = 5.6
    i = 0
    while i < len(src):
        tag, rest = src[i]
        if tag == "header":
            rows = []
            while src[i][0] == "header":
                rows.append(split2(src[i][1]))
                i += 1
            i += 1
            for k, (l, r) in enumerate(rows):
                last = k == len(rows) - 1
                pdf.set_font("DejaVu", "" if last else "B", 10)
                pdf.cell(70, lh, l, align="C")
                pdf.set_font("DejaVu", "I" if last else "B", 10)
                pdf.cell(0, lh, r, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
            continue
        if tag == "sign":
            rows = []
            while src[i][0] == "sign":
                rows.append(split2(src[i][1]))
                i += 1
            i += 1
            pdf.ln(3)
            for k, (l, r) in enumerate(rows):
                pdf.set_font("DejaVu", "B" if k == 0 else "", 9 if k else 10)
                pdf.cell(85, lh, l)
                pdf.set_font("DejaVu", "B", 10)
                pdf.cell(0, lh, r, align="C", new_x="LMARGIN", new_y="NEXT")
            continue
        if tag == "title":
            pdf.set_font("DejaVu", "B", 12)
            pdf.cell(0, lh + 0.6, rest, align="C", new_x="LMARGIN", new_y="NEXT")
            if i + 1 < len(src) and src[i + 1][0] != "title":
                pdf.ln(3)
        elif tag == "h":
            pdf.set_font("DejaVu", "B", 10.5)
            for line in textwrap.wrap(rest, WRAP):
                pdf.cell(0, lh, line, new_x="LMARGIN", new_y="NEXT")
        elif tag == "p":
            pdf.set_font("DejaVu", "", 10.5)
            for line in textwrap.wrap(rest, WRAP, initial_indent="    "):
                pdf.cell(0, lh, line, new_x="LMARGIN", new_y="NEXT")
        else:
            raise ValueError(f"unknown tag {tag!r}")
        i += 1
    pdf.output(path)


def main():
    os.makedirs(OUT, exist_ok=True)
    make_docx(read_src("quangtri.txt"), os.path.join(OUT, DOCX_NAME))
    make_pdf(read_src("cambinh.txt"), os.path.join(OUT, PDF_NAME))
    with open(os.path.join(SRC, "ductrong.md"), encoding="utf-8") as f:
        md = unicodedata.normalize("NFC", f.read())
    with open(os.path.join(OUT, MD_NAME), "w", encoding="utf-8") as f:
        f.write(md)
    for n in (DOCX_NAME, PDF_NAME, MD_NAME):
        print(n, os.path.getsize(os.path.join(OUT, n)), "bytes")


if __name__ == "__main__":
    main()
