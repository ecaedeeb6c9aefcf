"""Write eval/sets/newplans62.jsonl (set 62, held out) for the two plans in plans62/.

    python eval/sets/src62/questions_src62.py

Refuses to write if: an evidence span is missing from its plan's extracted, normalised text (check_sets.text_of); a
key fact is missing from its reference answer or from every span the question cites; a history is malformed (not
alternating user/assistant, not ending with the assistant); ids or question texts repeat; a type falls below its
minimum (all 14 present, english >= 18, follow_up >= 15, unanswerable >= 30); an answerable question has no evidence;
or an unanswerable question's probe (an accent-free regex proving the plan is silent) matches the accent-free,
normalised text of a plan it is about.
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

H = "hnd_caobang_117-KH-HNDT_2026.docx"
L = "lmhtx_caobang_23-KH-LMHTX_2026.pdf"
HUE = "000_4550be4bb11189cd.txt"
MYLOC = "001_7bafa58816a5de75.txt"
HANOI = "002_797e8de6131c77f9.txt"
CANTHO = "003_1a817ee72b993e3e.txt"
ANLAO = "004_b1b28019b71edc03.txt"
BUNDLED = [HUE, MYLOC, HANOI, CANTHO, ANLAO]
OUT = os.path.join(SETS, "newplans62.jsonl")

# ---- spans: the farmers' union .docx (H) ----
H_CC1 = "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”"
H_CC2 = "Căn cứ Kế hoạch số 215-KH/HNDTW ngày 12/11/2025 của Ban Thường vụ Trung ương Hội Nông dân Việt Nam về việc các cấp Hội tham gia xây dựng xã hội học tập, phổ cập kỹ năng số cho hội viên nông dân giai đoạn 2026 - 2030"
H_CC3 = "Căn cứ Kế hoạch số 2790/KH-UBND ngày 22/12/2025 của Ủy ban nhân dân tỉnh Cao Bằng về xây dựng xã hội học tập trên địa bàn tỉnh giai đoạn 2026 - 2030"
H_CC4 = "Căn cứ Chương trình phối hợp số 03/CTPH-HNDT-LMHTX ngày 09/01/2026 giữa Hội Nông dân tỉnh và Liên minh Hợp tác xã tỉnh Cao Bằng về hỗ trợ nông dân phát triển kinh tế tập thể giai đoạn 2026 - 2030"
H_MD1 = "Nâng cao nhận thức của cán bộ, hội viên nông dân về học tập suốt đời; khơi dậy tinh thần tự học, học từ thực tiễn sản xuất, học lẫn nhau giữa các hộ nông dân."
H_MD2 = "Trang bị cho hội viên nông dân kỹ năng số cơ bản để tiếp cận thông tin thị trường, dịch vụ công trực tuyến và thanh toán không dùng tiền mặt; góp phần giảm nghèo bền vững ở vùng đồng bào dân tộc thiểu số."
H_YC1 = "Phong trào được triển khai đến từng chi hội, tổ hội, gắn với phong trào thi đua “Nông dân Việt Nam sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững” và phong trào “Bình dân học vụ số”."
H_YC2 = "Nội dung học tập thiết thực, dễ hiểu, phù hợp tập quán sản xuất của từng vùng; sử dụng song ngữ tiếng phổ thông và tiếng dân tộc (Tày, Nùng, Mông, Dao) khi cần thiết."
H_PL2 = "Chỉ tiêu phân bổ cho Hội Nông dân từng xã, phường thực hiện theo Phụ lục II kèm theo Kế hoạch này."
H_CAP = "Bảng 1. Chỉ tiêu chủ yếu giai đoạn 2026 - 2030 TT Chỉ tiêu Đơn vị tính Năm 2027 Năm 2030"
H_CONT = "Bảng 1 (tiếp theo) TT Chỉ tiêu Đơn vị tính Năm 2027 Năm 2030"
H_R1 = "1 Hội viên nông dân đăng ký danh hiệu “Nông dân học tập” % 50 70"
H_R2 = "2 Hội viên được bồi dưỡng kỹ năng số cơ bản (điện thoại thông minh, dịch vụ công trực tuyến, thanh toán không dùng tiền mặt) % 45 80"
H_R3 = "3 Chi hội nông dân có “Tủ sách nông dân” chi hội 120 300"
H_R4 = "4 Hộ nông dân bán nông sản qua sàn thương mại điện tử hộ 800 2.500"
H_R5 = "5 Lớp dạy nghề nông nghiệp, chuyển giao kỹ thuật cho nông dân (mỗi năm) lớp 35 50"
H_R6 = "6 Hội viên người dân tộc Mông, Dao được học tiếng phổ thông, tin học cơ bản người 1.200 3.000"
H_R7 = "7 Cán bộ Hội cấp xã được tập huấn chuyển đổi số % 100 100"
H_R8 = "8 Chi hội, tổ hội nghề nghiệp thành lập mới tổ 60 150"
H_R9 = "9 Hợp tác xã nông nghiệp do Hội vận động thành lập mới HTX 15 40"
H_R10 = "10 Mô hình “Nông dân học tập - làm giàu bằng công nghệ” cấp tỉnh mô hình 05 12"
H_NOTE = "Ghi chú: Năm 2026 là năm thí điểm tại 10 xã, phường theo Phụ lục I; các chỉ tiêu của Bảng 1 tính lũy kế từ năm 2026."
H_III1 = "Tuyên truyền trên Bản tin Nông dân Cao Bằng, trang thông tin điện tử và nhóm Zalo của các chi hội; mỗi chi hội tổ chức ít nhất 01 buổi sinh hoạt chuyên đề về học tập suốt đời mỗi quý."
H_III1b = "Biểu dương hội viên, hộ nông dân tự học, ứng dụng khoa học kỹ thuật thành công trong Ngày hội nông dân tỉnh."
H_III2 = "Tổ chức lớp “Nông dân số” tại nhà văn hóa xóm, mỗi lớp không quá 30 học viên, học vào buổi tối hoặc ngày phiên chợ; ưu tiên phụ nữ, người cao tuổi và hội viên người dân tộc Mông, Dao."
H_III2b = "Xây dựng đội “Tình nguyện viên số” ở mỗi xã, phường gồm cán bộ Hội, đoàn viên thanh niên và học sinh trung học phổ thông, hướng dẫn hội viên cài đặt ứng dụng VNeID, ngân hàng số và tra cứu giá nông sản."
H_III3 = "Dạy nghề ngắn hạn gắn với sản phẩm chủ lực của tỉnh: hạt dẻ Trùng Khánh, thạch đen, miến dong, lê Đông Khê, chè và chăn nuôi bò thịt."
H_III3b = "Phối hợp với Liên minh Hợp tác xã tỉnh bồi dưỡng kiến thức quản trị cho tổ hợp tác, hợp tác xã do Hội vận động thành lập; giới thiệu sản phẩm của hội viên tham gia Hội chợ sản phẩm OCOP và hợp tác xã tỉnh."
H_III4 = "Mỗi “Tủ sách nông dân” có ít nhất 100 đầu sách, tài liệu về kỹ thuật trồng trọt, chăn nuôi, pháp luật; đặt tại nhà văn hóa xóm hoặc nhà chi hội trưởng."
H_III4b = "Bình xét danh hiệu “Nông dân học tập” hằng năm cùng với bình xét hộ sản xuất, kinh doanh giỏi các cấp; Hội Nông dân cấp xã hoàn thành bình xét trước ngày 15/11 hằng năm."
H_KP1 = "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2026 - 2030 dự kiến 3.650 triệu đồng, gồm: ngân sách tỉnh cấp qua dự toán hằng năm của Hội Nông dân tỉnh 2.400 triệu đồng; Quỹ Hỗ trợ nông dân tỉnh 850 triệu đồng (hỗ trợ các mô hình); nguồn xã hội hóa 400 triệu đồng."
H_KP2 = "Mức hỗ trợ tổ chức mỗi lớp “Nông dân số” là 8 triệu đồng/lớp; mức hỗ trợ cho từng mô hình “Nông dân học tập - làm giàu bằng công nghệ” thực hiện theo Phụ lục II."
H_V1 = "1. Ban Tuyên giáo Hội Nông dân tỉnh - Là cơ quan thường trực, tham mưu Ban Thường vụ chỉ đạo, hướng dẫn triển khai Kế hoạch; biên soạn tài liệu sinh hoạt chuyên đề hằng quý."
H_V1b = "Tổng hợp kết quả, báo cáo Ban Thường vụ trước ngày 30/11 hằng năm; tham mưu sơ kết giữa kỳ trong quý IV/2028 và tổng kết giai đoạn trong tháng 11/2030."
H_V2 = "2. Ban Kinh tế - Xã hội Hội Nông dân tỉnh - Chủ trì hướng dẫn thành lập chi hội, tổ hội nghề nghiệp và vận động thành lập hợp tác xã nông nghiệp; phối hợp với Liên minh Hợp tác xã tỉnh tổ chức bồi dưỡng quản trị hợp tác xã."
H_V2b = "Hướng dẫn hộ nông dân đưa nông sản lên sàn thương mại điện tử; theo dõi chỉ tiêu số 4 và số 9 của Bảng 1."
H_V3 = "3. Văn phòng Hội Nông dân tỉnh - Lập dự toán kinh phí thực hiện Kế hoạch, gửi Sở Tài chính trước ngày 31/7 hằng năm; hướng dẫn thanh quyết toán kinh phí theo quy định."
H_V4 = "4. Trung tâm Dạy nghề và Hỗ trợ nông dân tỉnh - Tổ chức các lớp dạy nghề nông nghiệp, chuyển giao kỹ thuật và lớp “Nông dân số” mẫu tại 10 xã, phường thí điểm; hoàn thành lớp mẫu trước ngày 30/6/2026."
H_V5 = "5. Ban Điều hành Quỹ Hỗ trợ nông dân tỉnh - Ưu tiên xét hỗ trợ vốn cho hội viên đạt danh hiệu “Nông dân học tập” có dự án sản xuất khả thi; giải ngân cho mô hình sau khi được Ban Thường vụ phê duyệt."
H_V6 = "6. Hội Nông dân các xã, phường - Xây dựng kế hoạch thực hiện của cấp mình; lập danh sách hội viên đăng ký danh hiệu “Nông dân học tập” gửi Hội Nông dân tỉnh (qua Ban Tuyên giáo) trước ngày 31/3 hằng năm."
H_V6b = "Chỉ đạo các chi hội duy trì “Tủ sách nông dân” và sinh hoạt chuyên đề; báo cáo kết quả trước ngày 20/11 hằng năm."
H_V7 = "7. Đề nghị Liên minh Hợp tác xã tỉnh - Phối hợp tổ chức các lớp bồi dưỡng quản trị, kế toán cho hợp tác xã do Hội vận động thành lập; hỗ trợ hợp tác xã xây dựng sản phẩm tham gia Chương trình OCOP."
H_V8 = "8. Đề nghị Sở Khoa học và Công nghệ - Hỗ trợ tài liệu, học liệu số về kỹ năng số cho nông dân; hướng dẫn kết nối các nền tảng số dùng chung của tỉnh cho đội “Tình nguyện viên số”."
H_SIG = "TM. BAN THƯỜNG VỤ CHỦ TỊCH (Đã ký) Lục Văn Quân"
H_HEAD = "BCH HỘI NÔNG DÂN TỈNH CAO BẰNG * Số 117-KH/HNDT HỘI NÔNG DÂN VIỆT NAM Cao Bằng, ngày 16 tháng 3 năm 2026"
H_PL1 = "PHỤ LỤC I DANH SÁCH XÃ, PHƯỜNG THÍ ĐIỂM NĂM 2026"
H_P1 = "1 Phường Thục Phán Lớp “Nông dân số” mẫu; bán nông sản qua sàn thương mại điện tử"
H_P3 = "3 Xã Trùng Khánh Dạy nghề chế biến hạt dẻ; tổ hội nghề nghiệp"
H_P6 = "6 Xã Nguyên Bình Lớp tiếng phổ thông, tin học cho hội viên người Dao"
H_P7 = "7 Xã Bảo Lạc Lớp tiếng phổ thông, tin học cho hội viên người Mông"
H_P9 = "9 Xã Thạch An Dạy nghề trồng lê Đông Khê"
H_P10 = "10 Xã Hạ Lang Dạy nghề làm miến dong"

# ---- spans: the cooperative alliance PDF (L) ----
L_HEAD = "Số: 23/KH-LMHTX Cao Bằng, ngày 06 tháng 4 năm 2026"
L_CC0 = "Căn cứ Luật Hợp tác xã ngày 20 tháng 6 năm 2023;"
L_CC1 = "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”"
L_CC2 = "Căn cứ Kế hoạch số 2790/KH-UBND ngày 22/12/2025 của Ủy ban nhân dân tỉnh Cao Bằng về xây dựng xã hội học tập trên địa bàn tỉnh giai đoạn 2026 - 2030"
L_CC3 = "Căn cứ Chương trình phối hợp số 03/CTPH-HNDT-LMHTX ngày 09/01/2026 giữa Hội Nông dân tỉnh và Liên minh Hợp tác xã tỉnh; Kế hoạch số 117-KH/HNDT ngày 16/3/2026 của Ban Thường vụ Hội Nông dân tỉnh Cao Bằng"
L_MD1 = "1. Nâng cao năng lực quản trị, kế toán, kỹ năng số và kỹ năng thị trường cho cán bộ quản lý, thành viên hợp tác xã; từng bước xây dựng văn hóa học tập trong hợp tác xã."
L_MD2 = "2. Hỗ trợ các hợp tác xã do Hội Nông dân các cấp vận động thành lập theo Kế hoạch số 117-KH/HNDT được bồi dưỡng ngay từ năm đầu hoạt động."
L_MD3 = "3. Việc tổ chức lớp phải căn cứ nhu cầu thực tế của hợp tác xã, tránh hình thức; thời gian học bố trí ngoài mùa vụ chính."
L_TA = "a) Tổ chức 12 lớp bồi dưỡng cho khoảng 420 lượt cán bộ quản lý, kế toán và thành viên hợp tác xã."
L_TB = "b) Ít nhất 35% hợp tác xã đang hoạt động có cán bộ quản lý được bồi dưỡng về chuyển đổi số."
L_TC = "c) Lựa chọn 06 hợp tác xã xây dựng thí điểm mô hình “Hợp tác xã học tập”; mỗi hợp tác xã thí điểm có ít nhất 01 góc học tập và kế hoạch học tập hằng năm của thành viên."
L_TD = "d) 100% hợp tác xã mới thành lập trong năm được tư vấn về điều lệ, phương án sản xuất kinh doanh và chế độ kế toán."
L_TDD = "đ) 30 hợp tác xã có sản phẩm được hướng dẫn đăng bán trên sàn thương mại điện tử."
L_III1 = "1. Khảo sát nhu cầu học tập: các hợp tác xã gửi phiếu khảo sát về Liên minh Hợp tác xã tỉnh chậm nhất 15 ngày kể từ ngày nhận được Kế hoạch này."
L_III2 = "2. Lớp bồi dưỡng quản trị và kế toán hợp tác xã (06 lớp, mỗi lớp 03 ngày): danh sách học viên gửi chậm nhất 07 ngày làm việc trước ngày khai giảng mỗi lớp; lịch khai giảng do Liên minh Hợp tác xã tỉnh thông báo sau khi tổng hợp kết quả khảo sát."
L_III3 = "3. Lớp kỹ năng số và thương mại điện tử (04 lớp, mỗi lớp 02 ngày), phối hợp với Hội Nông dân tỉnh lồng ghép học viên là hội viên nông dân thuộc tổ hợp tác, hợp tác xã."
L_III4 = "4. Lớp bồi dưỡng cho hợp tác xã mới thành lập (02 lớp): tổ chức trong vòng 60 ngày kể từ ngày hợp tác xã được cấp Giấy chứng nhận đăng ký hợp tác xã."
L_III5 = "5. Mô hình “Hợp tác xã học tập”: các hợp tác xã thí điểm xây dựng kế hoạch học tập của thành viên trong vòng 30 ngày kể từ ngày có quyết định lựa chọn; Liên minh Hợp tác xã tỉnh kiểm tra, đánh giá mô hình sau 06 tháng triển khai."
L_III6 = "6. Hội chợ - triển lãm sản phẩm OCOP và hợp tác xã tỉnh năm 2026: dự kiến tổ chức trong quý IV/2026, thời gian và địa điểm cụ thể thông báo sau."
L_III7 = "7. Học viên hoàn thành lớp được cấp giấy chứng nhận trong thời hạn 10 ngày làm việc kể từ ngày kết thúc lớp học."
L_KP1 = "1. Tổng kinh phí dự kiến 980 triệu đồng, trong đó: nguồn ngân sách tỉnh giao Liên minh Hợp tác xã tỉnh năm 2026 là 720 triệu đồng; nguồn Quỹ Hỗ trợ phát triển hợp tác xã tỉnh 180 triệu đồng; hợp tác xã đóng góp 80 triệu đồng."
L_KP2 = "2. Học viên là thành viên hợp tác xã được miễn học phí, được hỗ trợ tài liệu; tiền ăn, tiền đi lại của học viên do hợp tác xã cử người đi học chi trả."
L_KP3 = "3. Mỗi hợp tác xã thí điểm mô hình “Hợp tác xã học tập” được hỗ trợ một lần 15 triệu đồng để xây dựng góc học tập."
L_V1 = "1. Ban Tuyên truyền - Đào tạo (cơ quan thường trực): chủ trì khảo sát nhu cầu, xây dựng chương trình, tổ chức các lớp bồi dưỡng; tổng hợp, báo cáo kết quả về Liên minh Hợp tác xã Việt Nam trước ngày 10/12/2026."
L_V2 = "2. Ban Kiểm tra - Hỗ trợ: hướng dẫn hợp tác xã mới thành lập về điều lệ, phương án sản xuất kinh doanh; kiểm tra, đánh giá mô hình “Hợp tác xã học tập”."
L_V3 = "3. Văn phòng Liên minh: bảo đảm kinh phí, cơ sở vật chất cho các lớp; thanh quyết toán kinh phí trong vòng 30 ngày kể từ ngày kết thúc từng lớp."
L_V4 = "4. Quỹ Hỗ trợ phát triển hợp tác xã tỉnh: ưu tiên cho vay đối với hợp tác xã thí điểm mô hình “Hợp tác xã học tập” có phương án sản xuất kinh doanh khả thi."
L_V5 = "5. Các hợp tác xã, liên hiệp hợp tác xã: cử cán bộ, thành viên tham gia đầy đủ các lớp; hợp tác xã thí điểm bố trí góc học tập và báo cáo kết quả thực hiện mô hình trước ngày 30/11/2026."
L_V6 = "6. Đề nghị Hội Nông dân tỉnh: phối hợp lựa chọn học viên là hội viên nông dân tham gia lớp kỹ năng số; thông báo danh sách hợp tác xã do Hội vận động thành lập để Liên minh bồi dưỡng theo mục III.4."
L_V7 = "7. Đề nghị Ủy ban nhân dân các xã, phường: tạo điều kiện về địa điểm tổ chức lớp; phối hợp hướng dẫn hợp tác xã trên địa bàn thực hiện Kế hoạch."
L_END = "các đơn vị phản ánh về Liên minh Hợp tác xã tỉnh (qua Ban Tuyên truyền - Đào tạo) để xem xét, giải quyết"
L_SIG = "KT. CHỦ TỊCH PHÓ CHỦ TỊCH (Đã ký) Nông Thị Hạnh"

# ---- spans: bundled plans ----
HUE_1373 = "Thực hiện Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030”"
CT_1373 = "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”"
HN_HND = "e) Hội Cựu chiến binh, Hội Nông dân, Hội Người cao tuổi, Hội Cựu giáo chức Thành phố"
HN_HND2 = "huy động hội viên tham gia chuyển giao công nghệ, hỗ trợ hoạt động khởi nghiệp, phổ biến kiến thức cho người dân"
CT_HND = "đ) Đề nghị Hội Cựu chiến binh thành phố, Hội Nông dân thành phố Hướng dẫn các cấp Hội phối hợp tổ chức các hoạt động khuyến học, khuyến tài, xây dựng xã hội học tập theo tinh thần xã hội hóa giáo dục và đào tạo; huy động hội viên tham gia chuyển giao công nghệ, hỗ trợ hoạt động khởi nghiệp, phổ biến kiến thức cho người dân."
AL_BDHVS = "Phát động và thực hiện phong trào “Bình dân học vụ số” trong toàn dân; phổ cập, nâng cao tri thức khoa học công nghệ; kiến thức số, chuyển đổi số, kỹ năng số."
ML_HND = "g) Hội Cựu chiến binh huyện, Hội Nông dân huyện, Hội Người cao tuổi huyện, Hội Cựu giáo chức huyện"

QS = []


def Q(qtype, question, ev, answer, kf, hist=None, probe=None, about=None):
    QS.append({"type": qtype, "question": question, "ev": ev, "answer": answer, "kf": kf,
               "hist": hist or [], "probe": probe, "about": about})


def U(question, answer, probe, about, hist=None):
    Q("unanswerable", question, [], answer, [], hist=hist, probe=probe, about=about)


def turns(*pairs):
    out = []
    for k, text in enumerate(pairs):
        out.append({"role": "user" if k % 2 == 0 else "assistant", "content": text})
    return out


# ===================== agency_tasks (13) =====================
Q("agency_tasks", "Trong kế hoạch 117-KH/HNDT của Hội Nông dân tỉnh Cao Bằng, Ban Tuyên giáo có nhiệm vụ gì?",
  [(H, H_V1), (H, H_V1b)],
  "Ban Tuyên giáo Hội Nông dân tỉnh là cơ quan thường trực: tham mưu Ban Thường vụ chỉ đạo, hướng dẫn triển khai Kế hoạch; biên soạn tài liệu sinh hoạt chuyên đề hằng quý; tổng hợp kết quả, báo cáo Ban Thường vụ trước ngày 30/11 hằng năm; tham mưu sơ kết giữa kỳ trong quý IV/2028 và tổng kết giai đoạn trong tháng 11/2030 (Mục V.1).",
  ["cơ quan thường trực", "tài liệu sinh hoạt chuyên đề", "30/11"])
Q("agency_tasks", "Ban Kinh tế - Xã hội của Hội Nông dân tỉnh Cao Bằng được giao những việc gì trong kế hoạch phong trào Nông dân học tập suốt đời?",
  [(H, H_V2), (H, H_V2b)],
  "Theo Mục V.2, Ban Kinh tế - Xã hội chủ trì hướng dẫn thành lập chi hội, tổ hội nghề nghiệp và vận động thành lập hợp tác xã nông nghiệp; phối hợp với Liên minh Hợp tác xã tỉnh tổ chức bồi dưỡng quản trị hợp tác xã; hướng dẫn hộ nông dân đưa nông sản lên sàn thương mại điện tử và theo dõi chỉ tiêu số 4 và số 9 của Bảng 1.",
  ["tổ hội nghề nghiệp", "Liên minh Hợp tác xã tỉnh", "sàn thương mại điện tử"])
Q("agency_tasks", "Văn phòng Hội Nông dân tỉnh Cao Bằng phải làm gì để thực hiện kế hoạch 117?",
  [(H, H_V3)],
  "Văn phòng Hội Nông dân tỉnh lập dự toán kinh phí thực hiện Kế hoạch, gửi Sở Tài chính trước ngày 31/7 hằng năm, và hướng dẫn thanh quyết toán kinh phí theo quy định (Mục V.3).",
  ["dự toán", "Sở Tài chính", "31/7"])
Q("agency_tasks", "Trung tâm Dạy nghề và Hỗ trợ nông dân tỉnh có vai trò gì trong kế hoạch của Hội Nông dân Cao Bằng?",
  [(H, H_V4)],
  "Trung tâm Dạy nghề và Hỗ trợ nông dân tỉnh tổ chức các lớp dạy nghề nông nghiệp, chuyển giao kỹ thuật và lớp “Nông dân số” mẫu tại 10 xã, phường thí điểm; phải hoàn thành lớp mẫu trước ngày 30/6/2026 (Mục V.4).",
  ["dạy nghề nông nghiệp", "lớp “Nông dân số” mẫu", "30/6/2026"])
Q("agency_tasks", "Kế hoạch của Hội Nông dân tỉnh giao Ban Điều hành Quỹ Hỗ trợ nông dân tỉnh làm gì?",
  [(H, H_V5)],
  "Ban Điều hành Quỹ Hỗ trợ nông dân tỉnh ưu tiên xét hỗ trợ vốn cho hội viên đạt danh hiệu “Nông dân học tập” có dự án sản xuất khả thi, và giải ngân cho mô hình sau khi được Ban Thường vụ phê duyệt (Mục V.5).",
  ["hỗ trợ vốn", "dự án sản xuất khả thi", "Ban Thường vụ phê duyệt"])
Q("agency_tasks", "Hội Nông dân các xã, phường ở Cao Bằng phải làm gì theo kế hoạch 117-KH/HNDT?",
  [(H, H_V6), (H, H_V6b)],
  "Hội Nông dân các xã, phường xây dựng kế hoạch thực hiện của cấp mình; lập danh sách hội viên đăng ký danh hiệu “Nông dân học tập” gửi Hội Nông dân tỉnh (qua Ban Tuyên giáo) trước ngày 31/3 hằng năm; chỉ đạo các chi hội duy trì “Tủ sách nông dân” và sinh hoạt chuyên đề; báo cáo kết quả trước ngày 20/11 hằng năm (Mục V.6).",
  ["31/3", "Tủ sách nông dân", "20/11"])
Q("agency_tasks", "Hội Nông dân tỉnh Cao Bằng đề nghị Liên minh Hợp tác xã tỉnh những gì?",
  [(H, H_V7)],
  "Đây là đề nghị (Mục V.7), không phải giao việc: Hội đề nghị Liên minh Hợp tác xã tỉnh phối hợp tổ chức các lớp bồi dưỡng quản trị, kế toán cho hợp tác xã do Hội vận động thành lập, và hỗ trợ hợp tác xã xây dựng sản phẩm tham gia Chương trình OCOP.",
  ["quản trị, kế toán", "OCOP"])
Q("agency_tasks", "Sở Khoa học và Công nghệ được Hội Nông dân Cao Bằng đề nghị giúp gì?",
  [(H, H_V8)],
  "Theo Mục V.8 (một đề nghị), Sở Khoa học và Công nghệ được đề nghị hỗ trợ tài liệu, học liệu số về kỹ năng số cho nông dân, và hướng dẫn kết nối các nền tảng số dùng chung của tỉnh cho đội “Tình nguyện viên số”.",
  ["học liệu số", "Tình nguyện viên số"])
Q("agency_tasks", "Trong kế hoạch 23/KH-LMHTX năm 2026, Ban Tuyên truyền - Đào tạo của Liên minh HTX tỉnh Cao Bằng làm gì?",
  [(L, L_V1)],
  "Ban Tuyên truyền - Đào tạo là cơ quan thường trực: chủ trì khảo sát nhu cầu, xây dựng chương trình, tổ chức các lớp bồi dưỡng; tổng hợp, báo cáo kết quả về Liên minh Hợp tác xã Việt Nam trước ngày 10/12/2026 (Mục V.1).",
  ["cơ quan thường trực", "khảo sát nhu cầu", "10/12/2026"])
Q("agency_tasks", "Ban Kiểm tra - Hỗ trợ của Liên minh Hợp tác xã tỉnh Cao Bằng có nhiệm vụ gì trong kế hoạch năm 2026?",
  [(L, L_V2)],
  "Ban Kiểm tra - Hỗ trợ hướng dẫn hợp tác xã mới thành lập về điều lệ, phương án sản xuất kinh doanh, và kiểm tra, đánh giá mô hình “Hợp tác xã học tập” (Mục V.2).",
  ["điều lệ", "kiểm tra, đánh giá"])
Q("agency_tasks", "Văn phòng Liên minh HTX tỉnh Cao Bằng phụ trách gì trong kế hoạch bồi dưỡng năm 2026?",
  [(L, L_V3)],
  "Văn phòng Liên minh bảo đảm kinh phí, cơ sở vật chất cho các lớp, và thanh quyết toán kinh phí trong vòng 30 ngày kể từ ngày kết thúc từng lớp (Mục V.3).",
  ["cơ sở vật chất", "30 ngày kể từ ngày kết thúc từng lớp"])
Q("agency_tasks", "Các hợp tác xã, liên hiệp hợp tác xã ở Cao Bằng có trách nhiệm gì theo kế hoạch của Liên minh?",
  [(L, L_V5)],
  "Theo Mục V.5, các hợp tác xã, liên hiệp hợp tác xã cử cán bộ, thành viên tham gia đầy đủ các lớp; hợp tác xã thí điểm bố trí góc học tập và báo cáo kết quả thực hiện mô hình trước ngày 30/11/2026.",
  ["tham gia đầy đủ các lớp", "góc học tập", "30/11/2026"])
Q("agency_tasks", "UBND các xã, phường được Liên minh Hợp tác xã tỉnh Cao Bằng đề nghị những gì?",
  [(L, L_V7)],
  "Đó là đề nghị (Mục V.7): Ủy ban nhân dân các xã, phường tạo điều kiện về địa điểm tổ chức lớp và phối hợp hướng dẫn hợp tác xã trên địa bàn thực hiện Kế hoạch.",
  ["địa điểm tổ chức lớp", "phối hợp hướng dẫn hợp tác xã"])

# ===================== target (12) =====================
Q("target", "Hội Nông dân Cao Bằng đặt chỉ tiêu bao nhiêu phần trăm hội viên đăng ký danh hiệu Nông dân học tập?",
  [(H, H_CAP), (H, H_R1)],
  "Theo Bảng 1 (dòng 1): 50% hội viên nông dân đăng ký danh hiệu “Nông dân học tập” vào năm 2027 và 70% vào năm 2030.",
  ["50", "70", "Nông dân học tập"])
Q("target", "Đến 2030 Hội Nông dân tỉnh Cao Bằng muốn thành lập mới bao nhiêu chi hội, tổ hội nghề nghiệp?",
  [(H, H_CONT), (H, H_R8)],
  "Chỉ tiêu nằm ở phần tiếp theo của Bảng 1 (dòng 8): 60 chi hội, tổ hội nghề nghiệp thành lập mới đến năm 2027 và 150 đến năm 2030 (tính lũy kế từ năm 2026).",
  ["150", "60"])
Q("target", "Có bao nhiêu mô hình “Nông dân học tập - làm giàu bằng công nghệ” cấp tỉnh phải xây dựng?",
  [(H, H_CONT), (H, H_R10), (H, H_NOTE)],
  "Theo dòng 10 của Bảng 1 (phần tiếp theo): 05 mô hình cấp tỉnh đến năm 2027 và 12 mô hình đến năm 2030; các chỉ tiêu tính lũy kế từ năm 2026.",
  ["05", "12", "lũy kế"])
Q("target", "Mỗi năm Hội Nông dân tỉnh Cao Bằng mở bao nhiêu lớp dạy nghề nông nghiệp, chuyển giao kỹ thuật?",
  [(H, H_CAP), (H, H_R5)],
  "Bảng 1 dòng 5 (chỉ tiêu mỗi năm): 35 lớp vào năm 2027 và 50 lớp vào năm 2030.",
  ["35", "50"])
Q("target", "Bảng chỉ tiêu của kế hoạch Hội Nông dân Cao Bằng có tất cả bao nhiêu chỉ tiêu? Tôi thấy bảng chỉ có 5 dòng.",
  [(H, H_CAP), (H, H_R5), (H, H_CONT), (H, H_R10)],
  "Bảng 1 có 10 chỉ tiêu: bảng được chia làm hai phần — dòng 1 đến 5 ở bảng đầu, và dòng 6 đến 10 ở bảng “Bảng 1 (tiếp theo)” ngay sau đó (từ học tiếng phổ thông, tin học cho hội viên người Mông, Dao đến mô hình “Nông dân học tập - làm giàu bằng công nghệ”).",
  ["10", "tiếp theo"])
Q("target", "Năm 2026 Hội Nông dân Cao Bằng có chỉ tiêu riêng cho năm đó không?",
  [(H, H_NOTE), (H, H_CAP)],
  "Không có cột năm 2026: Bảng 1 chỉ có Năm 2027 và Năm 2030. Ghi chú dưới bảng cho biết năm 2026 là năm thí điểm tại 10 xã, phường theo Phụ lục I, và các chỉ tiêu tính lũy kế từ năm 2026.",
  ["thí điểm", "10 xã, phường", "lũy kế"])
Q("target", "Kế hoạch 117-KH/HNDT đặt mục tiêu bao nhiêu hội viên người Mông, Dao được học tiếng phổ thông và tin học cơ bản đến 2030?",
  [(H, H_CONT), (H, H_R6)],
  "Theo dòng 6 (phần tiếp theo của Bảng 1): 1.200 người đến năm 2027 và 3.000 người đến năm 2030.",
  ["1.200", "3.000"])
Q("target", "Chỉ tiêu nào trong Bảng 1 của Hội Nông dân tỉnh đặt 100% cho cả năm 2027 lẫn 2030?",
  [(H, H_CONT), (H, H_R7)],
  "Dòng 7: cán bộ Hội cấp xã được tập huấn chuyển đổi số — 100% năm 2027 và 100% năm 2030.",
  ["Cán bộ Hội cấp xã", "chuyển đổi số", "100"])
Q("target", "Năm 2026 Liên minh HTX tỉnh Cao Bằng sẽ tổ chức bao nhiêu lớp bồi dưỡng, cho khoảng bao nhiêu lượt người?",
  [(L, L_TA)],
  "Chỉ tiêu a): tổ chức 12 lớp bồi dưỡng cho khoảng 420 lượt cán bộ quản lý, kế toán và thành viên hợp tác xã.",
  ["12 lớp", "420"])
Q("target", "Liên minh Hợp tác xã tỉnh chọn bao nhiêu HTX làm thí điểm mô hình Hợp tác xã học tập, và mỗi HTX phải có gì?",
  [(L, L_TC)],
  "Chỉ tiêu c): lựa chọn 06 hợp tác xã thí điểm mô hình “Hợp tác xã học tập”; mỗi hợp tác xã thí điểm có ít nhất 01 góc học tập và kế hoạch học tập hằng năm của thành viên.",
  ["06", "01 góc học tập", "kế hoạch học tập hằng năm"])
Q("target", "Bao nhiêu hợp tác xã được Liên minh HTX Cao Bằng hướng dẫn đăng bán sản phẩm trên sàn thương mại điện tử năm 2026?",
  [(L, L_TDD)],
  "Chỉ tiêu đ): 30 hợp tác xã có sản phẩm được hướng dẫn đăng bán trên sàn thương mại điện tử.",
  ["30"])
Q("target", "12 lớp của Liên minh HTX năm 2026 gồm những loại lớp nào, mỗi loại mấy lớp?",
  [(L, L_TA), (L, L_III2), (L, L_III3), (L, L_III4)],
  "Theo Mục III: 06 lớp bồi dưỡng quản trị và kế toán hợp tác xã (mỗi lớp 03 ngày), 04 lớp kỹ năng số và thương mại điện tử (mỗi lớp 02 ngày) và 02 lớp cho hợp tác xã mới thành lập — cộng lại đúng 12 lớp của chỉ tiêu a).",
  ["06 lớp", "04 lớp", "02 lớp"])

# ===================== deadline (9) =====================
Q("deadline", "Các HTX phải gửi phiếu khảo sát nhu cầu học tập cho Liên minh HTX tỉnh Cao Bằng trước ngày nào?",
  [(L, L_III1)],
  "Kế hoạch không ghi một ngày cố định: hợp tác xã gửi phiếu khảo sát về Liên minh Hợp tác xã tỉnh chậm nhất 15 ngày kể từ ngày nhận được Kế hoạch này (Mục III.1), tức hạn tính từ ngày mỗi hợp tác xã nhận kế hoạch (ban hành ngày 06/4/2026).",
  ["15 ngày kể từ ngày nhận được Kế hoạch"])
Q("deadline", "Hội chợ OCOP và hợp tác xã tỉnh năm 2026 của Liên minh tổ chức ngày nào, ở đâu?",
  [(L, L_III6)],
  "Kế hoạch chỉ ghi dự kiến tổ chức trong quý IV/2026; thời gian và địa điểm cụ thể thông báo sau (Mục III.6), nên chưa có ngày và địa điểm.",
  ["quý IV/2026", "thông báo sau"])
Q("deadline", "HTX được chọn thí điểm Hợp tác xã học tập có bao lâu để lập kế hoạch học tập, và khi nào thì bị kiểm tra đánh giá?",
  [(L, L_III5)],
  "Hợp tác xã thí điểm xây dựng kế hoạch học tập của thành viên trong vòng 30 ngày kể từ ngày có quyết định lựa chọn; Liên minh Hợp tác xã tỉnh kiểm tra, đánh giá mô hình sau 06 tháng triển khai (Mục III.5).",
  ["30 ngày kể từ ngày có quyết định lựa chọn", "06 tháng"])
Q("deadline", "Hạn báo cáo kết quả kế hoạch 23/KH-LMHTX lên Liên minh Hợp tác xã Việt Nam là khi nào?",
  [(L, L_V1)],
  "Ban Tuyên truyền - Đào tạo tổng hợp, báo cáo kết quả về Liên minh Hợp tác xã Việt Nam trước ngày 10/12/2026 (Mục V.1).",
  ["10/12/2026"])
Q("deadline", "Khi nào Hội Nông dân tỉnh Cao Bằng sơ kết và tổng kết phong trào Nông dân học tập suốt đời?",
  [(H, H_V1b)],
  "Ban Tuyên giáo tham mưu sơ kết giữa kỳ trong quý IV/2028 và tổng kết giai đoạn trong tháng 11/2030 (Mục V.1).",
  ["quý IV/2028", "tháng 11/2030"])
Q("deadline", "Hội Nông dân xã phải báo cáo kết quả cho tỉnh trước ngày nào hằng năm?",
  [(H, H_V6b)],
  "Hội Nông dân các xã, phường báo cáo kết quả trước ngày 20/11 hằng năm (Mục V.6); riêng danh sách đăng ký “Nông dân học tập” phải gửi trước ngày 31/3 hằng năm.",
  ["20/11"])
Q("deadline", "Ngày khai giảng lớp quản trị và kế toán HTX của Liên minh là ngày nào?",
  [(L, L_III2)],
  "Kế hoạch chưa ấn định ngày: lịch khai giảng do Liên minh Hợp tác xã tỉnh thông báo sau khi tổng hợp kết quả khảo sát; hợp tác xã gửi danh sách học viên chậm nhất 07 ngày làm việc trước ngày khai giảng mỗi lớp (Mục III.2).",
  ["thông báo sau khi tổng hợp kết quả khảo sát", "07 ngày làm việc"])
Q("deadline", "HTX thí điểm phải báo cáo kết quả thực hiện mô hình trước ngày nào?",
  [(L, L_V5)],
  "Trước ngày 30/11/2026 (Mục V.5, các hợp tác xã, liên hiệp hợp tác xã).",
  ["30/11/2026"])
Q("deadline", "Trung tâm Dạy nghề và Hỗ trợ nông dân phải xong các lớp mẫu trước thời điểm nào?",
  [(H, H_V4)],
  "Trung tâm Dạy nghề và Hỗ trợ nông dân tỉnh phải hoàn thành lớp mẫu trước ngày 30/6/2026, tại 10 xã, phường thí điểm (Mục V.4).",
  ["30/6/2026"])

# ===================== funding (6) =====================
Q("funding", "Tổng kinh phí kế hoạch Nông dân học tập suốt đời của Hội Nông dân Cao Bằng giai đoạn 2026 - 2030 là bao nhiêu, lấy từ đâu?",
  [(H, H_KP1)],
  "Dự kiến 3.650 triệu đồng: ngân sách tỉnh cấp qua dự toán hằng năm của Hội Nông dân tỉnh 2.400 triệu đồng; Quỹ Hỗ trợ nông dân tỉnh 850 triệu đồng (hỗ trợ các mô hình); nguồn xã hội hóa 400 triệu đồng (Mục IV).",
  ["3.650 triệu đồng", "2.400", "850", "400"])
Q("funding", "Mỗi lớp Nông dân số được hỗ trợ bao nhiêu tiền?",
  [(H, H_KP2)],
  "Mức hỗ trợ tổ chức mỗi lớp “Nông dân số” là 8 triệu đồng/lớp (Mục IV của kế hoạch Hội Nông dân tỉnh Cao Bằng).",
  ["8 triệu đồng/lớp"])
Q("funding", "Kinh phí kế hoạch bồi dưỡng năm 2026 của Liên minh HTX tỉnh Cao Bằng là bao nhiêu và chia theo nguồn thế nào?",
  [(L, L_KP1)],
  "Tổng dự kiến 980 triệu đồng: ngân sách tỉnh giao Liên minh Hợp tác xã tỉnh năm 2026 là 720 triệu đồng; Quỹ Hỗ trợ phát triển hợp tác xã tỉnh 180 triệu đồng; hợp tác xã đóng góp 80 triệu đồng (Mục IV.1).",
  ["980 triệu đồng", "720", "180", "80 triệu đồng"])
Q("funding", "Thành viên HTX đi học lớp của Liên minh có phải đóng học phí không, ai trả tiền ăn và đi lại?",
  [(L, L_KP2)],
  "Học viên là thành viên hợp tác xã được miễn học phí và được hỗ trợ tài liệu; tiền ăn, tiền đi lại của học viên do hợp tác xã cử người đi học chi trả (Mục IV.2).",
  ["miễn học phí", "hợp tác xã cử người đi học chi trả"])
Q("funding", "HTX thí điểm mô hình Hợp tác xã học tập được Liên minh hỗ trợ bao nhiêu tiền?",
  [(L, L_KP3)],
  "Mỗi hợp tác xã thí điểm được hỗ trợ một lần 15 triệu đồng để xây dựng góc học tập (Mục IV.3).",
  ["15 triệu đồng", "một lần"])
Q("funding", "Quỹ Hỗ trợ nông dân tỉnh góp bao nhiêu vào kế hoạch của Hội Nông dân, và mỗi mô hình được bao nhiêu?",
  [(H, H_KP1), (H, H_KP2)],
  "Quỹ Hỗ trợ nông dân tỉnh góp 850 triệu đồng cho cả giai đoạn (hỗ trợ các mô hình). Mức hỗ trợ cho từng mô hình “Nông dân học tập - làm giàu bằng công nghệ” thì kế hoạch dẫn sang Phụ lục II, nhưng tệp kế hoạch chỉ có Phụ lục I (danh sách xã, phường thí điểm), không kèm Phụ lục II, nên không xác định được mức cho mỗi mô hình.",
  ["850", "Phụ lục II"])

# ===================== legal_basis (5) =====================
Q("legal_basis", "Kế hoạch 117-KH/HNDT của Hội Nông dân tỉnh Cao Bằng được xây dựng căn cứ vào những văn bản nào?",
  [(H, H_CC1), (H, H_CC2), (H, H_CC3), (H, H_CC4)],
  "Bốn căn cứ: Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ (Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”); Kế hoạch số 215-KH/HNDTW ngày 12/11/2025 của Ban Thường vụ Trung ương Hội Nông dân Việt Nam; Kế hoạch số 2790/KH-UBND ngày 22/12/2025 của UBND tỉnh Cao Bằng; Chương trình phối hợp số 03/CTPH-HNDT-LMHTX ngày 09/01/2026 giữa Hội Nông dân tỉnh và Liên minh Hợp tác xã tỉnh.",
  ["1373/QĐ-TTg", "215-KH/HNDTW", "2790/KH-UBND", "03/CTPH-HNDT-LMHTX"])
Q("legal_basis", "Liên minh HTX tỉnh Cao Bằng căn cứ luật nào và những kế hoạch nào để ban hành kế hoạch 23/KH-LMHTX?",
  [(L, L_CC0), (L, L_CC1), (L, L_CC2), (L, L_CC3)],
  "Căn cứ Luật Hợp tác xã ngày 20 tháng 6 năm 2023; Quyết định số 1373/QĐ-TTg ngày 30/7/2021; Kế hoạch số 2790/KH-UBND ngày 22/12/2025 của UBND tỉnh Cao Bằng; Chương trình phối hợp số 03/CTPH-HNDT-LMHTX và Kế hoạch số 117-KH/HNDT ngày 16/3/2026 của Ban Thường vụ Hội Nông dân tỉnh.",
  ["Luật Hợp tác xã", "1373/QĐ-TTg", "2790/KH-UBND", "117-KH/HNDT"])
Q("legal_basis", "Văn bản của Trung ương Hội Nông dân Việt Nam mà Hội Nông dân Cao Bằng dựa vào là văn bản nào, ngày nào?",
  [(H, H_CC2)],
  "Kế hoạch số 215-KH/HNDTW ngày 12/11/2025 của Ban Thường vụ Trung ương Hội Nông dân Việt Nam về việc các cấp Hội tham gia xây dựng xã hội học tập, phổ cập kỹ năng số cho hội viên nông dân giai đoạn 2026 - 2030.",
  ["215-KH/HNDTW", "12/11/2025"])
Q("legal_basis", "Kế hoạch của Liên minh HTX Cao Bằng thực hiện kế hoạch xã hội học tập nào của UBND tỉnh?",
  [(L, L_CC2)],
  "Kế hoạch số 2790/KH-UBND ngày 22/12/2025 của Ủy ban nhân dân tỉnh Cao Bằng về xây dựng xã hội học tập trên địa bàn tỉnh giai đoạn 2026 - 2030.",
  ["2790/KH-UBND", "22/12/2025"])
Q("legal_basis", "Chương trình phối hợp số 03 mà kế hoạch Hội Nông dân Cao Bằng viện dẫn được ký ngày nào, giữa những cơ quan nào và về nội dung gì?",
  [(H, H_CC4)],
  "Chương trình phối hợp số 03/CTPH-HNDT-LMHTX ngày 09/01/2026 giữa Hội Nông dân tỉnh và Liên minh Hợp tác xã tỉnh Cao Bằng về hỗ trợ nông dân phát triển kinh tế tập thể giai đoạn 2026 - 2030.",
  ["09/01/2026", "Liên minh Hợp tác xã tỉnh", "kinh tế tập thể"])

# ===================== purpose (4) =====================
Q("purpose", "Mục đích của kế hoạch Nông dân học tập suốt đời do Hội Nông dân tỉnh Cao Bằng ban hành là gì?",
  [(H, H_MD1), (H, H_MD2)],
  "Hai mục đích (Mục I.1): nâng cao nhận thức của cán bộ, hội viên nông dân về học tập suốt đời, khơi dậy tinh thần tự học, học từ thực tiễn sản xuất, học lẫn nhau; và trang bị cho hội viên kỹ năng số cơ bản để tiếp cận thông tin thị trường, dịch vụ công trực tuyến, thanh toán không dùng tiền mặt, góp phần giảm nghèo bền vững ở vùng đồng bào dân tộc thiểu số.",
  ["học tập suốt đời", "kỹ năng số cơ bản", "giảm nghèo bền vững"])
Q("purpose", "Kế hoạch 117 của Hội Nông dân yêu cầu phong trào phải gắn với những phong trào nào và dạy bằng ngôn ngữ gì?",
  [(H, H_YC1), (H, H_YC2)],
  "Theo Mục I.2, phong trào triển khai đến từng chi hội, tổ hội, gắn với phong trào thi đua “Nông dân Việt Nam sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững” và phong trào “Bình dân học vụ số”; nội dung học dùng song ngữ tiếng phổ thông và tiếng dân tộc (Tày, Nùng, Mông, Dao) khi cần thiết.",
  ["Bình dân học vụ số", "sản xuất, kinh doanh giỏi", "song ngữ"])
Q("purpose", "Liên minh Hợp tác xã tỉnh Cao Bằng ban hành kế hoạch bồi dưỡng năm 2026 nhằm mục đích gì?",
  [(L, L_MD1), (L, L_MD2)],
  "Nâng cao năng lực quản trị, kế toán, kỹ năng số và kỹ năng thị trường cho cán bộ quản lý, thành viên hợp tác xã, từng bước xây dựng văn hóa học tập trong hợp tác xã; và hỗ trợ các hợp tác xã do Hội Nông dân các cấp vận động thành lập theo Kế hoạch số 117-KH/HNDT được bồi dưỡng ngay từ năm đầu hoạt động (Mục I).",
  ["văn hóa học tập trong hợp tác xã", "ngay từ năm đầu hoạt động"])
Q("purpose", "Kế hoạch của Liên minh HTX đặt yêu cầu gì về cách tổ chức lớp và thời gian học?",
  [(L, L_MD3)],
  "Mục I.3: việc tổ chức lớp phải căn cứ nhu cầu thực tế của hợp tác xã, tránh hình thức; thời gian học bố trí ngoài mùa vụ chính.",
  ["tránh hình thức", "ngoài mùa vụ chính"])

# ===================== task_section (5) =====================
Q("task_section", "Lớp Nông dân số của Hội Nông dân Cao Bằng được tổ chức thế nào: ở đâu, bao nhiêu người, học lúc nào, ưu tiên ai?",
  [(H, H_III2)],
  "Theo Mục III.2: lớp “Nông dân số” tổ chức tại nhà văn hóa xóm, mỗi lớp không quá 30 học viên, học vào buổi tối hoặc ngày phiên chợ; ưu tiên phụ nữ, người cao tuổi và hội viên người dân tộc Mông, Dao.",
  ["nhà văn hóa xóm", "không quá 30 học viên", "buổi tối hoặc ngày phiên chợ"])
Q("task_section", "Đội Tình nguyện viên số trong kế hoạch Hội Nông dân gồm những ai và hướng dẫn hội viên những gì?",
  [(H, H_III2b)],
  "Mỗi xã, phường có đội “Tình nguyện viên số” gồm cán bộ Hội, đoàn viên thanh niên và học sinh trung học phổ thông, hướng dẫn hội viên cài đặt ứng dụng VNeID, ngân hàng số và tra cứu giá nông sản (Mục III.2).",
  ["VNeID", "ngân hàng số", "học sinh trung học phổ thông"])
Q("task_section", "Dạy nghề ngắn hạn cho nông dân Cao Bằng gắn với những sản phẩm nào?",
  [(H, H_III3)],
  "Mục III.3: dạy nghề ngắn hạn gắn với sản phẩm chủ lực của tỉnh — hạt dẻ Trùng Khánh, thạch đen, miến dong, lê Đông Khê, chè và chăn nuôi bò thịt.",
  ["hạt dẻ Trùng Khánh", "thạch đen", "lê Đông Khê"])
Q("task_section", "Về tuyên truyền, các chi hội nông dân phải sinh hoạt chuyên đề học tập suốt đời bao lâu một lần và tuyên truyền qua kênh nào?",
  [(H, H_III1)],
  "Mục III.1: mỗi chi hội tổ chức ít nhất 01 buổi sinh hoạt chuyên đề về học tập suốt đời mỗi quý; tuyên truyền trên Bản tin Nông dân Cao Bằng, trang thông tin điện tử và nhóm Zalo của các chi hội.",
  ["01 buổi", "mỗi quý", "Zalo"])
Q("task_section", "Tủ sách nông dân đặt ở đâu và gồm loại sách gì?",
  [(H, H_III4)],
  "Mục III.4 của kế hoạch Hội Nông dân tỉnh Cao Bằng: mỗi “Tủ sách nông dân” có ít nhất 100 đầu sách, tài liệu về kỹ thuật trồng trọt, chăn nuôi, pháp luật; đặt tại nhà văn hóa xóm hoặc nhà chi hội trưởng.",
  ["nhà chi hội trưởng", "trồng trọt, chăn nuôi, pháp luật"])

# ===================== cross_plan (8) =====================
Q("cross_plan", "Hai kế hoạch của Hội Nông dân tỉnh và Liên minh HTX tỉnh Cao Bằng cùng căn cứ quyết định nào của Thủ tướng, và kế hoạch năm 2026 của Huế có dựa vào văn bản đó không?",
  [(H, H_CC1), (L, L_CC1), (HUE, HUE_1373)],
  "Cả hai kế hoạch Cao Bằng đều căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”; kế hoạch năm 2026 của thành phố Huế cũng mở đầu bằng “Thực hiện Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021”.",
  ["1373/QĐ-TTg"])
Q("cross_plan", "Hội Nông dân và Liên minh HTX tỉnh Cao Bằng đề nghị nhau làm gì trong hai kế hoạch của mình?",
  [(H, H_V7), (L, L_V6)],
  "Hội Nông dân tỉnh (KH 117-KH/HNDT, Mục V.7) đề nghị Liên minh Hợp tác xã tỉnh phối hợp tổ chức lớp bồi dưỡng quản trị, kế toán cho hợp tác xã do Hội vận động thành lập và hỗ trợ sản phẩm tham gia OCOP; ngược lại Liên minh (KH 23/KH-LMHTX, Mục V.6) đề nghị Hội Nông dân tỉnh phối hợp lựa chọn học viên là hội viên nông dân cho lớp kỹ năng số và thông báo danh sách hợp tác xã do Hội vận động thành lập để Liên minh bồi dưỡng theo mục III.4.",
  ["quản trị, kế toán", "lớp kỹ năng số", "danh sách hợp tác xã"])
Q("cross_plan", "So sánh hạn báo cáo năm 2026 của cơ quan thường trực hai kế hoạch Hội Nông dân và Liên minh HTX Cao Bằng.",
  [(H, H_V1b), (L, L_V1)],
  "Ban Tuyên giáo Hội Nông dân tỉnh báo cáo Ban Thường vụ trước ngày 30/11 hằng năm; Ban Tuyên truyền - Đào tạo của Liên minh báo cáo Liên minh Hợp tác xã Việt Nam trước ngày 10/12/2026.",
  ["30/11", "10/12/2026"])
Q("cross_plan", "Hợp tác xã do Hội Nông dân vận động thành lập: Hội đặt chỉ tiêu bao nhiêu và Liên minh HTX bồi dưỡng cho họ thế nào?",
  [(H, H_CONT), (H, H_R9), (L, L_III4), (L, L_TD)],
  "Hội Nông dân tỉnh đặt chỉ tiêu vận động thành lập mới 15 hợp tác xã nông nghiệp đến năm 2027 và 40 đến năm 2030 (Bảng 1 tiếp theo, dòng 9). Liên minh HTX năm 2026 mở 02 lớp cho hợp tác xã mới thành lập, tổ chức trong vòng 60 ngày kể từ ngày hợp tác xã được cấp Giấy chứng nhận đăng ký, và 100% hợp tác xã mới thành lập trong năm được tư vấn về điều lệ, phương án sản xuất kinh doanh, chế độ kế toán.",
  ["15", "40", "60 ngày", "100%"])
Q("cross_plan", "Mức hỗ trợ tiền của Hội Nông dân cho lớp Nông dân số và của Liên minh cho HTX thí điểm khác nhau thế nào?",
  [(H, H_KP2), (L, L_KP3)],
  "Hội Nông dân tỉnh hỗ trợ 8 triệu đồng/lớp “Nông dân số”; Liên minh HTX hỗ trợ một lần 15 triệu đồng cho mỗi hợp tác xã thí điểm “Hợp tác xã học tập” để xây dựng góc học tập.",
  ["8 triệu đồng/lớp", "15 triệu đồng"])
Q("cross_plan", "Ở Hà Nội Hội Nông dân được giao gì trong kế hoạch khuyến học, còn Hội Nông dân Cao Bằng tự đặt bao nhiêu lớp dạy nghề mỗi năm?",
  [(HANOI, HN_HND), (HANOI, HN_HND2), (H, H_CAP), (H, H_R5)],
  "Trong kế hoạch Hà Nội, Hội Nông dân (chung mục e) với Hội Cựu chiến binh, Hội Người cao tuổi, Hội Cựu giáo chức Thành phố) hướng dẫn các cấp hội, huy động hội viên tham gia chuyển giao công nghệ, hỗ trợ hoạt động khởi nghiệp, phổ biến kiến thức cho người dân — không có chỉ tiêu số. Hội Nông dân Cao Bằng là cơ quan ban hành và tự đặt chỉ tiêu 35 lớp dạy nghề nông nghiệp, chuyển giao kỹ thuật mỗi năm vào năm 2027 và 50 lớp vào năm 2030.",
  ["chuyển giao công nghệ", "35", "50"])
Q("cross_plan", "Phong trào Bình dân học vụ số xuất hiện trong kế hoạch An Lão và kế hoạch Hội Nông dân Cao Bằng thế nào?",
  [(ANLAO, AL_BDHVS), (H, H_YC1)],
  "An Lão phát động và thực hiện phong trào “Bình dân học vụ số” trong toàn dân (phổ cập kiến thức số, chuyển đổi số, kỹ năng số); Hội Nông dân Cao Bằng yêu cầu phong trào “Nông dân học tập suốt đời” gắn với phong trào thi đua nông dân sản xuất, kinh doanh giỏi và phong trào “Bình dân học vụ số”.",
  ["Bình dân học vụ số", "trong toàn dân"])
Q("cross_plan", "Cần Thơ (2024) đề nghị Hội Nông dân thành phố làm gì, còn Liên minh HTX Cao Bằng đề nghị Hội Nông dân tỉnh làm gì?",
  [(CANTHO, CT_HND), (L, L_V6)],
  "Cần Thơ (mục đ) đề nghị Hội Cựu chiến binh và Hội Nông dân thành phố hướng dẫn các cấp Hội phối hợp khuyến học, khuyến tài, xây dựng xã hội học tập; huy động hội viên tham gia chuyển giao công nghệ, hỗ trợ khởi nghiệp, phổ biến kiến thức. Liên minh HTX Cao Bằng (Mục V.6) đề nghị Hội Nông dân tỉnh phối hợp lựa chọn học viên là hội viên nông dân tham gia lớp kỹ năng số và thông báo danh sách hợp tác xã do Hội vận động thành lập.",
  ["chuyển giao công nghệ", "lớp kỹ năng số"])

# ===================== no_diacritics (8) =====================
Q("no_diacritics", "ke hoach hoi nong dan cao bang chi tieu tu sach nong dan nam 2030 la bao nhieu chi hoi",
  [(H, H_CAP), (H, H_R3)],
  "Bảng 1 dòng 3: chi hội nông dân có “Tủ sách nông dân” — 120 chi hội năm 2027 và 300 chi hội năm 2030.",
  ["300", "120"])
Q("no_diacritics", "lien minh htx cao bang nam 2026 mo bao nhieu lop ky nang so va thuong mai dien tu",
  [(L, L_III3)],
  "04 lớp kỹ năng số và thương mại điện tử, mỗi lớp 02 ngày, phối hợp với Hội Nông dân tỉnh lồng ghép học viên là hội viên nông dân thuộc tổ hợp tác, hợp tác xã (Mục III.3).",
  ["04 lớp", "02 ngày"])
Q("no_diacritics", "hoi nong dan xa phai gui danh sach dang ky nong dan hoc tap truoc ngay nao",
  [(H, H_V6)],
  "Trước ngày 31/3 hằng năm, Hội Nông dân các xã, phường lập danh sách hội viên đăng ký danh hiệu “Nông dân học tập” gửi Hội Nông dân tỉnh qua Ban Tuyên giáo (Mục V.6).",
  ["31/3", "Ban Tuyên giáo"])
Q("no_diacritics", "binh xet danh hieu nong dan hoc tap phai xong truoc ngay nao",
  [(H, H_III4b)],
  "Bình xét danh hiệu “Nông dân học tập” hằng năm cùng với bình xét hộ sản xuất, kinh doanh giỏi; Hội Nông dân cấp xã hoàn thành bình xét trước ngày 15/11 hằng năm (Mục III.4).",
  ["15/11", "hộ sản xuất, kinh doanh giỏi"])
Q("no_diacritics", "van phong lien minh htx thanh quyet toan kinh phi lop hoc trong bao lau",
  [(L, L_V3)],
  "Văn phòng Liên minh thanh quyết toán kinh phí trong vòng 30 ngày kể từ ngày kết thúc từng lớp (Mục V.3).",
  ["30 ngày kể từ ngày kết thúc từng lớp"])
Q("no_diacritics", "phuong thuc phan duoc thi diem noi dung gi nam 2026",
  [(H, H_PL1), (H, H_P1)],
  "Theo Phụ lục I của kế hoạch Hội Nông dân tỉnh Cao Bằng, phường Thục Phán thí điểm lớp “Nông dân số” mẫu và bán nông sản qua sàn thương mại điện tử.",
  ["Lớp “Nông dân số” mẫu", "sàn thương mại điện tử"])
Q("no_diacritics", "xa nao thi diem day nghe trong le dong khe",
  [(H, H_PL1), (H, H_P9)],
  "Xã Thạch An (Phụ lục I, dòng 9: dạy nghề trồng lê Đông Khê).",
  ["Thạch An"])
Q("no_diacritics", "quy ho tro phat trien hop tac xa tinh uu tien cho vay doi tuong nao",
  [(L, L_V4)],
  "Quỹ Hỗ trợ phát triển hợp tác xã tỉnh ưu tiên cho vay đối với hợp tác xã thí điểm mô hình “Hợp tác xã học tập” có phương án sản xuất kinh doanh khả thi (Mục V.4).",
  ["hợp tác xã thí điểm", "phương án sản xuất kinh doanh khả thi"])

# ===================== abbreviation (7) =====================
Q("abbreviation", "KH 117-KH/HNDT: BTG HND tỉnh CB được giao nv gì?",
  [(H, H_V1), (H, H_V1b)],
  "Ban Tuyên giáo Hội Nông dân tỉnh Cao Bằng là cơ quan thường trực: tham mưu Ban Thường vụ chỉ đạo triển khai, biên soạn tài liệu sinh hoạt chuyên đề hằng quý, tổng hợp báo cáo trước ngày 30/11 hằng năm, tham mưu sơ kết quý IV/2028 và tổng kết tháng 11/2030.",
  ["Ban Tuyên giáo", "cơ quan thường trực", "30/11"])
Q("abbreviation", "LMHTX CB: CT CĐS cho CBQL HTX năm 2026 là bn %?",
  [(L, L_TB)],
  "Chỉ tiêu b) của Liên minh Hợp tác xã tỉnh Cao Bằng: ít nhất 35% hợp tác xã đang hoạt động có cán bộ quản lý được bồi dưỡng về chuyển đổi số.",
  ["35%", "chuyển đổi số"])
Q("abbreviation", "HND tỉnh CB: CT hộ ND bán hàng qua sàn TMĐT năm 2027?",
  [(H, H_CAP), (H, H_R4)],
  "Bảng 1 dòng 4: 800 hộ nông dân bán nông sản qua sàn thương mại điện tử năm 2027 (2.500 hộ năm 2030).",
  ["800", "2.500"])
Q("abbreviation", "Ban KT-XH HND tỉnh theo dõi CT số mấy của B1?",
  [(H, H_V2b), (H, H_R4), (H, H_R9)],
  "Ban Kinh tế - Xã hội theo dõi chỉ tiêu số 4 và số 9 của Bảng 1: hộ nông dân bán nông sản qua sàn thương mại điện tử (dòng 4) và hợp tác xã nông nghiệp do Hội vận động thành lập mới (dòng 9, ở phần tiếp theo của bảng).",
  ["số 4 và số 9", "sàn thương mại điện tử", "Hợp tác xã nông nghiệp"])
Q("abbreviation", "KH 23/KH-LMHTX: HTX mới TL trong năm đc tư vấn những gì?",
  [(L, L_TD)],
  "Chỉ tiêu d): 100% hợp tác xã mới thành lập trong năm được tư vấn về điều lệ, phương án sản xuất kinh doanh và chế độ kế toán.",
  ["100%", "điều lệ", "chế độ kế toán"])
Q("abbreviation", "ĐN Sở KH&CN trong KH của HND CB là gì?",
  [(H, H_V8)],
  "Hội Nông dân tỉnh đề nghị Sở Khoa học và Công nghệ hỗ trợ tài liệu, học liệu số về kỹ năng số cho nông dân và hướng dẫn kết nối các nền tảng số dùng chung của tỉnh cho đội “Tình nguyện viên số”.",
  ["Sở Khoa học và Công nghệ", "học liệu số"])
Q("abbreviation", "LMHTX: HV hoàn thành lớp bao lâu thì nhận GCN?",
  [(L, L_III7)],
  "Học viên hoàn thành lớp được cấp giấy chứng nhận trong thời hạn 10 ngày làm việc kể từ ngày kết thúc lớp học (Mục III.7).",
  ["10 ngày làm việc"])

# ===================== paraphrase (5) =====================
Q("paraphrase", "Bà con người Mông trên bản chưa rành tiếng Kinh, máy tính thì chưa biết gì — Hội Nông dân tỉnh có mở lớp cho họ không, xã nào làm trước?",
  [(H, H_CONT), (H, H_R6), (H, H_P7)],
  "Có. Bảng 1 (phần tiếp theo, dòng 6) đặt chỉ tiêu hội viên người dân tộc Mông, Dao được học tiếng phổ thông, tin học cơ bản: 1.200 người năm 2027, 3.000 người năm 2030. Năm 2026 xã Bảo Lạc thí điểm lớp tiếng phổ thông, tin học cho hội viên người Mông (Phụ lục I).",
  ["1.200", "Bảo Lạc"])
Q("paraphrase", "HTX của tôi vừa nhận giấy đăng ký tuần trước; bao lâu thì Liên minh mở lớp cho chúng tôi?",
  [(L, L_III4)],
  "Lớp bồi dưỡng cho hợp tác xã mới thành lập (02 lớp) được tổ chức trong vòng 60 ngày kể từ ngày hợp tác xã được cấp Giấy chứng nhận đăng ký hợp tác xã (Mục III.4).",
  ["60 ngày", "Giấy chứng nhận đăng ký"])
Q("paraphrase", "Nhà tôi là hội viên, muốn đưa hạt dẻ lên mạng bán thì Hội Nông dân tỉnh có ai hướng dẫn không?",
  [(H, H_V2), (H, H_V2b), (H, H_III3)],
  "Có: Ban Kinh tế - Xã hội Hội Nông dân tỉnh hướng dẫn hộ nông dân đưa nông sản lên sàn thương mại điện tử (Mục V.2); hạt dẻ Trùng Khánh cũng là một sản phẩm chủ lực được gắn với dạy nghề ngắn hạn (Mục III.3).",
  ["Ban Kinh tế - Xã hội", "sàn thương mại điện tử", "hạt dẻ Trùng Khánh"])
Q("paraphrase", "HTX chúng tôi muốn làm một góc đọc sách cho xã viên, Liên minh có cho tiền không?",
  [(L, L_TC), (L, L_KP3)],
  "Chỉ khi hợp tác xã được chọn thí điểm mô hình “Hợp tác xã học tập” (06 hợp tác xã, mỗi hợp tác xã có ít nhất 01 góc học tập): mỗi hợp tác xã thí điểm được hỗ trợ một lần 15 triệu đồng để xây dựng góc học tập.",
  ["15 triệu đồng", "thí điểm"])
Q("paraphrase", "Học xong lớp ở Liên minh thì chừng nào tôi có giấy chứng nhận?",
  [(L, L_III7)],
  "Trong thời hạn 10 ngày làm việc kể từ ngày kết thúc lớp học (Mục III.7) — kế hoạch tính từ ngày bế giảng lớp, không ghi một ngày cố định.",
  ["10 ngày làm việc kể từ ngày kết thúc lớp học"])

# ===================== english (20) =====================
Q("english", "What is the legal basis of the Cao Bang cooperative alliance's 2026 training plan?",
  [(L, L_CC0), (L, L_CC1), (L, L_CC2), (L, L_CC3)],
  "It cites the Law on Cooperatives (Luật Hợp tác xã) of 20 June 2023; Prime Minister's Decision 1373/QĐ-TTg of 30/7/2021; the provincial People's Committee plan 2790/KH-UBND of 22/12/2025; the coordination programme 03/CTPH-HNDT-LMHTX; and the farmers' union plan 117-KH/HNDT of 16/3/2026.",
  ["Luật Hợp tác xã", "1373/QĐ-TTg", "117-KH/HNDT"])
Q("english", "Which unit is the standing body of the cooperative alliance's plan?",
  [(L, L_V1)],
  "The Ban Tuyên truyền - Đào tạo (Propaganda and Training Board) is the standing body (cơ quan thường trực); it surveys needs, builds the programme, runs the classes and reports to the Vietnam Cooperative Alliance by 10/12/2026.",
  ["Ban Tuyên truyền - Đào tạo", "10/12/2026"])
Q("english", "How many training classes will the Cao Bang cooperative alliance run in 2026, and for roughly how many attendances?",
  [(L, L_TA)],
  "12 classes for about 420 attendances (lượt) of cooperative managers, accountants and members (target a).",
  ["12", "420"])
Q("english", "What is the total budget of the cooperative alliance's plan and where does it come from?",
  [(L, L_KP1)],
  "About 980 million VND (980 triệu đồng): 720 million from the provincial budget, 180 million from the provincial Cooperative Development Support Fund and 80 million contributed by the cooperatives.",
  ["980", "720", "180"])
Q("english", "By when must a cooperative send its list of trainees for a management class?",
  [(L, L_III2)],
  "No calendar date: the list is due at the latest 7 working days before each class opens (“chậm nhất 07 ngày làm việc trước ngày khai giảng”), and the opening dates themselves will be announced after the needs survey is compiled.",
  ["07 ngày làm việc", "khai giảng"])
Q("english", "When is the 2026 OCOP and cooperative fair?",
  [(L, L_III6)],
  "Only a quarter is given: it is planned for quý IV/2026 (Q4 2026); the exact dates and venue will be announced later (“thông báo sau”).",
  ["quý IV/2026", "thông báo sau"])
Q("english", "Which local products are the farmers' union's short vocational courses tied to?",
  [(H, H_III3)],
  "The province's key products: hạt dẻ Trùng Khánh (Trung Khanh chestnuts), thạch đen (black jelly), miến dong (arrowroot vermicelli), lê Đông Khê (Dong Khe pears), tea and beef cattle.",
  ["hạt dẻ Trùng Khánh", "miến dong", "lê Đông Khê"])
Q("english", "How many farming households should sell produce on e-commerce platforms by 2030 under the Cao Bang farmers' union plan?",
  [(H, H_CAP), (H, H_R4)],
  "2.500 households by 2030 (written 2.500, i.e. 2,500), up from 800 by 2027 (Table 1, row 4).",
  ["2.500", "800"])
Q("english", "Who signed the Cao Bang farmers' union plan?",
  [(H, H_SIG)],
  "Lục Văn Quân, Chairman (CHỦ TỊCH), signing on behalf of the Standing Board (TM. BAN THƯỜNG VỤ).",
  ["Lục Văn Quân", "TM. BAN THƯỜNG VỤ"])
Q("english", "How many communes and wards pilot the programme in 2026, and what does Thuc Phan ward pilot?",
  [(H, H_NOTE), (H, H_P1)],
  "10 communes and wards pilot in 2026 (listed in Phụ lục I); phường Thục Phán pilots a model “Nông dân số” class and selling produce on e-commerce platforms.",
  ["10", "Thục Phán"])
Q("english", "What is the maximum class size of a “Nông dân số” (digital farmer) class?",
  [(H, H_III2)],
  "No more than 30 learners per class (“không quá 30 học viên”), held at the village cultural house in the evening or on market days.",
  ["30"])
Q("english", "Within how many days after registration must a newly founded cooperative get its training?",
  [(L, L_III4)],
  "Within 60 days from the date the cooperative receives its registration certificate (Giấy chứng nhận đăng ký hợp tác xã); two such classes are planned.",
  ["60", "Giấy chứng nhận đăng ký"])
Q("english", "Who pays for meals and travel of cooperative members attending the alliance's classes?",
  [(L, L_KP2)],
  "The sending cooperative pays (“do hợp tác xã cử người đi học chi trả”); learners pay no tuition (miễn học phí) and get materials.",
  ["hợp tác xã cử người đi học chi trả", "miễn học phí"])
Q("english", "What is coordination programme no. 03 that both Cao Bang plans cite?",
  [(H, H_CC4), (L, L_CC3)],
  "Programme 03/CTPH-HNDT-LMHTX of 09/01/2026 between the provincial Farmers' Union (Hội Nông dân tỉnh) and the provincial Cooperative Alliance, on supporting farmers to develop the collective economy in 2026 - 2030.",
  ["03/CTPH-HNDT-LMHTX", "09/01/2026"])
Q("english", "Which languages may the farmers' union use in its learning content?",
  [(H, H_YC2)],
  "Bilingual teaching where needed: the common language (tiếng phổ thông) plus ethnic languages — Tày, Nùng, Mông, Dao.",
  ["Tày, Nùng, Mông, Dao"])
Q("english", "When are the farmers' union plan's mid-term and final reviews?",
  [(H, H_V1b)],
  "Mid-term review in quý IV/2028 (Q4 2028) and the final review in tháng 11/2030 (November 2030), prepared by the Ban Tuyên giáo.",
  ["quý IV/2028", "tháng 11/2030"])
Q("english", "How many cooperatives will pilot the 'learning cooperative' model, and what must each have?",
  [(L, L_TC)],
  "06 pilot cooperatives, each with at least 01 learning corner (góc học tập) and an annual learning plan for its members.",
  ["06", "góc học tập"])
Q("english", "How much does the provincial Farmers' Support Fund put into the farmers' union plan?",
  [(H, H_KP1)],
  "850 million VND (850 triệu đồng) for the models, out of a total of 3.650 million VND (3,650 million) for 2026 - 2030.",
  ["850", "3.650"])
Q("english", "What are the village volunteers in the farmers' union plan supposed to teach members?",
  [(H, H_III2b)],
  "The “Tình nguyện viên số” (digital volunteer) teams — Hội officials, youth union members and high-school students — help members install VNeID and mobile banking and look up farm-produce prices.",
  ["Tình nguyện viên số", "VNeID"])
Q("english", "What is the number and date of the Cao Bang farmers' union plan, and who issued it?",
  [(H, H_HEAD)],
  "Plan no. 117-KH/HNDT (Party-style numbering), dated 16 tháng 3 năm 2026 (16 March 2026), issued by the Executive Committee of the Hội Nông dân tỉnh Cao Bằng (BCH Hội Nông dân tỉnh Cao Bằng), under the heading HỘI NÔNG DÂN VIỆT NAM.",
  ["117-KH/HNDT", "16 tháng 3 năm 2026"])
Q("english", "What does the cooperative alliance ask the farmers' union to do?",
  [(L, L_V6)],
  "It requests (Đề nghị) the Hội Nông dân tỉnh to help select farmer members for the digital-skills classes and to pass on the list of cooperatives it helped found, so the alliance can train them under item III.4.",
  ["Hội Nông dân tỉnh", "III.4"])

# ===================== follow_up (15) =====================
Q("follow_up", "Còn năm 2030?",
  [(H, H_CAP), (H, H_R2)],
  "Năm 2030 chỉ tiêu là 80% hội viên được bồi dưỡng kỹ năng số cơ bản (Bảng 1, dòng 2).",
  ["80"],
  hist=turns("Hội Nông dân Cao Bằng đặt chỉ tiêu bao nhiêu % hội viên được bồi dưỡng kỹ năng số cơ bản năm 2027?",
             "Năm 2027 là 45% hội viên được bồi dưỡng kỹ năng số cơ bản (điện thoại thông minh, dịch vụ công trực tuyến, thanh toán không dùng tiền mặt) — Bảng 1, dòng 2 của Kế hoạch 117-KH/HNDT."))
Q("follow_up", "Đến 2030 thì sao?",
  [(H, H_CONT), (H, H_R9)],
  "Đến năm 2030 là 40 hợp tác xã nông nghiệp do Hội vận động thành lập mới (Bảng 1 tiếp theo, dòng 9).",
  ["40"],
  hist=turns("Hội Nông dân tỉnh Cao Bằng phải vận động thành lập mới bao nhiêu HTX nông nghiệp đến 2027?",
             "15 hợp tác xã nông nghiệp đến năm 2027 (Bảng 1 — phần “tiếp theo”, dòng 9)."))
Q("follow_up", "Trong đó các HTX phải tự đóng góp bao nhiêu?",
  [(L, L_KP1)],
  "Hợp tác xã đóng góp 80 triệu đồng (ngoài 720 triệu ngân sách tỉnh và 180 triệu từ Quỹ Hỗ trợ phát triển hợp tác xã tỉnh).",
  ["80 triệu đồng"],
  hist=turns("Kế hoạch 23/KH-LMHTX có tổng kinh phí bao nhiêu?",
             "Tổng kinh phí dự kiến 980 triệu đồng (Mục IV.1 của kế hoạch Liên minh Hợp tác xã tỉnh Cao Bằng năm 2026)."))
Q("follow_up", "Ban đó phải báo cáo Ban Thường vụ trước ngày nào?",
  [(H, H_V1b)],
  "Ban Tuyên giáo tổng hợp kết quả, báo cáo Ban Thường vụ trước ngày 30/11 hằng năm.",
  ["30/11"],
  hist=turns("Cơ quan thường trực của kế hoạch Hội Nông dân tỉnh Cao Bằng là ai?",
             "Ban Tuyên giáo Hội Nông dân tỉnh là cơ quan thường trực, tham mưu Ban Thường vụ chỉ đạo, hướng dẫn triển khai Kế hoạch (Mục V.1)."))
Q("follow_up", "Vậy danh sách học viên phải gửi lúc nào?",
  [(L, L_III2)],
  "Danh sách học viên gửi chậm nhất 07 ngày làm việc trước ngày khai giảng mỗi lớp (Mục III.2); vì ngày khai giảng sẽ thông báo sau, hạn này cũng tính theo ngày khai giảng đó.",
  ["07 ngày làm việc trước ngày khai giảng"],
  hist=turns("Lớp quản trị HTX của Liên minh khai giảng khi nào?",
             "Kế hoạch chưa ấn định: lịch khai giảng do Liên minh Hợp tác xã tỉnh thông báo sau khi tổng hợp kết quả khảo sát (Mục III.2)."))
Q("follow_up", "Khảo sát đó do bộ phận nào của Liên minh chủ trì?",
  [(L, L_V1)],
  "Ban Tuyên truyền - Đào tạo (cơ quan thường trực) chủ trì khảo sát nhu cầu, xây dựng chương trình và tổ chức các lớp bồi dưỡng (Mục V.1).",
  ["Ban Tuyên truyền - Đào tạo"],
  hist=turns("HTX gửi phiếu khảo sát nhu cầu học tập cho Liên minh HTX Cao Bằng khi nào?",
             "Chậm nhất 15 ngày kể từ ngày nhận được Kế hoạch 23/KH-LMHTX (Mục III.1)."))
Q("follow_up", "Còn dạy nghề làm miến dong thì xã nào?",
  [(H, H_P10)],
  "Xã Hạ Lang thí điểm dạy nghề làm miến dong (Phụ lục I, dòng 10).",
  ["Hạ Lang"],
  hist=turns("Năm 2026 xã nào thí điểm dạy nghề chế biến hạt dẻ?",
             "Xã Trùng Khánh: dạy nghề chế biến hạt dẻ và thành lập tổ hội nghề nghiệp (Phụ lục I, dòng 3 của Kế hoạch 117-KH/HNDT)."))
Q("follow_up", "Mỗi tủ sách đó phải có ít nhất bao nhiêu đầu sách?",
  [(H, H_III4)],
  "Mỗi “Tủ sách nông dân” có ít nhất 100 đầu sách, tài liệu về kỹ thuật trồng trọt, chăn nuôi, pháp luật (Mục III.4).",
  ["100 đầu sách"],
  hist=turns("Đến 2027 bao nhiêu chi hội nông dân ở Cao Bằng phải có Tủ sách nông dân?",
             "120 chi hội năm 2027 (300 chi hội năm 2030) theo Bảng 1, dòng 3."))
Q("follow_up", "Mỗi HTX thí điểm đó được hỗ trợ bao nhiêu?",
  [(L, L_KP3)],
  "Mỗi hợp tác xã thí điểm được hỗ trợ một lần 15 triệu đồng để xây dựng góc học tập (Mục IV.3).",
  ["15 triệu đồng"],
  hist=turns("Liên minh HTX Cao Bằng chọn bao nhiêu HTX thí điểm Hợp tác xã học tập?",
             "06 hợp tác xã, mỗi hợp tác xã có ít nhất 01 góc học tập và kế hoạch học tập hằng năm của thành viên (chỉ tiêu c)."))
Q("follow_up", "Còn kế hoạch của Liên minh HTX tỉnh thì ai ký?",
  [(L, L_SIG)],
  "Kế hoạch 23/KH-LMHTX do bà Nông Thị Hạnh, Phó Chủ tịch, ký thay Chủ tịch (KT. CHỦ TỊCH).",
  ["Nông Thị Hạnh", "KT. CHỦ TỊCH"],
  hist=turns("Ai ký kế hoạch 117-KH/HNDT của Hội Nông dân Cao Bằng?",
             "Ông Lục Văn Quân, Chủ tịch, ký TM. Ban Thường vụ Hội Nông dân tỉnh."))
Q("follow_up", "Vậy của Cao Bằng thì sao?",
  [(H, H_CAP), (H, H_R2)],
  "Hội Nông dân tỉnh Cao Bằng đặt chỉ tiêu 45% hội viên được bồi dưỡng kỹ năng số cơ bản năm 2027 và 80% năm 2030 (Bảng 1, dòng 2).",
  ["45", "80", "kỹ năng số cơ bản"],
  hist=turns("Hội Nông dân tỉnh Lạng Sơn đặt chỉ tiêu kỹ năng số cho hội viên bao nhiêu?",
             "Các kế hoạch đã nạp không có kế hoạch của Hội Nông dân tỉnh Lạng Sơn, nên tôi không trả lời được; chỉ có kế hoạch của Hội Nông dân tỉnh Cao Bằng."))
Q("follow_up", "Thế chỉ tiêu chung toàn tỉnh về học tiếng phổ thông, tin học cho người Mông, Dao là bao nhiêu?",
  [(H, H_CONT), (H, H_R6)],
  "Toàn tỉnh: 1.200 người năm 2027 và 3.000 người năm 2030 (Bảng 1, phần tiếp theo, dòng 6).",
  ["1.200", "3.000"],
  hist=turns("Theo Phụ lục II, xã Bảo Lạc được phân bổ chỉ tiêu bao nhiêu?",
             "Kế hoạch 117-KH/HNDT nói chỉ tiêu phân bổ cho từng xã, phường theo Phụ lục II kèm theo, nhưng tệp chỉ có Phụ lục I; không có Phụ lục II nên không biết chỉ tiêu của xã Bảo Lạc. Phụ lục I chỉ ghi Bảo Lạc thí điểm lớp tiếng phổ thông, tin học cho hội viên người Mông."))
Q("follow_up", "And by 2030?",
  [(H, H_CAP), (H, H_R2)],
  "80% by 2030 (Table 1, row 2: 45% in 2027, 80% in 2030).",
  ["80"],
  hist=turns("What share of farmer members should get basic digital skills by 2027 under the Cao Bang farmers' union plan?",
             "45% of members by 2027 (Bảng 1, row 2 of plan 117-KH/HNDT)."))
Q("follow_up", "And how soon after a class ends do learners get their certificates?",
  [(L, L_III7)],
  "Within 10 working days of the end of the class (“10 ngày làm việc kể từ ngày kết thúc lớp học”).",
  ["10 ngày làm việc"],
  hist=turns("When must cooperatives return the needs survey to the Cao Bang cooperative alliance?",
             "At the latest 15 days after receiving the plan (“chậm nhất 15 ngày kể từ ngày nhận được Kế hoạch này”, item III.1)."))
Q("follow_up", "Tổng kinh phí cả giai đoạn của kế hoạch đó là bao nhiêu?",
  [(H, H_KP1)],
  "Dự kiến 3.650 triệu đồng cho giai đoạn 2026 - 2030 (2.400 ngân sách tỉnh, 850 Quỹ Hỗ trợ nông dân tỉnh, 400 xã hội hóa).",
  ["3.650 triệu đồng"],
  hist=turns("Hội Nông dân Cao Bằng lập dự toán gửi ai, khi nào?",
             "Văn phòng Hội Nông dân tỉnh lập dự toán kinh phí, gửi Sở Tài chính trước ngày 31/7 hằng năm (Mục V.3 của Kế hoạch 117-KH/HNDT)."))

# ===================== unanswerable (33) =====================
HL = [H, L]
ALL = [H, L] + BUNDLED
U("Kế hoạch của Hội Nông dân tỉnh Lạng Sơn đặt chỉ tiêu bao nhiêu phần trăm hội viên được bồi dưỡng kỹ năng số?",
  "Các kế hoạch đã nạp không có kế hoạch nào của Hội Nông dân tỉnh Lạng Sơn; kế hoạch của Hội Nông dân là của tỉnh Cao Bằng, nên tôi không thể trả lời.",
  r"lang son", ALL)
U("Hội Nông dân tỉnh Bắc Kạn (cũ) có kế hoạch Nông dân học tập không, chỉ tiêu thế nào?",
  "Không có kế hoạch nào của Hội Nông dân Bắc Kạn trong các tài liệu; chỉ có kế hoạch của Hội Nông dân tỉnh Cao Bằng.",
  r"bac kan", ALL)
U("Liên minh HTX tỉnh Tuyên Quang năm 2026 mở bao nhiêu lớp bồi dưỡng?",
  "Tài liệu không có kế hoạch của Liên minh Hợp tác xã tỉnh Tuyên Quang; kế hoạch 23/KH-LMHTX là của Liên minh HTX tỉnh Cao Bằng.",
  r"tuyen quang", ALL)
U("lien minh htx cao lanh nam 2026 ho tro moi htx bao nhieu tien",
  "Không có kế hoạch nào của Cao Lãnh (Đồng Tháp) trong tài liệu; nếu ý bạn là Liên minh HTX tỉnh Cao Bằng thì xin hỏi lại với tên đó.",
  r"cao lanh|dong thap", ALL)
U("Hội Nông dân huyện Trùng Khánh có kế hoạch riêng không, chỉ tiêu tủ sách của huyện là bao nhiêu?",
  "Các tài liệu không có kế hoạch của Hội Nông dân huyện Trùng Khánh; kế hoạch tỉnh chỉ nêu xã Trùng Khánh thí điểm dạy nghề chế biến hạt dẻ, không có chỉ tiêu tủ sách cho nơi này.",
  r"huyen trung khanh|trung khanh.{0,60}tu sach", HL)
U("Hội Nông dân tỉnh Lào Cai phối hợp với Liên minh HTX thế nào?",
  "Không có kế hoạch nào của Hội Nông dân tỉnh Lào Cai trong tài liệu.",
  r"lao cai", ALL)
U("Còn chỉ tiêu riêng Phụ lục II giao cho xã Nguyên Bình là bao nhiêu?",
  "Phụ lục II được kế hoạch nhắc tới nhưng không có trong tệp (chỉ có Phụ lục I), nên không có chỉ tiêu riêng của xã Nguyên Bình; Phụ lục I chỉ ghi Nguyên Bình thí điểm lớp tiếng phổ thông, tin học cho hội viên người Dao.",
  r"phu luc ii\s+(danh sach|chi tieu|phan bo|muc)|nguyen binh.{0,80}\d+ (hoi vien|nguoi|lop)\b", [H],
  hist=turns("Năm 2026 xã Nguyên Bình thí điểm nội dung gì?",
             "Xã Nguyên Bình thí điểm lớp tiếng phổ thông, tin học cho hội viên người Dao (Phụ lục I, dòng 6 của Kế hoạch 117-KH/HNDT)."))
U("Hội Nông dân hỗ trợ mỗi mô hình Nông dân học tập - làm giàu bằng công nghệ bao nhiêu tiền?",
  "Kế hoạch nói mức hỗ trợ từng mô hình “thực hiện theo Phụ lục II”, nhưng Phụ lục II không có trong tệp; kế hoạch chỉ cho tổng 850 triệu đồng từ Quỹ Hỗ trợ nông dân tỉnh cho các mô hình, không có mức cho mỗi mô hình.",
  r"moi mo hinh.{0,40}\d+ trieu|trieu dong/mo hinh", [H])
U("Còn bên Hội Nông dân thì mỗi mô hình được bao nhiêu?",
  "Không xác định được: kế hoạch Hội Nông dân dẫn mức hỗ trợ mỗi mô hình sang Phụ lục II, và Phụ lục II không kèm trong tệp.",
  r"moi mo hinh.{0,40}\d+ trieu|trieu dong/mo hinh", [H],
  hist=turns("Liên minh HTX hỗ trợ mỗi HTX thí điểm bao nhiêu tiền?",
             "Một lần 15 triệu đồng cho mỗi hợp tác xã thí điểm mô hình “Hợp tác xã học tập” để xây dựng góc học tập (Mục IV.3 của Kế hoạch 23/KH-LMHTX)."))
U("Chỉ tiêu năm 2028 về Tủ sách nông dân của Hội Nông dân Cao Bằng là bao nhiêu?",
  "Bảng 1 chỉ có các cột năm 2027 và năm 2030 (120 và 300 chi hội); năm 2028 không có chỉ tiêu riêng (chỉ có sơ kết giữa kỳ trong quý IV/2028).",
  r"nam 2028", [H])
U("Năm 2026 Hội Nông dân đặt chỉ tiêu bao nhiêu hộ bán nông sản qua sàn thương mại điện tử?",
  "Kế hoạch không đặt chỉ tiêu năm 2026: Bảng 1 chỉ có năm 2027 (800 hộ) và 2030 (2.500 hộ); năm 2026 là năm thí điểm.",
  r"nam 2026.{0,60}(ho nong dan|san thuong mai)", [H])
U("Hiện nay tỉnh Cao Bằng có tổng cộng bao nhiêu hội viên nông dân?",
  "Kế hoạch không nêu số hội viên hiện có; nó chỉ đặt các tỷ lệ và số lượng chỉ tiêu.",
  r"(tong so|hien co|hien nay|toan tinh co).{0,40}hoi vien", HL)
U("Toàn tỉnh Cao Bằng hiện có bao nhiêu hợp tác xã đang hoạt động?",
  "Kế hoạch của Liên minh không nêu số hợp tác xã hiện có; chỉ tiêu b) chỉ là tỷ lệ (ít nhất 35% hợp tác xã đang hoạt động).",
  r"(tong so|hien co|hien nay|toan tinh (co|hien)).{0,40}hop tac xa|\d+ hop tac xa dang hoat dong", [L])
U("Chi hội nào không đạt chỉ tiêu Nông dân học tập thì bị xử lý ra sao?",
  "Kế hoạch không quy định hình thức xử lý, kỷ luật nào với chi hội không đạt chỉ tiêu.",
  r"xu ly|ky luat|che tai|phe binh|xu phat|cat thi dua", [H])
U("HTX không cử người đi học lớp của Liên minh thì có bị phạt không?",
  "Kế hoạch chỉ yêu cầu hợp tác xã cử cán bộ, thành viên tham gia đầy đủ; không nêu chế tài hay mức phạt.",
  r"xu ly|ky luat|che tai|xu phat|phat tien|thu hoi", [L])
U("Học viên lớp Nông dân số của Hội Nông dân có được hỗ trợ tiền ăn, tiền đi lại không?",
  "Kế hoạch của Hội Nông dân chỉ nêu mức hỗ trợ tổ chức 8 triệu đồng/lớp; không nói gì về tiền ăn, tiền đi lại của học viên.",
  r"tien an|di lai|boi duong hoc vien|ho tro hoc vien", [H])
U("Số điện thoại của Ban Tuyên truyền - Đào tạo Liên minh HTX tỉnh là gì?",
  "Kế hoạch không ghi số điện thoại hay địa chỉ liên hệ; chỉ nói các đơn vị phản ánh vướng mắc qua Ban Tuyên truyền - Đào tạo.",
  r"dien thoai|hotline|email|@|\bdt:|fax", [L])
U("Ngân hàng Chính sách xã hội tỉnh được giao gì trong kế hoạch của Hội Nông dân Cao Bằng?",
  "Ngân hàng Chính sách xã hội không được nhắc đến trong kế hoạch; về vốn, kế hoạch chỉ giao Ban Điều hành Quỹ Hỗ trợ nông dân tỉnh.",
  r"ngan hang chinh sach|nhcsxh", [H])
U("Sở Nông nghiệp và Môi trường phối hợp gì với Liên minh HTX Cao Bằng trong kế hoạch năm 2026?",
  "Kế hoạch 23/KH-LMHTX không nhắc đến Sở Nông nghiệp và Môi trường.",
  r"nong nghiep va moi truong|so nong nghiep", [L])
U("Tỉnh Đoàn Cao Bằng có nhiệm vụ gì trong kế hoạch Nông dân học tập suốt đời?",
  "Tỉnh Đoàn không được giao nhiệm vụ trong kế hoạch; kế hoạch chỉ nói đội “Tình nguyện viên số” có đoàn viên thanh niên tham gia.",
  r"tinh doan|doan thanh nien", [H])
U("Hội Liên hiệp Phụ nữ tỉnh phối hợp với Hội Nông dân thế nào theo kế hoạch 117?",
  "Kế hoạch không nhắc đến Hội Liên hiệp Phụ nữ tỉnh; nó chỉ ưu tiên phụ nữ khi mở lớp “Nông dân số”.",
  r"lien hiep phu nu|hoi phu nu|phu nu (tinh|viet nam)", [H])
U("Kế hoạch 215-KH/HNDTW của Trung ương Hội đặt chỉ tiêu kỹ năng số bao nhiêu phần trăm?",
  "Kế hoạch 117-KH/HNDT chỉ dẫn tên và ngày của Kế hoạch 215-KH/HNDTW (12/11/2025); nội dung, chỉ tiêu của văn bản đó không có trong tài liệu.",
  r"215-kh/hndtw.{0,250}%", [H])
U("Ai ký Chương trình phối hợp 03/CTPH-HNDT-LMHTX?",
  "Hai kế hoạch chỉ dẫn số, ngày (09/01/2026) và nội dung của Chương trình phối hợp; không nêu người ký.",
  r"03/ctph.{0,250}\bky\b", HL)
U("Kế hoạch 2790/KH-UBND của UBND tỉnh Cao Bằng đặt chỉ tiêu gì cho năm 2030?",
  "Hai kế hoạch chỉ căn cứ Kế hoạch 2790/KH-UBND ngày 22/12/2025; chỉ tiêu của kế hoạch tỉnh không được nêu.",
  r"2790/kh-ubnd.{0,200}(%|chi tieu)", HL)
U("Liên minh HTX Cao Bằng đặt chỉ tiêu gì cho năm 2027?",
  "Kế hoạch 23/KH-LMHTX là kế hoạch năm 2026; không có chỉ tiêu cho năm 2027.",
  r"2027", [L])
U("Sau năm 2030, Hội Nông dân tỉnh đặt mục tiêu gì đến 2035?",
  "Kế hoạch chỉ cho giai đoạn 2026 - 2030; không có mục tiêu sau năm 2030.",
  r"2035|sau nam 2030|tam nhin", [H])
U("Mỗi lớp bồi dưỡng của Liên minh HTX có tối đa bao nhiêu học viên?",
  "Kế hoạch không quy định số học viên mỗi lớp; chỉ có tổng khoảng 420 lượt cho 12 lớp và số ngày học của từng loại lớp.",
  r"moi lop (khong qua |toi da |tu )?\d+ (hoc vien|nguoi)", [L])
U("Quỹ Hỗ trợ phát triển HTX tỉnh cho HTX thí điểm vay với lãi suất bao nhiêu?",
  "Kế hoạch chỉ nói Quỹ ưu tiên cho vay với hợp tác xã thí điểm có phương án khả thi; không nêu lãi suất, mức vay hay thời hạn vay.",
  r"lai suat|%/nam|%/thang|muc vay|thoi han vay", [L])
U("Kinh phí năm 2027 của kế hoạch Hội Nông dân là bao nhiêu?",
  "Kế hoạch chỉ nêu tổng 3.650 triệu đồng cho cả giai đoạn 2026 - 2030 theo nguồn; không chia theo từng năm.",
  r"nam 2027.{0,60}trieu|trieu dong/nam|moi nam.{0,30}trieu", [H])
U("What is the Thai Nguyen cooperative alliance's training target for 2026?",
  "None of the loaded plans is from Thái Nguyên; the cooperative alliance plan loaded is Cao Bằng's (23/KH-LMHTX).",
  r"thai nguyen", ALL)
U("How many farmers in Cao Bang currently sell on e-commerce platforms?",
  "The plan gives no current count; it only sets targets (800 households by 2027, 2.500 by 2030).",
  r"(hien nay|hien co|hien dang|nam 2025).{0,60}(san thuong mai|ban nong san)", [H])
U("What penalty applies to a cooperative that misses the survey deadline?",
  "The plan sets the 15-day survey deadline but no penalty or sanction.",
  r"xu ly|xu phat|che tai|ky luat|phat tien", [L])
U("Where exactly will the cooperative management classes be held?",
  "The plan names no venue; it only asks the commune/ward People's Committees to help with venues, and says the opening schedule will be announced later.",
  r"khai giang.{0,40}\b(tai|o)\b|hoi truong|dia diem:", [L])

# ===================== checks and writing =====================
MIN = {"english": 18, "follow_up": 15, "unanswerable": 30}


def strip_accents(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(ch for ch in s if unicodedata.category(ch) != "Mn")
    return s.replace("đ", "d").replace("Đ", "D").lower()


def main():
    problems = []
    rows = []
    ids, texts = set(), set()
    counts = {}
    for n, q in enumerate(QS, 1):
        qid = f"p62-{n:03d}"
        where = f"{qid} ({q['type']})"
        if q["question"] in texts:
            problems.append(f"{where}: repeated question")
        texts.add(q["question"])
        if qid in ids:
            problems.append(f"{where}: repeated id")
        ids.add(qid)
        counts[q["type"]] = counts.get(q["type"], 0) + 1
        docs = []
        for doc, span in q["ev"]:
            if doc not in docs:
                docs.append(doc)
            if check_sets.norm(span) not in check_sets.text_of(doc):
                problems.append(f"{where}: span missing in {doc}: {span!r}")
        if q["type"] == "unanswerable":
            if q["ev"] or q["kf"]:
                problems.append(f"{where}: unanswerable with evidence or key facts")
            if not q["probe"] or not q["about"]:
                problems.append(f"{where}: unanswerable without probe")
            else:
                for d in q["about"]:
                    if re.search(q["probe"], strip_accents(check_sets.text_of(d))):
                        problems.append(f"{where}: probe {q['probe']!r} matches {d}")
        else:
            if not q["ev"] or not q["kf"]:
                problems.append(f"{where}: answerable without evidence or key facts")
        na = check_sets.norm(q["answer"]).lower()
        for kf in q["kf"]:
            k = check_sets.norm(kf).lower()
            if k not in na:
                problems.append(f"{where}: key fact {kf!r} not in answer")
            if not any(k in check_sets.norm(s).lower() for _, s in q["ev"]):
                problems.append(f"{where}: key fact {kf!r} in no cited span")
        h = q["hist"]
        if q["type"] == "follow_up" and not h:
            problems.append(f"{where}: follow_up without history")
        if h:
            if len(h) < 2 or len(h) > 4 or len(h) % 2:
                problems.append(f"{where}: history length {len(h)}")
            for k, t in enumerate(h):
                if t["role"] != ("user" if k % 2 == 0 else "assistant") or not t["content"].strip():
                    problems.append(f"{where}: malformed history turn {k}")
        rows.append({"id": qid, "question": q["question"], "type": q["type"], "docs": docs,
                     "evidence": [{"doc": d, "span": s} for d, s in q["ev"]], "answer": q["answer"],
                     "key_facts": q["kf"], "history": h})
    for t in check_sets.TYPES:
        if counts.get(t, 0) < MIN.get(t, 1):
            problems.append(f"type {t}: {counts.get(t, 0)} below minimum {MIN.get(t, 1)}")
    if len(rows) < 140:
        problems.append(f"only {len(rows)} questions")
    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} problems; nothing written")
        return 1
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(unicodedata.normalize("NFC", json.dumps(r, ensure_ascii=False)) + "\n")
    print(f"wrote {OUT}: {len(rows)} questions; {dict(sorted(counts.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
