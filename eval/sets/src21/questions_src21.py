"""Write eval/sets/newplans21.jsonl (ids h21-001…). Spans are verbatim from the text as extracted (see check_sets.py).

    python eval/sets/src21/questions_src21.py

Thái Nguyên's docx: a Phụ lục row is cited as its cells joined (STT, nhiệm vụ, chủ trì, phối hợp, thời gian, sản
phẩm), built from the source rows below. Tứ Kỳ's docx is typed in TCVN3: its spans are the Unicode text a reader sees
(check_sets converts the runs). Hoằng Châu's two PDFs: spans stay inside one page.
"""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "newplans21.jsonl")

TN = "thainguyen_2736-QD-UBND_2024.docx"
TK = "tuky_73-KH-UBND_2025.docx"
H5 = "hoangchau_09-KH-UBND_2025.pdf"
H6 = "hoangchau_27-KH-UBND_2026.pdf"
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


def rows():
    out = {}
    with open(os.path.join(HERE, "thainguyen.txt"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("@row "):
                cells = line[5:].rstrip("\n").split("|")
                out[int(cells[0])] = " ".join(c for c in cells if c)
    return out


R = rows()

# ---------------------------------------------------------------- Thái Nguyên (docx) spans
T_SO = "Số: 2736/QĐ-UBND"
T_QDT = "Về việc ban hành Kế hoạch xây dựng xã hội học tập tỉnh Thái Nguyên giai đoạn 2025 - 2030"
T_KEM = "(Ban hành kèm theo Quyết định số 2736/QĐ-UBND ngày 15/11/2024 của Ủy ban nhân dân tỉnh Thái Nguyên)"
T_D1 = "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch xây dựng xã hội học tập tỉnh Thái Nguyên giai đoạn 2025 - 2030."
T_D2 = "Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 1645/QĐ-UBND ngày 28 tháng 6 năm 2022 của Ủy ban nhân dân tỉnh ban hành Kế hoạch xây dựng xã hội học tập tỉnh Thái Nguyên giai đoạn 2022 - 2025."
T_D3 = "Trưởng ban Ban Quản lý các khu công nghiệp tỉnh; Chủ tịch Ủy ban nhân dân các huyện, thành phố và Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./."
T_1373 = "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”;"
T_387 = "Căn cứ Quyết định số 387/QĐ-TTg ngày 25 tháng 3 năm 2022 của Thủ tướng Chính phủ phê duyệt Chương trình “Đẩy mạnh các phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị giai đoạn 2021 - 2030”;"
T_NQ21 = "Căn cứ Nghị quyết số 21-NQ/TU ngày 09 tháng 8 năm 2024 của Ban Thường vụ Tỉnh ủy Thái Nguyên về phát triển nguồn nhân lực chất lượng cao đến năm 2030;"
T_TTR = "Theo đề nghị của Giám đốc Sở Giáo dục và Đào tạo tại Tờ trình số 3318/TTr-SGDĐT ngày 01 tháng 11 năm 2024."
T_SIGN = "Lương Đức Cảnh"
T_NN = "- Bộ GD&ĐT (b/c);"
T_MD1 = "Triển khai có hiệu quả Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030” trên địa bàn tỉnh; tạo cơ hội bình đẳng để mọi người dân được học tập thường xuyên, học tập suốt đời, góp phần phát triển nguồn nhân lực chất lượng cao phục vụ công nghiệp hóa, hiện đại hóa của tỉnh."
T_MD2 = "Phát huy vai trò của Trung tâm học tập cộng đồng, các cơ sở giáo dục nghề nghiệp, giáo dục thường xuyên, thư viện và các thiết chế văn hóa trong việc tổ chức học tập cho người dân, nhất là người lao động trong các khu công nghiệp và đồng bào dân tộc thiểu số."
T_YC = "Xác định rõ nhiệm vụ, sản phẩm và thời gian hoàn thành của từng sở, ngành, địa phương theo Phụ lục phân công nhiệm vụ kèm theo Kế hoạch này."
T_Y25 = "a) Đến năm 2025"
T_Y30 = "b) Đến năm 2030"
T_BC25 = "Tỷ lệ người trong độ tuổi từ 15 đến 35 đạt chuẩn biết chữ mức độ 2 đạt 99,1%; tỷ lệ người trong độ tuổi từ 15 đến 60 đạt chuẩn biết chữ mức độ 2 đạt 98,4%."
T_GD25 = "55% gia đình được công nhận danh hiệu “Gia đình học tập”; 45% dòng họ được công nhận “Dòng họ học tập”; 50% xóm, tổ dân phố được công nhận “Cộng đồng học tập”."
T_TT25 = "100% Trung tâm học tập cộng đồng được đánh giá, xếp loại hằng năm, trong đó 60% xếp loại Tốt."
T_KNS25 = "60% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản."
T_KCN25 = "70% công nhân lao động trong các khu công nghiệp được tham gia ít nhất một khóa bồi dưỡng kỹ năng nghề, ngoại ngữ hoặc kỹ năng số mỗi năm."
T_BC30 = "Tỷ lệ người trong độ tuổi từ 15 đến 35 đạt chuẩn biết chữ mức độ 2 đạt 99,6%; tỷ lệ người trong độ tuổi từ 15 đến 60 đạt chuẩn biết chữ mức độ 2 đạt 99%."
T_GD30 = "70% gia đình được công nhận danh hiệu “Gia đình học tập”; 60% dòng họ được công nhận “Dòng họ học tập”; 65% xóm, tổ dân phố được công nhận “Cộng đồng học tập”."
T_TT30 = "100% Trung tâm học tập cộng đồng hoạt động hiệu quả, trong đó 75% xếp loại Tốt."
T_KNS30 = "85% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản."
T_HUYEN = "9/9 huyện, thành phố đạt danh hiệu “Cộng đồng học tập” cấp huyện, trong đó ít nhất 5 đơn vị xếp loại Tốt."
T_NGHE = "Giai đoạn 2025 - 2030, đào tạo nghề cho 30.000 lượt lao động nông thôn, lao động là người dân tộc thiểu số."
T_III = "III. NHIỆM VỤ VÀ GIẢI PHÁP"
T_N1 = "1. Tăng cường công tác tuyên truyền, nâng cao nhận thức"
T_N2 = "2. Nâng cao hiệu quả xóa mù chữ và giáo dục thường xuyên"
T_N3 = "3. Đổi mới hoạt động của Trung tâm học tập cộng đồng"
T_N4 = "4. Phát triển học tập trong các khu công nghiệp và doanh nghiệp"
T_N5 = "5. Ứng dụng công nghệ số trong học tập suốt đời"
T_N6 = "6. Đánh giá, công nhận các mô hình học tập"
T_TUAN = "tổ chức Tuần lễ hưởng ứng học tập suốt đời hằng năm gắn với Ngày Khuyến học Việt Nam 02/10."
T_XMC = "Duy trì, nâng cao kết quả xóa mù chữ ở vùng đồng bào dân tộc thiểu số của các huyện Võ Nhai, Định Hóa, Đại Từ;"
T_TTHT = "Củng cố, kiện toàn Ban Giám đốc Trung tâm học tập cộng đồng; đa dạng hóa chuyên đề học tập theo nhu cầu người dân: kỹ thuật trồng, chế biến chè, chăn nuôi, pháp luật, chăm sóc sức khỏe, kỹ năng số."
T_KCN = "Khuyến khích doanh nghiệp trong các khu công nghiệp Yên Bình, Điềm Thụy, Sông Công xây dựng “Doanh nghiệp học tập”; tổ chức lớp bồi dưỡng kỹ năng nghề, ngoại ngữ, kỹ năng số cho công nhân ngoài giờ làm việc."
T_SO5 = "Xây dựng nền tảng “Học tập mở Thái Nguyên” cung cấp khóa học trực tuyến, học liệu số miễn phí cho người dân; triển khai phong trào “Bình dân học vụ số” đến từng xóm, tổ dân phố."
T_KP = "1. Tổng kinh phí dự kiến thực hiện Kế hoạch giai đoạn 2025 - 2030 là 68.500 triệu đồng, trong đó:"
T_KPT = "- Ngân sách tỉnh: 24.000 triệu đồng;"
T_KPH = "- Ngân sách cấp huyện: 18.500 triệu đồng;"
T_KPM = "- Lồng ghép các chương trình mục tiêu quốc gia: 16.000 triệu đồng;"
T_KPX = "- Nguồn xã hội hóa và các nguồn hợp pháp khác: 10.000 triệu đồng."
T_HT = "2. Mỗi Trung tâm học tập cộng đồng được hỗ trợ kinh phí hoạt động 30 triệu đồng/năm từ ngân sách cấp huyện."
T_DT = "3. Hằng năm, căn cứ nhiệm vụ được giao, các sở, ngành, địa phương lập dự toán kinh phí gửi Sở Tài chính tổng hợp, trình Ủy ban nhân dân tỉnh."
T_GD1 = "Là cơ quan thường trực, chủ trì, phối hợp với các sở, ngành, địa phương triển khai Kế hoạch; hướng dẫn Ủy ban nhân dân các huyện, thành phố xây dựng kế hoạch giai đoạn 2025 - 2030 trước ngày 31/01/2025."
T_GD2 = "Chỉ đạo các Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên cấp huyện mở lớp xóa mù chữ, lớp bồi dưỡng ngoại ngữ, tin học cho người lao động."
T_GD3 = "Tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Giáo dục và Đào tạo kết quả thực hiện trước ngày 15/12 hằng năm."
T_NV1 = "Tham mưu bồi dưỡng nâng cao trình độ, kỹ năng cho cán bộ, công chức, viên chức; gắn kết quả học tập với đánh giá, xếp loại cán bộ hằng năm."
T_NV2 = "Hướng dẫn các cơ quan, đơn vị đăng ký xây dựng “Đơn vị học tập”."
T_TC = "Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm; hướng dẫn thanh, quyết toán kinh phí theo quy định."
T_LD = "Chủ trì đào tạo nghề cho lao động nông thôn, lao động là người dân tộc thiểu số; phối hợp với Ban Quản lý các khu công nghiệp tỉnh triển khai mô hình “Doanh nghiệp học tập”."
T_VH = "Phát huy vai trò của Thư viện tỉnh, Bảo tàng Văn hóa các dân tộc Việt Nam, nhà văn hóa xóm trong học tập suốt đời; gắn danh hiệu “Gia đình văn hóa” với “Gia đình học tập”."
T_TT = "Chỉ đạo hệ thống thông tin cơ sở tuyên truyền về xây dựng xã hội học tập; chủ trì xây dựng, vận hành nền tảng “Học tập mở Thái Nguyên”."
T_BQL = "Vận động doanh nghiệp trong các khu công nghiệp tạo điều kiện cho người lao động học tập; tổng hợp danh sách doanh nghiệp đăng ký “Doanh nghiệp học tập” gửi Sở Lao động - Thương binh và Xã hội trước ngày 30/6 hằng năm."
T_BDT = "Phối hợp vận động đồng bào dân tộc thiểu số tham gia lớp xóa mù chữ; phát huy vai trò của người có uy tín trong cộng đồng."
T_MT = "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh đưa nội dung xây dựng xã hội học tập vào cuộc vận động “Toàn dân đoàn kết xây dựng đời sống văn hóa”."
T_KH = "Hội Khuyến học tỉnh chủ trì đánh giá, công nhận “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” cấp thôn, xóm; phát triển quỹ khuyến học, khuyến tài."
T_LDLD = "Liên đoàn Lao động tỉnh vận động đoàn viên công đoàn tham gia học tập nâng cao tay nghề."
T_TD = "Tỉnh đoàn tổ chức đội hình thanh niên tình nguyện hỗ trợ người dân học kỹ năng số."
T_PN = "Hội Liên hiệp Phụ nữ tỉnh, Hội Nông dân tỉnh vận động hội viên tham gia học tập tại Trung tâm học tập cộng đồng."
T_DH = "Đề nghị Đại học Thái Nguyên phối hợp cung cấp khóa học trực tuyến mở cho nền tảng “Học tập mở Thái Nguyên” và bồi dưỡng giáo viên dạy xóa mù chữ."
T_UB1 = "Xây dựng kế hoạch giai đoạn 2025 - 2030 của địa phương, hoàn thành trước ngày 28/02/2025."
T_UB2 = "Bố trí kinh phí hoạt động cho Trung tâm học tập cộng đồng; chỉ đạo Ủy ban nhân dân cấp xã kiện toàn Trung tâm học tập cộng đồng."
T_UB3 = "Báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 30/11 hằng năm."
T_SK = "Sở Giáo dục và Đào tạo tham mưu Ủy ban nhân dân tỉnh sơ kết giữa kỳ vào quý IV/2027 và tổng kết vào quý IV/2030."
T_PL = "PHỤ LỤC: PHÂN CÔNG NHIỆM VỤ"
T_PLH = "STT Nội dung nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Thời gian hoàn thành Sản phẩm"

# ---------------------------------------------------------------- Tứ Kỳ (TCVN3 docx) spans, in Unicode
K_SO = "Số: 73/KH-UBND"
K_DATE = "Tứ Kỳ, ngày 18 tháng 02 năm 2025"
K_TITLE = "Thực hiện phong trào “Học tập suốt đời” và xây dựng xã hội học tập huyện Tứ Kỳ giai đoạn 2025 - 2030"
K_1373 = "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”;"
K_2194 = "Căn cứ Kế hoạch số 2194/KH-UBND ngày 10/12/2024 của Ủy ban nhân dân tỉnh Hải Dương về xây dựng xã hội học tập tỉnh Hải Dương giai đoạn 2025 - 2030;"
K_NQ08 = "Căn cứ Nghị quyết số 08-NQ/HU ngày 05/11/2024 của Ban Thường vụ Huyện ủy Tứ Kỳ về nâng cao chất lượng nguồn nhân lực huyện Tứ Kỳ đến năm 2030;"
K_MD = "Tạo chuyển biến mạnh mẽ về nhận thức của cán bộ, đảng viên và Nhân dân về học tập suốt đời; tạo cơ hội để mọi người dân trên địa bàn huyện được học tập thường xuyên, góp phần nâng cao dân trí, phát triển nguồn nhân lực phục vụ xây dựng huyện nông thôn mới nâng cao."
K_Y25 = "a) Đến năm 2025"
K_Y27 = "b) Đến năm 2027"
K_Y30 = "c) Đến năm 2030"
K_GD25 = "62% hộ gia đình đạt danh hiệu “Gia đình học tập”; 50% dòng họ đạt danh hiệu “Dòng họ học tập”; 55% thôn, khu dân cư đạt danh hiệu “Cộng đồng học tập”."
K_TT25 = "100% Trung tâm học tập cộng đồng được đánh giá, xếp loại; trong đó 65% xếp loại Tốt."
K_XMC = "Duy trì 100% xã, thị trấn đạt chuẩn xóa mù chữ mức độ 2."
K_GD27 = "68% hộ gia đình đạt danh hiệu “Gia đình học tập”; 58% dòng họ đạt danh hiệu “Dòng họ học tập”; 62% thôn, khu dân cư đạt danh hiệu “Cộng đồng học tập”."
K_KNS27 = "70% người dân từ 15 đến 60 tuổi có kỹ năng số cơ bản."
K_GD30 = "75% hộ gia đình đạt danh hiệu “Gia đình học tập”; 65% dòng họ đạt danh hiệu “Dòng họ học tập”; 70% thôn, khu dân cư đạt danh hiệu “Cộng đồng học tập”."
K_TT30 = "100% Trung tâm học tập cộng đồng xếp loại Khá trở lên, trong đó 80% xếp loại Tốt."
K_KNS30 = "85% người dân từ 15 đến 60 tuổi có kỹ năng số cơ bản; 60% lao động nông thôn qua đào tạo có chứng chỉ."
K_HUYEN = "Huyện Tứ Kỳ được công nhận đạt danh hiệu “Cộng đồng học tập” cấp huyện xếp loại Tốt."
K_N1 = "1. Tuyên truyền, nâng cao nhận thức"
K_N2 = "2. Nâng cao chất lượng hoạt động của Trung tâm học tập cộng đồng"
K_N3 = "3. Đẩy mạnh các mô hình học tập"
K_N4 = "4. Phát triển kỹ năng số cho người dân"
K_N5 = "5. Đào tạo nghề gắn với giải quyết việc làm"
K_TUAN = "hưởng ứng Tuần lễ học tập suốt đời từ ngày 01/10 đến ngày 07/10 hằng năm."
K_CD = "Mỗi Trung tâm học tập cộng đồng tổ chức ít nhất 12 chuyên đề/năm về trồng vải, chăn nuôi, nuôi trồng thủy sản, pháp luật, kỹ năng số;"
K_SO4 = "Triển khai phong trào “Bình dân học vụ số”; mỗi thôn, khu dân cư thành lập Tổ công nghệ số cộng đồng hướng dẫn người dân sử dụng dịch vụ công trực tuyến."
K_NGHE = "Đào tạo nghề ngắn hạn cho lao động nông thôn về may công nghiệp, điện dân dụng, kỹ thuật nuôi cá lồng trên sông Thái Bình, sông Luộc."
K_KP = "Tổng kinh phí dự kiến giai đoạn 2025 - 2030 là 4.260 triệu đồng, gồm: ngân sách huyện 2.400 triệu đồng; ngân sách xã, thị trấn 1.260 triệu đồng; nguồn xã hội hóa 600 triệu đồng."
K_HT = "Mức hỗ trợ hoạt động cho mỗi Trung tâm học tập cộng đồng là 15 triệu đồng/năm, bố trí trong ngân sách xã, thị trấn."
K_GD = "Là cơ quan thường trực, tham mưu Ủy ban nhân dân huyện triển khai Kế hoạch; hướng dẫn các xã, thị trấn đánh giá, xếp loại Trung tâm học tập cộng đồng trước ngày 15/12 hằng năm; tổng hợp, báo cáo Ủy ban nhân dân huyện và Sở Giáo dục và Đào tạo trước ngày 05/12 hằng năm."
K_NV = "Tham mưu xây dựng “Đơn vị học tập” trong các cơ quan, đơn vị cấp huyện; đưa tiêu chí học tập vào đánh giá thi đua, khen thưởng hằng năm."
K_TC = "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách huyện hằng năm; hướng dẫn các xã, thị trấn sử dụng kinh phí đúng quy định."
K_LD = "Chủ trì đào tạo nghề cho lao động nông thôn; phối hợp với Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện mở 20 lớp đào tạo nghề/năm."
K_VH = "Chỉ đạo tuyên truyền về học tập suốt đời; gắn tiêu chí “Gia đình học tập” với bình xét “Gia đình văn hóa”; phát triển tủ sách tại nhà văn hóa thôn."
K_TTVH = "Xây dựng chuyên mục “Học tập suốt đời” phát trên hệ thống truyền thanh huyện 2 kỳ/tháng."
K_GDNN = "Tổ chức lớp bồi dưỡng tin học, ngoại ngữ, kỹ năng số cho người lao động; phối hợp dạy nghề tại Trung tâm học tập cộng đồng."
K_NN = "Phối hợp chuyển giao tiến bộ kỹ thuật về trồng vải, nuôi trồng thủy sản cho người dân qua Trung tâm học tập cộng đồng."
K_MT = "Đưa tiêu chí học tập suốt đời vào cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”; vận động hội viên, đoàn viên tham gia học tập."
K_KH = "Chủ trì hướng dẫn đánh giá, công nhận “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” cấp thôn; phối hợp kiểm tra, giám sát hằng năm trong quý III."
K_UBX = "Xây dựng kế hoạch của địa phương trước ngày 31/3/2025; kiện toàn Ban Giám đốc Trung tâm học tập cộng đồng; báo cáo kết quả về Phòng Giáo dục và Đào tạo trước ngày 25/11 hằng năm."
K_SK = "Phòng Giáo dục và Đào tạo tham mưu Ủy ban nhân dân huyện sơ kết thực hiện Kế hoạch vào quý IV/2027 và tổng kết vào quý IV/2030./."
K_SIGN = "Bùi Quang Thiều"

# ---------------------------------------------------------------- Hoằng Châu 2025 (pdf) spans
A_SO = "Số: 09/KH-UBND Hoằng Châu, ngày 14 tháng 01 năm 2025"
A_TITLE = "Xây dựng xã hội học tập xã Hoằng Châu năm 2025"
A_265 = "Căn cứ Kế hoạch số 265/KH-UBND ngày 25/12/2024 của Ủy ban nhân dân huyện Hoằng Hóa về xây dựng xã hội học tập năm 2025;"
A_NQ = "Căn cứ Nghị quyết số 04-NQ/ĐU ngày 06/01/2025 của Đảng ủy xã Hoằng Châu về nhiệm vụ năm 2025;"
A_MD = "Duy trì và nâng cao kết quả xây dựng xã hội học tập của xã; tạo điều kiện để mọi người dân, nhất là ngư dân, lao động nông thôn, được học tập thường xuyên, nâng cao kiến thức, kỹ năng nghề nghiệp."
A_CT = "II. CHỈ TIÊU NĂM 2025"
A_GD = "1. 72% hộ gia đình đạt danh hiệu “Gia đình học tập”."
A_DH = "2. 12/18 dòng họ đạt danh hiệu “Dòng họ học tập”."
A_CD = "3. 6/8 thôn đạt danh hiệu “Cộng đồng học tập”."
A_TT = "4. Trung tâm học tập cộng đồng xã được xếp loại Khá trở lên."
A_CDE = "5. Trung tâm học tập cộng đồng tổ chức 24 chuyên đề với 2.400 lượt người tham gia."
A_KNS = "6. 100% cán bộ, công chức xã được bồi dưỡng kỹ năng số."
A_XMC = "Duy trì đạt chuẩn xóa mù chữ mức độ 2; huy động 35 người tham gia lớp sau biết chữ."
A_TUAN = "tổ chức Tuần lễ hưởng ứng học tập suốt đời trong tháng 10/2025."
A_CDN = "Trung tâm học tập cộng đồng mở chuyên đề về kỹ thuật nuôi ngao, đánh bắt hải sản an toàn, trồng cói, phòng chống thiên tai và kỹ năng số."
A_TS = "Vận động các dòng họ lập quỹ khuyến học; xây dựng 8 tủ sách dòng họ."
A_KP = "Tổng kinh phí thực hiện năm 2025 là 185.000.000 đồng, trong đó: ngân sách xã 120.000.000 đồng; ngân sách huyện hỗ trợ 40.000.000 đồng; nguồn xã hội hóa 25.000.000 đồng."
A_KTT = "Kinh phí hoạt động của Trung tâm học tập cộng đồng là 50.000.000 đồng, nằm trong"
A_VH = "1. Công chức Văn hóa - Xã hội: là bộ phận thường trực, tham mưu Ủy ban nhân dân xã triển khai Kế hoạch; tổng hợp báo cáo kết quả gửi Phòng Giáo dục và Đào tạo huyện Hoằng Hóa trước ngày 20/11/2025."
A_TTHT = "2. Trung tâm học tập cộng đồng xã: xây dựng chương trình hoạt động năm 2025, hoàn thành trước ngày 31/01/2025; tổ chức các chuyên đề theo nhu cầu người dân."
A_TCKT = "3. Công chức Tài chính - Kế toán: tham mưu bố trí kinh phí, hướng dẫn thanh quyết toán theo quy định."
A_TRUONG = "4. Trường Mầm non, Trường Tiểu học, Trường THCS Hoằng Châu: phối hợp dạy lớp sau biết chữ; cử giáo viên tham gia báo cáo chuyên đề tại Trung tâm học tập cộng đồng."
A_KH = "5. Hội Khuyến học xã: chủ trì bình xét, đề nghị công nhận “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập”, hoàn thành trước ngày 10/12/2025."
A_MT = "6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể (Hội Liên hiệp Phụ nữ, Đoàn Thanh niên, Hội Nông dân, Hội Cựu chiến binh, Hội Người cao tuổi): vận động hội viên, đoàn viên tham gia học tập tại Trung tâm học tập cộng đồng."
A_CA = "7. Công an xã: phối hợp tuyên truyền pháp luật về an ninh trật tự tại các buổi sinh hoạt chuyên đề."
A_THON = "8. Trưởng các thôn: lập danh sách hộ đăng ký “Gia đình học tập”, gửi Hội Khuyến học xã trước ngày 15/3/2025."
A_SIGN = "Lê Đình Hoan"

# ---------------------------------------------------------------- Hoằng Châu 2026 (pdf) spans
B_SO = "Số: 27/KH-UBND Hoằng Châu, ngày 20 tháng 01 năm 2026"
B_TITLE = "Xây dựng xã hội học tập xã Hoằng Châu năm 2026"
B_318 = "Căn cứ Kế hoạch số 318/KH-UBND ngày 30/12/2025 của Ủy ban nhân dân tỉnh Thanh Hóa về xây dựng xã hội học tập năm 2026;"
B_09 = "Căn cứ kết quả thực hiện Kế hoạch số 09/KH-UBND ngày 14/01/2025 của Ủy ban nhân dân xã Hoằng Châu về xây dựng xã hội học tập năm 2025;"
B_SX = "Xã Hoằng Châu được thành lập trên cơ sở sắp xếp xã Hoằng Châu, xã Hoằng Phong và xã Hoằng Trạch từ ngày 01/7/2025;"
B_MD1 = "Thống nhất hoạt động xây dựng xã hội học tập trên địa bàn xã sau sắp xếp; nâng cao hiệu quả hoạt động của Trung tâm học tập cộng đồng xã và các điểm học tập tại thôn."
B_MD2 = "Gắn xây dựng xã hội học tập với chuyển đổi số, phát triển kinh tế biển và nông thôn mới kiểu mẫu; phân công rõ trách nhiệm của các phòng, đơn vị thuộc Ủy ban nhân dân xã."
B_CT = "II. CHỈ TIÊU NĂM 2026"
B_GD = "1. 75% hộ gia đình đạt danh hiệu “Gia đình học tập”."
B_DH = "2. 30/46 dòng họ đạt danh hiệu “Dòng họ học tập”."
B_CD = "3. 15/22 thôn đạt danh hiệu “Cộng đồng học tập”."
B_TT = "4. Trung tâm học tập cộng đồng xã được xếp loại Tốt."
B_CDE = "5. Trung tâm học tập cộng đồng tổ chức 40 chuyên đề với 5.000 lượt người tham gia."
B_KNS = "6. 70% người dân từ 15 đến 60 tuổi có kỹ năng số cơ bản."
B_TS = "7. 100% thôn có tủ sách cộng đồng."
B_TUAN = "tổ chức Tuần lễ hưởng ứng học tập suốt đời từ ngày 01/10 đến ngày 07/10/2026."
B_DIEM = "Duy trì 3 điểm học tập tại nhà văn hóa thôn Phong Mỹ, Trạch Tân, Châu Lộc trực thuộc Trung tâm học tập cộng đồng xã."
B_SO3 = "Triển khai phong trào “Bình dân học vụ số”; hướng dẫn người dân sử dụng VNeID và dịch vụ công trực tuyến."
B_LOP = "Mở lớp kỹ thuật nuôi ngao, nuôi tôm công nghệ cao, chế biến nước mắm truyền thống và hướng dẫn viên du lịch cộng đồng."
B_KP = "Tổng kinh phí thực hiện năm 2026 là 420.000.000 đồng, trong đó: ngân sách xã 300.000.000 đồng; ngân sách tỉnh hỗ trợ qua Chương trình mục tiêu quốc gia xây dựng nông thôn mới 80.000.000 đồng; nguồn xã hội hóa 40.000.000 đồng."
B_KTT = "Kinh phí hoạt động của Trung tâm học tập cộng đồng là 90.000.000 đồng, trong đó 30.000.000 đồng cho 3 điểm học tập tại thôn."
B_VH = "1. Phòng Văn hóa - Xã hội: là cơ quan thường trực, tham mưu Ủy ban nhân dân xã triển khai Kế hoạch; tổng hợp báo cáo kết quả gửi Sở Giáo dục và Đào tạo tỉnh Thanh Hóa trước ngày 15/11/2026."
B_KT = "2. Phòng Kinh tế: tham mưu bố trí kinh phí, hướng dẫn thanh quyết toán; lồng ghép nội dung đào tạo nghề với Chương trình mục tiêu quốc gia xây dựng nông thôn mới."
B_VP = "3. Văn phòng Hội đồng nhân dân và Ủy ban nhân dân: cập nhật tin, bài về xã hội học tập trên Trang thông tin điện tử xã mỗi tháng ít nhất 2 tin."
B_HCC = "4. Trung tâm Phục vụ hành chính công xã: hướng dẫn người dân thực hiện dịch vụ công trực tuyến; cử công chức tham gia Tổ công nghệ số cộng đồng."
B_TTHT = "5. Trung tâm học tập cộng đồng xã: xây dựng chương trình hoạt động năm 2026, hoàn thành trước ngày 15/02/2026; quản lý 3 điểm học tập tại thôn."
B_TRUONG = "6. Các trường mầm non, tiểu học, trung học cơ sở trên địa bàn xã: cử giáo viên báo cáo chuyên đề; hỗ trợ dạy kỹ năng số cho người dân."
B_KH = "7. Hội Khuyến học xã: chủ trì bình xét, đề nghị công nhận “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập”, hoàn thành trước ngày 05/12/2026; hợp nhất chi hội khuyến học của 3 xã cũ trước ngày 31/3/2026."
B_MT = "8. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã: chỉ đạo các tổ chức chính trị - xã hội trực thuộc vận động hội viên, đoàn viên tham gia học tập; giám sát việc thực hiện Kế hoạch."
B_THON = "9. Trưởng các thôn: lập danh sách hộ đăng ký “Gia đình học tập”, gửi Hội Khuyến học xã trước ngày 31/3/2026."
B_SIGN = "Trịnh Văn Sơn"

# bundled plans
CT_1373 = "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”"
HUE_SIGN = "Nguyễn Thanh Bình"

# ================================================================ agency_tasks (12)
Q("agency_tasks", "Theo kế hoạch xây dựng xã hội học tập tỉnh Thái Nguyên, Sở Giáo dục và Đào tạo có những nhiệm vụ gì?",
  [(TN, T_GD1), (TN, T_GD3), (TN, R[1]), (TN, R[2]), (TN, R[11])],
  "Sở Giáo dục và Đào tạo là cơ quan thường trực, chủ trì triển khai Kế hoạch; hướng dẫn UBND các huyện, thành phố xây dựng kế hoạch trước ngày 31/01/2025; chỉ đạo các Trung tâm GDNN-GDTX mở lớp xóa mù chữ, ngoại ngữ, tin học; báo cáo UBND tỉnh và Bộ GD&ĐT trước ngày 15/12 hằng năm. Theo Phụ lục, Sở còn chủ trì kiện toàn Ban Chỉ đạo (quý I/2025), điều tra số liệu mù chữ (tháng 6 hằng năm), tổ chức Tuần lễ hưởng ứng học tập suốt đời cấp tỉnh (tháng 10 hằng năm), sơ kết (quý IV/2027) và tổng kết (quý IV/2030).",
  ["cơ quan thường trực", "31/01/2025", "15/12", "Ban Chỉ đạo"])
Q("agency_tasks", "Sở Khoa học và Công nghệ tỉnh Thái Nguyên được giao việc gì?", [(TN, R[5])],
  "Theo Phụ lục phân công nhiệm vụ, Sở Khoa học và Công nghệ chủ trì số hóa 1.000 tài liệu, học liệu phục vụ Trung tâm học tập cộng đồng, phối hợp với Sở GD&ĐT và Thư viện tỉnh, hoàn thành năm 2026; sản phẩm là Kho học liệu số.",
  ["1.000", "2026", "Kho học liệu số"])
Q("agency_tasks", "Công an tỉnh Thái Nguyên có nhiệm vụ gì trong kế hoạch XHHT?", [(TN, R[8])],
  "Công an tỉnh chủ trì phổ biến, giáo dục pháp luật về phòng, chống ma túy, an ninh trật tự qua Trung tâm học tập cộng đồng, phối hợp với Sở Tư pháp và UBND các huyện, thành phố, thực hiện hằng năm (nhiệm vụ chỉ có trong Phụ lục; ô Sản phẩm để trống).",
  ["ma túy", "Sở Tư pháp", "Hằng năm"])
Q("agency_tasks", "Sở Nội vụ Thái Nguyên phải làm những gì?", [(TN, T_NV1), (TN, T_NV2), (TN, R[9]), (TN, R[15])],
  "Sở Nội vụ tham mưu bồi dưỡng cán bộ, công chức, viên chức, gắn kết quả học tập với đánh giá, xếp loại; hướng dẫn đăng ký xây dựng “Đơn vị học tập”. Theo Phụ lục: chủ trì bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã (năm 2027, 3.000 lượt) và đánh giá, công nhận “Đơn vị học tập” cấp tỉnh (quý IV hằng năm); phối hợp kiện toàn Ban Chỉ đạo.",
  ["Đơn vị học tập", "3.000", "2027"])
Q("agency_tasks", "Ban Quản lý các khu công nghiệp tỉnh Thái Nguyên được phân công gì?", [(TN, T_BQL), (TN, R[3])],
  "Ban Quản lý các khu công nghiệp tỉnh vận động doanh nghiệp tạo điều kiện cho người lao động học tập; tổng hợp danh sách doanh nghiệp đăng ký “Doanh nghiệp học tập” gửi Sở LĐ-TB&XH trước ngày 30/6 hằng năm; phối hợp xây dựng Bộ tiêu chí “Doanh nghiệp học tập” (quý II/2025).",
  ["30/6", "Doanh nghiệp học tập"])
Q("agency_tasks", "Phòng Giáo dục và Đào tạo huyện Tứ Kỳ có nhiệm vụ gì?", [(TK, K_GD), (TK, K_SK)],
  "Phòng GD&ĐT là cơ quan thường trực, tham mưu UBND huyện triển khai Kế hoạch; hướng dẫn các xã, thị trấn đánh giá, xếp loại Trung tâm học tập cộng đồng trước ngày 15/12 hằng năm; tổng hợp, báo cáo UBND huyện và Sở GD&ĐT trước ngày 05/12 hằng năm; tham mưu sơ kết quý IV/2027, tổng kết quý IV/2030.",
  ["cơ quan thường trực", "15/12", "05/12"])
Q("agency_tasks", "Trung tâm Văn hóa, Thông tin và Thể thao huyện Tứ Kỳ làm gì?", [(TK, K_TTVH)],
  "Xây dựng chuyên mục “Học tập suốt đời” phát trên hệ thống truyền thanh huyện 2 kỳ/tháng.",
  ["Học tập suốt đời", "2 kỳ/tháng"])
Q("agency_tasks", "Hội Khuyến học huyện Tứ Kỳ được giao gì?", [(TK, K_KH)],
  "Chủ trì hướng dẫn đánh giá, công nhận “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” cấp thôn; phối hợp kiểm tra, giám sát hằng năm trong quý III.",
  ["Gia đình học tập", "quý III"])
Q("agency_tasks", "Năm 2025 Công an xã Hoằng Châu có nhiệm vụ gì?", [(H5, A_CA)],
  "Theo Kế hoạch 09/KH-UBND năm 2025, Công an xã phối hợp tuyên truyền pháp luật về an ninh trật tự tại các buổi sinh hoạt chuyên đề.",
  ["pháp luật", "an ninh trật tự"])
Q("agency_tasks", "Trong kế hoạch năm 2026 của xã Hoằng Châu, Trung tâm Phục vụ hành chính công xã làm gì?", [(H6, B_HCC)],
  "Hướng dẫn người dân thực hiện dịch vụ công trực tuyến và cử công chức tham gia Tổ công nghệ số cộng đồng.",
  ["dịch vụ công trực tuyến", "Tổ công nghệ số cộng đồng"])
Q("agency_tasks", "Hội Khuyến học xã Hoằng Châu năm 2026 phải làm gì?", [(H6, B_KH)],
  "Chủ trì bình xét, đề nghị công nhận “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập”, hoàn thành trước ngày 05/12/2026; hợp nhất chi hội khuyến học của 3 xã cũ trước ngày 31/3/2026.",
  ["05/12/2026", "31/3/2026"])
Q("agency_tasks", "Sở Nông nghiệp và PTNT Thái Nguyên chủ trì việc gì?", [(TN, R[6])],
  "Theo Phụ lục, Sở NN&PTNT chủ trì tập huấn kỹ thuật trồng, chế biến chè an toàn, chè hữu cơ cho người dân qua Trung tâm học tập cộng đồng, phối hợp Hội Nông dân tỉnh và UBND các huyện, thành phố, hằng năm; sản phẩm 200 lớp tập huấn/năm.",
  ["chè", "200"])

# ================================================================ target (12)
Q("target", "Đến năm 2030 Thái Nguyên đặt chỉ tiêu gia đình học tập, dòng họ học tập bao nhiêu?", [(TN, T_Y30), (TN, T_GD30)],
  "Đến năm 2030: 70% gia đình đạt “Gia đình học tập”; 60% dòng họ đạt “Dòng họ học tập”; 65% xóm, tổ dân phố đạt “Cộng đồng học tập”.",
  ["70%", "60%", "65%"])
Q("target", "Tỷ lệ biết chữ mức độ 2 mà Thái Nguyên phấn đấu năm 2025 là bao nhiêu?", [(TN, T_Y25), (TN, T_BC25)],
  "Năm 2025: 99,1% người từ 15 đến 35 tuổi và 98,4% người từ 15 đến 60 tuổi đạt chuẩn biết chữ mức độ 2.",
  ["99,1%", "98,4%"])
Q("target", "Thái Nguyên muốn bao nhiêu huyện đạt Cộng đồng học tập cấp huyện vào năm 2030?", [(TN, T_HUYEN)],
  "9/9 huyện, thành phố đạt danh hiệu “Cộng đồng học tập” cấp huyện, trong đó ít nhất 5 đơn vị xếp loại Tốt.",
  ["9/9", "5"])
Q("target", "Chỉ tiêu cho công nhân khu công nghiệp ở Thái Nguyên năm 2025?", [(TN, T_KCN25)],
  "70% công nhân lao động trong các khu công nghiệp được tham gia ít nhất một khóa bồi dưỡng kỹ năng nghề, ngoại ngữ hoặc kỹ năng số mỗi năm.",
  ["70%"])
Q("target", "Đến 2030 bao nhiêu % trung tâm học tập cộng đồng ở Thái Nguyên xếp loại Tốt?", [(TN, T_TT30)],
  "100% Trung tâm học tập cộng đồng hoạt động hiệu quả, trong đó 75% xếp loại Tốt.", ["75%"])
Q("target", "Huyện Tứ Kỳ đặt chỉ tiêu gì cho năm 2027 về gia đình, dòng họ, cộng đồng học tập?", [(TK, K_Y27), (TK, K_GD27)],
  "Đến năm 2027: 68% hộ gia đình đạt “Gia đình học tập”, 58% dòng họ đạt “Dòng họ học tập”, 62% thôn, khu dân cư đạt “Cộng đồng học tập”.",
  ["68%", "58%", "62%"])
Q("target", "Chỉ tiêu kỹ năng số năm 2030 của huyện Tứ Kỳ?", [(TK, K_KNS30)],
  "Đến năm 2030, 85% người dân từ 15 đến 60 tuổi có kỹ năng số cơ bản (và 60% lao động nông thôn qua đào tạo có chứng chỉ).",
  ["85%"])
Q("target", "Năm 2025 Tứ Kỳ muốn bao nhiêu phần trăm TTHTCĐ đạt loại Tốt?", [(TK, K_TT25)],
  "100% Trung tâm học tập cộng đồng được đánh giá, xếp loại; trong đó 65% xếp loại Tốt.", ["65%"])
Q("target", "Chỉ tiêu 2026 về thôn đạt Cộng đồng học tập của xã Hoằng Châu là bao nhiêu?", [(H6, B_CT), (H6, B_CD)],
  "Theo kế hoạch năm 2026 (27/KH-UBND), 15/22 thôn đạt danh hiệu “Cộng đồng học tập”.", ["15/22"])
Q("target", "Năm 2025 xã Hoằng Châu phấn đấu bao nhiêu dòng họ học tập?", [(H5, A_CT), (H5, A_DH)],
  "Theo kế hoạch năm 2025 (09/KH-UBND), 12/18 dòng họ đạt danh hiệu “Dòng họ học tập”.", ["12/18"])
Q("target", "Kế hoạch 2026 của Hoằng Châu đặt mục tiêu kỹ năng số cho người dân thế nào?", [(H6, B_KNS)],
  "70% người dân từ 15 đến 60 tuổi có kỹ năng số cơ bản.", ["70%"])
Q("target", "Năm 2025 TTHTCĐ xã Hoằng Châu phải tổ chức bao nhiêu chuyên đề?", [(H5, A_CDE)],
  "24 chuyên đề với 2.400 lượt người tham gia.", ["24", "2.400"])

# ================================================================ deadline (8)
Q("deadline", "UBND các huyện, thành phố của Thái Nguyên phải xây dựng xong kế hoạch giai đoạn 2025-2030 trước ngày nào?", [(TN, T_UB1)],
  "Trước ngày 28/02/2025.", ["28/02/2025"])
Q("deadline", "Khi nào phải đưa nền tảng Học tập mở Thái Nguyên vào vận hành?", [(TN, R[4])],
  "Quý IV/2025 (Sở TT&TT chủ trì, phối hợp Sở GD&ĐT và Đại học Thái Nguyên).", ["Quý IV/2025"])
Q("deadline", "Bộ tiêu chí Doanh nghiệp học tập của Thái Nguyên phải ban hành lúc nào?", [(TN, R[3])],
  "Quý II/2025, do Sở LĐ-TB&XH chủ trì; sản phẩm là Quyết định ban hành Bộ tiêu chí.", ["Quý II/2025"])
Q("deadline", "UBND các xã, thị trấn ở Tứ Kỳ phải có kế hoạch và báo cáo khi nào?", [(TK, K_UBX)],
  "Xây dựng kế hoạch của địa phương trước ngày 31/3/2025 và báo cáo kết quả về Phòng GD&ĐT trước ngày 25/11 hằng năm.",
  ["31/3/2025", "25/11"])
Q("deadline", "Huyện Tứ Kỳ sơ kết, tổng kết kế hoạch vào thời gian nào?", [(TK, K_SK)],
  "Sơ kết vào quý IV/2027 và tổng kết vào quý IV/2030.", ["quý IV/2027", "quý IV/2030"])
Q("deadline", "Năm 2025, Hội Khuyến học xã Hoằng Châu phải xong việc bình xét gia đình học tập trước ngày nào?", [(H5, A_KH)],
  "Trước ngày 10/12/2025.", ["10/12/2025"])
Q("deadline", "Chương trình hoạt động năm 2026 của TTHTCĐ xã Hoằng Châu phải xong khi nào?", [(H6, B_TTHT)],
  "Trước ngày 15/02/2026.", ["15/02/2026"])
Q("deadline", "Theo kế hoạch 2026, xã Hoằng Châu gửi báo cáo kết quả cho ai, trước ngày nào?", [(H6, B_VH)],
  "Phòng Văn hóa - Xã hội tổng hợp báo cáo gửi Sở Giáo dục và Đào tạo tỉnh Thanh Hóa trước ngày 15/11/2026.",
  ["Sở Giáo dục và Đào tạo", "15/11/2026"])

# ================================================================ funding (8)
Q("funding", "Tổng kinh phí kế hoạch xây dựng xã hội học tập Thái Nguyên 2025-2030 là bao nhiêu, từ nguồn nào?",
  [(TN, T_KP), (TN, T_KPT), (TN, T_KPH), (TN, T_KPM), (TN, T_KPX)],
  "68.500 triệu đồng: ngân sách tỉnh 24.000 triệu; ngân sách cấp huyện 18.500 triệu; lồng ghép các chương trình mục tiêu quốc gia 16.000 triệu; xã hội hóa và nguồn hợp pháp khác 10.000 triệu đồng.",
  ["68.500", "24.000", "18.500", "16.000", "10.000"])
Q("funding", "Mỗi TTHTCĐ ở Thái Nguyên được hỗ trợ bao nhiêu một năm?", [(TN, T_HT)],
  "30 triệu đồng/năm từ ngân sách cấp huyện.", ["30 triệu", "ngân sách cấp huyện"])
Q("funding", "Ngân sách tỉnh Thái Nguyên chi bao nhiêu cho kế hoạch này?", [(TN, T_KPT)],
  "24.000 triệu đồng (trên tổng 68.500 triệu đồng).", ["24.000"])
Q("funding", "Kinh phí kế hoạch học tập suốt đời huyện Tứ Kỳ giai đoạn 2025-2030?", [(TK, K_KP)],
  "Tổng 4.260 triệu đồng: ngân sách huyện 2.400 triệu, ngân sách xã, thị trấn 1.260 triệu, xã hội hóa 600 triệu đồng.",
  ["4.260", "2.400", "1.260", "600"])
Q("funding", "Tứ Kỳ hỗ trợ mỗi trung tâm học tập cộng đồng bao nhiêu tiền?", [(TK, K_HT)],
  "15 triệu đồng/năm, bố trí trong ngân sách xã, thị trấn.", ["15 triệu"])
Q("funding", "Kinh phí xây dựng xã hội học tập năm 2025 của xã Hoằng Châu là bao nhiêu?", [(H5, A_KP)],
  "185.000.000 đồng: ngân sách xã 120.000.000, ngân sách huyện hỗ trợ 40.000.000, xã hội hóa 25.000.000 đồng.",
  ["185.000.000", "120.000.000", "40.000.000", "25.000.000"])
Q("funding", "Kế hoạch số 27/KH-UBND của xã Hoằng Châu có tổng kinh phí bao nhiêu?", [(H6, B_KP)],
  "420.000.000 đồng: ngân sách xã 300.000.000; ngân sách tỉnh hỗ trợ qua Chương trình MTQG xây dựng nông thôn mới 80.000.000; xã hội hóa 40.000.000 đồng.",
  ["420.000.000", "300.000.000", "80.000.000"])
Q("funding", "Năm 2026 Trung tâm học tập cộng đồng xã Hoằng Châu được bao nhiêu kinh phí?", [(H6, B_KTT)],
  "90.000.000 đồng, trong đó 30.000.000 đồng cho 3 điểm học tập tại thôn.", ["90.000.000", "30.000.000"])

# ================================================================ legal_basis (4)
Q("legal_basis", "Quyết định ban hành kế hoạch XHHT tỉnh Thái Nguyên căn cứ những văn bản nào?",
  [(TN, T_1373), (TN, T_387), (TN, T_NQ21), (TN, T_TTR)],
  "Luật Tổ chức chính quyền địa phương (2015, sửa đổi 2019), Luật Giáo dục 2019, Quyết định 1373/QĐ-TTg ngày 30/7/2021, Quyết định 387/QĐ-TTg ngày 25/3/2022, Nghị quyết 21-NQ/TU ngày 09/8/2024 của Ban Thường vụ Tỉnh ủy, theo Tờ trình 3318/TTr-SGDĐT ngày 01/11/2024 của Sở GD&ĐT.",
  ["1373/QĐ-TTg", "387/QĐ-TTg", "21-NQ/TU", "3318/TTr-SGDĐT"])
Q("legal_basis", "Kế hoạch 73/KH-UBND của Tứ Kỳ căn cứ kế hoạch nào của tỉnh Hải Dương?", [(TK, K_2194)],
  "Kế hoạch số 2194/KH-UBND ngày 10/12/2024 của UBND tỉnh Hải Dương về xây dựng xã hội học tập tỉnh Hải Dương giai đoạn 2025 - 2030.",
  ["2194/KH-UBND", "10/12/2024"])
Q("legal_basis", "Kế hoạch năm 2026 của xã Hoằng Châu căn cứ văn bản nào của tỉnh?", [(H6, B_318)],
  "Kế hoạch số 318/KH-UBND ngày 30/12/2025 của UBND tỉnh Thanh Hóa về xây dựng xã hội học tập năm 2026 (cùng QĐ 1373/QĐ-TTg và kết quả thực hiện Kế hoạch 09/KH-UBND năm 2025).",
  ["318/KH-UBND", "30/12/2025"])
Q("legal_basis", "Kế hoạch 2025 của xã Hoằng Châu dựa trên những căn cứ nào?", [(H5, A_265), (H5, A_NQ)],
  "QĐ 1373/QĐ-TTg ngày 30/7/2021; Kế hoạch số 265/KH-UBND ngày 25/12/2024 của UBND huyện Hoằng Hóa; Nghị quyết số 04-NQ/ĐU ngày 06/01/2025 của Đảng ủy xã Hoằng Châu.",
  ["265/KH-UBND", "04-NQ/ĐU"])

# ================================================================ purpose (3)
Q("purpose", "Kế hoạch XHHT của tỉnh Thái Nguyên nhằm mục đích gì?", [(TN, T_MD1), (TN, T_MD2)],
  "Triển khai hiệu quả Đề án xây dựng xã hội học tập 2021-2030, tạo cơ hội bình đẳng để mọi người dân học tập suốt đời, phát triển nguồn nhân lực chất lượng cao phục vụ công nghiệp hóa, hiện đại hóa; phát huy vai trò của TTHTCĐ, cơ sở GDNN-GDTX, thư viện, thiết chế văn hóa, nhất là cho người lao động trong khu công nghiệp và đồng bào dân tộc thiểu số.",
  ["nguồn nhân lực chất lượng cao", "khu công nghiệp"])
Q("purpose", "Mục đích kế hoạch học tập suốt đời của huyện Tứ Kỳ?", [(TK, K_MD)],
  "Tạo chuyển biến về nhận thức về học tập suốt đời; tạo cơ hội để mọi người dân được học tập thường xuyên, nâng cao dân trí, phát triển nguồn nhân lực phục vụ xây dựng huyện nông thôn mới nâng cao.",
  ["nông thôn mới nâng cao"])
Q("purpose", "Kế hoạch xây dựng XHHT năm 2026 của xã Hoằng Châu đặt ra mục đích, yêu cầu gì?", [(H6, B_MD1), (H6, B_MD2)],
  "Thống nhất hoạt động xây dựng xã hội học tập trên địa bàn xã sau sắp xếp, nâng cao hiệu quả TTHTCĐ xã và các điểm học tập tại thôn; gắn với chuyển đổi số, phát triển kinh tế biển và nông thôn mới kiểu mẫu; phân công rõ trách nhiệm các phòng, đơn vị thuộc UBND xã.",
  ["sau sắp xếp", "kinh tế biển"])

# ================================================================ task_section (4)
Q("task_section", "Mục III nhiệm vụ và giải pháp của kế hoạch Thái Nguyên gồm những nội dung nào?",
  [(TN, T_III), (TN, T_N1), (TN, T_N2), (TN, T_N3), (TN, T_N4), (TN, T_N5), (TN, T_N6)],
  "Sáu nhóm: (1) tăng cường tuyên truyền, nâng cao nhận thức; (2) nâng cao hiệu quả xóa mù chữ và giáo dục thường xuyên; (3) đổi mới hoạt động của TTHTCĐ; (4) phát triển học tập trong các khu công nghiệp và doanh nghiệp; (5) ứng dụng công nghệ số trong học tập suốt đời; (6) đánh giá, công nhận các mô hình học tập.",
  ["tuyên truyền", "xóa mù chữ", "khu công nghiệp", "công nghệ số"])
Q("task_section", "Các nhiệm vụ, giải pháp của kế hoạch huyện Tứ Kỳ là gì?", [(TK, K_N1), (TK, K_N2), (TK, K_N3), (TK, K_N4), (TK, K_N5)],
  "Năm nhóm: tuyên truyền, nâng cao nhận thức; nâng cao chất lượng hoạt động của TTHTCĐ; đẩy mạnh các mô hình học tập; phát triển kỹ năng số cho người dân; đào tạo nghề gắn với giải quyết việc làm.",
  ["kỹ năng số", "đào tạo nghề"])
Q("task_section", "Năm 2026 xã Hoằng Châu triển khai những nhiệm vụ, giải pháp gì?", [(H6, B_TUAN), (H6, B_DIEM), (H6, B_SO3), (H6, B_LOP)],
  "Tuyên truyền trên Trang thông tin điện tử xã, nhóm Zalo, truyền thanh và tổ chức Tuần lễ học tập suốt đời 01/10-07/10/2026; duy trì 3 điểm học tập tại nhà văn hóa thôn Phong Mỹ, Trạch Tân, Châu Lộc; triển khai “Bình dân học vụ số”, hướng dẫn dùng VNeID và dịch vụ công trực tuyến; mở lớp nuôi ngao, nuôi tôm công nghệ cao, chế biến nước mắm, hướng dẫn viên du lịch cộng đồng.",
  ["3 điểm học tập", "Bình dân học vụ số", "VNeID"])
Q("task_section", "Giải pháp phát triển học tập trong khu công nghiệp của Thái Nguyên cụ thể ra sao?", [(TN, T_N4), (TN, T_KCN)],
  "Khuyến khích doanh nghiệp trong các khu công nghiệp Yên Bình, Điềm Thụy, Sông Công xây dựng “Doanh nghiệp học tập”; tổ chức lớp bồi dưỡng kỹ năng nghề, ngoại ngữ, kỹ năng số cho công nhân ngoài giờ làm việc.",
  ["Yên Bình", "Doanh nghiệp học tập"])

# ================================================================ cross_plan (6)
Q("cross_plan", "So sánh kinh phí xây dựng xã hội học tập của xã Hoằng Châu năm 2025 và năm 2026.", [(H5, A_KP), (H6, B_KP)],
  "Năm 2025 (KH 09/KH-UBND): 185.000.000 đồng (ngân sách xã 120 triệu, huyện hỗ trợ 40 triệu, xã hội hóa 25 triệu). Năm 2026 (KH 27/KH-UBND): 420.000.000 đồng (ngân sách xã 300 triệu, ngân sách tỉnh qua Chương trình MTQG nông thôn mới 80 triệu, xã hội hóa 40 triệu) — tăng 235.000.000 đồng.",
  ["185.000.000", "420.000.000"])
Q("cross_plan", "Chỉ tiêu gia đình học tập năm 2030 của tỉnh Thái Nguyên và huyện Tứ Kỳ khác nhau thế nào?", [(TN, T_GD30), (TK, K_GD30)],
  "Thái Nguyên: 70% gia đình đạt “Gia đình học tập” vào năm 2030; Tứ Kỳ: 75% hộ gia đình — Tứ Kỳ cao hơn 5 điểm phần trăm.",
  ["70%", "75%"])
Q("cross_plan", "Kế hoạch của Thái Nguyên và kế hoạch năm 2024 của Cần Thơ có cùng căn cứ Quyết định 1373 không?", [(TN, T_1373), (CT, CT_1373)],
  "Có. Cả Quyết định 2736/QĐ-UBND của Thái Nguyên và Kế hoạch năm 2024 của Cần Thơ đều căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”.",
  ["1373/QĐ-TTg"])
Q("cross_plan", "Cơ quan thường trực của kế hoạch xã Hoằng Châu năm 2025 và năm 2026 có giống nhau không?", [(H5, A_VH), (H6, B_VH)],
  "Không. Năm 2025 bộ phận thường trực là Công chức Văn hóa - Xã hội (báo cáo Phòng GD&ĐT huyện Hoằng Hóa trước 20/11/2025); năm 2026 là Phòng Văn hóa - Xã hội của xã (báo cáo Sở GD&ĐT tỉnh Thanh Hóa trước 15/11/2026).",
  ["Công chức Văn hóa - Xã hội", "Phòng Văn hóa - Xã hội"])
Q("cross_plan", "Mức hỗ trợ cho mỗi TTHTCĐ ở Thái Nguyên và Tứ Kỳ là bao nhiêu?", [(TN, T_HT), (TK, K_HT)],
  "Thái Nguyên: 30 triệu đồng/năm từ ngân sách cấp huyện; Tứ Kỳ: 15 triệu đồng/năm trong ngân sách xã, thị trấn.",
  ["30 triệu", "15 triệu"])
Q("cross_plan", "Chỉ tiêu kỹ năng số năm 2030 của Thái Nguyên và Tứ Kỳ?", [(TN, T_KNS30), (TK, K_KNS30)],
  "Cả hai đều 85%, nhưng khác phạm vi: Thái Nguyên tính người dân từ 15 tuổi trở lên; Tứ Kỳ tính người dân từ 15 đến 60 tuổi.",
  ["85%", "15 tuổi trở lên", "15 đến 60 tuổi"])

# ================================================================ no_diacritics (4)
Q("no_diacritics", "so gd dt thai nguyen phai bao cao ubnd tinh truoc ngay nao", [(TN, T_GD3)],
  "Sở GD&ĐT Thái Nguyên tổng hợp, báo cáo UBND tỉnh và Bộ GD&ĐT kết quả thực hiện trước ngày 15/12 hằng năm.", ["15/12"])
Q("no_diacritics", "chi tieu gia dinh hoc tap nam 2030 cua huyen tu ky", [(TK, K_GD30)],
  "Đến năm 2030, 75% hộ gia đình ở Tứ Kỳ đạt danh hiệu “Gia đình học tập”.", ["75%"])
Q("no_diacritics", "kinh phi xhht xa hoang chau nam 2026 bao nhieu", [(H6, B_KP)],
  "420.000.000 đồng (ngân sách xã 300 triệu, ngân sách tỉnh qua MTQG nông thôn mới 80 triệu, xã hội hóa 40 triệu).",
  ["420.000.000"])
Q("no_diacritics", "ke hoach xhht tinh thai nguyen ban hanh kem theo quyet dinh so may", [(TN, T_KEM)],
  "Kế hoạch được ban hành kèm theo Quyết định số 2736/QĐ-UBND ngày 15/11/2024 của UBND tỉnh Thái Nguyên (bản kế hoạch không có số riêng).",
  ["2736/QĐ-UBND", "15/11/2024"])

# ================================================================ abbreviation (6)
Q("abbreviation", "Sở LĐ-TB&XH TN chủ trì những việc gì trong PL phân công?", [(TN, R[3]), (TN, R[13])],
  "Theo Phụ lục, Sở LĐ-TB&XH chủ trì: xây dựng Bộ tiêu chí “Doanh nghiệp học tập” (quý II/2025) và đào tạo nghề cho lao động nông thôn, lao động dân tộc thiểu số (hằng năm, 5.000 lượt lao động/năm).",
  ["Doanh nghiệp học tập", "5.000"])
Q("abbreviation", "Phòng TC-KH huyện TK làm gì?", [(TK, K_TC)],
  "Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách huyện hằng năm và hướng dẫn các xã, thị trấn sử dụng kinh phí đúng quy định.",
  ["dự toán ngân sách huyện"])
Q("abbreviation", "HKH tỉnh TN được giao những gì?", [(TN, T_KH), (TN, R[16])],
  "Hội Khuyến học tỉnh chủ trì đánh giá, công nhận “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” cấp thôn, xóm; phát triển quỹ khuyến học, khuyến tài; theo Phụ lục chủ trì biểu dương gia đình, dòng họ học tập tiêu biểu vào tháng 11/2027 và tháng 11/2030.",
  ["quỹ khuyến học", "tháng 11/2027"])
Q("abbreviation", "UBMTTQVN xã Hoằng Châu năm 2026 được đề nghị làm gì?", [(H6, B_MT)],
  "Chỉ đạo các tổ chức chính trị - xã hội trực thuộc vận động hội viên, đoàn viên tham gia học tập; giám sát việc thực hiện Kế hoạch.",
  ["giám sát"])
Q("abbreviation", "TTGDNN-GDTX huyện Tứ Kỳ có nhiệm vụ gì?", [(TK, K_GDNN)],
  "Tổ chức lớp bồi dưỡng tin học, ngoại ngữ, kỹ năng số cho người lao động; phối hợp dạy nghề tại Trung tâm học tập cộng đồng.",
  ["tin học", "ngoại ngữ"])
Q("abbreviation", "Sở TT&TT TN chủ trì việc gì, hạn khi nào?", [(TN, T_TT), (TN, R[4])],
  "Sở Thông tin và Truyền thông chỉ đạo thông tin cơ sở tuyên truyền; chủ trì xây dựng, vận hành nền tảng “Học tập mở Thái Nguyên”, hoàn thành quý IV/2025.",
  ["Học tập mở Thái Nguyên", "Quý IV/2025"])

# ================================================================ paraphrase (3)
Q("paraphrase", "Ở Tứ Kỳ ai lo việc mở lớp dạy nghề cho bà con nông thôn?", [(TK, K_LD)],
  "Phòng Lao động - Thương binh và Xã hội chủ trì đào tạo nghề cho lao động nông thôn, phối hợp Trung tâm GDNN-GDTX huyện mở 20 lớp đào tạo nghề/năm.",
  ["Phòng Lao động - Thương binh và Xã hội", "20 lớp"])
Q("paraphrase", "Năm 2026 xã Hoằng Châu định dạy cho người dân những nghề gì?", [(H6, B_LOP)],
  "Kỹ thuật nuôi ngao, nuôi tôm công nghệ cao, chế biến nước mắm truyền thống và hướng dẫn viên du lịch cộng đồng.",
  ["nuôi ngao", "nước mắm"])
Q("paraphrase", "Quyết định mới của Thái Nguyên bỏ văn bản cũ nào?", [(TN, T_D2)],
  "Quyết định 2736/QĐ-UBND có hiệu lực từ ngày ký và thay thế Quyết định số 1645/QĐ-UBND ngày 28/6/2022 ban hành Kế hoạch xây dựng xã hội học tập giai đoạn 2022 - 2025.",
  ["1645/QĐ-UBND"])

# ================================================================ english (25)
Q("english", "Which decision issued Thái Nguyên province's lifelong-learning plan for 2025-2030, and when?", [(TN, T_KEM)],
  "Decision No. 2736/QĐ-UBND of 15/11/2024 of the Thái Nguyên People's Committee; the plan itself has no number of its own.",
  ["2736", "15/11/2024"])
Q("english", "Who signed the Thái Nguyên decision?", [(TN, T_SIGN)],
  "Lương Đức Cảnh, Vice Chairman, signing for the Chairman of the provincial People's Committee.", ["Lương Đức Cảnh"])
Q("english", "What is the total budget of the Thái Nguyên plan?", [(TN, T_KP)],
  "68,500 million VND (68.500 triệu đồng) for 2025-2030.", ["68"])
Q("english", "How much does the national target programmes contribute to Thái Nguyên's plan?", [(TN, T_KPM)],
  "16,000 million VND (16.000 triệu đồng) integrated from the national target programmes.", ["16"])
Q("english", "What does the Thái Nguyên Department of Health have to do?", [(TN, R[7])],
  "Per the task-assignment appendix, the Department of Health (Sở Y tế) compiles primary health care materials for community learning centres, with the Department of Education, by Q3/2025 (Quý III/2025).",
  ["Sở Y tế", "III/2025"])
Q("english", "Which body leads the friendly-library model in 30 disadvantaged communes of Thái Nguyên, and by when?", [(TN, R[12])],
  "The Department of Culture, Sports and Tourism (Sở Văn hóa, Thể thao và Du lịch), by 2028; output: 30 library models.",
  ["Sở Văn hóa, Thể thao và Du lịch", "2028", "30"])
Q("english", "What role does Thai Nguyen University play?", [(TN, T_DH)],
  "The plan asks Đại học Thái Nguyên to provide open online courses for the “Học tập mở Thái Nguyên” platform and to train literacy teachers.",
  ["Đại học Thái Nguyên", "Học tập mở Thái Nguyên"])
Q("english", "How many rural workers will Thái Nguyên train in 2025-2030?", [(TN, T_NGHE)],
  "30,000 (30.000) training turns for rural and ethnic-minority workers over 2025-2030.", ["30"])
Q("english", "What is Thái Nguyên's 2025 digital-skills target?", [(TN, T_KNS25)],
  "60% of people aged 15 and over have basic digital skills by 2025.", ["60"])
Q("english", "When must the provincial mid-term review of the Thái Nguyên plan take place?", [(TN, T_SK), (TN, R[17])],
  "In Q4/2027 (quý IV/2027); the final review is in Q4/2030.", ["2027", "2030"])
Q("english", "What is the number and date of Tứ Kỳ district's plan?", [(TK, K_SO), (TK, K_DATE)],
  "Plan No. 73/KH-UBND dated 18/02/2025.", ["73", "18"])
Q("english", "Who signed the Tứ Kỳ plan?", [(TK, K_SIGN)],
  "Bùi Quang Thiều, Vice Chairman, on behalf of the district People's Committee.", ["Bùi Quang Thiều"])
Q("english", "How many vocational classes a year must Tứ Kỳ's labour office organise?", [(TK, K_LD)],
  "20 vocational training classes per year, with the district GDNN-GDTX centre.", ["20"])
Q("english", "What is Tứ Kỳ's learning-family target for 2025?", [(TK, K_Y25), (TK, K_GD25)],
  "62% of households are recognised as “Gia đình học tập” by 2025 (also 50% of clans and 55% of villages).", ["62"])
Q("english", "How many topics per year must each community learning centre in Tứ Kỳ hold?", [(TK, K_CD)],
  "At least 12 topics a year (lychee growing, livestock, aquaculture, law, digital skills).", ["12"])
Q("english", "Which vocational trades does Tứ Kỳ plan to teach?", [(TK, K_NGHE)],
  "Industrial sewing, household electrics and cage fish farming on the Thái Bình and Luộc rivers.", ["Thái Bình", "Luộc"])
Q("english", "What is the total 2025 budget of Hoằng Châu commune?", [(H5, A_KP)],
  "185,000,000 VND (185.000.000 đồng) for 2025.", ["185"])
Q("english", "What is Hoằng Châu's learning-family target for 2026?", [(H6, B_CT), (H6, B_GD)],
  "75% of households in 2026 (plan 27/KH-UBND).", ["75"])
Q("english", "What was Hoằng Châu's learning-family target for 2025?", [(H5, A_CT), (H5, A_GD)],
  "72% of households in 2025 (plan 09/KH-UBND).", ["72"])
Q("english", "Which communes were merged into the new Hoằng Châu commune?", [(H6, B_SX)],
  "Hoằng Châu, Hoằng Phong and Hoằng Trạch, from 01/7/2025.", ["Hoằng Phong", "Hoằng Trạch"])
Q("english", "Who signed Hoằng Châu's 2026 plan?", [(H6, B_SIGN)],
  "Trịnh Văn Sơn, Chairman of the commune People's Committee.", ["Trịnh Văn Sơn"])
Q("english", "Who signed plan 09/KH-UBND of Hoằng Châu?", [(H5, A_SIGN)],
  "Lê Đình Hoan, Chairman of the commune People's Committee (2025 plan).", ["Lê Đình Hoan"])
Q("english", "Where are the three village learning points of Hoằng Châu in 2026?", [(H6, B_DIEM)],
  "At the village cultural houses of Phong Mỹ, Trạch Tân and Châu Lộc, under the commune community learning centre.",
  ["Phong Mỹ", "Trạch Tân", "Châu Lộc"])
Q("english", "By when must village heads in Hoằng Châu send the list of households registering as learning families in 2025?", [(H5, A_THON)],
  "By 15/3/2025, to the commune Study Promotion Association.", ["15/3/2025"])
Q("english", "How many clan bookcases did Hoằng Châu plan to build in 2025?", [(H5, A_TS)],
  "8 clan bookcases (tủ sách dòng họ).", ["8"])

# ================================================================ follow_up (25)
Q("follow_up", "Còn năm 2030?", [(TN, T_Y30), (TN, T_BC30)],
  "Đến năm 2030: 99,6% người 15-35 tuổi và 99% người 15-60 tuổi đạt chuẩn biết chữ mức độ 2.", ["99,6%", "99%"],
  ["Tỷ lệ biết chữ mức độ 2 của Thái Nguyên năm 2025?", "99,1% (15-35 tuổi) và 98,4% (15-60 tuổi)."])
Q("follow_up", "Còn năm 2030?", [(TK, K_TT30)],
  "Đến năm 2030: 100% TTHTCĐ xếp loại Khá trở lên, trong đó 80% xếp loại Tốt.", ["80%"],
  ["Năm 2025 Tứ Kỳ muốn bao nhiêu % TTHTCĐ loại Tốt?", "65% (100% được đánh giá, xếp loại)."])
Q("follow_up", "Còn năm 2027 thì sao?", [(TK, K_KNS27)],
  "Đến năm 2027, 70% người dân từ 15 đến 60 tuổi có kỹ năng số cơ bản.", ["70%"],
  ["Chỉ tiêu kỹ năng số 2030 của Tứ Kỳ?", "85% người dân từ 15 đến 60 tuổi."])
Q("follow_up", "And for 2030?", [(TN, T_KNS30)],
  "85% of people aged 15 and over have basic digital skills by 2030.", ["85"],
  ["What is Thái Nguyên's 2025 digital-skills target?", "60% of people aged 15 and over."])
Q("follow_up", "Còn năm 2026?", [(H6, B_CT), (H6, B_DH)],
  "Năm 2026 (KH 27/KH-UBND): 30/46 dòng họ đạt “Dòng họ học tập”.", ["30/46"],
  ["Năm 2025 xã Hoằng Châu đặt chỉ tiêu dòng họ học tập bao nhiêu?", "12/18 dòng họ (KH 09/KH-UBND)."])
Q("follow_up", "Thế còn Sở Tài chính?", [(TN, T_TC), (TN, R[10])],
  "Sở Tài chính tham mưu bố trí kinh phí trong dự toán ngân sách hằng năm, hướng dẫn thanh, quyết toán; theo Phụ lục chủ trì hướng dẫn cơ chế huy động xã hội hóa cho TTHTCĐ (quý III/2025).",
  ["dự toán", "xã hội hóa", "Quý III/2025"],
  ["Sở Nội vụ Thái Nguyên làm gì?", "Bồi dưỡng cán bộ, công chức; hướng dẫn xây dựng “Đơn vị học tập”; bồi dưỡng kỹ năng số cho cán bộ cấp xã (2027); công nhận Đơn vị học tập cấp tỉnh."])
Q("follow_up", "Còn Phòng Nông nghiệp?", [(TK, K_NN)],
  "Phòng NN&PTNT huyện Tứ Kỳ phối hợp chuyển giao tiến bộ kỹ thuật trồng vải, nuôi trồng thủy sản cho người dân qua TTHTCĐ.",
  ["trồng vải", "thủy sản"],
  ["Phòng Văn hóa và Thông tin huyện Tứ Kỳ làm gì?", "Chỉ đạo tuyên truyền; gắn “Gia đình học tập” với “Gia đình văn hóa”; phát triển tủ sách nhà văn hóa thôn."])
Q("follow_up", "Còn Phòng Kinh tế?", [(H6, B_KT)],
  "Phòng Kinh tế xã tham mưu bố trí kinh phí, hướng dẫn thanh quyết toán và lồng ghép đào tạo nghề với Chương trình MTQG xây dựng nông thôn mới.",
  ["kinh phí", "nông thôn mới"],
  ["Năm 2026 Văn phòng HĐND và UBND xã Hoằng Châu làm gì?", "Cập nhật tin, bài về xã hội học tập trên Trang thông tin điện tử xã, mỗi tháng ít nhất 2 tin."])
Q("follow_up", "Thế còn Tỉnh đoàn?", [(TN, T_TD)],
  "Tỉnh đoàn Thái Nguyên tổ chức đội hình thanh niên tình nguyện hỗ trợ người dân học kỹ năng số.", ["thanh niên tình nguyện"],
  ["Liên đoàn Lao động tỉnh Thái Nguyên được đề nghị gì?", "Vận động đoàn viên công đoàn học tập nâng cao tay nghề; phối hợp công nhận Đơn vị học tập cấp tỉnh."])
Q("follow_up", "Vậy năm 2026 thì bao nhiêu?", [(H6, B_KP)],
  "Năm 2026: 420.000.000 đồng, trong đó ngân sách xã 300.000.000 đồng.", ["420.000.000"],
  ["Kinh phí năm 2025 của xã Hoằng Châu?", "185.000.000 đồng."])
Q("follow_up", "Trong đó ngân sách huyện bao nhiêu?", [(TK, K_KP)],
  "Ngân sách huyện 2.400 triệu đồng trên tổng 4.260 triệu đồng.", ["2.400"],
  ["Tổng kinh phí kế hoạch Tứ Kỳ?", "4.260 triệu đồng cho giai đoạn 2025-2030."])
Q("follow_up", "Ai ký?", [(TK, K_SIGN)],
  "KT. Chủ tịch, Phó Chủ tịch UBND huyện Bùi Quang Thiều.", ["Bùi Quang Thiều"],
  ["Kế hoạch XHHT huyện Tứ Kỳ số mấy?", "Kế hoạch số 73/KH-UBND ngày 18/02/2025."])
Q("follow_up", "And what is its number?", [(H6, B_SO)],
  "Plan No. 27/KH-UBND dated 20/01/2026.", ["27", "20/01/2026"],
  ["Who signed Hoằng Châu's 2026 plan?", "Trịnh Văn Sơn, Chairman."])
Q("follow_up", "Vậy kế hoạch năm 2025 của xã đó thì ai ký?", [(H5, A_SIGN)],
  "Kế hoạch 09/KH-UBND năm 2025 do Chủ tịch UBND xã Lê Đình Hoan ký.", ["Lê Đình Hoan"],
  ["Kế hoạch 2026 của xã Hoằng Châu ai ký?", "Chủ tịch UBND xã Trịnh Văn Sơn."])
Q("follow_up", "Còn ở Tứ Kỳ?", [(TK, K_TUAN)],
  "Tứ Kỳ hưởng ứng Tuần lễ học tập suốt đời từ ngày 01/10 đến ngày 07/10 hằng năm.", ["01/10", "07/10"],
  ["Xã Hoằng Châu năm 2026 tổ chức Tuần lễ học tập suốt đời khi nào?", "Từ ngày 01/10 đến ngày 07/10/2026."])
Q("follow_up", "Sản phẩm của việc đó là gì?", [(TN, R[14])],
  "Quyết định công nhận; UBND các huyện, thành phố chủ trì, hoàn thành tháng 12 hằng năm.", ["Quyết định công nhận"],
  ["Ai chủ trì đánh giá, xếp loại Cộng đồng học tập cấp xã ở Thái Nguyên?", "UBND các huyện, thành phố, phối hợp Sở GD&ĐT và Hội Khuyến học tỉnh."])
Q("follow_up", "Hạn hoàn thành khi nào?", [(TN, R[2])],
  "Tháng 6 hằng năm; sản phẩm là Cơ sở dữ liệu xóa mù chữ.", ["Tháng 6"],
  ["Việc điều tra số liệu người mù chữ ở Thái Nguyên do ai làm?", "Sở GD&ĐT chủ trì, phối hợp Ban Dân tộc tỉnh và UBND các huyện, thành phố."])
Q("follow_up", "Gửi cho ai, trước ngày nào?", [(TN, T_BQL)],
  "Ban Quản lý các khu công nghiệp tỉnh gửi danh sách doanh nghiệp đăng ký cho Sở Lao động - Thương binh và Xã hội trước ngày 30/6 hằng năm.",
  ["Sở Lao động - Thương binh và Xã hội", "30/6"],
  ["Ai tổng hợp danh sách doanh nghiệp đăng ký Doanh nghiệp học tập ở Thái Nguyên?", "Ban Quản lý các khu công nghiệp tỉnh."])
Q("follow_up", "How much of it comes from the commune budget?", [(H6, B_KP)],
  "300,000,000 VND (300.000.000 đồng) from the commune budget.", ["300"],
  ["What is Hoằng Châu's total 2026 budget?", "420,000,000 VND."])
Q("follow_up", "Còn Hội Liên hiệp Phụ nữ tỉnh?", [(TN, T_PN), (TN, R[16])],
  "Hội LHPN tỉnh (cùng Hội Nông dân tỉnh) vận động hội viên học tập tại TTHTCĐ; phối hợp với Hội Khuyến học tỉnh biểu dương gia đình, dòng họ học tập tiêu biểu (tháng 11/2027 và tháng 11/2030).",
  ["vận động hội viên", "biểu dương"],
  ["Tỉnh đoàn Thái Nguyên được đề nghị làm gì?", "Tổ chức đội hình thanh niên tình nguyện hỗ trợ người dân học kỹ năng số."])
# after a refused turn
Q("follow_up", "Vậy Sở Văn hóa, Thể thao và Du lịch thì sao?", [(TN, T_VH), (TN, R[12])],
  "Sở VH-TT&DL phát huy vai trò Thư viện tỉnh, Bảo tàng Văn hóa các dân tộc Việt Nam, nhà văn hóa xóm; gắn “Gia đình văn hóa” với “Gia đình học tập”; chủ trì mô hình “Thư viện thân thiện” tại 30 xã vùng khó khăn (năm 2028).",
  ["Thư viện tỉnh", "Thư viện thân thiện", "2028"],
  ["Báo Thái Nguyên có nhiệm vụ gì trong kế hoạch XHHT của tỉnh?", REFUSE])
Q("follow_up", "Thế còn huyện Tứ Kỳ thì chỉ tiêu gia đình học tập năm 2030 là bao nhiêu?", [(TK, K_GD30)],
  "Tứ Kỳ: 75% hộ gia đình đạt “Gia đình học tập” vào năm 2030.", ["75%"],
  ["Huyện Gia Lộc đặt chỉ tiêu gia đình học tập năm 2030 bao nhiêu?", REFUSE])
Q("follow_up", "Vậy Công an tỉnh thì sao?", [(TN, R[8])],
  "Công an tỉnh chủ trì phổ biến, giáo dục pháp luật về phòng, chống ma túy, an ninh trật tự qua TTHTCĐ, hằng năm (theo Phụ lục).",
  ["ma túy"],
  ["Bộ Chỉ huy Quân sự tỉnh Thái Nguyên được giao gì?", REFUSE])
Q("follow_up", "Vậy chỉ tiêu năm 2026 của xã Hoằng Châu về tủ sách?", [(H6, B_TS)],
  "Năm 2026: 100% thôn có tủ sách cộng đồng.", ["100%"],
  ["Năm 2027 xã Hoằng Châu đặt chỉ tiêu tủ sách thế nào?", REFUSE])
Q("follow_up", "Còn Trường THCS thì làm gì năm 2025?", [(H5, A_TRUONG)],
  "Năm 2025, Trường Mầm non, Tiểu học, THCS Hoằng Châu phối hợp dạy lớp sau biết chữ và cử giáo viên báo cáo chuyên đề tại TTHTCĐ.",
  ["lớp sau biết chữ"],
  ["Trạm Y tế xã Hoằng Châu năm 2025 có nhiệm vụ gì?", REFUSE])

# ================================================================ unanswerable (30)
U("Kế hoạch XHHT của huyện Đại Từ giao Phòng GD&ĐT làm gì?", REFUSE)
U("Tỉnh Hải Dương đặt chỉ tiêu gia đình học tập năm 2030 bao nhiêu?", REFUSE)
U("Kế hoạch năm 2025 của huyện Hoằng Hóa có tổng kinh phí bao nhiêu?", REFUSE)
U("Tỉnh Thanh Hóa đặt chỉ tiêu kỹ năng số năm 2026 thế nào?", REFUSE)
U("Xã Hoằng Phong năm 2025 có kế hoạch XHHT số mấy?", REFUSE)
U("Huyện Gia Lộc phân công Hội Khuyến học huyện nhiệm vụ gì?", REFUSE)
U("Tỉnh Bắc Kạn đặt chỉ tiêu Cộng đồng học tập cấp huyện bao nhiêu?", REFUSE)
U("Chỉ tiêu gia đình học tập năm 2028 của Thái Nguyên là bao nhiêu?", REFUSE)
U("Tứ Kỳ đặt chỉ tiêu kỹ năng số năm 2025 bao nhiêu?", REFUSE)
U("Chỉ tiêu năm 2027 của xã Hoằng Châu về Cộng đồng học tập?", REFUSE)
U("Sản phẩm của nhiệm vụ phổ biến pháp luật về phòng chống ma túy do Công an tỉnh Thái Nguyên chủ trì là gì?", REFUSE)
U("Hiện nay Thái Nguyên có bao nhiêu người mù chữ?", REFUSE)
U("Năm 2024 xã Hoằng Châu đã có bao nhiêu hộ đạt gia đình học tập?", REFUSE)
U("Sở, ngành nào của Thái Nguyên không hoàn thành nhiệm vụ trong Phụ lục thì bị xử lý thế nào?", REFUSE)
U("Xã nào ở Tứ Kỳ không đạt chỉ tiêu thì có bị cắt thi đua không?", REFUSE)
U("Nền tảng Học tập mở Thái Nguyên được cấp bao nhiêu tiền?", REFUSE)
U("Trong 4.260 triệu của Tứ Kỳ, bao nhiêu dành cho phong trào Bình dân học vụ số?", REFUSE)
U("Lớp nuôi tôm công nghệ cao năm 2026 của xã Hoằng Châu được chi bao nhiêu?", REFUSE)
U("Báo Thái Nguyên và Đài PT-TH tỉnh có nhiệm vụ gì trong kế hoạch XHHT?", REFUSE)
U("Thường trực Tỉnh ủy Thái Nguyên được giao nhiệm vụ gì trong kế hoạch?", REFUSE)
U("Bộ GD&ĐT có nhiệm vụ gì trong kế hoạch của tỉnh Thái Nguyên?", REFUSE)
U("Phòng Y tế huyện Tứ Kỳ làm gì trong kế hoạch?", REFUSE)
U("Trạm Y tế xã Hoằng Châu năm 2026 có nhiệm vụ gì?", REFUSE)
U("Ai ký Kế hoạch 2194/KH-UBND của tỉnh Hải Dương?", REFUSE)
U("Kế hoạch 318/KH-UBND của tỉnh Thanh Hóa do ai ký?", REFUSE)
U("What literacy target does Hải Dương province set for 2030?", REFUSE_EN)
U("How many people in Hoằng Châu are illiterate today?", REFUSE_EN)
U("What does the Thái Nguyên Radio and Television station have to do?", REFUSE_EN)
U("And in 2029?", REFUSE_EN,
  ["What is Tứ Kỳ's learning-family target for 2027?", "68% of households."])
U("Vậy giá ngao thương phẩm năm nay bao nhiêu?", REFUSE,
  ["Năm 2026 xã Hoằng Châu mở lớp gì cho ngư dân?", "Lớp kỹ thuật nuôi ngao, nuôi tôm công nghệ cao, chế biến nước mắm truyền thống, hướng dẫn viên du lịch cộng đồng."])


def main():
    for i, q in enumerate(QS, 1):
        q["id"] = f"h21-{i:03d}"
    with open(OUT, "w", encoding="utf-8") as f:
        for q in QS:
            f.write(unicodedata.normalize("NFC", json.dumps(q, ensure_ascii=False)) + "\n")
    counts = {}
    for q in QS:
        counts[q["type"]] = counts.get(q["type"], 0) + 1
    print(len(QS), dict(sorted(counts.items())), "->", OUT)


if __name__ == "__main__":
    main()
