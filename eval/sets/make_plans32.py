"""Build eval/sets/plans32/ from the sources in src32/ (set 32, held out).

    python eval/sets/make_plans32.py

dongthap_2145-KH-UBND_2025.docx  tỉnh Đồng Tháp (merged with Tiền Giang in 2025) as a PROVINCIAL E-OFFICE (văn phòng
                                 điện tử) TEMPLATE produces it: the plan number and the date are WORD COMPLEX FIELDS
                                 (w:fldChar begin/separate/end, w:instrText "DOCPROPERTY SoKyHieu" / "DATE \\@ …"),
                                 whose RESULT runs hold the printed text (the number's value also in docProps/custom.xml);
                                 the portal address a HYPERLINK complex field; CONTENT CONTROLS: block-level w:sdt around
                                 the header block (letterhead table + title), around the targets TABLE and around the
                                 signature table, and two INLINE run-level w:sdt inside sentences (the funding total
                                 "46.800 triệu đồng" and the communes' reporting deadline) - python-docx's paragraph
                                 text skips both kinds; FOOTNOTES (word/footnotes.xml + w:footnoteReference) on two
                                 căn cứ lines and on one target (the footnote text is not body text and nothing asked
                                 rests on it); Bảng 1 with a MERGED TITLE ROW (one cell, gridSpan 7) and per-year
                                 columns Năm 2026 … Năm 2030 ("-" where a year has no figure); bodies under "V. TỔ CHỨC
                                 THỰC HIỆN" as bold paragraphs whose numbers "1." … "15." are typed text.
kbang_27-KH-UBND_2026.pdf        xã Kbang, tỉnh Gia Lai (a commune of the two-level model), a TEXT PDF EXPORTED ON A MAC
                                 (producer "macOS … Quartz PDFContext", creator "Pages"): the text layer is UNICODE NFD
                                 (every string drawn decomposed, so pypdf extracts base letters + combining marks), body
                                 text soft-wrapped mid-sentence by the layout, "Trang N" footers, the heading
                                 "IV. KINH PHÍ THỰC HIỆN" at the foot of a page with its body on the next page (the body
                                 line height is searched so that it lands there), a task table Nội dung | Đơn vị thực
                                 hiện | Thời gian drawn CELL AFTER CELL (pypdf reads each cell's wrapped lines in turn),
                                 and a LANDSCAPE LAST PAGE with a per-month timeline (TT | Hoạt động | Tháng 1 … Tháng 12
                                 | Ghi chú) ticked with "x".

Source markup, docx: '@sdt NAME'/'@endsdt' a block content control, '@head a || b' letterhead row, '@hc' centred
bold, '@h' bold heading, '@b' bold body item, '@p' justified paragraph, '@ttitle'/'@thead'/'@trow' the targets
table, '@sign left || right' (⏎ = a new cell paragraph), '@fn N text' a footnote; inline '[^N]' a footnote reference,
'{F:instr|result|result…}' a complex field (each result piece its own run), '{S:tag|text}' an inline content control.
pdf: '@head', '@title', '@h', '@hfoot' (heading forced to a page foot), '@p', '@table'/'@th'/'@tr'/'@endtable',
'@sign', '@landscape', '@ltitle', '@lsub', '@ltr TT || activity || months || note'. Content is fictional (numbers,
figures, names, local documents); places are real.
"""
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src32")
OUT = os.path.join(HERE, "plans32")
DOCX_NAME = "dongthap_2145-KH-UBND_2025.docx"
PDF_NAME = "kbang_27-KH-UBND_2026.pdf"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
LIB = "/usr/share/fonts/truetype/dejavu"


def lines_of(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        return [unicodedata.normalize("NFC", ln.rstrip("\n")) for ln in f if ln.strip()]


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


def custom_props_xml(props):
    ns = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
    vt = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
    items = "".join(f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{i + 2}" name="{k}">'
                    f"<vt:lpwstr>{esc(v)}</vt:lpwstr></property>" for i, (k, v) in enumerate(props))
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="{ns}" xmlns:vt="{vt}">'
            + items + "</Properties>").encode("utf-8")


