"""Build eval/sets/plans26/ from the sources in src26/ (set 26, held out).

    python eval/sets/make_plans26.py

quangngai_2318-KH-UBND_2024.docx  a province plan as a government Word template makes it: the căn cứ, III and V wrapped
                                  in BLOCK-LEVEL CONTENT CONTROLS (w:sdt/w:sdtContent around whole sections), SOFT LINE
                                  BREAKS (w:br) inside long paragraphs and headings ('⏎' in the source), NON-BREAKING
                                  SPACES in "Số: 2318" and "Kế hoạch số 95" ('~'), FOOTNOTES on two căn cứ (footnotes.xml
                                  + w:footnoteReference), a PAGE field in the header, Phụ lục I targets table with
                                  MERGED CELLS (gridSpan "Lộ trình thực hiện" over the years, vMerge TT/Lĩnh vực/Chỉ tiêu
                                  header cells and vMerge group cells "I. Giáo dục mầm non" …, one blank cell) and
                                  Phụ lục II (TT | Nhiệm vụ | Chủ trì | Phối hợp | Thời gian).
giacam_19-KH-UBND_2025.pdf        a ward plan laid out like Word's "Save as PDF": fpdf2 + DejaVu, JUSTIFIED body text
                                  (align="J"), PAGE NUMBERS AT THE TOP CENTRE FROM PAGE 2, a task table whose cells wrap
                                  over several lines, one FOOTNOTE at the page foot, Nơi nhận (left) and the signature
                                  block TM. / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH (right) on the same lines.
kinhbac_36-KH-UBND_2025.md        a ward of tỉnh Bắc Ninh (mới) after the 2025 two-level reform as Google Docs
                                  "Download -> Markdown" writes it (copied as is from src26/kinhbac.md).
"""
import os
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src26")
OUT = os.path.join(HERE, "plans26")
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


