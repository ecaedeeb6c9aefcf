"""Write eval/sets/gold48/ (plans.jsonl, targets.jsonl, agencies.jsonl) for the two plans of set 48.

    python eval/sets/src48/gold_src48.py

Refuses to write if a span (span, alt_spans, deadline_spans, role_span) is missing from its plan's text as extracted by
check_sets.py, or a percentage/figure value is not inside its span. For the bilingual Rạch Giá plan the records are
made from the VIETNAMESE text (it prevails); the English line of the same target is an alt_span when the two agree,
and the one figure that differs (the budget) carries the English span under "translation_differs".
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = os.path.dirname(HERE)
sys.path.insert(0, SETS)
from check_sets import norm, text_of  # noqa: E402

R = "rachgia_58-KH-UBND_2025.docx"
H = "kiengiang_27-KH-HKH_2025.docx"
OUT = os.path.join(SETS, "gold48")

PLANS = [
    {"id": R, "title": "Xây dựng thành phố học tập Rạch Giá giai đoạn 2025 - 2030, chuẩn bị tham gia Mạng lưới các thành phố học tập toàn cầu của UNESCO",
     "locality": "Rạch Giá", "level": "huyện", "parents": ["Kiên Giang"], "number": "58/KH-UBND", "issued": "2025-03-14",
     "period": "2025-2030", "issuer": "Ủy ban nhân dân thành phố Rạch Giá",
     "signer": {"name": "Trần Thị Kim Ngân", "capacity": "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"},
     "languages": ["vi", "en"],
     "translation": {"heading": "BẢN DỊCH TIẾNG ANH / ENGLISH TRANSLATION", "source": "draft (Tờ trình 39/TTr-PGDĐT, 05/3/2025)",
                     "prevails": "vi", "not_translated": ["Nơi nhận", "Phụ lục"],
                     "differences": [{"field": "IV. total budget", "vi": "18.600 triệu đồng (ngân sách thành phố 12.400)",
                                      "en": "VND 17,800 million (city budget VND 11,600 million)"}]},
     "note": "A city (district-level, before the 2025 reform) plan with its official English translation appended in the same .docx after a page break; the translation was made from the draft and differs only in the budget; the Vietnamese text prevails (said in both versions). Phụ lục: 2027 targets for the 12 xã, phường (Vietnamese only)."},
    {"id": H, "title": "Đẩy mạnh phong trào khuyến học, khuyến tài, xây dựng xã hội học tập tỉnh Kiên Giang giai đoạn 2025 - 2030",
     "locality": "Kiên Giang", "level": "tỉnh/thành phố", "parents": [], "number": "27/KH-HKH", "issued": "2025-04-02",
     "period": "2025-2030", "issuer": "Hội Khuyến học tỉnh Kiên Giang", "issuer_kind": "mass_organisation",
     "signer": {"name": "Lâm Văn Thạnh", "capacity": "TM. BAN THƯỜNG VỤ / CHỦ TỊCH"},
     "abbreviations": {"HKH": "Hội Khuyến học", "BTV": "Ban Thường vụ", "CHKH": "Chi hội khuyến học",
                       "BĐD": "Ban đại diện Hội Khuyến học", "GĐHT": "Gia đình học tập", "DHHT": "Dòng họ học tập",
                       "CĐHT": "Cộng đồng học tập cấp ấp, khu phố", "ĐVHT": "Đơn vị học tập", "CDHT": "Công dân học tập",
                       "TTHTCĐ": "Trung tâm học tập cộng đồng", "QKH": "Quỹ khuyến học, khuyến tài"},
     "children_rows": ["Thành phố Rạch Giá"], "related_loaded": [R],
     "note": "A plan of a MASS ORGANISATION (Hội Khuyến học tỉnh), not of a People's Committee: tasks go to the Hội's own levels and units; other bodies only by 'Đề nghị' or 'phối hợp với'. An abbreviation table precedes the căn cứ and the body uses the short forms. Phụ lục: 2027 targets for the HKH of the 15 huyện, thành phố, a row for the BĐD under the provincial Hội, and a Toàn tỉnh row."},
]

T = []


def tg(doc, indicator, value, number, unit, year, section, span, concept, bound="eq", kind="objective", scope="",
       year_basis="heading", **extra):
    r = {"doc": doc, "indicator": indicator, "value": value, "number": number, "unit": unit, "year": year,
         "scope": scope, "section": section, "span": span, "concept": concept, "bound": bound,
         "year_basis": year_basis, "kind": kind}
    r.update(extra)
    T.append(r)


S27 = "II. MỤC TIÊU › 2. Chỉ tiêu cụ thể › a) Đến năm 2027"
S30 = "II. MỤC TIÊU › 2. Chỉ tiêu cụ thể › b) Đến năm 2030"
tg(R, "xã, phường duy trì đạt chuẩn xóa mù chữ mức độ 2", "12/12", 12.0, "count", 2027, S27,
   "- 12/12 xã, phường duy trì đạt chuẩn xóa mù chữ mức độ 2.", "literacy_level2_commune_count", scope="xã, phường",
   alt_spans=["- 12/12 communes and wards maintain literacy standard level 2."], number_of=12)
tg(R, "hộ gia đình đạt danh hiệu “Gia đình học tập”", "65%", 65.0, "%", 2027, S27,
   "- 65% hộ gia đình đạt danh hiệu “Gia đình học tập”.", "learning_family_share",
   alt_spans=["- 65% of households are recognised as “Learning Families”."])
tg(R, "người trong độ tuổi lao động có kỹ năng số cơ bản", "60%", 60.0, "%", 2027, S27,
   "- 60% người trong độ tuổi lao động có kỹ năng số cơ bản.", "workforce_digital_skills_share", scope="trong độ tuổi lao động",
   alt_spans=["- 60% of working-age people have basic digital skills."])
tg(R, "thư viện, điểm đọc công cộng mở cửa vào buổi tối và ngày nghỉ", "Ít nhất 06", 6.0, "count", 2027, S27,
   "- Ít nhất 06 thư viện, điểm đọc công cộng mở cửa vào buổi tối và ngày nghỉ.", "library_evening_opening_count", bound="min",
   alt_spans=["- At least 06 public libraries and reading points open in the evenings and on days off."])
tg(R, "hộ gia đình đạt danh hiệu “Gia đình học tập”", "80%", 80.0, "%", 2030, S30,
   "- 80% hộ gia đình đạt danh hiệu “Gia đình học tập”.", "learning_family_share",
   alt_spans=["- 80% of households are recognised as “Learning Families”."])
tg(R, "người trong độ tuổi lao động có kỹ năng số cơ bản", "85%", 85.0, "%", 2030, S30,
   "- 85% người trong độ tuổi lao động có kỹ năng số cơ bản.", "workforce_digital_skills_share", scope="trong độ tuổi lao động",
   alt_spans=["- 85% of working-age people have basic digital skills."])
tg(R, "Trung tâm học tập cộng đồng được đánh giá, xếp loại Tốt", "12/12", 12.0, "count", 2030, S30,
   "- 12/12 Trung tâm học tập cộng đồng được đánh giá, xếp loại Tốt.", "cltc_good_rating_count",
   alt_spans=["- 12/12 Community Learning Centres are rated Good."], number_of=12)
tg(R, "người lao động trong các cơ sở du lịch, lưu trú, dịch vụ cảng giao tiếp được bằng tiếng Anh", "30%", 30.0, "%", 2030, S30,
   "- 30% người lao động trong các cơ sở du lịch, lưu trú, dịch vụ cảng giao tiếp được bằng tiếng Anh.",
   "tourism_workers_english_share", scope="người lao động trong các cơ sở du lịch, lưu trú, dịch vụ cảng",
   alt_spans=["- 30% of workers in tourism, accommodation and port service establishments can communicate in English."])
tg(R, "Tổng kinh phí dự kiến giai đoạn 2025 - 2030", "18.600 triệu đồng", 18600000000.0, "VND", None, "IV. KINH PHÍ THỰC HIỆN",
   "- Tổng kinh phí dự kiến giai đoạn 2025 - 2030 là 18.600 triệu đồng, trong đó: ngân sách thành phố 12.400 triệu đồng; nguồn xã hội hóa 6.200 triệu đồng.",
   "plan_total_budget", kind="task", year_basis="none", period="2025-2030",
   parts={"ngân sách thành phố": 12400000000.0, "nguồn xã hội hóa": 6200000000.0},
   translation_differs={"span": "- The total estimated funding for the 2025 - 2030 period is VND 17,800 million, of which the city budget provides VND 11,600 million and socialised sources VND 6,200 million.",
                        "value": "VND 17,800 million", "why": "translated from the draft; the Vietnamese text prevails"})
tg(R, "Kinh phí chuẩn bị hồ sơ đề cử tham gia Mạng lưới", "350 triệu đồng", 350000000.0, "VND", 2025, "IV. KINH PHÍ THỰC HIỆN",
   "- Kinh phí chuẩn bị hồ sơ đề cử tham gia Mạng lưới (dịch thuật, tư liệu, hội thảo) là 350 triệu đồng, bố trí từ ngân sách thành phố năm 2025.",
   "nomination_budget", kind="task", year_basis="line",
   alt_spans=["- The cost of preparing the nomination (translation, documentation, workshops) is VND 350 million from the 2025 city budget."])
tg(R, "hỗ trợ mỗi Trung tâm học tập cộng đồng", "30 triệu đồng/năm", 30000000.0, "VND", None, "IV. KINH PHÍ THỰC HIỆN",
   "- Mỗi Trung tâm học tập cộng đồng được hỗ trợ 30 triệu đồng/năm từ ngân sách thành phố.", "cltc_support_per_year",
   kind="task", year_basis="none",
   alt_spans=["- Each Community Learning Centre receives VND 30 million per year from the city budget."])
WARDS = [("Phường Vĩnh Thanh Vân", 70, 68), ("Phường Vĩnh Thanh", 68, 66), ("Phường Vĩnh Quang", 66, 62),
         ("Phường Vĩnh Hiệp", 64, 60), ("Phường Vĩnh Bảo", 66, 64), ("Phường Vĩnh Lạc", 65, 62),
         ("Phường An Hòa", 64, 58), ("Phường An Bình", 63, 58), ("Phường Rạch Sỏi", 62, 56),
         ("Phường Vĩnh Lợi", 62, 55), ("Phường Vĩnh Thông", 60, 52), ("Xã Phi Thông", 58, 45)]
HDR_R = "TT Xã, phường Hộ gia đình đạt danh hiệu “Gia đình học tập” (%) Người trong độ tuổi lao động có kỹ năng số cơ bản (%)"
for i, (w, gd, kn) in enumerate(WARDS, 1):
    row = f"{i} {w} {gd} {kn}"
    for col, val, concept in (("Hộ gia đình đạt danh hiệu “Gia đình học tập” (%)", gd, "learning_family_share"),
                              ("Người trong độ tuổi lao động có kỹ năng số cơ bản (%)", kn, "workforce_digital_skills_share")):
        tg(R, col, str(val), float(val), "%", 2027, "Phụ lục › Chỉ tiêu năm 2027 giao cho các xã, phường", row, concept,
           scope=w, year_basis="heading", table={"row": w, "column": col, "cell": str(val)},
           alt_spans=[HDR_R, "CHỈ TIÊU NĂM 2027 GIAO CHO CÁC XÃ, PHƯỜNG"])

H27 = "II. MỤC TIÊU, CHỈ TIÊU › 1. Đến năm 2027"
H30 = "II. MỤC TIÊU, CHỈ TIÊU › 2. Đến năm 2030"
L27 = "60% hộ gia đình đạt danh hiệu GĐHT; 40% dòng họ đạt danh hiệu DHHT; 55% ấp, khu phố đạt danh hiệu CĐHT; 70% cơ quan, đơn vị đạt danh hiệu ĐVHT."
L30 = "75% hộ gia đình đạt danh hiệu GĐHT; 55% dòng họ đạt danh hiệu DHHT; 70% ấp, khu phố đạt danh hiệu CĐHT; 85% cơ quan, đơn vị đạt danh hiệu ĐVHT."
tg(H, "Tổng số hội viên toàn tỉnh", "ít nhất 380.000 người", 380000.0, "count", 2027, H27,
   "- Tổng số hội viên toàn tỉnh đạt ít nhất 380.000 người; 100% ấp, khu phố có CHKH.", "association_members_count", bound="min")
tg(H, "ấp, khu phố có CHKH", "100%", 100.0, "%", 2027, H27,
   "- Tổng số hội viên toàn tỉnh đạt ít nhất 380.000 người; 100% ấp, khu phố có CHKH.", "village_association_branch_share", scope="ấp, khu phố")
tg(H, "QKH các cấp vận động", "ít nhất 45 tỷ đồng mỗi năm", 45000000000.0, "VND", 2027, H27,
   "- QKH các cấp vận động đạt ít nhất 45 tỷ đồng mỗi năm.", "study_promotion_fund_per_year", bound="min")
for val, ind, concept, scope in (("60%", "hộ gia đình đạt danh hiệu GĐHT", "learning_family_share", ""),
                                 ("40%", "dòng họ đạt danh hiệu DHHT", "learning_clan_share", ""),
                                 ("55%", "ấp, khu phố đạt danh hiệu CĐHT", "learning_community_village_share", "ấp, khu phố"),
                                 ("70%", "cơ quan, đơn vị đạt danh hiệu ĐVHT", "learning_unit_share", "cơ quan, đơn vị")):
    tg(H, ind, val, float(val[:-1]), "%", 2027, H27, L27, concept, scope=scope)
tg(H, "Tổng số hội viên toàn tỉnh", "ít nhất 420.000 người", 420000.0, "count", 2030, H30,
   "- Tổng số hội viên toàn tỉnh đạt ít nhất 420.000 người; 100% trường đại học, cao đẳng, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên có BĐD.",
   "association_members_count", bound="min")
tg(H, "trường đại học, cao đẳng, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên có BĐD", "100%", 100.0, "%", 2030, H30,
   "- Tổng số hội viên toàn tỉnh đạt ít nhất 420.000 người; 100% trường đại học, cao đẳng, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên có BĐD.",
   "school_association_board_share", scope="trường đại học, cao đẳng, trung tâm GDNN-GDTX")
tg(H, "QKH các cấp vận động", "ít nhất 60 tỷ đồng mỗi năm", 60000000000.0, "VND", 2030, H30,
   "- QKH các cấp vận động đạt ít nhất 60 tỷ đồng mỗi năm; mỗi năm trao ít nhất 12.000 suất học bổng.", "study_promotion_fund_per_year", bound="min")
tg(H, "suất học bổng mỗi năm", "ít nhất 12.000", 12000.0, "count", 2030, H30,
   "- QKH các cấp vận động đạt ít nhất 60 tỷ đồng mỗi năm; mỗi năm trao ít nhất 12.000 suất học bổng.", "scholarships_per_year", bound="min")
for val, ind, concept, scope in (("75%", "hộ gia đình đạt danh hiệu GĐHT", "learning_family_share", ""),
                                 ("55%", "dòng họ đạt danh hiệu DHHT", "learning_clan_share", ""),
                                 ("70%", "ấp, khu phố đạt danh hiệu CĐHT", "learning_community_village_share", "ấp, khu phố"),
                                 ("85%", "cơ quan, đơn vị đạt danh hiệu ĐVHT", "learning_unit_share", "cơ quan, đơn vị")):
    tg(H, ind, val, float(val[:-1]), "%", 2030, H30, L30, concept, scope=scope)
tg(H, "người trong độ tuổi lao động đạt danh hiệu CDHT", "30%", 30.0, "%", 2030, H30,
   "- 30% người trong độ tuổi lao động đạt danh hiệu CDHT.", "learning_citizen_share", scope="trong độ tuổi lao động")
tg(H, "hỗ trợ kinh phí đánh giá, công nhận các mô hình học tập (đề nghị UBND tỉnh)", "200 triệu đồng mỗi năm", 200000000.0, "VND", None,
   "IV. KINH PHÍ", "- Đề nghị Ủy ban nhân dân tỉnh hỗ trợ kinh phí đánh giá, công nhận các mô hình học tập 200 triệu đồng mỗi năm, tổng cộng 1.200 triệu đồng giai đoạn 2025 - 2030.",
   "requested_support_per_year", kind="task", year_basis="none", period="2025-2030", total=1200000000.0)
DIST = [("Thành phố Rạch Giá", "52.000", "7.500", "62"), ("Thành phố Hà Tiên", "9.500", "1.200", "60"),
        ("Thành phố Phú Quốc", "24.000", "6.000", "58"), ("Huyện Kiên Lương", "16.500", "1.800", "58"),
        ("Huyện Hòn Đất", "36.000", "3.200", "60"), ("Huyện Tân Hiệp", "30.000", "2.800", "62"),
        ("Huyện Châu Thành", "32.000", "3.000", "60"), ("Huyện Giồng Riềng", "40.000", "3.500", "60"),
        ("Huyện Gò Quao", "28.000", "2.600", "58"), ("Huyện An Biên", "26.000", "2.500", "58"),
        ("Huyện An Minh", "24.000", "2.400", "58"), ("Huyện U Minh Thượng", "15.000", "1.500", "56"),
        ("Huyện Vĩnh Thuận", "19.000", "2.000", "58"), ("Huyện Kiên Hải", "4.500", "500", "56"),
        ("Huyện Giang Thành", "7.500", "800", "56"), ("Các BĐD trực thuộc HKH tỉnh", "16.000", "3.700", "-")]
HDR_H = "TT Đơn vị Hội viên (người) Quỹ khuyến học vận động (triệu đồng/năm) Hộ đạt danh hiệu GĐHT (%)"
SEC_H = "Phụ lục › Chỉ tiêu năm 2027 giao cho Hội Khuyến học các huyện, thành phố"


def num(s):
    return float(s.replace(".", ""))


for i, (u, hv, quy, gd) in enumerate(DIST, 1):
    row = f"{i} {u} {hv} {quy} {gd}"
    alt = [HDR_H, "CHỈ TIÊU NĂM 2027 GIAO CHO HỘI KHUYẾN HỌC CÁC HUYỆN, THÀNH PHỐ"]
    tg(H, "Hội viên (người)", hv, num(hv), "count", 2027, SEC_H, row, "association_members_count", scope=u,
       table={"row": u, "column": "Hội viên (người)", "cell": hv}, alt_spans=alt)
    tg(H, "Quỹ khuyến học vận động (triệu đồng/năm)", quy, num(quy) * 1e6, "VND", 2027, SEC_H, row, "study_promotion_fund_per_year",
       scope=u, table={"row": u, "column": "Quỹ khuyến học vận động (triệu đồng/năm)", "cell": quy}, alt_spans=alt)
    if gd != "-":
        tg(H, "Hộ đạt danh hiệu GĐHT (%)", gd, float(gd), "%", 2027, SEC_H, row, "learning_family_share", scope=u,
           table={"row": u, "column": "Hộ đạt danh hiệu GĐHT (%)", "cell": gd}, alt_spans=alt)
TOT = "Toàn tỉnh 380.000 45.000 60"
for col, val, unit, concept, n in (("Hội viên (người)", "380.000", "count", "association_members_count", 380000.0),
                                   ("Quỹ khuyến học vận động (triệu đồng/năm)", "45.000", "VND", "study_promotion_fund_per_year", 45000e6),
                                   ("Hộ đạt danh hiệu GĐHT (%)", "60", "%", "learning_family_share", 60.0)):
    tg(H, col, val, n, unit, 2027, SEC_H, TOT, concept, scope="Toàn tỉnh", table={"row": "Toàn tỉnh", "column": col, "cell": val},
       alt_spans=[HDR_H])

A = []


def ag(doc, item, agency, canonical, level, role, n_tasks, span, deadline_spans=(), section="V. TỔ CHỨC THỰC HIỆN", **extra):
    r = {"doc": doc, "agency": agency, "canonical": canonical, "level": level, "role": role, "n_tasks": n_tasks,
         "span": span, "deadline_spans": list(deadline_spans), "item": item, "tier": level if level != "organisation" else "organisation",
         "section": section}
    r.update(extra)
    A.append(r)


ag(R, "1", "Phòng Giáo dục và Đào tạo", "education", "district", "standing", 4,
   "Là cơ quan thường trực, tham mưu Ủy ban nhân dân thành phố thành lập Tổ công tác xây dựng hồ sơ đề cử",
   ["trước ngày 30/6/2026", "trước ngày 15/12 hằng năm", "quý IV/2027", "quý IV/2030"], role_span="Là cơ quan thường trực",
   en_span="1. Division of Education and Training: Acts as the standing agency")
ag(R, "2", "Phòng Văn hóa, Khoa học và Thông tin", "culture", "district", "lead", 3,
   "Chủ trì tuyên truyền về thành phố học tập", ["trước ngày 31/12/2025"],
   en_span="2. Division of Culture, Science and Information: Leads communication on the learning city")
ag(R, "3", "Phòng Tài chính - Kế hoạch", "finance", "district", "lead", 2,
   "Tham mưu Ủy ban nhân dân thành phố bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm",
   en_span="3. Division of Finance and Planning: Advises the City People’s Committee on allocating funds")
ag(R, "4", "Phòng Nội vụ", "home_affairs", "district", "lead", 3,
   "Chủ trì mở các lớp bồi dưỡng kỹ năng an toàn trên biển cho ngư dân",
   en_span="4. Division of Home Affairs: Leads courses on safety at sea for fishers")
ag(R, "5", "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên thành phố", "vocational_continuing_education_centre", "district", "lead", 2,
   "Tổ chức các lớp xóa mù chữ, lớp tiếng Anh giao tiếp cho người lao động du lịch",
   en_span="5. City Centre for Vocational Education and Continuing Education: Organises literacy classes")
ag(R, "6", "Ủy ban nhân dân các xã, phường", "peoples_committee_lower", "commune", "lead", 3,
   "Xây dựng kế hoạch hằng năm, gửi Phòng Giáo dục và Đào tạo trước ngày 31/01", ["trước ngày 31/01", "trước ngày 30/11 hằng năm"],
   en_span="6. People’s Committees of communes and wards: Develop annual plans")
ag(R, "7", "Đề nghị Trường Cao đẳng Kiên Giang", "college", "province", "request", 1,
   "Phối hợp với Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên thành phố biên soạn tài liệu tiếng Anh giao tiếp cho người lao động du lịch, dịch vụ cảng.",
   en_span="7. Kien Giang College is requested to")
ag(R, "8", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và Hội Khuyến học thành phố", "fatherland_front", "district", "request", 2,
   "Vận động Nhân dân tham gia xây dựng thành phố học tập", is_group=True,
   members=["Ủy ban Mặt trận Tổ quốc Việt Nam thành phố", "Hội Khuyến học thành phố"],
   en_span="8. The City Viet Nam Fatherland Front Committee and the City Association for Promoting Education are requested to")
ag(R, "8", "Hội Khuyến học thành phố", "study_promotion_association", "district", "request", 1,
   "Hội Khuyến học thành phố chủ trì đánh giá, công nhận danh hiệu “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” cấp cơ sở.",
   parent="8")
HS = "V. TỔ CHỨC THỰC HIỆN"
ag(H, "1", "BTV HKH tỉnh", "study_promotion_association", "organisation", "lead", 1,
   "Chỉ đạo HKH các cấp triển khai Kế hoạch; sơ kết vào quý IV/2027 và tổng kết vào quý IV/2030.", ["quý IV/2027", "quý IV/2030"],
   section=HS + " › 1. BTV HKH tỉnh", full_name="Ban Thường vụ Hội Khuyến học tỉnh", org_level="province")
ag(H, "2", "Văn phòng Hội", "association_office", "organisation", "standing", 1,
   "Là cơ quan thường trực giúp BTV theo dõi, đôn đốc việc thực hiện Kế hoạch", ["trước ngày 15/6", "trước ngày 05/12 hằng năm"],
   section=HS + " › 2. Văn phòng Hội", role_span="Là cơ quan thường trực", org_level="province")
ag(H, "3", "Ban Tổ chức - Hội viên", "association_department", "organisation", "lead", 3,
   "Ban Tổ chức - Hội viên: hướng dẫn thành lập CHKH, BĐD", section=HS + " › 3. Các Ban chuyên môn", parent="3", org_level="province")
ag(H, "3", "Ban Tuyên truyền", "association_department", "organisation", "lead", 2,
   "Ban Tuyên truyền: biên tập Bản tin Khuyến học Kiên Giang hằng quý", section=HS + " › 3. Các Ban chuyên môn", parent="3",
   coordinates_with=["Đài Phát thanh và Truyền hình Kiên Giang"], org_level="province")
ag(H, "3", "Ban Quỹ khuyến học", "association_department", "organisation", "lead", 2,
   "Ban Quỹ khuyến học: quản lý QKH tỉnh", ["trước ngày 31/01 năm sau"], section=HS + " › 3. Các Ban chuyên môn", parent="3",
   org_level="province")
ag(H, "3", "Các Ban chuyên môn", "association_department", "organisation", "lead", 7, "3. Các Ban chuyên môn",
   section=HS, is_group=True, members=["Ban Tổ chức - Hội viên", "Ban Tuyên truyền", "Ban Quỹ khuyến học"], org_level="province")
ag(H, "4", "HKH cấp huyện (các huyện, thành phố)", "study_promotion_association", "organisation", "lead", 3,
   "Xây dựng kế hoạch giai đoạn 2025 - 2030 của đơn vị, gửi về Văn phòng Hội trước ngày 30/5/2025",
   ["trước ngày 30/5/2025", "trước ngày 30/11 hằng năm"], section=HS + " › 4. HKH cấp huyện (các huyện, thành phố)",
   full_name="Hội Khuyến học cấp huyện", org_level="district")
ag(H, "5", "HKH cấp xã, CHKH và BĐD", "study_promotion_association", "organisation", "lead", 2,
   "Tổ chức đăng ký, bình xét GĐHT, DHHT, CĐHT ở ấp, khu phố", ["vào tháng 10 hằng năm"], section=HS + " › 5. HKH cấp xã, CHKH và BĐD",
   is_group=True, members=["Hội Khuyến học cấp xã", "Chi hội khuyến học", "Ban đại diện Hội Khuyến học"], org_level="commune")
S6 = HS + " › 6. Đề nghị phối hợp"
ag(H, "6", "Đề nghị Sở Giáo dục và Đào tạo", "education", "province", "request", 1,
   "Đề nghị Sở Giáo dục và Đào tạo chỉ đạo Phòng Giáo dục và Đào tạo các huyện, thành phố phối hợp với HKH cùng cấp kiểm tra hoạt động của TTHTCĐ.",
   section=S6)
ag(H, "6", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "fatherland_front", "province", "request", 1,
   "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh đưa tiêu chí GĐHT vào nội dung bình xét “Gia đình văn hóa”", section=S6)
ag(H, "6", "Đề nghị Sở Tài chính", "finance", "province", "request", 1,
   "Đề nghị Sở Tài chính tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí hỗ trợ tại Mục IV.", section=S6)
ag(H, "6", "Tỉnh đoàn", "youth_union", "province", "coordinate", 1,
   "HKH tỉnh phối hợp với Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh vận động đoàn viên, hội viên đăng ký danh hiệu CDHT.", section=S6)
ag(H, "6", "Hội Liên hiệp Phụ nữ tỉnh", "womens_union", "province", "coordinate", 1,
   "HKH tỉnh phối hợp với Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh vận động đoàn viên, hội viên đăng ký danh hiệu CDHT.", section=S6)
ag(H, "", "Đề nghị Ủy ban nhân dân tỉnh", "peoples_committee_upper", "province", "request", 1,
   "Đề nghị Ủy ban nhân dân tỉnh hỗ trợ kinh phí đánh giá, công nhận các mô hình học tập 200 triệu đồng mỗi năm", section="IV. KINH PHÍ")


def main():
    problems = []
    for r in T:
        for s in [r["span"]] + r.get("alt_spans", []):
            if norm(s) not in text_of(r["doc"]):
                problems.append(f"target span missing: {s!r}")
        if "translation_differs" in r and norm(r["translation_differs"]["span"]) not in text_of(r["doc"]):
            problems.append(f"translation span missing: {r['translation_differs']['span']!r}")
        if r.get("table") is None and norm(r["value"]).lower() not in norm(r["span"]).lower():
            problems.append(f"value {r['value']!r} not in span {r['span']!r}")
    for r in A:
        for s in [r["span"]] + r["deadline_spans"] + ([r["role_span"]] if r.get("role_span") else []) + ([r["en_span"]] if r.get("en_span") else []):
            if norm(s) not in text_of(r["doc"]):
                problems.append(f"agency span missing: {s!r}")
    for p in PLANS:
        t = text_of(p["id"])
        for k in ("number", "title"):
            if norm(p[k]) not in t:
                problems.append(f"plan {k} missing: {p[k]!r}")
        if norm(p["signer"]["name"]) not in t:
            problems.append(f"signer missing: {p['signer']['name']!r}")
    if problems:
        print("\n".join(problems))
        return 1
    os.makedirs(OUT, exist_ok=True)
    for name, rows in (("plans.jsonl", PLANS), ("targets.jsonl", T), ("agencies.jsonl", A)):
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote gold48/: {len(PLANS)} plans, {len(T)} targets, {len(A)} agencies")
    return 0


if __name__ == "__main__":
    sys.exit(main())
