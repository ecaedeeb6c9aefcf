"""Regenerate the seventeenth held-out set's plans in eval/sets/plans17/ from the sources in eval/sets/src17/.

    python eval/sets/make_plans17.py

src17/vuthu.txt      -> plans17/vuthu_186-KH-UBND_2024.docx (huyện; python-docx + low-level XML: a targets table PER
                        COMMUNE — rows = 11 xã, thị trấn điểm + "Toàn huyện", columns grouped by indicator with a
                        two-row header (merged cells: STT and "Xã, thị trấn" merged down, each indicator merged across
                        its 2027 | 2030 sub-columns), one blank cell and one "-"; FOOTNOTES in Word's footnotes part
                        (w:footnoteReference runs in the body, the text in word/footnotes.xml); one TEXT BOX
                        (w:txbxContent inside mc:AlternateContent, wps shape + VML fallback, as Word saves it) holding
                        the "Chỉ tiêu trọng tâm" paragraph; agencies as "N. Phòng …: …" paragraphs)
src17/bacninh.txt    -> plans17/bacninh_245-KH-UBND_2024.pdf (tỉnh; a SCANNED-then-OCRed PDF: every page one PNG image
                        drawn with PIL + DejaVu fonts and embedded full-page with fpdf2, plus an INVISIBLE text layer
                        (text render mode 3) written WORD BY WORD at the image's positions with ±1.5 pt baseline
                        jitter; the OCR errors are in the text layer only)
src17/cuonggian.md   -> plans17/cuonggian_21-KH-UBND_2025.md (xã; markdown pasted from a chat app / word processor:
                        "### I." headings, LAZY list numbering (every item "1."), nested lists indented 3 spaces,
                        agency blocks as a bold line "**Công an xã**" followed by indented "- " items, a TRANSPOSED
                        targets table (rows = years), a small funding table)

Source markup (docx/pdf): '@hdr left|right' header rows; '@cb'/'@ci' centred bold/italic lines; '@h' bold heading;
'@p' paragraph; '@a name|text' agency paragraph (docx, name bold); '@table' '@trow …' '@endtable' the per-commune table
(docx); '@textbox' '@tb …' '@endtextbox' the text box (docx); '@fn N text' footnote N, referenced by '[^N]' in the text
(docx); '@sign left|right' signature rows. Inline (pdf): '{true|ocr}' a word drawn as "true" on the page image and
written as "ocr" in the text layer; ' // ' a forced line break. Content is fictional (numbers, figures, names, local
documents); places are real.
"""
import io
import os
import random
import re
import shutil
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src17")
OUT = os.path.join(HERE, "plans17")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
DOCX_NAME = "vuthu_186-KH-UBND_2024.docx"
PDF_NAME = "bacninh_245-KH-UBND_2024.pdf"
MD_NAME = "cuonggian_21-KH-UBND_2025.md"

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def read_raw(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        return unicodedata.normalize("NFC", f.read())


def read_src(name):
    out = []
    for line in read_raw(name).splitlines():
        line = line.rstrip()
        if not line:
            continue
        tag, _, rest = line.partition(" ")
        out.append((tag[1:], rest))
    return out


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------- DOCX: per-commune table, footnotes, text box
def textbox_xml(paras):
    ps = []
    for i, t in enumerate(paras):
        b = "<w:b/><w:color w:val=\"C00000\"/>" if i == 0 else ""
        ps.append(f'<w:p><w:pPr><w:jc w:val="{"center" if i == 0 else "both"}"/></w:pPr><w:r><w:rPr>{b}'
                  f'<w:highlight w:val="yellow"/></w:rPr><w:t xml:space="preserve">{esc(t)}</w:t></w:r></w:p>')
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
        '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>45720</wp:posOffset></wp:positionV>'
        '<wp:extent cx="5400000" cy="900000"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapTopAndBottom/><wp:docPr id="2" name="Text Box 2"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr>'
        '<wps:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="5400000" cy="900000"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFF2CC"/></a:solidFill>'
        '<a:ln w="19050"><a:solidFill><a:srgbClr val="C00000"/></a:solidFill><a:miter lim="800000"/></a:ln></wps:spPr>'
        f'<wps:txbx>{content}</wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" '
        'anchorCtr="0"><a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>'
        '</mc:Choice><mc:Fallback><w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="Text Box 2" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;'
        'margin-left:0;margin-top:3.6pt;width:425.2pt;height:70.85pt;z-index:251659264;'
        'mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical-relative:text" '
        'fillcolor="#fff2cc" strokecolor="#c00000" strokeweight="1.5pt">'
        f'<v:textbox style="mso-fit-shape-to-text:t">{content}</v:textbox>'
        '<w10:wrap type="topAndBottom"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
    )


