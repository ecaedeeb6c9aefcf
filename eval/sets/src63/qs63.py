"""Set 63 questions on the five bundled plans (see README "Set 63"). Written blind: only the plans were read.

H = Huế 2026, M = Mỹ Lộc 2021-2030, N = Hà Nội (NQ 23-NQ/TU), C = Cần Thơ 74/KH-BCĐ 2024, A = An Lão 2025.
Each entry: type, question, ev [(plan, span)], answer, kf; follow-ups carry hist [(role, text)]; unanswerables carry
about (plans the probe is checked against) and probe (accent-free regex that must NOT match those plans).
"""
DOC = {"H": "000_4550be4bb11189cd.txt", "M": "001_7bafa58816a5de75.txt", "N": "002_797e8de6131c77f9.txt",
       "C": "003_1a817ee72b993e3e.txt", "A": "004_b1b28019b71edc03.txt"}
ALL = list(DOC)
QUESTIONS = []


def Q(type_, question, ev, answer, kf, hist=()):
    QUESTIONS.append({"type": type_, "question": question, "ev": list(ev), "answer": answer, "kf": list(kf),
                      "hist": list(hist)})


def U(question, about, probe, answer, hist=()):
    QUESTIONS.append({"type": "unanswerable", "question": question, "about": list(about), "probe": probe,
                      "answer": answer, "hist": list(hist)})


def u(x):
    return ("user", x)


def a(x):
    return ("assistant", x)


# ---------------------------------------------------------------- follow_up: item path from the previous answer
Q("follow_up", "Mục V.7 vừa nêu có câu theo dõi “mục tiêu về Công dân học tập” — chỉ tiêu đó trong kế hoạch Huế là bao nhiêu?",
  [("H", "40% công dân đạt danh hiệu công dân học tập."),
   ("H", "Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về “Công dân học tập”.")],
  "Chỉ tiêu mà Hội Khuyến học thành phố theo dõi (mục V.7) là chỉ tiêu ở mục II.4 “Xây dựng các mô hình học tập trong "
  "xã hội”: năm 2026, 40% công dân đạt danh hiệu công dân học tập [000_4550be4bb11189cd.txt].",
  ["40%"],
  [u("Kế hoạch của Huế giao cho Hội Khuyến học thành phố những việc gì?"),
   a("Theo mục V.7 kế hoạch năm 2026 của Huế [000_4550be4bb11189cd.txt], Hội Khuyến học thành phố: chủ trì triển khai "
     "Kế hoạch số 471/KH-UBND (Chương trình học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị và Chương trình "
     "Công dân học tập); phối hợp với Sở Giáo dục và Đào tạo kiểm tra, giám sát việc thực hiện Kế hoạch; củng cố, phát "
     "triển tổ chức Hội các cấp; theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về “Công dân học tập”.")])

Q("follow_up", "Điểm d khoản 11 đó: báo cáo gửi về Phòng GD&ĐT rồi thì Phòng phải báo cáo UBND huyện trước ngày nào?",
  [("M", "Kiểm tra, giám sát và định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo"),
   ("M", "Tổ chức kiểm tra, giám sát và đánh giá, tổng hợp, báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm")],
  "Theo mục V.1.e kế hoạch Mỹ Lộc, Phòng Giáo dục và Đào tạo tổ chức kiểm tra, giám sát, đánh giá, tổng hợp và báo cáo "
  "UBND huyện trước ngày 15 tháng 12 hằng năm — tức là sau hạn 10 tháng 12 của các xã, thị trấn (V.11.d) "
  "[001_7bafa58816a5de75.txt].",
  ["15 tháng 12", "UBND huyện"],
  [u("Ở Mỹ Lộc, UBND các xã, thị trấn phải làm gì?"),
   a("Mục V.11 kế hoạch huyện Mỹ Lộc [001_7bafa58816a5de75.txt] giao UBND các xã, thị trấn: a) xây dựng kế hoạch hằng "
     "năm và từng giai đoạn, kiện toàn bộ phận chỉ đạo; b) cân đối, bố trí ngân sách địa phương, huy động nguồn hợp pháp "
     "khác; c) phát triển các mô hình học tập, ngành nghề đào tạo; d) kiểm tra, giám sát và định kỳ trước ngày 10 tháng "
     "12 hằng năm gửi báo cáo về Phòng Giáo dục và Đào tạo.")])

Q("follow_up", "Trong gạch đầu dòng thứ nhất của mục 8 đó, Công an phối hợp với những sở nào?",
  [("N", "Công an Thành phố: chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Sở Lao động - Thương binh và Xã hội tiếp tục tổ chức các lớp học xóa mù chữ")],
  "Gạch đầu dòng thứ nhất của mục V.8: Công an Thành phố chủ trì, phối hợp với Sở Giáo dục và Đào tạo và Sở Lao động - "
  "Thương binh và Xã hội tổ chức các lớp xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân, học viên "
  "[002_797e8de6131c77f9.txt].",
  ["Sở Giáo dục và Đào tạo", "Sở Lao động - Thương binh và Xã hội"],
  [u("Lực lượng vũ trang Hà Nội được giao gì trong kế hoạch?"),
   a("Mục V.8 “Lực lượng vũ trang Thành phố” [002_797e8de6131c77f9.txt] có hai gạch đầu dòng: Công an Thành phố (tổ "
     "chức lớp xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân, học viên trong trại giam, trại tạm "
     "giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng) và Bộ Tư lệnh Thủ đô (tuyên truyền, bồi dưỡng kiến thức quốc "
     "phòng, an ninh cho mọi tầng lớp nhân dân).")])

Q("follow_up", "In point c of that item, what exactly is the Youth Union asked to do?",
  [("C", "thường xuyên vận động số đoàn viên, đội viên bỏ học giữa chừng đến trường, ra lớp"),
   ("C", "Chỉ đạo các tổ chức Đoàn cơ sở phối hợp tốt với các trường trung học cơ sở, trường trung học phổ thông, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên")],
  "Point V.11.c of Can Tho's plan asks the city Youth Union to direct district youth unions to keep track of members "
  "and young people of school age, win over members who are not keen on studying and regularly bring members who "
  "dropped out (“bỏ học giữa chừng”) back to school; and to have grassroots Youth Union branches work with lower and "
  "upper secondary schools and the “trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên” [003_1a817ee72b993e3e.txt].",
  ["bỏ học giữa chừng", "trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên"],
  [u("What does the Can Tho plan ask of the Fatherland Front and the socio-political organisations?"),
   a("Item V.11 of Can Tho's 2024 plan [003_1a817ee72b993e3e.txt] has five points: a) the Fatherland Front committee "
     "takes part in supervision and social critique; b) the city Labour Federation promotes vocational development; "
     "c) the Ho Chi Minh Communist Youth Union; d) the Women's Union; đ) the Veterans' and Farmers' Associations.")])

Q("follow_up", "Cái phong trào ở gạch thứ hai của mục III.3 ấy — trong phần Nội dung, giải pháp nó nằm ở điểm mấy, nói gì?",
  [("A", "Phát động và thực hiện phong trào “Bình dân học vụ số” trong toàn dân; phổ cập, nâng cao tri thức khoa học công nghệ; kiến thức số, chuyển đổi số, kỹ năng số.")],
  "Phong trào “Bình dân học vụ số” nằm ở điểm 3 phần II (Nội dung, giải pháp) kế hoạch An Lão: phát động và thực hiện "
  "phong trào trong toàn dân; phổ cập, nâng cao tri thức khoa học công nghệ, kiến thức số, chuyển đổi số, kỹ năng số; "
  "hướng dẫn người dân khai thác, sử dụng công nghệ số và tự bảo vệ mình trên môi trường số [004_b1b28019b71edc03.txt].",
  ["Bình dân học vụ số", "kỹ năng số"],
  [u("An Lão giao gì cho Phòng Văn hóa Khoa học và Thông tin?"),
   a("Mục III.3 kế hoạch An Lão [004_b1b28019b71edc03.txt]: chủ trì tham mưu cơ chế, chính sách thúc đẩy khoa học, công "
     "nghệ, đổi mới sáng tạo và chuyển đổi số; chủ trì tham mưu triển khai phong trào “Bình dân học vụ số” trong toàn "
     "dân; tham mưu củng cố các thiết chế văn hóa, nhân rộng mô hình “thư viện số”, “thư viện công cộng”; phối hợp xây "
     "dựng chuyên đề, hội thảo, cuộc thi về lịch sử, văn hóa.")])

Q("follow_up", "Việc ở mục III.5 đó có mốc thời gian không? Trong cùng mục III.5 có việc nào bị đặt hạn không?",
  [("H", "bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn thành trong Quý II năm 2026"),
   ("H", "tham mưu xây dựng Đề án “Tạo môi trường học tập suốt đời và xây dựng xã hội học tập”")],
  "Việc tham mưu xây dựng Đề án “Tạo môi trường học tập suốt đời và xây dựng xã hội học tập” không ghi thời hạn. Trong "
  "cùng mục III.5, việc có hạn là rà soát, củng cố hệ thống trung tâm học tập cộng đồng, bảo đảm mỗi xã, phường có ít "
  "nhất một trung tâm, hoàn thành trong Quý II năm 2026 [000_4550be4bb11189cd.txt].",
  ["Quý II năm 2026", "ít nhất một trung tâm"],
  [u("Trong phần nhiệm vụ và giải pháp, Huế giao Sở Giáo dục và Đào tạo việc gì?"),
   a("Trong phần III kế hoạch Huế [000_4550be4bb11189cd.txt], Sở GD&ĐT được giao: ở mục III.5, chủ trì tham mưu xây "
     "dựng Đề án “Tạo môi trường học tập suốt đời và xây dựng xã hội học tập”, trình UBND thành phố phê duyệt; ở mục "
     "III.7, chủ trì, phối hợp với Hội Khuyến học thành phố kiểm tra, giám sát công tác xây dựng xã hội học tập và hoạt "
     "động của các trung tâm học tập cộng đồng tại các xã, phường.")])

Q("follow_up", "Còn điểm b của mục 2.2 (mốc 2030) thì khác gì?",
  [("N", "80-85% lao động được qua đào tạo, trong đó lao động có bằng cấp, chứng chỉ đạt trên 60%."),
   ("N", "85-90% trường công lập đạt chuẩn quốc gia.")],
  "Điểm b mục II.2.2 (đến năm 2030) kế hoạch Hà Nội: 80-85% lao động qua đào tạo, lao động có bằng cấp, chứng chỉ đạt "
  "trên 60%; 70% người trong độ tuổi lao động có năng lực thông tin; 70% có kỹ năng sống; 60% dân số từ 15 tuổi trở lên "
  "có trình độ chuyên môn kỹ thuật, trong đó 15% đại học trở lên; và thêm dòng 85-90% trường công lập đạt chuẩn quốc gia "
  "(mốc 2025 để dòng trường chuẩn ở điểm c). Hai dòng về cán bộ an toàn thông tin và kỹ năng số của cán bộ, công chức "
  "không có ở mốc 2030 [002_797e8de6131c77f9.txt].",
  ["80-85%", "trên 60%", "85-90%"],
  [u("Hà Nội đặt chỉ tiêu gì về năng lực cơ bản và trình độ của người dân?"),
   a("Ở điểm b mục II.2.1 (đến năm 2025) kế hoạch Hà Nội [002_797e8de6131c77f9.txt]: 75-80% lao động qua đào tạo (bằng "
     "cấp, chứng chỉ 55-60%); 50% người trong độ tuổi lao động có năng lực thông tin; 50% có kỹ năng sống; 50% dân số từ "
     "15 tuổi trở lên được đào tạo chuyên môn kỹ thuật (12% đại học trở lên); 100% cán bộ chuyên trách an toàn thông tin "
     "được đào tạo; 100% cán bộ, công chức, viên chức phổ cập kỹ năng số cơ bản, 50% kỹ năng phân tích, khai thác dữ liệu.")])

Q("follow_up", "Which department is to advise the People's Committee on registering for that network — and in which item of section V?",
  [("N", "Chủ trì, tham mưu Ủy ban nhân dân Thành phố về kế hoạch đăng ký tham gia vào mạng lưới “Thành phố học tập”"),
   ("N", "1. Sở Giáo dục và Đào tạo - Là cơ quan thường trực")],
  "Item V.1 of the Hanoi plan: the Sở Giáo dục và Đào tạo (Department of Education and Training), the standing body, "
  "leads and advises the city People's Committee on the plan to register (“đăng ký tham gia vào mạng lưới” “Thành phố "
  "học tập”) according to the criteria issued by the competent authority [002_797e8de6131c77f9.txt].",
  ["Sở Giáo dục và Đào tạo", "đăng ký tham gia vào mạng lưới"],
  [u("What does the Hanoi plan say about international cooperation?"),
   a("Item III.7 of the Hanoi plan [002_797e8de6131c77f9.txt] (“Tăng cường hợp tác quốc tế, phấn đấu trở thành “Thành "
     "phố học tập” của UNESCO”): strengthen cooperation, especially with UNESCO; actively join UNESCO's “Thành phố học "
     "tập” network; research international programmes on open and distance training technology; encourage talented "
     "Vietnamese intellectuals abroad to contribute.")])

# ---------------------------------------------------------------- follow_up: on what basis
Q("follow_up", "Kế hoạch 471 đó triển khai hai chương trình của Thủ tướng — trong kế hoạch Huế hai chương trình ấy được phê duyệt ở quyết định nào?",
  [("H", "Quyết định số 387/QĐ-TTg ngày 25 tháng 3 năm 2022"),
   ("H", "Quyết định số 677/QĐ-TTg ngày 03 tháng 6 năm 2022"),
   ("H", "Kế hoạch số 471/KH-UBND ngày 22 tháng 12 tháng 2022")],
  "Kế hoạch Huế không nói thẳng KH 471/KH-UBND (ghi “ngày 22 tháng 12 tháng 2022”) căn cứ vào đâu, nhưng hai chương "
  "trình nó triển khai trùng tên với hai quyết định mà mục III.2 liệt kê: Quyết định số 387/QĐ-TTg ngày 25/3/2022 "
  "(Chương trình “Đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị”) và Quyết định số "
  "677/QĐ-TTg ngày 03/6/2022 (Chương trình “Xây dựng mô hình Công dân học tập giai đoạn 2021–2030”) "
  "[000_4550be4bb11189cd.txt].",
  ["387/QĐ-TTg", "677/QĐ-TTg"],
  [u("Hội Khuyến học Huế được giao chủ trì việc gì?"),
   a("Mục V.7 [000_4550be4bb11189cd.txt]: Hội Khuyến học thành phố chủ trì, phối hợp triển khai Kế hoạch số "
     "471/KH-UBND về Chương trình “Đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị” và "
     "Chương trình “Xây dựng mô hình Công dân học tập” giai đoạn 2021-2030.")])

Q("follow_up", "Kế hoạch 100 của tỉnh đó thì căn cứ vào quyết định nào của Thủ tướng?",
  [("M", "thực hiện Quyết định số 522/QĐ-TTg ngày 14/5/2018 của Thủ tướng Chính phủ phê duyệt Đề án")],
  "Kế hoạch số 100/KH-UBND ngày 01/11/2018 của UBND tỉnh thực hiện Quyết định số 522/QĐ-TTg ngày 14/5/2018 của Thủ "
  "tướng Chính phủ phê duyệt Đề án “Giáo dục hướng nghiệp và định hướng phân luồng học sinh trong giáo dục phổ thông "
  "giai đoạn 2018-2025” (mục III.3.e) [001_7bafa58816a5de75.txt].",
  ["522/QĐ-TTg", "14/5/2018"],
  [u("Mỹ Lộc có nhiệm vụ gì về hướng nghiệp, phân luồng học sinh?"),
   a("Mục III.3.e [001_7bafa58816a5de75.txt]: tiếp tục đẩy mạnh triển khai Kế hoạch số 100/KH-UBND ngày 01/11/2018 của "
     "UBND tỉnh và Kế hoạch số 945/KH-UBND ngày 30/3/2020 của UBND huyện Mỹ Lộc về Đề án Giáo dục hướng nghiệp và định "
     "hướng phân luồng học sinh trong giáo dục phổ thông giai đoạn 2018-2025.")])

