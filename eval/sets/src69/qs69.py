"""Set 69 questions (five bundled plans). Shapes: idioms and colloquial verbs for responsibility and figures, gap
checks ("we have done X and Y; what is left?"), the calendar of Vietnamese life (Tết, khai giảng, 20/11, Noel, mùa
hè, cuối năm học), a sub-unit or a post inside a body asked as the doer; plus why-asks, one-slot follow-ups and
noun-phrase requests as variation. See eval/sets/README.md, Set 69."""

H = "000_4550be4bb11189cd.txt"   # Huế 2026
ML = "001_7bafa58816a5de75.txt"  # Mỹ Lộc (Nam Định) 2021-2030
HN = "002_797e8de6131c77f9.txt"  # Hà Nội NQ 23-NQ/TU
CT = "003_1a817ee72b993e3e.txt"  # Cần Thơ 74/KH-BCĐ 2024
AL = "004_b1b28019b71edc03.txt"  # An Lão (Hải Phòng) 2025
ALL = [H, ML, HN, CT, AL]

QUESTIONS = []


def A(type_, question, evidence, answer, key_facts, history=None):
    QUESTIONS.append({"type": type_, "question": question, "evidence": evidence, "answer": answer,
                      "key_facts": key_facts, "history": history or []})


def U(question, answer, probe, plans, history=None):
    QUESTIONS.append({"type": "unanswerable", "question": question, "evidence": [], "answer": answer,
                      "key_facts": [], "history": history or [], "probe": probe, "probe_plans": plans})


def turns(*pairs):
    out = []
    for i, c in enumerate(pairs):
        out.append({"role": "user" if i % 2 == 0 else "assistant", "content": c})
    return out


# ---------------------------------------------------------------- agency_tasks
A("agency_tasks", "Trong kế hoạch năm 2026 của Huế, cơ quan nào cầm trịch, và cụ thể cơ quan đó phải ôm những việc gì?",
  [(H, "Là cơ quan thường trực; chủ trì, phối hợp với các cơ quan, tổ chức, đơn vị, địa phương liên quan để tổ chức thực hiện Kế hoạch"),
   (H, "Kiểm tra, giám sát và định kỳ báo cáo tình hình, kết quả thực hiện Đề án; dự thảo văn bản của Ủy ban nhân dân thành phố gửi Bộ Giáo dục và Đào tạo")],
  "Người cầm trịch là Sở Giáo dục và Đào tạo: kế hoạch ghi Sở \"là cơ quan thường trực; chủ trì, phối hợp với các cơ quan, tổ chức, đơn vị, địa phương liên quan để tổ chức thực hiện Kế hoạch\" (mục V.1). Sở còn phải: chỉ đạo các cơ sở giáo dục nghề nghiệp hợp tác với doanh nghiệp, mở rộng đào tạo nghề (ưu tiên người chấp hành xong hình phạt tù, thanh niên hoàn thành nghĩa vụ quân sự, nghĩa vụ công an, lao động yếu thế); theo dõi, tổng hợp kết quả các mục tiêu xóa mù chữ và phổ cập giáo dục, hiệu quả cơ sở giáo dục, \"Đơn vị học tập\" cấp tỉnh, \"Cộng đồng học tập\" cấp xã; kiểm tra, giám sát, định kỳ báo cáo và dự thảo văn bản của UBND thành phố gửi Bộ Giáo dục và Đào tạo.",
  ["cơ quan thường trực", "Bộ Giáo dục và Đào tạo"])

A("agency_tasks", "Phòng Giáo dục và Đào tạo huyện Mỹ Lộc chúng tôi đã xây dựng xong quy chế phối hợp liên ngành, năm nay cũng đã xét tặng các tấm gương tự học thành tài. Theo kế hoạch, phòng còn những việc gì?",
  [(ML, "Chủ trì, phối hợp với các phòng, ban, ngành, đơn vị liên quan, UBND các xã, thị trấn triển khai thực hiện các nhiệm vụ của Đề án"),
   (ML, "Phối hợp với Hội Khuyến học huyện tham mưu với UBND huyện tổ chức triển khai thực hiện tiêu chí đánh giá việc thực hiện xây dựng xã hội học tập của địa phương; khung năng lực thông tin phục vụ học tập suốt đời cho công dân"),
   (ML, "Tham gia các hoạt động hợp tác quốc tế trong lĩnh vực học tập suốt đời (nếu có)"),
   (ML, "Tổ chức kiểm tra, giám sát và đánh giá, tổng hợp, báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm")],
  "Hai việc anh/chị nêu là ý c) (quy chế phối hợp liên ngành; kèm theo đó là thực hiện đúng quy chế kiểm tra, công nhận kết quả học tập giáo dục thường xuyên) và ý đ) (xét tặng gương tự học thành tài) của mục V.1. Còn lại: a) chủ trì, phối hợp với các phòng, ban, ngành, UBND các xã, thị trấn triển khai các nhiệm vụ của Đề án; b) phối hợp với Hội Khuyến học huyện tham mưu UBND huyện triển khai tiêu chí đánh giá xây dựng xã hội học tập, khung năng lực thông tin phục vụ học tập suốt đời, tiêu chí công nhận huyện học tập, tỉnh học tập; d) tham gia hợp tác quốc tế trong lĩnh vực học tập suốt đời (nếu có); e) kiểm tra, giám sát, đánh giá, tổng hợp, báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm, tham mưu sơ kết Đề án năm 2025, tổng kết năm 2030 và đề xuất khen thưởng.",
  ["khung năng lực thông tin", "hợp tác quốc tế", "trước ngày 15 tháng 12 hằng năm"])

A("agency_tasks", "Sở Nội vụ Huế đã mở các lớp bồi dưỡng chuyên môn, nghiệp vụ cho cán bộ, công chức các cấp trong năm 2026. Kế hoạch còn giao Sở việc gì nữa không?",
  [(H, "Tổ chức thực hiện các nhiệm vụ nhằm đạt mục tiêu đào tạo, bồi dưỡng, nâng cao trình độ chuyên môn, nghiệp vụ cho đội ngũ cán bộ, công chức các cấp."),
   (H, "Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về năng lực cơ bản và trình độ của người dân.")],
  "Có một việc nữa. Mục V.3 giao Sở Nội vụ hai ý: (1) thực hiện các nhiệm vụ nhằm đạt mục tiêu đào tạo, bồi dưỡng cán bộ, công chức các cấp — phần Sở đã làm; (2) theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về năng lực cơ bản và trình độ của người dân (tức các chỉ tiêu 87% năng lực công nghệ thông tin, 80% kỹ năng sống, 40% dân số từ 15 tuổi trở lên được đào tạo chuyên môn kỹ thuật, trong đó 15% đại học trở lên ở mục II.2).",
  ["năng lực cơ bản và trình độ của người dân"])

A("agency_tasks", "Chủ tịch UBND xã ở huyện Mỹ Lộc phải chỉ đạo những việc gì theo kế hoạch của huyện?",
  [(ML, "kiện toàn bộ phận chỉ đạo xây dựng xã hội học tập giai đoạn 2021-2030 các cấp ở địa phương"),
   (ML, "Cân đối, bố trí ngân sách địa phương và huy động các nguồn kinh phí hợp pháp khác"),
   (ML, "Kiểm tra, giám sát và định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo")],
  "Kế hoạch không giao việc cho cá nhân Chủ tịch mà cho UBND các xã, thị trấn (mục V.11), nên đó là những việc Chủ tịch phải chỉ đạo: a) xây dựng kế hoạch thực hiện hằng năm và từng giai đoạn, kiện toàn bộ phận chỉ đạo xây dựng xã hội học tập giai đoạn 2021-2030 ở địa phương, xây dựng cơ chế phối hợp; b) cân đối, bố trí ngân sách địa phương và huy động các nguồn kinh phí hợp pháp khác; c) phát triển các mô hình học tập, ngành nghề đào tạo, nghề đặc thù; d) kiểm tra, giám sát và định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo về Phòng Giáo dục và Đào tạo.",
  ["kiện toàn bộ phận chỉ đạo", "trước ngày 10 tháng 12 hằng năm"])

A("agency_tasks", "Phòng Giáo dục thường xuyên của Sở GD&ĐT Cần Thơ sẽ phải lo những việc gì trong kế hoạch 74/KH-BCĐ?",
  [(CT, "Triển khai các tiêu chí đánh giá việc thực hiện xây dựng xã hội học tập, khung năng lực thông tin phục vụ học tập suốt đời cho công dân, tiêu chí công nhận quận, huyện học tập, thành phố học tập đến các đơn vị; tổ chức kiểm tra, công nhận kết quả học tập giáo dục thường xuyên theo quy định")],
  "Kế hoạch không nhắc đến phòng chuyên môn nào của Sở; việc được giao cho Sở Giáo dục và Đào tạo (mục V.1) và phòng phụ trách giáo dục thường xuyên sẽ làm phần việc của Sở. Phần gần nhất với giáo dục thường xuyên là ý b): triển khai các tiêu chí đánh giá xây dựng xã hội học tập, khung năng lực thông tin phục vụ học tập suốt đời, tiêu chí công nhận quận, huyện học tập, thành phố học tập đến các đơn vị; tổ chức kiểm tra, công nhận kết quả học tập giáo dục thường xuyên theo quy định. Ngoài ra Sở còn chủ trì triển khai các nhiệm vụ của Kế hoạch, tham mưu khen thưởng gương tự học thành tài và tham mưu kiểm tra, đánh giá, tổng hợp, báo cáo, sơ kết, tổng kết.",
  ["công nhận kết quả học tập giáo dục thường xuyên"])

A("agency_tasks", "Bộ phận Thường trực của Ban Chỉ đạo thành phố Cần Thơ nằm ở đâu và kế hoạch 74 giao bộ phận đó việc gì?",
  [(CT, "phản ánh về Sở Giáo dục và Đào tạo (Thường trực Ban Chỉ đạo thành phố) để tổng hợp, báo cáo, tham mưu trình Ban Chỉ đạo thành phố xem xét, quyết định")],
  "Thường trực Ban Chỉ đạo thành phố đặt ở Sở Giáo dục và Đào tạo. Kế hoạch giao: các cơ quan, đơn vị gặp khó khăn, vướng mắc thì phản ánh về Sở Giáo dục và Đào tạo (Thường trực Ban Chỉ đạo thành phố) để tổng hợp, báo cáo, tham mưu trình Ban Chỉ đạo thành phố xem xét, quyết định (đoạn kết). Các việc còn lại thuộc mục V.1 của Sở (chủ trì triển khai, triển khai tiêu chí, tham mưu khen thưởng, kiểm tra, báo cáo, sơ kết, tổng kết).",
  ["Thường trực Ban Chỉ đạo thành phố", "tham mưu trình Ban Chỉ đạo thành phố"])

A("agency_tasks", "Ban Nữ công của Liên đoàn Lao động Thành phố Hà Nội cần biết: kế hoạch giao Liên đoàn những việc gì?",
  [(HN, "Phối hợp với các Sở, ngành liên quan tiếp tục đẩy mạnh các hoạt động phát triển nghề nghiệp cho người lao động"),
   (HN, "Chỉ đạo các cấp công đoàn hướng dẫn, hỗ trợ công đoàn cơ sở trong các doanh nghiệp vận động người sử dụng lao động tạo điều kiện về thời gian, vật chất, thành lập quỹ khuyến học, khuyến tài")],
  "Kế hoạch không nhắc Ban Nữ công; việc giao cho Liên đoàn Lao động Thành phố (mục V.9) gồm: phối hợp với các Sở, ngành đẩy mạnh các hoạt động phát triển nghề nghiệp cho người lao động, tuyên truyền, vận động công nhân, người lao động học tập nâng cao trình độ, kỹ năng nghề nghiệp; chỉ đạo các cấp công đoàn hướng dẫn, hỗ trợ công đoàn cơ sở trong các doanh nghiệp vận động người sử dụng lao động tạo điều kiện về thời gian, vật chất, thành lập quỹ khuyến học, khuyến tài, hỗ trợ con công nhân, người lao động hiếu học có hoàn cảnh khó khăn.",
  ["phát triển nghề nghiệp cho người lao động", "thành lập quỹ khuyến học, khuyến tài"])

A("agency_tasks", "Bên An Lão, vụ \"Bình dân học vụ số\" thì phòng nào cầm cờ?",
  [(AL, "3. Phòng Văn hóa Khoa học và Thông tin"),
   (AL, "Chủ trì tham mưu triển khai phong trào “Bình dân học vụ số” trong toàn dân trên địa bàn huyện")],
  "Phòng Văn hóa Khoa học và Thông tin (mục III.3): \"Chủ trì tham mưu triển khai phong trào 'Bình dân học vụ số' trong toàn dân trên địa bàn huyện\". Các tổ chức chính trị - xã hội, trường học, doanh nghiệp được đề nghị triển khai phong trào trong cơ quan, đơn vị, địa phương (mục III.6).",
  ["Phòng Văn hóa Khoa học và Thông tin", "Bình dân học vụ số"])

A("agency_tasks", "Hà Nội: việc đăng ký đưa Thủ đô vào mạng lưới \"Thành phố học tập\" thì cơ quan nào đứng mũi chịu sào?",
  [(HN, "1. Sở Giáo dục và Đào tạo"),
   (HN, "Chủ trì, tham mưu Ủy ban nhân dân Thành phố về kế hoạch đăng ký tham gia vào mạng lưới “Thành phố học tập”")],
  "Sở Giáo dục và Đào tạo (mục V.1): \"Chủ trì, tham mưu Ủy ban nhân dân Thành phố về kế hoạch đăng ký tham gia vào mạng lưới 'Thành phố học tập' theo tiêu chí do cơ quan có thẩm quyền ban hành\".",
  ["Sở Giáo dục và Đào tạo", "kế hoạch đăng ký"])

A("agency_tasks", "Hội Liên hiệp Phụ nữ Thành phố Hà Nội đã tuyên truyền Kế hoạch và lồng ghép vào phong trào \"Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc\". Còn việc nào kế hoạch giao mà Hội chưa làm?",
  [(HN, "vận động, tuyên truyền phụ nữ và trẻ em gái ở vùng đồng bào dân tộc thiểu số chưa biết chữ ra học các lớp xóa mù chữ")],
  "Còn một việc trong mục V.15.d: vận động, tuyên truyền phụ nữ và trẻ em gái ở vùng đồng bào dân tộc thiểu số chưa biết chữ ra học các lớp xóa mù chữ. (Hai việc Hội đã làm là phối hợp với Sở GD&ĐT tuyên truyền Kế hoạch và lồng ghép tuyên truyền trong phong trào đó.)",
  ["trẻ em gái", "xóa mù chữ"])

A("agency_tasks", "Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội ở An Lão hỏi: kế hoạch yêu cầu UBND xã làm gì với đài phát thanh?",
  [(AL, "Chỉ đạo đài phát thanh địa phương, hệ thống thông tin cơ sở đăng tải, tuyên truyền nội dung bài viết của Tổng Bí thư về “Học tập suốt đời”")],
  "Kế hoạch giao cho UBND xã, thị trấn (mục III.9), không nêu riêng Phó Chủ tịch: chỉ đạo đài phát thanh địa phương, hệ thống thông tin cơ sở đăng tải, tuyên truyền nội dung bài viết của Tổng Bí thư về \"Học tập suốt đời\"; tuyên truyền các mô hình, tấm gương điển hình trong công tác khuyến học, khuyến tài, xây dựng xã hội học tập, học tập suốt đời tại địa phương.",
  ["đài phát thanh địa phương", "bài viết của Tổng Bí thư"])

A("agency_tasks", "Ở Cần Thơ, khoản \"phản biện xã hội\" việc triển khai kế hoạch thì ai gánh?",
  [(CT, "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện tham gia giám sát, phản biện xã hội việc triển khai thực hiện Kế hoạch")],
  "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố (mục V.11.a): được đề nghị phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện tham gia giám sát, phản biện xã hội việc triển khai thực hiện Kế hoạch.",
  ["Ủy ban Mặt trận Tổ quốc Việt Nam thành phố", "phản biện xã hội"])

A("agency_tasks", "Hội Khuyến học thành phố Huế chúng tôi đã triển khai xong phần Kế hoạch số 471/KH-UBND năm nay. Kế hoạch 2026 còn giao Hội những gì?",
  [(H, "Phối hợp với Sở Giáo dục và Đào tạo kiểm tra, giám sát việc thực hiện Kế hoạch."),
   (H, "Củng cố, phát triển tổ chức Hội khuyến học các cấp; đa dạng hóa phương thức huy động các nguồn lực"),
   (H, "Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về “Công dân học tập”.")],
  "Ngoài việc chủ trì Kế hoạch số 471/KH-UBND, mục V.7 còn giao Hội Khuyến học thành phố: phối hợp với Sở Giáo dục và Đào tạo kiểm tra, giám sát việc thực hiện Kế hoạch; củng cố, phát triển tổ chức Hội khuyến học các cấp, đa dạng hóa phương thức huy động các nguồn lực cho khuyến học, khuyến tài; và theo dõi, tổ chức triển khai, tổng hợp kết quả thực hiện mục tiêu về \"Công dân học tập\" (chỉ tiêu 40% công dân đạt danh hiệu).",
  ["kiểm tra, giám sát", "Công dân học tập"])

