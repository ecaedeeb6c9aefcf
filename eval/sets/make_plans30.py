"""Regenerate the thirtieth held-out set's plans in eval/sets/plans30/ from the sources in eval/sets/src30/.

    python eval/sets/make_plans30.py

src30/tayninh.txt -> plans30/tayninh_3127-KH-UBND_2025.docx (tỉnh; what an office gets when it CONVERTS the signed
                     PDF back to Word with a PDF-to-Word converter: every printed line its own paragraph (sentences
                     broken mid-line, no blank lines, a paragraph's first line indented), the letterhead's two columns
                     placed on one paragraph with spaces and TABs, the title "KẾ HOẠCH" and the roman headings in
                     FLOATING FRAMES (w:framePr), one section per printed page (the break falls between two lines of
                     one sentence) each with its own footer part footerN.xml "Trang N/T", the targets table rebuilt
                     as TWO w:tbl — one per page — the second starting with the header row repeated and a row whose
                     first cell is empty holding the rest of row 6's indicator and its figures, each cell's printed
                     lines as separate cell paragraphs, the signature block in a TEXT BOX (wps in mc:Choice, VML
                     copy in mc:Fallback) anchored on the "Nơi nhận:" line)
src30/datmui.txt  -> plans30/datmui_36-KH-UBND_2026.pdf (xã after the 2025 two-level reform; a TEXT PDF as Word prints
                     it: fpdf2 + DejaVu Serif Condensed (the narrow serif closest to Word's Times New Roman here), an electronic-signature box in the top right corner of
                     page 1 ("Ký bởi: … / Thời gian ký: …"), letterhead in two columns drawn row by row, page numbers
                     "- N -" at the top centre from page 2 above a two-column running header, targets as prose per
                     year, the responsibility part as a ruled table TT | Đơn vị | Nhiệm vụ | Thời hạn drawn LINE BY
                     LINE across the cells (so pypdf interleaves wrapped cells), running over a page break with the
                     header row repeated and one row split, "Nơi nhận" beside the signature on the last page)

Source markup (docx): '@hdr left|right', '@frame' framed title, '@c' centred bold, '@h' framed roman heading, '@s'
bold sub-heading, '@p' paragraph, '@table' '@th' '@tr' '@split' '@endtable', '@nn' the Nơi nhận line that anchors
'@sign a|b|…' (text box), '@nl' Nơi nhận lines. (pdf): '@esig a|b|…', '@hdr', '@title', '@cb', '@h', '@p', '@table'
'@th' '@tr' '@endtable', '@sign left|right'. Content is fictional (numbers, figures, names, local documents); places
are real.
"""
import os
import textwrap
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src30")
OUT = os.path.join(HERE, "plans30")
DOCX_NAME = "tayninh_3127-KH-UBND_2025.docx"
PDF_NAME = "datmui_36-KH-UBND_2026.pdf"
LIB = "/usr/share/fonts/truetype/dejavu"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
LINES_PER_PAGE = 30
WIDTH = 80


