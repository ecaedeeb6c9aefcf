"""Regenerate the eleventh held-out set's plans in eval/sets/plans11/ from the sources in eval/sets/src11/.

    python eval/sets/make_plans11.py

src11/yenbai.txt    -> plans11/yenbai_2215-KH-UBND_2024.docx (tỉnh; python-docx, short prose and the work in TABLES:
                       header and signature in borderless two-column tables; manual numbering typed in the text (no
                       Word auto-numbering, no heading styles — bold runs); a few paragraphs with soft line breaks (a
                       run holding "\\n" -> <w:br/>); Bảng 1 shaped like a spreadsheet pasted into Word: a two-level
                       header "TT | Chỉ tiêu | ĐVT | Lộ trình thực hiện" with "Lộ trình thực hiện" merged over
                       "Năm 2026 | Năm 2028 | Năm 2030" (TT/Chỉ tiêu/ĐVT vertically merged), group rows "I"/"II"/"III"
                       whose other cells are merged into one, sub-rows "1", "1.1", "1.2", an ĐVT column, one "-" cell
                       and one "≥ 85"; Bảng 2 the budget by task group (tỷ đồng, Tổng cộng row); "V. TỔ CHỨC THỰC
                       HIỆN" sends the bodies to the appendix and gives six bodies their own paragraph; after the
                       signature a "PHỤ LỤC: PHÂN CÔNG NHIỆM VỤ" table STT | Nội dung nhiệm vụ | Cơ quan chủ trì |
                       Cơ quan phối hợp | Thời gian hoàn thành, 15 rows in five roman group rows (group label merged
                       across the row), "Hằng năm" / "Quý IV/2026" / "2026-2030" cells, some bodies only there)
src11/canguoc.txt   -> plans11/canguoc_118-KH-UBND_2024.pdf (huyện; fpdf2 text PDF, DejaVu Sans, NO roman sections:
                       "1. MỤC ĐÍCH, YÊU CẦU", "2.2.1. …", "5.1. Phòng Giáo dục và Đào tạo (cơ quan thường trực)";
                       a running header "Kế hoạch số 118/KH-UBND ngày 09/9/2024 của UBND huyện Cần Giuộc" on every
                       page and "Trang N/M" at the foot; superscript footnote markers "¹ ² ³" in the text with the
                       footnote text at the bottom of the page where the marker falls; justified text, paragraphs
                       and the "-" item list broken across page breaks mid-sentence; targets as sentences with two
                       years each (2027 and 2030); funding with a per-source split and a per-year sentence)
src11/longhiep.md   -> plans11/longhiep_52-KH-UBND_2025.md (xã; markdown as MinerU/marker writes a scanned PDF:
                       every heading "# " whatever its level, "# V. TỔ CHỨC THỰC" / "# HIỆN" split in two,
                       "![](images/….jpg)" for the emblem and the signature/seal, inline LaTeX "$95\\%$",
                       "$\\geq 98 \\%$", "$2.500$ lượt", an HTML <table> on one line with rowspan/colspan, an OCR
                       "3.5OO", lone page-number lines "2", "3", hyphenated line breaks "chữ vi-\\nết", "Nơi nhận" as
                       a list, bold run-in agency items "**- Công chức Văn hóa - Xã hội:** …"; copied as is)

DOCX source markup: '@hdr left | right' header rows; '@title' centred bold; '@h' bold heading line; '@p' paragraph
('\\n' = soft line break); '@tg roman|label' / '@tr TT|Chỉ tiêu|ĐVT|2026|2028|2030' Bảng 1 rows; '@bg'/'@br' Bảng 2
header/rows; '@endtable'; '@sign left | right' signature rows; '@pl' appendix title lines; '@ah' appendix header;
'@ag roman|label' / '@ar STT|task|chủ trì|phối hợp|thời gian' appendix rows.
PDF source markup: '@rh' running header; '@hdr', '@title', '@h', '@p' (with '{n}' footnote markers), '@li' list
item, '@fn n|text' footnotes, '@sign'. Content is fictional (numbers, figures, names); the places are real.
"""
import os
import shutil
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src11")
OUT = os.path.join(HERE, "plans11")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
DOCX_NAME = "yenbai_2215-KH-UBND_2024.docx"
PDF_NAME = "canguoc_118-KH-UBND_2024.pdf"
MD_NAME = "longhiep_52-KH-UBND_2025.md"
SUP = {"1": "¹", "2": "²", "3": "³"}


