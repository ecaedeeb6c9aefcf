"""Format readers: bytes → raw text. Each raises ``IngestError`` with a bilingual message."""

from __future__ import annotations

import io

from ingest.errors import IngestError, UploadRejected
from ingest.sniff import check_docx_zip, check_pdf_header, decode_text


def read_text(data: bytes, name: str) -> str:
    """UTF-8, UTF-16 (with or without BOM) or Windows-1258; TCVN3 and binary files are refused."""
    return decode_text(data, name)


def read_docx(data: bytes, name: str) -> str:
    """Paragraphs in order; Word heading styles and all-bold paragraphs become markdown heading hints."""
    import docx  # python-docx

    check_docx_zip(data, name)  # never inflate a zip bomb
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several types for corrupt files
        raise UploadRejected("corrupt_file", f"Tệp Word {name} bị hỏng hoặc không hợp lệ",
                             f"Word file {name} is corrupt or invalid") from exc
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
    from pypdf.errors import PyPdfError

    check_pdf_header(data, name)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise UploadRejected("encrypted_pdf", f"Tệp PDF {name} được mã hóa (có mật khẩu); hãy gỡ mật khẩu rồi tải lại",
                                 f"PDF {name} is encrypted (password-protected); remove the password and upload again")
        pages = [page.extract_text() or "" for page in reader.pages]
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
