"""Vocabulary of general Vietnamese administrative functions: one key per function, shared by the
province department (Sở), the district office (Phòng), the commune official (công chức) and the
mass organisations at every level. Patterns match accent-folded, lower-cased names.

Order matters where names overlap: more specific functions come first ("Ban Thi đua - Khen thưởng
(Sở Nội vụ)" is emulation and rewards, "Trung tâm Văn hóa - Thông tin và Thể thao" is the local media
centre, "Phòng Văn hóa - Thông tin" is culture).
"""

from __future__ import annotations

import re

from ingest.textnorm import fold, strip_accents

# (key, label, kind, pattern) — kind "org" marks bodies outside the administration (level "organisation")
FUNCTIONS: list[tuple[str, str, str, str]] = [
    ("emulation_rewards", "Thi đua - Khen thưởng", "gov", r"thi dua\s*-?\s*khen thuong"),
    ("propaganda_committee", "Ban Tuyên giáo / Dân vận cấp ủy", "org",
     r"ban tuyen giao|ban dan van|ban tuyen giao va dan van"),
    ("fatherland_front", "Mặt trận Tổ quốc", "org", r"mat tran to quoc|\bmttq\b|\bubmttq\b"),
    ("armed_forces", "Lực lượng vũ trang", "gov", r"luc luong vu trang"),
    ("police", "Công an", "gov", r"\bcong an\b"),
    ("border_guard", "Bộ đội Biên phòng", "gov", r"bien phong"),
    ("military", "Quân sự", "gov", r"quan su|bo tu lenh|bo chi huy|ban chi huy"),
    ("youth_union", "Đoàn Thanh niên", "org",
     r"doan thanh nien|doan tncs|thanh doan|huyen doan|tinh doan|quan doan|\bdoan xa\b|doan thanh nien cong san"),
    ("womens_union", "Hội Liên hiệp Phụ nữ", "org", r"hoi (?:lien hiep )?phu nu|hoi lhpn"),
    ("farmers_association", "Hội Nông dân", "org", r"hoi nong dan"),
    ("veterans_association", "Hội Cựu chiến binh", "org", r"hoi cuu chien binh"),
    ("retired_teachers_association", "Hội Cựu giáo chức", "org", r"hoi cuu giao chuc"),
    ("elderly_association", "Hội Người cao tuổi", "org", r"hoi nguoi cao tuoi"),
    ("study_promotion_association", "Hội Khuyến học", "org", r"khuyen hoc"),
    ("labour_federation", "Liên đoàn Lao động / Công đoàn", "org", r"lien doan lao dong|cong doan"),
    ("red_cross", "Hội Chữ thập đỏ", "org", r"chu thap do"),
    ("mass_organisations", "Các đoàn thể, tổ chức chính trị - xã hội", "org",
     r"^(?:cac )?(?:to chuc chinh tri|doan the|hoi doan the|cac hoi|to chuc xa hoi)"),
    ("media", "Đài, báo, trung tâm truyền thông", "gov",
     r"trung tam van hoa.*(?:truyen thong|thong tin)|trung tam truyen thong|dai phat thanh|dai truyen thanh|"
     r"bao chi|thong tan|\bbao (?!cao)|dai truyen hinh|truyen thanh"),
    ("culture", "Văn hóa, Thể thao, Du lịch", "gov", r"van hoa|the thao|du lich|\bvh\s*[-&,]?\s*tt"),
    ("information_communications", "Thông tin và Truyền thông", "gov", r"thong tin|truyen thong"),
    ("education", "Giáo dục và Đào tạo", "gov", r"giao duc|gd\s*&?\s*dt|gddt|\bgdnn|\bgdtx"),
    ("labour_social", "Lao động, Thương binh và Xã hội", "gov",
     r"lao dong\s*-?\s*thuong binh|ldtbxh|\bld\s*-?\s*tb\s*&?\s*xh|lao dong.*xa hoi|van hoa\s*-\s*xa hoi"),
    ("home_affairs", "Nội vụ", "gov", r"noi vu|van phong\s*-\s*thong ke|to chuc can bo"),
    ("finance", "Tài chính", "gov", r"tai chinh|\btc\s*-\s*kh\b"),
    ("planning_investment", "Kế hoạch và Đầu tư", "gov", r"ke hoach va dau tu|ke hoach\s*-\s*dau tu"),
    ("justice", "Tư pháp", "gov", r"tu phap"),
    ("health", "Y tế", "gov", r"\by te\b|tram y te"),
    ("science_technology", "Khoa học và Công nghệ", "gov", r"khoa hoc va cong nghe|khoa hoc\s*-\s*cong nghe"),
    ("agriculture", "Nông nghiệp", "gov", r"nong nghiep|khuyen nong|\bnn\s*[&-]\s*ptnt"),
    ("ethnic_affairs", "Dân tộc", "gov", r"dan toc(?! thieu so)"),
    ("universities_colleges", "Trường đại học, cao đẳng", "gov", r"truong dai hoc|truong cao dang|cac truong cao dang"),
    ("village_heads", "Thôn, tổ dân phố", "gov",
     r"^(?:truong|ban)\s+(?:cac\s+)?(?:thon|ap|ban|khu pho|to dan pho)|^(?:cac\s+)?(?:thon|ap|khu pho|to dan pho)\b"),
    ("peoples_committee_lower", "UBND cấp dưới", "gov",
     r"^(?:cac )?(?:uy ban nhan dan|ubnd)\s+(?:cac\s+)?(?:cap\s+)?(?:quan|huyen|thi xa|xa|phuong|thi tran|"
     r"thanh pho thuoc)"),
    ("community_learning_centre", "Trung tâm học tập cộng đồng", "gov", r"trung tam hoc tap cong dong|tthtcd"),
    ("schools", "Trường học", "gov", r"^(?:cac )?truong (?:mam non|tieu hoc|thcs|thpt|trung hoc|pho thong|hoc)|^cac truong\\b|co so giao duc"),
    ("other_departments", "Các sở, ban, ngành khác", "gov",
     r"^(?:cac\s+)?(?:so|phong|ban|co quan)\s*,?\s*(?:ban\s*,?\s*)?(?:nganh|ban nganh)|^cac (?:so|phong), ban|"
     r"^cac so\b|^cac phong\b|^cac co quan"),
    ("enterprises", "Doanh nghiệp", "org", r"doanh nghiep"),
]
_COMPILED = [(k, label, kind, re.compile(p)) for k, label, kind, p in FUNCTIONS]
LABELS = {k: label for k, label, _, _ in FUNCTIONS} | {"other": "Khác"}
ORG_KEYS = {k for k, _, kind, _ in FUNCTIONS if kind == "org"}
_MEMBER_ORGS = ORG_KEYS - {"fatherland_front", "propaganda_committee", "mass_organisations", "enterprises"}


