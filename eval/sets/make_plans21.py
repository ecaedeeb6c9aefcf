"""Regenerate the twenty-first held-out set's plans in eval/sets/plans21/ from the sources in eval/sets/src21/.

    python eval/sets/make_plans21.py

src21/thainguyen.txt    -> plans21/thainguyen_2736-QD-UBND_2024.docx (tỉnh; python-docx; a one-page QUYẾT ĐỊNH
                           (Căn cứ …, Điều 1–3, "Nơi nhận" beside the signature in a borderless table) then a page
                           break and the KẾ HOẠCH "(Ban hành kèm theo Quyết định số 2736/QĐ-UBND …)" with no number
                           of its own, ending with a "PHỤ LỤC: PHÂN CÔNG NHIỆM VỤ" table STT | Nội dung nhiệm vụ |
                           Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm of 18 rows, one
                           Sản phẩm cell blank)
src21/tuky.txt          -> plans21/tuky_73-KH-UBND_2025.docx (huyện; python-docx; every run typed in the legacy
                           TCVN3 (ABC) encoding: each run's characters are the TCVN3 bytes read as Latin-1 (what an
                           old .doc converted to .docx keeps), font ".VnTime" for mixed-case text and ".VnTimeH" for
                           lines in capitals; in a ".VnTimeH" run capitals are typed with the LOWERCASE code points
                           (the H font draws them as capitals), and a capital toned vowel inside a ".VnTime" line
                           ("Ủy", "Ấ") is a one-letter ".VnTimeH" run, as typists did; Ă Â Ê Ô Ơ Ư Đ in ".VnTime"
                           use TCVN3's own capital code points ¡ ¢ £ ¤ ¥ ¦ §)
src21/hoangchau2025.txt -> plans21/hoangchau_09-KH-UBND_2025.pdf (xã Hoằng Châu, huyện Hoằng Hóa; plan for 2025)
src21/hoangchau2026.txt -> plans21/hoangchau_27-KH-UBND_2026.pdf (the same xã after the 2025 arrangement; plan for 2026)
                           (both fpdf2 + DejaVu Sans text PDFs, two pages each, lines wrapped at spaces, a paragraph
                           kept on one page, "Trang N" at each foot; same layout, different numbers, dates,
                           targets, budgets, signers and partly different bodies)

Source markup: '@hdr left|right' header rows; '@cb' centred bold; '@ci' centred italic; '@h' bold heading; '@p'
paragraph; '@break' page break (docx); '@table'/'@row'/'@end' a table (docx); '@sign left|right' Nơi nhận and
signature rows. Content is fictional (numbers, figures, names, local documents); places are real.
"""
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src21")
OUT = os.path.join(HERE, "plans21")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
TN_NAME = "thainguyen_2736-QD-UBND_2024.docx"
TK_NAME = "tuky_73-KH-UBND_2025.docx"
HC25_NAME = "hoangchau_09-KH-UBND_2025.pdf"
HC26_NAME = "hoangchau_27-KH-UBND_2026.pdf"

