"""Write eval/sets/newplans22.jsonl (ids k22-001…). Spans are verbatim from the text as extracted (see check_sets.py):
the saved portal page as its visible text (a table cell a line), the PDF by pypdf (running header lines inside the
text), the draft .docx in its accepted reading (insertions kept, deletions dropped, comments not read).

    python eval/sets/src22/questions_src22.py
"""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "newplans22.jsonl")

BD = "binhdinh_214-KH-UBND_2024.html"
CP = "chuprong_163-KH-UBND_2024.pdf"
TL = "tanloi_19-KH-UBND_2025.docx"
HUE = "000_4550be4bb11189cd.txt"
CT = "003_1a817ee72b993e3e.txt"

QS = []


def hist(h):
    return [{"role": "user" if i % 2 == 0 else "assistant", "content": c} for i, c in enumerate(h)]


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


REFUSE = "Các kế hoạch đã nạp không có thông tin này."
REFUSE_EN = "The loaded plans do not contain this information."

# ---------------- Bình Định (saved portal page; table cells one a line)
BD_HEAD = "TT Chỉ tiêu Lộ trình thực hiện Năm 2025 Năm 2027 Năm 2030"
BD_R2 = "2 Tỷ lệ người trong độ tuổi từ 15 đến 35 đạt chuẩn biết chữ mức độ 2 ở vùng đồng bào dân tộc thiểu số 92% 94% 96%"
BD_R3 = "3 Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình học tập” 65% 70% 78%"
BD_R4 = "4 Tỷ lệ dòng họ đạt danh hiệu “Dòng họ học tập” 55% 60% 68%"
BD_R7 = "7 Tỷ lệ người dân từ 15 tuổi trở lên có kỹ năng số cơ bản 60% 80%"
BD_R8 = "8 Tỷ lệ lao động qua đào tạo 68% 71% 75%"
BD_R9 = "9 Số trung tâm học tập cộng đồng xếp loại Tốt 90 105 125"
BD_IUU = "Đến năm 2027, có ít nhất 30.000 lượt ngư dân được tập huấn kiến thức về khai thác hải sản bền vững"
BD_IUU2 = "đến năm 2030 đạt 50.000 lượt."
BD_XMC = "Mỗi năm mở ít nhất 40 lớp xóa mù chữ và sau xóa mù chữ cho đồng bào Ba Na, Chăm, Hrê tại các huyện An Lão, Vĩnh Thạnh, Vân Canh."
BD_NT = "Xây dựng và đưa vào vận hành nền tảng “Bình Định học tập số” trước ngày 30/6/2025"
BD_KP = "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2025 - 2030 dự kiến 52.400 triệu đồng, trong đó:"
BD_KP1 = "- Ngân sách tỉnh: 28.600 triệu đồng;"
BD_KP2 = "- Ngân sách huyện, thị xã, thành phố: 15.300 triệu đồng;"
BD_KP3 = "- Nguồn xã hội hóa và các nguồn hợp pháp khác: 8.500 triệu đồng."
BD_TT25 = "Ngân sách tỉnh hỗ trợ mỗi trung tâm học tập cộng đồng 25 triệu đồng/năm để tổ chức các chuyên đề; hỗ trợ 3.600 triệu đồng để xây dựng nền tảng “Bình Định học tập số” trong năm 2025."
BD_DT = "gửi Sở Tài chính trước ngày 20/7 hằng năm"
BD_GD1 = "Là cơ quan thường trực, chủ trì, phối hợp với các sở, ban, ngành, địa phương triển khai Kế hoạch; hướng dẫn các huyện, thị xã, thành phố xây dựng kế hoạch giai đoạn 2025 - 2030 trước ngày 31/12/2024."
BD_GD3 = "tổng hợp báo cáo Ủy ban nhân dân tỉnh và Bộ Giáo dục và Đào tạo trước ngày 05/12 hằng năm; tham mưu sơ kết vào quý IV/2027 và tổng kết vào quý IV/2030."
BD_TC = "Chủ trì, phối hợp với Sở Giáo dục và Đào tạo tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm"
BD_NV1 = "Chủ trì xây dựng mô hình “Đơn vị học tập” trong các cơ quan, đơn vị sự nghiệp công lập; đưa tiêu chí học tập suốt đời vào đánh giá, xếp loại cán bộ, công chức, viên chức hằng năm."
BD_NV2 = "Hướng dẫn bố trí cán bộ quản lý trung tâm học tập cộng đồng kiêm nhiệm; tổ chức bồi dưỡng cán bộ, công chức cấp xã về kỹ năng số và cải cách hành chính."
BD_LD1 = "Chủ trì đào tạo nghề cho lao động nông thôn, lao động trong các khu công nghiệp, người khuyết tật"
BD_LD2 = "Phối hợp với Ban Quản lý Khu kinh tế tỉnh khảo sát nhu cầu đào tạo của doanh nghiệp trong quý I hằng năm."
BD_VH = "Chủ trì phát triển hệ thống thư viện, bảo tàng, nhà văn hóa, di tích phục vụ học tập suốt đời; phát triển Thư viện tỉnh thành thư viện số; tổ chức Ngày Sách và Văn hóa đọc Việt Nam ngày 21/4 hằng năm."
BD_TTTT = "phối hợp Sở Giáo dục và Đào tạo tổ chức các lớp phổ cập kỹ năng số cho người dân thông qua Tổ công nghệ số cộng đồng."
BD_NN = "Chủ trì tổ chức tập huấn chuyển giao tiến bộ kỹ thuật nông nghiệp, thủy sản cho nông dân, ngư dân tại trung tâm học tập cộng đồng; tập huấn cho ngư dân về chống khai thác IUU"
BD_DTOC = "Chủ trì, phối hợp Sở Giáo dục và Đào tạo tổ chức lớp xóa mù chữ gắn với dạy tiếng Ba Na, Chăm, Hrê; bồi dưỡng tiếng dân tộc thiểu số cho cán bộ, công chức công tác tại vùng đồng bào dân tộc thiểu số."
BD_KKT = "Chủ trì vận động các doanh nghiệp trong Khu kinh tế Nhơn Hội và các khu công nghiệp xây dựng mô hình “Doanh nghiệp học tập”; phấn đấu đến năm 2030 có ít nhất 50 doanh nghiệp đạt mô hình."
BD_CA = "Chủ trì tuyên truyền, phổ biến pháp luật, hướng dẫn người dân sử dụng tài khoản định danh điện tử VNeID thông qua các lớp chuyên đề tại trung tâm học tập cộng đồng."
BD_BP = "Phối hợp với Ủy ban nhân dân các huyện, thị xã ven biển mở lớp tập huấn cho ngư dân về pháp luật biển, an toàn khi hoạt động trên biển; tham gia dạy lớp xóa mù chữ tại các xã ven biển."
BD_BAO = "Mở chuyên mục “Học tập suốt đời” định kỳ hằng tháng"
BD_UBH1 = "Ban hành kế hoạch giai đoạn 2025 - 2030 của địa phương trước ngày 31/01/2025; giao chỉ tiêu cụ thể cho từng xã, phường, thị trấn."
BD_UBH2 = "Bố trí ngân sách địa phương, cán bộ quản lý trung tâm học tập cộng đồng; báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/11 hằng năm."
BD_MT = "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh: đưa tiêu chí học tập suốt đời vào Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”."
BD_HKH = "Hội Khuyến học tỉnh: chủ trì đánh giá, công nhận danh hiệu “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” cấp thôn, “Đơn vị học tập”; vận động Quỹ khuyến học, khuyến tài đạt ít nhất 40 tỷ đồng mỗi năm."
BD_TD = "Tỉnh đoàn Bình Định: chủ trì phong trào “Thanh niên học tập, lập nghiệp”, “Bình dân học vụ số” trong đoàn viên, thanh niên."
BD_PN = "Hội Liên hiệp Phụ nữ tỉnh: vận động hội viên xây dựng “Gia đình học tập”, tổ chức lớp kỹ năng số cho phụ nữ nông thôn."
BD_1373 = "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”;"
BD_NQ12 = "Căn cứ Nghị quyết số 12-NQ/TU ngày 08 tháng 3 năm 2023 của Ban Thường vụ Tỉnh ủy về đẩy mạnh học tập suốt đời trên địa bàn tỉnh Bình Định đến năm 2030;"
BD_KH57 = "Căn cứ Kế hoạch số 57/KH-UBND ngày 12 tháng 4 năm 2022 của Ủy ban nhân dân tỉnh thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030” trên địa bàn tỉnh;"
BD_MD1 = "tạo cơ hội cho mọi người dân, nhất là người dân vùng ven biển, vùng đồng bào dân tộc thiểu số miền núi, được học tập suốt đời để nâng cao dân trí, kỹ năng nghề nghiệp và chất lượng cuộc sống."
BD_MD2 = "Góp phần đào tạo nguồn nhân lực phục vụ phát triển kinh tế biển, du lịch, công nghiệp chế biến và chuyển đổi số của tỉnh."
BD_TUAN = "tổ chức Tuần lễ hưởng ứng học tập suốt đời hằng năm vào tháng 10 với chủ đề do Bộ Giáo dục và Đào tạo phát động."
BD_MH = "Đẩy mạnh xây dựng các mô hình “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập”, “Đơn vị học tập” và “Công dân học tập”; mỗi huyện, thị xã, thành phố xây dựng ít nhất 01 mô hình điểm “Làng chài học tập” hoặc “Làng nghề học tập”."
BD_LDND = "Phối hợp với các doanh nghiệp trong Khu kinh tế Nhơn Hội và các khu công nghiệp tổ chức các lớp bồi dưỡng kỹ năng nghề, ngoại ngữ, an toàn lao động; tổ chức lớp tập huấn cho ngư dân tại các trung tâm học tập cộng đồng ven biển."
BD_NUM = "Số: 214/KH-UBND Bình Định, ngày 16 tháng 9 năm 2024"
BD_SIGN = "Đào Minh Trí"
BD_PCT = "PHÓ CHỦ TỊCH"

