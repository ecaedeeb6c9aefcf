"""Write eval/sets/newplans19.jsonl (ids f19-001…). Spans are verbatim from the text as extracted (see check_sets.py).

    python eval/sets/src19/questions_src19.py

Điện Biên's docx: headings carry no typed numbers (they come from numbering.xml), so spans never contain "I." or "1.";
a duty-table row is cited as its cells joined (Nhiệm vụ, Thời hạn, Sản phẩm), with the first row of a body also from
its TT and Cơ quan cells — the merged cells appear once, where the merge starts. Bắc Hà's PDF spans stay inside one
page (the rotated page 3 is read as landscape rows; a line ending " -" joins the next line with a space). Ia Kring's
markdown is cited as the file reads (pipes, backticks and "- [ ]" kept; "*" and "#" vanish in normalisation).
"""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "newplans19.jsonl")

D_ = "dienbien_3185-KH-UBND_2024.docx"
B_ = "bacha_96-KH-UBND_2025.pdf"
I_ = "iakring_45-KH-UBND_2025.md"
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

# ---------------------------------------------------------------- Điện Biên (docx) spans
D_SIGN = "Quàng Văn Thịnh"
D_NO = "Số: 3185/KH-UBND"
D_1373 = "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”;"
D_387 = "Căn cứ Quyết định số 387/QĐ-TTg ngày 25/3/2022 của Thủ tướng Chính phủ phê duyệt Chương trình “Đẩy mạnh các phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị giai đoạn 2021 - 2030”;"
D_NQ14 = "Căn cứ Nghị quyết số 14-NQ/TU ngày 12/7/2024 của Ban Thường vụ Tỉnh ủy Điện Biên về đẩy mạnh xây dựng xã hội học tập, nâng cao dân trí vùng đồng bào dân tộc thiểu số đến năm 2030;"
D_KL = "Căn cứ Kết luận số 1126-KL/TU ngày 20/9/2024 của Ban Thường vụ Tỉnh ủy về kết quả 3 năm thực hiện Kế hoạch số 2946/KH-UBND ngày 05/11/2021 của Ủy ban nhân dân tỉnh;"
D_MD1 = "Cụ thể hóa các mục tiêu của Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030” và Nghị quyết số 14-NQ/TU phù hợp với điều kiện của tỉnh miền núi, biên giới có đông đồng bào dân tộc thiểu số."
D_MD2 = "Tạo cơ hội để mọi người dân, nhất là người dân tộc thiểu số, người lao động ở vùng sâu, vùng xa, được học tập thường xuyên, học tập suốt đời; góp phần nâng cao dân trí, phát triển nguồn nhân lực, giảm nghèo bền vững."
D_Y25 = "Đến năm 2025:"
D_Y27 = "Đến năm 2027:"
D_Y30 = "Đến năm 2030:"
D_BC25 = "Tỷ lệ người trong độ tuổi từ 15 đến 60 được công nhận đạt chuẩn biết chữ mức độ 1 đạt 98,2%; đạt chuẩn biết chữ mức độ 2 đạt 96,5%."
D_GD25 = "70% gia đình được công nhận danh hiệu “Gia đình học tập”."
D_TT25 = "100% Trung tâm học tập cộng đồng được đánh giá, xếp loại hằng năm, trong đó 55% xếp loại Tốt."
D_KNS25 = "40% cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số."
D_BC27 = "Tỷ lệ người trong độ tuổi từ 15 đến 60 đạt chuẩn biết chữ mức độ 1 đạt 98,8%; mức độ 2 đạt 97,2%."
D_GD27 = "75% gia đình đạt danh hiệu “Gia đình học tập”; 65% dòng họ đạt danh hiệu “Dòng họ học tập”; 60% bản, tổ dân phố đạt danh hiệu “Cộng đồng học tập”."
D_KNS27 = "60% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản."
D_TIENG = "1.200 lượt cán bộ, công chức, viên chức công tác ở vùng đồng bào dân tộc thiểu số được bồi dưỡng tiếng Thái, tiếng Mông."
D_BC30 = "Tỷ lệ người trong độ tuổi từ 15 đến 60 đạt chuẩn biết chữ mức độ 1 đạt 99%; mức độ 2 đạt 98%."
D_GD30 = "80% gia đình đạt danh hiệu “Gia đình học tập”; 70% dòng họ đạt danh hiệu “Dòng họ học tập”; 70% bản, tổ dân phố đạt danh hiệu “Cộng đồng học tập”."
D_TT30 = "100% xã, phường, thị trấn có Trung tâm học tập cộng đồng hoạt động hiệu quả, trong đó 75% xếp loại Tốt."
D_KNS30 = "80% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản."
D_HUYEN = "Phấn đấu 6/10 huyện, thị xã, thành phố được công nhận danh hiệu “Cộng đồng học tập cấp huyện” xếp loại Khá trở lên."
D_T1 = "Đẩy mạnh tuyên truyền, nâng cao nhận thức"
D_T2 = "Xóa mù chữ và chống tái mù chữ"
D_T3 = "Nâng cao chất lượng hoạt động của Trung tâm học tập cộng đồng"
D_T4 = "Phát triển kỹ năng số và học tập trực tuyến"
D_T5 = "Đẩy mạnh các phong trào học tập trong gia đình, dòng họ, cộng đồng, đơn vị"
D_TUAN = "tổ chức Tuần lễ hưởng ứng học tập suốt đời từ ngày 01/10 đến ngày 07/10 hằng năm."
D_XMC = "Mở lớp xóa mù chữ, lớp sau biết chữ tại các bản vùng cao của các huyện Mường Nhé, Nậm Pồ, Tủa Chùa, Mường Chà, Điện Biên Đông; biên soạn tài liệu song ngữ Việt - Mông, Việt - Thái phục vụ lớp học."
D_SO = "Xây dựng nền tảng “Điện Biên học tập số” cung cấp học liệu mở; triển khai phong trào “Bình dân học vụ số” đến từng bản, tổ dân phố."
D_KP = "Tổng kinh phí dự kiến 54.200 triệu đồng, phân theo năm và nguồn như sau:"
D_KPH = "Năm Ngân sách tỉnh (triệu đồng) Ngân sách huyện (triệu đồng) Chương trình MTQG (triệu đồng) Xã hội hóa (triệu đồng) Tổng (triệu đồng)"
D_K25 = "2025 2.800 1.500 3.200 600 8.100"
D_K27 = "2027 3.200 1.700 3.600 800 9.300"
D_K30 = "2030 3.500 2.000 3.000 1.000 9.500"
D_KC = "Cộng 19.000 10.400 20.000 4.800 54.200"
D_HT = "Mức hỗ trợ hoạt động thường xuyên cho mỗi Trung tâm học tập cộng đồng ở xã khu vực III là 20 triệu đồng/năm; các Trung tâm còn lại 12 triệu đồng/năm, nằm trong dự toán ngân sách huyện."
D_DH = "TT Cơ quan Nhiệm vụ Thời hạn Sản phẩm"
D_GD1 = "1 Sở Giáo dục và Đào tạo Chủ trì, hướng dẫn các sở, ngành, địa phương triển khai Kế hoạch; là cơ quan thường trực theo dõi, đôn đốc thực hiện Tháng 12/2024 Văn bản hướng dẫn"
D_GD2 = "Chỉ đạo các Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên và Trung tâm học tập cộng đồng mở lớp xóa mù chữ, lớp sau biết chữ Hằng năm Lớp xóa mù chữ, sau biết chữ"
D_GD3 = "Tổ chức đánh giá, xếp loại Trung tâm học tập cộng đồng Tháng 11 hằng năm Quyết định xếp loại"
D_GD4 = "Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh và Bộ Giáo dục và Đào tạo Trước ngày 10/12 hằng năm Báo cáo năm"
D_NV1 = "2 Sở Nội vụ Xây dựng kế hoạch bồi dưỡng cán bộ, công chức, viên chức gắn với tiêu chí “Đơn vị học tập” Quý I hằng năm Kế hoạch bồi dưỡng"
D_NV2 = "Hướng dẫn đánh giá, công nhận “Đơn vị học tập” cấp tỉnh Quý IV hằng năm Quyết định công nhận"
D_LD1 = "3 Sở Lao động - Thương binh và Xã hội Đào tạo nghề trình độ sơ cấp, dưới 3 tháng cho lao động nông thôn, người dân tộc thiểu số Hằng năm Lớp đào tạo nghề"
D_LD2 = "Hướng dẫn doanh nghiệp xây dựng “Đơn vị học tập”, bồi dưỡng kỹ năng cho người lao động 2025 - 2030 Văn bản hướng dẫn"
D_LD3 = "Thống kê tỷ lệ lao động qua đào tạo, gửi Sở Giáo dục và Đào tạo Trước ngày 30/11 hằng năm Số liệu thống kê"
D_TC1 = "4 Sở Tài chính Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách tỉnh Cùng thời điểm xây dựng dự toán hằng năm Dự toán kinh phí"
D_TC2 = "Hướng dẫn sử dụng, thanh quyết toán kinh phí theo quy định Hằng năm Văn bản hướng dẫn"
D_VH1 = "5 Sở Văn hóa, Thể thao và Du lịch Phát triển Thư viện tỉnh, bảo tàng, nhà văn hóa bản thành nơi học tập; luân chuyển sách về các bản vùng cao Hằng năm Tủ sách bản"
D_VH2 = "Gắn danh hiệu “Gia đình văn hóa” với “Gia đình học tập” 2025 - 2030 Hướng dẫn liên ngành"
D_TT1 = "6 Sở Thông tin và Truyền thông Chỉ đạo cơ quan báo chí, hệ thống thông tin cơ sở tuyên truyền về xây dựng xã hội học tập Hằng năm Tin, bài, chuyên mục"
D_TT2 = "Xây dựng, vận hành nền tảng “Điện Biên học tập số” Quý IV/2025 Nền tảng học tập số"
D_TT3 = "Phối hợp tổ chức bồi dưỡng kỹ năng số cho người dân theo phong trào “Bình dân học vụ số” 2025 - 2030 Lớp kỹ năng số"
D_DT1 = "7 Ban Dân tộc tỉnh Phối hợp vận động đồng bào dân tộc thiểu số tham gia lớp xóa mù chữ; phát huy vai trò người có uy tín Hằng năm Danh sách người có uy tín tham gia"
D_DT2 = "Biên soạn tài liệu song ngữ phục vụ học tập tại bản Quý II/2026 Bộ tài liệu song ngữ"
D_NN1 = "8 Sở Nông nghiệp và Phát triển nông thôn Chuyển giao kỹ thuật trồng mắc ca, cà phê, dược liệu qua Trung tâm học tập cộng đồng Hằng năm Lớp chuyển giao kỹ thuật"
D_NN2 = "Phối hợp xây dựng mô hình “Bản học tập” gắn với nông thôn mới 2025 - 2030 Mô hình điểm"
D_KH1 = "9 Hội Khuyến học tỉnh Chủ trì đánh giá, công nhận “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” cấp thôn, bản Tháng 12 hằng năm Danh sách công nhận"
D_KH2 = "Phát triển quỹ khuyến học, khuyến tài; trao học bổng cho học sinh dân tộc thiểu số nghèo Hằng năm Học bổng khuyến học"
D_KH3 = "Tham gia kiểm tra, giám sát việc thực hiện Kế hoạch Quý III hằng năm Báo cáo giám sát"
D_TD1 = "10 Tỉnh đoàn Tổ chức cho đoàn viên, thanh niên làm nòng cốt trong phong trào “Bình dân học vụ số” Hằng năm Đội hình thanh niên tình nguyện"
D_TD2 = "Tổ chức lớp học tiếng Việt cho trẻ em dân tộc thiểu số trước tuổi đến trường trong hè Tháng 6 - tháng 8 hằng năm Lớp tiếng Việt hè"
D_PN1 = "11 Hội Liên hiệp Phụ nữ tỉnh Vận động phụ nữ dân tộc thiểu số tham gia lớp xóa mù chữ Hằng năm Số hội viên tham gia"
D_PN2 = "Nhân rộng mô hình “Phụ nữ học tập, gia đình học tập” 2025 - 2030 Mô hình điểm"
D_BAO = "12 Báo Điện Biên Phủ, Đài Phát thanh và Truyền hình tỉnh Mở chuyên mục “Học tập suốt đời” bằng tiếng Việt, tiếng Thái, tiếng Mông Hằng tháng Chuyên mục định kỳ"
D_MT = "13 Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đưa nội dung xây dựng xã hội học tập vào cuộc vận động “Toàn dân đoàn kết xây dựng đời sống văn hóa” Hằng năm Báo cáo kết quả vận động"
D_UB1 = "14 Ủy ban nhân dân các huyện, thị xã, thành phố Xây dựng kế hoạch của địa phương giai đoạn 2025 - 2030 Trước ngày 31/12/2024 Kế hoạch cấp huyện"
D_UB2 = "Bố trí giáo viên phụ trách, kinh phí hoạt động cho Trung tâm học tập cộng đồng Hằng năm Quyết định phân công"
D_UB3 = "Báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo Trước ngày 30/11 hằng năm Báo cáo năm"
D_SK = "Sở Giáo dục và Đào tạo tham mưu Ủy ban nhân dân tỉnh sơ kết việc thực hiện Kế hoạch trong quý IV/2027 và tổng kết trong quý IV/2030."
D_YC = "chủ động xây dựng kế hoạch của ngành, địa phương trước ngày 31/12/2024."

