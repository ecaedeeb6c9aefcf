"""A plan saved as OpenDocument text (.odt, LibreOffice Writer — the format state bodies are asked to use).

The reader gives what the Word reader gives for the same page: a line per paragraph, a wholly bold paragraph or a
heading (``text:h``) as a ``**…**`` hint, tables as pipe rows with merged cells spelled out under every column and
row they cover, the header and signature layout tables as plain lines, footnotes lifted out of the flow. Two things
an honest reader of ``content.xml`` would lose are drawn back: the numbers LibreOffice draws for list items and
numbered headings ("1.", "a)", "II."), which are in the list style, not the text; and nothing deleted under change
tracking is read (its text sits in ``text:tracked-changes``), nor comments (``office:annotation``).
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from typing import Any

from lxml import etree

from ingest.clean import FOOTNOTE_PREFIX
from ingest.errors import UploadRejected
from ingest.mdexport import join_pieces
from ingest.readers import LAYOUT_RE, _format_number, _layout_row, markdown_table
from ingest.sniff import check_zip

_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
}
_MAX_REPEAT = 64  # a repeated empty cell or row is stored once with a count; spreadsheets use huge ones


def _q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{_NS[prefix]}}}{local}"


_SKIP = {_q(t) for t in ("office:annotation", "office:annotation-end", "text:tracked-changes", "text:note",
                         "text:table-of-content", "text:alphabetical-index", "text:illustration-index",
                         "text:bibliography", "office:forms", "text:sequence-decls", "text:variable-decls",
                         "text:user-field-decls", "draw:frame", "draw:custom-shape")}
_PARAS = (_q("text:p"), _q("text:h"))


def read_odt(data: bytes, name: str) -> str:
    """Paragraphs and tables of an .odt in order (see the module docstring)."""
    check_zip(data, name, ("content.xml",), "OpenDocument")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            content = etree.fromstring(zf.read("content.xml"))
            styles = etree.fromstring(zf.read("styles.xml")) if "styles.xml" in zf.namelist() else None
    except (zipfile.BadZipFile, KeyError, OSError, etree.XMLSyntaxError) as exc:
        raise UploadRejected("corrupt_file", f"Tệp OpenDocument {name} bị hỏng hoặc không hợp lệ",
                             f"OpenDocument file {name} is corrupt or invalid") from exc
    body = content.find(f"{_q('office:body')}/{_q('office:text')}")
    if body is None:
        raise UploadRejected("corrupt_file", f"Tệp {name} không phải văn bản OpenDocument (.odt)",
                             f"{name} is not an OpenDocument text (.odt)")
    return _Reader([content, styles] if styles is not None else [content]).read(body)


class _Styles:
    """Bold and list numbering as the document's styles set them (automatic styles over named ones)."""

    def __init__(self, roots: list[Any]) -> None:
        self.bold: dict[str, bool | None] = {}
        self.parent: dict[str, str] = {}
        self.list_of: dict[str, str] = {}  # paragraph style → the list style it numbers with
        self.lists: dict[str, dict[int, tuple[str, str, str, int, int]]] = {}
        self.outline: dict[int, tuple[str, str, str, int, int]] = {}
        for root in roots:
            for st in root.iter(_q("style:style")):
                key = st.get(_q("style:name")) or ""
                props = st.find(_q("style:text-properties"))
                weight = props.get(_q("fo:font-weight")) if props is not None else None
                self.bold[key] = None if weight is None else weight in ("bold", "600", "700", "800", "900")
                if st.get(_q("style:parent-style-name")):
                    self.parent[key] = st.get(_q("style:parent-style-name"))
                if st.get(_q("style:list-style-name")):
                    self.list_of[key] = st.get(_q("style:list-style-name"))
            for ls in root.iter(_q("text:list-style")):
                self.lists[ls.get(_q("style:name")) or ""] = _levels(ls)
            for os_ in root.iter(_q("text:outline-style")):
                self.outline = _levels(os_)

    def is_bold(self, style: str | None) -> bool | None:
        seen = set()
        while style and style not in seen:
            seen.add(style)
            if self.bold.get(style) is not None:
                return self.bold[style]
            style = self.parent.get(style)
        return None


