"""Check the held-out sets against the files they cite.

    python eval/sets/check_sets.py            # all the sets (1-70): prints every missing span and format problem; exit 1 if any
    python eval/sets/check_sets.py --dump F   # print the normalised extracted text of plan F

Text is extracted the way a reader would get it: python-docx paragraphs and table cells in body order for
.docx (a table nested in a cell is read in place, cell by cell), pypdf extract_text for .pdf, the file as is for .md/.txt.
Set 16's files (plans16/ only) are read as a reader sees them: a .docx with tracked changes in its accepted reading
(text of w:ins runs kept, w:del runs dropped; Word comments are not body text and are not read), a pandoc .md with
grid tables as cell text (each cell's wrapped lines joined, one cell a line, borders dropped), setext underlines
dropped, "\\" escapes and end-of-line "\\" hard breaks removed. Set 17's .docx (plans17/ only) is read as python-docx
gives it plus what a reader of the page also sees: the paragraphs of a text box (w:txbxContent of the mc:Choice, not
its VML fallback copy) right after the paragraph that anchors it, and the footnotes (word/footnotes.xml) after the
body, one line per footnote paragraph (the reference marks themselves add no text). Set 19's .docx (plans19/ only) is
read with each vertically merged cell (w:vMerge) once, in the row where the merge starts, as a reader of the page sees
it (python-docx repeats the merged cell's text in every row it spans); the rest as docx_text. Set 21's TCVN3 .docx
(plans21/tuky_73-KH-UBND_2025.docx only) is read as its printed text: the paragraphs and cells as docx_text, each run's
TCVN3 (ABC) characters turned into Unicode by this file's own table, a run in an "…H" font (.VnTimeH) then put in
capitals (the H fonts draw the lowercase code points as capitals). Set 22's files (plans22/
only): a saved .html page is read as its visible text (html_text: <head>, <script> and <style> dropped, entities such as
&nbsp; decoded, each block element — p, div, li, tr, td, th, h1-h6, header, nav, aside, footer — and <br> starting a
new line, so a table cell is a line; the portal's menu, breadcrumb, sidebar and footer are kept, as a reader sees
them); a .docx draft with tracked changes is read as set 16's (docx_text_accepted). Set 23's files (plans23/ only):
an OpenDocument .odt is read from its content.xml (odt_text): every text:p and text:h of the body a line, in document
order, lists and table cells walked in place (a table:covered-table-cell adds nothing); the numbers and bullets that a
list style generates are NOT text and are not read (an honest reader of content.xml sees "Sở Tài chính", not
"5. Sở Tài chính"); text:s gives its text:c spaces, text:tab a tab, text:line-break a new line, text:soft-page-break
nothing; a footnote's text:note-citation is dropped and its text:note-body paragraphs are read as lines right after
the paragraph that anchors it. An .xlsx workbook is read sheet by sheet (xlsx_text): the sheet's name as a line, then
one line per non-empty row, the row's cells from column A to its last non-empty cell joined by " | " (an empty or
merged-over cell is an empty string), each number shown as the sheet displays it in Vietnamese format (number format
0% -> 85%, 0.0% -> 93,5%, #,##0 -> 1.250, General -> 2,5 / 45000), a formula cell by its cached value; a hidden sheet
is not read (it is not shown to a reader of the workbook). Set 24's converter markdown
(plans24/*.md only) is read as marker_md_text: each HTML <table>…</table> block as its visible text (as html_text: a
cell a line, <br> a new line), elsewhere "<sup>N</sup>" footnote marks dropped (the footnote text at the page end is
kept) and "<br>" a new line; the rest — page separators, image placeholders, the running header, pipe tables with
their "|" — as the file has it. Set 25 (bundled25.jsonl) is a question set on the five bundled plans
(data/plans/*.txt, read as is) with no gold folder: its entry in SETS has gold None, and only its questions are
checked. Set 26's files (plans26/ only): the template .docx is read as docx_text_sdt — block-level
content controls (w:sdt) opened and their w:sdtContent read in place, paragraphs as python-docx gives them (a w:br soft
line break a new line), table cells in order with a gridSpan cell once and a vertically merged cell once (where it
starts, as set 19), footnotes (word/footnotes.xml) after the body as set 17 (the reference marks add no text), the
header's PAGE field not read (not body text); the Google Docs .md is read as gdocs_md_text: markdown backslash escapes
("1\\.", "\\-", "\\&", "\\_", "\\*") shown as the character they escape, the rest as the file has it. Set 27 (bundled27.jsonl) is,
like set 25, a question set on the five bundled plans with no gold folder (gold None; only its questions are checked,
against data/plans/*.txt read as is). Set 28's
reviewed-draft .docx (plans28/ only) is read as docx_text_reviewed: its accepted text (w:t of w:ins and w:hyperlink runs
kept; w:del/w:delText and w:moveFrom dropped; word/comments.xml not read), a text box's paragraphs (mc:Choice only) as
lines right after the paragraph that anchors it, table cells in order with a vertically merged cell once (where it
starts); its OCRed PDF reads with pypdf as every PDF. Set 29 (bundled29.jsonl) is, like sets 25 and 27, a
question set on the five bundled plans with no gold folder (gold None; only its questions are checked, against
data/plans/*.txt read as is). Set 30's converted .docx (plans30/ only) is read as
docx_text_converted: every body paragraph as python-docx gives it (w:tab a TAB, so the letterhead's two columns stay on
one line; a framed paragraph (w:framePr) is an ordinary paragraph, read in place), a text box's paragraphs (mc:Choice
only) as lines right after the paragraph that anchors it, table cells in order (a vertically merged cell once); the
footers (footerN.xml "Trang N/T") are not body text and are not read; its PDF reads with pypdf as every PDF. Set 32's
e-office .docx (plans32/ only) is read as docx_text_fields: each paragraph's text as a reader of the page sees it —
every w:t (w:tab a TAB, w:br a new line) in document order, so the RESULT runs of complex fields (w:fldChar
begin/separate/end) are kept while their field codes (w:instrText) are not, and the runs inside an inline content
control (w:p/w:sdt/w:sdtContent) are kept (python-docx's paragraph text drops them) —; block-level content controls
opened in place (also around a table); table cells in order, a gridSpan cell once, a vertically merged cell once;
the footnotes (word/footnotes.xml) are NOT read (not body text; the footnote reference adds nothing), nor headers and
footers. Its Mac-exported PDF reads with pypdf as every PDF: its text layer is Unicode NFD (combining marks), which
norm() turns to NFC like the spans, so no new rule is needed. Set 31 (bundled31.jsonl) is, like sets 25, 27 and 29, a question set on
the five bundled plans with no gold folder (gold None; only its questions are checked, against data/plans/*.txt read as
is). Set 33 (bundled33.jsonl) is the same kind of set (five bundled plans, gold None, no new extraction). Set 35 (bundled35.jsonl) is
the same kind of set again (five bundled plans, gold None, no new extraction). Set 37 (bundled37.jsonl) is the same kind of set once more (five
bundled plans, gold None, no new extraction). Set 39 (bundled39.jsonl) is the same kind of set again (five bundled plans, gold
None, no new extraction). Set 34's old-template .docx (plans34/ only) is read with set 32's docx_text_fields, as a reader of the page sees
it: every w:t of a paragraph in order, so the runs inside legacy smart tags (w:smartTag, nested) and simple fields
(w:fldSimple: SEQ caption numbers, =SUM formula results) are kept — python-docx's paragraph text drops both —, w:tab a
TAB (the tab-stop pseudo-columns of VI stay one line per body), a Wingdings w:sym bullet not text, w:proofErr and
bookmarks adding nothing; tables cell by cell. Its permission-restricted PDF (RC4, empty user password) reads with
pypdf as every PDF (pypdf decrypts it with the empty password on opening); the content stream's order is kept as
extracted (page 2's lower half first, the task table's cells right to left). Set 36's hand-kept markdown (plans36/*.md
only) is read as md_rendered_text, as a reader of the rendered page sees it: link reference definitions ("[id]: url
"title"") dropped, inline links "[text](#anchor)" and reference links "[text][id]" shown as their text, struck-through
"~~…~~" draft text dropped (deleted text), U+200B / U+2060 / U+00AD / U+FEFF removed; its PDF reads with pypdf as every
PDF (the diagonal "BẢN SAO" watermark is extracted as each page's first line; sticky-note annotations are not page
text and are not read). Set 38's Quyết định + attached Kế hoạch .docx (plans38/ only) is read as
docx_text_caps, as a reader of the page sees it: every w:t of a paragraph in order, a run with the All caps property
(w:caps) in capitals as Word draws it (the outline-level section titles are stored in lower case, "i. mục đích, yêu
cầu", and shown "I. MỤC ĐÍCH, YÊU CẦU"), table cells in order with a gridSpan cell once and a vertically merged cell
once where it starts (the two-row header of Bảng 1 reads "STT | Chỉ tiêu | Lộ trình thực hiện | Cơ quan chủ trì |
Năm 2026 | Năm 2028 | Năm 2030", one cell a line); its browser-printed PDF reads with pypdf as every PDF (the print
header and footer lines are extracted on every page). Set 40's files (plans40/) need no reader of their own: the
joint plan .docx reads with docx_text as every .docx (the two-issuer letterhead, the per-level Bảng 1 with its empty
cells (an empty line each) and the borderless two-signer table cell by cell, left signer then right), and the
"2 pages per sheet" PDF with pypdf as every PDF (each landscape sheet's left A5 page, then its right one, each page's
running header line and "- n -" number inside the text where a paragraph or Bảng 1 crosses a page). Set 41 (bundled41.jsonl) is
the same kind of set as 25-39 (five bundled plans, gold None, no new extraction). Set 42's files (plans42/
only) have readers of their own: the .docx is read as docx_text_visible, as a reader of the printed page sees it - first
the FIRST-PAGE header part (the letterhead with the number and date lives there, not in the body), then the body with
every run carrying the Hidden property (w:vanish: old draft figures, an old deadline and a drafting note that Word
neither shows nor prints) dropped, tables cell by cell with a vertically merged cell once where it starts; the .rtf is
read as rtf_text - font/colour tables, \\info, header/footer groups and \\*-destinations skipped, \\'xx decoded with the
file's code page (1258), \\uN as the character (its "?" fallback skipped), \\par/\\line/\\cell/\\row a new line (one table
cell a line, a merged-over cell empty). An independent RTF reader (striprtf, cells joined by "|") gives the same
normalised text. Set 43 (bundled43.jsonl) is the same kind of set as 25-41 (five bundled plans,
gold None, no new extraction). Set 44's files (plans44/, two annual plans of one district) need no reader of their own:
the 2024 .docx reads with docx_text and the 2025 PDF with pypdf as every PDF (its running header line and "Trang n/4"
footer are extracted inside the text where a paragraph crosses a page). Set 45 (bundled45.jsonl) is the same kind of
set as 25-43 (five bundled plans, gold None, no new extraction). Set 46's files (plans46/, a district plan and the
plan of one of its communes) need no new reader: the document-database .html page reads with set 22's html_text (its
menu, breadcrumb, "Thuộc tính văn bản" metadata table, download links and site footer kept as a reader sees them; a
cell a line) and the commune's .xlsx workbook with set 23's xlsx_text (sheet by sheet, a row a line, cells joined by
" | ", an empty cell an empty string — so the "x" marks of the PL2 month grid keep their T1…T12 positions). Set 47
(bundled47.jsonl) is the same kind of set as 25-45 (five bundled plans, gold None, no new extraction). Set 48's files
(plans48/, a bilingual city plan and a Hội Khuyến học plan, both .docx) need no reader of their own: they read with
docx_text as every .docx — the Vietnamese text, then (after a page break, which adds nothing) the appended English
translation in the same body; the abbreviation table, the Phụ lục tables and the one-row Nơi nhận | signature table
cell by cell (each cell's paragraphs as lines, left cell first). Set 49 (bundled49.jsonl) is the same kind of set as 25-47
(five bundled plans, gold None, no new extraction). Set 50's files (plans50/, a Huyện ủy plan
and the plan of a commune formed on 01/7/2025 from part of that district) need no new reader: the Party .docx reads
with docx_text as every .docx (letterhead and Nơi nhận | signature tables cell by cell, left cell first), and the
commune's .odt with set 23's odt_text (routed for plans50/ too; text:h headings and table cells a line each, the
typed "1." numbers kept as text). Set 51 (bundled51.jsonl) is the same kind of set as 25-49 (five
bundled plans, gold None, no new extraction). Set 52's files (plans52/, a ministry's nationwide plan and an enterprise's plan): the
ministry's .docx reads with docx_text as every .docx; the enterprise's .txt is saved as Windows Notepad's "Unicode" —
UTF-16 little-endian with a byte-order mark, CRLF line ends — and is read (plans52/*.txt only) as utf16_text: decoded by
its BOM, the BOM not text, CRLF a line end, spaces and TABs as the file has them. Set 53 (bundled53.jsonl) is the same
kind of set as 25-51 (five bundled plans, gold None, no new extraction). Set 54's files (plans54/, an event
plan and a provincial police plan): the e-signed event PDF reads with pypdf as every PDF (its two "Ký bởi: …" stamps
are page text and are extracted where they are drawn); the police .docx (plans54/*.docx only) is read as
docx_text_rows: body paragraphs as python-docx gives them, and each table ROW one line with its cells joined by " | "
(a cell's paragraphs joined by a space, an empty cell an empty string, a gridSpan cell once), so that the "x" / "●"
marks of its Gantt grid keep their period columns as they do in set 46's xlsx rows. Set 55 (bundled55.jsonl) is the same kind of set
as 25-53 (five bundled plans, gold None, no new extraction). Set 56's files (plans56/ only)
have readers of their own: the hospital's .docx is read as docx_text_altchunk - as docx_text (paragraphs, tables cell
by cell) plus what Word shows in place of each w:altChunk: the embedded HTML part it points to (relationship aFChunk,
word/afchunkN.htm; decoded by its meta charset, else UTF-8) read as set 22's html_text (a block element or table cell a
line); the commune's .mht (a browser's "Webpage, Single File", MIME multipart/related) is read as mht_text: the
message parsed with the standard email package, its first text/html part decoded from its Content-Transfer-Encoding
(quoted-printable here) and its charset (the part's, else the page's meta charset, else UTF-8), then read as
html_text (left menu, breadcrumb, post date, "Tin liên quan" and footer kept, as a reader of the page sees them; the
CSS and image parts are not text). Set 57 (bundled57.jsonl) is the same kind of set as 25-55 (five bundled plans, gold
None, no new extraction). Set 58's files (plans58/, an economic-zone authority's wiki markdown and a
trade union's text PDF) need no reader of their own: the .md is read as is like every .md (the <details>/<summary>
tags, the pipe tables and the fenced ```mermaid gantt``` source with its ISO dates are text as the file has them), the
PDF with pypdf as every PDF (the drawn rubric table a row a line). Set 59 (bundled59.jsonl) is the same kind of set
as 25-57 (five bundled plans, gold None, no new extraction). Set 60's files (plans60/, a Border Guard command's plan and a special zone's plan) need no reader of their own either: the .docx reads with docx_text as every .docx (its section and item numbers come from numbering linked to the Heading styles in styles.xml, so, like every auto-number, they are not text; the classes table cell by cell, its "Như năm 2026" ditto cells as written), the PDF with pypdf as every PDF (its appended PHỤ LỤC ĐIỀU CHỈNH page after the signature read in place). Set 61 (bundled61.jsonl) is the same kind of set as 25-59 (five bundled plans, gold None, no new extraction). Set 62's files (plans62/, a provincial farmers' union's .docx and a provincial cooperative alliance's PDF) need no reader of their own: the .docx reads with docx_text as every .docx (its Bảng 1 is two Word tables with a "Bảng 1 (tiếp theo)" caption paragraph between them, each read cell by cell in place; the Phụ lục II it refers to is not in the file, so there is nothing to read), the PDF with pypdf as every PDF. Set 63 (bundled63.jsonl) is the same kind of set as 25-61 (five bundled plans, gold None, no new extraction). Set 64's files (plans64/, a provincial social insurance agency's .docx and a provincial lawyers' association's saved web page): the .docx reads with docx_text as every .docx (Bảng 1 with quarters as columns and the Bảng 2 programme with clock times, cell by cell); the .html reads with html_text as set 22's pages (portal chrome kept; the <ol>/<li> item numbers are generated by the browser and are not text; the ĐÍNH CHÍNH box above the plan is read in place, before the uncorrected body). Set 65 (bundled65.jsonl) is the same kind of set as 25-63 (five bundled plans, gold None, no new extraction). Set 66's files (plans66/, a provincial political school's fpdf2 PDF and a provincial Red Cross society's .docx) need no reader of their own: the PDF reads with pypdf as every PDF (Party letterhead left column then right; Phụ lục I and the per-cluster quota Phụ lục II after the signature, a table row a line), the .docx with docx_text as every .docx (its Mục V is a borderless two-column layout table Đơn vị | Nhiệm vụ, read cell by cell, so a body and its tasks are two lines). Set 67 (bundled67.jsonl) is the same kind of set as 25-65 (five bundled plans, gold None, no new extraction). Set 68's files (plans68/, a provincial library's fpdf2 PDF and a ward's markdown) need no reader of their own: the PDF reads with pypdf as every PDF (its body is set in two text columns, which pypdf gives column after column as drawn, so a paragraph that crosses a column or page break stays in order; Biểu 1 on the last page a row a line), the .md as is like every .md (its Mục V is a Pandoc definition list, a body's name on one line and its tasks on a ":   " line; its tasks per quarter a pipe table with its "|"). Set 69 (bundled69.jsonl) is the same kind of set as 25-67 (five bundled plans, gold None, no new extraction). Set 70's files (plans70/, a provincial Youth Union's fpdf2 PDF and a university's .docx) need no reader of their own: the PDF reads with pypdf as every PDF (letterhead left column then right; the Nơi nhận list then the signature; the "HỎI - ĐÁP NHANH" appendix page after the signature read in place), the .docx with docx_text as every .docx (letterhead and signature tables cell by cell, Bảng 1 and Bảng 2 a cell a line). Spans and text are normalised as in
FORMAT.md (NFC; delete * and #; collapse whitespace; strip) before a substring test.
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PLAN_DIRS = [os.path.join(HERE, "plans"), os.path.join(HERE, "plans2"), os.path.join(HERE, "plans3"), os.path.join(HERE, "plans4"), os.path.join(HERE, "plans5"), os.path.join(HERE, "plans6"), os.path.join(HERE, "plans7"), os.path.join(HERE, "plans8"), os.path.join(HERE, "plans9"), os.path.join(HERE, "plans10"), os.path.join(HERE, "plans11"), os.path.join(HERE, "plans12"), os.path.join(HERE, "plans13"), os.path.join(HERE, "plans14"), os.path.join(HERE, "plans15"), os.path.join(HERE, "plans16"), os.path.join(HERE, "plans17"), os.path.join(HERE, "plans18"), os.path.join(HERE, "plans19"), os.path.join(HERE, "plans20"), os.path.join(HERE, "plans21"), os.path.join(HERE, "plans22"), os.path.join(HERE, "plans23"), os.path.join(HERE, "plans24"), os.path.join(HERE, "plans26"), os.path.join(HERE, "plans28"), os.path.join(HERE, "plans30"), os.path.join(HERE, "plans32"), os.path.join(HERE, "plans34"), os.path.join(HERE, "plans36"), os.path.join(HERE, "plans38"), os.path.join(HERE, "plans40"), os.path.join(HERE, "plans42"), os.path.join(HERE, "plans44"), os.path.join(HERE, "plans46"), os.path.join(HERE, "plans48"), os.path.join(HERE, "plans50"), os.path.join(HERE, "plans52"), os.path.join(HERE, "plans54"), os.path.join(HERE, "plans56"), os.path.join(HERE, "plans58"), os.path.join(HERE, "plans60"), os.path.join(HERE, "plans62"), os.path.join(HERE, "plans64"), os.path.join(HERE, "plans66"), os.path.join(HERE, "plans68"), os.path.join(HERE, "plans70"), os.path.join(ROOT, "data", "plans")]
# (question file, gold folder) of each held-out set
SETS = [("newplans.jsonl", "gold"), ("newplans2.jsonl", "gold2"), ("newplans3.jsonl", "gold3"), ("newplans4.jsonl", "gold4"),
        ("newplans5.jsonl", "gold5"), ("newplans6.jsonl", "gold6"), ("newplans7.jsonl", "gold7"), ("newplans8.jsonl", "gold8"), ("newplans9.jsonl", "gold9"), ("newplans10.jsonl", "gold10"),
        ("newplans11.jsonl", "gold11"), ("newplans12.jsonl", "gold12"), ("newplans13.jsonl", "gold13"), ("newplans14.jsonl", "gold14"),
        ("newplans15.jsonl", "gold15"), ("newplans16.jsonl", "gold16"), ("newplans17.jsonl", "gold17"), ("newplans18.jsonl", "gold18"), ("newplans19.jsonl", "gold19"),
        ("newplans20.jsonl", "gold20"), ("newplans21.jsonl", "gold21"), ("newplans22.jsonl", "gold22"), ("newplans23.jsonl", "gold23"),
        ("newplans24.jsonl", "gold24"), ("bundled25.jsonl", None), ("newplans26.jsonl", "gold26"),
        ("bundled27.jsonl", None), ("newplans28.jsonl", "gold28"), ("bundled29.jsonl", None),
        ("newplans30.jsonl", "gold30"), ("bundled31.jsonl", None), ("newplans32.jsonl", "gold32"),
        ("bundled33.jsonl", None), ("newplans34.jsonl", "gold34"), ("bundled35.jsonl", None),
        ("newplans36.jsonl", "gold36"), ("bundled37.jsonl", None), ("newplans38.jsonl", "gold38"),
        ("bundled39.jsonl", None), ("newplans40.jsonl", "gold40"), ("bundled41.jsonl", None),
        ("newplans42.jsonl", "gold42"), ("bundled43.jsonl", None), ("newplans44.jsonl", "gold44"),
        ("bundled45.jsonl", None), ("newplans46.jsonl", "gold46"), ("bundled47.jsonl", None),
        ("newplans48.jsonl", "gold48"), ("bundled49.jsonl", None), ("newplans50.jsonl", "gold50"),
        ("bundled51.jsonl", None), ("newplans52.jsonl", "gold52"), ("bundled53.jsonl", None),
        ("newplans54.jsonl", "gold54"), ("bundled55.jsonl", None), ("newplans56.jsonl", "gold56"),
        ("bundled57.jsonl", None), ("newplans58.jsonl", "gold58"),
        ("bundled59.jsonl", None), ("newplans60.jsonl", "gold60"),
        ("bundled61.jsonl", None), ("newplans62.jsonl", "gold62"),
        ("bundled63.jsonl", None), ("newplans64.jsonl", "gold64"),
        ("bundled65.jsonl", None), ("newplans66.jsonl", "gold66"),
        ("bundled67.jsonl", None), ("newplans68.jsonl", "gold68"),
        ("bundled69.jsonl", None), ("newplans70.jsonl", "gold70")]
FIELDS = ["id", "question", "type", "docs", "evidence", "answer", "key_facts", "history"]
TYPES = {"agency_tasks", "target", "deadline", "funding", "legal_basis", "purpose", "task_section", "cross_plan",
         "no_diacritics", "abbreviation", "paraphrase", "unanswerable", "english", "follow_up"}


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()


def find_plan(name):
    for d in PLAN_DIRS:
        p = os.path.join(d, name)
        if os.path.exists(p):
            return p
    raise FileNotFoundError(name)


def docx_text(path, alt_chunk=None):
    """Paragraphs and table cells in body order; ``alt_chunk(doc, element)``, when given, reads each w:altChunk in
    place (set 56 only: earlier files are read without it, exactly as before)."""
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    doc = Document(path)
    out = []

    def walk(parent_elm, parent):
        for child in parent_elm.iterchildren():
            tag = child.tag.split("}")[-1]
            if tag == "p":
                out.append(Paragraph(child, parent).text)
            elif tag == "tbl":
                t = Table(child, parent)
                for row in t.rows:
                    seen = set()
                    for cell in row.cells:
                        if id(cell._tc) in seen:
                            continue
                        seen.add(id(cell._tc))
                        walk(cell._tc, cell)
            elif tag == "altChunk" and alt_chunk is not None:
                out.append(alt_chunk(doc, child))

    walk(doc.element.body, doc)
    return "\n".join(out)


def docx_text_accepted(path):
    """Set 16: a .docx with tracked changes read with the changes accepted (insertions kept, deletions dropped)."""
    from docx import Document
    from docx.oxml.ns import qn

    doc = Document(path)
    out = []

    def para_text(p):
        return "".join(t.text or "" for t in p.iter(qn("w:t")))

    def walk(elm):
        for child in elm.iterchildren():
            tag = child.tag.split("}")[-1]
            if tag == "p":
                out.append(para_text(child))
            elif tag == "tbl":
                for tr in child.iterchildren(qn("w:tr")):
                    for tc in tr.iterchildren(qn("w:tc")):
                        walk(tc)

    walk(doc.element.body)
    return "\n".join(out)


def docx_text_notes(path):
    """Set 17: python-docx body text (as docx_text) plus text-box paragraphs in place and footnotes at the end."""
    from docx import Document
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    from lxml import etree

    doc = Document(path)
    out = []
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"

    def ptext(p):
        return "".join(t.text or "" for t in p.iter(qn("w:t")))

    def walk(parent_elm, parent):
        for child in parent_elm.iterchildren():
            tag = child.tag.split("}")[-1]
            if tag == "p":
                out.append(Paragraph(child, parent).text)
                for box in child.iter(qn("w:txbxContent")):
                    if any(a.tag == f"{{{mc}}}Fallback" for a in box.iterancestors()):
                        continue
                    for bp in box.iter(qn("w:p")):
                        out.append(ptext(bp))
            elif tag == "tbl":
                t = Table(child, parent)
                for row in t.rows:
                    seen = set()
                    for cell in row.cells:
                        if id(cell._tc) in seen:
                            continue
                        seen.add(id(cell._tc))
                        walk(cell._tc, cell)

    walk(doc.element.body, doc)
    for rel in doc.part.rels.values():
        if rel.reltype == RT.FOOTNOTES and not rel.is_external:
            root = etree.fromstring(rel.target_part.blob)
            for fn in root.iterchildren(qn("w:footnote")):
                if fn.get(qn("w:type")) in ("separator", "continuationSeparator", "continuationNotice"):
                    continue
                for fp in fn.iter(qn("w:p")):
                    out.append(ptext(fp))
    return "\n".join(out)


def docx_text_vmerge(path):
    """Set 19: python-docx paragraphs and table cells in body order, a vertically merged cell read once (where it starts)."""
    from docx import Document
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph

    doc = Document(path)
    out = []

    def walk(elm, parent):
        for child in elm.iterchildren():
            tag = child.tag.split("}")[-1]
            if tag == "p":
                out.append(Paragraph(child, parent).text)
            elif tag == "tbl":
                for tr in child.iterchildren(qn("w:tr")):
                    for tc in tr.iterchildren(qn("w:tc")):
                        tcPr = tc.find(qn("w:tcPr"))
                        vm = tcPr.find(qn("w:vMerge")) if tcPr is not None else None
                        if vm is not None and vm.get(qn("w:val")) in (None, "continue"):
                            continue
                        walk(tc, parent)

    walk(doc.element.body, doc)
    return "\n".join(out)


# Set 21: TCVN3 (TCVN 5712:1993 VN3, "ABC") byte -> Unicode letter, the bytes held as Latin-1 characters in the runs.
TCVN3_TO_UNICODE = dict(zip(
    "\xa1\xa2\xa3\xa4\xa5\xa6\xa7\xa8\xa9\xaa\xab\xac\xad\xae"
    "\xb5\xb6\xb7\xb8\xb9\xbb\xbc\xbd\xbe\xc6\xc7\xc8\xc9\xca\xcb"
    "\xcc\xce\xcf\xd0\xd1\xd2\xd3\xd4\xd5\xd6\xd7\xd8\xdc\xdd\xde"
    "\xdf\xe1\xe2\xe3\xe4\xe5\xe6\xe7\xe8\xe9\xea\xeb\xec\xed\xee"
    "\xef\xf1\xf2\xf3\xf4\xf5\xf6\xf7\xf8\xf9\xfa\xfb\xfc\xfd\xfe",
    "ĂÂÊÔƠƯĐăâêôơưđ"
    "àảãáạằẳẵắặầẩẫấậ"
    "èẻẽéẹềểễếệìỉĩíị"
    "òỏõóọồổỗốộờởỡớợ"
    "ùủũúụừửữứựỳỷỹýỵ", strict=True))
SET21_TCVN3 = {"tuky_73-KH-UBND_2025.docx"}


def docx_text_tcvn3(path):
    """Set 21: a .docx typed in TCVN3 with .VnTime/.VnTimeH fonts, read as Unicode (an H-font run in capitals)."""
    from docx import Document
    from docx.oxml.ns import qn

    doc = Document(path)
    default = ".VnTime"
    out = []

    def run_text(r):
        t = "".join(x.text or "" for x in r.iter(qn("w:t")))
        fonts = r.find(qn("w:rPr") + "/" + qn("w:rFonts"))
        font = fonts.get(qn("w:ascii")) if fonts is not None else None
        u = "".join(TCVN3_TO_UNICODE.get(c, c) for c in t)
        return u.upper() if (font or default).lower().endswith("h") else u

    def walk(elm):
        for child in elm.iterchildren():
            tag = child.tag.split("}")[-1]
            if tag == "p":
                out.append("".join(run_text(r) for r in child.iter(qn("w:r"))))
            elif tag == "tbl":
                for tr in child.iterchildren(qn("w:tr")):
                    for tc in tr.iterchildren(qn("w:tc")):
                        walk(tc)

    walk(doc.element.body)
    return "\n".join(out)


def pandoc_md_text(text):
    """Set 16: pandoc markdown read as its text: grid-table cells as text, setext underlines and escapes dropped."""
    out, rows = [], None

    def flush_row():
        if rows and any(any(x.strip() for x in c) for c in rows):
            for c in rows:
                out.append(" ".join(x.strip() for x in c if x.strip()))

    for line in text.splitlines():
        if re.fullmatch(r"\+([-=]+\+)+", line):
            flush_row()
            rows = []
            continue
        if line.startswith("|") and rows is not None:
            cells = line.strip()[1:-1].split("|")
            if not rows:
                rows = [[] for _ in cells]
            for c, v in zip(rows, cells, strict=False):
                c.append(v)
            continue
        rows = None
        if re.fullmatch(r"[=-]{3,}", line.strip()):
            continue
        line = re.sub(r"\\$", "", line)
        out.append(re.sub(r"\\([^\w\s])", r"\1", line))
    return "\n".join(out)


def ascii_table_text(text):
    """Set 18: a fixed-width .txt read as its text: each ASCII table ("+---+" borders, "|" cells) as cell text (a
    cell's wrapped lines joined by a space, one cell a line, borders dropped); every other line as it is."""
    out, rows = [], None

    def flush_row():
        if rows and any(any(x.strip() for x in c) for c in rows):
            for c in rows:
                out.append(" ".join(x.strip() for x in c if x.strip()))

    for line in text.splitlines():
        s = line.strip()
        if re.fullmatch(r"\+([-=]+\+)+", s):
            flush_row()
            rows = []
            continue
        if rows is not None and s.startswith("|") and s.endswith("|") and len(s) > 1:
            cells = s[1:-1].split("|")
            if not rows:
                rows = [[] for _ in cells]
            for c, v in zip(rows, cells, strict=False):
                c.append(v)
            continue
        flush_row()
        rows = None
        out.append(line)
    return "\n".join(out)


class _HTMLText:
    """Set 22: the visible text of a saved web page."""
    BLOCK = {"p", "div", "li", "ul", "ol", "tr", "td", "th", "table", "tbody", "thead", "h1", "h2", "h3", "h4", "h5",
             "h6", "header", "nav", "aside", "footer", "section", "article", "form", "br"}
    SKIP = {"head", "script", "style", "title"}

    @classmethod
    def text(cls, src):
        from html.parser import HTMLParser

        out, skip = [""], [0]

        class P(HTMLParser):
            def handle_starttag(self, tag, attrs):
                if tag in cls.SKIP:
                    skip[0] += 1
                elif tag in cls.BLOCK:
                    out.append("")

            def handle_startendtag(self, tag, attrs):
                if tag in cls.BLOCK:
                    out.append("")

            def handle_endtag(self, tag):
                if tag in cls.SKIP:
                    skip[0] = max(0, skip[0] - 1)
                elif tag in cls.BLOCK:
                    out.append("")

            def handle_data(self, data):
                if not skip[0]:
                    out[-1] += data

        p = P(convert_charrefs=True)
        p.feed(src)
        p.close()
        return "\n".join(x.strip() for x in out if x.strip())


def html_text(path):
    with open(path, encoding="utf-8") as f:
        return _HTMLText.text(f.read())


ODF = {"text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
       "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
       "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0"}


def odt_text(path):
    """Set 23: an OpenDocument text file read from content.xml (list numbers generated by the list style not read)."""
    import zipfile

    from lxml import etree

    t, tb = "{" + ODF["text"] + "}", "{" + ODF["table"] + "}"
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("content.xml"))
    office = "{" + ODF["office"] + "}"
    body = root.find(f"{office}body/{office}text")
    out = []

    def inline(el, notes):
        s = el.text or ""
        for ch in el:
            if not isinstance(ch.tag, str):
                s += ch.tail or ""
                continue
            if ch.tag == t + "s":
                s += " " * int(ch.get(t + "c", "1"))
            elif ch.tag == t + "tab":
                s += "\t"
            elif ch.tag == t + "line-break":
                s += "\n"
            elif ch.tag == t + "note":
                notes.append(ch.find(t + "note-body"))
            elif ch.tag in (t + "soft-page-break", t + "bookmark", t + "bookmark-start", t + "bookmark-end"):
                pass
            else:
                s += inline(ch, notes)
            s += ch.tail or ""
        return s

    def block(el):
        for ch in el:
            if not isinstance(ch.tag, str):
                continue
            if ch.tag in (t + "p", t + "h"):
                notes = []
                out.append(inline(ch, notes))
                for nb in notes:
                    if nb is not None:
                        block(nb)
            elif ch.tag in (t + "list", t + "list-item", t + "list-header", t + "section", tb + "table",
                            tb + "table-header-rows", tb + "table-rows", tb + "table-row", tb + "table-cell"):
                block(ch)

    block(body)
    return "\n".join(out)


