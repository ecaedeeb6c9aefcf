"""Regenerate the eighteenth held-out set's plans in eval/sets/plans18/ from the sources in eval/sets/src18/.

    python eval/sets/make_plans18.py

src18/quangnam.txt -> plans18/quangnam_2847-KH-UBND_2024.docx (tỉnh; python-docx: the national header in a borderless
                      two-column table, then the WHOLE BODY INSIDE ONE BORDERLESS LAYOUT TABLE of two columns — column 1
                      the numbering "I.", "1.", "a)" (empty for plain paragraphs), column 2 the text —, the signature in
                      a second borderless table, and after it, on a landscape section, a RESPONSIBILITY MATRIX appendix
                      (TT | Nhiệm vụ | 12 bodies as abbreviated column heads | Thời gian; cells "CT"/"PH"/blank) with a
                      legend line "CT: chủ trì; PH: phối hợp" and a note spelling out the abbreviations)
src18/thapmuoi.txt -> plans18/thapmuoi_58-KH-UBND_2025.pdf (huyện; fpdf2 + DejaVu Sans text PDF, two pages: an AMENDING
                      plan — "Sửa đổi điểm a khoản 2 Mục II như sau: “…”", "Bổ sung …", "Bãi bỏ …", "Thay thế cụm từ …",
                      the total changed "từ 6.200 triệu đồng lên 8.450 triệu đồng" — with its own TỔ CHỨC THỰC HIỆN;
                      running header from page 2, "Trang N/2" at the foot)
src18/tanngai.txt  -> plans18/tanngai_09-KH-UBND_2025.txt (phường; plain text typed in a fixed-width editor: tabs mixed
                      with spaces, prose hard-wrapped at 78 columns, "PHẦN THỨ NHẤT/HAI/BA" parts with roman items, two
                      ASCII tables drawn with "+---+" and "|" whose cells wrap over several lines, numbers "1.200", "96,5")

Source markup (docx): '@hdr left|right' header rows; '@lt'/'@endlt' the layout table, its rows '@r num|text',
'@rb num|text' (bold text), '@rc |text' (centred bold); ' // ' separates paragraphs inside a cell; '@sign left|right'
signature rows; '@land' a new landscape section; '@cb'/'@ci'/'@p' paragraphs; '@m a|b|…' matrix rows (first = header).
(pdf): '@hdr', '@cb', '@p', '@h' bold heading, '@q' indented italic quoted text, '@sign'.
(txt): the text itself, with the two characters '\\t' standing for a tab; '@wrap text' a paragraph hard-wrapped at 78
columns (first line indented by a tab); '@table w1,w2,…' '@row a|b|…' '@endtable' an ASCII table (cells wrapped to
the widths). Content is fictional (numbers, figures, names, local documents); places are real.
"""
import os
import textwrap
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src18")
OUT = os.path.join(HERE, "plans18")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
DOCX_NAME = "quangnam_2847-KH-UBND_2024.docx"
PDF_NAME = "thapmuoi_58-KH-UBND_2025.pdf"
TXT_NAME = "tanngai_09-KH-UBND_2025.txt"


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


