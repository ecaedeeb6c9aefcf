"""One bilingual glossary (Vietnamese plan wording ↔ English), used in both directions.

- English questions: :data:`EN_TO_VI` adds the plans' Vietnamese wording beside the English terms
  (lexical retrieval needs it; the dense side also embeds the English question as is).
- English answers: :func:`glosses` lists the English for the key terms of the verbatim Vietnamese quotes.

Rows are ``(vietnamese, english, gloss)``; ``gloss=False`` rows only serve questions (English phrasing
such as "come from", place spellings without accents), never answer glosses. General administrative
vocabulary only.
"""

from __future__ import annotations

import re

from ingest.textnorm import fold

TERMS: tuple[tuple[str, str, bool], ...] = (
    ("sở nội vụ", "Department of Home Affairs", True),
    ("sở giáo dục và đào tạo", "Department of Education and Training", True),
    ("sở tài chính", "Department of Finance", True),
    ("sở lao động - thương binh và xã hội", "Department of Labour, Invalids and Social Affairs", True),
    ("sở văn hóa", "Department of Culture", True),
    ("sở thông tin và truyền thông", "Department of Information and Communications", True),
    ("ủy ban nhân dân", "People's Committee", True),
    ("mặt trận tổ quốc", "Fatherland Front", True),
    ("hội khuyến học", "Study Promotion Association", True),
    ("trung tâm học tập cộng đồng", "community learning centre", True),
    ("công dân học tập", "learning citizen", True),
    ("gia đình học tập", "learning family", True),
    ("dòng họ học tập", "learning clan", True),
    ("cộng đồng học tập", "learning community", True),
    ("đơn vị học tập", "learning unit", True),
    ("xã hội học tập", "learning society", True),
    ("học tập suốt đời", "lifelong learning", True),
    ("học tập thường xuyên", "continuous learning", True),
    ("khuyến học", "study promotion", True),
    ("khuyến tài", "talent promotion", True),
    ("tập huấn", "training", True),
    ("bồi dưỡng", "refresher training", True),
    ("đào tạo nghề", "vocational training", True),
    ("đào tạo", "training", True),
    ("kỹ năng sống", "life skills", True),
    ("năng lực thông tin", "information literacy", True),
    ("kỹ năng số", "digital skills", True),
    ("chuyển đổi số", "digital transformation", True),
    ("công nghệ thông tin", "information technology", True),
    ("ngoại ngữ", "foreign languages", True),
    ("xóa mù chữ", "literacy", True),
    ("phổ cập giáo dục", "universal education", True),
    ("giáo dục thường xuyên", "continuing education", True),
    ("thư viện", "library", True),
    ("văn hóa đọc", "reading culture", True),
    ("tuyên truyền", "communication and awareness-raising", True),
    ("kinh phí", "funding", True),
    ("ngân sách", "budget", True),
    ("dự toán", "budget estimate", True),
    ("nguồn lực", "resources", True),
    ("chủ trì", "lead", True),
    ("phối hợp", "coordinate", True),
    ("tham mưu", "advise", True),
    ("hướng dẫn", "guide", True),
    ("kiểm tra", "inspect", True),
    ("giám sát", "supervise", True),
    ("báo cáo", "report", True),
    ("khen thưởng", "commendation", True),
    ("sơ kết", "interim review", True),
    ("tổng kết", "final review", True),
    ("mô hình học tập", "learning model", True),
    ("cán bộ, công chức, viên chức", "civil servants and public employees", True),
    ("người lao động", "workers", True),
    ("trong độ tuổi lao động", "of working age", True),
    ("người dân", "citizens", True),
    ("vị trí việc làm", "job position", True),
    ("trước ngày", "by (date)", True),
    ("hằng năm", "every year", True),
    ("Nội vụ", "home affairs", False),
    ("Sở Nội vụ", "department of internal affairs", False),
    ("Giáo dục và Đào tạo", "education and training", False),
    ("Tài chính", "finance", False),
    ("Sở Lao động - Thương binh và Xã hội", "department of labour", False),
    ("Sở Lao động - Thương binh và Xã hội", "department of labor", False),
    ("Văn hóa và Thể thao", "culture and sports", False),
    ("Thông tin và Truyền thông", "information and communications", False),
    ("Ủy ban nhân dân", "peoples committee", False),
    ("Hội Khuyến học", "association for promoting education", False),
    ("trung tâm học tập cộng đồng", "community learning center", False),
    ("công dân học tập", "learning citizens", False),
    ("trong độ tuổi lao động", "working-age", False),
    ("trong độ tuổi lao động", "working age", False),
    ("Công an", "police", True),
    ("công nghệ thông tin", "ict", False),
    ("chỉ tiêu", "target", False),
    ("tỷ lệ", "share", False),
    ("tỷ lệ phần trăm", "percentage", False),
    ("kinh phí ngân sách", "budget", False),
    ("trước ngày thời hạn", "deadline", False),
    ("nhiệm vụ", "tasks", False),
    ("nhiệm vụ", "duties", False),
    ("chịu trách nhiệm", "responsible", False),
    ("căn cứ", "legal basis", False),
    ("mục đích", "purpose", False),
    ("mục tiêu", "objective", False),
    ("kế hoạch", "plan", False),
    ("phường", "ward", False),
    ("xã", "commune", False),
    ("huyện", "district", False),
    ("tỉnh", "province", False),
    ("thành phố", "city", False),
    ("Hà Nội", "hanoi", False),
    ("Hà Nội", "ha noi", False),
    ("Huế", "hue", False),
    ("Cần Thơ", "can tho", False),
    ("Cần Thơ", "cantho", False),
    ("Mỹ Lộc", "my loc", False),
    ("An Lão", "an lao", False),
    ("cơ quan thường trực", "standing body", True),
    ("dân tộc thiểu số", "ethnic minority", True),
    ("dân tộc thiểu số", "ethnic minorities", False),
    ("Ban Dân tộc", "ethnic affairs", True),
    ("dân tộc", "ethnic", False),
    ("chủ trì", "in charge of", False),
    ("cơ quan", "body", False),
    ("phạm nhân", "prisoners", True),
    ("phạm nhân trại viên", "inmates", False),
    ("người cao tuổi", "elderly", True),
    ("phụ nữ", "women", True),
    ("nông dân", "farmers", True),
    ("cựu chiến binh", "veterans", True),
    ("thanh niên", "youth", True),
    ("cán bộ, công chức, viên chức", "civil servants", False),
    ("thay thế", "replace", False),
    ("thay thế", "replaces", False),
    ("thay thế", "supersede", False),
    ("cơ quan thường trực", "standing agency", False),
    ("tổ chức thực hiện", "implementation", False),
    ("tổ chức thực hiện", "implementing", False),
    ("cơ quan", "agency", False),
    ("nhiệm vụ", "role", False),
    ("kinh phí", "money", False),
    ("nguồn", "come from", False),
    ("nguồn", "sources", False),
    ("nguồn", "source", False),
    ("Đoàn Thanh niên", "youth union", True),
    ("Hội Liên hiệp Phụ nữ", "women's union", True),
    ("Hội Liên hiệp Phụ nữ", "women union", False),
    ("Liên đoàn Lao động", "trade union", True),
    ("Quân sự", "military", False),
    ("thư viện", "libraries", False),
    ("ngoại ngữ", "foreign language", False),
    ("đào tạo bồi dưỡng tập huấn", "training", False),
    ("phải làm gì", "must", False),
    ("phải làm gì", "what must", False),
    ("kinh phí", "pay for", False),
    ("kinh phí", "pays for", False),
    ("kinh phí", "paid", False),
    ("kinh phí", "cost", False),
    ("kinh phí", "costs", False),
    ("kinh phí", "funded", False),
    ("kinh phí", "funds", False),
    ("chủ trì", "in charge", False),
    ("phụ trách", "responsible for", False),
    ("báo cáo", "reports", False),
    ("báo cáo", "reporting", False),
    ("thời hạn", "by what date", False),
    ("trung tâm học tập cộng đồng", "community learning centres", False),
    ("trung tâm học tập cộng đồng", "community learning centers", False),
    ("công dân học tập", "learning citizen title", False),
    ("bảo tàng", "museums", True),
    ("bảo tàng", "museum", False),
    ("nhà văn hóa", "cultural houses", True),
    ("giáo dục", "education", False),
    ("kỹ năng", "skills", False),
    ("đào tạo nghề", "vocational", False),
    ("Sở Thông tin và Truyền thông", "department of information and communications", False),
    ("Sở Văn hóa và Thể thao", "department of culture and sports", False),
    ("Phòng Nội vụ", "home affairs office", False),
    ("Phòng Giáo dục và Đào tạo", "education and training office", False),
    ("Phòng Tài chính - Kế hoạch", "finance and planning office", False),
    ("Bộ Chỉ huy Quân sự", "military command", False),
    ("Sở Y tế", "department of health", False),
    ("Sở Tư pháp", "department of justice", False),
    ("Sở Nông nghiệp và Môi trường", "department of agriculture and environment", False),
    ("Sở Nông nghiệp", "department of agriculture", False),
    ("Sở Công Thương", "department of industry and trade", False),
    ("Sở Xây dựng", "department of construction", False),
    ("Sở Giao thông vận tải", "department of transport", False),
    ("Sở Tài nguyên và Môi trường", "department of natural resources and environment", False),
    ("Sở Kế hoạch và Đầu tư", "department of planning and investment", False),
    ("Sở Khoa học và Công nghệ", "department of science and technology", False),
    ("Sở Ngoại vụ", "department of foreign affairs", False),
    ("Phòng Y tế", "health office", False),
    ("Phòng Tư pháp", "justice office", False),
    ("Hội Chữ thập đỏ", "red cross", False),
    ("Thanh tra", "inspectorate", False),
)


