"""Write eval/sets/gold40/ (plans.jsonl, targets.jsonl, agencies.jsonl) for set 40's two plans. Refuses to write if a
span (span, alt_spans, deadline_spans, role_span) is missing from its plan as check_sets.py extracts and normalises
it, if a value is not in its span, or if a plan's number/title/signer is not in its text.

    python eval/sets/src40/gold_src40.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = os.path.dirname(HERE)
sys.path.insert(0, SETS)
import check_sets  # noqa: E402

QT = "quangbinh_45-KHLT-SGDDT-HKH_2024.docx"
GM = "haitrach_27-KH-UBND_2024.pdf"

PLANS = [
    {"id": QT, "title": "Phối hợp đẩy mạnh xây dựng xã hội học tập tỉnh Quảng Bình giai đoạn 2024 - 2030",
     "locality": "Quảng Bình", "level": "tỉnh/thành phố", "parents": [], "number": "45/KHLT-SGDĐT-HKH",
     "issued": "2024-03-18", "period": "2024-2030",
     "signer": {"name": "Phan Văn Khánh", "capacity": "GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO"},
     "signers": [{"name": "Nguyễn Thị Thu Sương", "capacity": "TM. BAN THƯỜNG VỤ HỘI KHUYẾN HỌC TỈNH / CHỦ TỊCH"},
                 {"name": "Phan Văn Khánh", "capacity": "GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO"}],
     "issuers": ["Sở Giáo dục và Đào tạo tỉnh Quảng Bình", "Hội Khuyến học tỉnh Quảng Bình"],
     "doc_type": "Kế hoạch liên tịch",
     "note": "A JOINT plan (KẾ HOẠCH LIÊN TỊCH) of two issuers named together in the letterhead, with a joint number "
             "(45/KHLT-SGDĐT-HKH) and two signers side by side (Hội Khuyến học's chair left, the Sở's director right). "
             "`signer` holds the Sở's director only because the field takes one person (the Sở is named first in the "
             "letterhead and the number); `signers` holds both, and an answer to 'who signed' must name both. The plan "
             "does not say who signed first. It is not a UBND plan: there is no 45/KH-UBND."},
    {"id": GM, "title": "Xây dựng xã hội học tập xã Hải Trạch giai đoạn 2024 - 2026", "locality": "Hải Trạch",
     "level": "xã", "parents": ["Bố Trạch", "Quảng Bình"], "number": "27/KH-UBND", "issued": "2024-05-10",
     "period": "2024-2026", "signer": {"name": "Võ Văn Hạnh", "capacity": "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"},
     "note": "A pre-2025 commune of huyện Bố Trạch, tỉnh Quảng Bình; printed 2 pages per sheet (5 A5 pages on 3 "
             "landscape sheets), each page with a running header line 'Kế hoạch số 27/KH-UBND ngày 10/5/2024 của UBND "
             "xã Hải Trạch' (from page 2) and a '- n -' page number."},
]

QT_HEAD = "TT Chỉ tiêu Cấp tỉnh Cấp huyện Cấp xã"
GM_HEAD = "TT Chỉ tiêu Năm 2024 Năm 2025 Năm 2026"
QT_TSEC = "II. MỤC TIÊU › 2. Chỉ tiêu cụ thể › c) Chỉ tiêu theo cấp đến năm 2030 (Bảng 1)"
GM_TSEC = "II. MỤC TIÊU › 2. Chỉ tiêu cụ thể › Bảng 1"

T = []


def tgt(doc, indicator, value, number, unit, year, scope, section, span, concept, bound="eq", year_basis="line",
        kind="objective", **kw):
    r = {"doc": doc, "indicator": indicator, "value": value, "number": number, "unit": unit, "year": year,
         "scope": scope, "section": section, "span": span, "concept": concept, "bound": bound,
         "year_basis": year_basis, "kind": kind}
    r.update(kw)
    T.append(r)


# Quảng Bình Bảng 1: one column per LEVEL, all for 2030 (the caption's year); empty cells have no record
QT_ROWS = [
    (1, "cơ quan, đơn vị được công nhận danh hiệu “Đơn vị học tập”", "learning_unit_share",
     "1 Tỷ lệ cơ quan, đơn vị được công nhận danh hiệu “Đơn vị học tập” 90% 85% 80%", ["90%", "85%", "80%"], "%"),
    (2, "tổ chức Hội Khuyến học xếp loại vững mạnh", "study_association_strong_share",
     "2 Tỷ lệ tổ chức Hội Khuyến học xếp loại vững mạnh 100% 100% 85%", ["100%", "100%", "85%"], "%"),
    (3, "cán bộ, công chức được bồi dưỡng kỹ năng số", "civil_servant_digital_skills_share",
     "3 Tỷ lệ cán bộ, công chức được bồi dưỡng kỹ năng số 95% 90% 80%", ["95%", "90%", "80%"], "%"),
    (4, "Số lớp chuyên đề khuyến học, khuyến tài mỗi năm", "study_promotion_topic_classes_per_year",
     "4 Số lớp chuyên đề khuyến học, khuyến tài mỗi năm 02 04", ["02", "04", None], "count"),
    (5, "đơn vị được công nhận danh hiệu “Cộng đồng học tập”", "learning_community_unit_share",
     "5 Tỷ lệ đơn vị được công nhận danh hiệu “Cộng đồng học tập” 50% 70%", [None, "50%", "70%"], "%"),
    (6, "Trung tâm học tập cộng đồng xếp loại tốt", "cltc_good_rating_share",
     "6 Tỷ lệ Trung tâm học tập cộng đồng xếp loại tốt 70%", [None, None, "70%"], "%"),
]
for row, ind, concept, span, cells, unit in QT_ROWS:
    for col, cell in zip(["Cấp tỉnh", "Cấp huyện", "Cấp xã"], cells, strict=False):
        if cell is None:
            continue
        tgt(QT, ind, cell, float(cell.rstrip("%")), unit, 2030, col.lower(), QT_TSEC, span, concept,
            year_basis="heading", alt_spans=[QT_HEAD, "c) Chỉ tiêu theo cấp đến năm 2030 (Bảng 1):"],
            table={"row": row, "column": col, "cell": cell}, level_column=col,
            note="Bảng 1 has one column per LEVEL (Cấp tỉnh / Cấp huyện / Cấp xã), not per year; the year 2030 comes "
                 "from the sub-heading and caption. Empty cells (row 4 cấp xã, row 5 cấp tỉnh, row 6 cấp tỉnh and cấp "
                 "huyện) have no record; python-docx reads an empty cell as an empty line, so the row span joins only "
                 "the filled cells and the reader must place them by column.")

QSEC = "II. MỤC TIÊU › 2. Chỉ tiêu cụ thể"
S25 = "75% hộ gia đình được công nhận danh hiệu “Gia đình học tập”; 40% dòng họ được công nhận danh hiệu “Dòng họ học tập”."
S30 = "85% hộ gia đình được công nhận danh hiệu “Gia đình học tập”; 60% dòng họ được công nhận danh hiệu “Dòng họ học tập”."
S25b = "100% Trung tâm học tập cộng đồng có Ban Giám đốc được kiện toàn và có kế hoạch hoạt động hằng năm."
S30b = "70% Trung tâm học tập cộng đồng được xếp loại tốt; 100% trường phổ thông có Ban Khuyến học."
tgt(QT, "hộ gia đình được công nhận danh hiệu “Gia đình học tập”", "75%", 75.0, "%", 2025, "", QSEC + " › a) Đến năm 2025", S25, "learning_family_share", year_basis="heading", alt_spans=["a) Đến năm 2025:"])
tgt(QT, "dòng họ được công nhận danh hiệu “Dòng họ học tập”", "40%", 40.0, "%", 2025, "", QSEC + " › a) Đến năm 2025", S25, "learning_clan_share", year_basis="heading", alt_spans=["a) Đến năm 2025:"])
tgt(QT, "Trung tâm học tập cộng đồng có Ban Giám đốc được kiện toàn", "100%", 100.0, "%", 2025, "", QSEC + " › a) Đến năm 2025", S25b, "cltc_board_complete_share", year_basis="heading", alt_spans=["a) Đến năm 2025:"])
tgt(QT, "hộ gia đình được công nhận danh hiệu “Gia đình học tập”", "85%", 85.0, "%", 2030, "", QSEC + " › b) Đến năm 2030", S30, "learning_family_share", year_basis="heading", alt_spans=["b) Đến năm 2030:"])
tgt(QT, "dòng họ được công nhận danh hiệu “Dòng họ học tập”", "60%", 60.0, "%", 2030, "", QSEC + " › b) Đến năm 2030", S30, "learning_clan_share", year_basis="heading", alt_spans=["b) Đến năm 2030:"])
tgt(QT, "Trung tâm học tập cộng đồng được xếp loại tốt", "70%", 70.0, "%", 2030, "", QSEC + " › b) Đến năm 2030", S30b, "cltc_good_rating_share", year_basis="heading", alt_spans=["b) Đến năm 2030:", "6 Tỷ lệ Trung tâm học tập cộng đồng xếp loại tốt 70%"])
tgt(QT, "trường phổ thông có Ban Khuyến học", "100%", 100.0, "%", 2030, "", QSEC + " › b) Đến năm 2030", S30b, "school_study_promotion_board_share", year_basis="heading", alt_spans=["b) Đến năm 2030:"])
tgt(QT, "cán bộ quản lý Trung tâm học tập cộng đồng được bồi dưỡng nghiệp vụ", "100%", 100.0, "%", 2026, "",
    "III. NHIỆM VỤ VÀ GIẢI PHÁP › 2. Nâng cao hiệu quả hoạt động của Trung tâm học tập cộng đồng",
    "Bồi dưỡng nghiệp vụ cho 100% cán bộ quản lý Trung tâm học tập cộng đồng trong giai đoạn 2024 - 2026.",
    "cltc_manager_trained_share", kind="task", note="'trong giai đoạn 2024 - 2026': year = the end of the period.")
tgt(QT, "huyện, thị xã, thành phố tổ chức hưởng ứng “Tuần lễ hưởng ứng học tập suốt đời”", "100%", 100.0, "%", None, "",
    "III. NHIỆM VỤ VÀ GIẢI PHÁP › 1. Tuyên truyền, nâng cao nhận thức về học tập suốt đời",
    "Tổ chức hưởng ứng “Tuần lễ hưởng ứng học tập suốt đời” hằng năm vào tháng 10 tại 100% huyện, thị xã, thành phố.",
    "lifelong_learning_week_district_share", year_basis="none", kind="task")
tgt(QT, "chuyên mục “Cả nước thành một xã hội học tập” phát sóng", "ít nhất 02 kỳ/tháng", 2.0, "count", None, "",
    "V. TỔ CHỨC THỰC HIỆN › 3. Trách nhiệm phối hợp › d) Sở Thông tin và Truyền thông, Báo Quảng Bình, Đài Phát thanh - Truyền hình Quảng Bình",
    "Mở chuyên mục “Cả nước thành một xã hội học tập”, phát sóng ít nhất 02 kỳ/tháng.", "media_programme_per_month",
    bound="min", year_basis="none", kind="task")
tgt(QT, "Tổng kinh phí dự kiến giai đoạn 2024 - 2030", "8.400 triệu đồng", 8400000000.0, "VND", None, "",
    "IV. KINH PHÍ THỰC HIỆN",
    "Tổng kinh phí dự kiến giai đoạn 2024 - 2030 là 8.400 triệu đồng", "plan_total_budget", year_basis="none", kind="task",
    parts={"ngân sách tỉnh giao Sở Giáo dục và Đào tạo": "3.500 triệu đồng", "kinh phí hoạt động của Hội Khuyến học tỉnh": "1.400 triệu đồng",
           "Quỹ Khuyến học tỉnh và nguồn xã hội hóa": "3.500 triệu đồng"})
tgt(QT, "Quỹ Khuyến học tỉnh cấp học bổng “Tiếp sức đến trường” hằng năm", "tối thiểu 500 triệu đồng", 500000000.0, "VND", None, "",
    "IV. KINH PHÍ THỰC HIỆN", "Hằng năm Quỹ Khuyến học tỉnh dành tối thiểu 500 triệu đồng cấp học bổng “Tiếp sức đến trường”.",
    "scholarship_budget_per_year", bound="min", year_basis="none", kind="task")
tgt(QT, "hỗ trợ mỗi Trung tâm học tập cộng đồng", "tối thiểu 15 triệu đồng/năm", 15000000.0, "VND", None, "",
    "IV. KINH PHÍ THỰC HIỆN", "bảo đảm hỗ trợ mỗi Trung tâm học tập cộng đồng tối thiểu 15 triệu đồng/năm.",
    "cltc_annual_budget", bound="min", year_basis="none", kind="task")

# Hải Trạch Bảng 1: one column per YEAR; the table is split across pages 2 and 3 (rows 1-4 | rows 5-8), no repeated header
GM_ROWS = [
    (1, "Hộ gia đình đạt “Gia đình học tập”", "learning_family_share", "%", ["70%", "75%", "80%"]),
    (2, "Dòng họ đạt “Dòng họ học tập”", "learning_clan_count", "count", ["12", "14", "16"]),
    (3, "Thôn đạt “Cộng đồng học tập”", "learning_community_village_share", "count", ["4/7", "5/7", "7/7"]),
    (4, "Người lao động được đào tạo nghề ngắn hạn", "vocational_trainees_per_year", "count", ["60", "80", "100"]),
    (5, "Lớp chuyên đề tại Trung tâm học tập cộng đồng", "cltc_classes_per_year", "count", ["10", "12", "15"]),
    (6, "Người dân dùng điểm học tập số của xã", "digital_point_users_per_year", "count", ["300", None, "500"]),
    (7, "Học sinh bỏ học được vận động trở lại lớp", "dropout_return_share", "%", ["100%", "100%", "100%"]),
    (8, "Tủ sách cộng đồng ở các thôn", "community_bookshelf_count", "count", ["3", "5", "7"]),
]
GM_SPANS = {1: "1 Hộ gia đình đạt “Gia đình học tập” 70% 75% 80%", 2: "2 Dòng họ đạt “Dòng họ học tập” 12 14 16",
            3: "3 Thôn đạt “Cộng đồng học tập” 4/7 5/7 7/7", 4: "4 Người lao động được đào tạo nghề ngắn hạn 60 80 100",
            5: "5 Lớp chuyên đề tại Trung tâm học tập cộng đồng 10 12 15", 6: "6 Người dân dùng điểm học tập số của xã 300 500",
            7: "7 Học sinh bỏ học được vận động trở lại lớp 100% 100% 100%", 8: "8 Tủ sách cộng đồng ở các thôn 3 5 7"}
for row, ind, concept, unit, cells in GM_ROWS:
    for year, cell in zip([2024, 2025, 2026], cells, strict=False):
        if cell is None:
            continue
        extra = {}
        if "/" in cell:
            n, of = cell.split("/")
            number = float(n)
            extra["number_of"] = int(of)
        else:
            number = float(cell.rstrip("%"))
        tgt(GM, ind, cell, number, unit, year, "", GM_TSEC, GM_SPANS[row], concept, year_basis="column",
            alt_spans=[GM_HEAD], table={"row": row, "column": f"Năm {year}", "cell": cell},
            page=2 if row <= 4 else 3, **extra,
            note="Bảng 1 is split across pages 2 and 3 of the 2-up print (rows 1-4 on page 2, the right half of sheet 1; "
                 "rows 5-8 on page 3, the left half of sheet 2, after that page's running header), without a repeated "
                 "header row; a wrapped indicator cell reads as its own lines before the year cells. Row 6's 2025 cell "
                 "is empty and has no record.")
GSEC = "II. MỤC TIÊU › 2. Chỉ tiêu cụ thể"
tgt(GM, "người trong độ tuổi từ 15 đến 60 đạt chuẩn biết chữ mức độ 2", "Trên 95%", 95.0, "%", None, "trong độ tuổi từ 15 đến 60", GSEC,
    "Trên 95% người trong độ tuổi từ 15 đến 60 đạt chuẩn biết chữ mức độ 2", "literacy_15_60_share", bound="min", year_basis="none",
    note="Line after Bảng 1 with no year; the plan period is 2024 - 2026.")
tgt(GM, "chuyên mục “Học tập suốt đời” trên Đài Truyền thanh xã", "02 lần/tuần", 2.0, "count", None, "",
    "III. NHIỆM VỤ VÀ GIẢI PHÁP › 1. Tuyên truyền, nâng cao nhận thức",
    "Phát thanh chuyên mục “Học tập suốt đời” trên Đài Truyền thanh xã 02 lần/tuần", "radio_programme_per_week", year_basis="none", kind="task")
tgt(GM, "bổ sung tủ sách cộng đồng ở các thôn mỗi năm", "ít nhất 02 tủ sách", 2.0, "count", None, "",
    "III. NHIỆM VỤ VÀ GIẢI PHÁP › 4. Phát triển điểm học tập số và tủ sách cộng đồng",
    "mỗi năm bổ sung ít nhất 02 tủ sách cộng đồng ở các thôn.", "community_bookshelves_added_per_year", bound="min", year_basis="none", kind="task")
tgt(GM, "lớp chăm sóc sức khỏe người cao tuổi, dinh dưỡng trẻ em", "ít nhất 02 lớp/năm", 2.0, "count", None, "",
    "V. TỔ CHỨC THỰC HIỆN › 7. Trạm Y tế xã",
    "mở lớp chăm sóc sức khỏe người cao tuổi, dinh dưỡng trẻ em ít nhất 02 lớp/năm.", "health_classes_per_year", bound="min", year_basis="none", kind="task")
tgt(GM, "Tổng kinh phí thực hiện giai đoạn 2024 - 2026", "186 triệu đồng", 186000000.0, "VND", None, "", "IV. KINH PHÍ THỰC HIỆN",
    "Tổng kinh phí thực hiện giai đoạn 2024 - 2026 là 186 triệu đồng", "plan_total_budget", year_basis="none", kind="task",
    parts={"ngân sách xã": "96 triệu đồng", "Hội Khuyến học xã vận động": "60 triệu đồng", "nguồn xã hội hóa khác": "30 triệu đồng"})
tgt(GM, "ngân sách xã hỗ trợ Trung tâm học tập cộng đồng hằng năm", "20 triệu đồng", 20000000.0, "VND", None, "", "IV. KINH PHÍ THỰC HIỆN",
    "20 triệu đồng; riêng năm 2024 bổ sung 16 triệu đồng", "cltc_annual_budget", year_basis="none", kind="task",
    alt_spans=["Hằng năm ngân sách xã hỗ trợ Trung tâm học tập cộng đồng"],
    note="The sentence is cut by the page break between pages 3 and 4 ('- 3 -' and page 4's running header fall between the subject 'Hằng năm ngân sách xã hỗ trợ Trung tâm học tập cộng đồng' and its amount '20 triệu đồng'); the subject is `alt_spans`.")
tgt(GM, "bổ sung mua thiết bị cho điểm học tập số", "16 triệu đồng", 16000000.0, "VND", 2024, "", "IV. KINH PHÍ THỰC HIỆN",
    "riêng năm 2024 bổ sung 16 triệu đồng mua thiết bị cho điểm học tập số.", "digital_point_equipment_budget", kind="task")

A = []


def ag(doc, item, agency, canonical, level, role, n_tasks, span, deadline_spans=(), tier=None, **kw):
    r = {"doc": doc, "agency": agency, "canonical": canonical, "level": level, "role": role, "n_tasks": n_tasks,
         "span": span, "deadline_spans": list(deadline_spans), "item": item, "tier": tier or level}
    r.update(kw)
    A.append(r)


EDU, HKH, PHOI = "Trách nhiệm của ngành Giáo dục", "Trách nhiệm của Hội Khuyến học các cấp", "Trách nhiệm phối hợp"
ag(QT, "1.a", "Sở Giáo dục và Đào tạo", "education", "province", "lead", 3,
   "Là đầu mối của ngành Giáo dục, chủ trì, phối hợp với Hội Khuyến học tỉnh triển khai Kế hoạch liên tịch này.",
   ["Ban hành văn bản hướng dẫn thực hiện Kế hoạch đến các Phòng Giáo dục và Đào tạo, đơn vị trực thuộc trước ngày 30/5/2024.",
    "Tổng hợp kết quả phối hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Giáo dục và Đào tạo trước ngày 10/12 hằng năm."],
   responsibility_heading=EDU, role_span="Là đầu mối của ngành Giáo dục", co_issuer=True,
   note="Co-issuer; 'đầu mối' of the education side (the Hội Khuyến học tỉnh is đầu mối of the Hội side). Neither is called 'cơ quan thường trực'.")
ag(QT, "1.b", "Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố", "education", "district", "lead", 2,
   "Tham mưu Ủy ban nhân dân cấp huyện ban hành kế hoạch thực hiện trước ngày 30/6/2024.",
   ["Tham mưu Ủy ban nhân dân cấp huyện ban hành kế hoạch thực hiện trước ngày 30/6/2024."], tier="province", responsibility_heading=EDU)
ag(QT, "1.c", "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên các huyện", "continuing_education_centre", "district", "coordinate", 1,
   "Phối hợp với Trung tâm học tập cộng đồng mở các lớp xóa mù chữ, bổ túc văn hóa, đào tạo nghề ngắn hạn cho người lao động nông thôn.",
   tier="province", responsibility_heading=EDU)
ag(QT, "1.d", "Các trường mầm non, phổ thông", "schools", "organisation", "lead", 1,
   "Thành lập, củng cố Ban Khuyến học nhà trường; phối hợp với Chi hội khuyến học thôn, tổ dân phố vận động học sinh bỏ học trở lại lớp.",
   tier="province", responsibility_heading=EDU)
ag(QT, "2.a", "Hội Khuyến học tỉnh", "study_promotion_association", "province", "lead", 3,
   "Là đầu mối của Hội, chủ trì phối hợp với Sở Giáo dục và Đào tạo chỉ đạo Hội Khuyến học các cấp thực hiện Kế hoạch.",
   responsibility_heading=HKH, role_span="Là đầu mối của Hội", co_issuer=True,
   note="Co-issuer of the joint plan: its tasks are its own commitments, not a 'Đề nghị' request.")
ag(QT, "2.b", "Hội Khuyến học cấp huyện", "study_promotion_association", "district", "lead", 1,
   "Chỉ đạo Hội Khuyến học cấp xã tham gia Ban Giám đốc Trung tâm học tập cộng đồng; tổng hợp kết quả công nhận các danh hiệu học tập, báo cáo Hội Khuyến học tỉnh trước ngày 25/11 hằng năm.",
   ["báo cáo Hội Khuyến học tỉnh trước ngày 25/11 hằng năm."], tier="province", responsibility_heading=HKH)
ag(QT, "2.c", "Hội Khuyến học cấp xã và các Chi hội khuyến học", "study_promotion_association", "commune", "lead", 1,
   "Phối hợp với Trung tâm học tập cộng đồng tổ chức các lớp chuyên đề; bình xét “Gia đình học tập”, “Dòng họ học tập” ở thôn, tổ dân phố.",
   tier="province", responsibility_heading=HKH)
ag(QT, "3.a", "Đề nghị Ủy ban nhân dân các huyện, thị xã, thành phố", "peoples_committee_lower", "district", "request", 1,
   "Chỉ đạo Ủy ban nhân dân cấp xã bố trí kinh phí, cơ sở vật chất cho Trung tâm học tập cộng đồng; đưa chỉ tiêu xây dựng xã hội học tập vào nghị quyết, kế hoạch phát triển kinh tế - xã hội hằng năm.",
   tier="province", responsibility_heading=PHOI)
ag(QT, "3.b", "Sở Tài chính", "finance", "province", "coordinate", 1,
   "Phối hợp với Sở Giáo dục và Đào tạo tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm.",
   responsibility_heading=PHOI)
ag(QT, "3.c", "Sở Lao động - Thương binh và Xã hội", "labour_social", "province", "coordinate", 1,
   "Phối hợp lồng ghép đào tạo nghề cho lao động nông thôn với hoạt động của Trung tâm học tập cộng đồng.", responsibility_heading=PHOI)
ag(QT, "3.d", "Sở Thông tin và Truyền thông, Báo Quảng Bình, Đài Phát thanh - Truyền hình Quảng Bình", "information_media", "province", "lead", 1,
   "Mở chuyên mục “Cả nước thành một xã hội học tập”, phát sóng ít nhất 02 kỳ/tháng.", responsibility_heading=PHOI,
   is_group=True, members=["Sở Thông tin và Truyền thông", "Báo Quảng Bình", "Đài Phát thanh - Truyền hình Quảng Bình"])
ag(QT, "3.đ", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Tỉnh Đoàn, Hội Liên hiệp Phụ nữ tỉnh", "fatherland_front", "province", "request", 1,
   "Phối hợp tuyên truyền, vận động hội viên, đoàn viên tham gia học tập suốt đời và xây dựng “Gia đình học tập”.", responsibility_heading=PHOI,
   is_group=True, members=["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Tỉnh Đoàn", "Hội Liên hiệp Phụ nữ tỉnh"])

ag(GM, "1", "Công chức Văn hóa - Xã hội xã", "culture_society_officer", "commune", "standing", 2,
   "là cơ quan thường trực, tham mưu Ủy ban nhân dân xã triển khai Kế hoạch", ["trước ngày 05/12 hằng năm."], role_span="là cơ quan thường trực")
ag(GM, "2", "Trung tâm học tập cộng đồng xã", "community_learning_centre", "commune", "lead", 2,
   "xây dựng kế hoạch hoạt động hằng năm trước ngày 15/01", ["xây dựng kế hoạch hoạt động hằng năm trước ngày 15/01"])
ag(GM, "3", "Hội Khuyến học xã", "study_promotion_association", "commune", "lead", 2,
   "chủ trì bình xét “Gia đình học tập”, “Dòng họ học tập”; vận động Quỹ khuyến học xã")
ag(GM, "4", "Trường Mầm non Hải Trạch, Trường Tiểu học Hải Trạch và Trường THCS Hải Trạch", "schools", "organisation", "coordinate", 2,
   "phối hợp với Chi hội khuyến học các thôn vận động học sinh bỏ học trở lại lớp", is_group=True,
   members=["Trường Mầm non Hải Trạch", "Trường Tiểu học Hải Trạch", "Trường THCS Hải Trạch"], tier="commune")
ag(GM, "5", "Công chức Tài chính - Kế toán xã", "finance", "commune", "lead", 2,
   "tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách xã hằng năm")
ag(GM, "6", "Đài Truyền thanh xã", "information_media", "commune", "lead", 2,
   "duy trì chuyên mục “Học tập suốt đời” 02 lần/tuần")
ag(GM, "7", "Trạm Y tế xã", "health", "commune", "coordinate", 1,
   "phối hợp với Trung tâm học tập cộng đồng mở lớp chăm sóc sức khỏe người cao tuổi")
ag(GM, "8", "Công an xã", "police", "commune", "coordinate", 1,
   "phối hợp tuyên truyền pháp luật về an ninh trật tự, phòng chống ma túy tại Trung tâm học tập cộng đồng.")
ag(GM, "9", "Ban Chỉ huy Quân sự xã", "military_command", "commune", "coordinate", 1,
   "phối hợp hướng dẫn kỹ năng phòng chống thiên tai, tìm kiếm cứu nạn cho người dân các thôn ven biển.")
ag(GM, "10", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể", "fatherland_front", "commune", "request", 2,
   "vận động hội viên, đoàn viên tham gia học tập tại Trung tâm học", is_group=True,
   members=["Hội Liên hiệp Phụ nữ xã", "Hội Nông dân xã", "Đoàn Thanh niên xã"],
   note="The item runs from the bottom of page 4 (right half of sheet 2) to the top of page 5 (left half of sheet 3) across '- 4 -' and the running header.")
ag(GM, "10", "Hội Liên hiệp Phụ nữ xã", "womens_union", "commune", "request", 1,
   "thể: Hội Liên hiệp Phụ nữ xã, Hội Nông dân xã, Đoàn Thanh niên xã", parent="10")
ag(GM, "10", "Hội Nông dân xã", "farmers_union", "commune", "request", 2,
   "Hội Nông dân xã phối hợp mở lớp trồng rau trên cát.", parent="10",
   alt_spans=["thể: Hội Liên hiệp Phụ nữ xã, Hội Nông dân xã, Đoàn Thanh niên xã"])
ag(GM, "10", "Đoàn Thanh niên xã", "youth_union", "commune", "request", 1,
   "thể: Hội Liên hiệp Phụ nữ xã, Hội Nông dân xã, Đoàn Thanh niên xã", parent="10")
ag(GM, "11", "Trưởng các thôn", "village_heads", "commune", "coordinate", 2,
   "phối hợp với Chi hội khuyến học thôn bình xét danh hiệu học tập")


def main():
    n = check_sets.norm
    bad = []
    for p in PLANS:
        t = check_sets.text_of(p["id"])
        for k in ("number", "title"):
            if n(p[k]) not in t:
                bad.append(f"plan {p['id']}: {k} not in text")
        for s in [p["signer"]] + p.get("signers", []):
            if n(s["name"]) not in t:
                bad.append(f"plan {p['id']}: signer {s['name']} not in text")
    for r in T + A:
        for s in [r["span"]] + r.get("alt_spans", []) + r.get("deadline_spans", []) + ([r["role_span"]] if r.get("role_span") else []):
            if n(s) not in check_sets.text_of(r["doc"]):
                bad.append(f"{r['doc']}: missing {s!r}")
    for r in T:
        if n(r["value"]).lower() not in n(r["span"]).lower() and not ("table" in r and n(r["table"]["cell"]) in n(r["span"])):
            bad.append(f"value {r['value']!r} not in span {r['span']!r}")
    if bad:
        print("\n".join(bad))
        print("REFUSING to write")
        return 1
    out = os.path.join(SETS, "gold40")
    os.makedirs(out, exist_ok=True)
    for name, rows in (("plans.jsonl", PLANS), ("targets.jsonl", T), ("agencies.jsonl", A)):
        with open(os.path.join(out, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote gold40: {len(PLANS)} plans, {len(T)} targets, {len(A)} agencies")
    return 0


if __name__ == "__main__":
    sys.exit(main())
