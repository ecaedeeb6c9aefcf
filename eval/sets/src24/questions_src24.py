"""Write eval/sets/newplans24.jsonl (ids n24-001…). Spans are verbatim from the text as extracted (see check_sets.py).

    python eval/sets/src24/questions_src24.py
"""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "newplans24.jsonl")

DN = "daknong_2157-KH-UBND_2024.md"
K87 = "khanhvinh_87-KH-UBND_2024.docx"
K42 = "khanhvinh_42-KH-UBND_2025.pdf"
ND = "nghiduc_05-KH-TTHTCD_2025.txt"
HUE = "000_4550be4bb11189cd.txt"
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
    return [{"role": "user" if i % 2 == 0 else "assistant", "content": c} for i, c in enumerate(h)]


REFUSE = "Các kế hoạch đã nạp không có thông tin này."
REFUSE_EN = "The loaded plans do not contain this information."

# ---- Đắk Nông (.md from a PDF-to-markdown converter; HTML tables read as cell text, one cell a line)
DN_HEAD = "TT Chỉ tiêu Lộ trình thực hiện Năm 2025 Năm 2027 Năm 2030"
DN_BC = "1 Tỷ lệ người trong độ tuổi từ 15 - 60 đạt chuẩn biết chữ mức độ 2 (riêng đồng bào dân tộc thiểu số tại chỗ) 96% (90%) 97% (92%) 98% (95%)"
DN_GD = '2 Tỷ lệ hộ gia đình đạt danh hiệu "Gia đình học tập" 66% 70% 75%'
DN_DH = '3 Tỷ lệ dòng họ đạt danh hiệu "Dòng họ học tập" 45% 52% 60%'
DN_CD = '4 Tỷ lệ thôn, bon, bản, tổ dân phố đạt danh hiệu "Cộng đồng học tập" 40% 48% 55%'
DN_DV = '5 Tỷ lệ cơ quan, đơn vị cấp tỉnh đạt danh hiệu "Đơn vị học tập" 70% 75% 85%'
DN_KNS = "7 Tỷ lệ người dân từ 15 tuổi trở lên có kỹ năng số cơ bản 45% 70%"
DN_LD = "8 Tỷ lệ lao động qua đào tạo (trong đó có bằng cấp, chứng chỉ) 55% (22%) 58% (25%) 65% (30%)"
DN_KP_HEAD = "TT Nguồn kinh phí Kinh phí (triệu đồng) Giai đoạn 2025 - 2027 Giai đoạn 2028 - 2030 Tổng cộng"
DN_KP_T = "1 Ngân sách tỉnh 9.600 11.400 21.000"
DN_KP_H = "2 Ngân sách cấp huyện (8 huyện, thành phố) 4.200 5.300 9.500"
DN_KP_X = "3 Xã hội hóa và nguồn hợp pháp khác 2.100 2.900 5.000"
DN_KP_SUM = "Tổng cộng 15.900 19.600 35.500"
DN_TOTAL = "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2025 - 2030 dự kiến là 35.500 triệu đồng"
DN_TT25 = "Kinh phí hỗ trợ hoạt động của mỗi trung tâm học tập cộng đồng từ ngân sách tỉnh là 25 triệu đồng/trung tâm/năm"
DN_800 = 'kinh phí vận hành nền tảng "Đắk Nông học tập số" là 800 triệu đồng/năm, giao Sở Thông tin và Truyền thông quản lý'
DN_TBL_HEAD = "| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |"
DN_SIGN = "Phạm Quang Khải"
DN_NUM = "Số: 2157/KH-UBND"
DN_GDDT1 = "Là cơ quan thường trực, chủ trì, phối hợp với các sở, ngành, địa phương triển khai thực hiện Kế hoạch"
DN_GDDT2 = "Chủ trì tổ chức sơ kết giai đoạn 2025 - 2027 vào quý IV/2027 và tổng kết giai đoạn 2025 - 2030 vào quý IV/2030."
DN_GDDT3 = "Tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Giáo dục và Đào tạo kết quả thực hiện trước ngày 15/12 hằng năm."
DN_XMC = "phấn đấu mỗi năm mở ít nhất 120 lớp xóa mù chữ và giáo dục sau biết chữ cho đồng bào M'nông, Mạ, Ê Đê tại các xã vùng biên giới"
DN_TUANLE = "Tổ chức Tuần lễ hưởng ứng học tập suốt đời hằng năm vào tháng 10 (từ ngày 01/10 đến ngày 07/10)"
DN_NT = 'Xây dựng và vận hành nền tảng học tập trực tuyến "Đắk Nông học tập số", hoàn thành trong quý II/2025; cập nhật ít nhất 300 học liệu số mỗi năm.'
DN_UBH = "Ban hành kế hoạch thực hiện trên địa bàn trước ngày 30/11/2024"

# ---- Khánh Vĩnh: the original (docx) and the amendment (PDF)
K87_GD25 = "Có 60% hộ gia đình đạt danh hiệu “Gia đình học tập”; 40% dòng họ đạt danh hiệu “Dòng họ học tập”."
K87_GD30 = "Có 75% hộ gia đình đạt danh hiệu “Gia đình học tập”; 55% dòng họ đạt danh hiệu “Dòng họ học tập”."
K87_KNS25 = "Tỷ lệ người dân từ 15 tuổi trở lên có kỹ năng số cơ bản đạt 40%."
K87_KNS30 = "Tỷ lệ người dân từ 15 tuổi trở lên có kỹ năng số cơ bản đạt 70%; tỷ lệ lao động qua đào tạo đạt 60%."
K87_SK = "Chủ trì tổ chức sơ kết giai đoạn 2024 - 2027 vào quý IV/2027 và tổng kết giai đoạn 2024 - 2030 vào quý IV/2030."
K87_BC = "Tổng hợp, báo cáo Ủy ban nhân dân huyện và Sở Giáo dục và Đào tạo tỉnh Khánh Hòa kết quả thực hiện trước ngày 15/12 hằng năm."
K87_KP = "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2024 - 2030 dự kiến là 6.850 triệu đồng, trong đó: ngân sách huyện 4.200 triệu đồng; ngân sách các xã, thị trấn 1.450 triệu đồng; nguồn xã hội hóa 1.200 triệu đồng."
K87_HT = "Ngân sách huyện hỗ trợ mỗi trung tâm học tập cộng đồng 15 triệu đồng/năm và 50 triệu đồng/năm để tổ chức Hội thi “Gia đình học tập tiêu biểu” cấp huyện"
K87_HOITHI = "Tổ chức Hội thi “Gia đình học tập tiêu biểu” cấp huyện hai năm một lần vào các năm 2025, 2027 và 2029"
K87_SIGN = "PHÓ CHỦ TỊCH (Đã ký) Cao Thị Mỹ Linh"
K87_TTVH = "Sản xuất chuyên mục “Khánh Vĩnh học tập suốt đời” phát trên sóng truyền thanh huyện mỗi tháng 02 kỳ; tổ chức xe thư viện lưu động về các xã vùng cao."
K42_GD25 = "được sửa đổi thành: Có 55% hộ gia đình đạt danh hiệu “Gia đình học tập”."
K42_KNS25 = "Chỉ tiêu kỹ năng số đến năm 2025 được sửa đổi thành: Tỷ lệ người dân từ 15 tuổi trở lên có kỹ năng số cơ bản đạt 30%."
K42_GD30 = "Chỉ tiêu “Gia đình học tập” đến năm 2030 được sửa đổi thành: Có 80% hộ gia đình đạt danh hiệu “Gia đình học tập”."
K42_SK = "Thời gian sơ kết giai đoạn 2024 - 2027 tại khoản 1 Mục V được điều chỉnh từ quý IV/2027 sang quý I/2028."
K42_BC = "được điều chỉnh thành trước ngày 30/11 hằng năm."
K42_BAIBO = "Bãi bỏ khoản 4 Mục III (Tổ chức Hội thi “Gia đình học tập tiêu biểu” cấp huyện) và nội dung chi 50 triệu đồng/năm tổ chức Hội thi tại Mục IV của Kế hoạch số 87/KH-UBND."
K42_KP = "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2024 - 2030 được điều chỉnh thành 7.420 triệu đồng, trong đó: ngân sách huyện 4.650 triệu đồng; ngân sách các xã, thị trấn 1.450 triệu đồng; nguồn xã hội hóa 1.320 triệu đồng."
K42_HT = "Mức hỗ trợ từ ngân sách huyện cho mỗi trung tâm học tập cộng đồng nâng từ 15 triệu đồng/năm lên 20 triệu đồng/năm kể từ năm 2025."
K42_BDHVS = "Triển khai phong trào “Bình dân học vụ số”: mở lớp kỹ năng số cơ bản tại 14 trung tâm học tập cộng đồng, mỗi trung tâm ít nhất 04 lớp/năm"
K42_CT = "13. Trung tâm Chính trị huyện: lồng ghép nội dung học tập suốt đời, kỹ năng số vào chương trình bồi dưỡng cán bộ cơ sở; biên soạn tài liệu bồi dưỡng, hoàn thành trong quý III/2025."
K42_VIDEO = "Bổ sung nhiệm vụ cho Trung tâm Văn hóa, Thông tin và Thể thao huyện: xây dựng 10 video hướng dẫn kỹ năng số bằng tiếng Raglai, hoàn thành trước ngày 30/9/2025."
K42_SIGN = "CHỦ TỊCH (Đã ký) Trần Quốc Hưng"
K42_KEEP = "Các nội dung khác giữ nguyên theo Kế hoạch số 87/KH-UBND ngày 15/4/2024 của Ủy ban nhân dân huyện."

