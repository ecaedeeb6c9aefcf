"""Write eval/sets/newplans30.jsonl (ids g30-001…). Spans are verbatim from the text as extracted (see check_sets.py):
the converted .docx as docx_text_converted reads it (every printed line a paragraph, the targets table's cells one
after another, the signature text box after the "Nơi nhận:" line), the PDF as pypdf reads it (the task table's wrapped
cells interleaved line by line, so its spans are pieces of one printed line).

    python eval/sets/src30/questions_src30.py
"""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "newplans30.jsonl")

TN = "tayninh_3127-KH-UBND_2025.docx"
DM = "datmui_36-KH-UBND_2026.pdf"
HUE = "000_4550be4bb11189cd.txt"
ML = "001_7bafa58816a5de75.txt"
HN = "002_797e8de6131c77f9.txt"
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

# ---- Tây Ninh (converted .docx): Bảng 1 rows read cell after cell (indicator lines, then the three figures)
TN_GD = 'Tỷ lệ hộ gia đình đạt danh hiệu "Gia đình học tập" 68% 73% 78%'
TN_DH = 'Tỷ lệ dòng họ đạt danh hiệu "Dòng họ học tập" 50% 56% 62%'
TN_CD = 'Tỷ lệ ấp, khu phố đạt danh hiệu "Cộng đồng học tập" 45% 52% 60%'
TN_BC = "Tỷ lệ người trong độ tuổi từ 15 đến 60 đạt chuẩn biết chữ mức độ 2 98,2% 98,8% 99,5%"
TN_DT = "Tỷ lệ người dân tộc thiểu số trong độ tuổi từ 15 đến 60 đạt chuẩn biết chữ mức độ 2 93% 95% 97%"
TN_LD1 = "Tỷ lệ người lao động trong các doanh nghiệp, hợp tác xã, khu công nghiệp được tham gia"
TN_LD2 = "học tập nâng cao trình độ, kỹ năng nghề nghiệp, kỹ năng số 65% 72% 80%"
TN_KNS = "Tỷ lệ người dân từ 15 tuổi trở lên có kỹ năng số cơ bản 50% 62% 75%"
TN_TT = "Tỷ lệ trung tâm học tập cộng đồng được đánh giá, xếp loại Tốt 35% 45% 55%"
TN_CB = ("Tỷ lệ cán bộ, công chức cấp xã được bồi dưỡng kỹ năng chuyển đổi số và kỹ năng phục vụ người dân "
         "80% 90% 100%")
TN_LUOT = ("Số lượt người tham gia học tập tại các trung tâm học tập cộng đồng (lượt người/năm) "
           "180.000 200.000 220.000")
TN_HEAD = "STT Chỉ tiêu Năm 2026 Năm 2028 Năm 2030"
TN_TOTAL = "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2026 - 2030 dự kiến là 58.400 triệu đồng"
TN_NST = "- Ngân sách tỉnh: 31.200 triệu đồng"
TN_NSX = "- Ngân sách cấp xã: 17.600 triệu đồng"
TN_XHH = "- Nguồn xã hội hóa và các nguồn hợp pháp khác: 9.600 triệu đồng."
TN_25 = "Mỗi trung tâm học tập cộng đồng được hỗ trợ kinh phí hoạt động 25 triệu đồng/năm"
TN_RPT_XA = ("Ủy ban nhân dân các xã, phường báo cáo kết quả thực hiện 6 tháng về Sở Giáo dục và Đào tạo trước ngày "
             "10 tháng 6 và báo cáo năm trước ngày 05 tháng 12 hằng năm")
TN_RPT_SO = "Các sở, ban, ngành tỉnh báo cáo kết quả thực hiện năm về Sở Giáo dục và Đào tạo trước ngày 10 tháng 12 hằng năm"
TN_RPT_GD = ("Sở Giáo dục và Đào tạo tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Giáo dục và Đào tạo trước ngày "
             "20 tháng 12 hằng năm")
TN_SOKET = "báo cáo sơ kết giữa kỳ trước ngày 15 tháng 11 năm 2028 và báo cáo tổng kết trước ngày 15 tháng 11 năm 2030"
TN_SOKET_Q = "sơ kết giữa kỳ vào quý IV năm 2028 và tổng kết vào quý IV năm 2030"
TN_SGD = ("Là cơ quan thường trực, chủ trì, phối hợp với các sở, ngành, Ủy ban nhân dân các xã, phường triển khai "
          "thực hiện Kế hoạch")
TN_SGD2 = "chủ trì xây dựng Cổng học tập trực tuyến tỉnh Tây Ninh và kho học liệu số dùng chung"
TN_SNV = ("Chủ trì xây dựng kế hoạch bồi dưỡng kỹ năng chuyển đổi số, kỹ năng phục vụ người dân cho cán bộ, công "
          "chức, viên chức, nhất là công chức cấp xã")
TN_SNV2 = 'hướng dẫn các cơ quan, đơn vị đánh giá, công nhận danh hiệu "Đơn vị học tập"'
TN_SNV3 = "chỉ đạo các cơ sở giáo dục nghề nghiệp đào tạo nghề cho lao động nông thôn, người lao động mất việc làm"
TN_STC = ("tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm theo khả "
          "năng cân đối ngân sách")
TN_VH = "Chủ trì phát triển hệ thống thư viện công cộng, phát triển văn hóa đọc"
TN_KHCN = 'Chủ trì triển khai phong trào "Bình dân học vụ số" và hoạt động của tổ công nghệ số cộng đồng'
TN_KHCN2 = "bảo đảm hạ tầng số, an toàn thông tin cho Cổng học tập trực tuyến tỉnh"
TN_NN = ("Phối hợp với các trung tâm học tập cộng đồng tổ chức tập huấn, chuyển giao khoa học kỹ thuật trong trồng "
         "trọt, chăn nuôi, nuôi trồng thủy sản")
TN_DTTG = "chùa Khmer tổ chức lớp học song ngữ Khmer - Việt cho người dân"
TN_DTTG1 = ("Phối hợp với Sở Giáo dục và Đào tạo vận động người dân tộc thiểu số tham gia các lớp xóa mù chữ, giáo "
            "dục sau biết chữ")
TN_YT = ("Chỉ đạo các cơ sở y tế phối hợp với trung tâm học tập cộng đồng tổ chức chuyên đề chăm sóc sức khỏe ban "
         "đầu, dinh dưỡng, phòng chống dịch bệnh cho người dân")
TN_CA = "phòng chống tội phạm công nghệ cao, lừa đảo trên không gian mạng cho người dân"
TN_CA2 = "hướng dẫn người dân sử dụng ứng dụng định danh điện tử VNeID"
TN_QS = "Phối hợp tổ chức học tập, bồi dưỡng kiến thức quốc phòng và an ninh cho các đối tượng"
TN_QS2 = ("phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh vận động người dân ở các xã biên giới tham gia các lớp xóa "
          "mù chữ")
TN_BAO = 'Mở chuyên trang, chuyên mục "Học tập suốt đời" phát sóng ít nhất 02 kỳ/tháng'
TN_UBX = ("Xây dựng kế hoạch xây dựng xã hội học tập của địa phương giai đoạn 2026 - 2030 và hằng năm, ban hành xong "
          "trước ngày 31 tháng 12 năm 2025")
TN_MTTQ = ("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chỉ đạo Hội Liên hiệp Phụ nữ, Hội Nông dân, Hội Cựu chiến "
           "binh, Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh")
TN_MTTQ2 = 'lồng ghép tiêu chí học tập trong cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"'
TN_HKH = "Đề nghị Hội Khuyến học tỉnh chủ trì phát động phong trào khuyến học, khuyến tài"
TN_HKH2 = "vận động xây dựng Quỹ khuyến học các cấp"
TN_CONG = ("Xây dựng và đưa vào vận hành Cổng học tập trực tuyến tỉnh Tây Ninh trong quý II năm 2026; phát triển kho "
           "học liệu số dùng chung")
TN_BDHVS = 'triển khai phong trào "Bình dân học vụ số", bồi dưỡng kỹ năng số cơ bản cho người dân'
TN_KHMER = "Tổ chức các lớp xóa mù chữ, giáo dục sau biết chữ, nhất là cho người dân tộc Khmer, Chăm, Tà Mun ở các xã biên giới"
TN_10CD = "hằng năm mỗi trung tâm học tập cộng đồng tổ chức ít nhất 10 chuyên đề"
TN_MD = ("Cụ thể hóa các mục tiêu, nhiệm vụ của Đề án \"Xây dựng xã hội học tập giai đoạn 2021 - 2030\" phù hợp với "
         "điều kiện của tỉnh Tây Ninh sau khi sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp")
TN_MD2 = ("tạo cơ hội để mọi người dân được học tập thường xuyên, học tập suốt đời, nâng cao dân trí, phát triển "
          "nguồn nhân lực")
TN_YC = "Việc triển khai phải có lộ trình, phân công rõ trách nhiệm, có kiểm tra, đánh giá hằng năm"
TN_YC2 = "bảo đảm thiết thực, hiệu quả, tránh hình thức"
TN_CC1373 = ("Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án "
             "\"Xây dựng xã hội học tập giai đoạn 2021 - 2030\"")