def _xlsx_display(c):
    v = c.value
    if v is None:
        return ""
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if not isinstance(v, (int, float)):
        return str(v)
    fmt = c.number_format or "General"

    def vn(x, decimals, group):
        s = f"{x:,.{decimals}f}" if group else f"{x:.{decimals}f}"
        return s.replace(",", "\x00").replace(".", ",").replace("\x00", ".")

    m = re.fullmatch(r"0(?:\.(0+))?%", fmt)
    if m:
        return vn(v * 100, len(m.group(1) or ""), False) + "%"
    m = re.fullmatch(r"(#,##)?0(?:\.(0+))?", fmt)
    if m:
        return vn(v, len(m.group(2) or ""), bool(m.group(1)))
    if float(v).is_integer():
        return str(int(v))
    return repr(float(v)).replace(".", ",")


def xlsx_text(path):
    """Set 23: a workbook read sheet by sheet, cells joined by " | ", numbers as the sheet displays them (vi)."""
    from openpyxl import load_workbook

    wb = load_workbook(path, data_only=True)
    out = []
    for ws in wb.worksheets:
        if ws.sheet_state != "visible":
            continue
        out.append(ws.title)
        for row in ws.iter_rows():
            cells = [_xlsx_display(c) for c in row]
            while cells and not cells[-1]:
                cells.pop()
            if cells:
                out.append(" | ".join(cells))
    return "\n".join(out)
