"""Write eval/sets/gold58/ (plans.jsonl, targets.jsonl, agencies.jsonl) for the two set-58 plans.

    python eval/sets/src58/gold_src58.py

Refuses to write if a span (span, alt_spans, deadline_spans) is missing from the plan's extracted, normalised text,
or a text-line target's value is not in its span.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = os.path.dirname(HERE)
sys.path.insert(0, SETS)
sys.path.insert(0, HERE)
import check_sets  # noqa: E402
from questions_src58 import (  # noqa: E402
    B1,
    B1_HEAD,
    B2_HEAD,
    B2_NOTE,
    GANTT_KS,
    GANTT_SK,
    GANTT_TC,
    GANTT_TK,
    RUBRIC,
    M,
    P,
)

OUT = os.path.join(SETS, "gold58")

PLANS = [
    {"id": M,
     "title": "Xây dựng “Doanh nghiệp học tập”, “Công nhân học tập” trong các khu công nghiệp, khu kinh tế trên địa bàn thành phố Hải Phòng giai đoạn 2026 - 2030",
     "locality": "Hải Phòng", "level": "cơ quan chuyên môn thuộc UBND thành phố", "parents": ["Hải Phòng"],
     "number": "86/KH-BQL", "issued": "2026-03-12", "period": "2026-2030",
     "issuer": "Ban Quản lý Khu kinh tế Hải Phòng", "issuer_kind": "economic_zone_authority",
     "parent_body": "Ủy ban nhân dân thành phố Hải Phòng",
     "signer": {"name": "Vũ Đức Thành", "capacity": "KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN"},
     "implements": ["Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ",
                    "Quyết định số 1268/QĐ-TTg ngày 19/10/2022 của Thủ tướng Chính phủ",
                    "Kế hoạch số 415/KH-UBND ngày 18/12/2025 của Ủy ban nhân dân thành phố Hải Phòng",
                    "Chương trình phối hợp số 07/CTPH-BQL-LĐLĐ ngày 20/01/2026"],
     "milestones": {"2026-04-01/2026-06-30": "khảo sát nhu cầu học tập của công nhân",
                    "2026-07-01/2026-09-30": "ban hành Bộ tiêu chí Doanh nghiệp học tập",
                    "2026-10-01/2026-12-31": "thí điểm lớp kỹ năng số tại KCN Đình Vũ và VSIP",
                    "2027-01-01/2028-12-31": "nhân rộng lớp kỹ năng số ra các KCN",
                    "2028-06-30": "sơ kết giữa kỳ", "2030-11-30": "tổng kết, khen thưởng giai đoạn"},
     "zones": ["KCN Đình Vũ", "KCN Nam Đình Vũ", "KCN VSIP Hải Phòng", "KCN Tràng Duệ", "KCN Nomura - Hải Phòng",
               "KCN Đại An (khu vực Hải Dương cũ)", "KCN Phúc Điền (khu vực Hải Dương cũ)", "Các KCN còn lại"],
     "container": {"format": "GitHub-flavoured markdown from the authority's internal wiki",
                   "collapsible_blocks": ["Bảng 1. Chỉ tiêu chung toàn Khu kinh tế", "Bảng 2. Chỉ tiêu theo từng khu công nghiệp đến năm 2030"],
                   "diagram": {"kind": "mermaid gantt (fenced code block)", "section": "VI. LỘ TRÌNH THỰC HIỆN",
                               "only_there": ["khảo sát nhu cầu 2026-04-01..2026-06-30", "Bộ tiêu chí 2026-07-01..2026-09-30",
                                              "sơ kết 2028-06-30", "tổng kết 2030-11-30"]}},
     "note": "An economic-zone authority (a body of the city People's Committee) plans for enterprises it does not command: enterprises are asked, the Công đoàn các KCN và KKT and Sở Nội vụ are 'Đề nghị'; some dates exist only as ISO dates inside the mermaid diagram source."},
    {"id": P,
     "title": "Tổ chức phong trào thi đua “Công nhân, viên chức, lao động học tập suốt đời” và bình xét danh hiệu “Công nhân học tập” năm 2026",
     "locality": "Hải Phòng", "level": "tổ chức chính trị - xã hội cấp thành phố", "parents": ["Hải Phòng"],
     "number": "52/KH-LĐLĐ", "issued": "2026-04-06", "period": "2026",
     "issuer": "Liên đoàn Lao động thành phố Hải Phòng", "issuer_kind": "trade_union",
     "parent_body": "Tổng Liên đoàn Lao động Việt Nam",
     "signer": {"name": "Trần Thị Hồng Nhung", "capacity": "TM. BAN THƯỜNG VỤ / PHÓ CHỦ TỊCH"},
     "implements": ["Quyết định số 1268/QĐ-TTg ngày 19/10/2022 của Thủ tướng Chính phủ",
                    "Hướng dẫn số 18/HD-TLĐ ngày 10/02/2026 của Tổng Liên đoàn Lao động Việt Nam",
                    "Kế hoạch số 108/KH-UBND ngày 06/5/2025 của Ủy ban nhân dân thành phố Hải Phòng",
                    "Kế hoạch số 86/KH-BQL ngày 12/3/2026 của Ban Quản lý Khu kinh tế Hải Phòng"],
     "laws": ["Luật Công đoàn năm 2024"],
     "genre": "emulation movement plan (phong trào thi đua) with a scoring rubric for an individual title",
     "rubric": {"title": "Công nhân học tập", "scale": 100, "self_scored_by": "đoàn viên", "checked_by": "Ban Chấp hành CĐCS",
                "criteria": [{"n": 1, "max": 20}, {"n": 2, "max": 25}, {"n": 3, "max": 20}, {"n": 4, "max": 15}, {"n": 5, "max": 20}],
                "thresholds": {"Công nhân học tập": "từ 80 điểm", "Công nhân học tập tiêu biểu": "từ 95 điểm và có sáng kiến được cấp cơ sở công nhận"},
                "exclusion": "kỷ luật lao động từ khiển trách trở lên trong năm 2026"},
     "note": "A trade union's annual movement plan; its bodies are the federation's own departments, its Nhà Văn hóa Lao động, the lower union tiers, and one 'Đề nghị' to the economic-zone authority."},
]


def t(doc, indicator, value, number, bound, unit, year, scope, section, span, concept, kind, year_basis, **extra):
    r = {"doc": doc, "indicator": indicator, "value": value, "number": number, "bound": bound, "unit": unit, "year": year,
         "scope": scope, "section": section, "span": span, "concept": concept, "kind": kind, "year_basis": year_basis}
    r.update(extra)
    return r


SEC_B1 = "II. MỤC TIÊU › 2. Chỉ tiêu cụ thể › Bảng 1. Chỉ tiêu chung toàn Khu kinh tế"
SEC_B2 = "II. MỤC TIÊU › 2. Chỉ tiêu cụ thể › Bảng 2. Chỉ tiêu theo từng khu công nghiệp đến năm 2030"
B1_ROWS = [  # n, indicator, 2027, 2030, unit, concept
    (1, "Tỷ lệ doanh nghiệp trong các KCN, KKT đạt danh hiệu “Doanh nghiệp học tập”", "30%", "50%", "%", "learning_enterprise_share"),
    (2, "Tỷ lệ công nhân lao động được bồi dưỡng kỹ năng nghề, an toàn lao động hằng năm", "80%", "95%", "%", "worker_skills_safety_training_share"),
    (3, "Tỷ lệ công nhân lao động có kỹ năng số cơ bản", "60%", "85%", "%", "worker_basic_digital_skills_share"),
    (4, "Tỷ lệ công nhân lao động được công nhận “Công nhân học tập”", "35%", "60%", "%", "learning_worker_share"),
    (5, "Số doanh nghiệp có thư viện, tủ sách hoặc góc học tập cho công nhân", "150 doanh nghiệp", "300 doanh nghiệp", "count", "enterprises_with_library_count"),
    (6, "Tỷ lệ doanh nghiệp có quy chế khuyến khích công nhân học tập nâng cao trình độ", "40%", "70%", "%", "enterprise_learning_policy_share"),
]
B2_ROWS = [("KCN Đình Vũ", 60, 12), ("KCN Nam Đình Vũ", 45, 8), ("KCN VSIP Hải Phòng", 65, 15), ("KCN Tràng Duệ", 55, 10),
           ("KCN Nomura - Hải Phòng", 60, 6), ("KCN Đại An (khu vực Hải Dương cũ)", 40, 8),
           ("KCN Phúc Điền (khu vực Hải Dương cũ)", 35, 6), ("Các KCN còn lại", 30, 10)]


def targets():
    out = []
    for n, ind, v27, v30, unit, concept in B1_ROWS:
        for year, v in ((2027, v27), (2030, v30)):
            num = float(v.split()[0].rstrip("%"))
            out.append(t(M, ind, v, num, "eq", unit, year, "các KCN, KKT", SEC_B1, B1[n], concept, "objective", "column",
                         table={"row": ind, "column": f"Năm {year}", "cell": v}, alt_spans=[B1_HEAD]))
    for zone, share, classes in B2_ROWS:
        span = f"| {zone} | {share} | {classes} |"
        out.append(t(M, "Doanh nghiệp đạt “Doanh nghiệp học tập” (%)", str(share), float(share), "eq", "%", 2030, zone, SEC_B2,
                     span, "learning_enterprise_share", "objective", "heading",
                     table={"row": zone, "column": "Doanh nghiệp đạt “Doanh nghiệp học tập” (%)", "cell": str(share)},
                     alt_spans=[B2_HEAD]))
        out.append(t(M, "Lớp kỹ năng số cho công nhân (lớp/năm)", str(classes), float(classes), "eq", "classes_per_year", None, zone,
                     SEC_B2, span, "worker_digital_skills_classes_per_year", "objective", "none",
                     table={"row": zone, "column": "Lớp kỹ năng số cho công nhân (lớp/năm)", "cell": str(classes)},
                     alt_spans=[B2_HEAD, B2_NOTE], note="from 2027 (Ghi chú); 2026 a pilot at Đình Vũ and VSIP only"))
    sec3 = "III. NHIỆM VỤ, GIẢI PHÁP"
    out += [
        t(M, "Phổ biến Kế hoạch đến … doanh nghiệp đang hoạt động", "100%", 100.0, "eq", "%", None, "doanh nghiệp trong các KCN, KKT",
          sec3 + " › 1. Tuyên truyền, nâng cao nhận thức",
          "Phổ biến Kế hoạch đến 100% doanh nghiệp đang hoạt động trong các KCN, KKT", "plan_dissemination_share", "task", "none"),
        t(M, "thời gian học tập … mỗi tháng trong giờ làm việc", "không dưới 02 giờ", 2.0, "min", "hours_per_month", None, "công nhân",
          sec3 + " › 4. Phát triển không gian học tập cho công nhân",
          "Khuyến khích doanh nghiệp dành thời gian học tập không dưới 02 giờ mỗi tháng trong giờ làm việc", "paid_learning_hours_per_month", "task", "none"),
        t(M, "Tổng kinh phí dự kiến giai đoạn 2026 - 2030", "18.600 triệu đồng", 18600e6, "eq", "VND", None, "", "IV. KINH PHÍ THỰC HIỆN",
          "Tổng kinh phí dự kiến giai đoạn 2026 - 2030 là 18.600 triệu đồng", "plan_total_budget", "task", "none",
          parts={"Ngân sách thành phố giao Ban Quản lý": 4200e6, "Kinh phí của các doanh nghiệp": 12900e6, "Nguồn xã hội hóa, tài trợ": 1500e6},
          alt_spans=["Ngân sách thành phố giao Ban Quản lý: 4.200 triệu đồng;", "Kinh phí của các doanh nghiệp: 12.900 triệu đồng;",
                     "Nguồn xã hội hóa, tài trợ: 1.500 triệu đồng."]),
        t(M, "hỗ trợ một lần … cho mỗi doanh nghiệp có dưới 200 lao động", "20 triệu đồng", 20e6, "eq", "VND", None, "doanh nghiệp có dưới 200 lao động",
          "IV. KINH PHÍ THỰC HIỆN", "Ban Quản lý hỗ trợ một lần 20 triệu đồng cho mỗi doanh nghiệp có dưới 200 lao động",
          "enterprise_library_support", "task", "none"),
        t(M, "tổng hỗ trợ … doanh nghiệp trong cả giai đoạn", "không quá 100", 100.0, "max", "count", None, "", "IV. KINH PHÍ THỰC HIỆN",
          "tổng hỗ trợ không quá 100 doanh nghiệp trong cả giai đoạn", "enterprise_library_support_cap", "task", "none"),
    ]
    sec2 = "II. CHỈ TIÊU NĂM 2026"
    out += [
        t(P, "CĐCS doanh nghiệp trực thuộc đăng ký tham gia phong trào", "Ít nhất 60%", 60.0, "min", "%", 2026, "CĐCS doanh nghiệp trực thuộc", sec2,
          "Ít nhất 60% CĐCS doanh nghiệp trực thuộc đăng ký tham gia phong trào.", "grassroots_union_registration_share", "objective", "heading"),
        t(P, "đoàn viên được công nhận danh hiệu “Công nhân học tập”", "Ít nhất 40.000", 40000.0, "min", "count", 2026, "đoàn viên", sec2,
          "Ít nhất 40.000 đoàn viên được công nhận danh hiệu “Công nhân học tập”", "learning_worker_count", "objective", "heading"),
        t(P, "đoàn viên đạt “Công nhân học tập tiêu biểu”", "500", 500.0, "eq", "count", 2026, "đoàn viên", sec2,
          "trong đó 500 đoàn viên đạt “Công nhân học tập tiêu biểu”", "exemplary_learning_worker_count", "objective", "heading"),
        t(P, "lớp kỹ năng số cho CNVCLĐ", "120", 120.0, "eq", "count", 2026, "CNVCLĐ", sec2,
          "Tổ chức 120 lớp kỹ năng số cho CNVCLĐ", "digital_literacy_classes", "objective", "heading"),
        t(P, "lớp (kỹ năng số) tại các khu nhà ở công nhân", "45", 45.0, "eq", "count", 2026, "khu nhà ở công nhân", sec2,
          "trong đó 45 lớp tại các khu nhà ở công nhân", "digital_literacy_classes_worker_housing", "objective", "heading"),
        t(P, "“Tủ sách Công đoàn” xây dựng mới", "30", 30.0, "eq", "count", 2026, "khu nhà trọ, nhà ở công nhân", sec2,
          "Xây dựng mới 30 “Tủ sách Công đoàn” tại các khu nhà trọ, nhà ở công nhân.", "union_bookshelves_new", "objective", "heading"),
        t(P, "buổi phát động tại doanh nghiệp (mỗi CĐCS)", "ít nhất 01", 1.0, "min", "count", 2026, "mỗi CĐCS", "III. NỘI DUNG PHONG TRÀO",
          "mỗi CĐCS tổ chức ít nhất 01 buổi phát động tại doanh nghiệp", "launch_events_per_union", "task", "single_year_plan"),
    ]
    sec4 = "IV. TIÊU CHÍ VÀ THANG ĐIỂM BÌNH XÉT “CÔNG NHÂN HỌC TẬP”"
    crit = [(1, "Hoàn thành nhiệm vụ sản xuất, công tác; chấp hành nội quy lao động", 20),
            (2, "Tham gia ít nhất 01 khóa đào tạo, bồi dưỡng nâng cao tay nghề trong năm", 25),
            (3, "Có kỹ năng số cơ bản (dùng ứng dụng “Công đoàn Việt Nam”, dịch vụ công trực tuyến)", 20),
            (4, "Tham gia “Ngày đọc sách của công nhân” hoặc sinh hoạt tủ sách ít nhất 04 lần trong năm", 15),
            (5, "Có sáng kiến, cải tiến kỹ thuật hoặc kèm cặp, hướng dẫn đồng nghiệp", 20)]
    for n, name, pts in crit:
        out.append(t(P, f"Điểm tối đa › {name}", str(pts), float(pts), "max", "points", 2026, "đoàn viên", sec4,
                     f"{n} {name} {pts}", "learning_worker_rubric_points", "task", "single_year_plan",
                     table={"row": f"{n} | {name}", "column": "Điểm tối đa", "cell": str(pts)}, alt_spans=[RUBRIC]))
    out += [
        t(P, "điểm để được công nhận “Công nhân học tập”", "từ 80 điểm trở lên", 80.0, "min", "points", 2026, "đoàn viên", sec4,
          "đạt từ 80 điểm trở lên được công nhận “Công nhân học tập”", "learning_worker_threshold_points", "task", "single_year_plan"),
        t(P, "điểm để được xét “Công nhân học tập tiêu biểu”", "từ 95 điểm trở lên", 95.0, "min", "points", 2026, "đoàn viên", sec4,
          "đạt từ 95 điểm trở lên và có sáng kiến được cấp cơ sở công nhận thì được xét “Công nhân học tập tiêu biểu”",
          "exemplary_learning_worker_threshold_points", "task", "single_year_plan"),
        t(P, "Giấy khen kèm … cho mỗi “Công nhân học tập tiêu biểu”", "1.000.000 đồng", 1e6, "eq", "VND", 2026, "", "V. KHEN THƯỞNG VÀ KINH PHÍ",
          "LĐLĐ thành phố tặng Giấy khen kèm 1.000.000 đồng cho mỗi “Công nhân học tập tiêu biểu”", "exemplary_worker_award", "task", "single_year_plan"),
        t(P, "Bằng khen kèm … cho CĐCS có thành tích xuất sắc", "3.000.000 đồng", 3e6, "eq", "VND", 2026, "20 CĐCS", "V. KHEN THƯỞNG VÀ KINH PHÍ",
          "tặng Bằng khen kèm 3.000.000 đồng cho 20 CĐCS có thành tích xuất sắc trong phong trào", "union_award", "task", "single_year_plan"),
        t(P, "CĐCS có thành tích xuất sắc được tặng Bằng khen", "20", 20.0, "eq", "count", 2026, "", "V. KHEN THƯỞNG VÀ KINH PHÍ",
          "tặng Bằng khen kèm 3.000.000 đồng cho 20 CĐCS có thành tích xuất sắc trong phong trào", "union_award_count", "task", "single_year_plan"),
        t(P, "Tổng kinh phí năm 2026", "2.350 triệu đồng", 2350e6, "eq", "VND", 2026, "", "V. KHEN THƯỞNG VÀ KINH PHÍ",
          "Tổng kinh phí năm 2026 là 2.350 triệu đồng", "plan_annual_budget", "task", "heading",
          parts={"nguồn tài chính công đoàn của LĐLĐ thành phố": 1850e6, "vận động tài trợ từ các doanh nghiệp": 500e6},
          alt_spans=["gồm 1.850 triệu đồng từ nguồn tài chính công đoàn của LĐLĐ thành phố và 500 triệu đồng vận động tài trợ từ các doanh nghiệp."]),
    ]
    return out


def a(doc, item, agency, canonical, level, tier, role, n_tasks, span, deadline_spans, **extra):
    r = {"doc": doc, "item": item, "agency": agency, "canonical": canonical, "level": level, "tier": tier, "role": role,
         "n_tasks": n_tasks, "span": span, "deadline_spans": deadline_spans, "section": extra.pop("section")}
    r.update(extra)
    return r


def agencies():
    sm = "V. TỔ CHỨC THỰC HIỆN"
    sp = "VI. TỔ CHỨC THỰC HIỆN"
    org = "organisation"
    return [
        a(M, "1", "Phòng Quản lý lao động", "zone_labour_management", org, "economic_zone_authority", "standing", 3,
          "Là đơn vị thường trực, giúp Trưởng ban theo dõi, đôn đốc các doanh nghiệp thực hiện Kế hoạch.",
          ["trước ngày 05 tháng 12 hằng năm"], section=sm,
          also_spans=["Chủ trì xây dựng Bộ tiêu chí đánh giá “Doanh nghiệp học tập”, trình Trưởng ban ban hành."],
          other_deadline_spans=[GANTT_TC, GANTT_SK, GANTT_TK]),
        a(M, "2", "Phòng Quản lý đầu tư", "zone_investment_management", org, "economic_zone_authority", "lead", 2,
          "Hướng dẫn nhà đầu tư mới đưa nội dung đào tạo người lao động vào hồ sơ dự án ngay từ khi cấp Giấy chứng nhận đăng ký đầu tư.",
          ["trước ngày 30 tháng 4 năm 2026"], section=sm),
        a(M, "3", "Văn phòng Ban", "office", org, "economic_zone_authority", "lead", 2,
          "Lập dự toán kinh phí thực hiện Kế hoạch, tổng hợp vào dự toán ngân sách hằng năm của Ban Quản lý gửi Sở Tài chính trước ngày 15 tháng 7 hằng năm.",
          ["trước ngày 15 tháng 7 hằng năm"], section=sm),
        a(M, "4", "Trung tâm Dịch vụ hỗ trợ doanh nghiệp", "enterprise_support_centre", org, "economic_zone_authority", "lead", 2,
          "Tổ chức khảo sát nhu cầu học tập của công nhân (lộ trình ở Mục VI).", [], section=sm,
          other_deadline_spans=[GANTT_KS]),
        a(M, "5", "Các doanh nghiệp trong KCN, KKT", "enterprises", org, "enterprise", "lead", 2,
          "Xây dựng kế hoạch học tập của doanh nghiệp; đăng ký danh hiệu “Doanh nghiệp học tập” với Ban Quản lý trước ngày 31 tháng 3 hằng năm.",
          ["trước ngày 31 tháng 3 hằng năm"], section=sm, is_group=True),
        a(M, "6", "Đề nghị Công đoàn các Khu công nghiệp và Khu kinh tế Hải Phòng", "zone_trade_union", org, "trade_union", "request", 2,
          "Chỉ đạo công đoàn cơ sở trong doanh nghiệp phát động phong trào “Công nhân học tập”, tổng hợp kết quả bình xét gửi Ban Quản lý.",
          [], section=sm),
        a(M, "7", "Đề nghị Sở Nội vụ", "home_affairs", "province", "province", "request", 1,
          "Phối hợp hướng dẫn doanh nghiệp thực hiện chính sách đào tạo nghề cho người lao động, chính sách bảo hiểm thất nghiệp hỗ trợ đào tạo, bồi dưỡng kỹ năng nghề.",
          [], section=sm),
        a(P, "1", "Ban Tuyên giáo LĐLĐ thành phố", "union_propaganda", org, "trade_union", "standing", 3,
          "Ban Tuyên giáo LĐLĐ thành phố: là bộ phận thường trực; hướng dẫn, đôn đốc thực hiện Kế hoạch",
          ["trước ngày 15/11/2026"], section=sp),
        a(P, "2", "Ban Tổ chức LĐLĐ thành phố", "union_organisation", org, "trade_union", "lead", 2,
          "Ban Tổ chức LĐLĐ thành phố: thẩm định hồ sơ đề nghị công nhận “Công nhân học tập tiêu biểu”",
          ["trong tháng 11/2026"], section=sp),
        a(P, "3", "Ban Chính sách - Pháp luật LĐLĐ thành phố", "union_policy_law", org, "trade_union", "lead", 1,
          "Ban Chính sách - Pháp luật LĐLĐ thành phố: phối hợp Ban Quản lý Khu kinh tế Hải Phòng vận động doanh nghiệp",
          [], section=sp),
        a(P, "4", "Văn phòng LĐLĐ thành phố", "office", org, "trade_union", "lead", 3,
          "Văn phòng LĐLĐ thành phố: bảo đảm kinh phí từ nguồn tài chính công đoàn", ["trước ngày 31/12/2026"], section=sp),
        a(P, "5", "Nhà Văn hóa Lao động thành phố", "workers_cultural_house", org, "trade_union", "lead", 2,
          "Nhà Văn hóa Lao động thành phố: mở các lớp kỹ năng số buổi tối và cuối tuần cho CNVCLĐ", [], section=sp),
        a(P, "6", "Công đoàn các Khu công nghiệp và Khu kinh tế Hải Phòng", "zone_trade_union", org, "trade_union", "lead", 2,
          "Công đoàn các Khu công nghiệp và Khu kinh tế Hải Phòng: triển khai phong trào tại các CĐCS doanh nghiệp trong KCN, KKT",
          ["trước ngày 20/10/2026"], section=sp),
        a(P, "7", "Các công đoàn cấp trên trực tiếp cơ sở", "upper_grassroots_unions", org, "trade_union", "lead", 2,
          "Các công đoàn cấp trên trực tiếp cơ sở: chỉ đạo CĐCS đăng ký tham gia phong trào trước ngày 30/4/2026",
          ["trước ngày 30/4/2026"], section=sp, is_group=True),
        a(P, "8", "Công đoàn cơ sở", "grassroots_unions", org, "trade_union", "lead", 3,
          "Công đoàn cơ sở: phát động phong trào; tổ chức cho đoàn viên tự chấm điểm", ["trước ngày 30/9/2026"], section=sp, is_group=True),
        a(P, "9", "Đề nghị Ban Quản lý Khu kinh tế Hải Phòng", "economic_zone_authority", "province", "province", "request", 2,
          "Đề nghị Ban Quản lý Khu kinh tế Hải Phòng: tạo điều kiện để công đoàn tiếp cận doanh nghiệp mới đầu tư", [], section=sp),
    ]


def main():
    problems = []
    tg, ag = targets(), agencies()
    for r in tg + ag:
        for s in [r["span"]] + r.get("alt_spans", []) + r.get("deadline_spans", []) + r.get("also_spans", []) + r.get("other_deadline_spans", []):
            if check_sets.norm(s) not in check_sets.text_of(r["doc"]):
                problems.append(f"missing in {r['doc']}: {s!r}")
    for r in tg:
        if r.get("table") is None and check_sets.norm(r["value"]).lower() not in check_sets.norm(r["span"]).lower():
            problems.append(f"value {r['value']!r} not in span {r['span']!r}")
    for p in PLANS:
        for k in (p["number"], p["title"], p["signer"]["name"]):
            if check_sets.norm(k) not in check_sets.text_of(p["id"]):
                problems.append(f"plan {p['id']}: {k!r} not in text")
    if problems:
        print("\n".join(problems))
        return 1
    os.makedirs(OUT, exist_ok=True)
    for name, rows in (("plans.jsonl", PLANS), ("targets.jsonl", tg), ("agencies.jsonl", ag)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote gold58: {len(PLANS)} plans, {len(tg)} targets, {len(ag)} agencies")
    return 0


if __name__ == "__main__":
    sys.exit(main())
