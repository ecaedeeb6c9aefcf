"""Build the two held-out plans of set 60 (plans60/) from src60/.

    python eval/sets/make_plans60.py

1. bdbp_haiphong_96-KH-BCH_2026.docx - a BORDER GUARD command's plan: Kế hoạch 96/KH-BCH of the Bộ Chỉ huy Bộ đội
   Biên phòng thành phố Hải Phòng, 20/01/2026, "Phối hợp xây dựng xã hội học tập, nâng cao dân trí cho ngư dân và cư
   dân khu vực biên giới biển … giai đoạn 2026 - 2028". python-docx. Its section and sub-section headings are
   "Heading 1"/"Heading 2" paragraphs whose numbers ("I.", "1.") come from a multilevel list LINKED TO THE HEADING
   STYLES in styles.xml (w:numPr inside the style's w:pPr, none on the paragraphs), so no heading number is text and
   the paragraphs themselves carry no numbering property. The per-unit classes table has DITTO CELLS ("Như năm 2026",
   "Như năm 2027") whose value is another column's; deadlines tied to the LUNAR CALENDAR and the FISHING SEASON.
2. dk_bachlongvi_14-KH-UBND_2026.pdf - the annual plan of the UBND đặc khu Bạch Long Vĩ (a special zone formed on
   01/7/2025), KH 14/KH-UBND, 10/02/2026, fpdf2 + DejaVu Serif text PDF, followed in the same file by a "PHỤ LỤC ĐIỀU
   CHỈNH" issued later (with QĐ 35/QĐ-UBND of 16/3/2026) that OVERRIDES a target and a date of the body and adds a
   target and money: the body still reads 60% and tháng 10/2026.
All content is fictional (real bodies and places; numbers, documents and signers made up, except QĐ 1373/QĐ-TTg and
Hải Phòng's KH 108/KH-UBND of 06/5/2025 that the bundled An Lão plan also cites).
"""
import datetime
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src60")
OUT = os.path.join(HERE, "plans60")
DOCX = "bdbp_haiphong_96-KH-BCH_2026.docx"
PDF = "dk_bachlongvi_14-KH-UBND_2026.pdf"
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIXED = datetime.datetime(2026, 3, 16, 9, 12, 0, tzinfo=datetime.UTC)


def read_src(name):
    out = []
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        for line in f.read().splitlines():
            if line.strip():
                tag, _, rest = line.partition(" ")
                out.append((tag, rest))
    return out