def marker_md_text(text):
    """Set 24: markdown from a PDF-to-markdown converter: HTML tables as visible text, footnote marks dropped."""
    text = re.sub(r"<sup>\s*\d+\s*</sup>", "", text)
    out, pos = [], 0
    for m in re.finditer(r"<table\b.*?</table>", text, flags=re.S | re.I):
        out.append(text[pos:m.start()])
        out.append("\n" + _HTMLText.text(m.group(0)) + "\n")
        pos = m.end()
    out.append(text[pos:])
    return re.sub(r"<br\s*/?>", "\n", "".join(out))


def docx_text_sdt(path):
    """Set 26: body in order with block-level content controls opened, merged cells once, footnotes after the body."""
    from docx import Document
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph
    from lxml import etree

    doc = Document(path)
    out = []

    def walk(elm, parent):
        for child in elm.iterchildren():
            tag = child.tag.split("}")[-1]
            if tag == "p":
                out.append(Paragraph(child, parent).text)
            elif tag == "sdt":
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    walk(content, parent)
            elif tag == "tbl":
                for tr in child.iterchildren(qn("w:tr")):
                    for tc in tr.iterchildren(qn("w:tc")):
                        tcPr = tc.find(qn("w:tcPr"))
                        vm = tcPr.find(qn("w:vMerge")) if tcPr is not None else None
                        if vm is not None and vm.get(qn("w:val")) in (None, "continue"):
                            continue
                        walk(tc, parent)

    walk(doc.element.body, doc)
    for rel in doc.part.rels.values():
        if rel.reltype == RT.FOOTNOTES and not rel.is_external:
            root = etree.fromstring(rel.target_part.blob)
            for fn in root.iterchildren(qn("w:footnote")):
                if fn.get(qn("w:type")) in ("separator", "continuationSeparator", "continuationNotice"):
                    continue
                for fp in fn.iter(qn("w:p")):
                    out.append("".join(x.text or "" for x in fp.iter(qn("w:t"))))
    return "\n".join(out)