# ---------------------------------------------------------------- DOCX: the body in one layout table
def make_docx(src, path):
    from docx import Document
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    sec = doc.sections[0]
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)

    def no_borders(table):
        b = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            e = OxmlElement(f"w:{edge}")
            e.set(qn("w:val"), "nil")
            b.append(e)
        table._tbl.tblPr.append(b)

    def fill(cell, text, bold=False, italic=False, align=None, size=None):
        paras = [p.strip() for p in text.split("//")] if text else [""]
        for k, ptxt in enumerate(paras):
            p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
            p.text = ""
            if ptxt:
                r = p.add_run(ptxt)
                r.bold, r.italic = bold, italic
                if size:
                    r.font.size = Pt(size)
            if align:
                p.alignment = align

    def widths(table, ws):
        for row in table.rows:
            for c, w in zip(row.cells, ws, strict=False):
                c.width = Cm(w)

    pending, kind, lt_rows, m_rows = [], None, None, None

    def flush():
        nonlocal pending, kind
        if not pending:
            return
        t = doc.add_table(rows=len(pending), cols=2)
        no_borders(t)
        widths(t, (6.5, 9.5))
        for i, (l, r) in enumerate(pending):
            if kind == "hdr":
                fill(t.cell(i, 0), l, bold=not l.startswith("Số"), align=WD_ALIGN_PARAGRAPH.CENTER)
                fill(t.cell(i, 1), r, bold=i < 2, italic=i == 2, align=WD_ALIGN_PARAGRAPH.CENTER)
            else:
                fill(t.cell(i, 0), l, size=11)
                t.cell(i, 0).paragraphs[0].runs[0].bold = True
                t.cell(i, 0).paragraphs[0].runs[0].italic = True
                fill(t.cell(i, 1), r, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        pending, kind = [], None

    for tag, rest in src:
        if tag in ("hdr", "sign"):
            if kind not in (None, tag):
                flush()
            kind = tag
            pending.append(rest.split("|"))
            continue
        flush()
        if tag == "lt":
            lt_rows = []
        elif tag in ("r", "rb", "rc"):
            num, _, text = rest.partition("|")
            lt_rows.append((tag, num, text))
        elif tag == "endlt":
            t = doc.add_table(rows=len(lt_rows), cols=2)
            no_borders(t)
            widths(t, (1.3, 14.7))
            for i, (k, num, text) in enumerate(lt_rows):
                fill(t.cell(i, 0), num, bold=k != "r" or num.endswith(")") is False)
                fill(t.cell(i, 1), text, bold=k in ("rb", "rc"),
                     align=WD_ALIGN_PARAGRAPH.CENTER if k == "rc" else WD_ALIGN_PARAGRAPH.JUSTIFY)
            lt_rows = None
        elif tag == "land":
            s = doc.add_section(WD_SECTION.NEW_PAGE)
            s.orientation = WD_ORIENT.LANDSCAPE
            s.page_width, s.page_height = s.page_height, s.page_width
            s.left_margin = s.right_margin = Cm(1.5)
        elif tag in ("cb", "ci", "p"):
            p = doc.add_paragraph()
            r = p.add_run(rest)
            r.bold, r.italic = tag == "cb", tag == "ci"
            if tag != "p":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            else:
                r.font.size = Pt(11)
                r.italic = rest.startswith("Ghi chú")
        elif tag == "m":
            if m_rows is None:
                m_rows = []
            m_rows.append(rest.split("|"))
            continue
    flush()

    # the matrix goes after the "@ci" line; rebuild: insert it before the legend paragraph
    if m_rows:
        n = len(m_rows[0])
        assert all(len(r) == n for r in m_rows), [len(r) for r in m_rows]
        t = doc.add_table(rows=len(m_rows), cols=n)
        t.style = "Table Grid"
        ws = [0.9, 6.4] + [1.35] * (n - 3) + [2.8]
        widths(t, ws)
        for i, row in enumerate(m_rows):
            for j, v in enumerate(row):
                fill(t.cell(i, j), v, bold=i == 0, size=9.5,
                     align=None if j == 1 and i else WD_ALIGN_PARAGRAPH.CENTER)
        # move the table before the first paragraph that follows the "(Kèm theo …)" line
        legend = [p for p in doc.paragraphs if p.text.startswith("CT: chủ trì")][0]
        legend._p.addprevious(t._tbl)
    doc.save(path)


# ---------------------------------------------------------------- PDF: the amending plan
def make_pdf(src, path):
    from fpdf import FPDF

    class P(FPDF):
        def header(self):
            if self.page_no() > 1:
                self.set_font("DejaVu", "I", 8.5)
                self.cell(0, 5, "UBND huyện Tháp Mười - Kế hoạch số 58/KH-UBND ngày 07/4/2025", align="R",
                          new_x="LMARGIN", new_y="NEXT")
                self.ln(2)

        def footer(self):
            self.set_y(-12)
            self.set_font("DejaVu", "", 8.5)
            self.cell(0, 6, f"Trang {self.page_no()}/{{nb}}", align="C")

    pdf = P(format="A4")
    pdf.alias_nb_pages()
    for st, fn in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf"),
                   ("BI", "DejaVuSans-BoldOblique.ttf")):
        pdf.add_font("DejaVu", st, os.path.join(FONT_DIR, fn))
    pdf.set_margins(20, 12, 15)
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    W = pdf.w - 35
    hdr, signs = [], []
    FS = 9.5
    LH = 4.6

    def two(rows, sign):
        for i, (l, r) in enumerate(rows):
            y = pdf.get_y()
            pdf.set_font("DejaVu", "" if (sign and i > 0) or l.startswith("Số") else "B", 8.5 if sign else 9.5)
            if sign and i == 0:
                pdf.set_font("DejaVu", "BI", 8.5)
            pdf.set_xy(20, y)
            pdf.cell(W * 0.42, 4.6, l, align="L" if sign else "C")
            pdf.set_font("DejaVu", "I" if r.startswith("Tháp Mười,") else "B", 9.5)
            pdf.set_xy(20 + W * 0.42, y)
            pdf.cell(W * 0.58, 4.6, r, align="C")
            pdf.set_xy(20, y + 4.6)

    for tag, rest in src:
        if tag == "hdr":
            hdr.append(rest.split("|"))
            continue
        if hdr:
            two(hdr, False)
            pdf.ln(3)
            hdr = []
        if tag == "sign":
            signs.append(rest.split("|"))
            continue
        if tag == "cb":
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.multi_cell(W, 5, rest, align="C", new_x="LMARGIN", new_y="NEXT")
        elif tag == "h":
            pdf.ln(1)
            pdf.set_font("DejaVu", "B", FS)
            pdf.multi_cell(W, LH, rest, align="L", new_x="LMARGIN", new_y="NEXT")
        elif tag == "p":
            pdf.set_font("DejaVu", "", FS)
            pdf.set_x(20)
            pdf.multi_cell(W, LH, "      " + rest, align="J", new_x="LMARGIN", new_y="NEXT")
        elif tag == "q":
            pdf.set_font("DejaVu", "I", FS)
            pdf.set_x(28)
            pdf.multi_cell(W - 8, LH, rest, align="J", new_x="LMARGIN", new_y="NEXT")
    if signs:
        pdf.ln(3)
        two(signs, True)
    pdf.output(path)