TN_CC49 = "Căn cứ Kết luận số 49-KL/TW ngày 10 tháng 5 năm 2019 của Ban Bí thư"
TN_CC44 = "Căn cứ Thông tư số 44/2014/TT-BGDĐT ngày 12 tháng 12 năm 2014"
TN_CC58 = "Căn cứ Nghị quyết số 58/NQ-HĐND ngày 26 tháng 9 năm 2025 của Hội đồng nhân dân tỉnh Tây Ninh"
TN_TTR = "Xét đề nghị của Sở Giáo dục và Đào tạo tại Tờ trình số 2816/TTr-SGDĐT ngày 02 tháng 10 năm 2025"
TN_SO = "Số: 3127/KH-UBND"
TN_SIGN = "KT. CHỦ TỊCH PHÓ CHỦ TỊCH (Đã ký) Nguyễn Thị Thanh Tuyền"

# ---- Đất Mũi (PDF printed from Word): the task table's cells interleaved line by line
DM_SO = "Số: 36/KH-UBND Đất Mũi, ngày 09 tháng 02 năm 2026"
DM_ESIG = "Thời gian ký: 09.02.2026 16:05:27 +07:00"
DM_SIGN1 = "- Sở GD&ĐT tỉnh Cà Mau (b/c); CHỦ TỊCH"
DM_SIGN2 = "- Các phòng, đơn vị thuộc UBND xã; Lý Hoàng Nghĩa"
DM_CC214 = ("Căn cứ Kế hoạch số 214/KH-UBND ngày 05/12/2025 của Ủy ban nhân dân tỉnh Cà Mau về xây dựng xã hội "
            "học tập tỉnh Cà Mau giai đoạn 2026 - 2030")
DM_CC12 = "Căn cứ Nghị quyết số 12/NQ-HĐND ngày 22/01/2026 của Hội đồng nhân dân xã Đất Mũi"
DM_CC1373 = "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ"
DM_MD = ("Tạo cơ hội cho mọi người dân trên địa bàn xã, nhất là ngư dân, lao động nghề rừng, người dân tộc Khmer và "
         "người có hoàn cảnh khó khăn được học tập thường xuyên, học tập suốt đời")
DM_MD2 = "góp phần phát triển kinh tế biển và du lịch của xã Đất Mũi"
DM_Y26 = ('1. Năm 2026: 65% hộ gia đình đạt danh hiệu "Gia đình học tập"; 4/9 ấp đạt danh hiệu "Cộng đồng học tập"; '
          '40% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản; mở ít nhất 02 lớp xóa mù chữ cho người dân ở các ấp '
          'ven biển')
DM_Y27 = ('2. Năm 2027: 68% hộ gia đình đạt danh hiệu "Gia đình học tập"; 5/9 ấp đạt danh hiệu "Cộng đồng học tập"; '
          '48% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản; Trung tâm học tập cộng đồng xã được xếp loại Khá '
          'trở lên')
DM_Y28 = ('3. Năm 2028: 71% hộ gia đình đạt danh hiệu "Gia đình học tập"; 6/9 ấp đạt danh hiệu "Cộng đồng học tập"; '
          '55% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản')
DM_Y28B = "100% ngư dân đi biển dài ngày được tập huấn kỹ năng an toàn trên biển"
DM_Y30 = '4. Năm 2030: 76% hộ gia đình đạt danh hiệu "Gia đình học tập"; 8/9 ấp'
DM_Y30B = ('đạt danh hiệu "Cộng đồng học tập"; 70% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản; 99% người '
           'trong độ tuổi từ 15 đến 60 đạt chuẩn biết chữ mức độ 2; Trung tâm học tập cộng đồng xã được xếp loại Tốt')
DM_8CD = "Hằng năm, Trung tâm học tập cộng đồng xã tổ chức ít nhất 8 chuyên đề"
DM_DIEMHOC = "bố trí điểm học tại ấp Mũi và ấp Khai Long"
DM_DULICH = "mở lớp hướng dẫn nghiệp vụ du lịch cộng đồng cho các hộ làm du lịch tại khu vực Mũi Cà Mau"
DM_CDS = "thành lập tổ công nghệ số cộng đồng ở 9/9 ấp"
DM_TOTAL = ("Tổng kinh phí thực hiện Kế hoạch giai đoạn 2026 - 2030 là 1.260 triệu đồng, gồm: ngân sách xã 780 triệu "
            "đồng; kinh phí tỉnh hỗ trợ cho Trung tâm học tập cộng đồng 300 triệu đồng (60 triệu đồng/năm); nguồn xã "
            "hội hóa 180 triệu đồng")
DM_2026 = "Kinh phí năm 2026 là 240 triệu đồng."
DM_QUY = "học xã vận động xây dựng Quỹ khuyến học xã đạt ít nhất 50 triệu đồng mỗi năm"
DM_MTTQ = "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội xã"
DM_DBP = ("Đề nghị Đồn Biên phòng Đất Mũi phối hợp với Trung tâm học tập cộng đồng xã mở lớp xóa mù chữ và tuyên "
          "truyền pháp luật về biển, đảo cho ngư dân")
DM_RPT = ("Phòng Văn hóa - Xã hội tổng hợp kết quả thực hiện 6 tháng trước ngày 15/6 và cả năm trước ngày 30/11 "
          "hằng năm")
DM_SOKET = "sơ kết 3 năm vào tháng 12/2028"
DM_HEAD = "TT Đơn vị Nhiệm vụ Thời hạn"
# table rows, one printed line each (cells interleaved)
DM_VH1 = "1 Phòng Văn hóa - Tham mưu Ủy ban nhân dân xã ban Trước ngày"
DM_VH2 = "Xã hội (cơ quan hành kế hoạch hằng năm; hướng dẫn, 15/01 hằng"
DM_VH3 = "thường trực) theo dõi, tổng hợp kết quả thực hiện; năm"
DM_VH4 = "tham mưu đánh giá, công nhận danh"
DM_VH5 = 'hiệu "Gia đình học tập", "Cộng đồng'
DM_KT1 = "2 Phòng Kinh tế Phối hợp tổ chức tập huấn nuôi tôm - Quý II hằng"
DM_KT2 = "rừng, nuôi sò huyết, cua biển; hướng năm"
DM_KT3 = "dẫn hộ làm du lịch cộng đồng"
DM_VP1 = "3 Văn phòng HĐND Tham mưu bố trí kinh phí trong dự toán Tháng 12"
DM_VP2 = "và UBND ngân sách xã; cập nhật thông tin về học hằng năm"
DM_VP3 = "tập suốt đời trên Trang thông tin điện"
DM_PV1 = "4 Trung tâm Phục vụ Hướng dẫn người dân nộp hồ sơ dịch vụ Thường xuyên"
DM_PV2 = "hành chính công công trực tuyến, sử dụng tài khoản định"
DM_PV3 = "xã danh điện tử tại bộ phận một cửa"
DM_TT1 = "5 Trung tâm học tập Tổ chức các chuyên đề, lớp học theo Trước ngày"
DM_TT2 = "cộng đồng xã nhu cầu người dân; mở lớp xóa mù chữ 20/11 hằng"
DM_TT3 = "tại ấp Rạch Tàu và ấp Mũi; báo cáo kết năm"
DM_TR1 = "6 Trường Mầm non Huy động trẻ ra lớp đúng độ tuổi; cho Theo năm học"
DM_TR2 = "Đất Mũi, Trường mượn phòng học, thiết bị để Trung tâm"
DM_TR4 = "Trường THCS Đất tham gia dạy lớp xóa mù chữ"
DM_CA1 = "7 Công an xã Tuyên truyền phòng chống lừa đảo trên Thường xuyên"
DM_CA2 = "không gian mạng; hướng dẫn kích hoạt"
DM_CA3 = "tài khoản định danh điện tử mức độ 2"
DM_QS1 = "8 Ban Chỉ huy Quân Phối hợp bồi dưỡng kiến thức quốc Hằng năm"
DM_QS2 = "sự xã phòng và an ninh; vận động thanh niên"
DM_YT1 = "9 Trạm Y tế xã Tổ chức chuyên đề chăm sóc sức khỏe, Quý III hằng"
DM_YT2 = "phòng chống sốt xuất huyết, sơ cấp cứu năm"
DM_YT3 = "trên biển tại Trung tâm học tập cộng"
DM_TA1 = "10 Trưởng ấp Rà soát, lập danh sách người mù chữ, Trước ngày"
DM_TA2 = "người chưa có kỹ năng số; vận động hộ 31/3 hằng"
DM_TA3 = 'gia đình đăng ký danh hiệu "Gia đình năm'

# ================================================================ agency_tasks (12)
Q("agency_tasks", "Theo kế hoạch 3127 của tỉnh Tây Ninh, Sở Nội vụ được giao những nhiệm vụ gì?",
  [(TN, TN_SNV), (TN, TN_SNV2), (TN, TN_SNV3)],
  "Sở Nội vụ chủ trì xây dựng kế hoạch bồi dưỡng kỹ năng chuyển đổi số, kỹ năng phục vụ người dân cho cán bộ, công "
  "chức, viên chức (nhất là công chức cấp xã); hướng dẫn đánh giá, công nhận danh hiệu \"Đơn vị học tập\"; chỉ đạo "
  "các cơ sở giáo dục nghề nghiệp đào tạo nghề cho lao động nông thôn, người lao động mất việc làm; lồng ghép tiêu chí "
  "học tập suốt đời vào công tác thi đua, khen thưởng.",
  ["chuyển đổi số", "Đơn vị học tập", "đào tạo nghề", "thi đua"])
