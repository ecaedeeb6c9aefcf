"""Questions of set 65 (five bundled plans). H Huế 2026, M Mỹ Lộc, N Hà Nội, C Cần Thơ 74/KH-BCĐ, A An Lão."""

DOCS = {"H": "000_4550be4bb11189cd.txt", "M": "001_7bafa58816a5de75.txt", "N": "002_797e8de6131c77f9.txt",
        "C": "003_1a817ee72b993e3e.txt", "A": "004_b1b28019b71edc03.txt"}
ALL = "ALL"

QUESTIONS = []


def Q(t, q, ev, a, k, h=None):
    QUESTIONS.append({"t": t, "q": q, "ev": ev, "a": a, "k": k, "h": h or []})


def U(q, probe, about, a, h=None):
    QUESTIONS.append({"t": "unanswerable", "q": q, "ev": [], "a": a, "k": [], "h": h or [], "p": (probe, about)})


# ---------------------------------------------------------------- agency_tasks
Q("agency_tasks",
  "Xã tôi ở Huế đang lúng túng chuyện đánh giá trung tâm học tập cộng đồng. Theo kế hoạch năm 2026 thì nên hỏi cơ quan nào, và đánh giá theo văn bản nào?",
  [("H", "Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với Hội Khuyến học thành phố và các sở, ban, ngành liên quan tổ chức kiểm tra, giám sát công tác xây dựng xã hội học tập và hoạt động của các trung tâm học tập cộng đồng"),
   ("H", "Công văn số 2553/BGDĐT-GDTX ngày 18 tháng 4 năm 2013 của Bộ Giáo dục và Đào tạo về đánh giá trung tâm học tập cộng đồng"),
   ("H", "Công văn số 59/SGDĐT-GDCN-GDTX ngày 12 tháng 01 năm 2017 của Sở Giáo dục và Đào tạo về hướng dẫn đánh giá trung tâm học tập cộng đồng")],
  "Nên hỏi Sở Giáo dục và Đào tạo: mục III.7 giao Sở chủ trì, phối hợp với Hội Khuyến học thành phố kiểm tra, giám sát hoạt động của các trung tâm học tập cộng đồng tại các xã, phường. Việc đánh giá trung tâm làm theo Công văn số 2553/BGDĐT-GDTX ngày 18/4/2013 của Bộ Giáo dục và Đào tạo và Công văn số 59/SGDĐT-GDCN-GDTX ngày 12/01/2017 của Sở Giáo dục và Đào tạo hướng dẫn đánh giá trung tâm học tập cộng đồng (mục III.5).",
  ["Sở Giáo dục và Đào tạo", "2553/BGDĐT-GDTX", "59/SGDĐT-GDCN-GDTX"])
Q("agency_tasks",
  "Trung tâm học tập cộng đồng xã tôi thuộc huyện Mỹ Lộc cần người hướng dẫn để đẩy mạnh hoạt động. Kế hoạch giao việc hướng dẫn đó cho ai?",
  [("M", "b) Hội Khuyến học huyện"),
   ("M", "Phối hợp với Phòng Giáo dục và Đào tạo, Phòng Văn hóa, Thể thao và Du lịch hướng dẫn đẩy mạnh hoạt động của các Trung tâm Học tập cộng đồng")],
  "Theo mục V.9.b, Hội Khuyến học huyện phối hợp với Phòng Giáo dục và Đào tạo, Phòng Văn hóa, Thể thao và Du lịch hướng dẫn đẩy mạnh hoạt động của các Trung tâm Học tập cộng đồng. Xã có thể hỏi Hội Khuyến học huyện hoặc hai phòng này.",
  ["Hội Khuyến học huyện", "Phòng Văn hóa, Thể thao và Du lịch"])
Q("agency_tasks",
  "Dự thảo báo cáo của tôi viết: \"Sở Văn hóa và Thể thao chủ trì triển khai Kế hoạch số 147/KH-UBND về học tập suốt đời trong công nhân lao động.\" Sửa giúp câu này cho đúng với kế hoạch năm 2026 của Huế.",
  [("H", "8. Liên đoàn Lao động thành phố"),
   ("H", "tổ chức thực hiện Kế hoạch số 147/KH-UBND ngày 17 tháng 4 năm 2023"),
   ("H", "triển khai thực hiện Kế hoạch số 288/KH-UBND ngày 25 tháng 8 năm 2023")],
  "Câu đúng: \"Liên đoàn Lao động thành phố chủ trì, phối hợp các sở, ngành, địa phương tổ chức thực hiện Kế hoạch số 147/KH-UBND ngày 17/4/2023 về Chương trình đẩy mạnh các hoạt động học tập suốt đời trong công nhân lao động tại các doanh nghiệp\" (mục V.8). Sở Văn hóa và Thể thao chủ trì một kế hoạch khác: Kế hoạch số 288/KH-UBND ngày 25/8/2023 về học tập suốt đời trong thư viện, bảo tàng, trung tâm văn hóa (mục V.2).",
  ["Liên đoàn Lao động thành phố", "147/KH-UBND", "288/KH-UBND"])
Q("agency_tasks",
  "Trong công văn nháp tôi ghi: \"Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức lớp xóa mù chữ cho phạm nhân\". Viết lại câu đó cho khớp với Kế hoạch 74/KH-BCĐ của Cần Thơ.",
  [("C", "8. Công an thành phố"),
   ("C", "tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân và học viên trong các trại giam"),
   ("C", "nhân rộng các mô hình học tập suốt đời trong thư viện, bảo tàng, nhà văn hóa, câu lạc bộ")],
  "Viết lại: \"Công an thành phố chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân và học viên trong các trại giam, trại tạm giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng (nếu có)\" (mục V.8). Sở Văn hóa, Thể thao và Du lịch được giao việc khác: nhân rộng các mô hình học tập suốt đời trong thư viện, bảo tàng, nhà văn hóa, câu lạc bộ (mục V.5).",
  ["Công an thành phố", "trại viên, phạm nhân", "thư viện, bảo tàng, nhà văn hóa, câu lạc bộ"])
Q("agency_tasks",
  "Mình là bí thư đoàn một xã ở Mỹ Lộc, trong kế hoạch của huyện thì Đoàn được giao làm j vậy?",
  [("M", "c) Đoàn TNCS Hồ Chí Minh huyện"),
   ("M", "xây dựng xã hội học tập thông qua các phong trào hành động cách mạng của thanh niên"),
   ("M", "vận động gây quỹ hỗ trợ thanh niên có hoàn cảnh khó khăn tham gia học tập")],
  "Mục V.9.c giao Đoàn TNCS Hồ Chí Minh huyện: tổ chức phối hợp, lồng ghép các hoạt động tuyên truyền về học tập suốt đời, xây dựng xã hội học tập thông qua các phong trào hành động cách mạng của thanh niên, các phong trào thi đua học tập, nghiên cứu khoa học, lao động sáng tạo trong thanh niên; vận động gây quỹ hỗ trợ thanh niên có hoàn cảnh khó khăn tham gia học tập. (Kế hoạch giao cho Đoàn cấp huyện; đoàn xã thực hiện theo chỉ đạo của huyện đoàn.)",
  ["Đoàn TNCS Hồ Chí Minh huyện", "phong trào hành động cách mạng của thanh niên", "gây quỹ hỗ trợ thanh niên có hoàn cảnh khó khăn"])
Q("agency_tasks",
  "Xã chúng tôi ở An Lão cần được hướng dẫn triển khai phong trào \"Bình dân học vụ số\". Ở cấp huyện, phòng nào là nơi tham mưu việc này để chúng tôi hỏi?",
  [("A", "3. Phòng Văn hóa Khoa học và Thông tin"),
   ("A", "Chủ trì tham mưu triển khai phong trào “Bình dân học vụ số” trong toàn dân trên địa bàn huyện")],
  "Hỏi Phòng Văn hóa Khoa học và Thông tin: mục III.3 giao phòng này \"Chủ trì tham mưu triển khai phong trào “Bình dân học vụ số” trong toàn dân trên địa bàn huyện\", cùng với tham mưu thúc đẩy khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số.",
  ["Phòng Văn hóa Khoa học và Thông tin", "Bình dân học vụ số"])
Q("agency_tasks",
  "Bản tóm tắt của phòng tôi ghi \"Sở Thông tin và Truyền thông Hà Nội chủ trì các hoạt động văn hóa đọc trong cộng đồng\". Câu này có phải sửa không? Sửa giúp tôi.",
  [("N", "Phối hợp với Sở Văn hóa và Thể thao, Sở Giáo dục và Đào tạo, các cơ quan liên quan tổ chức hiệu quả các hoạt động nhằm triển khai văn hóa đọc trong cộng đồng")],
  "Cần sửa chữ \"chủ trì\". Mục V.5 giao Sở Thông tin và Truyền thông \"Phối hợp với Sở Văn hóa và Thể thao, Sở Giáo dục và Đào tạo, các cơ quan liên quan tổ chức hiệu quả các hoạt động nhằm triển khai văn hóa đọc trong cộng đồng\". Câu sửa: \"Sở Thông tin và Truyền thông phối hợp với Sở Văn hóa và Thể thao, Sở Giáo dục và Đào tạo tổ chức các hoạt động triển khai văn hóa đọc trong cộng đồng.\" Kế hoạch không ghi cơ quan nào chủ trì việc này.",
  ["Phối hợp với Sở Văn hóa và Thể thao", "văn hóa đọc"])
Q("agency_tasks",
  "Hội Người cao tuổi phường tôi ở Cần Thơ muốn tập huấn cho hội viên về khuyến học. Theo kế hoạch thì ai hướng dẫn các cấp Hội làm việc này?",
  [("C", "12. Đề nghị Hội Người cao tuổi thành phố"),
   ("C", "Hướng dẫn các cấp Hội phối hợp tổ chức tuyên truyền, tập huấn cho cán bộ, nhà giáo, hội viên các Hội nắm vững chủ trương và các biện pháp triển khai khuyến học, khuyến tài, xây dựng xã hội học tập")],
  "Mục V.12 đề nghị Hội Người cao tuổi thành phố \"Hướng dẫn các cấp Hội phối hợp tổ chức tuyên truyền, tập huấn cho cán bộ, nhà giáo, hội viên các Hội\" về khuyến học, khuyến tài, xây dựng xã hội học tập. Hội ở phường nên hỏi Hội Người cao tuổi thành phố.",
  ["Hội Người cao tuổi thành phố", "tập huấn"])
Q("agency_tasks",
  "Kính gửi anh/chị. Tôi là công chức văn hóa - xã hội của một phường ở Huế, mới nhận nhiệm vụ theo dõi xây dựng xã hội học tập sau khi phường được sắp xếp lại. Lãnh đạo giao tôi rà lại kế hoạch năm 2026 của thành phố. Xin hỏi: Ủy ban nhân dân các xã, phường phải làm những việc gì?",
  [("H", "bảo đảm mỗi xã, phường có ít nhất một trung tâm học tập cộng đồng hoạt động hiệu quả"),
   ("H", "chịu trách nhiệm cân đối, bố trí ngân sách địa phương và huy động các nguồn kinh phí hợp pháp khác"),
   ("H", "gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026"),
   ("H", "Tổ chức đánh giá, đề nghị công nhận các mô hình học tập và trung tâm học tập cộng đồng theo đúng quy định hiện hành")],
  "Mục V.9 giao Ủy ban nhân dân các xã, phường: xây dựng và triển khai kế hoạch tại địa phương, chịu trách nhiệm cân đối, bố trí ngân sách địa phương và huy động các nguồn kinh phí hợp pháp khác; phát triển các mô hình học tập, ngành nghề đào tạo; rà soát, kiện toàn, bảo đảm mỗi xã, phường có ít nhất một trung tâm học tập cộng đồng hoạt động hiệu quả; tổ chức đánh giá, đề nghị công nhận các mô hình học tập và trung tâm học tập cộng đồng; kiểm tra, giám sát và gửi báo cáo kết quả về Sở Giáo dục và Đào tạo trước ngày 15/12/2026.",
  ["ít nhất một trung tâm học tập cộng đồng", "15/12/2026", "cân đối, bố trí ngân sách địa phương"])
Q("agency_tasks",
  "Dự thảo của tôi ghi: \"Phòng Giáo dục và Đào tạo chủ trì khảo sát, đánh giá chất lượng đội ngũ cán bộ, công chức, viên chức.\" Sửa giúp cho đúng với kế hoạch của huyện An Lão.",
  [("A", "2. Phòng Nội vụ"),
   ("A", "Chủ trì tham mưu khảo sát, đánh giá tình hình, chất lượng đội ngũ cán bộ, công chức, viên chức")],
  "Việc này là của Phòng Nội vụ (mục III.2): \"Chủ trì tham mưu khảo sát, đánh giá tình hình, chất lượng đội ngũ cán bộ, công chức, viên chức\". Câu sửa: \"Phòng Nội vụ chủ trì tham mưu khảo sát, đánh giá tình hình, chất lượng đội ngũ cán bộ, công chức, viên chức.\"",
  ["Phòng Nội vụ", "khảo sát, đánh giá tình hình"])
Q("agency_tasks",
  "Trong tờ trình có câu \"Công an huyện Mỹ Lộc nâng cao trình độ tin học cho cán bộ lực lượng vũ trang\". Sửa lại giúp tôi theo đúng kế hoạch.",
  [("M", "6. Công an huyện, Bộ Chỉ huy Quân sự huyện"),
   ("M", "Nâng cao trình độ, năng lực ngoại ngữ cho cán bộ toàn lực lượng vũ trang trên địa bàn huyện")],
  "Mục V.6 giao chung cho Công an huyện, Bộ Chỉ huy Quân sự huyện, và nội dung là ngoại ngữ chứ không phải tin học. Câu sửa: \"Công an huyện, Bộ Chỉ huy Quân sự huyện nâng cao trình độ, năng lực ngoại ngữ cho cán bộ toàn lực lượng vũ trang trên địa bàn huyện.\"",
  ["Bộ Chỉ huy Quân sự huyện", "ngoại ngữ"])
Q("agency_tasks",
  "Tôi công tác ở Trường Đại học Thủ đô Hà Nội. Kế hoạch của Thành phố giao trường tôi những việc gì?",
  [("N", "13. Trường Đại học Thủ đô Hà Nội, các trường Cao đẳng trực thuộc Ủy ban nhân dân Thành phố"),
   ("N", "Triển khai trường học số, xây dựng học liệu số để nâng cao năng lực hoạt động"),
   ("N", "Phối hợp với Sở Giáo dục và Đào tạo tổ chức biên soạn, số hóa tài liệu phục vụ hoạt động tuyên truyền")],
  "Mục V.13 giao Trường Đại học Thủ đô Hà Nội và các trường cao đẳng trực thuộc UBND Thành phố: triển khai trường học số, xây dựng học liệu số; phối hợp với Sở Giáo dục và Đào tạo tổ chức biên soạn, số hóa tài liệu phục vụ tuyên truyền, giáo dục kiến thức cho mọi tầng lớp nhân dân; tạo điều kiện để cán bộ, công chức, viên chức, người lao động trực thuộc được học tập suốt đời.",
  ["trường học số", "học liệu số", "biên soạn, số hóa tài liệu"])
Q("agency_tasks",
  "Xin hỏi: Ban Tuyên giáo Thành ủy Cần Thơ được đề nghị hướng dẫn, kiểm tra gì theo KH 74? Cơ quan tôi cần hỏi họ về cách tuyên truyền.",
  [("C", "Đề nghị Ban Tuyên giáo Thành ủy chủ trì, phối hợp với Sở Giáo dục và Đào tạo và các cơ quan liên quan thường xuyên hướng dẫn, kiểm tra, đôn đốc và tổ chức triển khai thực hiện Kế hoạch"),
   ("C", "Chỉ đạo các cơ quan báo chí, tăng cường công tác tuyên truyền, định hướng phát triển")],
  "Mục V.10: Ban Tuyên giáo Thành ủy được đề nghị chủ trì, phối hợp với Sở Giáo dục và Đào tạo thường xuyên hướng dẫn, kiểm tra, đôn đốc và tổ chức triển khai thực hiện Kế hoạch, và chỉ đạo các cơ quan báo chí tăng cường công tác tuyên truyền, định hướng phát triển. Về tuyên truyền, đây đúng là nơi để hỏi.",
  ["hướng dẫn, kiểm tra, đôn đốc", "Chỉ đạo các cơ quan báo chí"])
