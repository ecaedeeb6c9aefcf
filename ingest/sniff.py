"""Cheap checks on a file's bytes before (and while) reading it: zip bombs, PDF containers, text encodings.

Nothing here inflates a zip member or trusts a file's extension: a DOCX is measured from the zip central
directory, a text file's encoding is detected (UTF-8, UTF-16 with or without BOM, Windows-1258) and text
that is really the legacy TCVN3 font encoding is refused with a message telling the user to convert it.
"""

from __future__ import annotations

import codecs
import io
import unicodedata
import zipfile

from ingest.errors import UploadRejected

MAX_DOCX_UNCOMPRESSED = 200 * 1024 * 1024
MAX_DOCX_RATIO = 100
# Latin-1 symbols and non-Vietnamese Latin-1 letters: where TCVN3 puts Vietnamese letters ("Kª ho¹ch")
_TCVN3_HINTS = frozenset(chr(c) for c in range(0xA1, 0xC0)) | frozenset("ÄÅÆÇËÎÏÐÑÖ×ØÛÜÞßäåæçëîïðñö÷øûüþÿ")
_VIET_ONLY = frozenset("ăĂđĐơƠưƯ") | frozenset(chr(c) for c in range(0x1EA0, 0x1EFA))


def check_docx_zip(data: bytes, name: str, max_uncompressed: int = MAX_DOCX_UNCOMPRESSED,
                   max_ratio: int = MAX_DOCX_RATIO) -> None:
    """Refuse a DOCX that is not a Word zip (``corrupt_file``) or would inflate too far (``zip_bomb``)."""
    check_zip(data, name, ("word/document.xml", "[Content_Types].xml"), "Word", max_uncompressed, max_ratio)


def check_zip(data: bytes, name: str, required: tuple[str, ...], kind: str,
              max_uncompressed: int = MAX_DOCX_UNCOMPRESSED, max_ratio: int = MAX_DOCX_RATIO) -> None:
    """Refuse an office zip (Word, OpenDocument, Excel) that lacks its ``required`` parts (``corrupt_file``) or
    would inflate too far (``zip_bomb``), measured from the central directory without inflating anything."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise _corrupt(name, kind) from exc
    unpacked = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos)
    if unpacked > max_uncompressed or unpacked > max_ratio * max(packed, 1):
        size, limit, ratio = unpacked / 2**20, max_uncompressed / 2**20, unpacked / max(packed, 1)
        raise UploadRejected(
            "zip_bomb",
            f"{_LABELS[kind]} {name} giải nén ra {size:.0f} MB (tỉ lệ nén {ratio:.0f}:1), vượt giới hạn {limit:.0f} MB "
            f"hoặc tỉ lệ {max_ratio}:1; tệp bị từ chối",
            f"{kind} file {name} would unpack to {size:.0f} MB (compression ratio {ratio:.0f}:1), over the "
            f"{limit:.0f} MB or {max_ratio}:1 limit; refused",
        )
    names = {i.filename for i in infos}
    if any(r not in names for r in required):
        raise _corrupt(name, kind)


def check_pdf_header(data: bytes, name: str) -> None:
    """A PDF starts with ``%PDF-`` (a little leading junk is tolerated, as readers do)."""
    if b"%PDF-" not in data[:1024]:
        raise _corrupt(name, "PDF")


def decode_text(data: bytes, name: str) -> str:
    """Decode a .txt/.md plan: UTF-8 (BOM or not), UTF-16 (BOM or not) or Windows-1258, returned NFC."""
    text = _decode(data, name)
    text = unicodedata.normalize("NFC", text)
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v")
    odd = sum(1 for ch in text if not _plausible(ch))
    if "\x00" in text or controls > 0.01 * len(text) or odd > 0.15 * len(text):
        raise UploadRejected(
            "binary_text",
            f"Tệp {name} không phải văn bản đọc được (có vẻ là tệp nhị phân hoặc bị hỏng)",
            f"{name} is not readable text (it looks binary or corrupt)",
        )
    if looks_tcvn3(text):
        raise UploadRejected(
            "legacy_encoding",
            f"Tệp {name} dùng bảng mã cũ TCVN3 (ABC, phông .Vn); hãy chuyển sang Unicode "
            "(ví dụ bằng Unikey: Công cụ chuyển mã, TCVN3 → Unicode) rồi tải lại",
            f"{name} uses the legacy TCVN3 (ABC, .Vn fonts) encoding; convert it to Unicode "
            "(e.g. with Unikey's converter, TCVN3 → Unicode) and upload it again",
        )
    return text


def looks_tcvn3(text: str) -> bool:
    """Vietnamese written in TCVN3 and read as Latin-1/Windows-125x: many "¸µ¶¹ª©«" and no Vietnamese letters."""
    hints = sum(1 for ch in text if ch in _TCVN3_HINTS)
    letters = sum(1 for ch in text if ch.isalpha())
    viet = sum(1 for ch in text if ch in _VIET_ONLY)
    return hints >= 8 and hints >= 0.02 * max(letters, 1) and hints > 2 * viet


def _decode(data: bytes, name: str) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", name)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", name)
    guess = _utf16_without_bom(data)
    if guess:
        return _strict(data, guess, name)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Windows-1258 writes tone marks as combining characters ("e" + U+0323): NFC (by the caller) composes them
    return _strict(data, "cp1258", name)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text is mostly ASCII, so every other byte is NUL: which half says the byte order."""
    sample = data[: 1 << 16]
    if len(sample) < 4 or len(sample) % 2:
        return None
    half = len(sample) // 2
    even = sample[0::2].count(0) / half
    odd = sample[1::2].count(0) / half
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise UploadRejected(
            "binary_text",
            f"Không đọc được {name}: không phải văn bản UTF-8, UTF-16 hay Windows-1258 (tệp nhị phân hoặc bị hỏng?)",
            f"Cannot read {name}: not UTF-8, UTF-16 or Windows-1258 text (a binary or corrupt file?)",
        ) from exc


def _plausible(ch: str) -> bool:
    """Characters a Vietnamese (or English) plan is made of: Latin, Vietnamese, common punctuation."""
    o = ord(ch)
    return o < 0x250 or 0x1E00 <= o <= 0x1EFF or 0x2000 <= o <= 0x206F or 0x300 <= o <= 0x36F or ch in "₫€№•●○■□–—"


_LABELS = {"Word": "Tệp Word", "PDF": "Tệp PDF", "OpenDocument": "Tệp OpenDocument", "Excel": "Tệp Excel"}


def _corrupt(name: str, kind: str) -> UploadRejected:
    return UploadRejected("corrupt_file", f"{_LABELS[kind]} {name} bị hỏng hoặc không hợp lệ",
                          f"{kind} file {name} is corrupt or invalid")
