"""Format readers: bytes → raw text. Each raises ``IngestError`` with a bilingual message."""

from __future__ import annotations

import io
import itertools
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from lxml import etree

from ingest.clean import FOOTNOTE_PREFIX, MARKER_RE, UPPER
from ingest.errors import IngestError, UploadRejected
from ingest.forwarded import unquote
from ingest.legacy import convert_vn_fonts
from ingest.mdexport import join_pieces, normalise_export, pipe_row, separator_row
from ingest.noteapp import note_markup, unchat, unquote_callouts
from ingest.ruled import SPLICE_FIT, RuledTable, ruled_tables, splice
from ingest.sniff import check_docx_zip, check_pdf_header, decode_text
from ingest.spaced import spaced_tables

if TYPE_CHECKING:
    from pypdf import PdfReader


def read_text(data: bytes, name: str) -> str:
    """UTF-8, UTF-16 (with or without BOM) or Windows-1258; TCVN3 and binary files are refused. Markdown
    layout tables of the header and the signature become plain lines; a text saved from a PDF with form feeds
    between its pages loses its running headers and footers as a PDF does; tables whose columns are runs of
    spaces (``pdftotext -layout``) become pipe rows; a plan forwarded by e-mail is its quoted part, one pasted into
    a chat its message, one kept in a note app its plain markdown (``ingest.noteapp``)."""
    text = unquote_callouts(note_markup(unchat(unquote(decode_text(data, name)))))
    if "\f" in text:
        text = "\n".join(mark_footnotes(drop_page_furniture(text.split("\f"))))
    return unfold_layout_tables(spaced_tables(inline_html(normalise_export(text))))


# HTML a markdown file may carry (a wiki's collapsible "<details><summary>Bảng 1 …</summary>", "<b>", "<span>"): the
# text stays, the tags go — a block tag ends its line; "<br>" inside a table row is left to the table reading
_BLOCK_TAG_RE = re.compile(r"</?(?:details|summary|div|p|center|section|article|blockquote|figure|figcaption)\b[^>\n]*>",
                           re.I)
_INLINE_TAG_RE = re.compile(r"</?(?:span|b|i|u|strong|em|font|small|big|mark|sup|sub|a|ins|abbr)\b[^>\n]*>", re.I)


def inline_html(text: str) -> str:
    """The text with the HTML tags of a markdown file taken out (their text kept), a block tag as a line break."""
    if "<" not in text:
        return text
    out = []
    for line in text.split("\n"):
        line = _INLINE_TAG_RE.sub("", line)
        if not line.lstrip().startswith("|"):  # (a table row keeps its cells on one line)
            line = _BR_RE.sub("\n", line)
        out.append(_BLOCK_TAG_RE.sub("\n", line))
    return "\n".join(out)


# Document furniture laid out in borderless tables: the header (issuing body | national motto) and the
# closing ("Nơi nhận:" list | signature). Their cells are read as plain lines, not as table rows.
LAYOUT_RE = re.compile(r"^\s*(?:(?i:Nơi nhận|Cộng h(?:òa|oà) xã hội|Độc lập\s*[-–])|(?:TM|KT|Q|TL|TUQ)\s*\.\s*[A-ZĐÀ-Ỹ]{2}"
                        r"|Số\s*:\s*\d*\s*/)", re.MULTILINE)


_BR_RE = re.compile(r"<br\s*/?>", re.IGNORECASE)
_MD_SEPARATOR_RE = re.compile(r"^\s*\|(?:\s*(?::?-{3,}:?|:-+:?|-+:)\s*\|)+\s*$")


def unfold_layout_tables(text: str) -> str:
    """Markdown layout tables (header: issuing body | national motto; closing: "Nơi nhận" | signature), with
    ``<br>`` line breaks inside cells, become plain lines: a cell's lines, then the next cell's. Data tables
    stay tables, a cell's ``<br>`` pieces joined on its line; their separator rows only go when they follow an
    unfolded layout row."""
    out: list[str] = []
    unfolded = False
    for line in text.split("\n"):
        cells = [c.strip() for c in line.strip().strip("|").split("|")] if line.lstrip().startswith("|") else []
        if cells and _BR_RE.search(line) and any(LAYOUT_RE.search(_BR_RE.sub("\n", c).replace("*", "")) for c in cells):
            out.extend(part.strip() for c in cells for part in _BR_RE.split(c) if part.strip())
            unfolded = True
        elif unfolded and _MD_SEPARATOR_RE.match(line):
            continue
        elif cells and _BR_RE.search(line):
            out.append(pipe_row([join_pieces(_BR_RE.split(c)) for c in cells]))
        else:
            out.append(line)
            unfolded = unfolded and not line.strip() == ""
    return "\n".join(out)


def _cell_text(cell: object) -> str:
    """A cell's text on one line: its paragraphs and the pieces a soft line break separates ("Chủ trì …" /
    "Tổng hợp …" in one task cell) joined, with "; " where a piece ends without punctuation."""
    return join_pieces([x for p in cell.paragraphs  # type: ignore[attr-defined]
                        for x in re.split(r"[\n\v]", _para_text(p._p, p))])


def _grid_rows(table: object) -> list[list[str]]:
    """Cell texts per grid column; python-docx repeats a merged cell's text in every column it spans."""
    return [[_cell_text(c) for c in row.cells] for row in table.rows]  # type: ignore[attr-defined]


def _header_rows(table: object) -> int:
    """Leading rows marked as repeating headers (``w:tblHeader``) or set all in bold."""
    from docx.oxml.ns import qn

    n = 0
    for row in table.rows:  # type: ignore[attr-defined]
        tr_pr = row._tr.trPr
        marked = tr_pr is not None and tr_pr.find(qn("w:tblHeader")) is not None
        runs = [r for c in row.cells for p in c.paragraphs for r in p.runs if r.text.strip()]
        if not (marked or (runs and all(r.bold for r in runs))) or (n and _group_row(row)):
            break  # a bold group row ("I | Công tác tuyên truyền" merged across) opens the data
        n += 1
    return n if n < len(table.rows) else 0  # type: ignore[attr-defined]


def _group_row(row: object) -> bool:
    """A row that is one merged cell, or a group number ("I", "A.") and one merged cell."""
    texts = [_cell_text(c) for c in row.cells]  # type: ignore[attr-defined]
    distinct = list(dict.fromkeys(t for t in texts if t))
    return len(distinct) == 1 or (len(distinct) == 2 and re.fullmatch(r"(?:[IVX]{1,5}|[A-ZĐ])\.?", distinct[0]) is not None)