# ---- Nghị Đức TTHTCĐ (.txt, CRLF, tab tables: a row's cells joined by one space after normalisation)
ND_HEAD = "Tháng Nội dung hoạt động Đối tượng Số lớp/buổi Người phụ trách Phối hợp"
ND_M3 = "3 Lớp kỹ năng số: cài đặt, sử dụng VNeID; chuyên đề Luật Đất đai năm 2024 Đoàn viên thanh niên, người dân 5 Đặng Thị Thu Hà Đoàn Thanh niên xã, Công an xã"
ND_M5 = "5 Phòng bệnh viêm da nổi cục trên trâu, bò; phòng, chống sốt xuất huyết Hộ chăn nuôi; người dân 5 Lê Văn Tư Trạm Y tế xã"
ND_M10 = "10 Tuần lễ hưởng ứng học tập suốt đời (01/10 - 07/10); Ngày hội đọc sách Toàn dân 4 Phan Văn Hòa Hội Khuyến học xã, các trường học"
ND_M7 = "7 Thanh toán không dùng tiền mặt; lớp tiếng Anh thiếu nhi (tiếp) Tiểu thương, người dân; học sinh 4 Đặng Thị Thu Hà Bưu điện văn hóa xã"
ND_CD_HEAD = "Chuyên đề Nội dung chính Số lớp/buổi Báo cáo viên"
ND_CN = "Chăn nuôi Chăn nuôi bò, heo an toàn sinh học; phòng bệnh viêm da nổi cục trên trâu, bò 8 Bác sĩ thú y Trần Thị Mai"
ND_TT = "Trồng trọt Kỹ thuật trồng lúa theo VietGAP; chăm sóc cao su, điều 10 Kỹ sư Nguyễn Văn Thành (Trạm Khuyến nông huyện)"
ND_KNS = "Kỹ năng số Sử dụng VNeID, dịch vụ công trực tuyến, thanh toán không dùng tiền mặt 10 Bí thư Đoàn xã Hồ Quang Vinh"
ND_TA = "Tiếng Anh thiếu nhi Tiếng Anh giao tiếp cho học sinh tiểu học (lớp hè, có thu học phí) 4 Giáo viên Trường Tiểu học Nghị Đức"
ND_PGD2 = "Phó Giám đốc: ông Lê Văn Tư, Chủ tịch Hội Nông dân xã"
ND_PGD2T = "Phụ trách các chuyên đề trồng trọt, chăn nuôi; liên hệ Trạm Khuyến nông huyện, Hợp tác xã nông nghiệp Nghị Đức mời báo cáo viên."
ND_PGD1 = "Phó Giám đốc thường trực: bà Đặng Thị Thu Hà, giáo viên biệt phái"
ND_PGD1T = "trực tiếp phụ trách lớp xóa mù chữ, các chuyên đề kỹ năng số, kỹ năng sống, tiếng Anh thiếu nhi; tổng hợp báo cáo."
ND_GD = "Giám đốc Trung tâm: ông Phan Văn Hòa, Phó Chủ tịch UBND xã (kiêm nhiệm)"
ND_KP = "Tổng kinh phí hoạt động năm 2025 là 96 triệu đồng, gồm:"
ND_KP_NS = "Ngân sách xã: 60 triệu đồng"
ND_KP_XH = "Xã hội hóa: 24 triệu đồng"
ND_KP_HP = "Học phí: 12 triệu đồng (lớp tiếng Anh thiếu nhi 40 học sinh x 300.000 đồng)."
ND_SIGN = "DUYỆT CỦA UBND XÃ GIÁM ĐỐC CHỦ TỊCH (Đã ký) (Đã ký) Huỳnh Tấn Lộc Phan Văn Hòa"
ND_BC6 = "Báo cáo sơ kết 6 tháng gửi UBND xã và Phòng GD&ĐT huyện Tánh Linh trước ngày 15/6/2025."
ND_BCN = "Báo cáo tổng kết năm gửi UBND xã và Phòng GD&ĐT huyện Tánh Linh trước ngày 05/12/2025."

# ================= agency_tasks (12)
Q("agency_tasks", "Theo kế hoạch của tỉnh Đắk Nông, Sở Giáo dục và Đào tạo có nhiệm vụ gì?",
  [(DN, DN_GDDT1), (DN, DN_GDDT2), (DN, DN_GDDT3)],
  "Sở Giáo dục và Đào tạo là cơ quan thường trực, chủ trì, phối hợp với các sở, ngành, địa phương triển khai Kế hoạch và hướng dẫn đánh giá, xếp loại trung tâm học tập cộng đồng; chủ trì sơ kết giai đoạn 2025 - 2027 vào quý IV/2027, tổng kết vào quý IV/2030; tổng hợp, báo cáo UBND tỉnh và Bộ GD&ĐT trước ngày 15/12 hằng năm. Trong Bảng 3, Sở còn chủ trì tập huấn cán bộ quản lý TTHTCĐ (Quý I/2025) và xây dựng cơ sở dữ liệu về người học (Quý II/2026).",
  ["thường trực", "quý IV/2027", "15/12"])
Q("agency_tasks", "Ban Dân tộc tỉnh Đắk Nông được giao làm gì?",
  [(DN, "Lồng ghép nhiệm vụ xóa mù chữ, nâng cao dân trí cho đồng bào dân tộc thiể- u số với Chương trình mục tiêu quốc gia"),
   (DN, "Biên soạn tài liệu song ngữ Việt - M'nông | Ban Dân tộc tỉnh | Sở Giáo dục và Đào tạo | Quý III/2025")],
  "Ban Dân tộc tỉnh lồng ghép nhiệm vụ xóa mù chữ, nâng cao dân trí cho đồng bào dân tộc thiểu số với Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào DTTS và miền núi, phối hợp vận động người có uy tín tham gia tuyên truyền; theo Bảng 3, Ban chủ trì biên soạn tài liệu song ngữ Việt - M'nông (phối hợp Sở GD&ĐT), hoàn thành Quý III/2025.",
  ["xóa mù chữ", "người có uy tín", "song ngữ", "Quý III/2025"])
Q("agency_tasks", "Công an tỉnh có việc gì trong kế hoạch xây dựng xã hội học tập của Đắk Nông không?",
  [(DN, "7 | Xây dựng cơ sở dữ liệu về người học trên địa bàn tỉnh | Sở Giáo dục và Đào tạo | Công an tỉnh | Quý II/2026"), (DN, DN_TBL_HEAD)],
  "Có, nhưng chỉ trong Bảng 3 (phân công nhiệm vụ trọng tâm): Công an tỉnh là cơ quan phối hợp với Sở Giáo dục và Đào tạo xây dựng cơ sở dữ liệu về người học trên địa bàn tỉnh, hoàn thành Quý II/2026.",
  ["cơ sở dữ liệu", "Quý II/2026"])
Q("agency_tasks", "tỉnh đoàn đắk nông làm gì trong kế hoạch 2157",
  [(DN, "Tỉnh đoàn tổ chức các đội hình thanh niên tình nguyện hướng dẫn kỹ năng số cho người dân")],
  "Theo mục 12 (phần đề nghị), Tỉnh đoàn tổ chức các đội hình thanh niên tình nguyện hướng dẫn kỹ năng số cho người dân.",
  ["thanh niên tình nguyện", "kỹ năng số"])
Q("agency_tasks", "Sở Nội vụ Đắk Nông phải làm gì và hạn khi nào?",
  [(DN, 'Chủ trì xây dựng, hướng dẫn tiêu chí "Đơn vị học tập" đối với cơ quan, đơn vị cấp tỉnh, hoàn thành trước ngày 31/3/2025'),
   (DN, 'Hướng dẫn tiêu chí "Đơn vị học tập" | Sở Nội vụ | Liên đoàn Lao động tỉnh | Trước 31/3/2025')],
  "Sở Nội vụ chủ trì xây dựng, hướng dẫn tiêu chí \"Đơn vị học tập\" đối với cơ quan, đơn vị cấp tỉnh, hoàn thành trước ngày 31/3/2025 (phối hợp Liên đoàn Lao động tỉnh), và đưa kết quả học tập vào đánh giá cán bộ, công chức, viên chức hằng năm.",
  ["Đơn vị học tập", "31/3/2025"])
Q("agency_tasks", "Trường Cao đẳng Cộng đồng Đắk Nông được giao nhiệm vụ gì?",
  [(DN, "mở lớp liên kết tại các huyện Đắk Glong, Tuy Đức."),
   (DN, "phối hợp với Trường Cao đẳng Cộng đồng Đắk Nông mở lớp nghề tại trung tâm học tập cộng đồng")],
  "Trường Cao đẳng Cộng đồng Đắk Nông phát triển các chương trình đào tạo ngắn hạn, bồi dưỡng thường xuyên và mở lớp liên kết tại các huyện Đắk Glong, Tuy Đức; ngoài ra phối hợp với Sở LĐ-TB&XH mở lớp nghề tại trung tâm học tập cộng đồng.",
  ["Đắk Glong", "Tuy Đức", "lớp nghề"])
Q("agency_tasks", "Huyện Khánh Vĩnh giao Phòng Nông nghiệp và Phát triển nông thôn những việc gì?",
  [(K87, "Chỉ đạo Trạm Khuyến nông huyện phối hợp với trung tâm học tập cộng đồng tổ chức các chuyên đề chuyển giao kỹ thuật trồng trọt, chăn nuôi; xây dựng mô hình trình diễn tại các xã Khánh Hiệp, Khánh Trung.")],
  "Phòng NN&PTNT chỉ đạo Trạm Khuyến nông huyện phối hợp với trung tâm học tập cộng đồng tổ chức các chuyên đề chuyển giao kỹ thuật trồng trọt, chăn nuôi; xây dựng mô hình trình diễn tại các xã Khánh Hiệp, Khánh Trung (Kế hoạch số 87/KH-UBND; Kế hoạch số 42 không thay đổi nội dung này).",
  ["Trạm Khuyến nông", "Khánh Hiệp", "Khánh Trung"])
Q("agency_tasks", "Trung tâm Văn hóa, Thông tin và Thể thao huyện Khánh Vĩnh hiện có những nhiệm vụ gì?",
  [(K87, K87_TTVH), (K42, K42_VIDEO)],
  "Theo Kế hoạch số 87/KH-UBND: sản xuất chuyên mục “Khánh Vĩnh học tập suốt đời” phát trên sóng truyền thanh huyện mỗi tháng 02 kỳ và tổ chức xe thư viện lưu động về các xã vùng cao. Kế hoạch số 42/KH-UBND (2025) bổ sung: xây dựng 10 video hướng dẫn kỹ năng số bằng tiếng Raglai, hoàn thành trước ngày 30/9/2025.",
  ["Khánh Vĩnh học tập suốt đời", "02 kỳ", "10 video", "30/9/2025"])
Q("agency_tasks", "Trung tâm Chính trị huyện Khánh Vĩnh có nhiệm vụ gì trong xây dựng xã hội học tập?",
  [(K42, K42_CT)],
  "Trung tâm Chính trị huyện không có trong Kế hoạch số 87/KH-UBND ban đầu; Kế hoạch số 42/KH-UBND bổ sung khoản 13 vào Mục V: lồng ghép nội dung học tập suốt đời, kỹ năng số vào chương trình bồi dưỡng cán bộ cơ sở; biên soạn tài liệu bồi dưỡng, hoàn thành trong quý III/2025.",
  ["bồi dưỡng cán bộ cơ sở", "quý III/2025"])
