"""Regenerate the twenty-second held-out set's plans in eval/sets/plans22/ from the sources in eval/sets/src22/.

    python eval/sets/make_plans22.py

src22/binhdinh.txt -> plans22/binhdinh_214-KH-UBND_2024.html (tỉnh; the plan as an HTML PAGE SAVED FROM THE PROVINCIAL
                     E-PORTAL ("Lưu trang"): site header and menu (Trang chủ | Giới thiệu | Tin tức | Văn bản | …),
                     breadcrumb, posting date and view count, share buttons, a "Văn bản liên quan" sidebar listing
                     OTHER documents with numbers and dates (only one of them is cited by the plan), "Tin mới" links,
                     a footer with the portal's address, hotline and e-mail; the plan itself in <div class="noidung">
                     with <p style="text-align:center"><b>…</b></p> headings, a borderless header table, a
                     <table border="1"> of targets whose header uses rowspan/colspan (TT | Chỉ tiêu | Lộ trình thực
                     hiện ⟶ Năm 2025 | Năm 2027 | Năm 2030) with one blank (&nbsp;) cell, &nbsp; entities in the text)
src22/chuprong.txt -> plans22/chuprong_163-KH-UBND_2024.pdf (huyện; fpdf2 + DejaVu Sans text PDF with a RUNNING HEADER on
                     every page ("UBND HUYỆN CHƯ PRÔNG — KH số 163/KH-UBND" and "Trang x/y"), a targets table per
                     commune × year (18 xã, thị trấn + "Toàn huyện", one blank cell) that SPANS TWO PAGES WITH ITS
                     HEADER ROW REPEATED, and paragraphs that continue across the page break (the running header
                     falls inside the sentence))
src22/tanloi.txt   -> plans22/tanloi_19-KH-UBND_2025.docx (phường; python-docx + low-level XML: a DRAFT ("DỰ THẢO" at
                     the top) WITH TRACKED CHANGES AND COMMENTS: w:del runs (w:delText) and w:ins runs — figures
                     changed (70% -> 75%, 10 -> 12 tổ dân phố, 180 -> 210 triệu …), deadlines changed (30/9 -> 31/8,
                     30/11 -> 15/11, 05/12 -> 25/11 …), an agency removed from a task (Công an phường), a whole task
                     and a whole agency item deleted, a task and a target inserted, the plan's number inserted;
                     Word comments (w:commentRangeStart/End + comments part) that are no part of the plan)

Source markup: '@hdr left|right' header rows; '@c'/'@cb'/'@ci' centred lines; '@h' bold heading; '@p' paragraph;
'@sign left|right' signature rows; html: '@table' … '@endtable' with '@raw <tr>…</tr>' and '@tr a|b|…' rows; pdf:
'@tabletitle', '@thead a|b|…', '@trow a|b|…', '@endtable'; docx: '@draft' the draft mark, inline '{-old-}' a tracked
deletion, '{+new+}' a tracked insertion, '{#text#}' a comment anchored on the paragraph up to that point. Content is
fictional (numbers, figures, names, local documents); places are real.
"""
import html
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src22")
OUT = os.path.join(HERE, "plans22")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
HTML_NAME = "binhdinh_214-KH-UBND_2024.html"
PDF_NAME = "chuprong_163-KH-UBND_2024.pdf"
DOCX_NAME = "tanloi_19-KH-UBND_2025.docx"
AUTHOR = "VH-XH phường"
DATE = "2025-02-10T08:30:00Z"