A("agency_tasks", "Cái phòng lo văn hóa của huyện Mỹ Lộc (Phòng Văn hóa-Thông tin) đã nhân rộng mô hình học tập ở thư viện, nhà văn hóa rồi; kế hoạch còn giao phòng việc nào?",
  [(ML, "Tổ chức đào tạo, bồi dưỡng nâng cao chất lượng nguồn nhân lực làm việc trong các thiết chế văn hóa - thể thao phục vụ nhu cầu học tập suốt đời của người dân đáp ứng yêu cầu chuyển đổi số")],
  "Còn ý b) của mục V.4: tổ chức đào tạo, bồi dưỡng nâng cao chất lượng nguồn nhân lực làm việc trong các thiết chế văn hóa - thể thao phục vụ nhu cầu học tập suốt đời của người dân, đáp ứng yêu cầu chuyển đổi số. (Ý a) là việc nhân rộng mô hình học tập suốt đời trong thư viện, bảo tàng, nhà văn hóa, câu lạc bộ, Trung tâm Văn hóa - Thể thao mà phòng đã làm.)",
  ["thiết chế văn hóa - thể thao", "đáp ứng yêu cầu chuyển đổi số"])

# ---------------------------------------------------------------- target
A("target", "Chỉ tiêu cứng năm 2026 của Huế về công dân học tập là bao nhiêu?",
  [(H, "40% công dân đạt danh hiệu công dân học tập.")],
  "Kế hoạch năm 2026 của Huế đặt 40% công dân đạt danh hiệu công dân học tập (mục II.4). Hội Khuyến học thành phố theo dõi, tổng hợp kết quả mục tiêu này (mục V.7).",
  ["40%"])

A("target", "Huế muốn phủ sóng trung tâm học tập cộng đồng tới mức nào, và phủ xong khi nào?",
  [(H, "bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn thành trong Quý II năm 2026"),
   (H, "100% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin")],
  "Mỗi xã, phường có ít nhất một trung tâm học tập cộng đồng, hoàn thành trong Quý II năm 2026 (mục III.5); về chất lượng, 100% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục (mục II.3).",
  ["ít nhất một trung tâm", "Quý II năm 2026", "100%"])

A("target", "Đến cuối năm nay, tức là chỉ còn vài tuần nữa, Huế phải có bao nhiêu đơn vị được công nhận \"Đơn vị học tập\" cấp tỉnh?",
  [(H, "Có ít nhất 15 đơn vị được công nhận “Đơn vị học tập” cấp tỉnh mức độ 1, trong đó có ít nhất 05 đơn vị đạt mức độ 2.")],
  "Kế hoạch năm 2026 đặt: có ít nhất 15 đơn vị được công nhận \"Đơn vị học tập\" cấp tỉnh mức độ 1, trong đó có ít nhất 05 đơn vị đạt mức độ 2 (mục II.4). Kế hoạch không ghi ngày chốt riêng cho chỉ tiêu này; đây là chỉ tiêu của năm 2026.",
  ["ít nhất 15 đơn vị", "ít nhất 05 đơn vị"])

A("target", "Giám đốc Sở Nội vụ Huế được giao theo dõi những chỉ tiêu nào, con số cụ thể ra sao?",
  [(H, "Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về năng lực cơ bản và trình độ của người dân."),
   (H, "87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin."),
   (H, "80% số người trong độ tuổi lao động được trang bị kỹ năng sống."),
   (H, "40% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó có 15% dân số có trình độ đại học trở lên.")],
  "Kế hoạch giao cho Sở Nội vụ (không nêu riêng Giám đốc) theo dõi, tổng hợp kết quả mục tiêu về năng lực cơ bản và trình độ của người dân (mục V.3). Các chỉ tiêu đó (mục II.2): 87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin; 80% được trang bị kỹ năng sống; 40% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó 15% có trình độ đại học trở lên.",
  ["87%", "80%", "40%", "15%"])

A("target", "Mỹ Lộc: chỉ tiêu cứng về năng lực thông tin của người trong độ tuổi lao động ở mốc 2025 và 2030?",
  [(ML, "60% số người trong độ tuổi lao động được trang bị năng lực thông tin."),
   (ML, "70% người trong độ tuổi lao động được trang bị năng lực thông tin.")],
  "Mốc 2025: 60% số người trong độ tuổi lao động được trang bị năng lực thông tin; mốc 2030: 70% (mục II.2.a và II.2.b).",
  ["60%", "70%"])

A("target", "Dịp khai giảng năm học 2024-2025, Cần Thơ muốn bao nhiêu phần trăm trường phổ thông dạy và học trên môi trường số?",
  [(CT, "Phần đầu đạt tỷ lệ 90% cơ sở giáo dục phổ thông, cơ sở giáo dục thường xuyên, cơ sở giáo dục nghề nghiệp và các cơ sở giáo dục khác triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường số")],
  "Kế hoạch không gắn chỉ tiêu với ngày khai giảng; chỉ tiêu là của cả năm 2024: phấn đấu (văn bản in \"Phần đầu\") đạt tỷ lệ 90% cơ sở giáo dục phổ thông, cơ sở giáo dục thường xuyên, cơ sở giáo dục nghề nghiệp và các cơ sở giáo dục khác triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường số (mục II.2.b).",
  ["90%"])

A("target", "Huyện tôi thuộc Hà Nội vừa được công nhận huyện học tập. Theo kế hoạch Thành phố, đến 2025 và 2030 cần bao nhiêu quận, huyện, thị xã đạt danh hiệu này?",
  [(HN, "40% quận, huyện, thị xã được công nhận danh hiệu huyện học tập"),
   (HN, "60% quận, huyện, thị xã được công nhận danh hiệu huyện học tập")],
  "Đến năm 2025: 40% quận, huyện, thị xã được công nhận danh hiệu huyện học tập; đến năm 2030: 60% (mục II.2.1.d và II.2.2.d), theo các tiêu chí do cơ quan có thẩm quyền ban hành.",
  ["40%", "60%"])

A("target", "Trưởng phòng công nghệ thông tin của một Sở ở Hà Nội hỏi: kế hoạch đặt chỉ tiêu gì về đào tạo an toàn thông tin cho cán bộ chuyên trách?",
  [(HN, "100% cán bộ chuyên trách về an toàn thông tin, công nghệ thông tin trong các cơ quan nhà nước thuộc Thành phố được đào tạo về kiến thức, kỹ năng, kỹ thuật an toàn thông tin mạng"),
   (HN, "Quyết định số 21/QĐ-TTg ngày 06/01/2021")],
  "Mục tiêu đến năm 2025 (mục II.2.1.b): 100% cán bộ chuyên trách về an toàn thông tin, công nghệ thông tin trong các cơ quan nhà nước thuộc Thành phố được đào tạo về kiến thức, kỹ năng, kỹ thuật an toàn thông tin mạng phù hợp yêu cầu nghiệp vụ và Quyết định số 21/QĐ-TTg ngày 06/01/2021. Chỉ tiêu đặt cho cán bộ chuyên trách của các cơ quan, không giao riêng cho phòng của anh/chị.",
  ["100%", "Quyết định số 21/QĐ-TTg"])

A("target", "Cần Thơ chốt chỉ tiêu phổ cập giáo dục trung học cơ sở năm 2024 thế nào?",
  [(CT, "100% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 2; phần đầu có 66% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3")],
  "100% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 2; phấn đấu (văn bản in \"phần đầu\") có 66% quận, huyện đạt mức độ 3 (mục II.2.a).",
  ["mức độ 2", "66%"])

A("target", "Phòng Lao động - Việc làm của Sở LĐ-TB&XH Hà Nội cần biết chỉ tiêu lao động qua đào tạo ở mốc 2025 và 2030",
  [(HN, "75-80% lao động được qua đào tạo, trong đó lao động có bằng cấp, chứng chỉ đạt 55-60%"),
   (HN, "80-85% lao động được qua đào tạo, trong đó lao động có bằng cấp, chứng chỉ đạt trên 60%")],
  "Mốc 2025: 75-80% lao động được qua đào tạo, trong đó lao động có bằng cấp, chứng chỉ đạt 55-60%; mốc 2030: 80-85%, trong đó có bằng cấp, chứng chỉ trên 60% (mục II.2.1.b và II.2.2.b). Kế hoạch không giao chỉ tiêu này cho riêng một phòng hay một Sở.",
  ["75-80%", "55-60%", "80-85%", "trên 60%"])

A("target", "Phòng tổ chức cán bộ của một Sở Hà Nội: chỉ tiêu kỹ năng số cho cán bộ, công chức, viên chức năm 2025 là gì?",
  [(HN, "100% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng, phổ cập kỹ năng số cơ bản; 50% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng kỹ năng phân tích, khai thác dữ liệu và công nghệ số.")],
  "Đến năm 2025 (mục II.2.1.b): 100% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng, phổ cập kỹ năng số cơ bản; 50% được tập huấn, bồi dưỡng kỹ năng phân tích, khai thác dữ liệu và công nghệ số.",
  ["100%", "50%", "kỹ năng phân tích, khai thác dữ liệu"])

# ---------------------------------------------------------------- deadline
A("deadline", "Trước Tết Nguyên đán, các xã, phường ở Huế có phải gửi báo cáo kết quả thực hiện kế hoạch không, hạn cụ thể là ngày nào?",
  [(H, "gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026")],
  "Có. UBND các xã, phường định kỳ tổng hợp, gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026 (mục V.9), tức là trước cả Tết Dương lịch, để Sở tổng hợp, báo cáo UBND thành phố.",
  ["15/12/2026", "Sở Giáo dục và Đào tạo"])

A("deadline", "Cuối năm học, khoảng tháng 5, Mỹ Lộc có hạn báo cáo nào không, hay các hạn đều dồn về cuối năm dương lịch?",
  [(ML, "trước ngày 30 tháng 11 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo"),
   (ML, "định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo"),
   (ML, "báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm")],
  "Kế hoạch không có hạn nào vào tháng 5; các hạn đều ở cuối năm dương lịch: trước ngày 30 tháng 11 hằng năm gửi báo cáo kiểm tra, giám sát về Phòng Giáo dục và Đào tạo (mục III.8); UBND các xã, thị trấn gửi báo cáo trước ngày 10 tháng 12 hằng năm (mục V.11.d); Phòng Giáo dục và Đào tạo báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm (mục V.1.e).",
  ["30 tháng 11", "10 tháng 12", "15 tháng 12"])

A("deadline", "Trước Noel, Hà Nội đã yêu cầu các Sở, ngành, quận, huyện báo cáo kết quả năm chưa?",
  [(HN, "báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo để tổng hợp)")],
  "Rồi: định kỳ hàng năm các Sở, ngành, đơn vị, UBND quận, huyện, thị xã tổng hợp kết quả, báo cáo UBND Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo để tổng hợp), tức là trước Noel khoảng ba tuần.",
  ["01 tháng 12", "qua Sở Giáo dục và Đào tạo"])

A("deadline", "Phòng GD&ĐT Mỹ Lộc chốt sổ báo cáo năm với UBND huyện hạn chót ngày nào, và năm nào sơ kết, năm nào tổng kết?",
  [(ML, "báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm"),
   (ML, "tham mưu UBND huyện tổ chức sơ kết Đề án vào năm 2025, tổng kết vào năm 2030")],
  "Báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm; tham mưu UBND huyện sơ kết Đề án vào năm 2025 và tổng kết vào năm 2030 (mục V.1.e).",
  ["15 tháng 12", "2025", "2030"])

A("deadline", "Xã tôi ở Mỹ Lộc đã gửi báo cáo kiểm tra, giám sát hồi cuối tháng 11 rồi. Theo kế hoạch, trong tháng 12 xã còn hạn nộp nào nữa?",
  [(ML, "Kiểm tra, giám sát và định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo")],
  "Còn hạn của mục V.11.d: UBND các xã, thị trấn kiểm tra, giám sát và định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo để tổng hợp. (Hạn 30 tháng 11 là của mục III.8 về kiểm tra, giám sát.)",
  ["10 tháng 12", "Phòng Giáo dục và Đào tạo"])

A("deadline", "Kế hoạch 74 của Cần Thơ được ký trước hay sau kỳ nghỉ lễ 30/4 - 1/5 năm 2024?",
  [(CT, "Cần Thơ, ngày 04 tháng 5 năm 2024")],
  "Sau kỳ nghỉ: Kế hoạch số 74/KH-BCĐ đề ngày 04 tháng 5 năm 2024.",
  ["04 tháng 5 năm 2024"])

A("deadline", "Bộ phận văn phòng của UBND một xã ở An Lão hỏi: báo cáo tình hình thực hiện kế hoạch gửi ai, có ngày cụ thể không?",
  [(AL, "định kỳ báo cáo tình hình thực hiện kế hoạch gửi Phòng Giáo dục và Đào tạo tổng hợp báo cáo Ủy ban nhân dân huyện")],
  "Kế hoạch giao cho UBND xã, thị trấn (mục III.9): theo dõi, đôn đốc, kiểm tra, giám sát và định kỳ báo cáo tình hình thực hiện kế hoạch gửi Phòng Giáo dục và Đào tạo tổng hợp báo cáo Ủy ban nhân dân huyện. Kế hoạch không ghi ngày cụ thể, chỉ ghi \"định kỳ\".",
  ["Phòng Giáo dục và Đào tạo", "định kỳ"])

A("deadline", "Quận tôi ở Hà Nội đã xây dựng Kế hoạch thực hiện Nghị quyết 23 rồi. Kế hoạch Thành phố còn bắt quận nộp gì, hạn nào?",
  [(HN, "Kiểm tra, giám sát, báo cáo tình hình, kết quả thực hiện Kế hoạch của địa phương theo quy định."),
   (HN, "báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo để tổng hợp)")],
  "Còn phần báo cáo: UBND quận, huyện, thị xã kiểm tra, giám sát, báo cáo tình hình, kết quả thực hiện Kế hoạch của địa phương theo quy định (mục V.16), và định kỳ hàng năm tổng hợp kết quả, báo cáo UBND Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo để tổng hợp). Ngoài ra quận còn phải cân đối, bố trí kinh phí hàng năm, phát triển các mô hình học tập và chủ trì phối hợp với các đơn vị đóng trên địa bàn.",
  ["01 tháng 12", "Kiểm tra, giám sát, báo cáo"])

# ---------------------------------------------------------------- funding
A("funding", "Ở Mỹ Lộc, vụ tiền nong cho kế hoạch thì phòng nào gánh?",
  [(ML, "5. Phòng Tài chính - Kế hoạch"),
   (ML, "tham mưu UBND huyện bố trí kinh phí để thực hiện Kế hoạch theo phân cấp ngân sách hiện hành")],
  "Phòng Tài chính - Kế hoạch (mục V.5): căn cứ tình hình thực tế của địa phương, tham mưu UBND huyện bố trí kinh phí để thực hiện Kế hoạch theo phân cấp ngân sách hiện hành. Ở cấp xã, UBND các xã, thị trấn tự cân đối, bố trí ngân sách địa phương (mục V.11.b).",
  ["Phòng Tài chính - Kế hoạch", "phân cấp ngân sách hiện hành"])

A("funding", "Huế: ai giữ tay hòm chìa khóa cho kế hoạch này, tức là ai tham mưu bố trí tiền?",
  [(H, "Trên cơ sở đề nghị của các cơ quan, đơn vị liên quan và khả năng cân đối ngân sách, tham mưu Ủy ban nhân dân thành phố bố trí kinh phí thực hiện Kế hoạch"),
   (H, "4. Sở Tài chính")],
  "Sở Tài chính (mục V.4): trên cơ sở đề nghị của các cơ quan, đơn vị liên quan và khả năng cân đối ngân sách, tham mưu UBND thành phố bố trí kinh phí thực hiện Kế hoạch theo Luật Ngân sách Nhà nước. Ở cấp xã, UBND các xã, phường chịu trách nhiệm cân đối, bố trí ngân sách địa phương (mục V.9).",
  ["Sở Tài chính", "khả năng cân đối"])