# ---------------------------------------------------------------- DOCX from the e-office template
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
    container = [None]                   # open block-level sdtContent, if any
    sdt_id = [-1872036100]

    def sdt_pr(tag):
        pr = OxmlElement("w:sdtPr")
        al = OxmlElement("w:alias")
        al.set(qn("w:val"), tag)
        tg = OxmlElement("w:tag")
        tg.set(qn("w:val"), tag)
        sid = OxmlElement("w:id")
        sid.set(qn("w:val"), str(sdt_id[0]))
        sdt_id[0] += 7919
        lock = OxmlElement("w:lock")
        lock.set(qn("w:val"), "sdtLocked")
        pr.extend([al, tg, sid, lock])
        return pr

    def place(elm):
        if container[0] is not None:
            container[0].append(elm)

    def text_run(text, bold=False, italic=False):
        r = OxmlElement("w:r")
        if bold or italic:
            rpr = OxmlElement("w:rPr")
            if bold:
                rpr.append(OxmlElement("w:b"))
            if italic:
                rpr.append(OxmlElement("w:i"))
            r.append(rpr)
        t = OxmlElement("w:t")
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        t.text = text
        r.append(t)
        return r

    def fld_run(kind):
        r = OxmlElement("w:r")
        fc = OxmlElement("w:fldChar")
        fc.set(qn("w:fldCharType"), kind)
        r.append(fc)
        return r

    def fill(p, text, bold=False, italic=False):
        """'[^N]' a footnote reference, '{F:instr|res|…}' a complex field, '{S:tag|text}' an inline content control."""
        for piece in re.split(r"(\[\^\d+\]|\{[FS]:[^}]*\})", text):
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
            m = re.fullmatch(r"\{F:([^|]*)\|(.*)\}", piece)
            if m:
                p._p.append(fld_run("begin"))
                r = OxmlElement("w:r")
                it = OxmlElement("w:instrText")
                it.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                it.text = m.group(1)
                r.append(it)
                p._p.append(r)
                p._p.append(fld_run("separate"))
                for res in m.group(2).split("|"):
                    p._p.append(text_run(res, bold, italic))
                p._p.append(fld_run("end"))
                continue
            m = re.fullmatch(r"\{S:([^|]*)\|(.*)\}", piece)
            if m:
                sdt = OxmlElement("w:sdt")
                pr = sdt_pr(m.group(1))
                pr.append(OxmlElement("w:text"))
                content = OxmlElement("w:sdtContent")
                content.append(text_run(m.group(2), bold, italic))
                sdt.extend([pr, content])
                p._p.append(sdt)
                continue
            p._p.append(text_run(piece, bold, italic))
        return p

    def para(text, bold=False, align="j", italic=False):
        p = doc.add_paragraph()
        p.alignment = {"j": WD_ALIGN_PARAGRAPH.JUSTIFY, "c": WD_ALIGN_PARAGRAPH.CENTER,
                       "l": WD_ALIGN_PARAGRAPH.LEFT}[align]
        if align == "j":
            p.paragraph_format.first_line_indent = Pt(28)
        p.paragraph_format.space_after = Pt(3)
        fill(p, text, bold, italic)
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

    def cell_lines(cell, lines, bold_first=False, align="l"):
        for k, ln in enumerate(lines):
            p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
            p.alignment = {"l": WD_ALIGN_PARAGRAPH.LEFT, "c": WD_ALIGN_PARAGRAPH.CENTER}[align]
            if ln:
                fill(p, ln, bold=(bold_first and k == 0) or align == "c" and not ln.startswith("("))

    def letterhead(rows):
        t = doc.add_table(rows=len(rows), cols=2)
        borders(t, "nil")
        for i, (a, b) in enumerate(rows):
            cell_text(t.cell(i, 0), a, bold=i < 2, align="c")
            cell_text(t.cell(i, 1), b, bold=i < 2, align="c")
        place(t._tbl)

    def targets(title, head, rows):
        ncol = len(head)
        t = doc.add_table(rows=2, cols=ncol)
        borders(t, "single")
        tr0 = t.rows[0]._tr
        tcs = tr0.findall(qn("w:tc"))
        for tc in tcs[1:]:
            tr0.remove(tc)
        from docx.table import _Cell
        c0 = _Cell(tcs[0], t)
        g = OxmlElement("w:gridSpan")
        g.set(qn("w:val"), str(ncol))
        c0._tc.get_or_add_tcPr().append(g)
        cell_text(c0, title, bold=True, align="c")
        for j, name in enumerate(head):
            cell_text(t.rows[1].cells[j], name, bold=True, align="c")
        for row in rows:
            r = t.add_row().cells
            for j, v in enumerate(row):
                cell_text(r[j], v, align="l" if j == 1 else "c")
        place(t._tbl)

    def sign(left, right):
        t = doc.add_table(rows=1, cols=2)
        borders(t, "nil")
        cell_lines(t.cell(0, 0), left.split("⏎"), bold_first=True)
        cell_lines(t.cell(0, 1), right.split("⏎"), align="c")
        place(t._tbl)

    head, notes, trows = [], [], []
    ttitle = thead = None
    for ln in lines_of(src):
        tag, _, rest = ln.partition(" ")
        if tag != "@head" and head:
            letterhead(head)
            head = []
        if tag != "@trow" and trows:
            targets(ttitle, thead, trows)
            trows = []
        if tag == "@head":
            head.append(tuple(x.strip() for x in rest.split(" || ")))
        elif tag == "@sdt":
            sdt = OxmlElement("w:sdt")
            content = OxmlElement("w:sdtContent")
            sdt.extend([sdt_pr(rest), content])
            sect.addprevious(sdt)
            container[0] = content
        elif tag == "@endsdt":
            container[0] = None
        elif tag == "@hc":
            para(rest, bold=True, align="c")
        elif tag == "@h":
            para(rest, bold=True, align="l")
        elif tag == "@b":
            para(rest, bold=True, align="j")
        elif tag == "@p":
            para(rest)
        elif tag == "@ttitle":
            ttitle = rest
        elif tag == "@thead":
            thead = [x.strip() for x in rest.split(" || ")]
        elif tag == "@trow":
            trows.append([x.strip() for x in rest.split(" || ")])
        elif tag == "@sign":
            a, b = rest.split(" || ")
            sign(a.strip(), b.strip())
        elif tag == "@fn":
            n, text = rest.split(" ", 1)
            notes.append((int(n), text))
        else:
            raise ValueError(ln)
    part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, footnotes_xml(notes), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)
    cpart = Part(PackURI("/docProps/custom.xml"), CT.OFC_CUSTOM_PROPERTIES,
                 custom_props_xml([("SoKyHieu", "2145/KH-UBND"), ("NgayBanHanh", "17/11/2025"),
                                   ("CoQuanBanHanh", "UBND tỉnh Đồng Tháp"), ("HeThong", "VNPT-iOffice")]),
                 doc.part.package)
    doc.part.package.relate_to(cpart, RT.CUSTOM_PROPERTIES)
    cp = doc.core_properties
    cp.title = "Kế hoạch xây dựng xã hội học tập tỉnh Đồng Tháp giai đoạn 2026 - 2030"
    cp.author = "VP UBND tỉnh Đồng Tháp"
    doc.save(path)


