"""Write eval/sets/newplans20.jsonl (ids g20-001…). Spans are verbatim from the text as extracted (see check_sets.py).

    python eval/sets/src20/questions_src20.py
"""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "newplans20.jsonl")

BV = "bariavungtau_412-KH-UBND_2025.docx"
NC = "ngocchuc_15-KH-UBND_2025.txt"
XM = "xuyenmoc_127-KH-UBND_2024.pdf"
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

# Bà Rịa - Vũng Tàu: Bảng 1 rows as extracted (one cell a line; blank cells vanish after normalisation)
HEAD = "TT Chỉ tiêu Kế hoạch 2025 Thực hiện 2025 Tỷ lệ hoàn thành Chỉ tiêu 2026"
R_BC = "1 Tỷ lệ người từ 15 - 60 tuổi đạt chuẩn biết chữ mức độ 2 98,5% 98,7% 100,2% 98,9%"
R_CNTT = "2 Tỷ lệ người trong độ tuổi lao động được trang bị năng lực ứng dụng công nghệ thông tin 80% 76,4% 95,5% 84%"
R_KNS = "3 Tỷ lệ người trong độ tuổi lao động được trang bị kỹ năng sống 85% 86,2% 101,4% 88%"
R_GD = "4 Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình học tập” 75% 71,8% 95,7% 78%"
R_DH = "5 Tỷ lệ dòng họ đạt danh hiệu “Dòng họ học tập” 60% 62,5% 104,2% 65%"
R_CD = "6 Tỷ lệ khu phố, ấp đạt danh hiệu “Cộng đồng học tập” 70% 66,0% 94,3% 74%"
R_TT = "8 Số trung tâm học tập cộng đồng xếp loại Tốt 45 41 91,1% 50"
R_LUOT = "9 Số lượt người tham gia học tập tại trung tâm học tập cộng đồng 185.000 192.640 104,1% 200.000"
R_LD = "10 Tỷ lệ lao động qua đào tạo 74% 74,5% 100,7% 76%"
R_CDHT = "11 Tỷ lệ công dân đạt danh hiệu “Công dân học tập” 45% 38,9% 86,4% 50%"
R_KNSO = "12 Tỷ lệ người dân có kỹ năng số cơ bản 55%"
NOTE12 = "Ghi chú: chỉ tiêu 12 là chỉ tiêu mới, giao từ năm 2026."
COL26 = "Phấn đấu đạt các chỉ tiêu tại cột “Chỉ tiêu 2026” Bảng 1."
BV_KP = "Tổng kinh phí thực hiện Kế hoạch năm 2026 dự kiến 14.850 triệu đồng, trong đó:"
BV_KP1 = "- Ngân sách tỉnh: 8.600 triệu đồng;"
BV_KP2 = "- Ngân sách huyện, thị xã, thành phố: 4.250 triệu đồng;"
BV_KP3 = "- Nguồn xã hội hóa và các nguồn hợp pháp khác: 2.000 triệu đồng."
BV_TT = "hỗ trợ mỗi trung tâm học tập cộng đồng 20 triệu đồng/năm để tổ chức lớp chuyên đề và 1.500 triệu đồng để sửa chữa 12 trung tâm xuống cấp"
BV_KHCN = "Chủ trì triển khai nền tảng “Bà Rịa - Vũng Tàu học tập trực tuyến”, đưa vào vận hành trước ngày 30/6/2026"
BV_CA = "Chủ trì tuyên truyền pháp luật, phòng chống tội phạm trong các lớp chuyên đề; hướng dẫn người dân sử dụng ứng dụng VNeID."
BV_HKH1 = "Chủ trì đánh giá, công nhận danh hiệu “Công dân học tập”, “Dòng họ học tập”; hoàn thành việc công nhận trước ngày 31/10/2026."
BV_HKH2 = "Vận động Quỹ khuyến học, khuyến tài năm 2026 đạt ít nhất 28 tỷ đồng."
BV_NN = "Chủ trì tổ chức tập huấn chuyển giao kỹ thuật nuôi trồng thủy sản, khai thác hải sản bền vững cho ngư dân tại các trung tâm học tập cộng đồng ven biển."
BV_UBH1 = "Ban hành kế hoạch năm 2026 của địa phương trước ngày 31/01/2026, giao chỉ tiêu cho từng xã, phường, thị trấn."
BV_UBH2 = "Báo cáo kết quả 6 tháng trước ngày 15/6/2026 và báo cáo năm trước ngày 30/11/2026 về Sở Giáo dục và Đào tạo."
BV_GD1 = "Là cơ quan thường trực, chủ trì, phối hợp các sở, ngành, địa phương triển khai Kế hoạch; hướng dẫn các huyện, thị xã, thành phố xây dựng chỉ tiêu năm 2026."
BV_GD2 = "Chủ trì đánh giá xếp loại trung tâm học tập cộng đồng năm 2026, hoàn thành trước ngày 30/11/2026."
BV_GD3 = "Tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Giáo dục và Đào tạo kết quả thực hiện trước ngày 10/12/2026."
BV_TC = "Chủ trì, phối hợp Sở Giáo dục và Đào tạo tham mưu bố trí kinh phí năm 2026; thẩm định dự toán của các sở, ngành trước ngày 15/01/2026."
BV_VH = "Chủ trì xây dựng hệ thống thư viện, bảo tàng, nhà văn hóa phục vụ học tập; phát triển thư viện số của tỉnh."
BV_NV1 = "Chủ trì xây dựng mô hình “Đơn vị học tập” trong các cơ quan nhà nước; đưa tiêu chí học tập suốt đời vào đánh giá công chức, viên chức cuối năm."
BV_NV2 = "Chủ trì đào tạo nghề cho lao động nông thôn, người khuyết tật; báo cáo tỷ lệ lao động qua đào tạo trong quý IV/2026."
BV_HC = "Năm 2025 còn 05 chỉ tiêu chưa đạt kế hoạch (chỉ tiêu 2, 4, 6, 8 và 11)"
BV_1373 = "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”;"
BV_95 = "Căn cứ Kế hoạch số 95/KH-UBND ngày 12 tháng 5 năm 2022 của Ủy ban nhân dân tỉnh thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030” trên địa bàn tỉnh Bà Rịa - Vũng Tàu;"
BV_07 = "Căn cứ Chỉ thị số 07/CT-UBND ngày 18 tháng 3 năm 2025 của Chủ tịch Ủy ban nhân dân tỉnh về đẩy mạnh phong trào học tập suốt đời"
BV_SIGN = "Trần Văn Khải"

# Ngọc Chúc (Zalo text)
NC_GD = "✅ 82% hộ đạt GĐHT"
NC_CD = "✅ 7/9 ấp đạt CĐHT"
NC_BC = "✅ 97,5% người 15-60 tuổi biết chữ mức độ 2"
NC_KNS = "✅ 65% người trong độ tuổi LĐ có kỹ năng số cơ bản"
NC_LOP = "✅ Mở ít nhất 14 lớp chuyên đề, 1.800 lượt người học"
NC_KP = "✅ Tổng KP 2025: 245tr"
NC_KP1 = "- NS xã: 170tr"
NC_KP2 = "- XHH: 75tr"
NC_TT = "✅ Trong đó hỗ trợ TTHTCĐ 25tr/năm"
NC_12 = "✅ Lưu ý: công trình nâng cấp TTHTCĐ xã 1,2 tỷ là vốn NTM của huyện, không tính trong KH này"
NC_VHXH = "👉 CC VH-XH (Đ/c Tâm): tham mưu UBND xã triển khai KH; tổng hợp đăng ký GĐHT của các ấp trước 15/3; theo dõi chỉ tiêu, BC định kỳ"
NC_TTHT = "👉 TTHTCĐ xã: xây dựng chương trình học năm 2025 xong trước 28/2; mở lớp chuyên đề theo nhu cầu; BC số lớp, số lượt học viên hằng quý"
NC_TCKT = "👉 CC TC-KT: tham mưu bố trí KP, hướng dẫn thanh quyết toán; cấp KP cho TTHTCĐ theo quý"
NC_CA = "👉 CA xã: tuyên truyền pháp luật, ATGT, phòng chống ma túy tại lớp chuyên đề; hướng dẫn người dân cài đặt, sử dụng VNeID mức 2"
NC_QS = "👉 BCH QS xã: vận động thanh niên chuẩn bị nhập ngũ tham gia học tập, bồi dưỡng kiến thức QP-AN"
NC_HKH = "👉 Hội KH xã: chủ trì bình xét GĐHT, DHHT, CĐHT, \"Công dân học tập\", xong trước 30/11; vận động quỹ khuyến học ít nhất 60tr"
NC_HND = "👉 HND xã: mở 3 lớp tập huấn kỹ thuật cho nông dân, phối hợp TTHTCĐ"
NC_PN = "👉 HLHPN xã: vận động hội viên tham gia mô hình \"Phụ nữ học tập, gia đình học tập\""
NC_DTN = "👉 ĐTN xã: thành lập Tổ công nghệ số cộng đồng, hướng dẫn kỹ năng số cho người dân, xong đợt 1 trước cuối T5"
NC_CCB = "👉 Hội CCB xã: vận động hội viên gương mẫu học tập, tham gia CLB \"Cựu chiến binh học tập\""
NC_AP = "👉 Trưởng ấp (9 ấp): lập danh sách hộ đăng ký GĐHT gửi CC VH-XH trước 10/3; vận động người dân đi học"
NC_XMC = "👉 Rà soát người mù chữ, tái mù chữ; mở 01 lớp XMC tại ấp Ngọc Thới, khai giảng cuối T6"
NC_NH = "👉 Tổ chức Ngày hội học tập suốt đời cấp xã vào đầu T10 (trong Tuần lễ HTSĐ 01/10 - 07/10)"
NC_BC1 = "✅ Các bộ phận, đoàn thể BC 6 tháng gửi VP UBND xã trước 10/6"
NC_BC2 = "✅ BC năm trước 15/11"
NC_BC3 = "✅ UBND xã BC huyện (qua Phòng GD&ĐT) trước 20/11"
NC_48 = "Căn cứ KH số 48/KH-UBND ngày 20/01/2025 của UBND huyện Giồng Riềng về xây dựng XHHT năm 2025;"
NC_06 = "Căn cứ NQ số 06/NQ-HĐND ngày 27/12/2024 của HĐND xã về dự toán ngân sách xã năm 2025;"
NC_SIGN = "Huỳnh Văn Lợi"