A("funding", "UBND một xã ở An Lão đã bố trí ngân sách cho trung tâm học tập cộng đồng. Về tiền, kế hoạch còn yêu cầu xã làm gì?",
  [(AL, "Tổng hợp dự toán hàng năm, bố trí và phân bổ ngân sách theo kế hoạch cho công tác khuyến học, khuyến tài, xây dựng xã hội học tập và học tập suốt đời tại địa phương"),
   (AL, "Tăng cường nguồn lực đầu tư cho giáo dục")],
  "Mục III.9 còn yêu cầu UBND xã: tổng hợp dự toán hàng năm, bố trí và phân bổ ngân sách theo kế hoạch cho công tác khuyến học, khuyến tài, xây dựng xã hội học tập và học tập suốt đời tại địa phương; và tăng cường nguồn lực đầu tư cho giáo dục (củng cố trung tâm học tập cộng đồng, thiết chế văn hóa tại cơ sở).",
  ["Tổng hợp dự toán hàng năm", "Tăng cường nguồn lực đầu tư cho giáo dục"])

A("funding", "Kế toán trưởng của Sở GD&ĐT Cần Thơ cần biết: kế hoạch 74 bảo ai lập dự toán kinh phí và tổng hợp vào đâu?",
  [(CT, "các sở, ban ngành, đoàn thể có liên quan và Ủy ban nhân dân quận, huyện xây dựng kế hoạch và dự toán kinh phí thực hiện, tổng hợp chung trong kế hoạch dự toán ngân sách hàng năm của đơn vị trình cấp có thẩm quyền phê duyệt")],
  "Mục IV: căn cứ nhiệm vụ được giao, các sở, ban ngành, đoàn thể có liên quan và UBND quận, huyện xây dựng kế hoạch và dự toán kinh phí thực hiện, tổng hợp chung trong kế hoạch dự toán ngân sách hàng năm của đơn vị trình cấp có thẩm quyền phê duyệt. Sở GD&ĐT, như mọi đơn vị, lập dự toán phần việc của mình; kế hoạch không giao riêng cho kế toán của Sở.",
  ["dự toán ngân sách hàng năm của đơn vị"])

A("funding", "Vì sao Sở Tài chính Hà Nội phải rà soát, hoàn thiện chính sách cùng các Sở, ngành?",
  [(HN, "để tăng cường huy động và đa dạng hóa các nguồn lực xã hội thúc đẩy công tác khuyến học, khuyến tài, xây dựng xã hội học tập")],
  "Kế hoạch nêu mục đích ngay trong nhiệm vụ (mục V.6): phối hợp với các Sở, ngành rà soát, hoàn thiện các chính sách để tăng cường huy động và đa dạng hóa các nguồn lực xã hội thúc đẩy công tác khuyến học, khuyến tài, xây dựng xã hội học tập.",
  ["đa dạng hóa các nguồn lực xã hội"])

A("funding", "Cuối năm lập dự toán năm sau, kế hoạch Hà Nội nói kinh phí lấy từ đâu?",
  [(HN, "Được đảm bảo trong dự toán chi ngân sách nhà nước hàng năm của các đơn vị theo phân cấp ngân sách hiện hành")],
  "Mục IV: kinh phí được đảm bảo trong dự toán chi ngân sách nhà nước hàng năm của các đơn vị theo phân cấp ngân sách hiện hành; huy động từ các nguồn tài trợ, đóng góp của doanh nghiệp, tổ chức, cá nhân và các nguồn hợp pháp khác theo quy định.",
  ["dự toán chi ngân sách nhà nước hàng năm"])

A("funding", "Huế: ai móc hầu bao cho Quỹ khuyến học, khuyến tài?",
  [(H, "Quỹ khuyến học, khuyến tài trên cơ sở vận động sự tham gia của Nhân dân, doanh nghiệp và các nhà tài trợ trong và ngoài nước")],
  "Quỹ khuyến học, khuyến tài được huy động trên cơ sở vận động sự tham gia của Nhân dân, doanh nghiệp và các nhà tài trợ trong và ngoài nước, bảo đảm đúng quy định, công khai, minh bạch (mục III.4). Kế hoạch không nêu số tiền.",
  ["nhà tài trợ trong và ngoài nước"])

# ---------------------------------------------------------------- legal_basis
A("legal_basis", "Kế hoạch Mỹ Lộc căn cứ một kế hoạch của tỉnh ký ngay trước Giáng sinh năm 2021 phải không? Số mấy?",
  [(ML, "Thực hiện Kế hoạch số 145/KH- UBND ngày 23/12//2021 của UBND tỉnh Nam Định")],
  "Đúng: Kế hoạch của Mỹ Lộc thực hiện Kế hoạch số 145/KH-UBND ngày 23/12/2021 (văn bản in \"23/12//2021\") của UBND tỉnh Nam Định về thực hiện Đề án \"Xây dựng xã hội học tập giai đoạn 2021-2030\" trên địa bàn tỉnh.",
  ["Kế hoạch số 145", "23/12", "UBND tỉnh Nam Định"])

A("legal_basis", "Ban Thường trực Hội Khuyến học Cần Thơ phải bám những quyết định nào của Thủ tướng khi triển khai phần việc của Hội?",
  [(CT, "Triển khai công tác xây dựng xã hội học tập theo Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021"),
   (CT, "Quyết định số 387/QĐ-TTg ngày 25 tháng 3 năm 2022"),
   (CT, "Quyết định số 677/QĐ-TTg ngày 03 tháng 6 năm 2022")],
  "Kế hoạch đề nghị Hội Khuyến học thành phố (mục V.13, không nêu riêng Ban Thường trực) triển khai theo ba quyết định: Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 (Đề án \"Xây dựng xã hội học tập giai đoạn 2021 - 2030\", trọng tâm là Bộ tiêu chí đánh giá mô hình xã hội học tập cấp xã, huyện, tỉnh); Quyết định số 387/QĐ-TTg ngày 25 tháng 3 năm 2022 (học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị); Quyết định số 677/QĐ-TTg ngày 03 tháng 6 năm 2022 (mô hình công dân học tập).",
  ["1373/QĐ-TTg", "387/QĐ-TTg", "677/QĐ-TTg"])

A("legal_basis", "Huế dẫn những văn bản chỉ đạo nào ban hành đúng dịp đầu năm 2024, ngay sau Tết Dương lịch?",
  [(H, "Chỉ thị số 29-CT/TW ngày 05 tháng 01 năm 2024 của Bộ Chính trị"),
   (H, "Kế hoạch số 07/KH-UBND ngày 08 tháng 01 năm 2024")],
  "Hai văn bản: Chỉ thị số 29-CT/TW ngày 05 tháng 01 năm 2024 của Bộ Chính trị về phổ cập giáo dục, giáo dục bắt buộc, xóa mù chữ cho người lớn và phân luồng học sinh; và Kế hoạch số 07/KH-UBND ngày 08 tháng 01 năm 2024 của UBND tỉnh Thừa Thiên Huế triển khai Phong trào \"Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2023–2030\" (mục III.2 và III.3).",
  ["29-CT/TW", "07/KH-UBND"])

A("legal_basis", "Sở Văn hóa và Thể thao Huế cầm trịch kế hoạch nào của UBND thành phố?",
  [(H, "Kế hoạch số 288/KH-UBND ngày 25 tháng 8 năm 2023 của Ủy ban nhân dân thành phố")],
  "Kế hoạch số 288/KH-UBND ngày 25 tháng 8 năm 2023 của UBND thành phố về Chương trình \"Đẩy mạnh các hoạt động phục vụ học tập suốt đời trong thư viện, bảo tàng, trung tâm văn hóa đến năm 2030\" (mục V.2).",
  ["288/KH-UBND", "25 tháng 8 năm 2023"])

A("legal_basis", "An Lão: vì sao kế hoạch nhắc đến Quyết định số 06/QĐ-TTg, văn bản đó về gì?",
  [(AL, "06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia")],
  "Ở mục II.3, việc triển khai Nghị quyết số 57-NQ/TW được gắn với triển khai Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030.",
  ["06/QĐ-TTg", "định danh và xác thực điện tử"])

A("legal_basis", "Phó Chủ tịch UBND huyện Mỹ Lộc phụ trách văn xã hỏi: phần tuyên truyền của kế hoạch bảo quán triệt những văn bản nào?",
  [(ML, "Tuyên truyền, quán triệt Chỉ thị số 11-CT/TW, ngày 13/4/2007 của Bộ Chính trị"),
   (ML, "Quyết định số 489/QĐ-TTg của Thủ tướng Chính phủ"),
   (ML, "Kế hoạch 60/KH-UBND, ngày 06/7/2020 của UBND tỉnh")],
  "Mục III.1.a: Chỉ thị số 11-CT/TW ngày 13/4/2007 của Bộ Chính trị; Kết luận số 49-KL/TW ngày 10/5/2019 của Ban Bí thư; Quyết định số 489/QĐ-TTg của Thủ tướng Chính phủ; Quyết định số 1373/QĐ-TTg ngày 30/7/2021; Kế hoạch 60/KH-UBND ngày 06/7/2020 của UBND tỉnh về thực hiện Quyết định 489/QĐ-TTg.",
  ["Chỉ thị số 11-CT/TW", "489/QĐ-TTg", "60/KH-UBND"])

# ---------------------------------------------------------------- purpose
A("purpose", "Vì sao Sở Văn hóa và Thể thao Huế phải đào tạo đội ngũ làm việc ở các thiết chế văn hóa – thể thao?",
  [(H, "người lao động làm việc tại các thiết chế văn hóa – thể thao nhằm đáp ứng yêu cầu phục vụ học tập suốt đời của người dân")],
  "Kế hoạch nêu rõ mục đích (mục V.2): đào tạo, bồi dưỡng, nâng cao chất lượng đội ngũ cán bộ, viên chức, người lao động làm việc tại các thiết chế văn hóa – thể thao nhằm đáp ứng yêu cầu phục vụ học tập suốt đời của người dân.",
  ["đáp ứng yêu cầu phục vụ học tập suốt đời"])

A("purpose", "Huế khuyến khích cơ sở giáo dục thường xuyên, giáo dục nghề nghiệp hợp tác với trường đại học để làm gì?",
  [(H, "nhằm nâng cao chất lượng giáo dục, đa dạng hóa hoạt động đào tạo, bồi dưỡng và mở rộng cơ hội học tập cho người dân")],
  "Để xây dựng, kết nối, chia sẻ học liệu điện tử, chương trình, khóa học mở và triển khai dạy học từ xa, trực tuyến hoặc kết hợp, nhằm nâng cao chất lượng giáo dục, đa dạng hóa hoạt động đào tạo, bồi dưỡng và mở rộng cơ hội học tập cho người dân (mục III.6).",
  ["mở rộng cơ hội học tập cho người dân"])

A("purpose", "Vì sao Phòng Nội vụ An Lão phải xây dựng khung tiêu chí đánh giá, sàng lọc cán bộ?",
  [(AL, "Nghiên cứu xây dựng khung tiêu chí đánh giá, sàng lọc, quy hoạch đội ngũ cán bộ, nhằm xây dựng bộ máy hành chính trong sạch, vững mạnh")],
  "Mục III.2: nghiên cứu xây dựng khung tiêu chí đánh giá, sàng lọc, quy hoạch đội ngũ cán bộ nhằm xây dựng bộ máy hành chính trong sạch, vững mạnh; đội ngũ cán bộ, công chức, viên chức có trình độ, năng lực, phẩm chất đạo đức tốt, hết lòng phụng sự Tổ quốc, phục vụ Nhân dân.",
  ["bộ máy hành chính trong sạch, vững mạnh"])

A("purpose", "Phòng Văn hóa Khoa học và Thông tin An Lão xây dựng mô hình \"thư viện số\" nhằm mục đích gì?",
  [(AL, "nhằm đáp ứng nhu cầu học tập, tìm kiếm, tra cứu thông tin của người dân")],
  "Mục III.3: xây dựng, nhân rộng mô hình \"thư viện số\", \"thư viện công cộng\" nhằm đáp ứng nhu cầu học tập, tìm kiếm, tra cứu thông tin của người dân.",
  ["tra cứu thông tin"])

A("purpose", "Hà Nội ban hành kế hoạch này nhằm gì? Nói ngắn gọn.",
  [(HN, "Xây dựng và ban hành Kế hoạch nhằm quán triệt và chỉ đạo các cấp, các ngành, địa phương, đơn vị tập trung tổ chức thực hiện Nghị quyết số 23-NQ/TU"),
   (HN, "Là căn cứ để kiểm điểm trách nhiệm của các cấp, các ngành, địa phương, đơn vị")],
  "Để quán triệt và chỉ đạo các cấp, các ngành, địa phương, đơn vị tập trung tổ chức thực hiện Nghị quyết số 23-NQ/TU của Thành ủy; kế hoạch cũng là căn cứ để kiểm điểm trách nhiệm của các cấp, các ngành, địa phương, đơn vị trong thực hiện nhiệm vụ được giao (mục I).",
  ["quán triệt", "kiểm điểm trách nhiệm"])

A("purpose", "Vì sao Bộ Tư lệnh Thủ đô phải bồi dưỡng kiến thức quốc phòng, an ninh cho già làng, trưởng họ tộc?",
  [(HN, "nhằm phát huy tinh thần yêu nước, lòng tự hào, tự tôn dân tộc, nâng cao ý thức trách nhiệm, tự giác thực hiện nhiệm vụ quốc phòng an ninh, góp phần bảo vệ Tổ quốc từ sớm, từ xa")],
  "Mục V.8: bồi dưỡng kiến thức quốc phòng, an ninh cho mọi tầng lớp nhân dân, nhất là người có uy tín trong cộng đồng, chức sắc, chức việc tôn giáo, già làng, trưởng họ tộc, nhằm phát huy tinh thần yêu nước, lòng tự hào, tự tôn dân tộc, nâng cao ý thức trách nhiệm, tự giác thực hiện nhiệm vụ quốc phòng an ninh, góp phần bảo vệ Tổ quốc từ sớm, từ xa.",
  ["tinh thần yêu nước", "từ sớm, từ xa"])

A("purpose", "Mỹ Lộc tham dự hội nghị, hội thảo quốc tế về học tập suốt đời để làm gì?",
  [(ML, "nhằm chia sẻ kinh nghiệm, cập nhật thông tin về học tập suốt đời và xây dựng xã hội học tập ở các nước trong khu vực và trên thế giới")],
  "Mục III.7.a: phối hợp tổ chức, tham dự các hội nghị, hội thảo nhằm chia sẻ kinh nghiệm, cập nhật thông tin về học tập suốt đời và xây dựng xã hội học tập ở các nước trong khu vực và trên thế giới.",
  ["chia sẻ kinh nghiệm"])

A("purpose", "Cần Thơ: tại sao Đoàn phải tổ chức hoạt động riêng cho đoàn viên thiếu tích cực học tập?",
  [(CT, "tổ chức các hoạt động phù hợp, thiết thực để động viên, cảm hóa những đoàn viên có biểu hiện thiếu tích cực trong học tập")],
  "Mục V.11.c: tổ chức các hoạt động phù hợp, thiết thực để động viên, cảm hóa những đoàn viên có biểu hiện thiếu tích cực trong học tập.",
  ["động viên, cảm hóa"])

A("purpose", "Hà Nội muốn vào mạng lưới \"Thành phố học tập\" trong bao lâu và mục tiêu tổng quát gắn với đó là gì?",
  [(HN, "Đáp ứng nhu cầu học tập ngày càng cao của nhân dân Thủ đô, góp phần nâng cao nguồn nhân lực chất lượng cao phục vụ công nghiệp hóa, hiện đại hóa"),
   (HN, "Phấn đấu Thủ đô Hà Nội gia nhập vào mạng lưới “Thành phố học tập” của UNESSCO trong thời gian sớm nhất")],
  "Mục tiêu tổng quát (mục II.1): đáp ứng nhu cầu học tập ngày càng cao của nhân dân Thủ đô, góp phần nâng cao nguồn nhân lực chất lượng cao phục vụ công nghiệp hóa, hiện đại hóa của Thủ đô và đất nước; phấn đấu Thủ đô gia nhập mạng lưới \"Thành phố học tập\" của UNESCO (văn bản in \"UNESSCO\") trong thời gian sớm nhất. Kế hoạch không ghi năm gia nhập.",
  ["nguồn nhân lực chất lượng cao", "trong thời gian sớm nhất"])

