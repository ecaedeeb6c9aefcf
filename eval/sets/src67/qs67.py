"""Questions of set 67 (five bundled plans). H Huế 2026, M Mỹ Lộc 2022, N Hà Nội 2024, C Cần Thơ KH 74/2024,
A An Lão 2025. Q(...) is an answerable question, U(...) an unanswerable one (probe: accent-free regex that must not
match the plans in `about`)."""

PLANS = {"H": "000_4550be4bb11189cd.txt", "M": "001_7bafa58816a5de75.txt", "N": "002_797e8de6131c77f9.txt",
         "C": "003_1a817ee72b993e3e.txt", "A": "004_b1b28019b71edc03.txt"}
QUESTIONS = []


def Q(type_, question, ev, answer, kf, history=None):
    QUESTIONS.append({"type": type_, "question": question, "ev": ev, "answer": answer, "kf": kf,
                      "history": history or []})


def U(question, about, probe, answer, history=None):
    QUESTIONS.append({"type": "unanswerable", "question": question, "about": about, "probe": probe,
                      "answer": answer, "history": history or []})


def H(*turns):
    return [{"role": "user" if i % 2 == 0 else "assistant", "content": t} for i, t in enumerate(turns)]


# ---------------------------------------------------------------- agency_tasks
Q("agency_tasks",
  "Ở Huế, Liên đoàn Lao động thành phố chủ trì Kế hoạch 147 về công nhân lao động. Trong kế hoạch của Hà Nội, tổ chức tương đương là ai và được giao những việc gì?",
  [("N", "9. Liên đoàn Lao động Thành phố - Phối hợp với các Sở, ngành liên quan tiếp tục đẩy mạnh các hoạt động phát triển nghề nghiệp cho người lao động"),
   ("N", "vận động người sử dụng lao động tạo điều kiện về thời gian, vật chất, thành lập quỹ khuyến học, khuyến tài, hỗ trợ công nhân, người lao động học tập nâng cao trình độ, kỹ năng nghề nghiệp và hỗ trợ con công nhân, người lao động hiếu học có hoàn cảnh khó khăn, nghèo")],
  "Trong kế hoạch của Hà Nội, tổ chức tương ứng là Liên đoàn Lao động Thành phố (mục V.9). Khác với Huế, ở đây Liên đoàn không chủ trì một kế hoạch riêng mà được giao: (1) phối hợp với các Sở, ngành liên quan tiếp tục đẩy mạnh các hoạt động phát triển nghề nghiệp cho người lao động; tuyên truyền, vận động công nhân, người lao động trong doanh nghiệp học tập nâng cao trình độ, kỹ năng nghề nghiệp; (2) chỉ đạo các cấp công đoàn hướng dẫn, hỗ trợ công đoàn cơ sở vận động người sử dụng lao động tạo điều kiện về thời gian, vật chất, thành lập quỹ khuyến học, khuyến tài, hỗ trợ công nhân học tập và hỗ trợ con công nhân, người lao động hiếu học có hoàn cảnh khó khăn, nghèo. [002_797e8de6131c77f9.txt]",
  ["Liên đoàn Lao động Thành phố", "phát triển nghề nghiệp", "quỹ khuyến học, khuyến tài"])

Q("agency_tasks",
  "Tôi làm ở Bảo tàng Cổ vật Cung đình Huế. Theo kế hoạch năm 2026 của thành phố Huế, những bảo tàng như chúng tôi nằm trong phần việc của cơ quan nào, nội dung là gì?",
  [("H", "2. Sở Văn hóa và Thể thao - Chủ trì, phối hợp với các sở, ngành, địa phương và các tổ chức liên quan triển khai thực hiện Kế hoạch số 288/KH-UBND ngày 25 tháng 8 năm 2023"),
   ("H", "phát triển, nhân rộng các mô hình học tập suốt đời tại thư viện, bảo tàng, nhà văn hóa, câu lạc bộ trên địa bàn thành phố")],
  "Kế hoạch không nêu tên từng bảo tàng; bảo tàng thuộc phần việc của Sở Văn hóa và Thể thao (mục V.2): Sở chủ trì triển khai Kế hoạch số 288/KH-UBND ngày 25/8/2023 về Chương trình “Đẩy mạnh các hoạt động phục vụ học tập suốt đời trong thư viện, bảo tàng, trung tâm văn hóa đến năm 2030” và phát triển, nhân rộng các mô hình học tập suốt đời tại thư viện, bảo tàng, nhà văn hóa, câu lạc bộ; Sở cũng tổ chức đào tạo, bồi dưỡng đội ngũ làm việc tại các thiết chế văn hóa – thể thao. [000_4550be4bb11189cd.txt]",
  ["Sở Văn hóa và Thể thao", "288/KH-UBND", "bảo tàng"])

Q("agency_tasks",
  "Lại thêm việc cho phòng tôi! Phòng Nội vụ huyện An Lão bị kế hoạch 'Học tập suốt đời' giao những gì vậy trời?",
  [("A", "Chủ trì phối hợp với các phòng, ban, ngành, địa phương tham mưu Ủy ban nhân dân huyện kế hoạch, kinh phí, tổ chức đào tạo, bồi dưỡng cán bộ, công chức, viên chức theo quy định của Chính phủ"),
   ("A", "Chủ trì tham mưu khảo sát, đánh giá tình hình, chất lượng đội ngũ cán bộ, công chức, viên chức. Nghiên cứu xây dựng khung tiêu chí đánh giá, sàng lọc, quy hoạch đội ngũ cán bộ"),
   ("A", "chính sách bảo vệ cán bộ, miễn trừ trách nhiệm đối với cán bộ tiên phong, thực hiện thí điểm")],
  "Theo mục III.2 (Phòng Nội vụ) của kế hoạch An Lão, phòng có hai gạch việc: (1) chủ trì, phối hợp tham mưu UBND huyện kế hoạch, kinh phí, tổ chức đào tạo, bồi dưỡng cán bộ, công chức, viên chức; (2) chủ trì tham mưu khảo sát, đánh giá tình hình, chất lượng đội ngũ; nghiên cứu xây dựng khung tiêu chí đánh giá, sàng lọc, quy hoạch đội ngũ cán bộ; nghiên cứu cơ chế khuyến khích cán bộ dám nghĩ, dám làm và chính sách bảo vệ cán bộ, miễn trừ trách nhiệm đối với cán bộ tiên phong thực hiện thí điểm. [004_b1b28019b71edc03.txt]",
  ["khảo sát, đánh giá", "khung tiêu chí đánh giá", "miễn trừ trách nhiệm"])

Q("agency_tasks",
  "Tôi nhớ mang máng trong kế hoạch năm 2024 của Cần Thơ, lớp xóa mù chữ cho phạm nhân là do Công an thành phố hay Bộ Chỉ huy Quân sự thành phố chủ trì?",
  [("C", "8. Công an thành phố"),
   ("C", "Chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân và học viên trong các trại giam")],
  "Là Công an thành phố (mục V.8): chủ trì, phối hợp với Sở Giáo dục và Đào tạo, UBND quận, huyện tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân và học viên trong các trại giam, trại tạm giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng (nếu có). Bộ Chỉ huy Quân sự thành phố (V.7) lo tuyên truyền và ngoại ngữ, tiếng dân tộc thiểu số cho lực lượng vũ trang. [003_1a817ee72b993e3e.txt]",
  ["Công an thành phố", "phạm nhân"])

Q("agency_tasks",
  "Ở Hà Nội, các Sở, ngành phải cung cấp tài liệu học tập cho Sở Giáo dục và Đào tạo. Tài liệu đó sau đó được dùng vào việc gì?",
  [("N", "Có trách nhiệm cung cấp tài liệu học tập về các lĩnh vực theo chức năng, nhiệm vụ của từng Sở, ngành cho Sở Giáo dục và Đào tạo, cơ sở đào tạo đủ điều kiện tổ chức, biên soạn, số hóa tài liệu học tập theo quy định của pháp luật về quyền tác giả và quyền sở hữu trí tuệ phục vụ hoạt động tuyên truyền, giáo dục kiến thức cho mọi tầng lớp nhân dân")],
  "Theo mục V.11 (Các Sở, ngành khác), tài liệu các Sở, ngành cung cấp cho Sở Giáo dục và Đào tạo và cơ sở đào tạo đủ điều kiện được dùng để tổ chức, biên soạn, số hóa tài liệu học tập (theo quy định về quyền tác giả và quyền sở hữu trí tuệ), phục vụ hoạt động tuyên truyền, giáo dục kiến thức cho mọi tầng lớp nhân dân. [002_797e8de6131c77f9.txt]",
  ["số hóa tài liệu học tập", "mọi tầng lớp nhân dân"])

Q("agency_tasks",
  "Tôi là cán bộ trại tạm giam thuộc Công an thành phố Hà Nội. Kế hoạch triển khai Nghị quyết 23 giao cho bên công an việc gì liên quan đến trại viên, phạm nhân?",
  [("N", "- Công an Thành phố: chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Sở Lao động - Thương binh và Xã hội tiếp tục tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân và học viên trong các trại giam, trại tạm giam")],
  "Mục V.8 (Lực lượng vũ trang Thành phố) giao Công an Thành phố chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Sở Lao động - Thương binh và Xã hội tiếp tục tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân và học viên trong các trại giam, trại tạm giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng. [002_797e8de6131c77f9.txt]",
  ["Công an Thành phố", "xóa mù chữ", "đào tạo nghề"])

Q("agency_tasks",
  "Trong kế hoạch Hà Nội, Sở Giáo dục và Đào tạo là 'cơ quan thường trực'. Ở kế hoạch huyện An Lão, cơ quan nào đóng vai đầu mối tổng hợp tương tự?",
  [("A", "Chủ trì tổng hợp kết quả thực hiện phong trào “Học tập suốt đời’, lồng ghép với kết quả xây dựng xã hội học tập trên địa bàn huyện, hằng năm"),
   ("A", "báo cáo Ủy ban nhân dân huyện (qua phòng Giáo dục và Đào tạo) để kịp thời giải quyết")],
  "Kế hoạch An Lão không dùng chữ “cơ quan thường trực”, nhưng vai đầu mối thuộc Phòng Giáo dục và Đào tạo (mục III.1): phòng chủ trì tổng hợp kết quả thực hiện phong trào “Học tập suốt đời”, lồng ghép với kết quả xây dựng xã hội học tập trên địa bàn huyện, hằng năm; các xã, thị trấn gửi báo cáo định kỳ cho phòng; và khó khăn, vướng mắc được báo cáo Ủy ban nhân dân huyện (qua phòng Giáo dục và Đào tạo) để kịp thời giải quyết. [004_b1b28019b71edc03.txt]",
  ["Phòng Giáo dục và Đào tạo", "Chủ trì tổng hợp kết quả"])

Q("agency_tasks",
  "Chị em hội phụ nữ huyện Mỹ Lộc cứ than không biết kế hoạch bắt mình làm thêm gì. Hội Liên hiệp Phụ nữ huyện được đề nghị những gì?",
  [("M", "e) Hội Liên hiệp Phụ nữ huyện Phối hợp với Phòng Giáo dục và Đào tạo tham gia tuyên truyền Kế hoạch"),
   ("M", "vận động, tuyên truyền phụ nữ và trẻ em gái chưa biết chữ ra học các lớp xóa mù chữ, đẩy mạnh hoạt động có hiệu quả đối với “Quỹ học bổng Hoàng Ngân”")],
  "Theo điểm V.9.e, Hội Liên hiệp Phụ nữ huyện được đề nghị: phối hợp với Phòng Giáo dục và Đào tạo tham gia tuyên truyền Kế hoạch, lồng ghép tuyên truyền về xây dựng xã hội học tập trong phong trào “Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc”; vận động, tuyên truyền phụ nữ và trẻ em gái chưa biết chữ ra học các lớp xóa mù chữ; đẩy mạnh hoạt động có hiệu quả đối với “Quỹ học bổng Hoàng Ngân”. [001_7bafa58816a5de75.txt]",
  ["Quỹ học bổng Hoàng Ngân", "phụ nữ và trẻ em gái chưa biết chữ"])

Q("agency_tasks",
  "Ở Hà Nội, việc tham mưu khen thưởng nhân dịp sơ kết, tổng kết là của Ban Thi đua - Khen thưởng hay của Sở Nội vụ nói chung? Tôi không nhớ rõ.",
  [("N", "7. Ban Thi đua - Khen thưởng (Sở Nội vụ) Phối hợp với Sở Giáo dục và Đào tạo, tham mưu trình Ủy ban nhân dân Thành phố khen thưởng cho các tập thể, cá nhân có thành tích trong công tác xây dựng xã hội học tập nhân dịp sơ kết, tổng kết các giai đoạn của Đề án")],
  "Là Ban Thi đua - Khen thưởng (Sở Nội vụ), mục V.7: phối hợp với Sở Giáo dục và Đào tạo, tham mưu trình UBND Thành phố khen thưởng các tập thể, cá nhân có thành tích trong công tác xây dựng xã hội học tập nhân dịp sơ kết, tổng kết các giai đoạn của Đề án. Phần của Sở Nội vụ (V.3) là tổ chức các lớp tập huấn, bồi dưỡng cho cán bộ, công chức, viên chức, không phải khen thưởng. [002_797e8de6131c77f9.txt]",
  ["Ban Thi đua - Khen thưởng", "sơ kết, tổng kết"])

# ---------------------------------------------------------------- target
Q("target",
  "Chỉ tiêu công dân học tập năm 2026 của Huế là 40% hay 50% nhỉ, tôi nhớ không chắc.",
  [("H", "40% công dân đạt danh hiệu công dân học tập")],
  "Là 40%: mục II.4 của kế hoạch năm 2026 ghi “40% công dân đạt danh hiệu công dân học tập”. Con số 50% không có trong kế hoạch của Huế. [000_4550be4bb11189cd.txt]",
  ["40% công dân đạt danh hiệu công dân học tập"])

Q("target",
  "Mỹ Lộc đến năm 2030: tỷ lệ dân số có trình độ đại học trở lên là 12% hay 15%?",
  [("M", "70% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó 15% dân số có trình độ đại học trở lên"),
   ("M", "trong đó 12% dân số có trình độ đại học trở lên")],
  "Đến năm 2030 là 15%: “70% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó 15% dân số có trình độ đại học trở lên”. Con số 12% là mục tiêu đến năm 2025 (khoảng 50% được đào tạo chuyên môn kỹ thuật, trong đó 12% dân số có trình độ đại học trở lên). [001_7bafa58816a5de75.txt]",
  ["15% dân số có trình độ đại học trở lên", "12%"])

Q("target",
  "Chỉ tiêu gì mà cao thế! Cần Thơ năm 2024 đòi bao nhiêu phần trăm trường đại học triển khai đại học số?",
  [("C", "Phần đầu đạt tỷ lệ 90% trường đại học triển khai đại học số và xây dựng học liệu số")],
  "Kế hoạch 74/KH-BCĐ đặt cho năm 2024: “phấn đấu đạt tỷ lệ 90% trường đại học triển khai đại học số và xây dựng học liệu số” (văn bản in là “Phần đầu”, tức “phấn đấu”). [003_1a817ee72b993e3e.txt]",
  ["90% trường đại học triển khai đại học số"])

Q("target",
  "Tôi quản lý Trung tâm học tập cộng đồng xã Mỹ Thịnh (Mỹ Lộc). Theo kế hoạch huyện, bao nhiêu phần trăm trung tâm như chúng tôi phải ứng dụng công nghệ thông tin, năm 2025 và năm 2030?",
  [("M", "70% các Trung tâm Học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục"),
   ("M", "90% các Trung tâm Học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục")],
  "Kế hoạch không đặt chỉ tiêu riêng cho từng xã; chỉ tiêu chung của huyện cho các Trung tâm Học tập cộng đồng là: đến năm 2025, 70% các trung tâm ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục; đến năm 2030, 90%. [001_7bafa58816a5de75.txt]",
  ["70%", "90%"])

