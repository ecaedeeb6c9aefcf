"""Build the two held-out plans of set 56 (plans56/) from src56/.

    python eval/sets/make_plans56.py

1. bvdkphutho_1286-KH-BVDK_2026.docx - a HOSPITAL's plan: Kế hoạch 1286/KH-BVĐK of the Bệnh viện Đa khoa tỉnh Phú
   Thọ (under the Sở Y tế), 20/3/2026, "Xây dựng “Bệnh viện học tập” (Đơn vị học tập) giai đoạn 2026 - 2030": its own
   khoa / phòng / Trung tâm Đào tạo và Chỉ đạo tuyến / Công đoàn cơ sở / Chi đoàn as bodies, targets per staff group
   (CME hours, nurses with a university degree, language and IT certificates) for 2027 and 2030, an internal fund,
   GIÁM ĐỐC as signer. The file is what a hospital's e-office produces: the TARGETS TABLE is NOT in document.xml but in
   an **embedded HTML part imported by Word at open time** (`w:altChunk` -> word/afchunk1.htm, relationship type
   aFChunk, content type text/html: the table exported from the hospital's HR software). Word shows the table in
   place; python-docx's paragraphs and tables do not contain it.
2. truonglam_27-KH-UBND_2026.mht - a post-reform COMMUNE's annual plan: Kế hoạch 27/KH-UBND of the UBND xã Trường Lâm,
   tỉnh Thanh Hóa (formed on 01/7/2025 from xã Tân Trường and xã Trường Lâm of the former thị xã Nghi Sơn), 16/01/2026,
   "Thực hiện xây dựng xã hội học tập năm 2026", as a **web page saved by a browser as a single file (MHTML,
   "Webpage, Single File")**: a MIME multipart/related message (From: <Saved by Blink>, Snapshot-Content-Location) whose
   text/html part is **quoted-printable** (UTF-8 bytes as =C3=A1 escapes, soft line breaks "=" at 76 columns), plus
   the portal's CSS and a base64 PNG logo. The page is the commune portal's article: banner, LEFT MENU, breadcrumb,
   post date and view count, the plan (letterhead and per-village targets as HTML tables), "Tệp đính kèm", "Tin liên
   quan", footer.
All content is fictional (real bodies and places; numbers, documents, figures, village names and signers made up,
except QĐ 1373/QĐ-TTg, NQ 1686/NQ-UBTVQH15 and the laws cited by name).
"""
import base64
import io
import os
import quopri
import struct
import zipfile
import zlib
from email.header import Header

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src56")
OUT = os.path.join(HERE, "plans56")
HOSP = "bvdkphutho_1286-KH-BVDK_2026.docx"
COMM = "truonglam_27-KH-UBND_2026.mht"


def read_src(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        out = []
        for line in f.read().splitlines():
            if not line.strip():
                continue
            tag, _, rest = line.partition(" ")
            out.append((tag, rest))
        return out


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------- the hospital plan (DOCX + altChunk)
def no_borders(table):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tblPr.append(borders)


def cell_lines(cell, lines, bold=False, italic=False, size=13):
    cell.paragraphs[0].text = ""
    for i, t in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(t)
        r.bold, r.italic = bold, italic
        r.font.size = Pt(size)


def make_docx(path):
    src = read_src("bvdk.txt")
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Times New Roman", Pt(14)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)

    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    cell_lines(t.cell(0, 0), ["SỞ Y TẾ TỈNH PHÚ THỌ", "BỆNH VIỆN ĐA KHOA TỈNH", "Số: 1286/KH-BVĐK"], bold=True)
    cell_lines(t.cell(0, 1), ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                              "Phú Thọ, ngày 20 tháng 3 năm 2026"], bold=True)

    def para(text, bold=False, italic=False, jc=None):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if jc is not None:
            p.alignment = jc
        return p

    n_chunk = 0
    for tag, rest in src:
        if tag == "TITLE":
            para(rest, bold=True, jc=WD_ALIGN_PARAGRAPH.CENTER)
        elif tag == "SUB":
            para(rest, bold=True, jc=WD_ALIGN_PARAGRAPH.CENTER)
        elif tag == "C":
            para(rest, italic=True)
        elif tag == "H":
            para(rest, bold=True)
        elif tag == "P":
            para(rest)
        elif tag == "ALT":
            n_chunk += 1
            with open(os.path.join(SRC, rest), encoding="utf-8") as f:
                html = f.read().replace('<meta charset="utf-8">',
                                        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">')
            part = Part(PackURI(f"/word/afchunk{n_chunk}.htm"), "text/html", html.encode("utf-8"),
                        doc.part.package)
            rid = doc.part.relate_to(part, RT.A_F_CHUNK)
            alt = OxmlElement("w:altChunk")
            alt.set(qn("r:id"), rid)
            doc.element.body.insert(len(doc.element.body) - 1, alt)  # before the final sectPr
        else:
            raise ValueError(tag)

    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    left = t.cell(0, 0)
    left.paragraphs[0].text = ""
    nn = ["Nơi nhận:", "- Sở Y tế (để b/c);", "- Ban Giám đốc;", "- Các khoa, phòng, trung tâm;",
          "- Công đoàn cơ sở, Chi đoàn Thanh niên;", "- Lưu: VT, TCCB."]
    for i, s in enumerate(nn):
        p = left.paragraphs[0] if i == 0 else left.add_paragraph()
        r = p.add_run(s)
        r.font.size = Pt(12 if i else 12)
        r.bold = r.italic = i == 0
    cell_lines(t.cell(0, 1), ["GIÁM ĐỐC", "(Đã ký)", "", "Hà Minh Khôi"], bold=True)

    doc.core_properties.author = "TCCB - BVĐK tỉnh"
    doc.core_properties.title = "Kế hoạch xây dựng Bệnh viện học tập giai đoạn 2026 - 2030"
    import datetime
    fixed = datetime.datetime(2026, 3, 20, 8, 30, 0)
    doc.core_properties.created = fixed
    doc.core_properties.modified = fixed
    doc.core_properties.last_modified_by = "e-office"
    doc.core_properties.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 3, 20, 8, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))


