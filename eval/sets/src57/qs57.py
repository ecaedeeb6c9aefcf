"""Questions of set 57 (see questions_src57.py). Codes: H = Huế 2026, ML = Mỹ Lộc 2021-2030, HN = Hà Nội (NQ 23-NQ/TU),
CT = Cần Thơ 2024 (KH 74/KH-BCĐ), AL = An Lão (phong trào "Học tập suốt đời"). Today is 2026-12-05: năm nay = 2026,
năm sau = 2027, năm ngoái = 2025, năm kia / cách đây 2 năm = 2024, 2 năm nữa = 2028, 4 năm nữa = 2030.

Q(type, question, evidence [(code, span)], answer, key_facts, history) is answerable; U(question, answer, probe, on,
history, type) is unanswerable: `probe` is an accent-free regex of what would have to be in the plan(s) `on` ("all" =
the five) for it to be answerable; it must not match them. A history is a list of (role, text) pairs.
"""

ITEMS = []


def Q(qtype, q, ev, a, kf, h=None):
    ITEMS.append({"kind": "Q", "type": qtype, "q": q, "ev": ev, "a": a, "kf": kf, "h": h or []})


def U(q, a, probe, on, h=None, qtype="unanswerable"):
    ITEMS.append({"kind": "U", "type": qtype, "q": q, "a": a, "probe": probe, "on": on, "h": h or []})


F_H, F_ML, F_HN, F_CT, F_AL = ("[000_4550be4bb11189cd.txt]", "[001_7bafa58816a5de75.txt]", "[002_797e8de6131c77f9.txt]",
                               "[003_1a817ee72b993e3e.txt]", "[004_b1b28019b71edc03.txt]")
T_H = "Thực hiện Đề án “Xây dựng xã hội học tập” năm 2026 trên địa bàn thành phố Huế"
T_ML = "Thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030” trên địa bàn huyện Mỹ Lộc"
T_CT = "Xây dựng xã hội học tập năm 2024 trên địa bàn thành phố Cần Thơ"
T_AL = "Triển khai thực hiện phong trào “Học tập suốt đời” gắn với công tác khuyến học, khuyến tài, xây dựng xã hội học tập trên địa bàn huyện An Lão"
# Spans used more than once.
H_VH1 = ("Chủ trì, phối hợp với các sở, ngành, địa phương và các tổ chức liên quan triển khai thực hiện Kế hoạch số "
         "288/KH-UBND ngày 25 tháng 8 năm 2023 của Ủy ban nhân dân thành phố về Chương trình “Đẩy mạnh các hoạt động "
         "phục vụ học tập suốt đời trong thư viện, bảo tàng, trung tâm văn hóa đến năm 2030”; phát triển, nhân rộng các "
         "mô hình học tập suốt đời tại thư viện, bảo tàng, nhà văn hóa, câu lạc bộ trên địa bàn thành phố.")
H_VH2 = ("Tổ chức đào tạo, bồi dưỡng, nâng cao chất lượng đội ngũ cán bộ, viên chức, người lao động làm việc tại các "
         "thiết chế văn hóa – thể thao nhằm đáp ứng yêu cầu phục vụ học tập suốt đời của người dân.")
H_NV1 = ("Tổ chức thực hiện các nhiệm vụ nhằm đạt mục tiêu đào tạo, bồi dưỡng, nâng cao trình độ chuyên môn, nghiệp vụ "
         "cho đội ngũ cán bộ, công chức các cấp.")
H_NV2 = "Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về năng lực cơ bản và trình độ của người dân."
H_TC = ("Trên cơ sở đề nghị của các cơ quan, đơn vị liên quan và khả năng cân đối ngân sách, tham mưu Ủy ban nhân dân "
        "thành phố bố trí kinh phí thực hiện Kế hoạch theo quy định của Luật Ngân sách Nhà nước.")
H_GD_TT = ("Là cơ quan thường trực; chủ trì, phối hợp với các cơ quan, tổ chức, đơn vị, địa phương liên quan để tổ chức "
           "thực hiện Kế hoạch.")
H_GD_NGHE = ("Chỉ đạo các cơ sở giáo dục nghề nghiệp trên địa bàn thành phố tăng cường hợp tác với doanh nghiệp, mở rộng "
             "các hình thức đào tạo nghề, đào tạo nghề gắn với sản xuất, nhu cầu thị trường lao động")
H_GD_UT = ("ưu tiên người chấp hành xong hình phạt tù, thanh niên hoàn thành nghĩa vụ quân sự, nghĩa vụ công an và các "
           "nhóm lao động yếu thế trong xã hội")
H_GD_KT = ("Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với Hội Khuyến học thành phố và các sở, ban, ngành liên quan "
           "tổ chức kiểm tra, giám sát công tác xây dựng xã hội học tập và hoạt động của các trung tâm học tập cộng đồng "
           "tại các xã, phường")
H_HKH_CDHT = "Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về “Công dân học tập”."
H_HKH_471 = ("Chủ trì, phối hợp với các cơ quan, tổ chức, đơn vị, địa phương triển khai thực hiện Kế hoạch số "
             "471/KH-UBND ngày 22 tháng 12 tháng 2022")
H_LDLD = ("Chủ trì, phối hợp các sở, ngành, địa phương, cơ quan, tổ chức có liên quan tổ chức thực hiện Kế hoạch số "
          "147/KH-UBND ngày 17 tháng 4 năm 2023")
H_XA_BC = ("định kỳ tổng hợp, gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026 để tổng "
           "hợp, báo cáo Ủy ban nhân dân thành phố theo quy định.")
H_TTHTCD = ("Rà soát, củng cố, kiện toàn hệ thống trung tâm học tập cộng đồng, bảo đảm mỗi xã, phường có ít nhất một "
            "trung tâm, hoàn thành trong Quý II năm 2026.")
H_CDHT = "40% công dân đạt danh hiệu công dân học tập."
H_CNTT = "87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin."
H_KNS = "80% số người trong độ tuổi lao động được trang bị kỹ năng sống."
H_DVHT = ("Có ít nhất 15 đơn vị được công nhận “Đơn vị học tập” cấp tỉnh mức độ 1, trong đó có ít nhất 05 đơn vị đạt "
          "mức độ 2.")
H_NQ16 = ("Việc quản lý, sử dụng kinh phí thực hiện Kế hoạch thực hiện theo Nghị quyết số 16/2025/NQ-HĐND ngày 16 tháng "
          "7 năm 2025 của Hội đồng nhân dân thành phố")
ML_GD_BC = ("Tổ chức kiểm tra, giám sát và đánh giá, tổng hợp, báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm; "
            "tham mưu UBND huyện tổ chức sơ kết Đề án vào năm 2025, tổng kết vào năm 2030")
ML_XA_BC = ("Kiểm tra, giám sát và định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế "
            "hoạch về Phòng Giáo dục và Đào tạo")
ML_KT = ("Tổ chức kiểm tra, giám sát đột xuất và định kỳ, trước ngày 30 tháng 11 hằng năm gửi báo cáo tình hình, kết "
         "quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo")
ML_VHTT1 = ("Nhân rộng các mô hình học tập suốt đời trong thư viện, bảo tàng, nhà văn hóa, câu lạc bộ, Trung tâm Văn hóa "
            "- Thể thao.")
ML_VHTT2 = ("Tổ chức đào tạo, bồi dưỡng nâng cao chất lượng nguồn nhân lực làm việc trong các thiết chế văn hóa - thể "
            "thao phục vụ nhu cầu học tập suốt đời của người dân đáp ứng yêu cầu chuyển đổi số.")
ML_TT3a = ("Chỉ đạo, hướng dẫn báo chí, truyền thông và hệ thống thông tin cơ sở thông tin tuyên truyền về quan điểm, "
           "mục tiêu, nhiệm vụ và giải pháp của Kế hoạch")
ML_TT3b = ("Chủ trì, phối hợp với các sở, ngành liên quan thực hiện hỗ trợ cung cấp dịch vụ viễn thông công ích đến năm "
           "2030 cho các đối tượng theo quy định của nhà nước.")
ML_TT10 = ("Tăng cường, đẩy mạnh công tác tuyên truyền, xây dựng chuyên trang, chuyên mục, giới thiệu gương điển hình về "
           "công tác khuyến học, khuyến tài và xây dựng xã hội học tập.")
ML_CA = "Nâng cao trình độ, năng lực ngoại ngữ cho cán bộ toàn lực lượng vũ trang trên địa bàn huyện."
ML_TCKH = ("Căn cứ tình hình thực tế của địa phương, tham mưu UBND huyện bố trí kinh phí để thực hiện Kế hoạch theo phân "
           "cấp ngân sách hiện hành.")
ML_PN = ("vận động, tuyên truyền phụ nữ và trẻ em gái chưa biết chữ ra học các lớp xóa mù chữ, đẩy mạnh hoạt động có "
         "hiệu quả đối với “Quỹ học bổng Hoàng Ngân”.")
ML_LDLD2 = ("Chỉ đạo các cấp công đoàn hướng dẫn, hỗ trợ công đoàn cơ sở trong các doanh nghiệp vận động người sử dụng "
            "lao động tạo điều kiện về thời gian, vật chất, thành lập quỹ khuyến học, khuyến tài")
ML_HKH1 = "Chủ trì lồng ghép các hoạt động tuyên truyền về xây dựng xã hội học tập thông qua hệ thống hội khuyến học các cấp."
ML_DOAN = ("vận động gây quỹ hỗ trợ thanh niên có hoàn cảnh khó khăn tham gia học tập.")
ML_25_KNS = "+ 60% số người trong độ tuổi lao động được trang bị kỹ năng sống."
ML_30_KNS = "+ 80% người trong độ tuổi lao động được trang bị kỹ năng sống."
ML_25_TT = "+ 60% số người trong độ tuổi lao động được trang bị năng lực thông tin."
ML_25_CMKT = ("Khoảng 50% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó 12% dân số có "
              "trình độ đại học trở lên.")
ML_30_CMKT = ("70% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó 15% dân số có trình độ "
              "đại học trở lên.")
ML_25_TTHT = ("+ 70% các Trung tâm Học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động "
              "giáo dục.")
ML_30_TTHT = ("+ 90% các Trung tâm Học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động "
              "giáo dục.")
ML_30_CD = "+ 60% công dân đạt danh hiệu công dân học tập."
ML_25_SO = ("+ 60% các cơ sở giáo dục phổ thông, cơ sở giáo dục thường xuyên, cơ sở giáo dục nghề nghiệp và các cơ sở "
            "giáo dục khác triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường số.")
ML_30_SO = ("+ 80% các cơ sở giáo dục phổ thông, cơ sở giáo dục thường xuyên, cơ sở giáo dục nghề nghiệp và các cơ sở "
            "giáo dục khác triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường số.")

HN_CA = ("Công an Thành phố: chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Sở Lao động - Thương binh và Xã hội tiếp tục "
         "tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân và học viên trong các "
         "trại giam, trại tạm giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng.")
HN_BTL = ("Bộ Tư lệnh Thủ đô: tiếp tục tổ chức, tăng cường công tác tuyên truyền, phổ biến giáo dục, bồi dưỡng kiến thức "
          "quốc phòng, an ninh cho mọi tầng lớp nhân dân, nhất là những người có uy tín trong cộng đồng dân cư, chức sắc, "
          "chức việc tôn giáo, già làng, trưởng họ tộc")
HN_DAI = ("Xây dựng chuyên mục và tuyên truyền về công tác khuyến học, khuyến tài, học tập suốt đời, xây dựng xã hội học "
          "tập.")
HN_TTTT2 = ("Hướng dẫn các cơ quan thông tấn, báo chí của Thành phố; Đài Phát thanh và Truyền hình Hà Nội tổ chức chuyên "
            "mục, tuyên truyền về xây dựng xã hội học tập.")
HN_TTTT4 = ("Chủ trì, phối hợp với các Sở, ngành, đơn vị có liên quan tổ chức các lớp tập huấn, bồi dưỡng kiến thức, kỹ "
            "năng, trang bị năng lực thông tin cho đội ngũ cán bộ công chức, viên chức, người lao động trên địa bàn Thành "
            "phố.")
HN_NV = ("chủ trì, phối hợp với các Sở, ngành, đơn vị có liên quan tổ chức các lớp tập huấn, bồi dưỡng kiến thức, kỹ năng "
         "cho đội ngũ cán bộ công chức, viên chức, người lao động trên địa bàn Thành phố")
HN_TC1 = ("Đảm bảo kinh phí trong dự toán ngân sách hàng năm (theo phân cấp) để thực hiện Kế hoạch theo quy định của "
          "Luật Ngân sách Nhà nước.")
HN_TC2 = ("Chủ trì, hướng dẫn các Sở, ngành liên quan về cơ chế tài chính triển khai thực hiện các nhiệm vụ của Kế hoạch "
          "theo đúng quy định của Luật Ngân sách Nhà nước.")
HN_TDKT = ("Phối hợp với Sở Giáo dục và Đào tạo, tham mưu trình Ủy ban nhân dân Thành phố khen thưởng cho các tập thể, cá "
           "nhân có thành tích trong công tác xây dựng xã hội học tập nhân dịp sơ kết, tổng kết các giai đoạn của Đề án.")
HN_LDTB1 = ("Chủ trì, phối hợp với các Sở, ngành liên quan xây dựng các chương trình đào tạo bổ sung, đào tạo kỹ năng "
            "nghề nghiệp mới cho người lao động; hỗ trợ học tập cho người bị thiệt thòi, yếu thế trong xã hội.")
HN_LDLD2 = ("Chỉ đạo các cấp công đoàn hướng dẫn, hỗ trợ công đoàn cơ sở trong các doanh nghiệp vận động người sử dụng "
            "lao động tạo điều kiện về thời gian, vật chất, thành lập quỹ khuyến học, khuyến tài")
HN_DH = "- Triển khai trường học số, xây dựng học liệu số để nâng cao năng lực hoạt động"
HN_DH2 = ("Phối hợp với Sở Giáo dục và Đào tạo tổ chức biên soạn, số hóa tài liệu phục vụ hoạt động tuyên truyền, giáo "
          "dục kiến thức cho mọi tầng lớp nhân dân.")
HN_BC = ("định kỳ hàng năm tổng hợp kết quả, báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục "
         "và Đào tạo để tổng hợp).")
HN_QH = ("Cân đối và bố trí kinh phí hàng năm trong phạm vi ngân sách để thực hiện Kế hoạch.")
HN_KHAC = ("Có trách nhiệm cung cấp tài liệu học tập về các lĩnh vực theo chức năng, nhiệm vụ của từng Sở, ngành cho Sở "
           "Giáo dục và Đào tạo")
HN_KHAC1 = ("Chủ động phối hợp chặt chẽ với Sở Giáo dục và Đào tạo và các cơ quan có liên quan triển khai thực hiện các "
            "nhiệm vụ khuyến học, khuyến tài, xây dựng xã hội học tập trên địa bàn Thành phố.")
HN_25_CD = "- 50% công dân đạt danh hiệu công dân học tập; 50% công dân đạt kỹ năng số."
HN_30_CD = "- 70% công dân đạt danh hiệu công dân học tập; 70% công dân đạt kỹ năng số."
HN_30_BC = "- 80-85% lao động được qua đào tạo, trong đó lao động có bằng cấp, chứng chỉ đạt trên 60%."
HN_25_CQ = "- 80-85% trường công lập đạt chuẩn quốc gia;"
HN_30_CQ = "- 85-90% trường công lập đạt chuẩn quốc gia."
HN_30_BIET = "- 99,6% người trong độ tuổi 15-60 biết chữ."
HN_25_GD = "- 60% gia đình, dòng họ, cộng đồng đạt danh hiệu gia đình, dòng họ, cộng đồng học tập."
HN_30_GD = "- 80% gia đình, dòng họ, cộng đồng đạt danh hiệu gia đình, dòng họ, cộng đồng học tập."
HN_30_DV = "- 70% đơn vị được công nhận là đơn vị học tập;"
HN_25_HUYEN = ("- 40% quận, huyện, thị xã được công nhận danh hiệu huyện học tập theo các tiêu chí do cơ quan có thẩm "
               "quyền ban hành.")
HN_30_HUYEN = ("- 60% quận, huyện, thị xã được công nhận danh hiệu huyện học tập theo các tiêu chí do cơ quan có thẩm "
               "quyền ban hành.")
HN_25_TTHT = "- 70% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục."
HN_30_TTHT = "- 90% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục."
HN_25_TT = "- 50% số người trong độ tuổi lao động được trang bị năng lực thông tin."
HN_30_TT = "- 70% người trong độ tuổi lao động được trang bị năng lực thông tin."
HN_25_TAIMU = "- 95% số người mới biết chữ tiếp tục học tập và không tái mù chữ."
HN_30_TAIMU = "- 96% số người mới biết chữ tiếp tục học tập và không tái mù chữ."
HN_30_TP = "- Thành phố được công nhận danh hiệu “Thành phố học tập”."
HN_25_TP = "- Đăng ký danh hiệu “Thành phố học tập” theo tiêu chí do cơ quan có thẩm quyền ban hành."
HN_DANTOC = ("Tham mưu Ủy ban nhân dân Thành phố xây dựng, triển khai thực hiện Kế hoạch Chương trình mục tiêu quốc gia "
             "Phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi thành phố từ nay đến năm 2030, tầm "
             "nhìn đến năm 2045")
HN_THAY = ("Kế hoạch này thay thế cho Kế hoạch số 290/KH-UBND ngày 16/12/2021 của Ủy ban nhân dân thành phố Hà Nội")

CT_NV = ("Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan, Ủy ban nhân dân quận, huyện xây dựng Đề án vị trí việc "
         "làm, điều chỉnh vị trí việc làm và cơ cấu viên chức theo chức danh nghề nghiệp")
CT_TC = ("Chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện rà soát, hoàn thiện các chính sách để "
         "tăng cường huy động và đa dạng hóa các nguồn lực xã hội thúc đẩy công tác khuyến học, khuyến tài, xây dựng xã "
         "hội học tập.")
