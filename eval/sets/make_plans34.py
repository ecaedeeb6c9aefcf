"""Build eval/sets/plans34/ from the sources in src34/ (set 34, held out).

    python eval/sets/make_plans34.py

quangninh_286-KH-UBND_2025.docx  tỉnh Quảng Ninh, KH 286/KH-UBND, as a plan kept on an OLD WORD TEMPLATE and re-edited
                                 in later Word versions:
                                 - LEGACY SMART TAGS (w:smartTag, urn:schemas-microsoft-com:office:smarttags): dates
                                   ("date" with Year/Month/Day w:smartTagPr attributes), places ("place" > "City",
                                   nested) and the signer's name ("PersonName") are wrapped in smart tags, whose runs
                                   python-docx's paragraph text drops;
                                 - SIMPLE FIELDS (w:fldSimple): the caption numbers "Bảng 1"/"Bảng 2" are SEQ fields,
                                   the funding table's totals are formula fields (=SUM(LEFT), =SUM(ABOVE)) holding
                                   their last computed result — the grand total 44.000 exists only there;
                                 - RUN FRAGMENTATION as Word saves an edited file: rsid attributes, words split across
                                   runs mid-word, w:proofErr spelling/grammar marks, a _GoBack bookmark,
                                   w:lastRenderedPageBreak marks;
                                 - "-" items as Wingdings w:sym bullets (the bullet is not text);
                                 - the same bodies ABBREVIATED in III (Sở VHTTDL, Sở KH&CN, Sở NN&MT, BĐBP tỉnh,
                                   LĐLĐ tỉnh, Sở GD&ĐT) and IN FULL in V;
                                 - VI's reporting deadlines as TAB-STOP PSEUDO-COLUMNS (w:tabs with dot leaders, one
                                   paragraph per body, Đơn vị ⇥ Nội dung ⇥ Thời hạn) instead of a table.
bacnhatrang_41-KH-UBND_2026.pdf  phường Bắc Nha Trang, tỉnh Khánh Hòa (post-reform ward), KH 41/KH-UBND: a text PDF
                                 (fpdf2 + DejaVu Serif) whose content stream is OUT OF READING ORDER in two places —
                                 page 2's lower half is drawn before its upper half, and every row of the task table
                                 (III.5) is drawn right cell first (Thời gian, Đơn vị chủ trì, Nội dung, TT) —, and the
                                 file is PERMISSION-RESTRICTED: RC4-128 encryption with an owner password and an empty
                                 user password (opens without a password; copying/modifying not permitted), which pypdf
                                 decrypts on opening.

Source markup, docx: '@head a || b' letterhead row, '@title', '@h', '@p', '@li' (sym bullet item), '@cap' caption,
'@thead'/'@trow' cells split by ' | ', '@tend', '@tab' cells split by '\\t', '@sign left || right' (⏎ a new cell
paragraph); inline '{P:place}', '{D:text|y|m|d}', '{N:person}', '{F:instr|result}'.
pdf: '@head', '@title', '@h', '@p', '@table widths', '@th', '@tr', '@endtable', '@sign left || right'.
Content is fictional (numbers, figures, names, local documents); places are real.
"""
import os
import random
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src34")
OUT = os.path.join(HERE, "plans34")
DOCX_NAME = "quangninh_286-KH-UBND_2025.docx"
PDF_NAME = "bacnhatrang_41-KH-UBND_2026.pdf"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
ST_URI = "urn:schemas-microsoft-com:office:smarttags"
LIB = "/usr/share/fonts/truetype/dejavu"