# TCVN3 (TCVN 5712:1993, VN3 / "ABC") code points of the Vietnamese letters, as the Latin-1 characters of the bytes.
# Lowercase letters (all 134 toned / shaped ones) and the seven shaped capitals of the .VnTime font.
TCVN3_LOWER = {
    "ă": "\xa8", "â": "\xa9", "ê": "\xaa", "ô": "\xab", "ơ": "\xac", "ư": "\xad", "đ": "\xae",
    "à": "\xb5", "ả": "\xb6", "ã": "\xb7", "á": "\xb8", "ạ": "\xb9",
    "ằ": "\xbb", "ẳ": "\xbc", "ẵ": "\xbd", "ắ": "\xbe", "ặ": "\xc6",
    "ầ": "\xc7", "ẩ": "\xc8", "ẫ": "\xc9", "ấ": "\xca", "ậ": "\xcb",
    "è": "\xcc", "ẻ": "\xce", "ẽ": "\xcf", "é": "\xd0", "ẹ": "\xd1",
    "ề": "\xd2", "ể": "\xd3", "ễ": "\xd4", "ế": "\xd5", "ệ": "\xd6",
    "ì": "\xd7", "ỉ": "\xd8", "ĩ": "\xdc", "í": "\xdd", "ị": "\xde",
    "ò": "\xdf", "ỏ": "\xe1", "õ": "\xe2", "ó": "\xe3", "ọ": "\xe4",
    "ồ": "\xe5", "ổ": "\xe6", "ỗ": "\xe7", "ố": "\xe8", "ộ": "\xe9",
    "ờ": "\xea", "ở": "\xeb", "ỡ": "\xec", "ớ": "\xed", "ợ": "\xee",
    "ù": "\xef", "ủ": "\xf1", "ũ": "\xf2", "ú": "\xf3", "ụ": "\xf4",
    "ừ": "\xf5", "ử": "\xf6", "ữ": "\xf7", "ứ": "\xf8", "ự": "\xf9",
    "ỳ": "\xfa", "ỷ": "\xfb", "ỹ": "\xfc", "ý": "\xfd", "ỵ": "\xfe",
}
TCVN3_UPPER = {"Ă": "\xa1", "Â": "\xa2", "Ê": "\xa3", "Ô": "\xa4", "Ơ": "\xa5", "Ư": "\xa6", "Đ": "\xa7"}


def tcvn3_runs(text):
    """Unicode text -> [(tcvn3_text, font)]: a line in capitals is one .VnTimeH run (lowercase code points for the
    shaped letters, ASCII capitals kept); otherwise .VnTime, with a capital toned vowel as a one-letter .VnTimeH run."""
    if any(c.isalpha() for c in text) and text == text.upper():
        return [("".join(TCVN3_LOWER.get(c.lower(), c) for c in text), ".VnTimeH")]
    runs, cur = [], ""
    for c in text:
        if c in TCVN3_LOWER:
            cur += TCVN3_LOWER[c]
        elif c in TCVN3_UPPER:
            cur += TCVN3_UPPER[c]
        elif c.lower() in TCVN3_LOWER:  # a capital toned vowel: not in the .VnTime font
            if cur:
                runs.append((cur, ".VnTime"))
            runs.append((TCVN3_LOWER[c.lower()], ".VnTimeH"))
            cur = ""
        else:
            if ord(c) > 127 and c not in "“”‘’":
                raise ValueError(f"no TCVN3 code for {c!r} in {text!r}")
            cur += c
    if cur:
        runs.append((cur, ".VnTime"))
    return runs


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


def make_docx(src, path, tcvn3=False):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = ".VnTime" if tcvn3 else "Times New Roman"
    st.font.size = Pt(14 if tcvn3 else 13)

    def add(par, text, bold=False, italic=False, size=None):
        pieces = tcvn3_runs(text) if tcvn3 else [(text, None)]
        for t, font in pieces:
            r = par.add_run(t)
            r.bold, r.italic = bold, italic
            if font:
                r.font.name = font
                r._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:cs"), font)
            if size:
                r.font.size = Pt(size)
        return par

    hdr = [r.split("|") for t, r in src if t == "hdr"]
    ht = doc.add_table(rows=len(hdr), cols=2)
    for i, (a, b) in enumerate(hdr):
        for j, v in enumerate((a, b)):
            p = ht.cell(i, j).paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add(p, v, bold=not v.startswith("Số") and i < 2, italic=i == 2 and j == 1)
    rows, signs = None, []
    for tag, rest in src:
        if tag == "hdr":
            continue
        if tag == "sign":
            signs.append(rest.split("|"))
            continue
        if signs:
            fill_signs(doc.add_table(rows=0, cols=2), signs, add)
            signs = []
        if tag in ("cb", "ci"):
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add(p, rest, bold=tag == "cb", italic=tag == "ci")
        elif tag == "h":
            add(doc.add_paragraph(), rest, bold=True)
        elif tag == "p":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            add(p, rest)
        elif tag == "break":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif tag == "table":
            rows = [rest.split("|")]
        elif tag == "row":
            rows.append(rest.split("|"))
        elif tag == "end":
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            borders(t, "single")
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    if v:
                        add(t.cell(i, j).paragraphs[0], v, bold=i == 0, size=11)
            rows = None
    if signs:
        fill_signs(doc.add_table(rows=0, cols=2), signs, add)
    doc.save(path)


