"""Plan vocabulary with English glosses, for the English framing of answers whose quotes stay Vietnamese.

An English reader sees the verbatim Vietnamese passage plus the English for the key terms it contains,
so the answer stays traceable (nothing is machine-translated) yet readable.
"""

from __future__ import annotations

import re

from ingest.textnorm import fold

# Longer phrases first when matching; values are short, plain English.
VI_EN: dict[str, str] = {
    "sở nội vụ": "Department of Home Affairs",
    "sở giáo dục và đào tạo": "Department of Education and Training",
    "sở tài chính": "Department of Finance",
    "sở lao động - thương binh và xã hội": "Department of Labour, Invalids and Social Affairs",
    "sở văn hóa": "Department of Culture",
    "sở thông tin và truyền thông": "Department of Information and Communications",
    "ủy ban nhân dân": "People's Committee",
    "mặt trận tổ quốc": "Fatherland Front",
    "hội khuyến học": "Study Promotion Association",
    "trung tâm học tập cộng đồng": "community learning centre",
    "công dân học tập": "learning citizen",
    "gia đình học tập": "learning family",
    "dòng họ học tập": "learning clan",
    "cộng đồng học tập": "learning community",
    "đơn vị học tập": "learning unit",
    "xã hội học tập": "learning society",
    "học tập suốt đời": "lifelong learning",
    "học tập thường xuyên": "continuous learning",
    "khuyến học": "study promotion",
    "khuyến tài": "talent promotion",
    "tập huấn": "training",
    "bồi dưỡng": "refresher training",
    "đào tạo nghề": "vocational training",
    "đào tạo": "training",
    "kỹ năng sống": "life skills",
    "năng lực thông tin": "information literacy",
    "kỹ năng số": "digital skills",
    "chuyển đổi số": "digital transformation",
    "công nghệ thông tin": "information technology",
    "ngoại ngữ": "foreign languages",
    "xóa mù chữ": "literacy",
    "phổ cập giáo dục": "universal education",
    "giáo dục thường xuyên": "continuing education",
    "thư viện": "library",
    "văn hóa đọc": "reading culture",
    "tuyên truyền": "communication and awareness-raising",
    "kinh phí": "funding",
    "ngân sách": "budget",
    "dự toán": "budget estimate",
    "nguồn lực": "resources",
    "chủ trì": "lead",
    "phối hợp": "coordinate",
    "tham mưu": "advise",
    "hướng dẫn": "guide",
    "kiểm tra": "inspect",
    "giám sát": "supervise",
    "báo cáo": "report",
    "khen thưởng": "commendation",
    "sơ kết": "interim review",
    "tổng kết": "final review",
    "mô hình học tập": "learning model",
    "cán bộ, công chức, viên chức": "civil servants and public employees",
    "người lao động": "workers",
    "trong độ tuổi lao động": "of working age",
    "người dân": "citizens",
    "vị trí việc làm": "job position",
    "trước ngày": "by (date)",
    "hằng năm": "every year",
}


def glosses(text: str, limit: int = 8) -> list[tuple[str, str]]:
    """The glossary terms found in ``text`` (longest first, no term inside an already found one)."""
    low = fold(text)
    found: list[tuple[str, str]] = []
    taken: list[tuple[int, int]] = []
    for vi in sorted(VI_EN, key=len, reverse=True):
        for m in re.finditer(rf"(?<!\w){re.escape(fold(vi))}(?!\w)", low):
            if any(a <= m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            if all(vi != f for f, _ in found):
                found.append((vi, VI_EN[vi]))
            break
    order = {vi: low.find(fold(vi)) for vi, _ in found}
    return sorted(found, key=lambda p: order[p[0]])[:limit]
