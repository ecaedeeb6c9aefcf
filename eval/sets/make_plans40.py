"""Build the two held-out plans of set 40 (plans40/) from src40/.

    python eval/sets/make_plans40.py

1. quangbinh_45-KHLT-SGDDT-HKH_2024.docx - a province's JOINT plan (Kế hoạch liên tịch) of the Sở Giáo dục và Đào tạo
   and the Hội Khuyến học tỉnh Quảng Bình: two issuers in the letterhead, a joint number, Word heading styles for I.-V.
   and "1." titles, typed bold "a)" titles, a targets table with a column per level (Cấp tỉnh / Cấp huyện / Cấp xã,
   some cells left EMPTY), TỔ CHỨC THỰC HIỆN split into "Trách nhiệm của ngành Giáo dục" / "... của Hội Khuyến học
   các cấp" / "Trách nhiệm phối hợp", and two signers side by side in a borderless two-column table, Nơi nhận below.
2. haitrach_27-KH-UBND_2024.pdf - a commune's plan printed "2 pages per sheet": landscape A4 sheets, each holding two A5
   portrait pages side by side, each page with its own running header line (from page 2) and "- n -" page number;
   lines flow from the bottom of the left page to the top of the right page and from a sheet's right page to the
   next sheet's left page; Bảng 1 is split across two pages (no repeated header row).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src40")
OUT = os.path.join(HERE, "plans40")
LIB = "/usr/share/fonts/truetype/dejavu"


def read_src(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        return [l.rstrip("\n") for l in f if l.strip()]


# ---------------------------------------------------------------- 1. joint plan (.docx)
def build_docx():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for s in ("Heading 1", "Heading 2"):
        doc.styles[s].font.name = "Times New Roman"
        doc.styles[s].font.size = Pt(13)
    sec = doc.sections[0]
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)

    def cell_lines(cell, lines, bold=(), italic=()):
        cell.paragraphs[0].text = ""
        for i, t in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(t)
            r.bold = i in bold
            r.italic = i in italic

    # letterhead: two issuers (left) | national motto (right); number | place and date
    t = doc.add_table(rows=2, cols=2)
    cell_lines(t.cell(0, 0), ["SỞ GIÁO DỤC VÀ ĐÀO TẠO", "TỈNH QUẢNG BÌNH", "HỘI KHUYẾN HỌC TỈNH QUẢNG BÌNH"], bold=(0, 1, 2))
    cell_lines(t.cell(0, 1), ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"], bold=(0, 1))
    cell_lines(t.cell(1, 0), ["Số: 45/KHLT-SGDĐT-HKH"])
    cell_lines(t.cell(1, 1), ["Quảng Bình, ngày 18 tháng 3 năm 2024"], italic=(0,))

    lines = read_src("quangbinh.txt")
    i = 0
    while i < len(lines):
        l = lines[i]
        if l.startswith("#T "):
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(l[3:]).bold = True
        elif l.startswith("#1 "):
            doc.add_heading(l[3:], level=1)
        elif l.startswith("#2 "):
            doc.add_heading(l[3:], level=2)
        elif l.startswith("#3 "):
            p = doc.add_paragraph()
            p.add_run(l[3:]).bold = True
        elif l.startswith("#C "):
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(l[3:])
            r.bold = r.italic = True
        elif l.startswith("| "):
            rows = []
            while i < len(lines) and lines[i].startswith("| "):
                rows.append([c.strip() for c in lines[i][2:].split(" | ")])
                i += 1
            ncol = len(rows[0])
            tb = doc.add_table(rows=len(rows), cols=ncol)
            tb.style = "Table Grid"
            for r, row in enumerate(rows):
                row = row + [""] * (ncol - len(row))
                for c, txt in enumerate(row):
                    cell = tb.cell(r, c)
                    cell.text = txt
                    if r == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            continue
        else:
            p = doc.add_paragraph(l)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Cm(1)
        i += 1

    # two signers side by side (borderless), then Nơi nhận
    doc.add_paragraph()
    s = doc.add_table(rows=1, cols=2)
    cell_lines(s.cell(0, 0), ["TM. BAN THƯỜNG VỤ HỘI KHUYẾN HỌC TỈNH", "CHỦ TỊCH", "(Đã ký)", "", "Nguyễn Thị Thu Sương"], bold=(0, 1, 4), italic=(2,))
    cell_lines(s.cell(0, 1), ["GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO", "(Đã ký)", "", "Phan Văn Khánh"], bold=(0, 3), italic=(1,))
    doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("Nơi nhận:")
    r.bold = r.italic = True
    for n in ["- Bộ Giáo dục và Đào tạo;", "- Trung ương Hội Khuyến học Việt Nam;", "- TT Tỉnh ủy, UBND tỉnh (b/c);",
              "- UBMTTQ Việt Nam tỉnh;", "- Các sở: Tài chính, LĐ-TB&XH, TT&TT;",
              "- Phòng GD&ĐT, Hội Khuyến học các huyện, thị xã, thành phố;", "- Lưu: VT Sở GD&ĐT, VP Hội Khuyến học tỉnh."]:
        doc.add_paragraph(n).runs[0].font.size = Pt(11)
    doc.save(os.path.join(OUT, "quangbinh_45-KHLT-SGDDT-HKH_2024.docx"))


# ---------------------------------------------------------------- 2. commune plan, 2 pages per sheet (.pdf)
PW, PH = 148.5, 210.0          # one A5 portrait page
ML, MR, TOP, BOT = 14.0, 12.0, 20.0, 192.0
TW = PW - ML - MR
LH = 5.4                        # body line height (10 pt)
HEADER = "Kế hoạch số 27/KH-UBND ngày 10/5/2024 của UBND xã Hải Trạch"


def build_pdf():
    from fpdf import FPDF

    pdf = FPDF(orientation="L", unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font("Serif", "", os.path.join(LIB, "DejaVuSerif.ttf"))
    pdf.add_font("Serif", "B", os.path.join(LIB, "DejaVuSerif-Bold.ttf"))
    pdf.add_font("Serif", "I", os.path.join(LIB, "DejaVuSerif-Italic.ttf"))
    pdf.add_font("Sans", "", os.path.join(LIB, "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", os.path.join(LIB, "DejaVuSans-Bold.ttf"))

    def wrap(text, width, font, style, size):
        pdf.set_font(font, style, size)
        out, cur = [], ""
        for w in text.split(" "):
            cand = w if not cur else cur + " " + w
            if pdf.get_string_width(cand) <= width:
                cur = cand
            else:
                out.append(cur)
                cur = w
        out.append(cur)
        return out

    # items: (height, draw(x0, y)) laid out in reading order
    items = []

    def text_item(txt, font="Serif", style="", size=10, align="L", dx=0.0, h=LH):
        def draw(x0, y, txt=txt):
            pdf.set_font(font, style, size)
            w = pdf.get_string_width(txt)
            x = x0 + ML + dx
            if align == "C":
                x = x0 + ML + (TW - w) / 2
            pdf.text(x, y + h - 1.4, txt)
        items.append((h, draw))

    def para_flow(txt, style="", size=10, font="Serif", indent=6.0):
        pdf.set_font(font, style, size)
        words = txt.split(" ")
        lines_, cur, width = [], "", TW - indent
        for w in words:
            cand = w if not cur else cur + " " + w
            if pdf.get_string_width(cand) <= width:
                cur = cand
            else:
                lines_.append(cur)
                cur, width = w, TW
        lines_.append(cur)
        for k, ln in enumerate(lines_):
            text_item(ln, font, style, size, dx=indent if k == 0 else 0.0)

    # letterhead (page 1): left column then right column, same heights
    def letterhead(x0, y):
        pdf.set_font("Serif", "", 8.5)
        left = [("UBND HUYỆN BỐ TRẠCH", ""), ("ỦY BAN NHÂN DÂN XÃ HẢI TRẠCH", "B"), ("", ""), ("Số: 27/KH-UBND", "")]
        right = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "B"), ("Độc lập - Tự do - Hạnh phúc", "B"), ("", ""),
                 ("Hải Trạch, ngày 10 tháng 5 năm 2024", "I")]
        for col, (cx, cw) in ((left, (x0 + 8, 52)), (right, (x0 + 60, 80))):
            for k, (t, s) in enumerate(col):
                if not t:
                    continue
                pdf.set_font("Serif", s, 8.5)
                w = pdf.get_string_width(t)
                pdf.text(cx + (cw - w) / 2, y + 4 + k * 4.6, t)
    items.append((4 * 4.6 + 6, letterhead))

    lines = read_src("haitrach.txt")
    i = 0
    while i < len(lines):
        l = lines[i]
        if l.startswith("#T "):
            text_item(l[3:], style="B", size=11, align="C", h=6.0)
        elif l.startswith("#1 "):
            text_item(l[3:], style="B", h=6.4)
        elif l.startswith("#2 "):
            text_item(l[3:], style="B")
        elif l.startswith("#C "):
            text_item(l[3:], style="B", size=9.5, align="C")
        elif l.startswith("| "):
            widths = [8, 64.5, 16.7, 16.7, 16.6]
            while i < len(lines) and lines[i].startswith("| "):
                cells = [c.strip() for c in lines[i][2:].split(" | ")]
                cells += [""] * (len(widths) - len(cells))
                head = cells[0] == "TT"
                st = "B" if head else ""
                wrapped = [wrap(c, w - 2.4, "Sans", st, 8.5) if c else [""] for c, w in zip(cells, widths, strict=False)]
                nl = max(len(x) for x in wrapped)
                h = 4.4 * nl + 1.6

                def draw(x0, y, wrapped=wrapped, h=h, st=st):
                    x = x0 + ML
                    pdf.set_draw_color(0)
                    pdf.set_line_width(0.2)
                    for cl, w in zip(wrapped, widths, strict=False):  # noqa: B023 (called inside this loop turn)
                        pdf.rect(x, y, w, h)
                        pdf.set_font("Sans", st, 8.5)
                        for k, t in enumerate(cl):
                            if t:
                                tw = pdf.get_string_width(t)
                                tx = x + 1.2 if w > 30 else x + (w - tw) / 2
                                pdf.text(tx, y + 4.3 + 4.4 * k, t)
                        x += w
                items.append((h, draw))
                i += 1
            continue
        else:
            para_flow(l)
        i += 1

    # Nơi nhận (left) and signature (right) side by side
    def sign(x0, y):
        nn = ["Nơi nhận:", "- UBND huyện Bố Trạch (b/c);", "- Phòng GD&ĐT huyện;", "- Hội Khuyến học huyện;",
              "- TT Đảng ủy, HĐND xã;", "- Các ban, ngành, đoàn thể xã;", "- Trưởng các thôn;", "- Lưu: VT."]
        for k, t in enumerate(nn):
            pdf.set_font("Serif", "B" if k == 0 else "", 8)
            pdf.text(x0 + ML, y + 4 + k * 4.2, t)
        sg = [("TM. ỦY BAN NHÂN DÂN", "B"), ("CHỦ TỊCH", "B"), ("(Đã ký)", "I"), ("", ""), ("", ""), ("Võ Văn Hạnh", "B")]
        for k, (t, s) in enumerate(sg):
            if not t:
                continue
            pdf.set_font("Serif", s, 9.5)
            w = pdf.get_string_width(t)
            pdf.text(x0 + 72 + (60 - w) / 2, y + 4 + k * 4.6, t)
    items.append((4 + 8 * 4.2, sign))

    # paginate into A5 pages
    pages, cur, y = [], [], TOP
    for h, d in items:
        if y + h > BOT and cur:
            pages.append(cur)
            cur, y = [], TOP
        cur.append((y, d))
        y += h
    pages.append(cur)
    n = len(pages)
    for s in range(0, n, 2):
        pdf.add_page()
        for side in (0, 1):
            p = s + side
            if p >= n:
                break
            x0 = side * PW
            if p > 0:
                pdf.set_font("Serif", "I", 7.5)
                w = pdf.get_string_width(HEADER)
                pdf.text(x0 + ML + (TW - w) / 2, 12, HEADER)
                pdf.set_draw_color(120)
                pdf.line(x0 + ML, 13.5, x0 + ML + TW, 13.5)
            for y, d in pages[p]:
                d(x0, y)
            pdf.set_font("Serif", "", 9)
            num = f"- {p + 1} -"
            w = pdf.get_string_width(num)
            pdf.text(x0 + ML + (TW - w) / 2, 202, num)
        pdf.set_draw_color(200)
        pdf.line(PW, 5, PW, 205)
    pdf.output(os.path.join(OUT, "haitrach_27-KH-UBND_2024.pdf"))
    return n


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    build_docx()
    n = build_pdf()
    print("pages", n)