# ---------------------------------------------------------------- task_section
A("task_section", "Ngày Khuyến học Việt Nam (2/10) có trong kế hoạch Huế không, ở mục nào?",
  [(H, "Tổ chức hiệu quả các hoạt động hưởng ứng như: Tuần lễ hưởng ứng học tập suốt đời, Ngày Sách và Văn hóa đọc Việt Nam, Ngày Khuyến học Việt Nam")],
  "Có, ở mục III.2 (tuyên truyền): tổ chức hiệu quả các hoạt động hưởng ứng như Tuần lễ hưởng ứng học tập suốt đời, Ngày Sách và Văn hóa đọc Việt Nam, Ngày Khuyến học Việt Nam, gắn với các phong trào thi đua yêu nước tại địa phương. Kế hoạch không ghi ngày của các sự kiện này và không giao riêng cho cơ quan nào.",
  ["Ngày Khuyến học Việt Nam", "Tuần lễ hưởng ứng học tập suốt đời"])

A("task_section", "Dịp Ngày Sách và Văn hóa đọc Việt Nam tháng 4, kế hoạch Cần Thơ ghi việc gì, ở mục nào?",
  [(CT, "Hàng năm, tổ chức hiệu quả Tuần lễ hưởng ứng học tập suốt đời, Ngày sách và văn hóa đọc Việt Nam")],
  "Mục III.1.b: \"Hàng năm, tổ chức hiệu quả Tuần lễ hưởng ứng học tập suốt đời, Ngày sách và văn hóa đọc Việt Nam\". Kế hoạch không nêu ngày, không giao riêng cho cơ quan nào.",
  ["Hàng năm", "Ngày sách và văn hóa đọc Việt Nam"])

A("task_section", "Đài truyền thanh xã thuộc hệ thống thông tin cơ sở ở Huế — phần nào trong kế hoạch nói tới việc của hệ thống này?",
  [(H, "Chỉ đạo, hướng dẫn các cơ quan báo chí, truyền thông và hệ thống thông tin cơ sở trên địa bàn thành phố phối hợp với Sở Giáo dục và Đào tạo"),
   (H, "thông tin đại chúng, truyền thông xã hội, hệ thống thông tin cơ sở, các cơ sở giáo dục")],
  "Hai chỗ: mục V.2, Sở Văn hóa và Thể thao chỉ đạo, hướng dẫn các cơ quan báo chí, truyền thông và hệ thống thông tin cơ sở phối hợp với Sở Giáo dục và Đào tạo, Hội Khuyến học thành phố tuyên truyền về xây dựng xã hội học tập; và mục III.2, đa dạng hóa hình thức tuyên truyền thông qua phương tiện thông tin đại chúng, truyền thông xã hội, hệ thống thông tin cơ sở, các cơ sở giáo dục.",
  ["hệ thống thông tin cơ sở", "Sở Giáo dục và Đào tạo"])

A("task_section", "Có kế hoạch nào nói phải bảo đảm \"không ai bị bỏ lại phía sau\" không, ở mục nào?",
  [(AL, "bảo đảm “không ai bị bỏ lại phía sau” trong phong trào “Học tập suốt đời”")],
  "Có: kế hoạch của huyện An Lão, mục II.1 (Nội dung, giải pháp): rà soát, điều chỉnh hoặc xây dựng mới cơ chế, chính sách thúc đẩy khuyến học, khuyến tài, xây dựng xã hội học tập, học tập suốt đời; tạo bình đẳng trong cơ hội tiếp cận giáo dục; bảo đảm \"không ai bị bỏ lại phía sau\" trong phong trào \"Học tập suốt đời\".",
  ["không ai bị bỏ lại phía sau"])

A("task_section", "Xã chúng tôi ở An Lão đã xây dựng kế hoạch phong trào và đẩy mạnh các mô hình học tập. Trong phần Tổ chức thực hiện, phần của xã còn những gạch đầu dòng nào?",
  [(AL, "Tăng cường nguồn lực đầu tư cho giáo dục, củng cố, nâng cao chất lượng hệ thống trung tâm học tập cộng đồng"),
   (AL, "Chỉ đạo đài phát thanh địa phương, hệ thống thông tin cơ sở đăng tải"),
   (AL, "Theo dõi, đôn đốc, tổ chức kiểm tra, giám sát việc thực hiện kế hoạch tại địa phương"),
   (AL, "Tổng hợp dự toán hàng năm, bố trí và phân bổ ngân sách theo kế hoạch")],
  "Mục III.9 (UBND xã, thị trấn) có sáu gạch; ngoài hai gạch đã làm, còn: tăng cường nguồn lực đầu tư cho giáo dục, củng cố, nâng cao chất lượng hệ thống trung tâm học tập cộng đồng, thiết chế văn hóa tại cơ sở; chỉ đạo đài phát thanh địa phương, hệ thống thông tin cơ sở đăng tải, tuyên truyền bài viết của Tổng Bí thư về \"Học tập suốt đời\"; theo dõi, đôn đốc, kiểm tra, giám sát và định kỳ báo cáo gửi Phòng Giáo dục và Đào tạo; tổng hợp dự toán hàng năm, bố trí và phân bổ ngân sách.",
  ["Tăng cường nguồn lực đầu tư cho giáo dục", "đài phát thanh địa phương", "Tổng hợp dự toán hàng năm"])

A("task_section", "Hà Nội: mục \"Các nhiệm vụ, giải pháp khác\" gồm những gì?",
  [(HN, "Nâng cao tỷ lệ và chất lượng xoá mù chữ cho người lớn gắn với việc phổ cập nghề và giải quyết việc làm cho người lao động"),
   (HN, "Nghiêm túc thực hiện chế độ đào tạo, bồi dưỡng bắt buộc đối với cán bộ công chức, viên chức"),
   (HN, "Khuyến khích cán bộ công chức cấp xã, phường, thị trấn học ngoại ngữ")],
  "Mục III.8 có ba đoạn: nâng cao tỷ lệ và chất lượng xoá mù chữ cho người lớn gắn với phổ cập nghề và giải quyết việc làm (nhất là người dân tộc thiểu số và phụ nữ), chống tái mù, xoá mù chữ chức năng; nghiêm túc thực hiện chế độ đào tạo, bồi dưỡng bắt buộc đối với cán bộ công chức, viên chức, khuyến khích cán bộ công chức cấp xã, phường, thị trấn học ngoại ngữ, nâng cao chất lượng cơ sở đào tạo; nâng cao chất lượng đào tạo, bồi dưỡng kỹ năng nghề nghiệp cho công nhân, người lao động.",
  ["xoá mù chữ cho người lớn", "bồi dưỡng bắt buộc", "học ngoại ngữ"])

A("task_section", "Trung tâm GDNN-GDTX của một quận ở Cần Thơ nằm ở chỗ nào trong phần nhiệm vụ của kế hoạch?",
  [(CT, "Cơ sở giáo dục thường xuyên: Đa dạng nội dung giáo dục, đào tạo, đổi mới mạnh mẽ các phương thức giảng dạy và học tập"),
   (CT, "Cơ sở giáo dục nghề nghiệp: Đổi mới các phương thức đào tạo theo mô hình giáo dục mở")],
  "Kế hoạch không nêu tên trung tâm; loại hình này thuộc mục III.3.a (chuyển đổi số), ở hai gạch: \"Cơ sở giáo dục nghề nghiệp\" (đổi mới phương thức đào tạo theo mô hình giáo dục mở, đào tạo vừa làm vừa học, từ xa) và \"Cơ sở giáo dục thường xuyên\" (đa dạng nội dung, đổi mới phương thức giảng dạy, khai thác tài nguyên giáo dục mở). Ở mục V.11.c, Đoàn cơ sở được đề nghị phối hợp với các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên.",
  ["Cơ sở giáo dục thường xuyên", "Cơ sở giáo dục nghề nghiệp"])

A("task_section", "Mùa hè học sinh nghỉ học, Hội Liên hiệp Phụ nữ Cần Thơ được đề nghị làm gì để các em không bỏ học? Việc đó nằm ở mục nào?",
  [(CT, "vận động tuyên truyền hội viên, phụ nữ cho con đi học đúng độ tuổi, không để con bỏ học")],
  "Kế hoạch không nói gì riêng về mùa hè. Việc liên quan nằm ở mục V.11.d: Hội LHPN thành phố chỉ đạo các cấp Hội tiếp tục vận động tuyên truyền hội viên, phụ nữ cho con đi học đúng độ tuổi, không để con bỏ học; hỗ trợ gia đình phụ nữ và trẻ em có hoàn cảnh khó khăn được đến trường.",
  ["đi học đúng độ tuổi", "không để con bỏ học"])

# ---------------------------------------------------------------- cross_plan
A("cross_plan", "Trước Tết Dương lịch, những kế hoạch nào đã nạp có hạn nộp báo cáo năm? Liệt kê theo ngày.",
  [(ML, "trước ngày 30 tháng 11 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo"),
   (HN, "báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo để tổng hợp)"),
   (ML, "định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo"),
   (ML, "báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm"),
   (H, "gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026")],
  "Ba kế hoạch: Mỹ Lộc — trước ngày 30 tháng 11 hằng năm (báo cáo kiểm tra, giám sát về Phòng GD&ĐT, mục III.8); Hà Nội — trước ngày 01 tháng 12 hằng năm (báo cáo UBND Thành phố qua Sở GD&ĐT); Mỹ Lộc — UBND xã, thị trấn trước ngày 10 tháng 12 hằng năm (mục V.11.d); Mỹ Lộc — Phòng GD&ĐT báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm (mục V.1.e); Huế — UBND xã, phường gửi Sở GD&ĐT trước ngày 15/12/2026 (mục V.9). Kế hoạch Cần Thơ và An Lão không ghi ngày báo cáo.",
  ["30 tháng 11", "01 tháng 12", "10 tháng 12", "15 tháng 12", "15/12/2026"])

A("cross_plan", "Ai cầm trịch ở từng kế hoạch? Kể cơ quan thường trực hoặc đầu mối của cả năm kế hoạch.",
  [(H, "Là cơ quan thường trực; chủ trì, phối hợp với các cơ quan, tổ chức, đơn vị, địa phương liên quan để tổ chức thực hiện Kế hoạch"),
   (ML, "Chủ trì, phối hợp với các phòng, ban, ngành, đơn vị liên quan, UBND các xã, thị trấn triển khai thực hiện các nhiệm vụ của Đề án"),
   (HN, "Là cơ quan thường trực, giúp Ủy ban nhân dân Thành phố tổ chức triển khai thực hiện Kế hoạch"),
   (CT, "phản ánh về Sở Giáo dục và Đào tạo (Thường trực Ban Chỉ đạo thành phố)"),
   (AL, "báo cáo Ủy ban nhân dân huyện (qua phòng Giáo dục và Đào tạo) để kịp thời giải quyết")],
  "Huế: Sở Giáo dục và Đào tạo là cơ quan thường trực (mục V.1). Mỹ Lộc: Phòng Giáo dục và Đào tạo chủ trì triển khai các nhiệm vụ của Đề án (mục V.1.a). Hà Nội: Sở Giáo dục và Đào tạo là cơ quan thường trực, giúp UBND Thành phố (mục V.1). Cần Thơ: Sở Giáo dục và Đào tạo (Thường trực Ban Chỉ đạo thành phố), nơi nhận phản ánh vướng mắc. An Lão: không dùng chữ \"thường trực\"; vướng mắc báo cáo UBND huyện (qua phòng Giáo dục và Đào tạo), và Phòng GD&ĐT chủ trì tổng hợp kết quả phong trào.",
  ["cơ quan thường trực", "Thường trực Ban Chỉ đạo thành phố", "qua phòng Giáo dục và Đào tạo"])

A("cross_plan", "Là chủ tịch UBND cấp xã, tôi muốn biết kế hoạch nào giao cấp xã trực tiếp củng cố trung tâm học tập cộng đồng?",
  [(H, "bảo đảm mỗi xã, phường có ít nhất một trung tâm học tập cộng đồng hoạt động hiệu quả"),
   (AL, "củng cố, nâng cao chất lượng hệ thống trung tâm học tập cộng đồng, thiết chế văn hóa tại cơ sở"),
   (AL, "Hướng dẫn, đôn đốc thành lập, kiện toàn hệ thống trung tâm học tập cộng đồng cấp xã sau khi sắp xếp, sáp nhập các đơn vị hành chính")],
  "Hai kế hoạch giao thẳng cho UBND cấp xã: Huế (mục V.9) — UBND các xã, phường rà soát, củng cố, kiện toàn hệ thống trung tâm học tập cộng đồng, bảo đảm mỗi xã, phường có ít nhất một trung tâm học tập cộng đồng hoạt động hiệu quả; An Lão (mục III.9) — UBND xã, thị trấn củng cố, nâng cao chất lượng hệ thống trung tâm học tập cộng đồng, thiết chế văn hóa tại cơ sở (Phòng GD&ĐT hướng dẫn, đôn đốc kiện toàn trung tâm cấp xã sau khi sắp xếp, sáp nhập). Mỹ Lộc, Hà Nội và Cần Thơ nói về trung tâm học tập cộng đồng ở phần nhiệm vụ chung, không giao riêng cho UBND xã.",
  ["ít nhất một trung tâm học tập cộng đồng", "sau khi sắp xếp, sáp nhập"])

A("cross_plan", "Chỉ tiêu cứng về kỹ năng sống của người trong độ tuổi lao động: mỗi nơi đặt bao nhiêu?",
  [(H, "80% số người trong độ tuổi lao động được trang bị kỹ năng sống."),
   (ML, "60% số người trong độ tuổi lao động được trang bị kỹ năng sống."),
   (ML, "80% người trong độ tuổi lao động được trang bị kỹ năng sống."),
   (HN, "50% số người trong độ tuổi lao động được trang bị kỹ năng sống."),
   (HN, "70% người trong độ tuổi lao động được trang bị kỹ năng sống."),
   (CT, "Phần đầu đạt tỷ lệ 90% số người trong độ tuổi lao động được trang bị kỹ năng sống")],
  "Huế (2026): 80%. Mỹ Lộc: 60% (2025), 80% (2030). Hà Nội: 50% (2025), 70% (2030). Cần Thơ (2024): phấn đấu 90%. An Lão không đặt chỉ tiêu phần trăm nào.",
  ["80%", "60%", "50%", "70%", "90%"])

A("cross_plan", "Trưởng Ban Tuyên giáo cấp ủy hỏi: những kế hoạch nào đề nghị Ban Tuyên giáo làm gì?",
  [(ML, "8. Đề nghị Ban Tuyên giáo Huyện ủy"),
   (HN, "14. Đề nghị Ban Tuyên giáo Thành ủy"),
   (CT, "Đề nghị Ban Tuyên giáo Thành ủy chủ trì, phối hợp với Sở Giáo dục và Đào tạo và các cơ quan liên quan thường xuyên hướng dẫn, kiểm tra, đôn đốc")],
  "Ba kế hoạch. Mỹ Lộc (mục V.8): Ban Tuyên giáo Huyện ủy phối hợp với Phòng GD&ĐT triển khai mục tiêu, nhiệm vụ, nhất là tuyên truyền, định hướng phát triển; phối hợp kiểm tra, giám sát. Hà Nội (mục V.14): Ban Tuyên giáo Thành ủy chỉ đạo các cấp ủy, phối hợp với Sở GD&ĐT, phối hợp kiểm tra, giám sát, chỉ đạo báo chí xây dựng chuyên mục. Cần Thơ (mục V.10): Ban Tuyên giáo Thành ủy chủ trì, phối hợp với Sở GD&ĐT thường xuyên hướng dẫn, kiểm tra, đôn đốc triển khai Kế hoạch và chỉ đạo báo chí tuyên truyền. Huế và An Lão không nêu Ban Tuyên giáo.",
  ["Ban Tuyên giáo Huyện ủy", "Ban Tuyên giáo Thành ủy"])

A("cross_plan", "Đoàn thanh niên huyện Mỹ Lộc đã lồng ghép tuyên truyền qua các phong trào của thanh niên. So với Đoàn ở Hà Nội, việc còn lại của hai nơi giống và khác nhau thế nào?",
  [(ML, "vận động gây quỹ hỗ trợ thanh niên có hoàn cảnh khó khăn tham gia học tập"),
   (HN, "vận động gây quỹ hỗ trợ học sinh, học viên, sinh viên Hà Nội có hoàn cảnh khó khăn tham gia học tập")],
  "Việc còn lại của cả hai là vận động gây quỹ; khác ở đối tượng: Mỹ Lộc (mục V.9.c) — vận động gây quỹ hỗ trợ thanh niên có hoàn cảnh khó khăn tham gia học tập; Hà Nội (mục V.15.c) — vận động gây quỹ hỗ trợ học sinh, học viên, sinh viên Hà Nội có hoàn cảnh khó khăn tham gia học tập. Đoàn Hà Nội được ghi là \"chủ trì tổ chức, phối hợp, lồng ghép\" tuyên truyền.",
  ["vận động gây quỹ", "thanh niên có hoàn cảnh khó khăn", "học sinh, học viên, sinh viên"])