# Xuyên Mộc (PDF: page 1 Tờ trình, pages 2+ Kế hoạch)
TTR_CT = "1. Đề xuất chỉ tiêu đến năm 2030: 85% hộ gia đình đạt danh hiệu “Gia đình học tập”; 80% ấp, khu phố đạt danh hiệu “Cộng đồng học tập”; 100% trung tâm học tập cộng đồng xếp loại Tốt."
TTR_KP = "2. Đề xuất tổng kinh phí giai đoạn 2024 - 2030 là 9.600 triệu đồng (ngân sách huyện 6.000 triệu đồng, ngân sách xã 2.400 triệu đồng, xã hội hóa 1.200 triệu đồng)."
TTR_BCD = "3. Đề xuất thành lập Ban Chỉ đạo xây dựng xã hội học tập huyện do Phó Chủ tịch Ủy ban nhân dân huyện làm Trưởng ban."
TTR_NO = "Số: 86/TTr-PGDĐT Xuyên Mộc, ngày 18 tháng 3 năm 2024"
TTR_SIGN = "Lê Thị Ngọc Hân"
XM_NO = "Số: 127/KH-UBND Xuyên Mộc, ngày 10 tháng 4 năm 2024"
XM_SIGN = "Đỗ Minh Quang"
XM_T25 = "1. Mục tiêu đến năm 2025"
XM_T30 = "2. Mục tiêu đến năm 2030"
XM_GD25 = "- 70% hộ gia đình đạt danh hiệu “Gia đình học tập”; 60% ấp, khu phố đạt danh hiệu “Cộng đồng học tập”."
XM_TT25 = "- 50% trung tâm học tập cộng đồng xếp loại Tốt."
XM_KNS25 = "- 70% người trong độ tuổi lao động được trang bị kỹ năng sống."
XM_BC30 = "- 99% người từ 15 - 60 tuổi đạt chuẩn biết chữ mức độ 2."
XM_GD30 = "- 80% hộ gia đình đạt danh hiệu “Gia đình học tập”; 75% ấp, khu phố đạt danh hiệu “Cộng đồng học tập”."
XM_KNS30 = "- 85% người trong độ tuổi lao động được trang bị kỹ năng sống; 80% được trang bị năng lực ứng dụng công nghệ thông tin."
XM_KP = "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2024 - 2030 là 7.200 triệu đồng, trong đó: ngân sách huyện 4.100 triệu đồng; ngân sách xã 1.900 triệu đồng; nguồn xã hội hóa 1.200 triệu đồng."
XM_TT = "Hằng năm, ngân sách huyện hỗ trợ mỗi trung tâm học tập cộng đồng 15 triệu đồng để tổ chức hoạt động."
XM_1373 = "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”;"
XM_95 = "Căn cứ Kế hoạch số 95/KH-UBND ngày 12/5/2022 của Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”;"
XM_XET = "Xét Tờ trình số 86/TTr-PGDĐT ngày 18/3/2024 của Phòng Giáo dục và Đào tạo"
XM_MD1 = "1. Phát triển các mô hình học tập, tạo cơ hội cho mọi người dân được học tập suốt đời, đặc biệt ở các xã vùng sâu Bàu Lâm, Tân Lâm, Hòa Hiệp và đồng bào dân tộc Chơ Ro."
XM_MD2 = "2. Gắn xây dựng xã hội học tập với xây dựng nông thôn mới nâng cao và phát triển du lịch sinh thái ven biển Bình Châu - Hồ Tràm."
XM_NV2 = "2. Củng cố 13 trung tâm học tập cộng đồng; mỗi trung tâm có ít nhất 01 cán bộ quản lý kiêm nhiệm được bồi dưỡng nghiệp vụ hằng năm."
XM_GDDT = "1. Phòng Giáo dục và Đào tạo: Là cơ quan thường trực; tham mưu Ủy ban nhân dân huyện triển khai Kế hoạch; hướng dẫn các xã, thị trấn xây dựng kế hoạch trước ngày 31/5/2024"
XM_NOIVU = "2. Phòng Nội vụ: Chủ trì xây dựng mô hình “Đơn vị học tập” tại các cơ quan huyện; thẩm định đề xuất thành lập Ban Chỉ đạo xây dựng xã hội học tập huyện, trình trong quý II/2024."
XM_LD = "3. Phòng Lao động - Thương binh và Xã hội: Chủ trì đào tạo nghề ngắn hạn cho lao động nông thôn, lao động ven biển; mỗi năm đào tạo ít nhất 600 người."
XM_TCKH = "4. Phòng Tài chính - Kế hoạch: Tham mưu bố trí kinh phí hằng năm theo Kế hoạch; hướng dẫn thanh quyết toán."
XM_VH = "5. Phòng Văn hóa và Thông tin: Chủ trì tuyên truyền; lồng ghép danh hiệu “Gia đình học tập” với “Gia đình văn hóa”; phát triển tủ sách cộng đồng ở các ấp."
XM_GDTX = "6. Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện: Tổ chức các lớp xóa mù chữ, bổ túc văn hóa và bồi dưỡng nghề cho người dân."
XM_CA = "7. Công an huyện: Tuyên truyền pháp luật tại các trung tâm học tập cộng đồng; hướng dẫn sử dụng ứng dụng VNeID."
XM_QS = "8. Ban Chỉ huy Quân sự huyện: Phối hợp bồi dưỡng kiến thức quốc phòng, an ninh cho các đối tượng tại trung tâm học tập cộng đồng."
XM_MT = "9. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể: Tuyên truyền, vận động đoàn viên, hội viên tham gia học tập; giám sát việc thực hiện Kế hoạch."
XM_HD = "11. Huyện đoàn: Thành lập đội thanh niên tình nguyện hướng dẫn kỹ năng số cho người dân tại 13 xã, thị trấn."
XM_XA = "12. Ủy ban nhân dân các xã, thị trấn: Xây dựng kế hoạch của địa phương trước ngày 30/6/2024"
XM_SK = "Phòng Giáo dục và Đào tạo tham mưu sơ kết vào năm 2027 và tổng kết vào năm 2030."

HUE_CD = "- 40% công dân đạt danh hiệu công dân học tập."
HUE_KNS = "- 80% số người trong độ tuổi lao động được trang bị kỹ năng sống."
CT_1373 = "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”"

# ---------------- agency_tasks 12
Q("agency_tasks", "Trong kế hoạch năm 2026 của tỉnh Bà Rịa - Vũng Tàu, Sở Khoa học và Công nghệ được giao gì?",
  [(BV, BV_KHCN)], "Sở Khoa học và Công nghệ chủ trì triển khai nền tảng “Bà Rịa - Vũng Tàu học tập trực tuyến”, đưa vào vận hành trước ngày 30/6/2026, và hướng dẫn Tổ công nghệ số cộng đồng phổ cập kỹ năng số.",
  ["học tập trực tuyến", "30/6/2026"])
Q("agency_tasks", "Sở Nội vụ tỉnh Bà Rịa - Vũng Tàu có nhiệm vụ gì năm 2026?",
  [(BV, BV_NV1), (BV, BV_NV2)], "Sở Nội vụ chủ trì xây dựng mô hình “Đơn vị học tập” trong các cơ quan nhà nước, đưa tiêu chí học tập suốt đời vào đánh giá công chức, viên chức; chủ trì đào tạo nghề cho lao động nông thôn, người khuyết tật và báo cáo tỷ lệ lao động qua đào tạo trong quý IV/2026.",
  ["Đơn vị học tập", "đào tạo nghề", "quý IV/2026"])
