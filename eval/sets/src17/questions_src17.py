"""Write eval/sets/newplans17.jsonl (ids d17-001…). Spans are verbatim from the text as extracted (see check_sets.py).

    python eval/sets/src17/questions_src17.py

Vũ Thư's docx is read as python-docx gives it plus its text box (in place) and its footnotes (after the body): table
rows are cited cell after cell ("3 Xã Song Lãng 62% 72% 60% 72%") with the two header rows as separate spans; the
footnote figures (61,2%, 15-NQ/HU, 2215/QĐ-UBND) and the text box's 48 lớp / 2.400 người are cited from where they
sit. Bắc Ninh's PDF is cited as its OCR text layer reads (pypdf): "dạt", "dào", "nguời", "thuờng", "80°/o",
"85°/o", "1 200", "12 500", "học- tập", "Il.", "IV ."; spans stay inside one page. Cương Gián's markdown is cited raw
(normalised: "**" and "#" dropped; table rows keep their pipes).
"""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "newplans17.jsonl")

V = "vuthu_186-KH-UBND_2024.docx"
B = "bacninh_245-KH-UBND_2024.pdf"
C = "cuonggian_21-KH-UBND_2025.md"
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

# ---------------------------------------------------------------- Vũ Thư (docx)
V_NO = "Số: 186/KH-UBND"
V_DATE = "Vũ Thư, ngày 21 tháng 10 năm 2024"
V_SIGN = "Phạm Thị Thu Hằng"
V_KT = "KT. CHỦ TỊCH"
V_1373 = "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”;"
V_168 = "Căn cứ Kế hoạch số 168/KH-UBND ngày 26/11/2021 của Ủy ban nhân dân tỉnh Thái Bình thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030” trên địa bàn tỉnh;"
V_NQ = "Căn cứ Nghị quyết của Ban Chấp hành Đảng bộ huyện về phát triển giáo dục và đào tạo huyện Vũ Thư giai đoạn 2024 - 2030;"
V_FN1 = "Nghị quyết số 15-NQ/HU ngày 08/4/2024 của Ban Chấp hành Đảng bộ huyện Vũ Thư về phát triển giáo dục và đào tạo huyện Vũ Thư giai đoạn 2024 - 2030."
V_FN2 = "Năm 2024 đạt 61,2% gia đình được công nhận danh hiệu “Gia đình học tập” (theo báo cáo của Hội Khuyến học huyện)."
V_FN3 = "Các xã, thị trấn điểm được lựa chọn theo Quyết định số 2215/QĐ-UBND ngày 09/9/2024 của Ủy ban nhân dân huyện Vũ Thư."
V_MD1 = "Cụ thể hóa Kế hoạch số 168/KH-UBND của Ủy ban nhân dân tỉnh và Nghị quyết của Ban Chấp hành Đảng bộ huyện; tạo chuyển biến mạnh mẽ về nhận thức của cán bộ, đảng viên và Nhân dân về vai trò của học tập suốt đời đối với phát triển kinh tế - xã hội của huyện."
V_MD2 = "Tạo cơ hội cho mọi người dân được học tập thường xuyên, liên tục, nhất là nông dân và lao động chuyển đổi nghề ở các xã ven sông Hồng, sông Trà Lý; góp phần nâng cao dân trí, phát triển nguồn nhân lực, xây dựng nông thôn mới kiểu mẫu."
V_27 = "a) Đến năm 2027: 99,2% người trong độ tuổi từ 15 đến 60 đạt chuẩn biết chữ mức độ 2; 65% gia đình đạt danh hiệu “Gia đình học tập”; 45% dòng họ đạt danh hiệu “Dòng họ học tập”; 100% Trung tâm học tập cộng đồng được đánh giá, xếp loại hằng năm."
V_30 = "b) Đến năm 2030: 99,6% người trong độ tuổi từ 15 đến 60 đạt chuẩn biết chữ mức độ 2; 75% gia đình đạt danh hiệu “Gia đình học tập”; 55% dòng họ đạt danh hiệu “Dòng họ học tập”; 70% thôn, tổ dân phố đạt danh hiệu “Cộng đồng học tập”; ít nhất 85% Trung tâm học tập cộng đồng xếp loại Tốt."
V_KS = "c) 60% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản vào năm 2027 và 75% vào năm 2030; mỗi năm đào tạo nghề ngắn hạn cho ít nhất 1.500 lao động nông thôn."
V_D = "d) Chỉ tiêu “Công dân học tập” và “Gia đình học tập” giao cho các xã, thị trấn điểm như sau:"
V_TH1 = "Tỷ lệ công dân đạt danh hiệu “Công dân học tập” Tỷ lệ gia đình đạt danh hiệu “Gia đình học tập”"
V_TH2 = "Năm 2027 Năm 2030 Năm 2027 Năm 2030"
V_TT = "1 Thị trấn Vũ Thư 72% 80% 68% 78%"
V_TL = "2 Xã Tân Lập 66% 75% 64% 74%"
V_SL = "3 Xã Song Lãng 62% 72% 60% 72%"
V_ML = "4 Xã Minh Lãng 64% 74% 63% 73%"
V_VH = "5 Xã Việt Hùng 60% 70% 70%"
V_DN = "6 Xã Dũng Nghĩa 63% 73% 62% 72%"
V_HH = "7 Xã Hiệp Hòa 61% 71% 60% 71%"
V_NX = "8 Xã Nguyên Xá 65% 75% 66% 76%"
V_BT = "9 Xã Bách Thuận 67% 76% 65% 75%"
V_SA = "10 Xã Song An 62% 72% 61% 70%"
V_HL = "11 Xã Hồng Lý - 70% 61% 71%"
V_TOAN = "Toàn huyện 65% 75% 65% 75%"
V_TB_H = "Chỉ tiêu trọng tâm"
V_TB = "Năm 2025, mở 48 lớp “Bình dân học vụ số” tại các thôn, tổ dân phố cho khoảng 2.400 người dân; ưu tiên người cao tuổi, hộ kinh doanh và thành viên hợp tác xã."
V_TUAN = "Tổ chức Tuần lễ hưởng ứng học tập suốt đời vào tháng 10 hằng năm; năm 2025 tổ chức lễ phát động cấp huyện tại thị trấn Vũ Thư."
V_TT1 = "Kiện toàn Ban Giám đốc các Trung tâm học tập cộng đồng trong quý I/2025; bố trí cán bộ phụ trách có năng lực, nhiệt tình."
V_TT2 = "Xây dựng mô hình “Trung tâm học tập cộng đồng gắn với làng nghề” tại xã Nguyên Xá và xã Song An trong năm 2026; tổ chức chuyên đề về kỹ thuật trồng cây vụ đông, chăn nuôi an toàn sinh học, an toàn thực phẩm."
V_MH1 = "Đẩy mạnh phong trào “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập”, “Đơn vị học tập”; mỗi năm biểu dương 60 gia đình học tập tiêu biểu vào dịp tổng kết công tác khuyến học."
V_MH2 = "Đánh giá, công nhận danh hiệu “Công dân học tập” theo hướng dẫn của Hội Khuyến học tỉnh; các xã, thị trấn điểm hoàn thành việc công nhận lần đầu trước ngày 30/11/2025."
V_NGHE = "Đào tạo nghề ngắn hạn cho lao động nông thôn theo nhu cầu của doanh nghiệp trong các cụm công nghiệp của huyện: may công nghiệp, điện dân dụng, cơ khí."
V_SO = "Triển khai phong trào “Bình dân học vụ số” đến 100% thôn, tổ dân phố; bồi dưỡng kỹ năng bán hàng trực tuyến cho các hợp tác xã, chủ thể sản phẩm OCOP."
V_TUSACH = "mỗi xã, thị trấn điểm xây dựng ít nhất 01 “Tủ sách cộng đồng” tại nhà văn hóa thôn."
V_KP1 = "1. Tổng kinh phí dự kiến giai đoạn 2025 - 2030 là 7.850 triệu đồng, trong đó: ngân sách huyện 4.200 triệu đồng; ngân sách xã, thị trấn 2.350 triệu đồng; nguồn xã hội hóa và các nguồn hợp pháp khác 1.300 triệu đồng."
V_KP2 = "2. Mỗi Trung tâm học tập cộng đồng được hỗ trợ 12 triệu đồng/năm từ ngân sách huyện; mỗi xã, thị trấn điểm được hỗ trợ thêm 20 triệu đồng/năm để xây dựng mô hình học tập."
V_KP3 = "3. Hằng năm, các cơ quan, đơn vị và Ủy ban nhân dân các xã, thị trấn lập dự toán kinh phí thực hiện Kế hoạch gửi Phòng Tài chính - Kế hoạch trước ngày 20/7 để tổng hợp, trình Ủy ban nhân dân huyện."
V_GD = "1. Phòng Giáo dục và Đào tạo: Là cơ quan thường trực, chủ trì, phối hợp với các cơ quan, đơn vị triển khai Kế hoạch; hướng dẫn các xã, thị trấn điểm thực hiện chỉ tiêu được giao; hướng dẫn đánh giá, xếp loại Trung tâm học tập cộng đồng; tổng hợp, báo cáo Ủy ban nhân dân huyện và Sở Giáo dục và Đào tạo trước ngày 10/12 hằng năm; tham mưu sơ kết vào quý IV/2027 và tổng kết vào quý IV/2030."
V_NV = "2. Phòng Nội vụ: Chủ trì hướng dẫn xây dựng danh hiệu “Đơn vị học tập” trong các cơ quan, đơn vị; phối hợp Phòng Giáo dục và Đào tạo bồi dưỡng kỹ năng số cho cán bộ, công chức huyện, xã; tham mưu khen thưởng tập thể, cá nhân có thành tích tiêu biểu."
V_LD = "3. Phòng Lao động - Thương binh và Xã hội: Chủ trì, phối hợp với Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện đào tạo nghề ngắn hạn cho lao động nông thôn; khảo sát nhu cầu tuyển dụng của doanh nghiệp trong các cụm công nghiệp của huyện; báo cáo kết quả đào tạo nghề trước ngày 30/11 hằng năm."
V_TCKH = "4. Phòng Tài chính - Kế hoạch: Tham mưu Ủy ban nhân dân huyện bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách huyện hằng năm; hướng dẫn các xã, thị trấn sử dụng, thanh quyết toán kinh phí theo quy định."
V_VHTT = "5. Phòng Văn hóa và Thông tin: Chủ trì tuyên truyền về xây dựng xã hội học tập; phát triển thư viện huyện, tủ sách cộng đồng; phối hợp Phòng Giáo dục và Đào tạo tổ chức Tuần lễ hưởng ứng học tập suốt đời vào tháng 10 hằng năm."
V_NN = "6. Phòng Nông nghiệp và Phát triển nông thôn: Phối hợp Trung tâm học tập cộng đồng tổ chức tập huấn kỹ thuật trồng cây vụ đông, chăn nuôi an toàn sinh học; hướng dẫn hợp tác xã xây dựng sản phẩm OCOP gắn với học tập kỹ năng số."
V_TP = "7. Phòng Tư pháp: Tổ chức phổ biến, giáo dục pháp luật tại Trung tâm học tập cộng đồng; xây dựng tủ sách pháp luật tại các xã, thị trấn điểm; hướng dẫn hòa giải viên ở cơ sở tham gia học tập."
V_GDNN = "8. Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện: Mở lớp bổ túc văn hóa, lớp đào tạo nghề may công nghiệp, điện dân dụng; liên kết với doanh nghiệp đào tạo theo đơn đặt hàng; phối hợp với các Trung tâm học tập cộng đồng tổ chức lớp học tại xã."
V_TTVH = "9. Trung tâm Văn hóa, Thể thao và Truyền thanh huyện: Xây dựng chuyên mục “Vũ Thư học tập suốt đời” phát 2 kỳ/tháng trên sóng truyền thanh huyện từ quý I/2025; đưa tin các mô hình học tập tiêu biểu."
V_XA = "10. Ủy ban nhân dân các xã, thị trấn: Xây dựng kế hoạch thực hiện của xã, thị trấn trước ngày 31/12/2024; các xã, thị trấn điểm cụ thể hóa chỉ tiêu được giao tại Bảng ở điểm d khoản 2 Mục II; bố trí địa điểm, kinh phí cho Trung tâm học tập cộng đồng; báo cáo kết quả về Phòng Giáo dục và Đào tạo trước ngày 25/11 hằng năm."
V_DN_H = "11. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện:"
V_HKH = "Hội Khuyến học huyện chủ trì đánh giá, công nhận danh hiệu “Công dân học tập”, “Gia đình học tập”, “Dòng họ học tập”;"
V_HD = "Huyện đoàn tổ chức “Ngày hội thanh niên với chuyển đổi số” vào tháng 3 hằng năm;"
V_PN = "Hội Liên hiệp Phụ nữ huyện vận động hội viên tham gia lớp “Bình dân học vụ số”;"
V_ND = "Hội Nông dân huyện phối hợp tổ chức tập huấn khoa học kỹ thuật cho nông dân."
V_BC = "Định kỳ 6 tháng (trước ngày 15/6) và hằng năm, các cơ quan, đơn vị, Ủy ban nhân dân các xã, thị trấn báo cáo kết quả thực hiện Kế hoạch về Ủy ban nhân dân huyện (qua Phòng Giáo dục và Đào tạo) để tổng hợp."

