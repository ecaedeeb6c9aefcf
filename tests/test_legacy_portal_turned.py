"""Shapes of plans read as their readers see them (held-out sets 19, 21, 22): a Word file typed in TCVN3 with the
.VnTime fonts, a plan saved from a provincial e-portal as an .html page, and a PDF annex table on a landscape page
stored turned (/Rotate 90) with centred units and a blank cell — with the real readers, cleaner, model and index."""

from __future__ import annotations

import io

from ingest.legacy import from_tcvn3
from ingest.load import extract_bytes, parse_text
from ingest.readers import read_docx, read_pdf
from ingest.webpage import read_html
from tests.conftest import assistant_over

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

# The TCVN3 code points for the letters used below, written out by hand (the inverse of the product's table)
_TO_TCVN3 = {"ế": "Õ", "ạ": "¹", "â": "©", "ự": "ù", "ã": "·", "ộ": "é", "ọ": "ä", "ậ": "Ë", "ụ": "ô", "đ": "®",
             "í": "Ý", "ê": "ª", "ơ": "¬", "ư": "\u00ad", "ố": "è", "à": "µ", "á": "¸", "ệ": "Ö", "ỳ": "ú",
             "ờ": "ê", "ủ": "ñ", "ẩ": "È", "ổ": "æ", "ỉ": "Ø", "ồ": "å", "ỹ": "ü", "ể": "Ó", "ả": "¶", "ớ": "í",
             "ó": "ã", "ì": "×", "ấ": "Ê", "ầ": "Ç", "ú": "ó", "ở": "ë", "ợ": "î", "ị": "Þ", "ỗ": "ç", "ò": "ß",
             "ữ": "÷", "ứ": "ø", "ý": "ý", "ỏ": "á", "ẫ": "É", "é": "Ð", "ừ": "õ", "ă": "¨", "ô": "«",
             "Đ": "§", "Ư": "¦", "Ơ": "¥", "Ô": "¤", "Ê": "£", "Â": "¢", "Ă": "¡"}


def _tcvn3(text: str) -> str:
    return "".join(_TO_TCVN3.get(ch, ch) for ch in text)


def test_tcvn3_letters_map_to_unicode():
    assert from_tcvn3("KÕ ho¹ch x©y dùng x· héi häc tËp") == "Kế hoạch xây dựng xã hội học tập"
    assert from_tcvn3("môc ®Ých, yªu cÇu", capitals=True) == "MỤC ĐÍCH, YÊU CẦU"
    assert from_tcvn3("§oµn Thanh niªn") == "Đoàn Thanh niên"


def _tcvn3_docx() -> bytes:
    import docx

    d = docx.Document()
    body = [("KẾ HOẠCH", True), ("Xây dựng xã hội học tập huyện Gia Lộc giai đoạn 2025 - 2030", False),
            ("I. MỤC ĐÍCH, YÊU CẦU", True), ("Tạo cơ hội cho mọi người dân được học tập suốt đời.", False),
            ("II. MỤC TIÊU", True), ("Đến năm 2030 có 75% hộ gia đình đạt danh hiệu “Gia đình học tập”.", False),
            ("III. TỔ CHỨC THỰC HIỆN", True),
            ("1. Phòng Giáo dục và Đào tạo: chủ trì, báo cáo Ủy ban nhân dân huyện trước ngày 15/12 hằng năm.", False),
            ("2. Phòng Văn hóa và Thông tin: tuyên truyền trên Đài Truyền thanh huyện hằng tháng.", False)]
    for text, capitals in body:
        p = d.add_paragraph()
        # capitals are typed in lowercase code points in the .VnTimeH font; a capital inside a .VnTime line
        # is a one-letter .VnTimeH run, as old Word files do
        pieces = [(text.lower(), ".VnTimeH")] if capitals else [
            (ch.lower(), ".VnTimeH") if ch.isupper() and ch not in _TO_TCVN3 else (ch, ".VnTime") for ch in text]
        for piece, font in pieces:
            run = p.add_run(_tcvn3(piece))
            run.font.name = font
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_a_word_file_typed_in_tcvn3_reads_as_unicode_with_its_outline():
    data = _tcvn3_docx()
    raw = read_docx(data, "gialoc.docx")
    assert "Xây dựng xã hội học tập huyện Gia Lộc" in raw
    assert "I. MỤC ĐÍCH, YÊU CẦU" in raw and "75% hộ gia đình" in raw
    doc = parse_text(extract_bytes(data, "gialoc.docx"), "gialoc.docx")
    paths = [s.path_str for s in doc.sections]
    assert any(p.endswith("1. Phòng Giáo dục và Đào tạo") for p in paths)
    assert doc.locality == "Gia Lộc"


