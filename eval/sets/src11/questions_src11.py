"""Write eval/sets/newplans11.jsonl (ids x001…). Spans are verbatim from the text as extracted (see check_sets.py).

    python eval/sets/src11/questions_src11.py
"""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "newplans11.jsonl")

YB = "yenbai_2215-KH-UBND_2024.docx"
CG = "canguoc_118-KH-UBND_2024.pdf"
LH = "longhiep_52-KH-UBND_2025.md"
HUE = "000_4550be4bb11189cd.txt"
HN = "002_797e8de6131c77f9.txt"
CT = "003_1a817ee72b993e3e.txt"

QS = []


def Q(type_, question, ev, answer, key_facts, history=()):
    docs = []
    for d, _ in ev:
        if d not in docs:
            docs.append(d)
    QS.append({"id": None, "question": question, "type": type_, "docs": docs,
               "evidence": [{"doc": d, "span": s} for d, s in ev], "answer": answer,
               "key_facts": list(key_facts), "history": hist(history)})


def U(question, answer, history=()):
    QS.append({"id": None, "question": question, "type": "unanswerable", "docs": [], "evidence": [],
               "answer": answer, "key_facts": [], "history": hist(history)})


def hist(h):
    out = []
    for i, c in enumerate(h):
        out.append({"role": "user" if i % 2 == 0 else "assistant", "content": c})
    return out


REFUSE = "Các kế hoạch đã nạp không có thông tin này."
REFUSE_EN = "The loaded plans do not cover this."

# ---- Yên Bái (docx) spans: table rows as python-docx gives them, cell after cell
YB_HEAD = "Lộ trình thực hiện TT Chỉ tiêu ĐVT Năm 2026 Năm 2028 Năm 2030"
YB_R = {
    "1.1": "1.1 Trong đó: người dân tộc thiểu số từ 15 đến 60 tuổi đạt chuẩn biết chữ mức độ 2 % 92,0 94,0 96,0",
    "1.2": "1.2 Số người được xóa mù chữ (cộng dồn từ năm 2025) người 1.200 2.600 4.000",
    "3": "3 Tỷ lệ gia đình đạt danh hiệu “Gia đình học tập” % 65 75 ≥ 85",
    "4": "4 Tỷ lệ dòng họ đạt danh hiệu “Dòng họ học tập” % 55 65 75",
    "6": "6 Cơ quan, doanh nghiệp được công nhận “Đơn vị học tập” cấp tỉnh mô hình 40 - 120",
    "7": "7 Tỷ lệ trung tâm học tập cộng đồng xếp loại Tốt % 45 55 65",
    "8": "8 Tỷ lệ người dân từ 15 tuổi trở lên có kỹ năng số cơ bản % 55 65 80",
    "8.1": "8.1 Cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số (cộng dồn) người 1.500 3.000 4.500",
}
YB_BHEAD = "Nhóm nhiệm vụ Ngân sách tỉnh Ngân sách huyện, xã Xã hội hóa Tổng"
YB_B = {
    "cds": "Chuyển đổi số trong học tập suốt đời 18,5 4,0 3,5 26,0",
    "tt": "Nâng cao hiệu quả trung tâm học tập cộng đồng 14,0 12,0 4,0 30,0",
    "xmc": "Xóa mù chữ, đào tạo nghề 10,0 8,0 2,0 20,0",
    "tong": "Tổng cộng 52,0 31,5 13,0 96,5",
}
YB_A = {
    1: "1 Kiện toàn Ban Chỉ đạo xây dựng xã hội học tập tỉnh Sở Giáo dục và Đào tạo Sở Nội vụ Quý I/2025",
    2: "2 Tuyên truyền về học tập suốt đời trên báo chí, phát thanh, truyền hình bằng tiếng dân tộc Sở Thông tin và Truyền thông Báo Yên Bái; Đài Phát thanh và Truyền hình tỉnh Hằng năm",
    3: "3 Tổ chức “Tuần lễ hưởng ứng học tập suốt đời” Sở Giáo dục và Đào tạo Hội Khuyến học tỉnh; Tỉnh đoàn Tháng 10 hằng năm",
    4: "4 Hướng dẫn bình xét “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” Hội Khuyến học tỉnh Sở Văn hóa, Thể thao và Du lịch; Hội Liên hiệp Phụ nữ tỉnh Hằng năm",
    5: "5 Xây dựng mô hình “Đơn vị học tập” trong doanh nghiệp Liên đoàn Lao động tỉnh Sở Kế hoạch và Đầu tư; Hiệp hội Doanh nghiệp tỉnh 2026-2030",
    6: "6 Đánh giá, xếp loại “Công dân học tập” thí điểm tại thành phố Yên Bái Sở Nội vụ Ủy ban nhân dân thành phố Yên Bái Quý IV/2026",
    7: "7 Xây dựng nền tảng “Học tập mở Yên Bái” Sở Thông tin và Truyền thông Sở Giáo dục và Đào tạo; Viễn thông Yên Bái Quý IV/2026",
    8: "8 Luân chuyển sách, xây dựng tủ sách điện tử tại trung tâm học tập cộng đồng Thư viện tỉnh Sở Văn hóa, Thể thao và Du lịch Hằng năm",
    9: "9 Bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã Sở Nội vụ Sở Thông tin và Truyền thông; Trường Chính trị tỉnh 2025-2030",
    10: "10 Bồi dưỡng cán bộ quản lý trung tâm học tập cộng đồng Sở Giáo dục và Đào tạo Trường Cao đẳng Yên Bái Quý III hằng năm",
    11: "11 Mở lớp xóa mù chữ, lớp sau xóa mù chữ ở vùng cao Ủy ban nhân dân các huyện Mù Cang Chải, Trạm Tấu, Văn Yên, Lục Yên Ban Dân tộc tỉnh; Bộ Chỉ huy Quân sự tỉnh Hằng năm",
    12: "12 Đào tạo nghề ngắn hạn cho lao động nông thôn Sở Lao động - Thương binh và Xã hội Trường Cao đẳng Yên Bái; Hội Nông dân tỉnh Hằng năm",
    13: "13 Tập huấn kỹ thuật trồng quế, chè Shan tuyết tại trung tâm học tập cộng đồng Sở Nông nghiệp và Phát triển nông thôn Hội Nông dân tỉnh 2025-2030",
}
YB_SGD = "1. Sở Giáo dục và Đào tạo là cơ quan thường trực, chủ trì theo dõi, đôn đốc thực hiện Kế hoạch; hướng dẫn đánh giá, xếp loại trung tâm học tập cộng đồng; tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Giáo dục và Đào tạo trước ngày 10/12 hằng năm."
YB_HUYEN = "6. Ủy ban nhân dân các huyện, thị xã, thành phố xây dựng kế hoạch của địa phương trong quý I/2025; báo cáo kết quả về Sở Giáo dục và Đào tạo trước ngày 30/11 hằng năm; sơ kết vào quý IV/2027 và tổng kết vào quý IV/2030."
YB_BDT = "3. Ban Dân tộc tỉnh phối hợp vận động người có uy tín trong đồng bào dân tộc thiểu số tham gia tuyên truyền, đưa người mù chữ đến lớp;"
YB_TT = "a) Mỗi trung tâm học tập cộng đồng tổ chức ít nhất 10 chuyên đề/năm về trồng quế, chè Shan tuyết, chăn nuôi, du lịch cộng đồng, pháp luật và kỹ năng số."
YB_TUAN = "mỗi năm tổ chức “Tuần lễ hưởng ứng học tập suốt đời” vào tháng 10."
YB_1373 = "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”;"

