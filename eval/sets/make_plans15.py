"""Regenerate the fifteenth held-out set's plans in eval/sets/plans15/ from the sources in eval/sets/src15/.

    python eval/sets/make_plans15.py

src15/ninhthuan.txt  -> plans15/ninhthuan_1476-QD-UBND_2025.pdf (tỉnh; fpdf2 + DejaVu Sans; a "Quyết định + Kế hoạch"
                        BUNDLE in one PDF: pages 1-2 the Quyết định of the provincial People's Committee ("QUYẾT ĐỊNH Về
                        việc ban hành Kế hoạch …", căn cứ, Điều 1/2/3, number 1476/QĐ-UBND and date, signed KT. CHỦ TỊCH /
                        PHÓ CHỦ TỊCH beside the Nơi nhận list); from page 3 the Kế hoạch itself, which has NO number of
                        its own ("(Ban hành kèm theo Quyết định số 1476/QĐ-UBND ngày 12/5/2025 …)") and no signature;
                        targets split "a) Giai đoạn 2026 - 2028" / "b) Giai đoạn 2029 - 2030"; at the end, on a
                        LANDSCAPE page, a "PHỤ LỤC" grid table STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp |
                        Thời gian | Sản phẩm (one blank Sản phẩm cell))
src15/budang.txt     -> plans15/budang_96-KH-UBND_2024.docx (huyện; python-docx; header and signature in borderless
                        two-column tables; targets as List Bullet paragraphs under bold-italic year sub-headings
                        "Năm 2026" / "Năm 2028" / "Năm 2030"; "1. Trách nhiệm của các cơ quan" as paragraphs opening
                        with a bold body label — one label naming TWO bodies ("Phòng Văn hóa và Thông tin, Trung tâm
                        Văn hóa - Thể thao huyện:"), a catch-all "Các cơ quan, ban ngành còn lại:" — and a "2. Đề nghị"
                        group; funding in "đồng" written in full with the amount in words and in "tỷ đồng"; after the
                        signature a SECOND SECTION in LANDSCAPE holding a wide appendix table (7 columns, blank cells))
src15/nghiathanh.txt -> plans15/nghiathanh_41-KH-UBND_2025.txt (phường; a plan as PLAIN TEXT EXPORTED FROM AN EMAIL:
                        the forwarder's note, a "---------- Forwarded message ---------" block with From/Date/Subject/To,
                        then the forwarded part with every line prefixed "> " and re-wrapped at 72 columns (blank lines
                        become ">"), Windows line endings \\r\\n; numbering "1)" for sections AND for items inside them,
                        "i." "ii." for sub-items; relative targets "tăng X điểm phần trăm so với năm 2024")

Source markup (docx/pdf): '@hdr left|right' header rows; '@c'/'@cb'/'@ci' centred plain/bold/italic line; '@h' bold
heading; '@p' paragraph; '@y' year sub-heading and '@b' bullet item (docx); '@g label|text' a paragraph opening with a
bold body label (docx); '@sign left|right' signature rows beside Nơi nhận; '@page' new page (pdf); '@landscape' a new
landscape page (pdf) or section (docx); '@table' '@trow a|b|…' '@endtable' a table. The txt source has the plain email
header part, then a line '@@QUOTE' after which every line is wrapped and quoted. Content is fictional (numbers,
figures, names, local documents); places are real.
"""
import os
import textwrap
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src15")
OUT = os.path.join(HERE, "plans15")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
PDF_NAME = "ninhthuan_1476-QD-UBND_2025.pdf"
DOCX_NAME = "budang_96-KH-UBND_2024.docx"
TXT_NAME = "nghiathanh_41-KH-UBND_2025.txt"


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