# ---------------------------------------------------------------- Bắc Hà (pdf) spans
B_SIGN = "Lù Thị Dung"
B_NO = "Số: 96/KH-UBND Bắc Hà, ngày 12 tháng 3 năm 2025"
B_CC = "Thực hiện Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”; Kế hoạch số 715/KH-UBND ngày 14/11/2024 của Ủy ban nhân dân tỉnh Lào Cai về đẩy mạnh học tập suốt đời¹; Nghị quyết số 27/NQ-HĐND ngày 20/12/2024 của Hội đồng nhân dân huyện Bắc Hà về nhiệm vụ phát triển kinh tế - xã hội năm 2025"
B_FN1 = "¹ Kế hoạch số 715/KH-UBND của tỉnh thay thế Kế hoạch số 388/KH-UBND ngày 29/10/2021 của Ủy ban nhân dân tỉnh Lào Cai."
B_FN2 = "² Số liệu thống kê ngày 31/12/2024 của Phòng Giáo dục và Đào tạo huyện Bắc Hà."
B_2024 = "Năm 2024, tỷ lệ người từ 15 đến 60 tuổi đạt chuẩn biết chữ mức độ 2 của huyện đạt 91,8%²."
B_MD = "Nâng cao dân trí, phát triển nguồn nhân lực tại chỗ cho đồng bào các dân tộc Mông, Tày, Nùng, Dao, Phù Lá của huyện; tạo cơ hội học tập suốt đời cho mọi người dân, góp phần giảm nghèo bền vững và phát triển du lịch cộng đồng."
B_MT = "Đến năm 2030, mỗi người dân trong độ tuổi lao động của huyện Bắc Hà biết chữ, có kỹ năng số cơ bản và ít nhất một nghề"
B_RH = "TT Chỉ tiêu Đơn vị tính Năm 2026 Năm 2028 Năm 2030"
B_R1 = "1 Tỷ lệ người từ 15 đến 60 tuổi đạt chuẩn biết chữ mức độ 2 % 94 95,5 97"
B_R2 = "2 Số người được xóa mù chữ (cộng dồn từ năm 2025) người 450 900 1.300"
B_R3 = "3 Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình học tập” % 65 72 80"
B_R4 = "4 Tỷ lệ dòng họ đạt danh hiệu “Dòng họ học tập” % 50 60 70"
B_R5 = "5 Tỷ lệ thôn, tổ dân phố đạt danh hiệu “Cộng đồng học tập” % 45 55 65"
B_R6 = "6 Số Trung tâm học tập cộng đồng xếp loại Tốt trung tâm 8 12 16"
B_R7 = "7 Số lượt người học tại Trung tâm học tập cộng đồng lượt/năm 18.000 20.000 22.000"
B_R8 = "8 Tỷ lệ người từ 15 tuổi trở lên có kỹ năng số cơ bản % 45 60 75"
B_R9 = "9 Số lao động nông thôn được đào tạo nghề người/năm 600 700 800"
B_R10 = "10 Tỷ lệ cơ quan, đơn vị cấp huyện đạt danh hiệu “Đơn vị học tập” % 80 90"
B_RN = "Ghi chú: Chỉ tiêu số 10 năm 2026 sẽ được xác định sau khi sắp xếp các cơ quan chuyên môn."
B_T1 = "1. Tuyên truyền, nâng cao nhận thức"
B_T2 = "2. Xóa mù chữ, chống tái mù chữ"
B_T3 = "3. Nâng cao hiệu quả Trung tâm học tập cộng đồng"
B_T4 = "4. Phát triển kỹ năng số"
B_T5 = "5. Xây dựng các mô hình học tập"
B_XMC = "Mở lớp xóa mù chữ, lớp sau biết chữ tại các xã Tả Van Chư, Lùng Phình, Nậm Mòn, Bản Liền; ưu tiên phụ nữ dân tộc Mông trong độ tuổi 15 - 35"
B_SO = "Triển khai phong trào “Bình dân học vụ số”; mỗi thôn thành lập 01 tổ công nghệ số cộng đồng"
B_TUAN = "tổ chức Tuần lễ hưởng ứng học tập suốt đời vào tháng 10 hằng năm."
B_KP = "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2025 - 2030 dự kiến 7.850 triệu đồng, gồm: ngân sách huyện 3.600 triệu đồng; ngân sách tỉnh hỗ trợ 2.100 triệu đồng; Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi 1.500 triệu đồng; nguồn xã hội hóa 650 triệu đồng."
B_HT = "Kinh phí hỗ trợ mỗi lớp xóa mù chữ 25 triệu đồng/lớp/khóa; hỗ trợ hoạt động mỗi Trung tâm học tập cộng đồng 15 triệu đồng/năm, nằm trong tổng kinh phí nêu trên."
B_GD = "1. Phòng Giáo dục và Đào tạo: Là cơ quan thường trực, tham mưu Ủy ban nhân dân huyện tổ chức triển khai Kế hoạch; hướng dẫn các Trung tâm học tập cộng đồng xây dựng kế hoạch hoạt động trước ngày 15/01 hằng năm; tổ chức đánh giá, xếp loại Trung tâm học tập cộng đồng trong tháng 12 hằng năm."
B_LD = "2. Phòng Lao động - Thương binh và Xã hội: Chủ trì đào tạo nghề cho lao động nông thôn theo Bảng chỉ tiêu; gắn đào tạo nghề với giải quyết việc làm tại các hợp tác xã mận, chè Shan tuyết."
B_VH = "3. Phòng Văn hóa và Thông tin: Chủ trì tuyên truyền; hướng dẫn thư viện huyện luân chuyển sách về 21 Trung tâm học tập cộng đồng mỗi quý; phối hợp xây dựng mô hình “Thôn du lịch học tập”."
B_TC = "4. Phòng Tài chính - Kế hoạch: Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách huyện hằng năm; hướng dẫn thanh quyết toán theo quy định."
B_NV = "5. Phòng Nội vụ: Tham mưu đánh giá, công nhận danh hiệu “Đơn vị học tập” đối với cơ quan, đơn vị cấp huyện trong quý IV hằng năm."
B_DT = "6. Phòng Dân tộc: Phối hợp vận động người có uy tín trong đồng bào dân tộc thiểu số tham gia và vận động người dân tham gia lớp xóa mù chữ."
B_NN = "7. Phòng Nông nghiệp và Phát triển nông thôn: Phối hợp với Trung tâm học tập cộng đồng chuyển giao kỹ thuật trồng mận Tam hoa, chè Shan tuyết cho nông dân."
B_GDTX = "8. Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện: Mở lớp sơ cấp nghề, lớp bổ túc văn hóa; cử giáo viên hỗ trợ Trung tâm học tập cộng đồng các xã."
B_TTVH = "9. Trung tâm Văn hóa, Thể thao và Truyền thông huyện: Mở chuyên mục “Bắc Hà học tập suốt đời” bằng tiếng Mông, phát sóng 02 kỳ/tháng."
B_MTTQ = "10. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể: Hội Liên hiệp Phụ nữ vận động phụ nữ dân tộc Mông tham gia lớp xóa mù chữ; Huyện đoàn tổ chức đội hình thanh niên tình nguyện hướng dẫn kỹ năng số; Hội Nông dân phối hợp dạy nghề cho hội viên."
B_KH = "11. Hội Khuyến học huyện: Chủ trì đánh giá, công nhận “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” cấp thôn trước ngày 20/12 hằng năm; vận động thành lập quỹ khuyến học tại 100% thôn."
B_XA = "12. Ủy ban nhân dân các xã, thị trấn: Xây dựng kế hoạch của xã trước ngày 15/4/2025; củng cố Ban Giám đốc Trung tâm học tập cộng đồng; bố trí địa điểm học tập tại nhà văn hóa thôn."
B_BC1 = "1. Ủy ban nhân dân các xã, thị trấn báo cáo kết quả 6 tháng về Phòng Giáo dục và Đào tạo trước ngày 10/6 hằng năm."
B_BC2 = "2. Các cơ quan, đơn vị báo cáo kết quả năm về Phòng Giáo dục và Đào tạo trước ngày 25/11 hằng năm."
B_BC3 = "3. Phòng Giáo dục và Đào tạo tổng hợp, tham mưu Ủy ban nhân dân huyện báo cáo sơ kết giai đoạn 2025 - 2027 trước ngày 31/10/2027."
B_BC4 = "4. Báo cáo tổng kết Kế hoạch giai đoạn 2025 - 2030 gửi Ủy ban nhân dân tỉnh trước ngày 30/9/2030."
B_VI = "VI. CHẾ ĐỘ THÔNG TIN, BÁO CÁO"

