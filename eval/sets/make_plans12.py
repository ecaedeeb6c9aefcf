"""Regenerate the twelfth held-out set's plans in eval/sets/plans12/ from the sources in eval/sets/src12/.

    python eval/sets/make_plans12.py

src12/hoabinh.txt       -> plans12/hoabinh_1936-KH-UBND_2024.txt (tỉnh; what `pdftotext -layout` gives for a scanned,
                           OCRed PDF; copied as is): the header block side by side in space-separated columns
                           ("UBND TỈNH HÒA BÌNH        CỘNG HÒA …"), form feeds "\\f" between the four pages and a
                           right-aligned running footer "Trang N" before each; hyphenless hard wraps mid-sentence
                           (even inside a body's name: "Trung tâm Giáo dục nghề / nghiệp"); a few OCR errors in words
                           ("kế hoach", "học tâp") and one in a figure ("1.2OO lớp"); roman sections, "1.", "a)" and
                           "-" items; Bảng 1 with columns only space-aligned ("Chỉ tiêu   ĐVT   2026   2028   2030"),
                           each label wrapping onto a second line inside its column (so a row reads "1. Tỷ lệ gia
                           đình đạt danh hiệu   %   62   70   78" and its second line "“Gia đình học tập”"); agency
                           tasks under "V." as "N. Sở …:" lines with "-" items, the "Đề nghị" item 9 with OCRed
                           lettered items a)–d) naming bodies inside them; funding with "Đơn vị tính: triệu đồng"
                           above a space-aligned table by source (rows) and year 2025…2030 + Tổng (columns).
src12/thanhmien.txt     -> plans12/thanhmien_95-KH-UBND_2024.docx (huyện; python-docx): header and signature in
                           borderless two-column tables; Heading 1 for roman sections, Heading 2 for "1." sub-heads
                           (numbers typed); the targets as a **List Bullet** list (Word's bullet is not in the text)
                           with "≥"/"≤" values and one item set only for 2030; the III tasks as **List Number**
                           paragraphs (Word auto-numbering, NOT in the text); a funding table after "Đơn vị: triệu
                           đồng" (TT | Nhóm nhiệm vụ | Ngân sách huyện | Ngân sách xã | Xã hội hóa | Tổng, one "-"
                           cell, a "Tổng cộng" row); **responsibilities as a two-column table "Cơ quan, đơn vị" |
                           "Nhiệm vụ"**, each Nhiệm vụ cell several "-" lines joined by soft breaks (<w:br/>), one
                           row's two cells vertically merged over two table rows and naming two bodies ("Phòng Văn
                           hóa và Thông tin; Trung tâm Văn hóa - Thể thao"); the reporting in a final "6. Chế độ báo
                           cáo"; after the signature "PHỤ LỤC 1: CHỈ TIÊU" repeating two targets with a "Ghi chú"
                           column.
src12/duongminhchau.md  -> plans12/duongminhchau_186-KH-UBND_2025.md (xã, one-year plan for 2026; markdown typed by
                           hand; copied as is): plain header lines, "**PHẦN I**" … "**PHẦN IV**" with bold titles and
                           roman-free bold sections, items "1)" "2)", sub-items "a-" "b-", bullets "•" and "+"; figures
                           in words and digits ("tám mươi (80) phần trăm", "ít nhất mười (10) chuyên đề", "95 phần
                           trăm"); a month-by-month pipe table Tháng | Nội dung | Đơn vị thực hiện | Ghi chú with
                           merged months "Tháng 3-4", "Tháng 7-8" and one empty Ghi chú; a short Kinh phí part in
                           "đồng" (120.000.000 = 75.000.000 + 45.000.000); the agency tasks as "**Công chức …**" bold
                           lines followed by "+" items.

DOCX source markup: '@hdr left | right' header rows; '@title' centred bold; '@h1'/'@h2' Heading 1/2; '@p' paragraph;
'@bul' List Bullet; '@num' List Number; '@bh'/'@br' budget header/rows; '@rh'/'@rr' responsibility header/rows
('\\n' = soft break); '@rm' a responsibility row merged over two table rows; '@endtable'; '@sign left | right';
'@pl' appendix title lines; '@ah'/'@ar' appendix header/rows. Content is fictional (numbers, figures, names); the
places are real.
"""
import os
import shutil
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src12")
OUT = os.path.join(HERE, "plans12")
TXT_NAME = "hoabinh_1936-KH-UBND_2024.txt"
DOCX_NAME = "thanhmien_95-KH-UBND_2024.docx"
MD_NAME = "duongminhchau_186-KH-UBND_2025.md"


