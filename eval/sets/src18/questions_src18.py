"""Write eval/sets/newplans18.jsonl (ids e18-001…). Spans are verbatim from the text as extracted (see check_sets.py).

    python eval/sets/src18/questions_src18.py

Quảng Nam's docx keeps its whole body in a two-column layout table: python-docx gives the number cell and the text cell
as separate lines, so spans are cut from the text cell alone. Matrix rows of its appendix are cited from TT through
the Thời gian cell (blank cells vanish after normalisation) together with the header row of abbreviations and, for
bodies that appear only as a column, the note line that spells the abbreviation out. Tháp Mười's PDF spans stay inside
one page. Tân Ngãi's ASCII-table rows are cited as cell text (a wrapped cell joined into one line, cell after cell).
"""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "newplans18.jsonl")

Q_ = "quangnam_2847-KH-UBND_2024.docx"
T_ = "thapmuoi_58-KH-UBND_2025.pdf"
N_ = "tanngai_09-KH-UBND_2025.txt"
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

# ---------------------------------------------------------------- Quảng Nam (docx, layout table + matrix)
Q_NO = "Số: 2847/KH-UBND"
Q_DATE = "Quảng Nam, ngày 21 tháng 11 năm 2024"
Q_SIGN = "Phan Thị Ngọc Diệp"
Q_1373 = "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”;"
Q_387 = "Căn cứ Quyết định số 387/QĐ-TTg ngày 25/3/2022 của Thủ tướng Chính phủ phê duyệt Chương trình “Đẩy mạnh các phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị giai đoạn 2021 - 2030”;"
Q_NQ = "Căn cứ Nghị quyết số 21-NQ/TU ngày 06/9/2024 của Ban Thường vụ Tỉnh ủy Quảng Nam về đẩy mạnh học tập suốt đời, xây dựng xã hội học tập đến năm 2030;"
Q_6125 = "Căn cứ Kế hoạch số 6125/KH-UBND ngày 15/10/2021 của Ủy ban nhân dân tỉnh thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030” trên địa bàn tỉnh;"
Q_P1 = "Cụ thể hóa các mục tiêu của Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030” và Nghị quyết số 21-NQ/TU phù hợp với điều kiện của tỉnh, nhất là các huyện miền núi phía Tây và vùng đồng bào dân tộc Cơ Tu, Xê Đăng, Bh’noong, Giẻ Triêng."
Q_P2 = "Tạo cơ hội cho mọi người dân được học tập suốt đời, góp phần nâng cao dân trí, phát triển nguồn nhân lực phục vụ du lịch di sản Hội An - Mỹ Sơn, kinh tế biển và chuyển đổi số của tỉnh."
Q_A = "Về xóa mù chữ: đến năm 2025, tỷ lệ người trong độ tuổi từ 15 đến 60 đạt chuẩn biết chữ mức độ 2 đạt 97,5%; đến năm 2030 đạt 99%."
Q_A2 = "Tại 06 huyện miền núi Nam Trà My, Bắc Trà My, Tây Giang, Đông Giang, Nam Giang, Phước Sơn, đến năm 2030 đạt ít nhất 96%."
Q_B = "Về gia đình học tập: đến năm 2025 có 70% hộ gia đình đạt danh hiệu “Gia đình học tập”; đến năm 2030 đạt 82%."
Q_C = "Về dòng họ học tập: đến năm 2025 có 45% dòng họ đạt danh hiệu “Dòng họ học tập”; đến năm 2030 đạt 60%."
Q_D = "Về cộng đồng học tập cấp thôn: đến năm 2025 có 55% thôn, khối phố đạt danh hiệu “Cộng đồng học tập”; đến năm 2030 đạt 72%."
Q_DD = "Về đơn vị học tập: đến năm 2030 có ít nhất 85% cơ quan, đơn vị cấp tỉnh và 75% cơ quan, đơn vị cấp huyện đạt danh hiệu “Đơn vị học tập”."
Q_E = "Về Trung tâm học tập cộng đồng: 100% Trung tâm học tập cộng đồng được đánh giá, xếp loại hằng năm; đến năm 2027 có 60% và đến năm 2030 có 75% Trung tâm học tập cộng đồng xếp loại Tốt."
Q_G = "Về kỹ năng số: đến năm 2027 có 60% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản; đến năm 2030 đạt 80%."
Q_H = "Về ngoại ngữ cho lao động du lịch: đến năm 2027 bồi dưỡng ngoại ngữ giao tiếp cho 3.000 lượt lao động ngành du lịch tại thành phố Hội An, thị xã Điện Bàn và huyện Duy Xuyên; đến năm 2030 đạt 6.500 lượt."
Q_I = "Về lao động nông thôn: đến năm 2030 có 70% lao động là người dân tộc thiểu số ở các huyện miền núi được bồi dưỡng kiến thức trồng, chăm sóc và chế biến sâm Ngọc Linh, dược liệu dưới tán rừng."
Q_T1 = "tổ chức Tuần lễ hưởng ứng học tập suốt đời hằng năm từ ngày 01/10 đến ngày 07/10 với chủ đề chung của toàn tỉnh."
Q_T4 = "Triển khai phong trào “Bình dân học vụ số”; xây dựng nền tảng “Quảng Nam học tập trực tuyến” trong năm 2025 với ít nhất 150 khóa học mở; mỗi thôn, khối phố có ít nhất 01 tổ công nghệ số cộng đồng."
Q_T5 = "Mở lớp dạy chữ Cơ Tu, dạy nghề dệt thổ cẩm, làm gốm Thanh Hà; bồi dưỡng kiến thức trồng sâm Ngọc Linh, quế Trà My cho đồng bào vùng cao; bồi dưỡng kỹ năng an toàn trên biển cho ngư dân các xã ven biển thuộc huyện Núi Thành, Thăng Bình."
Q_T7 = "Đánh giá, công nhận các danh hiệu học tập hằng năm; sơ kết giai đoạn 2025 - 2027 trong quý IV/2027 và tổng kết giai đoạn 2025 - 2030 trong quý IV/2030."
Q_FUND = "Tổng kinh phí dự kiến thực hiện Kế hoạch giai đoạn 2025 - 2030 là 48.600 triệu đồng, trong đó: ngân sách tỉnh 27.400 triệu đồng; ngân sách cấp huyện 12.800 triệu đồng; xã hội hóa và các nguồn hợp pháp khác 8.400 triệu đồng."
Q_FUND2 = "Ngân sách tỉnh hỗ trợ mỗi Trung tâm học tập cộng đồng tại các xã miền núi 22 triệu đồng/năm; hỗ trợ 35 triệu đồng cho mỗi lớp dạy chữ Cơ Tu."
Q_GD = "Là cơ quan thường trực, chủ trì, phối hợp với các cơ quan, đơn vị triển khai Kế hoạch; hướng dẫn đánh giá, xếp loại Trung tâm học tập cộng đồng; chủ trì tổ chức Tuần lễ hưởng ứng học tập suốt đời; tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Giáo dục và Đào tạo trước ngày 15/12 hằng năm; tham mưu sơ kết trong quý IV/2027 và tổng kết trong quý IV/2030."
Q_NV = "Chủ trì xây dựng, hướng dẫn đánh giá, công nhận danh hiệu “Đơn vị học tập” cấp tỉnh; đưa nội dung học tập suốt đời vào kế hoạch bồi dưỡng cán bộ, công chức, viên chức hằng năm; tham mưu khen thưởng tập thể, cá nhân có thành tích trong tổng kết giai đoạn."
Q_VH = "Chủ trì phát triển hệ thống thư viện, nhà văn hóa, bảo tàng phục vụ học tập suốt đời; phối hợp bồi dưỡng ngoại ngữ, kỹ năng giao tiếp cho lao động ngành du lịch; hướng dẫn xây dựng mô hình “Làng học tập gắn với du lịch cộng đồng”; tổ chức Ngày Sách và Văn hóa đọc Việt Nam ngày 21/4 hằng năm."
Q_TT = "Chủ trì xây dựng nền tảng “Quảng Nam học tập trực tuyến”, hoàn thành trong quý III/2025; hướng dẫn các cơ quan báo chí, hệ thống thông tin cơ sở tuyên truyền về xây dựng xã hội học tập; phối hợp triển khai phong trào “Bình dân học vụ số”."
Q_BDT = "Chủ trì lồng ghép nội dung học tập suốt đời trong Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi; phối hợp mở lớp dạy chữ Cơ Tu và bồi dưỡng người có uy tín trong đồng bào dân tộc thiểu số."
Q_BAO_H = "Báo Quảng Nam, Đài Phát thanh - Truyền hình Quảng Nam"
Q_BAO = "Duy trì chuyên mục “Học tập suốt đời” ít nhất 01 kỳ/tháng; đưa tin về Tuần lễ hưởng ứng học tập suốt đời và các gương điển hình."
Q_MT = "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh lồng ghép xây dựng xã hội học tập với Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”."
Q_HKH = "Đề nghị Hội Khuyến học tỉnh chủ trì đánh giá, công nhận danh hiệu “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” cấp thôn; vận động Quỹ khuyến học; báo cáo kết quả về Sở Giáo dục và Đào tạo trước ngày 30/11 hằng năm."
Q_HUYEN = "Xây dựng kế hoạch thực hiện giai đoạn 2025 - 2030 của địa phương, hoàn thành trước ngày 31/01/2025; chỉ đạo Ủy ban nhân dân cấp xã củng cố Trung tâm học tập cộng đồng; bố trí ngân sách cấp huyện; báo cáo kết quả về Sở Giáo dục và Đào tạo trước ngày 30/11 hằng năm."
M_H = "TT Nhiệm vụ GDĐT NV TC VHTTDL TTTT LĐTBXH NNPTNT BDT HKH TĐ HLHPN UBND huyện Thời gian"
M = {
    1: "1 Tuyên truyền, tổ chức Tuần lễ hưởng ứng học tập suốt đời CT PH PH PH PH PH Tháng 10 hằng năm",
    2: "2 Đánh giá, xếp loại Trung tâm học tập cộng đồng CT PH Tháng 12 hằng năm",
    3: "3 Xóa mù chữ, mở lớp sau biết chữ tại xã đặc biệt khó khăn CT PH PH PH 2025 - 2030",
    4: "4 Dạy chữ Cơ Tu cho cán bộ, công chức và người dân CT PH PH PH 2025 - 2030",
    5: "5 Đánh giá, công nhận “Đơn vị học tập” cấp tỉnh CT Quý IV hằng năm",
    6: "6 Bồi dưỡng nghề, kỹ năng nghề cho lao động nông thôn, lao động mất việc làm CT PH PH PH Hằng năm",
    7: "7 Bồi dưỡng kỹ năng tìm việc làm, khởi nghiệp cho thanh niên PH CT PH Quý II hằng năm",
    8: "8 Bồi dưỡng trồng, chế biến sâm Ngọc Linh, dược liệu dưới tán rừng CT PH PH 2025 - 2030",
    9: "9 Bồi dưỡng ngoại ngữ giao tiếp cho lao động du lịch PH CT PH Quý IV/2027; Quý IV/2030",
    10: "10 Xây dựng nền tảng “Quảng Nam học tập trực tuyến” PH CT Quý III/2025",
    11: "11 Phong trào “Bình dân học vụ số” tại thôn, khối phố PH CT PH PH 2025 - 2026",
    12: "12 Phong trào “Phụ nữ học tập, gia đình học tập” PH CT PH Hằng năm",
    13: "13 Công nhận “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” PH CT PH Tháng 12 hằng năm",
    14: "14 Bố trí kinh phí thực hiện Kế hoạch CT PH Hằng năm",
    15: "15 Sơ kết, tổng kết thực hiện Kế hoạch CT PH PH PH Quý IV/2027; Quý IV/2030",
}
M_LEG = "CT: chủ trì; PH: phối hợp."
N_LDTBXH = "LĐTBXH - Sở Lao động - Thương binh và Xã hội"
N_NNPTNT = "NNPTNT - Sở Nông nghiệp và Phát triển nông thôn"
N_TD = "TĐ - Tỉnh đoàn"
N_HLHPN = "HLHPN - Hội Liên hiệp Phụ nữ tỉnh"