# ---------------------------------------------------------------- Bắc Ninh (OCRed PDF; spans as the text layer reads)
B_NO = "Số: 245/KH-UBND Bắc Ninh, ngày 12 tháng 9 năm 2024"
B_SIGN = "Đào Quang Vinh"
B_KT = "Nơi nhận: KT. CHỦ TỊCH"
B_1373 = "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”;"
B_NQ = "Căn cứ Nghị quyết số 21-NQ/TU ngày 05/3/2024 của Ban Thường vụ Tỉnh ủy Bắc Ninh về đẩy mạnh học tập suốt đời gắn với phát triển nguồn nhân lực chất lượng cao đến năm 2030;"
B_612 = "Căn cứ Kế hoạch số 612/KH-UBND ngày 18/11/2021 của Ủy ban nhân dân tỉnh thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030” trên địa bàn tỉnh Bắc Ninh;"
B_MD_A = "a) Tạo chuyển biến mạnh mẽ về nhận thức của các cấp, các ngành và Nhân dân về vai trò của học tập suốt đời; xây dựng nguời Bắc Ninh có tri thức, kỹ năng, thích ứng với yêu cầu của công nghiệp hóa, hiện đại hóa."
B_MD_B = "b) Phát triển nguồn nhân lực chất lượng cao cho các khu công nghiệp, doanh nghiệp công nghệ cao; giữ gìn và phát huy giá trị Dân ca Quan họ Bắc Ninh và các làng nghề truyền thống."
B_CHUNG = "có cơ hội học tập suốt đời, học- tập ở mọi nơi, mọi lúc; chuyển đổi số toàn diện trong giáo dục thường xuyên; mỗi cơ quan, doanh nghiệp, thôn, khu phố là một đơn vị học tập."
B_25 = "a) Đến năm 2025: 99,5% người trong độ tuổi từ 15 đến 60 dạt chuẩn biết chữ mức độ 2; 62% gia đình đạt danh hiệu “Gia đình học tập”; 40% dòng họ đạt danh hiệu “Dòng họ học tập”; 50% thôn, khu phố đạt danh hiệu “Cộng đồng học tập”; 45% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản."
B_27 = "b) Đến năm 2027: 68% gia đình đạt danh hiệu “Gia đình học tập”; 60% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản; 70% công nhân lao động trong các khu công nghiệp được bồi dưỡng kỹ năng nghề, ngoại ngữ, kỹ năng số."
B_30 = "c) Đến năm 2030: 99,8% người trong độ tuổi từ 15 đến 60 đạt chuẩn biết chữ mức độ 2; 80°/o gia đình đạt danh hiệu “Gia đình học tập”; 60% dòng họ đạt danh hiệu “Dòng họ học tập”; 75% thôn, khu phố đạt danh hiệu “Cộng đồng học tập”; 85°/o người dân từ 15 tuổi trở lên có kỹ năng số cơ bản; 90% Trung tâm học tập cộng đồng xếp loại Tốt."
B_30GD = "80°/o gia đình đạt danh hiệu “Gia đình học tập”"
B_30KS = "85°/o người dân từ 15 tuổi trở lên có kỹ năng số cơ bản"
B_D = "d) Hằng năm tổ chức ít nhất 1 200 lớp chuyên đề tại các Trung tâm học tập cộng đồng; 100% Trung tâm học tập cộng đồng được đánh giá, xếp loại theo Thông tư số 22/2020/TT-BGDĐT ngày 06/8/2020 của Bộ trưởng Bộ Giáo dục và Đào tạo."
B_TUAN = "tổ chức Tuần lễ hưởng ứng học tập suốt đời vào tháng 10 hằng năm, năm 2025 tổ chức lễ phát động cấp tỉnh tại thành phố Từ Sơn."
B_MANG = "Củng cố các Trung tâm học tập cộng đồng; sắp xếp Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên cấp huyện theo hướng tinh gọn, hiệu quả; xây dựng mô hình “Trung tâm học tập cộng đồng số” tại 08 xã, phường trong năm 2026."
B_KCN1 = "Xây dựng mô hình “Doanh nghiệp học tập” tại các khu công nghiệp Yên Phong, Quế Võ, VSIP Bắc Ninh; mở lớp tiếng Hàn, tiếng Anh, kỹ năng số"
B_KCN2 = "cho công nhân tại nhà văn hóa công nhân; mỗi năm công nhận ít nhất 30 doanh nghiệp đạt danh hiệu “Doanh nghiệp học tập”."
B_SO = "Phát triển nền tảng học tập trực tuyến “Bắc Ninh học tập số”; số hóa tài liệu của thu viện tỉnh và các thư viện cấp huyện; triển khai phong trào “Bình dân học vụ số” đến 100% thôn, khu phố."
B_VH = "Mở lớp truyền dạy Dân ca Quan họ tại các làng Quan họ gốc; tổ chức lớp truyền nghề tại các làng nghề gốm Phù Lãng, tranh Dông Hồ, đồ gỗ Đồng Kỵ cho thanh niên."
B_KP1 = "1. Tổng kinh phí dự kiến giai đoạn 2025 - 2030 là 64.500 triệu đồng, trong đó: ngân sách tỉnh 35.000 triệu đồng; ngân sách huyện, thị xã, thành phố 17.000 triệu đồng; nguồn xã hội hóa, đóng góp của doanh nghiệp 12 500 triệu đồng."
B_KP2 = "2. Mỗi Trung tâm học tập cộng đồng được hỗ trợ 30 triệu đồng/năm từ ngân sách tỉnh; mỗi lớp truyền dạy Dân ca Quan họ được hỗ trợ 15 triệu đồng."
B_KP3 = "3. Hằng năm, các sở, ngành, địa phương lập dự toán kinh phí gửi Sở Tài chính trước ngày 10/7 để tổng hợp, trình Ủy ban nhân dân tỉnh."
B_GD = "1. Sở Giáo dục và Đào tạo: Là cơ quan thuờng trực, chủ trì, phối hợp với các sở, ngành, địa phương triển khai Kế hoạch; biên soạn tài liệu hướng dẫn hoạt động Trung tâm học tập cộng đồng trong quý II/2025; tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Giáo dục và Đào tạo trước ngày 05/12 hằng năm; tham mưu sơ kết vào quý IV/2027 và tổng kết vào quý IV/2030."
B_NV = "2. Sở Nội vụ: Chủ trì hướng dẫn xây dựng danh hiệu “Đơn vị học tập” trong cơ quan nhà nước; bồi dưỡng kỹ năng số, ngoại ngữ cho cán bộ, công chức, viên chức; đưa kết quả học tập vào đánh giá, xếp loại hằng năm."
B_LD = "3. Sở Lao động - Thương binh và Xã hội: Chủ trì dào tạo nghề, bồi dưỡng kỹ năng nghề cho công nhân lao động và lao động nông thôn; báo cáo kết quả đào tạo nghề về Sở Giáo dục và Đào tạo trước ngày 30/11 hằng năm."
B_TC = "4. Sở Tài chính: Chủ trì, phối hợp với Sở Giáo dục và Đào tạo tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm; hướng dẫn thanh quyết toán theo quy định."
B_KH = "5. Sở Kế hoạch và Đầu tư: Vận động doanh nghiệp có vốn đầu tư nước ngoài tham gia xây dựng mô hình “Doanh nghiệp học tập”; lồng ghép chỉ tiêu học tập suốt đời vào kế hoạch phát triển kinh tế - xã hội của tỉnh."
B_VHTT = "6. Sở Văn hóa, Thể thao và Du lịch: Phát triển hệ thống thư viện, nhà văn hóa thôn, khu phố; chủ trì tổ chức lớp truyền dạy Dân ca Quan họ; phối hợp tổ chức Tuần lễ hưởng ứng học tập suốt đời vào tháng 10 hằng năm."
B_TTTT = "7. Sở Thông tin và Truyền thông: Chủ trì phát triển nền tảng “Bắc Ninh học tập số”, hoàn thành trong quý IV/2025; hướng dẫn các tổ công nghệ số cộng đồng hỗ trợ người dân học kỹ năng số."
B_NN = "8. Sở Nông nghiệp và Phát triển nông thôn: Tổ chức tập huấn kỹ thuật nông nghiệp công nghệ cao, sản xuất rau an toàn tại Trung tâm học tập cộng đồng; hướng dẫn chủ thể sản phẩm OCOP học kỹ năng thương mại điện tử."
B_TP = "9. Sở Tư pháp: Phổ biến, giáo dục pháp luật cho công nhân lao động tại các khu công nghiệp; xây dựng tủ sách pháp luật tại Trung tâm học tập cộng đồng."
B_BQL = "10. Ban Quản lý các khu công nghiệp tỉnh: Phối hợp Liên đoàn Lao động tỉnh xây dựng “Tủ sách công nhân” tại các khu nhà ở công nhân; tổng hợp danh sách doanh nghiệp đăng ký danh hiệu “Doanh nghiệp học tập” trước ngày 31/3 hằng năm."
B_BAO = "11. Báo Bắc Ninh, Đài Phát thanh và Truyền hình tỉnh: Xây dựng chuyên mục “Học tập suốt đời” phát sóng 2 kỳ/tháng; giới thiệu gương điển hình tiên tiến trong học tập."
B_HUYEN = "12. Ủy ban nhân dân các huyện, thị xã, thành phố: Xây dựng kế hoạch thực hiện trước ngày 31/12/2024; bố trí kinh phí cho Trung tâm học tập cộng đồng; báo cáo kết quả về Sở Giáo dục và Đào tạo trước ngày 30/11 hằng năm."
B_DN_H = "13. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh:"
B_HKH = "Hội Khuyến học tỉnh chủ trì đánh giá, công nhận danh hiệu “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập”;"
B_TD = "Tỉnh đoàn tổ chức “Ngày hội thanh niên với chuyển đổi số”;"
B_PN = "Hội Liên hiệp Phụ nữ tỉnh vận động hội viên tham gia học tập;"
B_LDLD = "Liên đoàn Lao động tỉnh phát động phong trào “Công nhân học tập” trong các doanh nghiệp."
B_BC = "Định kỳ 6 tháng (trước ngày 15/6) và hằng năm, các sở, ban, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo để tổng hợp, báo cáo Ủy ban nhân dân tỉnh./."