Q("follow_up", "Chương trình thư viện, bảo tàng mà KH 288 thực hiện — quyết định gốc của Thủ tướng là số mấy, ngày nào?",
  [("H", "Quyết định số 1520/QĐ-TTg ngày 09 tháng 12 năm 2022")],
  "Chương trình “Đẩy mạnh các hoạt động phục vụ học tập suốt đời trong thư viện, bảo tàng, trung tâm văn hóa đến năm "
  "2030” được phê duyệt tại Quyết định số 1520/QĐ-TTg ngày 09 tháng 12 năm 2022 của Thủ tướng Chính phủ (liệt kê ở mục "
  "III.2 kế hoạch Huế) [000_4550be4bb11189cd.txt].",
  ["1520/QĐ-TTg", "09 tháng 12 năm 2022"],
  [u("Sở Văn hóa và Thể thao Huế làm gì trong kế hoạch?"),
   a("Mục V.2 [000_4550be4bb11189cd.txt]: chủ trì triển khai Kế hoạch số 288/KH-UBND ngày 25/8/2023 về Chương trình "
     "“Đẩy mạnh các hoạt động phục vụ học tập suốt đời trong thư viện, bảo tàng, trung tâm văn hóa đến năm 2030”; đào "
     "tạo, bồi dưỡng đội ngũ ở các thiết chế văn hóa – thể thao; chỉ đạo báo chí, truyền thông, thông tin cơ sở tuyên "
     "truyền về xây dựng xã hội học tập.")])

Q("follow_up", "Ban Chỉ đạo căn cứ vào những văn bản nào để ra kế hoạch này?",
  [("C", "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021"),
   ("C", "Kế hoạch 215/KH-UBND ngày 28 tháng 10 năm 2021 của Ủy ban nhân dân thành phố Cần Thơ")],
  "Phần mở đầu kế hoạch 74/KH-BCĐ nêu hai căn cứ: Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ "
  "phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030” và Kế hoạch 215/KH-UBND ngày 28/10/2021 của UBND "
  "thành phố Cần Thơ triển khai Đề án đó [003_1a817ee72b993e3e.txt].",
  ["1373/QĐ-TTg", "215/KH-UBND"],
  [u("Kế hoạch 74 của Cần Thơ do cơ quan nào ban hành, ai ký?"),
   a("Kế hoạch số 74/KH-BCĐ ngày 04/5/2024 [003_1a817ee72b993e3e.txt] do Ban Chỉ đạo Xây dựng xã hội học tập - Xóa mù "
     "chữ - Phổ cập giáo dục thành phố Cần Thơ ban hành; ký TM. Ban Chỉ đạo, Trưởng ban — Phó Chủ tịch UBND thành phố "
     "Nguyễn Thực Hiện.")])

Q("follow_up", "Chỉ tiêu đó dựa theo đề án nào vậy?",
  [("N", "Quyết định số 21/QĐ-TTg ngày 06/01/2021")],
  "Dòng chỉ tiêu ghi rõ: đào tạo “phù hợp theo yêu cầu nghiệp vụ và Quyết định số 21/QĐ-TTg ngày 06/01/2021 của Thủ "
  "tướng Chính phủ phê duyệt Đề án “Đào tạo và phát triển nguồn nhân lực an toàn thông tin giai đoạn 2021 – 2025”” "
  "[002_797e8de6131c77f9.txt].",
  ["21/QĐ-TTg", "06/01/2021"],
  [u("Hà Nội có chỉ tiêu gì cho cán bộ làm an toàn thông tin?"),
   a("Đến năm 2025, 100% cán bộ chuyên trách về an toàn thông tin, công nghệ thông tin trong các cơ quan nhà nước thuộc "
     "Thành phố được đào tạo về kiến thức, kỹ năng, kỹ thuật an toàn thông tin mạng (mục II.2.1.b) "
     "[002_797e8de6131c77f9.txt].")])

Q("follow_up", "Việc tham mưu mô hình Cộng đồng học tập ở mục đó làm theo văn bản nào?",
  [("A", "Thông tư số 25/2023/TT-BGDĐT ngày 27/12/2023 của Bộ Giáo dục và Đào tạo")],
  "Mục III.8 ghi việc tham mưu xây dựng mô hình “Cộng đồng học tập” cấp tỉnh theo Thông tư số 25/2023/TT-BGDĐT ngày "
  "27/12/2023 của Bộ Giáo dục và Đào tạo quy định về đánh giá, công nhận “Cộng đồng học tập” cấp xã, huyện, tỉnh "
  "[004_b1b28019b71edc03.txt].",
  ["25/2023/TT-BGDĐT", "27/12/2023"],
  [u("An Lão giao các phòng, ban, ngành huyện làm gì?"),
   a("Mục III.8 [004_b1b28019b71edc03.txt]: căn cứ Kế hoạch, các phòng, ban, ngành triển khai phong trào “Học tập suốt "
     "đời” phù hợp thực tế; xây dựng mô hình “Công dân học tập”, “Đơn vị học tập” tại cơ quan, đơn vị; tham mưu xây "
     "dựng mô hình “Cộng đồng học tập” cấp tỉnh; báo cáo kết quả thực hiện phong trào theo yêu cầu.")])

# ---------------------------------------------------------------- follow_up: translate / cloze after an answer
Q("follow_up", "Dịch giúp tôi câu nhiệm vụ ở mục V.3 sang tiếng Anh để gửi đối tác, giữ tên cơ quan tiếng Việt trong ngoặc.",
  [("N", "3. Sở Nội vụ Trên cơ sở chức năng, nhiệm vụ được giao, chủ trì"),
   ("N", "tổ chức các lớp tập huấn, bồi dưỡng kiến thức, kỹ năng cho đội ngũ cán bộ công chức")],
  "Câu gốc (mục V.3, Sở Nội vụ) [002_797e8de6131c77f9.txt]: “chủ trì, phối hợp với các Sở, ngành, đơn vị có liên quan "
  "tổ chức các lớp tập huấn, bồi dưỡng kiến thức, kỹ năng cho đội ngũ cán bộ công chức, viên chức, người lao động trên "
  "địa bàn Thành phố”. Bản dịch: “The Department of Home Affairs (Sở Nội vụ), within its assigned functions, shall lead "
  "and coordinate with relevant departments, sectors and units in organising training and refresher courses on "
  "knowledge and skills for civil servants, public employees and workers in the city, so as to implement and achieve the "
  "Plan's targets.”",
  ["Sở Nội vụ", "tập huấn, bồi dưỡng kiến thức, kỹ năng"],
  [u("Sở Nội vụ Hà Nội có nhiệm vụ gì?"),
   a("Mục V.3 kế hoạch Hà Nội [002_797e8de6131c77f9.txt]: Sở Nội vụ chủ trì, phối hợp tổ chức các lớp tập huấn, bồi "
     "dưỡng kiến thức, kỹ năng cho đội ngũ cán bộ công chức, viên chức, người lao động trên địa bàn Thành phố để hoàn "
     "thành các mục tiêu của Kế hoạch; ngoài ra Ban Thi đua - Khen thưởng (Sở Nội vụ) ở mục V.7 phối hợp tham mưu khen "
     "thưởng nhân dịp sơ kết, tổng kết.")])

Q("follow_up", "Ok. Thế câu này trong kế hoạch Huế điền số gì: “___% số người trong độ tuổi lao động được trang bị kỹ năng sống”?",
  [("H", "80% số người trong độ tuổi lao động được trang bị kỹ năng sống.")],
  "Điền 80%: “80% số người trong độ tuổi lao động được trang bị kỹ năng sống” (mục II.2, năm 2026) "
  "[000_4550be4bb11189cd.txt].",
  ["80%"],
  [u("Huế đặt chỉ tiêu gì về đào tạo chuyên môn kỹ thuật năm 2026?"),
   a("Mục II.2 kế hoạch Huế [000_4550be4bb11189cd.txt]: 40% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn "
     "kỹ thuật, trong đó có 15% dân số có trình độ đại học trở lên.")])

# ---------------------------------------------------------------- agency_tasks
Q("agency_tasks", "Trong các cơ quan sau đây: Sở Nội vụ, Sở Tài chính, Sở Y tế, Liên đoàn Lao động thành phố — cơ quan nào có mục riêng trong phần Tổ chức thực hiện của kế hoạch Huế, và mỗi cơ quan được giao gì?",
  [("H", "3. Sở Nội vụ - Tổ chức thực hiện các nhiệm vụ nhằm đạt mục tiêu đào tạo, bồi dưỡng"),
   ("H", "4. Sở Tài chính Trên cơ sở đề nghị của các cơ quan, đơn vị liên quan"),
   ("H", "8. Liên đoàn Lao động thành phố Chủ trì, phối hợp các sở, ngành")],
  "Ba trong bốn cơ quan có mục riêng ở phần V kế hoạch Huế [000_4550be4bb11189cd.txt]: Sở Nội vụ (V.3: đào tạo, bồi "
  "dưỡng cán bộ, công chức các cấp; theo dõi, tổng hợp mục tiêu về năng lực cơ bản và trình độ của người dân); Sở Tài "
  "chính (V.4: tham mưu UBND thành phố bố trí kinh phí theo Luật Ngân sách Nhà nước); Liên đoàn Lao động thành phố (V.8: "
  "chủ trì thực hiện Kế hoạch số 147/KH-UBND về học tập suốt đời trong công nhân lao động tại các doanh nghiệp). Sở Y "
  "tế không có tên trong kế hoạch.",
  ["Sở Nội vụ", "Sở Tài chính", "Liên đoàn Lao động thành phố"])

Q("agency_tasks", "Cơ quan nào sau đây có tên trong kế hoạch 74 của Cần Thơ: Ban Dân tộc, Sở Y tế, Công an thành phố, Hội Cựu giáo chức? Có thì làm gì?",
  [("C", "9. Ban Dân tộc Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan, Ủy ban nhân dân quận, huyện triển khai các chương trình, dự án hỗ trợ giáo dục, đào tạo cho người dân tộc thiểu số"),
   ("C", "8. Công an thành phố Chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện tổ chức các lớp học xóa mù chữ")],
  "Có hai: Ban Dân tộc (V.9: chủ trì các chương trình, dự án hỗ trợ giáo dục, đào tạo cho người dân tộc thiểu số, tạo "
  "điều kiện cho trẻ em, người dân tộc thiểu số được học tập) và Công an thành phố (V.8: chủ trì tổ chức các lớp học "
  "xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân, học viên “(nếu có)”) [003_1a817ee72b993e3e.txt]. "
  "Sở Y tế và Hội Cựu giáo chức không có trong kế hoạch Cần Thơ (các hội được nêu là Hội Cựu chiến binh, Hội Nông dân, "
  "Hội Người cao tuổi, Hội Khuyến học, Hội Liên hiệp Phụ nữ).",
  ["Ban Dân tộc", "Công an thành phố"])

Q("agency_tasks", "Trừ UBND các xã, phường ra thì trong kế hoạch Huế còn ai được giao tổ chức đánh giá, công nhận mô hình học tập?",
  [("H", "5. Các sở, ban, ngành trực thuộc thành phố - Tạo điều kiện thuận lợi"),
   ("H", "tổ chức đánh giá, công nhận “Đơn vị học tập” đúng quy định.")],
  "Ngoài UBND các xã, phường (V.9), mục V.5 giao “Các sở, ban, ngành trực thuộc thành phố” tạo điều kiện cho cán bộ, "
  "công chức, viên chức, người lao động học tập suốt đời và tổ chức đánh giá, công nhận “Đơn vị học tập” đúng quy định "
  "[000_4550be4bb11189cd.txt]. (Sở Giáo dục và Đào tạo ở V.1 chỉ theo dõi, tổng hợp kết quả mục tiêu “Đơn vị học tập” "
  "cấp tỉnh, không được giao công nhận.)",
  ["Các sở, ban, ngành trực thuộc thành phố", "Đơn vị học tập"])

Q("agency_tasks", "Trong kế hoạch Mỹ Lộc, mục duy nhất nói tới nâng cao năng lực ngoại ngữ giao cho ai, cho đối tượng nào?",
  [("M", "6. Công an huyện, Bộ Chỉ huy Quân sự huyện Nâng cao trình độ, năng lực ngoại ngữ cho cán bộ toàn lực lượng vũ trang")],
  "Đó là mục V.6 kế hoạch Mỹ Lộc, giao chung cho Công an huyện và Bộ Chỉ huy Quân sự huyện: “Nâng cao trình độ, năng lực "
  "ngoại ngữ cho cán bộ toàn lực lượng vũ trang trên địa bàn huyện” [001_7bafa58816a5de75.txt].",
  ["Công an huyện", "Bộ Chỉ huy Quân sự huyện", "ngoại ngữ"])

Q("agency_tasks", "Trong phần Tổ chức thực hiện của Hà Nội, ai là cơ quan duy nhất được giao việc về văn hóa đọc, và phối hợp với ai?",
  [("N", "5. Sở Thông tin và Truyền thông"),
   ("N", "Phối hợp với Sở Văn hóa và Thể thao, Sở Giáo dục và Đào tạo, các cơ quan liên quan tổ chức hiệu quả các hoạt động nhằm triển khai văn hóa đọc")],
  "Sở Thông tin và Truyền thông (mục V.5): phối hợp với Sở Văn hóa và Thể thao, Sở Giáo dục và Đào tạo và các cơ quan liên "
  "quan tổ chức hiệu quả các hoạt động triển khai văn hóa đọc trong cộng đồng, góp phần xây dựng người Hà Nội thanh "
  "lịch, văn minh [002_797e8de6131c77f9.txt].",
  ["Sở Thông tin và Truyền thông", "văn hóa đọc"])

Q("agency_tasks", "Ở An Lão, trong phần Tổ chức thực hiện có cơ quan nào chỉ được giao “phối hợp” mà không chủ trì việc gì không?",
  [("A", "4. Phòng Tài chính - Kế hoạch Phối hợp với các phòng, ban, ngành, đơn vị lập dự toán kinh phí"),
   ("A", "5. Hội Khuyến học huyện Phối hợp với các phòng, ban, ngành, đoàn thể tuyên truyền")],
  "Có: Phòng Tài chính - Kế hoạch (mục III.4) chỉ có một việc là “Phối hợp với các phòng, ban, ngành, đơn vị lập dự toán "
  "kinh phí”, báo cáo UBND huyện cân đối ngân sách [004_b1b28019b71edc03.txt]. Hội Khuyến học huyện (III.5) cũng mở đầu "
  "bằng “phối hợp” tuyên truyền nhưng còn tự phát động các phong trào khuyến học, khuyến tài. Chữ “chủ trì” chỉ xuất "
  "hiện ở ba phòng đầu: Phòng Giáo dục và Đào tạo, Phòng Nội vụ, Phòng Văn hóa Khoa học và Thông tin.",
  ["Phòng Tài chính - Kế hoạch", "Phối hợp với các phòng, ban, ngành, đơn vị lập dự toán kinh phí"])

Q("agency_tasks", "Điền chỗ trống giúp: “vận động tuyên truyền hội viên, phụ nữ cho con đi học ___, không để con bỏ học” — câu này trong kế hoạch Cần Thơ giao cho ai?",
  [("C", "Đề nghị Hội Liên hiệp Phụ nữ thành phố chỉ đạo các cấp Hội Phụ nữ tiếp tục vận động tuyên truyền hội viên, phụ nữ cho con đi học đúng độ tuổi")],
  "Chỗ trống là “đúng độ tuổi”. Câu thuộc điểm V.11.d: “Đề nghị Hội Liên hiệp Phụ nữ thành phố chỉ đạo các cấp Hội Phụ "
  "nữ tiếp tục vận động tuyên truyền hội viên, phụ nữ cho con đi học đúng độ tuổi, không để con bỏ học …” "
  "[003_1a817ee72b993e3e.txt].",
  ["đúng độ tuổi", "Hội Liên hiệp Phụ nữ thành phố"])