CT_KP = ("Căn cứ vào nhiệm vụ được giao trong Kế hoạch, các sở, ban ngành, đoàn thể có liên quan và Ủy ban nhân dân quận, "
         "huyện xây dựng kế hoạch và dự toán kinh phí thực hiện")
CT_CHQS_a = ("Chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện đẩy mạnh tuyên truyền về học tập "
             "suốt đời, xây dựng xã hội học tập trong lực lượng vũ trang, cán bộ, chiến sĩ quân đội;")
CT_CHQS_b = ("Chỉ đạo nâng cao trình độ, năng lực ngoại ngữ và tiếng dân tộc thiểu số cho lực lượng vũ trang, cán bộ, "
             "chiến sĩ quân đội.")
CT_CA = ("Chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện tổ chức các lớp học xóa mù chữ, phổ "
         "cập giáo dục, đào tạo nghề cho trại viên, phạm nhân và học viên trong các trại giam, trại tạm giam, cơ sở giáo "
         "dục bắt buộc, trường giáo dưỡng (nếu có).")
CT_VH = ("Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan, Ủy ban nhân dân quận, huyện nhân rộng các mô hình học "
         "tập suốt đời trong thư viện, bảo tàng, nhà văn hóa, câu lạc bộ.")
CT_DOAN1 = ("tổ chức các hoạt động phù hợp, thiết thực để động viên, cảm hóa những đoàn viên có biểu hiện thiếu tích cực "
            "trong học tập; thường xuyên vận động số đoàn viên, đội viên bỏ học giữa chừng đến trường, ra lớp;")
CT_DOAN2 = ("Chỉ đạo các tổ chức Đoàn cơ sở phối hợp tốt với các trường trung học cơ sở, trường trung học phổ thông, trung "
            "tâm giáo dục nghề nghiệp - giáo dục thường xuyên trong việc đẩy mạnh các hoạt động của tổ chức Đoàn trong nhà "
            "trường")
CT_NCT = ("Hướng dẫn các cấp Hội phối hợp tổ chức tuyên truyền, tập huấn cho cán bộ, nhà giáo, hội viên các Hội nắm vững "
          "chủ trương và các biện pháp triển khai khuyến học, khuyến tài, xây dựng xã hội học tập")
CT_MTTQ = ("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, "
           "huyện tham gia giám sát, phản biện xã hội việc triển khai thực hiện Kế hoạch.")
CT_LDLD = ("Đề nghị Liên đoàn Lao động thành phố phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện đẩy "
           "mạnh các hoạt động phát triển nghề nghiệp cho người lao động")
CT_DT = ("Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan, Ủy ban nhân dân quận, huyện triển khai các chương trình, "
         "dự án hỗ trợ giáo dục, đào tạo cho người dân tộc thiểu số trên địa bàn thành phố")
CT_DATE = "Cần Thơ, ngày 04 tháng 5 năm 2024"
CT_THCS = ("100% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 2; phần đầu có 66% quận, huyện đạt chuẩn "
           "phổ cập giáo dục trung học cơ sở mức độ 3.")
CT_CDHT = ("Phần đầu đạt tỷ lệ 80% đơn vị được đánh giá, công nhận theo mức độ “Cộng đồng học tập” cấp xã, huyện, thành "
           "phố.")
CT_DVHT = ("Phần đầu đạt tỷ lệ 55,55% đơn vị được đánh giá, công nhận theo mức độ “Đơn vị học tập” cấp huyện, cấp thành "
           "phố;")
CT_KNS = "Phần đầu đạt tỷ lệ 90% số người trong độ tuổi lao động được trang bị kỹ năng sống;"
CT_CNTT = ("Phần đầu đạt tỷ lệ 90% số người trong độ tuổi lao động được trang bị năng lực về sử dụng công nghệ thông tin "
           "để tra cứu thông tin, học tập trên môi trường mạng;")
CT_CMKT = ("Phần đầu đạt tỷ lệ 30% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật; trong đó, 15% "
           "dân số có trình độ đại học trở lên.")
CT_215 = ("Kế hoạch 215/KH-UBND ngày 28 tháng 10 năm 2021 của Ủy ban nhân dân thành phố Cần Thơ triển khai thực hiện Đề "
          "án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”")
AL_VHKH1 = ("Chủ trì tham mưu triển khai phong trào “Bình dân học vụ số” trong toàn dân trên địa bàn huyện.")
AL_VHKH2 = ("Tham mưu củng cố các thiết chế văn hóa, gồm: thư viện, bảo tàng, trung tâm văn hóa thể thao, nhà văn hóa; "
            "đặc biệt là hệ thống thư viện tại địa phương; xây dựng, nhân rộng mô hình “thư viện số”, “thư viện công "
            "cộng” nhằm đáp ứng nhu cầu học tập, tìm kiếm, tra cứu thông tin của người dân.")
AL_TCKH = ("Phối hợp với các phòng, ban, ngành, đơn vị lập dự toán kinh phí, báo cáo Ủy ban nhân dân huyện cân đối trong "
           "nguồn ngân sách, để triển khai thực hiện phong trào “Học tập suốt đời” đạt hiệu quả.")
AL_NV1 = ("Chủ trì phối hợp với các phòng, ban, ngành, địa phương tham mưu Ủy ban nhân dân huyện kế hoạch, kinh phí, tổ "
          "chức đào tạo, bồi dưỡng cán bộ, công chức, viên chức theo quy định của Chính phủ.")
AL_NV2 = ("Chủ trì tham mưu khảo sát, đánh giá tình hình, chất lượng đội ngũ cán bộ, công chức, viên chức.")
AL_6H = ("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các tổ chức chính trị - xã hội, tổ chức xã hội huyện; các "
         "trường học, doanh nghiệp")
AL_6 = ("Tích cực vận động cán bộ, hội viên, thành viên tham gia các phong trào học tập phù hợp với từng đối tượng; triển "
        "khai hiệu quả các mô hình “Công dân học tập”, “Gia đình học tập”, “Dòng họ học tập”, “Đơn vị học tập”; phong "
        "trào “Bình dân học vụ số” trong cơ quan, đơn vị, địa phương.")
AL_GD_MT = ("Chỉ đạo, hướng dẫn các cơ sở giáo dục xây dựng môi trường giáo dục, đào tạo lành mạnh, công bằng, khách "
            "quan, thực học, học đi đôi với hành.")
AL_GD_GV = ("Tăng cường đào tạo, bồi dưỡng cán bộ quản lý giáo dục, giáo viên trong toàn ngành đáp ứng tiêu chuẩn, yêu "
            "cầu theo Chương trình Giáo dục phổ thông 2018.")
AL_GD_QT = ("Tham mưu, triển khai, tổ chức các hoạt động hợp tác quốc tế về giáo dục")
AL_GD_TH = ("Chủ trì tổng hợp kết quả thực hiện phong trào “Học tập suốt đời’, lồng ghép với kết quả xây dựng xã hội học "
            "tập trên địa bàn huyện, hằng năm.")
AL_XA_DAI = ("Chỉ đạo đài phát thanh địa phương, hệ thống thông tin cơ sở đăng tải, tuyên truyền nội dung bài viết của "
             "Tổng Bí thư về “Học tập suốt đời”")
AL_XA_NS = ("Tổng hợp dự toán hàng năm, bố trí và phân bổ ngân sách theo kế hoạch cho công tác khuyến học, khuyến tài, "
            "xây dựng xã hội học tập và học tập suốt đời tại địa phương.")
AL_KP = ("Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách nhà nước theo quy định, nguồn thu hợp pháp của các cơ "
         "quan, đơn vị và huy động từ các nguồn xã hội hóa.")
AL_108 = ("Thực hiện Kế hoạch số 108 /KH-UBND ngày 06/5/2025 của Ủy ban nhân dân thành phố Hải Phòng")
AL_57 = ("Triển khai quyết liệt, hiệu quả Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển "
         "khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia")

# =====================================================================================================================
# 1. The asker's role (an occupation or a workplace) instead of the body's name. Answerable only where the role maps
#    to a body or a group the plan names; the answer says which item it reads.
# =====================================================================================================================
Q("agency_tasks",
  "Tôi là cán bộ phòng văn hóa huyện Mỹ Lộc, theo kế hoạch tôi cần làm gì?",
  [("ML", "4. Phòng Văn hóa-Thông tin"), ("ML", ML_VHTT1), ("ML", ML_VHTT2)],
  "Phòng của anh/chị là Phòng Văn hóa-Thông tin (mục V.4). Kế hoạch giao hai việc: a) nhân rộng các mô hình học tập "
  "suốt đời trong thư viện, bảo tàng, nhà văn hóa, câu lạc bộ, Trung tâm Văn hóa - Thể thao; b) tổ chức đào tạo, bồi "
  "dưỡng nâng cao chất lượng nguồn nhân lực làm việc trong các thiết chế văn hóa - thể thao, đáp ứng yêu cầu chuyển "
  f"đổi số. {F_ML}",
  ["Phòng Văn hóa-Thông tin", "thư viện, bảo tàng, nhà văn hóa, câu lạc bộ", "thiết chế văn hóa - thể thao"])
Q("agency_tasks",
  "Em làm ở một trường tiểu học ở An Lão, kế hoạch giao gì cho trường em ạ?",
  [("AL", AL_6H), ("AL", AL_6), ("AL", AL_GD_MT)],
  "Các trường học được nêu ở mục III.6 (cùng Ủy ban MTTQ, các tổ chức chính trị - xã hội, doanh nghiệp): tích cực vận "
  "động cán bộ, hội viên, thành viên tham gia các phong trào học tập phù hợp với từng đối tượng; triển khai hiệu quả các "
  "mô hình “Công dân học tập”, “Gia đình học tập”, “Dòng họ học tập”, “Đơn vị học tập”; phong trào “Bình dân học vụ "
  "số” trong cơ quan, đơn vị. Ngoài ra Phòng Giáo dục và Đào tạo chỉ đạo, hướng dẫn các cơ sở giáo dục xây dựng môi "
  f"trường giáo dục, đào tạo lành mạnh, công bằng, khách quan, thực học, học đi đôi với hành. {F_AL}",
  ["các trường học", "Bình dân học vụ số", "Đơn vị học tập", "học đi đôi với hành"])
Q("agency_tasks",
  "Tôi là thủ thư ở thư viện thành phố Huế. Kế hoạch năm 2026 có giao việc gì liên quan tới thư viện không, ai phụ trách?",
  [("H", "2. Sở Văn hóa và Thể thao"), ("H", H_VH1), ("H", H_VH2)],
  "Kế hoạch không giao việc cho từng thư viện; việc liên quan thư viện thuộc Sở Văn hóa và Thể thao (mục V.2): chủ trì "
  "triển khai Kế hoạch số 288/KH-UBND ngày 25 tháng 8 năm 2023 về Chương trình “Đẩy mạnh các hoạt động phục vụ học tập "
  "suốt đời trong thư viện, bảo tàng, trung tâm văn hóa đến năm 2030”; phát triển, nhân rộng các mô hình học tập suốt "
  "đời tại thư viện, bảo tàng, nhà văn hóa, câu lạc bộ; và đào tạo, bồi dưỡng đội ngũ cán bộ, viên chức, người lao động "
  f"làm việc tại các thiết chế văn hóa – thể thao. {F_H}",
  ["Sở Văn hóa và Thể thao", "288/KH-UBND", "nhân rộng các mô hình học tập suốt đời", "thiết chế văn hóa – thể thao"])
Q("agency_tasks",
  "Mình là phóng viên Đài Phát thanh và Truyền hình Hà Nội, kế hoạch của thành phố giao đài mình làm gì?",
  [("HN", "12. Cơ quan thông tấn, báo chí của Thành phố; Đài Phát thanh và Truyền hình Hà Nội"), ("HN", HN_DAI),
   ("HN", "5. Sở Thông tin và Truyền thông"), ("HN", HN_TTTT2)],
  "Mục V.12 giao Cơ quan thông tấn, báo chí của Thành phố và Đài Phát thanh và Truyền hình Hà Nội: xây dựng chuyên mục "
  "và tuyên truyền về công tác khuyến học, khuyến tài, học tập suốt đời, xây dựng xã hội học tập. Sở Thông tin và Truyền "
  f"thông hướng dẫn đài tổ chức chuyên mục này (mục V.5). {F_HN}",
  ["Xây dựng chuyên mục", "tuyên truyền", "Sở Thông tin và Truyền thông"])
Q("agency_tasks",
  "Tôi là cán bộ quản giáo ở trại giam trên địa bàn Cần Thơ. Kế hoạch năm 2024 có nói gì tới việc học của phạm nhân không, ai lo?",
  [("CT", "8. Công an thành phố"), ("CT", CT_CA)],
  "Có. Mục V.8 giao Công an thành phố chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện tổ chức "
  "các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân và học viên trong các trại giam, trại "
  f"tạm giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng (nếu có). {F_CT}",
  ["Công an thành phố", "xóa mù chữ", "đào tạo nghề", "phạm nhân"])
Q("agency_tasks",
  "Tôi là bí thư chi đoàn ở một phường của Cần Thơ, theo kế hoạch đoàn mình phải làm gì với đoàn viên học kém, bỏ học?",
  [("CT", "c) Đề nghị Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố Cần Thơ"), ("CT", CT_DOAN1)],
  "Mục V.11.c đề nghị Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố Cần Thơ chỉ đạo Đoàn các cấp: tổ chức các hoạt động "
  "phù hợp, thiết thực để động viên, cảm hóa những đoàn viên có biểu hiện thiếu tích cực trong học tập; thường xuyên "
  f"vận động số đoàn viên, đội viên bỏ học giữa chừng đến trường, ra lớp. {F_CT}",
  ["Đoàn Thanh niên", "cảm hóa", "bỏ học giữa chừng"])
Q("agency_tasks",
  "Tôi là trưởng họ ở một xã ngoại thành Hà Nội, kế hoạch có nhắc tới những người như tôi không, ai làm việc đó?",
  [("HN", HN_BTL)],
  "Có. Ở mục V.8 (Lực lượng vũ trang Thành phố), Bộ Tư lệnh Thủ đô tiếp tục tổ chức, tăng cường tuyên truyền, phổ biến "
  "giáo dục, bồi dưỡng kiến thức quốc phòng, an ninh cho mọi tầng lớp nhân dân, nhất là những người có uy tín trong cộng "
  f"đồng dân cư, chức sắc, chức việc tôn giáo, già làng, trưởng họ tộc. {F_HN}",
  ["Bộ Tư lệnh Thủ đô", "kiến thức quốc phòng, an ninh", "trưởng họ tộc"])
Q("agency_tasks",
  "Chị là chủ tịch hội phụ nữ một xã ở Mỹ Lộc, kế hoạch giao hội phụ nữ huyện làm gì để chị còn triển khai?",
  [("ML", "e) Hội Liên hiệp Phụ nữ huyện"), ("ML", ML_PN)],
  "Mục V.9.e giao Hội Liên hiệp Phụ nữ huyện phối hợp với Phòng Giáo dục và Đào tạo tuyên truyền Kế hoạch, lồng ghép "
  "tuyên truyền trong phong trào “Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc”; vận động, "
  "tuyên truyền phụ nữ và trẻ em gái chưa biết chữ ra học các lớp xóa mù chữ, đẩy mạnh hoạt động có hiệu quả đối với "
  f"“Quỹ học bổng Hoàng Ngân”. {F_ML}",
  ["Hội Liên hiệp Phụ nữ huyện", "trẻ em gái chưa biết chữ", "Quỹ học bổng Hoàng Ngân"])
Q("agency_tasks",
  "Tôi là giảng viên Trường Đại học Thủ đô Hà Nội. Kế hoạch giao trường tôi những gì?",
  [("HN", "13. Trường Đại học Thủ đô Hà Nội, các trường Cao đẳng trực thuộc Ủy ban nhân dân Thành phố"),
   ("HN", HN_DH), ("HN", HN_DH2)],
  "Mục V.13 giao Trường Đại học Thủ đô Hà Nội và các trường Cao đẳng trực thuộc UBND Thành phố: triển khai trường học "
  "số, xây dựng học liệu số; phối hợp với Sở Giáo dục và Đào tạo tổ chức biên soạn, số hóa tài liệu phục vụ tuyên "
  "truyền, giáo dục kiến thức cho mọi tầng lớp nhân dân; tạo điều kiện để cán bộ, viên chức, người lao động trực thuộc "
  f"được học tập suốt đời. {F_HN}",
  ["trường học số", "học liệu số", "số hóa tài liệu"])
Q("agency_tasks",
  "Tôi làm ở đài truyền thanh của một xã ở An Lão. Kế hoạch có bảo đài xã phát gì không, ai chỉ đạo?",
  [("AL", "9. Ủy ban nhân dân xã, thị trấn"), ("AL", AL_XA_DAI)],
  "Có. Mục III.9 giao Ủy ban nhân dân xã, thị trấn chỉ đạo đài phát thanh địa phương, hệ thống thông tin cơ sở đăng "
  "tải, tuyên truyền nội dung bài viết của Tổng Bí thư về “Học tập suốt đời”; tuyên truyền các mô hình, tấm gương điển "
  f"hình về khuyến học, khuyến tài, xây dựng xã hội học tập tại địa phương. {F_AL}",
  ["Ủy ban nhân dân xã, thị trấn", "đài phát thanh địa phương", "bài viết của Tổng Bí thư"])
