"""Gold tables of set 64 (gold64/: plans.jsonl, targets.jsonl, agencies.jsonl), in the formats of
../shared/eval/gold/README.md, extended as sets 54-62 did.

    python eval/sets/src64/gold_src64.py

Refuses to write if a span is not verbatim in its plan's extracted text or a text target's value is not in its span.
New fields: targets `period` ("Q1".."Q4" or "year") for Bảng 1's quarter columns, `cumulative` for the one row given
as a running share; `corrected_by` / `superseded_value` / `superseded_span` for a figure changed by the web page's
ĐÍNH CHÍNH box; plans `corrections` (what the notice changes, with both spans), `item_numbering` "generated (<ol>)",
`schedule_tables`; agencies `deadline_corrected`.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import questions_src64 as S  # noqa: E402
from questions_src64 import B, L, check_sets  # noqa: E402

OUT = os.path.join(os.path.dirname(HERE), "gold64")

plans = [
    {"id": B, "title": "Xây dựng “Cơ quan học tập” và bồi dưỡng kiến thức chính sách bảo hiểm xã hội, bảo hiểm y tế cho người dân trên địa bàn tỉnh Hưng Yên năm 2026",
     "locality": "Hưng Yên", "level": "cơ quan chuyên ngành cấp tỉnh", "parents": ["Hưng Yên"], "number": "118/KH-BHXH",
     "issued": "2026-01-14", "period": "2026", "issuer": "Bảo hiểm xã hội tỉnh Hưng Yên",
     "issuer_kind": "social_insurance_agency", "parent_body": "Bảo hiểm xã hội Việt Nam",
     "signer": {"name": "Trần Thị Minh Nguyệt", "capacity": "GIÁM ĐỐC"},
     "implements": ["Luật Bảo hiểm xã hội số 41/2024/QH15 ngày 29/6/2024",
                    "Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ",
                    "Kế hoạch số 64/KH-BHXH ngày 25/12/2025 của Bảo hiểm xã hội Việt Nam",
                    "Kế hoạch số 3105/KH-UBND ngày 30/12/2025 của Ủy ban nhân dân tỉnh Hưng Yên",
                    "Quy chế phối hợp số 02/QCPH-BHXH-HLG ngày 05/01/2026 (Bảo hiểm xã hội tỉnh - Hội Luật gia tỉnh)"],
     "merged_province": {"name": "Hưng Yên", "since": "2025-07-01", "merged_from": ["Hưng Yên", "Thái Bình"]},
     "pilot_units": ["Khoái Châu", "Văn Giang", "Tiên Lữ", "Ân Thi", "Phù Cừ", "Kim Động", "Quỳnh Phụ", "Đông Hưng",
                     "Thái Thụy", "Hưng Hà", "Tiền Hải", "Vũ Thư"],
     "quarter_table": {"table": "Bảng 1. Chỉ tiêu năm 2026 phân theo quý", "columns": ["Quý I", "Quý II", "Quý III", "Quý IV", "Cả năm"],
                       "dash_means": "quý không giao chỉ tiêu", "cumulative_rows": [4], "span": S.B_NOTE},
     "schedule_tables": [{"table": "Bảng 2. Chương trình dự kiến Ngày hội ngày 03/10/2026", "date": "2026-10-03",
                          "slots": [{"time": "07h00 - 07h30", "by": "Bảo hiểm xã hội cơ sở Phố Hiến", "span": S.B_S1},
                                    {"time": "07h30 - 08h00", "by": "Văn phòng", "span": S.B_S2},
                                    {"time": "08h00 - 09h30", "by": "Phòng Truyền thông và Phát triển đối tượng", "span": S.B_S3},
                                    {"time": "09h30 - 10h45", "by": "Trung tâm Tư vấn pháp luật Hội Luật gia tỉnh", "span": S.B_S4},
                                    {"time": "10h45 - 11h15", "by": "Văn phòng", "span": S.B_S5}]}]},
    {"id": L, "title": S.L_TITLE, "locality": "Hưng Yên", "level": "tổ chức xã hội - nghề nghiệp cấp tỉnh",
     "parents": ["Hưng Yên"], "number": "09/KH-HLG", "issued": "2026-01-20", "period": "2026 (định hướng 2030)",
     "issuer": "Ban Thường vụ Hội Luật gia tỉnh Hưng Yên", "issuer_kind": "lawyers_association",
     "parent_body": "Trung ương Hội Luật gia Việt Nam",
     "signer": {"name": "Đặng Quốc Hưng", "capacity": "TM. BAN THƯỜNG VỤ / CHỦ TỊCH"},
     "implements": ["Luật Phổ biến, giáo dục pháp luật ngày 20/6/2012", "Luật Bảo hiểm xã hội số 41/2024/QH15",
                    "Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ",
                    "Kế hoạch số 12/KH-HLGVN ngày 08/01/2026 của Trung ương Hội Luật gia Việt Nam",
                    "Kế hoạch số 118/KH-BHXH ngày 14/01/2026 của Bảo hiểm xã hội tỉnh Hưng Yên",
                    "Quy chế phối hợp số 02/QCPH-BHXH-HLG ngày 05/01/2026"],
     "format": "saved web page (portal chrome kept: menu, breadcrumb, post meta, related documents, footer)",
     "item_numbering": "generated (<ol>/<li>; decimal items, lower-alpha points) - not in the text",
     "corrections": {"notice": "Thông báo số 03/TB-HLG ngày 27/01/2026 của Ban Thường vụ Hội Luật gia tỉnh",
                     "position": "box above the plan; body posted uncorrected", "span": S.L_DC_HEAD,
                     "changes": [{"where": "điểm a khoản 1 Mục II", "from": "ít nhất 40 buổi", "to": "ít nhất 48 buổi", "span": S.L_DC1, "body_span": S.L_TA},
                                 {"where": "Mục IV", "from": "do Sở Tài chính bố trí", "to": "do Bảo hiểm xã hội tỉnh hỗ trợ", "span": S.L_DC2, "body_span": S.L_FUND},
                                 {"where": "khoản 5 Mục V", "from": "trước ngày 15/12/2026", "to": "trước ngày 05/12/2026", "span": S.L_DC3, "body_span": S.L_V5}]},
     "related_not_loaded": ["Kế hoạch số 31/KH-HLG ngày 15/02/2025 (sidebar link only)"]},
]

T = []


def tgt(doc, indicator, value, number, bound, unit, year, span, concept, kind="objective", section="II. CHỈ TIÊU", **kw):
    r = {"doc": doc, "indicator": indicator, "value": value, "number": number, "bound": bound, "unit": unit,
         "year": year, "scope": kw.pop("scope", ""), "section": section, "span": span, "concept": concept, "kind": kind,
         "year_basis": kw.pop("year_basis", "plan year")}
    r.update(kw)
    T.append(r)


QCOLS = ["Quý I", "Quý II", "Quý III", "Quý IV", "Cả năm"]
PER = ["Q1", "Q2", "Q3", "Q4", "year"]
rows = [
    (1, "Hội nghị đối thoại chính sách tại xã, phường", ["6", "12", "12", "8", "38"], "count", "policy_dialogue_conferences", S.B_R1, False),
    (2, "Lớp “Hiểu đúng về bảo hiểm xã hội tự nguyện” tại trung tâm học tập cộng đồng", ["-", "15", "20", "10", "45"], "count", "voluntary_social_insurance_classes", S.B_R2, False),
    (3, "Người tham gia bảo hiểm xã hội tự nguyện tăng mới", ["1.500", "2.500", "3.000", "3.000", "10.000"], "count", "voluntary_social_insurance_new_members", S.B_R3, False),
    (4, "Công chức, viên chức hoàn thành bồi dưỡng kỹ năng số, cộng dồn", ["25", "50", "75", "100", "100"], "%", "agency_staff_digital_training_share", S.B_R4, True),
    (5, "Lượt người dân được hướng dẫn cài đặt, sử dụng ứng dụng VssID", ["5.000", "8.000", "8.000", "9.000", "30.000"], "count", "vssid_guidance_count", S.B_R5, False),
    (6, "Tỷ lệ dân số tham gia bảo hiểm y tế", ["-", "-", "-", "-", "95,2"], "%", "health_insurance_coverage_share", S.B_R6, False),
]
for rn, ind, cells, unit, concept, span, cum in rows:
    for col, per, cell in zip(QCOLS, PER, cells, strict=True):
        if cell == "-":
            continue
        tgt(B, ind, cell, float(cell.replace(".", "").replace(",", ".")), "eq", unit, 2026, span, concept,
            section="II. CHỈ TIÊU › Bảng 1", year_basis="plan year (annual plan)", period=per, cumulative=cum,
            table={"name": "Bảng 1", "row": rn, "column": col, "cell": cell}, alt_spans=[S.B_HDR])
tgt(B, "phòng nghiệp vụ và Bảo hiểm xã hội cơ sở đạt danh hiệu “Đơn vị học tập”", "100%", 100.0, "eq", "%", 2026, S.B_EXTRA, "agency_units_learning_unit_share")
tgt(B, "công chức, viên chức được công nhận “Công dân học tập”", "ít nhất 80%", 80.0, "min", "%", 2026, S.B_EXTRA, "agency_staff_learning_citizen_share")
tgt(B, "“Góc an sinh” tại trung tâm học tập cộng đồng của mỗi xã, phường thí điểm", "ít nhất 01", 1.0, "min", "count", 2026, S.B_GOC, "social_security_corner_per_pilot", scope="12 xã, phường thí điểm")
tgt(B, "lớp bồi dưỡng kỹ năng số cho công chức, viên chức", "04 lớp", 4.0, "eq", "count", 2026, S.B_KNS, "agency_staff_digital_classes", kind="task", section="III. NHIỆM VỤ VÀ GIẢI PHÁP › 1")
tgt(B, "giờ tự học trực tuyến mỗi công chức, viên chức", "tối thiểu 40 giờ/năm", 40.0, "min", "count", 2026, S.B_KNS, "agency_staff_self_study_hours", kind="task", section="III. NHIỆM VỤ VÀ GIẢI PHÁP › 1")
tgt(B, "học viên mỗi lớp “Hiểu đúng về bảo hiểm xã hội tự nguyện”", "không quá 40 học viên", 40.0, "max", "count", 2026, S.B_CLASS, "voluntary_social_insurance_class_size_max", kind="task", section="III. NHIỆM VỤ VÀ GIẢI PHÁP › 2")
tgt(B, "Tổng kinh phí", "1.260 triệu đồng", 1260e6, "eq", "VND", 2026, S.B_FUND, "total_budget", section="IV. KINH PHÍ THỰC HIỆN",
    parts=[{"source": "Kinh phí truyền thông được Bảo hiểm xã hội Việt Nam giao năm 2026", "value": "1.050 triệu đồng", "span": S.B_FUND1,
            "of_which": {"what": "phối hợp với Hội Luật gia tỉnh", "value": "120 triệu đồng"}},
           {"source": "Quỹ phúc lợi và kinh phí Công đoàn cơ sở", "value": "210 triệu đồng", "span": S.B_FUND2}])
tgt(B, "Mức chi tối đa mỗi hội nghị đối thoại", "6 triệu đồng/hội nghị đối thoại", 6e6, "max", "VND", 2026, S.B_RATE, "policy_dialogue_cost_max", section="IV. KINH PHÍ THỰC HIỆN")
tgt(B, "Mức chi tối đa mỗi lớp bồi dưỡng tại trung tâm học tập cộng đồng", "4,5 triệu đồng/lớp", 4.5e6, "max", "VND", 2026, S.B_RATE, "community_class_cost_max", section="IV. KINH PHÍ THỰC HIỆN")

tgt(L, "buổi tư vấn pháp luật lưu động về bảo hiểm xã hội, bảo hiểm y tế tại các xã, phường", "ít nhất 48 buổi", 48.0, "min", "count", 2026, S.L_DC1,
    "mobile_legal_advice_sessions", section="II. CHỈ TIÊU › 1 › a", corrected_by="Thông báo số 03/TB-HLG ngày 27/01/2026",
    superseded_value="ít nhất 40 buổi", superseded_span=S.L_TA)
tgt(L, "lượt người dân được tư vấn, giải đáp pháp luật miễn phí", "Ít nhất 3.000 lượt", 3000.0, "min", "count", 2026, S.L_TB, "free_legal_advice_attendances", section="II. CHỈ TIÊU › 1 › b")
tgt(L, "chi hội luật gia trực thuộc tổ chức ít nhất 01 buổi sinh hoạt chuyên đề", "100%", 100.0, "eq", "%", 2026, S.L_TC, "lawyer_branches_themed_session_share", section="II. CHỈ TIÊU › 1 › c")
tgt(L, "“Tủ sách pháp luật” bổ sung tại trung tâm học tập cộng đồng", "12", 12.0, "eq", "count", 2026, S.L_TD, "legal_bookshelves_new", section="II. CHỈ TIÊU › 1 › d")
tgt(L, "xã, phường có “Tủ sách pháp luật” tại trung tâm học tập cộng đồng", "ít nhất 70%", 70.0, "min", "%", 2030, S.L_2030, "communes_with_legal_bookshelf_share", section="II. CHỈ TIÊU › 2", year_basis="line")
tgt(L, "luật gia làm công tác tư vấn được cập nhật kiến thức pháp luật", "ít nhất 16 giờ/năm", 16.0, "min", "count", 2030, S.L_2030, "advising_lawyer_update_hours", section="II. CHỈ TIÊU › 2", year_basis="line")
tgt(L, "đầu sách mỗi Tủ sách pháp luật", "ít nhất 50 đầu sách", 50.0, "min", "count", 2026, S.L_N3, "legal_bookshelf_titles_min", kind="task", section="III. NHIỆM VỤ VÀ GIẢI PHÁP › 3")
tgt(L, "lượt người dự thi Cuộc thi trực tuyến “Hiểu đúng chính sách bảo hiểm xã hội”", "ít nhất 5.000 lượt", 5000.0, "min", "count", 2026, S.L_N4, "online_quiz_entries", kind="task", section="III. NHIỆM VỤ VÀ GIẢI PHÁP › 4")
tgt(L, "lớp cập nhật kiến thức pháp luật cho luật gia", "02 lớp", 2.0, "eq", "count", 2026, S.L_N5, "lawyer_update_classes", kind="task", section="III. NHIỆM VỤ VÀ GIẢI PHÁP › 5")
tgt(L, "Tổng kinh phí", "420 triệu đồng", 420e6, "eq", "VND", 2026, S.L_FUND, "total_budget", section="IV. KINH PHÍ THỰC HIỆN",
    parts=[{"source": "ngân sách tỉnh giao cho Hội năm 2026", "value": "300 triệu đồng"},
           {"source": "do Bảo hiểm xã hội tỉnh hỗ trợ (đính chính; văn bản gốc: do Sở Tài chính bố trí)", "value": "120 triệu đồng", "correction_span": S.L_DC2}])
tgt(L, "hỗ trợ luật gia tham gia tư vấn lưu động", "300.000 đồng/người/buổi", 300000.0, "eq", "VND", 2026, S.L_RATE, "volunteer_lawyer_session_allowance", section="IV. KINH PHÍ THỰC HIỆN")

A = []


def ag(doc, item, agency, canonical, level, tier, role, n_tasks, span, deadlines, section="V. TỔ CHỨC THỰC HIỆN", **kw):
    r = {"doc": doc, "item": item, "agency": agency, "canonical": canonical, "level": level, "tier": tier, "role": role,
         "n_tasks": n_tasks, "span": span, "deadline_spans": deadlines, "section": section}
    r.update(kw)
    A.append(r)


ag(B, "1", "Phòng Truyền thông và Phát triển đối tượng", "insurance_communication", "organisation", "social_insurance_agency", "standing", 2, S.B_V1A,
   ["trước ngày 15/3/2026", "trước ngày 20 của tháng cuối mỗi quý"], other_deadline_spans=[S.B_REPORT], schedule_slots=["08h00 - 09h30"])
ag(B, "2", "Văn phòng", "agency_office", "organisation", "social_insurance_agency", "lead", 1, S.B_V2, ["trước ngày 10/12/2026"], schedule_slots=["07h30 - 08h00", "10h45 - 11h15"])
ag(B, "3", "Phòng Tổ chức - Kiểm tra", "agency_personnel_inspection", "organisation", "social_insurance_agency", "lead", 1, S.B_V3, ["trong quý III/2026"])
ag(B, "4", "Phòng Chế độ bảo hiểm xã hội", "insurance_benefits", "organisation", "social_insurance_agency", "lead", 1, S.B_V4, [])
ag(B, "5", "Bảo hiểm xã hội cơ sở", "local_social_insurance_offices", "commune", "social_insurance_agency", "lead", 2, S.B_V5A,
   ["trước ngày 30/6/2026", "trước ngày 30/11/2026"], is_group=True, members=["Bảo hiểm xã hội cơ sở Phố Hiến"])
ag(B, "6", "Công đoàn cơ sở Bảo hiểm xã hội tỉnh", "agency_trade_union", "organisation", "social_insurance_agency", "lead", 1, S.B_V6, [])
ag(B, "7", "Đề nghị Hội Luật gia tỉnh", "lawyers_association", "province", "province", "request", 1, S.B_V7, [], schedule_slots=["09h30 - 10h45"])
ag(B, "8", "Đề nghị Ủy ban nhân dân các xã, phường", "peoples_committee_lower", "commune", "commune", "request", 1, S.B_V8, [], is_group=True)
ag(L, "1", "Ban Tuyên truyền và Phổ biến pháp luật Hội Luật gia tỉnh", "lawyers_association_propaganda", "organisation", "lawyers_association", "standing", 3, S.L_V1,
   ["trước ngày 25 của tháng cuối quý trước"], item_numbering="generated",
   other_deadline_spans=[S.L_DC3], deadline_corrected={"from": "trước ngày 15/12/2026", "to": "trước ngày 05/12/2026", "body_span": S.L_V5, "span": S.L_DC3})
ag(L, "2", "Trung tâm Tư vấn pháp luật Hội Luật gia tỉnh", "legal_advice_centre", "organisation", "lawyers_association", "lead", 3, S.L_V2, ["ngày 03/10/2026"], item_numbering="generated")
ag(L, "3", "Văn phòng Hội", "association_office", "organisation", "lawyers_association", "lead", 2, S.L_V3, ["trước ngày 20/9/2026"], item_numbering="generated")
ag(L, "4", "Các chi hội luật gia trực thuộc", "lawyer_branches", "organisation", "lawyers_association", "lead", 2, S.L_V4, ["trước ngày 30/9/2026", "trước ngày 15/11/2026"],
   item_numbering="generated", is_group=True)
ag(L, "6", "Đề nghị Bảo hiểm xã hội tỉnh", "social_insurance_agency", "province", "province", "request", 3, S.L_V6, [], item_numbering="generated")
ag(L, "7", "Đề nghị Sở Tư pháp", "justice", "province", "province", "request", 1, S.L_V7, [], item_numbering="generated")


def main():
    problems = []
    for r in T:
        for s in [r["span"]] + r.get("alt_spans", []) + ([r["superseded_span"]] if r.get("superseded_span") else []):
            if check_sets.norm(s) not in check_sets.text_of(r["doc"]):
                problems.append(f"target span missing: {s!r}")
        if r.get("table") is None and check_sets.norm(r["value"]).lower() not in check_sets.norm(r["span"]).lower():
            problems.append(f"value {r['value']!r} not in span {r['span']!r}")
    for r in A:
        for s in [r["span"]] + r["deadline_spans"] + r.get("other_deadline_spans", []):
            if check_sets.norm(s) not in check_sets.text_of(r["doc"]):
                problems.append(f"agency span missing: {s!r}")
    for p in plans:
        t = check_sets.text_of(p["id"])
        for k in (p["number"], p["title"], p["signer"]["name"]):
            if check_sets.norm(k) not in t:
                problems.append(f"plan field missing: {k!r}")
    if problems:
        print("\n".join(problems))
        print("NOT written")
        return 1
    os.makedirs(OUT, exist_ok=True)
    for name, rows_ in (("plans.jsonl", plans), ("targets.jsonl", T), ("agencies.jsonl", A)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            for r in rows_:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote gold64: {len(plans)} plans, {len(T)} targets, {len(A)} agency records")
    return 0


if __name__ == "__main__":
    sys.exit(main())