Q("target",
  "Trường THPT Chu Văn An (Hà Nội) là trường công lập. Chỉ tiêu trường công lập đạt chuẩn quốc gia của thành phố năm 2025 và năm 2030 là bao nhiêu?",
  [("N", "80-85% trường công lập đạt chuẩn quốc gia"), ("N", "85-90% trường công lập đạt chuẩn quốc gia")],
  "Kế hoạch không nêu tên trường nào; chỉ tiêu chung của Hà Nội là 80-85% trường công lập đạt chuẩn quốc gia đến năm 2025 và 85-90% đến năm 2030. [002_797e8de6131c77f9.txt]",
  ["80-85%", "85-90%"])

Q("target",
  "Hà Nội đặt mục tiêu đăng ký danh hiệu 'Thành phố học tập' năm 2025; vậy đến 2030, việc đăng ký đó phải đi tới kết quả gì?",
  [("N", "Đăng ký danh hiệu “Thành phố học tập” theo tiêu chí do cơ quan có thẩm quyền ban hành"),
   ("N", "Thành phố được công nhận danh hiệu “Thành phố học tập”")],
  "Mục tiêu đến năm 2025 là đăng ký danh hiệu “Thành phố học tập” theo tiêu chí do cơ quan có thẩm quyền ban hành; đến năm 2030 là Thành phố được công nhận danh hiệu “Thành phố học tập”. [002_797e8de6131c77f9.txt]",
  ["Đăng ký danh hiệu", "công nhận danh hiệu"])

Q("target",
  "Nói thật 60% gia đình đạt danh hiệu thì khó lắm. Đó là chỉ tiêu năm nào của Hà Nội, và đến 2030 tăng lên bao nhiêu?",
  [("N", "60% gia đình, dòng họ, cộng đồng đạt danh hiệu gia đình, dòng họ, cộng đồng học tập"),
   ("N", "80% gia đình, dòng họ, cộng đồng đạt danh hiệu gia đình, dòng họ, cộng đồng học tập")],
  "60% là chỉ tiêu đến năm 2025 (mục II.2.1.d): “60% gia đình, dòng họ, cộng đồng đạt danh hiệu gia đình, dòng họ, cộng đồng học tập”. Đến năm 2030 (II.2.2.d) tăng lên 80% gia đình, dòng họ, cộng đồng. [002_797e8de6131c77f9.txt]",
  ["60% gia đình, dòng họ, cộng đồng", "80% gia đình, dòng họ, cộng đồng"])

Q("target",
  "Huế: 'Đơn vị học tập' mức độ 2 là ít nhất 15 hay 05 đơn vị? Tôi cứ lẫn hai con số.",
  [("H", "Có ít nhất 15 đơn vị được công nhận “Đơn vị học tập” cấp tỉnh mức độ 1, trong đó có ít nhất 05 đơn vị đạt mức độ 2")],
  "Mức độ 2 là ít nhất 05 đơn vị. Kế hoạch ghi: có ít nhất 15 đơn vị được công nhận “Đơn vị học tập” cấp tỉnh mức độ 1, trong đó có ít nhất 05 đơn vị đạt mức độ 2. [000_4550be4bb11189cd.txt]",
  ["ít nhất 05 đơn vị đạt mức độ 2", "ít nhất 15"])

Q("target",
  "Trung tâm GDNN-GDTX huyện Mỹ Lộc thuộc nhóm cơ sở giáo dục thường xuyên. Đến 2030 huyện muốn bao nhiêu phần trăm cơ sở như vậy quản lý, dạy và học trên môi trường số?",
  [("M", "80% các cơ sở giáo dục phổ thông, cơ sở giáo dục thường xuyên, cơ sở giáo dục nghề nghiệp và các cơ sở giáo dục khác triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường số")],
  "Đến năm 2030 là 80%: “80% các cơ sở giáo dục phổ thông, cơ sở giáo dục thường xuyên, cơ sở giáo dục nghề nghiệp và các cơ sở giáo dục khác triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường số” (đến 2025 là 60%). Chỉ tiêu chung cho cả nhóm, không riêng trung tâm. [001_7bafa58816a5de75.txt]",
  ["80%"])

# ---------------------------------------------------------------- deadline
Q("deadline",
  "Hạn UBND các xã gửi báo cáo về Phòng GD&ĐT ở Mỹ Lộc là 10/12 hay 15/12 vậy?",
  [("M", "Kiểm tra, giám sát và định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo"),
   ("M", "Tổ chức kiểm tra, giám sát và đánh giá, tổng hợp, báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm")],
  "Với UBND các xã, thị trấn là trước ngày 10 tháng 12 hằng năm (mục V.11.d), gửi báo cáo về Phòng Giáo dục và Đào tạo. Mốc 15 tháng 12 là hạn của chính Phòng Giáo dục và Đào tạo tổng hợp, báo cáo UBND huyện (V.1.e). [001_7bafa58816a5de75.txt]",
  ["10 tháng 12", "15 tháng 12"])

Q("deadline",
  "Báo cáo các xã, phường ở Huế nộp về Sở GD&ĐT trước 15/12/2026 thì sau đó dùng để làm gì?",
  [("H", "gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026 để tổng hợp, báo cáo Ủy ban nhân dân thành phố theo quy định")],
  "Theo mục V.9, UBND các xã, phường gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026 để Sở tổng hợp, báo cáo Ủy ban nhân dân thành phố theo quy định. [000_4550be4bb11189cd.txt]",
  ["15/12/2026", "tổng hợp, báo cáo Ủy ban nhân dân thành phố"])

Q("deadline",
  "Ở Hà Nội, báo cáo kết quả hằng năm gửi UBND Thành phố trước 01/12 thì đi qua cơ quan nào?",
  [("N", "báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo để tổng hợp)")],
  "Các Sở, ngành, đơn vị, UBND quận, huyện, thị xã định kỳ hằng năm tổng hợp kết quả, báo cáo UBND Thành phố trước ngày 01 tháng 12, qua Sở Giáo dục và Đào tạo để tổng hợp. [002_797e8de6131c77f9.txt]",
  ["01 tháng 12", "qua Sở Giáo dục và Đào tạo để tổng hợp"])

Q("deadline",
  "Sao Huế bắt rà soát trung tâm học tập cộng đồng gấp vậy, hạn chót thật ra là khi nào?",
  [("H", "bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn thành trong Quý II năm 2026")],
  "Kế hoạch Huế (mục III.5) yêu cầu rà soát, củng cố, kiện toàn hệ thống trung tâm học tập cộng đồng, bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn thành trong Quý II năm 2026. [000_4550be4bb11189cd.txt]",
  ["Quý II năm 2026", "ít nhất một trung tâm"])

Q("deadline",
  "Sơ kết Đề án ở Mỹ Lộc là năm 2025 hay 2026, còn tổng kết vào năm nào?",
  [("M", "tham mưu UBND huyện tổ chức sơ kết Đề án vào năm 2025, tổng kết vào năm 2030")],
  "Sơ kết vào năm 2025, tổng kết vào năm 2030: Phòng Giáo dục và Đào tạo tham mưu UBND huyện tổ chức sơ kết Đề án vào năm 2025, tổng kết vào năm 2030 (mục V.1.e). [001_7bafa58816a5de75.txt]",
  ["sơ kết Đề án vào năm 2025", "tổng kết vào năm 2030"])

Q("deadline",
  "Mỹ Lộc: báo cáo gửi Phòng GD&ĐT trước 30/11 rồi ai tổng hợp tiếp?",
  [("M", "trước ngày 30 tháng 11 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo - Thường trực Ban chỉ đạo xây dựng xã hội học tập huyện tổng hợp, báo cáo theo quy định")],
  "Theo mục III.8, báo cáo tình hình, kết quả thực hiện Kế hoạch gửi trước ngày 30 tháng 11 hằng năm về Phòng Giáo dục và Đào tạo - Thường trực Ban chỉ đạo xây dựng xã hội học tập huyện, nơi tổng hợp, báo cáo theo quy định. [001_7bafa58816a5de75.txt]",
  ["30 tháng 11", "Thường trực Ban chỉ đạo"])

Q("deadline",
  "Thị trấn Trường Sơn (An Lão) phải báo cáo tình hình thực hiện kế hoạch cho ai, có hạn ngày cụ thể không?",
  [("A", "định kỳ báo cáo tình hình thực hiện kế hoạch gửi Phòng Giáo dục và Đào tạo tổng hợp báo cáo Ủy ban nhân dân huyện")],
  "Kế hoạch không nêu tên từng thị trấn; với Ủy ban nhân dân xã, thị trấn (mục III.9), kế hoạch chỉ ghi định kỳ báo cáo tình hình thực hiện kế hoạch gửi Phòng Giáo dục và Đào tạo để tổng hợp báo cáo Ủy ban nhân dân huyện — không nêu ngày hạn cụ thể. [004_b1b28019b71edc03.txt]",
  ["định kỳ báo cáo", "Phòng Giáo dục và Đào tạo"])

Q("deadline",
  "Ở Mỹ Lộc, Phòng GD&ĐT phải báo cáo UBND huyện trước 15/12 hằng năm. Trong kế hoạch Huế, Sở GD&ĐT có mốc báo cáo cố định tương tự không?",
  [("H", "Kiểm tra, giám sát và định kỳ báo cáo tình hình, kết quả thực hiện Đề án; dự thảo văn bản của Ủy ban nhân dân thành phố gửi Bộ Giáo dục và Đào tạo"),
   ("H", "gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026")],
  "Không có ngày cố định cho Sở: mục V.1 chỉ ghi Sở Giáo dục và Đào tạo kiểm tra, giám sát và định kỳ báo cáo tình hình, kết quả thực hiện Đề án, dự thảo văn bản của UBND thành phố gửi Bộ Giáo dục và Đào tạo. Mốc ngày duy nhất về báo cáo là của UBND các xã, phường: gửi về Sở trước ngày 15/12/2026 (V.9). [000_4550be4bb11189cd.txt]",
  ["định kỳ báo cáo", "15/12/2026"])

# ---------------------------------------------------------------- funding
Q("funding",
  "Huế quản lý kinh phí theo Nghị quyết 16/2025 hay 61/2025 của HĐND thành phố? Tôi nhớ không rõ số.",
  [("H", "Việc quản lý, sử dụng kinh phí thực hiện Kế hoạch thực hiện theo Nghị quyết số 16/2025/NQ-HĐND ngày 16 tháng 7 năm 2025 của Hội đồng nhân dân thành phố quy định nội dung, mức chi")],
  "Là Nghị quyết số 16/2025/NQ-HĐND ngày 16 tháng 7 năm 2025 của Hội đồng nhân dân thành phố, quy định nội dung, mức chi thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021–2030” (mục IV). Số 61/2025 không xuất hiện trong kế hoạch. [000_4550be4bb11189cd.txt]",
  ["16/2025/NQ-HĐND", "16 tháng 7 năm 2025"])

Q("funding",
  "Cứ bảo làm mà không thấy tiền đâu. Kế hoạch An Lão lấy kinh phí từ những nguồn nào?",
  [("A", "Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách nhà nước theo quy định, nguồn thu hợp pháp của các cơ quan, đơn vị và huy động từ các nguồn xã hội hóa")],
  "Mục IV: kinh phí được bố trí từ ngân sách nhà nước theo quy định, nguồn thu hợp pháp của các cơ quan, đơn vị và huy động từ các nguồn xã hội hóa. Kế hoạch không nêu số tiền. [004_b1b28019b71edc03.txt]",
  ["ngân sách nhà nước", "nguồn thu hợp pháp của các cơ quan, đơn vị", "xã hội hóa"])

Q("funding",
  "Ở Cần Thơ, dự toán kinh phí các sở, ngành và quận, huyện lập xong thì được đưa vào đâu?",
  [("C", "xây dựng kế hoạch và dự toán kinh phí thực hiện, tổng hợp chung trong kế hoạch dự toán ngân sách hàng năm của đơn vị trình cấp có thẩm quyền phê duyệt")],
  "Theo mục IV, các sở, ban ngành, đoàn thể và UBND quận, huyện xây dựng kế hoạch và dự toán kinh phí, tổng hợp chung trong kế hoạch dự toán ngân sách hàng năm của đơn vị, trình cấp có thẩm quyền phê duyệt. [003_1a817ee72b993e3e.txt]",
  ["dự toán ngân sách hàng năm", "cấp có thẩm quyền phê duyệt"])

Q("funding",
  "Ở Huế, Sở Tài chính tham mưu bố trí kinh phí. Ở kế hoạch huyện An Lão, cơ quan tương ứng là ai và làm gì?",
  [("A", "4. Phòng Tài chính - Kế hoạch Phối hợp với các phòng, ban, ngành, đơn vị lập dự toán kinh phí, báo cáo Ủy ban nhân dân huyện cân đối trong nguồn ngân sách")],
  "Ở An Lão là Phòng Tài chính - Kế hoạch (mục III.4): phối hợp với các phòng, ban, ngành, đơn vị lập dự toán kinh phí, báo cáo Ủy ban nhân dân huyện cân đối trong nguồn ngân sách để triển khai phong trào “Học tập suốt đời”. [004_b1b28019b71edc03.txt]",
  ["Phòng Tài chính - Kế hoạch", "lập dự toán kinh phí"])

Q("funding",
  "Tôi ở Hội Cựu chiến binh xã Mỹ Hà. Kế hoạch huyện Mỹ Lộc nhắc đến quỹ nào mà hội chúng tôi phải nâng cao chất lượng?",
  [("M", "nâng cao chất lượng “Quỹ vòng tay đồng đội”")],
  "Điểm V.9.g (Hội Cựu chiến binh huyện, Hội Nông dân huyện, Hội Người cao tuổi huyện, Hội Cựu giáo chức huyện) đề nghị hướng dẫn các cấp hội phối hợp tổ chức hoạt động khuyến học, khuyến tài theo tinh thần xã hội hoá giáo dục, nâng cao chất lượng “Quỹ vòng tay đồng đội”. Kế hoạch không nêu tên xã Mỹ Hà; đây là việc của các cấp hội. [001_7bafa58816a5de75.txt]",
  ["Quỹ vòng tay đồng đội"])

Q("funding",
  "Hình như Hà Nội giao Sở Tài chính 'chủ trì, hướng dẫn' về cơ chế tài chính, hay chỉ là 'phối hợp'? Tôi nhớ lờ mờ.",
  [("N", "Chủ trì, hướng dẫn các Sở, ngành liên quan về cơ chế tài chính triển khai thực hiện các nhiệm vụ của Kế hoạch"),
   ("N", "Phối hợp với các Sở, ngành liên quan rà soát, hoàn thiện các chính sách để tăng cường huy động và đa dạng hóa các nguồn lực xã hội")],
  "Cả hai, cho hai việc khác nhau (mục V.6): Sở Tài chính chủ trì, hướng dẫn các Sở, ngành về cơ chế tài chính triển khai các nhiệm vụ của Kế hoạch; còn việc rà soát, hoàn thiện các chính sách để huy động và đa dạng hóa các nguồn lực xã hội thì Sở phối hợp. Ngoài ra Sở đảm bảo kinh phí trong dự toán ngân sách hàng năm. [002_797e8de6131c77f9.txt]",
  ["Chủ trì, hướng dẫn", "cơ chế tài chính", "Phối hợp"])

Q("funding",
  "Ở An Lão, dự toán do UBND xã, thị trấn tổng hợp hằng năm rồi được dùng để làm gì?",
  [("A", "Tổng hợp dự toán hàng năm, bố trí và phân bổ ngân sách theo kế hoạch cho công tác khuyến học, khuyến tài, xây dựng xã hội học tập và học tập suốt đời tại địa phương")],
  "Theo mục III.9, UBND xã, thị trấn tổng hợp dự toán hàng năm để bố trí và phân bổ ngân sách theo kế hoạch cho công tác khuyến học, khuyến tài, xây dựng xã hội học tập và học tập suốt đời tại địa phương. [004_b1b28019b71edc03.txt]",
  ["Tổng hợp dự toán hàng năm", "phân bổ ngân sách"])

# ---------------------------------------------------------------- legal_basis
Q("legal_basis",
  "Kế hoạch xây dựng xã hội học tập 2024 của Cần Thơ là số 47/KH-BCĐ hay 74/KH-BCĐ? Ban hành ngày nào?",
  [("C", "Số: 74 /KH-BCĐ"), ("C", "Cần Thơ, ngày 04 tháng 5 năm 2024")],
  "Là số 74/KH-BCĐ (văn bản in “Số: 74 /KH-BCĐ”), ban hành tại Cần Thơ ngày 04 tháng 5 năm 2024, của Ban Chỉ đạo thành phố. [003_1a817ee72b993e3e.txt]",
  ["74", "04 tháng 5 năm 2024"])