Q("agency_tasks",
  "Tôi là chủ tịch công đoàn cơ sở ở một công ty may tại Hà Nội. Theo kế hoạch, công đoàn cấp trên sẽ hướng dẫn chúng tôi làm gì?",
  [("HN", "9. Liên đoàn Lao động Thành phố"), ("HN", HN_LDLD2)],
  "Mục V.9: Liên đoàn Lao động Thành phố chỉ đạo các cấp công đoàn hướng dẫn, hỗ trợ công đoàn cơ sở trong các doanh "
  "nghiệp vận động người sử dụng lao động tạo điều kiện về thời gian, vật chất, thành lập quỹ khuyến học, khuyến tài, "
  "hỗ trợ công nhân, người lao động học tập nâng cao trình độ, kỹ năng nghề nghiệp và hỗ trợ con công nhân hiếu học có "
  f"hoàn cảnh khó khăn. {F_HN}",
  ["Liên đoàn Lao động Thành phố", "công đoàn cơ sở", "người sử dụng lao động", "quỹ khuyến học, khuyến tài"])
Q("agency_tasks",
  "Tôi là sĩ quan quân đội đóng quân ở Cần Thơ, kế hoạch 2024 giao bên quân sự mấy việc, là gì?",
  [("CT", "7. Bộ Chỉ huy Quân sự thành phố"), ("CT", CT_CHQS_a), ("CT", CT_CHQS_b)],
  "Hai việc, giao Bộ Chỉ huy Quân sự thành phố (mục V.7): a) chủ trì, phối hợp với Sở Giáo dục và Đào tạo, UBND quận, huyện đẩy mạnh tuyên truyền về học "
  "tập suốt đời, xây dựng xã hội học tập trong lực lượng vũ trang, cán bộ, chiến sĩ quân đội; b) chỉ đạo nâng cao trình "
  f"độ, năng lực ngoại ngữ và tiếng dân tộc thiểu số cho lực lượng vũ trang. {F_CT}",
  ["Bộ Chỉ huy Quân sự thành phố", "tuyên truyền", "ngoại ngữ và tiếng dân tộc thiểu số"])
Q("agency_tasks",
  "Tôi giảng dạy ở một trường trung cấp nghề ở Huế. Kế hoạch có yêu cầu gì với trường nghề như chúng tôi, cơ quan nào chỉ đạo?",
  [("H", "1. Sở Giáo dục và Đào tạo"), ("H", H_GD_NGHE), ("H", H_GD_UT)],
  "Sở Giáo dục và Đào tạo (mục V.1) chỉ đạo các cơ sở giáo dục nghề nghiệp trên địa bàn thành phố tăng cường hợp tác với "
  "doanh nghiệp, mở rộng các hình thức đào tạo nghề, đào tạo nghề gắn với sản xuất, nhu cầu thị trường lao động; khi "
  "đào tạo, bồi dưỡng kỹ năng nghề cho người lao động thì ưu tiên người chấp hành xong hình phạt tù, thanh niên hoàn "
  f"thành nghĩa vụ quân sự, nghĩa vụ công an và các nhóm lao động yếu thế. {F_H}",
  ["Sở Giáo dục và Đào tạo", "hợp tác với doanh nghiệp", "người chấp hành xong hình phạt tù"])
Q("agency_tasks",
  "Tôi là cán bộ Phòng Tư pháp huyện Mỹ Lộc. Kế hoạch không có mục riêng cho phòng tôi, vậy tôi có phải làm gì không?",
  [("ML", "7. Các phòng, ban, ngành của huyện"),
   ("ML", "Xây dựng kế hoạch cụ thể để thực hiện; lồng ghép việc thực hiện Kế hoạch với quá trình triển khai thực hiện các chương trình, đề án khác liên quan."),
   ("ML", "chỉ đạo các đơn vị trực thuộc có trách nhiệm cung ứng các chương trình học tập cho mọi tầng lớp nhân dân")],
  "Kế hoạch không nêu tên Phòng Tư pháp, nhưng mục V.7 “Các phòng, ban, ngành của huyện” áp dụng cho phòng anh/chị: xây "
  "dựng kế hoạch cụ thể để thực hiện, lồng ghép với các chương trình, đề án khác liên quan; tuyên truyền, phổ biến rộng "
  "rãi Kế hoạch và chỉ đạo các đơn vị trực thuộc cung ứng các chương trình học tập cho mọi tầng lớp nhân dân theo chức "
  f"năng, nhiệm vụ. {F_ML}",
  ["Các phòng, ban, ngành của huyện", "Xây dựng kế hoạch cụ thể", "cung ứng các chương trình học tập"])

# =====================================================================================================================
# 2. Targets: years counted from today (2026-12-05), yes/no with a true or a false figure, two indicators or two
#    years in one question.
# =====================================================================================================================
Q("target",
  "4 năm nữa thì Mỹ Lộc phải đạt bao nhiêu % Trung tâm học tập cộng đồng ứng dụng công nghệ thông tin?",
  [("ML", "b)  Mục tiêu đến năm 2030"), ("ML", ML_30_TTHT)],
  "4 năm nữa là năm 2030. Mục tiêu đến năm 2030 của Mỹ Lộc: 90% các Trung tâm Học tập cộng đồng ứng dụng công nghệ "
  f"thông tin trong quản lý, tổ chức hoạt động giáo dục. {F_ML}",
  ["2030", "90%"])
Q("target",
  "Cách đây 2 năm, Cần Thơ đặt chỉ tiêu bao nhiêu % đơn vị được công nhận “Cộng đồng học tập”?",
  [("CT", "2. Mục tiêu cụ thể năm 2024"), ("CT", CT_CDHT)],
  "Cách đây 2 năm là năm 2024 — đúng năm của kế hoạch Cần Thơ. Mục tiêu cụ thể năm 2024: phấn đấu (văn bản in “Phần "
  "đầu”) đạt tỷ lệ 80% đơn vị được đánh giá, công nhận theo mức độ “Cộng đồng học tập” cấp xã, huyện, thành phố. "
  f"{F_CT}",
  ["2024", "80%", "Cộng đồng học tập"])
Q("target",
  "Năm kia Cần Thơ đặt mục tiêu bao nhiêu % quận, huyện đạt phổ cập THCS mức độ 3?",
  [("CT", "2. Mục tiêu cụ thể năm 2024"), ("CT", CT_THCS)],
  "Năm kia là 2024. Kế hoạch năm 2024 của Cần Thơ: 100% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ "
  f"2; phấn đấu (in là “phần đầu”) có 66% quận, huyện đạt chuẩn mức độ 3. {F_CT}",
  ["2024", "66%", "mức độ 3"])
Q("target",
  "Năm ngoái Hà Nội đặt chỉ tiêu trường công lập đạt chuẩn quốc gia bao nhiêu, còn 4 năm nữa thì bao nhiêu?",
  [("HN", "2.1. Mục tiêu cụ thể đến năm 2025"), ("HN", HN_25_CQ), ("HN", "2.2. Mục tiêu cụ thể đến năm 2030"),
   ("HN", HN_30_CQ)],
  "Năm ngoái = 2025: 80-85% trường công lập đạt chuẩn quốc gia. 4 năm nữa = 2030: 85-90% trường công lập đạt chuẩn quốc "
  f"gia. {F_HN}",
  ["2025", "80-85%", "2030", "85-90%"])
Q("target",
  "Có phải năm nay Huế đặt chỉ tiêu 50% công dân đạt danh hiệu công dân học tập không?",
  [("H", T_H), ("H", H_CDHT)],
  "Không. Kế hoạch năm 2026 (năm nay) của Huế đặt 40% công dân đạt danh hiệu công dân học tập, không phải 50%. "
  f"{F_H}",
  ["2026", "40%"])
Q("target",
  "Mỹ Lộc đặt 60% kỹ năng sống cho năm 2025 và 90% cho năm 2030, đúng không?",
  [("ML", "a) Mục tiêu đến năm 2025"), ("ML", ML_25_KNS), ("ML", "b)  Mục tiêu đến năm 2030"), ("ML", ML_30_KNS)],
  "Đúng một nửa. Năm 2025: 60% số người trong độ tuổi lao động được trang bị kỹ năng sống — đúng. Năm 2030: 80% (không "
  f"phải 90%). {F_ML}",
  ["60%", "80%"])
Q("target",
  "Tỷ lệ công dân học tập và tỷ lệ công dân đạt kỹ năng số của Hà Nội năm 2025 và năm 2030 là bao nhiêu?",
  [("HN", "2.1. Mục tiêu cụ thể đến năm 2025"), ("HN", HN_25_CD), ("HN", "2.2. Mục tiêu cụ thể đến năm 2030"),
   ("HN", HN_30_CD)],
  "Năm 2025: 50% công dân đạt danh hiệu công dân học tập; 50% công dân đạt kỹ năng số. Năm 2030: 70% công dân đạt danh "
  f"hiệu công dân học tập; 70% công dân đạt kỹ năng số. {F_HN}",
  ["50% công dân đạt danh hiệu công dân học tập", "50% công dân đạt kỹ năng số",
   "70% công dân đạt danh hiệu công dân học tập", "70% công dân đạt kỹ năng số"])
Q("target",
  "Năm nay Huế đặt 87% người lao động có năng lực công nghệ thông tin và 85% có kỹ năng sống, đúng không?",
  [("H", T_H), ("H", H_CNTT), ("H", H_KNS)],
  "Đúng một nửa. Năm nay (2026) Huế đặt 87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin "
  f"— đúng; nhưng kỹ năng sống là 80%, không phải 85%. {F_H}",
  ["87%", "80%"])
Q("target",
  "Hà Nội có đặt 96% người mới biết chữ không tái mù cho năm 2025 phải không?",
  [("HN", "2.1. Mục tiêu cụ thể đến năm 2025"), ("HN", HN_25_TAIMU), ("HN", "2.2. Mục tiêu cụ thể đến năm 2030"),
   ("HN", HN_30_TAIMU)],
  "Không hẳn: năm 2025 là 95% số người mới biết chữ tiếp tục học tập và không tái mù chữ; 96% là mục tiêu đến năm 2030. "
  f"{F_HN}",
  ["95%", "2025", "96%", "2030"])
Q("target",
  "Cuối năm nay Huế cần ít nhất 15 “Đơn vị học tập” cấp tỉnh mức độ 1 và 10 đơn vị mức độ 2, đúng không?",
  [("H", T_H), ("H", H_DVHT)],
  "Đúng vế đầu, sai vế sau. Kế hoạch năm 2026 của Huế: có ít nhất 15 đơn vị được công nhận “Đơn vị học tập” cấp tỉnh "
  f"mức độ 1, trong đó có ít nhất 05 đơn vị (không phải 10) đạt mức độ 2. {F_H}",
  ["ít nhất 15", "ít nhất 05", "mức độ 2"])
Q("target",
  "Mỹ Lộc: tỷ lệ cơ sở giáo dục dạy và học trên môi trường số năm ngoái phải đạt bao nhiêu, 4 năm nữa bao nhiêu?",
  [("ML", "a) Mục tiêu đến năm 2025"), ("ML", ML_25_SO), ("ML", "b)  Mục tiêu đến năm 2030"), ("ML", ML_30_SO)],
  "Năm ngoái (2025): 60% các cơ sở giáo dục phổ thông, giáo dục thường xuyên, giáo dục nghề nghiệp và cơ sở giáo dục "
  "khác triển khai quản lý, giảng dạy và học tập trên môi trường số. 4 năm nữa (2030): 80%. "
  f"{F_ML}",
  ["2025", "60%", "2030", "80%"])
Q("target",
  "Đúng là Hà Nội muốn được công nhận “Thành phố học tập” vào năm 2030, còn năm 2025 chỉ là đăng ký danh hiệu phải không?",
  [("HN", HN_25_TP), ("HN", HN_30_TP)],
  "Đúng. Mục tiêu đến năm 2025: đăng ký danh hiệu “Thành phố học tập” theo tiêu chí do cơ quan có thẩm quyền ban hành; "
  f"mục tiêu đến năm 2030: Thành phố được công nhận danh hiệu “Thành phố học tập”. {F_HN}",
  ["Đăng ký danh hiệu", "được công nhận danh hiệu “Thành phố học tập”"])

# =====================================================================================================================
# 3. Deadlines: years from today, yes/no on a date, two bodies' dates.
# =====================================================================================================================
Q("deadline",
  "Tôi là văn thư UBND một phường ở Huế, sếp bảo báo cáo xã hội học tập năm nay nộp thẳng lên UBND thành phố trước 31/12, đúng không?",
  [("H", "9. Ủy ban nhân dân các xã, phường"), ("H", H_XA_BC)],
  "Không đúng. Ủy ban nhân dân các xã, phường gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo (không gửi thẳng "
  f"UBND thành phố) trước ngày 15/12/2026; Sở tổng hợp, báo cáo Ủy ban nhân dân thành phố. {F_H}",
  ["Sở Giáo dục và Đào tạo", "15/12/2026"])
Q("deadline",
  "Còn mấy năm nữa thì Mỹ Lộc tổng kết đề án, và phòng nào tham mưu việc đó?",
  [("ML", "1. Phòng Giáo dục và Đào tạo"), ("ML", ML_GD_BC)],
  "Phòng Giáo dục và Đào tạo tham mưu UBND huyện tổ chức sơ kết Đề án vào năm 2025 và tổng kết vào năm 2030 — còn 4 "
  f"năm nữa tính từ năm nay (2026). {F_ML}",
  ["Phòng Giáo dục và Đào tạo", "tổng kết vào năm 2030"])
Q("deadline",
  "Ở Mỹ Lộc, Phòng GD&ĐT và UBND các xã mỗi bên phải nộp báo cáo trước ngày nào hằng năm?",
  [("ML", "1. Phòng Giáo dục và Đào tạo"), ("ML", ML_GD_BC), ("ML", "11. UBND các xã, thị trấn"), ("ML", ML_XA_BC)],
  "UBND các xã, thị trấn gửi báo cáo về Phòng Giáo dục và Đào tạo trước ngày 10 tháng 12 hằng năm; Phòng Giáo dục và "
  f"Đào tạo tổng hợp, báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm. {F_ML}",
  ["10 tháng 12", "15 tháng 12"])
Q("deadline",
  "Kế hoạch Huế bắt mỗi xã, phường có trung tâm học tập cộng đồng xong trong Quý III năm 2026 đúng không?",
  [("H", H_TTHTCD)],
  "Không phải Quý III: kế hoạch yêu cầu rà soát, củng cố, kiện toàn hệ thống trung tâm học tập cộng đồng, bảo đảm mỗi "
  f"xã, phường có ít nhất một trung tâm, hoàn thành trong Quý II năm 2026 (mốc này đã qua). {F_H}",
  ["Quý II năm 2026", "ít nhất một trung tâm"])
Q("deadline",
  "3 năm nữa UBND xã ở Mỹ Lộc có còn phải gửi báo cáo trước 10/12 không hay chỉ năm đầu?",
  [("ML", ML_XA_BC), ("ML", T_ML)],
  "3 năm nữa là 2029, vẫn trong giai đoạn 2021-2030 của kế hoạch. Hạn là “định kỳ trước ngày 10 tháng 12 hằng năm”, "
  f"nên năm 2029 xã vẫn phải gửi báo cáo về Phòng Giáo dục và Đào tạo trước ngày 10 tháng 12. {F_ML}",
  ["10 tháng 12 hằng năm", "2021-2030"])
Q("deadline",
  "Hà Nội: các sở, quận, huyện gửi báo cáo năm về thành phố trước ngày 15/12 phải không?",
  [("HN", HN_BC)],
  "Không. Định kỳ hàng năm tổng hợp kết quả, báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục "
  f"và Đào tạo để tổng hợp). {F_HN}",
  ["01 tháng 12", "Sở Giáo dục và Đào tạo"])
Q("deadline",
  "Trong kế hoạch Mỹ Lộc có hạn 30 tháng 11 — hạn đó là của ai và gửi về đâu?",
  [("ML", "8. Tổ chức kiểm tra, giám sát"), ("ML", ML_KT)],
  "Hạn đó ở mục III.8 (Tổ chức kiểm tra, giám sát): tổ chức kiểm tra, giám sát đột xuất và định kỳ, trước ngày 30 tháng "
  "11 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo. Dòng này không nêu tên "
  f"cơ quan gửi. {F_ML}",
  ["30 tháng 11", "Phòng Giáo dục và Đào tạo"])
Q("deadline",
  "Viễn thông công ích ở Mỹ Lộc được hỗ trợ tới năm nào, tức là còn mấy năm nữa, đơn vị nào chủ trì?",
  [("ML", "3. Trung tâm Văn hóa - Thể thao và Truyền thông"), ("ML", ML_TT3b)],
  "Trung tâm Văn hóa - Thể thao và Truyền thông chủ trì, phối hợp thực hiện hỗ trợ cung cấp dịch vụ viễn thông công ích "
  f"đến năm 2030 cho các đối tượng theo quy định — còn 4 năm nữa tính từ năm nay (2026). {F_ML}",
  ["Trung tâm Văn hóa - Thể thao và Truyền thông", "viễn thông công ích", "2030"])

# =====================================================================================================================
# 4. Funding: yes/no with the wrong body, two bodies, role, "năm ngoái".
# =====================================================================================================================
Q("funding",
  "Có phải Sở Tài chính Cần Thơ lo bố trí kinh phí cho kế hoạch 2024 không?",
  [("CT", "6. Sở Tài chính"), ("CT", CT_TC), ("CT", CT_KP)],
  "Không đúng như vậy. Kế hoạch Cần Thơ giao Sở Tài chính chủ trì, phối hợp với Sở Giáo dục và Đào tạo, UBND quận, huyện "
  "rà soát, hoàn thiện các chính sách để tăng cường huy động và đa dạng hóa các nguồn lực xã hội. Còn kinh phí thì các "
  "sở, ban ngành, đoàn thể có liên quan và Ủy ban nhân dân quận, huyện tự xây dựng kế hoạch và dự toán kinh phí, tổng "
  f"hợp trong dự toán ngân sách hàng năm của đơn vị (mục IV). {F_CT}",
  ["huy động và đa dạng hóa các nguồn lực xã hội", "Ủy ban nhân dân quận, huyện", "dự toán kinh phí"])