Q("agency_tasks", "Hội Khuyến học tỉnh Bà Rịa - Vũng Tàu được đề nghị làm những gì?",
  [(BV, BV_HKH1), (BV, BV_HKH2)], "Hội Khuyến học tỉnh chủ trì đánh giá, công nhận danh hiệu “Công dân học tập”, “Dòng họ học tập”, hoàn thành trước ngày 31/10/2026, và vận động Quỹ khuyến học, khuyến tài năm 2026 đạt ít nhất 28 tỷ đồng.",
  ["Công dân học tập", "31/10/2026", "28 tỷ"])
Q("agency_tasks", "Sở Nông nghiệp và Môi trường tỉnh Bà Rịa - Vũng Tàu làm gì trong kế hoạch xã hội học tập 2026?",
  [(BV, BV_NN)], "Sở Nông nghiệp và Môi trường chủ trì tập huấn chuyển giao kỹ thuật nuôi trồng thủy sản, khai thác hải sản bền vững cho ngư dân tại các trung tâm học tập cộng đồng ven biển.",
  ["thủy sản", "ngư dân"])
Q("agency_tasks", "Sở Văn hóa, Thể thao và Du lịch Bà Rịa - Vũng Tàu phụ trách việc gì?",
  [(BV, BV_VH)], "Sở Văn hóa, Thể thao và Du lịch chủ trì xây dựng hệ thống thư viện, bảo tàng, nhà văn hóa phục vụ học tập, phát triển thư viện số của tỉnh, và hướng dẫn lồng ghép danh hiệu “Gia đình học tập” với “Gia đình văn hóa”.",
  ["thư viện số", "Gia đình văn hóa"])
Q("agency_tasks", "Đoàn thanh niên xã Ngọc Chúc được phân công gì?",
  [(NC, NC_DTN)], "ĐTN xã thành lập Tổ công nghệ số cộng đồng, hướng dẫn kỹ năng số cho người dân, xong đợt 1 trước cuối tháng 5 (cuối T5).",
  ["Tổ công nghệ số cộng đồng", "cuối T5"])
Q("agency_tasks", "Công an xã Ngọc Chúc làm gì theo kế hoạch 15?",
  [(NC, NC_CA)], "CA xã tuyên truyền pháp luật, ATGT, phòng chống ma túy tại lớp chuyên đề và hướng dẫn người dân cài đặt, sử dụng VNeID mức 2.",
  ["ma túy", "VNeID mức 2"])
Q("agency_tasks", "Hội Nông dân xã Ngọc Chúc có nhiệm vụ gì?",
  [(NC, NC_HND)], "HND xã mở 3 lớp tập huấn kỹ thuật cho nông dân, phối hợp với TTHTCĐ.",
  ["3 lớp", "tập huấn kỹ thuật"])
Q("agency_tasks", "Phòng Lao động - Thương binh và Xã hội huyện Xuyên Mộc được giao gì?",
  [(XM, XM_LD)], "Phòng LĐ-TB&XH chủ trì đào tạo nghề ngắn hạn cho lao động nông thôn, lao động ven biển; mỗi năm đào tạo ít nhất 600 người.",
  ["đào tạo nghề ngắn hạn", "600"])
Q("agency_tasks", "Trung tâm GDNN-GDTX huyện Xuyên Mộc làm gì trong kế hoạch?",
  [(XM, XM_GDTX)], "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện tổ chức các lớp xóa mù chữ, bổ túc văn hóa và bồi dưỡng nghề cho người dân.",
  ["xóa mù chữ", "bổ túc văn hóa"])
Q("agency_tasks", "Ban Chỉ huy Quân sự huyện Xuyên Mộc có nhiệm vụ gì?",
  [(XM, XM_QS)], "Ban Chỉ huy Quân sự huyện phối hợp bồi dưỡng kiến thức quốc phòng, an ninh cho các đối tượng tại trung tâm học tập cộng đồng.",
  ["quốc phòng, an ninh"])
Q("agency_tasks", "Huyện đoàn Xuyên Mộc phải làm gì?",
  [(XM, XM_HD)], "Huyện đoàn thành lập đội thanh niên tình nguyện hướng dẫn kỹ năng số cho người dân tại 13 xã, thị trấn.",
  ["thanh niên tình nguyện", "kỹ năng số", "13"])

# ---------------- target 12
Q("target", "Năm 2025 tỉnh Bà Rịa - Vũng Tàu đạt tỷ lệ hộ gia đình học tập bao nhiêu?",
  [(BV, HEAD), (BV, R_GD)], "Thực hiện năm 2025: 71,8% hộ gia đình đạt danh hiệu “Gia đình học tập”, so với kế hoạch 75% (đạt 95,7%). Chỉ tiêu năm 2026 là 78%.",
  ["71,8%"])
Q("target", "Kế hoạch năm 2025 của tỉnh đặt chỉ tiêu công dân học tập bao nhiêu?",
  [(BV, HEAD), (BV, R_CDHT)], "Kế hoạch 2025 đặt 45% công dân đạt danh hiệu “Công dân học tập”; thực hiện chỉ đạt 38,9% (86,4%). Năm 2026 chỉ tiêu là 50%.",
  ["45%"])
Q("target", "Năm 2026 BR-VT phấn đấu tỷ lệ lao động qua đào tạo bao nhiêu?",
  [(BV, HEAD), (BV, R_LD)], "Chỉ tiêu năm 2026: 76% lao động qua đào tạo (năm 2025 kế hoạch 74%, thực hiện 74,5%).",
  ["76%"])
Q("target", "Năm 2025 tỉnh có bao nhiêu trung tâm học tập cộng đồng xếp loại Tốt so với kế hoạch?",
  [(BV, HEAD), (BV, R_TT)], "Năm 2025 có 41 trung tâm học tập cộng đồng xếp loại Tốt, so với kế hoạch 45 (đạt 91,1%); năm 2026 phấn đấu 50 trung tâm.",
  ["41", "45", "91,1%"])
Q("target", "Chỉ tiêu kỹ năng số cơ bản của người dân năm 2026 ở Bà Rịa - Vũng Tàu là bao nhiêu?",
  [(BV, R_KNSO), (BV, NOTE12)], "55% người dân có kỹ năng số cơ bản năm 2026; đây là chỉ tiêu mới, giao từ năm 2026 (không có kế hoạch và kết quả năm 2025).",
  ["55%"])
Q("target", "Năm 2025 tỉnh có những chỉ tiêu nào chưa đạt?",
  [(BV, BV_HC)], "Năm 2025 còn 05 chỉ tiêu chưa đạt kế hoạch: chỉ tiêu 2, 4, 6, 8 và 11 (năng lực ứng dụng CNTT, gia đình học tập, cộng đồng học tập, số TTHTCĐ xếp loại Tốt, công dân học tập).",
  ["2, 4, 6, 8 và 11"])
Q("target", "Năm 2026 mỗi huyện ở Bà Rịa - Vũng Tàu phải xây dựng bao nhiêu mô hình ấp, khu phố học tập số?",
  [(BV, "- Mỗi huyện, thị xã, thành phố xây dựng ít nhất 02 mô hình “Ấp, khu phố học tập số”.")],
  "Mỗi huyện, thị xã, thành phố xây dựng ít nhất 02 mô hình “Ấp, khu phố học tập số” trong năm 2026.", ["02"])
Q("target", "Xã Ngọc Chúc năm 2025 phấn đấu bao nhiêu ấp đạt cộng đồng học tập?",
  [(NC, NC_CD)], "Chỉ tiêu năm 2025: 7/9 ấp đạt danh hiệu Cộng đồng học tập (CĐHT).", ["7/9"])
Q("target", "Chỉ tiêu kỹ năng số của xã Ngọc Chúc năm 2025?",
  [(NC, NC_KNS)], "65% người trong độ tuổi lao động có kỹ năng số cơ bản.", ["65%"])
Q("target", "Xã Ngọc Chúc phải mở bao nhiêu lớp chuyên đề năm 2025?",
  [(NC, NC_LOP)], "Mở ít nhất 14 lớp chuyên đề với 1.800 lượt người học.", ["14", "1.800"])
Q("target", "Đến năm 2030 huyện Xuyên Mộc đặt mục tiêu bao nhiêu % hộ gia đình học tập?",
  [(XM, XM_T30), (XM, XM_GD30)], "Theo Kế hoạch 127/KH-UBND, đến năm 2030 có 80% hộ gia đình đạt danh hiệu “Gia đình học tập” (mức 85% chỉ là đề xuất của Tờ trình, không được giữ).",
  ["80%"])
Q("target", "Huyện Xuyên Mộc đặt mục tiêu trung tâm học tập cộng đồng xếp loại Tốt năm 2025 bao nhiêu?",
  [(XM, XM_T25), (XM, XM_TT25)], "Đến năm 2025: 50% trung tâm học tập cộng đồng xếp loại Tốt (năm 2030: 80%).", ["50%"])

