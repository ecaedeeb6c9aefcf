"""Build the two held-out plans of set 66 (plans66/) from src66/.

    python eval/sets/make_plans66.py

1. tct_quangtri_27-KH-TCT_2026.pdf - a PROVINCIAL POLITICAL SCHOOL (Trường Chính trị tỉnh) as issuer: Kế hoạch
   27-KH/TCT of the Trường Chính trị tỉnh Quảng Trị (the province merged with Quảng Bình on 1/7/2025), 12/01/2026,
   training commune officials after the 2025 reorganisation in self-study skills. fpdf2, Party letterhead; targets
   given PER TARGET GROUP IN PROSE ("Đối với …, …"), tasks numbered "MỘT LÀ, HAI LÀ …" and a PHỤ LỤC II OF PER-CLUSTER
   QUOTAS (classes and learners per cluster, with a total row) after the signature, following a Phụ lục I.
2. ctd_quangtri_14-KH-CTD_2026.docx - the 2026 plan of the Hội Chữ thập đỏ tỉnh Quảng Trị (provincial Red Cross),
   KH 14/KH-CTĐ, 19/01/2026: first-aid training as lifelong learning. python-docx; all targets in ONE PROSE
   PARAGRAPH per target group; activities numbered "1/", "2/"; Mục V is a TWO-COLUMN LAYOUT TABLE "Đơn vị | Nhiệm vụ"
   (one row per body, the two "Đề nghị" rows included).
Both cite the coordination programme 01/CTPH-TCT-CTĐ and each other's classes. All content is fictional (real bodies
and places; numbers, documents and signers made up, except QĐ 1373/QĐ-TTg). Both files are byte-identical on re-runs.
"""
import datetime
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src66")
OUT = os.path.join(HERE, "plans66")
PDF = "tct_quangtri_27-KH-TCT_2026.pdf"
DOCX = "ctd_quangtri_14-KH-CTD_2026.docx"
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIXED = datetime.datetime(2026, 1, 12, 8, 15, 0, tzinfo=datetime.UTC)


def read_src(name):
    out = []
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        for line in f.read().splitlines():
            if line.strip():
                tag, _, rest = line.partition(" ")
                out.append((tag, rest))
    return out


