"""Verbatim spans of the two set-54 plans (as check_sets.py extracts them, after FORMAT.md's normalisation)."""
E = "dongnai_4127-KH-UBND_2026.pdf"
P = "catdongnai_312-KH-CAT-PX01_2026.docx"
HUE = "000_4550be4bb11189cd.txt"
MYLOC = "001_7bafa58816a5de75.txt"
HANOI = "002_797e8de6131c77f9.txt"
CANTHO = "003_1a817ee72b993e3e.txt"

# ---------------------------------------------------------------- event plan (PDF)
E_STAMP1 = "Ký bởi: Ủy ban nhân dân tỉnh Đồng Nai Email: vanthu@dongnai.gov.vn Cơ quan: Tỉnh Đồng Nai Thời gian ký: 12.09.2026 09:15:33 +07:00"
E_STAMP2 = "Ký bởi: Trương Thị Mỹ Hạnh Email: hanhttm@dongnai.gov.vn Cơ quan: Ủy ban nhân dân tỉnh Đồng Nai Thời gian ký: 12.09.2026 08:52:41 +07:00"
E_NUM = "Số: 4127/KH-UBND Đồng Nai, ngày 12 tháng 9 năm 2026"
E_TITLE = "Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2026 trên địa bàn tỉnh Đồng Nai"
E_CC1 = "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”;"
E_CC2 = "Căn cứ Công văn số 3865/BGDĐT-GDTX ngày 18 tháng 8 năm 2026 của Bộ Giáo dục và Đào tạo về việc hướng dẫn tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2026;"
E_CC3 = "Căn cứ Kế hoạch số 96/KH-UBND ngày 15 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh về xây dựng xã hội học tập tỉnh Đồng Nai năm 2026;"
E_TTR = "Theo đề nghị của Giám đốc Sở Giáo dục và Đào tạo tại Tờ trình số 2210/TTr-SGDĐT ngày 05 tháng 9 năm 2026"
E_MD1 = "Nâng cao nhận thức của cán bộ, công chức, viên chức, người lao động và Nhân dân về vai trò của học tập suốt đời đối với sự phát triển của mỗi người và của tỉnh sau khi sắp xếp đơn vị hành chính."
E_MD2 = "Khơi dậy tinh thần tự học, nhu cầu đọc sách và học kỹ năng số trong mọi tầng lớp Nhân dân, nhất là người lao động trong các khu công nghiệp, người cao tuổi và đồng bào dân tộc thiểu số ở các xã vùng sâu."
E_MD3 = "Ghi nhận, tôn vinh các tập thể, cá nhân tiêu biểu trong phong trào khuyến học, khuyến tài, xây dựng xã hội học tập năm 2026."
E_YC1 = "Các hoạt động được tổ chức thiết thực, tiết kiệm, an toàn, phù hợp với điều kiện của từng xã, phường; tránh hình thức, phô trương."
E_YC2 = "Phát huy vai trò của các Trung tâm học tập cộng đồng, thư viện, nhà văn hóa và các cơ sở giáo dục trong tổ chức hoạt động của Tuần lễ."
E_THEME = "Chủ đề Tuần lễ năm 2026: “Học tập suốt đời - Thích ứng và phát triển trong kỷ nguyên số”."
E_TIME = "Tuần lễ được tổ chức từ ngày 01 tháng 10 năm 2026 đến hết ngày 07 tháng 10 năm 2026 trên phạm vi toàn tỉnh; Lễ khai mạc cấp tỉnh tổ chức vào sáng ngày 01 tháng 10 năm 2026."
E_CT_H = "3. Chỉ tiêu"
E_CT1 = "100% xã, phường tổ chức các hoạt động hưởng ứng Tuần lễ năm 2026."
E_CT2 = "Ít nhất 85% Trung tâm học tập cộng đồng tổ chức ít nhất 01 chuyên đề hoặc lớp học trong thời gian Tuần lễ."
E_CT3 = "Thu hút ít nhất 250.000 lượt người tham gia các hoạt động của Tuần lễ trên toàn tỉnh."
E_CT4 = "Mỗi xã, phường có ít nhất 01 lớp “Bình dân học vụ số” cho người cao tuổi hoặc người lao động tự do trong Tuần lễ."
E_LICH = "1. Lịch tổ chức các hoạt động cấp tỉnh"
E_TH = "Thời gian Hoạt động Đơn vị chủ trì Đơn vị phối hợp Địa điểm"
R1 = ("7 giờ 30, ngày 01/10/2026 Lễ khai mạc Tuần lễ, phát động phong trào “Đồng Nai - Cả tỉnh học tập suốt đời” "
      "Sở Giáo dục và Đào tạo Sở Văn hóa, Thể thao và Du lịch; Hội Khuyến học tỉnh Hội trường Trung tâm Hội nghị tỉnh, phường Trấn Biên")