# ---- Cần Giuộc (pdf) spans: lines joined, never across a page foot/head
CG_GD = "Tỷ lệ gia đình được công nhận “Gia đình học tập” đạt 72% vào năm 2027 và 82% vào năm 2030"
CG_CD = "tỷ lệ ấp, khu phố đạt danh hiệu “Cộng đồng học tập” đạt 60% vào năm 2027 và 75% vào năm 2030"
CG_DH = "tỷ lệ dòng họ đạt danh hiệu “Dòng họ học tập” đạt 40% vào năm 2027 và 55% vào năm 2030"
CG_TT = "Tỷ lệ trung tâm học tập cộng đồng được xếp loại Tốt đạt 60% vào năm 2027 và 80% vào năm 2030."
CG_LD = "Tỷ lệ lao động qua đào tạo đạt 75% vào năm 2027 và 80% vào năm 2030."
CG_TONG = "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2025 - 2030 dự kiến là 14,2 tỷ đồng, trong đó: ngân sách huyện 7,8 tỷ đồng; ngân sách xã, thị trấn 3,4 tỷ đồng; vốn xã hội hóa và đóng góp của doanh nghiệp 3,0 tỷ đồng."
CG_NAM = "Phân kỳ theo năm: năm 2025 là 1,9 tỷ đồng, năm 2026 là 2,2 tỷ đồng, năm 2027 là 2,6 tỷ đồng, năm 2028 là 2,5 tỷ đồng, năm 2029 là 2,4 tỷ đồng và năm 2030 là 2,6 tỷ đồng."
CG_20TR = "Ngân sách huyện hỗ trợ mỗi trung tâm học tập cộng đồng 20 triệu đồng/năm để tổ chức các chuyên đề"
CG_12CD = "Mỗi trung tâm học tập cộng đồng tổ chức ít nhất 12 chuyên đề/năm, ưu tiên các chuyên đề về trồng rau an toàn, nuôi tôm nước lợ ở các xã ven biển Tân Tập, Phước Vĩnh Đông, Long Hựu Đông, nghề làm đồ gỗ mỹ nghệ và kỹ năng số."
CG_TUAN = "tổ chức “Tuần lễ hưởng ứng học tập suốt đời” vào tháng 10 hằng năm."
CG_PGD = "định kỳ 6 tháng (trước ngày 10/6) và hằng năm (trước ngày 05/12) tổng hợp, báo cáo Ủy ban nhân dân huyện và Sở Giáo dục và Đào tạo tỉnh Long An."
CG_XA = "Xây dựng kế hoạch của địa phương trước ngày 31/12/2024; chỉ đạo trung tâm học tập cộng đồng tổ chức chuyên đề theo nhu cầu; gửi báo cáo 6 tháng về Phòng Giáo dục và Đào tạo trước ngày 05/6 và báo cáo năm trước ngày 25/11 hằng năm."
CG_LDTBXH = "Chủ trì, phối hợp với Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện tổ chức đào tạo nghề ngắn hạn cho khoảng 1.200 lao động nông"
CG_NV = "Đưa kết quả xây dựng xã hội học tập vào tiêu chí bình xét thi đua, khen thưởng; phối hợp với Phòng Giáo dục và Đào tạo đánh giá, xếp loại “Công dân học tập” đối với cán bộ, công chức, viên chức trước ngày 15/11 hằng năm."
CG_TCKH = "Tham mưu Ủy ban nhân dân huyện bố trí kinh phí thực hiện Kế hoạch trong dự toán hằng năm; hướng dẫn các xã, thị trấn sử dụng kinh phí đúng quy định."
CG_1373 = "Thực hiện Quyết định số 1373/QĐ-TTg¹ ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”"

# ---- Long Hiệp (md) spans: HTML cells with their tags, LaTeX kept
LH_HEAD = "<td colspan=\"3\">Lộ trình thực hiện</td></tr><tr><td>Năm 2025</td><td>Năm 2027</td><td>Năm 2030</td></tr>"
LH_R = {
    1: r"<td>Tỷ lệ người từ 15 đến 60 tuổi biết chữ mức độ 2</td><td>$95\%$</td><td>$97\%$</td><td>$\geq 98 \%$</td>",
    2: "<td>Số người dân tộc Khmer được học chữ Khmer tại chùa</td><td>$250$ người</td><td>$600$ người</td><td>$1.000$ người</td>",
    3: r"<td>Tỷ lệ hộ gia đình đạt \"Gia đình học tập\"</td><td>$60\%$</td><td>$70\%$</td><td>$\geq 80 \%$</td>".replace('\\"', '"'),
    4: "<td>Số ấp đạt \"Cộng đồng học tập\"</td><td>4/12 ấp</td><td>7/12 ấp</td><td>10/12 ấp</td>",
    5: r"<td>Tỷ lệ người dân có kỹ năng số cơ bản</td><td>$40\%$</td><td>$55\%$</td><td>$\geq 70 \%$</td>",
    6: "<td>Lượt người tham gia chuyên đề tại trung tâm học tập cộng đồng</td><td>$2.500$ lượt</td><td>$3.000$ lượt</td><td>$3.5OO$ lượt</td>",
}
LH_VHXH = "**- Công chức Văn hóa - Xã hội:** Là bộ phận thường trực, tham mưu Ủy ban nhân dân xã triển khai Kế hoạch; hướng dẫn các ấp bình xét \"Gia đình học tập\", \"Cộng đồng học tập\"; tổng hợp báo cáo kết quả thực hiện gửi Ủy ban nhân dân xã trước ngày 05/12 hằng năm."
LH_BC = "Các bộ phận, đơn vị báo cáo kết quả thực hiện 6 tháng (trước ngày 15/6) và báo cáo năm trước ngày 15/12 hằng năm về Ủy ban nhân dân xã (qua công chức Văn hóa - Xã hội)"
LH_KP = "Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách xã với mức 45 triệu đồng/năm, nguồn hỗ trợ của huyện cho trung tâm học tập cộng đồng 15 triệu đồng/năm và nguồn xã hội hóa; Hội Khuyến học xã vận động xã hội hóa ít nhất 30 triệu đồng/năm cho Quỹ khuyến học."
LH_MTTQ = "Đoàn Thanh niên xã tổ chức đội hình \"Thanh niên tình nguyện hướng dẫn kỹ năng số\" tại các ấp; Hội Khuyến học xã chủ trì bình xét danh hiệu \"Gia đình học tập\"."
LH_TRUONGAP = "**- Trưởng các ấp:** Phổ biến Kế hoạch đến từng hộ gia đình; vận động người dân tham gia học tập tại trung tâm học tập cộng đồng; quản lý tủ sách cộng đồng tại nhà văn hóa ấp."
LH_TT = "Trung tâm học tập cộng đồng tổ chức ít nhất 10 chuyên đề/năm về trồng lúa chất lượng cao, nuôi bò vỗ béo, trồng màu trên đất giồng cát, pháp luật và kỹ năng số"
LH_TUAN = "tổ chức \"Tuần lễ hưởng ứng học tập suốt đời\" vào tháng 10 hằng năm."

# ================================================================ agency_tasks (12)
Q("agency_tasks", "Theo kế hoạch của tỉnh Yên Bái, Sở Tài chính có nhiệm vụ gì?",
  [(YB, "2. Sở Tài chính chủ trì, phối hợp với Sở Giáo dục và Đào tạo tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm; hướng dẫn thanh, quyết toán theo quy định.")],
  "Sở Tài chính chủ trì, phối hợp với Sở Giáo dục và Đào tạo tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm; hướng dẫn thanh, quyết toán theo quy định.",
  ["kinh phí", "dự toán", "quyết toán"])
Q("agency_tasks", "Bộ Chỉ huy Quân sự tỉnh Yên Bái được giao những việc gì trong kế hoạch xây dựng xã hội học tập?",
  [(YB, "4. Bộ Chỉ huy Quân sự tỉnh chỉ đạo Ban Chỉ huy Quân sự các huyện phối hợp mở lớp bồi dưỡng kiến thức quốc phòng, an ninh gắn với xóa mù chữ cho thanh niên chuẩn bị nhập ngũ."), (YB, YB_A[11])],
  "Chỉ đạo Ban Chỉ huy Quân sự các huyện phối hợp mở lớp bồi dưỡng kiến thức quốc phòng, an ninh gắn với xóa mù chữ cho thanh niên chuẩn bị nhập ngũ; theo Phụ lục, phối hợp (cùng Ban Dân tộc tỉnh) với UBND các huyện Mù Cang Chải, Trạm Tấu, Văn Yên, Lục Yên mở lớp xóa mù chữ, sau xóa mù chữ ở vùng cao, hằng năm.",
  ["quốc phòng", "nhập ngũ", "xóa mù chữ"])
Q("agency_tasks", "Liên đoàn Lao động tỉnh Yên Bái chịu trách nhiệm gì theo kế hoạch?",
  [(YB, YB_A[5])],
  "Theo Phụ lục phân công, Liên đoàn Lao động tỉnh chủ trì xây dựng mô hình “Đơn vị học tập” trong doanh nghiệp, phối hợp với Sở Kế hoạch và Đầu tư và Hiệp hội Doanh nghiệp tỉnh, thời gian 2026-2030.",
  ["Đơn vị học tập", "doanh nghiệp", "2026-2030"])
Q("agency_tasks", "Thư viện tỉnh Yên Bái làm gì trong kế hoạch xã hội học tập?",
  [(YB, YB_A[8])],
  "Thư viện tỉnh chủ trì luân chuyển sách, xây dựng tủ sách điện tử tại trung tâm học tập cộng đồng, phối hợp với Sở Văn hóa, Thể thao và Du lịch; thực hiện hằng năm.",
  ["Luân chuyển sách", "tủ sách điện tử", "hằng năm"])
Q("agency_tasks", "Trường Cao đẳng Yên Bái tham gia những nhiệm vụ nào?",
  [(YB, YB_A[10]), (YB, YB_A[12])],
  "Trường Cao đẳng Yên Bái chỉ là cơ quan phối hợp: với Sở Giáo dục và Đào tạo bồi dưỡng cán bộ quản lý trung tâm học tập cộng đồng (quý III hằng năm) và với Sở Lao động - Thương binh và Xã hội đào tạo nghề ngắn hạn cho lao động nông thôn (hằng năm).",
  ["phối hợp", "cán bộ quản lý", "đào tạo nghề"])
Q("agency_tasks", "Sở Nội vụ Yên Bái chủ trì những việc gì theo Phụ lục phân công?",
  [(YB, YB_A[6]), (YB, YB_A[9]), (YB, YB_A[1])],
  "Sở Nội vụ chủ trì: đánh giá, xếp loại “Công dân học tập” thí điểm tại thành phố Yên Bái (quý IV/2026) và bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã (2025-2030); ngoài ra phối hợp với Sở GD&ĐT kiện toàn Ban Chỉ đạo tỉnh (quý I/2025).",
  ["Công dân học tập", "kỹ năng số", "Quý IV/2026"])