# ---------------------------------------------------------------- Cương Gián (markdown, raw)
C_NO = "Số: 21/KH-UBND"
C_DATE = "Cương Gián, ngày 17 tháng 02 năm 2025"
C_SIGN = "Phan Văn Lợi"
C_1373 = "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”;"
C_412 = "Căn cứ Kế hoạch số 412/KH-UBND ngày 20/12/2024 của Ủy ban nhân dân huyện Nghi Xuân về xây dựng xã hội học tập huyện Nghi Xuân giai đoạn 2025 - 2030;"
C_NQ = "Căn cứ Nghị quyết số 05/NQ-HĐND ngày 25/12/2024 của Hội đồng nhân dân xã Cương Gián về nhiệm vụ phát triển kinh tế - xã hội năm 2025;"
C_MD1 = "Nâng cao nhận thức của cán bộ, đảng viên và Nhân dân trong xã về học tập suốt đời; mỗi người dân, mỗi gia đình, dòng họ, thôn xóm đều tích cực học tập."
C_MD2 = "Gắn hoạt động học tập với nghề khai thác, chế biến hải sản, phát triển du lịch biển và xây dựng xã nông thôn mới kiểu mẫu."
C_CHUNG = "Mục tiêu chung: Xây dựng Cương Gián trở thành xã học tập, mọi người dân được học tập thường xuyên, nhất là ngư dân, phụ nữ và người cao tuổi."
C_TH = "| Năm | Gia đình học tập | Dòng họ học tập | Thôn đạt Cộng đồng học tập | Người dân có kỹ năng số cơ bản | Chuyên đề tại TTHTCĐ |"
C_25 = "| 2025 | 70% | 45% | 7/12 thôn | 40% | 14 chuyên đề |"
C_26 = "| 2026 | 72% | 48% | 8/12 thôn | 46% | 15 chuyên đề |"
C_27 = "| 2027 | 75% | 52% | 9/12 thôn | 52% | 16 chuyên đề |"
C_30 = "| 2030 | 82% | 60% | 11/12 thôn | 70% | 18 chuyên đề |"
C_GHI = "Năm 2028, năm 2029 thực hiện theo lộ trình, không giao chỉ tiêu riêng."
C_PC = "Duy trì 100% trẻ em 6 tuổi vào lớp 1; giữ vững phổ cập giáo dục trung học cơ sở mức độ 3 và xóa mù chữ mức độ 2."
C_LOA = "Tuyên truyền trên hệ thống loa truyền thanh xã 3 buổi/tuần về học tập suốt đời."
C_TUAN = "Tổ chức Tuần lễ hưởng ứng học tập suốt đời từ ngày 01/10 đến ngày 07/10 hằng năm tại Nhà văn hóa xã."
C_TT_H = "Nâng cao hiệu quả hoạt động của Trung tâm học tập cộng đồng:"
C_TT1 = "Tổ chức chuyên đề kỹ thuật khai thác hải sản xa bờ, bảo quản sản phẩm sau khai thác, an toàn cho người và tàu cá trên biển."
C_TT2 = "Mở lớp chế biến nước mắm, hải sản khô an toàn thực phẩm cho phụ nữ; lớp làm du lịch cộng đồng cho các hộ ven biển."
C_TT3 = "Mở 02 lớp bơi an toàn cho trẻ em vào tháng 6 và tháng 7 hằng năm."
C_MH1 = "Xây dựng mô hình “Thôn học tập gắn với nghề biển” tại thôn Hải Trung trong năm 2025."
C_MH2 = "Mỗi năm bình xét, công nhận danh hiệu học tập vào tháng 12 theo hướng dẫn của Hội Khuyến học huyện."
C_SO1 = "Triển khai “Bình dân học vụ số” tại 12 thôn; mỗi thôn có ít nhất 01 tổ công nghệ số cộng đồng."
C_SO2 = "Hướng dẫn ngư dân sử dụng ứng dụng nhật ký khai thác điện tử, VNeID, thanh toán không dùng tiền mặt."
C_KP_H = "Kinh phí thực hiện năm 2025:"
C_KP_TH = "| Nguồn | Số tiền (triệu đồng) |"
C_KP_XA = "| Ngân sách xã | 165 |"
C_KP_HUYEN = "| Hỗ trợ từ ngân sách huyện | 60 |"
C_KP_XHH = "| Xã hội hóa (Quỹ khuyến học, doanh nghiệp thủy sản) | 35 |"
C_KP_TONG = "| Tổng cộng | 260 |"
C_KP_BOI = "Mỗi lớp bơi an toàn cho trẻ em được hỗ trợ 8 triệu đồng; các năm từ 2026 đến 2030 kinh phí được bố trí trong dự toán ngân sách xã hằng năm."
C_VHXH_H = "Công chức Văn hóa - Xã hội"
C_VHXH1 = "Là đầu mối tham mưu Ủy ban nhân dân xã triển khai Kế hoạch; phối hợp Trung tâm học tập cộng đồng xây dựng chương trình chuyên đề hằng năm."
C_VHXH2 = "Tổng hợp, báo cáo kết quả về Ủy ban nhân dân xã và Phòng Giáo dục và Đào tạo huyện trước ngày 25/11 hằng năm."
C_TCKT = "Tham mưu bố trí kinh phí; hướng dẫn thanh quyết toán theo quy định trước ngày 31/12 hằng năm."
C_VPTK = "Cập nhật số liệu gia đình, dòng họ, thôn đạt danh hiệu học tập; cập nhật dữ liệu phổ cập giáo dục, xóa mù chữ trước ngày 30/9 hằng năm."
C_TTHT_H = "Trung tâm học tập cộng đồng xã"
C_TTHT1 = "Xây dựng kế hoạch hoạt động năm 2025 trước ngày 10/3/2025; tổ chức các lớp, chuyên đề theo Mục III."
C_TTHT2 = "Báo cáo hằng quý về Ủy ban nhân dân xã."
C_THCS = "Cử giáo viên tham gia giảng dạy tại Trung tâm học tập cộng đồng; phối hợp Trường Tiểu học Cương Gián tổ chức lớp bơi an toàn cho trẻ em."
C_YT_H = "Trạm Y tế xã"
C_YT = "Tổ chức chuyên đề sơ cứu, cấp cứu trên biển cho ngư dân; chăm sóc sức khỏe người cao tuổi."
C_CA_H = "Công an xã"
C_CA1 = "Tuyên truyền phòng chống tội phạm, ma túy; hướng dẫn người dân kích hoạt tài khoản định danh điện tử VNeID mức độ 2."
C_CA2 = "Phối hợp Đồn Biên phòng trên địa bàn tuyên truyền chống khai thác hải sản bất hợp pháp (IUU)."
C_QS = "Phối hợp tuyên truyền về chủ quyền biển, đảo cho thanh niên trong độ tuổi nhập ngũ."
C_THON_H = "Trưởng thôn"
C_THON = "Vận động người dân tham gia học tập; bình xét gia đình, dòng họ học tập tại thôn, gửi kết quả về Ủy ban nhân dân xã trước ngày 05/12 hằng năm."
C_MT_H = "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã"
C_MT1 = "Chủ trì vận động xã hội hóa, xây dựng Quỹ khuyến học."
C_MT2 = "Phối hợp Hội Khuyến học xã xây dựng “Dòng họ học tập”; Đoàn Thanh niên xã hướng dẫn kỹ năng số cho người cao tuổi; Hội Liên hiệp Phụ nữ xã vận động hội viên học nghề chế biến hải sản; Hội Nông dân xã phối hợp tổ chức chuyên đề khuyến ngư."
C_BC = "Chế độ báo cáo: Các bộ phận, thôn báo cáo kết quả 6 tháng trước ngày 10/6 và báo cáo năm trước ngày 20/11 về Ủy ban nhân dân xã (qua công chức Văn hóa - Xã hội)."

# ---------------------------------------------------------------- bundled plans
HUE_SIGN = "Nguyễn Thanh Bình"
HUE_KT = "KT. CHỦ TỊCH"
HN_2030 = "70% công dân đạt danh hiệu công dân học tập"
HN_2030_H = "2.2. Mục tiêu cụ thể đến năm 2030"
CT_1373 = "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án"

# ================================================================ agency_tasks (12)
Q("agency_tasks", "Theo kế hoạch của huyện Vũ Thư, Phòng Giáo dục và Đào tạo có nhiệm vụ gì?",
  [(V, V_GD)],
  "Phòng GD&ĐT là cơ quan thường trực, chủ trì triển khai Kế hoạch; hướng dẫn các xã, thị trấn điểm thực hiện chỉ tiêu được giao; hướng dẫn đánh giá, xếp loại TTHTCĐ; tổng hợp, báo cáo UBND huyện và Sở GD&ĐT trước ngày 10/12 hằng năm; tham mưu sơ kết quý IV/2027, tổng kết quý IV/2030.",
  ["thường trực", "xã, thị trấn điểm", "10/12"])