Q("agency_tasks", "Điền vào chỗ trống trong nhiệm vụ của Bộ Tư lệnh Thủ đô: “bồi dưỡng kiến thức ___ cho mọi tầng lớp nhân dân, nhất là những người có uy tín trong cộng đồng dân cư”.",
  [("N", "phổ biến giáo dục, bồi dưỡng kiến thức quốc phòng, an ninh cho mọi tầng lớp nhân dân")],
  "Điền “quốc phòng, an ninh”: Bộ Tư lệnh Thủ đô (mục V.8) tiếp tục tuyên truyền, phổ biến giáo dục, bồi dưỡng kiến thức "
  "quốc phòng, an ninh cho mọi tầng lớp nhân dân, nhất là người có uy tín, chức sắc, chức việc tôn giáo, già làng, "
  "trưởng họ tộc [002_797e8de6131c77f9.txt].",
  ["quốc phòng, an ninh"])

Q("agency_tasks", "Sở Nội vụ Cần Thơ có action item gì trong plan 2024, có dính tới job position không?",
  [("C", "xây dựng Đề án vị trí việc làm, điều chỉnh vị trí việc làm và cơ cấu viên chức theo chức danh nghề nghiệp")],
  "Có. Mục V.2 kế hoạch Cần Thơ: Sở Nội vụ chủ trì, phối hợp với các cơ quan, đơn vị và UBND quận, huyện xây dựng Đề án "
  "vị trí việc làm, điều chỉnh vị trí việc làm và cơ cấu viên chức theo chức danh nghề nghiệp trong các đơn vị sự nghiệp "
  "công lập (tự bảo đảm một phần chi thường xuyên và do ngân sách bảo đảm chi thường xuyên) [003_1a817ee72b993e3e.txt].",
  ["vị trí việc làm", "cơ cấu viên chức"])

Q("agency_tasks", "Ở Cần Thơ, cơ quan duy nhất được giao nâng cao năng lực tiếng dân tộc thiểu số là ai — có phải Ban Dân tộc không?",
  [("C", "7. Bộ Chỉ huy Quân sự thành phố"),
   ("C", "Chỉ đạo nâng cao trình độ, năng lực ngoại ngữ và tiếng dân tộc thiểu số cho lực lượng vũ trang, cán bộ, chiến sĩ quân đội")],
  "Không phải Ban Dân tộc. Dòng duy nhất nói tới tiếng dân tộc thiểu số là điểm V.7.b, giao Bộ Chỉ huy Quân sự thành phố: "
  "chỉ đạo nâng cao trình độ, năng lực ngoại ngữ và tiếng dân tộc thiểu số cho lực lượng vũ trang, cán bộ, chiến sĩ quân "
  "đội [003_1a817ee72b993e3e.txt]. Ban Dân tộc (V.9) lo chương trình hỗ trợ giáo dục, đào tạo cho người dân tộc thiểu số.",
  ["Bộ Chỉ huy Quân sự thành phố", "tiếng dân tộc thiểu số"])

Q("agency_tasks", "Mấy hội nào ở Mỹ Lộc được giao chung trong một điểm, và điểm đó nhắc tới quỹ gì?",
  [("M", "g) Hội Cựu chiến binh huyện, Hội Nông dân huyện, Hội Người cao tuổi huyện, Hội Cựu giáo chức huyện"),
   ("M", "“Quỹ vòng tay đồng đội”")],
  "Điểm V.9.g kế hoạch Mỹ Lộc gom bốn hội: Hội Cựu chiến binh huyện, Hội Nông dân huyện, Hội Người cao tuổi huyện, Hội "
  "Cựu giáo chức huyện — hướng dẫn các cấp hội phối hợp tổ chức hoạt động khuyến học, khuyến tài, nâng cao chất lượng "
  "“Quỹ vòng tay đồng đội”, huy động hội viên chuyển giao công nghệ, hỗ trợ khởi nghiệp, phổ biến kiến thức "
  "[001_7bafa58816a5de75.txt].",
  ["Hội Cựu giáo chức huyện", "Quỹ vòng tay đồng đội"])

Q("agency_tasks", "Trong phần V của Hà Nội, đầu mục nào gom nhiều tổ chức nhất, gồm những ai?",
  [("N", "15. Đề nghị các tổ chức chính trị - xã hội, tổ chức xã hội, nghề nghiệp"),
   ("N", "e) Hội Cựu chiến binh, Hội Nông dân, Hội Người cao tuổi, Hội Cựu giáo chức Thành phố")],
  "Mục V.15 “Đề nghị các tổ chức chính trị - xã hội, tổ chức xã hội, nghề nghiệp”: a) Ủy ban Mặt trận Tổ quốc Việt Nam "
  "thành phố Hà Nội và các tổ chức thành viên; b) Hội Khuyến học Thành phố; c) Đoàn thanh niên cộng sản Hồ Chí Minh "
  "thành phố Hà Nội; d) Hội Liên hiệp phụ nữ Thành phố; e) Hội Cựu chiến binh, Hội Nông dân, Hội Người cao tuổi, Hội Cựu "
  "giáo chức Thành phố [002_797e8de6131c77f9.txt].",
  ["Đề nghị các tổ chức chính trị - xã hội, tổ chức xã hội, nghề nghiệp", "Hội Cựu giáo chức"])

Q("agency_tasks", "Trong danh sách: Phòng Nội vụ, Phòng Y tế, Phòng Tư pháp, Trung tâm Văn hóa - Thông tin và Thể thao huyện — đơn vị nào có việc riêng trong kế hoạch An Lão?",
  [("A", "2. Phòng Nội vụ - Chủ trì phối hợp với các phòng, ban, ngành, địa phương tham mưu"),
   ("A", "7. Trung tâm Văn hóa - Thông tin và Thể thao huyện - Thiết lập các trang thông tin"),
   ("A", "8. Các phòng, ban, ngành huyện Căn cứ Kế hoạch này")],
  "Hai đơn vị có mục riêng [004_b1b28019b71edc03.txt]: Phòng Nội vụ (III.2: tham mưu kế hoạch, kinh phí đào tạo, bồi "
  "dưỡng cán bộ, công chức, viên chức; khảo sát chất lượng đội ngũ; chính sách khuyến khích, bảo vệ cán bộ dám nghĩ, dám "
  "làm) và Trung tâm Văn hóa - Thông tin và Thể thao huyện (III.7: thiết lập trang thông tin, chuyên mục, tuyên truyền). "
  "Phòng Y tế và Phòng Tư pháp không được nêu tên; nếu có việc thì chỉ thuộc mục chung III.8 “Các phòng, ban, ngành huyện”.",
  ["Phòng Nội vụ", "Trung tâm Văn hóa - Thông tin và Thể thao huyện", "Các phòng, ban, ngành huyện"])

# ---------------------------------------------------------------- target: wording's commitment, cloze, lists
Q("target", "Trong mục tiêu 2025 của Hà Nội, chỉ tiêu nào chỉ ghi là “phấn đấu” chứ không ghi như chỉ tiêu cứng?",
  [("N", "Phấn đấu 80% các cơ sở giáo dục phổ thông, cơ sở giáo dục nghề nghiệp")],
  "Ở mốc 2025 (mục II.2.1.c), dòng duy nhất mở đầu bằng “Phấn đấu” là: “Phấn đấu 80% các cơ sở giáo dục phổ thông, cơ "
  "sở giáo dục nghề nghiệp - giáo dục thường xuyên, … triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường "
  "số” [002_797e8de6131c77f9.txt]. Các dòng khác ghi thẳng con số hoặc “Duy trì …”.",
  ["Phấn đấu 80%"])

Q("target", "Các chỉ tiêu năm 2024 của Cần Thơ ghi “Phần đầu đạt tỷ lệ …” — đó là chỉ tiêu cứng hay mức phấn đấu? Còn nhóm phổ cập, xóa mù chữ ghi thế nào?",
  [("C", "Phần đầu đạt tỷ lệ 90% số người trong độ tuổi lao động được trang bị kỹ năng sống"),
   ("C", "100% quận, huyện đạt chuẩn xóa mù chữ mức độ 2")],
  "“Phần đầu” là lỗi gõ của “phấn đấu”: các chỉ tiêu giáo dục thường xuyên và mô hình học tập năm 2024 của Cần Thơ (như "
  "“Phần đầu đạt tỷ lệ 90% … kỹ năng sống”) là mức phấn đấu. Nhóm phổ cập giáo dục, xóa mù chữ thì ghi thẳng, ví dụ "
  "“100% quận, huyện đạt chuẩn xóa mù chữ mức độ 2” (chỉ riêng THCS mức độ 3 ghi “phần đầu có 66%”) "
  "[003_1a817ee72b993e3e.txt].",
  ["Phần đầu đạt tỷ lệ", "100% quận, huyện đạt chuẩn xóa mù chữ mức độ 2"])

Q("target", "Chỉ tiêu đào tạo chuyên môn kỹ thuật năm 2025 của Mỹ Lộc là con số chắc chắn hay ước chừng?",
  [("M", "Khoảng 50% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó 12% dân số có trình độ đại học trở lên.")],
  "Ước chừng: kế hoạch ghi “Khoảng 50% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật”, còn phần "
  "trong đó thì ghi thẳng 12% dân số có trình độ đại học trở lên (mục tiêu đến năm 2025) [001_7bafa58816a5de75.txt].",
  ["Khoảng 50%", "12%"])

Q("target", "Chỉ tiêu “Đơn vị học tập” năm 2026 của Huế là mức sàn hay con số chính xác?",
  [("H", "Có ít nhất 15 đơn vị được công nhận “Đơn vị học tập” cấp tỉnh mức độ 1, trong đó có ít nhất 05 đơn vị đạt mức độ 2.")],
  "Là mức sàn: “Có ít nhất 15 đơn vị được công nhận “Đơn vị học tập” cấp tỉnh mức độ 1, trong đó có ít nhất 05 đơn vị "
  "đạt mức độ 2” (mục II.4) [000_4550be4bb11189cd.txt].",
  ["ít nhất 15", "ít nhất 05"])

Q("target", "Chỉ tiêu biết chữ của Hà Nội: mốc 2025 là “đạt” hay “duy trì”, mốc 2030 ghi thế nào?",
  [("N", "Duy trì 99,5% trở lên người trong độ tuổi 15-60 biết chữ."),
   ("N", "99,6% người trong độ tuổi 15-60 biết chữ.")],
  "Mốc 2025 ghi là duy trì, kèm mức sàn: “Duy trì 99,5% trở lên người trong độ tuổi 15-60 biết chữ”; mốc 2030 ghi thẳng "
  "con số: “99,6% người trong độ tuổi 15-60 biết chữ” [002_797e8de6131c77f9.txt].",
  ["Duy trì 99,5% trở lên", "99,6%"])

Q("target", "Điền chỗ trống trong kế hoạch Mỹ Lộc, mốc 2030: “___% các cơ sở giáo dục phổ thông, cơ sở giáo dục thường xuyên, cơ sở giáo dục nghề nghiệp … triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường số”.",
  [("M", "80% các cơ sở giáo dục phổ thông, cơ sở giáo dục thường xuyên, cơ sở giáo")],
  "Điền 80% (mục tiêu đến năm 2030, kế hoạch Mỹ Lộc); mốc 2025 của cùng dòng là 60% [001_7bafa58816a5de75.txt].",
  ["80%"])

Q("target", "“Phần đầu đạt tỷ lệ ___ đơn vị được đánh giá, công nhận theo mức độ “Đơn vị học tập” cấp huyện, cấp thành phố” — trong kế hoạch Cần Thơ là bao nhiêu?",
  [("C", "Phần đầu đạt tỷ lệ 55,55% đơn vị được đánh giá, công nhận theo mức độ “Đơn vị học tập” cấp huyện, cấp thành phố")],
  "55,55% (mục II.2.b, năm 2024) [003_1a817ee72b993e3e.txt].",
  ["55,55%"])

Q("target", "Chỉ tiêu trường công lập đạt chuẩn quốc gia của Hà Nội nằm ở nhóm nào trong mỗi mốc — hai mốc có xếp nhất quán không?",
  [("N", "80-85% trường công lập đạt chuẩn quốc gia;"),
   ("N", "85-90% trường công lập đạt chuẩn quốc gia.")],
  "Không nhất quán: mốc 2025 để dòng “80-85% trường công lập đạt chuẩn quốc gia” ở điểm c (hiệu quả hoạt động của các cơ "
  "sở giáo dục), còn mốc 2030 để dòng “85-90% trường công lập đạt chuẩn quốc gia” ở điểm b (năng lực cơ bản và trình độ "
  "của người dân) [002_797e8de6131c77f9.txt].",
  ["80-85%", "85-90%"])

Q("target", "Huế năm 2026 có con số nào cho xóa mù chữ và phổ cập giáo dục không?",
  [("H", "1. Xóa mù chữ và phổ cập giáo dục (có kế hoạch riêng).")],
  "Không có con số: mục II.1 chỉ ghi “Xóa mù chữ và phổ cập giáo dục (có kế hoạch riêng)” [000_4550be4bb11189cd.txt]. "
  "Sở Giáo dục và Đào tạo vẫn được giao theo dõi, tổng hợp mục tiêu này (V.1).",
  ["có kế hoạch riêng"])

Q("target", "Trong các chỉ tiêu sau, cái nào Mỹ Lộc có đặt cho năm 2030: kỹ năng sống, kỹ năng số, huyện học tập, trường đạt chuẩn quốc gia?",
  [("M", "80% người trong độ tuổi lao động được trang bị kỹ năng sống."),
   ("M", "Huyện được công nhận danh hiệu huyện học tập. III. NHIỆM VỤ VÀ GIẢI PHÁP")],
  "Có hai: kỹ năng sống — 80% người trong độ tuổi lao động được trang bị kỹ năng sống; huyện học tập — “Huyện được công "
  "nhận danh hiệu huyện học tập” [001_7bafa58816a5de75.txt]. Mốc 2030 của Mỹ Lộc không có chỉ tiêu kỹ năng số hay trường "
  "đạt chuẩn quốc gia.",
  ["80%", "Huyện được công nhận danh hiệu huyện học tập"])

Q("target", "KPI về ICT skills cho người trong độ tuổi lao động của Huế năm 2026 là bao nhiêu %?",
  [("H", "87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin.")],
  "87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin (mục II.2, năm 2026) "
  "[000_4550be4bb11189cd.txt].",
  ["87%"])

Q("target", "Ở mốc 2030, Mỹ Lộc có những chỉ tiêu nào chỉ là “duy trì” kết quả?",
  [("M", "Duy trì 100% các xã, thị trấn đạt chuẩn xóa mù chữ mức độ 2."),
   ("M", "Duy trì 100% các xã, thị trấn đạt chuẩn phổ cập giáo dục tiểu học mức độ 3."),
   ("M", "Duy trì 100% các xã, thị trấn đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3.")],
  "Nhóm xóa mù chữ và phổ cập giáo dục của mốc 2030 [001_7bafa58816a5de75.txt]: duy trì 100% xã, thị trấn đạt chuẩn xóa "
  "mù chữ mức độ 2; duy trì 100% đạt chuẩn phổ cập giáo dục tiểu học mức độ 3; duy trì 100% đạt chuẩn phổ cập giáo dục "
  "trung học cơ sở mức độ 3; và “Duy trì, củng cố, nâng cao chất lượng” phổ cập mầm non 5 tuổi (mầm non 4 tuổi chỉ là "
  "phấn đấu).",
  ["xóa mù chữ mức độ 2", "tiểu học mức độ 3", "trung học cơ sở"])

# ---------------------------------------------------------------- deadline
Q("deadline", "Kế hoạch Mỹ Lộc có mâu thuẫn về hạn gửi báo cáo cho Phòng GD&ĐT không? Tôi thấy hai ngày khác nhau.",
  [("M", "trước ngày 30 tháng 11 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo"),
   ("M", "Kiểm tra, giám sát và định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo")],
  "Đúng là có hai mốc: mục III.8 ghi chung “trước ngày 30 tháng 11 hằng năm gửi báo cáo … về Phòng Giáo dục và Đào tạo "
  "- Thường trực Ban chỉ đạo” (không nói của ai), còn điểm V.11.d giao UBND các xã, thị trấn gửi báo cáo về Phòng Giáo "
  "dục và Đào tạo trước ngày 10 tháng 12 hằng năm [001_7bafa58816a5de75.txt]. Kế hoạch không tự giải thích chỗ vênh "
  "này; với xã, thị trấn, dòng giao riêng cho họ là 10 tháng 12.",
  ["30 tháng 11", "10 tháng 12"])