R2 = ("Từ ngày 01/10 đến ngày 07/10/2026 Triển lãm “Đồng Nai trên hành trình xây dựng xã hội học tập” và trưng bày sản phẩm của các "
      "Trung tâm học tập cộng đồng Sở Văn hóa, Thể thao và Du lịch Sở Giáo dục và Đào tạo; Ủy ban nhân dân các xã, phường Bảo tàng tỉnh Đồng Nai")
R3 = ("8 giờ 00, ngày 02/10/2026 Ngày hội đọc sách “Sách - Người bạn đồng hành suốt đời”; tặng sách cho thư viện trường học vùng sâu "
      "Thư viện tỉnh Tỉnh Đoàn; Sở Giáo dục và Đào tạo Thư viện tỉnh Đồng Nai, phường Biên Hòa")
R4 = ("Ngày 03/10/2026 Hội thi “Gia đình học tập tiêu biểu” cấp tỉnh năm 2026 Hội Khuyến học tỉnh Hội Liên hiệp Phụ nữ tỉnh; "
      "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nhà Thiếu nhi tỉnh")
R5 = ("Ngày 03/10/2026 Lớp “Bình dân học vụ số” mẫu cấp tỉnh: hướng dẫn người cao tuổi sử dụng dịch vụ công trực tuyến và ví điện tử "
      "Sở Khoa học và Công nghệ Hội Người cao tuổi tỉnh; Bưu điện tỉnh Trung tâm học tập cộng đồng phường Long Khánh")
R6 = ("14 giờ 00, ngày 04/10/2026 Diễn đàn “Công nhân học tập suốt đời” với người lao động các khu công nghiệp Liên đoàn Lao động tỉnh "
      "Sở Nội vụ; Ban Quản lý các khu công nghiệp tỉnh Nhà Văn hóa Lao động tỉnh, phường Trảng Dài")
R7 = ("Ngày 05/10/2026 Tiết sinh hoạt dưới cờ với chủ đề Tuần lễ tại các cơ sở giáo dục Sở Giáo dục và Đào tạo "
      "Các cơ sở giáo dục trên địa bàn tỉnh Các trường học")
R8 = ("8 giờ 00, ngày 06/10/2026 Tọa đàm “Chuyển đổi số trong hoạt động của Trung tâm học tập cộng đồng” Sở Giáo dục và Đào tạo "
      "Trường Đại học Đồng Nai; Hội Khuyến học tỉnh Trường Đại học Đồng Nai")
R9 = ("15 giờ 00, ngày 07/10/2026 Lễ bế mạc Tuần lễ; khen thưởng các tập thể, cá nhân tiêu biểu trong phong trào học tập suốt đời "
      "năm 2026 Ủy ban nhân dân tỉnh Sở Giáo dục và Đào tạo; Sở Nội vụ; Hội Khuyến học tỉnh Hội trường Trung tâm Hội nghị tỉnh, phường Trấn Biên")