Q("agency_tasks",
  "Phòng Giáo dục và Đào tạo huyện An Lão có phải đưa kết quả mô hình học tập vào tiêu chí đánh giá ai không? Tôi đang soạn tiêu chí đánh giá cuối năm.",
  [("A", "vào tiêu chí của Ủy ban nhân dân huyện đánh giá người đứng đầu các phòng, ban, ngành hằng năm")],
  "Có. Mục III.1 giao Phòng Giáo dục và Đào tạo nghiên cứu tham mưu đưa kết quả triển khai mô hình \"Công dân học tập\", \"Đơn vị học tập\" trong cơ quan, đơn vị và xây dựng mô hình \"Cộng đồng học tập\" vào tiêu chí của Ủy ban nhân dân huyện đánh giá người đứng đầu các phòng, ban, ngành hằng năm.",
  ["người đứng đầu các phòng, ban, ngành hằng năm"])

# ---------------------------------------------------------------- target
Q("target",
  "Slide báo cáo của tôi ghi \"Năm 2026 Huế phấn đấu 80% người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin\". Sửa lại giúp cho đúng kế hoạch.",
  [("H", "87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin."),
   ("H", "80% số người trong độ tuổi lao động được trang bị kỹ năng sống.")],
  "Sửa con số: kế hoạch đặt 87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin (mục II.2). Con số 80% là chỉ tiêu kỹ năng sống. Câu đúng: \"Năm 2026, 87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin; 80% được trang bị kỹ năng sống.\"",
  ["87%", "80%"])
Q("target",
  "Báo cáo nháp của xã tôi viết: \"Đến năm 2025, 60% công dân huyện Mỹ Lộc đạt danh hiệu công dân học tập.\" Sửa giúp.",
  [("M", "40% công dân đạt danh hiệu công dân học tập theo tiêu chí do cơ quan có thẩm quyền ban hành"),
   ("M", "60% công dân đạt danh hiệu công dân học tập.")],
  "Mục tiêu đến năm 2025 là 40% công dân đạt danh hiệu công dân học tập theo tiêu chí do cơ quan có thẩm quyền ban hành; 60% là mục tiêu đến năm 2030 (mục II.2.a và II.2.b). Câu sửa: \"Đến năm 2025, 40% công dân huyện Mỹ Lộc đạt danh hiệu công dân học tập (đến năm 2030: 60% công dân đạt danh hiệu công dân học tập).\"",
  ["40%", "60% công dân đạt danh hiệu công dân học tập"])
Q("target",
  "Câu trong dự thảo: \"Năm 2024 Cần Thơ phấn đấu 80% đơn vị được công nhận Đơn vị học tập\". Sửa giúp tôi với.",
  [("C", "Phần đầu đạt tỷ lệ 55,55% đơn vị được đánh giá, công nhận theo mức độ “Đơn vị học tập” cấp huyện, cấp thành phố"),
   ("C", "Phần đầu đạt tỷ lệ 80% đơn vị được đánh giá, công nhận theo mức độ “Cộng đồng học tập” cấp xã, huyện, thành phố")],
  "Với \"Đơn vị học tập\" cấp huyện, cấp thành phố, kế hoạch ghi tỷ lệ 55,55% (\"Phần đầu\", tức phấn đấu). Con số 80% là của \"Cộng đồng học tập\" cấp xã, huyện, thành phố (mục II.2.b). Câu sửa: \"Năm 2024 Cần Thơ phấn đấu 55,55% đơn vị được đánh giá, công nhận theo mức độ Đơn vị học tập và 80% theo mức độ Cộng đồng học tập.\"",
  ["55,55%", "80%"])
Q("target",
  "Đề cương tuyên truyền của quận tôi viết \"đến 2030 Hà Nội có 90% trường công lập đạt chuẩn quốc gia\". Câu này sai chỗ nào?",
  [("N", "85-90% trường công lập đạt chuẩn quốc gia.")],
  "Kế hoạch đặt khoảng giá trị chứ không phải một con số: đến năm 2030, \"85-90% trường công lập đạt chuẩn quốc gia\" (mục II.2.2.b). Nên viết \"85-90%\" thay cho \"90%\" (năm 2025 là 80-85%).",
  ["85-90%"])
Q("target",
  "Tôi là người mới biết chữ ở một xã ngoại thành Hà Nội. Kế hoạch của Thành phố đặt mục tiêu gì cho những người như tôi?",
  [("N", "95% số người mới biết chữ tiếp tục học tập và không tái mù chữ."),
   ("N", "96% số người mới biết chữ tiếp tục học tập và không tái mù chữ.")],
  "Kế hoạch đặt mục tiêu 95% số người mới biết chữ tiếp tục học tập và không tái mù chữ đến năm 2025, và 96% đến năm 2030 (mục II.2.1.a và II.2.2.a). Mục III.8 cũng nêu củng cố kết quả xoá mù chữ, chống tái mù.",
  ["95%", "96%"])
Q("target",
  "Kế hoạch thi đua của sở tôi ghi \"Huế năm 2026 có ít nhất 05 đơn vị được công nhận Đơn vị học tập cấp tỉnh mức độ 1\". Đúng không, nếu sai thì sửa giúp.",
  [("H", "Có ít nhất 15 đơn vị được công nhận “Đơn vị học tập” cấp tỉnh mức độ 1, trong đó có ít nhất 05 đơn vị đạt mức độ 2.")],
  "Chưa đúng. Mục II.4 ghi: \"Có ít nhất 15 đơn vị được công nhận 'Đơn vị học tập' cấp tỉnh mức độ 1, trong đó có ít nhất 05 đơn vị đạt mức độ 2.\" Con số 05 là số đơn vị đạt mức độ 2; mức độ 1 là ít nhất 15.",
  ["ít nhất 15", "mức độ 2"])
Q("target",
  "Kính gửi Ban biên tập. Tôi đang hoàn thiện báo cáo chuyên đề về trung tâm học tập cộng đồng cho huyện Mỹ Lộc, phần số liệu mục tiêu còn thiếu. Nhờ cho biết chỉ tiêu năm 2030 về trung tâm học tập cộng đồng ứng dụng công nghệ thông tin của huyện.",
  [("M", "90% các Trung tâm Học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục."),
   ("M", "70% các Trung tâm Học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục.")],
  "Đến năm 2030: 90% các Trung tâm Học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục (mục II.2.b). Để so sánh, mốc năm 2025 là 70% (mục II.2.a).",
  ["90%", "70%"])
Q("target",
  "Năm 2024 Cần Thơ đặt bao nhiêu phần trăm quận, huyện đạt phổ cập THCS mức độ 3?",
  [("C", "100% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 2; phần đầu có 66% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3.")],
  "Kế hoạch ghi 100% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 2, và \"phần đầu\" (phấn đấu) có 66% quận, huyện đạt mức độ 3 (mục II.2.a).",
  ["66%", "mức độ 3"])
Q("target",
  "Tôi là công nhân ở Hà Nội, chưa có chứng chỉ nghề gì. Kế hoạch có chỉ tiêu nào về lao động được đào tạo và có bằng cấp, chứng chỉ không?",
  [("N", "75-80% lao động được qua đào tạo, trong đó lao động có bằng cấp, chứng chỉ đạt 55-60%."),
   ("N", "80-85% lao động được qua đào tạo, trong đó lao động có bằng cấp, chứng chỉ đạt trên 60%.")],
  "Có. Đến năm 2025: 75-80% lao động được qua đào tạo, trong đó lao động có bằng cấp, chứng chỉ đạt 55-60%. Đến năm 2030: 80-85% lao động được qua đào tạo, trong đó có bằng cấp, chứng chỉ đạt trên 60% (mục II.2.1.b và II.2.2.b).",
  ["75-80%", "55-60%", "trên 60%"])
Q("target",
  "Bài viết của tôi có câu: \"Năm 2026, 40% dân số Huế từ 15 tuổi trở lên có trình độ đại học trở lên.\" Sửa giúp.",
  [("H", "40% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó có 15% dân số có trình độ đại học trở lên.")],
  "40% là tỷ lệ dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật; trong đó 15% dân số có trình độ đại học trở lên (mục II.2). Câu sửa: \"Năm 2026, 40% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó 15% có trình độ đại học trở lên.\"",
  ["15%", "trình độ chuyên môn kỹ thuật"])
Q("target",
  "Con tôi 4 tuổi, nhà ở Mỹ Lộc. Kế hoạch của huyện có mục tiêu phổ cập mầm non cho trẻ 4 tuổi không?",
  [("M", "đảm bảo điều kiện về cơ sở vật chất để triển khai phổ cập giáo dục cho trẻ mầm non 04 tuổi"),
   ("M", "phấn đấu thực hiện phổ cập giáo dục mầm non cho trẻ em 04 tuổi")],
  "Có, theo lộ trình: đến năm 2025 là đảm bảo điều kiện về cơ sở vật chất để triển khai phổ cập giáo dục cho trẻ mầm non 04 tuổi; đến năm 2030 là \"phấn đấu thực hiện phổ cập giáo dục mầm non cho trẻ em 04 tuổi\" (mục II.2.a và II.2.b). Phổ cập bắt buộc hiện là cho trẻ 05 tuổi.",
  ["04 tuổi", "phấn đấu"])
Q("target",
  "Tài liệu hội nghị ghi \"Hà Nội 2025: 70% đơn vị được công nhận là đơn vị học tập\". Câu đó có khớp không? Sửa lại giúp.",
  [("N", "50% đơn vị được công nhận là đơn vị học tập;"),
   ("N", "70% đơn vị được công nhận là đơn vị học tập;")],
  "Không khớp: 70% là mục tiêu năm 2030. Đến năm 2025 kế hoạch ghi \"50% đơn vị được công nhận là đơn vị học tập\" (mục II.2.1.d); đến năm 2030 là \"70% đơn vị được công nhận là đơn vị học tập\" (mục II.2.2.d).",
  ["50% đơn vị", "70% đơn vị"])

# ---------------------------------------------------------------- deadline
Q("deadline",
  "Từ nay đến hết tháng 12/2026, UBND phường ở Huế còn hạn nào phải nộp theo kế hoạch năm 2026?",
  [("H", "gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026")],
  "Còn một hạn: định kỳ tổng hợp, gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026 để Sở tổng hợp, báo cáo Ủy ban nhân dân thành phố (mục V.9).",
  ["15/12/2026", "Sở Giáo dục và Đào tạo"])
Q("deadline",
  "Trong tháng 11 và tháng 12 hằng năm, kế hoạch của huyện Mỹ Lộc có những mốc báo cáo nào?",
  [("M", "trước ngày 30 tháng 11 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo"),
   ("M", "định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo"),
   ("M", "báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm")],
  "Có ba mốc: trước ngày 30 tháng 11 hằng năm gửi báo cáo kết quả kiểm tra, giám sát về Phòng Giáo dục và Đào tạo (mục III.8); UBND các xã, thị trấn gửi báo cáo về Phòng Giáo dục và Đào tạo trước ngày 10 tháng 12 hằng năm (mục V.11.d); Phòng Giáo dục và Đào tạo tổng hợp, báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm (mục V.1.e).",
  ["30 tháng 11", "10 tháng 12", "15 tháng 12"])
Q("deadline",
  "Trong nửa đầu năm 2026, kế hoạch của Huế có việc nào phải xong theo một hạn cụ thể?",
  [("H", "bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn thành trong Quý II năm 2026")],
  "Có: rà soát, củng cố, kiện toàn hệ thống trung tâm học tập cộng đồng, bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn thành trong Quý II năm 2026 (mục III.5).",
  ["Quý II năm 2026", "ít nhất một trung tâm"])
Q("deadline",
  "Trong lịch công tác, tôi ghi \"Sở GD&ĐT Hà Nội báo cáo UBND Thành phố 6 tháng một lần\". Sửa giúp cho đúng kế hoạch.",
  [("N", "Chủ trì tổ chức kiểm tra, giám sát, đánh giá, tổng hợp, báo cáo hằng năm"),
   ("N", "báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo để tổng hợp)")],
  "Kế hoạch không ghi báo cáo 6 tháng. Sở Giáo dục và Đào tạo \"chủ trì tổ chức kiểm tra, giám sát, đánh giá, tổng hợp, báo cáo hằng năm\" (mục V.1); các sở, ngành, quận, huyện định kỳ hàng năm tổng hợp kết quả, báo cáo UBND Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo). Câu sửa: \"Sở GD&ĐT tổng hợp, báo cáo hằng năm; hạn báo cáo UBND Thành phố trước ngày 01 tháng 12.\"",
  ["báo cáo hằng năm", "01 tháng 12"])
Q("deadline",
  "Ở huyện Mỹ Lộc, những việc nào kế hoạch ghi là phải làm hằng năm?",
  [("M", "e) Tổ chức hiệu quả Tuần lễ hưởng ứng học tập suốt đời và Ngày sách và văn hóa đọc Việt Nam hằng năm."),
   ("M", "Ban chỉ đạo xây dựng xã hội học tập các cấp xây dựng kế hoạch kiểm tra, giám sát việc thực hiện kế hoạch xây dựng xã hội học tập hàng năm"),
   ("M", "trước ngày 30 tháng 11 hằng năm"),
   ("M", "Xây dựng kế hoạch thực hiện hằng năm và từng giai đoạn")],
  "Các việc hằng năm gồm: tổ chức Tuần lễ hưởng ứng học tập suốt đời và Ngày sách và văn hóa đọc Việt Nam (III.1.e); Ban chỉ đạo các cấp xây dựng kế hoạch kiểm tra, giám sát hàng năm và gửi báo cáo trước ngày 30 tháng 11 (III.8); lập dự toán kinh phí hằng năm (IV.1); Phòng GD&ĐT xét tặng gương tiêu biểu và báo cáo UBND huyện trước 15 tháng 12 (V.1); UBND xã, thị trấn xây dựng kế hoạch thực hiện hằng năm và từng giai đoạn và báo cáo trước 10 tháng 12 (V.11).",
  ["Tuần lễ hưởng ứng học tập suốt đời", "kế hoạch kiểm tra, giám sát", "30 tháng 11", "kế hoạch thực hiện hằng năm"])
Q("deadline",
  "Ở An Lão, việc nào được ghi là làm hằng năm hoặc định kỳ?",
  [("A", "Chủ trì tổng hợp kết quả thực hiện phong trào “Học tập suốt đời’, lồng ghép với kết quả xây dựng xã hội học tập trên địa bàn huyện, hằng năm"),
   ("A", "định kỳ báo cáo tình hình thực hiện kế hoạch gửi Phòng Giáo dục và Đào tạo tổng hợp báo cáo Ủy ban nhân dân huyện"),
   ("A", "Tổng hợp dự toán hàng năm, bố trí và phân bổ ngân sách theo kế hoạch")],
  "Kế hoạch An Lão không có ngày cụ thể, chỉ ghi chu kỳ: Phòng Giáo dục và Đào tạo chủ trì tổng hợp kết quả phong trào \"Học tập suốt đời\" hằng năm và tham mưu tiêu chí đánh giá người đứng đầu hằng năm (III.1); UBND xã, thị trấn định kỳ báo cáo gửi Phòng Giáo dục và Đào tạo, và tổng hợp dự toán hàng năm, bố trí và phân bổ ngân sách (III.9).",
  ["hằng năm", "định kỳ báo cáo", "Tổng hợp dự toán hàng năm"])
Q("deadline",
  "Quý II/2026 đã qua rồi. Vậy trong quý IV/2026 kế hoạch Huế còn việc gì có hạn?",
  [("H", "định kỳ tổng hợp, gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026")],
  "Trong quý IV/2026 chỉ có hạn của UBND các xã, phường: định kỳ tổng hợp, gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026 (mục V.9). Kế hoạch không ghi hạn nào khác trong quý này.",
  ["15/12/2026"])
