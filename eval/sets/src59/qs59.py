"""Set 59 questions (held out): forwarded third-party messages with conflicting claims, mix-ups between the loaded
plans (and wrong section pointers), the asker's own figure or date checked against the plan, plans named by their
signer or by the document they implement or replace, and conversations that switch language. See README "Set 59"."""

H = "000_4550be4bb11189cd.txt"  # Huế 2026
M = "001_7bafa58816a5de75.txt"  # huyện Mỹ Lộc (Nam Định) 2021-2030
N = "002_797e8de6131c77f9.txt"  # Hà Nội, NQ 23-NQ/TU
C = "003_1a817ee72b993e3e.txt"  # Cần Thơ, KH 74/KH-BCĐ 2024
A = "004_b1b28019b71edc03.txt"  # huyện An Lão (Hải Phòng) 2025
ALL = [H, M, N, C, A]

QUESTIONS = []


def Q(type_, question, ev, answer, kf, history=None):
    QUESTIONS.append({"type": type_, "question": question, "evidence": ev, "answer": answer,
                      "key_facts": kf, "history": history or []})


def U(question, answer, probe, about, history=None):
    QUESTIONS.append({"type": "unanswerable", "question": question, "evidence": [], "answer": answer,
                      "key_facts": [], "history": history or [], "probe": probe, "about": about})


def T(*turns):
    return [{"role": "user" if i % 2 == 0 else "assistant", "content": t} for i, t in enumerate(turns)]


REFUSE = "Các kế hoạch đã nạp không nêu thông tin này"

# ---------------------------------------------------------------------------------------------------------------
# S1. A forwarded third-party message (Zalo, e-mail, công văn, news clipping) whose own claims conflict with the plan
# ---------------------------------------------------------------------------------------------------------------
Q("deadline",
  "Nhóm Zalo phường vừa chuyển tiếp tin: «[08:15] Anh Quang - VP: Các phường nộp báo cáo XHHT năm 2026 thẳng về UBND "
  "thành phố trước 20/12 nhé, riêng phường Phú Xuân nộp sớm hơn.» Theo kế hoạch năm 2026 của thành phố Huế thì xã, "
  "phường gửi báo cáo về đâu và trước ngày nào?",
  [(H, "định kỳ tổng hợp, gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026 để tổng hợp, "
       "báo cáo Ủy ban nhân dân thành phố theo quy định")],
  "Tin nhắn không khớp với kế hoạch. Theo mục V.9 (Ủy ban nhân dân các xã, phường), xã, phường định kỳ tổng hợp, gửi "
  "báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026; Sở tổng hợp, báo cáo Ủy ban nhân dân "
  "thành phố. Không gửi thẳng UBND thành phố, hạn là 15/12/2026 chứ không phải 20/12, và kế hoạch không đặt hạn riêng "
  "cho phường nào. [000_4550be4bb11189cd.txt]",
  ["Sở Giáo dục và Đào tạo", "15/12/2026"])

Q("target",
  "Fw: Chỉ tiêu 2024 — «Chị Mai ơi, theo file em nhận từ Sở thì năm 2024 Cần Thơ phấn đấu 85% đơn vị được công nhận "
  "Đơn vị học tập và 75% Cộng đồng học tập, còn Vĩnh Long 70%.» Chị xem giúp Kế hoạch 74 của Cần Thơ ghi đúng như vậy "
  "không?",
  [(C, "Phần đầu đạt tỷ lệ 55,55% đơn vị được đánh giá, công nhận theo mức độ “Đơn vị học tập” cấp huyện, cấp thành phố"),
   (C, "Phần đầu đạt tỷ lệ 80% đơn vị được đánh giá, công nhận theo mức độ “Cộng đồng học tập” cấp xã, huyện, thành phố")],
  "Không đúng. Kế hoạch 74/KH-BCĐ (mục II.2.b, Xây dựng các mô hình học tập) ghi phấn đấu (văn bản in \"Phần đầu\") đạt "
  "55,55% đơn vị được đánh giá, công nhận \"Đơn vị học tập\" cấp huyện, cấp thành phố và 80% đơn vị được công nhận "
  "\"Cộng đồng học tập\" cấp xã, huyện, thành phố. Con số của Vĩnh Long không thuộc kế hoạch nào đã nạp. "
  "[003_1a817ee72b993e3e.txt]",
  ["55,55%", "80%"])

Q("agency_tasks",
  "Trích công văn của một quận gửi các phường: «…giao Phòng Văn hóa - Thông tin chủ trì tổ chức lớp xóa mù chữ cho "
  "phạm nhân tại trại tạm giam trên địa bàn…». Theo Kế hoạch của UBND thành phố Hà Nội thì ai được giao mở lớp xóa "
  "mù chữ cho phạm nhân, phối hợp với ai?",
  [(N, "Công an Thành phố: chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Sở Lao động - Thương binh và Xã hội tiếp tục "
       "tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân")],
  "Theo mục V.8 (Lực lượng vũ trang Thành phố) của kế hoạch Hà Nội, Công an Thành phố chủ trì, phối hợp với Sở Giáo "
  "dục và Đào tạo, Sở Lao động - Thương binh và Xã hội tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề "
  "cho trại viên, phạm nhân và học viên trong các trại giam, trại tạm giam, cơ sở giáo dục bắt buộc, trường giáo "
  "dưỡng. Kế hoạch không giao việc này cho Phòng Văn hóa - Thông tin. [002_797e8de6131c77f9.txt]",
  ["Công an Thành phố", "Sở Lao động - Thương binh và Xã hội", "phạm nhân"])

Q("funding",
  "Kế toán xã bạn nhắn: «KH của huyện An Lão cấp mỗi xã 50 triệu cho phong trào Học tập suốt đời, Phòng Tài chính - "
  "Kế hoạch chuyển thẳng về xã.» Kế hoạch có nói vậy không? Kinh phí lấy từ đâu?",
  [(A, "Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách nhà nước theo quy định, nguồn thu hợp pháp của các cơ "
       "quan, đơn vị và huy động từ các nguồn xã hội hóa"),
   (A, "Phối hợp với các phòng, ban, ngành, đơn vị lập dự toán kinh phí, báo cáo Ủy ban nhân dân huyện cân đối trong "
       "nguồn ngân sách")],
  "Kế hoạch An Lão không ghi mức 50 triệu đồng cho mỗi xã và không nói Phòng Tài chính - Kế hoạch chuyển tiền thẳng về "
  "xã. Mục IV ghi kinh phí được bố trí từ ngân sách nhà nước theo quy định, nguồn thu hợp pháp của các cơ quan, đơn vị "
  "và huy động từ các nguồn xã hội hóa; Phòng Tài chính - Kế hoạch (mục III.4) phối hợp với các phòng, ban, ngành, đơn "
  "vị lập dự toán kinh phí, báo cáo Ủy ban nhân dân huyện cân đối trong nguồn ngân sách. [004_b1b28019b71edc03.txt]",
  ["nguồn thu hợp pháp của các cơ quan, đơn vị", "xã hội hóa", "lập dự toán kinh phí"])

Q("legal_basis",
  "Báo địa phương viết: «Huyện Mỹ Lộc ban hành kế hoạch xây dựng xã hội học tập trên cơ sở Kế hoạch 336 của tỉnh Thừa "
  "Thiên Huế.» Thực ra kế hoạch của huyện Mỹ Lộc thực hiện kế hoạch nào của tỉnh?",
  [(M, "Thực hiện Kế hoạch số 145/KH- UBND ngày 23/12//2021 của UBND tỉnh Nam Định"),
   (H, "Kế hoạch số 336/KH-UBND ngày 27 tháng 10 năm 2021 của Ủy ban nhân dân tỉnh Thừa Thiên Huế")],
  "Bài báo nhầm. Kế hoạch huyện Mỹ Lộc mở đầu bằng \"Thực hiện Kế hoạch số 145/KH- UBND ngày 23/12//2021 của UBND tỉnh "
  "Nam Định\" về thực hiện Đề án \"Xây dựng xã hội học tập giai đoạn 2021-2030\" [001_7bafa58816a5de75.txt]. Kế hoạch "
  "số 336/KH-UBND ngày 27 tháng 10 năm 2021 là của Ủy ban nhân dân tỉnh Thừa Thiên Huế, căn cứ của kế hoạch năm 2026 của "
  "thành phố Huế [000_4550be4bb11189cd.txt].",
  ["145", "Nam Định", "336/KH-UBND"])

Q("no_diacritics",
  "em nhan dc tin nhan: 'so noi vu hue lo bo tri kinh phi cho ke hoach XHHT 2026, cac xa phuong khoi lo'. dung ko a? "
  "ai tham muu bo tri kinh phi, xa phuong co phai tu can doi ko",
  [(H, "4. Sở Tài chính Trên cơ sở đề nghị của các cơ quan, đơn vị liên quan và khả năng cân đối ngân sách, tham mưu Ủy "
       "ban nhân dân thành phố bố trí kinh phí thực hiện Kế hoạch"),
   (H, "chịu trách nhiệm cân đối, bố trí ngân sách địa phương và huy động các nguồn kinh phí hợp pháp khác")],
  "Không đúng. Trong kế hoạch Huế 2026, việc tham mưu Ủy ban nhân dân thành phố bố trí kinh phí là của Sở Tài chính "
  "(mục V.4), không phải Sở Nội vụ. Xã, phường không \"khỏi lo\": mục V.9 giao UBND các xã, phường chịu trách nhiệm cân "
  "đối, bố trí ngân sách địa phương và huy động các nguồn kinh phí hợp pháp khác. [000_4550be4bb11189cd.txt]",
  ["Sở Tài chính", "cân đối, bố trí ngân sách địa phương"])

Q("english",
  "Forwarding a note from our embassy colleague: 'Hanoi's plan commits the city to join the UNESCO learning-city "
  "network by 2025, and the Department of Culture leads the application.' Is that what the plan says? Who leads the "
  "registration, and what are the 2025 and 2030 milestones?",
  [(N, "1. Sở Giáo dục và Đào tạo - Là cơ quan thường trực, giúp Ủy ban nhân dân Thành phố"),
   (N, "Chủ trì, tham mưu Ủy ban nhân dân Thành phố về kế hoạch đăng ký tham gia vào mạng lưới “Thành phố học tập”"),
   (N, "Đăng ký danh hiệu “Thành phố học tập” theo tiêu chí do cơ quan có thẩm quyền ban hành"),
   (N, "Thành phố được công nhận danh hiệu “Thành phố học tập”")],
  "Not quite. In Hanoi's plan the Department of Education and Training (Sở Giáo dục và Đào tạo, item V.1), not the "
  "Department of Culture, chairs and advises the City People's Committee on the plan to register for the \"Thành phố "
  "học tập\" network. The 2025 target is \"Đăng ký danh hiệu 'Thành phố học tập'\" (registering for the title); the 2030 "
  "target is \"Thành phố được công nhận danh hiệu 'Thành phố học tập'\" (being recognised). The general objective only "
  "says Hanoi strives to join UNESCO's network \"trong thời gian sớm nhất\" (as soon as possible), with no year. "
  "[002_797e8de6131c77f9.txt]",
  ["Sở Giáo dục và Đào tạo", "Đăng ký danh hiệu", "Thành phố được công nhận"])

Q("cross_plan",
  "Chị trưởng phòng gửi vào nhóm: «Huế hạn 15/12, Hà Nội cũng 15/12, Mỹ Lộc xã nộp 10/12.» Em kiểm tra lại theo các "
  "kế hoạch đã nạp giúp chị: mỗi nơi hạn gửi báo cáo năm là ngày nào, gửi qua đâu?",
  [(H, "gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026"),
   (N, "báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo để tổng hợp)"),
   (M, "d) Kiểm tra, giám sát và định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế "
       "hoạch về Phòng Giáo dục và Đào tạo")],
  "Tin nhắn sai ở Hà Nội. Huế: UBND các xã, phường gửi báo cáo về Sở Giáo dục và Đào tạo trước ngày 15/12/2026 (V.9) "
  "[000_4550be4bb11189cd.txt]. Hà Nội: các Sở, ngành, UBND quận, huyện, thị xã báo cáo Ủy ban nhân dân Thành phố trước "
  "ngày 01 tháng 12 hằng năm, qua Sở Giáo dục và Đào tạo [002_797e8de6131c77f9.txt]. Mỹ Lộc: UBND các xã, thị trấn gửi "
  "báo cáo về Phòng Giáo dục và Đào tạo trước ngày 10 tháng 12 hằng năm (V.11.d) [001_7bafa58816a5de75.txt].",
  ["15/12/2026", "01 tháng 12", "10 tháng 12"])

Q("abbreviation",
  "Fw từ VP: «Theo KH 74, BCHQS TP chủ trì dạy tiếng Khmer cho HS vùng ĐBDTTS, CA TP phối hợp.» Đọc KH thì BCHQS TP "
  "CT được giao gì về ngoại ngữ, tiếng DTTS?",
  [(C, "7. Bộ Chỉ huy Quân sự thành phố"),
   (C, "b) Chỉ đạo nâng cao trình độ, năng lực ngoại ngữ và tiếng dân tộc thiểu số cho lực lượng vũ trang, cán bộ, "
       "chiến sĩ quân đội.")],
  "Tin chuyển tiếp không đúng. Kế hoạch 74/KH-BCĐ giao Bộ Chỉ huy Quân sự thành phố (mục V.7.b) chỉ đạo nâng cao trình "
  "độ, năng lực ngoại ngữ và tiếng dân tộc thiểu số cho lực lượng vũ trang, cán bộ, chiến sĩ quân đội, tức là cho lực "
  "lượng vũ trang chứ không phải dạy học sinh; kế hoạch không nêu tiếng Khmer và không giao Công an thành phố phối hợp "
  "việc này. [003_1a817ee72b993e3e.txt]",
  ["Bộ Chỉ huy Quân sự thành phố", "ngoại ngữ và tiếng dân tộc thiểu số", "lực lượng vũ trang"])

Q("english",
  "From a partner NGO's programme officer: 'Our contact in Hai Phong says the An Lao district plan sets a target of "
  "70% of residents completing the Binh dan hoc vu so digital course by end-2025, with the Women's Union in charge.' "
  "Could you check? Who leads that movement in An Lao, and does the plan give a percentage?",
  [(A, "3. Phòng Văn hóa Khoa học và Thông tin - Chủ trì tham mưu các cơ chế"),
   (A, "Chủ trì tham mưu triển khai phong trào “Bình dân học vụ số” trong toàn dân trên địa bàn huyện")],
  "The plan does not say that. In An Lao's plan the Phòng Văn hóa Khoa học và Thông tin (Office of Culture, Science "
  "and Information, item III.3) leads advising on rolling out the \"Bình dân học vụ số\" movement among the whole "
  "population of the district; the Women's Union is not named, and the plan sets no percentage or completion date for "
  "it. [004_b1b28019b71edc03.txt]",
  ["Phòng Văn hóa Khoa học và Thông tin", "Bình dân học vụ số"])

Q("purpose",
  "Bản nháp phát biểu ai đó gửi: «Kế hoạch của UBND thành phố Hà Nội nhằm cụ thể hóa Nghị quyết 29 của Trung ương về "
  "đổi mới giáo dục…». Theo chính văn bản, kế hoạch ban hành để triển khai nghị quyết nào và nhằm mục đích gì?",
  [(N, "Thực hiện Nghị quyết số 23-NQ/TU ngày 16/11/2023 của Thành ủy Hà Nội"),
   (N, "Xây dựng và ban hành Kế hoạch nhằm quán triệt và chỉ đạo các cấp, các ngành, địa phương, đơn vị tập trung tổ "
       "chức thực hiện Nghị quyết số 23-NQ/TU"),
   (N, "Là căn cứ để kiểm điểm trách nhiệm của các cấp, các ngành, địa phương, đơn vị")],
  "Bản nháp nhầm nghị quyết. Kế hoạch triển khai Nghị quyết số 23-NQ/TU ngày 16/11/2023 của Thành ủy Hà Nội về tăng "
  "cường sự lãnh đạo của Đảng đối với công tác khuyến học, khuyến tài, xây dựng xã hội học tập. Mục I nêu kế hoạch nhằm "
  "quán triệt và chỉ đạo các cấp, các ngành, địa phương, đơn vị tập trung tổ chức thực hiện Nghị quyết số 23-NQ/TU, phù "
  "hợp thực tế Thủ đô, và là căn cứ để kiểm điểm trách nhiệm của các cấp, các ngành trong thực hiện nhiệm vụ được giao. "
  "[002_797e8de6131c77f9.txt]",
  ["23-NQ/TU", "16/11/2023", "kiểm điểm trách nhiệm"])

Q("task_section",
  "Anh Hùng bên huyện đoàn nhắn: «Phần quỹ hỗ trợ thanh niên khó khăn đi học nằm ở mục IV (kinh phí) của KH Mỹ Lộc, "
  "giao Hội Cựu chiến binh.» Thực ra nội dung đó ở mục nào, giao cho ai?",
  [(M, "9. Đề nghị Ủy ban Mặt trận Tổ quốc huyện, các đoàn thể nhân dân và các tổ chức xã hội"),
   (M, "c) Đoàn TNCS Hồ Chí Minh huyện"),
   (M, "vận động gây quỹ hỗ trợ thanh niên có hoàn cảnh khó khăn tham gia học tập")],
  "Không phải mục IV và không phải Hội Cựu chiến binh. Nội dung này nằm ở mục V.9.c (thuộc khoản 9 \"Đề nghị Ủy ban Mặt "
  "trận Tổ quốc huyện, các đoàn thể nhân dân và các tổ chức xã hội\"), giao Đoàn TNCS Hồ Chí Minh huyện: lồng ghép "
  "tuyên truyền về học tập suốt đời và vận động gây quỹ hỗ trợ thanh niên có hoàn cảnh khó khăn tham gia học tập. "
  "[001_7bafa58816a5de75.txt]",
  ["Đoàn TNCS Hồ Chí Minh huyện", "gây quỹ hỗ trợ thanh niên có hoàn cảnh khó khăn"])

