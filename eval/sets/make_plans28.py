"""Regenerate the twenty-eighth held-out set's plans in eval/sets/plans28/ from the sources in eval/sets/src28/.

    python eval/sets/make_plans28.py

src28/langson.txt -> plans28/langson_1968-KH-UBND_2025.docx (tỉnh; the REVIEWED DRAFT an official uploads: tracked
                     changes left in — w:ins runs that are part of the plan, w:del/w:delText runs that are not, a whole
                     inserted Heading 2 agency paragraph and its task paragraph (paragraph marks inserted too), items
                     renumbered by tracked edits —, three Word comments (comments.xml + commentRangeStart/End +
                     commentReference), a "DỰ THẢO" TEXT BOX (w:txbxContent in mc:AlternateContent, wps + VML
                     fallback), a targets table whose first column is a vMerged group label and whose years are two
                     header rows ("Giai đoạn" gridSpan 3 over 2026 | 2028 | 2030) with one tracked figure and one blank
                     cell, w:hyperlink on two legal-basis names, Heading 1 roman parts and Heading 2 agency items)
src28/dongloc.txt -> plans28/dongloc_52-KH-UBND_2025.pdf (xã; a SCAN run through OCR software: every page one raster
                     image drawn with Pillow (noise, blur, a small rotation) plus an INVISIBLE text layer (render mode
                     3) placed WORD BY WORD at the image's word boxes, each word horizontally scaled to its box (Tz) as
                     Tesseract's PDF renderer does; Tesseract-style errors in a few words and one figure; a red round
                     stamp over the signature whose OCR is garbage; a ruled targets table read row by row; page
                     numbers at the foot)

Source markup: '@hdr left|right' header rows; '@cb'/'@ci' centred bold/italic; '@b' bold paragraph; '@h1'/'@h2'
Heading 1/2 (docx), '@h' bold heading (pdf); '@p' paragraph; '@insh2'/'@insp' a paragraph inserted as a tracked
change (docx); '@table' '@group label' '@row cells' '@endtable' the targets table (docx); '@table head' '@trow cells'
'@endtable' (pdf); '@textbox a|b' the draft text box (docx); '@comment N|author|text'; '@sign left|right'. Inline
(docx): '[+text+]' a tracked insertion, '[-text-]' a tracked deletion, '{cN}…{/cN}' the range of comment N,
'[link url|text]' a hyperlink. Inline (pdf): '{true|ocr}' a word drawn as "true" on the page image and written as
"ocr" in the text layer. Content is fictional (numbers, figures, names, local documents); places are real.
"""
import io
import os
import random
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src28")
OUT = os.path.join(HERE, "plans28")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
DOCX_NAME = "langson_1968-KH-UBND_2025.docx"
PDF_NAME = "dongloc_52-KH-UBND_2025.pdf"

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
AUTHOR = "Sở GD&ĐT Lạng Sơn"
DATE = "2025-09-19T08:30:00Z"


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


# ---------------------------------------------------------------- DOCX: the reviewed draft
def textbox_xml(paras):
    ps = []
    for i, t in enumerate(paras):
        rpr = '<w:b/><w:color w:val="C00000"/><w:sz w:val="32"/>' if i == 0 else '<w:i/><w:sz w:val="20"/>'
        ps.append(f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr>{rpr}</w:rPr>'
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
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251660288" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:posOffset>4300000</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="page"><wp:posOffset>250000</wp:posOffset></wp:positionV>'
        '<wp:extent cx="1650000" cy="560000"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapNone/><wp:docPr id="3" name="Text Box 3"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/>'
        '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1650000" cy="560000"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/>'
        '<a:ln w="12700"><a:solidFill><a:srgbClr val="C00000"/></a:solidFill></a:ln></wps:spPr>'
        f'<wps:txbx>{content}</wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="ctr">'
        '<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>'
        '</mc:Choice><mc:Fallback><w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="Text Box 3" o:spid="_x0000_s1027" type="#_x0000_t202" style="position:absolute;'
        'margin-left:338.6pt;margin-top:19.7pt;width:129.9pt;height:44.1pt;z-index:251660288;'
        'mso-position-horizontal-relative:margin;mso-position-vertical-relative:page" filled="f" '
        'strokecolor="#c00000" strokeweight="1pt">'
        f'<v:textbox>{content}</v:textbox>'
        '<w10:wrap anchorx="margin" anchory="page"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
    )


_rev = [100]


def _rid():
    _rev[0] += 1
    return _rev[0]