Q("agency_tasks", "Công an huyện Khánh Vĩnh phối hợp những gì?",
  [(K87, "Phối hợp tuyên truyền, phổ biến pháp luật về an ninh trật tự, phòng chống ma túy, phòng chống lừa đảo trên không gian mạng tại trung tâm học tập cộng đồng.")],
  "Công an huyện phối hợp tuyên truyền, phổ biến pháp luật về an ninh trật tự, phòng chống ma túy, phòng chống lừa đảo trên không gian mạng tại trung tâm học tập cộng đồng.",
  ["ma túy", "lừa đảo trên không gian mạng"])
Q("agency_tasks", "Hội Phụ nữ xã làm gì trong kế hoạch hoạt động của trung tâm học tập cộng đồng Nghị Đức?",
  [(ND, "4. Hội Liên hiệp Phụ nữ xã: phối hợp tổ chức chuyên đề kỹ năng sống, phòng chống bạo lực gia đình; vận động phụ nữ thôn 7 tham gia lớp xóa mù chữ.")],
  "Hội LHPN xã phối hợp tổ chức chuyên đề kỹ năng sống, phòng chống bạo lực gia đình và vận động phụ nữ thôn 7 tham gia lớp xóa mù chữ; trong lịch tháng, Hội phối hợp các buổi tháng 6 và tháng 8.",
  ["kỹ năng sống", "bạo lực gia đình", "thôn 7"])
Q("agency_tasks", "Công an xã phối hợp với trung tâm những việc gì?",
  [(ND, "9. Công an xã: phối hợp chuyên đề pháp luật, phòng chống ma túy; hướng dẫn người dân kích hoạt tài khoản định danh điện tử mức độ 2.")],
  "Theo kế hoạch hoạt động 2025 của TTHTCĐ xã Nghị Đức, Công an xã phối hợp chuyên đề pháp luật, phòng chống ma túy và hướng dẫn người dân kích hoạt tài khoản định danh điện tử mức độ 2 (phối hợp các buổi tháng 1, 3 và 11).",
  ["ma túy", "định danh điện tử"])

# ================= target (12)
Q("target", "Chỉ tiêu gia đình học tập năm 2027 của tỉnh Đắk Nông là bao nhiêu?",
  [(DN, DN_GD), (DN, DN_HEAD)],
  "Năm 2027, Đắk Nông phấn đấu 70% hộ gia đình đạt danh hiệu \"Gia đình học tập\" (66% năm 2025, 75% năm 2030).", ["70%"])
Q("target", "Đắk Nông đặt mục tiêu tỷ lệ biết chữ mức độ 2 của đồng bào dân tộc thiểu số tại chỗ năm 2030 bao nhiêu?",
  [(DN, DN_BC), (DN, DN_HEAD)],
  "Năm 2030, 98% người từ 15 - 60 tuổi đạt chuẩn biết chữ mức độ 2, riêng đồng bào dân tộc thiểu số tại chỗ là 95%.", ["95%"])
Q("target", "Tỷ lệ lao động qua đào tạo năm 2025 ở Đắk Nông phấn đấu đạt bao nhiêu?",
  [(DN, DN_LD), (DN, DN_HEAD)],
  "Năm 2025: 55% lao động qua đào tạo, trong đó 22% có bằng cấp, chứng chỉ.", ["55%", "22%"])
Q("target", "Đến 2030 bao nhiêu phần trăm cơ quan, đơn vị cấp tỉnh ở Đắk Nông đạt Đơn vị học tập?",
  [(DN, DN_DV), (DN, DN_HEAD)],
  "Đến năm 2030, 85% cơ quan, đơn vị cấp tỉnh đạt danh hiệu \"Đơn vị học tập\" (70% năm 2025, 75% năm 2027).", ["85%"])
Q("target", "Tỷ lệ người dân có kỹ năng số cơ bản của Đắk Nông năm 2030?",
  [(DN, DN_KNS), (DN, DN_HEAD)],
  "Năm 2030 là 70% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản (năm 2027: 45%; ô năm 2025 để trống).", ["70%"])
Q("target", "Mỗi năm Đắk Nông mở bao nhiêu lớp xóa mù chữ?",
  [(DN, DN_XMC)],
  "Phấn đấu mỗi năm mở ít nhất 120 lớp xóa mù chữ và giáo dục sau biết chữ cho đồng bào M'nông, Mạ, Ê Đê tại các xã vùng biên giới.", ["120"])
Q("target", "Huyện Khánh Vĩnh đặt chỉ tiêu gia đình học tập năm 2025 là bao nhiêu?",
  [(K42, K42_GD25), (K87, K87_GD25)],
  "Hiện là 55% hộ gia đình đạt danh hiệu “Gia đình học tập” năm 2025: Kế hoạch số 42/KH-UBND (10/3/2025) đã sửa đổi chỉ tiêu 60% của Kế hoạch số 87/KH-UBND thành 55%.", ["55%", "60%"])
Q("target", "Khánh Vĩnh phấn đấu bao nhiêu % dòng họ học tập vào năm 2030?",
  [(K87, K87_GD30)],
  "55% dòng họ đạt danh hiệu “Dòng họ học tập” đến năm 2030 (Kế hoạch số 87/KH-UBND; Kế hoạch số 42 không sửa chỉ tiêu này).", ["55%"])
Q("target", "Đến năm 2030 huyện Khánh Vĩnh có bao nhiêu trung tâm học tập cộng đồng xếp loại Tốt?",
  [(K87, "Có 10/14 trung tâm học tập cộng đồng được xếp loại Tốt.")],
  "Đến năm 2030 có 10/14 trung tâm học tập cộng đồng được xếp loại Tốt (năm 2025: 5/14).", ["10/14"])
Q("target", "Chỉ tiêu kỹ năng số năm 2025 của huyện Khánh Vĩnh hiện nay là bao nhiêu?",
  [(K42, K42_KNS25), (K87, K87_KNS25)],
  "30%: Kế hoạch số 42/KH-UBND sửa đổi chỉ tiêu năm 2025 thành 30% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản (Kế hoạch số 87 ban đầu đặt 40%).", ["30%"])
Q("target", "Năm 2025 trung tâm học tập cộng đồng xã Nghị Đức phấn đấu tổ chức bao nhiêu lớp/buổi chuyên đề?",
  [(ND, "Tổ chức ít nhất 52 lớp/buổi chuyên đề, thu hút từ 2.600 lượt người học trở lên.")],
  "Ít nhất 52 lớp/buổi chuyên đề, thu hút từ 2.600 lượt người học trở lên.", ["52", "2.600"])
Q("target", "Chỉ tiêu gia đình học tập và cộng đồng học tập năm 2025 trong kế hoạch của TTHTCĐ Nghị Đức?",
  [(ND, '70% hộ gia đình đạt danh hiệu "Gia đình học tập"; 4/7 thôn đạt danh hiệu "Cộng đồng học tập".')],
  "70% hộ gia đình đạt danh hiệu \"Gia đình học tập\" và 4/7 thôn đạt danh hiệu \"Cộng đồng học tập\".", ["70%", "4/7"])

# ================= deadline (8)
Q("deadline", "UBND các huyện, thành phố của Đắk Nông phải ban hành kế hoạch thực hiện trước ngày nào?",
  [(DN, DN_UBH), (DN, "| 1 | Ban hành kế hoạch thực hiện cấp huyện | UBND các huyện, thành phố | Sở Giáo dục và Đào tạo | Trước 30/11/2024 |")],
  "Trước ngày 30/11/2024; hằng năm báo cáo kết quả về Sở GD&ĐT trước ngày 30/11.", ["30/11/2024"])
Q("deadline", "Nền tảng Đắk Nông học tập số phải hoàn thành khi nào?",
  [(DN, DN_NT), (DN, 'Vận hành nền tảng "Đắk Nông học tập số" | Sở Thông tin và Truyền thông | Sở Giáo dục và Đào tạo | Quý II/2025')],
  "Hoàn thành trong quý II/2025 (Sở Thông tin và Truyền thông chủ trì, Sở GD&ĐT phối hợp).", ["quý II/2025"])
Q("deadline", "Việc đánh giá mô hình Bon học tập làm vào lúc nào, ai chủ trì?",
  [(DN, '9 | Đánh giá mô hình "Bon học tập" | Hội Khuyến học tỉnh | UBND các huyện Tuy Đức, Đắk Glong, Krông Nô | Tháng 6/2028'), (DN, DN_TBL_HEAD)],
  "Tháng 6/2028, do Hội Khuyến học tỉnh chủ trì, phối hợp UBND các huyện Tuy Đức, Đắk Glong, Krông Nô (Bảng 3, dòng 9).", ["6/2028", "Hội Khuyến học tỉnh"])
Q("deadline", "Khánh Vĩnh sơ kết giai đoạn 2024 - 2027 vào thời gian nào?",
  [(K42, K42_SK), (K87, K87_SK)],
  "Vào quý I/2028: Kế hoạch số 42/KH-UBND đã điều chỉnh thời gian sơ kết từ quý IV/2027 (theo Kế hoạch số 87) sang quý I/2028.", ["quý I/2028"])
Q("deadline", "Phòng GD&ĐT Khánh Vĩnh phải báo cáo kết quả hằng năm trước ngày nào?",
  [(K42, K42_BC), (K87, K87_BC)],
  "Trước ngày 30/11 hằng năm: Kế hoạch số 42/KH-UBND đã điều chỉnh thời hạn này (Kế hoạch số 87 ban đầu quy định trước ngày 15/12 hằng năm). Báo cáo gửi UBND huyện và Sở GD&ĐT tỉnh Khánh Hòa.", ["30/11"])
Q("deadline", "UBND các xã ở Khánh Vĩnh báo cáo 6 tháng và báo cáo năm khi nào?",
  [(K87, "Báo cáo kết quả thực hiện 6 tháng trước ngày 10/6 và báo cáo năm trước ngày 30/11 hằng năm về Phòng Giáo dục và Đào tạo.")],
  "Báo cáo 6 tháng trước ngày 10/6 và báo cáo năm trước ngày 30/11 hằng năm, gửi Phòng Giáo dục và Đào tạo.", ["10/6", "30/11"])
Q("deadline", "Báo cáo sơ kết 6 tháng của trung tâm học tập cộng đồng Nghị Đức gửi đâu, hạn nào?",
  [(ND, ND_BC6)],
  "Gửi UBND xã và Phòng GD&ĐT huyện Tánh Linh trước ngày 15/6/2025.", ["15/6/2025", "Tánh Linh"])