def gdocs_md_text(text):
    """Set 26: a Google Docs markdown export with its backslash escapes shown as the characters they escape."""
    return re.sub(r"\\([\\`*_{}\[\]()#+\-.!&|<>~=])", r"\1", text)


def docx_text_reviewed(path):
    """Set 28: a reviewed draft read as its accepted text: w:t runs kept (w:ins and w:hyperlink runs included),
    w:del/w:delText and w:moveFrom dropped, comments not read; a text box's paragraphs (mc:Choice only) as lines right
    after the paragraph that anchors it; table cells in order, a vertically merged cell once where it starts."""
    from docx import Document
    from docx.oxml.ns import qn

    doc = Document(path)
    out = []
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    skip = {qn("w:del"), qn("w:moveFrom"), qn("w:txbxContent"), f"{{{mc}}}Fallback"}

    def ptext(p):
        return "".join(t.text or "" for t in p.iter(qn("w:t"))
                       if not any(a.tag in skip for a in t.iterancestors() if a is not p and p in a.iterancestors()))

    def walk(elm):
        for child in elm.iterchildren():
            tag = child.tag.split("}")[-1]
            if tag == "p":
                out.append(ptext(child))
                for box in child.iter(qn("w:txbxContent")):
                    if any(a.tag == f"{{{mc}}}Fallback" for a in box.iterancestors()):
                        continue
                    for bp in box.iter(qn("w:p")):
                        out.append(ptext(bp))
            elif tag == "tbl":
                for tr in child.iterchildren(qn("w:tr")):
                    for tc in tr.iterchildren(qn("w:tc")):
                        tcPr = tc.find(qn("w:tcPr"))
                        vm = tcPr.find(qn("w:vMerge")) if tcPr is not None else None
                        if vm is not None and vm.get(qn("w:val")) in (None, "continue"):
                            continue
                        walk(tc)

    walk(doc.element.body)
    return "\n".join(out)