Q("deadline", "Trong phần Tổ chức thực hiện của Huế có cơ quan nào bị đặt ngày hạn cụ thể không, hay tất cả đều không có hạn?",
  [("H", "9. Ủy ban nhân dân các xã, phường"),
   ("H", "hợp, gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026")],
  "Chỉ một: Ủy ban nhân dân các xã, phường (mục V.9) phải tổng hợp, gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào "
  "tạo trước ngày 15/12/2026 [000_4550be4bb11189cd.txt]. Các mục V.1–V.8 không ghi ngày hạn.",
  ["15/12/2026", "Ủy ban nhân dân các xã, phường"])

Q("deadline", "Mốc ngày cụ thể duy nhất về báo cáo trong kế hoạch Hà Nội là ngày nào, báo cáo qua đâu?",
  [("N", "năm tổng hợp kết quả, báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo để tổng hợp)")],
  "Đoạn kết kế hoạch Hà Nội: các Sở, ngành, đơn vị, UBND quận, huyện, thị xã định kỳ hằng năm tổng hợp kết quả, báo cáo "
  "UBND Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo để tổng hợp) [002_797e8de6131c77f9.txt].",
  ["01 tháng 12", "qua Sở Giáo dục và Đào tạo"])

Q("deadline", "Ở Mỹ Lộc, sơ kết Đề án và tổng kết Đề án — việc nào trước, vào năm nào?",
  [("M", "tham mưu UBND huyện tổ chức sơ kết Đề án vào năm 2025, tổng kết vào năm 2030")],
  "Sơ kết trước, vào năm 2025; tổng kết vào năm 2030 — Phòng Giáo dục và Đào tạo tham mưu UBND huyện tổ chức (điểm V.1.e) "
  "[001_7bafa58816a5de75.txt].",
  ["năm 2025", "năm 2030"])

Q("deadline", "Điền giúp: “Rà soát, củng cố, kiện toàn hệ thống trung tâm học tập cộng đồng, bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn thành trong ___ năm 2026” (kế hoạch Huế).",
  [("H", "bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn thành trong Quý II năm 2026")],
  "Điền “Quý II”: hoàn thành trong Quý II năm 2026 (mục III.5) [000_4550be4bb11189cd.txt].",
  ["Quý II"])

Q("deadline", "Deadline report của UBND xã, thị trấn ở An Lão là khi nào, gửi ai?",
  [("A", "định kỳ báo cáo tình hình thực hiện kế hoạch gửi Phòng Giáo dục và Đào tạo tổng hợp báo cáo Ủy ban nhân dân huyện")],
  "Kế hoạch An Lão không ghi ngày: UBND xã, thị trấn (mục III.9) “định kỳ báo cáo tình hình thực hiện kế hoạch gửi Phòng "
  "Giáo dục và Đào tạo tổng hợp báo cáo Ủy ban nhân dân huyện” [004_b1b28019b71edc03.txt].",
  ["định kỳ báo cáo", "Phòng Giáo dục và Đào tạo"])

Q("deadline", "Việc mỗi xã, phường ở Huế có một trung tâm học tập cộng đồng: mục V.9 không ghi hạn, vậy có hạn không hay hai chỗ vênh nhau?",
  [("H", "bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn thành trong Quý II năm 2026"),
   ("H", "Rà soát, củng cố, kiện toàn hệ thống trung tâm học tập cộng đồng; bảo đảm mỗi xã, phường có ít nhất một trung tâm học tập cộng đồng hoạt động hiệu quả")],
  "Có hạn, nhưng ghi ở chỗ khác: mục III.5 đặt “hoàn thành trong Quý II năm 2026”; mục V.9 giao đúng việc đó cho Ủy ban "
  "nhân dân các xã, phường (rà soát, củng cố, kiện toàn, bảo đảm mỗi xã, phường có ít nhất một trung tâm học tập cộng "
  "đồng hoạt động hiệu quả) mà không nhắc lại hạn. Hai chỗ không mâu thuẫn, chỉ là hạn nằm ở phần III [000_4550be4bb11189cd.txt].",
  ["Quý II năm 2026", "hoạt động hiệu quả"])

Q("deadline", "Hà Nội: mục của UBND quận, huyện, thị xã chỉ ghi báo cáo “theo quy định” — vậy có ngày hạn ở đâu không?",
  [("N", "Kiểm tra, giám sát, báo cáo tình hình, kết quả thực hiện Kế hoạch của địa phương theo quy định."),
   ("N", "năm tổng hợp kết quả, báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12")],
  "Mục V.16 chỉ ghi báo cáo “theo quy định”, nhưng đoạn kết kế hoạch yêu cầu cả UBND quận, huyện, thị xã định kỳ hằng năm "
  "báo cáo UBND Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo) [002_797e8de6131c77f9.txt].",
  ["theo quy định", "01 tháng 12"])

# ---------------------------------------------------------------- funding
Q("funding", "Tôi cần gửi đối tác Nhật một câu tiếng Anh tóm nhiệm vụ của Sở Tài chính trong kế hoạch Huế 2026, kèm nguyên văn tiếng Việt.",
  [("H", "4. Sở Tài chính Trên cơ sở đề nghị của các cơ quan, đơn vị liên quan và khả năng cân đối ngân sách, tham mưu Ủy ban nhân dân thành phố bố trí kinh phí")],
  "Nguyên văn (mục V.4, Sở Tài chính) [000_4550be4bb11189cd.txt]: “Trên cơ sở đề nghị của các cơ quan, đơn vị liên quan "
  "và khả năng cân đối ngân sách, tham mưu Ủy ban nhân dân thành phố bố trí kinh phí thực hiện Kế hoạch theo quy định "
  "của Luật Ngân sách Nhà nước.” English: “Based on the proposals of the relevant agencies and units and on the budget's "
  "capacity, the Department of Finance (Sở Tài chính) advises the City People's Committee on allocating funds to carry "
  "out the Plan in accordance with the State Budget Law.”",
  ["Sở Tài chính", "khả năng cân đối ngân sách"])

Q("funding", "Các nguồn sau — ngân sách nhà nước, vốn vay ODA, tài trợ của doanh nghiệp, học phí — nguồn nào có trong phần kinh phí của kế hoạch Hà Nội?",
  [("N", "Được đảm bảo trong dự toán chi ngân sách nhà nước hàng năm của các đơn vị theo phân cấp ngân sách hiện hành; huy động từ các nguồn tài trợ, đóng góp của doanh nghiệp")],
  "Có hai: ngân sách nhà nước (“dự toán chi ngân sách nhà nước hàng năm của các đơn vị theo phân cấp ngân sách hiện "
  "hành”) và tài trợ, đóng góp của doanh nghiệp, tổ chức, cá nhân cùng các nguồn tài trợ hợp pháp khác (mục IV) "
  "[002_797e8de6131c77f9.txt]. Phần kinh phí không nhắc vốn vay ODA hay học phí.",
  ["dự toán chi ngân sách nhà nước", "doanh nghiệp"])

Q("funding", "Trừ UBND các xã, thị trấn ra, ở Mỹ Lộc còn ai lo chuyện lập và bố trí kinh phí?",
  [("M", "5. Phòng Tài chính - Kế hoạch Căn cứ tình hình thực tế của địa phương, tham mưu UBND huyện bố trí kinh"),
   ("M", "ngành, địa phương xây dựng kế hoạch và dự toán kinh phí thực hiện")],
  "Phòng Tài chính - Kế hoạch (mục V.5) căn cứ tình hình thực tế tham mưu UBND huyện bố trí kinh phí theo phân cấp ngân "
  "sách hiện hành; và theo mục IV.1, hằng năm các sở, ngành, địa phương căn cứ nhiệm vụ được giao xây dựng kế hoạch và dự "
  "toán kinh phí thực hiện, tổng hợp trong dự toán ngân sách hằng năm [001_7bafa58816a5de75.txt].",
  ["Phòng Tài chính - Kế hoạch", "dự toán kinh phí"])

Q("funding", "“Việc quản lý, sử dụng kinh phí thực hiện Kế hoạch thực hiện theo Nghị quyết số ___ ngày 16 tháng 7 năm 2025 của Hội đồng nhân dân thành phố” — Huế điền số nghị quyết nào?",
  [("H", "Nghị quyết số 16/2025/NQ-HĐND ngày 16 tháng 7 năm 2025")],
  "Nghị quyết số 16/2025/NQ-HĐND ngày 16/7/2025 của HĐND thành phố quy định nội dung, mức chi thực hiện Đề án “Xây dựng "
  "xã hội học tập giai đoạn 2021–2030” (mục IV) [000_4550be4bb11189cd.txt].",
  ["16/2025/NQ-HĐND"])

Q("funding", "Trong kế hoạch Cần Thơ, cơ quan duy nhất được giao việc đa dạng hóa nguồn lực xã hội cho khuyến học là ai?",
  [("C", "6. Sở Tài chính Chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện rà soát, hoàn thiện các chính sách để tăng cường huy động và đa dạng hóa các nguồn lực xã hội")],
  "Sở Tài chính (mục V.6): chủ trì, phối hợp với Sở Giáo dục và Đào tạo, UBND quận, huyện rà soát, hoàn thiện chính sách "
  "để tăng cường huy động và đa dạng hóa các nguồn lực xã hội thúc đẩy khuyến học, khuyến tài, xây dựng xã hội học tập "
  "[003_1a817ee72b993e3e.txt].",
  ["Sở Tài chính", "đa dạng hóa các nguồn lực xã hội"])

Q("funding", "Phần kinh phí của Mỹ Lộc ghi “các sở, ngành” lập dự toán — huyện đâu có sở? Kế hoạch ghi nguyên văn thế nào?",
  [("M", "Hằng năm, căn cứ vào nhiệm vụ được giao, các sở, ngành, địa phương xây dựng kế hoạch và dự toán kinh phí thực hiện, tổng hợp chung trong kế hoạch dự toán ngân sách hằng năm của phòng, ban, ngành, địa phương")],
  "Nguyên văn mục IV.1: “Hằng năm, căn cứ vào nhiệm vụ được giao, các sở, ngành, địa phương xây dựng kế hoạch và dự toán "
  "kinh phí thực hiện, tổng hợp chung trong kế hoạch dự toán ngân sách hằng năm của phòng, ban, ngành, địa phương trình "
  "cấp có thẩm quyền phê duyệt” [001_7bafa58816a5de75.txt]. Câu dùng lẫn “các sở, ngành, địa phương” (cách gọi cấp "
  "tỉnh) với “phòng, ban, ngành, địa phương” (cấp huyện); trong một kế hoạch huyện, người đọc hiểu là các phòng, ban, "
  "ngành của huyện.",
  ["các sở, ngành, địa phương", "phòng, ban, ngành, địa phương"])

# ---------------------------------------------------------------- legal_basis
Q("legal_basis", "Trong phần Yêu cầu của An Lão, Quyết định 1315/QĐ-TTg được ghi cho giai đoạn nào — có sai sót gì không?",
  [("A", "đẩy mạnh học tập suốt đời giai đoạn 202 - 2030"),
   ("N", "đẩy mạnh học tập suốt đời giai đoạn 2023-2030")],
  "An Lão ghi Phong trào “Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 202 - 2030” — "
  "thiếu một chữ số [004_b1b28019b71edc03.txt]. Cùng quyết định này (1315/QĐ-TTg ngày 09/11/2023) ở kế hoạch Hà Nội ghi "
  "giai đoạn 2023-2030 [002_797e8de6131c77f9.txt].",
  ["202 - 2030", "2023-2030"])

Q("legal_basis", "“Thực hiện Kế hoạch số ___ ngày 06/5/2025 của Ủy ban nhân dân thành phố Hải Phòng …” — An Lão điền số kế hoạch nào?",
  [("A", "Thực hiện Kế hoạch số 108 /KH-UBND ngày 06/5/2025")],
  "Kế hoạch số 108 /KH-UBND ngày 06/5/2025 của UBND thành phố Hải Phòng về triển khai phong trào “Học tập suốt đời” gắn "
  "với khuyến học, khuyến tài, xây dựng xã hội học tập [004_b1b28019b71edc03.txt].",
  ["108 /KH-UBND", "06/5/2025"])

Q("legal_basis", "Trong các văn bản: Chỉ thị 11-CT/TW, Kết luận 49-KL/TW, Quyết định 489/QĐ-TTg, Nghị quyết 57-NQ/TW — văn bản nào Mỹ Lộc yêu cầu tuyên truyền, quán triệt?",
  [("M", "Tuyên truyền, quán triệt Chỉ thị số 11-CT/TW, ngày 13/4/2007 của Bộ Chính trị; Kết luận số 49-KL/TW, ngày 10/5/2019 của Ban Bí thư; Quyết định số 489/QĐ-TTg")],
  "Ba văn bản đầu: Chỉ thị số 11-CT/TW (13/4/2007), Kết luận số 49-KL/TW (10/5/2019), Quyết định số 489/QĐ-TTg — cùng QĐ "
  "1373/QĐ-TTg và Kế hoạch 60/KH-UBND của tỉnh (mục III.1.a) [001_7bafa58816a5de75.txt]. Nghị quyết 57-NQ/TW không có "
  "trong kế hoạch Mỹ Lộc.",
  ["11-CT/TW", "49-KL/TW", "489/QĐ-TTg"])

Q("legal_basis", "Trong ba văn bản: Chỉ thị 29-CT/TW, Nghị quyết 57-NQ/TW, Thông tư 24/2023/TT-BGDĐT — kế hoạch Huế dẫn văn bản nào, ngày nào?",
  [("H", "Chỉ thị số 29-CT/TW ngày 05 tháng 01 năm 2024 của Bộ Chính trị"),
   ("H", "Thông tư số 24/2023/TT-BGDĐT ngày 11 tháng 12 năm 2023")],
  "Huế dẫn hai: Chỉ thị số 29-CT/TW ngày 05/01/2024 của Bộ Chính trị (phổ cập giáo dục, giáo dục bắt buộc, xóa mù chữ "
  "cho người lớn, phân luồng — mục III.2) và Thông tư số 24/2023/TT-BGDĐT ngày 11/12/2023 (đánh giá, công nhận “Đơn vị "
  "học tập” — mục III.5) [000_4550be4bb11189cd.txt]. Nghị quyết 57-NQ/TW không có trong kế hoạch Huế.",
  ["29-CT/TW", "24/2023/TT-BGDĐT"])

Q("legal_basis", "Hội Khuyến học Cần Thơ triển khai theo những quyết định nào của Thủ tướng — có cả 1520/QĐ-TTg không?",
  [("C", "Quyết định số 387/QĐ-TTg ngày 25 tháng 3 năm 2022"),
   ("C", "Quyết định số 677/QĐ-TTg ngày 03 tháng 6 năm 2022")],
  "Mục V.13 nêu ba quyết định: 1373/QĐ-TTg (Đề án, trọng tâm là Bộ tiêu chí đánh giá), 387/QĐ-TTg ngày 25/3/2022 (học "
  "tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị) và 677/QĐ-TTg ngày 03/6/2022 (mô hình công dân học tập) "
  "[003_1a817ee72b993e3e.txt]. Quyết định 1520/QĐ-TTg không có trong kế hoạch Cần Thơ.",
  ["387/QĐ-TTg", "677/QĐ-TTg"])

# ---------------------------------------------------------------- purpose
Q("purpose", "Mục đích của Huế: “đẩy mạnh việc triển khai, nhân rộng các mô hình học tập phù hợp với yêu cầu phát triển của ___” — điền gì?",
  [("H", "nhân rộng các mô hình học tập phù hợp với yêu cầu phát triển của nền kinh tế số, xã hội số")],
  "Điền “nền kinh tế số, xã hội số” (mục I.1, ý thứ hai) [000_4550be4bb11189cd.txt].",
  ["nền kinh tế số, xã hội số"])