Q("agency_tasks",
  "Chị văn thư chuyển công văn của huyện bạn: «Giao Phòng Văn hóa - Thông tin huyện chủ trì hỗ trợ dịch vụ viễn thông "
  "công ích đến 2030». Ở huyện Mỹ Lộc, kế hoạch giao việc hỗ trợ cung cấp dịch vụ viễn thông công ích cho đơn vị nào?",
  [(M, "3. Trung tâm Văn hóa - Thể thao và Truyền thông"),
   (M, "b) Chủ trì, phối hợp với các sở, ngành liên quan thực hiện hỗ trợ cung cấp dịch vụ viễn thông công ích đến năm "
       "2030")],
  "Ở Mỹ Lộc việc này không giao Phòng Văn hóa-Thông tin mà giao Trung tâm Văn hóa - Thể thao và Truyền thông (mục "
  "V.3.b): chủ trì, phối hợp với các sở, ngành liên quan thực hiện hỗ trợ cung cấp dịch vụ viễn thông công ích đến năm "
  "2030 cho các đối tượng theo quy định của nhà nước. [001_7bafa58816a5de75.txt]",
  ["Trung tâm Văn hóa - Thể thao và Truyền thông", "viễn thông công ích"])

Q("agency_tasks",
  "Tin nhắn của chị ở Văn phòng: «Năm nay Sở Nội vụ HN tự chủ trì khen thưởng XHHT, Sở GD&ĐT không liên quan.» Kế "
  "hoạch của UBND thành phố Hà Nội giao việc khen thưởng thế nào?",
  [(N, "7. Ban Thi đua - Khen thưởng (Sở Nội vụ)"),
   (N, "Phối hợp với Sở Giáo dục và Đào tạo, tham mưu trình Ủy ban nhân dân Thành phố khen thưởng"),
   (N, "xây dựng xã hội học tập nhân dịp sơ kết, tổng kết các giai đoạn của Đề án")],
  "Tin nhắn không khớp. Mục V.7 giao Ban Thi đua - Khen thưởng (Sở Nội vụ) phối hợp với Sở Giáo dục và Đào tạo, tham mưu "
  "trình Ủy ban nhân dân Thành phố khen thưởng các tập thể, cá nhân có thành tích trong công tác xây dựng xã hội học tập "
  "nhân dịp sơ kết, tổng kết các giai đoạn của Đề án; Sở Giáo dục và Đào tạo (V.1) cũng đề xuất khen thưởng. "
  "[002_797e8de6131c77f9.txt]",
  ["Ban Thi đua - Khen thưởng", "Sở Giáo dục và Đào tạo", "nhân dịp sơ kết, tổng kết"])

Q("funding",
  "Tôi là cán bộ UBND một xã ở An Lão. Huyện gửi Zalo: «xã chỉ cần báo cáo, không phải lo ngân sách cho phong trào». "
  "Kế hoạch giao xã những gì về ngân sách và về báo cáo?",
  [(A, "Tổng hợp dự toán hàng năm, bố trí và phân bổ ngân sách theo kế hoạch cho công tác khuyến học"),
   (A, "định kỳ báo cáo tình hình thực hiện kế hoạch gửi Phòng Giáo dục và Đào tạo tổng hợp báo cáo Ủy ban nhân dân "
       "huyện")],
  "Tin nhắn chưa đúng. Mục III.9 giao Ủy ban nhân dân xã, thị trấn tổng hợp dự toán hàng năm, bố trí và phân bổ ngân "
  "sách theo kế hoạch cho công tác khuyến học, khuyến tài, xây dựng xã hội học tập và học tập suốt đời tại địa phương; "
  "về báo cáo, xã định kỳ báo cáo tình hình thực hiện kế hoạch gửi Phòng Giáo dục và Đào tạo để tổng hợp báo cáo Ủy ban "
  "nhân dân huyện (kế hoạch không ghi ngày cụ thể). [004_b1b28019b71edc03.txt]",
  ["bố trí và phân bổ ngân sách", "Phòng Giáo dục và Đào tạo"])

Q("agency_tasks",
  "Thành đoàn chuyển tiếp: «Kế hoạch của UBND TP giao Đoàn lập quỹ học bổng 10 tỷ cho sinh viên». Kế hoạch Hà Nội thực "
  "ra giao Đoàn thanh niên việc gì về quỹ?",
  [(N, "c) Đoàn thanh niên cộng sản Hồ Chí Minh thành phố Hà Nội"),
   (N, "vận động gây quỹ hỗ trợ học sinh, học viên, sinh viên Hà Nội có hoàn cảnh khó khăn tham gia học tập")],
  "Kế hoạch không nêu quỹ học bổng 10 tỷ. Mục V.15.c đề nghị Đoàn thanh niên cộng sản Hồ Chí Minh thành phố Hà Nội chủ "
  "trì, phối hợp, lồng ghép tuyên truyền về khuyến học, khuyến tài, xây dựng xã hội học tập qua các phong trào của thanh "
  "niên và vận động gây quỹ hỗ trợ học sinh, học viên, sinh viên Hà Nội có hoàn cảnh khó khăn tham gia học tập; không có "
  "con số nào. [002_797e8de6131c77f9.txt]",
  ["Đoàn thanh niên cộng sản Hồ Chí Minh thành phố Hà Nội", "vận động gây quỹ hỗ trợ học sinh, học viên, sinh viên"])

Q("deadline",
  "Huyện bạn nhắn: «An Lão yêu cầu xã, thị trấn báo cáo 6 tháng và năm, hạn 15/6 và 15/12.» Kế hoạch An Lão thực ra nói "
  "gì về việc báo cáo của xã, thị trấn?",
  [(A, "định kỳ báo cáo tình hình thực hiện kế hoạch gửi Phòng Giáo dục và Đào tạo tổng hợp báo cáo Ủy ban nhân dân "
       "huyện")],
  "Kế hoạch An Lão không ghi kỳ 6 tháng hay các ngày 15/6, 15/12. Mục III.9 chỉ giao UBND xã, thị trấn theo dõi, kiểm "
  "tra, giám sát và định kỳ báo cáo tình hình thực hiện kế hoạch gửi Phòng Giáo dục và Đào tạo để tổng hợp báo cáo Ủy "
  "ban nhân dân huyện, không nêu hạn ngày. [004_b1b28019b71edc03.txt]",
  ["định kỳ báo cáo", "Phòng Giáo dục và Đào tạo"])

Q("deadline",
  "Zalo nhóm văn phòng: «HN yêu cầu các sở báo cáo theo quý, hạn ngày 25 tháng cuối quý.» Kế hoạch Hà Nội quy định kỳ "
  "báo cáo nào?",
  [(N, "định kỳ hàng năm tổng hợp kết quả, báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12")],
  "Kế hoạch không có báo cáo quý. Đoạn kết yêu cầu các Sở, ngành, đơn vị, UBND quận, huyện, thị xã định kỳ hàng năm "
  "tổng hợp kết quả, báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo để tổng hợp). "
  "[002_797e8de6131c77f9.txt]",
  ["định kỳ hàng năm", "01 tháng 12"])

Q("funding",
  "Tin nhắn chuyển tiếp: «Kinh phí KH XHHT Hà Nội do Hội Khuyến học thành phố cấp.» Đúng không? Theo kế hoạch thì kinh "
  "phí lấy từ đâu?",
  [(N, "Được đảm bảo trong dự toán chi ngân sách nhà nước hàng năm của các đơn vị theo phân cấp ngân sách hiện hành"),
   (N, "Tăng cường xã hội hóa các nguồn lực của xã hội để thực hiện công tác khuyến học")],
  "Không đúng. Mục IV ghi kinh phí được đảm bảo trong dự toán chi ngân sách nhà nước hàng năm của các đơn vị theo phân "
  "cấp ngân sách hiện hành, và huy động từ các nguồn tài trợ, đóng góp của doanh nghiệp, tổ chức, cá nhân. Hội Khuyến "
  "học Thành phố (V.15.b) không cấp kinh phí; Hội được đề nghị tăng cường xã hội hóa các nguồn lực của xã hội cho công "
  "tác khuyến học, khuyến tài. [002_797e8de6131c77f9.txt]",
  ["dự toán chi ngân sách nhà nước hàng năm", "xã hội hóa các nguồn lực"])

Q("funding",
  "Một nhà tài trợ nước ngoài gửi email hỏi có được đóng góp vào Quỹ khuyến học, khuyến tài ở Huế không. Kế hoạch năm "
  "2026 của Huế nói gì về nguồn vận động cho quỹ này?",
  [(H, "quản lý, sử dụng hiệu quả Quỹ khuyến học, khuyến tài trên cơ sở vận động sự tham gia của Nhân dân, doanh nghiệp "
       "và các nhà tài trợ trong và ngoài nước, bảo đảm đúng quy định, công khai, minh bạch")],
  "Có. Mục III.4 (củng cố, phát triển Hội Khuyến học các cấp) ghi tiếp tục đa dạng hóa, mở rộng hình thức vận động, huy "
  "động và quản lý, sử dụng hiệu quả Quỹ khuyến học, khuyến tài trên cơ sở vận động sự tham gia của Nhân dân, doanh "
  "nghiệp và các nhà tài trợ trong và ngoài nước, bảo đảm đúng quy định, công khai, minh bạch. [000_4550be4bb11189cd.txt]",
  ["nhà tài trợ trong và ngoài nước", "công khai, minh bạch"])

Q("legal_basis",
  "Văn bản chuyển tiếp ghi: «KH Cần Thơ 2024 căn cứ Chỉ thị 14/CT-TTg và KH 336 của tỉnh». Kế hoạch 74 thực tế căn cứ "
  "những văn bản nào?",
  [(C, "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ"),
   (C, "Kế hoạch 215/KH-UBND ngày 28 tháng 10 năm 2021 của Ủy ban nhân dân thành phố Cần Thơ")],
  "Văn bản chuyển tiếp sai. Kế hoạch 74/KH-BCĐ căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng "
  "Chính phủ phê duyệt Đề án \"Xây dựng xã hội học tập giai đoạn 2021 - 2030\" và Kế hoạch 215/KH-UBND ngày 28 tháng 10 "
  "năm 2021 của Ủy ban nhân dân thành phố Cần Thơ. (KH 336 là của tỉnh Thừa Thiên Huế.) [003_1a817ee72b993e3e.txt]",
  ["1373/QĐ-TTg", "215/KH-UBND"])

Q("legal_basis",
  "Bài trên cổng thông tin viết: «Mỹ Lộc tuyên truyền Chỉ thị 11-CT/TW ngày 03/4/2007 của Bộ Chính trị». Kế hoạch Mỹ "
  "Lộc ghi ngày của Chỉ thị 11 là ngày nào?",
  [(M, "Tuyên truyền, quán triệt Chỉ thị số 11-CT/TW, ngày 13/4/2007 của Bộ Chính trị"),
   (H, "Chỉ thị số 11-CT/TW ngày 03 tháng 4 năm 2007 của Bộ Chính trị")],
  "Kế hoạch Mỹ Lộc (mục III.1.a) ghi \"Chỉ thị số 11-CT/TW, ngày 13/4/2007 của Bộ Chính trị\" [001_7bafa58816a5de75.txt]. "
  "Ngày 03/4/2007 mà bài báo dùng là cách ghi trong kế hoạch Huế (\"ngày 03 tháng 4 năm 2007\") [000_4550be4bb11189cd.txt]; "
  "hai kế hoạch ghi khác nhau, nên khi trích Mỹ Lộc hãy theo đúng văn bản của Mỹ Lộc.",
  ["13/4/2007", "03 tháng 4 năm 2007"])

Q("purpose",
  "Anh phó phòng gửi dàn ý: «Yêu cầu của KH An Lão: chỉ học sinh, sinh viên phải gương mẫu học tập.» Phần Yêu cầu của "
  "kế hoạch nói ai là người nêu gương?",
  [(A, "Cán bộ, công chức, viên chức là người nêu gương, nghiêm túc trong học tập để phục vụ tổ chức và nhân dân")],
  "Dàn ý chưa đúng. Phần Yêu cầu (mục I.2) ghi cán bộ, công chức, viên chức là người nêu gương, nghiêm túc trong học tập "
  "để phục vụ tổ chức và nhân dân, đồng thời tuyên truyền, vận động gia đình và cộng đồng cùng tham gia học tập. "
  "[004_b1b28019b71edc03.txt]",
  ["Cán bộ, công chức, viên chức", "người nêu gương"])

Q("purpose",
  "Thư góp ý từ một trường: «Kế hoạch Mỹ Lộc chỉ cần làm ở cấp huyện, xã không liên quan». Phần mục đích nói Đề án được "
  "triển khai từ những cấp nào?",
  [(M, "a) Xây dựng và triển khai thực hiện có hiệu quả Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030” từ cấp "
       "huyện, cấp xã, khu phố và cộng đồng dân cư")],
  "Thư góp ý không đúng. Mục I.1.a nêu mục đích xây dựng và triển khai thực hiện có hiệu quả Đề án \"Xây dựng xã hội học "
  "tập giai đoạn 2021-2030\" từ cấp huyện, cấp xã, khu phố và cộng đồng dân cư. [001_7bafa58816a5de75.txt]",
  ["từ cấp huyện, cấp xã, khu phố và cộng đồng dân cư"])

Q("abbreviation",
  "Fw: «P.VH-TT h.ML chủ trì tuyên truyền XHHT trên báo đài, TT VH-TT&TT chỉ phối hợp». Đúng ko? Theo KH thì đơn vị nào "
  "xây dựng chuyên trang, chuyên mục giới thiệu gương điển hình?",
  [(M, "10. Trung tâmVăn hóa- Thể thao và truyền thông huyện"),
   (M, "Tăng cường, đẩy mạnh công tác tuyên truyền, xây dựng chuyên trang, chuyên mục, giới thiệu gương điển hình")],
  "Không đúng. Trong kế hoạch Mỹ Lộc, việc xây dựng chuyên trang, chuyên mục, giới thiệu gương điển hình về khuyến học, "
  "khuyến tài, xây dựng xã hội học tập giao Trung tâm Văn hóa - Thể thao và truyền thông huyện (mục V.10, văn bản in "
  "\"Trung tâmVăn hóa- Thể thao\"); Trung tâm này (V.3.a) cũng chỉ đạo báo chí, hệ thống thông tin cơ sở tuyên truyền. "
  "Phòng Văn hóa-Thông tin (V.4) lo mô hình học tập ở thư viện, bảo tàng, nhà văn hóa. [001_7bafa58816a5de75.txt]",
  ["chuyên trang, chuyên mục", "truyền thông huyện"])

Q("paraphrase",
  "Chị ơi, trong nhóm có người bảo kế hoạch Hà Nội có câu ai chậm học là bị kỷ luật. Em đọc thì chỉ thấy câu về việc "
  "cán bộ bắt buộc phải đi học. Câu đó nói gì ạ?",
  [(N, "Nghiêm túc thực hiện chế độ đào tạo, bồi dưỡng bắt buộc đối với cán bộ công chức, viên chức theo vị trí việc "
       "làm, chức danh")],
  "Kế hoạch Hà Nội không có câu kỷ luật người chậm học. Câu em thấy ở mục III.8 là: nghiêm túc thực hiện chế độ đào tạo, "
  "bồi dưỡng bắt buộc đối với cán bộ công chức, viên chức theo vị trí việc làm, chức danh phù hợp với đặc điểm của địa "
  "phương, đơn vị; kèm theo khuyến khích cán bộ công chức cấp xã học ngoại ngữ. [002_797e8de6131c77f9.txt]",
  ["chế độ đào tạo, bồi dưỡng bắt buộc", "vị trí việc làm"])

Q("paraphrase",
  "Bạn em bên tỉnh khác gửi: «bên anh giao cho trường đại học mở cơ sở ở địa phương để làm đào tạo từ xa». Kế hoạch Mỹ "
  "Lộc có câu tương tự không, nói thế nào?",
  [(M, "d) Tạo điều kiện cho các trường đại học mở cơ sở giáo dục tại địa phương để làm nhiệm vụ là trung tâm xây dựng "
       "và nghiên cứu phát triển công nghệ đào tạo mở và từ xa")],
  "Có. Mục III.4.d kế hoạch Mỹ Lộc: tạo điều kiện cho các trường đại học mở cơ sở giáo dục tại địa phương để làm nhiệm "
  "vụ là trung tâm xây dựng và nghiên cứu phát triển công nghệ đào tạo mở và từ xa; phát triển học liệu mở và đào tạo, "
  "bồi dưỡng giáo viên phục vụ học tập suốt đời. [001_7bafa58816a5de75.txt]",
  ["trường đại học mở cơ sở giáo dục tại địa phương", "đào tạo mở và từ xa"])

Q("english",
  "Dear colleague, our Embassy's education attaché was told that Hanoi's plan makes the Department of Labour, Invalids "
  "and Social Affairs responsible only for training ethnic minority people. Could you confirm which groups the plan "
  "actually lists for that department's training support?",
  [(N, "2. Sở Lao động - Thương binh và Xã hội"),
   (N, "Xây dựng và triển khai các chương trình, dự án, đề án hỗ trợ đào tạo, đào tạo lại cho các đối tượng: lao động "
       "nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động")],
  "Not only ethnic minorities. Under item V.2 (Sở Lao động - Thương binh và Xã hội) the department builds and runs "
  "programmes supporting training and retraining for: lao động nông thôn (rural workers), người khuyết tật (people "
  "with disabilities), người dân tộc thiểu số (ethnic minority people), phụ nữ (women) and người hết tuổi lao động "
  "(people past working age); it also supports learning for disadvantaged people. [002_797e8de6131c77f9.txt]",
  ["người khuyết tật", "người dân tộc thiểu số", "người hết tuổi lao động"])

Q("english",
  "A forwarded newsletter claims An Lao's plan was issued to implement Hai Phong's Plan 180 of 2024. What does the "
  "plan itself say it implements?",
  [(A, "Thực hiện Kế hoạch số 108 /KH-UBND ngày 06/5/2025 của Ủy ban nhân dân thành phố Hải Phòng")],
  "The newsletter is wrong. An Lao's plan opens: \"Thực hiện Kế hoạch số 108 /KH-UBND ngày 06/5/2025 của Ủy ban nhân dân "
  "thành phố Hải Phòng\" — Hai Phong City People's Committee's Plan 108 of 6 May 2025 on the \"Học tập suốt đời\" "
  "movement. [004_b1b28019b71edc03.txt]",
  ["108", "06/5/2025"])