E_XA = ("Ủy ban nhân dân các xã, phường tổ chức lễ hưởng ứng Tuần lễ tại Trung tâm học tập cộng đồng hoặc nhà văn hóa ấp, khu phố; "
        "tổ chức các lớp chuyên đề, ngày hội đọc sách, giao lưu “Gia đình học tập”, “Dòng họ học tập” phù hợp với điều kiện địa phương.")
E_KH0 = "Các sở, ban, ngành, Ủy ban nhân dân các xã, phường và các cơ sở giáo dục treo băng rôn, pa nô với các khẩu hiệu sau:"
K1 = "1. Nhiệt liệt hưởng ứng Tuần lễ học tập suốt đời năm 2026!"
K2 = "2. Học tập suốt đời - Thích ứng và phát triển trong kỷ nguyên số!"
K3 = "3. Mỗi người dân là một công dân học tập, mỗi gia đình là một gia đình học tập!"
K4 = "4. Đồng Nai chung tay xây dựng xã hội học tập!"
K5 = "5. Học tập không bao giờ là muộn!"
K6 = "6. Đọc sách mỗi ngày, mở rộng tri thức!"
E_KHT = "Thời gian treo khẩu hiệu từ ngày 25 tháng 9 năm 2026 đến hết ngày 10 tháng 10 năm 2026."
F1 = ("1. Kinh phí tổ chức các hoạt động cấp tỉnh là 780 triệu đồng, bố trí từ nguồn ngân sách tỉnh năm 2026 đã giao trong dự toán "
      "của Sở Giáo dục và Đào tạo, trong đó: Lễ khai mạc và Lễ bế mạc 320 triệu đồng; Triển lãm 180 triệu đồng; Hội thi “Gia đình học "
      "tập tiêu biểu” 150 triệu đồng; các hoạt động còn lại 130 triệu đồng.")
F1A = "Kinh phí tổ chức các hoạt động cấp tỉnh là 780 triệu đồng, bố trí từ nguồn ngân sách tỉnh năm 2026 đã giao trong dự toán của Sở Giáo dục và Đào tạo"
F2 = "2. Kinh phí khen thưởng tại Lễ bế mạc chi từ Quỹ Thi đua - Khen thưởng tỉnh theo quy định."
F3 = ("3. Các xã, phường sử dụng ngân sách địa phương và nguồn huy động hợp pháp khác để tổ chức Tuần lễ; khuyến khích các doanh "
      "nghiệp tài trợ sách, thiết bị học tập.")
SGD1 = ("Là cơ quan thường trực, chủ trì tổ chức Lễ khai mạc, Tọa đàm và tiết sinh hoạt dưới cờ theo lịch tại Mục III; tham mưu Ủy ban "
        "nhân dân tỉnh tổ chức Lễ bế mạc.")
SGD2 = ("Hướng dẫn các Trung tâm học tập cộng đồng xây dựng chương trình hoạt động trong Tuần lễ; trình Ủy ban nhân dân tỉnh danh sách "
        "khen thưởng trước ngày 28 tháng 9 năm 2026.")
SGD3 = "Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh và Bộ Giáo dục và Đào tạo trước ngày 25 tháng 10 năm 2026."
VH = ("Chủ trì tổ chức Triển lãm tại Bảo tàng tỉnh; chỉ đạo Thư viện tỉnh tổ chức Ngày hội đọc sách; hướng dẫn trang trí, cổ động "
      "trực quan theo nội dung khẩu hiệu tại Mục III.")
KHCN = ("Chủ trì lớp “Bình dân học vụ số” mẫu cấp tỉnh; biên soạn tài liệu hướng dẫn kỹ năng số cơ bản cho người cao tuổi, gửi các "
        "xã, phường trước ngày 25 tháng 9 năm 2026.")
