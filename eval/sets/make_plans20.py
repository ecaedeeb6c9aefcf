"""Regenerate the twentieth held-out set's plans in eval/sets/plans20/ from the sources in eval/sets/src20/.

    python eval/sets/make_plans20.py

src20/bariavungtau.txt -> plans20/bariavungtau_412-KH-UBND_2025.docx (tỉnh; python-docx; an ANNUAL plan for 2026 that
                     first reports 2025: "PHẦN THỨ NHẤT. KẾT QUẢ THỰC HIỆN NĂM 2025" with a results-vs-targets table
                     TT | Chỉ tiêu | Kế hoạch 2025 | Thực hiện 2025 | Tỷ lệ hoàn thành | Chỉ tiêu 2026 (12 rows; row 12 is new
                     in 2026 and has blank 2025 cells), then "PHẦN THỨ HAI. KẾ HOẠCH NĂM 2026" with I–V; the 2026
                     targets are the table's last column ("Phấn đấu đạt các chỉ tiêu tại cột “Chỉ tiêu 2026” Bảng 1");
                     agency duties as "N. Sở …:" paragraphs followed by "-" paragraphs; header and signature in
                     borderless two-column tables)
src20/ngocchuc.txt  -> plans20/ngocchuc_15-KH-UBND_2025.txt   (xã; a plan pasted from a Zalo group chat: "[time, date]
                     sender:" lines before and after, no roman sections, short lines, emoji bullets 📌 ✅ 👉, heavy
                     abbreviations (UBND, TTHTCĐ, CCB, HND, HLHPN, ĐTN, BCH QS, CA xã, VH-XH, TC-KT, GĐHT, CĐHT, XMC),
                     dates "15/3", "cuối T6", amounts "25tr", "1,2 tỷ"; copied as is)
src20/xuyenmoc.txt  -> plans20/xuyenmoc_127-KH-UBND_2024.pdf   (huyện; fpdf2 + DejaVu Sans text PDF holding TWO documents:
                     page 1 the Tờ trình 86/TTr-PGDĐT of Phòng GD&ĐT proposing the plan (own number, date, signer,
                     proposed 2030 targets and a 9.600 triệu budget), then from page 2 the approved Kế hoạch
                     127/KH-UBND (own header, number, date, signer; 7.200 triệu; lower 2030 targets))

Source markup: '@hdr left|right' header row (two columns), '@c'/'@cb'/'@ci' centred plain/bold/italic line, '@h' bold
heading, '@p' paragraph, '@table' '@trow a|b|…' '@endtable' a table, '@sign left|right' signature rows, '@page' new
page (pdf). Content is fictional (numbers, figures, names, local documents); places are real.
"""
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src20")
OUT = os.path.join(HERE, "plans20")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
DOCX_NAME = "bariavungtau_412-KH-UBND_2025.docx"
TXT_NAME = "ngocchuc_15-KH-UBND_2025.txt"
PDF_NAME = "xuyenmoc_127-KH-UBND_2024.pdf"


def lines(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        return [ln.rstrip("\n") for ln in f if ln.strip()]


def split(ln):
    tag, _, rest = ln.partition(" ")
    return tag, rest


def make_docx():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    src = lines("bariavungtau.txt")
    i = 0

    def two_col(rows, bold_right=False):
        t = doc.add_table(rows=0, cols=2)
        for a, b in rows:
            r = t.add_row().cells
            r[0].text = a
            r[1].text = b
            for c in r:
                c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

    while i < len(src):
        tag, rest = split(src[i])
        if tag in ("@hdr", "@sign"):
            rows = []
            while i < len(src) and split(src[i])[0] == tag:
                a, _, b = split(src[i])[1].partition("|")
                rows.append((a, b))
                i += 1
            two_col(rows)
            continue
        if tag == "@table":
            i += 1
            rows = []
            while split(src[i])[0] == "@trow":
                rows.append(split(src[i])[1].split("|"))
                i += 1
            t = doc.add_table(rows=0, cols=len(rows[0]))
            t.style = "Table Grid"
            for n, row in enumerate(rows):
                cells = t.add_row().cells
                for c, v in zip(cells, row, strict=True):
                    c.text = v
                    if n == 0 and c.paragraphs[0].runs:
                        c.paragraphs[0].runs[0].bold = True
            i += 1  # @endtable
            continue
        p = doc.add_paragraph()
        run = p.add_run(rest)
        if tag in ("@c", "@cb", "@ci"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run.bold = tag == "@cb"
            run.italic = tag == "@ci"
        elif tag == "@h":
            run.bold = True
        else:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        i += 1
    doc.save(os.path.join(OUT, DOCX_NAME))


def make_pdf():
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_margins(25, 20, 20)
    pdf.set_auto_page_break(True, 20)
    for st, fn in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf")):
        pdf.add_font("DejaVu", st, os.path.join(FONT_DIR, fn))
    pdf.add_page()
    W = pdf.w - 45
    LH = 5.5
    for ln in lines("xuyenmoc.txt"):
        tag, rest = split(ln)
        if tag == "@page":
            pdf.add_page()
            continue
        if tag in ("@hdr", "@sign"):
            a, _, b = rest.partition("|")
            pdf.set_font("DejaVu", "B" if tag == "@hdr" else "", 9.5)
            y = pdf.get_y()
            pdf.set_xy(25, y)
            pdf.cell(W * 0.42, LH, a, align="C" if tag == "@hdr" else "L")
            pdf.set_xy(25 + W * 0.42, y)
            pdf.set_font("DejaVu", "B", 9.5)
            pdf.cell(W * 0.58, LH, b, align="C", new_x="LMARGIN", new_y="NEXT")
            continue
        if tag in ("@c", "@cb", "@ci"):
            pdf.set_font("DejaVu", {"@c": "", "@cb": "B", "@ci": "I"}[tag], 11)
            pdf.ln(1)
            pdf.multi_cell(W, LH, rest, align="C", new_x="LMARGIN", new_y="NEXT")
            continue
        if tag == "@h":
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.multi_cell(W, LH, rest, align="L", new_x="LMARGIN", new_y="NEXT")
            continue
        pdf.set_font("DejaVu", "", 10.5)
        pdf.multi_cell(W, LH, "      " + rest, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(OUT, PDF_NAME))


def main():
    os.makedirs(OUT, exist_ok=True)
    make_docx()
    shutil.copyfile(os.path.join(SRC, "ngocchuc.txt"), os.path.join(OUT, TXT_NAME))
    make_pdf()
    print("wrote", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
