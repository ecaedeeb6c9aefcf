"""Regenerate the ninth held-out set's plans in eval/sets/plans9/ from the sources in eval/sets/src9/.

    python eval/sets/make_plans9.py

src9/hungyen.txt   -> plans9/hungyen_187-KH-UBND_2024.docx (tỉnh; python-docx like a real Word file: header and
                      signature in borderless two-column tables; I./II./III. and 1./2. and a)/b)/c) rendered by Word
                      **automatic list numbering** (a numbering definition in numbering.xml, numPr on the paragraphs,
                      so the numbers are NOT in paragraph text), while "IV. KINH PHÍ…", "V. TỔ CHỨC…", "1. Phân công…"
                      are typed by hand; no heading styles (bold direct formatting); a targets table whose first
                      column "Nhóm chỉ tiêu" is **vertically merged** over its rows, "-" cells, and a note row merged
                      across all columns; a **responsibility matrix** STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối
                      hợp | Thời gian hoàn thành with **soft line breaks** (<w:br/>) between bodies in a cell; run-in
                      per-agency paragraphs with the agency name in bold ("Sở Nội vụ: …"))
src9/chogao.txt    -> plans9/chogao_64-KH-UBND_2025.pdf   (huyện; fpdf2 text PDF, DejaVu Sans, portrait body with a
                      running header line and "Trang N" footer on every page, a funding grid Năm | Ngân sách huyện |
                      Ngân sách xã | Xã hội hóa | Tổng (triệu đồng, Tổng cộng row), "VI. CHẾ ĐỘ THÔNG TIN BÁO CÁO", a
                      few OCR-like typos; after the signature a **landscape appendix "PHỤ LỤC: PHÂN CÔNG NHIỆM VỤ"**
                      drawn as a grid whose cells wrap over 2–3 lines and which continues over a page break with the
                      header row repeated)
src9/nghiphong.md  -> plans9/nghiphong_38-KH-UBND_2025.md (xã; markdown as a PDF→markdown converter (docling /
                      marker) exports it; copied as is: `<!-- image -->` placeholders, "## I." headings next to
                      headings lost to bold ("**III. …**") or to a plain ALL-CAPS line ("IV. KINH PHÍ THỰC HIỆN"),
                      HTML `<table>` blocks (targets with a colspan "Lộ trình thực hiện" group header and `<br>` in
                      cells; a per-body task table), "<!-- page N -->" and "---" page-break markers, run-in bullets
                      "- **Công chức Văn hóa - Xã hội:** …", a footnote "[^1]" whose text is at the end)

docx source markup: '@hdr left | right'; '@title'/'@sub' centred bold; '@p' paragraph; '@L0/@L1/@L2' auto-numbered
paragraphs (levels I. / 1. / a)); '@H' hand-numbered bold heading; '@ttable' … '@trow group|indicator|unit|2026|2028|
2030' (an empty group continues the merge) … '@tnote' ends the targets table; '@mtable' … '@mrow' (\\n = soft line
break) the matrix, ended by the next tag; '@ag body|text' run-in agency paragraph; '@sign left|right'.
PDF source markup: '@hdr', '@title', '@h', '@p', '@ftable' … '@frow' … '@endf', '@sign', '@ap' appendix rows.
Content is fictional (numbers, figures, names, local documents); the places are real; national documents are cited
by their real numbers.
"""
import os
import shutil
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src9")
OUT = os.path.join(HERE, "plans9")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
DOCX_NAME = "hungyen_187-KH-UBND_2024.docx"
PDF_NAME = "chogao_64-KH-UBND_2025.pdf"
MD_NAME = "nghiphong_38-KH-UBND_2025.md"


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


# ---------------------------------------------------------------- docx
NUMBERING_XML = """
<w:abstractNum xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:abstractNumId="{aid}">
  <w:multiLevelType w:val="multilevel"/>
  {levels}
</w:abstractNum>"""
LEVEL_XML = """<w:lvl xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:ilvl="{ilvl}">
    <w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr>
  </w:lvl>"""