def markdown_table(rows: list[list[str]], header_rows: int) -> list[str]:
    """A table as markdown rows (``| a | b |``), the separator after ``header_rows`` rows when known;
    the cleaner turns it into "Header: cell | …" rows."""
    out = [pipe_row(row) for row in rows]
    if header_rows:
        out.insert(header_rows, separator_row(max(len(r) for r in rows)))
    return out


def _style_bold(style: object) -> bool | None:
    """Bold as a style sets it, following its base styles."""
    while style is not None:
        b = style.font.bold  # type: ignore[attr-defined]
        if b is not None:
            return bool(b)
        style = style.base_style  # type: ignore[attr-defined]
    return None


def _bold(run: object, para: object) -> bool:
    """A run's effective bold: set on the run, else by its character style, else by the paragraph style."""
    for b in (run.bold, _style_bold(run.style), _style_bold(para.style)):  # type: ignore[attr-defined]
        if b is not None:
            return bool(b)
    return False


_ROMAN_DIGITS = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def _roman(n: int) -> str:
    out = ""
    for v, r in _ROMAN_DIGITS:
        while n >= v:
            out, n = out + r, n - v
    return out


def _format_number(n: int, fmt: str) -> str:
    if fmt in ("upperRoman", "lowerRoman"):
        return _roman(n) if fmt == "upperRoman" else _roman(n).lower()
    if fmt in ("upperLetter", "lowerLetter"):
        s = chr(ord("a") + (n - 1) % 26)
        return s.upper() if fmt == "upperLetter" else s
    return str(n)


