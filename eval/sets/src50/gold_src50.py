"""Write eval/sets/gold50/ (plans.jsonl, targets.jsonl, agencies.jsonl) for the two plans of set 50.

    python eval/sets/src50/gold_src50.py

Refuses to write if a span (span, alt_spans, deadline_spans, role_span) is missing from its plan's text as extracted by
check_sets.py, or a non-table value is not inside its span. Party bodies get new canonical keys (party_*), level
`district` (the Huyện ủy tier), role `lead` (a Party committee's plan assigns its own bodies); bodies the Party reaches
through "lãnh đạo, chỉ đạo" (Phòng GD&ĐT, Phòng LĐ-TB&XH) are inline records with `parent` "5" and
`via` "lãnh đạo, chỉ đạo".
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = os.path.dirname(HERE)
sys.path.insert(0, SETS)
from check_sets import norm, text_of  # noqa: E402

HU = "tieucan_86-KH-HU_2024.docx"
XA = "xatieucan_142-KH-UBND_2025.odt"
OUT = os.path.join(SETS, "gold50")

PLANS = [
    {"id": HU, "title": "thực hiện Kết luận số 49-KL/TW ngày 10/5/2019 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 11-CT/TW của Bộ Chính trị khóa X về tăng cường sự lãnh đạo của Đảng đối với công tác khuyến học, khuyến tài, xây dựng xã hội học tập, giai đoạn 2024 - 2030",
     "locality": "Tiểu Cần", "level": "huyện", "parents": ["Trà Vinh"], "number": "86-KH/HU", "issued": "2024-03-20",
     "period": "2024-2030", "issuer": "Ban Thường vụ Huyện ủy Tiểu Cần", "issuer_kind": "party_committee",
     "party_parent": "Đảng bộ tỉnh Trà Vinh",
     "signer": {"name": "Sơn Thị Ngọc Hân", "capacity": "T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ"},
     "heading_style": "hyphen (I- / 1- / a-)",
     "implements": ["Kết luận số 49-KL/TW ngày 10/5/2019 của Ban Bí thư", "Kế hoạch số 95-KH/TU ngày 15/01/2024 của Ban Thường vụ Tỉnh ủy Trà Vinh"],
     "successor_areas": [{"unit": "xã Tiểu Cần", "plan": XA, "formed_from": ["thị trấn Tiểu Cần", "xã Phú Cần", "xã Hiếu Tử"]}],
     "note": "A district Party committee's plan (Đảng bộ tỉnh Trà Vinh, before the 01/7/2025 reform that ended the district tier); the district's 11 xã, thị trấn include the three units merged into the new xã Tiểu Cần. Party number style without 'Số:' colon; no Quốc hiệu; Nơi nhận with (b/c)."},
    {"id": XA, "title": "Xây dựng xã hội học tập xã Tiểu Cần giai đoạn 2026 - 2030",
     "locality": "Tiểu Cần", "level": "xã", "parents": ["Vĩnh Long"], "number": "142/KH-UBND", "issued": "2025-12-22",
     "period": "2026-2030", "issuer": "Ủy ban nhân dân xã Tiểu Cần",
     "signer": {"name": "Thạch Minh Quang", "capacity": "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"},
     "formed": "2025-07-01", "formed_from": ["thị trấn Tiểu Cần", "xã Phú Cần", "xã Hiếu Tử"],
     "former_parents": ["Tiểu Cần", "Trà Vinh"],
     "areas": ["Khu vực thị trấn Tiểu Cần cũ", "Khu vực xã Phú Cần cũ", "Khu vực xã Hiếu Tử cũ"],
     "related_loaded": [HU],
     "note": "A commune of the two-level model (no district), formed on 01/7/2025 in the merged tỉnh Vĩnh Long; the former huyện Tiểu Cần and tỉnh Trà Vinh are former_parents, not parents. Bảng 1 sets targets per former area (khu vực … cũ) with a Toàn xã row."},
]

T = []


def t(doc, indicator, value, number, unit, year, span, concept, section, kind="objective", bound="eq", scope="",
      year_basis="heading", **extra):
    r = {"doc": doc, "indicator": indicator, "value": value, "number": number, "unit": unit, "year": year,
         "scope": scope, "section": section, "span": span, "concept": concept, "bound": bound,
         "year_basis": year_basis, "kind": kind}
    r.update(extra)
    T.append(r)


S26 = "II- MỤC TIÊU, CHỈ TIÊU › 2- Chỉ tiêu cụ thể › a- Đến năm 2026:"
S30 = "II- MỤC TIÊU, CHỈ TIÊU › 2- Chỉ tiêu cụ thể › b- Đến năm 2030:"
G26 = "70% hộ gia đình đạt danh hiệu \"Gia đình học tập\"; 60% dòng họ đạt danh hiệu \"Dòng họ học tập\"."
G30 = "85% hộ gia đình đạt danh hiệu \"Gia đình học tập\"; 75% dòng họ đạt danh hiệu \"Dòng họ học tập\"."
t(HU, "chi, đảng bộ trực thuộc ban hành kế hoạch thực hiện Kết luận số 49-KL/TW", "100%", 100.0, "%", 2026,
  "100% chi, đảng bộ trực thuộc ban hành kế hoạch thực hiện Kết luận số 49-KL/TW.", "party_units_with_plan_share", S26,
  scope="chi, đảng bộ trực thuộc")
t(HU, "hộ gia đình đạt danh hiệu \"Gia đình học tập\"", "70%", 70.0, "%", 2026, G26, "learning_family_share", S26)
t(HU, "dòng họ đạt danh hiệu \"Dòng họ học tập\"", "60%", 60.0, "%", 2026, G26, "learning_clan_share", S26)
t(HU, "xã, thị trấn được công nhận \"Cộng đồng học tập\" cấp xã", "11/11", 11.0, "count", 2026,
  "11/11 xã, thị trấn được công nhận \"Cộng đồng học tập\" cấp xã, trong đó thị trấn Tiểu Cần và thị trấn Cầu Quan đạt mức tốt.",
  "learning_community_commune_count", S26, scope="xã, thị trấn", number_of=11)
t(HU, "Hội Khuyến học huyện có … hội viên", "28.000", 28000.0, "count", 2026,
  "Hội Khuyến học huyện có 28.000 hội viên; 100% ấp, khóm có chi hội khuyến học.", "study_promotion_members_count", S26)
t(HU, "ấp, khóm có chi hội khuyến học", "100%", 100.0, "%", 2026,
  "Hội Khuyến học huyện có 28.000 hội viên; 100% ấp, khóm có chi hội khuyến học.", "study_promotion_branch_village_share", S26, scope="ấp, khóm")
t(HU, "hộ gia đình đạt danh hiệu \"Gia đình học tập\"", "85%", 85.0, "%", 2030, G30, "learning_family_share", S30)
t(HU, "dòng họ đạt danh hiệu \"Dòng họ học tập\"", "75%", 75.0, "%", 2030, G30, "learning_clan_share", S30)
t(HU, "người trong độ tuổi lao động đạt danh hiệu \"Công dân học tập\"", "45%", 45.0, "%", 2030,
  "45% người trong độ tuổi lao động đạt danh hiệu \"Công dân học tập\".", "learning_citizen_share", S30, scope="trong độ tuổi lao động")
t(HU, "người dân tộc Khmer trong độ tuổi từ 15 đến 60 biết chữ", "98%", 98.0, "%", 2030,
  "98% người dân tộc Khmer trong độ tuổi từ 15 đến 60 biết chữ.", "ethnic_literacy_15_60_share", S30, scope="người dân tộc Khmer từ 15 đến 60 tuổi")
t(HU, "cán bộ, đảng viên tham gia học tập, bồi dưỡng nâng cao trình độ hằng năm", "100%", 100.0, "%", 2030,
  "100% cán bộ, đảng viên tham gia học tập, bồi dưỡng nâng cao trình độ hằng năm; 100% chi bộ đạt danh hiệu \"Chi bộ học tập\".",
  "party_members_training_share", S30)
t(HU, "chi bộ đạt danh hiệu \"Chi bộ học tập\"", "100%", 100.0, "%", 2030,
  "100% cán bộ, đảng viên tham gia học tập, bồi dưỡng nâng cao trình độ hằng năm; 100% chi bộ đạt danh hiệu \"Chi bộ học tập\".",
  "learning_party_cell_share", S30, occurrence=2)
t(HU, "Hội Khuyến học huyện có … hội viên", "35.000", 35000.0, "count", 2030,
  "Hội Khuyến học huyện có 35.000 hội viên.", "study_promotion_members_count", S30)
t(HU, "chuyên đề chuyển giao khoa học - kỹ thuật tại mỗi trung tâm mỗi năm", "ít nhất 04", 4.0, "count", None,
  "mỗi năm mở ít nhất 04 chuyên đề chuyển giao khoa học - kỹ thuật tại mỗi trung tâm", "cltc_agri_topics_per_year",
  "III- NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU › 3- Nâng cao hiệu quả hoạt động của các Trung tâm học tập cộng đồng", kind="task",
  bound="min", year_basis="none")
t(HU, "tổng Quỹ khuyến học các cấp trong huyện", "6 tỷ đồng", 6e9, "VND", 2030,
  "phấn đấu tổng Quỹ khuyến học các cấp trong huyện đạt 6 tỷ đồng vào năm 2030", "study_promotion_fund_total",
  "III- NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU › 4- Đẩy mạnh xã hội hóa, phát triển Quỹ khuyến học", kind="task", year_basis="line")
t(HU, "Ngân sách huyện hỗ trợ Quỹ Khuyến học huyện", "150 triệu đồng/năm", 1.5e8, "VND", None,
  "Ngân sách huyện hỗ trợ Quỹ Khuyến học huyện 150 triệu đồng/năm; mỗi Trung tâm học tập cộng đồng được hỗ trợ 20 triệu đồng/năm.",
  "study_promotion_fund_annual_support", "IV- KINH PHÍ THỰC HIỆN", kind="task", year_basis="none")
t(HU, "mỗi Trung tâm học tập cộng đồng được hỗ trợ", "20 triệu đồng/năm", 2e7, "VND", None,
  "Ngân sách huyện hỗ trợ Quỹ Khuyến học huyện 150 triệu đồng/năm; mỗi Trung tâm học tập cộng đồng được hỗ trợ 20 triệu đồng/năm.",
  "cltc_annual_budget", "IV- KINH PHÍ THỰC HIỆN", kind="task", year_basis="none", occurrence=2)
t(HU, "cán bộ, chiến sĩ đạt danh hiệu \"Công dân học tập\"", "100%", 100.0, "%", 2030,
  "100% cán bộ, chiến sĩ đạt danh hiệu \"Công dân học tập\" vào năm 2030.", "armed_forces_learning_citizen_share",
  "V- TỔ CHỨC THỰC HIỆN › 6- Đảng ủy Quân sự huyện, Đảng ủy Công an huyện", kind="task", year_basis="line",
  scope="lực lượng vũ trang huyện")
t(HU, "tổ chức đảng được kiểm tra, giám sát mỗi năm", "ít nhất 02", 2.0, "count", None,
  "mỗi năm kiểm tra, giám sát ít nhất 02 tổ chức đảng về việc thực hiện Kế hoạch này.", "party_inspections_per_year",
  "V- TỔ CHỨC THỰC HIỆN › 2- Ủy ban Kiểm tra Huyện ủy", kind="task", bound="min", year_basis="none")

X30 = "II. MỤC TIÊU › 2. Chỉ tiêu cụ thể › a) Chỉ tiêu chung của xã đến năm 2030"
t(XA, "người trong độ tuổi lao động đạt danh hiệu \"Công dân học tập\"", "55%", 55.0, "%", 2030,
  "55% người trong độ tuổi lao động đạt danh hiệu \"Công dân học tập\".", "learning_citizen_share", X30, scope="trong độ tuổi lao động")
t(XA, "người trong độ tuổi lao động có kỹ năng số cơ bản", "70%", 70.0, "%", 2030,
  "70% người trong độ tuổi lao động có kỹ năng số cơ bản.", "workforce_ict_skills_share", X30, scope="trong độ tuổi lao động",
  alt_spans=["Toàn xã (26 ấp, khóm) 72 85 23/26 70"])
t(XA, "phổ cập giáo dục trung học cơ sở", "mức độ 3", 3.0, "level", 2030,
  "Xã duy trì đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3 và chuẩn xóa mù chữ mức độ 2.", "upe_lower_secondary_level", X30)
t(XA, "chuẩn xóa mù chữ", "mức độ 2", 2.0, "level", 2030,
  "Xã duy trì đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3 và chuẩn xóa mù chữ mức độ 2.", "literacy_level", X30)
t(XA, "người dân tộc Khmer trong độ tuổi từ 15 đến 60 biết chữ", "98,5%", 98.5, "%", 2030,
  "98,5% người dân tộc Khmer trong độ tuổi từ 15 đến 60 biết chữ.", "ethnic_literacy_15_60_share", X30, scope="người dân tộc Khmer từ 15 đến 60 tuổi")
t(XA, "Hội Khuyến học xã có … hội viên", "9.500", 9500.0, "count", 2030,
  "Hội Khuyến học xã có 9.500 hội viên vào năm 2030.", "study_promotion_members_count", X30, year_basis="line")
HEAD = ("TT Khu vực Hộ gia đình đạt “Gia đình học tập” năm 2027 (%) Hộ gia đình đạt “Gia đình học tập” năm 2030 (%) "
        "Ấp, khóm đạt “Cộng đồng học tập” năm 2030 Người trong độ tuổi lao động có kỹ năng số cơ bản năm 2030 (%)")
ROWS = [("Khu vực thị trấn Tiểu Cần cũ (08 khóm, ấp)", "1", ["80", "90", "8/8", "80"]),
        ("Khu vực xã Phú Cần cũ (09 ấp)", "2", ["72", "85", "8/9", "70"]),
        ("Khu vực xã Hiếu Tử cũ (09 ấp)", "3", ["65", "80", "7/9", "60"]),
        ("Toàn xã (26 ấp, khóm)", "", ["72", "85", "23/26", "70"])]
COLS = [("Hộ gia đình đạt “Gia đình học tập” năm 2027 (%)", "%", 2027, "learning_family_share"),
        ("Hộ gia đình đạt “Gia đình học tập” năm 2030 (%)", "%", 2030, "learning_family_share"),
        ("Ấp, khóm đạt “Cộng đồng học tập” năm 2030", "count", 2030, "learning_community_village_count"),
        ("Người trong độ tuổi lao động có kỹ năng số cơ bản năm 2030 (%)", "%", 2030, "workforce_ict_skills_share")]
for area, tt, cells in ROWS:
    row_span = f"{tt} {area} {' '.join(cells)}".strip()
    for (col, unit, year, concept), cell in zip(COLS, cells, strict=True):
        number = float(cell.split("/")[0])
        extra = {"number_of": float(cell.split("/")[1])} if "/" in cell else {}
        t(XA, col, cell, number, unit, year, row_span, concept, "II. MỤC TIÊU › 2. Chỉ tiêu cụ thể › b) Chỉ tiêu theo khu vực",
          scope=area, year_basis="column", table={"row": area, "column": col, "cell": cell}, alt_spans=[HEAD], **extra)
XT = "III. NHIỆM VỤ VÀ GIẢI PHÁP"
t(XA, "điểm truy cập internet miễn phí phục vụ học tập mỗi khóm", "ít nhất 01", 1.0, "count", 2027,
  "mỗi khóm có ít nhất 01 điểm truy cập internet miễn phí phục vụ học tập vào năm 2027", "internet_learning_points_per_village",
  XT + " › 3. Nhiệm vụ riêng theo khu vực", kind="task", bound="min", year_basis="line", scope="Khu vực thị trấn Tiểu Cần cũ")
t(XA, "lớp chuyển giao kỹ thuật mỗi năm", "ít nhất 06", 6.0, "count", None,
  "Khu vực xã Phú Cần cũ: mở lớp chuyển giao kỹ thuật trồng lúa chất lượng cao, chăn nuôi bò; mỗi năm ít nhất 06 lớp.",
  "cltc_agri_topics_per_year", XT + " › 3. Nhiệm vụ riêng theo khu vực", kind="task", bound="min", year_basis="none",
  scope="Khu vực xã Phú Cần cũ")
t(XA, "Quỹ khuyến học xã", "1,2 tỷ đồng", 1.2e9, "VND", 2030,
  "phấn đấu Quỹ khuyến học xã đạt 1,2 tỷ đồng vào năm 2030", "study_promotion_fund_total",
  XT + " › 4. Xã hội hóa, phát triển Quỹ khuyến học", kind="task", year_basis="line")
FUND = ("Tổng kinh phí dự kiến giai đoạn 2026 - 2030 là 2.450 triệu đồng, trong đó: ngân sách xã 1.250 triệu đồng; ngân sách "
        "tỉnh hỗ trợ từ Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi "
        "700 triệu đồng; nguồn xã hội hóa 500 triệu đồng.")
t(XA, "Tổng kinh phí dự kiến giai đoạn 2026 - 2030", "2.450 triệu đồng", 2.45e9, "VND", None, FUND, "plan_total_budget",
  "IV. KINH PHÍ THỰC HIỆN", kind="task", year_basis="none",
  parts={"ngân sách xã": 1.25e9, "ngân sách tỉnh (Chương trình MTQG vùng đồng bào DTTS và miền núi)": 7e8, "xã hội hóa": 5e8})
t(XA, "Mỗi điểm học tập của Trung tâm học tập cộng đồng được hỗ trợ", "15 triệu đồng/năm", 1.5e7, "VND", None,
  "Mỗi điểm học tập của Trung tâm học tập cộng đồng được hỗ trợ 15 triệu đồng/năm từ ngân sách xã.", "cltc_annual_budget",
  "IV. KINH PHÍ THỰC HIỆN", kind="task", year_basis="none")

A = []


def a(doc, item, agency, canonical, level, role, n_tasks, span, deadline_spans=(), **extra):
    r = {"doc": doc, "agency": agency, "canonical": canonical, "level": level, "role": role, "n_tasks": n_tasks,
         "span": span, "deadline_spans": list(deadline_spans), "item": item,
         "tier": "district" if doc == HU else "commune", "section": "V- TỔ CHỨC THỰC HIỆN" if doc == HU else "V. TỔ CHỨC THỰC HIỆN"}
    r.update(extra)
    A.append(r)


a(HU, "1", "Ban Tuyên giáo Huyện ủy", "party_propaganda", "district", "standing", 4,
  "Chủ trì, phối hợp với Trung tâm Chính trị huyện hướng dẫn các chi, đảng bộ trực thuộc quán triệt",
  ["hoàn thành trong quý II/2024", "trước ngày 15/11 hằng năm", "quý IV/2027", "quý IV/2030"],
  note="Not called 'cơ quan thường trực' but leads, follows up, reports and prepares the reviews: keyed standing.")
a(HU, "1", "Trung tâm Chính trị huyện", "political_training_centre", "district", "coordinate", 0,
  "Chủ trì, phối hợp với Trung tâm Chính trị huyện", parent="1")
a(HU, "2", "Ủy ban Kiểm tra Huyện ủy", "party_inspection", "district", "lead", 2,
  "Tham mưu Ban Thường vụ Huyện ủy đưa nội dung lãnh đạo thực hiện Kết luận số 49-KL/TW vào chương trình kiểm tra, giám sát hằng năm")
a(HU, "3", "Ban Tổ chức Huyện ủy", "party_organisation", "district", "lead", 2,
  "Tham mưu đưa kết quả thực hiện Kế hoạch vào tiêu chí đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên hằng năm")
a(HU, "4", "Ban Dân vận Huyện ủy", "party_mass_mobilisation", "district", "lead", 2,
  "Hướng dẫn Ủy ban Mặt trận Tổ quốc và các tổ chức CT-XH huyện vận động đoàn viên, hội viên tham gia xây dựng xã hội học tập")
a(HU, "5", "Các đồng chí Ủy viên Ban Thường vụ Huyện ủy phụ trách khối chính quyền", "party_leaders_of_government", "district",
  "lead", 3, "Lãnh đạo, chỉ đạo Ủy ban nhân dân huyện ban hành kế hoạch thực hiện trước ngày 30/5/2024", ["trước ngày 30/5/2024"],
  members=["Ủy ban nhân dân huyện", "Phòng Giáo dục và Đào tạo", "Phòng Lao động - Thương binh và Xã hội"],
  note="The Party committee reaches the state bodies through its Standing Board members ('lãnh đạo, chỉ đạo'), not by ordering them.")
a(HU, "5", "Ủy ban nhân dân huyện", "peoples_committee", "district", "lead", 1,
  "Lãnh đạo, chỉ đạo Ủy ban nhân dân huyện ban hành kế hoạch thực hiện trước ngày 30/5/2024", ["trước ngày 30/5/2024"],
  parent="5", via="lãnh đạo, chỉ đạo")
a(HU, "5", "Phòng Giáo dục và Đào tạo", "education", "district", "standing", 0,
  "trong đó giao Phòng Giáo dục và Đào tạo làm cơ quan thường trực", parent="5", via="lãnh đạo, chỉ đạo",
  note="Standing agency of the UBND huyện's own plan, not of this Party plan.")
a(HU, "5", "Phòng Lao động - Thương binh và Xã hội", "labour_social_affairs", "district", "lead", 1,
  "chỉ đạo Phòng Lao động - Thương binh và Xã hội gắn đào tạo nghề cho lao động nông thôn với hoạt động của các Trung tâm học tập cộng đồng",
  parent="5", via="lãnh đạo, chỉ đạo")
a(HU, "6", "Đảng ủy Quân sự huyện, Đảng ủy Công an huyện", "party_armed_forces", "district", "lead", 2,
  "Lãnh đạo xây dựng phong trào học tập trong lực lượng vũ trang huyện", is_group=True,
  members=["Đảng ủy Quân sự huyện", "Đảng ủy Công an huyện"])
a(HU, "7", "Ủy ban Mặt trận Tổ quốc và các tổ chức CT-XH huyện", "fatherland_front", "organisation", "lead", 3,
  "Đưa chỉ tiêu xây dựng \"Gia đình học tập\", \"Dòng họ học tập\" vào chương trình hành động của tổ chức mình",
  ["vào tháng 4 hằng năm"], is_group=True, members=["Hội Liên hiệp Phụ nữ huyện", "Huyện đoàn"],
  note="Led by the Party directly (not 'Đề nghị' as in a UBND plan): role lead.")
a(HU, "7", "Hội Liên hiệp Phụ nữ huyện", "womens_union", "organisation", "lead", 1,
  "Hội Liên hiệp Phụ nữ huyện vận động hội viên phụ nữ Khmer tham gia lớp xóa mù chữ", parent="7")
a(HU, "7", "Huyện đoàn", "youth_union", "organisation", "lead", 1,
  "Huyện đoàn tổ chức \"Ngày hội đọc sách\" vào tháng 4 hằng năm.", ["vào tháng 4 hằng năm"], parent="7")
a(HU, "8", "Hội Khuyến học huyện", "study_promotion_association", "organisation", "lead", 4,
  "Là nòng cốt trong phong trào khuyến học, khuyến tài")
a(HU, "9", "Đảng ủy các xã, thị trấn", "party_committee_lower", "commune", "lead", 3,
  "Xây dựng kế hoạch thực hiện, hoàn thành trước ngày 30/6/2024",
  ["hoàn thành trước ngày 30/6/2024", "báo cáo kết quả 6 tháng trước ngày 15/6", "báo cáo năm trước ngày 15/11"])
a(HU, "10", "Văn phòng Huyện ủy", "party_office", "district", "lead", 2,
  "Bảo đảm kinh phí tổ chức sơ kết, tổng kết từ ngân sách Đảng")

a(XA, "1", "Phòng Văn hóa - Xã hội", "culture", "commune", "standing", 3,
  "Là cơ quan thường trực, tham mưu Ủy ban nhân dân xã triển khai Kế hoạch", ["trước ngày 10/12 hằng năm"],
  role_span="Là cơ quan thường trực")
a(XA, "2", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã", "office", "commune", "lead", 2,
  "Tham mưu kiện toàn Ban Chỉ đạo xây dựng xã hội học tập xã")
a(XA, "3", "Phòng Kinh tế", "finance", "commune", "lead", 2,
  "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách xã hằng năm",
  note="The two-level commune's Phòng Kinh tế holds the budget function: keyed finance.")
a(XA, "4", "Trung tâm Phục vụ hành chính công xã", "public_service_centre", "commune", "lead", 2,
  "Hướng dẫn người dân sử dụng dịch vụ công trực tuyến")
a(XA, "5", "Trung tâm học tập cộng đồng xã", "community_learning_centre", "commune", "lead", 2,
  "Xây dựng kế hoạch hoạt động hằng năm của Trung tâm và 02 điểm học tập")
a(XA, "6", "Các trường học trên địa bàn xã", "schools", "commune", "lead", 2,
  "Phối hợp với Trung tâm học tập cộng đồng xã huy động trẻ trong độ tuổi đến trường")
a(XA, "7", "Công an xã", "police", "commune", "lead", 2, "Phối hợp tuyên truyền pháp luật tại các lớp học cộng đồng")
a(XA, "8", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội xã", "fatherland_front",
  "organisation", "request", 2, "Vận động đoàn viên, hội viên và Nhân dân tham gia xây dựng \"Gia đình học tập\", \"Dòng họ học tập\"")
a(XA, "9", "Hội Khuyến học xã", "study_promotion_association", "organisation", "lead", 3,
  "Phát triển hội viên, chi hội khuyến học ở 26 ấp, khóm")
a(XA, "10", "Trưởng ấp, khóm", "village_heads", "commune", "lead", 2,
  "Vận động hộ gia đình đăng ký danh hiệu \"Gia đình học tập\" trước ngày 31/3 hằng năm", ["trước ngày 31/3 hằng năm"])


def main():
    problems = []
    for r in T + A:
        spans = [r["span"]] + r.get("alt_spans", []) + r.get("deadline_spans", []) + ([r["role_span"]] if r.get("role_span") else [])
        for s in spans:
            if norm(s) not in text_of(r["doc"]):
                problems.append(f"missing in {r['doc']}: {s!r}")
        if "value" in r and r.get("table") is None and norm(r["value"]).lower() not in norm(r["span"]).lower():
            problems.append(f"value {r['value']!r} not in span {r['span']!r}")
    for p in PLANS:
        for k in ("number", "title"):
            if norm(p[k]) not in text_of(p["id"]):
                problems.append(f"{p['id']}: {k} not in text")
        if norm(p["signer"]["name"]) not in text_of(p["id"]):
            problems.append(f"{p['id']}: signer not in text")
    if problems:
        print("\n".join(problems))
        return 1
    os.makedirs(OUT, exist_ok=True)
    for name, rows in (("plans.jsonl", PLANS), ("targets.jsonl", T), ("agencies.jsonl", A)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote gold50: {len(PLANS)} plans, {len(T)} targets, {len(A)} agencies")
    return 0


if __name__ == "__main__":
    sys.exit(main())