Q("agency_tasks", "Sở Dân tộc và Tôn giáo tỉnh Tây Ninh có nhiệm vụ gì trong xây dựng xã hội học tập?",
  [(TN, TN_DTTG1), (TN, TN_DTTG)],
  "Sở Dân tộc và Tôn giáo phối hợp với Sở Giáo dục và Đào tạo vận động người dân tộc thiểu số tham gia các lớp xóa mù "
  "chữ, giáo dục sau biết chữ; phối hợp với các cơ sở tôn giáo, chùa Khmer tổ chức lớp học song ngữ Khmer - Việt cho "
  "người dân.", ["xóa mù chữ", "song ngữ", "chùa Khmer"])
Q("agency_tasks", "Công an tỉnh Tây Ninh làm gì theo kế hoạch xây dựng xã hội học tập 2026-2030?",
  [(TN, TN_CA), (TN, TN_CA2)],
  "Công an tỉnh chỉ đạo công an các xã, phường phối hợp tuyên truyền, phổ biến pháp luật, phòng chống tội phạm công "
  "nghệ cao, lừa đảo trên không gian mạng cho người dân tại các trung tâm học tập cộng đồng; hướng dẫn người dân sử "
  "dụng ứng dụng định danh điện tử VNeID.", ["lừa đảo", "VNeID"])
Q("agency_tasks", "Báo và Phát thanh, Truyền hình Tây Ninh được giao việc gì?",
  [(TN, TN_BAO)],
  "Báo và Phát thanh, Truyền hình Tây Ninh mở chuyên trang, chuyên mục \"Học tập suốt đời\" phát sóng ít nhất 02 "
  "kỳ/tháng và phản ánh kịp thời các mô hình hay, điển hình tiên tiến trong xây dựng xã hội học tập.",
  ["Học tập suốt đời", "02 kỳ/tháng"])
Q("agency_tasks", "Nhiệm vụ của Sở Khoa học và Công nghệ Tây Ninh trong kế hoạch này là gì?",
  [(TN, TN_KHCN), (TN, TN_KHCN2)],
  "Sở Khoa học và Công nghệ chủ trì triển khai phong trào \"Bình dân học vụ số\" và hoạt động của tổ công nghệ số cộng "
  "đồng; bảo đảm hạ tầng số, an toàn thông tin cho Cổng học tập trực tuyến tỉnh; hướng dẫn các cơ quan báo chí, hệ "
  "thống thông tin cơ sở tuyên truyền về học tập suốt đời.",
  ["Bình dân học vụ số", "an toàn thông tin", "tổ công nghệ số cộng đồng"])
Q("agency_tasks", "Bộ Chỉ huy Quân sự tỉnh Tây Ninh phải làm gì?",
  [(TN, TN_QS), (TN, TN_QS2)],
  "Bộ Chỉ huy Quân sự tỉnh phối hợp tổ chức học tập, bồi dưỡng kiến thức quốc phòng và an ninh cho các đối tượng; "
  "phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh vận động người dân ở các xã biên giới tham gia các lớp xóa mù chữ.",
  ["quốc phòng và an ninh", "Bộ đội Biên phòng", "xóa mù chữ"])
Q("agency_tasks", "Trong kế hoạch của xã Đất Mũi, Phòng Văn hóa - Xã hội được giao những việc gì?",
  [(DM, DM_VH1), (DM, DM_VH2), (DM, DM_VH3), (DM, DM_VH4), (DM, DM_VH5)],
  "Phòng Văn hóa - Xã hội là cơ quan thường trực: tham mưu UBND xã ban hành kế hoạch hằng năm; hướng dẫn, theo dõi, "
  "tổng hợp kết quả thực hiện; tham mưu đánh giá, công nhận danh hiệu \"Gia đình học tập\", \"Cộng đồng học tập\" "
  "(thời hạn: trước ngày 15/01 hằng năm). Phòng cũng tổng hợp báo cáo 6 tháng và cả năm.",
  ["thường trực", "kế hoạch hằng năm", "Gia đình học tập", "15/01"])
Q("agency_tasks", "Công an xã Đất Mũi có nhiệm vụ gì trong kế hoạch xây dựng xã hội học tập?",
  [(DM, DM_CA1), (DM, DM_CA2), (DM, DM_CA3)],
  "Công an xã tuyên truyền phòng chống lừa đảo trên không gian mạng và hướng dẫn kích hoạt tài khoản định danh điện "
  "tử mức độ 2 cho người dân; thời hạn: thường xuyên.", ["lừa đảo", "định danh điện tử", "Thường xuyên"])
Q("agency_tasks", "Trạm Y tế xã Đất Mũi được phân công làm gì?",
  [(DM, DM_YT1), (DM, DM_YT2), (DM, DM_YT3)],
  "Trạm Y tế xã tổ chức chuyên đề chăm sóc sức khỏe, phòng chống sốt xuất huyết, sơ cấp cứu trên biển tại Trung tâm "
  "học tập cộng đồng, vào quý III hằng năm.", ["sốt xuất huyết", "sơ cấp cứu", "Quý III"])
Q("agency_tasks", "Trưởng ấp ở Đất Mũi phải làm gì?",
  [(DM, DM_TA1), (DM, DM_TA2), (DM, DM_TA3)],
  "Trưởng ấp rà soát, lập danh sách người mù chữ, người chưa có kỹ năng số; vận động hộ gia đình đăng ký danh hiệu "
  "\"Gia đình học tập\"; thời hạn trước ngày 31/3 hằng năm.", ["mù chữ", "kỹ năng số", "31/3"])
Q("agency_tasks", "Kế hoạch xã Đất Mũi đề nghị Đồn Biên phòng làm gì?",
  [(DM, DM_DBP)],
  "Đề nghị Đồn Biên phòng Đất Mũi phối hợp với Trung tâm học tập cộng đồng xã mở lớp xóa mù chữ và tuyên truyền pháp "
  "luật về biển, đảo cho ngư dân.", ["xóa mù chữ", "biển, đảo", "ngư dân"])
Q("agency_tasks", "Các trường học ở xã Đất Mũi được giao nhiệm vụ gì?",
  [(DM, DM_TR1), (DM, DM_TR2), (DM, DM_TR4)],
  "Trường Mầm non Đất Mũi, Trường Tiểu học Đất Mũi, Trường THCS Đất Mũi: huy động trẻ ra lớp đúng độ tuổi; cho mượn "
  "phòng học, thiết bị để Trung tâm học tập cộng đồng mở lớp; giáo viên tham gia dạy lớp xóa mù chữ (theo năm học).",
  ["đúng độ tuổi", "mượn phòng học", "xóa mù chữ"])

# ================================================================ target (12)
Q("target", "Tây Ninh đặt chỉ tiêu tỷ lệ hộ gia đình đạt danh hiệu Gia đình học tập năm 2030 là bao nhiêu?",
  [(TN, TN_GD)],
  "Theo Bảng 1, tỷ lệ hộ gia đình đạt danh hiệu \"Gia đình học tập\" là 78% vào năm 2030 (68% năm 2026, 73% năm 2028).",
  ["78%"])
Q("target", "Chỉ tiêu người lao động trong doanh nghiệp, hợp tác xã được học nâng cao kỹ năng nghề ở Tây Ninh năm 2028?",
  [(TN, TN_LD1), (TN, TN_LD2)],
  "Năm 2028 là 72% người lao động trong các doanh nghiệp, hợp tác xã, khu công nghiệp được tham gia học tập nâng cao "
  "trình độ, kỹ năng nghề nghiệp, kỹ năng số (65% năm 2026, 80% năm 2030).", ["72%"])
Q("target", "Năm 2026 Tây Ninh phấn đấu bao nhiêu phần trăm người dân từ 15 tuổi có kỹ năng số cơ bản?",
  [(TN, TN_KNS)],
  "Năm 2026: 50% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản (62% năm 2028, 75% năm 2030).", ["50%"])
Q("target", "Đến 2030 Tây Ninh muốn bao nhiêu % trung tâm học tập cộng đồng xếp loại Tốt?",
  [(TN, TN_TT)],
  "Năm 2030: 55% trung tâm học tập cộng đồng được đánh giá, xếp loại Tốt (35% năm 2026, 45% năm 2028).", ["55%"])
Q("target", "Số lượt người tham gia học tập tại các TTHTCĐ của Tây Ninh năm 2030 là bao nhiêu?",
  [(TN, TN_LUOT)],
  "Năm 2030: 220.000 lượt người/năm (180.000 năm 2026, 200.000 năm 2028).", ["220.000"])
Q("target", "Tỷ lệ người dân tộc thiểu số 15-60 tuổi đạt chuẩn biết chữ mức độ 2 ở Tây Ninh năm 2028?",
  [(TN, TN_DT)],
  "Năm 2028 là 95% (93% năm 2026, 97% năm 2030).", ["95%"])