Q("english",
  "A colleague's e-mail says Hanoi's Department of Information and Communications has 'no training role' in the plan. "
  "Is that so? What training is it asked to organise?",
  [(N, "5. Sở Thông tin và Truyền thông"),
   (N, "Chủ trì, phối hợp với các Sở, ngành, đơn vị có liên quan tổ chức các lớp tập huấn, bồi dưỡng kiến thức, kỹ "
       "năng, trang bị năng lực thông tin cho đội ngũ cán bộ công chức, viên chức, người lao động")],
  "It does have one. Besides its communication tasks, item V.5 asks the Sở Thông tin và Truyền thông to chair, with "
  "the departments and units concerned, training courses (các lớp tập huấn, bồi dưỡng) on knowledge and skills that "
  "equip officials, public employees and workers in the city with information capacity (trang bị năng lực thông tin). "
  "[002_797e8de6131c77f9.txt]",
  ["Sở Thông tin và Truyền thông", "trang bị năng lực thông tin"])

U("Nhóm Zalo Hội Khuyến học: «Theo KH Huế 2026, mỗi trung tâm học tập cộng đồng được cấp 30 triệu/năm.» Kế hoạch ghi "
  "mức hỗ trợ mỗi trung tâm là bao nhiêu?",
  REFUSE + ": kế hoạch năm 2026 của Huế không ghi mức tiền cho mỗi trung tâm học tập cộng đồng. Mục IV chỉ nói kinh phí "
  "từ ngân sách nhà nước theo phân cấp và nguồn hợp pháp khác, quản lý theo Nghị quyết 16/2025/NQ-HĐND; con số 30 triệu "
  "không có trong kế hoạch.",
  r"trieu|nghin dong|ty dong", [H])

U("Email chuyển tiếp từ Sở: «Cần Thơ năm 2024 giao Sở Y tế truyền thông học tập suốt đời tại các trạm y tế.» Trong "
  "Kế hoạch 74, Sở Y tế được giao việc gì?",
  REFUSE + ": Kế hoạch 74/KH-BCĐ của Cần Thơ không nêu Sở Y tế hay trạm y tế, và không có khoản giao chung cho \"các "
  "sở, ngành khác\".",
  r"y te", [C])

U("Forwarded from a consultant: 'Da Nang adopted a learning-city plan modelled on Hue's 2026 plan.' What targets does "
  "Da Nang's plan set for 2026?",
  "None of the loaded plans is Da Nang's (they are Huế, Mỹ Lộc, Hà Nội, Cần Thơ and An Lão), so I cannot give Da "
  "Nang's targets; Huế's plan does not mention Da Nang.",
  r"da nang", ALL)

U("Sếp chuyển tin: «Huyện An Dương cũng làm y như An Lão». Kế hoạch của huyện An Dương giao Phòng Giáo dục và Đào tạo "
  "việc gì?",
  REFUSE + ": không có kế hoạch nào của huyện An Dương trong các kế hoạch đã nạp (chỉ có huyện An Lão của Hải Phòng), "
  "nên không thể nói An Dương giao gì.",
  r"an duong", ALL)

U("Tin nhắn: «Hội Khuyến học Hà Nội phân bổ 2 tỷ đồng cho các trung tâm học tập cộng đồng ngoại thành.» Kế hoạch có con "
  "số này không?",
  REFUSE + ": kế hoạch Hà Nội không ghi khoản tiền nào, không có 2 tỷ đồng; Hội Khuyến học Thành phố chỉ được đề nghị "
  "tăng cường xã hội hóa nguồn lực và phối hợp đẩy mạnh hoạt động của các trung tâm học tập cộng đồng.",
  r"ty dong|trieu|nghin dong", [N])

# ---------------------------------------------------------------------------------------------------------------
# S2. Mix-ups: a figure, body, date or document of one loaded plan attributed to another; wrong section pointers
# ---------------------------------------------------------------------------------------------------------------
Q("target",
  "Kế hoạch Hà Nội đặt chỉ tiêu 55,55% đơn vị được công nhận đơn vị học tập đúng không?",
  [(N, "50% đơn vị được công nhận là đơn vị học tập"),
   (N, "70% đơn vị được công nhận là đơn vị học tập"),
   (C, "Phần đầu đạt tỷ lệ 55,55% đơn vị được đánh giá, công nhận theo mức độ “Đơn vị học tập” cấp huyện, cấp thành phố")],
  "Không. Kế hoạch Hà Nội đặt 50% đơn vị được công nhận là đơn vị học tập đến năm 2025 (II.2.1.d) và 70% đến năm 2030 "
  "(II.2.2.d) [002_797e8de6131c77f9.txt]. Con số 55,55% là của Kế hoạch 74/KH-BCĐ năm 2024 của Cần Thơ (\"Đơn vị học "
  "tập\" cấp huyện, cấp thành phố) [003_1a817ee72b993e3e.txt].",
  ["50%", "70%", "55,55%"])

Q("agency_tasks",
  "Trong kế hoạch Huế 2026, Sở Nội vụ phải xây dựng Đề án vị trí việc làm phải không?",
  [(H, "Tổ chức thực hiện các nhiệm vụ nhằm đạt mục tiêu đào tạo, bồi dưỡng, nâng cao trình độ chuyên môn, nghiệp vụ "
       "cho đội ngũ cán bộ, công chức các cấp"),
   (H, "Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về năng lực cơ bản và trình độ của người dân"),
   (C, "xây dựng Đề án vị trí việc làm")],
  "Không. Kế hoạch Huế (V.3) giao Sở Nội vụ hai việc: tổ chức thực hiện nhiệm vụ đào tạo, bồi dưỡng, nâng cao trình độ "
  "chuyên môn, nghiệp vụ cho đội ngũ cán bộ, công chức các cấp; và theo dõi, tổng hợp kết quả mục tiêu về năng lực cơ "
  "bản và trình độ của người dân [000_4550be4bb11189cd.txt]. Việc xây dựng Đề án vị trí việc làm là nhiệm vụ của Sở Nội "
  "vụ Cần Thơ trong Kế hoạch 74/KH-BCĐ (V.2) [003_1a817ee72b993e3e.txt].",
  ["năng lực cơ bản và trình độ của người dân", "Đề án vị trí việc làm"])

Q("funding",
  "Nghe nói kế hoạch Mỹ Lộc quản lý kinh phí theo Nghị quyết 16/2025/NQ-HĐND, có đúng không?",
  [(M, "Kinh phí thực hiện Kế hoạch từ nguồn ngân sách nhà nước theo phân cấp ngân sách nhà nước hiện hành"),
   (H, "Nghị quyết số 16/2025/NQ-HĐND ngày 16 tháng 7 năm 2025 của Hội đồng nhân dân thành phố")],
  "Không. Kế hoạch Mỹ Lộc (năm 2022) không nhắc nghị quyết đó; mục IV ghi kinh phí từ nguồn ngân sách nhà nước theo phân "
  "cấp ngân sách nhà nước hiện hành, các sở, ngành, địa phương lập dự toán hằng năm, và huy động tài trợ, đóng góp hợp "
  "pháp [001_7bafa58816a5de75.txt]. Nghị quyết số 16/2025/NQ-HĐND ngày 16 tháng 7 năm 2025 là căn cứ quản lý kinh phí của "
  "kế hoạch Huế 2026 [000_4550be4bb11189cd.txt].",
  ["phân cấp ngân sách nhà nước hiện hành", "16/2025/NQ-HĐND"])

Q("cross_plan",
  "Kế hoạch 74 của Cần Thơ yêu cầu gửi báo cáo trước ngày 30 tháng 11 hằng năm, đúng không?",
  [(M, "trước ngày 30 tháng 11 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo"),
   (C, "Tham mưu Ủy ban nhân dân thành phố về công tác kiểm tra, đánh giá, tổng hợp, báo cáo các hoạt động xây dựng xã "
       "hội học tập"),
   (C, "phản ánh về Sở Giáo dục và Đào tạo (Thường trực Ban Chỉ đạo thành phố)")],
  "Không. Mốc \"trước ngày 30 tháng 11 hằng năm\" là của kế hoạch huyện Mỹ Lộc (III.8, gửi báo cáo về Phòng Giáo dục và "
  "Đào tạo) [001_7bafa58816a5de75.txt]. Kế hoạch 74/KH-BCĐ của Cần Thơ không ghi ngày báo cáo: Sở Giáo dục và Đào tạo "
  "(V.1.d) tham mưu Ủy ban nhân dân thành phố về kiểm tra, đánh giá, tổng hợp, báo cáo; khó khăn, vướng mắc phản ánh về "
  "Sở Giáo dục và Đào tạo (Thường trực Ban Chỉ đạo thành phố) [003_1a817ee72b993e3e.txt].",
  ["30 tháng 11", "Thường trực Ban Chỉ đạo thành phố"])

Q("english",
  "I was told An Lao's plan asks the Women's Union to run the 'Hoang Ngan' scholarship fund. Is that right?",
  [(M, "e) Hội Liên hiệp Phụ nữ huyện"),
   (M, "đẩy mạnh hoạt động có hiệu quả đối với “Quỹ học bổng Hoàng Ngân”"),
   (A, "Tích cực vận động cán bộ, hội viên, thành viên tham gia các phong trào học tập phù hợp với từng đối tượng")],
  "No. The \"Quỹ học bổng Hoàng Ngân\" appears in My Loc's plan (item V.9.e, Hội Liên hiệp Phụ nữ huyện), not An Lao's "
  "[001_7bafa58816a5de75.txt]. An Lao's plan has no item for the Women's Union; its item III.6 only asks the Fatherland "
  "Front and socio-political organisations to mobilise their members to join learning movements "
  "[004_b1b28019b71edc03.txt].",
  ["Quỹ học bổng Hoàng Ngân", "Hội Liên hiệp Phụ nữ huyện"])

Q("cross_plan",
  "Chỉ tiêu 87% người trong độ tuổi lao động có năng lực công nghệ thông tin là của Mỹ Lộc đến năm 2030 phải không?",
  [(H, "87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin"),
   (M, "b) Mục tiêu đến năm 2030"),
   (M, "+ 70% người trong độ tuổi lao động được trang bị năng lực thông tin")],
  "Không. 87% là chỉ tiêu năm 2026 của thành phố Huế (II.2) [000_4550be4bb11189cd.txt]. Kế hoạch Mỹ Lộc đặt đến năm "
  "2030: 70% người trong độ tuổi lao động được trang bị năng lực thông tin (II.2.b) [001_7bafa58816a5de75.txt].",
  ["87%", "70%"])

Q("legal_basis",
  "Kế hoạch An Lão thay thế Kế hoạch số 290/KH-UBND phải không?",
  [(N, "Kế hoạch này thay thế cho Kế hoạch số 290/KH-UBND ngày 16/12/2021"),
   (A, "Thực hiện Kế hoạch số 108 /KH-UBND ngày 06/5/2025 của Ủy ban nhân dân thành phố Hải Phòng")],
  "Không. Câu \"Kế hoạch này thay thế cho Kế hoạch số 290/KH-UBND ngày 16/12/2021\" nằm ở kế hoạch của UBND thành phố Hà "
  "Nội [002_797e8de6131c77f9.txt]. Kế hoạch An Lão không thay thế văn bản nào; nó thực hiện Kế hoạch số 108 /KH-UBND "
  "ngày 06/5/2025 của Ủy ban nhân dân thành phố Hải Phòng [004_b1b28019b71edc03.txt].",
  ["290/KH-UBND", "108", "06/5/2025"])

Q("no_diacritics",
  "ke hoach can tho co giao bo tu lenh thu do boi duong kien thuc quoc phong ko hay la cua ke hoach khac",
  [(N, "Bộ Tư lệnh Thủ đô: tiếp tục tổ chức, tăng cường công tác tuyên truyền, phổ biến giáo dục, bồi dưỡng kiến thức "
       "quốc phòng, an ninh"),
   (C, "7. Bộ Chỉ huy Quân sự thành phố"),
   (C, "đẩy mạnh tuyên truyền về học tập suốt đời, xây dựng xã hội học tập trong lực lượng vũ trang, cán bộ, chiến sĩ "
       "quân đội")],
  "Không phải Cần Thơ. Bộ Tư lệnh Thủ đô và việc bồi dưỡng kiến thức quốc phòng, an ninh cho mọi tầng lớp nhân dân nằm "
  "trong kế hoạch Hà Nội (V.8) [002_797e8de6131c77f9.txt]. Kế hoạch 74 của Cần Thơ giao Bộ Chỉ huy Quân sự thành phố "
  "đẩy mạnh tuyên truyền về học tập suốt đời, xây dựng xã hội học tập trong lực lượng vũ trang, và nâng cao ngoại ngữ, "
  "tiếng dân tộc thiểu số (V.7) [003_1a817ee72b993e3e.txt].",
  ["Bộ Tư lệnh Thủ đô", "Bộ Chỉ huy Quân sự thành phố"])

Q("abbreviation",
  "KH XHHT h. ML có giao LĐLĐ huyện thực hiện KH 147/KH-UBND ko?",
  [(H, "tổ chức thực hiện Kế hoạch số 147/KH-UBND ngày 17 tháng 4 năm 2023"),
   (M, "d) Liên đoàn Lao động huyện"),
   (M, "Phối hợp với các phòng, ban, ngành liên quan đẩy mạnh các hoạt động phát triển nghề nghiệp cho người lao động")],
  "Không. Kế hoạch số 147/KH-UBND ngày 17 tháng 4 năm 2023 (Chương trình học tập suốt đời trong công nhân lao động) là "
  "việc của Liên đoàn Lao động thành phố Huế (V.8 kế hoạch Huế) [000_4550be4bb11189cd.txt]. Ở Mỹ Lộc, Liên đoàn Lao động "
  "huyện (V.9.d) phối hợp với các phòng, ban, ngành đẩy mạnh các hoạt động phát triển nghề nghiệp cho người lao động, "
  "vận động lập quỹ khuyến học, khuyến tài [001_7bafa58816a5de75.txt].",
  ["147/KH-UBND", "Liên đoàn Lao động huyện"])

Q("paraphrase",
  "Cái vụ vận động làm mô hình 'Gia đình 5 có, 3 sạch' là Hội Phụ nữ Hà Nội làm đúng không?",
  [(C, "mô hình xây dựng “Gia đình 5 có, 3 sạch”"),
   (N, "vận động, tuyên truyền phụ nữ và trẻ em gái ở vùng đồng bào dân tộc thiểu số chưa biết chữ ra học các lớp xóa "
       "mù chữ")],
  "Không. Mô hình \"Gia đình 5 có, 3 sạch\" nằm trong đề nghị với Hội Liên hiệp Phụ nữ thành phố Cần Thơ (V.11.d Kế hoạch "
  "74) [003_1a817ee72b993e3e.txt]. Hội Liên hiệp phụ nữ Thành phố Hà Nội (V.15.d) được đề nghị tuyên truyền trong phong "
  "trào \"Phụ nữ tích cực học tập…\" và vận động phụ nữ và trẻ em gái ở vùng đồng bào dân tộc thiểu số chưa biết chữ ra "
  "học các lớp xóa mù chữ [002_797e8de6131c77f9.txt].",
  ["Gia đình 5 có, 3 sạch", "trẻ em gái ở vùng đồng bào dân tộc thiểu số"])

Q("agency_tasks",
  "Ở Cần Thơ, Ban Dân tộc phải tham mưu Kế hoạch Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số đến "
  "năm 2045, đúng không?",
  [(C, "9. Ban Dân tộc"),
   (C, "triển khai các chương trình, dự án hỗ trợ giáo dục, đào tạo cho người dân tộc thiểu số trên địa bàn thành phố"),
   (N, "Tham mưu Ủy ban nhân dân Thành phố xây dựng, triển khai thực hiện Kế hoạch Chương trình mục tiêu quốc gia")],
  "Không. Việc tham mưu Kế hoạch Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu "
  "số và miền núi (đến 2030, tầm nhìn 2045) là của Ban Dân tộc Thành phố Hà Nội (V.10) [002_797e8de6131c77f9.txt]. Ở Cần "
  "Thơ, Ban Dân tộc (V.9) chủ trì triển khai các chương trình, dự án hỗ trợ giáo dục, đào tạo cho người dân tộc thiểu số "
  "trên địa bàn thành phố, tạo điều kiện cho trẻ em, người dân tộc thiểu số được tham gia học tập "
  "[003_1a817ee72b993e3e.txt].",
  ["hỗ trợ giáo dục, đào tạo cho người dân tộc thiểu số", "Chương trình mục tiêu quốc gia"])

Q("agency_tasks",
  "Mục V.5 kế hoạch Cần Thơ giao Sở Thông tin và Truyền thông việc gì?",
  [(C, "5. Sở Văn hóa, Thể thao và Du lịch"),
   (C, "4. Sở Thông tin và Truyền thông"),
   (C, "phối hợp với Sở Giáo dục và Đào tạo triển khai thực hiện hiệu quả chuyển đổi số")],
  "Mục V.5 của Kế hoạch 74 là Sở Văn hóa, Thể thao và Du lịch (nhân rộng mô hình học tập suốt đời trong thư viện, bảo "
  "tàng, nhà văn hóa, câu lạc bộ). Sở Thông tin và Truyền thông ở mục V.4: chỉ đạo, cung cấp thông tin cho báo, đài "
  "Trung ương, địa phương, Phòng Văn hóa và Thông tin, Trung tâm Văn hóa - Thể thao và Truyền thanh quận, huyện tuyên "
  "truyền về xây dựng xã hội học tập; phối hợp với Sở Giáo dục và Đào tạo triển khai hiệu quả chuyển đổi số, hạ tầng kỹ "
  "thuật và ứng dụng công nghệ thông tin. [003_1a817ee72b993e3e.txt]",
  ["Sở Văn hóa, Thể thao và Du lịch", "Sở Thông tin và Truyền thông", "chuyển đổi số"])

