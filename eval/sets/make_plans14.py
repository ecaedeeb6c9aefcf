"""Regenerate the fourteenth held-out set's plans in eval/sets/plans14/ from the sources in eval/sets/src14/.

    python eval/sets/make_plans14.py

src14/laichau.txt -> plans14/laichau_1864-KH-UBND_2024.pdf (tỉnh; fpdf2 + DejaVu Sans text PDF made to read like the
                     text layer of an OCRed scan: the two header columns INTERLEAVED line by line as plain left-aligned
                     lines ("ỦY BAN NHÂN DÂN Độc lập - Tự do - Hạnh phúc"); a running header "KH số 1864/KH-UBND — trang N"
                     from page 2; OCR confusions kept in the source ("l5%", "l2 lớp", "2O30", "dạt", "giai doạn",
                     "cac", "ky năng"); a word hyphenated across a forced line break ("xã hội ho-" / "á"); a drawn grid
                     targets table TRANSPOSED: years are rows (2026, 2028, 2030) and indicators are columns, one blank
                     cell; old tone placement ("hoá", "hoà", "khoẻ", "uỷ") throughout)
src14/kimson.txt  -> plans14/kimson_213-KH-UBND_2024.docx  (huyện; python-docx; Word AUTOMATIC numbering: a numbering.xml
                     definition (upperRoman "I." / decimal "1." / lowerLetter "a)") added through low-level XML and numPr
                     on the paragraphs, so no number is in the paragraph text; sections I, II, V styled "Heading 1" with
                     "Heading 2" sub-heads, sections III and IV only bold; header in a borderless two-column table; a
                     funding table Nguồn | 2025 … 2030 | Tổng; a two-column responsibilities table "Cơ quan, đơn vị |
                     Nhiệm vụ" with several "-" lines per cell (separate paragraphs) and two Nhiệm vụ cells merged
                     vertically over two bodies; "(1)"…"(4)" note markers after figures, explained in a final "Ghi chú")
src14/senthuy.md  -> plans14/senthuy_37-KH-UBND_2025.md     (xã; markdown with HTML tables as MinerU/pandoc emit, rowspan and
                     colspan in the headers, one blank cell, a colspan note row; "**" bold headings without "#";
                     numbering "Phần I", "Mục 1", "Điểm a"; Mục 3 of Phần III a 16-line paragraph wall (hard-wrapped, no
                     blank line) holding the tasks of many bodies; copied as is)

Source markup (pdf): '@raw' plain left-aligned line, '@c' centred bold line, '@ct' centred caption, '@h' bold heading,
'@p' paragraph ("\\n" forces a line break), '@table' '@trow a|b|…' '@endtable' a grid table, '@sign left|right'.
Source markup (docx): '@hdr left|right' header rows; '@cb'/'@ci' centred bold/italic; '@H1'/'@H2' heading styles with
auto-numbering level 0/1; '@B1' bold auto-numbered level 0; '@n2' bold auto-numbered level 1; '@n3' auto-numbered level 2;
'@p' paragraph; '@ftable a|b|…' funding rows, '@endf'; '@arow agency|task;;task' responsibility rows ("^" = the task
cell merged with the one above), '@endtable'; '@sign' signature line; '@nn' Nơi nhận line.
Content is fictional (numbers, figures, names, local documents); places are real.
"""
import os
import shutil
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src14")
OUT = os.path.join(HERE, "plans14")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
PDF_NAME = "laichau_1864-KH-UBND_2024.pdf"
DOCX_NAME = "kimson_213-KH-UBND_2024.docx"
MD_NAME = "senthuy_37-KH-UBND_2025.md"


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


# ---------------------------------------------------------------- PDF
def make_pdf(src, path):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class Plan(FPDF):
        def header(self):
            if self.page_no() > 1:
                self.set_font("DejaVu", "I", 9)
                self.cell(0, 6, f"KH số 1864/KH-UBND — trang {self.page_no()}", align="R",
                          new_x="LMARGIN", new_y="NEXT")
                self.ln(2)

    pdf = Plan(format="A4")
    for style, suf in (("", ""), ("B", "-Bold"), ("I", "-Oblique"), ("BI", "-BoldOblique")):
        pdf.add_font("DejaVu", style, os.path.join(FONT_DIR, "DejaVuSans" + suf + ".ttf"))
    pdf.set_margins(22, 16, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    W = pdf.w - 40
    LH = 6.2
    rows = None
    signs = []
    for tag, rest in src:
        rest = rest.replace("\\n", "\n")
        if tag == "raw":
            pdf.set_font("DejaVu", "B" if rest.isupper() else "", 10.5)
            pdf.cell(W, 5.5, rest, new_x="LMARGIN", new_y="NEXT")
        elif tag == "c":
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 12)
            pdf.multi_cell(W, LH, rest, align="C", new_x="LMARGIN", new_y="NEXT")
        elif tag == "ct":
            pdf.set_font("DejaVu", "B", 10)
            pdf.multi_cell(W, LH, rest, align="C", new_x="LMARGIN", new_y="NEXT")
        elif tag == "h":
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(W, LH, rest, align="L", new_x="LMARGIN", new_y="NEXT")
        elif tag == "p":
            pdf.set_font("DejaVu", "", 11)
            pdf.multi_cell(W, LH, rest, align="L", new_x="LMARGIN", new_y="NEXT")
        elif tag == "table":
            rows = []
        elif tag == "trow":
            rows.append(rest.split("|"))
        elif tag == "endtable":
            pdf.set_font("DejaVu", "", 9)
            with pdf.table(col_widths=(14, 34, 28, 34, 28, 32), text_align="CENTER", line_height=5,
                           headings_style=FontFace(emphasis="BOLD")) as t:
                for r in rows:
                    row = t.row()
                    for v in r:
                        row.cell(v)
            pdf.ln(3)
            rows = None
        elif tag == "sign":
            signs.append(rest.split("|"))
    pdf.ln(4)
    y0 = pdf.get_y()
    if y0 > pdf.h - 60:
        pdf.add_page()
        y0 = pdf.get_y()
    for i, (l, r) in enumerate(signs):
        pdf.set_xy(22, y0 + i * 6)
        pdf.set_font("DejaVu", "BI" if i == 0 else "", 9.5)
        pdf.cell(80, 6, l.strip())
        pdf.set_xy(102, y0 + i * 6)
        pdf.set_font("DejaVu", "B", 11)
        pdf.cell(W - 80, 6, r.strip(), align="C")
    pdf.output(path)