A("cross_plan", "Những kế hoạch nào phủ sóng tới cả lực lượng vũ trang, và giao việc gì?",
  [(ML, "Nâng cao trình độ, năng lực ngoại ngữ cho cán bộ toàn lực lượng vũ trang"),
   (HN, "Bộ Tư lệnh Thủ đô: tiếp tục tổ chức, tăng cường công tác tuyên truyền"),
   (CT, "Chỉ đạo nâng cao trình độ, năng lực ngoại ngữ và tiếng dân tộc thiểu số cho lực lượng vũ trang")],
  "Mỹ Lộc (mục V.6): Công an huyện, Bộ Chỉ huy Quân sự huyện nâng cao trình độ, năng lực ngoại ngữ cho cán bộ toàn lực lượng vũ trang. Hà Nội (mục V.8): Công an Thành phố tổ chức lớp xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho phạm nhân, trại viên; Bộ Tư lệnh Thủ đô tuyên truyền, bồi dưỡng kiến thức quốc phòng, an ninh cho nhân dân; Hội Khuyến học Thành phố phát triển tổ chức Hội trong lực lượng vũ trang. Cần Thơ (mục V.7–V.8): Bộ Chỉ huy Quân sự tuyên truyền học tập suốt đời trong lực lượng vũ trang và nâng cao năng lực ngoại ngữ và tiếng dân tộc thiểu số; Công an thành phố mở lớp cho phạm nhân (nếu có). Huế và An Lão không giao việc cho lực lượng vũ trang.",
  ["năng lực ngoại ngữ", "Bộ Tư lệnh Thủ đô", "tiếng dân tộc thiểu số"])

A("cross_plan", "Sở Văn hóa và Thể thao ở Huế và ở Hà Nội: cả hai đều nhân rộng mô hình học tập ở thiết chế văn hóa. Sở ở Huế còn thêm việc gì mà Hà Nội không giao cho Sở của mình?",
  [(H, "Chủ trì, phối hợp với các sở, ngành, địa phương và các tổ chức liên quan triển khai thực hiện Kế hoạch số 288/KH-UBND"),
   (H, "Chỉ đạo, hướng dẫn các cơ quan báo chí, truyền thông và hệ thống thông tin cơ sở trên địa bàn thành phố phối hợp với Sở Giáo dục và Đào tạo"),
   (HN, "nhân rộng các mô hình học tập suốt đời trong các thiết chế văn hóa cơ sở")],
  "Cả hai Sở đều nhân rộng mô hình học tập suốt đời trong thiết chế văn hóa và đào tạo nhân lực làm việc ở đó. Sở ở Huế còn: chủ trì triển khai Kế hoạch số 288/KH-UBND (Chương trình phục vụ học tập suốt đời trong thư viện, bảo tàng, trung tâm văn hóa) và chỉ đạo, hướng dẫn các cơ quan báo chí, truyền thông, hệ thống thông tin cơ sở tuyên truyền (mục V.2). Ở Hà Nội việc hướng dẫn báo chí, hệ thống thông tin cơ sở thuộc Sở Thông tin và Truyền thông (mục V.5); Sở VH&TT Hà Nội gắn mô hình với các phong trào \"Gia đình văn hóa\", \"Làng văn hóa\"… (mục V.4).",
  ["288/KH-UBND", "hệ thống thông tin cơ sở"])

# ---------------------------------------------------------------- no_diacritics
A("no_diacritics", "o can tho ai cam trich viec tham muu khen thuong guong tu hoc thanh tai",
  [(CT, "Tham mưu Ủy ban nhân dân thành phố tôn vinh, khen thưởng những tấm gương tiêu biểu về tự học thành tài")],
  "Sở Giáo dục và Đào tạo Cần Thơ (mục V.1.c): tham mưu UBND thành phố tôn vinh, khen thưởng những tấm gương tiêu biểu về tự học thành tài, các tổ chức, cá nhân có nhiều đóng góp cho công tác xây dựng xã hội học tập theo quy định.",
  ["tự học thành tài"])

A("no_diacritics", "so nao ganh viec dao tao nghe cho nguoi lao dong o can tho",
  [(CT, "triển khai các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động; hỗ trợ học tập cho người bị thiệt thòi, yếu thế trong xã hội")],
  "Sở Lao động - Thương binh và Xã hội (mục V.3): chủ trì, phối hợp với các cơ quan, đơn vị có liên quan, UBND quận, huyện triển khai các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động; hỗ trợ học tập cho người bị thiệt thòi, yếu thế trong xã hội.",
  ["đào tạo kỹ năng nghề nghiệp mới", "thiệt thòi, yếu thế"])

A("no_diacritics", "phong gd&dt an lao: da tong hop ket qua phong trao va da tham muu sap xep mang luoi truong roi, con viec gi nua",
  [(AL, "trình Hội đồng nhân dân huyện điều chỉnh các cơ chế, chính sách"),
   (AL, "Tăng cường đào tạo, bồi dưỡng cán bộ quản lý giáo dục, giáo viên trong toàn ngành đáp ứng tiêu chuẩn, yêu cầu theo Chương trình Giáo dục phổ thông 2018"),
   (AL, "Tham mưu, triển khai, tổ chức các hoạt động hợp tác quốc tế về giáo dục")],
  "Mục III.1 còn: chủ trì tham mưu UBND huyện trình Hội đồng nhân dân huyện điều chỉnh các cơ chế, chính sách thúc đẩy khuyến học, khuyến tài, học tập suốt đời; tăng cường đào tạo, bồi dưỡng cán bộ quản lý giáo dục, giáo viên theo Chương trình Giáo dục phổ thông 2018; phối hợp triển khai các mô hình học tập và tham mưu đưa kết quả mô hình vào tiêu chí đánh giá người đứng đầu; chỉ đạo cơ sở giáo dục xây dựng môi trường giáo dục lành mạnh, tuyên truyền cho học sinh về học tập suốt đời; tham mưu, tổ chức các hoạt động hợp tác quốc tế về giáo dục.",
  ["Hội đồng nhân dân huyện", "Chương trình Giáo dục phổ thông 2018", "hợp tác quốc tế về giáo dục"])

A("no_diacritics", "truoc tet ubnd xa o my loc co phai nop bao cao gi cho phong gd khong, han ngay nao",
  [(ML, "Kiểm tra, giám sát và định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo")],
  "Có: UBND các xã, thị trấn định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo (mục V.11.d) — trước Tết. Mục III.8 còn ghi hạn chung trước ngày 30 tháng 11 hằng năm cho báo cáo kiểm tra, giám sát.",
  ["10 tháng 12"])

A("no_diacritics", "chu tich ubnd quan o ha noi phai chi dao lam gi theo ke hoach nq 23",
  [(HN, "Cân đối và bố trí kinh phí hàng năm trong phạm vi ngân sách để thực hiện Kế hoạch"),
   (HN, "Chủ trì, phối hợp với các đơn vị, tổ chức đóng trên địa bàn để thực hiện các nhiệm vụ của Kế hoạch")],
  "Kế hoạch giao cho UBND quận, huyện, thị xã (mục V.16), không nêu riêng Chủ tịch: xây dựng Kế hoạch thực hiện Nghị quyết số 23-NQ/TU phù hợp chiến lược phát triển của địa phương; cân đối và bố trí kinh phí hàng năm trong phạm vi ngân sách; xây dựng, phát triển các mô hình học tập, ngành nghề đào tạo; chủ trì, phối hợp với các đơn vị, tổ chức đóng trên địa bàn thực hiện nhiệm vụ; kiểm tra, giám sát, báo cáo theo quy định.",
  ["Cân đối và bố trí kinh phí hàng năm", "đóng trên địa bàn"])

A("no_diacritics", "chi tieu cung ve so can bo cong chuc hoc ky nang so o ha noi den 2025",
  [(HN, "100% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng, phổ cập kỹ năng số cơ bản")],
  "Đến năm 2025: 100% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng, phổ cập kỹ năng số cơ bản; 50% được bồi dưỡng kỹ năng phân tích, khai thác dữ liệu và công nghệ số (mục II.2.1.b).",
  ["100%", "kỹ năng số cơ bản"])

A("no_diacritics", "vi sao hue phai kien toan ban chi dao phong trao thi dua khuyen hoc",
  [(H, "Ban Chỉ đạo các cấp có trách nhiệm chủ động tham mưu, đề xuất các giải pháp nhằm tăng cường vai trò lãnh đạo, chỉ đạo của cấp ủy Đảng và chính quyền các cấp")],
  "Mục III.1: kiện toàn, nâng cao hiệu quả hoạt động của Ban Chỉ đạo Phong trào thi đua về khuyến học, khuyến tài, xây dựng xã hội học tập giai đoạn 2023–2030 và phân công rõ trách nhiệm từng thành viên, vì Ban Chỉ đạo các cấp có trách nhiệm chủ động tham mưu, đề xuất các giải pháp nhằm tăng cường vai trò lãnh đạo, chỉ đạo của cấp ủy Đảng và chính quyền các cấp (theo Công văn số 2430-CV/TU).",
  ["tăng cường vai trò lãnh đạo, chỉ đạo"])

A("no_diacritics", "mua he nay xa toi o can tho muon mo lop day nghe ngan han o trung tam hoc tap cong dong, ke hoach co noi khong",
  [(CT, "Tăng cường tổ chức các lớp phổ biến kiến thức, kỹ năng, chuyển giao công nghệ và xóa mù chữ gắn với dạy nghề truyền thống, dạy nghề ngắn hạn và phát triển cộng đồng")],
  "Kế hoạch không nói gì về mùa hè, nhưng có nhiệm vụ cho trung tâm học tập cộng đồng ở mục III.4.b: tăng cường tổ chức các lớp phổ biến kiến thức, kỹ năng, chuyển giao công nghệ và xóa mù chữ gắn với dạy nghề truyền thống, dạy nghề ngắn hạn và phát triển cộng đồng.",
  ["dạy nghề ngắn hạn"])

# ---------------------------------------------------------------- abbreviation
A("abbreviation", "P.VH-TT h. ML lo gì về TV, BT, NVH?",
  [(ML, "Nhân rộng các mô hình học tập suốt đời trong thư viện, bảo tàng, nhà văn hóa, câu lạc bộ, Trung tâm Văn hóa - Thể thao")],
  "Phòng Văn hóa-Thông tin huyện Mỹ Lộc (mục V.4): a) nhân rộng các mô hình học tập suốt đời trong thư viện, bảo tàng, nhà văn hóa, câu lạc bộ, Trung tâm Văn hóa - Thể thao; b) đào tạo, bồi dưỡng nhân lực làm việc trong các thiết chế văn hóa - thể thao, đáp ứng yêu cầu chuyển đổi số.",
  ["thư viện, bảo tàng, nhà văn hóa"])

A("abbreviation", "GĐ SGDĐT TP HN: KT, GS, BC và KT-KT (khen thưởng) — KH giao gì?",
  [(HN, "Chủ trì tổ chức kiểm tra, giám sát, đánh giá, tổng hợp, báo cáo hằng năm; tổ chức sơ kết, tổng kết; đề xuất Ủy ban nhân dân Thành phố, Bộ Giáo dục và Đào tạo khen thưởng")],
  "Kế hoạch giao cho Sở Giáo dục và Đào tạo (không nêu riêng Giám đốc), mục V.1: chủ trì tổ chức kiểm tra, giám sát, đánh giá, tổng hợp, báo cáo hằng năm; tổ chức sơ kết, tổng kết; đề xuất Ủy ban nhân dân Thành phố, Bộ Giáo dục và Đào tạo khen thưởng tập thể, cá nhân tiêu biểu.",
  ["báo cáo hằng năm", "đề xuất Ủy ban nhân dân Thành phố, Bộ Giáo dục và Đào tạo khen thưởng"])

A("abbreviation", "VP HĐND-UBND xã ở h. AL: về TTHTCĐ và TCVH cơ sở, KH yêu cầu UBND xã gì?",
  [(AL, "Tăng cường nguồn lực đầu tư cho giáo dục, củng cố, nâng cao chất lượng hệ thống trung tâm học tập cộng đồng, thiết chế văn hóa tại cơ sở")],
  "Kế hoạch giao UBND xã, thị trấn (mục III.9): tăng cường nguồn lực đầu tư cho giáo dục, củng cố, nâng cao chất lượng hệ thống trung tâm học tập cộng đồng, thiết chế văn hóa tại cơ sở để phục vụ nhu cầu học tập của người dân. Kế hoạch không nêu văn phòng hay bộ phận nào của UBND xã.",
  ["thiết chế văn hóa tại cơ sở"])

A("abbreviation", "SLĐTBXH TP HN đã nhân rộng mô hình ĐT lại nghề trong DN; còn gì theo KH?",
  [(HN, "Chủ trì, phối hợp với các Sở, ngành liên quan xây dựng các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động; hỗ trợ học tập cho người bị thiệt thòi, yếu thế trong xã hội"),
   (HN, "Xây dựng và triển khai các chương trình, dự án, đề án hỗ trợ đào tạo, đào tạo lại cho các đối tượng: lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động")],
  "Mục V.2 còn hai việc: chủ trì xây dựng các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động, hỗ trợ học tập cho người bị thiệt thòi, yếu thế; xây dựng và triển khai chương trình, dự án, đề án hỗ trợ đào tạo, đào tạo lại cho lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động. (Việc nhân rộng mô hình trong doanh nghiệp đi kèm đào tạo nghề gắn với ngành nghề truyền thống, nông thôn, vùng sâu, vùng xa.)",
  ["thiệt thòi, yếu thế", "người hết tuổi lao động"])

A("abbreviation", "BTV Hội KH h. ML lo vụ gì theo KH?",
  [(ML, "Chủ trì lồng ghép các hoạt động tuyên truyền về xây dựng xã hội học tập thông qua hệ thống hội khuyến học các cấp"),
   (ML, "Triển khai thực hiện các tiêu chí công dân học tập")],
  "Kế hoạch giao cho Hội Khuyến học huyện (mục V.9.b), không nêu riêng Ban Thường vụ: chủ trì lồng ghép tuyên truyền về xây dựng xã hội học tập thông qua hệ thống hội khuyến học các cấp; phối hợp với Phòng Giáo dục và Đào tạo, Phòng Văn hóa, Thể thao và Du lịch đẩy mạnh hoạt động của các Trung tâm Học tập cộng đồng; triển khai thực hiện các tiêu chí công dân học tập, nhân rộng mô hình học tập.",
  ["hệ thống hội khuyến học các cấp", "tiêu chí công dân học tập"])

A("abbreviation", "UBND Q/H ở TP CT: kiện toàn BCĐ XHHT - XMC - PCGD?",
  [(CT, "củng cố, tổ chức kiện toàn Ban Chỉ đạo Xây dựng xã hội học tập - Xóa mù chữ - Phổ cập giáo dục các cấp ở địa phương")],
  "Có: UBND quận, huyện (mục V.14.a) triển khai Kế hoạch phù hợp kế hoạch phát triển kinh tế - xã hội của địa phương; củng cố, tổ chức kiện toàn Ban Chỉ đạo Xây dựng xã hội học tập - Xóa mù chữ - Phổ cập giáo dục các cấp ở địa phương; xây dựng cơ chế phối hợp giữa các cấp, các ngành, tổ chức, doanh nghiệp.",
  ["Xóa mù chữ - Phổ cập giáo dục"])

A("abbreviation", "STTTT TP HN: tập huấn NLTT cho CBCCVC — chủ trì hay phối hợp?",
  [(HN, "Chủ trì, phối hợp với các Sở, ngành, đơn vị có liên quan tổ chức các lớp tập huấn, bồi dưỡng kiến thức, kỹ năng, trang bị năng lực thông tin")],
  "Chủ trì: Sở Thông tin và Truyền thông Hà Nội chủ trì, phối hợp với các Sở, ngành, đơn vị có liên quan tổ chức các lớp tập huấn, bồi dưỡng kiến thức, kỹ năng, trang bị năng lực thông tin cho cán bộ công chức, viên chức, người lao động (mục V.5).",
  ["Chủ trì", "trang bị năng lực thông tin"])

# ---------------------------------------------------------------- paraphrase
A("paraphrase", "Trong kế hoạch Mỹ Lộc, ai là người đánh trống phát động các cuộc vận động, phong trào thi đua khuyến học?",
  [(ML, "Ủy ban Mặt trận Tổ quốc huyện và các tổ chức thành viên phát động các cuộc vận động, phong trào thi đua")],
  "Ủy ban Mặt trận Tổ quốc huyện và các tổ chức thành viên (mục V.9.a): phát động các cuộc vận động, phong trào thi đua về công tác khuyến học, khuyến tài, xây dựng xã hội học tập sâu rộng trong huyện, và tham gia giám sát việc triển khai Kế hoạch.",
  ["Ủy ban Mặt trận Tổ quốc huyện", "phát động các cuộc vận động"])