def read_src(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        raw = unicodedata.normalize("NFC", f.read())
    out = []
    for line in raw.splitlines():
        line = line.rstrip()
        if line:
            tag, _, rest = line.partition(" ")
            out.append((tag[1:], rest))
    return out


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


# ---------------------------------------------------------------- DOCX: the converter's output
def textbox_xml(paras):
    ps = []
    for i, t in enumerate(paras):
        rpr = '<w:b/><w:sz w:val="26"/>' if i != 2 else '<w:i/><w:sz w:val="26"/>'
        ps.append(f'<w:p><w:pPr><w:spacing w:before="0" w:after="0"/><w:jc w:val="center"/></w:pPr><w:r><w:rPr>{rpr}'
                  f'<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr>'
                  f'<w:t xml:space="preserve">{esc(t)}</w:t></w:r></w:p>')
    content = f"<w:txbxContent>{''.join(ps)}</w:txbxContent>"
    return (
        f'<w:r xmlns:w="{W_NS}"><mc:AlternateContent '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w10="urn:schemas-microsoft-com:office:word">'
        '<mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251661312" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:posOffset>3100000</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="2700000" cy="1500000"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapNone/><wp:docPr id="5" name="Text Box 5"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/>'
        '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2700000" cy="1500000"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
        f'<wps:txbx>{content}</wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t">'
        '<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>'
        '</mc:Choice><mc:Fallback><w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="Text Box 5" o:spid="_x0000_s1029" type="#_x0000_t202" style="position:absolute;'
        'margin-left:244.1pt;margin-top:0;width:212.6pt;height:118.1pt;z-index:251661312;'
        'mso-position-horizontal-relative:margin;mso-position-vertical-relative:text" filled="f" stroked="f">'
        f'<v:textbox inset="0,0,0,0">{content}</v:textbox>'
        '<w10:wrap anchorx="margin"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
    )


def make_docx():
    from docx import Document
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    st.paragraph_format.space_before = Pt(0)
    st.paragraph_format.space_after = Pt(0)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Cm(2), Cm(2), Cm(3), Cm(2)
    state = {"lines": 0}
    body = doc.element.body

    def new_page():
        doc.add_section(WD_SECTION.NEW_PAGE)
        # python-docx leaves the section's w:sectPr in an empty paragraph; a converter puts it on the page's last line
        sect_ps = [p for p in body.iterchildren(qn("w:p")) if p.find(qn("w:pPr") + "/" + qn("w:sectPr")) is not None]
        holder = sect_ps[-1]
        prev = holder.getprevious()
        if prev is not None and prev.tag == qn("w:p"):
            ppr = prev.get_or_add_pPr()
            ppr.append(holder.find(qn("w:pPr") + "/" + qn("w:sectPr")))
            body.remove(holder)
        state["lines"] = 0

    def count(n=1):
        state["lines"] += n

    def line_para(text, bold=False, italic=False, align=None, indent=False, size=None, frame=None):
        if state["lines"] >= LINES_PER_PAGE:
            new_page()
        p = doc.add_paragraph()
        if align is not None:
            p.alignment = align
        if indent:
            p.paragraph_format.first_line_indent = Cm(1.27)
        if frame is not None:
            p._p.get_or_add_pPr().insert(0, parse_xml(
                f'<w:framePr xmlns:w="{W_NS}" w:w="{frame}" w:hSpace="180" w:wrap="around" w:vAnchor="text" '
                'w:hAnchor="margin" w:x="1" w:y="1"/>'))
        r = p.add_run(text)
        r.bold, r.italic = bold or None, italic or None
        if size:
            r.font.size = Pt(size)
        count()
        return p

    def wrapped(text, bold=False, align_last=None, first=True, width=WIDTH):
        lines = textwrap.wrap(text, width=width, initial_indent="      " if first else "")
        for i, ln in enumerate(lines):
            last = i == len(lines) - 1
            line_para(ln.strip(), bold=bold, indent=(i == 0 and first),
                      align=(align_last if last else WD_ALIGN_PARAGRAPH.JUSTIFY))

    def cell_lines(cell, text, width, align=None, bold=False):
        lines = textwrap.wrap(text, width=width) if text else [""]
        cell.paragraphs[0].text = ""
        for i, ln in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            if align is not None:
                p.alignment = align
            r = p.add_run(ln)
            r.bold = bold or None
            r.font.size = Pt(12)
        return len(lines)

    def add_table(rows, head):
        t = doc.add_table(rows=0, cols=5)
        t.style = "Table Grid"
        widths = [Cm(1.2), Cm(8.6), Cm(2.2), Cm(2.2), Cm(2.2)]
        for cells, is_head in [(head, True)] + [(r, False) for r in rows]:
            row = t.add_row()
            n = 1
            for j, (c, w) in enumerate(zip(row.cells, widths, strict=True)):
                c.width = w
                n = max(n, cell_lines(c, cells[j], 44 if j == 1 else 12,
                                      align=None if (j == 1 and not is_head) else WD_ALIGN_PARAGRAPH.CENTER,
                                      bold=is_head))
            count(n)
        return t

    items = read_src("tayninh.txt")
    head, rows, in_table = None, [], False
    sign = None
    for tag, rest in items:
        if tag == "hdr":
            left, right = rest.split("|")
            pad = max(2, 18 - len(left) // 2)
            p = line_para(" " * pad + left, bold=(not left.startswith("Số")))
            p.add_run("\t" + ("\t" if len(left) < 18 else "") + " " * 3)
            r = p.add_run(right)
            r.bold = None if right.startswith("Tây Ninh") else True
            r.italic = True if right.startswith("Tây Ninh") else None
        elif tag == "frame":
            line_para(rest, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14, frame=9072)
        elif tag == "c":
            for ln in textwrap.wrap(rest, width=WIDTH - 10):
                line_para(ln, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        elif tag == "h":
            line_para(rest, bold=True, frame=9072)
        elif tag == "s":
            wrapped(rest, bold=True, align_last=WD_ALIGN_PARAGRAPH.LEFT)
        elif tag == "p":
            wrapped(rest, align_last=WD_ALIGN_PARAGRAPH.LEFT)
        elif tag == "table":
            in_table, rows = True, []
        elif tag == "th":
            head = rest.split("|")
        elif tag == "tr":
            rows.append(rest.split("|"))
        elif tag == "split":
            add_table(rows, head)
            doc.add_paragraph()  # a converter leaves a paragraph after a table; the page's section ends here
            new_page()
            rows = []
        elif tag == "endtable":
            add_table(rows, head)
            in_table = False
        elif tag == "nn":
            p = line_para(rest, bold=True, italic=True, size=12)
            sign = p
        elif tag == "sign":
            sign._p.append(parse_xml(textbox_xml(rest.split("|"))))
        elif tag == "nl":
            line_para(rest, size=11)
    assert not in_table
    # one footer part per printed page, as the converter writes them
    total = len(doc.sections)
    for i, s in enumerate(doc.sections, 1):
        s.footer.is_linked_to_previous = False
        fp = s.footer.paragraphs[0]
        fp.text = f"Trang {i}/{total}"
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.core_properties.author = "Converted"
    doc.core_properties.comments = "Converted from PDF"
    path = os.path.join(OUT, DOCX_NAME)
    doc.save(path)
    return path, total


# ---------------------------------------------------------------- PDF: printed from Word
def make_pdf():
    from fpdf import FPDF

    items = read_src("datmui.txt")

    class P(FPDF):
        def header(self):
            if self.page_no() == 1:
                return
            self.set_font("LS", "", 12)
            self.set_xy(30, 9)
            self.cell(160, 5, f"- {self.page_no()} -", align="C")
            self.set_font("LS", "I", 10)
            self.set_xy(30, 15)
            self.cell(80, 5, "UBND xã Đất Mũi", align="L")
            self.set_xy(110, 15)
            self.cell(80, 5, "KH số 36/KH-UBND ngày 09/02/2026", align="R")
            self.line(30, 20.5, 190, 20.5)
            self.set_xy(30, 24)

    pdf = P(format="A4")
    pdf.set_margins(30, 24, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font("LS", "", os.path.join(LIB, "DejaVuSerifCondensed.ttf"))
    pdf.add_font("LS", "B", os.path.join(LIB, "DejaVuSerifCondensed-Bold.ttf"))
    pdf.add_font("LS", "I", os.path.join(LIB, "DejaVuSerifCondensed-Italic.ttf"))
    pdf.add_font("LS", "BI", os.path.join(LIB, "DejaVuSerifCondensed-BoldItalic.ttf"))
    pdf.set_title("Kế hoạch số 36/KH-UBND")
    pdf.set_creator("Microsoft® Word 2019")
    pdf.set_producer("Microsoft® Word 2019")
    pdf.add_page()
    LH = 6.4
    head, rows = None, []

    def wrap_w(text, width, style="", size=12):
        pdf.set_font("LS", style, size)
        words, lines, cur = text.split(), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if pdf.get_string_width(t) <= width - 2.4:
                cur = t
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines or [""]

    widths = [10, 40, 80, 30]
    TH = 5.4

    def draw_row(cells, bold=False, cont=False):
        """Draw one table row line by line across the cells (as Word prints a row); split it at a page foot."""
        wrapped_cells = [wrap_w(c, w, "B" if bold else "") for c, w in zip(cells, widths, strict=True)]
        n = max(len(c) for c in wrapped_cells)
        i = 0
        while i < n:
            room = int((pdf.h - 20 - pdf.get_y() - 2) // TH)
            if room < 1:
                pdf.add_page()
                draw_row(head, bold=True)
                continue
            take = min(room, n - i)
            y0 = pdf.get_y()
            for k in range(take):
                x = 30
                for c, w in zip(wrapped_cells, widths, strict=True):
                    if i + k < len(c) and c[i + k]:
                        pdf.set_font("LS", "B" if bold else "", 12)
                        pdf.set_xy(x + 1.2, y0 + 1 + k * TH)
                        align = "C" if (bold or w in (10, 30)) else "L"
                        pdf.cell(w - 2.4, TH, c[i + k], align=align)
                    x += w
            hgt = take * TH + 2
            x = 30
            for w in widths:
                pdf.rect(x, y0, w, hgt)
                x += w
            pdf.set_xy(30, y0 + hgt)
            i += take
            if i < n:
                pdf.add_page()
                draw_row(head, bold=True)

    for tag, rest in items:
        if tag == "esig":
            pdf.set_draw_color(200, 0, 0)
            pdf.rect(128, 4, 66, 17)
            pdf.set_draw_color(0, 0, 0)
            pdf.set_font("LS", "", 7.5)
            pdf.set_text_color(200, 0, 0)
            for k, ln in enumerate(rest.split("|")):
                pdf.set_xy(130, 5 + k * 3.8)
                pdf.cell(62, 3.8, ln)
            pdf.set_text_color(0, 0, 0)
            pdf.set_xy(30, 24)
        elif tag == "hdr":
            left, right = rest.split("|")
            y = pdf.get_y()
            pdf.set_font("LS", "" if left.startswith("ỦY") else ("B" if not left.startswith("Số") else ""), 12.5)
            pdf.set_xy(20, y)
            pdf.cell(70, 6, left, align="C")
            pdf.set_font("LS", "I" if right.startswith("Đất") else "B", 12.5)
            pdf.set_xy(88, y)
            pdf.cell(104, 6, right, align="C")
            pdf.set_xy(30, y + (9 if left.startswith("XÃ") else 6.5))
        elif tag == "title":
            pdf.ln(6)
            pdf.set_font("LS", "B", 14)
            pdf.cell(160, 7, rest, align="C", new_x="LMARGIN", new_y="NEXT")
        elif tag == "cb":
            pdf.set_font("LS", "B", 13)
            pdf.multi_cell(160, LH, rest, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif tag == "h":
            pdf.ln(1.5)
            pdf.set_font("LS", "B", 13)
            pdf.multi_cell(160, LH, rest, align="L", new_x="LMARGIN", new_y="NEXT")
        elif tag == "p":
            pdf.set_font("LS", "", 13)
            pdf.multi_cell(160, LH, "      " + rest, align="J", new_x="LMARGIN", new_y="NEXT")
        elif tag == "table":
            rows = []
        elif tag == "th":
            head = rest.split("|")
        elif tag == "tr":
            rows.append(rest.split("|"))
        elif tag == "endtable":
            draw_row(head, bold=True)
            for r in rows:
                draw_row(r)
            pdf.ln(2)
        elif tag == "sign":
            left, right = rest.split("|")
            y = pdf.get_y()
            if left:
                pdf.set_font("LS", "BI" if left.startswith("Nơi") else "", 12 if left.startswith("Nơi") else 11)
                pdf.set_xy(30, y)
                pdf.cell(80, 5.5, left)
            if right:
                pdf.set_font("LS", "B" if right != "(Đã ký)" else "I", 13)
                pdf.set_xy(105, y)
                pdf.cell(85, 5.5, right, align="C")
            pdf.set_xy(30, y + 5.5)
    path = os.path.join(OUT, PDF_NAME)
    pdf.output(path)
    return path, pdf.page_no()


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for fn in (make_docx, make_pdf):
        p, n = fn()
        print(p, n, "pages")
