"""The questions of set 47 (see questions_src47.py). Codes: HUE 000, ML 001, HN 002, CT 003, AL 004."""

# titles (cited where the plan's name is a key fact)
T_HUE = "Thực hiện Đề án “Xây dựng xã hội học tập” năm 2026 trên địa bàn thành phố Huế"
T_ML = "Thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030” trên địa bàn huyện Mỹ Lộc"
T_HN = ("Triển khai thực hiện Nghị quyết số 23-NQ/TU ngày 16/11/2023 của Thành ủy Hà Nội về tăng cường sự lãnh "
        "đạo của Đảng đối với công tác khuyến học, khuyến tài, xây dựng xã hội học tập trên địa bàn thành phố Hà Nội")
T_CT = "Xây dựng xã hội học tập năm 2024 trên địa bàn thành phố Cần Thơ"
T_AL = "khuyến học, khuyến tài, xây dựng xã hội học tập trên địa bàn huyện An Lão"

# year headings
ML25 = "a) Mục tiêu đến năm 2025"
ML30 = "b) Mục tiêu đến năm 2030"
HN25 = "2.1. Mục tiêu cụ thể đến năm 2025"
HN30 = "2.2. Mục tiêu cụ thể đến năm 2030"
CT24 = "2. Mục tiêu cụ thể năm 2024"

# frequently cited lines
HUE_XA_BC = ("định kỳ tổng hợp, gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026 để "
             "tổng hợp, báo cáo Ủy ban nhân dân thành phố theo quy định")
HUE_TTHTCD = ("Rà soát, củng cố, kiện toàn hệ thống trung tâm học tập cộng đồng, bảo đảm mỗi xã, phường có ít nhất một "
              "trung tâm, hoàn thành trong Quý II năm 2026")
ML_XA_BC = ("Kiểm tra, giám sát và định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo tình hình, kết quả thực hiện "
            "Kế hoạch về Phòng Giáo dục và Đào tạo")
ML_GD_BC = ("Tổ chức kiểm tra, giám sát và đánh giá, tổng hợp, báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm; "
            "tham mưu UBND huyện tổ chức sơ kết Đề án vào năm 2025, tổng kết vào năm 2030")
ML_30_11 = ("Tổ chức kiểm tra, giám sát đột xuất và định kỳ, trước ngày 30 tháng 11 hằng năm gửi báo cáo tình hình, "
            "kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo")
HN_BC = ("định kỳ hàng năm tổng hợp kết quả, báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12 (qua Sở Giáo "
         "dục và Đào tạo để tổng hợp)")
AL_XA_BC = ("định kỳ báo cáo tình hình thực hiện kế hoạch gửi Phòng Giáo dục và Đào tạo tổng hợp báo cáo Ủy ban "
            "nhân dân huyện")

QUESTIONS = [
    # ---------------- agency_tasks: the asker is the body asked (first person), and the contrast ----------------
    dict(type="agency_tasks",
         q="Đơn vị tôi là Phòng Nội vụ huyện Mỹ Lộc, theo kế hoạch xã hội học tập của huyện thì bên tôi phải làm gì?",
         ev=[("ML", "7. Các phòng, ban, ngành của huyện"),
             ("ML", "Xây dựng kế hoạch cụ thể để thực hiện; lồng ghép việc thực hiện Kế hoạch với quá trình triển "
                    "khai thực hiện các chương trình, đề án khác liên quan"),
             ("ML", "Tuyên truyền, phổ biến rộng rãi Kế hoạch và chỉ đạo các đơn vị trực thuộc có trách nhiệm cung "
                    "ứng các chương trình học tập cho mọi tầng lớp nhân dân"),
             ("ML", "d) Các phòng, ban, ngành huyện, UBND các xã, thị trấn xây dựng kế hoạch đào tạo chuẩn hóa cán "
                    "bộ, công chức, viên chức trong bộ máy nhà nước")],
         a="Kế hoạch của huyện Mỹ Lộc không giao việc riêng cho Phòng Nội vụ (mục V không có khoản nào mang tên "
           "phòng này); phòng của anh/chị thuộc khoản 7 \"Các phòng, ban, ngành của huyện\": xây dựng kế hoạch cụ thể "
           "để thực hiện, lồng ghép việc thực hiện Kế hoạch với các chương trình, đề án khác liên quan; tuyên truyền, "
           "phổ biến rộng rãi Kế hoạch và chỉ đạo các đơn vị trực thuộc cung ứng các chương trình học tập cho mọi "
           "tầng lớp nhân dân. Ngoài ra điểm d khoản 2 mục III yêu cầu các phòng, ban, ngành huyện xây dựng kế hoạch "
           "đào tạo chuẩn hóa cán bộ, công chức, viên chức.",
         kf=["Các phòng, ban, ngành của huyện", "Xây dựng kế hoạch cụ thể", "lồng ghép", "đào tạo chuẩn hóa"]),
    dict(type="agency_tasks",
         q="Phòng em là Phòng Tài chính - Kế hoạch huyện An Lão. Cho em hỏi phòng em có phải báo cáo gì không, báo "
           "cáo ai ạ?",
         ev=[("AL", "4. Phòng Tài chính - Kế hoạch"),
             ("AL", "Phối hợp với các phòng, ban, ngành, đơn vị lập dự toán kinh phí, báo cáo Ủy ban nhân dân huyện "
                    "cân đối trong nguồn ngân sách"),
             ("AL", "8. Các phòng, ban, ngành huyện"),
             ("AL", "báo cáo kết quả thực hiện phong trào theo yêu cầu")],
         a="Có. Theo kế hoạch của huyện An Lão (mục III.4), Phòng Tài chính - Kế hoạch phối hợp với các phòng, ban, "
           "ngành, đơn vị lập dự toán kinh phí, báo cáo Ủy ban nhân dân huyện cân đối trong nguồn ngân sách để triển "
           "khai phong trào \"Học tập suốt đời\". Với tư cách một phòng của huyện, phòng còn thuộc khoản III.8 \"Các "
           "phòng, ban, ngành huyện\": báo cáo kết quả thực hiện phong trào theo yêu cầu (kế hoạch không ghi ngày cụ "
           "thể).",
         kf=["lập dự toán kinh phí", "báo cáo Ủy ban nhân dân huyện", "theo yêu cầu"]),
    dict(type="agency_tasks",
         q="Chúng tôi ở Hội Nông dân thành phố Cần Thơ, trong kế hoạch 2024 bên mình được giao gì vậy?",
         ev=[("CT", "đ) Đề nghị Hội Cựu chiến binh thành phố, Hội Nông dân thành phố"),
             ("CT", "Hướng dẫn các cấp Hội phối hợp tổ chức các hoạt động khuyến học, khuyến tài, xây dựng xã hội học "
                    "tập theo tinh thần xã hội hóa giáo dục và đào tạo; huy động hội viên tham gia chuyển giao công "
                    "nghệ, hỗ trợ hoạt động khởi nghiệp, phổ biến kiến thức cho người dân")],
         a="Hội Nông dân thành phố được nêu chung với Hội Cựu chiến binh ở điểm đ khoản 11 mục V: hướng dẫn các cấp "
           "Hội phối hợp tổ chức các hoạt động khuyến học, khuyến tài, xây dựng xã hội học tập theo tinh thần xã hội "
           "hóa giáo dục và đào tạo; huy động hội viên tham gia chuyển giao công nghệ, hỗ trợ hoạt động khởi nghiệp, "
           "phổ biến kiến thức cho người dân.",
         kf=["Hội Cựu chiến binh", "xã hội hóa giáo dục", "chuyển giao công nghệ", "khởi nghiệp"]),
    dict(type="agency_tasks",
         q="Tôi là cán bộ UBND xã ở An Lão. Xã tôi phải làm những việc gì theo kế hoạch Học tập suốt đời của huyện?",
         ev=[("AL", "9. Ủy ban nhân dân xã, thị trấn"),
             ("AL", "xây dựng kế hoạch triển khai phong trào “Học tập suốt đời” gắn với điều kiện thực tế tại địa "
                    "phương"),
             ("AL", "Tăng cường nguồn lực đầu tư cho giáo dục, củng cố, nâng cao chất lượng hệ thống trung tâm học "
                    "tập cộng đồng"),
             ("AL", "Chỉ đạo đài phát thanh địa phương, hệ thống thông tin cơ sở đăng tải"),
             ("AL", AL_XA_BC),
             ("AL", "Tổng hợp dự toán hàng năm, bố trí và phân bổ ngân sách theo kế hoạch")],
         a="Khoản 9 mục III (Ủy ban nhân dân xã, thị trấn) giao cho xã: triển khai các chương trình, đề án của thành "
           "phố và xây dựng kế hoạch triển khai phong trào \"Học tập suốt đời\" gắn với điều kiện thực tế tại địa "
           "phương; đẩy mạnh các mô hình học tập; tăng cường nguồn lực đầu tư cho giáo dục, nâng cao chất lượng hệ "
           "thống trung tâm học tập cộng đồng; chỉ đạo đài phát thanh địa phương, hệ thống thông tin cơ sở tuyên "
           "truyền; theo dõi, kiểm tra và định kỳ báo cáo gửi Phòng Giáo dục và Đào tạo; tổng hợp dự toán hàng năm, "
           "bố trí và phân bổ ngân sách theo kế hoạch.",
         kf=["gắn với điều kiện thực tế tại địa phương", "trung tâm học tập cộng đồng", "đài phát thanh",
             "Phòng Giáo dục và Đào tạo", "Tổng hợp dự toán hàng năm"]),
    dict(type="agency_tasks",
         q="Bên mình là Sở Nội vụ Huế. Mình cần biết Sở Tài chính được giao gì để phối hợp, chứ việc của sở mình thì "
           "mình nắm rồi.",
         ev=[("HUE", "4. Sở Tài chính"),
             ("HUE", "Trên cơ sở đề nghị của các cơ quan, đơn vị liên quan và khả năng cân đối ngân sách, tham mưu Ủy "
                     "ban nhân dân thành phố bố trí kinh phí thực hiện Kế hoạch theo quy định của Luật Ngân sách Nhà "
                     "nước")],
         a="Theo khoản 4 mục V kế hoạch năm 2026 của Huế, Sở Tài chính trên cơ sở đề nghị của các cơ quan, đơn vị "
           "liên quan và khả năng cân đối ngân sách, tham mưu Ủy ban nhân dân thành phố bố trí kinh phí thực hiện Kế "
           "hoạch theo quy định của Luật Ngân sách Nhà nước. Vì vậy Sở Nội vụ cần gửi đề nghị kinh phí của mình để "
           "Sở Tài chính tổng hợp.",
         kf=["đề nghị của các cơ quan, đơn vị liên quan", "khả năng cân đối ngân sách", "bố trí kinh phí",
             "Luật Ngân sách Nhà nước"]),
    dict(type="agency_tasks",
         q="Tôi công tác ở Liên đoàn Lao động thành phố Hà Nội, công đoàn chúng tôi có nhiệm vụ gì trong kế hoạch "
           "thực hiện Nghị quyết 23?",
         ev=[("HN", "9. Liên đoàn Lao động Thành phố"),
             ("HN", "tiếp tục đẩy mạnh các hoạt động phát triển nghề nghiệp cho người lao động"),
             ("HN", "Chỉ đạo các cấp công đoàn hướng dẫn, hỗ trợ công đoàn cơ sở trong các doanh nghiệp vận động "
                    "người sử dụng lao động tạo điều kiện về thời gian, vật chất, thành lập quỹ khuyến học, khuyến "
                    "tài")],
         a="Khoản 9 mục V giao Liên đoàn Lao động Thành phố: phối hợp với các Sở, ngành tiếp tục đẩy mạnh các hoạt "
           "động phát triển nghề nghiệp cho người lao động, tuyên truyền, vận động công nhân học tập nâng cao trình "
           "độ, kỹ năng nghề nghiệp; chỉ đạo các cấp công đoàn hướng dẫn, hỗ trợ công đoàn cơ sở trong doanh nghiệp "
           "vận động người sử dụng lao động tạo điều kiện về thời gian, vật chất, thành lập quỹ khuyến học, khuyến "
           "tài.",
         kf=["phát triển nghề nghiệp", "người sử dụng lao động", "thời gian, vật chất", "quỹ khuyến học"]),
    dict(type="agency_tasks",
         q="Mình là chuyên viên Bộ Chỉ huy Quân sự thành phố Cần Thơ. Đơn vị mình có phải lo phần ngoại ngữ cho bộ "
           "đội không, hay chỉ tuyên truyền?",
         ev=[("CT", "7. Bộ Chỉ huy Quân sự thành phố"),
             ("CT", "đẩy mạnh tuyên truyền về học tập suốt đời, xây dựng xã hội học tập trong lực lượng vũ trang"),
             ("CT", "b) Chỉ đạo nâng cao trình độ, năng lực ngoại ngữ và tiếng dân tộc thiểu số cho lực lượng vũ "
                    "trang, cán bộ, chiến sĩ quân đội")],
         a="Cả hai. Khoản 7 mục V: a) chủ trì, phối hợp đẩy mạnh tuyên truyền về học tập suốt đời, xây dựng xã hội "
           "học tập trong lực lượng vũ trang; b) chỉ đạo nâng cao trình độ, năng lực ngoại ngữ và tiếng dân tộc "
           "thiểu số cho lực lượng vũ trang, cán bộ, chiến sĩ quân đội.",
         kf=["tuyên truyền", "ngoại ngữ", "tiếng dân tộc thiểu số"]),
    dict(type="agency_tasks",
         q="Hội tôi là Hội Liên hiệp Phụ nữ huyện Mỹ Lộc. Ngoài tuyên truyền ra, chị em mình còn phải vận động gì nữa "
           "không?",
         ev=[("ML", "e) Hội Liên hiệp Phụ nữ huyện"),
             ("ML", "vận động, tuyên truyền phụ nữ và trẻ em gái chưa biết chữ ra học các lớp xóa mù chữ, đẩy mạnh "
                    "hoạt động có hiệu quả đối với “Quỹ học bổng Hoàng Ngân”")],
         a="Có. Điểm e khoản 9 mục V: ngoài phối hợp tuyên truyền Kế hoạch trong phong trào \"Phụ nữ tích cực học "
           "tập, lao động sáng tạo, xây dựng gia đình hạnh phúc\", Hội còn vận động, tuyên truyền phụ nữ và trẻ em "
           "gái chưa biết chữ ra học các lớp xóa mù chữ, và đẩy mạnh hoạt động có hiệu quả đối với \"Quỹ học bổng "
           "Hoàng Ngân\".",
         kf=["trẻ em gái chưa biết chữ", "xóa mù chữ", "Quỹ học bổng Hoàng Ngân"]),
    dict(type="agency_tasks",
         q="Tôi là giáo viên một trường THCS ở Cần Thơ, không phải cán bộ Đoàn. Tôi muốn biết Đoàn Thanh niên thành "
           "phố được giao làm gì với học sinh bỏ học để trường phối hợp.",
         ev=[("CT", "c) Đề nghị Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố Cần Thơ"),
             ("CT", "thường xuyên vận động số đoàn viên, đội viên bỏ học giữa chừng đến trường, ra lớp"),
             ("CT", "Chỉ đạo các tổ chức Đoàn cơ sở phối hợp tốt với các trường trung học cơ sở, trường trung học "
                    "phổ thông")],
         a="Điểm c khoản 11 mục V đề nghị Đoàn Thanh niên thành phố chỉ đạo Đoàn quận, huyện phối hợp với chính "
           "quyền cơ sở nắm chắc số lượng đoàn viên, thanh thiếu niên trong độ tuổi, cảm hóa đoàn viên thiếu tích "
           "cực và thường xuyên vận động số đoàn viên, đội viên bỏ học giữa chừng đến trường, ra lớp; đồng thời chỉ "
           "đạo các tổ chức Đoàn cơ sở phối hợp tốt với các trường trung học cơ sở, trung học phổ thông.",
         kf=["bỏ học giữa chừng", "đến trường, ra lớp", "trường trung học cơ sở"]),
    dict(type="agency_tasks",
         q="Phòng tôi là Phòng Văn hóa Khoa học và Thông tin An Lão. Phong trào Bình dân học vụ số thì phòng tôi chủ "
           "trì hay chỉ phối hợp?",
         ev=[("AL", "3. Phòng Văn hóa Khoa học và Thông tin"),
             ("AL", "Chủ trì tham mưu triển khai phong trào “Bình dân học vụ số” trong toàn dân trên địa bàn huyện")],
         a="Chủ trì. Khoản 3 mục III giao Phòng Văn hóa Khoa học và Thông tin chủ trì tham mưu triển khai phong trào "
           "\"Bình dân học vụ số\" trong toàn dân trên địa bàn huyện.",
         kf=["Chủ trì tham mưu", "Bình dân học vụ số"]),
    dict(type="agency_tasks",
         q="Em làm ở Trung tâm Văn hóa - Thông tin và Thể thao huyện An Lão, trung tâm em được giao tuyên truyền "
           "những nội dung gì?",
         ev=[("AL", "7. Trung tâm Văn hóa - Thông tin và Thể thao huyện"),
             ("AL", "Thiết lập các trang thông tin, các chuyên mục, chuyên trang, tăng thời lượng phổ biến, tuyên "
                    "truyền về nội dung bài viết của Tổng Bí thư"),
             ("AL", "Tuyên truyền kết quả triển khai thực hiện phong trào “Học tập suốt đời”")],
         a="Khoản 7 mục III: thiết lập các trang thông tin, chuyên mục, chuyên trang, tăng thời lượng tuyên truyền về "
           "nội dung bài viết của Tổng Bí thư, mô hình mới, tấm gương tự học; tuyên truyền kết quả triển khai phong "
           "trào \"Học tập suốt đời\" gắn với việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, "
           "Quy định 144-QĐ/TW và các nghị quyết đại hội.",
         kf=["chuyên mục", "bài viết của Tổng Bí thư", "Học tập suốt đời"]),
    dict(type="agency_tasks",
         q="Chúng tôi là Ban Dân tộc thành phố Hà Nội. Kế hoạch giao ban tôi tham mưu xây dựng kế hoạch gì?",
         ev=[("HN", "10. Ban Dân tộc Thành phố"),
             ("HN", "Tham mưu Ủy ban nhân dân Thành phố xây dựng, triển khai thực hiện Kế hoạch Chương trình mục tiêu "
                    "quốc gia Phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi")],
         a="Khoản 10 mục V: Ban Dân tộc Thành phố tham mưu Ủy ban nhân dân Thành phố xây dựng, triển khai thực hiện Kế "
           "hoạch Chương trình mục tiêu quốc gia Phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền "
           "núi thành phố từ nay đến năm 2030, tầm nhìn đến năm 2045; phối hợp triển khai các chương trình, dự án hỗ "
           "trợ giáo dục đào tạo cho trẻ em, người học vùng dân tộc thiểu số và miền núi.",
         kf=["Chương trình mục tiêu quốc gia", "đồng bào dân tộc thiểu số và miền núi"]),
    dict(type="agency_tasks",
         q="Tôi ở Ủy ban nhân dân quận Ninh Kiều, Cần Thơ. Kế hoạch của thành phố năm 2024 bắt quận chúng tôi kiện "
           "toàn ban gì?",
         ev=[("CT", "14. Ủy ban nhân dân quận, huyện"),
             ("CT", "củng cố, tổ chức kiện toàn Ban Chỉ đạo Xây dựng xã hội học tập - Xóa mù chữ - Phổ cập giáo dục "
                    "các cấp ở địa phương")],
         a="Kế hoạch của thành phố không nêu riêng quận Ninh Kiều, nhưng khoản 14 mục V giao chung cho Ủy ban nhân dân "
           "quận, huyện: củng cố, tổ chức kiện toàn Ban Chỉ đạo Xây dựng xã hội học tập - Xóa mù chữ - Phổ cập giáo "
           "dục các cấp ở địa phương (cùng với triển khai Kế hoạch, xây dựng cơ chế phối hợp, bố trí ngân sách địa "
           "phương).",
         kf=["Ủy ban nhân dân quận, huyện", "Ban Chỉ đạo Xây dựng xã hội học tập - Xóa mù chữ - Phổ cập giáo dục"]),
    dict(type="agency_tasks",
         q="Tôi là Phó phòng GD&ĐT huyện Mỹ Lộc. Việc khen thưởng tấm gương tự học thành tài có phải phòng tôi làm "
           "không, hay Hội Khuyến học?",
         ev=[("ML", "1. Phòng Giáo dục và Đào tạo"),
             ("ML", "đ) Tổ chức xét tặng, ghi nhận những tấm gương tiêu biểu về tự học thành tài")],
         a="Là việc của phòng anh/chị: điểm đ khoản 1 mục V giao Phòng Giáo dục và Đào tạo tổ chức xét tặng, ghi nhận "
           "những tấm gương tiêu biểu về tự học thành tài, các tổ chức, cá nhân có nhiều đóng góp cho công tác xây "
           "dựng xã hội học tập hằng năm.",
         kf=["Phòng Giáo dục và Đào tạo", "xét tặng", "tự học thành tài"]),
]