# ---------------------------------------------------------------- DOCX
def add_numbering(doc):
    """A multi-level list I. / 1. / a) in numbering.xml; returns its numId."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    numbering = doc.part.numbering_part.element
    aid, nid = 90, 90
    levels = [("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)")]
    lv = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{txt}"/>'
        f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{360 * (i + 1)}" w:hanging="360"/></w:pPr></w:lvl>'
        for i, (fmt, txt) in enumerate(levels))
    absn = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}">'
                     f'<w:multiLevelType w:val="multilevel"/>{lv}</w:abstractNum>')
    first_num = numbering.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/></w:num>'))
    return nid


def set_num(p, num_id, ilvl):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def set_borders(table, val):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), val)
        e.set(qn("w:sz"), "6")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
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
    num = add_numbering(doc)

    def para(text, bold=False, italic=False, align=None, style=None):
        p = doc.add_paragraph(style=style)
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif align == "j":
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        return p

    hdr = [r.split("|") for t, r in src if t == "hdr"]
    t = doc.add_table(rows=len(hdr), cols=2)
    set_borders(t, "nil")
    for i, (l, r) in enumerate(hdr):
        for j, v in enumerate((l, r)):
            c = t.cell(i, j)
            run = c.paragraphs[0].add_run(v)
            run.bold = not v.startswith("Số") and not v.startswith("Kim Sơn,")
            run.italic = v.startswith("Kim Sơn,")
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    frows, arows = [], []
    for tag, rest in src:
        if tag == "hdr":
            continue
        if tag == "cb":
            para(rest, bold=True, align="c")
        elif tag == "ci":
            para(rest, italic=True, align="r")
        elif tag == "H1":
            set_num(para(rest, style="Heading 1"), num, 0)
        elif tag == "H2":
            set_num(para(rest, style="Heading 2"), num, 1)
        elif tag == "B1":
            set_num(para(rest, bold=True), num, 0)
        elif tag == "n2":
            set_num(para(rest, bold=True), num, 1)
        elif tag == "n3":
            set_num(para(rest, align="j"), num, 2)
        elif tag == "p":
            para(rest, align="j")
        elif tag == "ftable":
            frows.append(rest.split("|"))
        elif tag == "endf":
            ft = doc.add_table(rows=len(frows), cols=len(frows[0]))
            set_borders(ft, "single")
            for i, r in enumerate(frows):
                for j, v in enumerate(r):
                    c = ft.cell(i, j)
                    run = c.paragraphs[0].add_run(v)
                    run.bold = i == 0 or i == len(frows) - 1
                    if j:
                        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            frows = []
        elif tag == "arow":
            arows.append(rest.split("|"))
        elif tag == "endtable":
            at = doc.add_table(rows=len(arows), cols=2)
            set_borders(at, "single")
            for i, (ag, tasks) in enumerate(arows):
                c0 = at.cell(i, 0)
                run = c0.paragraphs[0].add_run(ag)
                run.bold = i == 0
                if tasks == "^":
                    at.cell(i - 1, 1).merge(at.cell(i, 1))
                    continue
                c1 = at.cell(i, 1)
                for k, line in enumerate(tasks.split(";;")):
                    p = c1.paragraphs[0] if k == 0 else c1.add_paragraph()
                    r = p.add_run(line)
                    r.bold = i == 0
            arows = []
        elif tag == "sign":
            para(rest, bold=not rest.startswith("("), italic=rest.startswith("("), align="r")
        elif tag == "nn":
            p = para(rest, bold=rest.startswith("Nơi"), italic=rest.startswith("Nơi"))
            for r in p.runs:
                r.font.size = Pt(11)
    doc.save(path)


def main():
    os.makedirs(OUT, exist_ok=True)
    make_pdf(read_src("laichau.txt"), os.path.join(OUT, PDF_NAME))
    make_docx(read_src("kimson.txt"), os.path.join(OUT, DOCX_NAME))
    shutil.copyfile(os.path.join(SRC, "senthuy.md"), os.path.join(OUT, MD_NAME))
    for n in (PDF_NAME, DOCX_NAME, MD_NAME):
        print("->", os.path.join(OUT, n))


if __name__ == "__main__":
    main()
