"""Read plan files (.txt, .md, .docx, .odt, .rtf, .pdf, a saved web page .html or .mht, an appendix workbook .xlsx) into
parsed ``Document``s."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import replace
from pathlib import Path

from ingest.amendments import amendments, correction_notice
from ingest.appendix import append_appendix, appendix_only_header, nest_group_rows, split_appendix
from ingest.clean import (
    FOOTNOTE_PREFIX,
    Line,
    bare_rows,
    clean_lines,
    join_hyphenated,
    parse_tail,
    repair_ocr,
    split_glued,
    split_header,
    split_tail,
)
from ingest.contents import drop_contents
from ingest.crossref import references
from ingest.decision import split_decision
from ingest.errors import IngestError
from ingest.legend import expand, plan_abbreviations
from ingest.letterspaced import join_letter_spacing
from ingest.metadata import extract_metadata, header_facts, header_issuers, signer_from, signers_from
from ingest.mhtml import read_mht
from ingest.opendoc import read_odt
from ingest.outline import parse_outline
from ingest.readers import read_docx, read_pdf, read_text
from ingest.rtf import read_rtf
from ingest.spreadsheet import read_xlsx
from ingest.types import Document
from ingest.webpage import read_html

SUPPORTED = (".txt", ".md", ".docx", ".odt", ".rtf", ".pdf", ".html", ".htm", ".mht", ".mhtml", ".xlsx")


def extract_text(path: Path) -> str:
    """Raw text of a plan file, NFC-normalised, with markdown-style hints for DOCX headings."""
    ext = path.suffix.lower()
    if ext not in SUPPORTED:
        raise IngestError(
            f"Định dạng tệp không được hỗ trợ: {path.name} (chỉ nhận {', '.join(SUPPORTED)})",
            f"Unsupported file type: {path.name} (accepted: {', '.join(SUPPORTED)})",
        )
    if not path.is_file():
        raise IngestError(f"Không tìm thấy tệp: {path}", f"File not found: {path}")
    return extract_bytes(path.read_bytes(), path.name)


def extract_bytes(data: bytes, name: str) -> str:
    """Raw NFC text of a plan file's bytes; the extension of ``name`` picks the reader."""
    ext = Path(name).suffix.lower()
    if not data.strip():
        raise IngestError(f"Tệp rỗng: {name}", f"Empty file: {name}")
    if ext in (".txt", ".md"):
        raw = read_text(data, name)
    elif ext == ".docx":
        raw = read_docx(data, name)
    elif ext == ".odt":
        raw = read_odt(data, name)
    elif ext == ".rtf":
        raw = read_rtf(data, name)
    elif ext == ".xlsx":
        raw = read_xlsx(data, name)
    elif ext == ".pdf":
        raw = read_pdf(data, name)
    elif ext in (".html", ".htm"):
        raw = read_html(data, name)
    elif ext in (".mht", ".mhtml"):
        raw = read_mht(data, name)
    else:
        raise IngestError(f"Định dạng tệp không được hỗ trợ: {name}", f"Unsupported file type: {name}")
    return join_letter_spacing(visible(unicodedata.normalize("NFC", raw)))


_INVISIBLE_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")  # zero-width and soft-hyphen marks inside words
_THIN_SPACE_RE = re.compile("[\u202f\u2007\u2009\u200a\u2002\u2003]")  # narrow and fixed-width spaces between a number and its unit


def visible(text: str) -> str:
    """The text as it reads on screen: marks that show nothing ("học t\u200bập") gone, thin spaces plain."""
    return _THIN_SPACE_RE.sub(" ", _INVISIBLE_RE.sub("", text))


_RULE_LINE_RE = re.compile(r"^[ \t]*(?:[-_=~*][ \t]*){3,}$|^[ \t]*\*[ \t]*$", re.M)