Q("deadline", "Lớp xóa mù chữ ở thôn 7 học từ tháng mấy đến tháng mấy?",
  [(ND, "mở 01 lớp xóa mù chữ tại thôn 7 (từ tháng 4 đến tháng 8/2025)")],
  "Từ tháng 4 đến tháng 8/2025 (khai giảng tháng 4, bế giảng tháng 8), do TTHTCĐ xã Nghị Đức phối hợp với Trường Tiểu học Nghị Đức mở.", ["tháng 4", "8/2025"])

# ================= funding (8)
Q("funding", "Tổng kinh phí kế hoạch xây dựng xã hội học tập của Đắk Nông là bao nhiêu, từ những nguồn nào?",
  [(DN, DN_TOTAL), (DN, DN_KP_T), (DN, DN_KP_H), (DN, DN_KP_X)],
  "Dự kiến 35.500 triệu đồng cho giai đoạn 2025 - 2030: ngân sách tỉnh 21.000 triệu, ngân sách cấp huyện 9.500 triệu, xã hội hóa và nguồn hợp pháp khác 5.000 triệu đồng (Bảng 2).",
  ["35.500", "21.000", "9.500", "5.000"])
Q("funding", "Ngân sách tỉnh Đắk Nông bố trí bao nhiêu cho giai đoạn 2028 - 2030?",
  [(DN, DN_KP_T), (DN, DN_KP_HEAD)],
  "11.400 triệu đồng (giai đoạn 2025 - 2027: 9.600 triệu; tổng 21.000 triệu).", ["11.400"])
Q("funding", "Mỗi trung tâm học tập cộng đồng ở Đắk Nông được tỉnh hỗ trợ bao nhiêu một năm?",
  [(DN, DN_TT25)], "25 triệu đồng/trung tâm/năm từ ngân sách tỉnh.", ["25 triệu"])
Q("funding", "Kinh phí vận hành nền tảng Đắk Nông học tập số bao nhiêu?",
  [(DN, DN_800)], "800 triệu đồng/năm, giao Sở Thông tin và Truyền thông quản lý.", ["800 triệu"])
Q("funding", "Tổng kinh phí kế hoạch xây dựng xã hội học tập huyện Khánh Vĩnh hiện nay là bao nhiêu?",
  [(K42, K42_KP), (K87, K87_KP)],
  "7.420 triệu đồng theo Kế hoạch số 42/KH-UBND (điều chỉnh từ 6.850 triệu của Kế hoạch số 87): ngân sách huyện 4.650 triệu, ngân sách các xã, thị trấn 1.450 triệu, xã hội hóa 1.320 triệu đồng.",
  ["7.420", "4.650", "1.320"])
Q("funding", "Theo Kế hoạch số 87/KH-UBND ban hành năm 2024, kinh phí dự kiến là bao nhiêu?",
  [(K87, K87_KP), (K42, K42_KP)],
  "Kế hoạch số 87/KH-UBND (15/4/2024) dự kiến 6.850 triệu đồng: ngân sách huyện 4.200, ngân sách xã, thị trấn 1.450, xã hội hóa 1.200 triệu đồng. Lưu ý: Kế hoạch số 42/KH-UBND năm 2025 đã điều chỉnh tổng kinh phí thành 7.420 triệu đồng.",
  ["6.850", "4.200", "7.420"])
Q("funding", "Kinh phí hoạt động năm 2025 của trung tâm học tập cộng đồng Nghị Đức bao nhiêu, nguồn nào?",
  [(ND, ND_KP), (ND, ND_KP_NS), (ND, ND_KP_XH), (ND, ND_KP_HP)],
  "96 triệu đồng: ngân sách xã 60 triệu, xã hội hóa 24 triệu, học phí 12 triệu đồng.",
  ["96 triệu", "60 triệu", "24 triệu", "12 triệu"])
Q("funding", "Báo cáo viên ở trung tâm Nghị Đức được bồi dưỡng bao nhiêu mỗi buổi?",
  [(ND, "được bồi dưỡng 200.000 đồng/buổi")], "200.000 đồng/buổi (chi từ ngân sách xã).", ["200.000"])

# ================= legal_basis (4)
Q("legal_basis", "Kế hoạch 2157/KH-UBND của tỉnh Đắk Nông căn cứ những văn bản nào?",
  [(DN, "Căn cứ Kết luận số 49-KL/TW ngày 10/5/2019 của Ban Bí thư"), (DN, "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ"),
   (DN, "Căn cứ Thông tư số 22/2020/TT-BGDĐT ngày 06/8/2020"), (DN, "Căn cứ Nghị quyết số 09-NQ/TU ngày 25/6/2024 của Ban Thường vụ Tỉnh ủy Đắk Nông")],
  "Kết luận số 49-KL/TW ngày 10/5/2019 của Ban Bí thư; Quyết định số 1373/QĐ-TTg ngày 30/7/2021; Thông tư số 22/2020/TT-BGDĐT ngày 06/8/2020; Nghị quyết số 09-NQ/TU ngày 25/6/2024 của Ban Thường vụ Tỉnh ủy Đắk Nông; theo đề nghị của Sở GD&ĐT tại Tờ trình số 1688/TTr-SGDĐT.",
  ["49-KL/TW", "1373/QĐ-TTg", "22/2020/TT-BGDĐT", "09-NQ/TU"])
Q("legal_basis", "KH 87 của huyện Khánh Vĩnh thực hiện kế hoạch nào của tỉnh Khánh Hòa?",
  [(K87, "Căn cứ Kế hoạch số 1930/KH-UBND ngày 20/02/2024 của Ủy ban nhân dân tỉnh Khánh Hòa về xây dựng xã hội học tập tỉnh Khánh Hòa giai đoạn 2024 - 2030;")],
  "Kế hoạch số 1930/KH-UBND ngày 20/02/2024 của UBND tỉnh Khánh Hòa về xây dựng xã hội học tập tỉnh giai đoạn 2024 - 2030 (cùng QĐ 1373/QĐ-TTg, Chỉ thị 14/CT-TTg và Nghị quyết 12-NQ/HU của Huyện ủy).",
  ["1930/KH-UBND", "20/02/2024"])
Q("legal_basis", "Kế hoạch điều chỉnh số 42 của Khánh Vĩnh dựa trên căn cứ nào?",
  [(K42, "Căn cứ Kế hoạch số 205/KH-UBND ngày 20/01/2025 của Ủy ban nhân dân tỉnh"), (K42, "tại Báo cáo số 31/BC-PGDĐT ngày 14/02/2025 của Phòng Giáo dục và Đào tạo")],
  "Căn cứ Kế hoạch số 205/KH-UBND ngày 20/01/2025 của UBND tỉnh Khánh Hòa về phong trào “Bình dân học vụ số” và kết quả rà soát việc thực hiện Kế hoạch số 87 năm 2024 tại Báo cáo số 31/BC-PGDĐT ngày 14/02/2025 của Phòng GD&ĐT.",
  ["205/KH-UBND", "31/BC-PGDĐT"])
Q("legal_basis", "Kế hoạch hoạt động 2025 của TTHTCĐ Nghị Đức căn cứ vào đâu?",
  [(ND, "Căn cứ Thông tư số 44/2014/TT-BGDĐT ngày 12/12/2014"), (ND, "Căn cứ Kế hoạch số 15/KH-UBND ngày 03/01/2025 của UBND xã Nghị Đức"),
   (ND, "Căn cứ Công văn số 1120/PGDĐT-GDTX ngày 20/12/2024 của Phòng GD&ĐT huyện Tánh Linh")],
  "Thông tư số 44/2014/TT-BGDĐT ngày 12/12/2014 (Quy chế tổ chức và hoạt động của TTHTCĐ); Kế hoạch số 15/KH-UBND ngày 03/01/2025 của UBND xã Nghị Đức; Công văn số 1120/PGDĐT-GDTX ngày 20/12/2024 của Phòng GD&ĐT huyện Tánh Linh.",
  ["44/2014/TT-BGDĐT", "15/KH-UBND", "1120"])

# ================= purpose (3)
Q("purpose", "Mục đích của kế hoạch xây dựng xã hội học tập tỉnh Đắk Nông là gì?",
  [(DN, "tạo cơ hội học tập suốt đời cho mọi người dân, nhất là đồng bào dân tộc thiểu số, người dân vùng sâu, vùng xa, vùng biên giới"),
   (DN, "Phát huy vai trò của trung tâm học tập cộng đồng trong việc nâng cao dân trí")],
  "Cụ thể hóa Đề án xây dựng xã hội học tập 2021 - 2030 phù hợp với tỉnh, tạo cơ hội học tập suốt đời cho mọi người dân, nhất là đồng bào dân tộc thiểu số, vùng sâu, vùng xa, biên giới; nâng cao nhận thức về học tập suốt đời, đẩy mạnh khuyến học gắn với nông thôn mới và chuyển đổi số; phát huy vai trò của trung tâm học tập cộng đồng.",
  ["học tập suốt đời", "đồng bào dân tộc thiểu số"])
Q("purpose", "Khánh Vĩnh xây dựng xã hội học tập nhằm mục đích gì?",
  [(K87, "Nâng cao dân trí, phát triển nguồn nhân lực tại chỗ cho đồng bào Raglai, T'rin, Ê Đê")],
  "Nâng cao dân trí, phát triển nguồn nhân lực tại chỗ cho đồng bào Raglai, T'rin, Ê Đê; tạo cơ hội học tập suốt đời cho người dân 13 xã và thị trấn; phát huy vai trò của 14 trung tâm học tập cộng đồng trong chuyển giao khoa học kỹ thuật, phát triển kinh tế hộ, giảm nghèo bền vững.",
  ["nguồn nhân lực", "Raglai"])
Q("purpose", "Vì sao huyện Khánh Vĩnh ban hành Kế hoạch số 42/KH-UBND năm 2025?",
  [(K42, "Ủy ban nhân dân huyện điều chỉnh, bổ sung một số nội dung của Kế hoạch số 87/KH-UBND ngày 15/4/2024 như sau:"),
   (K42, "triển khai phong trào “Bình dân học vụ số” trên địa bàn tỉnh;")],
  "Để điều chỉnh, bổ sung một số nội dung của Kế hoạch số 87/KH-UBND ngày 15/4/2024 (chỉ tiêu, nhiệm vụ, thời gian, kinh phí; bãi bỏ Hội thi) trên cơ sở Kế hoạch 205/KH-UBND của tỉnh về phong trào “Bình dân học vụ số” và kết quả rà soát năm 2024; các nội dung khác giữ nguyên.",
  ["87/KH-UBND", "Bình dân học vụ số"])