Q("target",
  "Mục II.2 kế hoạch Huế đặt chỉ tiêu gì cho các trường đại học về đại học số?",
  [(H, "3. Về hiệu quả hoạt động của các cơ sở giáo dục"),
   (H, "100% các trường đại học, cao đẳng có triển khai đại học số và xây dựng học liệu số")],
  "Chỉ tiêu này không ở II.2 (II.2 là năng lực cơ bản và trình độ của người dân) mà ở II.3 \"Về hiệu quả hoạt động của "
  "các cơ sở giáo dục\": 100% các trường đại học, cao đẳng có triển khai đại học số và xây dựng học liệu số (năm 2026). "
  "[000_4550be4bb11189cd.txt]",
  ["Về hiệu quả hoạt động của các cơ sở giáo dục", "100% các trường đại học, cao đẳng"])

Q("deadline",
  "Kế hoạch An Lão yêu cầu kiện toàn hệ thống trung tâm học tập cộng đồng cấp xã xong trong Quý II năm 2026, đúng không?",
  [(H, "bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn thành trong Quý II năm 2026"),
   (A, "Hướng dẫn, đôn đốc thành lập, kiện toàn hệ thống trung tâm học tập cộng đồng cấp xã sau khi sắp xếp, sáp nhập "
       "các đơn vị hành chính")],
  "Không. Mốc \"hoàn thành trong Quý II năm 2026\" là của kế hoạch Huế (III.5: mỗi xã, phường có ít nhất một trung tâm) "
  "[000_4550be4bb11189cd.txt]. Kế hoạch An Lão (III.1) chỉ giao Phòng Giáo dục và Đào tạo hướng dẫn, đôn đốc thành lập, "
  "kiện toàn hệ thống trung tâm học tập cộng đồng cấp xã sau khi sắp xếp, sáp nhập các đơn vị hành chính, không ghi hạn "
  "[004_b1b28019b71edc03.txt].",
  ["Quý II năm 2026", "sau khi sắp xếp, sáp nhập các đơn vị hành chính"])

Q("funding",
  "KH 74 của Cần Thơ nói kinh phí \"được đảm bảo trong dự toán chi ngân sách nhà nước hàng năm của các đơn vị\" phải "
  "không?",
  [(C, "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước, nguồn tài trợ và các nguồn tài chính hợp "
       "pháp khác theo quy định của pháp luật"),
   (N, "Được đảm bảo trong dự toán chi ngân sách nhà nước hàng năm của các đơn vị")],
  "Câu \"được đảm bảo trong dự toán chi ngân sách nhà nước hàng năm của các đơn vị\" là của kế hoạch Hà Nội (mục IV) "
  "[002_797e8de6131c77f9.txt]. Kế hoạch 74/KH-BCĐ của Cần Thơ (mục IV) ghi: kinh "
  "phí được bố trí từ nguồn ngân sách nhà nước, nguồn tài trợ và các nguồn tài chính hợp pháp khác theo quy định của "
  "pháp luật; các sở, ban ngành, đoàn thể và UBND quận, huyện lập kế hoạch, dự toán kinh phí [003_1a817ee72b993e3e.txt].",
  ["nguồn tài trợ và các nguồn tài chính hợp pháp khác", "dự toán chi ngân sách nhà nước hàng năm"])

Q("legal_basis",
  "Thông tư 25/2023/TT-BGDĐT về Cộng đồng học tập chỉ được nhắc trong kế hoạch Hà Nội thôi à?",
  [(H, "Thông tư số 25/2023/TT-BGDĐT ngày 27/12/2023 quy định về đánh giá, công nhận “Cộng đồng học tập” cấp xã"),
   (A, "Thông tư số 25/2023/TT-BGDĐT ngày 27/12/2023 của Bộ Giáo dục và Đào tạo quy định về đánh giá, công nhận “Cộng "
       "đồng học tập” cấp xã, huyện, tỉnh")],
  "Không phải Hà Nội. Thông tư số 25/2023/TT-BGDĐT ngày 27/12/2023 được nhắc trong kế hoạch Huế (III.5, cùng Thông tư "
  "24/2023 về \"Đơn vị học tập\") [000_4550be4bb11189cd.txt] và trong kế hoạch An Lão (III.8, các phòng, ban, ngành tham "
  "mưu xây dựng mô hình \"Cộng đồng học tập\") [004_b1b28019b71edc03.txt].",
  ["25/2023/TT-BGDĐT", "27/12/2023"])

Q("purpose",
  "Mục đích 'trở thành công dân số, công dân học tập toàn cầu' là của kế hoạch Cần Thơ đúng không?",
  [(M, "tận dụng mọi cơ hội học tập để trở thành công dân số, công dân học tập toàn cầu"),
   (C, "củng cố, tổ chức bộ phận chỉ đạo xây dựng xã hội học tập giai đoạn 2021 - 2030 các cấp của thành phố")],
  "Không. Câu \"trở thành công dân số, công dân học tập toàn cầu\" nằm ở mục đích I.1.b của kế hoạch huyện Mỹ Lộc [001_7bafa58816a5de75.txt]. Mục đích của Kế hoạch 74 "
  "Cần Thơ là triển khai đúng tiến độ nhiệm vụ tại Quyết định 1373/QĐ-TTg, phù hợp kế hoạch phát triển kinh tế xã hội; "
  "củng cố, tổ chức bộ phận chỉ đạo xây dựng xã hội học tập các cấp và xây dựng cơ chế phối hợp "
  "[003_1a817ee72b993e3e.txt].",
  ["công dân học tập toàn cầu", "bộ phận chỉ đạo"])

Q("task_section",
  "Mục III.4 kế hoạch Huế có phải là phần kinh phí không?",
  [(H, "4. Tiếp tục củng cố, phát triển Hội Khuyến học các cấp"),
   (H, "IV. KINH PHÍ THỰC HIỆN")],
  "Không. Mục III.4 là \"Tiếp tục củng cố, phát triển Hội Khuyến học các cấp\" (trong đó có vận động Quỹ khuyến học, "
  "khuyến tài). Phần kinh phí là mục IV. KINH PHÍ THỰC HIỆN. [000_4550be4bb11189cd.txt]",
  ["Tiếp tục củng cố, phát triển Hội Khuyến học các cấp", "IV. KINH PHÍ THỰC HIỆN"])

Q("task_section",
  "Phần 'Nội dung, giải pháp' của kế hoạch An Lão là mục III phải không?",
  [(A, "II. NỘI DUNG, GIẢI PHÁP"),
   (A, "III. TỔ CHỨC THỰC HIỆN")],
  "Không. Kế hoạch An Lão có \"II. NỘI DUNG, GIẢI PHÁP\" (9 điểm); mục III là \"III. TỔ CHỨC THỰC HIỆN\" (phân công "
  "các phòng, ban, ngành, UBND xã, thị trấn). [004_b1b28019b71edc03.txt]",
  ["II. NỘI DUNG, GIẢI PHÁP", "III. TỔ CHỨC THỰC HIỆN"])

Q("cross_plan",
  "Hội Cựu giáo chức có tên trong kế hoạch Cần Thơ không, hay là ở kế hoạch khác?",
  [(C, "đ) Đề nghị Hội Cựu chiến binh thành phố, Hội Nông dân thành phố"),
   (C, "12. Đề nghị Hội Người cao tuổi thành phố"),
   (M, "g) Hội Cựu chiến binh huyện, Hội Nông dân huyện, Hội Người cao tuổi huyện, Hội Cựu giáo chức huyện"),
   (N, "Hội Cựu chiến binh, Hội Nông dân, Hội Người cao tuổi, Hội Cựu giáo chức Thành phố")],
  "Kế hoạch 74 của Cần Thơ chỉ đề nghị Hội Cựu chiến binh thành phố, Hội Nông dân thành phố (V.11.đ) và Hội Người cao "
  "tuổi thành phố (V.12), không có Hội Cựu giáo chức [003_1a817ee72b993e3e.txt]. Hội Cựu giáo chức có trong kế hoạch Mỹ "
  "Lộc (V.9.g, Hội Cựu giáo chức huyện) [001_7bafa58816a5de75.txt] và kế hoạch Hà Nội (V.15.e, Hội Cựu giáo chức Thành "
  "phố) [002_797e8de6131c77f9.txt].",
  ["Hội Cựu giáo chức huyện", "Hội Cựu giáo chức Thành phố"])

Q("cross_plan",
  "Cả Huế và Hà Nội đều giao Liên đoàn Lao động thực hiện Kế hoạch 147 phải không?",
  [(H, "tổ chức thực hiện Kế hoạch số 147/KH-UBND ngày 17 tháng 4 năm 2023"),
   (N, "thành lập quỹ khuyến học, khuyến tài, hỗ trợ công nhân, người lao động học tập")],
  "Chỉ Huế. Liên đoàn Lao động thành phố Huế (V.8) chủ trì tổ chức thực hiện Kế hoạch số 147/KH-UBND ngày 17 tháng 4 năm "
  "2023 [000_4550be4bb11189cd.txt]. Kế hoạch Hà Nội không nhắc Kế hoạch 147; Liên đoàn Lao động Thành phố Hà Nội (V.9) "
  "phối hợp đẩy mạnh phát triển nghề nghiệp và chỉ đạo công đoàn vận động thành lập quỹ khuyến học, khuyến tài, hỗ trợ "
  "công nhân, người lao động học tập [002_797e8de6131c77f9.txt].",
  ["147/KH-UBND", "thành lập quỹ khuyến học, khuyến tài"])

Q("no_diacritics",
  "my loc co giao cong an huyen mo lop xoa mu chu cho pham nhan ko hay cai do la cua ha noi",
  [(M, "6. Công an huyện, Bộ Chỉ huy Quân sự huyện"),
   (M, "Nâng cao trình độ, năng lực ngoại ngữ cho cán bộ toàn lực lượng vũ trang"),
   (N, "tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân")],
  "Không. Ở Mỹ Lộc, Công an huyện và Bộ Chỉ huy Quân sự huyện (V.6) chỉ được giao nâng cao trình độ, năng lực ngoại ngữ "
  "cho cán bộ toàn lực lượng vũ trang trên địa bàn huyện [001_7bafa58816a5de75.txt]. Việc tổ chức lớp xóa mù chữ, phổ "
  "cập giáo dục, đào tạo nghề cho trại viên, phạm nhân là của Công an Thành phố trong kế hoạch Hà Nội (V.8) "
  "[002_797e8de6131c77f9.txt].",
  ["năng lực ngoại ngữ", "phạm nhân"])

Q("paraphrase",
  "Cái câu xử lý nghiêm cán bộ lười học, không theo kịp cách mạng 4.0 nằm ở kế hoạch Hà Nội hả?",
  [(A, "có biện pháp xử lý nghiêm khắc với những cán bộ, công chức, viên chức trì trệ, ngại học, không thích nghi và bắt "
       "nhịp với guồng quay của cuộc cách mạng khoa học và công nghệ 4.0")],
  "Không, câu đó ở kế hoạch huyện An Lão (mục II.7): tổ chức rà soát, đánh giá, có biện pháp xử lý nghiêm khắc với những "
  "cán bộ, công chức, viên chức trì trệ, ngại học, không thích nghi và bắt nhịp với guồng quay của cuộc cách mạng khoa "
  "học và công nghệ 4.0. [004_b1b28019b71edc03.txt]",
  ["trì trệ, ngại học", "4.0"])

Q("paraphrase",
  "Vụ 'Quỹ vòng tay đồng đội' là của Hội Cựu chiến binh Hà Nội phải không?",
  [(M, "nâng cao chất lượng “Quỹ vòng tay đồng đội”"),
   (M, "g) Hội Cựu chiến binh huyện, Hội Nông dân huyện, Hội Người cao tuổi huyện, Hội Cựu giáo chức huyện")],
  "Không phải Hà Nội. \"Quỹ vòng tay đồng đội\" chỉ có trong kế hoạch huyện Mỹ Lộc, mục V.9.g, giao chung Hội Cựu chiến "
  "binh huyện, Hội Nông dân huyện, Hội Người cao tuổi huyện, Hội Cựu giáo chức huyện hướng dẫn các cấp hội … nâng cao "
  "chất lượng \"Quỹ vòng tay đồng đội\". [001_7bafa58816a5de75.txt]",
  ["Quỹ vòng tay đồng đội", "Hội Cựu chiến binh huyện"])

Q("english",
  "A UNESCO GNLC colleague believes Hue's plan is the one that mentions SEAMEO CELLL. Is that correct?",
  [(M, "Trung tâm Khu vực về học tập suốt đời của Hội đồng Bộ trưởng Giáo dục các nước Đông Nam Á tại Việt Nam (SEAMEO "
       "CELLL)")],
  "No. SEAMEO CELLL is mentioned in My Loc district's plan (item III.7.đ): it calls for strengthening the capacity of "
  "the \"Trung tâm Khu vực về học tập suốt đời … (SEAMEO CELLL)\", next to joining UNESCO's global learning cities "
  "network. [001_7bafa58816a5de75.txt]",
  ["SEAMEO CELLL"])

Q("english",
  "Our NGO read that My Loc's plan targets 99.5% literacy among people aged 15-60. Is that My Loc's figure?",
  [(N, "Duy trì 99,5% trở lên người trong độ tuổi 15-60 biết chữ"),
   (M, "+ 100% các xã, thị trấn duy trì đạt chuẩn xóa mù chữ mức độ 2")],
  "No. The 99,5% figure (people aged 15-60 who can read and write, 2025) is in Hanoi's plan [002_797e8de6131c77f9.txt]. "
  "My Loc's plan states its literacy target as 100% of communes and townships maintaining the literacy standard level "
  "2 (\"xóa mù chữ mức độ 2\") [001_7bafa58816a5de75.txt].",
  ["99,5%", "xóa mù chữ mức độ 2"])

Q("english",
  "Which plan — Hue's or Hanoi's — asks the Capital Command (Bo Tu lenh Thu do) to give defence education to village "
  "elders and religious dignitaries?",
  [(N, "nhất là những người có uy tín trong cộng đồng dân cư, chức sắc, chức việc tôn giáo, già làng, trưởng họ tộc")],
  "Hanoi's plan (item V.8, Bộ Tư lệnh Thủ đô): defence and security education \"nhất là những người có uy tín trong "
  "cộng đồng dân cư, chức sắc, chức việc tôn giáo, già làng, trưởng họ tộc\". Hue's plan has no such item. "
  "[002_797e8de6131c77f9.txt]",
  ["chức sắc, chức việc tôn giáo", "già làng"])

U("Chỉ tiêu 75% trẻ khuyết tật được học hòa nhập là của kế hoạch Hà Nội hay Cần Thơ?",
  REFUSE + ": không kế hoạch nào (kể cả Hà Nội và Cần Thơ) đặt chỉ tiêu học hòa nhập cho trẻ khuyết tật; người khuyết "
  "tật chỉ được nêu trong các nhiệm vụ hỗ trợ học tập, đào tạo nghề, không có tỷ lệ.",
  r"hoa nhap", ALL)

U("Quỹ 'Ánh sáng tri thức' giao cho Hội Khuyến học là ở kế hoạch Mỹ Lộc hay An Lão?",
  REFUSE + ": không kế hoạch nào nêu quỹ \"Ánh sáng tri thức\"; các quỹ được nêu tên là Quỹ khuyến học, khuyến tài, "
  "\"Quỹ học bổng Hoàng Ngân\" và \"Quỹ vòng tay đồng đội\" (Mỹ Lộc).",
  r"anh sang tri thuc", ALL)

U("Was it Hue or Can Tho that set a target for 60% of civil servants to reach B1 English?",
  "Neither. None of the loaded plans sets a B1 or English-language target for civil servants; they speak of foreign "
  "language capacity (năng lực ngoại ngữ) in general, without a level or percentage.",
  r"\bb1\b|tieng anh", ALL)

U("Chỉ tiêu 95% trẻ 5 tuổi đi học mẫu giáo là của Mỹ Lộc hay An Lão?",
  REFUSE + ": cả kế hoạch Mỹ Lộc lẫn An Lão đều không có tỷ lệ 95% trẻ 5 tuổi đi học; Mỹ Lộc chỉ đặt 100% xã, thị trấn "
  "duy trì phổ cập giáo dục mầm non cho trẻ em 05 tuổi, An Lão không có chỉ tiêu phần trăm nào.",
  r"95 ?%", [M, A])

# ---------------------------------------------------------------------------------------------------------------
# S3. The asker's own figure or date, checked against the plan's target or deadline
# ---------------------------------------------------------------------------------------------------------------
Q("target",
  "Xã tôi ở Mỹ Lộc năm 2025 có 65% người trong độ tuổi lao động được trang bị kỹ năng sống. So với chỉ tiêu năm 2025 "
  "của huyện thì đã đạt chưa?",
  [(M, "a) Mục tiêu đến năm 2025"),
   (M, "+ 60% số người trong độ tuổi lao động được trang bị kỹ năng sống."),
   (M, "+ 80% người trong độ tuổi lao động được trang bị kỹ năng sống.")],
  "Đã đạt: chỉ tiêu năm 2025 của huyện Mỹ Lộc (II.2.a) là 60% số người trong độ tuổi lao động được trang bị kỹ năng sống, "
  "xã đạt 65% là vượt. Lưu ý mốc năm 2030 (II.2.b) là 80%, nên xã còn phải tiếp tục nâng. [001_7bafa58816a5de75.txt]",
  ["60%", "80%"])

Q("target",
  "Phường tôi ở Huế hiện mới có 35% công dân đạt danh hiệu công dân học tập. Như vậy đã bằng chỉ tiêu năm 2026 của "
  "thành phố chưa?",
  [(H, "4. Xây dựng các mô hình học tập trong xã hội - 40% công dân đạt danh hiệu công dân học tập")],
  "Chưa. Chỉ tiêu năm 2026 của thành phố Huế (II.4) là 40% công dân đạt danh hiệu công dân học tập; 35% còn thấp hơn "
  "chỉ tiêu. Hội Khuyến học thành phố là đơn vị theo dõi, tổng hợp kết quả mục tiêu \"Công dân học tập\". "
  "[000_4550be4bb11189cd.txt]",
  ["40%"])

Q("deadline",
  "Phòng GD&ĐT Mỹ Lộc dự kiến trình báo cáo năm lên UBND huyện ngày 20 tháng 12. Như vậy có trễ so với kế hoạch không?",
  [(M, "e) Tổ chức kiểm tra, giám sát và đánh giá, tổng hợp, báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm")],
  "Có, trễ. Mục V.1.e giao Phòng Giáo dục và Đào tạo tổ chức kiểm tra, giám sát, đánh giá, tổng hợp, báo cáo UBND huyện "
  "trước ngày 15 tháng 12 hằng năm; ngày 20 tháng 12 là sau hạn. [001_7bafa58816a5de75.txt]",
  ["15 tháng 12"])

