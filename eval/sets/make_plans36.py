"""Build eval/sets/plans36/ from the sources in src36/ (set 36, held out).

    python eval/sets/make_plans36.py

trieuson_168-KH-UBND_2024.md   huyện Triệu Sơn, tỉnh Thanh Hóa (pre-2025 district) as a hand-kept MARKDOWN file: a
                               "MỤC LỤC" at the top listing every heading as an in-page anchor link
                               "[III. NHIỆM VỤ VÀ GIẢI PHÁP](#iii-nhiem-vu-va-giai-phap)" (so every heading occurs twice),
                               ATX headings CLOSED with trailing #s ("### 2. Phòng Nội vụ ###"), paragraphs HARD-WRAPPED
                               at 78 columns, ZERO-WIDTH SPACES (U+200B) and a WORD JOINER (U+2060) inside a few words,
                               NARROW NO-BREAK SPACES (U+202F) between numbers and units ("9.600 triệu đồng"),
                               REFERENCE-STYLE LINKS "[Quyết định số 1373/QĐ-TTg …][qd1373]" whose definitions
                               "[qd1373]: https://… "title"" sit at the end of the file, STRIKETHROUGH draft text
                               "~~68%~~ 70%" (struck words are deleted text, not plan text), and a pipe table WITHOUT
                               outer pipes ("1 | Tỷ lệ … | 70% | 75% | 82%").
kimlien_42-KH-UBND_2026.pdf    xã Kim Liên, tỉnh Nghệ An (a commune of the two-level model) as a TEXT PDF of a certified
                               COPY: a diagonal "BẢN SAO" WATERMARK drawn first on every page (pypdf extracts it as the
                               page's first line), a TABLE OF CONTENTS ("MỤC LỤC") on page 1 with dotted leaders and page
                               numbers (fpdf2's TOC placeholder, filled in after the body is laid out), PDF BOOKMARKS
                               (document outline) for every heading, three STICKY-NOTE annotations (/Annot /Text) holding
                               reviewers' comments that are not page text (pypdf's extract_text does not read them), and
                               a "SAO Y BẢN CHÍNH" certification block under the signature with its own number, date and
                               signer (TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG) - the plan's signer is the CHỦ TỊCH above it.

Source markup (kimlien.txt): '@head left || right' letterhead row, '@title', '@subtitle', '@TOC' the TOC placeholder,
'@h1'/'@h2' headings (TOC + bookmark levels 0/1), '@p' paragraph, '@caption', '@table'/'@tr'/'@endtable' the targets
table, '@note' a sticky note anchored at the current position, '@sign left || right', '@saoy', '@saoy2 left || right'.
trieuson.md is the markdown itself with '@TOC' (generated from the headings), '{z}' U+200B, '{j}' U+2060, '{n}' U+202F.
Content is fictional (numbers, figures, names, local documents); places are real.
"""
import os
import re
import textwrap
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src36")
OUT = os.path.join(HERE, "plans36")
MD_NAME = "trieuson_168-KH-UBND_2024.md"
PDF_NAME = "kimlien_42-KH-UBND_2026.pdf"
LIB = "/usr/share/fonts/truetype/dejavu"