# ---------------------------------------------------------------- the commune plan (MHTML)
MENU = ["Trang chủ", "Giới thiệu chung", "Tin tức - Sự kiện", "Văn bản chỉ đạo điều hành", "Thủ tục hành chính",
        "Lịch công tác", "Công khai ngân sách", "Hỏi đáp", "Liên hệ"]
RELATED = ["Kế hoạch tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2025 (19/9/2025)",
           "Thông báo tuyển sinh lớp “Bình dân học vụ số” tại thôn Liên Trung (08/01/2026)",
           "Kế hoạch phát triển nông thôn mới nâng cao năm 2026 (12/01/2026)"]


def png_logo():
    w = h = 8

    def chunk(kind, data):
        c = kind + data
        return struct.pack(">I", len(data)) + c + struct.pack(">I", zlib.crc32(c) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + bytes([200, 16, 46]) * w for _ in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def commune_html():
    src = read_src("truonglam.txt")
    b = []
    a = b.append
    a('<!DOCTYPE html><html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">')
    a("<title>Kế hoạch thực hiện xây dựng xã hội học tập năm 2026 - Cổng thông tin điện tử xã Trường Lâm</title>")
    a('<link rel="stylesheet" href="https://truonglam.thanhhoa.gov.vn/static/portal.css">')
    a("<script>window.dataLayer=window.dataLayer||[];</script></head><body>")
    a('<div class="topbar">Thứ Hai, 19/01/2026 | Đăng nhập</div>')
    a('<div class="banner"><img src="https://truonglam.thanhhoa.gov.vn/static/logo.png" alt="">'
      "<div>CỔNG THÔNG TIN ĐIỆN TỬ XÃ TRƯỜNG LÂM</div><div>TỈNH THANH HÓA</div></div>")
    a('<div class="wrap"><aside class="leftmenu"><div class="menu-title">DANH MỤC</div><ul>')
    for m in MENU:
        a(f'<li><a href="#">{esc(m)}</a></li>')
    a("</ul></aside>")
    a('<main class="content"><div class="breadcrumb">Trang chủ » Văn bản chỉ đạo điều hành » Kế hoạch</div>')
    a("<h1>Kế hoạch thực hiện xây dựng xã hội học tập năm 2026</h1>")
    a('<div class="meta">Ngày đăng: 19/01/2026 08:45 | Lượt xem: 256</div>')
    a('<table class="letterhead"><tr><td><p><b>ỦY BAN NHÂN DÂN</b></p><p><b>XÃ TRƯỜNG LÂM</b></p>'
      "<p>Số: 27/KH-UBND</p></td><td><p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p>"
      "<p><b>Độc lập - Tự do - Hạnh phúc</b></p><p><i>Trường Lâm, ngày 16 tháng 01 năm 2026</i></p></td></tr></table>")
    in_table = False
    for tag, rest in src:
        if tag == "TITLE":
            a(f'<p class="title"><b>{esc(rest)}</b></p>')
        elif tag == "SUB":
            a(f'<p class="title"><b>{esc(rest)}</b></p>')
        elif tag == "C":
            a(f"<p><i>{esc(rest)}</i></p>")
        elif tag == "H":
            a(f"<p><b>{esc(rest)}</b></p>")
        elif tag == "P":
            a(f"<p>{esc(rest)}</p>")
        elif tag == "TABLE":
            in_table = True
            a('<table class="grid" border="1">')
        elif tag == "TR":
            cells = [c.strip() for c in (" " + rest).split("|")]
            cell = "th" if cells[0] == "TT" else "td"
            a("<tr>" + "".join(f"<{cell}>{esc(c)}</{cell}>" for c in cells) + "</tr>")
        elif tag == "TG":
            a(f'<tr><td colspan="6"><b>{esc(rest)}</b></td></tr>')
        elif tag == "ENDTABLE":
            in_table = False
            a("</table>")
        else:
            raise ValueError(tag)
    assert not in_table
    a('<table class="sign"><tr><td><p><b><i>Nơi nhận:</i></b></p><p>- Sở Giáo dục và Đào tạo (để b/c);</p>'
      "<p>- Thường trực Đảng ủy xã (để b/c);</p><p>- Thường trực HĐND xã;</p><p>- Chủ tịch, các PCT UBND xã;</p>"
      "<p>- UBMTTQ Việt Nam xã;</p><p>- Như mục V;</p><p>- Lưu: VT, VHXH.</p></td>"
      "<td><p><b>TM. ỦY BAN NHÂN DÂN</b></p><p><b>KT. CHỦ TỊCH</b></p><p><b>PHÓ CHỦ TỊCH</b></p>"
      "<p>(Đã ký)</p><p><b>Đỗ Thị Hải Yến</b></p></td></tr></table>")
    a('<div class="attach">Tệp đính kèm: <a href="#">27-KH-UBND.pdf</a> (312 KB)</div>')
    a('<div class="related"><div class="related-title">Tin liên quan</div><ul>')
    for r in RELATED:
        a(f'<li><a href="#">{esc(r)}</a></li>')
    a("</ul></div></main></div>")
    a('<footer><div>CỔNG THÔNG TIN ĐIỆN TỬ XÃ TRƯỜNG LÂM - TỈNH THANH HÓA</div>'
      "<div>Cơ quan chủ quản: Ủy ban nhân dân xã Trường Lâm</div>"
      "<div>Chịu trách nhiệm chính: Chánh Văn phòng HĐND và UBND xã</div>"
      "<div>Giấy phép số 09/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch tỉnh Thanh Hóa cấp</div>"
      "<div>Lượt truy cập: 48.213 | Đang trực tuyến: 17</div></footer>")
    a("<script>document.querySelectorAll('a');</script></body></html>")
    return "\n".join(b)


def make_mht(path):
    url = "https://truonglam.thanhhoa.gov.vn/van-ban/ke-hoach-thuc-hien-xay-dung-xa-hoi-hoc-tap-nam-2026.html"
    boundary = "----MultipartBoundary--Tb8qXkZ2mWc1RfN0pLs4VhYd7JgE3aUo----"
    html = commune_html().encode("utf-8")
    qp = quopri.encodestring(html).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    css = b".leftmenu{float:left;width:220px}.content{margin-left:240px}footer{clear:both}"
    subject = Header("Kế hoạch thực hiện xây dựng xã hội học tập năm 2026", "utf-8").encode(linesep="\r\n")
    head = ("From: <Saved by Blink>\r\n"
            f"Snapshot-Content-Location: {url}\r\n"
            f"Subject: {subject}\r\n"
            "Date: Mon, 19 Jan 2026 10:12:07 +0700\r\n"
            "MIME-Version: 1.0\r\n"
            "Content-Type: multipart/related;\r\n"
            '\ttype="text/html";\r\n'
            f'\tboundary="{boundary}"\r\n\r\n\r\n').encode("ascii")
    parts = [
        ("Content-Type: text/html\r\nContent-ID: <frame-3F2A9C1D7E5B@mhtml.blink>\r\n"
         f"Content-Transfer-Encoding: quoted-printable\r\nContent-Location: {url}\r\n\r\n").encode() + qp,
        (b"Content-Type: text/css\r\nContent-Transfer-Encoding: quoted-printable\r\n"
         b"Content-Location: https://truonglam.thanhhoa.gov.vn/static/portal.css\r\n\r\n")
        + quopri.encodestring(css),
        (b"Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
         b"Content-Location: https://truonglam.thanhhoa.gov.vn/static/logo.png\r\n\r\n")
        + base64.encodebytes(png_logo()).replace(b"\n", b"\r\n"),
    ]
    with open(path, "wb") as f:
        f.write(head)
        for p in parts:
            f.write(f"--{boundary}\r\n".encode() + p + b"\r\n\r\n")
        f.write(f"--{boundary}--\r\n".encode())


def main():
    os.makedirs(OUT, exist_ok=True)
    make_docx(os.path.join(OUT, HOSP))
    make_mht(os.path.join(OUT, COMM))
    for n in (HOSP, COMM):
        print(n, os.path.getsize(os.path.join(OUT, n)))


if __name__ == "__main__":
    main()