class _ListLabels:
    """The labels Word draws for automatically numbered paragraphs ("I.", "1.", "a)", bullets), which are not
    in the paragraph text: a plan whose headings are a numbered list would otherwise lose its numerals."""

    def __init__(self, document: object) -> None:
        from docx.oxml.ns import qn

        self.qn = qn
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # numId → ilvl → (format, text, start)
        self.counters: dict[str, dict[int, int]] = {}
        try:
            numbering = document.part.numbering_part.element  # type: ignore[attr-defined]
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract = {}
        for a in numbering.findall(qn("w:abstractNum")):
            abstract[a.get(qn("w:abstractNumId"))] = {int(lvl.get(qn("w:ilvl"))): self._level(lvl)
                                                      for lvl in a.findall(qn("w:lvl"))}
        for num in numbering.findall(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            levels = dict(abstract.get(ref.get(qn("w:val")), {})) if ref is not None else {}
            for over in num.findall(qn("w:lvlOverride")):
                ilvl, start = int(over.get(qn("w:ilvl"))), over.find(qn("w:startOverride"))
                if ilvl in levels and start is not None:
                    fmt, text, _ = levels[ilvl]
                    levels[ilvl] = (fmt, text, int(start.get(qn("w:val"))))
            self.levels[num.get(qn("w:numId"))] = levels

    def _level(self, lvl: object) -> tuple[str, str, int]:
        def val(tag: str, default: str) -> str:
            el = lvl.find(self.qn(tag))  # type: ignore[attr-defined]
            return el.get(self.qn("w:val")) if el is not None and el.get(self.qn("w:val")) is not None else default

        return val("w:numFmt", "decimal"), val("w:lvlText", ""), int(val("w:start", "1"))

    def _num_pr(self, para: object) -> tuple[str, int] | None:
        qn = self.qn
        chain = [para._p.pPr]  # type: ignore[attr-defined]
        style = para.style  # type: ignore[attr-defined]
        while style is not None:
            chain.append(style.element.pPr)
            style = style.base_style
        num_id = ilvl = None
        for ppr in chain:
            num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
            if num_pr is None:
                continue
            n, i = num_pr.find(qn("w:numId")), num_pr.find(qn("w:ilvl"))
            num_id = num_id if num_id is not None else (n.get(qn("w:val")) if n is not None else None)
            ilvl = ilvl if ilvl is not None else (int(i.get(qn("w:val"))) if i is not None else None)
        return (num_id, ilvl or 0) if num_id not in (None, "0") else None

    def label(self, para: object) -> str:
        """The drawn label of ``para`` ("II.", "2.1.", "a)", "-" for a bullet), "" when it is not numbered."""
        found = self._num_pr(para)
        if found is None or found[0] not in self.levels:
            return ""
        num_id, ilvl = found
        levels, counters = self.levels[num_id], self.counters.setdefault(num_id, {})
        if ilvl not in levels:
            return ""
        fmt, text, start = levels[ilvl]
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if fmt == "bullet":
            return "-"
        if fmt == "none" or not text:
            return ""

        def repl(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            fmt_k, _, start_k = levels.get(k, ("decimal", "", 1))
            return _format_number(counters.get(k, start_k), fmt_k)

        return re.sub(r"%(\d)", repl, text).strip()


FRAME_PARAGRAPHS = 8  # a one-column table holding this many paragraphs, or a table of its own, frames the plan


def _distinct_cells(row: object) -> list[object]:
    """A row's cells, a merged cell once (python-docx repeats it under every grid column it spans)."""
    return list({id(c._tc): c for c in row.cells}.values())


def _frame(table: object) -> bool:
    """A one-column table that holds the plan's body (many paragraphs, or tables nested in it), not data."""
    from docx.oxml.ns import qn

    rows = [_distinct_cells(row) for row in table.rows]
    cells = [c for row in rows for c in row]
    if not cells or any(len(row) != 1 for row in rows):
        return False
    nested = any(c._tc.findall(qn("w:tbl")) for c in cells)
    return nested or sum(len(c.paragraphs) for c in cells) >= FRAME_PARAGRAPHS


def _accept_changes(body: object) -> None:
    """Tracked changes read as accepted, as the plan stands once its changes are: inserted and moved-in text kept
    (python-docx reads only runs outside ``w:ins``), deleted and moved-out text dropped. Comments live in their
    own part and are never read."""
    from docx.oxml.ns import qn

    for tag in ("w:del", "w:moveFrom"):
        for el in list(body.iter(qn(tag))):  # type: ignore[attr-defined]
            if el.getparent() is not None:
                el.getparent().remove(el)
    for tag in ("w:ins", "w:moveTo"):
        for el in list(body.iter(qn(tag))):  # type: ignore[attr-defined]
            parent = el.getparent()
            if parent is None or not len(el):
                continue
            at = parent.index(el)
            for k, child in enumerate(list(el)):
                parent.insert(at + k, child)
            parent.remove(el)


def _drop_hidden(body: object, document: object) -> None:
    """Runs formatted Hidden (``w:vanish``, on the run or its character style) are not on the page — a draft's
    old figure or a drafting note Word neither shows nor prints — so they are not read."""
    from docx.oxml.ns import qn

    hidden_styles = {st.style_id for st in document.styles  # type: ignore[attr-defined]
                     if getattr(st, "font", None) is not None and st.font.hidden}

    def hidden(rpr: object) -> bool:
        vanish = rpr.find(qn("w:vanish"))  # type: ignore[attr-defined]
        if vanish is not None:
            return vanish.get(qn("w:val"), "true").lower() not in ("0", "false", "off")
        style = rpr.find(qn("w:rStyle"))  # type: ignore[attr-defined]
        return style is not None and style.get(qn("w:val")) in hidden_styles

    for run in list(body.iter(qn("w:r"))):  # type: ignore[attr-defined]
        rpr = run.find(qn("w:rPr"))
        if rpr is not None and hidden(rpr) and run.getparent() is not None:
            run.getparent().remove(run)


_TITLE_RE = re.compile(r"^\W*KẾ HOẠCH\b")  # the plan's title: the letterhead comes before it


def _letterhead(document: object) -> list[str]:
    """The letterhead (issuing body, number, date, national motto) when a template puts it in the first page's
    header instead of the body: the page shows it at the top, so it is read first. A running header (a title or
    page line on every page) is no letterhead and is left out."""
    section = document.sections[0]  # type: ignore[attr-defined]
    parts = [section.first_page_header] if section.different_first_page_header_footer else []
    for part in [*parts, section.header]:
        if part.is_linked_to_previous:
            continue
        lines: list[str] = [t for p in part.paragraphs if (t := p.text.strip())]
        for table in part.tables:
            for row in table.rows:
                lines.extend(_layout_row([[t for p in c.paragraphs if (t := p.text.strip())]
                                          for c in _distinct_cells(row)]))
        if sum(bool(LAYOUT_RE.search(t)) for t in lines) >= 2:
            return lines
    return []


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NS = {"w": _W, "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006"}
_FOOTNOTES_REL = "/footnotes"
_BOXES = etree.XPath(".//w:txbxContent[not(ancestor::mc:Fallback)]", namespaces=_NS)
_NOTE_REFS = etree.XPath(".//w:footnoteReference/@w:id", namespaces=_NS)


def _up_to(el: object, top: object) -> list[object]:
    """An element's ancestors below ``top``."""
    out = []
    for a in el.iterancestors():  # type: ignore[attr-defined]
        if a is top:
            break
        out.append(a)
    return out


_MARKER_CELL_RE = re.compile(r"^(?:(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]|[-+•])$")


def _layout_row(cells: list[list[str]]) -> list[str]:
    """A layout table's row as lines; a body typed in a two-column table (its numbering "1.", "a)" in the first
    column, the text in the second) keeps each number on its text's line."""
    if len(cells) >= 2 and len(cells[0]) == 1 and _MARKER_CELL_RE.match(cells[0][0]) and cells[1]:
        cells = [[f"{cells[0][0]} {cells[1][0]}", *cells[1][1:]], *cells[2:]]
    return [t for cell in cells for t in cell]


def _xml_text(p: object) -> str:
    """A paragraph element's text (its runs' w:t, tabs as spaces), text boxes inside it left out."""
    parts = []
    for el in p.iter(f"{{{_W}}}t", f"{{{_W}}}tab", f"{{{_W}}}br"):  # type: ignore[attr-defined]
        if any(a.tag == f"{{{_W}}}txbxContent" for a in _up_to(el, p)):
            continue
        parts.append((el.text or "") if el.tag.endswith("}t") else " ")
    return "".join(parts).strip()


# run wrappers python-docx's paragraph text does not open: an inline content control (a template's field for the
# total budget, a deadline), a simple field's result, smart tags and custom XML around runs
_RUN_WRAPPERS = {"sdt", "sdtContent", "fldSimple", "smartTag", "customXml"}


def _caps(run: Any, para: Any) -> bool:
    """Is the run shown in capitals ("All caps" or "Small caps", on the run, its character style or the
    paragraph's style)? A heading typed "i. mục đích, yêu cầu" is read as the page shows it."""
    for font in (run.font, getattr(run.style, "font", None), getattr(para.style, "font", None)):
        if font is None:
            continue
        shown = font.all_caps if font.all_caps is not None else font.small_caps
        if shown is not None:
            return bool(shown)
    return False


def _para_text(block: object, para: Any) -> str:
    """A paragraph's text as python-docx gives it, with the runs inside inline wrappers (``_RUN_WRAPPERS``) kept,
    and runs formatted in capitals as the page shows them."""
    if not any(ch.tag.rsplit("}", 1)[-1] in _RUN_WRAPPERS for ch in block.iterchildren()):  # type: ignore[attr-defined]
        runs = para.runs
        if any(_caps(r, para) for r in runs) and "".join(r.text for r in runs) == para.text:
            return "".join(r.text.upper() if _caps(r, para) else r.text for r in runs)
        return para.text
    from docx.text.hyperlink import Hyperlink
    from docx.text.run import Run

    def walk(el: Any) -> Iterable[str]:
        for ch in el.iterchildren():
            tag = ch.tag.rsplit("}", 1)[-1]
            if tag == "r":
                yield Run(ch, para).text
            elif tag == "hyperlink":
                yield Hyperlink(ch, para).text
            elif tag in _RUN_WRAPPERS:
                yield from walk(ch)

    return "".join(walk(block))


def _text_boxes(p: object) -> list[str]:
    """The paragraphs of the text boxes a paragraph anchors: Word saves each box twice (the drawing in mc:Choice,
    a VML copy in mc:Fallback), so the copy is skipped."""
    boxes = _BOXES(p)
    outer = [b for b in boxes if not any(a in boxes for a in b.iterancestors())]
    return [t for b in outer for q in b.iterfind(f"{{{_W}}}p") if (t := _xml_text(q))]


def _footnotes(document: object) -> dict[str, str]:
    """Footnote id → its text, from Word's footnotes part (the separators, ids -1 and 0, carry none)."""
    for rel in document.part.rels.values():  # type: ignore[attr-defined]
        if rel.reltype.endswith(_FOOTNOTES_REL) and not rel.is_external:
            root = etree.fromstring(rel.target_part.blob)
            return {n.get(f"{{{_W}}}id"): text for n in root.iterfind(f"{{{_W}}}footnote")
                    if (text := " ".join(t for q in n.iter(f"{{{_W}}}p") if (t := _xml_text(q))))}
    return {}


def read_docx(data: bytes, name: str) -> str:
    """Paragraphs and tables in document order; Word heading styles and all-bold paragraphs become markdown
    heading hints, tables become markdown tables (header and signature layout tables become plain lines)."""
    import docx  # python-docx
    from docx.oxml.ns import qn

    check_docx_zip(data, name)  # never inflate a zip bomb
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several types for corrupt files
        raise UploadRejected("corrupt_file", f"Tệp Word {name} bị hỏng hoặc không hợp lệ",
                             f"Word file {name} is corrupt or invalid") from exc
    _accept_changes(document.element.body)
    _drop_hidden(document.element.body, document)
    convert_vn_fonts(document)  # a file typed in TCVN3 (".VnTime"): its runs in Unicode
    out: list[str] = []
    seen_text = False
    labels = _ListLabels(document)
    footnotes = _footnotes(document)

    def extras(block: object) -> list[str]:
        """What a reader of the page sees beside a paragraph: its text boxes' paragraphs, then the footnotes it
        marks (written for the cleaner to lift out of the text flow)."""
        refs = _NOTE_REFS(block)
        return _text_boxes(block) + [FOOTNOTE_PREFIX + footnotes[r] for r in refs if r in footnotes]

    def emit(blocks: Iterable[object], parent: object) -> None:
        nonlocal seen_text
        for block in blocks:
            tag = block.tag.rsplit("}", 1)[-1]
            if tag == "p":
                para = docx.text.paragraph.Paragraph(block, parent)
                text = _para_text(block, para).strip()
                more = extras(block)
                if not text:
                    out.extend([*more, ""] if more else [""])
                    continue
                label = labels.label(para)
                if label and not text.startswith(label):
                    text = f"{label} {text}"
                seen_text = True
                style = (para.style.name or "").lower() if para.style is not None else ""
                runs = [r for r in para.runs if r.text.strip()]
                bold = bool(runs) and all(_bold(r, para) for r in runs)
                # a paragraph given an outline level (the navigation pane's heading) is a heading without a style
                outline = block.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}")
                level = outline.get(qn("w:val")) if outline is not None else None
                if style.startswith("heading") or style == "title" or bold or (level is not None and level != "9"):
                    # each line of a soft-broken heading ("I.↵TỔ CHỨC THỰC HIỆN", "KẾ HOẠCH↵Xây dựng …") keeps the hint
                    out.extend(f"**{part.strip()}**" for part in text.split("\n") if part.strip())
                else:
                    out.append(text)
                out.extend(["", *more] if more else [])
                out.append("")
            elif tag == "altChunk":
                # content Word imports when it opens the file (an HTML or text part: a table pasted from a web
                # app): shown in place, so read in place
                out.extend([*_alt_chunk(document, block.get(qn("r:id")), name), ""])
            elif tag == "sdt":
                # a content control of a Word template around whole parts: its content is the plan's own text
                content = block.find(qn("w:sdtContent"))
                if content is not None:
                    emit(content.iterchildren(), parent)
            elif tag == "tbl":
                table = docx.table.Table(block, parent)
                if _frame(table):
                    # a plan pasted into a bordered frame (one column): its cells' paragraphs and tables are the
                    # plan's own, read as if the frame were not there
                    for row in table.rows:
                        for c in _distinct_cells(row):
                            emit(c._tc.iterchildren(), c)
                    continue
                rows = _grid_rows(table)
                if not any(any(row) for row in rows):
                    continue
                if not seen_text or any(LAYOUT_RE.search(c.text) for row in table.rows for c in row.cells):
                    for row in table.rows:  # layout: each distinct cell's paragraphs as lines, left to right
                        out.extend(_layout_row([[t for p in c.paragraphs if (t := _para_text(p._p, p).strip())]
                                                for c in _distinct_cells(row)]))
                    out.append("")
                    continue
                if last_table and rows[0] == last_table[0] and len(rows) > 1 \
                        and not any(out[last_table[1]:]):
                    # the table continued after a page break (a converter makes one table per page, its header
                    # repeated): its rows go on under the first table's, the header once
                    del out[last_table[1]:]
                    out.extend(pipe_row(r) for r in rows[1:])
                else:
                    out.extend(markdown_table(rows, _header_rows(table)))
                last_table[:] = [rows[0], len(out)]
                out.append("")

    last_table: list = []  # the last table's first row, and where the text after it begins
    emit(document.element.body.iterchildren(), document)
    head = list(itertools.takewhile(lambda t: not _TITLE_RE.match(t), [t for t in out if t.strip()][:12]))
    if not any(LAYOUT_RE.search(t.replace("*", "")) for t in head) and (letterhead := _letterhead(document)):
        out[:0] = [*letterhead, ""]
    return "\n".join(out)


def _alt_chunk(document: Any, rid: str | None, name: str) -> list[str]:
    """The lines of a ``w:altChunk``'s part: HTML read as a saved web page, plain text as lines; other kinds (an
    embedded .docx or .rtf) and external links are left out."""
    part = document.part.related_parts.get(rid) if rid else None
    if part is None:
        return []
    kind = (getattr(part, "content_type", "") or "").lower()
    blob = part.blob
    if "html" in kind or re.search(rb"<html|<table|<p[\s>]", blob[:2048], re.I):
        from ingest.webpage import read_html  # (webpage imports this module)

        return read_html(blob, name).split("\n")
    if kind.startswith("text/plain"):
        return decode_text(blob, name).split("\n")
    return []


def _ruled_rows(rows: list[list[str]]) -> list[str]:
    """A ruled table's lines: pipe rows, or plain lines when it lays out the header or the closing."""
    if LAYOUT_RE.search("\n".join(c for row in rows for c in row)):
        return [c for row in rows for c in row if c]
    return [pipe_row(row) for row in rows]


_RUN_JUMP = 30.0  # points: a line drawn this far above the line before it starts a new run of lines
_RUN_GAP = 100.0  # points: a line this far below the line before it (a page number above the text) starts one too
_RUN_LINES = 3  # a run shorter than this (a page number, a header drawn last) is never moved


def reading_order(page: Any) -> str:
    """A page's plain text in reading order. pypdf reads text in the order it is drawn; a generator may draw a
    page's lower half before its upper half (then the year heading of a targets list comes out after its
    items). The page is cut into runs of lines drawn top to bottom; only when a run of several lines is drawn
    after another several-line run lying wholly below it, over the same columns, are the runs put back top to
    bottom (a line far below the one before it — the text under a page number — starts a run too) (runs beside each other — columns, table cells — keep their drawing order)."""
    pieces: list[tuple[float | None, float | None, str]] = []

    def visit(text: str, cm: Any, tm: Any, _font: Any, _size: Any) -> None:
        if not text.strip():
            pieces.append((None, None, text))
            return
        pieces.append((tm[4] * cm[0] + tm[5] * cm[2] + cm[4], tm[4] * cm[1] + tm[5] * cm[3] + cm[5], text))

    text = page.extract_text(visitor_text=visit) or ""
    if "".join(p[2] for p in pieces) != text:  # pypdf changed how it reports pieces: keep its own text
        return text
    runs: list[list[tuple[float | None, float | None, str]]] = [[]]
    last_y: float | None = None
    for x, y, piece in pieces:
        if y is not None and last_y is not None and (y > last_y + _RUN_JUMP or y < last_y - _RUN_GAP) and runs[-1]:
            runs.append([])
        runs[-1].append((x, y, piece))
        last_y = y if y is not None else last_y
    if len(runs) < 2:
        return text

    def extent(run: list[tuple[float | None, float | None, str]]) -> tuple[float, float, float, float, int]:
        xs = [x for x, y, _ in run if x is not None]
        ys = [y for _, y, _ in run if y is not None]
        lines = len({round(y) for y in ys})
        return (max(ys, default=0.0), min(ys, default=0.0), min(xs, default=0.0), max(xs, default=0.0), lines)

    ext = [extent(run) for run in runs]
    misplaced = any(
        ext[i][4] >= _RUN_LINES and ext[j][4] >= _RUN_LINES and ext[j][1] > ext[i][0]
        and min(ext[i][3], ext[j][3]) >= max(ext[i][2], ext[j][2])  # the same columns
        for i in range(len(runs)) for j in range(i + 1, len(runs)))
    if not misplaced:
        return text
    order = sorted(range(len(runs)), key=lambda k: -ext[k][0])  # stable: runs at one height keep drawing order
    parts = ["".join(p[2] for p in runs[k]) for k in order]
    return "\n".join(part.strip("\n") for part in parts if part.strip())


def _with_columns(page: object, ruled: list[RuledTable] | None = None, upright: object | None = None) -> str:
    """A page's text; a table drawn as text (columns of cells, no rules in the text layer) is written as markdown
    table rows, so the cleaner keeps its rows instead of merging them into a paragraph. The plain extraction
    loses the spacing and scrambles wrapped cells, so tables are read from the layout extraction
    (``_layout_tables``) and spliced in between the lines around them; a lone line of three or more wide-spaced
    columns is written as a row of its own."""
    text = reading_order(page)
    if ruled:  # tables drawn with rules are read from the drawing (``ingest.ruled``); the rest as it is
        lines, done = splice(text.split("\n"), ruled, _ruled_rows)
        if done:
            return "\n".join(lines)
    try:
        layout = (upright or page).extract_text(extraction_mode="layout") or ""  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - layout mode is a best effort on odd PDFs
        return text
    lay = layout.split("\n")
    box = (upright or page).mediabox  # type: ignore[attr-defined]
    if float(box.width) > float(box.height) and (halves := two_up(lay)) is not None:
        lay = halves  # a sheet printed "2 pages per sheet": each page's layout on its own, left page first
    plain = text.split("\n")
    keys = [" ".join(ln.split()) for ln in plain]
    out: list[str] = []
    pos = 0  # plain lines before ``pos`` are written
    spliced: set[int] = set()  # layout lines a spliced table covers
    for a, b, rows in _layout_tables(lay):
        # the nearest line above with text (a table at a page's top may follow a blank line or nothing)
        before = next((" ".join(x.split()) for x in reversed(lay[:a]) if x.strip()), None)
        after = next((" ".join(x.split()) for x in lay[b + 1:] if x.strip()), None)
        start = pos if before is None else next((k + 1 for k in range(pos, len(plain)) if keys[k] == before), None)
        if start is None:
            continue
        stop = len(plain) if after is None else next((k for k in range(start, len(plain)) if keys[k] == after), None)
        words = set(" ".join(c for row in rows for c in row).split())
        replaced = " ".join(plain[start:stop]).split()
        if stop is None or sum(w in words for w in replaced) < SPLICE_FIT * len(replaced):
            continue  # the lines around the table matched elsewhere: what lies between is not the table
        out += plain[pos:start] + [pipe_row(row) for row in rows]
        pos = stop
        spliced.update(range(a, b + 1))
    out += plain[pos:]
    columns: dict[str, list[str]] = {}  # lone wide-spaced lines outside the spliced tables
    for k, line in enumerate(lay):
        cells = [c.strip() for c in re.split(r"\s{3,}", line.strip()) if c.strip()]
        if len(cells) >= 3 and k not in spliced and not ragged(line):
            columns[" ".join(line.split())] = cells
    return "\n".join(pipe_row(columns[key])
                     if (key := " ".join(line.split())) in columns and not line.startswith("| ") else line
                     for line in out)


TWO_UP_GUTTER = 3  # blank characters between the two pages of a sheet, in every line
TWO_UP_SIDE = 0.3  # each page holds text on at least this share of the sheet's lines


def two_up(lay: list[str]) -> list[str] | None:
    """The layout lines of a landscape sheet holding two pages side by side ("2 pages per sheet" printing), cut at
    the gutter blank in every line near the middle: the left page's lines, then the right page's (dedented);
    ``None`` when no such gutter parts the sheet (a table's empty column is not one: prose crosses it)."""
    lines = [ln.rstrip() for ln in lay if ln.strip()]
    if len(lines) < 10:
        return None
    width = max(len(ln) for ln in lines)
    for c in sorted(range(int(width * 0.35), int(width * 0.65)), key=lambda c: abs(c - width / 2)):
        band = slice(c, c + TWO_UP_GUTTER)
        if any(ln[band].strip() for ln in lines):
            continue
        left = sum(bool(ln[:c].strip()) for ln in lines)
        right = sum(bool(ln[c:].strip()) for ln in lines)
        if min(left, right) < TWO_UP_SIDE * len(lines):
            continue
        rights = [ln[c:] for ln in lay]
        indent = min((len(r) - len(r.lstrip()) for r in rights if r.strip()), default=0)
        return [ln[:c].rstrip() for ln in lay] + ["", ""] + [r[indent:].rstrip() for r in rights]
    return None


_FRAGMENT_RE = re.compile(r"\S+(?: {1,2}\S+)*")  # text separated by three spaces or more: cells of a row
_GAP_RE = re.compile(r"(?<=\S)( +)(?=\S)")
_ONE_WORD_RE = re.compile(r"^[^\W\d_]+[,.;:]?$")
_ROMAN_HEAD_RE = re.compile(r"^[IVXL]{1,5}\s*\.\s+\S")


def ragged(line: str) -> bool:
    """Words placed one by one (an OCR text layer over a scan, baselines jittered) come out of the layout text
    unevenly spaced — gaps of two, three, four spaces side by side, most "cells" a single word — where a table
    row has single spaces inside its cells and wide gaps between them: such a line is prose, not a row."""
    gaps = [len(g) for g in _GAP_RE.findall(line.strip())]
    twos, narrow = sum(g == 2 for g in gaps), sum(3 <= g <= 5 for g in gaps)
    if twos >= 2 and narrow >= 1 and twos + narrow > sum(g > 5 for g in gaps):
        return True
    if _ROMAN_HEAD_RE.match(line.strip()) and line.upper() == line:
        return True  # "III. NHIỆM      VỤ, GIẢI    PHÁP": a part's heading spaced out
    cells = [c for c in re.split(r"\s{3,}", line.strip()) if c]
    if len(cells) >= 4 and sum(bool(_ONE_WORD_RE.match(c)) for c in cells) >= 0.6 * len(cells):
        return True
    # a sentence cut at random: most "cells" after the first go on in lower case ("nhân dân", "các huyện, thị")
    # (figures aside: "Căn   cứ Kế hoạch số 410/KH-UBND ngày      20 tháng   10 năm   2025   của" is a justified
    # sentence whose words OCR stretched to their boxes)
    rest = [c for c in cells[1:] if c[0].isalpha()]
    return len(cells) >= 3 and bool(rest) and sum(c[0].islower() for c in rest) > 0.5 * max(len(rest), 2)
_UNIT_LEAD_RE = re.compile(r"^(\([^()\d]{1,15}\))\s+(\d\S*)$")  # "(%) 40"
_YEAR_LEAD_RE = re.compile(r"^((?:19|20)\d\d)\s*(\d{1,3}(?:[.,]\d+)?\s*%)$")  # "202578%": a header's year, a share
_YEAR_RE = re.compile(r"^(?:19|20)\d\d$")  # a row per year ("2026   72   65 …"): the year opens the row
_ROW_NO_RE = re.compile(r"^(?:\d{1,3}|[IVX]{1,5}|[A-ZĐ])\.?$")  # a row's number ("1", "II", "A.")
_SAME_COLUMN = 3  # column starts this close are one column's
_TABLE_GAP = 6  # lines between two wide-spaced lines of one table (a row's wrapped cells)


_GLUED_RE = re.compile(r"(?<=\))(?=\d)")  # "(%)40": a wrapped header cell's last line drawn over a row's figure


def _fragments(line: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _FRAGMENT_RE.finditer(line):
        x, text = m.start(), m.group()
        for part in _GLUED_RE.split(text):
            out.append((x, x + len(part), part))
            x += len(part)
    return out


def _columns(anchor_frags: list[list[tuple[int, int, str]]]) -> list[int]:
    """Column starts: positions where fragments of at least two of the table's wide-spaced lines begin (a wrapped,
    justified cell's inner words do not line up from row to row)."""
    support: dict[int, set[int]] = {}
    for n, frags in enumerate(anchor_frags):
        for x, _, _ in frags:
            key = next((k for k in support if abs(k - x) <= 1), x)
            support.setdefault(key, set()).add(n)
    starts = sorted(x for x, lines in support.items() if len(lines) >= 2)
    # centred cells of one column start a character or two apart ("Tháng 4/2025", "Tháng 11"); two columns'
    # texts are three spaces apart at least, so starts that close are one column's
    return [x for k, x in enumerate(starts) if k == 0 or x - starts[k - 1] > _SAME_COLUMN]


def _river_columns(anchor_frags: list[list[tuple[int, int, str]]]) -> list[int]:
    """Column starts as the starts of the spans written in by some line, parted by positions blank in all lines."""
    spans = sorted((x, end) for frags in anchor_frags for x, end, _ in frags)
    cols: list[int] = []
    reach = -1
    for x, end in spans:
        if x > reach:
            cols.append(x)
        reach = max(reach, end)
    return cols


def _cells_of(frags: list[tuple[int, int, str]], cols: list[int]) -> list[tuple[int, str]] | None:
    """(column, text) per fragment; None when a fragment does not sit inside one column (a paragraph line).
    A group row's title may run across the table ("II | Phát triển nguồn nhân lực …")."""
    out = []
    for n, (x, end, frag) in enumerate(frags):
        j = _column_of(x, cols)
        if j is None:
            return None
        group = n == 1 and out and out[0][0] == 0 and _ROW_NO_RE.match(out[0][1]) and len(frags) == 2
        if j + 1 < len(cols) and end > cols[j + 1] + 1 and not group:
            return None
        out.append((j, frag))
    return out


_HEADER_LINES = 3  # lines a table's column header may wrap over


def _column_of(x: int, cols: list[int]) -> int | None:
    """The column a fragment starting at ``x`` sits in: the last one starting at or before it."""
    return max((k for k, c in enumerate(cols) if c <= x + 1), default=None)


def _column_spans(rows: list[list[tuple[int, int, str]]], cols: list[int]) -> list[tuple[int, int]]:
    """Each column's horizontal extent in the table's rows (start of its leftmost to end of its rightmost text)."""
    spans = [(c, c + 1) for c in cols]
    for frags in rows:
        for x, end, _ in frags:
            j = _column_of(x, cols) or 0
            spans[j] = (min(spans[j][0], x), max(spans[j][1], end))
    return spans


def _split_wide(frags: list[tuple[int, int, str]], spans: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """A header fragment over two columns split at its double spaces ("STT  Chỉ tiêu" above "1   Hộ gia đình"):
    header cells are often closer together than the rows' cells."""
    out = []
    for x, end, text in frags:
        over = sum(1 for s, e in spans if x < e and s < end)
        if over > 1 and "  " in text:
            out += [(x + m.start(), x + m.end(), m.group()) for m in re.finditer(r"\S+(?: \S+)*", text)]
        else:
            out.append((x, end, text))
    return out


def _group_columns(x: int, end: int, line: list[tuple[int, int, str]], below: list[tuple[int, int, int, int]],
                   spans: list[tuple[int, int]], centre: int | None) -> list[int]:
    """The columns a header fragment spans as a group label ("Tỷ lệ đạt danh hiệu (%)" over "Gia đình | Khu phố |
    Công dân"), or [] when it is one column's header. It stands over two or more sub-headers of the header lines
    below — those it overlaps, or, alone on its line and shorter than they are wide, the run of columns around it whose
    headers are all on the nearest line (the columns beside them, "Năm", are merged down and sit higher) — and over
    no other column's text, nor from the margin: a caption centred over the page reaches into the wide columns, a
    paragraph's last line ("… phân bổ như sau:") starts at the margin."""
    if not below or x <= spans[0][1]:
        return []
    under = sorted({j for s, e, j, _ in below if x < e and s < end})
    if len(under) < 2 and centre is not None and len(line) == 1:
        nearest = max(ln for *_, ln in below)
        low = {j for *_, j, ln in below if ln == nearest} - {j for *_, j, ln in below if ln != nearest}
        if centre in low:
            lo = hi = centre
            while lo - 1 in low:
                lo -= 1
            while hi + 1 in low:
                hi += 1
            under = list(range(lo, hi + 1))
    if len(under) < 2 or any(x < e and s < end for j, (s, e) in enumerate(spans) if j not in under):
        return []
    return under


def _header_above(frags: list[list[tuple[int, int, str]]], a: int,
                  spans: list[tuple[int, int]]) -> tuple[int, list[list[tuple[int, str]]]]:
    """The column header lines above a table's first row (one blank line may part them), as (first line,
    rows of (column, text)): header cells are centred or wrapped ("STT   Hoạt động   Kinh phí (triệu" /
    "đồng)"), so they need not start where the rows' cells do; each fragment goes to the column it overlaps or
    stands nearest. A line whose text overlaps two columns is a paragraph, not a header; a header holds a line of
    two or more cells, and a one-cell line above that one belongs to it only when indented into the table
    (a wrapped, centred cell), not when it starts at the margin (a heading or a paragraph's last line)."""
    def column(x: int, end: int) -> int | None:
        over = [j for j, (s, e) in enumerate(spans) if x < e and s < end]
        if len(over) > 1:
            return None
        if over:
            return over[0]
        return min(range(len(spans)), key=lambda j: max(spans[j][0] - end, x - spans[j][1]))

    k = a - 1
    if k > 0 and not frags[k]:
        k -= 1
    found: list[tuple[int, list[tuple[int, str]]]] = []  # nearest the table first
    below: list[tuple[int, int, int, int]] = []  # (start, end, column, line) of the header fragments found below
    for n in range(k, max(-1, k - _HEADER_LINES), -1):
        if not frags[n]:
            break
        line = _split_wide(frags[n], spans)
        cells: list[tuple[int | None, str]] = []
        placed: list[tuple[int, int, int, int]] = []
        for x, end, t in line:
            own = column(x, end)
            for j in _group_columns(x, end, line, below, spans, own) or [own]:
                cells.append((j, t))
                if j is not None:
                    placed.append((x, end, j, n))
        below += placed
        if any(j is None for j, _ in cells) or len({j for j, _ in cells}) < len(cells):
            break
        found.append((n, [(j, t) for j, t in cells if j is not None]))
    multi = [i for i, (_, cells) in enumerate(found) if len(cells) >= 2]
    if not multi:
        return a, []
    top = multi[-1] + 1
    while top < len(found) and frags[found[top][0]][0][0] > spans[0][0]:
        top += 1
    head = list(reversed(found[:top]))
    return head[0][0], [cells for _, cells in head]


def _layout_tables(lines: list[str]) -> list[tuple[int, int, list[list[str]]]]:
    """Tables of a page's layout text: (first line, last line, rows of cells). A table is a run of lines of three
    or more wide-spaced fragments (with the wrapped lines between them) whose fragments line up in columns; its
    rows are the runs between blank lines, split again before each line that opens with a row number."""
    frags = [_fragments(ln) for ln in lines]
    anchors = [k for k, f in enumerate(frags) if len(f) >= 3 and not ragged(lines[k])]
    runs: list[list[int]] = []
    for k in anchors:
        if runs and k - runs[-1][-1] <= _TABLE_GAP:
            runs[-1].append(k)
        else:
            runs.append([k])
    out = []
    for run in runs:
        river = False  # columns from blank positions: each wide-spaced line is a row of its own
        cols = _columns([frags[k] for k in run])
        if len(run) < 2 or len(cols) < 3:
            continue
        b = run[-1]
        bad = [k for k in range(run[0], b + 1) if lines[k].strip() and _cells_of(frags[k], cols) is None]
        # lines failing the columns may only be the header on top (centred or wrapped cells: ``_header_above``)
        a = next((k for k in run if k > bad[-1]), b) if bad else run[0]
        if bad and (sum(k >= a for k in run) < 2 or any(k >= a for k in bad) or bad[-1] - run[0] >= _HEADER_LINES):
            # centred and right-aligned cells start anywhere in their column: the columns are then the runs of
            # positions some row writes in, parted by blank ones in every row (a blank cell keeps its column)
            cols = _river_columns([frags[k] for k in run])
            if len(cols) < 3 or any(lines[k].strip() and _cells_of(frags[k], cols) is None
                                    for k in range(run[0], b + 1)):
                continue
            a = run[0]
            river = True
        while a > 0 and lines[a - 1].strip() and _cells_of(frags[a - 1], cols) is not None:
            a -= 1  # the wrapped lines of the first row (or header) above its widest line
        while b + 1 < len(lines) and lines[b + 1].strip() and _cells_of(frags[b + 1], cols) is not None:
            b += 1
        spans = _column_spans([frags[k] for k in range(a, b + 1)], cols)
        head_start, head = _header_above(frags, a, spans)
        blocks: list[list[list[tuple[int, str]]]] = [[]]
        for k in range(a, b + 1):
            cells = _cells_of(frags[k], cols) if lines[k].strip() else None
            if not cells:
                blocks.append([])
                continue
            opens = cells[0][0] == 0 and (_ROW_NO_RE.match(cells[0][1]) or _YEAR_RE.match(cells[0][1]))
            if (river and len(cells) >= 3 and blocks[-1]) or (opens and any(c[0][0] == 0 for c in blocks[-1])):
                blocks.append([])
            blocks[-1].append(cells)
        if head:
            blocks.insert(0, head)
            a = head_start
        rows = []
        for block in blocks:
            if block:
                row = [" ".join(t for line in block for j, t in line if j == c) for c in range(len(cols))]
                rows.append(row)
        if (head or river) and len(rows) > 1:  # a wrapped header cell's last piece beside the first row's figure
            for c, cell in enumerate(rows[1]):
                # "(%) 40"; "GĐHT" over "2025" drawn on the row's line: "202578%"
                m = _UNIT_LEAD_RE.match(cell) or (_YEAR_LEAD_RE.match(cell)
                                                  if not re.search(r"\d{4}", rows[0][c]) else None)
                if m:
                    rows[0][c], rows[1][c] = f"{rows[0][c]} {m.group(1)}".strip(), m.group(2)
        out.append((a, b, rows))
    return out


_PAGE_LABEL_RE = re.compile(r"^\s*(?:[-–]\s*)?(?:(?:Trang|Page)\s+)?\d{1,3}(?:\s*/\s*\d{1,3})?(?:\s*[-–])?\s*$",
                            re.IGNORECASE)
_EDGE = 2  # lines at the top and at the bottom of a page where running headers and footers sit


def drop_page_furniture(pages: list[str]) -> list[str]:
    """Pages without their running headers and footers: page labels ("Trang 3", "3/7", "- 3 -") and lines
    repeated at the same edge (top or bottom) of several pages, digits aside ("UBND xã … - Trang 2"). A heading
    or a paragraph that runs across a page break is then rejoined by the cleaner as if the break were not there."""
    def key(line: str) -> str:
        return re.sub(r"\d+", "#", " ".join(line.split()))

    edges: list[dict[int, str]] = []  # per page: line index → "top" | "bottom"
    seen: dict[tuple[str, str], set[int]] = {}
    for p, text in enumerate(pages):
        lines = text.split("\n")
        idx = [i for i, ln in enumerate(lines) if ln.strip()]
        edge = {i: "bottom" for i in idx[-_EDGE:]} | {i: "top" for i in idx[:_EDGE]}
        edges.append(edge)
        for i, where in edge.items():
            if not lines[i].lstrip().startswith("|"):  # a table header repeated on each page is not furniture
                seen.setdefault((where, key(lines[i])), set()).add(p)
    repeated = {k for k, ps in seen.items() if len(ps) >= max(2, len(pages) // 3) and len(k[1]) <= 120}
    out = []
    for p, text in enumerate(pages):
        lines = text.split("\n")
        drop = {i for i, where in edges[p].items()
                if _PAGE_LABEL_RE.match(lines[i]) or (where, key(lines[i])) in repeated}
        out.append("\n".join(ln for i, ln in enumerate(lines) if i not in drop))
    return out


_NOTE_START_RE = re.compile(rf"^\s*(\d{{1,2}})\s+(?=[“\"(]?[{UPPER}])\S")
_NOTE_LINES = 8  # a page's footnotes take at most this many lines at its foot
# a footnote mark glued to what precedes it: a letter or closing mark ("đời3", "”3"), or a short number ("Bảng 13")
_GLUED = r"(?:(?<=[^\W\d_])|(?<=[”\")\].,;:])|(?<=\s\d)|(?<=\s\d\d))"


def mark_footnotes(pages: list[str]) -> list[str]:
    """Footnotes at a page's foot ("3 Theo Quyết định số …", wrapped lines included) as one line each, marked with
    ``FOOTNOTE_PREFIX``, so the cleaner lifts them out of the text flow: a paragraph running across the page break
    is not cut by them, and "3 Theo …" never reads as a heading or a figure. A footnote is numbered, follows the
    page's last body line, and its number stands glued to a word above it on the page ("đời3", "Bảng 13")."""
    out = []
    last = 0  # footnotes are numbered on through the document
    for text in pages:
        lines = text.split("\n")
        idx = [i for i, ln in enumerate(lines) if ln.strip()]
        block: int | None = None
        for k in idx[-_NOTE_LINES:]:
            m = _NOTE_START_RE.match(lines[k])
            if not m or int(m.group(1)) <= last or k == idx[0]:
                continue
            above = "\n".join(lines[:k])
            tail = [lines[i] for i in idx if i >= k]
            nums = [int(n.group(1)) for ln in tail if (n := _NOTE_START_RE.match(ln))]
            glued = all(re.search(rf"{_GLUED}{n}(?!\d|[/.,:-]\d|\s*%)", above) for n in nums)
            if glued and nums == list(range(nums[0], nums[0] + len(nums))) \
                    and not any(MARKER_RE.match(ln.strip()) for ln in tail):
                block = k
                last = nums[-1]
                break
        if block is None:
            out.append(text)
            continue
        notes: list[str] = []
        for ln in lines[block:]:
            if not ln.strip():
                continue
            if _NOTE_START_RE.match(ln) or not notes:
                notes.append(ln.strip())
            else:
                notes[-1] += " " + ln.strip()
        out.append("\n".join(lines[:block] + [FOOTNOTE_PREFIX + n for n in notes]))
    return out


def _upright(reader: Any) -> list[tuple[Any, Any]]:
    """Each page, with its upright copy for the layout extraction: a landscape page stored turned (/Rotate 90, an
    annex's wide table) has its turn moved into its content, so the layout extraction sees rows instead of rotated
    text it gives up on (the plain extraction reads the page as stored: it garbles the turned copy)."""
    pages = list(reader.pages)
    if not any(int(page.get("/Rotate") or 0) % 360 for page in pages):
        return [(page, page) for page in pages]
    from pypdf import PdfWriter

    try:
        writer = PdfWriter(clone_from=reader)
        for page in writer.pages:
            if int(page.get("/Rotate") or 0) % 360:
                page.transfer_rotation_to_content()
        return list(zip(pages, writer.pages, strict=True))
    except Exception:  # noqa: BLE001 - a best effort: the page as stored still reads, without its columns
        return [(page, page) for page in pages]


def _opens_without_password(reader: PdfReader) -> bool:
    """Does an encrypted PDF open with the empty user password (its text readable)?"""
    from pypdf.errors import PyPdfError

    try:
        return bool(reader.decrypt(""))
    except (PyPdfError, NotImplementedError, ValueError):  # an algorithm pypdf cannot run here
        return False


def read_pdf(data: bytes, name: str) -> str:
    """Text of a text-layer PDF, page by page (page furniture is dropped later by the cleaner)."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    check_pdf_header(data, name)
    try:
        reader = PdfReader(io.BytesIO(data))
        # (a PDF locked only against editing or printing — an owner password, the empty user password — opens
        # to anyone, as it does in a viewer: many government exports are made so)
        if reader.is_encrypted and not _opens_without_password(reader):
            raise UploadRejected("encrypted_pdf", f"Tệp PDF {name} được mã hóa (có mật khẩu); hãy gỡ mật khẩu rồi tải lại",
                                 f"PDF {name} is encrypted (password-protected); remove the password and upload again")
        ruled = ruled_tables(data)
        pages = mark_footnotes(drop_page_furniture([_with_columns(page, ruled[p] if p < len(ruled) else None, turned)
                                                    for p, (page, turned) in enumerate(_upright(reader))]))
    except IngestError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError) as exc:
        raise UploadRejected("corrupt_file", f"Tệp PDF {name} bị hỏng hoặc không hợp lệ",
                             f"PDF {name} is corrupt or invalid") from exc
    text = "\n".join(pages)
    if sum(ch.isalpha() for ch in text) < 80:
        raise UploadRejected(
            "no_text_layer",
            f"PDF không có lớp chữ (cần OCR): {name} có vẻ là bản quét; hãy nhận dạng chữ (OCR) hoặc tải bản PDF có chữ",
            f"PDF has no text layer (OCR needed): {name} looks scanned; run OCR or upload a PDF with text",
        )
    return text