def QM(*rows):
    """evidence for matrix rows: the header row, then each row"""
    return [(Q_, M_H)] + [(Q_, M[r]) for r in rows]


# ---------------------------------------------------------------- Tháp Mười (amending PDF)
T_NO = "Số: 58/KH-UBND"
T_DATE = "Tháp Mười, ngày 07 tháng 4 năm 2025"
T_SIGN = "Huỳnh Thị Bích Trâm"
T_TITLE = "Điều chỉnh, bổ sung Kế hoạch số 135/KH-UBND ngày 16/6/2022 của Ủy ban nhân dân huyện Tháp Mười về xây dựng xã hội học tập giai đoạn 2021 - 2030"
T_1373 = "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”;"
T_96 = "Căn cứ Kế hoạch số 96/KH-UBND ngày 14/3/2025 của Ủy ban nhân dân tỉnh Đồng Tháp về đẩy mạnh phong trào “Bình dân học vụ số” trên địa bàn tỉnh;"
T_412 = "Căn cứ Quyết định số 412/QĐ-UBND ngày 03/3/2025 của Ủy ban nhân dân huyện về việc tổ chức lại các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện Tháp Mười;"
T_MD = "Cập nhật chỉ tiêu phù hợp với kết quả thực hiện giai đoạn 2021 - 2024 và yêu cầu chuyển đổi số; xác định lại trách nhiệm của các cơ quan chuyên môn sau khi sắp xếp tổ chức bộ máy từ ngày 01/3/2025."
T_1 = "1. Sửa đổi điểm a khoản 2 Mục II như sau:"
T_A = "“a) Đến năm 2030, tỷ lệ hộ gia đình đạt danh hiệu “Gia đình học tập” đạt 80%; tỷ lệ ấp, khóm đạt danh hiệu “Cộng đồng học tập” đạt 75%.”"
T_2 = "2. Sửa đổi điểm c khoản 2 Mục II như sau:"
T_C = "“c) Đến năm 2027, 65% người từ 15 tuổi trở lên có kỹ năng số cơ bản; đến năm 2030 đạt 85%.”"
T_3 = "3. Bổ sung điểm đ vào khoản 2 Mục II như sau:"
T_DD = "“đ) Đến năm 2030, 100% Trung tâm học tập cộng đồng các xã, thị trấn được đánh giá, xếp loại; ít nhất 9/13 Trung tâm xếp loại Tốt.”"
T_4 = "4. Bổ sung nhiệm vụ 6 vào Mục III như sau:"
T_N6 = "“6. Triển khai phong trào “Bình dân học vụ số”: mỗi ấp, khóm có ít nhất 01 tổ công nghệ số cộng đồng; hướng dẫn người dân sử dụng dịch vụ công trực tuyến, VNeID, thanh toán không dùng tiền mặt và bán nông sản trên sàn thương mại điện tử.”"
T_5 = "5. Bổ sung nhiệm vụ 7 vào Mục III như sau:"
T_N7 = "“7. Gắn học tập suốt đời với sản xuất lúa chất lượng cao, nuôi trồng sen và phát triển du lịch tại Khu du lịch Đồng Sen Tháp Mười, Khu di tích Gò Tháp; mỗi năm tổ chức ít nhất 24 chuyên đề cho nông dân tại các Trung tâm học tập cộng đồng.”"
T_BB = "6. Bãi bỏ điểm d khoản 2 Mục II (chỉ tiêu về số xã đạt danh hiệu “Cộng đồng học tập” cấp xã) và nhiệm vụ 4 Mục III (tổ chức Hội thi “Gia đình học tập” cấp huyện hằng năm)."
T_TT = "7. Thay thế cụm từ “Phòng Lao động - Thương binh và Xã hội” bằng cụm từ “Phòng Nội vụ” tại Mục V; thay thế cụm từ “Phòng Văn hóa và Thông tin” bằng cụm từ “Phòng Văn hóa, Khoa học và Thông tin” tại Mục III và Mục V."
T_KP = "8. Sửa đổi khoản 1 Mục IV như sau: điều chỉnh tổng kinh phí thực hiện giai đoạn 2025 - 2030 từ 6.200 triệu đồng lên 8.450 triệu đồng, trong đó: ngân sách huyện 4.650 triệu đồng; ngân sách xã, thị trấn 2.100 triệu đồng; xã hội hóa 1.700 triệu đồng."
T_KP2 = "Phần tăng thêm 2.250 triệu đồng ưu tiên cho phong trào “Bình dân học vụ số” và hỗ trợ mỗi Trung tâm học tập cộng đồng 15 triệu đồng/năm."
T_GD = "1. Phòng Giáo dục và Đào tạo: Là cơ quan thường trực, hướng dẫn các xã, thị trấn điều chỉnh kế hoạch của địa phương; theo dõi việc thực hiện các chỉ tiêu đã sửa đổi, bổ sung; tổng hợp, báo cáo Ủy ban nhân dân huyện trước ngày 25/11 hằng năm; tham mưu sơ kết việc thực hiện Kế hoạch điều chỉnh trước ngày 15/12/2025."
T_NV = "2. Phòng Nội vụ: Thực hiện các nhiệm vụ trước đây giao cho Phòng Lao động - Thương binh và Xã hội; chủ trì bồi dưỡng nghề cho lao động nông thôn; đưa nội dung học tập suốt đời vào kế hoạch bồi dưỡng cán bộ, công chức cấp xã trong quý III/2025."
T_TCKH = "3. Phòng Tài chính - Kế hoạch: Tham mưu bố trí phần kinh phí tăng thêm trong dự toán năm 2026, trình Ủy ban nhân dân huyện trước ngày 31/10/2025; hướng dẫn các xã, thị trấn sử dụng kinh phí"
T_VH = "4. Phòng Văn hóa, Khoa học và Thông tin: Chủ trì phong trào “Bình dân học vụ số”; hướng dẫn thành lập tổ công nghệ số cộng đồng ở ấp, khóm, hoàn thành trong quý II/2025; chủ trì tuyên truyền về Kế hoạch điều chỉnh."
T_NN = "5. Phòng Nông nghiệp và Môi trường: Chủ trì biên soạn tài liệu, tổ chức chuyên đề về sản xuất lúa chất lượng cao, nuôi trồng và chế biến sen tại các Trung tâm học tập cộng đồng."
T_TTVH = "6. Trung tâm Văn hóa - Thể thao và Truyền thanh huyện: Duy trì chuyên mục “Tháp Mười học tập suốt đời” 02 kỳ/tháng trên sóng truyền thanh huyện."
T_GDNN = "7. Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện: Phối hợp Phòng Nội vụ mở lớp đào tạo nghề ngắn hạn; phối hợp Phòng Nông nghiệp và Môi trường tổ chức lớp kỹ thuật trồng sen, khai thác du lịch sinh thái."
T_CA = "8. Công an huyện: Hướng dẫn người dân kích hoạt, sử dụng tài khoản định danh điện tử VNeID mức độ 2 thông qua tổ công nghệ số cộng đồng."
T_MT = "9. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và Hội Khuyến học huyện: Phối hợp tuyên truyền, vận động Nhân dân tham gia học tập; Hội Khuyến học huyện chủ trì đánh giá, công nhận danh hiệu “Gia đình học tập” và “Cộng đồng học tập” theo chỉ tiêu mới, báo cáo kết quả trước ngày 20/11 hằng năm."
T_XA = "10. Ủy ban nhân dân các xã, thị trấn: Điều chỉnh kế hoạch xây dựng xã hội học tập của địa phương, hoàn thành trước ngày 30/5/2025; bố trí ngân sách xã, thị trấn theo phân bổ; báo cáo 6 tháng trước ngày 10/6 và báo cáo năm trước ngày 15/11 về Phòng Giáo dục và Đào tạo."

# ---------------------------------------------------------------- Tân Ngãi (fixed-width txt, ASCII tables)
N_NO = "Số: 09/KH-UBND"
N_DATE = "Tân Ngãi, ngày 10 tháng 01 năm 2025"
N_SIGN = "Lâm Quốc Trung"
N_318 = "Căn cứ Kế hoạch số 318/KH-UBND ngày 20/11/2024 của Ủy ban nhân dân thành phố Vĩnh Long về xây dựng xã hội học tập giai đoạn 2025 - 2030;"
N_NQ15 = "Căn cứ Nghị quyết số 15/NQ-HĐND ngày 19/12/2024 của Hội đồng nhân dân phường Tân Ngãi về nhiệm vụ phát triển kinh tế - xã hội năm 2025;"
N_1373 = 'Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án "Xây dựng xã hội học tập giai đoạn 2021 - 2030";'
N_MD = "Nâng cao nhận thức của cán bộ, đảng viên và Nhân dân về học tập suốt đời; tạo cơ hội cho mọi người dân trong phường, nhất là lao động tự do, người cao tuổi và thanh thiếu niên, được học tập thường xuyên, góp phần xây dựng phường văn minh đô thị."
N_K1 = "Tỷ lệ người trong độ tuổi từ 15 đến 60 đạt chuẩn biết chữ mức độ 2 đạt 96,5%"
N_K2 = 'Có 1.842/2.150 hộ (85,7%) đạt danh hiệu "Gia đình học tập"; 4/6 khóm đạt danh hiệu "Cộng đồng học tập".'
N_K3 = "Trung tâm học tập cộng đồng tổ chức 18 chuyên đề với 1.260 lượt người tham gia; được xếp loại Khá."
N_H = "TT Chỉ tiêu Năm 2025 Năm 2026 Năm 2027"
N_R = {
    1: "1 Tỷ lệ người từ 15 đến 60 tuổi đạt chuẩn biết chữ mức độ 2 97% 97,5% 98%",
    2: '2 Tỷ lệ hộ gia đình đạt danh hiệu "Gia đình học tập" 87% 88,5% 90%',
    3: '3 Số khóm đạt danh hiệu "Cộng đồng học tập" 5/6 khóm 5/6 khóm 6/6 khóm',
    4: "4 Số chuyên đề do Trung tâm học tập cộng đồng tổ chức 20 chuyên đề 22 chuyên đề 24 chuyên đề",
    5: "5 Số lượt người tham gia học tập tại Trung tâm học tập cộng đồng 1.350 lượt 1.450 lượt 1.600 lượt",
    6: "6 Tỷ lệ người từ 15 tuổi trở lên có kỹ năng số cơ bản 55% 70%",
    7: '7 Tỷ lệ cơ quan, đơn vị, trường học trên địa bàn đạt danh hiệu "Đơn vị học tập" 80% 85% 90%',
    8: "8 Số suất học bổng trao cho học sinh nghèo vượt khó 90 suất 95 suất 100 suất",
    9: "9 Xếp loại Trung tâm học tập cộng đồng Khá Tốt Tốt",
}
N_BLANK = "(Ô để trống: chỉ tiêu năm đó sẽ xác định khi sơ kết năm 2025)"