def _levels(list_style: Any) -> dict[int, tuple[str, str, str, int, int]]:
    """level → (format, prefix, suffix, levels shown, start); a bullet's format is "bullet"."""
    out = {}
    for lvl in list_style:
        level = int(lvl.get(_q("text:level")) or 1)
        if lvl.tag == _q("text:list-level-style-bullet"):
            out[level] = ("bullet", "", "", 1, 1)
        elif lvl.tag == _q("text:list-level-style-number") or lvl.tag == _q("text:outline-level-style"):
            out[level] = (lvl.get(_q("style:num-format")) or "", lvl.get(_q("style:num-prefix")) or "",
                          lvl.get(_q("style:num-suffix")) or "", int(lvl.get(_q("text:display-levels")) or 1),
                          int(lvl.get(_q("text:start-value")) or 1))
    return out


# ODF's number formats in Word's names, so one formatter draws both
_WORD_FORMATS = {"I": "upperRoman", "i": "lowerRoman", "A": "upperLetter", "a": "lowerLetter"}


def _number(n: int, fmt: str) -> str:
    return _format_number(n, _WORD_FORMATS.get(fmt, "decimal"))


class _Counter:
    """Counters of one numbering (a list style, or the heading outline): level → current number."""

    def __init__(self, levels: dict[int, tuple[str, str, str, int, int]]) -> None:
        self.levels = levels
        self.counts: dict[int, int] = {}

    def next(self, level: int, start: int | None = None) -> str:
        fmt, prefix, suffix, shown, first = self.levels.get(level, ("", "", "", 1, 1))
        self.counts[level] = start if start is not None else self.counts.get(level, first - 1) + 1
        for deeper in [k for k in self.counts if k > level]:
            del self.counts[deeper]
        if fmt == "bullet":
            return "-"
        if not fmt:
            return ""
        parts = []
        for k in range(level - shown + 1, level + 1):
            fmt_k, _, _, _, first_k = self.levels.get(k, ("1", "", "", 1, 1))
            parts.append(_number(self.counts.get(k, first_k), fmt_k or "1"))
        return f"{prefix}{'.'.join(parts)}{suffix}".strip()


