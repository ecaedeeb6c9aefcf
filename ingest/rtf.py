"""A plan saved as Rich Text (.rtf: Word's "Save as RTF", WordPad, older e-office exports).

Read as a reader of the page sees it: the body's paragraphs in order; font, colour and style tables, document
info, headers and footers, pictures and field instructions are not text (a field's shown result is); hidden
text (``\\v``) is not shown, so not read. Bytes written as ``\\'xx`` are decoded with the file's code page
(``\\ansicpg1258`` — Windows Vietnamese, whose tone marks are combining characters; NFC later joins them),
``\\uN`` is the character itself (its ``\\ucN`` fallback skipped). Tables are read as the .docx reader reads them:
the letterhead and the signature block (layout tables) as plain lines cell by cell, data tables as pipe rows —
a cell's paragraphs joined on its line, a vertically merged-over cell empty, a row marked ``\\trhdr`` a header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.errors import UploadRejected
from ingest.readers import LAYOUT_RE, _layout_row, markdown_table

# groups whose text is never body text
_SKIP = {"fonttbl", "colortbl", "stylesheet", "info", "header", "headerl", "headerr", "headerf", "footer",
         "footerl", "footerr", "footerf", "pict", "object", "themedata", "colorschememapping", "datastore",
         "latentstyles", "listtable", "listoverridetable", "rsidtbl", "generator", "xmlnstbl", "fldinst",
         "filetbl", "revtbl", "pgdsctbl", "template", "mmathPr", "nonshppict", "bkmkstart", "bkmkend", "footnote",
         "annotation", "atnid", "atnauthor"}
_TOKEN_RE = re.compile(r"\\'([0-9a-fA-F]{2})|\\([a-zA-Z]+)(-?\d+)? ?|\\([^a-zA-Z])|([{}])|([\r\n]+)|([^\\{}\r\n]+)")
_SYMBOLS = {"~": "\u00a0", "_": "\u2011", "-": "", "\\": "\\", "{": "{", "}": "}"}


@dataclass
class _State:
    skip: bool = False
    hidden: bool = False
    uc: int = 1


@dataclass
class _Reader:
    codepage: str = "cp1252"
    lines: list[str] = field(default_factory=list)
    para: list[str] = field(default_factory=list)  # the paragraph being read
    pending: bytearray = field(default_factory=bytearray)  # \'xx bytes not yet decoded
    in_table: bool = False
    cell: list[str] = field(default_factory=list)  # the cell's paragraphs
    row: list[list[str]] = field(default_factory=list)
    rows: list[list[list[str]]] = field(default_factory=list)
    header_rows: int = 0
    row_is_header: bool = False
    merges: list[str] = field(default_factory=list)  # per cell of the row: "", "h" (merged into the left), "v" (into the above)
    merge_next: str = ""
    seen_text: bool = False

    def flush_bytes(self) -> None:
        if self.pending:
            self.para.append(bytes(self.pending).decode(self.codepage, errors="replace"))
            self.pending.clear()

    def text(self, s: str) -> None:
        self.flush_bytes()
        self.para.append(s)

    def end_paragraph(self) -> None:
        self.flush_bytes()
        line = "".join(self.para).strip()
        self.para = []
        if self.in_table:
            if line:
                self.cell.append(line)
            return
        self.end_table()
        self.lines.append(line)
        self.lines.append("")
        self.seen_text = self.seen_text or bool(line)

    def end_cell(self) -> None:
        self.flush_bytes()
        if "".join(self.para).strip():
            self.cell.append("".join(self.para).strip())
        self.para = []
        self.row.append(self.cell)
        self.cell = []

    def end_row(self) -> None:
        if self.cell or self.para:
            self.end_cell()
        if self.row:
            # a merged-over cell reads as the cell it is merged into, as python-docx reads a .docx's grid
            for i, how in enumerate(self.merges[:len(self.row)]):
                if self.row[i]:
                    continue
                if how == "h" and i:
                    self.row[i] = list(self.row[i - 1])
                elif how == "v" and self.rows and i < len(self.rows[-1]):
                    self.row[i] = list(self.rows[-1][i])
            self.rows.append(self.row)
            if self.row_is_header and len(self.rows) == self.header_rows + 1:
                self.header_rows += 1
        self.row, self.row_is_header, self.in_table = [], False, False

    def end_table(self) -> None:
        """The table just read, as the .docx reader writes tables (layout as lines, data as pipe rows)."""
        if not self.rows:
            return
        rows, self.rows, header = self.rows, [], self.header_rows
        self.header_rows = 0
        if not self.seen_text or any(LAYOUT_RE.search(p) for row in rows for cell in row for p in cell):
            for row in rows:
                self.lines.extend(_layout_row(row))
        else:
            self.lines.extend(markdown_table([[" ".join(cell) for cell in row] for row in rows], header))
        self.lines.append("")
        self.seen_text = True


def read_rtf(data: bytes, name: str) -> str:
    """The text of an .rtf plan (see the module docstring); a file that is not RTF is refused."""
    head = data[:64].lstrip()
    if not head.startswith(b"{\\rtf"):
        raise UploadRejected("corrupt_file", f"Tệp {name} không phải văn bản RTF hợp lệ",
                             f"{name} is not a valid RTF document")
    raw = data.decode("latin-1")  # RTF is 7-bit: other bytes only come as \'xx
    cp = re.search(r"\\ansicpg(\d+)", raw[:2000])
    reader = _Reader(codepage=f"cp{cp.group(1)}" if cp else "cp1252")
    try:
        "".encode(reader.codepage)
    except LookupError:
        reader.codepage = "cp1252"
    stack: list[_State] = [_State()]
    skip_chars = 0  # a \uN's fallback characters still to skip
    destination = False  # the group just opened with \*: an unknown destination is skipped whole
    for m in _TOKEN_RE.finditer(raw):
        hexbyte, word, arg, symbol, brace, newline, plain = m.groups()
        state = stack[-1]
        if brace == "{":
            stack.append(_State(state.skip, state.hidden, state.uc))
            destination = False
            continue
        if brace == "}":
            if len(stack) > 1:
                stack.pop()
            continue
        if newline:
            continue
        if hexbyte or plain:
            if skip_chars:
                take = 1 if hexbyte else min(skip_chars, len(plain))
                skip_chars -= take
                if hexbyte or not plain[take:]:
                    continue
                plain = plain[take:]
            if state.skip or state.hidden:
                continue
            if hexbyte:
                reader.pending.append(int(hexbyte, 16))
            else:
                reader.text(plain)
            continue
        if symbol:
            if symbol == "*":
                destination = True
            elif not (state.skip or state.hidden) and symbol in _SYMBOLS:
                reader.text(_SYMBOLS[symbol])
            continue
        # a control word
        if destination or word in _SKIP:
            state.skip = True  # (a field's instruction is such a group; its shown result, \fldrslt, is read)
            destination = False
            continue
        if word == "uc":
            state.uc = int(arg or 1)
        elif word == "u":
            if not (state.skip or state.hidden):
                code = int(arg)
                reader.text(chr(code + 65536 if code < 0 else code))
            skip_chars = state.uc
        elif word == "v":
            state.hidden = arg != "0"
        elif word == "plain":
            state.hidden = False  # character formatting back to the defaults
        elif state.skip:
            continue
        elif word == "par":
            reader.end_paragraph()
        elif word in ("line", "sect", "page"):
            reader.text("\n") if word == "line" else reader.end_paragraph()
        elif word == "tab":
            reader.text("\t")
        elif word == "intbl":
            reader.in_table = True
        elif word == "trhdr":
            reader.row_is_header = True
        elif word == "trowd":
            reader.merges, reader.merge_next = [], ""
        elif word in ("clmrg", "clvmrg"):
            reader.merge_next = "h" if word == "clmrg" else "v"
        elif word == "cellx":
            reader.merges.append(reader.merge_next)
            reader.merge_next = ""
        elif word == "cell":
            reader.in_table = True
            reader.end_cell()
        elif word == "row":
            reader.end_row()
        elif word == "pard" and not reader.row and not reader.cell:
            reader.in_table = False
    if reader.para or reader.pending:
        reader.end_paragraph()
    reader.end_table()
    return "\n".join(reader.lines)