Q("agency_tasks", "Phòng Lao động - Thương binh và Xã hội huyện Vũ Thư được giao làm gì?",
  [(V, V_LD)],
  "Chủ trì, phối hợp Trung tâm GDNN-GDTX huyện đào tạo nghề ngắn hạn cho lao động nông thôn; khảo sát nhu cầu tuyển dụng của doanh nghiệp trong các cụm công nghiệp của huyện; báo cáo kết quả đào tạo nghề trước ngày 30/11 hằng năm.",
  ["đào tạo nghề", "cụm công nghiệp", "30/11"])
Q("agency_tasks", "Trung tâm Văn hóa, Thể thao và Truyền thanh huyện Vũ Thư phải làm gì?",
  [(V, V_TTVH)],
  "Xây dựng chuyên mục “Vũ Thư học tập suốt đời” phát 2 kỳ/tháng trên sóng truyền thanh huyện từ quý I/2025 và đưa tin các mô hình học tập tiêu biểu.",
  ["Vũ Thư học tập suốt đời", "2 kỳ/tháng", "quý I/2025"])
Q("agency_tasks", "Hội Khuyến học huyện Vũ Thư được đề nghị làm gì?",
  [(V, V_DN_H), (V, V_HKH)],
  "Trong mục “Đề nghị Ủy ban MTTQ Việt Nam huyện và các tổ chức chính trị - xã hội huyện”, Hội Khuyến học huyện chủ trì đánh giá, công nhận danh hiệu “Công dân học tập”, “Gia đình học tập”, “Dòng họ học tập”.",
  ["Công dân học tập", "Gia đình học tập", "Dòng họ học tập"])
Q("agency_tasks", "Kế hoạch của tỉnh Bắc Ninh giao Sở Lao động - Thương binh và Xã hội nhiệm vụ gì?",
  [(B, B_LD)],
  "Sở LĐ-TB&XH chủ trì đào tạo nghề, bồi dưỡng kỹ năng nghề cho công nhân lao động và lao động nông thôn; báo cáo kết quả đào tạo nghề về Sở GD&ĐT trước ngày 30/11 hằng năm.",
  ["đào tạo nghề", "công nhân lao động", "30/11"])
Q("agency_tasks", "Sở Thông tin và Truyền thông Bắc Ninh có trách nhiệm gì?",
  [(B, B_TTTT)],
  "Chủ trì phát triển nền tảng “Bắc Ninh học tập số”, hoàn thành trong quý IV/2025; hướng dẫn các tổ công nghệ số cộng đồng hỗ trợ người dân học kỹ năng số.",
  ["Bắc Ninh học tập số", "quý IV/2025", "tổ công nghệ số"])
Q("agency_tasks", "Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh làm gì trong kế hoạch này?",
  [(B, B_BQL)],
  "Phối hợp Liên đoàn Lao động tỉnh xây dựng “Tủ sách công nhân” tại các khu nhà ở công nhân; tổng hợp danh sách doanh nghiệp đăng ký danh hiệu “Doanh nghiệp học tập” trước ngày 31/3 hằng năm.",
  ["Tủ sách công nhân", "Doanh nghiệp học tập", "31/3"])
Q("agency_tasks", "Liên đoàn Lao động tỉnh Bắc Ninh được đề nghị làm gì?",
  [(B, B_DN_H), (B, B_LDLD), (B, B_BQL)],
  "Liên đoàn Lao động tỉnh (trong mục đề nghị UBMTTQ và các tổ chức chính trị - xã hội tỉnh) phát động phong trào “Công nhân học tập” trong các doanh nghiệp; ngoài ra phối hợp với Ban Quản lý các khu công nghiệp tỉnh xây dựng “Tủ sách công nhân” tại các khu nhà ở công nhân.",
  ["Công nhân học tập", "Tủ sách công nhân"])
Q("agency_tasks", "Sở Tư pháp tỉnh Bắc Ninh có nhiệm vụ gì?",
  [(B, B_TP)],
  "Phổ biến, giáo dục pháp luật cho công nhân lao động tại các khu công nghiệp; xây dựng tủ sách pháp luật tại Trung tâm học tập cộng đồng.",
  ["pháp luật", "khu công nghiệp", "tủ sách pháp luật"])
Q("agency_tasks", "Công an xã Cương Gián có nhiệm vụ gì trong kế hoạch xây dựng xã hội học tập?",
  [(C, C_CA1), (C, C_CA2)],
  "Công an xã tuyên truyền phòng chống tội phạm, ma túy; hướng dẫn người dân kích hoạt tài khoản định danh điện tử VNeID mức độ 2; phối hợp Đồn Biên phòng trên địa bàn tuyên truyền chống khai thác hải sản bất hợp pháp (IUU).",
  ["VNeID", "mức độ 2", "IUU"])
Q("agency_tasks", "Trạm Y tế xã Cương Gián được giao việc gì?",
  [(C, C_YT)],
  "Trạm Y tế xã tổ chức chuyên đề sơ cứu, cấp cứu trên biển cho ngư dân và chăm sóc sức khỏe người cao tuổi.",
  ["sơ cứu", "ngư dân", "người cao tuổi"])
Q("agency_tasks", "Trưởng thôn ở xã Cương Gián phải làm gì?",
  [(C, C_THON)],
  "Trưởng thôn vận động người dân tham gia học tập; bình xét gia đình, dòng họ học tập tại thôn và gửi kết quả về UBND xã trước ngày 05/12 hằng năm.",
  ["vận động", "bình xét", "05/12"])

# ================================================================ target (12)
Q("target", "Xã Song Lãng được huyện Vũ Thư giao chỉ tiêu gia đình học tập năm 2030 là bao nhiêu?",
  [(V, V_TH1), (V, V_TH2), (V, V_SL)],
  "Theo bảng chỉ tiêu giao các xã, thị trấn điểm, xã Song Lãng phải đạt 72% gia đình đạt danh hiệu “Gia đình học tập” vào năm 2030 (năm 2027 là 60%).",
  ["72%"])
Q("target", "Thị trấn Vũ Thư phải đạt bao nhiêu % công dân học tập vào năm 2027?",
  [(V, V_TH1), (V, V_TH2), (V, V_TT)],
  "Thị trấn Vũ Thư được giao 72% công dân đạt danh hiệu “Công dân học tập” năm 2027 (80% năm 2030).",
  ["72%"])
Q("target", "Chỉ tiêu công dân học tập toàn huyện Vũ Thư năm 2030?",
  [(V, V_TH1), (V, V_TH2), (V, V_TOAN)],
  "Dòng “Toàn huyện” của bảng: 75% công dân đạt danh hiệu “Công dân học tập” vào năm 2030 (65% năm 2027).",
  ["75%"])
Q("target", "Năm 2025 huyện Vũ Thư mở bao nhiêu lớp Bình dân học vụ số, cho bao nhiêu người?",
  [(V, V_TB_H), (V, V_TB)],
  "Theo khung “Chỉ tiêu trọng tâm”: năm 2025 mở 48 lớp “Bình dân học vụ số” tại các thôn, tổ dân phố cho khoảng 2.400 người dân, ưu tiên người cao tuổi, hộ kinh doanh và thành viên hợp tác xã.",
  ["48", "2.400"])
Q("target", "Năm 2024 Vũ Thư đã đạt bao nhiêu phần trăm gia đình học tập?",
  [(V, V_FN2)],
  "Theo chú thích của kế hoạch, năm 2024 đạt 61,2% gia đình được công nhận danh hiệu “Gia đình học tập” (theo báo cáo của Hội Khuyến học huyện); mục tiêu là 65% năm 2027 và 75% năm 2030.",
  ["61,2%"])
Q("target", "Đến 2030 Vũ Thư muốn bao nhiêu TTHTCĐ xếp loại Tốt?",
  [(V, V_30)],
  "Đến năm 2030 có ít nhất 85% Trung tâm học tập cộng đồng xếp loại Tốt.",
  ["85%"])
Q("target", "Tỉnh Bắc Ninh đặt chỉ tiêu gia đình học tập đến năm 2030 là bao nhiêu?",
  [(B, B_30)],
  "Đến năm 2030, 80% gia đình đạt danh hiệu “Gia đình học tập” (bản OCR ghi “80°/o”).",
  ["80%"])
Q("target", "Năm 2025 Bắc Ninh phấn đấu bao nhiêu % người 15-60 tuổi đạt chuẩn biết chữ mức độ 2?",
  [(B, B_25)],
  "Đến năm 2025: 99,5% người trong độ tuổi từ 15 đến 60 đạt chuẩn biết chữ mức độ 2 (99,8% vào năm 2030).",
  ["99,5%"])
Q("target", "Mỗi năm Bắc Ninh tổ chức ít nhất bao nhiêu lớp chuyên đề tại TTHTCĐ?",
  [(B, B_D)],
  "Hằng năm tổ chức ít nhất 1.200 lớp chuyên đề tại các Trung tâm học tập cộng đồng (bản OCR ghi “1 200”).",
  ["1.200"])
Q("target", "Đến năm 2027 bao nhiêu phần trăm công nhân ở khu công nghiệp Bắc Ninh được bồi dưỡng kỹ năng?",
  [(B, B_27)],
  "Đến năm 2027, 70% công nhân lao động trong các khu công nghiệp được bồi dưỡng kỹ năng nghề, ngoại ngữ, kỹ năng số.",
  ["70%"])
Q("target", "Năm 2027 xã Cương Gián đặt chỉ tiêu dòng họ học tập bao nhiêu?",
  [(C, C_TH), (C, C_27)],
  "Năm 2027: 52% dòng họ đạt “Dòng họ học tập”.",
  ["52%"])
Q("target", "Đến năm 2030 Cương Gián có bao nhiêu thôn đạt Cộng đồng học tập?",
  [(C, C_TH), (C, C_30)],
  "Năm 2030: 11/12 thôn đạt danh hiệu “Cộng đồng học tập”.",
  ["11/12"])

# ================================================================ deadline (8)
Q("deadline", "UBND các xã, thị trấn ở Vũ Thư phải xây dựng kế hoạch trước ngày nào và báo cáo khi nào?",
  [(V, V_XA)],
  "Xây dựng kế hoạch thực hiện của xã, thị trấn trước ngày 31/12/2024; báo cáo kết quả về Phòng GD&ĐT trước ngày 25/11 hằng năm.",
  ["31/12/2024", "25/11"])
Q("deadline", "Khi nào Vũ Thư sơ kết và tổng kết kế hoạch?",
  [(V, V_GD)],
  "Phòng GD&ĐT tham mưu sơ kết vào quý IV/2027 và tổng kết vào quý IV/2030.",
  ["quý IV/2027", "quý IV/2030"])
Q("deadline", "Các xã điểm của Vũ Thư phải công nhận công dân học tập lần đầu trước ngày nào?",
  [(V, V_MH2)],
  "Các xã, thị trấn điểm hoàn thành việc công nhận danh hiệu “Công dân học tập” lần đầu trước ngày 30/11/2025.",
  ["30/11/2025"])