class _Reader:
    def __init__(self, roots: list[Any]) -> None:
        self.styles = _Styles(roots)
        self.counters: dict[str, _Counter] = {}
        self.outline = _Counter(self.styles.outline)
        self.out: list[str] = []
        self.seen_text = False
        self.list_ids: dict[str, str] = {}  # xml:id of a list → its list style (text:continue-list)

    def read(self, body: Any) -> str:
        self.blocks(body)
        return "\n".join(self.out)

    def blocks(self, parent: Any, list_style: str | None = None, depth: int = 0) -> None:
        for el in parent:
            if not isinstance(el.tag, str) or el.tag in _SKIP:
                continue
            if el.tag in _PARAS:
                self.paragraph(el, "")
            elif el.tag == _q("text:list"):
                self.list(el, list_style, depth)
            elif el.tag == _q("table:table"):
                self.table(el)
            else:  # text:section, text:soft-page-break and other containers
                self.blocks(el, list_style, depth)

    def list(self, el: Any, outer_style: str | None, depth: int) -> None:
        style = el.get(_q("text:style-name")) or outer_style or ""
        cont = el.get(_q("text:continue-list"))
        if cont:
            style = self.list_ids.get(cont, style)
        xml_id = el.get("{http://www.w3.org/XML/1998/namespace}id") or el.get(_q("text:id"))
        if xml_id:
            self.list_ids[xml_id] = style
        if depth == 0 and not cont and el.get(_q("text:continue-numbering")) != "true":
            self.counters.pop(style, None)  # a new list starts its numbers again
        counter = self.counters.setdefault(style, _Counter(self.styles.lists.get(style, {})))
        for item in el:
            if item.tag not in (_q("text:list-item"), _q("text:list-header")):
                continue
            start = item.get(_q("text:start-value"))
            label_done = item.tag == _q("text:list-header")
            for child in item:
                if child.tag in _PARAS and not label_done:
                    label = counter.next(depth + 1, int(start) if start else None)
                    self.paragraph(child, label)
                    label_done = True
                elif child.tag in _PARAS:
                    self.paragraph(child, "")
                elif child.tag == _q("text:list"):
                    self.list(child, style, depth + 1)
                elif child.tag == _q("table:table"):
                    self.table(child)

    def paragraph(self, p: Any, label: str) -> None:
        notes: list[str] = []
        boxes: list[str] = []
        text = _inline(p, notes, boxes).strip()
        more = boxes + [FOOTNOTE_PREFIX + n for n in notes]
        if not text:
            self.out.extend([*more, ""] if more else [""])
            return
        heading = p.tag == _q("text:h")
        if heading and not label and self.styles.outline and p.get(_q("text:is-list-header")) != "true":
            label = self.outline.next(int(p.get(_q("text:outline-level")) or 1))
        if label and not text.startswith(label):
            text = f"{label} {text}"
        self.seen_text = True
        if heading or self._all_bold(p):
            self.out.extend(f"**{part.strip()}**" for part in text.split("\n") if part.strip())
        else:
            self.out.append(text)
        self.out.extend(["", *more] if more else [])
        self.out.append("")

    def _all_bold(self, p: Any) -> bool:
        para_bold = bool(self.styles.is_bold(p.get(_q("text:style-name"))))
        seen = False
        for node, bold in _runs(p, para_bold, self.styles):
            if node.strip():
                seen = True
                if not bold:
                    return False
        return seen

    def table(self, table: Any) -> None:
        grid, header_rows, cells = _grid(table)
        if not grid or not any(any(row) for row in grid):
            return
        if len(grid[0]) == 1 and (sum(len(c.findall(_q("text:p"))) for c in cells) >= 8
                                  or any(c.find(_q("table:table")) is not None for c in cells)):
            for c in cells:  # a one-column frame around the plan's body
                self.blocks(c)
            return
        if not header_rows:
            header_rows = self._bold_rows(table)
        if not self.seen_text or any(LAYOUT_RE.search(t) for row in grid for t in row):
            for row in table.iter(_q("table:table-row")):
                self.out.extend(_layout_row([[t for q in c.iter(*_PARAS) if (t := _inline(q, [], []).strip())]
                                             for c in row if c.tag == _q("table:table-cell")]))
            self.out.append("")
            return
        self.out.extend(markdown_table(grid, header_rows if header_rows < len(grid) else 0))
        self.out.append("")

    def _bold_rows(self, table: Any) -> int:
        n = 0
        for row in _rows(table):
            paras = [q for c in row for q in c.iter(*_PARAS)]
            texts = [q for q in paras if _inline(q, [], []).strip()]
            if not texts or not all(self._all_bold(q) for q in texts):
                break
            n += 1
        return n


def _runs(p: Any, bold: bool, styles: _Styles) -> Iterator[tuple[str, bool]]:
    """(text, bold) pieces of a paragraph: a span's style overrides the paragraph's."""
    if p.text:
        yield p.text, bold
    for child in p:
        if not isinstance(child.tag, str) or child.tag in _SKIP:
            pass
        elif child.tag == _q("text:span") or child.tag == _q("text:a"):
            own = styles.is_bold(child.get(_q("text:style-name")))
            yield from _runs(child, bold if own is None else own, styles)
        elif child.tag == _q("text:s"):
            yield " ", bold
        else:
            yield from _runs(child, bold, styles)
        if child.tail:
            yield child.tail, bold