Q("deadline",
  "Công văn đôn đốc tôi soạn có câu: \"UBND các xã, thị trấn gửi báo cáo về Phòng GD&ĐT trước ngày 15 tháng 12 hằng năm.\" Sửa lại giúp theo kế hoạch Mỹ Lộc.",
  [("M", "định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo"),
   ("M", "báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm")],
  "Hạn của xã, thị trấn là trước ngày 10 tháng 12 hằng năm (mục V.11.d); ngày 15 tháng 12 là hạn Phòng Giáo dục và Đào tạo báo cáo UBND huyện (mục V.1.e). Câu sửa: \"UBND các xã, thị trấn gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo trước ngày 10 tháng 12 hằng năm.\"",
  ["10 tháng 12", "15 tháng 12"])
Q("deadline",
  "Trong thông báo gửi các quận, tôi ghi \"gửi báo cáo năm về UBND Thành phố Hà Nội trước 15/12\". Sửa giúp.",
  [("N", "định kỳ hàng năm tổng hợp kết quả, báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo để tổng hợp)")],
  "Hạn là trước ngày 01 tháng 12, và gửi qua Sở Giáo dục và Đào tạo để tổng hợp. Câu sửa: \"Định kỳ hàng năm tổng hợp kết quả, báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo để tổng hợp).\"",
  ["01 tháng 12", "qua Sở Giáo dục và Đào tạo"])

# ---------------------------------------------------------------- funding
Q("funding",
  "Sở tôi ở Hà Nội cần được hướng dẫn về cơ chế tài chính để làm các nhiệm vụ của Kế hoạch. Hỏi cơ quan nào?",
  [("N", "6. Sở Tài chính"), ("N", "Chủ trì, hướng dẫn các Sở, ngành liên quan về cơ chế tài chính triển khai thực hiện các nhiệm vụ của Kế hoạch")],
  "Hỏi Sở Tài chính: mục V.6 giao Sở Tài chính \"Chủ trì, hướng dẫn các Sở, ngành liên quan về cơ chế tài chính triển khai thực hiện các nhiệm vụ của Kế hoạch theo đúng quy định của Luật Ngân sách Nhà nước\".",
  ["Sở Tài chính", "cơ chế tài chính"])
Q("funding",
  "Dự thảo tờ trình có câu: \"Kinh phí thực hiện theo Nghị quyết số 16/2024/NQ-HĐND của HĐND thành phố Huế.\" Sửa giúp.",
  [("H", "Nghị quyết số 16/2025/NQ-HĐND ngày 16 tháng 7 năm 2025 của Hội đồng nhân dân thành phố")],
  "Số đúng là Nghị quyết số 16/2025/NQ-HĐND ngày 16 tháng 7 năm 2025 của Hội đồng nhân dân thành phố, quy định nội dung, mức chi thực hiện Đề án (mục IV). Câu sửa: \"Việc quản lý, sử dụng kinh phí thực hiện theo Nghị quyết số 16/2025/NQ-HĐND ngày 16 tháng 7 năm 2025 của HĐND thành phố.\"",
  ["16/2025/NQ-HĐND", "16 tháng 7 năm 2025"])
Q("funding",
  "\"Phòng Tài chính - Kế hoạch chủ trì lập dự toán kinh phí phong trào Học tập suốt đời\" — câu này trong báo cáo có đúng kế hoạch An Lão không? Sửa giúp.",
  [("A", "Phối hợp với các phòng, ban, ngành, đơn vị lập dự toán kinh phí, báo cáo Ủy ban nhân dân huyện cân đối trong nguồn ngân sách")],
  "Không đúng chữ \"chủ trì\". Mục III.4 giao Phòng Tài chính - Kế hoạch \"Phối hợp với các phòng, ban, ngành, đơn vị lập dự toán kinh phí, báo cáo Ủy ban nhân dân huyện cân đối trong nguồn ngân sách\". Câu sửa: \"Phòng Tài chính - Kế hoạch phối hợp với các phòng, ban, ngành, đơn vị lập dự toán kinh phí, báo cáo UBND huyện cân đối trong nguồn ngân sách.\"",
  ["Phối hợp", "báo cáo Ủy ban nhân dân huyện cân đối"])
Q("funding",
  "Kinh phí cho kế hoạch Hà Nội được bố trí theo chu kỳ nào, và quận huyện phải làm gì mỗi năm về tiền?",
  [("N", "Được đảm bảo trong dự toán chi ngân sách nhà nước hàng năm của các đơn vị theo phân cấp ngân sách hiện hành"),
   ("N", "Cân đối và bố trí kinh phí hàng năm trong phạm vi ngân sách để thực hiện Kế hoạch")],
  "Theo năm: kinh phí \"được đảm bảo trong dự toán chi ngân sách nhà nước hàng năm của các đơn vị theo phân cấp ngân sách hiện hành\", cùng nguồn tài trợ hợp pháp (mục IV). UBND quận, huyện, thị xã phải \"cân đối và bố trí kinh phí hàng năm trong phạm vi ngân sách để thực hiện Kế hoạch\" (mục V.16).",
  ["dự toán chi ngân sách nhà nước hàng năm", "bố trí kinh phí hàng năm"])
Q("funding",
  "Xã tôi ở Mỹ Lộc muốn biết ai tham mưu bố trí kinh phí ở cấp huyện, còn xã phải tự lo phần nào?",
  [("M", "5. Phòng Tài chính - Kế hoạch"), ("M", "Căn cứ tình hình thực tế của địa phương, tham mưu UBND huyện bố trí kinh phí để thực hiện Kế hoạch theo phân cấp ngân sách hiện hành"),
   ("M", "b) Cân đối, bố trí ngân sách địa phương và huy động các nguồn kinh phí hợp pháp khác")],
  "Ở cấp huyện, Phòng Tài chính - Kế hoạch căn cứ tình hình thực tế tham mưu UBND huyện bố trí kinh phí theo phân cấp ngân sách hiện hành (mục V.5). UBND các xã, thị trấn tự cân đối, bố trí ngân sách địa phương và huy động các nguồn kinh phí hợp pháp khác (mục V.11.b).",
  ["Phòng Tài chính - Kế hoạch", "Cân đối, bố trí ngân sách địa phương"])
Q("funding",
  "Gia đình tôi muốn đóng góp cho Quỹ khuyến học, khuyến tài ở Huế. Kế hoạch nói quỹ này được vận động và quản lý thế nào?",
  [("H", "Tiếp tục đa dạng hóa, mở rộng các hình thức vận động, huy động và quản lý, sử dụng hiệu quả Quỹ khuyến học, khuyến tài trên cơ sở vận động sự tham gia của Nhân dân, doanh nghiệp và các nhà tài trợ trong và ngoài nước, bảo đảm đúng quy định, công khai, minh bạch")],
  "Mục III.4 ghi: tiếp tục đa dạng hóa, mở rộng các hình thức vận động, huy động và quản lý, sử dụng hiệu quả Quỹ khuyến học, khuyến tài trên cơ sở vận động sự tham gia của Nhân dân, doanh nghiệp và các nhà tài trợ trong và ngoài nước, bảo đảm đúng quy định, công khai, minh bạch. Việc này thuộc hệ thống Hội Khuyến học.",
  ["Quỹ khuyến học, khuyến tài", "công khai, minh bạch"])
Q("funding",
  "Kính gửi quý cơ quan. Bộ phận kế toán của chúng tôi thuộc một đơn vị được giao nhiệm vụ trong KH 74/KH-BCĐ của Cần Thơ. Chúng tôi đang chuẩn bị dự toán năm tới. Xin hỏi dự toán kinh phí cho các nhiệm vụ này được tổng hợp vào đâu?",
  [("C", "xây dựng kế hoạch và dự toán kinh phí thực hiện, tổng hợp chung trong kế hoạch dự toán ngân sách hàng năm của đơn vị trình cấp có thẩm quyền phê duyệt")],
  "Theo mục IV, căn cứ nhiệm vụ được giao, các sở, ban ngành, đoàn thể và UBND quận, huyện xây dựng kế hoạch và dự toán kinh phí, tổng hợp chung trong kế hoạch dự toán ngân sách hàng năm của đơn vị trình cấp có thẩm quyền phê duyệt.",
  ["dự toán ngân sách hàng năm của đơn vị"])

# ---------------------------------------------------------------- legal_basis
Q("legal_basis",
  "Dự thảo của tôi ghi kế hoạch Huế 2026 thực hiện \"Kế hoạch số 336/KH-UBND ngày 27/10/2022 của UBND tỉnh Thừa Thiên Huế\". Sửa giúp ngày tháng cho đúng.",
  [("H", "Kế hoạch số 336/KH-UBND ngày 27 tháng 10 năm 2021 của Ủy ban nhân dân tỉnh Thừa Thiên Huế")],
  "Năm ban hành sai: kế hoạch ghi \"Kế hoạch số 336/KH-UBND ngày 27 tháng 10 năm 2021 của Ủy ban nhân dân tỉnh Thừa Thiên Huế (nay là Ủy ban nhân dân thành phố Huế)\". Câu sửa: \"... Kế hoạch số 336/KH-UBND ngày 27/10/2021 ...\".",
  ["27 tháng 10 năm 2021"])
Q("legal_basis",
  "Phần căn cứ trong báo cáo quận tôi viết: \"Căn cứ Kế hoạch 215/KH-UBND ngày 28/10/2022 của UBND thành phố Cần Thơ\". Sửa giúp.",
  [("C", "Kế hoạch 215/KH-UBND ngày 28 tháng 10 năm 2021 của Ủy ban nhân dân thành phố Cần Thơ")],
  "KH 74/KH-BCĐ dẫn \"Kế hoạch 215/KH-UBND ngày 28 tháng 10 năm 2021 của Ủy ban nhân dân thành phố Cần Thơ\" triển khai Đề án giai đoạn 2021 - 2030. Câu sửa: \"Căn cứ Kế hoạch 215/KH-UBND ngày 28/10/2021 của UBND thành phố Cần Thơ\".",
  ["28 tháng 10 năm 2021"])
Q("legal_basis",
  "Kế hoạch của xã tôi mở đầu: \"Thực hiện Kế hoạch số 108/KH-UBND ngày 06/5/2025 của UBND huyện An Lão…\". Có sai gì không, sửa giúp.",
  [("A", "Kế hoạch số 108 /KH-UBND ngày 06/5/2025 của Ủy ban nhân dân thành phố Hải Phòng")],
  "Sai cơ quan ban hành: Kế hoạch số 108/KH-UBND ngày 06/5/2025 là của Ủy ban nhân dân thành phố Hải Phòng (kế hoạch huyện An Lão thực hiện kế hoạch này). Câu sửa: \"Thực hiện Kế hoạch số 108/KH-UBND ngày 06/5/2025 của UBND thành phố Hải Phòng và Kế hoạch của UBND huyện An Lão…\".",
  ["thành phố Hải Phòng"])
Q("legal_basis",
  "Bản nháp tờ trình ghi: \"Kế hoạch này thay thế Kế hoạch số 290/KH-UBND ngày 16/12/2022 của UBND thành phố Hà Nội\". Sửa giúp.",
  [("N", "Kế hoạch này thay thế cho Kế hoạch số 290/KH-UBND ngày 16/12/2021")],
  "Ngày đúng là 16/12/2021: \"Kế hoạch này thay thế cho Kế hoạch số 290/KH-UBND ngày 16/12/2021 của Ủy ban nhân dân thành phố Hà Nội về việc thực hiện Đề án 'Xây dựng xã hội học tập giai đoạn 2021-2030'\".",
  ["290/KH-UBND", "16/12/2021"])
Q("legal_basis",
  "Tờ trình của tôi viết \"Kế hoạch số 945/KH-UBND của UBND tỉnh Nam Định về giáo dục hướng nghiệp\". Sửa lại giúp theo kế hoạch Mỹ Lộc.",
  [("M", "Kế hoạch số 945/KH- UBND ngày 30/3/2020 của UBND huyện Mỹ Lộc")],
  "Kế hoạch số 945/KH-UBND ngày 30/3/2020 là của UBND huyện Mỹ Lộc, về thực hiện Đề án Giáo dục hướng nghiệp và định hướng phân luồng học sinh trong giáo dục phổ thông giai đoạn 2018-2025 (mục III.3.e). Văn bản của tỉnh là Kế hoạch số 100/KH-UBND ngày 01/11/2018.",
  ["UBND huyện Mỹ Lộc", "30/3/2020"])
Q("legal_basis",
  "Tài liệu tập huấn của huyện An Lão nêu Quyết định số 06/QĐ-TTg ngày 06/01/2022. Trong kế hoạch, quyết định này được gắn với nghị quyết nào?",
  [("A", "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia")],
  "Mục II.3: triển khai Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia, gắn với Quyết định số 06/QĐ-TTg ngày 06/01/2022 (Đề án dữ liệu dân cư, định danh và xác thực điện tử).",
  ["57-NQ/TW", "22/12/2024"])

# ---------------------------------------------------------------- purpose
Q("purpose",
  "Mở đầu bài phát biểu tôi viết: \"Kế hoạch năm 2026 của Huế nhằm nhân rộng các mô hình học tập phù hợp với nền kinh tế tri thức.\" Sửa cho đúng lời kế hoạch.",
  [("H", "nhân rộng các mô hình học tập phù hợp với yêu cầu phát triển của nền kinh tế số, xã hội số")],
  "Mục I.1 ghi \"nhân rộng các mô hình học tập phù hợp với yêu cầu phát triển của nền kinh tế số, xã hội số\". Câu sửa: \"… nhằm đẩy mạnh triển khai, nhân rộng các mô hình học tập phù hợp với yêu cầu phát triển của nền kinh tế số, xã hội số.\"",
  ["nền kinh tế số, xã hội số"])
Q("purpose",
  "Là một người dân bình thường ở An Lão, tôi được gì từ mục đích của kế hoạch này?",
  [("A", "dần thúc đẩy việc “tự học” trở thành nhu cầu tự thân của mỗi người dân"),
   ("A", "tạo điều kiện thuận lợi để mọi người dân được học tập thường xuyên, học tập suốt đời")],
  "Mục I.1 nhắm tới người dân: thúc đẩy việc \"tự học\" trở thành nhu cầu tự thân của mỗi người dân; xây dựng môi trường khuyến khích mọi tầng lớp nhân dân tham gia học tập; và người đứng đầu các cơ quan, đơn vị phải tạo điều kiện thuận lợi để mọi người dân được học tập thường xuyên, học tập suốt đời.",
  ["nhu cầu tự thân", "học tập thường xuyên, học tập suốt đời"])
Q("purpose",
  "Tôi viết \"Mục đích của kế hoạch Mỹ Lộc là giúp người dân trở thành công dân số\". Câu này thiếu gì, sửa giúp cho đủ.",
  [("M", "tận dụng mọi cơ hội học tập để trở thành công dân số, công dân học tập toàn cầu")],
  "Mục I.1.b ghi: \"tận dụng mọi cơ hội học tập để trở thành công dân số, công dân học tập toàn cầu\". Câu sửa: \"… giúp người dân tận dụng mọi cơ hội học tập để trở thành công dân số, công dân học tập toàn cầu.\"",
  ["công dân học tập toàn cầu"])
Q("purpose",
  "Chào anh/chị, đơn vị em được mời dự hội nghị triển khai KH 74 của Ban Chỉ đạo Cần Thơ, sếp bảo em tóm tắt trước mục đích kế hoạch. Anh/chị cho em biết mục đích gồm những ý gì ạ?",
  [("C", "Tổ chức triển khai thực hiện hiệu quả, đúng tiến độ các nhiệm vụ được giao tại Quyết định số 1373/QĐ-TTg"),
   ("C", "củng cố, tổ chức bộ phận chỉ đạo xây dựng xã hội học tập giai đoạn 2021 - 2030 các cấp của thành phố; xây dựng cơ chế phối hợp giữa các cấp, các ngành")],
  "Mục I.1 có ba ý: tổ chức triển khai hiệu quả, đúng tiến độ các nhiệm vụ được giao tại Quyết định số 1373/QĐ-TTg, phù hợp với kế hoạch phát triển kinh tế xã hội của thành phố; củng cố, tổ chức bộ phận chỉ đạo xây dựng xã hội học tập các cấp; xây dựng cơ chế phối hợp giữa các cấp, các ngành, các tổ chức, doanh nghiệp.",
  ["đúng tiến độ", "bộ phận chỉ đạo", "cơ chế phối hợp"])