Q("legal_basis",
  "Kế hoạch của huyện Mỹ Lộc thực hiện Kế hoạch 145 của tỉnh Nam Định ngày 23/12/2021 hay 23/11/2021?",
  [("M", "Thực hiện Kế hoạch số 145/KH- UBND ngày 23/12//2021 của UBND tỉnh Nam Định")],
  "Ngày 23/12/2021: kế hoạch mở đầu bằng “Thực hiện Kế hoạch số 145/KH- UBND ngày 23/12//2021 của UBND tỉnh Nam Định” (văn bản in thừa một dấu gạch chéo) về thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030”. [001_7bafa58816a5de75.txt]",
  ["145", "23/12"])

Q("legal_basis",
  "Trong kế hoạch An Lão, Thông tư 25/2023 của Bộ GD&ĐT được viện dẫn để làm việc gì, và giao cho ai?",
  [("A", "tham mưu xây dựng mô hình “Cộng đồng học tập” cấp tỉnh theo Thông tư số 25/2023/TT-BGDĐT ngày 27/12/2023 của Bộ Giáo dục và Đào tạo")],
  "Thông tư số 25/2023/TT-BGDĐT ngày 27/12/2023 (đánh giá, công nhận “Cộng đồng học tập” cấp xã, huyện, tỉnh) được viện dẫn ở mục III.8: các phòng, ban, ngành huyện tham mưu xây dựng mô hình “Cộng đồng học tập” cấp tỉnh theo Thông tư này. [004_b1b28019b71edc03.txt]",
  ["25/2023/TT-BGDĐT", "Cộng đồng học tập"])

Q("legal_basis",
  "Huế căn cứ Kế hoạch 336/KH-UBND của tỉnh. Còn kế hoạch 2024 của Cần Thơ thì văn bản cấp thành phố tương ứng mà nó căn cứ là gì?",
  [("C", "Kế hoạch 215/KH-UBND ngày 28 tháng 10 năm 2021 của Ủy ban nhân dân thành phố Cần Thơ triển khai thực hiện Đề án")],
  "Văn bản tương ứng của Cần Thơ là Kế hoạch 215/KH-UBND ngày 28 tháng 10 năm 2021 của UBND thành phố Cần Thơ triển khai thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”, căn cứ cùng với Quyết định số 1373/QĐ-TTg. [003_1a817ee72b993e3e.txt]",
  ["215/KH-UBND", "28 tháng 10 năm 2021"])

Q("legal_basis",
  "Đọc mà rối quá! Kế hoạch của Hà Nội nói nó thay thế cho kế hoạch nào vậy?",
  [("N", "Kế hoạch này thay thế cho Kế hoạch số 290/KH-UBND ngày 16/12/2021 của Ủy ban nhân dân thành phố Hà Nội")],
  "Câu cuối của kế hoạch ghi: Kế hoạch này thay thế cho Kế hoạch số 290/KH-UBND ngày 16/12/2021 của UBND thành phố Hà Nội về việc thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030”. [002_797e8de6131c77f9.txt]",
  ["290/KH-UBND", "16/12/2021"])

Q("legal_basis",
  "Kế hoạch An Lão thực hiện Kế hoạch 108 của thành phố Hải Phòng — ngày 06/5/2025 hay 05/6/2025?",
  [("A", "Thực hiện Kế hoạch số 108 /KH-UBND ngày 06/5/2025 của Ủy ban nhân dân thành phố Hải Phòng")],
  "Ngày 06/5/2025: “Thực hiện Kế hoạch số 108/KH-UBND ngày 06/5/2025 của Ủy ban nhân dân thành phố Hải Phòng” về triển khai phong trào “Học tập suốt đời” gắn với khuyến học, khuyến tài, xây dựng xã hội học tập. [004_b1b28019b71edc03.txt]",
  ["108", "06/5/2025"])

Q("legal_basis",
  "Trong kế hoạch Hà Nội, Quyết định 21/QĐ-TTg được nhắc đến để làm gì?",
  [("N", "100% cán bộ chuyên trách về an toàn thông tin, công nghệ thông tin trong các cơ quan nhà nước thuộc Thành phố được đào tạo"),
   ("N", "định số 21/QĐ-TTg ngày 06/01/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Đào tạo và phát triển nguồn nhân lực an toàn thông tin giai đoạn 2021 – 2025”")],
  "Quyết định số 21/QĐ-TTg ngày 06/01/2021 (Đề án “Đào tạo và phát triển nguồn nhân lực an toàn thông tin giai đoạn 2021 – 2025”) là chuẩn cho chỉ tiêu đến năm 2025: 100% cán bộ chuyên trách về an toàn thông tin, công nghệ thông tin trong các cơ quan nhà nước thuộc Thành phố được đào tạo về kiến thức, kỹ năng, kỹ thuật an toàn thông tin mạng. [002_797e8de6131c77f9.txt]",
  ["21/QĐ-TTg", "an toàn thông tin"])

# ---------------------------------------------------------------- purpose
Q("purpose",
  "Bao nhiêu kế hoạch rồi, cái của Mỹ Lộc rốt cuộc nhằm mục đích gì, nói ngắn thôi.",
  [("M", "từ cấp huyện, cấp xã, khu phố và cộng đồng dân cư"),
   ("M", "tận dụng mọi cơ hội học tập để trở thành công dân số, công dân học tập toàn cầu"),
   ("M", "Duy trì và nâng cao chất lượng việc tổ chức công nhận danh hiệu các mô hình học tập")],
  "Ba mục đích (I.1): (a) triển khai hiệu quả Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030” từ cấp huyện, cấp xã, khu phố và cộng đồng dân cư; (b) tạo phong trào toàn xã hội học tập, để mọi công dân tận dụng mọi cơ hội học tập trở thành công dân số, công dân học tập toàn cầu; (c) duy trì và nâng cao chất lượng việc tổ chức công nhận danh hiệu các mô hình học tập, huy động cả hệ thống chính trị và toàn dân. [001_7bafa58816a5de75.txt]",
  ["khu phố và cộng đồng dân cư", "công dân học tập toàn cầu", "công nhận danh hiệu các mô hình học tập"])

Q("purpose",
  "Hà Nội phấn đấu gia nhập mạng lưới 'Thành phố học tập' của UNESCO hay của ASEAN? Tôi nhớ lờ mờ.",
  [("N", "Phấn đấu Thủ đô Hà Nội gia nhập vào mạng lưới “Thành phố học tập” của UNESSCO trong thời gian sớm nhất"),
   ("N", "Chủ động, tích cực tham gia mạng lưới “Thành phố học tập” của UNESCO")],
  "Của UNESCO, không phải ASEAN. Mục tiêu tổng quát ghi: phấn đấu Thủ đô Hà Nội gia nhập vào mạng lưới “Thành phố học tập” của UNESCO (văn bản in nhầm “UNESSCO”) trong thời gian sớm nhất; mục III.7 nhắc lại: chủ động, tích cực tham gia mạng lưới “Thành phố học tập” của UNESCO. [002_797e8de6131c77f9.txt]",
  ["UNESCO", "trong thời gian sớm nhất"])

Q("purpose",
  "Tôi là giảng viên một trường đại học ở Huế. Phần yêu cầu của kế hoạch Huế đòi các cơ sở giáo dục chú ý điều gì, và nhằm mục đích gì?",
  [("H", "sở giáo dục nghề nghiệp quan tâm công tác đào tạo, bồi dưỡng, nâng cao trình độ chuyên môn, nghiệp vụ, bản lĩnh chính trị"),
   ("H", "góp phần xây dựng xã hội học tập, phát triển con người toàn diện và nâng cao hạnh phúc cá nhân, cộng đồng")],
  "Yêu cầu thứ ba (I.2) đòi các sở, ngành, hội, đoàn thể, các cơ sở giáo dục, cơ sở giáo dục nghề nghiệp quan tâm đào tạo, bồi dưỡng, nâng cao trình độ chuyên môn, nghiệp vụ, bản lĩnh chính trị; tăng cường giáo dục pháp luật, kỹ năng sống cho cán bộ, người lao động, học sinh, sinh viên và Nhân dân — nhằm góp phần xây dựng xã hội học tập, phát triển con người toàn diện và nâng cao hạnh phúc cá nhân, cộng đồng. [000_4550be4bb11189cd.txt]",
  ["bản lĩnh chính trị", "phát triển con người toàn diện"])

Q("purpose",
  "Kế hoạch gì mà chung chung quá! Cần Thơ yêu cầu các nhiệm vụ phải được xác định thế nào?",
  [("C", "Các nhiệm vụ được xác định có trọng tâm, trọng điểm, lộ trình thực hiện và bảo đảm tính khả thi")],
  "Mục I.2 (Yêu cầu) của KH 74 ghi các nhiệm vụ phải được xác định có trọng tâm, trọng điểm, lộ trình thực hiện và bảo đảm tính khả thi; ngoài ra phải xác định đầy đủ nhiệm vụ của các sở, ngành, UBND quận, huyện và phân công đúng chức năng. [003_1a817ee72b993e3e.txt]",
  ["lộ trình thực hiện", "tính khả thi"])

Q("purpose",
  "Mục đích của An Lão là phát triển con người xã hội chủ nghĩa hay tạo 'công dân toàn cầu'? Tôi nghe hai kiểu.",
  [("A", "phát triển con người xã hội chủ nghĩa gắn với xây dựng chủ nghĩa xã hội")],
  "Kế hoạch An Lão ghi mục đích xây dựng môi trường khuyến khích mọi tầng lớp nhân dân học tập, nâng cao dân trí, phát triển nguồn nhân lực chất lượng cao; phát triển con người xã hội chủ nghĩa gắn với xây dựng chủ nghĩa xã hội. Cụm “công dân toàn cầu” không có trong kế hoạch An Lão. [004_b1b28019b71edc03.txt]",
  ["con người xã hội chủ nghĩa"])

Q("purpose",
  "Mỹ Lộc muốn người dân trở thành 'công dân học tập toàn cầu'. Kế hoạch Hà Nội dùng cụm từ tương ứng nào?",
  [("N", "tận dụng mọi cơ hội học tập để trở thành công dân số, công dân toàn cầu")],
  "Hà Nội (mục III.1) viết: khơi dậy tinh thần học tập thường xuyên, học tập suốt đời, tận dụng mọi cơ hội học tập để trở thành công dân số, công dân toàn cầu. [002_797e8de6131c77f9.txt]",
  ["công dân số, công dân toàn cầu"])

Q("purpose",
  "Mục tiêu chung của Mỹ Lộc đến 2030 nói mọi người dân có cơ hội bình đẳng tiếp cận hệ thống giáo dục nào — giáo dục mở hay chính quy?",
  [("M", "mọi người dân đều có cơ hội bình đẳng trong việc tiếp cận hệ thống giáo dục mở, đa dạng, linh hoạt, liên thông, hiện đại")],
  "Giáo dục mở: mục tiêu chung bảo đảm đến năm 2030 mọi người dân đều có cơ hội bình đẳng trong việc tiếp cận hệ thống giáo dục mở, đa dạng, linh hoạt, liên thông, hiện đại, với nhiều mô hình, phương thức và trình độ đào tạo. [001_7bafa58816a5de75.txt]",
  ["giáo dục mở, đa dạng, linh hoạt, liên thông, hiện đại"])

# ---------------------------------------------------------------- task_section
Q("task_section",
  "Kết quả khảo sát nhu cầu học tập của người dân Huế sẽ được dùng vào việc gì theo kế hoạch?",
  [("H", "Tổ chức khảo sát, điều tra nhu cầu học tập của Nhân dân; trên cơ sở đó, chủ động, linh hoạt tổ chức đa dạng các hoạt động học tập tại các trung tâm học tập cộng đồng")],
  "Mục III.5: tổ chức khảo sát, điều tra nhu cầu học tập của Nhân dân; trên cơ sở đó, chủ động, linh hoạt tổ chức đa dạng các hoạt động học tập tại các trung tâm học tập cộng đồng, huy động nguồn lực xã hội để người dân học tập thường xuyên, suốt đời. [000_4550be4bb11189cd.txt]",
  ["khảo sát, điều tra nhu cầu học tập", "đa dạng các hoạt động học tập"])

Q("task_section",
  "Nhà văn hóa Lao động Cần Thơ thuộc nhóm 'thiết chế văn hóa'. Phần chuyển đổi số của kế hoạch 2024 yêu cầu thiết chế văn hóa làm gì?",
  [("C", "3. Đẩy mạnh thực hiện chuyển đổi số và ứng dụng công nghệ thông tin trong tổ chức các hoạt động học tập suốt đời"),
   ("C", "Các thiết chế văn hóa: Đổi mới phương thức, mô hình hoạt động và cung ứng sản phẩm, dịch vụ hỗ trợ học tập trên nền tảng công nghệ số")],
  "Kế hoạch không nêu tên nhà văn hóa cụ thể; ở mục III.3 (Đẩy mạnh thực hiện chuyển đổi số và ứng dụng công nghệ thông tin …), các thiết chế văn hóa phải đổi mới phương thức, mô hình hoạt động và cung ứng sản phẩm, dịch vụ hỗ trợ học tập trên nền tảng công nghệ số; tăng cường hợp tác tạo lập, chia sẻ thông tin, dữ liệu với các cơ sở giáo dục, cơ quan, tổ chức hỗ trợ người dân học tập suốt đời. [003_1a817ee72b993e3e.txt]",
  ["Đẩy mạnh thực hiện chuyển đổi số", "dịch vụ hỗ trợ học tập trên nền tảng công nghệ số"])

Q("task_section",
  "Dân quê tôi bị lừa đảo qua mạng hoài. Kế hoạch An Lão có phần nào hướng dẫn người dân tự bảo vệ trên môi trường số không?",
  [("A", "Phát động và thực hiện phong trào “Bình dân học vụ số” trong toàn dân"),
   ("A", "Hướng dẫn người dân các kỹ năng khai thác, sử dụng công nghệ số hiệu quả và tự bảo vệ mình trước những nguy cơ, rủi ro trên môi trường số")],
  "Có, ở mục II.3: phát động và thực hiện phong trào “Bình dân học vụ số” trong toàn dân; phổ cập kiến thức số, kỹ năng số; hướng dẫn người dân các kỹ năng khai thác, sử dụng công nghệ số hiệu quả và tự bảo vệ mình trước những nguy cơ, rủi ro trên môi trường số. [004_b1b28019b71edc03.txt]",
  ["Bình dân học vụ số", "tự bảo vệ mình"])

Q("task_section",
  "Mục hợp tác quốc tế ở kế hoạch Mỹ Lộc là mục 7 hay mục 8 của phần III? Nó có nhắc SEAMEO CELLL không?",
  [("M", "7. Tăng cường hợp tác quốc tế trong lĩnh vực học tập suốt đời"),
   ("M", "Trung tâm Khu vực về học tập suốt đời của Hội đồng Bộ trưởng Giáo dục các nước Đông Nam Á tại Việt Nam (SEAMEO CELLL)")],
  "Là mục III.7 “Tăng cường hợp tác quốc tế trong lĩnh vực học tập suốt đời, xây dựng xã hội học tập và phát triển công nghệ đào tạo mở và từ xa” (mục III.8 là kiểm tra, giám sát). Có nhắc: điểm đ) yêu cầu củng cố, tăng cường năng lực hoạt động của Trung tâm Khu vực về học tập suốt đời của Hội đồng Bộ trưởng Giáo dục các nước Đông Nam Á tại Việt Nam (SEAMEO CELLL), cùng với tham gia mạng lưới “Thành phố học tập toàn cầu” của UNESCO. [001_7bafa58816a5de75.txt]",
  ["Tăng cường hợp tác quốc tế", "SEAMEO CELLL"])