A("paraphrase", "Huế có ưu tiên tập huấn cho những người làm khuyến học ở nơi khó khăn, miền núi không?",
  [(H, "chú trọng các địa bàn có điều kiện kinh tế – xã hội khó khăn, vùng đồng bào dân tộc thiểu số và miền núi")],
  "Có. Mục III.3: tăng cường tập huấn, hướng dẫn, bồi dưỡng chuyên môn, nghiệp vụ cho đội ngũ làm công tác khuyến học, khuyến tài, xây dựng xã hội học tập các cấp, chú trọng các địa bàn có điều kiện kinh tế – xã hội khó khăn, vùng đồng bào dân tộc thiểu số và miền núi.",
  ["vùng đồng bào dân tộc thiểu số và miền núi"])

A("paraphrase", "Cô hiệu trưởng một trường ở An Lão hỏi: kế hoạch nói gì về chuyện bồi dưỡng thầy cô?",
  [(AL, "Tăng cường đào tạo, bồi dưỡng cán bộ quản lý giáo dục, giáo viên trong toàn ngành đáp ứng tiêu chuẩn, yêu cầu theo Chương trình Giáo dục phổ thông 2018")],
  "Phòng Giáo dục và Đào tạo (mục III.1) tăng cường đào tạo, bồi dưỡng cán bộ quản lý giáo dục, giáo viên trong toàn ngành đáp ứng tiêu chuẩn, yêu cầu theo Chương trình Giáo dục phổ thông 2018. Kế hoạch không giao việc này cho từng trường.",
  ["Chương trình Giáo dục phổ thông 2018"])

A("paraphrase", "Ở Hà Nội, ai là người giữ lửa khuyến học trong doanh nghiệp, trường học và lực lượng vũ trang?",
  [(HN, "Củng cố, phát triển tổ chức Hội Khuyến học ở các cơ quan, doanh nghiệp, trường học, lực lượng vũ trang")],
  "Hội Khuyến học Thành phố (mục V.15.b): củng cố, phát triển tổ chức Hội Khuyến học ở các cơ quan, doanh nghiệp, trường học, lực lượng vũ trang (theo Kết luận 49/KL-TW ngày 10/5/2019 của Ban Bí thư).",
  ["Hội Khuyến học", "lực lượng vũ trang"])

A("paraphrase", "Bố tôi về hưu ở Mỹ Lộc muốn đi học tiếp; kế hoạch có chính sách gì cho người đã nghỉ hưu không?",
  [(ML, "chính sách hỗ trợ những người hết tuổi lao động, người nội trợ, người khuyết tật có điều kiện thuận lợi để học tập suốt đời")],
  "Có, ở mục III.3.đ: triển khai chính sách hỗ trợ những người hết tuổi lao động, người nội trợ, người khuyết tật có điều kiện thuận lợi để học tập suốt đời. Kế hoạch không dùng chữ \"nghỉ hưu\" mà nói \"người hết tuổi lao động\", và không nêu mức hỗ trợ.",
  ["người hết tuổi lao động"])

A("paraphrase", "Cuối năm dương lịch ai cũng bận; ở An Lão có phải nộp báo cáo phong trào vào một ngày cố định không?",
  [(AL, "báo cáo kết quả thực hiện phong trào theo yêu cầu"),
   (AL, "lồng ghép với kết quả xây dựng xã hội học tập trên địa bàn huyện, hằng năm")],
  "Không có ngày cố định. Các phòng, ban, ngành báo cáo kết quả thực hiện phong trào theo yêu cầu (mục III.8); UBND xã, thị trấn định kỳ báo cáo gửi Phòng GD&ĐT (mục III.9); Phòng GD&ĐT chủ trì tổng hợp kết quả phong trào, lồng ghép với kết quả xây dựng xã hội học tập, hằng năm (mục III.1).",
  ["theo yêu cầu", "hằng năm"])

A("paraphrase", "Cần Thơ: ai lo gõ cửa báo, đài để đưa tin về xây dựng xã hội học tập?",
  [(CT, "Chỉ đạo, cung cấp thông tin cho báo, đài Trung ương, địa phương đóng trên địa bàn thành phố")],
  "Sở Thông tin và Truyền thông (mục V.4): chỉ đạo, cung cấp thông tin cho báo, đài Trung ương, địa phương đóng trên địa bàn thành phố, Phòng Văn hóa và Thông tin, Trung tâm Văn hóa - Thể thao và Truyền thanh quận, huyện thực hiện tuyên truyền về xây dựng xã hội học tập.",
  ["cung cấp thông tin cho báo, đài"])

A("paraphrase", "Mỹ Lộc có tính chuyện dạy học qua loa đài, ti vi và mạng xã hội cho bà con không?",
  [(ML, "Tổ chức các chương trình giáo dục trên kênh phát thanh, truyền hình, các trang mạng báo điện tử"),
   (ML, "đăng tải trên nền tảng công nghệ số của các mạng xã hội có nhiều người dùng tại Việt Nam")],
  "Có, ở mục III.4.b: tổ chức các chương trình giáo dục trên kênh phát thanh, truyền hình, các trang mạng báo điện tử, các ứng dụng truyền hình của các đài; đăng tải trên nền tảng công nghệ số của các mạng xã hội có nhiều người dùng tại Việt Nam. Mục III.4.c thêm việc khai thác kho học liệu mở phục vụ tự học trên các kênh truyền hình. Kế hoạch không giao riêng việc này cho cơ quan nào.",
  ["kênh phát thanh, truyền hình", "mạng xã hội có nhiều người dùng"])

# ---------------------------------------------------------------- english
A("english", "Who holds the purse strings for Can Tho's 2024 plan?",
  [(CT, "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước, nguồn tài trợ và các nguồn tài chính hợp pháp khác"),
   (CT, "rà soát, hoàn thiện các chính sách để tăng cường huy động và đa dạng hóa các nguồn lực xã hội")],
  "No single body: the money comes from the state budget (ngân sách nhà nước), sponsorship and other lawful sources, and each department, body and district People's Committee draws up its own estimate within its annual budget (section IV). The Department of Finance (Sở Tài chính, item V.6) is not given the budget itself; it leads, with the Department of Education and the districts, the review of policies to mobilise and diversify social resources (đa dạng hóa các nguồn lực xã hội).",
  ["ngân sách nhà nước", "đa dạng hóa các nguồn lực xã hội"])

A("english", "Our association (An Lao district's Hội Khuyến học) has already run propaganda on lifelong learning. What else does the plan expect from us?",
  [(AL, "Phát động các phong trào khuyến học, khuyến tài gắn với nội dung, quan điểm chỉ đạo của Tổng Bí thư"),
   (AL, "chú trọng biểu dương, nhân rộng những mô hình, tấm gương sáng về tinh thần “Học tập suốt đời”")],
  "Item III.5 also asks the association to actively carry out the movement to promote \"Học tập suốt đời\"; to launch khuyến học, khuyến tài movements tied to the General Secretary's guidance (Phát động các phong trào khuyến học, khuyến tài gắn với … quan điểm chỉ đạo của Tổng Bí thư); and to commend and replicate good models and examples of lifelong learning (biểu dương, nhân rộng những mô hình, tấm gương sáng).",
  ["Phát động các phong trào khuyến học, khuyến tài", "Tổng Bí thư", "biểu dương, nhân rộng"])

A("english", "Will Hue's network of community learning centres be complete before the new school year starts in September 2026?",
  [(H, "bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn thành trong Quý II năm 2026")],
  "It is due before then: the plan requires every commune and ward to have at least one community learning centre, to be completed in the second quarter of 2026 (hoàn thành trong Quý II năm 2026, item III.5), i.e. by the end of June 2026, ahead of the school year's opening in September.",
  ["Quý II năm 2026"])

A("english", "I work at the international cooperation desk of Hanoi's Department of Education and Training. What does the plan ask our department to do on international cooperation?",
  [(HN, "các hoạt động giao lưu, hợp tác trong lĩnh vực học tập suốt đời theo chương trình, đề án, kế hoạch của Ủy ban nhân dân Thành phố, Bộ Giáo dục và Đào tạo"),
   (HN, "Chủ trì, tham mưu Ủy ban nhân dân Thành phố về kế hoạch đăng ký tham gia vào mạng lưới “Thành phố học tập”")],
  "The plan assigns the Department as a whole (item V.1), not a desk: it leads exchange and cooperation activities in lifelong learning (giao lưu, hợp tác trong lĩnh vực học tập suốt đời) under the programmes of the city People's Committee and the Ministry of Education and Training, and advises the People's Committee on the plan to register for the \"Thành phố học tập\" (learning city) network.",
  ["giao lưu, hợp tác trong lĩnh vực học tập suốt đời", "Thành phố học tập"])

A("english", "Why does An Lao want its civil servants to keep studying? What reason does the plan give?",
  [(AL, "Xác định học tập suốt đời đối với cán bộ, công chức, viên chức là “nhiệm vụ cách mạng”, học để sáng tạo, đổi mới, để tham mưu triển khai tốt nhiệm vụ")],
  "Item II.6 treats lifelong learning for officials as a \"revolutionary task\" (\"nhiệm vụ cách mạng\"): they study to be creative and to innovate, and to advise on and carry out their duties well, so that officials have the qualities and leadership capacity their posts need.",
  ["nhiệm vụ cách mạng"])

A("english", "Who is in the driver's seat in Hue for vocational training tied to businesses, and who gets priority?",
  [(H, "Chỉ đạo các cơ sở giáo dục nghề nghiệp trên địa bàn thành phố tăng cường hợp tác với doanh nghiệp"),
   (H, "ưu tiên người chấp hành xong hình phạt tù, thanh niên hoàn thành nghĩa vụ quân sự, nghĩa vụ công an")],
  "The Department of Education and Training (item V.1): it directs the city's vocational schools to strengthen cooperation with businesses (tăng cường hợp tác với doanh nghiệp), links training to production and the labour market, and leads skills programmes for workers, with priority for people who have served a prison sentence, young people who have completed military or police service (người chấp hành xong hình phạt tù, thanh niên hoàn thành nghĩa vụ quân sự, nghĩa vụ công an) and other vulnerable groups.",
  ["hợp tác với doanh nghiệp", "người chấp hành xong hình phạt tù"])

A("english", "Can Tho 2024 — universal education and literacy targets at district level",
  [(CT, "100% quận, huyện đạt chuẩn phổ cập giáo dục mầm non cho trẻ mẫu giáo"),
   (CT, "100% quận, huyện đạt chuẩn phổ cập giáo dục tiểu học mức độ 3"),
   (CT, "phần đầu có 66% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3"),
   (CT, "100% quận, huyện đạt chuẩn xóa mù chữ mức độ 2")],
  "Item II.2.a for 2024: 100% of districts meet the preschool universalisation standard for kindergarten children; 100% reach primary universalisation level 3 (mức độ 3); 100% reach lower-secondary level 2, and the city strives for 66% at lower-secondary level 3; 100% meet literacy level 2 (xóa mù chữ mức độ 2).",
  ["mức độ 3", "66%", "xóa mù chữ mức độ 2"])

A("english", "What does My Loc's plan ask the head of the district police to do?",
  [(ML, "6. Công an huyện, Bộ Chỉ huy Quân sự huyện"),
   (ML, "Nâng cao trình độ, năng lực ngoại ngữ cho cán bộ toàn lực lượng vũ trang")],
  "The plan names the district police as a body (Công an huyện, together with the district military command, item V.6), not its head: they are to raise the level and foreign-language ability (năng lực ngoại ngữ) of all armed-forces personnel in the district.",
  ["Công an huyện", "năng lực ngoại ngữ"])

A("english", "Around Vietnam Book and Reading Culture Day in April, what does My Loc's plan want done?",
  [(ML, "Tổ chức hiệu quả Tuần lễ hưởng ứng học tập suốt đời và Ngày sách và văn hóa đọc Việt Nam hằng năm")],
  "Item III.1.e asks for the Lifelong Learning Week and the Vietnam Book and Reading Culture Day to be held effectively every year (Tổ chức hiệu quả Tuần lễ hưởng ứng học tập suốt đời và Ngày sách và văn hóa đọc Việt Nam hằng năm). The plan gives no date and names no body for it.",
  ["Ngày sách và văn hóa đọc Việt Nam", "hằng năm"])

A("english", "Hanoi's Department of Information and Communications has already guided the press on coverage. What remains on its list?",
  [(HN, "tổ chức hiệu quả các hoạt động nhằm triển khai văn hóa đọc trong cộng đồng"),
   (HN, "tổ chức các lớp tập huấn, bồi dưỡng kiến thức, kỹ năng, trang bị năng lực thông tin cho đội ngũ cán bộ công chức")],
  "Two more tasks in item V.5: working with the Departments of Culture and Sports and of Education to run activities that spread a reading culture in the community (văn hóa đọc), and leading training courses that equip officials, public employees and workers with information competence (năng lực thông tin).",
  ["văn hóa đọc", "năng lực thông tin"])

A("english", "What is the stated purpose of Can Tho's 2024 plan?",
  [(CT, "Tổ chức triển khai thực hiện hiệu quả, đúng tiến độ các nhiệm vụ được giao tại Quyết định số 1373/QĐ-TTg"),
   (CT, "xây dựng cơ chế phối hợp giữa các cấp, các ngành, các tổ chức, doanh nghiệp trong quá trình xây dựng xã hội học tập")],
  "Item I.1: to carry out effectively and on schedule (đúng tiến độ) the tasks set by Decision 1373/QĐ-TTg, in line with the city's socio-economic plan; to consolidate the steering bodies for building a learning society 2021-2030 at all levels; and to build a coordination mechanism (cơ chế phối hợp) among levels, sectors, organisations and businesses.",
  ["đúng tiến độ", "cơ chế phối hợp"])

A("english", "Who is on the hook for getting women and girls into literacy classes in My Loc?",
  [(ML, "vận động, tuyên truyền phụ nữ và trẻ em gái chưa biết chữ ra học các lớp xóa mù chữ")],
  "The district Women's Union (Hội Liên hiệp Phụ nữ huyện, item V.9.e), together with the Division of Education and Training: it is to mobilise women and girls who cannot read (phụ nữ và trẻ em gái chưa biết chữ) to attend literacy classes (xóa mù chữ), and run the \"Quỹ học bổng Hoàng Ngân\" effectively.",
  ["trẻ em gái", "xóa mù chữ"])

A("english", "The library and reading-promotion division of Hue's Department of Culture and Sports: which tasks in the plan fall to its department?",
  [(H, "phát triển, nhân rộng các mô hình học tập suốt đời tại thư viện, bảo tàng, nhà văn hóa, câu lạc bộ trên địa bàn thành phố"),
   (H, "Kế hoạch số 288/KH-UBND ngày 25 tháng 8 năm 2023 của Ủy ban nhân dân thành phố")],
  "The plan names no division; it tasks the Department of Culture and Sports as a whole (item V.2): lead Plan 288/KH-UBND of 25 August 2023 (lifelong learning in libraries, museums and cultural centres to 2030) and develop and replicate lifelong-learning models in libraries, museums, cultural houses and clubs (thư viện, bảo tàng, nhà văn hóa, câu lạc bộ); train the staff of cultural and sports institutions; and direct the press and grassroots information system to publicise the learning society with the Department of Education and the city's Hội Khuyến học.",
  ["288/KH-UBND", "thư viện, bảo tàng"])

A("english", "Does Hanoi's annual report fall before or after Vietnamese Teachers' Day on 20 November?",
  [(HN, "báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo để tổng hợp)")],
  "After: the yearly results go to the city People's Committee before 1 December (trước ngày 01 tháng 12), through the Department of Education and Training. The plan itself does not mention Teachers' Day.",
  ["01 tháng 12"])

A("english", "We at My Loc's Labour, Invalids and Social Affairs office already run retraining models in enterprises. What else is ours?",
  [(ML, "Chủ trì phối hợp với Phòng Giáo dục và Đào tạo và các phòng, ban, ngành liên quan triển khai thực hiện các chương trình đào tạo bổ sung"),
   (ML, "lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động")],
  "Item V.2 also gives the office: (a) leading, with the Division of Education and Training, supplementary training (đào tạo bổ sung) and new vocational skills for workers and learning support for disadvantaged people; (b) besides the retraining models, developing training trades that fit the province's plan, traditional crafts and rural production; (c) programmes supporting training and retraining for rural workers, people with disabilities, ethnic minorities, women and people past working age (lao động nông thôn … người hết tuổi lao động).",
  ["đào tạo bổ sung", "lao động nông thôn", "người hết tuổi lao động"])