def docx_text_converted(path):
    """Set 30: a PDF-to-Word converter's .docx: body paragraphs (tabs kept) and framed paragraphs in place, a text
    box's paragraphs (mc:Choice only) right after the paragraph that anchors it, table cells in order (a vertically
    merged cell once); headers and footers not read."""
    from docx import Document
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph

    doc = Document(path)
    out = []
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"

    def walk(elm):
        for child in elm.iterchildren():
            tag = child.tag.split("}")[-1]
            if tag == "p":
                out.append(Paragraph(child, doc).text)
                for box in child.iter(qn("w:txbxContent")):
                    if any(a.tag == f"{{{mc}}}Fallback" for a in box.iterancestors()):
                        continue
                    for bp in box.iter(qn("w:p")):
                        out.append(Paragraph(bp, doc).text)
            elif tag == "tbl":
                for tr in child.iterchildren(qn("w:tr")):
                    for tc in tr.iterchildren(qn("w:tc")):
                        tcPr = tc.find(qn("w:tcPr"))
                        vm = tcPr.find(qn("w:vMerge")) if tcPr is not None else None
                        if vm is not None and vm.get(qn("w:val")) in (None, "continue"):
                            continue
                        walk(tc)

    walk(doc.element.body)
    return "\n".join(out)