def NR(*rows):
    return [(N_, N_H)] + [(N_, N_R[r]) for r in rows]


N_NV1 = "Tuyên truyền trên hệ thống loa truyền thanh phường, trang thông tin điện tử phường và nhóm Zalo của các khóm; tổ chức Tuần lễ hưởng ứng học tập suốt đời từ ngày 01/10 đến ngày 07/10 hằng năm tại Trung tâm học tập cộng đồng."
N_NV2 = "Mỗi năm tổ chức các chuyên đề về trồng và chăm sóc cây ăn trái, kinh doanh dịch vụ ăn uống ven sông, an toàn thực phẩm, phòng chống đuối nước cho trẻ em; bố trí 01 phòng máy tính với 10 máy phục vụ lớp kỹ năng số trong năm 2025."
N_NV4 = "Thành lập 06 tổ công nghệ số cộng đồng tại các khóm; mở lớp kỹ năng số cơ bản cho người cao tuổi và hộ kinh doanh, mỗi năm ít nhất 08 lớp."
N_KP = "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2025 - 2027 là 465.000.000 đồng (Bốn trăm sáu mươi lăm triệu đồng), trong đó: ngân sách phường 300.000.000 đồng; ngân sách thành phố hỗ trợ 90.000.000 đồng; xã hội hóa 75.000.000 đồng."
N_PK = "Phân kỳ: năm 2025 là 145.000.000 đồng; năm 2026 là 155.000.000 đồng; năm 2027 là 165.000.000 đồng."
N_TT30 = "Kinh phí hoạt động của Trung tâm học tập cộng đồng là 30.000.000 đồng/năm, nằm trong tổng kinh phí nêu trên."
N_TH = "TT Đơn vị Nhiệm vụ Thời gian"
N_A = {
    1: "1 Công chức Văn hóa - Xã hội Tham mưu Ủy ban nhân dân phường triển khai Kế hoạch; làm đầu mối theo dõi các chỉ tiêu tại Bảng 1; tổng hợp báo cáo của các đơn vị, khóm. Báo cáo trước ngày 25/11 hằng năm",
    2: "2 Trung tâm học tập cộng đồng phường Xây dựng chương trình chuyên đề cả năm; tổ chức Tuần lễ hưởng ứng học tập suốt đời; quản lý phòng máy tính và các lớp kỹ năng số. Quý I hằng năm",
    3: "3 Công chức Tài chính - Kế toán Tham mưu dự toán kinh phí hằng năm theo phân kỳ tại Phần thứ hai; hướng dẫn thanh quyết toán; phối hợp vận động xã hội hóa. Trước ngày 15/10 hằng năm",
    4: "4 Công chức Văn phòng - Thống kê Cập nhật số liệu hộ gia đình học tập; đăng tin trên trang thông tin điện tử phường. Hằng quý",
    5: "5 Trường Tiểu học Tân Ngãi, Trường THCS Tân Ngãi Cho mượn phòng máy tính trong dịp hè; giáo viên tham gia dạy lớp kỹ năng số và lớp phụ đạo miễn phí cho học sinh có hoàn cảnh khó khăn. Tháng 6 - tháng 8 hằng năm",
    6: "6 Công an phường Hướng dẫn người dân kích hoạt tài khoản định danh điện tử VNeID mức độ 2; tuyên truyền pháp luật về an ninh mạng, phòng chống lừa đảo trực tuyến. Hoàn thành trong năm 2025",
    7: '7 Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường Lồng ghép xây dựng xã hội học tập với Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"; giám sát việc bình xét các danh hiệu. Hằng năm',
    8: '8 Đề nghị Hội Khuyến học phường Chủ trì bình xét, đề nghị công nhận "Gia đình học tập", "Cộng đồng học tập", "Đơn vị học tập"; vận động Quỹ khuyến học; trao học bổng. Tháng 12 hằng năm',
    9: "9 Đề nghị Đoàn Thanh niên phường Làm nòng cốt trong 06 tổ công nghệ số cộng đồng; hướng dẫn người cao tuổi sử dụng điện thoại thông minh, dịch vụ công trực tuyến. 2025 - 2027",
    10: "10 Đề nghị Hội Liên hiệp Phụ nữ phường Tổ chức chuyên đề nuôi dạy con, an toàn thực phẩm, kinh doanh online cho hội viên; vận động phụ nữ tham gia lớp kỹ năng số. Hằng năm",
    11: "11 Hội Người cao tuổi phường Duy trì câu lạc bộ đọc sách và câu lạc bộ dưỡng sinh; vận động người cao tuổi học tập kỹ năng số. Hằng năm",
    12: '12 Trưởng các khóm Vận động hộ gia đình đăng ký danh hiệu "Gia đình học tập"; lập danh sách hộ đạt danh hiệu gửi Hội Khuyến học phường. Trước ngày 30/11 hằng năm',
}


def NA(*rows):
    return [(N_, N_TH)] + [(N_, N_A[r]) for r in rows]


N_BC = "Các đơn vị, khóm báo cáo kết quả 6 tháng trước ngày 10/6 và báo cáo năm trước ngày 20/11 về Ủy ban nhân dân phường (qua công chức Văn hóa - Xã hội)."
N_BC2 = "Ủy ban nhân dân phường báo cáo Ủy ban nhân dân thành phố (qua Phòng Giáo dục và Đào tạo) trước ngày 05/12 hằng năm."

# bundled plans
CT_1373 = "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án"
HUE_SIGN = "Nguyễn Thanh Bình"
HN_60 = "60% gia đình, dòng họ, cộng đồng đạt danh hiệu gia đình, dòng họ, cộng"

# ================================================================ agency_tasks (12)
Q("agency_tasks", "Theo kế hoạch của tỉnh Quảng Nam, Sở Giáo dục và Đào tạo có nhiệm vụ gì?",
  [(Q_, Q_GD)] + QM(1, 2, 3, 4, 15),
  "Sở GD&ĐT là cơ quan thường trực: chủ trì, phối hợp triển khai Kế hoạch; hướng dẫn đánh giá, xếp loại Trung tâm học tập cộng đồng; chủ trì Tuần lễ hưởng ứng học tập suốt đời; báo cáo UBND tỉnh và Bộ GD&ĐT trước ngày 15/12 hằng năm; tham mưu sơ kết quý IV/2027, tổng kết quý IV/2030. Theo Phụ lục, Sở chủ trì các dòng 1 (tuyên truyền, Tuần lễ), 2 (xếp loại TTHTCĐ), 3 (xóa mù chữ), 4 (dạy chữ Cơ Tu), 15 (sơ kết, tổng kết) và phối hợp ở các dòng 7, 9, 10, 11, 13.",
  ["thường trực", "15/12", "Tuần lễ", "xóa mù chữ"])
Q("agency_tasks", "Sở Lao động - Thương binh và Xã hội Quảng Nam phải làm gì theo Kế hoạch 2847?",
  QM(6, 7, 9) + [(Q_, N_LDTBXH), (Q_, M_LEG)],
  "Sở LĐ-TB&XH không có mục riêng trong phần V; theo Phụ lục phân công (cột LĐTBXH), Sở chủ trì: bồi dưỡng nghề, kỹ năng nghề cho lao động nông thôn, lao động mất việc làm (hằng năm); bồi dưỡng kỹ năng tìm việc làm, khởi nghiệp cho thanh niên (quý II hằng năm); và phối hợp bồi dưỡng ngoại ngữ giao tiếp cho lao động du lịch (quý IV/2027; quý IV/2030).",
  ["lao động nông thôn", "khởi nghiệp", "ngoại ngữ"])
Q("agency_tasks", "Sở Nông nghiệp và Phát triển nông thôn Quảng Nam được giao những việc gì?",
  QM(8, 6) + [(Q_, N_NNPTNT)],
  "Theo Phụ lục (cột NNPTNT), Sở NN&PTNT chủ trì bồi dưỡng trồng, chế biến sâm Ngọc Linh, dược liệu dưới tán rừng (2025 - 2030) và phối hợp bồi dưỡng nghề, kỹ năng nghề cho lao động nông thôn, lao động mất việc làm (hằng năm). Sở không có đoạn nhiệm vụ riêng trong phần V.",
  ["sâm Ngọc Linh", "lao động nông thôn"])
Q("agency_tasks", "Ban Dân tộc tỉnh Quảng Nam làm gì trong kế hoạch xây dựng XHHT?",
  [(Q_, Q_BDT)] + QM(3, 4, 8),
  "Ban Dân tộc tỉnh chủ trì lồng ghép nội dung học tập suốt đời trong Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi; phối hợp mở lớp dạy chữ Cơ Tu và bồi dưỡng người có uy tín. Trong Phụ lục, Ban phối hợp ở các dòng xóa mù chữ (3), dạy chữ Cơ Tu (4) và bồi dưỡng trồng sâm Ngọc Linh, dược liệu (8).",
  ["Chương trình mục tiêu quốc gia", "Cơ Tu", "người có uy tín"])