TC = "Thẩm định, hướng dẫn sử dụng, thanh quyết toán kinh phí tổ chức Tuần lễ theo quy định."
NV = ("Phối hợp với Sở Giáo dục và Đào tạo thẩm định hồ sơ, trình Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen cho các tập thể, cá "
      "nhân tiêu biểu tại Lễ bế mạc.")
CA = ("Bảo đảm an ninh, trật tự, an toàn giao thông tại Lễ khai mạc, Lễ bế mạc và các địa điểm tổ chức hoạt động cấp tỉnh; tổ chức "
      "cho cán bộ, chiến sĩ hưởng ứng Tuần lễ trong toàn lực lượng.")
BAO = "Đưa tin, tuyên truyền về Tuần lễ; mở chuyên mục “Học tập suốt đời” từ ngày 25 tháng 9 đến ngày 10 tháng 10 năm 2026."
XA1 = ("Xây dựng kế hoạch và tổ chức Tuần lễ tại địa phương; chỉ đạo Trung tâm học tập cộng đồng tổ chức ít nhất 01 chuyên đề hoặc "
       "lớp học; treo khẩu hiệu theo Mục III.")
XA2 = "Báo cáo kết quả về Sở Giáo dục và Đào tạo trước ngày 15 tháng 10 năm 2026."
DN_H = "9. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Hội Khuyến học tỉnh, Tỉnh Đoàn, Liên đoàn Lao động tỉnh"
MT = ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp tổ chức Hội thi “Gia đình học tập tiêu biểu”; vận động hội viên, đoàn viên và "
      "Nhân dân tham gia Tuần lễ.")
HKH = ("Hội Khuyến học tỉnh chủ trì Hội thi “Gia đình học tập tiêu biểu”; giới thiệu các gia đình, dòng họ học tập tiêu biểu dự Lễ "
       "bế mạc.")
TD = "Tỉnh Đoàn tổ chức đợt ra quân “Thanh niên tình nguyện hướng dẫn kỹ năng số” tại các xã, phường trong Tuần lễ."
LDLD = ("Liên đoàn Lao động tỉnh chủ trì Diễn đàn “Công nhân học tập suốt đời”; vận động doanh nghiệp tạo điều kiện cho người lao "
        "động tham gia học tập.")
E_KK = ("nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Giáo dục và Đào tạo để tổng hợp, báo cáo Ủy ban nhân dân tỉnh "
        "xem xét, giải quyết")
E_SIG1 = "Nơi nhận: KT. CHỦ TỊCH - Bộ Giáo dục và Đào tạo (b/c); PHÓ CHỦ TỊCH"
E_SIG2 = "- Lưu: VT, KGVX. Trương Thị Mỹ Hạnh"
E_NN2 = "- TT. Tỉnh ủy, TT. HĐND tỉnh (b/c);"

# ---------------------------------------------------------------- police plan (DOCX, table rows joined by " | ")
P_MARK = "LƯU HÀNH NỘI BỘ"
P_HEAD = "BỘ CÔNG AN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM CÔNG AN TỈNH ĐỒNG NAI | Độc lập - Tự do - Hạnh phúc"
P_NUM = "Số: 312/KH-CAT-PX01 | Đồng Nai, ngày 26 tháng 02 năm 2026"
P_TITLE = "Xây dựng “Đơn vị học tập” trong Công an tỉnh Đồng Nai giai đoạn 2026 - 2030"
P_CC1 = "Căn cứ Luật Công an nhân dân năm 2018;"
P_CC2 = "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”;"
P_CC3 = "Căn cứ Hướng dẫn số 27/HD-BCA-X01 ngày 09 tháng 12 năm 2025 của Bộ Công an về xây dựng “Đơn vị học tập” trong Công an nhân dân;"
P_CC4 = "Căn cứ Kế hoạch số 96/KH-UBND ngày 15 tháng 01 năm 2026 của Ủy ban nhân dân tỉnh về xây dựng xã hội học tập tỉnh Đồng Nai năm 2026;"
P_NQ = "Thực hiện Nghị quyết số 05-NQ/ĐU ngày 12 tháng 01 năm 2026 của Đảng ủy Công an tỉnh về công tác đào tạo, bồi dưỡng cán bộ năm 2026"
P_MD1 = ("1. Xây dựng mỗi phòng, Công an xã, phường, trại tạm giam thành một “Đơn vị học tập”; mỗi cán bộ, chiến sĩ là một “Cán bộ, "
         "chiến sĩ học tập”, thường xuyên tự học để nâng cao bản lĩnh chính trị, trình độ pháp luật, nghiệp vụ, kỹ năng số và ngoại ngữ.")