_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Cổng thông tin điện tử tỉnh Ninh Thuận</title>
<script>var x = "Kế hoạch số 999/KH-UBND";</script><style>.menu{color:red}</style></head><body>
<div class="top-bar">Hotline: 0259 3822 000 | Đăng nhập</div>
<nav class="main-menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/gt">Giới thiệu</a></li>
<li><a href="/tt">Tin tức</a></li><li><a href="/vb">Văn bản</a></li></ul></nav>
<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/vb">Văn bản chỉ đạo điều hành</a></div>
<div class="wrapper"><div class="col-main"><h1 class="post-title">Kế hoạch xây dựng xã hội học tập</h1>
<div class="share-buttons"><a href="#">Chia sẻ Facebook</a> <a href="#">In trang</a></div>
<div class="noidung">
<table><tr><td><p align="center"><b>ỦY BAN NHÂN DÂN<br>TỈNH NINH THUẬN</b></p><p align="center">Số: 88/KH-UBND</p></td>
<td><p align="center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b></p>
<p align="center"><i>Ninh Thuận, ngày 05 tháng 3 năm 2025</i></p></td></tr></table>
<p style="text-align:center"><b>KẾ HOẠCH</b></p>
<p style="text-align:center"><b>Xây dựng xã hội học tập tỉnh Ninh Thuận giai đoạn 2025&nbsp;-&nbsp;2030</b></p>
<p>Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ;</p>
<p><b>I. MỤC ĐÍCH, YÊU CẦU</b></p><p>Tạo cơ hội học tập suốt đời cho mọi người dân, nhất là đồng bào Chăm, Raglai.</p>
<p><b>II. MỤC TIÊU</b></p><p>Các chỉ tiêu theo lộ trình tại Bảng 1:</p>
<table border="1"><tr><th rowspan="2">TT</th><th rowspan="2">Chỉ tiêu</th><th colspan="2">Lộ trình</th></tr>
<tr><th>Năm 2027</th><th>Năm 2030</th></tr>
<tr><td>1</td><td>Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình học tập”</td><td>66%</td><td>74%</td></tr>
<tr><td>2</td><td>Tỷ lệ người dân có kỹ năng số cơ bản</td><td></td><td>80%</td></tr></table>
<p><b>III. TỔ CHỨC THỰC HIỆN</b></p>
<p><b>1. Sở Giáo dục và Đào tạo</b></p><p>- Chủ trì triển khai; báo cáo trước ngày 10/12 hằng năm.</p>
<p><b>2. Sở Tài chính</b></p><p>- Bố trí kinh phí thực hiện Kế hoạch trong dự toán hằng năm.</p>
<table><tr><td><p><b><i>Nơi nhận:</i></b></p><p>- Bộ GD&amp;ĐT (b/c);</p><p>- Lưu: VT.</p></td>
<td><p align="center"><b>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH</b></p><p align="center"><b>Trần Văn Bình</b></p></td></tr></table>
</div></div>
<aside class="sidebar"><h3>Văn bản liên quan</h3><ul><li><a href="#">Kế hoạch số 41/KH-UBND ngày 02/02/2023</a></li>
<li><a href="#">Quyết định số 2210/QĐ-UBND ngày 14/10/2024</a></li></ul></aside></div>
<footer class="site-footer">Cơ quan chủ quản: Văn phòng UBND tỉnh Ninh Thuận. Địa chỉ: 450 đường 16 tháng 4.</footer>
</body></html>"""


def test_a_saved_portal_page_reads_as_the_plan_without_the_portal():
    raw = read_html(_PAGE.encode(), "ninhthuan.html")
    assert "Xây dựng xã hội học tập tỉnh Ninh Thuận giai đoạn 2025 - 2030" in raw.replace("\xa0", " ")
    for chrome in ("Trang chủ", "Hotline", "Chia sẻ", "41/KH-UBND", "2210/QĐ-UBND", "450 đường", "999/KH-UBND",
                   "Văn bản liên quan"):
        assert chrome not in raw, chrome
    assert "| 2 | Tỷ lệ người dân có kỹ năng số cơ bản |  | 80% |" in raw  # the blank 2027 cell keeps its column
    doc = parse_text(extract_bytes(_PAGE.encode(), "ninhthuan.html"), "ninhthuan.html")
    assert doc.number == "88/KH-UBND" and doc.locality == "Ninh Thuận" and doc.issued == "2025-03-05"
    assert any(s.path_str.endswith("2. Sở Tài chính") for s in doc.sections)
    assert "Trần Văn Bình" in doc.signature and "Trần Văn Bình" not in doc.text.split(doc.signature)[0]


def _turned_pdf() -> bytes:
    """Two pages: the plan's text, then its targets annex drawn a quarter-turn on a portrait page marked /Rotate 90
    (a landscape page as scanners and word processors store it): centred units, right-aligned figures, a blank."""
    from fpdf import FPDF
    from pypdf import PdfReader, PdfWriter

    pdf = FPDF()
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_page()
    pdf.set_font("DejaVu", size=11)
    for line in ["KẾ HOẠCH", "Xây dựng xã hội học tập huyện Ninh Phước giai đoạn 2025 - 2030", "I. MỤC TIÊU",
                 "Các chỉ tiêu cụ thể tại Bảng chỉ tiêu kèm theo.", "II. TỔ CHỨC THỰC HIỆN",
                 "1. Phòng Giáo dục và Đào tạo: chủ trì, báo cáo trước ngày 15/12 hằng năm."]:
        pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    rows = [("TT", "Chỉ tiêu", "Đơn vị tính", "Năm 2026", "Năm 2028", "Năm 2030"),
            ("1", "Tỷ lệ hộ gia đình đạt danh hiệu Gia đình học tập", "%", "60", "66", "72"),
            ("2", "Số Trung tâm học tập cộng đồng xếp loại Tốt", "trung tâm", "6", "9", "12"),
            ("3", "Số lượt người học tại Trung tâm học tập cộng đồng", "lượt/năm", "9.000", "10.500", "12.000"),
            ("4", "Tỷ lệ cơ quan đạt danh hiệu Đơn vị học tập", "%", "", "80", "90")]
    widths, aligns = (12, 150, 27, 22, 22, 22), ("C", "L", "C", "R", "R", "R")
    with pdf.rotation(angle=90, x=148.5, y=148.5):
        pdf.set_font("DejaVu", size=12)
        pdf.set_xy(20, 16)
        pdf.cell(257, 7, "BẢNG CHỈ TIÊU XÂY DỰNG XÃ HỘI HỌC TẬP HUYỆN NINH PHƯỚC", align="C")
        pdf.set_font("DejaVu", size=9)
        y = 34
        for row in rows:
            x = 20
            for text, w, al in zip(row, widths, aligns, strict=True):
                pdf.set_xy(x, y)
                pdf.cell(w, 8, text, align=al)
                x += w
            y += 10
    reader = PdfReader(io.BytesIO(bytes(pdf.output())))
    writer = PdfWriter()
    for i, page in enumerate(reader.pages):
        if i == 1:
            page.rotate(90)
        writer.add_page(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_turned_landscape_annex_reads_as_rows_with_its_blank_cell():
    raw = read_pdf(_turned_pdf(), "ninhphuoc.pdf")
    assert "| TT | Chỉ tiêu | Đơn vị tính | Năm 2026 | Năm 2028 | Năm 2030 |" in raw
    assert "| 2 | Số Trung tâm học tập cộng đồng xếp loại Tốt | trung tâm | 6 | 9 | 12 |" in raw
    assert "| 4 | Tỷ lệ cơ quan đạt danh hiệu Đơn vị học tập | % |  | 80 | 90 |" in raw


def test_the_three_shapes_answer_over_the_real_index(tmp_path, embedder):
    (tmp_path / "plans").mkdir()
    files = {"gialoc.docx": _tcvn3_docx(), "ninhthuan.html": _PAGE.encode(), "ninhphuoc.pdf": _turned_pdf()}
    for name, data in files.items():
        (tmp_path / "plans" / name).write_bytes(data)
    a = assistant_over(tmp_path, embedder)
    ans = a.ask("Huyện Gia Lộc phấn đấu bao nhiêu % hộ gia đình đạt gia đình học tập năm 2030?")
    assert not ans.refused and "75%" in ans.answer
    ans = a.ask("Sở Tài chính tỉnh Ninh Thuận làm gì?")
    assert not ans.refused and "dự toán" in ans.answer
    assert all(c.doc == "ninhthuan.html" for c in ans.citations)
    ans = a.ask("Ninh Phước năm 2028 có bao nhiêu trung tâm học tập cộng đồng xếp loại Tốt?")
    assert not ans.refused and "9" in ans.answer
    ans = a.ask("Năm 2026 Ninh Phước đặt bao nhiêu % cơ quan đạt đơn vị học tập?")
    assert ans.refused  # the cell is blank: no figure set for that year
    ans = a.ask("Văn bản liên quan Kế hoạch số 41/KH-UBND của tỉnh Ninh Thuận nói gì?")
    assert ans.refused or "41/KH-UBND" not in " ".join(c.text for c in ans.citations)
