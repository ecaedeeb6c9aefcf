"""Write eval/sets/gold36/ (plans.jsonl, targets.jsonl, agencies.jsonl) for set 36 and check every span.

    python eval/sets/src36/gold_src36.py

Spans are verbatim from the text as check_sets.py extracts it (Triệu Sơn's markdown read as rendered: link
definitions and struck-through text dropped, zero-width characters removed; Kim Liên's PDF with pypdf), after the
FORMAT normalisation. Refuses to write if a span, a deadline span or a role span is missing, or a value is not in its span.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = os.path.dirname(HERE)
sys.path.insert(0, SETS)
import check_sets as cs  # noqa: E402

T = "trieuson_168-KH-UBND_2024.md"
K = "kimlien_42-KH-UBND_2026.pdf"
OUT = os.path.join(SETS, "gold36")

PLANS = [
    {"id": T, "title": "Xây dựng xã hội học tập trên địa bàn huyện Triệu Sơn giai đoạn 2024 - 2030", "locality": "Triệu Sơn",
     "level": "huyện", "parents": ["Thanh Hóa"], "number": "168/KH-UBND", "issued": "2024-06-12", "period": "2024-2030",
     "signer": {"name": "Lê Thị Thu Hà", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"},
     "note": "Markdown; the signer's name carries a WORD JOINER (U+2060) in the file ('Lê Thị Thu H\u2060à'), removed by the set-36 reader."},
    {"id": K, "title": "Xây dựng xã hội học tập trên địa bàn xã Kim Liên giai đoạn 2026 - 2028", "locality": "Kim Liên",
     "level": "xã", "parents": ["Nghệ An"], "number": "42/KH-UBND", "issued": "2026-03-16", "period": "2026-2028",
     "signer": {"name": "Nguyễn Đình Hùng", "capacity": "CHỦ TỊCH"},
     "note": "A commune of the two-level model. The 'SAO Y BẢN CHÍNH' block (07/SY-UBND, 18/3/2026, TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG Hoàng Thị Lan Anh) certifies the copy; it is not the plan's signature."},
]

T_HEAD_SEC = "II. MỤC TIÊU › 2. Chỉ tiêu cụ thể › a) Các chỉ tiêu về xây dựng mô hình học tập"
T_OTHER_SEC = "II. MỤC TIÊU › 2. Chỉ tiêu cụ thể › b) Các chỉ tiêu khác"
K_SEC = "II. MỤC TIÊU › 2. Chỉ tiêu cụ thể › a) Bảng 1"
K_OTHER_SEC = "II. MỤC TIÊU › 2. Chỉ tiêu cụ thể › b) Các chỉ tiêu khác"

T_TABLE = [  # row, indicator cell, concept, scope, values for 2025/2027/2030
    (1, "Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình học tập”", "learning_family_share", "", ["70%", "75%", "82%"]),
    (2, "Tỷ lệ dòng họ đạt danh hiệu “Dòng họ học tập”", "learning_clan_share", "", ["60%", "65%", "72%"]),
    (3, "Tỷ lệ thôn, tiểu khu đạt danh hiệu “Cộng đồng học tập”", "learning_community_village_share", "thôn, tiểu khu", ["55%", "62%", "70%"]),
    (4, "Tỷ lệ cơ quan, đơn vị đạt danh hiệu “Đơn vị học tập”", "learning_unit_share", "", ["75%", "80%", "88%"]),
    (5, "Tỷ lệ xã, thị trấn đạt danh hiệu “Cộng đồng học tập” cấp xã", "learning_community_commune_share", "xã, thị trấn", ["40%", "50%", "65%"]),
    (6, "Tỷ lệ người dân từ 15 tuổi trở lên được công nhận “Công dân học tập”", "learning_citizen_share", "từ 15 tuổi trở lên", ["30%", "-", "50%"]),
    (7, "Tỷ lệ người lao động được trang bị kỹ năng số cơ bản", "workforce_ict_skills_share", "", ["45%", "60%", "80%"]),
]
K_TABLE = [
    (1, "Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình học tập”", "learning_family_share", "", ["78%", "80%", "83%"]),
    (2, "Tỷ lệ dòng họ đạt danh hiệu “Dòng họ học tập”", "learning_clan_share", "", ["70%", "73%", "76%"]),
    (3, "Số xóm đạt danh hiệu “Cộng đồng học tập”", "learning_community_village_count", "xóm", ["18/26", "20/26", "23/26"]),
    (4, "Tỷ lệ người dân có kỹ năng số cơ bản", "citizen_digital_skills_share", "", ["55%", "65%", "75%"]),
    (5, "Tỷ lệ người lao động qua đào tạo", "trained_labour_share", "", ["62%", "65%", "68%"]),
    (6, "Tỷ lệ cán bộ, công chức xã được bồi dưỡng kỹ năng số", "civil_servant_digital_skills_share", "", ["100%", "100%", "100%"]),
]


def num(v):
    v = v.split("/")[0].replace("%", "").replace(".", "").replace(",", ".")
    return float(v)


def targets():
    out = []
    for row, ind, concept, scope, vals in T_TABLE:
        span = f"{row} | {ind} | " + " | ".join(vals)
        for year, v in zip((2025, 2027, 2030), vals, strict=True):
            if v == "-":
                continue
            out.append({"doc": T, "indicator": ind[len("Tỷ lệ "):] if ind.startswith("Tỷ lệ ") else ind, "value": v,
                        "number": num(v), "unit": "%", "year": year, "scope": scope, "section": T_HEAD_SEC, "span": span,
                        "concept": concept, "bound": "eq", "year_basis": "column", "kind": "objective",
                        "alt_spans": ["TT | Chỉ tiêu | Năm 2025 | Năm 2027 | Năm 2030"],
                        "table": {"row": row, "column": f"Năm {year}", "cell": v},
                        "note": "Pipe table without outer pipes; span is the whole row line (the '-' cell of 2027, row 6, has no record)."})
    other = [
        ("người trong độ tuổi từ 15 đến 60 biết chữ", "99,2%", 99.2, "%", 2030, "từ 15 đến 60", "tỷ lệ người trong độ tuổi từ 15 đến 60 biết chữ đạt 99,2%", "literacy_15_60_share", "eq", "line", T_OTHER_SEC, "objective", ""),
        ("xã, thị trấn đạt chuẩn xóa mù chữ mức độ 2", "100%", 100.0, "%", None, "xã, thị trấn", "Duy trì 100% xã, thị trấn đạt chuẩn xóa mù chữ mức độ 2", "literacy_level2_commune_share", "eq", "none", T_OTHER_SEC, "objective", ""),
        ("lao động qua đào tạo", "70%", 70.0, "%", 2025, "", "Tỷ lệ lao động qua đào tạo đạt 70% vào năm 2025 và 78% vào năm 2030", "trained_labour_share", "eq", "line", T_OTHER_SEC, "objective", "The struck-through draft figure '~~68%~~' before it is deleted text and has no record."),
        ("lao động qua đào tạo", "78%", 78.0, "%", 2030, "", "Tỷ lệ lao động qua đào tạo đạt 70% vào năm 2025 và 78% vào năm 2030", "trained_labour_share", "eq", "line", T_OTHER_SEC, "objective", ""),
        ("lao động qua đào tạo … có bằng cấp, chứng chỉ", "30%", 30.0, "%", 2025, "", "trong đó có bằng cấp, chứng chỉ đạt 30% vào năm 2025 và 40% vào năm 2030", "trained_labour_certified_share", "eq", "line", T_OTHER_SEC, "objective", ""),
        ("lao động qua đào tạo … có bằng cấp, chứng chỉ", "40%", 40.0, "%", 2030, "", "trong đó có bằng cấp, chứng chỉ đạt 30% vào năm 2025 và 40% vào năm 2030", "trained_labour_certified_share", "eq", "line", T_OTHER_SEC, "objective", ""),
        ("lớp xóa mù chữ và sau xóa mù chữ", "ít nhất 12", 12.0, "count", None, "các xã miền núi Bình Sơn, Thọ Bình", "Mỗi năm mở ít nhất 12 lớp xóa mù chữ và sau xóa mù chữ", "literacy_classes_per_year", "min", "none", T_OTHER_SEC, "objective", "Per year."),
        ("chuyên đề mỗi Trung tâm học tập cộng đồng", "ít nhất 06", 6.0, "count", None, "mỗi Trung tâm học tập cộng đồng", "mỗi Trung tâm học tập cộng đồng tổ chức ít nhất 06 chuyên đề", "cltc_topics_per_year", "min", "none", T_OTHER_SEC, "objective", "Per year."),
        ("thư viện trường học đạt tiêu chuẩn", "100%", 100.0, "%", 2027, "", "Đến năm 2027, 100% thư viện trường học trên địa bàn huyện đạt tiêu chuẩn", "school_library_standard_share", "eq", "line", T_OTHER_SEC, "objective", ""),
        ("Trung tâm học tập cộng đồng được đánh giá xếp loại Tốt", "85%", 85.0, "%", 2030, "", "Đến năm 2030, 85% Trung tâm học tập cộng đồng được đánh giá xếp loại Tốt", "cltc_good_rating_share", "eq", "line", T_OTHER_SEC, "objective", ""),
        ("học liệu số dùng chung", "ít nhất 200", 200.0, "count", 2027, "", "Phát triển kho học liệu số dùng chung với ít nhất 200 học liệu vào năm 2027", "digital_learning_materials_count", "min", "line", "III. NHIỆM VỤ VÀ GIẢI PHÁP › 4. Ứng dụng công nghệ thông tin, chuyển đổi số trong học tập suốt đời", "task", ""),
        ("thôn, tiểu khu có tủ sách", "80%", 80.0, "%", 2030, "thôn, tiểu khu", "phấn đấu đến năm 2030 có 80% thôn, tiểu khu có tủ sách", "village_bookshelf_share", "eq", "line", "III. NHIỆM VỤ VÀ GIẢI PHÁP › 5. Phát triển văn hóa đọc, hệ thống thư viện", "task", ""),
        ("Quỹ khuyến học mỗi xã, thị trấn", "100 triệu đồng", 100000000.0, "VND", 2030, "mỗi xã, thị trấn", "Quỹ khuyến học đạt bình quân 100 triệu đồng trở lên vào năm 2030", "study_promotion_fund_per_commune", "min", "line", "III. NHIỆM VỤ VÀ GIẢI PHÁP › 6. Huy động nguồn lực, đẩy mạnh xã hội hóa", "task", "'bình quân … trở lên': min."),
        ("tổng kinh phí", "9.600 triệu đồng", 9600000000.0, "VND", None, "", "Tổng kinh phí dự kiến thực hiện Kế hoạch giai đoạn 2024 - 2030 là 9.600 triệu đồng", "plan_total_budget", "eq", "none", "IV. KINH PHÍ THỰC HIỆN", "task", "A narrow no-break space (U+202F) between the figure and 'triệu' in the file."),
        ("hỗ trợ mỗi Trung tâm học tập cộng đồng", "20 triệu đồng/năm", 20000000.0, "VND", None, "mỗi Trung tâm học tập cộng đồng", "Ngân sách huyện hỗ trợ mỗi Trung tâm học tập cộng đồng 20 triệu đồng/năm", "cltc_annual_budget", "eq", "none", "IV. KINH PHÍ THỰC HIỆN", "task", ""),
        ("đào tạo nghề cho lao động", "ít nhất 1.500", 1500.0, "count", None, "", "phấn đấu mỗi năm đào tạo nghề cho ít nhất 1.500 lao động", "vocational_trainees_per_year", "min", "none", "V. TỔ CHỨC THỰC HIỆN › 5. Phòng Lao động - Thương binh và Xã hội", "task", ""),
        ("lớp tại các Trung tâm học tập cộng đồng", "ít nhất 15", 15.0, "count", None, "", "tổ chức ít nhất 15 lớp/năm tại các Trung tâm học tập cộng đồng", "cltc_classes_per_year", "min", "none", "V. TỔ CHỨC THỰC HIỆN › 9. Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện", "task", ""),
        ("học bổng “Tiếp bước đến trường”", "ít nhất 100", 100.0, "count", None, "học sinh có hoàn cảnh khó khăn", "cho ít nhất 100 học sinh có hoàn cảnh khó khăn mỗi năm", "scholarships_per_year", "min", "none", "V. TỔ CHỨC THỰC HIỆN › 12. Đề nghị Hội Khuyến học huyện", "task", ""),
    ]
    for ind, v, n, unit, year, scope, span, concept, bound, yb, sec, kind, note in other:
        out.append({"doc": T, "indicator": ind, "value": v, "number": n, "unit": unit, "year": year, "scope": scope,
                    "section": sec, "span": span, "concept": concept, "bound": bound, "year_basis": yb, "kind": kind,
                    **({"note": note} if note else {})})
    for row, ind, concept, scope, vals in K_TABLE:
        span = f"{row} {ind} " + " ".join(vals)
        for year, v in zip((2026, 2027, 2028), vals, strict=True):
            rec = {"doc": K, "indicator": ind[len("Tỷ lệ "):] if ind.startswith("Tỷ lệ ") else ind[len("Số "):],
                   "value": v, "number": num(v), "unit": "count" if "/" in v else "%", "year": year, "scope": scope,
                   "section": K_SEC, "span": span, "concept": concept, "bound": "eq", "year_basis": "column",
                   "kind": "objective", "alt_spans": ["TT Chỉ tiêu Năm 2026 Năm 2027 Năm 2028"],
                   "table": {"row": row, "column": f"Năm {year}", "cell": v},
                   "note": "PDF table cell after cell (the indicator cell wraps over two lines); span is TT + indicator + three year cells."}
            if "/" in v:
                rec["number_of"] = 26.0
            out.append(rec)
    kother = [
        ("chuyên đề của Trung tâm học tập cộng đồng xã", "ít nhất 10", 10.0, "count", None, "mỗi năm tổ chức ít nhất 10 chuyên đề cho người dân", "cltc_topics_per_year", "min", "none", K_OTHER_SEC, "objective"),
        ("lớp tiếng Anh giao tiếp du lịch", "ít nhất 02", 2.0, "count", None, "Mỗi năm mở ít nhất 02 lớp tiếng Anh giao tiếp du lịch", "tourism_english_classes_per_year", "min", "none", K_OTHER_SEC, "objective"),
        ("học viên lớp tiếng Anh giao tiếp du lịch", "khoảng 60", 60.0, "count", None, "với khoảng 60 học viên là người dân làm dịch vụ tại Khu di tích Kim Liên", "tourism_english_learners_per_year", "approx", "none", K_OTHER_SEC, "objective"),
        ("xóm có tủ sách cộng đồng", "100%", 100.0, "%", 2027, "Đến năm 2027, 100% xóm có tủ sách cộng đồng", "village_bookshelf_share", "eq", "line", K_OTHER_SEC, "objective"),
        ("lượt người dân được hướng dẫn tại “Điểm học tập số”", "ít nhất 300", 300.0, "count", None, "Mỗi năm có ít nhất 300 lượt người dân được hướng dẫn sử dụng dịch vụ công trực tuyến", "digital_point_users_per_year", "min", "none", K_OTHER_SEC, "objective"),
        ("tổng kinh phí", "1.380 triệu đồng", 1380000000.0, "VND", None, "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2026 - 2028 là 1.380 triệu đồng", "plan_total_budget", "eq", "none", "IV. KINH PHÍ THỰC HIỆN", "task"),
        ("kinh phí năm 2026", "420 triệu đồng", 420000000.0, "VND", 2026, "năm 2026 là 420 triệu đồng", "plan_annual_budget", "eq", "line", "IV. KINH PHÍ THỰC HIỆN", "task"),
        ("kinh phí năm 2027", "460 triệu đồng", 460000000.0, "VND", 2027, "năm 2027 là 460 triệu đồng", "plan_annual_budget", "eq", "line", "IV. KINH PHÍ THỰC HIỆN", "task"),
        ("kinh phí năm 2028", "500 triệu đồng", 500000000.0, "VND", 2028, "năm 2028 là 500 triệu đồng", "plan_annual_budget", "eq", "line", "IV. KINH PHÍ THỰC HIỆN", "task"),
        ("Trung tâm học tập cộng đồng xã", "40 triệu đồng/năm", 40000000.0, "VND", None, "Trung tâm học tập cộng đồng xã 40 triệu đồng/năm", "cltc_annual_budget", "eq", "none", "IV. KINH PHÍ THỰC HIỆN", "task"),
        ("Quỹ khuyến học xã", "300 triệu đồng", 300000000.0, "VND", 2028, "Quỹ khuyến học xã, phấn đấu đạt 300 triệu đồng vào năm 2028", "study_promotion_fund_total", "eq", "line", "V. TỔ CHỨC THỰC HIỆN › 12. Đề nghị Hội Khuyến học xã", "task"),
    ]
    for ind, v, n, unit, year, span, concept, bound, yb, sec, kind in kother:
        out.append({"doc": K, "indicator": ind, "value": v, "number": n, "unit": unit, "year": year, "scope": "",
                    "section": sec, "span": span, "concept": concept, "bound": bound, "year_basis": yb, "kind": kind})
    return out


def ag(doc, item, agency, canonical, level, role, n_tasks, span, deadlines=(), parent=None, role_span=None, note=None):
    r = {"doc": doc, "agency": agency, "canonical": canonical, "level": level, "role": role, "n_tasks": n_tasks,
         "span": span, "deadline_spans": list(deadlines), "item": item, "tier": "district" if doc == T else "commune"}
    if parent:
        r["parent"] = parent
    if role_span:
        r["role_span"] = role_span
    if note:
        r["note"] = note
    return r


def agencies():
    return [
        ag(T, "1", "Phòng Giáo dục và Đào tạo", "education", "district", "standing", 4,
           "Là cơ quan thường trực, chủ trì, phối hợp với các phòng, ban, đơn vị và Ủy ban nhân dân các xã, thị trấn triển khai thực hiện Kế hoạch",
           ["tổ chức sơ kết giữa kỳ vào quý IV/2027 và tổng kết thực hiện Kế hoạch vào quý IV/2030"], role_span="Là cơ quan thường trực",
           note="The heading's 'Đào tạo' carries a zero-width space in the file."),
        ag(T, "2", "Phòng Nội vụ", "home_affairs", "district", "lead", 3,
           "Chủ trì hướng dẫn đánh giá, công nhận danh hiệu “Đơn vị học tập” đối với các cơ quan, đơn vị cấp huyện và Ủy ban nhân dân cấp xã"),
        ag(T, "3", "Phòng Tài chính - Kế hoạch", "finance", "district", "lead", 2,
           "Chủ trì, phối hợp với Phòng Giáo dục và Đào tạo tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách huyện hằng năm"),
        ag(T, "4", "Phòng Văn hóa và Thông tin", "culture", "district", "lead", 3,
           "Trung tâm Văn hóa, Thông tin, Thể thao và Du lịch huyện tuyên truyền về xây dựng xã hội học tập",
           note="Its first line begins 'Chủ trì, phối hợp với ~~Phòng Tư pháp,~~ …' — the struck body is deleted text; the span starts after it."),
        ag(T, "5", "Phòng Lao động - Thương binh và Xã hội", "labour_social", "district", "lead", 2,
           "Chủ trì triển khai đào tạo nghề cho lao động nông thôn, gắn đào tạo với giải quyết việc làm"),
        ag(T, "6", "Trung tâm Văn hóa, Thông tin, Thể thao và Du lịch huyện", "media", "district", "lead", 2,
           "Duy trì chuyên mục “Học tập suốt đời” trên sóng truyền thanh huyện với thời lượng 02 kỳ/tháng"),
        ag(T, "7", "Công an huyện", "police", "district", "lead", 2,
           "Đẩy mạnh phong trào học tập trong cán bộ, chiến sĩ; phối hợp tuyên truyền pháp luật tại Trung tâm học tập cộng đồng"),
        ag(T, "8", "Ban Chỉ huy Quân sự huyện", "military", "district", "lead", 1,
           "Tổ chức học tập, bồi dưỡng kiến thức cho lực lượng dân quân tự vệ"),
        ag(T, "9", "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện", "continuing_education_centre", "district", "lead", 2,
           "Mở các lớp bổ túc văn hóa, bồi dưỡng kỹ năng nghề ngắn hạn; tổ chức ít nhất 15 lớp/năm tại các Trung tâm học tập cộng đồng"),
        ag(T, "10", "Ủy ban nhân dân các xã, thị trấn", "peoples_committee_lower", "commune", "lead", 3,
           "Xây dựng kế hoạch thực hiện trên địa bàn, hoàn thành trước ngày 30/7/2024",
           ["hoàn thành trước ngày 30/7/2024", "Báo cáo kết quả thực hiện về Phòng Giáo dục và Đào tạo trước ngày 30/11 hằng năm"],
           note="The struck draft deadline '~~trước ngày 15/11~~' is deleted text; 30/11 is the deadline. '2024' carries a word joiner in the file."),
        {**ag(T, "11", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện", "fatherland_front", "district", "request", 2,
              "Đẩy mạnh tuyên truyền, vận động đoàn viên, hội viên tích cực học tập"),
         "is_group": True, "members": ["Huyện đoàn", "Hội Liên hiệp Phụ nữ huyện", "Hội Nông dân huyện"]},
        ag(T, "", "Huyện đoàn", "youth_union", "district", "request", 1,
           "Huyện đoàn chủ trì phong trào “Thanh niên học tập, lập nghiệp”", parent="11"),
        ag(T, "", "Hội Liên hiệp Phụ nữ huyện", "womens_union", "district", "request", 1,
           "Hội Liên hiệp Phụ nữ huyện duy trì mô hình “Phụ nữ học tập”", parent="11"),
        ag(T, "", "Hội Nông dân huyện", "farmers_union", "district", "request", 1,
           "Hội Nông dân huyện phối hợp mở lớp chuyển giao kỹ thuật cho hội viên", parent="11"),
        ag(T, "12", "Đề nghị Hội Khuyến học huyện", "study_promotion_association", "district", "request", 2,
           "Chủ trì đánh giá, công nhận các danh hiệu “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” cấp thôn"),
        ag(K, "1", "Phòng Văn hóa - Xã hội", "culture", "commune", "standing", 1,
           "Là cơ quan thường trực, tham mưu Ủy ban nhân dân xã triển khai thực hiện Kế hoạch",
           ["báo cáo Ủy ban nhân dân xã trước ngày 10/12 hằng năm", "tham mưu sơ kết vào quý III/2027 và tổng kết vào quý IV/2028"],
           role_span="Là cơ quan thường trực",
           note="Run-in item; a page break (and the 'BẢN SAO' watermark line) falls inside it, between 'theo dõi,' and 'tổng hợp kết quả'."),
        ag(K, "2", "Phòng Kinh tế", "economy", "commune", "lead", 1,
           "Chủ trì tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách xã hằng năm"),
        ag(K, "3", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã", "office_council_committee", "commune", "lead", 1,
           "Chủ trì đánh giá, công nhận danh hiệu “Đơn vị học tập” đối với các cơ quan, đơn vị trên địa bàn xã"),
        ag(K, "4", "Trung tâm Phục vụ hành chính công xã", "public_service_centre", "commune", "lead", 1,
           "Chủ trì thiết lập và vận hành “Điểm học tập số”"),
        ag(K, "5", "Trung tâm học tập cộng đồng xã", "community_learning_centre", "commune", "lead", 1,
           "Xây dựng chương trình hoạt động hằng năm trước ngày 31/01", ["trước ngày 31/01"]),
        ag(K, "6", "Các trường Mầm non, Tiểu học và Trung học cơ sở trên địa bàn", "schools", "commune", "lead", 1,
           "Xây dựng thư viện thân thiện, câu lạc bộ đọc sách"),
        ag(K, "7", "Công an xã", "police", "commune", "coordinate", 1,
           "Phối hợp tuyên truyền pháp luật, phòng chống tội phạm công nghệ cao tại Trung tâm học tập cộng đồng"),
        ag(K, "8", "Ban Chỉ huy Quân sự xã", "military", "commune", "lead", 1,
           "Tổ chức học tập, bồi dưỡng kiến thức quốc phòng, an ninh cho lực lượng dân quân"),
        ag(K, "9", "Trạm Y tế xã", "health", "commune", "coordinate", 1,
           "Phối hợp tổ chức chuyên đề chăm sóc sức khỏe ban đầu, dinh dưỡng và phòng bệnh"),
        ag(K, "10", "Trưởng các xóm", "village_heads", "commune", "lead", 1,
           "Tuyên truyền, vận động hộ gia đình, dòng họ đăng ký và thực hiện danh hiệu học tập",
           ["báo cáo Trung tâm học tập cộng đồng xã trước ngày 25/11 hằng năm"]),
        {**ag(K, "11", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội xã", "fatherland_front", "commune", "request", 1,
              "Tuyên truyền, vận động hội viên, đoàn viên tham gia học tập"),
         "is_group": True, "members": ["Hội Liên hiệp Phụ nữ xã", "Đoàn Thanh niên xã"]},
        ag(K, "", "Hội Liên hiệp Phụ nữ xã", "womens_union", "commune", "request", 1,
           "Hội Liên hiệp Phụ nữ xã và Đoàn Thanh niên xã phối hợp hướng dẫn kỹ năng số cho người dân", parent="11"),
        ag(K, "", "Đoàn Thanh niên xã", "youth_union", "commune", "request", 1,
           "Hội Liên hiệp Phụ nữ xã và Đoàn Thanh niên xã phối hợp hướng dẫn kỹ năng số cho người dân", parent="11"),
        ag(K, "12", "Đề nghị Hội Khuyến học xã", "study_promotion_association", "commune", "request", 1,
           "Chủ trì phát động phong trào khuyến học, khuyến tài trong các dòng họ"),
        ag(K, "13", "Đề nghị Ban Quản lý Khu di tích Kim Liên", "heritage_site_board", "organisation", "request", 1,
           "Phối hợp với Ủy ban nhân dân xã bồi dưỡng kiến thức lịch sử, văn hóa cho người dân làm dịch vụ du lịch",
           note="A provincial heritage board the commune can only ask ('Đề nghị')."),
    ]


def main():
    problems = []
    tg, ags = targets(), agencies()
    for n, r in enumerate(tg, 1):
        for s in [r["span"]] + r.get("alt_spans", []):
            if cs.norm(s) not in cs.text_of(r["doc"]):
                problems.append(f"targets {n}: MISSING {s!r}")
        if r.get("table") is None and cs.norm(r["value"]).lower() not in cs.norm(r["span"]).lower():
            problems.append(f"targets {n}: value {r['value']!r} not in span")
    for n, r in enumerate(ags, 1):
        for s in [r["span"]] + r["deadline_spans"] + ([r["role_span"]] if r.get("role_span") else []):
            if cs.norm(s) not in cs.text_of(r["doc"]):
                problems.append(f"agencies {n}: MISSING {s!r}")
    for p in PLANS:
        for k in ("number", "title"):
            if cs.norm(p[k]) not in cs.text_of(p["id"]):
                problems.append(f"plans: {k} {p[k]!r} not in text")
        if cs.norm(p["signer"]["name"]) not in cs.text_of(p["id"]):
            problems.append("plans: signer not in text")
    if problems:
        print("\n".join(problems))
        return 1
    os.makedirs(OUT, exist_ok=True)
    for name, rows in (("plans.jsonl", PLANS), ("targets.jsonl", tg), ("agencies.jsonl", ags)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote gold36: {len(PLANS)} plans, {len(tg)} targets, {len(ags)} agencies")
    return 0


if __name__ == "__main__":
    sys.exit(main())