QUESTIONS += [
    # ---------------- target: time relative to today (2026-12-04) and two figures of one plan compared ----------------
    dict(type="target",
         q="Năm nay (2026) Huế đặt chỉ tiêu bao nhiêu % công dân đạt danh hiệu công dân học tập?",
         ev=[("HUE", T_HUE), ("HUE", "40% công dân đạt danh hiệu công dân học tập")],
         a="Kế hoạch thực hiện Đề án năm 2026 của thành phố Huế đặt chỉ tiêu 40% công dân đạt danh hiệu công dân học "
           "tập (mục II.4).",
         kf=["năm 2026", "40%"]),
    dict(type="target",
         q="Năm ngoái là mốc 2025 của kế hoạch Mỹ Lộc. Chỉ tiêu kỹ năng sống mốc đó là bao nhiêu, và đến 2030 thì "
           "cao hơn bao nhiêu?",
         ev=[("ML", ML25), ("ML", "+ 60% số người trong độ tuổi lao động được trang bị kỹ năng sống"),
             ("ML", ML30), ("ML", "+ 80% người trong độ tuổi lao động được trang bị kỹ năng sống")],
         a="Mốc năm 2025 (năm ngoái): 60% số người trong độ tuổi lao động được trang bị kỹ năng sống; mốc năm 2030: "
           "80%. Chỉ tiêu 2030 cao hơn 20 điểm phần trăm.",
         kf=["2025", "60%", "2030", "80%"]),
    dict(type="target",
         q="Chỉ tiêu công dân học tập của Hà Nội năm 2030 cao hơn năm 2025 bao nhiêu?",
         ev=[("HN", HN25), ("HN", "50% công dân đạt danh hiệu công dân học tập"),
             ("HN", HN30), ("HN", "70% công dân đạt danh hiệu công dân học tập")],
         a="Hà Nội đặt 50% công dân đạt danh hiệu công dân học tập đến năm 2025 và 70% đến năm 2030, tức cao hơn 20 "
           "điểm phần trăm.",
         kf=["50%", "70%"]),
    dict(type="target",
         q="Trong kế hoạch Huế 2026, chỉ tiêu trang bị năng lực công nghệ thông tin với chỉ tiêu kỹ năng sống cho "
           "người trong độ tuổi lao động, cái nào cao hơn?",
         ev=[("HUE", "87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin"),
             ("HUE", "80% số người trong độ tuổi lao động được trang bị kỹ năng sống")],
         a="Chỉ tiêu năng lực công nghệ thông tin cao hơn: 87% số người trong độ tuổi lao động, so với 80% được trang "
           "bị kỹ năng sống (mục II.2).",
         kf=["87%", "80%"]),
    dict(type="target",
         q="Cần Thơ 2024: tỷ lệ đơn vị học tập và tỷ lệ cộng đồng học tập được công nhận, cái nào đặt cao hơn?",
         ev=[("CT", CT24),
             ("CT", "55,55% đơn vị được đánh giá, công nhận theo mức độ “Đơn vị học tập” cấp huyện, cấp thành phố"),
             ("CT", "80% đơn vị được đánh giá, công nhận theo mức độ “Cộng đồng học tập” cấp xã, huyện, thành phố")],
         a="Chỉ tiêu \"Cộng đồng học tập\" cao hơn: phấn đấu 80% đơn vị được đánh giá, công nhận theo mức độ \"Cộng "
           "đồng học tập\", so với 55,55% đơn vị được công nhận theo mức độ \"Đơn vị học tập\" (năm 2024).",
         kf=["55,55%", "80%"]),
    dict(type="target",
         q="Hà Nội năm 2025 đặt tỷ lệ biết chữ độ tuổi 15-60 là 99,5%, vậy mốc 2030 nhích lên thành bao nhiêu?",
         ev=[("HN", "Duy trì 99,5% trở lên người trong độ tuổi 15-60 biết chữ"),
             ("HN", "99,6% người trong độ tuổi 15-60 biết chữ")],
         a="Mốc 2025: duy trì 99,5% trở lên người trong độ tuổi 15-60 biết chữ; mốc 2030: 99,6% (tăng 0,1 điểm phần "
           "trăm).",
         kf=["99,5%", "99,6%"]),
    dict(type="target",
         q="Năm sau là 2027 rồi, kế hoạch Mỹ Lộc chỉ có mốc đến 2030 đúng không? Mốc đó trung tâm học tập cộng đồng "
           "ứng dụng CNTT phải đạt bao nhiêu %, so với mốc 2025?",
         ev=[("ML", ML25), ("ML", "70% các Trung tâm Học tập cộng đồng ứng dụng công nghệ thông tin"),
             ("ML", ML30), ("ML", "90% các Trung tâm Học tập cộng đồng ứng dụng công nghệ thông tin")],
         a="Đúng, kế hoạch Mỹ Lộc có hai mốc: năm 2025 và năm 2030 (không có chỉ tiêu riêng cho năm 2027). Mốc 2030: "
           "90% các Trung tâm Học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo "
           "dục; mốc 2025 là 70%.",
         kf=["2030", "90%", "70%"]),
    dict(type="target",
         q="Tỷ lệ quận, huyện, thị xã được công nhận huyện học tập của Hà Nội: mốc 2025 và mốc 2030 lần lượt là bao "
           "nhiêu?",
         ev=[("HN", "40% quận, huyện, thị xã được công nhận danh hiệu huyện học tập"),
             ("HN", "60% quận, huyện, thị xã được công nhận danh hiệu huyện học tập")],
         a="Mốc 2025: 40% quận, huyện, thị xã được công nhận danh hiệu huyện học tập; mốc 2030: 60%.",
         kf=["40%", "60%"]),
    dict(type="target",
         q="Năm nay Huế cần ít nhất bao nhiêu đơn vị học tập cấp tỉnh mức độ 1, và trong đó bao nhiêu đơn vị mức độ 2?",
         ev=[("HUE", "Có ít nhất 15 đơn vị được công nhận “Đơn vị học tập” cấp tỉnh mức độ 1, trong đó có ít nhất 05 "
                     "đơn vị đạt mức độ 2")],
         a="Kế hoạch năm 2026: có ít nhất 15 đơn vị được công nhận \"Đơn vị học tập\" cấp tỉnh mức độ 1, trong đó có "
           "ít nhất 05 đơn vị đạt mức độ 2.",
         kf=["15", "05", "mức độ 2"]),
    dict(type="target",
         q="Mỹ Lộc: tỷ lệ dân số từ 15 tuổi có trình độ đại học trở lên năm 2025 là 12%, thế mốc cuối kế hoạch thì "
           "sao, cao hơn mấy điểm?",
         ev=[("ML", "trong đó 12% dân số có trình độ đại học trở lên"), ("ML", ML30),
             ("ML", "trong đó 15% dân số có trình độ đại học trở lên")],
         a="Mốc 2025: 12% dân số có trình độ đại học trở lên; mốc cuối kế hoạch (năm 2030): 15%, cao hơn 3 điểm phần "
           "trăm.",
         kf=["12%", "2030", "15%"]),
    dict(type="target",
         q="Hà Nội: chỉ tiêu gia đình, dòng họ, cộng đồng học tập năm 2025 và năm 2030, mốc nào cao hơn và cao hơn "
           "bao nhiêu?",
         ev=[("HN", HN25), ("HN", "60% gia đình, dòng họ, cộng đồng đạt danh hiệu gia đình, dòng họ, cộng đồng học tập"),
             ("HN", HN30), ("HN", "80% gia đình, dòng họ, cộng đồng đạt danh hiệu gia đình, dòng họ, cộng đồng học tập")],
         a="Mốc 2030 cao hơn: 80% gia đình, dòng họ, cộng đồng đạt danh hiệu học tập so với 60% của mốc 2025 (cao hơn "
           "20 điểm phần trăm).",
         kf=["60%", "80%"]),
    dict(type="target",
         q="Cuối năm nay mọi xã, phường ở Huế phải đạt Cộng đồng học tập mức độ mấy?",
         ev=[("HUE", T_HUE), ("HUE", "100% xã, phường đạt “Cộng đồng học tập” cấp xã mức độ 1")],
         a="Kế hoạch năm 2026 của Huế đặt chỉ tiêu 100% xã, phường đạt \"Cộng đồng học tập\" cấp xã mức độ 1.",
         kf=["năm 2026", "100%", "mức độ 1"]),

    # ---------------- deadline: relative to today ----------------
    dict(type="deadline",
         q="Tháng này (tháng 12/2026) UBND phường ở Huế phải nộp báo cáo gì, gửi ai, hạn ngày nào?",
         ev=[("HUE", "9. Ủy ban nhân dân các xã, phường"), ("HUE", HUE_XA_BC)],
         a="Theo khoản 9 mục V, Ủy ban nhân dân các xã, phường định kỳ tổng hợp, gửi báo cáo kết quả thực hiện về Sở "
           "Giáo dục và Đào tạo trước ngày 15/12/2026 để tổng hợp, báo cáo Ủy ban nhân dân thành phố.",
         kf=["báo cáo kết quả thực hiện", "Sở Giáo dục và Đào tạo", "15/12/2026"]),
    dict(type="deadline",
         q="Hôm nay 4/12 rồi, hạn báo cáo hằng năm của các sở, ngành Hà Nội gửi UBND Thành phố còn kịp không, hạn là "
           "ngày nào?",
         ev=[("HN", HN_BC)],
         a="Kế hoạch của Hà Nội quy định định kỳ hàng năm tổng hợp kết quả, báo cáo Ủy ban nhân dân Thành phố trước "
           "ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo để tổng hợp). Hạn năm nay là trước ngày 01 tháng 12 nên đã "
           "qua; kế hoạch không quy định gia hạn.",
         kf=["hàng năm", "01 tháng 12", "Sở Giáo dục và Đào tạo"]),
    dict(type="deadline",
         q="Tôi ở UBND thị trấn Mỹ Lộc. Hạn nào sắp tới mà xã, thị trấn phải gửi báo cáo?",
         ev=[("ML", "11. UBND các xã, thị trấn"), ("ML", ML_XA_BC)],
         a="Khoản 11 mục V (điểm d): UBND các xã, thị trấn định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo tình "
           "hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo. Hạn gần nhất là trước ngày 10 tháng 12 "
           "năm nay.",
         kf=["10 tháng 12", "Phòng Giáo dục và Đào tạo"]),
    dict(type="deadline",
         q="Quý II năm nay Huế phải hoàn thành việc gì về trung tâm học tập cộng đồng? Đến giờ thì hạn đó qua chưa?",
         ev=[("HUE", HUE_TTHTCD)],
         a="Kế hoạch yêu cầu rà soát, củng cố, kiện toàn hệ thống trung tâm học tập cộng đồng, bảo đảm mỗi xã, "
           "phường có ít nhất một trung tâm, hoàn thành trong Quý II năm 2026 (mục III.5). Quý II năm 2026 kết thúc "
           "cuối tháng 6, nên đến tháng 12/2026 hạn này đã qua.",
         kf=["mỗi xã, phường có ít nhất một trung tâm", "Quý II năm 2026"]),
    dict(type="deadline",
         q="Phòng GD&ĐT Mỹ Lộc tháng này phải báo cáo UBND huyện trước ngày nào?",
         ev=[("ML", "1. Phòng Giáo dục và Đào tạo"), ("ML", ML_GD_BC)],
         a="Điểm e khoản 1 mục V: Phòng Giáo dục và Đào tạo tổ chức kiểm tra, giám sát, đánh giá, tổng hợp, báo cáo "
           "UBND huyện trước ngày 15 tháng 12 hằng năm.",
         kf=["15 tháng 12", "hằng năm"]),
    dict(type="deadline",
         q="Tháng trước (tháng 11) ở Mỹ Lộc có hạn báo cáo kiểm tra, giám sát nào không?",
         ev=[("ML", "8. Tổ chức kiểm tra, giám sát"), ("ML", ML_30_11)],
         a="Có. Khoản 8 mục III: tổ chức kiểm tra, giám sát đột xuất và định kỳ, trước ngày 30 tháng 11 hằng năm gửi "
           "báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo - Thường trực Ban chỉ đạo xây "
           "dựng xã hội học tập huyện.",
         kf=["30 tháng 11", "Phòng Giáo dục và Đào tạo"]),
    dict(type="deadline",
         q="Năm ngoái (2025) Mỹ Lộc phải làm gì với Đề án, còn năm nào tổng kết?",
         ev=[("ML", ML_GD_BC)],
         a="Phòng Giáo dục và Đào tạo tham mưu UBND huyện tổ chức sơ kết Đề án vào năm 2025 và tổng kết vào năm 2030.",
         kf=["sơ kết", "năm 2025", "tổng kết", "năm 2030"]),
    dict(type="deadline",
         q="Kế hoạch Huế có mốc nào tới năm 2030 cho xã, phường không, hay chỉ trong năm 2026?",
         ev=[("HUE", "Tổ chức phát triển các mô hình học tập, ngành nghề đào tạo và các nghề đặc thù gắn với nhu cầu "
                     "học tập suốt đời của người dân, đáp ứng yêu cầu phát triển kinh tế – xã hội và phù hợp với quy "
                     "hoạch của địa phương đến năm 2030")],
         a="Có: UBND các xã, phường tổ chức phát triển các mô hình học tập, ngành nghề đào tạo "
           "và các nghề đặc thù phù hợp với quy hoạch của địa phương đến năm 2030. Các chỉ tiêu và hạn báo cáo khác "
           "là của năm 2026.",
         kf=["quy hoạch của địa phương đến năm 2030"]),
    dict(type="deadline",
         q="Trung tâm Văn hóa - Thể thao và Truyền thông Mỹ Lộc phải hỗ trợ cung cấp dịch vụ viễn thông công ích đến "
           "năm nào? Năm sau còn phải làm không?",
         ev=[("ML", "3. Trung tâm Văn hóa - Thể thao và Truyền thông"),
             ("ML", "b) Chủ trì, phối hợp với các sở, ngành liên quan thực hiện hỗ trợ cung cấp dịch vụ viễn thông "
                    "công ích đến năm 2030")],
         a="Đến năm 2030: điểm b khoản 3 mục V giao Trung tâm Văn hóa - Thể thao và Truyền thông chủ trì, phối hợp thực "
           "hiện hỗ trợ cung cấp dịch vụ viễn thông công ích đến năm 2030 cho các đối tượng theo quy định, nên năm "
           "2027 vẫn còn trong thời hạn đó.",
         kf=["dịch vụ viễn thông công ích", "đến năm 2030"]),
]

