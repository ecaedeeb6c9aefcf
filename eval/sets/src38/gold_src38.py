"""Set 38 gold (gold38/plans.jsonl, targets.jsonl, agencies.jsonl), written by hand on the two plans38/ files.

    python eval/sets/src38/gold_src38.py

Refuses to write if a span (span, alt_spans, deadline_spans, role_span) is not in its plan as check_sets.py extracts it,
or a value is not in its span (table records: the cell is in the row span).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = os.path.dirname(HERE)
sys.path.insert(0, SETS)
sys.path.insert(0, HERE)
import check_sets  # noqa: E402
import questions_src38 as QS  # noqa: E402  (the span constants only)

SL, PT = QS.SL, QS.PT
OUT = os.path.join(SETS, "gold38")

PLANS = [
    {"id": SL, "title": "Xây dựng xã hội học tập tỉnh Lào Cai giai đoạn 2026 - 2030", "locality": "Lào Cai",
     "level": "tỉnh/thành phố", "parents": [], "number": "2185/QĐ-UBND", "issued": "2025-12-19", "period": "2026-2030",
     "signer": {"name": "Đinh Quang Tuấn", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"},
     "note": "The Kế hoạch has NO number of its own: it is the attachment of Quyết định số 2185/QĐ-UBND ngày 19/12/2025 "
             "('Ban hành kèm theo Quyết định số 2185/QĐ-UBND …'), so `number` and `issued` are the Quyết định's, and "
             "the signer is the Quyết định's (the attached plan carries no signature). The title is the plan's subject "
             "line under 'KẾ HOẠCH'. The .docx opens with the Quyết định (its own căn cứ, Điều 1-3, Nơi nhận)."},
    {"id": PT, "title": "Xây dựng xã hội học tập trên địa bàn phường Phan Thiết năm 2026 và định hướng đến năm 2028",
     "locality": "Phan Thiết", "level": "xã", "parents": ["Lâm Đồng"], "number": "58/KH-UBND", "issued": "2026-04-06",
     "period": "2026", "signer": {"name": "Huỳnh Minh Tâm", "capacity": "CHỦ TỊCH"},
     "note": "A ward of the two-level model (phường directly under tỉnh Lâm Đồng; level 'xã' = commune tier). Annual "
             "plan 2026 with an orientation to 2027 and 2028 (period '2026'; the orientation figures carry their year). "
             "The PDF is the ward portal's page printed from a browser: print header/footer, banner, menu, breadcrumb, "
             "'Ngày đăng … | Lượt xem …', 'Tệp đính kèm', 'Tin liên quan' and the site footer are not plan content; "
             "'Ngày đăng: 10/04/2026' is the posting date, not the issue date."},
]

T = []


def t(doc, indicator, value, number, unit, year, section, span, concept, bound="eq", year_basis="column",
      kind="objective", scope="", alt_spans=None, table=None, note=None, **extra):
    r = {"doc": doc, "indicator": indicator, "value": value, "number": number, "unit": unit, "year": year,
         "scope": scope, "section": section, "span": span, "concept": concept, "bound": bound, "year_basis": year_basis,
         "kind": kind}
    if alt_spans:
        r["alt_spans"] = alt_spans
    if table:
        r["table"] = table
    r.update(extra)
    if note:
        r["note"] = note
    T.append(r)


SL_SEC = "II. MỤC TIÊU › 2. Chỉ tiêu cụ thể › Bảng 1"
ROWS = {  # row: (indicator, concept, unit, scope, responsible, values)
    1: ("hộ gia đình được công nhận danh hiệu “Gia đình học tập”", "learning_family_share", "%", "", "Hội Khuyến học tỉnh", ("65%", "72%", "80%")),
    2: ("dòng họ được công nhận danh hiệu “Dòng họ học tập”", "learning_clan_share", "%", "", "Hội Khuyến học tỉnh", ("50%", "60%", "70%")),
    3: ("thôn, bản, tổ dân phố được công nhận danh hiệu “Cộng đồng học tập”", "learning_community_village_share", "%", "", "Sở Văn hóa, Thể thao và Du lịch", ("45%", "55%", "65%")),
    4: ("cơ quan, đơn vị được công nhận danh hiệu “Đơn vị học tập”", "learning_unit_share", "%", "", "Sở Nội vụ", ("70%", "80%", "90%")),
    5: ("người từ 15 đến 60 tuổi đạt chuẩn biết chữ mức độ 2", "literacy_15_60_share", "%", "mức độ 2", "Sở Giáo dục và Đào tạo", ("93%", "95%", "97%")),
    6: ("lao động qua đào tạo", "trained_labour_share", "%", "", "Sở Nội vụ", ("58%", "63%", "70%")),
    7: ("người dân trong độ tuổi lao động được trang bị kỹ năng số cơ bản", "citizen_digital_skills_share", "%", "trong độ tuổi lao động", "Sở Khoa học và Công nghệ", ("50%", "65%", "80%")),
    8: ("trung tâm học tập cộng đồng xếp loại tốt", "cltc_good_rating_share", "%", "", "Sở Giáo dục và Đào tạo", ("40%", "50%", "60%")),
    9: ("người dân tộc thiểu số trong độ tuổi lao động được bồi dưỡng kiến thức pháp luật, kỹ năng sống", "ethnic_minority_law_life_skills_share", "%", "người dân tộc thiểu số", "Sở Dân tộc và Tôn giáo", ("45%", "55%", "65%")),
    10: ("tủ sách cộng đồng tại thôn, bản (lũy kế)", "community_bookshelf_count", "tủ sách", "lũy kế", "Sở Văn hóa, Thể thao và Du lịch", ("150", "300", "500")),
}
for row, (ind, concept, unit, scope, resp, vals) in ROWS.items():
    for col, v in zip(("Năm 2026", "Năm 2028", "Năm 2030"), vals, strict=False):
        t(SL, ind, v, float(v.rstrip("%")), unit, int(col[-4:]), SL_SEC, QS.SL_R[row], concept, scope=scope,
          alt_spans=[QS.SL_HDR], table={"row": row, "column": col, "cell": v}, responsible=resp,
          note="Word table with two header rows (Lộ trình thực hiện merged over the three years; STT, Chỉ tiêu and Cơ "
               "quan chủ trì merged down); span = STT + indicator + three year cells + the 'Cơ quan chủ trì' cell, as "
               "read one cell a line; `responsible` = that last cell.")
SEC_PROSE = "II. MỤC TIÊU › 2. Chỉ tiêu cụ thể"
t(SL, "lớp xóa mù chữ và sau xóa mù chữ cho người dân tộc thiểu số mỗi năm", "150", 150.0, "lớp", None, SEC_PROSE,
  QS.SL_PROSE, "literacy_classes_per_year", bound="min", year_basis="none")
t(SL, "trung tâm học tập cộng đồng có kết nối Internet", "100%", 100.0, "%", 2030, SEC_PROSE, QS.SL_PROSE,
  "cltc_broadband_share", year_basis="line")
t(SL, "xã, phường có điểm học tập số phục vụ người dân", "75%", 75.0, "%", 2030, SEC_PROSE, QS.SL_PROSE,
  "digital_learning_point_commune_share", bound="min", year_basis="line")
t(SL, "trung tâm học tập cộng đồng được củng cố", "200", 200.0, "trung tâm", None,
  "III. NHIỆM VỤ VÀ GIẢI PHÁP › 2. Phát triển mạng lưới trung tâm học tập cộng đồng và tủ sách cộng đồng",
  QS.SL_III2, "cltc_count", year_basis="plan", kind="task")
t(SL, "bài giảng điện tử song ngữ trên nền tảng “Lào Cai học tập số”", "300", 300.0, "bài giảng", 2030,
  "III. NHIỆM VỤ VÀ GIẢI PHÁP › 4. Chuyển đổi số trong xây dựng xã hội học tập", QS.SL_III4,
  "digital_learning_materials_count", bound="min", year_basis="line", kind="task")
t(SL, "chuyên mục “Lào Cai học tập suốt đời” mỗi tháng", "02", 2.0, "kỳ/tháng", None,
  "III. NHIỆM VỤ VÀ GIẢI PHÁP › 1. Tuyên truyền, nâng cao nhận thức về xây dựng xã hội học tập", QS.SL_TT1,
  "media_programme_per_month", year_basis="none", kind="task")
t(SL, "lớp tập huấn chuyển giao khoa học kỹ thuật cho nông dân mỗi năm", "120", 120.0, "lớp", None,
  "V. TỔ CHỨC THỰC HIỆN › 8. Sở Nông nghiệp và Môi trường", QS.SL_NN, "farmer_training_classes_per_year",
  bound="min", year_basis="none", kind="task")
t(SL, "tổng kinh phí thực hiện Kế hoạch giai đoạn 2026 - 2030", "36.500 triệu đồng", 36500.0, "triệu đồng", None,
  "IV. KINH PHÍ THỰC HIỆN", QS.SL_FUND1, "plan_total_budget", year_basis="plan", kind="task",
  note="= ngân sách tỉnh 21.000 + ngân sách cấp xã 9.500 + xã hội hóa 6.000 triệu đồng.")
t(SL, "hỗ trợ mỗi trung tâm học tập cộng đồng mỗi năm", "30 triệu đồng", 30.0, "triệu đồng/năm", None,
  "IV. KINH PHÍ THỰC HIỆN", QS.SL_FUND2, "cltc_annual_budget", year_basis="none", kind="task")
t(SL, "kinh phí xây dựng nền tảng “Lào Cai học tập số”", "2.800 triệu đồng", 2800.0, "triệu đồng", None,
  "IV. KINH PHÍ THỰC HIỆN", QS.SL_FUND2, "learning_platform_budget", year_basis="none", kind="task",
  note="Bố trí trong năm 2026 và năm 2027 (two years, so no single year).")

PT26 = "II. MỤC TIÊU › 1. Chỉ tiêu năm 2026"
PTOR = "II. MỤC TIÊU › 2. Định hướng đến năm 2027 và năm 2028"
t(PT, "hộ gia đình đạt danh hiệu “Gia đình học tập”", "82%", 82.0, "%", 2026, PT26, QS.PT_GD26, "learning_family_share",
  year_basis="heading", alt_spans=[QS.PT_H26])
t(PT, "khu phố đạt danh hiệu “Cộng đồng học tập”", "20/24", 20.0, "khu phố", 2026, PT26, QS.PT_KP26,
  "learning_community_village_count", year_basis="heading", alt_spans=[QS.PT_H26], number_of=24)
t(PT, "cơ quan, đơn vị trên địa bàn phường đạt danh hiệu “Đơn vị học tập”", "90%", 90.0, "%", 2026, PT26, QS.PT_DV26,
  "learning_unit_share", year_basis="heading", alt_spans=[QS.PT_H26])
t(PT, "lượt ngư dân được bồi dưỡng kiến thức an toàn hàng hải và khai thác thủy sản bền vững", "600", 600.0, "lượt",
  2026, PT26, QS.PT_NGU, "fishers_trained_per_year", year_basis="heading", alt_spans=[QS.PT_H26])
t(PT, "người dân trong độ tuổi lao động được hướng dẫn kỹ năng số cơ bản", "70%", 70.0, "%", 2026, PT26, QS.PT_SO26,
  "citizen_digital_skills_share", year_basis="heading", alt_spans=[QS.PT_H26])
t(PT, "lớp tiếng Anh giao tiếp cho người lao động ngành du lịch, dịch vụ", "08", 8.0, "lớp", 2026, PT26, QS.PT_ANH26,
  "tourism_english_classes_per_year", year_basis="heading", alt_spans=[QS.PT_H26])
for v, n, unit, concept, span, yr, extra in (
        ("85%", 85.0, "%", "learning_family_share", QS.PT_Y27, 2027, {}),
        ("22/24", 22.0, "khu phố", "learning_community_village_count", QS.PT_Y27, 2027, {"number_of": 24}),
        ("88%", 88.0, "%", "learning_family_share", QS.PT_Y28, 2028, {}),
        ("24/24", 24.0, "khu phố", "learning_community_village_count", QS.PT_Y28, 2028, {"number_of": 24}),
        ("85%", 85.0, "%", "citizen_digital_skills_share", QS.PT_Y28, 2028, {})):
    ind = {"learning_family_share": "hộ gia đình đạt danh hiệu “Gia đình học tập”",
           "learning_community_village_count": "khu phố đạt danh hiệu “Cộng đồng học tập”",
           "citizen_digital_skills_share": "người dân trong độ tuổi lao động có kỹ năng số cơ bản"}[concept]
    t(PT, ind, v, n, unit, yr, PTOR, span, concept, year_basis="line", **extra)
t(PT, "chuyên đề tại trung tâm học tập cộng đồng mỗi năm", "36", 36.0, "chuyên đề", None,
  "III. NHIỆM VỤ VÀ GIẢI PHÁP › 2. Nâng cao chất lượng hoạt động của trung tâm học tập cộng đồng", QS.PT_CD,
  "cltc_topics_per_year", bound="min", year_basis="none", kind="task")
t(PT, "tổ công nghệ số cộng đồng tại 24 khu phố", "24", 24.0, "tổ", None, "III. NHIỆM VỤ VÀ GIẢI PHÁP › 4. Chuyển đổi số",
  QS.PT_III4, "community_digital_team_count", year_basis="none", kind="task")
t(PT, "tổng kinh phí năm 2026", "1.150 triệu đồng", 1150.0, "triệu đồng", 2026, "IV. KINH PHÍ THỰC HIỆN", QS.PT_FUND,
  "plan_annual_budget", year_basis="line", kind="task", note="= ngân sách phường 720 + xã hội hóa 430 triệu đồng.")
t(PT, "hỗ trợ trung tâm học tập cộng đồng phường", "150 triệu đồng", 150.0, "triệu đồng", 2026, "IV. KINH PHÍ THỰC HIỆN",
  QS.PT_FUND2, "cltc_annual_budget", year_basis="plan", kind="task")
t(PT, "kinh phí các lớp tiếng Anh giao tiếp", "96 triệu đồng", 96.0, "triệu đồng", 2026, "IV. KINH PHÍ THỰC HIỆN",
  QS.PT_FUND2, "tourism_english_classes_budget", year_basis="plan", kind="task", note="12 triệu đồng/lớp × 08 lớp.")
t(PT, "quỹ khuyến học vận động", "250 triệu đồng", 250.0, "triệu đồng", 2026, "V. TỔ CHỨC THỰC HIỆN › 11. Hội Khuyến học phường",
  QS.PT_KHH, "study_promotion_fund_per_year", year_basis="line", kind="task")

A = []


def a(doc, agency, canonical, level, role, n_tasks, span, item, tier, deadline_spans=(), role_span=None, note=None, **extra):
    r = {"doc": doc, "agency": agency, "canonical": canonical, "level": level, "role": role, "n_tasks": n_tasks,
         "span": span, "deadline_spans": list(deadline_spans), "item": item, "tier": tier}
    if role_span:
        r["role_span"] = role_span
    r.update(extra)
    if note:
        r["note"] = note
    A.append(r)


a(SL, "Sở Giáo dục và Đào tạo", "education", "province", "standing", 3, QS.SL_GD1, "1", "province",
  [QS.SL_GD3], role_span="Là cơ quan thường trực")
a(SL, "Sở Nội vụ", "home_affairs", "province", "lead", 2, QS.SL_NV1, "2", "province", [QS.SL_NV1])
a(SL, "Sở Tài chính", "finance", "province", "lead", 2, QS.SL_TC1, "3", "province")
a(SL, "Sở Văn hóa, Thể thao và Du lịch", "culture", "province", "lead", 2, QS.SL_VH1, "4", "province")
a(SL, "Sở Khoa học và Công nghệ", "science_technology", "province", "lead", 2, QS.SL_KH1, "5", "province", [QS.SL_KH1])
a(SL, "Sở Dân tộc và Tôn giáo", "ethnic_religious_affairs", "province", "lead", 2, QS.SL_DT2, "6", "province")
a(SL, "Sở Y tế", "health", "province", "lead", 1, QS.SL_YT, "7", "province")
a(SL, "Sở Nông nghiệp và Môi trường", "agriculture_environment", "province", "coordinate", 1, QS.SL_NN, "8", "province")
a(SL, "Báo và Phát thanh, Truyền hình Lào Cai", "media", "province", "lead", 1, QS.SL_BAO, "9", "province")
a(SL, "Công an tỉnh", "police", "province", "lead", 1, QS.SL_CA, "10", "province")
a(SL, "Bộ Chỉ huy Quân sự tỉnh", "military", "province", "coordinate", 1, QS.SL_QS, "11", "province")
a(SL, "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "fatherland_front", "organisation", "request", 1, QS.SL_MT, "12",
  "province", note="Item 12 is headed 'Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và Hội Khuyến học tỉnh': one record per body.")
a(SL, "Hội Khuyến học tỉnh", "study_promotion_association", "organisation", "request", 1, QS.SL_KHH, "12", "province",
  note="Also named in Bảng 1's 'Cơ quan chủ trì' column for rows 1 and 2.")
a(SL, "Ủy ban nhân dân các xã, phường", "peoples_committee_lower", "commune", "lead", 2, QS.SL_XA1, "13", "province",
  [QS.SL_XA2], note="Chánh Văn phòng UBND tỉnh, Kho bạc Nhà nước khu vực IX (Điều 3 of the Quyết định) and Trung tâm "
                    "Thông tin tỉnh (its Nơi nhận) are NOT plan agencies and have no record.")

a(PT, "Phòng Văn hóa - Xã hội", "culture", "commune", "standing", 2, QS.PT_VH1, "1", "commune", [QS.PT_VH2],
  role_span="Là cơ quan thường trực")
a(PT, "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường", "office_council_committee", "commune", "lead", 2,
  QS.PT_VP1, "2", "commune")
a(PT, "Phòng Kinh tế, Hạ tầng và Đô thị", "economy", "commune", "lead", 2, QS.PT_KT1, "3", "commune", [QS.PT_KT2])
a(PT, "Trung tâm Phục vụ hành chính công phường", "public_service_centre", "commune", "lead", 1, QS.PT_HCC, "4", "commune")
a(PT, "Trung tâm học tập cộng đồng phường", "community_learning_centre", "commune", "lead", 1, QS.PT_HT, "5", "commune",
  [QS.PT_HT])
a(PT, "Các trường mầm non, tiểu học, trung học cơ sở trên địa bàn phường", "schools", "commune", "lead", 1, QS.PT_TR,
  "6", "commune", [QS.PT_TR])
a(PT, "Công an phường", "police", "commune", "lead", 1, QS.PT_CA, "7", "commune")
a(PT, "Ban Chỉ huy Quân sự phường", "military", "commune", "coordinate", 1, QS.PT_QS, "8", "commune")
a(PT, "Trạm Y tế phường", "health", "commune", "coordinate", 1, QS.PT_YT, "9", "commune")
a(PT, "Ủy ban Mặt trận Tổ quốc Việt Nam phường và các tổ chức chính trị - xã hội", "fatherland_front", "organisation",
  "request", 1, QS.PT_MT, "10", "commune", is_group=True)
a(PT, "Hội Liên hiệp Phụ nữ phường", "womens_union", "organisation", "lead", 1, QS.PT_MT, "10", "commune", parent="10",
  note="Named inline in item 10.")
a(PT, "Đoàn Thanh niên phường", "youth_union", "organisation", "lead", 1, QS.PT_MT, "10", "commune", parent="10",
  note="Named inline in item 10.")
a(PT, "Hội Khuyến học phường", "study_promotion_association", "organisation", "lead", 1, QS.PT_KHH, "11", "commune")
a(PT, "Trưởng khu phố các khu phố", "village_heads", "commune", "lead", 1, QS.PT_KP, "12", "commune", [QS.PT_KP],
  note="Khu phố heads (a ward's residential quarters).")


def main():
    problems = []
    for fname, rows in (("targets.jsonl", T), ("agencies.jsonl", A)):
        for n, r in enumerate(rows, 1):
            for s in [r["span"]] + r.get("alt_spans", []) + r.get("deadline_spans", []) + ([r["role_span"]] if r.get("role_span") else []):
                if check_sets.norm(s) not in check_sets.text_of(r["doc"]):
                    problems.append(f"{fname}:{n}: span missing: {s!r}")
            if fname == "targets.jsonl":
                cell = r["table"]["cell"] if r.get("table") else r["value"].split(" triệu")[0]
                if check_sets.norm(cell).lower() not in check_sets.norm(r["span"]).lower():
                    problems.append(f"{fname}:{n}: value {r['value']!r} not in span")
    for p in PLANS:
        tx = check_sets.text_of(p["id"])
        for k in ("number", "title"):
            if check_sets.norm(p[k]) not in tx:
                problems.append(f"plans: {k} {p[k]!r} not in text")
        if p["signer"]["name"] not in tx:
            problems.append("plans: signer not in text")
    if problems:
        print("\n".join(problems))
        print(f"REFUSING to write: {len(problems)} problems")
        return 1
    os.makedirs(OUT, exist_ok=True)
    for fname, rows in (("plans.jsonl", PLANS), ("targets.jsonl", T), ("agencies.jsonl", A)):
        with open(os.path.join(OUT, fname), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote gold38: {len(PLANS)} plans, {len(T)} targets, {len(A)} agencies")
    return 0


if __name__ == "__main__":
    sys.exit(main())