# ---------------- deadline 8
Q("deadline", "UBND các huyện ở Bà Rịa - Vũng Tàu phải ban hành kế hoạch năm 2026 trước ngày nào?",
  [(BV, BV_UBH1)], "Trước ngày 31/01/2026, đồng thời giao chỉ tiêu cho từng xã, phường, thị trấn.", ["31/01/2026"])
Q("deadline", "Sở Giáo dục và Đào tạo tỉnh phải báo cáo kết quả năm 2026 khi nào?",
  [(BV, BV_GD3)], "Sở GD&ĐT tổng hợp, báo cáo UBND tỉnh và Bộ GD&ĐT kết quả thực hiện trước ngày 10/12/2026.", ["10/12/2026"])
Q("deadline", "Hạn thẩm định dự toán kinh phí xã hội học tập năm 2026 của Sở Tài chính là khi nào?",
  [(BV, BV_TC)], "Sở Tài chính thẩm định dự toán của các sở, ngành trước ngày 15/01/2026.", ["15/01/2026"])
Q("deadline", "Trưởng ấp ở Ngọc Chúc gửi danh sách hộ đăng ký gia đình học tập trước ngày nào?",
  [(NC, NC_AP), (NC, NC_VHXH)], "Trưởng ấp lập danh sách hộ đăng ký GĐHT gửi CC VH-XH trước 10/3; CC VH-XH tổng hợp đăng ký của các ấp trước 15/3.",
  ["10/3", "15/3"])
Q("deadline", "Lớp xóa mù chữ ở xã Ngọc Chúc khai giảng khi nào, ở đâu?",
  [(NC, NC_XMC)], "Mở 01 lớp XMC tại ấp Ngọc Thới, khai giảng cuối tháng 6 (cuối T6).", ["cuối T6", "Ngọc Thới"])
Q("deadline", "Xã Ngọc Chúc quy định báo cáo thế nào, hạn ngày nào?",
  [(NC, NC_BC1), (NC, NC_BC2), (NC, NC_BC3)], "Các bộ phận, đoàn thể báo cáo 6 tháng gửi VP UBND xã trước 10/6, báo cáo năm trước 15/11; UBND xã báo cáo huyện (qua Phòng GD&ĐT) trước 20/11.",
  ["10/6", "15/11", "20/11"])
Q("deadline", "Các xã, thị trấn của Xuyên Mộc phải xây dựng kế hoạch trước ngày nào?",
  [(XM, XM_XA)], "UBND các xã, thị trấn xây dựng kế hoạch của địa phương trước ngày 30/6/2024 (Phòng GD&ĐT hướng dẫn trước 31/5/2024).",
  ["30/6/2024"])
Q("deadline", "Kế hoạch Xuyên Mộc sơ kết, tổng kết vào năm nào?",
  [(XM, XM_SK)], "Phòng GD&ĐT tham mưu sơ kết vào năm 2027 và tổng kết vào năm 2030.", ["2027", "2030"])

# ---------------- funding 8
Q("funding", "Tổng kinh phí kế hoạch xã hội học tập năm 2026 của Bà Rịa - Vũng Tàu là bao nhiêu, từ nguồn nào?",
  [(BV, BV_KP), (BV, BV_KP1), (BV, BV_KP2), (BV, BV_KP3)], "Dự kiến 14.850 triệu đồng: ngân sách tỉnh 8.600 triệu đồng; ngân sách huyện, thị xã, thành phố 4.250 triệu đồng; xã hội hóa và nguồn hợp pháp khác 2.000 triệu đồng.",
  ["14.850", "8.600", "4.250", "2.000"])
Q("funding", "Năm 2026 tỉnh hỗ trợ mỗi trung tâm học tập cộng đồng bao nhiêu tiền?",
  [(BV, BV_TT)], "Trong ngân sách tỉnh, mỗi trung tâm học tập cộng đồng được hỗ trợ 20 triệu đồng/năm; ngoài ra 1.500 triệu đồng để sửa chữa 12 trung tâm xuống cấp.",
  ["20 triệu", "1.500"])
Q("funding", "Kinh phí năm 2025 của xã Ngọc Chúc cho xây dựng xã hội học tập bao nhiêu?",
  [(NC, NC_KP), (NC, NC_KP1), (NC, NC_KP2)], "Tổng kinh phí 2025 là 245tr (245 triệu đồng): ngân sách xã 170tr, xã hội hóa 75tr.",
  ["245", "170", "75"])
Q("funding", "TTHTCĐ xã Ngọc Chúc được hỗ trợ bao nhiêu một năm?",
  [(NC, NC_TT)], "TTHTCĐ được hỗ trợ 25tr/năm, nằm trong tổng kinh phí 245tr.", ["25tr"])
Q("funding", "Khoản 1,2 tỷ nâng cấp TTHTCĐ xã Ngọc Chúc có nằm trong kinh phí kế hoạch không?",
  [(NC, NC_12)], "Không. Công trình nâng cấp TTHTCĐ xã 1,2 tỷ là vốn NTM của huyện, không tính trong kế hoạch này (tổng kinh phí kế hoạch là 245tr).",
  ["1,2 tỷ", "không tính"])
Q("funding", "Kế hoạch xã hội học tập huyện Xuyên Mộc có tổng kinh phí bao nhiêu?",
  [(XM, XM_KP)], "Tổng kinh phí giai đoạn 2024 - 2030 là 7.200 triệu đồng: ngân sách huyện 4.100 triệu đồng, ngân sách xã 1.900 triệu đồng, xã hội hóa 1.200 triệu đồng.",
  ["7.200", "4.100", "1.900", "1.200"])
Q("funding", "Xuyên Mộc hỗ trợ mỗi trung tâm học tập cộng đồng bao nhiêu mỗi năm?",
  [(XM, XM_TT)], "Hằng năm ngân sách huyện hỗ trợ mỗi trung tâm học tập cộng đồng 15 triệu đồng.", ["15 triệu"])
Q("funding", "Tờ trình của Phòng GD&ĐT Xuyên Mộc đề xuất kinh phí bao nhiêu, kế hoạch được duyệt còn bao nhiêu?",
  [(XM, TTR_KP), (XM, XM_KP)], "Tờ trình 86/TTr-PGDĐT đề xuất 9.600 triệu đồng (ngân sách huyện 6.000, ngân sách xã 2.400, xã hội hóa 1.200 triệu đồng); Kế hoạch 127/KH-UBND được ban hành với 7.200 triệu đồng.",
  ["9.600", "7.200"])

# ---------------- legal_basis 4
Q("legal_basis", "Kế hoạch năm 2026 của tỉnh Bà Rịa - Vũng Tàu căn cứ những văn bản nào?",
  [(BV, BV_1373), (BV, BV_95), (BV, BV_07)], "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ; Kế hoạch số 95/KH-UBND ngày 12/5/2022 của UBND tỉnh; Chỉ thị số 07/CT-UBND ngày 18/3/2025 của Chủ tịch UBND tỉnh (và đề nghị của Sở GD&ĐT tại Tờ trình 2140/TTr-SGDĐT).",
  ["1373/QĐ-TTg", "95/KH-UBND", "07/CT-UBND"])
Q("legal_basis", "KH của xã Ngọc Chúc dựa trên văn bản nào của huyện?",
  [(NC, NC_48), (NC, NC_06)], "Căn cứ KH số 48/KH-UBND ngày 20/01/2025 của UBND huyện Giồng Riềng về xây dựng XHHT năm 2025 (và NQ số 06/NQ-HĐND ngày 27/12/2024 của HĐND xã về dự toán ngân sách).",
  ["48/KH-UBND"])
Q("legal_basis", "Kế hoạch Xuyên Mộc ban hành căn cứ vào đâu?",
  [(XM, XM_1373), (XM, XM_95), (XM, XM_XET)], "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021, Kế hoạch số 95/KH-UBND ngày 12/5/2022 của UBND tỉnh Bà Rịa - Vũng Tàu, và xét Tờ trình số 86/TTr-PGDĐT ngày 18/3/2024 của Phòng GD&ĐT.",
  ["1373/QĐ-TTg", "95/KH-UBND", "86/TTr-PGDĐT"])
Q("legal_basis", "Việc công nhận các danh hiệu học tập ở Bà Rịa - Vũng Tàu theo thông tư nào?",
  [(BV, "theo Thông tư số 44/2014/TT-BGDĐT và hướng dẫn của Hội Khuyến học Việt Nam")], "Theo Thông tư số 44/2014/TT-BGDĐT và hướng dẫn của Hội Khuyến học Việt Nam.",
  ["44/2014/TT-BGDĐT"])

