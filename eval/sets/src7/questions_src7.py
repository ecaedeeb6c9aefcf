"""Hand-written questions on the seventh held-out set's plans; writes eval/sets/newplans7.jsonl (FORMAT.md format).

    python eval/sets/src7/questions_src7.py

Written from the plan texts (plans7/ and the five bundled plans) only, without reading or running the product.
docs of a question = the plans its evidence comes from (in order); [] for unanswerable questions.
Spans are taken from the text as extracted (see check_sets.py): docx paragraphs and table cells (a row of the
in-section task table is cited by its body cell plus the task line(s) and, for deadlines, the whole "Thời gian thực
hiện" cell — soft line breaks become spaces after normalisation), pypdf text for the PDF (never across a "Trang N/M"
footer; appendix rows by their extracted row text), the portal .txt as is (straight quotes, TABs and CRLF collapse).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "newplans7.jsonl")

BT = "bentre_7125-KH-UBND_2024.docx"
DH = "doanhung_08-KH-UBND_2027.pdf"
HH = "hamhiep_42-KH-UBND_2024.txt"
HUE = "000_4550be4bb11189cd.txt"
ML = "001_7bafa58816a5de75.txt"
HN = "002_797e8de6131c77f9.txt"
CT = "003_1a817ee72b993e3e.txt"
AL = "004_b1b28019b71edc03.txt"

QS = []


def Q(type_, question, evidence, answer, key_facts, history=()):
    docs = []
    for d, _ in evidence:
        if d not in docs:
            docs.append(d)
    QS.append({"id": f"t{len(QS) + 1:03d}", "question": question, "type": type_, "docs": docs,
               "evidence": [{"doc": d, "span": s} for d, s in evidence], "answer": answer,
               "key_facts": list(key_facts),
               "history": [{"role": r, "content": c} for r, c in history]})


def U(question, answer, history=()):
    Q("unanswerable", question, [], answer, [], history)


# ------------------------------------------------------------------ spans: Bến Tre (docx)
BT_CC1373 = "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”;"
BT_CC489 = "Căn cứ Quyết định số 489/QĐ-TTg ngày 08/6/2023 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai phong trào “Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2023 - 2030”;"
BT_NQ14 = "Căn cứ Nghị quyết số 14-NQ/TU ngày 05/9/2024 của Ban Chấp hành Đảng bộ tỉnh Bến Tre về phát triển nguồn nhân lực tỉnh đến năm 2030;"
BT_TTR = "Xét đề nghị của Sở Giáo dục và Đào tạo tại Tờ trình số 3382/TTr-SGDĐT ngày 02/12/2024"
BT_MD1 = "Tạo cơ hội cho mọi người dân, nhất là người lao động nông thôn ở các huyện ven biển Bình Đại, Ba Tri, Thạnh Phú, được học tập suốt đời để chuyển đổi nghề nghiệp, thích ứng với biến đổi khí hậu và xâm nhập mặn."
BT_MD2 = "Nâng cao nhận thức của cấp ủy, chính quyền, đoàn thể và Nhân dân về vai trò của học tập suốt đời; phát huy vai trò của Trung tâm học tập cộng đồng, thư viện và các thiết chế văn hóa cơ sở."
BT_YC2 = "Lồng ghép nhiệm vụ xây dựng xã hội học tập với Chương trình mục tiêu quốc gia xây dựng nông thôn mới."
BT_MTC = "Xây dựng Bến Tre trở thành tỉnh học tập, mỗi người dân đều có cơ hội học tập thường xuyên, liên tục; nâng cao chất lượng nguồn nhân lực, góp phần phát triển kinh tế - xã hội bền vững vùng đồng bằng sông Cửu Long."
BT_Y27 = "a) Đến năm 2027:"
BT_Y30 = "b) Đến năm 2030:"
BT_T27A = "Phấn đấu đạt 75% hộ gia đình được công nhận danh hiệu “Gia đình học tập” trở lên; 60% dòng họ đạt danh hiệu “Dòng họ học tập” trở lên."
BT_T27B = "100% Trung tâm học tập cộng đồng hoạt động hiệu quả, trong đó phấn đấu đạt 55% xếp loại Tốt trở lên."
BT_T27C = "Số lượt người tham gia học tập tại các Trung tâm học tập cộng đồng tăng 5% so với năm 2025."
BT_T30A = "Phấn đấu đạt 85% hộ gia đình được công nhận danh hiệu “Gia đình học tập” trở lên; 70% dòng họ đạt danh hiệu “Dòng họ học tập” trở lên; 80% ấp, khu phố đạt danh hiệu “Cộng đồng học tập” trở lên."
BT_T30B = "Số lượt người tham gia học tập tại các Trung tâm học tập cộng đồng tăng 12% so với năm 2025."
BT_T30C = "Tỷ lệ lao động qua đào tạo phấn đấu đạt 75% trở lên, trong đó có bằng cấp, chứng chỉ đạt 32%."
BT_T30D = "Phấn đấu đạt 70% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản."
BT_THN = "Hằng năm: mở ít nhất 250 lớp chuyên đề về chuyển đổi cây trồng, vật nuôi thích ứng với xâm nhập mặn; 100% xã, phường, thị trấn tổ chức Tuần lễ hưởng ứng học tập suốt đời."
BT_H1 = "1. Đẩy mạnh công tác tuyên truyền, nâng cao nhận thức"
BT_H2 = "2. Nâng cao chất lượng hoạt động của các Trung tâm học tập cộng đồng"
BT_H3 = "3. Đào tạo nghề, bồi dưỡng kỹ năng cho lao động nông thôn"
BT_H4 = "4. Phát triển văn hóa đọc và chuyển đổi số trong học tập"
BT_H5 = "5. Nhân rộng các mô hình học tập"
BT_N1 = "Tuyên truyền trên Báo Đồng Khởi, Đài Phát thanh và Truyền hình Bến Tre, hệ thống thông tin cơ sở về ý nghĩa của học tập suốt đời"
BT_N2 = "Kiện toàn tổ chức, bồi dưỡng đội ngũ quản lý của 157 Trung tâm học tập cộng đồng; đổi mới nội dung chuyên đề theo nhu cầu thực tế của người dân, ưu tiên kỹ thuật trồng dừa hữu cơ, nuôi tôm - lúa và sinh kế thích ứng xâm nhập mặn."
BT_N3 = "Gắn đào tạo nghề trình độ sơ cấp và dưới 3 tháng với chuyển dịch cơ cấu lao động; đặt hàng các cơ sở giáo dục nghề nghiệp đào tạo lao động cho các khu công nghiệp Giao Long, An Hiệp."
BT_N4 = "Xây dựng “Thư viện số Bến Tre” trên nền tảng Thư viện tỉnh; phát triển nền tảng học tập trực tuyến mở cho người dân; phổ cập kỹ năng số cơ bản thông qua tổ công nghệ số cộng đồng ở các ấp, khu phố."
BT_KP1 = "Ngân sách tỉnh bố trí cho các hoạt động cấp tỉnh của Kế hoạch: năm 2025 là 4,2 tỷ đồng; năm 2026 là 4,5 tỷ đồng; năm 2027 là 4,8 tỷ đồng; các năm 2028 - 2030 mỗi năm 5,0 tỷ đồng."
BT_KPT = "Tổng kinh phí ngân sách tỉnh cả giai đoạn là 28,5 tỷ đồng."
BT_KP2 = "Ngân sách cấp huyện, cấp xã bố trí theo phân cấp, bảo đảm hỗ trợ mỗi Trung tâm học tập cộng đồng tối thiểu 25 triệu đồng/năm."
BT_KP3 = "Huy động nguồn xã hội hóa, Quỹ khuyến học các cấp và các nguồn hợp pháp khác."
BT_TC1 = "Sở Giáo dục và Đào tạo là cơ quan thường trực, chủ trì, phối hợp với các sở, ban, ngành và địa phương triển khai Kế hoạch; tham mưu Ủy ban nhân dân tỉnh sơ kết giữa kỳ vào Quý IV/2027 và tổng kết vào Quý IV/2030."
BT_TC2 = "Các sở, ban, ngành tỉnh và Ủy ban nhân dân các huyện, thành phố thực hiện nhiệm vụ theo bảng phân công sau:"
# task table: body cells, task lines, "Thời gian thực hiện" cells (soft line breaks -> spaces)
BT_R1 = "Sở Giáo dục và Đào tạo"
BT_R1A = "- Hướng dẫn đánh giá, xếp loại Trung tâm học tập cộng đồng theo quy định;"
BT_R1B = "- Tổ chức Tuần lễ hưởng ứng học tập suốt đời cấp tỉnh;"
BT_R1C = "- Tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Giáo dục và Đào tạo kết quả thực hiện Kế hoạch."
BT_R1T = "Quý I hằng năm Tháng 10 hằng năm Trước ngày 15/12 hằng năm"
BT_R2 = "Sở Lao động - Thương binh và Xã hội"
BT_R2A = "- Chủ trì đào tạo nghề cho lao động nông thôn các huyện ven biển;"
BT_R2B = "- Theo dõi, đánh giá chỉ tiêu lao động qua đào tạo và lao động có bằng cấp, chứng chỉ."
BT_R2T = "2025 - 2030 Quý IV hằng năm"
BT_R3 = "Sở Văn hóa, Thể thao và Du lịch"
BT_R3A = "- Tổ chức Ngày Sách và Văn hóa đọc Việt Nam 21/4;"
BT_R3B = "- Chủ trì xây dựng “Thư viện số Bến Tre”."
BT_R3T = "Tháng 4 hằng năm Hoàn thành trong năm 2026"
BT_R4 = "Sở Thông tin và Truyền thông"
BT_R4A = "- Chỉ đạo Báo Đồng Khởi, Đài Phát thanh và Truyền hình Bến Tre duy trì chuyên mục “Bến Tre học tập suốt đời”;"
BT_R4B = "- Xây dựng nền tảng học tập trực tuyến mở của tỉnh."
BT_R4T = "02 kỳ/tháng Quý III/2026"
BT_R5 = "Sở Tài chính"
BT_R5A = "- Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách tỉnh;"
BT_R5B = "- Hướng dẫn quản lý, sử dụng, quyết toán kinh phí."
BT_R6 = "Sở Nông nghiệp và Phát triển nông thôn"
BT_R6A = "- Phối hợp với các Trung tâm học tập cộng đồng chuyển giao kỹ thuật trồng dừa hữu cơ, nuôi tôm - lúa;"
BT_R6B = "- Xây dựng 20 mô hình sinh kế thích ứng xâm nhập mặn."
BT_R6T = "Hằng năm 2025 - 2027"
BT_R7 = "Sở Nội vụ"
BT_R7A = "- Đưa tiêu chí “Đơn vị học tập” vào đánh giá thi đua của các cơ quan, đơn vị;"
BT_R7B = "- Bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã."
BT_R7T = "Hằng năm 2025 - 2026"
BT_R8 = "Ban Quản lý các khu công nghiệp tỉnh"
BT_R8A = "- Vận động doanh nghiệp tại khu công nghiệp Giao Long, An Hiệp xây dựng “Đơn vị học tập”;"
BT_R8B = "- Phối hợp mở lớp bồi dưỡng kỹ năng nghề cho công nhân."
BT_R8T = "2026 - 2030 Hằng năm"
BT_R9 = "Ủy ban nhân dân các huyện, thành phố"
BT_R9A = "- Ban hành kế hoạch thực hiện của địa phương;"
BT_R9C = "- Báo cáo kết quả về Sở Giáo dục và Đào tạo."
BT_R9T = "Quý I/2025 Hằng năm Trước ngày 30/11 hằng năm"
BT_DN3 = "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh lồng ghép nội dung xây dựng xã hội học tập vào các cuộc vận động, phong trào thi đua; đề nghị Tỉnh Đoàn chủ trì thành lập tổ công nghệ số cộng đồng ở các ấp, khu phố."
BT_DN4 = "Đề nghị Hội Khuyến học tỉnh chủ trì đánh giá, công nhận các danh hiệu “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” cấp ấp, khu phố; vận động phát triển Quỹ khuyến học các cấp."
BT_BC = "Chế độ báo cáo: các sở, ban, ngành tỉnh gửi báo cáo 6 tháng trước ngày 15/6 và báo cáo năm trước ngày 30/11 hằng năm về Sở Giáo dục và Đào tạo để tổng hợp."
BT_SIGN = "Phan Thị Thanh Hương"
BT_NUM = "Số: 7125/KH-UBND"
BT_DATE = "Bến Tre, ngày 16 tháng 12 năm 2024"

# ------------------------------------------------------------------ spans: Đoan Hùng (pdf, annual 2027)
DH_TH1 = "Thực hiện Kế hoạch số 3916/KH-UBND ngày 28/9/2021 của Ủy ban nhân dân tỉnh Phú Thọ"
DH_TH2 = "Kế hoạch số 172/KH-UBND ngày 30/12/2021 của Ủy ban nhân dân huyện Đoan Hùng về xây dựng xã hội học tập giai đoạn 2021 - 2030"
DH_TH3 = "Hướng dẫn số 41/HD-SGDĐT ngày 05/01/2027 của Sở Giáo dục và Đào tạo tỉnh Phú Thọ về nhiệm vụ giáo dục thường xuyên năm 2027"
DH_KQ = "Năm 2026, toàn huyện có 76,4% hộ gia đình đạt danh hiệu “Gia đình học tập”; 21 Trung tâm học tập cộng đồng tổ chức được 164 lớp chuyên đề với 8.350 lượt người tham gia."
DH_MD = "Tiếp tục đẩy mạnh xây dựng xã hội học tập, tạo cơ hội cho người dân, nhất là hộ trồng bưởi, trồng chè ở các xã vùng đồi, được học tập, nâng cao kỹ thuật sản xuất và kỹ năng số; góp phần xây dựng nông thôn mới nâng cao."
DH_YC = "Các cơ quan, đơn vị và Ủy ban nhân dân các xã, thị trấn xác định rõ nhiệm vụ, thời gian hoàn thành; bảo đảm tiết kiệm, hiệu quả, tránh hình thức."
DH_T1 = "80% hộ gia đình đạt danh hiệu “Gia đình học tập”; 65% dòng họ đạt danh hiệu “Dòng họ học tập”; 75% khu dân cư đạt danh hiệu “Cộng đồng học tập”."
DH_T2 = "100% Trung tâm học tập cộng đồng được xếp loại Khá trở lên, trong đó 50% xếp loại Tốt."
DH_T3 = "Các Trung tâm học tập cộng đồng mở 180 lớp chuyên đề với 9.000 lượt người tham gia, trong đó ít nhất 60 lớp về kỹ thuật trồng, chăm sóc bưởi và chè theo tiêu chuẩn VietGAP."
DH_T4 = "Tỷ lệ lao động qua đào tạo đạt 68%; 60% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản."
DH_H1 = "1. Tuyên truyền, nâng cao nhận thức về học tập suốt đời"
DH_H2 = "2. Nâng cao hiệu quả hoạt động của Trung tâm học tập cộng đồng"
DH_H3 = "3. Phát triển các mô hình học tập"
DH_H4 = "4. Chuyển đổi số trong học tập"
DH_N1 = "tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2027 từ ngày 01/10 đến ngày 07/10/2027."
DH_N2 = "xây dựng chuyên đề gắn với vùng bưởi Sửu, bưởi Bằng Luân và vùng chè"
DH_N3 = "khen thưởng các điển hình tiêu biểu nhân Ngày Khuyến học Việt Nam 02/10."
DH_N4 = "Phổ cập kỹ năng số cơ bản cho người dân thông qua tổ công nghệ số cộng đồng; hướng dẫn người dân sử dụng dịch vụ công trực tuyến và thương mại điện tử để tiêu thụ bưởi, chè."
DH_KP = "Ngân sách huyện bố trí 650 triệu đồng cho các hoạt động của Kế hoạch năm 2027, trong đó hỗ trợ mỗi Trung tâm học tập cộng đồng 15 triệu đồng"
DH_BCD = "tổ chức sơ kết 6 tháng vào tháng 7/2027 và tổng kết năm vào tháng 12/2027."
DH_A1 = "a) Phòng Giáo dục và Đào tạo"
DH_A1A = "Là cơ quan thường trực, tham mưu Ủy ban nhân dân huyện triển khai Kế hoạch; hướng dẫn các Trung tâm học tập cộng đồng xây dựng kế hoạch năm 2027 trước ngày 28/02/2027."
DH_A1B = "Tổ chức đánh giá, xếp loại Trung tâm học tập cộng đồng; tổng hợp, báo cáo Ủy ban nhân dân huyện và Sở Giáo dục và Đào tạo trước ngày 10/12/2027."
DH_A2 = "b) Phòng Văn hóa, Khoa học và Thông tin"
DH_A2A = "Chủ trì tuyên truyền về xây dựng xã hội học tập; hướng dẫn xây dựng tủ sách ở các nhà văn hóa khu dân cư."
DH_A2B = "Chủ trì tổ chức Ngày Sách và Văn hóa đọc Việt Nam năm 2027 tại Thư viện huyện."
DH_A3 = "c) Phòng Nội vụ"
DH_A3A = "Theo dõi chỉ tiêu lao động qua đào tạo; phối hợp đào tạo nghề cho lao động nông thôn."
DH_A3B = "Đưa tiêu chí “Đơn vị học tập” vào đánh giá thi đua, khen thưởng năm 2027 của các cơ quan, đơn vị."
DH_A4 = "Tham mưu bố trí 650 triệu đồng từ ngân sách huyện; hướng dẫn thanh quyết toán kinh phí đúng quy định."
DH_A5 = "Phối hợp với các Trung tâm học tập cộng đồng mở lớp tập huấn kỹ thuật trồng bưởi, chè theo tiêu chuẩn VietGAP; hoàn thành trong Quý III/2027."
DH_A6 = "Mở các lớp tin học, ngoại ngữ, bổ túc văn hóa kết hợp học nghề theo nhu cầu; phối hợp biên soạn tài liệu chuyên đề cho Trung tâm học tập cộng đồng."
DH_A7 = "Xây dựng chuyên mục “Đoan Hùng học tập suốt đời” phát sóng 01 kỳ/tháng trên hệ thống truyền thanh huyện."
DH_A8A = "Ban hành kế hoạch năm 2027 của địa phương trước ngày 15/02/2027; chỉ đạo Trung tâm học tập cộng đồng hoạt động hiệu quả."
DH_A8B = "Báo cáo kết quả về Phòng Giáo dục và Đào tạo trước ngày 30/11/2027."
DH_DN1 = "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện lồng ghép nội dung xây dựng xã hội học tập vào cuộc vận động “Toàn dân đoàn kết xây dựng"
DH_DN2 = "Đề nghị Hội Khuyến học huyện chủ trì đánh giá, công nhận các danh hiệu học tập và tổ chức Ngày Khuyến học Việt Nam 02/10."
DH_SIGN = "Hà Văn Khởi"
DH_PL = "PHỤ LỤC – LỘ TRÌNH THỰC HIỆN"
# appendix rows as pypdf reads them (wrapped cells joined by the normalisation)
DH_P1 = "Ban hành kế hoạch năm 2027 của các xã, thị trấn Trước 15/02/2027 UBND các xã, thị trấn"
DH_P2 = "Hướng dẫn kế hoạch năm của Trung tâm học tập cộng đồng Trước 28/02/2027 Phòng GD&ĐT"
DH_P3 = "Ngày Sách và Văn hóa đọc Việt Nam 21/4/2027 Phòng VH,KH&TT"
DH_P4 = "Tập huấn kỹ thuật trồng bưởi, chè VietGAP Tháng 3 - tháng 9/2027 Phòng NN&MT"
DH_P5 = "Sơ kết 6 tháng Tháng 7/2027 Ban Chỉ đạo huyện"
DH_P6 = "Tuần lễ hưởng ứng học tập suốt đời 01/10 - 07/10/2027 Phòng GD&ĐT"
DH_P7 = "Kiểm tra, đánh giá Trung tâm học tập cộng đồng Tháng 11/2027 Phòng GD&ĐT"
DH_P8 = "Báo cáo kết quả của các xã, thị trấn Trước 30/11/2027 UBND các xã, thị trấn"
DH_P9 = "Tổng kết năm 2027 Tháng 12/2027 Ban Chỉ đạo huyện"

# ------------------------------------------------------------------ spans: Hàm Hiệp (portal .txt, CRLF)
HH_CC1 = "Căn cứ Kế hoạch số 95/KH-UBND ngày 20/02/2024 của Ủy ban nhân dân huyện Hàm Thuận Bắc về xây dựng xã hội học tập giai đoạn 2024 - 2026;"
HH_CC2 = "Căn cứ Nghị quyết số 07/NQ-HĐND ngày 22/12/2023 của Hội đồng nhân dân xã Hàm Hiệp về nhiệm vụ phát triển kinh tế - xã hội năm 2024;"
HH_KQ = 'Năm 2023, toàn xã có 1.415/2.030 hộ đạt danh hiệu "Gia đình học tập"; 5/7 thôn đạt danh hiệu "Cộng đồng học tập"; Trung tâm học tập cộng đồng xã tổ chức 26 lớp chuyên đề với 1.240 lượt người tham gia, chủ yếu về kỹ thuật trồng thanh long.'
HH_MD1 = "Tạo cơ hội cho mọi người dân trong xã được học tập suốt đời, nhất là nông dân trồng thanh long, người lao động tự do và người cao tuổi."
HH_MD2 = "Nâng cao hiệu quả hoạt động của Trung tâm học tập cộng đồng xã, góp phần giữ vững danh hiệu xã nông thôn mới."
HH_T24 = '1) Năm 2024: o 72% hộ gia đình đạt danh hiệu "Gia đình học tập";'
HH_T24C = "Trung tâm học tập cộng đồng mở 28 lớp chuyên đề."
HH_T25 = '2) Năm 2025: o 75% hộ gia đình đạt danh hiệu "Gia đình học tập"; o 6/7 thôn đạt danh hiệu "Cộng đồng học tập";'
HH_T25C = "Trung tâm học tập cộng đồng mở 30 lớp chuyên đề; 40% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản."
HH_T26 = '3) Năm 2026: o 78% hộ gia đình đạt danh hiệu "Gia đình học tập"; o 7/7 thôn đạt danh hiệu "Cộng đồng học tập";'
HH_T26C = "Trung tâm học tập cộng đồng mở 32 lớp chuyên đề; 50% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản; Trung tâm học tập cộng đồng xã được xếp loại Tốt."
HH_H1 = "1) Tuyên truyền, vận động"
HH_H2 = "2) Nâng cao chất lượng Trung tâm học tập cộng đồng"
HH_H3 = "3) Xây dựng các mô hình học tập"
HH_N1 = "Tuyên truyền qua Đài truyền thanh xã và các nhóm Zalo của thôn; hưởng ứng Tuần lễ học tập suốt đời từ ngày 01/10 đến ngày 07/10 hằng năm."
HH_N2 = "Tổ chức các chuyên đề: kỹ thuật trồng thanh long theo tiêu chuẩn VietGAP, phòng chống bệnh đốm nâu trên thanh long, an toàn giao thông, phòng chống lừa đảo qua mạng."
HH_N2B = "Duy trì câu lạc bộ tiếng Anh cho thiếu nhi vào tối thứ Bảy hằng tuần tại Trung tâm học tập cộng đồng."
HH_N3 = "Thành lập tổ công nghệ số cộng đồng ở 7/7 thôn."
HH_KP = "Ngân sách xã bố trí: năm 2024: 95 triệu đồng; năm 2025: 105 triệu đồng; năm 2026: 115 triệu đồng."
HH_KP2 = "Trong đó, hỗ trợ hoạt động của Trung tâm học tập cộng đồng 30 triệu đồng/năm. Tổng cộng 3 năm: 315 triệu đồng."
HH_KP3 = "Ngoài ra, huy động nguồn xã hội hóa từ các doanh nghiệp, hợp tác xã thanh long và Quỹ khuyến học xã."
HH_G1 = "Giao công chức Văn hóa - Xã hội chủ trì, phối hợp với Trung tâm học tập cộng đồng xã thực hiện tham mưu Ủy ban nhân dân xã triển khai Kế hoạch, theo dõi, tổng hợp kết quả thực hiện."
HH_G2 = "Giao Trung tâm học tập cộng đồng xã chủ trì, phối hợp với Hội Nông dân xã thực hiện mở các lớp chuyên đề kỹ thuật trồng thanh long theo tiêu chuẩn VietGAP, mỗi năm ít nhất 10 lớp."
HH_G3 = "Giao công chức Tài chính - Kế toán chủ trì, phối hợp với công chức Văn hóa - Xã hội thực hiện lập dự toán, bố trí kinh phí hằng năm cho Kế hoạch."
HH_G6 = "Giao công chức Văn phòng - Thống kê chủ trì, phối hợp với Đài truyền thanh xã thực hiện đăng tải Kế hoạch và tin, bài về xây dựng xã hội học tập trên Cổng thông tin điện tử xã."
HH_G4 = "Giao Công an xã chủ trì, phối hợp với Đoàn Thanh niên xã thực hiện tuyên truyền phòng chống lừa đảo qua mạng tại các thôn, mỗi quý ít nhất 01 buổi."
HH_G5 = "Giao Trường Tiểu học Hàm Hiệp và Trường THCS Hàm Hiệp chủ trì, phối hợp với Chi hội Khuyến học các thôn thực hiện vận động học sinh đọc sách, xây dựng tủ sách lớp học."
HH_KH = 'Hội Khuyến học xã: chủ trì bình xét, công nhận danh hiệu "Gia đình học tập", "Dòng họ học tập"; vận động Quỹ khuyến học xã.'
HH_PN = 'Hội Liên hiệp Phụ nữ xã: vận động hội viên tham gia học tập, xây dựng "Gia đình học tập".'
HH_TT = 'Trưởng các thôn: tuyên truyền, vận động hộ gia đình đăng ký danh hiệu "Gia đình học tập" trước ngày 31/3 hằng năm.'
HH_MTTQ = 'Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã lồng ghép xây dựng xã hội học tập với cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".'
HH_BC = "Các ban, ngành, đoàn thể, Trung tâm học tập cộng đồng và các thôn gửi báo cáo kết quả về Ủy ban nhân dân xã (qua công chức Văn hóa - Xã hội) trước ngày 20/11 hằng năm; Ủy ban nhân dân xã tổng hợp, báo cáo Ủy ban nhân dân huyện (qua Phòng Giáo dục và Đào tạo) trước ngày 05/12 hằng năm."
HH_SIGN = "Lê Văn Thạnh"

# ------------------------------------------------------------------ spans: bundled plans
HUE_BC = "gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026"
HUE_KNS = "80% số người trong độ tuổi lao động được trang bị kỹ năng sống."
ML_XMC = "100% các xã, thị trấn duy trì đạt chuẩn xóa mù chữ mức độ 2."
ML_BC = "tổng hợp, báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm"
HN_LD = "80-85% lao động được qua đào tạo, trong đó lao động có bằng cấp, chứng chỉ đạt trên 60%."
CT_XMC = "100% quận, huyện đạt chuẩn xóa mù chữ mức độ 2."
CT_TL = "b) Hàng năm, tổ chức hiệu quả Tuần lễ hưởng ứng học tập suốt đời, Ngày sách và văn hóa đọc Việt Nam;"
AL_CC = "Thực hiện Kế hoạch số 108 /KH-UBND ngày 06/5/2025 của Ủy ban nhân dân thành phố Hải Phòng"

# ================================================================== agency_tasks
Q("agency_tasks", "Theo kế hoạch xây dựng xã hội học tập của tỉnh Bến Tre, Sở Lao động - Thương binh và Xã hội có nhiệm vụ gì?",
  [(BT, BT_R2), (BT, BT_R2A), (BT, BT_R2B)],
  "Chủ trì đào tạo nghề cho lao động nông thôn các huyện ven biển (2025 - 2030); theo dõi, đánh giá chỉ tiêu lao động qua đào tạo và lao động có bằng cấp, chứng chỉ (Quý IV hằng năm).",
  ["đào tạo nghề", "ven biển", "lao động qua đào tạo"])
Q("agency_tasks", "Ban Quản lý các khu công nghiệp tỉnh Bến Tre được phân công làm gì?",
  [(BT, BT_R8), (BT, BT_R8A), (BT, BT_R8B)],
  "Vận động doanh nghiệp tại khu công nghiệp Giao Long, An Hiệp xây dựng “Đơn vị học tập” (2026 - 2030); phối hợp mở lớp bồi dưỡng kỹ năng nghề cho công nhân (hằng năm).",
  ["Giao Long", "An Hiệp", "Đơn vị học tập"])
Q("agency_tasks", "Sở Nông nghiệp và Phát triển nông thôn Bến Tre phải làm những việc gì trong kế hoạch giai đoạn 2025 - 2030?",
  [(BT, BT_R6), (BT, BT_R6A), (BT, BT_R6B)],
  "Phối hợp với các Trung tâm học tập cộng đồng chuyển giao kỹ thuật trồng dừa hữu cơ, nuôi tôm - lúa (hằng năm); xây dựng 20 mô hình sinh kế thích ứng xâm nhập mặn (2025 - 2027).",
  ["dừa hữu cơ", "20 mô hình"])
Q("agency_tasks", "Tỉnh Bến Tre đề nghị Tỉnh Đoàn làm gì trong xây dựng xã hội học tập?",
  [(BT, BT_DN3)],
  "Đề nghị Tỉnh Đoàn chủ trì thành lập tổ công nghệ số cộng đồng ở các ấp, khu phố.",
  ["tổ công nghệ số cộng đồng"])
Q("agency_tasks", "Phòng Nội vụ huyện Đoan Hùng được giao nhiệm vụ gì trong kế hoạch năm 2027?",
  [(DH, DH_A3), (DH, DH_A3A), (DH, DH_A3B)],
  "Theo dõi chỉ tiêu lao động qua đào tạo; phối hợp đào tạo nghề cho lao động nông thôn; đưa tiêu chí “Đơn vị học tập” vào đánh giá thi đua, khen thưởng năm 2027 của các cơ quan, đơn vị.",
  ["lao động qua đào tạo", "Đơn vị học tập"])
Q("agency_tasks", "Trung tâm Văn hóa, Thể thao và Truyền thông huyện Đoan Hùng làm gì?",
  [(DH, DH_A7)],
  "Xây dựng chuyên mục “Đoan Hùng học tập suốt đời” phát sóng 01 kỳ/tháng trên hệ thống truyền thanh huyện.",
  ["Đoan Hùng học tập suốt đời", "01 kỳ/tháng"])
Q("agency_tasks", "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Đoan Hùng có nhiệm vụ gì năm 2027?",
  [(DH, DH_A6)],
  "Mở các lớp tin học, ngoại ngữ, bổ túc văn hóa kết hợp học nghề theo nhu cầu; phối hợp biên soạn tài liệu chuyên đề cho Trung tâm học tập cộng đồng.",
  ["tin học", "bổ túc văn hóa", "tài liệu chuyên đề"])
Q("agency_tasks", "Công an xã Hàm Hiệp được giao việc gì trong kế hoạch xây dựng xã hội học tập?",
  [(HH, HH_G4)],
  "Công an xã chủ trì, phối hợp với Đoàn Thanh niên xã tuyên truyền phòng chống lừa đảo qua mạng tại các thôn, mỗi quý ít nhất 01 buổi.",
  ["lừa đảo qua mạng", "mỗi quý", "Đoàn Thanh niên"])
Q("agency_tasks", "Ở xã Hàm Hiệp, công chức Tài chính - Kế toán phải làm gì?",
  [(HH, HH_G3)],
  "Chủ trì, phối hợp với công chức Văn hóa - Xã hội lập dự toán, bố trí kinh phí hằng năm cho Kế hoạch.",
  ["dự toán", "kinh phí"])
Q("agency_tasks", "Hai trường Tiểu học và THCS Hàm Hiệp được giao nhiệm vụ gì?",
  [(HH, HH_G5)],
  "Chủ trì, phối hợp với Chi hội Khuyến học các thôn vận động học sinh đọc sách, xây dựng tủ sách lớp học.",
  ["đọc sách", "tủ sách lớp học"])

Q("agency_tasks", "Xã Hàm Hiệp giao công chức Văn phòng - Thống kê việc gì?",
  [(HH, HH_G6)],
  "Chủ trì, phối hợp với Đài truyền thanh xã đăng tải Kế hoạch và tin, bài về xây dựng xã hội học tập trên Cổng thông tin điện tử xã.",
  ["Đài truyền thanh", "Cổng thông tin điện tử"])

# ================================================================== target
Q("target", "Đến năm 2027, tỉnh Bến Tre phấn đấu bao nhiêu phần trăm hộ gia đình đạt danh hiệu Gia đình học tập?",
  [(BT, BT_Y27), (BT, BT_T27A)],
  "Đến năm 2027 phấn đấu đạt 75% hộ gia đình được công nhận “Gia đình học tập” trở lên (85% vào năm 2030).",
  ["75%"])
Q("target", "Kế hoạch của Bến Tre đặt chỉ tiêu số lượt người học tại các Trung tâm học tập cộng đồng tăng bao nhiêu, so với năm nào?",
  [(BT, BT_T27C), (BT, BT_T30B)],
  "Tăng 5% so với năm 2025 vào năm 2027 và tăng 12% so với năm 2025 vào năm 2030.",
  ["5%", "12%", "2025"])
Q("target", "Tỉnh Bến Tre đặt chỉ tiêu lao động qua đào tạo đến năm 2030 là bao nhiêu, trong đó có bằng cấp, chứng chỉ bao nhiêu?",
  [(BT, BT_T30C)],
  "Đạt 75% trở lên, trong đó có bằng cấp, chứng chỉ đạt 32%.",
  ["75%", "32%"])
Q("target", "Mỗi năm Bến Tre phải mở ít nhất bao nhiêu lớp chuyên đề về chuyển đổi cây trồng, vật nuôi thích ứng xâm nhập mặn?",
  [(BT, BT_THN)],
  "Hằng năm mở ít nhất 250 lớp chuyên đề; 100% xã, phường, thị trấn tổ chức Tuần lễ hưởng ứng học tập suốt đời.",
  ["250"])
Q("target", "Năm 2027 huyện Đoan Hùng đặt chỉ tiêu bao nhiêu dòng họ đạt Dòng họ học tập và khu dân cư đạt Cộng đồng học tập?",
  [(DH, DH_T1)],
  "65% dòng họ đạt “Dòng họ học tập” và 75% khu dân cư đạt “Cộng đồng học tập” (cùng 80% hộ gia đình đạt “Gia đình học tập”).",
  ["65%", "75%"])
Q("target", "Các Trung tâm học tập cộng đồng ở Đoan Hùng phải mở bao nhiêu lớp chuyên đề năm 2027, bao nhiêu lớp về bưởi và chè?",
  [(DH, DH_T3)],
  "180 lớp chuyên đề với 9.000 lượt người tham gia, trong đó ít nhất 60 lớp về kỹ thuật trồng, chăm sóc bưởi và chè theo tiêu chuẩn VietGAP.",
  ["180", "9.000", "60 lớp"])
Q("target", "Chỉ tiêu xếp loại Trung tâm học tập cộng đồng của huyện Đoan Hùng năm 2027 là gì?",
  [(DH, DH_T2)],
  "100% Trung tâm học tập cộng đồng được xếp loại Khá trở lên, trong đó 50% xếp loại Tốt.",
  ["100%", "50%"])
Q("target", "Năm 2025 xã Hàm Hiệp đặt chỉ tiêu bao nhiêu thôn đạt danh hiệu Cộng đồng học tập?",
  [(HH, HH_T25)],
  "Năm 2025: 6/7 thôn đạt danh hiệu “Cộng đồng học tập” (5/7 năm 2024, 7/7 năm 2026).",
  ["6/7"])
Q("target", "Tỷ lệ người dân từ 15 tuổi trở lên có kỹ năng số cơ bản mà xã Hàm Hiệp đặt cho năm 2026 là bao nhiêu?",
  [(HH, HH_T26C)],
  "50% vào năm 2026 (40% vào năm 2025).",
  ["50%"])
Q("target", "Xã Hàm Hiệp muốn Trung tâm học tập cộng đồng mở bao nhiêu lớp chuyên đề trong từng năm 2024, 2025, 2026?",
  [(HH, HH_T24C), (HH, HH_T25C), (HH, HH_T26C)],
  "28 lớp năm 2024, 30 lớp năm 2025 và 32 lớp năm 2026.",
  ["28", "30", "32"])

# ================================================================== deadline
Q("deadline", "Sở Giáo dục và Đào tạo Bến Tre phải tổng hợp, báo cáo UBND tỉnh và Bộ GD&ĐT kết quả thực hiện kế hoạch trước ngày nào?",
  [(BT, BT_R1), (BT, BT_R1C), (BT, BT_R1T)],
  "Trước ngày 15/12 hằng năm (cột Thời gian thực hiện của bảng phân công).",
  ["15/12"])
Q("deadline", "Khi nào “Thư viện số Bến Tre” phải hoàn thành và ai chủ trì?",
  [(BT, BT_R3), (BT, BT_R3B), (BT, BT_R3T)],
  "Sở Văn hóa, Thể thao và Du lịch chủ trì; hoàn thành trong năm 2026.",
  ["2026", "Sở Văn hóa, Thể thao và Du lịch"])
Q("deadline", "Nền tảng học tập trực tuyến mở của tỉnh Bến Tre phải xây dựng xong vào thời gian nào?",
  [(BT, BT_R4), (BT, BT_R4B), (BT, BT_R4T)],
  "Quý III/2026, do Sở Thông tin và Truyền thông thực hiện.",
  ["Quý III/2026"])
Q("deadline", "Theo lộ trình thực hiện của huyện Đoan Hùng, việc kiểm tra, đánh giá Trung tâm học tập cộng đồng diễn ra khi nào?",
  [(DH, DH_P7)],
  "Tháng 11/2027, do Phòng GD&ĐT thực hiện.",
  ["Tháng 11/2027"])
Q("deadline", "Các xã, thị trấn của huyện Đoan Hùng phải ban hành kế hoạch năm 2027 trước ngày nào?",
  [(DH, DH_A8A), (DH, DH_P1)],
  "Trước ngày 15/02/2027.",
  ["15/02/2027"])
Q("deadline", "Lớp tập huấn kỹ thuật trồng bưởi, chè VietGAP ở Đoan Hùng phải hoàn thành khi nào?",
  [(DH, DH_A5), (DH, DH_P4)],
  "Hoàn thành trong Quý III/2027 (lộ trình: tháng 3 - tháng 9/2027, Phòng NN&MT).",
  ["Quý III/2027"])
Q("deadline", "Xã Hàm Hiệp yêu cầu các đơn vị, thôn gửi báo cáo kết quả trước ngày nào, và xã báo cáo huyện trước ngày nào?",
  [(HH, HH_BC)],
  "Các đơn vị, thôn báo cáo UBND xã trước ngày 20/11 hằng năm; UBND xã báo cáo UBND huyện (qua Phòng GD&ĐT) trước ngày 05/12 hằng năm.",
  ["20/11", "05/12"])
Q("deadline", "Trưởng các thôn ở Hàm Hiệp phải vận động hộ gia đình đăng ký danh hiệu Gia đình học tập trước ngày nào?",
  [(HH, HH_TT)],
  "Trước ngày 31/3 hằng năm.",
  ["31/3"])

# ================================================================== funding
Q("funding", "Ngân sách tỉnh Bến Tre bố trí bao nhiêu cho kế hoạch xã hội học tập năm 2026?",
  [(BT, BT_KP1)],
  "Năm 2026: 4,5 tỷ đồng (năm 2025: 4,2 tỷ; năm 2027: 4,8 tỷ; 2028 - 2030: 5,0 tỷ đồng mỗi năm).",
  ["4,5 tỷ đồng"])
Q("funding", "Tổng kinh phí ngân sách tỉnh Bến Tre cho cả giai đoạn 2025 - 2030 là bao nhiêu?",
  [(BT, BT_KPT)],
  "28,5 tỷ đồng.",
  ["28,5 tỷ đồng"])
Q("funding", "Mỗi Trung tâm học tập cộng đồng ở Bến Tre được hỗ trợ tối thiểu bao nhiêu mỗi năm?",
  [(BT, BT_KP2)],
  "Tối thiểu 25 triệu đồng/năm, do ngân sách cấp huyện, cấp xã bố trí theo phân cấp.",
  ["25 triệu đồng"])
Q("funding", "Huyện Đoan Hùng bố trí bao nhiêu kinh phí cho kế hoạch năm 2027 và hỗ trợ mỗi Trung tâm học tập cộng đồng bao nhiêu?",
  [(DH, DH_KP)],
  "Ngân sách huyện bố trí 650 triệu đồng, trong đó hỗ trợ mỗi Trung tâm học tập cộng đồng 15 triệu đồng.",
  ["650 triệu đồng", "15 triệu đồng"])
Q("funding", "Kinh phí ngân sách xã Hàm Hiệp dành cho kế hoạch năm 2025 là bao nhiêu?",
  [(HH, HH_KP)],
  "Năm 2025: 105 triệu đồng (95 triệu năm 2024, 115 triệu năm 2026).",
  ["105 triệu đồng"])
Q("funding", "Cả giai đoạn 2024 - 2026 xã Hàm Hiệp chi bao nhiêu và hỗ trợ Trung tâm học tập cộng đồng bao nhiêu mỗi năm?",
  [(HH, HH_KP2)],
  "Tổng cộng 3 năm 315 triệu đồng, trong đó hỗ trợ Trung tâm học tập cộng đồng 30 triệu đồng/năm.",
  ["315 triệu đồng", "30 triệu đồng"])

# ================================================================== legal_basis
Q("legal_basis", "Kế hoạch 7125/KH-UBND của tỉnh Bến Tre được ban hành căn cứ những văn bản nào?",
  [(BT, BT_CC1373), (BT, BT_CC489), (BT, BT_NQ14)],
  "Quyết định 1373/QĐ-TTg ngày 30/7/2021, Quyết định 489/QĐ-TTg ngày 08/6/2023 của Thủ tướng Chính phủ và Nghị quyết 14-NQ/TU ngày 05/9/2024 của Ban Chấp hành Đảng bộ tỉnh Bến Tre (theo Tờ trình 3382/TTr-SGDĐT của Sở GD&ĐT).",
  ["1373/QĐ-TTg", "489/QĐ-TTg", "14-NQ/TU"])
Q("legal_basis", "Kế hoạch năm 2027 của huyện Đoan Hùng thực hiện những văn bản nào của cấp trên?",
  [(DH, DH_TH1), (DH, DH_TH2), (DH, DH_TH3)],
  "Kế hoạch 3916/KH-UBND ngày 28/9/2021 của UBND tỉnh Phú Thọ, Kế hoạch 172/KH-UBND ngày 30/12/2021 của UBND huyện Đoan Hùng (giai đoạn 2021 - 2030) và Hướng dẫn 41/HD-SGDĐT ngày 05/01/2027 của Sở GD&ĐT Phú Thọ.",
  ["3916/KH-UBND", "172/KH-UBND", "41/HD-SGDĐT"])
Q("legal_basis", "Xã Hàm Hiệp xây dựng kế hoạch giai đoạn 2024 - 2026 căn cứ văn bản nào?",
  [(HH, HH_CC1), (HH, HH_CC2)],
  "Kế hoạch 95/KH-UBND ngày 20/02/2024 của UBND huyện Hàm Thuận Bắc và Nghị quyết 07/NQ-HĐND ngày 22/12/2023 của HĐND xã Hàm Hiệp.",
  ["95/KH-UBND", "07/NQ-HĐND"])
Q("legal_basis", "Sở Giáo dục và Đào tạo Bến Tre đề nghị ban hành kế hoạch tại tờ trình số mấy?",
  [(BT, BT_TTR)],
  "Tờ trình số 3382/TTr-SGDĐT ngày 02/12/2024 của Sở Giáo dục và Đào tạo.",
  ["3382/TTr-SGDĐT"])

# ================================================================== purpose
Q("purpose", "Mục đích của kế hoạch xây dựng xã hội học tập tỉnh Bến Tre giai đoạn 2025 - 2030 là gì?",
  [(BT, BT_MD1), (BT, BT_MD2)],
  "Tạo cơ hội học tập suốt đời cho mọi người dân, nhất là lao động nông thôn các huyện ven biển Bình Đại, Ba Tri, Thạnh Phú, để chuyển đổi nghề nghiệp, thích ứng biến đổi khí hậu và xâm nhập mặn; nâng cao nhận thức và phát huy vai trò Trung tâm học tập cộng đồng, thư viện, thiết chế văn hóa cơ sở.",
  ["ven biển", "xâm nhập mặn"])
Q("purpose", "Kế hoạch năm 2027 của Đoan Hùng nhằm mục đích gì?",
  [(DH, DH_MD)],
  "Tiếp tục đẩy mạnh xây dựng xã hội học tập, tạo cơ hội học tập cho người dân, nhất là hộ trồng bưởi, trồng chè ở các xã vùng đồi, nâng cao kỹ thuật sản xuất và kỹ năng số; góp phần xây dựng nông thôn mới nâng cao.",
  ["bưởi", "chè", "nông thôn mới nâng cao"])
Q("purpose", "Xã Hàm Hiệp đặt ra mục đích gì khi xây dựng xã hội học tập?",
  [(HH, HH_MD1), (HH, HH_MD2)],
  "Tạo cơ hội học tập suốt đời cho mọi người dân, nhất là nông dân trồng thanh long, người lao động tự do và người cao tuổi; nâng cao hiệu quả Trung tâm học tập cộng đồng, giữ vững danh hiệu xã nông thôn mới.",
  ["thanh long", "người cao tuổi"])

# ================================================================== task_section
Q("task_section", "Kế hoạch của tỉnh Bến Tre gồm những nhóm nhiệm vụ, giải pháp nào?",
  [(BT, BT_H1), (BT, BT_H2), (BT, BT_H3), (BT, BT_H4), (BT, BT_H5)],
  "Năm nhóm: (1) đẩy mạnh tuyên truyền, nâng cao nhận thức; (2) nâng cao chất lượng hoạt động của các Trung tâm học tập cộng đồng; (3) đào tạo nghề, bồi dưỡng kỹ năng cho lao động nông thôn; (4) phát triển văn hóa đọc và chuyển đổi số trong học tập; (5) nhân rộng các mô hình học tập.",
  ["tuyên truyền", "Trung tâm học tập cộng đồng", "lao động nông thôn", "văn hóa đọc", "mô hình học tập"])
Q("task_section", "Nhiệm vụ nâng cao chất lượng Trung tâm học tập cộng đồng của Bến Tre gồm những nội dung gì?",
  [(BT, BT_H2), (BT, BT_N2)],
  "Kiện toàn tổ chức, bồi dưỡng đội ngũ quản lý của 157 Trung tâm học tập cộng đồng; đổi mới nội dung chuyên đề theo nhu cầu người dân, ưu tiên kỹ thuật trồng dừa hữu cơ, nuôi tôm - lúa và sinh kế thích ứng xâm nhập mặn.",
  ["157", "dừa hữu cơ"])
Q("task_section", "Huyện Đoan Hùng đề ra những nhiệm vụ, giải pháp nào cho năm 2027?",
  [(DH, DH_H1), (DH, DH_H2), (DH, DH_H3), (DH, DH_H4)],
  "Bốn nhóm: tuyên truyền, nâng cao nhận thức về học tập suốt đời; nâng cao hiệu quả hoạt động của Trung tâm học tập cộng đồng; phát triển các mô hình học tập; chuyển đổi số trong học tập.",
  ["tuyên truyền", "Trung tâm học tập cộng đồng", "mô hình học tập", "chuyển đổi số"])
Q("task_section", "Trung tâm học tập cộng đồng xã Hàm Hiệp tổ chức những chuyên đề gì?",
  [(HH, HH_H2), (HH, HH_N2), (HH, HH_N2B)],
  "Kỹ thuật trồng thanh long theo VietGAP, phòng chống bệnh đốm nâu trên thanh long, an toàn giao thông, phòng chống lừa đảo qua mạng; duy trì câu lạc bộ tiếng Anh cho thiếu nhi tối thứ Bảy hằng tuần.",
  ["đốm nâu", "lừa đảo qua mạng", "tiếng Anh"])

# ================================================================== cross_plan
Q("cross_plan", "So sánh chỉ tiêu lao động qua đào tạo đến năm 2030 của tỉnh Bến Tre và thành phố Hà Nội.",
  [(BT, BT_T30C), (HN, HN_LD)],
  "Bến Tre: 75% trở lên, trong đó có bằng cấp, chứng chỉ 32%. Hà Nội: 80-85%, trong đó có bằng cấp, chứng chỉ trên 60%.",
  ["75%", "32%", "80-85%", "60%"])
Q("cross_plan", "Hạn báo cáo tổng hợp kết quả năm của Phòng GD&ĐT Đoan Hùng và của các đơn vị trong kế hoạch năm 2026 của Huế là khi nào?",
  [(DH, DH_A1B), (HUE, HUE_BC)],
  "Đoan Hùng: Phòng GD&ĐT báo cáo UBND huyện và Sở GD&ĐT trước ngày 10/12/2027. Huế: gửi báo cáo về Sở GD&ĐT trước ngày 15/12/2026.",
  ["10/12/2027", "15/12/2026"])
Q("cross_plan", "Bến Tre, Đoan Hùng và Hàm Hiệp hỗ trợ mỗi Trung tâm học tập cộng đồng bao nhiêu tiền một năm?",
  [(BT, BT_KP2), (DH, DH_KP), (HH, HH_KP2)],
  "Bến Tre: tối thiểu 25 triệu đồng/năm; Đoan Hùng: 15 triệu đồng (năm 2027); Hàm Hiệp: 30 triệu đồng/năm cho Trung tâm của xã.",
  ["25 triệu đồng", "15 triệu đồng", "30 triệu đồng"])
Q("cross_plan", "Tuần lễ hưởng ứng học tập suốt đời được Đoan Hùng và xã Hàm Hiệp tổ chức vào thời gian nào?",
  [(DH, DH_N1), (HH, HH_N1)],
  "Đoan Hùng: từ ngày 01/10 đến ngày 07/10/2027; Hàm Hiệp: từ ngày 01/10 đến ngày 07/10 hằng năm.",
  ["01/10", "07/10"])
Q("cross_plan", "Kế hoạch của huyện An Lão và kế hoạch của huyện Đoan Hùng lần lượt thực hiện kế hoạch nào của cấp tỉnh/thành phố?",
  [(AL, AL_CC), (DH, DH_TH1)],
  "An Lão thực hiện Kế hoạch số 108/KH-UBND ngày 06/5/2025 của UBND thành phố Hải Phòng; Đoan Hùng thực hiện Kế hoạch số 3916/KH-UBND ngày 28/9/2021 của UBND tỉnh Phú Thọ.",
  ["108", "3916/KH-UBND"])
Q("cross_plan", "Hạn báo cáo của xã lên huyện trong kế hoạch xã Hàm Hiệp và hạn tổng hợp báo cáo UBND huyện trong kế hoạch Mỹ Lộc là ngày nào?",
  [(HH, HH_BC), (ML, ML_BC)],
  "Hàm Hiệp: UBND xã báo cáo UBND huyện trước ngày 05/12 hằng năm. Mỹ Lộc: tổng hợp, báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm.",
  ["05/12", "15 tháng 12"])

Q("cross_plan", "Về Tuần lễ hưởng ứng học tập suốt đời, kế hoạch năm 2024 của Cần Thơ và kế hoạch của tỉnh Bến Tre đề ra gì?",
  [(CT, CT_TL), (BT, BT_R1B), (BT, BT_R1T), (BT, BT_THN)],
  "Cần Thơ: hằng năm tổ chức hiệu quả Tuần lễ hưởng ứng học tập suốt đời, Ngày sách và văn hóa đọc Việt Nam. Bến Tre: Sở GD&ĐT tổ chức Tuần lễ cấp tỉnh vào tháng 10 hằng năm và 100% xã, phường, thị trấn tổ chức Tuần lễ hằng năm.",
  ["Tháng 10", "100% xã, phường, thị trấn"])

# ================================================================== no_diacritics
Q("no_diacritics", "So Van hoa, The thao va Du lich Ben Tre co nhiem vu gi trong ke hoach xa hoi hoc tap?",
  [(BT, BT_R3), (BT, BT_R3A), (BT, BT_R3B)],
  "Tổ chức Ngày Sách và Văn hóa đọc Việt Nam 21/4 (tháng 4 hằng năm); chủ trì xây dựng “Thư viện số Bến Tre” (hoàn thành trong năm 2026).",
  ["21/4", "Thư viện số Bến Tre"])
Q("no_diacritics", "Ben Tre phan dau bao nhieu phan tram ap, khu pho dat Cong dong hoc tap nam 2030?",
  [(BT, BT_Y30), (BT, BT_T30A)],
  "80% ấp, khu phố đạt danh hiệu “Cộng đồng học tập” trở lên vào năm 2030.",
  ["80%"])
Q("no_diacritics", "Phong Van hoa, Khoa hoc va Thong tin huyen Doan Hung lam gi nam 2027?",
  [(DH, DH_A2), (DH, DH_A2A), (DH, DH_A2B)],
  "Chủ trì tuyên truyền về xây dựng xã hội học tập; hướng dẫn xây dựng tủ sách ở các nhà văn hóa khu dân cư; chủ trì tổ chức Ngày Sách và Văn hóa đọc Việt Nam năm 2027 tại Thư viện huyện.",
  ["tủ sách", "Ngày Sách"])
Q("no_diacritics", "Xa Ham Hiep dat chi tieu bao nhieu phan tram ho gia dinh hoc tap nam 2026?",
  [(HH, HH_T26)],
  "78% hộ gia đình đạt danh hiệu “Gia đình học tập” năm 2026.",
  ["78%"])
Q("no_diacritics", "Trung tam hoc tap cong dong xa Ham Hiep phoi hop voi ai de mo lop trong thanh long, moi nam bao nhieu lop?",
  [(HH, HH_G2)],
  "Trung tâm học tập cộng đồng xã chủ trì, phối hợp với Hội Nông dân xã mở các lớp chuyên đề kỹ thuật trồng thanh long theo tiêu chuẩn VietGAP, mỗi năm ít nhất 10 lớp.",
  ["Hội Nông dân", "10 lớp"])

# ================================================================== abbreviation
Q("abbreviation", "Sở GD&ĐT Bến Tre tổ chức Tuần lễ hưởng ứng HTSĐ cấp tỉnh vào thời gian nào?",
  [(BT, BT_R1), (BT, BT_R1B), (BT, BT_R1T)],
  "Tháng 10 hằng năm.",
  ["Tháng 10"])
Q("abbreviation", "Phòng NN&MT huyện Đoan Hùng mở lớp tập huấn gì, theo lộ trình vào thời gian nào?",
  [(DH, DH_A5), (DH, DH_P4)],
  "Phòng Nông nghiệp và Môi trường phối hợp với các Trung tâm học tập cộng đồng mở lớp tập huấn kỹ thuật trồng bưởi, chè theo tiêu chuẩn VietGAP; lộ trình tháng 3 - tháng 9/2027, hoàn thành trong Quý III/2027.",
  ["VietGAP", "tháng 9/2027"])
Q("abbreviation", "Phòng VH,KH&TT Đoan Hùng tổ chức Ngày Sách và Văn hóa đọc VN vào ngày nào?",
  [(DH, DH_P3), (DH, DH_A2B)],
  "Ngày 21/4/2027, tại Thư viện huyện.",
  ["21/4/2027"])
Q("abbreviation", "UBND xã Hàm Hiệp giao TTHTCĐ làm gì?",
  [(HH, HH_G2)],
  "Chủ trì, phối hợp với Hội Nông dân xã mở các lớp chuyên đề kỹ thuật trồng thanh long theo tiêu chuẩn VietGAP, mỗi năm ít nhất 10 lớp.",
  ["thanh long", "10 lớp"])
Q("abbreviation", "KH XHHT của UBND tỉnh BT giao UBND các huyện, TP báo cáo về Sở GD&ĐT trước ngày nào?",
  [(BT, BT_R9), (BT, BT_R9C), (BT, BT_R9T)],
  "Trước ngày 30/11 hằng năm.",
  ["30/11"])

# ================================================================== paraphrase
Q("paraphrase", "Ở Bến Tre, cơ quan nào lo việc đưa tiêu chí đơn vị học tập vào chấm thi đua, và phải bồi dưỡng kỹ năng số cho ai?",
  [(BT, BT_R7), (BT, BT_R7A), (BT, BT_R7B)],
  "Sở Nội vụ: đưa tiêu chí “Đơn vị học tập” vào đánh giá thi đua của các cơ quan, đơn vị (hằng năm); bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã (2025 - 2026).",
  ["Sở Nội vụ", "cán bộ, công chức cấp xã"])
Q("paraphrase", "Bao giờ huyện Đoan Hùng nhìn lại kết quả nửa năm và cả năm 2027?",
  [(DH, DH_BCD), (DH, DH_P5), (DH, DH_P9)],
  "Sơ kết 6 tháng vào tháng 7/2027 và tổng kết năm vào tháng 12/2027 (Ban Chỉ đạo huyện).",
  ["tháng 7/2027", "tháng 12/2027"])
Q("paraphrase", "Người dân Hàm Hiệp được tuyên truyền về học tập qua những kênh nào?",
  [(HH, HH_N1)],
  "Qua Đài truyền thanh xã và các nhóm Zalo của thôn.",
  ["Đài truyền thanh", "Zalo"])
Q("paraphrase", "Tỉnh Bến Tre dự kiến đánh giá giữa chặng và tổng kết kế hoạch vào lúc nào?",
  [(BT, BT_TC1)],
  "Sơ kết giữa kỳ vào Quý IV/2027 và tổng kết vào Quý IV/2030, do Sở GD&ĐT tham mưu.",
  ["Quý IV/2027", "Quý IV/2030"])

# ================================================================== english
Q("english", "What share of households does Ben Tre province aim to have recognised as learning families by 2030?",
  [(BT, BT_Y30), (BT, BT_T30A)],
  "At least 85% of households by 2030 (75% by 2027).",
  ["85"])
Q("english", "What is the minimum yearly support each community learning centre in Ben Tre should receive?",
  [(BT, BT_KP2)],
  "At least 25 million VND per year (tối thiểu 25 triệu đồng/năm), from district and commune budgets.",
  ["25"])
Q("english", "Which agency in Ben Tre is responsible for the vocational training of rural workers in the coastal districts?",
  [(BT, BT_R2), (BT, BT_R2A)],
  "The Department of Labour, Invalids and Social Affairs (Sở Lao động - Thương binh và Xã hội), 2025 - 2030.",
  ["Sở Lao động - Thương binh và Xã hội"])
Q("english", "Could you tell us how many livelihood models adapted to saltwater intrusion Ben Tre plans to build, and by when?",
  [(BT, BT_R6B), (BT, BT_R6T)],
  "20 livelihood models adapted to saltwater intrusion, in 2025 - 2027, by the Department of Agriculture and Rural Development.",
  ["20", "2027"])
Q("english", "What is the twice-monthly media programme in Ben Tre's plan called?",
  [(BT, BT_R4A), (BT, BT_R4T)],
  "“Bến Tre học tập suốt đời”, run by Đồng Khởi newspaper and Bến Tre Radio and Television under the Department of Information and Communications, 02 editions a month.",
  ["Bến Tre học tập suốt đời"])
Q("english", "What is Doan Hung district's 2027 target for trained workers?",
  [(DH, DH_T4)],
  "68% of workers trained in 2027 (and 60% of people aged 15+ with basic digital skills).",
  ["68"])
Q("english", "How much money has Doan Hung district earmarked for its 2027 learning-society plan?",
  [(DH, DH_KP)],
  "650 million VND from the district budget, including 15 million VND for each community learning centre.",
  ["650"])
Q("english", "By what date must the communes of Doan Hung issue their own 2027 plans?",
  [(DH, DH_A8A), (DH, DH_P1)],
  "Before 15 February 2027 (trước ngày 15/02/2027).",
  ["15"])
Q("english", "By what date must the Education Office of Doan Hung send its consolidated report to the district and the provincial Department?",
  [(DH, DH_A1B)],
  "Before 10 December 2027 (trước ngày 10/12/2027).",
  ["10"])
Q("english", "Which local fruit varieties does Doan Hung link its community learning centre topics to?",
  [(DH, DH_N2)],
  "Sửu pomelo and Bằng Luân pomelo (bưởi Sửu, bưởi Bằng Luân), plus the tea-growing area.",
  ["Bằng Luân"])
Q("english", "How many households in Ham Hiep commune were recognised as learning families in 2023?",
  [(HH, HH_KQ)],
  "1,415 of 2,030 households (1.415/2.030) in 2023.",
  ["415"])
Q("english", "What budget does Ham Hiep commune set aside for 2026?",
  [(HH, HH_KP)],
  "115 million VND in 2026.",
  ["115"])
Q("english", "Who is tasked with training farmers in VietGAP dragon fruit growing in Ham Hiep, and how many classes a year?",
  [(HH, HH_G2)],
  "The commune community learning centre, with the Farmers' Association, at least 10 classes a year.",
  ["10"])
Q("english", "Who signed Ham Hiep commune's learning-society plan?",
  [(HH, HH_SIGN)],
  "Lê Văn Thạnh, Chairman of the commune People's Committee (TM. UBND / CHỦ TỊCH).",
  ["Lê Văn Thạnh"])
Q("english", "What does Ham Hiep's plan say about an English club?",
  [(HH, HH_N2B)],
  "The community learning centre keeps an English club for children every Saturday evening.",
  ["Saturday"])

# ================================================================== follow_up
Q("follow_up", "Còn năm 2030 thì sao?",
  [(BT, BT_Y30), (BT, BT_T30A)],
  "Đến năm 2030: 85% hộ gia đình đạt “Gia đình học tập”, 70% dòng họ đạt “Dòng họ học tập”, 80% ấp, khu phố đạt “Cộng đồng học tập” trở lên.",
  ["85%", "70%"],
  [("user", "Đến năm 2027 Bến Tre phấn đấu bao nhiêu hộ gia đình và dòng họ học tập?"),
   ("assistant", "75% hộ gia đình đạt “Gia đình học tập” và 60% dòng họ đạt “Dòng họ học tập” trở lên.")])
Q("follow_up", "Còn Sở Tài chính thì sao?",
  [(BT, BT_R5), (BT, BT_R5A), (BT, BT_R5B)],
  "Sở Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách tỉnh (theo kỳ lập dự toán hằng năm) và hướng dẫn quản lý, sử dụng, quyết toán kinh phí.",
  ["dự toán", "quyết toán"],
  [("user", "Sở Nội vụ Bến Tre được giao gì?"),
   ("assistant", "Đưa tiêu chí “Đơn vị học tập” vào đánh giá thi đua; bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã.")])
Q("follow_up", "Thế năm 2028 ở đó được bao nhiêu?",
  [(BT, BT_KP1)],
  "Năm 2028 ngân sách tỉnh Bến Tre bố trí 5,0 tỷ đồng (các năm 2028 - 2030 mỗi năm 5,0 tỷ đồng).",
  ["5,0 tỷ đồng"],
  [("user", "Ngân sách tỉnh Bến Tre chi bao nhiêu cho kế hoạch năm 2025?"),
   ("assistant", "4,2 tỷ đồng.")])
Q("follow_up", "Việc đó phải làm xong khi nào?",
  [(BT, BT_R4B), (BT, BT_R4T)],
  "Quý III/2026.",
  ["Quý III/2026"],
  [("user", "Ở Bến Tre ai xây dựng nền tảng học tập trực tuyến mở?"),
   ("assistant", "Sở Thông tin và Truyền thông.")])
Q("follow_up", "Họ còn phải báo cáo trước ngày nào?",
  [(BT, BT_R9C), (BT, BT_R9T)],
  "UBND các huyện, thành phố báo cáo kết quả về Sở Giáo dục và Đào tạo trước ngày 30/11 hằng năm.",
  ["30/11"],
  [("user", "UBND các huyện, thành phố của Bến Tre phải ban hành kế hoạch của địa phương khi nào?"),
   ("assistant", "Trong Quý I/2025.")])
Q("follow_up", "Còn báo cáo 6 tháng?",
  [(BT, BT_BC)],
  "Các sở, ban, ngành tỉnh gửi báo cáo 6 tháng về Sở GD&ĐT trước ngày 15/6.",
  ["15/6"],
  [("user", "Cho tôi hỏi về kế hoạch xây dựng xã hội học tập của tỉnh Bến Tre."),
   ("assistant", "Bạn muốn hỏi gì về Kế hoạch 7125/KH-UBND của tỉnh Bến Tre?"),
   ("user", "Các sở gửi báo cáo năm trước ngày nào?"),
   ("assistant", "Trước ngày 30/11 hằng năm, về Sở Giáo dục và Đào tạo.")])
Q("follow_up", "What about 2030?",
  [(BT, BT_T30B)],
  "By 2030 the number of learner attendances at community learning centres is to rise 12% over 2025.",
  ["12%"],
  [("user", "How much should attendance at Ben Tre's community learning centres grow by 2027?"),
   ("assistant", "By 5% compared with 2025.")])
Q("follow_up", "Còn Phòng Tài chính - Kế hoạch thì sao?",
  [(DH, DH_A4)],
  "Phòng Tài chính - Kế hoạch tham mưu bố trí 650 triệu đồng từ ngân sách huyện; hướng dẫn thanh quyết toán kinh phí đúng quy định.",
  ["650 triệu đồng", "quyết toán"],
  [("user", "Phòng Giáo dục và Đào tạo huyện Đoan Hùng làm gì trong kế hoạch năm 2027?"),
   ("assistant", "Là cơ quan thường trực; hướng dẫn các Trung tâm học tập cộng đồng xây dựng kế hoạch trước 28/02/2027; đánh giá, xếp loại và báo cáo trước 10/12/2027.")])
Q("follow_up", "Ở đó năm 2026 đã đạt bao nhiêu?",
  [(DH, DH_KQ)],
  "Năm 2026 Đoan Hùng có 76,4% hộ gia đình đạt “Gia đình học tập” (chỉ tiêu 2027 là 80%).",
  ["76,4%"],
  [("user", "Huyện Đoan Hùng đặt chỉ tiêu hộ gia đình học tập năm 2027 là bao nhiêu?"),
   ("assistant", "80% hộ gia đình đạt danh hiệu “Gia đình học tập”.")])
Q("follow_up", "Vậy năm 2026 họ mở được bao nhiêu lớp?",
  [(DH, DH_KQ)],
  "Năm 2026, 21 Trung tâm học tập cộng đồng tổ chức 164 lớp chuyên đề với 8.350 lượt người tham gia.",
  ["164", "8.350"],
  [("user", "Đoan Hùng muốn các Trung tâm học tập cộng đồng mở bao nhiêu lớp chuyên đề năm 2027?"),
   ("assistant", "180 lớp với 9.000 lượt người, ít nhất 60 lớp về bưởi và chè.")])
Q("follow_up", "Còn UBND các xã, thị trấn phải nộp báo cáo khi nào?",
  [(DH, DH_A8B), (DH, DH_P8)],
  "Trước ngày 30/11/2027, về Phòng Giáo dục và Đào tạo.",
  ["30/11/2027"],
  [("user", "Huyện Đoan Hùng tổng kết năm 2027 lúc nào?"),
   ("assistant", "Tháng 12/2027, do Ban Chỉ đạo huyện thực hiện."),
   ("user", "Phòng GD&ĐT báo cáo Sở trước ngày nào?"),
   ("assistant", "Trước ngày 10/12/2027.")])
Q("follow_up", "Khoản đó gồm hỗ trợ gì cho các trung tâm?",
  [(DH, DH_KP)],
  "Trong 650 triệu đồng ngân sách huyện có hỗ trợ mỗi Trung tâm học tập cộng đồng 15 triệu đồng.",
  ["15 triệu đồng"],
  [("user", "Đoan Hùng bố trí bao nhiêu tiền cho kế hoạch năm 2027?"),
   ("assistant", "650 triệu đồng từ ngân sách huyện.")])
Q("follow_up", "And on what date is the reading day event in that roadmap?",
  [(DH, DH_P3)],
  "On 21 April 2027 (21/4/2027), organised by the Office of Culture, Science and Information (Phòng VH,KH&TT).",
  ["21"],
  [("user", "Does Doan Hung's 2027 plan have an implementation roadmap?"),
   ("assistant", "Yes, an appendix “PHỤ LỤC – LỘ TRÌNH THỰC HIỆN” lists nine activities with dates and responsible units.")])
Q("follow_up", "Còn năm 2026 thì sao?",
  [(HH, HH_T26)],
  "Năm 2026: 78% hộ gia đình đạt “Gia đình học tập”, 7/7 thôn đạt “Cộng đồng học tập”.",
  ["78%", "7/7"],
  [("user", "Xã Hàm Hiệp đặt chỉ tiêu gì cho năm 2025?"),
   ("assistant", "75% hộ gia đình đạt “Gia đình học tập”; 6/7 thôn đạt “Cộng đồng học tập”; 30 lớp chuyên đề; 40% người dân có kỹ năng số cơ bản.")])
Q("follow_up", "Ở đó năm 2023 đạt được bao nhiêu thôn?",
  [(HH, HH_KQ)],
  "Năm 2023 Hàm Hiệp có 5/7 thôn đạt danh hiệu “Cộng đồng học tập”.",
  ["5/7"],
  [("user", "Hàm Hiệp phấn đấu bao nhiêu thôn đạt Cộng đồng học tập năm 2026?"),
   ("assistant", "7/7 thôn.")])
Q("follow_up", "Còn Hội Liên hiệp Phụ nữ xã?",
  [(HH, HH_PN)],
  "Hội Liên hiệp Phụ nữ xã Hàm Hiệp vận động hội viên tham gia học tập, xây dựng “Gia đình học tập”.",
  ["hội viên", "Gia đình học tập"],
  [("user", "Hội Khuyến học xã Hàm Hiệp làm gì?"),
   ("assistant", "Chủ trì bình xét, công nhận danh hiệu “Gia đình học tập”, “Dòng họ học tập”; vận động Quỹ khuyến học xã.")])
Q("follow_up", "Và ai phối hợp với họ?",
  [(HH, HH_G4)],
  "Đoàn Thanh niên xã phối hợp với Công an xã tuyên truyền phòng chống lừa đảo qua mạng tại các thôn.",
  ["Đoàn Thanh niên"],
  [("user", "Ở Hàm Hiệp ai tuyên truyền phòng chống lừa đảo qua mạng?"),
   ("assistant", "Công an xã chủ trì, mỗi quý ít nhất 01 buổi tại các thôn.")])
Q("follow_up", "Thế khoản hỗ trợ Trung tâm học tập cộng đồng trong đó là bao nhiêu?",
  [(HH, HH_KP2)],
  "30 triệu đồng/năm cho hoạt động của Trung tâm học tập cộng đồng.",
  ["30 triệu đồng"],
  [("user", "Xã Hàm Hiệp bố trí bao nhiêu tiền cho kế hoạch năm 2024?"),
   ("assistant", "95 triệu đồng."),
   ("user", "Còn năm 2026?"),
   ("assistant", "115 triệu đồng.")])
Q("follow_up", "What about the commune's deadline to report to the district?",
  [(HH, HH_BC)],
  "The commune People's Committee reports to the district (via the Education and Training Office) before 5 December each year (trước ngày 05/12).",
  ["5"],
  [("user", "When must Ham Hiep's villages and associations send their annual reports?"),
   ("assistant", "Before 20 November each year, to the commune People's Committee.")])
Q("follow_up", "Vậy tỉnh Bến Tre đặt chỉ tiêu kỹ năng số nào đến 2030?",
  [(BT, BT_T30D)],
  "Bến Tre phấn đấu đạt 70% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản vào năm 2030.",
  ["70%"],
  [("user", "Hàm Hiệp đặt bao nhiêu phần trăm người dân có kỹ năng số cơ bản năm 2026?"),
   ("assistant", "50% người dân từ 15 tuổi trở lên (40% năm 2025).")])
Q("follow_up", "Còn kế hoạch năm 2027 của Đoan Hùng thì Tuần lễ đó tổ chức khi nào?",
  [(DH, DH_N1), (DH, DH_P6)],
  "Từ ngày 01/10 đến ngày 07/10/2027 (lộ trình: Phòng GD&ĐT).",
  ["07/10/2027"],
  [("user", "Bến Tre tổ chức Tuần lễ hưởng ứng học tập suốt đời cấp tỉnh vào tháng nào?"),
   ("assistant", "Tháng 10 hằng năm, do Sở Giáo dục và Đào tạo tổ chức.")])

Q("follow_up", "And the centre's yearly support within that?",
  [(HH, HH_KP2)],
  "30 million VND a year (30 triệu đồng/năm) for the community learning centre's activities.",
  ["30"],
  [("user", "Does Ham Hiep commune have a learning-society plan?"),
   ("assistant", "Yes: plan 42/KH-UBND of 12 March 2024 for 2024 - 2026."),
   ("user", "How much does the commune budget give in 2025?"),
   ("assistant", "105 million VND (105 triệu đồng).")])

# ================================================================== unanswerable
# places with no loaded plan
U("Tỉnh Phú Thọ đặt chỉ tiêu bao nhiêu phần trăm hộ gia đình đạt Gia đình học tập năm 2027?",
  "Không có kế hoạch của tỉnh Phú Thọ trong các kế hoạch đã nạp; kế hoạch của huyện Đoan Hùng chỉ dẫn số hiệu Kế hoạch 3916/KH-UBND của tỉnh.")
U("Huyện Hàm Thuận Bắc hỗ trợ mỗi Trung tâm học tập cộng đồng bao nhiêu tiền mỗi năm?",
  "Chưa nạp kế hoạch của huyện Hàm Thuận Bắc; kế hoạch xã Hàm Hiệp chỉ dẫn số hiệu Kế hoạch 95/KH-UBND của huyện.")
U("What learning-society targets has Binh Thuan province set for 2025?",
  "No plan of Bình Thuận province is loaded; only the plan of Hàm Hiệp commune (Hàm Thuận Bắc district).")
U("Xã Hàm Chính đặt chỉ tiêu bao nhiêu thôn đạt Cộng đồng học tập năm 2025?",
  "Không có kế hoạch của xã Hàm Chính trong các kế hoạch đã nạp (chỉ có xã Hàm Hiệp).")
U("Huyện Thanh Ba bố trí bao nhiêu kinh phí cho xây dựng xã hội học tập năm 2027?",
  "Không có kế hoạch của huyện Thanh Ba trong các kế hoạch đã nạp.")
U("Huyện Ba Tri đặt chỉ tiêu mở bao nhiêu lớp chuyên đề thích ứng xâm nhập mặn mỗi năm?",
  "Không có kế hoạch của huyện Ba Tri; kế hoạch tỉnh Bến Tre chỉ nhắc Ba Tri trong mục đích, chỉ tiêu 250 lớp là của toàn tỉnh.")
U("Thành phố Bến Tre giao Phòng GD&ĐT báo cáo kết quả xây dựng xã hội học tập trước ngày nào?",
  "Không có kế hoạch của thành phố Bến Tre trong các kế hoạch đã nạp (chỉ có kế hoạch của tỉnh).")
# figures the named plan does not set
U("Tỷ lệ lao động qua đào tạo mà tỉnh Bến Tre đặt cho năm 2027 là bao nhiêu?",
  "Kế hoạch của Bến Tre chỉ đặt chỉ tiêu lao động qua đào tạo cho năm 2030 (75%), không có chỉ tiêu năm 2027.")
U("Huyện Đoan Hùng đặt chỉ tiêu xóa mù chữ năm 2027 như thế nào?",
  "Kế hoạch năm 2027 của Đoan Hùng không đặt chỉ tiêu xóa mù chữ.")
U("Xã Hàm Hiệp đặt chỉ tiêu bao nhiêu dòng họ đạt Dòng họ học tập năm 2025?",
  "Kế hoạch xã Hàm Hiệp không đặt chỉ tiêu dòng họ học tập (chỉ hộ gia đình, thôn, lớp chuyên đề, kỹ năng số).")
# current counts
U("Hiện nay tỉnh Bến Tre có bao nhiêu hộ gia đình đạt danh hiệu Gia đình học tập?",
  "Kế hoạch của Bến Tre chỉ nêu chỉ tiêu tỷ lệ, không nêu số hộ hiện đạt danh hiệu.")
U("Hiện nay huyện Đoan Hùng có bao nhiêu câu lạc bộ sinh hoạt tại Trung tâm học tập cộng đồng?",
  "Kế hoạch chỉ yêu cầu duy trì sinh hoạt các câu lạc bộ, không nêu số lượng.")
# past results not given
U("Năm 2024 tỉnh Bến Tre đạt bao nhiêu phần trăm hộ gia đình học tập?",
  "Kế hoạch của Bến Tre không nêu kết quả các năm trước.")
U("Năm 2026 tỷ lệ lao động qua đào tạo của huyện Đoan Hùng đạt bao nhiêu?",
  "Kết quả năm 2026 trong kế hoạch chỉ nêu hộ gia đình học tập, số Trung tâm, lớp chuyên đề và lượt người; không nêu lao động qua đào tạo.")
U("Năm 2023 xã Hàm Hiệp có bao nhiêu người dân có kỹ năng số cơ bản?",
  "Kết quả năm 2023 của Hàm Hiệp không nêu kỹ năng số.")
# amounts not broken out
U("Trong 650 triệu đồng của Đoan Hùng, bao nhiêu dành cho lớp tập huấn VietGAP?",
  "Kế hoạch chỉ tách khoản hỗ trợ 15 triệu đồng cho mỗi Trung tâm học tập cộng đồng, không tách kinh phí tập huấn VietGAP.")
U("Bến Tre chi bao nhiêu tiền để xây dựng Thư viện số Bến Tre?",
  "Kế hoạch không tách kinh phí cho Thư viện số; chỉ nêu ngân sách tỉnh theo từng năm cho toàn bộ hoạt động cấp tỉnh.")
U("Xã Hàm Hiệp chi bao nhiêu cho câu lạc bộ tiếng Anh của thiếu nhi?",
  "Kế hoạch không tách kinh phí cho câu lạc bộ tiếng Anh.")
# sanctions
U("Huyện nào của Bến Tre không đạt chỉ tiêu Gia đình học tập thì bị xử lý thế nào?",
  "Kế hoạch không quy định hình thức xử lý khi không đạt chỉ tiêu.")
U("What penalty does Doan Hung impose on communes that report late?",
  "The plan sets reporting deadlines but no penalty for late reports.")
# agencies never named
U("Kế hoạch của tỉnh Bến Tre giao Sở Y tế nhiệm vụ gì?",
  "Sở Y tế không được nêu trong kế hoạch của Bến Tre.")
U("Phòng Y tế huyện Đoan Hùng được giao gì trong kế hoạch năm 2027?",
  "Kế hoạch năm 2027 của Đoan Hùng không giao nhiệm vụ cho Phòng Y tế.")
U("What role does the provincial police play in Ben Tre's learning-society plan?",
  "The provincial police (Công an tỉnh) is not named in Ben Tre's plan.")
U("Trạm Y tế xã Hàm Hiệp có nhiệm vụ gì trong kế hoạch xây dựng xã hội học tập?",
  "Kế hoạch xã Hàm Hiệp không giao nhiệm vụ cho Trạm Y tế xã.")
# years outside the period
U("Xã Hàm Hiệp đặt chỉ tiêu hộ gia đình học tập năm 2027 là bao nhiêu?",
  "Kế hoạch của Hàm Hiệp chỉ cho giai đoạn 2024 - 2026; không có chỉ tiêu năm 2027.")
U("Bến Tre đặt mục tiêu gì cho năm 2035?",
  "Kế hoạch của Bến Tre chỉ cho giai đoạn 2025 - 2030.")
# signers of documents that are not loaded
U("Ai ký Kế hoạch số 3916/KH-UBND của UBND tỉnh Phú Thọ?",
  "Kế hoạch 3916/KH-UBND của tỉnh Phú Thọ không được nạp; kế hoạch Đoan Hùng chỉ dẫn số hiệu của nó.")
U("Who signed Ham Thuan Bac district's plan 95/KH-UBND?",
  "That district plan is not loaded; Ham Hiep's plan only cites its number.")
# follow-ups that move to an unloaded place or year
U("Còn xã Hàm Liêm thì sao?",
  "Không có kế hoạch của xã Hàm Liêm trong các kế hoạch đã nạp.",
  [("user", "Xã Hàm Hiệp bố trí bao nhiêu kinh phí năm 2025?"),
   ("assistant", "105 triệu đồng.")])
U("Thế năm 2028 ở đó thì sao?",
  "Kế hoạch của Đoan Hùng là kế hoạch năm 2027; không có chỉ tiêu năm 2028.",
  [("user", "Đoan Hùng đặt chỉ tiêu lao động qua đào tạo năm 2027 là bao nhiêu?"),
   ("assistant", "68%.")])
U("What about Vinh Long province?",
  "No plan of Vĩnh Long province is loaded.",
  [("user", "How much does Ben Tre's provincial budget allocate in 2025?"),
   ("assistant", "4.2 billion VND (4,2 tỷ đồng).")])

if __name__ == "__main__":
    with open(OUT, "w", encoding="utf-8") as f:
        for q in QS:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    counts = {}
    for q in QS:
        counts[q["type"]] = counts.get(q["type"], 0) + 1
    print(len(QS), "questions ->", OUT, dict(sorted(counts.items())))