Q("task_section",
  "Cần Thơ giao Bộ Chỉ huy Quân sự nâng ngoại ngữ cho lực lượng vũ trang. Ở kế hoạch Mỹ Lộc, mục nào nói việc tương tự?",
  [("M", "6. Công an huyện, Bộ Chỉ huy Quân sự huyện Nâng cao trình độ, năng lực ngoại ngữ cho cán bộ toàn lực lượng vũ trang trên địa bàn huyện")],
  "Mục V.6 “Công an huyện, Bộ Chỉ huy Quân sự huyện”: nâng cao trình độ, năng lực ngoại ngữ cho cán bộ toàn lực lượng vũ trang trên địa bàn huyện. Khác Cần Thơ, Mỹ Lộc giao chung cho cả Công an và quân sự, và không nhắc tiếng dân tộc thiểu số. [001_7bafa58816a5de75.txt]",
  ["Công an huyện, Bộ Chỉ huy Quân sự huyện", "năng lực ngoại ngữ"])

Q("task_section",
  "Mô hình trung tâm học tập cộng đồng thí điểm ở Cần Thơ, sau khi thí điểm xong thì kế hoạch muốn làm gì tiếp?",
  [("C", "Nghiên cứu đổi mới mô hình trung tâm học tập cộng đồng hoạt động hiệu quả và tổ chức thí điểm để triển khai nhân rộng cho tất cả các đơn vị trên địa bàn thành phố")],
  "Mục III.4.d: nghiên cứu đổi mới mô hình trung tâm học tập cộng đồng hoạt động hiệu quả và tổ chức thí điểm để triển khai nhân rộng cho tất cả các đơn vị trên địa bàn thành phố. [003_1a817ee72b993e3e.txt]",
  ["tổ chức thí điểm", "nhân rộng cho tất cả các đơn vị"])

Q("task_section",
  "Tôi dạy ở một trường tiểu học của huyện Mỹ Lộc. Phần chuyển đổi số của kế hoạch huyện đòi cơ sở giáo dục phổ thông làm gì?",
  [("M", "4. Đẩy mạnh thực hiện chuyển đổi số và ứng dụng công nghệ thông tin trong tổ chức các hoạt động học tập suốt đời"),
   ("M", "với dữ liệu, công nghệ số là nền tảng và công cụ quản trị chủ yếu"),
   ("M", "đưa tương tác, trải nghiệm trên môi trường số trở thành hoạt động giáo dục thiết yếu, hàng ngày với mỗi người học và mỗi nhà giáo")],
  "Ở mục III.4 (Đẩy mạnh thực hiện chuyển đổi số …), điểm a, cơ sở giáo dục phổ thông phải đổi mới căn bản quản lý, quản trị theo hướng tinh gọn, hiệu quả, minh bạch với dữ liệu, công nghệ số là nền tảng và công cụ quản trị chủ yếu; đổi mới phương thức dạy, học, kiểm tra, đánh giá, đưa tương tác, trải nghiệm trên môi trường số trở thành hoạt động giáo dục thiết yếu, hàng ngày với mỗi người học và mỗi nhà giáo, nâng cao năng lực tự học. [001_7bafa58816a5de75.txt]",
  ["Đẩy mạnh thực hiện chuyển đổi số", "công nghệ số là nền tảng", "hoạt động giáo dục thiết yếu, hàng ngày"])

Q("task_section",
  "Chuyển đổi số gì mà chỗ nào cũng nói! Kế hoạch Hà Nội có một mục riêng cho nó không, trong đó nói gì?",
  [("N", "3. Đẩy mạnh chuyển đổi số và ứng dụng công nghệ thông tin"),
   ("N", "Chính quyền điện tử, hướng tới Chính quyền số và đảm bảo an toàn thông tin mạng")],
  "Có: mục III.3 “Đẩy mạnh chuyển đổi số và ứng dụng công nghệ thông tin”: chuyển đổi số trong tổ chức các hoạt động học tập suốt đời; ứng dụng công nghệ thông tin trong cơ quan nhà nước để phát triển Chính quyền điện tử, hướng tới Chính quyền số và đảm bảo an toàn thông tin mạng; phát triển đào tạo từ xa, trực tuyến, kiểm định chương trình đào tạo từ xa cấp văn bằng; chia sẻ tài nguyên giáo dục mở, học liệu mở. [002_797e8de6131c77f9.txt]",
  ["Đẩy mạnh chuyển đổi số và ứng dụng công nghệ thông tin", "Chính quyền số"])

# ---------------------------------------------------------------- cross_plan
Q("cross_plan",
  "Huế đặt 87% người trong độ tuổi lao động có năng lực công nghệ thông tin. Chỉ tiêu tương ứng trong kế hoạch 2024 của Cần Thơ là bao nhiêu?",
  [("H", "87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin"),
   ("C", "Phần đầu đạt tỷ lệ 90% số người trong độ tuổi lao động được trang bị năng lực về sử dụng công nghệ thông tin để tra cứu thông tin, học tập trên môi trường mạng")],
  "Huế (năm 2026): 87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin [000_4550be4bb11189cd.txt]. Chỉ tiêu tương ứng của Cần Thơ cho năm 2024 là phấn đấu 90% số người trong độ tuổi lao động được trang bị năng lực về sử dụng công nghệ thông tin để tra cứu thông tin, học tập trên môi trường mạng [003_1a817ee72b993e3e.txt].",
  ["87%", "90%", "tra cứu thông tin"])

Q("cross_plan",
  "Ở Huế và Hà Nội ai là 'cơ quan thường trực' của kế hoạch? Còn Cần Thơ thì vai thường trực nằm ở đâu?",
  [("H", "Là cơ quan thường trực; chủ trì, phối hợp với các cơ quan, tổ chức, đơn vị, địa phương liên quan để tổ chức thực hiện Kế hoạch"),
   ("N", "Là cơ quan thường trực, giúp Ủy ban nhân dân Thành phố tổ chức triển khai thực hiện Kế hoạch"),
   ("C", "phản ánh về Sở Giáo dục và Đào tạo (Thường trực Ban Chỉ đạo thành phố)")],
  "Ở Huế, Sở Giáo dục và Đào tạo “là cơ quan thường trực” (V.1) [000_4550be4bb11189cd.txt]; ở Hà Nội cũng là Sở Giáo dục và Đào tạo, “là cơ quan thường trực, giúp UBND Thành phố” (V.1) [002_797e8de6131c77f9.txt]. Kế hoạch Cần Thơ do Ban Chỉ đạo ban hành nên không dùng chữ đó; vai thường trực là Sở Giáo dục và Đào tạo (Thường trực Ban Chỉ đạo thành phố), nơi nhận phản ánh khó khăn, vướng mắc [003_1a817ee72b993e3e.txt].",
  ["cơ quan thường trực", "Thường trực Ban Chỉ đạo thành phố"])

Q("cross_plan",
  "Kế hoạch nào do bà Vũ Thu Hà ký — Hà Nội hay Huế? Người ký kế hoạch còn lại là ai?",
  [("N", "PHÓ CHỦ TỊCH Vũ Thu Hà"), ("H", "PHÓ CHỦ TỊCH Nguyễn Thanh Bình")],
  "Bà Vũ Thu Hà ký kế hoạch của Hà Nội (TM. UBND, KT. Chủ tịch, Phó Chủ tịch) [002_797e8de6131c77f9.txt]. Kế hoạch năm 2026 của Huế do Phó Chủ tịch Nguyễn Thanh Bình ký [000_4550be4bb11189cd.txt].",
  ["Vũ Thu Hà", "Nguyễn Thanh Bình"])

Q("cross_plan",
  "Ở Mỹ Lộc và An Lão, nếu gặp khó khăn, vướng mắc thì báo cáo đi qua đâu và cuối cùng ai xem xét?",
  [("M", "đề xuất về Phòng Giáo dục và Đào tạo để tổng hợp, tham mưu UBND huyện xem xét, chỉ đạo"),
   ("A", "báo cáo Ủy ban nhân dân huyện (qua phòng Giáo dục và Đào tạo) để kịp thời giải quyết")],
  "Mỹ Lộc: các cơ quan, đơn vị chủ động báo cáo, đề xuất về Phòng Giáo dục và Đào tạo để tổng hợp, tham mưu UBND huyện xem xét, chỉ đạo [001_7bafa58816a5de75.txt]. An Lão: báo cáo Ủy ban nhân dân huyện (qua phòng Giáo dục và Đào tạo) để kịp thời giải quyết [004_b1b28019b71edc03.txt]. Ở cả hai, đường đi là qua Phòng GD&ĐT lên UBND huyện.",
  ["tham mưu UBND huyện xem xét, chỉ đạo", "để kịp thời giải quyết"])

Q("cross_plan",
  "Trường Đại học Huế và Trường Đại học Cần Thơ: kế hoạch mỗi thành phố đặt chỉ tiêu đại học số thế nào?",
  [("H", "100% các trường đại học, cao đẳng có triển khai đại học số và xây dựng học liệu số"),
   ("C", "Phần đầu đạt tỷ lệ 90% trường đại học triển khai đại học số và xây dựng học liệu số")],
  "Hai kế hoạch không nêu tên trường; chỉ tiêu chung: Huế năm 2026 là 100% các trường đại học, cao đẳng có triển khai đại học số và xây dựng học liệu số [000_4550be4bb11189cd.txt]; Cần Thơ năm 2024 phấn đấu 90% trường đại học triển khai đại học số và xây dựng học liệu số [003_1a817ee72b993e3e.txt].",
  ["100% các trường đại học, cao đẳng", "90% trường đại học"])

Q("cross_plan",
  "Làm báo cáo muốn xỉu! Hạn báo cáo hằng năm nào sớm hơn: mốc trong kế hoạch Mỹ Lộc hay của Hà Nội?",
  [("M", "trước ngày 30 tháng 11 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo"),
   ("N", "báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12")],
  "Mỹ Lộc sớm hơn: báo cáo về Phòng Giáo dục và Đào tạo trước ngày 30 tháng 11 hằng năm (III.8; xã, thị trấn 10/12, Phòng báo cáo huyện 15/12) [001_7bafa58816a5de75.txt]; Hà Nội: báo cáo UBND Thành phố trước ngày 01 tháng 12 hằng năm (qua Sở GD&ĐT) [002_797e8de6131c77f9.txt].",
  ["30 tháng 11", "01 tháng 12"])

Q("cross_plan",
  "Huế giao Liên đoàn Lao động thành phố chủ trì Kế hoạch 147. Ở Cần Thơ, Liên đoàn Lao động thành phố được đề nghị gì?",
  [("H", "tổ chức thực hiện Kế hoạch số 147/KH-UBND ngày 17 tháng 4 năm 2023"),
   ("C", "Đề nghị Liên đoàn Lao động thành phố phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện đẩy mạnh các hoạt động phát triển nghề nghiệp cho người lao động")],
  "Huế: Liên đoàn Lao động thành phố chủ trì tổ chức thực hiện Kế hoạch số 147/KH-UBND ngày 17/4/2023 về Chương trình học tập suốt đời trong công nhân lao động [000_4550be4bb11189cd.txt]. Cần Thơ (V.11.b): Liên đoàn chỉ được đề nghị phối hợp với Sở Giáo dục và Đào tạo, UBND quận, huyện đẩy mạnh các hoạt động phát triển nghề nghiệp cho người lao động và vận động công nhân học tập nâng cao trình độ, kỹ năng nghề [003_1a817ee72b993e3e.txt].",
  ["147/KH-UBND", "phát triển nghề nghiệp"])

Q("cross_plan",
  "Cần Thơ có mục riêng cho Hội Người cao tuổi. Kế hoạch Mỹ Lộc xếp Hội Người cao tuổi vào đâu, với việc gì?",
  [("C", "12. Đề nghị Hội Người cao tuổi thành phố"),
   ("M", "g) Hội Cựu chiến binh huyện, Hội Nông dân huyện, Hội Người cao tuổi huyện, Hội Cựu giáo chức huyện Hướng dẫn các cấp hội phối hợp tổ chức các hoạt động khuyến học")],
  "Cần Thơ có mục V.12 “Đề nghị Hội Người cao tuổi thành phố” (tuyên truyền, tập huấn, hỗ trợ ngành giáo dục) [003_1a817ee72b993e3e.txt]. Mỹ Lộc không có mục riêng: Hội Người cao tuổi huyện nằm chung điểm V.9.g với Hội Cựu chiến binh, Hội Nông dân, Hội Cựu giáo chức huyện — hướng dẫn các cấp hội phối hợp tổ chức các hoạt động khuyến học, khuyến tài, xây dựng xã hội học tập, huy động hội viên chuyển giao công nghệ, phổ biến kiến thức [001_7bafa58816a5de75.txt].",
  ["Đề nghị Hội Người cao tuổi thành phố", "Hội Người cao tuổi huyện"])

# ---------------------------------------------------------------- no_diacritics
Q("no_diacritics",
  "ke hoach hue nam 2026 dat 80% hay 87% nguoi trong do tuoi lao dong co ky nang song?",
  [("H", "80% số người trong độ tuổi lao động được trang bị kỹ năng sống"),
   ("H", "87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin")],
  "Kỹ năng sống là 80%: “80% số người trong độ tuổi lao động được trang bị kỹ năng sống”. Con số 87% là chỉ tiêu năng lực công nghệ thông tin. [000_4550be4bb11189cd.txt]",
  ["80%", "87%"])

Q("no_diacritics",
  "met qua, ubnd quan huyen o can tho bi ke hoach 74 giao bao nhieu viec vay, liet ke giup",
  [("C", "củng cố, tổ chức kiện toàn Ban Chỉ đạo Xây dựng xã hội học tập - Xóa mù chữ - Phổ cập giáo dục các cấp ở địa phương"),
   ("C", "b) Cân đối, bố trí ngân sách địa phương và huy động các nguồn kinh phí hợp pháp khác"),
   ("C", "c) Xây dựng và phát triển các mô hình học tập, ngành nghề đào tạo, các nghề đặc thù cần học tập suốt đời")],
  "Mục V.14 giao UBND quận, huyện ba điểm: (a) triển khai Kế hoạch phù hợp kế hoạch phát triển kinh tế - xã hội địa phương; củng cố, kiện toàn Ban Chỉ đạo Xây dựng xã hội học tập - Xóa mù chữ - Phổ cập giáo dục các cấp; xây dựng cơ chế phối hợp; (b) cân đối, bố trí ngân sách địa phương và huy động nguồn kinh phí hợp pháp khác; (c) xây dựng, phát triển các mô hình học tập, ngành nghề đào tạo, các nghề đặc thù cần học tập suốt đời. Ngoài ra quận, huyện còn là bên phối hợp trong nhiều mục của sở, ngành. [003_1a817ee72b993e3e.txt]",
  ["Xóa mù chữ - Phổ cập giáo dục", "Cân đối, bố trí ngân sách địa phương", "nghề đặc thù"])

Q("no_diacritics",
  "hue danh gia don vi hoc tap theo thong tu 24/2023 hay 25/2023 vay",
  [("H", "Thông tư số 24/2023/TT-BGDĐT ngày 11 tháng 12 năm 2023 của Bộ Giáo dục và Đào tạo quy định về đánh giá, công nhận “Đơn vị học tập” cấp huyện, cấp tỉnh"),
   ("H", "Thông tư số 25/2023/TT-BGDĐT ngày 27/12/2023 quy định về đánh giá, công nhận “Cộng đồng học tập” cấp xã, cấp huyện, cấp tỉnh")],
  "“Đơn vị học tập” theo Thông tư số 24/2023/TT-BGDĐT ngày 11/12/2023; Thông tư số 25/2023/TT-BGDĐT ngày 27/12/2023 là để đánh giá, công nhận “Cộng đồng học tập” cấp xã, huyện, tỉnh (mục III.5). [000_4550be4bb11189cd.txt]",
  ["24/2023/TT-BGDĐT", "25/2023/TT-BGDĐT"])

Q("no_diacritics",
  "o hue so gd dt la co quan thuong truc, con o my loc phong nao chu tri trien khai cac nhiem vu cua de an",
  [("M", "1. Phòng Giáo dục và Đào tạo a) Chủ trì, phối hợp với các phòng, ban, ngành, đơn vị liên quan, UBND các xã, thị trấn triển khai thực hiện các nhiệm vụ của Đề án")],
  "Ở Mỹ Lộc là Phòng Giáo dục và Đào tạo (V.1.a): chủ trì, phối hợp với các phòng, ban, ngành, đơn vị liên quan, UBND các xã, thị trấn triển khai thực hiện các nhiệm vụ của Đề án. [001_7bafa58816a5de75.txt]",
  ["Phòng Giáo dục và Đào tạo", "triển khai thực hiện các nhiệm vụ của Đề án"])

