"""Write set 54's gold tables (gold54/: plans.jsonl, targets.jsonl, agencies.jsonl), checked against the text as
check_sets.py extracts it.

    python eval/sets/src54/gold_src54.py

Refuses to write if a span (span, alt_spans, also_span, deadline_spans) is missing from its plan after FORMAT.md's
normalisation.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = os.path.dirname(HERE)
sys.path.insert(0, SETS)
sys.path.insert(0, HERE)
from check_sets import extract, norm  # noqa: E402
from spans54 import (  # noqa: E402
    BAO,
    CA,
    CAX1,
    CAX2,
    CD,
    CTD,
    DN_H,
    DTN,
    E_CT1,
    E_CT2,
    E_CT3,
    E_CT4,
    E_TIME,
    F1A,
    G1,
    G2,
    G3,
    G4,
    G5,
    G6,
    G7,
    G8,
    G9,
    G10,
    G_H,
    HC,
    HKH,
    HPN,
    KHCN,
    LDLD,
    MT,
    NV,
    P_KP1,
    P_KP2,
    P_T1,
    P_T2,
    P_T3,
    P_T4,
    P_T5,
    P_T6,
    P_T7,
    P_Y27,
    P_Y30,
    QLHC,
    R1,
    R2,
    R3,
    R4,
    R5,
    R6,
    R7,
    R8,
    R9,
    SGD1,
    TC,
    TCCB1,
    TD,
    TM,
    TRAI,
    VH,
    XA1,
    E,
    P,
)

OUT = os.path.join(SETS, "gold54")

PLANS = [
    {"id": E, "title": "Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2026 trên địa bàn tỉnh Đồng Nai",
     "locality": "Đồng Nai", "level": "tỉnh", "parents": [], "number": "4127/KH-UBND", "issued": "2026-09-12",
     "period": "2026", "issuer": "Ủy ban nhân dân tỉnh Đồng Nai", "issuer_kind": "peoples_committee",
     "genre": "event", "event": {"name": "Tuần lễ hưởng ứng học tập suốt đời năm 2026", "start": "2026-10-01",
                                 "end": "2026-10-07",
                                 "theme": "Học tập suốt đời - Thích ứng và phát triển trong kỷ nguyên số",
                                 "slogans": 6, "schedule_rows": 9},
     "signer": {"name": "Trương Thị Mỹ Hạnh", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH",
                "source": "signature block (not the digital-signature stamps)"},
     "digital_signatures": [
         {"signed_by": "Ủy ban nhân dân tỉnh Đồng Nai", "kind": "organisation", "where": "page 1, top right",
          "time": "2026-09-12T09:15:33+07:00"},
         {"signed_by": "Trương Thị Mỹ Hạnh", "kind": "person", "where": "beside the signature block",
          "time": "2026-09-12T08:52:41+07:00"}],
     "implements": ["Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ",
                    "Công văn số 3865/BGDĐT-GDTX ngày 18/8/2026 của Bộ Giáo dục và Đào tạo",
                    "Kế hoạch số 96/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân tỉnh"],
     "note": "An event plan for one week; the 'Ký bởi' stamps are e-signature metadata in the text layer, not content."},
    {"id": P, "title": "Xây dựng “Đơn vị học tập” trong Công an tỉnh Đồng Nai giai đoạn 2026 - 2030",
     "locality": "Đồng Nai", "level": "tỉnh", "parents": [], "number": "312/KH-CAT-PX01", "issued": "2026-02-26",
     "period": "2026-2030", "issuer": "Công an tỉnh Đồng Nai", "issuer_kind": "provincial_police",
     "parent_body": "Bộ Công an", "circulation": "LƯU HÀNH NỘI BỘ",
     "signer": {"name": "Nguyễn Hữu Phước", "capacity": "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", "rank": "Đại tá"},
     "annex": {"kind": "gantt", "periods": ["Quý I/2026", "Quý II/2026", "Quý III/2026", "Quý IV/2026", "2027", "2028",
                                            "2029", "2030"],
               "marks": {"x": "thời gian thực hiện", "●": "thời điểm hoàn thành, báo cáo kết quả"}, "rows": 10},
     "implements": ["Luật Công an nhân dân năm 2018", "Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ",
                    "Hướng dẫn số 27/HD-BCA-X01 ngày 09/12/2025 của Bộ Công an",
                    "Kế hoạch số 96/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân tỉnh",
                    "Nghị quyết số 05-NQ/ĐU ngày 12/01/2026 của Đảng ủy Công an tỉnh"],
     "note": "A provincial police plan for its own units; tasks to phòng, Công an xã, phường, the Trại tạm giam and the "
             "police's own Đoàn Thanh niên, Công đoàn and Hội Phụ nữ; its Phụ lục is a Gantt grid (read a row a line)."},
]

SEC_E = "II. CHỦ ĐỀ, THỜI GIAN VÀ CHỈ TIÊU › 3. Chỉ tiêu"


def te(ind, value, number, span, concept, unit="%", bound="eq", scope=""):
    return {"doc": E, "indicator": ind, "value": value, "number": number, "bound": bound, "unit": unit, "year": 2026,
            "scope": scope, "section": SEC_E, "span": span, "concept": concept, "kind": "objective",
            "year_basis": "single_year_plan", "alt_spans": [E_TIME]}


def tp(ind, value, number, year, span, concept, unit="%", bound="eq", scope="", kind="objective", section=None):
    head = P_Y27 if year == 2027 else P_Y30
    sec = section or ("II. CHỈ TIÊU › " + head)
    return {"doc": P, "indicator": ind, "value": value, "number": number, "bound": bound, "unit": unit, "year": year,
            "scope": scope, "section": sec, "span": span, "concept": concept, "kind": kind, "year_basis": "heading",
            "alt_spans": [head] if section is None else []}


TARGETS = [
    te("xã, phường tổ chức các hoạt động hưởng ứng Tuần lễ", "100%", 100.0, E_CT1, "event_communes_participating_share", scope="xã, phường"),
    te("Trung tâm học tập cộng đồng tổ chức ít nhất 01 chuyên đề hoặc lớp học trong thời gian Tuần lễ", "Ít nhất 85%", 85.0, E_CT2, "event_cltc_activity_share", bound="min", scope="Trung tâm học tập cộng đồng"),
    te("lượt người tham gia các hoạt động của Tuần lễ", "ít nhất 250.000", 250000.0, E_CT3, "event_participations", unit="count", bound="min", scope="toàn tỉnh"),
    te("lớp “Bình dân học vụ số” cho người cao tuổi hoặc người lao động tự do trong Tuần lễ", "ít nhất 01", 1.0, E_CT4, "event_digital_literacy_classes_per_commune", unit="count", bound="min", scope="mỗi xã, phường"),
    {"doc": E, "indicator": "kinh phí tổ chức các hoạt động cấp tỉnh", "value": "780 triệu đồng", "number": 780000000.0,
     "bound": "eq", "unit": "VND", "year": 2026, "scope": "cấp tỉnh", "section": "IV. KINH PHÍ", "span": F1A,
     "concept": "event_budget", "kind": "task", "year_basis": "line",
     "parts": {"Lễ khai mạc và Lễ bế mạc": 320000000.0, "Triển lãm": 180000000.0,
               "Hội thi “Gia đình học tập tiêu biểu”": 150000000.0, "các hoạt động còn lại": 130000000.0},
     "alt_spans": []},
    tp("cán bộ, chiến sĩ có kế hoạch tự học cá nhân được thủ trưởng đơn vị phê duyệt", "100%", 100.0, 2027, P_T1, "personal_learning_plan_share", scope="cán bộ, chiến sĩ"),
    tp("phòng, Công an xã, phường đạt danh hiệu “Đơn vị học tập”", "Ít nhất 60%", 60.0, 2027, P_T2, "learning_unit_share", bound="min", scope="phòng, Công an xã, phường"),
    tp("cán bộ, chiến sĩ học tập, bồi dưỡng ngoài chương trình huấn luyện bắt buộc", "ít nhất 40 giờ/năm", 40.0, 2027, P_T3, "worker_learning_hours_per_year", unit="hours_per_person_year", bound="min", scope="mỗi cán bộ, chiến sĩ"),
    tp("phòng, Công an xã, phường đạt danh hiệu “Đơn vị học tập”", "Ít nhất 90%", 90.0, 2030, P_T4, "learning_unit_share", bound="min", scope="phòng, Công an xã, phường"),
    tp("cán bộ, chiến sĩ đạt chuẩn kỹ năng số cơ bản", "100%", 100.0, 2030, P_T5, "staff_digital_skills_share", scope="cán bộ, chiến sĩ"),
    tp("cán bộ làm công tác tiếp công dân sử dụng thành thạo Cổng dịch vụ công Bộ Công an", "100%", 100.0, 2030, P_T5, "public_service_portal_proficiency_share", scope="cán bộ làm công tác tiếp công dân"),
    tp("cán bộ, chiến sĩ dưới 35 tuổi có chứng chỉ ngoại ngữ bậc 2 trở lên", "Ít nhất 40%", 40.0, 2030, P_T6, "young_staff_foreign_language_cert_share", bound="min", scope="cán bộ, chiến sĩ dưới 35 tuổi"),
    tp("cán bộ Công an xã biết tiếng dân tộc nơi công tác ở mức giao tiếp", "100%", 100.0, 2030, P_T6, "ethnic_language_staff_share", scope="Công an xã ở các xã có đông đồng bào dân tộc thiểu số"),
    tp("cán bộ, chiến sĩ đạt danh hiệu “Cán bộ, chiến sĩ học tập”", "Ít nhất 75%", 75.0, 2030, P_T7, "learning_staff_title_share", bound="min", scope="cán bộ, chiến sĩ"),
    tp("kinh phí đào tạo, bồi dưỡng", "1,2 tỷ đồng/năm", 1200000000.0, None, P_KP1, "plan_annual_budget", unit="VND", kind="task", section="IV. KINH PHÍ"),
    tp("mức vận động đóng góp Quỹ “Chiến sĩ học tập”", "50.000 đồng/người/năm", 50000.0, None, P_KP2, "internal_learning_fund_contribution", unit="VND", kind="task", section="IV. KINH PHÍ"),
    tp("mức hỗ trợ của Quỹ “Chiến sĩ học tập”", "tối đa 3 triệu đồng/người/khóa", 3000000.0, None, P_KP2, "internal_learning_fund_support_max", unit="VND", bound="max", kind="task", section="IV. KINH PHÍ"),
    tp("buổi sinh hoạt chuyên đề về kỹ năng số của mỗi chi đoàn mỗi năm", "ít nhất 02", 2.0, None, DTN, "youth_branch_digital_sessions_per_year", unit="count", bound="min", kind="task", section="V. TỔ CHỨC THỰC HIỆN › 8. Đoàn Thanh niên, Công đoàn, Hội Phụ nữ Công an tỉnh"),
]
for t in TARGETS[-4:]:
    t["year_basis"] = "none (hằng năm / mỗi năm)"


def ag(doc, item, agency, canonical, role, n, span, deadlines=(), level="province", tier="province", **kw):
    r = {"doc": doc, "item": item, "agency": agency, "canonical": canonical, "level": level, "tier": tier, "role": role,
         "n_tasks": n, "span": span, "deadline_spans": list(deadlines), "section": "V. TỔ CHỨC THỰC HIỆN"}
    r.update(kw)
    return r


AGENCIES = [
    ag(E, "1", "Sở Giáo dục và Đào tạo", "education", "standing", 3, SGD1, ["trước ngày 28 tháng 9 năm 2026", "trước ngày 25 tháng 10 năm 2026"], schedule_rows=[R1, R7, R8]),
    ag(E, "2", "Sở Văn hóa, Thể thao và Du lịch", "culture", "lead", 1, VH, schedule_rows=[R2]),
    ag(E, "3", "Sở Khoa học và Công nghệ", "science_technology", "lead", 1, KHCN, ["trước ngày 25 tháng 9 năm 2026"], schedule_rows=[R5]),
    ag(E, "4", "Sở Tài chính", "finance", "lead", 1, TC),
    ag(E, "5", "Sở Nội vụ", "home_affairs", "coordinate", 1, NV, also_schedule_coordinate=[R6, R9]),
    ag(E, "6", "Công an tỉnh", "police", "lead", 1, CA),
    ag(E, "7", "Báo và Phát thanh, Truyền hình Đồng Nai", "media", "lead", 1, BAO, ["từ ngày 25 tháng 9 đến ngày 10 tháng 10 năm 2026"]),
    ag(E, "8", "Ủy ban nhân dân các xã, phường", "peoples_committee_lower", "lead", 2, XA1, ["trước ngày 15 tháng 10 năm 2026"], level="commune", tier="commune"),
    ag(E, "9", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Hội Khuyến học tỉnh, Tỉnh Đoàn, Liên đoàn Lao động tỉnh", "fatherland_front", "request", 4, MT, is_group=True,
       members=["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Hội Khuyến học tỉnh", "Tỉnh Đoàn", "Liên đoàn Lao động tỉnh"], heading_span=DN_H),
    ag(E, "9", "Hội Khuyến học tỉnh", "study_promotion_association", "request", 1, HKH, parent="9", schedule_rows=[R4]),
    ag(E, "9", "Tỉnh Đoàn", "youth_union", "request", 1, TD, parent="9"),
    ag(E, "9", "Liên đoàn Lao động tỉnh", "trade_union", "request", 1, LDLD, parent="9", schedule_rows=[R6]),
    ag(E, "", "Thư viện tỉnh", "libraries", "lead", 0, R3, note="named only in the schedule (chủ trì of the Ngày hội đọc sách) and in Sở VHTTDL's item", section="III. CÁC HOẠT ĐỘNG CHÍNH › 1. Lịch"),
    ag(E, "", "Ủy ban nhân dân tỉnh", "peoples_committee", "lead", 0, R9, note="chủ trì of the Lễ bế mạc in the schedule", section="III. CÁC HOẠT ĐỘNG CHÍNH › 1. Lịch"),
    ag(P, "1", "Phòng Tổ chức cán bộ", "police_personnel", "standing", 2, TCCB1, ["trước ngày 31 tháng 3 năm 2026", "trước ngày 05 tháng 12 hằng năm", "quý IV năm 2028", "quý IV năm 2030"], level="organisation", tier="province", gantt_rows=[G2, G5, G8, G9, G10], unit="Đội Đào tạo, bồi dưỡng"),
    ag(P, "2", "Phòng Tham mưu", "police_staff", "lead", 1, TM, level="organisation", gantt_coordinate=[G2, G8]),
    ag(P, "3", "Phòng Công tác đảng và công tác chính trị", "police_political", "lead", 1, CTD, ["trong quý I năm 2026"], level="organisation", gantt_rows=[G1, G7]),
    ag(P, "4", "Phòng Hậu cần", "police_logistics", "lead", 1, HC, level="organisation", gantt_coordinate=[G3]),
    ag(P, "5", "Phòng Cảnh sát quản lý hành chính về trật tự xã hội", "police_administrative", "lead", 1, QLHC, ["trong quý II năm 2026"], level="organisation", gantt_rows=[G4]),
    ag(P, "6", "Công an các xã, phường", "police_commune", "lead", 2, CAX1, ["trước ngày 15 tháng 3 hằng năm"], level="commune", tier="commune", gantt_rows=[G3, G6], also_span=CAX2),
    ag(P, "7", "Trại tạm giam Công an tỉnh", "police_detention", "lead", 1, TRAI, level="organisation"),
    ag(P, "8", "Đoàn Thanh niên, Công đoàn, Hội Phụ nữ Công an tỉnh", "police_mass_organisations", "lead", 3, DTN, ["trước ngày 20 tháng 12 hằng năm"], level="organisation", is_group=True,
       members=["Đoàn Thanh niên Công an tỉnh", "Công đoàn Công an tỉnh", "Hội Phụ nữ Công an tỉnh"]),
    ag(P, "8", "Đoàn Thanh niên Công an tỉnh", "youth_union", "lead", 1, DTN, level="organisation", parent="8", gantt_coordinate=[G6, G7]),
    ag(P, "8", "Công đoàn Công an tỉnh", "trade_union", "lead", 1, CD, ["trước ngày 20 tháng 12 hằng năm"], level="organisation", parent="8", also_span=P_KP2),
    ag(P, "8", "Hội Phụ nữ Công an tỉnh", "womens_union", "lead", 1, HPN, level="organisation", parent="8"),
]


def main():
    text = {d: norm(extract(d)) for d in (E, P)}
    problems = []

    def chk(doc, s, where):
        if s and norm(s) not in text[doc]:
            problems.append(f"{where}: missing {s[:70]!r}")

    for t in TARGETS:
        chk(t["doc"], t["span"], t["indicator"])
        for a in t.get("alt_spans", []):
            chk(t["doc"], a, t["indicator"])
    for a in AGENCIES:
        for k in ("span", "also_span", "heading_span"):
            chk(a["doc"], a.get(k), a["agency"])
        for k in ("schedule_rows", "gantt_rows", "gantt_coordinate", "also_schedule_coordinate"):
            for s in a.get(k, []):
                chk(a["doc"], s, a["agency"])
        for s in a["deadline_spans"]:
            chk(a["doc"], s, a["agency"])
    chk(P, G_H, "grid header")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    os.makedirs(OUT, exist_ok=True)
    for name, rows in (("plans.jsonl", PLANS), ("targets.jsonl", TARGETS), ("agencies.jsonl", AGENCIES)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(PLANS), "plans,", len(TARGETS), "targets,", len(AGENCIES), "agencies")


if __name__ == "__main__":
    main()
