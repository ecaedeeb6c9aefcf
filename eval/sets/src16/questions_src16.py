"""Write eval/sets/newplans16.jsonl (ids c16-001…). Spans are verbatim from the text as extracted (see check_sets.py).

    python eval/sets/src16/questions_src16.py

Bạc Liêu's docx is read in its ACCEPTED reading (insertions kept, deletions dropped, comments not read): spans hold the
inserted figures and names (75%, 15/12, Sở Tài chính, 41.200) and never a deleted one or a comment's text. Chợ Đồn's
grid-table rows are cited as their cells' text (a wrapped cell joined into one line, cell after cell); PDF spans stay
inside one page (the two columns are read left column first).
"""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "newplans16.jsonl")

B = "baclieu_64-KH-UBND_2025.docx"
C = "chodon_112-KH-UBND_2024.md"
L = "luchon_27-KH-UBND_2025.pdf"
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
    return [{"role": "user" if i % 2 == 0 else "assistant", "content": c} for i, c in enumerate(h)]


REFUSE = "Các kế hoạch đã nạp không có thông tin này."
REFUSE_EN = "The loaded plans do not contain this information."

# ---- spans used more than once
B_NO = "Số: 64/KH-UBND"
B_DATE = "Bạc Liêu, ngày 18 tháng 3 năm 2025"
B_SIGN = "Trương Quốc Khởi"
B_30 = "b) Đến năm 2030: 99,5% người trong độ tuổi từ 15 đến 60 đạt chuẩn biết chữ mức độ 1; 97% đạt chuẩn biết chữ mức độ 2; 75% gia đình đạt danh hiệu “Gia đình học tập”; 55% dòng họ đạt danh hiệu “Dòng họ học tập”; 70% ấp, khóm đạt danh hiệu “Cộng đồng học tập”."
B_27 = "a) Đến năm 2027: 99% người trong độ tuổi từ 15 đến 60 đạt chuẩn biết chữ mức độ 1; 95% đạt chuẩn biết chữ mức độ 2; 60% gia đình đạt danh hiệu “Gia đình học tập”."
B_TT = "c) 100% Trung tâm học tập cộng đồng được đánh giá, xếp loại hằng năm; đến năm 2030 có ít nhất 80% Trung tâm học tập cộng đồng xếp loại Tốt."
B_KS = "d) Đến năm 2030, 65% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản; 50% lao động nuôi trồng thủy sản, làm muối được bồi dưỡng kiến thức chuyển đổi số và thương mại điện tử."
B_TBL_H = "TT Nội dung Năm 2025 Năm 2027 Năm 2030 Ghi chú"
B_ROW1 = "1 Lớp xóa mù chữ và sau biết chữ 30 25 15 Ưu tiên huyện Hồng Dân, huyện Hòa Bình"
B_ROW2 = "2 Lớp tiếng Khmer cho cán bộ, công chức 6 8 10 Do Trường Chính trị Châu Văn Đặng phối hợp tổ chức"
B_ROW3 = "3 Lớp kỹ năng số cho người dân 45 60 80"
B_ROW4 = "4 Lớp bồi dưỡng nghề biển, nghề muối 20 24 30 Tại xã ven biển huyện Đông Hải, thị xã Giá Rai"
B_TONG = "Tổng 101 117 135 Số liệu tổng hợp, không phải chỉ tiêu riêng"
B_KP = "1. Tổng kinh phí dự kiến 41.200 triệu đồng, trong đó: ngân sách tỉnh 22.000 triệu đồng; ngân sách huyện, thị xã, thành phố 13.200 triệu đồng; nguồn xã hội hóa và nguồn hợp pháp khác 6.000 triệu đồng."
B_KP2 = "2. Mỗi Trung tâm học tập cộng đồng được hỗ trợ 25 triệu đồng/năm từ ngân sách huyện; mỗi lớp tiếng Khmer cho cán bộ, công chức được hỗ trợ 40 triệu đồng từ ngân sách tỉnh."
B_KP3 = "3. Hằng năm, các sở, ngành, địa phương lập dự toán kinh phí thực hiện Kế hoạch gửi Sở Tài chính trước ngày 15/7 để tổng hợp, trình Ủy ban nhân dân tỉnh."
B_GD_A = "a) Là cơ quan thường trực, chủ trì, phối hợp với các sở, ngành, địa phương triển khai Kế hoạch; hướng dẫn đánh giá, xếp loại Trung tâm học tập cộng đồng."
B_GD_B = "b) Chủ trì tổ chức các lớp xóa mù chữ và sau biết chữ, lớp kỹ năng số; biên soạn tài liệu song ngữ Việt - Khmer trong quý II/2025."
B_GD_C = "c) Tổ chức sơ kết giai đoạn vào quý IV/2027 và tổng kết vào quý IV/2030; tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Giáo dục và Đào tạo trước ngày 15/12 hằng năm."
B_NV = "Chủ trì bồi dưỡng nghề biển, nghề muối cho lao động nông thôn; phối hợp xây dựng danh hiệu “Đơn vị học tập” trong các cơ quan, đơn vị; bồi dưỡng tiếng Khmer cho cán bộ, công chức."
B_TC = "Chủ trì, phối hợp với Sở Giáo dục và Đào tạo tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm; hướng dẫn thanh quyết toán theo quy định."
B_VH = "Phát triển hệ thống thư viện, nhà văn hóa ấp, khóm; phối hợp tổ chức Tuần lễ hưởng ứng học tập suốt đời gắn với Lễ hội Ok Om Bok; xây dựng tủ sách cộng đồng tại 30 ấp có đông đồng bào Khmer."
B_KHCN = "Chủ trì phát triển nền tảng “Bạc Liêu học tập mở”, hoàn thành trong quý IV/2025; hướng dẫn phổ cập kỹ năng số cho người dân; phối hợp Báo và Phát thanh, Truyền hình Bạc Liêu tuyên truyền."
B_NN = "Chủ trì tổ chức “Phiên chợ tri thức” cho nông dân, diêm dân vào quý III hằng năm; chuyển giao kỹ thuật nuôi tôm siêu thâm canh và sản xuất muối sạch."
B_DT = "Phối hợp Sở Giáo dục và Đào tạo mở lớp xóa mù chữ tại các ấp có đông đồng bào Khmer; vận động chư tăng, Ban Quản trị chùa Khmer tham gia dạy chữ Khmer."
B_BAO = "Xây dựng chuyên mục “Học tập suốt đời” phát sóng 2 kỳ/tháng bằng tiếng Việt và tiếng Khmer."
B_HUYEN = "Xây dựng kế hoạch thực hiện trước ngày 30/4/2025; bố trí kinh phí hỗ trợ Trung tâm học tập cộng đồng; báo cáo kết quả về Sở Giáo dục và Đào tạo trước ngày 30/11 hằng năm."
B_DN = "Hội Khuyến học tỉnh chủ trì xây dựng các danh hiệu “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập”; Tỉnh đoàn tổ chức “Ngày hội thanh niên với chuyển đổi số”; Hội Liên hiệp Phụ nữ tỉnh vận động hội viên tham gia học tập."
B_TUAN = "tổ chức Tuần lễ hưởng ứng học tập suốt đời vào tháng 10 hằng năm gắn với Lễ hội Ok Om Bok."
B_1373 = "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”;"
B_NQ = "Căn cứ Nghị quyết số 09-NQ/TU ngày 12/01/2023 của Ban Thường vụ Tỉnh ủy Bạc Liêu về đẩy mạnh xây dựng xã hội học tập trên địa bàn tỉnh đến năm 2030;"
B_KH1785 = "Căn cứ Kế hoạch số 1785/KH-UBND ngày 21/10/2021 của Ủy ban nhân dân tỉnh thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”;"
B_TTR = "Xét đề nghị của Sở Giáo dục và Đào tạo tại Tờ trình số 318/TTr-SGDĐT ngày 04/3/2025"
B_MD1 = "Tạo chuyển biến mạnh mẽ về nhận thức của các cấp ủy đảng, chính quyền, đoàn thể và Nhân dân về vai trò của học tập suốt đời trong phát triển kinh tế - xã hội của tỉnh, nhất là vùng đồng bào Khmer và vùng ven biển."
B_MD2 = "Tạo cơ hội cho mọi người dân được học tập thường xuyên, liên tục, góp phần nâng cao dân trí, đào tạo nhân lực cho kinh tế biển, nuôi trồng thủy sản, sản xuất muối và năng lượng tái tạo."
B_MANG = "Củng cố 64 Trung tâm học tập cộng đồng; sắp xếp Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên các huyện theo hướng tinh gọn; xây dựng mô hình “Trung tâm học tập cộng đồng số” tại xã Vĩnh Trạch Đông và xã Ninh Quới A trong năm 2026."
B_DADANG = "Phát triển nền tảng học tập trực tuyến “Bạc Liêu học tập mở”; mở lớp học tại chùa Khmer, nhà văn hóa ấp; tổ chức “Phiên chợ tri thức” cho nông dân, diêm dân vào quý III hằng năm."

