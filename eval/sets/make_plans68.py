"""Set 68: write the two plan files of plans68/ from src68/.

    python eval/sets/make_plans68.py

- thuvien_ninhbinh_45-KH-TV_2026.pdf: the provincial library's plan, fpdf2, the letterhead and title full width, then
  the BODY IN TWO TEXT COLUMNS (fpdf2 text_columns, the left column filled to the foot of the page before the right
  one), the signature and Nơi nhận, and Biểu 1 (targets with a "Năm 2025 (thực hiện)" baseline column beside
  "Năm 2026 (kế hoạch)") on its own page, full width.
- ubnd_thientruong_28-KH-UBND_2026.md: a ward's plan as markdown, copied as written (tasks per QUARTER in a pipe
  table; Mục V as a Pandoc DEFINITION LIST, "Body" then ":   tasks").
Re-runs are byte-identical (fixed creation date).
"""
import datetime
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src68")
OUT = os.path.join(HERE, "plans68")
PDF = "thuvien_ninhbinh_45-KH-TV_2026.pdf"
MD = "ubnd_thientruong_28-KH-UBND_2026.md"
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIXED = datetime.datetime(2026, 1, 15, 9, 5, 0, tzinfo=datetime.UTC)


def read_src(name):
    out = []
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        for line in f.read().splitlines():
            if line.strip():
                tag, _, rest = line.partition(" ")
                out.append((tag, rest))
    return out


def make_pdf(path):
    from fpdf import FPDF
    from fpdf.enums import Align

    src = read_src("thuvien_ninhbinh.txt")
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_margins(20, 16, 16)
    pdf.set_auto_page_break(True, 16)
    pdf.add_font("TV", "", os.path.join(FONT_DIR, "DejaVuSerifCondensed.ttf"))
    pdf.add_font("TV", "B", os.path.join(FONT_DIR, "DejaVuSerifCondensed-Bold.ttf"))
    pdf.add_font("TV", "I", os.path.join(FONT_DIR, "DejaVuSerifCondensed-Italic.ttf"))
    pdf.set_creator("Adobe InDesign 18.5")
    pdf.set_producer("Adobe PDF Library 17.0")
    pdf.set_title("KH 45/KH-TV phát triển văn hóa đọc năm 2026")
    pdf.set_creation_date(FIXED)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    left_w, right_w = 78, width - 78
    top = pdf.get_y()
    for tag, rest in [s for s in src if s[0].startswith("L")]:
        pdf.set_font("TV", "B" if tag == "L2" else "", 10.5)
        pdf.set_x(pdf.l_margin)
        pdf.cell(left_w, 5.5, rest, align="C", new_x="LMARGIN", new_y="NEXT")
    bottom = pdf.get_y()
    pdf.set_y(top)
    for tag, rest in [s for s in src if s[0].startswith("R")]:
        pdf.set_font("TV", "I" if tag == "R3" else "B", 10.5)
        pdf.set_x(pdf.l_margin + left_w)
        pdf.cell(right_w, 5.5, rest, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(max(bottom, pdf.get_y()) + 6)
    for tag, rest in [s for s in src if s[0] in ("T1", "T2")]:
        pdf.set_font("TV", "B", 13 if tag == "T1" else 11.5)
        pdf.multi_cell(width, 6, rest, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    body = [s for s in src if s[0] in ("P", "H")]
    with pdf.text_columns(ncols=2, gutter=7, text_align="J", line_height=1.15) as cols:
        for tag, rest in body:
            with cols.paragraph(text_align="L" if tag == "H" else "J", top_margin=1.5 if tag == "H" else 0.5,
                                first_line_indent=0 if tag == "H" else 5) as par:
                pdf.set_font("TV", "B" if tag == "H" else "", 9.5)
                par.write(rest)
    pdf.ln(5)
    if pdf.get_y() > pdf.h - 60:
        pdf.add_page()
    pdf.set_auto_page_break(False)
    y = pdf.get_y()
    pdf.set_font("TV", "B", 9.5)
    for _tag, rest in [s for s in src if s[0] == "N"]:
        pdf.set_font("TV", "B" if rest == "Nơi nhận:" else "", 9)
        pdf.set_x(pdf.l_margin)
        pdf.cell(left_w, 4.6, rest, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(y)
    for tag, rest in [s for s in src if s[0].startswith("S")]:
        pdf.set_font("TV", "I" if tag == "S2" else "B", 10.5)
        pdf.set_x(pdf.l_margin + left_w)
        pdf.cell(right_w, 5.5, rest, align="C", new_x="LMARGIN", new_y="NEXT")
        if tag == "S2":
            pdf.ln(8)
    pdf.set_auto_page_break(True, 16)
    pdf.add_page()
    for tag, rest in [s for s in src if s[0].startswith("A")]:
        pdf.set_font("TV", "I" if tag == "A3" else "B", 11 if tag != "A3" else 10)
        pdf.multi_cell(width, 6, rest, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    rows = [rest.split("|") for tag, rest in src if tag in ("TH", "TR")]
    pdf.set_font("TV", "", 10)
    with pdf.table(col_widths=(10, 74, 22, 33, 33), text_align=("CENTER", "LEFT", "CENTER", "CENTER", "CENTER"),
                   line_height=5.5) as table:
        for i, r in enumerate(rows):
            row = table.row()
            for c in r:
                if i == 0:
                    pdf.set_font("TV", "B", 10)
                row.cell(c)
            pdf.set_font("TV", "", 10)
    pdf.output(path)
    del Align


def main():
    os.makedirs(OUT, exist_ok=True)
    make_pdf(os.path.join(OUT, PDF))
    shutil.copyfile(os.path.join(SRC, "thientruong.md"), os.path.join(OUT, MD))
    print("wrote", PDF, MD)


if __name__ == "__main__":
    main()