QUESTIONS += [
    # ---------------- funding ----------------
    dict(type="funding",
         q="Kính đề nghị cho biết kinh phí thực hiện Kế hoạch xây dựng xã hội học tập năm 2026 của thành phố Huế được "
           "quản lý, sử dụng theo nghị quyết nào.",
         ev=[("HUE", "Việc quản lý, sử dụng kinh phí thực hiện Kế hoạch thực hiện theo Nghị quyết số 16/2025/NQ-HĐND "
                     "ngày 16 tháng 7 năm 2025 của Hội đồng nhân dân thành phố")],
         a="Theo mục IV, việc quản lý, sử dụng kinh phí thực hiện Kế hoạch theo Nghị quyết số 16/2025/NQ-HĐND ngày 16 "
           "tháng 7 năm 2025 của Hội đồng nhân dân thành phố (quy định nội dung, mức chi thực hiện Đề án) và các quy "
           "định hiện hành của pháp luật.",
         kf=["16/2025/NQ-HĐND", "16 tháng 7 năm 2025"]),
    dict(type="funding",
         q="Tôi là kế toán UBND xã ở An Lão. Năm sau xã tôi lập dự toán cho công tác khuyến học thế nào, ai phân bổ?",
         ev=[("AL", "9. Ủy ban nhân dân xã, thị trấn"),
             ("AL", "Tổng hợp dự toán hàng năm, bố trí và phân bổ ngân sách theo kế hoạch cho công tác khuyến học, "
                    "khuyến tài, xây dựng xã hội học tập và học tập suốt đời tại địa phương")],
         a="Kế hoạch giao chính UBND xã, thị trấn (khoản III.9) tổng hợp dự toán hàng năm, bố trí và phân bổ ngân "
           "sách theo kế hoạch cho công tác khuyến học, khuyến tài, xây dựng xã hội học tập và học tập suốt đời tại "
           "địa phương; việc này làm hàng năm nên năm 2027 cũng vậy.",
         kf=["Tổng hợp dự toán hàng năm", "phân bổ ngân sách"]),
    dict(type="funding",
         q="Đề nghị cung cấp thông tin về các nguồn kinh phí thực hiện kế hoạch của huyện An Lão.",
         ev=[("AL", "Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách nhà nước theo quy định, nguồn thu hợp pháp "
                    "của các cơ quan, đơn vị và huy động từ các nguồn xã hội hóa")],
         a="Mục IV: kinh phí được bố trí từ ngân sách nhà nước theo quy định, nguồn thu hợp pháp của các cơ quan, đơn "
           "vị và huy động từ các nguồn xã hội hóa.",
         kf=["ngân sách nhà nước", "nguồn thu hợp pháp", "xã hội hóa"]),
    dict(type="funding",
         q="Ở Hà Nội, UBND quận huyện có phải tự cân đối kinh phí hằng năm cho kế hoạch này không?",
         ev=[("HN", "16. Ủy ban nhân dân quận, huyện, thị xã"),
             ("HN", "Cân đối và bố trí kinh phí hàng năm trong phạm vi ngân sách để thực hiện Kế hoạch")],
         a="Có. Khoản 16 mục V: Ủy ban nhân dân quận, huyện, thị xã cân đối và bố trí kinh phí hàng năm trong phạm vi "
           "ngân sách để thực hiện Kế hoạch.",
         kf=["Cân đối và bố trí kinh phí hàng năm", "trong phạm vi ngân sách"]),
    dict(type="funding",
         q="Mỹ Lộc: hằng năm ai xây dựng dự toán kinh phí thực hiện kế hoạch, tổng hợp vào đâu?",
         ev=[("ML", "Hằng năm, căn cứ vào nhiệm vụ được giao, các sở, ngành, địa phương xây dựng kế hoạch và dự toán "
                    "kinh phí thực hiện, tổng hợp chung trong kế hoạch dự toán ngân sách hằng năm của phòng, ban, "
                    "ngành, địa phương trình cấp có thẩm quyền phê duyệt")],
         a="Mục IV.1: hằng năm, căn cứ nhiệm vụ được giao, các sở, ngành, địa phương xây dựng kế hoạch và dự toán kinh "
           "phí thực hiện, tổng hợp chung trong kế hoạch dự toán ngân sách hằng năm của phòng, ban, ngành, địa phương "
           "trình cấp có thẩm quyền phê duyệt.",
         kf=["dự toán kinh phí", "dự toán ngân sách hằng năm", "cấp có thẩm quyền phê duyệt"]),
    dict(type="funding",
         q="Sở Tài chính Hà Nội có 3 nhiệm vụ thì gạch đầu dòng đầu tiên nói gì về kinh phí?",
         ev=[("HN", "6. Sở Tài chính"),
             ("HN", "Đảm bảo kinh phí trong dự toán ngân sách hàng năm (theo phân cấp) để thực hiện Kế hoạch theo "
                    "quy định của Luật Ngân sách Nhà nước")],
         a="Gạch đầu dòng thứ nhất của khoản 6 mục V: Sở Tài chính đảm bảo kinh phí trong dự toán ngân sách hàng năm "
           "(theo phân cấp) để thực hiện Kế hoạch theo quy định của Luật Ngân sách Nhà nước.",
         kf=["Đảm bảo kinh phí", "dự toán ngân sách hàng năm", "Luật Ngân sách Nhà nước"]),
    dict(type="funding",
         q="Công ty tôi muốn tài trợ cho trung tâm học tập cộng đồng ở Mỹ Lộc. Kế hoạch có nói huy động nguồn lực từ "
           "doanh nghiệp cho các trung tâm này không?",
         ev=[("ML", "c) Huy động có hiệu quả các nguồn lực từ cộng đồng và các tổ chức kinh tế - xã hội cho các hoạt "
                    "động của Trung tâm Học tập cộng đồng"),
             ("ML", "2. Huy động từ các nguồn tài trợ, đóng góp của các tổ chức, doanh nghiệp")],
         a="Có. Điểm c khoản 5 mục III: huy động có hiệu quả các nguồn lực từ cộng đồng và các tổ chức kinh tế - xã "
           "hội cho các hoạt động của Trung tâm Học tập cộng đồng; mục IV.2 cũng nêu huy động từ các nguồn tài trợ, "
           "đóng góp của các tổ chức, doanh nghiệp.",
         kf=["tổ chức kinh tế - xã hội", "Trung tâm Học tập cộng đồng", "doanh nghiệp"]),

    # ---------------- legal_basis ----------------
    dict(type="legal_basis",
         q="Kế hoạch của huyện An Lão thực hiện kế hoạch nào của thành phố Hải Phòng, ban hành năm ngoái phải không?",
         ev=[("AL", "Thực hiện Kế hoạch số 108 /KH-UBND ngày 06/5/2025 của Ủy ban nhân dân thành phố Hải Phòng")],
         a="Đúng, năm 2025: kế hoạch của An Lão thực hiện Kế hoạch số 108/KH-UBND ngày 06/5/2025 của Ủy ban nhân dân "
           "thành phố Hải Phòng về triển khai phong trào \"Học tập suốt đời\" gắn với công tác khuyến học, khuyến tài, "
           "xây dựng xã hội học tập.",
         kf=["108", "06/5/2025", "Hải Phòng"]),
    dict(type="legal_basis",
         q="Kính đề nghị cho biết căn cứ ban hành Kế hoạch số 74/KH-BCĐ của Ban Chỉ đạo thành phố Cần Thơ.",
         ev=[("CT", "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ"),
             ("CT", "Kế hoạch 215/KH-UBND ngày 28 tháng 10 năm 2021 của Ủy ban nhân dân thành phố Cần Thơ")],
         a="Kế hoạch 74/KH-BCĐ căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê "
           "duyệt Đề án \"Xây dựng xã hội học tập giai đoạn 2021 - 2030\" và Kế hoạch 215/KH-UBND ngày 28 tháng 10 "
           "năm 2021 của Ủy ban nhân dân thành phố Cần Thơ.",
         kf=["1373/QĐ-TTg", "215/KH-UBND", "28 tháng 10 năm 2021"]),
    dict(type="legal_basis",
         q="Kế hoạch Mỹ Lộc thực hiện Kế hoạch 145 của tỉnh, ngày ban hành của Kế hoạch 145 ghi thế nào?",
         ev=[("ML", "Thực hiện Kế hoạch số 145/KH- UBND ngày 23/12//2021 của UBND tỉnh Nam Định")],
         a="Kế hoạch Mỹ Lộc thực hiện Kế hoạch số 145/KH-UBND của UBND tỉnh Nam Định, ngày ghi trong văn bản là "
           "\"23/12//2021\" (tức 23/12/2021, có hai dấu gạch chéo do lỗi đánh máy).",
         kf=["145", "23/12//2021", "Nam Định"]),
    dict(type="legal_basis",
         q="Kế hoạch Hà Nội thay thế kế hoạch nào?",
         ev=[("HN", "Kế hoạch này thay thế cho Kế hoạch số 290/KH-UBND ngày 16/12/2021")],
         a="Kế hoạch này thay thế cho Kế hoạch số 290/KH-UBND ngày 16/12/2021 của Ủy ban nhân dân thành phố Hà Nội về "
           "việc thực hiện Đề án \"Xây dựng xã hội học tập giai đoạn 2021-2030\".",
         kf=["290/KH-UBND", "16/12/2021"]),
    dict(type="legal_basis",
         q="Huế: Thông tư nào quy định đánh giá, công nhận Đơn vị học tập cấp huyện, cấp tỉnh?",
         ev=[("HUE", "Thông tư số 24/2023/TT-BGDĐT ngày 11 tháng 12 năm 2023 của Bộ Giáo dục và Đào tạo quy định về "
                     "đánh giá, công nhận “Đơn vị học tập” cấp huyện, cấp tỉnh")],
         a="Thông tư số 24/2023/TT-BGDĐT ngày 11 tháng 12 năm 2023 của Bộ Giáo dục và Đào tạo (mục III.5 kế hoạch Huế).",
         kf=["24/2023/TT-BGDĐT", "11 tháng 12 năm 2023"]),
    dict(type="legal_basis",
         q="Công văn 2430-CV/TU mà kế hoạch Huế nhắc là của cơ quan nào, ngày nào?",
         ev=[("HUE", "Công văn số 2430-CV/TU ngày 19 tháng 6 năm 2023 của Tỉnh ủy Thừa Thiên Huế")],
         a="Công văn số 2430-CV/TU ngày 19 tháng 6 năm 2023 của Tỉnh ủy Thừa Thiên Huế (nay là Thành ủy Huế) về tăng "
           "cường lãnh đạo, chỉ đạo công tác khuyến học, khuyến tài, xây dựng đơn vị học tập, xã hội học tập.",
         kf=["Tỉnh ủy Thừa Thiên Huế", "19 tháng 6 năm 2023"]),
    dict(type="legal_basis",
         q="Nghị quyết 57-NQ/TW được kế hoạch An Lão dẫn là của ai, ngày nào, về vấn đề gì?",
         ev=[("AL", "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công "
                    "nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia")],
         a="Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới "
           "sáng tạo và chuyển đổi số quốc gia (khoản II.3).",
         kf=["Bộ Chính trị", "22/12/2024", "chuyển đổi số quốc gia"]),

    # ---------------- purpose ----------------
    dict(type="purpose",
         q="Kính đề nghị cho biết mục đích của Kế hoạch xây dựng xã hội học tập năm 2024 của Cần Thơ.",
         ev=[("CT", "Tổ chức triển khai thực hiện hiệu quả, đúng tiến độ các nhiệm vụ được giao tại Quyết định số "
                    "1373/QĐ-TTg"),
             ("CT", "củng cố, tổ chức bộ phận chỉ đạo xây dựng xã hội học tập giai đoạn 2021 - 2030 các cấp của thành "
                    "phố; xây dựng cơ chế phối hợp giữa các cấp, các ngành")],
         a="Mục I.1: tổ chức triển khai thực hiện hiệu quả, đúng tiến độ các nhiệm vụ được giao tại Quyết định số "
           "1373/QĐ-TTg, phù hợp kế hoạch phát triển kinh tế xã hội của thành phố; củng cố, tổ chức bộ phận chỉ đạo "
           "xây dựng xã hội học tập các cấp; xây dựng cơ chế phối hợp giữa các cấp, các ngành, các tổ chức, doanh "
           "nghiệp.",
         kf=["đúng tiến độ", "1373/QĐ-TTg", "bộ phận chỉ đạo", "cơ chế phối hợp"]),
    dict(type="purpose",
         q="Mục đích thứ hai của kế hoạch An Lão nói về việc tự học thế nào?",
         ev=[("AL", "dần thúc đẩy việc “tự học” trở thành nhu cầu tự thân của mỗi người dân")],
         a="Gạch đầu dòng thứ hai của mục I.1: tạo chuyển biến mạnh mẽ trong nhận thức và hành động về học tập suốt "
           "đời; dần thúc đẩy việc \"tự học\" trở thành nhu cầu tự thân của mỗi người dân.",
         kf=["tự học", "nhu cầu tự thân"]),
    dict(type="purpose",
         q="Theo kế hoạch Mỹ Lộc, mục đích b nói người dân tận dụng cơ hội học tập để trở thành gì?",
         ev=[("ML", "tận dụng mọi cơ hội học tập để trở thành công dân số, công dân học tập toàn cầu")],
         a="Điểm b khoản 1 mục I: tạo điều kiện cho mọi công dân học tập thường xuyên, học suốt đời; tận dụng mọi cơ "
           "hội học tập để trở thành công dân số, công dân học tập toàn cầu.",
         kf=["công dân số", "công dân học tập toàn cầu"]),
    dict(type="purpose",
         q="Kế hoạch Hà Nội nói kế hoạch là căn cứ để làm gì đối với các cấp, các ngành?",
         ev=[("HN", "Là căn cứ để kiểm điểm trách nhiệm của các cấp, các ngành, địa phương, đơn vị trong việc thực "
                    "hiện các nhiệm vụ được giao")],
         a="Mục I: Kế hoạch là căn cứ để kiểm điểm trách nhiệm của các cấp, các ngành, địa phương, đơn vị trong việc "
           "thực hiện các nhiệm vụ được giao.",
         kf=["kiểm điểm trách nhiệm"]),
    dict(type="purpose",
         q="Yêu cầu của kế hoạch Huế có nói phải tránh điều gì khi triển khai không?",
         ev=[("HUE", "có tính linh hoạt, sáng tạo, tránh hình thức")],
         a="Có. Mục I.2: việc triển khai phải bảo đảm thiết thực, hiệu quả, đúng mục tiêu, phù hợp điều kiện thực "
           "tiễn; có tính linh hoạt, sáng tạo, tránh hình thức.",
         kf=["tránh hình thức"]),
    dict(type="purpose",
         q="Mỹ Lộc nêu mục tiêu chung đến năm 2030 là gì?",
         ev=[("ML", "bảo đảm đến năm 2030 mọi người dân đều có cơ hội bình đẳng trong việc tiếp cận hệ thống giáo dục "
                    "mở")],
         a="Mục II.1: tiếp tục tạo chuyển biến cơ bản trong xây dựng xã hội học tập, bảo đảm đến năm 2030 mọi người "
           "dân đều có cơ hội bình đẳng trong việc tiếp cận hệ thống giáo dục mở, đa dạng, linh hoạt, liên thông, "
           "hiện đại.",
         kf=["năm 2030", "cơ hội bình đẳng", "giáo dục mở"]),
]