# ================= task_section (4)
Q("task_section", "Nhiệm vụ đẩy mạnh phổ cập kỹ năng số trong kế hoạch của Đắk Nông gồm những gì?",
  [(DN, DN_NT), (DN, 'Triển khai phong trào "Bình dân học vụ số", tổ chức các lớp kỹ năng số cơ bản tại trung tâm học tập cộng đồng và nhà văn hóa bon, buôn.')],
  "Xây dựng và vận hành nền tảng học tập trực tuyến \"Đắk Nông học tập số\" (hoàn thành quý II/2025, mỗi năm cập nhật ít nhất 300 học liệu số); triển khai phong trào \"Bình dân học vụ số\" với các lớp kỹ năng số cơ bản tại TTHTCĐ và nhà văn hóa bon, buôn.",
  ["Đắk Nông học tập số", "300 học liệu", "Bình dân học vụ số"])
Q("task_section", "Đắk Nông phát triển thư viện, văn hóa đọc thế nào?",
  [(DN, "mỗi năm tổ chức ít nhất 40 đợt xe thư viện lưu động về các xã biên giới")],
  "Luân chuyển sách, báo từ Thư viện tỉnh về trung tâm học tập cộng đồng, trường học vùng sâu; mỗi năm tổ chức ít nhất 40 đợt xe thư viện lưu động về các xã biên giới.",
  ["Thư viện tỉnh", "40 đợt"])
Q("task_section", "Hội thi Gia đình học tập tiêu biểu cấp huyện năm 2025 ở Khánh Vĩnh tổ chức thế nào?",
  [(K42, K42_BAIBO), (K87, K87_HOITHI)],
  "Không còn tổ chức: Kế hoạch số 87/KH-UBND từng giao tổ chức Hội thi hai năm một lần (2025, 2027, 2029), nhưng Kế hoạch số 42/KH-UBND ngày 10/3/2025 đã bãi bỏ khoản 4 Mục III về Hội thi cùng nội dung chi 50 triệu đồng/năm.",
  ["bãi bỏ", "42/KH-UBND"])
Q("task_section", "Nhiệm vụ Bình dân học vụ số được bổ sung vào kế hoạch Khánh Vĩnh ra sao?",
  [(K42, K42_BDHVS)],
  "Kế hoạch số 42/KH-UBND bổ sung khoản 6 vào Mục III: mở lớp kỹ năng số cơ bản tại 14 trung tâm học tập cộng đồng, mỗi trung tâm ít nhất 04 lớp/năm; hướng dẫn người dân sử dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt.",
  ["14 trung tâm", "04 lớp"])

# ================= cross_plan (6)
Q("cross_plan", "Kế hoạch của Đắk Nông và kế hoạch năm 2024 của Cần Thơ cùng căn cứ quyết định nào của Thủ tướng?",
  [(DN, "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ"), (CT, "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ")],
  "Cả hai căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án \"Xây dựng xã hội học tập giai đoạn 2021 - 2030\".", ["1373/QĐ-TTg"])
Q("cross_plan", "So sánh chỉ tiêu gia đình học tập năm 2030 của Đắk Nông và Khánh Vĩnh.",
  [(DN, DN_GD), (DN, DN_HEAD), (K42, K42_GD30), (K87, K87_GD30)],
  "Đắk Nông: 75% hộ gia đình đạt \"Gia đình học tập\" năm 2030. Khánh Vĩnh: 80% — Kế hoạch số 42/KH-UBND đã sửa chỉ tiêu 75% của Kế hoạch số 87 thành 80%, nên Khánh Vĩnh hiện cao hơn Đắk Nông 5 điểm.", ["75%", "80%"])
Q("cross_plan", "Ai ký kế hoạch của Đắk Nông và ai ký kế hoạch năm 2026 của thành phố Huế?",
  [(DN, DN_SIGN), (HUE, "PHÓ CHỦ TỊCH Nguyễn Thanh Bình")],
  "Kế hoạch Đắk Nông (2157/KH-UBND) do Phó Chủ tịch Phạm Quang Khải ký (KT. Chủ tịch); kế hoạch năm 2026 của thành phố Huế do Phó Chủ tịch Nguyễn Thanh Bình ký.", ["Phạm Quang Khải", "Nguyễn Thanh Bình"])
Q("cross_plan", "Mức hỗ trợ mỗi trung tâm học tập cộng đồng của Đắk Nông và Khánh Vĩnh khác nhau thế nào?",
  [(DN, DN_TT25), (K42, K42_HT)],
  "Đắk Nông: 25 triệu đồng/trung tâm/năm từ ngân sách tỉnh. Khánh Vĩnh: 20 triệu đồng/năm từ ngân sách huyện kể từ năm 2025 (Kế hoạch số 42 nâng từ 15 triệu của Kế hoạch số 87).", ["25 triệu", "20 triệu"])
Q("cross_plan", "Tuần lễ hưởng ứng học tập suốt đời được tổ chức khi nào ở Đắk Nông, Khánh Vĩnh và xã Nghị Đức?",
  [(DN, DN_TUANLE), (K87, "Tổ chức Tuần lễ hưởng ứng học tập suốt đời hằng năm vào đầu tháng 10."), (ND, ND_M10)],
  "Cả ba vào tháng 10: Đắk Nông từ 01/10 đến 07/10 hằng năm; Khánh Vĩnh vào đầu tháng 10 hằng năm; TTHTCĐ Nghị Đức trong tháng 10 (01/10 - 07/10) cùng Ngày hội đọc sách, do Giám đốc Phan Văn Hòa phụ trách.", ["tháng 10", "01/10"])
Q("cross_plan", "Hạn báo cáo năm của Phòng GD&ĐT Khánh Vĩnh và của TTHTCĐ Nghị Đức là ngày nào?",
  [(K42, K42_BC), (K87, K87_BC), (ND, ND_BCN)],
  "Phòng GD&ĐT Khánh Vĩnh: trước ngày 30/11 hằng năm (Kế hoạch số 42 điều chỉnh từ 15/12); TTHTCĐ Nghị Đức: báo cáo tổng kết năm gửi UBND xã và Phòng GD&ĐT huyện Tánh Linh trước ngày 05/12/2025.", ["30/11", "05/12/2025"])

# ================= no_diacritics (4)
Q("no_diacritics", "ke hoach dak nong ty le dong ho hoc tap nam 2030 la bao nhieu",
  [(DN, DN_DH), (DN, DN_HEAD)], "Năm 2030: 60% dòng họ đạt danh hiệu \"Dòng họ học tập\" (45% năm 2025, 52% năm 2027).", ["60%"])
Q("no_diacritics", "khanh vinh moi nam mo bao nhieu lop xoa mu chu, o nhung xa nao",
  [(K87, "Mỗi năm mở 12 lớp xóa mù chữ cho đồng bào Raglai, T'rin tại các xã Sơn Thái, Giang Ly, Khánh Thượng, Liên Sang; mỗi lớp không quá 25 học viên.")],
  "Mỗi năm 12 lớp xóa mù chữ cho đồng bào Raglai, T'rin tại các xã Sơn Thái, Giang Ly, Khánh Thượng, Liên Sang; mỗi lớp không quá 25 học viên.", ["12", "Sơn Thái", "Giang Ly"])
Q("no_diacritics", "thang 10 trung tam hoc tap cong dong xa nghi duc to chuc gi",
  [(ND, ND_M10), (ND, ND_HEAD)],
  "Tháng 10: Tuần lễ hưởng ứng học tập suốt đời (01/10 - 07/10) và Ngày hội đọc sách cho toàn dân, 4 lớp/buổi, do Phan Văn Hòa phụ trách, phối hợp Hội Khuyến học xã và các trường học.", ["Tuần lễ", "đọc sách"])
Q("no_diacritics", "ai phu trach chuyen de chan nuoi o tthtcd nghi duc",
  [(ND, ND_PGD2), (ND, ND_PGD2T), (ND, ND_CN)],
  "Phó Giám đốc Lê Văn Tư (Chủ tịch Hội Nông dân xã) phụ trách các chuyên đề trồng trọt, chăn nuôi; báo cáo viên chuyên đề chăn nuôi là Bác sĩ thú y Trần Thị Mai (8 lớp/buổi).", ["Lê Văn Tư", "Trần Thị Mai"])

# ================= abbreviation (6)
Q("abbreviation", "Sở LĐ-TB&XH ĐN mỗi năm đào tạo nghề bao nhiêu LĐ?",
  [(DN, "mỗi năm đào tạo ít nhất 3.500 lao động")],
  "Sở Lao động - Thương binh và Xã hội Đắk Nông chủ trì đào tạo nghề cho lao động nông thôn, người DTTS, mỗi năm ít nhất 3.500 lao động; phối hợp Trường CĐ Cộng đồng Đắk Nông mở lớp nghề tại TTHTCĐ.", ["3.500"])
Q("abbreviation", "Sở TT&TT tỉnh ĐN được giao nv gì?",
  [(DN, 'Chủ trì xây dựng, vận hành nền tảng "Đắk Nông học tập số"; hướng dẫn các cơ quan báo chí, hệ thống thông tin cơ sở tuyên truyền về học tập suốt đời và phong trào "Bình dân học vụ số".')],
  "Sở Thông tin và Truyền thông chủ trì xây dựng, vận hành nền tảng \"Đắk Nông học tập số\" (quý II/2025; 800 triệu đồng/năm vận hành), hướng dẫn báo chí, hệ thống thông tin cơ sở tuyên truyền về học tập suốt đời và phong trào \"Bình dân học vụ số\".",
  ["Đắk Nông học tập số", "Bình dân học vụ số"])
Q("abbreviation", "UBMTTQVN huyện KV làm gì trong KH XHHT?",
  [(K87, "Ủy ban Mặt trận Tổ quốc Việt Nam huyện lồng ghép nội dung xây dựng xã hội học tập vào Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”.")],
  "Ủy ban MTTQ Việt Nam huyện Khánh Vĩnh được đề nghị lồng ghép nội dung xây dựng xã hội học tập vào Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”.", ["Toàn dân đoàn kết"])
Q("abbreviation", "P. TC-KH huyện KV có nv gì",
  [(K87, "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách huyện hằng năm; hướng dẫn các xã, thị trấn sử dụng, thanh quyết toán kinh phí.")],
  "Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách huyện hằng năm; hướng dẫn các xã, thị trấn sử dụng, thanh quyết toán kinh phí.", ["dự toán", "thanh quyết toán"])
