"""Set 38 questions (newplans38.jsonl), written by hand on the two plans38/ files and the five bundled plans.

    python eval/sets/src38/questions_src38.py

Refuses to write if a span is not in its plan as check_sets.py extracts it (after FORMAT.md's normalisation), a key
fact is missing from its answer or from every span it cites, a type is below its minimum, or an unanswerable
question's probe (an accent-free regex) matches the plans it is checked against.
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = os.path.dirname(HERE)
sys.path.insert(0, SETS)
import check_sets  # noqa: E402

SL = "laocai_2185-QD-UBND_2025.docx"
PT = "phanthiet_58-KH-UBND_2026.pdf"
HUE = "000_4550be4bb11189cd.txt"
MYLOC = "001_7bafa58816a5de75.txt"
HN = "002_797e8de6131c77f9.txt"
CT = "003_1a817ee72b993e3e.txt"
AL = "004_b1b28019b71edc03.txt"
ALL = [SL, PT, HUE, MYLOC, HN, CT, AL]
MIN = {"agency_tasks": 12, "target": 10, "deadline": 7, "funding": 6, "legal_basis": 4, "purpose": 3,
       "task_section": 4, "cross_plan": 5, "no_diacritics": 6, "abbreviation": 5, "paraphrase": 4, "english": 14,
       "follow_up": 14, "unanswerable": 25}

Q = []


def q(type_, question, ev, answer, kf, history=None, probe=None):
    """ev: list of (doc, span); probe: (regex, [docs]) for unanswerable questions."""
    Q.append(dict(type=type_, question=question, ev=ev, answer=answer, kf=kf, history=history or [], probe=probe))


def h(*turns):
    out = []
    for i, t in enumerate(turns):
        out.append({"role": "user" if i % 2 == 0 else "assistant", "content": t})
    return out


# SL spans (docx, read with check_sets' plans38 reader: the caps titles in capitals, merged cells once)
SL_GD1 = "Là cơ quan thường trực, chủ trì, phối hợp với các sở, ban, ngành, Ủy ban nhân dân các xã, phường triển khai thực hiện Kế hoạch."
SL_GD2 = "Chủ trì mở các lớp xóa mù chữ, sau xóa mù chữ; hướng dẫn đánh giá, xếp loại trung tâm học tập cộng đồng hằng năm."
SL_GD3 = "Tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh và Bộ Giáo dục và Đào tạo trước ngày 15/12 hằng năm; tham mưu sơ kết giữa kỳ vào quý IV/2028 và tổng kết vào quý IV/2030."
SL_NV1 = "Ban hành hướng dẫn đánh giá, công nhận danh hiệu “Đơn vị học tập” trong quý I/2026."
SL_NV2 = "Chủ trì thực hiện chỉ tiêu lao động qua đào tạo; gắn đào tạo nghề với giải quyết việc làm cho thanh niên dân tộc thiểu số."
SL_TC1 = "Chủ trì, phối hợp với Sở Giáo dục và Đào tạo tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách tỉnh hằng năm."
SL_TC2 = "Hướng dẫn các cơ quan, đơn vị quản lý, sử dụng và thanh quyết toán kinh phí theo quy định."
SL_VH1 = "Chủ trì xây dựng tủ sách cộng đồng tại thôn, bản; phát triển thư viện tỉnh theo hướng thư viện số."
SL_VH2 = "Hướng dẫn xây dựng “Cộng đồng học tập” gắn với phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”."
SL_KH1 = "Chủ trì xây dựng nền tảng học tập trực tuyến “Lào Cai học tập số”, hoàn thành và đưa vào vận hành trước ngày 30/9/2026."
SL_KH2 = "Hướng dẫn phổ cập kỹ năng số cơ bản cho người dân thông qua các tổ công nghệ số cộng đồng."
SL_DT1 = "Phối hợp tuyên truyền, vận động đồng bào dân tộc thiểu số tham gia học tập; phát huy vai trò người có uy tín trong cộng đồng."
SL_DT2 = "Chủ trì bồi dưỡng kiến thức pháp luật, kỹ năng sống cho người dân tộc thiểu số trong độ tuổi lao động."
SL_YT = "Lồng ghép nội dung chăm sóc sức khỏe ban đầu, dinh dưỡng trẻ em vào chương trình hoạt động của trung tâm học tập cộng đồng."
SL_NN = "Phối hợp với trung tâm học tập cộng đồng tổ chức chuyển giao khoa học kỹ thuật, mỗi năm ít nhất 120 lớp tập huấn cho nông dân."
SL_BAO = "Duy trì chuyên mục “Lào Cai học tập suốt đời”; sản xuất chương trình bằng tiếng Mông, tiếng Dao."
SL_CA = "Tổ chức học tập, bồi dưỡng nâng cao trình độ cho cán bộ, chiến sĩ; phối hợp tuyên truyền pháp luật tại các bản vùng cao, biên giới."
SL_QS = "Phối hợp mở lớp xóa mù chữ cho thanh niên trước khi nhập ngũ; xây dựng “Đơn vị học tập” trong lực lượng vũ trang tỉnh."
SL_MT = "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chỉ đạo các tổ chức thành viên vận động hội viên, đoàn viên tham gia học tập suốt đời."
SL_KHH = "Đề nghị Hội Khuyến học tỉnh chủ trì đánh giá, công nhận “Gia đình học tập”, “Dòng họ học tập”; vận động xây dựng Quỹ khuyến học ở các xã, phường."
SL_XA1 = "Xây dựng kế hoạch thực hiện trên địa bàn; bố trí ngân sách cấp xã cho trung tâm học tập cộng đồng."
SL_XA2 = "Báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 30/11 hằng năm."
SL_HDR = "STT Chỉ tiêu Lộ trình thực hiện Cơ quan chủ trì Năm 2026 Năm 2028 Năm 2030"
SL_R = {
    1: "1 Tỷ lệ hộ gia đình được công nhận danh hiệu “Gia đình học tập” 65% 72% 80% Hội Khuyến học tỉnh",
    2: "2 Tỷ lệ dòng họ được công nhận danh hiệu “Dòng họ học tập” 50% 60% 70% Hội Khuyến học tỉnh",
    3: "3 Tỷ lệ thôn, bản, tổ dân phố được công nhận danh hiệu “Cộng đồng học tập” 45% 55% 65% Sở Văn hóa, Thể thao và Du lịch",
    4: "4 Tỷ lệ cơ quan, đơn vị được công nhận danh hiệu “Đơn vị học tập” 70% 80% 90% Sở Nội vụ",
    5: "5 Tỷ lệ người từ 15 đến 60 tuổi đạt chuẩn biết chữ mức độ 2 93% 95% 97% Sở Giáo dục và Đào tạo",
    6: "6 Tỷ lệ lao động qua đào tạo 58% 63% 70% Sở Nội vụ",
    7: "7 Tỷ lệ người dân trong độ tuổi lao động được trang bị kỹ năng số cơ bản 50% 65% 80% Sở Khoa học và Công nghệ",
    8: "8 Tỷ lệ trung tâm học tập cộng đồng xếp loại tốt 40% 50% 60% Sở Giáo dục và Đào tạo",
    9: "9 Tỷ lệ người dân tộc thiểu số trong độ tuổi lao động được bồi dưỡng kiến thức pháp luật, kỹ năng sống 45% 55% 65% Sở Dân tộc và Tôn giáo",
    10: "10 Số tủ sách cộng đồng tại thôn, bản (lũy kế) 150 300 500 Sở Văn hóa, Thể thao và Du lịch",
}
SL_PROSE = "Ngoài các chỉ tiêu tại Bảng 1, phấn đấu mỗi năm mở ít nhất 150 lớp xóa mù chữ và sau xóa mù chữ cho người dân tộc thiểu số; đến năm 2030, 100% trung tâm học tập cộng đồng có kết nối Internet và ít nhất 75% số xã, phường có điểm học tập số phục vụ người dân."
SL_FUND1 = "1. Tổng kinh phí thực hiện Kế hoạch giai đoạn 2026 - 2030 dự kiến 36.500 triệu đồng, trong đó: ngân sách tỉnh 21.000 triệu đồng; ngân sách cấp xã 9.500 triệu đồng; nguồn xã hội hóa và các nguồn hợp pháp khác 6.000 triệu đồng."
SL_FUND2 = "2. Ngân sách tỉnh hỗ trợ mỗi trung tâm học tập cộng đồng 30 triệu đồng/năm để mua sắm tài liệu, thiết bị học tập; kinh phí xây dựng nền tảng “Lào Cai học tập số” là 2.800 triệu đồng, bố trí trong năm 2026 và năm 2027."
SL_FUND3 = "3. Kinh phí thực hiện được bố trí trong dự toán chi thường xuyên của các cơ quan, đơn vị và địa phương theo phân cấp ngân sách hiện hành; lồng ghép với Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi."
SL_ATTACH = "(Ban hành kèm theo Quyết định số 2185/QĐ-UBND ngày 19 tháng 12 năm 2025 của Ủy ban nhân dân tỉnh Lào Cai)"
SL_NO = "Số: 2185/QĐ-UBND"
SL_DATE = "Lào Cai, ngày 19 tháng 12 năm 2025"
SL_SIGN = "- Lưu: VT, KGVX. Đinh Quang Tuấn"
SL_SIGNCAP = "KT. CHỦ TỊCH - TT Tỉnh ủy, TT HĐND tỉnh (b/c); PHÓ CHỦ TỊCH"
SL_SIGNER = "Đinh Quang Tuấn"
SL_D1 = "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch xây dựng xã hội học tập tỉnh Lào Cai giai đoạn 2026 - 2030."
SL_D2 = "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."
SL_D3 = "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các sở, ban, ngành; Chủ tịch Ủy ban nhân dân các xã, phường; Giám đốc Kho bạc Nhà nước khu vực IX và Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./."
SL_CC1 = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"
SL_CC2 = "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”;"
SL_CC3 = "Căn cứ Nghị quyết số 14-NQ/TU ngày 22 tháng 8 năm 2025 của Ban Thường vụ Tỉnh ủy về đẩy mạnh học tập suốt đời trong vùng đồng bào dân tộc thiểu số tỉnh Lào Cai đến năm 2030;"
SL_CC4 = "Theo đề nghị của Giám đốc Sở Giáo dục và Đào tạo tại Tờ trình số 318/TTr-SGDĐT ngày 08 tháng 12 năm 2025."
SL_MD1 = "Cụ thể hóa Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ và Nghị quyết số 14-NQ/TU ngày 22 tháng 8 năm 2025 của Ban Thường vụ Tỉnh ủy, tạo cơ hội cho mọi người dân, nhất là đồng bào dân tộc thiểu số ở vùng sâu, vùng xa, được học tập suốt đời."
SL_MD2 = "Phát triển mạng lưới trung tâm học tập cộng đồng, tủ sách cộng đồng tại thôn, bản; nâng cao năng lực số cho người dân, góp phần phát triển nguồn nhân lực phục vụ phát triển kinh tế - xã hội của tỉnh."
SL_MD3 = "Đẩy mạnh phong trào khuyến học, khuyến tài và xây dựng các mô hình “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập”, “Đơn vị học tập”."
SL_MTC = "Xây dựng xã hội học tập tỉnh Lào Cai theo hướng mọi người dân được học tập thường xuyên, học tập suốt đời; thu hẹp khoảng cách về cơ hội học tập giữa vùng thấp và vùng cao, giữa đồng bào dân tộc thiểu số và các nhóm dân cư khác."
SL_TT1 = "Tuyên truyền bằng tiếng Mông, tiếng Dao trên sóng phát thanh, truyền hình và hệ thống loa truyền thanh cơ sở; duy trì chuyên mục “Lào Cai học tập suốt đời” mỗi tháng 02 kỳ."
SL_TUANLE = "Tổ chức Tuần lễ hưởng ứng học tập suốt đời từ ngày 01/10 đến ngày 07/10 hằng năm."
SL_III2 = "Củng cố 200 trung tâm học tập cộng đồng; đổi mới nội dung hoạt động gắn với chuyển giao kỹ thuật trồng cây ăn quả, chè, quế và chăn nuôi."
SL_III3 = "3. Xóa mù chữ và nâng cao kỹ năng cho đồng bào dân tộc thiểu số - Mở các lớp xóa mù chữ, sau xóa mù chữ, lớp tiếng Việt cho người dân tộc thiểu số; bồi dưỡng kiến thức pháp luật, kỹ năng sống gắn với phong tục tập quán tốt đẹp."
SL_III4 = "4. Chuyển đổi số trong xây dựng xã hội học tập - Xây dựng nền tảng học tập trực tuyến “Lào Cai học tập số” với ít nhất 300 bài giảng điện tử song ngữ Việt - Mông, Việt - Dao đến năm 2030."
SL_VI = "Các sở, ban, ngành và Ủy ban nhân dân các xã, phường báo cáo kết quả định kỳ 06 tháng (trước ngày 15/6) và hằng năm về Sở Giáo dục và Đào tạo để tổng hợp."
SL_H1 = "I. MỤC ĐÍCH, YÊU CẦU 1. Mục đích - " + SL_MD1
SL_VIH = "VI. CHẾ ĐỘ BÁO CÁO " + SL_VI
SL_FUND1H = "IV. KINH PHÍ THỰC HIỆN " + SL_FUND1

# PT spans (pypdf text, lines joined by norm)
PT_NO = "Số: 58/KH-UBND Phan Thiết, ngày 06 tháng 4 năm 2026"
PT_TITLE = "Xây dựng xã hội học tập trên địa bàn phường Phan Thiết năm 2026 và định hướng đến năm 2028"
PT_SIGN = "Huỳnh Minh Tâm"
PT_SIGNCAP = "Nơi nhận: TM. ỦY BAN NHÂN DÂN - UBND tỉnh Lâm Đồng (b/c); CHỦ TỊCH"
PT_CC = "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”; Kế hoạch số 402/KH-UBND ngày 15 tháng 12 năm 2025 của Ủy ban nhân dân tỉnh Lâm Đồng về xây dựng xã hội học tập giai đoạn 2026 - 2030; Nghị quyết số 09-NQ/ĐU ngày 20 tháng 01 năm 2026 của Ban Chấp hành Đảng bộ phường về nhiệm vụ năm 2026"
PT_MD1 = "Tạo điều kiện để mọi người dân trên địa bàn phường, nhất là ngư dân, lao động trong ngành du lịch và người cao tuổi, được học tập thường xuyên, học tập suốt đời."
PT_MD2 = "Phát huy vai trò của trung tâm học tập cộng đồng, nhà văn hóa khu phố và các cơ sở giáo dục trong xây dựng xã hội học tập gắn với phát triển đô thị biển."
PT_GD26 = "82% hộ gia đình đạt danh hiệu “Gia đình học tập”."
PT_KP26 = "20/24 khu phố đạt danh hiệu “Cộng đồng học tập”."
PT_DV26 = "90% cơ quan, đơn vị trên địa bàn phường đạt danh hiệu “Đơn vị học tập”."
PT_NGU = "600 lượt ngư dân được bồi dưỡng kiến thức an toàn hàng hải và khai thác thủy sản bền vững."
PT_SO26 = "70% người dân trong độ tuổi lao động được hướng dẫn kỹ năng số cơ bản."
PT_ANH26 = "Mở 08 lớp tiếng Anh giao tiếp cho người lao động ngành du lịch, dịch vụ."
PT_H26 = "1. Chỉ tiêu năm 2026"
PT_Y27 = "Năm 2027: 85% hộ gia đình đạt danh hiệu “Gia đình học tập”; 22/24 khu phố đạt danh hiệu “Cộng đồng học tập”."
PT_Y28 = "Năm 2028: 88% hộ gia đình đạt danh hiệu “Gia đình học tập”; 24/24 khu phố đạt danh hiệu “Cộng đồng học tập”; 85% người dân trong độ tuổi lao động có kỹ năng số cơ bản."
PT_NH_A = "tổ chức Ngày hội học tập suốt đời của phường vào ngày"
PT_NH_B = "03/10/2026. 2. Nâng cao chất lượng hoạt động của trung tâm học tập cộng đồng"
PT_CD = "Mỗi năm tổ chức ít nhất 36 chuyên đề tại trung tâm học tập cộng đồng về nghề biển, chế biến hải sản, du lịch cộng đồng và chăm sóc sức khỏe người cao tuổi."
PT_III3 = "3. Học tập gắn với kinh tế biển và du lịch - Phối hợp với các doanh nghiệp du lịch mở lớp tiếng Anh giao tiếp, kỹ năng phục vụ khách du lịch; bồi dưỡng ngư dân về an toàn hàng hải, chống khai thác hải sản bất hợp pháp (IUU)."
PT_III4 = "4. Chuyển đổi số - Duy trì 24 tổ công nghệ số cộng đồng tại 24 khu phố; hướng dẫn người dân sử dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt."
PT_FUND = "Tổng kinh phí năm 2026 là 1.150 triệu đồng, gồm: ngân sách phường 720 triệu đồng; nguồn xã hội hóa 430 triệu đồng."
PT_FUND2 = "Trong đó hỗ trợ trung tâm học tập cộng đồng phường 150 triệu đồng; kinh phí các lớp tiếng Anh giao tiếp 96 triệu đồng (12 triệu đồng/lớp)."
PT_VH1 = "Là cơ quan thường trực, tham mưu Ủy ban nhân dân phường chỉ đạo, theo dõi, đôn đốc thực hiện Kế hoạch."
PT_VH2 = "Chủ trì tổ chức Ngày hội học tập suốt đời của phường; tổng hợp kết quả, báo cáo Ủy ban nhân dân phường trước ngày 10/12/2026."
PT_VP1 = "Chủ trì đánh giá, công nhận danh hiệu “Đơn vị học tập” đối với các cơ quan, đơn vị trên địa bàn phường."
PT_VP2 = "Đăng tải Kế hoạch và các tài liệu tuyên truyền trên Cổng thông tin điện tử phường."
PT_KT1 = "Tham mưu bố trí kinh phí thực hiện Kế hoạch; hướng dẫn thanh quyết toán theo quy định."
PT_KT2 = "Phối hợp với các doanh nghiệp du lịch tổ chức lớp tiếng Anh giao tiếp, hoàn thành 08 lớp trước ngày 30/11/2026."
PT_HCC = "Hướng dẫn người dân sử dụng dịch vụ công trực tuyến; phối hợp với các tổ công nghệ số cộng đồng phổ cập kỹ năng số."
PT_HT = "Xây dựng chương trình hoạt động năm 2026, hoàn thành trước ngày 30/4/2026; tổ chức ít nhất 36 chuyên đề trong năm."
PT_TR = "Xây dựng “Đơn vị học tập”; phối hợp với trung tâm học tập cộng đồng mở lớp kỹ năng sống, kỹ năng phòng chống đuối nước cho học sinh trước ngày 31/5/2026."
PT_CA = "Tuyên truyền pháp luật về an ninh trật tự, phòng chống lừa đảo qua mạng cho người dân; xây dựng “Đơn vị học tập” trong Công an phường."
PT_QS = "Phối hợp bồi dưỡng kiến thức quốc phòng, an ninh cho ngư dân và lực lượng dân quân biển."
PT_YT = "Phối hợp với trung tâm học tập cộng đồng tổ chức chuyên đề chăm sóc sức khỏe người cao tuổi, sơ cấp cứu trên biển."
PT_MT = "Vận động hội viên, đoàn viên tham gia học tập; Hội Liên hiệp Phụ nữ phường chủ trì xây dựng mô hình “Gia đình học tập”; Đoàn Thanh niên phường hỗ trợ người cao tuổi sử dụng điện thoại thông minh."
PT_KHH = "Chủ trì đánh giá, công nhận danh hiệu “Gia đình học tập”, “Cộng đồng học tập”; vận động quỹ khuyến học với mục tiêu 250 triệu đồng năm 2026."
PT_KP = "Tuyên truyền, vận động hộ gia đình đăng ký danh hiệu “Gia đình học tập”; báo cáo kết quả về Phòng Văn hóa - Xã hội trước ngày 20/11/2026."
PT_VI = "Các đơn vị báo cáo sơ kết 06 tháng trước ngày 15/6/2026 và báo cáo năm trước ngày 25/11/2026 về Phòng Văn hóa - Xã hội để tổng hợp."

# bundled spans
HUE_TT = "Là cơ quan thường trực; chủ trì, phối hợp với các cơ quan, tổ chức, đơn vị, địa phương liên quan để tổ chức thực hiện Kế hoạch."
HUE_SIGN = "Nguyễn Thanh Bình"
SL_GD1H = "1. Sở Giáo dục và Đào tạo - " + SL_GD1
PT_VH1H = "1. Phòng Văn hóa - Xã hội - " + PT_VH1
SL_QSH = "11. Bộ Chỉ huy Quân sự tỉnh - " + SL_QS
PT_KPH = "12. Trưởng khu phố các khu phố - " + PT_KP
PT_YTH = "9. Trạm Y tế phường - " + PT_YT
HN_TT = "Là cơ quan thường trực, giúp Ủy ban nhân dân Thành phố tổ chức triển khai thực hiện Kế hoạch"
HN_SIGN = "Vũ Thu Hà"
AL_UP = "Thực hiện Kế hoạch số 108 /KH-UBND ngày 06/5/2025 của Ủy ban nhân dân thành phố Hải Phòng"
CT_SIGN = "Nguyễn Thực Hiện"

# ---------------- agency_tasks (12)
q("agency_tasks", "Trong Kế hoạch xây dựng xã hội học tập tỉnh Lào Cai giai đoạn 2026 - 2030, Sở Giáo dục và Đào tạo được giao những nhiệm vụ gì?",
  [(SL, SL_GD1), (SL, SL_GD2), (SL, SL_GD3)],
  "Sở Giáo dục và Đào tạo: (1) “Là cơ quan thường trực, chủ trì, phối hợp với các sở, ban, ngành, Ủy ban nhân dân các xã, phường triển khai thực hiện Kế hoạch”; (2) chủ trì mở các lớp xóa mù chữ, sau xóa mù chữ; hướng dẫn đánh giá, xếp loại trung tâm học tập cộng đồng hằng năm; (3) tổng hợp kết quả, báo cáo UBND tỉnh và Bộ Giáo dục và Đào tạo trước ngày 15/12 hằng năm; tham mưu sơ kết giữa kỳ vào quý IV/2028 và tổng kết vào quý IV/2030.",
  ["cơ quan thường trực", "xóa mù chữ", "15/12", "quý IV/2028", "quý IV/2030"])
q("agency_tasks", "Sở Nội vụ tỉnh Lào Cai có nhiệm vụ gì trong kế hoạch xây dựng xã hội học tập?",
  [(SL, SL_NV1), (SL, SL_NV2)],
  "Sở Nội vụ: ban hành hướng dẫn đánh giá, công nhận danh hiệu “Đơn vị học tập” trong quý I/2026; chủ trì thực hiện chỉ tiêu lao động qua đào tạo, gắn đào tạo nghề với giải quyết việc làm cho thanh niên dân tộc thiểu số.",
  ["Đơn vị học tập", "quý I/2026", "lao động qua đào tạo"])
q("agency_tasks", "Sở Tài chính Lào Cai phải làm gì để thực hiện kế hoạch XHHT 2026-2030?",
  [(SL, SL_TC1), (SL, SL_TC2)],
  "Sở Tài chính chủ trì, phối hợp với Sở Giáo dục và Đào tạo tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách tỉnh hằng năm; hướng dẫn các cơ quan, đơn vị quản lý, sử dụng và thanh quyết toán kinh phí theo quy định.",
  ["dự toán ngân sách tỉnh", "thanh quyết toán"])
q("agency_tasks", "Nhiệm vụ của Sở Văn hóa, Thể thao và Du lịch trong Kế hoạch xây dựng xã hội học tập tỉnh Lào Cai là gì?",
  [(SL, SL_VH1), (SL, SL_VH2)],
  "Sở Văn hóa, Thể thao và Du lịch chủ trì xây dựng tủ sách cộng đồng tại thôn, bản; phát triển thư viện tỉnh theo hướng thư viện số; hướng dẫn xây dựng “Cộng đồng học tập” gắn với phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”.",
  ["tủ sách cộng đồng", "thư viện số", "Cộng đồng học tập"])
q("agency_tasks", "Sở Khoa học và Công nghệ Lào Cai được giao gì trong kế hoạch?",
  [(SL, SL_KH1), (SL, SL_KH2)],
  "Sở Khoa học và Công nghệ chủ trì xây dựng nền tảng học tập trực tuyến “Lào Cai học tập số”, hoàn thành và đưa vào vận hành trước ngày 30/9/2026; hướng dẫn phổ cập kỹ năng số cơ bản cho người dân thông qua các tổ công nghệ số cộng đồng.",
  ["Lào Cai học tập số", "30/9/2026", "tổ công nghệ số cộng đồng"])
q("agency_tasks", "Sở Dân tộc và Tôn giáo tỉnh Lào Cai có trách nhiệm gì trong kế hoạch xã hội học tập?",
  [(SL, SL_DT1), (SL, SL_DT2)],
  "Sở Dân tộc và Tôn giáo phối hợp tuyên truyền, vận động đồng bào dân tộc thiểu số tham gia học tập, phát huy vai trò người có uy tín trong cộng đồng; chủ trì bồi dưỡng kiến thức pháp luật, kỹ năng sống cho người dân tộc thiểu số trong độ tuổi lao động.",
  ["người có uy tín", "kiến thức pháp luật, kỹ năng sống"])
q("agency_tasks", "Hội Khuyến học tỉnh Lào Cai được đề nghị làm gì?",
  [(SL, SL_KHH)],
  "Kế hoạch đề nghị Hội Khuyến học tỉnh chủ trì đánh giá, công nhận “Gia đình học tập”, “Dòng họ học tập”; vận động xây dựng Quỹ khuyến học ở các xã, phường.",
  ["Gia đình học tập", "Dòng họ học tập", "Quỹ khuyến học"])
q("agency_tasks", "Theo Kế hoạch 58/KH-UBND của phường Phan Thiết, Phòng Văn hóa - Xã hội có nhiệm vụ gì?",
  [(PT, PT_VH1), (PT, PT_VH2)],
  "Phòng Văn hóa - Xã hội “Là cơ quan thường trực”, tham mưu UBND phường chỉ đạo, theo dõi, đôn đốc thực hiện Kế hoạch; chủ trì tổ chức Ngày hội học tập suốt đời của phường; tổng hợp kết quả, báo cáo UBND phường trước ngày 10/12/2026.",
  ["cơ quan thường trực", "Ngày hội học tập suốt đời", "10/12/2026"])
q("agency_tasks", "Văn phòng HĐND và UBND phường Phan Thiết phụ trách những việc gì trong kế hoạch xây dựng xã hội học tập năm 2026?",
  [(PT, PT_VP1), (PT, PT_VP2)],
  "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường chủ trì đánh giá, công nhận danh hiệu “Đơn vị học tập” đối với các cơ quan, đơn vị trên địa bàn phường và đăng tải Kế hoạch, tài liệu tuyên truyền trên Cổng thông tin điện tử phường.",
  ["Đơn vị học tập", "Cổng thông tin điện tử phường"])
q("agency_tasks", "Phòng Kinh tế, Hạ tầng và Đô thị phường Phan Thiết làm gì trong kế hoạch này?",
  [(PT, PT_KT1), (PT, PT_KT2)],
  "Phòng Kinh tế, Hạ tầng và Đô thị tham mưu bố trí kinh phí thực hiện Kế hoạch, hướng dẫn thanh quyết toán; phối hợp với các doanh nghiệp du lịch tổ chức lớp tiếng Anh giao tiếp, hoàn thành 08 lớp trước ngày 30/11/2026.",
  ["bố trí kinh phí", "tiếng Anh giao tiếp", "08 lớp", "30/11/2026"])
q("agency_tasks", "Hội Liên hiệp Phụ nữ phường Phan Thiết được giao việc gì?",
  [(PT, PT_MT)],
  "Hội LHPN phường chỉ được nêu trong mục 10 (Đề nghị Ủy ban MTTQ Việt Nam phường và các tổ chức chính trị - xã hội): “Hội Liên hiệp Phụ nữ phường chủ trì xây dựng mô hình “Gia đình học tập””.",
  ["chủ trì xây dựng mô hình", "Gia đình học tập"])
q("agency_tasks", "Công an phường Phan Thiết có nhiệm vụ gì trong kế hoạch XHHT 2026?",
  [(PT, PT_CA)],
  "Công an phường tuyên truyền pháp luật về an ninh trật tự, phòng chống lừa đảo qua mạng cho người dân; xây dựng “Đơn vị học tập” trong Công an phường.",
  ["lừa đảo qua mạng", "Đơn vị học tập"])

# ---------------- target (10)
q("target", "Đến năm 2030 tỉnh Lào Cai phấn đấu bao nhiêu phần trăm hộ gia đình đạt “Gia đình học tập”?",
  [(SL, SL_R[1]), (SL, SL_HDR)],
  "Bảng 1: tỷ lệ hộ gia đình được công nhận “Gia đình học tập” đạt 80% năm 2030 (65% năm 2026, 72% năm 2028); cơ quan chủ trì: Hội Khuyến học tỉnh.",
  ["80%", "Hội Khuyến học tỉnh"])
q("target", "Chỉ tiêu biết chữ mức độ 2 của người từ 15 đến 60 tuổi ở Lào Cai năm 2028 là bao nhiêu?",
  [(SL, SL_R[5]), (SL, SL_HDR)],
  "Năm 2028 là 95% người từ 15 đến 60 tuổi đạt chuẩn biết chữ mức độ 2 (93% năm 2026, 97% năm 2030); Sở Giáo dục và Đào tạo chủ trì.",
  ["95%"])
q("target", "Cơ quan nào chủ trì chỉ tiêu “Dòng họ học tập” trong Bảng 1 của kế hoạch Lào Cai, và chỉ tiêu là bao nhiêu?",
  [(SL, SL_R[2]), (SL, SL_HDR)],
  "Theo cột “Cơ quan chủ trì” của Bảng 1, chỉ tiêu tỷ lệ dòng họ được công nhận “Dòng họ học tập” do Hội Khuyến học tỉnh chủ trì: 50% (2026), 60% (2028), 70% (2030).",
  ["Hội Khuyến học tỉnh", "50%", "60%", "70%"])
q("target", "Lào Cai đặt mục tiêu bao nhiêu tủ sách cộng đồng ở thôn, bản đến 2030?",
  [(SL, SL_R[10]), (SL, SL_HDR)],
  "Số tủ sách cộng đồng tại thôn, bản (lũy kế): 150 năm 2026, 300 năm 2028 và 500 năm 2030; cơ quan chủ trì Sở Văn hóa, Thể thao và Du lịch.",
  ["500", "lũy kế"])
q("target", "Tỷ lệ lao động qua đào tạo của tỉnh Lào Cai năm 2030 là bao nhiêu và ai chủ trì?",
  [(SL, SL_R[6]), (SL, SL_HDR)],
  "70% năm 2030 (58% năm 2026, 63% năm 2028); cơ quan chủ trì là Sở Nội vụ.",
  ["70%", "Sở Nội vụ"])
q("target", "Ngoài Bảng 1, kế hoạch Lào Cai còn đặt chỉ tiêu gì về lớp xóa mù chữ và Internet ở trung tâm học tập cộng đồng?",
  [(SL, SL_PROSE)],
  "Mỗi năm mở ít nhất 150 lớp xóa mù chữ và sau xóa mù chữ cho người dân tộc thiểu số; đến năm 2030, 100% trung tâm học tập cộng đồng có kết nối Internet và ít nhất 75% số xã, phường có điểm học tập số.",
  ["150 lớp", "100%", "75%"])
q("target", "Năm 2026 phường Phan Thiết phấn đấu bao nhiêu khu phố đạt “Cộng đồng học tập”?",
  [(PT, PT_KP26), (PT, PT_H26)],
  "Chỉ tiêu năm 2026: 20/24 khu phố đạt danh hiệu “Cộng đồng học tập”.",
  ["20/24"])
q("target", "Phường Phan Thiết đặt chỉ tiêu bồi dưỡng cho ngư dân năm 2026 như thế nào?",
  [(PT, PT_NGU)],
  "600 lượt ngư dân được bồi dưỡng kiến thức an toàn hàng hải và khai thác thủy sản bền vững (chỉ tiêu năm 2026).",
  ["600 lượt"])
q("target", "Định hướng năm 2028 của phường Phan Thiết về Gia đình học tập và kỹ năng số?",
  [(PT, PT_Y28)],
  "Năm 2028: 88% hộ gia đình đạt “Gia đình học tập”; 24/24 khu phố đạt “Cộng đồng học tập”; 85% người dân trong độ tuổi lao động có kỹ năng số cơ bản.",
  ["88%", "24/24", "85%"])
q("target", "Chỉ tiêu Đơn vị học tập năm 2026 của phường Phan Thiết?",
  [(PT, PT_DV26)],
  "90% cơ quan, đơn vị trên địa bàn phường đạt danh hiệu “Đơn vị học tập” năm 2026.",
  ["90%"])

# ---------------- deadline (7)
q("deadline", "Sở Nội vụ Lào Cai phải ban hành hướng dẫn công nhận “Đơn vị học tập” khi nào?",
  [(SL, SL_NV1)], "Trong quý I/2026.", ["quý I/2026"])
q("deadline", "Nền tảng “Lào Cai học tập số” phải vận hành trước ngày nào?",
  [(SL, SL_KH1)], "Sở Khoa học và Công nghệ hoàn thành và đưa vào vận hành trước ngày 30/9/2026.", ["30/9/2026"])
q("deadline", "UBND các xã, phường ở Lào Cai phải báo cáo kết quả về Sở GD&ĐT trước ngày nào?",
  [(SL, SL_XA2)], "Trước ngày 30/11 hằng năm, về Sở Giáo dục và Đào tạo.", ["30/11"])
q("deadline", "Kế hoạch xây dựng XHHT tỉnh Lào Cai sơ kết và tổng kết vào thời gian nào?",
  [(SL, SL_GD3)], "Sở Giáo dục và Đào tạo tham mưu sơ kết giữa kỳ vào quý IV/2028 và tổng kết vào quý IV/2030.",
  ["quý IV/2028", "quý IV/2030"])
q("deadline", "Trung tâm học tập cộng đồng phường Phan Thiết phải xong chương trình hoạt động năm 2026 trước ngày nào?",
  [(PT, PT_HT)], "Trước ngày 30/4/2026; trong năm tổ chức ít nhất 36 chuyên đề.", ["30/4/2026"])
q("deadline", "Các trường ở phường Phan Thiết phải mở lớp kỹ năng phòng chống đuối nước cho học sinh trước khi nào?",
  [(PT, PT_TR)], "Trước ngày 31/5/2026 (phối hợp với trung tâm học tập cộng đồng mở lớp kỹ năng sống, kỹ năng phòng chống đuối nước).",
  ["31/5/2026"])
q("deadline", "Ngày hội học tập suốt đời của phường Phan Thiết tổ chức ngày nào?",
  [(PT, PT_NH_A), (PT, PT_NH_B)],
  "Vào ngày 03/10/2026 (mục III.1 Tuyên truyền); Phòng Văn hóa - Xã hội chủ trì tổ chức.",
  ["03/10/2026"])
q("deadline", "Hạn báo cáo năm của các đơn vị ở phường Phan Thiết là ngày nào?",
  [(PT, PT_VI)], "Báo cáo sơ kết 06 tháng trước ngày 15/6/2026 và báo cáo năm trước ngày 25/11/2026, gửi Phòng Văn hóa - Xã hội.",
  ["25/11/2026", "15/6/2026"])

# ---------------- funding (6)
q("funding", "Tổng kinh phí kế hoạch xây dựng xã hội học tập tỉnh Lào Cai 2026-2030 là bao nhiêu, chia theo nguồn?",
  [(SL, SL_FUND1H)],
  "Dự kiến 36.500 triệu đồng: ngân sách tỉnh 21.000 triệu đồng; ngân sách cấp xã 9.500 triệu đồng; nguồn xã hội hóa và các nguồn hợp pháp khác 6.000 triệu đồng.",
  ["36.500", "21.000", "9.500", "6.000"])
q("funding", "Mỗi trung tâm học tập cộng đồng ở Lào Cai được ngân sách tỉnh hỗ trợ bao nhiêu?",
  [(SL, SL_FUND2)], "30 triệu đồng/năm để mua sắm tài liệu, thiết bị học tập.", ["30 triệu đồng/năm"])
q("funding", "Kinh phí xây dựng nền tảng Lào Cai học tập số là bao nhiêu, bố trí năm nào?",
  [(SL, SL_FUND2)], "2.800 triệu đồng, bố trí trong năm 2026 và năm 2027.", ["2.800", "2026", "2027"])
q("funding", "Phường Phan Thiết dành bao nhiêu tiền cho kế hoạch XHHT năm 2026?",
  [(PT, PT_FUND)], "Tổng kinh phí năm 2026 là 1.150 triệu đồng: ngân sách phường 720 triệu đồng, nguồn xã hội hóa 430 triệu đồng.",
  ["1.150", "720", "430"])
q("funding", "Các lớp tiếng Anh giao tiếp ở phường Phan Thiết được bố trí kinh phí bao nhiêu?",
  [(PT, PT_FUND2)], "96 triệu đồng (12 triệu đồng/lớp); ngoài ra trung tâm học tập cộng đồng phường được hỗ trợ 150 triệu đồng.",
  ["96 triệu", "12 triệu đồng/lớp"])
q("funding", "Hội Khuyến học phường Phan Thiết vận động quỹ khuyến học mục tiêu bao nhiêu?",
  [(PT, PT_KHH)], "Mục tiêu 250 triệu đồng năm 2026.", ["250 triệu"])

# ---------------- legal_basis (4)
q("legal_basis", "Quyết định ban hành Kế hoạch xây dựng xã hội học tập tỉnh Lào Cai căn cứ vào những văn bản nào?",
  [(SL, SL_CC1), (SL, SL_CC2), (SL, SL_CC3), (SL, SL_CC4)],
  "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025; Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ; Nghị quyết số 14-NQ/TU ngày 22/8/2025 của Ban Thường vụ Tỉnh ủy; theo đề nghị của Giám đốc Sở Giáo dục và Đào tạo tại Tờ trình số 318/TTr-SGDĐT ngày 08/12/2025.",
  ["1373/QĐ-TTg", "14-NQ/TU", "318/TTr-SGDĐT", "Luật Tổ chức chính quyền địa phương"])
q("legal_basis", "Kế hoạch xây dựng xã hội học tập của Lào Cai được ban hành bằng văn bản nào?",
  [(SL, SL_ATTACH), (SL, SL_D1)],
  "Kế hoạch được ban hành kèm theo Quyết định số 2185/QĐ-UBND ngày 19 tháng 12 năm 2025 của UBND tỉnh Lào Cai (Điều 1 của Quyết định).",
  ["2185/QĐ-UBND", "19 tháng 12 năm 2025"])
q("legal_basis", "Kế hoạch 58/KH-UBND của phường Phan Thiết căn cứ vào những văn bản nào?",
  [(PT, PT_CC)],
  "Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ; Kế hoạch số 402/KH-UBND ngày 15/12/2025 của UBND tỉnh Lâm Đồng; Nghị quyết số 09-NQ/ĐU ngày 20/01/2026 của Ban Chấp hành Đảng bộ phường.",
  ["1373/QĐ-TTg", "402/KH-UBND", "09-NQ/ĐU"])
q("legal_basis", "Kế hoạch của tỉnh mà phường Phan Thiết thực hiện là kế hoạch số mấy?",
  [(PT, PT_CC)],
  "Kế hoạch số 402/KH-UBND ngày 15 tháng 12 năm 2025 của Ủy ban nhân dân tỉnh Lâm Đồng về xây dựng xã hội học tập giai đoạn 2026 - 2030.",
  ["402/KH-UBND", "Lâm Đồng"])

# ---------------- purpose (3)
q("purpose", "Mục đích của Kế hoạch xây dựng xã hội học tập tỉnh Lào Cai giai đoạn 2026 - 2030?",
  [(SL, SL_H1), (SL, SL_MD2), (SL, SL_MD3)],
  "Cụ thể hóa QĐ 1373/QĐ-TTg và Nghị quyết 14-NQ/TU, tạo cơ hội cho mọi người dân, nhất là đồng bào dân tộc thiểu số ở vùng sâu, vùng xa, được học tập suốt đời; phát triển mạng lưới trung tâm học tập cộng đồng, tủ sách cộng đồng, nâng cao năng lực số; đẩy mạnh khuyến học, khuyến tài và các mô hình học tập.",
  ["đồng bào dân tộc thiểu số", "học tập suốt đời", "năng lực số"])
q("purpose", "Kế hoạch XHHT phường Phan Thiết năm 2026 nhằm mục đích gì?",
  [(PT, PT_MD1), (PT, PT_MD2)],
  "Tạo điều kiện để mọi người dân, nhất là ngư dân, lao động trong ngành du lịch và người cao tuổi, được học tập thường xuyên, học tập suốt đời; phát huy vai trò trung tâm học tập cộng đồng, nhà văn hóa khu phố và cơ sở giáo dục gắn với phát triển đô thị biển.",
  ["ngư dân", "người cao tuổi", "đô thị biển"])
q("purpose", "Mục tiêu chung của tỉnh Lào Cai về xã hội học tập đến 2030 là gì?",
  [(SL, SL_MTC)],
  "Mọi người dân được học tập thường xuyên, học tập suốt đời; thu hẹp khoảng cách về cơ hội học tập giữa vùng thấp và vùng cao, giữa đồng bào dân tộc thiểu số và các nhóm dân cư khác.",
  ["vùng thấp và vùng cao", "thu hẹp khoảng cách"])

# ---------------- task_section (4)
q("task_section", "Nhóm nhiệm vụ xóa mù chữ và nâng cao kỹ năng cho đồng bào dân tộc thiểu số ở Lào Cai gồm những gì?",
  [(SL, SL_III3)],
  "Mục III.3: mở các lớp xóa mù chữ, sau xóa mù chữ, lớp tiếng Việt cho người dân tộc thiểu số; bồi dưỡng kiến thức pháp luật, kỹ năng sống gắn với phong tục tập quán tốt đẹp.",
  ["lớp tiếng Việt", "phong tục tập quán"])
q("task_section", "Giải pháp chuyển đổi số trong kế hoạch XHHT Lào Cai là gì?",
  [(SL, SL_III4)],
  "Mục III.4: xây dựng nền tảng học tập trực tuyến “Lào Cai học tập số” với ít nhất 300 bài giảng điện tử song ngữ Việt - Mông, Việt - Dao đến năm 2030.",
  ["Lào Cai học tập số", "300 bài giảng", "Việt - Dao"])
q("task_section", "Phường Phan Thiết có nhiệm vụ gì về học tập gắn với kinh tế biển và du lịch?",
  [(PT, PT_III3)],
  "Mục III.3: phối hợp với các doanh nghiệp du lịch mở lớp tiếng Anh giao tiếp, kỹ năng phục vụ khách du lịch; bồi dưỡng ngư dân về an toàn hàng hải, chống khai thác hải sản bất hợp pháp (IUU).",
  ["tiếng Anh giao tiếp", "IUU"])
q("task_section", "Mục chuyển đổi số trong kế hoạch phường Phan Thiết nói gì?",
  [(PT, PT_III4)],
  "Mục III.4: duy trì 24 tổ công nghệ số cộng đồng tại 24 khu phố; hướng dẫn người dân sử dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt.",
  ["24 tổ công nghệ số cộng đồng", "thanh toán không dùng tiền mặt"])

# ---------------- cross_plan (5)
q("cross_plan", "Kế hoạch của tỉnh Lào Cai và của thành phố Huế giao cơ quan nào làm cơ quan thường trực?",
  [(SL, SL_GD1H), (HUE, HUE_TT)],
  "Cả hai đều giao Sở Giáo dục và Đào tạo: ở Lào Cai “Là cơ quan thường trực, chủ trì, phối hợp với các sở, ban, ngành…”; ở Huế “Là cơ quan thường trực; chủ trì, phối hợp với các cơ quan, tổ chức, đơn vị, địa phương liên quan…”.",
  ["cơ quan thường trực", "Sở Giáo dục và Đào tạo"])
q("cross_plan", "So sánh chỉ tiêu Gia đình học tập năm 2026 của tỉnh Lào Cai và phường Phan Thiết.",
  [(SL, SL_R[1]), (SL, SL_HDR), (PT, PT_GD26), (PT, PT_H26)],
  "Lào Cai: 65% hộ gia đình được công nhận “Gia đình học tập” năm 2026 (Bảng 1); phường Phan Thiết: 82% hộ gia đình năm 2026.",
  ["65%", "82%"])
q("cross_plan", "Ai ký văn bản ban hành kế hoạch XHHT của Lào Cai và ai ký kế hoạch của Hà Nội?",
  [(SL, SL_SIGN), (HN, HN_SIGN)],
  "Lào Cai: Quyết định 2185/QĐ-UBND do KT. CHỦ TỊCH, PHÓ CHỦ TỊCH Đinh Quang Tuấn ký; Hà Nội: KT. CHỦ TỊCH, PHÓ CHỦ TỊCH Vũ Thu Hà.",
  ["Đinh Quang Tuấn", "Vũ Thu Hà"])
q("cross_plan", "Kế hoạch của phường Phan Thiết và của huyện An Lão thực hiện kế hoạch cấp trên nào?",
  [(PT, PT_CC), (AL, AL_UP)],
  "Phan Thiết thực hiện Kế hoạch số 402/KH-UBND ngày 15/12/2025 của UBND tỉnh Lâm Đồng; An Lão thực hiện Kế hoạch số 108/KH-UBND ngày 06/5/2025 của UBND thành phố Hải Phòng.",
  ["402/KH-UBND", "Lâm Đồng", "Hải Phòng"])
q("cross_plan", "Cơ quan thường trực trong kế hoạch tỉnh Lào Cai và trong kế hoạch phường Phan Thiết khác nhau thế nào?",
  [(SL, SL_GD1H), (PT, PT_VH1H)],
  "Lào Cai giao Sở Giáo dục và Đào tạo là cơ quan thường trực; phường Phan Thiết giao Phòng Văn hóa - Xã hội là cơ quan thường trực, tham mưu UBND phường.",
  ["Sở Giáo dục và Đào tạo", "Phòng Văn hóa - Xã hội"])

# ---------------- no_diacritics (6)
q("no_diacritics", "so y te lao cai lam gi trong ke hoach xay dung xa hoi hoc tap",
  [(SL, SL_YT)],
  "Sở Y tế: lồng ghép nội dung chăm sóc sức khỏe ban đầu, dinh dưỡng trẻ em vào chương trình hoạt động của trung tâm học tập cộng đồng.",
  ["chăm sóc sức khỏe ban đầu", "dinh dưỡng trẻ em"])
q("no_diacritics", "phuong phan thiet nam 2026 bao nhieu phan tram ho dat gia dinh hoc tap",
  [(PT, PT_GD26), (PT, PT_H26)], "82% hộ gia đình đạt danh hiệu “Gia đình học tập” năm 2026.", ["82%"])
q("no_diacritics", "ai ky quyet dinh ban hanh ke hoach xhht tinh lao cai",
  [(SL, SL_SIGN)], "KT. CHỦ TỊCH, PHÓ CHỦ TỊCH Đinh Quang Tuấn ký Quyết định số 2185/QĐ-UBND.", ["Đinh Quang Tuấn"])
q("no_diacritics", "tuan le hoc tap suot doi o lao cai to chuc tu ngay nao",
  [(SL, SL_TUANLE)], "Từ ngày 01/10 đến ngày 07/10 hằng năm.", ["01/10", "07/10"])
q("no_diacritics", "tram y te phuong phan thiet co nhiem vu gi",
  [(PT, PT_YT)], "Trạm Y tế phường phối hợp với trung tâm học tập cộng đồng tổ chức chuyên đề chăm sóc sức khỏe người cao tuổi, sơ cấp cứu trên biển.",
  ["sức khỏe người cao tuổi", "sơ cấp cứu trên biển"])
q("no_diacritics", "quyet dinh ban hanh ke hoach xhht lao cai co hieu luc khi nao",
  [(SL, SL_D2)], "Điều 2: Quyết định có hiệu lực kể từ ngày ký (Quyết định số 2185/QĐ-UBND ngày 19/12/2025).", ["kể từ ngày ký"])

# ---------------- abbreviation (5)
q("abbreviation", "Sở NN&MT tỉnh LC phải làm gì trong KH XHHT?",
  [(SL, SL_NN)], "Sở Nông nghiệp và Môi trường phối hợp với trung tâm học tập cộng đồng chuyển giao khoa học kỹ thuật, mỗi năm ít nhất 120 lớp tập huấn cho nông dân.",
  ["120 lớp tập huấn"])
q("abbreviation", "BCHQS phường PT có nv gì?",
  [(PT, PT_QS)], "Ban Chỉ huy Quân sự phường Phan Thiết phối hợp bồi dưỡng kiến thức quốc phòng, an ninh cho ngư dân và lực lượng dân quân biển.",
  ["quốc phòng, an ninh", "dân quân biển"])
q("abbreviation", "TT PVHCC phường Phan Thiết làm gì trong KH 58?",
  [(PT, PT_HCC)], "Trung tâm Phục vụ hành chính công phường hướng dẫn người dân sử dụng dịch vụ công trực tuyến; phối hợp với các tổ công nghệ số cộng đồng phổ cập kỹ năng số.",
  ["dịch vụ công trực tuyến", "phổ cập kỹ năng số"])
q("abbreviation", "Báo và PT-TH LC được giao gì trong KH XHHT 2026-2030?",
  [(SL, SL_BAO)], "Báo và Phát thanh, Truyền hình Lào Cai duy trì chuyên mục “Lào Cai học tập suốt đời”; sản xuất chương trình bằng tiếng Mông, tiếng Dao.",
  ["Lào Cai học tập suốt đời", "tiếng Mông, tiếng Dao"])
q("abbreviation", "UBMTTQ VN tỉnh LC được đề nghị gì?",
  [(SL, SL_MT)], "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chỉ đạo các tổ chức thành viên vận động hội viên, đoàn viên tham gia học tập suốt đời.",
  ["tổ chức thành viên", "học tập suốt đời"])

# ---------------- paraphrase (4)
q("paraphrase", "Ở phường Phan Thiết, ai giúp người già dùng điện thoại thông minh?",
  [(PT, PT_MT)], "Đoàn Thanh niên phường hỗ trợ người cao tuổi sử dụng điện thoại thông minh (mục V.10).",
  ["Đoàn Thanh niên phường"])
q("paraphrase", "Bộ đội tỉnh Lào Cai góp phần gì cho việc xóa mù chữ?",
  [(SL, SL_QSH)], "Bộ Chỉ huy Quân sự tỉnh phối hợp mở lớp xóa mù chữ cho thanh niên trước khi nhập ngũ và xây dựng “Đơn vị học tập” trong lực lượng vũ trang tỉnh.",
  ["Bộ Chỉ huy Quân sự tỉnh", "trước khi nhập ngũ"])
q("paraphrase", "Mấy tháng một lần các sở và xã ở Lào Cai phải gửi báo cáo?",
  [(SL, SL_VIH)], "Báo cáo định kỳ 06 tháng (trước ngày 15/6) và hằng năm về Sở Giáo dục và Đào tạo.",
  ["06 tháng", "15/6"])
q("paraphrase", "Ai phải vận động các hộ trong khu phố đăng ký Gia đình học tập ở Phan Thiết, và báo cáo cho ai?",
  [(PT, PT_KPH)], "Trưởng khu phố các khu phố tuyên truyền, vận động hộ gia đình đăng ký; báo cáo kết quả về Phòng Văn hóa - Xã hội trước ngày 20/11/2026.",
  ["Trưởng khu phố", "Phòng Văn hóa - Xã hội", "20/11/2026"])

# ---------------- english (14)
q("english", "Who signed the decision that issued Lào Cai's lifelong-learning plan, and in what capacity?",
  [(SL, SL_SIGN), (SL, SL_SIGNCAP)], "Đinh Quang Tuấn, signing as “KT. CHỦ TỊCH / PHÓ CHỦ TỊCH” (vice-chair, on behalf of the chair) of the Lào Cai People's Committee.",
  ["Đinh Quang Tuấn", "PHÓ CHỦ TỊCH"])
q("english", "What is the document number of Lào Cai's learning society plan 2026-2030?",
  [(SL, SL_ATTACH), (SL, SL_NO)],
  "The plan has no number of its own: it was issued as the attachment to Decision No. 2185/QĐ-UBND dated 19 tháng 12 năm 2025 of the Lào Cai People's Committee (“Ban hành kèm theo Quyết định số 2185/QĐ-UBND”).",
  ["2185/QĐ-UBND", "19 tháng 12 năm 2025"])
q("english", "What is the number and date of Phan Thiết ward's plan?",
  [(PT, PT_NO)], "Plan No. 58/KH-UBND, dated 06 tháng 4 năm 2026 (6 April 2026).", ["58/KH-UBND", "06 tháng 4 năm 2026"])
q("english", "Who signed the Phan Thiết ward plan?",
  [(PT, PT_SIGN), (PT, PT_SIGNCAP)], "Huỳnh Minh Tâm, CHỦ TỊCH (Chair) of the ward People's Committee (TM. ỦY BAN NHÂN DÂN).",
  ["Huỳnh Minh Tâm", "CHỦ TỊCH"])
q("english", "What share of households in Lào Cai should be recognised as learning families by 2028?",
  [(SL, SL_R[1]), (SL, SL_HDR)], "72% in 2028 (65% in 2026, 80% in 2030), with the provincial Study Promotion Association (Hội Khuyến học tỉnh) in charge.",
  ["72%"])
q("english", "Which agency is in charge of the digital-skills indicator in Lào Cai's target table, and what are the figures?",
  [(SL, SL_R[7]), (SL, SL_HDR)],
  "The “Cơ quan chủ trì” column names Sở Khoa học và Công nghệ (Department of Science and Technology); the share of working-age people with basic digital skills is 50% in 2026, 65% in 2028 and 80% in 2030.",
  ["Sở Khoa học và Công nghệ", "50%", "65%", "80%"])
q("english", "What is Phan Thiết ward's total budget for the 2026 plan?",
  [(PT, PT_FUND)], "1.150 million VND (1.150 triệu đồng): 720 million from the ward budget and 430 million from socialised (private) sources.",
  ["1.150", "720", "430"])
q("english", "In which languages will Lào Cai broadcast its lifelong-learning messages, and how often does the programme run?",
  [(SL, SL_TT1)], "In Hmong and Dao (tiếng Mông, tiếng Dao), on radio, TV and grassroots loudspeakers; the “Lào Cai học tập suốt đời” segment runs 02 times a month (“mỗi tháng 02 kỳ”).",
  ["tiếng Mông", "tiếng Dao", "02 kỳ"])
q("english", "When is Lào Cai's Lifelong Learning Week?",
  [(SL, SL_TUANLE)], "Every year from 01/10 to 07/10 (1-7 October).", ["01/10", "07/10"])
q("english", "What is the health station's role in Phan Thiết ward's plan?",
  [(PT, PT_YTH)], "Trạm Y tế phường works with the community learning centre on topics about elderly health care and first aid at sea (“sơ cấp cứu trên biển”).",
  ["Trạm Y tế phường", "sơ cấp cứu trên biển"])
q("english", "How many English classes for tourism workers will Phan Thiết run, and by when?",
  [(PT, PT_ANH26), (PT, PT_KT2)], "08 classes of communicative English, to be completed before 30/11/2026 (Phòng Kinh tế, Hạ tầng và Đô thị with tourism businesses).",
  ["08", "30/11/2026"])
q("english", "Who is responsible for executing the decision that issues Lào Cai's plan?",
  [(SL, SL_D3)],
  "Article 3 (Điều 3): the Chief of Office of the provincial People's Committee (Chánh Văn phòng Ủy ban nhân dân tỉnh), directors of departments, chairs of commune/ward People's Committees, the Director of Kho bạc Nhà nước khu vực IX and heads of related agencies.",
  ["Chánh Văn phòng", "Kho bạc Nhà nước khu vực IX"])
q("english", "How many fishers does Phan Thiết plan to train in 2026?",
  [(PT, PT_NGU)], "600 fisher-trainings (“600 lượt ngư dân”) in maritime safety and sustainable fishing.", ["600"])
q("english", "How many community learning centres will Lào Cai consolidate?",
  [(SL, SL_III2)], "200 community learning centres (“Củng cố 200 trung tâm học tập cộng đồng”), with activities tied to fruit trees, tea, cinnamon and livestock techniques.",
  ["200"])

# ---------------- follow_up (14 + one unanswerable follow-up)
q("follow_up", "Còn năm 2030?",
  [(SL, SL_R[1]), (SL, SL_HDR)], "Năm 2030 là 80% hộ gia đình được công nhận “Gia đình học tập”.", ["80%"],
  history=h("Lào Cai đặt chỉ tiêu Gia đình học tập năm 2026 bao nhiêu?", "65% hộ gia đình được công nhận “Gia đình học tập” năm 2026 (Bảng 1)."))
q("follow_up", "Khi nào phải hoàn thành nền tảng đó?",
  [(SL, SL_KH1)], "Trước ngày 30/9/2026 phải hoàn thành và đưa vào vận hành.", ["30/9/2026"],
  history=h("Ai xây dựng nền tảng “Lào Cai học tập số”?", "Sở Khoa học và Công nghệ chủ trì xây dựng nền tảng học tập trực tuyến “Lào Cai học tập số”."))
q("follow_up", "Trong đó xã hội hóa bao nhiêu?",
  [(PT, PT_FUND)], "Nguồn xã hội hóa 430 triệu đồng (ngân sách phường 720 triệu đồng).", ["430"],
  history=h("Tổng kinh phí năm 2026 của phường Phan Thiết?", "1.150 triệu đồng."))
q("follow_up", "Cơ quan đó phải báo cáo UBND tỉnh trước ngày nào?",
  [(SL, SL_GD3)], "Sở Giáo dục và Đào tạo báo cáo UBND tỉnh và Bộ Giáo dục và Đào tạo trước ngày 15/12 hằng năm.", ["15/12"],
  history=h("Cơ quan thường trực của kế hoạch XHHT Lào Cai là ai?", "Sở Giáo dục và Đào tạo là cơ quan thường trực."))
q("follow_up", "Năm 2028 thì sao?",
  [(PT, PT_Y28)], "Năm 2028: 24/24 khu phố đạt danh hiệu “Cộng đồng học tập”.", ["24/24"],
  history=h("Năm 2026 phường Phan Thiết có bao nhiêu khu phố đạt Cộng đồng học tập?", "20/24 khu phố."))
q("follow_up", "Quyết định đó ai ký?",
  [(SL, SL_SIGN)], "KT. CHỦ TỊCH, PHÓ CHỦ TỊCH Đinh Quang Tuấn.", ["Đinh Quang Tuấn"],
  history=h("Kế hoạch XHHT Lào Cai số mấy?", "Kế hoạch không có số riêng; được ban hành kèm theo Quyết định số 2185/QĐ-UBND ngày 19/12/2025."))
q("follow_up", "Phòng đó phải báo cáo UBND phường trước ngày nào?",
  [(PT, PT_VH2)], "Trước ngày 10/12/2026.", ["10/12/2026"],
  history=h("Ai là cơ quan thường trực kế hoạch XHHT phường Phan Thiết?", "Phòng Văn hóa - Xã hội."))
q("follow_up", "Cơ quan nào chủ trì mở các lớp đó?",
  [(SL, SL_GD1H), (SL, SL_GD2)], "Sở Giáo dục và Đào tạo chủ trì mở các lớp xóa mù chữ, sau xóa mù chữ.", ["Sở Giáo dục và Đào tạo"],
  history=h("Mỗi năm Lào Cai mở bao nhiêu lớp xóa mù chữ?", "Ít nhất 150 lớp xóa mù chữ và sau xóa mù chữ cho người dân tộc thiểu số."))
q("follow_up", "Còn ở phường Phan Thiết?",
  [(PT, PT_VH1H)], "Ở phường Phan Thiết, Phòng Văn hóa - Xã hội là cơ quan thường trực.", ["Phòng Văn hóa - Xã hội"],
  history=h("Cơ quan thường trực kế hoạch XHHT tỉnh Lào Cai?", "Sở Giáo dục và Đào tạo."))
q("follow_up", "Vậy phường Phan Thiết đặt chỉ tiêu đó bao nhiêu?",
  [(PT, PT_GD26), (PT, PT_H26)], "Phường Phan Thiết: 82% hộ gia đình đạt “Gia đình học tập” năm 2026.", ["82%"],
  history=h("Phường Mũi Né đặt chỉ tiêu Gia đình học tập năm 2026 bao nhiêu?",
            "Không có kế hoạch của phường Mũi Né trong các kế hoạch đã nạp; Kế hoạch 47/KH-UBND của Mũi Né chỉ xuất hiện như một tiêu đề trong mục “Tin liên quan” của trang cổng thông tin phường Phan Thiết."))
q("follow_up", "Thế còn Báo và Phát thanh, Truyền hình Lào Cai?",
  [(SL, SL_BAO)], "Báo và Phát thanh, Truyền hình Lào Cai duy trì chuyên mục “Lào Cai học tập suốt đời”; sản xuất chương trình bằng tiếng Mông, tiếng Dao.",
  ["Lào Cai học tập suốt đời"],
  history=h("Trung tâm Thông tin tỉnh Lào Cai có nhiệm vụ gì trong kế hoạch XHHT?",
            "Kế hoạch không giao nhiệm vụ cho Trung tâm Thông tin tỉnh; cơ quan này chỉ có tên trong Nơi nhận của Quyết định 2185/QĐ-UBND."))
q("follow_up", "And for 2030?",
  [(SL, SL_R[5]), (SL, SL_HDR)], "97% in 2030.", ["97%"],
  history=h("What is Lào Cai's level-2 literacy target for people aged 15-60 in 2026?", "93% in 2026."))
q("follow_up", "Họ chủ trì theo dõi những chỉ tiêu nào trong Bảng 1?",
  [(SL, SL_R[1]), (SL, SL_R[2]), (SL, SL_HDR)],
  "Cột “Cơ quan chủ trì” ghi Hội Khuyến học tỉnh cho hai chỉ tiêu: tỷ lệ hộ “Gia đình học tập” (65% - 72% - 80%) và tỷ lệ “Dòng họ học tập” (50% - 60% - 70%).",
  ["Gia đình học tập", "Dòng họ học tập"],
  history=h("Hội Khuyến học tỉnh Lào Cai được đề nghị làm gì?", "Chủ trì đánh giá, công nhận “Gia đình học tập”, “Dòng họ học tập”; vận động xây dựng Quỹ khuyến học."))
q("follow_up", "Mỗi lớp được bao nhiêu tiền?",
  [(PT, PT_FUND2)], "12 triệu đồng/lớp; tổng 96 triệu đồng cho các lớp tiếng Anh giao tiếp.", ["12 triệu đồng/lớp", "96 triệu"],
  history=h("Phường Phan Thiết mở mấy lớp tiếng Anh năm 2026?", "08 lớp tiếng Anh giao tiếp cho người lao động ngành du lịch, dịch vụ."))
q("unanswerable", "Còn năm 2027?", [],
  "Kế hoạch của tỉnh Lào Cai không đặt chỉ tiêu cho năm 2027: Bảng 1 chỉ có các cột Năm 2026, Năm 2028 và Năm 2030.",
  [], history=h("Lào Cai đặt chỉ tiêu Gia đình học tập năm 2028 bao nhiêu?", "72% năm 2028."), probe=None)

# ---------------- unanswerable (25+)
U = "unanswerable"
q(U, "Kế hoạch xây dựng xã hội học tập của tỉnh Phú Thọ đặt chỉ tiêu Gia đình học tập năm 2030 bao nhiêu?", [],
  "Không có kế hoạch của tỉnh Phú Thọ trong các kế hoạch đã nạp (chỉ có Lào Cai, phường Phan Thiết và năm kế hoạch có sẵn), nên không trả lời được.", [],
  probe=(r"\bphu tho\b", ALL))
q(U, "Phường Cam Đường thuộc tỉnh Lào Cai có kế hoạch xây dựng xã hội học tập riêng không, chỉ tiêu thế nào?", [],
  "Không có kế hoạch của phường Cam Đường trong dữ liệu; kế hoạch của tỉnh Lào Cai không nêu tên phường này.", [],
  probe=(r"cam duong", ALL))
q(U, "What targets does Sa Pa set for learning families?", [],
  "No plan for Sa Pa is loaded, and Lào Cai's provincial plan does not name it, so this cannot be answered.", [],
  probe=(r"sa pa", ALL))
q(U, "Phường Phú Thủy cạnh Phan Thiết có bao nhiêu khu phố đạt Cộng đồng học tập?", [],
  "Không có kế hoạch của phường Phú Thủy trong các kế hoạch đã nạp; kế hoạch phường Phan Thiết chỉ nói về khu phố của phường Phan Thiết.", [],
  probe=(r"phu thuy", ALL))
q(U, "Kế hoạch 47/KH-UBND của phường Mũi Né giao nhiệm vụ gì cho Hội Khuyến học phường?", [],
  "Kế hoạch 47/KH-UBND của phường Mũi Né không được nạp; tên của nó chỉ xuất hiện trong mục “Tin liên quan” của trang cổng thông tin phường Phan Thiết, không có nội dung.", [],
  probe=None)
q(U, "Tuần lễ hưởng ứng học tập suốt đời năm 2026 của phường Hàm Thắng tổ chức những hoạt động gì?", [],
  "Kế hoạch 63/KH-UBND của phường Hàm Thắng không được nạp (chỉ là một tiêu đề trong “Tin liên quan” trên trang của phường Phan Thiết), nên không có nội dung để trả lời.", [],
  probe=None)
q(U, "Năm 2025 thành phố Phan Thiết đạt bao nhiêu phần trăm Gia đình học tập theo Kế hoạch 215/KH-UBND?", [],
  "Kế hoạch 215/KH-UBND năm 2025 của thành phố Phan Thiết không được nạp (chỉ có tiêu đề trong “Tin liên quan”); kế hoạch 58/KH-UBND của phường không nêu kết quả năm 2025.", [],
  probe=None)
q(U, "Kế hoạch 402/KH-UBND của tỉnh Lâm Đồng đặt chỉ tiêu lao động qua đào tạo đến 2030 bao nhiêu?", [],
  "Kế hoạch 402/KH-UBND của tỉnh Lâm Đồng chỉ được trích dẫn làm căn cứ trong kế hoạch phường Phan Thiết; văn bản này không được nạp nên không biết chỉ tiêu của nó.", [],
  probe=None)
q(U, "Nghị quyết 14-NQ/TU của Ban Thường vụ Tỉnh ủy Lào Cai đặt ra những chỉ tiêu gì?", [],
  "Nghị quyết 14-NQ/TU chỉ được nêu làm căn cứ; nội dung, chỉ tiêu của Nghị quyết không có trong các văn bản đã nạp.", [],
  probe=None)
q(U, "Tờ trình 318/TTr-SGDĐT của Sở GD&ĐT Lào Cai đề xuất những gì?", [],
  "Tờ trình 318/TTr-SGDĐT chỉ được nhắc trong phần căn cứ của Quyết định 2185/QĐ-UBND; nội dung tờ trình không có trong các văn bản đã nạp.", [],
  probe=None)
q(U, "Năm 2029 Lào Cai đặt chỉ tiêu tỷ lệ lao động qua đào tạo bao nhiêu?", [],
  "Kế hoạch Lào Cai không đặt chỉ tiêu năm 2029: Bảng 1 chỉ có Năm 2026 (58%), Năm 2028 (63%) và Năm 2030 (70%).", [],
  probe=(r"2029", [SL]))
q(U, "Phường Phan Thiết đặt chỉ tiêu Gia đình học tập năm 2030 bao nhiêu?", [],
  "Kế hoạch 58/KH-UBND chỉ có chỉ tiêu năm 2026 và định hướng năm 2027, 2028; không có chỉ tiêu năm 2030.", [],
  probe=None)
q(U, "Lào Cai đặt chỉ tiêu bao nhiêu phần trăm “Công dân học tập”?", [],
  "Kế hoạch Lào Cai không có chỉ tiêu “Công dân học tập” (Bảng 1 có Gia đình, Dòng họ, Cộng đồng, Đơn vị học tập…).", [],
  probe=(r"cong dan hoc tap", [SL]))
q(U, "Phường Phan Thiết đặt chỉ tiêu Dòng họ học tập thế nào?", [],
  "Kế hoạch phường Phan Thiết không đặt chỉ tiêu nào về “Dòng họ học tập”.", [],
  probe=(r"dong ho hoc tap", [PT]))
q(U, "Sở Công Thương tỉnh Lào Cai có nhiệm vụ gì trong kế hoạch XHHT?", [],
  "Kế hoạch Lào Cai không nêu Sở Công Thương; phần tổ chức thực hiện không giao nhiệm vụ cho sở này.", [],
  probe=(r"cong thuong", [SL]))
q(U, "Hội Cựu chiến binh phường Phan Thiết được giao gì?", [],
  "Kế hoạch 58/KH-UBND không nêu Hội Cựu chiến binh phường.", [],
  probe=(r"cuu chien binh", [PT]))
q(U, "Văn phòng UBND tỉnh Lào Cai được giao nhiệm vụ gì trong Kế hoạch xây dựng xã hội học tập?", [],
  "Kế hoạch không giao nhiệm vụ nào cho Văn phòng UBND tỉnh; Chánh Văn phòng chỉ được nêu ở Điều 3 của Quyết định 2185/QĐ-UBND là người thi hành Quyết định, không phải trong phần tổ chức thực hiện của Kế hoạch.", [],
  probe=None)
q(U, "Trung tâm Thông tin tỉnh Lào Cai có nhiệm vụ gì trong kế hoạch?", [],
  "Kế hoạch không giao nhiệm vụ cho Trung tâm Thông tin tỉnh; cơ quan này chỉ có tên trong Nơi nhận của Quyết định 2185/QĐ-UBND.", [],
  probe=None)
q(U, "What tasks does the State Treasury (Kho bạc Nhà nước khu vực IX) have in Lào Cai's plan?", [],
  "None: the plan itself gives the State Treasury no task; Kho bạc Nhà nước khu vực IX is named only in Article 3 of Decision 2185/QĐ-UBND among those executing the decision.", [],
  probe=None)
q(U, "Sở Giáo dục và Đào tạo tỉnh Lâm Đồng có nhiệm vụ gì trong kế hoạch của phường Phan Thiết?", [],
  "Kế hoạch phường Phan Thiết không giao nhiệm vụ cho Sở Giáo dục và Đào tạo tỉnh; sở chỉ có tên trong Nơi nhận (b/c).", [],
  probe=None)
q(U, "Hiện nay Lào Cai có bao nhiêu trung tâm học tập cộng đồng xếp loại tốt?", [],
  "Kế hoạch không nêu số trung tâm xếp loại tốt hiện nay; chỉ đặt tỷ lệ mục tiêu (40% năm 2026, 50% năm 2028, 60% năm 2030).", [],
  probe=None)
q(U, "Kết quả xây dựng xã hội học tập năm 2025 của phường Phan Thiết ra sao?", [],
  "Kế hoạch 58/KH-UBND không đánh giá kết quả năm 2025.", [],
  probe=None)
q(U, "Khu phố không đạt chỉ tiêu Cộng đồng học tập ở Phan Thiết thì bị xử lý hay khen thưởng thế nào?", [],
  "Kế hoạch phường Phan Thiết không quy định khen thưởng hay xử lý đối với khu phố.", [],
  probe=(r"khen thuong|ky luat|xu ly", [PT]))
q(U, "Số điện thoại liên hệ của bộ phận phụ trách Kế hoạch 58/KH-UBND là gì?", [],
  "Kế hoạch không nêu đầu mối hay số điện thoại liên hệ; số điện thoại ở cuối trang in là của Cổng thông tin điện tử phường (chân trang website), không phải nội dung kế hoạch.", [],
  probe=None)
q(U, "What e-mail address should I use for questions about Phan Thiết's learning plan?", [],
  "The plan gives no contact e-mail; the address on the printed page belongs to the ward portal's site footer, not to the plan.", [],
  probe=None)
q(U, "Kế hoạch XHHT của phường Phan Thiết đã có bao nhiêu người đọc?", [],
  "Kế hoạch không nêu; con số “Lượt xem” trên trang in là bộ đếm của cổng thông tin lúc in trang, không phải nội dung kế hoạch.", [],
  probe=None)
q(U, "File KH-58-UBND-2026-signed.pdf đính kèm có phụ lục phân công chi tiết không?", [],
  "Tệp đính kèm chỉ được nêu tên trên trang cổng thông tin; nội dung tệp không được nạp, nên không biết có phụ lục hay không.", [],
  probe=None)
q(U, "Ngân sách tỉnh Lào Cai chi cho kế hoạch năm 2028 là bao nhiêu?", [],
  "Kế hoạch chỉ nêu ngân sách tỉnh cho cả giai đoạn 2026 - 2030 (21.000 triệu đồng), không chia theo từng năm.", [],
  probe=None)


def strip_accents(s):
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in s if unicodedata.category(c) != "Mn").lower()


def main():
    problems = []
    out = []
    counts = {}
    for n, x in enumerate(Q, 1):
        qid = f"u38-{n:03d}"
        counts[x["type"]] = counts.get(x["type"], 0) + 1
        docs = []
        for d, _ in x["ev"]:
            if d not in docs:
                docs.append(d)
        for d, s in x["ev"]:
            if check_sets.norm(s) not in check_sets.text_of(d):
                problems.append(f"{qid}: span missing in {d}: {s!r}")
        for kf in x["kf"]:
            k = check_sets.norm(kf).lower()
            if k not in check_sets.norm(x["answer"]).lower():
                problems.append(f"{qid}: key fact {kf!r} not in answer")
            if not any(k in check_sets.norm(s).lower() for _, s in x["ev"]):
                problems.append(f"{qid}: key fact {kf!r} not in any cited span")
        if x["type"] == "unanswerable":
            if x["ev"] or x["kf"]:
                problems.append(f"{qid}: unanswerable with evidence/key facts")
            if x["probe"]:
                rx, pdocs = x["probe"]
                for d in pdocs:
                    if re.search(rx, strip_accents(check_sets.text_of(d))):
                        problems.append(f"{qid}: probe {rx!r} matches {d}")
        elif x["type"] == "follow_up" and not x["history"]:
            problems.append(f"{qid}: follow_up without history")
        out.append({"id": qid, "question": x["question"], "type": x["type"], "docs": docs,
                    "evidence": [{"doc": d, "span": s} for d, s in x["ev"]], "answer": x["answer"],
                    "key_facts": x["kf"], "history": x["history"]})
    for t, m in MIN.items():
        if counts.get(t, 0) < m:
            problems.append(f"type {t}: {counts.get(t, 0)} < {m}")
    if problems:
        print("\n".join(problems))
        print(f"REFUSING to write: {len(problems)} problems")
        return 1
    path = os.path.join(SETS, "newplans38.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in out:
            f.write(unicodedata.normalize("NFC", json.dumps(r, ensure_ascii=False)) + "\n")
    print(f"wrote {len(out)} questions to {path}: {dict(sorted(counts.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