Q("target",
  "Năm 2024 huyện Phong Điền của Cần Thơ có 70% trung tâm học tập cộng đồng ứng dụng CNTT. So với chỉ tiêu của thành "
  "phố năm đó thì thế nào?",
  [(C, "Phần đầu đạt tỷ lệ 90% trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động "
       "giáo dục")],
  "Thấp hơn chỉ tiêu. Kế hoạch 74/KH-BCĐ (II.2.b) đặt phấn đấu (văn bản in \"Phần đầu\") đạt 90% trung tâm học tập cộng "
  "đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục năm 2024; 70% chưa đạt. (Chỉ tiêu là của "
  "toàn thành phố, kế hoạch không chia theo huyện.) [003_1a817ee72b993e3e.txt]",
  ["90%"])

Q("target",
  "Quận tôi năm 2025 có 81% trường công lập đạt chuẩn quốc gia — có nằm trong chỉ tiêu của Hà Nội không?",
  [(N, "80-85% trường công lập đạt chuẩn quốc gia"),
   (N, "85-90% trường công lập đạt chuẩn quốc gia")],
  "Có. Chỉ tiêu năm 2025 của kế hoạch Hà Nội (II.2.1.c) là 80-85% trường công lập đạt chuẩn quốc gia, 81% nằm trong "
  "khoảng đó. Đến năm 2030 (II.2.2.b) chỉ tiêu nâng lên 85-90%. [002_797e8de6131c77f9.txt]",
  ["80-85%", "85-90%"])

Q("no_diacritics",
  "huyen em nam 2024 moi dat pho cap THCS muc do 2, chua len muc do 3, vay co trai chi tieu ke hoach can tho ko",
  [(C, "100% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 2; phần đầu có 66% quận, huyện đạt chuẩn phổ "
       "cập giáo dục trung học cơ sở mức độ 3")],
  "Không trái. Kế hoạch 74 (II.2.a) đặt năm 2024: 100% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 2, "
  "và phấn đấu (in \"phần đầu\") 66% quận, huyện đạt mức độ 3. Huyện em đạt mức độ 2 là đúng chỉ tiêu chung; mức độ 3 chỉ "
  "đặt cho 66% số quận, huyện. [003_1a817ee72b993e3e.txt]",
  ["mức độ 2", "66%"])

Q("english",
  "Our partner commune in Hue reports that 12 units were recognised as 'Learning Units' at provincial level 1 in 2026, "
  "4 of them at level 2. Does that meet the plan's figures?",
  [(H, "Có ít nhất 15 đơn vị được công nhận “Đơn vị học tập” cấp tỉnh mức độ 1, trong đó có ít nhất 05 đơn vị đạt mức "
       "độ 2")],
  "No. Hue's 2026 plan (II.4) aims for at least 15 units recognised as provincial-level \"Đơn vị học tập\" at level 1, "
  "of which at least 05 at level 2; 12 and 4 fall short of both. Note the figure is city-wide, not per commune. "
  "[000_4550be4bb11189cd.txt]",
  ["15", "05"])

Q("english",
  "Our NGO's survey shows 94% of newly literate adults in Hanoi kept studying in 2025. Does that reach the plan's 2025 "
  "target, and what is the 2030 figure?",
  [(N, "95% số người mới biết chữ tiếp tục học tập và không tái mù chữ"),
   (N, "96% số người mới biết chữ tiếp tục học tập và không tái mù chữ")],
  "Not quite. Hanoi's plan sets 95% of newly literate people continuing to study and not relapsing into illiteracy "
  "for 2025 (II.2.1.a), so 94% is just below; the 2030 target is 96% (II.2.2.a). [002_797e8de6131c77f9.txt]",
  ["95%", "96%"])

Q("agency_tasks",
  "Phòng em là Phòng Nội vụ An Lão, đã làm xong kế hoạch đào tạo cán bộ năm nay và khảo sát chất lượng đội ngũ. Theo kế "
  "hoạch, phòng còn những việc nghiên cứu nào?",
  [(A, "Nghiên cứu xây dựng khung tiêu chí đánh giá, sàng lọc, quy hoạch đội ngũ cán bộ"),
   (A, "chính sách bảo vệ cán bộ, miễn trừ trách nhiệm đối với cán bộ tiên phong")],
  "Theo mục III.2, ngoài tham mưu kế hoạch, kinh phí đào tạo, bồi dưỡng và khảo sát, đánh giá đội ngũ, Phòng Nội vụ còn "
  "phải nghiên cứu xây dựng khung tiêu chí đánh giá, sàng lọc, quy hoạch đội ngũ cán bộ; và nghiên cứu cơ chế, chính sách "
  "khuyến khích cán bộ dám nghĩ, dám làm, chính sách bảo vệ cán bộ, miễn trừ trách nhiệm đối với cán bộ tiên phong thực "
  "hiện thí điểm mà kết quả không đạt do nguyên nhân khách quan. [004_b1b28019b71edc03.txt]",
  ["khung tiêu chí đánh giá, sàng lọc", "miễn trừ trách nhiệm"])

Q("target",
  "Huyện Mỹ Lộc năm 2025 có 55% dân số từ 15 tuổi trở lên qua đào tạo chuyên môn kỹ thuật và 11% có trình độ đại học "
  "trở lên. Có đạt chỉ tiêu năm 2025 không?",
  [(M, "Khoảng 50% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó 12% dân số có trình độ "
       "đại học trở lên")],
  "Đạt một vế. Chỉ tiêu năm 2025 (II.2.a) là khoảng 50% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ "
  "thuật (55% là đạt), trong đó 12% dân số có trình độ đại học trở lên (11% là chưa đạt). [001_7bafa58816a5de75.txt]",
  ["Khoảng 50%", "12%"])

Q("deadline",
  "Trường tôi ở Mỹ Lộc thường gửi báo cáo kết quả kiểm tra, giám sát về Phòng GD&ĐT vào ngày 5/12 hằng năm. Như thế có "
  "kịp mốc trong kế hoạch không?",
  [(M, "Tổ chức kiểm tra, giám sát đột xuất và định kỳ, trước ngày 30 tháng 11 hằng năm gửi báo cáo tình hình, kết quả "
       "thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo")],
  "Không kịp mốc chung. Mục III.8 (Tổ chức kiểm tra, giám sát) ghi, không nêu riêng đơn vị nào: trước ngày 30 tháng 11 hằng năm gửi báo cáo tình "
  "hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo; ngày 5/12 là sau mốc này. (Riêng UBND các xã, thị trấn "
  "có hạn riêng trước ngày 10 tháng 12 ở V.11.d.) [001_7bafa58816a5de75.txt]",
  ["30 tháng 11"])

Q("deadline",
  "Đoàn công tác chúng tôi định kiểm tra việc kiện toàn trung tâm học tập cộng đồng ở các phường của Huế vào tháng "
  "8/2026. Khi đó theo kế hoạch lẽ ra việc này đã phải xong chưa?",
  [(H, "bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn thành trong Quý II năm 2026")],
  "Rồi. Mục III.5 yêu cầu rà soát, củng cố, kiện toàn hệ thống trung tâm học tập cộng đồng, bảo đảm mỗi xã, phường có "
  "ít nhất một trung tâm, hoàn thành trong Quý II năm 2026; tháng 8/2026 đã sau hạn đó. [000_4550be4bb11189cd.txt]",
  ["Quý II năm 2026", "ít nhất một trung tâm"])

Q("no_diacritics",
  "truong em o hue da dua toan bo hoat dong quan ly, giang day len moi truong so roi, vay da dat chi tieu cua thanh "
  "pho chua",
  [(H, "100% các cơ sở giáo dục phổ thông, cơ sở giáo dục thường xuyên, cơ sở giáo dục nghề nghiệp và các cơ sở giáo "
       "dục khác triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường số")],
  "Về phía trường em thì đúng hướng chỉ tiêu: kế hoạch Huế 2026 (II.3) đặt 100% các cơ sở giáo dục phổ thông, cơ sở giáo "
  "dục thường xuyên, cơ sở giáo dục nghề nghiệp và các cơ sở giáo dục khác triển khai hoạt động quản lý, giảng dạy và học "
  "tập trên môi trường số. Chỉ tiêu 100% nghĩa là trường nào cũng phải đạt. [000_4550be4bb11189cd.txt]",
  ["100% các cơ sở giáo dục phổ thông", "môi trường số"])

Q("abbreviation",
  "CA TP CT: đơn vị em ở quận ko có trường giáo dưỡng trên địa bàn thì KH 74 ghi thế nào, có bắt buộc ko?",
  [(C, "8. Công an thành phố"),
   (C, "trại viên, phạm nhân và học viên trong các trại giam, trại tạm giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng "
       "(nếu có)")],
  "Kế hoạch 74 (V.8) giao Công an thành phố chủ trì, phối hợp với Sở GD&ĐT, UBND quận, huyện tổ chức lớp xóa mù chữ, "
  "phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân và học viên trong các trại giam, trại tạm giam, cơ sở giáo "
  "dục bắt buộc, trường giáo dưỡng, kèm chữ \"(nếu có)\": nơi nào không có các cơ sở đó thì không phát sinh việc này. "
  "[003_1a817ee72b993e3e.txt]",
  ["Công an thành phố", "trường giáo dưỡng", "(nếu có)"])

Q("abbreviation",
  "HKH TP HN: hội em đã nhân rộng mô hình CDHT, GĐHT rồi. KH còn giao hội việc gì với các TTHTCĐ?",
  [(N, "b) Hội Khuyến học Thành phố"),
   (N, "Phối hợp với Sở Giáo dục và Đào tạo đẩy mạnh hoạt động của các trung tâm học tập cộng đồng")],
  "Với trung tâm học tập cộng đồng, mục V.15.b đề nghị Hội Khuyến học Thành phố phối hợp với Sở Giáo dục và Đào tạo đẩy "
  "mạnh hoạt động của các trung tâm học tập cộng đồng (bên cạnh nhân rộng mô hình học tập, củng cố tổ chức Hội và xã hội "
  "hóa nguồn lực). [002_797e8de6131c77f9.txt]",
  ["Phối hợp với Sở Giáo dục và Đào tạo", "đẩy mạnh hoạt động của các trung tâm học tập cộng đồng"])

Q("paraphrase",
  "Ấp tôi ở Cần Thơ tháng rồi mở lớp dạy nghề đan lát cho bà con, kèm luôn lớp xóa mù chữ. Làm vậy có đúng hướng kế "
  "hoạch thành phố không?",
  [(C, "b) Tăng cường tổ chức các lớp phổ biến kiến thức, kỹ năng, chuyển giao công nghệ và xóa mù chữ gắn với dạy nghề "
       "truyền thống, dạy nghề ngắn hạn và phát triển cộng đồng")],
  "Đúng hướng. Mục III.4.b (Đẩy mạnh hoạt động của trung tâm học tập cộng đồng) của Kế hoạch 74: tăng cường tổ chức các "
  "lớp phổ biến kiến thức, kỹ năng, chuyển giao công nghệ và xóa mù chữ gắn với dạy nghề truyền thống, dạy nghề ngắn hạn "
  "và phát triển cộng đồng. [003_1a817ee72b993e3e.txt]",
  ["xóa mù chữ gắn với dạy nghề truyền thống"])

Q("paraphrase",
  "Cơ quan tôi ở Huế cử người đi học lớp ngoại ngữ, tin học buổi tối. Kế hoạch thành phố có khuyến khích kiểu lớp ngắn "
  "hạn này không?",
  [(H, "Tổ chức các lớp bồi dưỡng, đào tạo ngắn hạn phù hợp với từng nhóm đối tượng"),
   (H, "bồi dưỡng ngoại ngữ, tin học")],
  "Có. Mục III.5 kế hoạch Huế 2026 ghi tổ chức các lớp bồi dưỡng, đào tạo ngắn hạn phù hợp với từng nhóm đối tượng như "
  "giáo dục kỹ năng sống; bồi dưỡng chuyên môn, nghiệp vụ; bồi dưỡng ngoại ngữ, tin học; phổ biến kiến thức khoa học, "
  "pháp luật cho cán bộ, công chức, viên chức, học sinh, sinh viên và người lao động. [000_4550be4bb11189cd.txt]",
  ["đào tạo ngắn hạn", "bồi dưỡng ngoại ngữ, tin học"])

Q("english",
  "Our programme in Can Tho equipped 40% of working-age adults with life skills in 2024. How does that compare with "
  "the plan's target?",
  [(C, "Phần đầu đạt tỷ lệ 90% số người trong độ tuổi lao động được trang bị kỹ năng sống")],
  "It is well below it. Plan 74 (II.2.b) aims (\"Phần đầu\", a misprint of phấn đấu) for 90% of working-age people to "
  "be equipped with life skills in 2024. [003_1a817ee72b993e3e.txt]",
  ["90%"])

Q("english",
  "Our partner commune in My Loc intends to send its annual report to the district education office on 12 December. "
  "Is that on time?",
  [(M, "d) Kiểm tra, giám sát và định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế "
       "hoạch về Phòng Giáo dục và Đào tạo")],
  "No. Item V.11.d asks communes and townships (UBND các xã, thị trấn) to send their report to the Phòng Giáo dục và "
  "Đào tạo before 10 December each year (\"trước ngày 10 tháng 12 hằng năm\"); 12 December is late. "
  "[001_7bafa58816a5de75.txt]",
  ["10 tháng 12"])

Q("cross_plan",
  "Tỉnh tôi đạt 45% dân số từ 15 tuổi trở lên được đào tạo chuyên môn kỹ thuật. So với chỉ tiêu của Huế năm 2026 và "
  "Cần Thơ năm 2024 thì cao hay thấp?",
  [(H, "40% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật"),
   (C, "Phần đầu đạt tỷ lệ 30% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật")],
  "Cao hơn cả hai. Huế đặt 40% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật năm 2026 "
  "[000_4550be4bb11189cd.txt]; Cần Thơ phấn đấu 30% năm 2024 [003_1a817ee72b993e3e.txt]. (Mỗi kế hoạch chỉ áp dụng cho "
  "địa phương của nó.)",
  ["40%", "30%"])

U("Năm 2026 phường tôi ở Huế có 60% hộ đạt danh hiệu Gia đình học tập. So với chỉ tiêu năm 2026 của thành phố thì sao?",
  REFUSE + ": kế hoạch Huế 2026 không đặt chỉ tiêu \"Gia đình học tập\"; mục II.4 chỉ có công dân học tập (40%), "
  "\"Đơn vị học tập\" và \"Cộng đồng học tập\".",
  r"gia dinh hoc tap", [H])

U("Thị trấn tôi năm 2025 có 8 dòng họ học tập. Kế hoạch An Lão đặt mục tiêu bao nhiêu dòng họ học tập?",
  REFUSE + ": kế hoạch An Lão chỉ yêu cầu đẩy mạnh mô hình \"Dòng họ học tập\", không đặt số lượng hay tỷ lệ nào.",
  r"\d+ dong ho|%", [A])

U("Quận tôi ở Hà Nội nộp báo cáo sơ kết 6 tháng vào 20/6, như vậy có đúng hạn kế hoạch không?",
  REFUSE + ": kế hoạch Hà Nội không quy định báo cáo 6 tháng hay hạn 20/6; chỉ có báo cáo định kỳ hàng năm trước ngày 01 "
  "tháng 12.",
  r"6 thang|sau thang|giua nam|20/6", [N])

U("Trường tôi ở An Lão có 85% giáo viên đạt chuẩn trình độ, so với chỉ tiêu kế hoạch của huyện thì thế nào?",
  REFUSE + ": kế hoạch An Lão không có chỉ tiêu phần trăm nào, kể cả tỷ lệ giáo viên đạt chuẩn; nó chỉ yêu cầu Phòng "
  "GD&ĐT tăng cường đào tạo, bồi dưỡng cán bộ quản lý, giáo viên theo Chương trình Giáo dục phổ thông 2018.",
  r"%|phan tram", [A])

U("Bài báo viết Mỹ Lộc hiện có 12 dòng họ học tập tiêu biểu. Kế hoạch ghi số dòng họ học tập hiện có là bao nhiêu?",
  REFUSE + ": kế hoạch Mỹ Lộc không nêu số dòng họ học tập hiện có; nó chỉ yêu cầu nâng cao chất lượng đánh giá, xếp "
  "loại \"Dòng họ học tập\".",
  r"\d+ dong ho", [M])

U("Hiện nay thành phố Huế có bao nhiêu trung tâm học tập cộng đồng đang hoạt động?",
  REFUSE + ": kế hoạch Huế 2026 không nêu số trung tâm hiện có; nó chỉ yêu cầu mỗi xã, phường có ít nhất một trung tâm, "
  "hoàn thành trong Quý II năm 2026.",
  r"\d+ trung tam", [H])

# ---------------------------------------------------------------------------------------------------------------
# S4. A plan named by its signer, or by the document it implements or replaces, instead of by its place
# ---------------------------------------------------------------------------------------------------------------
Q("agency_tasks",
  "Trong kế hoạch do bà Vũ Thu Hà ký, các cơ quan thông tấn, báo chí và Đài Phát thanh - Truyền hình được giao gì?",
  [(N, "PHÓ CHỦ TỊCH Vũ Thu Hà"),
   (N, "12. Cơ quan thông tấn, báo chí của Thành phố; Đài Phát thanh và Truyền hình Hà Nội"),
   (N, "Xây dựng chuyên mục và tuyên truyền về công tác khuyến học, khuyến tài, học tập suốt đời, xây dựng xã hội học tập")],
  "Kế hoạch do Phó Chủ tịch Vũ Thu Hà ký là kế hoạch của UBND thành phố Hà Nội. Mục V.12 giao Cơ quan thông tấn, báo chí "
  "của Thành phố và Đài Phát thanh và Truyền hình Hà Nội xây dựng chuyên mục và tuyên truyền về công tác khuyến học, "
  "khuyến tài, học tập suốt đời, xây dựng xã hội học tập. [002_797e8de6131c77f9.txt]",
  ["Vũ Thu Hà", "Đài Phát thanh và Truyền hình Hà Nội", "Xây dựng chuyên mục"])

