"""Regenerate the eighth held-out set's plans in eval/sets/plans8/ from the sources in eval/sets/src8/.

    python eval/sets/make_plans8.py

src8/tranbien.txt -> plans8/tranbien_86-KH-UBND_2025.pdf (phường; fpdf2 text PDF laid out like a Word export: the
                     header as two side-by-side columns, a targets table with a merged group header and one row per
                     year, numbered agency items "1. <bold body> – tasks")
src8/duytien.md   -> plans8/duytien_152-KH-UBND_2024.md  (thị xã; markdown as pandoc exports it from Word: grid
                     tables, backslash escapes, "**PHẦN I**" + a separate bold title line; copied as is)
src8/kontum.txt   -> plans8/kontum_3105-KH-UBND_2024.txt (tỉnh; plain text, parts "A." / "B." / "C."; copied as is)

PDF source markup: '@hdr left | right' header rows; '@title' centred bold; '@h' bold heading; '@p' paragraph;
'@table' … '@trow year|a|b|c|d' … '@endtable' the targets table; '@ag n|body|tasks' an agency item;
'@sign left | right' signature rows. Content is fictional (numbers, figures, names); the places are real.
"""
import os
import shutil
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src8")
OUT = os.path.join(HERE, "plans8")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
PDF_NAME = "tranbien_86-KH-UBND_2025.pdf"
MD_NAME = "duytien_152-KH-UBND_2024.md"
TXT_NAME = "kontum_3105-KH-UBND_2024.txt"


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


def make_pdf(src, path):
    from fpdf import FPDF

    class Plan(FPDF):
        def footer(self):
            if self.page_no() > 1:
                self.set_y(-15)
                self.set_font("DejaVuSerif", "", 10)
                self.cell(0, 8, str(self.page_no()), align="C")

    pdf = Plan(format="A4")
    for style, suf in (("", ""), ("B", "-Bold"), ("I", "-Italic"), ("BI", "-BoldItalic")):
        pdf.add_font("DejaVuSerif", style, os.path.join(FONT_DIR, "DejaVuSerif" + suf + ".ttf"))
    pdf.set_margins(25, 20, 20)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    W = pdf.w - 45
    LH = 7
    hdr = [r for t, r in src if t == "hdr"]
    # two side-by-side columns: the left column is written first, then the right one from the same top
    y0 = pdf.get_y()
    lw, rw = 70, W - 70
    pdf.set_font("DejaVuSerif", "B", 11)
    for i, r in enumerate(hdr):
        left = r.split("|")[0].strip()
        pdf.set_xy(25, y0 + i * 6)
        pdf.set_font("DejaVuSerif", "" if i == 0 else "B", 11)
        if left.startswith("Số"):
            pdf.set_font("DejaVuSerif", "", 11)
        pdf.cell(lw, 6, left, align="C")
    for i, r in enumerate(hdr):
        right = r.split("|")[1].strip()
        pdf.set_xy(25 + lw, y0 + i * 6)
        pdf.set_font("DejaVuSerif", "I" if i == 2 else "B", 11)
        pdf.cell(rw, 6, right, align="C")
    pdf.set_y(y0 + len(hdr) * 6 + 6)
    rows = []
    signs = []
    for tag, rest in src:
        if tag == "hdr":
            continue
        if tag == "title":
            pdf.set_font("DejaVuSerif", "B", 13)
            pdf.multi_cell(W, LH, rest, align="C", new_x="LMARGIN", new_y="NEXT")
        elif tag == "h":
            pdf.set_font("DejaVuSerif", "B", 12)
            pdf.multi_cell(W, LH, rest, align="L", new_x="LMARGIN", new_y="NEXT")
        elif tag == "p":
            pdf.set_font("DejaVuSerif", "", 12)
            pdf.multi_cell(W, LH, "      " + rest, align="J", new_x="LMARGIN", new_y="NEXT")
        elif tag == "table":
            _in_table, rows = True, []
        elif tag == "trow":
            rows.append(rest.split("|"))
        elif tag == "endtable":
            draw_table(pdf, rows)
        elif tag == "ag":
            n, body, tasks = rest.split("|", 2)
            pdf.set_font("DejaVuSerif", "", 12)
            pdf.write(LH, "      " + n + ". ")
            pdf.set_font("DejaVuSerif", "B", 12)
            pdf.write(LH, body)
            pdf.set_font("DejaVuSerif", "", 12)
            pdf.write(LH, " – " + tasks)
            pdf.ln(LH)
        elif tag == "sign":
            signs.append(rest.split("|"))
    pdf.ln(4)
    y0 = pdf.get_y()
    if y0 > pdf.h - 70:
        pdf.add_page()
        y0 = pdf.get_y()
    for i, (l, r) in enumerate(signs):
        pdf.set_xy(25, y0 + i * 6)
        pdf.set_font("DejaVuSerif", "BI" if i == 0 else "", 10)
        pdf.cell(80, 6, l.strip())
        pdf.set_xy(105, y0 + i * 6)
        pdf.set_font("DejaVuSerif", "B", 12)
        pdf.cell(W - 80, 6, r.strip(), align="C")
    pdf.output(path)


def draw_table(pdf, rows):
    """Năm | Tỷ lệ đạt danh hiệu (%) [merged over Gia đình / Khu phố / Công dân] | kỹ năng số (%), one row per year."""
    x0 = 25
    widths = [22, 36, 36, 36, 35]
    h = 7
    y = pdf.get_y() + 2
    if y > pdf.h - 80:
        pdf.add_page()
        y = pdf.get_y()
    pdf.set_font("DejaVuSerif", "B", 10)
    # first header row: "Năm" and the last column span two rows; the group cell spans three columns
    pdf.set_xy(x0, y)
    pdf.cell(widths[0], 2 * h, "Năm", border=1, align="C")
    pdf.set_xy(x0 + widths[0], y)
    pdf.cell(sum(widths[1:4]), h, "Tỷ lệ đạt danh hiệu học tập (%)", border=1, align="C")
    pdf.set_xy(x0 + sum(widths[:4]), y)
    pdf.multi_cell(widths[4], h, "Người dân có kỹ năng số cơ bản (%)", border=1, align="C")
    y2 = y + h
    xs = x0 + widths[0]
    for w, t in zip(widths[1:4], ["Gia đình học tập", "Khu phố học tập", "Công dân học tập"], strict=False):
        pdf.set_xy(xs, y2)
        pdf.cell(w, h, t, border=1, align="C")
        xs += w
    y = y + 2 * h
    pdf.set_font("DejaVuSerif", "", 11)
    for r in rows:
        xs = x0
        for w, t in zip(widths, r, strict=False):
            pdf.set_xy(xs, y)
            pdf.cell(w, h, t.strip(), border=1, align="C")
            xs += w
        y += h
    pdf.set_xy(x0, y + 3)


def main():
    os.makedirs(OUT, exist_ok=True)
    make_pdf(read_src("tranbien.txt"), os.path.join(OUT, PDF_NAME))
    shutil.copyfile(os.path.join(SRC, "duytien.md"), os.path.join(OUT, MD_NAME))
    shutil.copyfile(os.path.join(SRC, "kontum.txt"), os.path.join(OUT, TXT_NAME))
    for n in (PDF_NAME, MD_NAME, TXT_NAME):
        print(os.path.join(OUT, n), os.path.getsize(os.path.join(OUT, n)))


if __name__ == "__main__":
    main()