Q("agency_tasks", "Hội Khuyến học tỉnh Quảng Nam được đề nghị làm những gì?",
  [(Q_, Q_HKH)] + QM(13, 3, 12, 15),
  "Hội Khuyến học tỉnh được đề nghị chủ trì đánh giá, công nhận danh hiệu “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” cấp thôn (Phụ lục dòng 13, tháng 12 hằng năm); vận động Quỹ khuyến học; báo cáo về Sở GD&ĐT trước ngày 30/11 hằng năm; ngoài ra phối hợp xóa mù chữ (dòng 3), phong trào “Phụ nữ học tập, gia đình học tập” (dòng 12) và sơ kết, tổng kết (dòng 15).",
  ["Quỹ khuyến học", "30/11", "Dòng họ học tập"])
Q("agency_tasks", "Đài Phát thanh - Truyền hình Quảng Nam có nhiệm vụ gì?",
  [(Q_, Q_BAO_H), (Q_, Q_BAO)],
  "Báo Quảng Nam và Đài PT-TH Quảng Nam duy trì chuyên mục “Học tập suốt đời” ít nhất 01 kỳ/tháng; đưa tin về Tuần lễ hưởng ứng học tập suốt đời và các gương điển hình.",
  ["01 kỳ/tháng", "Học tập suốt đời"])
Q("agency_tasks", "Phòng Văn hóa, Khoa học và Thông tin huyện Tháp Mười làm gì theo kế hoạch điều chỉnh?",
  [(T_, T_VH)],
  "Phòng Văn hóa, Khoa học và Thông tin chủ trì phong trào “Bình dân học vụ số”; hướng dẫn thành lập tổ công nghệ số cộng đồng ở ấp, khóm, hoàn thành trong quý II/2025; chủ trì tuyên truyền về Kế hoạch điều chỉnh.",
  ["Bình dân học vụ số", "tổ công nghệ số", "quý II/2025"])
Q("agency_tasks", "Trung tâm GDNN-GDTX huyện Tháp Mười được giao gì?",
  [(T_, T_GDNN)],
  "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện phối hợp Phòng Nội vụ mở lớp đào tạo nghề ngắn hạn; phối hợp Phòng Nông nghiệp và Môi trường tổ chức lớp kỹ thuật trồng sen, khai thác du lịch sinh thái.",
  ["đào tạo nghề ngắn hạn", "trồng sen"])
Q("agency_tasks", "Phòng Nông nghiệp và Môi trường Tháp Mười phải làm gì?",
  [(T_, T_NN)],
  "Phòng Nông nghiệp và Môi trường chủ trì biên soạn tài liệu, tổ chức chuyên đề về sản xuất lúa chất lượng cao, nuôi trồng và chế biến sen tại các Trung tâm học tập cộng đồng.",
  ["lúa chất lượng cao", "sen"])
Q("agency_tasks", "Công chức Tài chính - Kế toán phường Tân Ngãi có nhiệm vụ gì?",
  NA(3),
  "Công chức Tài chính - Kế toán tham mưu dự toán kinh phí hằng năm theo phân kỳ tại Phần thứ hai; hướng dẫn thanh quyết toán; phối hợp vận động xã hội hóa — trước ngày 15/10 hằng năm.",
  ["dự toán", "15/10"])
Q("agency_tasks", "Các trường học ở phường Tân Ngãi phải làm gì theo kế hoạch?",
  NA(5),
  "Trường Tiểu học Tân Ngãi và Trường THCS Tân Ngãi cho mượn phòng máy tính trong dịp hè; giáo viên tham gia dạy lớp kỹ năng số và lớp phụ đạo miễn phí cho học sinh có hoàn cảnh khó khăn (tháng 6 - tháng 8 hằng năm).",
  ["phòng máy tính", "phụ đạo", "tháng 8"])
Q("agency_tasks", "Hội Khuyến học phường Tân Ngãi được đề nghị làm gì?",
  NA(8, 12),
  "Hội Khuyến học phường được đề nghị chủ trì bình xét, đề nghị công nhận “Gia đình học tập”, “Cộng đồng học tập”, “Đơn vị học tập”; vận động Quỹ khuyến học; trao học bổng (tháng 12 hằng năm). Trưởng các khóm gửi danh sách hộ đạt danh hiệu cho Hội trước ngày 30/11.",
  ["bình xét", "Quỹ khuyến học", "Tháng 12"])

# ================================================================ target (12)
Q("target", "Quảng Nam đặt chỉ tiêu biết chữ mức độ 2 năm 2025 là bao nhiêu?",
  [(Q_, Q_A)],
  "Đến năm 2025, tỷ lệ người từ 15 đến 60 tuổi đạt chuẩn biết chữ mức độ 2 đạt 97,5% (đến năm 2030 đạt 99%).",
  ["97,5%"])
Q("target", "Chỉ tiêu đơn vị học tập đến năm 2030 của tỉnh Quảng Nam?",
  [(Q_, Q_DD)],
  "Đến năm 2030, ít nhất 85% cơ quan, đơn vị cấp tỉnh và 75% cơ quan, đơn vị cấp huyện đạt danh hiệu “Đơn vị học tập”.",
  ["85%", "75%"])
Q("target", "Đến 2030 Quảng Nam phấn đấu bao nhiêu % thôn, khối phố đạt cộng đồng học tập?",
  [(Q_, Q_D)],
  "72% thôn, khối phố đạt danh hiệu “Cộng đồng học tập” vào năm 2030 (năm 2025 là 55%).",
  ["72%"])
Q("target", "Quảng Nam bồi dưỡng ngoại ngữ cho bao nhiêu lượt lao động du lịch?",
  [(Q_, Q_H)],
  "Đến năm 2027 bồi dưỡng ngoại ngữ giao tiếp cho 3.000 lượt lao động ngành du lịch tại Hội An, Điện Bàn, Duy Xuyên; đến năm 2030 đạt 6.500 lượt.",
  ["3.000", "6.500"])
Q("target", "Tỷ lệ lao động dân tộc thiểu số được bồi dưỡng trồng sâm Ngọc Linh đến 2030 ở Quảng Nam?",
  [(Q_, Q_I)],
  "Đến năm 2030, 70% lao động là người dân tộc thiểu số ở các huyện miền núi được bồi dưỡng kiến thức trồng, chăm sóc, chế biến sâm Ngọc Linh, dược liệu dưới tán rừng.",
  ["70%"])
Q("target", "Các huyện miền núi của Quảng Nam phải đạt tỷ lệ biết chữ bao nhiêu vào năm 2030?",
  [(Q_, Q_A2)],
  "Tại 06 huyện miền núi (Nam Trà My, Bắc Trà My, Tây Giang, Đông Giang, Nam Giang, Phước Sơn), đến năm 2030 tỷ lệ biết chữ mức độ 2 đạt ít nhất 96% (toàn tỉnh 99%).",
  ["96%"])
Q("target", "Theo kế hoạch điều chỉnh, Tháp Mười cần bao nhiêu TTHTCĐ xếp loại Tốt đến 2030?",
  [(T_, T_3), (T_, T_DD)],
  "Điểm đ được bổ sung: đến năm 2030, 100% Trung tâm học tập cộng đồng các xã, thị trấn được đánh giá, xếp loại; ít nhất 9/13 Trung tâm xếp loại Tốt.",
  ["9/13"])
Q("target", "Tháp Mười sửa chỉ tiêu cộng đồng học tập ấp, khóm thành bao nhiêu?",
  [(T_, T_1), (T_, T_A)],
  "Điểm a khoản 2 Mục II được sửa: đến năm 2030, 75% ấp, khóm đạt danh hiệu “Cộng đồng học tập” (và 80% hộ gia đình đạt “Gia đình học tập”).",
  ["75%"])
Q("target", "Phường Tân Ngãi đặt tỷ lệ biết chữ mức độ 2 năm 2026 là bao nhiêu?",
  NR(1),
  "Năm 2026: 97,5% người từ 15 đến 60 tuổi đạt chuẩn biết chữ mức độ 2 (2025: 97%; 2027: 98%).",
  ["97,5%"])
Q("target", "Năm 2026 phường Tân Ngãi phấn đấu bao nhiêu % cơ quan, đơn vị đạt Đơn vị học tập?",
  NR(7),
  "Năm 2026: 85% cơ quan, đơn vị, trường học trên địa bàn đạt danh hiệu “Đơn vị học tập”.",
  ["85%"])
Q("target", "Năm 2027 phường Tân Ngãi trao bao nhiêu suất học bổng?",
  NR(8),
  "Năm 2027: 100 suất học bổng cho học sinh nghèo vượt khó (2025: 90; 2026: 95).",
  ["100 suất"])
Q("target", "TTHTCĐ phường Tân Ngãi phải đạt xếp loại gì từng năm?",
  NR(9),
  "Xếp loại Trung tâm học tập cộng đồng: năm 2025 Khá; năm 2026 và năm 2027 Tốt.",
  ["Khá", "Tốt"])

# ================================================================ deadline (8)
Q("deadline", "Sở GD&ĐT Quảng Nam phải báo cáo UBND tỉnh trước ngày nào?",
  [(Q_, Q_GD)],
  "Sở GD&ĐT tổng hợp, báo cáo UBND tỉnh và Bộ GD&ĐT trước ngày 15/12 hằng năm.",
  ["15/12"])
Q("deadline", "UBND các huyện ở Quảng Nam phải xây dựng kế hoạch xong khi nào và báo cáo trước ngày nào?",
  [(Q_, Q_HUYEN)],
  "UBND các huyện, thị xã, thành phố hoàn thành kế hoạch giai đoạn 2025 - 2030 của địa phương trước ngày 31/01/2025 và báo cáo kết quả về Sở GD&ĐT trước ngày 30/11 hằng năm.",
  ["31/01/2025", "30/11"])
Q("deadline", "Việc đánh giá, công nhận Đơn vị học tập cấp tỉnh ở Quảng Nam làm vào thời gian nào?",
  QM(5),
  "Theo Phụ lục, Sở Nội vụ chủ trì đánh giá, công nhận “Đơn vị học tập” cấp tỉnh vào quý IV hằng năm.",
  ["Quý IV"])
Q("deadline", "Khi nào Quảng Nam sơ kết và tổng kết kế hoạch?",
  [(Q_, Q_T7)] + QM(15),
  "Sơ kết giai đoạn 2025 - 2027 trong quý IV/2027 và tổng kết giai đoạn 2025 - 2030 trong quý IV/2030 (Sở GD&ĐT chủ trì).",
  ["quý IV/2027", "quý IV/2030"])
Q("deadline", "Phòng Tài chính - Kế hoạch Tháp Mười phải trình phần kinh phí tăng thêm trước ngày nào?",
  [(T_, T_TCKH)],
  "Phòng TC-KH tham mưu bố trí phần kinh phí tăng thêm trong dự toán năm 2026, trình UBND huyện trước ngày 31/10/2025.",
  ["31/10/2025"])
Q("deadline", "Tổ công nghệ số cộng đồng ở ấp, khóm Tháp Mười phải thành lập xong khi nào?",
  [(T_, T_VH)],
  "Phòng Văn hóa, Khoa học và Thông tin hướng dẫn thành lập tổ công nghệ số cộng đồng ở ấp, khóm, hoàn thành trong quý II/2025.",
  ["quý II/2025"])
