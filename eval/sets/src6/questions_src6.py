"""Hand-written questions on the sixth held-out set's plans; writes eval/sets/newplans6.jsonl (FORMAT.md format).

    python eval/sets/src6/questions_src6.py

Written from the plan texts (plans6/ and the five bundled plans) only, without reading or running the product.
docs of a question = the plans its evidence comes from (in order); [] for unanswerable questions.
Spans are taken from the text as extracted (see check_sets.py): docx paragraphs and table cells (a target is cited by
its indicator cell and its value cell, plus the unit / note cell when the question is about it; a run-in agency item
by the text after its bold label), pypdf text for the PDF (never across a page break, where the running header sits),
the markdown as is (straight quotes; a table row by its whole line).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "newplans6.jsonl")

VY = "vinhyen_2150-QD-UBND_2024.docx"
SL = "sonla_412-KH-SGDDT_2025.pdf"
PS = "phuocson_27-KH-UBND_2025.md"
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
    QS.append({"id": f"s{len(QS) + 1:03d}", "question": question, "type": type_, "docs": docs,
               "evidence": [{"doc": d, "span": s} for d, s in evidence], "answer": answer,
               "key_facts": list(key_facts),
               "history": [{"role": r, "content": c} for r, c in history]})


def U(question, answer, history=()):
    Q("unanswerable", question, [], answer, [], history)


# ------------------------------------------------------------------ spans: Vĩnh Yên (docx: decision + attached plan)
VY_D1 = "Ban hành kèm theo Quyết định này Kế hoạch xây dựng xã hội học tập thành phố Vĩnh Yên giai đoạn 2024 - 2030."
VY_HL = "Quyết định này có hiệu lực kể từ ngày ký."
VY_D2A = "Giao Phòng Giáo dục và Đào tạo thành phố chủ trì, phối hợp với các cơ quan, đơn vị liên quan hướng dẫn, theo dõi, đôn đốc việc thực hiện Kế hoạch."
VY_D2B = "Giao Văn phòng HĐND và UBND thành phố đăng tải Quyết định này trên Cổng thông tin điện tử thành phố và theo dõi việc thực hiện trong chương trình công tác của Ủy ban nhân dân thành phố."
VY_D3 = "Chánh Văn phòng HĐND và UBND thành phố, Trưởng phòng Giáo dục và Đào tạo, Trưởng phòng Tài chính - Kế hoạch, Thủ trưởng các cơ quan, đơn vị liên quan và Chủ tịch Ủy ban nhân dân các phường, xã chịu trách nhiệm thi hành Quyết định này./."
VY_CCLUAT = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"
VY_CC1373 = "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”;"
VY_CC187 = "Căn cứ Kế hoạch số 187/KH-UBND ngày 25 tháng 8 năm 2022 của Ủy ban nhân dân tỉnh Vĩnh Phúc về thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030” trên địa bàn tỉnh;"
VY_TTR = "Theo đề nghị của Trưởng phòng Giáo dục và Đào tạo thành phố tại Tờ trình số 96/TTr-GDĐT ngày 05 tháng 9 năm 2024."
VY_SIGNER = "Đỗ Thị Minh Hằng"
VY_KEM = "(Ban hành kèm theo Quyết định số 2150/QĐ-UBND ngày 12/9/2024 của Ủy ban nhân dân thành phố Vĩnh Yên)"
VY_KL49 = "Kết luận số 49-KL/TW ngày 10 tháng 5 năm 2019 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 11-CT/TW"
VY_QD489 = "Quyết định số 489/QĐ-TTg ngày 08 tháng 6 năm 2023 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai phong trào “Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2023 - 2030”;"
VY_NQ09 = "Nghị quyết số 09-NQ/TU ngày 20 tháng 3 năm 2024 của Ban Thường vụ Thành ủy Vĩnh Yên về phát triển nguồn nhân lực chất lượng cao gắn với xây dựng thành phố học tập."
VY_MD1 = "Xây dựng thành phố Vĩnh Yên trở thành “Thành phố học tập”, tạo cơ hội cho mọi người dân, nhất là công nhân, người lao động tại các khu công nghiệp, được học tập suốt đời, nâng cao trình độ, kỹ năng nghề nghiệp và kỹ năng số, đáp ứng yêu cầu phát triển đô thị loại I."
VY_MT = "phấn đấu đến năm 2030 thành phố Vĩnh Yên được công nhận “Thành phố học tập” theo tiêu chí của tỉnh."
# targets table (indicator cells, unit / note cells)
VY_I1 = "Hộ gia đình đạt danh hiệu “Gia đình học tập”"
VY_I2 = "Dòng họ đạt danh hiệu “Dòng họ học tập”"
VY_I3 = "Tổ dân phố, thôn đạt danh hiệu “Cộng đồng học tập”"
VY_I3N = "Do UBND phường, xã công nhận"
VY_I4 = "Cơ quan, đơn vị, doanh nghiệp đạt danh hiệu “Đơn vị học tập”"
VY_I5 = "Phường, xã được đánh giá “Cộng đồng học tập” cấp xã mức Tốt"
VY_I5N = "Tổng số 9 phường, xã"
VY_I6 = "Trung tâm học tập cộng đồng xếp loại Tốt"
VY_I7 = "Công nhân, người lao động khu công nghiệp được bồi dưỡng kỹ năng nghề, ngoại ngữ"
VY_I7N = "Phối hợp các doanh nghiệp tại KCN Khai Quang"
VY_I8 = "Người dân từ 15 tuổi trở lên có kỹ năng số cơ bản"
VY_I9 = "Lao động qua đào tạo"
VY_I9N = "Trong đó có bằng cấp, chứng chỉ đạt 46% năm 2030"
VY_I10 = "Buổi sinh hoạt câu lạc bộ đọc sách tại Thư viện thành phố"
VY_I11 = "Cán bộ quản lý, giáo viên được bồi dưỡng kỹ năng số"
VY_I11N = "Duy trì từ năm 2027"
# tasks
VY_H1 = "1. Đẩy mạnh tuyên truyền, nâng cao nhận thức"
VY_H2 = "2. Nâng cao hiệu quả hoạt động của các Trung tâm học tập cộng đồng"
VY_H3 = "3. Học tập cho công nhân, người lao động tại các khu công nghiệp"
VY_H4 = "4. Phát triển văn hóa đọc và học tập trực tuyến"
VY_H5 = "5. Nhân rộng các mô hình học tập"
VY_N1 = "Tuyên truyền trên Cổng thông tin điện tử thành phố, hệ thống truyền thanh cơ sở và mạng xã hội; tổ chức Tuần lễ hưởng ứng học tập suốt đời từ ngày 01/10 đến ngày 07/10 hằng năm."
VY_N2 = "Kiện toàn Ban Giám đốc 09 Trung tâm học tập cộng đồng phường, xã; mỗi trung tâm tổ chức ít nhất 12 chuyên đề/năm gắn với nhu cầu thực tế của người dân."
VY_N3 = "Phối hợp với các doanh nghiệp tại Khu công nghiệp Khai Quang mở lớp bồi dưỡng kỹ năng nghề, tiếng Hàn, tiếng Nhật giao tiếp cho người lao động; khuyến khích doanh nghiệp xây dựng “Đơn vị học tập”."
VY_N4 = "Xây dựng “Thư viện số Vĩnh Yên” trên nền tảng của Thư viện thành phố, hoàn thành trong Quý II/2026; duy trì các câu lạc bộ đọc sách tại Thư viện thành phố và các trường học."
VY_KP1 = "Ngân sách thành phố bố trí 320 triệu đồng/năm trong dự toán của Phòng Giáo dục và Đào tạo để thực hiện các hoạt động chung của Kế hoạch; hỗ trợ mỗi Trung tâm học tập cộng đồng 20 triệu đồng/năm."
VY_KP2 = "Ngân sách phường, xã bố trí theo phân cấp; huy động nguồn xã hội hóa từ các doanh nghiệp và Quỹ khuyến học các cấp."
VY_TD = "Giai đoạn 2024 - 2025: kiện toàn tổ chức, xây dựng các mô hình điểm. Giai đoạn 2026 - 2030: nhân rộng các mô hình; sơ kết giữa kỳ vào Quý IV/2027, tổng kết vào Quý IV/2030."
# agency items (text after the bold "1.N. … :" label)
VY_A1 = "Là cơ quan thường trực, chủ trì tham mưu Ủy ban nhân dân thành phố triển khai Kế hoạch; hướng dẫn các trường học xây dựng “Đơn vị học tập”; tổng hợp, báo cáo Ủy ban nhân dân thành phố và Sở Giáo dục và Đào tạo trước ngày 10/12 hằng năm."
VY_A2 = "Chủ trì xây dựng “Thư viện số Vĩnh Yên”; chỉ đạo Thư viện thành phố duy trì câu lạc bộ đọc sách; hướng dẫn tuyên truyền về xã hội học tập trên hệ thống truyền thanh cơ sở."
VY_A3 = "Chủ trì, phối hợp với Ban Quản lý các khu công nghiệp tỉnh và các doanh nghiệp tổ chức bồi dưỡng kỹ năng nghề, ngoại ngữ cho công nhân, người lao động tại Khu công nghiệp Khai Quang; theo dõi chỉ tiêu lao động qua đào tạo."
VY_A4 = "Tham mưu cân đối, bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm; hướng dẫn các đơn vị sử dụng, thanh quyết toán kinh phí đúng quy định."
VY_A5 = "Đưa tiêu chí xây dựng “Đơn vị học tập” vào đánh giá thi đua, khen thưởng hằng năm của các cơ quan, đơn vị; phối hợp tổ chức bồi dưỡng kỹ năng số cho cán bộ, công chức phường, xã."
VY_A6 = "Duy trì chuyên mục “Vĩnh Yên - Thành phố học tập” phát sóng 02 kỳ/tháng trên hệ thống truyền thanh thành phố."
VY_A7 = "Mở các lớp tin học, ngoại ngữ, kỹ năng nghề ngắn hạn theo nhu cầu của người lao động; phối hợp với các Trung tâm học tập cộng đồng biên soạn tài liệu chuyên đề."
VY_A8 = "Xây dựng kế hoạch thực hiện trên địa bàn; chỉ đạo Trung tâm học tập cộng đồng hoạt động hiệu quả; báo cáo kết quả về Phòng Giáo dục và Đào tạo trước ngày 25/11 hằng năm."
VY_A9A = "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố lồng ghép nội dung xây dựng xã hội học tập vào cuộc vận động “Toàn dân đoàn kết xây dựng đời sống văn hóa”."
VY_A9B = "Đề nghị Hội Khuyến học thành phố chủ trì đánh giá, công nhận các danh hiệu “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” và vận động phát triển Quỹ khuyến học."
VY_BC = "Các cơ quan, đơn vị báo cáo kết quả 6 tháng trước ngày 15/6 và báo cáo năm trước ngày 25/11 hằng năm về Phòng Giáo dục và Đào tạo để tổng hợp."

# ------------------------------------------------------------------ spans: Sở GD&ĐT Sơn La (pdf)
SL_CC1373 = "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”;"
SL_TT44 = "Căn cứ Thông tư số 44/2014/TT-BGDĐT ngày 12/12/2014 của Bộ trưởng Bộ Giáo dục và Đào tạo quy định đánh giá, xếp loại “Cộng đồng học tập” cấp xã;"
SL_KH58 = "Căn cứ Kế hoạch số 58/KH-UBND ngày 10/3/2022 của Ủy ban nhân dân tỉnh Sơn La thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030” trên địa bàn tỉnh;"
SL_MD1 = "Phát huy vai trò nòng cốt của ngành Giáo dục trong xây dựng xã hội học tập; tạo cơ hội học tập suốt đời cho mọi người dân, nhất là đồng bào dân tộc thiểu số ở vùng cao, vùng biên giới."
SL_MTC = "Củng cố vững chắc kết quả phổ cập giáo dục, xóa mù chữ; nâng cao chất lượng hoạt động của các Trung tâm học tập cộng đồng và các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên, góp phần xây dựng tỉnh Sơn La trở thành xã hội học tập."
SL_T25 = "a) Đến năm 2025: tỷ lệ người trong độ tuổi 15 - 60 biết chữ mức độ 2 đạt 93,5%; huy động 99% trẻ em mẫu giáo 5 tuổi đến trường; 60% Trung tâm học tập cộng đồng được xếp loại Tốt."
SL_T30A = "b) Đến năm 2030: tỷ lệ người trong độ tuổi 15 - 60 biết chữ mức độ 2 đạt 96%; 75% Trung tâm học tập cộng đồng được xếp loại Tốt; 12/12 huyện,"
SL_T30B = "thành phố duy trì đạt chuẩn xóa mù chữ mức độ 2."  # after the page break (running header in between)
SL_THN = "c) Hằng năm: mở ít nhất 180 lớp xóa mù chữ và giáo dục tiếp tục sau khi biết chữ với khoảng 3.600 học viên; 100% trường phổ thông dân tộc nội trú duy trì câu lạc bộ đọc sách; 90% cán bộ quản lý, giáo viên được bồi dưỡng kỹ năng số."
SL_H1 = "1. Củng cố kết quả phổ cập giáo dục, xóa mù chữ"
SL_H2 = "2. Nâng cao chất lượng giáo dục thường xuyên"
SL_H3 = "3. Hỗ trợ các Trung tâm học tập cộng đồng"
SL_H4 = "4. Phát triển học liệu số và văn hóa đọc"
SL_N1 = "Rà soát, điều tra số người chưa biết chữ ở các bản vùng cao; mở lớp xóa mù chữ song ngữ tiếng Mông - tiếng Việt, tiếng Thái - tiếng Việt tại nhà văn hóa bản vào mùa nông nhàn."
SL_N2 = "Đổi mới chương trình giáo dục thường xuyên theo hướng thiết thực; các trung tâm GDNN-GDTX liên kết đào tạo nghề nông nghiệp công nghệ cao (trồng cây ăn quả, chế biến nông sản) cho người lao động."
SL_N3 = "Bồi dưỡng nghiệp vụ cho cán bộ quản lý các Trung tâm học tập cộng đồng; cử giáo viên trường tiểu học, trung học cơ sở tham gia giảng dạy tại trung tâm."
SL_N4 = "Xây dựng kho học liệu số dùng chung của ngành trên Cổng thông tin điện tử của Sở; tổ chức Ngày Sách và Văn hóa đọc Việt Nam 21/4 tại các trường học."
SL_KP = "Kinh phí thực hiện từ nguồn chi sự nghiệp giáo dục trong dự toán hằng năm của Sở và các đơn vị; năm 2025 Sở bố trí 860 triệu đồng, trong đó 320 triệu đồng cho bồi dưỡng cán bộ quản lý Trung tâm học tập cộng đồng và 540 triệu đồng cho biên soạn tài liệu xóa mù chữ song ngữ."
SL_KT1 = "Sở Giáo dục và Đào tạo tổ chức kiểm tra việc thực hiện Kế hoạch lồng ghép trong kiểm tra năm học; mỗi năm kiểm tra trực tiếp ít nhất 04 phòng GD&ĐT và 04 trung tâm GDNN-GDTX."
SL_KT2 = "Thanh tra Sở phối hợp với Phòng Giáo dục thường xuyên kiểm tra việc tổ chức lớp xóa mù chữ, bảo đảm đúng đối tượng, đúng thời lượng."
SL_KT3 = "Sơ kết giữa kỳ trong tháng 12/2027; tổng kết giai đoạn trong tháng 12/2030."
SL_GDTX = "Là đầu mối tham mưu Giám đốc Sở triển khai Kế hoạch; hướng dẫn, đôn đốc các phòng GD&ĐT, các trung tâm GDNN-GDTX thực hiện; tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Giáo dục và Đào tạo chậm nhất ngày 15/12 hằng năm."
SL_MN = "Chỉ đạo các cơ sở giáo dục mầm non tổ chức tuyên truyền, hướng dẫn cha mẹ trẻ về phương pháp nuôi dạy con; phối hợp xây dựng mô hình “Gia đình học tập” trong phụ huynh; tổng hợp số liệu huy động trẻ em mẫu giáo 5 tuổi trong tháng 9 hằng năm."
SL_KHTC = "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách của Sở; hướng dẫn các đơn vị trực thuộc sử dụng kinh phí đúng quy định."
SL_VP = "Đăng tải Kế hoạch và tin, bài về xây dựng xã hội học tập trên Cổng thông tin điện tử của Sở; xây dựng chuyên mục “Học tập suốt đời” hoàn thành chậm nhất ngày 30/6/2025."
SL_PGD = "Tham mưu Ủy ban nhân dân huyện, thành phố xây dựng kế hoạch thực hiện trên địa bàn; chỉ đạo các trường tiểu học, trung học cơ sở phối hợp với Trung tâm học tập cộng đồng; rà soát, điều tra số liệu phổ cập giáo dục, xóa mù chữ trong tháng 9 hằng năm; gửi báo cáo về Sở (qua Phòng Giáo dục thường xuyên) chậm nhất ngày 30/11 hằng năm."
SL_THPT = "Các trường THPT, trường phổ thông dân tộc nội trú tổ chức câu lạc bộ đọc sách, ngày hội đọc sách cho học sinh; xây dựng trường học đạt danh hiệu “Đơn vị học tập”."
SL_TT = "Các trung tâm GDNN-GDTX mở lớp bổ túc văn hóa kết hợp học nghề, lớp tin học, ngoại ngữ theo nhu cầu; đăng ký chỉ tiêu tuyển sinh các lớp giáo dục thường xuyên trong tháng 9 hằng năm; báo cáo kết quả về Sở chậm nhất ngày 30/11 hằng năm."

# ------------------------------------------------------------------ spans: xã Phước Sơn (markdown)
PS_CC1373 = 'Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án "Xây dựng xã hội học tập giai đoạn 2021 - 2030";'
PS_CC164 = "Căn cứ Kế hoạch số 164/KH-UBND ngày 18 tháng 12 năm 2024 của Ủy ban nhân dân huyện Tuy Phước về xây dựng xã hội học tập năm 2025;"
PS_CC21 = "Căn cứ Nghị quyết số 21/NQ-HĐND ngày 27 tháng 12 năm 2024 của Hội đồng nhân dân xã Phước Sơn về dự toán ngân sách xã năm 2025;"
PS_KQ = 'Năm 2024, toàn xã có 1.760 hộ đạt danh hiệu "Gia đình học tập", 7/11 thôn đạt danh hiệu "Cộng đồng học tập"; Trung tâm học tập cộng đồng xã tổ chức 14 lớp chuyên đề với 2.150 lượt người tham gia.'
PS_MD11 = "Nâng cao nhận thức của cán bộ và nhân dân về học tập suốt đời; tạo điều kiện để ngư dân, người nuôi trồng thủy sản ven đầm Thị Nại được học tập kiến thức, kỹ năng sản xuất."
PS_MD12 = "Phát huy vai trò của Trung tâm học tập cộng đồng xã trong tổ chức các hoạt động học tập tại thôn."
PS_R_GD = '| | Hộ gia đình đạt "Gia đình học tập" | Hộ | 1.850 | Khoảng 72% tổng số hộ |'
PS_R_DH = '| | Dòng họ đạt "Dòng họ học tập" | Dòng họ | 24 | |'
PS_R_TH = '| | Thôn đạt "Cộng đồng học tập" | Thôn | 8/11 | |'
PS_R_LOP = "| | Lớp chuyên đề | Lớp | 16 | |"
PS_R_LUOT = "| | Lượt người tham gia học tập | Lượt người | 2.400 | |"
PS_R_TS = "| | Lớp tập huấn nuôi trồng thủy sản | Lớp | 4 | Phối hợp Trạm Khuyến nông huyện |"
PS_R_BC = "| | Người 15 - 60 tuổi biết chữ mức độ 2 | % | 98,6 | Duy trì |"
PS_R_VNEID = "| | Người dân từ 14 tuổi trở lên được hướng dẫn sử dụng VNeID | % | 85 | |"
PS_R_HB = "| | Suất học bổng cho học sinh nghèo vượt khó | Suất | 60 | Từ Quỹ khuyến học xã |"
PS_TT11 = "Tuyên truyền trên hệ thống loa truyền thanh xã 02 lần/tuần về lợi ích của học tập suốt đời."
PS_TT12 = "Tổ chức Tuần lễ hưởng ứng học tập suốt đời từ ngày 01 tháng 10 đến ngày 07 tháng 10 năm 2025."
PS_N21 = "Xây dựng chương trình học tập theo mùa vụ, tập trung vào kỹ thuật nuôi tôm, cua, cá nước lợ ven đầm Thị Nại và trồng lúa chất lượng cao."
PS_N22 = "Phối hợp với Trạm Khuyến nông huyện mở 04 lớp tập huấn nuôi trồng thủy sản trong năm."
PS_N22A = "Lớp thứ nhất hoàn thành trước ngày 30 tháng 4 năm 2025."
PS_N22B = "Các lớp còn lại tổ chức trước mùa mưa bão."
PS_N31 = 'Duy trì và nhân rộng các mô hình "Gia đình học tập", "Dòng họ học tập", "Cộng đồng học tập" ở 11 thôn.'
PS_N32 = "Vận động mỗi dòng họ thành lập hoặc duy trì quỹ khuyến học dòng họ."
PS_N41 = "Thành lập tổ công nghệ số cộng đồng ở 11/11 thôn, hoàn thành trước ngày 31 tháng 5 năm 2025."
PS_N42 = "Hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID, dịch vụ công trực tuyến."
PS_KP1 = "Tổng kinh phí thực hiện Kế hoạch năm 2025 là 128.000.000 đồng, gồm:"
PS_KPNS = "Ngân sách xã: 80.000.000 đồng;"
PS_KPXHH = "Quỹ khuyến học và nguồn xã hội hóa: 48.000.000 đồng."
PS_KP2 = "Trong ngân sách xã, hỗ trợ hoạt động của Trung tâm học tập cộng đồng 35.000.000 đồng; khen thưởng gia đình, dòng họ, thôn đạt danh hiệu học tập 18.000.000 đồng."
PS_VHXH1 = "Là đầu mối tham mưu Ủy ban nhân dân xã triển khai Kế hoạch; theo dõi, đôn đốc các thôn thực hiện."
PS_VHXH2 = "Tổng hợp kết quả, báo cáo Ủy ban nhân dân xã và Phòng Giáo dục và Đào tạo huyện trước ngày 05 tháng 12 năm 2025."
PS_TCKT = "Tham mưu bố trí, cấp phát kinh phí theo dự toán được duyệt; hướng dẫn thanh quyết toán đúng quy định."
PS_TTHT1 = "Xây dựng kế hoạch hoạt động từng quý; tổ chức các lớp chuyên đề theo nhu cầu của người dân."
PS_TTHT2 = "Tự đánh giá, xếp loại và gửi báo cáo về Ủy ban nhân dân xã trước ngày 15 tháng 11 năm 2025."
PS_TRUONG = "Phối hợp tuyên truyền trong phụ huynh; cử giáo viên tham gia giảng dạy lớp xóa mù chữ tại Trung tâm học tập cộng đồng."
PS_YT = "Phối hợp tổ chức chuyên đề chăm sóc sức khỏe, phòng chống dịch bệnh tại Trung tâm học tập cộng đồng 01 lần/quý."
PS_KH = 'Đề nghị Hội Khuyến học xã chủ trì bình xét "Gia đình học tập", "Dòng họ học tập", "Cộng đồng học tập"; quản lý Quỹ khuyến học xã.'
PS_ND = "Đề nghị Hội Nông dân xã phối hợp mở lớp tập huấn kỹ thuật nuôi trồng thủy sản, trồng lúa."
PS_DTN = "Đề nghị Đoàn Thanh niên xã chủ trì tổ công nghệ số cộng đồng ở các thôn."
PS_THON = 'Tuyên truyền, vận động hộ gia đình đăng ký danh hiệu "Gia đình học tập"; gửi kết quả bình xét về Hội Khuyến học xã trước ngày 10 tháng 11 năm 2025.'

# ------------------------------------------------------------------ spans: bundled plans
HUE_BC = "gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026"
ML_XMC = "100% các xã, thị trấn duy trì đạt chuẩn xóa mù chữ mức độ 2."
CT_XMC = "100% quận, huyện đạt chuẩn xóa mù chữ mức độ 2."
HN_KNS = "100% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng, phổ cập kỹ năng số cơ bản"
AL_CC = "Thực hiện Kế hoạch số 108 /KH-UBND ngày 06/5/2025 của Ủy ban nhân dân thành phố Hải Phòng"
ML_BC = "tổng hợp, báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm"

# ================================================================== agency_tasks
Q("agency_tasks", "Theo Quyết định số 2150/QĐ-UBND, Văn phòng HĐND và UBND thành phố Vĩnh Yên được giao việc gì?",
  [(VY, VY_D2B)],
  "Điều 2 của Quyết định giao Văn phòng HĐND và UBND thành phố đăng tải Quyết định trên Cổng thông tin điện tử thành phố và theo dõi việc thực hiện trong chương trình công tác của Ủy ban nhân dân thành phố (Chánh Văn phòng cũng là người chịu trách nhiệm thi hành theo Điều 3).",
  ["Cổng thông tin điện tử", "chương trình công tác"])
Q("agency_tasks", "Phòng Lao động - Thương binh và Xã hội thành phố Vĩnh Yên có nhiệm vụ gì trong kế hoạch xây dựng xã hội học tập?",
  [(VY, VY_A3)],
  "Chủ trì, phối hợp với Ban Quản lý các khu công nghiệp tỉnh và các doanh nghiệp tổ chức bồi dưỡng kỹ năng nghề, ngoại ngữ cho công nhân, người lao động tại Khu công nghiệp Khai Quang; theo dõi chỉ tiêu lao động qua đào tạo.",
  ["Khai Quang", "Ban Quản lý các khu công nghiệp tỉnh", "lao động qua đào tạo"])
Q("agency_tasks", "Trung tâm Văn hóa - Thông tin và Thể thao thành phố Vĩnh Yên được giao nhiệm vụ gì?",
  [(VY, VY_A6)],
  "Duy trì chuyên mục “Vĩnh Yên - Thành phố học tập” phát sóng 02 kỳ/tháng trên hệ thống truyền thanh thành phố.",
  ["Vĩnh Yên - Thành phố học tập", "02 kỳ/tháng"])
Q("agency_tasks", "Kế hoạch xã hội học tập của thành phố Vĩnh Yên giao Phòng Nội vụ làm gì?",
  [(VY, VY_A5)],
  "Đưa tiêu chí xây dựng “Đơn vị học tập” vào đánh giá thi đua, khen thưởng hằng năm của các cơ quan, đơn vị; phối hợp tổ chức bồi dưỡng kỹ năng số cho cán bộ, công chức phường, xã.",
  ["Đơn vị học tập", "thi đua", "kỹ năng số"])
Q("agency_tasks", "Trong kế hoạch của Sở Giáo dục và Đào tạo Sơn La, Phòng Giáo dục Mầm non có nhiệm vụ gì?",
  [(SL, SL_MN)],
  "Chỉ đạo các cơ sở giáo dục mầm non tuyên truyền, hướng dẫn cha mẹ trẻ về phương pháp nuôi dạy con; phối hợp xây dựng mô hình “Gia đình học tập” trong phụ huynh; tổng hợp số liệu huy động trẻ em mẫu giáo 5 tuổi trong tháng 9 hằng năm.",
  ["nuôi dạy con", "Gia đình học tập", "tháng 9"])
Q("agency_tasks", "Văn phòng Sở Giáo dục và Đào tạo Sơn La được giao việc gì trong Kế hoạch 412/KH-SGDĐT?",
  [(SL, SL_VP)],
  "Đăng tải Kế hoạch và tin, bài về xây dựng xã hội học tập trên Cổng thông tin điện tử của Sở; xây dựng chuyên mục “Học tập suốt đời”, hoàn thành chậm nhất ngày 30/6/2025.",
  ["Học tập suốt đời", "30/6/2025"])
Q("agency_tasks", "Thanh tra Sở Giáo dục và Đào tạo Sơn La làm gì trong kế hoạch xây dựng xã hội học tập?",
  [(SL, SL_KT2)],
  "Theo mục V. Kiểm tra, đánh giá: Thanh tra Sở phối hợp với Phòng Giáo dục thường xuyên kiểm tra việc tổ chức lớp xóa mù chữ, bảo đảm đúng đối tượng, đúng thời lượng.",
  ["Phòng Giáo dục thường xuyên", "lớp xóa mù chữ"])
Q("agency_tasks", "Các trung tâm GDNN-GDTX ở Sơn La phải làm gì theo kế hoạch của Sở?",
  [(SL, SL_TT)],
  "Mở lớp bổ túc văn hóa kết hợp học nghề, lớp tin học, ngoại ngữ theo nhu cầu; đăng ký chỉ tiêu tuyển sinh các lớp giáo dục thường xuyên trong tháng 9 hằng năm; báo cáo kết quả về Sở chậm nhất ngày 30/11 hằng năm.",
  ["bổ túc văn hóa", "tháng 9", "30/11"])
Q("agency_tasks", "Trạm Y tế xã Phước Sơn được giao gì trong kế hoạch xây dựng xã hội học tập năm 2025?",
  [(PS, PS_YT)],
  "Phối hợp tổ chức chuyên đề chăm sóc sức khỏe, phòng chống dịch bệnh tại Trung tâm học tập cộng đồng 01 lần/quý.",
  ["chăm sóc sức khỏe", "01 lần/quý"])
Q("agency_tasks", "Xã Phước Sơn đề nghị Đoàn Thanh niên xã làm gì?",
  [(PS, PS_DTN)],
  "Đề nghị Đoàn Thanh niên xã chủ trì tổ công nghệ số cộng đồng ở các thôn.",
  ["tổ công nghệ số cộng đồng"])

# ================================================================== target
Q("target", "Thành phố Vĩnh Yên đặt chỉ tiêu bao nhiêu phần trăm hộ gia đình đạt danh hiệu Gia đình học tập vào năm 2027?",
  [(VY, VY_I1), (VY, "78")],
  "Năm 2027: 78% hộ gia đình đạt danh hiệu “Gia đình học tập” (72% năm 2025, 85% năm 2030).",
  ["78%"])
Q("target", "Đến năm 2030 Vĩnh Yên muốn có bao nhiêu phường, xã được đánh giá Cộng đồng học tập cấp xã mức Tốt?",
  [(VY, VY_I5), (VY, VY_I5N)],
  "9 đơn vị năm 2030, tức toàn bộ 9 phường, xã (4 đơn vị năm 2025, 6 năm 2027).",
  ["9"])
Q("target", "Năm 2025 Vĩnh Yên đặt chỉ tiêu bồi dưỡng kỹ năng nghề, ngoại ngữ cho công nhân khu công nghiệp là bao nhiêu, tính theo đơn vị gì?",
  [(VY, VY_I7), (VY, "Lượt người"), (VY, "3.500")],
  "3.500 lượt người năm 2025 (đơn vị tính: lượt người; 4.200 năm 2027, 5.000 năm 2030), phối hợp các doanh nghiệp tại KCN Khai Quang.",
  ["3.500", "lượt người"])
Q("target", "Chỉ tiêu lao động qua đào tạo của thành phố Vĩnh Yên năm 2030 là bao nhiêu, trong đó có bằng cấp, chứng chỉ bao nhiêu?",
  [(VY, VY_I9), (VY, "86"), (VY, VY_I9N)],
  "Năm 2030: 86% lao động qua đào tạo; theo cột Ghi chú, trong đó có bằng cấp, chứng chỉ đạt 46%.",
  ["86%", "46%"])
Q("target", "Vĩnh Yên đặt bao nhiêu buổi sinh hoạt câu lạc bộ đọc sách tại Thư viện thành phố vào năm 2027?",
  [(VY, VY_I10), (VY, "Buổi/năm"), (VY, "30")],
  "30 buổi/năm vào năm 2027 (24 buổi năm 2025, 36 buổi năm 2030).",
  ["30 buổi"])
Q("target", "Sở GD&ĐT Sơn La đặt tỷ lệ người 15 - 60 tuổi biết chữ mức độ 2 là bao nhiêu cho năm 2025 và năm 2030?",
  [(SL, SL_T25), (SL, SL_T30A)],
  "93,5% vào năm 2025 và 96% vào năm 2030.",
  ["93,5%", "96%"])
Q("target", "Mỗi năm ngành giáo dục Sơn La phải mở bao nhiêu lớp xóa mù chữ và giáo dục tiếp tục sau khi biết chữ?",
  [(SL, SL_THN)],
  "Hằng năm mở ít nhất 180 lớp xóa mù chữ và giáo dục tiếp tục sau khi biết chữ với khoảng 3.600 học viên.",
  ["180", "3.600"])
Q("target", "Đến năm 2030, Sơn La muốn bao nhiêu phần trăm Trung tâm học tập cộng đồng xếp loại Tốt?",
  [(SL, SL_T30A)],
  "75% Trung tâm học tập cộng đồng được xếp loại Tốt vào năm 2030 (60% vào năm 2025).",
  ["75%"])
Q("target", "Năm 2025 xã Phước Sơn phấn đấu bao nhiêu hộ đạt danh hiệu Gia đình học tập?",
  [(PS, PS_R_GD)],
  "1.850 hộ, khoảng 72% tổng số hộ.",
  ["1.850", "72%"])
Q("target", "Xã Phước Sơn đặt chỉ tiêu bao nhiêu thôn đạt danh hiệu Cộng đồng học tập năm 2025?",
  [(PS, PS_R_TH)],
  "8/11 thôn đạt danh hiệu “Cộng đồng học tập”.",
  ["8/11"])

# ================================================================== deadline
Q("deadline", "Phòng Giáo dục và Đào tạo thành phố Vĩnh Yên phải báo cáo kết quả thực hiện kế hoạch trước ngày nào?",
  [(VY, VY_A1)],
  "Tổng hợp, báo cáo Ủy ban nhân dân thành phố và Sở Giáo dục và Đào tạo trước ngày 10/12 hằng năm.",
  ["10/12"])
Q("deadline", "Thư viện số Vĩnh Yên phải hoàn thành khi nào?",
  [(VY, VY_N4)],
  "“Thư viện số Vĩnh Yên” xây dựng trên nền tảng Thư viện thành phố, hoàn thành trong Quý II/2026 (Phòng Văn hóa và Thông tin chủ trì).",
  ["Quý II/2026"])
Q("deadline", "Kế hoạch xã hội học tập Vĩnh Yên sơ kết giữa kỳ và tổng kết vào thời điểm nào?",
  [(VY, VY_TD)],
  "Sơ kết giữa kỳ vào Quý IV/2027, tổng kết vào Quý IV/2030.",
  ["Quý IV/2027", "Quý IV/2030"])
Q("deadline", "Phòng Giáo dục thường xuyên của Sở GD&ĐT Sơn La phải báo cáo UBND tỉnh và Bộ chậm nhất ngày nào?",
  [(SL, SL_GDTX)],
  "Chậm nhất ngày 15/12 hằng năm, báo cáo Ủy ban nhân dân tỉnh và Bộ Giáo dục và Đào tạo.",
  ["15/12"])
Q("deadline", "Các phòng GD&ĐT ở Sơn La rà soát số liệu phổ cập giáo dục, xóa mù chữ vào lúc nào và gửi báo cáo về Sở chậm nhất ngày nào?",
  [(SL, SL_PGD)],
  "Rà soát, điều tra số liệu phổ cập giáo dục, xóa mù chữ trong tháng 9 hằng năm; gửi báo cáo về Sở (qua Phòng Giáo dục thường xuyên) chậm nhất ngày 30/11 hằng năm.",
  ["tháng 9", "30/11"])
Q("deadline", "Sở GD&ĐT Sơn La sơ kết giữa kỳ kế hoạch xã hội học tập vào khi nào?",
  [(SL, SL_KT3)],
  "Sơ kết giữa kỳ trong tháng 12/2027 (tổng kết giai đoạn trong tháng 12/2030).",
  ["tháng 12/2027"])
Q("deadline", "Trung tâm học tập cộng đồng xã Phước Sơn phải gửi báo cáo tự đánh giá, xếp loại trước ngày nào?",
  [(PS, PS_TTHT2)],
  "Trước ngày 15 tháng 11 năm 2025, gửi về Ủy ban nhân dân xã.",
  ["15 tháng 11 năm 2025"])
Q("deadline", "Hạn thành lập tổ công nghệ số cộng đồng ở các thôn của xã Phước Sơn là khi nào?",
  [(PS, PS_N41)],
  "Thành lập ở 11/11 thôn, hoàn thành trước ngày 31 tháng 5 năm 2025.",
  ["31 tháng 5 năm 2025"])

# ================================================================== funding
Q("funding", "Ngân sách thành phố Vĩnh Yên bố trí bao nhiêu mỗi năm cho kế hoạch xây dựng xã hội học tập?",
  [(VY, VY_KP1)],
  "320 triệu đồng/năm trong dự toán của Phòng Giáo dục và Đào tạo cho các hoạt động chung của Kế hoạch (ngoài ra hỗ trợ mỗi Trung tâm học tập cộng đồng 20 triệu đồng/năm).",
  ["320 triệu đồng"])
Q("funding", "Mỗi Trung tâm học tập cộng đồng ở Vĩnh Yên được thành phố hỗ trợ bao nhiêu?",
  [(VY, VY_KP1)],
  "20 triệu đồng/năm cho mỗi Trung tâm học tập cộng đồng.",
  ["20 triệu đồng"])
Q("funding", "Năm 2025 Sở GD&ĐT Sơn La bố trí bao nhiêu kinh phí cho kế hoạch và phân bổ thế nào?",
  [(SL, SL_KP)],
  "860 triệu đồng từ nguồn chi sự nghiệp giáo dục, trong đó 320 triệu đồng bồi dưỡng cán bộ quản lý Trung tâm học tập cộng đồng và 540 triệu đồng biên soạn tài liệu xóa mù chữ song ngữ.",
  ["860 triệu đồng", "320 triệu đồng", "540 triệu đồng"])
Q("funding", "Tổng kinh phí kế hoạch xã hội học tập năm 2025 của xã Phước Sơn là bao nhiêu, từ những nguồn nào?",
  [(PS, PS_KP1), (PS, PS_KPNS), (PS, PS_KPXHH)],
  "128.000.000 đồng, gồm ngân sách xã 80.000.000 đồng và Quỹ khuyến học, nguồn xã hội hóa 48.000.000 đồng.",
  ["128.000.000 đồng", "80.000.000 đồng", "48.000.000 đồng"])
Q("funding", "Xã Phước Sơn hỗ trợ Trung tâm học tập cộng đồng bao nhiêu tiền trong năm 2025?",
  [(PS, PS_KP2)],
  "35.000.000 đồng từ ngân sách xã.",
  ["35.000.000 đồng"])
Q("funding", "Phước Sơn dành bao nhiêu tiền khen thưởng gia đình, dòng họ, thôn đạt danh hiệu học tập?",
  [(PS, PS_KP2)],
  "18.000.000 đồng trong ngân sách xã năm 2025.",
  ["18.000.000 đồng"])

# ================================================================== legal_basis
Q("legal_basis", "Quyết định 2150/QĐ-UBND của UBND thành phố Vĩnh Yên được ban hành căn cứ vào những văn bản nào?",
  [(VY, VY_CCLUAT), (VY, VY_CC1373), (VY, VY_CC187)],
  "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015 (sửa đổi ngày 22/11/2019); Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ; Kế hoạch số 187/KH-UBND ngày 25/8/2022 của UBND tỉnh Vĩnh Phúc; theo đề nghị của Trưởng phòng GD&ĐT tại Tờ trình số 96/TTr-GDĐT.",
  ["Luật Tổ chức chính quyền địa phương", "1373/QĐ-TTg", "187/KH-UBND"])
Q("legal_basis", "Bản kế hoạch ban hành kèm Quyết định 2150 của Vĩnh Yên nêu những căn cứ xây dựng nào?",
  [(VY, VY_KL49), (VY, VY_QD489), (VY, VY_NQ09)],
  "Mục I. Căn cứ xây dựng kế hoạch: Kết luận số 49-KL/TW ngày 10/5/2019 của Ban Bí thư; Quyết định số 489/QĐ-TTg ngày 08/6/2023 của Thủ tướng Chính phủ; Nghị quyết số 09-NQ/TU ngày 20/3/2024 của Ban Thường vụ Thành ủy Vĩnh Yên.",
  ["49-KL/TW", "489/QĐ-TTg", "09-NQ/TU"])
Q("legal_basis", "Kế hoạch của Sở GD&ĐT Sơn La căn cứ thông tư nào về đánh giá Cộng đồng học tập cấp xã?",
  [(SL, SL_TT44)],
  "Thông tư số 44/2014/TT-BGDĐT ngày 12/12/2014 của Bộ trưởng Bộ Giáo dục và Đào tạo quy định đánh giá, xếp loại “Cộng đồng học tập” cấp xã.",
  ["44/2014/TT-BGDĐT"])
Q("legal_basis", "Kế hoạch 412/KH-SGDĐT của Sơn La dựa trên kế hoạch nào của Ủy ban nhân dân tỉnh?",
  [(SL, SL_KH58)],
  "Kế hoạch số 58/KH-UBND ngày 10/3/2022 của UBND tỉnh Sơn La thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030” trên địa bàn tỉnh (cùng với Quyết định 1373/QĐ-TTg và Thông tư 44/2014/TT-BGDĐT).",
  ["58/KH-UBND", "10/3/2022"])
Q("legal_basis", "Kế hoạch xã hội học tập năm 2025 của xã Phước Sơn căn cứ những văn bản nào của huyện và của Hội đồng nhân dân xã?",
  [(PS, PS_CC164), (PS, PS_CC21)],
  "Kế hoạch số 164/KH-UBND ngày 18/12/2024 của UBND huyện Tuy Phước và Nghị quyết số 21/NQ-HĐND ngày 27/12/2024 của HĐND xã Phước Sơn về dự toán ngân sách xã năm 2025 (ngoài Quyết định 1373/QĐ-TTg).",
  ["164/KH-UBND", "21/NQ-HĐND"])

# ================================================================== purpose
Q("purpose", "Kế hoạch xây dựng xã hội học tập của thành phố Vĩnh Yên nhằm mục đích gì?",
  [(VY, VY_MD1)],
  "Xây dựng Vĩnh Yên trở thành “Thành phố học tập”, tạo cơ hội cho mọi người dân, nhất là công nhân, người lao động tại các khu công nghiệp, được học tập suốt đời, nâng cao trình độ, kỹ năng nghề nghiệp và kỹ năng số, đáp ứng yêu cầu phát triển đô thị loại I.",
  ["Thành phố học tập", "khu công nghiệp"])
Q("purpose", "Mục đích và mục tiêu chung của kế hoạch xã hội học tập ngành Giáo dục Sơn La là gì?",
  [(SL, SL_MD1), (SL, SL_MTC)],
  "Phát huy vai trò nòng cốt của ngành Giáo dục, tạo cơ hội học tập suốt đời cho mọi người dân, nhất là đồng bào dân tộc thiểu số vùng cao, biên giới; củng cố vững chắc kết quả phổ cập giáo dục, xóa mù chữ, nâng cao chất lượng các Trung tâm học tập cộng đồng và trung tâm GDNN-GDTX.",
  ["dân tộc thiểu số", "xóa mù chữ"])
Q("purpose", "Xã Phước Sơn xây dựng kế hoạch xã hội học tập năm 2025 để làm gì?",
  [(PS, PS_MD11), (PS, PS_MD12)],
  "Nâng cao nhận thức về học tập suốt đời; tạo điều kiện để ngư dân, người nuôi trồng thủy sản ven đầm Thị Nại được học kiến thức, kỹ năng sản xuất; phát huy vai trò của Trung tâm học tập cộng đồng xã trong tổ chức học tập tại thôn.",
  ["đầm Thị Nại", "Trung tâm học tập cộng đồng"])

# ================================================================== task_section
Q("task_section", "Phần nhiệm vụ và giải pháp trong kế hoạch của Vĩnh Yên gồm những nhóm nào?",
  [(VY, VY_H1), (VY, VY_H2), (VY, VY_H3), (VY, VY_H4), (VY, VY_H5)],
  "Năm nhóm: 1. Đẩy mạnh tuyên truyền, nâng cao nhận thức; 2. Nâng cao hiệu quả hoạt động của các Trung tâm học tập cộng đồng; 3. Học tập cho công nhân, người lao động tại các khu công nghiệp; 4. Phát triển văn hóa đọc và học tập trực tuyến; 5. Nhân rộng các mô hình học tập.",
  ["tuyên truyền", "khu công nghiệp", "văn hóa đọc", "mô hình học tập"])
Q("task_section", "Sở GD&ĐT Sơn La đề ra những nhiệm vụ, giải pháp nào?",
  [(SL, SL_H1), (SL, SL_H2), (SL, SL_H3), (SL, SL_H4)],
  "1. Củng cố kết quả phổ cập giáo dục, xóa mù chữ; 2. Nâng cao chất lượng giáo dục thường xuyên; 3. Hỗ trợ các Trung tâm học tập cộng đồng; 4. Phát triển học liệu số và văn hóa đọc.",
  ["xóa mù chữ", "giáo dục thường xuyên", "học liệu số"])
Q("task_section", "Nhiệm vụ nâng cao hiệu quả Trung tâm học tập cộng đồng của xã Phước Sơn gồm những gì?",
  [(PS, PS_N21), (PS, PS_N22), (PS, PS_N22A)],
  "Xây dựng chương trình học tập theo mùa vụ (kỹ thuật nuôi tôm, cua, cá nước lợ ven đầm Thị Nại, trồng lúa chất lượng cao); phối hợp Trạm Khuyến nông huyện mở 04 lớp tập huấn nuôi trồng thủy sản, lớp thứ nhất xong trước ngày 30/4/2025, các lớp còn lại trước mùa mưa bão.",
  ["nuôi tôm", "04 lớp"])
Q("task_section", "Mục Kiểm tra, đánh giá trong kế hoạch của Sở GD&ĐT Sơn La quy định những gì?",
  [(SL, SL_KT1), (SL, SL_KT2), (SL, SL_KT3)],
  "Sở kiểm tra lồng ghép trong kiểm tra năm học, mỗi năm kiểm tra trực tiếp ít nhất 04 phòng GD&ĐT và 04 trung tâm GDNN-GDTX; Thanh tra Sở phối hợp Phòng Giáo dục thường xuyên kiểm tra lớp xóa mù chữ; sơ kết giữa kỳ tháng 12/2027, tổng kết tháng 12/2030.",
  ["04 phòng GD&ĐT", "Thanh tra Sở", "tháng 12/2027"])

# ================================================================== cross_plan
Q("cross_plan", "Vĩnh Yên và xã Phước Sơn hỗ trợ Trung tâm học tập cộng đồng bao nhiêu kinh phí?",
  [(VY, VY_KP1), (PS, PS_KP2)],
  "Vĩnh Yên: 20 triệu đồng/năm cho mỗi Trung tâm học tập cộng đồng; Phước Sơn: 35.000.000 đồng (năm 2025) từ ngân sách xã cho Trung tâm học tập cộng đồng xã.",
  ["20 triệu đồng", "35.000.000 đồng"])
Q("cross_plan", "So sánh hạn báo cáo tổng hợp kết quả xã hội học tập của Phòng GD&ĐT Vĩnh Yên và của các đơn vị trong kế hoạch năm 2026 của Huế.",
  [(VY, VY_A1), (HUE, HUE_BC)],
  "Vĩnh Yên: Phòng GD&ĐT báo cáo UBND thành phố và Sở GD&ĐT trước ngày 10/12 hằng năm. Huế: các đơn vị gửi báo cáo về Sở Giáo dục và Đào tạo trước ngày 15/12/2026.",
  ["10/12", "15/12/2026"])
Q("cross_plan", "Về chuẩn xóa mù chữ mức độ 2, kế hoạch của Sở GD&ĐT Sơn La và kế hoạch của Cần Thơ đặt chỉ tiêu gì?",
  [(SL, SL_T30A), (SL, SL_T30B), (CT, CT_XMC)],
  "Sơn La: đến năm 2030, 12/12 huyện, thành phố duy trì đạt chuẩn xóa mù chữ mức độ 2. Cần Thơ: 100% quận, huyện đạt chuẩn xóa mù chữ mức độ 2.",
  ["12/12", "100% quận, huyện"])
Q("cross_plan", "Vĩnh Yên và Hà Nội đặt chỉ tiêu gì về bồi dưỡng kỹ năng số cho đội ngũ cán bộ (cán bộ quản lý, giáo viên; cán bộ, công chức, viên chức)?",
  [(VY, VY_I11), (VY, "90"), (VY, VY_I11N), (HN, HN_KNS)],
  "Vĩnh Yên: 90% cán bộ quản lý, giáo viên được bồi dưỡng kỹ năng số năm 2025, 100% năm 2027 và duy trì đến 2030. Hà Nội: 100% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng, phổ cập kỹ năng số cơ bản.",
  ["90%", "100%"])
Q("cross_plan", "Tuần lễ hưởng ứng học tập suốt đời được Vĩnh Yên và xã Phước Sơn tổ chức vào thời gian nào?",
  [(VY, VY_N1), (PS, PS_TT12)],
  "Vĩnh Yên: từ ngày 01/10 đến ngày 07/10 hằng năm. Phước Sơn: từ ngày 01 tháng 10 đến ngày 07 tháng 10 năm 2025.",
  ["01/10", "07/10", "01 tháng 10"])
Q("cross_plan", "Kế hoạch của huyện An Lão và Quyết định của thành phố Vĩnh Yên lần lượt thực hiện/căn cứ kế hoạch nào của cấp trên?",
  [(AL, AL_CC), (VY, VY_CC187)],
  "An Lão thực hiện Kế hoạch số 108/KH-UBND ngày 06/5/2025 của UBND thành phố Hải Phòng; Vĩnh Yên căn cứ Kế hoạch số 187/KH-UBND ngày 25/8/2022 của UBND tỉnh Vĩnh Phúc.",
  ["108", "187/KH-UBND"])
Q("cross_plan", "Tỷ lệ người 15 - 60 tuổi biết chữ mức độ 2 năm 2025 mà Sơn La và xã Phước Sơn đặt ra là bao nhiêu; Mỹ Lộc đặt chỉ tiêu gì về xóa mù chữ?",
  [(SL, SL_T25), (PS, PS_R_BC), (ML, ML_XMC)],
  "Sơn La: 93,5% năm 2025; Phước Sơn: 98,6% (duy trì); Mỹ Lộc: 100% các xã, thị trấn duy trì đạt chuẩn xóa mù chữ mức độ 2.",
  ["93,5%", "98,6%", "100% các xã, thị trấn"])

# ================================================================== no_diacritics
Q("no_diacritics", "Phong Tai chinh - Ke hoach thanh pho Vinh Yen co nhiem vu gi trong ke hoach xay dung xa hoi hoc tap?",
  [(VY, VY_A4)],
  "Tham mưu cân đối, bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm; hướng dẫn các đơn vị sử dụng, thanh quyết toán kinh phí đúng quy định.",
  ["bố trí kinh phí", "thanh quyết toán"])
Q("no_diacritics", "So GD&DT Son La giao cac truong THPT lam gi?",
  [(SL, SL_THPT)],
  "Các trường THPT, trường phổ thông dân tộc nội trú tổ chức câu lạc bộ đọc sách, ngày hội đọc sách cho học sinh; xây dựng trường học đạt danh hiệu “Đơn vị học tập”.",
  ["câu lạc bộ đọc sách", "Đơn vị học tập"])
Q("no_diacritics", "xa Phuoc Son dat chi tieu bao nhieu suat hoc bong nam 2025",
  [(PS, PS_R_HB)],
  "60 suất học bổng cho học sinh nghèo vượt khó, từ Quỹ khuyến học xã.",
  ["60 suất"])
Q("no_diacritics", "Vinh Yen dat chi tieu bao nhieu phan tram nguoi dan tu 15 tuoi tro len co ky nang so co ban nam 2030?",
  [(VY, VY_I8), (VY, "80")],
  "80% vào năm 2030 (55% năm 2025, 65% năm 2027).",
  ["80%"])
Q("no_diacritics", "Truong thon o Phuoc Son phai gui ket qua binh xet Gia dinh hoc tap truoc ngay nao?",
  [(PS, PS_THON)],
  "Trước ngày 10 tháng 11 năm 2025, gửi về Hội Khuyến học xã.",
  ["10 tháng 11 năm 2025", "Hội Khuyến học xã"])

# ================================================================== abbreviation
Q("abbreviation", "QĐ 2150/QĐ-UBND của UBND TP Vĩnh Yên có hiệu lực từ khi nào và giao Phòng GD&ĐT việc gì?",
  [(VY, VY_HL), (VY, VY_D2A)],
  "Quyết định có hiệu lực kể từ ngày ký; giao Phòng Giáo dục và Đào tạo thành phố chủ trì, phối hợp hướng dẫn, theo dõi, đôn đốc việc thực hiện Kế hoạch.",
  ["kể từ ngày ký", "đôn đốc"])
Q("abbreviation", "Sở GD&ĐT SL giao P. GDTX làm đầu mối những việc gì?",
  [(SL, SL_GDTX)],
  "Phòng Giáo dục thường xuyên là đầu mối tham mưu Giám đốc Sở triển khai Kế hoạch; hướng dẫn, đôn đốc các phòng GD&ĐT, trung tâm GDNN-GDTX; tổng hợp, báo cáo UBND tỉnh và Bộ GD&ĐT chậm nhất ngày 15/12 hằng năm.",
  ["đầu mối", "15/12"])
Q("abbreviation", "TTHTCĐ xã Phước Sơn phối hợp Trạm KN huyện mở mấy lớp tập huấn NTTS?",
  [(PS, PS_N22), (PS, PS_R_TS)],
  "04 lớp tập huấn nuôi trồng thủy sản trong năm 2025, phối hợp với Trạm Khuyến nông huyện.",
  ["04 lớp"])
Q("abbreviation", "KH XHHT TP Vĩnh Yên giao TT GDNN-GDTX TP làm gì?",
  [(VY, VY_A7)],
  "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên thành phố mở các lớp tin học, ngoại ngữ, kỹ năng nghề ngắn hạn theo nhu cầu người lao động; phối hợp với các Trung tâm học tập cộng đồng biên soạn tài liệu chuyên đề.",
  ["tin học, ngoại ngữ", "tài liệu chuyên đề"])
Q("abbreviation", "UBMTTQVN TP Vĩnh Yên và HKH TP được đề nghị làm gì?",
  [(VY, VY_A9A), (VY, VY_A9B)],
  "Ủy ban MTTQ Việt Nam thành phố lồng ghép xây dựng xã hội học tập vào cuộc vận động “Toàn dân đoàn kết xây dựng đời sống văn hóa”; Hội Khuyến học thành phố chủ trì đánh giá, công nhận các danh hiệu “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” và vận động phát triển Quỹ khuyến học.",
  ["Toàn dân đoàn kết xây dựng đời sống văn hóa", "Quỹ khuyến học"])

# ================================================================== paraphrase
Q("paraphrase", "Ở Vĩnh Yên, đơn vị nào lo phát chương trình về xã hội học tập trên loa đài thành phố và bao lâu một lần?",
  [(VY, VY_A6)],
  "Trung tâm Văn hóa - Thông tin và Thể thao thành phố, duy trì chuyên mục “Vĩnh Yên - Thành phố học tập” phát sóng 02 kỳ/tháng trên hệ thống truyền thanh thành phố.",
  ["Trung tâm Văn hóa - Thông tin và Thể thao", "02 kỳ/tháng"])
Q("paraphrase", "Ngành giáo dục Sơn La dạy chữ cho người lớn ở vùng cao bằng cách nào, ở đâu và vào thời điểm nào?",
  [(SL, SL_N1)],
  "Mở lớp xóa mù chữ song ngữ tiếng Mông - tiếng Việt, tiếng Thái - tiếng Việt tại nhà văn hóa bản vào mùa nông nhàn, sau khi rà soát số người chưa biết chữ ở các bản vùng cao.",
  ["song ngữ", "nhà văn hóa bản", "mùa nông nhàn"])
Q("paraphrase", "Phước Sơn muốn bao nhiêu phần trăm người dân biết dùng ứng dụng định danh điện tử VNeID?",
  [(PS, PS_R_VNEID)],
  "85% người dân từ 14 tuổi trở lên được hướng dẫn sử dụng VNeID (năm 2025).",
  ["85%", "14 tuổi"])
Q("paraphrase", "Những ai phải chịu trách nhiệm thi hành văn bản ban hành kế hoạch học tập suốt đời của Vĩnh Yên?",
  [(VY, VY_D3)],
  "Theo Điều 3: Chánh Văn phòng HĐND và UBND thành phố, Trưởng phòng Giáo dục và Đào tạo, Trưởng phòng Tài chính - Kế hoạch, Thủ trưởng các cơ quan, đơn vị liên quan và Chủ tịch Ủy ban nhân dân các phường, xã.",
  ["Chánh Văn phòng HĐND và UBND thành phố", "Trưởng phòng Tài chính - Kế hoạch", "Chủ tịch Ủy ban nhân dân các phường, xã"])

# ================================================================== english
Q("english", "What share of households in Vinh Yen should be recognised as learning families by 2030?",
  [(VY, VY_I1), (VY, "85")],
  "85% of households by 2030 (72% in 2025, 78% in 2027).",
  ["85%"])
Q("english", "How many skills and language training attendances for industrial-park workers does Vinh Yen target in 2027?",
  [(VY, VY_I7), (VY, "4.200")],
  "4.200 attendances (lượt người) in 2027 (3.500 in 2025, 5.000 in 2030), with the firms of the Khai Quang industrial park.",
  ["200"])
Q("english", "By what date each year must Vinh Yen's education office report to the city and the provincial Department of Education?",
  [(VY, VY_A1)],
  "Before 10/12 (10 December) each year.",
  ["10/12"])
Q("english", "How much does the Vinh Yen city budget put into the learning-society plan each year?",
  [(VY, VY_KP1)],
  "320 million VND a year in the education office's budget, plus 20 million VND a year for each community learning centre.",
  ["320"])
Q("english", "What is the legal basis of Vinh Yen's Decision No. 2150/QD-UBND?",
  [(VY, VY_CCLUAT), (VY, VY_CC1373), (VY, VY_CC187)],
  "The Law on Local Government Organisation (2015, amended 2019), Prime Minister's Decision 1373/QĐ-TTg of 30/7/2021 and Vinh Phuc province's Plan 187/KH-UBND of 25/8/2022.",
  ["1373", "187"])
Q("english", "What literacy rate (level 2, ages 15 to 60) does the Son La Department of Education and Training aim for by 2030?",
  [(SL, SL_T30A)],
  "96% by 2030 (93,5% in 2025).",
  ["96%"])
Q("english", "How many literacy classes must Son La's education sector open every year?",
  [(SL, SL_THN)],
  "At least 180 literacy and post-literacy classes a year, with about 3.600 learners.",
  ["180"])
Q("english", "What budget has the Son La Department of Education set aside for the plan in 2025?",
  [(SL, SL_KP)],
  "860 million VND in 2025: 320 million for training community learning centre managers and 540 million for bilingual literacy materials.",
  ["860", "540"])
Q("english", "Which unit of the Son La Department of Education coordinates the plan, and by when must it report to the province and the Ministry?",
  [(SL, SL_GDTX)],
  "The Continuing Education Division (Phòng Giáo dục thường xuyên); it reports to the provincial People's Committee and the Ministry of Education and Training no later than 15/12 each year.",
  ["Phòng Giáo dục thường xuyên", "15/12"])
Q("english", "When will Son La hold the mid-term review of its education-sector learning-society plan?",
  [(SL, SL_KT3)],
  "In December 2027 (tháng 12/2027); the final review is in December 2030.",
  ["2027"])
Q("english", "How much money does Phuoc Son commune set aside for its 2025 learning-society plan?",
  [(PS, PS_KP1)],
  "128.000.000 VND in total (80.000.000 from the commune budget, 48.000.000 from the study-promotion fund and private contributions).",
  ["128"])
Q("english", "How many households in Phuoc Son should earn the learning family title in 2025?",
  [(PS, PS_R_GD)],
  "1.850 households, about 72% of all households.",
  ["850", "72%"])
Q("english", "What does the Phuoc Son plan ask the commune health station to do?",
  [(PS, PS_YT)],
  "To co-organise health-care and disease-prevention talks at the community learning centre once a quarter (01 lần/quý).",
  ["quarter"])
Q("english", "Which industrial park in Vinh Yen is targeted for worker training, and in which languages?",
  [(VY, VY_N3)],
  "Khai Quang industrial park; classes in job skills and conversational Korean and Japanese.",
  ["Khai Quang", "Korean", "Japanese"])
Q("english", "Who signed Vinh Yen's decision issuing the learning-society plan?",
  [(VY, VY_SIGNER)],
  "Đỗ Thị Minh Hằng, Vice Chair (KT. CHỦ TỊCH / PHÓ CHỦ TỊCH), on behalf of the city People's Committee.",
  ["Đỗ Thị Minh Hằng"])

# ================================================================== follow_up
Q("follow_up", "Còn năm 2030 thì sao?",
  [(VY, VY_I2), (VY, "75")],
  "Năm 2030: 75% dòng họ đạt danh hiệu “Dòng họ học tập”.",
  ["75%"],
  [("user", "Vĩnh Yên đặt chỉ tiêu dòng họ học tập năm 2025 là bao nhiêu?"),
   ("assistant", "62% dòng họ đạt danh hiệu “Dòng họ học tập” vào năm 2025.")])
Q("follow_up", "Còn Phòng Tài chính - Kế hoạch thì sao?",
  [(VY, VY_A4)],
  "Phòng Tài chính - Kế hoạch tham mưu cân đối, bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm; hướng dẫn sử dụng, thanh quyết toán kinh phí đúng quy định.",
  ["bố trí kinh phí"],
  [("user", "Phòng Văn hóa và Thông tin thành phố Vĩnh Yên được giao gì?"),
   ("assistant", "Chủ trì xây dựng “Thư viện số Vĩnh Yên”; chỉ đạo Thư viện thành phố duy trì câu lạc bộ đọc sách; hướng dẫn tuyên truyền trên hệ thống truyền thanh cơ sở.")])
Q("follow_up", "Còn các phòng GD&ĐT thì sao?",
  [(SL, SL_PGD)],
  "Các phòng GD&ĐT tham mưu UBND huyện, thành phố xây dựng kế hoạch; chỉ đạo các trường tiểu học, THCS phối hợp với Trung tâm học tập cộng đồng; rà soát số liệu phổ cập, xóa mù chữ trong tháng 9 hằng năm; gửi báo cáo về Sở chậm nhất ngày 30/11 hằng năm.",
  ["tháng 9", "30/11"],
  [("user", "Sở GD&ĐT Sơn La giao Phòng Giáo dục Mầm non việc gì?"),
   ("assistant", "Chỉ đạo các cơ sở mầm non tuyên truyền, hướng dẫn cha mẹ trẻ; xây dựng “Gia đình học tập” trong phụ huynh; tổng hợp số liệu huy động trẻ 5 tuổi trong tháng 9 hằng năm.")])
Q("follow_up", "Ở đó Trung tâm học tập cộng đồng được hỗ trợ bao nhiêu tiền?",
  [(PS, PS_KP2)],
  "Ở xã Phước Sơn, ngân sách xã hỗ trợ hoạt động của Trung tâm học tập cộng đồng 35.000.000 đồng trong năm 2025.",
  ["35.000.000 đồng"],
  [("user", "Xã Phước Sơn có kế hoạch xây dựng xã hội học tập năm 2025 không?"),
   ("assistant", "Có: Kế hoạch số 27/KH-UBND ngày 24/02/2025 của UBND xã Phước Sơn.")])
Q("follow_up", "What about learning clans?",
  [(VY, VY_I2)],
  "Clans recognised as learning clans: 62% in 2025, 68% in 2027, 75% in 2030.",
  ["62%", "68%", "75%"],
  [("user", "What are Vinh Yen's targets for learning families?"),
   ("assistant", "72% of households in 2025, 78% in 2027 and 85% in 2030.")])
Q("follow_up", "Vậy năm 2030?",
  [(SL, SL_T30A)],
  "Năm 2030: 75% Trung tâm học tập cộng đồng được xếp loại Tốt.",
  ["75%"],
  [("user", "Sở GD&ĐT Sơn La đặt chỉ tiêu Trung tâm học tập cộng đồng xếp loại Tốt năm 2025 là bao nhiêu?"),
   ("assistant", "60% Trung tâm học tập cộng đồng được xếp loại Tốt vào năm 2025.")])
Q("follow_up", "Còn Hội Nông dân xã?",
  [(PS, PS_ND)],
  "Đề nghị Hội Nông dân xã Phước Sơn phối hợp mở lớp tập huấn kỹ thuật nuôi trồng thủy sản, trồng lúa.",
  ["nuôi trồng thủy sản"],
  [("user", "Hội Khuyến học xã Phước Sơn được đề nghị làm gì?"),
   ("assistant", "Chủ trì bình xét “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập”; quản lý Quỹ khuyến học xã.")])
Q("follow_up", "Khi nào phải xong?",
  [(VY, VY_N4)],
  "“Thư viện số Vĩnh Yên” phải hoàn thành trong Quý II/2026.",
  ["Quý II/2026"],
  [("user", "Thư viện số Vĩnh Yên do cơ quan nào chủ trì xây dựng?"),
   ("assistant", "Phòng Văn hóa và Thông tin thành phố.")])
Q("follow_up", "Khoản đó dùng vào những việc gì?",
  [(PS, PS_KP2)],
  "Trong ngân sách xã: hỗ trợ hoạt động của Trung tâm học tập cộng đồng 35.000.000 đồng; khen thưởng gia đình, dòng họ, thôn đạt danh hiệu học tập 18.000.000 đồng (phần còn lại không được chia chi tiết).",
  ["35.000.000 đồng", "18.000.000 đồng"],
  [("user", "Ngân sách xã Phước Sơn chi bao nhiêu cho kế hoạch xã hội học tập năm 2025?"),
   ("assistant", "80.000.000 đồng (tổng kinh phí 128.000.000 đồng).")])
Q("follow_up", "And what must the high schools do?",
  [(SL, SL_THPT)],
  "Upper-secondary (THPT) and ethnic boarding schools run reading clubs and reading festivals for students and work to be recognised as a “learning unit” (Đơn vị học tập).",
  ["reading"],
  [("user", "Who coordinates the learning-society plan in Son La's education sector?"),
   ("assistant", "The Continuing Education Division (Phòng Giáo dục thường xuyên) of the Department of Education and Training.")])
Q("follow_up", "Năm 2024 ở đó đạt được bao nhiêu?",
  [(PS, PS_KQ)],
  "Năm 2024 xã Phước Sơn có 7/11 thôn đạt danh hiệu “Cộng đồng học tập” (và 1.760 hộ đạt “Gia đình học tập”).",
  ["7/11"],
  [("user", "Phước Sơn đặt chỉ tiêu bao nhiêu thôn đạt Cộng đồng học tập năm 2025?"),
   ("assistant", "8/11 thôn.")])
Q("follow_up", "Còn báo cáo năm?",
  [(VY, VY_BC)],
  "Báo cáo năm gửi về Phòng Giáo dục và Đào tạo trước ngày 25/11 hằng năm.",
  ["25/11"],
  [("user", "Các cơ quan ở Vĩnh Yên gửi báo cáo 6 tháng trước ngày nào?"),
   ("assistant", "Trước ngày 15/6, về Phòng Giáo dục và Đào tạo.")])
Q("follow_up", "Các lớp đó dạy bằng những thứ tiếng nào?",
  [(SL, SL_N1)],
  "Lớp xóa mù chữ song ngữ tiếng Mông - tiếng Việt và tiếng Thái - tiếng Việt, mở tại nhà văn hóa bản vào mùa nông nhàn.",
  ["tiếng Mông", "tiếng Thái"],
  [("user", "Mỗi năm Sơn La mở bao nhiêu lớp xóa mù chữ?"),
   ("assistant", "Ít nhất 180 lớp xóa mù chữ và giáo dục tiếp tục sau khi biết chữ, khoảng 3.600 học viên.")])
Q("follow_up", "Vậy thành phố Vĩnh Yên đặt mục tiêu chung gì đến năm 2030?",
  [(VY, VY_MT)],
  "Phấn đấu đến năm 2030 thành phố Vĩnh Yên được công nhận “Thành phố học tập” theo tiêu chí của tỉnh.",
  ["Thành phố học tập"],
  [("user", "Tỉnh Vĩnh Phúc đặt mục tiêu gì cho xây dựng xã hội học tập đến năm 2030?"),
   ("assistant", "Chưa có kế hoạch của tỉnh Vĩnh Phúc trong các kế hoạch đã nạp; Quyết định của thành phố Vĩnh Yên chỉ dẫn số hiệu Kế hoạch 187/KH-UBND của tỉnh.")])
Q("follow_up", "And the community learning centre, by when must it send its self-assessment?",
  [(PS, PS_TTHT2)],
  "Before 15 November 2025 (trước ngày 15 tháng 11 năm 2025), to the commune People's Committee.",
  ["15"],
  [("user", "What must Phuoc Son's village heads do?"),
   ("assistant", "Promote the learning-family title among households and send the results to the commune study-promotion association before 10 November 2025.")])
Q("follow_up", "Thế còn Văn phòng Sở, hạn của họ là khi nào và cho việc gì?",
  [(SL, SL_VP)],
  "Văn phòng Sở xây dựng chuyên mục “Học tập suốt đời” trên Cổng thông tin điện tử của Sở, hoàn thành chậm nhất ngày 30/6/2025.",
  ["30/6/2025", "Học tập suốt đời"],
  [("user", "Sở GD&ĐT Sơn La yêu cầu các trung tâm GDNN-GDTX báo cáo chậm nhất ngày nào?"),
   ("assistant", "Chậm nhất ngày 30/11 hằng năm.")])
Q("follow_up", "Ở xã Phước Sơn thì công chức Văn hóa - Xã hội phải báo cáo trước ngày nào?",
  [(PS, PS_VHXH2)],
  "Trước ngày 05 tháng 12 năm 2025, báo cáo UBND xã và Phòng Giáo dục và Đào tạo huyện.",
  ["05 tháng 12 năm 2025"],
  [("user", "Phòng GD&ĐT Vĩnh Yên phải báo cáo trước ngày nào?"),
   ("assistant", "Trước ngày 10/12 hằng năm.")])

# ================================================================== unanswerable
# places with no loaded plan
U("Tỉnh Vĩnh Phúc đặt chỉ tiêu bao nhiêu phần trăm hộ gia đình đạt Gia đình học tập năm 2025?",
  "Chưa nạp kế hoạch của tỉnh Vĩnh Phúc; Quyết định của thành phố Vĩnh Yên chỉ dẫn số hiệu Kế hoạch 187/KH-UBND của tỉnh mà không nêu chỉ tiêu của tỉnh.")
U("Thành phố Phúc Yên giao Phòng GD&ĐT báo cáo kết quả xây dựng xã hội học tập trước ngày nào?",
  "Không có kế hoạch của thành phố Phúc Yên trong các kế hoạch đã nạp.")
U("Xã Phước Thuận đặt chỉ tiêu bao nhiêu hộ đạt Gia đình học tập năm 2025?",
  "Không có kế hoạch của xã Phước Thuận trong các kế hoạch đã nạp (chỉ có xã Phước Sơn).")
U("Huyện Tuy Phước hỗ trợ mỗi Trung tâm học tập cộng đồng bao nhiêu tiền năm 2025?",
  "Chưa nạp kế hoạch của huyện Tuy Phước; kế hoạch xã Phước Sơn chỉ dẫn số hiệu Kế hoạch 164/KH-UBND của huyện.")
U("Sở GD&ĐT tỉnh Điện Biên đặt chỉ tiêu mở bao nhiêu lớp xóa mù chữ mỗi năm?",
  "Không có kế hoạch của tỉnh Điện Biên trong các kế hoạch đã nạp.")
U("Kế hoạch của UBND tỉnh Sơn La giao Sở Văn hóa, Thể thao và Du lịch nhiệm vụ gì?",
  "Kế hoạch của UBND tỉnh Sơn La (58/KH-UBND) không được nạp; kế hoạch đã nạp là của Sở GD&ĐT và không giao việc cho Sở VHTTDL.")
U("What learning-society targets has Binh Dinh province set for 2025?",
  "No plan of Bình Định province is loaded; only the plan of Phước Sơn commune (Tuy Phước district).")
# figures the named plan does not set
U("Kế hoạch của Sở GD&ĐT Sơn La đặt chỉ tiêu bao nhiêu phần trăm hộ gia đình đạt Gia đình học tập?",
  "Kế hoạch của Sở GD&ĐT Sơn La không đặt chỉ tiêu tỷ lệ hộ gia đình học tập.")
U("Xã Phước Sơn đặt chỉ tiêu tỷ lệ lao động qua đào tạo năm 2025 là bao nhiêu?",
  "Kế hoạch xã Phước Sơn không đặt chỉ tiêu lao động qua đào tạo.")
U("Vĩnh Yên đặt chỉ tiêu hộ gia đình học tập năm 2026 là bao nhiêu?",
  "Biểu chỉ tiêu của Vĩnh Yên chỉ cho các năm 2025, 2027 và 2030; không có chỉ tiêu năm 2026.")
# current counts
U("Hiện nay thành phố Vĩnh Yên có bao nhiêu doanh nghiệp đạt danh hiệu Đơn vị học tập?",
  "Kế hoạch chỉ nêu tỷ lệ chỉ tiêu, không nêu số doanh nghiệp hiện đạt danh hiệu.")
U("Sơn La hiện có bao nhiêu người chưa biết chữ?",
  "Kế hoạch yêu cầu rà soát, điều tra số người chưa biết chữ nhưng không nêu con số.")
# past results not given
U("Năm 2024 xã Phước Sơn có bao nhiêu dòng họ đạt Dòng họ học tập?",
  "Kết quả năm 2024 trong kế hoạch chỉ nêu hộ gia đình, thôn và lớp chuyên đề, không nêu dòng họ.")
U("Năm 2023 tỷ lệ lao động qua đào tạo của thành phố Vĩnh Yên là bao nhiêu?",
  "Kế hoạch của Vĩnh Yên không nêu kết quả các năm trước.")
# amounts not broken out
U("Xã Phước Sơn chi bao nhiêu tiền cho Tuần lễ hưởng ứng học tập suốt đời?",
  "Kế hoạch không tách kinh phí cho Tuần lễ hưởng ứng học tập suốt đời.")
U("Trong 320 triệu đồng mỗi năm của Vĩnh Yên, bao nhiêu dành cho Thư viện số?",
  "Kế hoạch không phân bổ khoản 320 triệu đồng theo từng nhiệm vụ.")
U("Sở GD&ĐT Sơn La bố trí bao nhiêu kinh phí cho kế hoạch năm 2027?",
  "Kế hoạch chỉ nêu kinh phí năm 2025 (860 triệu đồng); không nêu các năm sau.")
# sanctions
U("Phòng GD&ĐT nào ở Sơn La nộp báo cáo chậm thì bị xử lý thế nào?",
  "Kế hoạch không quy định hình thức xử lý khi báo cáo chậm.")
U("What penalty does Vinh Yen impose on wards that miss their learning-society targets?",
  "The plan sets no penalty.")
# agencies never named
U("Công an xã Phước Sơn có nhiệm vụ gì trong kế hoạch xây dựng xã hội học tập?",
  "Kế hoạch xã Phước Sơn không giao nhiệm vụ cho Công an xã.")
U("Phòng Y tế thành phố Vĩnh Yên được giao gì trong kế hoạch xã hội học tập?",
  "Kế hoạch của Vĩnh Yên không giao nhiệm vụ cho Phòng Y tế.")
U("Phòng Giáo dục Tiểu học của Sở GD&ĐT Sơn La phải làm gì trong kế hoạch này?",
  "Kế hoạch không giao nhiệm vụ cho Phòng Giáo dục Tiểu học (chỉ nêu các trường tiểu học qua các phòng GD&ĐT).")
U("What role does the Son La provincial police play in the learning-society plan?",
  "The plan gives no task to the provincial police.")
U("What does the Vinh Yen city Youth Union have to do under the plan?",
  "The Vinh Yen plan does not name the Youth Union (Đoàn Thanh niên).")
# years outside the period
U("Kế hoạch của xã Phước Sơn đặt bao nhiêu hộ gia đình học tập cho năm 2026?",
  "Kế hoạch xã Phước Sơn chỉ cho năm 2025; không có chỉ tiêu năm 2026.")
U("What is Vinh Yen's 2035 target for learning families?",
  "The Vinh Yen plan runs to 2030; there is no 2035 target.")
# signers of documents that are not loaded
U("Ai ký Kế hoạch số 187/KH-UBND của UBND tỉnh Vĩnh Phúc?",
  "Kế hoạch 187/KH-UBND chỉ được dẫn làm căn cứ; văn bản đó không được nạp nên không biết người ký.")
U("Who signed Son La province's Plan No. 58/KH-UBND?",
  "Plan 58/KH-UBND is only cited as a basis; it is not loaded, so its signer is unknown.")
# follow-ups that move to an unloaded place or year
U("Còn ở xã Phước Hòa thì sao?",
  "Không có kế hoạch của xã Phước Hòa trong các kế hoạch đã nạp.",
  [("user", "Xã Phước Sơn hỗ trợ Trung tâm học tập cộng đồng bao nhiêu tiền năm 2025?"),
   ("assistant", "35.000.000 đồng.")])
U("What about 2032?",
  "The Son La plan covers 2025-2030; there is no 2032 target.",
  [("user", "What literacy rate does Son La aim for by 2030?"),
   ("assistant", "96% of people aged 15-60 literate at level 2.")])
U("Thế còn năm 2026 thì sao?",
  "Kế hoạch xã Phước Sơn chỉ cho năm 2025; không có kinh phí năm 2026.",
  [("user", "Tổng kinh phí kế hoạch năm 2025 của xã Phước Sơn là bao nhiêu?"),
   ("assistant", "128.000.000 đồng.")])


if __name__ == "__main__":
    with open(OUT, "w", encoding="utf-8") as f:
        for q in QS:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    print(len(QS), "questions ->", OUT)