Q("deadline",
  "Kế hoạch ông Lê Quang Huy ký bắt UBND các xã báo cáo trước ngày nào, gửi về đâu?",
  [(M, "PHÓ CHỦ TỊCH Lê Quang Huy"),
   (M, "d) Kiểm tra, giám sát và định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế "
       "hoạch về Phòng Giáo dục và Đào tạo")],
  "Đó là kế hoạch của UBND huyện Mỹ Lộc (Phó Chủ tịch Lê Quang Huy ký). Mục V.11.d: UBND các xã, thị trấn định kỳ trước "
  "ngày 10 tháng 12 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo để tổng hợp. "
  "[001_7bafa58816a5de75.txt]",
  ["Lê Quang Huy", "10 tháng 12", "Phòng Giáo dục và Đào tạo"])

Q("funding",
  "Kế hoạch do ông Nguyễn Thực Hiện ký thì kinh phí lấy từ nguồn nào, và ai phải lập dự toán?",
  [(C, "PHÓ CHỦ TỊCH UBND THÀNH PHỐ Nguyễn Thực Hiện"),
   (C, "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước, nguồn tài trợ và các nguồn tài chính hợp "
       "pháp khác theo quy định của pháp luật"),
   (C, "các sở, ban ngành, đoàn thể có liên quan và Ủy ban nhân dân quận, huyện xây dựng kế hoạch và dự toán kinh phí "
       "thực hiện")],
  "Ông Nguyễn Thực Hiện (Phó Chủ tịch UBND thành phố, Trưởng Ban Chỉ đạo) ký Kế hoạch 74/KH-BCĐ của Cần Thơ. Mục IV: "
  "kinh phí được bố trí từ nguồn ngân sách nhà nước, nguồn tài trợ và các nguồn tài chính hợp pháp khác; các sở, ban "
  "ngành, đoàn thể có liên quan và Ủy ban nhân dân quận, huyện xây dựng kế hoạch và dự toán kinh phí thực hiện, tổng hợp "
  "trong dự toán ngân sách hàng năm của đơn vị. [003_1a817ee72b993e3e.txt]",
  ["Nguyễn Thực Hiện", "nguồn tài trợ", "dự toán kinh phí"])

Q("english",
  "In the plan signed by Nguyen Quoc Thinh, which office compiles the annual results of the 'Học tập suốt đời' "
  "movement?",
  [(A, "PHÓ CHỦ TỊCH Nguyễn Quốc Thịnh"),
   (A, "1. Phòng Giáo dục và Đào tạo - Chủ trì, phối hợp với các phòng, ban, ngành tham mưu"),
   (A, "Chủ trì tổng hợp kết quả thực hiện phong trào “Học tập suốt đời’, lồng ghép với kết quả xây dựng xã hội học tập "
       "trên địa bàn huyện, hằng năm")],
  "That is An Lao district's plan (signed by Vice-Chairman Nguyễn Quốc Thịnh). Under item III.1 the Phòng Giáo dục và "
  "Đào tạo chairs compiling the results of the \"Học tập suốt đời\" movement each year, combined with the results of "
  "building a learning society in the district. [004_b1b28019b71edc03.txt]",
  ["Nguyễn Quốc Thịnh", "Phòng Giáo dục và Đào tạo"])

Q("target",
  "Kế hoạch thực hiện Kế hoạch 336 của tỉnh Thừa Thiên Huế (cũ) đặt bao nhiêu % người trong độ tuổi lao động có kỹ năng "
  "sống?",
  [(H, "Kế hoạch số 336/KH-UBND ngày 27 tháng 10 năm 2021"),
   (H, "80% số người trong độ tuổi lao động được trang bị kỹ năng sống")],
  "Đó là kế hoạch năm 2026 của thành phố Huế (thực hiện Kế hoạch số 336/KH-UBND ngày 27 tháng 10 năm 2021 của UBND tỉnh "
  "Thừa Thiên Huế, nay là thành phố Huế). Mục II.2: 80% số người trong độ tuổi lao động được trang bị kỹ năng sống. "
  "[000_4550be4bb11189cd.txt]",
  ["336", "80%"])

Q("agency_tasks",
  "Văn bản thay thế Kế hoạch 290/KH-UBND năm 2021 giao Trường Đại học Thủ đô Hà Nội những việc gì?",
  [(N, "Kế hoạch này thay thế cho Kế hoạch số 290/KH-UBND ngày 16/12/2021"),
   (N, "Triển khai trường học số, xây dựng học liệu số để nâng cao năng lực hoạt động"),
   (N, "Phối hợp với Sở Giáo dục và Đào tạo tổ chức biên soạn, số hóa tài liệu phục vụ hoạt động tuyên truyền")],
  "Văn bản thay thế Kế hoạch số 290/KH-UBND ngày 16/12/2021 là kế hoạch triển khai Nghị quyết 23-NQ/TU của UBND thành "
  "phố Hà Nội. Mục V.13 giao Trường Đại học Thủ đô Hà Nội và các trường cao đẳng trực thuộc: triển khai trường học số, "
  "xây dựng học liệu số; phối hợp với Sở Giáo dục và Đào tạo biên soạn, số hóa tài liệu phục vụ tuyên truyền, giáo dục "
  "kiến thức cho nhân dân; tạo điều kiện để cán bộ, viên chức, người lao động được học tập suốt đời. "
  "[002_797e8de6131c77f9.txt]",
  ["290/KH-UBND", "trường học số", "số hóa tài liệu"])

Q("no_diacritics",
  "ke hoach thuc hien KH 145 cua tinh nam dinh dat chi tieu TTHTCD ung dung CNTT nam 2030 bao nhieu",
  [(M, "Thực hiện Kế hoạch số 145/KH- UBND ngày 23/12//2021 của UBND tỉnh Nam Định"),
   (M, "+ 90% các Trung tâm Học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục.")],
  "Kế hoạch thực hiện Kế hoạch số 145 của UBND tỉnh Nam Định là kế hoạch huyện Mỹ Lộc. Mục tiêu đến năm 2030 (II.2.b): "
  "90% các Trung tâm Học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục (năm 2025 "
  "là 70%). [001_7bafa58816a5de75.txt]",
  ["145", "90%"])

Q("legal_basis",
  "Kế hoạch do ông Nguyễn Thanh Bình ký quản lý, sử dụng kinh phí theo nghị quyết nào của HĐND?",
  [(H, "PHÓ CHỦ TỊCH Nguyễn Thanh Bình"),
   (H, "Nghị quyết số 16/2025/NQ-HĐND ngày 16 tháng 7 năm 2025 của Hội đồng nhân dân thành phố quy định nội dung, mức "
       "chi")],
  "Ông Nguyễn Thanh Bình (Phó Chủ tịch) ký kế hoạch năm 2026 của thành phố Huế. Mục IV: việc quản lý, sử dụng kinh phí "
  "thực hiện theo Nghị quyết số 16/2025/NQ-HĐND ngày 16 tháng 7 năm 2025 của Hội đồng nhân dân thành phố quy định nội "
  "dung, mức chi thực hiện Đề án và các quy định hiện hành. [000_4550be4bb11189cd.txt]",
  ["Nguyễn Thanh Bình", "16/2025/NQ-HĐND"])

Q("deadline",
  "Kế hoạch cấp huyện của tỉnh Nam Định trong kho dữ liệu định sơ kết, tổng kết Đề án vào năm nào, ai tham mưu?",
  [(M, "tham mưu UBND huyện tổ chức sơ kết Đề án vào năm 2025, tổng kết vào năm 2030"),
   (M, "1. Phòng Giáo dục và Đào tạo")],
  "Đó là kế hoạch huyện Mỹ Lộc. Mục V.1.e giao Phòng Giáo dục và Đào tạo tham mưu UBND huyện tổ chức sơ kết Đề án vào "
  "năm 2025, tổng kết vào năm 2030 và đề xuất khen thưởng. [001_7bafa58816a5de75.txt]",
  ["năm 2025", "năm 2030", "Phòng Giáo dục và Đào tạo"])

Q("legal_basis",
  "Kế hoạch do ông Nguyễn Quốc Thịnh ký gắn với nghị quyết nào của Bộ Chính trị về khoa học, công nghệ và chuyển đổi số?",
  [(A, "PHÓ CHỦ TỊCH Nguyễn Quốc Thịnh"),
   (A, "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ")],
  "Đó là kế hoạch huyện An Lão (Phó Chủ tịch Nguyễn Quốc Thịnh ký). Mục II.3 yêu cầu triển khai quyết liệt Nghị quyết số "
  "57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số "
  "quốc gia. [004_b1b28019b71edc03.txt]",
  ["Nguyễn Quốc Thịnh", "57-NQ/TW", "22/12/2024"])

Q("no_diacritics",
  "ke hoach ong nguyen thuc hien ky giao hoi khuyen hoc thanh pho trien khai nhung quyet dinh nao cua thu tuong",
  [(C, "13. Đề nghị Hội Khuyến học thành phố"),
   (C, "Quyết định số 387/QĐ-TTg ngày 25 tháng 3 năm 2022"),
   (C, "Quyết định số 677/QĐ-TTg ngày 03 tháng 6 năm 2022")],
  "Đó là Kế hoạch 74/KH-BCĐ của Cần Thơ. Mục V.13 đề nghị Hội Khuyến học thành phố triển khai xây dựng xã hội học tập "
  "theo Quyết định số 1373/QĐ-TTg (trọng tâm là Bộ tiêu chí đánh giá), Quyết định số 387/QĐ-TTg ngày 25 tháng 3 năm 2022 "
  "(Chương trình học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị) và Quyết định số 677/QĐ-TTg ngày 03 tháng "
  "6 năm 2022 (Chương trình công dân học tập). [003_1a817ee72b993e3e.txt]",
  ["387/QĐ-TTg", "677/QĐ-TTg"])

Q("abbreviation",
  "KH 74/KH-BCĐ do BCĐ ký chứ ko phải UBND ký đúng ko? Hội NCT TP được đề nghị gì?",
  [(C, "TM. BAN CHỈ ĐẠO TRƯỞNG BAN"),
   (C, "12. Đề nghị Hội Người cao tuổi thành phố"),
   (C, "hỗ trợ ngành Giáo dục và Đào tạo nâng cao chất lượng giáo dục và đào tạo trong các nhà trường")],
  "Đúng: Kế hoạch 74 ký \"TM. BAN CHỈ ĐẠO, TRƯỞNG BAN\" (Phó Chủ tịch UBND thành phố Nguyễn Thực Hiện). Mục V.12 đề nghị "
  "Hội Người cao tuổi thành phố hướng dẫn các cấp Hội tuyên truyền, tập huấn cho cán bộ, hội viên về khuyến học, khuyến "
  "tài; hỗ trợ ngành Giáo dục và Đào tạo nâng cao chất lượng giáo dục và đào tạo trong các nhà trường, mở rộng các hình "
  "thức học tập suốt đời. [003_1a817ee72b993e3e.txt]",
  ["TRƯỞNG BAN", "Hội Người cao tuổi thành phố", "hỗ trợ ngành Giáo dục và Đào tạo"])

Q("purpose",
  "Kế hoạch thay thế KH 290/KH-UBND nhằm nâng cao nhận thức của nhân dân về điều gì, và phấn đấu gia nhập mạng lưới nào?",
  [(N, "nâng cao nhận thức của nhân dân về tầm quan trọng, ý nghĩa chiến lược của chủ trương xây dựng xã hội học tập"),
   (N, "Phấn đấu Thủ đô Hà Nội gia nhập vào mạng lưới “Thành phố học tập” của UNESSCO trong thời gian sớm nhất")],
  "Đó là kế hoạch Hà Nội thực hiện Nghị quyết 23-NQ/TU. Mục tiêu tổng quát (II.1) nêu nâng cao nhận thức của nhân dân về "
  "tầm quan trọng, ý nghĩa chiến lược của chủ trương xây dựng xã hội học tập, thúc đẩy học tập suốt đời; và phấn đấu "
  "Thủ đô Hà Nội gia nhập mạng lưới \"Thành phố học tập\" của UNESCO (văn bản in \"UNESSCO\") trong thời gian sớm nhất. "
  "[002_797e8de6131c77f9.txt]",
  ["ý nghĩa chiến lược", "UNESSCO", "trong thời gian sớm nhất"])

Q("task_section",
  "Trong kế hoạch do bà Vũ Thu Hà ký, nội dung về cơ chế tự chủ của các cơ sở giáo dục nằm ở mục nào?",
  [(N, "6. Hoàn thiện cơ chế, chính sách về xây dựng xã hội học tập"),
   (N, "Hoàn thiện cơ chế tự chủ đối với các cơ sở giáo dục")],
  "Kế hoạch Hà Nội (Phó Chủ tịch Vũ Thu Hà ký), mục III.6 \"Hoàn thiện cơ chế, chính sách về xây dựng xã hội học tập\", "
  "gạch đầu dòng cuối: hoàn thiện cơ chế tự chủ đối với các cơ sở giáo dục; ban hành định mức kinh tế - kỹ thuật, giá "
  "dịch vụ giáo dục; các cơ sở giáo dục đại học, cao đẳng trực thuộc xây dựng mô hình tự chủ. [002_797e8de6131c77f9.txt]",
  ["Hoàn thiện cơ chế, chính sách về xây dựng xã hội học tập", "cơ chế tự chủ"])

Q("cross_plan",
  "Những kế hoạch nào căn cứ một kế hoạch cấp tỉnh, thành phố ban hành năm 2021? Kể số hiệu giúp tôi.",
  [(H, "Kế hoạch số 336/KH-UBND ngày 27 tháng 10 năm 2021 của Ủy ban nhân dân tỉnh Thừa Thiên Huế"),
   (M, "Thực hiện Kế hoạch số 145/KH- UBND ngày 23/12//2021 của UBND tỉnh Nam Định"),
   (C, "Kế hoạch 215/KH-UBND ngày 28 tháng 10 năm 2021 của Ủy ban nhân dân thành phố Cần Thơ")],
  "Ba kế hoạch: Huế 2026 thực hiện Kế hoạch số 336/KH-UBND ngày 27 tháng 10 năm 2021 của UBND tỉnh Thừa Thiên Huế "
  "[000_4550be4bb11189cd.txt]; Mỹ Lộc thực hiện Kế hoạch số 145/KH-UBND ngày 23/12/2021 của UBND tỉnh Nam Định "
  "[001_7bafa58816a5de75.txt]; Cần Thơ 2024 căn cứ Kế hoạch 215/KH-UBND ngày 28 tháng 10 năm 2021 của UBND thành phố Cần "
  "Thơ [003_1a817ee72b993e3e.txt]. (Hà Nội căn cứ Nghị quyết 23-NQ/TU năm 2023, An Lão căn cứ Kế hoạch 108 năm 2025.)",
  ["336/KH-UBND", "145", "215/KH-UBND"])

Q("cross_plan",
  "So sánh hai kế hoạch do bà Vũ Thu Hà và ông Nguyễn Thực Hiện ký: Công an thành phố mở lớp cho phạm nhân thì phối "
  "hợp với những cơ quan nào ở mỗi nơi?",
  [(N, "Công an Thành phố: chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Sở Lao động - Thương binh và Xã hội"),
   (C, "Chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện tổ chức các lớp học xóa mù chữ")],
  "Hà Nội (bà Vũ Thu Hà ký, V.8): Công an Thành phố chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Sở Lao động - Thương "
  "binh và Xã hội [002_797e8de6131c77f9.txt]. Cần Thơ (ông Nguyễn Thực Hiện ký, V.8): Công an thành phố chủ trì, phối "
  "hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện, kèm \"(nếu có)\" [003_1a817ee72b993e3e.txt]. Điểm chung là "
  "Sở Giáo dục và Đào tạo.",
  ["Sở Lao động - Thương binh và Xã hội", "Ủy ban nhân dân quận, huyện"])

Q("english",
  "In the plan signed by Nguyen Thanh Binh, which body follows up the 'Learning Citizen' target, and what is the target?",
  [(H, "7. Hội Khuyến học thành phố"),
   (H, "Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về “Công dân học tập”"),
   (H, "40% công dân đạt danh hiệu công dân học tập")],
  "That is Hue's 2026 plan. The Hội Khuyến học thành phố (Hue Association for Promoting Education, item V.7) follows up "
  "and compiles results on the \"Công dân học tập\" target, which is 40% of citizens earning the learning-citizen title "
  "(II.4). [000_4550be4bb11189cd.txt]",
  ["Hội Khuyến học thành phố", "40%"])

Q("english",
  "In the plan that replaced Plan 290/KH-UBND, what is the 2030 target for trained workers, and for those holding "
  "degrees or certificates?",
  [(N, "80-85% lao động được qua đào tạo, trong đó lao động có bằng cấp, chứng chỉ đạt trên 60%")],
  "That is Hanoi's plan. For 2030 (II.2.2.b) it sets 80-85% of workers trained, of whom those with degrees or "
  "certificates above 60% (\"trên 60%\"). [002_797e8de6131c77f9.txt]",
  ["80-85%", "trên 60%"])

U("Kế hoạch do ông Trần Văn Nam ký có giao Sở Nội vụ việc gì không?",
  REFUSE + ": không kế hoạch nào đã nạp do ông Trần Văn Nam ký (người ký là Nguyễn Thanh Bình, Lê Quang Huy, Vũ Thu Hà, "
  "Nguyễn Thực Hiện, Nguyễn Quốc Thịnh), nên không xác định được kế hoạch bạn hỏi.",
  r"tran van nam", ALL)

U("Kế hoạch của quận Ninh Kiều thực hiện Kế hoạch 74 của Cần Thơ giao gì cho các phường?",
  REFUSE + ": không có kế hoạch của quận Ninh Kiều trong các kế hoạch đã nạp; Kế hoạch 74 chỉ giao chung cho Ủy ban nhân "
  "dân quận, huyện.",
  r"ninh kieu", ALL)

