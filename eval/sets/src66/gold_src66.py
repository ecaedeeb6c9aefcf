"""Write eval/sets/gold66/ (plans.jsonl, targets.jsonl, agencies.jsonl) for set 66's two plans.

    python eval/sets/src66/gold_src66.py

Refuses to write on a span (span, alt_spans, deadline_spans, role_span) not in its doc's extracted text, or a
text target (no `table`) whose value is not in its span. Spans are shared with questions_src66.py.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = os.path.dirname(HERE)
sys.path.insert(0, SETS)
sys.path.insert(0, HERE)
import check_sets  # noqa: E402
import questions_src66 as S  # noqa: E402
from questions_src66 import *  # noqa: E402,F401,F403

T, C = S.T, S.C
PL = []
TG = []
AG = []

PL.append({
    "id": T, "number": "27-KH/TCT", "date": "2026-01-12", "title": S.T_title,
    "issuer": "Trường Chính trị tỉnh Quảng Trị", "issuer_kind": "provincial_political_school",
    "level": "cơ sở đào tạo của Tỉnh ủy (cấp tỉnh)", "parent_body": "Tỉnh ủy Quảng Trị",
    "place": "tỉnh Quảng Trị",
    "merged_province": {"name": "Quảng Trị", "from": ["Quảng Bình", "Quảng Trị"], "since": "2025-07-01"},
    "period": "2026", "plan_type": "annual", "format": "pdf (fpdf2 text layer)",
    "letterhead": "Party style (TỈNH ỦY QUẢNG TRỊ / TRƯỜNG CHÍNH TRỊ / * / Số 27-KH/TCT beside ĐẢNG CỘNG SẢN VIỆT NAM)",
    "signer": {"name": "Hoàng Minh Khánh", "title": "HIỆU TRƯỞNG", "capacity": ""},
    "legal_basis": ["1373/QĐ-TTg", "215-KH/TU", "3012/KH-UBND", "01/CTPH-TCT-CTĐ"],
    "task_numbering": "ordinal words (Một là, Hai là, … Sáu là)",
    "targets_layout": "per target group in prose (Đối với …, …)",
    "target_groups": ["cán bộ chủ chốt cấp xã", "công chức chuyên môn cấp xã", "học viên Trung cấp lý luận chính trị",
                      "trưởng thôn, bản, tổ dân phố", "cán bộ, giảng viên, nhân viên của Trường"],
    "annexes": {"present": [
        {"name": "Phụ lục I", "what": "Danh mục 06 học phần trực tuyến", "span": S.T_pl1_h},
        {"name": "Phụ lục II", "what": "per-cluster quotas (classes, max learners, quarter) with a total row",
         "span": S.T_pl2_t, "header_span": S.T_pl2_h, "total_span": S.T_tot}], "after_signature": True},
    "campuses": ["Cơ sở Đồng Hới", "Phân hiệu Đông Hà"],
    "cites_plans": [], "shared_basis_with": [{"doc": C, "document": "01/CTPH-TCT-CTĐ"},
                                              {"doc": C, "document": "3012/KH-UBND"}],
    "mentions_other_issuer": "Hội Chữ thập đỏ tỉnh (III Năm là, V.8, Phụ lục I row 6) - the plan is dated 12/01/2026, before KH 14/KH-CTĐ, and does not cite it",
    "related_not_loaded": ["215-KH/TU", "3012/KH-UBND", "01/CTPH-TCT-CTĐ"],
})
PL.append({
    "id": C, "number": "14/KH-CTĐ", "date": "2026-01-19", "title": S.C_title,
    "issuer": "Hội Chữ thập đỏ tỉnh Quảng Trị", "issuer_kind": "red_cross_society",
    "level": "tổ chức xã hội cấp tỉnh", "parent_body": "Trung ương Hội Chữ thập đỏ Việt Nam",
    "place": "tỉnh Quảng Trị",
    "merged_province": {"name": "Quảng Trị", "from": ["Quảng Bình", "Quảng Trị"], "since": "2025-07-01"},
    "period": "2026", "plan_type": "annual", "format": "docx (python-docx)",
    "signer": {"name": "Nguyễn Thị Thu Hà", "title": "CHỦ TỊCH", "capacity": "TM. BAN THƯỜNG VỤ"},
    "legal_basis": ["1373/QĐ-TTg", "09/KH-TWHCTĐ", "3012/KH-UBND", "01/CTPH-TCT-CTĐ"],
    "task_numbering": "slash (1/, 2/ … 5/)",
    "targets_layout": "one prose paragraph, per target group",
    "target_groups": ["hội viên, tình nguyện viên", "học sinh THCS, THPT ở xã ven biển",
                      "người dân ở thôn, bản ngập lụt", "cán bộ, công chức cấp xã học tại Trường Chính trị tỉnh"],
    "implementation_layout": {"kind": "two_column_layout_table", "columns": ["Đơn vị", "Nhiệm vụ"],
                              "borderless": True, "header_span": S.C_vh},
    "cites_plans": [], "shared_basis_with": [{"doc": T, "document": "01/CTPH-TCT-CTĐ"},
                                              {"doc": T, "document": "3012/KH-UBND"}],
    "mentions_other_issuer": "Trường Chính trị tỉnh (04 classes at the school, the school's class in 8/2026, its Thư viện số) without citing KH 27-KH/TCT by number",
    "related_not_loaded": ["09/KH-TWHCTĐ", "3012/KH-UBND", "01/CTPH-TCT-CTĐ"],
})


def tg(doc, indicator, value, number, bound, unit, span, concept, kind="objective", section="", scope="",
       year=2026, **extra):
    r = {"doc": doc, "indicator": indicator, "value": value, "number": number, "bound": bound, "unit": unit,
         "year": year, "scope": scope, "section": section, "span": span, "concept": concept, "kind": kind,
         "year_basis": "annual plan", "occurrence": 1, "alt_spans": []}
    r.update(extra)
    TG.append(r)


MT = "II. MỤC TIÊU NĂM 2026"
tg(T, "lớp bồi dưỡng", "24", 24, "eq", "count", S.T_mt0, "political_school_classes", section=MT,
   alt_spans=[S.T_tot])
tg(T, "lượt học viên", "tối đa 1.200", 1200, "max", "count", S.T_mt0, "political_school_learners_max", section=MT)
for value, number, bound, unit, span, concept, group, ind in [
    ("100%", 100, "eq", "%", S.T_g1, "key_commune_officials_self_study_course_share", "cán bộ chủ chốt cấp xã",
     "được bồi dưỡng chuyên đề “Kỹ năng tự học và quản trị tri thức trong thời đại số”"),
    ("05 ngày", 5, "eq", "count", S.T_g1, "self_study_course_days", "cán bộ chủ chốt cấp xã", "thời lượng"),
    ("ít nhất 70%", 70, "min", "%", S.T_g2, "commune_civil_servants_online_platform_share",
     "công chức chuyên môn cấp xã", "được hướng dẫn khai thác nền tảng học tập trực tuyến"),
    ("tối thiểu 02", 2, "min", "count", S.T_g2, "online_modules_per_civil_servant", "công chức chuyên môn cấp xã",
     "học phần trực tuyến mỗi người"),
    ("100%", 100, "eq", "%", S.T_g3, "political_theory_learners_digital_library_share",
     "học viên Trung cấp lý luận chính trị", "được cấp tài khoản Thư viện số"),
    ("ít nhất 01", 1, "min", "count", S.T_g3, "community_learning_essays_per_learner",
     "học viên Trung cấp lý luận chính trị", "bài thu hoạch về xây dựng cộng đồng học tập"),
    ("khoảng 40%", 40, "approx", "%", S.T_g4, "village_heads_learning_community_course_share",
     "trưởng thôn, bản, tổ dân phố", "được bồi dưỡng chuyên đề về vai trò … trong xây dựng cộng đồng học tập"),
    ("100%", 100, "eq", "%", S.T_g5, "unit_staff_learning_citizen_share", "cán bộ, giảng viên, nhân viên của Trường",
     "đạt danh hiệu “Công dân học tập”"),
    ("tối thiểu 60 giờ", 60, "min", "count", S.T_g5, "lecturer_self_study_hours", "giảng viên",
     "tự học, nghiên cứu thực tế (giờ trong năm)"),
    ("ít nhất 85%", 85, "min", "%", S.T_g5, "unit_staff_first_aid_training_share",
     "cán bộ, giảng viên, nhân viên của Trường", "hoàn thành khóa tập huấn sơ cấp cứu ban đầu")]:
    tg(T, ind, value, number, bound, unit, span, concept, section=MT, target_group=group,
       layout="per target group in prose")
III = "III. NHIỆM VỤ VÀ GIẢI PHÁP"
tg(T, "tài liệu số của Thư viện số", "ít nhất 1.500", 1500, "min", "count", S.T_2, "digital_library_documents",
   kind="task", section=III + " › Hai là")
tg(T, "học phần trực tuyến", "06", 6, "eq", "count", S.T_2, "online_modules", kind="task", section=III + " › Hai là")
tg(T, "học viên mỗi lớp", "không quá 50", 50, "max", "count", S.T_3, "class_size_max", kind="task",
   section=III + " › Ba là")
tg(T, "cán bộ Hội Chữ thập đỏ cấp xã được bồi dưỡng kỹ năng tuyên truyền", "60", 60, "eq", "count", S.T_5,
   "red_cross_commune_staff_trained_by_school", kind="task", section=III + " › Năm là")
tg(T, "lớp tập huấn sơ cấp cứu tại Trường", "04", 4, "eq", "count", S.T_5, "first_aid_classes_at_school",
   kind="task", section=III + " › Năm là")
tg(T, "tổng kinh phí", "1.120 triệu đồng", 1120e6, "eq", "VND", S.T_kp1, "plan_budget_total", kind="task",
   section="IV. KINH PHÍ THỰC HIỆN", parts=[{"source": "ngân sách tỉnh", "value": "960 triệu đồng"},
                                            {"source": "nguồn thu sự nghiệp hợp pháp của Trường",
                                             "value": "160 triệu đồng"}])
tg(T, "hỗ trợ tài liệu", "150.000 đồng/học viên/lớp", 150000, "eq", "VND", S.T_kp2, "learner_materials_support",
   kind="task", section="IV. KINH PHÍ THỰC HIỆN")
rows = [(1, S.T_r1, "Cán bộ chủ chốt toàn tỉnh (lớp tập trung)", "Cơ sở Đồng Hới", "3", "150", "Quý I", ["Q1"]),
        (2, S.T_r2, "Cụm Đồng Hới - Bố Trạch", "Cơ sở Đồng Hới", "5", "250", "Quý I - II", ["Q1", "Q2"]),
        (3, S.T_r3, "Cụm Lệ Thủy - Quảng Ninh", "Cơ sở Đồng Hới", "4", "200", "Quý II", ["Q2"]),
        (4, S.T_r4, "Cụm Ba Đồn - Quảng Trạch - Tuyên Hóa - Minh Hóa", "Cơ sở Đồng Hới", "4", "200", "Quý III",
         ["Q3"]),
        (5, S.T_r5, "Cụm Đông Hà - Cam Lộ - Triệu Phong", "Phân hiệu Đông Hà", "3", "150", "Quý II", ["Q2"]),
        (6, S.T_r6, "Cụm Hải Lăng - Quảng Trị", "Phân hiệu Đông Hà", "2", "100", "Quý III", ["Q3"]),
        (7, S.T_r7, "Cụm Vĩnh Linh - Gio Linh - Cồn Cỏ", "Phân hiệu Đông Hà", "2", "100", "Quý III", ["Q3"]),
        (8, S.T_r8, "Cụm Hướng Hóa - Đakrông (lớp lưu động tại xã Khe Sanh)", "Phân hiệu Đông Hà", "1", "50",
         "Quý IV", ["Q4"])]
for n, span, unit_name, place, classes, learners, when, periods in rows:
    for col, val, bound, concept in (("Số lớp", classes, "eq", "cluster_class_quota"),
                                     ("Số học viên tối đa", learners, "max", "cluster_learner_quota_max")):
        tg(T, f"{col} - {unit_name}", val, float(val), bound, "count", span, concept, kind="task",
           section="PHỤ LỤC II", scope=unit_name, alt_spans=[S.T_pl2_h],
           table={"name": "Phụ lục II", "row": n, "column": col, "cell": val},
           quota_unit=unit_name, venue=place, period_text=when, period=periods)
for col, val, concept in (("Số lớp", "24", "cluster_class_quota_total"),
                          ("Số học viên tối đa", "1.200", "cluster_learner_quota_total")):
    tg(T, f"{col} - Tổng cộng", val, float(val.replace(".", "")), "eq" if col == "Số lớp" else "max", "count",
       S.T_tot, concept, kind="task", section="PHỤ LỤC II", alt_spans=[S.T_pl2_h],
       table={"name": "Phụ lục II", "row": "Tổng cộng", "column": col, "cell": val}, is_total=True)

CT2 = "II. CHỈ TIÊU NĂM 2026"
for value, number, bound, unit, span, concept, group, ind in [
    ("ít nhất 90%", 90, "min", "%", S.C_ta, "red_cross_members_first_aid_trained_share",
     "hội viên, tình nguyện viên Chữ thập đỏ", "được tập huấn hoặc tập huấn lại kiến thức sơ cấp cứu"),
    ("khoảng 30%", 30, "approx", "%", S.C_tb, "coastal_pupils_drowning_prevention_share",
     "học sinh THCS, THPT ở các xã ven biển", "được trang bị kỹ năng phòng, chống đuối nước"),
    ("ít nhất 5.000", 5000, "min", "count", S.C_tc, "flood_area_residents_first_aid_guided",
     "người dân ở các thôn, bản thường xuyên bị ngập lụt", "lượt người được hướng dẫn sơ cứu cơ bản"),
    ("ít nhất 150", 150, "min", "count", S.C_td, "commune_officials_first_aid_trained_at_school",
     "cán bộ, công chức cấp xã học tại Trường Chính trị tỉnh", "người được tập huấn sơ cấp cứu ban đầu")]:
    tg(C, ind, value, number, bound, unit, span, concept, section=CT2, target_group=group,
       layout="per target group in one prose paragraph")
tg(C, "Đội sơ cấp cứu cộng đồng thành lập mới", "20", 20, "eq", "count", S.C_te, "community_first_aid_teams_new",
   section=CT2)
TG.append({**TG[-1], "indicator": "thành viên mỗi đội", "value": "từ 10 đến 15", "number": 10.0, "number_max": 15.0,
           "bound": "range", "concept": "first_aid_team_size", "occurrence": 1})
tg(C, "trung tâm học tập cộng đồng được cấp tài liệu và tủ thuốc", "100%", 100, "eq", "%", S.C_tf,
   "clc_first_aid_kit_share", section=CT2, scope="các xã có đội sơ cấp cứu")
III = "III. NỘI DUNG HOẠT ĐỘNG"
tg(C, "tờ gấp", "10.000", 10000, "eq", "count", S.C_1, "first_aid_leaflets", kind="task", section=III + " › 1/")
tg(C, "lớp tập huấn tại trung tâm học tập cộng đồng", "40", 40, "eq", "count", S.C_2, "first_aid_classes_clc",
   kind="task", section=III + " › 2/")
tg(C, "lớp tại Trường Chính trị tỉnh", "04", 4, "eq", "count", S.C_2, "first_aid_classes_at_school", kind="task",
   section=III + " › 2/")
tg(C, "học viên mỗi lớp", "không quá 40", 40, "max", "count", S.C_2, "class_size_max", kind="task",
   section=III + " › 2/")
tg(C, "cán bộ Hội cấp xã đi học lớp kỹ năng tuyên truyền", "60", 60, "eq", "count", S.C_3,
   "red_cross_commune_staff_trained_by_school", kind="task", section=III + " › 3/")
tg(C, "hướng dẫn viên sơ cấp cứu cấp tỉnh tập huấn lại", "45", 45, "eq", "count", S.C_3, "first_aid_instructors_retrained",
   kind="task", section=III + " › 3/")
tg(C, "tổng kinh phí", "850 triệu đồng", 850e6, "eq", "VND", S.C_kp1, "plan_budget_total", kind="task",
   section="IV. KINH PHÍ", parts=[{"source": "vận động xã hội hóa", "value": "520 triệu đồng"},
                                  {"source": "kinh phí hoạt động của Hội năm 2026", "value": "250 triệu đồng"},
                                  {"source": "Quỹ Nhân đạo tỉnh", "value": "80 triệu đồng"}])
tg(C, "mức chi mỗi lớp tập huấn ở cơ sở", "không quá 8 triệu đồng", 8e6, "max", "VND", S.C_kp2,
   "community_class_cost_max", kind="task", section="IV. KINH PHÍ")


def ag(doc, item, agency, canonical, role, n_tasks, span, deadline_spans, tier, level="organisation", **extra):
    r = {"doc": doc, "item": item, "agency": agency, "canonical": canonical, "level": level, "tier": tier,
         "role": role, "n_tasks": n_tasks, "span": span, "deadline_spans": deadline_spans, "is_group": False,
         "members": [], "parent": ""}
    r.update(extra)
    AG.append(r)


PS = "political_school"
ag(T, "1", "Phòng Quản lý đào tạo và Nghiên cứu khoa học", "school_training_management", "standing", 3, S.T_v1,
   ["trước ngày khai giảng ít nhất 10 ngày", "trước ngày 05/12/2026"], PS)
ag(T, "2", "Khoa Xây dựng Đảng", "school_party_building_faculty", "lead", 1, S.T_v2, ["trước ngày 15/3/2026"], PS)
ag(T, "3", "Khoa Nhà nước và pháp luật", "school_state_law_faculty", "lead", 2, S.T_v3, [], PS)
ag(T, "4", "Phòng Tổ chức - Hành chính - Quản trị", "school_administration", "lead", 3, S.T_v4,
   ["trước ngày 30/4/2026"], PS)
ag(T, "5", "Phân hiệu Đông Hà", "school_branch_campus", "lead", 2, S.T_v5, ["trước ngày 20/11/2026"], PS)
ag(T, "6", "Đề nghị Sở Nội vụ", "home_affairs", "request", 2, S.T_v6, ["trong năm 2026"], "province",
   level="province")
ag(T, "7", "Đề nghị Ủy ban nhân dân các xã, phường, đặc khu", "peoples_committee_lower", "request", 2, S.T_v7, [],
   "commune", level="commune")
ag(T, "8", "Đề nghị Hội Chữ thập đỏ tỉnh", "red_cross", "request", 1, S.T_v8, ["trong quý II/2026"], "province",
   level="organisation")
RC = "red_cross_society"
LAY = {"layout": "two_column_layout_table", "item_numbering": "none (table rows)"}
ag(C, "", "Ban Công tác xã hội - Sơ cấp cứu", "red_cross_social_work_first_aid", "standing", 3, S.C_v1,
   ["trước ngày 10/12/2026"], RC, **LAY)
ag(C, "", "Ban Tuyên truyền - Tổ chức", "red_cross_communication_organisation", "lead", 3, S.C_v2,
   ["trong quý I/2026"], RC, **LAY)
ag(C, "", "Văn phòng Hội", "association_office", "lead", 4, S.C_v3, ["trước ngày 20/12/2026"], RC, **LAY)
ag(C, "", "Trung tâm Đào tạo, huấn luyện sơ cấp cứu", "first_aid_training_centre", "lead", 3, S.C_v4,
   ["trong quý II/2026", "trước ngày 31/3/2026"], RC, **LAY)
ag(C, "", "Hội Chữ thập đỏ các xã, phường, đặc khu", "red_cross_commune_chapters", "lead", 3, S.C_v5,
   ["trước ngày 25/11/2026"], RC, **LAY)
ag(C, "", "Đề nghị Trường Chính trị tỉnh", "political_school", "request", 2, S.C_v6, [], "province", **LAY)
ag(C, "", "Đề nghị Sở Giáo dục và Đào tạo", "education", "request", 1, S.C_v7, ["trong tháng 5/2026"], "province",
   level="province", **{k: v for k, v in LAY.items()})


def main():
    problems = []
    for fname, recs in (("targets.jsonl", TG), ("agencies.jsonl", AG)):
        for i, r in enumerate(recs, 1):
            t = check_sets.text_of(r["doc"])
            for s in [r["span"]] + r.get("alt_spans", []) + r.get("deadline_spans", []):
                if check_sets.norm(s) not in t:
                    problems.append(f"{fname}:{i}: span missing {s[:70]!r}")
            if fname == "targets.jsonl" and r.get("table") is None:
                if check_sets.norm(r["value"]).lower() not in check_sets.norm(r["span"]).lower():
                    problems.append(f"{fname}:{i}: value {r['value']!r} not in span")
    for r in PL:
        t = check_sets.text_of(r["id"])
        for k in ("number", "title"):
            if check_sets.norm(r[k]) not in t:
                problems.append(f"plans: {k} {r[k]!r} not in text")
        if check_sets.norm(r["signer"]["name"]) not in t:
            problems.append("plans: signer not in text")
    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} problems; NOT written")
        return 1
    out = os.path.join(SETS, "gold66")
    os.makedirs(out, exist_ok=True)
    for fname, recs in (("plans.jsonl", PL), ("targets.jsonl", TG), ("agencies.jsonl", AG)):
        with open(os.path.join(out, fname), "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote gold66: {len(PL)} plans, {len(TG)} targets, {len(AG)} agencies")
    return 0


if __name__ == "__main__":
    sys.exit(main())
