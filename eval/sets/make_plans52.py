"""Build the two held-out plans of set 52 (plans52/) from src52/.

    python eval/sets/make_plans52.py

Two plans of issuers that are neither a People's Committee nor a Party or mass organisation of a place:

1. bvhttdl_2146-KH-BVHTTDL_2022.docx - a MINISTRY's nationwide plan: Kế hoạch 2146/KH-BVHTTDL of the Bộ Văn hóa,
   Thể thao và Du lịch, 16/6/2022, "Triển khai Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030” trong ngành Văn
   hóa, Thể thao và Du lịch": no province; tasks to the ministry's own Vụ, Cục, Tổng cục, Viện, Văn phòng Bộ, Thanh tra
   Bộ and to the Sở of all provinces in general; a "GIẢI THÍCH TỪ NGỮ" section that defines "Sở" (three kinds of Sở)
   and "Giai đoạn I" / "Giai đoạn II" (the years of the targets are ONLY in that definition: the target headings say
   "a) Giai đoạn I", "b) Giai đoạn II"); tasks grouped as four "Chương trình N" blocks each closed by a run-on
   "Đơn vị chủ trì: … Đơn vị phối hợp: …" line; letterhead and "Nơi nhận | KT. BỘ TRƯỞNG / THỨ TRƯỞNG" as borderless
   two-cell tables (python-docx).
2. lilama_318-KH-LILAMA_2023.txt - an ENTERPRISE's plan: Kế hoạch 318/KH-LILAMA of the Tổng công ty Lắp máy Việt Nam -
   CTCP, 09/3/2023, "Xây dựng “Doanh nghiệp học tập” … giai đoạn 2023 - 2030", saved as Windows Notepad's "Unicode"
   text: UTF-16 little-endian WITH a byte-order mark and CRLF line ends (a reader that opens it as UTF-8 gets NUL bytes);
   header and signature laid out with spaces; a TAB-separated target table (Chỉ tiêu ⇥ Năm 2025 ⇥ Năm 2030, the unit in
   the indicator's parentheses); tasks to its own Ban, Văn phòng, colleges, công ty con, Công đoàn and Đoàn Thanh
   niên; an internal fund; legal bases including its own Điều lệ and a Board resolution.
All content is fictional (real bodies; numbers, documents, figures and signers made up, except the cited QĐ
1373/QĐ-TTg, Nghị định 79/2017/NĐ-CP and Bộ luật Lao động 2019, cited by their real numbers and names).
"""
import datetime
import io
import os
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src52")
OUT = os.path.join(HERE, "plans52")
BO = "bvhttdl_2146-KH-BVHTTDL_2022.docx"
TCT = "lilama_318-KH-LILAMA_2023.txt"

BO_LEFT = ["BỘ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH", "-------", "Số: 2146/KH-BVHTTDL"]
BO_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------",
            "Hà Nội, ngày 16 tháng 6 năm 2022"]
BO_RECIPIENTS = ["Nơi nhận:", "- Thủ tướng Chính phủ (để b/c);", "- Bộ trưởng (để b/c);",
                 "- Bộ Giáo dục và Đào tạo;", "- UBND các tỉnh, TP trực thuộc TW;", "- Các Thứ trưởng;",
                 "- Các Tổng cục, Cục, Vụ, đơn vị thuộc Bộ;", "- Sở VHTTDL, Sở VHTT, Sở DL các tỉnh, TP trực thuộc TW;",
                 "- Lưu: VT, Vụ ĐT."]
BO_SIGN = ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "", "(Đã ký)", "", "Trịnh Thị Thanh Hương"]


def no_borders(table):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tblPr.append(borders)


def fill(cell, lines, bold_first=0, italic_last=False):
    cell.paragraphs[0].text = ""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(line)
        r.bold = i < bold_first
        r.italic = italic_last and i == len(lines) - 1
        r.font.size = Pt(13)


def build_bo():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(14)
    doc.core_properties.title = "Kế hoạch triển khai Đề án xây dựng xã hội học tập của ngành VHTTDL"
    doc.core_properties.author = "Vụ Đào tạo"
    doc.core_properties.created = datetime.datetime(2022, 6, 15, 8, 30)
    doc.core_properties.modified = datetime.datetime(2022, 6, 16, 9, 0)
    doc.core_properties.last_modified_by = "Vụ Đào tạo"
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    fill(t.rows[0].cells[0], BO_LEFT, bold_first=2)
    fill(t.rows[0].cells[1], BO_RIGHT, bold_first=2, italic_last=True)
    with open(os.path.join(SRC, "bvhttdl.txt"), encoding="utf-8") as f:
        lines = [ln.rstrip("\n") for ln in f if ln.strip()]
    for ln in lines:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(4)
        if ln.startswith("@C "):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(ln[3:])
            r.bold = True
        elif ln.startswith("@I "):
            p.paragraph_format.first_line_indent = Pt(28)
            r = p.add_run(ln[3:])
            r.italic = True
        elif ln.startswith("@BI "):
            r = p.add_run(ln[4:])
            r.bold = True
            r.italic = True
        elif ln.startswith("@B "):
            r = p.add_run(ln[3:])
            r.bold = True
        else:
            p.paragraph_format.first_line_indent = Pt(28)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.add_run(ln)
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    left = t.rows[0].cells[0]
    left.paragraphs[0].text = ""
    for i, line in enumerate(BO_RECIPIENTS):
        p = left.paragraphs[0] if i == 0 else left.add_paragraph()
        r = p.add_run(line)
        r.font.size = Pt(11)
        r.bold = i == 0
        r.italic = i == 0
    fill(t.rows[0].cells[1], BO_SIGN, bold_first=2)
    buf = io.BytesIO()
    doc.save(buf)
    # fixed zip timestamps, so a rebuild is byte-identical
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zin, \
            zipfile.ZipFile(os.path.join(OUT, BO), "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2022, 6, 16, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))


def build_tct():
    with open(os.path.join(SRC, "lilama.txt"), encoding="utf-8") as f:
        text = f.read()
    # Windows Notepad "Unicode": UTF-16 LE with a BOM, CRLF line ends
    data = "\ufeff" + text.replace("\n", "\r\n")
    with open(os.path.join(OUT, TCT), "wb") as f:
        f.write(data.encode("utf-16-le"))


def main():
    os.makedirs(OUT, exist_ok=True)
    build_bo()
    build_tct()
    print("wrote", BO, TCT)


if __name__ == "__main__":
    main()