def footnotes_xml(notes):
    sep = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
           'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
           'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
    body = []
    for n, text in notes:
        body.append(f'<w:footnote w:id="{n}"><w:p><w:pPr><w:spacing w:after="0"/><w:jc w:val="both"/></w:pPr>'
                    '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="20"/></w:rPr><w:footnoteRef/></w:r>'
                    f'<w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve"> {esc(text)}</w:t></w:r>'
                    '</w:p></w:footnote>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W_NS}" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            + sep + "".join(body) + "</w:footnotes>").encode("utf-8")


def make_docx(src, path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import OxmlElement, parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)

    def rich(p, text, bold=False, italic=False):
        """Fill paragraph p; '[^N]' becomes a footnote reference run."""
        for piece in re.split(r"(\[\^\d+\])", text):
            if not piece:
                continue
            m = re.fullmatch(r"\[\^(\d+)\]", piece)
            if m:
                r = OxmlElement("w:r")
                rpr = OxmlElement("w:rPr")
                va = OxmlElement("w:vertAlign")
                va.set(qn("w:val"), "superscript")
                rpr.append(va)
                r.append(rpr)
                fr = OxmlElement("w:footnoteReference")
                fr.set(qn("w:id"), m.group(1))
                r.append(fr)
                p._p.append(r)
            else:
                r = p.add_run(piece)
                r.bold, r.italic = bold, italic
        return p

    def para(text, bold=False, italic=False, align="j"):
        p = doc.add_paragraph()
        p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "j": WD_ALIGN_PARAGRAPH.JUSTIFY, "l": None}[align]
        return rich(p, text, bold, italic)

    def no_borders(table):
        b = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            e = OxmlElement(f"w:{edge}")
            e.set(qn("w:val"), "nil")
            b.append(e)
        table._tbl.tblPr.append(b)

    def two_col(rows, sign=False):
        t = doc.add_table(rows=len(rows), cols=2)
        no_borders(t)
        for i, (l, r) in enumerate(rows):
            for j, v in enumerate((l, r)):
                c = t.cell(i, j)
                c.paragraphs[0].text = ""
                if v.strip():
                    bold = (j == 1 and (i < 2 or i == len(rows) - 1)) if sign else not v.startswith("Số")
                    italic = (sign and j == 1 and v.startswith("(")) or (not sign and j == 1 and v.startswith("Vũ Thư,"))
                    rich(c.paragraphs[0], v.strip(), bold=bold and not italic, italic=italic or (sign and j == 0 and i == 0))
                if j == 1 or not sign:
                    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

    def commune_table(rows):
        t = doc.add_table(rows=2 + len(rows), cols=6)
        t.style = doc.styles["Table Grid"]
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        a = t.cell(0, 0).merge(t.cell(1, 0))
        b = t.cell(0, 1).merge(t.cell(1, 1))
        c = t.cell(0, 2).merge(t.cell(0, 3))
        d = t.cell(0, 4).merge(t.cell(0, 5))
        for cell, txt in ((a, "STT"), (b, "Xã, thị trấn"),
                          (c, "Tỷ lệ công dân đạt danh hiệu “Công dân học tập”"),
                          (d, "Tỷ lệ gia đình đạt danh hiệu “Gia đình học tập”")):
            cell.paragraphs[0].text = ""
            r = cell.paragraphs[0].add_run(txt)
            r.bold = True
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        for j, txt in zip(range(2, 6), ("Năm 2027", "Năm 2030", "Năm 2027", "Năm 2030"), strict=True):
            cell = t.cell(1, j)
            r = cell.paragraphs[0].add_run(txt)
            r.bold = True
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        for i, row in enumerate(rows, 2):
            total = not row[0].strip()
            for j, v in enumerate(row):
                cell = t.cell(i, j)
                if v:
                    r = cell.paragraphs[0].add_run(v)
                    r.bold = total
                if j != 1:
                    cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        # header rows repeat on a new page, as Word's "Repeat as header row"
        for tr in t._tbl.tr_lst[:2]:
            trpr = tr.get_or_add_trPr()
            h = OxmlElement("w:tblHeader")
            trpr.append(h)

    pending, kind, rows, tb, notes = [], None, None, None, []

    def flush():
        nonlocal pending, kind
        if pending:
            two_col(pending, sign=kind == "sign")
        pending, kind = [], None

    for tag, rest in src:
        if tag in ("hdr", "sign"):
            if kind not in (None, tag):
                flush()
            kind = tag
            pending.append(rest.split("|"))
            continue
        flush()
        if tag == "cb":
            para(rest, bold=True, align="c")
        elif tag == "ci":
            para(rest, italic=True, align="c")
        elif tag == "h":
            para(rest, bold=True, align="l")
        elif tag == "p":
            p = para(rest)
            p.paragraph_format.first_line_indent = Pt(28)
        elif tag == "a":
            name, text = rest.split("|", 1)
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Pt(28)
            r = p.add_run(name + ":")
            r.bold = True
            rich(p, " " + text)
        elif tag == "table":
            rows = []
        elif tag == "trow":
            rows.append(rest.split("|"))
        elif tag == "endtable":
            commune_table(rows)
            rows = None
        elif tag == "textbox":
            tb = []
        elif tag == "tb":
            tb.append(rest)
        elif tag == "endtextbox":
            p = doc.add_paragraph()
            p._p.append(parse_xml(textbox_xml(tb)))
            tb = None
        elif tag == "fn":
            n, text = rest.split(" ", 1)
            notes.append((int(n), text))
        else:
            raise ValueError(tag)
    flush()
    part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, footnotes_xml(notes), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)
    doc.save(path)