P_MD2 = ("2. Việc học tập gắn với nhiệm vụ bảo đảm an ninh, trật tự trên địa bàn tỉnh, không ảnh hưởng đến chế độ trực sẵn sàng chiến "
         "đấu; kết quả học tập là một tiêu chí bình xét thi đua hằng năm.")
P_Y27 = "1. Đến năm 2027"
P_Y30 = "2. Đến năm 2030"
P_T1 = "- 100% cán bộ, chiến sĩ có kế hoạch tự học cá nhân được thủ trưởng đơn vị phê duyệt đầu năm."
P_T2 = "- Ít nhất 60% phòng, Công an xã, phường đạt danh hiệu “Đơn vị học tập”."
P_T3 = "- Mỗi cán bộ, chiến sĩ học tập, bồi dưỡng ít nhất 40 giờ/năm ngoài chương trình huấn luyện bắt buộc."
P_T4 = "- Ít nhất 90% phòng, Công an xã, phường đạt danh hiệu “Đơn vị học tập”."
P_T5 = ("- 100% cán bộ, chiến sĩ đạt chuẩn kỹ năng số cơ bản; 100% cán bộ làm công tác tiếp công dân sử dụng thành thạo Cổng dịch vụ "
        "công Bộ Công an.")
P_T6 = ("- Ít nhất 40% cán bộ, chiến sĩ dưới 35 tuổi có chứng chỉ ngoại ngữ bậc 2 trở lên; 100% cán bộ Công an xã ở các xã có đông "
        "đồng bào dân tộc thiểu số biết tiếng dân tộc nơi công tác ở mức giao tiếp.")
P_T7 = "- Ít nhất 75% cán bộ, chiến sĩ đạt danh hiệu “Cán bộ, chiến sĩ học tập”."
P_NV1 = ("1. Quán triệt, tuyên truyền về xây dựng “Đơn vị học tập”; đưa nội dung học tập suốt đời vào sinh hoạt chi bộ, sinh hoạt "
         "đoàn thể hằng tháng.")
P_NV2 = ("2. Mỗi đơn vị xây dựng “Tủ sách pháp luật và nghiệp vụ” (bản in hoặc điện tử); duy trì “Ngày đọc sách” vào thứ Năm tuần "
         "cuối mỗi tháng.")
P_NV3 = ("3. Tổ chức các lớp bồi dưỡng kỹ năng số, ngoại ngữ, tiếng dân tộc thiểu số; khuyến khích cán bộ, chiến sĩ học tập qua nền "
         "tảng học tập trực tuyến của Bộ Công an.")
P_NV4 = ("4. Đánh giá, công nhận danh hiệu “Đơn vị học tập” và “Cán bộ, chiến sĩ học tập” hằng năm cùng với bình xét thi đua cuối "
         "năm theo tiêu chí tại Hướng dẫn số 27/HD-BCA-X01.")
P_NV5 = "5. Hưởng ứng Tuần lễ học tập suốt đời hằng năm theo kế hoạch của Ủy ban nhân dân tỉnh."
P_KP1 = ("1. Kinh phí thực hiện Kế hoạch bố trí từ nguồn ngân sách bảo đảm cho công tác đào tạo, bồi dưỡng được Bộ Công an giao hằng "
         "năm, dự kiến 1,2 tỷ đồng/năm cho toàn Công an tỉnh.")
