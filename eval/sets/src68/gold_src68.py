"""Set 68: write eval/sets/gold68/{plans,targets,agencies}.jsonl.

    python eval/sets/src68/gold_src68.py

Refuses to write on a span missing from its plan's extracted text, a text target whose value is not in its span, or
a plan whose number, title or signer is not in its text.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = os.path.dirname(HERE)
sys.path.insert(0, SETS)
sys.path.insert(0, HERE)
import check_sets  # noqa: E402
from questions_src68 import (  # noqa: E402
    B1,
    B2,
    B3,
    B4,
    B5,
    B6,
    B7,
    B8,
    B_HEAD,
    L_BASE,
    L_CT,
    L_F1,
    L_F2,
    L_PILOT,
    L_T2,
    L_T3,
    L_T4,
    L_T4B,
    L_T5,
    L_T6,
    L_TITLE,
    L_V1,
    L_V2,
    L_V3,
    L_V4,
    L_V5,
    L_V6,
    L_V7,
    L_V8,
    W_C0,
    W_C1,
    W_C2,
    W_C3,
    W_C4,
    W_C5,
    W_F,
    W_Q1,
    W_Q2,
    W_Q2B,
    W_Q3,
    W_Q3B,
    W_Q4,
    W_QH,
    W_TITLE,
    W_V1,
    W_V2,
    W_V3,
    W_V4,
    W_V5,
    W_V6,
    W_V7,
    L,
    W,
)

OUT = os.path.join(SETS, "gold68")

PLANS = [
    {"id": L, "number": "45/KH-TV", "date": "2026-01-15", "title": L_TITLE,
     "issuer": "Thư viện tỉnh Ninh Bình", "issuer_kind": "provincial_library",
     "parent_body": "Sở Văn hóa, Thể thao và Du lịch tỉnh Ninh Bình", "level": "province", "place": "tỉnh Ninh Bình",
     "merged_province": {"name": "Ninh Bình", "from": ["Ninh Bình", "Nam Định", "Hà Nam"], "since": "2025-07-01",
                         "stated_in_plan": "only as 'sau sắp xếp đơn vị hành chính' and the three branches"},
     "branches": ["Cơ sở Hoa Lư", "Cơ sở Nam Định", "Cơ sở Phủ Lý"],
     "period": {"start": 2026, "end": 2026, "annual": True},
     "signer": {"name": "Phạm Thị Thanh Hương", "title": "GIÁM ĐỐC", "on_behalf": None},
     "basis": ["1373/QĐ-TTg", "218/KH-UBND", "12/KH-SVHTTDL"],
     "format": "pdf", "producer": "fpdf2 (metadata says Adobe InDesign)",
     "body_layout": "two_text_columns",
     "task_numbering": "typed '1.' under roman sections",
     "targets_layout": "prose headline + annex table with a baseline column",
     "annexes": [{"name": "Biểu 1", "title_span": "CHỈ TIÊU NĂM 2026 SO VỚI KẾT QUẢ THỰC HIỆN NĂM 2025",
                  "header_span": B_HEAD, "after_signature": True,
                  "columns": {"baseline": "Năm 2025 (thực hiện)", "target": "Năm 2026 (kế hoạch)"}}],
     "pilot_sites": ["phường Thiên Trường", "phường Hoa Lư", "phường Phủ Lý"],
     "cited_by": [W], "related_not_loaded": ["218/KH-UBND", "12/KH-SVHTTDL"]},
    {"id": W, "number": "28/KH-UBND", "date": "2026-01-26", "title": W_TITLE,
     "issuer": "Ủy ban nhân dân phường Thiên Trường", "issuer_kind": "ward_peoples_committee",
     "parent_body": "Ủy ban nhân dân tỉnh Ninh Bình", "level": "commune", "tier": "phường",
     "place": "phường Thiên Trường, tỉnh Ninh Bình",
     "formed": {"date": "2025-07-01", "from": "các phường, xã thuộc thành phố Nam Định cũ"},
     "period": {"start": 2026, "end": 2026, "annual": True},
     "signer": {"name": "Trần Văn Quyết", "title": "PHÓ CHỦ TỊCH", "on_behalf": "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH"},
     "basis": ["218/KH-UBND", "05-NQ/ĐU", "45/KH-TV"], "cites": [L],
     "format": "md", "task_numbering": "none (tasks per quarter in a pipe table)",
     "targets_layout": "bullet list, one baseline in parentheses",
     "tasks_layout": {"kind": "per_quarter_table", "header_span": W_QH,
                      "columns": ["Quý", "Nội dung", "Chủ trì", "Phối hợp"]},
     "implementation_layout": {"kind": "definition_list", "term": "body name", "definition": ":   tasks"},
     "related_not_loaded": ["218/KH-UBND", "05-NQ/ĐU"]},
]


def T(doc, indicator, value, number, bound, unit, year, section, span, concept, kind="objective", **extra):
    r = {"doc": doc, "indicator": indicator, "value": value, "number": number, "bound": bound, "unit": unit,
         "year": year, "scope": extra.pop("scope", ""), "section": section, "span": span, "concept": concept,
         "kind": kind}
    r.update(extra)
    return r


def cell(row, column, value):
    return {"name": "Biểu 1", "row": row, "column": column, "cell": value, "header_span": B_HEAD}


BIEU = [
    (B1, "Lượt bạn đọc phục vụ tại ba cơ sở", "lượt", "312.000", "350.000", 312000, 350000, "library_reader_visits", "count"),
    (B2, "Thẻ bạn đọc cấp mới", "thẻ", "4.850", "6.000", 4850, 6000, "library_new_reader_cards", "count"),
    (B3, "Sách luân chuyển về thư viện, điểm đọc cơ sở", "bản", "48.000", "60.000", 48000, 60000,
     "library_books_circulated_to_grassroots", "count"),
    (B4, "Xã, phường có điểm đọc sách cộng đồng hoạt động thường xuyên", "%", "62%", "ít nhất 75%", 62, 75,
     "communes_with_active_community_reading_point_share", "%"),
    (B5, "Trang tài liệu số hóa bổ sung", "trang", "150.000", "200.000", 150000, 200000, "library_pages_digitised", "count"),
    (B6, "Lớp kỹ năng số cho người cao tuổi", "lớp", "18", "30", 18, 30, "elderly_digital_skills_classes", "count"),
    (B7, "Trường học có mô hình \"Tủ sách lớp học\" kết nối Thư viện tỉnh", "trường", "-", "40", None, 40,
     "schools_with_classroom_bookshelf_linked_to_library", "count"),
    (B8, "Chuyến xe thư viện lưu động", "chuyến", "41", "48", 41, 48, "mobile_library_trips", "count"),
]


def targets():
    out = []
    sec = "Biểu 1 (kèm theo Kế hoạch số 45/KH-TV)"
    for n, (span, ind, dvt, base, plan, bnum, pnum, concept, unit) in enumerate(BIEU, 1):
        out.append(T(L, ind, plan, float(pnum), "min" if plan.startswith("ít nhất") else "eq", unit, 2026, sec, span,
                     concept, table=cell(n, "Năm 2026 (kế hoạch)", plan), status="planned", unit_as_written=dvt))
        out.append(T(L, ind, base, None if bnum is None else float(bnum), "eq" if bnum is not None else None, unit,
                     2025, sec, span, concept, kind="baseline", table=cell(n, "Năm 2025 (thực hiện)", base),
                     status="achieved" if bnum is not None else "not_given", unit_as_written=dvt,
                     note="a result of 2025, not a target" if bnum is not None else "cell '-': no 2025 figure"))
    s2 = "II. CHỈ TIÊU NĂM 2026"
    out.append(T(L, "phục vụ … lượt bạn đọc", "350.000", 350000.0, "eq", "count", 2026, s2, L_CT,
                 "library_reader_visits", alt_spans=[B1], year_basis="heading"))
    out.append(T(L, "xã, phường có điểm đọc sách cộng đồng hoạt động thường xuyên", "ít nhất 75%", 75.0, "min", "%",
                 2026, s2, L_CT, "communes_with_active_community_reading_point_share", scope="xã, phường",
                 year_basis="heading"))
    out.append(T(L, "Thí điểm … Điểm đọc sách thông minh", "03", 3.0, "eq", "count", 2026, s2, L_PILOT,
                 "smart_reading_points_piloted", year_basis="single year of an annual plan"))
    out.append(T(L, "Luân chuyển sách, báo về thư viện, điểm đọc cơ sở", "ít nhất 02 đợt mỗi quý", 2.0, "min", "count",
                 2026, "III. NHIỆM VỤ, GIẢI PHÁP › 2. Luân chuyển sách và thư viện lưu động", L_T2,
                 "book_rotation_rounds_per_quarter", kind="task"))
    out.append(T(L, "Xe thư viện lưu động thực hiện … chuyến", "tối thiểu 48 chuyến", 48.0, "min", "count", 2026,
                 "III. NHIỆM VỤ, GIẢI PHÁP › 2. Luân chuyển sách và thư viện lưu động", L_T2, "mobile_library_trips",
                 kind="task", alt_spans=[B8]))
    out.append(T(L, "Số hóa bổ sung … trang tài liệu", "200.000", 200000.0, "eq", "count", 2026,
                 "III. NHIỆM VỤ, GIẢI PHÁP › 3. Thư viện số và số hóa tài liệu", L_T3, "library_pages_digitised",
                 kind="task", alt_spans=[B5]))
    out.append(T(L, "lớp hướng dẫn kỹ năng … cho người cao tuổi", "30", 30.0, "eq", "count", 2026,
                 "III. NHIỆM VỤ, GIẢI PHÁP › 5. Hướng dẫn kỹ năng thông tin, kỹ năng số", L_T5,
                 "elderly_digital_skills_classes", kind="task", alt_spans=[B6]))
    out.append(T(L, "mỗi lớp … học viên", "không quá 25", 25.0, "max", "count", 2026,
                 "III. NHIỆM VỤ, GIẢI PHÁP › 5. Hướng dẫn kỹ năng thông tin, kỹ năng số", L_T5, "class_size_max",
                 kind="task"))
    out.append(T(L, "Tủ sách lớp học … trường học", "40", 40.0, "eq", "count", 2026,
                 "V. TỔ CHỨC THỰC HIỆN › 8. Đề nghị Sở Giáo dục và Đào tạo", L_V8,
                 "schools_with_classroom_bookshelf_linked_to_library", kind="task", alt_spans=[B7]))
    out.append(T(L, "Tổng kinh phí", "1.480 triệu đồng", 1480e6, "eq", "VND", 2026, "IV. KINH PHÍ THỰC HIỆN", L_F1,
                 "plan_budget_total", kind="task",
                 parts=[{"source": "ngân sách nhà nước giao tự chủ", "value": "1.150 triệu đồng"},
                        {"source": "kinh phí sự nghiệp văn hóa bổ sung cho số hóa", "value": "250 triệu đồng"},
                        {"source": "xã hội hóa (Ngày hội Văn hóa đọc)", "value": "80 triệu đồng"}]))
    out.append(T(L, "Thiết bị của mỗi Điểm đọc sách thông minh", "tối đa 60 triệu đồng", 60e6, "max", "VND", 2026,
                 "IV. KINH PHÍ THỰC HIỆN", L_F2, "smart_reading_point_equipment_support_max", kind="task"))
    s = "II. CHỈ TIÊU NĂM 2026"
    out.append(T(W, "tổ dân phố có tủ sách cộng đồng hoặc góc đọc sách", "100%", 100.0, "eq", "%", 2026, s, W_C1,
                 "residential_groups_with_bookshelf_share", scope="tổ dân phố", year_basis="heading"))
    out.append(T(W, "hộ gia đình đạt danh hiệu \"Gia đình học tập\"", "ít nhất 70%", 70.0, "min", "%", 2026, s, W_C2,
                 "learning_family_share", year_basis="heading"))
    out.append(T(W, "tổ dân phố được công nhận \"Cộng đồng học tập\"", "ít nhất 30", 30.0, "min", "count", 2026, s,
                 W_C3, "learning_community_units", year_basis="heading", of_total={"value": "38", "span": W_C0}))
    out.append(T(W, "tổ dân phố được công nhận \"Cộng đồng học tập\" (năm 2025)", "21", 21.0, "eq", "count", 2025, s,
                 W_C3, "learning_community_units", kind="baseline", status="achieved",
                 note="in parentheses after the 2026 target"))
    out.append(T(W, "trường … có thư viện đạt chuẩn", "100%", 100.0, "eq", "%", 2026, s, W_C4,
                 "schools_with_standard_library_share", scope="trường mầm non, tiểu học, trung học cơ sở"))
    out.append(T(W, "\"Tiết đọc thư viện\"", "ít nhất 01 tiết mỗi tuần", 1.0, "min", "count", 2026, s, W_C4,
                 "library_reading_periods_per_week"))
    out.append(T(W, "Điểm đọc sách thông minh của phường phục vụ … lượt người", "ít nhất 12.000", 12000.0, "min",
                 "count", 2026, s, W_C5, "smart_reading_point_visits"))
    q = "III. NHIỆM VỤ THEO TỪNG QUÝ"
    out.append(T(W, "lớp kỹ năng số cho người cao tuổi", "04", 4.0, "eq", "count", 2026, q, W_Q3B,
                 "elderly_digital_skills_classes", kind="task", quarter="Q3"))
    out.append(T(W, "đội dự Ngày hội Văn hóa đọc của tỉnh", "02", 2.0, "eq", "count", 2026, q, W_Q2,
                 "teams_sent_to_provincial_reading_festival", kind="task", quarter="Q2"))
    out.append(T(W, "phòng … làm Điểm đọc sách thông minh", "60 m2", 60.0, "eq", "m2", 2026, q, W_Q3,
                 "smart_reading_point_room_area", kind="task", quarter="Q3"))
    out.append(T(W, "Tổng kinh phí ngân sách phường", "185 triệu đồng", 185e6, "eq", "VND", 2026, "IV. KINH PHÍ", W_F,
                 "plan_budget_total", kind="task",
                 parts=[{"source": "Điểm đọc sách thông minh (cải tạo, điện, internet)", "value": "95 triệu đồng"},
                        {"source": "Ngày hội đọc sách phường", "value": "40 triệu đồng"},
                        {"source": "sách cho tủ sách tổ dân phố", "value": "50 triệu đồng"}]))
    return out


def A(doc, item, agency, canonical, level, tier, role, n_tasks, span, deadline_spans=(), **extra):
    r = {"doc": doc, "item": item, "agency": agency, "canonical": canonical, "level": level, "tier": tier,
         "role": role, "n_tasks": n_tasks, "span": span, "deadline_spans": list(deadline_spans), "is_group": False,
         "members": [], "parent": None}
    r.update(extra)
    return r


def agencies():
    lib = {"tier_note": "units of the provincial library"}
    out = [
        A(L, "1", "Phòng Hành chính - Tổng hợp", "library_administration", "organisation", "library_unit", "standing", 3,
          L_V1, ["báo cáo 6 tháng trước ngày 15/6/2026", "báo cáo năm trước ngày 05/12/2026"], **lib),
        A(L, "2", "Phòng Phục vụ bạn đọc", "library_reader_services", "organisation", "library_unit", "lead", 2, L_V2,
          **lib),
        A(L, "3", "Phòng Tin học - Thư viện số", "library_digital", "organisation", "library_unit", "lead", 3, L_V3,
          **lib),
        A(L, "4", "Phòng Luân chuyển sách và Hỗ trợ cơ sở", "library_outreach", "organisation", "library_unit", "lead",
          3, L_V4, **lib),
        A(L, "5", "Cơ sở Nam Định, Cơ sở Phủ Lý", "library_branch", "organisation", "library_unit", "lead", 3, L_V5,
          ["trước ngày 05 của tháng đầu quý sau"], is_group=True, members=["Cơ sở Nam Định", "Cơ sở Phủ Lý"],
          tier_note="two branches in one item"),
        A(L, "6", "Đề nghị Ủy ban nhân dân các xã, phường", "peoples_committee_lower", "commune", "xã, phường",
          "request", 3, L_V6),
        A(L, "7", "Đề nghị Hội Người cao tuổi tỉnh", "elderly_association", "province", "tỉnh", "request", 2, L_V7),
        A(L, "8", "Đề nghị Sở Giáo dục và Đào tạo", "education", "province", "tỉnh", "request", 2, L_V8),
    ]
    dl = {"layout": "definition_list", "item_numbering": "none (definition list terms)"}
    out += [
        A(W, "", "Công chức Văn hóa - Xã hội", "culture_social_officer", "commune", "phường", "standing", 3, W_V1,
          ["trước ngày 25/11/2026"], quarter_rows=[W_Q1, W_Q4], **dl),
        A(W, "", "Văn phòng HĐND và UBND phường", "commune_office", "commune", "phường", "lead", 2, W_V2,
          quarter_rows=[W_Q3], **dl),
        A(W, "", "Trung tâm Văn hóa - Thể thao phường", "commune_culture_sports_centre", "commune", "phường", "lead", 2,
          W_V3, quarter_rows=[W_Q2], **dl),
        A(W, "", "Trung tâm học tập cộng đồng phường", "community_learning_centre", "commune", "phường", "lead", 2,
          W_V4, quarter_rows=[W_Q3B], **dl),
        A(W, "", "Các trường mầm non, tiểu học, trung học cơ sở", "schools", "commune", "phường", "lead", 2, W_V5,
          quarter_rows=[W_Q2B], **dl),
        A(W, "", "Trưởng các tổ dân phố", "residential_group_heads", "commune", "tổ dân phố", "lead", 2, W_V6, **dl),
        A(W, "", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường và các đoàn thể", "fatherland_front", "commune",
          "phường", "request", 2, W_V7, **dl),
        A(W, "", "Thư viện tỉnh (Cơ sở Nam Định)", "library_branch", "province", "tỉnh", "coordinate", 0, W_Q3,
          layout="per_quarter_table", note="named only in the Phối hợp cell of a quarter row"),
    ]
    return out


def main():
    problems = []
    tg, ag = targets(), agencies()
    for n, r in enumerate(tg, 1):
        for s in [r["span"]] + r.get("alt_spans", []):
            if check_sets.norm(s) not in check_sets.text_of(r["doc"]):
                problems.append(f"targets {n}: span missing: {s[:70]}")
        if r.get("table") is None and check_sets.norm(r["value"]).lower() not in check_sets.norm(r["span"]).lower():
            problems.append(f"targets {n}: value {r['value']!r} not in span")
    for n, r in enumerate(ag, 1):
        for s in [r["span"]] + r["deadline_spans"]:
            if check_sets.norm(s) not in check_sets.text_of(r["doc"]):
                problems.append(f"agencies {n}: span missing: {s[:70]}")
    for p in PLANS:
        t = check_sets.text_of(p["id"])
        for k in (p["number"], p["title"], p["signer"]["name"]):
            if check_sets.norm(k) not in t:
                problems.append(f"plan {p['id']}: {k!r} not in text")
    _ = (L_BASE, L_T4, L_T4B, L_T6)
    if problems:
        print("\n".join(problems))
        return 1
    os.makedirs(OUT, exist_ok=True)
    for name, rows in (("plans.jsonl", PLANS), ("targets.jsonl", tg), ("agencies.jsonl", ag)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote gold68: {len(PLANS)} plans, {len(tg)} targets, {len(ag)} agencies")
    return 0


if __name__ == "__main__":
    sys.exit(main())