Q("no_diacritics",
  "toi o hop tac xa nong nghiep o phong dien can tho, hoi nong dan thanh pho duoc de nghi lam gi",
  [("C", "đ) Đề nghị Hội Cựu chiến binh thành phố, Hội Nông dân thành phố Hướng dẫn các cấp Hội phối hợp tổ chức các hoạt động khuyến học, khuyến tài, xây dựng xã hội học tập"),
   ("C", "huy động hội viên tham gia chuyển giao công nghệ, hỗ trợ hoạt động khởi nghiệp, phổ biến kiến thức cho người dân")],
  "Kế hoạch không nói riêng về hợp tác xã hay Phong Điền; Hội Nông dân thành phố (chung điểm V.11.đ với Hội Cựu chiến binh) được đề nghị hướng dẫn các cấp Hội phối hợp tổ chức các hoạt động khuyến học, khuyến tài, xây dựng xã hội học tập theo tinh thần xã hội hóa; huy động hội viên tham gia chuyển giao công nghệ, hỗ trợ hoạt động khởi nghiệp, phổ biến kiến thức cho người dân. [003_1a817ee72b993e3e.txt]",
  ["Hội Nông dân thành phố", "chuyển giao công nghệ", "khởi nghiệp"])

Q("no_diacritics",
  "can tho pho cap thcs muc do 3 la 66% hay 55,55% quan huyen",
  [("C", "phần đầu có 66% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3"),
   ("C", "Phần đầu đạt tỷ lệ 55,55% đơn vị được đánh giá, công nhận theo mức độ “Đơn vị học tập”")],
  "Là 66%: phấn đấu có 66% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3 (100% đạt mức độ 2). Con số 55,55% là tỷ lệ đơn vị được đánh giá, công nhận “Đơn vị học tập” cấp huyện, cấp thành phố. [003_1a817ee72b993e3e.txt]",
  ["66%", "55,55%"])

Q("no_diacritics",
  "chan that, an lao coi viec hoc suot doi cua can bo cong chuc la 'nhiem vu' gi vay",
  [("A", "Xác định học tập suốt đời đối với cán bộ, công chức, viên chức là “nhiệm vụ cách mạng”, học để sáng tạo, đổi mới")],
  "Mục II.6 ghi: xác định học tập suốt đời đối với cán bộ, công chức, viên chức là “nhiệm vụ cách mạng”, học để sáng tạo, đổi mới, để tham mưu triển khai tốt nhiệm vụ. [004_b1b28019b71edc03.txt]",
  ["nhiệm vụ cách mạng"])

Q("no_diacritics",
  "hoi khuyen hoc hue phoi hop kiem tra giam sat trung tam hoc tap cong dong xong thi ket qua tong hop de lam gi",
  [("H", "Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với Hội Khuyến học thành phố và các sở, ban, ngành liên quan tổ chức kiểm tra, giám sát"),
   ("H", "tổng hợp, đánh giá kết quả, tham mưu Ủy ban nhân dân thành phố chỉ đạo, hướng dẫn việc thực hiện Đề án")],
  "Theo mục III.7, Sở Giáo dục và Đào tạo chủ trì, phối hợp với Hội Khuyến học thành phố và các sở, ngành kiểm tra, giám sát công tác xây dựng xã hội học tập và hoạt động của các trung tâm học tập cộng đồng tại xã, phường; sau đó tổng hợp, đánh giá kết quả, tham mưu Ủy ban nhân dân thành phố chỉ đạo, hướng dẫn việc thực hiện Đề án. [000_4550be4bb11189cd.txt]",
  ["Hội Khuyến học thành phố", "tham mưu Ủy ban nhân dân thành phố chỉ đạo"])

# ---------------------------------------------------------------- abbreviation
Q("abbreviation",
  "KH XHHT h. Mỹ Lộc: P.LĐ-TB&XH hay P.GD&ĐT chủ trì đào tạo KN nghề mới cho NLĐ? Nhớ không chắc.",
  [("M", "2. Phòng Lao động - Thương binh và Xã hội a) Chủ trì phối hợp với Phòng Giáo dục và Đào tạo và các phòng, ban, ngành liên quan triển khai thực hiện các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động")],
  "Phòng Lao động - Thương binh và Xã hội chủ trì (V.2.a), phối hợp với Phòng Giáo dục và Đào tạo, triển khai các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động; hỗ trợ học tập cho người bị thiệt thòi, yếu thế. [001_7bafa58816a5de75.txt]",
  ["Phòng Lao động - Thương binh và Xã hội", "kỹ năng nghề nghiệp mới"])

Q("abbreviation",
  "Sở VHTTDL TP CT nhân rộng mô hình HTSĐ trong thư viện, bảo tàng. Ở KH TP Huế, Sở VH&TT có việc tương ứng ko?",
  [("H", "phát triển, nhân rộng các mô hình học tập suốt đời tại thư viện, bảo tàng, nhà văn hóa, câu lạc bộ trên địa bàn thành phố")],
  "Có. Ở Huế, Sở Văn hóa và Thể thao (V.2) ngoài việc chủ trì Kế hoạch 288/KH-UBND còn phát triển, nhân rộng các mô hình học tập suốt đời tại thư viện, bảo tàng, nhà văn hóa, câu lạc bộ trên địa bàn thành phố — tương ứng với việc của Sở VHTTDL Cần Thơ. [000_4550be4bb11189cd.txt]",
  ["nhân rộng các mô hình học tập suốt đời"])

Q("abbreviation",
  "BC của UBND xã, TT h. ML gửi P.GD&ĐT trước 10/12 để làm gì?",
  [("M", "trước ngày 10 tháng 12 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo để tổng hợp báo cáo theo quy định")],
  "UBND các xã, thị trấn gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo trước ngày 10 tháng 12 hằng năm để Phòng tổng hợp báo cáo theo quy định (V.11.d); Phòng sau đó báo cáo UBND huyện. [001_7bafa58816a5de75.txt]",
  ["10 tháng 12", "tổng hợp báo cáo"])

Q("abbreviation",
  "BCĐ TP CT giao việc quá trời, riêng Sở TC TP CT chủ trì việc gì?",
  [("C", "6. Sở Tài chính Chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện rà soát, hoàn thiện các chính sách để tăng cường huy động và đa dạng hóa các nguồn lực xã hội")],
  "Sở Tài chính thành phố Cần Thơ (V.6) chủ trì, phối hợp với Sở Giáo dục và Đào tạo, UBND quận, huyện rà soát, hoàn thiện các chính sách để tăng cường huy động và đa dạng hóa các nguồn lực xã hội thúc đẩy khuyến học, khuyến tài, xây dựng xã hội học tập. [003_1a817ee72b993e3e.txt]",
  ["rà soát, hoàn thiện các chính sách", "nguồn lực xã hội"])

Q("abbreviation",
  "TTHTCĐ P. Vỹ Dạ (TP Huế) — theo KH 2026, ĐV nào KT, GS hoạt động TTHTCĐ tại xã, phường?",
  [("H", "Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với Hội Khuyến học thành phố và các sở, ban, ngành liên quan tổ chức kiểm tra, giám sát công tác xây dựng xã hội học tập và hoạt động của các trung tâm học tập cộng đồng tại các xã, phường")],
  "Kế hoạch không nêu tên phường; việc kiểm tra, giám sát hoạt động của các trung tâm học tập cộng đồng tại các xã, phường do Sở Giáo dục và Đào tạo chủ trì, phối hợp với Hội Khuyến học thành phố và các sở, ngành liên quan (III.7). [000_4550be4bb11189cd.txt]",
  ["Sở Giáo dục và Đào tạo chủ trì", "Hội Khuyến học thành phố"])

Q("abbreviation",
  "UBMTTQ h. ML: KH giao tham gia GS hay phản biện XH?",
  [("M", "Phối hợp với với các đơn vị trong huyện tham gia giám sát việc triển khai thực hiện Kế hoạch")],
  "Ủy ban Mặt trận Tổ quốc huyện Mỹ Lộc (V.9.a) phát động các cuộc vận động, phong trào thi đua và phối hợp với các đơn vị trong huyện tham gia giám sát việc triển khai thực hiện Kế hoạch. Kế hoạch Mỹ Lộc không nói đến phản biện xã hội. [001_7bafa58816a5de75.txt]",
  ["tham gia giám sát"])

Q("abbreviation",
  "Ban TG HU h. ML phối hợp P.GD&ĐT trong việc gì?",
  [("M", "8. Đề nghị Ban Tuyên giáo Huyện ủy Phối hợp với Phòng Giáo dục và Đào tạo và các phòng, ban, ngành liên quan trong việc triển khai thực hiện các mục tiêu, nhiệm vụ của Kế hoạch, nhất là trong việc tuyên truyền, định hướng phát triển")],
  "Ban Tuyên giáo Huyện ủy (V.8) được đề nghị phối hợp với Phòng Giáo dục và Đào tạo và các phòng, ban, ngành trong việc triển khai các mục tiêu, nhiệm vụ của Kế hoạch, nhất là tuyên truyền, định hướng phát triển, gắn với các chương trình, đề án khác; và phối hợp kiểm tra, giám sát việc thực hiện Kế hoạch. [001_7bafa58816a5de75.txt]",
  ["Ban Tuyên giáo Huyện ủy", "định hướng phát triển"])

Q("abbreviation",
  "HĐND h. AL lại phải sửa CC, CS nữa à? P.GD&ĐT tham mưu gì?",
  [("A", "Chủ trì, phối hợp với các phòng, ban, ngành tham mưu Ủy ban nhân dân huyện trình Hội đồng nhân dân huyện điều chỉnh các cơ chế, chính sách thúc đẩy khuyến học, khuyến tài")],
  "Theo mục III.1, Phòng Giáo dục và Đào tạo chủ trì, phối hợp với các phòng, ban, ngành tham mưu UBND huyện trình Hội đồng nhân dân huyện điều chỉnh các cơ chế, chính sách thúc đẩy khuyến học, khuyến tài, xây dựng xã hội học tập, học tập suốt đời trên địa bàn huyện. [004_b1b28019b71edc03.txt]",
  ["Hội đồng nhân dân huyện", "điều chỉnh các cơ chế, chính sách"])

# ---------------------------------------------------------------- paraphrase
Q("paraphrase",
  "Sau khi UBND xã, phường ở Huế chấm xong các mô hình học tập và trung tâm học tập cộng đồng, họ phải gánh trách nhiệm gì với con số đó?",
  [("H", "chịu trách nhiệm về chất lượng, tính thực chất của kết quả đánh giá, công nhận")],
  "Mục V.9: UBND các xã, phường tổ chức đánh giá, đề nghị công nhận các mô hình học tập và trung tâm học tập cộng đồng theo quy định và chịu trách nhiệm về chất lượng, tính thực chất của kết quả đánh giá, công nhận. [000_4550be4bb11189cd.txt]",
  ["tính thực chất"])

Q("paraphrase",
  "Mấy ông giáo về hưu như tụi tôi ở Hà Nội thì kế hoạch có nhớ tới không, giao gì?",
  [("N", "e) Hội Cựu chiến binh, Hội Nông dân, Hội Người cao tuổi, Hội Cựu giáo chức Thành phố"),
   ("N", "huy động hội viên tham gia chuyển giao công nghệ, hỗ trợ hoạt động khởi nghiệp, phổ biến kiến thức cho người dân")],
  "Có: Hội Cựu giáo chức Thành phố được nêu cùng Hội Cựu chiến binh, Hội Nông dân, Hội Người cao tuổi ở điểm V.15.e: hướng dẫn các cấp hội phối hợp tổ chức hoạt động khuyến học, khuyến tài, xây dựng xã hội học tập theo tinh thần xã hội hoá; huy động hội viên tham gia chuyển giao công nghệ, hỗ trợ khởi nghiệp, phổ biến kiến thức cho người dân. [002_797e8de6131c77f9.txt]",
  ["Hội Cựu giáo chức", "phổ biến kiến thức cho người dân"])

Q("paraphrase",
  "Làng gốm Bát Tràng bên Gia Lâm — kế hoạch Hà Nội có chỗ nào nói đào tạo nghề gắn với nghề truyền thống không, ai làm?",
  [("N", "2. Sở Lao động - Thương binh và Xã hội"),
   ("N", "đào tạo nghề gắn với ngành nghề truyền thống, gắn với sản xuất, kinh doanh ở nông thôn")],
  "Kế hoạch không nêu tên làng nghề nào, nhưng Sở Lao động - Thương binh và Xã hội (V.2) được giao nhân rộng mô hình đào tạo, đào tạo lại nghề nghiệp cho người lao động; đào tạo nghề gắn với ngành nghề truyền thống, gắn với sản xuất, kinh doanh ở nông thôn, vùng sâu, vùng xa, vùng đồng bào dân tộc thiểu số và miền núi. [002_797e8de6131c77f9.txt]",
  ["Sở Lao động - Thương binh và Xã hội", "ngành nghề truyền thống"])

Q("paraphrase",
  "Ở Hà Nội, bọn trẻ 4 tuổi là được phổ cập luôn hay mới chỉ 'chuẩn bị'? Tôi nghe hai kiểu.",
  [("N", "chuẩn bị điều kiện phổ cập cho trẻ em 4 tuổi"),
   ("N", "100% quận, huyện, thị xã duy trì, giữ vững kết quả phổ cập giáo dục mầm non cho trẻ mẫu giáo")],
  "Đến năm 2025 mới là chuẩn bị: 100% quận, huyện, thị xã duy trì phổ cập giáo dục mầm non cho trẻ em 5 tuổi, chuẩn bị điều kiện phổ cập cho trẻ em 4 tuổi. Đến năm 2030, mục tiêu ghi 100% quận, huyện, thị xã duy trì, giữ vững kết quả phổ cập giáo dục mầm non cho trẻ mẫu giáo (không nêu riêng trẻ 4 tuổi). [002_797e8de6131c77f9.txt]",
  ["chuẩn bị điều kiện phổ cập cho trẻ em 4 tuổi", "trẻ mẫu giáo"])

Q("paraphrase",
  "Tài liệu học tập mà các ban, ngành ở Mỹ Lộc phải soạn là để cho ai dùng?",
  [("M", "tổ chức biên soạn các tài liệu học tập cho mọi tầng lớp nhân dân về các lĩnh vực theo chức năng và nhiệm vụ của từng ban, ngành")],
  "Mục III.6.b: các ngành tổ chức biên soạn các tài liệu học tập cho mọi tầng lớp nhân dân, về các lĩnh vực theo chức năng và nhiệm vụ của từng ban, ngành. [001_7bafa58816a5de75.txt]",
  ["biên soạn các tài liệu học tập", "mọi tầng lớp nhân dân"])

Q("paraphrase",
  "Huế có Ngày Khuyến học Việt Nam trong các hoạt động hưởng ứng. Cần Thơ năm nào cũng phải tổ chức những dịp gì?",
  [("C", "Hàng năm, tổ chức hiệu quả Tuần lễ hưởng ứng học tập suốt đời, Ngày sách và văn hóa đọc Việt Nam")],
  "Kế hoạch Cần Thơ (III.1.b) ghi: hàng năm, tổ chức hiệu quả Tuần lễ hưởng ứng học tập suốt đời, Ngày sách và văn hóa đọc Việt Nam. Ngày Khuyến học Việt Nam không được nhắc trong kế hoạch Cần Thơ. [003_1a817ee72b993e3e.txt]",
  ["Tuần lễ hưởng ứng học tập suốt đời", "Ngày sách và văn hóa đọc Việt Nam"])