C_NO = "Số: 112/KH-UBND"
C_DATE = "Chợ Đồn, ngày 09 tháng 10 năm 2024"
C_SIGN = "Ma Thị Hương Giang"
C_TH = "TT Chỉ tiêu Năm 2025 Năm 2027 Năm 2030"
C_R1 = "1 Tỷ lệ người trong độ tuổi 15 - 60 đạt chuẩn biết chữ mức độ 2 96% 97% 98,5%"
C_R2 = "2 Tỷ lệ gia đình được công nhận danh hiệu \"Gia đình học tập\" 58% 65% 75%"
C_R3 = "3 Tỷ lệ dòng họ được công nhận danh hiệu \"Dòng họ học tập\" 40% 48% 60%"
C_R4 = "4 Tỷ lệ thôn, tổ dân phố được công nhận \"Cộng đồng học tập\" 45% 55% 70%"
C_R5 = "5 Tỷ lệ Trung tâm học tập cộng đồng xếp loại Tốt 35% 55%"
C_R6 = "6 Tỷ lệ người dân từ 15 tuổi trở lên có kỹ năng số cơ bản 30% 45% 65%"
C_R7 = "7 Số lớp tiếng Tày, tiếng Dao cho cán bộ, công chức xã (lớp/năm) 2 3 4"
C_CD = "Ngoài ra, phấn đấu mỗi năm tổ chức ít nhất 120 buổi sinh hoạt chuyên đề tại các Trung tâm học tập cộng đồng, thu hút khoảng 6.000 lượt người tham gia."
C_KP = "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2025 - 2030 dự kiến là 9.600 triệu đồng, gồm: ngân sách huyện 5.400 triệu đồng; ngân sách xã, thị trấn 2.200 triệu đồng; vốn lồng ghép Chương trình mục tiêu quốc gia 1.300 triệu đồng; nguồn xã hội hóa 700 triệu đồng."
C_KP2 = "Mỗi Trung tâm học tập cộng đồng được hỗ trợ 15 triệu đồng/năm từ ngân sách huyện; mỗi lớp tiếng Tày, tiếng Dao được hỗ trợ 35 triệu đồng."
C_T_H = "TT Cơ quan, đơn vị Nhiệm vụ Thời gian"
C_GD = "1 Phòng Giáo dục và Đào tạo Là cơ quan thường trực, tham mưu Ủy ban nhân dân huyện triển khai Kế hoạch; hướng dẫn đánh giá, xếp loại Trung tâm học tập cộng đồng; tổng hợp, báo cáo Ủy ban nhân dân huyện và Sở Giáo dục và Đào tạo. Báo cáo trước ngày 05/12 hằng năm"
C_NV = "2 Phòng Nội vụ Chủ trì xây dựng danh hiệu \"Đơn vị học tập\"; tham mưu cử cán bộ, công chức xã học tiếng Tày, tiếng Dao; bồi dưỡng kỹ năng số cho cán bộ, công chức. Quý I/2025"
C_TCKH = "3 Phòng Tài chính - Kế hoạch Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách huyện hằng năm; hướng dẫn sử dụng, thanh quyết toán kinh phí. Tháng 11 hằng năm"
C_VHTT = "4 Phòng Văn hóa và Thông tin Chủ trì tuyên truyền; phát triển tủ sách thôn bản; phối hợp tổ chức Tuần lễ hưởng ứng học tập suốt đời. Tháng 10 hằng năm"
C_DT = "5 Phòng Dân tộc Phối hợp mở lớp xóa mù chữ vùng đồng bào dân tộc thiểu số; lồng ghép nguồn vốn Chương trình mục tiêu quốc gia. 2025 - 2030"
C_NN = "6 Phòng Nông nghiệp và Phát triển nông thôn Tổ chức tập huấn kỹ thuật trồng rừng gỗ lớn, chè Shan tuyết, chăn nuôi tại Trung tâm học tập cộng đồng. Hằng năm"
C_GDNN = "7 Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Mở lớp đào tạo nghề ngắn hạn, lớp bổ túc văn hóa; phối hợp với Trung tâm học tập cộng đồng các xã. Hằng năm"
C_TTVH = "8 Trung tâm Văn hóa, Thông tin và Thể thao huyện Phát sóng chuyên mục \"Chợ Đồn học tập suốt đời\" 2 kỳ/tháng; tuyên truyền bằng tiếng Tày, tiếng Dao trên loa truyền thanh. Từ quý II/2025"
C_XA = "9 Ủy ban nhân dân các xã, thị trấn Xây dựng kế hoạch của xã trước ngày 31/12/2024; bố trí địa điểm, kinh phí cho Trung tâm học tập cộng đồng; báo cáo Phòng Giáo dục và Đào tạo. Báo cáo trước ngày 20/11 hằng năm"
C_HKH = "10 Đề nghị Hội Khuyến học huyện Chủ trì phong trào \"Gia đình học tập\", \"Dòng họ học tập\"; phối hợp Huyện đoàn tổ chức \"Tiếp sức mùa thi\" và trao học bổng \"Chắp cánh ước mơ\". Hằng năm"
C_PN = "11 Đề nghị Hội Liên hiệp Phụ nữ huyện Vận động phụ nữ dân tộc thiểu số tham gia lớp xóa mù chữ, lớp kỹ năng số; xây dựng mô hình \"Phụ nữ học tập\". Hằng năm"
C_BC = "Định kỳ 6 tháng (trước ngày 10/6) và hằng năm, các cơ quan, đơn vị, Ủy ban nhân dân các xã, thị trấn báo cáo kết quả về Phòng Giáo dục và Đào tạo; sơ kết vào quý IV/2027, tổng kết vào quý IV/2030."
C_TUAN = "tổ chức Tuần lễ hưởng ứng học tập suốt đời vào tháng 10 hằng năm, năm 2025 tổ chức lễ phát động tại thị trấn Bằng Lũng."
C_1373 = "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án \"Xây dựng xã hội học tập giai đoạn 2021 - 2030\";"
C_745 = "Căn cứ Kế hoạch số 745/KH-UBND ngày 28/12/2021 của Ủy ban nhân dân tỉnh Bắc Kạn thực hiện Đề án \"Xây dựng xã hội học tập giai đoạn 2021 - 2030\" trên địa bàn tỉnh;"
C_NQ = "Căn cứ Nghị quyết số 27-NQ/HU ngày 15/3/2024 của Ban Chấp hành Đảng bộ huyện Chợ Đồn về phát triển giáo dục và đào tạo đến năm 2030;"
C_TT22 = "Căn cứ Thông tư số 22/2020/TT-BGDĐT ngày 06/8/2020 của Bộ trưởng Bộ Giáo dục và Đào tạo quy định về đánh giá, xếp loại cộng đồng học tập cấp xã;"
C_MD = "Nâng cao nhận thức của cán bộ, đảng viên và Nhân dân các dân tộc Tày, Dao, Nùng, Mông trên địa bàn huyện về học tập suốt đời; tạo cơ hội học tập cho mọi người, nhất là người dân ở các thôn vùng cao, vùng có nguy cơ tái mù chữ."
C_MD2 = "Gắn xây dựng xã hội học tập với phát triển du lịch cộng đồng, kinh tế lâm nghiệp"
C_TTHT = "Củng cố 20 Trung tâm học tập cộng đồng của các xã, thị trấn; xây dựng mô hình \"Trung tâm học tập cộng đồng gắn với du lịch cộng đồng\" tại xã Nam Cường và xã Ngọc Phái trong năm 2026."
C_XMC = "Mở lớp xóa mù chữ tại các thôn vùng cao xã Bản Thi, xã Xuân Lạc; triển khai phong trào \"Bình dân học vụ số\" tại 100% thôn, tổ dân phố; tập huấn kỹ năng bán hàng trực tuyến cho hợp tác xã miến dong, chè Shan tuyết."
C_MH = "Đẩy mạnh xây dựng \"Gia đình học tập\", \"Dòng họ học tập\", \"Cộng đồng học tập\", \"Đơn vị học tập\"; mỗi năm tuyên dương 50 gia đình học tập tiêu biểu."