# ---------------------------------------------------------------- Ia Kring (md) spans
I_NO = "Số: `45/KH-UBND` · Ia Kring, ngày 20 tháng 02 năm 2025"
I_SIGN = "Nguyễn Đình Khang"
I_1373 = "Quyết định số `1373/QĐ-TTg` ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”;"
I_2871 = "Kế hoạch số `2871/KH-UBND` ngày 08/11/2024 của UBND tỉnh Gia Lai về xây dựng xã hội học tập giai đoạn 2025 - 2030;"
I_512 = "Kế hoạch số `512/KH-UBND` ngày 16/12/2024 của UBND thành phố Pleiku về đẩy mạnh học tập suốt đời năm 2025;"
I_06 = "Nghị quyết số `06/NQ-HĐND` ngày 27/12/2024 của HĐND phường Ia Kring về nhiệm vụ năm 2025."
I_MD1 = "Phát triển phong trào học tập suốt đời trong các tổ dân phố và 2 làng đồng bào Jrai trên địa bàn phường; mỗi gia đình là một tổ ấm học tập."
I_MD2 = "Nâng cao hiệu quả hoạt động của Trung tâm học tập cộng đồng (TTHTCĐ) phường, gắn với chuyển đổi số và xây dựng đô thị văn minh."
I_MTC = "Đến năm 2027, phường Ia Kring đạt danh hiệu “Cộng đồng học tập cấp xã” xếp loại Tốt"
I_TH = "| TT | Chỉ tiêu | Năm 2025 | Năm 2026 | Năm 2027 |"
I_R1 = "| 1 | Hộ gia đình đạt “Gia đình học tập” | 78% | 82% | 85% |"
I_R2 = "| 2 | Dòng họ đạt “Dòng họ học tập” | 60% | 65% | 70% |"
I_R3 = "| 3 | Tổ dân phố, làng đạt “Cộng đồng học tập” | 12/16 | 14/16 | 16/16 |"
I_R4 = "| 4 | Người từ 15 tuổi trở lên có kỹ năng số cơ bản | 70% | 78% | 85% |"
I_R5 = "| 5 | Lượt người học tại TTHTCĐ | 3.500 | 3.800 | 4.200 |"
I_R6 = "| 6 | Người dân tộc Jrai 15 - 60 tuổi biết chữ mức độ 2 | 97% | 98% | 99% |"
I_R7 = "| 7 | TTHTCĐ phường xếp loại | Khá | Tốt | Tốt |"
I_LUU = "Lưu ý: chỉ tiêu 3 tính trên 16 tổ dân phố, làng của phường (14 tổ dân phố và làng Plei Ốp, làng Plei Pông)."
I_T1 = "1. Tuyên truyền: phát trên loa truyền thanh phường, nhóm Zalo các tổ dân phố; tổ chức Tuần lễ hưởng ứng học tập suốt đời từ 01/10 đến 07/10/2025."
I_T2 = "2. Kỹ năng số: mở lớp “Bình dân học vụ số” tại TTHTCĐ, mỗi tổ dân phố ít nhất 01 lớp/năm; hướng dẫn cài đặt, sử dụng VNeID mức độ 2."
I_T3 = "3. Xóa mù chữ: duy trì lớp sau biết chữ tại làng Plei Ốp; vận động người Jrai trong độ tuổi tham gia học."
I_T4 = "4. Mô hình học tập: xây dựng mô hình “Gia đình học tập số” tại tổ dân phố 5 và tổ dân phố 9; đánh giá, công nhận các danh hiệu cuối năm."
I_T5 = "5. TTHTCĐ: mở lớp kỹ năng sống cho thanh thiếu niên trong hè, lớp dạy đan lát, dệt thổ cẩm truyền thống của người Jrai."
I_KH = "| Nguồn | Năm 2025 | Năm 2026 | Năm 2027 | Tổng cộng |"
I_K1 = "| Ngân sách phường | 120.000.000 | 130.000.000 | 140.000.000 | 390.000.000 |"
I_K2 = "| Hỗ trợ của thành phố | 50.000.000 | 50.000.000 | 50.000.000 | 150.000.000 |"
I_K3 = "| Xã hội hóa | 30.000.000 | 35.000.000 | 40.000.000 | 105.000.000 |"
I_KC = "| Cộng | 200.000.000 | 215.000.000 | 230.000.000 | 645.000.000 |"
I_TIP = "Hoạt động thường xuyên của TTHTCĐ được chi 40.000.000 đồng/năm, lấy trong ngân sách phường ở bảng trên."
I_VH = "1. Công chức Văn hóa - Xã hội"
I_VH1 = "- [x] Tham mưu UBND phường ban hành Kế hoạch (đã xong 20/02/2025)"
I_VH2 = "- [ ] Làm đầu mối theo dõi, tổng hợp kết quả; báo cáo UBND thành phố qua Phòng GD&ĐT trước ngày 05/12/2025"
I_VH3 = "- [ ] Phối hợp TTHTCĐ tổ chức Tuần lễ hưởng ứng học tập suốt đời (01/10 - 07/10/2025)"
I_TT = "2. Trung tâm học tập cộng đồng phường"
I_TT1 = "- [ ] Xây dựng kế hoạch hoạt động năm 2025, trình UBND phường trước ngày 15/3/2025"
I_TT2 = "- [ ] Mở lớp “Bình dân học vụ số”, lớp kỹ năng sống, lớp dệt thổ cẩm theo Mục III"
I_TC = "3. Công chức Tài chính - Kế toán"
I_TC1 = "- [ ] Bố trí kinh phí theo Mục IV trong dự toán ngân sách phường hằng năm"
I_TC2 = "- [ ] Hướng dẫn thanh quyết toán các lớp học trước ngày 25/12 hằng năm"
I_VP = "4. Công chức Văn phòng - Thống kê"
I_VP1 = "- [ ] Cập nhật danh sách hộ gia đình đăng ký “Gia đình học tập” lên phần mềm quản lý của phường"
I_VP2 = "- [ ] Hỗ trợ người dân dịch vụ công trực tuyến tại bộ phận một cửa"
I_TR = "5. Trường Tiểu học Ia Kring và Trường THCS Ia Kring"
I_TR1 = "- [ ] Phối hợp TTHTCĐ mở lớp kỹ năng sống trong hè (tháng 6 - tháng 8/2025)"
I_TR2 = "- [x] Cử giáo viên dạy lớp sau biết chữ tại làng Plei Ốp (đã phân công từ tháng 01/2025)"
I_CA = "6. Công an phường"
I_CA1 = "- [ ] Hướng dẫn người dân kích hoạt VNeID mức độ 2; phối hợp lớp “Bình dân học vụ số”"
I_MT = "7. Ủy ban MTTQ Việt Nam phường (đề nghị)"
I_MT1 = "- [ ] Đưa tiêu chí “Gia đình học tập” vào bình xét “Gia đình văn hóa”; giám sát việc công nhận danh hiệu"
I_HK = "8. Hội Khuyến học phường"
I_HK1 = "- [ ] Chủ trì bình xét “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” trước ngày 30/11/2025"
I_HK2 = "- [ ] Trao học bổng cho học sinh người Jrai có hoàn cảnh khó khăn dịp khai giảng"
I_DTN = "9. Đoàn Thanh niên phường"
I_DTN1 = "- [ ] Thành lập tổ thanh niên tình nguyện hướng dẫn kỹ năng số cho người cao tuổi"
I_PN = "10. Hội Liên hiệp Phụ nữ phường"
I_PN1 = "- [ ] Vận động hội viên tham gia mô hình “Gia đình học tập số”; phối hợp mở lớp dệt thổ cẩm"
I_NCT = "11. Hội Người cao tuổi phường"
I_NCT1 = "- [ ] Duy trì câu lạc bộ “Ông bà học tập” tại các tổ dân phố"
I_TO = "12. Tổ trưởng tổ dân phố, trưởng làng"
I_TO1 = "- [ ] Lập danh sách hộ đăng ký “Gia đình học tập”, gửi Hội Khuyến học phường trước ngày 31/3/2025"
I_BC = "Lưu ý: báo cáo 6 tháng gửi công chức Văn hóa - Xã hội trước ngày 10/6/2025; báo cáo năm trước ngày 20/11/2025."
I_KY = "TM. ỦY BAN NHÂN DÂN · CHỦ TỊCH · (đã ký) · Nguyễn Đình Khang"

CT_1373 = "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án"
HUE_SIGN = "Nguyễn Thanh Bình"
HN_60 = "60% gia đình, dòng họ, cộng đồng đạt danh hiệu gia đình, dòng họ, cộng"

# ================================================================ agency_tasks 12
Q("agency_tasks", "Theo kế hoạch của tỉnh Điện Biên, Sở Giáo dục và Đào tạo có nhiệm vụ gì?",
  [(D_, D_DH), (D_, D_GD1), (D_, D_GD2), (D_, D_GD3), (D_, D_GD4)],
  "Theo Bảng phân công, Sở GD&ĐT: chủ trì, hướng dẫn các sở, ngành, địa phương triển khai Kế hoạch, là cơ quan thường trực theo dõi, đôn đốc (tháng 12/2024, sản phẩm: văn bản hướng dẫn); chỉ đạo các Trung tâm GDNN-GDTX và TTHTCĐ mở lớp xóa mù chữ, lớp sau biết chữ (hằng năm); tổ chức đánh giá, xếp loại Trung tâm học tập cộng đồng (tháng 11 hằng năm, quyết định xếp loại); tổng hợp kết quả, báo cáo UBND tỉnh và Bộ GD&ĐT trước ngày 10/12 hằng năm.",
  ["thường trực", "xóa mù chữ", "xếp loại", "10/12"])
Q("agency_tasks", "Sở Lao động - Thương binh và Xã hội tỉnh Điện Biên được giao những việc gì?",
  [(D_, D_LD1), (D_, D_LD2), (D_, D_LD3)],
  "Sở LĐ-TB&XH: đào tạo nghề trình độ sơ cấp, dưới 3 tháng cho lao động nông thôn, người dân tộc thiểu số (hằng năm, lớp đào tạo nghề); hướng dẫn doanh nghiệp xây dựng “Đơn vị học tập”, bồi dưỡng kỹ năng cho người lao động (2025 - 2030); thống kê tỷ lệ lao động qua đào tạo, gửi Sở GD&ĐT trước ngày 30/11 hằng năm.",
  ["sơ cấp", "doanh nghiệp", "30/11"])