Q("target", "Mỗi trung tâm học tập cộng đồng ở Tây Ninh phải tổ chức bao nhiêu chuyên đề mỗi năm?",
  [(TN, TN_10CD)],
  "Hằng năm mỗi trung tâm học tập cộng đồng tổ chức ít nhất 10 chuyên đề về chuyển giao khoa học kỹ thuật, pháp luật, "
  "sức khỏe, kỹ năng số.", ["10 chuyên đề"])
Q("target", "Xã Đất Mũi năm 2028 đặt chỉ tiêu gia đình học tập bao nhiêu?",
  [(DM, DM_Y28)],
  "Năm 2028: 71% hộ gia đình đạt danh hiệu \"Gia đình học tập\" (cùng 6/9 ấp đạt \"Cộng đồng học tập\" và 55% người dân "
  "có kỹ năng số cơ bản).", ["71%"])
Q("target", "Đến năm 2030, Đất Mũi có bao nhiêu ấp đạt danh hiệu Cộng đồng học tập?",
  [(DM, DM_Y30)],
  "Năm 2030: 8/9 ấp đạt danh hiệu \"Cộng đồng học tập\".", ["8/9"])
Q("target", "Năm 2027 xã Đất Mũi phấn đấu tỷ lệ người dân có kỹ năng số cơ bản là bao nhiêu?",
  [(DM, DM_Y27)],
  "Năm 2027: 48% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản.", ["48%"])
Q("target", "Trung tâm học tập cộng đồng xã Đất Mũi mỗi năm tổ chức ít nhất mấy chuyên đề?",
  [(DM, DM_8CD)],
  "Hằng năm ít nhất 8 chuyên đề về nuôi trồng thủy sản, bảo vệ rừng ngập mặn, du lịch cộng đồng, pháp luật và kỹ năng "
  "số.", ["8 chuyên đề"])
Q("target", "Chỉ tiêu biết chữ mức độ 2 của xã Đất Mũi năm 2030?",
  [(DM, DM_Y30B)],
  "Năm 2030: 99% người trong độ tuổi từ 15 đến 60 đạt chuẩn biết chữ mức độ 2.", ["99%"])

# ================================================================ deadline (8)
Q("deadline", "UBND các xã, phường ở Tây Ninh phải ban hành kế hoạch xây dựng xã hội học tập của mình trước ngày nào?",
  [(TN, TN_UBX)],
  "Phải ban hành xong trước ngày 31 tháng 12 năm 2025 (kế hoạch giai đoạn 2026 - 2030 và hằng năm).",
  ["31 tháng 12 năm 2025"])
Q("deadline", "Khi nào Cổng học tập trực tuyến tỉnh Tây Ninh phải đưa vào vận hành?",
  [(TN, TN_CONG)],
  "Trong quý II năm 2026; Sở Giáo dục và Đào tạo chủ trì xây dựng.", ["quý II năm 2026"])
Q("deadline", "Các xã, phường ở Tây Ninh báo cáo kết quả về Sở GD&ĐT vào những hạn nào?",
  [(TN, TN_RPT_XA)],
  "Báo cáo 6 tháng trước ngày 10 tháng 6 và báo cáo năm trước ngày 05 tháng 12 hằng năm.",
  ["10 tháng 6", "05 tháng 12"])
Q("deadline", "Sở Giáo dục và Đào tạo Tây Ninh phải báo cáo UBND tỉnh và Bộ GD&ĐT trước ngày nào hằng năm?",
  [(TN, TN_RPT_GD)],
  "Trước ngày 20 tháng 12 hằng năm.", ["20 tháng 12"])
Q("deadline", "Kế hoạch Tây Ninh sơ kết giữa kỳ khi nào?",
  [(TN, TN_SOKET_Q), (TN, TN_SOKET)],
  "Sơ kết giữa kỳ vào quý IV năm 2028; báo cáo sơ kết giữa kỳ gửi trước ngày 15 tháng 11 năm 2028 (tổng kết vào quý "
  "IV năm 2030).", ["quý IV năm 2028", "15 tháng 11 năm 2028"])
Q("deadline", "Trung tâm học tập cộng đồng xã Đất Mũi phải báo cáo kết quả hoạt động trước ngày nào?",
  [(DM, DM_TT1), (DM, DM_TT2), (DM, DM_TT3)],
  "Trước ngày 20/11 hằng năm, báo cáo về Phòng Văn hóa - Xã hội.", ["20/11"])
Q("deadline", "Hạn tổng hợp báo cáo 6 tháng và cả năm của xã Đất Mũi?",
  [(DM, DM_RPT)],
  "Phòng Văn hóa - Xã hội tổng hợp kết quả 6 tháng trước ngày 15/6 và cả năm trước ngày 30/11 hằng năm, báo cáo UBND "
  "xã và Sở Giáo dục và Đào tạo tỉnh Cà Mau.", ["15/6", "30/11"])
Q("deadline", "Văn phòng HĐND và UBND xã Đất Mũi phải bố trí kinh phí vào thời gian nào?",
  [(DM, DM_VP1), (DM, DM_VP2)],
  "Tháng 12 hằng năm: tham mưu bố trí kinh phí trong dự toán ngân sách xã.", ["Tháng 12"])

# ================================================================ funding (8)
Q("funding", "Tổng kinh phí kế hoạch xây dựng xã hội học tập Tây Ninh 2026-2030 là bao nhiêu?",
  [(TN, TN_TOTAL)],
  "Dự kiến 58.400 triệu đồng (Năm mươi tám tỷ bốn trăm triệu đồng): ngân sách tỉnh 31.200, ngân sách cấp xã 17.600, "
  "xã hội hóa 9.600 triệu đồng.", ["58.400"])
Q("funding", "Ngân sách tỉnh Tây Ninh chi bao nhiêu cho kế hoạch này?",
  [(TN, TN_NST)],
  "Ngân sách tỉnh: 31.200 triệu đồng, bố trí trong dự toán chi sự nghiệp giáo dục, đào tạo hằng năm của các sở, ngành.",
  ["31.200"])
Q("funding", "Nguồn xã hội hóa trong kế hoạch Tây Ninh là bao nhiêu?",
  [(TN, TN_XHH)],
  "Nguồn xã hội hóa và các nguồn hợp pháp khác: 9.600 triệu đồng.", ["9.600"])
Q("funding", "Mỗi TTHTCĐ ở Tây Ninh được hỗ trợ bao nhiêu tiền hoạt động mỗi năm?",
  [(TN, TN_25)],
  "25 triệu đồng/năm, theo Nghị quyết số 58/NQ-HĐND ngày 26/9/2025 của HĐND tỉnh.", ["25 triệu"])
Q("funding", "Kế hoạch của xã Đất Mũi có tổng kinh phí bao nhiêu, từ những nguồn nào?",
  [(DM, DM_TOTAL)],
  "1.260 triệu đồng cho giai đoạn 2026 - 2030: ngân sách xã 780 triệu đồng; kinh phí tỉnh hỗ trợ Trung tâm học tập "
  "cộng đồng 300 triệu đồng (60 triệu đồng/năm); xã hội hóa 180 triệu đồng.", ["1.260", "780", "300", "180"])
Q("funding", "Năm 2026 xã Đất Mũi dành bao nhiêu kinh phí cho kế hoạch?",
  [(DM, DM_2026)],
  "Kinh phí năm 2026 là 240 triệu đồng.", ["240"])
Q("funding", "Tỉnh hỗ trợ TTHTCĐ xã Đất Mũi bao nhiêu?",
  [(DM, DM_TOTAL)],
  "Kinh phí tỉnh hỗ trợ cho Trung tâm học tập cộng đồng là 300 triệu đồng cả giai đoạn, tức 60 triệu đồng/năm.",
  ["300", "60 triệu"])
Q("funding", "Quỹ khuyến học xã Đất Mũi phải vận động được bao nhiêu mỗi năm?",
  [(DM, DM_QUY)],
  "Hội Khuyến học xã vận động xây dựng Quỹ khuyến học xã đạt ít nhất 50 triệu đồng mỗi năm.", ["50 triệu"])

# ================================================================ legal_basis (4)
Q("legal_basis", "Kế hoạch 3127/KH-UBND của Tây Ninh căn cứ vào những văn bản nào?",
  [(TN, TN_CC49), (TN, TN_CC1373), (TN, TN_CC44), (TN, TN_CC58)],
  "Luật Giáo dục 2019, Luật Giáo dục nghề nghiệp 2014; Kết luận số 49-KL/TW ngày 10/5/2019 của Ban Bí thư; Quyết định "
  "số 1373/QĐ-TTg ngày 30/7/2021; Thông tư số 44/2014/TT-BGDĐT; Nghị quyết số 58/NQ-HĐND ngày 26/9/2025 của HĐND tỉnh; "
  "và Tờ trình số 2816/TTr-SGDĐT của Sở GD&ĐT.",
  ["49-KL/TW", "1373/QĐ-TTg", "44/2014/TT-BGDĐT", "58/NQ-HĐND"])