# ---------------------------------------------------------------- PDF exported on a Mac (NFD text layer)
def nfd(s):
    return unicodedata.normalize("NFD", s)


def render_pdf(src, lh):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class P(FPDF):
        def footer(self):
            self.set_y(-15)
            self.set_font("dv", "", 10)
            self.cell(0, 6, f"Trang {self.page_no()}", align="C")

    pdf = P(format="A4")
    pdf.add_font("dv", "", os.path.join(LIB, "DejaVuSans.ttf"))
    pdf.add_font("dv", "B", os.path.join(LIB, "DejaVuSans-Bold.ttf"))
    pdf.add_font("dv", "I", os.path.join(LIB, "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(25, 20, 20)
    pdf.set_auto_page_break(True, 22)
    pdf.set_title(nfd("Kế hoạch xây dựng XHHT xã Kbang 2026-2028"))
    pdf.set_author(nfd("UBND xã Kbang"))
    pdf.set_creator("Pages")
    pdf.set_producer("macOS Version 15.3 (Build 24D60) Quartz PDFContext")
    pdf.add_page()
    W = pdf.w - 25 - 20
    info = {"hfoot_ok": None}
    state = {"after_hfoot": False}

    def para(text, style="", align="L", size=12, indent=True):
        pdf.set_font("dv", style, size)
        if state["after_hfoot"]:
            p0 = pdf.page_no()
        pdf.set_x(25)
        pdf.multi_cell(W, lh, nfd(("     " if indent else "") + text), align=align)
        if state["after_hfoot"]:
            info["hfoot_ok"] = info["hfoot_ok"] and pdf.page_no() == p0 + 1 and pdf.get_y() < 40 + lh * 8
            state["after_hfoot"] = False
        pdf.ln(1.4)

    def heading(text, at_foot=False):
        pdf.set_font("dv", "B", 12)
        p0 = pdf.page_no()
        pdf.set_x(25)
        pdf.multi_cell(W, lh, nfd(text), align="L")
        if at_foot:
            # the heading sits on the page's last line: no room left for a body line under it
            info["hfoot_ok"] = pdf.page_no() == p0 and pdf.get_y() + 1.4 + lh > pdf.h - 22
            state["after_hfoot"] = True
        pdf.ln(1.4)

    def table(head, rows):
        pdf.set_font("dv", "", 10.5)
        pdf.ln(1)
        with pdf.table(col_widths=(78, 52, 35), line_height=5.4, text_align=("L", "L", "L"),
                       headings_style=FontFace(emphasis="BOLD"), first_row_as_headings=True) as t:
            tr = t.row()
            for c in head:
                tr.cell(nfd(c))
            for r in rows:
                tr = t.row()
                for c in r:
                    tr.cell(nfd(c))
        pdf.ln(3)

    def timeline(rows):
        pdf.set_font("dv", "", 8.5)
        widths = (8, 64) + (14,) * 12 + (37,)
        with pdf.table(col_widths=widths, width=sum(widths), line_height=6, align="C",
                       text_align=("C", "L") + ("C",) * 12 + ("L",),
                       headings_style=FontFace(emphasis="BOLD"), first_row_as_headings=True) as t:
            tr = t.row()
            for c in ["TT", "Hoạt động"] + [f"Tháng {m}" for m in range(1, 13)] + ["Ghi chú"]:
                tr.cell(nfd(c))
            for n, act, months, note in rows:
                ms = {int(x) for x in months.split(",") if x.strip()}
                tr = t.row()
                tr.cell(n)
                tr.cell(nfd(act))
                for m in range(1, 13):
                    tr.cell("x" if m in ms else "")
                tr.cell(nfd(note))

    hrows, trows, lrows, thead = [], [], [], None
    for ln in lines_of(src):
        tag, _, rest = ln.partition(" ")
        if tag != "@head" and hrows:
            for a, b in hrows:
                y = pdf.get_y()
                pdf.set_font("dv", "B", 11)
                pdf.set_xy(15, y)
                pdf.cell(70, 6, nfd(a), align="C")
                pdf.set_font("dv", "B" if not a.startswith("Số") else "", 11)
                pdf.set_xy(85, y)
                pdf.cell(110, 6, nfd(b), align="C")
                pdf.ln(6.5)
            pdf.ln(4)
            hrows = []
        if tag != "@ltr" and lrows:
            timeline(lrows)
            lrows = []
        if tag == "@head":
            hrows.append(tuple(x.strip() for x in rest.split(" || ")))
        elif tag == "@title":
            para(rest, "B", "C", 13, False)
        elif tag == "@h":
            heading(rest)
        elif tag == "@hfoot":
            heading(rest, at_foot=True)
        elif tag == "@p":
            para(rest)
        elif tag == "@table":
            trows = []
        elif tag == "@th":
            thead = [x.strip() for x in rest.split(" || ")]
        elif tag == "@tr":
            trows.append([x.strip() for x in rest.split(" || ")])
        elif tag == "@endtable":
            table(thead, trows)
        elif tag == "@sign":
            a, b = rest.split(" || ")
            left, right = a.strip().split("⏎"), b.strip().split("⏎")
            pdf.ln(4)
            y0 = pdf.get_y()
            for k, t in enumerate(right):
                pdf.set_font("dv", "B" if t.isupper() or k == len(right) - 1 else "", 12)
                pdf.set_xy(105, y0 + k * 6)
                pdf.cell(85, 6, nfd(t), align="C")
            for k, t in enumerate(left):
                pdf.set_font("dv", "B" if k == 0 else "", 11 if k == 0 else 10)
                pdf.set_xy(25, y0 + len(right) * 6 + 4 + k * 5.2)
                pdf.cell(80, 5.2, nfd(t))
        elif tag == "@landscape":
            pdf.add_page(orientation="L")
            pdf.set_margins(10, 15, 10)
        elif tag == "@ltitle":
            pdf.set_font("dv", "B", 13)
            pdf.set_x(10)
            pdf.cell(277, 7, nfd(rest), align="C")
            pdf.ln(7)
        elif tag == "@lsub":
            pdf.set_font("dv", "I", 11)
            pdf.set_x(10)
            pdf.cell(277, 6, nfd(rest), align="C")
            pdf.ln(10)
        elif tag == "@ltr":
            parts = [x.strip() for x in rest.split("||")]
            lrows.append(tuple(parts + [""] * (4 - len(parts))))
        else:
            raise ValueError(ln)
    if lrows:
        timeline(lrows)
    return pdf, info


def make_pdf(src, path):
    for k in range(0, 120):
        lh = 6.0 + k * 0.01
        pdf, info = render_pdf(src, lh)
        if info["hfoot_ok"]:
            pdf.output(path)
            return lh
    raise SystemExit("no line height puts the heading at a page foot")


def main():
    os.makedirs(OUT, exist_ok=True)
    make_docx("dongthap.txt", os.path.join(OUT, DOCX_NAME))
    lh = make_pdf("kbang.txt", os.path.join(OUT, PDF_NAME))
    print("->", OUT, f"(pdf body line height {lh:.2f} mm)")


if __name__ == "__main__":
    main()
