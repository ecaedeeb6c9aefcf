"""The maintained tables of abbreviations, everyday wording and agency aliases (English terms: index/glossary.py).

Keys are matched case-insensitively and accent-insensitively on word boundaries; expansions are
added to both the lexical and the dense query.
"""

from __future__ import annotations

ABBREVIATIONS: dict[str, str] = {
    "UBND": "Ủy ban nhân dân",
    "HĐND": "Hội đồng nhân dân",
    "SGDĐT": "Sở Giáo dục và Đào tạo",
    "SGD&ĐT": "Sở Giáo dục và Đào tạo",
    "PGDĐT": "Phòng Giáo dục và Đào tạo",
    "PGD&ĐT": "Phòng Giáo dục và Đào tạo",
    "GD&ĐT": "Giáo dục và Đào tạo",
    "GDĐT": "Giáo dục và Đào tạo",
    "GD-ĐT": "Giáo dục và Đào tạo",
    "GD ĐT": "Giáo dục và Đào tạo",  # typed without "&" (and without accents: "so gd dt")
    "LĐTBXH": "Lao động - Thương binh và Xã hội",
    "LĐTB&XH": "Lao động - Thương binh và Xã hội",
    "LĐ-TB&XH": "Lao động - Thương binh và Xã hội",
    "UBMTTQVN": "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "MTTQVN": "Mặt trận Tổ quốc Việt Nam",
    "UBMTTQ": "Ủy ban Mặt trận Tổ quốc",
    "MTTQ": "Mặt trận Tổ quốc",
    "VH-TT-DL": "Văn hóa, Thể thao và Du lịch",
    "VHTTDL": "Văn hóa, Thể thao và Du lịch",
    "VHTT&DL": "Văn hóa, Thể thao và Du lịch",
    "VH,TT&DL": "Văn hóa, Thể thao và Du lịch",
    "VH&TT": "Văn hóa và Thể thao",
    # a district's "Phòng VH&TT" is its office of culture and information, a province's VH&TT culture and sports
    "Phòng VH&TT": "Phòng Văn hóa và Thông tin",
    "Phòng VHTT": "Phòng Văn hóa và Thông tin",
    "Phòng VH-TT": "Phòng Văn hóa và Thông tin",
    "GDNN-GDTX": "Giáo dục nghề nghiệp - Giáo dục thường xuyên",
    "TC-KH": "Tài chính - Kế hoạch",
    "NN&PTNT": "Nông nghiệp và Phát triển nông thôn",
    "NN và PTNT": "Nông nghiệp và Phát triển nông thôn",
    "PTNT": "Phát triển nông thôn",
    "CHQS": "Chỉ huy Quân sự",
    "PT-TH": "Phát thanh - Truyền hình",
    "PTTH": "Phát thanh - Truyền hình",
    "LHPN": "Liên hiệp Phụ nữ",
    "TN&MT": "Tài nguyên và Môi trường",
    "KT-HT": "Kinh tế - Hạ tầng",
    "KT&HT": "Kinh tế và Hạ tầng",
    "TTYT": "Trung tâm Y tế",
    "TT-TH": "Truyền thanh - Truyền hình",
    "Hội ND": "Hội Nông dân",
    "Hội CTĐ": "Hội Chữ thập đỏ",
    "Hội KH": "Hội Khuyến học",
    "NHCSXH": "Ngân hàng Chính sách xã hội",
    "VHTT": "Văn hóa và Thể thao",
    "TT VH-TT&TT": "Trung tâm Văn hóa - Thông tin và Thể thao",
    "TT PVHCC": "Trung tâm Phục vụ hành chính công",
    "TTPVHCC": "Trung tâm Phục vụ hành chính công",
    "PVHCC": "Phục vụ hành chính công",
    "TTVH-TT&TT": "Trung tâm Văn hóa - Thông tin và Thể thao",
    "VH-TT&TT": "Văn hóa - Thông tin và Thể thao",
    "VH, TT&DL": "Văn hóa, Thể thao và Du lịch",
    "KH&CN": "Khoa học và Công nghệ",
    "KHCN": "Khoa học và Công nghệ",
    "LĐTBXH&": "Lao động - Thương binh và Xã hội",
    "TNCSHCM": "Thanh niên Cộng sản Hồ Chí Minh",
    "HND": "Hội Nông dân",
    "BCH QS": "Bộ Chỉ huy Quân sự",
    "HĐND&UBND": "Hội đồng nhân dân và Ủy ban nhân dân",
    "HĐND-UBND": "Hội đồng nhân dân và Ủy ban nhân dân",
    "VP": "Văn phòng",
    "Phòng KT": "Phòng Kinh tế",
    "KT-HT&ĐT": "Kinh tế, Hạ tầng và Đô thị",
    "Ban TG&DV": "Ban Tuyên giáo và Dân vận",
    "Ban TGDV": "Ban Tuyên giáo và Dân vận",
    "Ban TG": "Ban Tuyên giáo",
    "BTG": "Ban Tuyên giáo",
    "CTMTQG": "Chương trình mục tiêu quốc gia",
    "MTQG": "mục tiêu quốc gia",
    "Ban DV": "Ban Dân vận",
    # the Youth Union's committee by its level ("Thành đoàn Cần Thơ" is the city's Đoàn Thanh niên)
    "Thành đoàn": "Đoàn Thanh niên thành phố",
    "Tỉnh đoàn": "Đoàn Thanh niên tỉnh",
    "Huyện đoàn": "Đoàn Thanh niên huyện",
    "Quận đoàn": "Đoàn Thanh niên quận",
    "Thị đoàn": "Đoàn Thanh niên thị xã",
    "BCH Quân sự": "Bộ Chỉ huy Quân sự",
    "BCH BĐBP": "Bộ Chỉ huy Bộ đội Biên phòng",
    # "BCH" of an association or the Party is its executive committee; of the army, its command (above)
    "BCH Đoàn": "Ban Chấp hành Đoàn",
    "BCH Hội": "Ban Chấp hành Hội",
    "BCH Công đoàn": "Ban Chấp hành Công đoàn",
    "BCH Đảng bộ": "Ban Chấp hành Đảng bộ",
    "TT&TT": "Thông tin và Truyền thông",
    "TTTT": "Thông tin và Truyền thông",
    "HKH": "Hội Khuyến học",
    "TTHTCĐ": "Trung tâm học tập cộng đồng",
    "CNTT": "công nghệ thông tin",
    "XHHT": "xã hội học tập",
    "HTSĐ": "học tập suốt đời",
    "LĐLĐ": "Liên đoàn Lao động",
    "BĐBP": "Bộ đội Biên phòng",
    "ĐTN": "Đoàn Thanh niên",
    "ĐTNCS": "Đoàn Thanh niên Cộng sản",
    "TNCS": "Thanh niên Cộng sản",
    "HLHPN": "Hội Liên hiệp Phụ nữ",
    "CCB": "Cựu chiến binh",
    "NCT": "Người cao tuổi",
    "BCĐ": "Ban Chỉ đạo",
    "BCHQS": "Bộ Chỉ huy Quân sự",
    "GDTX": "giáo dục thường xuyên",
    "GDNN": "giáo dục nghề nghiệp",
    "XMC": "xóa mù chữ",
    "PCGD": "phổ cập giáo dục",
    "KT-XH": "kinh tế - xã hội",
    "NSNN": "ngân sách nhà nước",
    "TP": "thành phố",
    "TX": "thị xã",
    "BTL": "Bộ Tư lệnh",
    "CNLĐ": "công nhân lao động",
    "CNVCLĐ": "công nhân, viên chức, lao động",
    "KN": "kỹ năng",
    # the levels below written as slashed initials ("UBND các Q/H/TX", "X/P/TT")
    "Q/H/TX": "quận, huyện, thị xã",
    "Q/H": "quận, huyện",
    "H/TX/TP": "huyện, thị xã, thành phố",
    "KT/GS": "kiểm tra, giám sát",
    "KT-GS": "kiểm tra, giám sát",
    "H/TP": "huyện, thành phố",
    "X/P/TT": "xã, phường, thị trấn",
    "X/P": "xã, phường",
    # more of the administration's everyday abbreviations (offices, school levels, the genre's titles)
    "KH&ĐT": "Kế hoạch và Đầu tư",
    "KHĐT": "Kế hoạch và Đầu tư",
    "KH": "Kế hoạch",
    "NV": "Nội vụ",
    "LĐ": "lao động",
    "LĐNT": "lao động nông thôn",
    "XHH": "xã hội hóa",
    "qua ĐT": "qua đào tạo",
    "TC": "Tài chính",
    "VH-XH": "Văn hóa - Xã hội",
    # a commune's civil servants by their fields ("CC VP-TK", "công chức TC-KT")
    "CC": "công chức",
    "VP-TK": "Văn phòng - Thống kê",
    "TC-KT": "Tài chính - Kế toán",
    "ĐC-XD": "Địa chính - Xây dựng",
    "TP-HT": "Tư pháp - Hộ tịch",
    "VHXH": "Văn hóa - Xã hội",
    "CT-XH": "chính trị - xã hội",
    "TTGDNN-GDTX": "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên",
    "THCS": "Trung học cơ sở",
    "THPT": "Trung học phổ thông",
    "CMKT": "chuyên môn kỹ thuật",
    "ĐH": "Đại học",  # "Trường ĐH …"
    "MN": "Mầm non",
    "BHXH": "Bảo hiểm xã hội",
    "HTX": "Hợp tác xã",
    "ĐVHT": "Đơn vị học tập",
    "CĐHT": "Cộng đồng học tập",
    "GĐHT": "Gia đình học tập",
    "DHHT": "Dòng họ học tập",
    "CDHT": "Công dân học tập",
    "CĐS": "chuyển đổi số",
    "TDTT": "thể dục thể thao",
    "NQ": "Nghị quyết",
    "QĐ": "Quyết định",
    "TW": "Trung ương",
    "VN": "Việt Nam",
    "CA": "Công an",
    # offices created by the 2025 reorganisation
    "DT&TG": "Dân tộc và Tôn giáo",
    "DTTG": "Dân tộc và Tôn giáo",
    "KT, HT&ĐT": "Kinh tế, Hạ tầng và Đô thị",
    "KT,HT&ĐT": "Kinh tế, Hạ tầng và Đô thị",
    "KTHT&ĐT": "Kinh tế, Hạ tầng và Đô thị",
    "NN&MT": "Nông nghiệp và Môi trường",
    # the shorthand of plans pasted into chat groups and of officials' notes (not "CB": a province's initials;
    # initials after a unit word, "tỉnh CB", "tỉnh VP", are left as typed by expand_abbreviations)
    "NTM": "nông thôn mới",
    "KP": "kinh phí",
    "NS": "ngân sách",
    "BC": "báo cáo",
    "QP-AN": "quốc phòng - an ninh",
    "ATGT": "an toàn giao thông",
    "GV": "giáo viên",
    "HS": "học sinh",
    "XD": "xây dựng",
    "CBCC": "cán bộ, công chức",
    "CBCCVC": "cán bộ, công chức, viên chức",
    "quỹ KH": "quỹ khuyến học",
    "Quỹ KH": "Quỹ khuyến học",
    "PH": "phối hợp",
    "Q,H": "quận, huyện",
}