Q("legal_basis", "Kế hoạch Tây Ninh được ban hành theo tờ trình nào của Sở GD&ĐT?",
  [(TN, TN_TTR)],
  "Theo Tờ trình số 2816/TTr-SGDĐT ngày 02 tháng 10 năm 2025 của Sở Giáo dục và Đào tạo.", ["2816/TTr-SGDĐT"])
Q("legal_basis", "Kế hoạch của xã Đất Mũi dựa trên những căn cứ nào?",
  [(DM, DM_CC1373), (DM, DM_CC214), (DM, DM_CC12)],
  "Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng; Kế hoạch số 214/KH-UBND ngày 05/12/2025 của UBND tỉnh Cà "
  "Mau; Nghị quyết số 12/NQ-HĐND ngày 22/01/2026 của HĐND xã Đất Mũi.",
  ["1373/QĐ-TTg", "214/KH-UBND", "12/NQ-HĐND"])
Q("legal_basis", "Kế hoạch Đất Mũi thực hiện theo kế hoạch nào của tỉnh Cà Mau?",
  [(DM, DM_CC214)],
  "Kế hoạch số 214/KH-UBND ngày 05/12/2025 của UBND tỉnh Cà Mau về xây dựng xã hội học tập tỉnh Cà Mau giai đoạn "
  "2026 - 2030.", ["214/KH-UBND", "05/12/2025"])

# ================================================================ purpose (3)
Q("purpose", "Mục đích của kế hoạch xây dựng xã hội học tập tỉnh Tây Ninh là gì?",
  [(TN, TN_MD), (TN, TN_MD2)],
  "Cụ thể hóa Đề án \"Xây dựng xã hội học tập giai đoạn 2021 - 2030\" phù hợp với điều kiện của tỉnh sau sắp xếp đơn "
  "vị hành chính và chính quyền địa phương hai cấp; tạo cơ hội cho mọi người dân học tập thường xuyên, học tập suốt "
  "đời, nâng cao dân trí, phát triển nguồn nhân lực; phát huy vai trò các cơ quan, đoàn thể và đẩy mạnh chuyển đổi số.",
  ["hai cấp", "học tập suốt đời", "nguồn nhân lực"])
Q("purpose", "Kế hoạch của xã Đất Mũi nhằm mục đích gì, hướng tới những đối tượng nào?",
  [(DM, DM_MD), (DM, DM_MD2)],
  "Tạo cơ hội cho mọi người dân, nhất là ngư dân, lao động nghề rừng, người dân tộc Khmer và người có hoàn cảnh khó "
  "khăn, được học tập thường xuyên, suốt đời; nâng cao dân trí, kỹ năng nghề, kỹ năng số, góp phần phát triển kinh tế "
  "biển và du lịch của xã.", ["ngư dân", "Khmer", "kinh tế biển"])
Q("purpose", "Kế hoạch Tây Ninh đặt ra yêu cầu gì khi triển khai?",
  [(TN, TN_YC), (TN, TN_YC2)],
  "Xác định xây dựng xã hội học tập là nhiệm vụ thường xuyên, lồng ghép với các chương trình; bảo đảm thiết thực, hiệu "
  "quả, tránh hình thức; triển khai có lộ trình, phân công rõ trách nhiệm, kiểm tra, đánh giá hằng năm.",
  ["tránh hình thức", "lộ trình"])

# ================================================================ task_section (4)
Q("task_section", "Phần nhiệm vụ về chuyển đổi số trong kế hoạch Tây Ninh gồm những gì?",
  [(TN, TN_CONG), (TN, TN_BDHVS)],
  "Xây dựng và vận hành Cổng học tập trực tuyến tỉnh Tây Ninh trong quý II/2026; phát triển kho học liệu số dùng "
  "chung; triển khai phong trào \"Bình dân học vụ số\", bồi dưỡng kỹ năng số cơ bản cho người dân qua tổ công nghệ số "
  "cộng đồng ở ấp, khu phố.", ["Cổng học tập trực tuyến", "Bình dân học vụ số", "học liệu số"])
Q("task_section", "Tây Ninh tổ chức lớp xóa mù chữ ưu tiên cho những đồng bào nào?",
  [(TN, TN_KHMER)],
  "Ưu tiên người dân tộc Khmer, Chăm, Tà Mun ở các xã biên giới (nhiệm vụ 4. Đa dạng hóa nội dung, hình thức học tập).",
  ["Khmer", "Chăm", "Tà Mun"])
Q("task_section", "Đất Mũi nâng cao hiệu quả Trung tâm học tập cộng đồng bằng cách nào?",
  [(DM, DM_DIEMHOC)],
  "Kiện toàn Ban Giám đốc Trung tâm sau sắp xếp, bố trí điểm học tại ấp Mũi và ấp Khai Long; lồng ghép hoạt động với "
  "nhà văn hóa ấp và điểm bưu điện văn hóa xã.", ["ấp Mũi", "Khai Long"])
Q("task_section", "Kế hoạch Đất Mũi có nội dung gì về du lịch?",
  [(DM, DM_DULICH)],
  "Mở lớp hướng dẫn nghiệp vụ du lịch cộng đồng cho các hộ làm du lịch tại khu vực Mũi Cà Mau; Phòng Kinh tế hướng dẫn "
  "hộ làm du lịch cộng đồng; TTHTCĐ có chuyên đề du lịch cộng đồng.", ["du lịch cộng đồng", "Mũi Cà Mau"])

# ================================================================ cross_plan (6)
Q("cross_plan", "So sánh chỉ tiêu gia đình học tập năm 2030 của tỉnh Tây Ninh và xã Đất Mũi.",
  [(TN, TN_GD), (DM, DM_Y30)],
  "Tây Ninh: 78% hộ gia đình đạt \"Gia đình học tập\" năm 2030; xã Đất Mũi: 76%. Tây Ninh cao hơn 2 điểm phần trăm.",
  ["78%", "76%"])
Q("cross_plan", "Chỉ tiêu kỹ năng số cơ bản năm 2030 ở Tây Ninh và Đất Mũi khác nhau thế nào?",
  [(TN, TN_KNS), (DM, DM_Y30B)],
  "Tây Ninh: 75% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản năm 2030; Đất Mũi: 70%.", ["75%", "70%"])
Q("cross_plan", "Hạn báo cáo năm lên cấp trên: Tây Ninh so với Hà Nội?",
  [(TN, TN_RPT_GD), (HN, "báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12")],
  "Tây Ninh: Sở GD&ĐT tổng hợp, báo cáo UBND tỉnh và Bộ GD&ĐT trước ngày 20 tháng 12 hằng năm; Hà Nội: các đơn vị báo "
  "cáo UBND Thành phố trước ngày 01 tháng 12 (qua Sở GD&ĐT).", ["20 tháng 12", "01 tháng 12"])
Q("cross_plan", "Các sở ngành ở Tây Ninh và các đơn vị ở Huế phải gửi báo cáo về Sở GD&ĐT trước ngày nào?",
  [(TN, TN_RPT_SO), (HUE, "gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026")],
  "Tây Ninh: các sở, ban, ngành báo cáo Sở GD&ĐT trước ngày 10 tháng 12 hằng năm; Huế: gửi báo cáo về Sở GD&ĐT trước "
  "ngày 15/12/2026.", ["10 tháng 12", "15/12/2026"])
Q("cross_plan", "Về xóa mù chữ mức độ 2, Tây Ninh và Mỹ Lộc đặt mục tiêu gì?",
  [(TN, TN_BC), (ML, "Duy trì 100% các xã, thị trấn đạt chuẩn xóa mù chữ mức độ 2")],
  "Tây Ninh đặt tỷ lệ người 15-60 tuổi đạt chuẩn biết chữ mức độ 2: 98,2% (2026), 98,8% (2028), 99,5% (2030); Mỹ Lộc "
  "duy trì 100% các xã, thị trấn đạt chuẩn xóa mù chữ mức độ 2.", ["99,5%", "100%"])
Q("cross_plan", "Đất Mũi và Cần Thơ đặt mục tiêu biết chữ mức độ 2 như thế nào?",
  [(DM, DM_Y30B), (CT, "100% quận, huyện đạt chuẩn xóa mù chữ mức độ 2")],
  "Đất Mũi: 99% người trong độ tuổi 15-60 đạt chuẩn biết chữ mức độ 2 vào năm 2030; Cần Thơ: 100% quận, huyện đạt "
  "chuẩn xóa mù chữ mức độ 2.", ["99%", "100%"])

# ================================================================ no_diacritics (6)
Q("no_diacritics", "so gd&dt tay ninh la co quan thuong truc thi phai lam nhung gi",
  [(TN, TN_SGD), (TN, TN_SGD2)],
  "Sở Giáo dục và Đào tạo là cơ quan thường trực: chủ trì, phối hợp triển khai Kế hoạch; hướng dẫn các trung tâm "
  "GDNN-GDTX và TTHTCĐ đổi mới nội dung, phương thức; chủ trì xây dựng Cổng học tập trực tuyến tỉnh Tây Ninh và kho "
  "học liệu số dùng chung; theo dõi, tổng hợp, báo cáo UBND tỉnh và Bộ GD&ĐT.",
  ["thường trực", "Cổng học tập trực tuyến"])