Q("paraphrase",
  "Tôi là chủ một xưởng may ở thị trấn Mỹ Lộc. Kế hoạch huyện muốn doanh nghiệp như tôi làm gì cho công nhân?",
  [("M", "Huy động sự tham gia, phối hợp của các doanh nghiệp để triển khai hiệu quả các phong trào, hoạt động thúc đẩy tự học, học thường xuyên, tham gia học tập trên môi trường công nghệ cho công nhân, người lao động"),
   ("M", "vận động người sử dụng lao động tạo điều kiện về thời gian, vật chất")],
  "Kế hoạch không giao việc trực tiếp cho từng doanh nghiệp, mà huy động doanh nghiệp tham gia, phối hợp triển khai các phong trào thúc đẩy tự học, học thường xuyên, học tập trên môi trường công nghệ cho công nhân, người lao động (III.6.đ); và Liên đoàn Lao động huyện chỉ đạo công đoàn cơ sở vận động người sử dụng lao động tạo điều kiện về thời gian, vật chất, thành lập quỹ khuyến học, khuyến tài cho công nhân (V.9.d). [001_7bafa58816a5de75.txt]",
  ["môi trường công nghệ", "tạo điều kiện về thời gian, vật chất"])

Q("paraphrase",
  "Đọc hết kế hoạch Hà Nội mà chẳng thấy con số tiền nào! Rốt cuộc tiền làm kế hoạch lấy từ đâu?",
  [("N", "Được đảm bảo trong dự toán chi ngân sách nhà nước hàng năm của các đơn vị theo phân cấp ngân sách hiện hành; huy động từ các nguồn tài trợ, đóng góp của doanh nghiệp, tổ chức, cá nhân")],
  "Đúng là kế hoạch không nêu số tiền. Mục IV ghi kinh phí được đảm bảo trong dự toán chi ngân sách nhà nước hàng năm của các đơn vị theo phân cấp ngân sách hiện hành, và huy động từ các nguồn tài trợ, đóng góp của doanh nghiệp, tổ chức, cá nhân và các nguồn hợp pháp khác. [002_797e8de6131c77f9.txt]",
  ["dự toán chi ngân sách nhà nước hàng năm", "nguồn tài trợ"])

# ---------------------------------------------------------------- english
Q("english",
  "Was Can Tho's 2024 plan signed by Nguyễn Thực Hiện as head of the Steering Committee, or by the Chairman of the city People's Committee? I don't remember which.",
  [("C", "TM. BAN CHỈ ĐẠO TRƯỞNG BAN"), ("C", "PHÓ CHỦ TỊCH UBND THÀNH PHỐ Nguyễn Thực Hiện")],
  "It was signed on behalf of the Steering Committee: the signature block reads “TM. BAN CHỈ ĐẠO – TRƯỞNG BAN” (head of the Steering Committee), and the signer, Nguyễn Thực Hiện, is Vice Chairman (Phó Chủ tịch) of the city People's Committee — not the Chairman. [003_1a817ee72b993e3e.txt]",
  ["Nguyễn Thực Hiện", "TRƯỞNG BAN"])

Q("english",
  "In Hue's plan the Department of Home Affairs tracks the target on people's basic capacities. Which body tracks the 'Công dân học tập' (learning citizen) target?",
  [("H", "Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về “Công dân học tập”"), ("H", "7. Hội Khuyến học thành phố")],
  "The city Association for Promoting Education, Hội Khuyến học thành phố (item V.7), monitors, organises and compiles the results of the “Công dân học tập” target. [000_4550be4bb11189cd.txt]",
  ["Hội Khuyến học thành phố", "Công dân học tập"])

Q("english",
  "After the Hanoi Department of Education and Training collects the yearly reports, what is it supposed to do with them?",
  [("N", "Chủ trì tổ chức kiểm tra, giám sát, đánh giá, tổng hợp, báo cáo hằng năm; tổ chức sơ kết, tổng kết; đề xuất Ủy ban nhân dân Thành phố, Bộ Giáo dục và Đào tạo khen thưởng")],
  "Under item V.1 the Department leads yearly inspection, supervision, evaluation, compilation and reporting; organises the interim and final reviews (sơ kết, tổng kết); and proposes to the city People's Committee and the Ministry of Education and Training awards (khen thưởng) for outstanding collectives and individuals. [002_797e8de6131c77f9.txt]",
  ["sơ kết, tổng kết", "khen thưởng"])

Q("english",
  "Our NGO supports Hanoi's public library. Which department leads library-based lifelong-learning models in the Hanoi plan?",
  [("N", "4. Sở Văn hóa và Thể thao"),
   ("N", "nhân rộng các mô hình học tập suốt đời trong các thiết chế văn hóa cơ sở (thư viện, bảo tàng, nhà văn hóa, câu lạc bộ…)")],
  "The plan names no particular library; the Department of Culture and Sports (Sở Văn hóa và Thể thao, item V.4) leads, with other departments and the district People's Committees, the replication of lifelong-learning models in grassroots cultural institutions (thư viện, bảo tàng, nhà văn hóa, câu lạc bộ). [002_797e8de6131c77f9.txt]",
  ["Sở Văn hóa và Thể thao", "thư viện"])

Q("english",
  "Is Hanoi's 2030 target for citizens with digital skills 70% or 80%?",
  [("N", "70% công dân đạt danh hiệu công dân học tập; 70% công dân đạt kỹ năng số")],
  "70%. The 2030 targets read “70% công dân đạt danh hiệu công dân học tập; 70% công dân đạt kỹ năng số” (80% is the 2030 figure for families, clans and communities). [002_797e8de6131c77f9.txt]",
  ["70% công dân đạt kỹ năng số"])

Q("english",
  "I remember Hue's plan being funded from the state budget only — or was sponsorship allowed too?",
  [("H", "Kinh phí thực hiện Kế hoạch được bảo đảm từ nguồn ngân sách nhà nước theo phân cấp ngân sách hiện hành và các nguồn kinh phí hợp pháp khác"),
   ("H", "huy động các nguồn tài trợ, đóng góp hợp pháp của các tổ chức, doanh nghiệp và cá nhân")],
  "Both. Section IV says funding comes from the state budget (nguồn ngân sách nhà nước) under the current budget decentralisation and other lawful sources, and also mobilises lawful sponsorship and contributions (nguồn tài trợ, đóng góp) from organisations, businesses and individuals inside and outside the locality. [000_4550be4bb11189cd.txt]",
  ["nguồn ngân sách nhà nước", "tài trợ"])

Q("english",
  "In Mỹ Lộc the Women's Union promotes the 'Hoàng Ngân' scholarship fund. Which campaign does the Hanoi Women's Union tie its learning work to?",
  [("N", "phong trào “Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc”")],
  "Hanoi's plan names no scholarship fund for the Women's Union; item V.15.d asks it to integrate learning-society communication into the movement “Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc” (women actively learning, working creatively and building happy families), and to get illiterate women and girls in ethnic-minority areas into literacy classes. [002_797e8de6131c77f9.txt]",
  ["Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc"])

Q("english",
  "Once Hue's Department of Education drafts the proposal 'Tạo môi trường học tập suốt đời và xây dựng xã hội học tập', who approves it and what is it for?",
  [("H", "trình Ủy ban nhân dân thành phố xem xét, phê duyệt làm cơ sở tổ chức triển khai thực hiện")],
  "The Department submits it to the city People's Committee for consideration and approval (xem xét, phê duyệt), and the approved proposal then serves as the basis for implementation (làm cơ sở tổ chức triển khai thực hiện) — item III.5. The plan gives no date for it. [000_4550be4bb11189cd.txt]",
  ["xem xét, phê duyệt", "làm cơ sở tổ chức triển khai thực hiện"])

Q("english",
  "We keep being asked for paperwork. Under Hue's plan, what do the city's departments themselves (các sở, ban, ngành) have to do?",
  [("H", "Tạo điều kiện thuận lợi để cán bộ, công chức, viên chức và người lao động thuộc phạm vi quản lý được tham gia học tập suốt đời; tổ chức đánh giá, công nhận “Đơn vị học tập” đúng quy định"),
   ("H", "Phối hợp chặt chẽ với Sở Giáo dục và Đào tạo")],
  "Item V.5 gives them two tasks: make it easy for their staff to take part in lifelong learning and evaluate and recognise “Đơn vị học tập” (learning units) properly; and coordinate closely with the Sở Giáo dục và Đào tạo on the learning-society tasks. [000_4550be4bb11189cd.txt]",
  ["Đơn vị học tập", "Sở Giáo dục và Đào tạo"])

Q("english",
  "I'm with a college that reports to the Hanoi People's Committee. What does the plan ask of colleges like ours?",
  [("N", "13. Trường Đại học Thủ đô Hà Nội, các trường Cao đẳng trực thuộc Ủy ban nhân dân Thành phố"),
   ("N", "Triển khai trường học số, xây dựng học liệu số")],
  "Item V.13 (Trường Đại học Thủ đô Hà Nội and the colleges under the city People's Committee): roll out digital schools (trường học số) and build digital learning materials (học liệu số); work with the Department of Education to compile and digitise materials for the public; and let their own staff learn throughout life. [002_797e8de6131c77f9.txt]",
  ["trường học số", "học liệu số"])

Q("english",
  "Was An Lão's plan issued by the district People's Committee or by the district Party Committee, and who signed it?",
  [("A", "Ủy ban nhân dân huyện An Lão ban hành Kế hoạch"), ("A", "PHÓ CHỦ TỊCH Nguyễn Quốc Thịnh")],
  "By the district People's Committee (Ủy ban nhân dân huyện An Lão ban hành Kế hoạch), signed on its behalf by Vice Chairman Nguyễn Quốc Thịnh (TM. Ủy ban nhân dân, KT. Chủ tịch, Phó Chủ tịch). [004_b1b28019b71edc03.txt]",
  ["Ủy ban nhân dân huyện An Lão", "Nguyễn Quốc Thịnh"])

Q("english",
  "Hanoi's plan has an Ethnic Affairs Committee task. What is the counterpart task for the Ban Dân tộc in Can Tho's 2024 plan?",
  [("C", "9. Ban Dân tộc Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan, Ủy ban nhân dân quận, huyện triển khai các chương trình, dự án hỗ trợ giáo dục, đào tạo cho người dân tộc thiểu số")],
  "Item V.9 of Can Tho's plan: the Ban Dân tộc leads, with the relevant bodies and district People's Committees, programmes and projects supporting education and training for ethnic-minority people (người dân tộc thiểu số), and helps ethnic-minority children and people take part in learning. [003_1a817ee72b993e3e.txt]",
  ["Ban Dân tộc", "người dân tộc thiểu số"])

Q("english",
  "In Mỹ Lộc, does the Education Office propose awards at the end of the year, and for whom?",
  [("M", "Tổ chức xét tặng, ghi nhận những tấm gương tiêu biểu về tự học thành tài"),
   ("M", "đề xuất khen thưởng đối với tập thể, cá nhân tiêu biểu")],
  "Yes. The Phòng Giáo dục và Đào tạo yearly considers and recognises outstanding examples of self-taught success (tự học thành tài) and organisations and individuals who contributed to the learning society (V.1.đ), and, when advising the district on the 2025 interim and 2030 final reviews, proposes awards (đề xuất khen thưởng) for outstanding collectives and individuals (V.1.e). [001_7bafa58816a5de75.txt]",
  ["tự học thành tài", "đề xuất khen thưởng"])

Q("english",
  "Frankly Hue's plan reads like a wish list. Is there at least one hard date in it?",
  [("H", "hoàn thành trong Quý II năm 2026"), ("H", "trước ngày 15/12/2026")],
  "Two: the review of community learning centres (at least one per commune/ward) must be finished within Quý II năm 2026 (Q2 2026), and communes and wards must send their results reports to the Department of Education before 15/12/2026. [000_4550be4bb11189cd.txt]",
  ["Quý II năm 2026", "15/12/2026"])

Q("english",
  "We work with a commune community learning centre in Can Tho. What does the 2024 plan want these centres to do?",
  [("C", "Tăng cường tổ chức các lớp phổ biến kiến thức, kỹ năng, chuyển giao công nghệ và xóa mù chữ gắn với dạy nghề truyền thống, dạy nghề ngắn hạn và phát triển cộng đồng"),
   ("C", "4. Đẩy mạnh hoạt động của trung tâm học tập cộng đồng")],
  "Section III.4 (Đẩy mạnh hoạt động của trung tâm học tập cộng đồng): strengthen links with sectors, schools and cultural bodies for practical training; run more classes on knowledge, skills, technology transfer (chuyển giao công nghệ) and literacy linked to traditional crafts (dạy nghề truyền thống), short vocational courses and community development; mobilise community resources; and pilot renewed centre models to replicate across the city. [003_1a817ee72b993e3e.txt]",
  ["chuyển giao công nghệ", "dạy nghề truyền thống"])

Q("english",
  "Is Hanoi's literacy target for people aged 15-60 in 2030 99.5% or 99.6%?",
  [("N", "99,6% người trong độ tuổi 15-60 biết chữ"), ("N", "Duy trì 99,5% trở lên người trong độ tuổi 15-60 biết chữ")],
  "99.6% (written 99,6%) for 2030; 99,5% or more is the 2025 target. [002_797e8de6131c77f9.txt]",
  ["99,6%", "99,5%"])

Q("english",
  "Hue's plan has every commune and ward reaching 'Cộng đồng học tập' level 1. What is Can Tho's 2024 equivalent figure?",
  [("C", "Phần đầu đạt tỷ lệ 80% đơn vị được đánh giá, công nhận theo mức độ “Cộng đồng học tập” cấp xã, huyện, thành phố")],
  "Can Tho aims (phấn đấu, printed “Phần đầu”) for 80% of units to be assessed and recognised at a “Cộng đồng học tập” level at commune, district and city level in 2024. [003_1a817ee72b993e3e.txt]",
  ["80%", "Cộng đồng học tập"])

Q("english",
  "In An Lão, what is done with the results of the 'Công dân học tập' and 'Đơn vị học tập' models?",
  [("A", "Nghiên cứu tham mưu đưa kết quả triển khai mô hình “Công dân học tập”, “Đơn vị học tập” trong cơ quan, đơn vị"),
   ("A", "vào tiêu chí của Ủy ban nhân dân huyện đánh giá người đứng đầu các phòng, ban, ngành hằng năm")],
  "The Education Office is to study and advise putting those results into the criteria the district People's Committee uses to evaluate the heads (người đứng đầu) of offices and departments every year — hằng năm (item III.1). [004_b1b28019b71edc03.txt]",
  ["người đứng đầu", "hằng năm"])

Q("english",
  "Ugh, acronym soup again. In the Can Tho plan, what exactly is the 'Ban Chỉ đạo thành phố'?",
  [("C", "Ban Chỉ đạo Xây dựng xã hội học tập - Xóa mù chữ - Phổ cập giáo dục thành phố Cần Thơ giai đoạn 2021 - 2030 (Ban Chỉ đạo thành phố)")],
  "It is the short name the plan itself defines for the Ban Chỉ đạo Xây dựng xã hội học tập - Xóa mù chữ - Phổ cập giáo dục thành phố Cần Thơ giai đoạn 2021 - 2030 — the city steering committee for the learning society, literacy and universal education, which issued the plan. [003_1a817ee72b993e3e.txt]",
  ["Xóa mù chữ - Phổ cập giáo dục"])

# ---------------------------------------------------------------- follow_up
Q("follow_up",
  "Ở Hà Nội, cơ quan làm việc tương đương là ai, được giao gì?",
  [("N", "3. Sở Nội vụ Trên cơ sở chức năng, nhiệm vụ được giao, chủ trì, phối hợp với các Sở, ngành, đơn vị có liên quan tổ chức các lớp tập huấn, bồi dưỡng kiến thức, kỹ năng cho đội ngũ cán bộ công chức, viên chức, người lao động")],
  "Ở Hà Nội cũng là Sở Nội vụ (mục V.3): chủ trì, phối hợp với các Sở, ngành, đơn vị tổ chức các lớp tập huấn, bồi dưỡng kiến thức, kỹ năng cho đội ngũ cán bộ công chức, viên chức, người lao động trên địa bàn Thành phố để hoàn thành các mục tiêu của Kế hoạch. Khác Huế, Sở Nội vụ Hà Nội không được giao theo dõi mục tiêu về năng lực của người dân. [002_797e8de6131c77f9.txt]",
  ["Sở Nội vụ", "tập huấn, bồi dưỡng kiến thức, kỹ năng"],
  H("Sở Nội vụ Huế được giao gì trong kế hoạch 2026?",
    "Theo mục V.3, Sở Nội vụ Huế tổ chức thực hiện các nhiệm vụ đào tạo, bồi dưỡng, nâng cao trình độ chuyên môn, nghiệp vụ cho đội ngũ cán bộ, công chức các cấp, và theo dõi, tổ chức triển khai, tổng hợp kết quả thực hiện mục tiêu về năng lực cơ bản và trình độ của người dân. [000_4550be4bb11189cd.txt]"))