P_KP2 = ("2. Thành lập Quỹ “Chiến sĩ học tập” của Công an tỉnh từ nguồn đóng góp tự nguyện của cán bộ, chiến sĩ (mức vận động 50.000 "
         "đồng/người/năm) và tài trợ hợp pháp; Quỹ hỗ trợ tối đa 3 triệu đồng/người/khóa cho cán bộ, chiến sĩ tự học ngoại ngữ, kỹ năng "
         "số đạt chứng chỉ, do Công đoàn Công an tỉnh quản lý.")
TCCB1 = ("Là cơ quan thường trực, tham mưu Giám đốc Công an tỉnh chỉ đạo, hướng dẫn, kiểm tra việc thực hiện Kế hoạch; Đội Đào tạo, "
         "bồi dưỡng xây dựng chương trình bồi dưỡng hằng năm, hoàn thành trước ngày 31 tháng 3 năm 2026.")
TCCB2 = ("Tổng hợp kết quả đánh giá “Đơn vị học tập”, báo cáo Giám đốc Công an tỉnh trước ngày 05 tháng 12 hằng năm; sơ kết vào quý "
         "IV năm 2028, tổng kết vào quý IV năm 2030.")
TM = ("Bố trí lịch học tập hợp lý bảo đảm quân số trực sẵn sàng chiến đấu; đưa kết quả học tập vào tiêu chí bình xét thi đua của các "
      "đơn vị.")
CTD = ("Chủ trì tuyên truyền, quán triệt Kế hoạch đến từng chi bộ, đơn vị trong quý I năm 2026; biểu dương, nhân rộng gương “Cán bộ, "
       "chiến sĩ học tập” tiêu biểu trên Trang thông tin điện tử Công an tỉnh.")
HC = "Bảo đảm kinh phí, cơ sở vật chất cho các lớp bồi dưỡng; hướng dẫn thanh quyết toán kinh phí theo quy định của Bộ Công an."
QLHC = ("Chủ trì bồi dưỡng nghiệp vụ đăng ký, quản lý cư trú và định danh điện tử cho Công an xã, phường; hoàn thành lớp bồi dưỡng "
        "đầu tiên trong quý II năm 2026.")
CAX1 = ("Xây dựng kế hoạch học tập của đơn vị trước ngày 15 tháng 3 hằng năm; cử cán bộ tham gia hướng dẫn kỹ năng số cho Nhân dân "
        "tại Trung tâm học tập cộng đồng.")
CAX2 = "Công an các xã có đông đồng bào dân tộc thiểu số tổ chức cho cán bộ học tiếng dân tộc nơi công tác."
TRAI = ("Xây dựng tủ sách pháp luật, tổ chức học tập cho cán bộ, chiến sĩ theo ca trực; phối hợp tổ chức xóa mù chữ và phổ biến pháp "
        "luật cho người bị tạm giam.")
DTN = ("Đoàn Thanh niên Công an tỉnh phát động phong trào “Chi đoàn học tập”; mỗi chi đoàn tổ chức ít nhất 02 buổi sinh hoạt chuyên "
       "đề về kỹ năng số mỗi năm.")
CD = "Công đoàn Công an tỉnh quản lý Quỹ “Chiến sĩ học tập”, báo cáo thu, chi Quỹ trước ngày 20 tháng 12 hằng năm."
HPN = "Hội Phụ nữ Công an tỉnh vận động hội viên xây dựng “Gia đình học tập”."
P_SIG1 = "Nơi nhận: | KT. GIÁM ĐỐC - Đồng chí Thứ trưởng Bộ Công an (để b/c); | PHÓ GIÁM ĐỐC"
P_SIG2 = "- Các phòng, Công an xã, phường; | Đại tá Nguyễn Hữu Phước"
P_NN = ("- Cục Tổ chức cán bộ - Bộ Công an (để b/c); | - Ban Giám đốc Công an tỉnh; | (Đã ký) - Sở Giáo dục và Đào tạo (để "
        "phối hợp); |")