Q("agency_tasks", "Kế hoạch của huyện Cần Giuộc giao Phòng Văn hóa và Thông tin nhiệm vụ gì?",
  [(CG, "Chủ trì tuyên truyền về xây dựng xã hội học tập; hướng dẫn Thư viện huyện luân chuyển sách đến các ấp, khu phố và khu nhà trọ công nhân")],
  "Chủ trì tuyên truyền về xây dựng xã hội học tập; hướng dẫn Thư viện huyện luân chuyển sách đến các ấp, khu phố và khu nhà trọ công nhân; lồng ghép bình xét “Gia đình học tập” với bình xét “Gia đình văn hóa”.",
  ["tuyên truyền", "Thư viện huyện", "Gia đình văn hóa"])
Q("agency_tasks", "Ở huyện Cần Giuộc, Liên đoàn Lao động huyện được đề nghị làm gì?",
  [(CG, "Đề nghị Liên đoàn Lao động huyện phối hợp với công đoàn cơ sở tại các doanh nghiệp vận động công nhân tham gia học tập, xây dựng “Đơn vị học tập”")],
  "Phối hợp với công đoàn cơ sở tại các doanh nghiệp vận động công nhân tham gia học tập, xây dựng “Đơn vị học tập”; Liên đoàn Lao động huyện cùng doanh nghiệp đóng góp kinh phí mở lớp cho công nhân lao động.",
  ["công đoàn cơ sở", "Đơn vị học tập"])
Q("agency_tasks", "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Cần Giuộc có nhiệm vụ gì?",
  [(CG, "Mở lớp bổ túc văn hóa cho công nhân lao động tại khu công nghiệp Long Hậu và Tân Kim; phối hợp với các trung tâm học tập cộng đồng tổ chức lớp nghề ngắn hạn.")],
  "Mở lớp bổ túc văn hóa cho công nhân lao động tại khu công nghiệp Long Hậu và Tân Kim; phối hợp với các trung tâm học tập cộng đồng tổ chức lớp nghề ngắn hạn.",
  ["bổ túc văn hóa", "Long Hậu", "Tân Kim"])
Q("agency_tasks", "Công an xã Long Hiệp làm gì trong kế hoạch xây dựng xã hội học tập?",
  [(LH, "**- Công an xã:** Phối hợp tuyên truyền pháp luật về phòng, chống tội phạm, ma túy, lừa đảo qua mạng tại các lớp chuyên đề của trung tâm học tập cộng đồng.")],
  "Phối hợp tuyên truyền pháp luật về phòng, chống tội phạm, ma túy, lừa đảo qua mạng tại các lớp chuyên đề của trung tâm học tập cộng đồng.",
  ["ma túy", "lừa đảo qua mạng"])
Q("agency_tasks", "Trưởng các ấp ở xã Long Hiệp có trách nhiệm gì?",
  [(LH, LH_TRUONGAP)],
  "Phổ biến Kế hoạch đến từng hộ gia đình; vận động người dân tham gia học tập tại trung tâm học tập cộng đồng; quản lý tủ sách cộng đồng tại nhà văn hóa ấp.",
  ["từng hộ gia đình", "tủ sách cộng đồng"])
Q("agency_tasks", "Đoàn Thanh niên xã Long Hiệp được giao việc gì?",
  [(LH, LH_MTTQ)],
  "Đoàn Thanh niên xã (trong mục đề nghị Ủy ban MTTQ và các đoàn thể) tổ chức đội hình \"Thanh niên tình nguyện hướng dẫn kỹ năng số\" tại các ấp.",
  ["Thanh niên tình nguyện hướng dẫn kỹ năng số"])

# ================================================================ target (12)
Q("target", "Yên Bái đặt chỉ tiêu tỷ lệ gia đình đạt danh hiệu Gia đình học tập năm 2030 là bao nhiêu?",
  [(YB, YB_HEAD), (YB, YB_R["3"])],
  "Năm 2030: ≥ 85% gia đình đạt danh hiệu “Gia đình học tập” (năm 2026 là 65%, năm 2028 là 75%).", ["85"])
Q("target", "Đến năm 2028, Yên Bái phấn đấu xóa mù chữ cho bao nhiêu người (cộng dồn)?",
  [(YB, YB_HEAD), (YB, YB_R["1.2"])],
  "2.600 người (cộng dồn từ năm 2025); năm 2026 là 1.200, năm 2030 là 4.000 người.", ["2.600"])
Q("target", "Tỷ lệ người dân tộc thiểu số từ 15 đến 60 tuổi ở Yên Bái đạt chuẩn biết chữ mức độ 2 năm 2026 là bao nhiêu?",
  [(YB, YB_HEAD), (YB, YB_R["1.1"])],
  "92,0% vào năm 2026 (94,0% năm 2028, 96,0% năm 2030).", ["92"])
Q("target", "Yên Bái muốn bao nhiêu phần trăm người dân từ 15 tuổi trở lên có kỹ năng số cơ bản vào năm 2030?",
  [(YB, YB_HEAD), (YB, YB_R["8"])],
  "80% vào năm 2030 (55% năm 2026, 65% năm 2028).", ["80%"])
Q("target", "Đến năm 2030 Yên Bái đặt mục tiêu công nhận bao nhiêu “Đơn vị học tập” cấp tỉnh?",
  [(YB, YB_HEAD), (YB, YB_R["6"])],
  "120 mô hình cơ quan, doanh nghiệp được công nhận “Đơn vị học tập” cấp tỉnh vào năm 2030 (40 vào năm 2026; năm 2028 không đặt, ô “-”).", ["120"])
Q("target", "Huyện Cần Giuộc đặt tỷ lệ gia đình học tập bao nhiêu?",
  [(CG, CG_GD)],
  "72% vào năm 2027 và 82% vào năm 2030.", ["72%", "82%"])
Q("target", "Cần Giuộc muốn có bao nhiêu doanh nghiệp được công nhận Đơn vị học tập?",
  [(CG, "Số doanh nghiệp được công nhận “Đơn vị học tập” đạt 25 doanh nghiệp vào năm 2027 và 50 doanh nghiệp vào năm 2030.")],
  "25 doanh nghiệp vào năm 2027 và 50 doanh nghiệp vào năm 2030.", ["25", "50"])
Q("target", "Chỉ tiêu phổ cập giáo dục trung học cơ sở của huyện Cần Giuộc là gì?",
  [(CG, "Duy trì 15/15 xã, thị trấn đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 2 đến năm 2027 và nâng lên 6/15 xã, thị trấn đạt mức độ 3 vào năm 2030.")],
  "Duy trì 15/15 xã, thị trấn đạt chuẩn PCGD THCS mức độ 2 đến năm 2027 và nâng lên 6/15 xã, thị trấn đạt mức độ 3 vào năm 2030.",
  ["15/15", "6/15", "mức độ 3"])
Q("target", "Tỷ lệ người lao động ở các khu, cụm công nghiệp Cần Giuộc được bồi dưỡng kỹ năng số phải đạt bao nhiêu?",
  [(CG, "Tỷ lệ người lao động tại các khu, cụm công nghiệp được bồi dưỡng kỹ năng số cơ bản đạt 50% vào năm 2027 và 70% vào năm")],
  "50% vào năm 2027 và 70% vào năm 2030.", ["50%", "70%"])
Q("target", "Xã Long Hiệp đặt bao nhiêu ấp đạt Cộng đồng học tập vào năm 2027?",
  [(LH, LH_HEAD), (LH, LH_R[4])],
  "7/12 ấp vào năm 2027 (4/12 năm 2025, 10/12 năm 2030).", ["7/12"])
Q("target", "Năm 2030 trung tâm học tập cộng đồng xã Long Hiệp phải thu hút bao nhiêu lượt người tham gia chuyên đề?",
  [(LH, LH_HEAD), (LH, LH_R[6])],
  "3.500 lượt người năm 2030 (bản chuyển đổi ghi \"3.5OO\"); 2.500 lượt năm 2025 và 3.000 lượt năm 2027.", ["3.500"])
Q("target", "Tỷ lệ người từ 15 đến 60 tuổi biết chữ mức độ 2 ở Long Hiệp năm 2030 là bao nhiêu?",
  [(LH, LH_HEAD), (LH, LH_R[1])],
  "Từ 98% trở lên (≥ 98%) vào năm 2030; 95% năm 2025 và 97% năm 2027.", ["98%"])

# ================================================================ deadline (8)
Q("deadline", "Sở Giáo dục và Đào tạo Yên Bái phải báo cáo kết quả hằng năm trước ngày nào?",
  [(YB, YB_SGD)],
  "Trước ngày 10/12 hằng năm, báo cáo UBND tỉnh và Bộ Giáo dục và Đào tạo.", ["10/12"])