def add_numbering(doc):
    """One multilevel list I. / 1. / a) (numId 1); returns the numId."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    numbering = doc.part.numbering_part.element
    levels = "".join(LEVEL_XML.format(ilvl=i, fmt=f, text=t) for i, (f, t) in
                     enumerate([("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)")]))
    absn = parse_xml(NUMBERING_XML.format(aid=90, levels=levels))
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = parse_xml('<w:num xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:numId="90">'
                    '<w:abstractNumId w:val="90"/></w:num>')
    numbering.append(num)
    return 90


def set_num(par, num_id, ilvl):
    from docx.oxml import parse_xml
    pPr = par._p.get_or_add_pPr()
    pPr.insert(0, parse_xml('<w:numPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                            f'<w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def no_borders(table):
    from docx.oxml import parse_xml
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml('<w:tblBorders xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                           + "".join(f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right",
                                                                        "insideH", "insideV"))
                           + "</w:tblBorders>"))


def cell_text(cell, text, bold=False, center=False):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    p = cell.paragraphs[0]
    parts = text.split("\\n")
    for i, part in enumerate(parts):
        r = p.add_run(part)
        r.bold = bold
        if i < len(parts) - 1:
            r.add_break()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def make_docx(src, path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for s in doc.sections:
        s.left_margin, s.right_margin = Cm(3), Cm(2)
    num_id = add_numbering(doc)

    def two_col(rows, bold_right=True):
        t = doc.add_table(rows=len(rows), cols=2)
        no_borders(t)
        for i, (l, r) in enumerate(rows):
            cell_text(t.rows[i].cells[0], l.strip(), bold=(i < 2 and bold_right), center=True)
            cell_text(t.rows[i].cells[1], r.strip(), bold=bold_right and i < 2, center=True)
        return t

    hdr = [r.split("|") for t, r in src if t == "hdr"]
    two_col(hdr)
    i = 0
    items = [(t, r) for t, r in src if t != "hdr"]
    signs = []
    while i < len(items):
        tag, rest = items[i]
        if tag in ("title", "sub"):
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(rest).bold = True
        elif tag == "p":
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Cm(1)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.add_run(rest)
        elif tag in ("L0", "L1", "L2"):
            p = doc.add_paragraph()
            set_num(p, num_id, int(tag[1]))
            r = p.add_run(rest)
            r.bold = tag != "L2"
        elif tag == "H":
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Cm(1)
            p.add_run(rest).bold = True
        elif tag == "ag":
            body, text = rest.split("|", 1)
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Cm(1)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.add_run(body + ":").bold = True
            p.add_run(" " + text)
        elif tag == "ttable":
            rows = []
            i += 1
            while items[i][0] == "trow":
                rows.append(items[i][1].split("|"))
                i += 1
            note = items[i][1]  # tnote
            t = doc.add_table(rows=len(rows) + 2, cols=6)
            t.style = "Table Grid"
            for c, h in enumerate(["Nhóm chỉ tiêu", "Chỉ tiêu", "Đơn vị tính", "Năm 2026", "Năm 2028", "Năm 2030"]):
                cell_text(t.rows[0].cells[c], h, bold=True, center=True)
            start = None
            for r, row in enumerate(rows, 1):
                for c, v in enumerate(row):
                    if c == 0:
                        continue
                    cell_text(t.rows[r].cells[c], v.strip(), center=c >= 2)
                if row[0].strip():
                    if start is not None and start[1] < r - 1:
                        t.cell(start[1], 0).merge(t.cell(r - 1, 0))
                    cell_text(t.rows[r].cells[0], row[0].strip(), bold=True)
                    start = (row[0], r)
            if start is not None and start[1] < len(rows):
                t.cell(start[1], 0).merge(t.cell(len(rows), 0))
            last = t.rows[len(rows) + 1]
            merged = last.cells[0].merge(last.cells[5])
            p = merged.paragraphs[0]
            p.add_run(note).italic = True
        elif tag == "mtable":
            rows = []
            while i + 1 < len(items) and items[i + 1][0] == "mrow":
                i += 1
                rows.append(items[i][1].split("|"))
            t = doc.add_table(rows=len(rows) + 1, cols=5)
            t.style = "Table Grid"
            for c, h in enumerate(["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]):
                cell_text(t.rows[0].cells[c], h, bold=True, center=True)
            for r, row in enumerate(rows, 1):
                for c, v in enumerate(row):
                    cell_text(t.rows[r].cells[c], v.strip(), center=c in (0, 4))
        elif tag == "sign":
            signs.append(rest.split("|"))
        i += 1
    t = doc.add_table(rows=len(signs), cols=2)
    no_borders(t)
    for r, (l, rt) in enumerate(signs):
        c0 = t.rows[r].cells[0].paragraphs[0]
        run = c0.add_run(l.strip())
        run.bold = r == 0
        run.italic = r == 0
        run.font.size = Pt(11 if r else 12)
        cell_text(t.rows[r].cells[1], rt.strip(), bold=True, center=True)
    doc.save(path)


# ---------------------------------------------------------------- pdf
def make_pdf(src, path):
    from fpdf import FPDF

    class Plan(FPDF):
        def header(self):
            if self.page_no() > 1:
                self.set_font("DejaVu", "I", 9)
                self.cell(0, 6, "UBND huyện Chợ Gạo - Kế hoạch xây dựng xã hội học tập giai đoạn 2025 - 2030",
                          align="C", new_x="LMARGIN", new_y="NEXT")
                self.ln(2)

        def footer(self):
            self.set_y(-14)
            self.set_font("DejaVu", "", 9)
            self.cell(0, 8, f"Trang {self.page_no()}", align="C")

    pdf = Plan(format="A4")
    for style, suf in (("", ""), ("B", "-Bold"), ("I", "-Oblique"), ("BI", "-BoldOblique")):
        pdf.add_font("DejaVu", style, os.path.join(FONT_DIR, "DejaVuSans" + suf + ".ttf"))
    pdf.set_margins(25, 18, 18)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    W = pdf.w - 43
    LH = 6.5
    hdr = [r.split("|") for t, r in src if t == "hdr"]
    for i, (l, r) in enumerate(hdr):
        pdf.set_font("DejaVu", "B" if i < 2 else "", 10.5)
        pdf.cell(70, 6, l.strip(), align="C")
        pdf.set_font("DejaVu", "I" if i == 2 else "B", 10.5)
        pdf.cell(W - 70, 6, r.strip(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    frows, signs, aprows = [], [], []
    for tag, rest in src:
        if tag == "title":
            pdf.set_font("DejaVu", "B", 12)
            pdf.multi_cell(W, LH, rest, align="C", new_x="LMARGIN", new_y="NEXT")
        elif tag == "h":
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(W, LH, rest, align="L", new_x="LMARGIN", new_y="NEXT")
        elif tag == "p":
            pdf.set_font("DejaVu", "", 11)
            pdf.multi_cell(W, LH, "     " + rest, align="L", new_x="LMARGIN", new_y="NEXT")
        elif tag == "frow":
            frows.append(rest.split("|"))
        elif tag == "endf":
            funding_table(pdf, frows)
        elif tag == "sign":
            signs.append(rest.split("|"))
        elif tag == "ap":
            aprows.append(rest.split("|"))
    pdf.ln(4)
    if pdf.get_y() > pdf.h - 75:
        pdf.add_page()
    y0 = pdf.get_y()
    for i, (l, r) in enumerate(signs):
        pdf.set_xy(25, y0 + i * 6)
        pdf.set_font("DejaVu", "BI" if i == 0 else "", 9.5)
        pdf.cell(80, 6, l.strip())
        pdf.set_xy(105, y0 + i * 6)
        pdf.set_font("DejaVu", "B", 11)
        pdf.cell(W - 80, 6, r.strip(), align="C")
    appendix(pdf, aprows)
    pdf.output(path)


def funding_table(pdf, rows):
    x0, widths, h = 30, [30, 34, 30, 30, 30], 7
    heads = ["Năm", "Ngân sách huyện", "Ngân sách xã", "Xã hội hóa", "Tổng"]
    if pdf.get_y() > pdf.h - 90:
        pdf.add_page()
    pdf.set_font("DejaVu", "B", 10)
    pdf.set_x(x0)
    for w, t in zip(widths, heads, strict=True):
        pdf.cell(w, h, t, border=1, align="C")
    pdf.ln(h)
    for r in rows:
        pdf.set_x(x0)
        pdf.set_font("DejaVu", "B" if r[0] == "Tổng cộng" else "", 10)
        for w, t in zip(widths, r, strict=True):
            pdf.cell(w, h, t.strip(), border=1, align="C")
        pdf.ln(h)
    pdf.ln(3)


def appendix(pdf, rows):
    pdf.add_page(orientation="L")
    pdf.set_font("DejaVu", "B", 12)
    pdf.multi_cell(0, 7, "PHỤ LỤC: PHÂN CÔNG NHIỆM VỤ", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "I", 10)
    pdf.multi_cell(0, 6, "(Kèm theo Kế hoạch số 64/KH-UBND ngày 12/3/2025 của Ủy ban nhân dân huyện Chợ Gạo)",
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    widths = [12, 78, 48, 62, 30, 24 + 0]
    widths[-1] = pdf.w - 43 - sum(widths[:-1])
    heads = ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Sản phẩm"]
    lh = 5.5

    def header_row():
        pdf.set_font("DejaVu", "B", 10)
        x, y = pdf.l_margin, pdf.get_y()
        for w, t in zip(widths, heads, strict=True):
            pdf.set_xy(x, y)
            pdf.cell(w, 8, t, border=1, align="C")
            x += w
        pdf.set_xy(pdf.l_margin, y + 8)

    header_row()
    pdf.set_font("DejaVu", "", 10)
    bottom = pdf.h - 22
    for r in rows:
        lines = [len(pdf.multi_cell(w - 2, lh, t.strip(), dry_run=True, output="LINES")) for w, t in
                 zip(widths, r, strict=True)]
        hrow = max(lines) * lh + 2
        if pdf.get_y() + hrow > bottom:
            pdf.add_page(orientation="L")
            header_row()
            pdf.set_font("DejaVu", "", 10)
        x, y = pdf.l_margin, pdf.get_y()
        for w, t in zip(widths, r, strict=True):
            pdf.rect(x, y, w, hrow)
            pdf.set_xy(x + 1, y + 1)
            pdf.multi_cell(w - 2, lh, t.strip(), align="C" if w in (widths[0], widths[4]) else "L")
            x += w
        pdf.set_xy(pdf.l_margin, y + hrow)


def main():
    os.makedirs(OUT, exist_ok=True)
    make_docx(read_src("hungyen.txt"), os.path.join(OUT, DOCX_NAME))
    make_pdf(read_src("chogao.txt"), os.path.join(OUT, PDF_NAME))
    shutil.copyfile(os.path.join(SRC, "nghiphong.md"), os.path.join(OUT, MD_NAME))
    for n in (DOCX_NAME, PDF_NAME, MD_NAME):
        print(os.path.join(OUT, n), os.path.getsize(os.path.join(OUT, n)))


if __name__ == "__main__":
    main()
