"""Write eval/sets/gold34/ (plans.jsonl, targets.jsonl, agencies.jsonl) for set 34, by hand.

    python eval/sets/src34/gold_src34.py

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

OUT = os.path.join(SETS, "gold34")
Q = "quangninh_286-KH-UBND_2025.docx"
B = "bacnhatrang_41-KH-UBND_2026.pdf"

PLANS = [
    {"id": Q, "title": "Xây dựng xã hội học tập tỉnh Quảng Ninh giai đoạn 2026 - 2030", "locality": "Quảng Ninh",
     "level": "tỉnh/thành phố", "parents": [], "number": "286/KH-UBND", "issued": "2025-12-12", "period": "2026-2030",
     "signer": {"name": "Hoàng Minh Khải", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"},
     "note": "The date line ('Quảng Ninh, ngày 12 tháng 12 năm 2025') and the signer's name sit inside legacy smart "
             "tags (date / place>City / PersonName): python-docx's paragraph text drops them."},
    {"id": B, "title": "Xây dựng xã hội học tập phường Bắc Nha Trang năm 2026 và định hướng đến năm 2030",
     "locality": "Bắc Nha Trang", "level": "xã", "parents": ["Khánh Hòa"], "number": "41/KH-UBND",
     "issued": "2026-03-06", "period": "2026",
     "signer": {"name": "Phan Thanh Hải", "capacity": "CHỦ TỊCH"},
     "note": "A ward of the two-level model (phường, directly under the province; level 'xã' = commune tier). Annual "
             "plan 2026 with an orientation to 2030 (period '2026'; the 2030 figures carry year 2030). The PDF is "
             "RC4-encrypted with an empty user password."},
]

SEC_T = "II. MỤC TIÊU › 2. Mục tiêu cụ thể › a) Bảng 1"
SEC_O = "II. MỤC TIÊU › 2. Mục tiêu cụ thể › b) Một số chỉ tiêu khác"
TABLE = [  # row, indicator cell, indicator, concept, scope, values 2026/2028/2030
    (1, "Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình học tập”", "hộ gia đình đạt danh hiệu “Gia đình học tập”",
     "learning_family_share", "", ["70%", "75%", "80%"]),
    (2, "Tỷ lệ dòng họ đạt danh hiệu “Dòng họ học tập”", "dòng họ đạt danh hiệu “Dòng họ học tập”",
     "learning_clan_share", "", ["45%", "52%", "60%"]),
    (3, "Tỷ lệ thôn, khu phố đạt danh hiệu “Cộng đồng học tập”", "thôn, khu phố đạt danh hiệu “Cộng đồng học tập”",
     "learning_community_units_share", "thôn, khu phố", ["55%", "62%", "70%"]),
    (4, "Tỷ lệ cơ quan, đơn vị cấp tỉnh đạt danh hiệu “Đơn vị học tập”", "cơ quan, đơn vị cấp tỉnh đạt danh hiệu “Đơn vị học tập”",
     "learning_unit_share", "cơ quan, đơn vị cấp tỉnh", ["75%", "82%", "90%"]),
    (5, "Tỷ lệ người từ 15 đến 60 tuổi đạt chuẩn biết chữ mức độ 2", "người từ 15 đến 60 tuổi đạt chuẩn biết chữ mức độ 2",
     "literacy_rate_15_60", "từ 15 đến 60 tuổi", ["98,2%", "98,6%", "99%"]),
    (6, "Tỷ lệ trung tâm học tập cộng đồng xếp loại Tốt", "trung tâm học tập cộng đồng xếp loại Tốt",
     "cltc_good_rating_share", "", ["55%", "65%", "75%"]),
    (7, "Tỷ lệ người dân từ 15 tuổi trở lên có kỹ năng số cơ bản", "người dân từ 15 tuổi trở lên có kỹ năng số cơ bản",
     "citizen_digital_skills_share", "từ 15 tuổi trở lên", ["65%", "75%", "85%"]),
    (8, "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ", "lao động qua đào tạo có bằng cấp, chứng chỉ",
     "trained_labour_certified_share", "", ["36%", "40%", "45%"]),
    (9, "Tỷ lệ công nhân, người lao động trong doanh nghiệp được học tập nâng cao trình độ, kỹ năng nghề",
     "công nhân, người lao động trong doanh nghiệp được học tập nâng cao trình độ, kỹ năng nghề",
     "enterprise_workers_upskilled_share", "trong doanh nghiệp", ["60%", "70%", "80%"]),
    (10, "Tỷ lệ hướng dẫn viên, nhân viên du lịch được bồi dưỡng ngoại ngữ",
     "hướng dẫn viên, nhân viên du lịch được bồi dưỡng ngoại ngữ", "tourism_staff_language_trained_share",
     "hướng dẫn viên, nhân viên du lịch", ["40%", "55%", "70%"]),
]


def num(v):
    v = v.replace("%", "").replace("ít nhất", "").strip()
    return float(v.replace(".", "").replace(",", "."))


def T(doc, indicator, value, number, unit, year, scope, section, span, concept, bound, year_basis, kind, note=None,
      **extra):
    r = {"doc": doc, "indicator": indicator, "value": value, "number": number, "unit": unit, "year": year,
         "scope": scope, "section": section, "span": span, "concept": concept, "bound": bound,
         "year_basis": year_basis, "kind": kind}
    r.update(extra)
    if note:
        r["note"] = note
    return r


targets = []
for row, cell, ind, concept, scope, vals in TABLE:
    span = cell + " " + " ".join(vals)
    for year, v in zip((2026, 2028, 2030), vals, strict=True):
        targets.append(T(Q, ind, v, num(v), "%", year, scope, SEC_T, span, concept, "eq", "column", "objective",
                         "Bảng 1 row; span is the indicator cell through its three year cells (one cell a line). "
                         "The caption number 'Bảng 1' is a SEQ simple field.",
                         table={"row": row, "column": f"Năm {year}", "cell": v}))
targets += [
    T(Q, "lớp xóa mù chữ và giáo dục tiếp tục sau biết chữ cho đồng bào dân tộc thiểu số", "ít nhất 60 lớp", 60.0,
      "count", None, "đồng bào dân tộc thiểu số", SEC_O,
      "Hằng năm tổ chức ít nhất 60 lớp xóa mù chữ và giáo dục tiếp tục sau biết chữ cho đồng bào dân tộc thiểu số",
      "literacy_classes_per_year", "min", "none", "objective"),
    T(Q, "trung tâm học tập cộng đồng được kết nối Internet băng thông rộng và có tủ sách điện tử", "100%", 100.0, "%",
      2027, "", SEC_O, "Đến hết năm 2027, 100% trung tâm học tập cộng đồng được kết nối Internet băng thông rộng",
      "cltc_broadband_share", "eq", "line", "objective"),
    T(Q, "khóa học trực tuyến mở trên Cổng học tập suốt đời", "ít nhất 400", 400.0, "count", 2030, "", SEC_O,
      "Đến năm 2030, có ít nhất 400 khóa học trực tuyến mở trên Cổng học tập suốt đời của tỉnh",
      "open_online_courses_count", "min", "line", "objective"),
    T(Q, "lượt ngư dân, lao động nghề biển được tuyên truyền, tập huấn", "ít nhất 15.000", 15000.0, "count", None, "",
      SEC_O, "Mỗi năm có ít nhất 15.000 lượt ngư dân, lao động nghề biển được tuyên truyền, tập huấn",
      "fishers_trained_per_year", "min", "none", "objective"),
    T(Q, "mô hình “Cộng đồng học tập” gắn với du lịch biển đảo (mỗi đặc khu)", "ít nhất 01", 1.0, "count", None,
      "đặc khu Vân Đồn, Cô Tô", SEC_O,
      "Mỗi đặc khu Vân Đồn và Cô Tô có ít nhất 01 mô hình “Cộng đồng học tập” gắn với du lịch biển đảo",
      "learning_community_model_per_special_zone", "min", "none", "objective",
      "Vân Đồn and Cô Tô are inside place smart tags."),
    T(Q, "doanh nghiệp đạt mô hình “Doanh nghiệp học tập” (thêm mỗi năm)", "20", 20.0, "count", None, "",
      "III. NHIỆM VỤ, GIẢI PHÁP › 2. Phát triển các mô hình học tập",
      "phấn đấu mỗi năm có thêm 20 doanh nghiệp đạt mô hình", "learning_enterprises_added_per_year", "eq", "none",
      "task"),
    T(Q, "khóa học trực tuyến mở đưa lên Cổng mỗi năm", "ít nhất 80", 80.0, "count", None, "",
      "III. NHIỆM VỤ, GIẢI PHÁP › 3. Đẩy mạnh chuyển đổi số trong học tập suốt đời",
      "mỗi năm đưa lên Cổng ít nhất 80 khóa học trực tuyến mở", "open_online_courses_per_year", "min", "none", "task"),
    T(Q, "người được đào tạo nghề sơ cấp, dưới 03 tháng", "ít nhất 12.000", 12000.0, "count", None,
      "lao động nông thôn, công nhân chuyển đổi nghề", "III. NHIỆM VỤ, GIẢI PHÁP › 4. Nâng cao trình độ, kỹ năng nghề cho người lao động",
      "mỗi năm ít nhất 12.000 người", "vocational_trainees_per_year", "min", "none", "task"),
    T(Q, "lớp xóa mù chữ tại các đồn biên phòng", "ít nhất 10", 10.0, "count", None, "đồn biên phòng",
      "III. NHIỆM VỤ, GIẢI PHÁP › 6. Xóa mù chữ và giáo dục sau biết chữ ở vùng đồng bào dân tộc thiểu số, biên giới",
      "mỗi năm ít nhất 10 lớp do cán bộ, chiến sĩ biên phòng trực tiếp đứng lớp", "border_post_literacy_classes_per_year",
      "min", "none", "task"),
    T(Q, "kinh phí hỗ trợ mỗi trung tâm học tập cộng đồng", "25 triệu đồng/năm", 25000000.0, "VND", None,
      "mỗi trung tâm học tập cộng đồng", "IV. KINH PHÍ THỰC HIỆN",
      "hỗ trợ mỗi trung tâm học tập cộng đồng 25 triệu đồng/năm", "cltc_annual_budget", "eq", "none", "task"),
    T(Q, "tổng kinh phí dự kiến giai đoạn 2026 - 2030", "44.000", 44000000000.0, "VND", None, "",
      "IV. KINH PHÍ THỰC HIỆN › Bảng 2", "Tổng cộng 8.000 8.400 8.800 9.200 9.600 44.000", "plan_total_budget", "eq",
      "none", "task", "Triệu đồng; the Tổng cộng cells are =SUM(ABOVE)/=SUM(LEFT) simple fields (results only).",
      table={"row": 4, "column": "Tổng cộng", "cell": "44.000"}),
]
B26, B30 = "II. MỤC TIÊU › 2. Chỉ tiêu năm 2026", "II. MỤC TIÊU › 3. Định hướng đến năm 2030"
NOTE_P2 = ("Page 2 is drawn lower half first: in the extraction this line comes BEFORE its sub-heading "
           "'2. Chỉ tiêu năm 2026'.")
targets += [
    T(B, "hộ gia đình đạt danh hiệu “Gia đình học tập”", "72%", 72.0, "%", 2026, "", B26,
      "72% hộ gia đình đạt danh hiệu “Gia đình học tập”", "learning_family_share", "eq", "heading", "objective"),
    T(B, "tổ dân phố đạt danh hiệu “Cộng đồng học tập” cấp tổ dân phố", "20/32", 20.0, "count", 2026, "tổ dân phố",
      B26, "20/32 tổ dân phố đạt danh hiệu “Cộng đồng học tập” cấp tổ", "learning_community_units_count", "eq",
      "heading", "objective", "The line is cut by the page-2 half boundary: 'dân phố;' is extracted elsewhere.",
      number_of=32),
    T(B, "cơ quan, đơn vị, trường học đăng ký xây dựng “Đơn vị học tập”", "100%", 100.0, "%", 2026,
      "cơ quan, đơn vị, trường học trên địa bàn phường", B26,
      "100% cơ quan, đơn vị, trường học trên địa bàn phường đăng ký", "learning_unit_registered_share", "eq",
      "heading", "objective", NOTE_P2),
    T(B, "lớp chuyên đề của Trung tâm học tập cộng đồng phường", "ít nhất 40", 40.0, "count", 2026, "", B26,
      "Trung tâm học tập cộng đồng phường tổ chức ít nhất 40 lớp chuyên đề", "cltc_topic_classes_count", "min",
      "heading", "objective", NOTE_P2),
    T(B, "lượt người tham gia lớp chuyên đề", "2.400", 2400.0, "count", 2026, "", B26,
      "chuyên đề với 2.400 lượt người tham gia", "cltc_participants_count", "eq", "heading", "objective", NOTE_P2),
    T(B, "người dân từ 15 tuổi trở lên có kỹ năng số cơ bản", "50%", 50.0, "%", 2026, "từ 15 tuổi trở lên", B26,
      "50% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản", "citizen_digital_skills_share", "eq", "heading",
      "objective", NOTE_P2),
    T(B, "người lao động làm dịch vụ du lịch được bồi dưỡng tiếng Anh giao tiếp", "300", 300.0, "count", 2026, "",
      B26, "300 người lao động làm dịch vụ du lịch được bồi dưỡng tiếng", "tourism_workers_english_trained_count",
      "eq", "heading", "objective", NOTE_P2),
    T(B, "lượt ngư dân được tập huấn kỹ năng an toàn trên biển và chống khai thác IUU", "500", 500.0, "count", 2026,
      "", B26, "500 lượt ngư dân được tập huấn kỹ năng an toàn trên biển", "fishers_trained_per_year", "eq",
      "heading", "objective", NOTE_P2),
    T(B, "hộ gia đình đạt danh hiệu “Gia đình học tập”", "80%", 80.0, "%", 2030, "", B30,
      "80% hộ gia đình đạt danh hiệu “Gia đình học tập”", "learning_family_share", "eq", "heading", "objective"),
    T(B, "tổ dân phố đạt danh hiệu “Cộng đồng học tập” cấp tổ dân phố", "28/32", 28.0, "count", 2030, "tổ dân phố",
      B30, "28/32 tổ dân phố đạt danh hiệu “Cộng đồng học tập” cấp tổ dân phố", "learning_community_units_count",
      "eq", "heading", "objective", number_of=32),
    T(B, "người dân từ 15 tuổi trở lên có kỹ năng số cơ bản", "75%", 75.0, "%", 2030, "từ 15 tuổi trở lên", B30,
      "75% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản", "citizen_digital_skills_share", "eq", "heading",
      "objective"),
    T(B, "tổng kinh phí thực hiện Kế hoạch năm 2026", "1.250 triệu đồng", 1250000000.0, "VND", 2026, "",
      "IV. KINH PHÍ THỰC HIỆN", "Tổng kinh phí thực hiện Kế hoạch năm 2026 là 1.250 triệu đồng", "plan_total_budget",
      "eq", "line", "task"),
    T(B, "hỗ trợ hoạt động của Trung tâm học tập cộng đồng", "120 triệu đồng", 120000000.0, "VND", 2026, "",
      "IV. KINH PHÍ THỰC HIỆN", "120 triệu đồng hỗ trợ hoạt động của Trung tâm học tập cộng đồng",
      "cltc_annual_budget", "eq", "single", "task"),
]


def A(doc, item, agency, canonical, level, role, n, span, deadlines=(), note=None, tier=None, **extra):
    r = {"doc": doc, "agency": agency, "canonical": canonical, "level": level, "role": role, "n_tasks": n,
         "span": span, "deadline_spans": list(deadlines), "item": item, "tier": tier or level}
    r.update(extra)
    if note:
        r["note"] = note
    return r


ABBR = "Named abbreviated in III ({}) and in full as item {} of V."
agencies = [
    A(Q, "1", "Sở Giáo dục và Đào tạo", "education", "province", "standing", 5,
      "Là cơ quan thường trực, chủ trì, phối hợp với các sở, ngành, Ủy ban nhân dân các xã, phường, đặc khu triển khai thực hiện Kế hoạch",
      ["báo cáo Ủy ban nhân dân tỉnh và Bộ Giáo dục và Đào tạo trước ngày 15/12 hằng năm",
       "Tổ chức sơ kết giữa kỳ vào quý IV/2028 và tổng kết thực hiện Kế hoạch vào quý IV/2030"],
      ABBR.format("Sở GD&ĐT", 1) + " 15/12 is inside a date smart tag.", role_span="Là cơ quan thường trực",
      aliases=["Sở GD&ĐT"]),
    A(Q, "2", "Sở Nội vụ", "home_affairs", "province", "lead", 3,
      "Chủ trì đánh giá, công nhận danh hiệu “Đơn vị học tập” cấp tỉnh"),
    A(Q, "3", "Sở Tài chính", "finance", "province", "lead", 3,
      "Chủ trì, phối hợp với Sở Giáo dục và Đào tạo tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm"),
    A(Q, "4", "Sở Văn hóa, Thể thao và Du lịch", "culture", "province", "lead", 2,
      "Chủ trì xây dựng thư viện số dùng chung của tỉnh", note=ABBR.format("Sở VHTTDL", 4), aliases=["Sở VHTTDL"]),
    A(Q, "5", "Sở Khoa học và Công nghệ", "science_technology", "province", "lead", 3,
      "Chủ trì vận hành Cổng học tập suốt đời của tỉnh", ["hoàn thành và đưa vào vận hành trong quý III/2026"],
      ABBR.format("Sở KH&CN", 5) + " The quý III/2026 deadline is in III.3.", aliases=["Sở KH&CN"]),
    A(Q, "6", "Sở Nông nghiệp và Môi trường", "agriculture_environment", "province", "lead", 3,
      "Chủ trì chuyển giao tiến bộ kỹ thuật nông nghiệp, nuôi trồng thủy sản qua các trung tâm học tập cộng đồng",
      note=ABBR.format("Sở NN&MT", 6), aliases=["Sở NN&MT"]),
    A(Q, "7", "Sở Dân tộc và Tôn giáo", "ethnic_religious_affairs", "province", "lead", 2,
      "Lồng ghép nội dung học tập suốt đời vào các chương trình phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"),
    A(Q, "8", "Sở Y tế", "health", "province", "coordinate", 2,
      "Phối hợp với các trung tâm học tập cộng đồng tuyên truyền, hướng dẫn người dân về chăm sóc sức khỏe ban đầu"),
    A(Q, "9", "Công an tỉnh", "police", "province", "lead", 2,
      "Chỉ đạo Công an các xã, phường, đặc khu phối hợp tuyên truyền pháp luật"),
    A(Q, "10", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "border_guard", "province", "lead", 1,
      "Chủ trì tổ chức các lớp xóa mù chữ tại các đồn biên phòng", note=ABBR.format("BĐBP tỉnh", 10),
      aliases=["BĐBP tỉnh"]),
    A(Q, "11", "Bộ Chỉ huy Quân sự tỉnh", "military", "province", "lead", 2,
      "Tổ chức học tập chính trị, pháp luật, kỹ năng nghề cho quân nhân sắp xuất ngũ"),
    A(Q, "12", "Trung tâm Truyền thông tỉnh", "media", "province", "lead", 2,
      "Duy trì chuyên mục “Quảng Ninh học tập suốt đời”"),
    A(Q, "13", "Trường Đại học Hạ Long", "university", "province", "coordinate", 2,
      "Phối hợp biên soạn học liệu số, khóa học trực tuyến mở về ngoại ngữ, du lịch, kỹ năng số"),
    A(Q, "14", "Ủy ban nhân dân các xã, phường, đặc khu", "peoples_committee_lower", "commune", "lead", 4,
      "Xây dựng kế hoạch xây dựng xã hội học tập của địa phương, ban hành trước ngày 31/3/2026",
      ["ban hành trước ngày 31/3/2026", "Ủy ban nhân dân các xã, phường, đặc khu Báo cáo 6 tháng Trước ngày 10/6 hằng năm",
       "Ủy ban nhân dân các xã, phường, đặc khu Báo cáo năm Trước ngày 20/11 hằng năm"],
      "31/3/2026 is inside a date smart tag; 10/6 and 20/11 are VI's tab-stop lines.", tier="province"),
    A(Q, "15", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh",
      "fatherland_front", "organisation", "request", 2,
      "Tuyên truyền, vận động đoàn viên, hội viên tham gia học tập suốt đời", tier="province", is_group=True),
    A(Q, "15", "Liên đoàn Lao động tỉnh", "labour_federation", "organisation", "request", 1,
      "Đề nghị Liên đoàn Lao động tỉnh chủ trì phong trào học tập nâng cao trình độ, kỹ năng nghề trong công nhân, người lao động",
      note="Inline inside item 15; also 'LĐLĐ tỉnh' in III.2 (Doanh nghiệp học tập, 20 doanh nghiệp/năm).",
      tier="province", parent="15", aliases=["LĐLĐ tỉnh"]),
    A(Q, "16", "Đề nghị Hội Khuyến học tỉnh", "study_promotion_association", "organisation", "request", 2,
      "Chủ trì đánh giá, công nhận danh hiệu “Gia đình học tập”, “Dòng họ học tập” theo hướng dẫn",
      ["Hội Khuyến học tỉnh Kết quả công nhận danh hiệu học tập Trước ngày 05/12 hằng năm"], tier="province"),
    A(B, "1", "Phòng Văn hóa - Xã hội", "culture", "commune", "standing", 1,
      "Phòng Văn hóa - Xã hội: Là cơ quan thường trực, tham mưu Ủy ban nhân dân phường triển khai Kế hoạch",
      ["báo cáo Ủy ban nhân dân phường và Sở Giáo dục và Đào tạo trước ngày 05/12/2026"],
      "The ward's focal office, keyed culture as in earlier sets.", role_span="Là cơ quan thường trực"),
    A(B, "2", "Phòng Kinh tế, Hạ tầng và Đô thị", "economy", "commune", "lead", 3,
      "Chủ trì tập huấn cho ngư dân về an toàn trên biển, chống khai thác IUU",
      ["Trước mùa biển động, tháng 8/2026", "gửi Phòng Kinh tế, Hạ tầng và Đô thị tổng hợp trước ngày 15/3/2026"]),
    A(B, "3", "Văn phòng HĐND và UBND phường", "office_council_committee", "commune", "lead", 2,
      "Chủ trì thành lập tổ công nghệ số cộng đồng", ["Tháng 4/2026"]),
    A(B, "4", "Trung tâm Phục vụ hành chính công phường", "public_service_centre", "commune", "lead", 2,
      "Bố trí quầy hỗ trợ, hướng dẫn người dân sử dụng dịch vụ công trực tuyến"),
    A(B, "5", "Trung tâm học tập cộng đồng phường", "community_learning_centre", "commune", "lead", 3,
      "Xây dựng và thực hiện chương trình hoạt động năm 2026",
      ["báo cáo kết quả hoạt động 6 tháng trước ngày 15/6/2026", "Quý II/2026"]),
    A(B, "6", "Các trường mầm non, tiểu học, trung học cơ sở trên địa bàn phường", "schools", "commune", "lead", 3,
      "Xây dựng trường học là “Đơn vị học tập”", ["Tháng 3 và tháng 11/2026"]),
    A(B, "7", "Công an phường", "police", "commune", "lead", 2,
      "Tuyên truyền pháp luật, phòng chống lừa đảo trên không gian mạng", ["Quý III/2026"]),
    A(B, "8", "Ban Chỉ huy Quân sự phường", "military", "commune", "lead", 2,
      "Tổ chức học tập chính trị, pháp luật cho lực lượng dân quân"),
    A(B, "9", "Trạm Y tế phường", "health", "commune", "coordinate", 1,
      "Phối hợp với Trung tâm học tập cộng đồng mở lớp chăm sóc sức khỏe người cao tuổi", ["Tháng 10/2026"]),
    A(B, "10", "Tổ trưởng tổ dân phố", "village_heads", "commune", "lead", 2,
      "Vận động Nhân dân tham gia học tập; tổ chức bình xét “Gia đình học tập”, “Cộng đồng học tập” tại tổ dân phố",
      ["Tổ trưởng tổ dân phố báo cáo kết quả bình xét danh hiệu học tập về Phòng Văn hóa - Xã hội trước ngày 20/11/2026",
       "Tháng 11/2026"]),
    A(B, "11", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường và các tổ chức chính trị - xã hội phường",
      "fatherland_front", "organisation", "request", 1,
      "Tuyên truyền, vận động đoàn viên, hội viên tham gia học tập suốt đời", tier="commune", is_group=True),
    A(B, "12", "Đề nghị Hội Khuyến học phường", "study_promotion_association", "organisation", "request", 2,
      "Phối hợp bình xét các danh hiệu học tập; vận động nguồn xã hội hóa", tier="commune"),
    A(B, "", "Ban Quản lý di tích Tháp Bà Ponagar", "heritage_site_board", "organisation", "coordinate", 1,
      "Phối hợp với Ban Quản lý di tích Tháp Bà Ponagar tổ chức các buổi học tập lịch sử, văn hóa Chăm",
      note="Named only in III.3 as the learning centre's partner (a provincial heritage board, no item of its own).",
      tier="commune"),
]


def main():
    problems = []
    for r in targets + agencies:
        for s in [r["span"]] + r.get("deadline_spans", []) + ([r["role_span"]] if r.get("role_span") else []):
            if cs.norm(s) not in cs.text_of(r["doc"]):
                problems.append(f"missing in {r['doc']}: {s!r}")
        for a in r.get("aliases", []):
            if cs.norm(a) not in cs.text_of(r["doc"]):
                problems.append(f"alias missing in {r['doc']}: {a!r}")
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
