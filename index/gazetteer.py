"""Vietnamese administrative places, to tell "a place no loaded plan covers" apart (general data only)."""

from __future__ import annotations

import re
from collections.abc import Callable

from ingest.clean import UPPER
from ingest.metadata import COMMUNE_WORD
from ingest.textnorm import strip_accents

# the 63 provinces and centrally-run cities before the 2025 merger (the 34 after it keep these names)
PROVINCES = (
    "An Giang", "Bà Rịa - Vũng Tàu", "Bà Rịa Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh",
    "Bến Tre", "Bình Định", "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau", "Cần Thơ", "Cao Bằng",
    "Đà Nẵng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam",
    "Hà Nội", "Hà Tĩnh", "Hải Dương", "Hải Phòng", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa",
    "Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An",
    "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh",
    "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế",
    "Huế", "Tiền Giang", "Hồ Chí Minh", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
    "Sài Gòn",
)

# well-known provincial cities and towns (named without their unit word in everyday questions); names
# that are also common words ("Vinh", "Hội An") are left out: they are caught with a unit word instead
CITIES = (
    "Đà Lạt", "Nha Trang", "Vũng Tàu", "Biên Hòa", "Thủ Đức", "Buôn Ma Thuột", "Quy Nhơn", "Hạ Long",
    "Việt Trì", "Phan Thiết", "Rạch Giá", "Long Xuyên", "Mỹ Tho", "Pleiku", "Thủ Dầu Một", "Tuy Hòa",
    "Cam Ranh", "Móng Cái", "Uông Bí", "Cẩm Phả", "Sầm Sơn", "Tam Kỳ", "Đông Hà", "Đồng Hới", "Bảo Lộc",
    "Châu Đốc", "Sa Đéc", "Cao Lãnh", "Bạc Liêu", "Sóc Trăng", "Phủ Lý", "Hòa Bình", "Điện Biên Phủ",
    "Lai Châu", "Sơn La", "Lạng Sơn", "Cao Bằng", "Hà Giang", "Tuyên Quang", "Yên Bái", "Phúc Yên",
    "Vĩnh Yên", "Bắc Ninh", "Từ Sơn", "Hưng Yên", "Hải Dương", "Chí Linh", "Thái Bình", "Tam Điệp",
    "Thanh Hóa", "Hà Tĩnh", "Kon Tum", "Gia Nghĩa", "Phan Rang", "Tây Ninh", "Dĩ An", "Thuận An",
    "Đồng Xoài", "Tân An", "Bến Tre", "Trà Vinh", "Vị Thanh", "Cà Mau", "Hà Đông", "Sơn Tây",
)

# a unit word, then a capitalised name: "huyện Giao Thủy", "TP. Đà Lạt", "xã Tân Hòa", "tỉnh Quảng Ninh" (not the
# "xã" of "hợp tác xã", a cooperative: "Liên minh Hợp tác xã Cao Bằng" is the province's alliance)
UNIT_NAME_RE = re.compile(
    rf"(?<!\w)(?i:tỉnh|thành phố|tp\.?|quận|huyện|thị xã|{COMMUNE_WORD}|phường|thị trấn|đặc khu)[ \t]+"
    r"((?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ](?:['’][\wđ]+|[\wđ]*))"
    r"(?:[ \t]+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ](?:['’][\wđ]+|[\wđ]*)){0,3})"
)
# capitalised words after a unit word that are not place names ("Thành phố Học tập", "huyện Ủy")
NOT_PLACE_WORDS = frozenset(
    "học ủy uỷ nhân đoàn hội mặt công sở phòng ban trung đảng kế quyết nghị thông chỉ giáo văn khuyến"
    " thường tổ cơ"
    # question words a unit word runs into ("… thành phố Ai là thường trực?", "huyện Nào")
    " ai nào gì đâu mấy".split()
)


# other names a unit goes by: a plan of the first is the plan asked about by the others
PLACE_ALIASES: dict[str, tuple[str, ...]] = {
    "Hồ Chí Minh": ("Sài Gòn", "TPHCM", "TP.HCM", "TP HCM", "HCM", "Saigon", "HCMC", "Ho Chi Minh City"),
    "Hà Nội": ("Hanoi", "Thủ đô"),
    "Huế": ("Thừa Thiên Huế", "Thừa Thiên - Huế", "Thừa Thiên-Huế", "TT-Huế", "TT Huế", "Hue"),
    "Đà Nẵng": ("Danang",),
    "Bà Rịa - Vũng Tàu": ("Bà Rịa Vũng Tàu", "BR-VT", "Vũng Tàu"),
}