def folded(name: str) -> str:
    s = strip_accents(fold(name))
    s = re.sub(r"^\s*de nghi\s+", "", s)
    return re.sub(r"\s+", " ", s).strip()


def _head(name: str) -> str:
    """The governing part of a name: before a parenthesis or "trực thuộc" (whose parent is not its function)."""
    return re.split(r"\(|\btruc thuoc\b|\bthuoc\b", name)[0]


def matches(name: str) -> list[tuple[int, str]]:
    """All functions a name mentions, as (position, key), in order of appearance."""
    s = _head(folded(name))
    out: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for key, _, _, rx in _COMPILED:
        for m in rx.finditer(s):
            if any(m.start() < b and a < m.end() for a, b in taken):
                continue
            out.append((m.start(), key))
            taken.append((m.start(), m.end()))
    return sorted(set(out))


def function_of(name: str) -> str:
    """The function key of an agency name; a list of several bodies maps to their common group
    ("Công an huyện, Bộ Chỉ huy Quân sự huyện" → armed_forces; "Hội Cựu chiến binh, Hội Nông dân" →
    mass_organisations); a name led by the Fatherland Front stays fatherland_front."""
    found = matches(name)
    if not found:
        return "other"
    keys = list(dict.fromkeys(k for _, k in found))
    first = keys[0]
    if len(keys) == 1 or first in ("fatherland_front", "emulation_rewards", "peoples_committee_lower",
                                   "universities_colleges", "other_departments"):
        return first
    if set(keys) <= {"police", "military", "armed_forces"}:
        return "armed_forces"
    if first in _MEMBER_ORGS and any(k in _MEMBER_ORGS for k in keys[1:]) and \
            len(re.findall(r"\bhoi\b|\bdoan\b|lien doan", folded(name))) >= 2:
        return "mass_organisations"
    return first


def is_organisation(key: str) -> bool:
    return key in ORG_KEYS


def looks_like_agency(name: str) -> bool:
    """A heading or inline lead that names a body (not a task such as "Phân công nhiệm vụ")."""
    s = folded(name)
    if re.match(r"^bao cao\b", s):
        return False
    if not re.match(r"^(?:cac\s+)?(?:so|phong|ban|uy ban|ubnd|hoi|doan|lien doan|cong an|bo chi huy|bo tu lenh|"
                    r"trung tam|truong|co quan|luc luong|dai|bao|van phong|tinh doan|quan doan|bo doi|vien|thanh doan|huyen doan|mat tran|"
                    r"mttq|ubmttq|cong chuc|can bo|tram|thon|ap|khu pho|to dan pho|doanh nghiep|"
                    r"nganh|hoi dong|chi hoi|cac doan the|cac hoi|cac to chuc|to chuc chinh tri|"
                    # an organisation's own units and partners ("Công đoàn cơ sở", "Chi đoàn Thanh niên", "Nhà Văn
                    # hóa Lao động", "Thư viện tỉnh", "Khoa Khám bệnh", "Chi cục Thuế")
                    r"cong doan|cac cong doan|chi doan|chi bo|dang uy|nha van hoa|thu vien|bao tang|benh vien|khoa|"
                    r"cong ty|tong cong ty|chi cuc|cuc|kho bac|thanh tra|"
                    # bodies as officials abbreviate them in notes and chat ("CA xã", "HND xã", "CC TC-KT")
                    r"ca|hnd|hlhpn|dtn|tthtcd|hkh|ccb|cc|bch ?qs|bchqs|vp)\b", s):
        return False
    return len(s.split()) <= 40
