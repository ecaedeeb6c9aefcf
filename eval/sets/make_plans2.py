"""Regenerate the second held-out set's plans in eval/sets/plans2/ from the sources in eval/sets/src2/.

    python eval/sets/make_plans2.py

src2/tuyhoa.txt   -> plans2/tuyhoa_318-KH-UBND_2024.docx  (city of a province; python-docx, NO heading styles)
src2/dongve.txt   -> plans2/dongve_31-KH-UBND_2025.pdf    (ward; fpdf2, looks scanned-then-OCRed)
src2/soctrang.txt -> plans2/soctrang_97-KH-UBND_2024.txt  (province; plain UTF-8 text, copied as is)

Source markup (txt sources of the docx/pdf): '@header left | right' lines (closed by @endheader) are the
two-column header; '@title' centred bold lines; '@hb' (docx) a bold *Normal-style* paragraph used as a heading
(the roman numeral and the title of some sections are two such paragraphs); '@item' (docx) a numbered agency
paragraph "N. Agency: tasks…" whose part up to the first colon is bold and the task list follows inline;
'@caption' an italic centred line; '@table' header row + '@row' rows (closed by @endtable) a Word table;
'@signl' / '@signr' (docx) left "Nơi nhận" lines and right-aligned signature lines as plain paragraphs;
'@h' (pdf) a bold heading; '@p' a paragraph; '@sign left | right' rows (pdf, closed by @endsign).
In the pdf source, OCR errors are typed in the text itself, and '¦' forces a line break at that point (inside a
word it splits the word across lines, as a bad scan does). Content is fictional (local document numbers,
figures, names) but written in the genre of real plans; the places are real.
"""
import os
import textwrap
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src2")
OUT = os.path.join(HERE, "plans2")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

DOCX_NAME = "tuyhoa_318-KH-UBND_2024.docx"
PDF_NAME = "dongve_31-KH-UBND_2025.pdf"
TXT_NAME = "soctrang_97-KH-UBND_2024.txt"
BREAK = "¦"


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


# ---------------------------------------------------------------- DOCX (city), headings without heading styles
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

    def centred_cell(cell, text, bold=False, italic=False):
        p = cell.paragraphs[0] if not cell.paragraphs[0].text else cell.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        r.font.size = Pt(13)

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
            for k, (lt, rt) in enumerate(rows):
                last = k == len(rows) - 1
                centred_cell(left, lt, bold=not last)
                centred_cell(right, rt, bold=not last, italic=last)
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
                r = c.paragraphs[0].add_run(h)
                r.bold = True
                r.font.size = Pt(12)
                c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            for r_i, row in enumerate(rows, 1):
                for j, v in enumerate(row):
                    p = t.rows[r_i].cells[j].paragraphs[0]
                    p.add_run(v).font.size = Pt(12)
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            continue
        if tag == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(rest).bold = True
        elif tag == "hb":
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Cm(1)
            p.paragraph_format.space_before = Pt(6)
            p.add_run(rest).bold = True
        elif tag == "item":
            head, _, body = rest.partition(":")
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Cm(1)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.add_run(head + ":").bold = True
            p.add_run(body)
        elif tag == "caption":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(rest).italic = True
        elif tag == "signl":
            p = doc.add_paragraph()
            r = p.add_run(rest)
            r.font.size = Pt(11)
            r.bold = r.italic = rest.startswith("Nơi nhận")
        elif tag == "signr":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            r = p.add_run(rest)
            r.bold = not rest.startswith("(")
            r.italic = rest.startswith("(")
        elif tag == "p":
            p = doc.add_paragraph(rest)
            p.paragraph_format.first_line_indent = Cm(1)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        else:
            raise ValueError(f"unknown tag {tag!r}")
        i += 1
    doc.core_properties.title = "Kế hoạch xây dựng xã hội học tập thành phố Tuy Hòa 2025-2030"
    doc.save(path)


# ---------------------------------------------------------------- PDF (ward), scanned-then-OCRed look
WRAP = 74  # characters per line at 12.5 pt; breaks fall mid-sentence like a printed page