Q("deadline", "Nền tảng Bắc Ninh học tập số phải xong khi nào?",
  [(B, B_TTTT)],
  "Sở TT&TT chủ trì phát triển nền tảng “Bắc Ninh học tập số”, hoàn thành trong quý IV/2025.",
  ["quý IV/2025"])
Q("deadline", "Sở GD&ĐT Bắc Ninh báo cáo UBND tỉnh và Bộ trước ngày nào?",
  [(B, B_GD)],
  "Sở GD&ĐT tổng hợp, báo cáo UBND tỉnh và Bộ GD&ĐT trước ngày 05/12 hằng năm.",
  ["05/12"])
Q("deadline", "Hạn báo cáo 6 tháng của các sở, ngành Bắc Ninh là ngày nào?",
  [(B, B_BC)],
  "Định kỳ 6 tháng báo cáo trước ngày 15/6 (và báo cáo hằng năm) về Sở GD&ĐT để tổng hợp, báo cáo UBND tỉnh.",
  ["15/6"])
Q("deadline", "TTHTCĐ xã Cương Gián phải xây dựng kế hoạch hoạt động năm 2025 trước ngày nào?",
  [(C, C_TTHT_H), (C, C_TTHT1)],
  "Trước ngày 10/3/2025; sau đó tổ chức các lớp, chuyên đề và báo cáo hằng quý về UBND xã.",
  ["10/3/2025"])
Q("deadline", "Xã Cương Gián quy định báo cáo 6 tháng và báo cáo năm vào lúc nào?",
  [(C, C_BC)],
  "Các bộ phận, thôn báo cáo kết quả 6 tháng trước ngày 10/6 và báo cáo năm trước ngày 20/11 về UBND xã (qua công chức Văn hóa - Xã hội).",
  ["10/6", "20/11"])

# ================================================================ funding (8)
Q("funding", "Tổng kinh phí kế hoạch xã hội học tập huyện Vũ Thư là bao nhiêu, gồm những nguồn nào?",
  [(V, V_KP1)],
  "Tổng kinh phí dự kiến giai đoạn 2025 - 2030 là 7.850 triệu đồng: ngân sách huyện 4.200 triệu, ngân sách xã, thị trấn 2.350 triệu, xã hội hóa và nguồn hợp pháp khác 1.300 triệu đồng.",
  ["7.850", "4.200", "2.350", "1.300"])
Q("funding", "Mỗi TTHTCĐ và mỗi xã điểm ở Vũ Thư được hỗ trợ bao nhiêu tiền?",
  [(V, V_KP2)],
  "Mỗi TTHTCĐ được hỗ trợ 12 triệu đồng/năm từ ngân sách huyện; mỗi xã, thị trấn điểm được hỗ trợ thêm 20 triệu đồng/năm để xây dựng mô hình học tập.",
  ["12 triệu", "20 triệu"])
Q("funding", "Kế hoạch của Bắc Ninh cần tổng cộng bao nhiêu tiền và lấy từ đâu?",
  [(B, B_KP1)],
  "Tổng kinh phí dự kiến 2025 - 2030 là 64.500 triệu đồng: ngân sách tỉnh 35.000 triệu; ngân sách huyện, thị xã, thành phố 17.000 triệu; xã hội hóa, đóng góp của doanh nghiệp 12.500 triệu đồng (bản OCR ghi “12 500”).",
  ["64.500", "35.000", "17.000", "12.500"])
Q("funding", "Bắc Ninh hỗ trợ mỗi Trung tâm học tập cộng đồng bao nhiêu một năm?",
  [(B, B_KP2)],
  "30 triệu đồng/năm từ ngân sách tỉnh.",
  ["30 triệu"])
Q("funding", "Lớp truyền dạy dân ca Quan họ được hỗ trợ bao nhiêu?",
  [(B, B_KP2)],
  "Mỗi lớp truyền dạy Dân ca Quan họ được hỗ trợ 15 triệu đồng.",
  ["15 triệu"])
Q("funding", "Kinh phí năm 2025 của xã Cương Gián tổng cộng bao nhiêu?",
  [(C, C_KP_H), (C, C_KP_TH), (C, C_KP_XA), (C, C_KP_HUYEN), (C, C_KP_XHH), (C, C_KP_TONG)],
  "Tổng cộng 260 triệu đồng: ngân sách xã 165, hỗ trợ từ ngân sách huyện 60, xã hội hóa (Quỹ khuyến học, doanh nghiệp thủy sản) 35 triệu đồng.",
  ["260", "165", "60", "35"])
Q("funding", "Huyện hỗ trợ xã Cương Gián bao nhiêu tiền năm 2025?",
  [(C, C_KP_TH), (C, C_KP_HUYEN)],
  "Hỗ trợ từ ngân sách huyện 60 triệu đồng (trong tổng 260 triệu đồng năm 2025).",
  ["60 triệu"])
Q("funding", "Mỗi lớp bơi an toàn cho trẻ em ở Cương Gián được hỗ trợ bao nhiêu?",
  [(C, C_KP_BOI)],
  "Mỗi lớp bơi an toàn cho trẻ em được hỗ trợ 8 triệu đồng.",
  ["8 triệu"])

# ================================================================ legal_basis (4)
Q("legal_basis", "Nghị quyết của Đảng bộ huyện mà kế hoạch Vũ Thư căn cứ là nghị quyết số mấy?",
  [(V, V_NQ), (V, V_FN1)],
  "Câu căn cứ chỉ ghi “Nghị quyết của Ban Chấp hành Đảng bộ huyện”; số hiệu nằm ở chú thích: Nghị quyết số 15-NQ/HU ngày 08/4/2024 của Ban Chấp hành Đảng bộ huyện Vũ Thư về phát triển giáo dục và đào tạo giai đoạn 2024 - 2030.",
  ["15-NQ/HU", "08/4/2024"])
Q("legal_basis", "Các xã, thị trấn điểm của Vũ Thư được chọn theo văn bản nào?",
  [(V, V_FN3)],
  "Theo Quyết định số 2215/QĐ-UBND ngày 09/9/2024 của UBND huyện Vũ Thư (nêu ở chú thích của kế hoạch).",
  ["2215/QĐ-UBND"])
Q("legal_basis", "Kế hoạch 245/KH-UBND của Bắc Ninh căn cứ những văn bản nào?",
  [(B, B_1373), (B, B_NQ), (B, B_612)],
  "Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng; Nghị quyết số 21-NQ/TU ngày 05/3/2024 của Ban Thường vụ Tỉnh ủy Bắc Ninh; Kế hoạch số 612/KH-UBND ngày 18/11/2021 của UBND tỉnh.",
  ["1373/QĐ-TTg", "21-NQ/TU", "612/KH-UBND"])
Q("legal_basis", "Xã Cương Gián xây dựng kế hoạch dựa trên những căn cứ nào?",
  [(C, C_1373), (C, C_412), (C, C_NQ)],
  "Quyết định số 1373/QĐ-TTg ngày 30/7/2021; Kế hoạch số 412/KH-UBND ngày 20/12/2024 của UBND huyện Nghi Xuân; Nghị quyết số 05/NQ-HĐND ngày 25/12/2024 của HĐND xã Cương Gián.",
  ["1373/QĐ-TTg", "412/KH-UBND", "05/NQ-HĐND"])

# ================================================================ purpose (3)
Q("purpose", "Kế hoạch xây dựng xã hội học tập của Vũ Thư nhằm mục đích gì?",
  [(V, V_MD1), (V, V_MD2)],
  "Cụ thể hóa Kế hoạch 168/KH-UBND của tỉnh và Nghị quyết của Đảng bộ huyện, tạo chuyển biến về nhận thức về học tập suốt đời; tạo cơ hội học tập thường xuyên cho mọi người, nhất là nông dân và lao động chuyển đổi nghề ở các xã ven sông Hồng, sông Trà Lý; nâng cao dân trí, phát triển nguồn nhân lực, xây dựng nông thôn mới kiểu mẫu.",
  ["chuyển đổi nghề", "sông Hồng", "nông thôn mới"])
Q("purpose", "Mục đích của kế hoạch xã hội học tập tỉnh Bắc Ninh?",
  [(B, B_MD_A), (B, B_MD_B)],
  "Tạo chuyển biến về nhận thức về học tập suốt đời, xây dựng người Bắc Ninh có tri thức, kỹ năng thích ứng với công nghiệp hóa, hiện đại hóa; phát triển nguồn nhân lực chất lượng cao cho các khu công nghiệp, doanh nghiệp công nghệ cao; giữ gìn và phát huy Dân ca Quan họ Bắc Ninh và các làng nghề truyền thống.",
  ["nguồn nhân lực chất lượng cao", "Quan họ"])
Q("purpose", "Xã Cương Gián làm kế hoạch này để làm gì?",
  [(C, C_MD1), (C, C_MD2)],
  "Nâng cao nhận thức về học tập suốt đời để mọi người dân, gia đình, dòng họ, thôn xóm tích cực học tập; gắn học tập với nghề khai thác, chế biến hải sản, du lịch biển và xây dựng xã nông thôn mới kiểu mẫu.",
  ["hải sản", "du lịch biển", "nông thôn mới kiểu mẫu"])

# ================================================================ task_section (4)
Q("task_section", "Vũ Thư có những giải pháp gì để củng cố Trung tâm học tập cộng đồng?",
  [(V, V_TT1), (V, V_TT2)],
  "Kiện toàn Ban Giám đốc các TTHTCĐ trong quý I/2025, bố trí cán bộ phụ trách có năng lực; xây dựng mô hình “Trung tâm học tập cộng đồng gắn với làng nghề” tại xã Nguyên Xá và xã Song An trong năm 2026; tổ chức chuyên đề trồng cây vụ đông, chăn nuôi an toàn sinh học, an toàn thực phẩm.",
  ["quý I/2025", "Nguyên Xá", "Song An"])
Q("task_section", "Bắc Ninh đẩy mạnh học tập trong khu công nghiệp, doanh nghiệp như thế nào?",
  [(B, B_KCN1), (B, B_KCN2)],
  "Xây dựng mô hình “Doanh nghiệp học tập” tại các khu công nghiệp Yên Phong, Quế Võ, VSIP Bắc Ninh; mở lớp tiếng Hàn, tiếng Anh, kỹ năng số cho công nhân tại nhà văn hóa công nhân; mỗi năm công nhận ít nhất 30 doanh nghiệp đạt danh hiệu “Doanh nghiệp học tập”.",
  ["Yên Phong", "tiếng Hàn", "30"])
Q("task_section", "Bắc Ninh gắn học tập với giữ gìn văn hóa truyền thống bằng những việc gì?",
  [(B, B_VH)],
  "Mở lớp truyền dạy Dân ca Quan họ tại các làng Quan họ gốc; lớp truyền nghề cho thanh niên tại các làng nghề gốm Phù Lãng, tranh Đông Hồ (OCR: “Dông Hồ”), đồ gỗ Đồng Kỵ.",
  ["Quan họ", "Phù Lãng", "Đồng Kỵ"])