Q("deadline", "Theo kế hoạch Yên Bái, UBND các huyện, thị xã, thành phố phải xây dựng kế hoạch khi nào và báo cáo kết quả trước ngày nào?",
  [(YB, YB_HUYEN)],
  "Xây dựng kế hoạch của địa phương trong quý I/2025; báo cáo kết quả về Sở GD&ĐT trước ngày 30/11 hằng năm (sơ kết quý IV/2027, tổng kết quý IV/2030).",
  ["quý I/2025", "30/11"])
Q("deadline", "Nền tảng “Học tập mở Yên Bái” phải hoàn thành khi nào?",
  [(YB, YB_A[7])],
  "Quý IV/2026 (Sở Thông tin và Truyền thông chủ trì).", ["Quý IV/2026"])
Q("deadline", "Việc bồi dưỡng cán bộ quản lý trung tâm học tập cộng đồng ở Yên Bái được thực hiện vào thời gian nào?",
  [(YB, YB_A[10])],
  "Quý III hằng năm; Sở GD&ĐT chủ trì, Trường Cao đẳng Yên Bái phối hợp.", ["Quý III hằng năm"])
Q("deadline", "Phòng Giáo dục và Đào tạo huyện Cần Giuộc báo cáo định kỳ vào những mốc nào?",
  [(CG, CG_PGD)],
  "Định kỳ 6 tháng trước ngày 10/6 và hằng năm trước ngày 05/12, báo cáo UBND huyện và Sở GD&ĐT tỉnh Long An.", ["10/6", "05/12"])
Q("deadline", "UBND các xã, thị trấn ở Cần Giuộc phải xây dựng kế hoạch trước ngày nào và nộp báo cáo năm khi nào?",
  [(CG, CG_XA)],
  "Xây dựng kế hoạch trước ngày 31/12/2024; báo cáo 6 tháng trước 05/6 và báo cáo năm trước ngày 25/11 hằng năm về Phòng GD&ĐT.",
  ["31/12/2024", "25/11"])
Q("deadline", "Phòng Nội vụ huyện Cần Giuộc xếp loại Công dân học tập cho cán bộ, công chức trước ngày nào?",
  [(CG, CG_NV)],
  "Trước ngày 15/11 hằng năm (phối hợp với Phòng GD&ĐT).", ["15/11"])
Q("deadline", "Trung tâm học tập cộng đồng xã Long Hiệp phải xây dựng kế hoạch hoạt động trước ngày nào?",
  [(LH, "**- Trung tâm học tập cộng đồng xã:** Xây dựng kế hoạch hoạt động hằng năm trước ngày 15/01")],
  "Trước ngày 15/01 hằng năm.", ["15/01"])

# ================================================================ funding (8)
Q("funding", "Nhóm nhiệm vụ chuyển đổi số trong học tập suốt đời ở Yên Bái được dự toán bao nhiêu?",
  [(YB, YB_BHEAD), (YB, YB_B["cds"])],
  "26,0 tỷ đồng: ngân sách tỉnh 18,5; ngân sách huyện, xã 4,0; xã hội hóa 3,5 tỷ đồng.", ["26,0", "18,5"])
Q("funding", "Tổng vốn xã hội hóa trong kế hoạch của Yên Bái là bao nhiêu?",
  [(YB, YB_BHEAD), (YB, YB_B["tong"])],
  "13,0 tỷ đồng (trên tổng 96,5 tỷ đồng).", ["13,0"])
Q("funding", "Tổng kinh phí thực hiện kế hoạch xây dựng xã hội học tập tỉnh Yên Bái giai đoạn 2025 - 2030 là bao nhiêu, ngân sách tỉnh chiếm bao nhiêu?",
  [(YB, "Tổng kinh phí dự kiến thực hiện Kế hoạch giai đoạn 2025 - 2030 là 96,5 tỷ đồng"), (YB, YB_B["tong"])],
  "96,5 tỷ đồng, trong đó ngân sách tỉnh 52,0 tỷ, ngân sách huyện, xã 31,5 tỷ, xã hội hóa 13,0 tỷ.", ["96,5", "52,0"])
Q("funding", "Yên Bái dành bao nhiêu kinh phí cho nhóm nâng cao hiệu quả trung tâm học tập cộng đồng?",
  [(YB, YB_BHEAD), (YB, YB_B["tt"])],
  "30,0 tỷ đồng: ngân sách tỉnh 14,0; ngân sách huyện, xã 12,0; xã hội hóa 4,0 tỷ đồng.", ["30,0"])
Q("funding", "Kinh phí kế hoạch của huyện Cần Giuộc gồm những nguồn nào, bao nhiêu?",
  [(CG, CG_TONG)],
  "Tổng 14,2 tỷ đồng: ngân sách huyện 7,8 tỷ; ngân sách xã, thị trấn 3,4 tỷ; xã hội hóa và đóng góp của doanh nghiệp 3,0 tỷ.", ["14,2", "7,8", "3,4", "3,0"])
Q("funding", "Năm 2028 huyện Cần Giuộc dự kiến chi bao nhiêu cho kế hoạch?",
  [(CG, CG_NAM)],
  "2,5 tỷ đồng năm 2028.", ["2,5 tỷ"])
Q("funding", "Mỗi trung tâm học tập cộng đồng ở Cần Giuộc được huyện hỗ trợ bao nhiêu?",
  [(CG, CG_20TR)],
  "20 triệu đồng/năm từ ngân sách huyện để tổ chức các chuyên đề.", ["20 triệu"])
Q("funding", "Kinh phí thực hiện kế hoạch của xã Long Hiệp lấy từ đâu?",
  [(LH, LH_KP)],
  "Ngân sách xã 45 triệu đồng/năm; huyện hỗ trợ trung tâm học tập cộng đồng 15 triệu đồng/năm; xã hội hóa (Hội Khuyến học vận động ít nhất 30 triệu đồng/năm cho Quỹ khuyến học).",
  ["45 triệu", "15 triệu", "30 triệu"])

# ================================================================ legal_basis (4)
Q("legal_basis", "Kế hoạch của Yên Bái căn cứ văn bản nào của Ban Bí thư?",
  [(YB, "Căn cứ Kết luận số 49-KL/TW ngày 10 tháng 5 năm 2019 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 11-CT/TW của Bộ Chính trị khóa X")],
  "Kết luận số 49-KL/TW ngày 10/5/2019 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 11-CT/TW về đẩy mạnh phong trào khuyến học, khuyến tài, xây dựng xã hội học tập.",
  ["49-KL/TW"])
Q("legal_basis", "Nghị quyết nào của HĐND tỉnh Yên Bái được làm căn cứ cho kế hoạch?",
  [(YB, "Căn cứ Nghị quyết số 27/NQ-HĐND ngày 10 tháng 7 năm 2024 của Hội đồng nhân dân tỉnh Yên Bái về phát triển giáo dục và đào tạo tỉnh Yên Bái giai đoạn 2024 - 2030;")],
  "Nghị quyết số 27/NQ-HĐND ngày 10/7/2024 của HĐND tỉnh Yên Bái về phát triển giáo dục và đào tạo giai đoạn 2024 - 2030.", ["27/NQ-HĐND"])
Q("legal_basis", "Kế hoạch của huyện Cần Giuộc thực hiện kế hoạch nào của tỉnh Long An và căn cứ nghị quyết nào của Huyện ủy?",
  [(CG, "Kế hoạch số 3350/KH-UBND² ngày 21 tháng 10 năm 2022 của Ủy ban nhân dân tỉnh Long An"),
   (CG, "Nghị quyết số 08-NQ/HU ngày 15 tháng 3 năm 2024 của Ban Thường vụ Huyện ủy Cần Giuộc")],
  "Kế hoạch số 3350/KH-UBND ngày 21/10/2022 của UBND tỉnh Long An và Nghị quyết số 08-NQ/HU ngày 15/3/2024 của Ban Thường vụ Huyện ủy Cần Giuộc (cùng QĐ 1373/QĐ-TTg và Chỉ thị 14/CT-TTg).",
  ["3350/KH-UBND", "08-NQ/HU"])
Q("legal_basis", "Kế hoạch của xã Long Hiệp căn cứ kế hoạch nào của huyện?",
  [(LH, "Căn cứ Kế hoạch số 96/KH-UBND ngày 20 tháng 12 năm 2024 của Ủy ban nhân dân huyện Trà Cú")],
  "Kế hoạch số 96/KH-UBND ngày 20/12/2024 của UBND huyện Trà Cú về xây dựng xã hội học tập huyện Trà Cú giai đoạn 2025 - 2030.", ["96/KH-UBND"])

# ================================================================ purpose (3)
Q("purpose", "Mục đích của kế hoạch xây dựng xã hội học tập tỉnh Yên Bái là gì?",
  [(YB, "tạo cơ hội bình đẳng để mọi người dân, nhất là người dân vùng cao, được học tập suốt đời."),
   (YB, "Nâng cao dân trí, phát triển nguồn nhân lực phục vụ các ngành kinh tế mũi nhọn của tỉnh")],
  "Cụ thể hóa Đề án xây dựng xã hội học tập cho tỉnh miền núi đông đồng bào dân tộc thiểu số, tạo cơ hội bình đẳng để mọi người dân, nhất là vùng cao, học tập suốt đời; nâng cao dân trí, phát triển nguồn nhân lực cho nông, lâm nghiệp hàng hóa, du lịch sinh thái và công nghiệp chế biến.",
  ["vùng cao", "nguồn nhân lực"])