A("english", "Who is the conductor of An Lao's lifelong-learning movement?",
  [(AL, "Chủ trì tổng hợp kết quả thực hiện phong trào"),
   (AL, "1. Phòng Giáo dục và Đào tạo")],
  "The Division of Education and Training (Phòng Giáo dục và Đào tạo, item III.1): it leads the yearly compilation of the movement's results (Chủ trì tổng hợp kết quả thực hiện phong trào), leads policy proposals to the district council, and difficulties are reported to the district People's Committee through it.",
  ["Phòng Giáo dục và Đào tạo", "Chủ trì tổng hợp kết quả"])

A("english", "Hanoi 2030 — share of families, clans and communities with a 'learning' title",
  [(HN, "80% gia đình, dòng họ, cộng đồng đạt danh hiệu gia đình, dòng họ, cộng đồng học tập.")],
  "80% of families, clans and communities are to hold the learning family / clan / community title by 2030 (item II.2.2.d); the 2025 milestone was 60%.",
  ["80%"])

A("english", "Why does Hue want a survey of people's learning needs?",
  [(H, "Tổ chức khảo sát, điều tra nhu cầu học tập của Nhân dân; trên cơ sở đó, chủ động, linh hoạt tổ chức đa dạng các hoạt động học tập tại các trung tâm học tập cộng đồng")],
  "So that activities fit the demand: item III.5 says to survey people's learning needs and, on that basis, organise a flexible range of learning activities at community learning centres (đa dạng các hoạt động học tập tại các trung tâm học tập cộng đồng), mobilising social resources so people can learn regularly and throughout life.",
  ["đa dạng các hoạt động học tập"])

A("english", "What does Can Tho's plan ask the district culture offices and radio centres to do?",
  [(CT, "Phòng Văn hóa và Thông tin, Trung tâm Văn hóa - Thể thao và Truyền thanh quận, huyện thực hiện tuyên truyền về hoạt động xây dựng xã hội học tập")],
  "They are not given an item of their own; under the Department of Information and Communications' item (V.4) the department directs and supplies information to the press, the district culture and information offices (Phòng Văn hóa và Thông tin) and the district culture, sports and radio centres (Trung tâm Văn hóa - Thể thao và Truyền thanh) so that they publicise learning-society activities.",
  ["Phòng Văn hóa và Thông tin", "Trung tâm Văn hóa - Thể thao và Truyền thanh"])

# ---------------------------------------------------------------- follow_up
A("follow_up", "Còn bên Mỹ Lộc, ai tổ chức kiểm tra, giám sát và báo cáo UBND huyện?",
  [(ML, "1. Phòng Giáo dục và Đào tạo"),
   (ML, "Tổ chức kiểm tra, giám sát và đánh giá, tổng hợp, báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm")],
  "Ở Mỹ Lộc là Phòng Giáo dục và Đào tạo (mục V.1.e): tổ chức kiểm tra, giám sát và đánh giá, tổng hợp, báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm. Ngoài ra Ban chỉ đạo xây dựng xã hội học tập các cấp xây dựng kế hoạch kiểm tra, giám sát hàng năm (mục III.8).",
  ["Phòng Giáo dục và Đào tạo", "15 tháng 12"],
  turns("Ai cầm trịch việc kiểm tra, giám sát trung tâm học tập cộng đồng ở Huế?",
        "Sở Giáo dục và Đào tạo chủ trì, phối hợp với Hội Khuyến học thành phố và các sở, ban, ngành liên quan tổ chức kiểm tra, giám sát công tác xây dựng xã hội học tập và hoạt động của các trung tâm học tập cộng đồng tại các xã, phường (mục III.7) [000_4550be4bb11189cd.txt]."))

A("follow_up", "Thế mốc 2030?",
  [(HN, "70% công dân đạt danh hiệu công dân học tập")],
  "Đến năm 2030: 70% công dân đạt danh hiệu công dân học tập (mục II.2.2.d), kèm 70% công dân đạt kỹ năng số.",
  ["70%"],
  turns("Hà Nội đặt bao nhiêu % công dân đạt danh hiệu công dân học tập vào năm 2025?",
        "50% công dân đạt danh hiệu công dân học tập, và 50% công dân đạt kỹ năng số (mục II.2.1.d) [002_797e8de6131c77f9.txt]."))

A("follow_up", "Vậy cùng mốc đó, cơ sở giáo dục phổ thông dạy và học trên môi trường số thì bao nhiêu?",
  [(ML, "60% các cơ sở giáo dục phổ thông, cơ sở giáo dục thường xuyên, cơ sở giáo dục nghề nghiệp và các cơ sở giáo dục khác triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường số")],
  "Mốc 2025 ở Mỹ Lộc: 60% các cơ sở giáo dục phổ thông, cơ sở giáo dục thường xuyên, cơ sở giáo dục nghề nghiệp và các cơ sở giáo dục khác triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường số (mục II.2.a); đến 2030 là 80%.",
  ["60%"],
  turns("Mỹ Lộc 2025: chỉ tiêu trung tâm học tập cộng đồng ứng dụng công nghệ thông tin là bao nhiêu?",
        "70% các Trung tâm Học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục (mục II.2.a) [001_7bafa58816a5de75.txt]."))

A("follow_up", "Và ai phối hợp?",
  [(CT, "Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan, Ủy ban nhân dân quận, huyện triển khai các chương trình đào tạo bổ sung")],
  "Kế hoạch ghi Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với các cơ quan, đơn vị có liên quan và Ủy ban nhân dân quận, huyện (mục V.3); không nêu tên một Sở cụ thể nào.",
  ["các cơ quan, đơn vị có liên quan", "Ủy ban nhân dân quận, huyện"],
  turns("Sở Lao động - Thương binh và Xã hội Cần Thơ làm gì trong kế hoạch 74?",
        "Sở chủ trì triển khai các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động; hỗ trợ học tập cho người bị thiệt thòi, yếu thế trong xã hội (mục V.3) [003_1a817ee72b993e3e.txt]."))

A("follow_up", "Sở đã ban hành văn bản hướng dẫn và đã tổ chức sơ kết rồi. Vậy còn việc gì?",
  [(HN, "Chủ trì, tham mưu Ủy ban nhân dân Thành phố về kế hoạch đăng ký tham gia vào mạng lưới “Thành phố học tập”"),
   (HN, "các hoạt động giao lưu, hợp tác trong lĩnh vực học tập suốt đời"),
   (HN, "đề xuất Ủy ban nhân dân Thành phố, Bộ Giáo dục và Đào tạo khen thưởng")],
  "Còn: chủ trì các nhiệm vụ thuộc lĩnh vực giáo dục và các hoạt động giao lưu, hợp tác trong lĩnh vực học tập suốt đời; kiểm tra, giám sát, đánh giá, tổng hợp, báo cáo hằng năm và tổng kết; đề xuất UBND Thành phố, Bộ Giáo dục và Đào tạo khen thưởng; chủ trì tham mưu kế hoạch đăng ký tham gia mạng lưới \"Thành phố học tập\" (mục V.1).",
  ["giao lưu, hợp tác", "khen thưởng", "kế hoạch đăng ký"],
  turns("Sở Giáo dục và Đào tạo Hà Nội được giao gì?",
        "Sở là cơ quan thường trực: điều phối, hướng dẫn thực hiện Kế hoạch và xây dựng các văn bản liên quan; chủ trì nhiệm vụ lĩnh vực giáo dục và hợp tác về học tập suốt đời; kiểm tra, giám sát, báo cáo hằng năm, sơ kết, tổng kết, đề xuất khen thưởng; tham mưu đăng ký mạng lưới \"Thành phố học tập\" (mục V.1) [002_797e8de6131c77f9.txt]."))

A("follow_up", "Còn Ban Thi đua - Khen thưởng thuộc Sở đó thì làm gì?",
  [(HN, "Phối hợp với Sở Giáo dục và Đào tạo, tham mưu trình Ủy ban nhân dân Thành phố khen thưởng cho các tập thể, cá nhân có thành tích trong công tác xây dựng xã hội học tập nhân dịp sơ kết, tổng kết các giai đoạn của Đề án")],
  "Ban Thi đua - Khen thưởng (Sở Nội vụ) có mục riêng (V.7): phối hợp với Sở Giáo dục và Đào tạo, tham mưu trình UBND Thành phố khen thưởng các tập thể, cá nhân có thành tích trong công tác xây dựng xã hội học tập nhân dịp sơ kết, tổng kết các giai đoạn của Đề án.",
  ["Phối hợp với Sở Giáo dục và Đào tạo", "nhân dịp sơ kết, tổng kết"],
  turns("Sở Nội vụ Hà Nội làm gì trong kế hoạch này?",
        "Sở Nội vụ chủ trì, phối hợp với các Sở, ngành tổ chức các lớp tập huấn, bồi dưỡng kiến thức, kỹ năng cho đội ngũ cán bộ công chức, viên chức, người lao động để hoàn thành các mục tiêu của Kế hoạch (mục V.3) [002_797e8de6131c77f9.txt]."))

A("follow_up", "Vậy là trước Tết Nguyên đán rồi nhỉ. Sau khi nhận báo cáo, Sở làm gì với nó?",
  [(H, "gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026 để tổng hợp, báo cáo Ủy ban nhân dân thành phố")],
  "Đúng, 15/12/2026 là trước Tết. Kế hoạch ghi các xã, phường gửi báo cáo về Sở Giáo dục và Đào tạo trước ngày 15/12/2026 để tổng hợp, báo cáo Ủy ban nhân dân thành phố theo quy định (mục V.9); Sở còn định kỳ báo cáo kết quả thực hiện Đề án và dự thảo văn bản của UBND thành phố gửi Bộ Giáo dục và Đào tạo (mục V.1).",
  ["15/12/2026", "để tổng hợp, báo cáo Ủy ban nhân dân thành phố"],
  turns("Huế: xã, phường nộp báo cáo năm hạn chót ngày nào?",
        "UBND các xã, phường định kỳ tổng hợp, gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026 (mục V.9) [000_4550be4bb11189cd.txt]."))

A("follow_up", "Thế Hội phối hợp với ai?",
  [(ML, "Phối hợp với Phòng Giáo dục và Đào tạo tham gia tuyên truyền Kế hoạch")],
  "Với Phòng Giáo dục và Đào tạo: Hội Liên hiệp Phụ nữ huyện phối hợp với Phòng Giáo dục và Đào tạo tham gia tuyên truyền Kế hoạch và lồng ghép tuyên truyền trong phong trào của Hội (mục V.9.e).",
  ["Phòng Giáo dục và Đào tạo"],
  turns("Hội Liên hiệp Phụ nữ huyện Mỹ Lộc được đề nghị làm gì?",
        "Tuyên truyền Kế hoạch, lồng ghép tuyên truyền trong phong trào \"Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc\"; vận động phụ nữ và trẻ em gái chưa biết chữ ra học lớp xóa mù chữ; đẩy mạnh \"Quỹ học bổng Hoàng Ngân\" (mục V.9.e) [001_7bafa58816a5de75.txt]."))

A("follow_up", "Same indicator, but My Loc in 2030?",
  [(ML, "60% công dân đạt danh hiệu công dân học tập.")],
  "My Loc's 2030 target is 60% of citizens holding the learning-citizen title (60% công dân đạt danh hiệu công dân học tập, item II.2.b); its 2025 milestone was 40%.",
  ["60%"],
  turns("What is Hue's 2026 target for 'learning citizens'?",
        "40% of citizens are to earn the learning-citizen title (40% công dân đạt danh hiệu công dân học tập, item II.4) [000_4550be4bb11189cd.txt]."))

A("follow_up", "Việc (a) thì ai phối hợp?",
  [(CT, "Chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện đẩy mạnh tuyên truyền về học tập suốt đời, xây dựng xã hội học tập trong lực lượng vũ trang")],
  "Bộ Chỉ huy Quân sự thành phố chủ trì, phối hợp với Sở Giáo dục và Đào tạo và Ủy ban nhân dân quận, huyện (mục V.7.a).",
  ["Sở Giáo dục và Đào tạo", "Ủy ban nhân dân quận, huyện"],
  turns("Ở Cần Thơ, Bộ Chỉ huy Quân sự gánh việc gì?",
        "a) đẩy mạnh tuyên truyền về học tập suốt đời, xây dựng xã hội học tập trong lực lượng vũ trang, cán bộ, chiến sĩ quân đội; b) chỉ đạo nâng cao trình độ, năng lực ngoại ngữ và tiếng dân tộc thiểu số cho lực lượng vũ trang (mục V.7) [003_1a817ee72b993e3e.txt]."))

A("follow_up", "Còn các trường cao đẳng trực thuộc UBND Thành phố thì có khác gì không?",
  [(HN, "13. Trường Đại học Thủ đô Hà Nội, các trường Cao đẳng trực thuộc Ủy ban nhân dân Thành phố"),
   (HN, "Triển khai trường học số, xây dựng học liệu số")],
  "Không khác: mục V.13 giao chung cho Trường Đại học Thủ đô Hà Nội và các trường Cao đẳng trực thuộc UBND Thành phố ba việc: triển khai trường học số, xây dựng học liệu số; phối hợp với Sở GD&ĐT biên soạn, số hóa tài liệu; tạo điều kiện để cán bộ, viên chức, người lao động học tập suốt đời.",
  ["các trường Cao đẳng trực thuộc", "Triển khai trường học số"],
  turns("Trường Đại học Thủ đô Hà Nội được giao gì?",
        "Triển khai trường học số, xây dựng học liệu số; phối hợp với Sở Giáo dục và Đào tạo biên soạn, số hóa tài liệu phục vụ tuyên truyền, giáo dục kiến thức cho mọi tầng lớp nhân dân; tạo điều kiện để đội ngũ trực thuộc học tập suốt đời (mục V.13) [002_797e8de6131c77f9.txt]."))

A("follow_up", "Có ngày cụ thể không, kiểu trước Tết chẳng hạn?",
  [(AL, "định kỳ báo cáo tình hình thực hiện kế hoạch gửi Phòng Giáo dục và Đào tạo tổng hợp báo cáo Ủy ban nhân dân huyện")],
  "Không. Kế hoạch An Lão chỉ ghi UBND xã, thị trấn \"định kỳ\" báo cáo tình hình thực hiện kế hoạch gửi Phòng Giáo dục và Đào tạo (mục III.9), không nêu ngày hay tháng nào.",
  ["định kỳ"],
  turns("An Lão: UBND xã báo cáo tình hình thực hiện kế hoạch gửi đi đâu?",
        "Gửi Phòng Giáo dục và Đào tạo để tổng hợp báo cáo Ủy ban nhân dân huyện (mục III.9) [004_b1b28019b71edc03.txt]."))

A("follow_up", "Chúng tôi triển khai Kế hoạch 147 rồi. Kế hoạch 2026 còn việc gì khác cho công đoàn không?",
  [(H, "Tổ chức vận động cán bộ, công chức, viên chức, người lao động, đoàn viên, hội viên và quần chúng Nhân dân tham gia, hưởng ứng học tập thường xuyên, học tập suốt đời")],
  "Mục riêng của Liên đoàn Lao động (V.8) chỉ có Kế hoạch số 147/KH-UBND. Là một đoàn thể chính trị - xã hội, Liên đoàn còn thuộc mục V.6: tổ chức vận động cán bộ, công chức, viên chức, người lao động, đoàn viên, hội viên và quần chúng Nhân dân tham gia, hưởng ứng học tập thường xuyên, học tập suốt đời, phong trào thi đua khuyến học, khuyến tài.",
  ["Tổ chức vận động", "học tập thường xuyên, học tập suốt đời"],
  turns("Liên đoàn Lao động thành phố Huế làm gì trong kế hoạch 2026?",
        "Chủ trì, phối hợp các sở, ngành, địa phương tổ chức thực hiện Kế hoạch số 147/KH-UBND ngày 17 tháng 4 năm 2023 về Chương trình \"Đẩy mạnh các hoạt động học tập suốt đời trong công nhân lao động tại các doanh nghiệp đến năm 2030\" (mục V.8) [000_4550be4bb11189cd.txt]."))

A("follow_up", "Thế còn cấp thành phố?",
  [(HN, "Thành phố được công nhận danh hiệu “Thành phố học tập”.")],
  "Đến năm 2030, Thành phố được công nhận danh hiệu \"Thành phố học tập\" (mục II.2.2.d); mốc 2025 là đăng ký danh hiệu này.",
  ["Thành phố được công nhận danh hiệu"],
  turns("Hà Nội 2030: bao nhiêu % quận, huyện, thị xã đạt danh hiệu huyện học tập?",
        "60% quận, huyện, thị xã được công nhận danh hiệu huyện học tập theo các tiêu chí do cơ quan có thẩm quyền ban hành (mục II.2.2.d) [002_797e8de6131c77f9.txt]."))