L_NO = "Số: 27/KH-UBND Lục Hồn, ngày 14 tháng 02 năm 2025"
L_SIGN = "Vi Văn Thắng"
L_BC = "98% người trong độ tuổi từ 15 đến 60 đạt chuẩn biết chữ mức độ 2; mở 02 lớp xóa mù chữ tại thôn Khe Mọi và thôn Nà Áng."
L_GD = "72% gia đình đạt danh hiệu “Gia đình học tập”; 52% dòng họ đạt danh hiệu “Dòng họ học tập”."
L_TH = "8/11 thôn đạt danh hiệu “Cộng đồng học tập”."
L_TT = "Trung tâm học tập cộng đồng xã xếp loại Tốt; tổ chức ít nhất 16 chuyên đề với khoảng 1.800 lượt người tham gia."
L_KS = "45% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản; 100% hộ kinh doanh homestay được hướng dẫn quảng bá trên mạng xã hội."
L_KP = "Tổng kinh phí năm 2025 là 142 triệu đồng, trong đó ngân sách xã 95 triệu đồng, hỗ trợ từ ngân sách huyện 32 triệu đồng, xã hội hóa 15 triệu đồng. Mỗi lớp xóa mù chữ được hỗ trợ 20 triệu đồng."
L_VHXH = "1. Công chức Văn hóa - Xã hội: Tham mưu Ủy ban nhân dân xã triển khai Kế hoạch; phối hợp Trung tâm học tập cộng đồng tổ chức các chuyên đề; tổng hợp, báo cáo Ủy ban nhân dân xã trước ngày 25/11/2025."
L_TCKT = "2. Công chức Tài chính - Kế toán: Tham mưu bố trí kinh phí, hướng dẫn thanh quyết toán theo quy định trước ngày 31/12/2025."
L_VPTK = "3. Công chức Văn phòng - Thống kê: Tổng hợp số liệu gia đình, dòng họ, thôn đạt danh hiệu học tập; cập nhật dữ liệu phổ cập giáo dục, xóa mù chữ trước ngày 30/9/2025."
L_TPHT = "4. Công chức Tư pháp - Hộ tịch: Phối hợp tuyên truyền, phổ biến pháp luật tại Trung tâm học tập cộng đồng, nhất là pháp luật về hôn nhân và gia đình."
L_DC = "5. Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường: Phối hợp tổ chức chuyên đề kỹ thuật trồng hồi, quế, chăm sóc rừng trong quý II/2025."
L_TTHT = "6. Trung tâm học tập cộng đồng xã: Xây dựng kế hoạch hoạt động năm 2025 trước ngày 28/02/2025; tổ chức các lớp, chuyên đề; báo cáo hằng quý về Ủy ban nhân dân xã."
L_TRUONG = "7. Trường Phổ thông Dân tộc bán trú Trung học cơ sở Lục Hồn: Cử giáo viên tham gia dạy lớp xóa mù chữ; phối hợp Trường Tiểu học Lục Hồn vận động học sinh ra lớp."
L_YT = "8. Trạm Y tế xã: Tổ chức chuyên đề chăm sóc sức khỏe bà mẹ, trẻ em, phòng chống tảo hôn và hôn nhân cận huyết thống."
L_CA = "9. Công an xã: Tuyên truyền phòng chống tội phạm, hướng dẫn người dân kích hoạt tài khoản định danh điện tử VNeID mức độ 2."
L_THON = "10. Trưởng thôn: Vận động người dân tham gia học tập; bình xét gia đình, dòng họ học tập tại thôn và gửi kết quả về Ủy ban nhân dân xã trước ngày 05/12/2025."
L_MTTQ = "11. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã: Chủ trì vận động xã hội hóa; phối hợp Chi hội Khuyến học các thôn xây dựng “Dòng họ học tập”; Đoàn Thanh niên xã hướng dẫn kỹ năng số cho người cao tuổi."
L_TUAN = "tổ chức Tuần lễ hưởng ứng học tập suốt đời từ ngày 01/10 đến ngày 07/10/2025 tại Nhà văn hóa xã."
L_1373 = "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”;"
L_205 = "Căn cứ Kế hoạch số 205/KH-UBND ngày 10/01/2025 của Ủy ban nhân dân huyện Bình Liêu về xây dựng xã hội học tập năm 2025;"
L_NQ = "Căn cứ Nghị quyết số 03/NQ-HĐND ngày 20/12/2024 của Hội đồng nhân dân xã Lục Hồn về nhiệm vụ phát triển kinh tế - xã hội năm 2025;"
L_MD1 = "1. Nâng cao nhận thức của cán bộ và Nhân dân các dân tộc Tày, Dao, Sán Chỉ trong xã về học tập suốt đời; tạo cơ hội cho người dân ở các thôn vùng cao được học tập, nâng cao đời sống."
L_MD2 = "2. Gắn các hoạt động học tập với phát triển du lịch cộng đồng, trồng hồi, quế và giữ gìn văn hóa truyền thống; bảo đảm thiết thực, tiết kiệm, hiệu quả."
L_NV2 = "2. Duy trì hoạt động Trung tâm học tập cộng đồng; tổ chức chuyên đề trồng và chế biến hồi, quế, chăm sóc rừng, làm du lịch cộng đồng, phòng chống tảo hôn."
L_NV3 = "3. Xây dựng mô hình “Thôn học tập gắn với du lịch cộng đồng” tại thôn Pắc Pò trong quý III/2025."
L_NV4 = "4. Triển khai “Bình dân học vụ số” tại 11 thôn; mỗi thôn có ít nhất 01 tổ công nghệ số cộng đồng hướng dẫn người dân sử dụng VNeID, thanh toán không dùng tiền mặt."
L_NV5 = "5. Bình xét, công nhận các danh hiệu học tập vào tháng 12/2025 theo hướng dẫn của Hội Khuyến học huyện."

HUE_SIGN = "Nguyễn Thanh Bình"
HUE_BC = "Sở Giáo dục và Đào tạo trước ngày 15/12/2026"
HN_60 = "60% gia đình, dòng họ, cộng đồng đạt danh hiệu gia đình, dòng họ, cộng"
CT_1373 = "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án"

# ================================================================ agency_tasks (12)
Q("agency_tasks", "Theo kế hoạch của tỉnh Bạc Liêu, Sở Giáo dục và Đào tạo có nhiệm vụ gì?",
  [(B, B_GD_A), (B, B_GD_B), (B, B_GD_C)],
  "Sở GD&ĐT là cơ quan thường trực, chủ trì triển khai Kế hoạch, hướng dẫn đánh giá, xếp loại TTHTCĐ; chủ trì các lớp xóa mù chữ, sau biết chữ, kỹ năng số; biên soạn tài liệu song ngữ Việt - Khmer trong quý II/2025; sơ kết quý IV/2027, tổng kết quý IV/2030; báo cáo UBND tỉnh và Bộ GD&ĐT trước ngày 15/12 hằng năm.",
  ["thường trực", "song ngữ", "15/12"])
Q("agency_tasks", "Sở Tài chính Bạc Liêu được giao làm gì trong kế hoạch xây dựng xã hội học tập?",
  [(B, "3. Sở Tài chính"), (B, B_TC), (B, B_KP3)],
  "Sở Tài chính chủ trì, phối hợp Sở GD&ĐT tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm, hướng dẫn thanh quyết toán; nhận dự toán của các sở, ngành, địa phương trước ngày 15/7 để tổng hợp, trình UBND tỉnh.",
  ["bố trí kinh phí", "thanh quyết toán", "15/7"])
Q("agency_tasks", "Nhiệm vụ của Sở Nội vụ tỉnh Bạc Liêu trong kế hoạch này?",
  [(B, "2. Sở Nội vụ"), (B, B_NV)],
  "Sở Nội vụ chủ trì bồi dưỡng nghề biển, nghề muối cho lao động nông thôn; phối hợp xây dựng danh hiệu “Đơn vị học tập”; bồi dưỡng tiếng Khmer cho cán bộ, công chức.",
  ["nghề biển", "Đơn vị học tập", "tiếng Khmer"])
Q("agency_tasks", "Sở Khoa học và Công nghệ Bạc Liêu phải làm gì?",
  [(B, "5. Sở Khoa học và Công nghệ"), (B, B_KHCN)],
  "Chủ trì phát triển nền tảng “Bạc Liêu học tập mở”, hoàn thành trong quý IV/2025; hướng dẫn phổ cập kỹ năng số cho người dân; phối hợp Báo và Phát thanh, Truyền hình Bạc Liêu tuyên truyền.",
  ["Bạc Liêu học tập mở", "quý IV/2025"])
Q("agency_tasks", "Ban Dân tộc tỉnh Bạc Liêu có trách nhiệm gì?",
  [(B, "7. Ban Dân tộc tỉnh"), (B, B_DT)],
  "Phối hợp Sở GD&ĐT mở lớp xóa mù chữ tại các ấp có đông đồng bào Khmer; vận động chư tăng, Ban Quản trị chùa Khmer tham gia dạy chữ Khmer.",
  ["xóa mù chữ", "chùa Khmer"])
Q("agency_tasks", "Phòng Nội vụ huyện Chợ Đồn làm gì theo kế hoạch xã hội học tập?",
  [(C, C_T_H), (C, C_NV)],
  "Phòng Nội vụ chủ trì xây dựng danh hiệu “Đơn vị học tập”; tham mưu cử cán bộ, công chức xã học tiếng Tày, tiếng Dao; bồi dưỡng kỹ năng số cho cán bộ, công chức. Thời gian: quý I/2025.",
  ["Đơn vị học tập", "tiếng Tày", "Quý I/2025"])