Q("no_diacritics", "dat mui nam 2026 bao nhieu phan tram ho dat gia dinh hoc tap",
  [(DM, DM_Y26)], "Năm 2026: 65% hộ gia đình đạt danh hiệu \"Gia đình học tập\".", ["65%"])
Q("no_diacritics", "tay ninh tong kinh phi ke hoach xhht 2026 2030 bao nhieu",
  [(TN, TN_TOTAL)], "Tổng kinh phí dự kiến 58.400 triệu đồng.", ["58.400"])
Q("no_diacritics", "ban chi huy quan su xa dat mui duoc giao viec gi",
  [(DM, DM_QS1), (DM, DM_QS2)],
  "Ban Chỉ huy Quân sự xã phối hợp bồi dưỡng kiến thức quốc phòng và an ninh; vận động thanh niên trong độ tuổi tham "
  "gia học tập (hằng năm).", ["quốc phòng", "thanh niên"])
Q("no_diacritics", "so van hoa the thao du lich tay ninh nhiem vu gi",
  [(TN, TN_VH)],
  "Sở VH-TT&DL chủ trì phát triển hệ thống thư viện công cộng, văn hóa đọc; hướng dẫn gắn \"Gia đình học tập\", "
  "\"Cộng đồng học tập\" với \"Gia đình văn hóa\", \"Ấp, khu phố văn hóa\"; tổ chức học tập tại Khu di tích lịch sử - "
  "văn hóa và các bảo tàng.", ["thư viện", "văn hóa đọc"])
Q("no_diacritics", "phong kinh te xa dat mui phu trach gi",
  [(DM, DM_KT1), (DM, DM_KT2), (DM, DM_KT3)],
  "Phòng Kinh tế phối hợp tổ chức tập huấn nuôi tôm - rừng, nuôi sò huyết, cua biển; hướng dẫn hộ làm du lịch cộng "
  "đồng (quý II hằng năm).", ["nuôi tôm", "du lịch cộng đồng", "Quý II"])

# ================================================================ abbreviation (6)
Q("abbreviation", "VP HĐND-UBND xã Đất Mũi được giao gì?",
  [(DM, DM_VP1), (DM, DM_VP2), (DM, DM_VP3)],
  "Văn phòng HĐND và UBND tham mưu bố trí kinh phí trong dự toán ngân sách xã; cập nhật thông tin về học tập suốt đời "
  "trên Trang thông tin điện tử xã (tháng 12 hằng năm).", ["kinh phí", "Trang thông tin điện tử"])
Q("abbreviation", "HKH tỉnh TN được đề nghị làm gì trong KH 3127?",
  [(TN, TN_HKH), (TN, TN_HKH2)],
  "Đề nghị Hội Khuyến học tỉnh chủ trì phát động phong trào khuyến học, khuyến tài; hướng dẫn đánh giá, công nhận các "
  "danh hiệu học tập; vận động xây dựng Quỹ khuyến học các cấp.", ["khuyến học, khuyến tài", "Quỹ khuyến học"])
Q("abbreviation", "UBMTTQ VN tỉnh Tây Ninh được đề nghị gì?",
  [(TN, TN_MTTQ), (TN, TN_MTTQ2)],
  "Đề nghị Ủy ban MTTQ Việt Nam tỉnh chỉ đạo Hội LHPN, Hội Nông dân, Hội CCB, Đoàn TNCS Hồ Chí Minh tỉnh vận động đoàn "
  "viên, hội viên học tập suốt đời; lồng ghép tiêu chí học tập trong cuộc vận động \"Toàn dân đoàn kết xây dựng nông "
  "thôn mới, đô thị văn minh\".", ["Hội Nông dân", "nông thôn mới"])
Q("abbreviation", "TTHTCĐ xã Đất Mũi làm gì, hạn BC khi nào?",
  [(DM, DM_TT1), (DM, DM_TT2), (DM, DM_TT3)],
  "Trung tâm học tập cộng đồng xã tổ chức các chuyên đề, lớp học theo nhu cầu người dân; mở lớp xóa mù chữ tại ấp Rạch "
  "Tàu và ấp Mũi; báo cáo kết quả hoạt động về Phòng Văn hóa - Xã hội trước ngày 20/11 hằng năm.",
  ["xóa mù chữ", "Rạch Tàu", "20/11"])
Q("abbreviation", "Sở NN&MT tỉnh TN phối hợp làm gì?",
  [(TN, TN_NN)],
  "Sở Nông nghiệp và Môi trường phối hợp với các TTHTCĐ tập huấn, chuyển giao khoa học kỹ thuật trong trồng trọt, chăn "
  "nuôi, nuôi trồng thủy sản; ứng dụng nông nghiệp công nghệ cao, chuyển đổi số trong sản xuất nông nghiệp.",
  ["thủy sản", "công nghệ cao"])
Q("abbreviation", "TT PVHCC xã Đất Mũi có nv gì trong KH 36?",
  [(DM, DM_PV1), (DM, DM_PV2), (DM, DM_PV3)],
  "Trung tâm Phục vụ hành chính công xã hướng dẫn người dân nộp hồ sơ dịch vụ công trực tuyến, sử dụng tài khoản định "
  "danh điện tử tại bộ phận một cửa (thường xuyên).", ["dịch vụ công trực tuyến", "một cửa"])

# ================================================================ paraphrase (4)
Q("paraphrase", "Tới cuối giai đoạn, Tây Ninh mong có bao nhiêu phần trăm dòng họ được công nhận là dòng họ học tập?",
  [(TN, TN_DH)], "Năm 2030: 62% dòng họ đạt danh hiệu \"Dòng họ học tập\" (50% năm 2026, 56% năm 2028).", ["62%"])
Q("paraphrase", "Ở Đất Mũi, bộ phận nào lo đưa tiền cho kế hoạch vào dự toán của xã?",
  [(DM, DM_VP1), (DM, DM_VP2)],
  "Văn phòng HĐND và UBND xã tham mưu bố trí kinh phí trong dự toán ngân sách xã (tháng 12 hằng năm).",
  ["Văn phòng HĐND và UBND"])
Q("paraphrase", "Công chức xã ở Tây Ninh tới năm cuối kế hoạch có phải tất cả đều được học kỹ năng số không?",
  [(TN, TN_CB)],
  "Có: tỷ lệ cán bộ, công chức cấp xã được bồi dưỡng kỹ năng chuyển đổi số và kỹ năng phục vụ người dân là 100% năm "
  "2030 (80% năm 2026, 90% năm 2028).", ["100%"])
Q("paraphrase", "Đất Mũi tính mở lớp dạy chữ cho bà con ở đâu, mấy lớp năm đầu?",
  [(DM, DM_Y26), (DM, DM_TT3)],
  "Năm 2026 mở ít nhất 02 lớp xóa mù chữ cho người dân ở các ấp ven biển; Trung tâm học tập cộng đồng mở lớp xóa mù chữ "
  "tại ấp Rạch Tàu và ấp Mũi.", ["02 lớp", "Rạch Tàu"])

# ================================================================ english (22)
Q("english", "What is Tay Ninh's 2030 target for households recognised as learning families?",
  [(TN, TN_GD)], "78% of households by 2030 (68% in 2026, 73% in 2028).", ["78%"])
Q("english", "Who signed Tay Ninh's plan 3127/KH-UBND?",
  [(TN, TN_SIGN)], "Vice Chairwoman Nguyễn Thị Thanh Tuyền signed it on behalf of the Chairman (KT. CHỦ TỊCH / PHÓ CHỦ "
  "TỊCH).", ["Nguyễn Thị Thanh Tuyền"])
Q("english", "What is the total budget of Tay Ninh's 2026-2030 learning society plan?",
  [(TN, TN_TOTAL), (TN, TN_NST), (TN, TN_NSX), (TN, TN_XHH)],
  "58,400 million VND: 31,200 million from the provincial budget, 17,600 million from commune budgets and 9,600 "
  "million from socialisation.", ["58", "400"])
Q("english", "By when must Tay Ninh's communes and wards issue their own plans?",
  [(TN, TN_UBX)], "Before 31 December 2025.", ["31", "2025"])
Q("english", "What literacy level 2 rate among ethnic minority people aged 15-60 does Tay Ninh target for 2030?",
  [(TN, TN_DT)], "97% by 2030 (93% in 2026, 95% in 2028).", ["97%"])
Q("english", "How many participants per year should Tay Ninh's community learning centres reach in 2028?",
  [(TN, TN_LUOT)], "200,000 participants per year in 2028 (180,000 in 2026, 220,000 in 2030).", ["200"])
Q("english", "How much does each community learning centre in Tay Ninh receive per year?",
  [(TN, TN_25)], "25 million VND per year, under resolution 58/NQ-HĐND.", ["25"])
Q("english", "What share of commune officials in Tay Ninh should be trained in digital transformation skills in 2026?",
  [(TN, TN_CB)], "80% in 2026 (90% in 2028, 100% in 2030).", ["80%"])
Q("english", "When should Tay Ninh's online learning portal go live?",
  [(TN, TN_CONG)], "In the second quarter (quý II) of 2026.", ["2026"])
