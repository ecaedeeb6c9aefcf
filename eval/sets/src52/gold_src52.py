"""Write set 52's gold tables (gold52/: plans.jsonl, targets.jsonl, agencies.jsonl), checked by hand against the text
as check_sets.py extracts it.

    python eval/sets/src52/gold_src52.py

Refuses to write if a span (or alt/deadline span) is missing from its plan after FORMAT.md's normalisation.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = os.path.dirname(HERE)
sys.path.insert(0, SETS)
sys.path.insert(0, HERE)
from check_sets import extract, norm  # noqa: E402
from questions_src52 import (  # noqa: E402
    CD1,
    CD2,
    CDS,
    CT1C,
    CT2C,
    CT3C,
    CT4C,
    CTC1,
    CTC2,
    DL2,
    DTN1,
    DTN2,
    GD1_DEF,
    GD2_DEF,
    HDR,
    KHTC1,
    KP1,
    KP2,
    KTCN,
    LIB1,
    LIB2,
    MUS1,
    MUS2,
    Q1,
    Q2,
    Q3,
    Q4,
    R_C,
    R_H,
    R_N,
    R_S,
    R_U,
    R_W,
    SO1,
    SO2,
    SO3,
    STAFF1,
    STAFF2,
    TC1,
    TC1_,
    TC2_,
    TC3_,
    TCCB,
    TCDL,
    TCKT,
    TRG,
    TTRA,
    UBT,
    VDT1,
    VHCS,
    VIEN,
    VPB,
    VPT,
    VTV,
    B,
    T,
)

OUT = os.path.join(SETS, "gold52")

PLANS = [
    {"id": B, "title": "Triển khai Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030” trong ngành Văn hóa, Thể thao và Du lịch",
     "locality": None, "level": "trung ương", "parents": [], "number": "2146/KH-BVHTTDL", "issued": "2022-06-16",
     "period": "2021-2030", "issuer": "Bộ Văn hóa, Thể thao và Du lịch", "issuer_kind": "ministry",
     "signer": {"name": "Trịnh Thị Thanh Hương", "capacity": "KT. BỘ TRƯỞNG / THỨ TRƯỞNG"},
     "scope": "nationwide, one sector (Văn hóa, Thể thao và Du lịch)",
     "phases": {"Giai đoạn I": "2021-2025", "Giai đoạn II": "2026-2030"},
     "defined_terms": ["Thiết chế học tập của ngành", "Sở", "Giai đoạn I", "Giai đoạn II"],
     "implements": ["Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ"],
     "note": "A ministry's plan with no province: tasks to the ministry's own Vụ, Cục, Tổng cục, Viện, Văn phòng Bộ, Thanh "
             "tra Bộ and Trung tâm, to the Sở of ALL provinces in general (\"Sở\" defined as three kinds of Sở), and a "
             "request to the provincial People's Committees. Target years come only from the Giải thích từ ngữ "
             "definitions of Giai đoạn I / II."},
    {"id": T, "title": "Xây dựng “Doanh nghiệp học tập” tại Tổng công ty Lắp máy Việt Nam - CTCP",
     "locality": None, "level": "doanh nghiệp", "parents": [], "number": "318/KH-LILAMA", "issued": "2023-03-09",
     "period": "2023-2030", "issuer": "Tổng công ty Lắp máy Việt Nam - CTCP", "issuer_kind": "enterprise",
     "owner_ministry": "Bộ Xây dựng", "abbreviation": {"TCT": "Tổng công ty Lắp máy Việt Nam - CTCP", "CĐCS": "Công đoàn cơ sở"},
     "signer": {"name": "Nguyễn Đình Khải", "capacity": "KT. TỔNG GIÁM ĐỐC / PHÓ TỔNG GIÁM ĐỐC"},
     "encoding": "UTF-16 LE with BOM, CRLF",
     "implements": ["Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ",
                    "Nghị quyết số 12/NQ-HĐQT ngày 15/02/2023 của Hội đồng quản trị Tổng công ty"],
     "note": "An enterprise's plan: tasks to its own Ban, Văn phòng, two colleges, công ty con (three named, the rest "
             "\"các công ty con khác\"), Công đoàn TCT and Đoàn Thanh niên TCT; targets per worker in a TAB-separated "
             "table (Năm 2025 | Năm 2030, the unit in the indicator's parentheses); an internal fund."},
]

SEC_B1 = "III. MỤC TIÊU › 2. Mục tiêu cụ thể › a) Giai đoạn I"
SEC_B2 = "III. MỤC TIÊU › 2. Mục tiêu cụ thể › b) Giai đoạn II"
SEC_T = "II. CHỈ TIÊU › Bảng chỉ tiêu xây dựng “Doanh nghiệp học tập”"


def tb(ind, value, number, year, span, concept, scope="", unit="%", bound="eq", kind="objective"):
    sec = SEC_B1 if year == 2025 else SEC_B2
    return {"doc": B, "indicator": ind, "value": value, "number": number, "bound": bound, "unit": unit, "year": year,
            "scope": scope, "section": sec, "span": span, "concept": concept, "kind": kind,
            "year_basis": "defined_phase", "alt_spans": [GD1_DEF if year == 2025 else GD2_DEF]}


def tt(ind, row_span, col, cell, unit, concept, scope=""):
    year = 2025 if col == "Năm 2025" else 2030
    return {"doc": T, "indicator": ind, "value": cell, "number": float(cell), "bound": "eq", "unit": unit, "year": year,
            "scope": scope, "section": SEC_T, "span": row_span, "concept": concept, "kind": "objective",
            "year_basis": "column", "table": {"row": ind, "column": col, "cell": cell}, "alt_spans": [HDR]}


TARGETS = [
    tb("thư viện công cộng cấp tỉnh cung cấp dịch vụ thư viện số", "70%", 70.0, 2025, LIB1, "digital_library_provincial_share", "thư viện công cộng cấp tỉnh"),
    tb("thư viện cấp huyện được kết nối liên thông với thư viện cấp tỉnh", "40%", 40.0, 2025, LIB1, "district_library_connected_share", "thư viện cấp huyện"),
    tb("bảo tàng công lập có chương trình giáo dục di sản dành cho học sinh", "50%", 50.0, 2025, MUS1, "museum_heritage_education_share", "bảo tàng công lập"),
    tb("công chức, viên chức của Bộ được bồi dưỡng kỹ năng số", "70%", 70.0, 2025, STAFF1, "civil_servants_digital_training_share", "công chức, viên chức của Bộ"),
    tb("trung tâm văn hóa cấp tỉnh tổ chức lớp năng khiếu, kỹ năng miễn phí mỗi năm", "ít nhất 06", 6.0, 2025, TC1, "cultural_centre_free_classes_per_year", "mỗi trung tâm văn hóa cấp tỉnh", unit="count", bound="min"),
    tb("thư viện công cộng cấp tỉnh cung cấp dịch vụ thư viện số", "100%", 100.0, 2030, LIB2, "digital_library_provincial_share", "thư viện công cộng cấp tỉnh"),
    tb("thư viện cấp huyện được kết nối liên thông với thư viện cấp tỉnh", "80%", 80.0, 2030, LIB2, "district_library_connected_share", "thư viện cấp huyện"),
    tb("bảo tàng công lập có chương trình giáo dục di sản dành cho học sinh", "80%", 80.0, 2030, MUS2, "museum_heritage_education_share", "bảo tàng công lập"),
    tb("di tích quốc gia đặc biệt có thuyết minh số", "60%", 60.0, 2030, MUS2, "special_national_relic_digital_guide_share", "di tích quốc gia đặc biệt"),
    tb("công chức, viên chức của Bộ được bồi dưỡng kỹ năng số", "100%", 100.0, 2030, STAFF2, "civil_servants_digital_training_share", "công chức, viên chức của Bộ"),
    tb("có chứng chỉ ngoại ngữ bậc 3 trở lên", "30%", 30.0, 2030, STAFF2, "civil_servants_foreign_language_cert_share", "công chức, viên chức của Bộ"),
    tb("điểm du lịch cộng đồng tổ chức lớp bồi dưỡng kỹ năng làm du lịch cho người dân địa phương", "50%", 50.0, 2030, DL2, "community_tourism_training_share", "điểm du lịch cộng đồng"),
    {"doc": B, "indicator": "Tổng kinh phí dự kiến", "value": "126 tỷ đồng", "number": 126e9, "bound": "approx", "unit": "VND",
     "year": None, "scope": "", "section": "V. KINH PHÍ THỰC HIỆN", "span": KP1, "concept": "plan_total_budget",
     "kind": "task", "parts": {"ngân sách trung ương": 78e9, "ngân sách địa phương": 30e9, "nguồn xã hội hóa": 18e9}},
    {"doc": B, "indicator": "ngân sách trung ương Giai đoạn I", "value": "32 tỷ đồng", "number": 32e9, "bound": "eq",
     "unit": "VND", "year": 2025, "scope": "Giai đoạn I", "section": "V. KINH PHÍ THỰC HIỆN", "span": KP2,
     "concept": "plan_phase_central_budget", "kind": "task", "year_basis": "defined_phase", "alt_spans": [GD1_DEF]},
]
for col, i in (("Năm 2025", 0), ("Năm 2030", 1)):
    for ind, row, cells, unit, concept in (
            ("Số giờ học tập, bồi dưỡng bình quân của mỗi người lao động (giờ/người/năm)", R_H, ("40", "60"), "hours_per_person_year", "worker_learning_hours_per_year"),
            ("Cán bộ quản lý có kỹ năng số cơ bản (%)", R_S, ("70", "100"), "%", "managers_digital_skills_share"),
            ("Kỹ sư, cán bộ chuyên môn có chứng chỉ ngoại ngữ bậc 3 trở lên (%)", R_N, ("25", "40"), "%", "engineers_foreign_language_cert_share"),
            ("Công nhân kỹ thuật được đào tạo lại, nâng bậc (%)", R_C, ("60", "90"), "%", "technical_workers_retrained_share"),
            ("Thợ hàn đạt chứng chỉ hàn quốc tế (người)", R_W, ("300", "800"), "count", "welders_international_cert_count"),
            ("Đơn vị trực thuộc, công ty con đạt danh hiệu “Đơn vị học tập” (%)", R_U, ("50", "100"), "%", "learning_unit_share")):
        TARGETS.append(tt(ind, row, col, cells[i], unit, concept, scope="Cơ quan TCT và các công ty con"))
TARGETS += [
    {"doc": T, "indicator": "Quỹ “Học tập - Phát triển nhân lực” của TCT, mức trích", "value": "3,5 tỷ đồng/năm",
     "number": 3.5e9, "bound": "eq", "unit": "VND", "year": None, "scope": "TCT", "section": "IV. KINH PHÍ", "span": Q1,
     "concept": "internal_learning_fund_annual", "kind": "task"},
    {"doc": T, "indicator": "kinh phí học tập của công ty con … quỹ tiền lương thực hiện hằng năm", "value": "1,5%",
     "number": 1.5, "bound": "min", "unit": "%", "year": None, "scope": "các công ty con", "section": "IV. KINH PHÍ",
     "span": Q2, "concept": "subsidiary_learning_budget_payroll_share", "kind": "task"},
    {"doc": T, "indicator": "Công đoàn TCT hỗ trợ phong trào “Tủ sách công nhân”", "value": "200 triệu đồng/năm",
     "number": 200e6, "bound": "eq", "unit": "VND", "year": None, "scope": "Công đoàn TCT", "section": "IV. KINH PHÍ",
     "span": Q3, "concept": "union_reading_support_annual", "kind": "task"},
    {"doc": T, "indicator": "Tổng kinh phí dự kiến giai đoạn 2023 - 2030", "value": "khoảng 46 tỷ đồng", "number": 46e9,
     "bound": "approx", "unit": "VND", "year": None, "scope": "", "section": "IV. KINH PHÍ", "span": Q4,
     "concept": "plan_total_budget", "kind": "task"},
    {"doc": T, "indicator": "khóa học trực tuyến mỗi đoàn viên thanh niên đăng ký mỗi năm", "value": "ít nhất 01",
     "number": 1.0, "bound": "min", "unit": "count", "year": None, "scope": "mỗi đoàn viên thanh niên",
     "section": "V. TỔ CHỨC THỰC HIỆN › 8. Đoàn Thanh niên TCT", "span": DTN2, "concept": "youth_online_courses_per_year",
     "kind": "task"},
]


def ag(doc, item, agency, canonical, role, n, span, deadlines=(), **kw):
    r = {"doc": doc, "item": item, "agency": agency, "canonical": canonical,
         "level": "ministry" if doc == B else "organisation", "tier": "central" if doc == B else "enterprise",
         "role": role, "n_tasks": n, "span": span, "deadline_spans": list(deadlines),
         "section": "VI. TỔ CHỨC THỰC HIỆN" if doc == B else "V. TỔ CHỨC THỰC HIỆN"}
    r.update(kw)
    return r


AGENCIES = [
    ag(B, "1", "Vụ Đào tạo", "ministry_training_department", "standing", 3, VDT1,
       ["trước ngày 20 tháng 12 hằng năm", "quý IV năm 2025", "quý IV năm 2030"],
       note="\"đơn vị đầu mối\": keyed standing; also chủ trì of Chương trình 4", also_span=CT4C),
    ag(B, "2", "Vụ Kế hoạch, Tài chính", "finance", "lead", 2, KHTC1),
    ag(B, "3", "Vụ Tổ chức cán bộ", "personnel", "lead", 1, TCCB, ["hoàn thành trong quý I năm 2023"]),
    ag(B, "4", "Vụ Thư viện", "libraries", "lead", 1, VTV, ["trước ngày 30 tháng 9 năm 2022"], also_span=CT1C),
    ag(B, "5", "Cục Di sản văn hóa", "cultural_heritage", "lead", 1, CDS, ["trước ngày 31 tháng 3 năm 2023"], also_span=CT2C),
    ag(B, "6", "Cục Văn hóa cơ sở", "grassroots_culture", "lead", 1, VHCS, also_span=CT3C),
    ag(B, "7", "Tổng cục Du lịch", "tourism", "lead", 1, TCDL, also_span=CT3C),
    ag(B, "8", "Viện Văn hóa Nghệ thuật quốc gia Việt Nam", "research_institute", "lead", 1, VIEN),
    ag(B, "9", "Văn phòng Bộ", "ministry_office", "coordinate", 1, VPB, is_group=False,
       note="item 9 heads \"Văn phòng Bộ, Trung tâm Công nghệ thông tin\": one line with a task for each"),
    ag(B, "9", "Trung tâm Công nghệ thông tin", "it_centre", "lead", 1, VPB, also_span=CT1C),
    ag(B, "10", "Thanh tra Bộ", "inspection", "lead", 1, TTRA),
    ag(B, "11", "Sở Văn hóa, Thể thao và Du lịch; Sở Văn hóa và Thể thao; Sở Du lịch các tỉnh, thành phố trực thuộc Trung ương",
       "culture", "lead", 3, SO1, ["trước ngày 31 tháng 10 năm 2022", "trước ngày 30 tháng 11 hằng năm"], level="province",
       tier="province", note="all provinces' Sở in general; no province named", extra_spans=[SO2, SO3]),
    ag(B, "12", "Đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "peoples_committee_lower", "request", 1,
       UBT, level="province", tier="province"),
    ag(B, "", "Thư viện Quốc gia Việt Nam", "national_library", "coordinate", 0, CT1C, parent="Chương trình 1"),
    ag(B, "", "Bảo tàng Lịch sử quốc gia", "national_museum", "coordinate", 0, CT2C, parent="Chương trình 2"),
    ag(B, "", "Vụ Gia đình", "family_affairs", "coordinate", 0, CT3C, parent="Chương trình 3"),
    ag(T, "1", "Ban Tổ chức - Nhân sự", "personnel", "standing", 3, TC1_,
       ["trước ngày 30 tháng 6 năm 2023", "trước ngày 25 tháng 12 hằng năm"], extra_spans=[TC2_, TC3_]),
    ag(T, "2", "Ban Tài chính - Kế toán", "finance", "lead", 1, TCKT, ["trước ngày 31 tháng 01 năm sau"]),
    ag(T, "3", "Văn phòng TCT", "enterprise_office", "lead", 1, VPT),
    ag(T, "4", "Ban Kỹ thuật - Công nghệ", "engineering", "lead", 1, KTCN, ["02 đợt/năm (tháng 5 và tháng 10)"]),
    ag(T, "5", "Trường Cao đẳng LILAMA 1 và Trường Cao đẳng LILAMA 2", "vocational_college", "lead", 1, TRG,
       is_group=True, members=["Trường Cao đẳng LILAMA 1", "Trường Cao đẳng LILAMA 2"]),
    ag(T, "6", "Các công ty con (LILAMA 10, LILAMA 18, LILAMA 69-1 và các công ty con khác)", "subsidiaries", "lead", 2, CTC1,
       ["trước ngày 31 tháng 01 hằng năm", "trước ngày 15 tháng 12 hằng năm"], is_group=True,
       members=["LILAMA 10", "LILAMA 18", "LILAMA 69-1"], extra_spans=[CTC2]),
    ag(T, "7", "Công đoàn TCT", "trade_union", "lead", 2, CD1, extra_spans=[CD2],
       note="directs the Công đoàn cơ sở (CĐCS) of the units; funds Tủ sách công nhân (IV)"),
    ag(T, "8", "Đoàn Thanh niên TCT", "youth_union", "lead", 2, DTN1, extra_spans=[DTN2]),
]


def main():
    problems = []
    for r in TARGETS + AGENCIES:
        t = norm(extract(r["doc"]))
        for s in [r["span"]] + r.get("alt_spans", []) + r.get("deadline_spans", []) + r.get("extra_spans", []) + (
                [r["also_span"]] if r.get("also_span") else []):
            if norm(s) not in t:
                problems.append(f"{r['doc']}: missing {s!r}")
    for r in TARGETS:
        if r.get("table") is None and norm(r["value"]).lower() not in norm(r["span"]).lower():
            problems.append(f"value {r['value']!r} not in span")
    for p in PLANS:
        t = norm(extract(p["id"]))
        for s in (p["number"], p["title"], p["signer"]["name"]):
            if norm(s) not in t:
                problems.append(f"{p['id']}: missing {s!r}")
    if problems:
        print("\n".join(problems))
        return 1
    os.makedirs(OUT, exist_ok=True)
    for name, rows in (("plans.jsonl", PLANS), ("targets.jsonl", TARGETS), ("agencies.jsonl", AGENCIES)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote gold52: {len(PLANS)} plans, {len(TARGETS)} targets, {len(AGENCIES)} agencies")
    return 0


if __name__ == "__main__":
    sys.exit(main())
