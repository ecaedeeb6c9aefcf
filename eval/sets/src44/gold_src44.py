"""Write eval/sets/gold44/ (plans.jsonl, targets.jsonl, agencies.jsonl) for the two Tuy An plans in plans44/.

    python eval/sets/src44/gold_src44.py

Refuses to write if a span, alt span, deadline span or referenced-task span is missing from the text as check_sets
extracts it, or a value is not in its span. Agencies carry two fields new in set 44: `refs` - the Mục III items that
V assigns to the body BY CROSS-REFERENCE ("chủ trì thực hiện nhiệm vụ tại khoản 2 và điểm a khoản 3 Mục III" ->
["III.2", "III.3.a"]) - and `ref_spans` - the verbatim text of every referenced điểm (a khoản reference expands to all
its điểm); `n_tasks` counts the resolved điểm plus the body's own task clauses in V.
"""
import json
import os

from common44 import A24, B25, SETS, check_span, norm, text
from questions_src44 import (
    A_V1,
    A_V2,
    A_V3,
    A_V4,
    A_V5,
    A_V7,
    A_V9,
    A_V10,
    A_V11,
    B_DOAN1,
    B_DOAN2,
    B_V1,
    B_V2,
    B_V3,
    B_V4,
    B_V5,
    B_V6,
    B_V7,
    B_V8,
    B_V9,
    B_V10,
    A_III1a,
    A_III1b,
    A_III2a,
    A_III2b,
    A_III3a,
    A_III3b,
    A_III4a,
    A_III4b,
    A_III5a,
    A_III5b,
    A_III6a,
    A_III6b,
    B_III1a,
    B_III1b,
    B_III2a,
    B_III2b,
    B_III3a,
    B_III3b,
    B_III4a,
    B_III4b,
    B_III4c,
    B_III5a,
    B_III5b,
    B_III5c,
    B_III6a,
    B_III6b,
    B_III7a,
    B_III7b,
)

OUT = os.path.join(SETS, "gold44")