Q("agency_tasks", "Ban Dân tộc tỉnh Điện Biên làm gì trong kế hoạch xã hội học tập?",
  [(D_, D_DT1), (D_, D_DT2)],
  "Ban Dân tộc tỉnh phối hợp vận động đồng bào dân tộc thiểu số tham gia lớp xóa mù chữ, phát huy vai trò người có uy tín (hằng năm); và biên soạn tài liệu song ngữ phục vụ học tập tại bản (quý II/2026, sản phẩm: bộ tài liệu song ngữ).",
  ["người có uy tín", "song ngữ", "Quý II/2026"])
Q("agency_tasks", "Nhiệm vụ của Hội Khuyến học tỉnh Điện Biên theo Kế hoạch 3185?",
  [(D_, D_KH1), (D_, D_KH2), (D_, D_KH3)],
  "Hội Khuyến học tỉnh: chủ trì đánh giá, công nhận “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” cấp thôn, bản (tháng 12 hằng năm); phát triển quỹ khuyến học, khuyến tài, trao học bổng cho học sinh dân tộc thiểu số nghèo (hằng năm); tham gia kiểm tra, giám sát việc thực hiện Kế hoạch (quý III hằng năm).",
  ["công nhận", "học bổng", "giám sát", "Quý III"])
Q("agency_tasks", "Tỉnh đoàn Điện Biên có nhiệm vụ gì?",
  [(D_, D_TD1), (D_, D_TD2)],
  "Tỉnh đoàn tổ chức cho đoàn viên, thanh niên làm nòng cốt trong phong trào “Bình dân học vụ số” (hằng năm; đội hình thanh niên tình nguyện) và tổ chức lớp học tiếng Việt cho trẻ em dân tộc thiểu số trước tuổi đến trường trong hè (tháng 6 - tháng 8 hằng năm).",
  ["Bình dân học vụ số", "tiếng Việt", "tháng 8"])
Q("agency_tasks", "Phòng Giáo dục và Đào tạo huyện Bắc Hà có trách nhiệm gì?",
  [(B_, B_GD)],
  "Phòng GD&ĐT Bắc Hà là cơ quan thường trực, tham mưu UBND huyện triển khai Kế hoạch; hướng dẫn các TTHTCĐ xây dựng kế hoạch hoạt động trước ngày 15/01 hằng năm; tổ chức đánh giá, xếp loại TTHTCĐ trong tháng 12 hằng năm.",
  ["thường trực", "15/01", "tháng 12"])
Q("agency_tasks", "Huyện Bắc Hà giao Phòng Lao động - Thương binh và Xã hội việc gì?",
  [(B_, B_LD)],
  "Phòng LĐ-TB&XH chủ trì đào tạo nghề cho lao động nông thôn theo Bảng chỉ tiêu, gắn đào tạo nghề với giải quyết việc làm tại các hợp tác xã mận, chè Shan tuyết.",
  ["đào tạo nghề", "lao động nông thôn", "chè Shan tuyết"])
Q("agency_tasks", "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Bắc Hà làm gì?",
  [(B_, B_GDTX)],
  "Trung tâm GDNN-GDTX huyện mở lớp sơ cấp nghề, lớp bổ túc văn hóa và cử giáo viên hỗ trợ Trung tâm học tập cộng đồng các xã.",
  ["sơ cấp nghề", "bổ túc văn hóa", "cử giáo viên"])
Q("agency_tasks", "Hội Khuyến học huyện Bắc Hà được phân công gì?",
  [(B_, B_KH)],
  "Hội Khuyến học huyện chủ trì đánh giá, công nhận “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” cấp thôn trước ngày 20/12 hằng năm và vận động thành lập quỹ khuyến học tại 100% thôn.",
  ["20/12", "quỹ khuyến học", "100%"])
Q("agency_tasks", "Công chức Tài chính - Kế toán phường Ia Kring phải làm gì?",
  [(I_, I_TC), (I_, I_TC1), (I_, I_TC2)],
  "Công chức TC-KT bố trí kinh phí theo Mục IV trong dự toán ngân sách phường hằng năm và hướng dẫn thanh quyết toán các lớp học trước ngày 25/12 hằng năm (cả hai việc chưa đánh dấu hoàn thành).",
  ["dự toán", "25/12"])
Q("agency_tasks", "Trung tâm học tập cộng đồng phường Ia Kring có những việc gì phải làm?",
  [(I_, I_TT), (I_, I_TT1), (I_, I_TT2), (I_, I_VH3)],
  "TTHTCĐ phường xây dựng kế hoạch hoạt động năm 2025, trình UBND phường trước ngày 15/3/2025; mở lớp “Bình dân học vụ số”, lớp kỹ năng sống, lớp dệt thổ cẩm theo Mục III; ngoài ra cùng công chức VH-XH tổ chức Tuần lễ hưởng ứng học tập suốt đời (01/10 - 07/10/2025).",
  ["15/3/2025", "Bình dân học vụ số", "thổ cẩm"])
Q("agency_tasks", "Hội Khuyến học phường Ia Kring làm gì theo kế hoạch?",
  [(I_, I_HK), (I_, I_HK1), (I_, I_HK2), (I_, I_TO1)],
  "Hội Khuyến học phường chủ trì bình xét “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” trước ngày 30/11/2025 và trao học bổng cho học sinh người Jrai có hoàn cảnh khó khăn dịp khai giảng; Hội nhận danh sách hộ đăng ký “Gia đình học tập” từ tổ trưởng, trưởng làng trước ngày 31/3/2025.",
  ["30/11/2025", "học bổng", "Jrai"])

# ================================================================ target 12
Q("target", "Chỉ tiêu biết chữ năm 2025 của tỉnh Điện Biên là bao nhiêu?",
  [(D_, D_Y25), (D_, D_BC25)],
  "Đến năm 2025, tỷ lệ người từ 15 đến 60 tuổi đạt chuẩn biết chữ mức độ 1 là 98,2% và mức độ 2 là 96,5%.",
  ["98,2%", "96,5%"])
Q("target", "Điện Biên đặt chỉ tiêu gia đình học tập, dòng họ học tập năm 2027 thế nào?",
  [(D_, D_Y27), (D_, D_GD27)],
  "Đến năm 2027: 75% gia đình đạt “Gia đình học tập”, 65% dòng họ đạt “Dòng họ học tập”, 60% bản, tổ dân phố đạt “Cộng đồng học tập”.",
  ["75%", "65%", "60%"])
Q("target", "Đến 2030 Điện Biên phấn đấu bao nhiêu TTHTCĐ xếp loại Tốt?",
  [(D_, D_Y30), (D_, D_TT30)],
  "Đến năm 2030, 100% xã, phường, thị trấn có Trung tâm học tập cộng đồng hoạt động hiệu quả, trong đó 75% xếp loại Tốt (năm 2025 là 55%).",
  ["100%", "75%"])
Q("target", "Bao nhiêu huyện của Điện Biên phải đạt Cộng đồng học tập cấp huyện?",
  [(D_, D_Y30), (D_, D_HUYEN)],
  "Đến năm 2030, phấn đấu 6/10 huyện, thị xã, thành phố được công nhận “Cộng đồng học tập cấp huyện” xếp loại Khá trở lên.",
  ["6/10", "Khá"])
Q("target", "Huyện Bắc Hà đặt chỉ tiêu kỹ năng số năm 2028 bao nhiêu?",
  [(B_, B_RH), (B_, B_R8)],
  "Theo Bảng chỉ tiêu, tỷ lệ người từ 15 tuổi trở lên có kỹ năng số cơ bản năm 2028 là 60% (2026: 45%, 2030: 75%).",
  ["60%"])
Q("target", "Đến năm 2030 Bắc Hà xóa mù chữ cho bao nhiêu người?",
  [(B_, B_RH), (B_, B_R2)],
  "Số người được xóa mù chữ cộng dồn từ năm 2025 đạt 1.300 người vào năm 2030 (450 năm 2026, 900 năm 2028).",
  ["1.300"])
Q("target", "Năm 2026 Bắc Hà có bao nhiêu Trung tâm học tập cộng đồng xếp loại Tốt?",
  [(B_, B_RH), (B_, B_R6)],
  "Chỉ tiêu năm 2026 là 8 Trung tâm học tập cộng đồng xếp loại Tốt (12 năm 2028, 16 năm 2030).",
  ["8"])
Q("target", "Chỉ tiêu đào tạo nghề cho lao động nông thôn của huyện Bắc Hà năm 2030?",
  [(B_, B_RH), (B_, B_R9)],
  "Năm 2030: 800 lao động nông thôn được đào tạo nghề mỗi năm (600 năm 2026, 700 năm 2028).",
  ["800"])
Q("target", "Tỷ lệ gia đình học tập năm 2026 của phường Ia Kring?",
  [(I_, I_TH), (I_, I_R1)],
  "Năm 2026, 82% hộ gia đình đạt “Gia đình học tập” (78% năm 2025, 85% năm 2027).",
  ["82%"])
Q("target", "Năm 2027 phường Ia Kring có bao nhiêu tổ dân phố, làng đạt cộng đồng học tập?",
  [(I_, I_TH), (I_, I_R3), (I_, I_LUU)],
  "Năm 2027, 16/16 tổ dân phố, làng đạt “Cộng đồng học tập” (16 gồm 14 tổ dân phố và làng Plei Ốp, làng Plei Pông).",
  ["16/16"])
Q("target", "TTHTCĐ phường Ia Kring năm 2025 phấn đấu xếp loại gì?",
  [(I_, I_TH), (I_, I_R7)],
  "Năm 2025 TTHTCĐ phường phấn đấu xếp loại Khá; năm 2026 và 2027 xếp loại Tốt.",
  ["Khá"])
Q("target", "Chỉ tiêu biết chữ mức độ 2 của người Jrai ở Ia Kring năm 2027?",
  [(I_, I_TH), (I_, I_R6)],
  "Năm 2027, 99% người dân tộc Jrai từ 15 đến 60 tuổi biết chữ mức độ 2 (97% năm 2025, 98% năm 2026).",
  ["99%"])

# ================================================================ deadline 8
Q("deadline", "UBND các huyện ở Điện Biên phải xây dựng kế hoạch của địa phương trước ngày nào?",
  [(D_, D_UB1)],
  "UBND các huyện, thị xã, thành phố xây dựng kế hoạch giai đoạn 2025 - 2030 trước ngày 31/12/2024.",
  ["31/12/2024"])
Q("deadline", "Sở GD&ĐT Điện Biên báo cáo UBND tỉnh và Bộ hạn chót khi nào?",
  [(D_, D_GD4)],
  "Trước ngày 10/12 hằng năm Sở GD&ĐT tổng hợp kết quả, báo cáo UBND tỉnh và Bộ GD&ĐT.",
  ["10/12"])