def wrap(text, indent=""):
    """textwrap, then split lines at the forced-break marks (a break inside a word splits the word)."""
    lines = []
    for line in textwrap.wrap(text, WRAP, initial_indent=indent, break_long_words=False):
        lines.extend(line.split(BREAK))
    return lines


def make_pdf(src, path):
    from fpdf import FPDF

    class Plan(FPDF):
        def header(self):
            # greyish paper, as a scan has; a running head on every page
            self.set_fill_color(244, 242, 235)
            self.rect(0, 0, self.w, self.h, style="F")
            self.set_font("Serif", "I", 9)
            self.set_text_color(90, 90, 90)
            self.set_xy(20, 8)
            self.cell(0, 5, "UBND phường Đông Vệ - Kế hoạch số 31/KH-UBND ngày 24/02/2025", align="R")
            self.set_text_color(20, 20, 20)
            self.set_y(20)

        def footer(self):
            self.set_y(-14)
            self.set_font("Serif", "", 9)
            self.set_text_color(90, 90, 90)
            self.cell(0, 8, f"Trang {self.page_no()}/{{nb}}", align="C")
            self.set_text_color(20, 20, 20)

    pdf = Plan(format="A4")
    pdf.set_creator("Scanner / OCR")
    pdf.add_font("Serif", "", os.path.join(FONT_DIR, "DejaVuSerif.ttf"))
    pdf.add_font("Serif", "B", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"))
    pdf.add_font("Serif", "I", os.path.join(FONT_DIR, "DejaVuSerif-Italic.ttf"))
    pdf.set_margins(22, 20, 16)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    lh = 6.4
    i = 0
    while i < len(src):
        tag, rest = src[i]
        if tag == "header":
            rows = []
            while src[i][0] == "header":
                rows.append(split2(src[i][1]))
                i += 1
            i += 1
            for k, (lt, rt) in enumerate(rows):
                last = k == len(rows) - 1
                pdf.set_font("Serif", "" if last else "B", 12)
                pdf.cell(68, lh, lt, align="C")
                pdf.set_font("Serif", "I" if last else "B", 12)
                pdf.cell(0, lh, rt, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(5)
            continue
        if tag == "sign":
            rows = []
            while src[i][0] == "sign":
                rows.append(split2(src[i][1]))
                i += 1
            i += 1
            pdf.ln(4)
            for k, (lt, rt) in enumerate(rows):
                if k == len(rows) - 1:
                    pdf.ln(14)
                pdf.set_font("Serif", "I" if k == 0 else "", 12 if k == 0 else 10.5)
                pdf.cell(85, lh, lt)
                pdf.set_font("Serif", "B", 12)
                pdf.cell(0, lh, rt, align="C", new_x="LMARGIN", new_y="NEXT")
            continue
        if tag == "title":
            pdf.set_font("Serif", "B", 13.5)
            pdf.cell(0, lh + 0.4, rest, align="C", new_x="LMARGIN", new_y="NEXT")
            if i + 1 < len(src) and src[i + 1][0] != "title":
                pdf.ln(4)
        elif tag == "h":
            pdf.set_font("Serif", "B", 13)
            for line in wrap(rest):
                pdf.cell(0, lh, line, new_x="LMARGIN", new_y="NEXT")
        elif tag == "p":
            pdf.set_font("Serif", "", 12.5)
            for line in wrap(rest, indent="      "):
                pdf.cell(0, lh, line, new_x="LMARGIN", new_y="NEXT")
        else:
            raise ValueError(f"unknown tag {tag!r}")
        i += 1
    pdf.output(path)


def main():
    os.makedirs(OUT, exist_ok=True)
    make_docx(read_src("tuyhoa.txt"), os.path.join(OUT, DOCX_NAME))
    make_pdf(read_src("dongve.txt"), os.path.join(OUT, PDF_NAME))
    with open(os.path.join(SRC, "soctrang.txt"), encoding="utf-8") as f:
        txt = unicodedata.normalize("NFC", f.read())
    with open(os.path.join(OUT, TXT_NAME), "w", encoding="utf-8") as f:
        f.write(txt)
    for n in (DOCX_NAME, PDF_NAME, TXT_NAME):
        print(n, os.path.getsize(os.path.join(OUT, n)), "bytes")


if __name__ == "__main__":
    main()