Q("purpose", "Mục đích kế hoạch Cần Thơ có nhắc những ý này không: (1) củng cố bộ phận chỉ đạo, (2) cơ chế phối hợp, (3) chuyển đổi số?",
  [("C", "củng cố, tổ chức bộ phận chỉ đạo xây dựng xã hội học tập giai đoạn 2021 - 2030 các cấp của thành phố; xây dựng cơ chế phối hợp giữa các cấp, các ngành")],
  "Có (1) và (2): mục I.1 nêu củng cố, tổ chức bộ phận chỉ đạo xây dựng xã hội học tập các cấp và xây dựng cơ chế phối "
  "hợp giữa các cấp, các ngành, tổ chức, doanh nghiệp [003_1a817ee72b993e3e.txt]. Chuyển đổi số không nằm trong mục đích "
  "(nó là nhiệm vụ III.3).",
  ["bộ phận chỉ đạo", "cơ chế phối hợp"])

Q("purpose", "Phần Yêu cầu của Huế có câu nào nói phải “tránh” điều gì không?",
  [("H", "có tính linh hoạt, sáng tạo, tránh hình thức.")],
  "Có: ý đầu của mục I.2 yêu cầu việc triển khai bảo đảm thiết thực, hiệu quả, đúng mục tiêu, phù hợp thực tiễn, “có "
  "tính linh hoạt, sáng tạo, tránh hình thức” [000_4550be4bb11189cd.txt].",
  ["tránh hình thức"])

Q("purpose", "Theo An Lão, với cán bộ, công chức thì học tập suốt đời được coi là gì — nghĩa vụ hay chỉ khuyến khích?",
  [("A", "là “nhiệm vụ cách mạng”"),
   ("A", "Cán bộ, công chức, viên chức là người nêu gương")],
  "Kế hoạch coi đó là nhiệm vụ: điểm II.6 xác định học tập suốt đời đối với cán bộ, công chức, viên chức là “nhiệm vụ "
  "cách mạng”; phần Yêu cầu ghi cán bộ, công chức, viên chức là người nêu gương, nghiêm túc trong học tập "
  "[004_b1b28019b71edc03.txt].",
  ["nhiệm vụ cách mạng", "người nêu gương"])

Q("purpose", "Điền chỗ trống trong mục đích Hà Nội: “Là căn cứ để ___ của các cấp, các ngành, địa phương, đơn vị trong việc thực hiện các nhiệm vụ được giao.”",
  [("N", "Là căn cứ để kiểm điểm trách nhiệm của các cấp, các ngành")],
  "Điền “kiểm điểm trách nhiệm” (mục I, ý thứ hai) [002_797e8de6131c77f9.txt].",
  ["kiểm điểm trách nhiệm"])

Q("purpose", "Phần Yêu cầu của Mỹ Lộc gồm các ý a, b, c — ý nào nhắc hội nhập quốc tế?",
  [("M", "hội của huyện, tỉnh, đất nước và hội nhập quốc tế")],
  "Ý a) của mục I.2: triển khai đồng bộ các giải pháp thực hiện Đề án, góp phần nâng cao dân trí và chất lượng nguồn nhân "
  "lực đáp ứng yêu cầu phát triển kinh tế - xã hội của huyện, tỉnh, đất nước và hội nhập quốc tế [001_7bafa58816a5de75.txt].",
  ["hội nhập quốc tế"])

# ---------------------------------------------------------------- task_section
Q("task_section", "Kế hoạch An Lão là của huyện, sao phần Nội dung, giải pháp lại ghi “trên địa bàn thành phố”? Có những chỗ nào như vậy?",
  [("A", "và toàn thể Nhân dân trên địa bàn thành phố, bằng các hình thức phù hợp"),
   ("A", "đoàn thể, doanh nghiệp trên địa bàn thành phố")],
  "Có hai chỗ trong phần II [004_b1b28019b71edc03.txt]: điểm 2 (tuyên truyền bài viết “Học tập suốt đời” của Tổng Bí thư "
  "Tô Lâm đến cán bộ, … và toàn thể Nhân dân trên địa bàn thành phố) và điểm 8 (mô hình “Đơn vị học tập” tại cơ quan, "
  "đơn vị, đoàn thể, doanh nghiệp trên địa bàn thành phố). Kế hoạch không giải thích; nhiều khả năng câu chữ được giữ "
  "nguyên từ kế hoạch của thành phố Hải Phòng mà An Lão thực hiện, còn phạm vi của kế hoạch này là huyện An Lão.",
  ["toàn thể Nhân dân trên địa bàn thành phố", "doanh nghiệp trên địa bàn thành phố"])

Q("task_section", "Kế hoạch Mỹ Lộc gọi phòng văn hóa của huyện bằng mấy tên khác nhau?",
  [("M", "4. Phòng Văn hóa-Thông tin"),
   ("M", "Phòng Văn hóa, Thể thao và Du lịch hướng dẫn đẩy mạnh hoạt động của các Trung tâm Học tập cộng đồng")],
  "Hai tên: mục V.4 giao việc cho “Phòng Văn hóa-Thông tin” (nhân rộng mô hình học tập suốt đời trong thư viện, bảo tàng, "
  "nhà văn hóa …), còn ở điểm V.9.b, Hội Khuyến học huyện phối hợp với Phòng Giáo dục và Đào tạo và “Phòng Văn hóa, Thể "
  "thao và Du lịch” hướng dẫn hoạt động các Trung tâm Học tập cộng đồng [001_7bafa58816a5de75.txt]. Kế hoạch không nói "
  "hai tên là một.",
  ["Phòng Văn hóa-Thông tin", "Phòng Văn hóa, Thể thao và Du lịch"])

Q("task_section", "Trong kế hoạch Hà Nội có chỗ nào gọi tên kế hoạch với giai đoạn khác tiêu đề không?",
  [("N", "5. Sở Thông tin và Truyền thông"),
   ("N", "Kế hoạch xây dựng xã hội học tập giai đoạn 2023- 2030, tầm nhìn đến năm 2045"),
   ("N", "khuyến tài, xây dựng xã hội học tập trên địa bàn thành phố Hà Nội từ nay đến năm 2030, tầm nhìn đến năm 2045")],
  "Có: ý đầu mục V.5 (Sở Thông tin và Truyền thông) nói tuyên truyền về “Kế hoạch xây dựng xã hội học tập giai đoạn "
  "2023-2030, tầm nhìn đến năm 2045 của thành phố Hà Nội”, trong khi tiêu đề ghi “từ nay đến năm 2030, tầm nhìn đến năm "
  "2045” [002_797e8de6131c77f9.txt]. Mốc tầm nhìn đến năm 2045 giống nhau; chỉ điểm đầu 2023 là khác cách gọi.",
  ["Sở Thông tin và Truyền thông", "tầm nhìn đến năm 2045"])

Q("task_section", "Phần Nhiệm vụ và giải pháp của Huế có các mục sau không: kiểm tra giám sát; hợp tác quốc tế; Hội Khuyến học?",
  [("H", "7. Tăng cường công tác kiểm tra, giám sát và sơ kết việc thực hiện Đề án"),
   ("H", "4. Tiếp tục củng cố, phát triển Hội Khuyến học các cấp")],
  "Có hai: mục III.7 “Tăng cường công tác kiểm tra, giám sát và sơ kết việc thực hiện Đề án” và mục III.4 “Tiếp tục củng "
  "cố, phát triển Hội Khuyến học các cấp” [000_4550be4bb11189cd.txt]. Phần III của Huế không có mục hợp tác quốc tế.",
  ["Tăng cường công tác kiểm tra, giám sát và sơ kết việc thực hiện Đề án", "Tiếp tục củng cố, phát triển Hội Khuyến học các cấp"])

Q("task_section", "Cần Thơ III.3.c: “Xây dựng kho học liệu mở … trên trang mạng “___”” — điền tên trang mạng.",
  [("C", "trên Cổng Thông tin điện tử của Sở Giáo dục và Đào tạo, Phòng Giáo dục và Đào tạo, trên trang mạng “Trường học kết nối”")],
  "“Trường học kết nối”: kho học liệu mở phục vụ tự học, học tập suốt đời được xây dựng trên kênh truyền hình giáo dục, "
  "Cổng Thông tin điện tử của Sở và Phòng Giáo dục và Đào tạo và trang mạng “Trường học kết nối” [003_1a817ee72b993e3e.txt].",
  ["Trường học kết nối"])

Q("task_section", "HN item III.8 có encourage cán bộ cấp xã học skill gì không?",
  [("N", "Khuyến khích cán bộ công chức cấp xã, phường, thị trấn học ngoại ngữ.")],
  "Có: mục III.8 “Các nhiệm vụ, giải pháp khác” ghi “Khuyến khích cán bộ công chức cấp xã, phường, thị trấn học ngoại "
  "ngữ”, bên cạnh chế độ đào tạo, bồi dưỡng bắt buộc theo vị trí việc làm [002_797e8de6131c77f9.txt].",
  ["học ngoại ngữ"])

Q("task_section", "Dịch sang tiếng Anh tên mục III.4 kế hoạch Cần Thơ và cho tôi các điểm a–d bằng tiếng Việt.",
  [("C", "4. Đẩy mạnh hoạt động của trung tâm học tập cộng đồng"),
   ("C", "Nghiên cứu đổi mới mô hình trung tâm học tập cộng đồng hoạt động hiệu quả và tổ chức thí điểm")],
  "Mục III.4 “Đẩy mạnh hoạt động của trung tâm học tập cộng đồng” — “Boosting the activities of community learning "
  "centres” [003_1a817ee72b993e3e.txt]. Các điểm: a) tăng cường phối hợp, liên kết giữa các ngành, tổ chức, cơ sở giáo "
  "dục, văn hóa thể thao để tổ chức chương trình đào tạo, bồi dưỡng; b) tăng cường lớp phổ biến kiến thức, kỹ năng, "
  "chuyển giao công nghệ, xóa mù chữ gắn với dạy nghề; c) huy động nguồn lực từ cộng đồng, tổ chức, cá nhân; d) nghiên "
  "cứu đổi mới mô hình trung tâm học tập cộng đồng và tổ chức thí điểm để nhân rộng.",
  ["Đẩy mạnh hoạt động của trung tâm học tập cộng đồng", "tổ chức thí điểm"])

# ---------------------------------------------------------------- cross_plan
Q("cross_plan", "An Lão ghi Quyết định 1373/QĐ-TTg ngày nào? Có khớp với các kế hoạch khác không?",
  [("A", "Quyết định số 1373/QĐ-TTg ngày 03/7/2021"),
   ("N", "Quyết định số 1373/QĐ-TTg ngày 30/7/2021"),
   ("H", "Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021")],
  "Không khớp: An Lão ghi “Quyết định số 1373/QĐ-TTg ngày 03/7/2021” [004_b1b28019b71edc03.txt], còn Hà Nội ghi ngày "
  "30/7/2021 [002_797e8de6131c77f9.txt] và Huế ghi “30 tháng 7 năm 2021” [000_4550be4bb11189cd.txt] (Cần Thơ và Mỹ Lộc "
  "cũng ghi 30/7/2021). Nhiều khả năng An Lão đảo chữ số.",
  ["03/7/2021", "30/7/2021"])

Q("cross_plan", "Chỉ thị 11-CT/TW của Bộ Chính trị được các kế hoạch ghi ngày nào — có chênh nhau không?",
  [("H", "Chỉ thị số 11-CT/TW ngày 03 tháng 4 năm 2007"),
   ("M", "Chỉ thị số 11-CT/TW, ngày 13/4/2007"),
   ("N", "11-CT/TW ngày 13/4/2007")],
  "Có chênh: Huế ghi “Chỉ thị số 11-CT/TW ngày 03 tháng 4 năm 2007” [000_4550be4bb11189cd.txt], còn Mỹ Lộc "
  "[001_7bafa58816a5de75.txt] và Hà Nội [002_797e8de6131c77f9.txt] ghi 13/4/2007 (An Lão cũng ghi 13/4/2007).",
  ["03 tháng 4 năm 2007", "13/4/2007"])

Q("cross_plan", "Trong năm kế hoạch, kế hoạch nào có mục riêng cho Ban Dân tộc?",
  [("N", "10. Ban Dân tộc Thành phố Tham mưu Ủy ban nhân dân Thành phố xây dựng"),
   ("C", "9. Ban Dân tộc Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan")],
  "Hai kế hoạch: Hà Nội (mục V.10 “Ban Dân tộc Thành phố”: tham mưu kế hoạch Chương trình mục tiêu quốc gia vùng đồng "
  "bào dân tộc thiểu số và miền núi, hỗ trợ giáo dục đào tạo) [002_797e8de6131c77f9.txt] và Cần Thơ (mục V.9 “9. Ban Dân "
  "tộc”: chủ trì chương trình, dự án hỗ trợ giáo dục, đào tạo cho người dân tộc thiểu số) [003_1a817ee72b993e3e.txt]. "
  "Huế, Mỹ Lộc, An Lão không có mục này.",
  ["Ban Dân tộc Thành phố", "9. Ban Dân tộc"])

Q("cross_plan", "Kế hoạch nào dùng chữ “phấn đấu” (kể cả viết sai) trong phần chỉ tiêu?",
  [("N", "Phấn đấu 90% các cơ sở giáo dục phổ thông, cơ sở giáo dục nghề nghiệp"),
   ("C", "Phần đầu đạt tỷ lệ 90% trung tâm học tập cộng đồng"),
   ("M", "phấn đấu thực hiện phổ cập giáo dục mầm non cho trẻ em 04 tuổi")],
  "Ba kế hoạch: Hà Nội (“Phấn đấu 80%” năm 2025 và “Phấn đấu 90%” năm 2030 các cơ sở giáo dục học tập trên môi trường số) "
  "[002_797e8de6131c77f9.txt]; Cần Thơ (viết sai thành “Phần đầu đạt tỷ lệ …” ở các chỉ tiêu năm 2024) "
  "[003_1a817ee72b993e3e.txt]; Mỹ Lộc (mốc 2030: “phấn đấu thực hiện phổ cập giáo dục mầm non cho trẻ em 04 tuổi”) "
  "[001_7bafa58816a5de75.txt]. Huế không dùng chữ này; An Lão không có chỉ tiêu.",
  ["Phấn đấu 90%", "Phần đầu đạt tỷ lệ", "phấn đấu thực hiện phổ cập giáo dục mầm non"])

Q("cross_plan", "Trong các kế hoạch đã nạp, kế hoạch nào là duy nhất đặt hạn theo quý?",
  [("H", "bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn thành trong Quý II năm 2026")],
  "Chỉ kế hoạch Huế năm 2026: hệ thống trung tâm học tập cộng đồng (mỗi xã, phường có ít nhất một trung tâm) phải hoàn "
  "thành trong Quý II năm 2026 (mục III.5) [000_4550be4bb11189cd.txt]. Các kế hoạch khác ghi hạn theo ngày (Mỹ Lộc, Hà "
  "Nội, Huế) hoặc không ghi hạn.",
  ["Quý II năm 2026"])

Q("cross_plan", "Những kế hoạch nào nhắc Tuần lễ hưởng ứng học tập suốt đời, và kế hoạch nào thêm cả Ngày Khuyến học Việt Nam?",
  [("H", "Tuần lễ hưởng ứng học tập suốt đời, Ngày Sách và Văn hóa đọc Việt Nam, Ngày Khuyến học Việt Nam"),
   ("M", "Tổ chức hiệu quả Tuần lễ hưởng ứng học tập suốt đời và Ngày sách và văn hóa đọc Việt Nam hằng năm"),
   ("C", "Hàng năm, tổ chức hiệu quả Tuần lễ hưởng ứng học tập suốt đời, Ngày sách và văn hóa đọc Việt Nam")],
  "Ba kế hoạch nhắc Tuần lễ hưởng ứng học tập suốt đời: Huế (mục III.2) [000_4550be4bb11189cd.txt], Mỹ Lộc (III.1.e) "
  "[001_7bafa58816a5de75.txt] và Cần Thơ (III.1.b) [003_1a817ee72b993e3e.txt], cùng với Ngày sách và văn hóa đọc Việt "
  "Nam. Chỉ Huế thêm Ngày Khuyến học Việt Nam. Hà Nội và An Lão không nhắc Tuần lễ.",
  ["Tuần lễ hưởng ứng học tập suốt đời", "Ngày Khuyến học Việt Nam"])