Q("deadline", "Khi nào Điện Biên sơ kết, tổng kết kế hoạch?",
  [(D_, D_SK)],
  "Sơ kết trong quý IV/2027 và tổng kết trong quý IV/2030, do Sở GD&ĐT tham mưu UBND tỉnh.",
  ["quý IV/2027", "quý IV/2030"])
Q("deadline", "Các mốc báo cáo trong kế hoạch của huyện Bắc Hà là những ngày nào?",
  [(B_, B_VI), (B_, B_BC1), (B_, B_BC2), (B_, B_BC3), (B_, B_BC4)],
  "Mục VI: các xã, thị trấn báo cáo 6 tháng trước ngày 10/6 hằng năm; các cơ quan, đơn vị báo cáo năm trước ngày 25/11 hằng năm; báo cáo sơ kết 2025 - 2027 trước ngày 31/10/2027; báo cáo tổng kết gửi UBND tỉnh trước ngày 30/9/2030.",
  ["10/6", "25/11", "31/10/2027", "30/9/2030"])
Q("deadline", "Các xã ở Bắc Hà phải có kế hoạch của xã trước ngày nào?",
  [(B_, B_XA)],
  "UBND các xã, thị trấn xây dựng kế hoạch của xã trước ngày 15/4/2025.",
  ["15/4/2025"])
Q("deadline", "Hạn công nhận gia đình học tập, dòng họ học tập cấp thôn ở Bắc Hà?",
  [(B_, B_KH)],
  "Hội Khuyến học huyện đánh giá, công nhận các danh hiệu cấp thôn trước ngày 20/12 hằng năm.",
  ["20/12"])
Q("deadline", "TTHTCĐ phường Ia Kring trình kế hoạch hoạt động năm 2025 trước ngày nào?",
  [(I_, I_TT1)],
  "Trước ngày 15/3/2025 TTHTCĐ trình UBND phường kế hoạch hoạt động năm 2025.",
  ["15/3/2025"])
Q("deadline", "Tổ trưởng tổ dân phố ở Ia Kring gửi danh sách hộ đăng ký gia đình học tập khi nào?",
  [(I_, I_TO), (I_, I_TO1)],
  "Tổ trưởng tổ dân phố, trưởng làng lập danh sách hộ đăng ký “Gia đình học tập”, gửi Hội Khuyến học phường trước ngày 31/3/2025.",
  ["31/3/2025", "Hội Khuyến học"])

# ================================================================ funding 8
Q("funding", "Tổng kinh phí kế hoạch xã hội học tập tỉnh Điện Biên là bao nhiêu, từ những nguồn nào?",
  [(D_, D_KP), (D_, D_KPH), (D_, D_KC)],
  "Tổng kinh phí dự kiến 54.200 triệu đồng giai đoạn 2025 - 2030: ngân sách tỉnh 19.000, ngân sách huyện 10.400, Chương trình MTQG 20.000, xã hội hóa 4.800 (triệu đồng).",
  ["54.200", "19.000", "10.400", "20.000", "4.800"])
Q("funding", "Năm 2027 Điện Biên bố trí bao nhiêu tiền cho kế hoạch?",
  [(D_, D_KPH), (D_, D_K27)],
  "Năm 2027 tổng 9.300 triệu đồng: ngân sách tỉnh 3.200, ngân sách huyện 1.700, Chương trình MTQG 3.600, xã hội hóa 800 triệu đồng.",
  ["9.300", "3.600"])
Q("funding", "Nguồn Chương trình MTQG đóng góp bao nhiêu cho kế hoạch của Điện Biên cả giai đoạn?",
  [(D_, D_KPH), (D_, D_KC)],
  "Cột Chương trình MTQG cộng cả giai đoạn 2025 - 2030 là 20.000 triệu đồng (trên tổng 54.200 triệu đồng).",
  ["20.000"])
Q("funding", "Mỗi TTHTCĐ ở Điện Biên được hỗ trợ bao nhiêu một năm?",
  [(D_, D_HT)],
  "TTHTCĐ ở xã khu vực III được hỗ trợ 20 triệu đồng/năm; các Trung tâm còn lại 12 triệu đồng/năm, trong dự toán ngân sách huyện.",
  ["20 triệu", "12 triệu"])
Q("funding", "Kinh phí thực hiện kế hoạch của huyện Bắc Hà bao nhiêu, lấy từ đâu?",
  [(B_, B_KP)],
  "Tổng 7.850 triệu đồng (2025 - 2030): ngân sách huyện 3.600; ngân sách tỉnh hỗ trợ 2.100; Chương trình MTQG phát triển KT-XH vùng đồng bào DTTS và miền núi 1.500; xã hội hóa 650 triệu đồng.",
  ["7.850", "3.600", "2.100", "1.500", "650"])
Q("funding", "Bắc Hà hỗ trợ mỗi lớp xóa mù chữ bao nhiêu tiền?",
  [(B_, B_HT)],
  "Mỗi lớp xóa mù chữ được hỗ trợ 25 triệu đồng/lớp/khóa (mỗi TTHTCĐ 15 triệu đồng/năm), nằm trong tổng kinh phí.",
  ["25 triệu"])
Q("funding", "Phường Ia Kring dự kiến chi tổng cộng bao nhiêu cho kế hoạch 2025 - 2027?",
  [(I_, I_KH), (I_, I_K1), (I_, I_K2), (I_, I_K3), (I_, I_KC)],
  "Tổng cộng 645.000.000 đồng: ngân sách phường 390.000.000, hỗ trợ của thành phố 150.000.000, xã hội hóa 105.000.000; theo năm 200.000.000 (2025), 215.000.000 (2026), 230.000.000 (2027).",
  ["645.000.000", "390.000.000", "150.000.000", "105.000.000"])
Q("funding", "TTHTCĐ phường Ia Kring được chi hoạt động thường xuyên bao nhiêu?",
  [(I_, I_TIP)],
  "40.000.000 đồng/năm, lấy trong ngân sách phường ở bảng kinh phí.",
  ["40.000.000"])

# ================================================================ legal_basis 4
Q("legal_basis", "Kế hoạch 3185 của Điện Biên căn cứ những văn bản nào?",
  [(D_, D_1373), (D_, D_387), (D_, D_NQ14), (D_, D_KL)],
  "Luật Tổ chức chính quyền địa phương 2015 (sửa đổi 2019); Quyết định 1373/QĐ-TTg ngày 30/7/2021; Quyết định 387/QĐ-TTg ngày 25/3/2022; Nghị quyết 14-NQ/TU ngày 12/7/2024 của Ban Thường vụ Tỉnh ủy Điện Biên; Kết luận 1126-KL/TU ngày 20/9/2024 (về 3 năm thực hiện KH 2946/KH-UBND).",
  ["1373/QĐ-TTg", "387/QĐ-TTg", "14-NQ/TU", "1126-KL/TU"])
Q("legal_basis", "Huyện Bắc Hà ban hành kế hoạch trên cơ sở văn bản nào?",
  [(B_, B_CC)],
  "Quyết định 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng; Kế hoạch 715/KH-UBND ngày 14/11/2024 của UBND tỉnh Lào Cai; Nghị quyết 27/NQ-HĐND ngày 20/12/2024 của HĐND huyện Bắc Hà.",
  ["1373/QĐ-TTg", "715/KH-UBND", "27/NQ-HĐND"])
Q("legal_basis", "Kế hoạch của phường Ia Kring căn cứ vào kế hoạch nào của tỉnh Gia Lai và thành phố Pleiku?",
  [(I_, I_2871), (I_, I_512)],
  "Kế hoạch 2871/KH-UBND ngày 08/11/2024 của UBND tỉnh Gia Lai và Kế hoạch 512/KH-UBND ngày 16/12/2024 của UBND thành phố Pleiku (cùng QĐ 1373/QĐ-TTg và NQ 06/NQ-HĐND của HĐND phường).",
  ["2871/KH-UBND", "512/KH-UBND"])
Q("legal_basis", "Nghị quyết nào của Tỉnh ủy Điện Biên là căn cứ của kế hoạch?",
  [(D_, D_NQ14)],
  "Nghị quyết số 14-NQ/TU ngày 12/7/2024 của Ban Thường vụ Tỉnh ủy Điện Biên về đẩy mạnh xây dựng xã hội học tập, nâng cao dân trí vùng đồng bào dân tộc thiểu số đến năm 2030.",
  ["14-NQ/TU", "12/7/2024"])

# ================================================================ purpose 3
Q("purpose", "Mục đích của kế hoạch xã hội học tập tỉnh Điện Biên?",
  [(D_, D_MD1), (D_, D_MD2)],
  "Cụ thể hóa Đề án và Nghị quyết 14-NQ/TU phù hợp với tỉnh miền núi, biên giới; tạo cơ hội cho mọi người dân, nhất là người dân tộc thiểu số, vùng sâu, vùng xa, học tập suốt đời; nâng cao dân trí, phát triển nguồn nhân lực, giảm nghèo bền vững; nâng cao hiệu quả TTHTCĐ, thư viện, nhà văn hóa bản.",
  ["dân tộc thiểu số", "giảm nghèo"])
Q("purpose", "Kế hoạch của huyện Bắc Hà nhằm mục đích gì?",
  [(B_, B_MD)],
  "Nâng cao dân trí, phát triển nguồn nhân lực tại chỗ cho đồng bào Mông, Tày, Nùng, Dao, Phù Lá; tạo cơ hội học tập suốt đời, góp phần giảm nghèo bền vững và phát triển du lịch cộng đồng; huy động Mặt trận, đoàn thể, doanh nghiệp du lịch, hợp tác xã tham gia.",
  ["nguồn nhân lực", "du lịch cộng đồng"])
Q("purpose", "Phường Ia Kring làm kế hoạch này để làm gì?",
  [(I_, I_MD1), (I_, I_MD2)],
  "Phát triển phong trào học tập suốt đời trong các tổ dân phố và 2 làng đồng bào Jrai (“mỗi gia đình là một tổ ấm học tập”); nâng cao hiệu quả TTHTCĐ phường gắn với chuyển đổi số và xây dựng đô thị văn minh.",
  ["Jrai", "chuyển đổi số"])

# ================================================================ task_section 4
Q("task_section", "Mục III của kế hoạch Điện Biên gồm những nhiệm vụ, giải pháp nào?",
  [(D_, D_T1), (D_, D_T2), (D_, D_T3), (D_, D_T4), (D_, D_T5)],
  "Mục III (Nhiệm vụ, giải pháp) gồm 5 nhóm: 1. Đẩy mạnh tuyên truyền, nâng cao nhận thức; 2. Xóa mù chữ và chống tái mù chữ; 3. Nâng cao chất lượng hoạt động của TTHTCĐ; 4. Phát triển kỹ năng số và học tập trực tuyến; 5. Đẩy mạnh các phong trào học tập trong gia đình, dòng họ, cộng đồng, đơn vị.",
  ["tuyên truyền", "tái mù chữ", "kỹ năng số", "dòng họ"])
