"""Build the two held-out plans of set 70 (plans70/) from src70/.

    python eval/sets/make_plans70.py

1. tinhdoan_daklak_86-KH-TDTN_2026.pdf - a PROVINCIAL YOUTH UNION (Tỉnh đoàn, BCH Đoàn TNCS Hồ Chí Minh tỉnh) as
   issuer: Kế hoạch 86-KH/TĐTN-PT of the Ban Thường vụ Tỉnh đoàn Đắk Lắk (the province merged with Phú Yên on
   1/7/2025), 16/3/2026, the "Thanh niên học tập suốt đời" movement 2026-2030. fpdf2, Đoàn letterhead; a section
   "II. KẾT QUẢ GIAI ĐOẠN 2021 - 2025" of prior-period RESULTS in prose before the targets; tasks and bodies numbered
   in THREE LEVELS ("4.2.1.", "6.1.3."); after the signature, on its own page, a PHỤ LỤC "HỎI - ĐÁP NHANH" of four
   question/answer pairs ("Hỏi 1: …" / "Đáp: …") that add details the body does not give.
2. dhtn_412-KH-DHTN_2026.docx - Trường Đại học Tây Nguyên (a university) as issuer, KH 412/KH-ĐHTN, 02/4/2026,
   "Trường học tập" 2026-2030. python-docx; targets and deadlines by ACADEMIC YEAR and SEMESTER ("Năm học 2026 -
   2027", "học kỳ I"), Bảng 1 with academic-year columns (no 2028-2029 column), Bảng 2 "TT | Nhiệm vụ | Đơn vị chủ trì
   | Đơn vị phối hợp | Thời gian"; it cites the Tỉnh đoàn's KH 86 and is one of its pilot sites.
All content is fictional (real bodies and places; numbers, documents and signers made up, except QĐ 1373/QĐ-TTg and
the 2025 merger). Both files are byte-identical on re-runs.
"""
import datetime
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src70")
OUT = os.path.join(HERE, "plans70")
PDF = "tinhdoan_daklak_86-KH-TDTN_2026.pdf"
DOCX = "dhtn_412-KH-DHTN_2026.docx"
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIXED = datetime.datetime(2026, 3, 16, 9, 0, 0, tzinfo=datetime.UTC)

TABLE1 = [["TT", "Chỉ tiêu", "Năm học 2026 - 2027", "Năm học 2027 - 2028", "Năm học 2029 - 2030"],
          ["1", "Tỷ lệ sinh viên đạt chuẩn kỹ năng số theo chuẩn đầu ra", "85%", "90%", "100%"],
          ["2", "Số học phần có học liệu số trên hệ thống LMS", "300", "450", "700"],
          ["3", "Tỷ lệ viên chức, người lao động tham gia ít nhất 01 khóa bồi dưỡng/năm", "80%", "90%", "100%"],
          ["4", "Số khóa học ngắn hạn, khóa học mở cho người dân, doanh nghiệp (khóa/năm học)", "10", "15", "25"],
          ["5", "Lượt bạn đọc sử dụng Trung tâm Thông tin - Thư viện (lượt/năm học)", "120.000", "140.000", "180.000"]]