Q("task_section", "Trung tâm học tập cộng đồng xã Cương Gián sẽ tổ chức những lớp, chuyên đề gì?",
  [(C, C_TT_H), (C, C_TT1), (C, C_TT2), (C, C_TT3)],
  "Chuyên đề kỹ thuật khai thác hải sản xa bờ, bảo quản sản phẩm sau khai thác, an toàn cho người và tàu cá; lớp chế biến nước mắm, hải sản khô an toàn thực phẩm cho phụ nữ; lớp làm du lịch cộng đồng cho hộ ven biển; 02 lớp bơi an toàn cho trẻ em vào tháng 6 và tháng 7 hằng năm.",
  ["xa bờ", "nước mắm", "bơi"])

# ================================================================ cross_plan (6)
Q("cross_plan", "So sánh chỉ tiêu gia đình học tập năm 2030 của huyện Vũ Thư, tỉnh Bắc Ninh và xã Cương Gián.",
  [(V, V_30), (B, B_30GD), (C, C_TH), (C, C_30)],
  "Năm 2030: Vũ Thư 75%, Bắc Ninh 80% (OCR “80°/o”), Cương Gián 82% gia đình đạt danh hiệu “Gia đình học tập” — xã Cương Gián đặt cao nhất.",
  ["75%", "80%", "82%"])
Q("cross_plan", "Kế hoạch của Bắc Ninh và kế hoạch của Cần Thơ có cùng căn cứ Quyết định nào của Thủ tướng không?",
  [(B, B_1373), (CT, CT_1373)],
  "Có: cả hai đều căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”.",
  ["1373/QĐ-TTg"])
Q("cross_plan", "Ai ký kế hoạch của Bắc Ninh và ai ký kế hoạch của Huế?",
  [(B, B_SIGN), (B, B_KT), (HUE, HUE_SIGN), (HUE, HUE_KT)],
  "Kế hoạch Bắc Ninh do Phó Chủ tịch Đào Quang Vinh ký (KT. Chủ tịch); kế hoạch của thành phố Huế do Phó Chủ tịch Nguyễn Thanh Bình ký (KT. Chủ tịch).",
  ["Đào Quang Vinh", "Nguyễn Thanh Bình"])
Q("cross_plan", "Chỉ tiêu công dân học tập năm 2030 của Vũ Thư so với Hà Nội thế nào?",
  [(V, V_TH1), (V, V_TH2), (V, V_TOAN), (HN, HN_2030_H), (HN, HN_2030)],
  "Vũ Thư (dòng Toàn huyện) đặt 75% công dân học tập năm 2030, cao hơn Hà Nội (70% công dân đạt danh hiệu công dân học tập đến năm 2030).",
  ["75%", "70%"])
Q("cross_plan", "Tuần lễ hưởng ứng học tập suốt đời ở Vũ Thư, Bắc Ninh và Cương Gián tổ chức vào thời gian nào?",
  [(V, V_TUAN), (B, B_TUAN), (C, C_TUAN)],
  "Cả ba tổ chức vào tháng 10 hằng năm: Vũ Thư (lễ phát động năm 2025 tại thị trấn Vũ Thư), Bắc Ninh (lễ phát động cấp tỉnh năm 2025 tại thành phố Từ Sơn), Cương Gián từ ngày 01/10 đến 07/10 tại Nhà văn hóa xã.",
  ["tháng 10", "Từ Sơn", "01/10"])
Q("cross_plan", "Mức hỗ trợ mỗi TTHTCĐ hằng năm của Vũ Thư và Bắc Ninh khác nhau ra sao?",
  [(V, V_KP2), (B, B_KP2)],
  "Vũ Thư hỗ trợ 12 triệu đồng/năm mỗi TTHTCĐ từ ngân sách huyện; Bắc Ninh hỗ trợ 30 triệu đồng/năm từ ngân sách tỉnh — Bắc Ninh cao hơn 18 triệu.",
  ["12 triệu", "30 triệu"])

# ================================================================ no_diacritics (4)
Q("no_diacritics", "so giao duc va dao tao bac ninh lam gi trong ke hoach nay",
  [(B, B_GD)],
  "Sở GD&ĐT Bắc Ninh là cơ quan thường trực triển khai Kế hoạch; biên soạn tài liệu hướng dẫn hoạt động TTHTCĐ trong quý II/2025; báo cáo UBND tỉnh và Bộ GD&ĐT trước ngày 05/12 hằng năm; tham mưu sơ kết quý IV/2027, tổng kết quý IV/2030.",
  ["quý II/2025", "05/12", "quý IV/2030"])
Q("no_diacritics", "xa tan lap chi tieu gia dinh hoc tap nam 2030 la bao nhieu",
  [(V, V_TH1), (V, V_TH2), (V, V_TL)],
  "Xã Tân Lập (huyện Vũ Thư) được giao 74% gia đình đạt “Gia đình học tập” năm 2030 (64% năm 2027).",
  ["74%"])
Q("no_diacritics", "phong tu phap vu thu lam nhung viec gi",
  [(V, V_TP)],
  "Phòng Tư pháp tổ chức phổ biến, giáo dục pháp luật tại TTHTCĐ; xây dựng tủ sách pháp luật tại các xã, thị trấn điểm; hướng dẫn hòa giải viên ở cơ sở tham gia học tập.",
  ["pháp luật", "hòa giải viên"])
Q("no_diacritics", "cuong gian nam 2026 ty le nguoi dan co ky nang so co ban bao nhieu",
  [(C, C_TH), (C, C_26)],
  "Năm 2026 xã Cương Gián đặt 46% người dân có kỹ năng số cơ bản.",
  ["46%"])

# ================================================================ abbreviation (6)
Q("abbreviation", "P. GD&ĐT huyện VT báo cáo UBND huyện, Sở GD&ĐT trước ngày nào?",
  [(V, V_GD)],
  "Phòng GD&ĐT huyện Vũ Thư tổng hợp, báo cáo UBND huyện và Sở GD&ĐT trước ngày 10/12 hằng năm.",
  ["10/12"])
Q("abbreviation", "HLHPN huyện và HND huyện Vũ Thư được đề nghị làm gì?",
  [(V, V_DN_H), (V, V_PN), (V, V_ND)],
  "Hội LHPN huyện vận động hội viên tham gia lớp “Bình dân học vụ số”; Hội Nông dân huyện phối hợp tổ chức tập huấn khoa học kỹ thuật cho nông dân.",
  ["Bình dân học vụ số", "khoa học kỹ thuật"])
Q("abbreviation", "Sở VHTTDL BN có nhiệm vụ gì?",
  [(B, B_VHTT)],
  "Sở Văn hóa, Thể thao và Du lịch Bắc Ninh phát triển hệ thống thư viện, nhà văn hóa thôn, khu phố; chủ trì tổ chức lớp truyền dạy Dân ca Quan họ; phối hợp tổ chức Tuần lễ hưởng ứng học tập suốt đời vào tháng 10 hằng năm.",
  ["thư viện", "Quan họ", "tháng 10"])
Q("abbreviation", "UBND các huyện, TX, TP của tỉnh BN làm KH trước ngày nào?",
  [(B, B_HUYEN)],
  "UBND các huyện, thị xã, thành phố xây dựng kế hoạch thực hiện trước ngày 31/12/2024 và báo cáo kết quả về Sở GD&ĐT trước ngày 30/11 hằng năm.",
  ["31/12/2024"])
Q("abbreviation", "CC TC-KT xã CG làm gì?",
  [(C, C_TCKT)],
  "Công chức Tài chính - Kế toán xã Cương Gián tham mưu bố trí kinh phí và hướng dẫn thanh quyết toán theo quy định trước ngày 31/12 hằng năm.",
  ["bố trí kinh phí", "31/12"])
Q("abbreviation", "UB MTTQ xã CG được đề nghị những gì? ĐTN xã làm gì?",
  [(C, C_MT_H), (C, C_MT1), (C, C_MT2)],
  "Ủy ban MTTQ Việt Nam xã chủ trì vận động xã hội hóa, xây dựng Quỹ khuyến học; phối hợp Hội Khuyến học xã xây dựng “Dòng họ học tập”. Đoàn Thanh niên xã hướng dẫn kỹ năng số cho người cao tuổi.",
  ["Quỹ khuyến học", "Dòng họ học tập", "người cao tuổi"])

# ================================================================ paraphrase (3)
Q("paraphrase", "Ở Vũ Thư, ai lo việc cho cán bộ, công chức học kỹ năng số và xét danh hiệu đơn vị học tập?",
  [(V, V_NV)],
  "Phòng Nội vụ: chủ trì hướng dẫn xây dựng danh hiệu “Đơn vị học tập” trong các cơ quan, đơn vị và phối hợp Phòng GD&ĐT bồi dưỡng kỹ năng số cho cán bộ, công chức huyện, xã.",
  ["Phòng Nội vụ", "Đơn vị học tập"])
Q("paraphrase", "Bắc Ninh muốn sau năm năm thì bao nhiêu người dân biết dùng công nghệ số cơ bản?",
  [(B, B_30)],
  "Đến năm 2030, 85% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản (OCR ghi “85°/o”); mốc trung gian 45% năm 2025 và 60% năm 2027.",
  ["85%"])
Q("paraphrase", "Xã Cương Gián định dạy trẻ con bơi thế nào, ai phối hợp?",
  [(C, C_TT3), (C, C_THCS), (C, C_KP_BOI)],
  "Mở 02 lớp bơi an toàn cho trẻ em vào tháng 6 và tháng 7 hằng năm, mỗi lớp được hỗ trợ 8 triệu đồng; Trường THCS Cương Gián phối hợp Trường Tiểu học Cương Gián tổ chức.",
  ["02 lớp", "tháng 6", "Trường Tiểu học Cương Gián"])

# ================================================================ english (25)
Q("english", "What does the commune police in Cương Gián have to do?",
  [(C, C_CA1), (C, C_CA2)],
  "The commune police (Công an xã) campaign against crime and drugs, help residents activate their VNeID level 2 electronic identification accounts, and work with the local border guard post on campaigns against illegal (IUU) fishing.",
  ["VNeID", "IUU"])
Q("english", "What is the target for 2027 in Minh Lãng commune?",
  [(V, V_TH1), (V, V_TH2), (V, V_ML)],
  "For 2027 the Vũ Thư district plan gives xã Minh Lãng 64% learning citizens (Công dân học tập) and 63% learning families (Gia đình học tập).",
  ["64%", "63%"])
Q("english", "When is the report due for the commune people's committees in Vũ Thư?",
  [(V, V_XA)],
  "The commune and town people's committees report their results to the Office of Education and Training before 25/11 every year (their own plans were due before 31/12/2024).",
  ["25/11"])
Q("english", "How much is the total budget of the Bắc Ninh plan?",
  [(B, B_KP1)],
  "64,500 million VND (64.500 triệu đồng) for 2025–2030: 35,000 million from the provincial budget, 17,000 million from district-level budgets and 12,500 million from socialisation and business contributions.",
  ["500", "35", "17"])