Q("funding",
  "Ở An Lão, Phòng Tài chính - Kế hoạch và UBND xã mỗi bên lo phần nào về tiền?",
  [("AL", "4. Phòng Tài chính - Kế hoạch"), ("AL", AL_TCKH), ("AL", AL_XA_NS)],
  "Phòng Tài chính - Kế hoạch phối hợp với các phòng, ban, ngành lập dự toán kinh phí, báo cáo UBND huyện cân đối trong "
  "nguồn ngân sách. Ủy ban nhân dân xã, thị trấn tổng hợp dự toán hàng năm, bố trí và phân bổ ngân sách theo kế hoạch "
  f"cho công tác khuyến học, khuyến tài, xây dựng xã hội học tập tại địa phương. {F_AL}",
  ["lập dự toán kinh phí", "phân bổ ngân sách"])
Q("funding",
  "Tôi là kế toán một phường ở Huế. Kinh phí làm xã hội học tập ở phường lấy từ đâu, ai phải lo?",
  [("H", "9. Ủy ban nhân dân các xã, phường"),
   ("H", "chịu trách nhiệm cân đối, bố trí ngân sách địa phương và huy động các nguồn kinh phí hợp pháp khác")],
  "Mục V.9 giao Ủy ban nhân dân các xã, phường chịu trách nhiệm cân đối, bố trí ngân sách địa phương và huy động các "
  f"nguồn kinh phí hợp pháp khác để bảo đảm triển khai thực hiện. {F_H}",
  ["Ủy ban nhân dân các xã, phường", "ngân sách địa phương", "nguồn kinh phí hợp pháp khác"])
Q("funding",
  "Nghị quyết năm ngoái của HĐND Huế về mức chi mà kế hoạch nhắc tới là nghị quyết số mấy, ngày nào?",
  [("H", H_NQ16)],
  "Năm ngoái là 2025: Nghị quyết số 16/2025/NQ-HĐND ngày 16 tháng 7 năm 2025 của Hội đồng nhân dân thành phố quy định "
  "nội dung, mức chi thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021–2030”; việc quản lý, sử dụng kinh phí "
  f"thực hiện theo nghị quyết này. {F_H}",
  ["16/2025/NQ-HĐND", "16 tháng 7 năm 2025"])
Q("funding",
  "Hà Nội: Sở Tài chính và UBND quận, huyện mỗi bên phải làm gì về kinh phí?",
  [("HN", "6. Sở Tài chính"), ("HN", HN_TC1), ("HN", HN_TC2), ("HN", "16. Ủy ban nhân dân quận, huyện, thị xã"),
   ("HN", HN_QH)],
  "Sở Tài chính: đảm bảo kinh phí trong dự toán ngân sách hàng năm (theo phân cấp) theo Luật Ngân sách Nhà nước; chủ "
  "trì hướng dẫn các Sở, ngành về cơ chế tài chính. UBND quận, huyện, thị xã: cân đối và bố trí kinh phí hàng năm "
  f"trong phạm vi ngân sách để thực hiện Kế hoạch. {F_HN}",
  ["dự toán ngân sách hàng năm", "cơ chế tài chính", "Cân đối và bố trí kinh phí hàng năm"])
Q("funding",
  "Ngoài ngân sách nhà nước, kế hoạch Mỹ Lộc còn cho lấy tiền từ nguồn nào nữa?",
  [("ML", "2. Huy động từ các nguồn tài trợ, đóng góp của các tổ chức, doanh nghiệp và các nguồn tài trợ hợp pháp khác.")],
  "Mục IV.2: huy động từ các nguồn tài trợ, đóng góp của các tổ chức, doanh nghiệp và các nguồn tài trợ hợp pháp khác. "
  f"{F_ML}",
  ["tài trợ, đóng góp", "doanh nghiệp"])
Q("funding",
  "Phòng Tài chính - Kế hoạch huyện Mỹ Lộc lập dự toán cho cả kế hoạch đúng không?",
  [("ML", "5. Phòng Tài chính - Kế hoạch"), ("ML", ML_TCKH),
   ("ML", "các sở, ngành, địa phương xây dựng kế hoạch và dự toán kinh phí thực hiện")],
  "Không hẳn. Phòng Tài chính - Kế hoạch căn cứ tình hình thực tế, tham mưu UBND huyện bố trí kinh phí theo phân cấp "
  "ngân sách hiện hành. Dự toán thì hằng năm các sở, ngành, địa phương tự xây dựng kế hoạch và dự toán kinh phí thực "
  f"hiện theo nhiệm vụ được giao (mục IV.1). {F_ML}",
  ["tham mưu UBND huyện bố trí kinh phí", "dự toán kinh phí"])

# =====================================================================================================================
# 5. Legal basis: documents dated N years before today, yes/no on a number.
# =====================================================================================================================
Q("legal_basis",
  "An Lão làm kế hoạch này để thực hiện Kế hoạch 108 của Hải Phòng ban hành cách đây 2 năm, phải không?",
  [("AL", AL_108)],
  "Số kế hoạch đúng, năm thì không: Kế hoạch số 108 /KH-UBND ngày 06/5/2025 của Ủy ban nhân dân thành phố Hải Phòng — "
  f"ban hành năm ngoái (2025), không phải cách đây 2 năm (2024). {F_AL}",
  ["108", "06/5/2025"])
Q("legal_basis",
  "Cách đây 5 năm, thành phố Cần Thơ ban hành kế hoạch nào mà kế hoạch 2024 lấy làm căn cứ?",
  [("CT", CT_215)],
  "Năm 2021: Kế hoạch 215/KH-UBND ngày 28 tháng 10 năm 2021 của Ủy ban nhân dân thành phố Cần Thơ triển khai thực hiện "
  f"Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”. {F_CT}",
  ["215/KH-UBND", "28 tháng 10 năm 2021"])
Q("legal_basis",
  "Hà Nội ban hành kế hoạch này để thực hiện Nghị quyết 23 của Thành ủy ngày 16/11/2023, đúng không?",
  [("HN", "Triển khai thực hiện Nghị quyết số 23-NQ/TU ngày 16/11/2023 của Thành ủy Hà Nội")],
  "Đúng. Kế hoạch triển khai thực hiện Nghị quyết số 23-NQ/TU ngày 16/11/2023 của Thành ủy Hà Nội về tăng cường sự lãnh "
  "đạo của Đảng đối với công tác khuyến học, khuyến tài, xây dựng xã hội học tập đến năm 2030, tầm nhìn đến năm 2045. "
  f"{F_HN}",
  ["23-NQ/TU", "16/11/2023"])
Q("legal_basis",
  "Văn bản cách đây 2 năm của Bộ Chính trị mà kế hoạch An Lão yêu cầu triển khai quyết liệt là văn bản nào?",
  [("AL", AL_57)],
  "Năm 2024: Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới "
  f"sáng tạo và chuyển đổi số quốc gia (mục II.3). {F_AL}",
  ["57-NQ/TW", "22/12/2024"])
Q("legal_basis",
  "Có phải kế hoạch Huế năm 2026 thực hiện Kế hoạch 336/KH-UBND của tỉnh Thừa Thiên Huế không, kế hoạch đó ngày nào?",
  [("H", "Kế hoạch số 336/KH-UBND ngày 27 tháng 10 năm 2021 của Ủy ban nhân dân tỉnh Thừa Thiên Huế")],
  "Đúng. Kế hoạch Huế thực hiện Quyết định 1373/QĐ-TTg và Kế hoạch số 336/KH-UBND ngày 27 tháng 10 năm 2021 của Ủy ban "
  f"nhân dân tỉnh Thừa Thiên Huế (nay là Ủy ban nhân dân thành phố Huế). {F_H}",
  ["336/KH-UBND", "27 tháng 10 năm 2021"])
Q("legal_basis",
  "Kế hoạch Hà Nội thay thế kế hoạch cũ nào, ban hành cách đây mấy năm?",
  [("HN", HN_THAY)],
  "Kế hoạch này thay thế Kế hoạch số 290/KH-UBND ngày 16/12/2021 của Ủy ban nhân dân thành phố Hà Nội về thực hiện Đề án "
  f"“Xây dựng xã hội học tập giai đoạn 2021-2030” — ban hành năm 2021, tức cách đây 5 năm. {F_HN}",
  ["290/KH-UBND", "16/12/2021"])

# =====================================================================================================================
# 6. Purpose: yes/no on a stated purpose, the asker's role, two plans' purposes kept apart.
# =====================================================================================================================
Q("purpose",
  "Có phải kế hoạch An Lão muốn “tự học” trở thành nhu cầu tự thân của mỗi người dân không?",
  [("AL", "dần thúc đẩy việc “tự học” trở thành nhu cầu tự thân của mỗi người dân")],
  "Đúng. Một mục đích của kế hoạch An Lão là tạo chuyển biến trong nhận thức và hành động về học tập suốt đời, dần thúc "
  f"đẩy việc “tự học” trở thành nhu cầu tự thân của mỗi người dân. {F_AL}",
  ["tự học", "nhu cầu tự thân"])
Q("purpose",
  "Tôi là chuyên viên văn phòng UBND Hà Nội, cần một câu nói kế hoạch này dùng để làm căn cứ gì — kế hoạch nói sao?",
  [("HN", "Là căn cứ để kiểm điểm trách nhiệm của các cấp, các ngành, địa phương, đơn vị trong việc thực hiện các nhiệm vụ được giao.")],
  "Phần Mục đích, yêu cầu ghi: kế hoạch “là căn cứ để kiểm điểm trách nhiệm của các cấp, các ngành, địa phương, đơn vị "
  f"trong việc thực hiện các nhiệm vụ được giao”. {F_HN}",
  ["căn cứ để kiểm điểm trách nhiệm"])
Q("purpose",
  "Mục đích của kế hoạch Huế có nói tới kinh tế số, xã hội số không hay chỉ nói chung chung?",
  [("H", "đẩy mạnh việc triển khai, nhân rộng các mô hình học tập phù hợp với yêu cầu phát triển của nền kinh tế số, xã hội số.")],
  "Có. Mục đích thứ hai: nâng cao nhận thức, trách nhiệm về khuyến học, khuyến tài, xây dựng xã hội học tập; đẩy mạnh "
  "việc triển khai, nhân rộng các mô hình học tập phù hợp với yêu cầu phát triển của nền kinh tế số, xã hội số. "
  f"{F_H}",
  ["nhân rộng các mô hình học tập", "kinh tế số, xã hội số"])
Q("purpose",
  "Mục đích của kế hoạch Cần Thơ năm 2024 là gì, có nói tới bộ phận chỉ đạo không?",
  [("CT", "củng cố, tổ chức bộ phận chỉ đạo xây dựng xã hội học tập giai đoạn 2021 - 2030 các cấp của thành phố"),
   ("CT", "Tổ chức triển khai thực hiện hiệu quả, đúng tiến độ các nhiệm vụ được giao tại Quyết định số 1373/QĐ-TTg")],
  "Mục đích: tổ chức triển khai thực hiện hiệu quả, đúng tiến độ các nhiệm vụ được giao tại Quyết định số 1373/QĐ-TTg; "
  "phù hợp với kế hoạch phát triển kinh tế xã hội của thành phố; củng cố, tổ chức bộ phận chỉ đạo xây dựng xã hội học "
  "tập giai đoạn 2021 - 2030 các cấp; xây dựng cơ chế phối hợp giữa các cấp, các ngành, các tổ chức, doanh nghiệp. "
  f"{F_CT}",
  ["đúng tiến độ", "1373/QĐ-TTg", "bộ phận chỉ đạo"])
Q("purpose",
  "Mỹ Lộc viết mục tiêu chung là đến năm nào mọi người dân có cơ hội bình đẳng tiếp cận giáo dục, còn mấy năm nữa?",
  [("ML", "bảo đảm đến năm 2030 mọi người dân đều có cơ hội bình đẳng trong việc tiếp cận hệ thống giáo dục mở")],
  "Mục tiêu chung: bảo đảm đến năm 2030 mọi người dân đều có cơ hội bình đẳng trong việc tiếp cận hệ thống giáo dục mở, "
  f"đa dạng, linh hoạt, liên thông, hiện đại — tức còn 4 năm nữa tính từ 2026. {F_ML}",
  ["2030", "cơ hội bình đẳng"])
Q("purpose",
  "Kế hoạch An Lão có mục đích nói về người đứng đầu không, nói gì?",
  [("AL", "Tăng cường trách nhiệm, xác định nhiệm vụ của người đứng đầu chính quyền, cơ quan, đoàn thể, đơn vị, doanh nghiệp trong việc khuyến khích, tạo điều kiện thuận lợi để mọi người dân được học tập thường xuyên, học tập suốt đời.")],
  "Có. Mục đích cuối: tăng cường trách nhiệm, xác định nhiệm vụ của người đứng đầu chính quyền, cơ quan, đoàn thể, đơn "
  "vị, doanh nghiệp trong việc khuyến khích, tạo điều kiện thuận lợi để mọi người dân được học tập thường xuyên, học tập "
  f"suốt đời. {F_AL}",
  ["người đứng đầu", "học tập thường xuyên, học tập suốt đời"])

# =====================================================================================================================
# 7. Task section: where a role's business sits, yes/no on a section's content, two sections.
# =====================================================================================================================
Q("task_section",
  "Tôi làm ở trung tâm học tập cộng đồng ở Mỹ Lộc, phần nào của kế hoạch nói về bọn tôi và nói những gì?",
  [("ML", "5. Đẩy mạnh hoạt động của các Trung tâm học tập cộng đồng"),
   ("ML", "Huy động có hiệu quả các nguồn lực từ cộng đồng và các tổ chức kinh tế - xã hội cho các hoạt động của Trung tâm Học tập cộng đồng"),
   ("ML", "Nghiên cứu đổi mới các mô hình Trung tâm Học tập cộng đồng hoạt động hiệu quả và tổ chức thí điểm để triển khai nhân rộng trong huyện.")],
  "Mục III.5 “Đẩy mạnh hoạt động của các Trung tâm học tập cộng đồng”: a) phối hợp, liên kết giữa các ngành, cơ sở giáo "
  "dục, cơ sở văn hóa thể thao để tổ chức đào tạo, bồi dưỡng; b) tổ chức các lớp phổ biến kiến thức, chuyển giao công "
  "nghệ, xóa mù chữ gắn với dạy nghề; c) huy động có hiệu quả các nguồn lực từ cộng đồng và các tổ chức kinh tế - xã "
  f"hội; d) nghiên cứu đổi mới mô hình, tổ chức thí điểm để nhân rộng trong huyện. {F_ML}",
  ["Đẩy mạnh hoạt động của các Trung tâm học tập cộng đồng", "nguồn lực từ cộng đồng", "thí điểm"])
Q("task_section",
  "Kế hoạch Huế có mục riêng về Hội Khuyến học trong phần nhiệm vụ không, mục mấy, nói gì về quỹ?",
  [("H", "4. Tiếp tục củng cố, phát triển Hội Khuyến học các cấp"),
   ("H", "Tiếp tục đa dạng hóa, mở rộng các hình thức vận động, huy động và quản lý, sử dụng hiệu quả Quỹ khuyến học, khuyến tài")],
  "Có, mục III.4 “Tiếp tục củng cố, phát triển Hội Khuyến học các cấp”; về quỹ: tiếp tục đa dạng hóa, mở rộng các hình "
  "thức vận động, huy động và quản lý, sử dụng hiệu quả Quỹ khuyến học, khuyến tài trên cơ sở vận động Nhân dân, doanh "
  f"nghiệp và nhà tài trợ, bảo đảm công khai, minh bạch. {F_H}",
  ["Tiếp tục củng cố, phát triển Hội Khuyến học các cấp", "Quỹ khuyến học, khuyến tài"])
Q("task_section",
  "Phần nội dung của kế hoạch An Lão có 9 mục đúng không, và mục 4 với mục 5 có gì lạ?",
  [("AL", "II. NỘI DUNG, GIẢI PHÁP"), ("AL", "9. Thúc đẩy giao lưu, hợp tác quốc tế về giáo dục"),
   ("AL", "4. Tiếp tục rà soát, sắp xếp mạng lưới các cơ sở giáo dục, đào tạo"),
   ("AL", "5. Tiếp tục rà soát, sắp xếp mạng lưới các cơ sở giáo dục, đào tạo")],
  "Đúng, phần II “Nội dung, giải pháp” có 9 mục (mục 9 là thúc đẩy giao lưu, hợp tác quốc tế về giáo dục). Mục 4 và mục "
  "5 in trùng nhau: cả hai đều là “Tiếp tục rà soát, sắp xếp mạng lưới các cơ sở giáo dục, đào tạo …” với cùng một nội "
  f"dung. {F_AL}",
  ["NỘI DUNG, GIẢI PHÁP", "hợp tác quốc tế", "rà soát, sắp xếp mạng lưới các cơ sở giáo dục"])
Q("task_section",
  "Hà Nội: mục nào trong phần nhiệm vụ nói về việc xin làm “Thành phố học tập” của UNESCO?",
  [("HN", "7. Tăng cường hợp tác quốc tế, phấn đấu trở thành “Thành phố học tập” của UNESCO"),
   ("HN", "Chủ động, tích cực tham gia mạng lưới “Thành phố học tập” của UNESCO.")],
  "Mục III.7 “Tăng cường hợp tác quốc tế, phấn đấu trở thành “Thành phố học tập” của UNESCO”: chủ động, tích cực tham "
  f"gia mạng lưới “Thành phố học tập” của UNESCO. {F_HN}",
  ["Tăng cường hợp tác quốc tế", "mạng lưới “Thành phố học tập” của UNESCO"])
Q("task_section",
  "Cần Thơ có để việc xây dựng khung năng lực thông tin trong phần cơ chế, chính sách không?",
  [("CT", "2. Triển khai thực hiện cơ chế, chính sách về xây dựng xã hội học tập"),
   ("CT", "khung năng lực thông tin phục vụ học tập suốt đời cho công dân;")],
  "Có. Mục III.2 “Triển khai thực hiện cơ chế, chính sách về xây dựng xã hội học tập”, điểm b: xây dựng tiêu chí đánh "
  "giá việc thực hiện xây dựng xã hội học tập; tiêu chí công dân học tập; tiêu chí công nhận huyện học tập; khung năng "
  f"lực thông tin phục vụ học tập suốt đời cho công dân. {F_CT}",
  ["Triển khai thực hiện cơ chế, chính sách", "khung năng lực thông tin"])