# names people call a place by instead of its own (public, well known; each names one place): replaced by the
# place's own name before a question is read, longest first ("thủ đô kháng chiến" is not "Thủ đô"); a bare
# "Thủ đô" stays an alias above, for "Bộ Tư lệnh Thủ đô" is a body's name
NICKNAMES: dict[str, tuple[str, ...]] = {
    "Huế": ("cố đô Huế", "đất cố đô", "cố đô", "xứ Huế", "former imperial capital", "imperial capital",
            "ancient capital"),
    "Cần Thơ": ("Tây Đô", "thủ phủ miền Tây"),
    "Hải Phòng": ("đất Cảng", "thành phố Cảng", "thành phố hoa phượng đỏ"),
    "thành phố Hồ Chí Minh": ("thành phố mang tên Bác Hồ", "thành phố mang tên Bác", "Hòn ngọc Viễn Đông"),
    "Hà Nội": ("Hà thành",),
    "Tuyên Quang": ("thủ đô kháng chiến", "thủ đô gió ngàn"),
    "thành phố Hoa Lư": ("cố đô Hoa Lư",),
    "Đà Lạt": ("thành phố ngàn hoa", "thành phố ngàn thông", "thành phố sương mù", "xứ sở ngàn hoa"),
    "Thanh Hóa": ("xứ Thanh",),
    "Nghệ An": ("xứ Nghệ",),
    "Phú Thọ": ("đất Tổ",),
    "Hưng Yên": ("Phố Hiến",),
    "Nam Định": ("thành Nam",),
    "Quảng Ninh": ("đất Mỏ", "vùng Mỏ"),
    "Bình Định": ("đất võ",),
    "Bến Tre": ("xứ dừa",),
    "Bắc Ninh": ("Kinh Bắc",),
    "Quảng Nam": ("xứ Quảng",),
    "Cà Mau": ("đất Mũi",),
}
# (not inside a longer proper name: "hoàn thành Nam Định", "xứ Thanh Hóa" name no nickname; nor after a unit
# word: "phường Kinh Bắc", "xã Đất Mũi" are units of their own)
_UNIT_BEFORE = r"(?<!\bxã )(?<!\bphường )(?<!\bhuyện )(?<!\bquận )(?<!\btỉnh )(?<!\btrấn )(?<!\bphố )(?<!\bP\. )"
_NICKNAME_RES = [(re.compile(rf"(?<![\w]){_UNIT_BEFORE}(?i:{re.escape(n)})(?!\w|\s+[{UPPER}])"), n, place)
                 for place, names in NICKNAMES.items() for n in names]
_NICKNAME_RES.sort(key=lambda p: -len(p[1]))


def by_own_names(text: str, own: Callable[[str], bool] = lambda name: False) -> str:
    """The question with the places it calls by another name ("Tây Đô", "đất Tổ") named by their own; a name
    ``own`` says is a loaded plan's own place ("Đất Mũi" is a commune) stays."""
    for rx, name, place in _NICKNAME_RES:
        if not own(name):
            text = rx.sub(place, text)
    return text


# the country's regions (the six socio-economic regions and the three parts of the country), by the names people use:
# a plan of a region is a regional body's, not any one province's, so a question asking a region's plan is answered
# only by a loaded plan whose title names that region ("Tây Nguyên" is no plan of Cần Thơ's)
REGIONS: dict[str, tuple[str, ...]] = {
    "vùng Trung du và miền núi phía Bắc": ("Trung du và miền núi phía Bắc", "Trung du miền núi phía Bắc",
                                           "Trung du và miền núi Bắc Bộ", "Northern Midlands and Mountains"),
    "vùng Tây Bắc": ("vùng Tây Bắc", "Tây Bắc Bộ", "các tỉnh Tây Bắc", "Northwest region", "north-west region"),
    "vùng Đông Bắc": ("vùng Đông Bắc", "Đông Bắc Bộ", "các tỉnh Đông Bắc", "Northeast region", "north-east region"),
    "vùng Đồng bằng sông Hồng": ("Đồng bằng sông Hồng", "ĐBSH", "Red River Delta"),
    "vùng Bắc Trung Bộ": ("Bắc Trung Bộ", "North Central Coast", "North Central region"),
    "vùng Duyên hải Nam Trung Bộ": ("Duyên hải Nam Trung Bộ", "Nam Trung Bộ", "Duyên hải miền Trung",
                                    "South Central Coast"),
    "vùng Tây Nguyên": ("Tây Nguyên", "Central Highlands"),
    "vùng Đông Nam Bộ": ("Đông Nam Bộ", "Southeast region", "South East region"),
    "vùng Đồng bằng sông Cửu Long": ("Đồng bằng sông Cửu Long", "ĐBSCL", "Tây Nam Bộ", "Mekong Delta",
                                     "Mekong River Delta"),
    "miền Bắc": ("miền Bắc", "Northern Vietnam", "north of Vietnam"),
    "miền Trung": ("miền Trung", "Trung Bộ", "Central Vietnam", "centre of Vietnam", "center of Vietnam"),
    "miền Nam": ("miền Nam", "Nam Bộ", "Southern Vietnam", "south of Vietnam"),
}
# (a region's name inside a body's or a longer region's name — "Trường Đại học Tây Nguyên", "Tây Nam Bộ" — is not
# the region asked: names are read longest first and a capitalised word before or after joins the name)
_REGION_RES = sorted(((re.compile(rf"(?<![\w])(?i:{re.escape(name)})(?!\w|\s+[{UPPER}])"), region, name != a,
                       strip_accents(name) != name)
                      for region, names in REGIONS.items()
                      for a in names for name in {a, strip_accents(a)}), key=lambda p: -len(p[0].pattern))