def run_xml(text, rpr="", deleted=False):
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r><w:rPr>{rpr}</w:rPr><{tag} xml:space="preserve">{esc(text)}</{tag}></w:r>'


def inline_xml(text, rpr, links):
    """Turn the inline markup into runs, tracked changes, comment ranges and hyperlinks."""
    out = []
    pat = re.compile(r"\[\+(.*?)\+\]|\[-(.*?)-\]|\{c(\d)\}|\{/c(\d)\}|\[link ([^|\]]+)\|([^\]]+)\]")
    pos = 0
    for m in pat.finditer(text):
        if m.start() > pos:
            out.append(run_xml(text[pos:m.start()], rpr))
        if m.group(1) is not None:
            out.append(f'<w:ins w:id="{_rid()}" w:author="{esc(AUTHOR)}" w:date="{DATE}">{run_xml(m.group(1), rpr)}</w:ins>')
        elif m.group(2) is not None:
            out.append(f'<w:del w:id="{_rid()}" w:author="{esc(AUTHOR)}" w:date="{DATE}">'
                       f'{run_xml(m.group(2), rpr, deleted=True)}</w:del>')
        elif m.group(3):
            out.append(f'<w:commentRangeStart w:id="{m.group(3)}"/>')
        elif m.group(4):
            n = m.group(4)
            out.append(f'<w:commentRangeEnd w:id="{n}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                       f'<w:commentReference w:id="{n}"/></w:r>')
        else:
            rid = links(m.group(5))
            link_rpr = rpr + '<w:color w:val="0563C1"/><w:u w:val="single"/>'
            out.append(f'<w:hyperlink r:id="{rid}" w:history="1">{run_xml(m.group(6), link_rpr)}</w:hyperlink>')
        pos = m.end()
    if pos < len(text):
        out.append(run_xml(text[pos:], rpr))
    return "".join(out)


def comments_xml(comments):
    body = []
    for n, author, text in comments:
        ini = "".join(w[0] for w in author.split()[:2])
        body.append(f'<w:comment w:id="{n}" w:author="{esc(author)}" w:date="{DATE}" w:initials="{esc(ini)}">'
                    '<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle '
                    'w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
                    f'<w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p></w:comment>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="{W_NS}">'
            + "".join(body) + "</w:comments>").encode("utf-8")


def make_docx(src, path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Times New Roman", Pt(14)
    for name in ("Heading 1", "Heading 2"):
        hs = doc.styles[name]
        hs.font.name, hs.font.size, hs.font.bold = "Times New Roman", Pt(14), True
        hs.font.color.rgb = None
    ns = f'xmlns:w="{W_NS}" xmlns:r="{R_NS}"'

    def links(url):
        return doc.part.relate_to(url, RT.HYPERLINK, is_external=True)

    def para(text, style=None, jc="both", rpr="", inserted=False, anchor=None):
        p = doc.add_paragraph(style=style)
        ppr = p._p.get_or_add_pPr()
        ppr.append(parse_xml(f'<w:jc {ns} w:val="{jc}"/>'))
        if inserted:
            ppr.append(parse_xml(f'<w:rPr {ns}><w:ins w:id="{_rid()}" w:author="{esc(AUTHOR)}" w:date="{DATE}"/></w:rPr>'))
            text = f"[+{text}+]"
        if anchor is not None:
            p._p.append(parse_xml(anchor))
        frag = parse_xml(f"<w:wrap {ns}>{inline_xml(text, rpr, links)}</w:wrap>")
        for ch in list(frag):
            p._p.append(ch)
        return p

    def borderless(table):
        tblPr = table._tbl.tblPr
        tblPr.append(parse_xml(f'<w:tblBorders {ns}>' + "".join(
            f'<w:{b} w:val="nil"/>' for b in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>"))

    def cell_text(cell, text, bold=False, italic=False, jc="center", size=None):
        p = cell.paragraphs[0]
        p._p.get_or_add_pPr().append(parse_xml(f'<w:jc {ns} w:val="{jc}"/>'))
        rpr = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + (f'<w:sz w:val="{size}"/>' if size else "")
        if text:
            for ch in list(parse_xml(f"<w:wrap {ns}>{inline_xml(text, rpr, links)}</w:wrap>")):
                p._p.append(ch)

    def two_col(rows, sign=False):
        t = doc.add_table(rows=len(rows), cols=2)
        borderless(t)
        for i, (l, r) in enumerate(rows):
            if sign:
                cell_text(t.cell(i, 0), l, bold=(i == 0), italic=(i == 0), jc="left", size=22 if i else 24)
                cell_text(t.cell(i, 1), r, bold=True)
            else:
                cell_text(t.cell(i, 0), l, bold=not l.startswith("Số"))
                cell_text(t.cell(i, 1), r, bold=not r.startswith("Lạng Sơn"), italic=r.startswith("Lạng Sơn"))

    def vmerge(cell, val):
        tcPr = cell._tc.get_or_add_tcPr()
        tcPr.append(parse_xml(f'<w:vMerge {ns} w:val="{val}"/>' if val else f'<w:vMerge {ns}/>'))

    def targets(groups):
        nrows = 2 + sum(len(r) for _, r in groups)
        t = doc.add_table(rows=nrows, cols=5)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        # two header rows: "Nhóm chỉ tiêu" and "Chỉ tiêu" merged down, "Giai đoạn" spanning 2026 | 2028 | 2030
        h1, h2 = t.rows[0], t.rows[1]
        cell_text(h1.cells[0], "Nhóm chỉ tiêu", bold=True)
        cell_text(h1.cells[1], "Chỉ tiêu", bold=True)
        vmerge(h1.cells[0], "restart")
        vmerge(h1.cells[1], "restart")
        vmerge(h2.cells[0], None)
        vmerge(h2.cells[1], None)
        g = h1.cells[2].merge(h1.cells[4])
        cell_text(g, "Giai đoạn", bold=True)
        for k, y in enumerate(("2026", "2028", "2030")):
            cell_text(h2.cells[2 + k], y, bold=True)
        for tr in (h1, h2):
            tr._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {ns}/>'))
        r = 2
        for label, rows in groups:
            for k, cells in enumerate(rows):
                row = t.rows[r]
                if k == 0:
                    cell_text(row.cells[0], label, bold=True)
                    vmerge(row.cells[0], "restart")
                else:
                    vmerge(row.cells[0], None)
                cell_text(row.cells[1], cells[0], jc="left")
                for j in range(3):
                    cell_text(row.cells[2 + j], cells[1 + j])
                r += 1

    hdr, signs, comments, groups = [], [], [], None
    box = None
    for tag, rest in src:
        if tag == "textbox":
            box = textbox_xml(rest.split("|"))
            continue
        if tag == "hdr":
            hdr.append(rest.split("|"))
            continue
        if hdr:
            two_col(hdr)
            hdr = []
        if tag == "comment":
            n, author, text = rest.split("|", 2)
            comments.append((n, author, text))
        elif tag == "sign":
            signs.append(rest.split("|"))
        elif tag == "table":
            groups = []
        elif tag == "group":
            groups.append((rest, []))
        elif tag == "row":
            groups[-1][1].append(rest.split("|"))
        elif tag == "endtable":
            targets(groups)
            groups = None
        elif tag == "cb":
            para(rest, jc="center", rpr="<w:b/>", anchor=box if rest == "KẾ HOẠCH" else None)
        elif tag == "ci":
            para(rest, jc="center", rpr="<w:i/>")
        elif tag == "b":
            para(rest, rpr="<w:b/>")
        elif tag == "h1":
            para(rest, style="Heading 1", jc="left")
        elif tag == "h2":
            para(rest, style="Heading 2", jc="left")
        elif tag == "insh2":
            para(rest, style="Heading 2", jc="left", inserted=True)
        elif tag == "insp":
            para(rest, inserted=True)
        elif tag == "p":
            para(rest)
        else:
            raise ValueError(tag)
    if signs:
        two_col(signs, sign=True)
    part = Part(PackURI("/word/comments.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
                comments_xml(comments), doc.part.package)
    doc.part.relate_to(part, RT.COMMENTS)
    doc.settings.element.append(parse_xml(f'<w:trackRevisions {ns}/>'))
    doc.core_properties.author = "Phòng GDTX - Sở GD&ĐT"
    doc.core_properties.title = "Dự thảo KH xây dựng XHHT 2026-2030"
    doc.save(path)


# ---------------------------------------------------------------- scanned commune plan with an OCR text layer
DPI = 150
PX = 72 / DPI                      # points per pixel
PAGE_W, PAGE_H = 1240, 1754        # A4 at 150 dpi
LEFT, RIGHT, TOP, BOTTOM = 175, 1240 - 115, 120, 1754 - 170
STAMP_OCR = ["(.`Ủ'Y", "BA.N", "~NHÂ,N", "D;ÂN", "*", "·X+Ã", "Đ0NG", "L;Ộ(.", "»`"]


def make_pdf(src, path):
    from fpdf import FPDF
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    fonts = {k: ImageFont.truetype(os.path.join(FONT_DIR, f), size)
             for k, f, size in (("p", "DejaVuSerif.ttf", 25), ("b", "DejaVuSerif-Bold.ttf", 25),
                                ("h", "DejaVuSerif.ttf", 23), ("hb", "DejaVuSerif-Bold.ttf", 23),
                                ("hi", "DejaVuSerif-Italic.ttf", 23), ("s", "DejaVuSerif.ttf", 21),
                                ("sb", "DejaVuSerif-Bold.ttf", 23), ("t", "DejaVuSerif-Bold.ttf", 27),
                                ("tc", "DejaVuSerif.ttf", 22), ("tcb", "DejaVuSerif-Bold.ttf", 22))}
    pages = [{"words": [], "rules": [], "stamp": None}]
    y = [TOP]

    def words(text):
        out = []
        for tok in re.findall(r"\{[^}]*\}\S*|\S+", text):
            m = re.fullmatch(r"\{([^|]*)\|([^}]*)\}(\S*)", tok)
            out.append((m.group(1) + m.group(3), m.group(2) + m.group(3)) if m else (tok, tok))
        return out

    def width(s, fk):
        return fonts[fk].getlength(s)

    def newline(h):
        if y[0] + h > BOTTOM:
            pages.append({"words": [], "rules": [], "stamp": None})
            y[0] = TOP
        y[0] += h

    def place_line(ws, fk, x0, x1, align, last):
        gap = width(" ", fk)
        total = sum(width(t, fk) for t, _ in ws) + gap * (len(ws) - 1)
        x = x0 + (x1 - x0 - total) / 2 if align == "c" else x0
        if align == "j" and not last and len(ws) > 1:
            gap = (x1 - x0 - sum(width(t, fk) for t, _ in ws)) / (len(ws) - 1)
        for k, (t, o) in enumerate(ws):
            pages[-1]["words"].append((x, y[0], fk, t, o, k == len(ws) - 1))
            x += width(t, fk) + gap

    def paragraph(text, fk, align="j", indent=50, x0=LEFT, x1=RIGHT, lh=38, before=6):
        y[0] += before
        line, first, lines = [], True, []
        for w in words(text):
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
            place_line(ln, fk, x0 + (indent if fst else 0), x1, align, last)

    def two(rows, sign):
        mid = LEFT + (RIGHT - LEFT) * 0.42
        for i, (l, r) in enumerate(rows):
            newline(32)
            if l:
                if sign:
                    place_line(words(l), "sb" if i == 0 else "s", LEFT - 40, mid, "l", True)
                else:
                    place_line(words(l), "h" if l.startswith("Số") else "hb", LEFT - 60, mid, "c", True)
            if r:
                fk = "hi" if "ngày" in r else "hb"
                place_line(words(r), fk, mid, RIGHT + 40, "c", True)
            if sign and i == 2:
                pages[-1]["stamp"] = (mid + (RIGHT + 40 - mid) / 2 - 40, y[0] + 45)

    def table(head, rows):
        cols = [LEFT, LEFT + 420, LEFT + 640, RIGHT]
        y[0] += 14
        if y[0] + 48 * (len(rows) + 1) > BOTTOM:
            pages.append({"words": [], "rules": [], "stamp": None})
            y[0] = TOP
        top = y[0]
        for k, cells in enumerate([head] + rows):
            y[0] += 48
            fk = "tcb" if k == 0 else "tc"
            for j, c in enumerate(cells):
                ws = words(c)
                place_line(ws, fk, cols[j] + 12, cols[j + 1] - 12, "l" if j == 0 else "c", True)
        bottom = y[0] + 16
        rules = pages[-1]["rules"]
        for k in range(len(rows) + 2):
            yy = top + 10 + 48 * k if k <= len(rows) else bottom
            yy = min(yy, bottom)
            rules.append((cols[0], yy, cols[-1], yy))
        for x in cols:
            rules.append((x, top + 10, x, bottom))
        y[0] = bottom + 6

    hdr, signs, tbl = [], [], None
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
        elif tag == "table":
            tbl = (rest.split("|"), [])
        elif tag == "trow":
            tbl[1].append(re.split(r"\|(?![^{]*\})", rest))
        elif tag == "endtable":
            table(*tbl)
            tbl = None
        elif tag == "cb":
            paragraph(rest, "t", align="c", indent=0, before=10)
        elif tag == "h":
            paragraph(rest, "b", align="l", indent=50, before=8)
        elif tag == "p":
            paragraph(rest, "p")
        else:
            raise ValueError(tag)
    if signs:
        if y[0] + 36 * len(signs) > BOTTOM:
            pages.append({"words": [], "rules": [], "stamp": None})
            y[0] = TOP
        y[0] += 20
        two(signs, True)

    rnd = random.Random(28)
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_font("DejaVu", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.set_auto_page_break(False)
    n = len(pages)
    for pno, page in enumerate(pages, 1):
        img = Image.new("RGB", (PAGE_W, PAGE_H), (244, 242, 236))
        dr = ImageDraw.Draw(img)
        foot = f"{pno}"
        dr.text((PAGE_W / 2, PAGE_H - 80), foot, font=fonts["h"], fill=(40, 40, 40), anchor="ms")
        for x0, y0, x1, y1 in page["rules"]:
            dr.line((x0, y0, x1, y1), fill=(50, 50, 50), width=2)
        for x, base, fk, t, _, _ in page["words"]:
            dr.text((x, base), t, font=fonts[fk], fill=(30, 30, 30), anchor="ls")
        stamp_words = []
        if page["stamp"]:
            cx, cy = page["stamp"]
            red = (200, 30, 40)
            dr.ellipse((cx - 110, cy - 110, cx + 110, cy + 110), outline=red, width=5)
            dr.ellipse((cx - 80, cy - 80, cx + 80, cy + 80), outline=red, width=2)
            dr.text((cx, cy + 8), "*", font=fonts["t"], fill=red, anchor="ms")
            label = "ỦY BAN NHÂN DÂN * XÃ ĐỒNG LỘC * TỈNH HÀ TĨNH *"
            import math
            for k, ch in enumerate(label):
                a = math.pi * 2 * k / len(label) - math.pi / 2
                dr.text((cx + 95 * math.cos(a), cy + 95 * math.sin(a)), ch, font=fonts["s"], fill=red, anchor="mm")
            # a hand signature scrawl
            pts = [(cx - 60 + 12 * k, cy + 60 + (18 if k % 2 else -14) + rnd.randint(-6, 6)) for k in range(14)]
            dr.line(pts, fill=(20, 40, 140), width=3)
            # what an OCR engine makes of the stamp and signature: garbage words on two lines
            for k, w in enumerate(STAMP_OCR):
                stamp_words.append((cx - 100 + 45 * (k % 5), cy - 20 + 36 * (k // 5), "s", w, k in (4, 8)))
        for _ in range(1500):       # scanner noise
            px, py = rnd.randrange(PAGE_W), rnd.randrange(PAGE_H)
            v = rnd.randrange(110, 200)
            dr.point((px, py), fill=(v, v, v))
        img = img.convert("L").filter(ImageFilter.GaussianBlur(0.7))
        img = img.rotate(-0.4 if pno % 2 else 0.3, fillcolor=240, resample=Image.BICUBIC)
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=72)
        pdf.add_page()
        pdf.image(buf, x=0, y=0, w=pdf.w, h=pdf.h)
        pdf.text_mode = "INVISIBLE"

        def put(x, base, size, o, box_w, eol):
            pdf.set_font("DejaVu", "", size)
            natural = pdf.get_string_width(o)
            stretch = 100 * (box_w * PX) / natural if natural else 100
            pdf.set_stretching(max(50, min(200, stretch)))
            pdf.text(x * PX, base * PX + rnd.uniform(-0.8, 0.8), o if eol else o + " ")
            pdf.set_stretching(100)

        for x, base, fk, t, o, eol in page["words"]:
            put(x, base, fonts[fk].size * PX, o, width(t, fk), eol)
        for x, base, fk, o, eol in stamp_words:
            put(x, base, fonts[fk].size * PX, o, width(o, fk), eol)
        put(PAGE_W / 2 - 6, PAGE_H - 80, fonts["h"].size * PX, foot, width(foot, "h"), True)
        pdf.text_mode = "FILL"
    pdf.output(path)
    return n


def main():
    os.makedirs(OUT, exist_ok=True)
    make_docx(read_src("langson.txt"), os.path.join(OUT, DOCX_NAME))
    make_pdf(read_src("dongloc.txt"), os.path.join(OUT, PDF_NAME))
    for n in sorted(os.listdir(OUT)):
        print(os.path.join(OUT, n))


if __name__ == "__main__":
    main()
