"""Regenerate the thirteenth held-out set's plans in eval/sets/plans13/ from the sources in eval/sets/src13/.

    python eval/sets/make_plans13.py

src13/hagiang.txt -> plans13/hagiang_287-KH-UBND_2024.docx (tỉnh; python-docx; the WHOLE body — header, căn cứ,
                     sections I–V — sits inside ONE big bordered one-column table, every paragraph a cell paragraph,
                     as when a plan is pasted into a frame; inside that cell a NESTED table holds the targets
                     (Chỉ tiêu | Năm 2025 | Năm 2027 | Năm 2030, "≥" values, one blank cell); headings are bold
                     cell paragraphs with typed numbers ("I. MỤC ĐÍCH, YÊU CẦU", "1. Sở Giáo dục và Đào tạo")
                     followed by "-" paragraphs; funding as prose with per-source amounts and a per-year sentence;
                     the signature block and Nơi nhận are ordinary body paragraphs after (outside) the frame)
src13/vithuy.txt  -> plans13/vithuy_142-KH-UBND_2024.pdf   (huyện; fpdf2 + DejaVu Sans text PDF; LETTER-SPACED title and
                     roman headings as on a scanned letterhead ("K Ế  H O Ạ C H", "I.  M Ụ C  Đ Í C H ,  Y Ê U  C Ầ U");
                     header as two side-by-side columns; "1.1." sub-heads, "a)" items, "+" bullets; a drawn grid
                     table STT | Nội dung | Cơ quan chủ trì | Thời gian that continues onto the next page with its
                     header row repeated; "- N -" page numbers at the foot; OCR-like errors kept in the source
                     ("7O%", "4O%", "huyên"); "VI. CHẾ ĐỘ BÁO CÁO" with the reporting deadlines)
src13/phuhoa.txt  -> plans13/phuhoa_58-KH-UBND_2025.txt    (phường; a plan pasted from a Zalo chat: the chat's
                     "[time, date] sender:" lines around it, NO blank lines, emoji bullets ✅ 👉 🔹, numbering
                     "I/", "1/", "a/", heavy abbreviations (UBND P., TTHTCĐ, CCVC, KH, MTTQ, HKH, GĐHT, XHHT),
                     "- Phấn đấu … đạt …% trở lên" targets, "👉 Công chức …: …" agency lines, a one-line budget in
                     "triệu đồng", signature "TM. UBND PHƯỜNG / CHỦ TỊCH / (đã ký)"; copied as is)

Source markup (docx/pdf): '@c'/'@cb'/'@ci' centred plain/bold/italic line; '@h' bold heading; '@p' paragraph;
'@table' '@trow a|b|c|d' … '@endtable' a table; '@sign' signature line; '@nn' Nơi nhận line (docx);
'@hdr left|right' header rows, '@stitle' letter-spaced title, '@ct' centred subtitle, '@sh num|TEXT' letter-spaced
heading, '@sign left|right' (pdf). Content is fictional (numbers, figures, names, local documents); places are real.
"""
import os
import shutil
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src13")
OUT = os.path.join(HERE, "plans13")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
DOCX_NAME = "hagiang_287-KH-UBND_2024.docx"
PDF_NAME = "vithuy_142-KH-UBND_2024.pdf"
TXT_NAME = "phuhoa_58-KH-UBND_2025.txt"


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


def set_borders(table, val="single"):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), val)
        e.set(qn("w:sz"), "8")
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
    frame = doc.add_table(rows=1, cols=1)
    set_borders(frame)
    cell = frame.cell(0, 0)
    first = True

    def para(container, text, bold=False, italic=False, align=None):
        nonlocal first
        if container is cell and first:
            p = cell.paragraphs[0]
            first = False
        else:
            p = container.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "j":
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif align == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        return p

    rows = None
    for tag, rest in src:
        if tag == "c":
            para(cell, rest, align="c")
        elif tag == "cb":
            para(cell, rest, bold=True, align="c")
        elif tag == "ci":
            para(cell, rest, italic=True, align="c")
        elif tag == "h":
            para(cell, rest, bold=True)
        elif tag == "p":
            para(cell, rest, align="j")
        elif tag == "table":
            rows = []
        elif tag == "trow":
            rows.append(rest.split("|"))
        elif tag == "endtable":
            t = cell.add_table(rows=len(rows), cols=len(rows[0]))
            set_borders(t)
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    c = t.cell(i, j)
                    c.paragraphs[0].text = ""
                    if v:
                        run = c.paragraphs[0].add_run(v.strip())
                        run.bold = i == 0
                    if j > 0:
                        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            # a paragraph after the nested table, as Word requires in a cell
            para(cell, "")
            rows = None
        elif tag == "sign":
            para(doc, rest, bold=rest.isupper() or not rest.startswith("("), italic=rest.startswith("("), align="r")
        elif tag == "nn":
            p = para(doc, rest, bold=rest.startswith("Nơi"), italic=rest.startswith("Nơi"))
            for r in p.runs:
                r.font.size = Pt(11)
    doc.save(path)