PLANS = [
    {"id": A24, "title": "Xây dựng xã hội học tập trên địa bàn huyện Tuy An năm 2024", "locality": "Tuy An",
     "level": "huyện", "parents": ["Phú Yên"], "number": "08/KH-UBND", "issued": "2024-01-22", "period": "2024",
     "signer": {"name": "Trần Thị Mỹ Hạnh", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"},
     "annual_of": "Tuy An", "sibling": B25,
     "note": "The 2024 ANNUAL plan of huyện Tuy An (before the 2025 reform), uploaded together with the 2025 plan of the same district: the year decides which plan answers. V assigns tasks by cross-reference to Mục III items."},
    {"id": B25, "title": "Xây dựng xã hội học tập trên địa bàn huyện Tuy An năm 2025", "locality": "Tuy An",
     "level": "huyện", "parents": ["Phú Yên"], "number": "15/KH-UBND", "issued": "2025-01-20", "period": "2025",
     "signer": {"name": "Lương Minh Tuấn", "capacity": "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"},
     "annual_of": "Tuy An", "sibling": A24, "supersedes": A24,
     "note": "The 2025 ANNUAL plan of the same district; it 'thay thế các chỉ tiêu, nhiệm vụ của năm 2024 kể từ ngày ký', cites the 2024 plan's results report (BC 212) as a căn cứ and takes the per-centre support level BY REFERENCE from khoản 2 Mục IV of the 2024 plan (15 triệu đồng/năm; the figure is not written in the 2025 plan). Mục III numbering differs from 2024 (khoản 7 added; điểm c under 4 and 5)."},
]

A_II = "II. CHỈ TIÊU NĂM 2024"
B_II = "II. CHỈ TIÊU NĂM 2025"
T = []


def tgt(doc, indicator, value, number, unit, concept, span, section, bound="eq", year_basis="heading", kind="objective",
        scope="", **extra):
    year = 2024 if doc == A24 else 2025
    r = {"doc": doc, "indicator": indicator, "value": value, "number": number, "unit": unit, "year": year,
         "scope": scope, "section": section, "span": span, "concept": concept, "bound": bound,
         "year_basis": year_basis, "kind": kind}
    if year_basis == "heading":
        r["alt_spans"] = [A_II if doc == A24 else B_II]
    r.update(extra)
    T.append(r)


SA = "II. CHỈ TIÊU NĂM 2024"
SB = "II. CHỈ TIÊU NĂM 2025"
for doc, sec, vals in (
    (A24, SA, ("55%", "48%", "40%", "70%", ("12/16", 12, 16), ("ít nhất 320", 320), "40%", ("16/16", 16, 16))),
    (B25, SB, ("60%", "52%", "45%", "75%", ("13/16", 13, 16), ("ít nhất 360", 360), "50%", None)),
):
    y = "2024" if doc == A24 else "2025"
    g, c, v, u, tot, cls, dig, lit = vals
    tgt(doc, "hộ gia đình được công nhận danh hiệu “Gia đình học tập”", g, float(g[:-1]), "%", "learning_family_share",
        f"Phấn đấu {g} hộ gia đình được công nhận danh hiệu “Gia đình học tập”.", sec)
    tgt(doc, "dòng họ được công nhận danh hiệu “Dòng họ học tập”", c, float(c[:-1]), "%", "learning_clan_share",
        f"{c} dòng họ được công nhận danh hiệu “Dòng họ học tập”.", sec)
    tgt(doc, "thôn, khu phố được công nhận danh hiệu “Cộng đồng học tập” cấp thôn", v, float(v[:-1]), "%",
        "learning_community_village_share", f"{v} thôn, khu phố được công nhận danh hiệu “Cộng đồng học tập” cấp thôn.",
        sec, scope="thôn, khu phố")
    tgt(doc, "cơ quan, đơn vị cấp huyện được công nhận “Đơn vị học tập”", u, float(u[:-1]), "%", "learning_unit_share",
        f"{u} cơ quan, đơn vị cấp huyện được công nhận “Đơn vị học tập”.", sec, scope="cơ quan, đơn vị cấp huyện")
    tgt(doc, "Trung tâm học tập cộng đồng được đánh giá, xếp loại Tốt", tot[0], float(tot[1]), "count",
        "cltc_good_rating_share", f"{tot[0]} Trung tâm học tập cộng đồng được đánh giá, xếp loại Tốt.", sec,
        number_of=tot[2])
    tgt(doc, "lớp chuyên đề tại các Trung tâm học tập cộng đồng", cls[0], float(cls[1]), "count",
        "cltc_topic_classes_count", f"Tổ chức {cls[0]} lớp chuyên đề tại các Trung tâm học tập cộng đồng.", sec,
        bound="min")
    tgt(doc, "người lao động … được bồi dưỡng kỹ năng số cơ bản", dig, float(dig[:-1]), "%",
        "workforce_digital_skills_share",
        f"{dig} người lao động trong độ tuổi lao động được bồi dưỡng kỹ năng số cơ bản.", sec,
        scope="trong độ tuổi lao động")
    if lit:
        tgt(doc, "xã, thị trấn đạt chuẩn xóa mù chữ mức độ 2", lit[0], float(lit[1]), "count", "literacy_level2_units",
            f"Duy trì {lit[0]} xã, thị trấn đạt chuẩn xóa mù chữ mức độ 2.", sec, scope="xã, thị trấn", number_of=lit[2])
tgt(B25, "cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số", "100%", 100.0, "%", "civil_servant_digital_skills_share",
    "100% cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số phục vụ công việc.", SB, scope="cán bộ, công chức cấp xã")
# figures set inside Mục III and Mục IV (year: the plan's single year)
A3 = "III. NHIỆM VỤ VÀ GIẢI PHÁP"
A4 = "IV. KINH PHÍ THỰC HIỆN"
tgt(A24, "tin, bài tuyên truyền mỗi tháng", "ít nhất 02", 2.0, "count", "media_items_per_month", A_III1a,
    A3 + " › 1. Tuyên truyền, nâng cao nhận thức", bound="min", year_basis="plan", kind="task")
tgt(A24, "cán bộ quản lý Trung tâm học tập cộng đồng được bồi dưỡng nghiệp vụ", "48", 48.0, "count",
    "cltc_managers_trained_count", A_III2b, A3 + " › 2. Củng cố Trung tâm học tập cộng đồng", year_basis="plan", kind="task")
tgt(A24, "lao động nông thôn được đào tạo nghề ngắn hạn", "350", 350.0, "count", "vocational_trainees_per_year", A_III4b,
    A3 + " › 4. Học tập gắn với sinh kế của người dân", year_basis="plan", kind="task")
tgt(A24, "điểm học tập cộng đồng có kết nối internet miễn phí", "05", 5.0, "count", "digital_learning_point_count",
    A_III5b, A3 + " › 5. Chuyển đổi số trong học tập", year_basis="plan", kind="task")
tgt(A24, "Tổng kinh phí thực hiện Kế hoạch năm 2024", "1.460 triệu đồng", 1460000000.0, "VND", "plan_annual_budget",
    "Tổng kinh phí thực hiện Kế hoạch năm 2024 là 1.460 triệu đồng", A4, year_basis="line", kind="task",
    parts={"ngân sách huyện": 820000000.0, "ngân sách các xã, thị trấn": 400000000.0, "nguồn xã hội hóa": 240000000.0})
tgt(A24, "Mức hỗ trợ hoạt động cho mỗi Trung tâm học tập cộng đồng", "15 triệu đồng/năm", 15000000.0, "VND",
    "cltc_annual_budget", "Mức hỗ trợ hoạt động cho mỗi Trung tâm học tập cộng đồng là 15 triệu đồng/năm từ ngân sách huyện.",
    A4, year_basis="plan", kind="task")
tgt(B25, "tin, bài tuyên truyền mỗi tháng", "ít nhất 03", 3.0, "count", "media_items_per_month", B_III1a,
    A3 + " › 1. Tuyên truyền, nâng cao nhận thức", bound="min", year_basis="plan", kind="task",
    note="The line starts on page 1 and ends after the page footer and the running header of page 2; span = its page-2 half.")
tgt(B25, "hộ kinh doanh được bồi dưỡng kỹ năng làm du lịch cộng đồng, ngoại ngữ giao tiếp", "120", 120.0, "count",
    "tourism_households_trained_count", B_III4b, A3 + " › 4. Học tập gắn với sinh kế và du lịch", year_basis="plan", kind="task")
tgt(B25, "lao động nông thôn được đào tạo nghề ngắn hạn", "400", 400.0, "count", "vocational_trainees_per_year", B_III4c,
    A3 + " › 4. Học tập gắn với sinh kế và du lịch", year_basis="plan", kind="task")
tgt(B25, "lao động nữ trong số lao động được đào tạo nghề", "ít nhất 30%", 30.0, "%", "vocational_trainees_female_share",
    B_III4c, A3 + " › 4. Học tập gắn với sinh kế và du lịch", bound="min", year_basis="plan", kind="task")
tgt(B25, "Quỹ khuyến học mỗi xã, thị trấn vận động", "ít nhất 50 triệu đồng", 50000000.0, "VND",
    "study_promotion_fund_per_commune", B_III6a, A3 + " › 6. Khuyến học, khuyến tài", bound="min", year_basis="plan", kind="task")
tgt(B25, "lớp xóa mù chữ, chống tái mù chữ", "06", 6.0, "count", "literacy_classes_per_year", B_III7a,
    A3 + " › 7. Xóa mù chữ, chống tái mù chữ", year_basis="plan", kind="task")
tgt(B25, "xã, thị trấn đạt chuẩn xóa mù chữ mức độ 2", "16/16", 16.0, "count", "literacy_level2_units", B_III7b,
    A3 + " › 7. Xóa mù chữ, chống tái mù chữ", year_basis="plan", kind="task", number_of=16, scope="xã, thị trấn",
    note="In 2025 this figure is set inside Mục III (khoản 7), not in II as in 2024.")
tgt(B25, "Tổng kinh phí thực hiện Kế hoạch năm 2025", "1.720 triệu đồng", 1720000000.0, "VND", "plan_annual_budget",
    "Tổng kinh phí thực hiện Kế hoạch năm 2025 là 1.720 triệu đồng", A4, year_basis="line", kind="task",
    parts={"ngân sách huyện": 960000000.0, "ngân sách các xã, thị trấn": 460000000.0, "nguồn xã hội hóa": 300000000.0},
    alt_spans=["ngân sách huyện 960 triệu đồng; ngân sách các xã, thị trấn 460 triệu đồng; nguồn xã hội", "hóa 300 triệu đồng."],
    note="The breakdown line is cut by the page footer 'Trang 2/4' and page 3's running header between 'nguồn xã hội' and 'hóa 300 triệu đồng'.")
tgt(B25, "hỗ trợ thêm cho mỗi Trung tâm thí điểm mô hình “Trung tâm học tập cộng đồng số”", "30 triệu đồng/trung tâm",
    30000000.0, "VND", "cltc_pilot_extra_budget",
    "riêng 02 Trung tâm thí điểm mô hình “Trung tâm học tập cộng đồng số” được hỗ trợ thêm 30 triệu đồng/trung tâm.", A4,
    year_basis="plan", kind="task",
    note="The base per-centre level for 2025 is NOT written in this plan: 'thực hiện như khoản 2 Mục IV Kế hoạch số 08/KH-UBND' (15 triệu đồng/năm in the 2024 plan). No 2025 record is invented for it; see `inherits`.",
    inherits={"doc": A24, "span": "Mức hỗ trợ hoạt động cho mỗi Trung tâm học tập cộng đồng là 15 triệu đồng/năm từ ngân sách huyện."})
tgt(B25, "Mỗi lớp xóa mù chữ, chống tái mù chữ được hỗ trợ", "18 triệu đồng", 18000000.0, "VND", "literacy_class_budget",
    "Mỗi lớp xóa mù chữ, chống tái mù chữ được hỗ trợ 18 triệu đồng từ ngân sách huyện.", A4, year_basis="plan", kind="task")

AG = []
SV = "V. TỔ CHỨC THỰC HIỆN"


def ag(doc, item, agency, canonical, role, span, refs, ref_spans, own, deadlines=(), level="district", **extra):
    r = {"doc": doc, "agency": agency, "canonical": canonical, "level": level, "role": role,
         "n_tasks": len(ref_spans) + own, "span": span, "deadline_spans": list(deadlines), "item": item,
         "tier": "district", "section": SV, "refs": refs, "ref_spans": ref_spans}
    r.update(extra)
    AG.append(r)


# 2024
ag(A24, "1", "Phòng Giáo dục và Đào tạo", "education", "standing", A_V1, ["III.2", "III.3.a"],
   [A_III2a, A_III2b, A_III3a], 2, ["trước ngày 10/12/2024", "hoàn thành trước ngày 31/3/2024", "trong quý II/2024"],
   role_span="Là cơ quan thường trực")
ag(A24, "2", "Phòng Nội vụ", "home_affairs", "lead", A_V2, ["III.3.b"], [A_III3b], 1, ["hoàn thành trước ngày 15/11/2024"])
ag(A24, "3", "Phòng Văn hóa và Thông tin", "culture", "lead", A_V3, ["III.1", "III.5.a"], [A_III1a, A_III1b, A_III5a], 0,
   ["từ ngày 01/10 đến ngày 07/10/2024"])
ag(A24, "4", "Phòng Lao động - Thương binh và Xã hội", "labour", "lead", A_V4, ["III.4.b"], [A_III4b], 0)
ag(A24, "5", "Phòng Nông nghiệp và Phát triển nông thôn", "agriculture", "lead", A_V5, ["III.4.a"], [A_III4a], 0,
   coordinates_with=["Trạm Khuyến nông huyện"])
ag(A24, "6", "Phòng Tài chính - Kế hoạch", "finance", "lead",
   "Tham mưu bố trí kinh phí theo Mục IV; hướng dẫn các đơn vị thanh toán, quyết toán kinh phí theo quy định.", [], [], 2)
ag(A24, "7", "Trung tâm Văn hóa - Thông tin và Thể thao huyện", "culture_centre", "coordinate", A_V7, ["III.1.a"], [A_III1a], 1,
   note="Only 'Phối hợp' on the referenced item; its own task is the radio column.")
ag(A24, "8", "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện", "vocational_continuing_education", "coordinate",
   "Phối hợp thực hiện nhiệm vụ tại khoản 4 Mục III; cử giáo viên tham gia giảng dạy tại các Trung tâm học tập cộng đồng.",
   ["III.4"], [A_III4a, A_III4b], 1)
ag(A24, "9", "Ủy ban nhân dân các xã, thị trấn", "peoples_committee_lower", "lead", A_V9, ["III.5.b"], [A_III5b], 1,
   ["trước ngày 30/11/2024"], level="commune")
ag(A24, "10", "Đề nghị Hội Khuyến học huyện", "study_promotion_association", "request", A_V10, ["III.6"], [A_III6a, A_III6b], 1,
   level="organisation")
ag(A24, "11", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện", "fatherland_front",
   "request", A_V11, ["III.3.a"], [A_III3a], 1, level="organisation", is_group=True,
   members=["Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "các tổ chức chính trị - xã hội huyện"],
   note="Referenced item only as 'phối hợp'.")
# 2025
ag(B25, "1", "Phòng Giáo dục và Đào tạo", "education", "standing", B_V1, ["III.2", "III.3.a", "III.7"],
   [B_III2a, B_III2b, B_III3a, B_III7a, B_III7b], 1, ["trước ngày 05/12/2025", "hoàn thành trước ngày 15/10/2025"],
   role_span="Là cơ quan thường trực")
ag(B25, "2", "Phòng Nội vụ", "home_affairs", "lead", B_V2, ["III.3.b", "III.5.b"], [B_III3b, B_III5b], 0,
   ["hoàn thành trước ngày 15/11/2025", "hoàn thành trong quý III/2025"])
ag(B25, "3", "Phòng Văn hóa và Thông tin", "culture", "lead", B_V3, ["III.1", "III.5.a", "III.5.c"],
   [B_III1a, B_III1b, B_III5a, B_III5c], 0, ["từ ngày 01/10 đến ngày 07/10/2025"],
   note="III.1.a starts on page 1 and ends on page 2 (after the footer and running header); ref span = its page-2 half.")
ag(B25, "4", "Phòng Lao động - Thương binh và Xã hội", "labour", "lead", B_V4, ["III.4.c"], [B_III4c], 0)
ag(B25, "5", "Phòng Nông nghiệp và Phát triển nông thôn", "agriculture", "lead", B_V5, ["III.4.a"], [B_III4a], 0)
ag(B25, "6", "Phòng Kinh tế và Hạ tầng", "economy_infrastructure", "lead", B_V6, ["III.4.b"], [B_III4b], 0,
   coordinates_with=["Ban Quản lý Khu du lịch Gành Đá Đĩa"], note="Not named in the 2024 plan.")
ag(B25, "7", "Phòng Tài chính - Kế hoạch", "finance", "lead", B_V7, [], [], 2)
ag(B25, "8", "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện", "vocational_continuing_education", "coordinate",
   B_V8, ["III.4.c", "III.7"], [B_III4c, B_III7a, B_III7b], 0)
ag(B25, "9", "Ủy ban nhân dân các xã, thị trấn", "peoples_committee_lower", "lead", B_V9, ["III"], [], 1,
   ["trước ngày 25/11/2025"], level="commune",
   note="'Tổ chức thực hiện các nhiệm vụ của Mục III trên địa bàn' (all of III, not expanded); the named members below lead III.2.b.")
ag(B25, "9", "Ủy ban nhân dân xã An Ninh Tây và thị trấn Chí Thạnh", "peoples_committee_lower", "lead", B_V9, ["III.2.b"],
   [B_III2b], 0, level="commune", parent="9", is_group=True,
   members=["Ủy ban nhân dân xã An Ninh Tây", "Ủy ban nhân dân thị trấn Chí Thạnh"])
ag(B25, "10", "Đề nghị Hội Khuyến học huyện", "study_promotion_association", "request", B_V10, ["III.6"],
   [B_III6a, B_III6b], 0, level="organisation")
ag(B25, "11", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện", "fatherland_front",
   "request", "Tuyên truyền, vận động đoàn viên, hội viên tham gia học tập;", [], [], 1, level="organisation", is_group=True,
   members=["Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "các tổ chức chính trị - xã hội huyện", "Huyện đoàn"])
ag(B25, "11", "Huyện đoàn", "youth_union", "coordinate", B_DOAN1, ["III.5.a"], [B_III5a], 0, level="organisation",
   parent="11", alt_spans=[B_DOAN2],
   note="Named inline in item 11; its sentence is cut by the page footer 'Trang 3/4' and page 4's running header ('Huyện đoàn phối' | 'hợp thực hiện …').")


def main():
    for r in T:
        check_span(r["doc"], r["span"])
        for s in r.get("alt_spans", []):
            check_span(r["doc"], s)
        if r.get("inherits"):
            check_span(r["inherits"]["doc"], r["inherits"]["span"])
        if norm(r["value"]).lower() not in norm(r["span"]).lower():
            raise SystemExit(f"value {r['value']!r} not in {r['span']!r}")
    for r in AG:
        for s in [r["span"]] + r["deadline_spans"] + r["ref_spans"] + r.get("alt_spans", []):
            check_span(r["doc"], s)
        if r.get("role_span"):
            check_span(r["doc"], r["role_span"])
    for p in PLANS:
        for k in ("number", "title"):
            if norm(p[k]) not in text(p["id"]):
                raise SystemExit(f"{p['id']}: {k} not in text")
        if norm(p["signer"]["name"]) not in text(p["id"]):
            raise SystemExit(f"{p['id']}: signer not in text")
    os.makedirs(OUT, exist_ok=True)
    for name, rows in (("plans.jsonl", PLANS), ("targets.jsonl", T), ("agencies.jsonl", AG)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote gold44: {len(PLANS)} plans, {len(T)} targets, {len(AG)} agencies")


if __name__ == "__main__":
    main()
