"""Regenerate the tenth held-out set's plans in eval/sets/plans10/ from the sources in eval/sets/src10/.

    python eval/sets/make_plans10.py

src10/caobang.txt     -> plans10/caobang_2468-KH-UBND_2024.docx (tỉnh; python-docx with Word **heading styles**:
                         "Heading 1" for "I. …" parts and "Heading 2" for "1. …" items, numbers typed into the
                         heading text; "-" items as "List Bullet" paragraphs, so the bullet is Word's and NOT in
                         paragraph text; header and signature in borderless two-column tables; Bảng 1 targets with
                         **years as rows** (Năm | four indicators whose header cells carry the unit in parentheses
                         "(%)", "(người)"), "-" cells in 2027/2029 and "≥ 90" in 2030; Bảng 2 "Dự toán kinh phí"
                         rows per task group × Ngân sách tỉnh | Ngân sách huyện | Xã hội hóa | Tổng (tỷ đồng) with a
                         Tổng cộng row; "V. TỔ CHỨC THỰC HIỆN" bodies as Heading 2 "1. Sở Giáo dục và Đào tạo" … with
                         List Bullet tasks (Sở LĐ-TB&XH both chủ trì and phối hợp; Bộ Chỉ huy Quân sự tỉnh named only
                         inside the Sở GD&ĐT items); "VI. CHẾ ĐỘ BÁO CÁO" with quarterly and annual deadlines)
src10/damdoi.txt      -> plans10/damdoi_185-KH-UBND_2024.txt (huyện; pasted from a web portal, copied as is:
                         breadcrumb and "Lượt xem: 231 | Ngày đăng: …" furniture before and after the document, the
                         header "UBND HUYỆN ĐẦM DƠI   CỘNG HÒA …" on one line padded with spaces; **whole sections on
                         single long lines** (I.1/I.2, each task group of III, and V's items "1. Phòng …: - … - …
                         2. Phòng …" run together), other parts broken normally; targets for 2026 and 2030 in one
                         sentence per indicator; funding "trong đó" by source and a per-year sentence; a separate
                         "Chế độ báo cáo:" paragraph)
src10/hoacuongbac.txt -> plans10/hoacuongbac_47-KH-UBND_2024.pdf (phường; fpdf2 + DejaVu Serif text PDF made to
                         look **scanned then OCRed**: l/1 and O/0 confusions ("3l/12/2026", "2O26", "l373", "8O%"),
                         a few wrong tone marks ("Kê hoạch", "hoc tập", "đat"), a running page header from page 2
                         and "- N -" page numbers, hard wraps (one mid-word with a hyphen "suốt đ-\\nời"), capital
                         headings broken over two lines ("III. NHIỆM VỤ VÀ GIẢI / PHÁP CHỦ YẾU"); lettered agency
                         items "a) Công chức Văn hóa - Xã hội: …" under "2. Trách nhiệm cụ thể"; a bordered 4-row
                         table Nội dung | Thời gian | Đơn vị thực hiện; a closing "Trên đây là Kế hoạch …" paragraph)

docx source markup: '@hdr left | right'; '@title'/'@sub' centred bold; '@H1'/'@H2' heading paragraphs; '@p' Normal
paragraph; '@li' List Bullet paragraph; '@ttable h1|h2|…' + '@trow …' and '@ftable …' + '@frow …' tables ended by
'@endt'; '@sign left | right'.
PDF source markup: every untagged line is one physical line of the page (wraps are in the source); '@hdr', '@c'
centred bold, '@h' bold line, '@table' + '@trow a|b|c' + '@endtable', '@sign left | right'.
Content is fictional (numbers, figures, names, local documents); the places are real; national documents are cited
by their real numbers.
"""
import os
import shutil
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src10")
OUT = os.path.join(HERE, "plans10")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
DOCX_NAME = "caobang_2468-KH-UBND_2024.docx"
TXT_NAME = "damdoi_185-KH-UBND_2024.txt"
PDF_NAME = "hoacuongbac_47-KH-UBND_2024.pdf"


