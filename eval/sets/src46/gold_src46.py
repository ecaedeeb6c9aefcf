"""Write eval/sets/gold46/ (plans.jsonl, targets.jsonl, agencies.jsonl) for set 46's two plans.

    python eval/sets/src46/gold_src46.py

Every span is checked against the text as check_sets.py extracts it (refuses to write if one is missing).
"""
import json
import os

from common46 import C, D, check_span, line, norm

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "gold46")
M = 1_000_000.0

PLANS = [
    {"id": D, "title": "Xây dựng xã hội học tập huyện Lạc Dương giai đoạn 2025 - 2027", "locality": "Lạc Dương",
     "level": "huyện", "parents": ["Lâm Đồng"], "number": "36/KH-UBND", "issued": "2025-02-24", "period": "2025-2027",
     "signer": {"name": "Đinh Thị Phương Lan", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"},
     "children_loaded": [C],
     "metadata": {"Số ký hiệu": "36/KH-UBND", "Ngày ban hành": "24/02/2025", "Ngày có hiệu lực": "24/02/2025",
                  "Loại văn bản": "Kế hoạch", "Cơ quan ban hành": "Ủy ban nhân dân huyện Lạc Dương",
                  "Người ký": "Đinh Thị Phương Lan", "Chức vụ": "Phó Chủ tịch Ủy ban nhân dân huyện",
                  "Lĩnh vực": "Giáo dục, đào tạo", "Tình trạng hiệu lực": "Còn hiệu lực"},
     "note": "Saved page of the district's DOCUMENT DATABASE: a 'Thuộc tính văn bản' metadata table (number, dates, "
             "signer, status 'Còn hiệu lực', bases) precedes the body and agrees with it; the body's letterhead gives "
             "the date as 'ngày 24 tháng 02 năm 2025'. Bảng 1 assigns targets to each of the 6 xã, thị trấn; the "
             "loaded commune plan of xã Đạ Sar sets HIGHER figures for itself (58% vs 55%, 4/6 vs 3/6)."},
    {"id": C, "title": "Xây dựng xã hội học tập xã Đạ Sar năm 2025", "locality": "Đạ Sar", "level": "xã",
     "parents": ["Lạc Dương", "Lâm Đồng"], "number": "15/KH-UBND", "issued": "2025-03-14", "period": "2025",
     "signer": {"name": "Cil Ha Liêng", "capacity": "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"}, "parent_loaded": D,
     "note": "An Excel WORKBOOK: sheet KH (plan text), PL1 Chỉ tiêu, PL2 Tiến độ (month grid T1…T12 with 'x'), "
             "PL3 Kinh phí. Issued under the district plan 36/KH-UBND (its first căn cứ), before the district's "
             "31/3/2025 deadline for commune plans."},
]

BANG1_HEAD = ("TT Xã, thị trấn Gia đình học tập năm 2025 (%) Gia đình học tập năm 2027 (%) Thôn, tổ dân phố học tập "
              "năm 2025 Thôn, tổ dân phố học tập năm 2027 Người lao động có kỹ năng số năm 2027 (%)")
BANG1_CAP = "Bảng 1. Chỉ tiêu giao cho các xã, thị trấn"
BANG1 = [("Thị trấn Lạc Dương", "1", ["70", "76", "10/14", "13/14", "82"]),
         ("Xã Lát", "2", ["60", "66", "4/8", "6/8", "72"]),
         ("Xã Đạ Sar", "3", ["55", "61", "3/6", "5/6", "68"]),
         ("Xã Đạ Nhim", "4", ["57", "63", "3/6", "5/6", "70"]),
         ("Xã Đạ Chais", "5", ["56", "62", "2/5", "4/5", "70"]),
         ("Xã Đưng K’Nớ", "6", ["50", "56", "1/4", "3/4", "65"]),
         ("Toàn huyện", "", ["62", "68", "23/43", "36/43", "75"])]
B1_COLS = [("Gia đình học tập năm 2025 (%)", 2025, "learning_family_share", "%"),
           ("Gia đình học tập năm 2027 (%)", 2027, "learning_family_share", "%"),
           ("Thôn, tổ dân phố học tập năm 2025", 2025, "learning_village_count", "count"),
           ("Thôn, tổ dân phố học tập năm 2027", 2027, "learning_village_count", "count"),
           ("Người lao động có kỹ năng số năm 2027 (%)", 2027, "workforce_digital_skills_share", "%")]
SEC_D = "II. MỤC TIÊU › 2. Chỉ tiêu cụ thể"


def t(doc, indicator, value, number, unit, year, span, concept, section, kind="objective", bound="eq", scope="",
      year_basis="heading", **extra):
    r = {"doc": doc, "indicator": indicator, "value": value, "number": number, "unit": unit, "year": year,
         "scope": scope, "section": section, "span": span, "concept": concept, "bound": bound,
         "year_basis": year_basis, "kind": kind}
    r.update(extra)
    return r


def targets():
    out = []
    a25, b27 = ["a) Đến năm 2025"], ["b) Đến năm 2027"]
    out += [
        t(D, "xã, thị trấn duy trì đạt chuẩn xóa mù chữ mức độ 2", "100%", 100.0, "%", 2025,
          "- 100% xã, thị trấn duy trì đạt chuẩn xóa mù chữ mức độ 2.", "literacy_level2_commune_share",
          SEC_D + " › a) Đến năm 2025", scope="xã, thị trấn", alt_spans=a25),
        t(D, "Trung tâm học tập cộng đồng ứng dụng công nghệ thông tin", "6/6", 6.0, "count", 2025,
          "- 6/6 Trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý và tổ chức hoạt động.",
          "cltc_ict_count", SEC_D + " › a) Đến năm 2025", alt_spans=a25, number_of=6),
        t(D, "người trong độ tuổi lao động có kỹ năng số cơ bản", "55%", 55.0, "%", 2025,
          "- 55% người trong độ tuổi lao động có kỹ năng số cơ bản.", "workforce_digital_skills_share",
          SEC_D + " › a) Đến năm 2025", scope="trong độ tuổi lao động", alt_spans=a25),
        t(D, "người trong độ tuổi lao động có kỹ năng số cơ bản", "75%", 75.0, "%", 2027,
          "- 75% người trong độ tuổi lao động có kỹ năng số cơ bản.", "workforce_digital_skills_share",
          SEC_D + " › b) Đến năm 2027", scope="trong độ tuổi lao động", alt_spans=b27),
        t(D, "cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số", "100%", 100.0, "%", 2027,
          "- 100% cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số.", "commune_officials_digital_training_share",
          SEC_D + " › b) Đến năm 2027", scope="cán bộ, công chức cấp xã", alt_spans=b27),
        t(D, "Trung tâm học tập cộng đồng được đánh giá, xếp loại Tốt", "Ít nhất 4/6", 4.0, "count", 2027,
          "- Ít nhất 4/6 Trung tâm học tập cộng đồng được đánh giá, xếp loại Tốt.", "cltc_rated_good_count",
          SEC_D + " › b) Đến năm 2027", bound="min", alt_spans=b27, number_of=6),
        # RELATIVE targets: no absolute figure; `relative` says what the figure is relative to
        t(D, "Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình học tập” … mỗi năm tăng", "ít nhất 2 điểm phần trăm", 2.0,
          "percentage_points", None, line(D, "- Tỷ lệ hộ gia đình đạt danh hiệu"), "learning_family_share",
          SEC_D + " › c) Chỉ tiêu tăng hằng năm", bound="min", year_basis="none",
          relative={"base": "previous_year", "per": "year"},
          note="A relative target: no year figure is written; Bảng 1's Toàn huyện row gives 62 (2025) and 68 (2027)."),
        t(D, "Số lớp chuyên đề do các Trung tâm học tập cộng đồng tổ chức năm 2025 tăng", "ít nhất 10%", 10.0,
          "relative_%", 2025, line(D, "- Số lớp chuyên đề"), "cltc_topic_classes_growth",
          SEC_D + " › c) Chỉ tiêu tăng hằng năm", bound="min", year_basis="line",
          relative={"base": "year", "base_year": 2024},
          note="The 2024 number of classes is not in the plan, so no absolute 2025 figure can be derived."),
        t(D, "từ năm 2026 mỗi năm tăng (số lớp chuyên đề)", "ít nhất 5%", 5.0, "relative_%", None,
          line(D, "- Số lớp chuyên đề"), "cltc_topic_classes_growth", SEC_D + " › c) Chỉ tiêu tăng hằng năm",
          bound="min", year_basis="line", relative={"base": "previous_year", "per": "year", "from_year": 2026},
          occurrence=1),
        t(D, "Tỷ lệ người dân tộc thiểu số từ 15 đến 60 tuổi biết chữ mức độ 2", "không thấp hơn mức bình quân chung của tỉnh Lâm Đồng",
          None, "%", None, line(D, "- Tỷ lệ người dân tộc thiểu số"), "ethnic_literacy_level2_share",
          SEC_D + " › c) Chỉ tiêu tăng hằng năm", bound="min", year_basis="none", scope="người dân tộc thiểu số từ 15 đến 60 tuổi",
          relative={"base": "province_average"},
          note="Relative to a figure the plans do not state: questions asking for the percentage are unanswerable."),
    ]
    for name, tt, vals in BANG1:
        row_span = " ".join(x for x in [tt, name, *vals] if x)
        for (col, year, concept, unit), v in zip(B1_COLS, vals, strict=True):
            num = float(v.split("/")[0]) if "/" in v else float(v)
            extra = {"number_of": float(v.split("/")[1])} if "/" in v else {}
            out.append(t(D, col, v, num, unit, year, row_span, concept, SEC_D + " › d) Chỉ tiêu giao cho từng xã, thị trấn",
                         scope=name, year_basis="column", table={"row": name, "column": col, "cell": v},
                         alt_spans=[BANG1_HEAD, BANG1_CAP], **extra))
    v = "V. TỔ CHỨC THỰC HIỆN"
    iv = "IV. KINH PHÍ THỰC HIỆN"
    out += [
        t(D, "lao động nông thôn được đào tạo nghề ngắn hạn mỗi năm", "ít nhất 300", 300.0, "count", None,
          line(D, "Chủ trì đào tạo nghề ngắn hạn"), "rural_vocational_trainees_per_year", v + " › 3. Phòng Lao động - Thương binh và Xã hội",
          kind="task", bound="min", year_basis="none"),
        t(D, "là người dân tộc thiểu số (trong số lao động được đào tạo nghề)", "ít nhất 70%", 70.0, "%", None,
          line(D, "Chủ trì đào tạo nghề ngắn hạn"), "vocational_trainees_ethnic_share", v + " › 3. Phòng Lao động - Thương binh và Xã hội",
          kind="task", bound="min", year_basis="none"),
        t(D, "Quỹ khuyến học", "ít nhất 150 triệu đồng mỗi năm", 150 * M, "VND", None, line(D, "Ủy ban Mặt trận Tổ quốc Việt Nam huyện lồng ghép"),
          "study_promotion_fund_per_year", v + " › 10. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và Hội Khuyến học huyện",
          kind="task", bound="min", year_basis="none"),
        t(D, "Tổng kinh phí thực hiện giai đoạn 2025 - 2027", "2.460 triệu đồng", 2460 * M, "VND", None, line(D, "1. Tổng kinh phí"),
          "plan_total_budget", iv, kind="task", year_basis="none", period="2025-2027",
          parts={"ngân sách huyện": 1380 * M, "ngân sách xã, thị trấn": 620 * M, "nguồn xã hội hóa": 460 * M}),
        t(D, "hỗ trợ mỗi Trung tâm học tập cộng đồng", "25 triệu đồng/năm", 25 * M, "VND", None, line(D, "2. Ngân sách huyện hỗ trợ"),
          "cltc_support_per_year", iv, kind="task", year_basis="none"),
        t(D, "Các lớp xóa mù chữ được hỗ trợ", "20 triệu đồng/lớp", 20 * M, "VND", None, line(D, "3. Các lớp xóa mù chữ"),
          "literacy_class_budget", iv, kind="task", year_basis="none"),
    ]
    pl1_head = "TT | Chỉ tiêu | Đơn vị tính | Năm 2025 | Ghi chú"
    pl1_cap = "Phụ lục 1: CHỈ TIÊU XÂY DỰNG XÃ HỘI HỌC TẬP XÃ ĐẠ SAR NĂM 2025"
    pl1 = [("1 | Hộ gia đình đạt danh hiệu “Gia đình học tập” | % | 58%", "Hộ gia đình đạt danh hiệu “Gia đình học tập”", "58%", 58.0, "%", "learning_family_share", {}),
           ("2 | Thôn đạt danh hiệu “Thôn học tập” | thôn | 4/6", "Thôn đạt danh hiệu “Thôn học tập”", "4/6", 4.0, "count", "learning_village_count", {"number_of": 6.0}),
           ("3 | Dòng họ đạt danh hiệu “Dòng họ học tập” | dòng họ | 3", "Dòng họ đạt danh hiệu “Dòng họ học tập”", "3", 3.0, "count", "learning_clan_count", {}),
           ("4 | Người từ 15 đến 60 tuổi biết chữ mức độ 2 | % | 96,5%", "Người từ 15 đến 60 tuổi biết chữ mức độ 2", "96,5%", 96.5, "%", "literacy_level2_15_60_share", {}),
           ("5 | Lớp chuyên đề tại Trung tâm học tập cộng đồng | lớp | 24", "Lớp chuyên đề tại Trung tâm học tập cộng đồng", "24", 24.0, "count", "cltc_topic_classes_per_year", {}),
           ("6 | Người trong độ tuổi lao động có kỹ năng số cơ bản | % | 50%", "Người trong độ tuổi lao động có kỹ năng số cơ bản", "50%", 50.0, "%", "workforce_digital_skills_share", {}),
           ("7 | Học viên các lớp xóa mù chữ | người | 50", "Học viên các lớp xóa mù chữ", "50", 50.0, "count", "literacy_learners_count", {})]
    for span, ind, val, num, unit, concept, extra in pl1:
        out.append(t(C, ind, val, num, unit, 2025, span, concept, "PL1 Chỉ tiêu", year_basis="column",
                     table={"row": ind, "column": "Năm 2025", "cell": val}, alt_spans=[pl1_head, pl1_cap], **extra))
    out += [
        t(C, "Tổng kinh phí năm 2025", "186 triệu đồng", 186 * M, "VND", 2025, line(C, "Tổng kinh phí năm 2025 là 186"),
          "plan_annual_budget", "IV. KINH PHÍ", kind="task", year_basis="line",
          parts={"ngân sách xã": 106 * M, "Chương trình MTQG": 40 * M, "xã hội hóa": 40 * M},
          alt_spans=["| Tổng cộng | 106 | 40 | 40 | 186", "TT | Nội dung | Ngân sách xã | Chương trình MTQG | Xã hội hóa | Cộng",
                     "(Đơn vị tính: triệu đồng)"]),
        t(C, "lớp xóa mù chữ", "02", 2.0, "count", 2025, line(C, "2. Trung tâm học tập cộng đồng xã mở lớp"),
          "literacy_classes_per_year", "III. NHIỆM VỤ", kind="task", year_basis="heading"),
    ]
    return out


def ag(doc, agency, canonical, level, role, n_tasks, span, item, section, deadline_spans=(), **extra):
    r = {"doc": doc, "agency": agency, "canonical": canonical, "level": level, "role": role, "n_tasks": n_tasks,
         "span": span, "deadline_spans": list(deadline_spans), "item": item, "tier": level, "section": section}
    r.update(extra)
    return r


def grid_row(n):
    import check_sets
    lines = check_sets.extract(C).split("\n")
    start = lines.index("PL2 Tiến độ")
    return [ln for ln in lines[start:] if ln.startswith(f"{n} | ")][0]


MONTHS = {1: list(range(3, 13)), 2: [3, 4], 3: [6, 7, 8, 9, 10, 11], 4: [4], 5: [3, 4, 8, 9], 6: [5, 6, 7], 7: [7, 8],
          8: [9], 9: [10], 10: [11, 12], 11: [11]}


def agencies():
    v = "V. TỔ CHỨC THỰC HIỆN"
    L = {n: line(D, s) for n, s in [(1, "Là cơ quan thường trực"), (2, "Chủ trì tuyên truyền"), (3, "Chủ trì đào tạo nghề"),
                                    (4, "Tham mưu Ủy ban nhân dân huyện bố trí"), (5, "Phối hợp Phòng Giáo dục"),
                                    (6, "Chủ trì bồi dưỡng kỹ năng số"), (7, "Tổ chức lớp bổ túc"),
                                    (8, "Chỉ đạo Công an các xã"), (9, "Căn cứ chỉ tiêu tại Bảng 1"),
                                    (10, "Ủy ban Mặt trận Tổ quốc Việt Nam huyện lồng ghép")]}
    out = [
        ag(D, "Phòng Giáo dục và Đào tạo", "education", "district", "standing", 4, L[1], "1", v,
           ["trước ngày 10/12 hằng năm", "quý IV/2026", "quý IV/2027"], role_span="Là cơ quan thường trực"),
        ag(D, "Phòng Văn hóa và Thông tin", "culture", "district", "lead", 4, L[2], "2", v, ["ngày 21/4 hằng năm"],
           coordinates_with=["Ban Quản lý Vườn quốc gia Bidoup - Núi Bà"]),
        ag(D, "Phòng Lao động - Thương binh và Xã hội", "labour", "district", "lead", 2, L[3], "3", v,
           coordinates_with=["Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện"]),
        ag(D, "Phòng Tài chính - Kế hoạch", "finance", "district", "lead", 2, L[4], "4", v),
        ag(D, "Phòng Dân tộc", "ethnic_affairs", "district", "lead", 2, L[5], "5", v, ["trong quý III/2025"]),
        ag(D, "Phòng Nội vụ", "home_affairs", "district", "lead", 2, L[6], "6", v),
        ag(D, "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện", "vocational_continuing_education", "district",
           "lead", 2, L[7], "7", v),
        ag(D, "Công an huyện", "police", "district", "lead", 1, L[8], "8", v),
        ag(D, "Ủy ban nhân dân các xã, thị trấn", "peoples_committee_lower", "commune", "lead", 2, L[9], "9", v,
           ["trước ngày 31/3/2025", "trước ngày 30/11 hằng năm"]),
        ag(D, "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và Hội Khuyến học huyện", "fatherland_front", "district",
           "request", 2, L[10], "10", v, is_group=True,
           members=["Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "Hội Khuyến học huyện"]),
        ag(D, "Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "fatherland_front", "district", "request", 1, L[10], "10", v,
           parent="10"),
        ag(D, "Hội Khuyến học huyện", "study_promotion_association", "district", "request", 2, L[10], "10", v,
           parent="10"),
    ]
    cv = "V. TỔ CHỨC THỰC HIỆN"
    pl2 = "PL2 Tiến độ"

    def g(agency, canonical, role, item, span, rows, coords, section, **extra):
        months = {str(r): [f"T{m}" for m in MONTHS[r]] for r in rows}
        return ag(C, agency, canonical, "commune", role, len(rows) + extra.pop("own_tasks", 0), span, item, section,
                  extra.pop("deadline_spans", []), grid_rows=rows, grid_months=months, coordinates=coords,
                  grid_spans=[grid_row(r) for r in rows + coords], **extra)

    out += [
        g("Công chức Văn hóa - Xã hội", "culture_society", "standing", "1", line(C, "1. Công chức Văn hóa - Xã hội:"),
          [1, 8, 11], [], cv, own_tasks=1, deadline_spans=["trước ngày 20/11/2025", "trước ngày 30/11/2025"],
          role_span="là đầu mối thường trực"),
        g("Trung tâm học tập cộng đồng xã", "community_learning_centre", "lead", "2",
          line(C, "2. Trung tâm học tập cộng đồng xã:"), [3, 5, 9], [2, 11], cv, own_tasks=2,
          deadline_spans=["trước ngày 31/3/2025"]),
        g("Công chức Tài chính - Kế toán", "finance", "lead", "3", line(C, "3. Công chức Tài chính - Kế toán:"), [], [], cv,
          own_tasks=2),
        g("Trưởng các thôn", "village_heads", "lead", "4", line(C, "4. Trưởng các thôn:"), [], [1, 2, 10], cv, own_tasks=2),
        g("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã, Hội Khuyến học xã và các đoàn thể", "fatherland_front", "request",
          "5", line(C, "5. Đề nghị Ủy ban Mặt trận"), [], [], cv, is_group=True,
          members=["Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Hội Khuyến học xã", "các đoàn thể"],
          note="Its tasks are those 'được giao tại Phụ lục 2': see the members' records."),
        g("Hội Khuyến học xã", "study_promotion_association", "request", "5", grid_row(10), [10], [8, 9], pl2, parent="5"),
        g("Ủy ban Mặt trận Tổ quốc Việt Nam xã", "fatherland_front", "coordinate", "5", grid_row(10), [], [10], pl2,
          parent="5"),
        g("Trường Tiểu học và THCS Đạ Sar", "schools", "lead", "", grid_row(2), [2, 4], [3], pl2,
          note="Named ONLY in the PL2 grid (lead of rows 2 and 4)."),
        g("Công an xã", "police", "lead", "", grid_row(6), [6], [], pl2, note="Named ONLY in the PL2 grid."),
        g("Hội Liên hiệp Phụ nữ xã", "womens_union", "lead", "", grid_row(7), [7], [3], pl2,
          note="Named ONLY in the PL2 grid (leads row 7, coordinates row 3)."),
        g("Đoàn Thanh niên xã", "youth_union", "coordinate", "", grid_row(4), [], [4, 6], pl2,
          note="Only in the 'Phối hợp' column of the grid: leads nothing."),
        g("Hội Nông dân xã", "farmers_union", "coordinate", "", grid_row(5), [], [5], pl2,
          note="Only in the 'Phối hợp' column of the grid: leads nothing."),
    ]
    return out


def main():
    os.makedirs(OUT, exist_ok=True)
    ts, ags = targets(), agencies()
    for r in ts + ags:
        for s in [r["span"], *r.get("alt_spans", []), *r.get("deadline_spans", []), *r.get("grid_spans", [])] + (
                [r["role_span"]] if r.get("role_span") else []):
            check_span(r["doc"], s)
        if r in ts and r.get("table") is None and r["value"] and norm(r["value"]).lower() not in norm(r["span"]).lower():
            raise SystemExit(f"value {r['value']!r} not in span {r['span']!r}")
    for p in PLANS:
        for k in ("number", "title"):
            check_span(p["id"], p[k])
        check_span(p["id"], p["signer"]["name"])
    for name, rows in (("plans.jsonl", PLANS), ("targets.jsonl", ts), ("agencies.jsonl", ags)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote gold46: {len(PLANS)} plans, {len(ts)} targets, {len(ags)} agencies")


if __name__ == "__main__":
    main()