Q("abbreviation", "HKH xã Nghị Đức phối hợp với TTHTCĐ làm gì?",
  [(ND, '2. Hội Khuyến học xã: vận động người dân tham gia học tập; phối hợp đánh giá "Gia đình học tập", "Cộng đồng học tập"; trao thưởng cho học viên lớp xóa mù chữ.')],
  "Hội Khuyến học xã vận động người dân tham gia học tập; phối hợp đánh giá \"Gia đình học tập\", \"Cộng đồng học tập\"; trao thưởng cho học viên lớp xóa mù chữ; phối hợp Tuần lễ hưởng ứng học tập suốt đời tháng 10.", ["Gia đình học tập", "xóa mù chữ"])
Q("abbreviation", "ĐTN xã ND giúp TT HTCĐ những gì?",
  [(ND, "5. Đoàn Thanh niên xã: thành lập Tổ công nghệ số cộng đồng hướng dẫn người dân kỹ năng số; hỗ trợ lớp tiếng Anh thiếu nhi.")],
  "Đoàn Thanh niên xã Nghị Đức thành lập Tổ công nghệ số cộng đồng hướng dẫn người dân kỹ năng số và hỗ trợ lớp tiếng Anh thiếu nhi; Bí thư Đoàn xã Hồ Quang Vinh là báo cáo viên chuyên đề kỹ năng số.", ["Tổ công nghệ số cộng đồng", "tiếng Anh"])

# ================= paraphrase (3)
Q("paraphrase", "Tỉnh Đắk Nông muốn đến cuối giai đoạn có bao nhiêu phần trăm thôn, bon được công nhận là cộng đồng học tập?",
  [(DN, DN_CD), (DN, DN_HEAD)], "Đến năm 2030 là 55% thôn, bon, bản, tổ dân phố đạt danh hiệu \"Cộng đồng học tập\".", ["55%"])
Q("paraphrase", "Huyện Khánh Vĩnh cho mỗi trung tâm học tập cộng đồng bao nhiêu tiền một năm?",
  [(K42, K42_HT), (K87, K87_HT)],
  "20 triệu đồng/năm từ ngân sách huyện kể từ năm 2025 — Kế hoạch số 42/KH-UBND nâng từ mức 15 triệu đồng/năm của Kế hoạch số 87.", ["20 triệu"])
Q("paraphrase", "Con đi học lớp tiếng Anh hè ở trung tâm học tập xã Nghị Đức thì đóng bao nhiêu?",
  [(ND, ND_KP_HP)], "300.000 đồng mỗi học sinh (lớp tiếng Anh thiếu nhi 40 học sinh, tổng học phí 12 triệu đồng).", ["300.000"])

# ================= english (25)
Q("english", "Who signed Đắk Nông's plan on building a learning society for 2025-2030, and what is its number?",
  [(DN, DN_SIGN), (DN, DN_NUM)], "Plan No. 2157/KH-UBND of 18/10/2024 was signed by Vice Chairman Phạm Quang Khải on behalf of the provincial People's Committee.", ["Phạm Quang Khải", "2157"])
Q("english", "What share of households in Đắk Nông should be 'learning families' by 2030?",
  [(DN, DN_GD), (DN, DN_HEAD)], "75% of households by 2030 (66% in 2025, 70% in 2027).", ["75"])
Q("english", "What is the total budget of Đắk Nông's learning-society plan and how much comes from the provincial budget?",
  [(DN, DN_TOTAL), (DN, DN_KP_T)], "35.500 million VND in total for 2025-2030, of which the provincial budget provides 21.000 million VND.", ["500", "21"])
Q("english", "By when must Đắk Nông's districts issue their own implementation plans?",
  [(DN, DN_UBH)], "Before 30/11/2024 (30 November 2024).", ["30", "2024"])
Q("english", "Which districts does Đắk Nông name for spreading the 'Bon học tập' model?",
  [(DN, 'Nhân rộng mô hình "Bon học tập" tại các huyện Tuy Đức, Đắk Glong, Krông Nô.')], "Tuy Đức, Đắk Glong and Krông Nô.", ["Tuy Đức", "Đắk Glong", "Krông Nô"])
Q("english", "How many community learning centres did Đắk Nông have according to its plan, and as of when?",
  [(DN, "(toàn tỉnh có 71 trung tâm học tập cộng đồng, 64,5% hộ gia đình"), (DN, "Số liệu tính đến ngày 30/6/2024, theo Báo cáo số 412/BC-SGDĐT ngày 15/7/2024 của Sở Giáo dục và Đào tạo.")],
  "71 community learning centres, a figure as of 30/6/2024 (footnote 1, from report 412/BC-SGDĐT of the Department of Education and Training).", ["71", "30/6/2024"])
Q("english", "What is Đắk Nông's 2025 target for level-2 literacy among local ethnic minority people?",
  [(DN, DN_BC), (DN, DN_HEAD)], "90% for local ethnic minority people in 2025 (96% for everyone aged 15-60).", ["90"])
Q("english", "How much does running the 'Đắk Nông học tập số' platform cost per year?",
  [(DN, DN_800)], "800 million VND per year, managed by the Department of Information and Communications (Sở Thông tin và Truyền thông).", ["800"])
Q("english", "Which ethnic groups are targeted by Đắk Nông's literacy classes, and how many classes a year?",
  [(DN, DN_XMC)], "At least 120 classes a year for M'nông, Mạ and Ê Đê people in the border communes.", ["120", "M'nông"])
Q("english", "Who signed Khánh Vĩnh's amending plan No. 42?",
  [(K42, K42_SIGN)], "Chairman Trần Quốc Hưng, on behalf of the district People's Committee (Plan 42/KH-UBND of 10/3/2025).", ["Trần Quốc Hưng"])
Q("english", "Who signed Khánh Vĩnh district's original plan 87/KH-UBND, and in which year was it issued?",
  [(K87, K87_SIGN), (K87, "Khánh Vĩnh, ngày 15 tháng 4 năm 2024")], "Vice Chairwoman Cao Thị Mỹ Linh signed it; it was issued on 15 April 2024.", ["Cao Thị Mỹ Linh", "2024"])
Q("english", "What is Khánh Vĩnh's current target for learning families in 2030?",
  [(K42, K42_GD30), (K87, K87_GD30)], "80% of households, as amended by Plan 42/KH-UBND (the original Plan 87 set 75%).", ["80"])
Q("english", "How many literacy classes does Khánh Vĩnh open each year, and with at most how many learners per class?",
  [(K87, "Mỗi năm mở 12 lớp xóa mù chữ cho đồng bào Raglai, T'rin")], "12 classes a year, with no more than 25 learners each.", ["12", "25"])
Q("english", "Is the district-level 'exemplary learning family' contest still part of Khánh Vĩnh's plan?",
  [(K42, K42_BAIBO)], "No. Plan 42/KH-UBND repealed the contest (item 4 of section III of Plan 87) together with its 50 million VND/year budget line.", ["42", "50"])
Q("english", "How many workers must Khánh Vĩnh's labour office train each year?",
  [(K87, "mỗi năm đào tạo ít nhất 400 lao động")], "At least 400 workers a year, prioritising ethnic minority people and poor households.", ["400"])
Q("english", "What did the amendment add for Khánh Vĩnh's Culture, Information and Sports Centre?",
  [(K42, K42_VIDEO)], "10 videos teaching digital skills in the Raglai language, to be finished before 30/9/2025.", ["10", "Raglai", "2025"])
Q("english", "How many communes and community learning centres does Khánh Vĩnh's plan cover?",
  [(K87, "trên địa bàn 13 xã và thị trấn Khánh Vĩnh"), (K87, "Phát huy vai trò của 14 trung tâm học tập cộng đồng")], "13 communes plus Khánh Vĩnh town, with 14 community learning centres.", ["13", "14"])
Q("english", "Who approved the 2025 operating plan of Nghị Đức's community learning centre, and who signed it?",
  [(ND, ND_SIGN)], "It was approved for the commune People's Committee by Chairman Huỳnh Tấn Lộc and signed by the centre's director Phan Văn Hòa.", ["Huỳnh Tấn Lộc", "Phan Văn Hòa"])
Q("english", "Who is the director of the Nghị Đức community learning centre?",
  [(ND, ND_GD)], "Phan Văn Hòa, Vice Chairman of the commune People's Committee, holding the post concurrently.", ["Phan Văn Hòa"])
Q("english", "What does the Nghị Đức centre run in March?",
  [(ND, ND_M3), (ND, ND_HEAD)], "A digital-skills class on installing and using VNeID and a session on the 2024 Land Law, for youth union members and residents: 5 sessions, run by Đặng Thị Thu Hà with the commune Youth Union and police.", ["VNeID", "Đặng Thị Thu Hà"])
Q("english", "How many households and residents does Nghị Đức commune have?",
  [(ND, "Xã Nghị Đức có 7 thôn, 2.145 hộ với 8.620 nhân khẩu")], "7 villages, 2.145 households and 8.620 residents.", ["145", "620"])
Q("english", "How much of the Nghị Đức centre's 2025 budget comes from tuition fees?",
  [(ND, ND_KP_HP)], "12 million VND (the children's English class: 40 pupils x 300.000 VND).", ["12"])
Q("english", "By when must the Nghị Đức centre send its annual report, and to whom?",
  [(ND, ND_BCN)], "Before 05/12/2025, to the commune People's Committee and the Tánh Linh district Office of Education and Training.", ["2025", "Tánh Linh"])
Q("english", "Who gives the crop-farming sessions at the Nghị Đức centre?",
  [(ND, ND_TT), (ND, ND_CD_HEAD)], "Engineer Nguyễn Văn Thành of the district agricultural extension station (10 sessions); deputy director Lê Văn Tư oversees the farming topics.", ["Nguyễn Văn Thành"])
Q("english", "What rating did the Nghị Đức centre get for 2024 and how many learners did it reach?",
  [(ND, "Năm 2024, Trung tâm tổ chức 46 lớp/buổi chuyên đề với 2.380 lượt người học; được Phòng GD&ĐT huyện xếp loại Khá.")],
  "Rated 'Khá' (fair/good) by the district Office of Education; 46 sessions with 2.380 learner attendances.", ["46", "380", "Khá"])

# ================= follow_up (25)
Q("follow_up", "Còn năm 2030?", [(DN, DN_GD), (DN, DN_HEAD)],
  "Năm 2030 Đắk Nông phấn đấu 75% hộ gia đình đạt danh hiệu \"Gia đình học tập\".", ["75%"],
  ["Đắk Nông đặt chỉ tiêu gia đình học tập năm 2025 bao nhiêu?", "Năm 2025 là 66% hộ gia đình đạt danh hiệu \"Gia đình học tập\"."])