# ---------------- Chư Prông (PDF; running header "UBND HUYỆN CHƯ PRÔNG — KH số 163/KH-UBND Trang x/5")
CP_HEAD = "TT Xã, thị trấn GĐHT 2025 GĐHT 2027 GĐHT 2030 CĐHT 2025 CĐHT 2030"
CP_TTR = "1 Thị trấn Chư Prông 78% 82% 88% 8 12"
CP_BC = "2 Xã Bàu Cạn 66% 70% 78% 5 9"
CP_IAGA = "7 Xã Ia Ga 52% 58% 68% 3 6"
CP_IAKLY = "8 Xã Ia Kly 70% 75% 82% 6 10"
CP_IALAU = "9 Xã Ia Lâu 50% 57% 66% 2 5"
CP_IAMO = "11 Xã Ia Mơ 48% 55% 65% 2 4"
CP_IAPUCH = "15 Xã Ia Púch 49% 56% 65% 2 5"
CP_IATOR = "16 Xã Ia Tôr 60% 66% 74% 4 7"
CP_TH = "18 Xã Thăng Hưng 68% 73% 80% 5 9"
CP_ALL = "Toàn huyện 60% 66% 74% 66 126"
CP_P3HEAD = "UBND HUYỆN CHƯ PRÔNG — KH số 163/KH-UBND Trang 3/5 TT Xã, thị trấn GĐHT 2025"
CP_BC25 = "- 96% người trong độ tuổi từ 15 đến 60 đạt chuẩn biết chữ mức độ 1; 90% đạt chuẩn biết chữ mức độ 2."
CP_TT08 = "ít nhất 08 trung tâm học tập cộng đồng xếp loại Tốt."
CP_KNS25 = "- 35% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản."
CP_BC30 = "2.2. Đến năm 2030 - 98% người trong độ tuổi từ 15 đến 60 đạt chuẩn biết chữ mức độ 1; 95% đạt"
CP_BC30b = "chuẩn biết chữ mức độ 2. - Ít nhất 14 trung tâm học tập cộng đồng xếp loại Tốt"
CP_KNS30 = "- Ít nhất 14 trung tâm học tập cộng đồng xếp loại Tốt; 65% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản."
CP_LDNT = "- 70% lao động nông thôn được tập huấn chuyển giao kỹ thuật sản xuất, chăn nuôi ít nhất một lần trong giai đoạn."
CP_XMC = "Mỗi năm mở ít nhất 12 lớp xóa mù chữ và 08 lớp sau xóa mù chữ tại các xã biên giới Ia Mơ, Ia Púch, Ia Lâu, Ia Piơr; phối hợp với Đồn Biên phòng Ia Mơ, Đồn Biên phòng Ia Púch huy động người học."
CP_TUAN = "tổ chức Tuần lễ hưởng ứng học tập suốt đời hằng năm từ ngày 01/10 đến ngày 07/10."
CP_TTHT = "Bảo đảm 100% trung tâm học tập cộng đồng có kế hoạch hoạt động năm học trước ngày 15/9 hằng năm; mỗi trung tâm tổ chức ít nhất 05 chuyên đề/năm về kỹ thuật trồng cà phê, hồ tiêu, chăn nuôi bò, pháp luật, kỹ năng số."
CP_MH = "mỗi xã xây dựng ít nhất 01 mô hình “Làng học tập” trong đồng bào Jrai gắn với bảo tồn văn hóa cồng chiêng."
CP_KP = "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2024 - 2030 dự kiến 11.760 triệu đồng, gồm: ngân sách huyện 6.300 triệu đồng; ngân sách xã 3.160 triệu đồng;"
CP_KP3 = "các nguồn hợp pháp khác 2.300 triệu đồng."
CP_KP2 = "Ngân sách huyện hỗ trợ mỗi trung tâm học tập cộng đồng 15 triệu đồng/năm; hỗ trợ 180 triệu đồng/năm để tổ chức lớp xóa mù chữ, sau xóa mù chữ tại các xã biên giới."
CP_GD1 = "- Là cơ quan thường trực, tham mưu Ủy ban nhân dân huyện triển khai Kế hoạch; hướng dẫn, kiểm tra Ủy ban nhân dân các xã, thị trấn thực hiện chỉ tiêu tại Bảng 1."
CP_GD3 = "- Tổng hợp báo cáo Ủy ban nhân dân huyện và Sở Giáo dục và Đào tạo tỉnh Gia Lai trước ngày 30/11 hằng năm; tham mưu sơ kết vào tháng 12/2027, tổng kết vào tháng"
CP_GD3b = "11/2030. 2. Phòng Tài chính - Kế hoạch"
CP_TCKH = "- Chủ trì tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách huyện hằng năm; lồng ghép nguồn vốn các chương trình mục tiêu quốc gia."
CP_NV = "- Chủ trì xây dựng mô hình “Đơn vị học tập”; tổ chức bồi dưỡng cán bộ, công chức cấp xã về kỹ năng số, tiếng Jrai; hoàn thành việc bồi dưỡng tiếng Jrai cho công chức các xã biên giới trước ngày 31/12/2025."
CP_VHTT = "- Chủ trì tuyên truyền về xây dựng xã hội học tập; phát triển tủ sách cơ sở, thư viện thôn, làng; lồng ghép sinh hoạt văn hóa cồng chiêng với hoạt động học tập tại nhà rông."
CP_DT = "- Chủ trì, phối hợp Phòng Giáo dục và Đào tạo vận động đồng bào Jrai tham gia lớp xóa mù chữ; lồng ghép nguồn vốn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi hỗ trợ người học."
CP_NN = "- Chủ trì phối hợp Trạm Khuyến nông huyện tổ chức tập huấn kỹ thuật trồng, chăm sóc cà phê, hồ tiêu, chăn nuôi bò tại trung tâm học tập cộng đồng; mỗi năm ít nhất 40 lớp."
CP_TTVH = "- Phát sóng chuyên mục “Học tập suốt đời” bằng tiếng Việt và tiếng Jrai ít nhất 02 lần/tháng trên sóng phát thanh huyện."
CP_CA = "- Phối hợp trung tâm học tập cộng đồng tổ chức chuyên đề phổ biến pháp luật, phòng chống ma túy, mua bán người; hướng dẫn người dân kích hoạt tài khoản định danh điện tử mức độ 2."
CP_QS = "- Phối hợp Đồn Biên phòng Ia Mơ, Đồn Biên phòng Ia Púch vận động người dân các xã biên giới tham gia học tập; tổ chức bồi dưỡng kiến thức quốc phòng - an ninh cho đối tượng 4."
CP_UBX = "- Ban hành kế hoạch giai đoạn 2024 - 2030 của xã, thị trấn trước ngày 15/7/2024; phân bổ chỉ tiêu Bảng 1 đến từng thôn, làng, tổ dân phố."
CP_HKH = "vận động Quỹ khuyến học đạt ít nhất 1.200 triệu đồng mỗi năm."
CP_HD = "- Huyện đoàn: chủ trì thành lập đội hình thanh niên tình nguyện hướng dẫn kỹ năng số tại 100% thôn, làng."
CP_1373 = "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”;"
CP_387 = "Căn cứ Quyết định số 387/QĐ-TTg ngày 25/3/2022 của Thủ tướng Chính phủ phê duyệt Chương trình “Học tập suốt đời trong cán bộ, công chức, viên chức đến năm 2030”;"
CP_1190 = "Căn cứ Kế hoạch số 1190/KH-UBND ngày 09/6/2022 của Ủy ban nhân dân tỉnh Gia Lai thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030” trên địa bàn tỉnh;"
CP_NQ08 = "Căn cứ Nghị quyết số 08-NQ/HU ngày 15/01/2024 của Ban Chấp hành Đảng bộ huyện về phát triển giáo dục và đào tạo huyện Chư Prông giai đoạn 2024 - 2030;"
CP_MD = "Tạo chuyển biến mạnh mẽ về nhận thức của cán bộ, đảng viên và Nhân dân các dân tộc trên địa bàn huyện, đặc biệt là đồng bào Jrai ở các xã biên giới, về vai trò của học tập suốt đời đối với việc nâng cao dân trí, giảm nghèo bền vững và giữ vững quốc phòng - an ninh vùng biên giới."
CP_MD2 = "phát huy vai trò của trung tâm học tập cộng đồng các xã, thị trấn trong chuyển giao kỹ thuật trồng cà phê, hồ tiêu, cao su và chăn nuôi."
CP_NUM = "Số: 163/KH-UBND Chư Prông, ngày 24 tháng 5 năm 2024"
CP_SIGN = "Rơ Mah Thuận"