Q("english", "Who signed the Vũ Thư district plan and what is its number?",
  [(V, V_NO), (V, V_SIGN), (V, V_KT)],
  "Plan No. 186/KH-UBND of 21 October 2024, signed by Vice Chairwoman Phạm Thị Thu Hằng on behalf of the Chairman.",
  ["186", "Phạm Thị Thu Hằng"])
Q("english", "What literacy target does Vũ Thư set for 2030?",
  [(V, V_30)],
  "By 2030, 99.6% (99,6%) of people aged 15 to 60 should meet literacy standard level 2.",
  ["99"])
Q("english", "How many digital literacy classes will Vũ Thư open in 2025?",
  [(V, V_TB_H), (V, V_TB)],
  "48 “Bình dân học vụ số” classes in villages and residential groups for about 2,400 residents (2.400), giving priority to older people, household businesses and cooperative members.",
  ["48", "400"])
Q("english", "Which communes will host the craft-village community learning centre model in Vũ Thư?",
  [(V, V_TT2)],
  "Nguyên Xá and Song An communes, in 2026.",
  ["Nguyên Xá", "Song An", "2026"])
Q("english", "What was the share of learning families in Vũ Thư in 2024?",
  [(V, V_FN2)],
  "61.2% (61,2%) of families were recognised as learning families in 2024, according to a footnote citing the district study promotion association.",
  ["61"])
Q("english", "What does the Office of Agriculture and Rural Development in Vũ Thư do under the plan?",
  [(V, V_NN)],
  "It works with the community learning centres on training in winter crops and biosafe livestock farming, and guides cooperatives to build OCOP products linked with learning digital skills.",
  ["OCOP"])
Q("english", "What share of learning families does Bắc Ninh aim for in 2027?",
  [(B, B_27)],
  "68% of families should be recognised as learning families by 2027.",
  ["68"])
Q("english", "What is the Department of Culture, Sports and Tourism of Bắc Ninh responsible for?",
  [(B, B_VHTT)],
  "Developing libraries and village/neighbourhood cultural houses, leading the Quan họ folk song classes, and co-organising the Lifelong Learning Week in October each year.",
  ["Quan họ"])
Q("english", "When must the Department of Education and Training of Bắc Ninh publish the guidance materials for community learning centres?",
  [(B, B_GD)],
  "In the second quarter of 2025 (quý II/2025).",
  ["2025"])
Q("english", "How many enterprises should be recognised as learning enterprises each year in Bắc Ninh?",
  [(B, B_KCN2)],
  "At least 30 enterprises a year should be recognised as “Doanh nghiệp học tập” (learning enterprises).",
  ["30"])
Q("english", "Who signed the Bắc Ninh plan and on what date?",
  [(B, B_NO), (B, B_SIGN), (B, B_KT)],
  "Plan No. 245/KH-UBND dated 12 September 2024, signed by Vice Chairman Đào Quang Vinh on behalf of the Chairman.",
  ["Đào Quang Vinh", "12", "2024"])
Q("english", "Which industrial parks get the learning enterprise model in Bắc Ninh?",
  [(B, B_KCN1)],
  "The Yên Phong, Quế Võ and VSIP Bắc Ninh industrial parks.",
  ["Yên Phong", "Quế Võ", "VSIP"])
Q("english", "How much money does each community learning centre in Bắc Ninh receive per year?",
  [(B, B_KP2)],
  "30 million VND per year from the provincial budget.",
  ["30"])
Q("english", "What is the target for learning families in Cương Gián in 2025?",
  [(C, C_TH), (C, C_25)],
  "70% of families in 2025 (rising to 72% in 2026, 75% in 2027 and 82% in 2030).",
  ["70"])
Q("english", "How many thematic sessions should the Cương Gián community learning centre hold in 2030?",
  [(C, C_TH), (C, C_30)],
  "18 thematic sessions (chuyên đề) in 2030.",
  ["18"])
Q("english", "What is the total budget of Cương Gián for 2025?",
  [(C, C_KP_H), (C, C_KP_TONG), (C, C_KP_XA)],
  "260 million VND in total for 2025, of which 165 million from the commune budget.",
  ["260", "165"])
Q("english", "Who signed the Cương Gián plan?",
  [(C, C_SIGN), (C, "TM. ỦY BAN NHÂN DÂN")],
  "Phan Văn Lợi, Chairman, on behalf of the Commune People's Committee (plan No. 21/KH-UBND of 17 February 2025).",
  ["Phan Văn Lợi"])
Q("english", "When is the Lifelong Learning Week held in Cương Gián?",
  [(C, C_TUAN)],
  "From 1 to 7 October every year (01/10–07/10) at the commune cultural house.",
  ["7"])
Q("english", "In how many villages will Cương Gián run the digital literacy movement?",
  [(C, C_SO1)],
  "In all 12 villages (thôn); each village must have at least one (01) community digital technology team.",
  ["12"])
Q("english", "Which village will pilot the learning village model linked with sea trades in Cương Gián?",
  [(C, C_MH1)],
  "Hải Trung village (thôn Hải Trung), in 2025.",
  ["Hải Trung", "2025"])
Q("english", "In which commune does the Vũ Thư plan set no 2027 learning-citizen figure, only a dash?",
  [(V, V_TH1), (V, V_TH2), (V, V_HL)],
  "Hồng Lý commune: its 2027 learning-citizen cell is “-”; it has 70% for 2030, and 61% (2027) and 71% (2030) for learning families.",
  ["Hồng Lý", "70%"])

# ================================================================ follow_up (25)
Q("follow_up", "Còn xã Hiệp Hòa thì sao?",
  [(V, V_TH1), (V, V_TH2), (V, V_HH)],
  "Xã Hiệp Hòa được giao 71% gia đình đạt “Gia đình học tập” năm 2030 (60% năm 2027).",
  ["71%"],
  ["Xã Song Lãng được giao chỉ tiêu gia đình học tập năm 2030 bao nhiêu?", "Xã Song Lãng: 72% gia đình đạt danh hiệu “Gia đình học tập” năm 2030."])
Q("follow_up", "còn xã Bách Thuận thì sao?",
  [(V, V_TH1), (V, V_TH2), (V, V_BT)],
  "Xã Bách Thuận được giao 67% công dân học tập năm 2027 (76% năm 2030).",
  ["67%"],
  ["Thị trấn Vũ Thư phải đạt bao nhiêu % công dân học tập năm 2027?", "72% công dân đạt danh hiệu “Công dân học tập” năm 2027."])
Q("follow_up", "Vậy năm 2030?",
  [(V, V_TH1), (V, V_TH2), (V, V_DN)],
  "Năm 2030 xã Dũng Nghĩa được giao 73% công dân học tập và 72% gia đình học tập.",
  ["73%", "72%"],
  ["Xã Dũng Nghĩa năm 2027 phải đạt chỉ tiêu gì?", "Năm 2027: 63% công dân học tập, 62% gia đình học tập."])
Q("follow_up", "Còn xã Việt Hùng năm 2030?",
  [(V, V_TH1), (V, V_TH2), (V, V_VH)],
  "Năm 2030 xã Việt Hùng được giao 70% công dân học tập và 70% gia đình học tập (ô gia đình học tập năm 2027 của xã để trống).",
  ["70%"],
  ["Xã Nguyên Xá được giao bao nhiêu % công dân học tập và gia đình học tập năm 2030?", "Năm 2030: 75% công dân học tập, 76% gia đình học tập."])
Q("follow_up", "Họ phối hợp với ai?",
  [(V, V_LD)],
  "Phòng LĐ-TB&XH phối hợp với Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện để đào tạo nghề ngắn hạn cho lao động nông thôn.",
  ["Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên"],
  ["Phòng LĐ-TB&XH huyện Vũ Thư báo cáo kết quả đào tạo nghề khi nào?", "Trước ngày 30/11 hằng năm."])
Q("follow_up", "Họ phối hợp với ai để làm Tủ sách công nhân?",
  [(B, B_BQL)],
  "Ban Quản lý các khu công nghiệp tỉnh phối hợp Liên đoàn Lao động tỉnh xây dựng “Tủ sách công nhân” tại các khu nhà ở công nhân.",
  ["Liên đoàn Lao động tỉnh"],
  ["Ban Quản lý các KCN Bắc Ninh phải nộp danh sách doanh nghiệp học tập khi nào?", "Trước ngày 31/3 hằng năm."])
Q("follow_up", "Vậy năm 2030?",
  [(B, B_30)],
  "Đến năm 2030 Bắc Ninh đặt 85% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản (OCR “85°/o”).",
  ["85%"],
  ["Bắc Ninh năm 2027 đặt bao nhiêu % người dân có kỹ năng số cơ bản?", "60% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản."])
Q("follow_up", "Còn năm 2030?",
  [(C, C_TH), (C, C_30)],
  "Năm 2030 Cương Gián đặt 70% người dân có kỹ năng số cơ bản.",
  ["70%"],
  ["Cương Gián năm 2027 đặt bao nhiêu % người dân có kỹ năng số?", "52% người dân có kỹ năng số cơ bản."])
Q("follow_up", "Trong đó ngân sách huyện bao nhiêu?",
  [(V, V_KP1)],
  "Ngân sách huyện 4.200 triệu đồng.",
  ["4.200"],
  ["Tổng kinh phí kế hoạch Vũ Thư?", "7.850 triệu đồng cho giai đoạn 2025 - 2030."])
Q("follow_up", "Thế phần xã hội hóa bao nhiêu?",
  [(B, B_KP1)],
  "Nguồn xã hội hóa, đóng góp của doanh nghiệp 12.500 triệu đồng (OCR ghi “12 500”).",
  ["12.500"],
  ["Bắc Ninh cần bao nhiêu tiền cho kế hoạch?", "64.500 triệu đồng, trong đó ngân sách tỉnh 35.000 triệu đồng."])
Q("follow_up", "Còn Phòng Văn hóa và Thông tin thì sao?",
  [(V, V_VHTT)],
  "Phòng Văn hóa và Thông tin chủ trì tuyên truyền về xây dựng xã hội học tập; phát triển thư viện huyện, tủ sách cộng đồng; phối hợp Phòng GD&ĐT tổ chức Tuần lễ hưởng ứng học tập suốt đời vào tháng 10 hằng năm.",
  ["thư viện", "tháng 10"],
  ["Phòng Tư pháp Vũ Thư làm gì?", "Phổ biến, giáo dục pháp luật tại TTHTCĐ; tủ sách pháp luật tại các xã, thị trấn điểm; hướng dẫn hòa giải viên ở cơ sở."])