Q("purpose",
  "Đoạn giới thiệu tôi soạn có câu \"Kế hoạch của Hà Nội là căn cứ để khen thưởng các cấp, các ngành\". Sửa giúp cho đúng phần mục đích, yêu cầu.",
  [("N", "Là căn cứ để kiểm điểm trách nhiệm của các cấp, các ngành, địa phương, đơn vị trong việc thực hiện các nhiệm vụ được giao")],
  "Phần I ghi kế hoạch \"Là căn cứ để kiểm điểm trách nhiệm của các cấp, các ngành, địa phương, đơn vị trong việc thực hiện các nhiệm vụ được giao\", không phải căn cứ khen thưởng. Câu sửa: \"Kế hoạch là căn cứ để kiểm điểm trách nhiệm của các cấp, các ngành, địa phương, đơn vị.\"",
  ["kiểm điểm trách nhiệm"])
Q("purpose",
  "Em là sinh viên ở Huế. Phần yêu cầu của kế hoạch năm 2026 có nhắc gì đến sinh viên không ạ?",
  [("H", "tăng cường giáo dục pháp luật, kỹ năng sống, … cho cán bộ, công chức, viên chức, người lao động, học sinh, sinh viên và Nhân dân")],
  "Có. Mục I.2 yêu cầu các sở, ngành, hội, đoàn thể, cơ sở giáo dục quan tâm đào tạo, bồi dưỡng và \"tăng cường giáo dục pháp luật, kỹ năng sống, … cho cán bộ, công chức, viên chức, người lao động, học sinh, sinh viên và Nhân dân\", góp phần phát triển con người toàn diện.",
  ["giáo dục pháp luật, kỹ năng sống", "sinh viên"])

# ---------------------------------------------------------------- task_section
Q("task_section",
  "Trường tôi ở Cần Thơ muốn đưa bài giảng lên kho học liệu mở cho người dân tự học. Kế hoạch nói kho này đặt ở đâu?",
  [("C", "trên Cổng Thông tin điện tử của Sở Giáo dục và Đào tạo, Phòng Giáo dục và Đào tạo, trên trang mạng “Trường học kết nối”")],
  "Mục III.3.c: xây dựng kho học liệu mở phục vụ tự học và học tập suốt đời trên các kênh truyền hình giáo dục, trên Cổng Thông tin điện tử của Sở Giáo dục và Đào tạo, Phòng Giáo dục và Đào tạo, trên trang mạng \"Trường học kết nối\".",
  ["Cổng Thông tin điện tử", "Trường học kết nối"])
Q("task_section",
  "Đề án \"Tạo môi trường học tập suốt đời và xây dựng xã hội học tập\" của Huế do ai xây dựng, trình ai, có hạn không?",
  [("H", "Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với các sở, ban, ngành, cơ quan và địa phương liên quan tham mưu xây dựng Đề án “Tạo môi trường học tập suốt đời và xây dựng xã hội học tập”, trình Ủy ban nhân dân thành phố")],
  "Mục III.5 giao Sở Giáo dục và Đào tạo chủ trì tham mưu xây dựng Đề án \"Tạo môi trường học tập suốt đời và xây dựng xã hội học tập\", trình Ủy ban nhân dân thành phố xem xét, phê duyệt. Kế hoạch không ghi hạn cho Đề án này.",
  ["Sở Giáo dục và Đào tạo", "trình Ủy ban nhân dân thành phố"])
Q("task_section",
  "Tôi là người khuyết tật ở Mỹ Lộc, muốn học nghề mà không phải đến lớp hằng ngày. Kế hoạch có gì cho người như tôi?",
  [("M", "Đẩy mạnh các hình thức đào tạo vừa làm vừa học, đào tạo từ xa, tự học có hướng dẫn để giúp người lao động, đặc biệt là lao động nông thôn, người khuyết tật"),
   ("M", "lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động")],
  "Có. Mục III.4.a giao cơ sở giáo dục nghề nghiệp đẩy mạnh đào tạo vừa làm vừa học, đào tạo từ xa, tự học có hướng dẫn để giúp người lao động, đặc biệt là lao động nông thôn, người khuyết tật, người nội trợ, người cao tuổi tiếp cận giáo dục nghề nghiệp. Mục V.2.c giao Phòng Lao động - Thương binh và Xã hội triển khai chương trình hỗ trợ đào tạo, đào tạo lại cho lao động nông thôn, người khuyết tật và các đối tượng khác.",
  ["đào tạo từ xa", "người khuyết tật"])
Q("task_section",
  "Báo cáo sơ kết viết: \"Mục II.4 và II.5 của kế hoạch An Lão giao hai nhiệm vụ khác nhau về sắp xếp mạng lưới cơ sở giáo dục.\" Sửa giúp cho đúng.",
  [("A", "4. Tiếp tục rà soát, sắp xếp mạng lưới các cơ sở giáo dục, đào tạo, gắn với cuộc cách mạng về sắp xếp tổ chức bộ máy tinh - gọn - mạnh"),
   ("A", "5. Tiếp tục rà soát, sắp xếp mạng lưới các cơ sở giáo dục, đào tạo, gắn với cuộc cách mạng về sắp xếp tổ chức bộ máy tinh - gọn - mạnh")],
  "Không phải hai nhiệm vụ khác nhau: khoản 4 và khoản 5 của mục II có cùng nguyên văn \"Tiếp tục rà soát, sắp xếp mạng lưới các cơ sở giáo dục, đào tạo, gắn với cuộc cách mạng về sắp xếp tổ chức bộ máy tinh - gọn - mạnh…\" (một khoản bị lặp). Câu sửa: \"Mục II (khoản 4, lặp lại ở khoản 5) giao một nhiệm vụ: tiếp tục rà soát, sắp xếp mạng lưới các cơ sở giáo dục, đào tạo.\"",
  ["Tiếp tục rà soát, sắp xếp mạng lưới các cơ sở giáo dục, đào tạo"])
Q("task_section",
  "Mẹ tôi đã hết tuổi lao động và làm nội trợ ở Hà Nội. Kế hoạch có gì giúp người như mẹ tôi học tập không?",
  [("N", "hỗ trợ những người hết tuổi lao động, người nội trợ, người khuyết tật có điều kiện thuận lợi để học tập suốt đời"),
   ("N", "lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động")],
  "Có. Mục III.6 nêu nghiên cứu, xây dựng cơ chế, chính sách \"hỗ trợ những người hết tuổi lao động, người nội trợ, người khuyết tật có điều kiện thuận lợi để học tập suốt đời\". Mục V.2 giao Sở Lao động - Thương binh và Xã hội xây dựng chương trình hỗ trợ đào tạo, đào tạo lại cho các đối tượng trong đó có phụ nữ, người hết tuổi lao động.",
  ["người nội trợ", "người hết tuổi lao động"])
Q("task_section",
  "Trung tâm GDNN-GDTX của tôi ở Huế muốn hợp tác với một trường đại học để mở khóa học trực tuyến. Kế hoạch có nội dung nào khuyến khích việc này, ở mục nào?",
  [("H", "Khuyến khích các cơ sở giáo dục thường xuyên, cơ sở giáo dục nghề nghiệp tăng cường hợp tác với các trường đại học, cơ sở đào tạo để xây dựng, kết nối và chia sẻ học liệu điện tử, chương trình, khóa học mở"),
   ("H", "triển khai các hình thức dạy học từ xa, trực tuyến hoặc kết hợp trực tiếp với trực tuyến")],
  "Có, ở mục III.6 (huy động sự tham gia, đóng góp của toàn xã hội): khuyến khích các cơ sở giáo dục thường xuyên, cơ sở giáo dục nghề nghiệp tăng cường hợp tác với các trường đại học, cơ sở đào tạo để xây dựng, kết nối và chia sẻ học liệu điện tử, chương trình, khóa học mở; triển khai các hình thức dạy học từ xa, trực tuyến hoặc kết hợp trực tiếp với trực tuyến.",
  ["khóa học mở", "dạy học từ xa, trực tuyến"])
Q("task_section",
  "Báo cáo của tôi viết \"Cần Thơ chủ động tham gia mạng lưới Thành phố học tập của UNICEF\". Sửa giúp.",
  [("C", "Chủ động, tích cực tham gia mạng lưới “Thành phố học tập toàn cầu” do Tổ chức Giáo dục, Khoa học và Văn hóa của Liên hợp quốc (UNESCO) điều hành")],
  "Mục III.6.d ghi mạng lưới \"Thành phố học tập toàn cầu\" do UNESCO (Tổ chức Giáo dục, Khoa học và Văn hóa của Liên hợp quốc) điều hành, không phải UNICEF. Câu sửa: \"Cần Thơ chủ động, tích cực tham gia mạng lưới Thành phố học tập toàn cầu do UNESCO điều hành.\"",
  ["UNESCO", "Thành phố học tập toàn cầu"])

# ---------------------------------------------------------------- cross_plan
Q("cross_plan",
  "Bảng so sánh của tôi ghi: \"Chỉ tiêu kỹ năng sống năm 2030: Mỹ Lộc 70%, Hà Nội 80%.\" Sửa giúp.",
  [("M", "80% người trong độ tuổi lao động được trang bị kỹ năng sống."),
   ("N", "70% người trong độ tuổi lao động được trang bị kỹ năng sống.")],
  "Hai con số bị đảo: năm 2030 Mỹ Lộc đặt \"80% người trong độ tuổi lao động được trang bị kỹ năng sống\" (mục II.2.b), còn Hà Nội đặt \"70% người trong độ tuổi lao động được trang bị kỹ năng sống\" (mục II.2.2.b). Câu sửa: \"Mỹ Lộc 80%, Hà Nội 70%.\"",
  ["80% người trong độ tuổi lao động được trang bị kỹ năng sống", "70% người trong độ tuổi lao động được trang bị kỹ năng sống"])
Q("cross_plan",
  "Muốn hỏi về học chữ, học nghề cho phạm nhân thì ở Hà Nội và ở Cần Thơ nên hỏi cơ quan nào?",
  [("N", "Công an Thành phố: chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Sở Lao động - Thương binh và Xã hội tiếp tục tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân"),
   ("C", "Chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân")],
  "Cả hai nơi đều là công an thành phố. Hà Nội: Công an Thành phố chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Sở Lao động - Thương binh và Xã hội tổ chức lớp xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân (mục V.8). Cần Thơ: Công an thành phố chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện làm các việc đó (mục V.8).",
  ["Công an Thành phố", "phạm nhân", "Ủy ban nhân dân quận, huyện"])
Q("cross_plan",
  "Phụ nữ và trẻ em gái chưa biết chữ: kế hoạch nào có việc vận động họ đi học, và ai làm?",
  [("N", "vận động, tuyên truyền phụ nữ và trẻ em gái ở vùng đồng bào dân tộc thiểu số chưa biết chữ ra học các lớp xóa mù chữ"),
   ("M", "vận động, tuyên truyền phụ nữ và trẻ em gái chưa biết chữ ra học các lớp xóa mù chữ, đẩy mạnh hoạt động có hiệu quả đối với “Quỹ học bổng Hoàng Ngân”")],
  "Hai kế hoạch, đều giao cho Hội Liên hiệp Phụ nữ. Hà Nội: Hội Liên hiệp phụ nữ Thành phố vận động phụ nữ và trẻ em gái ở vùng đồng bào dân tộc thiểu số chưa biết chữ ra học các lớp xóa mù chữ (mục V.15.d). Mỹ Lộc: Hội Liên hiệp Phụ nữ huyện vận động phụ nữ và trẻ em gái chưa biết chữ ra học các lớp xóa mù chữ và đẩy mạnh \"Quỹ học bổng Hoàng Ngân\" (mục V.9.e).",
  ["trẻ em gái ở vùng đồng bào dân tộc thiểu số", "Quỹ học bổng Hoàng Ngân"])
Q("cross_plan",
  "Tài liệu tập huấn ghi: \"Cả Huế và Cần Thơ đều đặt mục tiêu 90% người trong độ tuổi lao động có kỹ năng sống.\" Sửa lại giúp.",
  [("H", "80% số người trong độ tuổi lao động được trang bị kỹ năng sống."),
   ("C", "Phần đầu đạt tỷ lệ 90% số người trong độ tuổi lao động được trang bị kỹ năng sống")],
  "Chỉ Cần Thơ đặt 90%: KH 74 ghi \"Phần đầu (phấn đấu) đạt tỷ lệ 90% số người trong độ tuổi lao động được trang bị kỹ năng sống\" cho năm 2024 (mục II.2.b). Huế năm 2026 đặt 80% (mục II.2). Câu sửa: \"Huế (2026) 80%, Cần Thơ (2024) phấn đấu 90%.\"",
  ["80%", "90%"])
Q("cross_plan",
  "Cần hướng dẫn về tiêu chí công dân học tập thì ở Mỹ Lộc và ở Cần Thơ kế hoạch giao cho ai?",
  [("M", "Triển khai thực hiện các tiêu chí công dân học tập"),
   ("C", "1. Sở Giáo dục và Đào tạo"), ("C", "Triển khai các tiêu chí đánh giá việc thực hiện xây dựng xã hội học tập, khung năng lực thông tin phục vụ học tập suốt đời cho công dân, tiêu chí công nhận quận, huyện học tập, thành phố học tập đến các đơn vị")],
  "Mỹ Lộc: Hội Khuyến học huyện \"Triển khai thực hiện các tiêu chí công dân học tập\" (mục V.9.b); Phòng Giáo dục và Đào tạo phối hợp với Hội tham mưu UBND huyện về các tiêu chí đánh giá (V.1.b). Cần Thơ: Sở Giáo dục và Đào tạo triển khai các tiêu chí đánh giá việc thực hiện xây dựng xã hội học tập, khung năng lực thông tin, tiêu chí công nhận quận, huyện học tập đến các đơn vị (V.1.b); tiêu chí công dân học tập được nêu trong nhiệm vụ III.2.b.",
  ["Triển khai thực hiện các tiêu chí công dân học tập", "Sở Giáo dục và Đào tạo"])
Q("cross_plan",
  "Con công nhân nghèo mà hiếu học: kế hoạch nào có nhắc tới việc hỗ trợ các em, và giao ai?",
  [("M", "d) Liên đoàn Lao động huyện"),
   ("M", "hỗ trợ con công nhân, người lao động hiếu học có hoàn cảnh khó khăn, nghèo"),
   ("N", "9. Liên đoàn Lao động Thành phố"),
   ("N", "hỗ trợ con công nhân, người lao động hiếu học có hoàn cảnh khó khăn, nghèo")],
  "Hai kế hoạch có câu này, đều giao cho công đoàn: Mỹ Lộc giao Liên đoàn Lao động huyện (mục V.9.d) và Hà Nội giao Liên đoàn Lao động Thành phố (mục V.9) chỉ đạo các cấp công đoàn vận động thành lập quỹ khuyến học, khuyến tài, hỗ trợ con công nhân, người lao động hiếu học có hoàn cảnh khó khăn, nghèo.",
  ["Liên đoàn Lao động huyện", "Liên đoàn Lao động Thành phố", "con công nhân"])