# ---------------- Tân Lợi (draft .docx, accepted reading)
TL_NUM = "Số: 19/KH-UBND"
TL_DATE = "Tân Lợi, ngày 12 tháng 02 năm 2025"
TL_GD = "1. Có 75% hộ gia đình trên địa bàn phường đạt danh hiệu “Gia đình học tập”; 60% dòng họ đạt danh hiệu “Dòng họ học tập”."
TL_CD = "2. Có 12/16 tổ dân phố, buôn đạt danh hiệu “Cộng đồng học tập”."
TL_CDE = "3. Trung tâm học tập cộng đồng phường tổ chức ít nhất 14 chuyên đề trong năm; thu hút ít nhất 4.500 lượt người tham gia."
TL_CDHT = "4. 100% cán bộ, công chức phường đạt danh hiệu “Công dân học tập”; 80% đoàn viên, hội viên các đoàn thể phường đạt danh hiệu “Công dân học tập”."
TL_KNS = "5. Có 65% người dân từ 15 tuổi trở lên trên địa bàn phường có kỹ năng số cơ bản"
TL_XMC = "100% người Ê Đê trong độ tuổi từ 15 đến 60 ở buôn Kô Siêr đạt chuẩn biết chữ."
TL_TUAN = "hưởng ứng Tuần lễ học tập suốt đời từ ngày 01/10 đến ngày 07/10/2025."
TL_BDHVS = "3. Mở lớp “Bình dân học vụ số” tại 16 tổ dân phố, buôn; hoàn thành trước ngày 31/8/2025."
TL_EDE = "4. Tổ chức lớp tiếng Ê Đê cơ bản cho cán bộ, công chức phường và cán bộ tổ dân phố; mỗi lớp 30 học viên, học trong quý III/2025."
TL_CN = "5. Đánh giá, công nhận danh hiệu “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập”, “Công dân học tập” năm 2025 trước ngày 15/11/2025."
TL_KP = "Tổng kinh phí thực hiện Kế hoạch năm 2025: 210 triệu đồng, trong đó:"
TL_KP1 = "- Ngân sách phường: 160 triệu đồng (hỗ trợ Trung tâm học tập cộng đồng phường 60 triệu đồng; lớp “Bình dân học vụ số” 45 triệu đồng; lớp tiếng Ê Đê 25 triệu đồng);"
TL_KP2 = "- Nguồn xã hội hóa: 50 triệu đồng."
TL_VHXH = "1. Công chức Văn hóa - Xã hội: là cơ quan thường trực, tham mưu Ủy ban nhân dân phường triển khai Kế hoạch; chủ trì, phối hợp Đoàn Thanh niên phường mở lớp “Bình dân học vụ số”; tổng hợp báo cáo kết quả về Phòng Giáo dục và Đào tạo thành phố trước ngày 25/11/2025."
TL_TCKT = "2. Công chức Tài chính - Kế toán: tham mưu bố trí kinh phí, hướng dẫn thanh quyết toán theo quy định; hoàn thành dự toán trước ngày 15/3/2025."
TL_VP = "3. Công chức Văn phòng - Thống kê: cập nhật tin bài về xã hội học tập trên trang thông tin điện tử phường ít nhất 02 tin/tháng; thống kê số hộ đăng ký “Gia đình học tập”."
TL_TTHT = "4. Trung tâm học tập cộng đồng phường: xây dựng kế hoạch hoạt động năm 2025 trước ngày 28/02/2025"
TL_TRUONG = "5. Trường Mầm non Hoa Hồng, Trường Tiểu học Lê Văn Tám và Trường THCS Nguyễn Trường Tộ: phối hợp vận động cha mẹ học sinh xây dựng “Gia đình học tập”; cho mượn phòng học, máy tính để mở lớp “Bình dân học vụ số”."
TL_QS = "6. Ban Chỉ huy Quân sự phường: tuyên truyền kiến thức quốc phòng - an ninh cho dân quân, thanh niên trong độ tuổi nhập ngũ tại Trung tâm học tập cộng đồng phường."
TL_MT = "7. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường: đưa tiêu chí “Gia đình học tập” vào bình xét “Gia đình văn hóa”; phối hợp Ban điều hành các tổ dân phố, buôn vận động Nhân dân tham gia học tập."
TL_HKH = "8. Đề nghị Hội Khuyến học phường: chủ trì đánh giá, công nhận danh hiệu “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập”, “Công dân học tập”; vận động Quỹ khuyến học phường năm 2025 đạt ít nhất 120 triệu đồng."
TL_DTN = "9. Đề nghị Đoàn Thanh niên phường: thành lập Đội thanh niên tình nguyện hướng dẫn kỹ năng số tại 16 tổ dân phố, buôn."
TL_PN = "10. Đề nghị Hội Liên hiệp Phụ nữ phường: vận động hội viên xây dựng “Gia đình học tập”; phối hợp mở lớp kỹ năng số cho phụ nữ buôn Kô Siêr."
TL_CCB = "11. Đề nghị Hội Cựu chiến binh phường và Hội Người cao tuổi phường: vận động hội viên gương mẫu học tập; duy trì câu lạc bộ đọc sách của người cao tuổi."
TL_TDP = "12. Ban điều hành các tổ dân phố, buôn: rà soát, đăng ký hộ “Gia đình học tập” trước ngày 31/3/2025; báo cáo kết quả về Ủy ban nhân dân phường trước ngày 31/10/2025."
TL_1373 = "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”;"
TL_KH88 = "Căn cứ Kế hoạch số 88/KH-UBND ngày 20/01/2025 của Ủy ban nhân dân thành phố Buôn Ma Thuột về xây dựng xã hội học tập năm 2025;"
TL_NQ05 = "Căn cứ Nghị quyết số 05/NQ-HĐND ngày 27/12/2024 của Hội đồng nhân dân phường Tân Lợi về nhiệm vụ phát triển kinh tế - xã hội năm 2025;"
TL_MD = "1. Nâng cao nhận thức của cán bộ, đảng viên và Nhân dân trong phường về học tập suốt đời; phát huy vai trò của Trung tâm học tập cộng đồng phường và các tổ dân phố, buôn trong tổ chức học tập cho người dân."
TL_SIGN = "Nguyễn Hữu Phước"

# Bundled plans
HUE_CD = "- 40% công dân đạt danh hiệu công dân học tập."
CT_1373 = "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”"

# ---------------- agency_tasks 12
Q("agency_tasks", "Theo kế hoạch 214 của tỉnh Bình Định, Sở Nội vụ có nhiệm vụ gì?", [(BD, BD_NV1), (BD, BD_NV2)],
  "Sở Nội vụ chủ trì xây dựng mô hình “Đơn vị học tập” trong các cơ quan, đơn vị sự nghiệp công lập; đưa tiêu chí học tập suốt đời vào đánh giá, xếp loại cán bộ, công chức, viên chức hằng năm; hướng dẫn bố trí cán bộ quản lý trung tâm học tập cộng đồng kiêm nhiệm; bồi dưỡng cán bộ, công chức cấp xã về kỹ năng số và cải cách hành chính.",
  ["Đơn vị học tập", "kiêm nhiệm", "kỹ năng số"])
Q("agency_tasks", "Ban Dân tộc tỉnh Bình Định được giao làm gì trong kế hoạch xây dựng xã hội học tập?", [(BD, BD_DTOC)],
  "Ban Dân tộc tỉnh chủ trì, phối hợp Sở Giáo dục và Đào tạo tổ chức lớp xóa mù chữ gắn với dạy tiếng Ba Na, Chăm, Hrê; bồi dưỡng tiếng dân tộc thiểu số cho cán bộ, công chức công tác tại vùng đồng bào dân tộc thiểu số.",
  ["xóa mù chữ", "Ba Na", "Hrê"])
Q("agency_tasks", "Ban Quản lý Khu kinh tế tỉnh Bình Định có nhiệm vụ gì?", [(BD, BD_KKT)],
  "Chủ trì vận động các doanh nghiệp trong Khu kinh tế Nhơn Hội và các khu công nghiệp xây dựng mô hình “Doanh nghiệp học tập”; phấn đấu đến năm 2030 có ít nhất 50 doanh nghiệp đạt mô hình.",
  ["Doanh nghiệp học tập", "50", "Nhơn Hội"])
Q("agency_tasks", "Bộ đội Biên phòng tỉnh Bình Định tham gia thế nào?", [(BD, BD_BP)],
  "Bộ Chỉ huy Bộ đội Biên phòng tỉnh phối hợp với UBND các huyện, thị xã ven biển mở lớp tập huấn cho ngư dân về pháp luật biển, an toàn khi hoạt động trên biển; tham gia dạy lớp xóa mù chữ tại các xã ven biển.",
  ["ngư dân", "pháp luật biển", "xóa mù chữ"])
Q("agency_tasks", "Tỉnh đoàn Bình Định chủ trì phong trào nào?", [(BD, BD_TD)],
  "Tỉnh đoàn Bình Định chủ trì phong trào “Thanh niên học tập, lập nghiệp” và “Bình dân học vụ số” trong đoàn viên, thanh niên.",
  ["Thanh niên học tập, lập nghiệp", "Bình dân học vụ số"])