Q("follow_up", "Còn năm 2030?", [(K42, K42_GD30), (K87, K87_GD30)],
  "Năm 2030 là 80% hộ gia đình: Kế hoạch số 42/KH-UBND cũng sửa chỉ tiêu 2030 từ 75% thành 80%.", ["80%"],
  ["KH 87 Khánh Vĩnh chỉ tiêu gia đình học tập năm 2025?", "Là 55% hộ gia đình; chỉ tiêu 60% ban đầu của Kế hoạch số 87/KH-UBND đã được Kế hoạch số 42/KH-UBND sửa đổi thành 55%."])
Q("follow_up", "thế năm 2030 thì sao?", [(K87, K87_GD30)],
  "Năm 2030 là 55% dòng họ đạt danh hiệu “Dòng họ học tập” (chỉ tiêu này không bị Kế hoạch số 42 sửa đổi).", ["55%"],
  ["Khánh Vĩnh đặt chỉ tiêu dòng họ học tập năm 2025 là bao nhiêu?", "40% dòng họ đạt danh hiệu “Dòng họ học tập” năm 2025."])
Q("follow_up", "Còn Sở Kế hoạch và Đầu tư?",
  [(DN, "Tham mưu lồng ghép các chỉ tiêu xây dựng xã hội học tập vào kế hoạch phát triển kinh tế - xã hội 5 năm và hằng năm của tỉnh; huy động nguồn vốn ODA")],
  "Sở KH&ĐT tham mưu lồng ghép các chỉ tiêu xây dựng xã hội học tập vào kế hoạch phát triển kinh tế - xã hội 5 năm và hằng năm của tỉnh; huy động vốn ODA, vốn doanh nghiệp hỗ trợ trung tâm học tập cộng đồng.", ["5 năm", "ODA"],
  ["Sở Nội vụ Đắk Nông làm gì trong kế hoạch xây dựng xã hội học tập?", "Sở Nội vụ chủ trì xây dựng, hướng dẫn tiêu chí \"Đơn vị học tập\" cho cơ quan, đơn vị cấp tỉnh, hoàn thành trước 31/3/2025, và đưa kết quả học tập vào đánh giá cán bộ hằng năm."])
Q("follow_up", "Thế còn Phòng Dân tộc?",
  [(K87, "Lồng ghép nhiệm vụ xóa mù chữ, nâng cao dân trí với các dự án thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi; vận động người có uy tín tham gia.")],
  "Phòng Dân tộc lồng ghép nhiệm vụ xóa mù chữ, nâng cao dân trí với các dự án thuộc Chương trình mục tiêu quốc gia vùng đồng bào DTTS và miền núi; vận động người có uy tín tham gia.", ["xóa mù chữ", "người có uy tín"],
  ["Phòng Nội vụ huyện Khánh Vĩnh có nhiệm vụ gì?", "Phòng Nội vụ hướng dẫn các cơ quan, đơn vị đăng ký xây dựng “Đơn vị học tập” và đưa tiêu chí học tập suốt đời vào bình xét thi đua, khen thưởng."])
Q("follow_up", "Còn Bưu điện văn hóa xã?",
  [(ND, "11. Bưu điện văn hóa xã: phối hợp chuyên đề thanh toán không dùng tiền mặt; luân chuyển sách, báo."), (ND, ND_M7)],
  "Bưu điện văn hóa xã phối hợp chuyên đề thanh toán không dùng tiền mặt (tháng 7) và luân chuyển sách, báo.", ["không dùng tiền mặt", "sách, báo"],
  ["Trạm Y tế xã phối hợp gì với trung tâm học tập cộng đồng Nghị Đức?", "Trạm Y tế xã cử báo cáo viên chuyên đề chăm sóc sức khỏe và lồng ghép truyền thông phòng, chống sốt xuất huyết."])
Q("follow_up", "Vậy Sở Văn hóa, Thể thao và Du lịch thì sao?",
  [(DN, "Chỉ đạo Thư viện tỉnh luân chuyển sách, tổ chức xe thư viện lưu động; phát triển văn hóa đọc")],
  "Sở VH-TT&DL chỉ đạo Thư viện tỉnh luân chuyển sách, tổ chức xe thư viện lưu động; phát triển văn hóa đọc; gắn các mô hình học tập với phong trào \"Toàn dân đoàn kết xây dựng đời sống văn hóa\".", ["Thư viện tỉnh", "văn hóa đọc"],
  ["Sở Y tế Đắk Nông có nhiệm vụ gì trong kế hoạch này?", REFUSE])
Q("follow_up", "Thế ở Khánh Vĩnh thì Phòng GD&ĐT làm gì?",
  [(K87, "Là cơ quan thường trực, tham mưu Ủy ban nhân dân huyện chỉ đạo, hướng dẫn, kiểm tra việc thực hiện Kế hoạch"), (K42, K42_SK), (K42, K42_BC)],
  "Phòng GD&ĐT Khánh Vĩnh là cơ quan thường trực, tham mưu UBND huyện chỉ đạo, hướng dẫn, kiểm tra việc thực hiện; hướng dẫn xếp loại TTHTCĐ; chủ trì sơ kết (nay vào quý I/2028 theo Kế hoạch số 42) và tổng kết quý IV/2030; báo cáo hằng năm trước ngày 30/11 (điều chỉnh từ 15/12).", ["thường trực", "quý I/2028", "30/11"],
  ["Kế hoạch của huyện Cam Lâm giao Phòng GD&ĐT làm gì?", REFUSE])
Q("follow_up", "Còn Hội Cựu chiến binh xã?",
  [(ND, "6. Hội Cựu chiến binh xã: vận động hội viên tham gia học tập; tham gia giữ gìn trật tự khi tổ chức lớp tại thôn.")],
  "Hội CCB xã vận động hội viên tham gia học tập và tham gia giữ gìn trật tự khi tổ chức lớp tại thôn.", ["giữ gìn trật tự"],
  ["Ban Chỉ huy Quân sự xã tham gia gì với TTHTCĐ Nghị Đức?", REFUSE])
Q("follow_up", "Còn Khánh Vĩnh?", [(K42, K42_HT), (K87, K87_HT)],
  "Khánh Vĩnh hỗ trợ mỗi TTHTCĐ 20 triệu đồng/năm từ ngân sách huyện kể từ năm 2025 (Kế hoạch số 42 nâng từ 15 triệu đồng/năm).", ["20 triệu"],
  ["Đắk Nông hỗ trợ mỗi trung tâm học tập cộng đồng bao nhiêu?", "25 triệu đồng/trung tâm/năm từ ngân sách tỉnh."])
Q("follow_up", "Ở xã Nghị Đức thì trung tâm tổ chức thế nào?", [(ND, ND_M10), (ND, ND_HEAD)],
  "TTHTCĐ Nghị Đức tổ chức trong tháng 10: Tuần lễ hưởng ứng học tập suốt đời (01/10 - 07/10) và Ngày hội đọc sách cho toàn dân, 4 lớp/buổi, Giám đốc Phan Văn Hòa phụ trách, phối hợp Hội Khuyến học xã và các trường học.", ["Ngày hội đọc sách", "Phan Văn Hòa"],
  ["Tuần lễ hưởng ứng học tập suốt đời ở Đắk Nông tổ chức khi nào?", "Hằng năm vào tháng 10, từ ngày 01/10 đến ngày 07/10, gắn với Ngày hội \"Bon, buôn học tập\"."])
Q("follow_up", "Trong đó ngân sách huyện bao nhiêu?", [(K42, K42_KP)],
  "Ngân sách huyện 4.650 triệu đồng (trước điều chỉnh là 4.200 triệu).", ["4.650"],
  ["Tổng kinh phí theo Kế hoạch 42/KH-UBND của Khánh Vĩnh là bao nhiêu?", "7.420 triệu đồng cho giai đoạn 2024 - 2030."])
Q("follow_up", "Giai đoạn 2025 - 2027 cần bao nhiêu?", [(DN, DN_KP_SUM), (DN, DN_KP_HEAD)],
  "Giai đoạn 2025 - 2027 tổng cộng 15.900 triệu đồng (ngân sách tỉnh 9.600, cấp huyện 4.200, xã hội hóa 2.100).", ["15.900"],
  ["Kinh phí kế hoạch xây dựng xã hội học tập Đắk Nông tổng cộng bao nhiêu?", "Dự kiến 35.500 triệu đồng giai đoạn 2025 - 2030."])
Q("follow_up", "Phối hợp với ai?", [(ND, ND_M5), (ND, ND_HEAD)],
  "Tháng 5 trung tâm phối hợp với Trạm Y tế xã.", ["Trạm Y tế xã"],
  ["Tháng 5 trung tâm học tập cộng đồng Nghị Đức tổ chức gì?", "Chuyên đề phòng bệnh viêm da nổi cục trên trâu, bò và phòng, chống sốt xuất huyết cho hộ chăn nuôi và người dân, 5 lớp/buổi, do Lê Văn Tư phụ trách."])
Q("follow_up", "Có bao nhiêu buổi?", [(ND, ND_KNS), (ND, ND_CD_HEAD)],
  "Chuyên đề kỹ năng số có 10 lớp/buổi trong năm 2025 (chỉ tiêu hướng dẫn kỹ năng số cho ít nhất 300 người dân).", ["10"],
  ["Ai phụ trách chuyên đề kỹ năng số ở trung tâm Nghị Đức?", "Phó Giám đốc thường trực Đặng Thị Thu Hà trực tiếp phụ trách; báo cáo viên là Bí thư Đoàn xã Hồ Quang Vinh."])
Q("follow_up", "Còn tổng kết?", [(DN, DN_GDDT2)],
  "Tổng kết giai đoạn 2025 - 2030 vào quý IV/2030, do Sở GD&ĐT chủ trì.", ["quý IV/2030"],
  ["Sở GD&ĐT Đắk Nông sơ kết kế hoạch khi nào?", "Sơ kết giai đoạn 2025 - 2027 vào quý IV/2027."])
Q("follow_up", "Còn kế hoạch điều chỉnh thì ai ký?", [(K42, K42_SIGN)],
  "Kế hoạch số 42/KH-UBND ngày 10/3/2025 do Chủ tịch UBND huyện Trần Quốc Hưng ký.", ["Trần Quốc Hưng"],
  ["Ai ký Kế hoạch 87/KH-UBND của Khánh Vĩnh?", "Phó Chủ tịch Cao Thị Mỹ Linh ký thay Chủ tịch."])
