"""Build the two held-out plans of set 48 (plans48/) from src48/.

    python eval/sets/make_plans48.py

Two plans of tỉnh Kiên Giang uploaded together, both issued before the 01/7/2025 reform:

1. rachgia_58-KH-UBND_2025.docx - a BILINGUAL city plan: Kế hoạch 58/KH-UBND of Ủy ban nhân dân thành phố Rạch Giá
   (14/3/2025, giai đoạn 2025 - 2030) "Xây dựng thành phố học tập …, chuẩn bị tham gia Mạng lưới các thành phố học
   tập toàn cầu của UNESCO". The Vietnamese text (letterhead table, I.-V., Nơi nhận and signature table, a Phụ lục
   table of 2027 targets per xã, phường) is followed, after a page break, by "BẢN DỊCH TIẾNG ANH / ENGLISH
   TRANSLATION" with the same structure ("I. PURPOSES AND REQUIREMENTS" … "V. IMPLEMENTATION", "1. Division of
   Education and Training: …"), an English letterhead and signature, a translator's note saying it was made from the
   DRAFT (Tờ trình 39/TTr-PGDĐT) and that the Vietnamese text prevails — and ONE deliberate difference: the draft's
   budget (VND 17,800 million, city budget 11,600) where the issued Vietnamese text says 18.600 / 12.400 triệu đồng.
   Not translated: the Nơi nhận and the Phụ lục ("[The Annex is not translated.]").
2. kiengiang_27-KH-HKH_2025.docx - a plan of a MASS ORGANISATION, not of a People's Committee: Kế hoạch 27/KH-HKH of
   the Hội Khuyến học tỉnh Kiên Giang (02/4/2025, giai đoạn 2025 - 2030), letterhead "HỘI KHUYẾN HỌC VIỆT NAM / HỘI
   KHUYẾN HỌC TỈNH KIÊN GIANG", signed "TM. BAN THƯỜNG VỤ / CHỦ TỊCH"; a "CHỮ VIẾT TẮT DÙNG TRONG KẾ HOẠCH" table
   (HKH, BTV, CHKH, BĐD, GĐHT, DHHT, CĐHT, ĐVHT, CDHT, TTHTCĐ, QKH) before the căn cứ, after which the body uses the
   short forms only; V. TỔ CHỨC THỰC HIỆN gives tasks to the Hội's own levels and units (BTV, Văn phòng Hội, the Ban
   chuyên môn, HKH cấp huyện, HKH cấp xã / CHKH / BĐD) and "Đề nghị" / "phối hợp với" lines to bodies it cannot
   order; a Phụ lục table of 2027 targets per HKH huyện, thành phố (Rạch Giá's row among them: 62% GĐHT where the
   city's own plan sets 65% for 2027).
"""
import datetime
import os
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src48")
OUT = os.path.join(HERE, "plans48")
CITY = "rachgia_58-KH-UBND_2025.docx"
HOI = "kiengiang_27-KH-HKH_2025.docx"


def read_src(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        return [ln.rstrip("\n") for ln in f if ln.strip()]


def no_borders(table):
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def set_lang(run, lang):
    rpr = run._r.get_or_add_rPr()
    el = OxmlElement("w:lang")
    el.set(qn("w:val"), lang)
    rpr.append(el)


def para(doc, text, bold=False, italic=False, center=False, lang=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if lang:
        set_lang(r, lang)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


def two_col(doc, rows, bold_right=True, lang=None):
    t = doc.add_table(rows=0, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    no_borders(t)
    for left, right in rows:
        cells = t.add_row().cells
        for cell, text, bold in ((cells[0], left, False), (cells[1], right, bold_right)):
            p = cell.paragraphs[0]
            r = p.add_run(text)
            r.bold = bold
            if lang:
                set_lang(r, lang)
    return t


def sign_block(doc, rows, lang=None):
    """Nơi nhận (left cell) beside the signature (right cell): ONE row, each cell a stack of paragraphs."""
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    for col, bold in ((0, False), (1, True)):
        cell = t.rows[0].cells[col]
        texts = [r[col] for r in rows if r[col]]
        for i, text in enumerate(texts):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            r = p.add_run(text)
            r.bold = bold or text == "Nơi nhận:"
            r.italic = text == "Nơi nhận:"
            if lang:
                set_lang(r, lang)
            if col == 1:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def grid(doc, rows):
    t = doc.add_table(rows=0, cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            r = cell.paragraphs[0].add_run(text)
            r.bold = i == 0
    return t


def render(doc, lines, lang=None):
    buf = []
    mode = None
    for ln in lines:
        kind, _, text = ln.partition(":")
        text = text[1:] if text.startswith(" ") else text
        if ln in ("ENDLH", "ENDSIG", "ENDT"):
            if ln == "ENDLH":
                two_col(doc, buf, bold_right=True, lang=lang)
            elif ln == "ENDSIG":
                sign_block(doc, buf, lang=lang)
            else:
                grid(doc, buf)
            buf, mode = [], None
            continue
        if kind in ("LH", "SIG"):
            left, right = text.split("|", 1)
            buf.append((left.strip(), right.strip()))
            mode = kind
            continue
        if kind == "T":
            buf.append([c.strip() for c in text.split("|")])
            mode = "T"
            continue
        assert mode is None, ln
        if kind == "PB":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "TITLE":
            para(doc, text, bold=True, center=True, lang=lang)
        elif kind in ("SUB", "C"):
            para(doc, text, bold=True, center=True, lang=lang)
        elif kind == "N":
            para(doc, text, italic=True, lang=lang)
        elif kind == "H1":
            para(doc, text, bold=True, lang=lang)
        elif kind == "H2":
            para(doc, text, bold=True, lang=lang)
        elif kind == "H3":
            para(doc, text, bold=True, italic=True, lang=lang)
        elif kind == "P":
            para(doc, text, lang=lang)
        else:
            raise ValueError(ln)


def save(doc, name, when):
    """Save with fixed core-property dates and zip timestamps, so a rebuild gives the same bytes."""
    doc.core_properties.created = when
    doc.core_properties.modified = when
    doc.core_properties.last_modified_by = doc.core_properties.author
    doc.core_properties.revision = 3
    path = os.path.join(OUT, name)
    doc.save(path)
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for fname, data in items:
            info = zipfile.ZipInfo(fname, date_time=when.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def new_doc(title, author):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    doc.core_properties.title = title
    doc.core_properties.author = author
    return doc


def build_city():
    doc = new_doc("Kế hoạch xây dựng thành phố học tập Rạch Giá 2025 - 2030", "Phòng GD&ĐT thành phố Rạch Giá")
    render(doc, read_src("rachgia_vi.txt"), lang="vi-VN")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    render(doc, read_src("rachgia_en.txt"), lang="en-GB")
    save(doc, CITY, datetime.datetime(2025, 3, 14, 8, 30, 0))


def build_hoi():
    doc = new_doc("Kế hoạch 27/KH-HKH giai đoạn 2025 - 2030", "Văn phòng Hội Khuyến học tỉnh Kiên Giang")
    render(doc, read_src("hkh_kiengiang.txt"), lang="vi-VN")
    save(doc, HOI, datetime.datetime(2025, 4, 2, 9, 15, 0))


def main():
    os.makedirs(OUT, exist_ok=True)
    build_city()
    build_hoi()
    print("wrote", CITY, HOI)


if __name__ == "__main__":
    main()