Q("english", "Which ethnic groups are literacy classes in Tay Ninh aimed at?",
  [(TN, TN_KHMER)], "Khmer, Cham (Chăm) and Ta Mun (Tà Mun) people in the border communes.", ["Khmer"])
Q("english", "What is the plan number of Tay Ninh's plan and which submission is it based on?",
  [(TN, TN_SO), (TN, TN_TTR)], "Plan 3127/KH-UBND of 14 October 2025, issued on submission 2816/TTr-SGDĐT of the "
  "Department of Education and Training.", ["3127/KH-UBND", "2816/TTr-SGDĐT"])
Q("english", "When is the mid-term review report of Tay Ninh's plan due?",
  [(TN, TN_SOKET)], "Before 15 November 2028 (final report before 15 November 2030).", ["15", "2028"])
Q("english", "What is Dat Mui commune's budget for 2026-2030 and where does it come from?",
  [(DM, DM_TOTAL)], "1,260 million VND: 780 million from the commune budget, 300 million of provincial support for "
  "the community learning centre (60 million a year) and 180 million from socialisation.", ["780", "180"])
Q("english", "What share of Dat Mui residents aged 15+ should have basic digital skills in 2028?",
  [(DM, DM_Y28)], "55% in 2028.", ["55%"])
Q("english", "Who signed the Dat Mui plan?",
  [(DM, DM_SIGN1), (DM, DM_SIGN2)], "Chairman Lý Hoàng Nghĩa, on behalf of the commune People's Committee (TM. ỦY BAN "
  "NHÂN DÂN / CHỦ TỊCH).", ["Lý Hoàng Nghĩa"])
Q("english", "At what time was the Dat Mui plan digitally signed?",
  [(DM, DM_ESIG)], "On 09.02.2026 at 16:05:27 (+07:00), according to the electronic signature box.", ["16:05"])
Q("english", "By what date each year must hamlet heads in Dat Mui finish listing illiterate people?",
  [(DM, DM_TA1), (DM, DM_TA2)], "Before 31/3 (31 March) each year.", ["31"])
Q("english", "How much provincial support does Dat Mui's community learning centre get per year?",
  [(DM, DM_TOTAL)], "60 million VND per year (300 million over 2026-2030).", ["60"])
Q("english", "What is Dat Mui's budget for 2026?",
  [(DM, DM_2026)], "240 million VND.", ["240"])
Q("english", "What percentage of households in Dat Mui should be learning families in 2027?",
  [(DM, DM_Y27)], "68% in 2027.", ["68%"])
Q("english", "What is the number and date of the Dat Mui plan?",
  [(DM, DM_SO)], "Plan 36/KH-UBND dated 9 February 2026 (09/02/2026).", ["36/KH-UBND"])
Q("english", "How many topics a year must Dat Mui's community learning centre hold?",
  [(DM, DM_8CD)], "At least 8 topics a year (aquaculture, mangrove protection, community tourism, law, digital "
  "skills).", ["8"])

# ================================================================ follow_up (24)
Q("follow_up", "Còn năm 2030?",
  [(TN, TN_GD)], "Năm 2030 là 78% hộ gia đình đạt danh hiệu \"Gia đình học tập\".", ["78%"],
  ["Tây Ninh đặt chỉ tiêu gia đình học tập năm 2026 bao nhiêu?", "Năm 2026: 68% hộ gia đình đạt danh hiệu \"Gia đình học tập\"."])
Q("follow_up", "còn năm 2030?",
  [(DM, DM_Y30B)], "Năm 2030 xã Đất Mũi đặt 70% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản.", ["70%"],
  ["Đất Mũi năm 2026 chỉ tiêu kỹ năng số bao nhiêu?", "Năm 2026: 40% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản."])
Q("follow_up", "Còn Sở Y tế?",
  [(TN, TN_YT)], "Sở Y tế chỉ đạo các cơ sở y tế phối hợp với TTHTCĐ tổ chức chuyên đề chăm sóc sức khỏe ban đầu, dinh "
  "dưỡng, phòng chống dịch bệnh cho người dân.", ["sức khỏe ban đầu", "dinh dưỡng"],
  ["Công an tỉnh Tây Ninh làm gì trong kế hoạch?", "Công an tỉnh chỉ đạo công an xã, phường tuyên truyền pháp luật, "
   "phòng chống lừa đảo trên không gian mạng và hướng dẫn dùng VNeID."])
Q("follow_up", "Thế ở xã Đất Mũi thì sao?",
  [(DM, DM_TOTAL)], "Ở Đất Mũi, tỉnh hỗ trợ Trung tâm học tập cộng đồng 300 triệu đồng cả giai đoạn, tức 60 triệu "
  "đồng/năm.", ["60 triệu"],
  ["Tây Ninh hỗ trợ mỗi TTHTCĐ bao nhiêu một năm?", "25 triệu đồng/năm."])
Q("follow_up", "Vậy xã Đất Mũi năm 2028 có bao nhiêu ấp đạt cộng đồng học tập?",
  [(DM, DM_Y28)], "Năm 2028: 6/9 ấp đạt danh hiệu \"Cộng đồng học tập\".", ["6/9"],
  ["Kế hoạch của xã Viên An có chỉ tiêu gì?", REFUSE])
Q("follow_up", "Thế hạn báo cáo năm của các sở là ngày nào?",
  [(TN, TN_RPT_SO)], "Các sở, ban, ngành tỉnh báo cáo kết quả năm về Sở GD&ĐT trước ngày 10 tháng 12 hằng năm.",
  ["10 tháng 12"],
  ["Tây Ninh xử phạt đơn vị chậm báo cáo thế nào?", REFUSE])
Q("follow_up", "Còn Ban CHQS xã?",
  [(DM, DM_QS1), (DM, DM_QS2)], "Ban Chỉ huy Quân sự xã phối hợp bồi dưỡng kiến thức quốc phòng và an ninh, vận động "
  "thanh niên trong độ tuổi tham gia học tập (hằng năm).", ["quốc phòng", "thanh niên"],
  ["Công an xã Đất Mũi làm gì?", "Tuyên truyền phòng chống lừa đảo trên không gian mạng; hướng dẫn kích hoạt tài khoản "
   "định danh điện tử mức độ 2."])
Q("follow_up", "Trong đó ngân sách cấp xã bao nhiêu?",
  [(TN, TN_NSX)], "Ngân sách cấp xã: 17.600 triệu đồng.", ["17.600"],
  ["Tây Ninh tổng kinh phí kế hoạch bao nhiêu?", "58.400 triệu đồng."])
Q("follow_up", "Còn kế hoạch Đất Mũi ai ký?",
  [(DM, DM_SIGN1), (DM, DM_SIGN2)], "Kế hoạch Đất Mũi do Chủ tịch UBND xã Lý Hoàng Nghĩa ký (TM. ỦY BAN NHÂN DÂN / CHỦ "
  "TỊCH).", ["Lý Hoàng Nghĩa"],
  ["Ai ký kế hoạch Tây Ninh?", "KT. Chủ tịch, Phó Chủ tịch Nguyễn Thị Thanh Tuyền."])
Q("follow_up", "Hạn của việc đó là khi nào?",
  [(DM, DM_VH1), (DM, DM_VH2)], "Trước ngày 15/01 hằng năm.", ["15/01"],
  ["Phòng Văn hóa - Xã hội xã Đất Mũi có nhiệm vụ gì?", "Tham mưu UBND xã ban hành kế hoạch hằng năm; hướng dẫn, theo "
   "dõi, tổng hợp kết quả; tham mưu công nhận danh hiệu học tập."])
Q("follow_up", "Còn năm 2030?",
  [(TN, TN_LD2)], "Năm 2030: 80% người lao động được học tập nâng cao trình độ, kỹ năng nghề nghiệp, kỹ năng số.",
  ["80%"],
  ["Bảng 1 Tây Ninh: chỉ tiêu người lao động trong doanh nghiệp năm 2026?", "65%."])
Q("follow_up", "And for 2030?",
  [(TN, TN_KNS)], "75% of people aged 15 and over with basic digital skills by 2030.", ["75%"],
  ["What is Tay Ninh's basic digital skills target for 2026?", "50% of people aged 15 and over."])
Q("follow_up", "What is its deadline for the annual results report?",
  [(DM, DM_RPT)], "Phòng Văn hóa - Xã hội compiles the annual results before 30/11 (the six-month ones before 15/6).",
  ["30"],
  ["Who is the standing body of the Dat Mui plan?", "Phòng Văn hóa - Xã hội (the Culture and Social Affairs Office)."])
Q("follow_up", "Còn Sở Tài chính?",
  [(TN, TN_STC)], "Sở Tài chính tham mưu UBND tỉnh bố trí kinh phí trong dự toán ngân sách hằng năm theo khả năng cân đối "
  "ngân sách; hướng dẫn quản lý, thanh quyết toán; huy động nguồn vốn hợp pháp.", ["dự toán", "cân đối ngân sách"],
  ["Sở Nội vụ Tây Ninh làm gì?", "Bồi dưỡng kỹ năng chuyển đổi số cho cán bộ, công chức; hướng dẫn công nhận \"Đơn vị "
   "học tập\"; đào tạo nghề; lồng ghép thi đua, khen thưởng."])