Q("agency_tasks", "Phòng Dân tộc huyện Chư Prông làm gì trong kế hoạch này?", [(CP, CP_DT)],
  "Phòng Dân tộc chủ trì, phối hợp Phòng GD&ĐT vận động đồng bào Jrai tham gia lớp xóa mù chữ; lồng ghép nguồn vốn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi hỗ trợ người học.",
  ["Jrai", "xóa mù chữ", "Chương trình mục tiêu quốc gia"])
Q("agency_tasks", "Ban Chỉ huy Quân sự huyện Chư Prông được giao nhiệm vụ gì?", [(CP, CP_QS)],
  "Phối hợp Đồn Biên phòng Ia Mơ, Đồn Biên phòng Ia Púch vận động người dân các xã biên giới tham gia học tập; tổ chức bồi dưỡng kiến thức quốc phòng - an ninh cho đối tượng 4.",
  ["Đồn Biên phòng Ia Mơ", "Ia Púch", "đối tượng 4"])
Q("agency_tasks", "Trung tâm Văn hóa - Thông tin và Thể thao huyện Chư Prông phải làm gì?", [(CP, CP_TTVH)],
  "Phát sóng chuyên mục “Học tập suốt đời” bằng tiếng Việt và tiếng Jrai ít nhất 02 lần/tháng trên sóng phát thanh huyện.",
  ["Học tập suốt đời", "tiếng Jrai", "02 lần/tháng"])
Q("agency_tasks", "Phòng Nông nghiệp và PTNT Chư Prông có nhiệm vụ gì, mỗi năm bao nhiêu lớp?", [(CP, CP_NN)],
  "Chủ trì, phối hợp Trạm Khuyến nông huyện tập huấn kỹ thuật trồng, chăm sóc cà phê, hồ tiêu, chăn nuôi bò tại trung tâm học tập cộng đồng; mỗi năm ít nhất 40 lớp.",
  ["Trạm Khuyến nông", "cà phê", "40 lớp"])
Q("agency_tasks", "Công chức Văn phòng - Thống kê phường Tân Lợi làm gì theo kế hoạch?", [(TL, TL_VP)],
  "Cập nhật tin bài về xã hội học tập trên trang thông tin điện tử phường ít nhất 02 tin/tháng; thống kê số hộ đăng ký “Gia đình học tập”.",
  ["02 tin/tháng", "Gia đình học tập"])
Q("agency_tasks", "Ban Chỉ huy Quân sự phường Tân Lợi có nhiệm vụ gì?", [(TL, TL_QS)],
  "Tuyên truyền kiến thức quốc phòng - an ninh cho dân quân, thanh niên trong độ tuổi nhập ngũ tại Trung tâm học tập cộng đồng phường.",
  ["quốc phòng - an ninh", "dân quân"])
Q("agency_tasks", "Công chức VH-XH phường Tân Lợi phối hợp với ai để mở lớp Bình dân học vụ số?", [(TL, TL_VHXH)],
  "Công chức Văn hóa - Xã hội chủ trì, phối hợp Đoàn Thanh niên phường mở lớp “Bình dân học vụ số” (Công an phường đã bị bỏ khỏi nhiệm vụ này trong dự thảo).",
  ["Đoàn Thanh niên"])

# ---------------- target 12
Q("target", "Bình Định đặt chỉ tiêu hộ gia đình đạt danh hiệu Gia đình học tập năm 2027 là bao nhiêu?", [(BD, BD_HEAD), (BD, BD_R3)],
  "Năm 2027: 70% hộ gia đình đạt danh hiệu “Gia đình học tập” (65% năm 2025, 78% năm 2030).", ["70%"])
Q("target", "Đến năm 2030 tỉnh Bình Định phấn đấu bao nhiêu trung tâm học tập cộng đồng xếp loại Tốt?", [(BD, BD_HEAD), (BD, BD_R9)],
  "125 trung tâm học tập cộng đồng xếp loại Tốt vào năm 2030.", ["125"])
Q("target", "Tỷ lệ người 15-35 tuổi vùng đồng bào DTTS đạt chuẩn biết chữ mức độ 2 năm 2025 của Bình Định?", [(BD, BD_HEAD), (BD, BD_R2)],
  "Năm 2025 là 92% (94% năm 2027, 96% năm 2030).", ["92%"])
Q("target", "Bình Định đặt mục tiêu tập huấn bao nhiêu lượt ngư dân về chống khai thác IUU?", [(BD, BD_IUU), (BD, BD_IUU2)],
  "Đến năm 2027 ít nhất 30.000 lượt ngư dân được tập huấn; đến năm 2030 đạt 50.000 lượt.", ["30.000", "50.000"])
Q("target", "Chỉ tiêu lao động qua đào tạo năm 2030 của tỉnh Bình Định?", [(BD, BD_HEAD), (BD, BD_R8)],
  "75% vào năm 2030 (68% năm 2025, 71% năm 2027).", ["75%"])
Q("target", "Xã Ia Kly được giao chỉ tiêu gia đình học tập năm 2030 bao nhiêu?", [(CP, CP_HEAD), (CP, CP_IAKLY)],
  "Xã Ia Kly: 82% hộ đạt “Gia đình học tập” năm 2030 (70% năm 2025, 75% năm 2027).", ["82%"])
Q("target", "Xã Thăng Hưng phải đạt bao nhiêu % GĐHT vào năm 2027?", [(CP, CP_P3HEAD), (CP, CP_TH)],
  "73% số hộ đạt “Gia đình học tập” năm 2027.", ["73%"])
Q("target", "Đến 2030 toàn huyện Chư Prông có bao nhiêu thôn, làng, tổ dân phố đạt Cộng đồng học tập?", [(CP, CP_HEAD), (CP, CP_ALL)],
  "Toàn huyện 126 thôn, làng, tổ dân phố đạt “Cộng đồng học tập” năm 2030 (66 năm 2025).", ["126"])
Q("target", "Chư Prông đặt mục tiêu tỷ lệ người 15-60 tuổi đạt chuẩn biết chữ mức độ 2 năm 2030 bao nhiêu?", [(CP, CP_BC30), (CP, CP_BC30b)],
  "Đến năm 2030: 95% đạt chuẩn biết chữ mức độ 2 (98% đạt mức độ 1).", ["95%"])
Q("target", "Năm 2025 huyện Chư Prông phấn đấu bao nhiêu trung tâm học tập cộng đồng xếp loại Tốt?", [(CP, CP_TT08)],
  "Ít nhất 08 trung tâm học tập cộng đồng xếp loại Tốt năm 2025.", ["08"])
Q("target", "Phường Tân Lợi đặt chỉ tiêu bao nhiêu % hộ đạt Gia đình học tập năm 2025?", [(TL, TL_GD)],
  "75% hộ gia đình trên địa bàn phường đạt danh hiệu “Gia đình học tập” năm 2025.", ["75%"])
Q("target", "TTHTCĐ phường Tân Lợi phải tổ chức bao nhiêu chuyên đề năm 2025?", [(TL, TL_CDE)],
  "Ít nhất 14 chuyên đề trong năm, thu hút ít nhất 4.500 lượt người tham gia.", ["14", "4.500"])

# ---------------- deadline 8
Q("deadline", "UBND các huyện, thị xã, thành phố ở Bình Định phải ban hành kế hoạch giai đoạn 2025-2030 trước ngày nào?", [(BD, BD_UBH1)],
  "Trước ngày 31/01/2025, đồng thời giao chỉ tiêu cụ thể cho từng xã, phường, thị trấn.", ["31/01/2025"])
Q("deadline", "Nền tảng Bình Định học tập số phải vận hành khi nào?", [(BD, BD_NT)],
  "Đưa vào vận hành trước ngày 30/6/2025.", ["30/6/2025"])
Q("deadline", "Sở GD&ĐT Bình Định báo cáo UBND tỉnh và Bộ trước ngày nào, khi nào sơ kết, tổng kết?", [(BD, BD_GD3)],
  "Báo cáo trước ngày 05/12 hằng năm; sơ kết vào quý IV/2027 và tổng kết vào quý IV/2030.", ["05/12", "quý IV/2027", "quý IV/2030"])
Q("deadline", "Các xã, thị trấn ở Chư Prông phải ban hành kế hoạch của mình trước ngày nào?", [(CP, CP_UBX)],
  "Trước ngày 15/7/2024.", ["15/7/2024"])
Q("deadline", "Hạn hoàn thành bồi dưỡng tiếng Jrai cho công chức các xã biên giới Chư Prông?", [(CP, CP_NV)],
  "Phòng Nội vụ hoàn thành việc bồi dưỡng tiếng Jrai cho công chức các xã biên giới trước ngày 31/12/2025.", ["31/12/2025"])
Q("deadline", "Chư Prông sơ kết, tổng kết kế hoạch xã hội học tập vào lúc nào?", [(CP, CP_GD3), (CP, CP_GD3b)],
  "Phòng GD&ĐT tham mưu sơ kết vào tháng 12/2027 và tổng kết vào tháng 11/2030.", ["12/2027", "11/2030"])
