"""Write eval/sets/gold32/ (plans.jsonl, targets.jsonl, agencies.jsonl) for set 32, by hand (tables generated from
the same row data as the plan source).

    python eval/sets/src32/gold_src32.py

Spans are verbatim from the text as check_sets.py extracts it (docx_text_fields for the .docx, pypdf for the PDF),
after FORMAT's normalisation; the script refuses to write if one is missing.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = os.path.dirname(HERE)
sys.path.insert(0, SETS)
import check_sets as cs  # noqa: E402

OUT = os.path.join(SETS, "gold32")
D = "dongthap_2145-KH-UBND_2025.docx"
K = "kbang_27-KH-UBND_2026.pdf"

PLANS = [
    {"id": D, "title": "Xây dựng xã hội học tập tỉnh Đồng Tháp giai đoạn 2026 - 2030", "locality": "Đồng Tháp",
     "level": "tỉnh/thành phố", "parents": [], "number": "2145/KH-UBND", "issued": "2025-11-17", "period": "2026-2030",
     "signer": {"name": "Trương Thị Mỹ Duyên", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"},
     "note": "The province as merged with Tiền Giang on 01/7/2025. Number and date are Word field results "
             "(DOCPROPERTY SoKyHieu, DATE); the signer sits in the signature content control."},
    {"id": K, "title": "Xây dựng xã hội học tập xã Kbang giai đoạn 2026 - 2028", "locality": "Kbang", "level": "xã",
     "parents": ["Gia Lai"], "number": "27/KH-UBND", "issued": "2026-01-22", "period": "2026-2028",
     "signer": {"name": "Đinh Văn Hyên", "capacity": "CHỦ TỊCH"},
     "note": "A commune of the two-level model (no district); signed TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH."},
]

# ---------------------------------------------------------------- targets
SEC_T = "II. MỤC TIÊU › 2. Mục tiêu cụ thể › a) Bảng 1"
SEC_O = "II. MỤC TIÊU › 2. Mục tiêu cụ thể › b) Một số chỉ tiêu khác"
TABLE = [  # (row, indicator cell, indicator (short), concept, unit, scope, values 2026..2030)
    (1, "Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình học tập”", "hộ gia đình đạt danh hiệu “Gia đình học tập”",
     "learning_family_share", "%", "", ["65%", "68%", "71%", "74%", "78%"]),
    (2, "Tỷ lệ dòng họ đạt danh hiệu “Dòng họ học tập”", "dòng họ đạt danh hiệu “Dòng họ học tập”",
     "learning_clan_share", "%", "", ["40%", "44%", "48%", "52%", "55%"]),
    (3, "Tỷ lệ ấp, khu phố đạt danh hiệu “Cộng đồng học tập”", "ấp, khu phố đạt danh hiệu “Cộng đồng học tập”",
     "learning_community_units_share", "%", "ấp, khu phố", ["45%", "50%", "55%", "60%", "65%"]),
    (4, "Tỷ lệ cơ quan, đơn vị cấp tỉnh đạt danh hiệu “Đơn vị học tập”", "cơ quan, đơn vị cấp tỉnh đạt danh hiệu “Đơn vị học tập”",
     "learning_unit_share", "%", "cơ quan, đơn vị cấp tỉnh", ["70%", "75%", "80%", "85%", "90%"]),
    (5, "Tỷ lệ người trong độ tuổi từ 15 đến 60 đạt chuẩn biết chữ mức độ 2", "người trong độ tuổi từ 15 đến 60 đạt chuẩn biết chữ mức độ 2",
     "literacy_rate_15_60", "%", "trong độ tuổi từ 15 đến 60", ["97,2%", "97,6%", "98%", "98,3%", "98,6%"]),
    (6, "Tỷ lệ trung tâm học tập cộng đồng được đánh giá xếp loại Tốt", "trung tâm học tập cộng đồng được đánh giá xếp loại Tốt",
     "cltc_good_rating_share", "%", "", ["50%", "-", "60%", "-", "75%"]),
    (7, "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ", "lao động qua đào tạo có bằng cấp, chứng chỉ",
     "trained_labour_certified_share", "%", "", ["32%", "34%", "36%", "38%", "40%"]),
    (8, "Tỷ lệ người dân từ 15 tuổi trở lên có kỹ năng số cơ bản", "người dân từ 15 tuổi trở lên có kỹ năng số cơ bản",
     "citizen_digital_skills_share", "%", "từ 15 tuổi trở lên", ["55%", "62%", "70%", "76%", "82%"]),
    (9, "Số lượt người tham gia học tập tại các trung tâm học tập cộng đồng (lượt người/năm)",
     "lượt người tham gia học tập tại các trung tâm học tập cộng đồng", "cltc_participants_count", "count", "",
     ["280.000", "300.000", "320.000", "340.000", "360.000"]),
    (10, "Tỷ lệ cán bộ, công chức, viên chức được bồi dưỡng kiến thức, kỹ năng trong năm",
     "cán bộ, công chức, viên chức được bồi dưỡng kiến thức, kỹ năng", "civil_servant_trained_share", "%", "",
     ["80%", "82%", "85%", "88%", "90%"]),
    (11, "Tỷ lệ trường phổ thông có thư viện đạt chuẩn trở lên", "trường phổ thông có thư viện đạt chuẩn trở lên",
     "school_library_standard_share", "%", "trường phổ thông", ["75%", "78%", "82%", "86%", "90%"]),
    (12, "Tỷ lệ đoàn viên, thanh niên được tập huấn kỹ năng số", "đoàn viên, thanh niên được tập huấn kỹ năng số",
     "youth_digital_skills_trained_share", "%", "đoàn viên, thanh niên", ["60%", "65%", "70%", "75%", "80%"]),
    (13, "Tỷ lệ xã, phường đạt danh hiệu “Cộng đồng học tập” cấp xã xếp loại Tốt",
     "xã, phường đạt danh hiệu “Cộng đồng học tập” cấp xã xếp loại Tốt", "learning_community_commune_good_share", "%",
     "xã, phường", ["30%", "35%", "40%", "45%", "50%"]),
]


def num(v):
    return float(v.replace("%", "").replace(".", "").replace(",", "."))


def T(doc, indicator, value, number, unit, year, scope, section, span, concept, bound, year_basis, kind, note=None):
    r = {"doc": doc, "indicator": indicator, "value": value, "number": number, "unit": unit, "year": year,
         "scope": scope, "section": section, "span": span, "concept": concept, "bound": bound,
         "year_basis": year_basis, "kind": kind}
    if note:
        r["note"] = note
    return r


targets = []
for row, cell, ind, concept, unit, scope, vals in TABLE:
    span = cell + " " + " ".join(vals)
    for y, v in zip(range(2026, 2031), vals, strict=True):
        if v == "-":
            continue
        r = T(D, ind, v, num(v), unit, y, scope, SEC_T, span, concept, "eq", "column", "objective",
              "Bảng 1 row inside a block-level content control; span is the indicator cell through its five year cells "
              "(one cell a line in the extraction)." + (" Năm 2027 and 2029 cells hold '-' (no figure): no record."
                                                        if row == 6 else ""))
        r["table"] = {"row": row, "column": f"Năm {y}", "cell": v}
        targets.append(r)

targets += [
    T(D, "trung tâm học tập cộng đồng có kết nối Internet băng rộng", "100%", 100.0, "%", 2028, "", SEC_O,
      "Đến năm 2028, 100% trung tâm học tập cộng đồng có kết nối Internet băng rộng", "cltc_broadband_share", "eq",
      "line", "objective"),
    T(D, "trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý và tổ chức hoạt động", "100%", 100.0,
      "%", 2030, "", SEC_O, "đến năm 2030, 100% trung tâm học tập cộng đồng ứng dụng công nghệ thông tin",
      "cltc_ict_share", "eq", "line", "objective"),
    T(D, "lớp xóa mù chữ và giáo dục sau biết chữ", "ít nhất 150", 150.0, "count", None, "", SEC_O,
      "Hằng năm, mở ít nhất 150 lớp xóa mù chữ và giáo dục sau biết chữ", "literacy_classes_per_year", "min", "none",
      "objective", "Per year ('Hằng năm'), no single year."),
    T(D, "khóa học trực tuyến mở miễn phí cho người dân", "ít nhất 120", 120.0, "count", 2030, "", SEC_O,
      "cung cấp ít nhất 120 khóa học trực tuyến mở miễn phí cho người dân", "open_online_courses_count", "min",
      "line", "objective"),
    T(D, "xã, phường có ít nhất một câu lạc bộ đọc sách hoạt động tại trung tâm học tập cộng đồng", "100%", 100.0, "%",
      2030, "xã, phường", SEC_O, "Đến năm 2030, 100% xã, phường có ít nhất một câu lạc bộ đọc sách",
      "reading_club_commune_coverage", "eq", "line", "objective"),
    T(D, "học liệu số bổ sung mỗi năm", "ít nhất 300", 300.0, "count", None, "",
      "III. NHIỆM VỤ VÀ GIẢI PHÁP › 3. Chuyển đổi số trong học tập suốt đời",
      "mỗi năm bổ sung ít nhất 300 học liệu số", "digital_learning_materials_per_year", "min", "none", "task"),
    T(D, "ấp, khu phố có tổ công nghệ số cộng đồng", "100%", 100.0, "%", None, "ấp, khu phố",
      "III. NHIỆM VỤ VÀ GIẢI PHÁP › 3. Chuyển đổi số trong học tập suốt đời",
      "thông qua các tổ công nghệ số cộng đồng ở 100% ấp, khu phố", "community_digital_team_coverage", "eq", "none",
      "task"),
    T(D, "người được đào tạo nghề mỗi năm", "ít nhất 25.000", 25000.0, "count", None, "",
      "V. TỔ CHỨC THỰC HIỆN › 2. Sở Nội vụ", "phấn đấu đào tạo nghề cho ít nhất 25.000 người mỗi năm",
      "vocational_trainees_per_year", "min", "none", "task"),
    T(D, "lớp tập huấn chuyển giao kỹ thuật mỗi năm", "ít nhất 200", 200.0, "count", None, "",
      "V. TỔ CHỨC THỰC HIỆN › 6. Sở Nông nghiệp và Môi trường", "tổ chức ít nhất 200 lớp tập huấn mỗi năm",
      "cltc_agri_topics_per_year", "min", "none", "task"),
    T(D, "chuyên mục “Học tập suốt đời” phát sóng", "ít nhất 02 kỳ/tháng", 2.0, "count", None, "",
      "V. TỔ CHỨC THỰC HIỆN › 11. Báo và Phát thanh, Truyền hình Đồng Tháp",
      "Mở chuyên mục “Học tập suốt đời”, phát sóng ít nhất 02 kỳ/tháng", "media_programme_per_month", "min", "none",
      "task"),
    T(D, "Quỹ Khuyến học các cấp huy động mỗi năm", "ít nhất 12 tỷ đồng", 12e9, "VND", None, "",
      "V. TỔ CHỨC THỰC HIỆN › 15. Đề nghị Hội Khuyến học tỉnh", "phấn đấu huy động ít nhất 12 tỷ đồng mỗi năm",
      "study_promotion_fund_per_year", "min", "none", "task"),
    T(D, "kinh phí hoạt động thường xuyên mỗi trung tâm học tập cộng đồng", "30 triệu đồng/năm", 30e6, "VND", None, "",
      "IV. KINH PHÍ THỰC HIỆN", "hỗ trợ kinh phí hoạt động thường xuyên 30 triệu đồng/năm", "cltc_annual_budget", "eq",
      "none", "task"),
]

SK = "II. MỤC TIÊU › 2. Chỉ tiêu cụ thể"
KY = {2026: ("a) Năm 2026:", "60%", "9/24", "92%", "45", "2.700", None),
      2027: ("b) Năm 2027:", "64%", "12/24", "94%", "50", "3.000", "45%"),
      2028: ("c) Năm 2028:", "68%", "15/24", "96%", "55", "3.300", "55%")}
for y, (head, fam, com, lit, cls, turns, dig) in KY.items():
    sec = f"{SK} › {head.rstrip(':')}"
    note = f"Year from the sub-heading '{head}'."
    targets.append(T(K, "hộ gia đình đạt danh hiệu “Gia đình học tập”", fam, num(fam), "%", y, "", sec,
                     f"{fam} hộ gia đình đạt danh hiệu “Gia đình học tập”", "learning_family_share", "eq", "heading",
                     "objective", note))
    targets.append(T(K, "thôn, làng đạt danh hiệu “Cộng đồng học tập” cấp thôn", com, float(com.split("/")[0]),
                     "count", y, "thôn, làng (of 24)", sec,
                     f"{com} thôn, làng đạt danh hiệu “Cộng đồng học tập” cấp thôn",
                     "learning_community_village_count", "eq", "heading", "objective", note + " Kept as a count of 24."))
    targets.append(T(K, "người dân tộc thiểu số trong độ tuổi từ 15 đến 60 đạt chuẩn biết chữ mức độ 1", lit, num(lit),
                     "%", y, "người dân tộc thiểu số trong độ tuổi từ 15 đến 60", sec,
                     f"{lit} người dân tộc thiểu số trong độ tuổi từ 15 đến 60 đạt chuẩn biết chữ mức độ 1",
                     "ethnic_minority_literacy_share", "eq", "heading", "objective", note))
    targets.append(T(K, "lớp chuyên đề của trung tâm học tập cộng đồng", f"ít nhất {cls}", float(cls), "count", y, "",
                     sec, f"Trung tâm học tập cộng đồng tổ chức ít nhất {cls} lớp chuyên đề", "cltc_topic_classes_count",
                     "min", "heading", "objective", note))
    targets.append(T(K, "lượt người tham gia lớp chuyên đề", turns, num(turns), "count", y, "", sec,
                     f"{turns} lượt người tham gia", "cltc_participants_count", "eq", "heading", "objective", note))
    if dig:
        targets.append(T(K, "người dân từ 15 tuổi trở lên có kỹ năng số cơ bản", dig, num(dig), "%", y,
                         "từ 15 tuổi trở lên", sec, f"{dig} người dân từ 15 tuổi trở lên có kỹ năng số cơ bản",
                         "citizen_digital_skills_share", "eq", "heading", "objective",
                         note + " Not set for 2026."))
targets += [
    T(K, "lớp xóa mù chữ tại các làng đồng bào Ba Na", "ít nhất 04", 4.0, "count", None, "", f"{SK} › d) Hằng năm",
      "mở ít nhất 04 lớp xóa mù chữ tại các làng đồng bào Ba Na", "literacy_classes_per_year", "min", "none",
      "objective"),
    T(K, "cán bộ, công chức xã được bồi dưỡng kiến thức, kỹ năng theo vị trí việc làm", "100%", 100.0, "%", None, "",
      f"{SK} › d) Hằng năm", "100% cán bộ, công chức xã được bồi dưỡng kiến thức, kỹ năng theo vị trí việc làm",
      "civil_servant_trained_share", "eq", "none", "objective"),
    T(K, "thôn, làng có tổ công nghệ số cộng đồng", "24/24", 24.0, "count", None, "thôn, làng (of 24)",
      "III. NHIỆM VỤ VÀ GIẢI PHÁP › 3. Xóa mù chữ và phổ cập kỹ năng số",
      "Thành lập tổ công nghệ số cộng đồng ở 24/24 thôn, làng", "community_digital_team_coverage", "eq", "none", "task"),
    T(K, "kinh phí hoạt động thường xuyên của trung tâm học tập cộng đồng xã", "40 triệu đồng/năm", 40e6, "VND", None,
      "", "IV. KINH PHÍ THỰC HIỆN", "được bố trí 40 triệu đồng/năm cho hoạt động thường xuyên", "cltc_annual_budget",
      "eq", "none", "task"),
    T(K, "Quỹ Khuyến học xã vận động mỗi năm", "ít nhất 60 triệu đồng/năm", 60e6, "VND", None, "",
      "IV. KINH PHÍ THỰC HIỆN", "vận động Quỹ Khuyến học đạt ít nhất 60 triệu đồng/năm", "study_promotion_fund_per_year",
      "min", "none", "task"),
]

# ---------------------------------------------------------------- agencies
def A(doc, item, agency, canonical, level, role, n_tasks, span, deadline_spans=(), tier=None, **extra):
    r = {"doc": doc, "agency": agency, "canonical": canonical, "level": level, "role": role, "n_tasks": n_tasks,
         "span": span, "deadline_spans": list(deadline_spans), "item": item, "tier": tier or level}
    r.update(extra)
    return r


agencies = [
    A(D, "1", "Sở Giáo dục và Đào tạo", "education", "province", "standing", 6,
      "Là cơ quan thường trực, chủ trì, phối hợp với các sở, ngành, Ủy ban nhân dân các xã, phường triển khai thực hiện Kế hoạch",
      ["hoàn thành và đưa vào vận hành trong quý IV/2026"], role_span="Là cơ quan thường trực"),
    A(D, "2", "Sở Nội vụ", "home_affairs", "province", "lead", 2,
      "Chủ trì hướng dẫn đánh giá, công nhận danh hiệu “Đơn vị học tập” đối với cơ quan, đơn vị cấp tỉnh"),
    A(D, "3", "Sở Tài chính", "finance", "province", "lead", 4,
      "Chủ trì, phối hợp với Sở Giáo dục và Đào tạo tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm"),
    A(D, "4", "Sở Văn hóa, Thể thao và Du lịch", "culture", "province", "lead", 2,
      "Chủ trì hướng dẫn xây dựng danh hiệu “Gia đình học tập”, “Dòng họ học tập”"),
    A(D, "5", "Sở Khoa học và Công nghệ", "science_technology", "province", "lead", 2,
      "Chủ trì bảo đảm hạ tầng số, kết nối Internet băng rộng cho các trung tâm học tập cộng đồng"),
    A(D, "6", "Sở Nông nghiệp và Môi trường", "agriculture_environment", "province", "lead", 2,
      "Chủ trì chuyển giao tiến bộ khoa học kỹ thuật cho nông dân thông qua các trung tâm học tập cộng đồng"),
    A(D, "7", "Sở Dân tộc và Tôn giáo", "ethnic_affairs", "province", "coordinate", 2,
      "Phối hợp vận động đồng bào dân tộc Khmer, Hoa và chức sắc, chức việc các tôn giáo tham gia học tập suốt đời"),
    A(D, "8", "Sở Y tế", "health", "province", "coordinate", 2,
      "Phối hợp với các trung tâm học tập cộng đồng tuyên truyền kiến thức chăm sóc sức khỏe ban đầu"),
    A(D, "9", "Công an tỉnh", "police", "province", "lead", 2,
      "Chỉ đạo Công an các xã, phường phối hợp tuyên truyền, phổ biến pháp luật"),
    A(D, "10", "Bộ Chỉ huy Quân sự tỉnh", "military", "province", "lead", 2,
      "Tổ chức học tập nâng cao trình độ cho cán bộ, chiến sĩ; phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
    A(D, "10", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "border_guard", "province", "coordinate", 1,
      "phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh tham gia xóa mù chữ ở khu vực biên giới", parent="Bộ Chỉ huy Quân sự tỉnh",
      note="Named only as the partner the military command works with; no item of its own."),
    A(D, "11", "Báo và Phát thanh, Truyền hình Đồng Tháp", "media", "province", "lead", 2,
      "Mở chuyên mục “Học tập suốt đời”, phát sóng ít nhất 02 kỳ/tháng"),
    A(D, "12", "Trường Đại học Đồng Tháp", "universities_colleges", "province", "lead", 2,
      "Phát triển các khóa học trực tuyến mở", ["báo cáo kết quả năm 2028"]),
    A(D, "13", "Ủy ban nhân dân các xã, phường", "peoples_committee_lower", "commune", "lead", 3,
      "Xây dựng kế hoạch xây dựng xã hội học tập của địa phương",
      ["báo cáo kết quả về Sở Giáo dục và Đào tạo trước ngày 30/11 hằng năm"], tier="province",
      note="The 30/11 deadline lies inside an inline content control."),
    A(D, "14", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh", "fatherland_front",
      "organisation", "request", 2,
      "Phối hợp tuyên truyền, vận động hội viên, đoàn viên và Nhân dân tích cực tham gia học tập", tier="province"),
    A(D, "14", "Tỉnh Đoàn", "youth_union", "organisation", "request", 1,
      "Tỉnh Đoàn chủ trì tổ chức các đội hình thanh niên tình nguyện hướng dẫn kỹ năng số cho người dân", tier="province",
      parent="Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh"),
    A(D, "14", "Hội Liên hiệp Phụ nữ tỉnh", "womens_union", "organisation", "request", 1,
      "Hội Liên hiệp Phụ nữ tỉnh vận động xây dựng “Gia đình học tập”", tier="province",
      parent="Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh"),
    A(D, "15", "Đề nghị Hội Khuyến học tỉnh", "study_promotion_association", "organisation", "request", 1,
      "Chủ trì phối hợp đánh giá, công nhận danh hiệu “Công dân học tập”", tier="province"),
    A(D, "16", "Đề nghị Liên đoàn Lao động tỉnh", "labour_federation", "organisation", "request", 1,
      "Vận động công nhân, người lao động trong các doanh nghiệp tham gia học tập nâng cao trình độ, tay nghề", tier="province"),
    # commune plan
    A(K, "1", "Phòng Văn hóa - Xã hội", "culture", "commune", "standing", 4,
      "là cơ quan thường trực, tham mưu Ủy ban nhân dân xã triển khai Kế hoạch",
      ["xây dựng kế hoạch hằng năm trước ngày 31/01"], role_span="là cơ quan thường trực",
      note="Post-reform commune division (culture, education, health, labour); keyed culture as in earlier sets."),
    A(K, "2", "Phòng Kinh tế", "economy", "commune", "lead", 2,
      "chủ trì lồng ghép nội dung học tập vào các chương trình mục tiêu quốc gia giảm nghèo bền vững"),
    A(K, "3", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã", "office_council_committee", "commune", "lead", 2,
      "tham mưu tổ chức bồi dưỡng kiến thức, kỹ năng cho cán bộ, công chức xã"),
    A(K, "4", "Trung tâm Phục vụ hành chính công xã", "public_service_centre", "commune", "lead", 2,
      "hướng dẫn người dân thực hiện thủ tục hành chính trên môi trường điện tử"),
    A(K, "5", "Trung tâm học tập cộng đồng xã", "community_learning_centre", "commune", "lead", 2,
      "tổ chức các lớp chuyên đề, lớp xóa mù chữ theo nhu cầu của người dân"),
    A(K, "6", "Các trường mầm non, tiểu học, trung học cơ sở trên địa bàn xã", "schools", "commune", "lead", 4,
      "duy trì sĩ số, vận động học sinh bỏ học trở lại lớp"),
    A(K, "7", "Công an xã", "police", "commune", "lead", 2,
      "tuyên truyền pháp luật, phòng chống lừa đảo trên không gian mạng"),
    A(K, "8", "Ban Chỉ huy Quân sự xã", "military", "commune", "lead", 2,
      "tổ chức học tập chính trị, pháp luật cho dân quân"),
    A(K, "9", "Trạm Y tế xã", "health", "commune", "coordinate", 1,
      "phối hợp với trung tâm học tập cộng đồng tuyên truyền chăm sóc sức khỏe, dinh dưỡng, phòng chống dịch bệnh"),
    A(K, "10", "Trưởng thôn, làng", "village_heads", "commune", "lead", 3,
      "vận động Nhân dân tham gia học tập; tổ chức bình xét “Gia đình học tập” tại thôn, làng",
      ["Trưởng thôn, làng báo cáo kết quả bình xét các danh hiệu học tập về Phòng Văn hóa - Xã hội trước ngày 25/11 hằng năm"],
      note="The 25/11 deadline is in VI. CHẾ ĐỘ BÁO CÁO, not in the body's own item."),
    A(K, "11", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội xã", "fatherland_front",
      "organisation", "request", 2, "tuyên truyền, vận động hội viên, đoàn viên tham gia học tập", tier="commune",
      members=["Hội Liên hiệp Phụ nữ", "Đoàn Thanh niên", "Hội Nông dân", "Hội Cựu chiến binh"], is_group=True),
    A(K, "12", "Đề nghị Hội Khuyến học xã", "study_promotion_association", "organisation", "request", 3,
      "phối hợp bình xét các danh hiệu học tập", tier="commune"),
    A(K, "", "Ban Quản lý Khu bảo tồn thiên nhiên Kon Chư Răng", "forest_protection", "organisation", "lead", 1,
      "Ban Quản lý Khu bảo tồn thiên nhiên Kon Chư Răng; Phòng Kinh tế", ["Quý II hằng năm"], tier="commune",
      note="Named only in the task table (III.4) as the body doing 'Giáo dục bảo vệ rừng gắn với sinh kế dưới tán rừng'."),
]


def main():
    problems = []
    for r in targets + agencies:
        for s in [r["span"]] + r.get("deadline_spans", []) + ([r["role_span"]] if r.get("role_span") else []):
            if cs.norm(s) not in cs.text_of(r["doc"]):
                problems.append(f"missing in {r['doc']}: {s!r}")
        if "value" in r and r.get("table") is None and cs.norm(r["value"]).lower() not in cs.norm(r["span"]).lower():
            problems.append(f"value {r['value']!r} not in span {r['span']!r}")
    for p in PLANS:
        for k in ("number", "title"):
            if cs.norm(p[k]) not in cs.text_of(p["id"]):
                problems.append(f"plan {p['id']}: {k} not in text")
        if cs.norm(p["signer"]["name"]) not in cs.text_of(p["id"]):
            problems.append(f"plan {p['id']}: signer not in text")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    os.makedirs(OUT, exist_ok=True)
    for name, rows in (("plans.jsonl", PLANS), ("targets.jsonl", targets), ("agencies.jsonl", agencies)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(len(rows), "->", os.path.join(OUT, name))


if __name__ == "__main__":
    main()
