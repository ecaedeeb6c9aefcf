"""Write eval/sets/newplans70.jsonl (set 70) after checking every question.

    python eval/sets/src70/questions_src70.py

Refuses to write on: a span not in its doc's extracted text (check_sets.extract + norm), a key fact missing from its
answer or from every span it cites, a malformed history (2-4 turns alternating user/assistant from the user, ending
with the assistant), a repeated id or question, a type below its minimum, fewer than 140 questions, or an
unanswerable question whose accent-free probe matches the accent-free normalised text of the plans it is about.
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

TD = "tinhdoan_daklak_86-KH-TDTN_2026.pdf"
DH = "dhtn_412-KH-DHTN_2026.docx"
HUE = "000_4550be4bb11189cd.txt"
ML = "001_7bafa58816a5de75.txt"
HN = "002_797e8de6131c77f9.txt"
CT = "003_1a817ee72b993e3e.txt"
AL = "004_b1b28019b71edc03.txt"
NEW = [TD, DH]
BUNDLED = [HUE, ML, HN, CT, AL]
ALL = NEW + BUNDLED

# ---- spans: the Tỉnh đoàn's PDF (TD) ----
TD_num = "Số: 86-KH/TĐTN-PT"
TD_date = "Đắk Lắk, ngày 16 tháng 3 năm 2026"
TD_title = ("Triển khai phong trào \"Thanh niên học tập suốt đời\" góp phần xây dựng xã hội học tập tỉnh Đắk Lắk giai "
            "đoạn 2026 - 2030")
TD_cc1 = ("Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án \"Xây dựng xã hội "
          "học tập giai đoạn 2021 - 2030\"")
TD_cc2 = ("Căn cứ Kế hoạch số 145/KH-UBND ngày 09/02/2026 của Ủy ban nhân dân tỉnh Đắk Lắk về xây dựng xã hội học tập "
          "trên địa bàn tỉnh giai đoạn 2026 - 2030")
TD_cc3 = ("Căn cứ Chương trình số 07-CTr/TĐTN ngày 20/01/2026 của Ban Thường vụ Tỉnh đoàn về công tác Đoàn và phong "
          "trào thanh thiếu nhi năm 2026")
TD_md1 = ("Khơi dậy tinh thần tự học, học tập suốt đời trong đoàn viên, thanh niên; hình thành thói quen \"mỗi ngày "
          "một trang sách, mỗi tuần một kỹ năng\"")
TD_md2 = ("Phát huy vai trò xung kích của tổ chức Đoàn trong xây dựng xã hội học tập của tỉnh Đắk Lắk sau khi hợp "
          "nhất tỉnh Đắk Lắk và tỉnh Phú Yên từ ngày 01/7/2025")
TD_md3 = ("Góp phần chuẩn bị nguồn nhân lực trẻ có kỹ năng số, ngoại ngữ và kỹ năng nghề, đáp ứng yêu cầu phát triển "
          "kinh tế biển và nông nghiệp công nghệ cao của tỉnh")
TD_yc1 = ("Hoạt động thiết thực, phù hợp với từng đối tượng: thanh niên công nhân, thanh niên nông thôn, thanh niên "
          "vùng đồng bào dân tộc thiểu số, thanh niên ven biển, học sinh, sinh viên")
TD_yc2 = ("Không tổ chức hình thức, gây lãng phí; gắn với Chương trình công tác Đoàn hằng năm và phong trào \"Bình dân "
          "học vụ số\"")
TD_kq1 = ("Tính chung hai tỉnh Đắk Lắk và Phú Yên (cũ), giai đoạn 2021 - 2025 có 61% đoàn viên được công nhận \"Đoàn "
          "viên học tập tốt\"")
TD_kq2 = ("các cấp bộ Đoàn tổ chức 1.240 lớp tập huấn kỹ năng số cho 52.300 lượt đoàn viên, thanh niên; 148 \"Tủ sách "
          "thanh niên\" được duy trì tại cơ sở")
TD_kq3 = ("tỷ lệ thanh niên vùng đồng bào dân tộc thiểu số có kỹ năng số cơ bản mới đạt 38%; nhiều cơ sở Đoàn ở các "
          "xã biên giới và xã bãi ngang ven biển chưa có hoạt động học tập thường xuyên")
TD_h27 = "1. Đến năm 2027"
TD_h30 = "2. Đến năm 2030"
TD_t27a = "Ít nhất 70% đoàn viên được công nhận \"Đoàn viên học tập tốt\""
TD_t27b = "100% Đoàn xã, phường có ít nhất 01 \"Tủ sách thanh niên\" hoặc 01 \"Góc học tập số\""
TD_t27c = "Ít nhất 50% thanh niên vùng đồng bào dân tộc thiểu số có kỹ năng số cơ bản"
TD_t30a = "Ít nhất 80% đoàn viên được công nhận \"Đoàn viên học tập tốt\""
TD_t30b = "Ít nhất 70% thanh niên vùng đồng bào dân tộc thiểu số có kỹ năng số cơ bản"
TD_t30c = ("Mỗi năm tổ chức ít nhất 300 lớp tập huấn kỹ năng số, ngoại ngữ, kỹ năng nghề cho đoàn viên, thanh niên; hỗ "
           "trợ ít nhất 1.000 thanh niên học nghề, chuyển đổi nghề")
TD_t30d = ("100% Đoàn cơ sở khối trường học (đại học, cao đẳng, trung học phổ thông) xây dựng mô hình \"Đoàn cơ sở học "
           "tập\"")
TD_411 = ("4.1.1. Tuyên truyền bài viết \"Học tập suốt đời\" của Tổng Bí thư Tô Lâm trên các nền tảng số của Đoàn; mỗi "
          "cơ sở Đoàn tổ chức ít nhất 01 buổi sinh hoạt chuyên đề \"Thanh niên học tập suốt đời\" trong quý II/2026")
TD_412 = ("4.1.2. Tổ chức hằng năm cuộc thi trực tuyến \"Thanh niên Đắk Lắk với tri thức số\", thời gian thi từ ngày "
          "26/3 đến ngày 30/4")
TD_421 = ("4.2.1. Thí điểm mô hình \"Đoàn cơ sở học tập\" tại 06 đơn vị: Đoàn Trường Đại học Tây Nguyên, Đoàn Trường "
          "Đại học Phú Yên, Đoàn Khối các cơ quan và doanh nghiệp tỉnh, Đoàn phường Buôn Ma Thuột, Đoàn phường Tuy Hòa "
          "và Đoàn xã Ea Kar")
TD_421b = "hoàn thành thí điểm trước ngày 31/12/2026, sơ kết và nhân rộng từ năm 2027"
TD_422 = ("4.2.2. Duy trì, phát triển \"Tủ sách thanh niên\" tại nhà văn hóa thôn, buôn, khu phố; vận động quyên góp "
          "ít nhất 50.000 cuốn sách trong giai đoạn 2026 - 2030")
TD_423 = ("4.2.3. Xây dựng \"Góc học tập số\" (máy tính kết nối Internet, tài khoản học trực tuyến miễn phí) tại trụ sở "
          "Đoàn các xã vùng đồng bào dân tộc thiểu số, kết nối với trung tâm học tập cộng đồng")
TD_431 = ("4.3.1. Phối hợp với các cơ sở giáo dục nghề nghiệp tổ chức \"Ngày hội tư vấn hướng nghiệp, việc làm cho "
          "thanh niên\" vào tháng 3 hằng năm, gắn với Tháng Thanh niên")
TD_432 = ("4.3.2. Phối hợp với Chi nhánh Ngân hàng Chính sách xã hội tỉnh hỗ trợ vốn vay cho thanh niên học nghề, "
          "khởi nghiệp thông qua các tổ tiết kiệm và vay vốn do Đoàn quản lý")
TD_433 = ("4.3.3. Mở lớp \"Bình dân học vụ số\" cho thanh niên ven biển và thanh niên đồng bào dân tộc thiểu số (Ê Đê, "
          "M'nông, Chăm Hroi), ưu tiên dạy song ngữ tại các buôn đặc biệt khó khăn")
TD_441 = ("4.4.1. Hằng năm thành lập ít nhất 40 đội hình sinh viên tình nguyện hỗ trợ xóa mù chữ, dạy tiếng Việt và "
          "kỹ năng số cho người dân tại các xã biên giới trong Chiến dịch Thanh niên tình nguyện hè (từ tháng 6 đến "
          "tháng 8)")
TD_kp1 = "Kinh phí thực hiện từ nguồn ngân sách tỉnh giao cho Tỉnh đoàn trong dự toán hằng năm"
TD_kp2 = ("Năm 2026 dự kiến 850 triệu đồng, gồm: tuyên truyền và cuộc thi trực tuyến 180 triệu đồng; thí điểm mô hình "
          "\"Đoàn cơ sở học tập\" 300 triệu đồng (50 triệu đồng/đơn vị); lớp \"Bình dân học vụ số\" 370 triệu đồng")
TD_kp3 = ("Huy động nguồn xã hội hóa, tài trợ hợp pháp; các cơ sở Đoàn chủ động bố trí kinh phí từ nguồn hoạt động "
          "của đơn vị")
TD_611 = ("6.1.1. Ban Phong trào Tỉnh đoàn là đơn vị thường trực, tham mưu Ban Thường vụ Tỉnh đoàn triển khai Kế "
          "hoạch; theo dõi các chỉ tiêu; tổng hợp báo cáo kết quả gửi Trung ương Đoàn trước ngày 10/12 hằng năm")
TD_612 = ("6.1.2. Ban Tuyên giáo Tỉnh đoàn chủ trì công tác tuyên truyền và cuộc thi trực tuyến; phối hợp với Báo và "
          "Phát thanh, Truyền hình Đắk Lắk mở chuyên mục \"Thanh niên học tập suốt đời\"")
TD_613 = ("6.1.3. Ban Tổ chức - Kiểm tra Tỉnh đoàn hướng dẫn tiêu chí \"Đoàn viên học tập tốt\", đưa vào đánh giá, "
          "xếp loại đoàn viên cuối năm; kiểm tra, giám sát việc thực hiện tại cơ sở")
TD_614 = ("6.1.4. Văn phòng Tỉnh đoàn tham mưu bố trí kinh phí và hướng dẫn thanh, quyết toán theo quy định")
TD_62h = "6.2. Đoàn các xã, phường và các Đoàn trực thuộc"
TD_62 = ("Xây dựng kế hoạch cụ thể trước ngày 15/4/2026; báo cáo kết quả 6 tháng trước ngày 10/6 và báo cáo năm trước "
         "ngày 25/11 về Tỉnh đoàn (qua Ban Phong trào)")
TD_63h = "6.3. Hội Liên hiệp Thanh niên Việt Nam tỉnh và Hội Sinh viên Việt Nam tỉnh"
TD_63 = ("Vận động thanh niên ngoài tổ chức Đoàn, sinh viên tham gia phong trào; đưa tiêu chí học tập suốt đời vào xét "
         "chọn danh hiệu \"Sinh viên 5 tốt\" cấp tỉnh")
TD_64a = ("Đề nghị Sở Giáo dục và Đào tạo chỉ đạo các trường trung học phổ thông, trung tâm giáo dục nghề nghiệp - "
          "giáo dục thường xuyên tạo điều kiện để Đoàn trường xây dựng mô hình \"Đoàn cơ sở học tập\"")
TD_64b = ("Đề nghị Hội Khuyến học tỉnh phối hợp xét công nhận danh hiệu \"Đơn vị học tập\" đối với cơ sở Đoàn đạt "
          "tiêu chí")
TD_sk = "Kế hoạch được sơ kết giữa kỳ vào năm 2028 và tổng kết vào năm 2030"
TD_vm = ("nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Ban Phong trào Tỉnh đoàn để tổng hợp, báo cáo Ban Thường "
         "vụ Tỉnh đoàn")
TD_sig = "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN BÍ THƯ (Đã ký) Lê Quang Thịnh"
TD_nn = "Nơi nhận: - Trung ương Đoàn (để b/c); - Thường trực Tỉnh ủy (để b/c); - Ban Dân vận Tỉnh ủy;"
TD_pl = "HỎI - ĐÁP NHANH DÀNH CHO CƠ SỞ ĐOÀN"
TD_h1q = "Hỏi 1: \"Đoàn viên học tập tốt\" được đánh giá theo tiêu chí nào?"
TD_h1a = ("Đáp: Đoàn viên hoàn thành ít nhất 01 khóa học trực tuyến hoặc 01 lớp tập huấn trong năm, đọc ít nhất 06 "
          "cuốn sách/năm và có ít nhất 01 sản phẩm chia sẻ kiến thức với chi đoàn")
TD_h1b = "Ban Tổ chức - Kiểm tra Tỉnh đoàn ban hành hướng dẫn chi tiết trong quý II/2026"
TD_h2 = ("Hỏi 2: Xã chưa có nhà văn hóa thôn, buôn thì đặt \"Tủ sách thanh niên\" ở đâu? Đáp: Đặt tại trung tâm học "
         "tập cộng đồng, điểm trường hoặc nhà sinh hoạt cộng đồng của thôn, buôn")
TD_h3 = ("Đáp: Không. Đơn vị ngoài danh sách thí điểm tự bố trí kinh phí hoặc huy động xã hội hóa; từ năm 2027, Tỉnh "
         "đoàn xem xét hỗ trợ khi nhân rộng mô hình")
TD_h3q = "Hỏi 3: Đoàn cơ sở ngoài 06 đơn vị thí điểm có được hỗ trợ 50 triệu đồng không?"
TD_h4 = ("Hỏi 4: Báo cáo năm gửi về đâu, hạn nào? Đáp: Gửi về Tỉnh đoàn qua Ban Phong trào trước ngày 25/11, đồng thời "
         "gửi bản điện tử trên hệ thống quản lý văn bản của Tỉnh đoàn")

# ---- spans: the university's .docx (DH) ----
DH_num = "Số: 412/KH-ĐHTN"
DH_date = "Đắk Lắk, ngày 02 tháng 4 năm 2026"
DH_title = ("Xây dựng \"Trường học tập\" và phát triển năng lực học tập suốt đời cho người học, viên chức, người lao "
            "động Trường Đại học Tây Nguyên giai đoạn 2026 - 2030")
DH_cc1 = ("Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án \"Xây dựng xã hội "
          "học tập giai đoạn 2021 - 2030\"")
DH_cc2 = ("Căn cứ Kế hoạch số 86-KH/TĐTN-PT ngày 16/3/2026 của Ban Thường vụ Tỉnh đoàn Đắk Lắk triển khai phong trào "
          "\"Thanh niên học tập suốt đời\"")
DH_cc3 = ("Căn cứ Nghị quyết số 15/NQ-HĐT ngày 20/12/2025 của Hội đồng trường Trường Đại học Tây Nguyên về chiến lược "
          "phát triển Trường giai đoạn 2026 - 2030")
DH_md1 = ("Xây dựng Nhà trường thành một cộng đồng học tập, trong đó người học, giảng viên, viên chức và người lao "
          "động đều có cơ hội, động lực học tập suốt đời")
DH_md2 = ("Phát huy thế mạnh của Trường là cơ sở giáo dục đại học vùng Tây Nguyên trong việc cung cấp các khóa học mở, "
          "học liệu số cho người dân và doanh nghiệp trên địa bàn tỉnh Đắk Lắk")
DH_md3 = ("Các nhiệm vụ được triển khai theo năm học, bảo đảm không làm tăng khối lượng học tập bắt buộc của sinh viên; "
          "các đơn vị chủ động lồng ghép vào kế hoạch năm học")
DH_mtc = ("Mục tiêu chung: đến năm học 2029 - 2030, Trường Đại học Tây Nguyên được Hội Khuyến học tỉnh công nhận danh "
          "hiệu \"Đơn vị học tập\" và là đơn vị dẫn đầu khối trường học của tỉnh về học tập suốt đời")
DH_hp = ("Riêng học phần \"Kỹ năng học tập suốt đời\" (02 tín chỉ) được đưa vào chương trình đào tạo, bắt buộc đối với "
         "100% sinh viên khóa tuyển sinh năm 2026 từ học kỳ I năm học 2026 - 2027")
DH_b1h = "Bảng 1. Chỉ tiêu theo năm học TT Chỉ tiêu Năm học 2026 - 2027 Năm học 2027 - 2028 Năm học 2029 - 2030"
DH_r1 = "Tỷ lệ sinh viên đạt chuẩn kỹ năng số theo chuẩn đầu ra 85% 90% 100%"
DH_r2 = "Số học phần có học liệu số trên hệ thống LMS 300 450 700"
DH_r3 = "Tỷ lệ viên chức, người lao động tham gia ít nhất 01 khóa bồi dưỡng/năm 80% 90% 100%"
DH_r4 = "Số khóa học ngắn hạn, khóa học mở cho người dân, doanh nghiệp (khóa/năm học) 10 15 25"
DH_r5 = "Lượt bạn đọc sử dụng Trung tâm Thông tin - Thư viện (lượt/năm học) 120.000 140.000 180.000"
DH_n1 = ("Đổi mới chương trình và học liệu: xây dựng học phần \"Kỹ năng học tập suốt đời\"; số hóa bài giảng và đưa "
         "học liệu lên hệ thống quản lý học tập (LMS) của Trường; công nhận kết quả học tập các khóa học trực tuyến mở "
         "(MOOC) được chuyển đổi tối đa 06 tín chỉ tự chọn")
DH_n2 = ("Bồi dưỡng viên chức, người lao động: mỗi viên chức, người lao động tham gia ít nhất 01 khóa bồi dưỡng chuyên "
         "môn hoặc kỹ năng số mỗi năm; giảng viên trẻ dưới 35 tuổi được hỗ trợ học ngoại ngữ đạt chuẩn B2")
DH_n3 = ("Phục vụ cộng đồng: mở các khóa học ngắn hạn về nông nghiệp công nghệ cao, cà phê bền vững, chăm sóc sức khỏe "
         "cộng đồng cho người dân, hợp tác xã; tổ chức \"Tuần lễ học tập suốt đời\" của Trường vào tháng 10 hằng năm")
DH_n4 = ("Phối hợp với Tỉnh đoàn: Đoàn Thanh niên Trường là một trong 06 đơn vị thí điểm mô hình \"Đoàn cơ sở học "
         "tập\" theo Kế hoạch số 86-KH/TĐTN-PT; Trường cử ít nhất 08 đội hình sinh viên tình nguyện tham gia Chiến dịch "
         "Thanh niên tình nguyện hè tại các xã biên giới")
DH_kp1 = ("Tổng kinh phí giai đoạn 2026 - 2030 dự kiến 4,2 tỷ đồng từ nguồn thu hoạt động sự nghiệp của Trường")
DH_kp2 = ("Năm 2026 bố trí 760 triệu đồng, gồm: số hóa học liệu 400 triệu đồng; bồi dưỡng viên chức, người lao động "
          "210 triệu đồng; Tuần lễ học tập suốt đời 150 triệu đồng")
DH_kp3 = ("Kinh phí đối ứng của Trường cho mô hình \"Đoàn cơ sở học tập\" là 30 triệu đồng, ngoài phần hỗ trợ của Tỉnh "
          "đoàn")
DH_bc = ("Các đơn vị báo cáo kết quả theo học kỳ về Phòng Đào tạo đại học: báo cáo học kỳ I trước ngày 15/02, báo cáo "
         "năm học trước ngày 15/8 hằng năm")
DH_bc2 = ("Phòng Đào tạo đại học tổng hợp, báo cáo Hiệu trưởng và gửi Tỉnh đoàn phần kết quả mô hình \"Đoàn cơ sở học "
          "tập\" trước ngày 20/11 hằng năm")
DH_b2h = "Bảng 2. Phân công nhiệm vụ TT Nhiệm vụ Đơn vị chủ trì Đơn vị phối hợp Thời gian"
DH_t1 = ("Xây dựng đề cương học phần \"Kỹ năng học tập suốt đời\" (02 tín chỉ) Phòng Đào tạo đại học Khoa Sư phạm Học "
         "kỳ II năm học 2025 - 2026")
DH_t2 = ("Số hóa học liệu, vận hành hệ thống LMS Trung tâm Thông tin - Thư viện Các khoa Từ học kỳ I năm học 2026 - "
         "2027")
DH_t3 = ("Xây dựng quy định công nhận, chuyển đổi tín chỉ từ khóa học trực tuyến mở (MOOC) Phòng Đào tạo đại học "
         "Phòng Khảo thí và Đảm bảo chất lượng Trước khi bắt đầu học kỳ I năm học 2026 - 2027")
DH_t4 = ("Xây dựng kế hoạch bồi dưỡng viên chức, người lao động hằng năm Phòng Tổ chức cán bộ Công đoàn Trường Tháng "
         "9 hằng năm")
DH_t5 = ("Tổ chức \"Tuần lễ học tập suốt đời\" của Trường Phòng Công tác sinh viên Đoàn Thanh niên, Hội Sinh viên "
         "Trường Tháng 10 hằng năm")
DH_t6 = ("Thí điểm mô hình \"Đoàn cơ sở học tập\"; thành lập đội hình sinh viên tình nguyện hè Đoàn Thanh niên Trường "
         "Hội Sinh viên Trường, Phòng Công tác sinh viên Năm 2026 (thí điểm); tháng 6 - tháng 8 hằng năm (tình nguyện "
         "hè)")
DH_t7 = ("Mở khóa học ngắn hạn cho người dân, hợp tác xã Trung tâm Đào tạo thường xuyên Khoa Nông Lâm nghiệp, Khoa Y "
         "Dược Theo năm học")
DH_t8 = "Bố trí kinh phí, hướng dẫn thanh quyết toán Phòng Kế hoạch - Tài chính Các đơn vị Hằng năm"
DH_sig = "KT. HIỆU TRƯỞNG PHÓ HIỆU TRƯỞNG Phan Thị Minh Nguyệt"
DH_nn = "- Tỉnh đoàn Đắk Lắk (để phối hợp); - Hội Khuyến học tỉnh Đắk Lắk;"

# ---- bundled plans ----
HN_doan = ("Chủ trì tổ chức, phối hợp, lồng ghép các hoạt động tuyên truyền về công tác khuyến học, khuyến tài, xây "
           "dựng xã hội học tập thông qua các phong trào hành động cách mạng của thanh niên")
CT_doan = ("Chỉ đạo cho Đoàn thanh niên quận, huyện, phối hợp với chính quyền cơ sở thực hiện tốt công tác nắm chắc số "
           "lượng đoàn viên và thanh, thiếu niên trong độ tuổi")
AL_tbt = "Tuyên truyền rộng rãi bài viết về “Học tập suốt đời” của Tổng Bí thư Tô Lâm"
HUE_1373 = "Thực hiện Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021"

QS = []


def q(qtype, question, ev, answer, kf, history=None, probe=None, about=None):
    """ev: list of (doc, span). probe/about only for unanswerable."""
    docs = []
    for d, _ in ev:
        if d not in docs:
            docs.append(d)
    QS.append({"id": f"p70-{len(QS) + 1:03d}", "question": question, "type": qtype, "docs": docs,
               "evidence": [{"doc": d, "span": s} for d, s in ev], "answer": answer, "key_facts": kf,
               "history": history or [], "_probe": probe, "_about": about})


def U(question, answer, probe, about=NEW, history=None):
    q("unanswerable", question, [], answer, [], history=history, probe=probe, about=about)


def h(*turns):
    return [{"role": "user" if i % 2 == 0 else "assistant", "content": t} for i, t in enumerate(turns)]


# =========================== agency_tasks ===========================
q("agency_tasks", "Trong kế hoạch phong trào \"Thanh niên học tập suốt đời\" của Tỉnh đoàn Đắk Lắk, Ban Phong trào Tỉnh đoàn làm những việc gì?",
  [(TD, TD_611)],
  "Theo mục 6.1.1 Kế hoạch 86-KH/TĐTN-PT, Ban Phong trào Tỉnh đoàn là đơn vị thường trực: tham mưu Ban Thường vụ Tỉnh đoàn triển khai Kế hoạch, theo dõi các chỉ tiêu và tổng hợp báo cáo kết quả gửi Trung ương Đoàn trước ngày 10/12 hằng năm.",
  ["đơn vị thường trực", "Trung ương Đoàn", "10/12"])
q("agency_tasks", "Ban Tổ chức - Kiểm tra Tỉnh đoàn Đắk Lắk được giao nhiệm vụ gì trong kế hoạch 86?",
  [(TD, TD_613)],
  "Mục 6.1.3: Ban Tổ chức - Kiểm tra Tỉnh đoàn hướng dẫn tiêu chí \"Đoàn viên học tập tốt\", đưa vào đánh giá, xếp loại đoàn viên cuối năm, và kiểm tra, giám sát việc thực hiện tại cơ sở.",
  ["Đoàn viên học tập tốt", "xếp loại đoàn viên cuối năm", "kiểm tra, giám sát"])
q("agency_tasks", "Ban Tuyên giáo Tỉnh đoàn phối hợp với cơ quan báo chí nào và để làm gì?",
  [(TD, TD_612)],
  "Theo mục 6.1.2, Ban Tuyên giáo Tỉnh đoàn chủ trì công tác tuyên truyền và cuộc thi trực tuyến; phối hợp với Báo và Phát thanh, Truyền hình Đắk Lắk mở chuyên mục \"Thanh niên học tập suốt đời\".",
  ["Báo và Phát thanh, Truyền hình Đắk Lắk", "chuyên mục"])
q("agency_tasks", "Hội Liên hiệp Thanh niên và Hội Sinh viên tỉnh có trách nhiệm gì theo kế hoạch của Tỉnh đoàn Đắk Lắk?",
  [(TD, TD_63h), (TD, TD_63)],
  "Mục 6.3 giao Hội Liên hiệp Thanh niên Việt Nam tỉnh và Hội Sinh viên Việt Nam tỉnh vận động thanh niên ngoài tổ chức Đoàn, sinh viên tham gia phong trào, và đưa tiêu chí học tập suốt đời vào xét chọn danh hiệu \"Sinh viên 5 tốt\" cấp tỉnh.",
  ["thanh niên ngoài tổ chức Đoàn", "Sinh viên 5 tốt"])
q("agency_tasks", "Tỉnh đoàn Đắk Lắk đề nghị Sở Giáo dục và Đào tạo phối hợp việc gì?",
  [(TD, TD_64a)],
  "Đây là một đề nghị phối hợp (mục 6.4), không phải nhiệm vụ giao: Tỉnh đoàn đề nghị Sở Giáo dục và Đào tạo chỉ đạo các trường trung học phổ thông, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên tạo điều kiện để Đoàn trường xây dựng mô hình \"Đoàn cơ sở học tập\".",
  ["Đề nghị", "trung học phổ thông", "Đoàn cơ sở học tập"])
q("agency_tasks", "Đoàn các xã, phường phải làm gì và nộp báo cáo khi nào theo Kế hoạch 86-KH/TĐTN-PT?",
  [(TD, TD_62h), (TD, TD_62)],
  "Theo mục 6.2, Đoàn các xã, phường và các Đoàn trực thuộc xây dựng kế hoạch cụ thể trước ngày 15/4/2026; báo cáo kết quả 6 tháng trước ngày 10/6 và báo cáo năm trước ngày 25/11 về Tỉnh đoàn (qua Ban Phong trào).",
  ["15/4/2026", "10/6", "25/11"])
q("agency_tasks", "Theo kế hoạch trường học tập của Trường Đại học Tây Nguyên, Trung tâm Thông tin - Thư viện chủ trì việc gì?",
  [(DH, DH_b2h), (DH, DH_t2)],
  "Theo Bảng 2 của Kế hoạch 412/KH-ĐHTN, Trung tâm Thông tin - Thư viện chủ trì số hóa học liệu, vận hành hệ thống LMS, phối hợp với các khoa, thực hiện từ học kỳ I năm học 2026 - 2027.",
  ["Số hóa học liệu", "LMS", "học kỳ I năm học 2026 - 2027"])
q("agency_tasks", "Phòng Đào tạo đại học của ĐH Tây Nguyên chủ trì những nhiệm vụ nào trong Bảng 2?",
  [(DH, DH_t1), (DH, DH_t3)],
  "Phòng Đào tạo đại học chủ trì hai dòng của Bảng 2: xây dựng đề cương học phần \"Kỹ năng học tập suốt đời\" (02 tín chỉ), phối hợp Khoa Sư phạm, trong học kỳ II năm học 2025 - 2026; và xây dựng quy định công nhận, chuyển đổi tín chỉ từ khóa học trực tuyến mở (MOOC), phối hợp Phòng Khảo thí và Đảm bảo chất lượng, trước khi bắt đầu học kỳ I năm học 2026 - 2027. Ngoài ra mục V giao Phòng tổng hợp báo cáo.",
  ["Kỹ năng học tập suốt đời", "MOOC", "Khoa Sư phạm", "Phòng Khảo thí và Đảm bảo chất lượng"])
q("agency_tasks", "Phòng Tổ chức cán bộ của trường có việc gì trong kế hoạch 412/KH-ĐHTN?",
  [(DH, DH_t4)],
  "Bảng 2 giao Phòng Tổ chức cán bộ chủ trì xây dựng kế hoạch bồi dưỡng viên chức, người lao động hằng năm, phối hợp với Công đoàn Trường, thời gian tháng 9 hằng năm.",
  ["bồi dưỡng viên chức, người lao động", "Công đoàn Trường", "Tháng 9"])
q("agency_tasks", "Đoàn Thanh niên Trường Đại học Tây Nguyên phụ trách những gì theo kế hoạch của Trường?",
  [(DH, DH_t6), (DH, DH_n4)],
  "Đoàn Thanh niên Trường chủ trì thí điểm mô hình \"Đoàn cơ sở học tập\" (năm 2026) và thành lập đội hình sinh viên tình nguyện hè (tháng 6 - tháng 8 hằng năm), phối hợp với Hội Sinh viên Trường và Phòng Công tác sinh viên; Trường cử ít nhất 08 đội hình tham gia Chiến dịch Thanh niên tình nguyện hè tại các xã biên giới. Đoàn Thanh niên cũng phối hợp tổ chức Tuần lễ học tập suốt đời.",
  ["Đoàn cơ sở học tập", "ít nhất 08 đội hình", "tháng 6 - tháng 8"])
q("agency_tasks", "Trung tâm Đào tạo thường xuyên của ĐH Tây Nguyên được giao gì, ai phối hợp?",
  [(DH, DH_t7)],
  "Trung tâm Đào tạo thường xuyên chủ trì mở khóa học ngắn hạn cho người dân, hợp tác xã, phối hợp với Khoa Nông Lâm nghiệp và Khoa Y Dược, thời gian theo năm học (Bảng 2, dòng 7).",
  ["khóa học ngắn hạn", "Khoa Nông Lâm nghiệp", "Khoa Y Dược"])
q("agency_tasks", "Ai là đơn vị chủ trì Tuần lễ học tập suốt đời của Trường Đại học Tây Nguyên?",
  [(DH, DH_t5)],
  "Phòng Công tác sinh viên chủ trì tổ chức \"Tuần lễ học tập suốt đời\" của Trường, phối hợp với Đoàn Thanh niên và Hội Sinh viên Trường, vào tháng 10 hằng năm.",
  ["Phòng Công tác sinh viên", "Tháng 10"])

# =========================== target ===========================
q("target", "Đến năm 2027 Tỉnh đoàn Đắk Lắk đặt chỉ tiêu bao nhiêu phần trăm đoàn viên đạt \"Đoàn viên học tập tốt\"?",
  [(TD, TD_h27), (TD, TD_t27a)],
  "Đến năm 2027: ít nhất 70% đoàn viên được công nhận \"Đoàn viên học tập tốt\" (mục III.1 Kế hoạch 86-KH/TĐTN-PT).",
  ["ít nhất 70%"])
q("target", "Chỉ tiêu Đoàn viên học tập tốt đến 2030 của Tỉnh đoàn Đắk Lắk là bao nhiêu, và giai đoạn trước đạt được bao nhiêu?",
  [(TD, TD_t30a), (TD, TD_kq1)],
  "Đến năm 2030 chỉ tiêu là ít nhất 80% đoàn viên được công nhận \"Đoàn viên học tập tốt\". Đây là chỉ tiêu; còn 61% là kết quả đã đạt của giai đoạn 2021 - 2025 (tính chung hai tỉnh Đắk Lắk và Phú Yên cũ), không phải chỉ tiêu.",
  ["ít nhất 80%", "61%"])
q("target", "Về kỹ năng số cơ bản của thanh niên vùng đồng bào dân tộc thiểu số, kế hoạch Tỉnh đoàn đặt mốc nào?",
  [(TD, TD_t27c), (TD, TD_t30b), (TD, TD_kq3)],
  "Chỉ tiêu: ít nhất 50% đến năm 2027 và ít nhất 70% đến năm 2030 thanh niên vùng đồng bào dân tộc thiểu số có kỹ năng số cơ bản. Điểm xuất phát (kết quả giai đoạn 2021 - 2025) mới đạt 38%.",
  ["ít nhất 50%", "ít nhất 70%", "38%"])
q("target", "Mỗi năm Tỉnh đoàn phải mở tối thiểu bao nhiêu lớp tập huấn và hỗ trợ bao nhiêu thanh niên học nghề?",
  [(TD, TD_t30c)],
  "Theo chỉ tiêu đến năm 2030, mỗi năm tổ chức ít nhất 300 lớp tập huấn kỹ năng số, ngoại ngữ, kỹ năng nghề cho đoàn viên, thanh niên và hỗ trợ ít nhất 1.000 thanh niên học nghề, chuyển đổi nghề.",
  ["ít nhất 300 lớp", "ít nhất 1.000 thanh niên"])
q("target", "Chỉ tiêu về Tủ sách thanh niên hoặc Góc học tập số ở cấp xã, phường đến năm 2027?",
  [(TD, TD_h27), (TD, TD_t27b)],
  "Đến năm 2027: 100% Đoàn xã, phường có ít nhất 01 \"Tủ sách thanh niên\" hoặc 01 \"Góc học tập số\".",
  ["100%", "Tủ sách thanh niên", "Góc học tập số"])
q("target", "Tỉnh đoàn Đắk Lắk đặt mục tiêu quyên góp bao nhiêu cuốn sách?",
  [(TD, TD_422)],
  "Mục 4.2.2: vận động quyên góp ít nhất 50.000 cuốn sách trong giai đoạn 2026 - 2030, để duy trì, phát triển \"Tủ sách thanh niên\" tại nhà văn hóa thôn, buôn, khu phố.",
  ["ít nhất 50.000 cuốn sách", "2026 - 2030"])
q("target", "Trường Đại học Tây Nguyên đặt tỷ lệ sinh viên đạt chuẩn kỹ năng số năm học 2026-2027 là bao nhiêu?",
  [(DH, DH_b1h), (DH, DH_r1)],
  "Bảng 1: tỷ lệ sinh viên đạt chuẩn kỹ năng số theo chuẩn đầu ra là 85% năm học 2026 - 2027 (90% năm học 2027 - 2028, 100% năm học 2029 - 2030).",
  ["85%", "Năm học 2026 - 2027"])
q("target", "Số học phần có học liệu số trên LMS mà ĐH Tây Nguyên hướng tới ở năm học cuối của kế hoạch?",
  [(DH, DH_b1h), (DH, DH_r2)],
  "Năm học 2029 - 2030: 700 học phần có học liệu số trên hệ thống LMS (mốc trước: 300 năm học 2026 - 2027, 450 năm học 2027 - 2028).",
  ["700", "2029 - 2030"])
q("target", "Chỉ tiêu lượt bạn đọc của Trung tâm Thông tin - Thư viện ĐH Tây Nguyên theo từng năm học?",
  [(DH, DH_b1h), (DH, DH_r5)],
  "Bảng 1: 120.000 lượt (năm học 2026 - 2027), 140.000 lượt (2027 - 2028) và 180.000 lượt (2029 - 2030) mỗi năm học. Bảng không có cột năm học 2028 - 2029.",
  ["120.000", "140.000", "180.000"])
q("target", "Tỷ lệ viên chức, người lao động của trường tham gia bồi dưỡng phải đạt bao nhiêu năm học 2027-2028?",
  [(DH, DH_b1h), (DH, DH_r3)],
  "Năm học 2027 - 2028: 90% viên chức, người lao động tham gia ít nhất 01 khóa bồi dưỡng/năm (80% năm học 2026 - 2027, 100% năm học 2029 - 2030).",
  ["90%", "2027 - 2028"])
q("target", "Trường mở bao nhiêu khóa học ngắn hạn, khóa học mở cho người dân và doanh nghiệp mỗi năm học?",
  [(DH, DH_b1h), (DH, DH_r4)],
  "Theo Bảng 1: 10 khóa (năm học 2026 - 2027), 15 khóa (2027 - 2028), 25 khóa (2029 - 2030) mỗi năm học.",
  ["10", "15", "25"])
q("target", "Học phần Kỹ năng học tập suốt đời bắt buộc với bao nhiêu phần trăm sinh viên và từ khóa nào?",
  [(DH, DH_hp)],
  "Học phần \"Kỹ năng học tập suốt đời\" (02 tín chỉ) bắt buộc đối với 100% sinh viên khóa tuyển sinh năm 2026, từ học kỳ I năm học 2026 - 2027.",
  ["100%", "khóa tuyển sinh năm 2026", "02 tín chỉ"])

# =========================== deadline ===========================
q("deadline", "Các đơn vị thí điểm mô hình \"Đoàn cơ sở học tập\" phải hoàn thành thí điểm trước ngày nào?",
  [(TD, TD_421b)],
  "Theo mục 4.2.1, hoàn thành thí điểm trước ngày 31/12/2026, sau đó sơ kết và nhân rộng từ năm 2027.",
  ["31/12/2026", "2027"])
q("deadline", "Cuộc thi trực tuyến \"Thanh niên Đắk Lắk với tri thức số\" diễn ra trong thời gian nào?",
  [(TD, TD_412)],
  "Cuộc thi được tổ chức hằng năm, thời gian thi từ ngày 26/3 đến ngày 30/4 (mục 4.1.2).",
  ["26/3", "30/4"])
q("deadline", "Buổi sinh hoạt chuyên đề \"Thanh niên học tập suốt đời\" ở cơ sở Đoàn phải làm trong thời gian nào?",
  [(TD, TD_411)],
  "Mỗi cơ sở Đoàn tổ chức ít nhất 01 buổi sinh hoạt chuyên đề \"Thanh niên học tập suốt đời\" trong quý II/2026 (mục 4.1.1).",
  ["quý II/2026", "ít nhất 01 buổi"])
q("deadline", "Ngày hội tư vấn hướng nghiệp, việc làm cho thanh niên tổ chức vào tháng mấy?",
  [(TD, TD_431)],
  "Vào tháng 3 hằng năm, gắn với Tháng Thanh niên; Tỉnh đoàn phối hợp với các cơ sở giáo dục nghề nghiệp tổ chức (mục 4.3.1).",
  ["tháng 3", "Tháng Thanh niên"])
q("deadline", "Kế hoạch Tỉnh đoàn Đắk Lắk sơ kết, tổng kết vào năm nào?",
  [(TD, TD_sk)],
  "Kế hoạch được sơ kết giữa kỳ vào năm 2028 và tổng kết vào năm 2030.",
  ["2028", "2030"])
q("deadline", "Hạn báo cáo học kỳ I và báo cáo năm học của các đơn vị trong ĐH Tây Nguyên?",
  [(DH, DH_bc)],
  "Các đơn vị báo cáo về Phòng Đào tạo đại học: báo cáo học kỳ I trước ngày 15/02, báo cáo năm học trước ngày 15/8 hằng năm.",
  ["15/02", "15/8", "Phòng Đào tạo đại học"])
q("deadline", "Khi nào phải có quy định chuyển đổi tín chỉ từ MOOC ở Trường Đại học Tây Nguyên?",
  [(DH, DH_t3)],
  "Trước khi bắt đầu học kỳ I năm học 2026 - 2027; Phòng Đào tạo đại học chủ trì, Phòng Khảo thí và Đảm bảo chất lượng phối hợp (Bảng 2, dòng 3).",
  ["Trước khi bắt đầu học kỳ I năm học 2026 - 2027"])
q("deadline", "Đề cương học phần Kỹ năng học tập suốt đời phải xây dựng xong trong học kỳ nào?",
  [(DH, DH_t1)],
  "Trong học kỳ II năm học 2025 - 2026 (Bảng 2, dòng 1), do Phòng Đào tạo đại học chủ trì, Khoa Sư phạm phối hợp.",
  ["Học kỳ II năm học 2025 - 2026"])
q("deadline", "Trường ĐH Tây Nguyên gửi Tỉnh đoàn kết quả mô hình Đoàn cơ sở học tập trước ngày nào?",
  [(DH, DH_bc2)],
  "Phòng Đào tạo đại học tổng hợp, báo cáo Hiệu trưởng và gửi Tỉnh đoàn phần kết quả mô hình \"Đoàn cơ sở học tập\" trước ngày 20/11 hằng năm.",
  ["20/11"])
q("deadline", "Hướng dẫn chi tiết tiêu chí Đoàn viên học tập tốt sẽ được ban hành khi nào?",
  [(TD, TD_h1b)],
  "Theo phần Hỏi - đáp ở phụ lục (Hỏi 1), Ban Tổ chức - Kiểm tra Tỉnh đoàn ban hành hướng dẫn chi tiết trong quý II/2026.",
  ["quý II/2026", "Ban Tổ chức - Kiểm tra"])

# =========================== funding ===========================
q("funding", "Năm 2026 Tỉnh đoàn Đắk Lắk dự kiến bao nhiêu kinh phí cho phong trào, chia ra sao?",
  [(TD, TD_kp2)],
  "Năm 2026 dự kiến 850 triệu đồng, gồm: tuyên truyền và cuộc thi trực tuyến 180 triệu đồng; thí điểm mô hình \"Đoàn cơ sở học tập\" 300 triệu đồng (50 triệu đồng/đơn vị); lớp \"Bình dân học vụ số\" 370 triệu đồng.",
  ["850 triệu đồng", "180 triệu đồng", "300 triệu đồng", "370 triệu đồng"])
q("funding", "Kinh phí phong trào Thanh niên học tập suốt đời của Tỉnh đoàn lấy từ nguồn nào?",
  [(TD, TD_kp1), (TD, TD_kp3)],
  "Từ nguồn ngân sách tỉnh giao cho Tỉnh đoàn trong dự toán hằng năm; đồng thời huy động nguồn xã hội hóa, tài trợ hợp pháp, và các cơ sở Đoàn chủ động bố trí kinh phí từ nguồn hoạt động của đơn vị.",
  ["ngân sách tỉnh", "xã hội hóa"])
q("funding", "Mỗi đơn vị thí điểm Đoàn cơ sở học tập được Tỉnh đoàn hỗ trợ bao nhiêu?",
  [(TD, TD_kp2)],
  "50 triệu đồng/đơn vị (tổng 300 triệu đồng cho thí điểm mô hình \"Đoàn cơ sở học tập\" năm 2026).",
  ["50 triệu đồng/đơn vị"])
q("funding", "Tổng kinh phí giai đoạn 2026-2030 của kế hoạch Trường học tập ĐH Tây Nguyên là bao nhiêu, nguồn nào?",
  [(DH, DH_kp1)],
  "Dự kiến 4,2 tỷ đồng cho giai đoạn 2026 - 2030, từ nguồn thu hoạt động sự nghiệp của Trường.",
  ["4,2 tỷ đồng", "nguồn thu hoạt động sự nghiệp"])
q("funding", "Năm 2026 ĐH Tây Nguyên bố trí bao nhiêu tiền cho kế hoạch, từng khoản thế nào?",
  [(DH, DH_kp2)],
  "Năm 2026 bố trí 760 triệu đồng: số hóa học liệu 400 triệu đồng; bồi dưỡng viên chức, người lao động 210 triệu đồng; Tuần lễ học tập suốt đời 150 triệu đồng.",
  ["760 triệu đồng", "400 triệu đồng", "210 triệu đồng", "150 triệu đồng"])
q("funding", "Trường đối ứng bao nhiêu cho mô hình Đoàn cơ sở học tập?",
  [(DH, DH_kp3)],
  "Kinh phí đối ứng của Trường cho mô hình \"Đoàn cơ sở học tập\" là 30 triệu đồng, ngoài phần hỗ trợ của Tỉnh đoàn.",
  ["30 triệu đồng"])
q("funding", "Đơn vị nào của ĐH Tây Nguyên lo bố trí kinh phí và thanh quyết toán?",
  [(DH, DH_t8)],
  "Phòng Kế hoạch - Tài chính chủ trì bố trí kinh phí, hướng dẫn thanh quyết toán, phối hợp với các đơn vị, hằng năm (Bảng 2, dòng 8).",
  ["Phòng Kế hoạch - Tài chính"])

# =========================== legal_basis ===========================
q("legal_basis", "Kế hoạch 86-KH/TĐTN-PT của Tỉnh đoàn Đắk Lắk căn cứ vào những văn bản nào?",
  [(TD, TD_cc1), (TD, TD_cc2), (TD, TD_cc3)],
  "Ba căn cứ: Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ (Đề án \"Xây dựng xã hội học tập giai đoạn 2021 - 2030\"); Kế hoạch số 145/KH-UBND ngày 09/02/2026 của UBND tỉnh Đắk Lắk về xây dựng xã hội học tập giai đoạn 2026 - 2030; Chương trình số 07-CTr/TĐTN ngày 20/01/2026 của Ban Thường vụ Tỉnh đoàn về công tác Đoàn và phong trào thanh thiếu nhi năm 2026.",
  ["1373/QĐ-TTg", "145/KH-UBND", "07-CTr/TĐTN"])
q("legal_basis", "Kế hoạch trường học tập của ĐH Tây Nguyên dựa trên nghị quyết nào của Hội đồng trường?",
  [(DH, DH_cc3)],
  "Nghị quyết số 15/NQ-HĐT ngày 20/12/2025 của Hội đồng trường Trường Đại học Tây Nguyên về chiến lược phát triển Trường giai đoạn 2026 - 2030.",
  ["15/NQ-HĐT", "20/12/2025"])
q("legal_basis", "Những căn cứ pháp lý nêu ở đầu Kế hoạch 412/KH-ĐHTN là gì?",
  [(DH, DH_cc1), (DH, DH_cc2), (DH, DH_cc3)],
  "Ba căn cứ: Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ; Kế hoạch số 86-KH/TĐTN-PT ngày 16/3/2026 của Ban Thường vụ Tỉnh đoàn Đắk Lắk về phong trào \"Thanh niên học tập suốt đời\"; Nghị quyết số 15/NQ-HĐT ngày 20/12/2025 của Hội đồng trường.",
  ["1373/QĐ-TTg", "86-KH/TĐTN-PT", "15/NQ-HĐT"])
q("legal_basis", "Kế hoạch của UBND tỉnh mà Tỉnh đoàn Đắk Lắk viện dẫn có số và ngày nào?",
  [(TD, TD_cc2)],
  "Kế hoạch số 145/KH-UBND ngày 09/02/2026 của Ủy ban nhân dân tỉnh Đắk Lắk về xây dựng xã hội học tập trên địa bàn tỉnh giai đoạn 2026 - 2030.",
  ["145/KH-UBND", "09/02/2026"])
q("legal_basis", "Ai ký kế hoạch của Tỉnh đoàn Đắk Lắk, ký ngày nào?",
  [(TD, TD_date), (TD, TD_sig)],
  "Kế hoạch 86-KH/TĐTN-PT ký ngày 16 tháng 3 năm 2026 (16/3/2026), do đồng chí Lê Quang Thịnh, Bí thư Tỉnh đoàn, ký thay mặt Ban Thường vụ Tỉnh đoàn (TM. BAN THƯỜNG VỤ TỈNH ĐOÀN).",
  ["Lê Quang Thịnh", "16 tháng 3 năm 2026"])

# =========================== purpose ===========================
q("purpose", "Mục đích của phong trào Thanh niên học tập suốt đời ở Đắk Lắk là gì?",
  [(TD, TD_md1), (TD, TD_md2), (TD, TD_md3)],
  "Ba mục đích: khơi dậy tinh thần tự học, học tập suốt đời trong đoàn viên, thanh niên, hình thành thói quen \"mỗi ngày một trang sách, mỗi tuần một kỹ năng\"; phát huy vai trò xung kích của tổ chức Đoàn trong xây dựng xã hội học tập của tỉnh sau khi hợp nhất Đắk Lắk và Phú Yên (từ 01/7/2025); góp phần chuẩn bị nguồn nhân lực trẻ có kỹ năng số, ngoại ngữ, kỹ năng nghề cho kinh tế biển và nông nghiệp công nghệ cao.",
  ["mỗi ngày một trang sách, mỗi tuần một kỹ năng", "xung kích", "kinh tế biển"])
q("purpose", "Kế hoạch của Tỉnh đoàn Đắk Lắk yêu cầu các hoạt động phải thế nào?",
  [(TD, TD_yc1), (TD, TD_yc2)],
  "Yêu cầu: hoạt động thiết thực, phù hợp từng đối tượng (thanh niên công nhân, nông thôn, vùng đồng bào dân tộc thiểu số, ven biển, học sinh, sinh viên); không tổ chức hình thức, gây lãng phí; gắn với Chương trình công tác Đoàn hằng năm và phong trào \"Bình dân học vụ số\".",
  ["thiết thực", "hình thức, gây lãng phí", "Bình dân học vụ số"])
q("purpose", "ĐH Tây Nguyên làm kế hoạch \"Trường học tập\" nhằm mục đích gì?",
  [(DH, DH_md1), (DH, DH_md2)],
  "Nhằm xây dựng Nhà trường thành một cộng đồng học tập, nơi người học, giảng viên, viên chức, người lao động đều có cơ hội, động lực học tập suốt đời; và phát huy thế mạnh của Trường là cơ sở giáo dục đại học vùng Tây Nguyên trong cung cấp khóa học mở, học liệu số cho người dân, doanh nghiệp tỉnh Đắk Lắk.",
  ["cộng đồng học tập", "khóa học mở, học liệu số"])
q("purpose", "Mục tiêu chung mà ĐH Tây Nguyên muốn đạt đến năm học 2029-2030?",
  [(DH, DH_mtc)],
  "Đến năm học 2029 - 2030, Trường được Hội Khuyến học tỉnh công nhận danh hiệu \"Đơn vị học tập\" và là đơn vị dẫn đầu khối trường học của tỉnh về học tập suốt đời.",
  ["Đơn vị học tập", "Hội Khuyến học tỉnh", "dẫn đầu khối trường học"])

# =========================== task_section ===========================
q("task_section", "Mục 4.2.1 trong kế hoạch của Tỉnh đoàn Đắk Lắk nói gì?",
  [(TD, TD_421), (TD, TD_421b)],
  "Mục 4.2.1: thí điểm mô hình \"Đoàn cơ sở học tập\" tại 06 đơn vị — Đoàn Trường Đại học Tây Nguyên, Đoàn Trường Đại học Phú Yên, Đoàn Khối các cơ quan và doanh nghiệp tỉnh, Đoàn phường Buôn Ma Thuột, Đoàn phường Tuy Hòa và Đoàn xã Ea Kar; hoàn thành thí điểm trước ngày 31/12/2026, sơ kết và nhân rộng từ năm 2027.",
  ["06 đơn vị", "Đoàn Trường Đại học Phú Yên", "Đoàn xã Ea Kar", "31/12/2026"])
q("task_section", "Nội dung \"Góc học tập số\" trong kế hoạch Tỉnh đoàn là gì?",
  [(TD, TD_423)],
  "Mục 4.2.3: xây dựng \"Góc học tập số\" (máy tính kết nối Internet, tài khoản học trực tuyến miễn phí) tại trụ sở Đoàn các xã vùng đồng bào dân tộc thiểu số, kết nối với trung tâm học tập cộng đồng.",
  ["máy tính kết nối Internet", "trung tâm học tập cộng đồng"])
q("task_section", "Lớp Bình dân học vụ số của Tỉnh đoàn dành cho ai và dạy thế nào?",
  [(TD, TD_433)],
  "Mục 4.3.3: mở lớp \"Bình dân học vụ số\" cho thanh niên ven biển và thanh niên đồng bào dân tộc thiểu số (Ê Đê, M'nông, Chăm Hroi), ưu tiên dạy song ngữ tại các buôn đặc biệt khó khăn.",
  ["thanh niên ven biển", "Ê Đê, M'nông, Chăm Hroi", "song ngữ"])
q("task_section", "Phần \"Tình nguyện hỗ trợ người dân học tập\" (4.4) của Tỉnh đoàn có gì?",
  [(TD, TD_441)],
  "Mục 4.4.1: hằng năm thành lập ít nhất 40 đội hình sinh viên tình nguyện hỗ trợ xóa mù chữ, dạy tiếng Việt và kỹ năng số cho người dân tại các xã biên giới trong Chiến dịch Thanh niên tình nguyện hè (từ tháng 6 đến tháng 8).",
  ["ít nhất 40 đội hình", "xóa mù chữ", "xã biên giới"])
q("task_section", "Nhiệm vụ số 1 ở mục III kế hoạch ĐH Tây Nguyên (đổi mới chương trình và học liệu) gồm những gì?",
  [(DH, DH_n1)],
  "Xây dựng học phần \"Kỹ năng học tập suốt đời\"; số hóa bài giảng và đưa học liệu lên hệ thống quản lý học tập (LMS) của Trường; công nhận kết quả học tập các khóa học trực tuyến mở (MOOC), được chuyển đổi tối đa 06 tín chỉ tự chọn.",
  ["LMS", "MOOC", "tối đa 06 tín chỉ"])
q("task_section", "Mục III.3 phục vụ cộng đồng của ĐH Tây Nguyên mở các khóa học về chủ đề gì?",
  [(DH, DH_n3)],
  "Mở các khóa học ngắn hạn về nông nghiệp công nghệ cao, cà phê bền vững, chăm sóc sức khỏe cộng đồng cho người dân, hợp tác xã; và tổ chức \"Tuần lễ học tập suốt đời\" của Trường vào tháng 10 hằng năm.",
  ["nông nghiệp công nghệ cao", "cà phê bền vững", "chăm sóc sức khỏe cộng đồng"])
q("task_section", "Phụ lục Hỏi - đáp của kế hoạch Tỉnh đoàn nói gì về việc đặt Tủ sách thanh niên khi xã chưa có nhà văn hóa?",
  [(TD, TD_h2)],
  "Phụ lục \"Hỏi - đáp nhanh\" (Hỏi 2) trả lời: đặt tại trung tâm học tập cộng đồng, điểm trường hoặc nhà sinh hoạt cộng đồng của thôn, buôn.",
  ["trung tâm học tập cộng đồng", "điểm trường", "nhà sinh hoạt cộng đồng"])

# =========================== cross_plan ===========================
q("cross_plan", "Tỉnh đoàn yêu cầu bao nhiêu đội hình sinh viên tình nguyện, và ĐH Tây Nguyên cam kết cử bao nhiêu?",
  [(TD, TD_441), (DH, DH_n4)],
  "Kế hoạch Tỉnh đoàn (4.4.1) đặt hằng năm ít nhất 40 đội hình sinh viên tình nguyện tại các xã biên giới; kế hoạch của ĐH Tây Nguyên (III.4) cam kết cử ít nhất 08 đội hình sinh viên tình nguyện tham gia Chiến dịch Thanh niên tình nguyện hè. Hai kế hoạch không nói 08 đội hình này được tính vào 40 đội hình của tỉnh.",
  ["ít nhất 40 đội hình", "ít nhất 08 đội hình"])
q("cross_plan", "Mô hình Đoàn cơ sở học tập ở ĐH Tây Nguyên được cấp kinh phí từ đâu, theo cả hai kế hoạch?",
  [(TD, TD_kp2), (DH, DH_kp3)],
  "Tỉnh đoàn bố trí 50 triệu đồng/đơn vị thí điểm (trong 300 triệu đồng năm 2026) — Đoàn Trường Đại học Tây Nguyên là một trong 06 đơn vị; Trường đối ứng thêm 30 triệu đồng, ngoài phần hỗ trợ của Tỉnh đoàn.",
  ["50 triệu đồng/đơn vị", "30 triệu đồng"])
q("cross_plan", "Báo cáo kết quả Đoàn cơ sở học tập: Tỉnh đoàn hẹn báo cáo năm khi nào và trường gửi khi nào? Có khớp không?",
  [(TD, TD_62), (DH, DH_bc2)],
  "Tỉnh đoàn yêu cầu Đoàn cơ sở, Đoàn trực thuộc gửi báo cáo năm trước ngày 25/11 (qua Ban Phong trào). Kế hoạch của Trường định gửi Tỉnh đoàn phần kết quả mô hình trước ngày 20/11 hằng năm — tức sớm hơn hạn 25/11 của Tỉnh đoàn, nên khớp.",
  ["25/11", "20/11"])
q("cross_plan", "Hai kế hoạch Tỉnh đoàn Đắk Lắk và ĐH Tây Nguyên có cùng viện dẫn văn bản trung ương nào không?",
  [(TD, TD_cc1), (DH, DH_cc1), (DH, DH_cc2)],
  "Có: cả hai đều căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án \"Xây dựng xã hội học tập giai đoạn 2021 - 2030\". Ngoài ra kế hoạch của Trường còn căn cứ chính kế hoạch 86-KH/TĐTN-PT của Tỉnh đoàn.",
  ["1373/QĐ-TTg", "86-KH/TĐTN-PT"])
q("cross_plan", "Danh hiệu \"Đơn vị học tập\" do Hội Khuyến học tỉnh công nhận xuất hiện thế nào trong hai kế hoạch Đắk Lắk?",
  [(TD, TD_64b), (DH, DH_mtc)],
  "Tỉnh đoàn đề nghị Hội Khuyến học tỉnh phối hợp xét công nhận danh hiệu \"Đơn vị học tập\" đối với cơ sở Đoàn đạt tiêu chí; ĐH Tây Nguyên đặt mục tiêu chung đến năm học 2029 - 2030 được Hội Khuyến học tỉnh công nhận danh hiệu \"Đơn vị học tập\".",
  ["Đơn vị học tập", "Hội Khuyến học tỉnh", "2029 - 2030"])
q("cross_plan", "Tỉnh đoàn nói thời gian tình nguyện hè là tháng mấy, bảng phân công của trường có ghi giống không?",
  [(TD, TD_441), (DH, DH_t6)],
  "Giống nhau: Tỉnh đoàn ghi Chiến dịch Thanh niên tình nguyện hè từ tháng 6 đến tháng 8; Bảng 2 của Trường ghi đội hình tình nguyện hè \"tháng 6 - tháng 8 hằng năm\", do Đoàn Thanh niên Trường chủ trì.",
  ["tháng 6", "tháng 8", "Đoàn Thanh niên Trường"])
q("cross_plan", "Việc tuyên truyền bài viết \"Học tập suốt đời\" của Tổng Bí thư Tô Lâm có trong kế hoạch Tỉnh đoàn Đắk Lắk và kế hoạch An Lão không?",
  [(TD, TD_411), (AL, AL_tbt)],
  "Có trong cả hai: Tỉnh đoàn Đắk Lắk (4.1.1) tuyên truyền bài viết trên các nền tảng số của Đoàn, kèm mỗi cơ sở Đoàn ít nhất 01 buổi sinh hoạt chuyên đề trong quý II/2026; kế hoạch huyện An Lão cũng tuyên truyền rộng rãi bài viết về \"Học tập suốt đời\" của Tổng Bí thư Tô Lâm.",
  ["Tô Lâm", "nền tảng số", "quý II/2026"])
q("cross_plan", "So sánh vai trò của tổ chức Đoàn trong kế hoạch Hà Nội với kế hoạch của Tỉnh đoàn Đắk Lắk.",
  [(HN, HN_doan), (TD, TD_611)],
  "Trong kế hoạch Hà Nội, Đoàn thanh niên thành phố được giao chủ trì, phối hợp, lồng ghép tuyên truyền về khuyến học, khuyến tài, xây dựng xã hội học tập thông qua các phong trào hành động cách mạng của thanh niên. Ở Đắk Lắk, Tỉnh đoàn là cơ quan ban hành kế hoạch, có Ban Phong trào làm đơn vị thường trực, theo dõi chỉ tiêu và báo cáo Trung ương Đoàn trước ngày 10/12.",
  ["phong trào hành động cách mạng", "Ban Phong trào", "10/12"])
q("cross_plan", "Cần Thơ đề nghị Đoàn thanh niên làm gì với đoàn viên, so với Tỉnh đoàn Đắk Lắk đánh giá đoàn viên thế nào?",
  [(CT, CT_doan), (TD, TD_613)],
  "Kế hoạch Cần Thơ đề nghị Đoàn thanh niên thành phố chỉ đạo Đoàn quận, huyện nắm chắc số lượng đoàn viên và thanh, thiếu niên trong độ tuổi, vận động đoàn viên bỏ học trở lại lớp. Kế hoạch Tỉnh đoàn Đắk Lắk thì giao Ban Tổ chức - Kiểm tra hướng dẫn tiêu chí \"Đoàn viên học tập tốt\" và đưa vào xếp loại đoàn viên cuối năm.",
  ["nắm chắc số lượng đoàn viên", "Đoàn viên học tập tốt"])
q("cross_plan", "Kinh phí năm 2026 của Tỉnh đoàn và của ĐH Tây Nguyên cho hai kế hoạch này lần lượt bao nhiêu?",
  [(TD, TD_kp2), (DH, DH_kp2)],
  "Tỉnh đoàn Đắk Lắk dự kiến 850 triệu đồng năm 2026 (ngân sách tỉnh); ĐH Tây Nguyên bố trí 760 triệu đồng năm 2026 (nguồn thu sự nghiệp của Trường). Hai khoản thuộc hai nguồn khác nhau.",
  ["850 triệu đồng", "760 triệu đồng"])
q("cross_plan", "Chỉ tiêu 100% Đoàn cơ sở khối trường học xây dựng mô hình Đoàn cơ sở học tập có liên quan gì đến ĐH Tây Nguyên?",
  [(TD, TD_t30d), (DH, DH_t6)],
  "Tỉnh đoàn đặt chỉ tiêu đến năm 2030: 100% Đoàn cơ sở khối trường học (đại học, cao đẳng, trung học phổ thông) xây dựng mô hình \"Đoàn cơ sở học tập\". ĐH Tây Nguyên đi trước: Đoàn Thanh niên Trường chủ trì thí điểm mô hình ngay trong năm 2026.",
  ["100%", "Đoàn cơ sở khối trường học", "Năm 2026"])

# =========================== no_diacritics ===========================
q("no_diacritics", "tinh doan dak lak giao ban to chuc kiem tra lam gi",
  [(TD, TD_613)],
  "Ban Tổ chức - Kiểm tra Tỉnh đoàn hướng dẫn tiêu chí \"Đoàn viên học tập tốt\", đưa vào đánh giá, xếp loại đoàn viên cuối năm; kiểm tra, giám sát việc thực hiện tại cơ sở (mục 6.1.3).",
  ["Đoàn viên học tập tốt", "xếp loại đoàn viên"])
q("no_diacritics", "chi tieu doan vien hoc tap tot nam 2027 bao nhieu",
  [(TD, TD_t27a)],
  "Đến năm 2027: ít nhất 70% đoàn viên được công nhận \"Đoàn viên học tập tốt\" (Kế hoạch 86-KH/TĐTN-PT của Tỉnh đoàn Đắk Lắk).",
  ["ít nhất 70%"])
q("no_diacritics", "dh tay nguyen nam hoc 2027 2028 sinh vien chuan ky nang so bao nhieu phan tram",
  [(DH, DH_b1h), (DH, DH_r1)],
  "Năm học 2027 - 2028: 90% sinh viên đạt chuẩn kỹ năng số theo chuẩn đầu ra (Bảng 1, Kế hoạch 412/KH-ĐHTN).",
  ["90%"])
q("no_diacritics", "kinh phi lop binh dan hoc vu so cua tinh doan nam 2026",
  [(TD, TD_kp2)],
  "Năm 2026, lớp \"Bình dân học vụ số\" được dự kiến 370 triệu đồng, trong tổng 850 triệu đồng của Tỉnh đoàn.",
  ["370 triệu đồng"])
q("no_diacritics", "truong dai hoc tay nguyen cho chuyen doi toi da bao nhieu tin chi tu mooc",
  [(DH, DH_n1)],
  "Kết quả học tập các khóa học trực tuyến mở (MOOC) được chuyển đổi tối đa 06 tín chỉ tự chọn.",
  ["tối đa 06 tín chỉ"])
q("no_diacritics", "han nop ke hoach cu the cua doan xa phuong",
  [(TD, TD_62)],
  "Đoàn các xã, phường và các Đoàn trực thuộc xây dựng kế hoạch cụ thể trước ngày 15/4/2026 (mục 6.2 kế hoạch Tỉnh đoàn Đắk Lắk).",
  ["15/4/2026"])
q("no_diacritics", "ai ky ke hoach 412 dai hoc tay nguyen",
  [(DH, DH_sig)],
  "Kế hoạch 412/KH-ĐHTN do bà Phan Thị Minh Nguyệt, Phó Hiệu trưởng, ký thay Hiệu trưởng (KT. HIỆU TRƯỞNG).",
  ["Phan Thị Minh Nguyệt", "PHÓ HIỆU TRƯỞNG"])
q("no_diacritics", "giang vien tre duoi bao nhieu tuoi duoc ho tro hoc ngoai ngu",
  [(DH, DH_n2)],
  "Giảng viên trẻ dưới 35 tuổi được hỗ trợ học ngoại ngữ đạt chuẩn B2 (ĐH Tây Nguyên, mục III.2).",
  ["dưới 35 tuổi", "B2"])
q("no_diacritics", "doan vien phai doc bao nhieu cuon sach 1 nam moi duoc tinh la hoc tap tot",
  [(TD, TD_h1a)],
  "Theo phụ lục Hỏi - đáp (Hỏi 1) của Kế hoạch 86-KH/TĐTN-PT: đọc ít nhất 06 cuốn sách/năm, cùng với hoàn thành ít nhất 01 khóa học trực tuyến hoặc 01 lớp tập huấn trong năm và có ít nhất 01 sản phẩm chia sẻ kiến thức với chi đoàn.",
  ["06 cuốn sách/năm", "01 khóa học trực tuyến"])

# =========================== abbreviation ===========================
q("abbreviation", "BPT TĐ Đắk Lắk gửi BC cho TW Đoàn hạn nào?",
  [(TD, TD_611)],
  "Ban Phong trào Tỉnh đoàn tổng hợp báo cáo kết quả gửi Trung ương Đoàn trước ngày 10/12 hằng năm.",
  ["Ban Phong trào", "10/12"])
q("abbreviation", "ĐHTN: P.ĐTĐH chủ trì việc gì với P.KT&ĐBCL?",
  [(DH, DH_t3)],
  "Phòng Đào tạo đại học chủ trì xây dựng quy định công nhận, chuyển đổi tín chỉ từ khóa học trực tuyến mở (MOOC), Phòng Khảo thí và Đảm bảo chất lượng phối hợp, trước khi bắt đầu học kỳ I năm học 2026 - 2027.",
  ["Phòng Đào tạo đại học", "MOOC", "Phòng Khảo thí và Đảm bảo chất lượng"])
q("abbreviation", "KH 86 của TĐ: ĐVHTT 2030 bn %?",
  [(TD, TD_t30a)],
  "Đến năm 2030: ít nhất 80% đoàn viên được công nhận \"Đoàn viên học tập tốt\".",
  ["ít nhất 80%"])
q("abbreviation", "Hội LHTN VN tỉnh + HSV tỉnh được giao gì trong KH 86?",
  [(TD, TD_63h), (TD, TD_63)],
  "Hội Liên hiệp Thanh niên Việt Nam tỉnh và Hội Sinh viên Việt Nam tỉnh vận động thanh niên ngoài tổ chức Đoàn, sinh viên tham gia phong trào; đưa tiêu chí học tập suốt đời vào xét chọn \"Sinh viên 5 tốt\" cấp tỉnh.",
  ["Hội Liên hiệp Thanh niên Việt Nam tỉnh", "Sinh viên 5 tốt"])
q("abbreviation", "NHCSXH tỉnh phối hợp với Tỉnh đoàn việc gì?",
  [(TD, TD_432)],
  "Mục 4.3.2: Tỉnh đoàn phối hợp với Chi nhánh Ngân hàng Chính sách xã hội tỉnh hỗ trợ vốn vay cho thanh niên học nghề, khởi nghiệp thông qua các tổ tiết kiệm và vay vốn do Đoàn quản lý.",
  ["Ngân hàng Chính sách xã hội", "tổ tiết kiệm và vay vốn"])
q("abbreviation", "VC, NLĐ của ĐHTN phải tham gia BD tối thiểu mấy khóa/năm?",
  [(DH, DH_n2)],
  "Mỗi viên chức, người lao động tham gia ít nhất 01 khóa bồi dưỡng chuyên môn hoặc kỹ năng số mỗi năm.",
  ["ít nhất 01 khóa bồi dưỡng"])
q("abbreviation", "TTTT-TV ĐHTN có chỉ tiêu lượt BĐ năm học 2029-2030 là bao nhiêu?",
  [(DH, DH_b1h), (DH, DH_r5)],
  "Trung tâm Thông tin - Thư viện: 180.000 lượt bạn đọc trong năm học 2029 - 2030 (Bảng 1).",
  ["180.000"])

# =========================== paraphrase ===========================
q("paraphrase", "Tôi là bí thư chi đoàn ở một buôn, muốn biết làm sao để đoàn viên của tôi được tính là học tập tốt?",
  [(TD, TD_h1q), (TD, TD_h1a)],
  "Theo phụ lục Hỏi - đáp (Hỏi 1) của Kế hoạch 86-KH/TĐTN-PT: đoàn viên cần hoàn thành ít nhất 01 khóa học trực tuyến hoặc 01 lớp tập huấn trong năm, đọc ít nhất 06 cuốn sách/năm và có ít nhất 01 sản phẩm chia sẻ kiến thức với chi đoàn. Hướng dẫn chi tiết do Ban Tổ chức - Kiểm tra Tỉnh đoàn ban hành.",
  ["01 khóa học trực tuyến", "06 cuốn sách/năm", "sản phẩm chia sẻ kiến thức"])
q("paraphrase", "Đoàn phường tôi không nằm trong danh sách thí điểm, có được tỉnh cho tiền làm mô hình không?",
  [(TD, TD_h3q), (TD, TD_h3)],
  "Không. Theo Hỏi 3 ở phụ lục, đơn vị ngoài danh sách 06 đơn vị thí điểm tự bố trí kinh phí hoặc huy động xã hội hóa; từ năm 2027, Tỉnh đoàn xem xét hỗ trợ khi nhân rộng mô hình.",
  ["Không", "xã hội hóa", "từ năm 2027"])
q("paraphrase", "Thanh niên muốn vay vốn đi học nghề thì kế hoạch của Tỉnh đoàn hỗ trợ qua kênh nào?",
  [(TD, TD_432)],
  "Qua các tổ tiết kiệm và vay vốn do Đoàn quản lý: Tỉnh đoàn phối hợp với Chi nhánh Ngân hàng Chính sách xã hội tỉnh hỗ trợ vốn vay cho thanh niên học nghề, khởi nghiệp (mục 4.3.2).",
  ["tổ tiết kiệm và vay vốn", "Ngân hàng Chính sách xã hội"])
q("paraphrase", "Sinh viên học mấy khóa online trên mạng thì có được trường tính vào điểm học không?",
  [(DH, DH_n1)],
  "Có, trong giới hạn: ĐH Tây Nguyên công nhận kết quả học tập các khóa học trực tuyến mở (MOOC), được chuyển đổi tối đa 06 tín chỉ tự chọn.",
  ["MOOC", "tối đa 06 tín chỉ"])
q("paraphrase", "Hợp tác xã cà phê chỗ tôi muốn cho xã viên đi học ở ĐH Tây Nguyên, trường có mở lớp kiểu đó không?",
  [(DH, DH_n3), (DH, DH_t7)],
  "Có: Trường mở các khóa học ngắn hạn về nông nghiệp công nghệ cao, cà phê bền vững, chăm sóc sức khỏe cộng đồng cho người dân, hợp tác xã; đầu mối là Trung tâm Đào tạo thường xuyên (phối hợp Khoa Nông Lâm nghiệp, Khoa Y Dược).",
  ["cà phê bền vững", "Trung tâm Đào tạo thường xuyên"])
q("paraphrase", "Đơn vị gặp vướng mắc khi làm phong trào thì báo cho ai bên Tỉnh đoàn?",
  [(TD, TD_vm)],
  "Các đơn vị phản ánh về Ban Phong trào Tỉnh đoàn để tổng hợp, báo cáo Ban Thường vụ Tỉnh đoàn.",
  ["Ban Phong trào Tỉnh đoàn"])

# =========================== english ===========================
q("english", "Which six units pilot the \"Đoàn cơ sở học tập\" model under the Đắk Lắk Youth Union plan?",
  [(TD, TD_421)],
  "Six units (item 4.2.1 of plan 86-KH/TĐTN-PT): Đoàn Trường Đại học Tây Nguyên, Đoàn Trường Đại học Phú Yên, Đoàn Khối các cơ quan và doanh nghiệp tỉnh, Đoàn phường Buôn Ma Thuột, Đoàn phường Tuy Hòa and Đoàn xã Ea Kar.",
  ["Đoàn Trường Đại học Tây Nguyên", "Đoàn phường Tuy Hòa", "Đoàn xã Ea Kar"])
q("english", "What share of Youth Union members were recognised as \"good learners\" in 2021-2025 in Đắk Lắk?",
  [(TD, TD_kq1)],
  "That is a past result, not a target: over 2021-2025, counting the former Đắk Lắk and Phú Yên provinces together, 61% of members were recognised as \"Đoàn viên học tập tốt\".",
  ["61%", "Phú Yên"])
q("english", "How many digital-skills classes did the Youth Union run in 2021-2025 and how many participants?",
  [(TD, TD_kq2)],
  "The Youth Union at all levels ran 1.240 digital-skills training classes for 52.300 participant-times (lượt) of members and young people, and kept 148 \"Tủ sách thanh niên\" bookshelves running.",
  ["1.240", "52.300", "148"])
q("english", "When did the merger of Đắk Lắk and Phú Yên take effect according to the Youth Union plan?",
  [(TD, TD_md2)],
  "The plan says the two provinces were merged from 01/7/2025 (1 July 2025).",
  ["01/7/2025"])
q("english", "Who is the standing body for the Youth Union plan and to whom does it report?",
  [(TD, TD_611)],
  "Ban Phong trào Tỉnh đoàn (the Movement Department) is the standing body; it compiles results and reports to Trung ương Đoàn (the Central Youth Union) before 10/12 each year.",
  ["Ban Phong trào Tỉnh đoàn", "Trung ương Đoàn", "10/12"])
q("english", "Who are the \"Bình dân học vụ số\" classes for — which ethnic groups does the plan name?",
  [(TD, TD_433)],
  "The classes target coastal youth and ethnic-minority youth — the plan names Ê Đê, M'nông and Chăm Hroi — with priority for bilingual teaching (song ngữ) in the most disadvantaged villages (buôn).",
  ["Ê Đê", "M'nông", "Chăm Hroi", "song ngữ"])
q("english", "How much does the Youth Union plan budget for 2026 in total?",
  [(TD, TD_kp2)],
  "850 triệu đồng (VND 850 million) is expected for 2026, from the provincial budget allocated to the Youth Union.",
  ["850 triệu đồng"])
q("english", "What is the online contest called and when does it run?",
  [(TD, TD_412)],
  "The annual online contest \"Thanh niên Đắk Lắk với tri thức số\" runs from 26/3 to 30/4.",
  ["Thanh niên Đắk Lắk với tri thức số", "26/3", "30/4"])
q("english", "Tay Nguyen University: how many credits is the lifelong-learning skills course and who must take it?",
  [(DH, DH_hp)],
  "The course \"Kỹ năng học tập suốt đời\" carries 02 tín chỉ (2 credits) and is compulsory for 100% of students of the 2026 intake, from semester I of academic year 2026 - 2027.",
  ["02 tín chỉ", "100%", "2026 - 2027"])
q("english", "What are the university's digital-skills targets for students across the academic years in Table 1?",
  [(DH, DH_b1h), (DH, DH_r1)],
  "Share of students meeting the digital-skills output standard: 85% in 2026 - 2027, 90% in 2027 - 2028 and 100% in 2029 - 2030 (there is no 2028 - 2029 column).",
  ["85%", "90%", "100%"])
q("english", "Who signed the Tay Nguyen University plan and in what capacity?",
  [(DH, DH_sig)],
  "Phan Thị Minh Nguyệt, Vice-Rector (PHÓ HIỆU TRƯỞNG), signing on behalf of the Rector (KT. HIỆU TRƯỞNG).",
  ["Phan Thị Minh Nguyệt", "KT. HIỆU TRƯỞNG"])
q("english", "What is the university's total budget for 2026-2030 and where does it come from?",
  [(DH, DH_kp1)],
  "An estimated 4,2 tỷ đồng (VND 4.2 billion) for 2026-2030, from the university's own revenue from service activities (nguồn thu hoạt động sự nghiệp).",
  ["4,2 tỷ đồng"])
q("english", "When is the university's Lifelong Learning Week held and which office leads it?",
  [(DH, DH_t5)],
  "Every October (tháng 10); Phòng Công tác sinh viên (Student Affairs Office) leads it with the Youth Union and the Student Association of the university.",
  ["Phòng Công tác sinh viên", "Tháng 10"])
q("english", "What does the university promise young lecturers regarding foreign languages?",
  [(DH, DH_n2)],
  "Young lecturers under 35 (dưới 35 tuổi) are supported to study a foreign language to the B2 standard (item III.2).",
  ["dưới 35 tuổi", "B2"])
q("english", "Which resolution of the university council does the Tay Nguyen plan cite?",
  [(DH, DH_cc3)],
  "Nghị quyết số 15/NQ-HĐT of 20/12/2025 of the Hội đồng trường (university council) on the university's development strategy 2026-2030.",
  ["15/NQ-HĐT"])
q("english", "How many volunteer student teams must be formed each year under the Youth Union plan, and for what?",
  [(TD, TD_441)],
  "At least 40 student volunteer teams each year (ít nhất 40 đội hình), to help people in border communes (xã biên giới) with literacy, Vietnamese and digital skills during the summer volunteer campaign from June to August.",
  ["ít nhất 40 đội hình", "xã biên giới"])
q("english", "Where should the annual report of grassroots Youth Union units be sent, per the Q&A annex?",
  [(TD, TD_h4)],
  "To the Tỉnh đoàn via Ban Phong trào before 25/11, with an electronic copy (bản điện tử) on the Tỉnh đoàn's document management system (Q&A annex, question 4).",
  ["Ban Phong trào", "25/11", "bản điện tử"])
q("english", "Does the university count its 08 volunteer teams as part of the province's 40? Give both figures.",
  [(DH, DH_n4), (TD, TD_441)],
  "Neither plan says so. The university commits at least 08 volunteer teams (ít nhất 08 đội hình) to the summer campaign in border communes; the Youth Union plan sets at least 40 teams a year province-wide (ít nhất 40 đội hình). Whether the 08 are counted within the 40 is not stated.",
  ["ít nhất 08 đội hình", "ít nhất 40 đội hình"])
q("english", "Which newspaper-broadcaster does the Youth Union work with to open a lifelong-learning column?",
  [(TD, TD_612)],
  "Báo và Phát thanh, Truyền hình Đắk Lắk; Ban Tuyên giáo Tỉnh đoàn works with it to open the column \"Thanh niên học tập suốt đời\".",
  ["Báo và Phát thanh, Truyền hình Đắk Lắk", "Ban Tuyên giáo Tỉnh đoàn"])
q("english", "Will units outside the pilot list ever get money from the provincial Youth Union, according to the Q&A annex?",
  [(TD, TD_h3q), (TD, TD_h3)],
  "Not now: the annex (question 3) says units outside the six pilots fund themselves or mobilise social contributions (xã hội hóa); from 2027 (từ năm 2027) the Tỉnh đoàn will consider support when the model is scaled up. Nothing is promised beyond that consideration.",
  ["xã hội hóa", "từ năm 2027"])

# =========================== follow_up ===========================
q("follow_up", "Thế còn đến năm 2030?",
  [(TD, TD_h30), (TD, TD_t30b)],
  "Đến năm 2030 chỉ tiêu là ít nhất 70% thanh niên vùng đồng bào dân tộc thiểu số có kỹ năng số cơ bản (mức 2021 - 2025 mới đạt 38%).",
  ["ít nhất 70%"],
  history=h("Tỉnh đoàn Đắk Lắk đặt chỉ tiêu kỹ năng số cho thanh niên dân tộc thiểu số đến 2027 là bao nhiêu?",
            "Đến năm 2027: ít nhất 50% thanh niên vùng đồng bào dân tộc thiểu số có kỹ năng số cơ bản (Kế hoạch 86-KH/TĐTN-PT, mục III.1)."))
q("follow_up", "Vậy ai chịu trách nhiệm hướng dẫn tiêu chí đó?",
  [(TD, TD_613)],
  "Ban Tổ chức - Kiểm tra Tỉnh đoàn hướng dẫn tiêu chí \"Đoàn viên học tập tốt\" và đưa vào đánh giá, xếp loại đoàn viên cuối năm (mục 6.1.3).",
  ["Ban Tổ chức - Kiểm tra Tỉnh đoàn"],
  history=h("Chỉ tiêu Đoàn viên học tập tốt năm 2030 của Đắk Lắk?",
            "Đến năm 2030: ít nhất 80% đoàn viên được công nhận \"Đoàn viên học tập tốt\" (mục III.2 Kế hoạch 86-KH/TĐTN-PT)."))
q("follow_up", "Trong số đó, trường đại học nào đã có kế hoạch riêng được nạp ở đây?",
  [(DH, DH_title), (DH, DH_cc2), (DH, DH_n4)],
  "Trường Đại học Tây Nguyên: Kế hoạch 412/KH-ĐHTN căn cứ Kế hoạch 86-KH/TĐTN-PT và ghi Đoàn Thanh niên Trường là một trong 06 đơn vị thí điểm. Đoàn Trường Đại học Phú Yên không có kế hoạch riêng trong các tài liệu đã nạp.",
  ["Trường Đại học Tây Nguyên", "một trong 06 đơn vị thí điểm"],
  history=h("Những đơn vị nào thí điểm Đoàn cơ sở học tập ở Đắk Lắk?",
            "Sáu đơn vị (mục 4.2.1): Đoàn Trường Đại học Tây Nguyên, Đoàn Trường Đại học Phú Yên, Đoàn Khối các cơ quan và doanh nghiệp tỉnh, Đoàn phường Buôn Ma Thuột, Đoàn phường Tuy Hòa và Đoàn xã Ea Kar."))
q("follow_up", "Bên trường thì bỏ thêm bao nhiêu?",
  [(DH, DH_kp3)],
  "ĐH Tây Nguyên đối ứng 30 triệu đồng cho mô hình \"Đoàn cơ sở học tập\", ngoài phần hỗ trợ của Tỉnh đoàn (Kế hoạch 412/KH-ĐHTN, mục IV).",
  ["30 triệu đồng"],
  history=h("Tỉnh đoàn hỗ trợ mỗi đơn vị thí điểm Đoàn cơ sở học tập bao nhiêu?",
            "50 triệu đồng/đơn vị, tổng 300 triệu đồng năm 2026 (Kế hoạch 86-KH/TĐTN-PT, mục V)."))
q("follow_up", "Thế còn báo cáo 6 tháng?",
  [(TD, TD_62)],
  "Báo cáo kết quả 6 tháng gửi trước ngày 10/6 (mục 6.2); báo cáo năm trước ngày 25/11.",
  ["10/6"],
  history=h("Đoàn xã nộp báo cáo năm cho Tỉnh đoàn hạn nào?",
            "Trước ngày 25/11, gửi về Tỉnh đoàn qua Ban Phong trào (mục 6.2 và phụ lục Hỏi - đáp, Hỏi 4)."))
q("follow_up", "Còn năm học 2029 - 2030?",
  [(DH, DH_b1h), (DH, DH_r2)],
  "Năm học 2029 - 2030: 700 học phần có học liệu số trên hệ thống LMS.",
  ["700"],
  history=h("ĐH Tây Nguyên đặt bao nhiêu học phần có học liệu số năm học 2026-2027?",
            "300 học phần có học liệu số trên hệ thống LMS trong năm học 2026 - 2027 (Bảng 1, Kế hoạch 412/KH-ĐHTN)."))
q("follow_up", "Ai phụ trách việc số hóa đó?",
  [(DH, DH_t2)],
  "Trung tâm Thông tin - Thư viện chủ trì số hóa học liệu, vận hành hệ thống LMS, phối hợp với các khoa, từ học kỳ I năm học 2026 - 2027 (Bảng 2).",
  ["Trung tâm Thông tin - Thư viện"],
  history=h("Năm 2026 trường chi bao nhiêu cho số hóa học liệu?",
            "400 triệu đồng, trong tổng 760 triệu đồng bố trí năm 2026 (Kế hoạch 412/KH-ĐHTN, mục IV)."))
q("follow_up", "Bên phối hợp là ai, làm trong thời gian nào?",
  [(DH, DH_t4)],
  "Công đoàn Trường phối hợp; thời gian thực hiện là tháng 9 hằng năm (Bảng 2, dòng 4).",
  ["Công đoàn Trường", "Tháng 9"],
  history=h("Ở ĐH Tây Nguyên ai làm kế hoạch bồi dưỡng viên chức hằng năm?",
            "Phòng Tổ chức cán bộ chủ trì xây dựng kế hoạch bồi dưỡng viên chức, người lao động hằng năm (Bảng 2, dòng 4)."))
q("follow_up", "Vậy 61% đó là chỉ tiêu hay kết quả?",
  [(TD, TD_kq1)],
  "Là kết quả: 61% là tỷ lệ đoàn viên được công nhận \"Đoàn viên học tập tốt\" đã đạt trong giai đoạn 2021 - 2025 (tính chung Đắk Lắk và Phú Yên cũ), nêu ở mục II. KẾT QUẢ GIAI ĐOẠN 2021 - 2025; chỉ tiêu mới là ít nhất 70% (2027) và ít nhất 80% (2030).",
  ["61%", "2021 - 2025"],
  history=h("Tôi đọc thấy con số 61% đoàn viên học tập tốt trong kế hoạch Tỉnh đoàn.",
            "Con số 61% nằm ở mục II của Kế hoạch 86-KH/TĐTN-PT, tính chung hai tỉnh Đắk Lắk và Phú Yên (cũ)."))
q("follow_up", "Nó dành cho ai, ai tổ chức?",
  [(TD, TD_433), (TD, TD_kp2)],
  "Lớp \"Bình dân học vụ số\" dành cho thanh niên ven biển và thanh niên đồng bào dân tộc thiểu số (Ê Đê, M'nông, Chăm Hroi), ưu tiên dạy song ngữ; kế hoạch do Tỉnh đoàn Đắk Lắk triển khai, kinh phí năm 2026 là 370 triệu đồng.",
  ["thanh niên ven biển", "song ngữ", "370 triệu đồng"],
  history=h("Bình dân học vụ số có trong kế hoạch của Tỉnh đoàn Đắk Lắk không?",
            "Có, ở mục 4.3.3 của Kế hoạch 86-KH/TĐTN-PT (Hỗ trợ thanh niên học tập, học nghề)."))
q("follow_up", "Còn kế hoạch của trường thì ký ngày nào, ai ký?",
  [(DH, DH_date), (DH, DH_sig)],
  "Kế hoạch 412/KH-ĐHTN của Trường Đại học Tây Nguyên ký ngày 02/4/2026 (Đắk Lắk, ngày 02 tháng 4 năm 2026), do Phó Hiệu trưởng Phan Thị Minh Nguyệt ký thay Hiệu trưởng.",
  ["02 tháng 4 năm 2026", "Phan Thị Minh Nguyệt"],
  history=h("Kế hoạch Tỉnh đoàn Đắk Lắk ai ký?",
            "Bí thư Tỉnh đoàn Lê Quang Thịnh, thay mặt Ban Thường vụ Tỉnh đoàn, ngày 16/3/2026."))
q("follow_up", "Vậy tỉnh giao trường cụ thể những gì?",
  [(TD, TD_421), (DH, DH_n4)],
  "Kế hoạch Tỉnh đoàn không giao riêng cho Trường mà chọn Đoàn Trường Đại học Tây Nguyên là một trong 06 đơn vị thí điểm mô hình \"Đoàn cơ sở học tập\" (4.2.1). Kế hoạch của Trường cụ thể hóa: Đoàn Thanh niên Trường thí điểm mô hình và Trường cử ít nhất 08 đội hình sinh viên tình nguyện hè.",
  ["06 đơn vị", "ít nhất 08 đội hình"],
  history=h("Trường Đại học Tây Nguyên có liên quan gì đến kế hoạch của Tỉnh đoàn không?",
            "Có. Kế hoạch 412/KH-ĐHTN của Trường căn cứ Kế hoạch số 86-KH/TĐTN-PT ngày 16/3/2026 của Ban Thường vụ Tỉnh đoàn Đắk Lắk."))
q("follow_up", "À nhầm, ý tôi hỏi hạn gửi báo cáo năm của các khoa trong trường cơ.",
  [(DH, DH_bc)],
  "Các đơn vị trong ĐH Tây Nguyên gửi báo cáo năm học về Phòng Đào tạo đại học trước ngày 15/8 hằng năm (báo cáo học kỳ I trước ngày 15/02).",
  ["15/8", "Phòng Đào tạo đại học"],
  history=h("Hạn báo cáo năm của Đoàn cơ sở là khi nào?",
            "Theo Kế hoạch 86-KH/TĐTN-PT, Đoàn các xã, phường và các Đoàn trực thuộc gửi báo cáo năm trước ngày 25/11 về Tỉnh đoàn (qua Ban Phong trào)."))
q("follow_up", "And who leads the consultation day, with whom?",
  [(TD, TD_431)],
  "The Tỉnh đoàn organises it in cooperation with vocational education institutions (các cơ sở giáo dục nghề nghiệp), in March (tháng 3) each year alongside Tháng Thanh niên (item 4.3.1).",
  ["các cơ sở giáo dục nghề nghiệp", "tháng 3"],
  history=h("Does the Đắk Lắk Youth Union plan include a career guidance day?",
            "Yes: the \"Ngày hội tư vấn hướng nghiệp, việc làm cho thanh niên\" (item 4.3.1 of plan 86-KH/TĐTN-PT).",
            "OK, is it once a year?",
            "Yes, it is held every year (hằng năm)."))
q("follow_up", "What about the following academic year?",
  [(DH, DH_b1h), (DH, DH_r3)],
  "In 2027 - 2028 the target is 90% of staff attending at least one training course a year.",
  ["90%"],
  history=h("What share of Tay Nguyen University staff must attend training in 2026-2027?",
            "80% of staff and employees attend at least one training course a year in academic year 2026 - 2027 (Table 1 of plan 412/KH-ĐHTN)."))
q("follow_up", "Thế còn chỉ tiêu của Tỉnh đoàn về tủ sách đến 2027 thì sao?",
  [(TD, TD_t27b)],
  "Đến năm 2027: 100% Đoàn xã, phường có ít nhất 01 \"Tủ sách thanh niên\" hoặc 01 \"Góc học tập số\".",
  ["100%", "Tủ sách thanh niên"],
  history=h("Giai đoạn 2021-2025 Đắk Lắk duy trì được bao nhiêu Tủ sách thanh niên?",
            "148 \"Tủ sách thanh niên\" được duy trì tại cơ sở (mục II. Kết quả giai đoạn 2021 - 2025, Kế hoạch 86-KH/TĐTN-PT)."))

# =========================== unanswerable ===========================
NOPLAN = "Các kế hoạch đã nạp không có thông tin này"
U("Tỉnh đoàn Gia Lai đặt chỉ tiêu Đoàn viên học tập tốt bao nhiêu?",
  NOPLAN + ": chưa nạp kế hoạch nào của Tỉnh đoàn Gia Lai. Kế hoạch đã nạp là của Tỉnh đoàn Đắk Lắk (86-KH/TĐTN-PT).",
  r"gia lai", about=ALL)
U("Kế hoạch học tập suốt đời của Tỉnh đoàn Đắk Nông có những chỉ tiêu gì?",
  NOPLAN + ": không có kế hoạch nào của Đắk Nông (nay thuộc tỉnh Lâm Đồng) trong các tài liệu đã nạp.",
  r"dak nong", about=ALL)
U("Trường Đại học Tây Bắc đặt chỉ tiêu kỹ năng số cho sinh viên bao nhiêu?",
  NOPLAN + ": kế hoạch đã nạp là của Trường Đại học Tây Nguyên (Đắk Lắk), không phải Trường Đại học Tây Bắc.",
  r"tay bac", about=ALL)
U("Tinh doan Kon Tun co ke hoach thanh nien hoc tap suot doi khong, chi tieu the nao?",
  NOPLAN + ": không có kế hoạch nào của Tỉnh đoàn Kon Tum (nay thuộc tỉnh Quảng Ngãi) trong các tài liệu đã nạp; kế hoạch Tỉnh đoàn đã nạp là của Đắk Lắk.",
  r"kon tu[mn]", about=ALL)
U("Kế hoạch xây dựng trường học tập của Trường Đại học Đà Lạt giao cho phòng nào?",
  NOPLAN + ": không có kế hoạch nào của Trường Đại học Đà Lạt trong các tài liệu đã nạp.",
  r"da lat", about=ALL)
U("Tỉnh đoàn Khánh Hoà có thí điểm Đoàn cơ sở học tập không, ở đơn vị nào?",
  NOPLAN + ": chưa nạp kế hoạch nào của Tỉnh đoàn Khánh Hòa; danh sách 06 đơn vị thí điểm là của Tỉnh đoàn Đắk Lắk.",
  r"khanh hoa", about=ALL)
U("Hiện nay toàn tỉnh Đắk Lắk có bao nhiêu đoàn viên?",
  NOPLAN + ": Kế hoạch 86-KH/TĐTN-PT không nêu tổng số đoàn viên hiện có, chỉ nêu các tỷ lệ và kết quả giai đoạn 2021 - 2025.",
  r"(co|tong so|toan tinh co) [\d.]+ doan vien|[\d.]+ doan vien(,| tren| trong toan| hien)")
U("Trường Đại học Tây Nguyên hiện có bao nhiêu sinh viên và giảng viên?",
  NOPLAN + ": Kế hoạch 412/KH-ĐHTN không nêu quy mô sinh viên, giảng viên của Trường.",
  r"[\d.]+ sinh vien\b|[\d.]+ giang vien\b|quy mo dao tao")
U("Đoàn cơ sở không đạt chỉ tiêu Đoàn viên học tập tốt thì bị xử lý thế nào?",
  NOPLAN + ": kế hoạch của Tỉnh đoàn không quy định hình thức xử lý, kỷ luật khi không đạt chỉ tiêu.",
  r"ky luat|xu ly|che tai|phe binh|khien trach|xu phat")
U("Sinh viên không học học phần Kỹ năng học tập suốt đời có bị cảnh báo học vụ không?",
  NOPLAN + ": kế hoạch của ĐH Tây Nguyên chỉ nói học phần là bắt buộc, không nói hậu quả như cảnh báo học vụ.",
  r"canh bao hoc vu|buoc thoi hoc|khong duoc (xet )?tot nghiep|xet tot nghiep")
U("Chỉ tiêu số học phần có học liệu số của ĐH Tây Nguyên năm học 2028 - 2029 là bao nhiêu?",
  NOPLAN + ": Bảng 1 chỉ có các cột năm học 2026 - 2027, 2027 - 2028 và 2029 - 2030; không có năm học 2028 - 2029.",
  r"2028 - 2029|2028-2029|2028 – 2029")
U("Năm 2028 Tỉnh đoàn Đắk Lắk phải đạt bao nhiêu phần trăm Đoàn viên học tập tốt?",
  NOPLAN + ": kế hoạch chỉ đặt mốc 2027 (ít nhất 70%) và 2030 (ít nhất 80%); năm 2028 chỉ là năm sơ kết giữa kỳ, không có chỉ tiêu riêng.",
  r"(nam|den nam) 2028[^.]{0,80}%")
U("Chỉ tiêu năm 2026 về tỷ lệ thanh niên dân tộc thiểu số có kỹ năng số của Tỉnh đoàn là bao nhiêu?",
  NOPLAN + ": kế hoạch không đặt chỉ tiêu năm 2026; các mốc là 2027 (ít nhất 50%) và 2030 (ít nhất 70%), còn 38% là kết quả giai đoạn 2021 - 2025.",
  r"(nam|den nam) 2026[^.;]{0,60}\d+%")
U("Giai đoạn 2021-2025 Tỉnh đoàn đã đặt chỉ tiêu bao nhiêu Tủ sách thanh niên?",
  NOPLAN + ": kế hoạch chỉ nêu kết quả đạt được (148 tủ sách được duy trì), không nêu chỉ tiêu đã đặt cho giai đoạn 2021 - 2025.",
  r"chi tieu[^.]{0,40}2021|2021 - 2025[^.]{0,40}chi tieu|2021 - 2025 dat ra")
U("Năm học 2025-2026 tỷ lệ sinh viên ĐH Tây Nguyên đạt chuẩn kỹ năng số là bao nhiêu?",
  NOPLAN + ": Bảng 1 không có cột kết quả năm học 2025 - 2026; chỉ có chỉ tiêu từ năm học 2026 - 2027.",
  r"2025 - 2026[^.]{0,80}%|thuc hien nam hoc|uoc thuc hien")
U("Công an tỉnh có nhiệm vụ gì trong kế hoạch của Tỉnh đoàn Đắk Lắk?",
  NOPLAN + ": kế hoạch 86-KH/TĐTN-PT không nhắc đến Công an tỉnh.",
  r"cong an")
U("Hội Liên hiệp Phụ nữ tỉnh được Tỉnh đoàn đề nghị phối hợp gì?",
  NOPLAN + ": kế hoạch của Tỉnh đoàn không nêu Hội Liên hiệp Phụ nữ tỉnh; các đề nghị phối hợp chỉ gửi Sở Giáo dục và Đào tạo và Hội Khuyến học tỉnh.",
  r"phu nu")
U("Liên đoàn Lao động tỉnh tham gia gì vào kế hoạch trường học tập của ĐH Tây Nguyên?",
  NOPLAN + ": kế hoạch của Trường không nhắc Liên đoàn Lao động tỉnh (chỉ có Công đoàn Trường).",
  r"lien doan lao dong")
U("Số điện thoại của Ban Phong trào Tỉnh đoàn Đắk Lắk là gì?",
  NOPLAN + ": kế hoạch không ghi số điện thoại, email hay địa chỉ liên hệ.",
  r"dien thoai|hotline|email|@|\b0\d{9}\b|\(0\d+\)")
U("Cuộc thi Thanh niên Đắk Lắk với tri thức số thi trên website nào?",
  NOPLAN + ": kế hoạch chỉ nói thi trực tuyến, không nêu địa chỉ trang web hay ứng dụng.",
  r"http|www|\.vn\b|trang web|website|ung dung")
U("Kế hoạch 145/KH-UBND của UBND tỉnh Đắk Lắk đặt những chỉ tiêu gì?",
  NOPLAN + ": văn bản này chỉ được viện dẫn làm căn cứ; nội dung và chỉ tiêu của nó không có trong các kế hoạch đã nạp.",
  r"145/kh-ubnd[^;]{0,200}(%|chi tieu)")
U("Nghị quyết 15/NQ-HĐT của Hội đồng trường đặt chỉ tiêu tuyển sinh bao nhiêu?",
  NOPLAN + ": Nghị quyết 15/NQ-HĐT chỉ được viện dẫn làm căn cứ; kế hoạch không nêu chỉ tiêu tuyển sinh.",
  r"tuyen sinh [\d.]+|chi tieu tuyen sinh|quy mo tuyen sinh")
U("Ai ký Chương trình 07-CTr/TĐTN về công tác Đoàn năm 2026?",
  NOPLAN + ": chương trình này chỉ được viện dẫn; người ký không được nêu.",
  r"07-ctr/tdtn[^;]{0,200}(ky|bi thu|pho bi thu)")
U("Mỗi lớp Bình dân học vụ số có bao nhiêu học viên?",
  NOPLAN + ": kế hoạch không quy định sĩ số lớp \"Bình dân học vụ số\".",
  r"\d+ hoc vien|hoc vien/lop|si so")
U("Giải thưởng cuộc thi trực tuyến của Tỉnh đoàn trị giá bao nhiêu?",
  NOPLAN + ": kế hoạch không nêu cơ cấu giải thưởng; chỉ có kinh phí chung 180 triệu đồng cho tuyên truyền và cuộc thi.",
  r"giai thuong|giai nhat|tien thuong|tri gia")
U("Thanh niên được vay tối đa bao nhiêu tiền để học nghề qua tổ vay vốn của Đoàn?",
  NOPLAN + ": kế hoạch nêu việc phối hợp với Ngân hàng Chính sách xã hội nhưng không nêu mức vay hay lãi suất.",
  r"(muc|toi da|han muc) (cho )?vay|vay (toi da|den) [\d.]+|lai suat|trieu dong/(nguoi|thanh nien)")
U("Học phí các khóa học ngắn hạn cho người dân ở ĐH Tây Nguyên là bao nhiêu?",
  NOPLAN + ": kế hoạch của Trường không nêu học phí các khóa ngắn hạn.",
  r"hoc phi|thu phi|le phi", about=[DH])
U("Thanh niên theo kế hoạch của Tỉnh đoàn là người từ bao nhiêu tuổi đến bao nhiêu tuổi?",
  NOPLAN + ": kế hoạch của Tỉnh đoàn không định nghĩa độ tuổi thanh niên.",
  r"\d+ tuoi|do tuoi", about=[TD])
U("Trường hỗ trợ giảng viên học B2 bao nhiêu tiền một người?",
  NOPLAN + ": kế hoạch chỉ nói giảng viên trẻ dưới 35 tuổi được hỗ trợ học ngoại ngữ đạt B2, không nêu mức tiền hỗ trợ.",
  r"b2[^.;]{0,80}(trieu|dong|%)", about=[DH])
U("What is the Lâm Đồng provincial Youth Union's target for digital skills?",
  "The loaded plans do not cover this: there is no plan of the Lâm Đồng Youth Union; the loaded Youth Union plan is Đắk Lắk's (86-KH/TĐTN-PT).",
  r"lam dong", about=ALL)
U("What is Tay Nguyen University's budget for 2027?",
  "The plan does not state it: it gives 4,2 tỷ đồng for 2026-2030 in total and 760 triệu đồng for 2026 only.",
  r"nam 2027[^.;]{0,60}trieu|2027[^.;]{0,40}ty dong", about=[DH])
U("How many students dropped out of school in Đắk Lắk last year?",
  "The loaded plans do not give dropout figures.",
  r"bo hoc|thoi hoc")
U("Thế còn Tỉnh đoàn Tuyên Quang?",
  NOPLAN + ": chưa nạp kế hoạch nào của Tỉnh đoàn Tuyên Quang.",
  r"tuyen quang", about=ALL,
  history=h("Tỉnh đoàn Đắk Lắk đặt chỉ tiêu bao nhiêu lớp tập huấn mỗi năm?",
            "Ít nhất 300 lớp tập huấn kỹ năng số, ngoại ngữ, kỹ năng nghề mỗi năm (mục III.2 Kế hoạch 86-KH/TĐTN-PT)."))
U("Còn năm 2027 thì Tỉnh đoàn được bao nhiêu tiền?",
  NOPLAN + ": kế hoạch chỉ nêu dự kiến kinh phí năm 2026 (850 triệu đồng); năm 2027 không có con số.",
  r"2027[^.;]{0,60}trieu|trieu[^.;]{0,40}2027", about=[TD],
  history=h("Kinh phí năm 2026 của Tỉnh đoàn Đắk Lắk cho phong trào là bao nhiêu?",
            "850 triệu đồng, từ ngân sách tỉnh giao cho Tỉnh đoàn (mục V Kế hoạch 86-KH/TĐTN-PT)."))
U("Vậy hội nghị sơ kết đó tổ chức ngày nào?",
  NOPLAN + ": kế hoạch chỉ nói sơ kết giữa kỳ vào năm 2028, không nêu ngày cụ thể.",
  r"so ket[^.;]{0,60}\d{1,2}/\d{1,2}", about=[TD],
  history=h("Kế hoạch Tỉnh đoàn Đắk Lắk khi nào sơ kết?",
            "Sơ kết giữa kỳ vào năm 2028, tổng kết vào năm 2030."))


def deaccent(s):
    s = unicodedata.normalize("NFD", check_sets.norm(s)).replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in s if unicodedata.category(c) != "Mn").lower()


MINIMA = {"english": 18, "follow_up": 15, "unanswerable": 30}


def main():
    problems = []
    texts = {}
    for d in ALL:
        texts[d] = check_sets.norm(check_sets.extract(d))
    seen_q = set()
    counts = {}
    for r in QS:
        where = r["id"]
        counts[r["type"]] = counts.get(r["type"], 0) + 1
        key = (r["question"], json.dumps(r["history"], ensure_ascii=False))
        if key in seen_q or r["question"] in {x[0] for x in seen_q}:
            problems.append(f"{where}: repeated question {r['question']!r}")
        seen_q.add(key)
        for ev in r["evidence"]:
            if check_sets.norm(ev["span"]) not in texts[ev["doc"]]:
                problems.append(f"{where}: span missing in {ev['doc']}: {ev['span']!r}")
        for kf in r["key_facts"]:
            k = check_sets.norm(kf).lower()
            if k not in check_sets.norm(r["answer"]).lower():
                problems.append(f"{where}: key fact {kf!r} not in answer")
            if not any(k in check_sets.norm(ev["span"]).lower() for ev in r["evidence"]):
                problems.append(f"{where}: key fact {kf!r} in no cited span")
        hist = r["history"]
        if r["type"] == "follow_up" or hist:
            if not (2 <= len(hist) <= 4) or len(hist) % 2:
                problems.append(f"{where}: history length {len(hist)}")
            for i, t in enumerate(hist):
                if t["role"] != ("user" if i % 2 == 0 else "assistant") or not t["content"].strip():
                    problems.append(f"{where}: bad history turn {i}")
        if r["type"] == "unanswerable":
            if r["docs"] or r["evidence"] or r["key_facts"]:
                problems.append(f"{where}: unanswerable with docs/evidence/key facts")
            if not r["_probe"]:
                problems.append(f"{where}: unanswerable without probe")
            else:
                for d in r["_about"]:
                    m = re.search(r["_probe"], deaccent(texts[d]))
                    if m:
                        problems.append(f"{where}: probe {r['_probe']!r} matches {d}: {m.group(0)!r}")
        elif not r["docs"] or not r["evidence"] or not r["key_facts"]:
            problems.append(f"{where}: answerable without docs/evidence/key facts")
    ids = [r["id"] for r in QS]
    if len(ids) != len(set(ids)):
        problems.append("repeated ids")
    for t in check_sets.TYPES:
        if counts.get(t, 0) < MINIMA.get(t, 1):
            problems.append(f"type {t}: {counts.get(t, 0)} below minimum")
    if len(QS) < 140:
        problems.append(f"only {len(QS)} questions")
    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} problems; not written")
        return 1
    out = os.path.join(SETS, "newplans70.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for r in QS:
            rec = {k: r[k] for k in check_sets.FIELDS}
            f.write(unicodedata.normalize("NFC", json.dumps(rec, ensure_ascii=False)) + "\n")
    print(f"wrote {out}: {len(QS)} questions; {dict(sorted(counts.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