Q("task_section", "Nhiệm vụ xóa mù chữ của Điện Biên làm ở đâu, thế nào?",
  [(D_, D_T2), (D_, D_XMC)],
  "Mở lớp xóa mù chữ, lớp sau biết chữ tại các bản vùng cao của các huyện Mường Nhé, Nậm Pồ, Tủa Chùa, Mường Chà, Điện Biên Đông; biên soạn tài liệu song ngữ Việt - Mông, Việt - Thái.",
  ["Mường Nhé", "song ngữ"])
Q("task_section", "Huyện Bắc Hà có những nhiệm vụ, giải pháp gì?",
  [(B_, B_T1), (B_, B_T2), (B_, B_T3), (B_, B_T4), (B_, B_T5)],
  "Mục III gồm: 1. Tuyên truyền, nâng cao nhận thức; 2. Xóa mù chữ, chống tái mù chữ; 3. Nâng cao hiệu quả TTHTCĐ; 4. Phát triển kỹ năng số; 5. Xây dựng các mô hình học tập (kể cả mô hình “Thôn du lịch học tập”).",
  ["Tuyên truyền", "kỹ năng số", "mô hình học tập"])
Q("task_section", "Phần nhiệm vụ và giải pháp của phường Ia Kring có gì?",
  [(I_, I_T1), (I_, I_T2), (I_, I_T3), (I_, I_T4), (I_, I_T5)],
  "Năm nhiệm vụ: tuyên truyền (loa phường, nhóm Zalo, Tuần lễ 01/10 - 07/10/2025); kỹ năng số (lớp “Bình dân học vụ số”, VNeID mức độ 2); xóa mù chữ (lớp sau biết chữ ở làng Plei Ốp); mô hình “Gia đình học tập số” ở tổ dân phố 5 và 9; TTHTCĐ mở lớp kỹ năng sống, đan lát, dệt thổ cẩm.",
  ["Bình dân học vụ số", "Plei Ốp", "Gia đình học tập số"])

# ================================================================ cross_plan 6
Q("cross_plan", "So sánh chỉ tiêu gia đình học tập năm 2030 của tỉnh Điện Biên và huyện Bắc Hà.",
  [(D_, D_GD30), (B_, B_RH), (B_, B_R3)],
  "Cả hai đặt 80% cho năm 2030: Điện Biên 80% gia đình đạt “Gia đình học tập”; Bắc Hà 80% hộ gia đình (65% năm 2026, 72% năm 2028).",
  ["80%"])
Q("cross_plan", "Kế hoạch Điện Biên và kế hoạch Cần Thơ có cùng căn cứ Quyết định nào của Thủ tướng?",
  [(D_, D_1373), (CT, CT_1373)],
  "Cả hai căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”.",
  ["1373/QĐ-TTg"])
Q("cross_plan", "Ai ký kế hoạch của Điện Biên và ai ký kế hoạch năm 2026 của Huế?",
  [(D_, D_SIGN), (HUE, HUE_SIGN)],
  "Kế hoạch 3185/KH-UBND của Điện Biên do Phó Chủ tịch Quàng Văn Thịnh ký (KT. Chủ tịch); kế hoạch năm 2026 của Huế do Phó Chủ tịch Nguyễn Thanh Bình ký.",
  ["Quàng Văn Thịnh", "Nguyễn Thanh Bình"])
Q("cross_plan", "So sánh chỉ tiêu gia đình học tập của Hà Nội với chỉ tiêu năm 2027 của phường Ia Kring.",
  [(HN, HN_60), (I_, I_TH), (I_, I_R1)],
  "Hà Nội đặt 60% gia đình, dòng họ, cộng đồng đạt danh hiệu học tập; phường Ia Kring đặt 85% hộ gia đình đạt “Gia đình học tập” năm 2027.",
  ["60%", "85%"])
Q("cross_plan", "Tuần lễ hưởng ứng học tập suốt đời ở Điện Biên và ở phường Ia Kring tổ chức khi nào?",
  [(D_, D_TUAN), (I_, I_T1)],
  "Điện Biên: từ ngày 01/10 đến ngày 07/10 hằng năm; phường Ia Kring: từ 01/10 đến 07/10/2025. (Bắc Hà chỉ ghi tháng 10 hằng năm.)",
  ["01/10", "07/10"])
Q("cross_plan", "Mức hỗ trợ mỗi TTHTCĐ một năm ở Điện Biên, Bắc Hà và Ia Kring khác nhau thế nào?",
  [(D_, D_HT), (B_, B_HT), (I_, I_TIP)],
  "Điện Biên: 20 triệu đồng/năm (xã khu vực III), 12 triệu đồng/năm các Trung tâm khác; Bắc Hà: 15 triệu đồng/năm; Ia Kring: 40.000.000 đồng/năm.",
  ["20 triệu", "12 triệu", "15 triệu", "40.000.000"])

# ================================================================ no_diacritics 4
Q("no_diacritics", "so giao duc va dao tao dien bien phai bao cao truoc ngay nao",
  [(D_, D_GD4)],
  "Sở GD&ĐT Điện Biên tổng hợp, báo cáo UBND tỉnh và Bộ GD&ĐT trước ngày 10/12 hằng năm.",
  ["10/12"])
Q("no_diacritics", "chi tieu ky nang so nam 2030 cua tinh dien bien",
  [(D_, D_Y30), (D_, D_KNS30)],
  "Đến năm 2030, 80% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản (60% năm 2027).",
  ["80%"])
Q("no_diacritics", "tong kinh phi ke hoach bac ha bao nhieu",
  [(B_, B_KP)],
  "7.850 triệu đồng: ngân sách huyện 3.600, ngân sách tỉnh 2.100, Chương trình MTQG 1.500, xã hội hóa 650 triệu đồng.",
  ["7.850"])
Q("no_diacritics", "cong an phuong ia kring lam gi trong ke hoach xhht",
  [(I_, I_CA), (I_, I_CA1)],
  "Công an phường hướng dẫn người dân kích hoạt VNeID mức độ 2 và phối hợp lớp “Bình dân học vụ số”.",
  ["VNeID", "Bình dân học vụ số"])

# ================================================================ abbreviation 6
Q("abbreviation", "Sở TT&TT ĐB được giao gì trong KH XHHT?",
  [(D_, D_TT1), (D_, D_TT2), (D_, D_TT3)],
  "Sở Thông tin và Truyền thông Điện Biên: chỉ đạo báo chí, thông tin cơ sở tuyên truyền (hằng năm); xây dựng, vận hành nền tảng “Điện Biên học tập số” (quý IV/2025); phối hợp bồi dưỡng kỹ năng số theo “Bình dân học vụ số” (2025 - 2030).",
  ["Điện Biên học tập số", "Quý IV/2025"])
Q("abbreviation", "HLHPN tỉnh ĐB làm gì?",
  [(D_, D_PN1), (D_, D_PN2)],
  "Hội LHPN tỉnh vận động phụ nữ dân tộc thiểu số tham gia lớp xóa mù chữ (hằng năm) và nhân rộng mô hình “Phụ nữ học tập, gia đình học tập” (2025 - 2030).",
  ["xóa mù chữ", "Phụ nữ học tập, gia đình học tập"])
Q("abbreviation", "UBMTTQVN tỉnh Điện Biên được đề nghị gì?",
  [(D_, D_MT)],
  "Đề nghị UBMTTQ Việt Nam tỉnh đưa nội dung xây dựng xã hội học tập vào cuộc vận động “Toàn dân đoàn kết xây dựng đời sống văn hóa” (hằng năm).",
  ["Toàn dân đoàn kết"])
Q("abbreviation", "P. VH&TT huyện BH có nhiệm vụ gì?",
  [(B_, B_VH)],
  "Phòng Văn hóa và Thông tin huyện Bắc Hà chủ trì tuyên truyền; hướng dẫn thư viện huyện luân chuyển sách về 21 TTHTCĐ mỗi quý; phối hợp xây dựng mô hình “Thôn du lịch học tập”.",
  ["luân chuyển sách", "Thôn du lịch học tập"])
Q("abbreviation", "CC VP-TK phường Ia Kring làm gì?",
  [(I_, I_VP), (I_, I_VP1), (I_, I_VP2)],
  "Công chức Văn phòng - Thống kê cập nhật danh sách hộ đăng ký “Gia đình học tập” lên phần mềm quản lý của phường và hỗ trợ người dân dịch vụ công trực tuyến tại bộ phận một cửa.",
  ["phần mềm", "một cửa"])
Q("abbreviation", "ĐTN P. Ia Kring được phân công gì?",
  [(I_, I_DTN), (I_, I_DTN1)],
  "Đoàn Thanh niên phường thành lập tổ thanh niên tình nguyện hướng dẫn kỹ năng số cho người cao tuổi.",
  ["thanh niên tình nguyện", "người cao tuổi"])

# ================================================================ paraphrase 3
Q("paraphrase", "Ở Điện Biên, ai lo việc dạy tiếng Việt cho trẻ dân tộc trước khi vào lớp 1?",
  [(D_, D_TD2)],
  "Tỉnh đoàn: tổ chức lớp học tiếng Việt cho trẻ em dân tộc thiểu số trước tuổi đến trường trong hè (tháng 6 - tháng 8 hằng năm).",
  ["Tỉnh đoàn", "tiếng Việt"])
Q("paraphrase", "Bắc Hà muốn người dân trong tuổi lao động đạt được gì vào cuối giai đoạn?",
  [(B_, B_MT)],
  "Đến năm 2030, mỗi người dân trong độ tuổi lao động của huyện biết chữ, có kỹ năng số cơ bản và ít nhất một nghề.",
  ["biết chữ", "kỹ năng số", "một nghề"])
Q("paraphrase", "Ở phường Ia Kring ai phụ trách câu lạc bộ cho ông bà?",
  [(I_, I_NCT), (I_, I_NCT1)],
  "Hội Người cao tuổi phường duy trì câu lạc bộ “Ông bà học tập” tại các tổ dân phố.",
  ["Hội Người cao tuổi", "Ông bà học tập"])

# ================================================================ english 25
E = "english"
Q(E, "What does the Điện Biên Department of Education and Training have to do?",
  [(D_, D_DH), (D_, D_GD1), (D_, D_GD3), (D_, D_GD4)],
  "It leads and guides the plan as the standing body (by 12/2024), has literacy and post-literacy classes opened every year, rates the community learning centres every November and reports to the province and the Ministry before 10/12 each year.",
  ["12/2024", "10/12"])
Q(E, "What is the total budget of the Điện Biên plan and where does it come from?",
  [(D_, D_KP), (D_, D_KPH), (D_, D_KC)],
  "54,200 million VND (54.200 triệu đồng) for 2025-2030: provincial budget 19,000, district budgets 10,400, the national target programme 20,000 and socialised sources 4,800 million.",
  ["54", "19", "400", "20", "800"])