Q("agency_tasks", "Trung tâm Văn hóa, Thông tin và Thể thao huyện Chợ Đồn được phân công nhiệm vụ gì?",
  [(C, C_TTVH)],
  "Phát sóng chuyên mục “Chợ Đồn học tập suốt đời” 2 kỳ/tháng; tuyên truyền bằng tiếng Tày, tiếng Dao trên loa truyền thanh; từ quý II/2025.",
  ["Chợ Đồn học tập suốt đời", "2 kỳ/tháng", "quý II/2025"])
Q("agency_tasks", "Hội Khuyến học huyện Chợ Đồn được đề nghị làm gì?",
  [(C, C_HKH)],
  "Chủ trì phong trào “Gia đình học tập”, “Dòng họ học tập”; phối hợp Huyện đoàn tổ chức “Tiếp sức mùa thi” và trao học bổng “Chắp cánh ước mơ”; hằng năm.",
  ["Tiếp sức mùa thi", "Chắp cánh ước mơ"])
Q("agency_tasks", "Phòng Nông nghiệp và Phát triển nông thôn huyện Chợ Đồn có nhiệm vụ gì?",
  [(C, C_NN)],
  "Tổ chức tập huấn kỹ thuật trồng rừng gỗ lớn, chè Shan tuyết, chăn nuôi tại Trung tâm học tập cộng đồng, hằng năm.",
  ["gỗ lớn", "chè Shan tuyết"])
Q("agency_tasks", "Xã Lục Hồn giao Công an xã làm gì?",
  [(L, L_CA)],
  "Công an xã tuyên truyền phòng chống tội phạm, hướng dẫn người dân kích hoạt tài khoản định danh điện tử VNeID mức độ 2.",
  ["VNeID", "mức độ 2"])
Q("agency_tasks", "Trường PTDTBT THCS Lục Hồn có nhiệm vụ gì trong kế hoạch của xã?",
  [(L, L_TRUONG)],
  "Cử giáo viên tham gia dạy lớp xóa mù chữ; phối hợp Trường Tiểu học Lục Hồn vận động học sinh ra lớp.",
  ["giáo viên", "Trường Tiểu học Lục Hồn"])
Q("agency_tasks", "Trạm Y tế xã Lục Hồn phải làm gì?",
  [(L, L_YT)],
  "Tổ chức chuyên đề chăm sóc sức khỏe bà mẹ, trẻ em, phòng chống tảo hôn và hôn nhân cận huyết thống.",
  ["tảo hôn", "cận huyết thống"])

# ================================================================ target (12)
Q("target", "Chỉ tiêu gia đình học tập năm 2030 của tỉnh Bạc Liêu là bao nhiêu?",
  [(B, B_30)],
  "Đến năm 2030, 75% gia đình đạt danh hiệu “Gia đình học tập”.",
  ["75%"])
Q("target", "Đến 2030 Bạc Liêu phấn đấu bao nhiêu phần trăm TTHTCĐ xếp loại Tốt?",
  [(B, B_TT)],
  "Ít nhất 80% Trung tâm học tập cộng đồng xếp loại Tốt vào năm 2030 (100% được đánh giá, xếp loại hằng năm).",
  ["80%"])
Q("target", "Bạc Liêu đặt chỉ tiêu bao nhiêu lớp kỹ năng số cho người dân năm 2025?",
  [(B, B_TBL_H), (B, B_ROW3)],
  "Theo Bảng 1: 45 lớp kỹ năng số cho người dân năm 2025 (60 lớp năm 2027, 80 lớp năm 2030).",
  ["45"])
Q("target", "Năm 2027 tỉnh Bạc Liêu mở bao nhiêu lớp tiếng Khmer cho cán bộ, công chức?",
  [(B, B_TBL_H), (B, B_ROW2)],
  "8 lớp tiếng Khmer cho cán bộ, công chức năm 2027 (Trường Chính trị Châu Văn Đặng phối hợp tổ chức).",
  ["8 lớp"])
Q("target", "Tỷ lệ đạt chuẩn biết chữ mức độ 2 năm 2027 ở Bạc Liêu?",
  [(B, B_27)],
  "Đến năm 2027, 95% người trong độ tuổi 15 - 60 đạt chuẩn biết chữ mức độ 2.",
  ["95%"])
Q("target", "Huyện Chợ Đồn đặt chỉ tiêu dòng họ học tập năm 2027 là bao nhiêu?",
  [(C, C_TH), (C, C_R3)],
  "Năm 2027: 48% dòng họ được công nhận danh hiệu “Dòng họ học tập” (40% năm 2025, 60% năm 2030).",
  ["48%"])
Q("target", "Chợ Đồn: tỷ lệ người dân có kỹ năng số cơ bản đến năm 2030?",
  [(C, C_TH), (C, C_R6)],
  "65% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản vào năm 2030.",
  ["65%"])
Q("target", "Chỉ tiêu biết chữ mức độ 2 năm 2030 của huyện Chợ Đồn?",
  [(C, C_TH), (C, C_R1)],
  "98,5% người trong độ tuổi 15 - 60 đạt chuẩn biết chữ mức độ 2 vào năm 2030.",
  ["98,5%"])
Q("target", "Mỗi năm Chợ Đồn tổ chức bao nhiêu buổi sinh hoạt chuyên đề tại TTHTCĐ?",
  [(C, C_CD)],
  "Ít nhất 120 buổi sinh hoạt chuyên đề mỗi năm, thu hút khoảng 6.000 lượt người tham gia.",
  ["120", "6.000"])
Q("target", "Năm 2025 xã Lục Hồn phấn đấu bao nhiêu thôn đạt Cộng đồng học tập?",
  [(L, L_TH)],
  "8/11 thôn đạt danh hiệu “Cộng đồng học tập”.",
  ["8/11"])
Q("target", "Chỉ tiêu dòng họ học tập năm 2025 của xã Lục Hồn?",
  [(L, L_GD)],
  "52% dòng họ đạt danh hiệu “Dòng họ học tập” (và 72% gia đình đạt “Gia đình học tập”).",
  ["52%"])
Q("target", "Lục Hồn tổ chức bao nhiêu chuyên đề ở trung tâm học tập cộng đồng năm 2025?",
  [(L, L_TT)],
  "Ít nhất 16 chuyên đề với khoảng 1.800 lượt người tham gia; TTHTCĐ xã phấn đấu xếp loại Tốt.",
  ["16", "1.800"])

# ================================================================ deadline (8)
Q("deadline", "Sở GD&ĐT Bạc Liêu phải báo cáo UBND tỉnh và Bộ trước ngày nào hằng năm?",
  [(B, B_GD_C)],
  "Trước ngày 15/12 hằng năm.",
  ["15/12"])
Q("deadline", "UBND các huyện ở Bạc Liêu phải xây dựng kế hoạch thực hiện và báo cáo kết quả khi nào?",
  [(B, "9. Ủy ban nhân dân các huyện, thị xã, thành phố"), (B, B_HUYEN)],
  "Xây dựng kế hoạch trước ngày 30/4/2025; báo cáo kết quả về Sở GD&ĐT trước ngày 30/11 hằng năm.",
  ["30/4/2025", "30/11"])
Q("deadline", "Khi nào Bạc Liêu sơ kết và tổng kết kế hoạch?",
  [(B, B_GD_C)],
  "Sơ kết giai đoạn vào quý IV/2027, tổng kết vào quý IV/2030.",
  ["quý IV/2027", "quý IV/2030"])
Q("deadline", "Phòng GD&ĐT Chợ Đồn báo cáo trước ngày nào?",
  [(C, C_GD)],
  "Trước ngày 05/12 hằng năm.",
  ["05/12"])
Q("deadline", "UBND các xã, thị trấn ở Chợ Đồn phải xây dựng kế hoạch của xã trước ngày nào và báo cáo khi nào?",
  [(C, C_XA)],
  "Xây dựng kế hoạch của xã trước ngày 31/12/2024; báo cáo Phòng GD&ĐT trước ngày 20/11 hằng năm.",
  ["31/12/2024", "20/11"])
Q("deadline", "Báo cáo 6 tháng ở Chợ Đồn nộp trước ngày nào?",
  [(C, C_BC)],
  "Báo cáo định kỳ 6 tháng trước ngày 10/6 (và báo cáo hằng năm) về Phòng GD&ĐT.",
  ["10/6"])
Q("deadline", "Trung tâm học tập cộng đồng xã Lục Hồn phải xây dựng kế hoạch hoạt động năm 2025 trước ngày nào?",
  [(L, L_TTHT)],
  "Trước ngày 28/02/2025.",
  ["28/02/2025"])
Q("deadline", "Trưởng thôn ở Lục Hồn gửi kết quả bình xét gia đình, dòng họ học tập khi nào?",
  [(L, L_THON)],
  "Gửi kết quả về UBND xã trước ngày 05/12/2025.",
  ["05/12/2025"])

# ================================================================ funding (8)
Q("funding", "Tổng kinh phí kế hoạch xây dựng xã hội học tập của Bạc Liêu là bao nhiêu?",
  [(B, B_KP)],
  "41.200 triệu đồng: ngân sách tỉnh 22.000 triệu, ngân sách huyện, thị xã, thành phố 13.200 triệu, xã hội hóa và nguồn hợp pháp khác 6.000 triệu đồng.",
  ["41.200", "22.000", "13.200", "6.000"])
