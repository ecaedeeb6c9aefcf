"""Regenerate the nineteenth held-out set's plans in eval/sets/plans19/ from the sources in eval/sets/src19/.

    python eval/sets/make_plans19.py

src19/dienbien.txt -> plans19/dienbien_3185-KH-UBND_2024.docx (tỉnh; python-docx; section and sub-section headings in
                      Word "Heading 1"/"Heading 2" styles whose "I."/"1." come from an OUTLINE NUMBERING defined in
                      numbering.xml (upperRoman / decimal, restarting under each Heading 1) — the numbers are not
                      typed; targets as a NESTED bullet list ("List Bullet" year items, "List Bullet 2" targets under
                      each year); funding as a year × source table with a "Tổng" column and a "Cộng" row, the unit
                      "(triệu đồng)" in the header cells; agency duties as a table TT | Cơ quan | Nhiệm vụ | Thời hạn |
                      Sản phẩm whose TT and Cơ quan cells are VERTICALLY MERGED (w:vMerge) over each body's 1–4 rows)
src19/bacha.txt    -> plans19/bacha_96-KH-UBND_2025.pdf (huyện; fpdf2 + DejaVu Sans text PDF, five pages; page 3 is a
                      portrait page whose content is drawn turned a quarter-turn and marked /Rotate 90, so it shows as
                      a LANDSCAPE targets table TT | Chỉ tiêu | Đơn vị tính | Năm 2026 | Năm 2028 | Năm 2030 with one
                      blank cell and a note; lines wrapped at spaces, a few ending " -" inside a compound name
                      ("Phòng Lao động -" / "Thương binh và Xã hội"); FOOTNOTES ("¹ …") at the foot of the page that
                      cites them; "VI. CHẾ ĐỘ THÔNG TIN, BÁO CÁO" with four dated deadlines)
src19/iakring.md   -> plans19/iakring_45-KH-UBND_2025.md (phường; copied as is: a note-app markdown export with a
                      YAML front matter, emoji headings, "> [!NOTE]" / "> **Lưu ý:**" callouts, "- [ ]"/"- [x]"
                      checkbox duties, pipe tables with alignment colons, ***bold-italic*** spans, `code` numbers)

Source markup (docx): '@hdr left|right' header table row; '@cb' centred bold line; '@p' paragraph; '@h1'/'@h2'
numbered headings; '@b1'/'@b2' bullets; '@ftable'/'@frow'/'@fend unit' funding table; '@dtable'/'@drow'/'@dend'
duties table ('^' = merged with the cell above); '@sign left|right' signature rows. (pdf): '@hdr', '@cb', '@h', '@p'
(wrapped at spaces; '¦' forces a line break), '@fn' footnote of the current page, '@page' new page, '@rpage title' /
'@rsub' / '@rrow' / '@rnote' the rotated landscape page, '@sign'. Content is fictional (numbers, figures, names,
local documents); places are real.
"""
import os
import shutil
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src19")
OUT = os.path.join(HERE, "plans19")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
DOCX_NAME = "dienbien_3185-KH-UBND_2024.docx"
PDF_NAME = "bacha_96-KH-UBND_2025.pdf"
MD_NAME = "iakring_45-KH-UBND_2025.md"


def read_src(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        raw = unicodedata.normalize("NFC", f.read())
    out = []
    for line in raw.splitlines():
        line = line.rstrip()
        if not line:
            continue
        tag, _, rest = line.partition(" ")
        out.append((tag[1:], rest))
    return out


def borders(table, val):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), val)
        e.set(qn("w:sz"), "6")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        b.append(e)
    table._tbl.tblPr.append(b)


def add_outline_numbering(doc):
    """An abstractNum with level 0 'I.' (upperRoman) and level 1 '1.' (decimal, restarts after level 0)."""
    from docx.oxml import parse_xml

    part = doc.part.numbering_part
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    absn = parse_xml(
        f'<w:abstractNum {W} w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/>'
        '<w:lvlRestart w:val="1"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>'
        '</w:abstractNum>')
    num = parse_xml(f'<w:num {W} w:numId="90"><w:abstractNumId w:val="90"/></w:num>')
    root = part.element
    first_num = root.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        root.append(absn)
    root.append(num)
    return "90"


def set_num(p, num_id, ilvl):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    pPr = p._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    lv = OxmlElement("w:ilvl")
    lv.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), num_id)
    numPr.append(lv)
    numPr.append(ni)
    pPr.insert(0, numPr) if len(pPr) == 0 else pPr.append(numPr)