Q("deadline", "Các đơn vị, khóm ở Tân Ngãi báo cáo 6 tháng và báo cáo năm trước ngày nào?",
  [(N_, N_BC)],
  "Báo cáo 6 tháng trước ngày 10/6 và báo cáo năm trước ngày 20/11 về UBND phường (qua công chức Văn hóa - Xã hội).",
  ["10/6", "20/11"])
Q("deadline", "UBND phường Tân Ngãi báo cáo thành phố hạn chót ngày nào?",
  [(N_, N_BC2)],
  "UBND phường báo cáo UBND thành phố (qua Phòng GD&ĐT) trước ngày 05/12 hằng năm.",
  ["05/12"])

# ================================================================ funding (8)
Q("funding", "Tổng kinh phí kế hoạch XHHT Quảng Nam 2025-2030 bao nhiêu, từ nguồn nào?",
  [(Q_, Q_FUND)],
  "Tổng kinh phí dự kiến 48.600 triệu đồng: ngân sách tỉnh 27.400 triệu; ngân sách cấp huyện 12.800 triệu; xã hội hóa và nguồn hợp pháp khác 8.400 triệu đồng.",
  ["48.600", "27.400", "12.800", "8.400"])
Q("funding", "Quảng Nam hỗ trợ mỗi trung tâm học tập cộng đồng miền núi bao nhiêu tiền một năm?",
  [(Q_, Q_FUND2)],
  "Ngân sách tỉnh hỗ trợ mỗi Trung tâm học tập cộng đồng tại các xã miền núi 22 triệu đồng/năm (và 35 triệu đồng cho mỗi lớp dạy chữ Cơ Tu).",
  ["22 triệu"])
Q("funding", "Mỗi lớp dạy chữ Cơ Tu được hỗ trợ bao nhiêu?",
  [(Q_, Q_FUND2)],
  "Ngân sách tỉnh Quảng Nam hỗ trợ 35 triệu đồng cho mỗi lớp dạy chữ Cơ Tu.",
  ["35 triệu"])
Q("funding", "Sau điều chỉnh, tổng kinh phí kế hoạch XHHT huyện Tháp Mười là bao nhiêu và chia theo nguồn thế nào?",
  [(T_, T_KP)],
  "Tổng kinh phí giai đoạn 2025 - 2030 được điều chỉnh từ 6.200 lên 8.450 triệu đồng: ngân sách huyện 4.650 triệu; ngân sách xã, thị trấn 2.100 triệu; xã hội hóa 1.700 triệu đồng.",
  ["8.450", "4.650", "2.100", "1.700"])
Q("funding", "Phần kinh phí tăng thêm của Tháp Mười là bao nhiêu, dùng vào việc gì?",
  [(T_, T_KP2)],
  "Phần tăng thêm 2.250 triệu đồng ưu tiên cho phong trào “Bình dân học vụ số” và hỗ trợ mỗi Trung tâm học tập cộng đồng 15 triệu đồng/năm.",
  ["2.250", "Bình dân học vụ số", "15 triệu"])
Q("funding", "Kinh phí 3 năm của phường Tân Ngãi bao nhiêu, gồm những nguồn nào?",
  [(N_, N_KP)],
  "Tổng kinh phí giai đoạn 2025 - 2027 là 465.000.000 đồng: ngân sách phường 300.000.000 đồng; ngân sách thành phố hỗ trợ 90.000.000 đồng; xã hội hóa 75.000.000 đồng.",
  ["465.000.000", "300.000.000", "90.000.000", "75.000.000"])
Q("funding", "Năm 2027 phường Tân Ngãi bố trí bao nhiêu kinh phí?",
  [(N_, N_PK)],
  "Năm 2027 là 165.000.000 đồng (2025: 145.000.000; 2026: 155.000.000 đồng).",
  ["165.000.000"])
Q("funding", "Kinh phí hoạt động TTHTCĐ phường Tân Ngãi mỗi năm bao nhiêu, có tính riêng ngoài tổng không?",
  [(N_, N_TT30)],
  "30.000.000 đồng/năm, nằm trong tổng kinh phí 465.000.000 đồng, không tính thêm.",
  ["30.000.000", "nằm trong"])

# ================================================================ legal_basis (4)
Q("legal_basis", "Kế hoạch xây dựng XHHT của Quảng Nam căn cứ nghị quyết nào của Tỉnh ủy?",
  [(Q_, Q_NQ)],
  "Nghị quyết số 21-NQ/TU ngày 06/9/2024 của Ban Thường vụ Tỉnh ủy Quảng Nam về đẩy mạnh học tập suốt đời, xây dựng xã hội học tập đến năm 2030.",
  ["21-NQ/TU"])
Q("legal_basis", "Kế hoạch 2847 của Quảng Nam căn cứ những quyết định nào của Thủ tướng?",
  [(Q_, Q_1373), (Q_, Q_387)],
  "Quyết định số 1373/QĐ-TTg ngày 30/7/2021 (Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”) và Quyết định số 387/QĐ-TTg ngày 25/3/2022 (Chương trình đẩy mạnh học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị).",
  ["1373/QĐ-TTg", "387/QĐ-TTg"])
Q("legal_basis", "Kế hoạch điều chỉnh của Tháp Mười dựa trên những văn bản nào?",
  [(T_, T_1373), (T_, T_96), (T_, T_412)],
  "Căn cứ Quyết định 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng; Kế hoạch 96/KH-UBND ngày 14/3/2025 của UBND tỉnh Đồng Tháp về phong trào “Bình dân học vụ số”; Quyết định 412/QĐ-UBND ngày 03/3/2025 của UBND huyện về tổ chức lại các cơ quan chuyên môn (và Tờ trình 31/TTr-PGDĐT của Phòng GD&ĐT).",
  ["1373", "96/KH-UBND", "412/QĐ-UBND"])
Q("legal_basis", "Phường Tân Ngãi làm kế hoạch theo kế hoạch nào của thành phố Vĩnh Long?",
  [(N_, N_318)],
  "Kế hoạch số 318/KH-UBND ngày 20/11/2024 của UBND thành phố Vĩnh Long về xây dựng xã hội học tập giai đoạn 2025 - 2030.",
  ["318/KH-UBND"])

# ================================================================ purpose (3)
Q("purpose", "Mục đích của kế hoạch xây dựng xã hội học tập tỉnh Quảng Nam là gì?",
  [(Q_, Q_P1), (Q_, Q_P2)],
  "Cụ thể hóa mục tiêu của Đề án giai đoạn 2021 - 2030 và Nghị quyết 21-NQ/TU phù hợp với tỉnh, nhất là các huyện miền núi phía Tây và vùng đồng bào Cơ Tu, Xê Đăng, Bh’noong, Giẻ Triêng; tạo cơ hội học tập suốt đời cho mọi người dân, nâng cao dân trí, phát triển nhân lực cho du lịch di sản Hội An - Mỹ Sơn, kinh tế biển và chuyển đổi số.",
  ["miền núi", "Hội An - Mỹ Sơn"])
Q("purpose", "Tháp Mười điều chỉnh kế hoạch xã hội học tập nhằm mục đích gì?",
  [(T_, T_MD)],
  "Cập nhật chỉ tiêu theo kết quả giai đoạn 2021 - 2024 và yêu cầu chuyển đổi số; xác định lại trách nhiệm của các cơ quan chuyên môn sau khi sắp xếp tổ chức bộ máy từ ngày 01/3/2025, không làm gián đoạn các nhiệm vụ đang triển khai.",
  ["chuyển đổi số", "01/3/2025"])
Q("purpose", "Kế hoạch của phường Tân Ngãi nhằm mục đích gì?",
  [(N_, N_MD)],
  "Nâng cao nhận thức về học tập suốt đời; tạo cơ hội cho mọi người dân trong phường, nhất là lao động tự do, người cao tuổi và thanh thiếu niên, được học tập thường xuyên, góp phần xây dựng phường văn minh đô thị.",
  ["lao động tự do", "người cao tuổi"])

# ================================================================ task_section (4)
Q("task_section", "Quảng Nam làm gì về chuyển đổi số trong học tập suốt đời?",
  [(Q_, Q_T4)],
  "Triển khai phong trào “Bình dân học vụ số”; xây dựng nền tảng “Quảng Nam học tập trực tuyến” trong năm 2025 với ít nhất 150 khóa học mở; mỗi thôn, khối phố có ít nhất 01 tổ công nghệ số cộng đồng.",
  ["Quảng Nam học tập trực tuyến", "150"])
Q("task_section", "Nhiệm vụ học tập gắn với bảo tồn văn hóa và sinh kế ở Quảng Nam gồm những gì?",
  [(Q_, Q_T5)],
  "Mở lớp dạy chữ Cơ Tu, nghề dệt thổ cẩm, làm gốm Thanh Hà; bồi dưỡng trồng sâm Ngọc Linh, quế Trà My cho đồng bào vùng cao; bồi dưỡng kỹ năng an toàn trên biển cho ngư dân ven biển Núi Thành, Thăng Bình.",
  ["Cơ Tu", "gốm Thanh Hà", "sâm Ngọc Linh"])
Q("task_section", "Tháp Mười bổ sung những nhiệm vụ gì vào Mục III?",
  [(T_, T_4), (T_, T_N6), (T_, T_5), (T_, T_N7)],
  "Bổ sung nhiệm vụ 6: phong trào “Bình dân học vụ số” (mỗi ấp, khóm ít nhất 01 tổ công nghệ số cộng đồng; hướng dẫn dịch vụ công trực tuyến, VNeID, thanh toán không tiền mặt, bán nông sản trên sàn TMĐT) và nhiệm vụ 7: gắn học tập với lúa chất lượng cao, nuôi trồng sen, du lịch tại Đồng Sen Tháp Mười, Gò Tháp; mỗi năm ít nhất 24 chuyên đề cho nông dân.",
  ["Bình dân học vụ số", "24 chuyên đề"])
Q("task_section", "Phường Tân Ngãi triển khai Bình dân học vụ số thế nào?",
  [(N_, N_NV4)],
  "Thành lập 06 tổ công nghệ số cộng đồng tại các khóm; mở lớp kỹ năng số cơ bản cho người cao tuổi và hộ kinh doanh, mỗi năm ít nhất 08 lớp.",
  ["06 tổ", "08 lớp"])

# ================================================================ cross_plan (6)
Q("cross_plan", "So sánh chỉ tiêu gia đình học tập năm 2030 của Quảng Nam và Tháp Mười.",
  [(Q_, Q_B), (T_, T_A)],
  "Quảng Nam đặt 82% hộ gia đình đạt “Gia đình học tập” năm 2030; Tháp Mười (sau điều chỉnh) đặt 80%. Quảng Nam cao hơn 2 điểm phần trăm.",
  ["82%", "80%"])