def make_pdf(path):
    from fpdf import FPDF

    src = read_src("tct_quangtri.txt")
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_margins(25, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("LS", "", os.path.join(FONT_DIR, "DejaVuSerifCondensed.ttf"))
    pdf.add_font("LS", "B", os.path.join(FONT_DIR, "DejaVuSerifCondensed-Bold.ttf"))
    pdf.add_font("LS", "I", os.path.join(FONT_DIR, "DejaVuSerifCondensed-Italic.ttf"))
    pdf.set_creator("Microsoft® Word 2019")
    pdf.set_producer("Microsoft® Word 2019")
    pdf.set_title("Kế hoạch 27-KH/TCT bồi dưỡng kỹ năng tự học cán bộ cấp xã năm 2026")
    pdf.set_creation_date(FIXED)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    left_w, right_w = 70, width - 70
    top = pdf.get_y()
    for tag, rest in [s for s in src if s[0].startswith("L")]:
        pdf.set_font("LS", "B" if tag == "L2" else "", 11)
        pdf.set_x(pdf.l_margin)
        pdf.cell(left_w, 5.5, rest, align="C", new_x="LMARGIN", new_y="NEXT")
    bottom = pdf.get_y()
    pdf.set_y(top)
    for tag, rest in [s for s in src if s[0].startswith("R")]:
        pdf.set_font("LS", "I" if tag == "R3" else "B", 11.5)
        pdf.set_x(pdf.l_margin + left_w)
        pdf.cell(right_w, 5.5, rest, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(max(bottom, pdf.get_y()) + 6)
    table, qtable, sign, nn = [], [], [], []

    def flush():
        nonlocal table, qtable
        if table:
            pdf.set_font("LS", "", 11)
            with pdf.table(col_widths=(12, width - 62, 50), line_height=5.6, first_row_as_headings=True) as t:
                for r in table:
                    row = t.row()
                    for c in r:
                        row.cell(c)
            pdf.ln(3)
            table = []
        if qtable:
            pdf.set_font("LS", "", 10)
            with pdf.table(col_widths=(9, width - 107, 30, 16, 24, 28), line_height=5.2,
                           first_row_as_headings=True) as t:
                for r in qtable:
                    row = t.row()
                    for c in r:
                        row.cell(c.strip())
            qtable = []

    def sign_block():
        pdf.ln(4)
        if pdf.get_y() > pdf.h - 70:
            pdf.add_page()
        top = pdf.get_y()
        for i, line in enumerate(nn):
            pdf.set_font("LS", "B" if i == 0 else "", 11 if i == 0 else 10)
            pdf.cell(left_w + 10, 5, line, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(top)
        for i, line in enumerate(sign):
            pdf.set_font("LS", "I" if line.startswith("(") else "B", 12)
            if i == len(sign) - 1:
                pdf.ln(14)
            pdf.set_x(pdf.l_margin + left_w)
            pdf.cell(right_w, 6, line, align="C", new_x="LMARGIN", new_y="NEXT")

    for tag, rest in src:
        if tag.startswith(("L", "R")):
            continue
        if tag == "T":
            pdf.set_font("LS", "B", 14)
            pdf.cell(width, 7, rest, align="C", new_x="LMARGIN", new_y="NEXT")
        elif tag == "U":
            flush()
            pdf.set_font("LS", "I" if "Kèm theo" in rest else "B", 12)
            pdf.multi_cell(width, 6.2, rest, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif tag == "H":
            flush()
            pdf.ln(1.5)
            pdf.set_font("LS", "B", 12.5)
            align = "C" if rest.startswith("PHỤ LỤC") else "L"
            pdf.multi_cell(width, 6.2, rest, align=align, new_x="LMARGIN", new_y="NEXT")
        elif tag == "P":
            flush()
            pdf.set_font("LS", "", 12.5)
            pdf.multi_cell(width, 6.2, "      " + rest, align="J", new_x="LMARGIN", new_y="NEXT")
        elif tag == "G":
            table.append(rest.split("|"))
        elif tag == "Q":
            qtable.append(rest.split("|"))
        elif tag == "N":
            nn.append(rest)
        elif tag == "S":
            sign.append(rest)
        elif tag == "PB":
            sign_block()
            pdf.add_page()
    flush()
    pdf.output(path)


def _borderless(table):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    table._tbl.tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>' + "".join(f'<w:{b} w:val="nil"/>' for b in
                                                 ("top", "left", "bottom", "right", "insideH", "insideV"))
        + '</w:tblBorders>'))


def _two_col(doc, rows, bold_left=True):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    t = doc.add_table(rows=1, cols=2)
    _borderless(t)
    for ci in range(2):
        cell = t.rows[0].cells[ci]
        lines = [r[ci] for r in rows if r[ci].strip()]
        for i, line in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(line).bold = bold_left if ci == 0 else True
    return t


def make_docx(path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    items = read_src("ctd_quangtri.txt")
    i = 0
    while i < len(items):
        tag, rest = items[i]
        if tag in ("LH", "SIG"):
            rows = []
            while i < len(items) and items[i][0] == tag:
                left, _, right = items[i][1].partition("||")
                rows.append((left.strip(), right.strip()))
                i += 1
            _two_col(doc, rows, bold_left=(tag == "LH"))
            continue
        if tag == "TBL":
            rows = []
            while items[i][0] == "TBL":
                rows.append([c.strip() for c in items[i][1].split("|")])
                i += 1
            i += 1  # ENDTBL
            t = doc.add_table(rows=len(rows), cols=2)
            _borderless(t)
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    t.rows[r].cells[c].paragraphs[0].add_run(val).bold = (r == 0 or c == 0)
            continue
        p = doc.add_paragraph()
        if tag in ("T", "ST"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(rest).bold = True
        elif tag == "H":
            p.add_run(rest).bold = True
        else:
            p.paragraph_format.first_line_indent = Pt(28)
            p.add_run(rest)
        i += 1
    cp = doc.core_properties
    cp.author = "Hoi CTD tinh Quang Tri"
    cp.title = "Ke hoach 14/KH-CTD"
    cp.created = cp.modified = datetime.datetime(2026, 1, 19, 10, 0, 0, tzinfo=datetime.UTC)
    cp.last_modified_by = "Hoi CTD tinh Quang Tri"
    cp.revision = 1
    tmp = path + ".tmp"
    doc.save(tmp)
    with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda x: x.filename):
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 19, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))
    os.remove(tmp)


def main():
    os.makedirs(OUT, exist_ok=True)
    make_pdf(os.path.join(OUT, PDF))
    make_docx(os.path.join(OUT, DOCX))
    print("wrote", PDF, DOCX)


if __name__ == "__main__":
    main()