Q("cross_plan", "Điền tên cơ quan: ở Huế “___ — Là cơ quan thường trực”, ở Hà Nội cũng câu đó — có phải cùng một loại cơ quan?",
  [("H", "1. Sở Giáo dục và Đào tạo - Là cơ quan thường trực; chủ trì"),
   ("N", "1. Sở Giáo dục và Đào tạo - Là cơ quan thường trực, giúp")],
  "Đúng, cả hai đều là Sở Giáo dục và Đào tạo ở mục V.1: Huế “Là cơ quan thường trực; chủ trì, phối hợp …” "
  "[000_4550be4bb11189cd.txt]; Hà Nội “Là cơ quan thường trực, giúp Ủy ban nhân dân Thành phố tổ chức triển khai thực "
  "hiện Kế hoạch” [002_797e8de6131c77f9.txt].",
  ["Sở Giáo dục và Đào tạo", "Là cơ quan thường trực"])

Q("cross_plan", "Trong năm kế hoạch, kế hoạch nào ghi rõ nó thay thế một kế hoạch cũ, và kế hoạch cũ là số mấy?",
  [("N", "Kế hoạch này thay thế cho Kế hoạch số 290/KH-UBND ngày 16/12/2021")],
  "Chỉ kế hoạch Hà Nội: “Kế hoạch này thay thế cho Kế hoạch số 290/KH-UBND ngày 16/12/2021 của Ủy ban nhân dân thành phố "
  "Hà Nội về việc thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030”” [002_797e8de6131c77f9.txt].",
  ["290/KH-UBND"])

# ---------------------------------------------------------------- no_diacritics
Q("no_diacritics", "dien vao cho trong giup: ___% cac truong dai hoc, cao dang co trien khai dai hoc so va xay dung hoc lieu so (ke hoach hue 2026)",
  [("H", "100% các trường đại học, cao đẳng có triển khai đại học số và xây dựng học liệu số.")],
  "Điền 100%: “100% các trường đại học, cao đẳng có triển khai đại học số và xây dựng học liệu số” (mục II.3, năm 2026) "
  "[000_4550be4bb11189cd.txt].",
  ["100%"])

Q("no_diacritics", "my loc doan tncs ho chi minh huyen long ghep tuyen truyen hoc tap suot doi qua nhung phong trao nao",
  [("M", "xây dựng xã hội học tập thông qua các phong trào hành động cách mạng của thanh niên, các phong trào thi đua học tập, nghiên cứu khoa học, lao động sáng tạo")],
  "Điểm V.9.c kế hoạch Mỹ Lộc: Đoàn TNCS Hồ Chí Minh huyện lồng ghép tuyên truyền về học tập suốt đời, xây dựng xã hội học "
  "tập thông qua các phong trào hành động cách mạng của thanh niên, các phong trào thi đua học tập, nghiên cứu khoa học, "
  "lao động sáng tạo trong thanh niên; vận động gây quỹ hỗ trợ thanh niên khó khăn đi học [001_7bafa58816a5de75.txt].",
  ["phong trào hành động cách mạng của thanh niên"])

Q("no_diacritics", "so thong tin va truyen thong, so noi vu, so cong thuong — so nao co viec trong ke hoach can tho 2024",
  [("C", "4. Sở Thông tin và Truyền thông Chỉ đạo, cung cấp thông tin"),
   ("C", "2. Sở Nội vụ Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan")],
  "Hai sở: Sở Thông tin và Truyền thông (mục V.4: chỉ đạo, cung cấp thông tin cho báo, đài tuyên truyền; phối hợp Sở "
  "GD&ĐT chuyển đổi số) và Sở Nội vụ (mục V.2: Đề án vị trí việc làm, cơ cấu viên chức) [003_1a817ee72b993e3e.txt]. Sở "
  "Công Thương không có trong kế hoạch Cần Thơ.",
  ["Sở Thông tin và Truyền thông", "Sở Nội vụ"])

Q("no_diacritics", "ke hoach ha noi ghi 'UNESSCO' hay 'UNESCO', co cho nao sai chinh ta khong",
  [("N", "mạng lưới “Thành phố học tập” của UNESSCO trong thời gian sớm nhất"),
   ("N", "Chủ động, tích cực tham gia mạng lưới “Thành phố học tập” của UNESCO.")],
  "Có một chỗ sai: mục tiêu tổng quát (II.1) ghi “… gia nhập vào mạng lưới “Thành phố học tập” của UNESSCO trong thời gian "
  "sớm nhất”, còn mục III.7 ghi đúng UNESCO (“Chủ động, tích cực tham gia mạng lưới “Thành phố học tập” của UNESCO”) "
  "[002_797e8de6131c77f9.txt].",
  ["UNESSCO", "UNESCO"])

Q("no_diacritics", "chi tieu mam non 4 tuoi cua my loc den 2030 la bat buoc hay chi phan dau thoi",
  [("M", "phấn đấu thực hiện phổ cập giáo dục mầm non cho trẻ em 04 tuổi")],
  "Chỉ là phấn đấu: mốc 2030 ghi “Duy trì, củng cố, nâng cao chất lượng phổ cập giáo dục mầm non cho trẻ 05 tuổi, phấn "
  "đấu thực hiện phổ cập giáo dục mầm non cho trẻ em 04 tuổi” [001_7bafa58816a5de75.txt].",
  ["phấn đấu thực hiện phổ cập giáo dục mầm non cho trẻ em 04 tuổi"])

Q("no_diacritics", "ờ cho hỏi là cái kế hoạch an lao thì phong giao duc phai lam gi ve hop tac quoc te a dạ với lại có học bổng quốc tế không",
  [("A", "Tham mưu, triển khai, tổ chức các hoạt động hợp tác quốc tế về giáo dục"),
   ("A", "thúc đẩy chương trình trao đổi, giao lưu, học bổng quốc tế")],
  "Ý cuối mục III.1 kế hoạch An Lão: Phòng Giáo dục và Đào tạo tham mưu, triển khai, tổ chức các hoạt động hợp tác quốc "
  "tế về giáo dục; tạo điều kiện để cơ sở giáo dục tiếp cận phương pháp, chương trình, công nghệ giáo dục của các nước; "
  "và có nhắc học bổng: “thúc đẩy chương trình trao đổi, giao lưu, học bổng quốc tế”, mở rộng cơ hội học tập cho người "
  "dân [004_b1b28019b71edc03.txt].",
  ["hợp tác quốc tế về giáo dục", "học bổng quốc tế"])

Q("no_diacritics", "can tho bo chi huy quan su thanh pho phoi hop voi ai de tuyen truyen hoc tap suot doi",
  [("C", "Chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện đẩy mạnh tuyên truyền về học tập suốt đời, xây dựng xã hội học tập trong lực lượng vũ trang")],
  "Điểm V.7.a: Bộ Chỉ huy Quân sự thành phố chủ trì, phối hợp với Sở Giáo dục và Đào tạo và Ủy ban nhân dân quận, huyện "
  "đẩy mạnh tuyên truyền về học tập suốt đời trong lực lượng vũ trang, cán bộ, chiến sĩ quân đội [003_1a817ee72b993e3e.txt].",
  ["Sở Giáo dục và Đào tạo", "Ủy ban nhân dân quận, huyện"])

Q("no_diacritics", "ha noi so van hoa va the thao nhan rong mo hinh hoc tap gan voi nhung phong trao nao",
  [("N", "gắn với phong trào xây dựng “Gia đình văn hóa”, “Làng văn hóa”, “Tổ dân phố văn hóa”, “Phường, thị trấn đạt chuẩn văn minh đô thị”")],
  "Mục V.4: Sở Văn hóa và Thể thao nhân rộng mô hình học tập suốt đời trong thiết chế văn hóa cơ sở (thư viện, bảo tàng, "
  "nhà văn hóa, câu lạc bộ…) gắn với phong trào xây dựng “Gia đình văn hóa”, “Làng văn hóa”, “Tổ dân phố văn hóa”, "
  "“Phường, thị trấn đạt chuẩn văn minh đô thị” [002_797e8de6131c77f9.txt].",
  ["Làng văn hóa", "Tổ dân phố văn hóa"])

# ---------------------------------------------------------------- abbreviation
Q("abbreviation", "UBND P. ở Huế: ngoài BC trước 15/12/2026 còn phải làm gì với TTHTCĐ?",
  [("H", "bảo đảm mỗi xã, phường có ít nhất một trung tâm học tập cộng đồng hoạt động hiệu quả"),
   ("H", "Tổ chức đánh giá, đề nghị công nhận các mô hình học tập và trung tâm học tập cộng đồng")],
  "Mục V.9: UBND các xã, phường rà soát, củng cố, kiện toàn hệ thống trung tâm học tập cộng đồng, bảo đảm mỗi xã, phường "
  "có ít nhất một trung tâm học tập cộng đồng hoạt động hiệu quả; tổ chức đánh giá, đề nghị công nhận các mô hình học tập "
  "và trung tâm học tập cộng đồng, chịu trách nhiệm về chất lượng kết quả [000_4550be4bb11189cd.txt].",
  ["ít nhất một trung tâm học tập cộng đồng", "đề nghị công nhận"])

Q("abbreviation", "Sở VH&TT TP Huế triển khai KH 288/KH-UBND — KH đó ban hành ngày nào?",
  [("H", "Kế hoạch số 288/KH-UBND ngày 25 tháng 8 năm 2023")],
  "Kế hoạch số 288/KH-UBND ngày 25 tháng 8 năm 2023 của UBND thành phố về Chương trình học tập suốt đời trong thư viện, "
  "bảo tàng, trung tâm văn hóa đến năm 2030 (mục V.2) [000_4550be4bb11189cd.txt].",
  ["25 tháng 8 năm 2023"])

Q("abbreviation", "Sở LĐ-TB&XH TP HN: gạch cuối về ĐT, ĐT lại cho những đối tượng nào?",
  [("N", "đào tạo lại cho các đối tượng: lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động")],
  "Mục V.2, gạch cuối: xây dựng và triển khai chương trình, dự án, đề án hỗ trợ đào tạo, đào tạo lại cho lao động nông "
  "thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động [002_797e8de6131c77f9.txt].",
  ["lao động nông thôn", "người hết tuổi lao động"])

Q("abbreviation", "P.LĐ-TB&XH h. ML chủ trì đào tạo bổ sung thì phối hợp với ai?",
  [("M", "Chủ trì phối hợp với Phòng Giáo dục và Đào tạo và các phòng, ban, ngành liên quan triển khai thực hiện các chương trình đào tạo bổ sung")],
  "Điểm V.2.a: Phòng Lao động - Thương binh và Xã hội chủ trì, phối hợp với Phòng Giáo dục và Đào tạo và các phòng, ban, "
  "ngành liên quan triển khai chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động "
  "[001_7bafa58816a5de75.txt].",
  ["Phòng Giáo dục và Đào tạo"])

Q("abbreviation", "BCĐ XHHT-XMC-PCGD TP CT: có vướng mắc khi triển khai KH thì phản ánh về đâu?",
  [("C", "phản ánh về Sở Giáo dục và Đào tạo (Thường trực Ban Chỉ đạo thành phố)")],
  "Về Sở Giáo dục và Đào tạo (Thường trực Ban Chỉ đạo thành phố) để tổng hợp, báo cáo, tham mưu trình Ban Chỉ đạo thành "
  "phố xem xét, quyết định [003_1a817ee72b993e3e.txt].",
  ["Thường trực Ban Chỉ đạo thành phố"])

Q("abbreviation", "HKH h. AL có task gì, có tự phát động PT nào không?",
  [("A", "Phát động các phong trào khuyến học, khuyến tài gắn với nội dung, quan điểm chỉ đạo của Tổng Bí thư")],
  "Mục III.5: Hội Khuyến học huyện phối hợp tuyên truyền về “Học tập suốt đời”, tích cực triển khai phong trào, và tự "
  "phát động: “Phát động các phong trào khuyến học, khuyến tài gắn với nội dung, quan điểm chỉ đạo của Tổng Bí thư”, chú "
  "trọng biểu dương, nhân rộng mô hình, tấm gương [004_b1b28019b71edc03.txt].",
  ["Phát động các phong trào khuyến học, khuyến tài"])

Q("abbreviation", "UBMTTQ VN TP HN & các TCTV được đề nghị làm gì?",
  [("N", "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội và các tổ chức thành viên phát động các cuộc vận động, phong trào thi đua")],
  "Điểm V.15.a: Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội và các tổ chức thành viên phát động các cuộc vận động, "
  "phong trào thi đua về khuyến học, khuyến tài, xây dựng xã hội học tập sâu rộng, gắn với các cuộc vận động, phong trào "
  "thi đua khác [002_797e8de6131c77f9.txt].",
  ["phát động các cuộc vận động, phong trào thi đua"])

# ---------------------------------------------------------------- paraphrase
Q("paraphrase", "Ở Huế, ai lo chuyện cho công nhân trong các nhà máy được học thêm suốt đời?",
  [("H", "8. Liên đoàn Lao động thành phố Chủ trì, phối hợp các sở, ngành"),
   ("H", "tổ chức thực hiện Kế hoạch số 147/KH-UBND ngày 17 tháng 4 năm 2023")],
  "Liên đoàn Lao động thành phố (mục V.8): chủ trì tổ chức thực hiện Kế hoạch số 147/KH-UBND ngày 17/4/2023 về Chương "
  "trình “Đẩy mạnh các hoạt động học tập suốt đời trong công nhân lao động tại các doanh nghiệp đến năm 2030” trên địa bàn "
  "thành phố Huế [000_4550be4bb11189cd.txt].",
  ["Liên đoàn Lao động thành phố", "147/KH-UBND"])

Q("paraphrase", "Hà Nội có nói tới việc giúp bà con vùng dân tộc đi học không — những đơn vị nào lo?",
  [("N", "10. Ban Dân tộc Thành phố Tham mưu Ủy ban nhân dân Thành phố xây dựng"),
   ("N", "vận động, tuyên truyền phụ nữ và trẻ em gái ở vùng đồng bào dân tộc thiểu số chưa biết chữ ra học các lớp xóa mù chữ")],
  "Có. Ban Dân tộc Thành phố (V.10) tham mưu chương trình vùng đồng bào dân tộc thiểu số và miền núi, tạo điều kiện cho "
  "trẻ em, người học vùng dân tộc thiểu số được học tập; Hội Liên hiệp phụ nữ Thành phố (V.15.d) vận động phụ nữ và trẻ em "
  "gái ở vùng đồng bào dân tộc thiểu số chưa biết chữ ra học các lớp xóa mù chữ; Sở Lao động - Thương binh và Xã hội (V.2) "
  "đào tạo nghề cho vùng đồng bào dân tộc thiểu số [002_797e8de6131c77f9.txt].",
  ["Ban Dân tộc Thành phố", "trẻ em gái ở vùng đồng bào dân tộc thiểu số"])

Q("paraphrase", "Kế hoạch Huế có tính tới bà con miền núi, người dân tộc không?",
  [("H", "chú trọng các địa bàn có điều kiện kinh tế – xã hội khó khăn, vùng đồng bào dân tộc thiểu số và miền núi")],
  "Có: mục III.3 tăng cường tập huấn cho đội ngũ làm khuyến học, xây dựng xã hội học tập các cấp, chú trọng các địa bàn "
  "có điều kiện kinh tế – xã hội khó khăn, vùng đồng bào dân tộc thiểu số và miền núi; mục III.5 cũng ưu tiên nâng cao "
  "chất lượng trung tâm học tập cộng đồng ở các địa bàn này [000_4550be4bb11189cd.txt].",
  ["vùng đồng bào dân tộc thiểu số và miền núi"])

Q("paraphrase", "Huyện An Lão có muốn kéo trường đại học về huyện không?",
  [("A", "thu hút, phát triển cơ sở giáo dục trình độ đại học")],
  "Có: mục III.1 giao Phòng Giáo dục và Đào tạo tiếp tục tham mưu rà soát, sắp xếp mạng lưới cơ sở giáo dục và “thu "
  "hút, phát triển cơ sở giáo dục trình độ đại học” [004_b1b28019b71edc03.txt].",
  ["thu hút, phát triển cơ sở giáo dục trình độ đại học"])