def lines_of(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        return [ln.rstrip("\n") for ln in f if ln.strip()]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def footnotes_xml(notes):
    sep = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
           'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
           'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
    body = []
    for n, text in notes:
        body.append(f'<w:footnote w:id="{n}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/><w:jc w:val="both"/></w:pPr>'
                    '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="20"/></w:rPr><w:footnoteRef/></w:r>'
                    f'<w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve"> {esc(text)}</w:t></w:r>'
                    '</w:p></w:footnote>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W_NS}" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            + sep + "".join(body) + "</w:footnotes>").encode("utf-8")


# ---------------------------------------------------------------- DOCX from a template
def make_docx(src, path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(14)
    body = doc.element.body
    sect = body[-1]                      # w:sectPr stays last
    container = [None]                   # open sdtContent, if any
    sdt_id = [100]

    def place(elm):
        """Move a freshly added block element into the open content control."""
        if container[0] is not None:
            container[0].append(elm)

    def fill(p, text, bold=False, italic=False):
        """'⏎' a soft line break (w:br in the run), '~' a no-break space, '[^N]' a footnote reference."""
        text = text.replace("~", "\u00a0")
        for piece in re.split(r"(\[\^\d+\])", text):
            if not piece:
                continue
            m = re.fullmatch(r"\[\^(\d+)\]", piece)
            if m:
                r = OxmlElement("w:r")
                rpr = OxmlElement("w:rPr")
                rs = OxmlElement("w:rStyle")
                rs.set(qn("w:val"), "FootnoteReference")
                rpr.append(rs)
                va = OxmlElement("w:vertAlign")
                va.set(qn("w:val"), "superscript")
                rpr.append(va)
                r.append(rpr)
                fr = OxmlElement("w:footnoteReference")
                fr.set(qn("w:id"), m.group(1))
                r.append(fr)
                p._p.append(r)
                continue
            r = p.add_run()
            r.bold, r.italic = bold, italic
            for i, part in enumerate(piece.split("⏎")):
                if i:
                    r._r.append(OxmlElement("w:br"))
                if part:
                    t = OxmlElement("w:t")
                    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                    t.text = part
                    r._r.append(t)
        return p

    def para(text, bold=False, align="j", italic=False, size=None):
        p = doc.add_paragraph()
        p.alignment = {"j": WD_ALIGN_PARAGRAPH.JUSTIFY, "c": WD_ALIGN_PARAGRAPH.CENTER,
                       "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
        if align == "j":
            p.paragraph_format.first_line_indent = Pt(28)
        fill(p, text, bold, italic)
        if size:
            for r in p.runs:
                r.font.size = Pt(size)
        place(p._p)
        return p

    def borders(table, val):
        tblPr = table._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            e = OxmlElement(f"w:{side}")
            e.set(qn("w:val"), val)
            e.set(qn("w:sz"), "4")
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), "000000")
            b.append(e)
        tblPr.append(b)

    def cell_text(cell, text, bold=False, align="l"):
        p = cell.paragraphs[0]
        p.alignment = {"l": WD_ALIGN_PARAGRAPH.LEFT, "c": WD_ALIGN_PARAGRAPH.CENTER}[align]
        fill(p, text, bold)

    def vmerge(cell, val):
        tcPr = cell._tc.get_or_add_tcPr()
        m = OxmlElement("w:vMerge")
        if val:
            m.set(qn("w:val"), val)
        tcPr.append(m)

    def grid_span(cell, n):
        tcPr = cell._tc.get_or_add_tcPr()
        g = OxmlElement("w:gridSpan")
        g.set(qn("w:val"), str(n))
        tcPr.append(g)

    def two_col(rows, sign=False):
        t = doc.add_table(rows=len(rows), cols=2)
        borders(t, "nil")
        for i, (a, b) in enumerate(rows):
            cell_text(t.cell(i, 0), a, bold=not sign, align="l" if sign else "c")
            cell_text(t.cell(i, 1), b, bold=True, align="c")
        place(t._tbl)

    def targets(rows):
        # columns: TT | Lĩnh vực | Chỉ tiêu | 2025 | 2027 | 2030 ; two header rows
        t = doc.add_table(rows=2, cols=6)
        borders(t, "single")
        h0, h1 = t.rows[0].cells, t.rows[1].cells
        for j, name in enumerate(["TT", "Lĩnh vực", "Chỉ tiêu"]):
            cell_text(h0[j], name, bold=True, align="c")
            vmerge(h0[j], "restart")
            vmerge(h1[j], None)
        for j, y in enumerate(["Năm 2025", "Năm 2027", "Năm 2030"]):
            cell_text(h1[3 + j], y, bold=True, align="c")
        # gridSpan: keep the first of cells 3..5 in row 0, drop the other two tc elements
        tr0 = t.rows[0]._tr
        tcs = tr0.findall(qn("w:tc"))
        for tc in tcs[4:]:
            tr0.remove(tc)
        from docx.table import _Cell
        lt = _Cell(tcs[3], t)
        grid_span(lt, 3)
        cell_text(lt, "Lộ trình thực hiện", bold=True, align="c")
        n = 0
        for group, ind, a, b, c in rows:
            n += 1
            r = t.add_row().cells
            cell_text(r[0], str(n), align="c")
            if group:
                cell_text(r[1], group, bold=True)
                vmerge(r[1], "restart")
            else:
                vmerge(r[1], None)
            cell_text(r[2], ind)
            for j, v in enumerate((a, b, c)):
                if v:
                    cell_text(r[3 + j], v, align="c")
        place(t._tbl)

    def tasks(rows):
        t = doc.add_table(rows=1, cols=5)
        borders(t, "single")
        for j, name in enumerate(["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian"]):
            cell_text(t.rows[0].cells[j], name, bold=True, align="c")
        for row in rows:
            r = t.add_row().cells
            for j, v in enumerate(row):
                cell_text(r[j], v, align="c" if j in (0, 4) else "l")
        place(t._tbl)

    head, notes, trows, krows = [], [], [], []
    pending = None
    src_lines = lines_of(src)
    i = 0
    while i < len(src_lines):
        ln = src_lines[i]
        tag, _, rest = ln.partition(" ")
        if tag != "@head" and head:
            two_col(head)
            para("")
            head = []
        if tag == "@head":
            head.append(tuple(x.strip() for x in rest.split("||")))
        elif tag == "@sdt":
            sdt = OxmlElement("w:sdt")
            pr = OxmlElement("w:sdtPr")
            al = OxmlElement("w:alias")
            al.set(qn("w:val"), rest)
            tg = OxmlElement("w:tag")
            tg.set(qn("w:val"), rest)
            sid = OxmlElement("w:id")
            sid.set(qn("w:val"), str(sdt_id[0]))
            sdt_id[0] += 1
            lock = OxmlElement("w:lock")
            lock.set(qn("w:val"), "sdtLocked")
            pr.extend([al, tg, sid, lock])
            content = OxmlElement("w:sdtContent")
            sdt.extend([pr, content])
            sect.addprevious(sdt)
            container[0] = content
        elif tag == "@endsdt":
            container[0] = None
        elif tag == "@hc":
            para(rest, bold=True, align="c")
        elif tag == "@h":
            para(rest, bold=True, align="l")
        elif tag == "@p":
            para(rest)
        elif tag == "@targets":
            pending = "t"
        elif tag == "@tasks":
            pending = "k"
        elif tag == "@trow":
            trows.append(tuple(x.strip() for x in rest.split("||")))
        elif tag == "@krow":
            krows.append(tuple(x.strip() for x in rest.split("||")))
        elif tag == "@sign":
            a, b = rest.split("||")
            two_col([(a.strip(), b.strip())], sign=True)
        elif tag == "@fn":
            n, text = rest.split(" ", 1)
            notes.append((int(n), text))
        else:
            raise ValueError(ln)
        nxt = src_lines[i + 1].split(" ", 1)[0] if i + 1 < len(src_lines) else None
        if pending == "t" and nxt != "@trow" and trows:
            targets(trows)
            trows, pending = [], None
        if pending == "k" and nxt != "@krow" and krows:
            tasks(krows)
            krows, pending = [], None
        i += 1
    # header: "- PAGE -" field, as templates carry it
    hp = doc.sections[0].header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        r = hp.add_run()
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._r.append(fc)
        elif text == " PAGE ":
            it = OxmlElement("w:instrText")
            it.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            it.text = text
            r._r.append(it)
        else:
            r.text = text
    part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, footnotes_xml(notes), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)
    doc.save(path)


# ---------------------------------------------------------------- PDF like Word's "Save as PDF"
def make_pdf(src, path):
    from fpdf import FPDF

    class P(FPDF):
        def header(self):
            if self.page_no() >= 2:             # Vietnamese convention: number at the top centre from page 2
                self.set_font("dv", "", 11)
                self.set_y(10)
                self.cell(0, 6, str(self.page_no()), align="C")
                self.set_y(22)

        def footer(self):
            put_footnotes()

    pdf = P(format="A4")
    pdf.add_font("dv", "", FONT)
    pdf.add_font("dv", "B", FONT_B)
    pdf.add_font("dv", "I", FONT_I)
    pdf.set_margins(25, 20, 18)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    W = pdf.w - 25 - 18
    notes = {}
    rows = []
    src_lines = lines_of(src)
    for ln in src_lines:
        if ln.startswith("@fn "):
            n, text = ln[4:].split(" ", 1)
            notes[n] = text
    foot_pending = []

    def put_footnotes():
        """Called from footer(): the page's footnotes above the bottom margin, after the page's body in the stream."""
        if not foot_pending:
            return
        y0 = pdf.h - 20 - 4.2 * 2 * len(foot_pending) - 2
        pdf.line(25, y0, 25 + 50, y0)
        pdf.set_font("dv", "", 8.5)
        pdf.set_xy(25, y0 + 1)
        for n in foot_pending:
            pdf.multi_cell(W, 4.2, f"{n} {notes[n]}", align="J")
        foot_pending.clear()
        pdf.set_auto_page_break(True, 22)

    def para(text, style="", align="J", size=12.5, indent=True):
        pdf.set_font("dv", style, size)
        m = re.search(r"\[\^(\d+)\]", text)
        if m:
            text = text.replace(m.group(0), m.group(1))   # the mark prints as a digit after the word
            foot_pending.append(m.group(1))
            pdf.set_auto_page_break(True, 22 + 4.2 * 2 * len(foot_pending) + 4)
        pdf.set_x(25)
        pdf.multi_cell(W, 6.6, ("      " if indent and align == "J" else "") + text, align=align)
        pdf.ln(1.2)

    def table(rows):
        pdf.set_font("dv", "", 10)
        with pdf.table(col_widths=(8, 50, 28, 32, 22), line_height=5.2, text_align=("C", "J", "L", "L", "C"),
                       first_row_as_headings=True) as t:
            for r in rows:
                tr = t.row()
                for c in r:
                    tr.cell(c)
        pdf.ln(2)

    def head(rows):
        for a, b in rows:
            y = pdf.get_y()
            pdf.set_font("dv", "B", 11)
            pdf.set_xy(18, y)
            pdf.cell(75, 6, a, align="C")
            pdf.set_xy(90, y)
            pdf.cell(105, 6, b, align="C")
            pdf.ln(7)
        pdf.ln(3)

    hrows = []
    for ln in src_lines:
        tag, _, rest = ln.partition(" ")
        if tag != "@head" and hrows:
            head(hrows)
            hrows = []
        if tag != "@trow" and rows:
            table(rows)
            rows = []
        if tag == "@head":
            hrows.append(tuple(x.strip() for x in rest.split("||")))
        elif tag == "@c":
            para(rest, "B", "C", 13, False)
        elif tag == "@h":
            para(rest, "B", "L", 12.5, False)
        elif tag == "@p":
            para(rest)
        elif tag == "@trow":
            rows.append(tuple(x.strip() for x in rest.split("||")))
        elif tag == "@fn":
            pass
        elif tag == "@sign":
            a, b = rest.split("||")
            left, right = a.strip().split("⏎"), b.strip().split("⏎")
            pdf.ln(3)
            for k in range(max(len(left), len(right))):
                y = pdf.get_y()
                if k < len(left):
                    pdf.set_font("dv", "B" if k == 0 else "", 11 if k == 0 else 10)
                    pdf.set_xy(25, y)
                    pdf.cell(80, 5.6, left[k])
                if k < len(right) and right[k]:
                    pdf.set_font("dv", "B", 12)
                    pdf.set_xy(110, y)
                    pdf.cell(80, 5.6, right[k], align="C")
                pdf.set_y(y + 5.6)
        else:
            raise ValueError(ln)
    pdf.output(path)


def main():
    os.makedirs(OUT, exist_ok=True)
    make_docx("quangngai.txt", os.path.join(OUT, "quangngai_2318-KH-UBND_2024.docx"))
    make_pdf("giacam.txt", os.path.join(OUT, "giacam_19-KH-UBND_2025.pdf"))
    shutil.copyfile(os.path.join(SRC, "kinhbac.md"), os.path.join(OUT, "kinhbac_36-KH-UBND_2025.md"))
    print("->", OUT)


if __name__ == "__main__":
    main()
