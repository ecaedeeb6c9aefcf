"""Regenerate the twenty-fourth held-out set's plans in eval/sets/plans24/ from the sources in eval/sets/src24/.

    python eval/sets/make_plans24.py

src24/daknong.md     -> plans24/daknong_2157-KH-UBND_2024.md   (tỉnh; copied as is: the markdown a PDF-to-markdown
                        converter (marker/docling style) emits — "{N}-----" page separators, "![](_page_0_Picture_1.jpeg)"
                        image placeholders for the emblem and the stamp, headings at wrong levels ("#### **II. MỤC TIÊU**",
                        "### **1. Mục tiêu chung**", agency heads as bold lines without "#"), the letterhead and the
                        signature as pipe tables with "<br>" in cells, targets and funding as HTML <table> blocks with
                        rowspan/colspan header cells and "<br>" in cells (one blank cell), a pipe task table broken by a
                        page separator and the running header and continued with its header repeated, "<sup>N</sup>"
                        footnote marks with the footnote text at the page end, hyphenation artifacts ("xếp lo- ại"),
                        and the running header "UBND TỈNH ĐẮK NÔNG | KH số 2157/KH-UBND" as a line on pages 2-6)
src24/khanhvinh87.txt -> plans24/khanhvinh_87-KH-UBND_2024.docx (huyện; python-docx; the ORIGINAL full plan of 2024:
                        header and signature in borderless two-column tables, bold headings, "-" paragraphs)
src24/khanhvinh42.txt -> plans24/khanhvinh_42-KH-UBND_2025.pdf  (huyện; fpdf2 + DejaVu Sans text PDF, two pages; the
                        AMENDING plan of 2025 "điều chỉnh, bổ sung một số nội dung của Kế hoạch số 87/KH-UBND":
                        1. Sửa đổi chỉ tiêu, 2. Bổ sung nhiệm vụ, 3. Điều chỉnh thời gian, 4. Bãi bỏ, 5. Điều chỉnh
                        kinh phí, "Các nội dung khác giữ nguyên theo Kế hoạch số 87/KH-UBND")
src24/nghiduc.txt    -> plans24/nghiduc_05-KH-TTHTCD_2025.txt  (the TTHTCĐ of xã Nghị Đức's own annual plan; UTF-8,
                        written with CRLF line ends; tabs kept: the header columns, indented paragraphs, a chuyên đề
                        table and a month-by-month schedule table typed with tabs)

Source markup (docx/pdf): '@hdr left|right' header rows; '@cb' centred bold line; '@h' bold heading; '@p' paragraph;
'@nn' Nơi nhận line; '@sign' signature line. Content is fictional (numbers, figures, names, local documents); places
are real.
"""
import os
import shutil
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src24")
OUT = os.path.join(HERE, "plans24")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
MD_NAME = "daknong_2157-KH-UBND_2024.md"
DOCX_NAME = "khanhvinh_87-KH-UBND_2024.docx"
PDF_NAME = "khanhvinh_42-KH-UBND_2025.pdf"
TXT_NAME = "nghiduc_05-KH-TTHTCD_2025.txt"