QUESTIONS += [
    # ---------------- task_section: legal-style addresses and pasted passages located ----------------
    dict(type="task_section",
         q="Điểm b tiểu mục 2.1 khoản 2 Mục II kế hoạch Hà Nội quy định gì?",
         ev=[("HN", HN25), ("HN", "b) Về năng lực cơ bản và trình độ của người dân"),
             ("HN", "75-80% lao động được qua đào tạo, trong đó lao động có bằng cấp, chứng chỉ đạt 55-60%"),
             ("HN", "50% số người trong độ tuổi lao động được trang bị năng lực thông tin"),
             ("HN", "100% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng, phổ cập kỹ năng số cơ bản")],
         a="Tiểu mục 2.1 là \"Mục tiêu cụ thể đến năm 2025\"; điểm b \"Về năng lực cơ bản và trình độ của người dân\" "
           "gồm: 75-80% lao động được qua đào tạo (bằng cấp, chứng chỉ đạt 55-60%); 50% người trong độ tuổi lao động "
           "được trang bị năng lực thông tin; 50% được trang bị kỹ năng sống; 50% dân số từ 15 tuổi trở lên được đào "
           "tạo chuyên môn kỹ thuật (12% đại học trở lên); 100% cán bộ chuyên trách an toàn thông tin được đào tạo; "
           "100% cán bộ, công chức, viên chức được phổ cập kỹ năng số cơ bản (50% được bồi dưỡng kỹ năng phân tích, "
           "khai thác dữ liệu).",
         kf=["năm 2025", "75-80%", "55-60%", "năng lực thông tin", "kỹ năng số cơ bản"]),
    dict(type="task_section",
         q="Gạch đầu dòng thứ ba của khoản 1 Mục V kế hoạch Huế (Sở GD&ĐT) nói gì?",
         ev=[("HUE", "1. Sở Giáo dục và Đào tạo"),
             ("HUE", "Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện các mục tiêu: xóa mù chữ và phổ cập "
                     "giáo dục; hiệu quả hoạt động của các cơ sở giáo dục; “Đơn vị học tập” cấp tỉnh; “Cộng đồng học "
                     "tập” cấp xã")],
         a="Gạch thứ ba (sau \"Là cơ quan thường trực\" và \"Chỉ đạo các cơ sở giáo dục nghề nghiệp\"): Sở Giáo dục và "
           "Đào tạo theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện các mục tiêu: xóa mù chữ và phổ cập "
           "giáo dục; hiệu quả hoạt động của các cơ sở giáo dục; \"Đơn vị học tập\" cấp tỉnh; \"Cộng đồng học tập\" "
           "cấp xã.",
         kf=["Theo dõi", "xóa mù chữ và phổ cập giáo dục", "Đơn vị học tập", "Cộng đồng học tập"]),
    dict(type="task_section",
         q="Phần V mục 8 kế hoạch Hà Nội giao cho ai, làm gì?",
         ev=[("HN", "8. Lực lượng vũ trang Thành phố"),
             ("HN", "Công an Thành phố: chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Sở Lao động - Thương binh và Xã "
                    "hội tiếp tục tổ chức các lớp học xóa mù chữ"),
             ("HN", "Bộ Tư lệnh Thủ đô: tiếp tục tổ chức, tăng cường công tác tuyên truyền, phổ biến giáo dục, bồi "
                    "dưỡng kiến thức quốc phòng, an ninh")],
         a="Mục V.8 \"Lực lượng vũ trang Thành phố\" gồm hai đơn vị: Công an Thành phố chủ trì tổ chức các lớp học xóa "
           "mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân, học viên; Bộ Tư lệnh Thủ đô tăng cường "
           "tuyên truyền, bồi dưỡng kiến thức quốc phòng, an ninh cho mọi tầng lớp nhân dân.",
         kf=["Lực lượng vũ trang Thành phố", "Công an Thành phố", "Bộ Tư lệnh Thủ đô", "quốc phòng, an ninh"]),
    dict(type="task_section",
         q="Điểm c khoản 2 Mục III kế hoạch Mỹ Lộc quy định gì?",
         ev=[("ML", "c) Phát huy vai trò của các tổ chức chính trị - xã hội, xã hội nghề nghiệp và tổ chức xã hội tích "
                    "cực tham gia công tác khuyến học"),
             ("ML", "huy động hội viên tham gia chuyển giao công nghệ, hỗ trợ hoạt động khởi nghiệp, phổ biến kiến "
                    "thức cho người dân. d) Các phòng, ban, ngành huyện")],
         a="Khoản 2 mục III (tăng cường lãnh đạo, chỉ đạo ...), điểm c: phát huy vai trò của các tổ chức chính trị - "
           "xã hội, xã hội nghề nghiệp và tổ chức xã hội tích cực tham gia công tác khuyến học, khuyến tài, xây dựng "
           "xã hội học tập theo tinh thần xã hội hóa giáo dục; huy động hội viên tham gia chuyển giao công nghệ, hỗ "
           "trợ hoạt động khởi nghiệp, phổ biến kiến thức cho người dân.",
         kf=["tổ chức chính trị - xã hội", "chuyển giao công nghệ", "khởi nghiệp"]),
    dict(type="task_section",
         q="Gạch đầu dòng thứ sáu dưới Phòng Giáo dục và Đào tạo (khoản 1 Mục III) của kế hoạch An Lão là gì?",
         ev=[("AL", "1. Phòng Giáo dục và Đào tạo"),
             ("AL", "Chủ trì tổng hợp kết quả thực hiện phong trào"),
             ("AL", "lồng ghép với kết quả xây dựng xã hội học tập trên địa bàn huyện, hằng năm")],
         a="Khoản 1 mục III có bảy gạch đầu dòng; gạch thứ sáu: Phòng Giáo dục và Đào tạo chủ trì tổng hợp kết quả "
           "thực hiện phong trào \"Học tập suốt đời\", lồng ghép với kết quả xây dựng xã hội học tập trên địa bàn "
           "huyện, hằng năm.",
         kf=["Chủ trì tổng hợp kết quả", "hằng năm"]),
    dict(type="task_section",
         q="Khoản 3 Mục II kế hoạch Huế gồm những chỉ tiêu nào?",
         ev=[("HUE", "3. Về hiệu quả hoạt động của các cơ sở giáo dục"),
             ("HUE", "100% các trường đại học, cao đẳng có triển khai đại học số và xây dựng học liệu số"),
             ("HUE", "100% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt "
                     "động giáo dục")],
         a="Khoản II.3 \"Về hiệu quả hoạt động của các cơ sở giáo dục\" có ba chỉ tiêu đều 100%: các trường đại học, "
           "cao đẳng triển khai đại học số và xây dựng học liệu số; các cơ sở giáo dục phổ thông, thường xuyên, nghề "
           "nghiệp và khác triển khai quản lý, giảng dạy, học tập trên môi trường số; các trung tâm học tập cộng đồng "
           "ứng dụng công nghệ thông tin.",
         kf=["hiệu quả hoạt động của các cơ sở giáo dục", "100%", "đại học số", "trung tâm học tập cộng đồng"]),
    dict(type="task_section",
         q="Điểm b khoản 11 Mục V kế hoạch 74/KH-BCĐ Cần Thơ đề nghị đơn vị nào?",
         ev=[("CT", "b) Đề nghị Liên đoàn Lao động thành phố phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân "
                    "quận, huyện đẩy mạnh các hoạt động phát triển nghề nghiệp cho người lao động")],
         a="Điểm b khoản 11 mục V đề nghị Liên đoàn Lao động thành phố phối hợp với Sở Giáo dục và Đào tạo, Ủy ban "
           "nhân dân quận, huyện đẩy mạnh các hoạt động phát triển nghề nghiệp cho người lao động; tuyên truyền, vận "
           "động công nhân học tập nâng cao trình độ, kỹ năng nghề.",
         kf=["Liên đoàn Lao động thành phố", "phát triển nghề nghiệp"]),
    dict(type="task_section",
         q="\"Nâng cao trình độ, năng lực ngoại ngữ cho cán bộ toàn lực lượng vũ trang trên địa bàn huyện\" — đoạn này "
           "ở kế hoạch nào, mục nào, giao cho ai?",
         ev=[("ML", T_ML), ("ML", "6. Công an huyện, Bộ Chỉ huy Quân sự huyện"),
             ("ML", "Nâng cao trình độ, năng lực ngoại ngữ cho cán bộ toàn lực lượng vũ trang trên địa bàn huyện")],
         a="Đoạn này ở kế hoạch thực hiện Đề án \"Xây dựng xã hội học tập giai đoạn 2021-2030\" trên địa bàn huyện Mỹ "
           "Lộc, mục V (Tổ chức thực hiện) khoản 6, giao chung cho Công an huyện và Bộ Chỉ huy Quân sự huyện.",
         kf=["huyện Mỹ Lộc", "Công an huyện", "Bộ Chỉ huy Quân sự huyện"]),
    dict(type="task_section",
         q="Tôi chép được câu \"vận động gây quỹ hỗ trợ thanh niên có hoàn cảnh khó khăn tham gia học tập\". Câu này "
           "của kế hoạch nào và ai chịu trách nhiệm?",
         ev=[("ML", T_ML), ("ML", "c) Đoàn TNCS Hồ Chí Minh huyện"),
             ("ML", "vận động gây quỹ hỗ trợ thanh niên có hoàn cảnh khó khăn tham gia học tập")],
         a="Câu này ở kế hoạch của huyện Mỹ Lộc, điểm c khoản 9 mục V: Đoàn TNCS Hồ Chí Minh huyện vận động gây quỹ hỗ "
           "trợ thanh niên có hoàn cảnh khó khăn tham gia học tập. (Kế hoạch Hà Nội có câu gần giống nhưng là hỗ trợ "
           "học sinh, học viên, sinh viên Hà Nội.)",
         kf=["huyện Mỹ Lộc", "Đoàn TNCS Hồ Chí Minh huyện"]),
    dict(type="task_section",
         q="Đoạn \"bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn thành trong Quý II\" là trong kế hoạch nào, "
           "Quý II năm nào, ở mục nào?",
         ev=[("HUE", T_HUE), ("HUE", "5. Đẩy mạnh phong trào xây dựng các mô hình học tập theo hướng thiết thực"),
             ("HUE", HUE_TTHTCD)],
         a="Đoạn này ở Kế hoạch thực hiện Đề án \"Xây dựng xã hội học tập\" năm 2026 trên địa bàn thành phố Huế, mục "
           "III (Nhiệm vụ và giải pháp) khoản 5; hạn là hoàn thành trong Quý II năm 2026.",
         kf=["thành phố Huế", "Quý II năm 2026"]),
    dict(type="task_section",
         q="Khoản 9 Mục II kế hoạch An Lão nói về việc gì?",
         ev=[("AL", "II. NỘI DUNG, GIẢI PHÁP"),
             ("AL", "9. Thúc đẩy giao lưu, hợp tác quốc tế về giáo dục; góp phần nâng cao chất lượng giáo dục đào tạo, "
                    "phát triển nguồn nhân lực chất lượng cao cho huyện và thành phố")],
         a="Mục II (Nội dung, giải pháp) khoản 9 — khoản cuối của mục — nói về thúc đẩy giao lưu, hợp tác quốc tế về "
           "giáo dục; góp phần nâng cao chất lượng giáo dục đào tạo, phát triển nguồn nhân lực chất lượng cao cho huyện "
           "và thành phố.",
         kf=["hợp tác quốc tế về giáo dục", "nguồn nhân lực chất lượng cao"]),

    # ---------------- cross_plan ----------------
    dict(type="cross_plan",
         q="Câu \"tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân\" có trong "
           "kế hoạch nào? Ai chịu trách nhiệm?",
         ev=[("HN", T_HN), ("HN", "Công an Thành phố: chủ trì, phối hợp với Sở Giáo dục và Đào tạo"),
             ("HN", "tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân"),
             ("CT", T_CT), ("CT", "8. Công an thành phố"),
             ("CT", "tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân")],
         a="Câu này có trong hai kế hoạch: kế hoạch của Hà Nội (mục V.8, Công an Thành phố chủ trì, phối hợp Sở Giáo "
           "dục và Đào tạo, Sở Lao động - Thương binh và Xã hội) và kế hoạch năm 2024 của Cần Thơ (mục V.8, Công an "
           "thành phố chủ trì, phối hợp Sở Giáo dục và Đào tạo, UBND quận, huyện). Cả hai đều giao cho công an thành "
           "phố.",
         kf=["Hà Nội", "Cần Thơ", "Công an Thành phố"]),
    dict(type="cross_plan",
         q="Tháng 12 này những kế hoạch nào có hạn báo cáo trong tháng 12? Liệt kê giúp ngày.",
         ev=[("HUE", T_HUE), ("HUE", HUE_XA_BC), ("ML", T_ML), ("ML", ML_XA_BC), ("ML", ML_GD_BC),
             ("HN", T_HN), ("HN", HN_BC)],
         a="Ba kế hoạch: Huế — UBND xã, phường gửi báo cáo về Sở Giáo dục và Đào tạo trước ngày 15/12/2026; Mỹ Lộc — "
           "UBND xã, thị trấn gửi Phòng Giáo dục và Đào tạo trước ngày 10 tháng 12 hằng năm, Phòng Giáo dục và Đào "
           "tạo báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm; Hà Nội — báo cáo UBND Thành phố trước ngày 01 "
           "tháng 12 hằng năm (đã qua). Cần Thơ và An Lão không ghi ngày báo cáo.",
         kf=["Huế", "15/12/2026", "Mỹ Lộc", "10 tháng 12", "15 tháng 12", "Hà Nội", "01 tháng 12"]),
    dict(type="cross_plan",
         q="Hội Người cao tuổi ở Cần Thơ và ở Mỹ Lộc được giao gì, có giống nhau không?",
         ev=[("CT", "12. Đề nghị Hội Người cao tuổi thành phố"),
             ("CT", "Hướng dẫn các cấp Hội phối hợp tổ chức tuyên truyền, tập huấn cho cán bộ, nhà giáo, hội viên"),
             ("ML", "g) Hội Cựu chiến binh huyện, Hội Nông dân huyện, Hội Người cao tuổi huyện, Hội Cựu giáo chức "
                    "huyện"),
             ("ML", "nâng cao chất lượng “Quỹ vòng tay đồng đội”")],
         a="Không giống. Cần Thơ có khoản riêng V.12 cho Hội Người cao tuổi thành phố: hướng dẫn các cấp Hội tổ chức "
           "tuyên truyền, tập huấn cho cán bộ, nhà giáo, hội viên, hỗ trợ ngành giáo dục. Ở Mỹ Lộc, Hội Người cao "
           "tuổi huyện được giao chung với Hội Cựu chiến binh huyện, Hội Nông dân huyện, Hội Cựu giáo chức huyện (V.9.g): phối hợp tổ "
           "chức hoạt động khuyến học, nâng cao chất lượng \"Quỹ vòng tay đồng đội\", huy động hội viên chuyển giao "
           "công nghệ.",
         kf=["tập huấn", "Hội Cựu chiến binh huyện", "Quỹ vòng tay đồng đội"]),
    dict(type="cross_plan",
         q="Năm nay là 2026, trong năm bản kế hoạch thì bản nào có chỉ tiêu riêng cho năm 2026?",
         ev=[("HUE", T_HUE), ("ML", ML25), ("ML", ML30), ("HN", HN25), ("HN", HN30), ("CT", CT24)],
         a="Chỉ kế hoạch của thành phố Huế (Kế hoạch thực hiện Đề án năm 2026). Mỹ Lộc và Hà Nội có mốc năm 2025 và "
           "năm 2030, Cần Thơ là kế hoạch năm 2024, còn An Lão không đặt chỉ tiêu số.",
         kf=["thành phố Huế", "năm 2026", "năm 2025", "năm 2030", "năm 2024"]),
    dict(type="cross_plan",
         q="Kỹ năng sống mốc 2030: Mỹ Lộc với Hà Nội nơi nào đặt cao hơn?",
         ev=[("ML", T_ML), ("ML", ML30), ("ML", "+ 80% người trong độ tuổi lao động được trang bị kỹ năng sống"),
             ("HN", T_HN), ("HN", HN30), ("HN", "70% người trong độ tuổi lao động được trang bị kỹ năng sống")],
         a="Mỹ Lộc đặt cao hơn: đến năm 2030 là 80% người trong độ tuổi lao động được trang bị kỹ năng sống, còn Hà Nội "
           "là 70%.",
         kf=["Mỹ Lộc", "80%", "Hà Nội", "70%"]),
    dict(type="cross_plan",
         q="Trong 5 kế hoạch, bản nào do Ban Chỉ đạo ký ban hành chứ không phải UBND?",
         ev=[("CT", T_CT), ("CT", "Số: 74 /KH-BCĐ"), ("CT", "TM. BAN CHỈ ĐẠO TRƯỞNG BAN"),
             ("HUE", "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH"), ("ML", "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH"),
             ("HN", "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH"), ("AL", "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH")],
         a="Kế hoạch số 74/KH-BCĐ của Cần Thơ, ký \"TM. BAN CHỈ ĐẠO, TRƯỞNG BAN\" (Phó Chủ tịch UBND thành phố Nguyễn "
           "Thực Hiện). Bốn kế hoạch còn lại (Huế, Mỹ Lộc, Hà Nội, An Lão) đều ký \"TM. ỦY BAN NHÂN DÂN, KT. CHỦ "
           "TỊCH\".",
         kf=["Cần Thơ", "TM. BAN CHỈ ĐẠO", "TM. ỦY BAN NHÂN DÂN"]),
    dict(type="cross_plan",
         q="Đối tượng được hỗ trợ đào tạo, đào tạo lại của ngành lao động - thương binh xã hội ở Hà Nội và Mỹ Lộc có "
           "giống nhau không?",
         ev=[("HN", "2. Sở Lao động - Thương binh và Xã hội"),
             ("HN", "đào tạo lại cho các đối tượng: lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ "
                    "nữ, người hết tuổi lao động"),
             ("ML", "2. Phòng Lao động - Thương binh và Xã hội"),
             ("ML", "đào tạo lại cho các đối tượng: lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ "
                    "nữ, người hết tuổi lao động")],
         a="Giống nhau: Sở Lao động - Thương binh và Xã hội Hà Nội (V.2) và Phòng Lao động - Thương binh và Xã hội Mỹ "
           "Lộc (V.2.c) đều triển khai chương trình hỗ trợ đào tạo, đào tạo lại cho cùng năm nhóm: lao động nông "
           "thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động.",
         kf=["Sở Lao động - Thương binh và Xã hội", "Phòng Lao động - Thương binh và Xã hội", "lao động nông thôn",
             "người hết tuổi lao động"]),
]