# ---------------------------------------------------------------- TXT: fixed-width editor, ASCII tables
def ascii_table(widths, rows):
    border = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = [border]
    for row in rows:
        cells = [textwrap.wrap(v, w, break_long_words=False, break_on_hyphens=False) or [""]
                 for v, w in zip(row, widths, strict=True)]
        h = max(len(c) for c in cells)
        for k in range(h):
            out.append("|" + "|".join(" " + (c[k] if k < len(c) else "").ljust(w) + " "
                                      for c, w in zip(cells, widths, strict=True)) + "|")
        out.append(border)
    return out


def make_txt(raw, path):
    out, table = [], None
    for line in raw.splitlines():
        line = line.replace("\\t", "\t")
        if line.startswith("@wrap "):
            out += textwrap.wrap(line[6:], 78, initial_indent="\t", subsequent_indent="",
                                 break_long_words=False, break_on_hyphens=False, expand_tabs=False)
        elif line.startswith("@table "):
            table = ([int(x) for x in line.split()[1].split(",")], [])
        elif line.startswith("@row "):
            table[1].append(line[5:].split("|"))
        elif line.startswith("@endtable"):
            out += ascii_table(*table)
            table = None
        else:
            out.append(line)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    make_docx(read_src("quangnam.txt"), os.path.join(OUT, DOCX_NAME))
    make_pdf(read_src("thapmuoi.txt"), os.path.join(OUT, PDF_NAME))
    make_txt(read_raw("tanngai.txt"), os.path.join(OUT, TXT_NAME))
    for n in sorted(os.listdir(OUT)):
        print(os.path.join(OUT, n))


if __name__ == "__main__":
    main()