Q("cross_plan",
  "Báo cáo của tôi viết \"Ở cả Mỹ Lộc và Hà Nội, Phòng/Sở Văn hóa chỉ đạo báo chí tuyên truyền về xã hội học tập\". Sửa lại giúp.",
  [("M", "a) Chỉ đạo, hướng dẫn báo chí, truyền thông và hệ thống thông tin cơ sở thông tin tuyên truyền"),
   ("M", "3. Trung tâm Văn hóa - Thể thao và Truyền thông"),
   ("N", "5. Sở Thông tin và Truyền thông"),
   ("N", "Hướng dẫn các cơ quan thông tấn, báo chí của Thành phố; Đài Phát thanh và Truyền hình Hà Nội tổ chức chuyên mục")],
  "Không phải cơ quan văn hóa. Ở Mỹ Lộc, việc chỉ đạo, hướng dẫn báo chí, truyền thông và hệ thống thông tin cơ sở tuyên truyền giao cho Trung tâm Văn hóa - Thể thao và Truyền thông (mục V.3.a). Ở Hà Nội, Sở Thông tin và Truyền thông hướng dẫn các cơ quan thông tấn, báo chí của Thành phố và Đài Phát thanh và Truyền hình Hà Nội (mục V.5); Ban Tuyên giáo Thành ủy chỉ đạo các cơ quan thông tấn, báo chí (V.14).",
  ["Trung tâm Văn hóa - Thể thao và Truyền thông", "Sở Thông tin và Truyền thông"])
Q("cross_plan",
  "Người cao tuổi muốn học nghề theo hình thức từ xa: những kế hoạch nào có nhắc tới họ?",
  [("M", "đào tạo từ xa, tự học có hướng dẫn để giúp người lao động"), ("M", "người khuyết tật, người nội trợ, người cao tuổi dễ dàng tiếp cận với giáo dục nghề nghiệp"),
   ("C", "người khuyết tật, người nội trợ, người cao tuổi dễ dàng tiếp cận, nâng cao kỹ năng nghề nghiệp")],
  "Mỹ Lộc (mục III.4.a) và Cần Thơ (mục III.3.a) cùng giao cơ sở giáo dục nghề nghiệp đẩy mạnh đào tạo vừa làm vừa học, đào tạo từ xa, tự học có hướng dẫn để lao động nông thôn, người khuyết tật, người nội trợ, người cao tuổi dễ dàng tiếp cận giáo dục nghề nghiệp.",
  ["người cao tuổi dễ dàng tiếp cận", "đào tạo từ xa"])

# ---------------------------------------------------------------- no_diacritics (chat typing)
Q("no_diacritics",
  "hn 2025 cbccvc dc tap huan ky nang so co ban bn % v?",
  [("N", "100% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng, phổ cập kỹ năng số cơ bản; 50% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng kỹ năng phân tích, khai thác dữ liệu và công nghệ số")],
  "Đến năm 2025, Hà Nội đặt 100% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng, phổ cập kỹ năng số cơ bản; 50% được tập huấn, bồi dưỡng kỹ năng phân tích, khai thác dữ liệu và công nghệ số (mục II.2.1.b).",
  ["100%", "kỹ năng số cơ bản", "50%"])
Q("no_diacritics",
  "sua giup cau nay: 'UBND xa, phuong o Hue gui bao cao ve So Noi vu truoc 15/12/2026'",
  [("H", "gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026")],
  "Sai nơi nhận: UBND các xã, phường gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026 (mục V.9). Câu sửa: \"UBND xã, phường ở Huế gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026.\"",
  ["Sở Giáo dục và Đào tạo", "15/12/2026"])
Q("no_diacritics",
  "toi vua chap hanh xong an tu, gio ve Hue, ke hoach co uu tien j cho nguoi nhu minh ko",
  [("H", "triển khai các chương trình đào tạo, bồi dưỡng kỹ năng nghề cho người lao động"), ("H", "ưu tiên người chấp hành xong hình phạt tù, thanh niên hoàn thành nghĩa vụ quân sự, nghĩa vụ công an và các nhóm lao động yếu thế trong xã hội")],
  "Có. Mục V.1 giao Sở Giáo dục và Đào tạo chủ trì triển khai các chương trình đào tạo, bồi dưỡng kỹ năng nghề cho người lao động, trong đó ưu tiên người chấp hành xong hình phạt tù, thanh niên hoàn thành nghĩa vụ quân sự, nghĩa vụ công an và các nhóm lao động yếu thế.",
  ["người chấp hành xong hình phạt tù", "kỹ năng nghề"])
Q("no_diacritics",
  "can tho kh74 co vuong mac thi bao ve dau a",
  [("C", "phản ánh về Sở Giáo dục và Đào tạo (Thường trực Ban Chỉ đạo thành phố) để tổng hợp, báo cáo")],
  "Phản ánh về Sở Giáo dục và Đào tạo (Thường trực Ban Chỉ đạo thành phố) để tổng hợp, báo cáo, tham mưu trình Ban Chỉ đạo thành phố xem xét, quyết định (đoạn cuối của kế hoạch).",
  ["Thường trực Ban Chỉ đạo thành phố"])
Q("no_diacritics",
  "an lao: muon hoi ve hoc bong quoc te cho hs thi hoi phong nao",
  [("A", "1. Phòng Giáo dục và Đào tạo"), ("A", "thúc đẩy chương trình trao đổi, giao lưu, học bổng quốc tế, mở rộng cơ hội học tập cho người dân")],
  "Hỏi Phòng Giáo dục và Đào tạo: mục III.1 giao phòng tham mưu, tổ chức các hoạt động hợp tác quốc tế về giáo dục, \"thúc đẩy chương trình trao đổi, giao lưu, học bổng quốc tế, mở rộng cơ hội học tập cho người dân\".",
  ["Phòng Giáo dục và Đào tạo", "học bổng quốc tế"])
Q("no_diacritics",
  "ML 2030 bao nhieu % co so GD trien khai day hoc tren moi truong so",
  [("M", "80% các cơ sở giáo dục phổ thông, cơ sở giáo dục thường xuyên, cơ sở giáo dục nghề nghiệp và các cơ sở giáo dục khác triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường số")],
  "Đến năm 2030, Mỹ Lộc đặt 80% các cơ sở giáo dục phổ thông, giáo dục thường xuyên, giáo dục nghề nghiệp và các cơ sở giáo dục khác triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường số (mục II.2.b; năm 2025 là 60%).",
  ["80%", "môi trường số"])
Q("no_diacritics",
  "BO CHI HUY QUAN SU THANH PHO CAN THO PHAI LAM GI THEO KH 74",
  [("C", "đẩy mạnh tuyên truyền về học tập suốt đời, xây dựng xã hội học tập trong lực lượng vũ trang"),
   ("C", "Chỉ đạo nâng cao trình độ, năng lực ngoại ngữ và tiếng dân tộc thiểu số cho lực lượng vũ trang")],
  "Mục V.7: Bộ Chỉ huy Quân sự thành phố (a) chủ trì, phối hợp với Sở Giáo dục và Đào tạo, UBND quận, huyện đẩy mạnh tuyên truyền về học tập suốt đời, xây dựng xã hội học tập trong lực lượng vũ trang; (b) chỉ đạo nâng cao trình độ, năng lực ngoại ngữ và tiếng dân tộc thiểu số cho lực lượng vũ trang, cán bộ, chiến sĩ quân đội.",
  ["lực lượng vũ trang", "ngoại ngữ", "tiếng dân tộc thiểu số"])
Q("no_diacritics",
  "hue: doanh nghiep tai tro cho xhht dc ko, quan ly tien theo nq nao",
  [("H", "huy động các nguồn tài trợ, đóng góp hợp pháp của các tổ chức, doanh nghiệp và cá nhân"),
   ("H", "Nghị quyết số 16/2025/NQ-HĐND ngày 16 tháng 7 năm 2025")],
  "Được. Mục IV cho phép huy động các nguồn tài trợ, đóng góp hợp pháp của các tổ chức, doanh nghiệp và cá nhân trong và ngoài địa phương; việc quản lý, sử dụng kinh phí theo Nghị quyết số 16/2025/NQ-HĐND ngày 16/7/2025 của HĐND thành phố và quy định hiện hành.",
  ["nguồn tài trợ, đóng góp hợp pháp", "16/2025/NQ-HĐND"])

# ---------------------------------------------------------------- abbreviation
Q("abbreviation",
  "P.GD&ĐT h. An Lão có phải đầu mối HTQT về GD không?",
  [("A", "Tham mưu, triển khai, tổ chức các hoạt động hợp tác quốc tế về giáo dục")],
  "Đúng. Mục III.1 giao Phòng Giáo dục và Đào tạo huyện An Lão \"Tham mưu, triển khai, tổ chức các hoạt động hợp tác quốc tế về giáo dục\", tạo điều kiện để các cơ sở giáo dục tiếp cận phương pháp giảng dạy tiên tiến và thúc đẩy trao đổi, giao lưu, học bổng quốc tế.",
  ["hợp tác quốc tế về giáo dục"])
Q("abbreviation",
  "KH KTGS hằng năm về XHHT ở h. ML do ai lập?",
  [("M", "Ban chỉ đạo xây dựng xã hội học tập các cấp xây dựng kế hoạch kiểm tra, giám sát việc thực hiện kế hoạch xây dựng xã hội học tập hàng năm")],
  "Mục III.8: \"Ban chỉ đạo xây dựng xã hội học tập các cấp xây dựng kế hoạch kiểm tra, giám sát việc thực hiện kế hoạch xây dựng xã hội học tập hàng năm.\"",
  ["Ban chỉ đạo xây dựng xã hội học tập các cấp"])