Q("purpose", "Kế hoạch của huyện Cần Giuộc nhằm mục đích gì?",
  [(CG, "huy động các nguồn lực xã hội cùng chăm lo cho việc học tập của người dân, nhất là công nhân lao động tại các khu công nghiệp Long Hậu, Tân Kim và cụm công nghiệp Phước Lâm.")],
  "Chuyển biến nhận thức về học tập suốt đời; huy động nguồn lực xã hội chăm lo việc học của người dân, nhất là công nhân lao động ở các KCN Long Hậu, Tân Kim và CCN Phước Lâm; nâng cao chất lượng nguồn nhân lực cho công nghiệp, dịch vụ cảng biển và đô thị.",
  ["công nhân", "Long Hậu", "nguồn nhân lực"])
Q("purpose", "Xã Long Hiệp xây dựng xã hội học tập để làm gì?",
  [(LH, "Nâng cao nhận thức của cán bộ, đảng viên và nhân dân, nhất là đồng bào dân tộc Khmer, về vai trò của học tập suốt đời")],
  "Nâng cao nhận thức về học tập suốt đời, nhất là của đồng bào Khmer; tạo cơ hội học tập thường xuyên, góp phần xây dựng nông thôn mới nâng cao; phát huy vai trò trung tâm học tập cộng đồng, nhà văn hóa ấp và chùa Khmer trong dạy chữ, dạy nghề, giữ gìn tiếng nói, chữ viết Khmer.",
  ["Khmer", "nông thôn mới"])

# ================================================================ task_section (5)
Q("task_section", "Trung tâm học tập cộng đồng ở Yên Bái phải tổ chức những chuyên đề gì?",
  [(YB, YB_TT)],
  "Ít nhất 10 chuyên đề/năm về trồng quế, chè Shan tuyết, chăn nuôi, du lịch cộng đồng, pháp luật và kỹ năng số.", ["10 chuyên đề", "quế", "chè Shan tuyết"])
Q("task_section", "Nhiệm vụ chuyển đổi số trong học tập suốt đời của Yên Bái gồm những gì?",
  [(YB, "Xây dựng nền tảng “Học tập mở Yên Bái” dùng chung cho toàn tỉnh, cung cấp học liệu số song ngữ Việt - Mông")],
  "Xây dựng nền tảng “Học tập mở Yên Bái” dùng chung toàn tỉnh, có học liệu số song ngữ Việt - Mông; phổ cập kỹ năng số qua mô hình “Tổ công nghệ số cộng đồng” ở thôn, bản.",
  ["Học tập mở Yên Bái", "Việt - Mông", "Tổ công nghệ số cộng đồng"])
Q("task_section", "Huyện Cần Giuộc mở những lớp học nào cho công nhân lao động?",
  [(CG, "- Lớp bổ túc văn hóa trung học cơ sở, trung học phổ thông cho công nhân"),
   (CG, "- Lớp bồi dưỡng kỹ năng số, an toàn thông tin và phòng, chống lừa đảo trực"),
   (CG, "- Lớp tiếng Anh, tiếng Hàn giao tiếp cơ bản cho người lao động làm việc trong các doanh nghiệp có vốn đầu tư nước ngoài tại khu công nghiệp Long Hậu;"),
   (CG, "- Lớp kỹ năng làm cha mẹ cho công nhân có con nhỏ")],
  "Các lớp ngoài giờ tại nhà trọ, khu nhà ở công nhân: bổ túc văn hóa THCS, THPT; kỹ năng số, an toàn thông tin, phòng chống lừa đảo trực tuyến; tiếng Anh, tiếng Hàn giao tiếp (KCN Long Hậu); pháp luật lao động, an toàn vệ sinh lao động, quản lý tài chính gia đình; kỹ năng làm cha mẹ.",
  ["bổ túc văn hóa", "tiếng Hàn", "kỹ năng làm cha mẹ"])
Q("task_section", "Trung tâm học tập cộng đồng ở Cần Giuộc ưu tiên chuyên đề về nội dung gì?",
  [(CG, CG_12CD)],
  "Ít nhất 12 chuyên đề/năm, ưu tiên trồng rau an toàn, nuôi tôm nước lợ ở các xã ven biển Tân Tập, Phước Vĩnh Đông, Long Hựu Đông, nghề làm đồ gỗ mỹ nghệ và kỹ năng số.",
  ["rau an toàn", "tôm nước lợ", "gỗ mỹ nghệ"])
Q("task_section", "Xã Long Hiệp duy trì lớp dạy chữ Khmer và xóa mù chữ như thế nào?",
  [(LH, "Phối hợp với Ban Quản trị các chùa Khmer trên địa bàn duy trì lớp dạy chữ Khmer trong dịp hè; mở lớp xóa mù chữ cho người từ 15 đến 60 tuổi chưa biết chữ ở các ấp Chợ, Chòm Chuối, Trà Sất.")],
  "Phối hợp với Ban Quản trị các chùa Khmer duy trì lớp dạy chữ Khmer dịp hè; mở lớp xóa mù chữ cho người 15-60 tuổi ở các ấp Chợ, Chòm Chuối, Trà Sất; ngân sách xã chi trả hỗ trợ giáo viên dạy chữ Khmer.",
  ["chùa Khmer", "dịp hè", "Chòm Chuối"])

# ================================================================ cross_plan (6)
Q("cross_plan", "Yên Bái, Cần Giuộc và Long Hiệp tổ chức Tuần lễ hưởng ứng học tập suốt đời vào tháng nào?",
  [(YB, YB_TUAN), (CG, CG_TUAN), (LH, LH_TUAN)],
  "Cả ba đều vào tháng 10 hằng năm.", ["tháng 10"])
Q("cross_plan", "So sánh số chuyên đề tối thiểu mỗi năm của trung tâm học tập cộng đồng ở Yên Bái, Cần Giuộc và Long Hiệp.",
  [(YB, YB_TT), (CG, CG_12CD), (LH, LH_TT)],
  "Yên Bái: ít nhất 10 chuyên đề/năm; Cần Giuộc: ít nhất 12 chuyên đề/năm; Long Hiệp: ít nhất 10 chuyên đề/năm.", ["10 chuyên đề", "12 chuyên đề"])
Q("cross_plan", "Kế hoạch của huyện Cần Giuộc và kế hoạch năm 2024 của Cần Thơ cùng thực hiện quyết định nào của Thủ tướng?",
  [(CG, CG_1373), (CT, "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án")],
  "Cả hai dựa trên Quyết định số 1373/QĐ-TTg ngày 30/7/2021 phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”.", ["1373/QĐ-TTg"])
Q("cross_plan", "Ai ký kế hoạch của tỉnh Yên Bái và ai ký kế hoạch của thành phố Huế?",
  [(YB, "Lò Văn Khánh"), (HUE, "Nguyễn Thanh Bình")],
  "Yên Bái: Lò Văn Khánh (KT. Chủ tịch, Phó Chủ tịch UBND tỉnh); Huế: Nguyễn Thanh Bình (KT. Chủ tịch, Phó Chủ tịch UBND thành phố).",
  ["Lò Văn Khánh", "Nguyễn Thanh Bình"])
Q("cross_plan", "Hà Nội đặt tỷ lệ gia đình, dòng họ, cộng đồng đạt danh hiệu học tập là bao nhiêu, còn Yên Bái đặt tỷ lệ gia đình học tập năm 2030 bao nhiêu?",
  [(HN, "60% gia đình, dòng họ, cộng đồng đạt danh hiệu gia đình, dòng họ, cộng"), (YB, YB_HEAD), (YB, YB_R["3"])],
  "Hà Nội: 60% gia đình, dòng họ, cộng đồng đạt danh hiệu học tập; Yên Bái: ≥ 85% gia đình đạt “Gia đình học tập” vào năm 2030.", ["60%", "85"])
Q("cross_plan", "Mức hỗ trợ mỗi năm cho trung tâm học tập cộng đồng ở huyện Cần Giuộc và ở xã Long Hiệp khác nhau thế nào?",
  [(CG, CG_20TR), (LH, LH_KP)],
  "Cần Giuộc: ngân sách huyện hỗ trợ mỗi TTHTCĐ 20 triệu đồng/năm; Long Hiệp: huyện hỗ trợ TTHTCĐ 15 triệu đồng/năm (cùng 45 triệu đồng/năm ngân sách xã cho cả kế hoạch).",
  ["20 triệu", "15 triệu"])

# ================================================================ no_diacritics (6)
Q("no_diacritics", "So Thong tin va Truyen thong Yen Bai chu tri nhung nhiem vu nao?",
  [(YB, YB_A[2]), (YB, YB_A[7])],
  "Chủ trì tuyên truyền về học tập suốt đời trên báo chí, phát thanh, truyền hình bằng tiếng dân tộc (hằng năm, phối hợp Báo Yên Bái, Đài PT-TH tỉnh) và xây dựng nền tảng “Học tập mở Yên Bái” (quý IV/2026); phối hợp với Sở Nội vụ bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã.",
  ["Học tập mở Yên Bái", "Quý IV/2026", "tiếng dân tộc"])