def read_src(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        raw = unicodedata.normalize("NFC", f.read())
    out = []
    for line in raw.splitlines():
        line = line.rstrip()
        if not line:
            continue
        tag, _, rest = line.partition(" ")
        out.append((tag[1:], rest.replace("\\n", "\n")))
    return out


# ---------------------------------------------------------------- docx
def _borderless(table):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tblPr.append(borders)


def _cell(cell, text, bold=False, italic=False, center=False, size=None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def make_docx(src, path):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    hdr = [r for t, r in src if t == "hdr"]
    t = doc.add_table(rows=len(hdr), cols=2)
    _borderless(t)
    for i, r in enumerate(hdr):
        left, right = (x.strip() for x in r.split("|"))
        _cell(t.cell(i, 0), left, bold=(i == 1), center=True, size=12)
        _cell(t.cell(i, 1), right, bold=(i < 2), italic=(i == 2), center=True, size=12)
    rows, kind, signs, app = [], None, [], []
    for tag, rest in src:
        if tag == "hdr":
            continue
        if tag == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(rest).bold = True
        elif tag == "h":
            doc.add_paragraph().add_run(rest).bold = True
        elif tag == "p":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.add_run(rest)
        elif tag in ("tg", "tr"):
            kind = "targets"
            rows.append((tag, rest.split("|")))
        elif tag in ("bg", "br"):
            kind = "budget"
            rows.append((tag, rest.split("|")))
        elif tag == "endtable":
            (targets_table if kind == "targets" else budget_table)(doc, rows)
            rows = []
        elif tag == "sign":
            signs.append([x.strip() for x in rest.split("|")])
        elif tag in ("pl", "ah", "ag", "ar"):
            app.append((tag, rest))
    t = doc.add_table(rows=len(signs), cols=2)
    _borderless(t)
    for i, (l, r) in enumerate(signs):
        _cell(t.cell(i, 0), l, bold=(i == 0), italic=(i == 0), size=11)
        _cell(t.cell(i, 1), r, bold=True, center=True)
    # appendix on a landscape section
    sec = doc.add_section()
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    arows = []
    for tag, rest in app:
        if tag == "pl":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(rest)
            r.bold = not rest.startswith("(")
            r.italic = rest.startswith("(")
        else:
            arows.append((tag, rest.split("|")))
    appendix_table(doc, arows)
    doc.save(path)


def targets_table(doc, rows):
    t = doc.add_table(rows=2 + len(rows), cols=6)
    t.style = "Table Grid"
    for c, txt in enumerate(["TT", "Chỉ tiêu", "ĐVT"]):
        m = t.cell(0, c).merge(t.cell(1, c))
        _cell(m, txt, bold=True, center=True, size=12)
    m = t.cell(0, 3).merge(t.cell(0, 5))
    _cell(m, "Lộ trình thực hiện", bold=True, center=True, size=12)
    for c, y in enumerate(["Năm 2026", "Năm 2028", "Năm 2030"], 3):
        _cell(t.cell(1, c), y, bold=True, center=True, size=12)
    for i, (tag, cells) in enumerate(rows, 2):
        if tag == "tg":
            _cell(t.cell(i, 0), cells[0], bold=True, center=True, size=12)
            m = t.cell(i, 1).merge(t.cell(i, 5))
            _cell(m, cells[1], bold=True, size=12)
        else:
            for c, txt in enumerate(cells):
                _cell(t.cell(i, c), txt, center=(c != 1), size=12)


def budget_table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=5)
    t.style = "Table Grid"
    for i, (tag, cells) in enumerate(rows):
        last = cells[0].startswith("Tổng cộng")
        for c, txt in enumerate(cells):
            _cell(t.cell(i, c), txt, bold=(tag == "bg" or last), center=(c > 0), size=12)


def appendix_table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=5)
    t.style = "Table Grid"
    for i, (tag, cells) in enumerate(rows):
        if tag == "ag":
            _cell(t.cell(i, 0), cells[0], bold=True, center=True, size=12)
            m = t.cell(i, 1).merge(t.cell(i, 4))
            _cell(m, cells[1], bold=True, size=12)
        else:
            for c, txt in enumerate(cells):
                _cell(t.cell(i, c), txt, bold=(tag == "ah"), center=(c in (0, 4)), size=12)