Q("follow_up", "Còn Sở Kế hoạch và Đầu tư?",
  [(B, B_KH)],
  "Sở KH&ĐT vận động doanh nghiệp có vốn đầu tư nước ngoài tham gia mô hình “Doanh nghiệp học tập”; lồng ghép chỉ tiêu học tập suốt đời vào kế hoạch phát triển kinh tế - xã hội của tỉnh.",
  ["vốn đầu tư nước ngoài", "Doanh nghiệp học tập"],
  ["Sở Tài chính Bắc Ninh làm gì?", "Chủ trì, phối hợp Sở GD&ĐT tham mưu bố trí kinh phí trong dự toán hằng năm; hướng dẫn thanh quyết toán."])
Q("follow_up", "Còn Trung tâm học tập cộng đồng xã thì làm gì?",
  [(C, C_TTHT_H), (C, C_TTHT1), (C, C_TTHT2)],
  "TTHTCĐ xã xây dựng kế hoạch hoạt động năm 2025 trước ngày 10/3/2025, tổ chức các lớp, chuyên đề theo Mục III và báo cáo hằng quý về UBND xã.",
  ["10/3/2025", "hằng quý"],
  ["Công chức Văn phòng - Thống kê xã Cương Gián làm gì?", "Cập nhật số liệu danh hiệu học tập, dữ liệu phổ cập giáo dục, xóa mù chữ trước ngày 30/9 hằng năm."])
Q("follow_up", "Thế còn ở Bắc Ninh?",
  [(B, B_30)],
  "Bắc Ninh đặt 80% gia đình đạt danh hiệu “Gia đình học tập” đến năm 2030 (OCR “80°/o”).",
  ["80%"],
  ["Vũ Thư đặt chỉ tiêu gia đình học tập năm 2030 bao nhiêu?", "75% gia đình đạt danh hiệu “Gia đình học tập”."])
Q("follow_up", "Còn xã Cương Gián?",
  [(C, C_TH), (C, C_25)],
  "Năm 2025 xã Cương Gián đặt 45% dòng họ đạt “Dòng họ học tập”.",
  ["45%"],
  ["Năm 2025 Bắc Ninh đặt bao nhiêu % dòng họ học tập?", "40% dòng họ đạt danh hiệu “Dòng họ học tập”."])
Q("follow_up", "Thế Phòng Nội vụ huyện Vũ Thư thì sao?",
  [(V, V_NV)],
  "Phòng Nội vụ Vũ Thư chủ trì hướng dẫn xây dựng danh hiệu “Đơn vị học tập”, phối hợp Phòng GD&ĐT bồi dưỡng kỹ năng số cho cán bộ, công chức huyện, xã và tham mưu khen thưởng.",
  ["Đơn vị học tập", "khen thưởng"],
  ["Phòng Y tế huyện Vũ Thư được giao nhiệm vụ gì?", REFUSE])
Q("follow_up", "Vậy huyện Vũ Thư đặt chỉ tiêu gia đình học tập năm 2027 là bao nhiêu?",
  [(V, V_27)],
  "Huyện Vũ Thư đặt 65% gia đình đạt danh hiệu “Gia đình học tập” đến năm 2027 (năm 2024 đạt 61,2%).",
  ["65%"],
  ["Tỉnh Thái Bình đặt chỉ tiêu gia đình học tập năm 2027 bao nhiêu?", REFUSE])
Q("follow_up", "Khi nào xong?",
  [(V, V_TT2)],
  "Mô hình “Trung tâm học tập cộng đồng gắn với làng nghề” ở xã Nguyên Xá và xã Song An được xây dựng trong năm 2026.",
  ["2026"],
  ["Vũ Thư xây dựng mô hình TTHTCĐ gắn với làng nghề ở đâu?", "Tại xã Nguyên Xá và xã Song An."])
Q("follow_up", "Việc đó ai chủ trì?",
  [(B, B_VHTT)],
  "Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức lớp truyền dạy Dân ca Quan họ.",
  ["Sở Văn hóa, Thể thao và Du lịch"],
  ["Bắc Ninh mở lớp truyền dạy Dân ca Quan họ ở đâu?", "Tại các làng Quan họ gốc; mỗi lớp được hỗ trợ 15 triệu đồng."])
Q("follow_up", "Họ còn phải làm gì nữa?",
  [(C, C_VHXH_H), (C, C_VHXH1)],
  "Công chức Văn hóa - Xã hội còn là đầu mối tham mưu UBND xã triển khai Kế hoạch và phối hợp TTHTCĐ xây dựng chương trình chuyên đề hằng năm.",
  ["đầu mối", "chuyên đề"],
  ["Công chức Văn hóa - Xã hội xã Cương Gián báo cáo trước ngày nào?", "Trước ngày 25/11 hằng năm, gửi UBND xã và Phòng GD&ĐT huyện."])
Q("follow_up", "Kế hoạch đó ai ký?",
  [(C, C_SIGN), (C, "TM. ỦY BAN NHÂN DÂN")],
  "Kế hoạch 21/KH-UBND của xã Cương Gián do Chủ tịch UBND xã Phan Văn Lợi ký (TM. Ủy ban nhân dân).",
  ["Phan Văn Lợi"],
  ["Kế hoạch xã hội học tập xã Cương Gián số mấy, ban hành ngày nào?", "Số 21/KH-UBND, ngày 17/02/2025."])
Q("follow_up", "And in 2030?",
  [(V, V_TH1), (V, V_TH2), (V, V_ML)],
  "In 2030 Minh Lãng commune should reach 74% learning citizens and 73% learning families.",
  ["74%", "73%"],
  ["What is the target for 2027 in Minh Lãng commune?", "64% learning citizens and 63% learning families in 2027."])
Q("follow_up", "What about the district culture, sports and broadcasting centre?",
  [(V, V_TTVH)],
  "The Trung tâm Văn hóa, Thể thao và Truyền thanh huyện produces the radio programme “Vũ Thư học tập suốt đời”, broadcast twice a month (2 kỳ/tháng) on the district station from the first quarter of 2025, and reports on model learning initiatives.",
  ["Vũ Thư học tập suốt đời", "2025"],
  ["What does the Office of Home Affairs in Vũ Thư have to do?", "It leads the “learning unit” title in agencies, co-trains officials in digital skills and proposes commendations."])
Q("follow_up", "Who do they report to, and by when?",
  [(C, C_THON)],
  "The village heads send their results to the Commune People's Committee before 05/12 each year.",
  ["05/12"],
  ["What do village heads in Cương Gián have to do?", "Mobilise residents to learn and assess learning families and clans in their village."])
Q("follow_up", "And how much from the district?",
  [(C, C_KP_TH), (C, C_KP_HUYEN)],
  "60 million VND of support from the district budget in 2025.",
  ["60"],
  ["What is the total budget of Cương Gián for 2025?", "260 million VND."])

# ================================================================ unanswerable (30)
U("Tỉnh Thái Bình đặt chỉ tiêu gia đình học tập năm 2030 là bao nhiêu?", REFUSE)
U("Huyện Nghi Xuân bố trí bao nhiêu kinh phí cho xã hội học tập năm 2025?", REFUSE)
U("Kế hoạch xây dựng xã hội học tập của tỉnh Hà Tĩnh giao Sở GD&ĐT làm gì?", REFUSE)
U("Huyện Kiến Xương đặt chỉ tiêu công dân học tập năm 2030 bao nhiêu?", REFUSE)
U("Xã Vũ Tiến được huyện Vũ Thư giao chỉ tiêu công dân học tập năm 2027 là bao nhiêu?", REFUSE)
U("Chỉ tiêu gia đình học tập năm 2030 của xã Tự Tân là bao nhiêu?", REFUSE)
U("Huyện Gia Bình của Bắc Ninh đặt chỉ tiêu kỹ năng số năm 2030 bao nhiêu?", REFUSE)
U("Xã Xuân Hội có kế hoạch tổ chức lớp bơi cho trẻ em không, kinh phí bao nhiêu?", REFUSE)
U("Xã Việt Hùng phải đạt bao nhiêu % gia đình học tập năm 2027?", REFUSE)
U("Xã Hồng Lý được giao bao nhiêu % công dân học tập năm 2027?", REFUSE)
U("Năm 2029 huyện Vũ Thư đặt chỉ tiêu dòng họ học tập bao nhiêu?", REFUSE)
U("Bắc Ninh đặt chỉ tiêu gia đình học tập năm 2026 là bao nhiêu?", REFUSE)
U("Năm 2025 thị trấn Vũ Thư phải đạt bao nhiêu % công dân học tập?", REFUSE)
U("Hiện nay tỉnh Bắc Ninh có bao nhiêu Trung tâm học tập cộng đồng?", REFUSE)
U("Xã Cương Gián hiện có bao nhiêu dòng họ đã đạt Dòng họ học tập?", REFUSE)
U("Xã điểm nào của Vũ Thư không đạt chỉ tiêu thì bị xử lý thế nào?", REFUSE)
U("Doanh nghiệp ở Bắc Ninh không cho công nhân đi học thì bị phạt bao nhiêu?", REFUSE)
U("Nền tảng Bắc Ninh học tập số được bố trí bao nhiêu tiền?", REFUSE)
U("Chuyên mục Vũ Thư học tập suốt đời trên đài huyện được chi bao nhiêu?", REFUSE)
U("Năm 2026 xã Cương Gián dành bao nhiêu tiền cho xã hội học tập?", REFUSE)
U("Phòng Y tế huyện Vũ Thư có nhiệm vụ gì trong kế hoạch?", REFUSE)
U("Công an huyện Vũ Thư được giao làm gì?", REFUSE)
U("Sở Y tế tỉnh Bắc Ninh phải làm gì theo kế hoạch 245?", REFUSE)
U("Hội Cựu chiến binh xã Cương Gián được đề nghị làm gì?", REFUSE)
U("Kế hoạch 168/KH-UBND của tỉnh Thái Bình do ai ký?", REFUSE)
U("Ai ký Kế hoạch 412/KH-UBND của huyện Nghi Xuân?", REFUSE)
U("What literacy target does Hà Tĩnh province set for 2030?", REFUSE_EN)
U("How many workers in Bắc Ninh's industrial parks are currently studying foreign languages?", REFUSE_EN)
U("Còn xã Vũ Vân thì sao?", REFUSE,
  ["Xã Tân Lập được giao chỉ tiêu gia đình học tập năm 2030 bao nhiêu?", "Xã Tân Lập: 74% gia đình đạt danh hiệu “Gia đình học tập” năm 2030."])
U("And what about Nghi Xuân district as a whole?", REFUSE_EN,
  ["What is the target for learning families in Cương Gián in 2030?", "82% of families by 2030."])


def main():
    for i, q in enumerate(QS, 1):
        q["id"] = f"d17-{i:03d}"
    with open(OUT, "w", encoding="utf-8") as f:
        for q in QS:
            f.write(unicodedata.normalize("NFC", json.dumps(q, ensure_ascii=False)) + "\n")
    counts = {}
    for q in QS:
        counts[q["type"]] = counts.get(q["type"], 0) + 1
    print(len(QS), dict(sorted(counts.items())), "->", OUT)


if __name__ == "__main__":
    main()