# Chat shorthand, expanded only as typed in lower case ("có nv gì?"; "NV" in capitals is "Nội vụ")
SHORTHAND: dict[str, str] = {
    "nv": "nhiệm vụ",
    "bn": "bao nhiêu",
    "ntn": "như thế nào",
    "ko": "không",
    "đc": "được",
    "dc": "được",
    "j": "gì",  # (no Vietnamese word is "j" nor "z")
    "z": "vậy",
    "lm": "làm",
    "fai": "phải",
    "ng": "người",
    "gđ": "gia đình",  # ("GĐ" in capitals is "Giám đốc")
    "cq": "cơ quan",
    "đv": "đơn vị",
    "bc": "báo cáo",
    "tg": "thời gian",
}

# Everyday words → the plans' wording; added beside the question's own words (not replacing them).
COLLOQUIAL: dict[str, str] = {
    "lo tiền": "bố trí kinh phí",
    "cấp trên": "căn cứ",  # "thực hiện kế hoạch cấp trên nào": the plan it rests on
    "tiền": "kinh phí",
    "chi phí": "kinh phí",
    "vốn": "kinh phí nguồn vốn",
    "người già": "người cao tuổi",
    "cựu binh": "cựu chiến binh",
    "chị em phụ nữ": "Hội Liên hiệp Phụ nữ",
    "học trò": "học sinh",
    "thụ án": "phạm nhân",
    "trại giam": "phạm nhân trại giam",
    "dạy chữ": "xóa mù chữ",
    "biết chữ": "xóa mù chữ",
    "lên mạng": "môi trường mạng công nghệ thông tin",
    "máy tính": "công nghệ thông tin",
    "sách báo": "văn hóa đọc thư viện",
    "đọc sách": "văn hóa đọc",
    "thưởng": "khen thưởng",
    "hạn nộp": "thời hạn báo cáo",
    "nhìn lại": "sơ kết tổng kết",
    "nửa năm": "6 tháng",
    "đồng bào": "dân tộc thiểu số",
    "đầu mối": "cơ quan thường trực tham mưu",
}

