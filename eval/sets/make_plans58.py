"""Build the two held-out plans of set 58 (plans58/) from src58/.

    python eval/sets/make_plans58.py

1. bqlkkt_haiphong_86-KH-BQL_2026.md - an ECONOMIC-ZONE AUTHORITY's plan: Kế hoạch 86/KH-BQL of the Ban Quản lý Khu
   kinh tế Hải Phòng (under the UBND thành phố), 12/3/2026, "Xây dựng “Doanh nghiệp học tập”, “Công nhân học tập”
   trong các khu công nghiệp, khu kinh tế … giai đoạn 2026 - 2030", as the authority's INTERNAL WIKI keeps it
   (GitHub-flavoured markdown): the targets tables inside collapsible HTML blocks (<details><summary>…</summary>,
   shown closed on the rendered page), a per-industrial-zone targets table, and a fenced ```mermaid gantt``` block
   that carries the plan's roadmap — some dates (the needs survey, the criteria, the mid-term review, the final
   review) are written ONLY there, as ISO dates inside diagram source. The file is copied as is (LF line ends).
2. ldld_haiphong_52-KH-LDLD_2026.pdf - a TRADE UNION's plan: Kế hoạch 52/KH-LĐLĐ of the Liên đoàn Lao động thành phố
   Hải Phòng, 06/4/2026, an emulation movement ("phong trào thi đua") with a 100-POINT SCORING RUBRIC for the title
   "Công nhân học tập" (criteria and maximum points in a drawn table, classification thresholds, an exclusion rule),
   awards and a union-finance budget; letterhead "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM / LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HẢI
   PHÒNG", signed "TM. BAN THƯỜNG VỤ / PHÓ CHỦ TỊCH". fpdf2 + DejaVu Serif Condensed text PDF, left-aligned.
All content is fictional (real bodies and places; numbers, documents, figures and signers made up, except QĐ
1373/QĐ-TTg, QĐ 1268/QĐ-TTg, Luật Công đoàn 2024 cited by name, and Hải Phòng's KH 108/KH-UBND of 06/5/2025 that the
bundled An Lão plan also cites).
"""
import datetime
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src58")
OUT = os.path.join(HERE, "plans58")
MD = "bqlkkt_haiphong_86-KH-BQL_2026.md"
PDF = "ldld_haiphong_52-KH-LDLD_2026.pdf"
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIXED = datetime.datetime(2026, 4, 6, 15, 42, 10, tzinfo=datetime.UTC)


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

    src = read_src("ldld_haiphong.txt")
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_margins(25, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("LS", "", os.path.join(FONT_DIR, "DejaVuSerifCondensed.ttf"))
    pdf.add_font("LS", "B", os.path.join(FONT_DIR, "DejaVuSerifCondensed-Bold.ttf"))
    pdf.add_font("LS", "I", os.path.join(FONT_DIR, "DejaVuSerifCondensed-Italic.ttf"))
    pdf.set_creator("Microsoft® Word 2016")
    pdf.set_producer("Microsoft® Word 2016")
    pdf.set_title("Kế hoạch 52/KH-LĐLĐ phong trào Công nhân học tập năm 2026")
    pdf.set_creation_date(FIXED)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    left_w, right_w = 70, width - 70
    # letterhead: the left column drawn first, then the right one
    top = pdf.get_y()
    for tag, rest in [s for s in src if s[0].startswith("L")]:
        pdf.set_font("LS", "B" if tag == "L2" else "", 11)
        pdf.set_x(pdf.l_margin)
        pdf.cell(left_w, 5.5, rest, align="C", new_x="LMARGIN", new_y="NEXT")
    bottom = pdf.get_y()
    pdf.set_y(top)
    for tag, rest in [s for s in src if s[0].startswith("R")]:
        pdf.set_font("LS", "I" if tag == "R3" else "B", 11.5 if tag != "R3" else 11)
        pdf.set_x(pdf.l_margin + left_w)
        pdf.cell(right_w, 5.5, rest, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(max(bottom, pdf.get_y()) + 6)
    table = []
    sign = []
    nn = []
    for tag, rest in src:
        if tag.startswith(("L", "R")):
            continue
        if tag == "T":
            pdf.set_font("LS", "B", 14)
            pdf.cell(width, 7, rest, align="C", new_x="LMARGIN", new_y="NEXT")
        elif tag == "U":
            pdf.set_font("LS", "B", 12.5)
            pdf.multi_cell(width, 6.2, rest, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif tag == "H":
            if table:
                flush_table(pdf, table, width)
                table = []
            pdf.ln(1.5)
            pdf.set_font("LS", "B", 12.5)
            pdf.multi_cell(width, 6.2, rest, align="L", new_x="LMARGIN", new_y="NEXT")
        elif tag == "P":
            if table:
                flush_table(pdf, table, width)
                table = []
            pdf.set_font("LS", "", 12.5)
            pdf.multi_cell(width, 6.2, "      " + rest, align="L", new_x="LMARGIN", new_y="NEXT")
        elif tag == "G":
            table.append(rest.split("|"))
        elif tag == "N":
            nn.append(rest)
        elif tag == "S":
            sign.append(rest)
    # Nơi nhận (left) and the signature (right), side by side, left block drawn first
    pdf.ln(4)
    if pdf.get_y() > pdf.h - 70:
        pdf.add_page()
    top = pdf.get_y()
    for i, line in enumerate(nn):
        pdf.set_font("LS", "B" if i == 0 else "", 11 if i == 0 else 10)
        pdf.cell(left_w + 10, 5, line, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(top)
    for i, line in enumerate(sign):
        pdf.set_font("LS", "I" if line.startswith("(") else "B", 12)
        if i == len(sign) - 1:
            pdf.ln(14)
        pdf.set_x(pdf.l_margin + left_w)
        pdf.cell(right_w, 6, line, align="C", new_x="LMARGIN", new_y="NEXT")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    pdf.output(path)


def flush_table(pdf, rows, width):
    pdf.set_font("LS", "", 11)
    with pdf.table(col_widths=(12, width - 42, 30), text_align=("CENTER", "LEFT", "CENTER"),
                   line_height=5.6, first_row_as_headings=True) as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(2)


def main():
    os.makedirs(OUT, exist_ok=True)
    shutil.copyfile(os.path.join(SRC, "bqlkkt_haiphong.md"), os.path.join(OUT, MD))
    make_pdf(os.path.join(OUT, PDF))
    print("wrote", MD, PDF)


if __name__ == "__main__":
    main()
