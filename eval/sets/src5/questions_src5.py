"""Hand-written questions on the fifth held-out set's plans; writes eval/sets/newplans5.jsonl (FORMAT.md format).

    python eval/sets/src5/questions_src5.py

Written from the plan texts (plans5/ and the five bundled plans) only, without reading or running the product.
docs of a question = the plans its evidence comes from (in order); [] for unanswerable questions.
Spans are taken from the text as extracted (see check_sets.py): docx paragraphs and table cells (an appendix
target is cited by its indicator cell and its value cell; an appendix task row by its cells), the OCR text as is
(OCR errors kept: "Kế hoach", "xếp 1oại", "2O30"), pypdf text for the PDF (a Bảng 1 row by its whole line).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "newplans5.jsonl")

DK = "dongkinh_18-KH-UBND_2026.docx"
KP = "krongpac_127-KH-UBND_2024.txt"
AG = "angiang_389-KH-UBND_2025.pdf"
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
    QS.append({"id": f"r{len(QS) + 1:03d}", "question": question, "type": type_, "docs": docs,
               "evidence": [{"doc": d, "span": s} for d, s in evidence], "answer": answer,
               "key_facts": list(key_facts),
               "history": [{"role": r, "content": c} for r, c in history]})


def U(question, answer, history=()):
    Q("unanswerable", question, [], answer, [], history)


# ------------------------------------------------------------------ spans: Đông Kinh (docx)
DK_VHXH = "Là cơ quan thường trực, chủ trì tham mưu Ủy ban nhân dân phường triển khai Kế hoạch; hướng dẫn các khối phố bình xét danh hiệu “Cộng đồng học tập”; tổng hợp, báo cáo Ủy ban nhân dân phường trước ngày 05/12 hằng năm và báo cáo Sở Giáo dục và Đào tạo tỉnh Lạng Sơn trước ngày 15/12 hằng năm."
DK_VP = "Đưa tiêu chí “Đơn vị học tập” vào đánh giá thi đua hằng năm của cán bộ, công chức phường; cập nhật tin, bài về xây dựng xã hội học tập trên Trang thông tin điện tử phường."
DK_KT = "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách phường; phối hợp Ban Quản lý chợ Đông Kinh vận động hộ kinh doanh tham gia học tập."
DK_TT = "Xây dựng kế hoạch hoạt động theo từng quý; tự đánh giá, xếp loại theo quy định và gửi kết quả về Phòng Văn hóa - Xã hội trước ngày 20/11 hằng năm."
DK_CA = "Phối hợp tuyên truyền pháp luật về an ninh trật tự, phòng, chống lừa đảo trên không gian mạng tại các lớp chuyên đề của Trung tâm học tập cộng đồng."
DK_TRUONG = "Phối hợp với Trung tâm học tập cộng đồng cho mượn phòng học, phòng tin học ngoài giờ; vận động cha mẹ học sinh tham gia xây dựng “Gia đình học tập”."
DK_KHOI = "Tuyên truyền, vận động các hộ gia đình đăng ký danh hiệu “Gia đình học tập”; báo cáo kết quả bình xét về Phòng Văn hóa - Xã hội trước ngày 30/11 hằng năm."
DK_MT = "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường chỉ đạo Ban Công tác Mặt trận các khối phố lồng ghép nội dung xây dựng xã hội học tập vào cuộc vận động “Toàn dân đoàn kết xây dựng đời sống văn hóa”."
DK_KH = "Đề nghị Hội Khuyến học phường chủ trì đánh giá, công nhận danh hiệu “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập”; vận động các nhà hảo tâm đóng góp Quỹ khuyến học phường."
DK_KP1 = "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách phường giao cho Phòng Văn hóa - Xã hội hằng năm; năm 2026 dự kiến 185 triệu đồng."
DK_KP2 = "Hỗ trợ hoạt động của Trung tâm học tập cộng đồng phường 40 triệu đồng/năm; huy động nguồn xã hội hóa từ các doanh nghiệp, hộ kinh doanh và Quỹ khuyến học phường."
DK_KQ = "Năm 2025, toàn phường có 71,5% hộ gia đình đạt danh hiệu “Gia đình học tập”, 24/36 khối phố đạt danh hiệu “Cộng đồng học tập”; Trung tâm học tập cộng đồng phường tổ chức 19 lớp chuyên đề với 2.960 lượt người tham gia."
DK_MUCTIEU = "Đến năm 2028, phấn đấu 80% hộ gia đình đạt danh hiệu “Gia đình học tập”; 100% khối phố đạt danh hiệu “Cộng đồng học tập”; 80% người dân từ 15 tuổi trở lên được phổ biến kỹ năng số cơ bản."
DK_MD1 = "Tiếp tục nâng cao nhận thức của cán bộ, đảng viên và nhân dân về học tập suốt đời; tạo cơ hội cho mọi người dân, nhất là hộ kinh doanh, người lao động tự do và người cao tuổi, được học tập thường xuyên, nâng cao kỹ năng số và kỹ năng nghề nghiệp."
DK_BDHVS = "Hưởng ứng phong trào “Bình dân học vụ số”, tổ chức hướng dẫn người dân sử dụng dịch vụ công trực tuyến, ứng dụng VNeID, thanh toán không dùng tiền mặt; thành lập tổ công nghệ số cộng đồng tại 100% khối phố trong năm 2026."
DK_TTHT2 = "Kiện toàn Ban Giám đốc Trung tâm học tập cộng đồng phường sau sắp xếp; xây dựng chương trình học tập theo nhu cầu của người dân ở từng khối phố; mỗi năm tổ chức ít nhất 24 lớp chuyên đề."
DK_DOC = "Tổ chức Ngày Sách và Văn hóa đọc Việt Nam 21/4 hằng năm; phát triển câu lạc bộ đọc sách tại các khối phố, ưu tiên thiếu nhi và người cao tuổi."
DK_CC276 = "Căn cứ Kế hoạch số 276/KH-UBND ngày 02 tháng 12 năm 2025 của Ủy ban nhân dân tỉnh Lạng Sơn về xây dựng xã hội học tập tỉnh Lạng Sơn năm 2026 và những năm tiếp theo;"
DK_CC07 = "Căn cứ Nghị quyết số 07-NQ/ĐU ngày 10 tháng 11 năm 2025 của Ban Chấp hành Đảng bộ phường Đông Kinh về phát triển giáo dục, đào tạo và xây dựng xã hội học tập;"
DK_CCLUAT = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"
# appendix 01 indicator cells
DK_I_GD = "Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình học tập”"
DK_I_DH = "Số dòng họ đạt danh hiệu “Dòng họ học tập”"
DK_I_CD = "Tỷ lệ khối phố đạt danh hiệu “Cộng đồng học tập”"
DK_I_DV = "Số cơ quan, đơn vị đạt danh hiệu “Đơn vị học tập”"
DK_I_KNS = "Tỷ lệ người dân từ 15 tuổi trở lên được phổ biến kỹ năng số cơ bản"
DK_I_LOP = "Số lớp chuyên đề do Trung tâm học tập cộng đồng tổ chức"
DK_I_LUOT = "Số lượt người tham gia học tập tại Trung tâm học tập cộng đồng"
DK_I_CDHT = "Tỷ lệ công dân được công nhận “Công dân học tập”"
DK_I_CLB = "Số câu lạc bộ đọc sách tại khối phố"
# appendix 02 cells
DK_R3 = "Thành lập tổ công nghệ số cộng đồng tại các khối phố"
DK_R4 = "Mở lớp “Bình dân học vụ số” cho người cao tuổi"
DK_R5 = "Mở lớp tiếng Trung giao tiếp cho hộ kinh doanh khu chợ Đông Kinh"
DK_R6 = "Xây dựng tủ sách cộng đồng tại nhà văn hóa khối phố"
DK_R7 = "Tập huấn phòng, chống lừa đảo trên không gian mạng"
DK_R8 = "Bình xét, công nhận “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập”"
DK_R10 = "Bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách phường"
DK_R11 = "Sơ kết 03 năm thực hiện Kế hoạch"
DK_TTHT = "Trung tâm học tập cộng đồng phường"

# ------------------------------------------------------------------ spans: Krông Pắc (OCR txt)
KP_GD = "tổng hợp, báo cáo Ủy ban nhân dân huyện trước ngày 25/11 hằng năm."
KP_VH = "- Phòng Văn hóa và Thông tin: Chủ trì tuyên truyền về xây dựng xã hội học tập; hướng dẫn xây dựng tủ sách, thư viện tại các buôn, thôn; phối hợp thẩm định danh hiệu \"Cộng đồng học tập\"."
KP_LD = "- Phòng Lao động - Thương binh và Xã hội: Chủ trì triển khai đào tạo nghề cho lao động nông thôn; phối hợp Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện mở các lớp nghề ngắn hạn."
KP_TC = "- Phòng Tài chính - Kế hoach: Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách huyện hằng năm; hướng dẫn các xã, thị trấn sử dụng, quyết toán kinh phí theo quy định."
KP_DT = "- Phòng Dân tộc: Phối hợp tổ chức các lớp xóa mù chữ, lớp dạy tiếng Ê Đê; vận động người có uy tín trong đồng bào dân tộc thiểu số tham gia tuyên truyền."
KP_NN = "- Phòng Nông nghiệp và Phát triển nông thôn: Phối hợp các Trung tâm học tập cộng đồng tổ chức chuyên đề chuyển giao kỹ thuật trồng sầu riêng, cà phê, hồ tiêu."
KP_GDNN = "- Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện: Tổ chức các lớp đào tạo nghề ngắn hạn, bồi dưỡng tin học, ngoại ngữ; xây dựng thư viện số phục vụ người học."
KP_VHTT = "- Trung tâm Văn hóa, Thông tin và Thể thao huyện: Xây dựng chuyên mục \"Học tập suốt đời\" phát sóng 01 kỳ/tháng bằng tiếng Việt và tiếng Ê Đê."
KP_XA = "- Ủy ban nhân dân các xã, thị trấn: Xây dựng kế hoạch hằng năm; củng cố Trung tâm học tập cộng đồng; báo cáo kết quả về Phòng Giáo dục và Đào tạo trước ngày 10/11 hằng năm."
KP_MT = "- Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện, Hội Liên hiệp Phụ nữ, Hội Nông dân, Huyện đoàn: Phối hợp tuyên truyền, vận động hội viên, đoàn viên tham gia xây dựng xã hội học tập."
KP_KH = "- Đề nghị Hội Khuyến học huyện: Chủ trì đánh giá, công nhận danh hiệu \"Gia đình học tập\", \"Dòng họ học tập\", \"Cộng đồng học tập\"; vận động xây dựng Quỹ khuyến học."
KP_2025A = "- 70% hộ gia đình đạt danh hiệu \"Gia đình học tập\"; 55% dòng họ đạt danh hiệu \"Dòng họ học tập\"; 65% buôn, thôn, tổ dân phố đạt danh hiệu \"Cộng đồng học tập\"."
KP_2025B = "- 100% Trung tâm học tập cộng đồng được đánh giá, xếp 1oại; trong đó ít nhất 30% xếp loại Tốt."
KP_2025LD = "- Tỷ lệ lao động qua đào tạo đạt 60%."
KP_2030H = "b) Đến năm 2O30:"
KP_2030A = "- 80% hộ gia đình đạt danh hiệu \"Gia đình học tập\"; 65% dòng họ đạt danh hiệu \"Dòng họ học tập\"; 75% buôn, thôn, tổ dân phố đạt danh hiệu \"Cộng đồng học tập\"."
KP_2030B = "- Ít nhất 50% Trung tâm học tập cộng đồng xếp loại Tốt."
KP_2030LD = "- Tỷ lệ lao động qua đào tạo đạt 70%."
KP_2030BC = "- 98% người trong độ tuổi từ 15 đến 60 đạt chuẩn biết chữ mức độ 2."
KP_KP = "Tổng kinh phí dự kiến thực hiện Kế hoạch giai đoạn 2024 - 2030 khoảng 7,2 tỷ đồng, trong đó:"
KP_KPH = "- Ngân sách huyện chiếm 40% tổng kinh phí;"
KP_KPX = "- Ngân sách các xã, thị trấn chiếm 25% tổng kinh phí;"
KP_KPS = "- Nguồn xã hội hóa chiếm 35% tổng kinh phí, huy động từ doanh nghiệp, hợp tác xã, Quỹ khuyến học và các tổ chức, cá nhân."
KP_KP12 = "Hằng năm, ngân sách huyện hỗ trợ mỗi Trung tâm học tập cộng đồng 12 triệu đồng để tổ chức các chuyên đề"
KP_CD10 = "mỗi Trung tâm tổ chức ít nhất 10 chuyên đề/năm."
KP_SR = "chuyển giao khoa học kỹ thu- ật trồng, chăm sóc sầu riêng, cà phê, hồ tiêu theo hướng hữu cơ"
KP_MC = "Mở các 1ớp xóa mù chữ, lớp sau xóa mù chữ tại các buôn có đông đồng bào dân tộc thiểu số; tổ chức 1ớp dạy tiếng Ê Đê cho cán bộ, công chức, viên chức công tác tại vùng đồng bào dân tộc thiểu số."
KP_NGHE = "Mỗi năm đào tạo nghề cho khoảng 900 lao động nông thôn, ưu tiên lao động là người dân tộc thiểu số, phụ nữ và thanh niên."
KP_TD1 = "- Quý III/2024: các xã, thị trấn ban hành kế hoạch thực hiện giai đoạn 2024 - 2030 của địa phương."
KP_TD3 = "- Năm 2027: sơ kết giữa kỳ việc thực hiện Kế hoạch."
KP_TD4 = "- Quý IV/2O30: tổng kết việc thực hiện Kế hoạch giai đoạn 2024 - 2030."
KP_KQ = "năm 2023 có 68,2% hộ gia đình đạt danh hiệu \"Gia đình học tập\", 54% dòng họ đạt danh hiệu \"Dòng họ học tập\", 61% buôn, thôn, tổ dân phố đạt danh hiệu \"Cộng đồng học tập\"; tỷ lệ lao động qua đào tạo đạt 57,6%."
KP_MD = "Nâng cao nhận thức của các cấp ủy, chính quyền, đoàn thể và nhân dân về vai trò của học tập suốt đời; tạo cơ hội cho mọi người, nhất là đồng bào dân tộc thiểu số, người lao động nông thôn được học tập thường xuyên, góp phần nâng cao dân trí và phát triển kinh tế - xã hội của huyện."
KP_CC4126 = "Căn cứ Kế hoạch số 4126/KH-UBND ngày 12/5/2022 của Ủy ban nhân dân tỉnh Đắk Lắk về thực hiện Đề án \"Xây dựng xã hội học tập giai đoạn 2021 - 2030\" trên địa bàn tỉnh;"
KP_CC09 = "Căn cứ Nghị quyết số 09-NQ/HU ngày 20/3/2024 của Ban Thường vụ Huyện ủy Krông Pắc về nâng cao chất lượng nguồn nhân lực giai đoạn 2024 - 2030;"
KP_CC1373 = "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án \"Xây dựng xã hội học tập giai đoạn 2021 - 2030\";"
KP_TT = "Tuyên truyền bằng tiếng Việt và tiếng Ê Đê trên hệ thống truyền thanh của huyện và các xã, thị trấn"

# ------------------------------------------------------------------ spans: An Giang (pdf)
AG_GD = "Là cơ quan thường trực, chủ trì, phối hợp các sở, ngành và Ủy ban nhân dân các xã, phường, đặc khu triển khai Kế hoạch; hướng dẫn đánh giá, xếp loại Trung tâm học tập cộng đồng; tổ chức sơ kết giai đoạn 2026 - 2028 vào quý IV năm 2028 và tổng kết vào năm 2030."
AG_NV = "Hướng dẫn đưa tiêu chí xây dựng “Đơn vị học tập” vào đánh giá, xếp loại cơ quan, đơn vị; chủ trì đào tạo nghề, giải quyết việc làm cho người lao động; tham mưu khen thưởng tập thể, cá nhân tiêu biểu."
AG_TC = "Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm; hướng dẫn sử dụng, thanh quyết toán kinh phí theo quy định."
AG_VH = "Phát triển hệ thống thư viện, bảo tàng, nhà văn hóa phục vụ học tập suốt đời; phối hợp đào tạo kỹ năng cho người làm du lịch cộng đồng tại đặc khu Phú Quốc."
AG_KHCN = "Chủ trì xây dựng kho học liệu số dùng chung của tỉnh; hỗ trợ hạ tầng số cho các Trung tâm học tập cộng đồng ở vùng biên giới, hải đảo."
AG_DTTG = "Phối hợp tổ chức lớp dạy tiếng Khmer, tiếng Chăm; vận động chức sắc tôn giáo, người có uy tín tham gia xây dựng mô hình học tập tại cơ sở tôn giáo."
AG_NN = "Phối hợp tổ chức tập huấn khuyến nông, khuyến ngư tại Trung tâm học tập cộng đồng; hướng dẫn ngư dân kiến thức khai thác hải sản bền vững, chống khai thác bất hợp pháp."
AG_BAO = "Mở chuyên mục “Học tập suốt đời” phát sóng 02 kỳ/tháng bằng tiếng Việt và 01 kỳ/tháng bằng tiếng Khmer."
AG_CHUNG = "Các sở, ban, ngành tỉnh và Ủy ban nhân dân các xã, phường, đặc khu xây dựng kế hoạch hằng năm về xây dựng xã hội học tập; đăng ký và tự đánh giá danh hiệu “Đơn vị học tập”; lồng ghép chỉ tiêu xây dựng xã hội học tập vào kế hoạch phát triển kinh tế - xã hội của ngành, địa phương."
AG_XA = "Ủy ban nhân dân các xã, phường, đặc khu bố trí công chức theo dõi công tác giáo dục thường xuyên; chỉ đạo Trung tâm học tập cộng đồng tổ chức các chuyên đề theo nhu cầu người dân."
AG_KH = "Đề nghị Hội Khuyến học tỉnh chủ trì đánh giá, công nhận danh hiệu “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” và “Công dân học tập”."
AG_BC1 = "Các sở, ban, ngành tỉnh và Ủy ban nhân dân các xã, phường, đặc khu báo cáo kết quả thực hiện 6 tháng đầu năm trước ngày 20/6 và báo cáo năm trước ngày 15/12 hằng năm, gửi về Sở Giáo dục và Đào tạo."
AG_BC2 = "Trung tâm học tập cộng đồng báo cáo kết quả hoạt động năm về Ủy ban nhân dân xã, phường, đặc khu trước ngày 30/11 hằng năm."
AG_BC3 = "Sở Giáo dục và Đào tạo tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Giáo dục và Đào tạo trước ngày 25/12 hằng năm."
AG_BC4 = "Báo cáo sơ kết giai đoạn 2026 - 2028 gửi về Sở Giáo dục và Đào tạo trước ngày 15/10/2028; báo cáo tổng kết giai đoạn 2026 - 2030 trước ngày 15/10/2030."
# the funding sentence is cut by the page break ("để thực" / page number "3" / "hiện các nhiệm vụ cấp tỉnh")
AG_KP1 = "Ngân sách tỉnh bố trí 12,5 tỷ đồng cho cả giai đoạn 2026 - 2030 để thực"
AG_KP1B = "ngân sách cấp xã bảo đảm kinh phí hoạt động của Trung tâm học tập cộng đồng, tối thiểu 20 triệu đồng/trung tâm/năm."
AG_KP2 = "Huy động nguồn xã hội hóa, tài trợ của doanh nghiệp, tổ chức quốc tế và các nguồn hợp pháp khác; lồng ghép với Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi."
AG_MD = "Thống nhất việc xây dựng xã hội học tập trên địa bàn tỉnh An Giang sau khi hợp nhất tỉnh An Giang và tỉnh Kiên Giang; bảo đảm người dân ở cả vùng đồng bằng, biên giới và biển đảo có cơ hội học tập suốt đời."
AG_MTC = "Xây dựng tỉnh An Giang trở thành địa phương học tập, tạo cơ hội bình đẳng cho mọi người được học tập suốt đời; ưu tiên đồng bào Khmer, Chăm, người lao động ở vùng biên giới và các đặc khu Phú Quốc, Kiên Hải, Thổ Châu."
AG_CC_LGD = "Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019;"
AG_CC1373 = "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”;"
AG_CC11 = "Căn cứ Thông tư số 11/2022/TT-BGDĐT ngày 26 tháng 7 năm 2022 của Bộ trưởng Bộ Giáo dục và Đào tạo quy định tiêu chí đánh giá, công nhận “Đơn vị học tập” cấp huyện, tỉnh;"
AG_CC12 = "Căn cứ Nghị quyết số 12/NQ-HĐND ngày 22 tháng 9 năm 2025 của Hội đồng nhân dân tỉnh An Giang về nhiệm vụ phát triển giáo dục và đào tạo sau sắp xếp đơn vị hành chính;"
AG_MANG = "Rà soát, sắp xếp lại các Trung tâm học tập cộng đồng phù hợp với 102 xã, phường, đặc khu; mỗi xã, phường, đặc khu duy trì ít nhất 01 Trung tâm học tập cộng đồng"
AG_CDS = "Xây dựng kho học liệu số dùng chung của tỉnh; triển khai phong trào “Bình dân học vụ số” đến từng ấp, khu phố; hướng dẫn ngư dân sử dụng ứng dụng số phục vụ khai thác hải sản."
AG_MH = "xây dựng mô hình học tập tại chùa Khmer, thánh đường Hồi giáo của đồng bào Chăm."
AG_CBCC = "Ngoài ra, đến năm 2030 phấn đấu 100% cán bộ, công chức cấp xã được bồi dưỡng kiến thức, kỹ năng quản lý nhà nước về giáo dục thường xuyên."
AG_T1 = "1 Hộ gia đình đạt “Gia đình học tập” 66% 70% 75%"
AG_T2 = "2 Dòng họ đạt “Dòng họ học tập” 48% 55% 60%"
AG_T3 = "3 Ấp, khu phố đạt “Cộng đồng học tập” 60% 68% 75%"
AG_T4 = "4 Xã, phường, đặc khu đạt “Đơn vị học tập” 50% 65% 80%"
AG_T5 = "5 TTHTCĐ xếp loại Tốt 35% 45% 55%"
AG_T6 = "6 Lao động qua đào tạo có văn bằng 30% 33% 36%"
AG_T7 = "7 Người dân có kỹ năng số cơ bản 65% 75% 85%"
AG_T8 = "8 Học sinh dân tộc Khmer, Chăm học tiếng mẹ đẻ 80% 85% 90%"
AG_THEAD = "STT Chỉ tiêu Năm 2026 Năm 2028 Năm 2030"

# ------------------------------------------------------------------ spans: bundled plans
HUE_BC = "gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026"
ML_BC = "báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm"
HN_BC = "báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo để tổng hợp)"
CT_VH = "Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan, Ủy ban nhân dân quận, huyện nhân rộng các mô hình học tập suốt đời trong thư viện, bảo tàng, nhà văn hóa, câu lạc bộ."
AL_KH = "Phát động các phong trào khuyến học, khuyến tài gắn với nội dung, quan điểm"

# ================================================================== agency_tasks
Q("agency_tasks", "Theo kế hoạch xây dựng xã hội học tập của phường Đông Kinh, Phòng Văn hóa - Xã hội có nhiệm vụ gì?",
  [(DK, DK_VHXH)],
  "Phòng Văn hóa - Xã hội là cơ quan thường trực, chủ trì tham mưu UBND phường triển khai Kế hoạch; hướng dẫn các khối phố bình xét danh hiệu “Cộng đồng học tập”; tổng hợp, báo cáo UBND phường trước ngày 05/12 và Sở Giáo dục và Đào tạo tỉnh Lạng Sơn trước ngày 15/12 hằng năm. Theo Phụ lục 02, Phòng còn chủ trì xây dựng kế hoạch hằng năm, Tuần lễ hưởng ứng học tập suốt đời, tủ sách cộng đồng và sơ kết 03 năm.",
  ["cơ quan thường trực", "05/12", "15/12"])
Q("agency_tasks", "Trong Phụ lục 02 kế hoạch của phường Đông Kinh, Trung tâm học tập cộng đồng phường chủ trì những việc gì?",
  [(DK, DK_R4), (DK, DK_R5), (DK, DK_TTHT)],
  "Trung tâm học tập cộng đồng phường chủ trì mở lớp “Bình dân học vụ số” cho người cao tuổi (Quý III/2026) và mở lớp tiếng Trung giao tiếp cho hộ kinh doanh khu chợ Đông Kinh (Quý IV/2026).",
  ["Bình dân học vụ số", "tiếng Trung"])
Q("agency_tasks", "Đoàn Thanh niên phường Đông Kinh phối hợp thực hiện những nhiệm vụ nào?",
  [(DK, DK_R3), (DK, DK_R4), (DK, DK_R7)],
  "Đoàn Thanh niên phường chỉ có vai trò phối hợp (Phụ lục 02): thành lập tổ công nghệ số cộng đồng tại các khối phố (chủ trì: Trung tâm Phục vụ hành chính công phường), mở lớp “Bình dân học vụ số” cho người cao tuổi (chủ trì: Trung tâm học tập cộng đồng phường) và tập huấn phòng, chống lừa đảo trên không gian mạng (chủ trì: Công an phường).",
  ["tổ công nghệ số", "Bình dân học vụ số", "lừa đảo"])
Q("agency_tasks", "Văn phòng HĐND và UBND phường Đông Kinh được giao những việc gì?",
  [(DK, DK_VP), (DK, "Đánh giá, công nhận “Đơn vị học tập”")],
  "Văn phòng HĐND và UBND phường đưa tiêu chí “Đơn vị học tập” vào đánh giá thi đua hằng năm của cán bộ, công chức phường, cập nhật tin, bài trên Trang thông tin điện tử phường, và chủ trì đánh giá, công nhận “Đơn vị học tập” (tháng 12 hằng năm); ngoài ra phối hợp xây dựng kế hoạch hằng năm.",
  ["Đơn vị học tập", "Trang thông tin điện tử"])
Q("agency_tasks", "Phòng Văn hóa và Thông tin huyện Krông Pắc có trách nhiệm gì trong kế hoạch xã hội học tập?",
  [(KP, KP_VH)],
  "Phòng Văn hóa và Thông tin chủ trì tuyên truyền về xây dựng xã hội học tập; hướng dẫn xây dựng tủ sách, thư viện tại các buôn, thôn; phối hợp thẩm định danh hiệu “Cộng đồng học tập”.",
  ["tuyên truyền", "tủ sách", "Cộng đồng học tập"])
Q("agency_tasks", "Huyện Krông Pắc giao Phòng Nông nghiệp và Phát triển nông thôn làm gì?",
  [(KP, KP_NN)],
  "Phòng Nông nghiệp và Phát triển nông thôn phối hợp các Trung tâm học tập cộng đồng tổ chức chuyên đề chuyển giao kỹ thuật trồng sầu riêng, cà phê, hồ tiêu.",
  ["sầu riêng", "cà phê", "hồ tiêu"])
Q("agency_tasks", "Trung tâm Văn hóa, Thông tin và Thể thao huyện Krông Pắc phải làm gì?",
  [(KP, KP_VHTT)],
  "Trung tâm xây dựng chuyên mục “Học tập suốt đời” phát sóng 01 kỳ/tháng bằng tiếng Việt và tiếng Ê Đê.",
  ["Học tập suốt đời", "01 kỳ/tháng", "Ê Đê"])
Q("agency_tasks", "Sở Khoa học và Công nghệ tỉnh An Giang có nhiệm vụ gì theo kế hoạch 389/KH-UBND?",
  [(AG, AG_KHCN)],
  "Sở Khoa học và Công nghệ chủ trì xây dựng kho học liệu số dùng chung của tỉnh và hỗ trợ hạ tầng số cho các Trung tâm học tập cộng đồng ở vùng biên giới, hải đảo.",
  ["kho học liệu số", "hạ tầng số"])
Q("agency_tasks", "Các sở, ban, ngành tỉnh An Giang phải làm gì trong kế hoạch xây dựng xã hội học tập 2026-2030?",
  [(AG, AG_CHUNG), (AG, AG_BC1)],
  "Cùng với UBND các xã, phường, đặc khu, các sở, ban, ngành tỉnh xây dựng kế hoạch hằng năm về xây dựng xã hội học tập, đăng ký và tự đánh giá danh hiệu “Đơn vị học tập”, lồng ghép chỉ tiêu vào kế hoạch phát triển kinh tế - xã hội của ngành, địa phương; báo cáo 6 tháng đầu năm trước ngày 20/6 và báo cáo năm trước ngày 15/12 hằng năm về Sở Giáo dục và Đào tạo.",
  ["kế hoạch hằng năm", "Đơn vị học tập", "20/6", "15/12"])
Q("agency_tasks", "UBND các xã, phường, đặc khu ở An Giang có những nhiệm vụ gì?",
  [(AG, AG_CHUNG), (AG, AG_XA)],
  "Cùng các sở, ban, ngành tỉnh: xây dựng kế hoạch hằng năm, đăng ký và tự đánh giá “Đơn vị học tập”, lồng ghép chỉ tiêu vào kế hoạch phát triển kinh tế - xã hội; riêng UBND các xã, phường, đặc khu bố trí công chức theo dõi công tác giáo dục thường xuyên và chỉ đạo Trung tâm học tập cộng đồng tổ chức các chuyên đề theo nhu cầu người dân; báo cáo 6 tháng trước ngày 20/6, báo cáo năm trước ngày 15/12.",
  ["kế hoạch hằng năm", "công chức", "giáo dục thường xuyên"])

# ================================================================== target
Q("target", "Phụ lục 01 của phường Đông Kinh đặt chỉ tiêu bao nhiêu dòng họ đạt danh hiệu Dòng họ học tập năm 2027?",
  [(DK, DK_I_DH), (DK, "15")],
  "Năm 2027: 15 dòng họ đạt danh hiệu “Dòng họ học tập” (12 năm 2026, 18 năm 2028).",
  ["15"])
Q("target", "Năm 2026 phường Đông Kinh phấn đấu tỷ lệ khối phố đạt Cộng đồng học tập là bao nhiêu?",
  [(DK, DK_I_CD), (DK, "75")],
  "Năm 2026: 75% khối phố đạt danh hiệu “Cộng đồng học tập” (90% năm 2027, 100% năm 2028).",
  ["75%"])
Q("target", "Số lượt người tham gia học tập tại Trung tâm học tập cộng đồng phường Đông Kinh năm 2028 là bao nhiêu theo kế hoạch?",
  [(DK, DK_I_LUOT), (DK, "4.100")],
  "Năm 2028: 4.100 lượt người (3.300 năm 2026, 3.700 năm 2027).",
  ["4.100"])
Q("target", "Chỉ tiêu số cơ quan, đơn vị đạt Đơn vị học tập của phường Đông Kinh qua các năm 2026-2028?",
  [(DK, DK_I_DV), (DK, "21"), (DK, "27")],
  "21 đơn vị năm 2026, 24 đơn vị năm 2027 và 27 đơn vị năm 2028 (đơn vị tính: đơn vị).",
  ["21", "24", "27"])
Q("target", "Đến năm 2030 huyện Krông Pắc phấn đấu bao nhiêu phần trăm dòng họ đạt Dòng họ học tập?",
  [(KP, KP_2030H), (KP, KP_2030A)],
  "Đến năm 2030: 65% dòng họ đạt danh hiệu “Dòng họ học tập” (55% vào năm 2025).",
  ["65%"])
Q("target", "Krông Pắc đặt chỉ tiêu bao nhiêu Trung tâm học tập cộng đồng xếp loại Tốt vào năm 2025?",
  [(KP, KP_2025B)],
  "Đến năm 2025: 100% Trung tâm học tập cộng đồng được đánh giá, xếp loại, trong đó ít nhất 30% xếp loại Tốt (năm 2030: ít nhất 50%).",
  ["30%"])
Q("target", "Tỷ lệ lao động qua đào tạo của huyện Krông Pắc đến năm 2030 là bao nhiêu?",
  [(KP, KP_2030LD)],
  "Đến năm 2030, tỷ lệ lao động qua đào tạo đạt 70% (60% năm 2025).",
  ["70%"])
Q("target", "Theo Bảng 1 của tỉnh An Giang, tỷ lệ TTHTCĐ xếp loại Tốt năm 2030 là bao nhiêu?",
  [(AG, AG_T5)],
  "Năm 2030: 55% Trung tâm học tập cộng đồng xếp loại Tốt (35% năm 2026, 45% năm 2028).",
  ["55%"])
Q("target", "An Giang đặt chỉ tiêu bao nhiêu phần trăm xã, phường, đặc khu đạt Đơn vị học tập năm 2028?",
  [(AG, AG_T4)],
  "Năm 2028: 65% xã, phường, đặc khu đạt “Đơn vị học tập” (50% năm 2026, 80% năm 2030).",
  ["65%"])
Q("target", "Tỷ lệ học sinh dân tộc Khmer, Chăm học tiếng mẹ đẻ mà An Giang đặt ra cho năm 2026 là bao nhiêu?",
  [(AG, AG_T8)],
  "Năm 2026: 80% (85% năm 2028, 90% năm 2030).",
  ["80%"])

# ================================================================== deadline
Q("deadline", "Trưởng khối phố ở phường Đông Kinh phải báo cáo kết quả bình xét trước ngày nào?",
  [(DK, DK_KHOI)],
  "Trưởng khối phố báo cáo kết quả bình xét về Phòng Văn hóa - Xã hội trước ngày 30/11 hằng năm.",
  ["30/11"])
Q("deadline", "Thời gian hoàn thành việc xây dựng tủ sách cộng đồng tại nhà văn hóa khối phố ở Đông Kinh là khi nào?",
  [(DK, DK_R6), (DK, "Năm 2027")],
  "Năm 2027 (chủ trì: Phòng Văn hóa - Xã hội; phối hợp: Hội Liên hiệp Phụ nữ phường, Trưởng khối phố).",
  ["2027"])
Q("deadline", "Bao giờ phường Đông Kinh phải thành lập xong tổ công nghệ số cộng đồng tại các khối phố?",
  [(DK, DK_R3), (DK, "Quý II/2026"), (DK, DK_BDHVS)],
  "Theo Phụ lục 02, thời gian hoàn thành là Quý II/2026 (chủ trì: Trung tâm Phục vụ hành chính công phường); phần nhiệm vụ nêu thành lập tại 100% khối phố trong năm 2026.",
  ["Quý II/2026"])
Q("deadline", "UBND các xã, thị trấn ở Krông Pắc phải báo cáo kết quả về Phòng Giáo dục và Đào tạo trước ngày nào?",
  [(KP, KP_XA)],
  "Trước ngày 10/11 hằng năm.",
  ["10/11"])
Q("deadline", "Khi nào huyện Krông Pắc sơ kết giữa kỳ và tổng kết kế hoạch xã hội học tập?",
  [(KP, KP_TD3), (KP, KP_TD4)],
  "Sơ kết giữa kỳ vào năm 2027; tổng kết vào Quý IV/2030.",
  ["2027", "Quý IV/2030"])
Q("deadline", "Trung tâm học tập cộng đồng ở An Giang báo cáo kết quả hoạt động năm về đâu và trước ngày nào?",
  [(AG, AG_BC2)],
  "Về UBND xã, phường, đặc khu, trước ngày 30/11 hằng năm.",
  ["30/11"])
Q("deadline", "Sở Giáo dục và Đào tạo An Giang phải báo cáo UBND tỉnh và Bộ GD&ĐT trước ngày nào?",
  [(AG, AG_BC3)],
  "Trước ngày 25/12 hằng năm.",
  ["25/12"])
Q("deadline", "Hạn gửi báo cáo sơ kết giai đoạn 2026 - 2028 của tỉnh An Giang là ngày nào?",
  [(AG, AG_BC4)],
  "Trước ngày 15/10/2028, gửi về Sở Giáo dục và Đào tạo (Sở tổ chức sơ kết vào quý IV năm 2028).",
  ["15/10/2028"])

# ================================================================== funding
Q("funding", "Năm 2026 phường Đông Kinh dự kiến bao nhiêu kinh phí cho kế hoạch xây dựng xã hội học tập?",
  [(DK, DK_KP1)],
  "Năm 2026 dự kiến 185 triệu đồng, bố trí trong dự toán ngân sách phường giao cho Phòng Văn hóa - Xã hội.",
  ["185 triệu đồng"])
Q("funding", "Trung tâm học tập cộng đồng phường Đông Kinh được hỗ trợ bao nhiêu tiền mỗi năm?",
  [(DK, DK_KP2)],
  "40 triệu đồng/năm; ngoài ra huy động xã hội hóa từ doanh nghiệp, hộ kinh doanh và Quỹ khuyến học phường.",
  ["40 triệu đồng"])
Q("funding", "Tổng kinh phí kế hoạch xã hội học tập của huyện Krông Pắc giai đoạn 2024-2030 là bao nhiêu?",
  [(KP, KP_KP)],
  "Khoảng 7,2 tỷ đồng (ngân sách huyện 40%, ngân sách xã, thị trấn 25%, xã hội hóa 35%).",
  ["7,2 tỷ đồng"])
Q("funding", "Ngân sách huyện Krông Pắc hỗ trợ mỗi Trung tâm học tập cộng đồng bao nhiêu hằng năm?",
  [(KP, KP_KP12)],
  "12 triệu đồng mỗi trung tâm mỗi năm để tổ chức các chuyên đề.",
  ["12 triệu đồng"])
Q("funding", "Ngân sách tỉnh An Giang bố trí bao nhiêu cho kế hoạch xây dựng xã hội học tập?",
  [(AG, AG_KP1)],
  "12,5 tỷ đồng cho cả giai đoạn 2026 - 2030 để thực hiện các nhiệm vụ cấp tỉnh.",
  ["12,5 tỷ đồng"])
Q("funding", "Mỗi Trung tâm học tập cộng đồng ở An Giang được bảo đảm kinh phí tối thiểu bao nhiêu, từ nguồn nào?",
  [(AG, AG_KP1B)],
  "Ngân sách cấp xã bảo đảm tối thiểu 20 triệu đồng/trung tâm/năm.",
  ["20 triệu đồng", "ngân sách cấp xã"])

# ================================================================== legal_basis
Q("legal_basis", "Kế hoạch 18/KH-UBND của phường Đông Kinh căn cứ vào những văn bản nào?",
  [(DK, DK_CCLUAT), (DK, DK_CC276), (DK, DK_CC07)],
  "Luật Tổ chức chính quyền địa phương ngày 16/6/2025; Quyết định số 1373/QĐ-TTg ngày 30/7/2021; Kế hoạch số 276/KH-UBND ngày 02/12/2025 của UBND tỉnh Lạng Sơn; Nghị quyết số 07-NQ/ĐU ngày 10/11/2025 của Đảng bộ phường Đông Kinh.",
  ["1373/QĐ-TTg", "276/KH-UBND", "07-NQ/ĐU"])
Q("legal_basis", "Kế hoạch của huyện Krông Pắc thực hiện theo kế hoạch nào của tỉnh Đắk Lắk?",
  [(KP, KP_CC4126)],
  "Kế hoạch số 4126/KH-UBND ngày 12/5/2022 của UBND tỉnh Đắk Lắk về thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030” trên địa bàn tỉnh.",
  ["4126/KH-UBND", "12/5/2022"])
Q("legal_basis", "Nghị quyết nào của Huyện ủy Krông Pắc được nêu làm căn cứ?",
  [(KP, KP_CC09)],
  "Nghị quyết số 09-NQ/HU ngày 20/3/2024 của Ban Thường vụ Huyện ủy Krông Pắc về nâng cao chất lượng nguồn nhân lực giai đoạn 2024 - 2030.",
  ["09-NQ/HU"])
Q("legal_basis", "Thông tư nào của Bộ GD&ĐT được kế hoạch An Giang nêu làm căn cứ?",
  [(AG, AG_CC11)],
  "Thông tư số 11/2022/TT-BGDĐT ngày 26/7/2022 quy định tiêu chí đánh giá, công nhận “Đơn vị học tập” cấp huyện, tỉnh.",
  ["11/2022/TT-BGDĐT"])

# ================================================================== purpose
Q("purpose", "Kế hoạch của phường Đông Kinh nhằm mục đích gì?",
  [(DK, DK_MD1)],
  "Nâng cao nhận thức về học tập suốt đời; tạo cơ hội cho mọi người dân, nhất là hộ kinh doanh, người lao động tự do và người cao tuổi, được học tập thường xuyên, nâng cao kỹ năng số và kỹ năng nghề nghiệp; phát huy vai trò của Trung tâm học tập cộng đồng và các thiết chế văn hóa ở khối phố.",
  ["hộ kinh doanh", "người cao tuổi", "kỹ năng số"])
Q("purpose", "Mục đích của kế hoạch xây dựng xã hội học tập huyện Krông Pắc giai đoạn 2024-2030 là gì?",
  [(KP, KP_MD)],
  "Nâng cao nhận thức về vai trò của học tập suốt đời; tạo cơ hội cho mọi người, nhất là đồng bào dân tộc thiểu số, người lao động nông thôn được học tập thường xuyên, góp phần nâng cao dân trí và phát triển kinh tế - xã hội của huyện.",
  ["dân tộc thiểu số", "lao động nông thôn"])
Q("purpose", "Vì sao An Giang ban hành kế hoạch xây dựng xã hội học tập 2026-2030, mục đích chính là gì?",
  [(AG, AG_MD)],
  "Để thống nhất việc xây dựng xã hội học tập trên địa bàn tỉnh sau khi hợp nhất tỉnh An Giang và tỉnh Kiên Giang, bảo đảm người dân ở cả vùng đồng bằng, biên giới và biển đảo có cơ hội học tập suốt đời; phát huy vai trò chính quyền địa phương hai cấp.",
  ["Kiên Giang", "biển đảo"])

# ================================================================== task_section
Q("task_section", "Phong trào Bình dân học vụ số trong kế hoạch của phường Đông Kinh gồm những nội dung gì?",
  [(DK, DK_BDHVS)],
  "Hướng dẫn người dân sử dụng dịch vụ công trực tuyến, ứng dụng VNeID, thanh toán không dùng tiền mặt; thành lập tổ công nghệ số cộng đồng tại 100% khối phố trong năm 2026.",
  ["dịch vụ công trực tuyến", "VNeID", "tổ công nghệ số"])
Q("task_section", "Nhiệm vụ xóa mù chữ và chống tái mù chữ ở Krông Pắc gồm những gì?",
  [(KP, KP_MC)],
  "Mở các lớp xóa mù chữ, lớp sau xóa mù chữ tại các buôn có đông đồng bào dân tộc thiểu số; tổ chức lớp dạy tiếng Ê Đê cho cán bộ, công chức, viên chức công tác tại vùng đồng bào dân tộc thiểu số.",
  ["xóa mù chữ", "tiếng Ê Đê"])
Q("task_section", "An Giang củng cố mạng lưới Trung tâm học tập cộng đồng sau sắp xếp như thế nào?",
  [(AG, AG_MANG)],
  "Rà soát, sắp xếp lại các Trung tâm học tập cộng đồng phù hợp với 102 xã, phường, đặc khu; mỗi xã, phường, đặc khu duy trì ít nhất 01 Trung tâm; kiện toàn mạng lưới Trung tâm GDNN-GDTX khu vực.",
  ["102", "ít nhất 01"])
Q("task_section", "Kế hoạch An Giang đề ra gì về chuyển đổi số trong học tập suốt đời?",
  [(AG, AG_CDS)],
  "Xây dựng kho học liệu số dùng chung của tỉnh; triển khai phong trào “Bình dân học vụ số” đến từng ấp, khu phố; hướng dẫn ngư dân sử dụng ứng dụng số phục vụ khai thác hải sản.",
  ["kho học liệu số", "Bình dân học vụ số", "ngư dân"])

# ================================================================== cross_plan
Q("cross_plan", "Hạn báo cáo năm của các xã, phường ở An Giang và ở thành phố Huế có giống nhau không?",
  [(AG, AG_BC1), (HUE, HUE_BC)],
  "Đều là ngày 15/12: ở An Giang, các sở, ban, ngành và UBND các xã, phường, đặc khu báo cáo năm trước ngày 15/12 hằng năm về Sở GD&ĐT; ở Huế, các địa phương gửi báo cáo về Sở GD&ĐT trước ngày 15/12/2026.",
  ["15/12"])
Q("cross_plan", "So sánh hạn Phòng Giáo dục và Đào tạo báo cáo UBND huyện ở Krông Pắc và ở Mỹ Lộc.",
  [(KP, KP_GD), (ML, ML_BC)],
  "Krông Pắc: trước ngày 25/11 hằng năm; Mỹ Lộc: trước ngày 15 tháng 12 hằng năm.",
  ["25/11", "15 tháng 12"])
Q("cross_plan", "Sở Văn hóa, Thể thao và Du lịch được giao gì trong kế hoạch của An Giang và của Cần Thơ?",
  [(AG, AG_VH), (CT, CT_VH)],
  "An Giang: phát triển hệ thống thư viện, bảo tàng, nhà văn hóa phục vụ học tập suốt đời và phối hợp đào tạo kỹ năng cho người làm du lịch cộng đồng tại đặc khu Phú Quốc. Cần Thơ: chủ trì nhân rộng các mô hình học tập suốt đời trong thư viện, bảo tàng, nhà văn hóa, câu lạc bộ.",
  ["Phú Quốc", "thư viện", "câu lạc bộ"])
Q("cross_plan", "Mỗi Trung tâm học tập cộng đồng được hỗ trợ bao nhiêu kinh phí mỗi năm ở phường Đông Kinh, huyện Krông Pắc và tỉnh An Giang?",
  [(DK, DK_KP2), (KP, KP_KP12), (AG, AG_KP1B)],
  "Đông Kinh: 40 triệu đồng/năm; Krông Pắc: ngân sách huyện hỗ trợ 12 triệu đồng/trung tâm/năm; An Giang: ngân sách cấp xã bảo đảm tối thiểu 20 triệu đồng/trung tâm/năm.",
  ["40 triệu", "12 triệu", "20 triệu"])
Q("cross_plan", "Chỉ tiêu hộ gia đình đạt Gia đình học tập cuối kỳ của Đông Kinh, Krông Pắc và An Giang là bao nhiêu?",
  [(DK, DK_MUCTIEU), (KP, KP_2030A), (AG, AG_T1)],
  "Đông Kinh: 80% đến năm 2028; Krông Pắc: 80% đến năm 2030; An Giang: 75% năm 2030.",
  ["80%", "75%"])
Q("cross_plan", "Hà Nội và An Giang yêu cầu các địa phương nộp báo cáo kết quả hằng năm trước ngày nào?",
  [(HN, HN_BC), (AG, AG_BC1)],
  "Hà Nội: báo cáo UBND Thành phố trước ngày 01 tháng 12 (qua Sở GD&ĐT); An Giang: báo cáo năm trước ngày 15/12 hằng năm gửi Sở GD&ĐT.",
  ["01 tháng 12", "15/12"])

# ================================================================== no_diacritics
Q("no_diacritics", "phong van hoa xa hoi phuong dong kinh bao cao so giao duc truoc ngay nao",
  [(DK, DK_VHXH)],
  "Phòng Văn hóa - Xã hội báo cáo Sở Giáo dục và Đào tạo tỉnh Lạng Sơn trước ngày 15/12 hằng năm (và báo cáo UBND phường trước ngày 05/12).",
  ["15/12"])
Q("no_diacritics", "krong pac nguon xa hoi hoa chiem bao nhieu phan tram kinh phi",
  [(KP, KP_KPS)],
  "Nguồn xã hội hóa chiếm 35% tổng kinh phí (khoảng 7,2 tỷ đồng), huy động từ doanh nghiệp, hợp tác xã, Quỹ khuyến học và các tổ chức, cá nhân.",
  ["35%"])
Q("no_diacritics", "an giang chi tieu nguoi dan co ky nang so co ban nam 2030",
  [(AG, AG_T7)],
  "Năm 2030: 85% người dân có kỹ năng số cơ bản (65% năm 2026, 75% năm 2028).",
  ["85%"])
Q("no_diacritics", "phong dan toc huyen krong pac lam gi",
  [(KP, KP_DT)],
  "Phòng Dân tộc phối hợp tổ chức các lớp xóa mù chữ, lớp dạy tiếng Ê Đê; vận động người có uy tín trong đồng bào dân tộc thiểu số tham gia tuyên truyền.",
  ["xóa mù chữ", "Ê Đê", "người có uy tín"])
Q("no_diacritics", "dong kinh mo lop tieng trung cho ai, bao gio xong",
  [(DK, DK_R5), (DK, "Quý IV/2026")],
  "Lớp tiếng Trung giao tiếp cho hộ kinh doanh khu chợ Đông Kinh, do Trung tâm học tập cộng đồng phường chủ trì, hoàn thành Quý IV/2026.",
  ["hộ kinh doanh", "Quý IV/2026"])

# ================================================================== abbreviation
Q("abbreviation", "TTHTCĐ P. Đông Kinh gửi kết quả tự đánh giá, xếp loại về đâu, trước ngày nào?",
  [(DK, DK_TT)],
  "Trung tâm học tập cộng đồng phường gửi kết quả về Phòng Văn hóa - Xã hội trước ngày 20/11 hằng năm.",
  ["20/11"])
Q("abbreviation", "Phòng LĐ-TB&XH H. Krông Pắc có nhiệm vụ gì trong KH XHHT?",
  [(KP, KP_LD)],
  "Phòng Lao động - Thương binh và Xã hội chủ trì đào tạo nghề cho lao động nông thôn; phối hợp Trung tâm GDNN-GDTX huyện mở các lớp nghề ngắn hạn.",
  ["đào tạo nghề", "lao động nông thôn"])
Q("abbreviation", "Sở DT&TG tỉnh AG được giao gì?",
  [(AG, AG_DTTG)],
  "Sở Dân tộc và Tôn giáo phối hợp tổ chức lớp dạy tiếng Khmer, tiếng Chăm; vận động chức sắc tôn giáo, người có uy tín tham gia xây dựng mô hình học tập tại cơ sở tôn giáo.",
  ["tiếng Khmer", "tiếng Chăm"])
Q("abbreviation", "Phòng KT, HT&ĐT phường Đông Kinh chủ trì việc gì trong PL 02?",
  [(DK, DK_R10), (DK, "Phòng Kinh tế, Hạ tầng và Đô thị")],
  "Phòng Kinh tế, Hạ tầng và Đô thị chủ trì bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách phường (tháng 12 hằng năm, phối hợp Phòng Văn hóa - Xã hội); ngoài ra phối hợp mở lớp tiếng Trung cho hộ kinh doanh.",
  ["kinh phí", "dự toán ngân sách phường"])
Q("abbreviation", "UBMTTQVN huyện Krông Pắc và các hội, HĐ được đề nghị làm gì?",
  [(KP, KP_MT)],
  "Ủy ban MTTQ Việt Nam huyện, Hội LHPN, Hội Nông dân, Huyện đoàn được đề nghị phối hợp tuyên truyền, vận động hội viên, đoàn viên tham gia xây dựng xã hội học tập.",
  ["tuyên truyền", "hội viên"])

# ================================================================== paraphrase
Q("paraphrase", "Ở phường Đông Kinh, ai lo việc chấm và công nhận gia đình học tập, dòng họ học tập?",
  [(DK, DK_KH), (DK, DK_R8)],
  "Hội Khuyến học phường (được đề nghị chủ trì đánh giá, công nhận; Phụ lục 02: chủ trì bình xét, công nhận, phối hợp Ban Công tác Mặt trận các khối phố, tháng 12 hằng năm).",
  ["Hội Khuyến học phường"])
Q("paraphrase", "Cuối kỳ kế hoạch, Krông Pắc muốn bao nhiêu người từ 15 đến 60 tuổi biết chữ?",
  [(KP, KP_2030BC)],
  "98% người trong độ tuổi từ 15 đến 60 đạt chuẩn biết chữ mức độ 2 (đến năm 2030).",
  ["98%"])
Q("paraphrase", "Người dân An Giang được nghe chương trình về học tập suốt đời bằng tiếng Khmer mấy lần một tháng?",
  [(AG, AG_BAO)],
  "01 kỳ/tháng bằng tiếng Khmer (và 02 kỳ/tháng bằng tiếng Việt), trên chuyên mục “Học tập suốt đời” của Báo và Phát thanh, Truyền hình An Giang.",
  ["01 kỳ/tháng"])
Q("paraphrase", "Sau ba năm, đơn vị nào ở phường Đông Kinh đứng ra tổng kết lại kế hoạch và vào lúc nào?",
  [(DK, DK_R11), (DK, "Tháng 12/2028")],
  "Phòng Văn hóa - Xã hội chủ trì sơ kết 03 năm thực hiện Kế hoạch, hoàn thành tháng 12/2028.",
  ["Phòng Văn hóa - Xã hội", "12/2028"])

# ================================================================== english
Q("english", "Which ward office is the focal point for Dong Kinh's learning-society plan, and when must it report to the provincial education department?",
  [(DK, DK_VHXH)],
  "The Culture and Social Affairs Office (Phòng Văn hóa - Xã hội) is the standing body; it reports to the ward People's Committee by 05/12 and to the Lạng Sơn Department of Education and Training by 15/12 every year.",
  ["15/12"])
Q("english", "How many neighbourhood reading clubs is Dong Kinh aiming for by 2028?",
  [(DK, DK_I_CLB), (DK, "16")],
  "16 reading clubs by 2028 (8 in 2026, 12 in 2027).",
  ["16"])
Q("english", "What share of An Giang's population is expected to have basic digital skills by the end of the decade?",
  [(AG, AG_T7)],
  "85% by 2030 (65% in 2026, 75% in 2028).",
  ["85%"])
Q("english", "How much has An Giang's provincial budget earmarked for the plan, and over what period?",
  [(AG, AG_KP1)],
  "12,5 tỷ đồng (VND 12.5 billion) for the whole 2026-2030 period, for provincial-level tasks.",
  ["12", "2030"])
Q("english", "How is Krong Pac's plan financed — how is the cost split between the district, the communes and private contributions?",
  [(KP, KP_KPH), (KP, KP_KPX), (KP, KP_KPS)],
  "Of about 7,2 tỷ đồng: district budget 40%, commune/town budgets 25%, socialised (private) sources 35%.",
  ["40%", "25%", "35%"])
Q("english", "Does the Krong Pac plan do anything about teaching the Ede language to officials?",
  [(KP, KP_MC), (KP, KP_DT)],
  "Yes: it organises Ede (Ê Đê) language classes for cadres, civil servants and public employees working in ethnic-minority areas; the Ethnic Affairs Office (Phòng Dân tộc) helps organise them.",
  ["Ede"])
Q("english", "By what date do An Giang's provincial departments have to send in their half-year reports?",
  [(AG, AG_BC1)],
  "Before 20/6 (annual reports before 15/12), to the Department of Education and Training.",
  ["20/6"])
Q("english", "Who is running the Chinese classes for traders at Dong Kinh market, and when should they be done?",
  [(DK, DK_R5), (DK, DK_TTHT), (DK, "Quý IV/2026")],
  "The ward community learning centre (Trung tâm học tập cộng đồng phường), with the Economic, Infrastructure and Urban Office and the Đông Kinh market management board; to be completed in Q4 2026 (Quý IV/2026).",
  ["community learning centre", "2026"])
Q("english", "What is An Giang's provincial broadcaster expected to contribute?",
  [(AG, AG_BAO)],
  "Báo và Phát thanh, Truyền hình An Giang runs a “Học tập suốt đời” (lifelong learning) segment: 02 episodes a month in Vietnamese and 01 a month in Khmer.",
  ["Khmer"])
Q("english", "What proportion of Krong Pac's workforce was supposed to be trained by 2025?",
  [(KP, KP_2025LD)],
  "60% by 2025 (70% by 2030).",
  ["60%"])
Q("english", "On what legal grounds does An Giang base its learning-society plan?",
  [(AG, AG_CC_LGD), (AG, AG_CC1373), (AG, AG_CC11), (AG, AG_CC12)],
  "The 2019 Education Law; Decision 1373/QĐ-TTg (30/7/2021) approving the Learning Society scheme 2021-2030; Circular 11/2022/TT-BGDĐT on “learning unit” criteria; and provincial People's Council Resolution 12/NQ-HĐND (22/9/2025).",
  ["1373/QĐ-TTg", "11/2022/TT-BGDĐT", "12/NQ-HĐND"])
Q("english", "How many topic sessions must each community learning centre in Krong Pac hold a year, and what support do they get from the district?",
  [(KP, KP_CD10), (KP, KP_KP12)],
  "At least 10 topic sessions a year per centre; the district budget gives each centre 12 triệu đồng (VND 12 million) a year.",
  ["10", "12"])
Q("english", "Where did Dong Kinh stand on learning families in 2025?",
  [(DK, DK_KQ)],
  "In 2025, 71,5% of households were recognised as “learning families” (and 24/36 neighbourhoods as learning communities).",
  ["71"])
Q("english", "What part do the ward police play in Dong Kinh's plan?",
  [(DK, DK_CA), (DK, DK_R7)],
  "Công an phường helps teach law on public order and online fraud prevention in the learning centre's classes, and leads training on preventing online fraud (with the ward Youth Union) in Q3 every year.",
  ["fraud"])
Q("english", "How many rural workers does Krong Pac plan to train each year?",
  [(KP, KP_NGHE)],
  "About 900 rural workers a year, prioritising ethnic minorities, women and young people.",
  ["900"])

# ================================================================== follow_up
DKQ1 = ("user", "Phụ lục 01 của phường Đông Kinh đặt chỉ tiêu bao nhiêu dòng họ học tập năm 2027?")
DKA1 = ("assistant", "Năm 2027: 15 dòng họ đạt danh hiệu “Dòng họ học tập”.")
Q("follow_up", "Còn năm 2028 thì sao?",
  [(DK, DK_I_DH), (DK, "18")],
  "Năm 2028: 18 dòng họ đạt danh hiệu “Dòng họ học tập”.",
  ["18"], [DKQ1, DKA1])
Q("follow_up", "Còn Phòng Dân tộc ở đó thì sao?",
  [(KP, KP_DT)],
  "Ở Krông Pắc, Phòng Dân tộc phối hợp tổ chức các lớp xóa mù chữ, lớp dạy tiếng Ê Đê và vận động người có uy tín trong đồng bào dân tộc thiểu số tham gia tuyên truyền.",
  ["xóa mù chữ", "Ê Đê"],
  [("user", "Phòng Văn hóa và Thông tin huyện Krông Pắc có nhiệm vụ gì?"),
   ("assistant", "Chủ trì tuyên truyền về xây dựng xã hội học tập; hướng dẫn xây dựng tủ sách, thư viện tại các buôn, thôn; phối hợp thẩm định danh hiệu “Cộng đồng học tập”.")])
Q("follow_up", "Còn báo cáo 6 tháng đầu năm?",
  [(AG, AG_BC1)],
  "Báo cáo 6 tháng đầu năm gửi Sở Giáo dục và Đào tạo trước ngày 20/6.",
  ["20/6"],
  [("user", "Các sở, ban, ngành tỉnh An Giang nộp báo cáo năm trước ngày nào?"),
   ("assistant", "Trước ngày 15/12 hằng năm, gửi về Sở Giáo dục và Đào tạo.")])
Q("follow_up", "What about 2026?",
  [(AG, AG_T7)],
  "In 2026 the target is 65% of residents with basic digital skills.",
  ["65%"],
  [("user", "What share of An Giang residents should have basic digital skills by 2030?"),
   ("assistant", "85% by 2030.")])
Q("follow_up", "Ai tham mưu bố trí khoản đó trong dự toán?",
  [(DK, DK_KT), (DK, DK_R10)],
  "Phòng Kinh tế, Hạ tầng và Đô thị tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách phường (Phụ lục 02: chủ trì, phối hợp Phòng Văn hóa - Xã hội, tháng 12 hằng năm).",
  ["Phòng Kinh tế, Hạ tầng và Đô thị"],
  [("user", "Trung tâm học tập cộng đồng phường Đông Kinh được hỗ trợ bao nhiêu mỗi năm?"),
   ("assistant", "40 triệu đồng/năm.")])
Q("follow_up", "Trong đó nguồn xã hội hóa chiếm bao nhiêu?",
  [(KP, KP_KPS)],
  "Nguồn xã hội hóa chiếm 35% tổng kinh phí.",
  ["35%"],
  [("user", "Tổng kinh phí kế hoạch của huyện Krông Pắc là bao nhiêu?"),
   ("assistant", "Khoảng 7,2 tỷ đồng cho giai đoạn 2024 - 2030.")])
Q("follow_up", "Đơn vị nào phối hợp việc đó?",
  [(DK, DK_R5), (DK, "Phòng Kinh tế, Hạ tầng và Đô thị; Ban Quản lý chợ Đông Kinh")],
  "Phòng Kinh tế, Hạ tầng và Đô thị và Ban Quản lý chợ Đông Kinh phối hợp.",
  ["Ban Quản lý chợ Đông Kinh"],
  [("user", "Ở phường Đông Kinh, ai chủ trì mở lớp tiếng Trung giao tiếp cho hộ kinh doanh?"),
   ("assistant", "Trung tâm học tập cộng đồng phường, hoàn thành Quý IV/2026.")])
Q("follow_up", "Thế năm 2030?",
  [(KP, KP_2030H), (KP, KP_2030A)],
  "Đến năm 2030: 65% dòng họ đạt danh hiệu “Dòng họ học tập”.",
  ["65%"],
  [("user", "Krông Pắc đặt chỉ tiêu dòng họ học tập năm 2025 là bao nhiêu?"),
   ("assistant", "55% dòng họ đạt danh hiệu “Dòng họ học tập” vào năm 2025.")])
Q("follow_up", "Còn Sở Khoa học và Công nghệ thì sao?",
  [(AG, AG_KHCN)],
  "Sở Khoa học và Công nghệ An Giang chủ trì xây dựng kho học liệu số dùng chung của tỉnh và hỗ trợ hạ tầng số cho các Trung tâm học tập cộng đồng ở vùng biên giới, hải đảo.",
  ["kho học liệu số"],
  [("user", "Sở Dân tộc và Tôn giáo An Giang được giao gì?"),
   ("assistant", "Phối hợp tổ chức lớp dạy tiếng Khmer, tiếng Chăm; vận động chức sắc tôn giáo, người có uy tín tham gia xây dựng mô hình học tập tại cơ sở tôn giáo.")])
Q("follow_up", "Họ phối hợp với ai trong việc tập huấn đó, và hạn là khi nào?",
  [(DK, DK_R7), (DK, "Quý III hằng năm")],
  "Công an phường chủ trì tập huấn phòng, chống lừa đảo trên không gian mạng, phối hợp với Đoàn Thanh niên phường; thời gian hoàn thành Quý III hằng năm.",
  ["Đoàn Thanh niên phường", "Quý III hằng năm"],
  [("user", "Công an phường Đông Kinh có nhiệm vụ gì trong kế hoạch xã hội học tập?"),
   ("assistant", "Phối hợp tuyên truyền pháp luật về an ninh trật tự, phòng, chống lừa đảo trên không gian mạng tại các lớp chuyên đề; chủ trì tập huấn phòng, chống lừa đảo trên không gian mạng.")])
Q("follow_up", "And for clans?",
  [(AG, AG_T2)],
  "Clans recognised as “learning clans”: 48% in 2026, 55% in 2028, 60% in 2030.",
  ["48%", "55%", "60%"],
  [("user", "What are An Giang's targets for learning families?"),
   ("assistant", "66% of households in 2026, 70% in 2028 and 75% in 2030.")])
Q("follow_up", "Ở đó Phòng Giáo dục và Đào tạo phải báo cáo huyện trước ngày nào?",
  [(KP, KP_GD)],
  "Phòng Giáo dục và Đào tạo huyện Krông Pắc tổng hợp, báo cáo UBND huyện trước ngày 25/11 hằng năm.",
  ["25/11"],
  [("user", "UBND các xã, thị trấn ở Krông Pắc báo cáo kết quả trước ngày nào?"),
   ("assistant", "Trước ngày 10/11 hằng năm, về Phòng Giáo dục và Đào tạo.")])
Q("follow_up", "Vậy kế hoạch muốn đạt bao nhiêu phần trăm hộ gia đình học tập trong năm 2026?",
  [(DK, DK_I_GD), (DK, "74")],
  "Năm 2026: 74% hộ gia đình đạt danh hiệu “Gia đình học tập” (77% năm 2027, 80% năm 2028).",
  ["74%"],
  [("user", "Năm 2025 phường Đông Kinh đạt bao nhiêu phần trăm hộ gia đình học tập?"),
   ("assistant", "71,5% hộ gia đình đạt danh hiệu “Gia đình học tập”.")])
Q("follow_up", "Còn báo cáo tổng kết thì phải nộp khi nào?",
  [(AG, AG_BC4)],
  "Báo cáo tổng kết giai đoạn 2026 - 2030 nộp trước ngày 15/10/2030.",
  ["15/10/2030"],
  [("user", "Hạn gửi báo cáo sơ kết giai đoạn 2026-2028 của An Giang là khi nào?"),
   ("assistant", "Trước ngày 15/10/2028, gửi về Sở Giáo dục và Đào tạo.")])
Q("follow_up", "Còn ở An Giang thì sao?",
  [(AG, AG_KH)],
  "Ở An Giang, Hội Khuyến học tỉnh được đề nghị chủ trì đánh giá, công nhận danh hiệu “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” và “Công dân học tập”.",
  ["Hội Khuyến học tỉnh", "Công dân học tập"],
  [("user", "Hội Khuyến học huyện Krông Pắc được đề nghị làm gì?"),
   ("assistant", "Chủ trì đánh giá, công nhận danh hiệu “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập”; vận động xây dựng Quỹ khuyến học.")])
Q("follow_up", "What about the number of learners that year?",
  [(DK, DK_I_LUOT), (DK, "3.300")],
  "In 2026 the target is 3.300 learner attendances (lượt người) at the community learning centre.",
  ["300"],
  [("user", "How many topic classes should Dong Kinh's community learning centre run in 2026?"),
   ("assistant", "24 classes in 2026.")])
Q("follow_up", "Thế còn phường Đông Kinh, tỷ lệ công dân được công nhận Công dân học tập năm 2027 là bao nhiêu?",
  [(DK, DK_I_CDHT), (DK, "60")],
  "Năm 2027: 60% công dân được công nhận “Công dân học tập” (55% năm 2026, 65% năm 2028).",
  ["60%"],
  [("user", "Phường Tam Thanh đặt chỉ tiêu Công dân học tập năm 2027 là bao nhiêu?"),
   ("assistant", "Chưa có kế hoạch của phường Tam Thanh trong các kế hoạch đã nạp, nên không trả lời được.")])

# ================================================================== unanswerable
# places with no loaded plan
U("Tỉnh Lạng Sơn đặt chỉ tiêu bao nhiêu phần trăm hộ gia đình đạt Gia đình học tập năm 2026?",
  "Chưa nạp kế hoạch của tỉnh Lạng Sơn (kế hoạch phường Đông Kinh chỉ dẫn số hiệu KH 276/KH-UBND của tỉnh, không nêu chỉ tiêu của tỉnh).")
U("Thành phố Lạng Sơn giao Phòng Giáo dục và Đào tạo nhiệm vụ gì trong xây dựng xã hội học tập?",
  "Không có kế hoạch của thành phố Lạng Sơn (đơn vị cấp huyện này không còn từ 01/7/2025) trong các kế hoạch đã nạp.")
U("Tỉnh Đắk Lắk đặt mục tiêu bao nhiêu phần trăm lao động qua đào tạo đến năm 2030?",
  "Chưa nạp kế hoạch của tỉnh Đắk Lắk; chỉ có kế hoạch của huyện Krông Pắc.")
U("Phường Tam Thanh phải báo cáo kết quả xây dựng xã hội học tập cho Sở GD&ĐT trước ngày nào?",
  "Không có kế hoạch của phường Tam Thanh trong các kế hoạch đã nạp.")
U("Đặc khu Phú Quốc đặt chỉ tiêu bao nhiêu phần trăm hộ gia đình học tập năm 2028?",
  "Kế hoạch của tỉnh An Giang nhắc đến đặc khu Phú Quốc nhưng không đặt chỉ tiêu riêng cho đặc khu; không có kế hoạch của Phú Quốc.")
U("Thành phố Long Xuyên giao cho các phường nộp báo cáo xã hội học tập trước ngày nào?",
  "Không có kế hoạch của thành phố Long Xuyên (không còn là đơn vị hành chính sau sắp xếp) trong các kế hoạch đã nạp.")
U("Thị xã Buôn Hồ đặt chỉ tiêu Dòng họ học tập năm 2025 là bao nhiêu?",
  "Không có kế hoạch của thị xã Buôn Hồ trong các kế hoạch đã nạp.")
# figures the named plan does not set
U("Kế hoạch của phường Đông Kinh đặt chỉ tiêu tỷ lệ lao động qua đào tạo là bao nhiêu?",
  "Kế hoạch phường Đông Kinh không đặt chỉ tiêu lao động qua đào tạo.")
U("Huyện Krông Pắc đặt chỉ tiêu bao nhiêu câu lạc bộ đọc sách?",
  "Kế hoạch của Krông Pắc không đặt chỉ tiêu về câu lạc bộ đọc sách.")
U("Tỷ lệ dòng họ học tập năm 2027 mà tỉnh An Giang đặt ra là bao nhiêu?",
  "Bảng 1 của An Giang chỉ cho các năm 2026, 2028 và 2030; không có chỉ tiêu năm 2027.")
# current counts, past results
U("Hiện nay tỉnh An Giang có bao nhiêu Trung tâm học tập cộng đồng đang hoạt động?",
  "Kế hoạch không nêu số Trung tâm học tập cộng đồng hiện có; chỉ yêu cầu mỗi xã, phường, đặc khu duy trì ít nhất 01 trung tâm.")
U("Năm 2025 phường Đông Kinh có bao nhiêu dòng họ đạt Dòng họ học tập?",
  "Kết quả năm 2025 trong kế hoạch chỉ nêu hộ gia đình, khối phố và lớp chuyên đề, không nêu dòng họ.")
U("Năm 2023 huyện Krông Pắc có bao nhiêu phần trăm Trung tâm học tập cộng đồng xếp loại Tốt?",
  "Kết quả 2021 - 2023 của kế hoạch không nêu tỷ lệ trung tâm xếp loại Tốt.")
# amounts not broken out
U("Ngân sách huyện Krông Pắc chi bao nhiêu cho kế hoạch trong năm 2026?",
  "Kế hoạch chỉ nêu tổng kinh phí cả giai đoạn (khoảng 7,2 tỷ đồng) và tỷ lệ các nguồn, không chia theo năm.")
U("Trong 12,5 tỷ đồng của tỉnh An Giang, bao nhiêu dành cho kho học liệu số?",
  "Kế hoạch không phân bổ khoản 12,5 tỷ đồng theo nhiệm vụ.")
# sanctions
U("Xã, phường nào ở An Giang báo cáo chậm thì bị xử lý thế nào?",
  "Kế hoạch không quy định hình thức xử lý khi báo cáo chậm.")
U("What penalty does Dong Kinh impose on neighbourhoods that miss the reporting deadline?",
  "The plan sets no penalty; it only sets the deadlines.")
# agencies never named
U("Trạm Y tế phường Đông Kinh được giao nhiệm vụ gì trong kế hoạch xã hội học tập?",
  "Kế hoạch phường Đông Kinh không giao nhiệm vụ cho Trạm Y tế.")
U("Sở Y tế tỉnh An Giang có nhiệm vụ gì trong kế hoạch 389/KH-UBND?",
  "Kế hoạch không giao nhiệm vụ cho Sở Y tế.")
U("Phòng Nội vụ huyện Krông Pắc được giao việc gì?",
  "Kế hoạch của Krông Pắc không giao nhiệm vụ cho Phòng Nội vụ.")
U("What is the An Giang provincial police asked to do under the learning-society plan?",
  "The plan gives no task to the provincial police (Công an tỉnh).")
U("What does the Krong Pac district military command have to do in the plan?",
  "The plan does not name the district military command.")
# years outside the period
U("Kế hoạch của phường Đông Kinh đặt chỉ tiêu gì cho năm 2030?",
  "Kế hoạch phường Đông Kinh chỉ cho giai đoạn 2026 - 2028; không có chỉ tiêu năm 2030.")
U("What target does An Giang set for learning families in 2032?",
  "The An Giang plan covers 2026-2030 only; there is no 2032 target.")
# follow-ups that move to an unloaded place or year
U("Còn phường Hoàng Văn Thụ thì sao?",
  "Không có kế hoạch của phường Hoàng Văn Thụ trong các kế hoạch đã nạp.",
  [("user", "Phòng Văn hóa - Xã hội phường Đông Kinh báo cáo Sở GD&ĐT trước ngày nào?"),
   ("assistant", "Trước ngày 15/12 hằng năm.")])
U("What about Dong Thap province?",
  "No plan of Đồng Tháp is among the loaded plans.",
  [("user", "What share of An Giang residents should have basic digital skills by 2030?"),
   ("assistant", "85% by 2030.")])
U("Còn năm 2035?",
  "Kế hoạch của Krông Pắc chỉ đến năm 2030; không có chỉ tiêu năm 2035.",
  [("user", "Đến năm 2030 Krông Pắc phấn đấu bao nhiêu hộ gia đình đạt Gia đình học tập?"),
   ("assistant", "80% hộ gia đình.")])


if __name__ == "__main__":
    with open(OUT, "w", encoding="utf-8") as f:
        for q in QS:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    print(len(QS), "questions ->", OUT)