A("follow_up", "And in Can Tho?",
  [(CT, "Chỉ đạo nâng cao trình độ, năng lực ngoại ngữ và tiếng dân tộc thiểu số cho lực lượng vũ trang")],
  "In Can Tho it is the city military command (Bộ Chỉ huy Quân sự thành phố, item V.7.b): raising the foreign-language and ethnic-minority-language ability (tiếng dân tộc thiểu số) of the armed forces and soldiers.",
  ["tiếng dân tộc thiểu số"],
  turns("Mỹ Lộc: ai lo nâng cao năng lực ngoại ngữ cho lực lượng vũ trang?",
        "Công an huyện và Bộ Chỉ huy Quân sự huyện: nâng cao trình độ, năng lực ngoại ngữ cho cán bộ toàn lực lượng vũ trang trên địa bàn huyện (mục V.6) [001_7bafa58816a5de75.txt]."))

A("follow_up", "Vì sao kế hoạch muốn Hội hỗ trợ các gia đình khó khăn?",
  [(CT, "giúp các em học sinh vượt qua khó khăn, vươn lên trong cuộc sống và học tập; phấn đấu học tập ít nhất đến hết bậc trung học cơ sở")],
  "Để giúp các em học sinh vượt qua khó khăn, vươn lên trong cuộc sống và học tập, phấn đấu học tập ít nhất đến hết bậc trung học cơ sở, trung học phổ thông và giáo dục nghề nghiệp (mục V.11.d).",
  ["vượt qua khó khăn", "ít nhất đến hết bậc trung học cơ sở"],
  turns("Kế hoạch Cần Thơ đề nghị Hội Liên hiệp Phụ nữ làm gì?",
        "Chỉ đạo các cấp Hội vận động hội viên, phụ nữ cho con đi học đúng độ tuổi, không để con bỏ học; gắn với Cuộc vận động \"Xây dựng gia đình 5 không 3 sạch\"; hỗ trợ tinh thần, vật chất cho gia đình phụ nữ và trẻ em có hoàn cảnh khó khăn được đến trường (mục V.11.d) [003_1a817ee72b993e3e.txt]."))

A("follow_up", "Hà Nội 2025 thì sao?",
  [(HN, "50% số người trong độ tuổi lao động được trang bị năng lực thông tin.")],
  "Hà Nội 2025: 50% số người trong độ tuổi lao động được trang bị năng lực thông tin (mục II.2.1.b); đến 2030 là 70%.",
  ["50%"],
  turns("Chỉ tiêu cứng về năng lực công nghệ thông tin của Huế năm 2026?",
        "87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin (mục II.2) [000_4550be4bb11189cd.txt].",
        "Mỹ Lộc mốc 2025?",
        "60% số người trong độ tuổi lao động được trang bị năng lực thông tin (mục II.2.a) [001_7bafa58816a5de75.txt]."))

# ---------------------------------------------------------------- unanswerable
NO = "Các kế hoạch đã nạp (Huế 2026, Mỹ Lộc, Hà Nội, Cần Thơ 2024, An Lão 2025) không có thông tin này"

U("Ai cầm trịch kế hoạch xây dựng xã hội học tập của huyện Nam Trực?",
  "Chưa nạp kế hoạch nào của huyện Nam Trực. Trong các kế hoạch đã nạp, kế hoạch cùng tỉnh Nam Định là của huyện Mỹ Lộc; nó không nói gì về Nam Trực.",
  r"nam truc", ALL)

U("Thị xã Hương Trà giao cho phòng nào ôm việc kiện toàn trung tâm học tập cộng đồng?",
  "Chưa nạp kế hoạch nào của thị xã Hương Trà. Kế hoạch năm 2026 của thành phố Huế đã nạp không nhắc tới Hương Trà hay phòng nào của thị xã.",
  r"huong tra", ALL)

U("Huyện An Lão tỉnh Bình Định giao Phòng Giáo dục và Đào tạo việc gì về giáo dục cho con em đồng bào dân tộc thiểu số?",
  "Kế hoạch An Lão đã nạp là của huyện An Lão thuộc thành phố Hải Phòng, không phải An Lão (Bình Định), và không có nội dung về đồng bào dân tộc thiểu số. Chưa nạp kế hoạch nào của tỉnh Bình Định.",
  r"binh dinh|dan toc thieu so", [AL])

U("ha nam: chi tieu cung ve cong dan hoc tap nam 2025 la bao nhieu",
  "Chưa nạp kế hoạch nào của tỉnh Hà Nam (khác với Hà Nội). Các kế hoạch đã nạp không nêu chỉ tiêu của Hà Nam.",
  r"ha nam\b", ALL)

U("Thành phố Hải Dương ai đứng mũi chịu sào phong trào Học tập suốt đời?",
  "Chưa nạp kế hoạch nào của Hải Dương. Kế hoạch phong trào \"Học tập suốt đời\" đã nạp là của huyện An Lão (Hải Phòng), không nói tới Hải Dương.",
  r"hai duong", ALL)

U("Huyện Mỹ Hào có hạn báo cáo trước Tết không?",
  "Chưa nạp kế hoạch nào của Mỹ Hào (Hưng Yên). Kế hoạch gần tên nhất đã nạp là của huyện Mỹ Lộc (Nam Định); nó không nói gì về Mỹ Hào.",
  r"my hao", ALL)

U("Mùa hè 2026 Huế có kế hoạch mở lớp học hè cho học sinh ở trung tâm học tập cộng đồng không?",
  "Kế hoạch năm 2026 của Huế không nói gì về mùa hè hay lớp học hè. Nó chỉ yêu cầu tổ chức đa dạng hoạt động học tập tại trung tâm học tập cộng đồng trên cơ sở khảo sát nhu cầu, không nêu thời điểm.",
  r"mua he|nghi he|dip he|lop hoc he|hoc ky he", [H])

U("Dịp 20/11 năm nay, Phòng GD&ĐT Mỹ Lộc phải tổ chức hoạt động gì theo kế hoạch?",
  "Kế hoạch Mỹ Lộc không nhắc tới ngày 20/11 hay Ngày Nhà giáo Việt Nam, và không giao hoạt động nào gắn với dịp này.",
  r"20/11|20 thang 11|ngay nha giao", [ML])

U("Trước Tết Nguyên đán An Lão phải nộp báo cáo phong trào Học tập suốt đời ngày nào?",
  "Kế hoạch An Lão không ghi ngày nộp báo cáo nào; nó chỉ nói UBND xã \"định kỳ\" báo cáo và các phòng báo cáo \"theo yêu cầu\". Kế hoạch cũng không nhắc Tết.",
  r"\btet\b|nguyen dan|(bao cao|gui)[^.;]{0,80}(truoc ngay|\d{1,2}/\d{1,2}/20|\d{1,2} thang \d{1,2})", [AL])

U("Cuối năm học 2024-2025, Cần Thơ phải sơ kết kế hoạch 74 vào tháng mấy?",
  "Kế hoạch 74/KH-BCĐ chỉ nói Sở GD&ĐT tổ chức sơ kết, tổng kết các hoạt động theo quy định, không ghi tháng hay gắn với cuối năm học.",
  r"nam hoc|so ket[^.;]{0,80}(thang \d|quy [iv]|\d{1,2}/\d)", [CT])

U("Dịp Quốc khánh 2/9, Hà Nội có phát động đợt thi đua học tập suốt đời nào không?",
  "Kế hoạch của Hà Nội không nhắc dịp Quốc khánh 2/9 và không có đợt phát động nào gắn với ngày này.",
  r"quoc khanh|\b0?2/9\b|thang 9", [HN])

U("Chỉ tiêu cứng về số dòng họ học tập của Mỹ Lộc đến năm 2030 là bao nhiêu?",
  "Kế hoạch Mỹ Lộc không đặt chỉ tiêu nào về dòng họ học tập; nó chỉ yêu cầu nâng cao chất lượng đánh giá, xếp loại \"Dòng họ học tập\".",
  r"dong ho hoc tap[^.;]{0,40}\d|\d+ ?%[^.;]{0,60}dong ho", [ML])

U("Phường nào ở Huế không đạt \"Cộng đồng học tập\" mức độ 1 thì Chủ tịch UBND phường bị xử lý ra sao?",
  "Kế hoạch của Huế không quy định hình thức xử lý hay kỷ luật nào; nó chỉ nói UBND xã, phường chịu trách nhiệm về chất lượng, tính thực chất của kết quả đánh giá, công nhận.",
  r"xu ly|ky luat|khien trach|phe binh|xu phat", [H])

U("Trưởng Công an xã ở An Lão phải làm gì theo kế hoạch phong trào Học tập suốt đời?",
  "Kế hoạch An Lão không giao việc cho công an hay lực lượng vũ trang, kể cả công an xã.",
  r"cong an|quan su|luc luong vu trang", [AL])

U("Giám đốc Sở Tư pháp Cần Thơ được giao nhiệm vụ gì trong kế hoạch 74?",
  "Kế hoạch 74/KH-BCĐ của Cần Thơ không nêu Sở Tư pháp và không giao việc gì cho Sở này.",
  r"tu phap", [CT])

U("Liên minh Hợp tác xã thành phố Cần Thơ gánh phần việc nào trong kế hoạch 74?",
  "Kế hoạch 74/KH-BCĐ không nhắc Liên minh Hợp tác xã và không giao việc gì cho tổ chức này.",
  r"hop tac xa", [CT])

U("Trưởng ban Văn hóa - Xã hội HĐND thành phố Cần Thơ phải giám sát những gì theo kế hoạch này?",
  "Kế hoạch 74/KH-BCĐ không giao việc cho Ban Văn hóa - Xã hội HĐND; HĐND thành phố chỉ có trong Nơi nhận.",
  r"ban van hoa", [CT])

U("Phòng Văn hóa Khoa học và Thông tin An Lão đã phát động Bình dân học vụ số rồi; còn chỉ tiêu bao nhiêu % người dân phải tham gia?",
  "Kế hoạch An Lão không đặt chỉ tiêu phần trăm nào, kể cả cho phong trào \"Bình dân học vụ số\".",
  r"%|phan tram", [AL])

U("Sở Tài chính Huế đã bố trí kinh phí; mỗi trung tâm học tập cộng đồng được cấp bao nhiêu tiền?",
  "Kế hoạch Huế không nêu số tiền nào; mức chi được dẫn chiếu Nghị quyết số 16/2025/NQ-HĐND nhưng kế hoạch không chép mức cụ thể.",
  r"trieu|\bty\b|nghin dong|\d+ ?dong\b", [H])

U("Vì sao Huế chọn đúng con số 87% cho năng lực công nghệ thông tin?",
  "Kế hoạch Huế nêu chỉ tiêu 87% nhưng không giải thích vì sao chọn con số này.",
  r"87%[^.]{0,160}(nham|ly do|can cu)", [H])

U("Hiện Huế đã có bao nhiêu đơn vị được công nhận \"Đơn vị học tập\" cấp tỉnh?",
  "Kế hoạch Huế chỉ đặt chỉ tiêu (ít nhất 15 đơn vị), không nêu số đơn vị hiện đã được công nhận.",
  r"hien nay|den nay|da dat|da duoc cong nhan|hien co \d", [H])

U("Chỉ tiêu năm 2027 của Cần Thơ về trung tâm học tập cộng đồng ứng dụng công nghệ thông tin?",
  "Kế hoạch 74/KH-BCĐ chỉ đặt chỉ tiêu cho năm 2024; không có chỉ tiêu năm 2027.",
  r"2027", [CT])

U("Huế đặt chỉ tiêu công dân học tập cho năm 2030 là bao nhiêu?",
  "Kế hoạch của Huế là kế hoạch năm 2026 và chỉ đặt chỉ tiêu 2026 (40%); năm 2030 chỉ xuất hiện trong tên các chương trình, không kèm chỉ tiêu.",
  r"2030[^.;]{0,60}\d+ ?%|\d+ ?%[^.;]{0,80}2030", [H])

U("Ban Dân tộc huyện An Lão làm gì trong kế hoạch?",
  "Kế hoạch An Lão không nhắc Ban Dân tộc hay công tác dân tộc.",
  r"dan toc", [AL])

U("Nếu Đoàn thanh niên Hà Nội không gây quỹ đủ thì bị xử lý thế nào?",
  "Kế hoạch của Hà Nội không quy định chế tài hay xử lý nào đối với Đoàn thanh niên; nó chỉ nêu việc vận động gây quỹ, không có mức quỹ.",
  r"xu ly|ky luat|khien trach|xu phat", [HN])

U("Ai ôm việc chấm điểm, xếp hạng các trung tâm học tập cộng đồng ở An Lão, theo thang điểm nào?",
  "Kế hoạch An Lão không nói đến chấm điểm, xếp hạng hay thang điểm cho trung tâm học tập cộng đồng.",
  r"cham diem|xep hang|thang diem|xep loai", [AL])

U("Trung tâm GDNN-GDTX huyện Mỹ Lộc đã mở lớp tin học; kế hoạch còn giao chỉ tiêu bao nhiêu lớp nữa?",
  "Kế hoạch Mỹ Lộc không giao chỉ tiêu số lớp nào cho Trung tâm GDNN-GDTX; trung tâm này chỉ có trong Nơi nhận.",
  r"\d+ lop|so lop", [ML])

U("What does Nam Dinh province's Plan 145 set as its 2025 targets?",
  "Plan 145/KH-UBND of Nam Định province is only cited as the basis of My Loc's plan; it is not loaded, and its targets are not quoted.",
  r"145/kh[^.]{0,200}\d+ ?%", [ML])

U("How many commune librarians will My Loc train during summer 2026?",
  "My Loc's plan sets no number of people to train, does not mention librarians, and says nothing about summer.",
  r"thu thu|mua he|\d+ (nguoi|can bo)", [ML])

U("Which day before Tet must Can Tho's districts submit their yearly report?",
  "Can Tho's Plan 74 sets no reporting date at all and does not mention Tet.",
  r"\btet\b|bao cao[^.;]{0,60}(truoc ngay|truoc \d|thang \d{1,2}\b)", [CT])

U("Mỗi trung tâm được cấp bao nhiêu biên chế?",
  "Kế hoạch Huế không nêu biên chế hay số người làm việc ở trung tâm học tập cộng đồng.",
  r"bien che|\d+ (nguoi|can bo|vien chuc)", [H],
  turns("Ai cầm trịch việc kiện toàn trung tâm học tập cộng đồng ở Huế?",
        "UBND các xã, phường rà soát, củng cố, kiện toàn hệ thống trung tâm học tập cộng đồng, bảo đảm mỗi xã, phường có ít nhất một trung tâm (mục V.9); mục III.5 đặt hạn hoàn thành trong Quý II năm 2026 [000_4550be4bb11189cd.txt]."))

U("Còn mốc 2035?",
  "Kế hoạch Hà Nội chỉ đặt chỉ tiêu cho mốc 2025 và 2030 (tầm nhìn 2045 không kèm chỉ tiêu); không có mốc 2035.",
  r"2035", [HN],
  turns("Hà Nội 2030: bao nhiêu % đơn vị được công nhận là đơn vị học tập?",
        "70% đơn vị được công nhận là đơn vị học tập (mục II.2.2.d) [002_797e8de6131c77f9.txt]."))

U("Năm 2025 thì Cần Thơ đặt bao nhiêu?",
  "Kế hoạch 74/KH-BCĐ chỉ có chỉ tiêu năm 2024; không có chỉ tiêu năm 2025.",
  r"2025", [CT],
  turns("Cần Thơ 2024: bao nhiêu % trung tâm học tập cộng đồng ứng dụng công nghệ thông tin?",
        "Phấn đấu đạt tỷ lệ 90% trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục (mục II.2.b) [003_1a817ee72b993e3e.txt]."))

U("Phòng đã làm đủ các việc đó; vậy hạn chót nộp báo cáo cho UBND huyện là ngày nào?",
  "Kế hoạch An Lão không ghi ngày nộp báo cáo; Phòng Văn hóa Khoa học và Thông tin cũng không có hạn nào riêng.",
  r"(bao cao|gui)[^.;]{0,80}(truoc ngay|\d{1,2}/\d{1,2}/20|\d{1,2} thang \d{1,2})|han chot|thoi han", [AL],
  turns("Phòng Văn hóa Khoa học và Thông tin An Lão được giao gì?",
        "Chủ trì tham mưu cơ chế thúc đẩy khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số; chủ trì tham mưu phong trào \"Bình dân học vụ số\"; củng cố thiết chế văn hóa, mô hình \"thư viện số\"; phối hợp xây dựng chuyên đề, hội thảo, cuộc thi học lịch sử, văn hóa (mục III.3) [004_b1b28019b71edc03.txt]."))