def read_src(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        raw = unicodedata.normalize("NFC", f.read())
    out = []
    for line in raw.splitlines():
        line = line.rstrip()
        if not line:
            continue
        tag, _, rest = line.partition(" ")
        out.append((tag[1:], rest.replace("\\n", "\n")))
    return out


def _borderless(table):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        borders.append(e)
    table._tbl.tblPr.append(borders)


def _cell(cell, text, bold=False, italic=False, center=False, size=None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def make_docx(src, path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    hdr = [r for t, r in src if t == "hdr"]
    t = doc.add_table(rows=len(hdr), cols=2)
    _borderless(t)
    for i, r in enumerate(hdr):
        left, right = (x.strip() for x in r.split("|"))
        _cell(t.cell(i, 0), left, bold=(i == 1), center=True, size=12)
        _cell(t.cell(i, 1), right, bold=(i < 2), italic=(i == 2), center=True, size=12)
    rows, signs, app = [], [], []
    for tag, rest in src:
        if tag == "hdr":
            continue
        if tag == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(rest).bold = True
        elif tag == "h1":
            doc.add_heading(rest, level=1)
        elif tag == "h2":
            doc.add_heading(rest, level=2)
        elif tag == "p":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.add_run(rest)
        elif tag == "bul":
            doc.add_paragraph(rest, style="List Bullet")
        elif tag == "num":
            doc.add_paragraph(rest, style="List Number")
        elif tag in ("bh", "br", "rh", "rr", "rm"):
            rows.append((tag, rest.split("|")))
        elif tag == "endtable":
            (budget_table if rows[0][0] == "bh" else resp_table)(doc, rows)
            rows = []
        elif tag == "sign":
            signs.append([x.strip() for x in rest.split("|")])
        elif tag in ("pl", "ah", "ar"):
            app.append((tag, rest))
    t = doc.add_table(rows=len(signs), cols=2)
    _borderless(t)
    for i, (l, r) in enumerate(signs):
        _cell(t.cell(i, 0), l, bold=(i == 0), italic=(i == 0), size=11)
        _cell(t.cell(i, 1), r, bold=True, center=True)
    doc.add_page_break()
    arows = []
    for tag, rest in app:
        if tag == "pl":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(rest)
            r.bold = not rest.startswith("(")
            r.italic = rest.startswith("(")
        else:
            arows.append((tag, rest.split("|")))
    t = doc.add_table(rows=len(arows), cols=5)
    t.style = "Table Grid"
    for i, (tag, cells) in enumerate(arows):
        for c, txt in enumerate(cells):
            _cell(t.cell(i, c), txt, bold=(tag == "ah"), center=(c != 1), size=12)
    doc.save(path)


def budget_table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=6)
    t.style = "Table Grid"
    for i, (tag, cells) in enumerate(rows):
        total = cells[1].startswith("Tổng cộng")
        for c, txt in enumerate(cells):
            _cell(t.cell(i, c), txt, bold=(tag == "bh" or total), center=(c != 1), size=12)


def resp_table(doc, rows):
    n = sum(2 if tag == "rm" else 1 for tag, _ in rows)
    t = doc.add_table(rows=n, cols=2)
    t.style = "Table Grid"
    i = 0
    for tag, (body, tasks) in rows:
        a, b = t.cell(i, 0), t.cell(i, 1)
        if tag == "rm":
            a = a.merge(t.cell(i + 1, 0))
            b = b.merge(t.cell(i + 1, 1))
        _cell(a, body, bold=True, center=(tag == "rh"), size=12)
        _cell(b, tasks, bold=(tag == "rh"), center=(tag == "rh"), size=12)
        i += 2 if tag == "rm" else 1


def main():
    os.makedirs(OUT, exist_ok=True)
    shutil.copyfile(os.path.join(SRC, "hoabinh.txt"), os.path.join(OUT, TXT_NAME))
    make_docx(read_src("thanhmien.txt"), os.path.join(OUT, DOCX_NAME))
    shutil.copyfile(os.path.join(SRC, "duongminhchau.md"), os.path.join(OUT, MD_NAME))
    for n in (TXT_NAME, DOCX_NAME, MD_NAME):
        print(os.path.join(OUT, n), os.path.getsize(os.path.join(OUT, n)))


if __name__ == "__main__":
    main()