Q("follow_up", "Kinh phí vận hành bao nhiêu?", [(DN, DN_800)],
  "800 triệu đồng/năm, giao Sở Thông tin và Truyền thông quản lý.", ["800 triệu"],
  ["Nền tảng Đắk Nông học tập số do ai chủ trì?", "Sở Thông tin và Truyền thông chủ trì xây dựng, vận hành, hoàn thành trong quý II/2025."])
Q("follow_up", "còn năm 2030?", [(K87, K87_KNS30)],
  "Năm 2030 là 70% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản (Kế hoạch số 42 chỉ sửa chỉ tiêu năm 2025, chỉ tiêu 2030 giữ nguyên).", ["70%"],
  ["Khánh Vĩnh chỉ tiêu kỹ năng số năm 2025?", "30% — Kế hoạch số 42/KH-UBND đã sửa đổi từ 40% thành 30%."])
Q("follow_up", "And for 2030?", [(DN, DN_LD), (DN, DN_HEAD)],
  "65% of workers trained by 2030, 30% with degrees or certificates.", ["65", "30"],
  ["What is Đắk Nông's 2025 target for trained workers?", "55% of workers trained, 22% with degrees or certificates."])
Q("follow_up", "And who signed the Khánh Vĩnh amendment?", [(K42, K42_SIGN)],
  "Chairman Trần Quốc Hưng signed Plan 42/KH-UBND.", ["Trần Quốc Hưng"],
  ["Who signed Đắk Nông's learning-society plan?", "Vice Chairman Phạm Quang Khải."])
Q("follow_up", "And from the commune budget?", [(ND, ND_KP_NS)],
  "60 million VND from the commune budget.", ["60"],
  ["How much tuition does Nghị Đức's community learning centre expect in 2025?", "12 million VND."])
Q("follow_up", "Báo cáo gửi ai?", [(K87, K87_BC), (K42, K42_BC)],
  "Gửi Ủy ban nhân dân huyện và Sở Giáo dục và Đào tạo tỉnh Khánh Hòa (hạn nay là trước 30/11 hằng năm theo Kế hoạch số 42).", ["Sở Giáo dục và Đào tạo"],
  ["Phòng GD&ĐT Khánh Vĩnh báo cáo năm trước ngày nào?", "Trước ngày 30/11 hằng năm, theo Kế hoạch số 42/KH-UBND (trước đó là 15/12)."])
Q("follow_up", "Phối hợp với cơ quan nào?",
  [(DN, "| 6 | Khảo sát nhu cầu học tập của người lao động khu công nghiệp | Sở Lao động - Thương binh và Xã hội | Ban Quản lý các khu công nghiệp tỉnh | Quý IV/2025 |")],
  "Phối hợp với Ban Quản lý các khu công nghiệp tỉnh.", ["Ban Quản lý các khu công nghiệp"],
  ["Theo Bảng 3 kế hoạch Đắk Nông, ai chủ trì khảo sát nhu cầu học tập của người lao động khu công nghiệp?", "Sở Lao động - Thương binh và Xã hội chủ trì, hoàn thành Quý IV/2025."])
Q("follow_up", "Còn ai phụ trách chuyên đề pháp luật?",
  [(ND, "Bà Nguyễn Thị Lan, công chức Văn hóa - Xã hội: tuyên truyền, quản lý hồ sơ, sổ sách của Trung tâm; phụ trách chuyên đề pháp luật."),
   (ND, "Pháp luật Luật Đất đai năm 2024; phòng, chống bạo lực gia đình; an toàn giao thông; phòng, chống ma túy 8 Công chức Tư pháp - Hộ tịch xã")],
  "Cán bộ kiêm nhiệm Nguyễn Thị Lan (công chức Văn hóa - Xã hội) phụ trách chuyên đề pháp luật; báo cáo viên là Công chức Tư pháp - Hộ tịch xã (8 lớp/buổi).", ["Nguyễn Thị Lan", "Tư pháp - Hộ tịch"],
  ["Ai phụ trách chuyên đề chăn nuôi ở trung tâm Nghị Đức?", "Phó Giám đốc Lê Văn Tư; báo cáo viên là Bác sĩ thú y Trần Thị Mai."])

# ================= unanswerable (30)
U("Kế hoạch xây dựng xã hội học tập của tỉnh Khánh Hòa đặt chỉ tiêu gia đình học tập năm 2030 bao nhiêu?",
  "Kế hoạch của tỉnh Khánh Hòa (KH 1930/KH-UBND, được Khánh Vĩnh viện dẫn) không được nạp; " + REFUSE)
U("Huyện Tánh Linh giao Phòng GD&ĐT những nhiệm vụ gì trong xây dựng xã hội học tập?",
  "Không có kế hoạch của huyện Tánh Linh trong các kế hoạch đã nạp (chỉ có kế hoạch hoạt động của TTHTCĐ xã Nghị Đức). " + REFUSE)
U("Tỉnh Bình Thuận có chỉ tiêu học tập suốt đời đến năm 2030 thế nào?", "Không có kế hoạch của tỉnh Bình Thuận. " + REFUSE)
U("Kế hoạch của huyện Đắk Mil giao Phòng Giáo dục và Đào tạo làm gì?",
  "Đắk Mil chỉ được nêu tên trong chú thích của kế hoạch tỉnh Đắk Nông; kế hoạch của huyện không được nạp. " + REFUSE)
U("TTHTCĐ xã Đức Phú năm 2025 mở những lớp chuyên đề nào?", "Chỉ có kế hoạch hoạt động của TTHTCĐ xã Nghị Đức. " + REFUSE)
U("Tổng kinh phí kế hoạch xây dựng xã hội học tập huyện Diên Khánh là bao nhiêu?", "Không có kế hoạch của huyện Diên Khánh. " + REFUSE)
U("Chỉ tiêu tỷ lệ người dân có kỹ năng số cơ bản năm 2025 của Đắk Nông là bao nhiêu?",
  "Ô năm 2025 của chỉ tiêu kỹ năng số trong Bảng 1 để trống; kế hoạch chỉ đặt 45% (2027) và 70% (2030). " + REFUSE)
U("Đắk Nông đặt chỉ tiêu dòng họ học tập năm 2028 là bao nhiêu?", "Bảng 1 chỉ có các năm 2025, 2027, 2030. " + REFUSE)
U("Khánh Vĩnh đặt chỉ tiêu cộng đồng học tập năm 2027 bao nhiêu?", "Kế hoạch chỉ đặt chỉ tiêu cho năm 2025 và 2030. " + REFUSE)
U("Kế hoạch năm 2026 của trung tâm học tập cộng đồng Nghị Đức có bao nhiêu lớp?", "Chỉ có kế hoạch hoạt động năm 2025. " + REFUSE)
U("Hiện nay Khánh Vĩnh có bao nhiêu trung tâm học tập cộng đồng được xếp loại Tốt?", "Kế hoạch chỉ nêu chỉ tiêu (5/14 năm 2025, 10/14 năm 2030), không nêu số hiện có. " + REFUSE)
U("Năm 2024 xã Nghị Đức có bao nhiêu hộ đạt danh hiệu Gia đình học tập?", REFUSE)
U("Cơ quan nào không hoàn thành chỉ tiêu xây dựng xã hội học tập ở Đắk Nông thì bị xử lý thế nào?", REFUSE)
U("Báo cáo viên của trung tâm Nghị Đức vắng buổi thì bị trừ bao nhiêu tiền?", REFUSE)
U("Khánh Vĩnh dành bao nhiêu tiền riêng cho phong trào Bình dân học vụ số?", "Kế hoạch số 42 bổ sung nhiệm vụ nhưng không tách kinh phí riêng. " + REFUSE)
U("Đắk Nông chi bao nhiêu để biên soạn tài liệu song ngữ Việt - M'nông?", REFUSE)
U("Lớp xóa mù chữ thôn 7 ở Nghị Đức được cấp bao nhiêu kinh phí?", REFUSE)
U("Sở Y tế tỉnh Đắk Nông có nhiệm vụ gì trong kế hoạch xây dựng xã hội học tập?", REFUSE)
U("Phòng Y tế huyện Khánh Vĩnh được giao nhiệm vụ gì?", REFUSE)
U("Bộ Chỉ huy Quân sự tỉnh Đắk Nông tham gia kế hoạch thế nào?", REFUSE)
U("Hội Chữ thập đỏ xã Nghị Đức phối hợp gì với trung tâm?", REFUSE)
U("Ai ký Kế hoạch số 1930/KH-UBND của UBND tỉnh Khánh Hòa?", "Kế hoạch 1930/KH-UBND chỉ được viện dẫn, không được nạp. " + REFUSE)
U("Kế hoạch 205/KH-UBND về Bình dân học vụ số của tỉnh Khánh Hòa giao Sở Thông tin và Truyền thông làm gì?",
  "Kế hoạch 205/KH-UBND chỉ được viện dẫn, không được nạp. " + REFUSE)
U("Kế hoạch số 15/KH-UBND của UBND xã Nghị Đức đặt những chỉ tiêu gì?", "Kế hoạch 15/KH-UBND của UBND xã chỉ được viện dẫn, không được nạp. " + REFUSE)
U("What is Lâm Đồng province's 2030 target for learning families?", REFUSE_EN)
U("How many people in Khánh Vĩnh district are illiterate today?", REFUSE_EN)
U("What target does Đắk Nông set for learning clans in 2026?", "The plan's table only has 2025, 2027 and 2030. " + REFUSE_EN)
U("Giá mủ cao su hiện nay bao nhiêu một ký?", REFUSE,
  ["Tháng 2 trung tâm Nghị Đức tổ chức chuyên đề gì?", "Chăm sóc cao su mùa khô và phòng bệnh cho đàn bò mùa khô, 4 lớp/buổi, do Lê Văn Tư phụ trách."])
U("Còn năm 2035?", "Kế hoạch chỉ đặt chỉ tiêu đến năm 2030. " + REFUSE,
  ["Khánh Vĩnh chỉ tiêu gia đình học tập năm 2030?", "80% hộ gia đình, theo Kế hoạch số 42/KH-UBND (sửa từ 75%)."])
U("And what about neighbouring Đắk Lắk province?", REFUSE_EN,
  ["What is Đắk Nông's 2030 literacy target?", "98% of people aged 15-60 at level 2 (95% for local ethnic minority people)."])

for i, q in enumerate(QS, 1):
    q["id"] = f"n24-{i:03d}"
with open(OUT, "w", encoding="utf-8") as f:
    for q in QS:
        f.write(unicodedata.normalize("NFC", json.dumps(q, ensure_ascii=False)) + "\n")
counts = {}
for q in QS:
    counts[q["type"]] = counts.get(q["type"], 0) + 1
print(len(QS), dict(sorted(counts.items())), "->", OUT)
