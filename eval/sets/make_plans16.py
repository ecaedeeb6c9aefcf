"""Regenerate the sixteenth held-out set's plans in eval/sets/plans16/ from the sources in eval/sets/src16/.

    python eval/sets/make_plans16.py

src16/baclieu.txt -> plans16/baclieu_64-KH-UBND_2025.docx (tỉnh; python-docx + low-level XML: a draft sent back WITH
                     TRACKED CHANGES AND COMMENTS LEFT IN — words and figures deleted (w:del runs holding w:delText)
                     and replaced by inserted ones (w:ins runs): 70% -> 75%, 30/11 -> 15/12, Sở Kế hoạch và Đầu tư ->
                     Sở Tài chính, Sở LĐ-TB&XH -> Sở Nội vụ, Sở TT&TT -> Sở KH&CN, 38.500 -> 41.200 …; Word comments
                     (w:commentRangeStart/End + a comments part) whose text is no part of the plan; a targets table
                     with a "Ghi chú" column and a "Tổng" row that is no target)
src16/chodon.md   -> plans16/chodon_112-KH-UBND_2024.md (huyện; markdown as pandoc exports it from Word: GRID tables
                     ("+---+" borders, "|" cells, "+===+" under the header, cells wrapped over several text lines),
                     setext headings ("====" under the roman parts, "----" under the numbered ones), "1\\." escapes,
                     "\\" hard line breaks at line ends, prose re-wrapped at 72 columns)
src16/luchon.txt  -> plans16/luchon_27-KH-UBND_2025.pdf (xã; fpdf2 + DejaVu Sans text PDF whose body is set in TWO
                     COLUMNS per page, flowing down the left column then the right one; header and title span both
                     columns on page 1; signature full width after the columns; page numbers at the foot)

Source markup (docx/pdf): '@hdr left|right' header rows; '@c'/'@cb'/'@ci' centred lines; '@h' bold heading; '@p'
paragraph; '@b' bullet (pdf); '@table' '@trow a|b|…' '@endtable' a table (docx); '@sign left|right' signature rows;
'@cols'/'@endcols' the two-column body (pdf). Inline (docx): '{-old-}' a tracked deletion, '{+new+}' a tracked
insertion, '{#text#}' a comment anchored on the paragraph up to that point. The md source is the markdown itself
except for '@grid[!] w1,w2,…' '@row a|b|…' '@endgrid' blocks drawn as pandoc grid tables ('!' = no header row; ' // '
separates paragraphs inside a cell). Content is fictional (numbers, figures, names, local documents); places are real.
"""
import os
import re
import textwrap
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src16")
OUT = os.path.join(HERE, "plans16")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
DOCX_NAME = "baclieu_64-KH-UBND_2025.docx"
MD_NAME = "chodon_112-KH-UBND_2024.md"
PDF_NAME = "luchon_27-KH-UBND_2025.pdf"
AUTHOR = "Phòng KGVX - VP UBND tỉnh"
DATE = "2025-03-14T09:30:00Z"