Q("no_diacritics", "ty le dong ho hoc tap cua tinh Yen Bai nam 2028 la bao nhieu",
  [(YB, YB_HEAD), (YB, YB_R["4"])],
  "65% dòng họ đạt danh hiệu “Dòng họ học tập” năm 2028 (55% năm 2026, 75% năm 2030).", ["65%"])
Q("no_diacritics", "Can Giuoc dat ty le trung tam hoc tap cong dong xep loai tot nam 2030 bao nhieu?",
  [(CG, CG_TT)],
  "80% vào năm 2030 (60% vào năm 2027).", ["80%"])
Q("no_diacritics", "xa Long Hiep ty le ho gia dinh hoc tap nam 2027",
  [(LH, LH_HEAD), (LH, LH_R[3])],
  "70% hộ gia đình đạt \"Gia đình học tập\" năm 2027 (60% năm 2025, ≥ 80% năm 2030).", ["70%"])
Q("no_diacritics", "phong lao dong thuong binh xa hoi huyen Can Giuoc dao tao nghe cho bao nhieu lao dong moi nam",
  [(CG, CG_LDTBXH)],
  "Khoảng 1.200 lao động nông thôn mỗi năm, phối hợp với Trung tâm GDNN-GDTX huyện.", ["1.200"])
Q("no_diacritics", "cong chuc van hoa xa hoi xa Long Hiep lam gi va bao cao truoc ngay nao",
  [(LH, LH_VHXH)],
  "Là bộ phận thường trực, tham mưu UBND xã triển khai Kế hoạch, hướng dẫn các ấp bình xét \"Gia đình học tập\", \"Cộng đồng học tập\"; tổng hợp báo cáo gửi UBND xã trước ngày 05/12 hằng năm.",
  ["thường trực", "05/12"])

# ================================================================ abbreviation (6)
Q("abbreviation", "Sở LĐ-TB&XH tỉnh YB chủ trì nv gì, phối hợp với ai?",
  [(YB, YB_A[12])],
  "Sở Lao động - Thương binh và Xã hội chủ trì đào tạo nghề ngắn hạn cho lao động nông thôn (hằng năm), phối hợp với Trường Cao đẳng Yên Bái và Hội Nông dân tỉnh.",
  ["đào tạo nghề", "Trường Cao đẳng Yên Bái", "Hội Nông dân"])
Q("abbreviation", "Hội LHPN tỉnh YB tham gia nv nào trong KH XHHT?",
  [(YB, YB_A[4])],
  "Hội Liên hiệp Phụ nữ tỉnh phối hợp (cùng Sở VH-TT&DL) với Hội Khuyến học tỉnh hướng dẫn bình xét “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập”, hằng năm.",
  ["bình xét", "Hội Khuyến học"])
Q("abbreviation", "P. TC-KH huyện CG có nv gì?",
  [(CG, CG_TCKH)],
  "Phòng Tài chính - Kế hoạch tham mưu UBND huyện bố trí kinh phí thực hiện Kế hoạch trong dự toán hằng năm; hướng dẫn các xã, thị trấn sử dụng kinh phí đúng quy định.",
  ["kinh phí", "dự toán"])
Q("abbreviation", "UBMTTQVN xã LH và các đoàn thể được đề nghị làm gì?",
  [(LH, "Lồng ghép tuyên truyền học tập suốt đời trong cuộc vận động \"Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh\""), (LH, LH_MTTQ)],
  "Lồng ghép tuyên truyền học tập suốt đời trong cuộc vận động \"Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh\"; Đoàn Thanh niên xã tổ chức đội hình tình nguyện hướng dẫn kỹ năng số; Hội Khuyến học xã chủ trì bình xét \"Gia đình học tập\".",
  ["Toàn dân đoàn kết", "kỹ năng số", "Hội Khuyến học"])
Q("abbreviation", "KH XHHT tỉnh YB: BCĐ được kiện toàn khi nào, ai chủ trì?",
  [(YB, "a) Kiện toàn Ban Chỉ đạo xây dựng xã hội học tập các cấp trong quý I/2025"), (YB, YB_A[1])],
  "Trong quý I/2025; Sở Giáo dục và Đào tạo chủ trì, Sở Nội vụ phối hợp.", ["quý I/2025", "Sở Giáo dục và Đào tạo"])
Q("abbreviation", "CC TC-KT xã LH có nv gì?",
  [(LH, "**- Công chức Tài chính - Kế toán:** Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách xã hằng năm; hướng dẫn thanh, quyết toán theo quy định.")],
  "Công chức Tài chính - Kế toán tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách xã hằng năm; hướng dẫn thanh, quyết toán theo quy định.",
  ["kinh phí", "dự toán"])

# ================================================================ paraphrase (5)
Q("paraphrase", "Học liệu số cho người dân ở Yên Bái được làm bằng những thứ tiếng nào?",
  [(YB, "Xây dựng nền tảng “Học tập mở Yên Bái” dùng chung cho toàn tỉnh, cung cấp học liệu số song ngữ Việt - Mông")],
  "Song ngữ Việt - Mông, trên nền tảng “Học tập mở Yên Bái”.", ["Việt - Mông"])
Q("paraphrase", "Cần Giuộc muốn mỗi công nhân có gì để học qua mạng?",
  [(CG, "phát động phong trào “Mỗi công nhân một tài khoản học tập")],
  "Phong trào “Mỗi công nhân một tài khoản học tập trực tuyến” tại các khu công nghiệp.", ["tài khoản học tập"])
Q("paraphrase", "Trẻ em Khmer ở Long Hiệp được chuẩn bị gì trước khi vào lớp 1?",
  [(LH, r"Ngoài ra, phấn đấu mỗi năm có ít nhất $90 \%$ trẻ em 6 tuổi người dân tộc Khmer được chuẩn bị tiếng Việt trước khi vào lớp 1")],
  "Được chuẩn bị tiếng Việt; mỗi năm ít nhất 90% trẻ 6 tuổi người Khmer (do các trường mầm non, tiểu học thực hiện).", ["tiếng Việt", "90"])
Q("paraphrase", "Yên Bái nhờ ai thuyết phục người chưa biết chữ đi học?",
  [(YB, YB_BDT)],
  "Ban Dân tộc tỉnh phối hợp vận động người có uy tín trong đồng bào dân tộc thiểu số tham gia tuyên truyền, đưa người mù chữ đến lớp.", ["người có uy tín"])
Q("paraphrase", "Ở xã Long Hiệp, người dân có thể đọc sách ở đâu gần nhà?",
  [(LH, "xây dựng mô hình \"Tủ sách cộng đồng\" tại 12/12 nhà văn hóa ấp"), (LH, LH_TRUONGAP)],
  "Tại tủ sách cộng đồng ở nhà văn hóa ấp: xây dựng \"Tủ sách cộng đồng\" tại 12/12 nhà văn hóa ấp, do Trưởng các ấp quản lý.", ["Tủ sách cộng đồng", "12/12"])

# ================================================================ english (20)
Q("english", "What is Yen Bai's 2030 target for households recognised as learning families?",
  [(YB, YB_HEAD), (YB, YB_R["3"])],
  "At least 85% (≥ 85) of households by 2030 (65% in 2026, 75% in 2028).", ["85"])
Q("english", "What is the total budget of the Yen Bai plan and how much comes from the provincial budget?",
  [(YB, "Tổng kinh phí dự kiến thực hiện Kế hoạch giai đoạn 2025 - 2030 là 96,5 tỷ đồng"), (YB, YB_B["tong"])],
  "VND 96.5 billion (96,5 tỷ đồng), of which the provincial budget is 52.0 billion (52,0 tỷ).", ["96", "52"])
Q("english", "Who signed the Yen Bai province plan?",
  [(YB, "Lò Văn Khánh")],
  "Lò Văn Khánh, Vice Chairman (KT. CHỦ TỊCH / PHÓ CHỦ TỊCH) of the provincial People's Committee.", ["Lò Văn Khánh"])
Q("english", "Which agency leads the \"Open Learning Yen Bai\" platform, and when must it be finished?",
  [(YB, YB_A[7])],
  "The Department of Information and Communications (Sở Thông tin và Truyền thông) leads it, with the Department of Education and Training and Viễn thông Yên Bái; due in Q4 2026 (Quý IV/2026).",
  ["Thông tin và Truyền thông", "2026"])
Q("english", "How many rural workers does Can Giuoc district plan to give short vocational training each year?",
  [(CG, CG_LDTBXH)],
  "About 1,200 (1.200) rural workers a year, led by the Labour, Invalids and Social Affairs office.", ["200"])
Q("english", "What is the total budget of the Can Giuoc district plan for 2025-2030?",
  [(CG, CG_TONG)],
  "VND 14.2 billion (14,2 tỷ đồng): 7.8 billion district budget, 3.4 billion commune budgets, 3.0 billion private/enterprise contributions.", ["14"])
Q("english", "What literacy rate (level 2, ages 15-60) does Can Giuoc aim for in 2030?",
  [(CG, "Tỷ lệ người trong độ tuổi từ 15 đến 60 đạt chuẩn biết chữ mức độ 2 đạt 98,5% vào năm 2027 và 99,2% vào năm 2030.")],
  "99.2% (99,2%) in 2030, after 98.5% in 2027.", ["99"])