U("In the plan signed by Chairman Nguyen Van Tho, what is the deadline for district reports?",
  "None of the loaded plans is signed by Nguyen Van Tho (their signers are Nguyễn Thanh Bình, Lê Quang Huy, Vũ Thu Hà, "
  "Nguyễn Thực Hiện and Nguyễn Quốc Thịnh), so I cannot tell which plan you mean.",
  r"nguyen van tho", ALL)

U("Kế hoạch do bà Vũ Thu Hà ký có quy định sơ kết giữa kỳ vào năm 2027 không, hạn khi nào?",
  REFUSE + ": kế hoạch Hà Nội không có mốc năm 2027 hay hạn sơ kết giữa kỳ; nó chỉ nói khen thưởng nhân dịp sơ kết, tổng "
  "kết các giai đoạn và báo cáo hằng năm trước ngày 01 tháng 12.",
  r"2027", [N])

U("Kế hoạch thực hiện KH 108 của Hải Phòng đặt chỉ tiêu phần trăm nào cho năm 2030?",
  REFUSE + ": kế hoạch An Lão (thực hiện KH 108) không đặt chỉ tiêu phần trăm nào, cho năm 2030 hay năm nào khác.",
  r"chi tieu|\d+ ?%", [A])

# ---------------------------------------------------------------------------------------------------------------
# S5. Conversations: the language switched mid-chat (English -> Vietnamese and back), bare keyword follow-ups,
#     narrowing and widening, and follow-ups on the shapes above
# ---------------------------------------------------------------------------------------------------------------
Q("follow_up",
  "Vậy chỉ tiêu năng lực cơ bản đó năm 2026 cụ thể là bao nhiêu?",
  [(H, "87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin"),
   (H, "80% số người trong độ tuổi lao động được trang bị kỹ năng sống"),
   (H, "40% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó có 15% dân số có trình độ đại "
       "học trở lên")],
  "Nhóm mục tiêu \"năng lực cơ bản và trình độ của người dân\" (II.2, Sở Nội vụ theo dõi) năm 2026 của Huế gồm: 87% số "
  "người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin; 80% được trang bị kỹ năng sống; 40% dân số từ "
  "15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó 15% có trình độ đại học trở lên. "
  "[000_4550be4bb11189cd.txt]",
  ["87%", "80%", "40%", "15%"],
  T("What does Hue's 2026 plan ask the Department of Home Affairs to do?",
    "Under item V.3 of Huế's 2026 plan, the Sở Nội vụ must organise training to raise the professional skills of "
    "officials at all levels, and follow up and compile the results of the target on people's basic capacity and "
    "qualifications (mục tiêu về năng lực cơ bản và trình độ của người dân). [000_4550be4bb11189cd.txt]"))

Q("follow_up",
  "And who has to draw up the budget estimates?",
  [(C, "các sở, ban ngành, đoàn thể có liên quan và Ủy ban nhân dân quận, huyện xây dựng kế hoạch và dự toán kinh phí "
       "thực hiện")],
  "Under section IV of Plan 74, the departments, agencies and mass organisations concerned and the district People's "
  "Committees (Ủy ban nhân dân quận, huyện) draw up their plans and budget estimates (dự toán kinh phí) for their "
  "assigned tasks, included in their units' annual budget estimates for approval. [003_1a817ee72b993e3e.txt]",
  ["Ủy ban nhân dân quận, huyện", "dự toán kinh phí"],
  T("Kinh phí kế hoạch Cần Thơ năm 2024 lấy từ đâu?",
    "Theo mục IV Kế hoạch 74/KH-BCĐ, kinh phí được bố trí từ nguồn ngân sách nhà nước, nguồn tài trợ và các nguồn tài "
    "chính hợp pháp khác theo quy định của pháp luật. [003_1a817ee72b993e3e.txt]"))

Q("follow_up",
  "Phối hợp với ai?",
  [(M, "Phối hợp với Phòng Giáo dục và Đào tạo, Phòng Văn hóa, Thể thao và Du lịch hướng dẫn đẩy mạnh hoạt động của các "
       "Trung tâm Học tập cộng đồng")],
  "Về trung tâm học tập cộng đồng, Hội Khuyến học huyện phối hợp với Phòng Giáo dục và Đào tạo và Phòng Văn hóa, Thể thao "
  "và Du lịch hướng dẫn đẩy mạnh hoạt động của các Trung tâm Học tập cộng đồng (V.9.b). [001_7bafa58816a5de75.txt]",
  ["Phòng Giáo dục và Đào tạo", "Phòng Văn hóa, Thể thao và Du lịch"],
  T("Hội Khuyến học huyện Mỹ Lộc được giao những gì?",
    "Mục V.9.b: Hội Khuyến học huyện chủ trì lồng ghép tuyên truyền về xây dựng xã hội học tập qua hệ thống hội khuyến "
    "học các cấp; phối hợp hướng dẫn đẩy mạnh hoạt động của các Trung tâm Học tập cộng đồng; triển khai tiêu chí công "
    "dân học tập và nhân rộng các mô hình học tập. [001_7bafa58816a5de75.txt]"))

Q("follow_up",
  "Hạn chót?",
  [(N, "báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo để tổng hợp)")],
  "Trước ngày 01 tháng 12 hằng năm: các Sở, ngành, đơn vị, UBND quận, huyện, thị xã tổng hợp kết quả, báo cáo Ủy ban "
  "nhân dân Thành phố qua Sở Giáo dục và Đào tạo. [002_797e8de6131c77f9.txt]",
  ["01 tháng 12", "qua Sở Giáo dục và Đào tạo"],
  T("UBND quận, huyện ở Hà Nội phải làm gì về báo cáo?",
    "Mục V.16 giao UBND quận, huyện, thị xã kiểm tra, giám sát, báo cáo tình hình, kết quả thực hiện Kế hoạch của địa "
    "phương theo quy định; đoạn kết yêu cầu định kỳ hàng năm tổng hợp kết quả, báo cáo Ủy ban nhân dân Thành phố. "
    "[002_797e8de6131c77f9.txt]"))

Q("follow_up",
  "Thế Mỹ Lộc năm 2025 thì bao nhiêu?",
  [(M, "+ 60% số người trong độ tuổi lao động được trang bị năng lực thông tin.")],
  "Mục tiêu đến năm 2025 của Mỹ Lộc (II.2.a): 60% số người trong độ tuổi lao động được trang bị năng lực thông tin "
  "(đến 2030 là 70%). [001_7bafa58816a5de75.txt]",
  ["60%"],
  T("Chỉ tiêu 87% năng lực công nghệ thông tin là của Mỹ Lộc à?",
    "Không, 87% là chỉ tiêu năm 2026 của Huế [000_4550be4bb11189cd.txt]. Mỹ Lộc đặt 70% người trong độ tuổi lao động "
    "được trang bị năng lực thông tin đến năm 2030 [001_7bafa58816a5de75.txt]."))

Q("follow_up",
  "Ban Chỉ đạo đó tên đầy đủ là gì?",
  [(C, "Ban Chỉ đạo Xây dựng xã hội học tập - Xóa mù chữ - Phổ cập giáo dục thành phố Cần Thơ giai đoạn 2021 - 2030")],
  "Theo phần mở đầu Kế hoạch 74, đó là Ban Chỉ đạo Xây dựng xã hội học tập - Xóa mù chữ - Phổ cập giáo dục thành phố "
  "Cần Thơ giai đoạn 2021 - 2030 (gọi là Ban Chỉ đạo thành phố). [003_1a817ee72b993e3e.txt]",
  ["Ban Chỉ đạo Xây dựng xã hội học tập - Xóa mù chữ - Phổ cập giáo dục thành phố Cần Thơ"],
  T("Who signed Can Tho's plan 74?",
    "Nguyễn Thực Hiện, Vice-Chairman of the City People's Committee, signing as Head (TRƯỞNG BAN) on behalf of the "
    "Steering Committee (TM. BAN CHỈ ĐẠO). [003_1a817ee72b993e3e.txt]"))

Q("follow_up",
  "Còn đơn vị nào khác cũng phải tuyên truyền bài viết đó không?",
  [(A, "Chỉ đạo đài phát thanh địa phương, hệ thống thông tin cơ sở đăng tải, tuyên truyền nội dung bài viết của Tổng "
       "Bí thư về “Học tập suốt đời”"),
   (A, "về quan điểm chỉ đạo của Tổng Bí thư trong các môn học, hoạt động giáo dục phù hợp")],
  "Có. UBND xã, thị trấn (III.9) chỉ đạo đài phát thanh địa phương, hệ thống thông tin cơ sở đăng tải, tuyên truyền nội "
  "dung bài viết của Tổng Bí thư về \"Học tập suốt đời\"; Phòng Giáo dục và Đào tạo (III.1) tuyên truyền, giáo dục học "
  "sinh về quan điểm chỉ đạo của Tổng Bí thư trong các môn học, hoạt động giáo dục phù hợp. Mục II.2 cũng yêu cầu tuyên "
  "truyền rộng rãi bài viết đến cán bộ và toàn thể Nhân dân. [004_b1b28019b71edc03.txt]",
  ["đài phát thanh địa phương", "quan điểm chỉ đạo của Tổng Bí thư"],
  T("Ở An Lão, ai tuyên truyền bài viết của Tổng Bí thư về học tập suốt đời?",
    "Trung tâm Văn hóa - Thông tin và Thể thao huyện (III.7) thiết lập trang thông tin, chuyên mục, tăng thời lượng "
    "tuyên truyền về nội dung bài viết của Tổng Bí thư. [004_b1b28019b71edc03.txt]"))

Q("follow_up",
  "Chỉ nói phần báo cáo và sơ kết thôi, hạn khi nào?",
  [(M, "e) Tổ chức kiểm tra, giám sát và đánh giá, tổng hợp, báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm"),
   (M, "tham mưu UBND huyện tổ chức sơ kết Đề án vào năm 2025, tổng kết vào năm 2030")],
  "Phần đó ở V.1.e: Phòng Giáo dục và Đào tạo báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm; tham mưu tổ chức sơ "
  "kết Đề án vào năm 2025 và tổng kết vào năm 2030. [001_7bafa58816a5de75.txt]",
  ["15 tháng 12", "năm 2025", "năm 2030"],
  T("Tóm tắt nhiệm vụ của Phòng Giáo dục và Đào tạo Mỹ Lộc.",
    "Mục V.1: a) chủ trì triển khai các nhiệm vụ của Đề án; b) phối hợp Hội Khuyến học huyện tham mưu tiêu chí đánh "
    "giá, khung năng lực thông tin; c) xây dựng quy chế phối hợp liên ngành; d) tham gia hợp tác quốc tế (nếu có); đ) "
    "xét tặng gương tự học thành tài; e) kiểm tra, giám sát, báo cáo, tham mưu sơ kết, tổng kết. "
    "[001_7bafa58816a5de75.txt]"))

Q("follow_up",
  "Trong cái do ông Nguyễn Thực Hiện ký, Ban Dân tộc làm gì cho trẻ em?",
  [(C, "hỗ trợ, tạo cơ hội và điều kiện thuận lợi cho trẻ em, người dân tộc thiểu số được tham gia học tập")],
  "Kế hoạch 74 của Cần Thơ (ông Nguyễn Thực Hiện ký), mục V.9: Ban Dân tộc chủ trì triển khai các chương trình, dự án "
  "hỗ trợ giáo dục, đào tạo cho người dân tộc thiểu số; hỗ trợ, tạo cơ hội và điều kiện thuận lợi cho trẻ em, người dân "
  "tộc thiểu số được tham gia học tập. [003_1a817ee72b993e3e.txt]",
  ["trẻ em, người dân tộc thiểu số được tham gia học tập"],
  T("Những kế hoạch nào có Ban Dân tộc?",
    "Hai kế hoạch: Hà Nội (V.10, Ban Dân tộc Thành phố) [002_797e8de6131c77f9.txt] và Cần Thơ (V.9, Ban Dân tộc) "
    "[003_1a817ee72b993e3e.txt]."))

Q("follow_up",
  "Còn Cần Thơ thì kế hoạch nhắc người khuyết tật ở đâu, và sở nào lo hỗ trợ người yếu thế?",
  [(C, "hỗ trợ những người hết tuổi lao động, người nội trợ, người khuyết tật có điều kiện thuận lợi để học tập suốt đời"),
   (C, "3. Sở Lao động - Thương binh và Xã hội"),
   (C, "hỗ trợ học tập cho người bị thiệt thòi, yếu thế trong xã hội")],
  "Kế hoạch 74 của Cần Thơ nhắc người khuyết tật ở III.2.đ (nghiên cứu, đề xuất cơ chế, chính sách hỗ trợ những người hết "
  "tuổi lao động, người nội trợ, người khuyết tật có điều kiện thuận lợi để học tập suốt đời) và III.3.a (cơ sở giáo dục "
  "nghề nghiệp giúp người khuyết tật tiếp cận). Sở Lao động - Thương binh và Xã hội (V.3) chủ trì đào tạo kỹ năng nghề "
  "nghiệp mới và hỗ trợ học tập cho người bị thiệt thòi, yếu thế trong xã hội. [003_1a817ee72b993e3e.txt]",
  ["người khuyết tật", "người bị thiệt thòi, yếu thế"],
  T("Does Hanoi's plan mention people with disabilities?",
    "Yes. Item III.6 calls for policies helping people past working age, homemakers and people with disabilities "
    "(người khuyết tật) to learn throughout life, and item V.2 asks the Sở Lao động - Thương binh và Xã hội to run "
    "training support programmes for groups including người khuyết tật. [002_797e8de6131c77f9.txt]"))

Q("follow_up",
  "2030?",
  [(N, "70% công dân đạt danh hiệu công dân học tập; 70% công dân đạt kỹ năng số")],
  "Đến năm 2030 (II.2.2.d): 70% công dân đạt kỹ năng số (và 70% công dân đạt danh hiệu công dân học tập). "
  "[002_797e8de6131c77f9.txt]",
  ["70% công dân đạt kỹ năng số"],
  T("Hà Nội đặt chỉ tiêu bao nhiêu % công dân đạt kỹ năng số năm 2025?",
    "50% công dân đạt kỹ năng số (mục II.2.1.d, cùng dòng với 50% công dân đạt danh hiệu công dân học tập). "
    "[002_797e8de6131c77f9.txt]"))

Q("follow_up",
  "Sorry, could you say in English what that item asks regarding UNESCO?",
  [(M, "Chủ động, tích cực tham gia mạng lưới “Thành phố học tập toàn cầu” do Tổ chức Giáo dục, Khoa học và Văn hóa của "
       "Liên hợp quốc (UNESCO) điều hành")],
  "Item III.7.đ of My Loc's plan asks the district to take an active part in the \"Thành phố học tập toàn cầu\" (Global "
  "Network of Learning Cities) run by UNESCO, alongside strengthening SEAMEO CELLL. [001_7bafa58816a5de75.txt]",
  ["Thành phố học tập toàn cầu", "UNESCO"],
  T("Kế hoạch Mỹ Lộc nhắc tới SEAMEO CELLL ở mục nào?",
    "Ở mục III.7.đ (Tăng cường hợp tác quốc tế): củng cố, tăng cường năng lực hoạt động của Trung tâm Khu vực về học "
    "tập suốt đời của SEAMEO tại Việt Nam (SEAMEO CELLL). [001_7bafa58816a5de75.txt]"))

Q("follow_up",
  "Phường tôi mới đạt mức độ 1 thôi, chưa lên mức độ 2. Vậy có đạt chỉ tiêu năm nay không?",
  [(H, "100% xã, phường đạt “Cộng đồng học tập” cấp xã mức độ 1")],
  "Đạt, xét riêng chỉ tiêu này: kế hoạch năm 2026 (năm nay) của Huế yêu cầu 100% xã, phường đạt \"Cộng đồng học tập\" "
  "cấp xã mức độ 1, không đòi mức độ 2. [000_4550be4bb11189cd.txt]",
  ["mức độ 1"],
  T("Chỉ tiêu Cộng đồng học tập của Huế năm 2026 là gì?",
    "100% xã, phường đạt \"Cộng đồng học tập\" cấp xã mức độ 1 (mục II.4). [000_4550be4bb11189cd.txt]"))

Q("follow_up",
  "Thế Sở Tài chính phối hợp với những ai?",
  [(C, "Chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện rà soát, hoàn thiện các chính sách để "
       "tăng cường huy động và đa dạng hóa các nguồn lực xã hội")],
  "Theo V.6 Kế hoạch 74, Sở Tài chính chủ trì, phối hợp với Sở Giáo dục và Đào tạo và Ủy ban nhân dân quận, huyện rà "
  "soát, hoàn thiện các chính sách huy động và đa dạng hóa các nguồn lực xã hội. [003_1a817ee72b993e3e.txt]",
  ["Sở Giáo dục và Đào tạo", "Ủy ban nhân dân quận, huyện"],
  T("Sếp chuyển tin: «Cần Thơ: Sở Tài chính chủ trì bố trí toàn bộ kinh phí XHHT năm 2024». Đúng không?",
    "Không đúng với Kế hoạch 74: Sở Tài chính (V.6) chủ trì rà soát, hoàn thiện các chính sách để tăng cường huy động "
    "và đa dạng hóa các nguồn lực xã hội; kinh phí lấy từ ngân sách nhà nước, nguồn tài trợ và nguồn hợp pháp khác, các "
    "đơn vị tự lập dự toán (IV). [003_1a817ee72b993e3e.txt]"))

Q("follow_up",
  "Chỉ cần tên các hội trong mục đó thôi.",
  [(M, "g) Hội Cựu chiến binh huyện, Hội Nông dân huyện, Hội Người cao tuổi huyện, Hội Cựu giáo chức huyện")],
  "Mục V.9.g gồm bốn hội: Hội Cựu chiến binh huyện, Hội Nông dân huyện, Hội Người cao tuổi huyện, Hội Cựu giáo chức "
  "huyện. [001_7bafa58816a5de75.txt]",
  ["Hội Cựu chiến binh huyện", "Hội Nông dân huyện", "Hội Người cao tuổi huyện", "Hội Cựu giáo chức huyện"],
  T("Hội Liên hiệp Phụ nữ huyện Mỹ Lộc làm gì?",
    "Mục V.9.e: phối hợp với Phòng GD&ĐT tuyên truyền Kế hoạch, lồng ghép trong phong trào \"Phụ nữ tích cực học "
    "tập…\"; vận động phụ nữ và trẻ em gái chưa biết chữ ra học lớp xóa mù chữ; đẩy mạnh \"Quỹ học bổng Hoàng Ngân\". "
    "[001_7bafa58816a5de75.txt]",
    "Còn Hội Nông dân huyện?",
    "Hội Nông dân huyện nằm ở mục V.9.g, giao chung với các hội khác: hướng dẫn các cấp hội phối hợp tổ chức hoạt động "
    "khuyến học, khuyến tài theo tinh thần xã hội hoá giáo dục, nâng cao chất lượng \"Quỹ vòng tay đồng đội\", huy động "
    "hội viên chuyển giao công nghệ, hỗ trợ khởi nghiệp. [001_7bafa58816a5de75.txt]"))