QUESTIONS += [
    # ---------------- paraphrase: pasted lines with one word changed, and long messages with the ask buried ------
    dict(type="paraphrase",
         q="Đoạn này có đúng trong kế hoạch Huế không: \"100% xã, phường đạt “Cộng đồng học tập” cấp xã mức độ 2\"?",
         ev=[("HUE", "100% xã, phường đạt “Cộng đồng học tập” cấp xã mức độ 1")],
         a="Không đúng một chữ: kế hoạch năm 2026 của Huế ghi \"100% xã, phường đạt “Cộng đồng học tập” cấp xã mức "
           "độ 1\", không phải mức độ 2.",
         kf=["mức độ 1"]),
    dict(type="paraphrase",
         q="Anh xem giúp câu này có đúng nguyên văn kế hoạch Mỹ Lộc không: \"định kỳ trước ngày 10 tháng 11 hằng năm "
           "gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo\".",
         ev=[("ML", ML_XA_BC)],
         a="Sai ở tháng: điểm d khoản 11 mục V ghi \"định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo tình hình, "
           "kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo\" (UBND các xã, thị trấn).",
         kf=["10 tháng 12"]),
    dict(type="paraphrase",
         q="Trong kế hoạch Hà Nội có câu \"Ban Thi đua - Khen thưởng (Sở Nội vụ) phối hợp với Sở Tài chính, tham mưu "
           "trình Ủy ban nhân dân Thành phố khen thưởng\" đúng không?",
         ev=[("HN", "7. Ban Thi đua - Khen thưởng (Sở Nội vụ)"),
             ("HN", "Phối hợp với Sở Giáo dục và Đào tạo, tham mưu trình Ủy ban nhân dân Thành phố khen thưởng")],
         a="Không đúng: khoản 7 mục V ghi Ban Thi đua - Khen thưởng (Sở Nội vụ) \"Phối hợp với Sở Giáo dục và Đào "
           "tạo\", không phải Sở Tài chính, tham mưu trình UBND Thành phố khen thưởng tập thể, cá nhân nhân dịp sơ "
           "kết, tổng kết.",
         kf=["Sở Giáo dục và Đào tạo"]),
    dict(type="paraphrase",
         q="Đoạn \"Chủ trì tham mưu khảo sát, đánh giá tình hình, chất lượng đội ngũ giáo viên\" của Phòng Nội vụ An "
           "Lão chép vậy có đúng không?",
         ev=[("AL", "2. Phòng Nội vụ"),
             ("AL", "Chủ trì tham mưu khảo sát, đánh giá tình hình, chất lượng đội ngũ cán bộ, công chức, viên chức")],
         a="Chưa đúng: kế hoạch ghi Phòng Nội vụ \"Chủ trì tham mưu khảo sát, đánh giá tình hình, chất lượng đội ngũ "
           "cán bộ, công chức, viên chức\" — không phải đội ngũ giáo viên.",
         kf=["cán bộ, công chức, viên chức"]),
    dict(type="paraphrase",
         q="Chị em hội phụ nữ Cần Thơ chép: vận động thực hiện Cuộc vận động \"Xây dựng gia đình 4 không 3 sạch\". "
           "Có đúng chữ trong kế hoạch không?",
         ev=[("CT", "Cuộc vận động “Xây dựng gia đình 5 không 3 sạch”")],
         a="Sai số: kế hoạch (V.11.d, Hội Liên hiệp Phụ nữ thành phố) ghi Cuộc vận động \"Xây dựng gia đình 5 không 3 "
           "sạch\" và mô hình \"Gia đình 5 có, 3 sạch\".",
         kf=["5 không 3 sạch"]),
    dict(type="paraphrase",
         q="Đúng nguyên văn không: \"Duy trì 100% các xã, thị trấn đạt chuẩn xóa mù chữ mức độ 2\" (Mỹ Lộc, mốc "
           "2030)?",
         ev=[("ML", ML30), ("ML", "+ Duy trì 100% các xã, thị trấn đạt chuẩn xóa mù chữ mức độ 2")],
         a="Đúng nguyên văn: mục tiêu đến năm 2030 của Mỹ Lộc có dòng \"Duy trì 100% các xã, thị trấn đạt chuẩn xóa "
           "mù chữ mức độ 2\".",
         kf=["2030", "Duy trì 100%", "mức độ 2"]),
    dict(type="paraphrase",
         q="Chào anh chị, em mới chuyển công tác về Sở, tuần trước đi họp ở Đà Nẵng về chuyển đổi số, xe hỏng giữa "
           "đường nên về muộn, sếp thì đang nghỉ phép. Em cần làm báo cáo gấp: kế hoạch Hà Nội có chỉ tiêu gì về "
           "người mới biết chữ không bị tái mù không ạ? À phòng em còn đang chuyển trụ sở nên tài liệu thất lạc hết.",
         ev=[("HN", "95% số người mới biết chữ tiếp tục học tập và không tái mù chữ"),
             ("HN", "96% số người mới biết chữ tiếp tục học tập và không tái mù chữ")],
         a="Có. Kế hoạch Hà Nội đặt 95% số người mới biết chữ tiếp tục học tập và không tái mù chữ đến năm 2025, và "
           "96% đến năm 2030.",
         kf=["95%", "96%", "không tái mù chữ"]),
    dict(type="paraphrase",
         q="Dạ em chào, em là giáo viên mầm non, hôm nay trời mưa to, học sinh nghỉ nhiều, em tranh thủ hỏi: ở Huế "
           "những người vừa ra tù hay bộ đội xuất ngũ có được ưu tiên học nghề không ạ? Em hỏi giúp anh trai em vừa "
           "xuất ngũ, anh ấy đang định mở quán cà phê mà chưa biết gì.",
         ev=[("HUE", "ưu tiên người chấp hành xong hình phạt tù, thanh niên hoàn thành nghĩa vụ quân sự, nghĩa vụ công "
                     "an và các nhóm lao động yếu thế trong xã hội")],
         a="Có. Kế hoạch Huế (mục V.1, Sở Giáo dục và Đào tạo) khi triển khai các chương trình đào tạo, bồi dưỡng kỹ "
           "năng nghề cho người lao động thì ưu tiên người chấp hành xong hình phạt tù, thanh niên hoàn thành nghĩa "
           "vụ quân sự, nghĩa vụ công an và các nhóm lao động yếu thế trong xã hội.",
         kf=["chấp hành xong hình phạt tù", "nghĩa vụ quân sự"]),

    # ---------------- abbreviation: term look-ups and shortened names ----------------
    dict(type="abbreviation",
         q="SEAMEO CELLL trong kế hoạch Mỹ Lộc là gì?",
         ev=[("ML", "Trung tâm Khu vực về học tập suốt đời của Hội đồng Bộ trưởng Giáo dục các nước Đông Nam Á tại "
                    "Việt Nam (SEAMEO CELLL)")],
         a="Là Trung tâm Khu vực về học tập suốt đời của Hội đồng Bộ trưởng Giáo dục các nước Đông Nam Á tại Việt Nam "
           "(SEAMEO CELLL); kế hoạch (III.7.đ) nêu củng cố, tăng cường năng lực hoạt động của trung tâm này.",
         kf=["Trung tâm Khu vực về học tập suốt đời", "Đông Nam Á"]),
    dict(type="abbreviation",
         q="\"Ban Chỉ đạo thành phố\" trong KH 74 Cần Thơ là cách gọi tắt của ban nào?",
         ev=[("CT", "Ban Chỉ đạo Xây dựng xã hội học tập - Xóa mù chữ - Phổ cập giáo dục thành phố Cần Thơ giai đoạn "
                    "2021 - 2030 (Ban Chỉ đạo thành phố)")],
         a="Là Ban Chỉ đạo Xây dựng xã hội học tập - Xóa mù chữ - Phổ cập giáo dục thành phố Cần Thơ giai đoạn 2021 - "
           "2030; kế hoạch ghi tắt là \"Ban Chỉ đạo thành phố\".",
         kf=["Xóa mù chữ - Phổ cập giáo dục", "2021 - 2030"]),
    dict(type="abbreviation",
         q="Bình dân học vụ số là gì theo kế hoạch An Lão?",
         ev=[("AL", "Phát động và thực hiện phong trào “Bình dân học vụ số” trong toàn dân; phổ cập, nâng cao tri thức "
                    "khoa học công nghệ; kiến thức số, chuyển đổi số, kỹ năng số")],
         a="Kế hoạch không định nghĩa riêng, nhưng khoản II.3 mô tả: phát động và thực hiện phong trào \"Bình dân học "
           "vụ số\" trong toàn dân; phổ cập, nâng cao tri thức khoa học công nghệ, kiến thức số, chuyển đổi số, kỹ "
           "năng số; hướng dẫn người dân khai thác, sử dụng công nghệ số và tự bảo vệ mình trên môi trường số.",
         kf=["trong toàn dân", "kiến thức số", "kỹ năng số"]),
    dict(type="abbreviation",
         q="UBMTTQVN TP trong Nơi nhận của KH 74/KH-BCĐ được đề nghị làm gì?",
         ev=[("CT", "a) Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố phối hợp với Sở Giáo dục và Đào tạo, Ủy ban "
                    "nhân dân quận, huyện tham gia giám sát, phản biện xã hội việc triển khai thực hiện Kế hoạch")],
         a="UBMTTQVN TP là Ủy ban Mặt trận Tổ quốc Việt Nam thành phố; điểm a khoản 11 mục V đề nghị phối hợp với Sở "
           "Giáo dục và Đào tạo, UBND quận, huyện tham gia giám sát, phản biện xã hội việc triển khai thực hiện Kế "
           "hoạch.",
         kf=["Ủy ban Mặt trận Tổ quốc Việt Nam thành phố", "giám sát, phản biện xã hội"]),
    dict(type="abbreviation",
         q="Trong kế hoạch HN, \"NQ 23\" được gọi tắt thế nào và là NQ của ai, ngày nào?",
         ev=[("HN", "Thực hiện Nghị quyết số 23-NQ/TU ngày 16/11/2023 của Thành ủy Hà Nội"),
             ("HN", "(sau đây gọi tắt là Nghị quyết số 23-NQ/TU)")],
         a="Là Nghị quyết số 23-NQ/TU ngày 16/11/2023 của Thành ủy Hà Nội về tăng cường sự lãnh đạo của Đảng đối với "
           "công tác khuyến học, khuyến tài, xây dựng xã hội học tập; kế hoạch ghi \"sau đây gọi tắt là Nghị quyết số "
           "23-NQ/TU\".",
         kf=["23-NQ/TU", "16/11/2023", "Thành ủy Hà Nội", "gọi tắt"]),
    dict(type="abbreviation",
         q="CA huyện và BCHQS huyện Mỹ Lộc được giao chung việc gì?",
         ev=[("ML", "6. Công an huyện, Bộ Chỉ huy Quân sự huyện"),
             ("ML", "Nâng cao trình độ, năng lực ngoại ngữ cho cán bộ toàn lực lượng vũ trang")],
         a="Khoản 6 mục V giao chung Công an huyện, Bộ Chỉ huy Quân sự huyện: nâng cao trình độ, năng lực ngoại ngữ "
           "cho cán bộ toàn lực lượng vũ trang trên địa bàn huyện.",
         kf=["Công an huyện", "Bộ Chỉ huy Quân sự huyện", "ngoại ngữ"]),
    dict(type="abbreviation",
         q="CBCCVC ở HN phải được bồi dưỡng KN số cơ bản bao nhiêu %, còn phân tích dữ liệu bao nhiêu % (mốc 2025)?",
         ev=[("HN", HN25),
             ("HN", "100% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng, phổ cập kỹ năng số cơ bản; 50% cán "
                    "bộ, công chức, viên chức được tập huấn, bồi dưỡng kỹ năng phân tích, khai thác dữ liệu")],
         a="Mốc 2025: 100% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng, phổ "
           "cập kỹ năng số cơ bản; 50% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng kỹ năng phân tích, khai "
           "thác dữ liệu và công nghệ số.",
         kf=["100%", "kỹ năng số cơ bản", "50%", "phân tích, khai thác dữ liệu"]),

    # ---------------- formal requests and long messages (typed by subject) ----------------
    dict(type="funding",
         q="Chào anh chị, em là văn thư mới về UBND một phường ở Huế, tuần này phường em đang dọn kho, sắp xếp lại hồ "
           "sơ lưu trữ, lại thêm đợt tiêm chủng nên ai cũng bận. Chủ tịch phường nhờ em tra giúp: kế hoạch năm 2026 của "
           "thành phố có bắt phường tự cân đối ngân sách cho việc xây dựng xã hội học tập không? Em cảm ơn, chúc anh "
           "chị cuối tuần vui vẻ.",
         ev=[("HUE", "9. Ủy ban nhân dân các xã, phường"),
             ("HUE", "chịu trách nhiệm cân đối, bố trí ngân sách địa phương và huy động các nguồn kinh phí hợp pháp "
                     "khác")],
         a="Có. Khoản 9 mục V giao Ủy ban nhân dân các xã, phường chủ động xây dựng, triển khai kế hoạch tại địa phương "
           "và chịu trách nhiệm cân đối, bố trí ngân sách địa phương và huy động các nguồn kinh phí hợp pháp khác để "
           "bảo đảm việc triển khai thực hiện.",
         kf=["cân đối, bố trí ngân sách địa phương", "nguồn kinh phí hợp pháp khác"]),
    dict(type="agency_tasks",
         q="Đề nghị cung cấp thông tin về nhiệm vụ được giao cho Ban Tuyên giáo Huyện ủy trong kế hoạch xây dựng xã "
           "hội học tập của huyện Mỹ Lộc.",
         ev=[("ML", "8. Đề nghị Ban Tuyên giáo Huyện ủy"),
             ("ML", "Phối hợp với Phòng Giáo dục và Đào tạo và các phòng, ban, ngành liên quan trong việc triển khai "
                    "thực hiện các mục tiêu, nhiệm vụ của Kế hoạch, nhất là trong việc tuyên truyền, định hướng phát "
                    "triển"),
             ("ML", "phối hợp kiểm tra, giám sát việc thực hiện Kế hoạch")],
         a="Khoản 8 mục V (Đề nghị Ban Tuyên giáo Huyện ủy): phối hợp với Phòng Giáo dục và Đào tạo và các phòng, ban, "
           "ngành liên quan triển khai các mục tiêu, nhiệm vụ của Kế hoạch, nhất là tuyên truyền, định hướng phát "
           "triển, gắn với các chương trình, đề án khác liên quan; phối hợp kiểm tra, giám sát việc thực hiện Kế hoạch.",
         kf=["Phối hợp với Phòng Giáo dục và Đào tạo", "tuyên truyền, định hướng phát triển", "kiểm tra, giám sát"]),
    dict(type="target",
         q="Mình đang viết bài cho bản tin trường, sếp bảo phải có số liệu, hôm qua mất điện cả buổi nên chưa xong, "
           "đang ngồi quán cà phê gần trường gõ vội. Kế hoạch Cần Thơ 2024 đặt bao nhiêu % trường đại học triển khai "
           "đại học số, và con số đó so với tỷ lệ cơ sở giáo dục phổ thông làm việc trên môi trường số thì sao? Cảm "
           "ơn nhiều.",
         ev=[("CT", CT24),
             ("CT", "Phần đầu đạt tỷ lệ 90% trường đại học triển khai đại học số và xây dựng học liệu số"),
             ("CT", "Phần đầu đạt tỷ lệ 90% cơ sở giáo dục phổ thông, cơ sở giáo dục thường xuyên")],
         a="Bằng nhau: năm 2024 Cần Thơ phấn đấu (văn bản ghi \"Phần đầu\") đạt tỷ lệ 90% trường đại học triển khai "
           "đại học số và xây dựng học liệu số, và cũng 90% cơ sở giáo dục phổ thông, thường xuyên, nghề nghiệp và "
           "khác triển khai quản lý, giảng dạy, học tập trên môi trường số.",
         kf=["2024", "90%", "đại học số"]),

    # ---------------- no_diacritics ----------------
    dict(type="no_diacritics",
         q="don vi toi la phong lao dong tbxh huyen my loc, ben toi phai lam gi",
         ev=[("ML", "2. Phòng Lao động - Thương binh và Xã hội"),
             ("ML", "triển khai thực hiện các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người "
                    "lao động; hỗ trợ học tập cho người bị thiệt thòi, yếu thế trong xã hội"),
             ("ML", "Nhân rộng các mô hình đào tạo, đào tạo lại nghề nghiệp cho người lao động trong các doanh nghiệp")],
         a="Khoản 2 mục V: Phòng Lao động - Thương binh và Xã hội chủ trì, phối hợp Phòng Giáo dục và Đào tạo triển "
           "khai các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động, hỗ trợ học tập "
           "cho người bị thiệt thòi, yếu thế; nhân rộng các mô hình đào tạo, đào tạo lại nghề nghiệp cho người lao "
           "động trong các doanh nghiệp; triển khai chương trình hỗ trợ đào tạo cho lao động nông thôn, người khuyết "
           "tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động.",
         kf=["đào tạo bổ sung", "thiệt thòi, yếu thế", "đào tạo lại nghề nghiệp"]),
    dict(type="no_diacritics",
         q="nam 2030 ha noi bao nhieu % truong cong lap dat chuan quoc gia, so voi 2025 thi sao",
         ev=[("HN", "80-85% trường công lập đạt chuẩn quốc gia"), ("HN", "85-90% trường công lập đạt chuẩn quốc gia")],
         a="Mốc 2030: 85-90% trường công lập đạt chuẩn quốc gia; mốc 2025: 80-85%.",
         kf=["85-90%", "80-85%"]),
    dict(type="no_diacritics",
         q="diem a khoan 7 muc V ke hoach can tho noi gi",
         ev=[("CT", "7. Bộ Chỉ huy Quân sự thành phố"),
             ("CT", "a) Chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện đẩy mạnh tuyên truyền "
                    "về học tập suốt đời, xây dựng xã hội học tập trong lực lượng vũ trang, cán bộ, chiến sĩ quân đội")],
         a="Khoản 7 mục V là Bộ Chỉ huy Quân sự thành phố; điểm a: chủ trì, phối hợp với Sở Giáo dục và Đào tạo, UBND "
           "quận, huyện đẩy mạnh tuyên truyền về học tập suốt đời, xây dựng xã hội học tập trong lực lượng vũ trang, "
           "cán bộ, chiến sĩ quân đội.",
         kf=["Bộ Chỉ huy Quân sự thành phố", "lực lượng vũ trang"]),
    dict(type="no_diacritics",
         q="hue: so giao duc va dao tao du thao van ban gui ai",
         ev=[("HUE", "Kiểm tra, giám sát và định kỳ báo cáo tình hình, kết quả thực hiện Đề án; dự thảo văn bản của Ủy "
                     "ban nhân dân thành phố gửi Bộ Giáo dục và Đào tạo")],
         a="Sở Giáo dục và Đào tạo Huế kiểm tra, giám sát, định kỳ báo cáo tình hình, kết quả thực hiện Đề án và dự "
           "thảo văn bản của Ủy ban nhân dân thành phố gửi Bộ Giáo dục và Đào tạo (mục V.1).",
         kf=["dự thảo văn bản", "Bộ Giáo dục và Đào tạo"]),
    dict(type="no_diacritics",
         q="toi o hoi khuyen hoc huyen an lao, hoi toi duoc giao gi",
         ev=[("AL", "5. Hội Khuyến học huyện"),
             ("AL", "Phối hợp với các phòng, ban, ngành, đoàn thể tuyên truyền về tư tưởng, vai trò của “Học tập suốt "
                    "đời”"),
             ("AL", "chú trọng biểu dương, nhân rộng những mô hình, tấm gương sáng về tinh thần “Học tập suốt đời”")],
         a="Khoản 5 mục III: Hội Khuyến học huyện phối hợp tuyên truyền về tư tưởng, vai trò của \"Học tập suốt "
           "đời\"; tích cực triển khai phong trào; phát động các phong trào khuyến học, khuyến tài; chú trọng biểu "
           "dương, nhân rộng những mô hình, tấm gương sáng về tinh thần \"Học tập suốt đời\".",
         kf=["tuyên truyền", "biểu dương, nhân rộng"]),
    dict(type="no_diacritics",
         q="can tho nam 2024 pho cap thcs muc do 3 phan dau bao nhieu % quan huyen",
         ev=[("CT", CT24),
             ("CT", "phần đầu có 66% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3")],
         a="Năm 2024 Cần Thơ đặt 100% quận, huyện đạt chuẩn phổ cập THCS mức độ 2 và \"phần đầu\" (phấn đấu) có 66% "
           "quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3.",
         kf=["2024", "66%"]),
    dict(type="no_diacritics",
         q="nam ngoai (2025) ha noi dat chi tieu bao nhieu % lao dong qua dao tao",
         ev=[("HN", HN25), ("HN", "75-80% lao động được qua đào tạo, trong đó lao động có bằng cấp, chứng chỉ đạt 55-60%")],
         a="Chỉ tiêu đến năm 2025 của Hà Nội: 75-80% lao động được qua đào tạo, trong đó lao động có bằng cấp, chứng "
           "chỉ đạt 55-60% (đây là chỉ tiêu, kế hoạch không nêu kết quả đạt được).",
         kf=["2025", "75-80%", "55-60%"]),
]