Q("cross_plan", "Kế hoạch điều chỉnh của Tháp Mười và kế hoạch Cần Thơ cùng căn cứ quyết định nào của Thủ tướng?",
  [(T_, T_1373), (CT, CT_1373)],
  "Cả hai căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”.",
  ["1373/QĐ-TTg"])
Q("cross_plan", "Ai ký kế hoạch của Quảng Nam và ai ký kế hoạch năm 2026 của Huế?",
  [(Q_, Q_SIGN), (HUE, HUE_SIGN)],
  "Quảng Nam: Phó Chủ tịch Phan Thị Ngọc Diệp ký (KT. Chủ tịch); Huế: Phó Chủ tịch Nguyễn Thanh Bình ký (KT. Chủ tịch).",
  ["Phan Thị Ngọc Diệp", "Nguyễn Thanh Bình"])
Q("cross_plan", "So sánh chỉ tiêu gia đình học tập của Hà Nội với chỉ tiêu năm 2025 của phường Tân Ngãi.",
  [(HN, HN_60)] + NR(2),
  "Hà Nội đặt 60% gia đình, dòng họ, cộng đồng đạt danh hiệu học tập; phường Tân Ngãi đặt 87% hộ gia đình đạt “Gia đình học tập” năm 2025.",
  ["60%", "87%"])
Q("cross_plan", "Tuần lễ hưởng ứng học tập suốt đời ở Quảng Nam và ở phường Tân Ngãi tổ chức vào ngày nào?",
  [(Q_, Q_T1), (N_, N_NV1)],
  "Cả hai tổ chức hằng năm từ ngày 01/10 đến ngày 07/10: Quảng Nam với chủ đề chung toàn tỉnh; Tân Ngãi tại Trung tâm học tập cộng đồng phường.",
  ["01/10", "07/10"])
Q("cross_plan", "Mức hỗ trợ hoặc kinh phí cho mỗi TTHTCĐ một năm ở Quảng Nam, Tháp Mười và Tân Ngãi khác nhau thế nào?",
  [(Q_, Q_FUND2), (T_, T_KP2), (N_, N_TT30)],
  "Quảng Nam: ngân sách tỉnh hỗ trợ 22 triệu đồng/năm cho mỗi TTHTCĐ ở xã miền núi; Tháp Mười: 15 triệu đồng/năm mỗi TTHTCĐ (từ phần kinh phí tăng thêm); Tân Ngãi: kinh phí hoạt động TTHTCĐ 30.000.000 đồng/năm, nằm trong tổng kinh phí.",
  ["22 triệu", "15 triệu", "30.000.000"])

# ================================================================ no_diacritics (4)
Q("no_diacritics", "so giao duc quang nam bao cao ubnd tinh truoc ngay nao",
  [(Q_, Q_GD)],
  "Sở GD&ĐT Quảng Nam báo cáo UBND tỉnh và Bộ GD&ĐT trước ngày 15/12 hằng năm.",
  ["15/12"])
Q("no_diacritics", "tong kinh phi thap muoi sau dieu chinh la bao nhieu",
  [(T_, T_KP)],
  "Sau điều chỉnh, tổng kinh phí giai đoạn 2025 - 2030 của Tháp Mười là 8.450 triệu đồng (trước đây 6.200 triệu).",
  ["8.450"])
Q("no_diacritics", "ty le ho gia dinh hoc tap phuong tan ngai nam 2026",
  NR(2),
  "Năm 2026 phường Tân Ngãi đặt 88,5% hộ gia đình đạt danh hiệu “Gia đình học tập”.",
  ["88,5%"])
Q("no_diacritics", "tinh doan quang nam phoi hop nhung viec gi",
  QM(1, 7, 11) + [(Q_, N_TD)],
  "Tỉnh đoàn chỉ có trong Phụ lục (cột TĐ), với vai trò phối hợp: tuyên truyền, tổ chức Tuần lễ hưởng ứng học tập suốt đời (dòng 1); bồi dưỡng kỹ năng tìm việc làm, khởi nghiệp cho thanh niên (dòng 7); phong trào “Bình dân học vụ số” tại thôn, khối phố (dòng 11).",
  ["Tuần lễ", "khởi nghiệp", "Bình dân học vụ số"])

# ================================================================ abbreviation (6)
Q("abbreviation", "Sở TT&TT QN làm gì trong KH XHHT?",
  [(Q_, Q_TT)] + QM(10, 11, 1),
  "Sở Thông tin và Truyền thông chủ trì xây dựng nền tảng “Quảng Nam học tập trực tuyến”, hoàn thành trong quý III/2025; hướng dẫn báo chí, thông tin cơ sở tuyên truyền; chủ trì phong trào “Bình dân học vụ số” tại thôn, khối phố (Phụ lục dòng 11, 2025 - 2026) và phối hợp tuyên truyền, Tuần lễ (dòng 1).",
  ["Quảng Nam học tập trực tuyến", "quý III/2025", "Bình dân học vụ số"])
Q("abbreviation", "HLHPN tỉnh QN chủ trì việc gì trong PL phân công?",
  QM(12) + [(Q_, N_HLHPN)],
  "Hội LHPN tỉnh (cột HLHPN) chủ trì phong trào “Phụ nữ học tập, gia đình học tập” (hằng năm); ngoài ra phối hợp tuyên truyền, Tuần lễ (dòng 1) và bồi dưỡng nghề cho lao động nông thôn (dòng 6).",
  ["Phụ nữ học tập, gia đình học tập"])
Q("abbreviation", "UBND các xã, TT ở Tháp Mười phải xong KH điều chỉnh trước ngày nào?",
  [(T_, T_XA)],
  "UBND các xã, thị trấn điều chỉnh kế hoạch XHHT của địa phương, hoàn thành trước ngày 30/5/2025; báo cáo 6 tháng trước 10/6, báo cáo năm trước 15/11 về Phòng GD&ĐT.",
  ["30/5/2025"])
Q("abbreviation", "TTHTCĐ P. Tân Ngãi tổ chức bao nhiêu chuyên đề năm 2026?",
  NR(4),
  "Năm 2026 Trung tâm học tập cộng đồng phường tổ chức 22 chuyên đề (2025: 20; 2027: 24).",
  ["22"])
Q("abbreviation", "CC VP-TK phường Tân Ngãi làm gì?",
  NA(4),
  "Công chức Văn phòng - Thống kê cập nhật số liệu hộ gia đình học tập và đăng tin trên trang thông tin điện tử phường, hằng quý.",
  ["số liệu", "Hằng quý"])
Q("abbreviation", "UBMTTQVN tỉnh QN được đề nghị gì?",
  [(Q_, Q_MT)],
  "Đề nghị Ủy ban MTTQ Việt Nam tỉnh lồng ghép xây dựng xã hội học tập với Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”.",
  ["Toàn dân đoàn kết"])

# ================================================================ paraphrase (3)
Q("paraphrase", "Tỉnh Quảng Nam muốn bao nhiêu phần trăm dân biết dùng công nghệ số cơ bản vào cuối thập kỷ này?",
  [(Q_, Q_G)],
  "Đến năm 2030, 80% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản (năm 2027 là 60%).",
  ["80%"])
Q("paraphrase", "Sau sắp xếp bộ máy, ở Tháp Mười cơ quan nào nhận lại phần việc của phòng lao động?",
  [(T_, T_TT), (T_, T_NV)],
  "Phòng Nội vụ: cụm từ “Phòng Lao động - Thương binh và Xã hội” được thay bằng “Phòng Nội vụ” tại Mục V, và Phòng Nội vụ thực hiện các nhiệm vụ trước đây giao cho Phòng LĐ-TB&XH (chủ trì bồi dưỡng nghề cho lao động nông thôn…).",
  ["Phòng Nội vụ"])
Q("paraphrase", "Phường định tặng bao nhiêu suất học bổng cho học trò nghèo trong năm 2026?",
  NR(8),
  "Năm 2026 phường Tân Ngãi trao 95 suất học bổng cho học sinh nghèo vượt khó.",
  ["95"])

# ================================================================ english (25)
Q("english", "What is the Department of Culture's role in the Quảng Nam plan?",
  [(Q_, Q_VH)] + QM(9, 1, 4),
  "The Department of Culture, Sports and Tourism leads the development of libraries, cultural houses and museums for lifelong learning, supports foreign-language and communication training for tourism workers (it leads appendix row 9, due Q4/2027 and Q4/2030), guides the “Làng học tập gắn với du lịch cộng đồng” model and holds the Vietnam Book and Reading Culture Day on 21/4 each year; it also coordinates on the Lifelong Learning Week (row 1) and Cơ Tu script classes (row 4).",
  ["21"])
Q("english", "How much is the Tháp Mười budget now?",
  [(T_, T_KP)],
  "After the amendment the 2025-2030 total is 8,450 million VND (up from 6,200 million): district budget 4,650 million, commune budgets 2,100 million, socialised sources 1,700 million.",
  ["450"])
Q("english", "What was changed in the targets of the Tháp Mười plan?",
  [(T_, T_A), (T_, T_C), (T_, T_DD)],
  "Point a now sets 80% learning families and 75% learning hamlets/neighbourhoods by 2030; point c sets 65% of people aged 15+ with basic digital skills by 2027 and 85% by 2030; a new point đ requires all community learning centres to be rated and at least 9/13 rated Good by 2030; point d (communes rated as learning communities) was repealed.",
  ["80", "85", "9/13"])
Q("english", "Which office took over the tasks of the Labour office in Tháp Mười?",
  [(T_, T_TT), (T_, T_NV)],
  "The Office of Home Affairs (Phòng Nội vụ) replaces the Office of Labour, Invalids and Social Affairs in Section V and takes over its tasks, e.g. leading vocational training for rural workers.",
  ["Phòng Nội vụ"])
Q("english", "What literacy rate does Quảng Nam aim for by 2030?",
  [(Q_, Q_A), (Q_, Q_A2)],
  "99% of people aged 15-60 reaching literacy level 2 by 2030 (97.5% in 2025); at least 96% in the six mountain districts.",
  ["99", "96"])
Q("english", "What is the total budget of the Quảng Nam plan and where does it come from?",
  [(Q_, Q_FUND)],
  "48,600 million VND: provincial budget 27,400 million, district budgets 12,800 million, socialised and other lawful sources 8,400 million.",
  ["600", "400", "800"])
Q("english", "Who signed the Tân Ngãi ward plan?",
  [(N_, N_SIGN)],
  "It was signed by the Chairman of the ward People's Committee, Lâm Quốc Trung (on behalf of the People's Committee).",
  ["Lâm Quốc Trung"])