Q("deadline", "Lớp Bình dân học vụ số ở các tổ dân phố phường Tân Lợi phải xong trước ngày nào?", [(TL, TL_BDHVS)],
  "Hoàn thành trước ngày 31/8/2025.", ["31/8/2025"])
Q("deadline", "Phường Tân Lợi công nhận các danh hiệu học tập năm 2025 trước ngày nào?", [(TL, TL_CN)],
  "Trước ngày 15/11/2025.", ["15/11/2025"])

# ---------------- funding 8
Q("funding", "Tổng kinh phí kế hoạch xây dựng xã hội học tập tỉnh Bình Định giai đoạn 2025-2030 là bao nhiêu, từ nguồn nào?",
  [(BD, BD_KP), (BD, BD_KP1), (BD, BD_KP2), (BD, BD_KP3)],
  "Dự kiến 52.400 triệu đồng: ngân sách tỉnh 28.600 triệu, ngân sách huyện, thị xã, thành phố 15.300 triệu, xã hội hóa và nguồn hợp pháp khác 8.500 triệu đồng.",
  ["52.400", "28.600", "15.300", "8.500"])
Q("funding", "Ngân sách cấp huyện góp bao nhiêu cho kế hoạch của Bình Định?", [(BD, BD_KP2)],
  "Ngân sách huyện, thị xã, thành phố: 15.300 triệu đồng.", ["15.300"])
Q("funding", "Tỉnh Bình Định hỗ trợ mỗi trung tâm học tập cộng đồng bao nhiêu tiền một năm?", [(BD, BD_TT25)],
  "Ngân sách tỉnh hỗ trợ mỗi trung tâm học tập cộng đồng 25 triệu đồng/năm để tổ chức các chuyên đề (ngoài ra 3.600 triệu đồng cho nền tảng “Bình Định học tập số” năm 2025).",
  ["25 triệu", "3.600"])
Q("funding", "Kinh phí thực hiện kế hoạch xã hội học tập huyện Chư Prông giai đoạn 2024-2030?", [(CP, CP_KP), (CP, CP_KP3)],
  "Dự kiến 11.760 triệu đồng: ngân sách huyện 6.300 triệu, ngân sách xã 3.160 triệu, xã hội hóa, Chương trình MTQG và nguồn hợp pháp khác 2.300 triệu đồng.",
  ["11.760", "6.300", "3.160", "2.300"])
Q("funding", "Huyện Chư Prông chi bao nhiêu mỗi năm cho lớp xóa mù chữ ở các xã biên giới?", [(CP, CP_KP2)],
  "Ngân sách huyện hỗ trợ 180 triệu đồng/năm để tổ chức lớp xóa mù chữ, sau xóa mù chữ tại các xã biên giới.", ["180 triệu"])
Q("funding", "Tổng kinh phí kế hoạch năm 2025 của phường Tân Lợi?", [(TL, TL_KP), (TL, TL_KP1), (TL, TL_KP2)],
  "210 triệu đồng, gồm ngân sách phường 160 triệu đồng và nguồn xã hội hóa 50 triệu đồng.", ["210", "160", "50"])
Q("funding", "Lớp tiếng Ê Đê và lớp Bình dân học vụ số ở Tân Lợi được bố trí bao nhiêu tiền?", [(TL, TL_KP1)],
  "Từ ngân sách phường: lớp “Bình dân học vụ số” 45 triệu đồng, lớp tiếng Ê Đê 25 triệu đồng.", ["45 triệu", "25 triệu"])
Q("funding", "Nguồn xã hội hóa trong kế hoạch của phường Tân Lợi là bao nhiêu?", [(TL, TL_KP2)],
  "50 triệu đồng.", ["50 triệu"])

# ---------------- legal_basis 4
Q("legal_basis", "Kế hoạch 214/KH-UBND của Bình Định căn cứ những văn bản nào của tỉnh?", [(BD, BD_NQ12), (BD, BD_KH57)],
  "Nghị quyết số 12-NQ/TU ngày 08/3/2023 của Ban Thường vụ Tỉnh ủy và Kế hoạch số 57/KH-UBND ngày 12/4/2022 của UBND tỉnh thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030” (các văn bản khác chỉ nằm trong mục “Văn bản liên quan” của cổng thông tin, không phải căn cứ của kế hoạch).",
  ["12-NQ/TU", "57/KH-UBND"])
Q("legal_basis", "Kế hoạch của huyện Chư Prông thực hiện theo kế hoạch nào của tỉnh Gia Lai?", [(CP, CP_1190)],
  "Kế hoạch số 1190/KH-UBND ngày 09/6/2022 của UBND tỉnh Gia Lai thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”.",
  ["1190/KH-UBND", "09/6/2022"])
Q("legal_basis", "Kế hoạch của phường Tân Lợi căn cứ vào những văn bản nào?", [(TL, TL_1373), (TL, TL_KH88), (TL, TL_NQ05)],
  "Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng; Kế hoạch số 88/KH-UBND ngày 20/01/2025 của UBND thành phố Buôn Ma Thuột; Nghị quyết số 05/NQ-HĐND ngày 27/12/2024 của HĐND phường Tân Lợi.",
  ["1373/QĐ-TTg", "88/KH-UBND", "05/NQ-HĐND"])
Q("legal_basis", "Chư Prông có căn cứ chương trình học tập suốt đời trong cán bộ, công chức, viên chức không?", [(CP, CP_387)],
  "Có: Quyết định số 387/QĐ-TTg ngày 25/3/2022 của Thủ tướng Chính phủ phê duyệt Chương trình “Học tập suốt đời trong cán bộ, công chức, viên chức đến năm 2030”.",
  ["387/QĐ-TTg"])

# ---------------- purpose 3
Q("purpose", "Mục đích của kế hoạch xây dựng xã hội học tập tỉnh Bình Định?", [(BD, BD_MD1), (BD, BD_MD2)],
  "Tạo cơ hội cho mọi người dân, nhất là vùng ven biển và vùng đồng bào dân tộc thiểu số miền núi, được học tập suốt đời để nâng cao dân trí, kỹ năng nghề nghiệp, chất lượng cuộc sống; góp phần đào tạo nguồn nhân lực cho kinh tế biển, du lịch, công nghiệp chế biến và chuyển đổi số.",
  ["ven biển", "kinh tế biển", "chuyển đổi số"])
Q("purpose", "Kế hoạch của huyện Chư Prông nhằm mục đích gì?", [(CP, CP_MD), (CP, CP_MD2)],
  "Nâng cao nhận thức của cán bộ, đảng viên, Nhân dân, đặc biệt đồng bào Jrai ở các xã biên giới, về học tập suốt đời để nâng cao dân trí, giảm nghèo bền vững, giữ vững quốc phòng - an ninh biên giới; phát huy trung tâm học tập cộng đồng trong chuyển giao kỹ thuật trồng cà phê, hồ tiêu, cao su và chăn nuôi.",
  ["Jrai", "giảm nghèo", "biên giới"])
Q("purpose", "Phường Tân Lợi ban hành kế hoạch học tập suốt đời năm 2025 để làm gì?", [(TL, TL_MD)],
  "Nâng cao nhận thức của cán bộ, đảng viên và Nhân dân về học tập suốt đời; phát huy vai trò của Trung tâm học tập cộng đồng phường và các tổ dân phố, buôn trong tổ chức học tập cho người dân.",
  ["học tập suốt đời", "Trung tâm học tập cộng đồng"])

# ---------------- task_section 4
Q("task_section", "Nhiệm vụ học tập cho người lao động và ngư dân trong kế hoạch Bình Định gồm những gì?", [(BD, BD_LDND)],
  "Phối hợp các doanh nghiệp trong Khu kinh tế Nhơn Hội và các khu công nghiệp tổ chức lớp bồi dưỡng kỹ năng nghề, ngoại ngữ, an toàn lao động; tổ chức lớp tập huấn cho ngư dân tại các trung tâm học tập cộng đồng ven biển.",
  ["Nhơn Hội", "ngoại ngữ", "ngư dân"])
Q("task_section", "Bình Định phát triển các mô hình học tập thế nào?", [(BD, BD_MH)],
  "Đẩy mạnh các mô hình “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập”, “Đơn vị học tập”, “Công dân học tập”; mỗi huyện, thị xã, thành phố xây dựng ít nhất 01 mô hình điểm “Làng chài học tập” hoặc “Làng nghề học tập”.",
  ["Làng chài học tập", "Làng nghề học tập"])
Q("task_section", "Giải pháp xây dựng mô hình học tập ở Chư Prông có gì đặc thù?", [(CP, CP_MH)],
  "Mỗi xã xây dựng ít nhất 01 mô hình “Làng học tập” trong đồng bào Jrai gắn với bảo tồn văn hóa cồng chiêng.",
  ["Làng học tập", "cồng chiêng"])
Q("task_section", "Nhiệm vụ trọng tâm thứ 4 trong kế hoạch phường Tân Lợi là gì?", [(TL, TL_EDE)],
  "Tổ chức lớp tiếng Ê Đê cơ bản cho cán bộ, công chức phường và cán bộ tổ dân phố; mỗi lớp 30 học viên, học trong quý III/2025 (nhiệm vụ Hội thi “Gia đình học tập tiêu biểu” đã bị xóa khỏi dự thảo).",
  ["tiếng Ê Đê", "30 học viên", "quý III/2025"])