Q("abbreviation",
  "UBMTTQVN TP CT được đề nghị làm gì theo KH 74/KH-BCĐ?",
  [("C", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện tham gia giám sát, phản biện xã hội việc triển khai thực hiện Kế hoạch")],
  "Mục V.11.a: Ủy ban Mặt trận Tổ quốc Việt Nam thành phố được đề nghị phối hợp với Sở Giáo dục và Đào tạo, UBND quận, huyện tham gia giám sát, phản biện xã hội việc triển khai thực hiện Kế hoạch.",
  ["giám sát, phản biện xã hội"])
Q("abbreviation",
  "Sở TT&TT TP CT phối hợp với SGDĐT làm gì?",
  [("C", "phối hợp với Sở Giáo dục và Đào tạo triển khai thực hiện hiệu quả chuyển đổi số, đảm bảo hạ tầng kỹ thuật và ứng dụng công nghệ thông tin")],
  "Mục V.4: Sở Thông tin và Truyền thông phối hợp với Sở Giáo dục và Đào tạo triển khai hiệu quả chuyển đổi số, đảm bảo hạ tầng kỹ thuật và ứng dụng công nghệ thông tin trong tổ chức các hoạt động học tập suốt đời (ngoài việc chỉ đạo, cung cấp thông tin cho báo, đài tuyên truyền).",
  ["chuyển đổi số", "hạ tầng kỹ thuật"])
Q("abbreviation",
  "TT VH-TT&TT h. ML (mục V.10) làm gì?",
  [("M", "Tăng cường, đẩy mạnh công tác tuyên truyền, xây dựng chuyên trang, chuyên mục, giới thiệu gương điển hình về công tác khuyến học, khuyến tài")],
  "Mục V.10 giao Trung tâm Văn hóa - Thể thao và truyền thông huyện tăng cường, đẩy mạnh công tác tuyên truyền, xây dựng chuyên trang, chuyên mục, giới thiệu gương điển hình về công tác khuyến học, khuyến tài và xây dựng xã hội học tập.",
  ["chuyên trang, chuyên mục", "gương điển hình"])
Q("abbreviation",
  "Ban TĐ-KT (SNV) TP HN trình khen thưởng vào dịp nào?",
  [("N", "xây dựng xã hội học tập nhân dịp sơ kết, tổng kết các giai đoạn của Đề án")],
  "Mục V.7: Ban Thi đua - Khen thưởng (Sở Nội vụ) phối hợp với Sở Giáo dục và Đào tạo tham mưu trình UBND Thành phố khen thưởng tập thể, cá nhân có thành tích nhân dịp sơ kết, tổng kết các giai đoạn của Đề án.",
  ["sơ kết, tổng kết các giai đoạn"])
Q("abbreviation",
  "UBND xã, TT h. AL chỉ đạo đài PT địa phương đăng gì?",
  [("A", "Chỉ đạo đài phát thanh địa phương, hệ thống thông tin cơ sở đăng tải, tuyên truyền nội dung bài viết của Tổng Bí thư về “Học tập suốt đời”")],
  "Mục III.9: UBND xã, thị trấn chỉ đạo đài phát thanh địa phương, hệ thống thông tin cơ sở đăng tải, tuyên truyền nội dung bài viết của Tổng Bí thư về \"Học tập suốt đời\" và các mô hình, tấm gương điển hình về khuyến học, khuyến tài tại địa phương.",
  ["bài viết của Tổng Bí thư"])

# ---------------------------------------------------------------- paraphrase (what the plan offers people like the asker)
Q("paraphrase",
  "Em trai tôi đang ở trường giáo dưỡng ở Hà Nội. Kế hoạch có cho các em ở đó được học chữ, học nghề không?",
  [("N", "Công an Thành phố: chủ trì, phối hợp với Sở Giáo dục và Đào tạo"),
   ("N", "trại tạm giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng")],
  "Có. Mục V.8 giao Công an Thành phố chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Sở Lao động - Thương binh và Xã hội tiếp tục tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân và học viên trong các trại giam, trại tạm giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng.",
  ["Công an Thành phố", "trường giáo dưỡng"])
Q("paraphrase",
  "Con tôi vừa xuất ngũ về Huế, muốn đi học nghề. Kế hoạch có ưu tiên gì cho cháu không?",
  [("H", "1. Sở Giáo dục và Đào tạo"), ("H", "thanh niên hoàn thành nghĩa vụ quân sự, nghĩa vụ công an")],
  "Có. Mục V.1 giao Sở Giáo dục và Đào tạo chủ trì triển khai các chương trình đào tạo, bồi dưỡng kỹ năng nghề cho người lao động, trong đó ưu tiên thanh niên hoàn thành nghĩa vụ quân sự, nghĩa vụ công an (cùng người chấp hành xong hình phạt tù và nhóm lao động yếu thế).",
  ["thanh niên hoàn thành nghĩa vụ quân sự", "Sở Giáo dục và Đào tạo"])
Q("paraphrase",
  "Em nghỉ học giữa chừng hồi lớp 10 ở Cần Thơ. Có ai được giao đi vận động những đứa như em quay lại trường không?",
  [("C", "c) Đề nghị Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố Cần Thơ"), ("C", "thường xuyên vận động số đoàn viên, đội viên bỏ học giữa chừng đến trường, ra lớp")],
  "Có. Mục V.11.c đề nghị Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố chỉ đạo Đoàn quận, huyện phối hợp chính quyền cơ sở nắm chắc số thanh, thiếu niên trong độ tuổi và thường xuyên vận động số đoàn viên, đội viên bỏ học giữa chừng đến trường, ra lớp. Hội Liên hiệp Phụ nữ cũng vận động cho con đi học đúng độ tuổi.",
  ["Đoàn Thanh niên", "bỏ học giữa chừng"])
Q("paraphrase",
  "Vợ chồng tôi làm ruộng ở Mỹ Lộc, muốn học thêm kỹ thuật mới ngay tại xã. Kế hoạch có gì cho nông dân như chúng tôi?",
  [("M", "b) Tăng cường tổ chức các lớp phổ biến kiến thức, kỹ năng, chuyển giao công nghệ và xóa mù chữ gắn với dạy nghề truyền thống, dạy nghề ngắn hạn"),
   ("M", "Hội Cựu chiến binh huyện, Hội Nông dân huyện, Hội Người cao tuổi huyện")],
  "Có. Mục III.5.b: trung tâm học tập cộng đồng tăng cường tổ chức các lớp phổ biến kiến thức, kỹ năng, chuyển giao công nghệ gắn với dạy nghề truyền thống, dạy nghề ngắn hạn. Mục V.9.g giao Hội Nông dân huyện (cùng các hội khác) huy động hội viên tham gia chuyển giao công nghệ, hỗ trợ khởi nghiệp, phổ biến kiến thức cho người dân.",
  ["chuyển giao công nghệ", "dạy nghề ngắn hạn", "Hội Nông dân huyện"])
Q("paraphrase",
  "Bố tôi là trưởng họ ở một làng ngoại thành Hà Nội. Có cơ quan nào lo bồi dưỡng kiến thức quốc phòng cho những người như ông không?",
  [("N", "Bộ Tư lệnh Thủ đô: tiếp tục tổ chức, tăng cường công tác tuyên truyền"),
   ("N", "nhất là những người có uy tín trong cộng đồng dân cư, chức sắc, chức việc tôn giáo, già làng, trưởng họ tộc")],
  "Có. Mục V.8 giao Bộ Tư lệnh Thủ đô tăng cường tuyên truyền, phổ biến giáo dục, bồi dưỡng kiến thức quốc phòng, an ninh cho mọi tầng lớp nhân dân, nhất là những người có uy tín trong cộng đồng dân cư, chức sắc, chức việc tôn giáo, già làng, trưởng họ tộc.",
  ["Bộ Tư lệnh Thủ đô", "trưởng họ tộc"])
Q("paraphrase",
  "Tôi là cán bộ xã ở An Lão, đang làm thử một cách làm mới nhưng sợ không thành thì bị kỷ luật. Kế hoạch có gì bảo vệ người như tôi không?",
  [("A", "2. Phòng Nội vụ"), ("A", "chính sách bảo vệ cán bộ, miễn trừ trách nhiệm đối với cán bộ tiên phong, thực hiện thí điểm mà kết quả không đạt")],
  "Có một nhiệm vụ theo hướng đó: mục III.2 giao Phòng Nội vụ nghiên cứu chính sách bảo vệ cán bộ, miễn trừ trách nhiệm đối với cán bộ tiên phong, thực hiện thí điểm mà kết quả không đạt hoặc chỉ đạt một phần mục tiêu, gặp rủi ro do nguyên nhân khách quan. Đây là việc nghiên cứu, kế hoạch chưa ban hành chính sách cụ thể.",
  ["Phòng Nội vụ", "miễn trừ trách nhiệm"])
Q("paraphrase",
  "Nhà tôi ở Cần Thơ khó khăn lắm, con sắp phải nghỉ học. Có tổ chức nào trong kế hoạch hỗ trợ gia đình như tôi?",
  [("C", "d) Đề nghị Hội Liên hiệp Phụ nữ thành phố chỉ đạo các cấp Hội Phụ nữ"), ("C", "Tạo mọi điều kiện hỗ trợ tinh thần, vật chất cho gia đình phụ nữ và trẻ em có hoàn cảnh khó khăn được đến trường")],
  "Có. Mục V.11.d đề nghị Hội Liên hiệp Phụ nữ thành phố chỉ đạo các cấp Hội vận động cho con đi học đúng độ tuổi, không để con bỏ học, và tạo mọi điều kiện hỗ trợ tinh thần, vật chất cho gia đình phụ nữ và trẻ em có hoàn cảnh khó khăn được đến trường.",
  ["Hội Liên hiệp Phụ nữ", "hỗ trợ tinh thần, vật chất"])
Q("paraphrase",
  "Mình là sinh viên Hà Nội, nhà nghèo. Đoàn thanh niên thành phố có được giao gì để giúp những bạn như mình không?",
  [("N", "vận động gây quỹ hỗ trợ học sinh, học viên, sinh viên Hà Nội có hoàn cảnh khó khăn tham gia học tập")],
  "Có. Mục V.15.c giao Đoàn thanh niên cộng sản Hồ Chí Minh thành phố Hà Nội, ngoài lồng ghép tuyên truyền, \"vận động gây quỹ hỗ trợ học sinh, học viên, sinh viên Hà Nội có hoàn cảnh khó khăn tham gia học tập\".",
  ["gây quỹ hỗ trợ học sinh, học viên, sinh viên Hà Nội"])

# ---------------------------------------------------------------- english
Q("english",
  "My draft memo says: \"Hue's 2026 plan requires every commune and ward to have at least two community learning centres by Q3 2026.\" Please correct it.",
  [("H", "bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn thành trong Quý II năm 2026")],
  "Two corrections: the plan requires at least one centre per commune/ward, and the deadline is the second quarter, not the third. Item III.5 reads \"bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn thành trong Quý II năm 2026\". Corrected: \"Hue's 2026 plan requires every commune and ward to have at least one community learning centre (ít nhất một trung tâm), completed within Q2 2026 (Quý II năm 2026).\"",
  ["ít nhất một trung tâm", "Quý II năm 2026"])
Q("english",
  "I run a small private school in An Lão district. Which district office is supposed to manage and support private schools like mine?",
  [("A", "1. Phòng Giáo dục và Đào tạo"), ("A", "tăng cường quản lý, tạo động lực phát triển hệ thống cơ sở giáo dục tư thục trên địa bàn huyện")],
  "The Phòng Giáo dục và Đào tạo (district Education and Training Office). Item III.1 tasks it to \"tăng cường quản lý, tạo động lực phát triển hệ thống cơ sở giáo dục tư thục trên địa bàn huyện\" — strengthen management of, and create momentum for, private education institutions in the district.",
  ["Phòng Giáo dục và Đào tạo", "cơ sở giáo dục tư thục"])
Q("english",
  "I'm a factory worker in Mỹ Lộc district. What does the district plan offer workers like me?",
  [("M", "d) Liên đoàn Lao động huyện"),
   ("M", "Chỉ đạo các cấp công đoàn hướng dẫn, hỗ trợ công đoàn cơ sở trong các doanh nghiệp vận động người sử dụng lao động tạo điều kiện về thời gian, vật chất"),
   ("M", "Nhân rộng các mô hình đào tạo, đào tạo lại nghề nghiệp cho người lao động trong các doanh nghiệp")],
  "The district Labour Federation (Liên đoàn Lao động huyện, item V.9.d) is to encourage workers to raise their skills and to have the trade unions help the grassroots unions (công đoàn cơ sở) persuade employers to give workers time and material support and set up study-promotion funds. The Labour office (Phòng LĐ-TB&XH, V.2.b) is to spread models for training and retraining workers in enterprises (\"đào tạo, đào tạo lại nghề nghiệp cho người lao động trong các doanh nghiệp\").",
  ["Liên đoàn Lao động huyện", "công đoàn cơ sở", "đào tạo lại nghề nghiệp"])
Q("english",
  "Looking back at the first half of 2026: what did Hue's plan require to be completed by the end of June?",
  [("H", "hoàn thành trong Quý II năm 2026")],
  "One dated task: reviewing and consolidating the community learning centre network so that every commune and ward has at least one centre, \"hoàn thành trong Quý II năm 2026\" (by the end of Q2 2026, item III.5). No other task in the plan has a date in the first half of the year.",
  ["Quý II năm 2026"])
Q("english",
  "Our grant proposal says \"Hanoi aims for 60% of citizens to have digital skills by 2025\". Please fix the figure.",
  [("N", "50% công dân đạt danh hiệu công dân học tập; 50% công dân đạt kỹ năng số."),
   ("N", "70% công dân đạt danh hiệu công dân học tập; 70% công dân đạt kỹ năng số.")],
  "The 2025 figure is 50%: \"50% công dân đạt kỹ năng số\" (item II.2.1.d). 70% is the 2030 target (\"70% công dân đạt kỹ năng số\", II.2.2.d). Corrected: \"Hanoi aims for 50% of citizens to have digital skills by 2025 and 70% by 2030.\"",
  ["50% công dân đạt kỹ năng số", "70% công dân đạt kỹ năng số"])
Q("english",
  "We are a foreign NGO hoping to work with Cần Thơ on open and distance learning. Which part of plan 74 covers this, and who coordinates the plan overall?",
  [("C", "b) Nghiên cứu, triển khai các chương trình hợp tác quốc tế về công nghệ đào tạo mở và từ xa trên nền tảng cuộc Cách mạng công nghiệp lần thứ tư"),
   ("C", "phản ánh về Sở Giáo dục và Đào tạo (Thường trực Ban Chỉ đạo thành phố)")],
  "Item III.6 (international cooperation) b): \"Nghiên cứu, triển khai các chương trình hợp tác quốc tế về công nghệ đào tạo mở và từ xa\" — research and implement international cooperation programmes on open and distance learning technology. The plan names no lead body for III.6; the Sở Giáo dục và Đào tạo, as the standing office of the city steering committee (Thường trực Ban Chỉ đạo thành phố), leads implementation (V.1) and receives issues raised.",
  ["công nghệ đào tạo mở và từ xa", "Sở Giáo dục và Đào tạo"])
Q("english",
  "I teach at a community learning centre in a commune of Mỹ Lộc. Does the district plan promise anything for centres like mine?",
  [("M", "d) Thực hiện đầy đủ các cơ chế, chính sách hỗ trợ các Trung tâm Học tập cộng đồng, nhất là cơ chế tài chính."),
   ("M", "c) Huy động có hiệu quả các nguồn lực từ cộng đồng và các tổ chức kinh tế - xã hội cho các hoạt động của Trung tâm Học tập cộng đồng")],
  "Yes. Item III.3.d: fully apply the support mechanisms and policies for community learning centres, \"nhất là cơ chế tài chính\" (especially financial ones). Item III.5.c adds \"Huy động có hiệu quả các nguồn lực\" — mobilising resources from the community and socio-economic organisations for the centres, piloting new centre models, and more classes on knowledge, skills and technology transfer.",
  ["nhất là cơ chế tài chính", "Huy động có hiệu quả các nguồn lực"])
Q("english",
  "Which things must Mỹ Lộc's district Education Office do every year, and by when?",
  [("M", "đ) Tổ chức xét tặng, ghi nhận những tấm gương tiêu biểu về tự học thành tài"),
   ("M", "e) Tổ chức kiểm tra, giám sát và đánh giá, tổng hợp, báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm")],
  "Item V.1: each year the Phòng Giáo dục và Đào tạo honours examples of self-taught success (\"tự học thành tài\") and contributors (V.1.đ), and inspects, evaluates and reports to the district People's Committee before 15 December each year (\"trước ngày 15 tháng 12 hằng năm\", V.1.e).",
  ["tự học thành tài", "15 tháng 12 hằng năm"])
Q("english",
  "Our briefing note says Cần Thơ's plan No. 74 was issued by the city People's Committee. Is that right? Please correct the sentence.",
  [("C", "Số: 74 /KH-BCĐ"),
   ("C", "Ban Chỉ đạo Xây dựng xã hội học tập - Xóa mù chữ - Phổ cập giáo dục thành phố Cần Thơ giai đoạn 2021 - 2030"),
   ("C", "TM. BAN CHỈ ĐẠO TRƯỞNG BAN")],
  "Not quite. Plan 74/KH-BCĐ was issued by the city's steering committee, the Ban Chỉ đạo Xây dựng xã hội học tập - Xóa mù chữ - Phổ cập giáo dục thành phố Cần Thơ giai đoạn 2021 - 2030, and signed \"TM. BAN CHỈ ĐẠO TRƯỞNG BAN\" by Nguyễn Thực Hiện, Vice-Chair of the city People's Committee. Corrected: \"Plan No. 74/KH-BCĐ was issued by the Cần Thơ Steering Committee for building a learning society, literacy and universal education.\"",
  ["Ban Chỉ đạo", "TRƯỞNG BAN"])
Q("english",
  "I'm with a library foundation. In Hue, who leads the programme on lifelong learning in libraries and museums, and under which plan?",
  [("H", "2. Sở Văn hóa và Thể thao"),
   ("H", "Kế hoạch số 288/KH-UBND ngày 25 tháng 8 năm 2023")],
  "The Sở Văn hóa và Thể thao (Department of Culture and Sports, item V.2) leads, implementing Kế hoạch số 288/KH-UBND of 25 August 2023 on the programme \"Đẩy mạnh các hoạt động phục vụ học tập suốt đời trong thư viện, bảo tàng, trung tâm văn hóa đến năm 2030\".",
  ["Sở Văn hóa và Thể thao", "288/KH-UBND"])
Q("english",
  "For community learning centres using IT in management, what are Hanoi's 2025 and 2030 targets?",
  [("N", "70% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục."),
   ("N", "90% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục.")],
  "70% by 2025 (item II.2.1.c) and 90% by 2030 (item II.2.2.c) of community learning centres applying IT in managing and organising educational activities.",
  ["70%", "90%"])
Q("english",
  "Dear colleagues, I hope this finds you well. I am preparing a short brief for our partners on civil-service training in Hanoi and would like to get the attribution right. I'd be grateful if you could tell me which department is in charge of training civil servants in information capacity.",
  [("N", "trang bị năng lực thông tin cho đội ngũ cán bộ công chức, viên chức, người lao động trên địa bàn Thành phố"),
   ("N", "5. Sở Thông tin và Truyền thông")],
  "The Sở Thông tin và Truyền thông (Department of Information and Communications, item V.5) leads training courses that build knowledge, skills and \"năng lực thông tin\" (information capacity) for civil servants, public employees and workers. The Sở Nội vụ (V.3) separately runs general training courses for officials.",
  ["Sở Thông tin và Truyền thông", "năng lực thông tin"])
Q("english",
  "I'm an ethnic-minority parent in Cần Thơ. What does plan 74 do for children like mine?",
  [("C", "9. Ban Dân tộc"),
   ("C", "hỗ trợ, tạo cơ hội và điều kiện thuận lợi cho trẻ em, người dân tộc thiểu số được tham gia học tập")],
  "The Ban Dân tộc (Ethnic Affairs Committee, item V.9) is to run education and training support programmes for ethnic minority people and to \"hỗ trợ, tạo cơ hội và điều kiện thuận lợi cho trẻ em, người dân tộc thiểu số được tham gia học tập\" — support and create opportunities for ethnic minority children and people to study. Item III.2.d also mentions support policies for community learning centres in ethnic minority areas.",
  ["Ban Dân tộc", "trẻ em, người dân tộc thiểu số"])
Q("english",
  "My slide reads: \"Mỹ Lộc: 12% of people aged 15+ hold a university degree by 2030.\" Fix it please.",
  [("M", "trong đó 12% dân số có trình độ đại học trở lên"),
   ("M", "trong đó 15% dân số có trình độ đại học trở lên")],
  "12% is the 2025 figure (within \"Khoảng 50%\" with technical qualifications, item II.2.a). For 2030 the plan sets 15%: \"70% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó 15% dân số có trình độ đại học trở lên\" (II.2.b). Corrected: \"Mỹ Lộc: 15% by 2030 (12% by 2025).\"",
  ["15%", "12%"])
Q("english",
  "A commune in An Lão wants guidance on setting up its community learning centre after the administrative merger. Which office does the plan task with that?",
  [("A", "1. Phòng Giáo dục và Đào tạo"), ("A", "Hướng dẫn, đôn đốc thành lập, kiện toàn hệ thống trung tâm học tập cộng đồng cấp xã sau khi sắp xếp, sáp nhập các đơn vị hành chính")],
  "The Phòng Giáo dục và Đào tạo: item III.1 tasks it with \"Hướng dẫn, đôn đốc thành lập, kiện toàn hệ thống trung tâm học tập cộng đồng cấp xã sau khi sắp xếp, sáp nhập các đơn vị hành chính\" — guiding and urging the setting up of commune-level community learning centres after the merger.",
  ["Phòng Giáo dục và Đào tạo", "sau khi sắp xếp, sáp nhập"])
Q("english",
  "My comparison table says both the Hanoi and the Cần Thơ plans give the Department of Home Affairs a task on job-position schemes (Đề án vị trí việc làm). Is that correct?",
  [("C", "xây dựng Đề án vị trí việc làm, điều chỉnh vị trí việc làm và cơ cấu viên chức theo chức danh nghề nghiệp"),
   ("N", "tổ chức các lớp tập huấn, bồi dưỡng kiến thức, kỹ năng cho đội ngũ cán bộ công chức, viên chức, người lao động")],
  "Only Cần Thơ's. In Cần Thơ the Sở Nội vụ leads building the \"Đề án vị trí việc làm\" and adjusting job positions and staff structure (item V.2). Hanoi's Sở Nội vụ is tasked instead with organising \"tập huấn, bồi dưỡng kiến thức, kỹ năng\" courses for officials and workers (V.3).",
  ["Đề án vị trí việc làm", "tập huấn, bồi dưỡng kiến thức"])
Q("english",
  "I'm a university lecturer in Hue. What does the 2026 plan expect of universities?",
  [("H", "100% các trường đại học, cao đẳng có triển khai đại học số và xây dựng học liệu số."),
   ("H", "tăng cường hợp tác với các trường đại học, cơ sở đào tạo để xây dựng, kết nối và chia sẻ học liệu điện tử")],
  "Target II.3: 100% of universities and colleges deploy \"đại học số\" (digital university) and build \"học liệu số\" (digital learning materials). Item III.6 also encourages continuing-education and vocational institutions to cooperate with universities to build and share e-learning materials and open courses.",
  ["đại học số", "học liệu số"])
Q("english",
  "What did Hanoi's plan require the district-level People's Committees to do every year?",
  [("N", "Cân đối và bố trí kinh phí hàng năm trong phạm vi ngân sách để thực hiện Kế hoạch"),
   ("N", "định kỳ hàng năm tổng hợp kết quả, báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12")],
  "Each year they must balance and allocate funds within their budget (\"bố trí kinh phí hàng năm\", item V.16), draw up annual implementation plans, and report results to the city People's Committee before 1 December (\"trước ngày 01 tháng 12\", via the Sở Giáo dục và Đào tạo).",
  ["kinh phí hàng năm", "01 tháng 12"])
Q("english",
  "If a commune in Mỹ Lộc runs into difficulties implementing the plan, whom should it contact?",
  [("M", "nếu có khó khăn, vướng mắc, các cơ quan, đơn vị chủ động báo cáo, đề xuất về Phòng Giáo dục và Đào tạo")],
  "The district Phòng Giáo dục và Đào tạo: the closing paragraph says that in case of \"khó khăn, vướng mắc\" units should report and make proposals to it, so it can advise the district People's Committee.",
  ["Phòng Giáo dục và Đào tạo", "khó khăn, vướng mắc"])

# ---------------------------------------------------------------- follow_up
Q("follow_up",
  "Thế ở Mỹ Lộc thì chỉ tiêu công dân học tập là bao nhiêu?",
  [("M", "40% công dân đạt danh hiệu công dân học tập theo tiêu chí do cơ quan có thẩm quyền ban hành"),
   ("M", "60% công dân đạt danh hiệu công dân học tập.")],
  "Ở Mỹ Lộc: 40% công dân đạt danh hiệu công dân học tập đến năm 2025 và 60% đến năm 2030 (mục II.2.a và II.2.b). Kế hoạch không giao riêng cơ quan theo dõi chỉ tiêu này; Hội Khuyến học huyện triển khai các tiêu chí công dân học tập (V.9.b).",
  ["40%", "60%"],
  ["Ở Huế, ai theo dõi mục tiêu Công dân học tập?",
   "Hội Khuyến học thành phố \"theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về 'Công dân học tập'\" (mục V.7) [000_4550be4bb11189cd.txt]; chỉ tiêu năm 2026 là 40% công dân đạt danh hiệu công dân học tập (mục II.4)."])
Q("follow_up",
  "Vậy sang Cần Thơ thì Sở Nội vụ được giao gì?",
  [("C", "xây dựng Đề án vị trí việc làm, điều chỉnh vị trí việc làm và cơ cấu viên chức theo chức danh nghề nghiệp")],
  "Ở Cần Thơ (mục V.2), Sở Nội vụ chủ trì, phối hợp với các cơ quan, đơn vị, UBND quận, huyện xây dựng Đề án vị trí việc làm, điều chỉnh vị trí việc làm và cơ cấu viên chức theo chức danh nghề nghiệp trong các đơn vị sự nghiệp công lập.",
  ["Đề án vị trí việc làm"],
  ["Kế hoạch Hà Nội giao Sở Nội vụ việc gì?",
   "Sở Nội vụ chủ trì tổ chức các lớp tập huấn, bồi dưỡng kiến thức, kỹ năng cho đội ngũ cán bộ công chức, viên chức, người lao động (mục V.3) [002_797e8de6131c77f9.txt].",
   "Còn Ban Thi đua - Khen thưởng thì sao?",
   "Ban Thi đua - Khen thưởng (Sở Nội vụ) phối hợp với Sở Giáo dục và Đào tạo tham mưu khen thưởng nhân dịp sơ kết, tổng kết các giai đoạn của Đề án (mục V.7) [002_797e8de6131c77f9.txt]."])
Q("follow_up",
  "Còn việc nào khác xã phải làm theo chu kỳ hằng năm không?",
  [("M", "a) Xây dựng kế hoạch thực hiện hằng năm và từng giai đoạn phù hợp với kế hoạch phát triển kinh tế xã hội của địa phương")],
  "Có: mục V.11.a giao UBND các xã, thị trấn xây dựng kế hoạch thực hiện hằng năm và từng giai đoạn phù hợp với kế hoạch phát triển kinh tế xã hội của địa phương, cùng với việc báo cáo trước 10 tháng 12 đã nêu.",
  ["kế hoạch thực hiện hằng năm và từng giai đoạn"],
  ["Theo kế hoạch Mỹ Lộc, UBND xã phải gửi báo cáo trước ngày nào?",
   "Trước ngày 10 tháng 12 hằng năm, gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo (mục V.11.d) [001_7bafa58816a5de75.txt]."])
Q("follow_up",
  "Sửa giúp câu trong báo cáo của tôi: \"Năm 2026, 90% trung tâm học tập cộng đồng ở Huế ứng dụng công nghệ thông tin.\"",
  [("H", "100% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục.")],
  "Con số đúng là 100%: \"100% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục\" (mục II.3). Câu sửa: \"Năm 2026, 100% các trung tâm học tập cộng đồng ở Huế ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục.\"",
  ["100% các trung tâm học tập cộng đồng"],
  ["Huế năm 2026 đặt chỉ tiêu gì cho các trường đại học về đại học số?",
   "100% các trường đại học, cao đẳng có triển khai đại học số và xây dựng học liệu số (mục II.3) [000_4550be4bb11189cd.txt]."])
Q("follow_up",
  "Ở Hà Nội, nếu thư viện quận muốn tổ chức hoạt động văn hóa đọc thì hỏi thêm sở nào?",
  [("N", "5. Sở Thông tin và Truyền thông"), ("N", "Phối hợp với Sở Văn hóa và Thể thao, Sở Giáo dục và Đào tạo, các cơ quan liên quan tổ chức hiệu quả các hoạt động nhằm triển khai văn hóa đọc")],
  "Sở Thông tin và Truyền thông: mục V.5 giao sở này phối hợp với Sở Văn hóa và Thể thao, Sở Giáo dục và Đào tạo tổ chức các hoạt động nhằm triển khai văn hóa đọc trong cộng đồng. Thư viện có thể làm việc với Sở Văn hóa và Thể thao và Sở Thông tin và Truyền thông.",
  ["Sở Thông tin và Truyền thông", "văn hóa đọc"],
  ["Ở Cần Thơ ai chủ trì nhân rộng mô hình học tập suốt đời trong thư viện?",
   "Sở Văn hóa, Thể thao và Du lịch chủ trì nhân rộng các mô hình học tập suốt đời trong thư viện, bảo tàng, nhà văn hóa, câu lạc bộ (mục V.5) [003_1a817ee72b993e3e.txt].",
   "Còn ở Hà Nội?",
   "Sở Văn hóa và Thể thao chủ trì nhân rộng các mô hình học tập suốt đời trong các thiết chế văn hóa cơ sở (thư viện, bảo tàng, nhà văn hóa, câu lạc bộ…) (mục V.4) [002_797e8de6131c77f9.txt]."])
Q("follow_up",
  "And in Cần Thơ's plan?",
  [("C", "hỗ trợ những người hết tuổi lao động, người nội trợ, người khuyết tật có điều kiện thuận lợi để học tập suốt đời"),
   ("C", "người khuyết tật, người nội trợ, người cao tuổi dễ dàng tiếp cận, nâng cao kỹ năng nghề nghiệp")],
  "Cần Thơ's plan has two lines: item III.2.đ proposes mechanisms and policies to support \"người hết tuổi lao động, người nội trợ, người khuyết tật\" to learn throughout life, and item III.3.a asks vocational institutions to expand work-study, distance and guided self-study so that people with disabilities (\"người khuyết tật\") and others can access vocational education.",
  ["người khuyết tật", "người nội trợ"],
  ["I have a disability and live in Hanoi. Does the plan help people like me keep learning?",
   "Yes: item III.6 provides for mechanisms to help \"người hết tuổi lao động, người nội trợ, người khuyết tật\" learn throughout life, and the Sở Lao động - Thương binh và Xã hội runs training support for người khuyết tật (V.2) [002_797e8de6131c77f9.txt]."])
Q("follow_up",
  "Thế Mỹ Lộc thì thực hiện kế hoạch nào của tỉnh?",
  [("M", "Thực hiện Kế hoạch số 145/KH- UBND ngày 23/12//2021 của UBND tỉnh Nam Định")],
  "Kế hoạch Mỹ Lộc thực hiện Kế hoạch số 145/KH- UBND ngày 23/12//2021 (in như vậy, tức 23/12/2021) của UBND tỉnh Nam Định về thực hiện Đề án \"Xây dựng xã hội học tập giai đoạn 2021-2030\".",
  ["145/KH- UBND", "tỉnh Nam Định"],
  ["Kế hoạch An Lão thực hiện kế hoạch nào của thành phố?",
   "Kế hoạch số 108/KH-UBND ngày 06/5/2025 của UBND thành phố Hải Phòng về phong trào \"Học tập suốt đời\" (đoạn mở đầu) [004_b1b28019b71edc03.txt]."])
Q("follow_up",
  "Quay lại Hội Khuyến học: hội phối hợp với sở nào để đẩy mạnh trung tâm học tập cộng đồng?",
  [("N", "Phối hợp với Sở Giáo dục và Đào tạo đẩy mạnh hoạt động của các trung tâm học tập cộng đồng.")],
  "Với Sở Giáo dục và Đào tạo: mục V.15.b ghi Hội Khuyến học Thành phố \"Phối hợp với Sở Giáo dục và Đào tạo đẩy mạnh hoạt động của các trung tâm học tập cộng đồng\".",
  ["Sở Giáo dục và Đào tạo", "đẩy mạnh hoạt động của các trung tâm học tập cộng đồng"],
  ["Hà Nội: Hội Khuyến học Thành phố làm gì?",
   "Hội chỉ đạo lồng ghép tuyên truyền Nghị quyết 23-NQ/TU, nhân rộng các mô hình học tập, củng cố tổ chức Hội ở cơ quan, doanh nghiệp, trường học, lực lượng vũ trang và xã hội hóa nguồn lực (mục V.15.b) [002_797e8de6131c77f9.txt].",
   "Còn Đoàn thanh niên?",
   "Đoàn thanh niên thành phố chủ trì lồng ghép tuyên truyền qua các phong trào của thanh niên và vận động gây quỹ hỗ trợ học sinh, học viên, sinh viên Hà Nội có hoàn cảnh khó khăn (mục V.15.c) [002_797e8de6131c77f9.txt]."])
Q("follow_up",
  "Trong năm đó, việc gì được ghi là làm hàng năm?",
  [("C", "b) Hàng năm, tổ chức hiệu quả Tuần lễ hưởng ứng học tập suốt đời, Ngày sách và văn hóa đọc Việt Nam")],
  "Mục III.1.b: \"Hàng năm, tổ chức hiệu quả Tuần lễ hưởng ứng học tập suốt đời, Ngày sách và văn hóa đọc Việt Nam\". Ngoài ra, dự toán kinh phí được tổng hợp trong kế hoạch dự toán ngân sách hàng năm của đơn vị (mục IV).",
  ["Tuần lễ hưởng ứng học tập suốt đời", "Ngày sách và văn hóa đọc Việt Nam"],
  ["Kế hoạch của Cần Thơ là kế hoạch năm nào?",
   "Kế hoạch 74/KH-BCĐ ngày 04/5/2024, xây dựng xã hội học tập năm 2024 trên địa bàn thành phố Cần Thơ [003_1a817ee72b993e3e.txt]."])
Q("follow_up",
  "Tôi định ghi vào biên bản: \"Phòng LĐ-TB&XH hỗ trợ đào tạo cho lao động nông thôn, người khuyết tật, người cao tuổi.\" Sửa giúp cho đúng danh sách trong kế hoạch.",
  [("M", "c) Triển khai các chương trình, dự án, đề án hỗ trợ đào tạo, đào tạo lại cho các đối tượng: lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động")],
  "Danh sách ở mục V.2.c là: lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động (không có \"người cao tuổi\"). Câu sửa: \"Phòng LĐ-TB&XH triển khai các chương trình, dự án, đề án hỗ trợ đào tạo, đào tạo lại cho lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động.\"",
  ["người dân tộc thiểu số, phụ nữ, người hết tuổi lao động"],
  ["Mỹ Lộc: Phòng Lao động - Thương binh và Xã hội làm gì?",
   "Chủ trì triển khai đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới, hỗ trợ người yếu thế; nhân rộng mô hình đào tạo lại nghề; triển khai chương trình hỗ trợ đào tạo cho các đối tượng (mục V.2) [001_7bafa58816a5de75.txt]."])
Q("follow_up",
  "Ở An Lão thì cấp xã lo ngân sách thế nào?",
  [("A", "Tổng hợp dự toán hàng năm, bố trí và phân bổ ngân sách theo kế hoạch cho công tác khuyến học, khuyến tài")],
  "Ở An Lão, UBND xã, thị trấn \"tổng hợp dự toán hàng năm, bố trí và phân bổ ngân sách theo kế hoạch cho công tác khuyến học, khuyến tài, xây dựng xã hội học tập và học tập suốt đời tại địa phương\" (mục III.9), và tăng cường nguồn lực đầu tư cho giáo dục.",
  ["phân bổ ngân sách"],
  ["Kế hoạch Huế 2026: Sở Tài chính làm gì?",
   "Trên cơ sở đề nghị của các cơ quan và khả năng cân đối ngân sách, tham mưu UBND thành phố bố trí kinh phí thực hiện Kế hoạch (mục V.4) [000_4550be4bb11189cd.txt].",
   "Còn UBND xã, phường ở Huế lo tiền thế nào?",
   "Chịu trách nhiệm cân đối, bố trí ngân sách địa phương và huy động các nguồn kinh phí hợp pháp khác (mục V.9) [000_4550be4bb11189cd.txt]."])
Q("follow_up",
  "And which body does it work with to propose awards for outstanding people?",
  [("N", "7. Ban Thi đua - Khen thưởng (Sở Nội vụ)"),
   ("N", "tham mưu trình Ủy ban nhân dân Thành phố khen thưởng cho các tập thể, cá nhân có thành tích")],
  "The Ban Thi đua - Khen thưởng (Sở Nội vụ) — the Emulation and Commendation Board — works with the Sở Giáo dục và Đào tạo to propose to the city People's Committee awards for groups and individuals with achievements, at the preliminary and final reviews of the scheme (item V.7). The Department itself also proposes awards to the city and the Ministry (V.1).",
  ["Ban Thi đua - Khen thưởng"],
  ["Who is the standing body for Hanoi's plan?",
   "The Sở Giáo dục và Đào tạo is \"cơ quan thường trực\", helping the city People's Committee implement the plan (item V.1) [002_797e8de6131c77f9.txt]."])
Q("follow_up",
  "Thế bên Cần Thơ, Hội Cựu chiến binh thành phố được đề nghị gì?",
  [("C", "đ) Đề nghị Hội Cựu chiến binh thành phố, Hội Nông dân thành phố"),
   ("C", "huy động hội viên tham gia chuyển giao công nghệ, hỗ trợ hoạt động khởi nghiệp, phổ biến kiến thức cho người dân")],
  "Mục V.11.đ đề nghị Hội Cựu chiến binh thành phố (cùng Hội Nông dân thành phố) hướng dẫn các cấp Hội phối hợp tổ chức hoạt động khuyến học, khuyến tài theo tinh thần xã hội hóa; huy động hội viên tham gia chuyển giao công nghệ, hỗ trợ hoạt động khởi nghiệp, phổ biến kiến thức cho người dân. Kế hoạch Cần Thơ không nhắc quỹ riêng nào của Hội.",
  ["Hội Nông dân thành phố", "chuyển giao công nghệ", "hỗ trợ hoạt động khởi nghiệp"],
  ["Tôi là hội viên Hội Cựu chiến binh huyện Mỹ Lộc, hội tôi được giao gì?",
   "Mục V.9.g giao Hội Cựu chiến binh (cùng Hội Nông dân, Hội Người cao tuổi, Hội Cựu giáo chức huyện) hướng dẫn các cấp hội tổ chức hoạt động khuyến học, nâng cao chất lượng \"Quỹ vòng tay đồng đội\", huy động hội viên chuyển giao công nghệ [001_7bafa58816a5de75.txt]."])
Q("follow_up",
  "Vậy trước mốc đó, trong năm 2026 còn mốc nào phải xong không?",
  [("H", "hoàn thành trong Quý II năm 2026")],
  "Có một mốc sớm hơn: rà soát, kiện toàn hệ thống trung tâm học tập cộng đồng, bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn thành trong Quý II năm 2026 (mục III.5).",
  ["Quý II năm 2026"],
  ["Huế 2026: xã, phường báo cáo hạn nào?",
   "Trước ngày 15/12/2026, gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo (mục V.9) [000_4550be4bb11189cd.txt].",
   "Sở nhận báo cáo rồi làm gì?",
   "Sở Giáo dục và Đào tạo tổng hợp, báo cáo UBND thành phố; Sở kiểm tra, giám sát, định kỳ báo cáo và dự thảo văn bản của UBND thành phố gửi Bộ Giáo dục và Đào tạo (mục V.1) [000_4550be4bb11189cd.txt]."])
Q("follow_up",
  "And who else is asked to spread it in offices and localities?",
  [("A", "phong trào “Bình dân học vụ số” trong cơ quan, đơn vị, địa phương")],
  "Item III.6 asks the Fatherland Front (Ủy ban Mặt trận Tổ quốc Việt Nam) and the socio-political and social organisations, schools and businesses to mobilise their members and implement the learning models and the \"Bình dân học vụ số\" movement in their agencies, units and localities (\"trong cơ quan, đơn vị, địa phương\").",
  ["Bình dân học vụ số", "trong cơ quan, đơn vị, địa phương"],
  ["In An Lão's plan, which office leads the 'Bình dân học vụ số' movement?",
   "The Phòng Văn hóa Khoa học và Thông tin \"chủ trì tham mưu triển khai phong trào 'Bình dân học vụ số' trong toàn dân\" (item III.3) [004_b1b28019b71edc03.txt]."])
Q("follow_up",
  "Nếu trường tôi muốn hỏi cách kiểm tra, công nhận kết quả học tập giáo dục thường xuyên thì hỏi cơ quan nào?",
  [("C", "1. Sở Giáo dục và Đào tạo"), ("C", "tổ chức kiểm tra, công nhận kết quả học tập giáo dục thường xuyên theo quy định")],
  "Hỏi Sở Giáo dục và Đào tạo: mục V.1.b giao Sở \"tổ chức kiểm tra, công nhận kết quả học tập giáo dục thường xuyên theo quy định\".",
  ["Sở Giáo dục và Đào tạo", "công nhận kết quả học tập giáo dục thường xuyên"],
  ["KH 74 của Cần Thơ giao Sở Giáo dục và Đào tạo những gì?",
   "Chủ trì triển khai các nhiệm vụ của Kế hoạch; triển khai các tiêu chí đánh giá; tham mưu khen thưởng; tham mưu kiểm tra, đánh giá, tổng hợp, báo cáo và sơ kết, tổng kết (mục V.1) [003_1a817ee72b993e3e.txt]."])

# ---------------------------------------------------------------- unanswerable (near misses)
R = "Các kế hoạch đã nạp không nêu điều này"
U("Sửa giúp câu trong báo cáo: \"Sở Y tế Cần Thơ phối hợp tổ chức lớp kỹ năng sống cho người lao động.\"",
  r"so y te|nganh y te", ["C"],
  R + ": KH 74 của Cần Thơ không nhắc Sở Y tế và không có mục chung cho các sở khác, nên không có dòng nào để sửa câu theo.")
U("Sửa giúp câu trong báo cáo: \"Kế hoạch của huyện Vụ Bản đặt 60% công dân học tập năm 2030.\"",
  r"vu ban", ALL,
  R + ": không có kế hoạch nào của huyện Vụ Bản trong các kế hoạch đã nạp (cùng tỉnh Nam Định chỉ có kế hoạch của huyện Mỹ Lộc), nên không thể kiểm tra con số này.")
U("Trong quý I/2027, huyện An Lão phải làm những gì theo kế hoạch?",
  r"2027|quy (i|1)\b", ["A"],
  R + ": kế hoạch An Lão không đặt mốc nào theo quý hay cho năm 2027; nó chỉ ghi các việc làm hằng năm, định kỳ.")
U("Kế hoạch 74 của Cần Thơ có hạn nộp gì trong tháng 6/2024 không?",
  r"/6/2024|thang 6 nam 2024|truoc ngay|han chot|thoi han", ["C"],
  R + ": KH 74/KH-BCĐ không đặt ngày hạn nào, kể cả trong tháng 6/2024.")
U("Tôi là bộ đội xuất ngũ ở Cần Thơ. Kế hoạch 74 có ưu tiên học nghề cho người như tôi không?",
  r"nghia vu quan su|xuat ngu|hoan thanh nghia vu", ["C"],
  R + ": KH 74 của Cần Thơ không nhắc ưu tiên cho người hoàn thành nghĩa vụ quân sự (dòng ưu tiên này chỉ có trong kế hoạch Huế).")
U("Người đang cai nghiện ở An Lão có được học nghề theo kế hoạch huyện không?",
  r"cai nghien|pham nhan|trai giam|giao duong", ["A"],
  R + ": kế hoạch An Lão không có dòng nào về người cai nghiện hay người trong cơ sở giam giữ, giáo dưỡng.")
U("Ở Mỹ Lộc, muốn hỏi về lớp dạy tiếng dân tộc thiểu số thì hỏi cơ quan nào?",
  r"tieng dan toc", ["M"],
  R + ": kế hoạch Mỹ Lộc không có nhiệm vụ dạy tiếng dân tộc thiểu số nên không chỉ ra nơi để hỏi.")
U("Ở An Lão, phòng nào hướng dẫn đánh giá \"Đơn vị học tập\" theo Thông tư 24/2023/TT-BGDĐT?",
  r"24/2023|thong tu so 24", ["A"],
  R + ": kế hoạch An Lão không dẫn Thông tư 24/2023/TT-BGDĐT (nó chỉ dẫn Thông tư 25/2023 về \"Cộng đồng học tập\") và không giao ai hướng dẫn theo thông tư đó.")
U("Hiện nay Hà Nội đã có bao nhiêu quận, huyện được công nhận huyện học tập?",
  r"\bda co \d+|den nay (da )?co|\d+ quan, huyen (da )?duoc cong nhan|\d+/\d+ quan", ["N"],
  R + ": kế hoạch Hà Nội chỉ đặt mục tiêu (40% năm 2025, 60% năm 2030), không cho số hiện có.")
U("Nếu phường ở Huế nộp báo cáo sau ngày 15/12/2026 thì bị xử lý thế nào?",
  r"xu ly|xu phat|ky luat|phe binh|khien trach|tru diem", ["H"],
  R + ": kế hoạch Huế chỉ đặt hạn 15/12/2026, không nói chế tài khi nộp trễ.")
U("Mục tiêu năm 2028 của Hà Nội về công dân học tập là bao nhiêu?",
  r"2028", ["N"],
  R + ": kế hoạch Hà Nội chỉ có mốc 2025 (50%) và 2030 (70%), không có mốc 2028.")
U("Mỗi trung tâm học tập cộng đồng ở Mỹ Lộc được cấp bao nhiêu tiền một năm?",
  r"trieu dong|ty dong|\d+ ?trieu|dong/nam|\bvnd\b", ["M"],
  R + ": kế hoạch Mỹ Lộc chỉ nói kinh phí theo phân cấp ngân sách và cơ chế hỗ trợ trung tâm, không có mức tiền.")
U("Sửa giúp câu: \"Sở Ngoại vụ Cần Thơ chủ trì hợp tác quốc tế về học tập suốt đời.\"",
  r"ngoai vu", ["C"],
  R + ": KH 74 không nhắc Sở Ngoại vụ và không giao cơ quan nào chủ trì mục hợp tác quốc tế III.6, nên không có dòng để sửa theo.")
U("Năm 2024 Cần Thơ đặt bao nhiêu % dòng họ đạt \"Dòng họ học tập\"?",
  r"dong ho hoc tap|\d+ ?% [^.;]{0,60}dong ho\b", ["C"],
  R + ": KH 74 không có chỉ tiêu \"Dòng họ học tập\"; nó chỉ có tỷ lệ cho \"Đơn vị học tập\" và \"Cộng đồng học tập\".")
U("What are Ha Nam province's 2030 learning-society targets?",
  r"\bha nam\b", ALL,
  "None of the loaded plans is from Hà Nam province, so its targets are not covered (the loaded plans are Huế, Mỹ Lộc, Hà Nội, Cần Thơ and An Lão).")
U("Kế hoạch riêng của thị xã Sơn Tây có chỉ tiêu gì về công dân học tập?",
  r"son tay", ALL,
  R + ": không có kế hoạch riêng của thị xã Sơn Tây; kế hoạch Hà Nội chỉ giao việc chung cho UBND quận, huyện, thị xã.")
U("Huyện An Lão tỉnh Bình Định giao Phòng GD&ĐT những việc gì trong phong trào Học tập suốt đời?",
  r"binh dinh", ALL,
  R + ": kế hoạch An Lão đã nạp là của huyện An Lão, thành phố Hải Phòng; không có kế hoạch của huyện An Lão tỉnh Bình Định.")
U("Mục tiêu năm 2028 của huyện Mỹ Lộc về kỹ năng sống là bao nhiêu?",
  r"2028", ["M"],
  R + ": kế hoạch Mỹ Lộc chỉ có mốc 2025 (60%) và 2030 (80%).")
U("Các việc đó có hạn hoàn thành không, ngày nào?",
  r"truoc ngay|han chot|thoi han|hoan thanh trong|quy (i|ii|iii|iv)\b", ["A"],
  R + ": kế hoạch An Lão không đặt hạn cho các việc của Phòng Nội vụ (cũng không có ngày hạn nào trong cả kế hoạch).",
  ["An Lão: Phòng Nội vụ làm gì?",
   "Chủ trì tham mưu kế hoạch, kinh phí đào tạo, bồi dưỡng cán bộ; khảo sát, đánh giá chất lượng đội ngũ; nghiên cứu khung tiêu chí đánh giá và chính sách bảo vệ cán bộ dám nghĩ, dám làm (mục III.2) [004_b1b28019b71edc03.txt]."])
U("Does Hanoi's plan run 'Bình dân học vụ số' too?",
  r"binh dan hoc vu", ["N"],
  "The plans do not cover this for Hanoi: the Hanoi plan does not mention the \"Bình dân học vụ số\" movement (it appears only in An Lão's plan).",
  ["In An Lão's plan, which office leads the 'Bình dân học vụ số' movement?",
   "The Phòng Văn hóa Khoa học và Thông tin leads advising on it (item III.3) [004_b1b28019b71edc03.txt]."])
U("Thế còn báo cáo 6 tháng thì hạn ngày nào?",
  r"6 thang|sau thang|giua nam|30 thang 6|thang 6 hang nam", ["M"],
  R + ": kế hoạch Mỹ Lộc không có báo cáo 6 tháng, chỉ có các hạn hằng năm (30/11, 10/12, 15/12).",
  ["Mỹ Lộc: Phòng GD&ĐT báo cáo UBND huyện trước ngày nào?",
   "Trước ngày 15 tháng 12 hằng năm (mục V.1.e) [001_7bafa58816a5de75.txt]."])
U("Sửa giúp câu: \"An Lão phấn đấu 50% công dân đạt danh hiệu Công dân học tập.\"",
  r"%|phan tram", ["A"],
  R + ": kế hoạch An Lão không đặt tỷ lệ nào cho \"Công dân học tập\" (không có chỉ tiêu phần trăm nào), nên không có con số để sửa theo.")
U("Cần Thơ: Sở Xây dựng phải làm gì theo KH 74?",
  r"so xay dung", ["C"],
  R + ": KH 74 không nhắc Sở Xây dựng và không có mục chung cho \"các sở, ngành khác\".")
U("Đến nay Cần Thơ đã có bao nhiêu quận, huyện đạt phổ cập THCS mức độ 3?",
  r"\bda co \d+|den nay (da )?co|\d+ quan, huyen da", ["C"],
  R + ": KH 74 chỉ đặt mục tiêu phấn đấu 66% quận, huyện đạt mức độ 3 năm 2024, không cho số đã đạt.")
U("Theo kế hoạch Hà Nội, người đứng đầu không hoàn thành chỉ tiêu bị kỷ luật thế nào?",
  r"ky luat|xu ly|xu phat|mien nhiem|khien trach", ["N"],
  R + ": kế hoạch Hà Nội nói là căn cứ để kiểm điểm trách nhiệm nhưng không quy định hình thức kỷ luật.")
U("What must Cần Thơ's districts complete in Q3 2024 under plan 74?",
  r"quy (iii|3|ba)\b|thang (7|8|9) nam 2024|/(7|8|9)/2024", ["C"],
  "The plans do not cover this: plan 74 sets no quarterly milestones or dated deadlines for the districts.")
U("I'm a migrant worker from another province living in Hue. Does the 2026 plan have anything specifically for migrant workers?",
  r"nhap cu|di cu|lao dong ngoai tinh|tinh khac|lao dong tu do", ["H"],
  "The plans do not cover this: Hue's plan has lines for workers in general and for vulnerable groups, but none specifically for migrant workers.")
U("Correct my sentence: \"Hanoi's plan allocates 50 billion VND to community learning centres.\"",
  r"ty dong|trieu dong|\bvnd\b|\d+ ty\b", ["N"],
  "The plans do not cover this: Hanoi's plan states no amount of money at all, so there is no figure to correct the sentence against.")
U("kh xhht cua nghe an nam 2025 co chi tieu j ko",
  r"nghe an", ALL,
  R + ": không có kế hoạch nào của tỉnh Nghệ An trong các kế hoạch đã nạp.")
U("Ở Cần Thơ, hộ kinh doanh muốn tài trợ học bổng cho học sinh thì liên hệ cơ quan nào theo KH 74?",
  r"hoc bong|quy khuyen hoc", ["C"],
  R + ": KH 74 không nhắc học bổng hay quỹ khuyến học và không chỉ đầu mối nhận tài trợ học bổng.")
U("Kính gửi anh chị, đơn vị tôi đang làm văn bản dẫn chiếu kế hoạch phong trào \"Học tập suốt đời\" của huyện An Lão. Xin cho biết số hiệu và ngày ban hành của kế hoạch này.",
  r"so:\s*\d+|an lao, ngay", ["A"],
  R + ": bản kế hoạch An Lão đã nạp không có số hiệu và ngày ban hành (chỉ có số, ngày của Kế hoạch 108/KH-UBND của thành phố Hải Phòng mà nó thực hiện).")
U("KE HOACH MY LOC CO CHI TIEU PHAN TRAM NGUOI DAN HOC NGOAI NGU KHONG, BAO NHIEU %?",
  r"\d+ ?% [^.]{0,80}ngoai ngu", ["M"],
  R + ": kế hoạch Mỹ Lộc không có chỉ tiêu phần trăm về ngoại ngữ; ngoại ngữ chỉ xuất hiện trong nhiệm vụ của Công an huyện và Bộ Chỉ huy Quân sự huyện.")
