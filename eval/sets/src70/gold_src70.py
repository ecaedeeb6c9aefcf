"""Write eval/sets/gold70/ (plans.jsonl, targets.jsonl, agencies.jsonl) for set 70's two plans.

    python eval/sets/src70/gold_src70.py

Refuses to write on a span (span, alt_spans, deadline_spans, role_span) not in its doc's extracted text, a text
target (no `table`) whose value is not in its span, or a plan whose number, title or signer is not in its text.
Spans are shared with questions_src70.py.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = os.path.dirname(HERE)
sys.path.insert(0, SETS)
sys.path.insert(0, HERE)
import check_sets  # noqa: E402
import questions_src70 as S  # noqa: E402

TD, DH = S.TD, S.DH
PL, TG, AG = [], [], []

PL.append({
    "id": TD, "number": "86-KH/TĐTN-PT", "date": "2026-03-16", "title": S.TD_title,
    "issuer": "Ban Thường vụ Tỉnh đoàn Đắk Lắk", "issuer_kind": "provincial_youth_union",
    "level": "tổ chức chính trị - xã hội cấp tỉnh", "parent_body": "Trung ương Đoàn TNCS Hồ Chí Minh",
    "place": "tỉnh Đắk Lắk",
    "merged_province": {"name": "Đắk Lắk", "from": ["Đắk Lắk", "Phú Yên"], "since": "2025-07-01",
                        "said_as": "sau khi hợp nhất tỉnh Đắk Lắk và tỉnh Phú Yên từ ngày 01/7/2025"},
    "period": "2026-2030", "plan_type": "multi_year", "format": "pdf (fpdf2 text layer)",
    "letterhead": "Đoàn style (BCH ĐOÀN TỈNH ĐẮK LẮK / *** / Số: 86-KH/TĐTN-PT beside ĐOÀN TNCS HỒ CHÍ MINH)",
    "signer": {"name": "Lê Quang Thịnh", "title": "BÍ THƯ", "capacity": "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN"},
    "legal_basis": ["1373/QĐ-TTg", "145/KH-UBND", "07-CTr/TĐTN"],
    "numbering": "roman sections, decimal three-level items (4.2.1., 6.1.3.)",
    "prior_results_section": {"heading": "II. KẾT QUẢ GIAI ĐOẠN 2021 - 2025", "period": "2021-2025",
                              "spans": [S.TD_kq1, S.TD_kq2, S.TD_kq3]},
    "annexes": [{"name": "PHỤ LỤC HỎI - ĐÁP NHANH DÀNH CHO CƠ SỞ ĐOÀN", "after_signature": True,
                 "kind": "question_answer_pairs", "n_pairs": 4, "header_span": S.TD_pl,
                 "adds_facts_not_in_body": ["tiêu chí Đoàn viên học tập tốt (01 khóa, 06 cuốn sách/năm, 01 sản phẩm)",
                                            "nơi đặt Tủ sách thanh niên khi chưa có nhà văn hóa",
                                            "không hỗ trợ 50 triệu cho đơn vị ngoài thí điểm",
                                            "bản điện tử báo cáo năm"]}],
    "pilot_sites": ["Đoàn Trường Đại học Tây Nguyên", "Đoàn Trường Đại học Phú Yên",
                    "Đoàn Khối các cơ quan và doanh nghiệp tỉnh", "Đoàn phường Buôn Ma Thuột", "Đoàn phường Tuy Hòa",
                    "Đoàn xã Ea Kar"],
    "cited_by": [DH],
})
PL.append({
    "id": DH, "number": "412/KH-ĐHTN", "date": "2026-04-02", "title": S.DH_title,
    "issuer": "Trường Đại học Tây Nguyên", "issuer_kind": "university",
    "level": "cơ sở giáo dục đại học (trực thuộc Bộ Giáo dục và Đào tạo)", "parent_body": "Bộ Giáo dục và Đào tạo",
    "place": "tỉnh Đắk Lắk", "period": "2026-2030 (năm học 2026 - 2027 đến 2029 - 2030)", "plan_type": "multi_year",
    "format": "docx (python-docx)",
    "signer": {"name": "Phan Thị Minh Nguyệt", "title": "PHÓ HIỆU TRƯỞNG", "capacity": "KT. HIỆU TRƯỞNG"},
    "legal_basis": ["1373/QĐ-TTg", "86-KH/TĐTN-PT", "15/NQ-HĐT"],
    "cites": [TD],
    "time_unit": "academic_year_and_semester",
    "tables": [{"name": "Bảng 1. Chỉ tiêu theo năm học", "header_span": S.DH_b1h,
                "columns": ["Năm học 2026 - 2027", "Năm học 2027 - 2028", "Năm học 2029 - 2030"],
                "missing_columns": ["Năm học 2028 - 2029"]},
               {"name": "Bảng 2. Phân công nhiệm vụ", "header_span": S.DH_b2h,
                "columns": ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"]}],
})


def tg(doc, indicator, value, number, bound, unit, year, span, concept, section, kind="objective", scope="",
       year_basis="heading", **extra):
    r = {"doc": doc, "indicator": indicator, "value": value, "number": number, "bound": bound, "unit": unit,
         "year": year, "scope": scope, "section": section, "span": span, "concept": concept, "kind": kind,
         "year_basis": year_basis, "occurrence": 1, "alt_spans": []}
    r.update(extra)
    TG.append(r)


s27 = "III. CHỈ TIÊU › 1. Đến năm 2027"
s30 = "III. CHỈ TIÊU › 2. Đến năm 2030"
tg(TD, "đoàn viên được công nhận \"Đoàn viên học tập tốt\"", "Ít nhất 70%", 70.0, "min", "%", 2027, S.TD_t27a,
   "youth_union_members_good_learner_share", s27)
tg(TD, "Đoàn xã, phường có ít nhất 01 \"Tủ sách thanh niên\" hoặc 01 \"Góc học tập số\"", "100%", 100.0, "eq", "%",
   2027, S.TD_t27b, "commune_youth_unions_with_bookshelf_or_digital_corner_share", s27, scope="Đoàn xã, phường")
tg(TD, "thanh niên vùng đồng bào dân tộc thiểu số có kỹ năng số cơ bản", "Ít nhất 50%", 50.0, "min", "%", 2027,
   S.TD_t27c, "ethnic_minority_youth_basic_digital_skills_share", s27, scope="vùng đồng bào dân tộc thiểu số")
tg(TD, "đoàn viên được công nhận \"Đoàn viên học tập tốt\"", "Ít nhất 80%", 80.0, "min", "%", 2030, S.TD_t30a,
   "youth_union_members_good_learner_share", s30)
tg(TD, "thanh niên vùng đồng bào dân tộc thiểu số có kỹ năng số cơ bản", "Ít nhất 70%", 70.0, "min", "%", 2030,
   S.TD_t30b, "ethnic_minority_youth_basic_digital_skills_share", s30, scope="vùng đồng bào dân tộc thiểu số")
tg(TD, "lớp tập huấn kỹ năng số, ngoại ngữ, kỹ năng nghề (mỗi năm)", "ít nhất 300", 300.0, "min", "count", None,
   S.TD_t30c, "youth_training_classes_per_year", s30, year_basis="per_year (listed under Đến năm 2030)",
   per="year")
tg(TD, "thanh niên học nghề, chuyển đổi nghề được hỗ trợ (mỗi năm)", "ít nhất 1.000", 1000.0, "min", "count", None,
   S.TD_t30c, "youth_vocational_training_supported_per_year", s30,
   year_basis="per_year (listed under Đến năm 2030)", per="year")
tg(TD, "Đoàn cơ sở khối trường học xây dựng mô hình \"Đoàn cơ sở học tập\"", "100%", 100.0, "eq", "%", 2030,
   S.TD_t30d, "school_youth_unions_learning_model_share", s30,
   scope="Đoàn cơ sở khối trường học (đại học, cao đẳng, trung học phổ thông)")
tg(TD, "sách quyên góp", "ít nhất 50.000", 50000.0, "min", "count", 2030, S.TD_422, "books_donated",
   "IV. NHIỆM VỤ VÀ GIẢI PHÁP › 4.2. › 4.2.2", kind="task", year_basis="period 2026 - 2030", period="2026-2030")
tg(TD, "đội hình sinh viên tình nguyện (mỗi năm)", "ít nhất 40", 40.0, "min", "count", None, S.TD_441,
   "student_volunteer_teams_per_year", "IV. NHIỆM VỤ VÀ GIẢI PHÁP › 4.4. › 4.4.1", kind="task",
   year_basis="hằng năm", per="year")
tg(TD, "đơn vị thí điểm mô hình \"Đoàn cơ sở học tập\"", "06", 6.0, "eq", "count", 2026, S.TD_421,
   "learning_youth_union_pilots", "IV. NHIỆM VỤ VÀ GIẢI PHÁP › 4.2. › 4.2.1", kind="task",
   year_basis="deadline 31/12/2026")
tg(TD, "kinh phí năm 2026", "850 triệu đồng", 850e6, "eq", "VND", 2026, S.TD_kp2, "plan_budget_year",
   "V. KINH PHÍ", kind="task", year_basis="line",
   parts=[{"label": "tuyên truyền và cuộc thi trực tuyến", "value": "180 triệu đồng"},
          {"label": "thí điểm mô hình \"Đoàn cơ sở học tập\"", "value": "300 triệu đồng",
           "unit_rate": "50 triệu đồng/đơn vị"},
          {"label": "lớp \"Bình dân học vụ số\"", "value": "370 triệu đồng"}])
# prior-period results (NOT targets)
for ind, val, num, unit, span, concept in [
        ("đoàn viên được công nhận \"Đoàn viên học tập tốt\"", "61%", 61.0, "%", S.TD_kq1,
         "youth_union_members_good_learner_share"),
        ("lớp tập huấn kỹ năng số", "1.240", 1240.0, "count", S.TD_kq2, "youth_digital_skills_classes_period"),
        ("lượt đoàn viên, thanh niên tập huấn kỹ năng số", "52.300", 52300.0, "count", S.TD_kq2,
         "youth_digital_skills_trainees_period"),
        ("\"Tủ sách thanh niên\" được duy trì", "148", 148.0, "count", S.TD_kq2, "youth_bookshelves_maintained"),
        ("thanh niên vùng đồng bào dân tộc thiểu số có kỹ năng số cơ bản", "38%", 38.0, "%", S.TD_kq3,
         "ethnic_minority_youth_basic_digital_skills_share")]:
    tg(TD, ind, val, num, "eq", unit, None, span, concept, "II. KẾT QUẢ GIAI ĐOẠN 2021 - 2025", kind="baseline",
       year_basis="period 2021 - 2025 (result)", status="achieved", period="2021-2025",
       scope="tính chung hai tỉnh Đắk Lắk và Phú Yên (cũ)")

# the university: Bảng 1 by academic year (year = the academic year's END year)
cols = [("Năm học 2026 - 2027", 2027), ("Năm học 2027 - 2028", 2028), ("Năm học 2029 - 2030", 2030)]
rows = [("Tỷ lệ sinh viên đạt chuẩn kỹ năng số theo chuẩn đầu ra", ["85%", "90%", "100%"], "%", S.DH_r1,
         "students_digital_skills_standard_share"),
        ("Số học phần có học liệu số trên hệ thống LMS", ["300", "450", "700"], "count", S.DH_r2,
         "courses_with_digital_materials"),
        ("Tỷ lệ viên chức, người lao động tham gia ít nhất 01 khóa bồi dưỡng/năm", ["80%", "90%", "100%"], "%",
         S.DH_r3, "staff_annual_training_share"),
        ("Số khóa học ngắn hạn, khóa học mở cho người dân, doanh nghiệp", ["10", "15", "25"], "count", S.DH_r4,
         "open_short_courses_for_public_per_year"),
        ("Lượt bạn đọc sử dụng Trung tâm Thông tin - Thư viện", ["120.000", "140.000", "180.000"], "count", S.DH_r5,
         "library_reader_visits")]
for n, (ind, vals, unit, span, concept) in enumerate(rows, 1):
    for (col, yr), v in zip(cols, vals, strict=True):
        tg(DH, ind, v, float(v.rstrip("%").replace(".", "")), "eq", unit, yr, span, concept,
           "II. MỤC TIÊU › Bảng 1. Chỉ tiêu theo năm học", year_basis="academic_year_end",
           academic_year=col.replace("Năm học ", ""),
           table={"name": "Bảng 1. Chỉ tiêu theo năm học", "row": n, "column": col, "cell": v,
                  "header_span": S.DH_b1h})
tg(DH, "sinh viên khóa tuyển sinh năm 2026 học học phần \"Kỹ năng học tập suốt đời\"", "100%", 100.0, "eq", "%",
   2027, S.DH_hp, "students_lifelong_learning_course_share", "II. MỤC TIÊU › 2. Mục tiêu cụ thể",
   year_basis="semester start (học kỳ I năm học 2026 - 2027)", academic_year="2026 - 2027",
   scope="sinh viên khóa tuyển sinh năm 2026")
tg(DH, "tín chỉ chuyển đổi từ MOOC", "tối đa 06", 6.0, "max", "count", None, S.DH_n1, "mooc_credit_transfer_cap",
   "III. NHIỆM VỤ, GIẢI PHÁP › 1", kind="task", year_basis="none")
tg(DH, "đội hình sinh viên tình nguyện cử tham gia Chiến dịch hè", "ít nhất 08", 8.0, "min", "count", None,
   S.DH_n4, "student_volunteer_teams_per_year", "III. NHIỆM VỤ, GIẢI PHÁP › 4", kind="task", year_basis="none")
tg(DH, "tổng kinh phí giai đoạn 2026 - 2030", "4,2 tỷ đồng", 4.2e9, "approx", "VND", None, S.DH_kp1,
   "plan_budget_total", "IV. KINH PHÍ", kind="task", year_basis="period", period="2026-2030")
tg(DH, "kinh phí năm 2026", "760 triệu đồng", 760e6, "eq", "VND", 2026, S.DH_kp2, "plan_budget_year",
   "IV. KINH PHÍ", kind="task", year_basis="line",
   parts=[{"label": "số hóa học liệu", "value": "400 triệu đồng"},
          {"label": "bồi dưỡng viên chức, người lao động", "value": "210 triệu đồng"},
          {"label": "Tuần lễ học tập suốt đời", "value": "150 triệu đồng"}])
tg(DH, "kinh phí đối ứng cho mô hình \"Đoàn cơ sở học tập\"", "30 triệu đồng", 30e6, "eq", "VND", None, S.DH_kp3,
   "learning_youth_union_pilot_cofunding", "IV. KINH PHÍ", kind="task", year_basis="none")


def ag(doc, item, agency, canonical, level, tier, role, n_tasks, span, deadline_spans=(), **extra):
    r = {"doc": doc, "item": item, "agency": agency, "canonical": canonical, "level": level, "tier": tier,
         "role": role, "n_tasks": n_tasks, "span": span, "deadline_spans": list(deadline_spans),
         "is_group": False, "members": [], "parent": ""}
    r.update(extra)
    AG.append(r)


ag(TD, "6.1.1", "Ban Phong trào Tỉnh đoàn", "youth_union_movement_dept", "province", "youth_union_unit",
   "standing", 3, S.TD_611, ["Trung ương Đoàn trước ngày 10/12 hằng năm"])
ag(TD, "6.1.2", "Ban Tuyên giáo Tỉnh đoàn", "youth_union_propaganda_dept", "province", "youth_union_unit", "lead", 2,
   S.TD_612)
ag(TD, "6.1.3", "Ban Tổ chức - Kiểm tra Tỉnh đoàn", "youth_union_organisation_inspection_dept", "province",
   "youth_union_unit", "lead", 3, S.TD_613, ["Ban Tổ chức - Kiểm tra Tỉnh đoàn ban hành hướng dẫn chi tiết trong quý II/2026"],
   annex_span=S.TD_h1b)
ag(TD, "6.1.4", "Văn phòng Tỉnh đoàn", "youth_union_office", "province", "youth_union_unit", "lead", 1, S.TD_614)
ag(TD, "6.2", "Đoàn các xã, phường và các Đoàn trực thuộc", "youth_union_lower", "commune", "youth_union_lower",
   "lead", 2, S.TD_62, ["Xây dựng kế hoạch cụ thể trước ngày 15/4/2026", "trước ngày 10/6",
                        "báo cáo năm trước ngày 25/11"])
ag(TD, "6.3", "Hội Liên hiệp Thanh niên Việt Nam tỉnh và Hội Sinh viên Việt Nam tỉnh", "youth_associations",
   "province", "organisation", "lead", 2, S.TD_63, is_group=True,
   members=["Hội Liên hiệp Thanh niên Việt Nam tỉnh", "Hội Sinh viên Việt Nam tỉnh"])
ag(TD, "6.4", "Đề nghị Sở Giáo dục và Đào tạo", "education", "province", "province", "request", 1, S.TD_64a)
ag(TD, "6.4", "Đề nghị Hội Khuyến học tỉnh", "study_promotion_association", "province", "organisation", "request",
   1, S.TD_64b)
ag(TD, "6.1.2", "Báo và Phát thanh, Truyền hình Đắk Lắk", "media", "province", "province", "coordinate", 0,
   S.TD_612)
ag(TD, "4.3.2", "Chi nhánh Ngân hàng Chính sách xã hội tỉnh", "social_policy_bank", "province", "province",
   "coordinate", 0, S.TD_432, named_in="task")
rows2 = [("Phòng Đào tạo đại học", "university_academic_affairs", [1, 3], S.DH_t1,
          ["Học kỳ II năm học 2025 - 2026", "Trước khi bắt đầu học kỳ I năm học 2026 - 2027", S.DH_bc, S.DH_bc2]),
         ("Trung tâm Thông tin - Thư viện", "university_library", [2], S.DH_t2, ["Từ học kỳ I năm học 2026 - 2027"]),
         ("Phòng Tổ chức cán bộ", "university_personnel", [4], S.DH_t4, ["Tháng 9 hằng năm"]),
         ("Phòng Công tác sinh viên", "university_student_affairs", [5], S.DH_t5, ["Tháng 10 hằng năm"]),
         ("Đoàn Thanh niên Trường", "youth_union_school", [6], S.DH_t6,
          ["Năm 2026 (thí điểm); tháng 6 - tháng 8 hằng năm (tình nguyện hè)"]),
         ("Trung tâm Đào tạo thường xuyên", "university_continuing_education", [7], S.DH_t7, ["Theo năm học"]),
         ("Phòng Kế hoạch - Tài chính", "finance", [8], S.DH_t8, ["Hằng năm"])]
for name, canon, rws, span, dls in rows2:
    ag(DH, ",".join(map(str, rws)), name, canon, "organisation", "university_unit",
       "standing" if name == "Phòng Đào tạo đại học" else "lead", len(rws), span, dls, layout="task_table_row",
       table_rows=rws, role_span=S.DH_bc if name == "Phòng Đào tạo đại học" else "")
for name, canon, rw, span in [("Khoa Sư phạm", "university_faculty", 1, S.DH_t1),
                              ("Phòng Khảo thí và Đảm bảo chất lượng", "university_quality_assurance", 3, S.DH_t3),
                              ("Công đoàn Trường", "trade_union_school", 4, S.DH_t4),
                              ("Hội Sinh viên Trường", "student_association_school", 6, S.DH_t6),
                              ("Khoa Nông Lâm nghiệp", "university_faculty", 7, S.DH_t7),
                              ("Khoa Y Dược", "university_faculty", 7, S.DH_t7)]:
    ag(DH, str(rw), name, canon, "organisation", "university_unit", "coordinate", 0, span, layout="task_table_row",
       table_rows=[rw])
for r in AG:
    if not r.get("role_span"):
        r.pop("role_span", None)


def main():
    problems = []
    for fname, recs in (("targets.jsonl", TG), ("agencies.jsonl", AG)):
        for n, r in enumerate(recs, 1):
            spans = [r["span"]] + r.get("alt_spans", []) + r.get("deadline_spans", [])
            if r.get("role_span"):
                spans.append(r["role_span"])
            if r.get("annex_span"):
                spans.append(r["annex_span"])
            for sp in spans:
                if check_sets.norm(sp) not in check_sets.text_of(r["doc"]):
                    problems.append(f"{fname}:{n}: span missing: {sp!r}")
            if fname == "targets.jsonl" and r.get("table") is None:
                if check_sets.norm(r["value"]).lower() not in check_sets.norm(r["span"]).lower():
                    problems.append(f"{fname}:{n}: value {r['value']!r} not in span")
    for r in PL:
        t = check_sets.text_of(r["id"])
        for k in ("number", "title"):
            if check_sets.norm(r[k]) not in t:
                problems.append(f"plans.jsonl: {k} {r[k]!r} not in text")
        if check_sets.norm(r["signer"]["name"]) not in t:
            problems.append("plans.jsonl: signer not in text")
    if problems:
        print("\n".join(problems))
        return 1
    out = os.path.join(SETS, "gold70")
    os.makedirs(out, exist_ok=True)
    for fname, recs in (("plans.jsonl", PL), ("targets.jsonl", TG), ("agencies.jsonl", AG)):
        with open(os.path.join(out, fname), "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote gold70: {len(PL)} plans, {len(TG)} targets, {len(AG)} agencies")
    return 0


if __name__ == "__main__":
    sys.exit(main())
