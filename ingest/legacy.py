"""Word files typed in the legacy TCVN3 (ABC) encoding with the ".Vn" fonts: their runs turned into Unicode.

Old Word files, and files converted from them, still hold Vietnamese as TCVN3 bytes shown by the .VnTime family
("KÕ ho¹ch x©y dùng" is "Kế hoạch xây dựng"). The font says which runs are TCVN3: a run in a ".Vn…" font is mapped
character by character; a run in a capitals font (".VnTimeH", ".VnArialH": the name ends in "H") draws the lowercase
code points as capitals, so it is put in capitals after mapping. Runs in other fonts are left alone.
"""

from __future__ import annotations

from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# TCVN 5712:1993 (VN3): the letters it adds over ASCII; toned vowels in the order grave, hook, tilde, acute, dot
_BASES = {
    "a": "µ¶·¸¹", "ă": "»¼½¾Æ", "â": "ÇÈÉÊË", "e": "ÌÎÏÐÑ", "ê": "ÒÓÔÕÖ", "i": "×ØÜÝÞ", "o": "ßáâãä",
    "ô": "åæçèé", "ơ": "êëìíî", "u": "ïñòóô", "ư": "õö÷øù", "y": "úûüýþ",
}
_TONED = {
    "a": "àảãáạ", "ă": "ằẳẵắặ", "â": "ầẩẫấậ", "e": "èẻẽéẹ", "ê": "ềểễếệ", "i": "ìỉĩíị", "o": "òỏõóọ",
    "ô": "ồổỗốộ", "ơ": "ờởỡớợ", "u": "ùủũúụ", "ư": "ừửữứự", "y": "ỳỷỹýỵ",
}
TCVN3: dict[str, str] = {
    "¨": "ă", "©": "â", "ª": "ê", "«": "ô", "¬": "ơ", "\u00ad": "ư", "®": "đ",
    "¡": "Ă", "¢": "Â", "£": "Ê", "¤": "Ô", "¥": "Ơ", "¦": "Ư", "§": "Đ",
}
for _base, _codes in _BASES.items():
    TCVN3.update(zip(_codes, _TONED[_base], strict=True))
_TABLE = str.maketrans(TCVN3)


def from_tcvn3(text: str, capitals: bool = False) -> str:
    """TCVN3 text as Unicode; ``capitals`` for a run in an "…H" font (its lowercase code points are capitals)."""
    out = text.translate(_TABLE)
    return out.upper() if capitals else out


def is_vn_font(name: str | None) -> bool:
    return bool(name) and name.lstrip().lower().startswith(".vn")


def _capitals_font(name: str) -> bool:
    return name.strip().upper().endswith("H")


def _run_font(rpr: Any) -> str | None:
    fonts = rpr.find(f"{_W}rFonts") if rpr is not None else None
    if fonts is None:
        return None
    return next((v for k in ("hAnsi", "ascii", "cs") if (v := fonts.get(f"{_W}{k}"))), None)


def _style_fonts(document: Any) -> tuple[dict[str, str], str | None]:
    """Each style's font (through its ``basedOn`` chain) and the document default font."""
    styles = document.styles.element
    own: dict[str, str | None] = {}
    based: dict[str, str] = {}
    for st in styles.findall(f"{_W}style"):
        sid = st.get(f"{_W}styleId")
        own[sid] = _run_font(st.find(f"{_W}rPr"))
        if (b := st.find(f"{_W}basedOn")) is not None:
            based[sid] = b.get(f"{_W}val")
    defaults = styles.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr")
    default = _run_font(defaults)

    def font(sid: str, depth: int = 0) -> str | None:
        if own.get(sid) or depth > 10 or sid not in based:
            return own.get(sid)
        return font(based[sid], depth + 1)

    return {sid: f for sid in own if (f := font(sid))}, default


def convert_vn_fonts(document: Any) -> int:
    """Turn every run typed in a ".Vn" font into Unicode, in place; returns how many runs were turned."""
    styles, default = _style_fonts(document)
    if not is_vn_font(default) and not any(is_vn_font(f) for f in styles.values()) \
            and ".vn" not in document.element.xml[:2_000_000].lower():
        return 0  # the cheap test first: no ".Vn" font anywhere
    turned = 0
    for p in document.element.body.iter(f"{_W}p"):
        ppr = p.find(f"{_W}pPr")
        pstyle = ppr.find(f"{_W}pStyle") if ppr is not None else None
        para_font = styles.get(pstyle.get(f"{_W}val")) if pstyle is not None else styles.get("Normal")
        for r in p.iter(f"{_W}r"):
            rpr = r.find(f"{_W}rPr")
            rstyle = rpr.find(f"{_W}rStyle") if rpr is not None else None
            font = _run_font(rpr) or (styles.get(rstyle.get(f"{_W}val")) if rstyle is not None else None) \
                or para_font or default
            if not is_vn_font(font):
                continue
            for t in r.iter(f"{_W}t", f"{_W}delText"):
                if t.text:
                    t.text = from_tcvn3(t.text, _capitals_font(font))
            turned += 1
    return turned