Q("english", "What does the Provincial Youth Union have to do in Quảng Nam?",
  QM(1, 7, 11) + [(Q_, N_TD)],
  "Tỉnh đoàn appears only in the appendix matrix and only as a coordinator (PH): the Lifelong Learning Week and communication (row 1), job-seeking and start-up skills for young people (row 7) and the “Bình dân học vụ số” movement in villages (row 11).",
  ["Bình dân học vụ số"])
Q("english", "When must the districts of Quảng Nam finish their own plans?",
  [(Q_, Q_HUYEN)],
  "Before 31/01/2025; they then report to the Department of Education and Training before 30/11 every year.",
  ["31", "2025"])
Q("english", "What targets does Tân Ngãi set for digital skills?",
  NR(6) + [(N_, N_BLANK)],
  "55% of people aged 15+ with basic digital skills in 2025 and 70% in 2027; the 2026 cell is left blank, to be set at the 2025 review.",
  ["55", "70"])
Q("english", "How many attendances should the ward's community learning centre reach in 2026?",
  NR(5),
  "1,450 attendances in 2026 (1,350 in 2025 and 1,600 in 2027).",
  ["450"])
Q("english", "What is the ward's budget for 2026?",
  [(N_, N_PK)],
  "155,000,000 VND for 2026 (out of 465,000,000 VND for 2025-2027).",
  ["155"])
Q("english", "How did Tân Ngãi do on learning families in 2024?",
  [(N_, N_K2)],
  "1,842 of 2,150 households (85.7%) were recognised as learning families in 2024, and 4 of 6 neighbourhoods as learning communities.",
  ["842", "85"])
Q("english", "When is the Culture and Social Affairs officer's report due in Tân Ngãi?",
  NA(1),
  "Before 25/11 every year; the officer coordinates the Table 1 indicators and compiles the units' reports.",
  ["25"])
Q("english", "What does the ward police have to do?",
  NA(6),
  "Tân Ngãi ward police guide residents to activate level-2 VNeID electronic identification and run legal education on cyber security and online fraud, to be completed in 2025.",
  ["VNeID", "2025"])
Q("english", "Which plan does the Tháp Mười document amend?",
  [(T_, T_TITLE)],
  "Plan No. 135/KH-UBND of 16/6/2022 of the Tháp Mười District People's Committee on building a learning society for 2021-2030.",
  ["135", "2022"])
Q("english", "What was repealed from the old Tháp Mười plan?",
  [(T_, T_BB)],
  "Point d of Section II.2 (the target on communes rated as learning communities) and task 4 of Section III (the annual district learning-family contest).",
  ["4"])
Q("english", "What does the Women's Union do under the Quảng Nam plan?",
  QM(12, 1, 6) + [(Q_, N_HLHPN)],
  "The provincial Women's Union (HLHPN column of the appendix) leads the “Phụ nữ học tập, gia đình học tập” movement every year and coordinates on the Lifelong Learning Week (row 1) and vocational training for rural workers (row 6).",
  ["Phụ nữ học tập, gia đình học tập"])
Q("english", "How much does each community learning centre get per year in Tháp Mười now?",
  [(T_, T_KP2)],
  "15 million VND per centre per year, from the 2,250 million VND increase.",
  ["15"])
Q("english", "How many topics per year must be held for farmers in Tháp Mười?",
  [(T_, T_N7)],
  "At least 24 topics a year for farmers at the community learning centres (new task 7 on rice, lotus and tourism).",
  ["24"])
Q("english", "What does the Department of Information and Communications have to do in Quảng Nam?",
  [(Q_, Q_TT)] + QM(10, 11),
  "It leads the “Quảng Nam học tập trực tuyến” platform, to be finished in Q3/2025, guides the press and grassroots information system, and leads the “Bình dân học vụ số” movement in villages (2025-2026).",
  ["Quảng Nam học tập trực tuyến", "2025"])
Q("english", "Who leads the foreign-language training for tourism workers in Quảng Nam, and by when?",
  QM(9),
  "The Department of Culture, Sports and Tourism (VHTTDL) leads it, with Education and Labour coordinating; the timing is Q4/2027 and Q4/2030.",
  ["2027", "2030"])
Q("english", "What is the 2027 target for learning families in Tân Ngãi?",
  NR(2),
  "90% of households in 2027 (87% in 2025, 88.5% in 2026).",
  ["90"])
Q("english", "When must the communes of Tháp Mười adjust their plans?",
  [(T_, T_XA)],
  "By 30/5/2025; they also report half-yearly before 10/6 and annually before 15/11.",
  ["30", "2025"])
Q("english", "What is the target for community learning centres rated Good in Quảng Nam?",
  [(Q_, Q_E)],
  "All centres rated every year; 60% rated Good by 2027 and 75% by 2030.",
  ["60", "75"])

# ================================================================ follow_up (25)
Q("follow_up", "Còn Sở LĐ-TB&XH?",
  QM(6, 7, 9) + [(Q_, N_LDTBXH)],
  "Sở LĐ-TB&XH chỉ có trong Phụ lục: chủ trì bồi dưỡng nghề, kỹ năng nghề cho lao động nông thôn, lao động mất việc làm (hằng năm) và bồi dưỡng kỹ năng tìm việc làm, khởi nghiệp cho thanh niên (quý II hằng năm); phối hợp bồi dưỡng ngoại ngữ cho lao động du lịch.",
  ["lao động nông thôn", "khởi nghiệp"],
  ["Sở Nội vụ Quảng Nam làm gì trong kế hoạch XHHT?",
   "Sở Nội vụ chủ trì hướng dẫn đánh giá, công nhận “Đơn vị học tập” cấp tỉnh; đưa học tập suốt đời vào kế hoạch bồi dưỡng cán bộ, công chức, viên chức; tham mưu khen thưởng."])
Q("follow_up", "Còn năm 2030?",
  [(Q_, Q_C)],
  "Đến năm 2030 Quảng Nam đặt 60% dòng họ đạt danh hiệu “Dòng họ học tập”.",
  ["60%"],
  ["Chỉ tiêu dòng họ học tập năm 2025 của Quảng Nam?", "45% dòng họ đạt danh hiệu “Dòng họ học tập”."])
Q("follow_up", "Họ phối hợp những việc nào?",
  QM(1, 4),
  "Sở VHTTDL phối hợp ở dòng 1 (tuyên truyền, tổ chức Tuần lễ hưởng ứng học tập suốt đời) và dòng 4 (dạy chữ Cơ Tu cho cán bộ, công chức và người dân).",
  ["Tuần lễ", "Cơ Tu"],
  ["Trong phụ lục của Quảng Nam, Sở VHTTDL chủ trì việc gì?",
   "Sở VHTTDL chủ trì bồi dưỡng ngoại ngữ giao tiếp cho lao động du lịch (quý IV/2027; quý IV/2030)."])
Q("follow_up", "Thế Ban Dân tộc tỉnh thì sao?",
  [(Q_, Q_BDT)],
  "Ban Dân tộc tỉnh chủ trì lồng ghép học tập suốt đời trong Chương trình MTQG vùng đồng bào dân tộc thiểu số và miền núi; phối hợp mở lớp dạy chữ Cơ Tu và bồi dưỡng người có uy tín.",
  ["Cơ Tu", "người có uy tín"],
  ["Sở Y tế Quảng Nam được giao nhiệm vụ gì?", REFUSE])
Q("follow_up", "Còn Hội LHPN tỉnh?",
  QM(12, 1, 6) + [(Q_, N_HLHPN)],
  "Hội LHPN tỉnh chủ trì phong trào “Phụ nữ học tập, gia đình học tập” (hằng năm); phối hợp tuyên truyền, Tuần lễ (dòng 1) và bồi dưỡng nghề cho lao động nông thôn (dòng 6).",
  ["Phụ nữ học tập, gia đình học tập"],
  ["Tỉnh đoàn Quảng Nam được giao gì?",
   "Tỉnh đoàn chỉ phối hợp: Tuần lễ hưởng ứng học tập suốt đời, kỹ năng tìm việc làm và khởi nghiệp cho thanh niên, phong trào “Bình dân học vụ số”."])
Q("follow_up", "Trong đó ngân sách tỉnh bao nhiêu?",
  [(Q_, Q_FUND)],
  "Ngân sách tỉnh 27.400 triệu đồng (trong tổng 48.600 triệu đồng).",
  ["27.400"],
  ["Kinh phí kế hoạch XHHT Quảng Nam bao nhiêu?", "Tổng kinh phí dự kiến 48.600 triệu đồng."])
Q("follow_up", "Khi nào phải xong?",
  [(Q_, Q_TT)] + QM(10),
  "Nền tảng “Quảng Nam học tập trực tuyến” phải hoàn thành trong quý III/2025.",
  ["quý III/2025"],
  ["Việc xây dựng nền tảng học tập trực tuyến của Quảng Nam ai chủ trì?", "Sở Thông tin và Truyền thông chủ trì, Sở GD&ĐT phối hợp."])
Q("follow_up", "And for 2030?",
  [(Q_, Q_B)],
  "82% of households by 2030.",
  ["82"],
  ["What is the 2025 target for learning families in Quảng Nam?", "70% of households should be recognised as learning families by 2025."])
Q("follow_up", "Thời gian thực hiện thế nào?",
  QM(8, 6),
  "Việc bồi dưỡng trồng, chế biến sâm Ngọc Linh, dược liệu (Sở NN&PTNT chủ trì) thực hiện trong giai đoạn 2025 - 2030; việc bồi dưỡng nghề cho lao động nông thôn mà Sở phối hợp làm hằng năm.",
  ["2025 - 2030", "Hằng năm"],
  ["Sở NN&PTNT Quảng Nam phải làm gì?",
   "Sở NN&PTNT chủ trì bồi dưỡng trồng, chế biến sâm Ngọc Linh, dược liệu dưới tán rừng và phối hợp bồi dưỡng nghề cho lao động nông thôn."])
Q("follow_up", "Còn ấp, khóm đạt cộng đồng học tập?",
  [(T_, T_A)],
  "Theo điểm a đã sửa, đến năm 2030 Tháp Mười đặt 75% ấp, khóm đạt danh hiệu “Cộng đồng học tập”.",
  ["75%"],
  ["Kế hoạch điều chỉnh của Tháp Mười đặt lại chỉ tiêu gia đình học tập thế nào?", "Đến năm 2030, 80% hộ gia đình đạt danh hiệu “Gia đình học tập”."])
Q("follow_up", "Còn năm 2030?",
  [(T_, T_C)],
  "Đến năm 2030, 85% người từ 15 tuổi trở lên có kỹ năng số cơ bản.",
  ["85%"],
  ["Chỉ tiêu kỹ năng số năm 2027 của Tháp Mười sau điều chỉnh?", "65% người từ 15 tuổi trở lên có kỹ năng số cơ bản."])
