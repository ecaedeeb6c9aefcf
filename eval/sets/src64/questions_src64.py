"""Questions of set 64 (newplans64.jsonl): two new plans of Hưng Yên (a provincial social insurance agency's .docx,
a provincial lawyers' association's saved web page with an ĐÍNH CHÍNH box) and a few bundled plans.

    python eval/sets/src64/questions_src64.py

Refuses to write on: a span not verbatim in its doc (as check_sets.py extracts and normalises it), a key fact missing
from its answer or from every span it cites, a malformed history (not 2-4 turns alternating user/assistant from the
user, ending with the assistant), a repeated id or question, a type under its minimum, an unanswerable question
with docs/evidence/key facts, or an unanswerable question whose probe (accent-free regex) matches the accent-free
normalised text of the plans it is about.
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

B = "bhxh_hungyen_118-KH-BHXH_2026.docx"
L = "hlg_hungyen_09-KH-HLG_2026.html"
HUE = "000_4550be4bb11189cd.txt"
MYLOC = "001_7bafa58816a5de75.txt"
HANOI = "002_797e8de6131c77f9.txt"
CANTHO = "003_1a817ee72b993e3e.txt"
ANLAO = "004_b1b28019b71edc03.txt"
NEW = [B, L]
ALL = [B, L, HUE, MYLOC, HANOI, CANTHO, ANLAO]
MIN = {"english": 18, "follow_up": 15, "unanswerable": 30}
TYPES = ["agency_tasks", "target", "deadline", "funding", "legal_basis", "purpose", "task_section", "cross_plan",
         "no_diacritics", "abbreviation", "paraphrase", "unanswerable", "english", "follow_up"]

# ---- spans: the social insurance agency's .docx (B) ----
B_HDR = "TT Chỉ tiêu Quý I Quý II Quý III Quý IV Cả năm"
B_NOTE = "Các chỉ tiêu chủ yếu năm 2026 được giao theo quý tại Bảng 1; cột “Cả năm” là chỉ tiêu phải đạt đến ngày 31/12/2026. Dấu “-” là quý không giao chỉ tiêu."
B_R1 = "1 Hội nghị đối thoại chính sách tại xã, phường (hội nghị) 6 12 12 8 38"
B_R2 = "2 Lớp “Hiểu đúng về bảo hiểm xã hội tự nguyện” tại trung tâm học tập cộng đồng (lớp) - 15 20 10 45"
B_R3 = "3 Người tham gia bảo hiểm xã hội tự nguyện tăng mới (người) 1.500 2.500 3.000 3.000 10.000"
B_R4 = "4 Công chức, viên chức hoàn thành bồi dưỡng kỹ năng số, cộng dồn (%) 25 50 75 100 100"
B_R5 = "5 Lượt người dân được hướng dẫn cài đặt, sử dụng ứng dụng VssID (lượt) 5.000 8.000 8.000 9.000 30.000"
B_R6 = "6 Tỷ lệ dân số tham gia bảo hiểm y tế (%) - - - - 95,2"
B_EXTRA = "100% phòng nghiệp vụ và Bảo hiểm xã hội cơ sở đạt danh hiệu “Đơn vị học tập”; ít nhất 80% công chức, viên chức được công nhận “Công dân học tập”"
B_GOC = "trung tâm học tập cộng đồng tại 12 xã, phường thí điểm mỗi nơi có ít nhất 01 “Góc an sinh”"
B_THU5 = "Duy trì “Sáng thứ Năm học tập” mỗi tuần 01 buổi, từ 07h30 đến 08h15, để công chức, viên chức trao đổi văn bản mới và tình huống nghiệp vụ."
B_KNS = "Tổ chức 04 lớp bồi dưỡng kỹ năng số, khai thác cơ sở dữ liệu và chuyển đổi số trong giải quyết thủ tục hành chính; mỗi công chức, viên chức tự học tối thiểu 40 giờ/năm trên hệ thống học trực tuyến của ngành."
B_PILOT = "Thí điểm “Góc an sinh” tại trung tâm học tập cộng đồng của 12 xã, phường: Khoái Châu, Văn Giang, Tiên Lữ, Ân Thi, Phù Cừ, Kim Động, Quỳnh Phụ, Đông Hưng, Thái Thụy, Hưng Hà, Tiền Hải, Vũ Thư"
B_GOC_CONTENT = "mỗi góc có tờ gấp, sổ tay và mã hướng dẫn tra cứu quá trình đóng bảo hiểm xã hội"
B_CLASS = "Mở lớp “Hiểu đúng về bảo hiểm xã hội tự nguyện” vào buổi tối hoặc ngày nghỉ, mỗi lớp không quá 40 học viên, tài liệu phát miễn phí"
B_PRIO = "đối tượng ưu tiên là lao động tự do, nông dân, người bán hàng và người lao động sắp hết tuổi lao động chưa đủ thời gian đóng"
B_DIALOG = "mỗi hội nghị có ít nhất 01 luật gia của Hội Luật gia tỉnh tham gia giải đáp"
B_DIALOG_PLACE = "Hội nghị đối thoại chính sách được tổ chức tại hội trường xã, phường hoặc trung tâm học tập cộng đồng"
B_FEST = "Tổ chức Ngày hội “Người dân học tập chính sách an sinh” vào ngày 03/10/2026 tại phường Phố Hiến, hưởng ứng Tuần lễ hưởng ứng học tập suốt đời năm 2026"
B_T2_HDR = "Thời gian Nội dung Đơn vị thực hiện"
B_S1 = "07h00 - 07h30 Đón tiếp đại biểu, người dân; hướng dẫn cài đặt VssID tại quầy Bảo hiểm xã hội cơ sở Phố Hiến"
B_S2 = "07h30 - 08h00 Khai mạc; phát động phong trào “Mỗi người dân hiểu đúng một chính sách” Văn phòng"
B_S3 = "08h00 - 09h30 Hỏi - đáp chính sách bảo hiểm xã hội tự nguyện, bảo hiểm y tế hộ gia đình Phòng Truyền thông và Phát triển đối tượng"
B_S4 = "09h30 - 10h45 Tư vấn pháp luật miễn phí về chế độ hưu trí, thai sản, ốm đau Trung tâm Tư vấn pháp luật Hội Luật gia tỉnh"
B_S5 = "10h45 - 11h15 Trao giải cuộc thi trực tuyến; bế mạc Văn phòng"
B_FUND = "Tổng kinh phí thực hiện Kế hoạch là 1.260 triệu đồng, trong đó:"
B_FUND1 = "Kinh phí truyền thông được Bảo hiểm xã hội Việt Nam giao năm 2026: 1.050 triệu đồng, bao gồm 120 triệu đồng phối hợp với Hội Luật gia tỉnh theo Quy chế phối hợp số 02/QCPH-BHXH-HLG;"
B_FUND2 = "Quỹ phúc lợi và kinh phí Công đoàn cơ sở Bảo hiểm xã hội tỉnh: 210 triệu đồng, dùng cho xây dựng “Cơ quan học tập”."
B_RATE = "Mức chi tối đa 6 triệu đồng/hội nghị đối thoại và 4,5 triệu đồng/lớp bồi dưỡng tại trung tâm học tập cộng đồng; người dân tham dự không phải đóng bất kỳ khoản phí nào."
B_V1A = "1. Phòng Truyền thông và Phát triển đối tượng - Là đơn vị thường trực, tham mưu Giám đốc triển khai Kế hoạch; biên soạn bộ tài liệu “Hỏi - đáp chính sách an sinh”, hoàn thành trước ngày 15/3/2026."
B_V1B = "Chủ trì tổ chức Ngày hội ngày 03/10/2026; tổng hợp kết quả thực hiện chỉ tiêu Bảng 1 báo cáo Giám đốc trước ngày 20 của tháng cuối mỗi quý."
B_V2 = "Bảo đảm kinh phí, cơ sở vật chất; làm đầu mối theo dõi danh hiệu “Đơn vị học tập”, “Công dân học tập”, tham mưu bình xét trước ngày 10/12/2026."
B_V3 = "3. Phòng Tổ chức - Kiểm tra - Chủ trì 04 lớp bồi dưỡng kỹ năng số cho công chức, viên chức, hoàn thành trong quý III/2026; theo dõi số giờ tự học trực tuyến của từng người."
B_V4 = "Cử báo cáo viên cho các hội nghị đối thoại; cập nhật bộ câu hỏi thường gặp về chế độ hưu trí, thai sản, ốm đau sau mỗi quý."
B_V5A = "Phối hợp Ủy ban nhân dân xã, phường tổ chức hội nghị đối thoại, lớp bồi dưỡng tại trung tâm học tập cộng đồng theo chỉ tiêu Bảng 1; bố trí “Góc an sinh” tại 12 xã, phường thí điểm trước ngày 30/6/2026."
B_V5B = "Báo cáo kết quả thực hiện năm 2026 về Phòng Truyền thông và Phát triển đối tượng trước ngày 30/11/2026."
B_V6 = "6. Công đoàn cơ sở Bảo hiểm xã hội tỉnh - Phát động phong trào thi đua xây dựng “Cơ quan học tập”; trích quỹ phúc lợi khen thưởng công chức, viên chức tự học vượt 40 giờ/năm."
B_V7 = "Cử luật gia tham gia các hội nghị đối thoại và Ngày hội; tư vấn pháp luật miễn phí về bảo hiểm xã hội, bảo hiểm y tế cho người dân theo Quy chế phối hợp số 02/QCPH-BHXH-HLG."
B_V8 = "Chỉ đạo trung tâm học tập cộng đồng bố trí thời gian, địa điểm cho lớp bồi dưỡng; vận động người dân tham gia bảo hiểm xã hội tự nguyện, bảo hiểm y tế hộ gia đình."
B_REPORT = "Phòng Truyền thông và Phát triển đối tượng tổng hợp kết quả, báo cáo Bảo hiểm xã hội Việt Nam và Ủy ban nhân dân tỉnh trước ngày 15/12/2026."
B_LAW = "Căn cứ Luật Bảo hiểm xã hội số 41/2024/QH15 ngày 29 tháng 6 năm 2024;"
B_1373 = "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”;"
B_64 = "Căn cứ Kế hoạch số 64/KH-BHXH ngày 25 tháng 12 năm 2025 của Bảo hiểm xã hội Việt Nam về công tác truyền thông chính sách bảo hiểm xã hội, bảo hiểm y tế năm 2026;"
B_3105 = "Căn cứ Kế hoạch số 3105/KH-UBND ngày 30 tháng 12 năm 2025 của Ủy ban nhân dân tỉnh Hưng Yên về xây dựng xã hội học tập năm 2026;"
B_QCPH = "Căn cứ Quy chế phối hợp số 02/QCPH-BHXH-HLG ngày 05 tháng 01 năm 2026 giữa Bảo hiểm xã hội tỉnh và Hội Luật gia tỉnh Hưng Yên,"
B_P1 = "Nâng cao nhận thức của người dân, người lao động về quyền lợi và trách nhiệm tham gia bảo hiểm xã hội, bảo hiểm y tế; coi việc tìm hiểu chính sách an sinh xã hội là một nội dung học tập suốt đời tại cộng đồng."
B_P2 = "Xây dựng Bảo hiểm xã hội tỉnh trở thành “Cơ quan học tập”, mỗi công chức, viên chức, người lao động trong ngành là một “Công dân học tập”, thành thạo nghiệp vụ và kỹ năng số."
B_Y1 = "Lồng ghép nội dung bồi dưỡng chính sách với hoạt động của các trung tâm học tập cộng đồng; bảo đảm thiết thực, tránh hình thức, không trùng lặp với kế hoạch truyền thông chung của ngành."
B_NUM = "Số: 118/KH-BHXH"
B_DATE = "Hưng Yên, ngày 14 tháng 01 năm 2026"
B_SIGN = "GIÁM ĐỐC"
B_SIGNER = "Trần Thị Minh Nguyệt"

# ---- spans: the lawyers' association's web page (L) ----
L_DC_HEAD = "ĐÍNH CHÍNH (theo Thông báo số 03/TB-HLG ngày 27/01/2026 của Ban Thường vụ Hội Luật gia tỉnh)"
L_DC1 = "Tại điểm a khoản 1 Mục II: cụm từ “ít nhất 40 buổi” được sửa thành “ít nhất 48 buổi”."
L_DC2 = "Tại Mục IV: cụm từ “do Sở Tài chính bố trí” được sửa thành “do Bảo hiểm xã hội tỉnh hỗ trợ”."
L_DC3 = "Tại khoản 5 Mục V: cụm từ “trước ngày 15/12/2026” được sửa thành “trước ngày 05/12/2026”."
L_DC_REST = "Các nội dung khác của Kế hoạch giữ nguyên. Văn bản gốc đăng dưới đây chưa sửa các nội dung trên."
L_NUM = "Số: 09/KH-HLG"
L_DATE = "Hưng Yên, ngày 20 tháng 01 năm 2026"
L_TITLE = "Phổ biến, giáo dục pháp luật và tư vấn pháp luật miễn phí về bảo hiểm xã hội, bảo hiểm y tế cho người dân, góp phần xây dựng xã hội học tập tỉnh Hưng Yên năm 2026"
L_PBGDPL = "Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;"
L_LAW = "Căn cứ Luật Bảo hiểm xã hội số 41/2024/QH15 ngày 29 tháng 6 năm 2024;"
L_1373 = "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”;"
L_12 = "Căn cứ Kế hoạch số 12/KH-HLGVN ngày 08 tháng 01 năm 2026 của Trung ương Hội Luật gia Việt Nam về công tác phổ biến, giáo dục pháp luật, tư vấn pháp luật năm 2026;"
L_118 = "Căn cứ Kế hoạch số 118/KH-BHXH ngày 14 tháng 01 năm 2026 của Bảo hiểm xã hội tỉnh Hưng Yên và Quy chế phối hợp số 02/QCPH-BHXH-HLG ngày 05 tháng 01 năm 2026 giữa Bảo hiểm xã hội tỉnh và Hội Luật gia tỉnh,"
L_P1 = "Giúp người dân, nhất là lao động tự do, nông dân và người cao tuổi, hiểu đúng quyền và nghĩa vụ theo Luật Bảo hiểm xã hội năm 2024; biến mỗi buổi tư vấn tại trung tâm học tập cộng đồng thành một buổi học pháp luật thiết thực."
L_P2 = "Phát huy đội ngũ luật gia, hội viên trong phổ biến, giáo dục pháp luật; hoạt động tư vấn phải đúng pháp luật, khách quan, không thu phí và không làm thay việc của cơ quan bảo hiểm xã hội."
L_TA = "Tổ chức ít nhất 40 buổi tư vấn pháp luật lưu động về bảo hiểm xã hội, bảo hiểm y tế tại các xã, phường, ưu tiên 12 xã, phường thí điểm “Góc an sinh” của Bảo hiểm xã hội tỉnh."
L_TB = "Ít nhất 3.000 lượt người dân được tư vấn, giải đáp pháp luật miễn phí."
L_TC = "100% chi hội luật gia trực thuộc tổ chức ít nhất 01 buổi sinh hoạt chuyên đề về Luật Bảo hiểm xã hội năm 2024."
L_TD = "Bổ sung 12 “Tủ sách pháp luật” tại trung tâm học tập cộng đồng của các xã, phường thí điểm."
L_2030 = "Định hướng đến năm 2030: ít nhất 70% xã, phường của tỉnh có “Tủ sách pháp luật” tại trung tâm học tập cộng đồng; 100% luật gia làm công tác tư vấn được cập nhật kiến thức pháp luật ít nhất 16 giờ/năm."
L_N1 = "Tư vấn pháp luật lưu động. Tổ chức vào sáng thứ Bảy hoặc Chủ nhật tại trung tâm học tập cộng đồng; mỗi buổi có ít nhất 02 luật gia và 01 cán bộ Bảo hiểm xã hội cơ sở cùng giải đáp; vụ việc phức tạp được hướng dẫn gửi đơn đến cơ quan có thẩm quyền."
L_N2 = "Sinh hoạt chuyên đề. Các chi hội lồng ghép chuyên đề “Luật Bảo hiểm xã hội năm 2024 - những điểm mới” vào sinh hoạt định kỳ; mời báo cáo viên của Bảo hiểm xã hội tỉnh khi cần."
L_N3 = "Tủ sách pháp luật. Mỗi tủ có ít nhất 50 đầu sách, trong đó có bộ tài liệu “Hỏi - đáp chính sách an sinh” do Bảo hiểm xã hội tỉnh biên soạn; giao trung tâm học tập cộng đồng quản lý, cho mượn miễn phí."
L_N4 = "Cuộc thi trực tuyến. Phối hợp tổ chức Cuộc thi trực tuyến “Hiểu đúng chính sách bảo hiểm xã hội” từ ngày 01/6/2026 đến ngày 31/7/2026, phấn đấu ít nhất 5.000 lượt người dự thi; giải thưởng trao tại Ngày hội “Người dân học tập chính sách an sinh” của Bảo hiểm xã hội tỉnh."
L_N5 = "Bồi dưỡng luật gia. Mở 02 lớp cập nhật kiến thức pháp luật về bảo hiểm xã hội, bảo hiểm y tế cho luật gia làm công tác tư vấn, mỗi lớp 02 ngày, trong quý II/2026."
L_FUND = "Tổng kinh phí 420 triệu đồng, gồm: 300 triệu đồng từ ngân sách tỉnh giao cho Hội năm 2026 và 120 triệu đồng do Sở Tài chính bố trí theo Quy chế phối hợp số 02/QCPH-BHXH-HLG."
L_RATE = "Luật gia tham gia tư vấn lưu động được hỗ trợ 300.000 đồng/người/buổi. Người dân được tư vấn không phải trả bất kỳ khoản phí nào."
L_V1 = "Ban Tuyên truyền và Phổ biến pháp luật Hội Luật gia tỉnh là đơn vị thường trực; xây dựng lịch tư vấn lưu động hằng quý, gửi Bảo hiểm xã hội tỉnh trước ngày 25 của tháng cuối quý trước; hướng dẫn các chi hội sinh hoạt chuyên đề."
L_V2 = "Trung tâm Tư vấn pháp luật Hội Luật gia tỉnh chủ trì các buổi tư vấn lưu động và quầy tư vấn tại Ngày hội ngày 03/10/2026; lập sổ theo dõi vụ việc tư vấn; chủ trì 02 lớp bồi dưỡng luật gia."
L_V3 = "Văn phòng Hội bảo đảm kinh phí, thanh quyết toán; phối hợp Bảo hiểm xã hội tỉnh chấm thi Cuộc thi trực tuyến, công bố kết quả trước ngày 20/9/2026."
L_V4 = "Các chi hội luật gia trực thuộc tổ chức sinh hoạt chuyên đề trước ngày 30/9/2026; cử hội viên tham gia tư vấn lưu động khi được phân công."
L_V5 = "Chế độ báo cáo: các chi hội báo cáo kết quả trước ngày 15/11/2026; Ban Tuyên truyền và Phổ biến pháp luật tổng hợp, báo cáo Ban Thường vụ Hội, Trung ương Hội Luật gia Việt Nam và Bảo hiểm xã hội tỉnh trước ngày 15/12/2026."
L_V6 = "Đề nghị Bảo hiểm xã hội tỉnh cử cán bộ tham gia các buổi tư vấn lưu động; cung cấp tài liệu “Hỏi - đáp chính sách an sinh” cho Tủ sách pháp luật; hỗ trợ kinh phí theo Quy chế phối hợp."
L_V7 = "Đề nghị Sở Tư pháp đưa nội dung của Kế hoạch vào chương trình công tác năm 2026 của Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh."
L_SIGN = "TM. BAN THƯỜNG VỤ CHỦ TỊCH (đã ký) Đặng Quốc Hưng"

# ---- bundled plans ----
HUE_TUAN = "Tuần lễ hưởng ứng học tập suốt đời, Ngày Sách và Văn hóa đọc Việt Nam, Ngày Khuyến học Việt Nam"
HUE_DVHT = "Có ít nhất 15 đơn vị được công nhận “Đơn vị học tập” cấp tỉnh mức độ 1, trong đó có ít nhất 05 đơn vị đạt mức độ 2."
HUE_CDHT = "40% công dân đạt danh hiệu công dân học tập."
HUE_PL = "kiến thức pháp luật cho cán bộ, công chức, viên chức, học sinh, sinh viên và người lao động"
HUE_1373 = "Thực hiện Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030”"
CT_TUAN = "Hàng năm, tổ chức hiệu quả Tuần lễ hưởng ứng học tập suốt đời, Ngày sách và văn hóa đọc Việt Nam"

Q = []


def q(type_, question, ev, answer, kf, history=None, probe=None, probe_docs=None):
    Q.append(dict(type=type_, question=question, ev=ev, answer=answer, kf=kf, history=history or [],
                  probe=probe, probe_docs=probe_docs))


def u(question, answer, probe, probe_docs=NEW, history=None, type_="unanswerable"):
    q(type_, question, [], answer, [], history=history, probe=probe, probe_docs=probe_docs)


def h(*turns):
    out = []
    for i, t in enumerate(turns):
        out.append({"role": "user" if i % 2 == 0 else "assistant", "content": t})
    return out


BN = "[bhxh_hungyen_118-KH-BHXH_2026.docx]"
LN = "[hlg_hungyen_09-KH-HLG_2026.html]"

# ===================== agency_tasks =====================
q("agency_tasks", "Theo Kế hoạch 118/KH-BHXH của BHXH tỉnh Hưng Yên, Phòng Truyền thông và Phát triển đối tượng có những nhiệm vụ gì?",
  [(B, B_V1A), (B, B_V1B)],
  f"Phòng Truyền thông và Phát triển đối tượng là đơn vị thường trực, tham mưu Giám đốc triển khai Kế hoạch; biên soạn bộ tài liệu “Hỏi - đáp chính sách an sinh” (xong trước ngày 15/3/2026); chủ trì tổ chức Ngày hội ngày 03/10/2026; tổng hợp kết quả thực hiện chỉ tiêu Bảng 1 báo cáo Giám đốc trước ngày 20 của tháng cuối mỗi quý (mục V.1) {BN}.",
  ["đơn vị thường trực", "Hỏi - đáp chính sách an sinh", "03/10/2026", "tháng cuối mỗi quý"])
q("agency_tasks", "Văn phòng BHXH tỉnh Hưng Yên được giao làm gì trong kế hoạch xây dựng Cơ quan học tập năm 2026?",
  [(B, B_V2)],
  f"Văn phòng bảo đảm kinh phí, cơ sở vật chất; làm đầu mối theo dõi danh hiệu “Đơn vị học tập”, “Công dân học tập” và tham mưu bình xét trước ngày 10/12/2026 (mục V.2) {BN}. Trong chương trình Ngày hội (Bảng 2), Văn phòng còn phụ trách phần khai mạc và phần trao giải, bế mạc.",
  ["kinh phí, cơ sở vật chất", "Đơn vị học tập", "10/12/2026"])
q("agency_tasks", "Phòng Tổ chức - Kiểm tra phải làm gì theo kế hoạch của Bảo hiểm xã hội tỉnh Hưng Yên?",
  [(B, B_V3)],
  f"Phòng Tổ chức - Kiểm tra chủ trì 04 lớp bồi dưỡng kỹ năng số cho công chức, viên chức, hoàn thành trong quý III/2026, và theo dõi số giờ tự học trực tuyến của từng người (mục V.3) {BN}.",
  ["04 lớp", "kỹ năng số", "quý III/2026", "giờ tự học"])
q("agency_tasks", "Phòng Chế độ bảo hiểm xã hội có nhiệm vụ gì trong Kế hoạch 118?",
  [(B, B_V4)],
  f"Phòng Chế độ bảo hiểm xã hội cử báo cáo viên cho các hội nghị đối thoại và cập nhật bộ câu hỏi thường gặp về chế độ hưu trí, thai sản, ốm đau sau mỗi quý (mục V.4) {BN}.",
  ["báo cáo viên", "hưu trí, thai sản, ốm đau", "sau mỗi quý"])
q("agency_tasks", "Bảo hiểm xã hội cơ sở được giao những việc gì trong kế hoạch năm 2026 của BHXH Hưng Yên?",
  [(B, B_V5A), (B, B_V5B)],
  f"Bảo hiểm xã hội cơ sở phối hợp UBND xã, phường tổ chức hội nghị đối thoại và lớp bồi dưỡng tại trung tâm học tập cộng đồng theo chỉ tiêu Bảng 1; bố trí “Góc an sinh” tại 12 xã, phường thí điểm trước ngày 30/6/2026; báo cáo kết quả năm 2026 về Phòng Truyền thông và Phát triển đối tượng trước ngày 30/11/2026 (mục V.5) {BN}.",
  ["hội nghị đối thoại", "Góc an sinh", "30/6/2026", "30/11/2026"])
q("agency_tasks", "Công đoàn cơ sở Bảo hiểm xã hội tỉnh làm gì trong kế hoạch này?",
  [(B, B_V6)],
  f"Công đoàn cơ sở phát động phong trào thi đua xây dựng “Cơ quan học tập” và trích quỹ phúc lợi khen thưởng công chức, viên chức tự học vượt 40 giờ/năm (mục V.6) {BN}.",
  ["phong trào thi đua", "quỹ phúc lợi", "40 giờ/năm"])
q("agency_tasks", "BHXH tỉnh Hưng Yên đề nghị UBND các xã, phường những gì?",
  [(B, B_V8)],
  f"Đây là đề nghị (BHXH tỉnh không chỉ đạo được UBND xã): đề nghị UBND các xã, phường chỉ đạo trung tâm học tập cộng đồng bố trí thời gian, địa điểm cho lớp bồi dưỡng và vận động người dân tham gia bảo hiểm xã hội tự nguyện, bảo hiểm y tế hộ gia đình (mục V.8) {BN}.",
  ["bố trí thời gian, địa điểm", "bảo hiểm y tế hộ gia đình"])
q("agency_tasks", "Theo kế hoạch 09/KH-HLG, Trung tâm Tư vấn pháp luật của Hội Luật gia tỉnh Hưng Yên phụ trách việc gì?",
  [(L, L_V2)],
  f"Trung tâm Tư vấn pháp luật Hội Luật gia tỉnh chủ trì các buổi tư vấn lưu động và quầy tư vấn tại Ngày hội ngày 03/10/2026; lập sổ theo dõi vụ việc tư vấn; chủ trì 02 lớp bồi dưỡng luật gia (mục V, khoản 2 — số thứ tự do trang web tự đánh) {LN}.",
  ["tư vấn lưu động", "03/10/2026", "sổ theo dõi vụ việc", "02 lớp bồi dưỡng"])
q("agency_tasks", "Văn phòng Hội Luật gia tỉnh có trách nhiệm gì?",
  [(L, L_V3)],
  f"Văn phòng Hội bảo đảm kinh phí, thanh quyết toán; phối hợp Bảo hiểm xã hội tỉnh chấm thi Cuộc thi trực tuyến và công bố kết quả trước ngày 20/9/2026 {LN}.",
  ["thanh quyết toán", "chấm thi", "20/9/2026"])
q("agency_tasks", "Đơn vị nào là thường trực của kế hoạch Hội Luật gia Hưng Yên năm 2026 và đơn vị đó làm gì?",
  [(L, L_V1)],
  f"Ban Tuyên truyền và Phổ biến pháp luật Hội Luật gia tỉnh là đơn vị thường trực: xây dựng lịch tư vấn lưu động hằng quý, gửi Bảo hiểm xã hội tỉnh trước ngày 25 của tháng cuối quý trước; hướng dẫn các chi hội sinh hoạt chuyên đề {LN}. Ban này cũng tổng hợp báo cáo năm (hạn đã được đính chính thành trước ngày 05/12/2026).",
  ["Ban Tuyên truyền và Phổ biến pháp luật", "lịch tư vấn lưu động", "ngày 25 của tháng cuối quý trước"])
q("agency_tasks", "Các chi hội luật gia trực thuộc phải làm gì, khi nào?",
  [(L, L_V4), (L, L_V5)],
  f"Các chi hội luật gia trực thuộc tổ chức sinh hoạt chuyên đề trước ngày 30/9/2026, cử hội viên tham gia tư vấn lưu động khi được phân công, và báo cáo kết quả trước ngày 15/11/2026 {LN}.",
  ["sinh hoạt chuyên đề", "30/9/2026", "15/11/2026"])
q("agency_tasks", "Hội Luật gia tỉnh Hưng Yên đề nghị Sở Tư pháp việc gì?",
  [(L, L_V7)],
  f"Hội đề nghị Sở Tư pháp đưa nội dung của Kế hoạch vào chương trình công tác năm 2026 của Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh {LN}. Đây là đề nghị, không phải nhiệm vụ giao.",
  ["Sở Tư pháp", "Hội đồng phối hợp phổ biến, giáo dục pháp luật"])

# ===================== target =====================
q("target", "Bảng 1 của kế hoạch BHXH Hưng Yên giao bao nhiêu hội nghị đối thoại trong quý III/2026?",
  [(B, B_HDR), (B, B_R1)],
  f"Quý III/2026: 12 hội nghị đối thoại chính sách tại xã, phường (Bảng 1, dòng 1: Quý I 6, Quý II 12, Quý III 12, Quý IV 8, cả năm 38) {BN}.",
  ["12", "38"])
q("target", "Chỉ tiêu cả năm 2026 về số người tham gia BHXH tự nguyện tăng mới của Hưng Yên là bao nhiêu?",
  [(B, B_HDR), (B, B_R3)],
  f"Cả năm 2026: 10.000 người tham gia bảo hiểm xã hội tự nguyện tăng mới, chia theo quý 1.500 / 2.500 / 3.000 / 3.000 (Bảng 1, dòng 3) {BN}.",
  ["10.000", "1.500"])
q("target", "Quý I có phải mở lớp “Hiểu đúng về bảo hiểm xã hội tự nguyện” nào không?",
  [(B, B_NOTE), (B, B_R2)],
  f"Không. Ô Quý I của dòng 2 Bảng 1 là dấu “-”, nghĩa là quý đó không giao chỉ tiêu. Các lớp bắt đầu từ Quý II: 15 lớp, Quý III 20, Quý IV 10, cả năm 45 lớp {BN}.",
  ["không giao chỉ tiêu", "15", "45"])
q("target", "Đến cuối quý II/2026 bao nhiêu phần trăm công chức, viên chức BHXH tỉnh phải hoàn thành bồi dưỡng kỹ năng số?",
  [(B, B_HDR), (B, B_R4)],
  f"50% (dòng 4 Bảng 1 là tỷ lệ cộng dồn: Quý I 25%, Quý II 50%, Quý III 75%, Quý IV và cả năm 100%) {BN}.",
  ["50", "cộng dồn"])
q("target", "Tỷ lệ dân số tham gia BHYT năm 2026 mà BHXH Hưng Yên đặt ra là bao nhiêu, có chia theo quý không?",
  [(B, B_R6), (B, B_NOTE)],
  f"95,2% cho cả năm 2026; dòng 6 Bảng 1 không giao theo quý: các ô quý đều là “-”, tức quý không giao chỉ tiêu {BN}.",
  ["95,2", "không giao chỉ tiêu"])
q("target", "Kế hoạch của BHXH tỉnh đặt chỉ tiêu gì về “Công dân học tập” trong ngành?",
  [(B, B_EXTRA)],
  f"Phấn đấu đến hết năm 2026 ít nhất 80% công chức, viên chức được công nhận “Công dân học tập”, và 100% phòng nghiệp vụ và BHXH cơ sở đạt danh hiệu “Đơn vị học tập” {BN}.",
  ["80%", "100%", "Đơn vị học tập"])
q("target", "Hội Luật gia Hưng Yên phải tổ chức ít nhất bao nhiêu buổi tư vấn pháp luật lưu động năm 2026?",
  [(L, L_TA), (L, L_DC_HEAD), (L, L_DC1)],
  f"Ít nhất 48 buổi. Văn bản gốc trên trang ghi “ít nhất 40 buổi”, nhưng ô ĐÍNH CHÍNH đầu trang (Thông báo 03/TB-HLG ngày 27/01/2026) đã sửa điểm a khoản 1 Mục II thành “ít nhất 48 buổi”; ưu tiên 12 xã, phường thí điểm “Góc an sinh” {LN}.",
  ["48 buổi", "đính chính"])
q("target", "Bao nhiêu lượt người dân được tư vấn miễn phí theo kế hoạch của Hội Luật gia tỉnh?",
  [(L, L_TB)],
  f"Ít nhất 3.000 lượt người dân được tư vấn, giải đáp pháp luật miễn phí trong năm 2026 {LN}.",
  ["3.000 lượt"])
q("target", "Định hướng đến năm 2030 của Hội Luật gia tỉnh Hưng Yên là gì?",
  [(L, L_2030)],
  f"Đến năm 2030: ít nhất 70% xã, phường của tỉnh có “Tủ sách pháp luật” tại trung tâm học tập cộng đồng; 100% luật gia làm công tác tư vấn được cập nhật kiến thức pháp luật ít nhất 16 giờ/năm {LN}.",
  ["70%", "16 giờ/năm"])
q("target", "Trong năm 2026 Hội Luật gia bổ sung bao nhiêu tủ sách pháp luật, mỗi tủ tối thiểu bao nhiêu đầu sách?",
  [(L, L_TD), (L, L_N3)],
  f"Bổ sung 12 “Tủ sách pháp luật” tại trung tâm học tập cộng đồng của các xã, phường thí điểm; mỗi tủ có ít nhất 50 đầu sách, trong đó có bộ “Hỏi - đáp chính sách an sinh” của BHXH tỉnh {LN}.",
  ["12", "50 đầu sách"])
q("target", "Về ứng dụng VssID: cả năm 2026 BHXH Hưng Yên phải hướng dẫn bao nhiêu lượt cài ứng dụng, quý IV bao nhiêu?",
  [(B, B_HDR), (B, B_R5)],
  f"Cả năm 30.000 lượt người dân được hướng dẫn cài đặt, sử dụng VssID; riêng Quý IV là 9.000 lượt (Bảng 1, dòng 5: 5.000 / 8.000 / 8.000 / 9.000) {BN}.",
  ["30.000", "9.000"])

# ===================== deadline =====================
q("deadline", "Bộ tài liệu “Hỏi - đáp chính sách an sinh” phải hoàn thành trước ngày nào?",
  [(B, B_V1A)],
  f"Trước ngày 15/3/2026; Phòng Truyền thông và Phát triển đối tượng biên soạn (mục V.1) {BN}.",
  ["15/3/2026"])
q("deadline", "Góc an sinh ở 12 xã, phường thí điểm phải bố trí xong khi nào?",
  [(B, B_V5A)],
  f"Bảo hiểm xã hội cơ sở bố trí “Góc an sinh” tại 12 xã, phường thí điểm trước ngày 30/6/2026 (mục V.5) {BN}.",
  ["30/6/2026"])
q("deadline", "Ngày hội “Người dân học tập chính sách an sinh” tổ chức ngày nào, ở đâu?",
  [(B, B_FEST)],
  f"Ngày 03/10/2026 tại phường Phố Hiến, hưởng ứng Tuần lễ hưởng ứng học tập suốt đời năm 2026 {BN}.",
  ["03/10/2026", "Phố Hiến"])
q("deadline", "Khi nào BHXH tỉnh Hưng Yên phải báo cáo kết quả năm lên Bảo hiểm xã hội Việt Nam?",
  [(B, B_REPORT), (B, B_V5B)],
  f"Phòng Truyền thông và Phát triển đối tượng tổng hợp, báo cáo BHXH Việt Nam và UBND tỉnh trước ngày 15/12/2026; trước đó BHXH cơ sở báo cáo về Phòng trước ngày 30/11/2026 {BN}.",
  ["15/12/2026", "30/11/2026"])
q("deadline", "Ban Tuyên truyền và Phổ biến pháp luật phải gửi báo cáo tổng hợp năm 2026 trước ngày nào?",
  [(L, L_V5), (L, L_DC_HEAD), (L, L_DC3)],
  f"Trước ngày 05/12/2026. Trong thân văn bản (khoản 5 Mục V) vẫn ghi “trước ngày 15/12/2026”, nhưng ô ĐÍNH CHÍNH theo Thông báo 03/TB-HLG đã sửa thành “trước ngày 05/12/2026”; báo cáo gửi Ban Thường vụ Hội, Trung ương Hội Luật gia Việt Nam và BHXH tỉnh {LN}.",
  ["05/12/2026", "đính chính"])
q("deadline", "Cuộc thi trực tuyến “Hiểu đúng chính sách bảo hiểm xã hội” diễn ra từ ngày nào đến ngày nào và khi nào công bố kết quả?",
  [(L, L_N4), (L, L_V3)],
  f"Từ ngày 01/6/2026 đến ngày 31/7/2026; Văn phòng Hội phối hợp BHXH tỉnh chấm thi và công bố kết quả trước ngày 20/9/2026; giải trao tại Ngày hội của BHXH tỉnh {LN}.",
  ["01/6/2026", "31/7/2026", "20/9/2026"])
q("deadline", "Lịch tư vấn lưu động của quý III phải gửi BHXH tỉnh chậm nhất lúc nào?",
  [(L, L_V1)],
  f"Lịch tư vấn lưu động được xây dựng hằng quý và gửi BHXH tỉnh trước ngày 25 của tháng cuối quý trước — với quý III là trước ngày 25 của tháng cuối quý II (tức tháng 6) {LN}.",
  ["ngày 25 của tháng cuối quý trước"])
q("deadline", "Bốn lớp kỹ năng số cho công chức BHXH phải xong trong thời gian nào?",
  [(B, B_V3)],
  f"Hoàn thành trong quý III/2026, do Phòng Tổ chức - Kiểm tra chủ trì {BN}.",
  ["quý III/2026"])
q("deadline", "Khi nào Văn phòng BHXH tỉnh tham mưu bình xét danh hiệu Đơn vị học tập, Công dân học tập?",
  [(B, B_V2)],
  f"Trước ngày 10/12/2026 (mục V.2) {BN}.",
  ["10/12/2026"])
q("deadline", "Hai lớp bồi dưỡng luật gia tổ chức vào lúc nào và kéo dài bao lâu?",
  [(L, L_N5)],
  f"Trong quý II/2026, mỗi lớp 02 ngày (Trung tâm Tư vấn pháp luật chủ trì) {LN}.",
  ["quý II/2026", "02 ngày"])

# ===================== funding =====================
q("funding", "Tổng kinh phí Kế hoạch 118/KH-BHXH là bao nhiêu và từ những nguồn nào?",
  [(B, B_FUND), (B, B_FUND1), (B, B_FUND2)],
  f"Tổng 1.260 triệu đồng: 1.050 triệu đồng kinh phí truyền thông do BHXH Việt Nam giao năm 2026 (trong đó 120 triệu đồng phối hợp với Hội Luật gia tỉnh) và 210 triệu đồng từ quỹ phúc lợi và kinh phí Công đoàn cơ sở, dùng cho xây dựng “Cơ quan học tập” {BN}.",
  ["1.260", "1.050", "210", "120"])
q("funding", "Mỗi hội nghị đối thoại được chi tối đa bao nhiêu? Còn lớp bồi dưỡng ở TTHTCĐ?",
  [(B, B_RATE)],
  f"Tối đa 6 triệu đồng/hội nghị đối thoại và 4,5 triệu đồng/lớp bồi dưỡng tại trung tâm học tập cộng đồng {BN}.",
  ["6 triệu đồng/hội nghị", "4,5 triệu đồng/lớp"])
q("funding", "Kinh phí kế hoạch của Hội Luật gia tỉnh Hưng Yên năm 2026 lấy từ đâu?",
  [(L, L_FUND), (L, L_DC2)],
  f"Tổng 420 triệu đồng: 300 triệu đồng từ ngân sách tỉnh giao cho Hội năm 2026 và 120 triệu đồng do Bảo hiểm xã hội tỉnh hỗ trợ theo Quy chế phối hợp 02/QCPH-BHXH-HLG. Văn bản gốc ghi 120 triệu “do Sở Tài chính bố trí”, nhưng ô ĐÍNH CHÍNH đã sửa thành “do Bảo hiểm xã hội tỉnh hỗ trợ” {LN}.",
  ["420", "300", "120", "Bảo hiểm xã hội tỉnh hỗ trợ"])
q("funding", "Luật gia đi tư vấn lưu động được hỗ trợ bao nhiêu tiền?",
  [(L, L_RATE)],
  f"300.000 đồng/người/buổi {LN}.",
  ["300.000 đồng/người/buổi"])
q("funding", "Người dân đến hỏi ở buổi tư vấn hay hội nghị đối thoại có phải đóng tiền không?",
  [(L, L_RATE), (B, B_RATE)],
  f"Không. Kế hoạch Hội Luật gia ghi người dân được tư vấn không phải trả bất kỳ khoản phí nào {LN}; kế hoạch BHXH tỉnh cũng ghi người dân tham dự không phải đóng bất kỳ khoản phí nào {BN}.",
  ["không phải trả bất kỳ khoản phí nào", "không phải đóng bất kỳ khoản phí nào"])
q("funding", "Quỹ phúc lợi của Công đoàn cơ sở góp bao nhiêu và dùng vào việc gì?",
  [(B, B_FUND2), (B, B_V6)],
  f"210 triệu đồng từ quỹ phúc lợi và kinh phí Công đoàn cơ sở, dùng cho xây dựng “Cơ quan học tập”; Công đoàn trích quỹ phúc lợi khen thưởng công chức, viên chức tự học vượt 40 giờ/năm {BN}.",
  ["210 triệu", "Cơ quan học tập", "40 giờ/năm"])

# ===================== legal_basis =====================
q("legal_basis", "Kế hoạch 118/KH-BHXH ban hành căn cứ những văn bản nào?",
  [(B, B_LAW), (B, B_1373), (B, B_64), (B, B_3105), (B, B_QCPH)],
  f"Năm căn cứ: Luật Bảo hiểm xã hội số 41/2024/QH15 ngày 29/6/2024; Quyết định 1373/QĐ-TTg ngày 30/7/2021; Kế hoạch 64/KH-BHXH ngày 25/12/2025 của BHXH Việt Nam; Kế hoạch 3105/KH-UBND ngày 30/12/2025 của UBND tỉnh Hưng Yên; Quy chế phối hợp 02/QCPH-BHXH-HLG ngày 05/01/2026 với Hội Luật gia tỉnh {BN}.",
  ["41/2024/QH15", "1373/QĐ-TTg", "64/KH-BHXH", "3105/KH-UBND", "02/QCPH-BHXH-HLG"])
q("legal_basis", "Kế hoạch của Hội Luật gia tỉnh Hưng Yên căn cứ vào luật nào?",
  [(L, L_PBGDPL), (L, L_LAW)],
  f"Hai luật: Luật Phổ biến, giáo dục pháp luật ngày 20/6/2012 và Luật Bảo hiểm xã hội số 41/2024/QH15 ngày 29/6/2024 {LN}.",
  ["Luật Phổ biến, giáo dục pháp luật", "41/2024/QH15"])
q("legal_basis", "Kế hoạch nào của Trung ương Hội Luật gia Việt Nam được Hội Luật gia Hưng Yên dẫn làm căn cứ?",
  [(L, L_12)],
  f"Kế hoạch số 12/KH-HLGVN ngày 08/01/2026 của Trung ương Hội Luật gia Việt Nam về công tác phổ biến, giáo dục pháp luật, tư vấn pháp luật năm 2026 {LN}.",
  ["12/KH-HLGVN"])
q("legal_basis", "Văn bản nào của UBND tỉnh Hưng Yên về xã hội học tập được BHXH tỉnh dẫn?",
  [(B, B_3105)],
  f"Kế hoạch số 3105/KH-UBND ngày 30/12/2025 của UBND tỉnh Hưng Yên về xây dựng xã hội học tập năm 2026 {BN}.",
  ["3105/KH-UBND"])
q("legal_basis", "Thông báo đính chính Kế hoạch 09/KH-HLG là văn bản số mấy, ngày nào, ai ban hành?",
  [(L, L_DC_HEAD)],
  f"Thông báo số 03/TB-HLG ngày 27/01/2026 của Ban Thường vụ Hội Luật gia tỉnh {LN}.",
  ["03/TB-HLG", "27/01/2026"])

# ===================== purpose =====================
q("purpose", "Mục đích của Kế hoạch 118/KH-BHXH là gì?",
  [(B, B_P1), (B, B_P2)],
  f"Nâng cao nhận thức của người dân, người lao động về quyền lợi và trách nhiệm tham gia BHXH, BHYT, coi việc tìm hiểu chính sách an sinh là một nội dung học tập suốt đời tại cộng đồng; và xây dựng BHXH tỉnh thành “Cơ quan học tập”, mỗi công chức, viên chức, người lao động là một “Công dân học tập” thành thạo nghiệp vụ và kỹ năng số {BN}.",
  ["học tập suốt đời", "Cơ quan học tập", "Công dân học tập"])
q("purpose", "Kế hoạch của BHXH tỉnh yêu cầu gì khi lồng ghép với trung tâm học tập cộng đồng?",
  [(B, B_Y1)],
  f"Yêu cầu lồng ghép nội dung bồi dưỡng chính sách với hoạt động của các trung tâm học tập cộng đồng; bảo đảm thiết thực, tránh hình thức, không trùng lặp với kế hoạch truyền thông chung của ngành {BN}.",
  ["tránh hình thức", "không trùng lặp"])
q("purpose", "Hội Luật gia tỉnh Hưng Yên đặt ra mục đích, yêu cầu gì cho hoạt động tư vấn năm 2026?",
  [(L, L_P1), (L, L_P2)],
  f"Giúp người dân, nhất là lao động tự do, nông dân và người cao tuổi, hiểu đúng quyền và nghĩa vụ theo Luật BHXH năm 2024, biến mỗi buổi tư vấn tại trung tâm học tập cộng đồng thành một buổi học pháp luật; phát huy đội ngũ luật gia; tư vấn phải đúng pháp luật, khách quan, không thu phí và không làm thay việc của cơ quan bảo hiểm xã hội {LN}.",
  ["người cao tuổi", "buổi học pháp luật", "không làm thay việc của cơ quan bảo hiểm xã hội"])
q("purpose", "Tư vấn của luật gia có được làm thay việc của cơ quan BHXH không?",
  [(L, L_P2)],
  f"Không. Yêu cầu của kế hoạch Hội Luật gia là tư vấn đúng pháp luật, khách quan, không thu phí và không làm thay việc của cơ quan bảo hiểm xã hội {LN}.",
  ["không làm thay việc của cơ quan bảo hiểm xã hội"])

# ===================== task_section =====================
q("task_section", "“Sáng thứ Năm học tập” ở BHXH tỉnh Hưng Yên được tổ chức thế nào?",
  [(B, B_THU5)],
  f"Mỗi tuần 01 buổi, từ 07h30 đến 08h15, để công chức, viên chức trao đổi văn bản mới và tình huống nghiệp vụ (mục III.1) {BN}.",
  ["07h30 đến 08h15", "mỗi tuần 01 buổi"])
q("task_section", "Lớp “Hiểu đúng về bảo hiểm xã hội tự nguyện” học vào lúc nào, mỗi lớp bao nhiêu người, ưu tiên ai?",
  [(B, B_CLASS), (B, B_PRIO)],
  f"Học vào buổi tối hoặc ngày nghỉ; mỗi lớp không quá 40 học viên, tài liệu phát miễn phí; ưu tiên lao động tự do, nông dân, người bán hàng và người lao động sắp hết tuổi lao động chưa đủ thời gian đóng (mục III.2) {BN}.",
  ["buổi tối hoặc ngày nghỉ", "không quá 40 học viên", "lao động tự do"])
q("task_section", "Trong chương trình Ngày hội 03/10/2026, phần tư vấn pháp luật diễn ra mấy giờ và do ai thực hiện?",
  [(B, B_T2_HDR), (B, B_S4)],
  f"Khung 09h30 - 10h45: tư vấn pháp luật miễn phí về chế độ hưu trí, thai sản, ốm đau, do Trung tâm Tư vấn pháp luật Hội Luật gia tỉnh thực hiện (Bảng 2) {BN}.",
  ["09h30 - 10h45", "Trung tâm Tư vấn pháp luật"])
q("task_section", "Một buổi tư vấn pháp luật lưu động của Hội Luật gia được tổ chức như thế nào?",
  [(L, L_N1)],
  f"Tổ chức vào sáng thứ Bảy hoặc Chủ nhật tại trung tâm học tập cộng đồng; mỗi buổi có ít nhất 02 luật gia và 01 cán bộ Bảo hiểm xã hội cơ sở cùng giải đáp; vụ việc phức tạp được hướng dẫn gửi đơn đến cơ quan có thẩm quyền {LN}.",
  ["sáng thứ Bảy hoặc Chủ nhật", "02 luật gia", "01 cán bộ Bảo hiểm xã hội cơ sở"])
q("task_section", "Góc an sinh đặt ở những xã, phường nào và có gì trong đó?",
  [(B, B_PILOT), (B, B_GOC_CONTENT)],
  f"12 xã, phường thí điểm: Khoái Châu, Văn Giang, Tiên Lữ, Ân Thi, Phù Cừ, Kim Động, Quỳnh Phụ, Đông Hưng, Thái Thụy, Hưng Hà, Tiền Hải, Vũ Thư; mỗi góc có tờ gấp, sổ tay và mã hướng dẫn tra cứu quá trình đóng bảo hiểm xã hội (mục III.2) {BN}.",
  ["Khoái Châu", "Vũ Thư", "tờ gấp, sổ tay"])
q("task_section", "Các chi hội luật gia sinh hoạt chuyên đề với nội dung gì?",
  [(L, L_N2)],
  f"Lồng ghép chuyên đề “Luật Bảo hiểm xã hội năm 2024 - những điểm mới” vào sinh hoạt định kỳ; mời báo cáo viên của BHXH tỉnh khi cần {LN}.",
  ["những điểm mới", "sinh hoạt định kỳ"])

# ===================== cross_plan =====================
q("cross_plan", "Hai kế hoạch của BHXH tỉnh và Hội Luật gia tỉnh Hưng Yên cùng dựa trên quy chế phối hợp nào?",
  [(B, B_QCPH), (L, L_118)],
  f"Cả hai cùng căn cứ Quy chế phối hợp số 02/QCPH-BHXH-HLG ngày 05/01/2026 giữa BHXH tỉnh và Hội Luật gia tỉnh {BN} {LN}; kế hoạch của Hội còn căn cứ Kế hoạch 118/KH-BHXH của BHXH tỉnh.",
  ["02/QCPH-BHXH-HLG", "118/KH-BHXH"])
q("cross_plan", "Khoản 120 triệu đồng phối hợp giữa BHXH tỉnh và Hội Luật gia: hai kế hoạch ghi có khớp nhau không?",
  [(B, B_FUND1), (L, L_FUND), (L, L_DC2)],
  f"Khớp, sau đính chính. Kế hoạch BHXH tỉnh ghi 120 triệu đồng phối hợp với Hội Luật gia nằm trong 1.050 triệu đồng kinh phí truyền thông {BN}. Kế hoạch Hội Luật gia bản gốc ghi 120 triệu “do Sở Tài chính bố trí”, nhưng ô ĐÍNH CHÍNH đã sửa thành “do Bảo hiểm xã hội tỉnh hỗ trợ” {LN}.",
  ["120 triệu", "1.050", "Bảo hiểm xã hội tỉnh hỗ trợ"])
q("cross_plan", "Mỗi bên yêu cầu bên kia làm gì: BHXH tỉnh đề nghị Hội Luật gia gì, và Hội Luật gia đề nghị BHXH tỉnh gì?",
  [(B, B_V7), (L, L_V6)],
  f"BHXH tỉnh đề nghị Hội Luật gia cử luật gia tham gia hội nghị đối thoại và Ngày hội, tư vấn pháp luật miễn phí cho người dân (mục V.7) {BN}. Hội Luật gia đề nghị BHXH tỉnh cử cán bộ tham gia tư vấn lưu động, cung cấp tài liệu “Hỏi - đáp chính sách an sinh” cho Tủ sách pháp luật và hỗ trợ kinh phí theo Quy chế phối hợp {LN}.",
  ["cử luật gia", "cử cán bộ", "Hỏi - đáp chính sách an sinh"])
q("cross_plan", "Giải cuộc thi trực tuyến của Hội Luật gia được trao vào lúc nào trong Ngày hội của BHXH tỉnh?",
  [(L, L_N4), (B, B_S5), (B, B_FEST)],
  f"Hội Luật gia ghi giải thưởng trao tại Ngày hội “Người dân học tập chính sách an sinh” của BHXH tỉnh {LN}; theo Bảng 2 của BHXH tỉnh, Ngày hội là 03/10/2026 và phần trao giải cuộc thi trực tuyến, bế mạc diễn ra 10h45 - 11h15, do Văn phòng thực hiện {BN}.",
  ["03/10/2026", "10h45 - 11h15"])
q("cross_plan", "Tủ sách pháp luật của Hội Luật gia đặt ở đâu, và các xã thí điểm đó là những xã nào?",
  [(L, L_TD), (B, B_PILOT)],
  f"12 Tủ sách pháp luật đặt tại trung tâm học tập cộng đồng của các xã, phường thí điểm {LN} — tức 12 xã, phường thí điểm “Góc an sinh” của BHXH tỉnh: Khoái Châu, Văn Giang, Tiên Lữ, Ân Thi, Phù Cừ, Kim Động, Quỳnh Phụ, Đông Hưng, Thái Thụy, Hưng Hà, Tiền Hải, Vũ Thư {BN}.",
  ["12", "Khoái Châu", "Tiền Hải"])
q("cross_plan", "Ngày hội của BHXH Hưng Yên hưởng ứng Tuần lễ hưởng ứng học tập suốt đời; kế hoạch Huế có nhắc tới tuần lễ này không?",
  [(B, B_FEST), (HUE, HUE_TUAN)],
  f"Có. BHXH Hưng Yên tổ chức Ngày hội ngày 03/10/2026 hưởng ứng Tuần lễ hưởng ứng học tập suốt đời năm 2026 {BN}; kế hoạch năm 2026 của thành phố Huế cũng yêu cầu tổ chức hiệu quả Tuần lễ hưởng ứng học tập suốt đời, Ngày Sách và Văn hóa đọc Việt Nam, Ngày Khuyến học Việt Nam [000_4550be4bb11189cd.txt].",
  ["Tuần lễ hưởng ứng học tập suốt đời", "03/10/2026", "Ngày Khuyến học Việt Nam"])
q("cross_plan", "So sánh chỉ tiêu “Công dân học tập”: BHXH Hưng Yên đặt cho công chức của mình bao nhiêu, còn Huế đặt bao nhiêu cho công dân?",
  [(B, B_EXTRA), (HUE, HUE_CDHT)],
  f"BHXH Hưng Yên: ít nhất 80% công chức, viên chức được công nhận “Công dân học tập” đến hết năm 2026 {BN}. Huế (kế hoạch năm 2026): 40% công dân đạt danh hiệu công dân học tập [000_4550be4bb11189cd.txt]. Hai chỉ tiêu tính trên hai đối tượng khác nhau.",
  ["80%", "40%"])
q("cross_plan", "Cả hai kế hoạch Hưng Yên và kế hoạch Huế năm 2026 có cùng dẫn Quyết định 1373 không?",
  [(B, B_1373), (L, L_1373), (HUE, HUE_1373)],
  f"Có. Kế hoạch 118/KH-BHXH {BN} và Kế hoạch 09/KH-HLG {LN} đều căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”; kế hoạch Huế năm 2026 cũng thực hiện Quyết định này [000_4550be4bb11189cd.txt].",
  ["1373/QĐ-TTg", "30 tháng 7 năm 2021"])
q("cross_plan", "Huế muốn bồi dưỡng kiến thức pháp luật cho ai, còn Hội Luật gia Hưng Yên nhắm tới ai?",
  [(HUE, HUE_PL), (L, L_P1)],
  f"Huế: tổ chức lớp bồi dưỡng, trong đó có phổ biến kiến thức pháp luật cho cán bộ, công chức, viên chức, học sinh, sinh viên và người lao động [000_4550be4bb11189cd.txt]. Hội Luật gia Hưng Yên: người dân, nhất là lao động tự do, nông dân và người cao tuổi, về quyền và nghĩa vụ theo Luật BHXH năm 2024 {LN}.",
  ["học sinh, sinh viên", "người cao tuổi"])

q("cross_plan", "Cần Thơ và BHXH Hưng Yên đều nhắc Tuần lễ hưởng ứng học tập suốt đời: mỗi bên làm gì trong dịp này?",
  [(CANTHO, CT_TUAN), (B, B_FEST)],
  f"Cần Thơ (kế hoạch năm 2024): hàng năm tổ chức hiệu quả Tuần lễ hưởng ứng học tập suốt đời, Ngày sách và văn hóa đọc Việt Nam [003_1a817ee72b993e3e.txt]. BHXH Hưng Yên: tổ chức Ngày hội “Người dân học tập chính sách an sinh” ngày 03/10/2026 tại phường Phố Hiến để hưởng ứng Tuần lễ năm 2026 {BN}.",
  ["Hàng năm", "Người dân học tập chính sách an sinh", "03/10/2026"])

# ===================== no_diacritics =====================
q("no_diacritics", "ke hoach bhxh hung yen giao bao nhieu hoi nghi doi thoai quy 4",
  [(B, B_HDR), (B, B_R1)],
  f"Quý IV/2026: 8 hội nghị đối thoại (Bảng 1, dòng 1: 6 / 12 / 12 / 8, cả năm 38) {BN}.",
  ["8", "38"])
q("no_diacritics", "hoi luat gia tinh hung yen bao cao tong hop nam truoc ngay nao",
  [(L, L_V5), (L, L_DC3)],
  f"Trước ngày 05/12/2026 — thân văn bản ghi 15/12/2026 nhưng đã được đính chính (Thông báo 03/TB-HLG) thành 05/12/2026 {LN}.",
  ["05/12/2026"])
q("no_diacritics", "phong to chuc kiem tra bhxh tinh lam gi",
  [(B, B_V3)],
  f"Chủ trì 04 lớp bồi dưỡng kỹ năng số cho công chức, viên chức, xong trong quý III/2026; theo dõi số giờ tự học trực tuyến của từng người {BN}.",
  ["04 lớp", "quý III/2026"])
q("no_diacritics", "moi buoi tu van luu dong co may luat gia",
  [(L, L_N1)],
  f"Ít nhất 02 luật gia, cùng 01 cán bộ BHXH cơ sở; tổ chức sáng thứ Bảy hoặc Chủ nhật tại trung tâm học tập cộng đồng {LN}.",
  ["02 luật gia"])
q("no_diacritics", "tong kinh phi ke hoach hoi luat gia 2026 bao nhieu",
  [(L, L_FUND), (L, L_DC2)],
  f"420 triệu đồng: 300 triệu ngân sách tỉnh và 120 triệu đồng do Bảo hiểm xã hội tỉnh hỗ trợ (đã đính chính, bản gốc ghi Sở Tài chính) {LN}.",
  ["420", "Bảo hiểm xã hội tỉnh hỗ trợ"])
q("no_diacritics", "ngay hoi 3/10 may gio khai mac",
  [(B, B_S2)],
  f"Khai mạc lúc 07h30 - 08h00, kèm phát động phong trào “Mỗi người dân hiểu đúng một chính sách”, do Văn phòng thực hiện; trước đó 07h00 - 07h30 là đón tiếp (Bảng 2) {BN}.",
  ["07h30 - 08h00", "Mỗi người dân hiểu đúng một chính sách"])
q("no_diacritics", "bhxh hung yen can cu luat bhxh so may",
  [(B, B_LAW)],
  f"Luật Bảo hiểm xã hội số 41/2024/QH15 ngày 29/6/2024 {BN}.",
  ["41/2024/QH15"])
q("no_diacritics", "chi hoi luat gia phai sinh hoat chuyen de truoc ngay nao",
  [(L, L_V4)],
  f"Trước ngày 30/9/2026 {LN}.",
  ["30/9/2026"])

# ===================== abbreviation =====================
q("abbreviation", "P.TT&PTĐT của BHXH tỉnh HY báo cáo GĐ theo chu kỳ nào?",
  [(B, B_V1B)],
  f"Phòng Truyền thông và Phát triển đối tượng tổng hợp kết quả thực hiện chỉ tiêu Bảng 1 báo cáo Giám đốc trước ngày 20 của tháng cuối mỗi quý {BN}.",
  ["ngày 20 của tháng cuối mỗi quý"])
q("abbreviation", "HLG tỉnh HY đặt chỉ tiêu gì về TSPL tại TTHTCĐ đến 2030?",
  [(L, L_2030)],
  f"Đến năm 2030 ít nhất 70% xã, phường của tỉnh có “Tủ sách pháp luật” tại trung tâm học tập cộng đồng {LN}.",
  ["70%"])
q("abbreviation", "KH 118 giao BHXH CS những gì?",
  [(B, B_V5A), (B, B_V5B)],
  f"BHXH cơ sở: phối hợp UBND xã, phường tổ chức hội nghị đối thoại, lớp bồi dưỡng tại TTHTCĐ theo Bảng 1; bố trí “Góc an sinh” tại 12 xã, phường thí điểm trước ngày 30/6/2026; báo cáo kết quả trước ngày 30/11/2026 {BN}.",
  ["Góc an sinh", "30/6/2026", "30/11/2026"])
q("abbreviation", "BHXH TN tăng mới Q2/2026 chỉ tiêu bao nhiêu người?",
  [(B, B_HDR), (B, B_R3)],
  f"Quý II/2026: 2.500 người tham gia BHXH tự nguyện tăng mới (cả năm 10.000) {BN}.",
  ["2.500", "10.000"])
q("abbreviation", "CCVC BHXH tỉnh phải tự học tối thiểu bao nhiêu giờ/năm?",
  [(B, B_KNS)],
  f"Mỗi công chức, viên chức tự học tối thiểu 40 giờ/năm trên hệ thống học trực tuyến của ngành {BN}.",
  ["40 giờ/năm"])
q("abbreviation", "TB 03 đính chính những điểm nào của KH 09/KH-HLG?",
  [(L, L_DC1), (L, L_DC2), (L, L_DC3)],
  f"Ba điểm: điểm a khoản 1 Mục II “ít nhất 40 buổi” thành “ít nhất 48 buổi”; Mục IV “do Sở Tài chính bố trí” thành “do Bảo hiểm xã hội tỉnh hỗ trợ”; khoản 5 Mục V “trước ngày 15/12/2026” thành “trước ngày 05/12/2026” {LN}.",
  ["48 buổi", "Bảo hiểm xã hội tỉnh hỗ trợ", "05/12/2026"])
q("abbreviation", "Q.III có bao nhiêu lớp BD “Hiểu đúng về BHXH TN”?",
  [(B, B_HDR), (B, B_R2)],
  f"Quý III/2026: 20 lớp “Hiểu đúng về bảo hiểm xã hội tự nguyện” tại TTHTCĐ (cả năm 45) {BN}.",
  ["20", "45"])

# ===================== paraphrase =====================
q("paraphrase", "Tôi bán hàng ở chợ, chưa đóng bảo hiểm bao giờ, có lớp nào dạy mình không và học giờ nào?",
  [(B, B_CLASS), (B, B_PRIO)],
  f"Có: lớp “Hiểu đúng về bảo hiểm xã hội tự nguyện” tại trung tâm học tập cộng đồng, học buổi tối hoặc ngày nghỉ, không quá 40 học viên/lớp, tài liệu miễn phí; người bán hàng thuộc đối tượng ưu tiên {BN}.",
  ["buổi tối hoặc ngày nghỉ", "người bán hàng"])
q("paraphrase", "Mẹ tôi sắp nghỉ hưu muốn hỏi luật gia về lương hưu ở Ngày hội thì đến khung giờ nào?",
  [(B, B_S4)],
  f"Khung 09h30 - 10h45 ngày 03/10/2026: tư vấn pháp luật miễn phí về chế độ hưu trí, thai sản, ốm đau, do Trung tâm Tư vấn pháp luật Hội Luật gia tỉnh thực hiện {BN}.",
  ["09h30 - 10h45", "hưu trí"])
q("paraphrase", "Muốn kiểm tra mình đã đóng bảo hiểm bao nhiêu năm thì ra trung tâm học tập ở xã có tìm được hướng dẫn không?",
  [(B, B_PILOT), (B, B_GOC_CONTENT)],
  f"Ở 12 xã, phường thí điểm có “Góc an sinh” tại trung tâm học tập cộng đồng, mỗi góc có tờ gấp, sổ tay và mã hướng dẫn tra cứu quá trình đóng bảo hiểm xã hội {BN}.",
  ["Góc an sinh", "tra cứu quá trình đóng bảo hiểm xã hội"])
q("paraphrase", "Hồ sơ của tôi rắc rối quá, luật gia ở buổi tư vấn có giải quyết luôn không?",
  [(L, L_N1), (L, L_P2)],
  f"Không giải quyết thay: vụ việc phức tạp được hướng dẫn gửi đơn đến cơ quan có thẩm quyền, và tư vấn không làm thay việc của cơ quan bảo hiểm xã hội {LN}.",
  ["gửi đơn đến cơ quan có thẩm quyền", "không làm thay việc"])
q("paraphrase", "Ai lo việc khen thưởng cán bộ BHXH chăm tự học?",
  [(B, B_V6)],
  f"Công đoàn cơ sở BHXH tỉnh trích quỹ phúc lợi khen thưởng công chức, viên chức tự học vượt 40 giờ/năm {BN}.",
  ["Công đoàn cơ sở", "40 giờ/năm"])
q("paraphrase", "Ở hội nghị đối thoại tại xã có ai trả lời câu hỏi về pháp luật không hay chỉ cán bộ bảo hiểm?",
  [(B, B_DIALOG), (B, B_V4)],
  f"Có: mỗi hội nghị đối thoại có ít nhất 01 luật gia của Hội Luật gia tỉnh tham gia giải đáp, bên cạnh báo cáo viên do Phòng Chế độ bảo hiểm xã hội cử {BN}.",
  ["01 luật gia", "báo cáo viên"])

# ===================== english =====================
q("english", "Which unit of the Hung Yen provincial social insurance agency is the standing body for its 2026 learning-organisation plan?",
  [(B, B_V1A)],
  f"The Phòng Truyền thông và Phát triển đối tượng (Communication and Member Development Division) is the standing body (đơn vị thường trực); it also compiles the booklet “Hỏi - đáp chính sách an sinh” by 15/3/2026 {BN}.",
  ["Phòng Truyền thông và Phát triển đối tượng", "15/3/2026"])
q("english", "How many policy dialogue conferences must be held in the second quarter of 2026 in Hung Yen?",
  [(B, B_HDR), (B, B_R1)],
  f"12 in Quarter II (Bảng 1 row 1: 6, 12, 12, 8; 38 for the whole year) {BN}.",
  ["12", "38"])
q("english", "The lawyers' association page says at least 40 mobile legal-advice sessions. Is that still the target?",
  [(L, L_TA), (L, L_DC_HEAD), (L, L_DC1)],
  f"No. The body text still reads “ít nhất 40 buổi”, but the ĐÍNH CHÍNH notice at the top of the page (Thông báo 03/TB-HLG, 27/01/2026) corrects it to “ít nhất 48 buổi” {LN}.",
  ["48", "03/TB-HLG"])
q("english", "What is the total budget of the Hung Yen social insurance plan and who funds it?",
  [(B, B_FUND), (B, B_FUND1), (B, B_FUND2)],
  f"1.260 million VND (1.260 triệu đồng): 1.050 million of communication funds allocated by Bảo hiểm xã hội Việt Nam (including 120 million for cooperation with the lawyers' association) and 210 million from the welfare fund and trade-union funds {BN}.",
  ["1.260", "1.050", "210"])
q("english", "When and where is the social-policy learning festival, and what national event does it support?",
  [(B, B_FEST)],
  f"On 03/10/2026 in phường Phố Hiến, in response to the Lifelong Learning Week (Tuần lễ hưởng ứng học tập suốt đời) 2026 {BN}.",
  ["03/10/2026", "Phố Hiến", "Tuần lễ hưởng ứng học tập suốt đời"])
q("english", "What does the festival programme schedule between 08:00 and 09:30?",
  [(B, B_T2_HDR), (B, B_S3)],
  f"08h00 - 09h30: a Q&A on voluntary social insurance and household health insurance (Hỏi - đáp chính sách bảo hiểm xã hội tự nguyện, bảo hiểm y tế hộ gia đình), run by the Phòng Truyền thông và Phát triển đối tượng {BN}.",
  ["08h00 - 09h30", "bảo hiểm y tế hộ gia đình"])
q("english", "Which twelve communes or wards pilot the “Góc an sinh” corners?",
  [(B, B_PILOT)],
  f"Khoái Châu, Văn Giang, Tiên Lữ, Ân Thi, Phù Cừ, Kim Động, Quỳnh Phụ, Đông Hưng, Thái Thụy, Hưng Hà, Tiền Hải and Vũ Thư {BN}.",
  ["Khoái Châu", "Quỳnh Phụ", "Vũ Thư"])
q("english", "By what date must the lawyers' association send its annual summary report, and to whom?",
  [(L, L_V5), (L, L_DC3)],
  f"By 05/12/2026 (the body says 15/12/2026, corrected by the ĐÍNH CHÍNH notice), to the association's Ban Thường vụ, the Trung ương Hội Luật gia Việt Nam and the provincial social insurance agency {LN}.",
  ["05/12/2026", "Trung ương Hội Luật gia Việt Nam"])
q("english", "What legal basis does the Hung Yen lawyers' association cite for its 2026 plan?",
  [(L, L_PBGDPL), (L, L_LAW), (L, L_1373), (L, L_12), (L, L_118)],
  f"The Luật Phổ biến, giáo dục pháp luật of 20/6/2012; the Luật Bảo hiểm xã hội 41/2024/QH15; Decision 1373/QĐ-TTg; the central association's plan 12/KH-HLGVN; and the social insurance agency's plan 118/KH-BHXH with the coordination rules 02/QCPH-BHXH-HLG {LN}.",
  ["41/2024/QH15", "1373/QĐ-TTg", "12/KH-HLGVN", "118/KH-BHXH"])
q("english", "How much does a volunteer lawyer get paid per mobile advice session?",
  [(L, L_RATE)],
  f"300,000 VND per person per session (300.000 đồng/người/buổi) {LN}.",
  ["300.000"])
q("english", "Who signed the social insurance agency's plan, and in what capacity?",
  [(B, B_SIGN), (B, B_SIGNER), (B, B_NUM)],
  f"Trần Thị Minh Nguyệt, as GIÁM ĐỐC (Director) of Bảo hiểm xã hội tỉnh Hưng Yên; plan Số: 118/KH-BHXH of 14/01/2026 {BN}.",
  ["Trần Thị Minh Nguyệt", "GIÁM ĐỐC"])
q("english", "Who signed the lawyers' association plan?",
  [(L, L_SIGN)],
  f"Đặng Quốc Hưng, signing TM. BAN THƯỜNG VỤ / CHỦ TỊCH (on behalf of the Standing Committee, as Chairman) {LN}.",
  ["Đặng Quốc Hưng", "CHỦ TỊCH"])
q("english", "What share of the province's communes should have a legal bookshelf by 2030?",
  [(L, L_2030)],
  f"At least 70% of communes and wards should have a “Tủ sách pháp luật” at their community learning centre by 2030 {LN}.",
  ["70%"])
q("english", "How many participants is the online quiz on social insurance aiming for, and when does it run?",
  [(L, L_N4)],
  f"At least 5.000 entries (lượt người dự thi), from 01/6/2026 to 31/7/2026 {LN}.",
  ["5.000", "01/6/2026", "31/7/2026"])
q("english", "What health insurance coverage rate does the Hung Yen agency aim for in 2026?",
  [(B, B_R6)],
  f"95,2% of the population (Bảng 1 row 6, a whole-year target with no quarterly split) {BN}.",
  ["95,2"])
q("english", "What do the staff do on Thursday mornings at the provincial social insurance agency?",
  [(B, B_THU5)],
  f"“Sáng thứ Năm học tập”: one session a week, từ 07h30 đến 08h15, to discuss new regulations and practical cases {BN}.",
  ["Sáng thứ Năm học tập", "07h30 đến 08h15"])
q("english", "What is the Department of Justice asked to do in the lawyers' association plan?",
  [(L, L_V7)],
  f"The Sở Tư pháp is requested to include the plan in the 2026 work programme of the provincial Hội đồng phối hợp phổ biến, giáo dục pháp luật {LN}.",
  ["Sở Tư pháp", "Hội đồng phối hợp phổ biến, giáo dục pháp luật"])
q("english", "Is there a cap on class size for the voluntary social insurance classes?",
  [(B, B_CLASS)],
  f"Yes: no more than 40 learners per class (không quá 40 học viên), held in the evening or on days off, with free materials {BN}.",
  ["không quá 40 học viên"])
q("english", "Who reports to whom, and when, inside the social insurance agency at year end?",
  [(B, B_V5B), (B, B_REPORT)],
  f"The grassroots offices (Bảo hiểm xã hội cơ sở) report to the Phòng Truyền thông và Phát triển đối tượng by 30/11/2026; that division reports to Bảo hiểm xã hội Việt Nam and the provincial People's Committee by 15/12/2026 {BN}.",
  ["30/11/2026", "15/12/2026"])

# ===================== follow_up =====================
q("follow_up", "Còn quý IV thì sao?",
  [(B, B_HDR), (B, B_R2)],
  f"Quý IV/2026: 10 lớp (cả năm 45) {BN}.",
  ["10", "45"],
  history=h("BHXH Hưng Yên giao bao nhiêu lớp “Hiểu đúng về bảo hiểm xã hội tự nguyện” quý III?",
            f"Quý III/2026: 20 lớp tại trung tâm học tập cộng đồng (Bảng 1, dòng 2) {BN}."))
q("follow_up", "Ai chủ trì việc đó?",
  [(B, B_V3)],
  f"Phòng Tổ chức - Kiểm tra chủ trì 04 lớp bồi dưỡng kỹ năng số, hoàn thành trong quý III/2026 {BN}.",
  ["Phòng Tổ chức - Kiểm tra"],
  history=h("Kế hoạch 118 có mở lớp kỹ năng số cho cán bộ không?",
            f"Có: 04 lớp bồi dưỡng kỹ năng số, khai thác cơ sở dữ liệu và chuyển đổi số; mỗi công chức, viên chức tự học tối thiểu 40 giờ/năm (mục III.1) {BN}."))
q("follow_up", "Thế hạn báo cáo thì sao, cũng bị sửa à?",
  [(L, L_DC3), (L, L_V5)],
  f"Có: hạn báo cáo tổng hợp năm được sửa từ “trước ngày 15/12/2026” thành “trước ngày 05/12/2026” (khoản 5 Mục V); hạn báo cáo của các chi hội (15/11/2026) không bị sửa {LN}.",
  ["05/12/2026", "15/11/2026"],
  history=h("Hội Luật gia Hưng Yên phải tổ chức bao nhiêu buổi tư vấn lưu động?",
            f"Ít nhất 48 buổi — bản gốc ghi 40 nhưng đã được đính chính theo Thông báo 03/TB-HLG {LN}."))
q("follow_up", "Mấy giờ thì đến phần đó?",
  [(B, B_S5)],
  f"10h45 - 11h15: trao giải cuộc thi trực tuyến và bế mạc, do Văn phòng thực hiện (Bảng 2) {BN}.",
  ["10h45 - 11h15"],
  history=h("Giải cuộc thi trực tuyến về BHXH trao ở đâu?",
            f"Tại Ngày hội “Người dân học tập chính sách an sinh” của BHXH tỉnh {LN}, tổ chức ngày 03/10/2026 tại phường Phố Hiến {BN}."))
q("follow_up", "Trong đó phần dành cho Hội Luật gia là bao nhiêu?",
  [(B, B_FUND1)],
  f"120 triệu đồng phối hợp với Hội Luật gia tỉnh theo Quy chế phối hợp 02/QCPH-BHXH-HLG, nằm trong 1.050 triệu đồng kinh phí truyền thông {BN}.",
  ["120 triệu", "1.050"],
  history=h("Tổng kinh phí kế hoạch BHXH tỉnh Hưng Yên bao nhiêu?",
            f"1.260 triệu đồng: 1.050 triệu kinh phí truyền thông do BHXH Việt Nam giao và 210 triệu từ quỹ phúc lợi, kinh phí Công đoàn cơ sở {BN}."))
q("follow_up", "Còn bên Hội Luật gia ghi khoản đó do ai chi?",
  [(L, L_FUND), (L, L_DC2)],
  f"Bản gốc kế hoạch Hội Luật gia ghi 120 triệu đồng “do Sở Tài chính bố trí”, nhưng đã được đính chính thành “do Bảo hiểm xã hội tỉnh hỗ trợ” — khớp với kế hoạch BHXH tỉnh {LN}.",
  ["Bảo hiểm xã hội tỉnh hỗ trợ"],
  history=h("BHXH tỉnh dành bao nhiêu tiền phối hợp với Hội Luật gia?",
            f"120 triệu đồng, nằm trong 1.050 triệu đồng kinh phí truyền thông {BN}."))
q("follow_up", "Vậy mỗi tủ có bao nhiêu sách?",
  [(L, L_N3)],
  f"Mỗi tủ có ít nhất 50 đầu sách, trong đó có bộ “Hỏi - đáp chính sách an sinh” của BHXH tỉnh; trung tâm học tập cộng đồng quản lý, cho mượn miễn phí {LN}.",
  ["50 đầu sách", "cho mượn miễn phí"],
  history=h("Hội Luật gia bổ sung bao nhiêu tủ sách pháp luật năm 2026?",
            f"12 “Tủ sách pháp luật” tại trung tâm học tập cộng đồng của các xã, phường thí điểm {LN}."))
q("follow_up", "Còn kế hoạch của Hội Luật gia thì ai ký?",
  [(L, L_SIGN)],
  f"Đặng Quốc Hưng, TM. Ban Thường vụ, Chủ tịch Hội Luật gia tỉnh Hưng Yên {LN}.",
  ["Đặng Quốc Hưng"],
  history=h("Ai ký Kế hoạch 118/KH-BHXH?",
            f"Giám đốc Trần Thị Minh Nguyệt {BN}."))
q("follow_up", "Đơn vị đó phải nộp bộ tài liệu trước ngày nào?",
  [(B, B_V1A)],
  f"Phòng Truyền thông và Phát triển đối tượng biên soạn bộ “Hỏi - đáp chính sách an sinh”, hoàn thành trước ngày 15/3/2026 {BN}.",
  ["15/3/2026"],
  history=h("Bộ tài liệu “Hỏi - đáp chính sách an sinh” mà Hội Luật gia đưa vào tủ sách do ai biên soạn?",
            f"Do Bảo hiểm xã hội tỉnh biên soạn {LN}; trong kế hoạch BHXH tỉnh, việc này giao Phòng Truyền thông và Phát triển đối tượng {BN}."))
q("follow_up", "Còn ở Ngày hội thì trung tâm đó phụ trách khung giờ nào?",
  [(B, B_S4), (L, L_V2)],
  f"Trung tâm Tư vấn pháp luật phụ trách quầy tư vấn tại Ngày hội {LN}, khung 09h30 - 10h45 ngày 03/10/2026: tư vấn pháp luật miễn phí về chế độ hưu trí, thai sản, ốm đau {BN}.",
  ["09h30 - 10h45"],
  history=h("Ai chủ trì các buổi tư vấn lưu động của Hội Luật gia?",
            f"Trung tâm Tư vấn pháp luật Hội Luật gia tỉnh {LN}."),)
q("follow_up", "Còn đến năm 2030?",
  [(L, L_2030)],
  f"Định hướng đến năm 2030: ít nhất 70% xã, phường có “Tủ sách pháp luật” tại trung tâm học tập cộng đồng; 100% luật gia làm công tác tư vấn được cập nhật kiến thức ít nhất 16 giờ/năm {LN}.",
  ["70%", "16 giờ/năm"],
  history=h("Năm 2026 Hội Luật gia tỉnh có chỉ tiêu gì về tủ sách pháp luật?",
            f"Bổ sung 12 “Tủ sách pháp luật” tại trung tâm học tập cộng đồng của các xã, phường thí điểm {LN}."))
q("follow_up", "Quý nào nhiều nhất?",
  [(B, B_HDR), (B, B_R5)],
  f"Quý IV: 9.000 lượt (các quý: 5.000 / 8.000 / 8.000 / 9.000; cả năm 30.000) {BN}.",
  ["9.000", "30.000"],
  history=h("Chỉ tiêu hướng dẫn cài VssID năm 2026 của BHXH Hưng Yên?",
            f"30.000 lượt người dân được hướng dẫn cài đặt, sử dụng ứng dụng VssID (Bảng 1, dòng 5) {BN}."))
q("follow_up", "À nhầm, ý tôi là Hội Luật gia cơ, họ có yêu cầu miễn phí không?",
  [(L, L_RATE)],
  f"Có: người dân được tư vấn không phải trả bất kỳ khoản phí nào {LN}.",
  ["không phải trả bất kỳ khoản phí nào"],
  history=h("BHXH tỉnh có thu tiền người dân dự hội nghị đối thoại không?",
            f"Không: người dân tham dự không phải đóng bất kỳ khoản phí nào {BN}."))
q("follow_up", "And which division handles the Q&A slot after that?",
  [(B, B_S3)],
  f"The Phòng Truyền thông và Phát triển đối tượng runs the 08h00 - 09h30 Q&A on voluntary social insurance and household health insurance {BN}.",
  ["Phòng Truyền thông và Phát triển đối tượng", "08h00 - 09h30"],
  history=h("What happens at 07:30 at the festival?",
            f"07h30 - 08h00: the opening and the launch of “Mỗi người dân hiểu đúng một chính sách”, by the Văn phòng {BN}."))
q("follow_up", "What about the third correction?",
  [(L, L_DC3)],
  f"The third correction (khoản 5 Mục V) changes “trước ngày 15/12/2026” to “trước ngày 05/12/2026” — the deadline of the annual summary report {LN}.",
  ["05/12/2026"],
  history=h("What does the correction notice on the lawyers' association page change?",
            f"First, the mobile sessions target from 40 to 48 buổi; second, the 120 million VND is “do Bảo hiểm xã hội tỉnh hỗ trợ” instead of the Sở Tài chính {LN}.",
            "Which notice is that?",
            f"Thông báo số 03/TB-HLG of 27/01/2026 of the association's Ban Thường vụ, posted above the plan {LN}."))

# ===================== unanswerable =====================
R = "Các kế hoạch đã nạp không có thông tin này"
u("Kế hoạch năm 2026 của Bảo hiểm xã hội tỉnh Bắc Ninh giao bao nhiêu hội nghị đối thoại?",
  f"{R}: chỉ có kế hoạch của Bảo hiểm xã hội tỉnh Hưng Yên (118/KH-BHXH), không có kế hoạch nào của BHXH tỉnh Bắc Ninh.",
  r"bac ninh", ALL)
u("Hội Luật gia tỉnh Hải Dương tổ chức bao nhiêu buổi tư vấn lưu động năm 2026?",
  f"{R}: kế hoạch đã nạp là của Hội Luật gia tỉnh Hưng Yên; không có kế hoạch của Hội Luật gia Hải Dương (nay thuộc thành phố Hải Phòng).",
  r"hai duong", ALL)
u("Trong kế hoạch xã hội học tập của Hà Nội, Hội Luật gia thành phố được giao nhiệm vụ gì?",
  f"{R}: kế hoạch của Hà Nội không nhắc tới Hội Luật gia; Hội Luật gia chỉ xuất hiện trong các kế hoạch của Hưng Yên.",
  r"luat gia", [HANOI])
u("BHXH huyện Hưng Nguyên có bố trí Góc an sinh không?",
  f"{R}: Hưng Nguyên (Nghệ An) không có trong các kế hoạch đã nạp; danh sách 12 xã, phường thí điểm “Góc an sinh” là của tỉnh Hưng Yên.",
  r"hung nguyen|nghe an", ALL)
u("Ke hoach BHXH tinh Ha Nam nam 2026 co ngay hoi khong?",
  f"{R}: không có kế hoạch của BHXH tỉnh Hà Nam (nay thuộc Ninh Bình); kế hoạch đã nạp là của BHXH tỉnh Hưng Yên.",
  r"\bha nam\b|ninh binh", ALL)
u("Mỗi lớp bồi dưỡng luật gia của Hội Luật gia Hưng Yên có bao nhiêu học viên?",
  f"{R}: kế hoạch chỉ ghi 02 lớp, mỗi lớp 02 ngày, trong quý II/2026, không nêu số học viên mỗi lớp.",
  r"moi lop.{0,40}\d+ (luat gia|hoc vien|nguoi)|\d+ (luat gia|hoc vien)/lop", [L])
u("Ngày hội 03/10/2026 được cấp riêng bao nhiêu kinh phí?",
  f"{R}: kế hoạch BHXH tỉnh chỉ nêu tổng 1.260 triệu đồng và mức chi cho hội nghị đối thoại, lớp bồi dưỡng; không tách kinh phí riêng cho Ngày hội.",
  r"ngay hoi.{0,100}trieu|trieu.{0,60}ngay hoi", NEW)
u("Giải nhất cuộc thi trực tuyến “Hiểu đúng chính sách bảo hiểm xã hội” trị giá bao nhiêu?",
  f"{R}: kế hoạch Hội Luật gia chỉ nêu thời gian thi, số lượt dự thi và nơi trao giải; không nêu cơ cấu hay giá trị giải.",
  r"giai nhat|co cau giai|tri gia|gia tri giai", NEW)
u("Hiện nay tỉnh Hưng Yên có bao nhiêu người đang tham gia BHXH tự nguyện?",
  f"{R}: kế hoạch chỉ giao chỉ tiêu tăng mới (10.000 người năm 2026), không nêu số người đang tham gia.",
  r"(hien nay|hien co|tinh den|toan tinh co).{0,60}(nguoi tham gia|tu nguyen)", NEW)
u("Hội Luật gia tỉnh Hưng Yên hiện có bao nhiêu hội viên?",
  f"{R}: kế hoạch không nêu số hội viên hay số chi hội hiện có.",
  r"(tong so|hien co|hien nay|gom).{0,40}(hoi vien|chi hoi|luat gia)|\d+ (hoi vien|chi hoi)", [L])
u("BHXH cơ sở không đạt chỉ tiêu quý thì bị xử lý thế nào?",
  f"{R}: kế hoạch không quy định hình thức xử lý, kỷ luật khi không đạt chỉ tiêu; chỉ có khen thưởng người tự học vượt 40 giờ/năm.",
  r"xu ly|ky luat|che tai|phe binh|xu phat|cat giam|tru diem|khien trach", [B])
u("What happens to a lawyers' branch that skips the themed session on the social insurance law?",
  "The plans do not say: the lawyers' association plan sets the session deadline (30/9/2026) but no sanction for a branch that misses it.",
  r"xu ly|ky luat|che tai|phe binh|xu phat|khien trach|canh cao", [L])
u("Chỉ tiêu năm 2027 của BHXH Hưng Yên về hội nghị đối thoại là bao nhiêu?",
  f"{R}: Kế hoạch 118/KH-BHXH là kế hoạch năm 2026, Bảng 1 chỉ giao chỉ tiêu theo quý năm 2026; không có chỉ tiêu năm 2027.",
  r"2027", [B])
u("Hội Luật gia đặt chỉ tiêu gì cho năm 2028?",
  f"{R}: kế hoạch Hội Luật gia chỉ có chỉ tiêu năm 2026 và định hướng đến năm 2030, không có mốc năm 2028.",
  r"2028", [L])
u("Đến năm 2030 BHXH tỉnh Hưng Yên phấn đấu bao nhiêu phần trăm công chức đạt Công dân học tập?",
  f"{R}: kế hoạch BHXH tỉnh chỉ đặt chỉ tiêu đến hết năm 2026 (ít nhất 80%); không có mốc năm 2030 (2030 chỉ xuất hiện trong tên Đề án của Quyết định 1373).",
  r"(nam|den) 2030", [B])
u("Sở Y tế phối hợp với BHXH tỉnh thế nào trong kế hoạch năm 2026?",
  f"{R}: Kế hoạch 118/KH-BHXH không nhắc tới Sở Y tế.",
  r"so y te|nganh y te", [B])
u("Công an tỉnh có vai trò gì trong kế hoạch tư vấn pháp luật của Hội Luật gia?",
  f"{R}: kế hoạch Hội Luật gia không nhắc tới Công an tỉnh.",
  r"cong an", [L])
u("Liên đoàn Lao động tỉnh được BHXH Hưng Yên giao việc gì?",
  f"{R}: kế hoạch BHXH tỉnh không nhắc tới Liên đoàn Lao động tỉnh; chỉ có Công đoàn cơ sở Bảo hiểm xã hội tỉnh (công đoàn của chính cơ quan).",
  r"lien doan lao dong|ldld", [B])
u("Hội Khuyến học tỉnh tham gia hai kế hoạch này ra sao?",
  f"{R}: cả hai kế hoạch của Hưng Yên đều không nhắc tới Hội Khuyến học.",
  r"khuyen hoc", NEW)
u("Sở Giáo dục và Đào tạo được Hội Luật gia đề nghị gì?",
  f"{R}: kế hoạch Hội Luật gia không nhắc tới Sở Giáo dục và Đào tạo; các đề nghị là gửi BHXH tỉnh và Sở Tư pháp.",
  r"giao duc va dao tao|so gd", [L])
u("Số điện thoại của Trung tâm Tư vấn pháp luật Hội Luật gia tỉnh là bao nhiêu?",
  f"{R}: trang chỉ ghi địa chỉ (phường Phố Hiến, tỉnh Hưng Yên), không có số điện thoại.",
  r"dien thoai|hotline|\bdt\b|\b0\d{9}\b|\(0\d+\)|\b02\d{2}[ .]", NEW)
u("Lịch tư vấn lưu động gửi cho BHXH tỉnh qua email nào?",
  f"{R}: kế hoạch chỉ nêu hạn gửi (trước ngày 25 của tháng cuối quý trước), không có địa chỉ email.",
  r"email|e-mail|@|thu dien tu", NEW)
u("Kế hoạch 64/KH-BHXH của BHXH Việt Nam giao tỉnh Hưng Yên chỉ tiêu gì?",
  f"{R}: Kế hoạch 64/KH-BHXH chỉ được dẫn làm căn cứ; nội dung, chỉ tiêu của nó không có trong các kế hoạch đã nạp.",
  r"64/kh-bhxh.{0,250}(%|chi tieu|giao)", NEW)
u("Kế hoạch 12/KH-HLGVN của Trung ương Hội Luật gia đặt chỉ tiêu bao nhiêu buổi tư vấn cho mỗi tỉnh?",
  f"{R}: Kế hoạch 12/KH-HLGVN chỉ được dẫn làm căn cứ; nội dung của nó không có trong kế hoạch đã nạp.",
  r"12/kh-hlgvn.{0,250}(%|buoi|chi tieu|moi tinh)", NEW)
u("Quy chế phối hợp 02/QCPH-BHXH-HLG có hiệu lực đến năm nào?",
  f"{R}: quy chế chỉ được dẫn (số, ngày 05/01/2026, hai bên ký kết); thời hạn hiệu lực không được nêu.",
  r"02/qcph.{0,200}(hieu luc|thoi han|den nam)", NEW)
u("Kế hoạch 3105/KH-UBND của tỉnh Hưng Yên đặt tỷ lệ Công dân học tập bao nhiêu?",
  f"{R}: Kế hoạch 3105/KH-UBND chỉ được dẫn làm căn cứ; chỉ tiêu của nó không có trong các kế hoạch đã nạp.",
  r"3105/kh-ubnd.{0,250}(%|chi tieu)", NEW)
u("Năm 2025 Hội Luật gia Hưng Yên theo Kế hoạch 31/KH-HLG đã tổ chức được bao nhiêu buổi tư vấn?",
  f"{R}: Kế hoạch 31/KH-HLG năm 2025 chỉ có tên trong mục “Văn bản liên quan” của trang; kết quả năm 2025 không được nêu.",
  r"31/kh-hlg.{0,200}(ket qua|da to chuc|%|\d+ buoi)", [L])
u("Người dự thi cuộc thi trực tuyến phải từ bao nhiêu tuổi?",
  f"{R}: kế hoạch Hội Luật gia không quy định độ tuổi dự thi.",
  r"\d+ tuoi|do tuoi", [L])
u("Báo cáo viên của BHXH tỉnh đi hội nghị đối thoại được bồi dưỡng bao nhiêu mỗi buổi?",
  f"{R}: kế hoạch BHXH tỉnh chỉ nêu mức chi tối đa 6 triệu đồng/hội nghị; không nêu mức bồi dưỡng cho báo cáo viên (mức 300.000 đồng/người/buổi trong kế hoạch Hội Luật gia là cho luật gia, không phải báo cáo viên BHXH).",
  r"bao cao vien.{0,80}(dong|trieu)|dong/nguoi", [B])
u("Does the Hung Yen social insurance plan set any targets for Hai Phong city?",
  "The loaded plans do not cover this: the Hưng Yên social insurance plan sets targets only for Hưng Yên; Hải Phòng is not mentioned.",
  r"hai phong", NEW)
u("What is the penalty interest for employers who pay social insurance late under these plans?",
  "The loaded plans do not cover this: neither Hưng Yên plan deals with late payment or penalty interest.",
  r"cham dong|lai cham|tien lai|no dong|tron dong", NEW)
u("Thế mỗi Góc an sinh được cấp bao nhiêu tiền?",
  f"{R}: kế hoạch BHXH tỉnh nêu 12 xã, phường thí điểm và nội dung mỗi góc (tờ gấp, sổ tay, mã tra cứu) nhưng không nêu kinh phí cho từng Góc an sinh.",
  r"goc an sinh.{0,80}\d+ (trieu|dong)|(trieu dong|dong)/goc", [B],
  history=h("Góc an sinh đặt ở những xã nào?",
            f"12 xã, phường thí điểm: Khoái Châu, Văn Giang, Tiên Lữ, Ân Thi, Phù Cừ, Kim Động, Quỳnh Phụ, Đông Hưng, Thái Thụy, Hưng Hà, Tiền Hải, Vũ Thư {BN}."))
u("Còn Hội Luật gia tỉnh Thái Nguyên thì có đính chính gì không?",
  f"{R}: chỉ có kế hoạch của Hội Luật gia tỉnh Hưng Yên (và Thông báo đính chính 03/TB-HLG của Hội này); không có kế hoạch nào của Hội Luật gia tỉnh Thái Nguyên.",
  r"thai nguyen", ALL,
  history=h("Kế hoạch Hội Luật gia Hưng Yên có bị đính chính không?",
            f"Có: Thông báo 03/TB-HLG ngày 27/01/2026 sửa ba điểm (48 buổi; 120 triệu do BHXH tỉnh hỗ trợ; hạn báo cáo 05/12/2026) {LN}."))


# ===================== checks and output =====================
def fold(s):
    s = unicodedata.normalize("NFD", check_sets.norm(s))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return s.replace("đ", "d").replace("Đ", "D").lower()


def main():
    problems = []
    out = []
    seen_q = set()
    counts = {}
    for n, item in enumerate(Q, 1):
        qid = f"p64-{n:03d}"
        where = f"{qid} ({item['type']})"
        if item["type"] not in TYPES:
            problems.append(f"{where}: bad type")
        counts[item["type"]] = counts.get(item["type"], 0) + 1
        if item["question"] in seen_q:
            problems.append(f"{where}: repeated question")
        seen_q.add(item["question"])
        docs = []
        for d, _ in item["ev"]:
            if d not in docs:
                docs.append(d)
        for d, span in item["ev"]:
            if check_sets.norm(span) not in check_sets.text_of(d):
                problems.append(f"{where}: span missing in {d}: {span!r}")
        ans = check_sets.norm(item["answer"]).lower()
        for kf in item["kf"]:
            k = check_sets.norm(kf).lower()
            if k not in ans:
                problems.append(f"{where}: key fact {kf!r} not in answer")
            if not any(k in check_sets.norm(s).lower() for _, s in item["ev"]):
                problems.append(f"{where}: key fact {kf!r} in no cited span")
        hist = item["history"]
        if hist:
            ok = 2 <= len(hist) <= 4 and len(hist) % 2 == 0 and all(
                t["role"] == ("user" if i % 2 == 0 else "assistant") for i, t in enumerate(hist))
            if not ok:
                problems.append(f"{where}: malformed history")
        if item["type"] == "follow_up" and not hist:
            problems.append(f"{where}: follow_up without history")
        if item["type"] == "unanswerable":
            if item["ev"] or item["kf"]:
                problems.append(f"{where}: unanswerable with evidence/key facts")
            if not item["probe"]:
                problems.append(f"{where}: unanswerable without probe")
            else:
                for d in item["probe_docs"]:
                    m = re.search(item["probe"], fold(check_sets.text_of(d)))
                    if m:
                        problems.append(f"{where}: probe {item['probe']!r} matches {d}: {m.group(0)!r}")
        else:
            if not item["ev"] or not item["kf"]:
                problems.append(f"{where}: answerable without evidence/key facts")
        out.append({"id": qid, "question": item["question"], "type": item["type"], "docs": docs,
                    "evidence": [{"doc": d, "span": s} for d, s in item["ev"]], "answer": item["answer"],
                    "key_facts": item["kf"], "history": hist})
    for t in TYPES:
        if counts.get(t, 0) < MIN.get(t, 1):
            problems.append(f"type {t}: {counts.get(t, 0)} < {MIN.get(t, 1)}")
    if len(out) < 140:
        problems.append(f"only {len(out)} questions")
    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} problems; NOT written")
        return 1
    path = os.path.join(SETS, "newplans64.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in out:
            f.write(unicodedata.normalize("NFC", json.dumps(r, ensure_ascii=False)) + "\n")
    print(f"wrote {path}: {len(out)} questions; {dict(sorted(counts.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