def docx_text_fields(path):
    """Set 32: an e-office template .docx: paragraph text from every w:t in order (field results kept, field codes
    not read, inline content controls kept), block-level content controls opened, merged cells once, no footnotes."""
    from docx import Document
    from docx.oxml.ns import qn

    doc = Document(path)
    out = []
    T, TAB, BR, CR = qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")

    def ptext(p):
        buf = []
        for e in p.iter(T, TAB, BR, CR):
            if e.tag == T:
                buf.append(e.text or "")
            elif e.tag == TAB:
                if e.getparent().tag == qn("w:r"):
                    buf.append("\t")
            else:
                buf.append("\n")
        return "".join(buf)

    def walk(elm):
        for child in elm.iterchildren():
            tag = child.tag.split("}")[-1]
            if tag == "p":
                out.append(ptext(child))
            elif tag == "sdt":
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    walk(content)
            elif tag == "tbl":
                for tr in child.iterchildren(qn("w:tr")):
                    for tc in tr.iterchildren(qn("w:tc")):
                        tcPr = tc.find(qn("w:tcPr"))
                        vm = tcPr.find(qn("w:vMerge")) if tcPr is not None else None
                        if vm is not None and vm.get(qn("w:val")) in (None, "continue"):
                            continue
                        walk(tc)

    walk(doc.element.body)
    return "\n".join(out)


def md_rendered_text(text):
    """Set 36: a hand-kept markdown read as a reader of the rendered page sees it: link reference definitions
    ("[id]: url "title"" lines) are not shown and are dropped; an inline link "[text](url)" and a reference link
    "[text][id]" show their text; struck-through "~~…~~" draft text is deleted text and is dropped; the invisible
    U+200B (zero-width space), U+2060 (word joiner), U+00AD (soft hyphen) and U+FEFF are removed. The rest - headings'
    #s, pipes, emphasis marks - as the file has it (norm() deletes * and #)."""
    text = re.sub(r"(?m)^ {0,3}\[[^\]\n^]+\]:[ \t]+\S+.*$\n?", "", text)
    text = re.sub(r"\[([^\]]+)\]\([^)\s]*\)", r"\1", text)
    text = re.sub(r"\[([^\]]+)\]\[[^\]]*\]", r"\1", text)
    text = re.sub(r"~~.*?~~", "", text, flags=re.S)
    return re.sub("[\u200b\u2060\u00ad\ufeff]", "", text)


def docx_text_caps(path):
    """Set 38: a Quyết định + attached Kế hoạch .docx read as a reader of the page sees it: every w:t of a paragraph in
    order (w:tab a TAB, w:br a new line), a run with the All caps property (w:caps in its w:rPr, not w:caps w:val="0"/
    "false") shown in capitals as Word draws it (the section titles are stored in lower case, "i. mục đích, yêu cầu");
    table cells in order, a gridSpan cell once, a vertically merged cell once (where it starts, as set 19); outline
    levels (w:outlineLvl) add no text."""
    from docx import Document
    from docx.oxml.ns import qn

    doc = Document(path)
    out = []
    R, T, TAB, BR = qn("w:r"), qn("w:t"), qn("w:tab"), qn("w:br")

    def is_caps(r):
        rPr = r.find(qn("w:rPr"))
        c = rPr.find(qn("w:caps")) if rPr is not None else None
        return c is not None and c.get(qn("w:val")) not in ("0", "false")

    def ptext(p):
        buf = []
        for r in p.iter(R):
            up = is_caps(r)
            for e in r.iterchildren(T, TAB, BR):
                if e.tag == T:
                    buf.append((e.text or "").upper() if up else (e.text or ""))
                elif e.tag == TAB:
                    buf.append("\t")
                elif e.get(qn("w:type")) in (None, "textWrapping"):
                    buf.append("\n")
        return "".join(buf)

    def walk(elm):
        for child in elm.iterchildren():
            tag = child.tag.split("}")[-1]
            if tag == "p":
                out.append(ptext(child))
            elif tag == "tbl":
                for tr in child.iterchildren(qn("w:tr")):
                    for tc in tr.iterchildren(qn("w:tc")):
                        tcPr = tc.find(qn("w:tcPr"))
                        vm = tcPr.find(qn("w:vMerge")) if tcPr is not None else None
                        if vm is not None and vm.get(qn("w:val")) in (None, "continue"):
                            continue
                        walk(tc)

    walk(doc.element.body)
    return "\n".join(out)