# ---------------------------------------------------------------- scanned PDF with an invisible OCR text layer
DPI = 150
PX = 72 / DPI                      # points per pixel
PAGE_W, PAGE_H = 1240, 1754        # A4 at 150 dpi
LEFT, RIGHT, TOP, BOTTOM = 170, 1240 - 110, 130, 1754 - 150


def make_pdf(src, path):
    from fpdf import FPDF
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    fonts = {k: ImageFont.truetype(os.path.join(FONT_DIR, f), size)
             for k, f, size in (("p", "DejaVuSerif.ttf", 25), ("b", "DejaVuSerif-Bold.ttf", 25),
                                ("i", "DejaVuSerif-Italic.ttf", 25), ("hb", "DejaVuSerif-Bold.ttf", 23),
                                ("h", "DejaVuSerif.ttf", 23), ("hi", "DejaVuSerif-Italic.ttf", 23),
                                ("s", "DejaVuSerif.ttf", 21), ("sb", "DejaVuSerif-Bold.ttf", 23),
                                ("t", "DejaVuSerif-Bold.ttf", 27))}
    pages = [[]]                   # each page: list of (x, baseline, fontkey, true, ocr, last word of its line)
    y = [TOP]

    def words(text):
        out = []
        for tok in re.findall(r"\{[^}]*\}|\S+", text):
            m = re.fullmatch(r"\{([^|]*)\|([^}]*)\}(\S*)", tok)
            if m:
                out.append((m.group(1) + m.group(3), m.group(2) + m.group(3)))
            else:
                out.append((tok, tok))
        return out

    def width(s, fk):
        return fonts[fk].getlength(s)

    def newline(h):
        if y[0] + h > BOTTOM:
            pages.append([])
            y[0] = TOP
        y[0] += h

    def place_line(ws, fk, x0, x1, align, last):
        gap = width(" ", fk)
        total = sum(width(t, fk) for t, _ in ws) + gap * (len(ws) - 1)
        if align == "c":
            x = x0 + (x1 - x0 - total) / 2
        else:
            x = x0
        if align == "j" and not last and len(ws) > 1:
            gap = (x1 - x0 - sum(width(t, fk) for t, _ in ws)) / (len(ws) - 1)
        for k, (t, o) in enumerate(ws):
            pages[-1].append((x, y[0], fk, t, o, k == len(ws) - 1))
            x += width(t, fk) + gap

    def paragraph(text, fk, align="j", indent=50, x0=LEFT, x1=RIGHT, lh=38, before=6):
        y[0] += before
        ws = words(text)
        line, first = [], True
        lines = []
        for w in ws:
            if w[0] == "//":
                lines.append((line, first, True))
                line, first = [], False
                continue
            start = x0 + (indent if first else 0)
            trial = line + [w]
            if line and sum(width(t, fk) for t, _ in trial) + width(" ", fk) * (len(trial) - 1) > x1 - start:
                lines.append((line, first, False))
                line, first = [w], False
            else:
                line = trial
        lines.append((line, first, True))
        for ln, fst, last in lines:
            newline(lh)
            start = x0 + (indent if fst else 0)
            place_line(ln, fk, start, x1, align, last)

    def two(rows, sign):
        mid = LEFT + (RIGHT - LEFT) * 0.42
        for i, (l, r) in enumerate(rows):
            newline(32)
            if l:
                if sign:
                    fk = "sb" if i == 0 else "s"
                    place_line(words(l), fk, LEFT - 40, mid, "l", True)
                else:
                    fk = "h" if l.startswith("Số") else "hb"
                    place_line(words(l), fk, LEFT - 60, mid, "c", True)
            if r:
                fk = "hi" if (r.startswith("(") or "ngày" in r) else "hb"
                place_line(words(r), fk, mid, RIGHT + 40, "c", True)

    hdr, signs = [], []
    for tag, rest in src:
        if tag == "hdr":
            hdr.append(rest.split("|"))
            continue
        if hdr:
            two(hdr, False)
            y[0] += 30
            hdr = []
        if tag == "sign":
            signs.append(rest.split("|"))
            continue
        if tag == "cb":
            paragraph(rest, "t", align="c", indent=0, before=10)
        elif tag == "h":
            paragraph(rest, "b", align="l", indent=50, before=8)
        elif tag == "p":
            paragraph(rest, "p")
        else:
            raise ValueError(tag)
    if signs:
        if y[0] + 36 * len(signs) > BOTTOM:
            pages.append([])
            y[0] = TOP
        y[0] += 20
        two(signs, True)

    rnd = random.Random(17)
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_font("DejaVu", "", os.path.join(FONT_DIR, "DejaVuSerif.ttf"))
    pdf.set_auto_page_break(False)
    n = len(pages)
    for pno, items in enumerate(pages, 1):
        img = Image.new("L", (PAGE_W, PAGE_H), 246)
        dr = ImageDraw.Draw(img)
        if pno > 1:
            dr.text((PAGE_W / 2, 70), str(pno), font=fonts["h"], fill=40, anchor="ms")
        for x, base, fk, t, _, _ in items:
            dr.text((x, base), t, font=fonts[fk], fill=35, anchor="ls")
        for _ in range(900):       # scanner dust
            px, py = rnd.randrange(PAGE_W), rnd.randrange(PAGE_H)
            dr.point((px, py), fill=rnd.randrange(120, 200))
        img = img.filter(ImageFilter.GaussianBlur(0.6)).rotate(0.25, fillcolor=246)
        buf = io.BytesIO()
        img.save(buf, format="PNG", optimize=True)
        pdf.add_page()
        pdf.image(buf, x=0, y=0, w=pdf.w, h=pdf.h)
        pdf.text_mode = "INVISIBLE"
        if pno > 1:
            pdf.set_font("DejaVu", "", 11)
            pdf.text(PAGE_W / 2 * PX - 3, 70 * PX, str(pno))
        for x, base, fk, _, o, eol in items:
            size = fonts[fk].size * PX
            pdf.set_font("DejaVu", "", size)
            # one text object per word, a space after every word but the line's last (as OCR engines write them)
            pdf.text(x * PX, base * PX + rnd.uniform(-1.5, 1.5), o if eol else o + " ")
        pdf.text_mode = "FILL"
    pdf.output(path)
    return n


def main():
    os.makedirs(OUT, exist_ok=True)
    make_docx(read_src("vuthu.txt"), os.path.join(OUT, DOCX_NAME))
    make_pdf(read_src("bacninh.txt"), os.path.join(OUT, PDF_NAME))
    shutil.copyfile(os.path.join(SRC, "cuonggian.md"), os.path.join(OUT, MD_NAME))
    for n in sorted(os.listdir(OUT)):
        print(os.path.join(OUT, n))


if __name__ == "__main__":
    main()