def fill_signs(tbl, signs, add):
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    for i, (a, b) in enumerate(signs):
        cells = tbl.add_row().cells
        add(cells[0].paragraphs[0], a, bold=i == 0, italic=i == 0, size=11)
        if b:
            cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            add(cells[1].paragraphs[0], b, bold=not b.startswith("("), italic=b.startswith("("))


def make_pdf(src, path):
    from fpdf import FPDF

    class Plan(FPDF):
        def footer(self):
            self.set_y(-14)
            self.set_font("DejaVu", "", 9)
            self.cell(0, 8, f"Trang {self.page_no()}", align="C")

    pdf = Plan(format="A4")
    for style, suf in (("", ""), ("B", "-Bold"), ("I", "-Oblique"), ("BI", "-BoldOblique")):
        pdf.add_font("DejaVu", style, os.path.join(FONT_DIR, "DejaVuSans" + suf + ".ttf"))
    pdf.set_margins(25, 18, 18)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    W = pdf.w - 43
    LH = 6

    def wrap(text, size, style=""):
        pdf.set_font("DejaVu", style, size)
        lines, cur = [], ""
        for w in text.split(" "):
            t = (cur + " " + w) if cur else w
            if pdf.get_string_width(t) > W and cur:
                lines.append(cur)
                cur = w
            else:
                cur = t
        lines.append(cur)
        return lines

    def line(text, size=11, style="", align="L"):
        pdf.set_font("DejaVu", style, size)
        pdf.set_x(25)
        pdf.cell(W, LH, text, align=align, new_x="LMARGIN", new_y="NEXT")

    hdr = [r.split("|") for t, r in src if t == "hdr"]
    y0 = pdf.get_y()
    for i, (a, b) in enumerate(hdr):
        pdf.set_xy(25, y0 + i * 6)
        pdf.set_font("DejaVu", "" if a.startswith("Số") else "B", 9.5)
        pdf.cell(80, 6, a, align="C")
        pdf.set_xy(105, y0 + i * 6)
        pdf.set_font("DejaVu", "I" if i == len(hdr) - 1 else "B", 9.5)
        pdf.cell(W - 80, 6, b, align="C")
    pdf.set_y(y0 + len(hdr) * 6 + 6)
    signs = []
    for tag, rest in src:
        if tag == "cb":
            for ln in wrap(rest, 12, "B"):
                line(ln, 12, "B", "C")
        elif tag == "h":
            line(rest, 11, "B")
        elif tag == "p":
            lines = wrap(rest, 11)
            if pdf.get_y() + len(lines) * LH > pdf.page_break_trigger:
                pdf.add_page()  # a paragraph is kept on one page
            for ln in lines:
                line(ln)
        elif tag == "sign":
            signs.append(rest.split("|"))
    if pdf.get_y() > pdf.h - 60:
        pdf.add_page()
    y0 = pdf.get_y() + 4
    for i, (a, b) in enumerate(signs):
        pdf.set_xy(25, y0 + i * 6)
        pdf.set_font("DejaVu", "BI" if i == 0 else "", 9.5)
        pdf.cell(80, 6, a)
        pdf.set_xy(105, y0 + i * 6)
        pdf.set_font("DejaVu", "B", 11)
        pdf.cell(W - 80, 6, b, align="C")
    pdf.output(path)


def main():
    os.makedirs(OUT, exist_ok=True)
    make_docx(read_src("thainguyen.txt"), os.path.join(OUT, TN_NAME))
    make_docx(read_src("tuky.txt"), os.path.join(OUT, TK_NAME), tcvn3=True)
    make_pdf(read_src("hoangchau2025.txt"), os.path.join(OUT, HC25_NAME))
    make_pdf(read_src("hoangchau2026.txt"), os.path.join(OUT, HC26_NAME))
    for n in (TN_NAME, TK_NAME, HC25_NAME, HC26_NAME):
        print("->", os.path.join(OUT, n))


if __name__ == "__main__":
    main()