def docx_text_visible(path):
    """Set 42's .docx (plans42/ only), read as a reader of the printed page sees it: first the FIRST-PAGE header part
    of the first section when the section has a distinct first page (w:titlePg) - the letterhead (issuer, number,
    motto, place-date) is there, not in the body -, its paragraphs and table cells in order; then the body: every w:t
    of a paragraph in order (w:tab a TAB, w:br a new line) EXCEPT runs with the Hidden property (w:vanish in the run's
    w:rPr, not w:val="0"/"false": Word neither shows nor prints them; python-docx's paragraph text keeps them); table
    cells in order, a gridSpan cell once, a vertically merged cell once where it starts (as set 19). The default
    header/footer parts of pages 2+ and core properties are not read."""
    from docx import Document
    from docx.oxml.ns import qn

    doc = Document(path)
    out = []
    R, T, TAB, BR = qn("w:r"), qn("w:t"), qn("w:tab"), qn("w:br")

    def hidden(r):
        rPr = r.find(qn("w:rPr"))
        v = rPr.find(qn("w:vanish")) if rPr is not None else None
        return v is not None and v.get(qn("w:val")) not in ("0", "false")

    def ptext(p):
        buf = []
        for r in p.iter(R):
            if hidden(r):
                continue
            for e in r.iterchildren(T, TAB, BR):
                if e.tag == T:
                    buf.append(e.text or "")
                elif e.tag == TAB:
                    buf.append("\t")
                elif e.get(qn("w:type")) in (None, "textWrapping"):
                    buf.append("\n")
        return "".join(buf)

    def walk(elm):
        for child in elm.iterchildren():
            tag = child.tag.split("}")[-1]
            if tag == "p":
                out.append(ptext(child))
            elif tag == "tbl":
                for tr in child.iterchildren(qn("w:tr")):
                    for tc in tr.iterchildren(qn("w:tc")):
                        tcPr = tc.find(qn("w:tcPr"))
                        vm = tcPr.find(qn("w:vMerge")) if tcPr is not None else None
                        if vm is not None and vm.get(qn("w:val")) in (None, "continue"):
                            continue
                        walk(tc)

    sec = doc.sections[0]
    if sec.different_first_page_header_footer:
        walk(sec.first_page_header._element)
    walk(doc.element.body)
    return "\n".join(out)


RTF_SKIP = {"fonttbl", "colortbl", "stylesheet", "info", "header", "footer", "headerl", "headerr", "headerf",
            "footerl", "footerr", "footerf", "pict", "listtable", "listoverridetable", "rsidtbl", "generator",
            "xmlnstbl", "latentstyles", "themedata", "colorschememapping", "datastore", "fldinst", "object"}
RTF_SYMBOLS = {"par": "\n", "line": "\n", "cell": "\n", "row": "\n", "page": "\n", "sect": "\n", "tab": "\t",
               "emdash": "\u2014", "endash": "\u2013", "lquote": "\u2018", "rquote": "\u2019",
               "ldblquote": "\u201c", "rdblquote": "\u201d", "bullet": "\u2022"}


def rtf_text(path):
    """Set 42's .rtf (plans42/ only), read as Word shows it: groups of the font/colour tables, \\info, headers and
    footers, \\*-destinations and field instructions skipped (a field's \\fldrslt is kept); \\'xx bytes decoded with the
    file's code page (\\ansicpgN, here 1258); \\uN read as the character N (negative N + 65536) and the next \\ucN
    fallback characters skipped; \\par, \\line, \\cell, \\row, \\page a new line (one table cell a line, a merged-over
    cell empty), \\tab a TAB; other control words add nothing."""
    with open(path, encoding="ascii") as f:
        s = f.read()
    m = re.search(r"\\ansicpg(\d+)", s)
    cp = "cp" + (m.group(1) if m else "1252")
    out = []
    stack = []
    uc, skip, skipping = 1, 0, False
    i, n = 0, len(s)
    tok = re.compile(r"\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|([\r\n]+)|([^\\{}\r\n]+)", re.S)
    first_in_group = False
    while i < n:
        mt = tok.match(s, i)
        i = mt.end()
        word, arg, hexb, sym, brace, nl, text = mt.groups()
        if brace == "{":
            stack.append((uc, skipping))
            first_in_group = True
            continue
        if brace == "}":
            uc, skipping = stack.pop() if stack else (1, False)
            first_in_group = False
            continue
        if nl:
            continue
        if word is not None:
            if first_in_group and word in RTF_SKIP:
                skipping = True
            first_in_group = False
            if skipping:
                continue
            if word == "uc":
                uc = int(arg or 1)
            elif word == "u":
                v = int(arg)
                out.append(chr(v + 65536 if v < 0 else v))
                skip = uc
            elif word in RTF_SYMBOLS:
                out.append(RTF_SYMBOLS[word])
            continue
        if sym is not None:
            if first_in_group and sym == "*":
                skipping = True
            first_in_group = False
            if skipping:
                continue
            if skip:
                skip -= 1
                continue
            if sym in "\\{}":
                out.append(sym)
            elif sym == "~":
                out.append("\u00a0")
            elif sym == "_":
                out.append("-")
            continue
        first_in_group = False
        if skipping:
            continue
        if hexb is not None:
            if skip:
                skip -= 1
                continue
            out.append(bytes([int(hexb, 16)]).decode(cp))
            continue
        if text:
            if skip:
                k = min(skip, len(text))
                text = text[k:]
                skip -= k
            out.append(text)
    return unicodedata.normalize("NFC", "".join(out))


def utf16_text(data):
    """Set 52: a Notepad "Unicode" .txt (UTF-16 with a byte-order mark) read as its characters: decoded by its BOM
    (the BOM itself is not text), CRLF read as a line end; the rest as the file has it (spaces, TABs)."""
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ValueError("set 52 .txt without a UTF-16 byte-order mark")
    return data.decode("utf-16").replace("\r\n", "\n")


def docx_text_rows(path):
    """Set 54: a .docx whose Phụ lục is a Gantt grid, read as a reader of the page sees a table: each body paragraph as
    python-docx gives it, each table ROW one line with its cells joined by " | " (a cell's paragraphs joined by a
    space; an empty cell an empty string, so an "x" keeps its period column; a gridSpan cell once)."""
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    doc = Document(path)
    out = []
    for child in doc.element.body.iterchildren():
        tag = child.tag.split("}")[-1]
        if tag == "p":
            out.append(Paragraph(child, doc).text)
        elif tag == "tbl":
            for row in Table(child, doc).rows:
                cells, seen = [], set()
                for cell in row.cells:
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    cells.append(" ".join(p.text for p in cell.paragraphs).strip())
                out.append(" | ".join(cells))
    return "\n".join(out)


def _charset_of(html_bytes, default="utf-8"):
    m = re.search(rb"charset=[\"']?([A-Za-z0-9_-]+)", html_bytes[:2048])
    return m.group(1).decode("ascii") if m else default


def docx_text_altchunk(path):
    """Set 56: a .docx whose targets table is an embedded HTML part (w:altChunk -> aFChunk relationship), read as Word
    shows it: docx_text's paragraphs and table cells in body order, and at each w:altChunk the HTML part's visible text
    (html_text rules) in place."""
    from docx.oxml.ns import qn

    def html_part(doc, element):
        blob = doc.part.related_parts[element.get(qn("r:id"))].blob
        return _HTMLText.text(blob.decode(_charset_of(blob)))

    return docx_text(path, alt_chunk=html_part)


def mht_text(path):
    """Set 56: a browser's single-file web page (MHTML): the first text/html part, decoded, read as html_text."""
    import email
    from email import policy

    with open(path, "rb") as f:
        msg = email.message_from_bytes(f.read(), policy=policy.compat32)
    for part in msg.walk():
        if part.get_content_type() == "text/html":
            blob = part.get_payload(decode=True)
            cs = part.get_content_charset() or _charset_of(blob)
            return _HTMLText.text(blob.decode(cs))
    raise ValueError("MHTML without a text/html part")