def read_src(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        raw = unicodedata.normalize("NFC", f.read())
    out = []
    for line in raw.splitlines():
        line = line.rstrip()
        if not line:
            continue
        tag, _, rest = line.partition(" ")
        out.append((tag[1:], rest))
    return out


def no_borders(table):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def make_docx(src, path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    hdr = [r.split("|") for t, r in src if t == "hdr"]
    t = doc.add_table(rows=len(hdr), cols=2)
    no_borders(t)
    for i, (l, r) in enumerate(hdr):
        for j, v in enumerate((l, r)):
            p = t.cell(i, j).paragraphs[0]
            run = p.add_run(v.strip())
            run.bold = not v.startswith("Số") and not (j == 1 and i == len(hdr) - 1)
            run.italic = j == 1 and i == len(hdr) - 1
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    nn = [r for tg, r in src if tg == "nn"]
    sg = [r for tg, r in src if tg == "sign"]
    for tag, rest in src:
        if tag == "cb":
            p = doc.add_paragraph()
            p.add_run(rest).bold = True
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif tag == "h":
            p = doc.add_paragraph()
            p.add_run(rest).bold = True
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif tag == "p":
            p = doc.add_paragraph(rest)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Pt(28)
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    left, right = t.cell(0, 0), t.cell(0, 1)
    for i, v in enumerate(nn):
        p = left.paragraphs[0] if i == 0 else left.add_paragraph()
        r = p.add_run(v)
        r.font.size = Pt(11 if i else 12)
        r.bold = r.italic = i == 0
    for i, v in enumerate(sg):
        p = right.paragraphs[0] if i == 0 else right.add_paragraph()
        r = p.add_run(v)
        r.bold = not v.startswith("(")
        r.italic = v.startswith("(")
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.save(path)


def make_pdf(src, path):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    for style, suf in (("", ""), ("B", "-Bold"), ("I", "-Oblique"), ("BI", "-BoldOblique")):
        pdf.add_font("DejaVu", style, os.path.join(FONT_DIR, "DejaVuSans" + suf + ".ttf"))
    pdf.set_margins(25, 18, 18)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    W = pdf.w - 43
    LH = 6.2
    hdr = [r.split("|") for t, r in src if t == "hdr"]
    y0 = pdf.get_y()
    lw, rw = 68, W - 68
    for i, (l, r) in enumerate(hdr):
        pdf.set_xy(25, y0 + i * 6)
        pdf.set_font("DejaVu", "" if l.startswith("Số") or i == 0 else "B", 10.5)
        pdf.cell(lw, 6, l.strip(), align="C")
        pdf.set_xy(25 + lw, y0 + i * 6)
        pdf.set_font("DejaVu", "I" if i == len(hdr) - 1 else "B", 10.5)
        pdf.cell(rw, 6, r.strip(), align="C")
    pdf.set_y(y0 + len(hdr) * 6 + 8)
    nn, signs = [], []
    for tag, rest in src:
        if tag == "cb":
            pdf.set_font("DejaVu", "B", 11.5)
            pdf.multi_cell(W, LH, rest, align="C", new_x="LMARGIN", new_y="NEXT")
        elif tag == "h":
            pdf.ln(1)
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(W, LH, rest, align="L", new_x="LMARGIN", new_y="NEXT")
        elif tag == "p":
            pdf.set_font("DejaVu", "", 11)
            pdf.multi_cell(W, LH, rest, align="L", new_x="LMARGIN", new_y="NEXT")
        elif tag == "nn":
            nn.append(rest)
        elif tag == "sign":
            signs.append(rest)
    pdf.ln(4)
    y0 = pdf.get_y()
    if y0 > pdf.h - 70:
        pdf.add_page()
        y0 = pdf.get_y()
    for i, v in enumerate(nn):
        pdf.set_xy(25, y0 + i * 5.5)
        pdf.set_font("DejaVu", "BI" if i == 0 else "", 9.5)
        pdf.cell(80, 5.5, v)
    for i, v in enumerate(signs):
        pdf.set_xy(105, y0 + i * 6)
        pdf.set_font("DejaVu", "I" if v.startswith("(") else "B", 11)
        pdf.cell(W - 80, 6, v, align="C")
    pdf.output(path)


def main():
    os.makedirs(OUT, exist_ok=True)
    shutil.copyfile(os.path.join(SRC, "daknong.md"), os.path.join(OUT, MD_NAME))
    make_docx(read_src("khanhvinh87.txt"), os.path.join(OUT, DOCX_NAME))
    make_pdf(read_src("khanhvinh42.txt"), os.path.join(OUT, PDF_NAME))
    with open(os.path.join(SRC, "nghiduc.txt"), encoding="utf-8") as f:
        text = unicodedata.normalize("NFC", f.read())
    with open(os.path.join(OUT, TXT_NAME), "w", encoding="utf-8", newline="\r\n") as f:
        f.write(text)
    for n in (MD_NAME, DOCX_NAME, PDF_NAME, TXT_NAME):
        print("->", os.path.join(OUT, n))


if __name__ == "__main__":
    main()