Q("english", "By what date must communes in Can Giuoc send their annual report?",
  [(CG, CG_XA)],
  "By 25 November (25/11) each year, to the district Office of Education and Training; the six-month report by 5 June.", ["25"])
Q("english", "Who signed the Can Giuoc plan and in what capacity?",
  [(CG, "Phan Thanh Tùng")],
  "Phan Thanh Tùng, Chairman (CHỦ TỊCH) of the district People's Committee, on its behalf (TM. ỦY BAN NHÂN DÂN).", ["Phan Thanh Tùng"])
Q("english", "Which industrial parks' workers does the Can Giuoc plan focus on?",
  [(CG, "nhất là công nhân lao động tại các khu công nghiệp Long Hậu, Tân Kim và cụm công nghiệp Phước Lâm.")],
  "Workers in the Long Hậu and Tân Kim industrial parks and the Phước Lâm industrial cluster.", ["Long Hậu", "Tân Kim"])
Q("english", "Which foreign languages will Can Giuoc teach to factory workers?",
  [(CG, "- Lớp tiếng Anh, tiếng Hàn giao tiếp cơ bản cho người lao động làm việc trong các doanh nghiệp có vốn đầu tư nước ngoài tại khu công nghiệp Long Hậu;")],
  "Basic conversational English and Korean (tiếng Anh, tiếng Hàn) for workers of foreign-invested firms in the Long Hậu industrial park.", ["Korean", "Long Hậu"])
Q("english", "How many Khmer people should learn the Khmer script at pagodas in Long Hiep in 2025 and in 2027?",
  [(LH, LH_HEAD), (LH, LH_R[2])],
  "250 people in 2025 and 600 in 2027 (cumulative; 1,000 by 2030).", ["250", "600"])
Q("english", "How many hamlets in Long Hiep commune should be learning communities by 2030?",
  [(LH, LH_HEAD), (LH, LH_R[4])],
  "10 of the 12 hamlets (10/12 ấp) by 2030.", ["10"])
Q("english", "How many topics a year must the Long Hiep community learning centre run?",
  [(LH, LH_TT)],
  "At least 10 topics a year (rice, fattening cattle, crops on sandy soil, law, digital skills).", ["10"])
Q("english", "Who signed the Long Hiep commune plan?",
  [(LH, "Kim Thị Sóc Phi")],
  "Kim Thị Sóc Phi, Vice Chairwoman (KT. CHỦ TỊCH / PHÓ CHỦ TỊCH) of the commune People's Committee.", ["Kim Thị Sóc Phi"])
Q("english", "When are the six-month and annual reports due in Long Hiep commune?",
  [(LH, LH_BC)],
  "Six-month report before 15 June (15/6) and annual report before 15 December (15/12) each year, to the commune People's Committee via the culture-social officer.", ["15"])
Q("english", "Which districts of Yen Bai will open literacy classes in the highlands?",
  [(YB, "Mở lớp xóa mù chữ, lớp sau xóa mù chữ tại các huyện Mù Cang Chải, Trạm Tấu, Văn Yên, Lục Yên")],
  "Mù Cang Chải, Trạm Tấu, Văn Yên and Lục Yên.", ["Mù Cang Chải", "Trạm Tấu"])
Q("english", "What share of community learning centres in Yen Bai should be rated Good in 2028?",
  [(YB, YB_HEAD), (YB, YB_R["7"])],
  "55% in 2028 (45% in 2026, 65% in 2030).", ["55"])
Q("english", "How much is budgeted for digital transformation in lifelong learning in Yen Bai?",
  [(YB, YB_BHEAD), (YB, YB_B["cds"])],
  "VND 26.0 billion (26,0 tỷ): 18.5 provincial, 4.0 district/commune, 3.5 socialised funds.", ["26"])
Q("english", "Which Prime Minister's decision on the learning society does the Yen Bai plan rely on?",
  [(YB, YB_1373)],
  "Decision No. 1373/QĐ-TTg of 30 July 2021 approving the scheme \"Building a learning society 2021-2030\".", ["1373"])

# ================================================================ follow_up (20)
Q("follow_up", "Còn năm 2030 thì sao?",
  [(YB, YB_HEAD), (YB, YB_R["3"])],
  "Năm 2030 Yên Bái đặt ≥ 85% gia đình đạt danh hiệu “Gia đình học tập”.", ["85"],
  ["Yên Bái đặt chỉ tiêu gia đình học tập năm 2026 là bao nhiêu?", "65% gia đình đạt danh hiệu “Gia đình học tập”."])
Q("follow_up", "Còn năm 2030?",
  [(CG, CG_TT)],
  "80% trung tâm học tập cộng đồng xếp loại Tốt vào năm 2030.", ["80%"],
  ["Cần Giuộc đặt tỷ lệ trung tâm học tập cộng đồng xếp loại Tốt năm 2027 là bao nhiêu?", "60%."])
Q("follow_up", "Họ phải gửi báo cáo cho UBND xã trước ngày nào?",
  [(LH, LH_VHXH)],
  "Công chức Văn hóa - Xã hội tổng hợp báo cáo kết quả gửi UBND xã trước ngày 05/12 hằng năm.", ["05/12"],
  ["Ở xã Long Hiệp, ai là bộ phận thường trực của kế hoạch?", "Công chức Văn hóa - Xã hội."])
Q("follow_up", "Việc đó phải xong khi nào và ai phối hợp?",
  [(YB, YB_A[7])],
  "Hoàn thành trong quý IV/2026; phối hợp: Sở Giáo dục và Đào tạo và Viễn thông Yên Bái.", ["Quý IV/2026", "Viễn thông Yên Bái"],
  ["Ở Yên Bái, ai chủ trì xây dựng nền tảng “Học tập mở Yên Bái”?", "Sở Thông tin và Truyền thông."])
Q("follow_up", "Khoản đó năm 2027 là bao nhiêu?",
  [(CG, CG_NAM)],
  "Năm 2027: 2,6 tỷ đồng.", ["2,6 tỷ"],
  ["Tổng kinh phí kế hoạch của huyện Cần Giuộc là bao nhiêu?", "14,2 tỷ đồng cho giai đoạn 2025 - 2030."])
Q("follow_up", "Còn Phòng Tài chính - Kế hoạch?",
  [(CG, CG_TCKH)],
  "Phòng Tài chính - Kế hoạch tham mưu UBND huyện bố trí kinh phí trong dự toán hằng năm; hướng dẫn các xã, thị trấn sử dụng kinh phí đúng quy định.", ["kinh phí", "dự toán"],
  ["Kế hoạch của Cần Giuộc giao Phòng Nội vụ làm gì?", "Đưa kết quả xây dựng xã hội học tập vào tiêu chí thi đua, khen thưởng; phối hợp xếp loại “Công dân học tập” trước 15/11."])
Q("follow_up", "Ở đó có bao nhiêu ấp phải đạt Cộng đồng học tập vào năm 2030?",
  [(LH, LH_HEAD), (LH, LH_R[4])],
  "10/12 ấp vào năm 2030.", ["10/12"],
  ["Xã Long Hiệp có kế hoạch xây dựng xã hội học tập không?", "Có: Kế hoạch số 52/KH-UBND ngày 14/02/2025, giai đoạn 2025 - 2030."])
Q("follow_up", "Thế còn huyện Cần Giuộc?",
  [(CG, CG_12CD)],
  "Cần Giuộc: ít nhất 12 chuyên đề/năm mỗi trung tâm học tập cộng đồng.", ["12 chuyên đề"],
  ["Mỗi trung tâm học tập cộng đồng ở Yên Bái tổ chức bao nhiêu chuyên đề mỗi năm?", "Ít nhất 10 chuyên đề/năm."])
Q("follow_up", "Trong đó ngân sách tỉnh bao nhiêu?",
  [(YB, YB_BHEAD), (YB, YB_B["xmc"])],
  "Ngân sách tỉnh 10,0 tỷ đồng (ngân sách huyện, xã 8,0; xã hội hóa 2,0).", ["10,0"],
  ["Bảng 2 của Yên Bái dành bao nhiêu cho nhóm xóa mù chữ, đào tạo nghề?", "20,0 tỷ đồng."])
Q("follow_up", "Kế hoạch đó số mấy, ban hành ngày nào?",
  [(CG, "Số: 118/KH-UBND Cần Giuộc, ngày 09 tháng 9 năm 2024")],
  "Kế hoạch số 118/KH-UBND, ngày 09/9/2024.", ["118/KH-UBND", "2024"],
  ["Ai ký kế hoạch xây dựng xã hội học tập của huyện Cần Giuộc?", "Chủ tịch UBND huyện Phan Thanh Tùng."])
Q("follow_up", "Vậy xã Long Hiệp đặt tỷ lệ người dân có kỹ năng số năm 2030 là bao nhiêu?",
  [(LH, LH_HEAD), (LH, LH_R[5])],
  "Từ 70% trở lên (≥ 70%) năm 2030 (40% năm 2025, 55% năm 2027).", ["70%"],
  ["Huyện Trà Cú đặt chỉ tiêu kỹ năng số năm 2030 là bao nhiêu?", REFUSE])