# ---------------- cross_plan 6
Q("cross_plan", "Cả ba kế hoạch Bình Định, Chư Prông, Tân Lợi đều căn cứ quyết định nào của Thủ tướng?",
  [(BD, BD_1373), (CP, CP_1373), (TL, TL_1373)],
  "Cả ba đều căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”.",
  ["1373/QĐ-TTg"])
Q("cross_plan", "So sánh chỉ tiêu Gia đình học tập năm 2025 của tỉnh Bình Định, huyện Chư Prông và phường Tân Lợi.",
  [(BD, BD_R3), (CP, CP_ALL), (TL, TL_GD)],
  "Bình Định 65% hộ gia đình; Chư Prông toàn huyện 60%; phường Tân Lợi 75%.", ["65%", "60%", "75%"])
Q("cross_plan", "Mức hỗ trợ mỗi trung tâm học tập cộng đồng/năm của Bình Định và Chư Prông khác nhau thế nào?",
  [(BD, BD_TT25), (CP, CP_KP2)],
  "Bình Định: ngân sách tỉnh 25 triệu đồng/trung tâm/năm; Chư Prông: ngân sách huyện 15 triệu đồng/trung tâm/năm.", ["25 triệu", "15 triệu"])
Q("cross_plan", "Chỉ tiêu kỹ năng số cơ bản năm 2030 của Bình Định so với Chư Prông?",
  [(BD, BD_HEAD), (BD, BD_R7), (CP, CP_KNS30)],
  "Bình Định 80% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản năm 2030; Chư Prông 65%.", ["80%", "65%"])
Q("cross_plan", "Tuần lễ hưởng ứng học tập suốt đời được tổ chức khi nào theo ba kế hoạch?",
  [(BD, BD_TUAN), (CP, CP_TUAN), (TL, TL_TUAN)],
  "Bình Định: hằng năm vào tháng 10; Chư Prông: hằng năm từ 01/10 đến 07/10; Tân Lợi: từ 01/10 đến 07/10/2025.", ["tháng 10", "01/10", "07/10"])
Q("cross_plan", "Kế hoạch Bình Định và kế hoạch năm 2024 của Cần Thơ có chung căn cứ nào?",
  [(BD, BD_1373), (CT, CT_1373)],
  "Cả hai căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”.",
  ["1373/QĐ-TTg"])

# ---------------- no_diacritics 4
Q("no_diacritics", "ke hoach binh dinh chi tieu dong ho hoc tap nam 2030 bao nhieu", [(BD, BD_HEAD), (BD, BD_R4)],
  "68% dòng họ đạt danh hiệu “Dòng họ học tập” năm 2030.", ["68%"])
Q("no_diacritics", "xa ia mo chu prong chi tieu gia dinh hoc tap nam 2025", [(CP, CP_HEAD), (CP, CP_IAMO)],
  "Xã Ia Mơ: 48% hộ đạt “Gia đình học tập” năm 2025.", ["48%"])
Q("no_diacritics", "phuong tan loi quy khuyen hoc nam 2025 van dong bao nhieu", [(TL, TL_HKH)],
  "Hội Khuyến học phường vận động Quỹ khuyến học phường năm 2025 đạt ít nhất 120 triệu đồng.", ["120 triệu"])
Q("no_diacritics", "cong an huyen chu prong lam gi trong ke hoach xhht", [(CP, CP_CA)],
  "Phối hợp trung tâm học tập cộng đồng tổ chức chuyên đề phổ biến pháp luật, phòng chống ma túy, mua bán người; hướng dẫn người dân kích hoạt tài khoản định danh điện tử mức độ 2.",
  ["pháp luật", "ma túy", "định danh điện tử"])

# ---------------- abbreviation 6
Q("abbreviation", "Sở VH&TT BĐ có nv gì trong KH 214?", [(BD, BD_VH)],
  "Sở Văn hóa và Thể thao chủ trì phát triển thư viện, bảo tàng, nhà văn hóa, di tích phục vụ học tập suốt đời; phát triển Thư viện tỉnh thành thư viện số; tổ chức Ngày Sách và Văn hóa đọc Việt Nam ngày 21/4 hằng năm.",
  ["thư viện số", "21/4"])
Q("abbreviation", "Sở TT&TT tỉnh BĐ phối hợp mở lớp kỹ năng số qua tổ nào?", [(BD, BD_TTTT)],
  "Sở Thông tin và Truyền thông phối hợp Sở GD&ĐT tổ chức lớp phổ cập kỹ năng số cho người dân thông qua Tổ công nghệ số cộng đồng.",
  ["Tổ công nghệ số cộng đồng"])
Q("abbreviation", "HKH huyện CP vận động quỹ KH bao nhiêu/năm?", [(CP, CP_HKH)],
  "Hội Khuyến học huyện Chư Prông vận động Quỹ khuyến học đạt ít nhất 1.200 triệu đồng mỗi năm.", ["1.200"])
Q("abbreviation", "P. TC-KH huyện Chư Prông làm gì?", [(CP, CP_TCKH)],
  "Phòng Tài chính - Kế hoạch chủ trì tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách huyện hằng năm; lồng ghép nguồn vốn các chương trình mục tiêu quốc gia.",
  ["dự toán", "chương trình mục tiêu quốc gia"])
Q("abbreviation", "HLHPN P. Tân Lợi được đề nghị làm gì?", [(TL, TL_PN)],
  "Hội Liên hiệp Phụ nữ phường vận động hội viên xây dựng “Gia đình học tập”; phối hợp mở lớp kỹ năng số cho phụ nữ buôn Kô Siêr.",
  ["Gia đình học tập", "Kô Siêr"])
Q("abbreviation", "CC TC-KT phường Tân Lợi hoàn thành dự toán trước ngày nào?", [(TL, TL_TCKT)],
  "Công chức Tài chính - Kế toán hoàn thành dự toán trước ngày 15/3/2025.", ["15/3/2025"])

# ---------------- paraphrase 3
Q("paraphrase", "Mỗi năm Bình Định tính mở tối thiểu mấy lớp dạy chữ cho bà con Ba Na, Chăm, Hrê, ở đâu?", [(BD, BD_XMC)],
  "Ít nhất 40 lớp xóa mù chữ và sau xóa mù chữ mỗi năm, tại các huyện An Lão, Vĩnh Thạnh, Vân Canh.", ["40", "An Lão", "Vĩnh Thạnh", "Vân Canh"])
Q("paraphrase", "Ở Chư Prông, trung tâm học tập cộng đồng phải lên kế hoạch năm học trước lúc nào và tối thiểu mấy chuyên đề?", [(CP, CP_TTHT)],
  "Có kế hoạch hoạt động năm học trước ngày 15/9 hằng năm; mỗi trung tâm tổ chức ít nhất 05 chuyên đề/năm.", ["15/9", "05 chuyên đề"])
Q("paraphrase", "Các tổ dân phố ở Tân Lợi phải rà soát đăng ký hộ học tập xong lúc nào, báo cáo lúc nào?", [(TL, TL_TDP)],
  "Rà soát, đăng ký hộ “Gia đình học tập” trước ngày 31/3/2025; báo cáo kết quả về UBND phường trước ngày 31/10/2025.", ["31/3/2025", "31/10/2025"])

# ---------------- english 25
Q("english", "What is the total budget of Bình Định's 2025-2030 learning society plan, and how much comes from the provincial budget?",
  [(BD, BD_KP), (BD, BD_KP1)],
  "52.400 million VND in total (52,400 million), of which 28.600 million VND (28,600 million) from the provincial budget.", ["52", "400", "28", "600"])
Q("english", "Who signed Bình Định's learning society plan and what is its number?", [(BD, BD_NUM), (BD, BD_PCT), (BD, BD_SIGN)],
  "Plan No. 214/KH-UBND of 16 September 2024, signed by Vice Chairman Đào Minh Trí on behalf of the provincial People's Committee.", ["214", "Đào Minh Trí"])
Q("english", "What share of households should be 'learning families' in Bình Định by 2030?", [(BD, BD_HEAD), (BD, BD_R3)],
  "78% of households by 2030.", ["78"])
Q("english", "What is Bình Định's 2027 target for basic digital skills among people aged 15 and over?", [(BD, BD_HEAD), (BD, BD_R7)],
  "60% in 2027 (80% in 2030).", ["60"])
Q("english", "What online learning platform will Bình Định build, and by when must it run?", [(BD, BD_NT)],
  "The “Bình Định học tập số” platform, in operation before 30/6/2025 (30 June 2025).", ["Bình Định học tập số", "2025"])
Q("english", "What does the provincial police of Bình Định do under the plan?", [(BD, BD_CA)],
  "It leads legal awareness and guides people to use the VNeID electronic identification account through thematic classes at community learning centres.", ["VNeID"])
Q("english", "In which districts does Bình Định plan literacy classes for ethnic minorities?", [(BD, BD_XMC)],
  "An Lão, Vĩnh Thạnh and Vân Canh (at least 40 classes a year for Ba Na, Chăm and Hrê people).", ["An Lão", "Vĩnh Thạnh", "Vân Canh"])