# ---------------- purpose 3
Q("purpose", "Mục đích kế hoạch năm 2026 của Bà Rịa - Vũng Tàu là gì?",
  [(BV, "- Tiếp tục thực hiện có hiệu quả Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”, khắc phục các chỉ tiêu chưa đạt năm 2025."),
   (BV, "- Tạo cơ hội cho mọi người dân được học tập suốt đời, nâng cao dân trí, đáp ứng yêu cầu phát triển kinh tế biển, du lịch và công nghiệp của tỉnh.")],
  "Tiếp tục thực hiện hiệu quả Đề án giai đoạn 2021 - 2030, khắc phục các chỉ tiêu chưa đạt năm 2025; tạo cơ hội học tập suốt đời, nâng cao dân trí, đáp ứng yêu cầu phát triển kinh tế biển, du lịch và công nghiệp.",
  ["chỉ tiêu chưa đạt", "kinh tế biển"])
Q("purpose", "KH xã Ngọc Chúc nhằm mục đích gì?",
  [(NC, "✅ Nâng chất hoạt động TTHTCĐ, gắn học tập với sản xuất lúa, nuôi tôm càng xanh"), (NC, "✅ Giữ vững chuẩn xóa mù chữ mức độ 2 của xã")],
  "Đẩy mạnh học tập suốt đời trong nhân dân, cán bộ, công chức; nâng chất TTHTCĐ, gắn học tập với sản xuất lúa, nuôi tôm càng xanh; giữ vững chuẩn xóa mù chữ mức độ 2.",
  ["tôm càng xanh", "xóa mù chữ mức độ 2"])
Q("purpose", "Kế hoạch xã hội học tập huyện Xuyên Mộc hướng tới điều gì?",
  [(XM, XM_MD1), (XM, XM_MD2)], "Phát triển các mô hình học tập, tạo cơ hội học tập suốt đời, đặc biệt ở các xã vùng sâu Bàu Lâm, Tân Lâm, Hòa Hiệp và đồng bào Chơ Ro; gắn với nông thôn mới nâng cao và du lịch sinh thái ven biển Bình Châu - Hồ Tràm.",
  ["Chơ Ro", "Bình Châu - Hồ Tràm"])

# ---------------- task_section 4
Q("task_section", "Nhiệm vụ phát triển học tập số của tỉnh năm 2026 gồm gì?",
  [(BV, "- Triển khai nền tảng “Bà Rịa - Vũng Tàu học tập trực tuyến” cho các trung tâm học tập cộng đồng; phổ cập kỹ năng số cơ bản cho người dân thông qua Tổ công nghệ số cộng đồng.")],
  "Triển khai nền tảng “Bà Rịa - Vũng Tàu học tập trực tuyến” cho các trung tâm học tập cộng đồng và phổ cập kỹ năng số cơ bản thông qua Tổ công nghệ số cộng đồng.",
  ["học tập trực tuyến", "Tổ công nghệ số cộng đồng"])
Q("task_section", "Về xóa mù chữ năm 2026 tỉnh Bà Rịa - Vũng Tàu làm gì?",
  [(BV, "- Mở ít nhất 20 lớp xóa mù chữ, ưu tiên các xã có đồng bào dân tộc Chơ Ro và lao động trên tàu cá.")],
  "Mở ít nhất 20 lớp xóa mù chữ, ưu tiên các xã có đồng bào Chơ Ro và lao động trên tàu cá.", ["20 lớp", "tàu cá"])
Q("task_section", "Những nhiệm vụ chính của KH xã Ngọc Chúc năm 2025 là gì?",
  [(NC, "👉 Tuyên truyền qua loa truyền thanh xã, nhóm Zalo các ấp, ít nhất 2 tin/tháng"), (NC, NC_XMC),
   (NC, "👉 TTHTCĐ mở lớp chuyên đề trồng lúa chất lượng cao, nuôi tôm càng xanh trên ruộng lúa, an toàn thực phẩm"), (NC, NC_NH),
   (NC, "👉 Bình xét GĐHT, DHHT, CĐHT cuối năm")],
  "Tuyên truyền qua loa truyền thanh và nhóm Zalo các ấp (ít nhất 2 tin/tháng); rà soát mù chữ, mở 01 lớp XMC tại ấp Ngọc Thới (khai giảng cuối T6); TTHTCĐ mở lớp chuyên đề lúa chất lượng cao, tôm càng xanh, an toàn thực phẩm; Ngày hội học tập suốt đời đầu T10; bình xét GĐHT, DHHT, CĐHT cuối năm.",
  ["2 tin/tháng", "XMC", "Ngày hội học tập suốt đời"])
Q("task_section", "Nhiệm vụ củng cố trung tâm học tập cộng đồng của huyện Xuyên Mộc thế nào?",
  [(XM, XM_NV2)], "Củng cố 13 trung tâm học tập cộng đồng; mỗi trung tâm có ít nhất 01 cán bộ quản lý kiêm nhiệm được bồi dưỡng nghiệp vụ hằng năm.",
  ["13", "01 cán bộ"])

# ---------------- cross_plan 6
Q("cross_plan", "So sánh chỉ tiêu công dân học tập năm 2026 của Bà Rịa - Vũng Tàu và thành phố Huế.",
  [(BV, HEAD), (BV, R_CDHT), (HUE, HUE_CD)], "Bà Rịa - Vũng Tàu đặt 50% công dân đạt danh hiệu “Công dân học tập” năm 2026; kế hoạch năm 2026 của Huế đặt 40%.",
  ["50%", "40%"])
Q("cross_plan", "Tỷ lệ người lao động được trang bị kỹ năng sống năm 2026: Bà Rịa - Vũng Tàu và Huế mỗi nơi bao nhiêu?",
  [(BV, HEAD), (BV, R_KNS), (HUE, HUE_KNS)], "Bà Rịa - Vũng Tàu: 88% (năm 2025 đạt 86,2%); Huế: 80% số người trong độ tuổi lao động được trang bị kỹ năng sống.",
  ["88%", "80%"])
Q("cross_plan", "Kế hoạch tỉnh Bà Rịa - Vũng Tàu và kế hoạch huyện Xuyên Mộc cùng căn cứ kế hoạch nào của tỉnh?",
  [(BV, BV_95), (XM, XM_95)], "Cả hai cùng căn cứ Kế hoạch số 95/KH-UBND ngày 12/5/2022 của UBND tỉnh Bà Rịa - Vũng Tàu thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”.",
  ["95/KH-UBND"])
Q("cross_plan", "Chỉ tiêu gia đình học tập năm 2025 của huyện Xuyên Mộc so với kế hoạch 2025 của tỉnh thế nào?",
  [(XM, XM_T25), (XM, XM_GD25), (BV, HEAD), (BV, R_GD)], "Xuyên Mộc đặt 70% hộ gia đình học tập đến năm 2025; kế hoạch 2025 của tỉnh là 75% (tỉnh thực hiện được 71,8%).",
  ["70%", "75%"])
Q("cross_plan", "Mỗi trung tâm học tập cộng đồng được hỗ trợ bao nhiêu/năm ở Bà Rịa - Vũng Tàu, Xuyên Mộc và xã Ngọc Chúc?",
  [(BV, BV_TT), (XM, XM_TT), (NC, NC_TT)], "Bà Rịa - Vũng Tàu (2026): 20 triệu đồng/năm mỗi trung tâm; Xuyên Mộc: 15 triệu đồng mỗi trung tâm hằng năm; Ngọc Chúc: TTHTCĐ xã 25tr/năm.",
  ["20 triệu", "15 triệu", "25tr"])
Q("cross_plan", "Kế hoạch Bà Rịa - Vũng Tàu và kế hoạch của Cần Thơ cùng căn cứ quyết định nào của Thủ tướng?",
  [(BV, BV_1373), (CT, CT_1373)], "Cả hai căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”.",
  ["1373/QĐ-TTg"])

# ---------------- no_diacritics 4
Q("no_diacritics", "tong kinh phi ke hoach nam 2026 tinh ba ria vung tau bao nhieu",
  [(BV, BV_KP)], "Tổng kinh phí năm 2026 dự kiến 14.850 triệu đồng (ngân sách tỉnh 8.600, ngân sách huyện 4.250, xã hội hóa 2.000 triệu đồng).",
  ["14.850"])
Q("no_diacritics", "xa ngoc chuc giao hoi cuu chien binh lam gi",
  [(NC, NC_CCB)], "Hội CCB xã vận động hội viên gương mẫu học tập, tham gia CLB \"Cựu chiến binh học tập\".",
  ["Cựu chiến binh học tập"])
Q("no_diacritics", "ai ky ke hoach xa hoi hoc tap huyen xuyen moc",
  [(XM, XM_SIGN)], "Kế hoạch 127/KH-UBND do Chủ tịch UBND huyện Đỗ Minh Quang ký (TM. Ủy ban nhân dân). Tờ trình 86/TTr-PGDĐT kèm theo do Trưởng phòng GD&ĐT Lê Thị Ngọc Hân ký.",
  ["Đỗ Minh Quang"])
Q("no_diacritics", "nam 2025 tinh dat ty le lao dong qua dao tao bao nhieu",
  [(BV, HEAD), (BV, R_LD)], "Năm 2025 thực hiện 74,5% lao động qua đào tạo (kế hoạch 74%, đạt 100,7%).", ["74,5%"])