# Agencies are named by level: a province's "Sở X" is a district's "Phòng X".
UNIT_ALIASES: dict[str, tuple[str, ...]] = {
    "sở": ("phòng",),
    "phòng": ("sở",),
    "ủy ban nhân dân": ("ubnd",),
}

# Bodies a plan names in several ways: asked by the first, the body is in a plan that uses any of the forms
# ("Đoàn Thanh niên" is a district's "Huyện đoàn", a commune's "Đoàn xã"). Accent-folded, lower case.
BODY_FORMS: dict[str, tuple[str, ...]] = {
    "đoàn thanh niên": ("đoàn thanh niên", "đoàn tncs", "thanh niên cộng sản", "huyện đoàn", "tỉnh đoàn",
                        "thành đoàn", "thị đoàn", "quận đoàn", "đoàn xã", "đoàn phường", "đoàn thị trấn",
                        "chi đoàn", "bí thư đoàn"),
    # associations a plan often names only by their initials ("Hội LHPN phường", "HKH xã", "Ủy ban MTTQ")
    "hội liên hiệp phụ nữ": ("hội liên hiệp phụ nữ", "hội lhpn", "hlhpn", "hội phụ nữ"),
    "hội khuyến học": ("hội khuyến học", "hội kh ", "hkh"),
    "hội cựu chiến binh": ("hội cựu chiến binh", "hội ccb", "hccb"),
    "hội nông dân": ("hội nông dân", "hội nd ", "hnd "),
    # the army as people say it: a plan names its commands ("Bộ Chỉ huy Quân sự", "Bộ Tư lệnh", "Biên phòng")
    "bộ đội": ("bộ đội", "quân sự", "bộ tư lệnh", "biên phòng", "lực lượng vũ trang"),
    "quân đội": ("quân đội", "quân sự", "bộ tư lệnh", "biên phòng", "lực lượng vũ trang"),
}

# English question terms → plan wording: see index/glossary.py (one bilingual table, both directions).

# Words that mark a question as English rather than Vietnamese typed without diacritics.
ENGLISH_MARKERS = frozenset(
    "what which who whom whose how when where why must should does do did is are the of under plan plans "
    "department target share people with for by "
    # general function words no Vietnamese syllable typed without accents spells ("to", "in", "an", "can",
    # "than", "be", "no" do): a question with few of the words above still reads as English
    "and their they them this that these those from into has have had was were been will would shall could "
    "about also only any all each every there its our your other such between after before during within "
    "without whether".split()
)