QUESTIONS += [
    # ---------------- english ----------------
    dict(type="english",
         q="Hue 2026 plan: target share of working-age people with IT skills?",
         ev=[("HUE", "87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin")],
         a="87% of working-age people are to be equipped with IT competence (\"năng lực công nghệ thông tin\"), "
           "section II.2 of Huế's 2026 plan.",
         kf=["87%"]),
    dict(type="english",
         q="I work at the My Loc district Labour, Invalids and Social Affairs office. Which groups must our support "
           "programmes for (re)training cover?",
         ev=[("ML", "2. Phòng Lao động - Thương binh và Xã hội"),
             ("ML", "đào tạo lại cho các đối tượng: lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ "
                    "nữ, người hết tuổi lao động")],
         a="Item V.2.c assigns your office (Phòng Lao động - Thương binh và Xã hội) programmes supporting training and "
           "retraining for: rural workers (lao động nông thôn), people with disabilities (người khuyết tật), ethnic "
           "minorities (người dân tộc thiểu số), women (phụ nữ) and people past working age (người hết tuổi lao "
           "động).",
         kf=["lao động nông thôn", "người khuyết tật", "người dân tộc thiểu số", "phụ nữ", "người hết tuổi lao động"]),
    dict(type="english",
         q="It's early December 2026. By what date must communes and wards in Hue send their report, and to whom?",
         ev=[("HUE", HUE_XA_BC)],
         a="Before 15/12/2026, to the Department of Education and Training (Sở Giáo dục và Đào tạo), which compiles "
           "it for the city People's Committee (item V.9).",
         kf=["15/12/2026", "Sở Giáo dục và Đào tạo"]),
    dict(type="english",
         q="can tho 2024 plan funding sources",
         ev=[("CT", "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước, nguồn tài trợ và các nguồn "
                    "tài chính hợp pháp khác theo quy định của pháp luật")],
         a="State budget (ngân sách nhà nước), sponsorship (nguồn tài trợ) and other lawful financial sources (các "
           "nguồn tài chính hợp pháp khác), section IV.",
         kf=["ngân sách nhà nước", "nguồn tài trợ", "nguồn tài chính hợp pháp khác"]),
    dict(type="english",
         q="What is the legal basis of the An Lao district plan? Which city plan does it implement?",
         ev=[("AL", "Thực hiện Kế hoạch số 108 /KH-UBND ngày 06/5/2025 của Ủy ban nhân dân thành phố Hải Phòng")],
         a="It implements Plan No. 108/KH-UBND dated 06/5/2025 of the Hải Phòng City People's Committee on the "
           "\"Lifelong learning\" movement.",
         kf=["108", "06/5/2025", "Hải Phòng"]),
    dict(type="english",
         q="Hanoi: how much higher is the 2030 target for learning citizens than the 2025 one?",
         ev=[("HN", HN25), ("HN", "50% công dân đạt danh hiệu công dân học tập"),
             ("HN", HN30), ("HN", "70% công dân đạt danh hiệu công dân học tập")],
         a="20 percentage points: 50% of citizens with the \"công dân học tập\" title by 2025, 70% by 2030.",
         kf=["50%", "70%"]),
    dict(type="english",
         q="What does point c of item 15, Part V of the Hanoi plan say?",
         ev=[("HN", "c) Đoàn thanh niên cộng sản Hồ Chí Minh thành phố Hà Nội"),
             ("HN", "vận động gây quỹ hỗ trợ học sinh, học viên, sinh viên Hà Nội có hoàn cảnh khó khăn tham gia học "
                    "tập")],
         a="Point V.15.c concerns the Hanoi Ho Chi Minh Communist Youth Union (Đoàn thanh niên cộng sản Hồ Chí Minh "
           "thành phố Hà Nội): it leads and integrates propaganda on encouraging learning through youth movements and "
           "raises funds (vận động gây quỹ) to support disadvantaged pupils and students to study.",
         kf=["Đoàn thanh niên cộng sản Hồ Chí Minh", "gây quỹ"]),
    dict(type="english",
         q="It's December 2026. Under the My Loc plan, which reports fall due this month?",
         ev=[("ML", ML_XA_BC), ("ML", ML_GD_BC)],
         a="Two: communes and the township send their report to the district education office (Phòng Giáo dục và "
           "Đào tạo) before 10 tháng 12 each year; the education office reports to the district People's Committee "
           "before 15 tháng 12 each year.",
         kf=["10 tháng 12", "15 tháng 12"]),
    dict(type="english",
         q="We are the Hanoi Department of Finance. What exactly does the plan ask of us?",
         ev=[("HN", "6. Sở Tài chính"),
             ("HN", "Đảm bảo kinh phí trong dự toán ngân sách hàng năm (theo phân cấp)"),
             ("HN", "Chủ trì, hướng dẫn các Sở, ngành liên quan về cơ chế tài chính"),
             ("HN", "đa dạng hóa các nguồn lực xã hội")],
         a="Item V.6 (Sở Tài chính): ensure funding in the annual budget estimates (dự toán ngân sách hàng năm, by "
           "budget level) under the State Budget Law; lead and guide departments on the financial mechanism (cơ chế "
           "tài chính); and coordinate reviewing policies to mobilise and diversify social resources (đa dạng hóa các "
           "nguồn lực xã hội).",
         kf=["dự toán ngân sách hàng năm", "cơ chế tài chính", "đa dạng hóa các nguồn lực xã hội"]),
    dict(type="english",
         q="In the My Loc plan, what is SEAMEO CELLL and what does the plan want done about it?",
         ev=[("ML", "Củng cố, tăng cường năng lực hoạt động của Trung tâm Khu vực về học tập suốt đời của Hội đồng Bộ "
                    "trưởng Giáo dục các nước Đông Nam Á tại Việt Nam (SEAMEO CELLL)")],
         a="The Regional Centre for Lifelong Learning of the Southeast Asian Ministers of Education Organization in "
           "Vietnam (\"Trung tâm Khu vực về học tập suốt đời\"); item III.7.đ asks to consolidate and strengthen its "
           "operating capacity (Củng cố, tăng cường năng lực hoạt động).",
         kf=["Trung tâm Khu vực về học tập suốt đời", "Củng cố, tăng cường năng lực hoạt động"]),
    dict(type="english",
         q="Hue: which resolution sets the spending norms for this plan?",
         ev=[("HUE", "Nghị quyết số 16/2025/NQ-HĐND ngày 16 tháng 7 năm 2025 của Hội đồng nhân dân thành phố quy định "
                     "nội dung, mức chi")],
         a="Resolution No. 16/2025/NQ-HĐND of 16 tháng 7 năm 2025 of the city People's Council, which sets the "
           "contents and spending levels (nội dung, mức chi) for the learning-society scheme.",
         kf=["16/2025/NQ-HĐND", "16 tháng 7 năm 2025"]),
    dict(type="english",
         q="We kindly request information on the annual reporting deadline in the Hanoi plan and the channel for "
           "reports.",
         ev=[("HN", HN_BC)],
         a="Every year, results are reported to the Hanoi People's Committee before 01 tháng 12 (1 December), through "
           "the Department of Education and Training (qua Sở Giáo dục và Đào tạo) for compilation.",
         kf=["01 tháng 12", "Sở Giáo dục và Đào tạo"]),
    dict(type="english",
         q="Can Tho 2024: what do the 55,55% and 80% targets refer to?",
         ev=[("CT", "55,55% đơn vị được đánh giá, công nhận theo mức độ “Đơn vị học tập”"),
             ("CT", "80% đơn vị được đánh giá, công nhận theo mức độ “Cộng đồng học tập”")],
         a="55,55% is the share of units assessed and recognised at a \"Đơn vị học tập\" (learning unit) level; 80% "
           "is the share recognised at a \"Cộng đồng học tập\" (learning community) level.",
         kf=["55,55%", "Đơn vị học tập", "80%", "Cộng đồng học tập"]),
    dict(type="english",
         q="An Lao: who leads the 'Bình dân học vụ số' (digital literacy for all) movement?",
         ev=[("AL", "3. Phòng Văn hóa Khoa học và Thông tin"),
             ("AL", "Chủ trì tham mưu triển khai phong trào “Bình dân học vụ số”")],
         a="The district Office of Culture, Science and Information (Phòng Văn hóa Khoa học và Thông tin), item III.3: "
           "it leads advising on rolling out the movement among all people in the district.",
         kf=["Phòng Văn hóa Khoa học và Thông tin"]),
    dict(type="english",
         q="Hue plan: there was a Q2 2026 deadline - what was it for?",
         ev=[("HUE", HUE_TTHTCD)],
         a="Reviewing and consolidating the community learning centre network so every commune/ward has at least one "
           "centre (mỗi xã, phường có ít nhất một trung tâm), to be completed in Quý II năm 2026.",
         kf=["mỗi xã, phường có ít nhất một trung tâm", "Quý II năm 2026"]),
    dict(type="english",
         q="I'm from the Can Tho Department of Home Affairs. What is our task in the 2024 plan?",
         ev=[("CT", "2. Sở Nội vụ"),
             ("CT", "xây dựng Đề án vị trí việc làm, điều chỉnh vị trí việc làm và cơ cấu viên chức theo chức danh "
                    "nghề nghiệp")],
         a="Item V.2: your department (Sở Nội vụ) leads, with agencies and district committees, building the job "
           "position scheme (Đề án vị trí việc làm), adjusting job positions and the structure of public employees (cơ cấu viên "
           "chức) by professional title in public service units.",
         kf=["Đề án vị trí việc làm", "cơ cấu viên chức"]),
    dict(type="english",
         q="Hanoi plan, 2025 vs 2030: community learning centres applying IT - which figures?",
         ev=[("HN", "70% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin"),
             ("HN", "90% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin")],
         a="70% of community learning centres applying IT in management and teaching by 2025, 90% by 2030.",
         kf=["70%", "90%"]),
]

F_HUE = "[000_4550be4bb11189cd.txt]"
F_ML = "[001_7bafa58816a5de75.txt]"
F_HN = "[002_797e8de6131c77f9.txt]"
F_CT = "[003_1a817ee72b993e3e.txt]"
F_AL = "[004_b1b28019b71edc03.txt]"
HELLO = ("assistant", "Chào anh/chị, tôi có thể tra cứu năm kế hoạch xây dựng xã hội học tập (Huế, Mỹ Lộc, Hà Nội, Cần "
                      "Thơ, An Lão). Anh/chị cần hỏi gì?")