# ---------------- abbreviation 6
Q("abbreviation", "Sở GD&ĐT BR-VT có nhiệm vụ gì năm 2026?",
  [(BV, BV_GD1), (BV, BV_GD2), (BV, BV_GD3)], "Sở GD&ĐT là cơ quan thường trực, chủ trì triển khai Kế hoạch, hướng dẫn các huyện xây dựng chỉ tiêu 2026; chủ trì đánh giá xếp loại TTHTCĐ, xong trước 30/11/2026; tổng hợp báo cáo UBND tỉnh và Bộ GD&ĐT trước 10/12/2026.",
  ["thường trực", "30/11/2026", "10/12/2026"])
Q("abbreviation", "HLHPN xã Ngọc Chúc làm gì?",
  [(NC, NC_PN)], "HLHPN xã vận động hội viên tham gia mô hình \"Phụ nữ học tập, gia đình học tập\".",
  ["Phụ nữ học tập, gia đình học tập"])
Q("abbreviation", "CC TC-KT xã Ngọc Chúc phụ trách gì?",
  [(NC, NC_TCKT)], "Công chức TC-KT tham mưu bố trí kinh phí, hướng dẫn thanh quyết toán và cấp kinh phí cho TTHTCĐ theo quý.",
  ["thanh quyết toán", "theo quý"])
Q("abbreviation", "UBMTTQ huyện Xuyên Mộc được đề nghị gì?",
  [(XM, XM_MT)], "Đề nghị UBMTTQ Việt Nam huyện và các đoàn thể tuyên truyền, vận động đoàn viên, hội viên tham gia học tập và giám sát việc thực hiện Kế hoạch.",
  ["giám sát"])
Q("abbreviation", "Phòng TC-KH Xuyên Mộc làm gì?",
  [(XM, XM_TCKH)], "Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí hằng năm theo Kế hoạch và hướng dẫn thanh quyết toán.",
  ["bố trí kinh phí", "thanh quyết toán"])
Q("abbreviation", "BCH QS xã Ngọc Chúc được giao gì?",
  [(NC, NC_QS)], "BCH QS xã vận động thanh niên chuẩn bị nhập ngũ tham gia học tập, bồi dưỡng kiến thức QP-AN.",
  ["nhập ngũ", "QP-AN"])

# ---------------- paraphrase 3
Q("paraphrase", "Người lao động được học kỹ năng sống ở Bà Rịa - Vũng Tàu: năm ngoái làm được bao nhiêu, năm nay nhắm tới mức nào?",
  [(BV, HEAD), (BV, R_KNS)], "Năm 2025 thực hiện 86,2% (kế hoạch 85%, đạt 101,4%); chỉ tiêu năm 2026 là 88%.", ["86,2%", "88%"])
Q("paraphrase", "Ở xã Ngọc Chúc ai lo việc chấm các danh hiệu gia đình học tập, và phải xong lúc nào?",
  [(NC, NC_HKH)], "Hội Khuyến học xã chủ trì bình xét GĐHT, DHHT, CĐHT, \"Công dân học tập\", xong trước 30/11 (và vận động quỹ khuyến học ít nhất 60tr).",
  ["Hội KH", "30/11"])
Q("paraphrase", "Huyện Xuyên Mộc mỗi năm phải dạy nghề cho ít nhất bao nhiêu người?",
  [(XM, XM_LD)], "Phòng LĐ-TB&XH đào tạo nghề ngắn hạn cho lao động nông thôn, ven biển, mỗi năm ít nhất 600 người.", ["600"])

# ---------------- english 25
Q("english", "What is the total 2026 budget of the Bà Rịa - Vũng Tàu learning society plan and where does it come from?",
  [(BV, BV_KP), (BV, BV_KP1), (BV, BV_KP2), (BV, BV_KP3)], "14.850 million VND: 8.600 million from the provincial budget, 4.250 million from district budgets and 2.000 million from socialisation and other lawful sources.",
  ["850", "600", "250"])
Q("english", "What share of households were learning families in Bà Rịa - Vũng Tàu in 2025, against the target?",
  [(BV, HEAD), (BV, R_GD)], "71,8% of households achieved the “Gia đình học tập” title in 2025 against a 2025 target of 75% (95,7% completion); the 2026 target is 78%.",
  ["71", "75"])
Q("english", "What is the province's 2026 target for trained workers?",
  [(BV, HEAD), (BV, R_LD)], "76% of workers trained in 2026 (2025: target 74%, result 74,5%).", ["76"])
Q("english", "Which indicators missed their 2025 targets in Bà Rịa - Vũng Tàu?",
  [(BV, BV_HC)], "Five indicators missed: numbers 2, 4, 6, 8 and 11 of Table 1 (ICT skills, learning families, learning communities, community learning centres rated Good, learning citizens).",
  ["4", "11"])
Q("english", "Who signed the Bà Rịa - Vũng Tàu 2026 plan?",
  [(BV, BV_SIGN)], "Trần Văn Khải, Vice Chairman, signing for the Chairman of the Provincial People's Committee (KT. CHỦ TỊCH / PHÓ CHỦ TỊCH).",
  ["Trần Văn Khải"])
Q("english", "By when must the online learning platform go live in Bà Rịa - Vũng Tàu, and who is in charge?",
  [(BV, BV_KHCN)], "The Department of Science and Technology (Sở Khoa học và Công nghệ) must put the “Bà Rịa - Vũng Tàu học tập trực tuyến” platform into operation by 30/6/2026.",
  ["30", "2026", "Sở Khoa học và Công nghệ"])
Q("english", "What does the provincial police have to do under the 2026 plan?",
  [(BV, BV_CA)], "Công an tỉnh leads legal education and crime-prevention talks in the thematic classes and guides residents to use the VNeID app.",
  ["VNeID"])
Q("english", "How many literacy classes will Bà Rịa - Vũng Tàu open in 2026?",
  [(BV, "- Mở ít nhất 20 lớp xóa mù chữ, ưu tiên các xã có đồng bào dân tộc Chơ Ro và lao động trên tàu cá.")],
  "At least 20 literacy classes, prioritising communes with Chơ Ro people and fishing-boat workers.", ["20", "Chơ Ro"])
Q("english", "What is Ngọc Chúc commune's 2025 budget for this plan?",
  [(NC, NC_KP), (NC, NC_KP1), (NC, NC_KP2)], "245 million VND (245tr): 170 million from the commune budget and 75 million from socialisation.",
  ["245", "170", "75"])
Q("english", "By when must hamlet heads in Ngọc Chúc send their lists of families registering as learning families, and to whom?",
  [(NC, NC_AP)], "Hamlet heads send the lists to the culture-society officer (CC VH-XH) by 10/3.", ["10", "VH-XH"])
Q("english", "How many hamlets of Ngọc Chúc should become learning communities in 2025?",
  [(NC, NC_CD)], "7 of the 9 hamlets (7/9 ấp) should reach the learning community (CĐHT) title.", ["7", "9"])
Q("english", "Is the 1.2 billion upgrade of the Ngọc Chúc community learning centre part of the plan's budget?",
  [(NC, NC_12), (NC, NC_KP)], "No. The 1,2 tỷ upgrade is funded from the district's new-rural-development (NTM) capital and is not counted in the plan, whose total is 245 million VND.",
  ["NTM", "245"])
Q("english", "Who signed the Ngọc Chúc commune plan?",
  [(NC, NC_SIGN)], "Huỳnh Văn Lợi, Chairman of the Commune People's Committee (TM. UBND XÃ / CHỦ TỊCH).", ["Huỳnh Văn Lợi"])
Q("english", "What is the total budget of the Xuyên Mộc plan?",
  [(XM, XM_KP)], "7.200 million VND for 2024 - 2030: 4.100 million district budget, 1.900 million commune budgets, 1.200 million socialisation.",
  ["200", "100", "900"])
Q("english", "How much did the Xuyên Mộc Education Office propose for the budget in its submission?",
  [(XM, TTR_KP)], "The submission (Tờ trình 86/TTr-PGDĐT) proposed 9.600 million VND (district 6.000, communes 2.400, socialisation 1.200 million); the approved plan has 7.200 million.",
  ["9", "600"])
Q("english", "Who signed the submission and who signed the plan in the Xuyên Mộc file?",
  [(XM, TTR_SIGN), (XM, XM_SIGN)], "The submission was signed by Lê Thị Ngọc Hân, Head of the Education and Training Office; the plan by Đỗ Minh Quang, Chairman of the District People's Committee.",
  ["Lê Thị Ngọc Hân", "Đỗ Minh Quang"])
Q("english", "What is Xuyên Mộc's 2030 target for learning families?",
  [(XM, XM_T30), (XM, XM_GD30)], "80% of households by 2030 (the submission had proposed 85%, but the approved plan sets 80%).", ["80"])
Q("english", "By when must Xuyên Mộc's communes issue their own plans?",
  [(XM, XM_XA)], "By 30/6/2024.", ["30", "2024"])