Q("paraphrase", "Mỹ Lộc có nhờ đài, tivi dạy học cho dân không?",
  [("M", "Tổ chức các chương trình giáo dục trên kênh phát thanh, truyền hình"),
   ("M", "Khai thác và sử dụng kho học liệu mở phục vụ việc tự học và học tập suốt đời trên các kênh truyền hình")],
  "Có: mục III.4.b tổ chức các chương trình giáo dục trên kênh phát thanh, truyền hình, báo điện tử và nền tảng số; III.4.c "
  "khai thác, sử dụng kho học liệu mở phục vụ tự học, học tập suốt đời trên các kênh truyền hình [001_7bafa58816a5de75.txt].",
  ["kênh phát thanh, truyền hình", "kho học liệu mở"])

Q("paraphrase", "Hà Nội có tính cho trường tự quyết về tài chính, tổ chức không?",
  [("N", "Hoàn thiện cơ chế tự chủ đối với các cơ sở giáo dục"),
   ("N", "trực thuộc xây dựng mô hình tự chủ trong tình hình và nhiệm vụ mới")],
  "Có: mục III.6 — hoàn thiện cơ chế tự chủ đối với các cơ sở giáo dục, ban hành định mức kinh tế - kỹ thuật, giá dịch vụ "
  "giáo dục mầm non, phổ thông; các cơ sở giáo dục đại học, cao đẳng trực thuộc xây dựng mô hình tự chủ trong tình hình "
  "mới [002_797e8de6131c77f9.txt].",
  ["cơ chế tự chủ", "mô hình tự chủ"])

Q("paraphrase", "Huế có cho người dân học online cùng các trường đại học không?",
  [("H", "triển khai các hình thức dạy học từ xa, trực tuyến hoặc kết hợp trực tiếp với trực tuyến")],
  "Có: mục III.6 khuyến khích cơ sở giáo dục thường xuyên, giáo dục nghề nghiệp hợp tác với trường đại học, cơ sở đào tạo "
  "chia sẻ học liệu điện tử, khóa học mở và triển khai các hình thức dạy học từ xa, trực tuyến hoặc kết hợp trực tiếp với "
  "trực tuyến để mở rộng cơ hội học tập cho người dân [000_4550be4bb11189cd.txt].",
  ["dạy học từ xa, trực tuyến"])

# ---------------------------------------------------------------- english
Q("english", "Please give me an English rendering of purpose b) of the My Loc plan, quoting the Vietnamese phrase about the kind of citizen people should become.",
  [("M", "tận dụng mọi cơ hội học tập để trở thành công dân số, công dân học tập toàn cầu")],
  "Purpose I.1.b of the My Loc plan: create a society-wide movement to study and make it easy for every citizen to learn "
  "regularly and throughout life, “tận dụng mọi cơ hội học tập để trở thành công dân số, công dân học tập toàn cầu” — "
  "making use of every learning opportunity to become digital citizens and global learning citizens "
  "[001_7bafa58816a5de75.txt].",
  ["công dân số, công dân học tập toàn cầu"])

Q("english", "Our foundation would like to co-fund community learning centres in Hanoi. Does the plan foresee support for them, especially outside the inner city, and does it accept outside funding?",
  [("N", "Rà soát, xây dựng cơ chế, chính sách hỗ trợ các trung tâm học tập cộng đồng để tăng hiệu quả hoạt động, nhất là các trung tâm học tập cộng đồng ở khu vực ngoại thành"),
   ("N", "huy động từ các nguồn tài trợ, đóng góp của doanh nghiệp, tổ chức, cá nhân")],
  "Yes on both counts. Item III.6 plans to review and build support mechanisms for community learning centres, “nhất là "
  "các trung tâm học tập cộng đồng ở khu vực ngoại thành” and areas with ethnic minorities; section IV funds the plan from "
  "the state budget and by mobilising “tài trợ”, contributions of enterprises, organisations and individuals "
  "[002_797e8de6131c77f9.txt].",
  ["ngoại thành", "tài trợ"])

Q("english", "Which Party resolution does the Hanoi plan implement, when was it adopted, and what short name does the plan give it?",
  [("N", "Nghị quyết số 23-NQ/TU ngày 16/11/2023 của Thành ủy Hà Nội"),
   ("N", "(sau đây gọi tắt là Nghị quyết số 23-NQ/TU)")],
  "Resolution No. 23-NQ/TU of the Hanoi Party Committee (Thành ủy Hà Nội), dated 16/11/2023, on strengthening Party "
  "leadership of study promotion and building a learning society to 2030 with a vision to 2045; the plan then calls it "
  "“Nghị quyết số 23-NQ/TU” for short [002_797e8de6131c77f9.txt].",
  ["23-NQ/TU", "16/11/2023"])

Q("english", "For a briefing note: give the life-skills target (kỹ năng sống) of each plan that sets one, with its year.",
  [("H", "80% số người trong độ tuổi lao động được trang bị kỹ năng sống."),
   ("M", "60% số người trong độ tuổi lao động được trang bị kỹ năng sống."),
   ("N", "50% số người trong độ tuổi lao động được trang bị kỹ năng sống."),
   ("C", "Phần đầu đạt tỷ lệ 90% số người trong độ tuổi lao động được trang bị kỹ năng sống")],
  "Share of working-age people equipped with life skills: Hue 80% in 2026 [000_4550be4bb11189cd.txt]; My Loc 60% by 2025 "
  "and 80% by 2030 [001_7bafa58816a5de75.txt]; Hanoi 50% by 2025 and 70% by 2030 [002_797e8de6131c77f9.txt]; Can Tho 90% "
  "in 2024 (written “Phần đầu đạt tỷ lệ”, i.e. strive for) [003_1a817ee72b993e3e.txt]. An Lao sets no figures.",
  ["80%", "60%", "50%", "90%"])

Q("english", "Which of these appear with their own task in the Hanoi plan's section V: the Capital High Command, the Department of Health, the city Ethnic Minorities Committee, the Department of Industry and Trade?",
  [("N", "Bộ Tư lệnh Thủ đô: tiếp tục tổ chức, tăng cường công tác tuyên truyền"),
   ("N", "10. Ban Dân tộc Thành phố Tham mưu Ủy ban nhân dân Thành phố xây dựng")],
  "Two of them: the Capital High Command (“Bộ Tư lệnh Thủ đô”, under item V.8 with the city police: education in national "
  "defence and security knowledge) and the Ethnic Minorities Committee (“Ban Dân tộc Thành phố”, item V.10: programmes for "
  "ethnic minority and mountain areas) [002_797e8de6131c77f9.txt]. The Departments of Health and of Industry and Trade are "
  "not named in the plan.",
  ["Bộ Tư lệnh Thủ đô", "Ban Dân tộc Thành phố"])

Q("english", "Is Can Tho's 66% lower-secondary target a firm commitment or an aspiration? Quote the line.",
  [("C", "100% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 2; phần đầu có 66% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3")],
  "An aspiration: the line reads “100% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 2; phần đầu có 66% "
  "quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3” — level 2 for all districts is stated flat, while the "
  "66% for level 3 is introduced by “phần đầu”, a typo for “phấn đấu” (strive for) [003_1a817ee72b993e3e.txt].",
  ["66%", "phần đầu"])

Q("english", "The Hue plan cites KH 471 with an odd-looking date. What exactly does it print?",
  [("H", "Kế hoạch số 471/KH-UBND ngày 22 tháng 12 tháng 2022")],
  "Item V.7 prints “Kế hoạch số 471/KH-UBND ngày 22 tháng 12 tháng 2022” — “tháng” appears twice where “năm” is meant, "
  "so it reads as 22 December 2022 [000_4550be4bb11189cd.txt].",
  ["22 tháng 12 tháng 2022"])

Q("english", "Fill in the blank from the Hanoi plan's 2030 targets: '___% of the population aged 15 and over trained to a professional/technical level; of which 15% hold a university degree or higher'.",
  [("N", "60% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật. Trong đó, 15% dân số có trình độ đại học trở lên.")],
  "60% (Hanoi, target for 2030, item II.2.2.b); the 2025 figure was 50% [002_797e8de6131c77f9.txt].",
  ["60%"])

Q("english", "Could you translate the purpose of Can Tho's plan into English, keeping the key Vietnamese terms?",
  [("C", "Tổ chức triển khai thực hiện hiệu quả, đúng tiến độ các nhiệm vụ được giao tại Quyết định số 1373/QĐ-TTg"),
   ("C", "củng cố, tổ chức bộ phận chỉ đạo xây dựng xã hội học tập giai đoạn 2021 - 2030 các cấp của thành phố")],
  "Purpose (I.1) of Can Tho's plan 74/KH-BCĐ: to carry out effectively and on schedule (“đúng tiến độ”) the tasks assigned "
  "by Decision 1373/QĐ-TTg in line with the city's socio-economic development plan; to consolidate and organise the "
  "steering units (“bộ phận chỉ đạo”) for building a learning society 2021-2030 at all levels of the city; and to set up "
  "coordination mechanisms among levels, sectors, organisations and enterprises [003_1a817ee72b993e3e.txt].",
  ["đúng tiến độ", "bộ phận chỉ đạo"])

Q("english", "Apart from the district People's Committees, who does the Can Tho plan ask to draw up budget estimates?",
  [("C", "các sở, ban ngành, đoàn thể có liên quan và Ủy ban nhân dân quận, huyện xây dựng kế hoạch và dự toán kinh phí thực hiện")],
  "Section IV: besides the district People's Committees, “các sở, ban ngành, đoàn thể có liên quan” — the relevant "
  "departments, agencies and mass organisations — draw up plans and cost estimates based on their assigned tasks, "
  "consolidated in their annual budget estimates [003_1a817ee72b993e3e.txt].",
  ["các sở, ban ngành, đoàn thể có liên quan"])

Q("english", "Which of these titles does the My Loc plan mention: 'Dòng họ học tập', 'Tỉnh học tập', 'Trường học hạnh phúc'?",
  [("M", "“Dòng họ học tập”, “Đơn vị học tập” đối với các cơ quan cấp huyện"),
   ("M", "loại “Huyện, thành phố học tập”, “Tỉnh học tập”")],
  "The first two: item III.6.g speaks of evaluating “Cộng đồng học tập”, “Gia đình học tập”, “Dòng họ học tập”, “Đơn vị học "
  "tập” and building “Công dân học tập” towards “Huyện, thành phố học tập” and “Tỉnh học tập” [001_7bafa58816a5de75.txt]. "
  "“Trường học hạnh phúc” does not appear in the plan.",
  ["Dòng họ học tập", "Tỉnh học tập"])

Q("english", "Does the My Loc plan commit to a fixed share of trained workers in its vocational-training policy line, or does it leave the figure open? What exactly does it say?",
  [("M", "nâng tỷ lệ người lao động qua đào tạo lên theo chỉ tiêu cụ thể")],
  "It leaves it open: item III.3.đ ends “Đào tạo nghề cho người lao động, nâng tỷ lệ người lao động qua đào tạo lên theo "
  "chỉ tiêu cụ thể” — raise the share of trained workers according to specific targets, without stating one "
  "[001_7bafa58816a5de75.txt].",
  ["theo chỉ tiêu cụ thể"])

Q("english", "Translate the title of Hanoi's item III.4 into English and give the city slogan it ends with.",
  [("N", "4. Phát huy vai trò của các tổ chức chính trị - xã hội, xã hội nghề nghiệp và tổ chức xã hội trong phong trào khuyến học, khuyến tài"),
   ("N", "\"Văn hiến - Văn minh - Hiện đại\"")],
  "Item III.4 “Phát huy vai trò của các tổ chức chính trị - xã hội, xã hội nghề nghiệp và tổ chức xã hội trong phong trào "
  "khuyến học, khuyến tài phù hợp với tình hình mới” — “Promoting the role of socio-political, socio-professional and "
  "social organisations in the study-promotion movement in the new situation”. The item ends with building Hanoi as "
  "\"Văn hiến - Văn minh - Hiện đại\" (cultured, civilised, modern) [002_797e8de6131c77f9.txt].",
  ["tổ chức chính trị - xã hội", "Văn hiến - Văn minh - Hiện đại"])

Q("english", "Fill the gap in the My Loc plan: 'Chủ động, tích cực tham gia mạng lưới “___” do ... UNESCO điều hành'.",
  [("M", "Chủ động, tích cực tham gia mạng lưới “Thành phố học tập toàn cầu” do Tổ chức Giáo dục, Khoa học và Văn hóa của Liên hợp quốc (UNESCO) điều hành")],
  "“Thành phố học tập toàn cầu” (UNESCO's Global Network of Learning Cities), item III.7.đ of the My Loc plan "
  "[001_7bafa58816a5de75.txt].",
  ["Thành phố học tập toàn cầu"])

Q("english", "Which loaded plans give the Women's Union a task about women or girls who cannot read?",
  [("M", "vận động, tuyên truyền phụ nữ và trẻ em gái chưa biết chữ ra học các lớp xóa mù chữ, đẩy mạnh hoạt động có hiệu quả đối với “Quỹ học bổng Hoàng Ngân”"),
   ("N", "vận động, tuyên truyền phụ nữ và trẻ em gái ở vùng đồng bào dân tộc thiểu số chưa biết chữ ra học các lớp xóa mù chữ")],
  "Two: My Loc (V.9.e, the district Women's Union: bring illiterate women and girls to literacy classes and run the “Quỹ "
  "học bổng Hoàng Ngân” scholarship fund) [001_7bafa58816a5de75.txt] and Hanoi (V.15.d, the city Women's Union: the same "
  "for women and girls in “vùng đồng bào dân tộc thiểu số”) [002_797e8de6131c77f9.txt]. Can Tho's Women's Union item is "
  "about children attending school, not adult literacy.",
  ["Quỹ học bổng Hoàng Ngân", "vùng đồng bào dân tộc thiểu số"])

Q("english", "Which loaded plan is the only one issued by a steering committee rather than a People's Committee, and how is it signed?",
  [("C", "Số: 74 /KH-BCĐ"),
   ("C", "TM. BAN CHỈ ĐẠO TRƯỞNG BAN")],
  "Can Tho's plan, No. “74 /KH-BCĐ”, issued by the city Steering Committee for building a learning society, literacy and "
  "universal education; it is signed “TM. BAN CHỈ ĐẠO TRƯỞNG BAN” (on behalf of the Steering Committee, its Head), by "
  "Nguyễn Thực Hiện, Vice-Chairman of the city People's Committee [003_1a817ee72b993e3e.txt].",
  ["74 /KH-BCĐ", "TM. BAN CHỈ ĐẠO"])

Q("english", "um quick one what year does the can tho plan cover and uh when was it signed",
  [("C", "Cần Thơ, ngày 04 tháng 5 năm 2024"),
   ("C", "Xây dựng xã hội học tập năm 2024 trên địa bàn thành phố Cần Thơ")],
  "It covers the year 2024 (“Xây dựng xã hội học tập năm 2024 trên địa bàn thành phố Cần Thơ”) and is dated “04 tháng 5 "
  "năm 2024” (4 May 2024) [003_1a817ee72b993e3e.txt].",
  ["năm 2024", "04 tháng 5 năm 2024"])

Q("english", "In the My Loc plan, which office must set up inter-sector coordination rules (quy chế phối hợp liên ngành)?",
  [("M", "Xây dựng quy chế phối hợp liên ngành giữa Phòng Giáo dục và Đào tạo và các phòng, ban, ngành liên quan")],
  "The District Office of Education and Training (Phòng Giáo dục và Đào tạo), item V.1.c: build “quy chế phối hợp liên "
  "ngành” between itself and the relevant offices, and strictly apply the rules on testing and recognising continuing "
  "education results [001_7bafa58816a5de75.txt].",
  ["Phòng Giáo dục và Đào tạo", "quy chế phối hợp liên ngành"])

Q("english", "Is the Hanoi 2025 target on public schools meeting national standards a single figure or a range? And the 2030 one?",
  [("N", "80-85% trường công lập đạt chuẩn quốc gia;"),
   ("N", "85-90% trường công lập đạt chuẩn quốc gia.")],
  "Both are ranges: 80-85% of public schools meeting national standards by 2025, and 85-90% by 2030 "
  "[002_797e8de6131c77f9.txt].",
  ["80-85%", "85-90%"])

# ---------------------------------------------------------------- unanswerable: near misses on the same shapes
NO = "Kế hoạch không nêu điều này"

