"""Build the two held-out plans of set 50 (plans50/) from src50/.

    python eval/sets/make_plans50.py

Two plans of one place across the 01/7/2025 reform, uploaded together:

1. tieucan_86-KH-HU_2024.docx - a PARTY COMMITTEE's plan: Kế hoạch 86-KH/HU of the Ban Thường vụ Huyện ủy Tiểu Cần
   (Đảng bộ tỉnh Trà Vinh), 20/3/2024, "thực hiện Kết luận số 49-KL/TW … giai đoạn 2024 - 2030", in the Party's
   document style: letterhead "ĐẢNG BỘ TỈNH TRÀ VINH / HUYỆN ỦY TIỂU CẦN / * / Số 86-KH/HU" beside "ĐẢNG CỘNG SẢN VIỆT
   NAM" (no "Số:" colon, no Quốc hiệu), a "-----" line under the title, a run-on "Thực hiện …" preamble instead of
   "Căn cứ" lines, headings numbered with HYPHENS ("I- MỤC ĐÍCH, YÊU CẦU", "1- Mục đích", "a- Đến năm 2026:"), tasks
   to Party bodies (Ban Tuyên giáo, Ủy ban Kiểm tra, Ban Tổ chức, Ban Dân vận Huyện ủy, Đảng ủy Quân sự / Công an
   huyện, Đảng ủy các xã, thị trấn, Văn phòng Huyện ủy) and to "Các đồng chí Ủy viên Ban Thường vụ Huyện ủy phụ trách
   khối chính quyền" who "lãnh đạo, chỉ đạo" the UBND huyện; Nơi nhận ("(b/c)", "Các đ/c Huyện ủy viên", "Lưu VPHU")
   beside "T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ" in a borderless table.
2. xatieucan_142-KH-UBND_2025.odt - an OpenDocument plan of the NEW xã Tiểu Cần, tỉnh Vĩnh Long (formed on 01/7/2025
   from thị trấn Tiểu Cần, xã Phú Cần and xã Hiếu Tử of the former huyện Tiểu Cần, tỉnh Trà Vinh), KH 142/KH-UBND of
   22/12/2025, giai đoạn 2026 - 2030: cites the 2025 Luật Tổ chức chính quyền địa phương and the UBTVQH resolution on
   the arrangement, carries the Huyện ủy plan's result forward ("Kế thừa kết quả thực hiện Kế hoạch số 86-KH/HU …"),
   and sets targets and tasks PER FORMER AREA ("Khu vực thị trấn Tiểu Cần cũ", "khu vực xã Phú Cần cũ", …) in a table
   (text:h headings, table:table letterhead, targets and signature tables; list numbering typed, not generated).
All content is fictional (real places; numbers, local documents, figures, signers and the merger's makeup made up).
"""
import datetime
import os
import re
import zipfile
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src50")
OUT = os.path.join(HERE, "plans50")
HU = "tieucan_86-KH-HU_2024.docx"
XA = "xatieucan_142-KH-UBND_2025.odt"

HU_LEFT = ["ĐẢNG BỘ TỈNH TRÀ VINH", "HUYỆN ỦY TIỂU CẦN", "*", "Số 86-KH/HU"]
HU_RIGHT = ["ĐẢNG CỘNG SẢN VIỆT NAM", "", "Tiểu Cần, ngày 20 tháng 3 năm 2024"]
HU_RECIPIENTS = ["Nơi nhận:", "- Ban Thường vụ Tỉnh ủy (b/c),", "- Ban Tuyên giáo Tỉnh ủy (b/c),",
                 "- Hội Khuyến học tỉnh,", "- Các đ/c Huyện ủy viên,", "- Các ban xây dựng Đảng, UBKT Huyện ủy,",
                 "- Các chi, đảng bộ trực thuộc,", "- Lưu VPHU."]
HU_SIGN = ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "", "(Đã ký)", "", "Sơn Thị Ngọc Hân"]

XA_LEFT = ["ỦY BAN NHÂN DÂN", "XÃ TIỂU CẦN", "Số: 142/KH-UBND"]
XA_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "Tiểu Cần, ngày 22 tháng 12 năm 2025"]
XA_TABLE = [
    ["TT", "Khu vực", "Hộ gia đình đạt “Gia đình học tập” năm 2027 (%)",
     "Hộ gia đình đạt “Gia đình học tập” năm 2030 (%)", "Ấp, khóm đạt “Cộng đồng học tập” năm 2030",
     "Người trong độ tuổi lao động có kỹ năng số cơ bản năm 2030 (%)"],
    ["1", "Khu vực thị trấn Tiểu Cần cũ (08 khóm, ấp)", "80", "90", "8/8", "80"],
    ["2", "Khu vực xã Phú Cần cũ (09 ấp)", "72", "85", "8/9", "70"],
    ["3", "Khu vực xã Hiếu Tử cũ (09 ấp)", "65", "80", "7/9", "60"],
    ["", "Toàn xã (26 ấp, khóm)", "72", "85", "23/26", "70"],
]
XA_RECIPIENTS = ["Nơi nhận:", "- UBND tỉnh Vĩnh Long (b/c);", "- Sở Giáo dục và Đào tạo tỉnh (b/c);",
                 "- Thường trực Đảng ủy xã (b/c);", "- Thường trực HĐND xã;", "- CT, các PCT UBND xã;",
                 "- Ủy ban MTTQ Việt Nam xã;", "- Các cơ quan, đơn vị tại mục V;", "- Lưu: VT, VHXH."]
