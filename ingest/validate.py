"""Validate an uploaded plan before accepting it: readable, a real plan, not a copy of a loaded one.

The same readers run again inside the background job (defence in depth); this module only adds what
needs the loaded plans (duplicates) and turns an empty outline into a warning instead of an error.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from ingest.errors import UploadRejected
from ingest.load import extract_bytes, parse_text
from ingest.types import Document

OUTLINE_KINDS = ("roman", "number", "letter")


@dataclass
class Validated:
    """An accepted upload: the parsed plan and any warnings for the job result."""

    doc: Document
    warnings: list[str] = field(default_factory=list)


def content_key(text: str) -> str:
    """A hash of a plan's words only (NFC, lower case, no spaces or punctuation): equal for the same plan
    saved as .txt, .docx or .pdf, or under another name."""
    words = re.sub(r"[\W_]+", "", unicodedata.normalize("NFC", text).casefold())
    return hashlib.sha256(words.encode()).hexdigest()


def find_duplicate(doc: Document, loaded: Iterable[Document]) -> Document | None:
    """The loaded plan with the same file bytes or the same words as ``doc`` (other than ``doc`` itself)."""
    key = content_key(doc.text)
    for other in loaded:
        if other.doc == doc.doc:
            continue
        if (doc.source_sha256 and other.source_sha256 == doc.source_sha256) or content_key(other.text) == key:
            return other
    return None


def validate_upload(data: bytes, name: str, loaded: Iterable[Document] = ()) -> Validated:
    """Read and parse ``data`` as plan ``name``; raises ``IngestError`` / ``UploadRejected`` when it must not be
    indexed (corrupt, encrypted, no text, legacy encoding, zip bomb, a copy of a loaded plan)."""
    raw = extract_bytes(data, name)
    doc = parse_text(raw, name, hashlib.sha256(data).hexdigest())
    same = find_duplicate(doc, loaded)
    if same is not None:
        raise UploadRejected(
            "duplicate",
            f"Nội dung {name} trùng với kế hoạch đã nạp {same.doc} ({same.title}); không thêm bản sao",
            f"{name} has the same content as the loaded plan {same.doc} ({same.title}); not adding a copy",
            duplicate_of=same.doc,
        )
    warnings = []
    if not any(s.kind in OUTLINE_KINDS for s in doc.sections):
        warnings.append(
            f"Không tìm thấy mục nào (I., 1., a)…) trong {name}: kế hoạch được nạp như một khối văn bản, "
            "trích dẫn sẽ không có đường dẫn mục / "
            f"No sections (I., 1., a)…) found in {name}: the plan is indexed as one block of text, "
            "so citations will carry no section path"
        )
    return Validated(doc, warnings)