Q("follow_up", "Lớp xóa mù chữ do ai mở, ở ấp nào?",
  [(DM, DM_TT2), (DM, DM_TT3), (DM, DM_DBP)],
  "Trung tâm học tập cộng đồng xã mở lớp xóa mù chữ tại ấp Rạch Tàu và ấp Mũi; Đồn Biên phòng Đất Mũi được đề nghị phối "
  "hợp mở lớp cho ngư dân; giáo viên các trường tham gia dạy.", ["Rạch Tàu", "Đồn Biên phòng"],
  ["Xã Đất Mũi năm 2026 mở mấy lớp xóa mù chữ?", "Ít nhất 02 lớp cho người dân ở các ấp ven biển."])
Q("follow_up", "Còn ấp, khu phố?",
  [(TN, TN_CD)], "Năm 2028: 52% ấp, khu phố đạt danh hiệu \"Cộng đồng học tập\".", ["52%"],
  ["Tây Ninh dòng họ học tập năm 2028 bao nhiêu?", "56%."])
Q("follow_up", "Còn báo cáo 6 tháng?",
  [(TN, TN_RPT_XA)], "Báo cáo 6 tháng gửi Sở GD&ĐT trước ngày 10 tháng 6.", ["10 tháng 6"],
  ["Hạn UBND các xã, phường ở Tây Ninh báo cáo năm?", "Trước ngày 05 tháng 12 hằng năm."])
Q("follow_up", "Thế tổng kết cả giai đoạn thì sao?",
  [(TN, TN_SOKET_Q), (TN, TN_SOKET)], "Tổng kết vào quý IV năm 2030; báo cáo tổng kết trước ngày 15 tháng 11 năm 2030.",
  ["15 tháng 11 năm 2030"],
  ["Sở GD&ĐT Tây Ninh báo cáo UBND tỉnh khi nào?", "Trước ngày 20 tháng 12 hằng năm."])
Q("follow_up", "Thời hạn?",
  [(DM, DM_YT1), (DM, DM_YT2)], "Quý III hằng năm.", ["Quý III"],
  ["Trạm Y tế xã Đất Mũi làm gì?", "Tổ chức chuyên đề chăm sóc sức khỏe, phòng chống sốt xuất huyết, sơ cấp cứu trên "
   "biển tại TTHTCĐ."])
Q("follow_up", "Vậy chỉ tiêu gia đình học tập năm 2027 là bao nhiêu?",
  [(DM, DM_Y27)], "Năm 2027: 68% hộ gia đình đạt danh hiệu \"Gia đình học tập\".", ["68%"],
  ["Xã Đất Mũi hiện có bao nhiêu hộ gia đình?", REFUSE])
Q("follow_up", "còn năm 2028?",
  [(TN, TN_TT)], "Năm 2028: 45% TTHTCĐ được đánh giá, xếp loại Tốt.", ["45%"],
  ["Tây Ninh TTHTCĐ xếp loại Tốt năm 2026 bao nhiêu?", "35%."])
Q("follow_up", "Còn Trạm Y tế dạy gì cho họ?",
  [(DM, DM_YT2), (DM, DM_YT3)], "Trạm Y tế xã tổ chức chuyên đề chăm sóc sức khỏe, phòng chống sốt xuất huyết và sơ "
  "cấp cứu trên biển tại TTHTCĐ.", ["sơ cấp cứu"],
  ["Xã Đất Mũi: ngư dân được tập huấn gì?", "Năm 2028: 100% ngư dân đi biển dài ngày được tập huấn kỹ năng an toàn trên "
   "biển."])
Q("follow_up", "Ở xã Đất Mũi thì đơn vị biên phòng nào được đề nghị, làm gì?",
  [(DM, DM_DBP)], "Đồn Biên phòng Đất Mũi: phối hợp với TTHTCĐ xã mở lớp xóa mù chữ và tuyên truyền pháp luật về biển, "
  "đảo cho ngư dân.", ["Đồn Biên phòng Đất Mũi"],
  ["Bộ CHQS tỉnh Tây Ninh phối hợp với đơn vị nào?", "Với Bộ Chỉ huy Bộ đội Biên phòng tỉnh, để vận động người dân ở "
   "các xã biên giới đi học xóa mù chữ."])
Q("follow_up", "Còn năm 2030?",
  [(TN, TN_BC)], "Năm 2030: 99,5% người 15-60 tuổi đạt chuẩn biết chữ mức độ 2.", ["99,5%"],
  ["Tây Ninh năm 2026 tỷ lệ biết chữ mức độ 2 bao nhiêu?", "98,2%."])

# ================================================================ unanswerable (32)
U("Kế hoạch xây dựng xã hội học tập của tỉnh Cà Mau đặt chỉ tiêu gia đình học tập năm 2030 bao nhiêu?", REFUSE)
U("Xã Viên An có chỉ tiêu cộng đồng học tập năm 2026 là mấy ấp?", REFUSE)
U("Xã Tân Ân năm 2026 bố trí bao nhiêu kinh phí cho xã hội học tập?", REFUSE)
U("Xã Dương Minh Châu năm 2026 đặt chỉ tiêu gia đình học tập bao nhiêu?", REFUSE)
U("Kế hoạch của tỉnh Bạc Liêu giao Sở GD&ĐT nhiệm vụ gì?", REFUSE)
U("Đất Mũi đặt chỉ tiêu gia đình học tập năm 2029 là bao nhiêu?", REFUSE)
U("Tây Ninh chỉ tiêu dòng họ học tập năm 2027?", REFUSE)
U("Tây Ninh đặt tỷ lệ cơ quan, đơn vị đạt danh hiệu Đơn vị học tập là bao nhiêu?", REFUSE)
U("Xã Đất Mũi đặt chỉ tiêu dòng họ học tập bao nhiêu phần trăm?", REFUSE)
U("Hiện nay tỉnh Tây Ninh có bao nhiêu trung tâm học tập cộng đồng?", REFUSE)
U("Xã Đất Mũi hiện có bao nhiêu người mù chữ?", REFUSE)
U("Sở Công Thương Tây Ninh có nhiệm vụ gì trong kế hoạch xây dựng xã hội học tập?", REFUSE)
U("Phòng GD&ĐT được giao gì trong kế hoạch của xã Đất Mũi?", REFUSE)
U("Hội Người cao tuổi xã Đất Mũi làm gì theo kế hoạch?", REFUSE)
U("Trung tâm Phục vụ hành chính công có nhiệm vụ gì trong kế hoạch của tỉnh Tây Ninh?", REFUSE)
U("Sở Nội vụ có nhiệm vụ gì trong kế hoạch của xã Đất Mũi?", REFUSE)
U("Nghị quyết 58/NQ-HĐND của HĐND tỉnh Tây Ninh còn quy định những chính sách hỗ trợ nào khác?", REFUSE)
U("Kế hoạch 214/KH-UBND của UBND tỉnh Cà Mau do ai ký?", REFUSE)
U("Tờ trình 2816/TTr-SGDĐT đề xuất tổng kinh phí bao nhiêu?", REFUSE)
U("Xã, phường nào ở Tây Ninh không đạt chỉ tiêu thì bị xử lý thế nào?", REFUSE)
U("Tây Ninh chi bao nhiêu tiền để xây dựng Cổng học tập trực tuyến?", REFUSE)
U("Ngân sách tỉnh Tây Ninh năm 2027 bố trí bao nhiêu cho kế hoạch này?", REFUSE)
U("Đất Mũi năm 2028 bố trí kinh phí bao nhiêu?", REFUSE)
U("Năm 2025 Tây Ninh đạt bao nhiêu phần trăm gia đình học tập?", REFUSE)
U("What is Ca Mau province's learning-family target for 2030?", REFUSE_EN)
U("How many community learning centres does Tay Ninh currently have?", REFUSE_EN)
U("What penalties apply to Dat Mui hamlets that miss their targets?", REFUSE_EN)
U("Who signed Ca Mau's plan 214/KH-UBND?", REFUSE_EN)
U("Còn xã Năm Căn?", REFUSE,
  ["Đất Mũi năm 2030 chỉ tiêu gia đình học tập bao nhiêu?", "76% hộ gia đình đạt danh hiệu \"Gia đình học tập\"."])
U("Vậy giai đoạn 2031-2035 thì sao?", REFUSE,
  ["Tây Ninh tổng kinh phí kế hoạch bao nhiêu?", "58.400 triệu đồng cho giai đoạn 2026 - 2030."])
U("Còn năm 2035?", REFUSE,
  ["Tây Ninh gia đình học tập năm 2030?", "78%."])
U("Phòng Giáo dục và Đào tạo huyện Ngọc Hiển giao xã Đất Mũi nhiệm vụ gì?", REFUSE)

for i, q in enumerate(QS, 1):
    q["id"] = f"g30-{i:03d}"
with open(OUT, "w", encoding="utf-8") as f:
    for q in QS:
        f.write(unicodedata.normalize("NFC", json.dumps(q, ensure_ascii=False)) + "\n")
counts = {}
for q in QS:
    counts[q["type"]] = counts.get(q["type"], 0) + 1
print(len(QS), dict(sorted(counts.items())), "->", OUT)