Q("follow_up",
  "Khoan, đến 2030 thì kỹ năng sống là 80% hay 70%? Tôi nhớ lẫn.",
  [("M", "80% người trong độ tuổi lao động được trang bị kỹ năng sống"),
   ("M", "70% người trong độ tuổi lao động được trang bị năng lực thông tin")],
  "Đến năm 2030, kỹ năng sống là 80%: “80% người trong độ tuổi lao động được trang bị kỹ năng sống”. Con số 70% năm 2030 là của năng lực thông tin (và của dân số từ 15 tuổi được đào tạo chuyên môn kỹ thuật). [001_7bafa58816a5de75.txt]",
  ["80% người trong độ tuổi lao động được trang bị kỹ năng sống", "70%"],
  H("Mỹ Lộc đặt chỉ tiêu kỹ năng sống năm 2025 là bao nhiêu?",
    "Đến năm 2025: 60% số người trong độ tuổi lao động được trang bị kỹ năng sống (mục II.2.a). [001_7bafa58816a5de75.txt]"))

Q("follow_up",
  "Rồi thành phố có gửi tiếp lên Bộ không?",
  [("H", "Kiểm tra, giám sát và định kỳ báo cáo tình hình, kết quả thực hiện Đề án; dự thảo văn bản của Ủy ban nhân dân thành phố gửi Bộ Giáo dục và Đào tạo")],
  "Có: Sở Giáo dục và Đào tạo (mục V.1) định kỳ báo cáo tình hình, kết quả thực hiện Đề án và dự thảo văn bản của UBND thành phố gửi Bộ Giáo dục và Đào tạo. Kế hoạch không nêu ngày gửi Bộ. [000_4550be4bb11189cd.txt]",
  ["Bộ Giáo dục và Đào tạo"],
  H("Ở Huế, ai phải báo cáo trước ngày 15/12/2026?",
    "UBND các xã, phường (mục V.9) định kỳ tổng hợp, gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026 để tổng hợp, báo cáo UBND thành phố. [000_4550be4bb11189cd.txt]"))

Q("follow_up",
  "Chỉ phần về thư viện thôi. Và ở Mỹ Lộc có phòng nào làm việc tương tự không?",
  [("A", "xây dựng, nhân rộng mô hình “thư viện số”, “thư viện công cộng” nhằm đáp ứng nhu cầu học tập, tìm kiếm, tra cứu thông tin của người dân"),
   ("M", "4. Phòng Văn hóa-Thông tin a) Nhân rộng các mô hình học tập suốt đời trong thư viện, bảo tàng, nhà văn hóa, câu lạc bộ")],
  "Phần thư viện ở An Lão: Phòng Văn hóa Khoa học và Thông tin tham mưu củng cố thiết chế văn hóa, đặc biệt hệ thống thư viện tại địa phương; xây dựng, nhân rộng mô hình “thư viện số”, “thư viện công cộng” để đáp ứng nhu cầu học tập, tra cứu thông tin của người dân [004_b1b28019b71edc03.txt]. Ở Mỹ Lộc, việc tương tự thuộc Phòng Văn hóa-Thông tin (V.4.a): nhân rộng các mô hình học tập suốt đời trong thư viện, bảo tàng, nhà văn hóa, câu lạc bộ [001_7bafa58816a5de75.txt].",
  ["thư viện số", "Phòng Văn hóa-Thông tin"],
  H("Phòng Văn hóa Khoa học và Thông tin huyện An Lão được giao gì?",
    "Mục III.3: chủ trì tham mưu cơ chế, chính sách thúc đẩy khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; chủ trì tham mưu triển khai phong trào “Bình dân học vụ số”; tham mưu củng cố các thiết chế văn hóa, nhất là thư viện; phối hợp tổ chức chuyên đề, hội thảo, cuộc thi về lịch sử, văn hóa. [004_b1b28019b71edc03.txt]"))

Q("follow_up",
  "Hmm, or was 55% the figure for 'Đơn vị học tập'? I'm mixing them up.",
  [("C", "Phần đầu đạt tỷ lệ 55,55% đơn vị được đánh giá, công nhận theo mức độ “Đơn vị học tập” cấp huyện, cấp thành phố")],
  "Yes — the “Đơn vị học tập” (learning unit) target is 55,55% of units assessed and recognised at district or city level in 2024; the 80% figure is for “Cộng đồng học tập”. [003_1a817ee72b993e3e.txt]",
  ["55,55%", "Đơn vị học tập"],
  H("What is Can Tho's 2024 target for 'Cộng đồng học tập'?",
    "The plan aims for 80% of units to be assessed and recognised at a “Cộng đồng học tập” level (commune, district, city) in 2024. [003_1a817ee72b993e3e.txt]"))

Q("follow_up",
  "Ở Cần Thơ thì chỉ tiêu tương đương là mấy?",
  [("C", "Phần đầu đạt tỷ lệ 30% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật; trong đó, 15% dân số có trình độ đại học trở lên")],
  "Cần Thơ năm 2024 phấn đấu 30% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật; trong đó 15% dân số có trình độ đại học trở lên. [003_1a817ee72b993e3e.txt]",
  ["30%", "15%"],
  H("Huế có đặt chỉ tiêu về trình độ đại học không?",
    "Có: 40% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó 15% dân số có trình độ đại học trở lên (mục II.2). [000_4550be4bb11189cd.txt]"))

Q("follow_up",
  "Vậy trong huyện ai lo bố trí tiền, kể cả ở cấp xã?",
  [("M", "5. Phòng Tài chính - Kế hoạch Căn cứ tình hình thực tế của địa phương, tham mưu UBND huyện bố trí kinh phí"),
   ("M", "b) Cân đối, bố trí ngân sách địa phương và huy động các nguồn kinh phí hợp pháp khác")],
  "Ở cấp huyện, Phòng Tài chính - Kế hoạch (V.5) căn cứ tình hình thực tế tham mưu UBND huyện bố trí kinh phí theo phân cấp ngân sách; ở cấp xã, UBND các xã, thị trấn (V.11.b) cân đối, bố trí ngân sách địa phương và huy động các nguồn kinh phí hợp pháp khác. [001_7bafa58816a5de75.txt]",
  ["Phòng Tài chính - Kế hoạch", "Cân đối, bố trí ngân sách địa phương"],
  H("Kinh phí kế hoạch Mỹ Lộc lấy từ đâu?",
    "Mục IV: từ ngân sách nhà nước theo phân cấp hiện hành (các ngành, địa phương lập dự toán hằng năm) và huy động từ nguồn tài trợ, đóng góp của tổ chức, doanh nghiệp và nguồn hợp pháp khác. [001_7bafa58816a5de75.txt]"))

Q("follow_up",
  "Trong mấy việc đó, việc nào Sở là chủ trì?",
  [("N", "Chủ trì, phối hợp với các Sở, ngành, đơn vị có liên quan tổ chức các lớp tập huấn, bồi dưỡng kiến thức, kỹ năng, trang bị năng lực thông tin")],
  "Chỉ có việc cuối: Sở Thông tin và Truyền thông chủ trì, phối hợp tổ chức các lớp tập huấn, bồi dưỡng kiến thức, kỹ năng, trang bị năng lực thông tin cho cán bộ công chức, viên chức, người lao động. Các việc kia Sở phối hợp (với Sở GD&ĐT, Sở VH&TT) hoặc hướng dẫn báo chí. [002_797e8de6131c77f9.txt]",
  ["trang bị năng lực thông tin"],
  H("Sở Thông tin và Truyền thông Hà Nội được giao gì?",
    "Mục V.5: phối hợp với Sở GD&ĐT cung cấp thông tin, hướng dẫn báo chí và hệ thống thông tin cơ sở tuyên truyền về Kế hoạch; hướng dẫn báo chí Thành phố, Đài PT-TH Hà Nội làm chuyên mục; phối hợp với Sở VH&TT, Sở GD&ĐT triển khai văn hóa đọc; tổ chức lớp tập huấn trang bị năng lực thông tin cho cán bộ. [002_797e8de6131c77f9.txt]"))

Q("follow_up",
  "Cái Nghị quyết 57 đó được dùng vào việc gì trong kế hoạch?",
  [("A", "Triển khai quyết liệt, hiệu quả Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia"),
   ("A", "Phát động và thực hiện phong trào “Bình dân học vụ số” trong toàn dân")],
  "Ở mục II.3: triển khai quyết liệt Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia, gắn với Quyết định 06/QĐ-TTg; cùng mục đó phát động phong trào “Bình dân học vụ số” trong toàn dân, phổ cập kiến thức số, kỹ năng số. [004_b1b28019b71edc03.txt]",
  ["57-NQ/TW", "Bình dân học vụ số"],
  H("Kế hoạch An Lão nhắc đến những văn bản của Trung ương nào?",
    "Kết luận 49-KL/TW, Chỉ thị 11-CT/TW, Chỉ thị 14/CT-TTg, các Quyết định 1373, 1315, 387, 677 của Thủ tướng (mục I.2), Nghị quyết 57-NQ/TW và Quyết định 06/QĐ-TTg (II.3), Thông tư 25/2023/TT-BGDĐT (III.8), Quy định 144-QĐ/TW (III.7). [004_b1b28019b71edc03.txt]"))

Q("follow_up",
  "And does the plan text carry its own number and date?",
  [("M", "Số: /KH-UBND"), ("M", "Mỹ Lộc, ngày tháng năm 2022")],
  "Only blanks: the header reads “Số: /KH-UBND” with the number left empty, and “Mỹ Lộc, ngày … tháng … năm 2022” with day and month empty — so only the year 2022 is given. [001_7bafa58816a5de75.txt]",
  ["/KH-UBND", "2022"],
  H("Who signed Mỹ Lộc's plan?",
    "Lê Quang Huy, Vice Chairman of the district People's Committee, signing on its behalf (TM. Ủy ban nhân dân, KT. Chủ tịch, Phó Chủ tịch). [001_7bafa58816a5de75.txt]"))

Q("follow_up",
  "Vậy nếu vướng mắc thì phải phản ánh về đâu?",
  [("C", "phản ánh về Sở Giáo dục và Đào tạo (Thường trực Ban Chỉ đạo thành phố) để tổng hợp, báo cáo, tham mưu trình Ban Chỉ đạo thành phố xem xét, quyết định")],
  "Về Sở Giáo dục và Đào tạo (Thường trực Ban Chỉ đạo thành phố), để Sở tổng hợp, báo cáo, tham mưu trình Ban Chỉ đạo thành phố xem xét, quyết định. [003_1a817ee72b993e3e.txt]",
  ["Sở Giáo dục và Đào tạo", "Thường trực Ban Chỉ đạo thành phố"],
  H("Cần Thơ có hạn báo cáo hằng năm không?",
    "Kế hoạch 74/KH-BCĐ không nêu ngày hạn báo cáo nào; Sở GD&ĐT chỉ được giao tham mưu UBND thành phố về kiểm tra, đánh giá, tổng hợp, báo cáo. [003_1a817ee72b993e3e.txt]"))

Q("follow_up",
  "Còn phần phụ nữ dân tộc thiểu số chưa biết chữ thì ai lo?",
  [("N", "d) Hội Liên hiệp phụ nữ Thành phố"),
   ("N", "vận động, tuyên truyền phụ nữ và trẻ em gái ở vùng đồng bào dân tộc thiểu số chưa biết chữ ra học các lớp xóa mù chữ"),
   ("N", "nhất là đối với người dân tộc thiểu số và phụ nữ")],
  "Hội Liên hiệp phụ nữ Thành phố (V.15.d) vận động, tuyên truyền phụ nữ và trẻ em gái ở vùng đồng bào dân tộc thiểu số chưa biết chữ ra học các lớp xóa mù chữ; mục III.8 cũng đặt trọng tâm xóa mù chữ cho người lớn, nhất là đối với người dân tộc thiểu số và phụ nữ. [002_797e8de6131c77f9.txt]",
  ["Hội Liên hiệp phụ nữ Thành phố", "trẻ em gái ở vùng đồng bào dân tộc thiểu số"],
  H("Hà Nội đặt mục tiêu gì cho người mới biết chữ?",
    "95% số người mới biết chữ tiếp tục học tập và không tái mù chữ đến năm 2025, 96% đến năm 2030 (mục II.2). [002_797e8de6131c77f9.txt]"))

Q("follow_up",
  "Thế còn Mỹ Lộc năm 2025, chỉ tính năng lực thông tin thôi?",
  [("M", "60% số người trong độ tuổi lao động được trang bị năng lực thông tin")],
  "Mỹ Lộc đến năm 2025: 60% số người trong độ tuổi lao động được trang bị năng lực thông tin (đến 2030 là 70%). [001_7bafa58816a5de75.txt]",
  ["60% số người trong độ tuổi lao động được trang bị năng lực thông tin"],
  H("Huế đặt chỉ tiêu năng lực công nghệ thông tin cho người lao động là bao nhiêu?",
    "87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin (năm 2026, mục II.2). [000_4550be4bb11189cd.txt]",
    "Còn Cần Thơ?",
    "Cần Thơ năm 2024 phấn đấu 90% số người trong độ tuổi lao động được trang bị năng lực sử dụng công nghệ thông tin để tra cứu thông tin, học tập trên môi trường mạng. [003_1a817ee72b993e3e.txt]"))

Q("follow_up",
  "Cái ý có ghi 'theo Kết luận 49' là về việc gì vậy?",
  [("N", "Củng cố, phát triển tổ chức Hội Khuyến học ở các cơ quan, doanh nghiệp, trường học, lực lượng vũ trang (theo Kết luận 49/KL-TW ngày 10/5/2019 của Ban Bí thư Trung ương Đảng)")],
  "Đó là ý thứ ba của Hội Khuyến học Thành phố (V.15.b): củng cố, phát triển tổ chức Hội Khuyến học ở các cơ quan, doanh nghiệp, trường học, lực lượng vũ trang, theo Kết luận 49/KL-TW ngày 10/5/2019 của Ban Bí thư Trung ương Đảng. [002_797e8de6131c77f9.txt]",
  ["lực lượng vũ trang", "49/KL-TW"],
  H("Hội Khuyến học Thành phố Hà Nội được đề nghị làm gì?",
    "Mục V.15.b: chỉ đạo lồng ghép tuyên truyền Nghị quyết 23-NQ/TU; nhân rộng các mô hình Công dân học tập, Gia đình học tập, Dòng họ học tập, Cộng đồng học tập, Đơn vị học tập; củng cố, phát triển tổ chức Hội ở các cơ quan, doanh nghiệp, trường học, lực lượng vũ trang (theo Kết luận 49); tăng cường xã hội hóa nguồn lực; phối hợp với Sở GD&ĐT đẩy mạnh hoạt động của trung tâm học tập cộng đồng. [002_797e8de6131c77f9.txt]"))

Q("follow_up",
  "And after that, how are the centres evaluated?",
  [("H", "Công văn số 2553/BGDĐT-GDTX ngày 18 tháng 4 năm 2013 của Bộ Giáo dục và Đào tạo về đánh giá trung tâm học tập cộng đồng"),
   ("H", "Công văn số 59/SGDĐT-GDCN-GDTX ngày 12 tháng 01 năm 2017")],
  "Item III.5 says the evaluation of community learning centres continues under Công văn số 2553/BGDĐT-GDTX of 18 April 2013 of the Ministry of Education and Training and Công văn số 59/SGDĐT-GDCN-GDTX of 12 January 2017 of the provincial Department of Education, which gives the guidance. [000_4550be4bb11189cd.txt]",
  ["2553/BGDĐT-GDTX", "59/SGDĐT-GDCN-GDTX"],
  H("What does Hue's plan say about community learning centres by mid-2026?",
    "Item III.5: review and consolidate the network so that every commune and ward has at least one community learning centre, to be completed within Quý II năm 2026 (Q2 2026). [000_4550be4bb11189cd.txt]"))

