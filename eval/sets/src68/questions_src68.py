"""Set 68: write eval/sets/newplans68.jsonl.

    python eval/sets/src68/questions_src68.py

Refuses to write on a missing span, a key fact missing from its answer or from every span it cites, a malformed
history, a repeated id or question, a type below its minimum, fewer than 140 questions, or an unanswerable question
whose accent-free probe matches the accent-free normalised text of the plans it is about.
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

L = "thuvien_ninhbinh_45-KH-TV_2026.pdf"
W = "ubnd_thientruong_28-KH-UBND_2026.md"
HUE = "000_4550be4bb11189cd.txt"
ML = "001_7bafa58816a5de75.txt"
HN = "002_797e8de6131c77f9.txt"
CT = "003_1a817ee72b993e3e.txt"
AL = "004_b1b28019b71edc03.txt"
BUNDLED = [HUE, ML, HN, CT, AL]
MINIMA = {"english": 18, "follow_up": 15, "unanswerable": 30}

# ---- spans of the library's PDF (L) ----
L_BASIS = ("Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án \"Xây dựng xã hội "
           "học tập giai đoạn 2021-2030\"; Căn cứ Kế hoạch số 218/KH-UBND ngày 20/11/2025 của Ủy ban nhân dân tỉnh Ninh "
           "Bình về xây dựng xã hội học tập tỉnh Ninh Bình năm 2026; Căn cứ Kế hoạch số 12/KH-SVHTTDL ngày 08/01/2026 của "
           "Sở Văn hóa, Thể thao và Du lịch về công tác thư viện và phát triển văn hóa đọc năm 2026;")
L_218 = "Căn cứ Kế hoạch số 218/KH-UBND ngày 20/11/2025 của Ủy ban nhân dân tỉnh Ninh Bình"
L_12 = ("Căn cứ Kế hoạch số 12/KH-SVHTTDL ngày 08/01/2026 của Sở Văn hóa, Thể thao và Du lịch về công tác thư viện và "
        "phát triển văn hóa đọc năm 2026")
L_1373 = "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ"
L_HEAD = "THƯ VIỆN TỈNH Số: 45/KH-TV"
L_DATE = "Ninh Bình, ngày 15 tháng 01 năm 2026"
L_TITLE = ("Phát triển văn hóa đọc, phục vụ học tập suốt đời tại Thư viện tỉnh và hệ thống thư viện cơ sở, góp phần xây "
           "dựng xã hội học tập tỉnh Ninh Bình năm 2026")
L_SIGN = "GIÁM ĐỐC (Đã ký) Phạm Thị Thanh Hương"
L_MD1 = ("Phát huy vai trò của Thư viện tỉnh và hệ thống thư viện cơ sở trên địa bàn tỉnh Ninh Bình sau sắp xếp đơn vị "
         "hành chính là nơi học tập suốt đời của mọi người dân; thống nhất hoạt động nghiệp vụ của ba cơ sở thư viện (Cơ "
         "sở Hoa Lư, Cơ sở Nam Định, Cơ sở Phủ Lý) sau hợp nhất.")
L_MD2 = ("Lan tỏa thói quen đọc sách trong gia đình, nhà trường và cộng đồng dân cư; đưa sách và tài nguyên số đến gần "
         "hơn với người cao tuổi, học sinh và người lao động ở các xã, phường.")
L_YC1 = ("Các hoạt động bám sát nhu cầu của bạn đọc, gắn với phong trào \"Gia đình học tập\", \"Cộng đồng học tập\" tại "
         "địa phương; bảo đảm tiết kiệm, hiệu quả, không hình thức.")
L_YC2 = ("Mỗi phòng chuyên môn, mỗi cơ sở thư viện phải cụ thể hóa kế hoạch thành lịch công tác hằng tháng và chịu "
         "trách nhiệm về kết quả được giao.")
L_CT = ("chỉ tiêu trọng tâm là phục vụ 350.000 lượt bạn đọc và có ít nhất 75% số xã, phường có điểm đọc sách cộng đồng "
        "hoạt động thường xuyên")
L_BASE = ("Chỉ tiêu năm 2026 được xây dựng trên cơ sở kết quả thực hiện năm 2025 của ba cơ sở thư viện (chi tiết tại "
          "Biểu 1 kèm theo Kế hoạch này)")
L_PILOT = ("Thí điểm 03 \"Điểm đọc sách thông minh\" tại phường Thiên Trường, phường Hoa Lư và phường Phủ Lý; mỗi điểm "
           "có máy tra cứu, máy đọc sách điện tử và kết nối Thư viện số của tỉnh.")
L_T1 = ("Thống nhất nội quy, thẻ bạn đọc dùng chung cho cả ba cơ sở; mở cửa phục vụ cả thứ Bảy và Chủ nhật, riêng Cơ "
        "sở Hoa Lư phục vụ buổi tối đến 20 giờ 30 từ thứ Hai đến thứ Sáu trong thời gian học sinh ôn thi từ tháng 4 đến "
        "tháng 6.")
L_T2 = ("Luân chuyển sách, báo về thư viện, điểm đọc cơ sở ít nhất 02 đợt mỗi quý. Xe thư viện lưu động thực hiện tối "
        "thiểu 48 chuyến phục vụ trong năm, ưu tiên các xã vùng bãi ngang ven biển và các xã miền núi phía Tây của tỉnh.")
L_T3 = ("Số hóa bổ sung 200.000 trang tài liệu, ưu tiên tài liệu địa chí về vùng đất Hoa Lư, Thiên Trường, Phủ Lý; hợp "
        "nhất cơ sở dữ liệu thư mục của ba cơ sở thành một Thư viện số dùng chung, hoàn thành trước ngày 31/10/2026.")
L_T4 = ("Tổ chức Ngày hội Văn hóa đọc tỉnh Ninh Bình năm 2026 từ ngày 18/4 đến ngày 21/4/2026 tại Cơ sở Hoa Lư, hưởng "
        "ứng Ngày Sách và Văn hóa đọc Việt Nam")
L_T4B = "tổ chức vòng tỉnh Cuộc thi Đại sứ Văn hóa đọc, các trường gửi bài dự thi về Thư viện tỉnh trước ngày 31/5/2026"
L_T4C = ("hưởng ứng Tuần lễ học tập suốt đời vào tháng 10/2026 bằng chuỗi hoạt động \"Mỗi tuần một cuốn sách\".")
L_T5 = ("Mở 30 lớp hướng dẫn kỹ năng tìm kiếm thông tin, sử dụng thư viện số và nhận diện tin giả cho người cao tuổi, "
        "mỗi lớp không quá 25 học viên, học miễn phí tại ba cơ sở và tại các điểm đọc sách thông minh.")
L_T6 = ("Thư viện tỉnh trang bị thiết bị, phần mềm và tập huấn cho người phụ trách; Ủy ban nhân dân phường nơi thí điểm "
        "bố trí mặt bằng, điện, đường truyền internet và người trông coi. Ba điểm đọc sách thông minh hoàn thành, đưa "
        "vào hoạt động trước ngày 30/9/2026.")
L_F1 = ("Tổng kinh phí thực hiện Kế hoạch là 1.480 triệu đồng, gồm: ngân sách nhà nước giao tự chủ năm 2026 của Thư "
        "viện tỉnh 1.150 triệu đồng; kinh phí sự nghiệp văn hóa bổ sung cho số hóa tài liệu 250 triệu đồng; nguồn xã "
        "hội hóa 80 triệu đồng dành cho Ngày hội Văn hóa đọc.")
L_F2 = ("Thiết bị của mỗi Điểm đọc sách thông minh được hỗ trợ tối đa 60 triệu đồng từ nguồn kinh phí của Thư viện "
        "tỉnh; chi phí mặt bằng, điện và internet do ngân sách phường bảo đảm.")
L_V1 = ("1. Phòng Hành chính - Tổng hợp (cơ quan thường trực) Tham mưu Giám đốc theo dõi, đôn đốc thực hiện Kế hoạch; "
        "tổng hợp báo cáo 6 tháng trước ngày 15/6/2026 và báo cáo năm trước ngày 05/12/2026 gửi Sở Văn hóa, Thể thao và "
        "Du lịch; quản lý, thanh quyết toán kinh phí theo quy định.")
L_V2 = ("2. Phòng Phục vụ bạn đọc Chủ trì phục vụ bạn đọc tại Cơ sở Hoa Lư, thống nhất thẻ bạn đọc dùng chung; chủ trì "
        "Ngày hội Văn hóa đọc và vòng tỉnh Cuộc thi Đại sứ Văn hóa đọc.")
L_V3 = ("3. Phòng Tin học - Thư viện số Chủ trì số hóa tài liệu, hợp nhất cơ sở dữ liệu thư mục; lắp đặt, vận hành "
        "thiết bị Điểm đọc sách thông minh; biên soạn tài liệu và giảng dạy các lớp kỹ năng số cho người cao tuổi.")
L_V4 = ("4. Phòng Luân chuyển sách và Hỗ trợ cơ sở Chủ trì luân chuyển sách, vận hành xe thư viện lưu động; tập huấn "
        "nghiệp vụ cho người phụ trách thư viện, điểm đọc cơ sở; theo dõi, thống kê số xã, phường có điểm đọc sách cộng "
        "đồng hoạt động thường xuyên, báo cáo hằng quý.")
L_V5 = ("5. Cơ sở Nam Định, Cơ sở Phủ Lý Tổ chức phục vụ bạn đọc tại cơ sở theo nội quy chung; phối hợp với Ủy ban "
        "nhân dân phường Thiên Trường và phường Phủ Lý triển khai Điểm đọc sách thông minh trên địa bàn; gửi số liệu hoạt "
        "động về Phòng Hành chính - Tổng hợp trước ngày 05 của tháng đầu quý sau.")
L_V6 = ("6. Đề nghị Ủy ban nhân dân các xã, phường Bố trí địa điểm, người phụ trách điểm đọc sách cộng đồng; cử công "
        "chức văn hóa - xã hội tham gia tập huấn nghiệp vụ; các phường Thiên Trường, Hoa Lư, Phủ Lý bố trí mặt bằng cho "
        "Điểm đọc sách thông minh theo Kế hoạch này.")
L_V7 = ("7. Đề nghị Hội Người cao tuổi tỉnh Vận động hội viên tham gia các lớp hướng dẫn kỹ năng số; giới thiệu hội "
        "viên làm cộng tác viên tại các điểm đọc sách cộng đồng.")
L_V8 = ("8. Đề nghị Sở Giáo dục và Đào tạo Chỉ đạo các trường phổ thông tham gia Cuộc thi Đại sứ Văn hóa đọc; phối hợp "
        "xây dựng mô hình \"Tủ sách lớp học\" kết nối với Thư viện tỉnh tại 40 trường học.")
L_END = ("nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Phòng Hành chính - Tổng hợp để tổng hợp, báo cáo Giám đốc "
         "xem xét, giải quyết")
B_HEAD = "TT Chỉ tiêu Đơn vị tính Năm 2025 (thực hiện) Năm 2026 (kế hoạch)"
B_TITLE = "Biểu 1 CHỈ TIÊU NĂM 2026 SO VỚI KẾT QUẢ THỰC HIỆN NĂM 2025"
B1 = "1 Lượt bạn đọc phục vụ tại ba cơ sở lượt 312.000 350.000"
B2 = "2 Thẻ bạn đọc cấp mới thẻ 4.850 6.000"
B3 = "3 Sách luân chuyển về thư viện, điểm đọc cơ sở bản 48.000 60.000"
B4 = "4 Xã, phường có điểm đọc sách cộng đồng hoạt động thường xuyên % 62% ít nhất 75%"
B5 = "5 Trang tài liệu số hóa bổ sung trang 150.000 200.000"
B6 = "6 Lớp kỹ năng số cho người cao tuổi lớp 18 30"
B7 = "7 Trường học có mô hình \"Tủ sách lớp học\" kết nối Thư viện tỉnh trường - 40"
B8 = "8 Chuyến xe thư viện lưu động chuyến 41 48"
L_NN = "Nơi nhận: - Sở VHTTDL (để b/c); - UBND tỉnh (để b/c); - UBND các xã, phường; - Hội Người cao tuổi tỉnh;"

# ---- spans of the ward's markdown (W) ----
W_HEAD = "ỦY BAN NHÂN DÂN PHƯỜNG THIÊN TRƯỜNG Số: 28/KH-UBND"
W_DATE = "Thiên Trường, ngày 26 tháng 01 năm 2026"
W_TITLE = ("Xây dựng \"Phường học tập\" gắn với phát triển văn hóa đọc trên địa bàn phường Thiên Trường năm 2026")
W_BASIS = ("Thực hiện Kế hoạch số 218/KH-UBND ngày 20/11/2025 của Ủy ban nhân dân tỉnh Ninh Bình về xây dựng xã hội học "
           "tập tỉnh Ninh Bình năm 2026; Nghị quyết số 05-NQ/ĐU ngày 10/10/2025 của Đảng ủy phường Thiên Trường về phát "
           "triển giáo dục, xây dựng xã hội học tập giai đoạn 2025-2030; Kế hoạch số 45/KH-TV ngày 15/01/2026 của Thư "
           "viện tỉnh Ninh Bình về phát triển văn hóa đọc, phục vụ học tập suốt đời năm 2026")
W_218 = "Thực hiện Kế hoạch số 218/KH-UBND ngày 20/11/2025 của Ủy ban nhân dân tỉnh Ninh Bình"
W_NQ = ("Nghị quyết số 05-NQ/ĐU ngày 10/10/2025 của Đảng ủy phường Thiên Trường về phát triển giáo dục, xây dựng xã hội "
        "học tập giai đoạn 2025-2030")
W_45 = "Kế hoạch số 45/KH-TV ngày 15/01/2026 của Thư viện tỉnh Ninh Bình"
W_MD1 = ("Xây dựng phường Thiên Trường (thành lập từ ngày 01/7/2025 trên cơ sở sắp xếp các phường, xã thuộc thành phố Nam "
         "Định cũ) thành \"Phường học tập\", trong đó mỗi tổ dân phố là một \"cộng đồng học tập\", mỗi gia đình là một "
         "\"gia đình học tập\".")
W_MD2 = ("Tận dụng việc phường được chọn thí điểm \"Điểm đọc sách thông minh\" của Thư viện tỉnh để đưa văn hóa đọc "
         "thành nền nếp trong sinh hoạt của nhân dân.")
W_MD3 = ("Các tổ dân phố, cơ quan, trường học trên địa bàn phải đăng ký nội dung thực hiện cụ thể; việc đánh giá kết quả "
         "gắn với bình xét thi đua cuối năm.")
W_C0 = "Phường hiện có 38 tổ dân phố. Đến hết năm 2026 phấn đấu đạt:"
W_C1 = "100% tổ dân phố có tủ sách cộng đồng hoặc góc đọc sách tại nhà văn hóa"
W_C2 = "ít nhất 70% hộ gia đình đạt danh hiệu \"Gia đình học tập\""
W_C3 = "ít nhất 30 tổ dân phố được công nhận \"Cộng đồng học tập\" (năm 2025 đạt 21 tổ dân phố)"
W_C4 = ("100% trường mầm non, tiểu học, trung học cơ sở trên địa bàn có thư viện đạt chuẩn và duy trì \"Tiết đọc thư "
        "viện\" ít nhất 01 tiết mỗi tuần")
W_C5 = "Điểm đọc sách thông minh của phường phục vụ ít nhất 12.000 lượt người trong năm 2026"
W_QH = "| Quý | Nội dung | Chủ trì | Phối hợp |"
W_Q1 = ("| Quý I | Rà soát, đăng ký danh hiệu \"Gia đình học tập\", \"Cộng đồng học tập\" tại 38 tổ dân phố | Công chức "
        "Văn hóa - Xã hội | Trưởng các tổ dân phố |")
W_Q2 = ("| Quý II | Tổ chức Ngày hội đọc sách phường vào ngày 21/4/2026 tại Trung tâm Văn hóa - Thể thao phường; cử 02 đội "
        "dự Ngày hội Văn hóa đọc của tỉnh | Trung tâm Văn hóa - Thể thao phường | Đoàn Thanh niên phường, các trường học |")
W_Q2B = ("| Quý II | Chọn bài dự thi Đại sứ Văn hóa đọc của học sinh trên địa bàn gửi Thư viện tỉnh | Các trường trung học "
         "cơ sở | Trung tâm học tập cộng đồng phường |")
W_Q3 = ("| Quý III | Bố trí phòng 60 m2 tại tầng 1 Trung tâm Văn hóa - Thể thao phường làm Điểm đọc sách thông minh; hoàn "
        "thành và đưa vào hoạt động trước ngày 30/9/2026 | Văn phòng HĐND và UBND phường | Thư viện tỉnh (Cơ sở Nam Định) |")
W_Q3B = ("| Quý III | Mở 04 lớp kỹ năng số cho người cao tuổi tại Điểm đọc sách thông minh | Trung tâm học tập cộng đồng "
         "phường | Hội Người cao tuổi phường, Thư viện tỉnh |")
W_Q4 = ("| Quý IV | Tuần lễ học tập suốt đời (tháng 10); đánh giá, công nhận danh hiệu; khen thưởng tổ dân phố, gia đình "
        "tiêu biểu | Công chức Văn hóa - Xã hội | Ủy ban Mặt trận Tổ quốc Việt Nam phường |")
W_F = ("Tổng kinh phí ngân sách phường năm 2026 bố trí cho Kế hoạch là 185 triệu đồng, trong đó: cải tạo phòng và chi phí "
       "điện, internet của Điểm đọc sách thông minh 95 triệu đồng; Ngày hội đọc sách phường 40 triệu đồng; bổ sung sách "
       "cho tủ sách tổ dân phố 50 triệu đồng.")
W_F2 = "Thiết bị của Điểm đọc sách thông minh do Thư viện tỉnh trang bị theo Kế hoạch số 45/KH-TV."
W_F3 = "Khuyến khích các doanh nghiệp, nhà hảo tâm ủng hộ sách cho tủ sách tổ dân phố."
W_V1 = ("Công chức Văn hóa - Xã hội (thường trực) : Tham mưu Ủy ban nhân dân phường triển khai Kế hoạch; hướng dẫn các tổ "
        "dân phố đăng ký, bình xét danh hiệu; tổng hợp báo cáo kết quả gửi Ủy ban nhân dân phường trước ngày 25/11/2026.")
W_V2 = ("Văn phòng HĐND và UBND phường : Bố trí phòng, điện, đường truyền internet cho Điểm đọc sách thông minh; phối hợp "
        "với Thư viện tỉnh tiếp nhận thiết bị và cử 01 nhân viên trông coi.")
W_V3 = ("Trung tâm Văn hóa - Thể thao phường : Chủ trì Ngày hội đọc sách phường; quản lý, mở cửa Điểm đọc sách thông minh "
        "từ 7 giờ 30 đến 20 giờ các ngày trong tuần, trừ thứ Hai.")
W_V4 = ("Trung tâm học tập cộng đồng phường : Mở các lớp kỹ năng số cho người cao tuổi; lồng ghép giới thiệu sách trong "
        "các chuyên đề tại Trung tâm.")
W_V5 = ("Các trường mầm non, tiểu học, trung học cơ sở : Duy trì \"Tiết đọc thư viện\"; tổ chức cho học sinh tham gia Cuộc "
        "thi Đại sứ Văn hóa đọc.")
W_V6 = ("Trưởng các tổ dân phố : Vận động hộ gia đình đăng ký \"Gia đình học tập\"; quản lý tủ sách cộng đồng, ghi sổ "
        "mượn sách.")
W_V7 = ("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường và các đoàn thể : Đưa tiêu chí đọc sách vào cuộc vận động xây "
        "dựng khu dân cư văn minh; vận động đoàn viên, hội viên ủng hộ sách cho tủ sách tổ dân phố.")
W_SIGN = "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH (Đã ký) Trần Văn Quyết"
W_NN = "Nơi nhận: - Thư viện tỉnh Ninh Bình; - Đảng ủy phường; - TT HĐND phường;"

# ---- bundled plans ----
ML_VH = ("4. Phòng Văn hóa-Thông tin a) Nhân rộng các mô hình học tập suốt đời trong thư viện, bảo tàng, nhà văn hóa, câu "
         "lạc bộ, Trung tâm Văn hóa - Thể thao.")
ML_145 = "Thực hiện Kế hoạch số 145/KH- UBND ngày 23/12//2021 của UBND tỉnh Nam Định"
HUE_DAYS = ("Tổ chức hiệu quả các hoạt động hưởng ứng như: Tuần lễ hưởng ứng học tập suốt đời, Ngày Sách và Văn hóa đọc "
            "Việt Nam, Ngày Khuyến học Việt Nam")
HUE_1373 = "Thực hiện Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ"
CT_DAYS = "Hàng năm, tổ chức hiệu quả Tuần lễ hưởng ứng học tập suốt đời, Ngày sách và văn hóa đọc Việt Nam;"
AL_LIB = ("xây dựng, nhân rộng mô hình “thư viện số”, “thư viện công cộng” nhằm đáp ứng nhu cầu học tập, tìm kiếm, tra "
          "cứu thông tin của người dân")
HN_READ = ("tổ chức hiệu quả các hoạt động nhằm triển khai văn hóa đọc trong cộng đồng, góp phần xây dựng xã hội học tập")

Q = []


def q(typ, question, ev, answer, kf, history=None, probe=None, about=None):
    """ev: list of (doc, span); probe/about for unanswerable: regex and the docs it must not match."""
    Q.append(dict(type=typ, question=question, ev=ev, answer=answer, kf=kf, history=history or [], probe=probe,
                  about=about))


def U(question, answer, probe, about=(L, W), history=None):
    q("unanswerable", question, [], answer, [], history, probe, list(about))


def H(*turns):
    out = []
    for i, t in enumerate(turns):
        out.append({"role": "user" if i % 2 == 0 else "assistant", "content": t})
    return out


# ======================= agency_tasks =======================
q("agency_tasks", "Theo kế hoạch 45/KH-TV của Thư viện tỉnh Ninh Bình, Phòng Hành chính - Tổng hợp được giao những việc gì?",
  [(L, L_V1)],
  "Phòng Hành chính - Tổng hợp là cơ quan thường trực (Mục V.1 KH 45/KH-TV): tham mưu Giám đốc theo dõi, đôn đốc thực "
  "hiện Kế hoạch; tổng hợp báo cáo 6 tháng trước ngày 15/6/2026 và báo cáo năm trước ngày 05/12/2026 gửi Sở Văn hóa, Thể "
  "thao và Du lịch; quản lý, thanh quyết toán kinh phí theo quy định.",
  ["cơ quan thường trực", "15/6/2026", "05/12/2026", "thanh quyết toán kinh phí"])
q("agency_tasks", "Phòng Tin học - Thư viện số của Thư viện tỉnh Ninh Bình phụ trách những phần việc nào trong kế hoạch năm 2026?",
  [(L, L_V3)],
  "Theo Mục V.3, Phòng Tin học - Thư viện số chủ trì số hóa tài liệu, hợp nhất cơ sở dữ liệu thư mục; lắp đặt, vận hành "
  "thiết bị Điểm đọc sách thông minh; biên soạn tài liệu và giảng dạy các lớp kỹ năng số cho người cao tuổi.",
  ["số hóa tài liệu", "hợp nhất cơ sở dữ liệu thư mục", "Điểm đọc sách thông minh", "kỹ năng số cho người cao tuổi"])
q("agency_tasks", "Bên Phòng Luân chuyển sách và Hỗ trợ cơ sở thì làm gì theo kế hoạch của Thư viện tỉnh?",
  [(L, L_V4)],
  "Mục V.4 giao Phòng Luân chuyển sách và Hỗ trợ cơ sở: chủ trì luân chuyển sách, vận hành xe thư viện lưu động; tập "
  "huấn nghiệp vụ cho người phụ trách thư viện, điểm đọc cơ sở; theo dõi, thống kê số xã, phường có điểm đọc sách cộng "
  "đồng hoạt động thường xuyên và báo cáo hằng quý.",
  ["xe thư viện lưu động", "tập huấn nghiệp vụ", "báo cáo hằng quý"])
q("agency_tasks", "Cơ sở Nam Định và Cơ sở Phủ Lý của Thư viện tỉnh có nhiệm vụ gì?",
  [(L, L_V5)],
  "Theo Mục V.5, hai cơ sở tổ chức phục vụ bạn đọc theo nội quy chung; phối hợp với UBND phường Thiên Trường và phường Phủ "
  "Lý triển khai Điểm đọc sách thông minh trên địa bàn; gửi số liệu hoạt động về Phòng Hành chính - Tổng hợp trước ngày 05 "
  "của tháng đầu quý sau.",
  ["nội quy chung", "phường Thiên Trường", "trước ngày 05 của tháng đầu quý sau"])
q("agency_tasks", "Kế hoạch phát triển văn hóa đọc của Thư viện tỉnh đề nghị Sở Giáo dục và Đào tạo làm gì?",
  [(L, L_V8)],
  "Đây là một đề nghị (Mục V.8), không phải giao việc: đề nghị Sở Giáo dục và Đào tạo chỉ đạo các trường phổ thông tham "
  "gia Cuộc thi Đại sứ Văn hóa đọc và phối hợp xây dựng mô hình \"Tủ sách lớp học\" kết nối với Thư viện tỉnh tại 40 "
  "trường học.",
  ["Đại sứ Văn hóa đọc", "Tủ sách lớp học", "40 trường học"])
q("agency_tasks", "Thư viện tỉnh Ninh Bình đề nghị Hội Người cao tuổi tỉnh phối hợp những gì?",
  [(L, L_V7)],
  "Mục V.7 đề nghị Hội Người cao tuổi tỉnh vận động hội viên tham gia các lớp hướng dẫn kỹ năng số và giới thiệu hội viên "
  "làm cộng tác viên tại các điểm đọc sách cộng đồng.",
  ["vận động hội viên", "cộng tác viên"])
q("agency_tasks", "Trong kế hoạch 28/KH-UBND của phường Thiên Trường, Văn phòng HĐND và UBND phường phải làm gì?",
  [(W, W_V2)],
  "Theo Mục V, Văn phòng HĐND và UBND phường bố trí phòng, điện, đường truyền internet cho Điểm đọc sách thông minh; phối "
  "hợp với Thư viện tỉnh tiếp nhận thiết bị và cử 01 nhân viên trông coi.",
  ["đường truyền internet", "tiếp nhận thiết bị", "01 nhân viên trông coi"])
q("agency_tasks", "Công chức Văn hóa - Xã hội phường Thiên Trường được giao nhiệm vụ gì trong kế hoạch Phường học tập?",
  [(W, W_V1)],
  "Công chức Văn hóa - Xã hội là bộ phận thường trực: tham mưu UBND phường triển khai Kế hoạch; hướng dẫn các tổ dân phố "
  "đăng ký, bình xét danh hiệu; tổng hợp báo cáo kết quả gửi UBND phường trước ngày 25/11/2026.",
  ["thường trực", "bình xét danh hiệu", "25/11/2026"])
q("agency_tasks", "Trung tâm Văn hóa - Thể thao phường Thiên Trường chịu trách nhiệm những việc gì?",
  [(W, W_V3)],
  "Trung tâm Văn hóa - Thể thao phường chủ trì Ngày hội đọc sách phường; quản lý, mở cửa Điểm đọc sách thông minh từ 7 "
  "giờ 30 đến 20 giờ các ngày trong tuần, trừ thứ Hai.",
  ["Ngày hội đọc sách phường", "7 giờ 30 đến 20 giờ", "trừ thứ Hai"])
q("agency_tasks", "Trưởng các tổ dân phố ở Thiên Trường phải làm gì theo kế hoạch năm 2026?",
  [(W, W_V6), (W, W_Q1)],
  "Mục V giao Trưởng các tổ dân phố vận động hộ gia đình đăng ký \"Gia đình học tập\"; quản lý tủ sách cộng đồng, ghi sổ "
  "mượn sách. Trong bảng nhiệm vụ theo quý, họ còn phối hợp với Công chức Văn hóa - Xã hội rà soát, đăng ký danh hiệu ở "
  "Quý I.",
  ["Gia đình học tập", "ghi sổ mượn sách", "Quý I"])
q("agency_tasks", "Phường Thiên Trường đề nghị Mặt trận Tổ quốc phường và các đoàn thể làm gì?",
  [(W, W_V7)],
  "Đây là đề nghị (không phải giao việc): đưa tiêu chí đọc sách vào cuộc vận động xây dựng khu dân cư văn minh; vận động "
  "đoàn viên, hội viên ủng hộ sách cho tủ sách tổ dân phố.",
  ["tiêu chí đọc sách", "khu dân cư văn minh", "ủng hộ sách"])
q("agency_tasks", "Trung tâm học tập cộng đồng phường Thiên Trường có việc gì trong kế hoạch này?",
  [(W, W_V4), (W, W_Q3B)],
  "Trung tâm học tập cộng đồng phường mở các lớp kỹ năng số cho người cao tuổi và lồng ghép giới thiệu sách trong các "
  "chuyên đề; bảng nhiệm vụ ghi Quý III mở 04 lớp kỹ năng số cho người cao tuổi tại Điểm đọc sách thông minh, phối hợp với "
  "Hội Người cao tuổi phường và Thư viện tỉnh.",
  ["kỹ năng số cho người cao tuổi", "giới thiệu sách", "04 lớp"])

# ======================= target =======================
q("target", "Năm 2026 Thư viện tỉnh Ninh Bình đặt chỉ tiêu phục vụ bao nhiêu lượt bạn đọc?",
  [(L, L_CT), (L, B1)],
  "Chỉ tiêu năm 2026 là phục vụ 350.000 lượt bạn đọc tại ba cơ sở (Biểu 1 ghi năm 2025 thực hiện 312.000 lượt).",
  ["350.000", "312.000"])
q("target", "Chỉ tiêu về điểm đọc sách cộng đồng ở các xã, phường năm 2026 là bao nhiêu?",
  [(L, L_CT), (L, B4)],
  "Ít nhất 75% số xã, phường có điểm đọc sách cộng đồng hoạt động thường xuyên; năm 2025 mới đạt 62% (Biểu 1).",
  ["ít nhất 75%", "62%"])
q("target", "Năm nay Thư viện tỉnh phải cấp mới bao nhiêu thẻ bạn đọc?",
  [(L, B_HEAD), (L, B2)],
  "Biểu 1 của KH 45/KH-TV: thẻ bạn đọc cấp mới năm 2026 (kế hoạch) là 6.000 thẻ, so với 4.850 thẻ thực hiện năm 2025.",
  ["6.000", "4.850"])
q("target", "Kế hoạch của thư viện tỉnh số hóa thêm bao nhiêu trang tài liệu trong năm 2026?",
  [(L, L_T3), (L, B5)],
  "Số hóa bổ sung 200.000 trang tài liệu (năm 2025 đã thực hiện 150.000 trang), ưu tiên tài liệu địa chí về Hoa Lư, "
  "Thiên Trường, Phủ Lý.",
  ["200.000", "150.000", "tài liệu địa chí"])
q("target", "Bao nhiêu lớp kỹ năng số cho người cao tuổi được mở trong năm 2026 theo KH 45/KH-TV?",
  [(L, L_T5), (L, B6)],
  "30 lớp (năm 2025 thực hiện 18 lớp), mỗi lớp không quá 25 học viên, học miễn phí.",
  ["30 lớp", "18", "không quá 25 học viên"])
q("target", "Xe thư viện lưu động phải chạy bao nhiêu chuyến trong năm?",
  [(L, L_T2), (L, B8)],
  "Tối thiểu 48 chuyến phục vụ trong năm 2026 (năm 2025 thực hiện 41 chuyến), ưu tiên các xã vùng bãi ngang ven biển và "
  "các xã miền núi phía Tây của tỉnh.",
  ["48 chuyến", "41", "bãi ngang ven biển"])
q("target", "Thư viện tỉnh Ninh Bình định luân chuyển bao nhiêu bản sách về cơ sở năm 2026?",
  [(L, B_HEAD), (L, B3)],
  "Biểu 1: sách luân chuyển về thư viện, điểm đọc cơ sở năm 2026 (kế hoạch) là 60.000 bản, năm 2025 thực hiện 48.000 "
  "bản; Mục III.2 thêm yêu cầu luân chuyển ít nhất 02 đợt mỗi quý.",
  ["60.000", "48.000"])
q("target", "Phường Thiên Trường phấn đấu bao nhiêu phần trăm hộ đạt Gia đình học tập năm 2026?",
  [(W, W_C2)],
  "Ít nhất 70% hộ gia đình đạt danh hiệu \"Gia đình học tập\" đến hết năm 2026.",
  ["ít nhất 70%"])
q("target", "Đến cuối năm 2026 phường Thiên Trường muốn có bao nhiêu tổ dân phố đạt Cộng đồng học tập?",
  [(W, W_C3)],
  "Ít nhất 30 tổ dân phố được công nhận \"Cộng đồng học tập\" (năm 2025 đạt 21 tổ dân phố; phường có 38 tổ dân phố).",
  ["ít nhất 30 tổ dân phố", "21 tổ dân phố"])
q("target", "Chỉ tiêu lượt phục vụ của Điểm đọc sách thông minh phường Thiên Trường là bao nhiêu?",
  [(W, W_C5)],
  "Điểm đọc sách thông minh của phường phục vụ ít nhất 12.000 lượt người trong năm 2026.",
  ["12.000 lượt"])
q("target", "Về thư viện trường học, kế hoạch phường Thiên Trường đặt mục tiêu gì?",
  [(W, W_C4)],
  "100% trường mầm non, tiểu học, trung học cơ sở trên địa bàn có thư viện đạt chuẩn và duy trì \"Tiết đọc thư viện\" ít "
  "nhất 01 tiết mỗi tuần.",
  ["100%", "thư viện đạt chuẩn", "ít nhất 01 tiết mỗi tuần"])
q("target", "Tủ sách ở tổ dân phố: phường đặt chỉ tiêu thế nào?",
  [(W, W_C1)],
  "100% tổ dân phố có tủ sách cộng đồng hoặc góc đọc sách tại nhà văn hóa đến hết năm 2026.",
  ["100% tổ dân phố", "góc đọc sách"])

# ======================= deadline =======================
q("deadline", "Hạn gửi báo cáo 6 tháng và báo cáo năm của Thư viện tỉnh Ninh Bình lên Sở là khi nào?",
  [(L, L_V1)],
  "Phòng Hành chính - Tổng hợp tổng hợp báo cáo 6 tháng trước ngày 15/6/2026 và báo cáo năm trước ngày 05/12/2026, gửi "
  "Sở Văn hóa, Thể thao và Du lịch.",
  ["15/6/2026", "05/12/2026"])
q("deadline", "Ngày hội Văn hóa đọc tỉnh Ninh Bình năm 2026 diễn ra vào thời gian nào, ở đâu?",
  [(L, L_T4)],
  "Từ ngày 18/4 đến ngày 21/4/2026 tại Cơ sở Hoa Lư của Thư viện tỉnh, hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam.",
  ["18/4", "21/4/2026", "Cơ sở Hoa Lư"])
q("deadline", "Các trường phải nộp bài dự thi Đại sứ Văn hóa đọc về Thư viện tỉnh trước ngày nào?",
  [(L, L_T4B)],
  "Trước ngày 31/5/2026 (vòng tỉnh Cuộc thi Đại sứ Văn hóa đọc).",
  ["31/5/2026"])
q("deadline", "Ba Điểm đọc sách thông minh phải hoàn thành trước khi nào?",
  [(L, L_T6)],
  "Ba điểm đọc sách thông minh hoàn thành, đưa vào hoạt động trước ngày 30/9/2026.",
  ["30/9/2026"])
q("deadline", "Khi nào phải hợp nhất xong cơ sở dữ liệu thư mục của ba cơ sở thư viện?",
  [(L, L_T3)],
  "Hợp nhất cơ sở dữ liệu thư mục của ba cơ sở thành một Thư viện số dùng chung, hoàn thành trước ngày 31/10/2026.",
  ["31/10/2026", "Thư viện số dùng chung"])
q("deadline", "Cơ sở Hoa Lư mở cửa buổi tối đến mấy giờ và trong khoảng thời gian nào?",
  [(L, L_T1)],
  "Cơ sở Hoa Lư phục vụ buổi tối đến 20 giờ 30 từ thứ Hai đến thứ Sáu trong thời gian học sinh ôn thi từ tháng 4 đến tháng "
  "6; cả ba cơ sở mở cửa cả thứ Bảy và Chủ nhật.",
  ["20 giờ 30", "từ tháng 4 đến tháng 6"])
q("deadline", "Phường Thiên Trường tổ chức Ngày hội đọc sách phường vào ngày nào?",
  [(W, W_QH), (W, W_Q2)],
  "Quý II, vào ngày 21/4/2026 tại Trung tâm Văn hóa - Thể thao phường (do Trung tâm chủ trì); phường cũng cử 02 đội dự "
  "Ngày hội Văn hóa đọc của tỉnh.",
  ["21/4/2026", "Trung tâm Văn hóa - Thể thao phường", "02 đội"])
q("deadline", "Công chức Văn hóa - Xã hội phường phải nộp báo cáo kết quả trước ngày nào?",
  [(W, W_V1)],
  "Trước ngày 25/11/2026, gửi UBND phường.",
  ["25/11/2026"])
q("deadline", "Theo bảng nhiệm vụ theo quý của phường Thiên Trường, việc rà soát đăng ký danh hiệu làm vào quý nào?",
  [(W, W_QH), (W, W_Q1)],
  "Quý I: rà soát, đăng ký danh hiệu \"Gia đình học tập\", \"Cộng đồng học tập\" tại 38 tổ dân phố, do Công chức Văn "
  "hóa - Xã hội chủ trì, Trưởng các tổ dân phố phối hợp.",
  ["Quý I", "38 tổ dân phố"])
q("deadline", "Lớp kỹ năng số cho người cao tuổi ở phường Thiên Trường mở vào quý mấy?",
  [(W, W_QH), (W, W_Q3B)],
  "Quý III: mở 04 lớp kỹ năng số cho người cao tuổi tại Điểm đọc sách thông minh, do Trung tâm học tập cộng đồng phường "
  "chủ trì.",
  ["Quý III", "04 lớp"])

# ======================= funding =======================
q("funding", "Tổng kinh phí kế hoạch văn hóa đọc 2026 của Thư viện tỉnh Ninh Bình là bao nhiêu và lấy từ nguồn nào?",
  [(L, L_F1)],
  "Tổng 1.480 triệu đồng: ngân sách nhà nước giao tự chủ năm 2026 của Thư viện tỉnh 1.150 triệu đồng; kinh phí sự nghiệp "
  "văn hóa bổ sung cho số hóa tài liệu 250 triệu đồng; nguồn xã hội hóa 80 triệu đồng dành cho Ngày hội Văn hóa đọc.",
  ["1.480 triệu đồng", "1.150 triệu đồng", "250 triệu đồng", "80 triệu đồng"])
q("funding", "Mỗi Điểm đọc sách thông minh được hỗ trợ thiết bị tối đa bao nhiêu tiền?",
  [(L, L_F2)],
  "Tối đa 60 triệu đồng cho thiết bị mỗi điểm, từ nguồn kinh phí của Thư viện tỉnh; mặt bằng, điện và internet do ngân "
  "sách phường bảo đảm.",
  ["tối đa 60 triệu đồng", "ngân sách phường"])
q("funding", "Ngày hội Văn hóa đọc của tỉnh dùng nguồn tiền nào?",
  [(L, L_F1)],
  "Kế hoạch dành nguồn xã hội hóa 80 triệu đồng cho Ngày hội Văn hóa đọc.",
  ["xã hội hóa", "80 triệu đồng"])
q("funding", "Học viên lớp kỹ năng số cho người cao tuổi của Thư viện tỉnh có phải đóng tiền không?",
  [(L, L_T5)],
  "Không: các lớp học miễn phí tại ba cơ sở và tại các điểm đọc sách thông minh (mỗi lớp không quá 25 học viên).",
  ["miễn phí"])
q("funding", "Phường Thiên Trường bố trí bao nhiêu ngân sách cho kế hoạch Phường học tập 2026?",
  [(W, W_F)],
  "185 triệu đồng ngân sách phường: 95 triệu đồng cải tạo phòng và điện, internet của Điểm đọc sách thông minh; 40 triệu "
  "đồng Ngày hội đọc sách phường; 50 triệu đồng bổ sung sách cho tủ sách tổ dân phố.",
  ["185 triệu đồng", "95 triệu đồng", "40 triệu đồng", "50 triệu đồng"])
q("funding", "Ai trang bị thiết bị cho Điểm đọc sách thông minh của phường Thiên Trường?",
  [(W, W_F2)],
  "Thư viện tỉnh trang bị thiết bị theo Kế hoạch số 45/KH-TV; phường chi phần cải tạo phòng, điện, internet.",
  ["Thư viện tỉnh trang bị", "45/KH-TV"])
q("funding", "Ngoài ngân sách, phường Thiên Trường huy động sách cho tủ sách tổ dân phố bằng cách nào?",
  [(W, W_F3), (W, W_V7)],
  "Khuyến khích các doanh nghiệp, nhà hảo tâm ủng hộ sách cho tủ sách tổ dân phố; đề nghị Mặt trận và các đoàn thể vận "
  "động đoàn viên, hội viên ủng hộ sách.",
  ["doanh nghiệp, nhà hảo tâm", "ủng hộ sách"])

# ======================= legal_basis =======================
q("legal_basis", "Kế hoạch 45/KH-TV của Thư viện tỉnh Ninh Bình căn cứ vào những văn bản nào?",
  [(L, L_BASIS)],
  "Ba căn cứ: Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ (Đề án xây dựng xã hội học tập giai đoạn "
  "2021-2030); Kế hoạch số 218/KH-UBND ngày 20/11/2025 của UBND tỉnh Ninh Bình; Kế hoạch số 12/KH-SVHTTDL ngày 08/01/2026 "
  "của Sở Văn hóa, Thể thao và Du lịch.",
  ["1373/QĐ-TTg", "218/KH-UBND", "12/KH-SVHTTDL"])
q("legal_basis", "Kế hoạch Phường học tập của phường Thiên Trường được ban hành để thực hiện những văn bản nào?",
  [(W, W_BASIS)],
  "Thực hiện Kế hoạch số 218/KH-UBND ngày 20/11/2025 của UBND tỉnh Ninh Bình; Nghị quyết số 05-NQ/ĐU ngày 10/10/2025 của "
  "Đảng ủy phường Thiên Trường; và Kế hoạch số 45/KH-TV ngày 15/01/2026 của Thư viện tỉnh Ninh Bình.",
  ["218/KH-UBND", "05-NQ/ĐU", "45/KH-TV"])
q("legal_basis", "Nghị quyết của Đảng ủy phường mà kế hoạch Thiên Trường dẫn là nghị quyết số mấy, về nội dung gì?",
  [(W, W_NQ)],
  "Nghị quyết số 05-NQ/ĐU ngày 10/10/2025 của Đảng ủy phường Thiên Trường về phát triển giáo dục, xây dựng xã hội học tập "
  "giai đoạn 2025-2030.",
  ["05-NQ/ĐU", "10/10/2025", "2025-2030"])
q("legal_basis", "Văn bản của Sở Văn hóa, Thể thao và Du lịch mà Thư viện tỉnh căn cứ là văn bản nào?",
  [(L, L_12)],
  "Kế hoạch số 12/KH-SVHTTDL ngày 08/01/2026 của Sở Văn hóa, Thể thao và Du lịch về công tác thư viện và phát triển văn "
  "hóa đọc năm 2026.",
  ["12/KH-SVHTTDL", "08/01/2026"])
q("legal_basis", "Kế hoạch của Thư viện tỉnh Ninh Bình có số, ngày nào và ai ký?",
  [(L, L_HEAD), (L, L_DATE), (L, L_SIGN)],
  "Kế hoạch số 45/KH-TV, ban hành tại Ninh Bình ngày 15 tháng 01 năm 2026, do Giám đốc Phạm Thị Thanh Hương ký.",
  ["45/KH-TV", "15 tháng 01 năm 2026", "Phạm Thị Thanh Hương"])

# ======================= purpose =======================
q("purpose", "Mục đích của kế hoạch phát triển văn hóa đọc năm 2026 của Thư viện tỉnh Ninh Bình là gì?",
  [(L, L_MD1), (L, L_MD2)],
  "Phát huy vai trò của Thư viện tỉnh và thư viện cơ sở là nơi học tập suốt đời của mọi người dân sau sắp xếp đơn vị hành "
  "chính; thống nhất hoạt động nghiệp vụ của ba cơ sở thư viện (Hoa Lư, Nam Định, Phủ Lý) sau hợp nhất; lan tỏa thói quen "
  "đọc sách trong gia đình, nhà trường, cộng đồng và đưa sách, tài nguyên số đến gần hơn với người cao tuổi, học sinh, "
  "người lao động.",
  ["nơi học tập suốt đời", "ba cơ sở thư viện", "thói quen đọc sách"])
q("purpose", "Kế hoạch của Thư viện tỉnh đặt ra những yêu cầu gì với các phòng, cơ sở?",
  [(L, L_YC1), (L, L_YC2)],
  "Hoạt động bám sát nhu cầu bạn đọc, gắn với phong trào \"Gia đình học tập\", \"Cộng đồng học tập\", tiết kiệm, hiệu quả, "
  "không hình thức; mỗi phòng chuyên môn, mỗi cơ sở phải cụ thể hóa kế hoạch thành lịch công tác hằng tháng và chịu trách "
  "nhiệm về kết quả được giao.",
  ["không hình thức", "lịch công tác hằng tháng"])
q("purpose", "Phường Thiên Trường xây dựng kế hoạch này nhằm mục đích gì?",
  [(W, W_MD1), (W, W_MD2)],
  "Xây dựng phường Thiên Trường thành \"Phường học tập\" (mỗi tổ dân phố là một cộng đồng học tập, mỗi gia đình là một gia "
  "đình học tập) và tận dụng việc phường được chọn thí điểm Điểm đọc sách thông minh của Thư viện tỉnh để đưa văn hóa đọc "
  "thành nền nếp trong sinh hoạt của nhân dân.",
  ["Phường học tập", "thí điểm", "nền nếp"])
q("purpose", "Kết quả thực hiện kế hoạch ở phường Thiên Trường được đánh giá gắn với việc gì?",
  [(W, W_MD3)],
  "Các tổ dân phố, cơ quan, trường học phải đăng ký nội dung thực hiện cụ thể; việc đánh giá kết quả gắn với bình xét thi "
  "đua cuối năm.",
  ["bình xét thi đua cuối năm"])

# ======================= task_section =======================
q("task_section", "Mục III.2 của KH 45/KH-TV về luân chuyển sách và thư viện lưu động nói gì?",
  [(L, L_T2)],
  "Luân chuyển sách, báo về thư viện, điểm đọc cơ sở ít nhất 02 đợt mỗi quý; xe thư viện lưu động thực hiện tối thiểu 48 "
  "chuyến phục vụ trong năm, ưu tiên các xã vùng bãi ngang ven biển và các xã miền núi phía Tây của tỉnh.",
  ["02 đợt mỗi quý", "48 chuyến", "miền núi phía Tây"])
q("task_section", "Các sự kiện văn hóa đọc trong kế hoạch của Thư viện tỉnh gồm những gì?",
  [(L, L_T4), (L, L_T4B), (L, L_T4C)],
  "Mục III.4: Ngày hội Văn hóa đọc tỉnh từ 18/4 đến 21/4/2026 tại Cơ sở Hoa Lư; vòng tỉnh Cuộc thi Đại sứ Văn hóa đọc "
  "(nộp bài trước 31/5/2026); hưởng ứng Tuần lễ học tập suốt đời tháng 10/2026 bằng chuỗi hoạt động \"Mỗi tuần một cuốn "
  "sách\".",
  ["Ngày hội Văn hóa đọc", "Đại sứ Văn hóa đọc", "Mỗi tuần một cuốn sách"])
q("task_section", "Nội dung các lớp hướng dẫn cho người cao tuổi của Thư viện tỉnh gồm những gì?",
  [(L, L_T5)],
  "Hướng dẫn kỹ năng tìm kiếm thông tin, sử dụng thư viện số và nhận diện tin giả; 30 lớp, mỗi lớp không quá 25 học viên, "
  "miễn phí.",
  ["tìm kiếm thông tin", "nhận diện tin giả"])
q("task_section", "Điểm đọc sách thông minh được trang bị những gì và chia việc giữa thư viện với phường ra sao?",
  [(L, L_PILOT), (L, L_T6)],
  "Mỗi điểm có máy tra cứu, máy đọc sách điện tử và kết nối Thư viện số của tỉnh. Thư viện tỉnh trang bị thiết bị, phần "
  "mềm và tập huấn người phụ trách; UBND phường nơi thí điểm bố trí mặt bằng, điện, đường truyền internet và người trông "
  "coi.",
  ["máy tra cứu", "máy đọc sách điện tử", "mặt bằng"])
q("task_section", "Quý IV trong kế hoạch của phường Thiên Trường có những việc gì?",
  [(W, W_QH), (W, W_Q4)],
  "Quý IV: Tuần lễ học tập suốt đời (tháng 10); đánh giá, công nhận danh hiệu; khen thưởng tổ dân phố, gia đình tiêu biểu "
  "— Công chức Văn hóa - Xã hội chủ trì, Ủy ban Mặt trận Tổ quốc Việt Nam phường phối hợp.",
  ["Tuần lễ học tập suốt đời", "khen thưởng", "Ủy ban Mặt trận Tổ quốc Việt Nam phường"])
q("task_section", "Việc chuẩn bị phòng cho Điểm đọc sách thông minh ở phường được ghi thế nào trong bảng nhiệm vụ?",
  [(W, W_QH), (W, W_Q3)],
  "Quý III: bố trí phòng 60 m2 tại tầng 1 Trung tâm Văn hóa - Thể thao phường làm Điểm đọc sách thông minh, hoàn thành và "
  "đưa vào hoạt động trước ngày 30/9/2026; Văn phòng HĐND và UBND phường chủ trì, Thư viện tỉnh (Cơ sở Nam Định) phối hợp.",
  ["60 m2", "tầng 1", "30/9/2026", "Cơ sở Nam Định"])
q("task_section", "Việc tham gia cuộc thi Đại sứ Văn hóa đọc ở phường Thiên Trường giao cho ai, vào lúc nào?",
  [(W, W_QH), (W, W_Q2B)],
  "Quý II: các trường trung học cơ sở chủ trì chọn bài dự thi Đại sứ Văn hóa đọc của học sinh gửi Thư viện tỉnh, Trung tâm "
  "học tập cộng đồng phường phối hợp.",
  ["Quý II", "Các trường trung học cơ sở"])

# ======================= cross_plan =======================
q("cross_plan", "Về Điểm đọc sách thông minh ở Thiên Trường, hạn hoàn thành trong kế hoạch của Thư viện tỉnh và của phường có khớp nhau không?",
  [(L, L_T6), (W, W_Q3)],
  "Khớp: KH 45/KH-TV yêu cầu ba điểm đưa vào hoạt động trước ngày 30/9/2026, và bảng nhiệm vụ Quý III của phường cũng ghi "
  "hoàn thành, đưa vào hoạt động trước ngày 30/9/2026.",
  ["30/9/2026", "Quý III"])
q("cross_plan", "Điểm đọc sách thông minh ở phường Thiên Trường: Thư viện tỉnh chi gì, phường chi gì?",
  [(L, L_F2), (W, W_F)],
  "Thư viện tỉnh hỗ trợ thiết bị tối đa 60 triệu đồng mỗi điểm từ kinh phí của Thư viện; phường chi 95 triệu đồng từ ngân "
  "sách phường cho cải tạo phòng và chi phí điện, internet.",
  ["tối đa 60 triệu đồng", "95 triệu đồng"])
q("cross_plan", "Hai kế hoạch (Thư viện tỉnh và phường Thiên Trường) cùng dựa trên văn bản nào của tỉnh?",
  [(L, L_218), (W, W_BASIS)],
  "Cả hai cùng dẫn Kế hoạch số 218/KH-UBND ngày 20/11/2025 của UBND tỉnh Ninh Bình về xây dựng xã hội học tập năm 2026; "
  "kế hoạch của phường còn dẫn chính KH 45/KH-TV của Thư viện tỉnh.",
  ["218/KH-UBND", "45/KH-TV"])
q("cross_plan", "Ngày hội đọc sách của phường và Ngày hội Văn hóa đọc của tỉnh có trùng ngày không?",
  [(L, L_T4), (W, W_Q2)],
  "Có trùng: Ngày hội Văn hóa đọc của tỉnh diễn ra từ 18/4 đến 21/4/2026 tại Cơ sở Hoa Lư, còn Ngày hội đọc sách phường "
  "tổ chức ngày 21/4/2026 tại Trung tâm Văn hóa - Thể thao phường; phường đồng thời cử 02 đội dự ngày hội của tỉnh.",
  ["18/4", "21/4/2026", "02 đội"])
q("cross_plan", "Lớp kỹ năng số cho người cao tuổi: Thư viện tỉnh mở bao nhiêu lớp và phường Thiên Trường mở bao nhiêu?",
  [(L, L_T5), (W, W_Q3B)],
  "Thư viện tỉnh mở 30 lớp (mỗi lớp không quá 25 học viên) tại ba cơ sở và các điểm đọc sách thông minh; phường Thiên "
  "Trường mở 04 lớp trong Quý III tại Điểm đọc sách thông minh của phường, có Thư viện tỉnh phối hợp. Kế hoạch không nói "
  "04 lớp của phường có nằm trong 30 lớp của tỉnh hay không.",
  ["30 lớp", "04 lớp"])
q("cross_plan", "Giờ mở cửa buổi tối của Cơ sở Hoa Lư và của Điểm đọc sách thông minh phường Thiên Trường khác nhau thế nào?",
  [(L, L_T1), (W, W_V3)],
  "Cơ sở Hoa Lư phục vụ buổi tối đến 20 giờ 30 từ thứ Hai đến thứ Sáu trong mùa ôn thi (tháng 4 đến tháng 6); Điểm đọc "
  "sách thông minh phường mở từ 7 giờ 30 đến 20 giờ các ngày trong tuần, trừ thứ Hai.",
  ["20 giờ 30", "7 giờ 30 đến 20 giờ", "trừ thứ Hai"])
q("cross_plan", "Kế hoạch của huyện Mỹ Lộc (cũ) và kế hoạch phường Thiên Trường lần lượt thực hiện văn bản của tỉnh nào?",
  [(ML, ML_145), (W, W_218)],
  "Kế hoạch huyện Mỹ Lộc thực hiện Kế hoạch số 145/KH-UBND ngày 23/12/2021 của UBND tỉnh Nam Định; kế hoạch phường Thiên "
  "Trường (phường lập từ các phường, xã của thành phố Nam Định cũ) thực hiện Kế hoạch số 218/KH-UBND ngày 20/11/2025 của "
  "UBND tỉnh Ninh Bình.",
  ["Nam Định", "218/KH-UBND", "Ninh Bình"])
q("cross_plan", "Ngày Sách và Văn hóa đọc Việt Nam được nhắc trong kế hoạch của Huế và kế hoạch của Thư viện tỉnh Ninh Bình thế nào?",
  [(HUE, HUE_DAYS), (L, L_T4)],
  "Huế chỉ yêu cầu tổ chức hiệu quả các hoạt động hưởng ứng như Tuần lễ hưởng ứng học tập suốt đời, Ngày Sách và Văn hóa "
  "đọc Việt Nam, Ngày Khuyến học Việt Nam; Thư viện tỉnh Ninh Bình cụ thể hóa bằng Ngày hội Văn hóa đọc từ 18/4 đến "
  "21/4/2026 tại Cơ sở Hoa Lư.",
  ["Ngày Sách và Văn hóa đọc Việt Nam", "18/4", "Cơ sở Hoa Lư"])
q("cross_plan", "Mô hình thư viện số: huyện An Lão nói gì, và Thư viện tỉnh Ninh Bình làm gì năm 2026?",
  [(AL, AL_LIB), (L, L_T3)],
  "Kế hoạch An Lão chỉ yêu cầu xây dựng, nhân rộng mô hình “thư viện số”, “thư viện công cộng”; Thư viện tỉnh Ninh Bình "
  "số hóa bổ sung 200.000 trang và hợp nhất dữ liệu thư mục ba cơ sở thành một Thư viện số dùng chung trước ngày "
  "31/10/2026.",
  ["thư viện số", "200.000", "31/10/2026"])
q("cross_plan", "Cả Thư viện tỉnh và phường Thiên Trường có cùng dẫn Quyết định 1373/QĐ-TTg như Huế không?",
  [(L, L_1373), (HUE, HUE_1373), (W, W_BASIS)],
  "Không cùng: KH 45/KH-TV của Thư viện tỉnh và kế hoạch Huế dẫn Quyết định số 1373/QĐ-TTg của Thủ tướng Chính phủ, còn "
  "kế hoạch phường Thiên Trường không dẫn 1373 mà dẫn 218/KH-UBND của tỉnh, Nghị quyết 05-NQ/ĐU và KH 45/KH-TV.",
  ["1373/QĐ-TTg", "05-NQ/ĐU"])

# ======================= no_diacritics =======================
q("no_diacritics", "thu vien tinh ninh binh nam 2026 phuc vu bao nhieu luot ban doc",
  [(L, L_CT)],
  "Chỉ tiêu năm 2026 là phục vụ 350.000 lượt bạn đọc tại ba cơ sở của Thư viện tỉnh Ninh Bình.",
  ["350.000"])
q("no_diacritics", "phong phuc vu ban doc thu vien tinh chu tri nhung viec gi",
  [(L, L_V2)],
  "Phòng Phục vụ bạn đọc chủ trì phục vụ bạn đọc tại Cơ sở Hoa Lư, thống nhất thẻ bạn đọc dùng chung; chủ trì Ngày hội "
  "Văn hóa đọc và vòng tỉnh Cuộc thi Đại sứ Văn hóa đọc.",
  ["Cơ sở Hoa Lư", "thẻ bạn đọc dùng chung", "Ngày hội Văn hóa đọc"])
q("no_diacritics", "diem doc sach thong minh thi diem o nhung phuong nao",
  [(L, L_PILOT)],
  "Thí điểm 03 Điểm đọc sách thông minh tại phường Thiên Trường, phường Hoa Lư và phường Phủ Lý.",
  ["03", "Thiên Trường", "Hoa Lư", "Phủ Lý"])
q("no_diacritics", "kinh phi so hoa tai lieu cua thu vien tinh la bao nhieu",
  [(L, L_F1)],
  "Kinh phí sự nghiệp văn hóa bổ sung cho số hóa tài liệu là 250 triệu đồng (trong tổng 1.480 triệu đồng).",
  ["250 triệu đồng"])
q("no_diacritics", "phuong thien truong co bao nhieu to dan pho",
  [(W, W_C0)],
  "Kế hoạch ghi phường hiện có 38 tổ dân phố.",
  ["38 tổ dân phố"])
q("no_diacritics", "diem doc sach thong minh cua phuong mo cua may gio",
  [(W, W_V3)],
  "Trung tâm Văn hóa - Thể thao phường mở cửa Điểm đọc sách thông minh từ 7 giờ 30 đến 20 giờ các ngày trong tuần, trừ "
  "thứ Hai.",
  ["7 giờ 30", "20 giờ", "trừ thứ Hai"])
q("no_diacritics", "ngay hoi doc sach phuong thien truong het bao nhieu tien",
  [(W, W_F)],
  "Ngân sách phường bố trí 40 triệu đồng cho Ngày hội đọc sách phường.",
  ["40 triệu đồng"])
q("no_diacritics", "ke hoach 28/kh-ubnd phuong thien truong ai ky",
  [(W, W_SIGN), (W, W_HEAD)],
  "Kế hoạch số 28/KH-UBND do Phó Chủ tịch Trần Văn Quyết ký thay Chủ tịch (TM. Ủy ban nhân dân, KT. Chủ tịch).",
  ["28/KH-UBND", "Trần Văn Quyết", "PHÓ CHỦ TỊCH"])

# ======================= abbreviation =======================
q("abbreviation", "KH 45/KH-TV: P.HC-TH làm cơ quan thường trực phải nộp BC năm trước ngày nào?",
  [(L, L_V1)],
  "Phòng Hành chính - Tổng hợp (cơ quan thường trực) tổng hợp báo cáo năm trước ngày 05/12/2026 gửi Sở Văn hóa, Thể thao "
  "và Du lịch (báo cáo 6 tháng trước 15/6/2026).",
  ["Phòng Hành chính - Tổng hợp", "05/12/2026"])
q("abbreviation", "TV tỉnh NB đề nghị Sở GD&ĐT phối hợp xây mô hình gì, ở bao nhiêu trường?",
  [(L, L_V8)],
  "Thư viện tỉnh Ninh Bình đề nghị Sở Giáo dục và Đào tạo phối hợp xây dựng mô hình \"Tủ sách lớp học\" kết nối với Thư "
  "viện tỉnh tại 40 trường học (và chỉ đạo các trường tham gia Cuộc thi Đại sứ Văn hóa đọc).",
  ["Tủ sách lớp học", "40 trường học"])
q("abbreviation", "Sở VHTTDL ban hành KH nào mà Thư viện tỉnh căn cứ?",
  [(L, L_12)],
  "Kế hoạch số 12/KH-SVHTTDL ngày 08/01/2026 của Sở Văn hóa, Thể thao và Du lịch về công tác thư viện và phát triển văn hóa "
  "đọc năm 2026.",
  ["12/KH-SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch"])
q("abbreviation", "Ở P. Thiên Trường, VP HĐND-UBND phường phải làm gì cho ĐĐSTM?",
  [(W, W_V2)],
  "Văn phòng HĐND và UBND phường bố trí phòng, điện, đường truyền internet cho Điểm đọc sách thông minh; phối hợp với Thư "
  "viện tỉnh tiếp nhận thiết bị và cử 01 nhân viên trông coi.",
  ["Điểm đọc sách thông minh", "01 nhân viên trông coi"])
q("abbreviation", "TTHTCĐ phường Thiên Trường mở mấy lớp KNS cho NCT?",
  [(W, W_Q3B)],
  "Trung tâm học tập cộng đồng phường mở 04 lớp kỹ năng số cho người cao tuổi tại Điểm đọc sách thông minh trong Quý III.",
  ["Trung tâm học tập cộng đồng phường", "04 lớp"])
q("abbreviation", "TDP nào phải đạt CĐHT? Chỉ tiêu số TDP đạt CĐHT của phường năm 2026?",
  [(W, W_C3)],
  "Phường đặt chỉ tiêu ít nhất 30 tổ dân phố được công nhận \"Cộng đồng học tập\" (năm 2025 đạt 21 tổ dân phố); kế hoạch "
  "không chỉ định tổ dân phố cụ thể nào.",
  ["ít nhất 30 tổ dân phố"])
q("abbreviation", "UBMTTQVN phường phối hợp việc gì theo bảng nhiệm vụ quý của KH 28?",
  [(W, W_Q4)],
  "Ủy ban Mặt trận Tổ quốc Việt Nam phường phối hợp việc của Quý IV: Tuần lễ học tập suốt đời (tháng 10); đánh giá, công "
  "nhận danh hiệu; khen thưởng tổ dân phố, gia đình tiêu biểu.",
  ["Ủy ban Mặt trận Tổ quốc Việt Nam phường", "Quý IV"])

# ======================= paraphrase =======================
q("paraphrase", "Bố mẹ tôi ngoài 70, muốn học cách dùng điện thoại tra sách và tránh bị lừa tin giả ở thư viện tỉnh, có mất tiền không và một lớp đông cỡ nào?",
  [(L, L_T5)],
  "Thư viện tỉnh mở 30 lớp hướng dẫn kỹ năng tìm kiếm thông tin, sử dụng thư viện số và nhận diện tin giả cho người cao "
  "tuổi; học miễn phí, mỗi lớp không quá 25 học viên, tại ba cơ sở và các điểm đọc sách thông minh.",
  ["miễn phí", "không quá 25 học viên"])
q("paraphrase", "Con tôi ôn thi tháng 5, tối có chỗ nào của thư viện tỉnh ngồi học muộn được không?",
  [(L, L_T1)],
  "Có: trong thời gian ôn thi từ tháng 4 đến tháng 6, Cơ sở Hoa Lư phục vụ buổi tối đến 20 giờ 30 từ thứ Hai đến thứ Sáu.",
  ["Cơ sở Hoa Lư", "20 giờ 30"])
q("paraphrase", "Xã tôi ở vùng ven biển, thư viện tỉnh có đưa sách tới tận nơi không?",
  [(L, L_T2)],
  "Có: xe thư viện lưu động thực hiện tối thiểu 48 chuyến trong năm 2026, ưu tiên các xã vùng bãi ngang ven biển và các xã "
  "miền núi phía Tây của tỉnh.",
  ["xe thư viện lưu động", "bãi ngang ven biển"])
q("paraphrase", "Tôi là tổ trưởng dân phố ở Thiên Trường, tủ sách của tổ thì ai lo và tôi phải ghi chép gì?",
  [(W, W_V6), (W, W_F)],
  "Trưởng tổ dân phố quản lý tủ sách cộng đồng, ghi sổ mượn sách và vận động hộ đăng ký \"Gia đình học tập\"; phường bố "
  "trí 50 triệu đồng bổ sung sách cho tủ sách tổ dân phố.",
  ["ghi sổ mượn sách", "50 triệu đồng"])
q("paraphrase", "Đang làm hướng dẫn sử dụng thẻ: thẻ đọc làm ở Nam Định có mượn được ở Hoa Lư không?",
  [(L, L_T1)],
  "Được: kế hoạch thống nhất nội quy, thẻ bạn đọc dùng chung cho cả ba cơ sở (Hoa Lư, Nam Định, Phủ Lý).",
  ["thẻ bạn đọc dùng chung"])
q("paraphrase", "Nếu các phòng gặp vướng mắc khi làm kế hoạch của thư viện thì báo về đâu?",
  [(L, L_END)],
  "Phản ánh về Phòng Hành chính - Tổng hợp để tổng hợp, báo cáo Giám đốc xem xét, giải quyết.",
  ["Phòng Hành chính - Tổng hợp", "báo cáo Giám đốc"])

# ======================= english =======================
q("english", "Which unit of the Ninh Bình provincial library is the standing body for plan 45/KH-TV?",
  [(L, L_V1)],
  "The Phòng Hành chính - Tổng hợp (Administration and General Affairs Office) is the cơ quan thường trực; it monitors the "
  "plan, sends the half-year report before 15/6/2026 and the annual report before 05/12/2026 to the provincial Department "
  "of Culture, Sports and Tourism.",
  ["Phòng Hành chính - Tổng hợp", "15/6/2026", "05/12/2026"])
q("english", "How many readers does the Ninh Bình library aim to serve in 2026, and what was the 2025 result?",
  [(L, B_HEAD), (L, B1)],
  "Table Biểu 1 gives 350.000 reader visits planned for 2026 against 312.000 achieved in 2025 (the \"Năm 2025 (thực "
  "hiện)\" column is a result, not a target).",
  ["350.000", "312.000"])
q("english", "Where will the three smart reading points be piloted?",
  [(L, L_PILOT)],
  "In three wards: phường Thiên Trường, phường Hoa Lư and phường Phủ Lý; each has a lookup terminal, e-readers and a link "
  "to the province's digital library.",
  ["Thiên Trường", "Hoa Lư", "Phủ Lý"])
q("english", "What is the total budget of the library's 2026 reading-culture plan?",
  [(L, L_F1)],
  "1.480 triệu đồng (VND 1.48 billion): 1.150 triệu from the library's state budget, 250 triệu for digitisation and 80 "
  "triệu from social contributions for the reading festival.",
  ["1.480", "1.150", "250", "80"])
q("english", "When and where is the provincial Reading Culture Festival held?",
  [(L, L_T4)],
  "From 18/4 to 21/4/2026 at the library's Cơ sở Hoa Lư, in response to Vietnam Book and Reading Culture Day.",
  ["18/4", "21/4/2026", "Cơ sở Hoa Lư"])
q("english", "What is the deadline for schools to send Reading Ambassador contest entries to the library?",
  [(L, L_T4B)],
  "Entries for the provincial round of the Đại sứ Văn hóa đọc contest go to the provincial library before 31/5/2026.",
  ["31/5/2026", "Đại sứ Văn hóa đọc"])
q("english", "How many mobile library trips are planned, and which areas get priority?",
  [(L, L_T2)],
  "At least 48 trips in the year, prioritising the coastal communes (\"bãi ngang ven biển\") and the mountainous "
  "communes in the west of the province (\"miền núi phía Tây\").",
  ["48", "bãi ngang ven biển", "miền núi phía Tây"])
q("english", "Who signed the library's plan?",
  [(L, L_SIGN)],
  "The director (Giám đốc), Phạm Thị Thanh Hương.",
  ["Phạm Thị Thanh Hương"])
q("english", "How many schools should get the classroom-bookshelf model linked to the provincial library, and who is asked to help?",
  [(L, L_V8), (L, B7)],
  "40 schools (\"Tủ sách lớp học\"); the plan asks the Sở Giáo dục và Đào tạo to cooperate. Biểu 1 shows no 2025 figure "
  "(\"-\") for this indicator.",
  ["40", "Tủ sách lớp học", "Sở Giáo dục và Đào tạo"])
q("english", "By when must the three library branches' catalogue databases be merged into one digital library?",
  [(L, L_T3)],
  "Before 31/10/2026.",
  ["31/10/2026"])
q("english", "What share of households in Thiên Trường ward should be recognised as 'learning families' by the end of 2026?",
  [(W, W_C2)],
  "At least 70% of households (\"ít nhất 70%\") should reach the \"Gia đình học tập\" title.",
  ["ít nhất 70%", "Gia đình học tập"])
q("english", "How much does Thiên Trường ward budget for its 2026 learning-ward plan?",
  [(W, W_F)],
  "185 triệu đồng from the ward budget: 95 triệu for the smart reading point room, power and internet, 40 triệu for the "
  "ward reading festival and 50 triệu for books for the residential groups' bookshelves.",
  ["185", "95", "40", "50"])
q("english", "Where will Thiên Trường's smart reading point be located and how big is the room?",
  [(W, W_Q3)],
  "A 60 m2 room on the ground floor (tầng 1) of the ward's Trung tâm Văn hóa - Thể thao, to be in operation before "
  "30/9/2026.",
  ["60 m2", "Trung tâm Văn hóa - Thể thao", "30/9/2026"])
q("english", "Which day of the week is the ward's smart reading point closed?",
  [(W, W_V3)],
  "Monday: it opens from 7 giờ 30 to 20 giờ every day except Monday (\"trừ thứ Hai\").",
  ["trừ thứ Hai", "7 giờ 30"])
q("english", "What is the deadline for the ward's culture and social affairs officer to submit the results report?",
  [(W, W_V1)],
  "Before 25/11/2026, to the ward People's Committee.",
  ["25/11/2026"])
q("english", "Which documents does Thiên Trường's plan implement?",
  [(W, W_BASIS)],
  "Provincial plan 218/KH-UBND (20/11/2025), the ward Party Committee's resolution 05-NQ/ĐU (10/10/2025) and the provincial "
  "library's plan 45/KH-TV (15/01/2026).",
  ["218/KH-UBND", "05-NQ/ĐU", "45/KH-TV"])
q("english", "How many residential groups does Thiên Trường have and how many should be 'learning communities' in 2026?",
  [(W, W_C0), (W, W_C3)],
  "The ward has 38 residential groups (tổ dân phố); at least 30 (\"ít nhất 30\") should be recognised as \"Cộng đồng học tập\" in 2026, up "
  "from 21 in 2025.",
  ["38", "ít nhất 30", "21"])
q("english", "When was Thiên Trường ward established?",
  [(W, W_MD1)],
  "On 01/7/2025, by reorganising wards and communes of the former Nam Định city (\"thành phố Nam Định cũ\").",
  ["01/7/2025", "Nam Định"])
q("english", "Compare: the library's digital-skills classes for older people versus the ward's — how many each?",
  [(L, L_T5), (W, W_Q3B)],
  "The library runs 30 classes (max 25 learners each, free); the ward's community learning centre runs 04 classes in "
  "Quarter III (Quý III) at the smart reading point, with the library cooperating.",
  ["30", "04", "Quý III"])

# ======================= follow_up =======================
q("follow_up", "Thế còn phường Phủ Lý thì sao, có điểm như vậy không?",
  [(L, L_PILOT)],
  "Có: phường Phủ Lý là một trong 03 nơi thí điểm Điểm đọc sách thông minh (cùng phường Thiên Trường và phường Hoa Lư).",
  ["Phủ Lý", "03"],
  H("Thư viện tỉnh Ninh Bình có làm điểm đọc sách thông minh ở phường Thiên Trường không?",
    "Có. KH 45/KH-TV thí điểm 03 \"Điểm đọc sách thông minh\", trong đó có phường Thiên Trường; mỗi điểm có máy tra cứu, "
    "máy đọc sách điện tử và kết nối Thư viện số của tỉnh (Mục II)."))
q("follow_up", "Ai bên thư viện chịu trách nhiệm lắp đặt thiết bị đó?",
  [(L, L_V3)],
  "Phòng Tin học - Thư viện số chủ trì lắp đặt, vận hành thiết bị Điểm đọc sách thông minh (Mục V.3).",
  ["Phòng Tin học - Thư viện số"],
  H("Mỗi điểm đọc sách thông minh được hỗ trợ thiết bị bao nhiêu tiền?",
    "Tối đa 60 triệu đồng mỗi điểm, từ nguồn kinh phí của Thư viện tỉnh; mặt bằng, điện và internet do ngân sách phường "
    "bảo đảm (Mục IV, KH 45/KH-TV)."))
q("follow_up", "Còn năm 2025 thì đạt bao nhiêu?",
  [(L, B_HEAD), (L, B4)],
  "Biểu 1 ghi năm 2025 (thực hiện) đạt 62% số xã, phường có điểm đọc sách cộng đồng hoạt động thường xuyên.",
  ["62%"],
  H("Chỉ tiêu xã, phường có điểm đọc sách cộng đồng năm 2026 là bao nhiêu?",
    "Ít nhất 75% số xã, phường có điểm đọc sách cộng đồng hoạt động thường xuyên (Mục II và Biểu 1 của KH 45/KH-TV)."))
q("follow_up", "Bên phường thì chi cho nó bao nhiêu?",
  [(W, W_F)],
  "Theo KH 28/KH-UBND, phường chi 95 triệu đồng cho cải tạo phòng và chi phí điện, internet của Điểm đọc sách thông minh "
  "(trong tổng 185 triệu đồng).",
  ["95 triệu đồng"],
  H("Thư viện tỉnh hỗ trợ gì cho điểm đọc sách thông minh ở Thiên Trường?",
    "Thư viện tỉnh trang bị thiết bị, phần mềm và tập huấn người phụ trách, thiết bị tối đa 60 triệu đồng mỗi điểm; UBND "
    "phường bố trí mặt bằng, điện, internet và người trông coi (Mục III.6 và IV của KH 45/KH-TV)."))
q("follow_up", "Vậy ai chủ trì việc đó?",
  [(L, L_V2)],
  "Phòng Phục vụ bạn đọc chủ trì Ngày hội Văn hóa đọc (và vòng tỉnh Cuộc thi Đại sứ Văn hóa đọc).",
  ["Phòng Phục vụ bạn đọc"],
  H("Ngày hội Văn hóa đọc của tỉnh năm nay tổ chức khi nào?",
    "Từ ngày 18/4 đến ngày 21/4/2026 tại Cơ sở Hoa Lư (Mục III.4 KH 45/KH-TV)."))
q("follow_up", "Nó mở cửa giờ nào?",
  [(W, W_V3)],
  "Trung tâm Văn hóa - Thể thao phường mở cửa Điểm đọc sách thông minh từ 7 giờ 30 đến 20 giờ các ngày trong tuần, trừ "
  "thứ Hai.",
  ["7 giờ 30 đến 20 giờ", "trừ thứ Hai"],
  H("Điểm đọc sách thông minh của phường Thiên Trường đặt ở đâu?",
    "Tại phòng 60 m2 ở tầng 1 Trung tâm Văn hóa - Thể thao phường, đưa vào hoạt động trước ngày 30/9/2026 (bảng nhiệm vụ "
    "Quý III, KH 28/KH-UBND)."))
q("follow_up", "Thế quý II có những việc gì?",
  [(W, W_Q2), (W, W_Q2B)],
  "Quý II có hai việc: tổ chức Ngày hội đọc sách phường ngày 21/4/2026 tại Trung tâm Văn hóa - Thể thao phường và cử 02 đội "
  "dự Ngày hội Văn hóa đọc của tỉnh; các trường trung học cơ sở chọn bài dự thi Đại sứ Văn hóa đọc gửi Thư viện tỉnh.",
  ["21/4/2026", "02 đội", "Đại sứ Văn hóa đọc"],
  H("Quý I phường Thiên Trường làm gì?",
    "Rà soát, đăng ký danh hiệu \"Gia đình học tập\", \"Cộng đồng học tập\" tại 38 tổ dân phố; Công chức Văn hóa - Xã hội "
    "chủ trì, Trưởng các tổ dân phố phối hợp."))
q("follow_up", "Còn số thẻ cấp mới?",
  [(L, B2)],
  "Thẻ bạn đọc cấp mới: 6.000 thẻ năm 2026 (kế hoạch), so với 4.850 thẻ năm 2025 (thực hiện).",
  ["6.000", "4.850"],
  H("Biểu 1 của Thư viện tỉnh đặt bao nhiêu lượt bạn đọc năm 2026?",
    "350.000 lượt bạn đọc phục vụ tại ba cơ sở; năm 2025 thực hiện 312.000 lượt."))
q("follow_up", "À nhầm, ý tôi hỏi hạn báo cáo của phường Thiên Trường cơ.",
  [(W, W_V1)],
  "Ở phường, Công chức Văn hóa - Xã hội tổng hợp báo cáo kết quả gửi UBND phường trước ngày 25/11/2026.",
  ["25/11/2026"],
  H("Hạn báo cáo năm theo kế hoạch văn hóa đọc là khi nào?",
    "Theo KH 45/KH-TV của Thư viện tỉnh, Phòng Hành chính - Tổng hợp gửi báo cáo năm trước ngày 05/12/2026 (báo cáo 6 "
    "tháng trước 15/6/2026) cho Sở Văn hóa, Thể thao và Du lịch."))
q("follow_up", "Thế hai cơ sở kia gửi số liệu cho phòng đó khi nào?",
  [(L, L_V5)],
  "Cơ sở Nam Định và Cơ sở Phủ Lý gửi số liệu hoạt động về Phòng Hành chính - Tổng hợp trước ngày 05 của tháng đầu quý sau.",
  ["trước ngày 05 của tháng đầu quý sau"],
  H("Cơ quan thường trực của kế hoạch Thư viện tỉnh là ai?",
    "Phòng Hành chính - Tổng hợp (Mục V.1), tổng hợp báo cáo 6 tháng trước 15/6/2026 và báo cáo năm trước 05/12/2026."))
q("follow_up", "Phường nào trong số đó cũng có kế hoạch riêng đã nạp vào đây?",
  [(W, W_HEAD), (W, W_45)],
  "Phường Thiên Trường: Kế hoạch số 28/KH-UBND của UBND phường, thực hiện chính Kế hoạch số 45/KH-TV ngày 15/01/2026 của "
  "Thư viện tỉnh Ninh Bình.",
  ["28/KH-UBND", "45/KH-TV"],
  H("Ba điểm đọc sách thông minh thí điểm ở đâu?",
    "Tại phường Thiên Trường, phường Hoa Lư và phường Phủ Lý (KH 45/KH-TV, Mục II)."))
q("follow_up", "Còn trường học thì chỉ tiêu là gì?",
  [(W, W_C4)],
  "100% trường mầm non, tiểu học, trung học cơ sở trên địa bàn có thư viện đạt chuẩn và duy trì \"Tiết đọc thư viện\" ít "
  "nhất 01 tiết mỗi tuần.",
  ["thư viện đạt chuẩn", "01 tiết mỗi tuần"],
  H("Phường Thiên Trường đặt chỉ tiêu gì cho tủ sách tổ dân phố?",
    "100% tổ dân phố có tủ sách cộng đồng hoặc góc đọc sách tại nhà văn hóa (Mục II, KH 28/KH-UBND)."))
q("follow_up", "And who runs those classes on the library side?",
  [(L, L_V3)],
  "The Phòng Tin học - Thư viện số writes the materials and teaches the digital-skills classes for older people.",
  ["Phòng Tin học - Thư viện số"],
  H("How many digital-skills classes for older people does the library plan?",
    "30 classes in 2026 (18 in 2025), at most 25 learners each, free of charge (plan 45/KH-TV, III.5 and Biểu 1).",
    "Are they free?",
    "Yes — \"học miễn phí\", at the three branches and at the smart reading points."))
q("follow_up", "What about the ward's festival — what date?",
  [(W, W_Q2)],
  "The Thiên Trường ward reading festival is on 21/4/2026 at the ward's Trung tâm Văn hóa - Thể thao, and the ward sends "
  "02 teams to the provincial festival.",
  ["21/4/2026", "02"],
  H("When is the provincial reading festival?",
    "18/4 to 21/4/2026 at the library's Cơ sở Hoa Lư (plan 45/KH-TV, III.4).",
    "Who funds it?",
    "80 triệu đồng from social contributions (xã hội hóa), per section IV."))
q("follow_up", "Thế tính cả năm 2025 thì chỉ tiêu đó tăng từ bao nhiêu?",
  [(W, W_C3)],
  "Năm 2025 phường đạt 21 tổ dân phố được công nhận \"Cộng đồng học tập\"; chỉ tiêu 2026 là ít nhất 30 tổ dân phố.",
  ["21 tổ dân phố", "ít nhất 30"],
  H("Phường Thiên Trường muốn bao nhiêu tổ dân phố đạt Cộng đồng học tập?",
    "Ít nhất 30 tổ dân phố (trên tổng số 38) được công nhận \"Cộng đồng học tập\" đến hết năm 2026."))

# ======================= unanswerable =======================
U("Thư viện tỉnh Nam Định năm 2026 đặt chỉ tiêu bao nhiêu lượt bạn đọc?",
  "Các kế hoạch đã nạp không có kế hoạch của \"Thư viện tỉnh Nam Định\": từ năm 2025 Nam Định thuộc tỉnh Ninh Bình, và kế "
  "hoạch được nạp là của Thư viện tỉnh Ninh Bình (có Cơ sở Nam Định). Tôi không thể trả lời cho một thư viện tỉnh Nam Định "
  "riêng.",
  r"thu vien tinh nam dinh", about=(L, W, *BUNDLED))
U("Kế hoạch văn hóa đọc năm 2026 của Thư viện tỉnh Thanh Hóa có những chỉ tiêu gì?",
  "Không có kế hoạch nào của Thư viện tỉnh Thanh Hóa trong các tài liệu đã nạp; kế hoạch thư viện được nạp là của Thư viện "
  "tỉnh Ninh Bình.",
  r"\bthanh hoa\b|thu vien tinh thanh hoa", about=(L, W, *BUNDLED))
U("Phường Thiên Trương (Hưng Yên) có kế hoạch phường học tập không?",
  "Tài liệu đã nạp chỉ có kế hoạch của phường Thiên Trường thuộc tỉnh Ninh Bình; không có kế hoạch nào của \"phường Thiên "
  "Trương\" hay của Hưng Yên.",
  r"hung yen|thien truong \(hung", about=(L, W, *BUNDLED))
U("Phường Hoa Lư có kế hoạch riêng về điểm đọc sách thông minh không, chỉ tiêu bao nhiêu lượt?",
  "Phường Hoa Lư chỉ được nhắc là nơi thí điểm trong KH 45/KH-TV của Thư viện tỉnh; kế hoạch riêng của phường Hoa Lư và chỉ "
  "tiêu lượt phục vụ của điểm ở đó không có trong các tài liệu đã nạp.",
  r"ubnd phuong hoa lu|uy ban nhan dan phuong hoa lu|hoa lu[^.;]{0,60}\d+\.?\d* luot", about=(L, W))
U("Thư viện huyện Mỹ Lộc năm 2026 có tham gia thí điểm điểm đọc sách thông minh không?",
  "Các kế hoạch không nói gì về thư viện huyện Mỹ Lộc hay việc nó tham gia thí điểm: ba điểm thí điểm là phường Thiên "
  "Trường, Hoa Lư, Phủ Lý; kế hoạch của huyện Mỹ Lộc (năm 2022) không đề cập điểm đọc sách thông minh.",
  r"my loc[^.;]{0,80}thong minh|thu vien huyen my loc", about=(L, W, ML))
U("Hiện nay Thư viện tỉnh Ninh Bình có bao nhiêu đầu sách trong kho?",
  "Kế hoạch không nêu tổng số đầu sách hay vốn tài liệu hiện có của Thư viện tỉnh; nó chỉ nêu các chỉ tiêu phục vụ, luân "
  "chuyển, số hóa năm 2026 và kết quả 2025 trong Biểu 1.",
  r"dau sach|von tai lieu|kho sach[^.;]{0,40}\d", about=(L,))
U("Thư viện tỉnh có bao nhiêu cán bộ, viên chức?",
  "Kế hoạch không nêu số cán bộ, viên chức của Thư viện tỉnh.",
  r"vien chuc|bien che|\d+ (can bo|nguoi lam viec|nhan vien)", about=(L,))
U("Phường Thiên Trường hiện có bao nhiêu hộ gia đình?",
  "Kế hoạch chỉ nói phường có 38 tổ dân phố và đặt chỉ tiêu ít nhất 70% hộ đạt Gia đình học tập; số hộ gia đình của "
  "phường không được nêu.",
  r"\d+\.?\d* ho\b|\d+\.?\d* ho gia dinh|\d+\.?\d* nhan khau", about=(W,))
U("Năm 2025 Thư viện tỉnh đặt chỉ tiêu bao nhiêu lượt bạn đọc?",
  "Kế hoạch không nêu chỉ tiêu năm 2025: cột \"Năm 2025 (thực hiện)\" của Biểu 1 là kết quả đã đạt (312.000 lượt), không "
  "phải chỉ tiêu được giao cho năm 2025.",
  r"(chi tieu|ke hoach) nam 2025|nam 2025 \(ke hoach\)", about=(L,))
U("Năm 2025 có bao nhiêu trường có Tủ sách lớp học kết nối Thư viện tỉnh?",
  "Biểu 1 để trống (\"-\") cột năm 2025 cho chỉ tiêu này; kế hoạch chỉ đặt 40 trường cho năm 2026, không cho biết số trường "
  "năm 2025.",
  r"tu sach lop hoc[^|]{0,60}truong \d+ 40", about=(L,))
U("Chỉ tiêu năm 2027 về số hóa tài liệu của Thư viện tỉnh là bao nhiêu?",
  "KH 45/KH-TV là kế hoạch năm 2026; nó không đặt chỉ tiêu nào cho năm 2027.",
  r"2027", about=(L,))
U("Đến năm 2030 phường Thiên Trường phấn đấu bao nhiêu phần trăm Gia đình học tập?",
  "Kế hoạch của phường chỉ đặt chỉ tiêu đến hết năm 2026 (ít nhất 70%); \"2025-2030\" chỉ xuất hiện trong tên Nghị quyết "
  "05-NQ/ĐU được dẫn, không có chỉ tiêu năm 2030.",
  r"(nam|den) 2030", about=(W,))
U("Thư viện tỉnh có phối hợp với Công an tỉnh trong việc nhận diện tin giả không?",
  "Kế hoạch không nhắc đến Công an tỉnh; việc nhận diện tin giả chỉ là nội dung lớp kỹ năng số do Phòng Tin học - Thư viện "
  "số giảng dạy.",
  r"cong an", about=(L,))
U("Tỉnh đoàn Ninh Bình được giao nhiệm vụ gì trong kế hoạch của Thư viện tỉnh?",
  "KH 45/KH-TV không giao hay đề nghị gì với Tỉnh đoàn; các đề nghị chỉ gửi UBND các xã, phường, Hội Người cao tuổi tỉnh "
  "và Sở Giáo dục và Đào tạo.",
  r"tinh doan|doan thanh nien|thanh nien", about=(L,))
U("Hội Khuyến học phường Thiên Trường phụ trách phần nào?",
  "Kế hoạch của phường không nêu tên Hội Khuyến học; chỉ có đề nghị chung với Ủy ban Mặt trận Tổ quốc Việt Nam phường và "
  "các đoàn thể.",
  r"khuyen hoc", about=(W,))
U("Trạm Y tế phường có nhiệm vụ gì trong kế hoạch Phường học tập?",
  "Kế hoạch của phường không nhắc đến Trạm Y tế.",
  r"y te", about=(W,))
U("Tổ dân phố không đạt chỉ tiêu tủ sách thì bị xử lý thế nào?",
  "Kế hoạch không quy định hình thức xử lý, kỷ luật; nó chỉ gắn việc đánh giá kết quả với bình xét thi đua cuối năm.",
  r"xu ly|ky luat|che tai|xu phat|phe binh|khien trach", about=(W,))
U("Bạn đọc làm mất sách mượn từ xe thư viện lưu động phải bồi thường bao nhiêu?",
  "Kế hoạch không có quy định về bồi thường sách mất hay mức phạt.",
  r"boi thuong|den bu|muc phat|xu phat|bi phat|mat sach", about=(L,))
U("Số điện thoại liên hệ Phòng Hành chính - Tổng hợp của Thư viện tỉnh là gì?",
  "Kế hoạch không ghi số điện thoại hay thông tin liên hệ nào.",
  r"dien thoai|hotline|\bdt\b|\b0\d{9}\b|\(0\d+\)|email|@", about=(L,))
U("Địa chỉ cụ thể của Cơ sở Phủ Lý là ở đường nào?",
  "Kế hoạch chỉ nêu tên các cơ sở (Hoa Lư, Nam Định, Phủ Lý), không ghi địa chỉ đường phố.",
  r"so nha|\bso \d+,? (pho|duong)|dia chi:|dia chi (tai|o|cua)|\bduong (tran|le|nguyen|ly)", about=(L,))
U("Kế hoạch 218/KH-UBND của tỉnh Ninh Bình đặt chỉ tiêu gì cho các thư viện?",
  "KH 218/KH-UBND chỉ được dẫn làm căn cứ trong hai kế hoạch đã nạp; nội dung, chỉ tiêu của nó không có trong tài liệu.",
  r"218/kh-ubnd[^;]{0,250}(%|chi tieu|giao cho|giao chi)", about=(L, W))
U("Kế hoạch 12/KH-SVHTTDL của Sở Văn hóa giao cho Thư viện tỉnh bao nhiêu lớp?",
  "KH 12/KH-SVHTTDL chỉ được dẫn làm căn cứ; nội dung của nó không có trong các tài liệu đã nạp.",
  r"12/kh-svhttdl.{0,250}(lop|chi tieu|giao|%)", about=(L,))
U("Nghị quyết 05-NQ/ĐU của Đảng ủy phường đặt mục tiêu gì cho năm 2030?",
  "Nghị quyết 05-NQ/ĐU chỉ được dẫn trong phần căn cứ của kế hoạch phường; nội dung và mục tiêu của nó không có trong tài "
  "liệu.",
  r"05-nq/du.{0,250}(%|muc tieu|chi tieu)", about=(W,))
U("Người trông coi Điểm đọc sách thông minh của phường được trả phụ cấp bao nhiêu một tháng?",
  "Kế hoạch chỉ nói Văn phòng HĐND và UBND phường cử 01 nhân viên trông coi; mức phụ cấp, thù lao không được nêu.",
  r"phu cap|thu lao|dong/thang|trieu dong/thang", about=(W, L))
U("Giải thưởng cuộc thi Đại sứ Văn hóa đọc vòng tỉnh trị giá bao nhiêu?",
  "Kế hoạch không nêu giải thưởng hay mức tiền thưởng của cuộc thi.",
  r"giai thuong|giai nhat|tien thuong|tri gia", about=(L, W))
U("Thư viện tỉnh dành bao nhiêu tiền cho xe thư viện lưu động?",
  "Mục IV chỉ chia kinh phí thành ngân sách tự chủ, kinh phí số hóa và nguồn xã hội hóa cho Ngày hội; không có khoản riêng "
  "cho xe thư viện lưu động.",
  r"(xe thu vien|luu dong)[^.;]{0,80}\d+ trieu|\d+ trieu[^.;]{0,80}luu dong", about=(L,))
U("Điểm đọc sách thông minh ở phường Phủ Lý mở cửa giờ nào?",
  "Chỉ có giờ mở cửa của điểm ở phường Thiên Trường (7 giờ 30 đến 20 giờ, trừ thứ Hai) trong kế hoạch của phường này; giờ "
  "mở cửa của điểm ở phường Phủ Lý không được nêu.",
  r"phu ly[^.;]{0,120}\d+ gio", about=(L, W))
U("Mỗi người được mượn tối đa mấy cuốn sách một lần ở Thư viện tỉnh?",
  "Kế hoạch chỉ nói thống nhất nội quy và thẻ bạn đọc dùng chung; số sách được mượn mỗi lần không được nêu.",
  r"muon toi da|toi da \d+ cuon|\d+ cuon", about=(L,))
U("What is the Ninh Binh provincial museum's target for visitors in 2026?",
  "The loaded plans are the provincial library's and Thiên Trường ward's; neither sets any target for a provincial museum.",
  r"bao tang", about=(L, W))
U("Does the library plan set any age limit for the digital-skills classes?",
  "No. The classes are for \"người cao tuổi\" (older people), capped at 25 learners, free; no age threshold is given.",
  r"\d+ tuoi|do tuoi|tu \d+ tuoi", about=(L,))
U("How many e-readers will each smart reading point receive?",
  "The plan says each point has a lookup terminal and e-readers (\"máy đọc sách điện tử\") but gives no number of devices.",
  r"\d+ may doc sach|may doc sach[^.;]{0,20}\d+", about=(L, W))
U("What does the Quang Ninh provincial library plan for 2026?",
  "There is no plan of a Quảng Ninh library among the loaded documents; the library plan loaded is Ninh Bình's.",
  r"quang ninh", about=(L, W, *BUNDLED))
U("Còn chỉ tiêu đó cho năm 2027 thì sao?",
  "Kế hoạch của phường chỉ đặt chỉ tiêu cho năm 2026; không có chỉ tiêu năm 2027.",
  r"2027", about=(W,),
  history=H("Phường Thiên Trường đặt chỉ tiêu bao nhiêu lượt cho Điểm đọc sách thông minh?",
            "Ít nhất 12.000 lượt người trong năm 2026 (Mục II, KH 28/KH-UBND)."))
U("Thế còn điểm ở phường Hoa Lư thì chỉ tiêu bao nhiêu lượt?",
  "Không có: chỉ tiêu 12.000 lượt là của kế hoạch phường Thiên Trường; không có kế hoạch hay chỉ tiêu lượt phục vụ riêng "
  "cho điểm ở phường Hoa Lư.",
  r"hoa lu[^.;]{0,80}\d+\.?\d* luot", about=(L, W),
  history=H("Điểm đọc sách thông minh của phường Thiên Trường phải phục vụ bao nhiêu lượt?",
            "Ít nhất 12.000 lượt người trong năm 2026 (KH 28/KH-UBND, Mục II)."))


def fold(s):
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def main():
    problems = []
    out = []
    seen_q = set()
    counts = {}
    for i, x in enumerate(Q, 1):
        qid = f"p68-{i:03d}"
        where = f"{qid} ({x['type']})"
        if x["question"] in seen_q:
            problems.append(f"{where}: repeated question")
        seen_q.add(x["question"])
        counts[x["type"]] = counts.get(x["type"], 0) + 1
        docs = []
        for d, _ in x["ev"]:
            if d not in docs:
                docs.append(d)
        for d, span in x["ev"]:
            if check_sets.norm(span) not in check_sets.text_of(d):
                problems.append(f"{where}: span missing in {d}: {span[:80]}")
        na = check_sets.norm(x["answer"]).lower()
        for kf in x["kf"]:
            k = check_sets.norm(kf).lower()
            if k not in na:
                problems.append(f"{where}: key fact {kf!r} not in answer")
            if not any(k in check_sets.norm(s).lower() for _, s in x["ev"]):
                problems.append(f"{where}: key fact {kf!r} in no cited span")
        h = x["history"]
        if x["type"] == "follow_up" or h:
            if not (2 <= len(h) <= 4) or h[-1]["role"] != "assistant" or any(
                    t["role"] != ("user" if j % 2 == 0 else "assistant") for j, t in enumerate(h)):
                problems.append(f"{where}: malformed history")
        if x["type"] == "unanswerable":
            if x["ev"] or x["kf"]:
                problems.append(f"{where}: unanswerable with evidence/key facts")
            if not x["probe"] or not x["about"]:
                problems.append(f"{where}: unanswerable without probe")
            else:
                for d in x["about"]:
                    if re.search(x["probe"], fold(check_sets.text_of(d))):
                        problems.append(f"{where}: probe {x['probe']!r} matches {d}")
        elif not x["kf"] or not x["ev"]:
            problems.append(f"{where}: answerable without evidence/key facts")
        out.append({"id": qid, "question": x["question"], "type": x["type"], "docs": docs,
                    "evidence": [{"doc": d, "span": s} for d, s in x["ev"]], "answer": x["answer"],
                    "key_facts": x["kf"], "history": h})
    for t in check_sets.TYPES:
        if counts.get(t, 0) < MINIMA.get(t, 1):
            problems.append(f"type {t}: {counts.get(t, 0)} below minimum")
    if len(out) < 140:
        problems.append(f"only {len(out)} questions")
    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} problems; NOT written")
        return 1
    with open(os.path.join(SETS, "newplans68.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} questions: {dict(sorted(counts.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