Q("english", "How much must Bình Định's Study Promotion Association raise for its fund each year?", [(BD, BD_HKH)],
  "At least 40 billion VND per year for the study promotion and talent fund.", ["40"])
Q("english", "Who signed the Chư Prông district plan?", [(CP, CP_SIGN)],
  "Chairman Rơ Mah Thuận.", ["Rơ Mah Thuận"])
Q("english", "What is the number and date of the Chư Prông learning society plan?", [(CP, CP_NUM)],
  "Plan No. 163/KH-UBND dated 24 May 2024 (24/5/2024).", ["163", "24", "2024"])
Q("english", "What learning-family target was Ia Púch commune given for 2030?", [(CP, CP_HEAD), (CP, CP_IAPUCH)],
  "65% of households in Ia Púch by 2030.", ["65"])
Q("english", "How many hamlets in Ia Tôr commune should be learning communities by 2030?", [(CP, CP_P3HEAD), (CP, CP_IATOR)],
  "7 villages/residential groups in Ia Tôr by 2030 (4 in 2025).", ["7"])
Q("english", "How much support per community learning centre per year does Chư Prông provide?", [(CP, CP_KP2)],
  "15 million VND per centre per year from the district budget.", ["15"])
Q("english", "How many literacy classes per year will Chư Prông open in its border communes?", [(CP, CP_XMC)],
  "At least 12 literacy classes and 08 post-literacy classes a year in Ia Mơ, Ia Púch, Ia Lâu and Ia Piơr.", ["12", "Ia Mơ"])
Q("english", "Which border guard posts does the Chư Prông plan name?", [(CP, CP_XMC)],
  "Đồn Biên phòng Ia Mơ and Đồn Biên phòng Ia Púch.", ["Ia Mơ", "Ia Púch"])
Q("english", "What is Chư Prông's 2025 target for basic digital skills?", [(CP, CP_KNS25)],
  "35% of people aged 15 and over.", ["35"])
Q("english", "What must the district youth union of Chư Prông set up?", [(CP, CP_HD)],
  "Volunteer youth teams guiding digital skills in 100% of villages.", ["100"])
Q("english", "What learning-family target does Tân Lợi ward set for 2025?", [(TL, TL_GD)],
  "75% of households.", ["75"])
Q("english", "How many of Tân Lợi's residential groups should be learning communities in 2025?", [(TL, TL_CD)],
  "12 of its 16 residential groups and villages (12/16).", ["12", "16"])
Q("english", "What is the total 2025 budget of the Tân Lợi ward plan?", [(TL, TL_KP)],
  "210 million VND.", ["210"])
Q("english", "How large are the Ê Đê language classes in Tân Lợi and when are they held?", [(TL, TL_EDE)],
  "30 learners per class, in the third quarter of 2025 (quý III/2025).", ["30", "2025"])
Q("english", "Who is the signer of the Tân Lợi draft plan?", [(TL, TL_SIGN)],
  "Chairman Nguyễn Hữu Phước.", ["Nguyễn Hữu Phước"])
Q("english", "Which body is the standing agency of the Tân Lợi plan?", [(TL, TL_VHXH)],
  "The culture and social affairs officer (Công chức Văn hóa - Xã hội).", ["Văn hóa - Xã hội"])
Q("english", "Which schools in Tân Lợi help with the plan?", [(TL, TL_TRUONG)],
  "Trường Mầm non Hoa Hồng, Trường Tiểu học Lê Văn Tám and Trường THCS Nguyễn Trường Tộ.", ["Hoa Hồng", "Lê Văn Tám", "Nguyễn Trường Tộ"])
Q("english", "What share of Tân Lợi residents should have basic digital skills in 2025?", [(TL, TL_KNS)],
  "65% of residents aged 15 and over.", ["65"])

# ---------------- follow_up 25
Q("follow_up", "Còn năm 2030?", [(BD, BD_HEAD), (BD, BD_R3)], "Năm 2030: 78% hộ gia đình đạt “Gia đình học tập”.", ["78%"],
  ["Chỉ tiêu gia đình học tập năm 2025 của tỉnh Bình Định?", "65% hộ gia đình đạt danh hiệu “Gia đình học tập” năm 2025."])
Q("follow_up", "còn năm 2030?", [(CP, CP_HEAD), (CP, CP_IAKLY)], "Năm 2030 xã Ia Kly: 82%.", ["82%"],
  ["Xã Ia Kly phải đạt bao nhiêu % GĐHT năm 2025?", "70% số hộ đạt “Gia đình học tập” năm 2025."])
Q("follow_up", "Còn CĐHT năm 2030 thì sao?", [(CP, CP_HEAD), (CP, CP_TTR)], "Thị trấn Chư Prông: 12 tổ dân phố, thôn đạt “Cộng đồng học tập” năm 2030.", ["12"],
  ["Thị trấn Chư Prông được giao chỉ tiêu GĐHT năm 2025 bao nhiêu?", "78% năm 2025."])
Q("follow_up", "Còn Sở LĐ-TB&XH?", [(BD, BD_LD1), (BD, BD_LD2)],
  "Sở Lao động - Thương binh và Xã hội chủ trì đào tạo nghề cho lao động nông thôn, lao động khu công nghiệp, người khuyết tật; phối hợp Ban Quản lý Khu kinh tế tỉnh khảo sát nhu cầu đào tạo của doanh nghiệp trong quý I hằng năm.",
  ["đào tạo nghề", "quý I"],
  ["Sở Nội vụ Bình Định làm gì?", "Chủ trì xây dựng mô hình “Đơn vị học tập”; đưa tiêu chí học tập suốt đời vào đánh giá cán bộ, công chức, viên chức; hướng dẫn bố trí cán bộ quản lý trung tâm học tập cộng đồng kiêm nhiệm."])
Q("follow_up", "Còn Phòng Văn hóa và Thông tin?", [(CP, CP_VHTT)],
  "Chủ trì tuyên truyền về xây dựng xã hội học tập; phát triển tủ sách cơ sở, thư viện thôn, làng; lồng ghép sinh hoạt văn hóa cồng chiêng với hoạt động học tập tại nhà rông.",
  ["tủ sách", "nhà rông"],
  ["Phòng Nội vụ huyện Chư Prông có nhiệm vụ gì?", "Chủ trì xây dựng mô hình “Đơn vị học tập”; bồi dưỡng cán bộ, công chức cấp xã về kỹ năng số, tiếng Jrai, xong trước 31/12/2025."])
Q("follow_up", "Còn Hội CCB và Hội NCT?", [(TL, TL_CCB)],
  "Hội Cựu chiến binh phường và Hội Người cao tuổi phường vận động hội viên gương mẫu học tập; duy trì câu lạc bộ đọc sách của người cao tuổi.",
  ["gương mẫu", "câu lạc bộ đọc sách"],
  ["Hội LHPN phường Tân Lợi làm gì?", "Vận động hội viên xây dựng “Gia đình học tập”; phối hợp mở lớp kỹ năng số cho phụ nữ buôn Kô Siêr."])
Q("follow_up", "Còn huyện Chư Prông?", [(CP, CP_KP), (CP, CP_KP3)],
  "Chư Prông dự kiến 11.760 triệu đồng cho giai đoạn 2024 - 2030 (huyện 6.300, xã 3.160, nguồn khác 2.300 triệu đồng).", ["11.760"],
  ["Tổng kinh phí kế hoạch của tỉnh Bình Định?", "52.400 triệu đồng cho giai đoạn 2025 - 2030."])
Q("follow_up", "Phường Tân Lợi thì sao?", [(TL, TL_TUAN)], "Tân Lợi hưởng ứng Tuần lễ học tập suốt đời từ ngày 01/10 đến ngày 07/10/2025.", ["01/10", "07/10/2025"],
  ["Chư Prông tổ chức Tuần lễ học tập suốt đời khi nào?", "Hằng năm từ ngày 01/10 đến ngày 07/10."])
Q("follow_up", "Thế còn Sở Nông nghiệp và PTNT?", [(BD, BD_NN)],
  "Sở Nông nghiệp và Phát triển nông thôn chủ trì tập huấn chuyển giao tiến bộ kỹ thuật nông nghiệp, thủy sản cho nông dân, ngư dân tại trung tâm học tập cộng đồng; tập huấn cho ngư dân về chống khai thác IUU.",
  ["thủy sản", "IUU"],
  ["Sở Y tế Bình Định được giao gì trong kế hoạch?", REFUSE])
Q("follow_up", "Vậy Ban CHQS phường?", [(TL, TL_QS)],
  "Ban Chỉ huy Quân sự phường tuyên truyền kiến thức quốc phòng - an ninh cho dân quân, thanh niên trong độ tuổi nhập ngũ tại Trung tâm học tập cộng đồng phường.",
  ["quốc phòng - an ninh"],
  ["Công an phường Tân Lợi có nhiệm vụ gì trong kế hoạch?", REFUSE])
Q("follow_up", "Còn Chư Prông thì bố trí bao nhiêu?", [(CP, CP_KP), (CP, CP_KP3)],
  "Huyện Chư Prông dự kiến 11.760 triệu đồng giai đoạn 2024 - 2030.", ["11.760"],
  ["Huyện Đức Cơ bố trí bao nhiêu kinh phí cho xã hội học tập?", REFUSE])
