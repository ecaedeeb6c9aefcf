"""Markdown as converters export it (pandoc from Word, docling or marker from PDF) → the plain markdown the cleaner reads.

Converters write what the cleaner would misread: backslash escapes ("1\\.", "\\-", '\\"') that hide item numbers and
bullets; pandoc **grid tables** ("+----+" borders, each cell wrapped over several lines, so one row is many lines and
its columns interleave); **HTML tables** with ``colspan``/``rowspan`` and ``<br>`` inside cells; comments standing for
images and page breaks; footnotes as ``[^1]`` marks with their text at the end; figures written as inline **LaTeX**
by PDF-to-markdown tools (MinerU, marker: "$\\geq 90 \\%$", "$2.500$ người"). Tables become pipe rows (a cell's
paragraphs parted by ``<br>``, which the layout unfolding or the cell joining of the reader then resolves), footnote
texts become footnote lines, the rest is dropped.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from ingest.clean import FOOTNOTE_PREFIX

BR = "<br>"
# CommonMark: a backslash before ASCII punctuation is an escape (plans have no literal backslashes)
_HARD_BREAK_RE = re.compile(r"\\(?=\r?\n)")  # pandoc's hard line break: a backslash ending the line
_ESCAPE_RE = re.compile(r"\\([!-/:-@\[-`{}~])")  # not "\\|": a pipe inside a cell stays apart from the borders
_COMMENT_RE = re.compile(r"<!--.*?-->", re.DOTALL)
_IMAGE_RE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK_RE = re.compile(r"(?<!!)\[([^\]^][^\]]*)\]\((?:[^)\s]+)(?:\s+\"[^\"]*\")?\)")
_NOTE_DEF_RE = re.compile(r"^\s*\[\^([^\]\s]+)\]:\s*(.*)$")
# reference-style links: "[Quyết định số 1373/QĐ-TTg][qd1373]" reads as its text; the definitions
# ("[qd1373]: https://… "title"") are addresses, not plan text
_REF_LINK_RE = re.compile(r"(?<!!)\[([^\]^][^\]]*)\]\[[^\]\n]*\]")
_REF_DEF_RE = re.compile(r"^ {0,3}\[(?!\^)[^\]\n]+\]:[ \t]*<?(?:https?://|www\.|/|#|mailto:)\S*>?(?:[ \t]+[\"'(].*[\"')])?[ \t]*$",
                         re.MULTILINE)
# struck-through text is text deleted from the draft ("~~68%~~ 70%"): never the plan's
# an ATX heading's optional closing hashes ("## 2. Phòng Nội vụ ##", "# KẾ HOẠCH #") close nothing of the text
_CLOSING_HASHES_RE = re.compile(r"^(#{1,6}[ \t]+\S.*?)[ \t]+#+[ \t]*$", re.MULTILINE)
_STRUCK_RE = re.compile(r"~~(?=\S)(?:[^~\n]|~(?!~))+?(?<=\S)~~")
_NOTE_REF_RE = re.compile(r"\[\^[^\]\s]+\]")
_RULE_RE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$")
_BORDER_RE = re.compile(r"^\s*\+(?:[-=:]+\+)+\s*$")
_HTML_TABLE_RE = re.compile(r"<table\b.*?</table\s*>", re.IGNORECASE | re.DOTALL)
_ENTITY_RE = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{1,5}|#x[0-9a-fA-F]{1,4});")


def join_pieces(pieces: list[str]) -> str:
    """A cell's pieces (paragraphs, lines a soft break parts) on one line: "; " where a piece ends without
    punctuation and the next opens a new item in capitals, so "Chủ trì …" / "Tổng hợp …" do not run together;
    a label broken before its lower-case rest or a quoted name ("đạt danh hiệu" / "“Gia đình học tập”") reads on."""
    out = ""
    for x in (p.strip() for p in pieces):
        if not x:
            continue
        new_item = x[0].isupper() and not out.endswith((".", ";", ":", ","))
        out = x if not out else f"{out}; {x}" if new_item else f"{out} {x}"
    return out


def pipe_row(cells: list[str]) -> str:
    """A markdown table row; a cell's own "|" becomes "/" and its line breaks ``<br>``."""
    return "| " + " | ".join(c.replace("|", "/").replace("\n", BR) for c in cells) + " |"


def separator_row(ncols: int) -> str:
    """The row under a markdown table's header rows."""
    return "|" + "---|" * ncols