def spaced(text):
    return "  ".join(" ".join(w) for w in text.split())


def make_pdf(src, path):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class Plan(FPDF):
        def footer(self):
            self.set_y(-14)
            self.set_font("DejaVu", "", 10)
            self.cell(0, 8, f"- {self.page_no()} -", align="C")

    pdf = Plan(format="A4")
    for style, suf in (("", ""), ("B", "-Bold"), ("I", "-Oblique"), ("BI", "-BoldOblique")):
        pdf.add_font("DejaVu", style, os.path.join(FONT_DIR, "DejaVuSans" + suf + ".ttf"))
    pdf.set_margins(25, 18, 18)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    W = pdf.w - 43
    LH = 6.5
    hdr = [r.split("|") for t, r in src if t == "hdr"]
    y0 = pdf.get_y()
    lw, rw = 68, W - 68
    for i, (l, _r) in enumerate(hdr):
        pdf.set_xy(25, y0 + i * 6)
        pdf.set_font("DejaVu", "" if l.startswith("Số") or i == 0 else "B", 10.5)
        pdf.cell(lw, 6, l.strip(), align="C")
    for i, (_l, r) in enumerate(hdr):
        pdf.set_xy(25 + lw, y0 + i * 6)
        pdf.set_font("DejaVu", "I" if i == len(hdr) - 1 else "B", 10.5)
        pdf.cell(rw, 6, r.strip(), align="C")
    pdf.set_y(y0 + len(hdr) * 6 + 8)
    rows = None
    signs = []
    for tag, rest in src:
        if tag == "hdr":
            continue
        if tag == "stitle":
            pdf.set_font("DejaVu", "B", 13)
            pdf.cell(W, LH + 1, spaced(rest), align="C", new_x="LMARGIN", new_y="NEXT")
        elif tag == "ct":
            pdf.set_font("DejaVu", "B", 11.5)
            pdf.multi_cell(W, LH, rest, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif tag == "sh":
            num, text = rest.split("|")
            pdf.ln(1)
            pdf.set_font("DejaVu", "B", 11.5)
            pdf.multi_cell(W, LH, num + "  " + spaced(text), align="L", new_x="LMARGIN", new_y="NEXT")
        elif tag == "h":
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(W, LH, rest, align="L", new_x="LMARGIN", new_y="NEXT")
        elif tag == "p":
            pdf.set_font("DejaVu", "", 11)
            pdf.multi_cell(W, LH, "     " + rest, align="J", new_x="LMARGIN", new_y="NEXT")
        elif tag == "table":
            rows = []
        elif tag == "trow":
            rows.append(rest.split("|"))
        elif tag == "endtable":
            pdf.set_font("DejaVu", "", 10)
            with pdf.table(col_widths=(12, 78, 50, 27), text_align=("CENTER", "LEFT", "LEFT", "CENTER"),
                           line_height=5.5, repeat_headings=1,
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
    if y0 > pdf.h - 70:
        pdf.add_page()
        y0 = pdf.get_y()
    for i, (l, r) in enumerate(signs):
        pdf.set_xy(25, y0 + i * 6)
        pdf.set_font("DejaVu", "BI" if i == 0 else "", 9.5)
        pdf.cell(80, 6, l.strip())
        pdf.set_xy(105, y0 + i * 6)
        pdf.set_font("DejaVu", "I" if r.startswith("(") else "B", 11)
        pdf.cell(W - 80, 6, r.strip(), align="C")
    pdf.output(path)


def main():
    os.makedirs(OUT, exist_ok=True)
    make_docx(read_src("hagiang.txt"), os.path.join(OUT, DOCX_NAME))
    make_pdf(read_src("vithuy.txt"), os.path.join(OUT, PDF_NAME))
    shutil.copyfile(os.path.join(SRC, "phuhoa.txt"), os.path.join(OUT, TXT_NAME))
    for n in (DOCX_NAME, PDF_NAME, TXT_NAME):
        print("->", os.path.join(OUT, n))


if __name__ == "__main__":
    main()