QUESTIONS += [
    # ---------------- follow_up ----------------
    dict(type="follow_up", q="Còn năm sau thì sao, hạn vẫn vậy à?",
         hist=[HELLO,
               ("user", "Năm nay các sở, ngành Hà Nội phải báo cáo kết quả cho UBND Thành phố trước ngày nào?"),
               ("assistant", "Kế hoạch Hà Nội quy định định kỳ hàng năm tổng hợp kết quả, báo cáo UBND Thành phố "
                             "trước ngày 01 tháng 12, qua Sở Giáo dục và Đào tạo (đoạn cuối mục V) " + F_HN)],
         ev=[("HN", HN_BC)],
         a="Vẫn vậy: hạn là \"định kỳ hàng năm\", nên năm 2027 cũng báo cáo UBND Thành phố trước ngày 01 tháng 12 (qua "
           "Sở Giáo dục và Đào tạo).",
         kf=["hàng năm", "01 tháng 12"]),
    dict(type="follow_up", q="Năm sau xã tôi có phải nộp tiếp không, vẫn hạn đó chứ?",
         hist=[("user", "Tôi là công chức văn hóa - xã hội một xã ở huyện Mỹ Lộc. Xã tôi gửi báo cáo kết quả thực hiện "
                        "kế hoạch xã hội học tập khi nào?"),
               ("assistant", "Theo điểm d khoản 11 mục V, UBND các xã, thị trấn kiểm tra, giám sát và định kỳ trước "
                             "ngày 10 tháng 12 hằng năm gửi báo cáo về Phòng Giáo dục và Đào tạo " + F_ML),
               ("user", "Vâng, năm nay xã tôi nộp rồi."),
               ("assistant", "Cảm ơn anh/chị. Anh/chị cần tra thêm gì không?")],
         ev=[("ML", ML_XA_BC)],
         a="Có. Hạn là \"trước ngày 10 tháng 12 hằng năm\", nên năm sau xã vẫn gửi báo cáo về Phòng Giáo dục và Đào "
           "tạo trước ngày 10 tháng 12; kế hoạch của huyện áp dụng cho giai đoạn 2021-2030.",
         kf=["10 tháng 12 hằng năm", "Phòng Giáo dục và Đào tạo"]),
    dict(type="follow_up", q="Thế còn đơn vị tôi?",
         hist=[HELLO, ("user", "Tôi là cán bộ Sở Văn hóa và Thể thao Hà Nội. Cho tôi hỏi Sở Giáo dục và Đào tạo Hà Nội được "
                        "giao gì trong kế hoạch?"),
               ("assistant", "Sở Giáo dục và Đào tạo là cơ quan thường trực, giúp UBND Thành phố tổ chức triển khai Kế "
                             "hoạch; chủ trì kiểm tra, giám sát, báo cáo hằng năm, sơ kết, tổng kết; tham mưu đăng ký "
                             "mạng lưới \"Thành phố học tập\" (mục V.1) " + F_HN)],
         ev=[("HN", "4. Sở Văn hóa và Thể thao"),
             ("HN", "nhân rộng các mô hình học tập suốt đời trong các thiết chế văn hóa cơ sở (thư viện, bảo tàng, nhà "
                    "văn hóa, câu lạc bộ…)"),
             ("HN", "Đào tạo, đào tạo lại, bồi dưỡng, nâng cao chất lượng nguồn nhân lực làm việc trong các thiết chế "
                    "văn hóa - thể thao")],
         a="Sở Văn hóa và Thể thao (mục V.4): chủ trì, phối hợp với các Sở, ngành, UBND quận, huyện, thị xã nhân rộng "
           "các mô hình học tập suốt đời trong các thiết chế văn hóa cơ sở (thư viện, bảo tàng, nhà văn hóa, câu lạc "
           "bộ…) gắn với phong trào \"Gia đình văn hóa\", \"Làng văn hóa\"...; đào tạo, bồi dưỡng nguồn nhân lực làm "
           "việc trong các thiết chế văn hóa - thể thao.",
         kf=["thiết chế văn hóa cơ sở", "thư viện, bảo tàng", "nguồn nhân lực"]),
    dict(type="follow_up", q="Thế còn đơn vị tôi được giao gì?",
         hist=[HELLO,
               ("user", "Tôi làm ở Liên đoàn Lao động thành phố Huế. Trước hết cho tôi hỏi Sở Nội vụ Huế được giao gì?"),
               ("assistant", "Sở Nội vụ (mục V.3): tổ chức thực hiện nhiệm vụ đào tạo, bồi dưỡng cán bộ, công chức các "
                             "cấp; theo dõi, tổng hợp kết quả mục tiêu về năng lực cơ bản và trình độ của người dân "
                             + F_HUE)],
         ev=[("HUE", "8. Liên đoàn Lao động thành phố"),
             ("HUE", "tổ chức thực hiện Kế hoạch số 147/KH-UBND ngày 17 tháng 4 năm 2023")],
         a="Liên đoàn Lao động thành phố (mục V.8) chủ trì, phối hợp các sở, ngành, địa phương tổ chức thực hiện Kế "
           "hoạch số 147/KH-UBND ngày 17 tháng 4 năm 2023 triển khai Chương trình \"Đẩy mạnh các hoạt động học tập "
           "suốt đời trong công nhân lao động tại các doanh nghiệp đến năm 2030\".",
         kf=["147/KH-UBND", "17 tháng 4 năm 2023"]),
    dict(type="follow_up", q="Còn mốc tiếp theo thì bao nhiêu?",
         hist=[("user", "Năm ngoái là mốc 2025 của Mỹ Lộc, chỉ tiêu năng lực thông tin cho người trong độ tuổi lao "
                        "động là bao nhiêu?"),
               ("assistant", "Mục tiêu đến năm 2025: 60% số người trong độ tuổi lao động được trang bị năng lực thông "
                             "tin (mục II.2.a) " + F_ML),
               ("user", "ok")],
         ev=[("ML", ML30), ("ML", "+ 70% người trong độ tuổi lao động được trang bị năng lực thông tin")],
         a="Mốc tiếp theo là năm 2030: 70% người trong độ tuổi lao động được trang bị năng lực thông tin.",
         kf=["2030", "70%"]),
    dict(type="follow_up", q="Nó phối hợp với sở nào về chuyển đổi số?",
         hist=[("user", "Sở Thông tin và Truyền thông Cần Thơ được giao gì trong kế hoạch 2024?"),
               ("assistant", "Sở Thông tin và Truyền thông (mục V.4) chỉ đạo, cung cấp thông tin cho báo, đài, Phòng "
                             "Văn hóa và Thông tin, Trung tâm Văn hóa - Thể thao và Truyền thanh quận, huyện tuyên "
                             "truyền về xây dựng xã hội học tập " + F_CT),
               ("user", "còn chuyển đổi số?")],
         ev=[("CT", "phối hợp với Sở Giáo dục và Đào tạo triển khai thực hiện hiệu quả chuyển đổi số, đảm bảo hạ tầng "
                    "kỹ thuật")],
         a="Với Sở Giáo dục và Đào tạo: Sở Thông tin và Truyền thông phối hợp với Sở Giáo dục và Đào tạo triển khai "
           "thực hiện hiệu quả chuyển đổi số, đảm bảo hạ tầng kỹ thuật và ứng dụng công nghệ thông tin trong tổ chức "
           "các hoạt động học tập suốt đời.",
         kf=["Sở Giáo dục và Đào tạo", "chuyển đổi số", "hạ tầng kỹ thuật"]),
    dict(type="follow_up", q="Thế đơn vị tôi có phải lo hợp tác quốc tế không?",
         hist=[HELLO, ("user", "Tôi ở Phòng Giáo dục và Đào tạo huyện An Lão. Phòng Nội vụ huyện được giao gì vậy?"),
               ("assistant", "Phòng Nội vụ (mục III.2): chủ trì tham mưu kế hoạch, kinh phí, tổ chức đào tạo, bồi "
                             "dưỡng cán bộ, công chức, viên chức; chủ trì khảo sát, đánh giá chất lượng đội ngũ, nghiên "
                             "cứu khung tiêu chí đánh giá, chính sách bảo vệ cán bộ dám nghĩ, dám làm " + F_AL)],
         ev=[("AL", "1. Phòng Giáo dục và Đào tạo"),
             ("AL", "Tham mưu, triển khai, tổ chức các hoạt động hợp tác quốc tế về giáo dục")],
         a="Có. Gạch đầu dòng cuối của khoản 1 mục III giao Phòng Giáo dục và Đào tạo tham mưu, triển khai, tổ chức "
           "các hoạt động hợp tác quốc tế về giáo dục; tạo điều kiện để các cơ sở giáo dục tiếp cận phương pháp giảng "
           "dạy tiên tiến, thúc đẩy trao đổi, giao lưu, học bổng quốc tế.",
         kf=["Phòng Giáo dục và Đào tạo", "hợp tác quốc tế về giáo dục"]),
    dict(type="follow_up", q="Còn điểm e?",
         hist=[("user", "Điểm d khoản 15 Mục V kế hoạch Hà Nội nói gì?"),
               ("assistant", "Điểm d khoản 15 mục V là Hội Liên hiệp phụ nữ Thành phố: phối hợp tuyên truyền Kế hoạch "
                             "trong phong trào \"Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh "
                             "phúc\"; vận động phụ nữ, trẻ em gái vùng đồng bào dân tộc thiểu số chưa biết chữ ra học "
                             + F_HN),
               ("user", "cảm ơn")],
         ev=[("HN", "e) Hội Cựu chiến binh, Hội Nông dân, Hội Người cao tuổi, Hội Cựu giáo chức Thành phố"),
             ("HN", "huy động hội viên tham gia chuyển giao công nghệ, hỗ trợ hoạt động khởi nghiệp")],
         a="Điểm e khoản 15 mục V (điểm cuối của khoản) giao chung Hội Cựu chiến binh, Hội Nông dân, Hội Người cao "
           "tuổi, Hội Cựu giáo chức Thành phố: hướng dẫn các cấp hội phối hợp tổ chức hoạt động khuyến học, khuyến "
           "tài theo tinh thần xã hội hóa; huy động hội viên tham gia chuyển giao công nghệ, hỗ trợ hoạt động khởi "
           "nghiệp, phổ biến kiến thức cho người dân.",
         kf=["Hội Cựu chiến binh", "Hội Cựu giáo chức", "chuyển giao công nghệ"]),
    dict(type="follow_up", q="Ai chỉ đạo mấy cơ quan báo chí đó làm chuyên mục?",
         hist=[("user", "\"Xây dựng chuyên mục và tuyên truyền về công tác khuyến học, khuyến tài, học tập suốt đời\" — "
                        "câu này ở kế hoạch nào?"),
               ("assistant", "Câu này ở kế hoạch Hà Nội, mục V khoản 12 \"Cơ quan thông tấn, báo chí của Thành phố; Đài "
                             "Phát thanh và Truyền hình Hà Nội\" " + F_HN),
               ("user", "ok, còn ai chỉ đạo họ?")],
         ev=[("HN", "14. Đề nghị Ban Tuyên giáo Thành ủy"),
             ("HN", "Chỉ đạo các cơ quan thông tấn, báo chí và truyền hình của Thành phố tổ chức xây dựng chuyên mục"),
             ("HN", "Hướng dẫn các cơ quan thông tấn, báo chí của Thành phố; Đài Phát thanh và Truyền hình Hà Nội tổ "
                    "chức chuyên mục")],
         a="Ban Tuyên giáo Thành ủy (mục V.14, gạch cuối) chỉ đạo các cơ quan thông tấn, báo chí và truyền hình của "
           "Thành phố tổ chức xây dựng chuyên mục; Sở Thông tin và Truyền thông (V.5) hướng dẫn các cơ quan thông tấn, "
           "báo chí và Đài Phát thanh và Truyền hình Hà Nội tổ chức chuyên mục.",
         kf=["Ban Tuyên giáo Thành ủy", "Hướng dẫn"]),
    dict(type="follow_up", q="Còn trình độ chuyên môn kỹ thuật thì đặt bao nhiêu, thấp hơn nhiều không?",
         hist=[("user", "Cần Thơ 2024 đặt bao nhiêu % người trong độ tuổi lao động có năng lực sử dụng CNTT?"),
               ("assistant", "Phấn đấu (văn bản ghi \"Phần đầu\") đạt tỷ lệ 90% số người trong độ tuổi lao động được "
                             "trang bị năng lực sử dụng công nghệ thông tin (mục II.2.b) " + F_CT),
               ("user", "kỹ năng sống cũng 90% à?"),
               ("assistant", "Đúng, kỹ năng sống cũng 90% " + F_CT)],
         ev=[("CT", "Phần đầu đạt tỷ lệ 30% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật; trong "
                    "đó, 15% dân số có trình độ đại học trở lên")],
         a="Thấp hơn nhiều: phấn đấu 30% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó "
           "15% có trình độ đại học trở lên — so với 90% của hai chỉ tiêu kia.",
         kf=["30%", "15%"]),
    dict(type="follow_up", q="And what must it draft, for whom?",
         hist=[("user", "Who is the standing body (cơ quan thường trực) in the Hue 2026 plan?"),
               ("assistant", "The Department of Education and Training (Sở Giáo dục và Đào tạo), item V.1 " + F_HUE),
               ("user", "It also reports periodically, right?"),
               ("assistant", "Yes, it inspects, supervises and reports periodically on implementation " + F_HUE)],
         ev=[("HUE", "dự thảo văn bản của Ủy ban nhân dân thành phố gửi Bộ Giáo dục và Đào tạo")],
         a="It drafts the city People's Committee's document (dự thảo văn bản của Ủy ban nhân dân thành phố) sent to "
           "the Ministry of Education and Training (Bộ Giáo dục và Đào tạo).",
         kf=["dự thảo văn bản", "Bộ Giáo dục và Đào tạo"]),
    dict(type="follow_up", q="And by 2030?",
         hist=[HELLO,
               ("user", "My Loc 2025 target for citizens with the learning-citizen title?"),
               ("assistant", "40% of citizens reach the \"công dân học tập\" title by 2025 (II.2.a) " + F_ML)],
         ev=[("ML", ML30), ("ML", "+ 60% công dân đạt danh hiệu công dân học tập")],
         a="By 2030: 60% of citizens with the \"công dân học tập\" title (20 points above 2025's 40%).",
         kf=["2030", "60%"]),
    dict(type="follow_up", q="Vậy 2030 tăng lên bao nhiêu?",
         hist=[("user", "Hà Nội 2025 đặt bao nhiêu % đơn vị được công nhận đơn vị học tập?"),
               ("assistant", "50% đơn vị được công nhận là đơn vị học tập (mục tiêu đến năm 2025, II.2.1.d) " + F_HN),
               ("user", "ok")],
         ev=[("HN", HN30), ("HN", "70% đơn vị được công nhận là đơn vị học tập")],
         a="Đến năm 2030: 70% đơn vị được công nhận là đơn vị học tập, tăng 20 điểm phần trăm so với 50% của năm 2025.",
         kf=["2030", "70%"]),
    dict(type="follow_up", q="Còn Phòng GD&ĐT thì phải báo cáo UBND huyện trước ngày nào?",
         hist=[("user", "Mỹ Lộc: báo cáo kiểm tra, giám sát trước ngày 30 tháng 11 gửi về đâu?"),
               ("assistant", "Gửi về Phòng Giáo dục và Đào tạo - Thường trực Ban chỉ đạo xây dựng xã hội học tập huyện "
                             "(mục III.8) " + F_ML),
               ("user", "Thường trực BCĐ là phòng GD luôn à?"),
               ("assistant", "Văn bản ghi \"Phòng Giáo dục và Đào tạo - Thường trực Ban chỉ đạo xây dựng xã hội học "
                             "tập huyện\" " + F_ML)],
         ev=[("ML", ML_GD_BC)],
         a="Trước ngày 15 tháng 12 hằng năm (điểm e khoản 1 mục V): Phòng Giáo dục và Đào tạo tổ chức kiểm tra, giám "
           "sát, đánh giá, tổng hợp, báo cáo UBND huyện.",
         kf=["15 tháng 12"]),
    dict(type="follow_up", q="Gạch thứ ba nhắc văn bản nào?",
         hist=[HELLO, ("user", "Tôi ở Hội Khuyến học thành phố Hà Nội, hội tôi được giao gì?"),
               ("assistant", "Điểm b khoản 15 mục V, năm gạch: 1) lồng ghép tuyên truyền Nghị quyết 23-NQ/TU; 2) nhân "
                             "rộng các mô hình học tập; 3) củng cố, phát triển tổ chức Hội ở cơ quan, doanh nghiệp, "
                             "trường học, lực lượng vũ trang; 4) xã hội hóa nguồn lực; 5) phối hợp Sở GD&ĐT đẩy mạnh "
                             "trung tâm học tập cộng đồng " + F_HN)],
         ev=[("HN", "lực lượng vũ trang (theo Kết luận 49/KL-TW ngày 10/5/2019 của Ban Bí thư Trung ương Đảng)")],
         a="Gạch thứ ba dẫn Kết luận 49/KL-TW ngày 10/5/2019 của Ban Bí thư Trung ương Đảng (căn cứ để củng cố, phát "
           "triển tổ chức Hội Khuyến học ở cơ quan, doanh nghiệp, trường học, lực lượng vũ trang).",
         kf=["49/KL-TW", "10/5/2019", "Ban Bí thư"]),
    dict(type="follow_up", q="Thế phòng nào lập dự toán, xã có phải làm không?",
         hist=[("user", "Kinh phí thực hiện kế hoạch An Lão lấy từ đâu?"),
               ("assistant", "Từ ngân sách nhà nước theo quy định, nguồn thu hợp pháp của các cơ quan, đơn vị và huy "
                             "động từ các nguồn xã hội hóa (mục IV) " + F_AL),
               ("user", "cảm ơn, hỏi thêm")],
         ev=[("AL", "Phối hợp với các phòng, ban, ngành, đơn vị lập dự toán kinh phí"),
             ("AL", "4. Phòng Tài chính - Kế hoạch"),
             ("AL", "Tổng hợp dự toán hàng năm, bố trí và phân bổ ngân sách theo kế hoạch")],
         a="Phòng Tài chính - Kế hoạch phối hợp với các phòng, ban, ngành, đơn vị lập dự toán kinh phí, báo cáo UBND "
           "huyện cân đối (III.4); ở xã, UBND xã, thị trấn tổng hợp dự toán hàng năm, bố trí và phân bổ ngân sách theo "
           "kế hoạch (III.9).",
         kf=["Phòng Tài chính - Kế hoạch", "lập dự toán kinh phí", "Tổng hợp dự toán hàng năm"]),
    dict(type="follow_up", q="Thế còn Ban Dân tộc bên Hà Nội?",
         hist=[("user", "Ban Dân tộc Cần Thơ làm gì trong kế hoạch 2024?"),
               ("assistant", "Ban Dân tộc (V.9) chủ trì triển khai các chương trình, dự án hỗ trợ giáo dục, đào tạo cho "
                             "người dân tộc thiểu số; tạo điều kiện cho trẻ em, người dân tộc thiểu số tham gia học tập "
                             + F_CT),
               ("user", "ok")],
         ev=[("HN", "10. Ban Dân tộc Thành phố"),
             ("HN", "Kế hoạch Chương trình mục tiêu quốc gia Phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số "
                    "và miền núi")],
         a="Kế hoạch Hà Nội (V.10): Ban Dân tộc Thành phố tham mưu UBND Thành phố xây dựng, triển khai Kế hoạch Chương "
           "trình mục tiêu quốc gia Phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, phối hợp "
           "triển khai chương trình, dự án hỗ trợ giáo dục đào tạo cho trẻ em, người học vùng dân tộc thiểu số.",
         kf=["Ban Dân tộc Thành phố", "Chương trình mục tiêu quốc gia"]),
    dict(type="follow_up", q="Kế hoạch đó ngày nào, về chương trình gì?",
         hist=[("user", "Sở Văn hóa và Thể thao Huế chủ trì triển khai kế hoạch số mấy?"),
               ("assistant", "Kế hoạch số 288/KH-UBND của Ủy ban nhân dân thành phố (mục V.2) " + F_HUE),
               ("user", "ừ")],
         ev=[("HUE", "Kế hoạch số 288/KH-UBND ngày 25 tháng 8 năm 2023 của Ủy ban nhân dân thành phố về Chương trình "
                     "“Đẩy mạnh các hoạt động phục vụ học tập suốt đời trong thư viện, bảo tàng, trung tâm văn hóa đến "
                     "năm 2030”")],
         a="Kế hoạch số 288/KH-UBND ngày 25 tháng 8 năm 2023 của UBND thành phố về Chương trình \"Đẩy mạnh các hoạt "
           "động phục vụ học tập suốt đời trong thư viện, bảo tàng, trung tâm văn hóa đến năm 2030\".",
         kf=["25 tháng 8 năm 2023", "thư viện, bảo tàng, trung tâm văn hóa"]),
    dict(type="follow_up", q="Thế kinh phí thì huyện tôi tự lo hay thành phố cấp?",
         hist=[("user", "Tôi là cán bộ UBND một huyện ngoại thành Hà Nội. Huyện tôi phải xây dựng kế hoạch gì?"),
               ("assistant", "Mục V.16: UBND quận, huyện, thị xã xây dựng Kế hoạch thực hiện Nghị quyết số 23-NQ/TU phù "
                             "hợp với chiến lược phát triển kinh tế - xã hội của địa phương đến năm 2030, tầm nhìn 2045 "
                             + F_HN),
               ("user", "được rồi")],
         ev=[("HN", "Cân đối và bố trí kinh phí hàng năm trong phạm vi ngân sách để thực hiện Kế hoạch"),
             ("HN", "Được đảm bảo trong dự toán chi ngân sách nhà nước hàng năm của các đơn vị theo phân cấp ngân sách "
                    "hiện hành")],
         a="Huyện tự cân đối: UBND quận, huyện, thị xã cân đối và bố trí kinh phí hàng năm trong phạm vi ngân sách để "
           "thực hiện Kế hoạch (V.16); mục IV nói kinh phí được đảm bảo trong dự toán chi ngân sách nhà nước hàng năm "
           "của các đơn vị theo phân cấp ngân sách hiện hành, cùng các nguồn tài trợ hợp pháp.",
         kf=["Cân đối và bố trí kinh phí hàng năm", "phân cấp ngân sách"]),
    dict(type="follow_up", q="What about the Youth Union there?",
         hist=[("user", "Hội Liên hiệp Phụ nữ Cần Thơ được đề nghị làm gì?"),
               ("assistant", "Điểm d khoản 11 mục V: vận động hội viên cho con đi học đúng độ tuổi, không để con bỏ học; "
                             "hỗ trợ gia đình phụ nữ, trẻ em có hoàn cảnh khó khăn được đến trường " + F_CT),
               ("user", "Thanks, I'll switch to English for my colleague.")],
         ev=[("CT", "c) Đề nghị Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố Cần Thơ"),
             ("CT", "động viên, cảm hóa những đoàn viên có biểu hiện thiếu tích cực trong học tập"),
             ("CT", "bỏ học giữa chừng đến trường, ra lớp")],
         a="Point V.11.c: the Can Tho Youth Union (Đoàn Thanh niên) directs district unions to keep track of members "
           "and young people of school age, to motivate and win over members showing lack of effort (cảm hóa ... "
           "thiếu tích cực trong học tập), to bring members who dropped out (bỏ học giữa chừng) back to school, and to "
           "work with lower and upper secondary schools.",
         kf=["Đoàn Thanh niên", "thiếu tích cực trong học tập", "bỏ học giữa chừng"]),
    dict(type="follow_up", q="Vậy chỉ tiêu năm nay ở Huế, con số đó thấp hơn hay cao hơn Mỹ Lộc mốc 2025?",
         hist=[("user", "Mỹ Lộc mốc 2025 bao nhiêu % dân số từ 15 tuổi được đào tạo chuyên môn kỹ thuật?"),
               ("assistant", "Khoảng 50% dân số từ 15 tuổi trở lên, trong đó 12% có trình độ đại học trở lên (II.2.a) "
                             + F_ML),
               ("user", "còn Huế năm nay?"),
               ("assistant", "Huế năm 2026: 40% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật "
                             + F_HUE)],
         ev=[("HUE", "40% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó có 15% dân số "
                     "có trình độ đại học trở lên"),
             ("ML", "Khoảng 50% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó 12% dân số "
                    "có trình độ đại học trở lên")],
         a="Thấp hơn về tỷ lệ được đào tạo: Huế năm 2026 là 40% (Mỹ Lộc mốc 2025 khoảng 50%); nhưng phần có trình độ "
           "đại học trở lên thì Huế đặt 15%, cao hơn 12% của Mỹ Lộc.",
         kf=["40%", "50%", "15%", "12%"]),
]

