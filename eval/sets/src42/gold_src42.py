"""Write eval/sets/gold42/ (plans.jsonl, targets.jsonl, agencies.jsonl) for the two plans of set 42.

    python eval/sets/src42/gold_src42.py

Same formats as ../shared/eval/gold/README.md (see eval/sets/README.md, set 42, for the fields added here). Refuses to
write if a span is not in the plan's extracted text (check_sets' readers, normalised) or a prose figure is not in its span.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common42 import CC, CC_HEAD, CC_YEAR, KM, KM_HEAD, KM_ROWS, norm, text  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "gold42")
R = KM_ROWS

PLANS = [
    {"id": KM, "title": "Xây dựng xã hội học tập thị xã Kinh Môn giai đoạn 2024 - 2030", "locality": "Kinh Môn",
     "level": "huyện", "parents": ["Hải Dương"], "number": "146/KH-UBND", "issued": "2024-08-15",
     "period": "2024-2030", "signer": {"name": "Nguyễn Thị Hồng Nhung", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"},
     "note": "A thị xã (district level) before the 2025 reform. The letterhead - issuer, 'Số: 146/KH-UBND', motto and "
             "'Kinh Môn, ngày 15 tháng 8 năm 2024' - is in the FIRST-PAGE HEADER part of the .docx, not in the body: "
             "a reader of the body alone finds no number or date. Hidden (w:vanish) runs are not part of the plan."},
    {"id": CC, "title": "Xây dựng xã hội học tập xã Môn Sơn giai đoạn 2026 - 2030", "locality": "Môn Sơn",
     "level": "xã", "parents": ["Nghệ An"], "number": "14/KH-UBND", "issued": "2026-01-23", "period": "2026-2030",
     "signer": {"name": "Lang Văn Toản", "capacity": "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"},
     "note": "A commune of the two-level model (after 01/7/2025): no district between xã Môn Sơn and tỉnh Nghệ An. "
             "Saved as RTF (code page 1258, \\uN escapes)."},
]

T = []


def t(doc, indicator, value, number, unit, year, section, span, concept, bound="eq", kind="objective",
      year_basis="heading", scope="", **extra):
    rec = {"doc": doc, "indicator": indicator, "value": value, "number": number, "unit": unit, "year": year,
           "scope": scope, "section": section, "span": span, "concept": concept, "bound": bound,
           "year_basis": year_basis, "kind": kind}
    rec.update(extra)
    T.append(rec)


S25 = "II. MỤC TIÊU › 2. Chỉ tiêu cụ thể › a) Đến năm 2025"
S30 = "II. MỤC TIÊU › 2. Chỉ tiêu cụ thể › b) Đến năm 2030"
A25, A30 = ["a) Đến năm 2025:"], ["b) Đến năm 2030:"]
L1 = "100% phường, xã duy trì đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3 và đạt chuẩn xóa mù chữ mức độ 2"
t(KM, "phường, xã duy trì đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3", "100%", 100.0, "%", 2025, S25, L1,
  "upe_lower_secondary_level3_commune_share", scope="phường, xã", alt_spans=A25)
t(KM, "phường, xã … đạt chuẩn xóa mù chữ mức độ 2", "100%", 100.0, "%", 2025, S25, L1,
  "literacy_level2_commune_share", scope="phường, xã", alt_spans=A25,
  note="One figure for two standards on one line: two records with the same span.")
t(KM, "hộ gia đình đạt danh hiệu “Gia đình học tập”", "75%", 75.0, "%", 2025, S25,
  "Phấn đấu 75% hộ gia đình đạt danh hiệu “Gia đình học tập”", "learning_family_share", alt_spans=A25,
  note="The file holds a HIDDEN run '70% ' (w:vanish) before '75%': a draft figure Word does not show or print. "
       "The plan's figure is 75%.")
t(KM, "dòng họ đạt danh hiệu “Dòng họ học tập”", "65%", 65.0, "%", 2025, S25,
  "65% dòng họ đạt danh hiệu “Dòng họ học tập”", "learning_clan_share", alt_spans=A25)
t(KM, "Trung tâm học tập cộng đồng được đánh giá, xếp loại Tốt", "80%", 80.0, "%", 2025, S25,
  "80% Trung tâm học tập cộng đồng được đánh giá, xếp loại Tốt", "cltc_good_rating_share", alt_spans=A25)
t(KM, "công nhân lao động tại các khu, cụm công nghiệp được bồi dưỡng kỹ năng nghề, kỹ năng số", "45%", 45.0, "%",
  2025, S25, "45% công nhân lao động tại các khu, cụm công nghiệp được bồi dưỡng kỹ năng nghề, kỹ năng số",
  "industrial_worker_skills_share", scope="khu, cụm công nghiệp", alt_spans=A25)
t(KM, "hộ gia đình đạt danh hiệu “Gia đình học tập”", "85%", 85.0, "%", 2030, S30,
  "85% hộ gia đình đạt danh hiệu “Gia đình học tập”", "learning_family_share", alt_spans=A30)
t(KM, "dòng họ đạt danh hiệu “Dòng họ học tập”", "80%", 80.0, "%", 2030, S30,
  "80% dòng họ đạt danh hiệu “Dòng họ học tập”", "learning_clan_share", alt_spans=A30)
t(KM, "cơ quan, đơn vị đạt danh hiệu “Đơn vị học tập”", "100%", 100.0, "%", 2030, S30,
  "100% cơ quan, đơn vị đạt danh hiệu “Đơn vị học tập”", "learning_unit_share", alt_spans=A30)
t(KM, "Trung tâm học tập cộng đồng được đánh giá, xếp loại Tốt", "100%", 100.0, "%", 2030, S30,
  "100% Trung tâm học tập cộng đồng được đánh giá, xếp loại Tốt", "cltc_good_rating_share", alt_spans=A30)
t(KM, "công nhân lao động tại các khu, cụm công nghiệp được bồi dưỡng kỹ năng nghề, kỹ năng số", "70%", 70.0, "%",
  2030, S30, "70% công nhân lao động tại các khu, cụm công nghiệp được bồi dưỡng kỹ năng nghề, kỹ năng số",
  "industrial_worker_skills_share", scope="khu, cụm công nghiệp", alt_spans=A30)
t(KM, "phường, xã được công nhận danh hiệu “Cộng đồng học tập” cấp xã", "14/14", 14.0, "count", 2030, S30,
  "14/14 phường, xã được công nhận danh hiệu “Cộng đồng học tập” cấp xã", "learning_community_commune_count",
  scope="phường, xã", alt_spans=A30, number_of=14)
t(KM, "phường, xã có ít nhất 01 điểm học tập số đặt tại Trung tâm học tập cộng đồng", "100%", 100.0, "%", 2030, S30,
  "100% phường, xã có ít nhất 01 điểm học tập số đặt tại Trung tâm học tập cộng đồng",
  "digital_learning_point_commune_share", scope="phường, xã", alt_spans=A30)
t(KM, "tin, bài về xây dựng xã hội học tập mỗi tháng", "ít nhất 02", 2.0, "count", None,
  "III. NHIỆM VỤ VÀ GIẢI PHÁP › 1. Đẩy mạnh công tác tuyên truyền",
  "bảo đảm mỗi tháng có ít nhất 02 tin, bài về xây dựng xã hội học tập", "media_items_per_month", bound="min",
  kind="task", year_basis="none")
t(KM, "lớp chuyên đề mỗi Trung tâm học tập cộng đồng mỗi năm", "ít nhất 06", 6.0, "count", None,
  "III. NHIỆM VỤ VÀ GIẢI PHÁP › 2. Nâng cao hiệu quả hoạt động của Trung tâm học tập cộng đồng",
  "Mỗi Trung tâm học tập cộng đồng tổ chức ít nhất 06 lớp chuyên đề mỗi năm", "cltc_topic_classes_per_year",
  bound="min", kind="task", year_basis="none")
t(KM, "lớp bồi dưỡng kỹ năng nghề, kỹ năng số mỗi năm cho công nhân lao động", "ít nhất 20", 20.0, "count", None,
  "III. NHIỆM VỤ VÀ GIẢI PHÁP › 3. Bồi dưỡng kỹ năng cho công nhân, người lao động",
  "tổ chức ít nhất 20 lớp bồi dưỡng kỹ năng nghề, kỹ năng số mỗi năm cho công nhân lao động",
  "worker_training_classes_per_year", bound="min", kind="task", year_basis="none")
t(KM, "Tổng kinh phí dự kiến giai đoạn 2024 - 2030", "12.600 triệu đồng", 12600000000.0, "VND", None,
  "IV. KINH PHÍ THỰC HIỆN", "Tổng kinh phí dự kiến giai đoạn 2024 - 2030 là 12.600 triệu đồng", "plan_total_budget",
  kind="task", year_basis="none",
  parts={"ngân sách thị xã": "7.200 triệu đồng", "ngân sách các phường, xã": "3.100 triệu đồng",
         "nguồn xã hội hóa": "2.300 triệu đồng"},
  note="A HIDDEN run ' (phương án trình lần 1: 11.800 triệu đồng)' follows the total; it is not the plan's.")
t(KM, "Ngân sách thị xã hỗ trợ mỗi Trung tâm học tập cộng đồng", "20 triệu đồng/năm", 20000000.0, "VND", None,
  "IV. KINH PHÍ THỰC HIỆN", "Ngân sách thị xã hỗ trợ mỗi Trung tâm học tập cộng đồng 20 triệu đồng/năm",
  "cltc_annual_budget", kind="task", year_basis="none",
  note="A hidden drafting note mentions 25 triệu đồng/Trung tâm; not the plan's figure.")
t(KM, "hỗ trợ một lần cho mỗi điểm học tập số", "50 triệu đồng", 50000000.0, "VND", None, "IV. KINH PHÍ THỰC HIỆN",
  "hỗ trợ một lần 50 triệu đồng cho mỗi điểm học tập số", "digital_point_equipment_budget", kind="task",
  year_basis="none")
t(KM, "Quỹ khuyến học mỗi năm", "ít nhất 1.000 triệu đồng", 1000000000.0, "VND", None, "IV. KINH PHÍ THỰC HIỆN",
  "phấn đấu đạt ít nhất 1.000 triệu đồng mỗi năm", "study_promotion_fund_per_year", bound="min", kind="task",
  year_basis="none")

# Môn Sơn: Bảng 1 transposed (years as rows)
COLS = [("Gia đình học tập", "learning_family_share", "%"), ("Dòng họ học tập", "learning_clan_share", "%"),
        ("Bản học tập", "learning_village_share", "%"),
        ("Người 15 - 60 tuổi biết chữ mức độ 2 (%)", "literacy_level2_15_60_share", "%"),
        ("Lớp chuyên đề của TTHTCĐ (lớp/năm)", "cltc_topic_classes_per_year", "count")]
CAP = "Bảng 1. Chỉ tiêu xây dựng xã hội học tập xã Môn Sơn theo từng năm"
SB = "II. CHỈ TIÊU › 1. Chỉ tiêu theo từng năm (Bảng 1)"
TABLE = {2026: ["62", "50", "40", "93,5", "24"], 2027: ["66", "55", "", "94,5", "26"],
         2028: ["70", "60", "55", "95,5", "28"], 2030: ["78", "70", "70", "97", "30"]}
for year, cells in TABLE.items():
    for (col, concept, unit), cell in zip(COLS, cells, strict=True):
        if not cell:
            continue
        ind = col if unit == "count" or "(%)" in col else "Tỷ lệ đạt danh hiệu “" + col + "”"
        t(CC, ind, cell, float(cell.replace(",", ".")), unit, year, SB, CC_YEAR[year], concept,
          year_basis="row", alt_spans=[CC_HEAD, CAP], table={"row": str(year), "column": col, "cell": cell},
          note="Bảng 1 is TRANSPOSED: years are rows (2026, 2027, 2028, 2030 - no 2029), indicators columns, under a "
               "two-row header ('Tỷ lệ đạt danh hiệu (%)' merged over three columns). The year comes from the row "
               "(year_basis 'row'), the unit from the header. The 2027 Bản học tập cell is EMPTY: no record, and the "
               "2027 row reads '2027 66 55 94,5 26' (the reader must place the figures by column).")
S2 = "II. CHỈ TIÊU › 2. Chỉ tiêu khác đến năm 2030"
t(CC, "trẻ em trong độ tuổi đi học bắt buộc được đến trường", "100%", 100.0, "%", 2030, S2,
  "100% trẻ em trong độ tuổi đi học bắt buộc được đến trường", "compulsory_school_attendance_share",
  alt_spans=["2. Chỉ tiêu khác đến năm 2030"])
t(CC, "hộ gia đình ở các bản làm du lịch cộng đồng có ít nhất 01 người được bồi dưỡng kỹ năng giao tiếp, ngoại ngữ",
  "80%", 80.0, "%", 2030, S2,
  "80% hộ gia đình ở các bản làm du lịch cộng đồng có ít nhất 01 người được bồi dưỡng kỹ năng giao tiếp, ngoại ngữ "
  "phục vụ du khách", "tourism_household_skills_share", scope="các bản làm du lịch cộng đồng",
  alt_spans=["2. Chỉ tiêu khác đến năm 2030"])
t(CC, "người dân trong độ tuổi lao động sử dụng thành thạo ứng dụng VNeID và dịch vụ công trực tuyến", "60%", 60.0,
  "%", 2030, S2, "60% người dân trong độ tuổi lao động sử dụng thành thạo ứng dụng VNeID và dịch vụ công trực tuyến",
  "vneid_public_service_share", scope="trong độ tuổi lao động", alt_spans=["2. Chỉ tiêu khác đến năm 2030"])
t(CC, "lớp xóa mù chữ mỗi năm tại các bản vùng đệm", "ít nhất 03", 3.0, "count", None,
  "III. NHIỆM VỤ, GIẢI PHÁP › 2. Xóa mù chữ cho đồng bào Đan Lai và chống tái mù chữ",
  "Mỗi năm mở ít nhất 03 lớp xóa mù chữ tại các bản vùng đệm Vườn quốc gia Pù Mát", "literacy_classes_per_year",
  bound="min", kind="task", year_basis="none")
t(CC, "điểm học tập số tại nhà văn hóa các bản đông dân cư", "03", 3.0, "count", 2027,
  "III. NHIỆM VỤ, GIẢI PHÁP › 4. Phát triển Trung tâm học tập cộng đồng và điểm học tập số",
  "đến năm 2027 bố trí 01 điểm học tập số tại Trung tâm và 03 điểm học tập số tại nhà văn hóa các bản đông dân cư",
  "digital_learning_point_count", kind="task", year_basis="line",
  note="Plus 01 point at the Trung tâm học tập cộng đồng (separate record).")
t(CC, "điểm học tập số tại Trung tâm học tập cộng đồng", "01", 1.0, "count", 2027,
  "III. NHIỆM VỤ, GIẢI PHÁP › 4. Phát triển Trung tâm học tập cộng đồng và điểm học tập số",
  "đến năm 2027 bố trí 01 điểm học tập số tại Trung tâm", "digital_learning_point_cltc_count", kind="task",
  year_basis="line")
t(CC, "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2026 - 2030", "2.850 triệu đồng", 2850000000.0, "VND", None,
  "IV. KINH PHÍ THỰC HIỆN", "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2026 - 2030 là 2.850 triệu đồng",
  "plan_total_budget", kind="task", year_basis="none",
  parts={"ngân sách tỉnh hỗ trợ": "1.200 triệu đồng", "ngân sách xã": "1.050 triệu đồng",
         "nguồn xã hội hóa và các chương trình, dự án": "600 triệu đồng"})
t(CC, "Ngân sách xã bố trí cho Trung tâm học tập cộng đồng", "30 triệu đồng/năm", 30000000.0, "VND", None,
  "IV. KINH PHÍ THỰC HIỆN", "Ngân sách xã bố trí cho Trung tâm học tập cộng đồng 30 triệu đồng/năm",
  "cltc_annual_budget", kind="task", year_basis="none")
t(CC, "hỗ trợ mỗi lớp xóa mù chữ", "25 triệu đồng", 25000000.0, "VND", None, "IV. KINH PHÍ THỰC HIỆN",
  "hỗ trợ mỗi lớp xóa mù chữ 25 triệu đồng", "literacy_class_budget", kind="task", year_basis="none")
t(CC, "lớp tập huấn kỹ thuật sản xuất nông, lâm nghiệp mỗi năm", "ít nhất 08", 8.0, "count", None,
  "V. TỔ CHỨC THỰC HIỆN › Phòng Kinh tế",
  "chủ trì tổ chức ít nhất 08 lớp tập huấn kỹ thuật sản xuất nông, lâm nghiệp mỗi năm",
  "farmer_training_classes_per_year", bound="min", kind="task", year_basis="none")
t(CC, "Quỹ khuyến học mỗi năm", "ít nhất 150 triệu đồng/năm", 150000000.0, "VND", None,
  "V. TỔ CHỨC THỰC HIỆN › Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể",
  "Hội Khuyến học xã vận động Quỹ khuyến học đạt ít nhất 150 triệu đồng/năm", "study_promotion_fund_per_year",
  bound="min", kind="task", year_basis="none")
t(CC, "sinh hoạt học tập cộng đồng tại nhà văn hóa bản", "ít nhất 01 lần/quý", 1.0, "count", None,
  "V. TỔ CHỨC THỰC HIỆN › Trưởng các bản", "tổ chức sinh hoạt học tập cộng đồng tại nhà văn hóa bản ít nhất 01 lần/quý",
  "village_learning_sessions_per_quarter", bound="min", kind="task", year_basis="none")

# ------------------------------------------------------------------ agencies
A = []
TBL = "V. TỔ CHỨC THỰC HIỆN › Bảng phân công nhiệm vụ"


def a(doc, agency, canonical, level, role, n_tasks, span, deadline_spans, item, tier, **extra):
    rec = {"doc": doc, "agency": agency, "canonical": canonical, "level": level, "role": role, "n_tasks": n_tasks,
           "span": span, "deadline_spans": deadline_spans, "item": item, "tier": tier}
    rec.update(extra)
    A.append(rec)


NOTE_M = ("V is a task table (TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành): a body's "
          "'Cơ quan chủ trì' cell is VERTICALLY MERGED over its consecutive rows, so the rows listed in `merged_rows` "
          "carry no body name of their own as read once per merge; `rows` are the task rows it leads, `coordinates` "
          "the rows where it is only in the 'Cơ quan phối hợp' column.")
a(KM, "Phòng Giáo dục và Đào tạo", "education", "district", "standing", 4, R[1],
  ["Tháng 9/2024", "Trước ngày 15/12 hằng năm", "Tháng 12 hằng năm"], "1", "district",
  role_span="Phòng Giáo dục và Đào tạo là cơ quan thường trực", rows=[1, 2, 3, 10], merged_rows=[2, 3],
  coordinates=[6, 9, 12], section=TBL, note=NOTE_M + " It leads rows 1-3 (one merged cell) and row 10 (a second, "
  "separate cell). Standing body from the lead sentence of V.")
a(KM, "Phòng Lao động - Thương binh và Xã hội", "labour", "district", "lead", 2, R[4], ["2024 - 2030"], "4",
  "district", rows=[4, 5], merged_rows=[5], coordinates=[], section=TBL,
  note="Rows 4-5 share one chủ trì cell and one 'Thời gian hoàn thành' cell (2024 - 2030).")
a(KM, "Phòng Tài chính - Kế hoạch", "finance", "district", "lead", 1, R[6], ["Tháng 11 hằng năm"], "6", "district",
  rows=[6], merged_rows=[], coordinates=[], section=TBL)
a(KM, "Phòng Văn hóa và Thông tin", "culture", "district", "lead", 2, R[7], ["Hằng năm", "Quý IV/2025"], "7",
  "district", rows=[7, 8], merged_rows=[8], coordinates=[], section=TBL,
  note="Row 8's time cell holds a HIDDEN 'Quý II/2025 ' before the visible 'Quý IV/2025'.")
a(KM, "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên thị xã", "vocational_continuing_education", "district",
  "lead", 1, R[9], ["Quý II/2026"], "9", "district", rows=[9], merged_rows=[], coordinates=[5, 10], section=TBL)
a(KM, "Công an thị xã", "police", "district", "lead", 1, R[11], ["Hằng năm"], "11", "district", rows=[11],
  merged_rows=[], coordinates=[], section=TBL)
a(KM, "Đề nghị Hội Khuyến học thị xã", "study_promotion_association", "district", "request", 1, R[12], ["Hằng năm"],
  "12", "district", rows=[12], merged_rows=[], coordinates=[2, 7], section=TBL,
  note="'Đề nghị' written inside the chủ trì cell. Its 'Thời gian hoàn thành' cell is merged with row 11's "
       "('Hằng năm', read in row 11).")
a(KM, "Ủy ban nhân dân các phường, xã", "peoples_committee_lower", "commune", "lead", 1, R[13],
  ["Trước ngày 31/01 hằng năm"], "13", "district", rows=[13], merged_rows=[], coordinates=[2, 11, 12], section=TBL)
for name, canon, level, rows_ in [("Phòng Nội vụ", "home_affairs", "district", [1]),
                                  ("Liên đoàn Lao động thị xã", "trade_union", "district", [4]),
                                  ("Trung tâm Văn hóa, Thông tin và Thể thao thị xã", "culture_centre", "district", [8]),
                                  ("Bưu điện thị xã", "post_office", "district", [9]),
                                  ("Phòng Tư pháp", "justice", "district", [11]),
                                  ("Hội Khuyến học các phường, xã", "study_promotion_association", "commune", [13])]:
    a(KM, name, canon, level, "coordinate", 0, R[rows_[0]], [], str(rows_[0]), "district", rows=[],
      merged_rows=[], coordinates=rows_, section=TBL,
      note="Named only in the 'Cơ quan phối hợp' column: it leads no task (a question about what it 'chủ trì' is "
           "unanswerable).")
a(KM, "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thị xã và các tổ chức chính trị - xã hội thị xã", "fatherland_front",
  "district", "request", 1,
  "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thị xã và các tổ chức chính trị - xã hội thị xã (Thị đoàn, Hội Liên hiệp "
  "Phụ nữ, Hội Nông dân, Hội Cựu chiến binh thị xã) tuyên truyền, vận động đoàn viên, hội viên tham gia học tập suốt "
  "đời", [], "", "district", is_group=True,
  members=["Thị đoàn", "Hội Liên hiệp Phụ nữ", "Hội Nông dân", "Hội Cựu chiến binh thị xã"], coordinates=[7],
  section="V. TỔ CHỨC THỰC HIỆN",
  note="A paragraph after the table; the Ủy ban MTTQ thị xã is also a coordinating body in row 7. The hidden drafting "
       "note that follows (Ban Chỉ huy Quân sự thị xã) is not part of the plan: no record.")

CCV = "V. TỔ CHỨC THỰC HIỆN"
NOTE_U = ("Unnumbered run-in item: the body's name in bold followed by a colon and its tasks on the same paragraph; "
          "`order` is its place in V.")
cc_items = [
    ("Phòng Văn hóa - Xã hội", "culture_society", "standing", 3,
     "Phòng Văn hóa - Xã hội: là cơ quan thường trực, tham mưu Ủy ban nhân dân xã triển khai Kế hoạch",
     ["trước ngày 05/12 hằng năm"],
     {"role_span": "Phòng Văn hóa - Xã hội: là cơ quan thường trực"}),
    ("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã", "office", "lead", 2,
     "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã: đăng tải Kế hoạch và các tài liệu học tập trên Trang thông "
     "tin điện tử xã", [], {}),
    ("Phòng Kinh tế", "economy", "lead", 2,
     "Phòng Kinh tế: chủ trì tổ chức ít nhất 08 lớp tập huấn kỹ thuật sản xuất nông, lâm nghiệp mỗi năm", [], {}),
    ("Trung tâm học tập cộng đồng xã", "community_learning_centre", "lead", 4,
     "Trung tâm học tập cộng đồng xã: tổ chức các lớp chuyên đề theo chỉ tiêu tại Bảng 1",
     ["hoàn thành kế hoạch hoạt động năm trước ngày 15/02 hằng năm"], {}),
    ("Các trường mầm non, tiểu học, trung học cơ sở trên địa bàn xã", "schools", "lead", 3,
     "Các trường mầm non, tiểu học, trung học cơ sở trên địa bàn xã: duy trì sĩ số, chống học sinh bỏ học", [],
     {"is_group": True}),
    ("Trạm Y tế xã", "health", "lead", 1,
     "Trạm Y tế xã: phối hợp Trung tâm học tập cộng đồng tổ chức các chuyên đề chăm sóc sức khỏe bà mẹ, trẻ em", [], {}),
    ("Công an xã", "police", "lead", 1,
     "Công an xã: tuyên truyền, phổ biến pháp luật về phòng, chống ma túy, mua bán người và bảo vệ rừng tại các bản",
     [], {}),
    ("Trưởng các bản", "village_heads", "lead", 2,
     "Trưởng các bản: vận động hộ gia đình đăng ký danh hiệu học tập", [], {}),
    ("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể", "fatherland_front", "request", 3,
     "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể: phối hợp tuyên truyền, vận động đoàn viên, hội viên "
     "tham gia học tập suốt đời", [], {"is_group": True, "members": ["Hội Khuyến học xã", "Đoàn Thanh niên xã"]}),
]
for k, (name, canon, role, n, span, dls, extra) in enumerate(cc_items, 1):
    a(CC, name, canon, "commune", role, n, span, dls, "", "commune", order=k, section=CCV + " › " + name,
      note=NOTE_U, **extra)
a(CC, "Hội Khuyến học xã", "study_promotion_association", "commune", "request", 1,
  "Hội Khuyến học xã vận động Quỹ khuyến học đạt ít nhất 150 triệu đồng/năm", [], "", "commune", order=9,
  parent="Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể", section=CCV, note="Named inline in the Đề nghị item.")
a(CC, "Đoàn Thanh niên xã", "youth_union", "commune", "request", 1,
  "Đoàn Thanh niên xã thành lập tổ “Bình dân học vụ số” hướng dẫn kỹ năng số cho người dân ở các bản", [], "",
  "commune", order=9, parent="Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể", section=CCV,
  note="Named inline in the Đề nghị item.")


def main():
    problems = []
    for r in T:
        for s in [r["span"]] + r.get("alt_spans", []):
            if norm(s) not in text(r["doc"]):
                problems.append(f"target span missing: {s[:80]!r}")
        if r.get("table") is None and norm(r["value"]).lower() not in norm(r["span"]).lower():
            problems.append(f"value {r['value']!r} not in {r['span'][:60]!r}")
    for r in A:
        for s in [r["span"]] + r["deadline_spans"] + ([r["role_span"]] if r.get("role_span") else []):
            if norm(s) not in text(r["doc"]):
                problems.append(f"agency span missing: {s[:80]!r}")
    for p in PLANS:
        for s in (p["number"], p["title"], p["signer"]["name"]):
            if norm(s) not in text(p["id"]):
                problems.append(f"plan {p['id']}: {s!r} missing")
    assert KM_HEAD in text(KM)
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    os.makedirs(OUT, exist_ok=True)
    for name, recs in (("plans.jsonl", PLANS), ("targets.jsonl", T), ("agencies.jsonl", A)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"gold42: {len(PLANS)} plans, {len(T)} targets, {len(A)} agencies")


if __name__ == "__main__":
    main()