def extract(name):
    path = find_plan(name)
    if os.path.basename(os.path.dirname(path)) == "plans64" and path.endswith(".html"):
        return html_text(path)
    if os.path.basename(os.path.dirname(path)) == "plans56":
        if path.endswith(".docx"):
            return docx_text_altchunk(path)
        if path.endswith(".mht"):
            return mht_text(path)
    if os.path.basename(os.path.dirname(path)) == "plans54" and path.endswith(".docx"):
        return docx_text_rows(path)
    if os.path.basename(os.path.dirname(path)) == "plans52" and path.endswith(".txt"):
        with open(path, "rb") as f:
            return utf16_text(f.read())
    if os.path.basename(os.path.dirname(path)) == "plans50" and path.endswith(".odt"):
        return odt_text(path)
    if os.path.basename(os.path.dirname(path)) == "plans46":
        if path.endswith(".html"):
            return html_text(path)
        if path.endswith(".xlsx"):
            return xlsx_text(path)
    if os.path.basename(os.path.dirname(path)) == "plans42":
        if path.endswith(".docx"):
            return docx_text_visible(path)
        if path.endswith(".rtf"):
            return rtf_text(path)
    if os.path.basename(os.path.dirname(path)) == "plans38" and path.endswith(".docx"):
        return docx_text_caps(path)
    if os.path.basename(os.path.dirname(path)) == "plans36" and path.endswith(".md"):
        with open(path, encoding="utf-8") as f:
            return md_rendered_text(f.read())
    if os.path.basename(os.path.dirname(path)) == "plans34" and path.endswith(".docx"):
        return docx_text_fields(path)
    if os.path.basename(os.path.dirname(path)) == "plans32" and path.endswith(".docx"):
        return docx_text_fields(path)
    if os.path.basename(os.path.dirname(path)) == "plans30" and path.endswith(".docx"):
        return docx_text_converted(path)
    if os.path.basename(os.path.dirname(path)) == "plans28" and path.endswith(".docx"):
        return docx_text_reviewed(path)
    if os.path.basename(os.path.dirname(path)) == "plans26":
        if path.endswith(".docx"):
            return docx_text_sdt(path)
        if path.endswith(".md"):
            with open(path, encoding="utf-8") as f:
                return gdocs_md_text(f.read())
    if os.path.basename(os.path.dirname(path)) == "plans23":
        if path.endswith(".odt"):
            return odt_text(path)
        if path.endswith(".xlsx"):
            return xlsx_text(path)
    if os.path.basename(os.path.dirname(path)) == "plans24" and path.endswith(".md"):
        with open(path, encoding="utf-8") as f:
            return marker_md_text(f.read())
    if os.path.basename(os.path.dirname(path)) == "plans22":
        if path.endswith(".html"):
            return html_text(path)
        if path.endswith(".docx"):
            return docx_text_accepted(path)
    if os.path.basename(os.path.dirname(path)) == "plans18" and path.endswith(".txt"):
        with open(path, encoding="utf-8") as f:
            return ascii_table_text(f.read())
    if os.path.basename(os.path.dirname(path)) == "plans16":
        if path.endswith(".docx"):
            return docx_text_accepted(path)
        if path.endswith(".md"):
            with open(path, encoding="utf-8") as f:
                return pandoc_md_text(f.read())
    if os.path.basename(os.path.dirname(path)) == "plans17" and path.endswith(".docx"):
        return docx_text_notes(path)
    if os.path.basename(os.path.dirname(path)) == "plans19" and path.endswith(".docx"):
        return docx_text_vmerge(path)
    if os.path.basename(os.path.dirname(path)) == "plans21" and os.path.basename(path) in SET21_TCVN3:
        return docx_text_tcvn3(path)
    if path.endswith(".docx"):
        return docx_text(path)
    if path.endswith(".pdf"):
        from pypdf import PdfReader
        return "\n".join(p.extract_text() for p in PdfReader(path).pages)
    with open(path, encoding="utf-8") as f:
        return f.read()


_cache = {}


def text_of(name):
    if name not in _cache:
        _cache[name] = norm(extract(name))
    return _cache[name]


def check_span(problems, where, doc, span):
    if not span or not isinstance(span, str):
        problems.append(f"{where}: empty span")
        return
    try:
        t = text_of(doc)
    except FileNotFoundError:
        problems.append(f"{where}: no such plan {doc}")
        return
    if norm(span) not in t:
        problems.append(f"{where}: MISSING in {doc}: {span!r}")


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--dump":
        print(extract(sys.argv[2]))
        return 0
    bad = 0
    for qfile, gold in SETS:
        print(f"== {qfile} + {gold}/" if gold else f"== {qfile} (bundled plans, no gold folder)")
        bad += check_set(qfile, gold)
    return 1 if bad else 0


def check_set(qfile, gold):
    problems = []
    counts = {}
    # questions
    qpath = os.path.join(HERE, qfile)
    ids = set()
    if os.path.exists(qpath):
        with open(qpath, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                try:
                    q = json.loads(line)
                except json.JSONDecodeError as e:
                    problems.append(f"{qfile}:{n}: bad JSON {e}")
                    continue
                where = f"{qfile}:{n} {q.get('id')}"
                if list(q) != FIELDS:
                    problems.append(f"{where}: fields {list(q)} != {FIELDS}")
                if q.get("id") in ids:
                    problems.append(f"{where}: duplicate id")
                ids.add(q.get("id"))
                if q.get("type") not in TYPES:
                    problems.append(f"{where}: bad type {q.get('type')}")
                counts[q.get("type")] = counts.get(q.get("type"), 0) + 1
                if line != unicodedata.normalize("NFC", line):
                    problems.append(f"{where}: not NFC")
                if q.get("type") == "unanswerable":
                    if q["docs"] or q["evidence"]:
                        problems.append(f"{where}: unanswerable with docs/evidence")
                elif not q["docs"] or not q["evidence"]:
                    problems.append(f"{where}: answerable without docs/evidence")
                if not q["key_facts"] and q.get("type") != "unanswerable":
                    problems.append(f"{where}: no key_facts")
                for ev in q["evidence"]:
                    if ev["doc"] not in q["docs"]:
                        problems.append(f"{where}: evidence doc {ev['doc']} not in docs")
                    check_span(problems, where, ev["doc"], ev["span"])
                for d in q["docs"]:
                    if not any(ev["doc"] == d for ev in q["evidence"]):
                        problems.append(f"{where}: doc {d} has no evidence")
                for kf in q["key_facts"]:
                    if not kf.strip():
                        problems.append(f"{where}: empty key fact")
                    elif norm(kf).lower() not in norm(q["answer"]).lower():
                        problems.append(f"{where}: key fact {kf!r} not in the reference answer")
                for h in q["history"]:
                    if set(h) != {"role", "content"} or h["role"] not in ("user", "assistant"):
                        problems.append(f"{where}: bad history turn {h}")
                if q.get("type") == "follow_up" and not q["history"]:
                    problems.append(f"{where}: follow_up without history")
    # gold (a set on the bundled plans, e.g. bundled25.jsonl, has none)
    if gold is None:
        for pr in problems:
            print(pr)
        print(f"{len(problems)} problems; questions by type: {dict(sorted(counts.items()))}; total {sum(counts.values())}")
        return len(problems)
    gdir = os.path.join(HERE, gold)
    for fname in ("targets.jsonl", "agencies.jsonl"):
        p = os.path.join(gdir, fname)
        if not os.path.exists(p):
            continue
        with open(p, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                r = json.loads(line)
                where = f"{gold}/{fname}:{n}"
                check_span(problems, where, r["doc"], r["span"])
                for s in r.get("alt_spans", []) + r.get("deadline_spans", []):
                    check_span(problems, where, r["doc"], s)
                if r.get("role_span"):
                    check_span(problems, where, r["doc"], r["role_span"])
                if fname == "targets.jsonl" and r.get("value") and r.get("table") is None:
                    if norm(r["value"]).lower() not in norm(r["span"]).lower():
                        problems.append(f"{where}: value {r['value']!r} not in span")
    p = os.path.join(gdir, "plans.jsonl")
    if os.path.exists(p):
        with open(p, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                r = json.loads(line)
                t = text_of(r["id"])
                for k in ("number", "title"):
                    if norm(r[k]) not in t:
                        problems.append(f"{gold}/plans.jsonl:{n}: {k} {r[k]!r} not in text")
                if norm(r["signer"]["name"]) not in t:
                    problems.append(f"{gold}/plans.jsonl:{n}: signer not in text")
    for pr in problems:
        print(pr)
    print(f"{len(problems)} problems; questions by type: {dict(sorted(counts.items()))}; total {sum(counts.values())}")
    return len(problems)


if __name__ == "__main__":
    sys.exit(main())