def parse_text(raw: str, name: str, sha256: str = "") -> Document:
    """Parse extracted text into a ``Document``; raises ``IngestError`` when it is not a usable plan."""
    header, body = split_header(bare_rows(repair_ocr(join_hyphenated(split_glued(drop_contents(raw))))))  # rows without outer pipes, or tab-separated
    body = _RULE_LINE_RE.sub("", body)  # "-----" under the title: a rule, not text to run into the next line
    header, decision, decision_signature = split_decision(header)  # a decision issuing the plan comes first
    body, appendix = split_appendix(body)  # a PHỤ LỤC table after the signature is plan text, not furniture
    only_appendix = bool(appendix) and not any(ch.isalpha() for ch in body)
    appendix_title = ""
    if only_appendix and not header.strip():  # a plan's appendix uploaded as its own file (a workbook)
        header, appendix_title = appendix_only_header(appendix)
    body, tail = split_tail(body)
    if appendix and not tail:
        appendix, tail = split_tail(appendix)
    notes = [ln for ln in tail.split("\n") if ln.startswith(FOOTNOTE_PREFIX)]
    if notes:  # a footnote at the foot of the signature page annotates the body, not the signature
        tail = "\n".join(ln for ln in tail.split("\n") if not ln.startswith(FOOTNOTE_PREFIX))
        body = "\n".join([body, *notes])
    recipients, signature = parse_tail(tail)
    signature = signature or decision_signature  # a plan issued with a decision is signed there
    plan_lines = clean_lines(body)
    lines = clean_lines(decision) + plan_lines if decision else plan_lines
    letters = sum(ch.isalpha() for ln in lines for ch in ln.text) + (len(appendix) if only_appendix else 0)
    if letters < 80:
        raise IngestError(
            f"Tệp {name} không có đủ nội dung văn bản để lập chỉ mục",
            f"{name} has too little text to index",
        )
    # the filled-in number and date of issue open the preamble, so "kế hoạch số mấy, ban hành ngày nào?" is citable
    # (a header read off an appendix's "Kèm theo Kế hoạch số …" line is not text of the file: nothing to cite)
    facts = [] if appendix_title else header_facts(header)
    meta = extract_metadata(header, plan_lines, Path(name).stem)
    # a joint plan (Kế hoạch liên tịch) is known by the bodies that issued it together: their header lines are
    # citable too ("do những cơ quan nào ban hành?")
    joint = meta.joint and not appendix_title
    bodies = header_issuers(header)  # the header's left column: a joint plan's issuers, any plan's owner last
    issuers = bodies if joint else []
    facts = issuers + facts if len(issuers) > 1 else facts
    # a correction notice above the plan (a portal's "ĐÍNH CHÍNH" box) opens the text: it changes the plan's words
    notice = [Line(n) for n in correction_notice(header)]
    text, sections = parse_outline(notice + [Line(f) for f in facts] + lines)
    text, sections = append_appendix(text, sections, clean_lines(appendix) if appendix else [])
    sections = nest_group_rows(text, sections)
    if appendix_title:  # the appendix's own heading, and the years its columns set (not its plan's issue date)
        years = sorted({int(y) for y in re.findall(r"\b[Nn]ăm\s+((?:19|20)\d{2})\b", appendix)})
        period = None if not years else str(years[0]) if len(years) == 1 else f"{years[0]}-{years[-1]}"
        meta = replace(meta, title=appendix_title, period=period)
    if recipients:
        # the "Nơi nhận" list, then the signature block, close the text outside every section: each is citable
        # (``doc#rcp``, ``doc#sig``) but never part of an answer passage
        text = f"{text}\n{recipients}"
    if signature:
        text = f"{text}\n{signature}"
    doc = Document(
        doc=name, title=meta.title, locality=meta.locality, level=meta.level, number=meta.number,
        year=meta.year, period=meta.period, text=text, sections=sections, province=meta.province,
        source_sha256=sha256, parents=meta.parents, issued=meta.issued, issued_year=meta.issued_year, signer=signer_from(signature),
        signature=signature, recipients=recipients, amends=meta.amends,
        issuers=tuple(issuers) if len(issuers) > 1 else (),
        issuer=(bodies or [""])[-1] if not appendix_title else "",
        signers=tuple(signers_from(signature)) if joint and len(issuers) > 1 else (),
    )
    doc.references = tuple(references(doc))  # plan-only: read once here and stored with the index
    doc.amendments = tuple(amendments(doc))
    if legend := plan_abbreviations(text):
        # a plan writing its bodies by its own short forms ("4. HKH cấp huyện"): the body is known by its full name
        doc.abbreviations = legend
        doc.sections = [replace(s, agency=expand(s.agency, legend)) if s.agency else s for s in doc.sections]
    return doc


def load_plan(path: Path, name: str | None = None) -> Document:
    """Load and parse one plan file; ``name`` overrides the document id (defaults to the file name)."""
    path = Path(path)
    raw = extract_text(path)
    return parse_text(raw, name or path.name, hashlib.sha256(path.read_bytes()).hexdigest())


def plan_files(folder: Path) -> list[Path]:
    return sorted(p for p in Path(folder).iterdir() if p.suffix.lower() in SUPPORTED and p.name != "README.md")


def load_plans(folder: Path) -> list[Document]:
    """Load every supported plan in ``folder`` (sorted by name); README.md is documentation, not a plan."""
    files = plan_files(folder)
    if not files:
        raise IngestError(f"Không có kế hoạch nào trong thư mục {folder}", f"No plan files in {folder}")
    return [load_plan(p) for p in files]
