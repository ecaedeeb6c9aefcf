"""Write eval/sets/gold60/ (plans.jsonl, targets.jsonl, agencies.jsonl) for the two set-60 plans.

    python eval/sets/src60/gold_src60.py

Refuses to write if a span (span, alt_spans, deadline_spans, also_spans) is missing from the plan's extracted,
normalised text, a text-line target's value is not in its span, or a plan's number, title or signer is not in its text.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = os.path.dirname(HERE)
sys.path.insert(0, SETS)
sys.path.insert(0, HERE)
import check_sets  # noqa: E402
from questions_src60 import (  # noqa: E402
    D_HEAD,
    D_KP1,
    D_MV1,
    D_MV2,
    D_MV3,
    D_NOTE,
    D_ROW,
    D_SK,
    D_T1,
    D_T2,
    D_T3,
    D_T4,
    D_T5,
    P_A1,
    P_A2,
    P_A3,
    P_A4,
    P_III5,
    P_KP,
    P_TA,
    P_TB,
    P_TC,
    P_TD,
    P_TDD,
    P_TE,
    D,
    P,
)

OUT = os.path.join(SETS, "gold60")

PLANS = [
    {"id": D,
     "title": "Phối hợp xây dựng xã hội học tập, nâng cao dân trí cho ngư dân và cư dân khu vực biên giới biển thành phố Hải Phòng giai đoạn 2026 - 2028",
     "locality": "Hải Phòng", "level": "cơ quan quân sự cấp thành phố (Bộ đội Biên phòng)", "parents": ["Hải Phòng"],
     "number": "96/KH-BCH", "issued": "2026-01-20", "period": "2026-2028",
     "issuer": "Bộ Chỉ huy Bộ đội Biên phòng thành phố Hải Phòng", "issuer_kind": "border_guard_command",
     "parent_body": "Bộ Tư lệnh Bộ đội Biên phòng",
     "signer": {"name": "Nguyễn Quang Tùng", "capacity": "CHỈ HUY TRƯỞNG", "rank": "Đại tá"},
     "implements": ["Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ",
                    "Kế hoạch số 108/KH-UBND ngày 06/5/2025 của Ủy ban nhân dân thành phố Hải Phòng",
                    "Hướng dẫn số 210/HD-BTL ngày 25/12/2025 của Bộ Tư lệnh Bộ đội Biên phòng",
                    "Chương trình phối hợp số 05/CTPH-BCH-HKH ngày 12/11/2025"],
     "units": ["Đồn Biên phòng Bạch Long Vĩ", "Đồn Biên phòng Cát Hải", "Đồn Biên phòng Đồ Sơn",
               "Đồn Biên phòng Cửa khẩu cảng Hải Phòng", "Hải đội Biên phòng 2"],
     "heading_numbering": {"source": "numbering linked to the Heading 1 / Heading 2 styles (styles.xml), no numPr on the paragraphs",
                           "sections": {"I": "MỤC ĐÍCH, YÊU CẦU", "II": "CHỈ TIÊU", "III": "NHIỆM VỤ VÀ GIẢI PHÁP",
                                        "IV": "KINH PHÍ THỰC HIỆN", "V": "TỔ CHỨC THỰC HIỆN"},
                           "in_text": False},
     "ditto_cells": {"Như năm 2026": "the same figure as the row's Năm 2026 cell",
                     "Như năm 2027": "the same figure as the row's Năm 2027 cell"},
     "lunar_deadlines": ["trước ngày rằm tháng Giêng âm lịch (Ngày hội học tập của ngư dân)",
                         "trước ngày 15 tháng Chạp âm lịch hằng năm (học bổng)"],
     "seasons": {"classes": "tháng 7 - tháng 9 (tàu cá nằm bờ tránh trú bão)",
                 "no_group_classes": "vụ cá Bắc, tháng 12 - tháng 4 năm sau"},
     "note": "A Border Guard command plans with civilian bodies it cannot command: the Hội Khuyến học thành phố and the UBND of the đặc khu and coastal xã/phường are 'Đề nghị'. The section numbers I.-V. and the unit items 1.-7. are drawn by Word from the styles' numbering and are not text; the plan refers to 'Mục II' by that number."},
    {"id": P,
     "title": "Xây dựng xã hội học tập, phong trào “Học tập suốt đời” trên địa bàn đặc khu Bạch Long Vĩ năm 2026",
     "locality": "Bạch Long Vĩ", "level": "đặc khu", "parents": ["Hải Phòng"],
     "number": "14/KH-UBND", "issued": "2026-02-10", "period": "2026",
     "issuer": "Ủy ban nhân dân đặc khu Bạch Long Vĩ", "issuer_kind": "special_zone_peoples_committee",
     "parent_body": "Ủy ban nhân dân thành phố Hải Phòng",
     "signer": {"name": "Đoàn Văn Thịnh", "capacity": "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"},
     "implements": ["Kế hoạch số 108/KH-UBND ngày 06/5/2025 của Ủy ban nhân dân thành phố Hải Phòng",
                    "Kế hoạch số 96/KH-BCH ngày 20/01/2026 của Bộ Chỉ huy Bộ đội Biên phòng thành phố",
                    "Nghị quyết số 05-NQ/ĐU ngày 08/01/2026 của Đảng ủy đặc khu"],
     "amended_by": {"document": "Quyết định số 35/QĐ-UBND ngày 16/3/2026 của Ủy ban nhân dân đặc khu Bạch Long Vĩ",
                    "grounds": "Thông báo kết luận số 27-TB/ĐU ngày 05/3/2026 của Ban Thường vụ Đảng ủy đặc khu",
                    "where": "PHỤ LỤC ĐIỀU CHỈNH appended after the signature, on its own page, in the same PDF",
                    "changes": [{"what": "target II.c (kỹ năng số, người dân từ 15 tuổi trở lên)", "from": "ít nhất 60%", "to": "ít nhất 75%"},
                                {"what": "Ngày hội học tập trên đảo (III.5)", "from": "tháng 10/2026", "to": "tháng 8/2026"},
                                {"what": "new target in II", "to": "ít nhất 02 lớp tiếng Anh giao tiếp, Phòng Kinh tế chủ trì"},
                                {"what": "funding", "to": "+60 triệu đồng từ dự phòng ngân sách đặc khu"}],
                    "rest": "giữ nguyên"},
     "note": "A special zone (đặc khu) formed on 01/7/2025 with no lower tier; the body text still carries the superseded 60% and tháng 10/2026, and the annex overrides them."},
]


def t(doc, indicator, value, number, bound, unit, year, scope, section, span, concept, kind="objective", **extra):
    r = {"doc": doc, "indicator": indicator, "value": value, "number": number, "bound": bound, "unit": unit,
         "year": year, "scope": scope, "section": section, "span": span, "concept": concept, "kind": kind}
    r.update(extra)
    return r


SEC_D = "II. CHỈ TIÊU"
SEC_P = "II. CHỈ TIÊU NĂM 2026"
TARGETS = [
    t(D, "ngư dân, chủ tàu cá có tàu từ 15 mét trở lên … được phổ biến quy định về chống khai thác IUU", "100%", 100.0, "eq", "%", None,
      "tàu từ 15 mét trở lên đăng ký tại các cảng cá trên địa bàn", SEC_D, D_T1, "fisher_iuu_dissemination_share", year_basis="none"),
    t(D, "thuyền trưởng, máy trưởng tàu cá được bồi dưỡng kỹ năng sử dụng thiết bị giám sát hành trình và ứng dụng nhật ký khai thác điện tử",
      "ít nhất 90%", 90.0, "min", "%", 2028, "thuyền trưởng, máy trưởng tàu cá", SEC_D, D_T2, "skipper_vms_skills_share", year_basis="line"),
    t(D, "Xây dựng mới … “Tủ sách Biên phòng - Ngư dân”", "12", 12.0, "eq", "count", None, "các đồn, trạm và âu thuyền",
      SEC_D, D_T3, "border_guard_bookshelves_new", year_basis="none"),
    t(D, "suất học bổng “Nâng bước em tới trường” mỗi năm", "60", 60.0, "eq", "count", None, "con em ngư dân có hoàn cảnh khó khăn",
      SEC_D, D_T4, "fisher_children_scholarships_per_year", year_basis="none"),
    t(D, "mức học bổng", "2.000.000 đồng", 2000000.0, "eq", "VND", None, "mỗi suất", SEC_D, D_T4, "fisher_children_scholarship_amount",
      year_basis="none"),
    t(D, "mô hình “Tổ tàu cá học tập”", "ít nhất 01", 1.0, "min", "count", None, "mỗi đồn biên phòng", SEC_D, D_T5,
      "learning_fishing_crew_models_per_post", year_basis="none"),
]
# the per-unit classes table: ditto cells resolved to the year they name
TABLE = {"BLV": ("Đồn Biên phòng Bạch Long Vĩ", ["4", "Như năm 2026", "6"]),
         "CH": ("Đồn Biên phòng Cát Hải", ["8", "10", "Như năm 2027"]),
         "DS": ("Đồn Biên phòng Đồ Sơn", ["6", "Như năm 2026", "8"]),
         "CK": ("Đồn Biên phòng Cửa khẩu cảng Hải Phòng", ["3", "3", "4"]),
         "HD": ("Hải đội Biên phòng 2", ["2", "Như năm 2026", "Như năm 2026"]),
         "SUM": ("Cộng", ["23", "25", "30"])}
YEARS = [2026, 2027, 2028]
for key, (unit, cells) in TABLE.items():
    for i, cell in enumerate(cells):
        resolved = cell
        extra = {}
        if cell.startswith("Như năm"):
            resolved = cells[YEARS.index(int(cell[-4:]))]
            extra = {"ditto_of": f"Năm {cell[-4:]}", "alt_spans": [D_HEAD, D_NOTE]}
        else:
            extra = {"alt_spans": [D_HEAD]}
        TARGETS.append(t(D, "Số lớp phổ biến kiến thức pháp luật, kỹ năng cho ngư dân", cell, float(resolved), "eq", "classes",
                         YEARS[i], "toàn Bộ Chỉ huy" if key == "SUM" else unit, SEC_D + " › Bảng giao số lớp",
                         D_ROW[key], "fisher_legal_skills_classes", kind="task", year_basis="column",
                         table={"row": unit, "column": f"Năm {YEARS[i]}", "cell": cell}, **extra))
TARGETS += [
    t(D, "Tổng kinh phí giai đoạn 2026 - 2028", "1.650 triệu đồng", 1650000000.0, "approx", "VND", None, "", "IV. KINH PHÍ THỰC HIỆN",
      D_KP1, "plan_budget_total", kind="task", year_basis="none",
      parts={"ngân sách bảo đảm (Bộ Tư lệnh BĐBP)": "1.050 triệu đồng (350 triệu đồng/năm)", "xã hội hóa": "600 triệu đồng"}),
    t(P, "hộ gia đình trên đảo được phổ biến nội dung phong trào “Học tập suốt đời”", "100%", 100.0, "eq", "%", 2026, "hộ gia đình trên đảo",
      SEC_P, P_TA, "lifelong_learning_dissemination_households_share", year_basis="heading"),
    t(P, "hộ gia đình đạt danh hiệu “Gia đình học tập”", "Ít nhất 70%", 70.0, "min", "%", 2026, "", SEC_P, P_TB,
      "learning_family_share", year_basis="heading"),
    t(P, "người dân từ 15 tuổi trở lên có kỹ năng số cơ bản", "Ít nhất 60%", 60.0, "min", "%", 2026, "người dân từ 15 tuổi trở lên",
      SEC_P, P_TC, "basic_digital_skills_share", year_basis="heading", superseded_by="ít nhất 75%", status="superseded"),
    t(P, "tỷ lệ người dân từ 15 tuổi trở lên có kỹ năng số cơ bản", "ít nhất 75%", 75.0, "min", "%", 2026,
      "người dân từ 15 tuổi trở lên", "PHỤ LỤC ĐIỀU CHỈNH", P_A1, "basic_digital_skills_share", year_basis="plan",
      supersedes="Ít nhất 60%", status="in_force", alt_spans=[P_TC]),
    t(P, "Trung tâm học tập cộng đồng đặc khu tổ chức … chuyên đề trong năm", "ít nhất 24", 24.0, "min", "count", 2026, "",
      SEC_P, P_TD, "cltc_topics_per_year", year_basis="heading"),
    t(P, "chuyên đề về nuôi trồng, khai thác thủy sản bền vững", "08", 8.0, "eq", "count", 2026, "trong số chuyên đề của TTHTCĐ",
      SEC_P, P_TD, "cltc_fisheries_topics_per_year", year_basis="heading"),
    t(P, "trẻ em 5 tuổi được huy động ra lớp", "100%", 100.0, "eq", "%", 2026, "trẻ em 5 tuổi", SEC_P, P_TDD,
      "preschool_5yo_enrolment_share", year_basis="heading"),
    t(P, "Thư viện đặc khu và 02 tủ sách cộng đồng phục vụ … lượt bạn đọc trong năm", "ít nhất 3.000 lượt", 3000.0, "min", "count", 2026,
      "thư viện đặc khu và 02 tủ sách cộng đồng", SEC_P, P_TE, "library_visits_per_year", year_basis="heading"),
    t(P, "lớp tiếng Anh giao tiếp cho các hộ làm dịch vụ du lịch cộng đồng", "ít nhất 02", 2.0, "min", "count", 2026,
      "hộ làm dịch vụ du lịch cộng đồng", "PHỤ LỤC ĐIỀU CHỈNH", P_A3, "tourism_english_classes", year_basis="plan", status="added"),
    t(P, "Kinh phí thực hiện năm 2026", "420 triệu đồng", 420000000.0, "eq", "VND", 2026, "ngân sách đặc khu", "IV. KINH PHÍ", P_KP,
      "plan_budget_total", kind="task", year_basis="line",
      parts={"Trung tâm học tập cộng đồng": "150 triệu đồng", "sách, báo cho thư viện và tủ sách": "90 triệu đồng",
             "tuyên truyền và Ngày hội học tập": "phần còn lại (not stated)"}),
    t(P, "Bổ sung kinh phí … cho các lớp tiếng Anh giao tiếp", "60 triệu đồng", 60000000.0, "eq", "VND", 2026,
      "nguồn dự phòng ngân sách đặc khu", "PHỤ LỤC ĐIỀU CHỈNH", P_A4, "plan_budget_addition", kind="task", year_basis="plan",
      status="added"),
]


def a(doc, item, agency, canonical, level, tier, role, n_tasks, span, deadline_spans, **extra):
    r = {"doc": doc, "item": item, "agency": agency, "canonical": canonical, "level": level, "tier": tier, "role": role,
         "n_tasks": n_tasks, "span": span, "deadline_spans": deadline_spans, "section": "V. TỔ CHỨC THỰC HIỆN"}
    r.update(extra)
    return r


AGENCIES = [
    a(D, "1", "Phòng Chính trị", "political_department", "organisation", "border_guard_command", "standing", 3,
      "Là cơ quan thường trực, tham mưu cho Đảng ủy, Chỉ huy Bộ Chỉ huy triển khai Kế hoạch", ["trước ngày 25/11 hằng năm"],
      item_in_text=False),
    a(D, "2", "Phòng Tham mưu", "staff_department", "organisation", "border_guard_command", "lead", 2,
      "Chỉ đạo các đồn biên phòng, Hải đội Biên phòng 2 bố trí lực lượng, phương tiện bảo đảm an toàn cho lớp học trên biển",
      [], item_in_text=False),
    a(D, "3", "Phòng Hậu cần - Kỹ thuật", "logistics_technical_department", "organisation", "border_guard_command", "lead", 2,
      "Bảo đảm tài liệu, màn hình, loa truyền thanh cho các lớp", ["hoàn thành trong quý III/2026"], item_in_text=False),
    a(D, "4", "Ban Tài chính", "finance", "organisation", "border_guard_command", "lead", 2,
      "Tham mưu phân bổ, quản lý kinh phí", ["trước ngày 15/12 hằng năm"], item_in_text=False,
      also_spans=["Ban Tài chính hướng dẫn lập dự toán, thanh quyết toán theo quy định tài chính trong Quân đội."]),
    a(D, "5", "Các đồn biên phòng và Hải đội Biên phòng 2", "border_guard_posts", "organisation", "border_guard_unit", "lead", 4,
      "Trực tiếp tổ chức các lớp theo số lớp được giao tại Mục II", ["trước ngày 15/11 hằng năm"], item_in_text=False,
      is_group=True, members=["Đồn Biên phòng Bạch Long Vĩ", "Đồn Biên phòng Cát Hải", "Đồn Biên phòng Đồ Sơn",
                              "Đồn Biên phòng Cửa khẩu cảng Hải Phòng", "Hải đội Biên phòng 2"],
      other_deadline_spans=[D_MV1, D_MV2]),
    a(D, "6", "Đề nghị Hội Khuyến học thành phố Hải Phòng", "study_promotion_association", "province", "association", "request", 2,
      "Phối hợp vận động nguồn tài trợ học bổng", [], item_in_text=False, other_deadline_spans=[D_MV3]),
    a(D, "7", "Đề nghị Ủy ban nhân dân các đặc khu Cát Hải, Bạch Long Vĩ và các xã, phường ven biển", "peoples_committee_lower",
      "commune", "special_zone_and_commune", "request", 2, "Phối hợp bố trí địa điểm học tập, huy động ngư dân tham gia", [],
      item_in_text=False, is_group=True, members=["UBND đặc khu Cát Hải", "UBND đặc khu Bạch Long Vĩ", "UBND các xã, phường ven biển"]),
    a(P, "1", "Phòng Văn hóa - Xã hội", "culture_society", "commune", "special_zone", "standing", 3,
      "là cơ quan thường trực, tham mưu Ủy ban nhân dân đặc khu triển khai Kế hoạch", ["trước ngày 05/12/2026"]),
    a(P, "2", "Phòng Kinh tế", "economy", "commune", "special_zone", "lead", 2,
      "bồi dưỡng kiến thức du lịch cộng đồng, nuôi trồng thủy sản cho các hộ dân", [],
      also_spans=[P_A3], note="the annex adds the English classes (chủ trì)"),
    a(P, "3", "Trung tâm học tập cộng đồng đặc khu", "community_learning_centre", "commune", "special_zone", "lead", 2,
      "xây dựng chương trình, lịch chuyên đề năm 2026", ["trước ngày 28/02/2026"]),
    a(P, "4", "Trường Tiểu học và Trung học cơ sở Bạch Long Vĩ", "schools", "commune", "special_zone", "lead", 2,
      "duy trì phổ cập giáo dục; mở lớp tin học cơ bản cho phụ huynh vào buổi tối trong kỳ nghỉ hè", []),
    a(P, "5", "Công an đặc khu", "police", "commune", "special_zone", "lead", 1,
      "hướng dẫn người dân kích hoạt tài khoản định danh điện tử mức độ 2", []),
    a(P, "6", "Đề nghị Đồn Biên phòng Bạch Long Vĩ", "border_guard_posts", "organisation", "border_guard_unit", "request", 2,
      "phối hợp mở lớp cho ngư dân theo Kế hoạch số 96/KH-BCH", []),
    a(P, "7", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam đặc khu", "fatherland_front", "commune", "special_zone", "request", 2,
      "vận động hội viên, đoàn viên tham gia học tập", []),
]


def main():
    problems = []
    for n, r in enumerate(TARGETS, 1):
        tx = check_sets.text_of(r["doc"])
        for s in [r["span"]] + r.get("alt_spans", []):
            if check_sets.norm(s) not in tx:
                problems.append(f"target {n}: span missing {s[:70]!r}")
        if r.get("table") is None and check_sets.norm(r["value"]).lower() not in check_sets.norm(r["span"]).lower():
            problems.append(f"target {n}: value {r['value']!r} not in span")
    for n, r in enumerate(AGENCIES, 1):
        tx = check_sets.text_of(r["doc"])
        for s in [r["span"]] + r["deadline_spans"] + r.get("also_spans", []) + r.get("other_deadline_spans", []):
            if check_sets.norm(s) not in tx:
                problems.append(f"agency {n}: span missing {s[:70]!r}")
    for r in PLANS:
        tx = check_sets.text_of(r["id"])
        for s in (r["number"], r["title"], r["signer"]["name"]):
            if check_sets.norm(s) not in tx:
                problems.append(f"plan {r['id']}: {s!r} not in text")
    for s in (D_SK, P_A2, P_III5):
        if check_sets.norm(s) not in check_sets.text_of(D if s == D_SK else P):
            problems.append(f"span missing {s[:60]!r}")
    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} problems: nothing written")
        return 1
    os.makedirs(OUT, exist_ok=True)
    for name, rows in (("plans.jsonl", PLANS), ("targets.jsonl", TARGETS), ("agencies.jsonl", AGENCIES)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {OUT}: {len(PLANS)} plans, {len(TARGETS)} targets, {len(AGENCIES)} agencies")
    return 0


if __name__ == "__main__":
    sys.exit(main())