TABLE2 = [["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"],
          ["1", "Xây dựng đề cương học phần \"Kỹ năng học tập suốt đời\" (02 tín chỉ)", "Phòng Đào tạo đại học",
           "Khoa Sư phạm", "Học kỳ II năm học 2025 - 2026"],
          ["2", "Số hóa học liệu, vận hành hệ thống LMS", "Trung tâm Thông tin - Thư viện", "Các khoa",
           "Từ học kỳ I năm học 2026 - 2027"],
          ["3", "Xây dựng quy định công nhận, chuyển đổi tín chỉ từ khóa học trực tuyến mở (MOOC)",
           "Phòng Đào tạo đại học", "Phòng Khảo thí và Đảm bảo chất lượng",
           "Trước khi bắt đầu học kỳ I năm học 2026 - 2027"],
          ["4", "Xây dựng kế hoạch bồi dưỡng viên chức, người lao động hằng năm", "Phòng Tổ chức cán bộ",
           "Công đoàn Trường", "Tháng 9 hằng năm"],
          ["5", "Tổ chức \"Tuần lễ học tập suốt đời\" của Trường", "Phòng Công tác sinh viên",
           "Đoàn Thanh niên, Hội Sinh viên Trường", "Tháng 10 hằng năm"],
          ["6", "Thí điểm mô hình \"Đoàn cơ sở học tập\"; thành lập đội hình sinh viên tình nguyện hè",
           "Đoàn Thanh niên Trường", "Hội Sinh viên Trường, Phòng Công tác sinh viên",
           "Năm 2026 (thí điểm); tháng 6 - tháng 8 hằng năm (tình nguyện hè)"],
          ["7", "Mở khóa học ngắn hạn cho người dân, hợp tác xã", "Trung tâm Đào tạo thường xuyên",
           "Khoa Nông Lâm nghiệp, Khoa Y Dược", "Theo năm học"],
          ["8", "Bố trí kinh phí, hướng dẫn thanh quyết toán", "Phòng Kế hoạch - Tài chính", "Các đơn vị",
           "Hằng năm"]]


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

    src = read_src("tinhdoan_daklak.txt")
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_margins(25, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("TS", "", os.path.join(FONT_DIR, "DejaVuSerifCondensed.ttf"))
    pdf.add_font("TS", "B", os.path.join(FONT_DIR, "DejaVuSerifCondensed-Bold.ttf"))
    pdf.add_font("TS", "I", os.path.join(FONT_DIR, "DejaVuSerifCondensed-Italic.ttf"))
    pdf.set_creator("Microsoft® Word 2016")
    pdf.set_producer("Microsoft® Word 2016")
    pdf.set_title("Kế hoạch 86-KH/TĐTN-PT phong trào Thanh niên học tập suốt đời 2026-2030")
    pdf.set_creation_date(FIXED)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    top = pdf.get_y()
    for _tag, rest in [s for s in src if s[0] == "L"]:
        pdf.set_font("TS", "B" if "Số" not in rest else "", 11)
        pdf.set_x(pdf.l_margin)
        pdf.cell(70, 6, rest, align="C", new_x="LMARGIN", new_y="NEXT")
    y_left = pdf.get_y()
    pdf.set_y(top)
    for _tag, rest in [s for s in src if s[0] == "R"]:
        pdf.set_font("TS", "I" if rest.startswith("Đắk") else "B", 11)
        pdf.set_x(pdf.l_margin + 70)
        pdf.cell(width - 70, 6, rest, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(max(y_left, pdf.get_y()) + 6)
    sig = []
    for tag, rest in src:
        if tag in ("L", "R"):
            continue
        if tag == "T":
            pdf.set_font("TS", "B", 13)
            pdf.multi_cell(width, 6.5, rest, align="C", new_x="LMARGIN", new_y="NEXT")
        elif tag == "C":
            pdf.set_font("TS", "I", 11)
            pdf.multi_cell(width, 6, rest, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif tag == "H":
            pdf.set_font("TS", "B", 12)
            pdf.multi_cell(width, 6.2, rest, align="L", new_x="LMARGIN", new_y="NEXT")
        elif tag == "P":
            pdf.set_font("TS", "", 12)
            pdf.multi_cell(width, 6.2, "      " + rest, align="J", new_x="LMARGIN", new_y="NEXT")
        elif tag == "N":
            sig.append(("N", rest))
        elif tag == "S":
            sig.append(("S", rest))
        elif tag == "PB":
            flush_sig(pdf, sig, width)
            sig = []
            pdf.add_page()
    pdf.output(path)


def flush_sig(pdf, sig, width):
    pdf.ln(4)
    if pdf.get_y() > pdf.h - 80:
        pdf.add_page()
    top = pdf.get_y()
    for tag, rest in sig:
        if tag == "N":
            pdf.set_font("TS", "I", 11) if rest.startswith("Nơi") else pdf.set_font("TS", "", 10)
            pdf.set_x(pdf.l_margin)
            pdf.cell(80, 5.5, rest, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(top)
    for tag, rest in sig:
        if tag == "S":
            pdf.set_font("TS", "I" if rest.startswith("(") else "B", 12)
            pdf.set_x(pdf.l_margin + 80)
            pdf.cell(width - 80, 6.5, rest, align="C", new_x="LMARGIN", new_y="NEXT")
            if rest.startswith("("):
                pdf.ln(10)


def make_docx(path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    src = read_src("dhtn.txt")
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    cp = doc.core_properties
    cp.author = "Phòng Đào tạo đại học"
    cp.title = "Kế hoạch 412/KH-ĐHTN Trường học tập 2026-2030"
    cp.created = datetime.datetime(2026, 4, 2, 8, 0, 0)
    cp.modified = datetime.datetime(2026, 4, 2, 8, 0, 0)
    cp.last_modified_by = "ĐTĐH"
    cp.revision = 3
    head = doc.add_table(rows=1, cols=2)
    for i, t in enumerate(("L", "R")):
        cell = head.rows[0].cells[i]
        lines = [r for g, r in src if g == t]
        cell.paragraphs[0].text = lines[0]
        for ln in lines[1:]:
            cell.add_paragraph(ln)
        for p in cell.paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    sig_n, sig_s = [], []
    for tag, rest in src:
        if tag in ("L", "R"):
            continue
        if tag == "T":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(rest).bold = True
        elif tag == "C":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(rest).italic = True
        elif tag == "H":
            p = doc.add_paragraph()
            p.add_run(rest).bold = True
        elif tag == "P":
            p = doc.add_paragraph(rest)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif tag in ("TABLE1", "TABLE2"):
            data = TABLE1 if tag == "TABLE1" else TABLE2
            t = doc.add_table(rows=len(data), cols=len(data[0]))
            t.style = "Table Grid"
            for r, row in enumerate(data):
                for c, val in enumerate(row):
                    t.cell(r, c).text = val
                    if r == 0:
                        t.cell(r, c).paragraphs[0].runs[0].bold = True
        elif tag == "N":
            sig_n.append(rest)
        elif tag == "S":
            sig_s.append(rest)
    t = doc.add_table(rows=1, cols=2)
    a, b = t.rows[0].cells
    a.paragraphs[0].text = sig_n[0]
    for ln in sig_n[1:]:
        a.add_paragraph(ln)
    b.paragraphs[0].text = sig_s[0]
    for ln in sig_s[1:]:
        b.add_paragraph(ln)
    for p in b.paragraphs:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    buf = io.BytesIO()
    doc.save(buf)
    # re-zip with fixed timestamps so that re-runs are byte-identical
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 4, 2, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))


def main():
    os.makedirs(OUT, exist_ok=True)
    make_pdf(os.path.join(OUT, PDF))
    make_docx(os.path.join(OUT, DOCX))
    print("wrote", PDF, DOCX)


if __name__ == "__main__":
    main()