Q("task_section",
  "Phần nhiệm vụ của Mỹ Lộc có nói về SEAMEO CELLL không, ở mục nào?",
  [("ML", "7. Tăng cường hợp tác quốc tế trong lĩnh vực học tập suốt đời"), ("ML", "SEAMEO CELLL")],
  "Có, ở mục III.7 “Tăng cường hợp tác quốc tế trong lĩnh vực học tập suốt đời …”, điểm đ: củng cố, tăng cường năng lực "
  "hoạt động của Trung tâm Khu vực về học tập suốt đời của Hội đồng Bộ trưởng Giáo dục các nước Đông Nam Á tại Việt Nam "
  f"(SEAMEO CELLL). {F_ML}",
  ["Tăng cường hợp tác quốc tế", "SEAMEO CELLL"])

# =====================================================================================================================
# 8. Cross-plan: a role or a year across plans, yes/no about two plans.
# =====================================================================================================================
Q("cross_plan",
  "Trong các kế hoạch đang có, bản nào được ban hành cách đây 2 năm?",
  [("CT", CT_DATE), ("CT", T_CT), ("HN", "Hà Nội, ngày        tháng      năm 2024")],
  "Cách đây 2 năm là năm 2024. Kế hoạch Cần Thơ “Xây dựng xã hội học tập năm 2024 trên địa bàn thành phố Cần Thơ” ghi "
  "Cần Thơ, ngày 04 tháng 5 năm 2024. Kế hoạch Hà Nội cũng ghi năm 2024 (“Hà Nội, ngày … tháng … năm 2024”, ngày tháng "
  f"để trống). {F_CT} {F_HN}",
  ["04 tháng 5 năm 2024", "năm 2024", "Cần Thơ", "Hà Nội"])
Q("cross_plan",
  "Tôi là cán bộ công an. Kế hoạch Mỹ Lộc và kế hoạch Cần Thơ giao công an những việc gì?",
  [("ML", "6. Công an huyện, Bộ Chỉ huy Quân sự huyện"), ("ML", ML_CA), ("CT", "8. Công an thành phố"), ("CT", CT_CA)],
  "Mỹ Lộc (mục V.6, Công an huyện cùng Bộ Chỉ huy Quân sự huyện): nâng cao trình độ, năng lực ngoại ngữ cho cán bộ toàn "
  "lực lượng vũ trang trên địa bàn huyện. Cần Thơ (mục V.8, Công an thành phố): chủ trì tổ chức các lớp học xóa mù chữ, "
  f"phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân, học viên trong trại giam, trại tạm giam. {F_ML} {F_CT}",
  ["Công an huyện", "năng lực ngoại ngữ", "Công an thành phố", "phạm nhân"])
Q("cross_plan",
  "Huế và Cần Thơ đều là kế hoạch một năm phải không, mỗi bản cho năm nào?",
  [("H", T_H), ("CT", T_CT)],
  "Đúng. Huế: Kế hoạch thực hiện Đề án “Xây dựng xã hội học tập” năm 2026 trên địa bàn thành phố Huế (năm nay). Cần "
  f"Thơ: Kế hoạch Xây dựng xã hội học tập năm 2024 trên địa bàn thành phố Cần Thơ (cách đây 2 năm). {F_H} {F_CT}",
  ["năm 2026", "năm 2024"])
Q("cross_plan",
  "Tỷ lệ người lao động có kỹ năng sống: Huế đặt cho năm nay bao nhiêu, Cần Thơ đặt cho năm 2024 bao nhiêu?",
  [("H", T_H), ("H", H_KNS), ("CT", CT_KNS)],
  "Huế, năm 2026: 80% số người trong độ tuổi lao động được trang bị kỹ năng sống. Cần Thơ, năm 2024: phấn đấu (in “Phần "
  f"đầu”) đạt tỷ lệ 90%. {F_H} {F_CT}",
  ["80%", "90%"])
Q("cross_plan",
  "Mình làm công đoàn, kế hoạch Mỹ Lộc và Hà Nội giao Liên đoàn Lao động những việc có giống nhau không?",
  [("ML", "d) Liên đoàn Lao động huyện"), ("ML", ML_LDLD2), ("HN", "9. Liên đoàn Lao động Thành phố"), ("HN", HN_LDLD2)],
  "Gần như giống hệt. Cả Liên đoàn Lao động huyện (Mỹ Lộc, V.9.d) và Liên đoàn Lao động Thành phố (Hà Nội, V.9) đều: "
  "phối hợp đẩy mạnh hoạt động phát triển nghề nghiệp cho người lao động, khuyến khích công nhân học tập nâng cao trình "
  "độ; chỉ đạo các cấp công đoàn hướng dẫn, hỗ trợ công đoàn cơ sở trong các doanh nghiệp vận động người sử dụng lao "
  f"động tạo điều kiện về thời gian, vật chất, thành lập quỹ khuyến học, khuyến tài. {F_ML} {F_HN}",
  ["Liên đoàn Lao động huyện", "Liên đoàn Lao động Thành phố", "công đoàn cơ sở", "quỹ khuyến học, khuyến tài"])
Q("cross_plan",
  "Năm ngoái (2025) Mỹ Lộc và Hà Nội mỗi nơi đặt bao nhiêu % người lao động được trang bị năng lực thông tin?",
  [("ML", "a) Mục tiêu đến năm 2025"), ("ML", ML_25_TT), ("HN", "2.1. Mục tiêu cụ thể đến năm 2025"), ("HN", HN_25_TT)],
  f"Mỹ Lộc 2025: 60%. Hà Nội 2025: 50% số người trong độ tuổi lao động được trang bị năng lực thông tin. {F_ML} {F_HN}",
  ["60%", "50%"])
Q("cross_plan",
  "4 năm nữa là 2030 — kế hoạch nào trong số này có đặt hẳn một bộ mục tiêu cụ thể cho mốc đó?",
  [("ML", "b)  Mục tiêu đến năm 2030"), ("HN", "2.2. Mục tiêu cụ thể đến năm 2030")],
  "Hai kế hoạch: Mỹ Lộc (mục II.2.b “Mục tiêu đến năm 2030”) và Hà Nội (mục II.2.2 “Mục tiêu cụ thể đến năm 2030”). Huế "
  "và Cần Thơ là kế hoạch một năm (2026, 2024), An Lão không đặt chỉ tiêu số. "
  f"{F_ML} {F_HN}",
  ["Mục tiêu đến năm 2030", "Mục tiêu cụ thể đến năm 2030"])
Q("cross_plan",
  "Hội Khuyến học Huế và Hội Khuyến học Hà Nội, mỗi bên có được giao theo dõi chỉ tiêu hay phối hợp với trung tâm học tập cộng đồng không?",
  [("H", "7. Hội Khuyến học thành phố"), ("H", H_HKH_CDHT),
   ("HN", "Phối hợp với Sở Giáo dục và Đào tạo đẩy mạnh hoạt động của các trung tâm học tập cộng đồng.")],
  "Huế: Hội Khuyến học thành phố theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về “Công dân học "
  "tập”. Hà Nội: Hội Khuyến học Thành phố không được giao theo dõi chỉ tiêu nào, nhưng phối hợp với Sở Giáo dục và Đào "
  f"tạo đẩy mạnh hoạt động của các trung tâm học tập cộng đồng. {F_H} {F_HN}",
  ["Công dân học tập", "trung tâm học tập cộng đồng"])

# =====================================================================================================================
# 9. Typed the way officials type: no diacritics, telex/VNI leftovers, chat shorthand, English work words.
# =====================================================================================================================
Q("no_diacritics",
  "so noi vu hue phai lam j trong ke hoach nam nay",
  [("H", "3. Sở Nội vụ"), ("H", H_NV1), ("H", H_NV2)],
  "Sở Nội vụ (Huế, kế hoạch năm 2026): tổ chức thực hiện các nhiệm vụ nhằm đạt mục tiêu đào tạo, bồi dưỡng, nâng cao "
  "trình độ chuyên môn, nghiệp vụ cho đội ngũ cán bộ, công chức các cấp; theo dõi, tổ chức triển khai và tổng hợp kết "
  f"quả thực hiện mục tiêu về năng lực cơ bản và trình độ của người dân. {F_H}",
  ["Sở Nội vụ", "cán bộ, công chức các cấp", "năng lực cơ bản và trình độ của người dân"])
Q("no_diacritics",
  "deadline bao cao cua xa o my loc la ngay may vay",
  [("ML", ML_XA_BC)],
  "UBND các xã, thị trấn ở Mỹ Lộc gửi báo cáo tình hình, kết quả thực hiện về Phòng Giáo dục và Đào tạo định kỳ trước "
  f"ngày 10 tháng 12 hằng năm. {F_ML}",
  ["10 tháng 12", "Phòng Giáo dục và Đào tạo"])
Q("no_diacritics",
  "KPI nam 2025 ve nang luc thong tin cua ha noi la bn %, 2030 la bn",
  [("HN", HN_25_TT), ("HN", HN_30_TT)],
  "Hà Nội: năm 2025 là 50% số người trong độ tuổi lao động được trang bị năng lực thông tin; năm 2030 là 70%. "
  f"{F_HN}",
  ["50%", "70%"])
Q("no_diacritics",
  "budget cho phong trao hoc tap suot doi o an lao lay tu nguon nao z",
  [("AL", AL_KP)],
  "Kinh phí được bố trí từ ngân sách nhà nước theo quy định, nguồn thu hợp pháp của các cơ quan, đơn vị và huy động từ "
  f"các nguồn xã hội hóa (mục IV). {F_AL}",
  ["ngân sách nhà nước", "nguồn thu hợp pháp", "xã hội hóa"])
Q("no_diacritics",
  "doan thanh nien can tho co phai phoi hop voi truong thcs thpt ko, lam j",
  [("CT", CT_DOAN2)],
  "Có. Đoàn Thanh niên thành phố chỉ đạo các tổ chức Đoàn cơ sở phối hợp tốt với các trường trung học cơ sở, trường "
  "trung học phổ thông, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên để đẩy mạnh hoạt động của tổ chức Đoàn "
  f"trong nhà trường, động viên đoàn viên, đội viên phấn đấu học tập có hiệu quả. {F_CT}",
  ["Đoàn cơ sở", "trường trung học cơ sở", "trường trung học phổ thông"])
Q("no_diacritics",
  "Sowr Taif chinhs Hues lamf gif trong kees hoachj",
  [("H", "4. Sở Tài chính"), ("H", H_TC)],
  "Sở Tài chính (Huế): trên cơ sở đề nghị của các cơ quan, đơn vị và khả năng cân đối ngân sách, tham mưu Ủy ban nhân "
  f"dân thành phố bố trí kinh phí thực hiện Kế hoạch theo quy định của Luật Ngân sách Nhà nước. {F_H}",
  ["Sở Tài chính", "bố trí kinh phí", "Luật Ngân sách Nhà nước"])
Q("no_diacritics",
  "task cua phong noi vu an lao gom nhung j ko biet dc",
  [("AL", "2. Phòng Nội vụ"), ("AL", AL_NV1), ("AL", AL_NV2)],
  "Phòng Nội vụ (An Lão): chủ trì tham mưu UBND huyện kế hoạch, kinh phí, tổ chức đào tạo, bồi dưỡng cán bộ, công chức, "
  "viên chức; chủ trì khảo sát, đánh giá chất lượng đội ngũ cán bộ, công chức, viên chức, nghiên cứu khung tiêu chí đánh "
  "giá, sàng lọc, quy hoạch cán bộ và chính sách bảo vệ, miễn trừ trách nhiệm cho cán bộ tiên phong. "
  f"{F_AL}",
  ["Phòng Nội vụ", "đào tạo, bồi dưỡng cán bộ, công chức, viên chức", "khảo sát, đánh giá"])
Q("no_diacritics",
  "toi lam o thu vien huyen an lao thi ke hoach giao phong nao lo thu vien so vay",
  [("AL", "3. Phòng Văn hóa Khoa học và Thông tin"), ("AL", AL_VHKH2)],
  "Phòng Văn hóa Khoa học và Thông tin (mục III.3): tham mưu củng cố các thiết chế văn hóa, đặc biệt là hệ thống thư viện "
  "tại địa phương; xây dựng, nhân rộng mô hình “thư viện số”, “thư viện công cộng” để đáp ứng nhu cầu học tập, tra cứu "
  f"thông tin của người dân. {F_AL}",
  ["Phòng Văn hóa Khoa học và Thông tin", "thư viện số", "thư viện công cộng"])

# Abbreviations (with the shapes above: roles, yes/no, two bodies, years from today).
Q("abbreviation",
  "Sở TT&TT HN và Đài PT-TH HN mỗi bên làm gì về tuyên truyền XHHT?",
  [("HN", "5. Sở Thông tin và Truyền thông"), ("HN", HN_TTTT2), ("HN", "12. Cơ quan thông tấn, báo chí của Thành phố; Đài Phát thanh và Truyền hình Hà Nội"),
   ("HN", HN_DAI)],
  "Sở Thông tin và Truyền thông hướng dẫn các cơ quan thông tấn, báo chí của Thành phố và Đài Phát thanh và Truyền hình "
  "Hà Nội tổ chức chuyên mục, tuyên truyền về xây dựng xã hội học tập. Đài Phát thanh và Truyền hình Hà Nội (cùng cơ "
  "quan thông tấn, báo chí) xây dựng chuyên mục và tuyên truyền về khuyến học, khuyến tài, học tập suốt đời, xây dựng "
  f"xã hội học tập. {F_HN}",
  ["Sở Thông tin và Truyền thông", "Đài Phát thanh và Truyền hình Hà Nội", "chuyên mục"])
Q("abbreviation",
  "BCHQS TP CT và CA TP CT mỗi bên được giao gì trong KH 74?",
  [("CT", "7. Bộ Chỉ huy Quân sự thành phố"), ("CT", CT_CHQS_b), ("CT", "8. Công an thành phố"), ("CT", CT_CA)],
  "Bộ Chỉ huy Quân sự thành phố: tuyên truyền về học tập suốt đời trong lực lượng vũ trang và chỉ đạo nâng cao trình độ, "
  "năng lực ngoại ngữ và tiếng dân tộc thiểu số cho lực lượng vũ trang, cán bộ, chiến sĩ quân đội. Công an thành phố: "
  f"chủ trì tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân. {F_CT}",
  ["Bộ Chỉ huy Quân sự thành phố", "ngoại ngữ và tiếng dân tộc thiểu số", "Công an thành phố", "xóa mù chữ"])
Q("abbreviation",
  "HKH TP Huế có phải là cơ quan thường trực của KH không?",
  [("H", "1. Sở Giáo dục và Đào tạo"), ("H", H_GD_TT), ("H", "7. Hội Khuyến học thành phố"),
   ("H", "Phối hợp với Sở Giáo dục và Đào tạo kiểm tra, giám sát việc thực hiện Kế hoạch.")],
  "Không. Cơ quan thường trực là Sở Giáo dục và Đào tạo (mục V.1). Hội Khuyến học thành phố (mục V.7) phối hợp với Sở "
  f"Giáo dục và Đào tạo kiểm tra, giám sát việc thực hiện Kế hoạch. {F_H}",
  ["cơ quan thường trực", "Sở Giáo dục và Đào tạo", "Hội Khuyến học thành phố"])
Q("abbreviation",
  "TT VH-TT&TT h. ML được giao mấy lần trong KH, nội dung gì?",
  [("ML", "3. Trung tâm Văn hóa - Thể thao và Truyền thông"), ("ML", ML_TT3a), ("ML", ML_TT3b),
   ("ML", "10. Trung tâmVăn hóa- Thể thao và truyền thông huyện"), ("ML", ML_TT10)],
  "Hai lần. Mục V.3 (Trung tâm Văn hóa - Thể thao và Truyền thông): chỉ đạo, hướng dẫn báo chí, truyền thông và hệ "
  "thống thông tin cơ sở tuyên truyền về Kế hoạch; chủ trì hỗ trợ cung cấp dịch vụ viễn thông công ích đến năm 2030. "
  "Mục V.10 (Trung tâm Văn hóa - Thể thao và truyền thông huyện, in “Trung tâmVăn hóa- Thể thao”): tăng cường tuyên "
  f"truyền, xây dựng chuyên trang, chuyên mục, giới thiệu gương điển hình. {F_ML}",
  ["viễn thông công ích", "chuyên trang, chuyên mục"])
Q("abbreviation",
  "UBMTTQ TP CT được đề nghị làm gì với KH, có phản biện XH không?",
  [("CT", CT_MTTQ)],
  "Có. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, "
  f"huyện tham gia giám sát, phản biện xã hội việc triển khai thực hiện Kế hoạch. {F_CT}",
  ["Ủy ban Mặt trận Tổ quốc Việt Nam thành phố", "giám sát, phản biện xã hội"])
Q("abbreviation",
  "P.GD&ĐT AL có phải lo HTQT về GD không?",
  [("AL", "1. Phòng Giáo dục và Đào tạo"), ("AL", AL_GD_QT)],
  "Có. Phòng Giáo dục và Đào tạo An Lão tham mưu, triển khai, tổ chức các hoạt động hợp tác quốc tế về giáo dục; tạo "
  "điều kiện để các cơ sở giáo dục tiếp cận phương pháp giảng dạy tiên tiến, thúc đẩy trao đổi, giao lưu, học bổng quốc "
  f"tế. {F_AL}",
  ["Phòng Giáo dục và Đào tạo", "hợp tác quốc tế về giáo dục"])