Q("follow_up",
  "Chỉ cái về trình độ đại học thôi, và so với 2025 thì thế nào?",
  [("N", "Trong đó, 15% dân số có trình độ đại học trở lên"), ("N", "Trong đó, 12% dân số có trình độ đại học trở lên")],
  "Về trình độ đại học: đến năm 2030 là 15% dân số có trình độ đại học trở lên (trong 60% được đào tạo chuyên môn kỹ thuật); đến năm 2025 là 12% (trong 50%). [002_797e8de6131c77f9.txt]",
  ["15% dân số có trình độ đại học trở lên", "12%"],
  H("Hà Nội đặt những chỉ tiêu gì về năng lực cơ bản và trình độ của người dân đến năm 2030?",
    "Mục II.2.2.b: 80-85% lao động qua đào tạo (có bằng cấp, chứng chỉ trên 60%); 70% người trong độ tuổi lao động có năng lực thông tin; 70% có kỹ năng sống; 60% dân số từ 15 tuổi trở lên được đào tạo chuyên môn kỹ thuật, trong đó 15% có trình độ đại học trở lên; 85-90% trường công lập đạt chuẩn quốc gia. [002_797e8de6131c77f9.txt]"))

# ---------------------------------------------------------------- unanswerable
ALL = ["H", "M", "N", "C", "A"]
U("Kế hoạch của huyện Mỹ Lộc do ông Lê Quang Huy ký là số 145 hay 154/KH-UBND? Tôi cần ghi số hiệu vào công văn.",
  ["M"], r"so: ?\d+ ?/kh",
  "Cả hai đều không phải số của kế hoạch Mỹ Lộc: 145/KH-UBND là kế hoạch của UBND tỉnh Nam Định mà huyện thực hiện. Bản kế hoạch của huyện để trống số hiệu (“Số: /KH-UBND”) và ngày, tháng, nên các kế hoạch đã nạp không cho biết số hiệu của nó.")
U("Tôi nhớ mang máng có kế hoạch xây dựng xã hội học tập của huyện Ý Yên cũng do ông Lê Quang Huy ký. Hạn báo cáo trong đó là ngày nào?",
  ALL, r"y yen",
  "Không có kế hoạch nào của huyện Ý Yên trong các kế hoạch đã nạp, nên tôi không trả lời được. Ông Lê Quang Huy là người ký kế hoạch của huyện Mỹ Lộc; nếu anh/chị hỏi về Mỹ Lộc, tôi có thể tra giúp.")
U("Kế hoạch năm 2025 của thành phố Huế (không phải bản 2026) đặt chỉ tiêu công dân học tập là bao nhiêu?",
  ["H"], r"xa hoi hoc tap.? nam 2025|nam 2025 tren dia ban thanh pho hue",
  "Chỉ có kế hoạch năm 2026 của Huế được nạp (đặt 40% công dân đạt danh hiệu công dân học tập); kế hoạch năm 2025 của Huế không có trong các kế hoạch đã nạp, nên tôi không biết chỉ tiêu của nó.")
U("Mỹ Lộc đặt bao nhiêu phần trăm gia đình đạt 'Gia đình học tập' — 50% hay 60%?",
  ["M"], r"\d+ ?% [^.;]{0,60}gia dinh",
  "Kế hoạch Mỹ Lộc không đặt tỷ lệ phần trăm nào cho “Gia đình học tập”; nó chỉ yêu cầu nâng cao chất lượng đánh giá, xếp loại “Gia đình học tập”, “Dòng họ học tập”… (mục III.6.g). Cả 50% lẫn 60% đều không có trong kế hoạch cho chỉ tiêu này.")
U("Hạn báo cáo của Sở Nội vụ Huế là 30/11 hay 10/12?",
  ["H"], r"30/11|30 thang 11|10/12|10 thang 12",
  "Kế hoạch Huế không đặt hạn báo cáo nào cho Sở Nội vụ, và không có mốc 30/11 hay 10/12. Mốc ngày duy nhất về báo cáo là UBND xã, phường gửi Sở GD&ĐT trước 15/12/2026.")
U("An Lão đặt mục tiêu 70% hay 80% người dân có kỹ năng số?",
  ["A"], r"%|phan tram",
  "Kế hoạch An Lão không đặt chỉ tiêu phần trăm nào, kể cả về kỹ năng số; nó chỉ yêu cầu phát động phong trào “Bình dân học vụ số”, phổ cập kiến thức số, kỹ năng số.")
U("Hà Nội có Ban Dân tộc Thành phố. Ở huyện Mỹ Lộc, Phòng Dân tộc được giao việc gì?",
  ["M"], r"phong dan toc|ban dan toc|cong tac dan toc",
  "Kế hoạch Mỹ Lộc không nhắc đến Phòng Dân tộc hay cơ quan công tác dân tộc nào, nên không có nhiệm vụ để trả lời. Người dân tộc thiểu số chỉ được nêu là đối tượng hỗ trợ đào tạo của Phòng Lao động - Thương binh và Xã hội.")
U("Cần Thơ giao Bộ Chỉ huy Quân sự thành phố hai việc. Còn Huế giao Bộ Chỉ huy Quân sự thành phố việc gì?",
  ["H"], r"chi huy quan su|luc luong vu trang|quan doi",
  "Kế hoạch Huế không giao việc gì cho Bộ Chỉ huy Quân sự hay lực lượng vũ trang; trong kế hoạch chỉ có “thanh niên hoàn thành nghĩa vụ quân sự” như một nhóm được ưu tiên đào tạo nghề.")
U("Huế có Liên đoàn Lao động chủ trì Kế hoạch 147. Ở An Lão, Liên đoàn Lao động huyện được giao gì?",
  ["A"], r"lien doan lao dong|cong doan",
  "Kế hoạch An Lão không nêu tên Liên đoàn Lao động huyện; các tổ chức chính trị - xã hội chỉ được đề nghị chung (mục III.6) vận động hội viên tham gia các phong trào học tập. Không có nhiệm vụ riêng cho Liên đoàn để trả lời.")
U("Báo cáo của quận, huyện ở Cần Thơ phải nộp trước ngày nào?",
  ["C"], r"truoc ngay|han chot|thoi han|\d{1,2}/\d{1,2}/2024",
  "Kế hoạch 74/KH-BCĐ không đặt ngày hạn báo cáo nào cho quận, huyện (hay cho đơn vị nào khác).")
U("Khi Hà Nội được công nhận 'Thành phố học tập', kế hoạch thưởng cho mỗi quận đạt chuẩn bao nhiêu tiền?",
  ["N"], r"trieu dong|ty dong|\bvnd\b|muc thuong|tien thuong",
  "Kế hoạch Hà Nội không nêu mức thưởng hay số tiền nào; nó chỉ giao Sở GD&ĐT và Ban Thi đua - Khen thưởng đề xuất, tham mưu khen thưởng tập thể, cá nhân tiêu biểu.")
U("Xã nào ở Mỹ Lộc nộp báo cáo trễ hạn 10/12 thì bị xử lý thế nào, nói thẳng đi!",
  ["M"], r"xu ly|xu phat|ky luat|phe binh|khien trach",
  "Kế hoạch Mỹ Lộc đặt hạn 10/12 hằng năm cho UBND xã, thị trấn nhưng không nêu hình thức xử lý, kỷ luật nào khi trễ hạn.")
U("Năm nào cũng chỉ tiêu! Hiện giờ Huế đã có bao nhiêu xã, phường đạt 'Cộng đồng học tập' rồi?",
  ["H"], r"\bda co \d+|hien co \d+|den nay (da )?co|\d+/\d+ xa",
  "Kế hoạch chỉ đặt mục tiêu năm 2026 (100% xã, phường đạt “Cộng đồng học tập” cấp xã mức độ 1), không cho biết hiện đã có bao nhiêu xã, phường đạt.")
U("Bệnh viện Trung ương Huế có được giao việc gì trong kế hoạch xã hội học tập 2026 không?",
  ["H"], r"benh vien|y te",
  "Kế hoạch Huế không nhắc đến bệnh viện hay ngành y tế; không có nhiệm vụ nào cho Bệnh viện Trung ương Huế. Các đơn vị chỉ được nêu chung trong “các sở, ban, ngành”.")
U("Trường Đại học Cần Thơ được phân bổ bao nhiêu kinh phí trong Kế hoạch 74?",
  ["C"], r"dai hoc can tho|trieu dong|ty dong",
  "Kế hoạch 74/KH-BCĐ không nêu tên Trường Đại học Cần Thơ và không có số tiền nào; kinh phí chỉ được nói chung là từ ngân sách, tài trợ và nguồn hợp pháp khác.")
U("Công ty may nơi tôi làm ở thị trấn An Lão có phải lập quỹ khuyến học cho công nhân theo kế hoạch huyện không?",
  ["A"], r"quy khuyen hoc|quy hoc bong|cong ty may",
  "Kế hoạch An Lão không nêu tên doanh nghiệp nào và không có quy định lập quỹ khuyến học cho công nhân; doanh nghiệp chỉ được đề nghị chung tích cực vận động người lao động tham gia học tập.")
U("Kế hoạch xây dựng xã hội học tập của huyện Cần Giờ đặt chỉ tiêu kỹ năng sống bao nhiêu?",
  ALL, r"can gio",
  "Không có kế hoạch nào của huyện Cần Giờ trong các kế hoạch đã nạp (có thể anh/chị muốn hỏi thành phố Cần Thơ?).")
U("Phòng GD&ĐT huyện An Dương được giao gì trong phong trào 'Học tập suốt đời'?",
  ALL, r"an duong",
  "Không có kế hoạch của huyện An Dương trong các kế hoạch đã nạp; kế hoạch gần nhất là của huyện An Lão (cũng thuộc Hải Phòng).")
U("Thị xã Hương Thủy có kế hoạch xã hội học tập riêng không, chỉ tiêu công dân học tập bao nhiêu?",
  ALL, r"huong thuy",
  "Các kế hoạch đã nạp không có kế hoạch nào của Hương Thủy; chỉ có kế hoạch năm 2026 của thành phố Huế.")
U("ke hoach xa hoi hoc tap cua ha tinh giao so noi vu viec gi",
  ALL, r"ha tinh",
  "Không có kế hoạch nào của Hà Tĩnh trong các kế hoạch đã nạp, nên tôi không trả lời được.")
U("Kế hoạch xã hội học tập của huyện Mỹ Đức (Hà Nội) đặt bao nhiêu phần trăm công dân học tập?",
  ALL, r"my duc",
  "Không có kế hoạch của huyện Mỹ Đức trong các kế hoạch đã nạp; kế hoạch của thành phố Hà Nội không đặt chỉ tiêu riêng cho từng huyện.")
U("Hà Nội đặt chỉ tiêu năm 2027 là 60% hay 65% công dân học tập?",
  ["N"], r"2027",
  "Kế hoạch Hà Nội chỉ đặt mốc 2025 (50%) và 2030 (70%) cho công dân học tập; không có mốc năm 2027, nên cả 60% lẫn 65% đều không có căn cứ.")
U("Chỉ tiêu kỹ năng sống năm 2025 của Cần Thơ là bao nhiêu?",
  ["C"], r"2025",
  "Kế hoạch 74/KH-BCĐ của Cần Thơ chỉ đặt mục tiêu cho năm 2024 (phấn đấu 90% kỹ năng sống); không có mục tiêu năm 2025.")
U("Huế phải mở bao nhiêu lớp bồi dưỡng ngoại ngữ, tin học trong năm 2026?",
  ["H"], r"\d+ lop",
  "Kế hoạch Huế yêu cầu tổ chức các lớp bồi dưỡng ngoại ngữ, tin học nhưng không nêu số lớp.")
U("Sở Khoa học và Công nghệ Hà Nội được giao nhiệm vụ gì trong kế hoạch?",
  ["N"], r"so khoa hoc|khoa hoc va cong nghe",
  "Kế hoạch Hà Nội không nhắc đến Sở Khoa học và Công nghệ; sở này chỉ có thể thuộc nhóm chung “Các Sở, ngành khác” (mục V.11), không có nhiệm vụ riêng.")
U("Hội Chữ thập đỏ huyện Mỹ Lộc có nhiệm vụ gì trong kế hoạch?",
  ["M"], r"chu thap do",
  "Kế hoạch Mỹ Lộc không nhắc đến Hội Chữ thập đỏ; các hội được nêu tên là Hội Khuyến học, Hội LHPN, Hội Cựu chiến binh, Hội Nông dân, Hội Người cao tuổi, Hội Cựu giáo chức.")
U("Đề án đó phải trình trước ngày nào, và cần bao nhiêu vị trí việc làm?",
  ["C"], r"truoc ngay|han chot|\d+ vi tri",
  "Kế hoạch 74/KH-BCĐ không nêu thời hạn trình Đề án vị trí việc làm, cũng không nêu số vị trí.",
  H("Sở Nội vụ Cần Thơ được giao gì?",
    "Mục V.2: Sở Nội vụ chủ trì, phối hợp xây dựng Đề án vị trí việc làm, điều chỉnh vị trí việc làm và cơ cấu viên chức theo chức danh nghề nghiệp trong các đơn vị sự nghiệp công lập. [003_1a817ee72b993e3e.txt]"))
U("Chỉ phần của thị trấn Mỹ Lộc thôi, bao nhiêu phần trăm?",
  ["M"], r"thi tran my loc|xa my \w+",
  "Kế hoạch chỉ đặt chỉ tiêu chung cho toàn huyện (40% năm 2025, 60% năm 2030); không có chỉ tiêu riêng cho thị trấn Mỹ Lộc hay xã nào.",
  H("Mỹ Lộc đặt chỉ tiêu gì về công dân học tập?",
    "40% công dân đạt danh hiệu công dân học tập đến năm 2025, 60% đến năm 2030 (mục II.2). [001_7bafa58816a5de75.txt]"))
U("And how many workers is that in absolute numbers?",
  ["N"], r"\d[\d.]* (nguoi|lao dong)\b|trieu nguoi|nghin nguoi",
  "The plan gives only percentages; it states no absolute number of workers, so I can't say how many people that is.",
  H("What's Hanoi's 2025 target for trained workers?",
    "75-80% of workers trained, of whom those with degrees or certificates reach 55-60% (item II.2.1.b). [002_797e8de6131c77f9.txt]"))
U("Sau khi trung tâm học tập cộng đồng ở An Lão được kiện toàn sau sáp nhập, mỗi trung tâm được bao nhiêu biên chế?",
  ["A"], r"bien che|\d+ nguoi|so luong nguoi lam viec",
  "Kế hoạch An Lão chỉ giao Phòng GD&ĐT hướng dẫn, đôn đốc thành lập, kiện toàn trung tâm học tập cộng đồng cấp xã sau sáp nhập; không nêu biên chế hay số người.")
U("Năm 2024 Cần Thơ đã đạt được 80% 'Cộng đồng học tập' chưa?",
  ["C"], r"\bda dat\b|ket qua nam 2024|dat duoc \d+",
  "Kế hoạch chỉ đặt mục tiêu phấn đấu 80% cho năm 2024; nó không báo cáo kết quả đạt được.")
U("Kế hoạch 290/KH-UBND năm 2021 của Hà Nội đặt chỉ tiêu công dân học tập bao nhiêu?",
  ["N"], r"290/kh-ubnd[^.]{0,200}\d+ ?%",
  "Kế hoạch 290/KH-UBND không có trong các kế hoạch đã nạp; kế hoạch Hà Nội đã nạp chỉ nói nó được thay thế, không nêu chỉ tiêu của nó.")
U("How many community learning centres does Mỹ Lộc currently have?",
  ["M"], r"\d+ (trung tam|ttht)",
  "The plan does not say how many community learning centres Mỹ Lộc has; it only sets percentage targets for them.")
U("Honestly, what penalty does Can Tho's plan set for districts that miss the 2024 targets?",
  ["C"], r"xu phat|ky luat|che tai|xu ly|khien trach",
  "Can Tho's plan 74/KH-BCĐ sets no penalty or sanction for missing its targets.")
U("Does Hai Phong city's plan No. 108 set a percentage target for lifelong learning?",
  ["A"], r"%",
  "Plan 108/KH-UBND of Hai Phong is only cited in An Lão's plan; it is not among the loaded plans, and An Lão's plan quotes no figure from it.")