def read(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        return unicodedata.normalize("NFC", f.read())


def slug(h):
    s = unicodedata.normalize("NFD", h.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    s = re.sub(r"[^a-z0-9 -]", "", s).strip()
    return re.sub(r" +", "-", s)


def build_md():
    src = read("trieuson.md").split("\n")
    heads = []
    for ln in src:
        m = re.match(r"^(#{2,4}) (.*?) #+$", ln)
        if m and not m.group(2).startswith("KẾ HOẠCH"):
            text = m.group(2).replace("{z}", "").replace("{j}", "")
            heads.append((len(m.group(1)), text))
    toc = ["## MỤC LỤC ##", ""]
    for lvl, text in heads:
        toc.append("  " * (lvl - 2) + f"- [{text}](#{slug(text)})")
    out = []
    for ln in src:
        if ln == "@TOC":
            out.extend(toc)
        elif (ln.startswith("#") or ln.startswith("[") or "|" in ln or not ln.strip() or ln.startswith("**")
              or ln.startswith("*(") or len(ln) <= 78):
            out.append(ln)
        else:
            m = re.match(r"^(\s*(?:- |\d+\. )?)", ln)
            lead = m.group(1)
            out.extend(textwrap.wrap(ln, 78, subsequent_indent=" " * len(lead), break_long_words=False,
                                     break_on_hyphens=False))
    text = "\n".join(out)
    text = text.replace("{z}", "\u200b").replace("{j}", "\u2060").replace("{n}", "\u202f")
    with open(os.path.join(OUT, MD_NAME), "w", encoding="utf-8") as f:
        f.write(text)


def build_pdf():
    from fpdf import FPDF

    class Plan(FPDF):
        def header(self):
            # the watermark is drawn first on every page, under the text
            self.set_font("Sans", "B", 64)
            self.set_text_color(215, 215, 215)
            with self.rotation(40, 105, 150):
                self.text(45, 172, "BẢN SAO")
            self.set_text_color(0, 0, 0)
            self.set_font("Serif", "", 13)

    pdf = Plan(format="A4")
    pdf.add_font("Serif", "", f"{LIB}/DejaVuSerif.ttf")
    pdf.add_font("Serif", "B", f"{LIB}/DejaVuSerif-Bold.ttf")
    pdf.add_font("Serif", "I", f"{LIB}/DejaVuSerif-Italic.ttf")
    pdf.add_font("Sans", "B", f"{LIB}/DejaVuSans-Bold.ttf")
    pdf.set_margins(30, 18, 22)
    pdf.set_auto_page_break(True, 20)
    pdf.set_creator("Microsoft Word - KH 42 XHHT.docx")
    pdf.set_producer("Microsoft: Print To PDF")
    import datetime
    pdf.set_creation_date(datetime.datetime(2026, 3, 18, 9, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=7))))
    pdf.set_title("Kế hoạch 42/KH-UBND xây dựng xã hội học tập xã Kim Liên")
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin

    def render_toc(pdf, outline):
        pdf.set_font("Serif", "B", 13)
        pdf.cell(W, 9, "MỤC LỤC", align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        for sec in outline:
            indent = 8 * sec.level
            pdf.set_font("Serif", "B" if sec.level == 0 else "", 12)
            name, num = sec.name, str(sec.page_number)
            avail = W - indent - pdf.get_string_width(name + "  " + num)
            dots = "." * int(avail / pdf.get_string_width("."))
            pdf.set_x(pdf.l_margin + indent)
            pdf.cell(W - indent, 7.5, f"{name} {dots} {num}", new_x="LMARGIN", new_y="NEXT")

    table = None
    for raw in read("kimlien.txt").split("\n"):
        if not raw.strip():
            continue
        tag, _, rest = raw.partition(" ")
        if tag == "@head":
            left, right = [s.strip() for s in rest.split("||")]
            pdf.set_font("Serif", "B" if not left.startswith("Số") else "", 12)
            pdf.cell(70, 6.5, left, align="C")
            pdf.set_font("Serif", "B" if not right.startswith("Kim Liên") else "I", 12)
            pdf.cell(W - 70, 6.5, right, align="C", new_x="LMARGIN", new_y="NEXT")
        elif tag == "@title":
            pdf.ln(6)
            pdf.set_font("Serif", "B", 15)
            pdf.cell(W, 9, rest, align="C", new_x="LMARGIN", new_y="NEXT")
        elif tag == "@subtitle":
            pdf.set_font("Serif", "B", 13)
            pdf.multi_cell(W, 7, rest, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
        elif tag == "@TOC":
            pdf.insert_toc_placeholder(render_toc, pages=1)
        elif tag in ("@h1", "@h2"):
            level = 0 if tag == "@h1" else 1
            pdf.set_font("Serif", "B", 13)
            if pdf.will_page_break(20):
                pdf.add_page()
            pdf.start_section(rest, level=level)
            pdf.multi_cell(W, 7.5, rest, align="L", new_x="LMARGIN", new_y="NEXT")
        elif tag == "@p":
            pdf.set_font("Serif", "", 13)
            pdf.set_x(pdf.l_margin)
            pdf.multi_cell(W, 7.5, "      " + rest, align="L", new_x="LMARGIN", new_y="NEXT")
        elif tag == "@caption":
            pdf.set_font("Serif", "B", 12)
            pdf.multi_cell(W, 7, rest, align="C", new_x="LMARGIN", new_y="NEXT")
        elif tag == "@table":
            table = [[s.strip() for s in rest.split("||")]]
        elif tag == "@tr":
            table.append([s.strip() for s in rest.split("||")])
        elif tag == "@endtable":
            pdf.set_font("Serif", "", 11)
            with pdf.table(col_widths=(10, 85, 22, 22, 22), text_align=("CENTER", "LEFT", "CENTER", "CENTER", "CENTER"),
                           line_height=6.5, first_row_as_headings=False) as t:
                for i, row in enumerate(table):
                    r = t.row()
                    for c in row:
                        if i == 0:
                            pdf.set_font("Serif", "B", 11)
                        r.cell(c)
                    pdf.set_font("Serif", "", 11)
            pdf.ln(3)
            table = None
        elif tag == "@note":
            pdf.text_annotation(pdf.w - 16, pdf.get_y() - 6, rest, name="Comment")
        elif tag == "@sign":
            left, right = [s.strip() for s in rest.split("||")]
            if left.startswith("Nơi nhận"):
                pdf.ln(4)
                if pdf.will_page_break(45):
                    pdf.add_page()
            pdf.set_font("Serif", "", 10.5)
            if left.startswith("Nơi nhận"):
                pdf.set_font("Serif", "B", 11)
            pdf.cell(85, 6, left)
            bold = right and not right.startswith("(")
            pdf.set_font("Serif", "B" if bold else "I", 12)
            pdf.cell(W - 85, 6, right, align="C", new_x="LMARGIN", new_y="NEXT")
        elif tag == "@saoy":
            pdf.ln(6)
            if pdf.will_page_break(50):
                pdf.add_page()
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + W, pdf.get_y())
            pdf.ln(3)
            pdf.set_font("Serif", "B", 12)
            pdf.cell(W, 7, rest, align="R", new_x="LMARGIN", new_y="NEXT")
        elif tag == "@saoy2":
            left, right = [s.strip() for s in rest.split("||")]
            pdf.set_font("Serif", "", 12)
            pdf.cell(85, 6.5, left)
            pdf.set_font("Serif", "I", 12)
            pdf.cell(W - 85, 6.5, right, align="C", new_x="LMARGIN", new_y="NEXT")
        else:
            raise ValueError(raw)
    pdf.output(os.path.join(OUT, PDF_NAME))


def main():
    os.makedirs(OUT, exist_ok=True)
    build_md()
    build_pdf()
    print("wrote", MD_NAME, PDF_NAME)


if __name__ == "__main__":
    main()