Q("abbreviation",
  "Ban TĐKT (SNV) HN được giao gì, có phải tự đề xuất KT không?",
  [("HN", "7. Ban Thi đua - Khen thưởng (Sở Nội vụ)"), ("HN", HN_TDKT)],
  "Ban Thi đua - Khen thưởng (Sở Nội vụ) phối hợp với Sở Giáo dục và Đào tạo, tham mưu trình Ủy ban nhân dân Thành phố "
  "khen thưởng cho các tập thể, cá nhân có thành tích trong xây dựng xã hội học tập nhân dịp sơ kết, tổng kết các giai "
  f"đoạn của Đề án — tức là phối hợp, không tự đề xuất một mình. {F_HN}",
  ["Ban Thi đua - Khen thưởng", "Phối hợp với Sở Giáo dục và Đào tạo", "sơ kết, tổng kết"])

# Paraphrase: voice-dictated run-ons, typos ("kê hoạch", "chỉ tiu"), roles described, not named.
Q("paraphrase",
  "cho tôi hỏi cái kê hoạch của huế ấy cái chỗ nói về mấy người mới ra tù với bộ đội xuất ngũ thì ai lo cho họ học nghề",
  [("H", "1. Sở Giáo dục và Đào tạo"), ("H", H_GD_UT)],
  "Sở Giáo dục và Đào tạo (mục V.1) chủ trì triển khai các chương trình đào tạo, bồi dưỡng kỹ năng nghề cho người lao "
  "động, trong đó ưu tiên người chấp hành xong hình phạt tù, thanh niên hoàn thành nghĩa vụ quân sự, nghĩa vụ công an và "
  f"các nhóm lao động yếu thế. {F_H}",
  ["Sở Giáo dục và Đào tạo", "người chấp hành xong hình phạt tù", "nghĩa vụ quân sự"])
Q("paraphrase",
  "chỉ tiu người có bằng đại học ở mỹ lộc năm ngoái là bao nhiêu phần trăm dân số còn 4 năm nữa là bao nhiêu",
  [("ML", ML_25_CMKT), ("ML", ML_30_CMKT)],
  "Năm ngoái (2025): 12% dân số có trình độ đại học trở lên (trong khoảng 50% dân số từ 15 tuổi trở lên được đào tạo "
  f"chuyên môn kỹ thuật). 4 năm nữa (2030): 15% (trong 70%). {F_ML}",
  ["12%", "15%"])
Q("paraphrase",
  "ở cần thơ mấy cụ hội người già thì kế hoạch bảo các cụ làm gì để giúp ngành giáo dục",
  [("CT", "12. Đề nghị Hội Người cao tuổi thành phố"), ("CT", CT_NCT),
   ("CT", "hỗ trợ ngành Giáo dục và Đào tạo nâng cao chất lượng giáo dục và đào tạo trong các nhà trường")],
  "Mục V.12 đề nghị Hội Người cao tuổi thành phố hướng dẫn các cấp Hội phối hợp tổ chức tuyên truyền, tập huấn cho cán "
  "bộ, nhà giáo, hội viên nắm vững chủ trương về khuyến học, khuyến tài; hỗ trợ ngành Giáo dục và Đào tạo nâng cao chất "
  f"lượng giáo dục và đào tạo trong các nhà trường, mở rộng các hình thức học tập. {F_CT}",
  ["Hội Người cao tuổi thành phố", "tập huấn", "nâng cao chất lượng giáo dục và đào tạo"])
Q("paraphrase",
  "người phụ trách người dân tộc thiểu số ở hà nội thì kế hoạch giao cơ quan ấy làm cái chương trình gì tới năm nào",
  [("HN", "10. Ban Dân tộc Thành phố"), ("HN", HN_DANTOC)],
  "Ban Dân tộc Thành phố (mục V.10) tham mưu UBND Thành phố xây dựng, triển khai Kế hoạch Chương trình mục tiêu quốc gia "
  "Phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi thành phố từ nay đến năm 2030, tầm nhìn đến "
  f"năm 2045. {F_HN}",
  ["Ban Dân tộc Thành phố", "Chương trình mục tiêu quốc gia", "2030", "2045"])
Q("paraphrase",
  "em muốn biết bên an lão ai lo cái vụ dạy dân dùng điện thoại máy tính phong trào gì mà bình dân ấy",
  [("AL", "3. Phòng Văn hóa Khoa học và Thông tin"), ("AL", AL_VHKH1)],
  "Đó là phong trào “Bình dân học vụ số”. Phòng Văn hóa Khoa học và Thông tin chủ trì tham mưu triển khai phong trào "
  f"“Bình dân học vụ số” trong toàn dân trên địa bàn huyện (mục III.3). {F_AL}",
  ["Bình dân học vụ số", "Phòng Văn hóa Khoa học và Thông tin"])
Q("paraphrase",
  "mấy đứa thanh niên nhà nghèo ở mỹ lộc muốn đi học thì kế hoạch có ai gây quỹ giúp không",
  [("ML", "c)  Đoàn TNCS Hồ Chí Minh huyện"), ("ML", ML_DOAN)],
  "Có. Đoàn TNCS Hồ Chí Minh huyện (mục V.9.c) vận động gây quỹ hỗ trợ thanh niên có hoàn cảnh khó khăn tham gia học "
  f"tập. {F_ML}",
  ["Đoàn TNCS Hồ Chí Minh huyện", "gây quỹ", "thanh niên có hoàn cảnh khó khăn"])
Q("paraphrase",
  "tôi làm ở bảo tàng hà nội nghe nói kế hoạch có bảo đào tạo lại người làm ở thư viện bảo tàng để theo kịp chuyển đổi số có đúng không ai làm",
  [("HN", "4. Sở Văn hóa và Thể thao"),
   ("HN", "Đào tạo, đào tạo lại, bồi dưỡng, nâng cao chất lượng nguồn nhân lực làm việc trong các thiết chế văn hóa - thể thao phục vụ nhu cầu học tập suốt đời của người dân đáp ứng yêu cầu chuyển đổi số.")],
  "Đúng. Sở Văn hóa và Thể thao (mục V.4) đào tạo, đào tạo lại, bồi dưỡng, nâng cao chất lượng nguồn nhân lực làm việc "
  "trong các thiết chế văn hóa - thể thao phục vụ nhu cầu học tập suốt đời của người dân, đáp ứng yêu cầu chuyển đổi "
  f"số. {F_HN}",
  ["Sở Văn hóa và Thể thao", "đào tạo lại", "chuyển đổi số"])

# =====================================================================================================================
# 10. English (key facts are figures, dates, names or the Vietnamese words an English answer quotes).
# =====================================================================================================================
Q("english",
  "As a librarian at a public library in Hue, what does the 2026 plan ask of libraries, and which department is in charge?",
  [("H", "2. Sở Văn hóa và Thể thao"), ("H", H_VH1)],
  "No task is addressed to individual libraries. The Department of Culture and Sports (Sở Văn hóa và Thể thao, item V.2) "
  "leads Plan 288/KH-UBND of 25 August 2023 on lifelong-learning services in libraries, museums and cultural centres, "
  "and develops and replicates lifelong-learning models in libraries, museums, cultural houses and clubs (“mô hình học "
  f"tập suốt đời tại thư viện, bảo tàng, nhà văn hóa, câu lạc bộ”). {F_H}",
  ["Sở Văn hóa và Thể thao", "288/KH-UBND", "thư viện, bảo tàng, nhà văn hóa, câu lạc bộ"])
Q("english",
  "I teach at a primary school in An Lao district. What does the plan ask schools like mine to do?",
  [("AL", AL_6H), ("AL", AL_6)],
  "Schools are named in item III.6 (with the Fatherland Front, socio-political organisations and enterprises — “các "
  "trường học, doanh nghiệp”): actively mobilise staff and members to join learning movements suited to each group, "
  "implement the “Công dân học tập”, “Gia đình học tập”, “Dòng họ học tập” and “Đơn vị học tập” models, and the "
  f"“Bình dân học vụ số” movement in their units. {F_AL}",
  ["các trường học", "Đơn vị học tập", "Bình dân học vụ số"])
Q("english",
  "I'm a prison officer in Hanoi. Does the city's plan give my sector any job?",
  [("HN", HN_CA)],
  "Yes. Under the city's armed forces (item V.8), the city police (Công an Thành phố) lead, with the education and labour "
  "departments, literacy classes (“xóa mù chữ”), universal education and vocational training for inmates and trainees (“trại viên, "
  f"phạm nhân và học viên”) in prisons, detention camps, compulsory education centres and reformatories. {F_HN}",
  ["Công an Thành phố", "xóa mù chữ", "phạm nhân"])
Q("english",
  "Is it true that Hue's Department of Finance chairs the inspection of community learning centres?",
  [("H", H_GD_KT), ("H", "4. Sở Tài chính"), ("H", H_TC)],
  "No. The Department of Education and Training (Sở Giáo dục và Đào tạo) chairs the inspection and supervision of "
  "community learning centres in communes and wards, with the city Study Promotion Association (Hội Khuyến học thành "
  "phố). The Department of Finance (Sở Tài chính) only advises the city on allocating funds (“bố trí kinh phí”). "
  f"{F_H}",
  ["Sở Giáo dục và Đào tạo", "Hội Khuyến học thành phố", "bố trí kinh phí"])
Q("english",
  "Does Can Tho's plan make the Youth Union responsible for getting drop-outs back to school — yes or no?",
  [("CT", CT_DOAN1)],
  "Yes. The Ho Chi Minh Communist Youth Union of Can Tho is asked to regularly persuade members and pioneers who dropped "
  f"out (“bỏ học giữa chừng”) to return to school and class (“đến trường, ra lớp”). {F_CT}",
  ["bỏ học giữa chừng", "đến trường, ra lớp"])
Q("english",
  "This year, what share of Hue's working-age people should have IT skills?",
  [("H", T_H), ("H", H_CNTT)],
  "This year is 2026, the year of Hue's plan: 87% of working-age people are to be equipped with IT competence (“năng lực "
  f"công nghệ thông tin”). {F_H}",
  ["2026", "87%"])
Q("english",
  "In four years' time, what literacy rate for ages 15-60 is Hanoi aiming at?",
  [("HN", "2.2. Mục tiêu cụ thể đến năm 2030"), ("HN", HN_30_BIET)],
  f"Four years from now is 2030: 99,6% of people aged 15-60 literate. {F_HN}",
  ["2030", "99,6%"])
Q("english",
  "Two years ago, what share of units did Can Tho aim to have recognised as “Đơn vị học tập”?",
  [("CT", "2. Mục tiêu cụ thể năm 2024"), ("CT", CT_DVHT)],
  "Two years ago was 2024, the year of Can Tho's plan: 55,55% of units assessed and recognised as “Đơn vị học tập” at "
  f"district and city level (the text reads “Phần đầu đạt tỷ lệ”, i.e. phấn đấu). {F_CT}",
  ["2024", "55,55%"])
Q("english",
  "What must Hanoi's Department of Home Affairs and its Department of Information and Communications each do on training?",
  [("HN", "3. Sở Nội vụ"), ("HN", HN_NV), ("HN", "5. Sở Thông tin và Truyền thông"), ("HN", HN_TTTT4)],
  "Both run training classes for officials, civil servants and workers. Sở Nội vụ: training and refresher classes on "
  "knowledge and skills (“tập huấn, bồi dưỡng kiến thức, kỹ năng”) so the plan's targets are met. Sở Thông tin và "
  "Truyền thông: classes that also equip them with information literacy (“trang bị năng lực thông tin”). "
  f"{F_HN}",
  ["Sở Nội vụ", "Sở Thông tin và Truyền thông", "tập huấn, bồi dưỡng kiến thức, kỹ năng", "trang bị năng lực thông tin"])
Q("english",
  "Besides the Department of Education, which bodies in Hue must track and compile results for specific targets?",
  [("H", "3. Sở Nội vụ"), ("H", H_NV2), ("H", "7. Hội Khuyến học thành phố"), ("H", H_HKH_CDHT)],
  "Two: the Department of Home Affairs (Sở Nội vụ) for the target group on people's basic competences and qualifications "
  "(“năng lực cơ bản và trình độ của người dân”), and the city Study Promotion Association (Hội Khuyến học thành phố) "
  f"for the “Công dân học tập” target. {F_H}",
  ["Sở Nội vụ", "năng lực cơ bản và trình độ của người dân", "Hội Khuyến học thành phố", "Công dân học tập"])
Q("english",
  "My Loc: vocational skills share in 2025 and 2030 — how much of the population aged 15+ should be trained?",
  [("ML", ML_25_CMKT), ("ML", ML_30_CMKT)],
  "2025: about 50% of people aged 15+ trained to a technical/professional level, 12% with a university degree or higher. "
  f"2030: 70%, of which 15% university level. {F_ML}",
  ["50%", "12%", "70%", "15%"])
Q("english",
  "hue plan deadline for ward reports?? need it asap",
  [("H", H_XA_BC)],
  "Communes and wards send their reports to the Department of Education and Training (Sở Giáo dục và Đào tạo) before "
  f"15/12/2026 — ten days from today. {F_H}",
  ["15/12/2026", "Sở Giáo dục và Đào tạo"])
Q("english",
  "Is Can Tho's plan signed by the Chairman of the city People's Committee?",
  [("CT", "TM. BAN CHỈ ĐẠO"), ("CT", "PHÓ CHỦ TỊCH UBND THÀNH PHỐ"), ("CT", "Nguyễn Thực Hiện")],
  "No. It is signed for the Steering Committee (“TM. BAN CHỈ ĐẠO”, TRƯỞNG BAN) by Nguyễn Thực Hiện, who is Vice "
  f"Chairman of the city People's Committee (“PHÓ CHỦ TỊCH UBND THÀNH PHỐ”). {F_CT}",
  ["TM. BAN CHỈ ĐẠO", "Nguyễn Thực Hiện", "PHÓ CHỦ TỊCH UBND THÀNH PHỐ"])
Q("english",
  "What budget sources does Hanoi's plan rely on? quick answer pls",
  [("HN", "Được đảm bảo trong dự toán chi ngân sách nhà nước hàng năm của các đơn vị theo phân cấp ngân sách hiện hành; huy động từ các nguồn tài trợ, đóng góp của doanh nghiệp, tổ chức, cá nhân")],
  "The annual state budget estimates of each unit (“dự toán chi ngân sách nhà nước hàng năm”) under the current budget "
  f"decentralisation, plus sponsorship and contributions (“tài trợ, đóng góp”) from enterprises, organisations and individuals. {F_HN}",
  ["dự toán chi ngân sách nhà nước hàng năm", "tài trợ, đóng góp"])
Q("english",
  "My Loc — which two offices share the job of raising foreign-language ability in the armed forces?",
  [("ML", "6. Công an huyện, Bộ Chỉ huy Quân sự huyện"), ("ML", ML_CA)],
  "The district police (Công an huyện) and the district Military Command (Bộ Chỉ huy Quân sự huyện), item V.6: raise "
  f"the level and foreign-language ability (“năng lực ngoại ngữ”) of all armed-forces staff in the district. {F_ML}",
  ["Công an huyện", "Bộ Chỉ huy Quân sự huyện", "năng lực ngoại ngữ"])
Q("english",
  "Which of the plans implements Hai Phong's Plan 108 from last year?",
  [("AL", AL_108), ("AL", T_AL)],
  "An Lão's plan (“Triển khai thực hiện phong trào “Học tập suốt đời” …” in huyện An Lão) implements Kế hoạch số 108 "
  "/KH-UBND ngày 06/5/2025 of Hải Phòng City People's Committee. The text itself carries no number or date, so only its "
  f"basis (2025) is dated. {F_AL}",
  ["An Lão", "108", "06/5/2025"])
Q("english",
  "For the Hanoi plan, compare the 2025 and 2030 goals for households, clans and communities recognised as learning ones.",
  [("HN", HN_25_GD), ("HN", HN_30_GD)],
  "2025: 60% of families, clans and communities recognised (“gia đình, dòng họ, cộng đồng học tập”). 2030: 80%. "
  f"{F_HN}",
  ["60%", "80%", "gia đình, dòng họ, cộng đồng"])
Q("english",
  "As a union official at a factory in Hue, which plan does the city Labour Federation lead, and from when?",
  [("H", "8. Liên đoàn Lao động thành phố"), ("H", H_LDLD)],
  "The city Labour Federation (Liên đoàn Lao động thành phố) leads Plan 147/KH-UBND of 17 April 2023 (“17 tháng 4 năm "
  "2023”, three years ago) on the programme for lifelong learning among workers in enterprises to 2030. "
  f"{F_H}",
  ["Liên đoàn Lao động thành phố", "147/KH-UBND", "17 tháng 4 năm 2023"])
Q("english",
  "Did My Loc set 70% of community learning centres using IT for 2025, and what for 2030?",
  [("ML", ML_25_TTHT), ("ML", ML_30_TTHT)],
  f"Yes: 70% for 2025. For 2030: 90% of community learning centres applying IT in management and teaching. {F_ML}",
  ["70%", "90%"])

# =====================================================================================================================
# 11. Follow-ups (2-4 turn histories): change only the year, only the place, only the body, or keep the role.
# =====================================================================================================================
Q("follow_up", "Thế còn 4 năm nữa?",
  [("HN", "2.2. Mục tiêu cụ thể đến năm 2030"), ("HN", HN_30_DV)],
  f"4 năm nữa là năm 2030: Hà Nội đặt 70% đơn vị được công nhận là đơn vị học tập. {F_HN}",
  ["2030", "70%"],
  [("user", "Năm ngoái Hà Nội đặt bao nhiêu % đơn vị được công nhận đơn vị học tập?"),
   ("assistant", f"Năm ngoái (2025), mục tiêu của Hà Nội là 50% đơn vị được công nhận là đơn vị học tập (mục II.2.1.d). {F_HN}")])