Q(E, "How much does Điện Biên plan to spend in 2030?",
  [(D_, D_KPH), (D_, D_K30)],
  "9,500 million VND in 2030 (3,500 provincial, 2,000 district, 3,000 national target programme, 1,000 socialised).",
  ["500"])
Q(E, "What literacy rate does Điện Biên target for 2030?",
  [(D_, D_Y30), (D_, D_BC30)],
  "By 2030, 99% of people aged 15-60 at literacy level 1 and 98% at level 2.",
  ["99", "98"])
Q(E, "What is Điện Biên's digital-skills target for 2027?",
  [(D_, D_Y27), (D_, D_KNS27)],
  "By 2027, 60% of people aged 15 and over have basic digital skills.",
  ["60"])
Q(E, "How many officials in Điện Biên will be trained in Thai and Hmong languages?",
  [(D_, D_Y27), (D_, D_TIENG)],
  "1,200 attendances (1.200 lượt) of officials and public employees working in ethnic-minority areas are to be trained in Thai and Hmong by 2027.",
  ["200", "2027"])
Q(E, "What does the Điện Biên Department of Home Affairs do under the plan?",
  [(D_, D_NV1), (D_, D_NV2)],
  "It draws up a training plan for officials tied to the “Đơn vị học tập” (learning unit) criteria in quarter I each year, and guides the rating and recognition of provincial learning units in quarter IV each year.",
  ["Đơn vị học tập", "IV"])
Q(E, "What is the Department of Finance responsible for in Điện Biên?",
  [(D_, D_TC1), (D_, D_TC2)],
  "It advises on funding the plan in the provincial budget estimate (at the time the annual estimate is prepared) and guides the use and settlement of funds every year.",
  ["budget"])
Q(E, "By when must the online learning platform of Điện Biên be running?",
  [(D_, D_TT2)],
  "The Department of Information and Communications builds and runs the “Điện Biên học tập số” platform in quarter IV/2025.",
  ["Điện Biên học tập số", "2025"])
Q(E, "What does the Department of Agriculture in Điện Biên teach through community learning centres?",
  [(D_, D_NN1), (D_, D_NN2)],
  "It transfers techniques for growing macadamia (mắc ca), coffee and medicinal herbs through the centres every year, and helps build the “Bản học tập” model with new rural development (2025-2030).",
  ["mắc ca", "Bản học tập"])
Q(E, "What is Bắc Hà's literacy target for 2030?",
  [(B_, B_RH), (B_, B_R1)],
  "97% of people aged 15-60 at literacy level 2 by 2030 (94% in 2026, 95.5% in 2028).",
  ["97"])
Q(E, "How many learners should Bắc Hà's community learning centres have in 2028?",
  [(B_, B_RH), (B_, B_R7)],
  "20,000 attendances per year in 2028 (18,000 in 2026, 22,000 in 2030).",
  ["20"])
Q(E, "What was Bắc Hà's literacy rate in 2024 and where does the figure come from?",
  [(B_, B_2024), (B_, B_FN2)],
  "91.8% (91,8%) of people aged 15-60 were at literacy level 2 in 2024; footnote 2 says the figure is from the 31/12/2024 statistics of the district Office of Education and Training.",
  ["91", "31/12/2024"])
Q(E, "Which district office in Bắc Hà handles the 'learning unit' title for agencies, and when?",
  [(B_, B_NV)],
  "The Phòng Nội vụ (Office of Home Affairs) advises on rating and recognising district agencies as “Đơn vị học tập” in quarter IV each year.",
  ["Phòng Nội vụ", "IV"])
Q(E, "When are Bắc Hà's reports due?",
  [(B_, B_VI), (B_, B_BC1), (B_, B_BC2), (B_, B_BC3), (B_, B_BC4)],
  "Six-month reports from the communes before 10/6 each year; annual reports before 25/11 each year; the mid-term review for 2025-2027 before 31/10/2027; the final report to the province before 30/9/2030.",
  ["10/6", "25/11", "31/10/2027", "30/9/2030"])
Q(E, "Which plan of Lào Cai province does Bắc Hà implement, and which plan did it replace?",
  [(B_, B_CC), (B_, B_FN1)],
  "Lào Cai's Plan 715/KH-UBND of 14/11/2024, which (footnote 1) replaced Plan 388/KH-UBND of 29/10/2021.",
  ["715", "388"])
Q(E, "What does the Bắc Hà ethnic affairs office do?",
  [(B_, B_DT)],
  "The Phòng Dân tộc works with respected ethnic-minority figures and mobilises people to join literacy classes.",
  ["Phòng Dân tộc"])
Q(E, "Who signed the Bắc Hà plan?",
  [(B_, B_SIGN)],
  "Lù Thị Dung, Vice Chairwoman, signing for the Chairman of the Bắc Hà District People's Committee (Plan 96/KH-UBND, 12/3/2025).",
  ["Lù Thị Dung"])
Q(E, "What is Ia Kring ward's digital-skills target for 2027?",
  [(I_, I_TH), (I_, I_R4)],
  "85% of people aged 15 and over with basic digital skills in 2027 (70% in 2025, 78% in 2026).",
  ["85"])
Q(E, "How much does the city contribute to the Ia Kring plan?",
  [(I_, I_KH), (I_, I_K2)],
  "Pleiku city supports 50,000,000 VND a year, 150,000,000 VND in total for 2025-2027.",
  ["50", "150"])
Q(E, "What must the Ia Kring culture and social affairs officer do, and which task is already done?",
  [(I_, I_VH), (I_, I_VH1), (I_, I_VH2), (I_, I_VH3)],
  "The officer drafted the plan for the ward committee (ticked as done on 20/02/2025), tracks and reports results to the city via the Phòng GD&ĐT before 05/12/2025, and co-organises the lifelong learning week (01/10-07/10/2025).",
  ["20/02/2025", "05/12/2025"])
Q(E, "What do the schools in Ia Kring have to do?",
  [(I_, I_TR), (I_, I_TR1), (I_, I_TR2)],
  "Ia Kring Primary and Lower Secondary Schools run summer life-skills classes with the centre (June-August 2025) and have assigned teachers to the post-literacy class in Plei Ốp village (done since 01/2025).",
  ["Plei Ốp", "2025"])
Q(E, "When are Ia Kring's six-month and annual reports due?",
  [(I_, I_BC)],
  "The six-month report goes to the culture and social affairs officer before 10/6/2025; the annual report before 20/11/2025.",
  ["10/6/2025", "20/11/2025"])
Q(E, "What does the Ia Kring Women's Union do?",
  [(I_, I_PN), (I_, I_PN1)],
  "It encourages members to join the “Gia đình học tập số” model and co-organises brocade weaving classes.",
  ["Gia đình học tập số"])
Q(E, "Who signed the Ia Kring ward plan and what is its number?",
  [(I_, I_NO), (I_, I_KY)],
  "Chairman Nguyễn Đình Khang signed Plan 45/KH-UBND of 20/02/2025.",
  ["Nguyễn Đình Khang", "45"])

# ================================================================ follow_up 25
F = "follow_up"
Q(F, "Còn năm 2030?", [(D_, D_Y30), (D_, D_GD30)],
  "Đến năm 2030: 80% gia đình đạt “Gia đình học tập”, 70% dòng họ, 70% bản, tổ dân phố đạt “Cộng đồng học tập”.",
  ["80%", "70%"],
  ["Chỉ tiêu gia đình học tập năm 2027 của Điện Biên?", "75% gia đình, 65% dòng họ, 60% bản, tổ dân phố."])
Q(F, "Còn năm 2030?", [(B_, B_RH), (B_, B_R5)],
  "Năm 2030: 65% thôn, tổ dân phố đạt “Cộng đồng học tập”.",
  ["65%"],
  ["Bắc Hà năm 2028 có bao nhiêu % thôn đạt cộng đồng học tập?", "55%."])
Q(F, "Còn năm 2027?", [(I_, I_TH), (I_, I_R5)],
  "Năm 2027: 4.200 lượt người học tại TTHTCĐ.",
  ["4.200"],
  ["Lượt người học tại TTHTCĐ phường Ia Kring năm 2025?", "3.500 lượt."])
Q(F, "And for 2030?", [(D_, D_Y30), (D_, D_TT30)],
  "By 2030, 100% of communes have an effective centre and 75% of centres are rated Tốt (good).",
  ["100", "75"],
  ["What share of Điện Biên's community learning centres should be rated good in 2025?", "55%."])
Q(F, "And in 2028?", [(B_, B_RH), (B_, B_R4)],
  "For 2028 the targets table sets 60% of clans as “Dòng họ học tập” (70% in 2030).",
  ["60"],
  ["What is Bắc Hà's learning-clan target for 2026?", "50% of clans."])
Q(F, "Còn Sở Văn hóa, Thể thao và Du lịch?", [(D_, D_VH1), (D_, D_VH2)],
  "Sở VH-TT&DL phát triển Thư viện tỉnh, bảo tàng, nhà văn hóa bản thành nơi học tập, luân chuyển sách về các bản vùng cao (hằng năm); gắn danh hiệu “Gia đình văn hóa” với “Gia đình học tập” (2025 - 2030).",
  ["Thư viện tỉnh", "Gia đình văn hóa"],
  ["Sở Nội vụ Điện Biên làm gì?", "Xây dựng kế hoạch bồi dưỡng CBCCVC gắn tiêu chí “Đơn vị học tập” (quý I) và hướng dẫn công nhận “Đơn vị học tập” cấp tỉnh (quý IV)."])
Q(F, "Thế Phòng Nông nghiệp huyện thì sao?", [(B_, B_NN)],
  "Phòng NN&PTNT Bắc Hà phối hợp với TTHTCĐ chuyển giao kỹ thuật trồng mận Tam hoa, chè Shan tuyết cho nông dân.",
  ["mận Tam hoa", "chè Shan tuyết"],
  ["Phòng Tài chính - Kế hoạch Bắc Hà làm gì?", "Tham mưu bố trí kinh phí trong dự toán ngân sách huyện hằng năm; hướng dẫn thanh quyết toán."])
Q(F, "Trong đó ngân sách tỉnh bao nhiêu?", [(D_, D_KPH), (D_, D_KC)],
  "Ngân sách tỉnh cả giai đoạn là 19.000 triệu đồng.",
  ["19.000"],
  ["Tổng kinh phí kế hoạch Điện Biên?", "54.200 triệu đồng."])
Q(F, "Năm 2026 thì bao nhiêu?", [(I_, I_KH), (I_, I_KC)],
  "Năm 2026 phường dự kiến 215.000.000 đồng.",
  ["215.000.000"],
  ["Tổng kinh phí kế hoạch phường Ia Kring?", "645.000.000 đồng cho 2025 - 2027."])
