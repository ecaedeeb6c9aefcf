"""Build the two held-out plans of set 44 (plans44/) from src44/.

    python eval/sets/make_plans44.py

Two ANNUAL plans of the SAME place, uploaded together: huyện Tuy An, tỉnh Phú Yên.

1. tuyan_08-KH-UBND_2024.docx - the 2024 plan (KH 08/KH-UBND, 22/01/2024): python-docx, a borderless letterhead table,
   bold typed headings, Mục III tasks as numbered khoản with lettered điểm that name NO body, and V. TỔ CHỨC THỰC HIỆN
   assigning each body its tasks BY CROSS-REFERENCE ("chủ trì thực hiện nhiệm vụ tại khoản 2 và điểm a khoản 3
   Mục III"); Nơi nhận and signature in a borderless two-column table.
2. tuyan_15-KH-UBND_2025.pdf - the 2025 plan (KH 15/KH-UBND, 20/01/2025): fpdf2 text PDF (DejaVu), the same skeleton
   with a DIFFERENT numbering of Mục III (a khoản 7 added, điểm c added under 4 and 5), so "khoản 4" or "điểm b khoản
   5" mean different tasks in the two years; cross-references in V as in 2024; the per-centre support level given only
   BY REFERENCE to the 2024 plan ("thực hiện như khoản 2 Mục IV Kế hoạch số 08/KH-UBND"); a running header line from
   page 2 and a "Trang n/N" footer on every page.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src44")
OUT = os.path.join(HERE, "plans44")
LIB = "/usr/share/fonts/truetype/dejavu"

NOI_NHAN_2024 = ["Nơi nhận:", "- Sở Giáo dục và Đào tạo tỉnh Phú Yên;", "- TT Huyện ủy, TT HĐND huyện;",
                 "- CT, các PCT UBND huyện;", "- Các cơ quan, đơn vị tại Mục V;", "- UBND các xã, thị trấn;",
                 "- Lưu: VT, PGDĐT."]
SIGN_2024 = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Trần Thị Mỹ Hạnh"]
NOI_NHAN_2025 = ["Nơi nhận:", "- Sở Giáo dục và Đào tạo tỉnh Phú Yên;", "- TT Huyện ủy, TT HĐND huyện;",
                 "- CT, các PCT UBND huyện;", "- Các cơ quan, đơn vị tại Mục V;", "- UBND các xã, thị trấn;",
                 "- Lưu: VT."]
SIGN_2025 = ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "(Đã ký)", "Lương Minh Tuấn"]


def read_src(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        return [ln.rstrip("\n") for ln in f if ln.strip()]


def build_docx():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    sec = doc.sections[0]
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)

    def cell_lines(cell, lines, bold=(), italic=(), align=WD_ALIGN_PARAGRAPH.CENTER):
        for i, t in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            p.alignment = align
            r = p.add_run(t)
            r.bold = i in bold
            r.italic = i in italic

    t = doc.add_table(rows=2, cols=2)
    cell_lines(t.cell(0, 0), ["ỦY BAN NHÂN DÂN", "HUYỆN TUY AN"], bold=(1,))
    cell_lines(t.cell(0, 1), ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"], bold=(0, 1))
    cell_lines(t.cell(1, 0), ["Số: 08/KH-UBND"])
    cell_lines(t.cell(1, 1), ["Tuy An, ngày 22 tháng 01 năm 2024"], italic=(0,))

    for ln in read_src("tuyan2024.txt"):
        p = doc.add_paragraph()
        if ln.startswith("="):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(ln[1:]).bold = True
        elif ln.startswith("/"):
            p.paragraph_format.first_line_indent = Cm(1)
            p.add_run(ln[1:]).italic = True
        elif ln.startswith("*"):
            p.paragraph_format.first_line_indent = Cm(1)
            p.add_run(ln[1:]).bold = True
        else:
            p.paragraph_format.first_line_indent = Cm(1)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.add_run(ln)

    t = doc.add_table(rows=1, cols=2)
    cell_lines(t.cell(0, 0), NOI_NHAN_2024, bold=(0,), italic=(0,), align=WD_ALIGN_PARAGRAPH.LEFT)
    cell_lines(t.cell(0, 1), SIGN_2024, bold=(0, 1, 2, 4), italic=(3,))
    doc.core_properties.title = "Kế hoạch xây dựng xã hội học tập năm 2024"
    doc.save(os.path.join(OUT, "tuyan_08-KH-UBND_2024.docx"))


def build_pdf():
    from fpdf import FPDF

    class PDF(FPDF):
        def header(self):
            if self.page_no() > 1:
                self.set_font("Sans", "I", 9)
                self.cell(0, 5, "UBND huyện Tuy An - Kế hoạch số 15/KH-UBND ngày 20/01/2025", align="C",
                          new_x="LMARGIN", new_y="NEXT")
                self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
                self.ln(4)

        def footer(self):
            self.set_y(-12)
            self.set_font("Sans", "", 9)
            self.cell(0, 5, f"Trang {self.page_no()}/{{nb}}", align="C")

    pdf = PDF(format="A4")
    pdf.set_margins(25, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    for style, f in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"), ("I", "DejaVuSerif-Italic.ttf")):
        pdf.add_font("Serif", style, os.path.join(LIB, f))
    for style, f in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf")):
        pdf.add_font("Sans", style, os.path.join(LIB, f))
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    y0 = pdf.get_y()
    # letterhead: left column, then right column
    pdf.set_font("Serif", "", 10.5)
    pdf.multi_cell(w * 0.4, 5.5, "ỦY BAN NHÂN DÂN\nHUYỆN TUY AN\n\nSố: 15/KH-UBND", align="C")
    pdf.set_xy(pdf.l_margin + w * 0.4, y0)
    pdf.set_font("Serif", "B", 10.5)
    pdf.multi_cell(w * 0.6, 5.5, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", align="C")
    pdf.set_x(pdf.l_margin + w * 0.4)
    pdf.set_font("Serif", "I", 10.5)
    pdf.multi_cell(w * 0.6, 5.5, "\nTuy An, ngày 20 tháng 01 năm 2025", align="C")
    pdf.ln(6)
    for ln in read_src("tuyan2025.txt"):
        pdf.set_x(pdf.l_margin)
        if ln.startswith("="):
            pdf.set_font("Serif", "B", 12)
            pdf.multi_cell(w, 6, ln[1:], align="C")
        elif ln.startswith("/"):
            pdf.set_font("Serif", "I", 11)
            pdf.multi_cell(w, 6, "      " + ln[1:], align="J")
        elif ln.startswith("*"):
            pdf.set_font("Serif", "B", 11)
            pdf.multi_cell(w, 6, ln[1:], align="L")
        else:
            pdf.set_font("Serif", "", 11)
            pdf.multi_cell(w, 6, "      " + ln, align="J")
        pdf.ln(1)
    pdf.ln(4)
    if pdf.get_y() > pdf.h - 80:
        pdf.add_page()
    y0 = pdf.get_y()
    pdf.set_font("Serif", "", 9.5)
    pdf.multi_cell(w * 0.5, 5, "\n".join(NOI_NHAN_2025), align="L")
    pdf.set_xy(pdf.l_margin + w * 0.5, y0)
    pdf.set_font("Serif", "B", 11)
    pdf.multi_cell(w * 0.5, 6, "\n".join(SIGN_2025[:2]) + "\n\n" + SIGN_2025[2] + "\n\n" + SIGN_2025[3], align="C")
    pdf.set_title("Kế hoạch xây dựng xã hội học tập năm 2025")
    pdf.output(os.path.join(OUT, "tuyan_15-KH-UBND_2025.pdf"))


def main():
    os.makedirs(OUT, exist_ok=True)
    build_docx()
    build_pdf()
    print("wrote", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