Q("funding", "Bạc Liêu hỗ trợ mỗi lớp tiếng Khmer cho cán bộ bao nhiêu tiền?",
  [(B, B_KP2)],
  "40 triệu đồng mỗi lớp, từ ngân sách tỉnh.",
  ["40 triệu"])
Q("funding", "Mỗi trung tâm học tập cộng đồng ở Bạc Liêu được hỗ trợ bao nhiêu một năm, từ nguồn nào?",
  [(B, B_KP2)],
  "25 triệu đồng/năm, từ ngân sách huyện.",
  ["25 triệu", "ngân sách huyện"])
Q("funding", "Kinh phí giai đoạn 2025 - 2030 của huyện Chợ Đồn bao nhiêu, gồm những nguồn nào?",
  [(C, C_KP)],
  "9.600 triệu đồng: ngân sách huyện 5.400 triệu; ngân sách xã, thị trấn 2.200 triệu; vốn lồng ghép Chương trình mục tiêu quốc gia 1.300 triệu; xã hội hóa 700 triệu đồng.",
  ["9.600", "5.400", "2.200", "1.300", "700"])
Q("funding", "Chợ Đồn hỗ trợ mỗi lớp tiếng Tày, tiếng Dao bao nhiêu?",
  [(C, C_KP2)],
  "35 triệu đồng mỗi lớp.",
  ["35 triệu"])
Q("funding", "Vốn lồng ghép chương trình mục tiêu quốc gia trong kế hoạch Chợ Đồn là bao nhiêu?",
  [(C, C_KP)],
  "1.300 triệu đồng.",
  ["1.300"])
Q("funding", "Kinh phí năm 2025 của xã Lục Hồn là bao nhiêu và lấy từ đâu?",
  [(L, L_KP)],
  "142 triệu đồng: ngân sách xã 95 triệu, hỗ trợ từ ngân sách huyện 32 triệu, xã hội hóa 15 triệu đồng.",
  ["142", "95", "32", "15"])
Q("funding", "Lục Hồn hỗ trợ mỗi lớp xóa mù chữ bao nhiêu?",
  [(L, L_KP)],
  "20 triệu đồng mỗi lớp.",
  ["20 triệu"])

# ================================================================ legal_basis (4)
Q("legal_basis", "Kế hoạch xã hội học tập của Bạc Liêu căn cứ nghị quyết nào của Tỉnh ủy?",
  [(B, B_NQ)],
  "Nghị quyết số 09-NQ/TU ngày 12/01/2023 của Ban Thường vụ Tỉnh ủy Bạc Liêu về đẩy mạnh xây dựng xã hội học tập đến năm 2030.",
  ["09-NQ/TU"])
Q("legal_basis", "Kế hoạch của huyện Chợ Đồn dựa trên kế hoạch nào của tỉnh Bắc Kạn?",
  [(C, C_745)],
  "Kế hoạch số 745/KH-UBND ngày 28/12/2021 của UBND tỉnh Bắc Kạn thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”.",
  ["745/KH-UBND"])
Q("legal_basis", "Những văn bản nào là căn cứ của kế hoạch xã Lục Hồn năm 2025?",
  [(L, L_1373), (L, L_205), (L, L_NQ)],
  "Quyết định 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng; Kế hoạch 205/KH-UBND ngày 10/01/2025 của UBND huyện Bình Liêu; Nghị quyết 03/NQ-HĐND ngày 20/12/2024 của HĐND xã Lục Hồn.",
  ["1373/QĐ-TTg", "205/KH-UBND", "03/NQ-HĐND"])
Q("legal_basis", "Bạc Liêu ban hành kế hoạch này theo tờ trình nào?",
  [(B, B_TTR)],
  "Theo đề nghị của Sở GD&ĐT tại Tờ trình số 318/TTr-SGDĐT ngày 04/3/2025.",
  ["318/TTr-SGDĐT"])

# ================================================================ purpose (3)
Q("purpose", "Mục đích của kế hoạch xây dựng xã hội học tập tỉnh Bạc Liêu là gì?",
  [(B, B_MD1), (B, B_MD2)],
  "Tạo chuyển biến về nhận thức về học tập suốt đời, nhất là vùng đồng bào Khmer và ven biển; tạo cơ hội học tập thường xuyên cho mọi người dân, nâng cao dân trí, đào tạo nhân lực cho kinh tế biển, nuôi trồng thủy sản, sản xuất muối và năng lượng tái tạo.",
  ["Khmer", "kinh tế biển"])
Q("purpose", "Kế hoạch của Chợ Đồn nhằm mục đích gì?",
  [(C, C_MD), (C, C_MD2)],
  "Nâng cao nhận thức của cán bộ, đảng viên và Nhân dân các dân tộc Tày, Dao, Nùng, Mông về học tập suốt đời, tạo cơ hội học tập nhất là ở thôn vùng cao, vùng có nguy cơ tái mù chữ; gắn với du lịch cộng đồng, kinh tế lâm nghiệp và Chương trình MTQG vùng đồng bào dân tộc thiểu số.",
  ["tái mù chữ", "du lịch cộng đồng"])
Q("purpose", "Mục đích, yêu cầu của kế hoạch xã Lục Hồn?",
  [(L, L_MD1), (L, L_MD2)],
  "Nâng cao nhận thức của cán bộ và Nhân dân các dân tộc Tày, Dao, Sán Chỉ về học tập suốt đời, tạo cơ hội học tập cho người dân thôn vùng cao; gắn học tập với du lịch cộng đồng, trồng hồi, quế, giữ gìn văn hóa truyền thống; thiết thực, tiết kiệm, hiệu quả.",
  ["Sán Chỉ", "hồi, quế"])

# ================================================================ task_section (5)
Q("task_section", "Bạc Liêu phát triển mạng lưới cơ sở giáo dục thường xuyên như thế nào?",
  [(B, B_MANG)],
  "Củng cố 64 TTHTCĐ; sắp xếp Trung tâm GDNN-GDTX các huyện theo hướng tinh gọn; xây dựng mô hình “Trung tâm học tập cộng đồng số” tại xã Vĩnh Trạch Đông và xã Ninh Quới A trong năm 2026.",
  ["64", "Vĩnh Trạch Đông", "Ninh Quới A"])
Q("task_section", "Các hình thức học tập mà Bạc Liêu đa dạng hóa là gì?",
  [(B, B_DADANG)],
  "Nền tảng trực tuyến “Bạc Liêu học tập mở”; lớp học tại chùa Khmer, nhà văn hóa ấp; “Phiên chợ tri thức” cho nông dân, diêm dân vào quý III hằng năm.",
  ["Bạc Liêu học tập mở", "Phiên chợ tri thức"])
Q("task_section", "Chợ Đồn làm gì để xóa mù chữ và phát triển kỹ năng số?",
  [(C, C_XMC)],
  "Mở lớp xóa mù chữ ở thôn vùng cao xã Bản Thi, xã Xuân Lạc; triển khai “Bình dân học vụ số” tại 100% thôn, tổ dân phố; tập huấn bán hàng trực tuyến cho HTX miến dong, chè Shan tuyết.",
  ["Bản Thi", "Xuân Lạc", "Bình dân học vụ số"])
Q("task_section", "Nhiệm vụ củng cố trung tâm học tập cộng đồng ở Chợ Đồn gồm những gì?",
  [(C, C_TTHT)],
  "Củng cố 20 TTHTCĐ của các xã, thị trấn; xây dựng mô hình “Trung tâm học tập cộng đồng gắn với du lịch cộng đồng” tại xã Nam Cường và xã Ngọc Phái trong năm 2026.",
  ["20", "Nam Cường", "Ngọc Phái"])
Q("task_section", "Xã Lục Hồn triển khai Bình dân học vụ số ra sao?",
  [(L, L_NV4)],
  "Triển khai tại 11 thôn; mỗi thôn có ít nhất 01 tổ công nghệ số cộng đồng hướng dẫn người dân dùng VNeID, thanh toán không dùng tiền mặt.",
  ["11 thôn", "tổ công nghệ số"])

# ================================================================ cross_plan (6)
Q("cross_plan", "So sánh chỉ tiêu gia đình học tập năm 2030 của Bạc Liêu và Chợ Đồn.",
  [(B, B_30), (C, C_TH), (C, C_R2)],
  "Cả hai đều đặt 75% gia đình đạt danh hiệu “Gia đình học tập” vào năm 2030.",
  ["75%"])
Q("cross_plan", "Kế hoạch Chợ Đồn và kế hoạch Cần Thơ cùng căn cứ quyết định nào của Thủ tướng?",
  [(C, C_1373), (CT, CT_1373)],
  "Cả hai căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”.",
  ["1373/QĐ-TTg"])