# ---------------------------------------------------------------------------------------------------- grid tables
def _grid_cells(line: str, bounds: list[int]) -> list[str]:
    """A grid content line's cells: split at its pipes when they are as many as the columns, else cut at the
    border's column positions (a cell holding "|" itself)."""
    inner = line.strip()
    parts = inner[1:-1].split("|") if inner.endswith("|") else []
    if len(parts) == len(bounds) - 1:
        return [p.strip() for p in parts]
    line = line.rstrip()
    return [line[a + 1:b].strip() for a, b in zip(bounds, bounds[1:], strict=False)]


def _grid_block(lines: list[str]) -> list[str]:
    """One grid table (its border and content lines) as pipe rows; a header separator ("+===+") keeps its place."""
    bounds = [i for i, ch in enumerate(lines[0].rstrip()) if ch == "+"]
    ncols = len(bounds) - 1
    rows: list[list[str]] = []
    header_rows = 0
    cur: list[list[str]] = []  # per column: the row's lines so far

    def close() -> None:
        nonlocal cur
        if cur and any(any(x for x in col) for col in cur):
            cells = []
            for col in cur:
                paras, para = [], []  # an empty line inside a cell parts its paragraphs
                for x in col + [""]:
                    if x:
                        para.append(x)
                    elif para:
                        paras.append(" ".join(para))
                        para = []
                cells.append("\n".join(paras))
            rows.append(cells)
        cur = []

    for ln in lines[1:]:
        if _BORDER_RE.match(ln):
            close()
            if "=" in ln and not header_rows:
                header_rows = len(rows)
            continue
        cells = _grid_cells(ln, bounds)
        if not cur:
            cur = [[] for _ in range(ncols)]
        for j, c in enumerate(cells[:ncols]):
            cur[j].append(c)
    close()
    out = [pipe_row(r) for r in rows]
    if header_rows:
        out.insert(header_rows, separator_row(ncols))
    return out


def grid_tables(text: str) -> str:
    """Pandoc grid tables → pipe rows (see module docstring); other lines unchanged."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if _BORDER_RE.match(lines[i]):
            j = i + 1
            while j < len(lines) and (lines[j].lstrip().startswith("|") or _BORDER_RE.match(lines[j])):
                j += 1
            block = lines[i:j]
            while block and not _BORDER_RE.match(block[-1]):
                block.pop()  # a table ends on its border
            if len(block) >= 3:
                out += [""] + _grid_block(block) + [""]
                out += lines[i + len(block):j]
                i = j
                continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------------- HTML tables
class _TableParser(HTMLParser):
    """Rows of (text, colspan, rowspan, is header cell, in thead) of one ``<table>``."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[tuple[str, int, int, bool]]] = []
        self.head: list[bool] = []
        self._cell: list[str] | None = None
        self._span = (1, 1, False)
        self._thead = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "thead":
            self._thead = True
        elif tag == "tr":
            self.rows.append([])
            self.head.append(self._thead)
        elif tag in ("td", "th"):
            if not self.rows:
                self.rows.append([])
                self.head.append(self._thead)
            self._cell = []
            self._span = (_int(a.get("colspan")), _int(a.get("rowspan")), tag == "th")
        elif tag == "br" and self._cell is not None:
            self._cell.append("\n")
        elif tag in ("p", "div", "li") and self._cell:
            self._cell.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "thead":
            self._thead = False
        elif tag in ("td", "th") and self._cell is not None:
            text = "\n".join(" ".join(p.split()) for p in "".join(self._cell).split("\n") if p.strip())
            self.rows[-1].append((text, *self._span))
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def _int(v: str | None) -> int:
    try:
        return max(1, min(50, int(v or 1)))
    except ValueError:
        return 1


def _html_table(markup: str) -> list[str]:
    """One HTML table as pipe rows: merged cells repeat their text in every grid slot they cover (the cleaner
    writes a repeated cell once), header rows (``<thead>``, or leading rows of ``<th>`` only) above a separator."""
    p = _TableParser()
    p.feed(markup)
    p.close()
    grid: dict[tuple[int, int], str] = {}
    heads: list[bool] = []
    for r, row in enumerate(p.rows):
        c = 0
        for text, colspan, rowspan, _th in row:
            while (r, c) in grid:
                c += 1
            for dr in range(rowspan):
                for dc in range(colspan):
                    grid[(r + dr, c + dc)] = text
            c += colspan
        heads.append(p.head[r] or (bool(row) and all(cell[3] for cell in row)))
    if not grid:
        return []
    nrows = max(r for r, _ in grid) + 1
    ncols = max(c for _, c in grid) + 1
    rows = [[grid.get((r, c), "") for c in range(ncols)] for r in range(nrows)]
    header = 0
    while header < len(heads) and heads[header] and header < nrows - 1:
        header += 1
    out = [pipe_row(r) for r in rows if any(r)]
    if header:
        out.insert(header, separator_row(ncols))
    return out