def _heading_numbering(doc):
    """A multilevel list (upperRoman "I." / decimal "1.") linked to Heading 1 / Heading 2 through the STYLES."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    numbering = doc.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="60">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:pStyle w:val="Heading1"/>'
        '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/>'
        '<w:lvlText w:val="%2."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr></w:lvl>'
        '</w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="60"><w:abstractNumId w:val="60"/></w:num>'))
    for name, ilvl in (("Heading 1", 0), ("Heading 2", 1)):
        st = doc.styles[name]
        ppr = st.element.get_or_add_pPr()
        ppr.insert(0, parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="60"/></w:numPr>'))
        st.font.name = "Times New Roman"
        st.font.size = None
        from docx.shared import Pt, RGBColor
        st.font.size = Pt(13)
        st.font.bold = True
        st.font.italic = False
        st.font.color.rgb = RGBColor(0, 0, 0)


def _borderless(table):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>' + "".join(f'<w:{b} w:val="nil"/>' for b in
                                                 ("top", "left", "bottom", "right", "insideH", "insideV"))
        + '</w:tblBorders>'))


def _cell_lines(cell, lines, bold=(), italic=(), center=True):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    cell.paragraphs[0].text = ""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(line)
        r.bold = i in bold
        r.italic = i in italic
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def make_docx(path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    doc.core_properties.author = "Phòng Chính trị"
    doc.core_properties.title = "Kế hoạch 96/KH-BCH"
    doc.core_properties.created = FIXED.replace(tzinfo=None)
    doc.core_properties.modified = FIXED.replace(tzinfo=None)
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(13)
    _heading_numbering(doc)
    head = doc.add_table(rows=1, cols=2)
    _borderless(head)
    _cell_lines(head.cell(0, 0), ["BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG", "BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG",
                                  "THÀNH PHỐ HẢI PHÒNG", "Số: 96/KH-BCH"], bold=(1, 2))
    _cell_lines(head.cell(0, 1), ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                                  "Hải Phòng, ngày 20 tháng 01 năm 2026"], bold=(0, 1), italic=(2,))
    rows = []
    for tag, rest in read_src("bdbp_haiphong.txt"):
        if tag != "G" and rows:
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
                    if i == 0 or r[0] == "Cộng":
                        for run in t.cell(i, j).paragraphs[0].runs:
                            run.bold = True
            rows = []
        if tag == "T":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(rest).bold = True
        elif tag == "U":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(rest).bold = True
        elif tag == "H1":
            doc.add_paragraph(rest, style="Heading 1")
        elif tag == "H2":
            doc.add_paragraph(rest, style="Heading 2")
        elif tag == "P":
            p = doc.add_paragraph(rest)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Pt(28)
        elif tag == "G":
            rows.append(rest.split("|"))
    sign = doc.add_table(rows=1, cols=2)
    _borderless(sign)
    _cell_lines(sign.cell(0, 0), ["Nơi nhận:", "- Bộ Tư lệnh BĐBP (để b/c);", "- UBND thành phố Hải Phòng (để b/c);",
                                  "- Hội Khuyến học thành phố;", "- UBND các đặc khu Cát Hải, Bạch Long Vĩ;",
                                  "- Các cơ quan, đơn vị thuộc Bộ Chỉ huy;", "- Lưu: VT, CT."],
                bold=(0,), center=False)
    _cell_lines(sign.cell(0, 1), ["CHỈ HUY TRƯỞNG", "(Đã ký)", "Đại tá Nguyễn Quang Tùng"], bold=(0, 2), italic=(1,))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    doc.save(path)


def make_pdf(path):
    from fpdf import FPDF

    src = read_src("dk_bachlongvi.txt")
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_margins(25, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("S", "", os.path.join(FONT_DIR, "DejaVuSerif.ttf"))
    pdf.add_font("S", "B", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"))
    pdf.add_font("S", "I", os.path.join(FONT_DIR, "DejaVuSerif-Italic.ttf"))
    pdf.set_creator("Microsoft® Word 2019")
    pdf.set_producer("Microsoft® Word 2019")
    pdf.set_title("Kế hoạch 14/KH-UBND xây dựng xã hội học tập năm 2026 (kèm Phụ lục điều chỉnh)")
    pdf.set_creation_date(FIXED)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    left_w, right_w = 62, width - 62
    top = pdf.get_y()
    for tag, rest in [s for s in src if s[0] in ("L1", "L2", "L3")]:
        pdf.set_font("S", "B" if tag == "L2" else "", 10.5)
        pdf.set_x(pdf.l_margin)
        pdf.cell(left_w, 5.5, rest, align="C", new_x="LMARGIN", new_y="NEXT")
    bottom = pdf.get_y()
    pdf.set_y(top)
    for tag, rest in [s for s in src if s[0] in ("R1", "R2", "R3")]:
        pdf.set_font("S", "I" if tag == "R3" else "B", 10.5)
        pdf.set_x(pdf.l_margin + left_w)
        pdf.cell(right_w, 5.5, rest, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(max(bottom, pdf.get_y()) + 6)
    sign, nn = [], []
    signed = False

    def signature():
        pdf.ln(4)
        if pdf.get_y() > pdf.h - 65:
            pdf.add_page()
        top = pdf.get_y()
        for i, line in enumerate(nn):
            pdf.set_font("S", "BI" if False else ("B" if i == 0 else ""), 10 if i == 0 else 9)
            pdf.cell(left_w + 10, 4.8, line, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(top)
        for i, line in enumerate(sign):
            pdf.set_font("S", "I" if line.startswith("(") else "B", 11)
            if i == len(sign) - 1:
                pdf.ln(12)
            pdf.set_x(pdf.l_margin + left_w)
            pdf.cell(right_w, 5.6, line, align="C", new_x="LMARGIN", new_y="NEXT")

    for tag, rest in src:
        if tag in ("L1", "L2", "L3", "R1", "R2", "R3"):
            continue
        if tag in ("A", "A2") and not signed:
            signature()
            signed = True
            pdf.add_page()
        if tag == "T":
            pdf.set_font("S", "B", 13.5)
            pdf.cell(width, 7, rest, align="C", new_x="LMARGIN", new_y="NEXT")
        elif tag == "U":
            pdf.set_font("S", "B", 12)
            pdf.multi_cell(width, 6, rest, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif tag == "A":
            pdf.set_font("S", "B", 12.5)
            pdf.cell(width, 7, rest, align="C", new_x="LMARGIN", new_y="NEXT")
        elif tag == "A2":
            pdf.set_font("S", "I", 11)
            pdf.multi_cell(width, 5.6, rest, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif tag == "H":
            pdf.ln(1.5)
            pdf.set_font("S", "B", 11.5)
            pdf.multi_cell(width, 6, rest, align="L", new_x="LMARGIN", new_y="NEXT")
        elif tag == "P":
            pdf.set_font("S", "", 11.5)
            pdf.multi_cell(width, 6, "      " + rest, align="L", new_x="LMARGIN", new_y="NEXT")
        elif tag == "N":
            nn.append(rest)
        elif tag == "S":
            sign.append(rest)
    if not signed:
        signature()
    os.makedirs(os.path.dirname(path), exist_ok=True)
    pdf.output(path)


def main():
    os.makedirs(OUT, exist_ok=True)
    make_docx(os.path.join(OUT, DOCX))
    make_pdf(os.path.join(OUT, PDF))
    print("wrote", DOCX, PDF)


if __name__ == "__main__":
    main()