def vmerge(cell, val):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tcPr = cell._tc.get_or_add_tcPr()
    m = OxmlElement("w:vMerge")
    if val:
        m.set(qn("w:val"), val)
    tcPr.append(m)


def make_docx(src, path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for name in ("Heading 1", "Heading 2"):
        hs = doc.styles[name]
        hs.font.name = "Times New Roman"
        hs.font.size = Pt(13)
        hs.font.color.rgb = RGBColor(0, 0, 0)
    num_id = add_outline_numbering(doc)
    hdr = [r.split("|") for t, r in src if t == "hdr"]
    ht = doc.add_table(rows=len(hdr), cols=2)
    for i, (a, b) in enumerate(hdr):
        for j, v in enumerate((a, b)):
            c = ht.cell(i, j)
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = c.paragraphs[0].add_run(v)
            r.bold = not v.startswith(("Số", "Điện Biên,"))
            r.italic = v.startswith("Điện Biên,")
    rows = None
    for tag, rest in src:
        if tag == "hdr":
            continue
        if tag == "cb":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(rest).bold = True
        elif tag == "p":
            p = doc.add_paragraph(rest)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif tag in ("h1", "h2"):
            p = doc.add_paragraph(rest, style="Heading 1" if tag == "h1" else "Heading 2")
            set_num(p, num_id, 0 if tag == "h1" else 1)
        elif tag == "b1":
            doc.add_paragraph(rest, style="List Bullet")
        elif tag == "b2":
            doc.add_paragraph(rest, style="List Bullet 2")
        elif tag in ("ftable", "dtable"):
            rows = [rest.split("|")]
        elif tag in ("frow", "drow"):
            rows.append(rest.split("|"))
        elif tag == "fend":
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            borders(t, "single")
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    c = t.cell(i, j)
                    if i == 0 and j > 0:
                        v = f"{v} (triệu đồng)"
                    run = c.paragraphs[0].add_run(v)
                    run.bold = i == 0 or r[0] == "Cộng"
                    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER if j == 0 else WD_ALIGN_PARAGRAPH.RIGHT
            rows = None
        elif tag == "dend":
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            borders(t, "single")
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    c = t.cell(i, j)
                    if v == "^":
                        vmerge(c, None)
                        continue
                    if j < 2 and i > 0 and i + 1 < len(rows) and rows[i + 1][j] == "^":
                        vmerge(c, "restart")
                    run = c.paragraphs[0].add_run(v)
                    run.bold = i == 0
            rows = None
        elif tag == "sign":
            pass
    signs = [r.split("|") for t, r in src if t == "sign"]
    stt = doc.add_table(rows=len(signs), cols=2)
    for i, (a, b) in enumerate(signs):
        ca, cb = stt.cell(i, 0), stt.cell(i, 1)
        ra = ca.paragraphs[0].add_run(a)
        ra.font.size = Pt(11)
        ra.bold = i == 0
        ra.italic = i == 0
        cb.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        rb = cb.paragraphs[0].add_run(b)
        rb.bold = not b.startswith("(")
        rb.italic = b.startswith("(")
    doc.save(path)


def make_pdf(src, path):
    from fpdf import FPDF

    notes = {}

    class Plan(FPDF):
        def footer(self):
            fns = notes.get(self.page_no(), [])
            if fns:
                y = self.h - 20 - 5 * len(fns)
                self.line(25, y, 85, y)
                self.set_font("DejaVu", "", 8.5)
                for i, t in enumerate(fns):
                    self.set_xy(25, y + 1 + i * 5)
                    self.cell(0, 5, t)
            if self.page_no() == 3:
                return
            self.set_y(-14)
            self.set_font("DejaVu", "", 9)
            self.cell(0, 8, f"Trang {self.page_no()}/5", align="C")

    pdf = Plan(format="A4")
    for style, suf in (("", ""), ("B", "-Bold"), ("I", "-Oblique"), ("BI", "-BoldOblique")):
        pdf.add_font("DejaVu", style, os.path.join(FONT_DIR, "DejaVuSans" + suf + ".ttf"))
    pdf.set_margins(25, 18, 18)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    W = pdf.w - 43
    LH = 6

    def wrap(text, size, style=""):
        pdf.set_font("DejaVu", style, size)
        lines = []
        for seg in text.split("¦"):
            cur = ""
            for w in seg.split(" "):
                t = (cur + " " + w) if cur else w
                if pdf.get_string_width(t) > W and cur:
                    lines.append(cur)
                    cur = w
                else:
                    cur = t
            lines.append(cur)
        return lines

    def line(text, size=11, style="", align="L"):
        if pdf.get_y() > pdf.h - 45:
            raise SystemExit(f"page {pdf.page_no()} overflows at: {text[:40]}")
        pdf.set_font("DejaVu", style, size)
        pdf.set_x(25)
        pdf.cell(W, LH, text, align=align, new_x="LMARGIN", new_y="NEXT")

    hdr = [r.split("|") for t, r in src if t == "hdr"]
    y0 = pdf.get_y()
    for i, (a, b) in enumerate(hdr):
        pdf.set_xy(25, y0 + i * 6)
        pdf.set_font("DejaVu", "" if a.startswith("Số") else "B", 10.5)
        pdf.cell(62, 6, a, align="C")
        pdf.set_xy(87, y0 + i * 6)
        pdf.set_font("DejaVu", "I" if i == len(hdr) - 1 else "B", 10.5)
        pdf.cell(W - 62, 6, b, align="C")
    pdf.set_y(y0 + len(hdr) * 6 + 6)
    rot = None
    signs = []
    for tag, rest in src:
        if tag == "hdr":
            continue
        if tag == "cb":
            line(rest, 12, "B", "C")
        elif tag == "h":
            line(rest, 11, "B")
        elif tag == "p":
            for ln in wrap(rest, 11):
                line(ln)
        elif tag == "fn":
            notes.setdefault(pdf.page_no(), []).append(rest)
        elif tag == "page":
            pdf.add_page()
        elif tag == "rpage":
            rot = {"title": rest, "rows": []}
        elif tag == "rsub":
            rot["sub"] = rest
        elif tag == "rrow":
            rot["rows"].append(rest.split("|"))
        elif tag == "rnote":
            rot["note"] = rest
            pdf.add_page()
            draw_rotated(pdf, rot)
        elif tag == "sign":
            signs.append(rest.split("|"))
    y0 = pdf.get_y() + 4
    for i, (a, b) in enumerate(signs):
        pdf.set_xy(25, y0 + i * 6)
        pdf.set_font("DejaVu", "BI" if i == 0 else "", 9.5)
        pdf.cell(80, 6, a)
        pdf.set_xy(105, y0 + i * 6)
        pdf.set_font("DejaVu", "I" if b.startswith("(") else "B", 11)
        pdf.cell(W - 80, 6, b, align="C")
    pdf.output(path)
    from pypdf import PdfReader, PdfWriter

    r = PdfReader(path)
    w = PdfWriter()
    for i, pg in enumerate(r.pages):
        if i == 2:
            pg.rotate(90)
        w.add_page(pg)
    with open(path, "wb") as f:
        w.write(f)


def draw_rotated(pdf, rot):
    """Draw a landscape page (297 x 210, y down) turned a quarter-turn counter-clockwise on the portrait page."""
    with pdf.rotation(angle=90, x=148.5, y=148.5):
        pdf.set_font("DejaVu", "B", 12)
        pdf.set_xy(20, 16)
        pdf.cell(257, 7, rot["title"], align="C")
        pdf.set_font("DejaVu", "I", 10)
        pdf.set_xy(20, 23)
        pdf.cell(257, 6, rot["sub"], align="C")
        widths = (12, 150, 27, 22, 22, 22)
        y = 34
        for i, r in enumerate(rot["rows"]):
            x = 21
            pdf.set_font("DejaVu", "B" if i == 0 else "", 10)
            for wdt, v in zip(widths, r, strict=True):
                pdf.rect(x, y, wdt, 11)
                pdf.set_xy(x, y + 2.5)
                pdf.cell(wdt, 6, v, align="L" if wdt == 150 else "C")
                x += wdt
            y += 11
        pdf.set_font("DejaVu", "I", 9.5)
        pdf.set_xy(21, y + 3)
        pdf.cell(255, 6, rot["note"])
        pdf.set_font("DejaVu", "", 9)
        pdf.set_xy(20, 196)
        pdf.cell(257, 6, "Trang 3/5", align="C")


def main():
    os.makedirs(OUT, exist_ok=True)
    make_docx(read_src("dienbien.txt"), os.path.join(OUT, DOCX_NAME))
    make_pdf(read_src("bacha.txt"), os.path.join(OUT, PDF_NAME))
    shutil.copyfile(os.path.join(SRC, "iakring.md"), os.path.join(OUT, MD_NAME))
    for n in (DOCX_NAME, PDF_NAME, MD_NAME):
        print("->", os.path.join(OUT, n))


if __name__ == "__main__":
    main()
