"""Gold tables of set 56 (gold56/): plans.jsonl, targets.jsonl, agencies.jsonl, written by hand from plans56/.

    python eval/sets/src56/gold_src56.py      # refuses to write if a span is not in the extracted text
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = os.path.dirname(HERE)
sys.path.insert(0, SETS)
sys.path.insert(0, HERE)
import check_sets  # noqa: E402
from questions_src56 import (  # noqa: E402
    C_CA,
    C_CBCC,
    C_DENGHI,
    C_GDHT,
    C_HCC,
    C_HEAD,
    C_KNS,
    C_KP,
    C_KP1,
    C_KP2,
    C_KP3,
    C_KP4,
    C_KT,
    C_ROWS,
    C_THON,
    C_TOTAL,
    C_TRUONG,
    C_TT2,
    C_TTHT,
    C_TUYENTRUYEN,
    C_VHXH,
    C_VP,
    C_XMC,
    H_CD,
    H_CDOAN,
    H_CNTT,
    H_DD1,
    H_DD2,
    H_ELEARN,
    H_HEAD,
    H_KHOA,
    H_KHTH,
    H_NANG,
    H_NN,
    H_NOTE,
    H_QUY,
    H_R1,
    H_R2,
    H_R3,
    H_R4,
    H_R5,
    H_R6,
    H_R7,
    H_R8,
    H_SHKH,
    H_SOKET,
    H_TCCB,
    H_TCKT,
    H_TONG,
    H_TTDT1,
    H_TTDT2,
    C,
    H,
)

OUT = os.path.join(SETS, "gold56")

PLANS = [
    {"id": H, "title": "Xây dựng “Bệnh viện học tập” (Đơn vị học tập) giai đoạn 2026 - 2030", "locality": "Phú Thọ",
     "level": "đơn vị sự nghiệp", "parents": ["Phú Thọ"], "number": "1286/KH-BVĐK", "issued": "2026-03-20",
     "period": "2026-2030", "issuer": "Bệnh viện Đa khoa tỉnh Phú Thọ", "issuer_kind": "hospital",
     "parent_body": "Sở Y tế tỉnh Phú Thọ", "signer": {"name": "Hà Minh Khôi", "capacity": "GIÁM ĐỐC"},
     "implements": ["Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ",
                    "Kế hoạch số 645/KH-SYT ngày 12/02/2026 của Sở Y tế tỉnh Phú Thọ"],
     "laws": ["Luật Khám bệnh, chữa bệnh năm 2023", "Luật Viên chức năm 2010, được sửa đổi, bổ sung năm 2019"],
     "proposed_by": "Trưởng phòng Tổ chức cán bộ",
     "milestones": {"2027": "sơ kết giữa kỳ (quý IV năm 2027)", "2030": "tổng kết (quý IV năm 2030)"},
     "embedded_parts": [{"kind": "w:altChunk", "part": "word/afchunk1.htm", "content_type": "text/html",
                         "relationship": "aFChunk", "holds": "Bảng: Chỉ tiêu theo nhóm viên chức (II.2) and its Ghi chú"}],
     "note": "A hospital's own plan (an đơn vị sự nghiệp under the Sở Y tế): bodies are its own phòng, trung tâm, khoa, "
             "Công đoàn cơ sở and Chi đoàn; the targets table exists only in the altChunk HTML part."},
    {"id": C, "title": "Thực hiện xây dựng xã hội học tập năm 2026", "locality": "Trường Lâm", "level": "xã",
     "parents": ["Thanh Hóa"], "number": "27/KH-UBND", "issued": "2026-01-16", "period": "2026",
     "issuer": "Ủy ban nhân dân xã Trường Lâm", "issuer_kind": "peoples_committee",
     "formed_from": ["xã Tân Trường", "xã Trường Lâm"], "former_parent": "thị xã Nghi Sơn", "formed_on": "2025-07-01",
     "areas": {"Khu vực xã Tân Trường cũ": ["Thôn Tân Hòa", "Thôn Tân Phúc", "Thôn Đồng Cao", "Thôn Hải Lâm",
                                            "Thôn Bắc Sơn"],
               "Khu vực xã Trường Lâm cũ": ["Thôn Liên Trung", "Thôn Trường Sơn", "Thôn Minh Lâm", "Thôn Khánh Vân",
                                            "Thôn Tiến Thắng"]},
     "signer": {"name": "Đỗ Thị Hải Yến", "capacity": "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"},
     "implements": ["Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ",
                    "Kế hoạch số 38/KH-UBND ngày 05/01/2026 của Ủy ban nhân dân tỉnh Thanh Hóa"],
     "laws": ["Luật Tổ chức chính quyền địa phương năm 2025",
              "Nghị quyết số 1686/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội",
              "Nghị quyết số 12/NQ-HĐND ngày 24/12/2025 của Hội đồng nhân dân xã"],
     "container": {"format": "MHTML (multipart/related, text/html part quoted-printable)", "saved_by": "Blink",
                   "snapshot_url": "https://truonglam.thanhhoa.gov.vn/van-ban/ke-hoach-thuc-hien-xay-dung-xa-hoi-hoc-tap-nam-2026.html",
                   "portal_posted": "2026-01-19", "portal_noise": ["top bar", "banner", "left menu (DANH MỤC)",
                                                                  "breadcrumb", "Ngày đăng / Lượt xem",
                                                                  "Tệp đính kèm", "Tin liên quan", "footer"]},
     "note": "A post-reform commune's annual plan; the portal's 'Ngày đăng: 19/01/2026' is the posting date, not the "
             "issue date (16/01/2026); the 'Tin liên quan' titles are other pages, not part of this plan."},
]

HS = "II. MỤC TIÊU › 2. Chỉ tiêu cụ thể theo nhóm viên chức › Bảng: Chỉ tiêu theo nhóm viên chức"
H_ROWS = [  # span, group, indicator, concept, v2027, v2030, unit
    (H_R1, "Bác sĩ", "Số giờ đào tạo liên tục (CME) tối thiểu mỗi người mỗi năm", "doctor_cme_hours_per_year",
     "32 giờ", "40 giờ", "hours_per_person_year"),
    (H_R2, "Điều dưỡng, hộ sinh", "Số giờ đào tạo liên tục (CME) tối thiểu mỗi người mỗi năm",
     "nurse_cme_hours_per_year", "24 giờ", "32 giờ", "hours_per_person_year"),
    (H_R3, "Điều dưỡng, hộ sinh", "Tỷ lệ có trình độ đại học trở lên", "nurse_university_degree_share", "45%", "60%",
     "%"),
    (H_R4, "Kỹ thuật viên", "Tỷ lệ có trình độ đại học trở lên", "technician_university_degree_share", "50%", "70%",
     "%"),
    (H_R5, "Viên chức dưới 40 tuổi", "Tỷ lệ có chứng chỉ ngoại ngữ bậc 3 (B1) trở lên",
     "young_staff_foreign_language_cert_share", "30%", "50%", "%"),
    (H_R6, "Toàn thể viên chức, người lao động", "Tỷ lệ đạt chuẩn kỹ năng sử dụng công nghệ thông tin cơ bản",
     "staff_basic_it_standard_share", "90%", "100%", "%"),
    (H_R7, "Viên chức khối hành chính", "Tỷ lệ được bồi dưỡng kỹ năng giao tiếp, phục vụ người bệnh",
     "admin_staff_patient_service_training_share", "100%", "100%", "%"),
    (H_R8, "Các khoa, phòng", "Tỷ lệ đạt danh hiệu “Khoa, phòng học tập”", "learning_department_share", "60%", "85%",
     "%"),
]


def num(v):
    return float(v.split()[0].replace("%", "").replace(".", "").replace(",", "."))


def targets():
    out = []
    for span, group, ind, concept, v27, v30, unit in H_ROWS:
        for year, v in ((2027, v27), (2030, v30)):
            out.append({"doc": H, "indicator": ind, "value": v, "number": num(v), "bound": "min" if "tối thiểu" in ind
                        else "eq", "unit": unit, "year": year, "scope": group, "section": HS, "span": span,
                        "concept": concept, "kind": "objective", "year_basis": "column",
                        "table": {"row": f"{group} | {ind}", "column": f"Năm {year}", "cell": v},
                        "alt_spans": [H_HEAD, H_NOTE]})

    def rec(doc, ind, value, number, bound, unit, year, scope, section, span, concept, kind, basis, **kw):
        r = {"doc": doc, "indicator": ind, "value": value, "number": number, "bound": bound, "unit": unit,
             "year": year, "scope": scope, "section": section, "span": span, "concept": concept, "kind": kind,
             "year_basis": basis}
        r.update(kw)
        out.append(r)

    rec(H, "“Thư viện bài giảng điện tử” … bài giảng", "ít nhất 150", 150.0, "min", "count", 2026, "",
        "III. NHIỆM VỤ, GIẢI PHÁP › 2. Đổi mới đào tạo liên tục", H_ELEARN, "elearning_lectures_count", "task", "line")
    rec(H, "điều dưỡng, hộ sinh, kỹ thuật viên … đi học liên thông đại học, mỗi năm", "ít nhất 25", 25.0, "min",
        "count", None, "điều dưỡng, hộ sinh, kỹ thuật viên trình độ cao đẳng", "III. NHIỆM VỤ, GIẢI PHÁP › 3. Đào tạo nâng chuẩn",
        H_NANG, "staff_sent_to_bridging_degree_per_year", "task", "none")
    rec(H, "hỗ trợ … học phí", "50%", 50.0, "eq", "%", None, "", "III. NHIỆM VỤ, GIẢI PHÁP › 3. Đào tạo nâng chuẩn",
        H_NANG, "tuition_support_share", "task", "none")
    rec(H, "hỗ trợ học phí tối đa", "tối đa 15 triệu đồng/người/khóa học", 15000000.0, "max", "VND", None, "",
        "III. NHIỆM VỤ, GIẢI PHÁP › 3. Đào tạo nâng chuẩn", H_NANG, "tuition_support_max", "task", "none")
    rec(H, "lớp tiếng Anh chuyên ngành y … mỗi năm", "02 lớp", 2.0, "eq", "count", None, "",
        "III. NHIỆM VỤ, GIẢI PHÁP › 4. Ngoại ngữ và công nghệ thông tin", H_NN, "english_classes_per_year", "task", "none")
    rec(H, "buổi sinh hoạt khoa học mỗi tháng (mỗi khoa lâm sàng)", "ít nhất 01", 1.0, "min", "count", None,
        "khoa lâm sàng", "II. MỤC TIÊU › 2. Chỉ tiêu cụ thể theo nhóm viên chức", H_SHKH,
        "scientific_sessions_per_month", "objective", "none")
    rec(H, "sáng kiến cải tiến … mỗi năm (mỗi khoa, phòng)", "ít nhất 01", 1.0, "min", "count", None, "khoa, phòng",
        "II. MỤC TIÊU › 2. Chỉ tiêu cụ thể theo nhóm viên chức", H_SHKH, "improvement_initiatives_per_year",
        "objective", "none")
    rec(H, "Tổng kinh phí dự kiến giai đoạn 2026 - 2030", "6,8 tỷ đồng", 6.8e9, "eq", "VND", None, "",
        "IV. KINH PHÍ THỰC HIỆN", H_TONG, "plan_budget", "objective", "none")
    rec(H, "kinh phí năm 2026", "1,2 tỷ đồng", 1.2e9, "eq", "VND", 2026, "", "IV. KINH PHÍ THỰC HIỆN", H_TONG,
        "plan_annual_budget", "objective", "line")
    rec(H, "Quỹ “Khuyến học Bệnh viện” … mức vận động", "30.000 đồng/người/quý", 30000.0, "eq", "VND", None,
        "đoàn viên", "IV. KINH PHÍ THỰC HIỆN", H_QUY, "internal_learning_fund_contribution", "objective", "none")
    rec(H, "Quỹ thưởng … chứng chỉ ngoại ngữ bậc 4 (B2) trở lên", "1.000.000 đồng", 1000000.0, "eq", "VND", None,
        "viên chức", "IV. KINH PHÍ THỰC HIỆN", H_QUY, "language_certificate_award", "objective", "none")

    CS = "II. MỤC TIÊU, CHỈ TIÊU NĂM 2026 › 2. Chỉ tiêu chung toàn xã"
    rec(C, "hộ gia đình đạt danh hiệu “Gia đình học tập”", "65%", 65.0, "eq", "%", 2026, "hộ gia đình", CS, C_GDHT,
        "learning_family_share", "objective", "single_year_plan")
    rec(C, "dòng họ đạt danh hiệu “Dòng họ học tập”", "55%", 55.0, "eq", "%", 2026, "dòng họ", CS, C_GDHT,
        "learning_clan_share", "objective", "single_year_plan")
    rec(C, "người … được phổ cập kỹ năng số cơ bản qua phong trào “Bình dân học vụ số”", "80%", 80.0, "eq", "%", 2026,
        "trong độ tuổi từ 15 đến 60", CS, C_KNS, "digital_literacy_share", "objective", "single_year_plan")
    rec(C, "chuẩn xóa mù chữ", "mức độ 2", 2.0, "eq", "level", 2026, "", CS, C_XMC, "literacy_standard_level",
        "objective", "single_year_plan")
    rec(C, "người … chưa biết chữ hoặc tái mù chữ ra lớp xóa mù chữ", "ít nhất 15", 15.0, "min", "count", 2026,
        "trong độ tuổi từ 15 đến 60", CS, C_XMC, "literacy_class_enrolment_count", "objective", "single_year_plan")
    rec(C, "cán bộ, công chức xã được bồi dưỡng … chính quyền địa phương hai cấp và kỹ năng số", "100%", 100.0, "eq",
        "%", 2026, "cán bộ, công chức xã", CS, C_CBCC, "commune_officials_training_share", "objective",
        "single_year_plan")
    TS = "II. MỤC TIÊU, CHỈ TIÊU NĂM 2026 › 3. Chỉ tiêu giao từng thôn"
    cols = [("Gia đình học tập (%)", "learning_family_share", "%"), ("Dòng họ học tập (%)", "learning_clan_share", "%"),
            ("Lớp “Bình dân học vụ số” (lớp)", "digital_literacy_classes", "count")]
    for i, (thon, span) in enumerate(C_ROWS.items()):
        cells = span.split()[-4:-1]
        area = "Khu vực xã Tân Trường cũ" if i < 5 else "Khu vực xã Trường Lâm cũ"
        for (col, concept, unit), cell in zip(cols, cells, strict=True):
            rec(C, col, cell, float(cell), "eq", unit, 2026, f"Thôn {thon} ({area})", TS, span, concept, "objective",
                "single_year_plan", table={"row": f"Thôn {thon}", "column": col, "cell": cell}, alt_spans=[C_HEAD])
    for (col, concept, unit), cell in zip(cols, ["65", "55", "24"], strict=True):
        rec(C, col, cell, float(cell), "eq", unit, 2026, "Toàn xã", TS, C_TOTAL, concept, "objective",
            "single_year_plan", table={"row": "Toàn xã", "column": col, "cell": cell}, alt_spans=[C_HEAD])
    rec(C, "Công nhận “Cộng đồng học tập” cấp thôn", "04 thôn", 4.0, "eq", "count", 2026, "Toàn xã", TS, C_TOTAL,
        "learning_village_count", "objective", "single_year_plan",
        table={"row": "Toàn xã", "column": "Công nhận “Cộng đồng học tập” cấp thôn", "cell": "04 thôn"},
        alt_spans=[C_HEAD])
    rec(C, "chuyên đề trong năm 2026 (Trung tâm học tập cộng đồng)", "ít nhất 24", 24.0, "min", "count", 2026, "",
        "III. NHIỆM VỤ VÀ GIẢI PHÁP › 2. Củng cố Trung tâm học tập cộng đồng", C_TT2, "cltc_topics_per_year", "task",
        "line")
    rec(C, "tuyên truyền trên hệ thống loa truyền thanh của các thôn", "ít nhất 02 lần/tháng", 2.0, "min", "count",
        2026, "các thôn", "III. NHIỆM VỤ VÀ GIẢI PHÁP › 1. Tuyên truyền", C_TUYENTRUYEN, "loudspeaker_broadcasts_per_month",
        "task", "single_year_plan")
    KS = "IV. KINH PHÍ"
    rec(C, "Tổng kinh phí thực hiện Kế hoạch năm 2026", "185.000.000 đồng", 185000000.0, "eq", "VND", 2026, "", KS,
        C_KP, "plan_annual_budget", "objective", "line",
        parts=[{"item": "Trung tâm học tập cộng đồng", "value": 80000000.0, "span": C_KP1},
               {"item": "Bình dân học vụ số", "value": 45000000.0, "span": C_KP2},
               {"item": "Tuyên truyền", "value": 20000000.0, "span": C_KP3},
               {"item": "Khen thưởng", "value": 40000000.0, "span": C_KP4}])
    return out


def agencies():
    out = []
    VS = "V. TỔ CHỨC THỰC HIỆN"

    def a(doc, item, agency, canonical, level, tier, role, n, span, deadlines=(), **kw):
        r = {"doc": doc, "item": item, "agency": agency, "canonical": canonical, "level": level, "tier": tier,
             "role": role, "n_tasks": n, "span": span, "deadline_spans": list(deadlines), "section": VS}
        r.update(kw)
        out.append(r)

    o, hs = "organisation", "hospital"
    a(H, "1", "Phòng Tổ chức cán bộ", "hospital_personnel", o, hs, "standing", 2, H_TCCB,
      ["trước ngày 10 tháng 12 hằng năm", "quý IV năm 2027", "quý IV năm 2030"], also_spans=[H_SOKET])
    a(H, "2", "Trung tâm Đào tạo và Chỉ đạo tuyến", "hospital_training_centre", o, hs, "lead", 2, H_TTDT1,
      ["trước ngày 05 hằng tháng"], also_spans=[H_TTDT2])
    a(H, "3", "Phòng Điều dưỡng", "hospital_nursing", o, hs, "lead", 2, H_DD1, ["trước ngày 30 tháng 6 hằng năm"],
      also_spans=[H_DD2])
    a(H, "4", "Phòng Kế hoạch tổng hợp", "hospital_planning", o, hs, "lead", 1, H_KHTH)
    a(H, "5", "Phòng Tài chính kế toán", "finance", o, hs, "lead", 1, H_TCKT, ["trước ngày 15 tháng 11 hằng năm"])
    a(H, "6", "Phòng Công nghệ thông tin", "it_centre", o, hs, "lead", 1, H_CNTT)
    a(H, "7", "Các khoa lâm sàng, cận lâm sàng", "hospital_departments", o, hs, "lead", 1, H_KHOA,
      ["trước ngày 31 tháng 01 hằng năm"], is_group=True, members=["Các khoa lâm sàng", "Các khoa cận lâm sàng"])
    a(H, "8", "Công đoàn cơ sở Bệnh viện", "trade_union", o, hs, "lead", 1, H_CD)
    a(H, "9", "Chi đoàn Thanh niên Bệnh viện", "youth_union", o, hs, "lead", 1, H_CDOAN)

    cm = "commune"
    a(C, "1", "Phòng Văn hóa - Xã hội", "culture_society", cm, cm, "standing", 1, C_VHXH, ["trước ngày 05/12/2026"])
    a(C, "2", "Phòng Kinh tế", "economy", cm, cm, "lead", 1, C_KT)
    a(C, "3", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã", "office", cm, cm, "lead", 1, C_VP)
    a(C, "4", "Trung tâm Phục vụ hành chính công xã", "public_service_centre", cm, cm, "lead", 1, C_HCC)
    a(C, "5", "Trung tâm học tập cộng đồng xã", "community_learning_centre", cm, cm, "lead", 1, C_TTHT,
      also_spans=[C_TT2])
    a(C, "6", "Các trường Mầm non, Tiểu học, Trung học cơ sở trên địa bàn xã", "schools", cm, cm, "lead", 1,
      C_TRUONG, is_group=True, members=["Trường Mầm non", "Trường Tiểu học", "Trường Trung học cơ sở"])
    a(C, "7", "Công an xã", "police", cm, cm, "lead", 1, C_CA)
    a(C, "8", "Trưởng thôn các thôn", "village_heads", cm, cm, "lead", 1, C_THON,
      ["trước ngày 10/6/2026", "trước ngày 25/11/2026"])
    grp = ("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã, Hội Khuyến học xã và các tổ chức chính trị - xã hội")
    a(C, "9", grp, "fatherland_front", o, cm, "request", 1, C_DENGHI, is_group=True,
      members=["Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Hội Khuyến học xã", "các tổ chức chính trị - xã hội"])
    a(C, "9", "Hội Khuyến học xã", "study_promotion_association", o, cm, "request", 1, C_DENGHI, parent="9")
    return out


def main():
    problems = []
    t, g = targets(), agencies()
    for r in t + g:
        for s in [r["span"]] + r.get("alt_spans", []) + r.get("also_spans", []) + r.get("deadline_spans", []) + [
                p["span"] for p in r.get("parts", [])]:
            if check_sets.norm(s) not in check_sets.text_of(r["doc"]):
                problems.append(f"{r['doc']}: missing {s!r}")
    for p in PLANS:
        for k in ("number", "title"):
            if check_sets.norm(p[k]) not in check_sets.text_of(p["id"]):
                problems.append(f"{p['id']}: {k} missing")
    if problems:
        print("\n".join(problems))
        return 1
    os.makedirs(OUT, exist_ok=True)
    for name, rows in (("plans.jsonl", PLANS), ("targets.jsonl", t), ("agencies.jsonl", g)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"gold56: {len(PLANS)} plans, {len(t)} targets, {len(g)} agencies")
    return 0


if __name__ == "__main__":
    sys.exit(main())