# inline math as PDF-to-markdown tools write figures: "$95\%$", "$\geq 98 \%$", "$1{,}5$ tỷ"; plans hold no "$"
_MATH_RE = re.compile(r"\$(?!\s)([^$\n]{1,80}?)(?<!\s)\$")
_LATEX_SYMBOLS = {"geq": "≥", "ge": "≥", "geqslant": "≥", "leq": "≤", "le": "≤", "leqslant": "≤", "times": "×",
                  "approx": "≈", "sim": "~", "pm": "±", "cdot": "·", "div": ":", "neq": "≠", "to": "→",
                  "rightarrow": "→", "%": "%", ",": "", ";": " ", " ": " ", "{": "", "}": ""}
_LATEX_CMD_RE = re.compile(r"\\([a-zA-Z]+|[%,; {}])")
_LATEX_WRAP_RE = re.compile(r"\\(?:text|mathrm|mathbf|textbf|mathit|operatorname)\s*\{([^{}]*)\}")


def _plain_math(m: re.Match[str]) -> str:
    """One inline formula as the text it stands for: "\\geq 98 \\%" → "≥ 98%", "1{,}5" → "1,5"."""
    body = _LATEX_WRAP_RE.sub(r"\1", m.group(1))
    if re.search(r"\\[a-zA-Z]+", _LATEX_CMD_RE.sub(lambda c: "" if c.group(1) in _LATEX_SYMBOLS else c.group(0),
                                                     body)):
        return m.group(0)  # a command we cannot read: leave the formula as written
    body = _LATEX_CMD_RE.sub(lambda c: _LATEX_SYMBOLS[c.group(1)], body).replace("{", "").replace("}", "")
    return re.sub(r"\s+%", "%", re.sub(r"\s+", " ", body)).strip()


def latex_figures(text: str) -> str:
    return _MATH_RE.sub(_plain_math, text)


def html_tables(text: str) -> str:
    return _HTML_TABLE_RE.sub(lambda m: "\n\n" + "\n".join(_html_table(m.group(0))) + "\n\n", text)


# ----------------------------------------------------------------------------------------------------- the pass
_SUP_NOTE_RE = re.compile(r"^[ \t]*<sup>\s*(\d{1,3})\s*</sup>", re.I | re.M)
_SUP_MARK_RE = re.compile(r"<sup>\s*(\d{1,3})\s*</sup>", re.I)


def normalise_export(text: str) -> str:
    """The whole pass (see module docstring). Plain text goes through unchanged but for backslash escapes."""
    text = _COMMENT_RE.sub("\n", text)
    if "<sup>" in text.lower():
        # a PDF converter's footnotes ("…cộng đồng<sup>1</sup>", "<sup>1</sup> Số liệu …" at the page end): read
        # as markdown footnotes, the mark out of the words it follows, the note after the line that marks it
        text = _SUP_NOTE_RE.sub(r"[^\1]:", text)
        text = _SUP_MARK_RE.sub(r"[^\1]", text)
    if "$" in text:
        text = latex_figures(text)
    if "<table" in text.lower():
        text = html_tables(text)
    text = _ESCAPE_RE.sub(r"\1", _HARD_BREAK_RE.sub("", text))
    if "+-" in text or "+=" in text:
        text = grid_tables(text)
    if _ENTITY_RE.search(text):
        text = html.unescape(text)
    text = _LINK_RE.sub(r"\1", _IMAGE_RE.sub("", text))
    if "][" in text or "]:" in text:
        text = _REF_LINK_RE.sub(r"\1", _REF_DEF_RE.sub("", text))
    if "#" in text:
        text = _CLOSING_HASHES_RE.sub(r"\1", text)
    if "~~" in text:
        text = _STRUCK_RE.sub("", text)
    lines = text.replace("\\|", "/").split("\n")
    notes = {m.group(1): m.group(2).strip() for ln in lines if (m := _NOTE_DEF_RE.match(ln))}
    out = []
    for ln in lines:
        if _NOTE_DEF_RE.match(ln):
            continue
        if _RULE_RE.match(ln):
            out.append("")
            continue
        refs = _NOTE_REF_RE.findall(ln) if "[^" in ln else []
        out.append(_NOTE_REF_RE.sub("", ln) if refs else ln)
        # a footnote's text right after the line marking it: the cleaner lifts it out of the paragraph
        out += [FOOTNOTE_PREFIX + notes[r[2:-1]] for r in refs if notes.get(r[2:-1])]
    return "\n".join(out)