def _en_to_vi() -> dict[str, str]:
    out: dict[str, list[str]] = {}
    for vi, en, _ in TERMS:
        vis = out.setdefault(en.lower(), [])
        if vi not in vis:
            vis.append(vi)
    return {en: " ".join(vis) for en, vis in out.items()}


EN_TO_VI: dict[str, str] = _en_to_vi()  # lower-case English term → the plans' Vietnamese wording
VI_TO_EN: dict[str, str] = {}  # Vietnamese term → its English gloss (first row wins)
for _vi, _en, _gloss in TERMS:
    if _gloss:
        VI_TO_EN.setdefault(_vi, _en)


def glosses(text: str, limit: int = 8) -> list[tuple[str, str]]:
    """The glossary terms found in ``text`` (longest first, no term inside an already found one)."""
    low = fold(text)
    found: list[tuple[str, str]] = []
    taken: list[tuple[int, int]] = []
    for vi in sorted(VI_TO_EN, key=len, reverse=True):
        for m in re.finditer(rf"(?<!\w){re.escape(fold(vi))}(?!\w)", low):
            if any(a <= m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            if all(vi != f for f, _ in found):
                found.append((vi, VI_TO_EN[vi]))
            break
    order = {vi: low.find(fold(vi)) for vi, _ in found}
    return sorted(found, key=lambda p: order[p[0]])[:limit]