_NOT_REGION_BEFORE_RE = re.compile(r"(?:trường|truong|đại học|dai hoc|học viện|hoc vien|bộ tư lệnh|bo tu lenh|"
                                   r"quân khu|quan khu|ban chỉ đạo|ban chi dao|university|college)\s+(?:\w+\s+){0,2}$",
                                   re.I)


def named_regions(text: str) -> tuple[list[str], str]:
    """The regions a question names (their usual name) and the question with them blanked out (so that "các
    tỉnh Đồng bằng …" names no province "Đồng"). A question typed with accents names a region with its own; one
    typed without is read without."""
    found: list[str] = []
    typed_bare = strip_accents(text) == text
    for rx, region, stripped, accented in _REGION_RES:
        if (stripped and not typed_bare) or (accented and typed_bare):
            continue  # an accent-free form only for a question typed without accents, and the reverse
        for m in list(rx.finditer(text)):
            if _NOT_REGION_BEFORE_RE.search(text[:m.start()]):
                continue
            if region not in found:
                found.append(region)
            text = text[:m.start()] + " " * (m.end() - m.start()) + text[m.end():]
    return found, text


# the 34 provinces of the 2025 merger and the provinces each took in: a place of one group is still "in" any name
# of its group ("huyện Mỹ Lộc, tỉnh Ninh Bình" is the plan of Mỹ Lộc, Nam Định)
MERGED_2025: tuple[tuple[str, ...], ...] = (
    ("Tuyên Quang", "Hà Giang"), ("Lào Cai", "Yên Bái"), ("Thái Nguyên", "Bắc Kạn"),
    ("Phú Thọ", "Vĩnh Phúc", "Hòa Bình"), ("Bắc Ninh", "Bắc Giang"), ("Hưng Yên", "Thái Bình"),
    ("Hải Phòng", "Hải Dương"), ("Ninh Bình", "Hà Nam", "Nam Định"), ("Quảng Trị", "Quảng Bình"),
    ("Đà Nẵng", "Quảng Nam"), ("Quảng Ngãi", "Kon Tum"), ("Gia Lai", "Bình Định"), ("Khánh Hòa", "Ninh Thuận"),
    ("Lâm Đồng", "Đắk Nông", "Bình Thuận"), ("Đắk Lắk", "Phú Yên"),
    ("Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu", "Bà Rịa Vũng Tàu", "Sài Gòn"), ("Đồng Nai", "Bình Phước"),
    ("Tây Ninh", "Long An"), ("Cần Thơ", "Sóc Trăng", "Hậu Giang"), ("Vĩnh Long", "Bến Tre", "Trà Vinh"),
    ("Đồng Tháp", "Tiền Giang"), ("Cà Mau", "Bạc Liêu"), ("An Giang", "Kiên Giang"), ("Huế", "Thừa Thiên Huế"),
)


# English: "Lam Ha district", "Quang Tri province", "Cam Binh commune"
# ("Thọ Xuân district": a name typed with its accents is a name too)
EN_NAME_UNIT_RE = re.compile(rf"((?:[{UPPER}][^\W\d_A-Z]+[ \t]+){{1,3}})(?:province|provincial|district|commune|city|ward|town)\b")
EN_NOT_NAME = frozenset("in the of for at by what which how does do is are and with from under about to "
                        "whose where when who".split())


def named_places(text: str) -> list[str]:
    """Places named with their unit word, in the form written ("Giao Thủy", "Đà Lạt")."""
    out = []
    for m in UNIT_NAME_RE.finditer(text):
        name = m.group(1)
        if name.split()[0].lower() in NOT_PLACE_WORDS or (name.isupper() and len(name) <= 4):
            continue  # not a place, or initials ("tỉnh QT") that only the loaded plans can resolve
        out.append(name)
    for m in EN_NAME_UNIT_RE.finditer(text):
        words = m.group(1).split()
        while words and words[0].lower() in EN_NOT_NAME:
            words = words[1:]
        if words and not words[-1].endswith("'s"):
            out.append(" ".join(words))
    return out