def read_lines(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        return [ln.rstrip("\n") for ln in unicodedata.normalize("NFC", f.read()).splitlines()]


def tagged(line):
    if line.startswith("@"):
        tag, _, rest = line.partition(" ")
        return tag[1:], rest
    return "", line


def no_borders(table):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def make_docx(lines, path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for name in ("Heading 1", "Heading 2"):
        hs = doc.styles[name]
        hs.font.name = "Times New Roman"
        hs.font.size = Pt(13)
        hs.font.color.rgb = RGBColor(0, 0, 0)

    def two_col(rows, bold_left=True):
        t = doc.add_table(rows=len(rows), cols=2)
        no_borders(t)
        for i, (l, r) in enumerate(rows):
            for j, txt in enumerate((l, r)):
                c = t.cell(i, j)
                c.paragraphs[0].text = ""
                run = c.paragraphs[0].add_run(txt.strip())
                run.bold = (j == 1) or (bold_left and i < 2)
                c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

    def grid(rows):
        t = doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, r in enumerate(rows):
            for j, txt in enumerate(r):
                p = t.cell(i, j).paragraphs[0]
                run = p.add_run(txt.strip())
                run.bold = i == 0 or r[0].strip() == "Tổng cộng"
                if j > 0 or i == 0:
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    hdr, signs, table = [], [], None
    items = [tagged(ln) for ln in lines if ln.strip()]
    for tag, rest in items:
        if tag == "hdr":
            hdr.append(rest.split("|"))
            continue
        if hdr:
            two_col(hdr)
            hdr = []
        if tag in ("title", "sub"):
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(rest).bold = True
        elif tag == "H1":
            doc.add_paragraph(rest, style="Heading 1")
        elif tag == "H2":
            doc.add_paragraph(rest, style="Heading 2")
        elif tag == "p":
            doc.add_paragraph(rest).paragraph_format.first_line_indent = Pt(28)
        elif tag == "li":
            doc.add_paragraph(rest, style="List Bullet")
        elif tag in ("ttable", "ftable"):
            table = [rest.split("|")]
        elif tag in ("trow", "frow"):
            table.append(rest.split("|"))
        elif tag == "endt":
            grid(table)
            table = None
        elif tag == "sign":
            signs.append(rest.split("|"))
        else:
            raise ValueError(tag)
    t = doc.add_table(rows=len(signs), cols=2)
    no_borders(t)
    for i, (l, r) in enumerate(signs):
        pl = t.cell(i, 0).paragraphs[0]
        pl.add_run(l.strip()).italic = i == 0
        pr = t.cell(i, 1).paragraphs[0]
        pr.alignment = WD_ALIGN_PARAGRAPH.CENTER
        pr.add_run(r.strip()).bold = True
    doc.save(path)


def make_pdf(lines, path):
    from fpdf import FPDF

    class Scan(FPDF):
        def header(self):
            if self.page_no() > 1:
                self.set_font("DejaVuSerif", "I", 9)
                self.cell(0, 6, "UBND phường Hòa Cường Bắc - KH số 47/KH-UBND", align="R",
                          new_x="LMARGIN", new_y="NEXT")
                self.ln(2)

        def footer(self):
            self.set_y(-15)
            self.set_font("DejaVuSerif", "", 10)
            self.cell(0, 8, f"- {self.page_no()} -", align="C")

    pdf = Scan(format="A4")
    for style, suf in (("", ""), ("B", "-Bold"), ("I", "-Italic"), ("BI", "-BoldItalic")):
        pdf.add_font("DejaVuSerif", style, os.path.join(FONT_DIR, "DejaVuSerif" + suf + ".ttf"))
    pdf.set_margins(22, 18, 18)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    W = pdf.w - 40
    LH = 6.6
    items = [tagged(ln) for ln in lines if ln.strip()]
    hdr = [r.split("|") for t, r in items if t == "hdr"]
    y0 = pdf.get_y()
    for i, (l, r) in enumerate(hdr):
        pdf.set_xy(22, y0 + i * 6)
        pdf.set_font("DejaVuSerif", "B" if i < 2 else "", 10.5)
        pdf.cell(70, 6, l.strip(), align="C")
        pdf.set_font("DejaVuSerif", "I" if i == 2 else "B", 10.5)
        pdf.cell(W - 70, 6, r.strip(), align="C")
    pdf.set_y(y0 + len(hdr) * 6 + 5)
    rows, signs = [], []
    for tag, rest in items:
        if tag == "hdr":
            continue
        if tag == "c":
            pdf.set_font("DejaVuSerif", "B", 12)
            pdf.cell(W, LH, rest, align="C", new_x="LMARGIN", new_y="NEXT")
        elif tag == "h":
            pdf.set_font("DejaVuSerif", "B", 11)
            pdf.cell(W, LH, rest, new_x="LMARGIN", new_y="NEXT")
        elif tag == "":
            pdf.set_font("DejaVuSerif", "", 10.5)
            pdf.cell(W, LH, rest, new_x="LMARGIN", new_y="NEXT")
        elif tag == "table":
            rows = [rest.split("|")]
        elif tag == "trow":
            rows.append(rest.split("|"))
        elif tag == "endtable":
            widths = [72, 40, W - 112]
            y = pdf.get_y() + 1
            if y > pdf.h - 22 - 8 * len(rows):
                pdf.add_page()
                y = pdf.get_y()
            for k, r in enumerate(rows):
                pdf.set_font("DejaVuSerif", "B" if k == 0 else "", 10)
                x = 22
                for w, txt in zip(widths, r, strict=True):
                    pdf.set_xy(x, y)
                    pdf.cell(w, 8, txt.strip(), border=1, align="C" if k == 0 else "L")
                    x += w
                y += 8
            pdf.set_xy(22, y + 2)
        elif tag == "sign":
            signs.append(rest.split("|"))
        else:
            raise ValueError(tag)
    pdf.ln(4)
    y0 = pdf.get_y()
    if y0 > pdf.h - 22 - 6 * len(signs):
        pdf.add_page()
        y0 = pdf.get_y()
    for i, (l, r) in enumerate(signs):
        pdf.set_xy(22, y0 + i * 6)
        pdf.set_font("DejaVuSerif", "BI" if i == 0 else "", 9.5)
        pdf.cell(80, 6, l.strip())
        pdf.set_font("DejaVuSerif", "B", 11)
        pdf.cell(W - 80, 6, r.strip(), align="C")
    pdf.output(path)


def main():
    os.makedirs(OUT, exist_ok=True)
    make_docx(read_lines("caobang.txt"), os.path.join(OUT, DOCX_NAME))
    shutil.copyfile(os.path.join(SRC, "damdoi.txt"), os.path.join(OUT, TXT_NAME))
    make_pdf(read_lines("hoacuongbac.txt"), os.path.join(OUT, PDF_NAME))
    for n in (DOCX_NAME, TXT_NAME, PDF_NAME):
        print(os.path.join(OUT, n), os.path.getsize(os.path.join(OUT, n)))


if __name__ == "__main__":
    main()