Q("cross_plan", "Ai ký kế hoạch của Bạc Liêu và ai ký kế hoạch năm 2026 của Huế?",
  [(B, B_SIGN), (HUE, HUE_SIGN)],
  "Bạc Liêu: Phó Chủ tịch Trương Quốc Khởi ký (KT. Chủ tịch); Huế: Phó Chủ tịch Nguyễn Thanh Bình ký (KT. Chủ tịch).",
  ["Trương Quốc Khởi", "Nguyễn Thanh Bình"])
Q("cross_plan", "Tuần lễ hưởng ứng học tập suốt đời tổ chức khi nào ở Bạc Liêu, Chợ Đồn và Lục Hồn?",
  [(B, B_TUAN), (C, C_TUAN), (L, L_TUAN)],
  "Bạc Liêu: tháng 10 hằng năm, gắn với Lễ hội Ok Om Bok; Chợ Đồn: tháng 10 hằng năm (năm 2025 phát động tại thị trấn Bằng Lũng); Lục Hồn: từ 01/10 đến 07/10/2025 tại Nhà văn hóa xã.",
  ["tháng 10", "Ok Om Bok", "01/10", "07/10/2025"])
Q("cross_plan", "Hỗ trợ mỗi TTHTCĐ một năm ở Bạc Liêu và Chợ Đồn khác nhau thế nào?",
  [(B, B_KP2), (C, C_KP2)],
  "Bạc Liêu: 25 triệu đồng/năm; Chợ Đồn: 15 triệu đồng/năm; cả hai từ ngân sách huyện. Bạc Liêu cao hơn 10 triệu.",
  ["25 triệu", "15 triệu"])
Q("cross_plan", "Hạn báo cáo hằng năm của Sở GD&ĐT Bạc Liêu so với hạn báo cáo của Huế?",
  [(B, B_GD_C), (HUE, HUE_BC)],
  "Bạc Liêu: Sở GD&ĐT báo cáo UBND tỉnh và Bộ GD&ĐT trước ngày 15/12 hằng năm; Huế: các đơn vị báo cáo về Sở GD&ĐT trước ngày 15/12/2026. Cùng mốc 15/12.",
  ["15/12", "15/12/2026"])

# ================================================================ no_diacritics (6)
Q("no_diacritics", "chi tieu gia dinh hoc tap 2030 bac lieu bao nhieu",
  [(B, B_30)],
  "75% gia đình đạt danh hiệu “Gia đình học tập” vào năm 2030.",
  ["75%"])
Q("no_diacritics", "so tai chinh bac lieu lam gi trong ke hoach xhht",
  [(B, "3. Sở Tài chính"), (B, B_TC)],
  "Sở Tài chính chủ trì, phối hợp Sở GD&ĐT tham mưu UBND tỉnh bố trí kinh phí trong dự toán ngân sách hằng năm và hướng dẫn thanh quyết toán.",
  ["bố trí kinh phí", "thanh quyết toán"])
Q("no_diacritics", "cho don ty le ttht cd xep loai tot nam 2030",
  [(C, C_TH), (C, C_R5)],
  "55% Trung tâm học tập cộng đồng xếp loại Tốt vào năm 2030 (35% năm 2025).",
  ["55%"])
Q("no_diacritics", "phong tai chinh ke hoach cho don co nhiem vu gi",
  [(C, C_TCKH)],
  "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách huyện hằng năm; hướng dẫn sử dụng, thanh quyết toán kinh phí; tháng 11 hằng năm.",
  ["dự toán", "Tháng 11"])
Q("no_diacritics", "luc hon ky nang so 2025 chi tieu",
  [(L, L_KS)],
  "45% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản; 100% hộ kinh doanh homestay được hướng dẫn quảng bá trên mạng xã hội.",
  ["45%", "homestay"])
Q("no_diacritics", "cong chuc van phong thong ke xa luc hon lam gi, han nao",
  [(L, L_VPTK)],
  "Tổng hợp số liệu gia đình, dòng họ, thôn đạt danh hiệu học tập; cập nhật dữ liệu phổ cập giáo dục, xóa mù chữ trước ngày 30/9/2025.",
  ["30/9/2025"])

# ================================================================ abbreviation (6)
Q("abbreviation", "Sở VHTTDL BL có nv gì?",
  [(B, "4. Sở Văn hóa, Thể thao và Du lịch"), (B, B_VH)],
  "Sở Văn hóa, Thể thao và Du lịch Bạc Liêu phát triển thư viện, nhà văn hóa ấp, khóm; phối hợp tổ chức Tuần lễ học tập suốt đời gắn với Lễ hội Ok Om Bok; xây dựng tủ sách cộng đồng tại 30 ấp có đông đồng bào Khmer.",
  ["Ok Om Bok", "30 ấp"])
Q("abbreviation", "MTTQ và đoàn thể tỉnh BL được đề nghị gì? HKH, TĐ, HLHPN",
  [(B, "10. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức thành viên"), (B, B_DN)],
  "Hội Khuyến học tỉnh chủ trì xây dựng các danh hiệu học tập; Tỉnh đoàn tổ chức “Ngày hội thanh niên với chuyển đổi số”; Hội LHPN tỉnh vận động hội viên tham gia học tập.",
  ["Hội Khuyến học tỉnh", "Ngày hội thanh niên với chuyển đổi số"])
Q("abbreviation", "P.GD&ĐT CĐ làm gì?",
  [(C, C_GD)],
  "Phòng GD&ĐT Chợ Đồn là cơ quan thường trực, tham mưu UBND huyện triển khai Kế hoạch; hướng dẫn đánh giá, xếp loại TTHTCĐ; tổng hợp, báo cáo UBND huyện và Sở GD&ĐT trước ngày 05/12 hằng năm.",
  ["thường trực", "05/12"])
Q("abbreviation", "TT GDNN-GDTX huyện CĐ có nv gì?",
  [(C, C_GDNN)],
  "Trung tâm GDNN-GDTX huyện Chợ Đồn mở lớp đào tạo nghề ngắn hạn, lớp bổ túc văn hóa; phối hợp với TTHTCĐ các xã, hằng năm.",
  ["nghề ngắn hạn", "bổ túc văn hóa"])
Q("abbreviation", "CC VH-XH xã LH làm gì, bc trước ngày nào?",
  [(L, L_VHXH)],
  "Công chức Văn hóa - Xã hội xã Lục Hồn tham mưu UBND xã triển khai Kế hoạch, phối hợp TTHTCĐ tổ chức chuyên đề; tổng hợp, báo cáo UBND xã trước ngày 25/11/2025.",
  ["25/11/2025"])
Q("abbreviation", "UB MTTQ xã LH đc đề nghị gì?",
  [(L, L_MTTQ)],
  "Chủ trì vận động xã hội hóa; phối hợp Chi hội Khuyến học các thôn xây dựng “Dòng họ học tập”; Đoàn Thanh niên xã hướng dẫn kỹ năng số cho người cao tuổi.",
  ["xã hội hóa", "Chi hội Khuyến học", "người cao tuổi"])

# ================================================================ paraphrase (5)
Q("paraphrase", "Ở Bạc Liêu, nông dân và diêm dân được học qua hoạt động gì, ai chủ trì?",
  [(B, "6. Sở Nông nghiệp và Môi trường"), (B, B_NN)],
  "“Phiên chợ tri thức” vào quý III hằng năm, do Sở Nông nghiệp và Môi trường chủ trì; kèm chuyển giao kỹ thuật nuôi tôm siêu thâm canh, sản xuất muối sạch.",
  ["Phiên chợ tri thức", "Sở Nông nghiệp và Môi trường"])
Q("paraphrase", "Đài báo tỉnh Bạc Liêu làm chuyên mục gì về học tập, mấy số một tháng?",
  [(B, "8. Báo và Phát thanh, Truyền hình Bạc Liêu"), (B, B_BAO)],
  "Báo và Phát thanh, Truyền hình Bạc Liêu làm chuyên mục “Học tập suốt đời”, 2 kỳ/tháng, bằng tiếng Việt và tiếng Khmer.",
  ["Học tập suốt đời", "2 kỳ/tháng"])
Q("paraphrase", "Chị em phụ nữ ở Chợ Đồn được hội phụ nữ vận động tham gia gì?",
  [(C, C_PN)],
  "Hội LHPN huyện vận động phụ nữ dân tộc thiểu số tham gia lớp xóa mù chữ, lớp kỹ năng số; xây dựng mô hình “Phụ nữ học tập”.",
  ["Phụ nữ học tập"])
Q("paraphrase", "Lục Hồn định làm thôn học tập kiểu du lịch ở đâu, bao giờ?",
  [(L, L_NV3)],
  "Mô hình “Thôn học tập gắn với du lịch cộng đồng” tại thôn Pắc Pò trong quý III/2025.",
  ["Pắc Pò", "quý III/2025"])
Q("paraphrase", "Người trồng hồi quế ở Lục Hồn được ai tổ chức tập huấn kỹ thuật, vào lúc nào?",
  [(L, L_DC)],
  "Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường phối hợp tổ chức chuyên đề kỹ thuật trồng hồi, quế, chăm sóc rừng trong quý II/2025.",
  ["Địa chính", "quý II/2025"])