def _inline(p: Any, notes: list[str], boxes: list[str]) -> str:
    """A paragraph's text: spans, links and fields read through, ``text:s`` as its spaces, a tab as a space, a line
    break as "\\n"; footnote bodies go to ``notes``, text-box paragraphs to ``boxes``, comments nowhere."""
    parts: list[str] = [_ws(p.text)]
    for child in p:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == _q("text:s"):
            parts.append(" " * min(int(child.get(_q("text:c")) or 1), 8))
        elif tag == _q("text:tab"):
            parts.append(" ")
        elif tag == _q("text:line-break"):
            parts.append("\n")
        elif tag == _q("text:note"):
            body = child.find(_q("text:note-body"))
            if body is not None:
                text = " ".join(t for q in body.iter(*_PARAS) if (t := _inline(q, [], []).strip()))
                if text:
                    notes.append(text)
        elif tag in (_q("draw:frame"), _q("draw:custom-shape")):
            boxes.extend(t for q in child.iter(*_PARAS) if (t := _inline(q, [], []).strip()))
        elif tag and tag not in _SKIP:
            parts.append(_inline(child, notes, boxes))
        parts.append(_ws(child.tail))
    return "".join(parts)


def _ws(text: str | None) -> str:
    """ODF collapses a run of spaces, tabs and newlines in the XML to one space (``text:s`` writes real ones)."""
    return re.sub(r"[ \t\r\n]+", " ", text) if text else ""


def _rows(table: Any) -> list[list[Any]]:
    """The table's rows (header rows, row groups read through; nested tables left to their cells), each a list of
    its cell elements (covered cells included), repeated rows repeated."""
    out = []
    for el in table:
        if el.tag == _q("table:table-row"):
            cells = [c for c in el if c.tag in (_q("table:table-cell"), _q("table:covered-table-cell"))]
            out.extend([cells] * min(int(el.get(_q("table:number-rows-repeated")) or 1), _MAX_REPEAT))
        elif el.tag in (_q("table:table-header-rows"), _q("table:table-rows"), _q("table:table-row-group")):
            out.extend(_rows(el))
    return out


def _cell_text(cell: Any) -> str:
    return join_pieces([x for q in cell.iter(*_PARAS) for x in re.split(r"\n", _inline(q, [], []))])


def _grid(table: Any) -> tuple[list[list[str]], int, list[Any]]:
    """Cell texts per grid column, a merged cell's text under every column and row it spans (as python-docx gives
    Word's), the number of declared header rows, and the distinct cells."""
    rows = _rows(table)
    header = table.find(_q("table:table-header-rows"))
    header_rows = len(_rows(header)) if header is not None else 0
    filled: dict[tuple[int, int], str] = {}
    cells: list[Any] = []
    width = 0
    for r, row in enumerate(rows):
        col = 0
        for c in row:
            repeat = min(int(c.get(_q("table:number-columns-repeated")) or 1), _MAX_REPEAT)
            for _ in range(repeat):
                while (r, col) in filled and c.tag == _q("table:table-cell"):
                    col += 1
                if c.tag == _q("table:covered-table-cell"):
                    filled.setdefault((r, col), "")
                    col += 1
                    continue
                cells.append(c)
                text = _cell_text(c)
                span_c = int(c.get(_q("table:number-columns-spanned")) or 1)
                span_r = int(c.get(_q("table:number-rows-spanned")) or 1)
                for i in range(span_r):
                    for j in range(span_c):
                        filled[(r + i, col + j)] = text
                col += span_c
        width = max(width, col)
    grid = [[filled.get((r, c), "") for c in range(width)] for r in range(len(rows))]
    while grid and width and all(not row[-1] for row in grid):  # trailing empty repeated columns
        grid = [row[:-1] for row in grid]
        width -= 1
    return grid, header_rows, cells