def lines_of(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        return [unicodedata.normalize("NFC", ln.rstrip("\n")) for ln in f if ln.strip()]


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


# ---------------------------------------------------------------- DOCX
class Runs:
    """Word-like run XML: fragmented runs with rsids, proofErr marks, a _GoBack bookmark, page-break marks."""

    def __init__(self, seed):
        self.rnd = random.Random(seed)
        self.rsids = ["00A31C52", "00B7E4D9", "003F2A61", "00D95B08", "0061C7AE", "00E20F43"]
        self.goback = False
        self.bm = 0

    def run(self, text, bold=False, italic=False, lrpb=False):
        rpr = ""
        if bold or italic or self.rnd.random() < 0.3:
            rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + \
                  ('<w:lang w:val="vi-VN"/>' if self.rnd.random() < 0.5 else "") + "</w:rPr>"
        mark = "<w:lastRenderedPageBreak/>" if lrpb else ""
        return (f'<w:r w:rsidR="{self.rnd.choice(self.rsids)}" w:rsidRPr="{self.rnd.choice(self.rsids)}">{rpr}{mark}'
                f'<w:t xml:space="preserve">{esc(text)}</w:t></w:r>')

    def frag(self, text, bold=False, italic=False):
        """Split text into 1-4 runs at random character positions (often mid-word); mark one word as a spelling error."""
        if not text:
            return ""
        out = []
        words = list(re.finditer(r"\w{3,}", text))
        err = self.rnd.choice(words) if words and self.rnd.random() < 0.35 else None
        cuts = set()
        if len(text) > 6:
            for _ in range(self.rnd.randint(0, 3)):
                cuts.add(self.rnd.randint(1, len(text) - 1))
        if err:
            cuts.update({err.start(), err.end()})
        cuts = sorted(c for c in cuts if 0 < c < len(text))
        pieces, prev = [], 0
        for c in cuts + [len(text)]:
            if c > prev:
                pieces.append((prev, text[prev:c]))
            prev = c
        for start, piece in pieces:
            in_err = err is not None and start == err.start()
            if in_err:
                out.append('<w:proofErr w:type="spellStart"/>')
            if not self.goback and self.rnd.random() < 0.02:
                out.append('<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>')
                self.goback = True
            out.append(self.run(piece, bold, italic, lrpb=self.rnd.random() < 0.015))
            if in_err:
                out.append('<w:proofErr w:type="spellEnd"/>')
        return "".join(out)

    def inline(self, text, bold=False, italic=False):
        """Plain text with {P:…} {D:…|y|m|d} {N:…} {F:instr|result} markup -> run XML."""
        out, pos = [], 0
        for m in re.finditer(r"\{([PDNF]):([^{}]*)\}", text):
            out.append(self.frag(text[pos:m.start()], bold, italic))
            kind, body = m.group(1), m.group(2)
            if kind == "P":
                out.append(f'<w:smartTag w:uri="{ST_URI}" w:element="place"><w:smartTag w:uri="{ST_URI}" '
                           f'w:element="City">{self.frag(body, bold, italic)}</w:smartTag></w:smartTag>')
            elif kind == "D":
                shown, y, mo, d = body.split("|")
                out.append(f'<w:smartTag w:uri="{ST_URI}" w:element="date"><w:smartTagPr>'
                           f'<w:attr w:name="Year" w:val="{y}"/><w:attr w:name="Month" w:val="{mo}"/>'
                           f'<w:attr w:name="Day" w:val="{d}"/></w:smartTagPr>{self.frag(shown, bold, italic)}'
                           "</w:smartTag>")
            elif kind == "N":
                out.append(f'<w:smartTag w:uri="{ST_URI}" w:element="PersonName"><w:smartTagPr>'
                           f'<w:attr w:name="ProductID" w:val="{esc(body)}"/></w:smartTagPr>'
                           f"{self.frag(body, bold, italic)}</w:smartTag>")
            else:
                instr, result = body.split("|")
                out.append(f'<w:fldSimple w:instr="{esc(instr)} ">{self.run(result, bold, italic)}</w:fldSimple>')
            pos = m.end()
        out.append(self.frag(text[pos:], bold, italic))
        return "".join(out)


def para(runs_xml, jc="both", indent=True, spacing=True, tabs="", rsid="00A31C52"):
    ppr = "<w:pPr>" + tabs + (f'<w:spacing w:before="0" w:after="{"120" if spacing else "0"}"/>') + \
          ('<w:ind w:firstLine="567"/>' if indent else "") + f'<w:jc w:val="{jc}"/></w:pPr>'
    return f'<w:p w:rsidR="{rsid}" w:rsidRDefault="{rsid}">{ppr}{runs_xml}</w:p>'


def make_docx(src, path):
    from docx import Document
    from docx.oxml import parse_xml
    from docx.shared import Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(14)
    body = doc.element.body
    sect = body[-1]
    R = Runs(34)
    NS = f'xmlns:w="{W_NS}"'

    def add(xml):
        sect.addprevious(parse_xml(xml.replace("<w:p ", f"<w:p {NS} ", 1) if xml.startswith("<w:p ")
                                   else xml.replace("<w:tbl>", f"<w:tbl {NS}>", 1)))

    def cell(inner_paras, width, borders=True):
        b = "" if borders else ('<w:tcBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
                                '<w:right w:val="nil"/></w:tcBorders>')
        return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{b}</w:tcPr>{"".join(inner_paras)}</w:tc>'

    def table(rows_xml, widths, borders=True):
        tb = ('<w:tblBorders>' + "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                                         for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
              + '</w:tblBorders>') if borders else ""
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        return (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/>{tb}<w:tblLayout w:type="fixed"/>'
                f'</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(rows_xml)}</w:tbl>')

    head_rows, trows, twidths = [], [], None
    sym = ('<w:r><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr>'
           '<w:sym w:font="Wingdings" w:char="F0D8"/></w:r><w:r><w:tab/></w:r>')
    tabs_def = ('<w:tabs><w:tab w:val="left" w:leader="dot" w:pos="4820"/>'
                '<w:tab w:val="left" w:leader="dot" w:pos="7371"/></w:tabs>')

    def flush_head():
        if head_rows:
            rows = []
            for left, right in head_rows:
                rows.append("<w:tr>" + cell([para(R.inline(left, bold=True), jc="center", indent=False, spacing=False)],
                                            3900, False)
                            + cell([para(R.inline(right, bold=True, italic=right.startswith("{P:")), jc="center",
                                         indent=False, spacing=False)], 5460, False) + "</w:tr>")
            add(table(rows, [3900, 5460], borders=False))
            head_rows.clear()

    for ln in src:
        kind, _, text = ln.partition(" ")
        if kind != "@head":
            flush_head()
        if kind == "@head":
            head_rows.append(tuple(x.strip() for x in text.split("||")))
        elif kind == "@title":
            add(para(R.inline(text, bold=True), jc="center", indent=False))
        elif kind == "@h":
            add(para(R.inline(text, bold=True), jc="both"))
        elif kind == "@p":
            add(para(R.inline(text)))
        elif kind == "@li":
            add(para(sym + R.inline(text)))
        elif kind == "@cap":
            add(para(R.inline(text, bold=True, italic=True), jc="center", indent=False))
        elif kind in ("@thead", "@trow"):
            cells = [c.strip() for c in text.split(" | ")]
            if twidths is None:
                n = len(cells)
                twidths = [700, 4160, 1500, 1500, 1500] if n == 5 else [2160, 1100, 1100, 1100, 1100, 1100, 1700]
            trows.append("<w:tr>" + "".join(
                cell([para(R.inline(c, bold=(kind == "@thead")), jc="left" if (i == 1 and len(cells) == 5) or
                           (i == 0 and len(cells) == 7) else "center", indent=False, spacing=False)], w)
                for i, (c, w) in enumerate(zip(cells, twidths, strict=True))) + "</w:tr>")
        elif kind == "@tend":
            add(table(trows, twidths))
            trows, twidths = [], None
        elif kind == "@tab":
            parts = text.split("\\t")
            runs = "<w:r><w:tab/></w:r>".join(R.inline(p, bold=parts[0] == "Đơn vị báo cáo") for p in parts)
            add(para(runs, jc="left", indent=False, tabs=tabs_def))
        elif kind == "@sign":
            left, right = (x.strip() for x in text.split("||"))
            lp = [para(R.inline(x, bold=(i == 0), italic=(i == 0)), jc="left", indent=False, spacing=False)
                  for i, x in enumerate(left.split("⏎"))]
            rp = [para(R.inline(x, bold=True) if x else "", jc="center", indent=False, spacing=False)
                  for x in right.split("⏎")]
            add(table(["<w:tr>" + cell(lp, 4500, False) + cell(rp, 4860, False) + "</w:tr>"], [4500, 4860],
                      borders=False))
        else:
            raise ValueError(ln)
    flush_head()
    doc.core_properties.author = "VP UBND tinh"
    doc.core_properties.title = "KH XD XHHT 2026-2030"
    doc.save(path)


# ---------------------------------------------------------------- PDF
class Layout:
    """Lays the plan out into positioned draw operations, page by page; emitted later in a chosen order."""

    def __init__(self, pdf):
        self.pdf = pdf
        self.pages = [[]]
        self.L, self.R, self.T, self.B = 30.0, 190.0, 20.0, 280.0
        self.y = self.T
        self.lh = 6.6

    def font(self, style="", size=13):
        self.pdf.set_font("DejaVuSerif", style, size)

    def new_page(self):
        self.pages.append([])
        self.y = self.T + 8

    def need(self, h):
        if self.y + h > self.B:
            self.new_page()

    def text(self, x, s, style="", size=13):
        self.pages[-1].append(("t", x, self.y, s, style, size))

    def wrap(self, s, width, style="", size=13, first_indent=0.0):
        self.font(style, size)
        words, lines, cur, avail = s.split(" "), [], "", width - first_indent
        for w in words:
            cand = (cur + " " + w) if cur else w
            if self.pdf.get_string_width(cand) <= avail:
                cur = cand
            else:
                lines.append(cur)
                cur, avail = w, width
        if cur:
            lines.append(cur)
        return lines

    def paragraph(self, s, style="", size=13, indent=10.0, center=False, gap=1.2):
        lines = self.wrap(s, self.R - self.L, style, size, 0 if center else indent)
        for i, ln in enumerate(lines):
            self.need(self.lh)
            if center:
                self.font(style, size)
                x = (self.L + self.R - self.pdf.get_string_width(ln)) / 2
            else:
                x = self.L + (indent if i == 0 else 0)
            self.text(x, ln, style, size)
            self.y += self.lh
        self.y += gap

    def two_cols(self, left, right, style="B", size=12, split=88.0, center=True, rstyle=None):
        self.need(self.lh)
        for s, x0, x1, st in ((left, self.L - 12, self.L - 12 + split, style), (right, self.L - 12 + split, self.R, rstyle or style)):
            if not s:
                continue
            self.font(st, size)
            w = self.pdf.get_string_width(s)
            x = (x0 + x1 - w) / 2 if center else x0
            self.text(x, s, st, size)
        self.y += self.lh

    def table_row(self, cells, widths, style="", size=11.5, pad=1.5):
        wrapped = [self.wrap(c, w - 2 * pad, style, size) for c, w in zip(cells, widths, strict=True)]
        lh = 5.6
        h = max(len(w) for w in wrapped) * lh + 2 * pad
        self.need(h)
        top, xs = self.y, [self.L]
        for w in widths:
            xs.append(xs[-1] + w)
        ops = []
        # the row's cells drawn RIGHT CELL FIRST (out of reading order)
        for i in reversed(range(len(cells))):
            for j, ln in enumerate(wrapped[i]):
                ops.append(("t", xs[i] + pad, top + pad + 4.2 + j * lh, ln, style, size))
        for i in range(len(xs)):
            ops.append(("l", xs[i], top, xs[i], top + h))
        ops.append(("l", xs[0], top, xs[-1], top))
        ops.append(("l", xs[0], top + h, xs[-1], top + h))
        self.pages[-1].extend(ops)
        self.y = top + h


def make_pdf(src, path):
    from fpdf import FPDF
    from fpdf.enums import AccessPermission, EncryptionMethod

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVuSerif", "", os.path.join(LIB, "DejaVuSerif.ttf"))
    pdf.add_font("DejaVuSerif", "B", os.path.join(LIB, "DejaVuSerif-Bold.ttf"))
    pdf.add_font("DejaVuSerif", "I", os.path.join(LIB, "DejaVuSerif-Italic.ttf"))
    pdf.add_font("DejaVuSerif", "BI", os.path.join(LIB, "DejaVuSerif-BoldItalic.ttf"))
    lay = Layout(pdf)
    lay.y = lay.T + 4
    widths, head_n = None, 0
    for ln in src:
        kind, _, text = ln.partition(" ")
        if kind == "@head":
            left, right = (x.strip() for x in text.split("||"))
            head_n += 1
            rstyle = "I" if right.startswith("Bắc Nha Trang, ngày") else "B"
            lstyle = "" if left.startswith("Số:") else "B"
            lay.two_cols(left, right, lstyle, 12, rstyle=rstyle)
            if head_n == 3:
                lay.y += 4
        elif kind == "@title":
            lay.paragraph(text, "B", 13.5 if text == "KẾ HOẠCH" else 13, center=True, gap=0.4)
        elif kind == "@h":
            lay.y += 1.0
            lay.paragraph(text, "B", 13, indent=10.0)
        elif kind == "@p":
            lay.paragraph(text, "", 13, indent=10.0)
        elif kind == "@table":
            widths = [float(x) for x in text.split("|")]
            scale = (lay.R - lay.L) / sum(widths)
            widths = [w * scale for w in widths]
        elif kind == "@th":
            lay.table_row([c.strip() for c in text.split(" | ")], widths, "B")
        elif kind == "@tr":
            lay.table_row([c.strip() for c in text.split(" | ")], widths, "")
        elif kind == "@endtable":
            lay.y += 3
        elif kind == "@sign":
            left, right = (x.strip() for x in text.split("||"))
            if left == "Nơi nhận:":
                lay.y += 4
                lay.need(8 * lay.lh)
            lay.font("", 11)
            lay.need(lay.lh)
            if left:
                lay.text(lay.L - 12, left, "BI" if left == "Nơi nhận:" else "", 11 if left == "Nơi nhận:" else 10.5)
            if right:
                st = "I" if right.startswith("(") else "B"
                lay.font(st, 12.5)
                lay.text((lay.L + 80 + lay.R - pdf.get_string_width(right)) / 2, right, st, 12.5)
            lay.y += lay.lh - 0.8
        else:
            raise ValueError(ln)

    n = len(lay.pages)
    for pno, ops in enumerate(lay.pages, 1):
        pdf.add_page()
        if pno == 2:  # page 2: the LOWER HALF of the page drawn before the upper half
            mid = 150.0
            ops = [o for o in ops if o[0] == "t" and o[2] >= mid] + [o for o in ops if not (o[0] == "t" and o[2] >= mid)]
        if pno > 1:
            ops = [("t", 103.0, 12.0, str(pno), "", 11)] + ops
        for o in ops:
            if o[0] == "t":
                _, x, y, s, st, size = o
                pdf.set_font("DejaVuSerif", st, size)
                pdf.text(x, y, s)
            else:
                _, x1, y1, x2, y2 = o
                pdf.set_line_width(0.2)
                pdf.line(x1, y1, x2, y2)
    pdf.set_title("KH 41/KH-UBND - Xây dựng xã hội học tập phường Bắc Nha Trang")
    pdf.set_author("UBND phường Bắc Nha Trang")
    pdf.set_creator("Microsoft® Word for Microsoft 365")
    pdf.set_producer("Microsoft® Word for Microsoft 365")
    pdf.set_encryption(owner_password="vt-ubnd-bnt-2026", user_password="",
                       encryption_method=EncryptionMethod.RC4,
                       permissions=AccessPermission.PRINT_LOW_RES | AccessPermission.PRINT_HIGH_RES)
    pdf.output(path)
    return n


def main():
    os.makedirs(OUT, exist_ok=True)
    make_docx(lines_of("quangninh.txt"), os.path.join(OUT, DOCX_NAME))
    n = make_pdf(lines_of("bacnhatrang.txt"), os.path.join(OUT, PDF_NAME))
    print("wrote", DOCX_NAME, "and", PDF_NAME, f"({n} pages)")


if __name__ == "__main__":
    main()
