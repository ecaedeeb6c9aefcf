"""Hand-written gold for the three held-out plans; writes eval/sets/gold/{plans,targets,agencies}.jsonl.

    python eval/sets/src/gold_src.py

Every record below was read off the plan text by hand (see check_sets.py for the span check).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(os.path.dirname(HERE), "gold")

QT = "quangtri_112-KH-UBND_2024.docx"
CB = "cambinh_09-KH-UBND_2025.pdf"
DT = "ductrong_156-KH-UBND_2024.md"

PLANS = [
    {"id": QT, "title": "Xây dựng xã hội học tập tỉnh Quảng Trị giai đoạn 2025 - 2030", "locality": "Quảng Trị",
     "level": "tỉnh/thành phố", "parents": [], "number": "112/KH-UBND", "issued": "2024-11-18",
     "period": "2025-2030", "signer": {"name": "Hoàng Thị Minh Phương", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"}},
    {"id": CB, "title": "Xây dựng xã hội học tập và phát triển Trung tâm học tập cộng đồng xã Cẩm Bình năm 2025",
     "locality": "Cẩm Bình", "level": "xã", "parents": ["Cẩm Xuyên", "Hà Tĩnh"], "number": "09/KH-UBND",
     "issued": "2025-01-15", "period": "2025", "signer": {"name": "Phan Đình Quý", "capacity": "CHỦ TỊCH"}},
    {"id": DT, "title": "Thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030” trên địa bàn huyện Đức Trọng, giai đoạn 2024 - 2030",
     "locality": "Đức Trọng", "level": "huyện", "parents": ["Lâm Đồng"], "number": "156/KH-UBND",
     "issued": "2024-04-22", "period": "2024-2030", "signer": {"name": "Lê Thị Thu Hà", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"}},
]

T_ORDER = ["doc", "indicator", "value", "number", "number_max", "unit", "year", "scope", "section", "span", "concept",
           "bound", "year_basis", "kind", "occurrence", "alt_spans", "table", "note"]


def num(value):
    import re
    m = re.findall(r"\d+(?:[.,]\d+)*", value)
    out = []
    for x in m:
        if re.fullmatch(r"\d{1,3}(\.\d{3})+", x):  # 2.500 thousands separator
            x = x.replace(".", "")
        out.append(float(x.replace(",", ".")))
    return out


def bound_of(value):
    v = value.lower()
    if v.startswith(("ít nhất", "trên", "tối thiểu")) or "trở lên" in v:
        return "min"
    if v.startswith(("khoảng", "dự kiến")):
        return "approx"
    if "-" in v and "%" in v or re_range(v):
        return "range"
    return "eq"


def re_range(v):
    import re
    return re.search(r"\d\s*-\s*\d", v) is not None


def T(doc, indicator, value, unit, year, scope, section, span, concept, kind="objective", year_basis="heading",
      number=None, **extra):
    ns = num(value) if number is None else [number]
    r = {"doc": doc, "indicator": indicator, "value": value, "number": ns[0], "unit": unit, "year": year,
         "scope": scope, "section": section, "span": span, "concept": concept, "bound": bound_of(value),
         "year_basis": year_basis, "kind": kind}
    if r["bound"] == "range":
        r["number_max"] = ns[1]
    r.update(extra)
    return {k: r[k] for k in T_ORDER if k in r}


targets = []
# ------------------------------------------------------------------ Quảng Trị (DOCX, Word table)
S = "II. MỤC TIÊU › 2. Mục tiêu cụ thể › 2.1. Các chỉ tiêu chủ yếu"
TABLE_NOTE = ("Word table row; span is the indicator cell, value is the cell under the year column "
              "(the row's cells are separate paragraphs in the extracted text).")
rows = [
    (1, "Tỷ lệ người trong độ tuổi từ 15 đến 60 biết chữ", "người trong độ tuổi từ 15 đến 60 biết chữ", "98,5%", "Trên 99%", "%", "trong độ tuổi từ 15 đến 60", "literacy_rate_15_60"),
    (2, "Tỷ lệ đơn vị cấp huyện đạt chuẩn xóa mù chữ mức độ 2", "đơn vị cấp huyện đạt chuẩn xóa mù chữ mức độ 2", "100%", "100%", "%", "cấp huyện", "literacy_level2_units"),
    (3, "Tỷ lệ người trong độ tuổi lao động được trang bị kỹ năng sống", "người trong độ tuổi lao động được trang bị kỹ năng sống", "60%", "75%", "%", "trong độ tuổi lao động", "workforce_life_skills_share"),
    (4, "Tỷ lệ người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin", "người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin", "55%", "70-75%", "%", "trong độ tuổi lao động", "workforce_ict_skills_share"),
    (5, "Tỷ lệ lao động qua đào tạo", "lao động qua đào tạo", "Khoảng 65%", "75%", "%", "", "trained_labour_share"),
    (6, "Tỷ lệ công dân đạt danh hiệu “Công dân học tập”", "công dân đạt danh hiệu “Công dân học tập”", "40%", "60%", "%", "", "learning_citizen_share"),
    (7, "Tỷ lệ gia đình đạt danh hiệu “Gia đình học tập”", "gia đình đạt danh hiệu “Gia đình học tập”", "45%", "65%", "%", "", "learning_family_share"),
    (8, "Tỷ lệ xã, phường, thị trấn được công nhận “Cộng đồng học tập” cấp xã", "xã, phường, thị trấn được công nhận “Cộng đồng học tập” cấp xã", "70%", "90%", "%", "xã, phường, thị trấn", "learning_community_units_share"),
    (9, "Số huyện, thị xã, thành phố đạt “Cộng đồng học tập” cấp huyện mức độ 2", "huyện, thị xã, thành phố đạt “Cộng đồng học tập” cấp huyện mức độ 2", "Ít nhất 3", "Ít nhất 6", "count", "huyện, thị xã, thành phố", "learning_community_district_level2_count"),
    (10, "Tỷ lệ Trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục", "Trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục", "70%", "90%", "%", "", "cltc_ict_share"),
]
for n, cell, ind, v25, v30, unit, scope, concept in rows:
    for year, v in ((2025, v25), (2030, v30)):
        targets.append(T(QT, ind, v, unit, year, scope, S, cell, concept, year_basis="column",
                         table={"row": n, "column": f"Năm {year}", "cell": v}, note=TABLE_NOTE))
S2 = "II. MỤC TIÊU › 2. Mục tiêu cụ thể › 2.2. Một số chỉ tiêu khác"
targets += [
    T(QT, "dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật", "khoảng 35%", "%", 2025, "từ 15 tuổi trở lên", S2,
      "Phấn đấu đến năm 2025 có khoảng 35% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật", "pop15_technical_qualification_share", year_basis="line"),
    T(QT, "dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật", "trên 45%", "%", 2030, "từ 15 tuổi trở lên", S2,
      "đến năm 2030 đạt trên 45%.", "pop15_technical_qualification_share", year_basis="line",
      note="Second figure of item a.; the indicator is stated once for 2025 and carried over."),
    T(QT, "cán bộ, công chức, viên chức cấp tỉnh, cấp huyện được bồi dưỡng kỹ năng số cơ bản", "100%", "%", 2025, "cán bộ, công chức, viên chức cấp tỉnh, cấp huyện", S2,
      "100% cán bộ, công chức, viên chức cấp tỉnh, cấp huyện được bồi dưỡng kỹ năng số cơ bản trong năm 2025.", "civil_servant_digital_skills_share", year_basis="line"),
    T(QT, "mô hình học tập cộng đồng dành riêng cho đồng bào dân tộc Vân Kiều, Pa Kô", "ít nhất 02", "count", 2030, "mỗi huyện miền núi (Hướng Hóa, Đakrông)", S2,
      "mỗi huyện miền núi (Hướng Hóa, Đakrông) có ít nhất 02 mô hình học tập cộng đồng", "ethnic_minority_learning_models_count", year_basis="line"),
    T(QT, "thư viện cấp huyện cung cấp dịch vụ thư viện số", "85%", "%", 2030, "thư viện cấp huyện", S2,
      "Đến năm 2030, 85% thư viện cấp huyện cung cấp dịch vụ thư viện số cho người dân.", "district_library_digital_service_share", year_basis="line"),
    T(QT, "Trung tâm học tập cộng đồng có cán bộ quản lý kiêm nhiệm được bồi dưỡng nghiệp vụ", "100%", "%", 2026, "", "III. NHIỆM VỤ VÀ GIẢI PHÁP › 2. Phát triển mạng lưới cơ sở giáo dục và các thiết chế học tập › 2.1. Củng cố hệ thống giáo dục thường xuyên",
      "bảo đảm 100% Trung tâm học tập cộng đồng có cán bộ quản lý kiêm nhiệm được bồi dưỡng nghiệp vụ trước tháng 12/2026.", "cltc_manager_trained_share", kind="task", year_basis="line",
      note="Deadline 'trước tháng 12/2026' in the line."),
    T(QT, "doanh nghiệp làm điểm mô hình “Doanh nghiệp học tập”", "ít nhất 05", "count", 2025, "khu công nghiệp, khu kinh tế", "III. NHIỆM VỤ VÀ GIẢI PHÁP › 5. Nhân rộng các mô hình học tập",
      "chọn ít nhất 05 doanh nghiệp làm điểm trong năm 2025.", "learning_enterprise_pilot_count", kind="task", year_basis="line"),
    T(QT, "ngân sách tỉnh bố trí cho các hoạt động chung cấp tỉnh", "khoảng 1,2 tỷ đồng", "VND", None, "mỗi năm", "IV. KINH PHÍ THỰC HIỆN",
      "Ngân sách tỉnh bố trí khoảng 1,2 tỷ đồng mỗi năm cho các hoạt động chung cấp tỉnh", "own_level_annual_budget", kind="task", year_basis="none",
      number=1.2e9, note="Funding section; an amount per year, so no single year."),
    T(QT, "lớp tập huấn kỹ năng số cho thành viên Tổ công nghệ số cộng đồng", "ít nhất 02", "count", None, "mỗi năm", "V. TỔ CHỨC THỰC HIỆN › 5. Sở Thông tin và Truyền thông",
      "tổ chức ít nhất 02 lớp tập huấn kỹ năng số cho thành viên Tổ công nghệ số cộng đồng mỗi năm.", "digital_team_training_classes_per_year", kind="task", year_basis="none"),
    T(QT, "chuyên mục về khuyến học, xây dựng xã hội học tập", "ít nhất một số", "count", None, "mỗi tháng", "V. TỔ CHỨC THỰC HIỆN › 9. Đài Phát thanh và Truyền hình Quảng Trị, Báo Quảng Trị",
      "Duy trì chuyên mục về khuyến học, xây dựng xã hội học tập ít nhất một số mỗi tháng", "media_programme_per_month", kind="task", year_basis="none", number=1.0),
]
# ------------------------------------------------------------------ Cẩm Bình (PDF, annual plan 2025)
S = "II. MỤC TIÊU NĂM 2025 › 2. Chỉ tiêu cụ thể › "
a, b, c, d = S + "2.1. Về xóa mù chữ, phổ cập giáo dục", S + "2.2. Về các mô hình học tập", S + "2.3. Về năng lực của người dân", S + "2.4. Về hoạt động của Trung tâm học tập cộng đồng"
targets += [
    T(CB, "xã đạt chuẩn xóa mù chữ", "mức độ 2", "level", 2025, "", a, "Duy trì xã đạt chuẩn xóa mù chữ mức độ 2", "literacy_level", year_basis="plan", number=2.0),
    T(CB, "người trong độ tuổi 15-60 biết chữ", "99,2%", "%", 2025, "trong độ tuổi 15-60", a, "tỷ lệ người trong độ tuổi 15-60 biết chữ đạt 99,2%", "literacy_rate_15_60", year_basis="plan"),
    T(CB, "đạt chuẩn phổ cập giáo dục tiểu học", "mức độ 3", "level", 2025, "", a, "Duy trì đạt chuẩn phổ cập giáo dục tiểu học mức độ 3", "upe_primary_level", year_basis="plan", number=3.0),
    T(CB, "phổ cập giáo dục trung học cơ sở", "mức độ 2", "level", 2025, "", a, "phổ cập giáo dục trung học cơ sở mức độ 2", "upe_lower_secondary_level", year_basis="plan", number=2.0,
      note="The commune's own level (no unit share); shared gold only has unit-share keys for lower secondary."),
    T(CB, "trẻ em 5 tuổi ra lớp mẫu giáo", "100%", "%", 2025, "trẻ em 5 tuổi", a, "Huy động 100% trẻ em 5 tuổi ra lớp mẫu giáo.", "preschool_5yo_enrolment_share", year_basis="plan"),
    T(CB, "công dân đạt danh hiệu “Công dân học tập”", "Ít nhất 45%", "%", 2025, "", b, "Ít nhất 45% công dân đạt danh hiệu “Công dân học tập”.", "learning_citizen_share", year_basis="plan"),
    T(CB, "hộ gia đình đạt danh hiệu “Gia đình học tập”", "60%", "%", 2025, "hộ gia đình", b, "60% hộ gia đình đạt danh hiệu “Gia đình học tập”", "learning_family_share", year_basis="plan"),
    T(CB, "dòng họ đạt danh hiệu “Dòng họ học tập”", "70%", "%", 2025, "", b, "70% dòng họ đạt danh hiệu “Dòng họ học tập”", "learning_clan_share", year_basis="plan"),
    T(CB, "thôn đạt danh hiệu “Cộng đồng học tập” cấp thôn", "ít nhất 6/8", "count", 2025, "thôn", b, "Có ít nhất 6/8 thôn đạt danh hiệu “Cộng đồng học tập” cấp thôn.", "learning_community_village_count", year_basis="plan", number=6.0,
      note="6 of the commune's 8 villages; could also be read as a share (75%)."),
    T(CB, "xã được công nhận “Cộng đồng học tập” cấp xã", "mức độ 2", "level", 2025, "", b, "Xã được công nhận “Cộng đồng học tập” cấp xã mức độ 2.", "learning_community_commune_level", year_basis="plan", number=2.0),
    T(CB, "người trong độ tuổi lao động được trang bị kỹ năng sống", "65%", "%", 2025, "trong độ tuổi lao động", c, "65% người trong độ tuổi lao động được trang bị kỹ năng sống.", "workforce_life_skills_share", year_basis="plan"),
    T(CB, "người trong độ tuổi lao động được hướng dẫn kỹ năng số cơ bản", "Khoảng 50%", "%", 2025, "trong độ tuổi lao động", c, "Khoảng 50% người trong độ tuổi lao động được hướng dẫn kỹ năng số cơ bản", "workforce_ict_skills_share", year_basis="plan",
      note="'được hướng dẫn kỹ năng số cơ bản' keyed with the ICT-competence indicator of working-age people (uncertain: could be citizen_digital_skills_share, but the scope is the working-age population)."),
    T(CB, "lao động qua đào tạo", "68-70%", "%", 2025, "", c, "Tỷ lệ lao động qua đào tạo đạt 68-70%.", "trained_labour_share", year_basis="plan"),
    T(CB, "lớp chuyên đề trong năm", "ít nhất 12", "count", 2025, "Trung tâm học tập cộng đồng", d, "Tổ chức ít nhất 12 lớp chuyên đề trong năm", "cltc_topic_classes_count", year_basis="plan"),
    T(CB, "lượt người tham gia", "trên 2.500", "count", 2025, "Trung tâm học tập cộng đồng", d, "thu hút trên 2.500 lượt người", "cltc_participants_count", year_basis="plan", number=2500.0),
    T(CB, "đầu sách bổ sung cho tủ sách cộng đồng", "ít nhất 200", "count", 2025, "", "III. NHIỆM VỤ VÀ GIẢI PHÁP › 2. Nâng cao chất lượng Trung tâm học tập cộng đồng › 2.2. Đổi mới nội dung hoạt động",
      "bổ sung ít nhất 200 đầu sách trong năm 2025.", "community_library_new_titles_count", kind="task", year_basis="line"),
    T(CB, "tổng quỹ khuyến học xã", "trên 150 triệu đồng", "VND", 2025, "", "III. NHIỆM VỤ VÀ GIẢI PHÁP › 5. Huy động nguồn lực",
      "phấn đấu tổng quỹ khuyến học xã đạt trên 150 triệu đồng.", "study_promotion_fund_total", kind="task", year_basis="plan", number=1.5e8),
    T(CB, "ngân sách xã bố trí cho hoạt động của Trung tâm học tập cộng đồng", "35 triệu đồng", "VND", 2025, "Trung tâm học tập cộng đồng", "IV. KINH PHÍ THỰC HIỆN",
      "Ngân sách xã bố trí 35 triệu đồng cho hoạt động của Trung tâm học tập cộng đồng năm 2025.", "cltc_annual_budget", kind="task", year_basis="line", number=3.5e7,
      note="Funding section."),
]
# ------------------------------------------------------------------ Đức Trọng (markdown table)
S = "II. MỤC TIÊU › 2. Mục tiêu cụ thể › a) Các chỉ tiêu định lượng"
MD_NOTE = "Markdown table row; the span is the whole row (both years); value from the year column."
rows = [
    ("| 1 | Xã, thị trấn duy trì đạt chuẩn xóa mù chữ mức độ 2 | 100% | 100% |", "xã, thị trấn duy trì đạt chuẩn xóa mù chữ mức độ 2", "100%", "100%", "%", "xã, thị trấn", "literacy_level2_units"),
    ("| 2 | Người trong độ tuổi lao động được trang bị kỹ năng sống | 55% | 70% |", "người trong độ tuổi lao động được trang bị kỹ năng sống", "55%", "70%", "%", "trong độ tuổi lao động", "workforce_life_skills_share"),
    ("| 3 | Người trong độ tuổi lao động được trang bị năng lực ứng dụng công nghệ thông tin | 50% | 65% |", "người trong độ tuổi lao động được trang bị năng lực ứng dụng công nghệ thông tin", "50%", "65%", "%", "trong độ tuổi lao động", "workforce_ict_skills_share"),
    ("| 4 | Công dân đạt danh hiệu “Công dân học tập” | 35% | 50% |", "công dân đạt danh hiệu “Công dân học tập”", "35%", "50%", "%", "", "learning_citizen_share"),
    ("| 5 | Gia đình, dòng họ, cộng đồng đạt danh hiệu học tập | 50% | 70% |", "gia đình, dòng họ, cộng đồng đạt danh hiệu học tập", "50%", "70%", "%", "", "learning_family_clan_community_share"),
    ("| 6 | Cơ quan, đơn vị cấp huyện được công nhận “Đơn vị học tập” | 60% | 80% |", "cơ quan, đơn vị cấp huyện được công nhận “Đơn vị học tập”", "60%", "80%", "%", "cơ quan, đơn vị cấp huyện", "learning_unit_share"),
    ("| 7 | Trung tâm học tập cộng đồng được xếp loại Tốt | 70% | 85% |", "Trung tâm học tập cộng đồng được xếp loại Tốt", "70%", "85%", "%", "", "cltc_good_rating_share"),
    ("| 8 | Lao động nông thôn qua đào tạo | 62-65% | Trên 75% |", "lao động nông thôn qua đào tạo", "62-65%", "Trên 75%", "%", "lao động nông thôn", "rural_trained_labour_share"),
]
for span, ind, v25, v30, unit, scope, concept in rows:
    for year, v in ((2025, v25), (2030, v30)):
        targets.append(T(DT, ind, v, unit, year, scope, S, span, concept, year_basis="column", note=MD_NOTE))
S = "II. MỤC TIÊU › 2. Mục tiêu cụ thể › b) Các chỉ tiêu khác"
targets += [
    T(DT, "xã, thị trấn có Tổ công nghệ số cộng đồng tham gia hướng dẫn người dân học tập trực tuyến", "100%", "%", 2025, "xã, thị trấn", S,
      "Đến năm 2025, 100% xã, thị trấn có Tổ công nghệ số cộng đồng tham gia hướng dẫn người dân học tập trực tuyến.", "community_digital_team_coverage", year_basis="line"),
    T(DT, "dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật", "khoảng 30%", "%", 2030, "từ 15 tuổi trở lên", S,
      "Phấn đấu đến năm 2030 có khoảng 30% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật.", "pop15_technical_qualification_share", year_basis="line"),
    T(DT, "chuyên đề về kỹ thuật canh tác nông nghiệp công nghệ cao cho nông dân", "ít nhất 10", "count", None, "mỗi Trung tâm học tập cộng đồng, hằng năm", S,
      "Hằng năm, mỗi Trung tâm học tập cộng đồng tổ chức ít nhất 10 chuyên đề", "cltc_agri_topics_per_year", year_basis="none"),
    T(DT, "ngân sách huyện cho các hoạt động cấp huyện", "dự kiến 400 triệu đồng/năm", "VND", None, "mỗi năm", "IV. KINH PHÍ THỰC HIỆN",
      "dự kiến 400 triệu đồng/năm cho các hoạt động cấp huyện.", "own_level_annual_budget", kind="task", year_basis="none", number=4e8,
      note="Funding section; 'dự kiến' (planned) read as approx."),
    T(DT, "kinh phí hoạt động của Trung tâm học tập cộng đồng", "tối thiểu 20 triệu đồng/trung tâm/năm", "VND", None, "mỗi trung tâm, mỗi năm", "IV. KINH PHÍ THỰC HIỆN",
      "tối thiểu 20 triệu đồng/trung tâm/năm.", "cltc_annual_budget", kind="task", year_basis="none", number=2e7, note="Funding section; per centre."),
    T(DT, "kỳ phát sóng chuyên mục “Đức Trọng học tập suốt đời”", "ít nhất 02", "count", None, "mỗi tháng", "V. TỔ CHỨC THỰC HIỆN › 6. Trung tâm Văn hóa, Thông tin và Thể thao huyện",
      "phát sóng ít nhất 02 kỳ mỗi tháng trên hệ thống truyền thanh huyện.", "media_programme_per_month", kind="task", year_basis="none"),
    T(DT, "suất học bổng cho học sinh dân tộc thiểu số", "ít nhất 300", "count", None, "mỗi năm", "V. TỔ CHỨC THỰC HIỆN › 9. Đề nghị Hội Khuyến học huyện",
      "mỗi năm vận động ít nhất 300 suất học bổng cho học sinh dân tộc thiểu số.", "scholarships_per_year", kind="task", year_basis="none"),
]

# ------------------------------------------------------------------ agencies
A_ORDER = ["doc", "agency", "canonical", "level", "role", "n_tasks", "span", "deadline_spans", "item", "tier", "role_span",
           "is_group", "members", "parent", "note"]


def A(doc, item, agency, canonical, level, tier, role, n_tasks, span, deadlines=(), **extra):
    r = {"doc": doc, "agency": agency, "canonical": canonical, "level": level, "role": role, "n_tasks": n_tasks,
         "span": span, "deadline_spans": list(deadlines), "item": item, "tier": tier}
    r.update(extra)
    return {k: r[k] for k in A_ORDER if k in r}


P, D, C, O = "province", "district", "commune", "organisation"
agencies = [
    A(QT, "1", "Sở Giáo dục và Đào tạo", "education", P, P, "standing", 5,
      "Là cơ quan thường trực, chủ trì theo dõi, đôn đốc, hướng dẫn các sở, ngành, địa phương triển khai thực hiện Kế hoạch.",
      ["sơ kết giữa kỳ vào Quý IV/2027", "tổng kết vào Quý IV/2030", "trước ngày 20/12 hằng năm"], role_span="Là cơ quan thường trực"),
    A(QT, "2", "Sở Lao động - Thương binh và Xã hội", "labour_social", P, P, "lead", 2,
      "Chủ trì nâng cao chất lượng đào tạo nghề cho lao động nông thôn, người khuyết tật, thanh niên hoàn thành nghĩa vụ quân sự"),
    A(QT, "3", "Sở Nội vụ", "home_affairs", P, P, "lead", 3,
      "Chủ trì tham mưu kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức gắn với yêu cầu học tập suốt đời và chuyển đổi số.",
      ["Quý IV/2027"]),
    A(QT, "3", "Ban Thi đua - Khen thưởng tỉnh", "emulation_rewards", P, P, "lead", 1,
      "Chỉ đạo Ban Thi đua - Khen thưởng tỉnh tham mưu khen thưởng tập thể, cá nhân có thành tích xuất sắc trong sơ kết vào Quý IV/2027.",
      ["Quý IV/2027"], parent="Sở Nội vụ", note="Inline assignment inside the Sở Nội vụ item (through the department)."),
    A(QT, "4", "Sở Văn hóa, Thể thao và Du lịch", "culture", P, P, "lead", 2,
      "Chủ trì phát triển hệ thống thư viện, bảo tàng, di tích thành nơi học tập cho người dân", ["21/4 hằng năm"],
      note="21/4 is the date of an annual event (Ngày Sách), not a reporting deadline."),
    A(QT, "5", "Sở Thông tin và Truyền thông", "information_communications", P, P, "lead", 3,
      "Chủ trì phát triển nền tảng học tập trực tuyến mở của tỉnh"),
    A(QT, "6", "Sở Tài chính", "finance", P, P, "lead", 2,
      "Căn cứ khả năng cân đối ngân sách, tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch",
      ["trước ngày 31/7 hằng năm"]),
    A(QT, "7", "Sở Kế hoạch và Đầu tư", "planning_investment", P, P, "lead", 1,
      "Tham mưu lồng ghép các mục tiêu xây dựng xã hội học tập vào kế hoạch phát triển kinh tế - xã hội 5 năm và hằng năm của tỉnh"),
    A(QT, "8", "Ban Dân tộc tỉnh", "ethnic_affairs", P, P, "lead", 1,
      "Chủ trì lồng ghép nội dung xóa mù chữ, học tập suốt đời vào các chính sách dân tộc"),
    A(QT, "9", "Đài Phát thanh và Truyền hình Quảng Trị, Báo Quảng Trị", "media", P, P, "lead", 1,
      "Duy trì chuyên mục về khuyến học, xây dựng xã hội học tập ít nhất một số mỗi tháng"),
    A(QT, "10", "Công an tỉnh", "police", P, P, "lead", 1,
      "Tổ chức học tập nâng cao trình độ, kỹ năng cho cán bộ, chiến sĩ"),
    A(QT, "11", "Bộ Chỉ huy Quân sự tỉnh", "military", P, P, "lead", 1,
      "Phối hợp dạy chữ, dạy nghề cho quân nhân trước khi xuất ngũ"),
    A(QT, "11", "Bộ đội Biên phòng tỉnh", "border_guard", P, P, "lead", 1,
      "chỉ đạo Bộ đội Biên phòng tỉnh tham gia lớp xóa mù chữ ở các xã biên giới", parent="Bộ Chỉ huy Quân sự tỉnh",
      note="Inline assignment inside item 11 (through the military command)."),
    A(QT, "12", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh", "fatherland_front", O, P, "request", 2,
      "Đưa nội dung xây dựng xã hội học tập vào Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”"),
    A(QT, "13", "Đề nghị Hội Khuyến học tỉnh", "study_promotion_association", O, P, "request", 2,
      "Chủ trì tham mưu tổ chức đánh giá, công nhận các danh hiệu “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” cấp thôn, bản, khu phố."),
    A(QT, "14", "Đề nghị Tỉnh đoàn Quảng Trị", "youth_union", O, P, "request", 1,
      "Phát động phong trào “Thanh niên Quảng Trị học tập suốt đời”", ["vào dịp hè hằng năm"]),
    A(QT, "15", "Ủy ban nhân dân các huyện, thị xã, thành phố", "peoples_committee_lower", D, D, "lead", 3,
      "Xây dựng kế hoạch thực hiện của địa phương, hoàn thành trước ngày 31/01/2025", ["trước ngày 31/01/2025", "trước ngày 05/12 hằng năm"]),
    # ---- Cẩm Bình
    A(CB, "1", "Công chức Văn hóa - Xã hội", "culture", C, C, "standing", 3,
      "Là đầu mối tham mưu Ủy ban nhân dân xã theo dõi, đôn đốc triển khai Kế hoạch",
      ["trước ngày 30/11/2025", "trước ngày 10/12/2025"], role_span="Là đầu mối tham mưu Ủy ban nhân dân xã",
      note="Commune culture-social officer; here also the plan's focal point (the education function has no office at commune level). Canonical uncertain: culture vs education."),
    A(CB, "2", "Công chức Văn phòng - Thống kê", "home_affairs", C, C, "lead", 2,
      "Tham mưu công tác thi đua, khen thưởng; đưa tiêu chí học tập suốt đời vào đánh giá, xếp loại cán bộ, công chức xã cuối năm.",
      note="Holds the commune's home-affairs (Nội vụ) and emulation duties."),
    A(CB, "3", "Công chức Tài chính - Kế toán", "finance", C, C, "lead", 1,
      "Tham mưu bố trí kinh phí trong dự toán ngân sách xã", ["trước ngày 25/12/2025"]),
    A(CB, "4", "Trung tâm học tập cộng đồng xã", "community_learning_centre", C, C, "lead", 2,
      "Xây dựng và thực hiện kế hoạch hoạt động năm 2025", ["trước ngày 31/01/2025"]),
    A(CB, "5", "Trường Mầm non, Tiểu học, THCS xã", "schools", C, C, "lead", 2,
      "Duy trì sĩ số học sinh, không để học sinh bỏ học"),
    A(CB, "6", "Công an xã", "police", C, C, "lead", 1,
      "Phối hợp với Trung tâm học tập cộng đồng tổ chức tuyên truyền pháp luật"),
    A(CB, "7", "Ban Chỉ huy Quân sự xã", "military", C, C, "lead", 1,
      "Tổ chức học tập, bồi dưỡng kiến thức quốc phòng cho lực lượng dân quân"),
    A(CB, "8", "Đề nghị Ủy ban MTTQ Việt Nam xã và các đoàn thể", "fatherland_front", O, C, "request", 2,
      "Đề nghị Ủy ban MTTQ Việt Nam xã Cẩm Bình lồng ghép nội dung xây dựng xã hội học tập"),
    A(CB, "8", "Các đoàn thể", "mass_organisations", O, C, "request", 1,
      "Các đoàn thể vận động hội viên đăng ký danh hiệu “Công dân học tập”", parent="Đề nghị Ủy ban MTTQ Việt Nam xã và các đoàn thể",
      note="Inline assignment (the name opens the task sentence)."),
    A(CB, "9", "Đề nghị Hội Khuyến học xã", "study_promotion_association", O, C, "request", 1,
      "Chủ trì phối hợp với các thôn bình xét “Dòng họ học tập”"),
    A(CB, "10", "Đoàn Thanh niên xã", "youth_union", O, C, "lead", 1,
      "Thành lập đội thanh niên tình nguyện hướng dẫn kỹ năng số cho người cao tuổi", ["trong tháng 6 và tháng 7/2025"],
      note="Assigned directly, without 'Đề nghị'."),
    A(CB, "11", "Trưởng thôn", "village_heads", C, C, "lead", 1,
      "Tuyên truyền, vận động người dân tham gia học tập", ["trước ngày 15/3/2025"],
      note="Village heads (below the commune); level kept as commune since the README has no village level."),
    # ---- Đức Trọng
    A(DT, "1", "Phòng Giáo dục và Đào tạo", "education", D, D, "standing", 4,
      "Là cơ quan thường trực, chủ trì tham mưu Ủy ban nhân dân huyện triển khai, theo dõi, đôn đốc thực hiện Kế hoạch.",
      ["trước ngày 30/11 hằng năm", "trước ngày 15/12 hằng năm", "Quý IV/2027"], role_span="Là cơ quan thường trực"),
    A(DT, "2", "Phòng Nội vụ", "home_affairs", D, D, "lead", 2,
      "Tham mưu đào tạo, bồi dưỡng cán bộ, công chức, viên chức cấp huyện, cấp xã đáp ứng yêu cầu vị trí việc làm và chuyển đổi số."),
    A(DT, "3", "Phòng Lao động - Thương binh và Xã hội", "labour_social", D, D, "lead", 2,
      "Chủ trì đào tạo nghề cho lao động nông thôn, ưu tiên người dân tộc thiểu số, hộ nghèo, hộ cận nghèo", ["trong Quý I hằng năm"]),
    A(DT, "4", "Phòng Văn hóa và Thông tin", "culture", D, D, "lead", 2,
      "Chủ trì hướng dẫn các thiết chế văn hóa cơ sở, thư viện huyện tổ chức các hoạt động đọc sách, sinh hoạt câu lạc bộ;"),
    A(DT, "5", "Phòng Tài chính - Kế hoạch", "finance", D, D, "lead", 1,
      "Tham mưu Ủy ban nhân dân huyện cân đối, bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm"),
    A(DT, "6", "Trung tâm Văn hóa, Thông tin và Thể thao huyện", "media", D, D, "lead", 1,
      "Xây dựng chuyên mục “Đức Trọng học tập suốt đời”, phát sóng ít nhất 02 kỳ mỗi tháng trên hệ thống truyền thanh huyện."),
    A(DT, "7", "Công an huyện, Ban Chỉ huy Quân sự huyện", "armed_forces", D, D, "lead", 2,
      "Tổ chức cho cán bộ, chiến sĩ học tập nâng cao trình độ"),
    A(DT, "7", "Ban Chỉ huy Quân sự huyện", "military", D, D, "lead", 1,
      "Ban Chỉ huy Quân sự huyện phối hợp giáo dục kiến thức quốc phòng, an ninh cho người dân", parent="Công an huyện, Ban Chỉ huy Quân sự huyện",
      note="Inline assignment (the name opens the second bullet)."),
    A(DT, "8", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện", "fatherland_front", O, D, "request", 2,
      "Lồng ghép phong trào xây dựng xã hội học tập với Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”;"),
    A(DT, "9", "Đề nghị Hội Khuyến học huyện", "study_promotion_association", O, D, "request", 2,
      "Chủ trì phối hợp với Phòng Giáo dục và Đào tạo tổ chức đánh giá, công nhận các danh hiệu “Gia đình học tập”"),
    A(DT, "10", "Đề nghị Huyện đoàn Đức Trọng", "youth_union", O, D, "request", 1,
      "Tổ chức các đội hình thanh niên tình nguyện “Bình dân học vụ số” hướng dẫn người dân sử dụng nền tảng số", ["trong dịp hè hằng năm"]),
    A(DT, "11", "Ủy ban nhân dân các xã, thị trấn", "peoples_committee_lower", C, C, "lead", 3,
      "Xây dựng kế hoạch của địa phương, gửi về Phòng Giáo dục và Đào tạo trước ngày 30/5/2024.",
      ["trước ngày 30/5/2024", "trước ngày 05/12 hằng năm"]),
]


def write(name, records):
    with open(os.path.join(GOLD, name), "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(name, len(records))


if __name__ == "__main__":
    os.makedirs(GOLD, exist_ok=True)
    write("plans.jsonl", PLANS)
    write("targets.jsonl", targets)
    write("agencies.jsonl", agencies)