Q("follow_up", "Còn Sở Tài chính thì sao?",
  [("H", "4. Sở Tài chính"), ("H", H_TC)],
  "Sở Tài chính Huế (mục V.4): trên cơ sở đề nghị của các cơ quan, đơn vị và khả năng cân đối ngân sách, tham mưu Ủy "
  f"ban nhân dân thành phố bố trí kinh phí thực hiện Kế hoạch theo Luật Ngân sách Nhà nước. {F_H}",
  ["Sở Tài chính", "bố trí kinh phí"],
  [("user", "Sở Nội vụ Huế phải làm gì trong kế hoạch năm nay?"),
   ("assistant", "Sở Nội vụ (mục V.3) tổ chức thực hiện các nhiệm vụ đào tạo, bồi dưỡng cán bộ, công chức các cấp và theo "
                 f"dõi, tổng hợp kết quả mục tiêu về năng lực cơ bản và trình độ của người dân. {F_H}")])
Q("follow_up", "Ở Hà Nội thì cơ quan tương ứng được giao gì?",
  [("HN", "2. Sở Lao động - Thương binh và Xã hội"), ("HN", HN_LDTB1)],
  "Ở Hà Nội là Sở Lao động - Thương binh và Xã hội (mục V.2): chủ trì xây dựng các chương trình đào tạo bổ sung, đào tạo "
  "kỹ năng nghề nghiệp mới cho người lao động; hỗ trợ học tập cho người bị thiệt thòi, yếu thế; nhân rộng mô hình đào "
  f"tạo lại nghề trong doanh nghiệp. {F_HN}",
  ["Sở Lao động - Thương binh và Xã hội", "đào tạo kỹ năng nghề nghiệp mới"],
  [("user", "Ở Mỹ Lộc phòng nào lo đào tạo nghề cho người lao động?"),
   ("assistant", "Phòng Lao động - Thương binh và Xã hội (mục V.2) chủ trì triển khai các chương trình đào tạo bổ sung, "
                 f"đào tạo kỹ năng nghề nghiệp mới cho người lao động. {F_ML}")])
Q("follow_up", "Vậy còn Cần Thơ?",
  [("CT", "2. Mục tiêu cụ thể năm 2024"), ("CT", CT_CMKT)],
  "Cần Thơ chỉ có mục tiêu năm 2024: phấn đấu (in “Phần đầu”) đạt 30% dân số từ 15 tuổi trở lên được đào tạo chuyên môn "
  f"kỹ thuật; trong đó 15% dân số có trình độ đại học trở lên. {F_CT}",
  ["30%", "15%", "2024"],
  [("user", "Huế đặt bao nhiêu % dân số được đào tạo chuyên môn kỹ thuật?"),
   ("assistant", "Năm 2026: 40% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó 15% có "
                 f"trình độ đại học trở lên. {F_H}")])
Q("follow_up", "Thế kế hoạch có giao việc gì cho giáo viên như tôi không?",
  [("AL", AL_GD_GV)],
  "Không giao trực tiếp cho giáo viên; Phòng Giáo dục và Đào tạo An Lão có nhiệm vụ tăng cường đào tạo, bồi dưỡng cán "
  "bộ quản lý giáo dục, giáo viên trong toàn ngành đáp ứng tiêu chuẩn, yêu cầu theo Chương trình Giáo dục phổ thông "
  f"2018. {F_AL}",
  ["bồi dưỡng", "Chương trình Giáo dục phổ thông 2018"],
  [("user", "Em là giáo viên THCS ở An Lão. Kế hoạch huyện em nói về cái gì?"),
   ("assistant", "Đó là Kế hoạch triển khai phong trào “Học tập suốt đời” gắn với khuyến học, khuyến tài, xây dựng xã hội "
                 f"học tập trên địa bàn huyện An Lão, thực hiện Kế hoạch 108/KH-UBND của Hải Phòng. {F_AL}")])
Q("follow_up", "Còn năm 2030?",
  [("HN", "2.2. Mục tiêu cụ thể đến năm 2030"), ("HN", HN_30_BC)],
  "Năm 2030: 80-85% lao động được qua đào tạo, trong đó lao động có bằng cấp, chứng chỉ đạt trên 60%. "
  f"{F_HN}",
  ["80-85%", "trên 60%"],
  [("user", "KPI lao động qua đào tạo của Hà Nội năm 2025?"),
   ("assistant", "Năm 2025: 75-80% lao động được qua đào tạo, trong đó có bằng cấp, chứng chỉ 55-60% (mục II.2.1.b). "
                 f"{F_HN}")])
Q("follow_up", "Thế Liên đoàn Lao động thì sao?",
  [("CT", CT_LDLD)],
  "Đề nghị Liên đoàn Lao động thành phố Cần Thơ phối hợp với Sở Giáo dục và Đào tạo, UBND quận, huyện đẩy mạnh các hoạt "
  "động phát triển nghề nghiệp cho người lao động; tuyên truyền, khuyến khích công nhân, người lao động trong doanh "
  f"nghiệp học tập nâng cao trình độ, kỹ năng nghề (mục V.11.b). {F_CT}",
  ["Liên đoàn Lao động thành phố", "phát triển nghề nghiệp"],
  [("user", "Ở Cần Thơ, Ủy ban MTTQ được đề nghị làm gì?"),
   ("assistant", "Phối hợp với Sở Giáo dục và Đào tạo, UBND quận, huyện tham gia giám sát, phản biện xã hội việc triển "
                 f"khai thực hiện Kế hoạch (mục V.11.a). {F_CT}"),
   ("user", "ok, Hội Phụ nữ?"),
   ("assistant", "Hội Liên hiệp Phụ nữ thành phố chỉ đạo các cấp Hội vận động hội viên, phụ nữ cho con đi học đúng độ "
                 f"tuổi, không để con bỏ học (mục V.11.d). {F_CT}")])
Q("follow_up", "Còn ở Mỹ Lộc, hội phụ nữ được giao gì?",
  [("ML", "e) Hội Liên hiệp Phụ nữ huyện"), ("ML", ML_PN)],
  "Hội Liên hiệp Phụ nữ huyện Mỹ Lộc: phối hợp với Phòng GD&ĐT tuyên truyền Kế hoạch; vận động phụ nữ và trẻ em gái "
  f"chưa biết chữ ra học các lớp xóa mù chữ; đẩy mạnh “Quỹ học bổng Hoàng Ngân”. {F_ML}",
  ["Hội Liên hiệp Phụ nữ huyện", "Quỹ học bổng Hoàng Ngân"],
  [("user", "Hội Liên hiệp phụ nữ Hà Nội làm gì trong kế hoạch?"),
   ("assistant", "Phối hợp với Sở GD&ĐT tuyên truyền Kế hoạch trong phong trào “Phụ nữ tích cực học tập, lao động sáng tạo, "
                 "xây dựng gia đình hạnh phúc”; vận động phụ nữ và trẻ em gái ở vùng đồng bào dân tộc thiểu số chưa biết "
                 f"chữ ra học các lớp xóa mù chữ (mục V.15.d). {F_HN}")])
Q("follow_up", "Còn 2030 thì Mỹ Lộc đặt bao nhiêu?",
  [("ML", "b)  Mục tiêu đến năm 2030"), ("ML", ML_30_CD)],
  f"Đến năm 2030 Mỹ Lộc đặt 60% công dân đạt danh hiệu công dân học tập. {F_ML}",
  ["60%"],
  [("user", "Năm ngoái Mỹ Lộc đặt bao nhiêu % công dân học tập?"),
   ("assistant", "Mục tiêu đến năm 2025 (năm ngoái): 40% công dân đạt danh hiệu công dân học tập theo tiêu chí do cơ quan "
                 f"có thẩm quyền ban hành. {F_ML}")])
Q("follow_up", "Vậy ai theo dõi chỉ tiêu đó?",
  [("H", "7. Hội Khuyến học thành phố"), ("H", H_HKH_CDHT)],
  "Hội Khuyến học thành phố (mục V.7) theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về “Công dân "
  f"học tập”. {F_H}",
  ["Hội Khuyến học thành phố", "Công dân học tập"],
  [("user", "Năm nay Huế đặt bao nhiêu phần trăm công dân học tập?"),
   ("assistant", f"40% công dân đạt danh hiệu công dân học tập (mục II.4, kế hoạch năm 2026). {F_H}")])
Q("follow_up", "Thế còn Phòng Tài chính - Kế hoạch ở đó?",
  [("ML", "5. Phòng Tài chính - Kế hoạch"), ("ML", ML_TCKH)],
  "Phòng Tài chính - Kế hoạch Mỹ Lộc (mục V.5): căn cứ tình hình thực tế của địa phương, tham mưu UBND huyện bố trí "
  f"kinh phí để thực hiện Kế hoạch theo phân cấp ngân sách hiện hành. {F_ML}",
  ["tham mưu UBND huyện bố trí kinh phí", "phân cấp ngân sách"],
  [("user", "Mỹ Lộc: Công an huyện phải làm gì?"),
   ("assistant", "Công an huyện cùng Bộ Chỉ huy Quân sự huyện (mục V.6): nâng cao trình độ, năng lực ngoại ngữ cho cán bộ "
                 f"toàn lực lượng vũ trang trên địa bàn huyện. {F_ML}")])
Q("follow_up", "And in Can Tho, who does that?",
  [("CT", "5. Sở Văn hóa, Thể thao và Du lịch"), ("CT", CT_VH)],
  "In Can Tho it is the Department of Culture, Sports and Tourism (Sở Văn hóa, Thể thao và Du lịch, item V.5): it leads, "
  "with district People's Committees, the replication of lifelong-learning models in libraries, museums, cultural houses "
  f"and clubs (“thư viện, bảo tàng, nhà văn hóa, câu lạc bộ”). {F_CT}",
  ["Sở Văn hóa, Thể thao và Du lịch", "thư viện, bảo tàng, nhà văn hóa, câu lạc bộ"],
  [("user", "Which body in Hanoi spreads lifelong-learning models in libraries and museums?"),
   ("assistant", "The Department of Culture and Sports (Sở Văn hóa và Thể thao, item V.4), in grassroots cultural "
                 f"institutions (thư viện, bảo tàng, nhà văn hóa, câu lạc bộ…). {F_HN}")])
Q("follow_up", "Còn Bộ Tư lệnh Thủ đô?",
  [("HN", HN_BTL)],
  "Bộ Tư lệnh Thủ đô (mục V.8): tăng cường tuyên truyền, phổ biến giáo dục, bồi dưỡng kiến thức quốc phòng, an ninh cho "
  "mọi tầng lớp nhân dân, nhất là người có uy tín, chức sắc, chức việc tôn giáo, già làng, trưởng họ tộc. "
  f"{F_HN}",
  ["Bộ Tư lệnh Thủ đô", "kiến thức quốc phòng, an ninh"],
  [("user", "Công an Thành phố Hà Nội được giao gì?"),
   ("assistant", "Chủ trì, phối hợp với Sở GD&ĐT, Sở LĐ-TB&XH tổ chức các lớp xóa mù chữ, phổ cập giáo dục, đào tạo nghề "
                 f"cho trại viên, phạm nhân, học viên trong trại giam (mục V.8). {F_HN}")])
Q("follow_up", "Còn ở Mỹ Lộc thì có phải Hội Khuyến học cũng lo tuyên truyền không?",
  [("ML", "b) Hội Khuyến học huyện"), ("ML", ML_HKH1)],
  "Đúng. Ở Mỹ Lộc, Hội Khuyến học huyện chủ trì lồng ghép các hoạt động tuyên truyền về xây dựng xã hội học tập thông "
  f"qua hệ thống hội khuyến học các cấp (mục V.9.b). {F_ML}",
  ["Hội Khuyến học huyện", "hệ thống hội khuyến học các cấp"],
  [("user", "Ở An Lão ai tuyên truyền về tư tưởng “Học tập suốt đời”?"),
   ("assistant", "Hội Khuyến học huyện (mục III.5) phối hợp với các phòng, ban, ngành, đoàn thể tuyên truyền về tư tưởng, "
                 f"vai trò của “Học tập suốt đời”. {F_AL}")])
Q("follow_up", "Thế năm kia thì sao, cũng chỉ tiêu đó ở Cần Thơ?",
  [("CT", "2. Mục tiêu cụ thể năm 2024"), ("CT", CT_CNTT)],
  "Năm kia (2024), Cần Thơ đặt: phấn đấu (in “Phần đầu”) đạt tỷ lệ 90% số người trong độ tuổi lao động được trang bị "
  f"năng lực về sử dụng công nghệ thông tin để tra cứu thông tin, học tập trên môi trường mạng. {F_CT}",
  ["2024", "90%"],
  [("user", "Năm nay Huế muốn bao nhiêu % người lao động có năng lực công nghệ thông tin?"),
   ("assistant", f"Năm 2026: 87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin. {F_H}")])
Q("follow_up", "ok còn hạn của phòng GD gửi lên huyện?",
  [("ML", ML_GD_BC)],
  f"Phòng Giáo dục và Đào tạo Mỹ Lộc tổng hợp, báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm. {F_ML}",
  ["15 tháng 12"],
  [("user", "deadline xã ở Mỹ Lộc gửi báo cáo?"),
   ("assistant", f"UBND các xã, thị trấn gửi báo cáo về Phòng GD&ĐT trước ngày 10 tháng 12 hằng năm (mục V.11.d). {F_ML}")])
Q("follow_up", "What about the Hanoi plan — same deadline?",
  [("HN", HN_BC)],
  "No. In Hanoi, units report yearly to the city People's Committee before 1 December (“trước ngày 01 tháng 12”), "
  f"through the Department of Education and Training. {F_HN}",
  ["01 tháng 12"],
  [("user", "When must communes in Hue send their reports?"),
   ("assistant", f"Before 15/12/2026, to the Department of Education and Training (item V.9). {F_H}")])
Q("follow_up", "Thế Sở Nội vụ ở đó có lo đào tạo cán bộ như Huế không?",
  [("CT", "2. Sở Nội vụ"), ("CT", CT_NV)],
  "Không giống. Ở Cần Thơ, Sở Nội vụ chủ trì xây dựng Đề án vị trí việc làm, điều chỉnh vị trí việc làm và cơ cấu viên "
  f"chức theo chức danh nghề nghiệp trong các đơn vị sự nghiệp công lập. {F_CT}",
  ["Đề án vị trí việc làm", "cơ cấu viên chức"],
  [("user", "Kế hoạch Cần Thơ năm 2024 do ai ban hành?"),
   ("assistant", "Ban Chỉ đạo Xây dựng xã hội học tập - Xóa mù chữ - Phổ cập giáo dục thành phố Cần Thơ (Kế hoạch số 74 "
                 f"/KH-BCĐ ngày 04 tháng 5 năm 2024). {F_CT}")])
Q("follow_up", "Còn Huế năm nay thì ai là cơ quan thường trực?",
  [("H", "1. Sở Giáo dục và Đào tạo"), ("H", H_GD_TT)],
  f"Ở Huế, Sở Giáo dục và Đào tạo là cơ quan thường trực (mục V.1). {F_H}",
  ["Sở Giáo dục và Đào tạo", "cơ quan thường trực"],
  [("user", "Trong kế hoạch Hà Nội, cơ quan thường trực là ai?"),
   ("assistant", "Sở Giáo dục và Đào tạo — là cơ quan thường trực, giúp UBND Thành phố tổ chức triển khai thực hiện Kế "
                 f"hoạch (mục V.1). {F_HN}")])
Q("follow_up", "Thế tôi đang ở trường cao đẳng trực thuộc thành phố thì sao?",
  [("HN", "13. Trường Đại học Thủ đô Hà Nội, các trường Cao đẳng trực thuộc Ủy ban nhân dân Thành phố"),
   ("HN", HN_DH)],
  "Các trường Cao đẳng trực thuộc UBND Thành phố nằm cùng mục V.13 với Trường Đại học Thủ đô Hà Nội: triển khai trường học "
  "số, xây dựng học liệu số; phối hợp Sở GD&ĐT biên soạn, số hóa tài liệu; tạo điều kiện để cán bộ, viên chức học tập "
  f"suốt đời. {F_HN}",
  ["các trường Cao đẳng trực thuộc", "trường học số"],
  [("user", "Tôi là giáo viên một trường THPT ở Hà Nội, kế hoạch có giao gì cho trường phổ thông không?"),
   ("assistant", "Kế hoạch không có mục riêng cho trường phổ thông; có mục tiêu phấn đấu 80% (2025) và 90% (2030) cơ sở "
                 f"giáo dục phổ thông … triển khai dạy học trên môi trường số (mục II). {F_HN}")])
Q("follow_up", "Thế 2 ông đó mỗi ông làm gì?",
  [("AL", "2. Phòng Nội vụ"), ("AL", AL_NV1), ("AL", "4. Phòng Tài chính - Kế hoạch"), ("AL", AL_TCKH)],
  "Phòng Nội vụ: chủ trì tham mưu UBND huyện kế hoạch, kinh phí, tổ chức đào tạo, bồi dưỡng cán bộ, công chức, viên "
  "chức. Phòng Tài chính - Kế hoạch: phối hợp lập dự toán kinh phí, báo cáo UBND huyện cân đối trong nguồn ngân sách để "
  f"triển khai phong trào. {F_AL}",
  ["Phòng Nội vụ", "đào tạo, bồi dưỡng", "Phòng Tài chính - Kế hoạch", "lập dự toán kinh phí"],
  [("user", "Ở An Lão phòng nào dính tới tiền và đào tạo cán bộ?"),
   ("assistant", f"Hai phòng: Phòng Nội vụ (mục III.2) và Phòng Tài chính - Kế hoạch (mục III.4). {F_AL}")])

# =====================================================================================================================
# 12. Unanswerable near misses: roles no plan names, false premises the plan says nothing about, years not set, a
#     second body not named, typo'd places of no loaded plan, follow-ups into a gap.
# =====================================================================================================================
NO = "Các kế hoạch đã nạp không nói điều này"
U("Tôi là bác sĩ ở trạm y tế một phường ở Cần Thơ, kế hoạch năm 2024 giao gì cho ngành y tế?",
  f"{NO}: kế hoạch Cần Thơ năm 2024 không nêu Sở Y tế hay cơ sở y tế nào và không có mục chung cho “các sở, ngành khác”, "
  "nên không có nhiệm vụ nào cho ngành y tế.", r"y te", ["CT"])