Q("follow_up", "Trong đó ngân sách xã bao nhiêu?", [(CP, CP_KP)], "Ngân sách xã 3.160 triệu đồng.", ["3.160"],
  ["Kinh phí kế hoạch Chư Prông bao nhiêu?", "11.760 triệu đồng giai đoạn 2024 - 2030."])
Q("follow_up", "Khoản đó lấy từ ngân sách nào?", [(BD, BD_TT25)], "Từ ngân sách tỉnh.", ["ngân sách tỉnh"],
  ["Bình Định hỗ trợ mỗi TTHTCĐ bao nhiêu một năm?", "25 triệu đồng/năm để tổ chức các chuyên đề."])
Q("follow_up", "Ai ký?", [(TL, TL_SIGN)], "Chủ tịch UBND phường Nguyễn Hữu Phước (TM. Ủy ban nhân dân).", ["Nguyễn Hữu Phước"],
  ["Kế hoạch học tập suốt đời phường Tân Lợi số mấy?", "Kế hoạch số 19/KH-UBND ngày 12/02/2025."])
Q("follow_up", "Họ báo cáo khi nào?", [(BD, BD_UBH2)], "UBND các huyện, thị xã, thành phố báo cáo kết quả về Sở GD&ĐT trước ngày 15/11 hằng năm.", ["15/11"],
  ["UBND cấp huyện ở Bình Định phải làm gì?", "Ban hành kế hoạch giai đoạn 2025 - 2030 trước 31/01/2025, giao chỉ tiêu cho từng xã, phường, thị trấn; bố trí ngân sách, cán bộ quản lý TTHTCĐ."])
Q("follow_up", "Còn xã Ia Lâu?", [(CP, CP_HEAD), (CP, CP_IALAU)], "Xã Ia Lâu: 2 thôn đạt “Cộng đồng học tập” năm 2025 (5 thôn năm 2030).", ["2 thôn"],
  ["Năm 2025 xã Ia Mơ phải có bao nhiêu thôn đạt CĐHT?", "2 thôn (4 thôn năm 2030)."])
Q("follow_up", "Năm 2027 thì sao?", [(BD, BD_HEAD), (BD, BD_R9)], "105 trung tâm xếp loại Tốt năm 2027.", ["105"],
  ["Năm 2025 Bình Định phấn đấu bao nhiêu TTHTCĐ xếp loại Tốt?", "90 trung tâm."])
Q("follow_up", "Còn dòng họ?", [(BD, BD_HEAD), (BD, BD_R4)], "Năm 2030: 68% dòng họ đạt danh hiệu “Dòng họ học tập”.", ["68%"],
  ["Bình Định năm 2030 phấn đấu bao nhiêu % hộ đạt GĐHT?", "78%."])
Q("follow_up", "Việc đó phải xong trước ngày nào?", [(TL, TL_BDHVS)], "Hoàn thành trước ngày 31/8/2025.", ["31/8/2025"],
  ["Phường Tân Lợi mở lớp Bình dân học vụ số ở đâu?", "Tại 16 tổ dân phố, buôn."])
Q("follow_up", "XHH bao nhiêu?", [(TL, TL_KP2)], "Nguồn xã hội hóa 50 triệu đồng.", ["50 triệu"],
  ["Tổng kinh phí KH năm 2025 phường Tân Lợi?", "210 triệu đồng."])
Q("follow_up", "And in 2030?", [(BD, BD_HEAD), (BD, BD_R8)], "75% in 2030.", ["75"],
  ["What is Bình Định's 2025 target for trained workers?", "68% of workers trained in 2025."])
Q("follow_up", "What about Chư Prông?", [(CP, CP_HKH)], "Chư Prông's Study Promotion Association must raise at least 1.200 million VND (1,200 million) per year.", ["200"],
  ["How much must Bình Định's Study Promotion Association raise each year?", "At least 40 billion VND per year."])
Q("follow_up", "Then who signed the Chư Prông plan?", [(CP, CP_SIGN)], "Chairman Rơ Mah Thuận signed Plan 163/KH-UBND.", ["Rơ Mah Thuận"],
  ["Who signed Gia Lai's Plan 1190/KH-UBND?", REFUSE_EN])
Q("follow_up", "Còn thị trấn thì sao?", [(CP, CP_HEAD), (CP, CP_TTR)], "Thị trấn Chư Prông: 88% năm 2030.", ["88%"],
  ["Xã Ia Ga phải đạt bao nhiêu % GĐHT năm 2030?", "68%."])
Q("follow_up", "Báo cáo về đâu, hạn nào?", [(TL, TL_TDP)], "Báo cáo kết quả về UBND phường trước ngày 31/10/2025.", ["31/10/2025"],
  ["Ban điều hành các tổ dân phố Tân Lợi phải làm gì?", "Rà soát, đăng ký hộ “Gia đình học tập” trước ngày 31/3/2025."])

# ---------------- unanswerable 30
U("Kế hoạch xây dựng xã hội học tập của tỉnh Gia Lai đặt chỉ tiêu gia đình học tập bao nhiêu?", REFUSE)
U("Thành phố Buôn Ma Thuột bố trí bao nhiêu kinh phí cho xã hội học tập năm 2025?", REFUSE)
U("Kế hoạch chuyển đổi số ngành giáo dục tỉnh Bình Định là kế hoạch số mấy?", REFUSE)
U("Huyện Đức Cơ giao chỉ tiêu gia đình học tập cho các xã thế nào?", REFUSE)
U("Phường Thành Nhất năm 2025 có bao nhiêu tổ dân phố đạt cộng đồng học tập?", REFUSE)
U("Thị xã Hoài Nhơn đặt chỉ tiêu gia đình học tập năm 2025 bao nhiêu?", REFUSE)
U("Thế còn thành phố Quy Nhơn?", REFUSE, ["Tổng kinh phí kế hoạch tỉnh Bình Định bao nhiêu?", "52.400 triệu đồng giai đoạn 2025 - 2030."])
U("Năm 2025 Bình Định đặt chỉ tiêu bao nhiêu % người dân có kỹ năng số cơ bản?", REFUSE)
U("Năm 2025 xã Ia O phải có bao nhiêu thôn đạt Cộng đồng học tập?", REFUSE)
U("Chỉ tiêu gia đình học tập năm 2028 của tỉnh Bình Định?", REFUSE)
U("Xã Bình Giáo năm 2026 phải đạt bao nhiêu % gia đình học tập?", REFUSE)
U("Còn năm 2026?", REFUSE, ["Phường Tân Lợi đặt bao nhiêu % hộ đạt GĐHT năm 2025?", "75%."])
U("Hiện nay tỉnh Bình Định có bao nhiêu trung tâm học tập cộng đồng?", REFUSE)
U("Hiện huyện Chư Prông còn bao nhiêu người mù chữ?", REFUSE)
U("Xã không đạt chỉ tiêu gia đình học tập bị xử lý thế nào theo kế hoạch Chư Prông?", REFUSE)
U("Tổ dân phố ở Tân Lợi không hoàn thành chỉ tiêu thì bị kỷ luật ra sao?", REFUSE)
U("Kinh phí tập huấn ngư dân chống khai thác IUU của Bình Định là bao nhiêu?", REFUSE)
U("Xã Ia Mơ được phân bổ bao nhiêu kinh phí cho xã hội học tập?", REFUSE)
U("Kinh phí kế hoạch Tân Lợi chia cho từng tổ dân phố bao nhiêu?", REFUSE)
U("Sở Y tế tỉnh Bình Định có nhiệm vụ gì trong kế hoạch 214?", REFUSE)
U("Phòng Y tế huyện Chư Prông được giao làm gì?", REFUSE)
U("Sở Công Thương Bình Định phải làm gì trong kế hoạch xã hội học tập?", REFUSE)
U("Trạm Y tế phường Tân Lợi có nhiệm vụ gì?", REFUSE)
U("Công an phường Tân Lợi được giao nhiệm vụ gì trong kế hoạch?", REFUSE)
U("Hội thi Gia đình học tập tiêu biểu cấp phường Tân Lợi tổ chức vào tháng mấy?", REFUSE)
U("Quỹ khuyến học phường Tân Lợi hỗ trợ học sinh nghèo vượt khó bao nhiêu tiền?", REFUSE)
U("Năm 2024 phường Tân Lợi có bao nhiêu tổ dân phố đạt Cộng đồng học tập?", REFUSE)
U("Ai ký Kế hoạch số 88/KH-UBND của UBND thành phố Buôn Ma Thuột?", REFUSE)
U("Ban Chỉ đạo xây dựng xã hội học tập tỉnh Bình Định được kiện toàn theo quyết định nào?", REFUSE)
U("And Đắk Lắk province?", REFUSE_EN, ["What learning-family target does Tân Lợi ward set for 2025?", "75% of households."])

for n, q in enumerate(QS, 1):
    q["id"] = f"k22-{n:03d}"
with open(OUT, "w", encoding="utf-8") as f:
    for q in QS:
        f.write(unicodedata.normalize("NFC", json.dumps(q, ensure_ascii=False)) + "\n")
print(len(QS), "->", OUT)