# ---------------------------------------------------------------- pdf
def make_pdf(src, path):
    from fpdf import FPDF

    running = next(r for t, r in src if t == "rh")
    fns = {r.split("|")[0]: r.split("|", 1)[1] for t, r in src if t == "fn"}
    page_fns = {}

    class Plan(FPDF):
        def header(self):
            self.set_font("DejaVu", "I", 9)
            self.set_xy(25, 10)
            self.cell(0, 5, running, align="R")
            self.set_xy(25, 20)

        def footer(self):
            notes = page_fns.get(self.page_no(), [])
            if notes:
                self.set_y(-12 - 5 * len(notes) - 4)
                self.line(25, self.get_y(), 80, self.get_y())
                self.ln(1)
                self.set_font("DejaVu", "", 9)
                for n in notes:
                    self.set_x(25)
                    self.cell(0, 5, SUP[n] + " " + fns[n])
                    self.ln(5)
            self.set_y(-12)
            self.set_font("DejaVu", "", 9)
            self.cell(0, 6, "Trang " + str(self.page_no()) + "/{nb}", align="C")

    pdf = Plan(format="A4")
    for style, suf in (("", ""), ("B", "-Bold"), ("I", "-Oblique"), ("BI", "-BoldOblique")):
        pdf.add_font("DejaVu", style, os.path.join(FONT_DIR, "DejaVuSans" + suf + ".ttf"))
    pdf.alias_nb_pages()
    pdf.set_margins(25, 20, 20)
    pdf.set_auto_page_break(True, 36)
    pdf.add_page()
    W = pdf.w - 45
    LH = 6.5
    hdr = [r for t, r in src if t == "hdr"]
    y0 = pdf.get_y()
    lw, rw = 70, W - 70
    for i, r in enumerate(hdr):
        left, right = (x.strip() for x in r.split("|"))
        pdf.set_xy(25, y0 + i * 6)
        pdf.set_font("DejaVu", "B" if i == 1 else "", 10.5)
        pdf.cell(lw, 6, left, align="C")
        pdf.set_xy(25 + lw, y0 + i * 6)
        pdf.set_font("DejaVu", "I" if i == 2 else "B", 10.5)
        pdf.cell(rw, 6, right, align="C")
    pdf.set_y(y0 + len(hdr) * 6 + 6)
    signs = []
    for tag, rest in src:
        if tag in ("hdr", "rh", "fn"):
            continue
        if tag == "title":
            pdf.set_font("DejaVu", "B", 12.5)
            pdf.multi_cell(W, LH, rest, align="C", new_x="LMARGIN", new_y="NEXT")
        elif tag == "h":
            pdf.set_font("DejaVu", "B", 11.5)
            pdf.multi_cell(W, LH, rest, align="L", new_x="LMARGIN", new_y="NEXT")
        elif tag in ("p", "li"):
            text = rest
            for n, s in SUP.items():
                if "{" + n + "}" in text:
                    page_fns.setdefault(pdf.page_no(), []).append(n)
                    text = text.replace("{" + n + "}", s)
            pdf.set_font("DejaVu", "", 11.5)
            pdf.multi_cell(W, LH, ("      " if tag == "p" else "   ") + text, align="J",
                           new_x="LMARGIN", new_y="NEXT")
        elif tag == "sign":
            signs.append([x.strip() for x in rest.split("|")])
    pdf.ln(4)
    y0 = pdf.get_y()
    if y0 > pdf.h - 90:
        pdf.add_page()
        y0 = pdf.get_y()
    for i, (l, r) in enumerate(signs):
        pdf.set_xy(25, y0 + i * 5.5)
        pdf.set_font("DejaVu", "BI" if i == 0 else "", 9.5)
        pdf.cell(80, 5.5, l)
        pdf.set_xy(105, y0 + i * 5.5)
        pdf.set_font("DejaVu", "B", 11.5)
        pdf.cell(W - 80, 5.5, r, align="C")
    pdf.output(path)


def main():
    os.makedirs(OUT, exist_ok=True)
    make_docx(read_src("yenbai.txt"), os.path.join(OUT, DOCX_NAME))
    make_pdf(read_src("canguoc.txt"), os.path.join(OUT, PDF_NAME))
    shutil.copyfile(os.path.join(SRC, "longhiep.md"), os.path.join(OUT, MD_NAME))
    for n in (DOCX_NAME, PDF_NAME, MD_NAME):
        print(os.path.join(OUT, n), os.path.getsize(os.path.join(OUT, n)))


if __name__ == "__main__":
    main()