ALL = ["HUE", "ML", "HN", "CT", "AL"]


def U(q, a, probe, pdocs=None, hist=None):
    return dict(type="unanswerable", q=q, a=a, probe=probe, pdocs=pdocs or ALL, hist=hist or [])


QUESTIONS += [
    # ---------------- unanswerable: near misses ----------------
    # places with no loaded plan (siblings, children, parents)
    U("Tôi ở Phòng GD&ĐT huyện Vụ Bản, Nam Định. Hạn báo cáo kết quả xây dựng xã hội học tập của huyện tôi là ngày "
      "nào?",
      "Không có kế hoạch nào của huyện Vụ Bản trong các văn bản đã nạp; kế hoạch gần nhất là của huyện Mỹ Lộc (cùng "
      "tỉnh Nam Định), nhưng hạn trong đó chỉ áp dụng cho Mỹ Lộc.", r"vu ban"),
    U("Kế hoạch của quận Hoàn Kiếm đặt bao nhiêu % công dân học tập đến năm 2025?",
      "Các kế hoạch đã nạp không có kế hoạch của quận Hoàn Kiếm; kế hoạch Hà Nội chỉ đặt chỉ tiêu chung cho toàn thành "
      "phố, không có con số riêng cho từng quận.", r"hoan kiem"),
    U("Chúng tôi ở UBND huyện Kiến Thụy, Hải Phòng. Huyện tôi được giao gì trong phong trào Học tập suốt đời?",
      "Không có kế hoạch của huyện Kiến Thụy; văn bản đã nạp ở Hải Phòng là kế hoạch của huyện An Lão, chỉ giao việc "
      "cho các phòng, ban, xã, thị trấn của An Lão.", r"kien thuy"),
    U("Kế hoạch riêng năm 2026 của thị xã Hương Thủy (Huế) có chỉ tiêu gì?",
      "Không có kế hoạch của thị xã Hương Thủy trong các văn bản đã nạp; kế hoạch năm 2026 của thành phố Huế không "
      "nhắc đến Hương Thủy.", r"huong thuy"),
    U("Huyện Phong Điền của Cần Thơ năm 2024 đặt bao nhiêu % người lao động được trang bị kỹ năng sống?",
      "Các kế hoạch đã nạp không có kế hoạch của huyện Phong Điền; kế hoạch Cần Thơ 2024 chỉ đặt chỉ tiêu chung cho "
      "thành phố.", r"phong dien"),
    U("Kế hoạch 145 của tỉnh Nam Định đặt chỉ tiêu công dân học tập của cả tỉnh là bao nhiêu %?",
      "Kế hoạch số 145/KH-UBND của tỉnh Nam Định chỉ được kế hoạch Mỹ Lộc dẫn làm căn cứ; nội dung và chỉ tiêu của nó "
      "không có trong các văn bản đã nạp (40% và 60% là chỉ tiêu của huyện Mỹ Lộc).", r"tinh nam dinh.{0,120}\d+ ?%"),
    U("Tỉnh Thái Nguyên có kế hoạch xây dựng xã hội học tập năm 2026 không, chỉ tiêu thế nào?",
      "Không có kế hoạch nào của tỉnh Thái Nguyên trong các văn bản đã nạp.", r"thai nguyen"),
    # years and indicators not set
    U("Năm sau (2027) Hà Nội đặt bao nhiêu % công dân đạt kỹ năng số?",
      "Kế hoạch Hà Nội không có chỉ tiêu cho năm 2027; chỉ có mốc 2025 (50% công dân đạt kỹ năng số) và mốc 2030 (70%).",
      r"2027", ["HN"]),
    U("Năm nay 2026 Mỹ Lộc phải đạt bao nhiêu % người lao động có kỹ năng sống?",
      "Kế hoạch Mỹ Lộc không đặt chỉ tiêu cho năm 2026; chỉ có mốc 2025 (60%) và mốc 2030 (80%).", r"2026", ["ML"]),
    U("Còn năm sau thì sao?",
      "Kế hoạch Huế là kế hoạch năm 2026, không có chỉ tiêu kỹ năng sống cho năm 2027.", r"2027", ["HUE"],
      hist=[HELLO, ("user", "Năm nay Huế đặt bao nhiêu % người lao động được trang bị kỹ năng sống?"),
            ("assistant", "Năm 2026: 80% số người trong độ tuổi lao động được trang bị kỹ năng sống (mục II.2) " + F_HUE)]),
    U("Năm ngoái (2025) Cần Thơ đặt tỷ lệ công nhận Cộng đồng học tập bao nhiêu?",
      "Kế hoạch Cần Thơ đã nạp là kế hoạch năm 2024 (80% cho Cộng đồng học tập năm 2024); không có chỉ tiêu năm 2025.",
      r"2025", ["CT"]),
    U("An Lão đặt chỉ tiêu bao nhiêu % người dân tham gia Bình dân học vụ số?",
      "Kế hoạch An Lão không đặt chỉ tiêu phần trăm nào; nó chỉ giao Phòng Văn hóa Khoa học và Thông tin chủ trì tham "
      "mưu triển khai phong trào.", r"%", ["AL"]),
    U("Huế năm nay cần bao nhiêu đơn vị học tập đạt mức độ 3?",
      "Kế hoạch Huế chỉ nêu ít nhất 15 đơn vị mức độ 1, trong đó ít nhất 05 đơn vị mức độ 2; không có chỉ tiêu mức độ 3.",
      r"muc do 3", ["HUE"]),
    U("Mỹ Lộc đặt bao nhiêu % gia đình đạt danh hiệu gia đình học tập?",
      "Kế hoạch Mỹ Lộc có nhắc mô hình \"Gia đình học tập\" nhưng không đặt tỷ lệ phần trăm cho nó (chỉ có chỉ tiêu công "
      "dân học tập và huyện học tập).", r"\d+ ?% (so )?gia dinh", ["ML"]),
    # agencies the named plan does not name
    U("Sở Y tế Cần Thơ được giao gì trong kế hoạch xã hội học tập 2024?",
      "Kế hoạch Cần Thơ 2024 không giao việc cho Sở Y tế và không có khoản chung cho các sở khác.", r"y te", ["CT"]),
    U("Hội Cựu giáo chức thành phố Cần Thơ được đề nghị làm gì?",
      "Kế hoạch Cần Thơ không nhắc Hội Cựu giáo chức (chỉ có Hội Cựu chiến binh, Hội Nông dân, Hội Người cao tuổi, "
      "Hội Khuyến học, Hội Liên hiệp Phụ nữ).", r"cuu giao chuc", ["CT"]),
    U("Tôi ở Sở Khoa học và Công nghệ Cần Thơ, sở tôi có nhiệm vụ gì trong KH 74?",
      "Kế hoạch 74/KH-BCĐ không nêu Sở Khoa học và Công nghệ và không có khoản chung cho các sở khác.",
      r"khoa hoc va cong nghe", ["CT"]),
    # legal addresses that do not exist
    U("Điểm g khoản 15 Mục V kế hoạch Hà Nội nói gì?",
      "Khoản 15 mục V kế hoạch Hà Nội chỉ có các điểm a đến e (điểm e là Hội Cựu chiến binh, Hội Nông dân, Hội Người "
      "cao tuổi, Hội Cựu giáo chức); không có điểm g.", r"\bg\) ", ["HN"]),
    U("Điểm đ khoản 1 Mục III kế hoạch Mỹ Lộc quy định gì?",
      "Khoản 1 mục III kế hoạch Mỹ Lộc đánh các điểm a, b, c, d, e, g — không có điểm đ (sau d là e \"Tổ chức hiệu quả "
      "Tuần lễ hưởng ứng học tập suốt đời\").",
      r"toan dan tich cuc tham gia vao cong tac khuyen hoc, khuyen tai, xay dung xa hoi hoc tap\. d\)", ["ML"]),
    U("Điểm e khoản 11 Mục V kế hoạch Cần Thơ đề nghị đơn vị nào?",
      "Khoản 11 mục V kế hoạch Cần Thơ chỉ có các điểm a, b, c, d, đ (điểm đ là Hội Cựu chiến binh, Hội Nông dân); "
      "không có điểm e.", r"\be\) ", ["CT"]),
    U("Mục V kế hoạch An Lão giao những gì?",
      "Kế hoạch An Lão chỉ có bốn mục La Mã (I đến IV; IV là Kinh phí thực hiện); không có mục V. Phần giao nhiệm vụ "
      "là mục III Tổ chức thực hiện.", r"(^|\s)v\. ", ["AL"]),
    U("Tiểu mục 2.3 Mục II kế hoạch Hà Nội đặt mục tiêu đến năm nào?",
      "Mục II.2 kế hoạch Hà Nội chỉ có tiểu mục 2.1 (đến năm 2025) và 2.2 (đến năm 2030); không có tiểu mục 2.3.",
      r"2\.3\.", ["HN"]),
    U("Khoản 10 Mục V kế hoạch Huế giao cho ai?",
      "Mục V kế hoạch Huế chỉ có 9 khoản (khoản 9 là Ủy ban nhân dân các xã, phường); không có khoản 10.",
      r"(^|\s)10\. ", ["HUE"]),
    U("Gạch đầu dòng thứ năm của Phòng Văn hóa Khoa học và Thông tin (khoản 3 Mục III) kế hoạch An Lão là gì?",
      "Khoản 3 mục III kế hoạch An Lão chỉ có bốn gạch đầu dòng (gạch cuối là phối hợp xây dựng chuyên đề, hội thảo, "
      "cuộc thi học tập lịch sử, văn hóa); không có gạch thứ năm.",
      r"lich su, van hoa cho hoc sinh, sinh vien va nhan dan huyen\. -", ["AL"]),
    # terms the plans do not define
    U("Khung năng lực thông tin gồm những năng lực nào theo kế hoạch Mỹ Lộc?",
      "Kế hoạch Mỹ Lộc chỉ nhắc việc triển khai \"khung năng lực thông tin phục vụ học tập suốt đời cho công dân\" mà "
      "không nêu khung đó gồm những năng lực nào.", r"khung nang luc thong tin[^.;]{0,80}\b(gom|bao gom|la)\b",
      ["ML", "CT"]),
    U("Quỹ vòng tay đồng đội là quỹ gì, ai quản lý?",
      "Kế hoạch Mỹ Lộc chỉ giao các hội nâng cao chất lượng \"Quỹ vòng tay đồng đội\", không giải thích quỹ này là gì "
      "hay ai quản lý.", r"quy vong tay dong doi[^.;]{0,60}\b(la|do|duoc)\b", ["ML"]),
    U("Mô hình \"Gia đình 5 có, 3 sạch\" trong kế hoạch Cần Thơ gồm những tiêu chí gì?",
      "Kế hoạch Cần Thơ nêu tên mô hình \"Gia đình 5 có, 3 sạch\" và Cuộc vận động \"5 không 3 sạch\" nhưng không liệt "
      "kê các tiêu chí.", r"5 co, 3 sach[^.;]{0,10}(gom|la|:)", ["CT"]),
    U("\"TT HU\" trong Nơi nhận kế hoạch An Lão là viết tắt của gì?",
      "Kế hoạch An Lão không giải nghĩa chữ viết tắt \"TT HU\" trong Nơi nhận.", r"thuong truc huyen uy", ["AL"]),
    # pasted passages that are in no plan
    U("\"Phấn đấu 100% thôn, tổ dân phố có tủ sách cộng đồng\" — đoạn này ở kế hoạch nào, mục nào?",
      "Không tìm thấy câu này trong năm kế hoạch đã nạp; không kế hoạch nào nói về tủ sách cộng đồng ở thôn, tổ dân "
      "phố.", r"tu sach"),
    U("\"Tổ chức Ngày hội học tập suốt đời cấp huyện vào tháng 10 hằng năm\" — ai chịu trách nhiệm việc này?",
      "Câu này không có trong các kế hoạch đã nạp; không kế hoạch nào có \"Ngày hội học tập suốt đời\".", r"ngay hoi"),
    # reasons not given
    U("Vì sao kế hoạch Cần Thơ lại giao Sở Nội vụ làm đề án vị trí việc làm trong kế hoạch xã hội học tập?",
      "Kế hoạch Cần Thơ chỉ giao nhiệm vụ (mục V.2) mà không nêu lý do.", r"\bly do\b|\bvi sao\b|\bboi vi\b", ["CT"]),
    U("Tại sao Hà Nội đặt chỉ tiêu trường công lập đạt chuẩn quốc gia là một khoảng 80-85% chứ không phải một con số?",
      "Kế hoạch Hà Nội không giải thích vì sao chỉ tiêu được ghi thành khoảng.", r"\bly do\b|\bvi sao\b|\bboi vi\b",
      ["HN"]),
    # results and current counts
    U("Hiện nay Huế đã có bao nhiêu xã, phường đạt Cộng đồng học tập mức độ 1?",
      "Kế hoạch Huế chỉ đặt chỉ tiêu 100% xã, phường đạt mức độ 1 trong năm 2026; không nêu số đã đạt.",
      r"(hien nay|hien co|da co|da dat)\s+\d+", ["HUE"]),
    U("Hà Nội đã được UNESCO công nhận là Thành phố học tập chưa?",
      "Kế hoạch Hà Nội chỉ đặt mục tiêu phấn đấu gia nhập mạng lưới \"Thành phố học tập\" của UNESCO; không nói đã "
      "được công nhận hay chưa.", r"da (duoc )?(gia nhap|cong nhan)", ["HN"]),
    U("Năm ngoái Mỹ Lộc thực tế đạt được bao nhiêu % công dân học tập?",
      "Kế hoạch Mỹ Lộc chỉ có chỉ tiêu 40% cho năm 2025, không có kết quả thực hiện.",
      r"ket qua (dat|thuc hien) nam 2025|da dat (duoc )?\d+", ["ML"]),
    # deadlines not set
    U("Hà Nội phải đăng ký danh hiệu Thành phố học tập trước ngày nào?",
      "Kế hoạch Hà Nội nêu \"Đăng ký danh hiệu Thành phố học tập\" là mục tiêu đến năm 2025 nhưng không ghi hạn ngày.",
      r"dang ky[^.]{0,100}truoc ngay", ["HN"]),
    U("An Lão: UBND xã định kỳ báo cáo trước ngày mấy tháng mấy?",
      "Kế hoạch An Lão chỉ ghi xã \"định kỳ báo cáo\" gửi Phòng Giáo dục và Đào tạo, không ghi ngày.", r"truoc ngay",
      ["AL"]),
    U("Còn quý tới (quý I/2027) có hạn gì phải xong không?",
      "Kế hoạch Huế năm 2026 không có hạn nào trong quý I năm 2027.", r"quy i\b|2027", ["HUE"],
      hist=[("user", "Quý II năm nay Huế phải xong việc gì?"),
            ("assistant", "Kiện toàn hệ thống trung tâm học tập cộng đồng, bảo đảm mỗi xã, phường có ít nhất một trung "
                          "tâm, hoàn thành trong Quý II năm 2026 (mục III.5) " + F_HUE),
            ("user", "ok")]),
    # amounts
    U("Tổng kinh phí thực hiện kế hoạch Cần Thơ năm 2024 là bao nhiêu tỷ đồng?",
      "Kế hoạch Cần Thơ chỉ nêu nguồn kinh phí (ngân sách nhà nước, tài trợ, nguồn hợp pháp khác), không nêu số tiền.",
      r"(trieu|ty|nghin) dong|vnd", ["CT"]),
    U("How many community learning centres does My Loc currently have?",
      "The My Loc plan gives no current count of community learning centres; it only sets targets (70% applying IT by "
      "2025, 90% by 2030).", r"\d+ trung tam hoc tap cong dong", ["ML"]),
    U("What is the total budget in VND of the Hue 2026 plan?",
      "The Hue plan names funding sources and Resolution 16/2025/NQ-HĐND but states no amount.",
      r"(trieu|ty|nghin) dong|vnd", ["HUE"]),
]
