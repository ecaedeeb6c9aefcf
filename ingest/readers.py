"""Format readers: bytes → raw text. Each raises ``IngestError`` with a bilingual message."""

from __future__ import annotations

import io

from ingest.errors import IngestError


def read_text(data: bytes, name: str) -> str:
    for enc in ("utf-8-sig", "utf-16"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text:
            return text
    raise IngestError(
        f"Không đọc được {name}: tệp văn bản phải mã hóa UTF-8",
        f"Cannot read {name}: text files must be UTF-8 encoded",
    )


def read_docx(data: bytes, name: str) -> str:
    """Paragraphs in order; Word heading styles and all-bold paragraphs become markdown heading hints."""
    import docx  # python-docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several types for corrupt files
        raise IngestError(f"Tệp Word {name} bị hỏng hoặc không hợp lệ", f"Word file {name} is corrupt or invalid") from exc
    out: list[str] = []
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            para = docx.text.paragraph.Paragraph(block, document)
            text = para.text.strip()
            if not text:
                out.append("")
                continue
            style = (para.style.name or "").lower() if para.style is not None else ""
            runs = [r for r in para.runs if r.text.strip()]
            bold = bool(runs) and all(r.bold for r in runs)
            if style.startswith("heading") or style == "title" or bold:
                out.append(f"**{text}**")
            else:
                out.append(text)
            out.append("")
        elif tag == "tbl":
            table = docx.table.Table(block, document)
            for row in table.rows:
                cells = [c.text.strip() for c in row.cells]
                out.append(" | ".join(c for c in cells if c))
            out.append("")
    return "\n".join(out)


def read_pdf(data: bytes, name: str) -> str:
    """Text of a text-layer PDF, page by page (page furniture is dropped later by the cleaner)."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise IngestError(f"Tệp PDF {name} được mã hóa", f"PDF {name} is encrypted")
        pages = [page.extract_text() or "" for page in reader.pages]
    except IngestError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise IngestError(f"Tệp PDF {name} bị hỏng hoặc không hợp lệ", f"PDF {name} is corrupt or invalid") from exc
    text = "\n".join(pages)
    if sum(ch.isalpha() for ch in text) < 80:
        raise IngestError(
            f"Tệp PDF {name} không có lớp văn bản (có thể là bản quét); cần PDF có chữ",
            f"PDF {name} has no text layer (scanned?); a text PDF is required",
        )
    return text