Q("follow_up",
  "Ngoài chuyện đó còn gì nữa không?",
  [(C, "thực hiện tốt công tác nắm chắc số lượng đoàn viên và thanh, thiếu niên trong độ tuổi"),
   (C, "phối hợp tốt với các trường trung học cơ sở, trường trung học phổ thông, trung tâm giáo dục nghề nghiệp - giáo "
       "dục thường xuyên")],
  "Còn. Mục V.11.c còn đề nghị Đoàn chỉ đạo Đoàn quận, huyện phối hợp chính quyền cơ sở nắm chắc số lượng đoàn viên và "
  "thanh, thiếu niên trong độ tuổi, tổ chức hoạt động để động viên, cảm hóa đoàn viên thiếu tích cực học tập; và chỉ đạo "
  "tổ chức Đoàn cơ sở phối hợp với các trường trung học cơ sở, trung học phổ thông, trung tâm giáo dục nghề nghiệp - giáo "
  "dục thường xuyên đẩy mạnh hoạt động Đoàn trong nhà trường. [003_1a817ee72b993e3e.txt]",
  ["nắm chắc số lượng đoàn viên", "trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên"],
  T("Đoàn thanh niên Cần Thơ được đề nghị làm gì với học sinh bỏ học?",
    "Mục V.11.c: thường xuyên vận động số đoàn viên, đội viên bỏ học giữa chừng đến trường, ra lớp. "
    "[003_1a817ee72b993e3e.txt]"))

Q("follow_up",
  "Đến năm nào?",
  [(N, "dân tộc thiểu số và miền núi thành phố từ nay đến năm 2030, tầm nhìn đến năm 2045")],
  "Kế hoạch Chương trình mục tiêu quốc gia đó tính từ nay đến năm 2030, tầm nhìn đến năm 2045 (V.10). "
  "[002_797e8de6131c77f9.txt]",
  ["2030", "2045"],
  T("Ban Dân tộc Hà Nội phải làm gì?",
    "Mục V.10: tham mưu UBND Thành phố xây dựng, triển khai Kế hoạch Chương trình mục tiêu quốc gia phát triển kinh tế - "
    "xã hội vùng đồng bào dân tộc thiểu số và miền núi; phối hợp triển khai các chương trình, dự án hỗ trợ giáo dục đào "
    "tạo cho trẻ em, người học vùng dân tộc thiểu số. [002_797e8de6131c77f9.txt]"))

Q("follow_up",
  "OK, and in English please: what exactly does the Provincial Military Command have to do on languages?",
  [(C, "b) Chỉ đạo nâng cao trình độ, năng lực ngoại ngữ và tiếng dân tộc thiểu số cho lực lượng vũ trang, cán bộ, "
       "chiến sĩ quân đội.")],
  "Under item V.7.b of Can Tho's plan, the City Military Command (Bộ Chỉ huy Quân sự thành phố) directs the raising of "
  "foreign-language and ethnic-minority-language skills (\"ngoại ngữ và tiếng dân tộc thiểu số\") for the armed "
  "forces, officers and soldiers. [003_1a817ee72b993e3e.txt]",
  ["ngoại ngữ và tiếng dân tộc thiểu số"],
  T("Bộ CHQS thành phố Cần Thơ có mấy nhiệm vụ?",
    "Hai (mục V.7): a) chủ trì đẩy mạnh tuyên truyền về học tập suốt đời trong lực lượng vũ trang; b) chỉ đạo nâng cao "
    "ngoại ngữ và tiếng dân tộc thiểu số cho lực lượng vũ trang. [003_1a817ee72b993e3e.txt]"))

U("Tin nhắn đó còn nói phường Phú Xuân nộp sớm hơn — kế hoạch có quy định phường nào nộp sớm hơn không, hạn mấy?",
  REFUSE + ": kế hoạch Huế 2026 chỉ ghi một hạn chung cho UBND các xã, phường (trước ngày 15/12/2026), không đặt hạn "
  "riêng cho phường Phú Xuân hay phường nào.",
  r"phu xuan", [H],
  T("Nhóm Zalo phường chuyển tin: «Các phường nộp báo cáo XHHT năm 2026 về UBND thành phố trước 20/12.» Kế hoạch Huế ghi "
    "thế nào?",
    "Không khớp: mục V.9 ghi xã, phường gửi báo cáo về Sở Giáo dục và Đào tạo trước ngày 15/12/2026, Sở tổng hợp báo "
    "cáo UBND thành phố. [000_4550be4bb11189cd.txt]"))

U("Thế Cần Thơ năm 2025 đặt bao nhiêu?",
  REFUSE + ": Kế hoạch 74 của Cần Thơ chỉ là kế hoạch năm 2024, không đặt chỉ tiêu \"Đơn vị học tập\" cho năm 2025.",
  r"2025", [C],
  T("Chỉ tiêu 55,55% đơn vị học tập là của Hà Nội à?",
    "Không, 55,55% là chỉ tiêu năm 2024 của Cần Thơ [003_1a817ee72b993e3e.txt]; Hà Nội đặt 50% (2025) và 70% (2030) "
    "[002_797e8de6131c77f9.txt]."))

U("Bao nhiêu thư viện tham gia?",
  REFUSE + ": kế hoạch Hà Nội không nêu số thư viện tham gia các hoạt động văn hóa đọc.",
  r"\d+ thu vien", [N],
  T("Who organises reading-culture activities in Hanoi's plan?",
    "Item V.5: the Sở Thông tin và Truyền thông coordinates with the Sở Văn hóa và Thể thao, the Sở Giáo dục và Đào "
    "tạo and other agencies to organise activities promoting reading culture (văn hóa đọc). [002_797e8de6131c77f9.txt]"))

# ---------------------------------------------------------------------------------------------------------------
# More of the same shapes: sections, partners' English, places with no loaded plan, silent plans
# ---------------------------------------------------------------------------------------------------------------
Q("task_section",
  "Ở Cần Thơ, việc chủ động tham gia Đề án Hệ tri thức Việt số hóa nằm trong mục nào của kế hoạch, giao cho loại cơ sở "
  "nào?",
  [(C, "3. Đẩy mạnh thực hiện chuyển đổi số và ứng dụng công nghệ thông tin trong tổ chức các hoạt động học tập suốt đời"),
   (C, "- Cơ sở giáo dục đại học: Tiếp tục đẩy mạnh phát triển đào tạo từ xa"),
   (C, "chủ động tham gia Đề án Hệ tri thức Việt số hóa")],
  "Nằm ở mục III.3 (Đẩy mạnh thực hiện chuyển đổi số và ứng dụng công nghệ thông tin trong tổ chức các hoạt động học tập "
  "suốt đời), điểm a, gạch về Cơ sở giáo dục đại học: … chủ động tham gia Đề án Hệ tri thức Việt số hóa, Việt hóa các "
  "nguồn tài nguyên giáo dục mở quốc tế. [003_1a817ee72b993e3e.txt]",
  ["Đẩy mạnh thực hiện chuyển đổi số", "Cơ sở giáo dục đại học", "Hệ tri thức Việt số hóa"])

Q("task_section",
  "Ở Mỹ Lộc, việc triển khai 'khung năng lực thông tin phục vụ học tập suốt đời cho công dân' nằm ở mục nào, ai tham "
  "mưu?",
  [(M, "3. Thực hiện các cơ chế, chính sách về xây dựng xã hội học tập"),
   (M, "khung năng lực thông tin phục vụ học tập suốt đời cho công dân"),
   (M, "b) Phối hợp với Hội Khuyến học huyện tham mưu với UBND huyện tổ chức triển khai thực hiện tiêu chí đánh giá")],
  "Nội dung nằm ở mục III.3.b (\"3. Thực hiện các cơ chế, chính sách về xây dựng xã hội học tập\"). Về phân công, mục V.1.b "
  "giao Phòng Giáo dục và Đào tạo phối hợp với Hội Khuyến học huyện tham mưu UBND huyện triển khai tiêu chí đánh giá, "
  "khung năng lực thông tin phục vụ học tập suốt đời cho công dân. [001_7bafa58816a5de75.txt]",
  ["3. Thực hiện các cơ chế, chính sách", "Hội Khuyến học huyện"])

Q("target",
  "Kế hoạch thực hiện Nghị quyết 23-NQ/TU đặt bao nhiêu % gia đình, dòng họ, cộng đồng đạt danh hiệu học tập vào năm 2030?",
  [(N, "Thực hiện Nghị quyết số 23-NQ/TU ngày 16/11/2023 của Thành ủy Hà Nội"),
   (N, "80% gia đình, dòng họ, cộng đồng đạt danh hiệu gia đình, dòng họ, cộng đồng học tập")],
  "Đó là kế hoạch của UBND thành phố Hà Nội (thực hiện Nghị quyết số 23-NQ/TU). Mục tiêu đến năm 2030 (II.2.2.d): 80% gia đình, dòng họ, cộng đồng đạt danh "
  "hiệu gia đình, dòng họ, cộng đồng học tập (năm 2025 là 60%). [002_797e8de6131c77f9.txt]",
  ["23-NQ/TU", "80%"])

Q("target",
  "Văn bản tham khảo của tỉnh bạn ghi «phấn đấu năm 2025: 90% trung tâm học tập cộng đồng ứng dụng CNTT». Còn kế hoạch Hà "
  "Nội đặt năm 2025 bao nhiêu?",
  [(N, "70% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý"),
   (N, "90% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin")],
  "Hà Nội đặt thấp hơn cho năm 2025: 70% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ "
  "chức hoạt động giáo dục (II.2.1.c); mức 90% là mốc năm 2030 (II.2.2.c). [002_797e8de6131c77f9.txt]",
  ["70%", "90%"])

Q("no_diacritics",
  "sep forward tin nhan: 'ha noi yeu cau 100% cbccvc duoc boi duong ky nang phan tich du lieu trong nam 2025'. ke hoach "
  "ghi bao nhieu %",
  [(N, "100% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng, phổ cập kỹ năng số cơ bản; 50% cán bộ, công chức, "
       "viên chức được tập huấn, bồi dưỡng kỹ năng phân tích, khai thác dữ liệu và công nghệ số")],
  "Tin nhắn nhầm hai chỉ tiêu. Năm 2025 (II.2.1.b) kế hoạch Hà Nội ghi 100% cán bộ, công chức, viên chức được tập huấn, "
  "bồi dưỡng, phổ cập kỹ năng số cơ bản, còn kỹ năng phân tích, khai thác dữ liệu và công nghệ số chỉ là 50%. "
  "[002_797e8de6131c77f9.txt]",
  ["100%", "kỹ năng số cơ bản", "50%"])

Q("english",
  "Which section of An Lao's plan deals with international cooperation in education, and what is the district "
  "education office asked to promote?",
  [(A, "9. Thúc đẩy giao lưu, hợp tác quốc tế về giáo dục"),
   (A, "thúc đẩy chương trình trao đổi, giao lưu, học bổng quốc tế, mở rộng cơ hội học tập cho người dân")],
  "Point II.9 (\"Thúc đẩy giao lưu, hợp tác quốc tế về giáo dục\"). In section III.1 the Phòng Giáo dục và Đào tạo is "
  "asked to organise international cooperation in education and promote exchange programmes and international "
  "scholarships (\"trao đổi, giao lưu, học bổng quốc tế\"), widening learning opportunities for residents. "
  "[004_b1b28019b71edc03.txt]",
  ["hợp tác quốc tế về giáo dục", "học bổng quốc tế"])

Q("english",
  "Could you explain, for our British Council colleagues, the general objective of Can Tho's 2024 plan?",
  [(C, "bảo đảm đến năm 2030 mọi người dân trên địa bàn thành phố đều có cơ hội, bình đẳng trong việc tiếp cận hệ thống "
       "giáo dục mở")],
  "The general objective (II.1) is to keep bringing fundamental change in building a learning society so that by 2030 "
  "everyone in the city has equal opportunity to access an open, diverse, flexible, connected and modern education "
  "system (\"hệ thống giáo dục mở\"), helping develop human resources, especially high-quality ones, for the Fourth "
  "Industrial Revolution and international integration. [003_1a817ee72b993e3e.txt]",
  ["2030", "giáo dục mở"])

Q("english",
  "An e-mail from a partner organisation says Hue's Department of Culture and Sports runs 'Plan 288 of 2021' on "
  "libraries and museums. What does Hue's plan actually cite?",
  [(H, "Kế hoạch số 288/KH-UBND ngày 25 tháng 8 năm 2023 của Ủy ban nhân dân thành phố")],
  "The year is wrong. Item V.2 of Hue's plan asks the Sở Văn hóa và Thể thao to carry out Kế hoạch số 288/KH-UBND dated "
  "25 tháng 8 năm 2023 (25 August 2023) of the City People's Committee, on the programme for lifelong learning in "
  "libraries, museums and cultural centres to 2030. [000_4550be4bb11189cd.txt]",
  ["288/KH-UBND", "25 tháng 8 năm 2023"])

Q("english",
  "Is the 'Trường học kết nối' website mentioned in Hanoi's plan, or in another plan?",
  [(C, "trên trang mạng “Trường học kết nối”")],
  "It is in Can Tho's Plan 74, not Hanoi's: item III.3.c calls for building an open learning-resource repository on "
  "educational TV channels, on the Sở and Phòng Giáo dục và Đào tạo portals and on the \"Trường học kết nối\" website. "
  "[003_1a817ee72b993e3e.txt]",
  ["Trường học kết nối"])

U("Kế hoạch xây dựng xã hội học tập của huyện Mỹ Đức năm 2025 đặt chỉ tiêu gì?",
  REFUSE + ": không có kế hoạch của huyện Mỹ Đức trong các kế hoạch đã nạp (chỉ có huyện Mỹ Lộc của Nam Định, và kế "
  "hoạch chung của thành phố Hà Nội không đặt chỉ tiêu riêng cho Mỹ Đức).",
  r"my duc", ALL)

U("ke hoach xhht cua can giuoc nam 2024 giao ubnd xa lam gi",
  REFUSE + ": không có kế hoạch nào của Cần Giuộc; kế hoạch năm 2024 đã nạp là của thành phố Cần Thơ.",
  r"can giuoc", ALL)

U("What does Hoi An's learning-city plan ask of its Youth Union?",
  "None of the loaded plans is Hoi An's, so I cannot say; the plans cover Huế, Mỹ Lộc, Hà Nội, Cần Thơ and An Lão.",
  r"\bhoi an\b", ALL)

U("Kế hoạch Hà Nội dự kiến bao nhiêu tiền cho Tuần lễ hưởng ứng học tập suốt đời?",
  REFUSE + ": kế hoạch Hà Nội không nhắc Tuần lễ hưởng ứng học tập suốt đời và không ghi khoản tiền nào.",
  r"tuan le|trieu|ty dong", [N])

U("Trong Kế hoạch 74 của Cần Thơ, Sở Khoa học và Công nghệ được giao việc gì?",
  REFUSE + ": Kế hoạch 74/KH-BCĐ không nêu Sở Khoa học và Công nghệ, cũng không có khoản giao chung cho các sở khác.",
  r"khoa hoc va cong nghe", [C])

U("Nếu phường ở Huế không gửi báo cáo trước 15/12/2026 thì bị xử lý thế nào?",
  REFUSE + ": kế hoạch Huế 2026 chỉ đặt hạn trước ngày 15/12/2026, không quy định hình thức xử lý khi nộp trễ.",
  r"xu ly|ky luat|xu phat|khien trach|che tai", [H])

U("Kế hoạch 74 đặt bao nhiêu % công dân đạt danh hiệu công dân học tập năm 2024?",
  REFUSE + ": Kế hoạch 74 của Cần Thơ có nhắc mô hình công dân học tập nhưng không đặt tỷ lệ công dân đạt danh hiệu; chỉ "
  "tiêu mô hình năm 2024 là 55,55% \"Đơn vị học tập\" và 80% \"Cộng đồng học tập\".",
  r"% cong dan|cong dan dat danh hieu", [C])

U("What penalties does Can Tho's plan set for districts that miss the 55.55% target?",
  "The plan sets none: Plan 74 lists targets and tasks but no sanctions or disciplinary measures for missing them.",
  r"xu ly|ky luat|xu phat|che tai", [C])

U("Cục Thống kê thành phố Cần Thơ được giao cung cấp số liệu gì trong kế hoạch năm 2024?",
  REFUSE + ": Kế hoạch 74 không nêu cơ quan thống kê nào và không giao việc cung cấp số liệu.",
  r"thong ke", [C])

U("How many community learning centres did Hue recognise as 'excellent' (xuat sac) in 2025?",
  "Hue's 2026 plan does not say: it gives no count of centres and no 'xuất sắc' (excellent) rating for 2025; it only "
  "requires at least one community learning centre in each commune and ward by Quý II năm 2026.",
  r"xuat sac", [H])

U("Hiện nay huyện An Lão có bao nhiêu người đã tham gia phong trào Bình dân học vụ số?",
  REFUSE + ": kế hoạch An Lão chỉ giao phát động, triển khai phong trào \"Bình dân học vụ số\", không nêu số người đã "
  "tham gia.",
  r"\d+ nguoi|\d+ luot", [A])

U("ke hoach xhht tinh quang tri nam 2026 dat chi tieu cong dan hoc tap bao nhieu",
  REFUSE + ": không có kế hoạch nào của tỉnh Quảng Trị trong các kế hoạch đã nạp; kế hoạch năm 2026 đã nạp là của thành "
  "phố Huế (40% công dân học tập), không áp dụng cho Quảng Trị.",
  r"quang tri", ALL)