def read_raw(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        return unicodedata.normalize("NFC", f.read())


def read_src(name):
    out = []
    for line in read_raw(name).splitlines():
        line = line.rstrip()
        if not line:
            continue
        tag, _, rest = line.partition(" ")
        out.append((tag[1:], rest))
    return out


# ---------------------------------------------------------------- DOCX with tracked changes and comments
def make_docx(src, path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    rev = [100]

    def nid():
        rev[0] += 1
        return str(rev[0])

    def run_el(text, bold, italic, deleted=False):
        r = OxmlElement("w:r")
        if bold or italic:
            rpr = OxmlElement("w:rPr")
            if bold:
                rpr.append(OxmlElement("w:b"))
            if italic:
                rpr.append(OxmlElement("w:i"))
            r.append(rpr)
        t = OxmlElement("w:delText" if deleted else "w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
        return r

    def rich(p, text, bold=False, italic=False):
        """Fill paragraph p from text with {-del-} {+ins+} {#comment#} marks."""
        first_run = None
        for piece in re.split(r"(\{-.*?-\}|\{\+.*?\+\}|\{#.*?#\})", text):
            if not piece:
                continue
            if piece.startswith("{-"):
                d = OxmlElement("w:del")
                d.set(qn("w:id"), nid())
                d.set(qn("w:author"), AUTHOR)
                d.set(qn("w:date"), DATE)
                d.append(run_el(piece[2:-2], bold, italic, deleted=True))
                p._p.append(d)
            elif piece.startswith("{+"):
                i = OxmlElement("w:ins")
                i.set(qn("w:id"), nid())
                i.set(qn("w:author"), AUTHOR)
                i.set(qn("w:date"), DATE)
                i.append(run_el(piece[2:-2], bold, italic))
                p._p.append(i)
            elif piece.startswith("{#"):
                runs = [r for r in p.runs] or [p.add_run("")]
                doc.add_comment(runs, text=piece[2:-2], author=AUTHOR, initials="KGVX")
            else:
                r = p.add_run(piece)
                r.bold, r.italic = bold, italic
                first_run = first_run or r
        return p

    def para(text, bold=False, italic=False, align=None):
        p = doc.add_paragraph()
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "j": WD_ALIGN_PARAGRAPH.JUSTIFY, None: None}[align]
        return rich(p, text, bold, italic)

    def no_borders(table):
        b = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            e = OxmlElement(f"w:{edge}")
            e.set(qn("w:val"), "nil")
            b.append(e)
        table._tbl.tblPr.append(b)

    def two_col(rows, sign=False):
        t = doc.add_table(rows=len(rows), cols=2)
        no_borders(t)
        for i, (l, r) in enumerate(rows):
            for j, v in enumerate((l, r)):
                c = t.cell(i, j)
                c.paragraphs[0].text = ""
                if v.strip():
                    bold = (j == 1 and (i < 3 or i == len(rows) - 1)) if sign else not v.startswith("Số")
                    rich(c.paragraphs[0], v.strip(), bold=bold, italic=(sign and j == 0 and i == 0))
                if j == 1 or not sign:
                    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

    pending, kind, rows = [], None, None

    def flush():
        nonlocal pending, kind
        if pending:
            two_col(pending, sign=kind == "sign")
        pending, kind = [], None

    for tag, rest in src:
        if tag in ("hdr", "sign"):
            if kind not in (None, tag):
                flush()
            kind = tag
            pending.append(rest.split("|"))
            continue
        flush()
        if tag in ("c", "cb", "ci"):
            para(rest, bold=tag == "cb", italic=tag == "ci", align="c")
        elif tag == "h":
            para(rest, bold=True)
        elif tag == "p":
            para(rest, align="j")
        elif tag == "table":
            rows = []
        elif tag == "trow":
            rows.append(rest.split("|"))
        elif tag == "endtable":
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    c = t.cell(i, j)
                    c.paragraphs[0].text = ""
                    if v:
                        rich(c.paragraphs[0], v.strip(), bold=i == 0 or v == "Tổng")
            rows = None
    flush()
    doc.save(path)


# ---------------------------------------------------------------- pandoc-style markdown with grid tables
def grid(widths, rows, header):
    def cell_lines(text, w):
        out = []
        for _k, para in enumerate(re.split(r"\s*//\s*", text)):
            para = para.strip()
            if not para:
                continue
            if out:
                out.append("")
            out += textwrap.wrap(para, w - 2, break_long_words=False, break_on_hyphens=False) or [""]
        return out or [""]

    def border(ch):
        return "+" + "+".join(ch * w for w in widths) + "+"

    lines = [border("-")]
    for i, row in enumerate(rows):
        cells = [cell_lines(v, w) for v, w in zip(row, widths, strict=False)]
        h = max(len(c) for c in cells)
        for k in range(h):
            lines.append("|" + "|".join(" " + (c[k] if k < len(c) else "").ljust(w - 2) + " " for c, w in zip(cells, widths, strict=False)) + "|")
        lines.append(border("=" if (header and i == 0) else "-"))
    return lines


def make_md(raw, path):
    out, block = [], None
    for line in raw.splitlines():
        if line.startswith("@grid"):
            block = {"header": not line.startswith("@grid!"), "widths": [int(x) for x in line.split()[1].split(",")], "rows": []}
        elif line.startswith("@row ") and block is not None:
            block["rows"].append(line[5:].split("|"))
        elif line.startswith("@endgrid"):
            out += grid(block["widths"], block["rows"], block["header"])
            block = None
        elif len(line) > 72 and not line.startswith(("|", "+")):
            # pandoc --wrap=auto: prose re-wrapped at 72 columns; a trailing "\\" hard break stays on the last line
            out += textwrap.wrap(line, 72, break_long_words=False, break_on_hyphens=False)
        else:
            out.append(line)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


# ---------------------------------------------------------------- two-column PDF
def make_pdf(src, path):
    from fpdf import FPDF

    class P(FPDF):
        def footer(self):
            self.set_y(-12)
            self.set_font("DejaVu", "", 9)
            self.cell(0, 6, f"Trang {self.page_no()}", align="C")

    pdf = P(format="A4")
    for st, fn in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"),
                   ("BI", "DejaVuSans-BoldOblique.ttf")):
        pdf.add_font("DejaVu", st, os.path.join(FONT_DIR, fn))
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    W = pdf.w - 30
    hdr, signs, cols = [], [], None

    def two(rows, sign):
        for i, (l, r) in enumerate(rows):
            y = pdf.get_y()
            pdf.set_font("DejaVu", "I" if (sign and i == 0) else ("" if l.startswith(("Số", "-")) else "B"), 9.5 if sign else 10)
            pdf.set_xy(15, y)
            pdf.cell(W * 0.42, 5.5, l, align="L" if sign else "C")
            pdf.set_font("DejaVu", "I" if r.startswith("Lục Hồn,") else "B", 10)
            pdf.set_xy(15 + W * 0.42, y)
            pdf.cell(W * 0.58, 5.5, r, align="C")
            pdf.set_xy(15, y + 5.5)

    for tag, rest in src:
        if tag == "hdr":
            hdr.append(rest.split("|"))
            continue
        if hdr:
            two(hdr, False)
            pdf.ln(4)
            hdr = []
        if tag == "sign":
            signs.append(rest.split("|"))
            continue
        if tag == "cb":
            pdf.set_font("DejaVu", "B", 12)
            pdf.multi_cell(W, 6, rest, align="C", new_x="LMARGIN", new_y="NEXT")
        elif tag == "cols":
            pdf.ln(4)
            cols = pdf.text_columns(ncols=2, gutter=8, text_align="J", line_height=1.2)
        elif tag == "endcols":
            cols.render()
            cols = None
            pdf.ln(6)
        elif tag in ("p", "h", "b"):
            pdf.set_font("DejaVu", "B" if tag == "h" else "", 10)
            text = ("• " + rest) if tag == "b" else rest
            with cols.paragraph(text_align="L" if tag == "h" else "J", top_margin=1.5) as par:
                par.write(text)
    if signs:
        if pdf.get_y() > pdf.h - 70:
            pdf.add_page()
        two(signs, True)
    pdf.output(path)


def main():
    os.makedirs(OUT, exist_ok=True)
    make_docx(read_src("baclieu.txt"), os.path.join(OUT, DOCX_NAME))
    make_md(read_raw("chodon.md"), os.path.join(OUT, MD_NAME))
    make_pdf(read_src("luchon.txt"), os.path.join(OUT, PDF_NAME))
    for n in sorted(os.listdir(OUT)):
        print(os.path.join(OUT, n))


if __name__ == "__main__":
    main()