U("Tôi làm ở Ngân hàng Chính sách xã hội huyện Mỹ Lộc, kế hoạch có giao bọn tôi cho vay vốn học tập không?",
  f"{NO}: kế hoạch Mỹ Lộc không nhắc tới ngân hàng hay việc cho vay vốn học tập.", r"ngan hang|cho vay", ["ML"])
U("Tôi là cán bộ thuế ở Huế, kế hoạch có ưu đãi thuế cho doanh nghiệp tài trợ quỹ khuyến học không?",
  f"{NO}: kế hoạch Huế chỉ nói huy động tài trợ, đóng góp hợp pháp của tổ chức, doanh nghiệp; không có ưu đãi thuế nào.",
  r"\bthue\b", ["H"])
U("Tôi là hướng dẫn viên du lịch tự do ở Huế, kế hoạch năm nay có lớp bồi dưỡng nào dành riêng cho hướng dẫn viên không?",
  f"{NO}: kế hoạch Huế năm 2026 không nhắc tới du lịch hay hướng dẫn viên; các lớp bồi dưỡng ngắn hạn ở mục III.5 dành "
  "cho cán bộ, công chức, viên chức, học sinh, sinh viên và người lao động nói chung.", r"du lich|huong dan vien", ["H"])
U("Tôi là sư trụ trì một ngôi chùa ở Huế, kế hoạch có nói gì về cơ sở tôn giáo tham gia xây dựng xã hội học tập không?",
  f"{NO}: kế hoạch Huế không nhắc tới tôn giáo, chùa hay chức sắc tôn giáo (chỉ kế hoạch Hà Nội nói tới chức sắc, chức "
  "việc tôn giáo trong việc của Bộ Tư lệnh Thủ đô).", r"ton giao|nha chua|tang ni|phat giao", ["H"])
U("Tôi là công chức tư pháp ở Cần Thơ, phổ biến pháp luật cho người dân thì kế hoạch giao tôi gì?",
  f"{NO}: kế hoạch Cần Thơ không nhắc tới tư pháp hay phổ biến pháp luật.", r"tu phap|pho bien phap luat|giao duc phap luat", ["CT"])
U("As a nurse at the district hospital in My Loc, does the plan set any training target for hospital staff?",
  "The loaded plans do not say: My Loc's plan names no hospital, health centre or health staff and sets no target for them.",
  r"y te|benh vien|dieu duong", ["ML"])
U("I'm a court clerk in Hanoi. Does the city plan give the courts any role in legal education for learners?",
  "The loaded plans do not say: Hanoi's plan names no court (tòa án) and gives courts no role.", r"toa an|tham phan", ["HN"])
U("Có phải kế hoạch Huế giao Sở Du lịch tổ chức Tuần lễ hưởng ứng học tập suốt đời không?",
  f"{NO}: kế hoạch Huế có nói “tổ chức hiệu quả … Tuần lễ hưởng ứng học tập suốt đời” nhưng không giao cho cơ quan cụ "
  "thể nào và không có Sở Du lịch.", r"du lich", ["H"])
U("Cần Thơ giao Sở Công Thương vận động doanh nghiệp cho công nhân đi học đúng không?",
  f"{NO}: kế hoạch Cần Thơ không nêu Sở Công Thương; việc khuyến khích công nhân học tập là của Liên đoàn Lao động "
  "thành phố, nhưng không có gì về Sở Công Thương.", r"cong thuong", ["CT"])
U("Mỹ Lộc thưởng 5 triệu đồng cho mỗi tấm gương tự học thành tài phải không?",
  f"{NO}: kế hoạch Mỹ Lộc chỉ nói Phòng GD&ĐT tổ chức xét tặng, ghi nhận những tấm gương tiêu biểu về tự học thành tài, "
  "không nêu mức tiền thưởng nào.", r"trieu dong|nghin dong|ty dong|\d ?dong\b", ["ML"])
U("An Lão đặt chỉ tiêu 70% công dân học tập cho năm nay đúng không?",
  f"{NO}: kế hoạch An Lão không đặt chỉ tiêu phần trăm nào, kể cả cho công dân học tập.", r"%", ["AL"])
U("Có phải Hà Nội giao Đại học Quốc gia Hà Nội biên soạn, số hóa tài liệu học tập không?",
  f"{NO}: kế hoạch Hà Nội không nêu Đại học Quốc gia Hà Nội; việc biên soạn, số hóa tài liệu ở mục V.13 là của Trường "
  "Đại học Thủ đô Hà Nội và các trường cao đẳng trực thuộc thành phố.", r"dai hoc quoc gia", ["HN"])
U("Kế hoạch Huế có kỷ luật xã, phường không đạt 100% Cộng đồng học tập mức độ 1 không?",
  f"{NO}: kế hoạch Huế không nêu hình thức kỷ luật, xử phạt nào; chỉ yêu cầu xã, phường chịu trách nhiệm về chất lượng "
  "đánh giá, công nhận.", r"xu phat|ky luat|khien trach|canh cao", ["H"])
U("Mỹ Lộc có bắt mỗi xã xây thư viện số không?",
  f"{NO}: kế hoạch Mỹ Lộc không nhắc tới thư viện số (mô hình “thư viện số” chỉ có trong kế hoạch An Lão).",
  r"thu vien so", ["ML"])
U("Năm sau Huế đặt bao nhiêu % công dân học tập?",
  f"{NO}: kế hoạch Huế là kế hoạch năm 2026; không có chỉ tiêu cho năm 2027.", r"2027", ["H"])
U("2 năm nữa Mỹ Lộc phải đạt bao nhiêu % người lao động có kỹ năng sống?",
  f"{NO}: 2 năm nữa là 2028; kế hoạch Mỹ Lộc chỉ đặt mốc 2025 (60%) và 2030 (80%), không có mốc 2028.", r"2028", ["ML"])
U("Năm nay Hà Nội phải đạt bao nhiêu % công dân học tập?",
  f"{NO}: kế hoạch Hà Nội chỉ có mục tiêu đến năm 2025 và đến năm 2030, không có chỉ tiêu cho năm 2026.", r"2026", ["HN"])
U("Năm nay Cần Thơ đặt bao nhiêu % Cộng đồng học tập?",
  f"{NO}: kế hoạch Cần Thơ đã nạp là kế hoạch năm 2024; không có chỉ tiêu năm 2026.", r"2026", ["CT"])
U("Năm ngoái Cần Thơ đặt bao nhiêu % trung tâm học tập cộng đồng ứng dụng CNTT?",
  f"{NO}: chỉ có kế hoạch năm 2024 của Cần Thơ (90% cho năm 2024); không có chỉ tiêu năm 2025.", r"2025", ["CT"])
U("This year, what IT target does My Loc set for community learning centres?",
  "The loaded plans do not say: My Loc's plan sets 70% for 2025 and 90% for 2030, nothing for 2026.", r"2026", ["ML"])
U("Cuối năm nay An Lão bắt các xã nộp báo cáo trước ngày nào?",
  f"{NO}: kế hoạch An Lão chỉ nói UBND xã, thị trấn “định kỳ báo cáo” gửi Phòng Giáo dục và Đào tạo, không nêu ngày hạn.",
  r"truoc ngay|truoc thang|thoi han", ["AL"])
U("3 năm nữa Hà Nội phải có bao nhiêu % trường công lập đạt chuẩn quốc gia?",
  f"{NO}: 3 năm nữa là 2029; kế hoạch Hà Nội chỉ có mốc 2025 (80-85%) và 2030 (85-90%).", r"2029", ["HN"])
U("Next year, what is Hue's deadline for communes' reports?",
  "The loaded plans do not say: Hue's plan covers 2026 only (reports before 15/12/2026); nothing is set for 2027.",
  r"2027", ["H"])
U("Cách đây 3 năm Mỹ Lộc đặt chỉ tiêu công dân học tập bao nhiêu?",
  f"{NO}: cách đây 3 năm là 2023; kế hoạch Mỹ Lộc chỉ có mục tiêu đến 2025 và đến 2030.", r"2023", ["ML"])
U("2 năm nữa Hà Nội phải có bao nhiêu % quận, huyện được công nhận huyện học tập?",
  f"{NO}: 2 năm nữa là 2028; kế hoạch Hà Nội chỉ có 40% (2025) và 60% (2030).", r"2028", ["HN"])
U("Ở Cần Thơ, Sở Giáo dục và Đào tạo và Sở Y tế mỗi bên phải làm gì?",
  f"{NO} về Sở Y tế: kế hoạch Cần Thơ không nêu Sở Y tế (và không có mục chung cho các sở khác). Riêng Sở Giáo dục và "
  "Đào tạo thì có nhiệm vụ ở mục V.1.", r"y te", ["CT"])
U("Ngoài Công an thành phố, Viện Kiểm sát Cần Thơ có được giao dạy chữ cho phạm nhân không?",
  f"{NO}: kế hoạch Cần Thơ không nêu Viện Kiểm sát; việc dạy chữ cho phạm nhân chỉ giao Công an thành phố.",
  r"kiem sat", ["CT"])
U("ke hoach huyen an lao tinh binh dinh giao phong gd lam j",
  f"{NO}: kế hoạch An Lão đã nạp là của huyện An Lão, thành phố Hải Phòng; không có kế hoạch nào của An Lão (Bình Định).",
  r"binh dinh", "all")
U("kê hoạch xã hội học tập huyện mỹ hào chỉ tiu 2025 là bn",
  f"{NO}: không có kế hoạch nào của huyện Mỹ Hào (chỉ có huyện Mỹ Lộc).", r"my hao", "all")
U("kế hoạch của Cần Giờ năm 2024 giao Sở Nội vụ làm gì",
  f"{NO}: không có kế hoạch nào của Cần Giờ (kế hoạch năm 2024 đã nạp là của thành phố Cần Thơ).", r"can gio", "all")
U("ke hoach ha nam 2030 dat bn % cong dan hoc tap",
  f"{NO}: không có kế hoạch nào của Hà Nam (có kế hoạch Hà Nội và huyện Mỹ Lộc, tỉnh Nam Định).", r"ha nam\b", "all")
U("thị xã Hương Trà có kế hoạch xã hội học tập năm 2026 riêng không, giao phòng văn hóa làm gì?",
  f"{NO}: không có kế hoạch nào của thị xã Hương Trà; kế hoạch Huế năm 2026 không nêu tên đơn vị cấp dưới nào.",
  r"huong tra", "all")
U("What does the Da Nang plan set as its 2026 lifelong-learning targets?",
  "The loaded plans do not say: there is no Da Nang plan among them.", r"da nang", "all")
U("Tôi là chủ doanh nghiệp ở Cần Thơ, có phải kế hoạch miễn thuế cho doanh nghiệp tài trợ khuyến học không?",
  f"{NO}: kế hoạch Cần Thơ chỉ nói huy động sự tham gia của doanh nghiệp; không có miễn, giảm thuế nào.",
  r"\bthue\b", ["CT"])
U("Còn năm sau?",
  f"{NO}: kế hoạch Huế chỉ đặt chỉ tiêu cho năm 2026; không có chỉ tiêu năm 2027.", r"2027", ["H"],
  [("user", "Năm nay Huế đặt bao nhiêu % xã, phường đạt Cộng đồng học tập?"),
   ("assistant", f"100% xã, phường đạt “Cộng đồng học tập” cấp xã mức độ 1 (mục II.4, năm 2026). {F_H}")])
U("Còn Sở Y tế?",
  f"{NO}: kế hoạch Cần Thơ không nêu Sở Y tế và không có mục chung cho các sở khác.", r"y te", ["CT"],
  [("user", "Sở Nội vụ Cần Thơ làm gì trong kế hoạch 2024?"),
   ("assistant", "Chủ trì xây dựng Đề án vị trí việc làm, điều chỉnh vị trí việc làm và cơ cấu viên chức theo chức danh "
                 f"nghề nghiệp (mục V.2). {F_CT}")])
U("2 năm nữa thì sao?",
  f"{NO}: 2 năm nữa là 2028; kế hoạch Mỹ Lộc chỉ có mốc 2025 và 2030.", r"2028", ["ML"],
  [("user", "Mỹ Lộc 2030 phải có bao nhiêu % công dân học tập?"),
   ("assistant", f"60% công dân đạt danh hiệu công dân học tập (mục tiêu đến năm 2030). {F_ML}")])
U("Thế kế hoạch có đặt chỉ tiêu % nào cho trường em không?",
  f"{NO}: kế hoạch An Lão không đặt chỉ tiêu phần trăm nào.", r"%", ["AL"],
  [("user", "Em làm ở trường THCS ở An Lão, kế hoạch giao gì cho trường?"),
   ("assistant", "Các trường học nằm trong mục III.6: vận động cán bộ, thành viên tham gia phong trào học tập, triển khai "
                 f"các mô hình “Công dân học tập”, “Đơn vị học tập”, phong trào “Bình dân học vụ số”. {F_AL}")])

# A few more as-typed questions (VNI leftovers, chat shorthand mixed with English work words).
Q("no_diacritics",
  "ho6i khuye6n ho5c hue theo doi chi tieu nao v, co fai cdht ko",
  [("H", "7. Hội Khuyến học thành phố"), ("H", H_HKH_CDHT)],
  "Có. Hội Khuyến học thành phố Huế theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về “Công dân học "
  f"tập” (mục V.7); năm 2026 chỉ tiêu này là 40%. {F_H}",
  ["Hội Khuyến học thành phố", "Công dân học tập"])
Q("abbreviation",
  "owner của task kiểm tra giám sát TTHTCĐ ở xã, phường Huế là ai, có HKH TP phối hợp ko?",
  [("H", H_GD_KT)],
  "Sở Giáo dục và Đào tạo chủ trì, phối hợp với Hội Khuyến học thành phố và các sở, ban, ngành liên quan tổ chức kiểm "
  "tra, giám sát công tác xây dựng xã hội học tập và hoạt động của các trung tâm học tập cộng đồng tại các xã, phường "
  f"(mục III.7). {F_H}",
  ["Sở Giáo dục và Đào tạo", "Hội Khuyến học thành phố", "trung tâm học tập cộng đồng"])

# Later additions (same shapes).
Q("agency_tasks",
  "Có phải Liên đoàn Lao động thành phố Huế chủ trì Kế hoạch 471/KH-UBND về học tập suốt đời trong gia đình, dòng họ không?",
  [("H", "7. Hội Khuyến học thành phố"), ("H", H_HKH_471), ("H", "8. Liên đoàn Lao động thành phố"), ("H", H_LDLD)],
  "Không. Kế hoạch số 471/KH-UBND (in là “ngày 22 tháng 12 tháng 2022”) về Chương trình “Đẩy mạnh phong trào học tập "
  "suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị” do Hội Khuyến học thành phố chủ trì (mục V.7). Liên đoàn Lao "
  "động thành phố chủ trì Kế hoạch số 147/KH-UBND ngày 17 tháng 4 năm 2023 về học tập suốt đời trong công nhân lao "
  f"động (mục V.8). {F_H}",
  ["Hội Khuyến học thành phố", "471/KH-UBND", "147/KH-UBND"])
Q("agency_tasks",
  "Ngoài Sở GD&ĐT, ở Hà Nội còn những cơ quan nào phải cung cấp tài liệu học tập theo lĩnh vực của mình?",
  [("HN", "11. Các Sở, ngành khác"), ("HN", HN_KHAC1), ("HN", HN_KHAC)],
  "Các Sở, ngành khác (mục V.11): ngoài việc chủ động phối hợp chặt chẽ với Sở Giáo dục và Đào tạo, mỗi Sở, ngành có "
  "trách nhiệm cung cấp tài liệu học tập về các lĩnh vực theo chức năng, nhiệm vụ của mình cho Sở Giáo dục và Đào tạo "
  f"và các cơ sở đào tạo đủ điều kiện để biên soạn, số hóa. {F_HN}",
  ["Các Sở, ngành khác", "cung cấp tài liệu học tập"])
Q("agency_tasks",
  "Tôi dạy học ở vùng có đông đồng bào Khmer ở Cần Thơ. Kế hoạch 2024 giao cơ quan nào lo hỗ trợ học tập cho người dân tộc thiểu số?",
  [("CT", "9. Ban Dân tộc"), ("CT", CT_DT)],
  "Ban Dân tộc (mục V.9): chủ trì, phối hợp với các cơ quan, đơn vị, UBND quận, huyện triển khai các chương trình, dự "
  "án hỗ trợ giáo dục, đào tạo cho người dân tộc thiểu số; hỗ trợ, tạo cơ hội và điều kiện cho trẻ em, người dân tộc "
  f"thiểu số được tham gia học tập. {F_CT}",
  ["Ban Dân tộc", "hỗ trợ giáo dục, đào tạo cho người dân tộc thiểu số"])
Q("deadline",
  "Phòng GD&ĐT An Lão tổng hợp kết quả phong trào bao lâu một lần, có hạn ngày cụ thể không?",
  [("AL", AL_GD_TH)],
  "Hằng năm: Phòng Giáo dục và Đào tạo chủ trì tổng hợp kết quả thực hiện phong trào “Học tập suốt đời”, lồng ghép với "
  f"kết quả xây dựng xã hội học tập trên địa bàn huyện, hằng năm. Kế hoạch không ghi ngày hạn cụ thể. {F_AL}",
  ["hằng năm", "Học tập suốt đời"])
Q("target",
  "KPI huyện học tập và TTHTCĐ ứng dụng CNTT của Hà Nội năm ngoái và 4 năm nữa là bao nhiêu?",
  [("HN", HN_25_HUYEN), ("HN", HN_25_TTHT), ("HN", HN_30_HUYEN), ("HN", HN_30_TTHT)],
  "Năm ngoái (2025): 40% quận, huyện, thị xã được công nhận danh hiệu huyện học tập; 70% trung tâm học tập cộng đồng "
  f"ứng dụng công nghệ thông tin. 4 năm nữa (2030): 60% và 90%. {F_HN}",
  ["40%", "70%", "60%", "90%"])