Q("follow_up", "Thế Sở Nông nghiệp và Phát triển nông thôn thì sao?",
  [(YB, YB_A[13])],
  "Sở NN&PTNT Yên Bái chủ trì tập huấn kỹ thuật trồng quế, chè Shan tuyết tại trung tâm học tập cộng đồng, phối hợp Hội Nông dân tỉnh, giai đoạn 2025-2030.", ["quế", "chè Shan tuyết"],
  ["Sở Y tế tỉnh Yên Bái có nhiệm vụ gì trong kế hoạch?", REFUSE])
Q("follow_up", "Còn cộng đồng học tập ở đó năm 2030?",
  [(CG, CG_CD)],
  "75% ấp, khu phố đạt danh hiệu “Cộng đồng học tập” vào năm 2030.", ["75%"],
  ["Cần Giuộc đặt chỉ tiêu dòng họ học tập năm 2027 bao nhiêu?", "40%.", "Còn năm 2030?", "55%."])
Q("follow_up", "Họ phối hợp trong nhiệm vụ nào ở phụ lục, thời gian ra sao?",
  [(YB, YB_A[11])],
  "Ban Dân tộc tỉnh (cùng Bộ CHQS tỉnh) phối hợp với UBND các huyện Mù Cang Chải, Trạm Tấu, Văn Yên, Lục Yên mở lớp xóa mù chữ, sau xóa mù chữ ở vùng cao, hằng năm.", ["xóa mù chữ", "hằng năm"],
  ["Ban Dân tộc tỉnh Yên Bái làm gì?", "Vận động người có uy tín tham gia tuyên truyền, đưa người mù chữ đến lớp; lồng ghép xóa mù chữ với Chương trình MTQG vùng DTTS."])
Q("follow_up", "Còn ngân sách xã bố trí bao nhiêu?",
  [(LH, LH_KP)],
  "Ngân sách xã bố trí 45 triệu đồng/năm.", ["45 triệu"],
  ["Hội Khuyến học xã Long Hiệp vận động xã hội hóa bao nhiêu mỗi năm?", "Ít nhất 30 triệu đồng/năm cho Quỹ khuyến học."])
Q("follow_up", "Còn năm 2030?",
  [(YB, YB_HEAD), (YB, YB_R["8.1"])],
  "4.500 cán bộ, công chức cấp xã (cộng dồn) vào năm 2030.", ["4.500"],
  ["Yên Bái muốn bao nhiêu cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số năm 2026?", "1.500 người (cộng dồn)."])
Q("follow_up", "Đến năm 2027 có bao nhiêu người học ở đó?",
  [(LH, LH_HEAD), (LH, LH_R[2])],
  "600 người dân tộc Khmer học chữ Khmer tại chùa (cộng dồn) vào năm 2027.", ["600"],
  ["Xã Long Hiệp dạy chữ Khmer ở đâu?", "Tại các chùa Khmer, trong dịp hè."])
Q("follow_up", "What about 2030?",
  [(CG, CG_GD)],
  "82% of households in 2030.", ["82"],
  ["What is Can Giuoc's 2027 target for learning families?", "72% of households."])
Q("follow_up", "When must it report to the province each year?",
  [(YB, YB_SGD)],
  "By 10 December (10/12) each year, to the provincial People's Committee and the Ministry of Education and Training.", ["10"],
  ["Which body is the standing agency of the Yen Bai plan?", "The Department of Education and Training (Sở Giáo dục và Đào tạo)."])
Q("follow_up", "And how much does the commune budget add each year?",
  [(LH, LH_KP)],
  "VND 45 million a year (45 triệu đồng/năm) from the commune budget.", ["45"],
  ["How much does the district give Long Hiep's community learning centre each year?", "15 million dong a year."])

# ================================================================ unanswerable (30)
U("Tỉnh Long An đặt chỉ tiêu gia đình học tập năm 2030 là bao nhiêu?",
  REFUSE + " Chỉ có kế hoạch của huyện Cần Giuộc (thuộc Long An); kế hoạch của tỉnh Long An không được nạp.")
U("Tỉnh Trà Vinh có bao nhiêu xã đạt Cộng đồng học tập?", REFUSE)
U("Huyện Trà Cú đặt chỉ tiêu xóa mù chữ bao nhiêu người đến năm 2030?",
  REFUSE + " Chỉ có kế hoạch của xã Long Hiệp; kế hoạch 96/KH-UBND của huyện Trà Cú chỉ được trích dẫn.")
U("Xã Ngọc Biên đặt bao nhiêu ấp đạt Cộng đồng học tập?", REFUSE)
U("Huyện Cần Đước dự toán bao nhiêu kinh phí cho xã hội học tập?", REFUSE)
U("Thành phố Yên Bái đặt tỷ lệ Công dân học tập bao nhiêu?",
  REFUSE + " Kế hoạch của tỉnh chỉ giao Sở Nội vụ đánh giá, xếp loại “Công dân học tập” thí điểm tại thành phố Yên Bái, không nêu tỷ lệ.")
U("Huyện Mù Cang Chải hiện có bao nhiêu người mù chữ?", REFUSE)
U("Năm 2028 Yên Bái đặt chỉ tiêu bao nhiêu Đơn vị học tập cấp tỉnh?",
  REFUSE + " Bảng 1 để trống (\"-\") ô năm 2028; chỉ có 40 (2026) và 120 (2030).")
U("Yên Bái đặt tỷ lệ gia đình học tập năm 2027 là bao nhiêu?",
  REFUSE + " Bảng 1 chỉ có các năm 2026, 2028 và 2030.")
U("Năm 2025 Yên Bái đặt tỷ lệ dòng họ học tập bao nhiêu?",
  REFUSE + " Kế hoạch ghi chỉ tiêu năm 2025 thực hiện theo Kế hoạch 245/KH-UBND năm 2023, không nêu con số.")
U("Cần Giuộc đặt tỷ lệ gia đình học tập năm 2028 là bao nhiêu?",
  REFUSE + " Kế hoạch chỉ đặt mức cho năm 2027 (72%) và 2030 (82%).")
U("Xã Long Hiệp đặt tỷ lệ người dân có kỹ năng số năm 2026 bao nhiêu?",
  REFUSE + " Bảng chỉ tiêu chỉ có các năm 2025, 2027 và 2030.")
U("Hiện khu công nghiệp Long Hậu có bao nhiêu công nhân?", REFUSE)
U("Ấp không đạt Cộng đồng học tập ở Long Hiệp bị xử lý thế nào?", REFUSE)
U("Cơ quan ở Yên Bái không báo cáo đúng hạn thì bị kỷ luật ra sao?", REFUSE)
U("Tuần lễ hưởng ứng học tập suốt đời ở Yên Bái được cấp bao nhiêu tiền?",
  REFUSE + " Bảng 2 chỉ có tổng của nhóm tuyên truyền (6,0 tỷ đồng), không tách riêng Tuần lễ.")
U("Lớp tiếng Hàn cho công nhân ở Cần Giuộc tốn bao nhiêu kinh phí?", REFUSE)
U("Giáo viên dạy chữ Khmer ở Long Hiệp được hỗ trợ bao nhiêu tiền mỗi tháng?",
  REFUSE + " Kế hoạch chỉ nói ngân sách xã chi trả theo quy định, không nêu mức.")
U("Sở Y tế tỉnh Yên Bái có nhiệm vụ gì trong kế hoạch?", REFUSE)
U("Công an tỉnh Yên Bái được giao nhiệm vụ gì?", REFUSE)
U("Phòng Tư pháp huyện Cần Giuộc làm gì trong kế hoạch xây dựng xã hội học tập?", REFUSE)
U("Trạm Y tế xã Long Hiệp có trách nhiệm gì?", REFUSE)
U("Ai ký Kế hoạch số 3350/KH-UBND của UBND tỉnh Long An?",
  REFUSE + " Kế hoạch này chỉ được trích dẫn trong kế hoạch của huyện Cần Giuộc.")
U("Kế hoạch 96/KH-UBND của huyện Trà Cú do ai ký?", REFUSE)
U("What is Tra Vinh province's budget for building a learning society?", REFUSE_EN)
U("What does the Yen Bai Department of Health have to do under the plan?", REFUSE_EN)
U("How many learning families did Can Giuoc have in 2024?", REFUSE_EN)
U("Còn xã Ngọc Biên bên cạnh thì sao?", REFUSE,
  ["Long Hiệp đặt bao nhiêu ấp đạt Cộng đồng học tập năm 2030?", "10/12 ấp."])
U("Còn năm 2035?", REFUSE + " Kế hoạch chỉ đến năm 2030.",
  ["Cần Giuộc đặt tỷ lệ lao động qua đào tạo năm 2030 bao nhiêu?", "80%."])
U("What about Lao Cai?", REFUSE_EN,
  ["What is Yen Bai's 2030 target for basic digital skills?", "80% of people aged 15 and over."])

for i, q in enumerate(QS, 1):
    q["id"] = f"x{i:03d}"
with open(OUT, "w", encoding="utf-8") as f:
    for q in QS:
        f.write(unicodedata.normalize("NFC", json.dumps(q, ensure_ascii=False)) + "\n")
print(len(QS), "questions ->", OUT)
