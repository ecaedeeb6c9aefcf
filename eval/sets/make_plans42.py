"""Build the two held-out plans of set 42 (plans42/) from src42/.

    python eval/sets/make_plans42.py

1. kinhmon_146-KH-UBND_2024.docx - a thị xã plan (Kinh Môn, Hải Dương, before the 2025 reform) built like a Word
   template whose LETTERHEAD LIVES IN THE FIRST-PAGE HEADER PART (w:titlePg + a "first" header holding the borderless
   two-column letterhead table: issuer, number, motto, place-date), not in the body; a draft whose old figures, one
   old deadline and a drafting note are left in as HIDDEN TEXT (w:vanish runs - Word neither shows nor prints them,
   python-docx's paragraph text keeps them); "V. TỔ CHỨC THỰC HIỆN" is a one-sentence lead and a TASK TABLE
   (TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành) whose "Cơ quan chủ trì" and
   "Thời gian hoàn thành" cells are VERTICALLY MERGED over consecutive rows of the same body / same time; bodies that
   only coordinate; the Đề nghị and reporting paragraphs after the table; Nơi nhận and signature in a borderless table.
2. monson_14-KH-UBND_2026.rtf - a post-2025 commune plan (xã Môn Sơn, tỉnh Nghệ An, no district level) saved as
   RICH TEXT FORMAT the way Word writes it: code page 1258 (\\ansicpg1258), characters of the code page as \\'xx
   escapes and every other Vietnamese letter as \\uN with a "?" fallback (\\uc1), a font table, an \\info group
   (title, author, creation time), a page-number FOOTER group, tables as \\trowd ... \\cell ... \\row with
   vertically (\\clvmgf/\\clvmrg) and horizontally (\\clmgf/\\clmrg) merged header cells; Bảng 1 TRANSPOSED (years as
   rows 2026, 2027, 2028, 2030 - no 2029 -, indicators as columns) with one empty cell (Bản học tập 2027); V with
   UNNUMBERED agency paragraphs - the body's name in bold followed by a colon and its tasks run in.
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src42")
OUT = os.path.join(HERE, "plans42")


def read_src(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f if line.strip()]


HIDDEN = re.compile(r"\{\{h:(.*?)\}\}")


def pieces(text):
    """Split a source line into (text, hidden) pieces."""
    out, pos = [], 0
    for m in HIDDEN.finditer(text):
        if m.start() > pos:
            out.append((text[pos:m.start()], False))
        out.append((m.group(1), True))
        pos = m.end()
    if pos < len(text):
        out.append((text[pos:], False))
    return out


def _fix_zip_times(path):
    """Rewrite the .docx zip with fixed entry times so that a rebuild gives the same bytes."""
    import zipfile

    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            z.writestr(zipfile.ZipInfo(name, date_time=(2024, 8, 15, 9, 0, 0)), data, zipfile.ZIP_DEFLATED)


# ---------------------------------------------------------------- 1. Kinh Môn (.docx)
def build_docx():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.shared import Cm, Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)
    sec.header_distance = Cm(1)
    sec.different_first_page_header_footer = True

    # letterhead in the FIRST-PAGE header
    hdr = sec.first_page_header
    hdr.is_linked_to_previous = False
    hdr.paragraphs[0].text = ""
    t = hdr.add_table(1, 2, Cm(16))
    left = ["ỦY BAN NHÂN DÂN", "THỊ XÃ KINH MÔN", "Số: 146/KH-UBND"]
    right = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
             "Kinh Môn, ngày 15 tháng 8 năm 2024"]
    for cell, lines in zip(t.rows[0].cells, (left, right), strict=True):
        cell.paragraphs[0].text = ""
        for i, line in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(line)
            r.bold = i < 2 or line.startswith("Độc lập")
            r.italic = "ngày" in line
            r.font.size = Pt(12 if i < 2 else 13)
    hdr.add_paragraph("")
    # pages 2+: an empty default header (nothing to read)
    sec.header.is_linked_to_previous = False

    def add_runs(p, text, bold=False, italic=False):
        for piece, hidden in pieces(text):
            r = p.add_run(piece)
            r.bold = bold or None
            r.italic = italic or None
            if hidden:
                r.font.hidden = True

    lines = read_src("kinhmon.txt")
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                rows.append(lines[i][1:].split("|"))
                i += 1
            tbl = doc.add_table(len(rows), len(rows[0]))
            tbl.style = doc.styles["Table Grid"]
            widths = [Cm(1), Cm(6.2), Cm(3.3), Cm(3.3), Cm(2.2)]
            for ri, row in enumerate(rows):
                for ci, val in enumerate(row):
                    c = tbl.cell(ri, ci)
                    c.width = widths[ci]
                    if val == "^":
                        continue
                    p = c.paragraphs[0]
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if ci in (0, 4) or ri == 0 else WD_ALIGN_PARAGRAPH.LEFT
                    add_runs(p, val, bold=ri == 0)
            # vertical merges: a "^" cell continues the cell above
            for ci in range(len(rows[0])):
                ri = 1
                while ri < len(rows):
                    if rows[ri][ci] == "^":
                        top = ri - 1
                        while ri < len(rows) and rows[ri][ci] == "^":
                            ri += 1
                        tbl.cell(top, ci).merge(tbl.cell(ri - 1, ci))
                    else:
                        ri += 1
            # header row repeats on every page
            trPr = tbl.rows[0]._tr.get_or_add_trPr()
            th = OxmlElement("w:tblHeader")
            trPr.append(th)
            continue
        p = doc.add_paragraph()
        pf = p.paragraph_format
        pf.space_after = Pt(4)
        if line.startswith("#T ") or line.startswith("#S ") or line.startswith("#C "):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            add_runs(p, line[3:], bold=True)
        elif line.startswith("#H "):
            pf.first_line_indent = Cm(1)
            add_runs(p, line[3:], bold=True)
        elif line.startswith("#B "):
            pf.first_line_indent = Cm(1)
            add_runs(p, line[3:], bold=True, italic=True)
        else:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            pf.first_line_indent = Cm(1)
            add_runs(p, line)
        if line.startswith("{{h:") and line.endswith("}}"):
            # a wholly hidden paragraph: hide its paragraph mark too, as Word does
            rPr = p._p.get_or_add_pPr()
            mark = OxmlElement("w:rPr")
            mark.append(OxmlElement("w:vanish"))
            rPr.append(mark)
        i += 1

    # Nơi nhận + signature, borderless
    doc.add_paragraph("")
    t = doc.add_table(1, 2)
    noi = ["Nơi nhận:", "- Sở GD&ĐT tỉnh Hải Dương (b/c);", "- TT Thị ủy, TT HĐND thị xã;",
           "- Chủ tịch, các PCT UBND thị xã;", "- Các cơ quan, đơn vị tại Bảng phân công;",
           "- UBND các phường, xã;", "- Lưu: VT, GD&ĐT."]
    sig = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(Đã ký)", "", "Nguyễn Thị Hồng Nhung"]
    for cell, lines_, align in zip(t.rows[0].cells, (noi, sig), (WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.CENTER),
                                   strict=True):
        for k, line in enumerate(lines_):
            p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
            p.alignment = align
            r = p.add_run(line)
            if cell is t.rows[0].cells[0]:
                r.font.size = Pt(11)
                r.bold = k == 0
                r.italic = k == 0
            else:
                r.bold = line != "(Đã ký)"
                r.italic = line == "(Đã ký)"
    doc.core_properties.author = "Phòng GD&ĐT thị xã Kinh Môn"
    doc.core_properties.title = "Kế hoạch xây dựng xã hội học tập thị xã Kinh Môn giai đoạn 2024 - 2030"
    path = os.path.join(OUT, "kinhmon_146-KH-UBND_2024.docx")
    doc.save(path)
    _fix_zip_times(path)
    # sanity: the letterhead is only in the header part, the hidden runs are w:vanish
    body = doc.element.body.xml
    assert "146/KH-UBND" not in body and "vanish" in body
    return path


# ---------------------------------------------------------------- 2. Môn Sơn (.rtf)
def rtf_escape(text):
    out = []
    for ch in text:
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ord(ch) < 128:
            out.append(ch)
        else:
            try:
                b = ch.encode("cp1258")
            except UnicodeEncodeError:
                b = b""
            if len(b) == 1:
                out.append("\\'" + format(b[0], "02x"))
            else:
                n = ord(ch)
                out.append("\\u" + str(n if n < 32768 else n - 65536) + "?")
    return "".join(out)


def build_rtf():
    P = "\\pard\\plain\\f0\\fs28"
    out = ["{\\rtf1\\ansi\\ansicpg1258\\uc1\\deff0\\deflang1066\\deflangfe1066",
           "{\\fonttbl{\\f0\\froman\\fcharset163\\fprq2 Times New Roman;}{\\f1\\fswiss\\fcharset163\\fprq2 Arial;}}",
           "{\\colortbl;\\red0\\green0\\blue0;\\red255\\green255\\blue255;}",
           "{\\*\\generator Microsoft Word 16.0.17928;}",
           "{\\info{\\title " + rtf_escape("Kế hoạch XHHT xã Môn Sơn 2026-2030") + "}{\\author "
           + rtf_escape("Văn phòng HĐND và UBND xã") + "}{\\operator " + rtf_escape("Lô Thị Hà")
           + "}{\\creatim\\yr2026\\mo1\\dy21\\hr15\\min40}{\\revtim\\yr2026\\mo1\\dy23\\hr8\\min5}}",
           "\\paperw11906\\paperh16838\\margl1701\\margr1134\\margt1134\\margb1134\\gutter0",
           "\\sectd\\pgwsxn11906\\pghsxn16838",
           "{\\footer " + P + "\\qc {\\field{\\*\\fldinst  PAGE }{\\fldrslt 1}}\\par}"]

    def cellrow(cells, widths, borders=True, merges=None, bold=False, align="qc"):
        merges = merges or [""] * len(cells)
        row = ["\\trowd\\trgaph108\\trleft0" + ("\\trhdr" if bold else "")]
        x = 0
        for w, mg in zip(widths, merges, strict=True):
            x += w
            b = "\\clbrdrt\\brdrs\\brdrw10\\clbrdrl\\brdrs\\brdrw10\\clbrdrb\\brdrs\\brdrw10\\clbrdrr\\brdrs\\brdrw10" \
                if borders else ""
            row.append(b + mg + "\\clvertalc\\cellx" + str(x))
        for c in cells:
            paras = c if isinstance(c, list) else [c]
            seg = []
            for k, para in enumerate(paras):
                txt = rtf_escape(para)
                if bold and txt:
                    txt = "{\\b " + txt + "}"
                seg.append("\\pard\\plain\\intbl\\" + align + "\\f0\\fs26 " + txt + ("\\par" if k < len(paras) - 1 else ""))
            row.append("".join(seg) + "\\cell")
        row.append("\\row")
        return "\n".join(row)

    # letterhead (borderless two-column table)
    left = ["{b}ỦY BAN NHÂN DÂN", "{b}XÃ MÔN SƠN", "Số: 14/KH-UBND"]
    right = ["{b}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "{b}Độc lập - Tự do - Hạnh phúc",
             "{i}Môn Sơn, ngày 23 tháng 01 năm 2026"]

    def fmt(line):
        if line.startswith("{b}"):
            return "{\\b " + rtf_escape(line[3:]) + "}"
        if line.startswith("{i}"):
            return "{\\i " + rtf_escape(line[3:]) + "}"
        return rtf_escape(line)

    def rich_cell(lines):
        return "".join("\\pard\\plain\\intbl\\qc\\f0\\fs26 " + fmt(x) + ("\\par" if k < len(lines) - 1 else "")
                       for k, x in enumerate(lines)) + "\\cell"

    out.append("\\trowd\\trgaph108\\trleft0\\cellx3900\\cellx9360")
    out.append(rich_cell(left))
    out.append(rich_cell(right))
    out.append("\\row")
    out.append(P + "\\par")

    lines = read_src("monson.txt")
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                rows.append(lines[i][1:].split("|"))
                i += 1
            widths = [1100, 1500, 1500, 1500, 1800, 1700]
            for ri, row in enumerate(rows):
                merges, cells = [], []
                for ci, val in enumerate(row):
                    below = rows[ri + 1][ci] if ri + 1 < len(rows) else ""
                    right_ = row[ci + 1] if ci + 1 < len(row) else ""
                    if val == "^":
                        merges.append("\\clvmrg")
                        cells.append("")
                    elif val == ">":
                        merges.append("\\clmrg")
                        cells.append("")
                    else:
                        mg = ""
                        if below == "^":
                            mg += "\\clvmgf"
                        if right_ == ">":
                            mg += "\\clmgf"
                        merges.append(mg)
                        cells.append(val)
                out.append(cellrow(cells, widths, merges=merges, bold=ri < 2))
            out.append(P + "\\par")
            continue
        if line.startswith("#T ") or line.startswith("#S ") or line.startswith("#C "):
            out.append(P + "\\qc\\sb60\\sa60 {\\b " + rtf_escape(line[3:]) + "}\\par")
        elif line.startswith("#H "):
            out.append(P + "\\qj\\fi567\\sb120\\sa60 {\\b " + rtf_escape(line[3:]) + "}\\par")
        elif line.startswith("#R "):
            name, rest = line[3:].split("|", 1)
            out.append(P + "\\qj\\fi567\\sa60 {\\b " + rtf_escape(name) + "} " + rtf_escape(rest) + "\\par")
        elif line.startswith("Căn cứ"):
            out.append(P + "\\qj\\fi567\\sa60 {\\i " + rtf_escape(line) + "}\\par")
        else:
            out.append(P + "\\qj\\fi567\\sa60 " + rtf_escape(line) + "\\par")
        i += 1

    noi = ["{b}{i}Nơi nhận:", "- UBND tỉnh Nghệ An (b/c);", "- Sở Giáo dục và Đào tạo (b/c);",
           "- TT Đảng ủy, TT HĐND xã;", "- Chủ tịch, các PCT UBND xã;", "- Các phòng, đơn vị thuộc UBND xã;",
           "- Trưởng các bản;", "- Lưu: VT, VH-XH."]
    sig = ["{b}TM. ỦY BAN NHÂN DÂN", "{b}CHỦ TỊCH", "{i}(Đã ký)", "{b}Lang Văn Toản"]

    def fmt2(line):
        if line.startswith("{b}{i}"):
            return "{\\b\\i " + rtf_escape(line[6:]) + "}"
        return fmt(line)

    out.append("\\trowd\\trgaph108\\trleft0\\cellx4400\\cellx9360")
    out.append("".join("\\pard\\plain\\intbl\\ql\\f0\\fs22 " + fmt2(x) + ("\\par" if k < len(noi) - 1 else "")
                       for k, x in enumerate(noi)) + "\\cell")
    out.append(rich_cell(sig))
    out.append("\\row")
    out.append(P + "\\par")
    out.append("}")
    path = os.path.join(OUT, "monson_14-KH-UBND_2026.rtf")
    with open(path, "w", encoding="ascii", newline="\r\n") as f:
        f.write("\n".join(out) + "\n")
    return path


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    print(build_docx())
    print(build_rtf())