Q("follow_up", "Trước khi điều chỉnh là bao nhiêu?",
  [(T_, T_KP)],
  "Trước điều chỉnh tổng kinh phí là 6.200 triệu đồng; nay nâng lên 8.450 triệu (tăng 2.250 triệu).",
  ["6.200"],
  ["Tổng kinh phí mới của Tháp Mười bao nhiêu?", "8.450 triệu đồng cho giai đoạn 2025 - 2030."])
Q("follow_up", "Còn Phòng Tài chính - Kế hoạch?",
  [(T_, T_TCKH)],
  "Phòng TC-KH tham mưu bố trí phần kinh phí tăng thêm trong dự toán năm 2026, trình UBND huyện trước ngày 31/10/2025, và hướng dẫn các xã, thị trấn sử dụng kinh phí đúng quy định.",
  ["dự toán năm 2026", "31/10/2025"],
  ["Phòng Nội vụ huyện Tháp Mười làm gì?",
   "Phòng Nội vụ thực hiện các nhiệm vụ trước đây của Phòng LĐ-TB&XH, chủ trì bồi dưỡng nghề cho lao động nông thôn, đưa học tập suốt đời vào bồi dưỡng cán bộ cấp xã trong quý III/2025."])
Q("follow_up", "Còn ở Quảng Nam?",
  [(Q_, Q_FUND2)],
  "Ở Quảng Nam, ngân sách tỉnh hỗ trợ mỗi TTHTCĐ tại các xã miền núi 22 triệu đồng/năm.",
  ["22 triệu"],
  ["Tháp Mười hỗ trợ mỗi TTHTCĐ bao nhiêu một năm?", "15 triệu đồng/năm, từ phần kinh phí tăng thêm."])
Q("follow_up", "And what is its number?",
  [(T_, T_NO)],
  "It is Plan No. 58/KH-UBND (dated 07/4/2025).",
  ["58"],
  ["Who signed the Tháp Mười amending plan?", "Huỳnh Thị Bích Trâm, Vice Chairwoman, signing for the Chairman."])
Q("follow_up", "Vậy kế hoạch điều chỉnh sửa những điểm nào của Mục II?",
  [(T_, T_1), (T_, T_2), (T_, T_3), (T_, T_BB)],
  "Kế hoạch 58 sửa đổi điểm a (gia đình học tập 80%, ấp khóm cộng đồng học tập 75% năm 2030) và điểm c (kỹ năng số 65% năm 2027, 85% năm 2030), bổ sung điểm đ (9/13 TTHTCĐ xếp loại Tốt năm 2030) và bãi bỏ điểm d khoản 2 Mục II.",
  ["điểm a", "điểm c", "điểm đ", "điểm d"],
  ["Kế hoạch 135 của Tháp Mười đặt chỉ tiêu biết chữ bao nhiêu?", REFUSE])
Q("follow_up", "Còn sơ kết thì hạn khi nào?",
  [(T_, T_GD)],
  "Phòng GD&ĐT tham mưu sơ kết việc thực hiện Kế hoạch điều chỉnh trước ngày 15/12/2025.",
  ["15/12/2025"],
  ["Phòng GD&ĐT Tháp Mười báo cáo UBND huyện khi nào?", "Trước ngày 25/11 hằng năm."])
Q("follow_up", "Còn năm 2027?",
  NR(6),
  "Năm 2027 phường Tân Ngãi đặt 70% người từ 15 tuổi trở lên có kỹ năng số cơ bản.",
  ["70%"],
  ["Chỉ tiêu kỹ năng số năm 2025 của phường Tân Ngãi?", "55% người từ 15 tuổi trở lên có kỹ năng số cơ bản."])
Q("follow_up", "Năm 2024 đạt bao nhiêu?",
  [(N_, N_K2)],
  "Năm 2024 có 1.842/2.150 hộ (85,7%) đạt danh hiệu “Gia đình học tập”.",
  ["85,7%"],
  ["Chỉ tiêu gia đình học tập năm 2025 của phường Tân Ngãi?", "87% hộ gia đình đạt danh hiệu “Gia đình học tập”."])
Q("follow_up", "Còn Đoàn Thanh niên phường?",
  NA(9),
  "Đoàn Thanh niên phường được đề nghị làm nòng cốt trong 06 tổ công nghệ số cộng đồng, hướng dẫn người cao tuổi dùng điện thoại thông minh, dịch vụ công trực tuyến (2025 - 2027).",
  ["nòng cốt", "tổ công nghệ số"],
  ["Công an phường Tân Ngãi làm gì?", "Hướng dẫn kích hoạt VNeID mức độ 2 và tuyên truyền pháp luật về an ninh mạng, hoàn thành trong năm 2025."])
Q("follow_up", "Năm 2026 bao nhiêu?",
  [(N_, N_PK)],
  "Năm 2026 phường bố trí 155.000.000 đồng.",
  ["155.000.000"],
  ["Kinh phí giai đoạn 2025-2027 của phường Tân Ngãi là bao nhiêu?", "465.000.000 đồng."])
Q("follow_up", "And the Elderly Association?",
  NA(11),
  "The ward Elderly Association (Hội Người cao tuổi phường) keeps the reading club and the health-exercise club running and encourages older people to learn digital skills, every year.",
  ["Hội Người cao tuổi"],
  ["What does the Women's Union of Tân Ngãi ward have to do?",
   "It holds talks on parenting, food safety and online business for members and mobilises women to join digital-skills classes, every year."])
Q("follow_up", "Gửi danh sách cho ai, trước ngày nào?",
  NA(12),
  "Trưởng các khóm gửi danh sách hộ đạt danh hiệu cho Hội Khuyến học phường trước ngày 30/11 hằng năm.",
  ["Hội Khuyến học phường", "30/11"],
  ["Trưởng các khóm ở Tân Ngãi làm gì?", "Vận động hộ gia đình đăng ký danh hiệu “Gia đình học tập” và lập danh sách hộ đạt danh hiệu."])
Q("follow_up", "Vậy phường Tân Ngãi năm 2027 bao nhiêu khóm đạt cộng đồng học tập?",
  NR(3),
  "Năm 2027 phường Tân Ngãi đặt 6/6 khóm đạt danh hiệu “Cộng đồng học tập”.",
  ["6/6"],
  ["Phường Trường An đặt chỉ tiêu cộng đồng học tập năm 2027 bao nhiêu?", REFUSE])
Q("follow_up", "And in 2027?",
  NR(4),
  "24 topics in 2027.",
  ["24"],
  ["How many topics will Tân Ngãi's community learning centre hold in 2025?", "20 topics in 2025."])

# ================================================================ unanswerable (30)
U("Kế hoạch xây dựng xã hội học tập của thành phố Tam Kỳ đặt chỉ tiêu gì?", REFUSE)
U("Tỉnh Đồng Tháp đặt chỉ tiêu gia đình học tập năm 2030 bao nhiêu?", REFUSE)
U("Kế hoạch 318 của thành phố Vĩnh Long giao Phòng GD&ĐT thành phố nhiệm vụ gì?", REFUSE)
U("Huyện Cao Lãnh đặt chỉ tiêu kỹ năng số năm 2030 bao nhiêu?", REFUSE)
U("Phường Trường An bố trí bao nhiêu kinh phí cho xã hội học tập?", REFUSE)
U("Huyện Quế Sơn giao Phòng GD&ĐT những nhiệm vụ gì về xã hội học tập?", REFUSE)
U("Quảng Nam đặt chỉ tiêu gia đình học tập năm 2027 là bao nhiêu?", REFUSE)
U("Đến năm 2025 Quảng Nam cần bao nhiêu % cơ quan đạt Đơn vị học tập?", REFUSE)
U("Chỉ tiêu kỹ năng số năm 2026 của phường Tân Ngãi?", REFUSE)
U("Phường Tân Ngãi đặt chỉ tiêu gì cho năm 2028?", REFUSE)
U("Kế hoạch XHHT của Tháp Mười đặt tỷ lệ biết chữ mức độ 2 là bao nhiêu?", REFUSE)
U("Nhiệm vụ 1 Mục III của Kế hoạch 135/KH-UBND huyện Tháp Mười là gì?", REFUSE)
U("Điểm b khoản 2 Mục II kế hoạch XHHT Tháp Mười quy định chỉ tiêu gì?", REFUSE)
U("Hiện nay Quảng Nam còn bao nhiêu người mù chữ?", REFUSE)
U("Tháp Mười hiện đã có bao nhiêu tổ công nghệ số cộng đồng?", REFUSE)
U("Sở, ngành nào ở Quảng Nam không làm đúng phụ lục phân công thì bị xử lý thế nào?", REFUSE)
U("Hộ nào ở Tân Ngãi không đăng ký gia đình học tập có bị phạt không?", REFUSE)
U("Nền tảng Quảng Nam học tập trực tuyến được bố trí bao nhiêu tiền?", REFUSE)
U("Trong 2.250 triệu tăng thêm, Bình dân học vụ số ở Tháp Mười được bao nhiêu?", REFUSE)
U("Lớp kỹ năng số của phường Tân Ngãi được chi bao nhiêu tiền?", REFUSE)
U("Sở Y tế Quảng Nam có nhiệm vụ gì trong kế hoạch?", REFUSE)
U("Phòng Y tế huyện Tháp Mười được giao gì?", REFUSE)
U("Trạm Y tế phường Tân Ngãi làm gì theo kế hoạch?", REFUSE)
U("Bộ Chỉ huy Quân sự tỉnh Quảng Nam được phân công gì trong phụ lục?", REFUSE)
U("Ai ký Kế hoạch 135/KH-UBND năm 2022 của huyện Tháp Mười?", REFUSE)
U("Kế hoạch 318/KH-UBND của thành phố Vĩnh Long do ai ký?", REFUSE)
U("What learning-family target does Đồng Tháp province set for 2030?", REFUSE_EN)
U("How many illiterate people are there in Quảng Nam today?", REFUSE_EN)
U("And in 2029?", REFUSE_EN,
  ["What is Tân Ngãi's target for learning families in 2027?", "90% of households."])
U("Thế còn huyện Tam Nông?", REFUSE,
  ["Chỉ tiêu kỹ năng số năm 2030 của Tháp Mười?", "85% người từ 15 tuổi trở lên có kỹ năng số cơ bản."])


def main():
    for i, q in enumerate(QS, 1):
        q["id"] = f"e18-{i:03d}"
    with open(OUT, "w", encoding="utf-8") as f:
        for q in QS:
            f.write(unicodedata.normalize("NFC", json.dumps(q, ensure_ascii=False)) + "\n")
    counts = {}
    for q in QS:
        counts[q["type"]] = counts.get(q["type"], 0) + 1
    print(len(QS), dict(sorted(counts.items())), "->", OUT)


if __name__ == "__main__":
    main()