# ================================================================ english (20)
Q("english", "What share of families should be recognised as learning families in Bạc Liêu by 2030?",
  [(B, B_30)], "75% of families by 2030.", ["75"])
Q("english", "What is the total budget of Bạc Liêu's lifelong learning plan and how much comes from the province?",
  [(B, B_KP)], "41,200 million VND in total (41.200 triệu đồng), of which 22,000 million (22.000) from the provincial budget.", ["200", "22"])
Q("english", "By what date must Bạc Liêu's Department of Education report each year?",
  [(B, B_GD_C)], "Before 15/12 (15 December) every year.", ["15"])
Q("english", "Which department in Bạc Liêu prepares the funding in the annual budget, and by when must agencies send their estimates?",
  [(B, "3. Sở Tài chính"), (B, B_TC), (B, B_KP3)], "The Department of Finance (Sở Tài chính); estimates are due before 15/7.", ["Sở Tài chính", "15/7"])
Q("english", "Who signed Bạc Liêu's plan and what is its number?",
  [(B, B_NO), (B, B_SIGN)], "Vice Chairman Trương Quốc Khởi signed plan No. 64/KH-UBND (18 March 2025).", ["Trương Quốc Khởi", "64"])
Q("english", "How many digital-skills classes does Bạc Liêu plan for 2030?",
  [(B, B_TBL_H), (B, B_ROW3)], "80 classes in 2030 (45 in 2025, 60 in 2027).", ["80"])
Q("english", "What online learning platform will Bạc Liêu build and when should it be finished?",
  [(B, B_KHCN)], "The “Bạc Liêu học tập mở” platform, to be completed in Q4/2025 (quý IV/2025), led by the Department of Science and Technology.", ["Bạc Liêu học tập mở", "2025"])
Q("english", "How many community learning centres will Bạc Liêu consolidate?",
  [(B, B_MANG)], "64 community learning centres.", ["64"])
Q("english", "What is the total budget of Chợ Đồn district's plan for 2025-2030?",
  [(C, C_KP)], "9,600 million VND (9.600 triệu đồng): 5,400 district, 2,200 commune, 1,300 national target programme, 700 socialisation.", ["600", "400"])
Q("english", "Who signed Chợ Đồn's plan, and when was it issued?",
  [(C, C_NO), (C, C_DATE), (C, C_SIGN)], "Vice Chairwoman Ma Thị Hương Giang signed plan No. 112/KH-UBND dated 09 October 2024.", ["Ma Thị Hương Giang", "2024"])
Q("english", "What share of villages in Chợ Đồn should be learning communities in 2027?",
  [(C, C_TH), (C, C_R4)], "55% of villages and residential groups in 2027 (70% in 2030).", ["55"])
Q("english", "How many Tày and Dao language classes per year does Chợ Đồn target in 2030?",
  [(C, C_TH), (C, C_R7)], "4 classes per year in 2030 (2 in 2025, 3 in 2027), each supported with 35 million VND.", ["4"])
Q("english", "When will Chợ Đồn hold its mid-term review and final review?",
  [(C, C_BC)], "Mid-term review in Q4/2027 (quý IV/2027), final review in Q4/2030 (quý IV/2030).", ["2027", "2030"])
Q("english", "What does the Ethnic Affairs Office of Chợ Đồn have to do?",
  [(C, C_DT)], "Phòng Dân tộc coordinates literacy classes in ethnic minority areas and integrates national target programme funds, 2025 - 2030.", ["Phòng Dân tộc", "2030"])
Q("english", "Which commune schools appear in Lục Hồn's plan?",
  [(L, L_TRUONG)], "Trường Phổ thông Dân tộc bán trú Trung học cơ sở Lục Hồn (sends teachers to literacy classes) and Trường Tiểu học Lục Hồn.", ["Trường Tiểu học Lục Hồn"])
Q("english", "What is Lục Hồn commune's 2025 budget?",
  [(L, L_KP)], "142 million VND: 95 million from the commune budget, 32 million from the district, 15 million from socialisation.", ["142", "95", "32"])
Q("english", "Who signed Lục Hồn's plan and what is its number?",
  [(L, L_NO), (L, L_SIGN)], "Chairman Vi Văn Thắng signed plan No. 27/KH-UBND of 14 February 2025.", ["Vi Văn Thắng", "27"])
Q("english", "What is Lục Hồn's literacy target for 2025 and in which villages will literacy classes open?",
  [(L, L_BC)], "98% of people aged 15-60 at literacy level 2; two classes in Khe Mọi and Nà Áng villages.", ["98", "Khe Mọi", "Nà Áng"])
Q("english", "What share of families in Lục Hồn should be learning families in 2025?",
  [(L, L_GD)], "72% of families (and 52% of clans).", ["72"])
Q("english", "When are learning titles assessed and recognised in Lục Hồn?",
  [(L, L_NV5)], "In December 2025 (tháng 12/2025), following the district Study Promotion Association's guidance.", ["12/2025"])

# ================================================================ follow_up (20)
Q("follow_up", "Còn năm 2030 thì sao?",
  [(C, C_TH), (C, C_R3)],
  "Năm 2030 Chợ Đồn đặt 60% dòng họ được công nhận “Dòng họ học tập”.", ["60%"],
  ["Chợ Đồn đặt chỉ tiêu dòng họ học tập năm 2027 bao nhiêu?", "Năm 2027: 48% dòng họ được công nhận danh hiệu “Dòng họ học tập”."])
Q("follow_up", "Còn năm 2027?",
  [(B, B_27)],
  "Năm 2027 Bạc Liêu đặt 60% gia đình đạt danh hiệu “Gia đình học tập”.", ["60%"],
  ["Bạc Liêu: gia đình học tập 2030 bao nhiêu %?", "Đến năm 2030, 75% gia đình đạt danh hiệu “Gia đình học tập”."])
Q("follow_up", "Trong đó ngân sách tỉnh bao nhiêu?",
  [(B, B_KP)],
  "Ngân sách tỉnh 22.000 triệu đồng.", ["22.000"],
  ["Tổng kinh phí kế hoạch Bạc Liêu?", "Tổng kinh phí dự kiến 41.200 triệu đồng."])
Q("follow_up", "Thế ngân sách xã, thị trấn bao nhiêu?",
  [(C, C_KP)],
  "Ngân sách xã, thị trấn 2.200 triệu đồng.", ["2.200"],
  ["Chợ Đồn bố trí bao nhiêu tiền cho kế hoạch?", "9.600 triệu đồng cho giai đoạn 2025 - 2030, trong đó ngân sách huyện 5.400 triệu đồng."])
Q("follow_up", "Còn Sở Nội vụ thì sao?",
  [(B, "2. Sở Nội vụ"), (B, B_NV)],
  "Sở Nội vụ chủ trì bồi dưỡng nghề biển, nghề muối cho lao động nông thôn; phối hợp xây dựng “Đơn vị học tập”; bồi dưỡng tiếng Khmer cho cán bộ, công chức.", ["nghề biển", "tiếng Khmer"],
  ["Sở Tài chính Bạc Liêu làm gì?", "Sở Tài chính chủ trì tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán hằng năm và hướng dẫn thanh quyết toán."])
Q("follow_up", "Họ báo cáo trước ngày nào?",
  [(C, C_XA)],
  "UBND các xã, thị trấn báo cáo Phòng GD&ĐT trước ngày 20/11 hằng năm.", ["20/11"],
  ["UBND các xã ở Chợ Đồn phải làm gì?", "Xây dựng kế hoạch của xã trước ngày 31/12/2024; bố trí địa điểm, kinh phí cho TTHTCĐ; báo cáo Phòng GD&ĐT."])
Q("follow_up", "Họ còn làm gì nữa?",
  [(B, B_GD_A), (B, B_GD_B)],
  "Sở GD&ĐT còn là cơ quan thường trực triển khai Kế hoạch, hướng dẫn đánh giá, xếp loại TTHTCĐ; chủ trì lớp xóa mù chữ, sau biết chữ, kỹ năng số; biên soạn tài liệu song ngữ Việt - Khmer trong quý II/2025.", ["song ngữ", "quý II/2025"],
  ["Sở GD&ĐT Bạc Liêu báo cáo khi nào?", "Trước ngày 15/12 hằng năm; sơ kết quý IV/2027, tổng kết quý IV/2030."])
Q("follow_up", "Còn ở xã Lục Hồn?",
  [(L, L_GD)],
  "Xã Lục Hồn: năm 2025 phấn đấu 72% gia đình đạt “Gia đình học tập”.", ["72%"],
  ["Gia đình học tập năm 2025 ở Chợ Đồn đặt bao nhiêu?", "58% gia đình được công nhận “Gia đình học tập” năm 2025."])
