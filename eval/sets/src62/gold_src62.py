"""Write eval/sets/gold62/ (plans.jsonl, targets.jsonl, agencies.jsonl) for the two set-62 plans.

    python eval/sets/src62/gold_src62.py

Refuses to write if a span (span, alt_spans, deadline_spans) is missing from the plan's extracted, normalised text, a
text-line target's value is not in its span, or a plan's number, title or signer is not in its text.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = os.path.dirname(HERE)
sys.path.insert(0, SETS)
sys.path.insert(0, HERE)
import check_sets  # noqa: E402
import questions_src62 as S  # noqa: E402

H, L = S.H, S.L
OUT = os.path.join(SETS, "gold62")

PLANS = [
    {"id": H,
     "title": "Triển khai phong trào “Nông dân học tập suốt đời” và bồi dưỡng kỹ năng số cho hội viên nông dân tỉnh Cao Bằng giai đoạn 2026 - 2030",
     "locality": "Cao Bằng", "level": "tổ chức chính trị - xã hội cấp tỉnh", "parents": ["Cao Bằng"],
     "number": "117-KH/HNDT", "issued": "2026-03-16", "period": "2026-2030",
     "issuer": "Ban Thường vụ Hội Nông dân tỉnh Cao Bằng", "issuer_kind": "farmers_union",
     "parent_body": "Trung ương Hội Nông dân Việt Nam",
     "signer": {"name": "Lục Văn Quân", "capacity": "TM. BAN THƯỜNG VỤ / CHỦ TỊCH"},
     "implements": ["Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ",
                    "Kế hoạch số 215-KH/HNDTW ngày 12/11/2025 của Ban Thường vụ Trung ương Hội Nông dân Việt Nam",
                    "Kế hoạch số 2790/KH-UBND ngày 22/12/2025 của Ủy ban nhân dân tỉnh Cao Bằng",
                    "Chương trình phối hợp số 03/CTPH-HNDT-LMHTX ngày 09/01/2026 (Hội Nông dân tỉnh - Liên minh Hợp tác xã tỉnh)"],
     "number_style": "Party style (“Số 117-KH/HNDT”, no colon), letterhead “BCH HỘI NÔNG DÂN TỈNH CAO BẰNG / * / Số 117-KH/HNDT” | “HỘI NÔNG DÂN VIỆT NAM / Cao Bằng, ngày 16 tháng 3 năm 2026” (no national motto)",
     "split_tables": [{"table": "Bảng 1. Chỉ tiêu chủ yếu giai đoạn 2026 - 2030", "parts": 2,
                       "rows": {"part 1": "1-5", "part 2": "6-10"},
                       "continuation_caption": "Bảng 1 (tiếp theo)", "header_repeated": True,
                       "columns": ["TT", "Chỉ tiêu", "Đơn vị tính", "Năm 2027", "Năm 2030"]}],
     "annexes": {"present": [{"name": "Phụ lục I", "title": "DANH SÁCH XÃ, PHƯỜNG THÍ ĐIỂM NĂM 2026", "rows": 10}],
                 "referenced_not_in_file": [
                     {"name": "Phụ lục II", "for": "chỉ tiêu phân bổ cho Hội Nông dân từng xã, phường",
                      "span": S.H_PL2},
                     {"name": "Phụ lục II", "for": "mức hỗ trợ cho từng mô hình “Nông dân học tập - làm giàu bằng công nghệ”",
                      "span": S.H_KP2}]},
     "pilot_units": ["Phường Thục Phán", "Phường Nùng Trí Cao", "Xã Trùng Khánh", "Xã Quảng Uyên", "Xã Hòa An",
                     "Xã Nguyên Bình", "Xã Bảo Lạc", "Xã Hà Quảng", "Xã Thạch An", "Xã Hạ Lang"],
     "note": "A farmers' union (a mass organisation) plans for its own boards, centre, fund and commune-level unions; "
             "the cooperative alliance and the Sở KH&CN are 'Đề nghị'. No 2026 column: 2026 is the pilot year and "
             "the table's figures are cumulative from 2026 (Ghi chú)."},
    {"id": L,
     "title": "Bồi dưỡng cán bộ quản lý, thành viên hợp tác xã và xây dựng mô hình “Hợp tác xã học tập” trên địa bàn tỉnh Cao Bằng năm 2026",
     "locality": "Cao Bằng", "level": "tổ chức kinh tế - xã hội cấp tỉnh", "parents": ["Cao Bằng"],
     "number": "23/KH-LMHTX", "issued": "2026-04-06", "period": "2026",
     "issuer": "Liên minh Hợp tác xã tỉnh Cao Bằng", "issuer_kind": "cooperative_alliance",
     "parent_body": "Liên minh Hợp tác xã Việt Nam",
     "signer": {"name": "Nông Thị Hạnh", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"},
     "laws": ["Luật Hợp tác xã ngày 20 tháng 6 năm 2023"],
     "implements": ["Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ",
                    "Kế hoạch số 2790/KH-UBND ngày 22/12/2025 của Ủy ban nhân dân tỉnh Cao Bằng",
                    "Chương trình phối hợp số 03/CTPH-HNDT-LMHTX ngày 09/01/2026",
                    "Kế hoạch số 117-KH/HNDT ngày 16/3/2026 của Ban Thường vụ Hội Nông dân tỉnh Cao Bằng"],
     "relative_deadlines": [
         {"what": "phiếu khảo sát nhu cầu", "offset": "chậm nhất 15 ngày", "anchor": "ngày nhận được Kế hoạch", "span": S.L_III1},
         {"what": "danh sách học viên lớp quản trị, kế toán", "offset": "chậm nhất 07 ngày làm việc trước", "anchor": "ngày khai giảng mỗi lớp (chưa ấn định)", "span": S.L_III2},
         {"what": "lớp cho hợp tác xã mới thành lập", "offset": "trong vòng 60 ngày", "anchor": "ngày được cấp Giấy chứng nhận đăng ký hợp tác xã", "span": S.L_III4},
         {"what": "kế hoạch học tập của hợp tác xã thí điểm", "offset": "trong vòng 30 ngày", "anchor": "ngày có quyết định lựa chọn", "span": S.L_III5},
         {"what": "kiểm tra, đánh giá mô hình", "offset": "sau 06 tháng", "anchor": "triển khai mô hình", "span": S.L_III5},
         {"what": "giấy chứng nhận học viên", "offset": "10 ngày làm việc", "anchor": "ngày kết thúc lớp học", "span": S.L_III7},
         {"what": "thanh quyết toán kinh phí", "offset": "trong vòng 30 ngày", "anchor": "ngày kết thúc từng lớp", "span": S.L_V3}],
     "to_be_announced": [
         {"what": "lịch khai giảng lớp quản trị, kế toán", "when": "sau khi tổng hợp kết quả khảo sát", "span": S.L_III2},
         {"what": "Hội chợ - triển lãm sản phẩm OCOP và hợp tác xã tỉnh năm 2026", "known": "quý IV/2026", "span": S.L_III6}],
     "note": "A cooperative alliance (an economic-social organisation) plans for its own boards, office and fund, the "
             "cooperatives (asked to take part) and two 'Đề nghị' (Hội Nông dân tỉnh, UBND các xã, phường). Fixed "
             "calendar dates are only 10/12/2026 and 30/11/2026; the rest are counted from events."},
]


def cell(row, col, val, cell_span, indicator, concept, unit, year, number, bound="eq", section="II. CHỈ TIÊU", part=1):
    hdr = S.H_CAP if part == 1 else S.H_CONT
    return {"doc": H, "indicator": indicator, "value": val, "number": number, "bound": bound, "unit": unit,
            "year": year, "scope": "", "section": section + " › " + ("Bảng 1" if part == 1 else "Bảng 1 (tiếp theo)"),
            "span": cell_span, "concept": concept, "kind": "objective", "year_basis": "column",
            "table": {"name": "Bảng 1", "part": part, "row": row, "column": col, "cell": val},
            "alt_spans": [hdr], "cumulative_from": 2026}


ROWS = [
    (S.H_R1, "Hội viên nông dân đăng ký danh hiệu “Nông dân học tập”", "learning_farmer_registration_share", "%", "50", "70", 1),
    (S.H_R2, "Hội viên được bồi dưỡng kỹ năng số cơ bản", "farmer_basic_digital_skills_share", "%", "45", "80", 1),
    (S.H_R3, "Chi hội nông dân có “Tủ sách nông dân”", "farmer_branch_bookshelf_count", "count", "120", "300", 1),
    (S.H_R4, "Hộ nông dân bán nông sản qua sàn thương mại điện tử", "farm_household_ecommerce_count", "count", "800", "2.500", 1),
    (S.H_R5, "Lớp dạy nghề nông nghiệp, chuyển giao kỹ thuật cho nông dân (mỗi năm)", "farmer_vocational_classes_per_year", "classes_per_year", "35", "50", 1),
    (S.H_R6, "Hội viên người dân tộc Mông, Dao được học tiếng phổ thông, tin học cơ bản", "ethnic_minority_farmer_language_it_learners", "count", "1.200", "3.000", 2),
    (S.H_R7, "Cán bộ Hội cấp xã được tập huấn chuyển đổi số", "commune_association_officer_digital_training_share", "%", "100", "100", 2),
    (S.H_R8, "Chi hội, tổ hội nghề nghiệp thành lập mới", "professional_farmer_groups_new", "count", "60", "150", 2),
    (S.H_R9, "Hợp tác xã nông nghiệp do Hội vận động thành lập mới", "agricultural_cooperatives_new", "count", "15", "40", 2),
    (S.H_R10, "Mô hình “Nông dân học tập - làm giàu bằng công nghệ” cấp tỉnh", "learning_farmer_tech_models", "count", "05", "12", 2),
]


def num(v):
    return float(v.replace(".", "").replace(",", "."))


def targets():
    out = []
    for k, (span, ind, concept, unit, v27, v30, part) in enumerate(ROWS, 1):
        out.append(cell(k, "Năm 2027", v27, span, ind, concept, unit, 2027, num(v27), part=part))
        out.append(cell(k, "Năm 2030", v30, span, ind, concept, unit, 2030, num(v30), part=part))
    out += [
        {"doc": H, "indicator": "chỉ tiêu phân bổ cho Hội Nông dân từng xã, phường", "value": None, "number": None,
         "bound": None, "unit": None, "year": None, "scope": "xã, phường", "section": "II. CHỈ TIÊU", "span": S.H_PL2,
         "concept": "commune_allocation", "kind": "objective", "year_basis": "none",
         "delegated_to": "Phụ lục II", "status": "annex_not_in_file"},
        {"doc": H, "indicator": "sinh hoạt chuyên đề về học tập suốt đời", "value": "ít nhất 01", "number": 1.0,
         "bound": "min", "unit": "sessions_per_quarter", "year": None, "scope": "mỗi chi hội",
         "section": "III. NHIỆM VỤ VÀ GIẢI PHÁP › 1. Tuyên truyền, nâng cao nhận thức", "span": S.H_III1,
         "concept": "branch_lifelong_learning_sessions_per_quarter", "kind": "task", "year_basis": "none"},
        {"doc": H, "indicator": "học viên mỗi lớp “Nông dân số”", "value": "không quá 30", "number": 30.0,
         "bound": "max", "unit": "learners_per_class", "year": None, "scope": "mỗi lớp",
         "section": "III. NHIỆM VỤ VÀ GIẢI PHÁP › 2. Bồi dưỡng kỹ năng số cho hội viên", "span": S.H_III2,
         "concept": "digital_farmer_class_size_max", "kind": "task", "year_basis": "none"},
        {"doc": H, "indicator": "đầu sách mỗi “Tủ sách nông dân”", "value": "ít nhất 100", "number": 100.0,
         "bound": "min", "unit": "count", "year": None, "scope": "mỗi tủ sách",
         "section": "III. NHIỆM VỤ VÀ GIẢI PHÁP › 4. Xây dựng “Tủ sách nông dân” và bình xét danh hiệu", "span": S.H_III4,
         "concept": "farmer_bookshelf_titles_min", "kind": "task", "year_basis": "none"},
        {"doc": H, "indicator": "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2026 - 2030", "value": "3.650 triệu đồng",
         "number": 3650000000.0, "bound": "approx", "unit": "VND", "year": None, "scope": "",
         "section": "IV. KINH PHÍ THỰC HIỆN", "span": S.H_KP1, "concept": "plan_budget_total", "kind": "task",
         "year_basis": "none", "parts": {"ngân sách tỉnh (dự toán của Hội)": 2400000000.0,
                                         "Quỹ Hỗ trợ nông dân tỉnh": 850000000.0, "xã hội hóa": 400000000.0}},
        {"doc": H, "indicator": "Mức hỗ trợ tổ chức mỗi lớp “Nông dân số”", "value": "8 triệu đồng/lớp",
         "number": 8000000.0, "bound": "eq", "unit": "VND", "year": None, "scope": "mỗi lớp",
         "section": "IV. KINH PHÍ THỰC HIỆN", "span": S.H_KP2, "concept": "digital_farmer_class_support",
         "kind": "task", "year_basis": "none"},
        {"doc": H, "indicator": "mức hỗ trợ cho từng mô hình “Nông dân học tập - làm giàu bằng công nghệ”",
         "value": None, "number": None, "bound": None, "unit": "VND", "year": None, "scope": "mỗi mô hình",
         "section": "IV. KINH PHÍ THỰC HIỆN", "span": S.H_KP2, "concept": "learning_farmer_model_support",
         "kind": "task", "year_basis": "none", "delegated_to": "Phụ lục II", "status": "annex_not_in_file"},
    ]
    y = 2026
    out += [
        {"doc": L, "indicator": "lớp bồi dưỡng", "value": "12 lớp", "number": 12.0, "bound": "eq", "unit": "classes",
         "year": y, "scope": "", "section": "II. CHỈ TIÊU NĂM 2026", "span": S.L_TA,
         "concept": "cooperative_training_classes", "kind": "objective", "year_basis": "heading",
         "breakdown": {"quản trị và kế toán": 6, "kỹ năng số và thương mại điện tử": 4, "hợp tác xã mới thành lập": 2},
         "alt_spans": [S.L_III2, S.L_III3, S.L_III4]},
        {"doc": L, "indicator": "lượt cán bộ quản lý, kế toán và thành viên hợp tác xã", "value": "khoảng 420",
         "number": 420.0, "bound": "approx", "unit": "count", "year": y, "scope": "", "section": "II. CHỈ TIÊU NĂM 2026",
         "span": S.L_TA, "concept": "cooperative_training_attendances", "kind": "objective", "year_basis": "heading"},
        {"doc": L, "indicator": "hợp tác xã đang hoạt động có cán bộ quản lý được bồi dưỡng về chuyển đổi số",
         "value": "Ít nhất 35%", "number": 35.0, "bound": "min", "unit": "%", "year": y,
         "scope": "hợp tác xã đang hoạt động", "section": "II. CHỈ TIÊU NĂM 2026", "span": S.L_TB,
         "concept": "cooperative_manager_digital_training_share", "kind": "objective", "year_basis": "heading"},
        {"doc": L, "indicator": "hợp tác xã thí điểm mô hình “Hợp tác xã học tập”", "value": "06", "number": 6.0,
         "bound": "eq", "unit": "count", "year": y, "scope": "", "section": "II. CHỈ TIÊU NĂM 2026", "span": S.L_TC,
         "concept": "learning_cooperative_pilots", "kind": "objective", "year_basis": "heading"},
        {"doc": L, "indicator": "góc học tập mỗi hợp tác xã thí điểm", "value": "ít nhất 01", "number": 1.0,
         "bound": "min", "unit": "count", "year": y, "scope": "mỗi hợp tác xã thí điểm", "section": "II. CHỈ TIÊU NĂM 2026",
         "span": S.L_TC, "concept": "learning_corner_per_pilot_cooperative", "kind": "objective", "year_basis": "heading"},
        {"doc": L, "indicator": "hợp tác xã mới thành lập trong năm được tư vấn", "value": "100%", "number": 100.0,
         "bound": "eq", "unit": "%", "year": y, "scope": "hợp tác xã mới thành lập trong năm",
         "section": "II. CHỈ TIÊU NĂM 2026", "span": S.L_TD, "concept": "new_cooperative_advice_share",
         "kind": "objective", "year_basis": "heading"},
        {"doc": L, "indicator": "hợp tác xã có sản phẩm được hướng dẫn đăng bán trên sàn thương mại điện tử",
         "value": "30", "number": 30.0, "bound": "eq", "unit": "count", "year": y, "scope": "",
         "section": "II. CHỈ TIÊU NĂM 2026", "span": S.L_TDD, "concept": "cooperative_ecommerce_count",
         "kind": "objective", "year_basis": "heading"},
        {"doc": L, "indicator": "Tổng kinh phí dự kiến", "value": "980 triệu đồng", "number": 980000000.0,
         "bound": "approx", "unit": "VND", "year": y, "scope": "", "section": "IV. KINH PHÍ", "span": S.L_KP1,
         "concept": "plan_budget_total", "kind": "task", "year_basis": "plan",
         "parts": {"ngân sách tỉnh": 720000000.0, "Quỹ Hỗ trợ phát triển hợp tác xã tỉnh": 180000000.0,
                   "hợp tác xã đóng góp": 80000000.0}},
        {"doc": L, "indicator": "hỗ trợ một lần mỗi hợp tác xã thí điểm để xây dựng góc học tập",
         "value": "15 triệu đồng", "number": 15000000.0, "bound": "eq", "unit": "VND", "year": y,
         "scope": "mỗi hợp tác xã thí điểm", "section": "IV. KINH PHÍ", "span": S.L_KP3,
         "concept": "learning_cooperative_support", "kind": "task", "year_basis": "plan"},
    ]
    return out


def ag(doc, item, agency, canonical, tier, role, n, span, deadlines=(), **kw):
    r = {"doc": doc, "item": item, "agency": agency, "canonical": canonical,
         "level": "organisation" if tier != "commune" else "commune", "tier": tier, "role": role, "n_tasks": n,
         "span": span, "deadline_spans": list(deadlines), "section": "V. TỔ CHỨC THỰC HIỆN"}
    r.update(kw)
    return r


def agencies():
    return [
        ag(H, "1", "Ban Tuyên giáo Hội Nông dân tỉnh", "union_propaganda", "farmers_union", "standing", 2, S.H_V1,
           ["trước ngày 30/11 hằng năm", "trong quý IV/2028", "trong tháng 11/2030"]),
        ag(H, "2", "Ban Kinh tế - Xã hội Hội Nông dân tỉnh", "farmers_union_economy_society", "farmers_union", "lead", 2, S.H_V2),
        ag(H, "3", "Văn phòng Hội Nông dân tỉnh", "office", "farmers_union", "lead", 1, S.H_V3,
           ["gửi Sở Tài chính trước ngày 31/7 hằng năm"]),
        ag(H, "4", "Trung tâm Dạy nghề và Hỗ trợ nông dân tỉnh", "farmer_training_support_centre", "farmers_union", "lead", 1,
           S.H_V4, ["hoàn thành lớp mẫu trước ngày 30/6/2026"]),
        ag(H, "5", "Ban Điều hành Quỹ Hỗ trợ nông dân tỉnh", "farmer_support_fund", "farmers_union", "lead", 1, S.H_V5),
        ag(H, "6", "Hội Nông dân các xã, phường", "commune_farmers_unions", "commune", "lead", 2, S.H_V6,
           ["trước ngày 31/3 hằng năm", "báo cáo kết quả trước ngày 20/11 hằng năm"], is_group=True,
           other_deadline_spans=["Hội Nông dân cấp xã hoàn thành bình xét trước ngày 15/11 hằng năm"]),
        ag(H, "7", "Đề nghị Liên minh Hợp tác xã tỉnh", "cooperative_alliance", "province", "request", 1, S.H_V7),
        ag(H, "8", "Đề nghị Sở Khoa học và Công nghệ", "science_technology", "province", "request", 1, S.H_V8),
        ag(L, "1", "Ban Tuyên truyền - Đào tạo", "alliance_propaganda_training", "cooperative_alliance", "standing", 1,
           S.L_V1, ["trước ngày 10/12/2026"],
           other_deadline_spans=["chậm nhất 15 ngày kể từ ngày nhận được Kế hoạch này"]),
        ag(L, "2", "Ban Kiểm tra - Hỗ trợ", "alliance_inspection_support", "cooperative_alliance", "lead", 1, S.L_V2,
           other_deadline_spans=["kiểm tra, đánh giá mô hình sau 06 tháng triển khai"]),
        ag(L, "3", "Văn phòng Liên minh", "office", "cooperative_alliance", "lead", 1, S.L_V3,
           ["trong vòng 30 ngày kể từ ngày kết thúc từng lớp"], deadline_anchor="ngày kết thúc từng lớp"),
        ag(L, "4", "Quỹ Hỗ trợ phát triển hợp tác xã tỉnh", "cooperative_development_fund", "cooperative_alliance", "lead", 1, S.L_V4),
        ag(L, "5", "Các hợp tác xã, liên hiệp hợp tác xã", "cooperatives", "cooperative", "lead", 2, S.L_V5,
           ["trước ngày 30/11/2026"], is_group=True,
           other_deadline_spans=["chậm nhất 07 ngày làm việc trước ngày khai giảng mỗi lớp",
                                 "trong vòng 30 ngày kể từ ngày có quyết định lựa chọn"]),
        ag(L, "6", "Đề nghị Hội Nông dân tỉnh", "farmers_union", "province", "request", 2, S.L_V6),
        ag(L, "7", "Đề nghị Ủy ban nhân dân các xã, phường", "peoples_committee_lower", "commune", "request", 2, S.L_V7),
    ]


def main():
    problems = []
    T, A = targets(), agencies()
    for r in T + A:
        for s in [r["span"]] + r.get("alt_spans", []) + r.get("deadline_spans", []) + r.get("other_deadline_spans", []):
            if check_sets.norm(s) not in check_sets.text_of(r["doc"]):
                problems.append(f"missing in {r['doc']}: {s!r}")
        if r.get("value") and r.get("table") is None and "indicator" in r:
            if check_sets.norm(r["value"]).lower() not in check_sets.norm(r["span"]).lower():
                problems.append(f"value {r['value']!r} not in span")
    for p in PLANS:
        t = check_sets.text_of(p["id"])
        for k in (p["number"], p["title"], p["signer"]["name"]):
            if check_sets.norm(k) not in t:
                problems.append(f"{p['id']}: {k!r} not in text")
        for x in p.get("relative_deadlines", []) + p.get("to_be_announced", []):
            if check_sets.norm(x["span"]) not in t:
                problems.append(f"{p['id']}: {x['span']!r} not in text")
    if problems:
        print("\n".join(problems))
        return 1
    os.makedirs(OUT, exist_ok=True)
    for name, rows in (("plans.jsonl", PLANS), ("targets.jsonl", T), ("agencies.jsonl", A)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote gold62: {len(PLANS)} plans, {len(T)} targets, {len(A)} agencies")
    return 0


if __name__ == "__main__":
    sys.exit(main())