# ---------------------------------------------------------------- PDF (Quyết định + Kế hoạch bundle)
def make_pdf(src, path):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    pdf = FPDF(format="A4")
    for style, suf in (("", ""), ("B", "-Bold"), ("I", "-Oblique"), ("BI", "-BoldOblique")):
        pdf.add_font("DejaVu", style, os.path.join(FONT_DIR, "DejaVuSans" + suf + ".ttf"))
    pdf.set_margins(25, 18, 18)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    LH = 6.3
    hdr, signs, rows = [], [], None

    def W():
        return pdf.w - pdf.l_margin - pdf.r_margin

    def flush_hdr():
        nonlocal hdr
        if not hdr:
            return
        y0 = pdf.get_y()
        lw, rw = 66, W() - 66
        for i, (l, r) in enumerate(hdr):
            pdf.set_xy(pdf.l_margin, y0 + i * 6)
            pdf.set_font("DejaVu", "" if l.startswith("Số") else "B", 10.5)
            pdf.cell(lw, 6, l.strip(), align="C")
            pdf.set_xy(pdf.l_margin + lw, y0 + i * 6)
            pdf.set_font("DejaVu", "I" if i == 2 else "B", 10.5)
            pdf.cell(rw, 6, r.strip(), align="C")
        pdf.set_y(y0 + len(hdr) * 6 + 6)
        hdr = []

    def flush_signs():
        nonlocal signs
        if not signs:
            return
        pdf.ln(4)
        y0 = pdf.get_y()
        if y0 > pdf.h - 65:
            pdf.add_page()
            y0 = pdf.get_y()
        for i, (l, r) in enumerate(signs):
            pdf.set_xy(pdf.l_margin, y0 + i * 5.5)
            pdf.set_font("DejaVu", "BI" if i == 0 else "", 9.5)
            pdf.cell(80, 5.5, l.strip())
            pdf.set_xy(pdf.l_margin + 85, y0 + i * 5.5)
            pdf.set_font("DejaVu", "I" if r.startswith("(") else "B", 11)
            pdf.cell(W() - 85, 5.5, r.strip(), align="C")
        pdf.set_y(y0 + len(signs) * 5.5 + 4)
        signs = []

    for tag, rest in src:
        if tag != "hdr":
            flush_hdr()
        if tag != "sign":
            flush_signs()
        if tag == "hdr":
            hdr.append(rest.split("|"))
        elif tag in ("c", "cb", "ci"):
            pdf.set_font("DejaVu", {"c": "", "cb": "B", "ci": "I"}[tag], 12 if tag == "cb" else 11)
            pdf.multi_cell(W(), LH, rest, align="C", new_x="LMARGIN", new_y="NEXT")
        elif tag == "h":
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(W(), LH, rest, align="L", new_x="LMARGIN", new_y="NEXT")
        elif tag == "p":
            pdf.set_font("DejaVu", "", 11)
            pdf.multi_cell(W(), LH, "     " + rest, align="J", new_x="LMARGIN", new_y="NEXT")
        elif tag == "sign":
            signs.append(rest.split("|"))
        elif tag == "page":
            pdf.add_page()
        elif tag == "landscape":
            pdf.add_page(orientation="L")
        elif tag == "table":
            rows = []
        elif tag == "trow":
            rows.append(rest.split("|"))
        elif tag == "endtable":
            pdf.ln(3)
            pdf.set_font("DejaVu", "", 9.5)
            with pdf.table(col_widths=(10, 72, 42, 56, 26, 42),
                           text_align=("CENTER", "LEFT", "LEFT", "LEFT", "CENTER", "LEFT"),
                           line_height=5.2, repeat_headings=1, headings_style=FontFace(emphasis="BOLD")) as t:
                for r in rows:
                    row = t.row()
                    for v in r:
                        row.cell(v)
            rows = None
    flush_signs()
    pdf.output(path)


# ---------------------------------------------------------------- DOCX (district plan, landscape second section)
def no_borders(table):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    table._tbl.tblPr.append(b)


def make_docx(src, path):
    from docx import Document
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)

    def para(text, bold=False, italic=False, align=None, style=None):
        p = doc.add_paragraph(style=style)
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "j": WD_ALIGN_PARAGRAPH.JUSTIFY,
                       "r": WD_ALIGN_PARAGRAPH.RIGHT, None: None}[align]
        return p

    def two_col(rows, sign=False):
        t = doc.add_table(rows=len(rows), cols=2)
        no_borders(t)
        for i, (l, r) in enumerate(rows):
            for j, v in enumerate((l, r)):
                c = t.cell(i, j)
                c.paragraphs[0].text = ""
                if v.strip():
                    run = c.paragraphs[0].add_run(v.strip())
                    if sign:
                        run.bold = (j == 1 and not v.startswith("(")) or (j == 0 and i == 0)
                        run.italic = v.startswith("(") or (j == 0 and i == 0)
                        if j == 0:
                            run.font.size = Pt(11)
                    else:
                        run.bold = not v.startswith("Số") and not (j == 1 and i == 2)
                        run.italic = j == 1 and i == 2
                c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER if (j == 1 or not sign) else None

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
        elif tag == "y":
            para(rest, bold=True, italic=True)
        elif tag == "b":
            para(rest, style="List Bullet", align="j")
        elif tag == "g":
            label, text = rest.split("|")
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            r = p.add_run(label)
            r.bold = True
            p.add_run(" " + text)
        elif tag == "landscape":
            sec = doc.add_section(WD_SECTION.NEW_PAGE)
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = sec.page_height, sec.page_width
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
                        run = c.paragraphs[0].add_run(v.strip())
                        run.bold = i == 0
                        run.font.size = Pt(11)
            rows = None
    flush()
    doc.save(path)


# ---------------------------------------------------------------- TXT (email export)
def make_txt(raw, path):
    head, _, body = raw.partition("@@QUOTE\n")
    lines = head.splitlines()
    for line in body.splitlines():
        if not line.strip():
            lines.append(">")
            continue
        for w in textwrap.wrap(line, width=70, break_long_words=False, break_on_hyphens=False):
            lines.append("> " + w)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    make_pdf(read_src("ninhthuan.txt"), os.path.join(OUT, PDF_NAME))
    make_docx(read_src("budang.txt"), os.path.join(OUT, DOCX_NAME))
    make_txt(read_raw("nghiathanh.txt"), os.path.join(OUT, TXT_NAME))
    for n in (PDF_NAME, DOCX_NAME, TXT_NAME):
        print("->", os.path.join(OUT, n))


if __name__ == "__main__":
    main()