Q("follow_up", "Thế ở Bạc Liêu thì bao nhiêu?",
  [(B, B_KP2)],
  "Bạc Liêu hỗ trợ mỗi TTHTCĐ 25 triệu đồng/năm từ ngân sách huyện.", ["25 triệu"],
  ["Mỗi TTHTCĐ ở Chợ Đồn được hỗ trợ bao nhiêu?", "15 triệu đồng/năm từ ngân sách huyện."])
Q("follow_up", "Vậy Công an xã thì sao?",
  [(L, L_CA)],
  "Công an xã Lục Hồn tuyên truyền phòng chống tội phạm, hướng dẫn người dân kích hoạt tài khoản VNeID mức độ 2.", ["VNeID"],
  ["Trạm Y tế xã Lục Hồn làm gì?", "Tổ chức chuyên đề chăm sóc sức khỏe bà mẹ, trẻ em, phòng chống tảo hôn và hôn nhân cận huyết thống."])
Q("follow_up", "Thôi, vậy Phòng Văn hóa và Thông tin huyện Chợ Đồn làm gì?",
  [(C, C_VHTT)],
  "Phòng Văn hóa và Thông tin chủ trì tuyên truyền; phát triển tủ sách thôn bản; phối hợp tổ chức Tuần lễ hưởng ứng học tập suốt đời, tháng 10 hằng năm.", ["tủ sách thôn bản", "Tháng 10"],
  ["Phòng Y tế huyện Chợ Đồn có nhiệm vụ gì?", REFUSE])
Q("follow_up", "Vậy Hội Khuyến học tỉnh Bạc Liêu thì được đề nghị gì?",
  [(B, B_DN)],
  "Hội Khuyến học tỉnh chủ trì xây dựng các danh hiệu “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập”.", ["Hội Khuyến học tỉnh", "Dòng họ học tập"],
  ["Hội Cựu chiến binh tỉnh Bạc Liêu làm gì trong kế hoạch?", REFUSE])
Q("follow_up", "Thế ai chủ trì việc đó?",
  [(B, "6. Sở Nông nghiệp và Môi trường"), (B, B_NN)],
  "Sở Nông nghiệp và Môi trường chủ trì “Phiên chợ tri thức”.", ["Sở Nông nghiệp và Môi trường"],
  ["Bạc Liêu tổ chức Phiên chợ tri thức khi nào?", "Vào quý III hằng năm, cho nông dân, diêm dân."])
Q("follow_up", "Còn Tổng năm 2030?",
  [(B, B_TBL_H), (B, B_TONG)],
  "Dòng Tổng của Bảng 1 năm 2030 là 135 lớp (số liệu tổng hợp, không phải chỉ tiêu riêng).", ["135"],
  ["Bảng 1 của Bạc Liêu tổng cộng năm 2025 bao nhiêu lớp?", "101 lớp (dòng Tổng, số liệu tổng hợp)."])
Q("follow_up", "Năm 2027 thì sao?",
  [(C, C_TH), (C, C_R6)],
  "Năm 2027 Chợ Đồn đặt 45% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản.", ["45%"],
  ["Kỹ năng số cơ bản năm 2025 ở Chợ Đồn bao nhiêu?", "30% người dân từ 15 tuổi trở lên."])
Q("follow_up", "Khi nào xong?",
  [(B, B_KHCN)],
  "Nền tảng “Bạc Liêu học tập mở” phải hoàn thành trong quý IV/2025.", ["quý IV/2025"],
  ["Ai phát triển nền tảng Bạc Liêu học tập mở?", "Sở Khoa học và Công nghệ chủ trì."])
Q("follow_up", "Kế hoạch đó ai ký?",
  [(L, L_SIGN)],
  "Chủ tịch UBND xã Vi Văn Thắng ký (TM. Ủy ban nhân dân).", ["Vi Văn Thắng"],
  ["Kế hoạch xã Lục Hồn số mấy?", "Số 27/KH-UBND ngày 14/02/2025."])
Q("follow_up", "And the district budget's share?",
  [(C, C_KP)], "The district budget provides 5,400 million VND (5.400 triệu đồng).", ["400"],
  ["What is Chợ Đồn's total budget?", "9,600 million VND for 2025-2030."])
Q("follow_up", "And what about the clans target there?",
  [(L, L_GD)], "52% of clans should be recognised as learning clans in 2025.", ["52"],
  ["What share of families in Lục Hồn should be learning families in 2025?", "72%."])
Q("follow_up", "What about 2027?",
  [(B, B_TBL_H), (B, B_ROW1)], "25 literacy and post-literacy classes in 2027 (prioritising Hồng Dân and Hòa Bình districts).", ["25"],
  ["How many literacy classes does Bạc Liêu plan in 2025?", "30 classes."])

# ================================================================ unanswerable (30)
U("Kế hoạch xây dựng xã hội học tập của tỉnh Bắc Kạn đặt chỉ tiêu gia đình học tập 2030 bao nhiêu?", REFUSE)
U("Tỉnh Quảng Ninh giao Sở GD&ĐT nhiệm vụ gì về học tập suốt đời?", REFUSE)
U("Huyện Bình Liêu bố trí bao nhiêu kinh phí cho xã hội học tập năm 2025?", REFUSE)
U("Kế hoạch của tỉnh Sóc Trăng về xã hội học tập giao Sở Nội vụ làm gì?", REFUSE)
U("Huyện Hồng Dân đặt chỉ tiêu dòng họ học tập bao nhiêu?", REFUSE)
U("Huyện Ba Bể có kế hoạch xã hội học tập giai đoạn 2025 - 2030 không, chỉ tiêu ra sao?", REFUSE)
U("Xã Đồng Tâm huyện Bình Liêu giao Công an xã nhiệm vụ gì?", REFUSE)
U("Tỷ lệ TTHTCĐ xếp loại Tốt năm 2027 ở Chợ Đồn là bao nhiêu?", "Ô năm 2027 của chỉ tiêu này để trống trong bảng của Chợ Đồn; kế hoạch chỉ đặt 35% năm 2025 và 55% năm 2030.")
U("Chỉ tiêu gia đình học tập năm 2028 của Bạc Liêu?", REFUSE)
U("Bạc Liêu đặt chỉ tiêu dòng họ học tập năm 2027 bao nhiêu?", REFUSE)
U("Chợ Đồn bố trí bao nhiêu kinh phí riêng cho năm 2026?", REFUSE)
U("Kinh phí năm 2026 của tỉnh Bạc Liêu là bao nhiêu?", REFUSE)
U("Hiện nay Bạc Liêu có bao nhiêu gia đình đạt danh hiệu gia đình học tập?", REFUSE)
U("Hiện tại huyện Chợ Đồn còn bao nhiêu người mù chữ?", REFUSE)
U("Cơ quan nào ở Bạc Liêu không báo cáo đúng hạn thì bị xử lý ra sao?", REFUSE)
U("Xã Lục Hồn xử phạt thôn không đạt chỉ tiêu thế nào?", REFUSE)
U("Nền tảng Bạc Liêu học tập mở được bố trí bao nhiêu tiền?", REFUSE)
U("Mô hình thôn học tập ở Pắc Pò được cấp bao nhiêu kinh phí?", REFUSE)
U("Chuyên mục Chợ Đồn học tập suốt đời được chi bao nhiêu tiền mỗi năm?", REFUSE)
U("Sở Y tế tỉnh Bạc Liêu có nhiệm vụ gì trong kế hoạch?", REFUSE)
U("Hội Cựu chiến binh tỉnh Bạc Liêu được đề nghị làm gì?", REFUSE)
U("Công an huyện Chợ Đồn được giao nhiệm vụ gì?", REFUSE)
U("Hội Nông dân xã Lục Hồn làm gì theo kế hoạch?", REFUSE)
U("Ai ký Kế hoạch 745/KH-UBND của tỉnh Bắc Kạn?", REFUSE)
U("Kế hoạch 205/KH-UBND của huyện Bình Liêu do ai ký?", REFUSE)
U("What literacy target does Quảng Ninh province set for 2030?", REFUSE_EN)
U("How many people in Chợ Đồn currently have basic digital skills?", REFUSE_EN)
U("What does the Department of Health in Bạc Liêu have to do?", REFUSE_EN)
U("Thế còn xã Húc Động?", REFUSE,
  ["Xã Lục Hồn đặt chỉ tiêu gia đình học tập năm 2025 bao nhiêu?", "72% gia đình đạt danh hiệu “Gia đình học tập”."])
U("And in 2029?", REFUSE_EN,
  ["What share of families should be learning families in Chợ Đồn by 2030?", "75% by 2030."])


def main():
    for i, q in enumerate(QS, 1):
        q["id"] = f"c16-{i:03d}"
    with open(OUT, "w", encoding="utf-8") as f:
        for q in QS:
            f.write(unicodedata.normalize("NFC", json.dumps(q, ensure_ascii=False)) + "\n")
    counts = {}
    for q in QS:
        counts[q["type"]] = counts.get(q["type"], 0) + 1
    print(len(QS), dict(sorted(counts.items())), "->", OUT)


if __name__ == "__main__":
    main()