Q("english", "What does the Xuyên Mộc Labour office have to do?",
  [(XM, XM_LD)], "Phòng Lao động - Thương binh và Xã hội leads short vocational training for rural and coastal workers, at least 600 people a year.",
  ["600"])
Q("english", "What is the number and date of the Xuyên Mộc plan?",
  [(XM, XM_NO)], "Kế hoạch 127/KH-UBND dated 10/4/2024 (the submission before it is 86/TTr-PGDĐT of 18/3/2024).", ["127/KH-UBND"])
Q("english", "What legal documents does the Bà Rịa - Vũng Tàu 2026 plan cite?",
  [(BV, BV_1373), (BV, BV_95), (BV, BV_07)], "Decision 1373/QĐ-TTg of 30/7/2021, the province's Plan 95/KH-UBND of 12/5/2022 and Directive 07/CT-UBND of 18/3/2025.",
  ["1373", "95", "07/CT-UBND"])
Q("english", "How many community learning centres does Xuyên Mộc plan to strengthen?",
  [(XM, XM_NV2)], "13 community learning centres, each with at least one trained part-time manager.", ["13"])
Q("english", "How much does each community learning centre get per year in Bà Rịa - Vũng Tàu in 2026?",
  [(BV, BV_TT)], "20 million VND per centre per year from the provincial budget (plus 1.500 million to repair 12 run-down centres).", ["20"])
Q("english", "What are the 2026 reporting deadlines for districts in Bà Rịa - Vũng Tàu?",
  [(BV, BV_UBH2)], "Six-month report by 15/6/2026 and annual report by 30/11/2026 to the Department of Education and Training.",
  ["15", "30", "2026"])
Q("english", "Compare the 2026 learning-citizen targets of Bà Rịa - Vũng Tàu and Huế.",
  [(BV, HEAD), (BV, R_CDHT), (HUE, HUE_CD)], "Bà Rịa - Vũng Tàu: 50% of citizens; Huế: 40%.", ["50", "40"])

# ---------------- follow_up 25
Q("follow_up", "Còn năm 2026?", [(BV, HEAD), (BV, R_DH)], "Chỉ tiêu năm 2026: 65% dòng họ đạt danh hiệu “Dòng họ học tập”.", ["65%"],
  ["Năm 2025 tỉnh Bà Rịa - Vũng Tàu đạt tỷ lệ dòng họ học tập bao nhiêu?", "Năm 2025 đạt 62,5%, vượt kế hoạch 60% (104,2%)."])
Q("follow_up", "Thực tế năm đó đạt được bao nhiêu?", [(BV, HEAD), (BV, R_CD)], "Thực hiện năm 2025: 66,0% khu phố, ấp đạt “Cộng đồng học tập”, đạt 94,3% kế hoạch.", ["66,0%", "94,3%"],
  ["Kế hoạch 2025 của tỉnh đặt tỷ lệ khu phố, ấp đạt cộng đồng học tập bao nhiêu?", "Kế hoạch năm 2025 đặt 70%."])
Q("follow_up", "Năm 2025 làm được bao nhiêu so với kế hoạch?", [(BV, HEAD), (BV, R_CNTT)], "Năm 2025 thực hiện 76,4% so với kế hoạch 80% (đạt 95,5%).", ["76,4%", "80%"],
  ["Chỉ tiêu 2026 về năng lực ứng dụng CNTT của người lao động ở BR-VT?", "Năm 2026 phấn đấu 84% người trong độ tuổi lao động được trang bị năng lực ứng dụng công nghệ thông tin."])
Q("follow_up", "Còn Sở Nông nghiệp và Môi trường?", [(BV, BV_NN)], "Sở Nông nghiệp và Môi trường chủ trì tập huấn chuyển giao kỹ thuật nuôi trồng thủy sản, khai thác hải sản bền vững cho ngư dân tại các TTHTCĐ ven biển.", ["thủy sản"],
  ["Sở Văn hóa, Thể thao và Du lịch tỉnh BR-VT làm gì?", "Chủ trì xây dựng thư viện, bảo tàng, nhà văn hóa phục vụ học tập, phát triển thư viện số; lồng ghép “Gia đình học tập” với “Gia đình văn hóa”."])
Q("follow_up", "Tổng kinh phí bao nhiêu, ngân sách tỉnh chiếm bao nhiêu?", [(BV, BV_KP), (BV, BV_KP1)], "Tổng kinh phí năm 2026 dự kiến 14.850 triệu đồng, trong đó ngân sách tỉnh 8.600 triệu đồng.", ["14.850", "8.600"],
  ["Sở Tài chính Bà Rịa - Vũng Tàu có nhiệm vụ gì?", "Chủ trì tham mưu bố trí kinh phí năm 2026 và thẩm định dự toán của các sở, ngành trước ngày 15/01/2026."])
Q("follow_up", "Vậy Công an tỉnh thì sao?", [(BV, BV_CA)], "Công an tỉnh chủ trì tuyên truyền pháp luật, phòng chống tội phạm trong các lớp chuyên đề và hướng dẫn người dân sử dụng ứng dụng VNeID.", ["VNeID"],
  ["Sở Y tế tỉnh Bà Rịa - Vũng Tàu có nhiệm vụ gì trong kế hoạch 2026?", REFUSE])
Q("follow_up", "Phải xong việc công nhận khi nào?", [(BV, BV_HKH1)], "Hội Khuyến học tỉnh phải hoàn thành việc công nhận trước ngày 31/10/2026.", ["31/10/2026"],
  ["Hội Khuyến học tỉnh BR-VT làm gì năm 2026?", "Chủ trì đánh giá, công nhận danh hiệu “Công dân học tập”, “Dòng họ học tập” và vận động Quỹ khuyến học đạt ít nhất 28 tỷ đồng."])
Q("follow_up", "Năm 2026 phấn đấu bao nhiêu?", [(BV, HEAD), (BV, R_LUOT)], "Năm 2026 phấn đấu 200.000 lượt người tham gia học tập tại TTHTCĐ.", ["200.000"],
  ["Năm 2025 toàn tỉnh có bao nhiêu lượt người học ở trung tâm học tập cộng đồng?", "192.640 lượt, đạt 104,1% kế hoạch 185.000 lượt."])
Q("follow_up", "Còn huyện Xuyên Mộc thì đến 2030 đặt bao nhiêu?", [(XM, XM_T30), (XM, XM_GD30)], "Xuyên Mộc đặt 80% hộ gia đình đạt “Gia đình học tập” đến năm 2030.", ["80%"],
  ["Tỉnh Bà Rịa - Vũng Tàu năm 2026 đặt chỉ tiêu gia đình học tập bao nhiêu?", "78% hộ gia đình."])
Q("follow_up", "còn năm 2030?", [(XM, XM_T30), (XM, XM_KNS30)], "Đến năm 2030: 85% người trong độ tuổi lao động được trang bị kỹ năng sống (và 80% năng lực ứng dụng CNTT).", ["85%"],
  ["Huyện Xuyên Mộc đặt mục tiêu kỹ năng sống năm 2025 bao nhiêu?", "Đến năm 2025: 70% người trong độ tuổi lao động được trang bị kỹ năng sống."])
Q("follow_up", "Kế hoạch ban hành chốt bao nhiêu?", [(XM, XM_T30), (XM, XM_GD30)], "Kế hoạch 127/KH-UBND chốt 75% ấp, khu phố đạt “Cộng đồng học tập” đến năm 2030 (thấp hơn mức 80% Tờ trình đề xuất).", ["75%"],
  ["Tờ trình của Phòng GD&ĐT Xuyên Mộc đề xuất chỉ tiêu cộng đồng học tập năm 2030 bao nhiêu?", "Tờ trình 86/TTr-PGDĐT đề xuất 80% ấp, khu phố đạt “Cộng đồng học tập”."])
Q("follow_up", "Còn Phòng Văn hóa và Thông tin?", [(XM, XM_VH)], "Phòng Văn hóa và Thông tin chủ trì tuyên truyền, lồng ghép “Gia đình học tập” với “Gia đình văn hóa”, phát triển tủ sách cộng đồng ở các ấp.", ["tủ sách cộng đồng"],
  ["Phòng Nội vụ huyện Xuyên Mộc làm gì?", "Chủ trì xây dựng mô hình “Đơn vị học tập” ở các cơ quan huyện; thẩm định đề xuất thành lập Ban Chỉ đạo, trình trong quý II/2024."])
Q("follow_up", "Trong đó ngân sách xã bao nhiêu?", [(XM, XM_KP)], "Ngân sách xã 1.900 triệu đồng (trong tổng 7.200 triệu đồng).", ["1.900"],
  ["Kinh phí kế hoạch xã hội học tập Xuyên Mộc bao nhiêu?", "Tổng 7.200 triệu đồng giai đoạn 2024 - 2030."])