XA_SIGN = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(Đã ký)", "", "Thạch Minh Quang"]


def read_src(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        return [ln.rstrip("\n") for ln in f if ln.strip()]


def no_borders(table):
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def fill_cell(cell, lines, bold_upto=None, center=True):
    cell.paragraphs[0].text = ""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(line)
        r.bold = bold_upto is None or i < bold_upto


def build_hu():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(14)
    head = doc.add_table(rows=1, cols=2)
    no_borders(head)
    fill_cell(head.cell(0, 0), HU_LEFT, bold_upto=2)
    fill_cell(head.cell(0, 1), HU_RIGHT, bold_upto=1)
    head.cell(0, 1).paragraphs[-1].runs[0].italic = True
    lines = read_src("tieucan_hu.txt")
    for i, line in enumerate(lines):
        p = doc.add_paragraph()
        if i < 3:  # KẾ HOẠCH, its subject, the "-----" rule
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(line).bold = i < 2
        elif line.startswith("#"):
            r = p.add_run(line[1:])
            r.bold = True
            r.italic = bool(re.match(r"[a-z]- ", line[1:]))
        else:
            p.paragraph_format.first_line_indent = Pt(28)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.add_run(line)
    sig = doc.add_table(rows=1, cols=2)
    no_borders(sig)
    fill_cell(sig.cell(0, 0), HU_RECIPIENTS, bold_upto=1, center=False)
    fill_cell(sig.cell(0, 1), HU_SIGN, bold_upto=2)
    doc.core_properties.author = "VPHU Tieu Can"
    fixed = datetime.datetime(2024, 3, 20, 8, 0, 0)
    doc.core_properties.created = fixed
    doc.core_properties.modified = fixed
    doc.core_properties.last_modified_by = "VPHU Tieu Can"
    path = os.path.join(OUT, HU)
    doc.save(path)
    # fixed zip timestamps, so a rebuild is byte-identical
    with zipfile.ZipFile(path) as z:
        parts = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            z.writestr(zipfile.ZipInfo(name, (2024, 3, 20, 8, 0, 0)), data, compress_type=zipfile.ZIP_DEFLATED)


NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"')


def odt_p(text, style="Body"):
    return f'<text:p text:style-name="{style}">{escape(text)}</text:p>'


def odt_table(name, rows, ncols):
    out = [f'<table:table table:name="{name}">', f'<table:table-column table:number-columns-repeated="{ncols}"/>']
    for row in rows:
        out.append("<table:table-row>")
        for cell in row:
            cell = cell if isinstance(cell, list) else [cell]
            out.append('<table:table-cell office:value-type="string">'
                       + "".join(odt_p(x, "Cell") for x in cell) + "</table:table-cell>")
        out.append("</table:table-row>")
    out.append("</table:table>")
    return "".join(out)


def build_xa():
    body = [odt_table("Tiêu đề", [[XA_LEFT, XA_RIGHT]], 2)]
    lines = read_src("xatieucan.txt")
    for i, line in enumerate(lines):
        if i < 2:
            body.append(odt_p(line, "Title"))
        elif line == "@TABLE_TARGETS":
            body.append(odt_p("Bảng 1. Chỉ tiêu theo khu vực của xã", "Caption"))
            body.append(odt_table("Bảng 1", XA_TABLE, 6))
        elif line.startswith("#"):
            level = 1 if re.match(r"[IVX]+\. ", line[1:]) else 2
            body.append(f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}">'
                        f"{escape(line[1:])}</text:h>")
        else:
            body.append(odt_p(line))
    body.append(odt_table("Ký", [[XA_RECIPIENTS, XA_SIGN]], 2))
    content = ('<?xml version="1.0" encoding="UTF-8"?>'
               f'<office:document-content {NS} office:version="1.3"><office:automatic-styles/>'
               "<office:body><office:text>" + "".join(body) + "</office:text></office:body></office:document-content>")
    styles = ('<?xml version="1.0" encoding="UTF-8"?>'
              f'<office:document-styles {NS} office:version="1.3"><office:styles>'
              '<style:style style:name="Body" style:family="paragraph"><style:text-properties fo:font-size="13pt"/></style:style>'
              '<style:style style:name="Cell" style:family="paragraph"/>'
              '<style:style style:name="Caption" style:family="paragraph"/>'
              '<style:style style:name="Title" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"/>'
              '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph"/>'
              "</office:styles></office:document-styles>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    path = os.path.join(OUT, XA)
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype", (2025, 12, 22, 8, 0, 0)), "application/vnd.oasis.opendocument.text",
                   compress_type=zipfile.ZIP_STORED)
        for name, data in (("content.xml", content), ("styles.xml", styles), ("META-INF/manifest.xml", manifest)):
            z.writestr(zipfile.ZipInfo(name, (2025, 12, 22, 8, 0, 0)), data, compress_type=zipfile.ZIP_DEFLATED)


def main():
    os.makedirs(OUT, exist_ok=True)
    build_hu()
    build_xa()
    print("wrote", HU, XA)


if __name__ == "__main__":
    main()