Q(F, "Sản phẩm của việc đó là gì, hạn khi nào?", [(D_, D_DT2)],
  "Sản phẩm là bộ tài liệu song ngữ, hạn quý II/2026.",
  ["song ngữ", "Quý II/2026"],
  ["Ở Điện Biên ai biên soạn tài liệu song ngữ?", "Ban Dân tộc tỉnh."])
Q(F, "Việc nào đã xong rồi?", [(I_, I_TR2)],
  "Việc cử giáo viên dạy lớp sau biết chữ tại làng Plei Ốp đã được đánh dấu xong (phân công từ tháng 01/2025); việc mở lớp kỹ năng sống hè chưa đánh dấu.",
  ["Plei Ốp", "01/2025"],
  ["Hai trường ở Ia Kring được giao gì?", "Phối hợp TTHTCĐ mở lớp kỹ năng sống trong hè và cử giáo viên dạy lớp sau biết chữ tại làng Plei Ốp."])
Q(F, "Ai ký?", [(B_, B_SIGN)],
  "Phó Chủ tịch UBND huyện Lù Thị Dung ký (KT. Chủ tịch).",
  ["Lù Thị Dung"],
  ["Kế hoạch XHHT của huyện Bắc Hà số mấy?", "96/KH-UBND ngày 12/3/2025."])
Q(F, "And what is its number?", [(D_, D_NO)],
  "Plan 3185/KH-UBND of 18/10/2024.",
  ["3185"],
  ["Who signed the Điện Biên plan?", "Quàng Văn Thịnh, Vice Chairman."])
Q(F, "Còn tỉnh Điện Biên thì sao?", [(D_, D_HT)],
  "Ở Điện Biên mỗi TTHTCĐ xã khu vực III được 20 triệu đồng/năm, các Trung tâm khác 12 triệu đồng/năm.",
  ["20 triệu", "12 triệu"],
  ["Bắc Hà hỗ trợ mỗi TTHTCĐ bao nhiêu một năm?", "15 triệu đồng/năm."])
Q(F, "Vậy Ban Dân tộc tỉnh làm gì?", [(D_, D_DT1), (D_, D_DT2)],
  "Ban Dân tộc tỉnh phối hợp vận động đồng bào DTTS tham gia lớp xóa mù chữ, phát huy vai trò người có uy tín (hằng năm) và biên soạn tài liệu song ngữ (quý II/2026).",
  ["người có uy tín", "song ngữ"],
  ["Sở Y tế Điện Biên có nhiệm vụ gì trong kế hoạch?", REFUSE])
Q(F, "Thế phường Ia Kring đặt bao nhiêu?", [(I_, I_TH), (I_, I_R2)],
  "Ia Kring: 60% dòng họ năm 2025, 65% năm 2026, 70% năm 2027.",
  ["60%", "65%", "70%"],
  ["Phường Hội Thương đặt chỉ tiêu dòng họ học tập bao nhiêu?", REFUSE])
Q(F, "Vậy năm 2028 thì sao?", [(B_, B_RH), (B_, B_R10)],
  "Năm 2028 Bắc Hà đặt 80% cơ quan, đơn vị cấp huyện đạt “Đơn vị học tập” (90% năm 2030).",
  ["80%"],
  ["Năm 2026 bao nhiêu % cơ quan cấp huyện Bắc Hà đạt đơn vị học tập?", REFUSE])
Q(F, "Họ phải xong trước ngày nào?", [(D_, D_UB1)],
  "UBND các huyện, thị xã, thành phố phải có kế hoạch của địa phương trước ngày 31/12/2024.",
  ["31/12/2024"],
  ["Ai phải xây dựng kế hoạch cấp huyện ở Điện Biên?", "UBND các huyện, thị xã, thành phố."])
Q(F, "Gửi cho ai?", [(D_, D_LD3)],
  "Số liệu thống kê lao động qua đào tạo gửi Sở Giáo dục và Đào tạo trước ngày 30/11 hằng năm.",
  ["Sở Giáo dục và Đào tạo", "30/11"],
  ["Sở LĐ-TB&XH Điện Biên thống kê gì?", "Tỷ lệ lao động qua đào tạo."])
Q(F, "Còn huyện Bắc Hà?", [(B_, B_TUAN)],
  "Bắc Hà tổ chức Tuần lễ hưởng ứng học tập suốt đời vào tháng 10 hằng năm (không ghi ngày cụ thể).",
  ["tháng 10"],
  ["Tuần lễ học tập suốt đời ở Điện Biên diễn ra khi nào?", "Từ 01/10 đến 07/10 hằng năm."])
Q(F, "Còn Hội LHPN?", [(B_, B_MTTQ)],
  "Theo mục 10 (đề nghị MTTQ và các đoàn thể), Hội LHPN huyện vận động phụ nữ dân tộc Mông tham gia lớp xóa mù chữ.",
  ["phụ nữ dân tộc Mông"],
  ["Huyện đoàn Bắc Hà làm gì?", "Tổ chức đội hình thanh niên tình nguyện hướng dẫn kỹ năng số."])
Q(F, "What about the Youth Union?", [(I_, I_DTN), (I_, I_DTN1)],
  "The ward Youth Union (Đoàn Thanh niên phường) sets up a volunteer team to teach digital skills to the elderly.",
  ["Đoàn Thanh niên"],
  ["What does the Ia Kring elderly association do?", "It keeps up the “Ông bà học tập” clubs in the residential groups."])
Q(F, "And the provincial Youth Union?", [(D_, D_TD1), (D_, D_TD2)],
  "Tỉnh đoàn makes youth the core of “Bình dân học vụ số” every year and runs summer Vietnamese classes for ethnic-minority children (June-August).",
  ["Bình dân học vụ số", "Tỉnh đoàn"],
  ["What does the Điện Biên Women's Union do?", "Mobilises ethnic-minority women into literacy classes and spreads the “Phụ nữ học tập, gia đình học tập” model."])
Q(F, "How much of it comes from the national target programme?", [(B_, B_KP)],
  "1,500 million VND (1.500 triệu đồng) of the 7,850 million total.",
  ["500"],
  ["What is the Bắc Hà budget?", "7,850 million VND."])
Q(F, "Vậy Mục III của nó có gì?", [(B_, B_T1), (B_, B_T2), (B_, B_T3), (B_, B_T4), (B_, B_T5)],
  "Mục III kế hoạch Bắc Hà: tuyên truyền; xóa mù chữ, chống tái mù chữ; nâng cao hiệu quả TTHTCĐ; phát triển kỹ năng số; xây dựng các mô hình học tập.",
  ["Tuyên truyền", "kỹ năng số"],
  ["Mục III kế hoạch của huyện Si Ma Cai gồm gì?", REFUSE, "Thế còn huyện Bắc Hà?",
   "Bắc Hà có Kế hoạch 96/KH-UBND ngày 12/3/2025."])

# ================================================================ unanswerable 30
U("Chỉ tiêu gia đình học tập năm 2030 của huyện Mường Nhé là bao nhiêu?", REFUSE)
U("Tỉnh Lào Cai đặt chỉ tiêu biết chữ năm 2030 bao nhiêu?", REFUSE)
U("Thành phố Pleiku bố trí bao nhiêu kinh phí cho xã hội học tập năm 2025?", REFUSE)
U("Kế hoạch xã hội học tập của huyện Si Ma Cai giao Phòng GD&ĐT những gì?", REFUSE)
U("Phường Hội Thương có bao nhiêu tổ dân phố đạt cộng đồng học tập?", REFUSE)
U("Tỉnh Gia Lai giao Sở Nội vụ nhiệm vụ gì trong kế hoạch XHHT?", REFUSE)
U("Chỉ tiêu gia đình học tập năm 2028 của tỉnh Điện Biên?", REFUSE)
U("Bắc Hà đặt chỉ tiêu kỹ năng số cho năm 2027 là bao nhiêu?", REFUSE)
U("Phường Ia Kring đặt chỉ tiêu gì cho năm 2030?", REFUSE)
U("Năm 2026 Bắc Hà đặt bao nhiêu % cơ quan cấp huyện đạt Đơn vị học tập?", REFUSE)
U("Hiện nay tỉnh Điện Biên còn bao nhiêu người mù chữ?", REFUSE)
U("Phường Ia Kring hiện có bao nhiêu hộ đã đạt gia đình học tập?", REFUSE)
U("Sở, ngành nào ở Điện Biên không làm đúng bảng phân công thì bị xử lý thế nào?", REFUSE)
U("Xã nào ở Bắc Hà không đạt chỉ tiêu xóa mù chữ có bị kỷ luật không?", REFUSE)
U("Nền tảng Điện Biên học tập số được cấp bao nhiêu tiền?", REFUSE)
U("Trong 7.850 triệu của Bắc Hà, phong trào Bình dân học vụ số được bao nhiêu?", REFUSE)
U("Lớp dệt thổ cẩm của phường Ia Kring được chi bao nhiêu tiền?", REFUSE)
U("Sở Y tế tỉnh Điện Biên được giao nhiệm vụ gì?", REFUSE)
U("Phòng Y tế huyện Bắc Hà làm gì trong kế hoạch?", REFUSE)
U("Bộ đội Biên phòng tỉnh Điện Biên được phân công gì?", REFUSE)
U("Trạm Y tế phường Ia Kring có nhiệm vụ gì?", REFUSE)
U("Ai ký Kế hoạch 715/KH-UBND của tỉnh Lào Cai?", REFUSE)
U("Kế hoạch 2871/KH-UBND của tỉnh Gia Lai do ai ký?", REFUSE)
U("Nghị quyết 14-NQ/TU của Tỉnh ủy Điện Biên đặt chỉ tiêu gia đình học tập bao nhiêu?", REFUSE)
U("What learning-family target does Lào Cai province set for 2030?", REFUSE_EN)
U("How many people in Bắc Hà are illiterate today?", REFUSE_EN)
U("What does the Điện Biên Department of Health have to do?", REFUSE_EN)
U("And in 2029?", REFUSE_EN,
  ["What is Ia Kring's digital-skills target for 2027?", "85% of people aged 15 and over."])
U("Thế còn huyện Mường Khương?", REFUSE,
  ["Chỉ tiêu xóa mù chữ năm 2030 của Bắc Hà?", "1.300 người (cộng dồn từ năm 2025)."])
U("Vậy giá mận Tam hoa năm nay bao nhiêu?", REFUSE,
  ["Phòng Nông nghiệp Bắc Hà chuyển giao kỹ thuật gì?", "Trồng mận Tam hoa, chè Shan tuyết."])


def main():
    for i, q in enumerate(QS, 1):
        q["id"] = f"f19-{i:03d}"
    with open(OUT, "w", encoding="utf-8") as f:
        for q in QS:
            f.write(unicodedata.normalize("NFC", json.dumps(q, ensure_ascii=False)) + "\n")
    counts = {}
    for q in QS:
        counts[q["type"]] = counts.get(q["type"], 0) + 1
    print(len(QS), dict(sorted(counts.items())), "->", OUT)


if __name__ == "__main__":
    main()