def lines(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        return [ln.rstrip("\n") for ln in f if ln.strip()]


def split(ln):
    tag, _, rest = ln.partition(" ")
    return tag[1:], rest


# ---------------------------------------------------------------- HTML page saved from the e-portal
def esc(s, nbsp=True):
    s = html.escape(s, quote=False)
    if nbsp:  # editors leave &nbsp; after short words and before numbers
        s = re.sub(r"(Căn cứ|Số|số|ngày|tháng|năm) (?=\S)", r"\1&nbsp;", s)
    return s


CHROME_TOP = """<!DOCTYPE html>
<!-- saved from url=(0093)https://binhdinh.gov.vn/van-ban/van-ban-chi-dao-dieu-hanh/ke-hoach-so-214-kh-ubnd-16-9-2024.html -->
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>Kế hoạch số 214/KH-UBND - Cổng thông tin điện tử tỉnh Bình Định</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="./ke-hoach-so-214_files/portal.css">
<style>.noidung p{margin:6px 0;line-height:1.5}.sidebar li{list-style:none}</style>
<script src="./ke-hoach-so-214_files/jquery.min.js"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>
</head>
<body>
<div class="topbar"><span>Thứ Tư, 18/09/2024</span> <a href="#">English</a> | <a href="#">Đăng nhập</a> | <a href="#">Sơ đồ cổng</a></div>
<header class="banner"><div class="logo"><img src="./ke-hoach-so-214_files/logo.png" alt="Quốc huy"></div>
<div class="site-name">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH ĐỊNH</div>
<div class="site-slogan">Binh Dinh Provincial Portal</div>
<form class="search"><input type="text" placeholder="Tìm kiếm..."><button>Tìm</button></form></header>
<nav class="menu"><ul>
<li><a href="#">Trang chủ</a></li>
<li><a href="#">Giới thiệu</a></li>
<li><a href="#">Tin tức</a></li>
<li><a href="#">Văn bản</a></li>
<li><a href="#">Dịch vụ công</a></li>
<li><a href="#">Đầu tư</a></li>
<li><a href="#">Du lịch</a></li>
<li><a href="#">Hỏi đáp</a></li>
<li><a href="#">Liên hệ</a></li>
</ul></nav>
<div class="breadcrumb"><a href="#">Trang chủ</a> &gt; <a href="#">Văn bản</a> &gt; <a href="#">Văn bản chỉ đạo điều hành</a> &gt; <span>Kế hoạch số 214/KH-UBND</span></div>
<div class="container"><div class="main">
<h1 class="title">Kế hoạch xây dựng xã hội học tập tỉnh Bình Định giai đoạn 2025 - 2030</h1>
<div class="meta">Ngày đăng: 18/09/2024 15:32 | Lượt xem: 1.247 | Cỡ chữ: <a href="#">A-</a> <a href="#">A+</a></div>
<div class="share"><a href="#">Chia sẻ Facebook</a> <a href="#">Zalo</a> <a href="#">Twitter</a> <a href="#">In trang</a> <a href="#">Gửi email</a></div>
<div class="noidung">
"""

CHROME_BOTTOM = """</div>
<div class="attach"><p>Tệp đính kèm: <a href="#">KH-214-UBND.pdf</a> (412 KB)</p></div>
<div class="share"><a href="#">Chia sẻ Facebook</a> <a href="#">Zalo</a> <a href="#">In trang</a> <a href="#">Về đầu trang</a></div>
</div>
<aside class="sidebar">
<div class="box"><h3>Văn bản liên quan</h3><ul>
<li><a href="#">Kế hoạch số 198/KH-UBND ngày 28/8/2024 về chuyển đổi số ngành Giáo dục tỉnh Bình Định giai đoạn 2024 - 2025</a></li>
<li><a href="#">Quyết định số 3120/QĐ-UBND ngày 05/9/2024 về việc kiện toàn Ban Chỉ đạo xây dựng xã hội học tập tỉnh Bình Định</a></li>
<li><a href="#">Chỉ thị số 11/CT-UBND ngày 20/6/2024 về tăng cường công tác phổ cập giáo dục, xóa mù chữ trên địa bàn tỉnh</a></li>
<li><a href="#">Kế hoạch số 57/KH-UBND ngày 12/4/2022 thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”</a></li>
<li><a href="#">Quyết định số 2745/QĐ-UBND ngày 14/8/2024 về phê duyệt danh sách trung tâm học tập cộng đồng xếp loại Tốt năm 2023</a></li>
</ul></div>
<div class="box"><h3>Tin mới</h3><ul>
<li><a href="#">Khai mạc Tuần lễ hưởng ứng học tập suốt đời năm 2024</a></li>
<li><a href="#">Bình Định tổng kết năm học 2023 - 2024</a></li>
<li><a href="#">Hội nghị trực tuyến về chuyển đổi số cấp xã</a></li>
</ul></div>
<div class="box"><h3>Liên kết website</h3><ul><li><a href="#">Chính phủ</a></li><li><a href="#">Bộ Giáo dục và Đào tạo</a></li></ul></div>
</aside></div>
<footer class="footer">
<p>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH ĐỊNH</p>
<p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Bình Định. Chịu trách nhiệm chính: Chánh Văn phòng Ủy ban nhân dân tỉnh.</p>
<p>Địa chỉ: 01 Trần Phú, thành phố Quy Nhơn, tỉnh Bình Định. Điện thoại: 0256.3822.615 | Đường dây nóng: 0256.3829.000 | Email: congthongtin@binhdinh.gov.vn</p>
<p>Giấy phép số 86/GP-TTĐT ngày 19/5/2020 của Cục Phát thanh, truyền hình và thông tin điện tử. Ghi rõ nguồn “Cổng thông tin điện tử tỉnh Bình Định” khi phát hành lại thông tin từ website này.</p>
</footer>
<script>$(function(){$('.share a').on('click',function(e){e.preventDefault();});});</script>
</body></html>
"""


def make_html():
    out = [CHROME_TOP]
    src = lines("binhdinh.txt")
    i = 0
    while i < len(src):
        tag, rest = split(src[i])
        if tag in ("hdr", "sign"):
            rows = []
            while i < len(src) and split(src[i])[0] == tag:
                rows.append(split(src[i])[1].split("|"))
                i += 1
            out.append('<table style="width:100%;border:none"><tbody>\n')
            for a, b in rows:
                out.append(f'<tr><td style="text-align:center;width:40%"><b>{esc(a)}</b></td>'
                           f'<td style="text-align:center"><b>{esc(b)}</b></td></tr>\n')
            out.append("</tbody></table>\n")
            continue
        if tag == "table":
            out.append('<table border="1" cellspacing="0" cellpadding="4" style="width:100%;border-collapse:collapse"><tbody>\n')
        elif tag == "raw":
            out.append(rest + "\n")
        elif tag == "tr":
            cells = "".join(f"<td>{esc(c) if c else '&nbsp;'}</td>" for c in rest.split("|"))
            out.append(f"<tr>{cells}</tr>\n")
        elif tag == "endtable":
            out.append("</tbody></table>\n")
        elif tag == "c":
            out.append(f'<p style="text-align:center"><b>{esc(rest)}</b></p>\n')
        elif tag == "ci":
            out.append(f'<p style="text-align:center"><i>{esc(rest)}</i></p>\n')
        elif tag == "h":
            out.append(f"<p><b>{esc(rest)}</b></p>\n")
        elif tag == "p":
            out.append(f'<p style="text-align:justify">&nbsp;&nbsp;&nbsp;&nbsp;{esc(rest)}</p>\n')
        else:
            raise ValueError(tag)
        i += 1
    out.append(CHROME_BOTTOM)
    with open(os.path.join(OUT, HTML_NAME), "w", encoding="utf-8") as f:
        f.write("".join(out))


# ---------------------------------------------------------------- PDF with a running header, table over two pages
def make_pdf():
    from fpdf import FPDF

    class PDF(FPDF):
        def header(self):
            self.set_font("DejaVu", "I", 8.5)
            self.set_y(9)
            self.cell(110, 5, "UBND HUYỆN CHƯ PRÔNG — KH số 163/KH-UBND", align="L")
            self.cell(0, 5, f"Trang {self.page_no()}/{{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")
            self.line(25, 15, 190, 15)
            self.set_y(20)

    pdf = PDF(format="A4")
    pdf.set_margins(25, 20, 20)
    pdf.set_auto_page_break(True, 20)
    for st, fn in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf")):
        pdf.add_font("DejaVu", st, os.path.join(FONT_DIR, fn))
    pdf.add_page()
    W = pdf.w - 45
    LH = 5.5
    widths = [9, 43, 19, 19, 19, 28, 28]
    thead = None

    def head_row():
        pdf.set_font("DejaVu", "B", 8.5)
        y = pdf.get_y()
        x = 25
        for w, v in zip(widths, thead, strict=True):
            pdf.set_xy(x, y)
            pdf.multi_cell(w, 6, v, border=1, align="C")
            x += w
        pdf.set_xy(25, y + 6)

    src = lines("chuprong.txt")
    for ln in src:
        tag, rest = split(ln)
        if tag in ("hdr", "sign"):
            a, _, b = rest.partition("|")
            pdf.set_font("DejaVu", "B" if tag == "hdr" else "", 9.5)
            y = pdf.get_y()
            pdf.set_xy(25, y)
            pdf.cell(W * 0.42, LH, a, align="C" if tag == "hdr" else "L")
            pdf.set_xy(25 + W * 0.42, y)
            pdf.set_font("DejaVu", "B", 9.5)
            pdf.cell(W * 0.58, LH, b, align="C", new_x="LMARGIN", new_y="NEXT")
        elif tag in ("c", "cb", "ci"):
            pdf.set_font("DejaVu", {"c": "", "cb": "B", "ci": "I"}[tag], 11)
            pdf.ln(1)
            pdf.multi_cell(W, LH, rest, align="C", new_x="LMARGIN", new_y="NEXT")
        elif tag == "h":
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.multi_cell(W, LH, rest, align="L", new_x="LMARGIN", new_y="NEXT")
        elif tag == "tabletitle":
            pdf.set_font("DejaVu", "I", 9.5)
            pdf.multi_cell(W, 5, rest, align="C", new_x="LMARGIN", new_y="NEXT")
        elif tag == "thead":
            thead = rest.split("|")
            head_row()
        elif tag == "trow":
            if pdf.get_y() + 9 > pdf.h - 20:
                pdf.add_page()
                head_row()  # the header row repeated on the continuation page
            pdf.set_font("DejaVu", "B" if rest.startswith("|") else "", 8.5)
            y = pdf.get_y()
            x = 25
            for n, (w, v) in enumerate(zip(widths, rest.split("|"), strict=True)):
                pdf.set_xy(x, y)
                pdf.cell(w, 9, v, border=1, align="L" if n == 1 else "C")
                x += w
            pdf.set_xy(25, y + 9)
        elif tag == "endtable":
            pdf.ln(2)
        elif tag == "p":
            pdf.set_font("DejaVu", "", 10.5)
            pdf.multi_cell(W, LH, "      " + rest, align="J", new_x="LMARGIN", new_y="NEXT")
        else:
            raise ValueError(tag)
    pdf.output(os.path.join(OUT, PDF_NAME))


# ---------------------------------------------------------------- DOCX draft with tracked changes and comments
def make_docx():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    rev = [200]

    def nid():
        rev[0] += 1
        return str(rev[0])

    def run_el(text, bold, italic, deleted=False):
        r = OxmlElement("w:r")
        if bold or italic:
            rpr = OxmlElement("w:rPr")
            if bold:
                rpr.append(OxmlElement("w:b"))
            if italic:
                rpr.append(OxmlElement("w:i"))
            r.append(rpr)
        t = OxmlElement("w:delText" if deleted else "w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
        return r

    def rich(p, text, bold=False, italic=False):
        for piece in re.split(r"(\{-.*?-\}|\{\+.*?\+\}|\{#.*?#\})", text):
            if not piece:
                continue
            if piece.startswith(("{-", "{+")):
                el = OxmlElement("w:del" if piece.startswith("{-") else "w:ins")
                el.set(qn("w:id"), nid())
                el.set(qn("w:author"), AUTHOR)
                el.set(qn("w:date"), DATE)
                el.append(run_el(piece[2:-2], bold, italic, deleted=piece.startswith("{-")))
                p._p.append(el)
            elif piece.startswith("{#"):
                runs = list(p.runs) or [p.add_run("")]
                doc.add_comment(runs, text=piece[2:-2], author="Phòng GD&ĐT TP", initials="GD")
            else:
                r = p.add_run(piece)
                r.bold, r.italic = bold, italic
        return p

    def no_borders(table):
        b = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            e = OxmlElement(f"w:{edge}")
            e.set(qn("w:val"), "nil")
            b.append(e)
        table._tbl.tblPr.append(b)

    def two_col(rows, sign):
        t = doc.add_table(rows=len(rows), cols=2)
        no_borders(t)
        for i, (a, b) in enumerate(rows):
            for j, v in enumerate((a, b)):
                c = t.cell(i, j)
                if v.strip():
                    bold = (j == 1) if sign else not v.startswith("Số")
                    rich(c.paragraphs[0], v.strip(), bold=bold, italic=(sign and j == 0 and i == 0))
                if j == 1 or not sign:
                    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

    src = lines("tanloi.txt")
    i = 0
    while i < len(src):
        tag, rest = split(src[i])
        if tag in ("hdr", "sign"):
            rows = []
            while i < len(src) and split(src[i])[0] == tag:
                rows.append(split(src[i])[1].split("|"))
                i += 1
            two_col(rows, tag == "sign")
            continue
        p = doc.add_paragraph()
        if tag == "draft":
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT
            r = p.add_run(rest)
            r.bold = True
            r.font.size = Pt(14)
            pPr = p._p.get_or_add_pPr()
            bdr = OxmlElement("w:pBdr")
            for edge in ("top", "left", "bottom", "right"):
                e = OxmlElement(f"w:{edge}")
                e.set(qn("w:val"), "single")
                e.set(qn("w:sz"), "8")
                e.set(qn("w:space"), "2")
                bdr.append(e)
            pPr.append(bdr)
        elif tag in ("c", "cb", "ci"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            rich(p, rest, bold=tag == "cb", italic=tag == "ci")
        elif tag == "h":
            rich(p, rest, bold=True)
        elif tag == "p":
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            rich(p, rest)
        else:
            raise ValueError(tag)
        i += 1
    doc.save(os.path.join(OUT, DOCX_NAME))


def main():
    os.makedirs(OUT, exist_ok=True)
    make_html()
    make_pdf()
    make_docx()
    print("->", OUT, sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