Q("follow_up", "Ai ký?", [(XM, XM_SIGN)], "Kế hoạch do Chủ tịch UBND huyện Xuyên Mộc Đỗ Minh Quang ký.", ["Đỗ Minh Quang"],
  ["Kế hoạch xã hội học tập huyện Xuyên Mộc số mấy?", "Kế hoạch số 127/KH-UBND ngày 10/4/2024."])
Q("follow_up", "Còn biết chữ?", [(NC, NC_BC)], "97,5% người 15-60 tuổi biết chữ mức độ 2 (năm 2025).", ["97,5%"],
  ["Xã Ngọc Chúc đặt chỉ tiêu GĐHT năm 2025 bao nhiêu?", "82% hộ đạt GĐHT."])
Q("follow_up", "Còn HND?", [(NC, NC_HND)], "HND xã mở 3 lớp tập huấn kỹ thuật cho nông dân, phối hợp TTHTCĐ.", ["3 lớp"],
  ["CA xã Ngọc Chúc làm gì?", "Tuyên truyền pháp luật, ATGT, phòng chống ma túy; hướng dẫn cài đặt, sử dụng VNeID mức 2."])
Q("follow_up", "Thế TTHTCĐ xã thì được giao gì?", [(NC, NC_TTHT)], "TTHTCĐ xã xây dựng chương trình học năm 2025 xong trước 28/2, mở lớp chuyên đề theo nhu cầu, báo cáo số lớp, số lượt học viên hằng quý.", ["28/2", "hằng quý"],
  ["Trạm Y tế xã Ngọc Chúc được giao gì?", REFUSE])
Q("follow_up", "XHH bao nhiêu?", [(NC, NC_KP2)], "Nguồn xã hội hóa 75tr (trong tổng 245tr).", ["75tr"],
  ["Kinh phí KH xã Ngọc Chúc bao nhiêu?", "Tổng KP 2025 là 245tr, NS xã 170tr."])
Q("follow_up", "UBND xã báo cáo huyện trước ngày nào?", [(NC, NC_BC3)], "UBND xã báo cáo huyện (qua Phòng GD&ĐT) trước 20/11.", ["20/11"],
  ["Ngày hội học tập suốt đời xã Ngọc Chúc tổ chức khi nào?", "Đầu tháng 10, trong Tuần lễ học tập suốt đời 01/10 - 07/10."])
Q("follow_up", "Còn kế hoạch tỉnh Bà Rịa - Vũng Tàu hỗ trợ mỗi trung tâm bao nhiêu?", [(BV, BV_TT)], "Tỉnh hỗ trợ mỗi trung tâm học tập cộng đồng 20 triệu đồng/năm (năm 2026).", ["20 triệu"],
  ["Xã Ngọc Chúc hỗ trợ TTHTCĐ bao nhiêu?", "25tr/năm."])
Q("follow_up", "And what did it achieve in 2025?", [(BV, HEAD), (BV, R_GD)], "In 2025 the province reached 71,8% against a target of 75%.", ["71"],
  ["What is Bà Rịa - Vũng Tàu's 2026 target for learning families?", "78% of households."])
Q("follow_up", "And the district police?", [(XM, XM_CA)], "Công an huyện gives legal education at the community learning centres and guides people to use the VNeID app.", ["VNeID"],
  ["What does the Xuyên Mộc district Youth Union do?", "It sets up youth volunteer teams to teach digital skills in the 13 communes and the town."])
Q("follow_up", "And how much was approved in the plan?", [(XM, XM_KP)], "The approved plan 127/KH-UBND has 7.200 million VND (district 4.100, communes 1.900, socialisation 1.200 million).", ["200"],
  ["How much did the Xuyên Mộc Education Office propose for the budget?", "9.600 million VND in its submission 86/TTr-PGDĐT."])
Q("follow_up", "What about the Ngọc Chúc commune plan?", [(NC, NC_SIGN)], "The Ngọc Chúc plan 15/KH-UBND was signed by Huỳnh Văn Lợi, Chairman.", ["Huỳnh Văn Lợi"],
  ["Who signed Kiên Giang province's learning society plan?", REFUSE_EN])
Q("follow_up", "Còn các huyện thì hạn báo cáo thế nào?", [(BV, BV_UBH2)], "UBND các huyện, thị xã, thành phố báo cáo 6 tháng trước 15/6/2026 và báo cáo năm trước 30/11/2026 về Sở GD&ĐT.", ["15/6/2026", "30/11/2026"],
  ["Sở GD&ĐT tỉnh BR-VT phải báo cáo kết quả năm 2026 trước ngày nào?", "Trước ngày 10/12/2026."])

# ---------------- unanswerable 30
U("Kế hoạch xã hội học tập năm 2026 của thành phố Vũng Tàu có những chỉ tiêu gì?", REFUSE)
U("Huyện Châu Đức bố trí bao nhiêu kinh phí cho xã hội học tập năm 2026?", REFUSE)
U("Huyện Giồng Riềng đặt chỉ tiêu gia đình học tập năm 2025 bao nhiêu?", REFUSE)
U("Tỉnh Kiên Giang có kế hoạch xây dựng xã hội học tập năm 2025 với chỉ tiêu thế nào?", REFUSE)
U("Xã Ngọc Thành năm 2025 có bao nhiêu ấp đạt cộng đồng học tập?", REFUSE)
U("Kế hoạch 2025 của tỉnh Bà Rịa - Vũng Tàu đặt tỷ lệ người dân có kỹ năng số cơ bản bao nhiêu?", REFUSE)
U("Năm 2025 tỉnh BR-VT thực hiện được bao nhiêu % người dân có kỹ năng số cơ bản?", REFUSE)
U("Chỉ tiêu gia đình học tập năm 2030 của tỉnh Bà Rịa - Vũng Tàu là bao nhiêu?", REFUSE)
U("Huyện Xuyên Mộc đặt chỉ tiêu dòng họ học tập năm 2027 bao nhiêu?", REFUSE)
U("Xã Ngọc Chúc năm 2026 phấn đấu bao nhiêu % hộ đạt GĐHT?", REFUSE)
U("Hiện nay huyện Xuyên Mộc có bao nhiêu hộ đạt gia đình học tập?", REFUSE)
U("Hiện xã Ngọc Chúc còn bao nhiêu người mù chữ?", REFUSE)
U("Sở, ngành nào không hoàn thành chỉ tiêu năm 2026 thì bị xử lý thế nào theo kế hoạch tỉnh?", REFUSE)
U("Xã nào chậm báo cáo thì bị phạt gì theo kế hoạch Xuyên Mộc?", REFUSE)
U("Kinh phí xây dựng nền tảng Bà Rịa - Vũng Tàu học tập trực tuyến là bao nhiêu?", REFUSE)
U("Kinh phí mở lớp xóa mù chữ ở ấp Ngọc Thới là bao nhiêu?", REFUSE)
U("Năm 2026 huyện Xuyên Mộc chi bao nhiêu tiền cho xã hội học tập?", REFUSE)
U("Sở Y tế tỉnh Bà Rịa - Vũng Tàu có nhiệm vụ gì trong kế hoạch năm 2026?", REFUSE)
U("Phòng Y tế huyện Xuyên Mộc được giao nhiệm vụ gì?", REFUSE)
U("Sở Công Thương Bà Rịa - Vũng Tàu phải làm gì trong kế hoạch xã hội học tập 2026?", REFUSE)
U("Ai ký Kế hoạch số 48/KH-UBND của UBND huyện Giồng Riềng?", REFUSE)
U("Kế hoạch số 95/KH-UBND năm 2022 của tỉnh Bà Rịa - Vũng Tàu do ai ký?", REFUSE)
U("What is Vũng Tàu city's budget for its 2026 learning society plan?", REFUSE_EN)
U("What penalties apply to hamlets in Ngọc Chúc that miss their targets?", REFUSE_EN)
U("Thế còn huyện Châu Đức?", REFUSE, ["Kinh phí kế hoạch Xuyên Mộc bao nhiêu?", "Tổng 7.200 triệu đồng giai đoạn 2024 - 2030."])
U("Còn năm 2027?", REFUSE, ["Chỉ tiêu lao động qua đào tạo năm 2026 của tỉnh BR-VT?", "76%."])
U("And in 2028?", REFUSE_EN, ["What is Xuyên Mộc's 2030 literacy target?", "99% of people aged 15 - 60 at literacy level 2."])
U("Ban Chỉ đạo xây dựng xã hội học tập huyện Xuyên Mộc gồm những thành viên nào?", REFUSE)
U("Năm 2025 Quỹ khuyến học tỉnh chi bao nhiêu tiền cho học bổng?", REFUSE)
U("Ấp Ngọc Thới có bao nhiêu hộ đăng ký gia đình học tập?", REFUSE)

for n, q in enumerate(QS, 1):
    q["id"] = f"g20-{n:03d}"
with open(OUT, "w", encoding="utf-8") as f:
    for q in QS:
        f.write(unicodedata.normalize("NFC", json.dumps(q, ensure_ascii=False)) + "\n")
print(len(QS), "->", OUT)