P_PL = "(Kèm theo Kế hoạch số 312/KH-CAT-PX01 ngày 26/02/2026 của Công an tỉnh Đồng Nai)"
G_H = ("TT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Quý I/2026 | Quý II/2026 | Quý III/2026 | Quý IV/2026 | 2027 | 2028 | "
       "2029 | 2030")
G1 = "1 | Quán triệt, tuyên truyền Kế hoạch đến các chi bộ, đơn vị | Phòng Công tác đảng và công tác chính trị | Các đơn vị | x | | | | | | |"
G2 = "2 | Xây dựng chương trình bồi dưỡng hằng năm | Phòng Tổ chức cán bộ | Phòng Tham mưu | x | | | | x | x | x | x"
G3 = "3 | Xây dựng “Tủ sách pháp luật và nghiệp vụ” tại đơn vị | Các phòng, Công an xã, phường | Phòng Hậu cần | | x | x | ● | | | |"
G4 = ("4 | Bồi dưỡng nghiệp vụ cư trú, định danh điện tử cho Công an xã, phường | Phòng Cảnh sát quản lý hành chính về trật tự xã hội "
      "| Phòng Tổ chức cán bộ | | x | x | x | x | x | x | x")
G5 = ("5 | Lớp tiếng dân tộc thiểu số cho Công an xã | Phòng Tổ chức cán bộ | Công an các xã có đông đồng bào dân tộc thiểu số | | | "
      "x | | x | x | x | x")
G6 = ("6 | Cán bộ, chiến sĩ hướng dẫn kỹ năng số tại Trung tâm học tập cộng đồng | Công an các xã, phường | Đoàn Thanh niên Công an "
      "tỉnh | | x | x | x | x | x | x | x")
G7 = ("7 | Hưởng ứng Tuần lễ học tập suốt đời | Phòng Công tác đảng và công tác chính trị | Đoàn Thanh niên Công an tỉnh | | | | x | "
      "x | x | x | x")
G8 = "8 | Đánh giá, công nhận “Đơn vị học tập” | Phòng Tổ chức cán bộ | Phòng Tham mưu | | | | ● | ● | ● | ● | ●"
G9 = "9 | Sơ kết thực hiện Kế hoạch | Phòng Tổ chức cán bộ | Các đơn vị | | | | | | ● | |"
G10 = "10 | Tổng kết thực hiện Kế hoạch | Phòng Tổ chức cán bộ | Các đơn vị | | | | | | | | ●"
G_KH = "Ký hiệu: x - thời gian thực hiện; ● - thời điểm hoàn thành, báo cáo kết quả."

# ---------------------------------------------------------------- bundled plans
HUE_TL = "Tổ chức hiệu quả các hoạt động hưởng ứng như: Tuần lễ hưởng ứng học tập suốt đời, Ngày Sách và Văn hóa đọc Việt Nam"
MYLOC_TL = "Tổ chức hiệu quả Tuần lễ hưởng ứng học tập suốt đời và Ngày sách và văn hóa đọc Việt Nam hằng năm."
CANTHO_TL = "Hàng năm, tổ chức hiệu quả Tuần lễ hưởng ứng học tập suốt đời, Ngày sách và văn hóa đọc Việt Nam;"
HANOI_CA = ("Công an Thành phố: chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Sở Lao động - Thương binh và Xã hội tiếp tục tổ chức các "
            "lớp học xóa mù chữ")
CANTHO_CA = "8. Công an thành phố"
CANTHO_CA2 = ("Chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện tổ chức các lớp học xóa mù chữ, phổ cập giáo "
              "dục, đào tạo nghề cho trại viên, phạm nhân")
HUE_1373 = "Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021"