U("Việc viễn thông công ích ấy căn cứ vào văn bản nào mà giao? Kế hoạch có dẫn số văn bản không?", ["M"],
  r"vien thong cong ich[^.;]{0,80}(quyet dinh|nghi dinh|thong tu|\d+/)",
  "Kế hoạch Mỹ Lộc không dẫn văn bản nào cho việc này: điểm V.3.b chỉ ghi hỗ trợ cung cấp dịch vụ viễn thông công ích "
  "đến năm 2030 “cho các đối tượng theo quy định của nhà nước”, không nêu số hiệu văn bản căn cứ.",
  [u("Mỹ Lộc giao Trung tâm Văn hóa - Thể thao và Truyền thông làm gì?"),
   a("Mục V.3 kế hoạch Mỹ Lộc [001_7bafa58816a5de75.txt]: a) chỉ đạo, hướng dẫn báo chí, truyền thông, thông tin cơ sở "
     "tuyên truyền về Kế hoạch; b) chủ trì, phối hợp thực hiện hỗ trợ cung cấp dịch vụ viễn thông công ích đến năm 2030 cho "
     "các đối tượng theo quy định của nhà nước.")])

U("Mục V.4 đó có ghi tổng kinh phí bao nhiêu tỷ đồng không?", ["H"], r"ty dong|trieu dong|\d+ ?ty\b",
  "Không. Kế hoạch Huế không ghi số tiền nào: Sở Tài chính chỉ tham mưu bố trí kinh phí theo khả năng cân đối ngân sách, "
  "và phần IV chỉ nêu nguồn (ngân sách theo phân cấp, nguồn hợp pháp khác) và Nghị quyết 16/2025/NQ-HĐND về mức chi.",
  [u("Sở Tài chính Huế làm gì trong kế hoạch này?"),
   a("Mục V.4 [000_4550be4bb11189cd.txt]: trên cơ sở đề nghị của các cơ quan, đơn vị và khả năng cân đối ngân sách, Sở Tài "
     "chính tham mưu UBND thành phố bố trí kinh phí thực hiện Kế hoạch theo Luật Ngân sách Nhà nước.")])

U("Theo văn bản nào mà Phòng Nội vụ được giao nghiên cứu chính sách miễn trừ trách nhiệm đó? Kế hoạch có ghi số văn bản không?", ["A"],
  r"mien tru trach nhiem[^.]{0,200}(nghi dinh|ket luan|quyet dinh|so \d)",
  "Kế hoạch An Lão không nêu văn bản căn cứ cho việc nghiên cứu chính sách bảo vệ cán bộ, miễn trừ trách nhiệm; mục III.2 "
  "chỉ giao Phòng Nội vụ nghiên cứu cơ chế, chính sách đó.",
  [u("Phòng Nội vụ An Lão được giao gì?"),
   a("Mục III.2 [004_b1b28019b71edc03.txt]: tham mưu kế hoạch, kinh phí đào tạo, bồi dưỡng cán bộ, công chức, viên chức; "
     "khảo sát, đánh giá đội ngũ; nghiên cứu khung tiêu chí đánh giá, sàng lọc cán bộ; nghiên cứu chính sách khuyến khích cán "
     "bộ dám nghĩ, dám làm và chính sách bảo vệ cán bộ, miễn trừ trách nhiệm đối với cán bộ tiên phong.")])

U("Cái Phụ lục mà mục III.8 nhắc tới liệt kê những nhiệm vụ trọng tâm nào?", ["M"], r"\bstt\b|phu luc (i|1|so)\b",
  "Bản kế hoạch Mỹ Lộc đã nạp chỉ có dòng “(Danh mục nhiệm vụ trọng tâm trong Phụ lục kèm theo Kế hoạch)”; bản thân Phụ lục "
  "không có trong văn bản, nên không thể nói danh mục gồm những nhiệm vụ nào.",
  [u("Mục kiểm tra, giám sát của Mỹ Lộc nói gì?"),
   a("Mục III.8 [001_7bafa58816a5de75.txt]: thực hiện đúng chế độ thông tin, báo cáo; Ban chỉ đạo các cấp xây dựng kế "
     "hoạch kiểm tra, giám sát hằng năm; trước ngày 30 tháng 11 hằng năm gửi báo cáo về Phòng Giáo dục và Đào tạo - Thường "
     "trực Ban chỉ đạo; và ghi “(Danh mục nhiệm vụ trọng tâm trong Phụ lục kèm theo Kế hoạch)”.")])

U("Điền chỗ trống trong kế hoạch An Lão: “___% công dân đạt danh hiệu công dân học tập”.", ["A"], r"%|phan tram",
  "Kế hoạch An Lão không có câu này và không đặt chỉ tiêu phần trăm nào; nó chỉ yêu cầu triển khai, đẩy mạnh mô hình “Công "
  "dân học tập” mà không kèm con số.")

U("Kế hoạch Cần Thơ: “… hoàn thành trước ngày ___/12/2024” — điền ngày nào?", ["C"], r"\d+/12/2024|thang 12 nam 2024|truoc ngay",
  "Kế hoạch Cần Thơ năm 2024 không có câu nào đặt hạn hoàn thành trong tháng 12/2024; kế hoạch không ghi ngày hạn nào.")

U("Trong các cơ quan Sở Y tế, Sở Công Thương, Sở Ngoại vụ — cơ quan nào có nhiệm vụ trong kế hoạch Huế?", ["H"],
  r"so y te|cong thuong|ngoai vu",
  "Không cơ quan nào trong ba cơ quan này có tên trong kế hoạch Huế năm 2026; phần V chỉ nêu Sở Giáo dục và Đào tạo, Sở "
  "Văn hóa và Thể thao, Sở Nội vụ, Sở Tài chính, các sở, ban, ngành trực thuộc, Mặt trận và đoàn thể, Hội Khuyến học, Liên "
  "đoàn Lao động và UBND các xã, phường.")

U("Dịch sang tiếng Anh giúp tôi nhiệm vụ của Sở Khoa học và Công nghệ trong kế hoạch Hà Nội.", ["N"], r"khoa hoc va cong nghe",
  "Kế hoạch Hà Nội không giao nhiệm vụ nào cho Sở Khoa học và Công nghệ, nên không có câu nào để dịch.")

U("Chỉ tiêu của An Lão ghi là “phấn đấu” hay bắt buộc, bao nhiêu phần trăm?", ["A"], r"%|phan dau",
  "Kế hoạch An Lão không có chỉ tiêu định lượng nào (không có con số phần trăm, không có câu “phấn đấu”), nên không có "
  "mức cam kết nào để so.")

U("Kế hoạch Cần Thơ có chỗ nào ghi hạn báo cáo khác nhau giữa Sở GD&ĐT và UBND quận, huyện không?", ["C"],
  r"truoc ngay|han chot|thoi han|hang quy",
  "Kế hoạch Cần Thơ không ghi ngày hạn báo cáo cho Sở Giáo dục và Đào tạo hay cho UBND quận, huyện, nên không có hai hạn "
  "nào để so; nó chỉ giao Sở GD&ĐT tham mưu kiểm tra, đánh giá, tổng hợp, báo cáo.")

U("Mục 12 đó có quy định mỗi tuần phát bao nhiêu chương trình không?", ["N"],
  r"moi tuan|hang tuan|\d+ (chuong trinh|so|ky|lan|buoi)[^.]{0,20}(tuan|thang)",
  "Không. Mục V.12 chỉ yêu cầu xây dựng chuyên mục và tuyên truyền; kế hoạch Hà Nội không quy định số chương trình hay tần "
  "suất phát sóng.",
  [u("Đài Phát thanh và Truyền hình Hà Nội được giao gì?"),
   a("Mục V.12 [002_797e8de6131c77f9.txt]: cơ quan thông tấn, báo chí của Thành phố và Đài Phát thanh và Truyền hình Hà Nội "
     "xây dựng chuyên mục và tuyên truyền về khuyến học, khuyến tài, học tập suốt đời, xây dựng xã hội học tập.")])

U("Việc Đề án vị trí việc làm đó căn cứ nghị định nào?", ["C"], r"nghi dinh",
  "Kế hoạch Cần Thơ không dẫn nghị định nào cho việc này; mục V.2 chỉ ghi xây dựng Đề án vị trí việc làm “theo quy định”.",
  [u("Sở Nội vụ Cần Thơ làm gì?"),
   a("Mục V.2 [003_1a817ee72b993e3e.txt]: Sở Nội vụ chủ trì xây dựng Đề án vị trí việc làm, điều chỉnh vị trí việc làm và cơ "
     "cấu viên chức theo chức danh nghề nghiệp trong các đơn vị sự nghiệp công lập theo quy định.")])

U("Kế hoạch xã hội học tập của huyện Mỹ Đức giao Phòng GD&ĐT những gì?", ALL, r"my duc",
  "Không có kế hoạch nào của huyện Mỹ Đức trong các văn bản đã nạp (gần tên nhất là huyện Mỹ Lộc, tỉnh Nam Định, và kế "
  "hoạch của thành phố Hà Nội).")

U("Thị xã Hương Thủy đặt chỉ tiêu công dân học tập bao nhiêu năm 2026?", ALL, r"huong thuy",
  "Không có kế hoạch riêng của thị xã Hương Thủy trong các văn bản đã nạp; kế hoạch Huế năm 2026 là của thành phố Huế và "
  "không tách chỉ tiêu cho từng địa phương.")

U("Kế hoạch của huyện Cần Đước về học tập suốt đời giao việc gì cho xã?", ALL, r"can duoc",
  "Không có kế hoạch nào của huyện Cần Đước trong các văn bản đã nạp (kế hoạch gần tên là của thành phố Cần Thơ).")

U("What does the Hai Duong plan ask of the provincial Labour Federation?", ALL, r"hai duong",
  "None of the loaded plans is from Hai Duong (the nearest names are An Lao district of Hai Phong and the other three "
  "cities' plans), so nothing can be said about a Hai Duong plan.")

U("Kế hoạch của thành phố Nam Định giao gì cho UBND các phường?", ALL, r"thanh pho nam dinh",
  "Không có kế hoạch của thành phố Nam Định trong các văn bản đã nạp; văn bản của Nam Định là kế hoạch huyện Mỹ Lộc (thực "
  "hiện Kế hoạch 145 của UBND tỉnh), giao việc cho UBND các xã, thị trấn của huyện.")

U("Hiện nay Huế có bao nhiêu trung tâm học tập cộng đồng đang hoạt động?", ["H"],
  r"\d+ trung tam hoc tap cong dong|hien co \d+|\d+ tthtcd",
  "Kế hoạch Huế không nêu số trung tâm học tập cộng đồng hiện có; nó chỉ yêu cầu mỗi xã, phường có ít nhất một trung tâm.")

U("Hà Nội hiện đã có bao nhiêu người đạt danh hiệu công dân học tập?", ["N"], r"\d+[.,]?\d* (nguoi|cong dan) (da )?dat",
  "Kế hoạch Hà Nội chỉ đặt chỉ tiêu (50% năm 2025, 70% năm 2030), không nêu số người đã đạt danh hiệu hiện nay.")

U("Xã nào ở Mỹ Lộc không nộp báo cáo đúng hạn thì bị xử lý thế nào?", ["M"], r"xu ly|xu phat|ky luat|phe binh|khien trach",
  "Kế hoạch Mỹ Lộc không quy định hình thức xử lý nào khi xã nộp báo cáo chậm; nó chỉ đặt hạn (trước ngày 10 tháng 12 "
  "hằng năm).")

U("Phường nào ở Huế không đạt Cộng đồng học tập thì có bị trừ điểm thi đua không?", ["H"],
  r"tru diem|ky luat|xu ly|xu phat|khong xet thi dua|ha bac",
  "Kế hoạch Huế không nói tới chế tài hay trừ điểm thi đua; nó chỉ yêu cầu UBND xã, phường chịu trách nhiệm về chất lượng, "
  "tính thực chất của kết quả đánh giá, công nhận.")

U("Huế đặt chỉ tiêu gì cho năm 2027?", ["H"], r"2027",
  "Kế hoạch Huế chỉ là kế hoạch năm 2026; nó không đặt chỉ tiêu cho năm 2027.")

U("Cần Thơ đặt chỉ tiêu kỹ năng sống cho năm 2025 là bao nhiêu?", ["C"], r"2025",
  "Kế hoạch Cần Thơ là kế hoạch năm 2024 (90% kỹ năng sống cho năm 2024); nó không đặt chỉ tiêu cho năm 2025.")

U("Phòng Y tế huyện An Lão có nhiệm vụ gì trong kế hoạch học tập suốt đời?", ["A"], r"y te",
  "Kế hoạch An Lão không nhắc Phòng Y tế; nếu có thì chỉ thuộc mục chung “Các phòng, ban, ngành huyện”, không có việc riêng.")

U("Mỹ Lộc đặt bao nhiêu % gia đình đạt danh hiệu “Gia đình học tập”?", ["M"], r"\d+ ?% [^.]{0,60}gia dinh",
  "Kế hoạch Mỹ Lộc có nhắc đánh giá, xếp loại “Gia đình học tập” nhưng không đặt con số phần trăm nào cho nó.")

U("Huế đặt bao nhiêu % dân số có kỹ năng số năm 2026?", ["H"], r"ky nang so\b",
  "Kế hoạch Huế không có chỉ tiêu kỹ năng số; chỉ tiêu gần nhất là 87% người trong độ tuổi lao động được trang bị năng lực "
  "công nghệ thông tin.")

U("Cơ quan duy nhất của An Lão bị đặt ngày hạn cụ thể là ai?", ["A"], r"truoc ngay|han chot|thoi han|quy (i|ii|iii|iv)\b",
  "Không có cơ quan nào: kế hoạch An Lão không đặt ngày hạn cụ thể cho ai; các việc chỉ ghi “hằng năm”, “định kỳ” hay “theo "
  "yêu cầu”.")

U("Translate the Hanoi plan's total budget into US dollars, please.", ["N"], r"ty dong|trieu dong|\bvnd\b",
  "The Hanoi plan states no budget amount at all — only that funds come from annual state budget estimates and "
  "sponsorship — so there is nothing to convert.")

U("Which of these does the Can Tho plan assign a task to: the Department of Health, the Department of Industry and Trade, the Department of Foreign Affairs?", ["C"],
  r"so y te|cong thuong|ngoai vu",
  "None of them: the Can Tho plan does not name the Departments of Health, Industry and Trade or Foreign Affairs.")

U("What is the Hue plan's target for the share of 'learning families'?", ["H"], r"gia dinh hoc tap",
  "The Hue 2026 plan sets no target for “Gia đình học tập” (learning families); its model targets are learning citizens "
  "(40%), learning units and learning communities.")

U("And how much money does that department set aside per year?", ["N"], r"ty dong|trieu dong|\bvnd\b",
  "The Hanoi plan does not give an amount: the Department of Finance ensures funds within the annual budget estimates, "
  "but no figure is stated.",
  [u("What is the Department of Finance's role in the Hanoi plan?"),
   a("Item V.6 [002_797e8de6131c77f9.txt]: ensure funding in the annual budget estimates (by level) under the State Budget "
     "Law; guide financial mechanisms for the plan's tasks; with other departments, review policies to mobilise and "
     "diversify social resources.")])

U("Kế hoạch nào trong năm kế hoạch đặt hạn nộp báo cáo vào tháng 6?", ALL, r"truoc ngay \d+ thang 6|truoc ngay \d+/6",
  "Không kế hoạch nào đặt hạn báo cáo vào tháng 6; các hạn báo cáo được ghi là 15/12/2026 (Huế), 30 tháng 11, 10 và 15 "
  "tháng 12 (Mỹ Lộc) và 01 tháng 12 (Hà Nội).")

U("Số hiệu của kế hoạch Mỹ Lộc là bao nhiêu?", ["M"], r"so: ?\d+ ?/kh-ubnd",
  "Bản đã nạp để trống số: dòng số hiệu ghi “Số: /KH-UBND” và ngày “… tháng … năm 2022”, nên kế hoạch không cho biết số "
  "hiệu.")

U("ờ cho hỏi kế hoạch của huyện an lão thì cái ngày hội học tập tổ chức vào tháng mấy ạ", ["A"], r"ngay hoi|tuan le",
  "Kế hoạch An Lão không nhắc ngày hội học tập hay tuần lễ học tập suốt đời nào, nên không có tháng tổ chức.")
