# Set 61 questions on the five bundled plans (data/plans/*.txt). Written blind (see eval/sets/README.md, Set 61).
# Each answerable question: (type, question, answer, evidence [(plan key, verbatim span)], key facts, history).
# Each unanswerable question: a probe regex (accent-free, lower case) that must NOT match the plans in `about`.

PLANS = {
    "H": "000_4550be4bb11189cd.txt",  # Huế, KH thực hiện Đề án XHHT năm 2026 (UBND thành phố Huế)
    "M": "001_7bafa58816a5de75.txt",  # huyện Mỹ Lộc (Nam Định), KH giai đoạn 2021-2030, năm 2022
    "N": "002_797e8de6131c77f9.txt",  # Hà Nội, KH thực hiện NQ 23-NQ/TU, năm 2024 (ngày, tháng bỏ trống)
    "C": "003_1a817ee72b993e3e.txt",  # Cần Thơ, KH 74/KH-BCĐ ngày 04/5/2024, XHHT năm 2024
    "A": "004_b1b28019b71edc03.txt",  # huyện An Lão (Hải Phòng), phong trào “Học tập suốt đời”
}

QUESTIONS = []


def U_(role, content):
    return {"role": role, "content": content}


def Q(type_, question, answer, evidence, key_facts, history=None):
    QUESTIONS.append({"type": type_, "question": question, "answer": answer, "evidence": evidence,
                      "key_facts": key_facts, "history": history or []})


def X(question, answer, probe, about, history=None):
    QUESTIONS.append({"type": "unanswerable", "question": question, "answer": answer, "evidence": [],
                      "key_facts": [], "history": history or [], "probe": probe, "about": about})


def H(*turns):
    out = []
    for i, t in enumerate(turns):
        out.append(U_("user" if i % 2 == 0 else "assistant", t))
    return out


# ---------------------------------------------------------------- agency_tasks
Q("agency_tasks",
  "Trong kế hoạch ban hành ngày 04/5/2024, Công an thành phố được giao việc gì?",
  "Kế hoạch ban hành ngày 04/5/2024 là Kế hoạch số 74/KH-BCĐ của Ban Chỉ đạo thành phố Cần Thơ (xây dựng xã hội học "
  "tập năm 2024). Theo mục V.8, Công an thành phố chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, "
  "huyện tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân và học viên trong các "
  "trại giam, trại tạm giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng (nếu có).",
  [("C", "Cần Thơ, ngày 04 tháng 5 năm 2024"),
   ("C", "Chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện tổ chức các lớp học xóa mù chữ, "
         "phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân và học viên trong các trại giam, trại tạm giam, cơ "
         "sở giáo dục bắt buộc, trường giáo dưỡng (nếu có).")],
  ["xóa mù chữ", "trại viên, phạm nhân"])

Q("agency_tasks",
  "Bản kế hoạch chỉ làm cho riêng năm 2026 giao Liên đoàn Lao động thành phố việc gì?",
  "Kế hoạch riêng cho năm 2026 là Kế hoạch thực hiện Đề án “Xây dựng xã hội học tập” năm 2026 của thành phố Huế. Mục "
  "V.8 giao Liên đoàn Lao động thành phố chủ trì, phối hợp các sở, ngành, địa phương tổ chức thực hiện Kế hoạch số "
  "147/KH-UBND ngày 17 tháng 4 năm 2023 về Chương trình “Đẩy mạnh các hoạt động học tập suốt đời trong công nhân lao "
  "động tại các doanh nghiệp đến năm 2030” trên địa bàn thành phố Huế.",
  [("H", "Thực hiện Đề án “Xây dựng xã hội học tập” năm 2026"),
   ("H", "tổ chức thực hiện Kế hoạch số 147/KH-UBND ngày 17 tháng 4 năm 2023 về việc triển khai thực hiện Chương trình "
         "“Đẩy mạnh các hoạt động học tập suốt đời trong công nhân lao động tại các doanh nghiệp đến năm 2030” trên "
         "địa bàn thành phố Huế.")],
  ["147/KH-UBND", "công nhân lao động tại các doanh nghiệp"])

Q("agency_tasks",
  "Kế hoạch cấp huyện về phong trào “Học tập suốt đời” giao Phòng Văn hóa Khoa học và Thông tin những gì?",
  "Đó là kế hoạch của huyện An Lão (thực hiện Kế hoạch 108/KH-UBND của thành phố Hải Phòng). Phòng Văn hóa Khoa học và "
  "Thông tin (mục III.3) chủ trì tham mưu cơ chế, chính sách thúc đẩy khoa học, công nghệ, đổi mới sáng tạo và chuyển "
  "đổi số; chủ trì tham mưu triển khai phong trào “Bình dân học vụ số” trong toàn dân trên địa bàn huyện; tham mưu củng "
  "cố các thiết chế văn hóa, xây dựng, nhân rộng mô hình “thư viện số”, “thư viện công cộng”; phối hợp xây dựng chuyên "
  "đề, hội thảo, cuộc thi về học tập lịch sử, văn hóa.",
  [("A", "Chủ trì tham mưu triển khai phong trào “Bình dân học vụ số” trong toàn dân trên địa bàn huyện."),
   ("A", "xây dựng, nhân rộng mô hình “thư viện số”, “thư viện công cộng” nhằm đáp ứng nhu cầu học tập, tìm kiếm, tra "
         "cứu thông tin của người dân.")],
  ["Bình dân học vụ số", "thư viện số"])

Q("agency_tasks",
  "Điền giúp em hai ô còn trống (kế hoạch giai đoạn 2021-2030 của huyện Mỹ Lộc):\n"
  "Cơ quan: Phòng Lao động - Thương binh và Xã hội\n"
  "Đối tượng được hỗ trợ đào tạo, đào tạo lại: ……\n"
  "Mô hình cần nhân rộng: ……",
  "Theo mục V.2 của kế hoạch Mỹ Lộc:\n"
  "- Đối tượng được hỗ trợ đào tạo, đào tạo lại: lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, "
  "người hết tuổi lao động (V.2.c).\n"
  "- Mô hình cần nhân rộng: các mô hình đào tạo, đào tạo lại nghề nghiệp cho người lao động trong các doanh nghiệp "
  "(V.2.b).",
  [("M", "Triển khai các chương trình, dự án, đề án hỗ trợ đào tạo, đào tạo lại cho các đối tượng: lao động nông thôn, "
         "người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động."),
   ("M", "Nhân rộng các mô hình đào tạo, đào tạo lại nghề nghiệp cho người lao động trong các doanh nghiệp")],
  ["lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động",
   "đào tạo lại nghề nghiệp"])

Q("agency_tasks",
  "Bộ Tư lệnh Thủ đô có việc gì trong kế hoạch của Hà Nội vậy ạ 🙏",
  "Theo mục V.8 (Lực lượng vũ trang Thành phố) của kế hoạch Hà Nội, Bộ Tư lệnh Thủ đô tiếp tục tổ chức, tăng cường "
  "tuyên truyền, phổ biến giáo dục, bồi dưỡng kiến thức quốc phòng, an ninh cho mọi tầng lớp nhân dân, nhất là những "
  "người có uy tín trong cộng đồng dân cư, chức sắc, chức việc tôn giáo, già làng, trưởng họ tộc.",
  [("N", "Bộ Tư lệnh Thủ đô: tiếp tục tổ chức, tăng cường công tác tuyên truyền, phổ biến giáo dục, bồi dưỡng kiến "
         "thức quốc phòng, an ninh cho mọi tầng lớp nhân dân, nhất là những người có uy tín trong cộng đồng dân cư")],
  ["kiến thức quốc phòng, an ninh", "người có uy tín"])

Q("agency_tasks",
  "Bản kế hoạch năm 2024 mà chỉ ghi năm, để trống ngày tháng ban hành, giao Ban Dân tộc việc gì?",
  "Bản ghi “ngày … tháng … năm 2024” để trống là kế hoạch của thành phố Hà Nội (triển khai Nghị quyết 23-NQ/TU). Mục "
  "V.10 giao Ban Dân tộc Thành phố tham mưu Ủy ban nhân dân Thành phố xây dựng, triển khai Kế hoạch Chương trình mục "
  "tiêu quốc gia Phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi; phối hợp triển khai các "
  "chương trình, dự án hỗ trợ giáo dục đào tạo, tạo điều kiện cho trẻ em, người học vùng dân tộc thiểu số và miền núi "
  "được tham gia học tập. (Kế hoạch Cần Thơ ngày 04/5/2024 cũng có Ban Dân tộc, nhưng ghi đủ ngày tháng.)",
  [("N", "Hà Nội, ngày tháng năm 2024"),
   ("N", "Tham mưu Ủy ban nhân dân Thành phố xây dựng, triển khai thực hiện Kế hoạch Chương trình mục tiêu quốc gia "
         "Phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi")],
  ["Chương trình mục tiêu quốc gia", "dân tộc thiểu số và miền núi"])

Q("agency_tasks",
  "KH An Lão: việc kiện toàn trung tâm học tập cộng đồng giờ phải làm lại trong bối cảnh nào, và phòng nào hướng dẫn?",
  "Kế hoạch An Lão giao Phòng Giáo dục và Đào tạo hướng dẫn, đôn đốc thành lập, kiện toàn hệ thống trung tâm học tập "
  "cộng đồng cấp xã sau khi sắp xếp, sáp nhập các đơn vị hành chính (mục III.1).",
  [("A", "Hướng dẫn, đôn đốc thành lập, kiện toàn hệ thống trung tâm học tập cộng đồng cấp xã sau khi sắp xếp, sáp "
         "nhập các đơn vị hành chính"),
   ("A", "1. Phòng Giáo dục và Đào tạo")],
  ["sau khi sắp xếp, sáp nhập các đơn vị hành chính", "Phòng Giáo dục và Đào tạo"])

Q("agency_tasks",
  "Mẫu phân công theo dõi mục tiêu (kế hoạch năm 2026 của Huế), nhờ điền:\n"
  "| Mục tiêu | Cơ quan theo dõi, tổng hợp |\n"
  "| “Công dân học tập” | … |\n"
  "| Năng lực cơ bản và trình độ của người dân | … |",
  "| Mục tiêu | Cơ quan theo dõi, tổng hợp |\n"
  "| “Công dân học tập” | Hội Khuyến học thành phố (V.7) |\n"
  "| Năng lực cơ bản và trình độ của người dân | Sở Nội vụ (V.3) |",
  [("H", "Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về “Công dân học tập”."),
   ("H", "7. Hội Khuyến học thành phố"),
   ("H", "3. Sở Nội vụ - Tổ chức thực hiện các nhiệm vụ nhằm đạt mục tiêu đào tạo, bồi dưỡng"),
   ("H", "Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về năng lực cơ bản và trình độ của "
         "người dân.")],
  ["Hội Khuyến học thành phố", "Sở Nội vụ"])

Q("agency_tasks",
  "Trong kế hoạch ban hành đầu tháng 5/2024, Ban Tuyên giáo Thành ủy được đề nghị làm gì?",
  "Đó là Kế hoạch 74/KH-BCĐ ngày 04 tháng 5 năm 2024 của Cần Thơ. Mục V.10 đề nghị Ban Tuyên giáo Thành ủy chủ trì, "
  "phối hợp với Sở Giáo dục và Đào tạo thường xuyên hướng dẫn, kiểm tra, đôn đốc và tổ chức triển khai thực hiện Kế "
  "hoạch; chỉ đạo các cơ quan báo chí tăng cường tuyên truyền, định hướng phát triển.",
  [("C", "Cần Thơ, ngày 04 tháng 5 năm 2024"),
   ("C", "Đề nghị Ban Tuyên giáo Thành ủy chủ trì, phối hợp với Sở Giáo dục và Đào tạo và các cơ quan liên quan thường "
         "xuyên hướng dẫn, kiểm tra, đôn đốc và tổ chức triển khai thực hiện Kế hoạch.")],
  ["hướng dẫn, kiểm tra, đôn đốc", "cơ quan báo chí"])
QUESTIONS[-1]["evidence"].append(("C", "Chỉ đạo các cơ quan báo chí, tăng cường công tác tuyên truyền"))

Q("agency_tasks",
  "Kế hoạch giai đoạn 2021-2030 của cấp huyện giao Đoàn TNCS Hồ Chí Minh huyện những gì? Trả lời gạch đầu dòng.",
  "Kế hoạch giai đoạn 2021-2030 cấp huyện là của huyện Mỹ Lộc. Đoàn TNCS Hồ Chí Minh huyện (V.9.c):\n"
  "- Phối hợp, lồng ghép tuyên truyền về học tập suốt đời, xây dựng xã hội học tập qua các phong trào hành động cách "
  "mạng của thanh niên, phong trào thi đua học tập, nghiên cứu khoa học, lao động sáng tạo;\n"
  "- Vận động gây quỹ hỗ trợ thanh niên có hoàn cảnh khó khăn tham gia học tập.",
  [("M", "Thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030” trên địa bàn huyện Mỹ Lộc"),
   ("M", "Tổ chức phối hợp, lồng ghép các hoạt động tuyên truyền về học tập suốt đời, xây dựng xã hội học tập thông qua "
         "các phong trào hành động cách mạng của thanh niên"),
   ("M", "vận động gây quỹ hỗ trợ thanh niên có hoàn cảnh khó khăn tham gia học tập.")],
  ["vận động gây quỹ hỗ trợ thanh niên có hoàn cảnh khó khăn"])

Q("agency_tasks",
  "Phòng Nội vụ An Lão phải nghiên cứu chính sách gì cho cán bộ dám nghĩ dám làm vậy 😅",
  "Mục III.2 kế hoạch An Lão: Phòng Nội vụ nghiên cứu cơ chế, chính sách khuyến khích cán bộ, công chức, viên chức dám "
  "nghĩ, dám làm, dám sáng tạo, đột phá vì lợi ích chung; chính sách bảo vệ cán bộ, miễn trừ trách nhiệm đối với cán bộ "
  "tiên phong, thực hiện thí điểm mà kết quả không đạt hoặc chỉ đạt một phần mục tiêu hoặc gặp rủi ro, thiệt hại do "
  "nguyên nhân khách quan.",
  [("A", "chính sách bảo vệ cán bộ, miễn trừ trách nhiệm đối với cán bộ tiên phong, thực hiện thí điểm mà kết quả không "
         "đạt hoặc chỉ đạt một phần mục tiêu đề ra hoặc gặp rủi ro, xảy ra thiệt hại do nguyên nhân khách quan.")],
  ["miễn trừ trách nhiệm", "cán bộ tiên phong"])

# ---------------------------------------------------------------- target
Q("target",
  "KH Mỹ Lộc: chỉ tiêu công dân học tập thay đổi thế nào từ mốc 2025 sang mốc 2030?",
  "Tăng từ 40% (mốc 2025: 40% công dân đạt danh hiệu công dân học tập theo tiêu chí do cơ quan có thẩm quyền ban hành) "
  "lên 60% (mốc 2030: 60% công dân đạt danh hiệu công dân học tập).",
  [("M", "40% công dân đạt danh hiệu công dân học tập theo tiêu chí do cơ quan có thẩm quyền ban hành."),
   ("M", "60% công dân đạt danh hiệu công dân học tập.")],
  ["40%", "60%"])

Q("target",
  "Hà Nội: so với 2025 thì chỉ tiêu người 15-60 tuổi biết chữ đến 2030 nâng lên mức nào?",
  "Mốc 2025 là duy trì 99,5% trở lên người trong độ tuổi 15-60 biết chữ; mốc 2030 là 99,6%.",
  [("N", "Duy trì 99,5% trở lên người trong độ tuổi 15-60 biết chữ."),
   ("N", "99,6% người trong độ tuổi 15-60 biết chữ.")],
  ["99,5%", "99,6%"])

Q("target",
  "Trong kế hoạch đến năm 2030, tầm nhìn đến năm 2045, mục tiêu về danh hiệu “Thành phố học tập” thay đổi thế nào "
  "giữa 2025 và 2030?",
  "Đó là kế hoạch Hà Nội. Mốc 2025: đăng ký danh hiệu “Thành phố học tập” theo tiêu chí do cơ quan có thẩm quyền ban "
  "hành; mốc 2030: Thành phố được công nhận danh hiệu “Thành phố học tập”.",
  [("N", "Đăng ký danh hiệu “Thành phố học tập” theo tiêu chí do cơ quan có thẩm quyền ban hành."),
   ("N", "Thành phố được công nhận danh hiệu “Thành phố học tập”.")],
  ["đăng ký danh hiệu", "Thành phố được công nhận"])

Q("target",
  "Mỹ Lộc: phổ cập mầm non cho trẻ 4 tuổi — mốc 2025 và mốc 2030 khác nhau chỗ nào?",
  "Mốc 2025: 100% xã, thị trấn duy trì, nâng cao phổ cập giáo dục mầm non cho trẻ 05 tuổi, đảm bảo điều kiện về cơ sở "
  "vật chất để triển khai phổ cập giáo dục cho trẻ mầm non 04 tuổi. Mốc 2030: phấn đấu thực hiện phổ cập giáo dục mầm "
  "non cho trẻ em 04 tuổi.",
  [("M", "đảm bảo điều kiện về cơ sở vật chất để triển khai phổ cập giáo dục cho trẻ mầm non 04 tuổi."),
   ("M", "phấn đấu thực hiện phổ cập giáo dục mầm non cho trẻ em 04 tuổi.")],
  ["cơ sở vật chất", "phấn đấu thực hiện phổ cập giáo dục mầm non cho trẻ em 04 tuổi"])

Q("target",
  "Kế hoạch năm 2024 do một Ban Chỉ đạo (không phải UBND) ban hành đặt chỉ tiêu phổ cập THCS mức độ 3 là bao nhiêu?",
  "Đó là Kế hoạch 74/KH-BCĐ của Ban Chỉ đạo thành phố Cần Thơ: 100% quận, huyện đạt chuẩn phổ cập giáo dục trung học "
  "cơ sở mức độ 2; phấn đấu (văn bản ghi “phần đầu”) có 66% quận, huyện đạt mức độ 3.",
  [("C", "100% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 2; phần đầu có 66% quận, huyện đạt chuẩn "
         "phổ cập giáo dục trung học cơ sở mức độ 3.")],
  ["66%", "mức độ 2"])

Q("target",
  "Bản kế hoạch riêng cho năm 2026: bao nhiêu đơn vị được công nhận “Đơn vị học tập” cấp tỉnh? Chỉ cần con số.",
  "Ít nhất 15 đơn vị mức độ 1, trong đó ít nhất 05 đơn vị đạt mức độ 2 (kế hoạch năm 2026 của Huế, mục II.4).",
  [("H", "Có ít nhất 15 đơn vị được công nhận “Đơn vị học tập” cấp tỉnh mức độ 1, trong đó có ít nhất 05 đơn vị đạt "
         "mức độ 2.")],
  ["ít nhất 15", "05"])

Q("target",
  "Hà Nội: lao động qua đào tạo và lao động có bằng cấp, chứng chỉ thay đổi thế nào từ mốc 2025 đến mốc 2030?",
  "Mốc 2025: 75-80% lao động qua đào tạo, trong đó có bằng cấp, chứng chỉ đạt 55-60%. Mốc 2030: 80-85% lao động qua "
  "đào tạo, có bằng cấp, chứng chỉ đạt trên 60%.",
  [("N", "75-80% lao động được qua đào tạo, trong đó lao động có bằng cấp, chứng chỉ đạt 55-60%."),
   ("N", "80-85% lao động được qua đào tạo, trong đó lao động có bằng cấp, chứng chỉ đạt trên 60%.")],
  ["75-80%", "55-60%", "80-85%", "trên 60%"])

Q("target",
  "Mục tiêu phổ cập mầm non của Hà Nội được viết khác đi thế nào giữa mốc 2025 và mốc 2030?",
  "Mốc 2025: 100% quận, huyện, thị xã duy trì nâng cao chất lượng phổ cập giáo dục mầm non cho trẻ em 5 tuổi, chuẩn bị "
  "điều kiện phổ cập cho trẻ em 4 tuổi. Mốc 2030: 100% quận, huyện, thị xã duy trì, giữ vững kết quả phổ cập giáo dục "
  "mầm non cho trẻ mẫu giáo.",
  [("N", "phổ cập giáo dục mầm non cho trẻ em 5 tuổi, chuẩn bị điều kiện phổ cập cho trẻ em 4 tuổi."),
   ("N", "100% quận, huyện, thị xã duy trì, giữ vững kết quả phổ cập giáo dục mầm non cho trẻ mẫu giáo.")],
  ["trẻ em 5 tuổi", "trẻ mẫu giáo"])

Q("target",
  "Chỉ tiêu về cán bộ chuyên trách an toàn thông tin của Hà Nội có còn ở mốc 2030 hay chỉ đặt cho 2025?",
  "Chỉ có ở mốc 2025 (mục II.2.1.b): 100% cán bộ chuyên trách về an toàn thông tin, công nghệ thông tin trong các cơ "
  "quan nhà nước thuộc Thành phố được đào tạo về an toàn thông tin mạng, theo Quyết định số 21/QĐ-TTg. Danh sách mốc "
  "2030 (mục II.2.2.b) không nhắc lại chỉ tiêu này.",
  [("N", "100% cán bộ chuyên trách về an toàn thông tin, công nghệ thông tin trong các cơ quan nhà nước thuộc Thành "
         "phố được đào tạo"),
   ("N", "định số 21/QĐ-TTg ngày 06/01/2021 của Thủ tướng Chính phủ")],
  ["100% cán bộ chuyên trách về an toàn thông tin", "21/QĐ-TTg"])

Q("target",
  "Tôi là giáo viên một trường phổ thông ở Cần Thơ. Năm 2024 kế hoạch đặt bao nhiêu % cơ sở giáo dục phổ thông dạy học "
  "trên môi trường số? Trả lời một dòng.",
  "Phấn đấu 90% cơ sở giáo dục phổ thông, giáo dục thường xuyên, giáo dục nghề nghiệp và cơ sở giáo dục khác triển "
  "khai quản lý, giảng dạy và học tập trên môi trường số.",
  [("C", "Phần đầu đạt tỷ lệ 90% cơ sở giáo dục phổ thông, cơ sở giáo dục thường xuyên, cơ sở giáo dục nghề nghiệp và "
         "các cơ sở giáo dục khác triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường số")],
  ["90%"])

Q("target",
  "Huế năm 2026 chỉ tiêu năng lực CNTT cho người trong độ tuổi lao động là bao nhiêu % 🤔",
  "87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin (mục II.2).",
  [("H", "87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin.")],
  ["87%"])

Q("target",
  "Mỹ Lộc: tỷ lệ dân số từ 15 tuổi có trình độ chuyên môn kỹ thuật và có trình độ đại học thay đổi ra sao từ 2025 "
  "đến 2030?",
  "Mốc 2025: khoảng 50% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó 12% có trình độ "
  "đại học trở lên. Mốc 2030: 70%, trong đó 15% có trình độ đại học trở lên.",
  [("M", "Khoảng 50% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó 12% dân số có trình "
         "độ đại học trở lên."),
   ("M", "70% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó 15% dân số có trình độ "
         "đại học trở lên.")],
  ["khoảng 50%", "12%", "70%", "15%"])

Q("target",
  "Hà Nội: chỉ tiêu trường công lập đạt chuẩn quốc gia đổi thế nào từ 2025 sang 2030, và nó nằm ở nhóm mục tiêu nào?",
  "Mốc 2025: 80-85% trường công lập đạt chuẩn quốc gia, ghi trong nhóm “Về hiệu quả hoạt động của các cơ sở giáo dục”. "
  "Mốc 2030: 85-90%, ghi trong nhóm “Về năng lực cơ bản và trình độ của người dân”.",
  [("N", "80-85% trường công lập đạt chuẩn quốc gia;"),
   ("N", "85-90% trường công lập đạt chuẩn quốc gia."),
   ("N", "c) Về hiệu quả hoạt động của các cơ sở giáo dục"),
   ("N", "b) Về năng lực cơ bản và trình độ của người dân")],
  ["80-85%", "85-90%"])

Q("target",
  "Kế hoạch ban hành năm 2022 (ngày tháng còn bỏ trống) đặt mục tiêu 2030 bao nhiêu % trung tâm học tập cộng đồng ứng "
  "dụng công nghệ thông tin?",
  "Đó là kế hoạch của huyện Mỹ Lộc (ghi “ngày tháng năm 2022”): đến năm 2030, 90% các Trung tâm Học tập cộng đồng ứng "
  "dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục.",
  [("M", "Mỹ Lộc, ngày tháng năm 2022"),
   ("M", "90% các Trung tâm Học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục.")],
  ["90%"])

# ---------------------------------------------------------------- deadline
Q("deadline",
  "Kế hoạch cho năm 2026: rà soát để mỗi xã, phường có ít nhất một trung tâm học tập cộng đồng phải xong khi nào?",
  "Kế hoạch năm 2026 của Huế (mục III.5) yêu cầu hoàn thành trong Quý II năm 2026.",
  [("H", "bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn thành trong Quý II năm 2026.")],
  ["Quý II năm 2026"])

Q("deadline",
  "Theo kế hoạch huyện giai đoạn 2021-2030, Phòng GD&ĐT báo cáo UBND huyện trước ngày nào, và sơ kết, tổng kết Đề án "
  "vào năm nào?",
  "Kế hoạch Mỹ Lộc, mục V.1.e: Phòng Giáo dục và Đào tạo báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm; tham mưu "
  "sơ kết Đề án vào năm 2025 và tổng kết vào năm 2030.",
  [("M", "Tổ chức kiểm tra, giám sát và đánh giá, tổng hợp, báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm; tham "
         "mưu UBND huyện tổ chức sơ kết Đề án vào năm 2025, tổng kết vào năm 2030")],
  ["15 tháng 12", "năm 2025", "năm 2030"])

Q("deadline",
  "Điền giúp phiếu theo dõi (kế hoạch Hà Nội):\nHạn báo cáo hằng năm: ……\nBáo cáo gửi: ……\nQua cơ quan: ……",
  "Hạn báo cáo hằng năm: trước ngày 01 tháng 12.\nBáo cáo gửi: Ủy ban nhân dân Thành phố.\nQua cơ quan: Sở Giáo dục và "
  "Đào tạo (để tổng hợp).",
  [("N", "định kỳ hàng năm tổng hợp kết quả, báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục "
         "và Đào tạo để tổng hợp).")],
  ["01 tháng 12", "Sở Giáo dục và Đào tạo"])

Q("deadline",
  "UBND các xã, thị trấn ở Mỹ Lộc gửi báo cáo kết quả trước ngày nào ⏰",
  "Trước ngày 10 tháng 12 hằng năm, gửi về Phòng Giáo dục và Đào tạo để tổng hợp (mục V.11.d).",
  [("M", "Kiểm tra, giám sát và định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế "
         "hoạch về Phòng Giáo dục và Đào tạo")],
  ["10 tháng 12"])

Q("deadline",
  "Kế hoạch phong trào Học tập suốt đời của huyện: UBND xã, thị trấn báo cáo gửi đâu, có ngày cụ thể không?",
  "Kế hoạch An Lão chỉ ghi UBND xã, thị trấn định kỳ báo cáo tình hình thực hiện gửi Phòng Giáo dục và Đào tạo để tổng "
  "hợp báo cáo Ủy ban nhân dân huyện; không ghi ngày cụ thể.",
  [("A", "định kỳ báo cáo tình hình thực hiện kế hoạch gửi Phòng Giáo dục và Đào tạo tổng hợp báo cáo Ủy ban nhân dân "
         "huyện.")],
  ["định kỳ", "Phòng Giáo dục và Đào tạo"])

Q("deadline",
  "Kế hoạch 2021-2030 cấp huyện: hỗ trợ cung cấp dịch vụ viễn thông công ích đến năm nào, ai chủ trì?",
  "Kế hoạch Mỹ Lộc, mục V.3.b: Trung tâm Văn hóa - Thể thao và Truyền thông chủ trì hỗ trợ cung cấp dịch vụ viễn thông "
  "công ích đến năm 2030 cho các đối tượng theo quy định.",
  [("M", "3. Trung tâm Văn hóa - Thể thao và Truyền thông"),
   ("M", "Chủ trì, phối hợp với các sở, ngành liên quan thực hiện hỗ trợ cung cấp dịch vụ viễn thông công ích đến năm "
         "2030")],
  ["dịch vụ viễn thông công ích", "đến năm 2030", "Trung tâm Văn hóa - Thể thao và Truyền thông"])

Q("deadline",
  "mục kiểm tra giám sát (III.8) của Mỹ Lộc bảo gửi báo cáo trước ngày mấy 📅 chỉ cần ngày",
  "Trước ngày 30 tháng 11 hằng năm (gửi về Phòng Giáo dục và Đào tạo).",
  [("M", "trước ngày 30 tháng 11 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào "
         "tạo")],
  ["30 tháng 11"])

Q("deadline",
  "Hạn chót để UBND xã, phường ở Huế gửi báo cáo kết quả năm 2026 là ngày nào?",
  "Trước ngày 15/12/2026, gửi về Sở Giáo dục và Đào tạo để tổng hợp, báo cáo Ủy ban nhân dân thành phố (mục V.9).",
  [("H", "gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026")],
  ["15/12/2026"])

# ---------------------------------------------------------------- funding
Q("funding",
  "Kế hoạch làm cho năm 2026: kinh phí được quản lý, sử dụng theo nghị quyết nào?",
  "Kế hoạch năm 2026 của Huế (mục IV): theo Nghị quyết số 16/2025/NQ-HĐND ngày 16 tháng 7 năm 2025 của Hội đồng nhân dân "
  "thành phố quy định nội dung, mức chi thực hiện Đề án, và các quy định hiện hành.",
  [("H", "Nghị quyết số 16/2025/NQ-HĐND ngày 16 tháng 7 năm 2025 của Hội đồng nhân dân thành phố quy định nội dung, mức "
         "chi")],
  ["16/2025/NQ-HĐND"])

Q("funding",
  "Phiếu tóm tắt kinh phí (KH Cần Thơ năm 2024), nhờ điền:\nNguồn kinh phí: ……\nAi lập kế hoạch, dự toán: ……\nTrình "
  "ai phê duyệt: ……",
  "Nguồn kinh phí: ngân sách nhà nước, nguồn tài trợ và các nguồn tài chính hợp pháp khác.\nAi lập kế hoạch, dự toán: "
  "các sở, ban ngành, đoàn thể có liên quan và Ủy ban nhân dân quận, huyện (tổng hợp trong dự toán ngân sách hằng năm "
  "của đơn vị).\nTrình: cấp có thẩm quyền phê duyệt.",
  [("C", "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước, nguồn tài trợ và các nguồn tài chính hợp "
         "pháp khác theo quy định của pháp luật."),
   ("C", "các sở, ban ngành, đoàn thể có liên quan và Ủy ban nhân dân quận, huyện xây dựng kế hoạch và dự toán kinh phí "
         "thực hiện, tổng hợp chung trong kế hoạch dự toán ngân sách hàng năm của đơn vị trình cấp có thẩm quyền phê "
         "duyệt.")],
  ["ngân sách nhà nước", "nguồn tài trợ", "cấp có thẩm quyền phê duyệt"])

Q("funding",
  "Kế hoạch phong trào Học tập suốt đời của huyện lấy kinh phí từ đâu?",
  "Kế hoạch An Lão (mục IV): từ ngân sách nhà nước theo quy định, nguồn thu hợp pháp của các cơ quan, đơn vị và huy "
  "động từ các nguồn xã hội hóa.",
  [("A", "Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách nhà nước theo quy định, nguồn thu hợp pháp của các cơ "
         "quan, đơn vị và huy động từ các nguồn xã hội hóa.")],
  ["nguồn thu hợp pháp", "xã hội hóa"])

Q("funding",
  "Về kinh phí, kế hoạch Hà Nội yêu cầu UBND quận, huyện, thị xã làm gì?",
  "Mục V.16: cân đối và bố trí kinh phí hàng năm trong phạm vi ngân sách để thực hiện Kế hoạch.",
  [("N", "Cân đối và bố trí kinh phí hàng năm trong phạm vi ngân sách để thực hiện Kế hoạch.")],
  ["Cân đối và bố trí kinh phí hàng năm"])

Q("funding",
  "Mỹ Lộc: Phòng Tài chính - Kế hoạch căn cứ vào đâu để tham mưu bố trí kinh phí?",
  "Mục V.5: căn cứ tình hình thực tế của địa phương, tham mưu UBND huyện bố trí kinh phí thực hiện Kế hoạch theo phân "
  "cấp ngân sách hiện hành.",
  [("M", "Căn cứ tình hình thực tế của địa phương, tham mưu UBND huyện bố trí kinh phí để thực hiện Kế hoạch theo phân "
         "cấp ngân sách hiện hành.")],
  ["tình hình thực tế của địa phương", "phân cấp ngân sách hiện hành"])

Q("funding",
  "Sở Tài chính Huế lo kinh phí cho kế hoạch thế nào 💰",
  "Mục V.4: trên cơ sở đề nghị của các cơ quan, đơn vị liên quan và khả năng cân đối ngân sách, Sở Tài chính tham mưu "
  "Ủy ban nhân dân thành phố bố trí kinh phí thực hiện Kế hoạch theo Luật Ngân sách Nhà nước.",
  [("H", "Trên cơ sở đề nghị của các cơ quan, đơn vị liên quan và khả năng cân đối ngân sách, tham mưu Ủy ban nhân dân "
         "thành phố bố trí kinh phí thực hiện Kế hoạch theo quy định của Luật Ngân sách Nhà nước.")],
  ["khả năng cân đối ngân sách"])


Q("target",
  "Hà Nội: tỷ lệ công dân đạt kỹ năng số thay đổi ra sao giữa hai mốc 2025 và 2030?",
  "Mốc 2025: 50% công dân đạt kỹ năng số; mốc 2030: 70% công dân đạt kỹ năng số (cùng dòng với chỉ tiêu công dân học "
  "tập).",
  [("N", "50% công dân đạt danh hiệu công dân học tập; 50% công dân đạt kỹ năng số."),
   ("N", "70% công dân đạt danh hiệu công dân học tập; 70% công dân đạt kỹ năng số.")],
  ["50% công dân đạt kỹ năng số", "70% công dân đạt kỹ năng số"])

Q("funding",
  "Bản kế hoạch năm 2024 để trống ngày tháng: Sở Tài chính bảo đảm kinh phí bằng cách nào?",
  "Đó là kế hoạch Hà Nội. Mục V.6: Sở Tài chính bảo đảm kinh phí trong dự toán ngân sách hàng năm (theo phân cấp) theo "
  "Luật Ngân sách Nhà nước; hướng dẫn các Sở, ngành về cơ chế tài chính; phối hợp hoàn thiện chính sách huy động, đa "
  "dạng hóa các nguồn lực xã hội.",
  [("N", "Hà Nội, ngày tháng năm 2024"),
   ("N", "Đảm bảo kinh phí trong dự toán ngân sách hàng năm (theo phân cấp) để thực hiện Kế hoạch")],
  ["dự toán ngân sách hàng năm", "theo phân cấp"])

# ---------------------------------------------------------------- legal_basis
Q("legal_basis",
  "Kế hoạch ban hành ngày 04/5/2024 căn cứ vào những văn bản nào?",
  "Đó là Kế hoạch 74/KH-BCĐ của Cần Thơ, căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính "
  "phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030” và Kế hoạch 215/KH-UBND ngày 28 tháng 10 năm 2021 "
  "của UBND thành phố Cần Thơ.",
  [("C", "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng "
         "xã hội học tập giai đoạn 2021 - 2030”; Kế hoạch 215/KH-UBND ngày 28 tháng 10 năm 2021")],
  ["1373/QĐ-TTg", "215/KH-UBND"])

Q("legal_basis",
  "Điền giúp: Kế hoạch Hà Nội — Văn bản bị thay thế: ……; Ngày ban hành văn bản đó: ……",
  "Văn bản bị thay thế: Kế hoạch số 290/KH-UBND của UBND thành phố Hà Nội về thực hiện Đề án “Xây dựng xã hội học tập "
  "giai đoạn 2021-2030”; ngày ban hành: 16/12/2021.",
  [("N", "Kế hoạch này thay thế cho Kế hoạch số 290/KH-UBND ngày 16/12/2021")],
  ["290/KH-UBND", "16/12/2021"])

Q("legal_basis",
  "Kế hoạch cấp huyện về phong trào Học tập suốt đời được ban hành để thực hiện kế hoạch nào của cấp trên?",
  "Kế hoạch của huyện An Lão thực hiện Kế hoạch số 108/KH-UBND ngày 06/5/2025 của Ủy ban nhân dân thành phố Hải Phòng "
  "về triển khai phong trào “Học tập suốt đời” gắn với khuyến học, khuyến tài, xây dựng xã hội học tập.",
  [("A", "Thực hiện Kế hoạch số 108 /KH-UBND ngày 06/5/2025 của Ủy ban nhân dân thành phố Hải Phòng")],
  ["06/5/2025", "Hải Phòng"])

Q("legal_basis",
  "Kế hoạch Huế 2026 dựa trên KH 336 năm 2021 của tỉnh Thừa Thiên Huế — giờ văn bản ghi cơ quan đó là gì?",
  "Kế hoạch ghi Kế hoạch số 336/KH-UBND ngày 27 tháng 10 năm 2021 của Ủy ban nhân dân tỉnh Thừa Thiên Huế (nay là Ủy "
  "ban nhân dân thành phố Huế).",
  [("H", "Kế hoạch số 336/KH-UBND ngày 27 tháng 10 năm 2021 của Ủy ban nhân dân tỉnh Thừa Thiên Huế (nay là Ủy ban nhân "
         "dân thành phố Huế)")],
  ["336/KH-UBND", "nay là Ủy ban nhân dân thành phố Huế"])

Q("legal_basis",
  "Kế hoạch giai đoạn 2021-2030 của cấp huyện được ban hành để thực hiện kế hoạch nào của tỉnh?",
  "Kế hoạch Mỹ Lộc thực hiện Kế hoạch số 145/KH- UBND ngày 23/12//2021 (ghi như văn bản) của UBND tỉnh Nam Định về "
  "thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030”.",
  [("M", "Thực hiện Kế hoạch số 145/KH- UBND ngày 23/12//2021 của UBND tỉnh Nam Định")],
  ["145/KH- UBND", "Nam Định"])

Q("legal_basis",
  "Phiếu ghi chú (KH Huế 2026):\nThông tư về “Đơn vị học tập”: ……\nThông tư về “Cộng đồng học tập”: ……",
  "Thông tư về “Đơn vị học tập”: Thông tư số 24/2023/TT-BGDĐT ngày 11 tháng 12 năm 2023 của Bộ Giáo dục và Đào tạo.\n"
  "Thông tư về “Cộng đồng học tập”: Thông tư số 25/2023/TT-BGDĐT ngày 27/12/2023.",
  [("H", "Thông tư số 24/2023/TT-BGDĐT ngày 11 tháng 12 năm 2023 của Bộ Giáo dục và Đào tạo quy định về đánh giá, công "
         "nhận “Đơn vị học tập” cấp huyện, cấp tỉnh và Thông tư số 25/2023/TT-BGDĐT ngày 27/12/2023 quy định về đánh "
         "giá, công nhận “Cộng đồng học tập” cấp xã, cấp huyện, cấp tỉnh")],
  ["24/2023/TT-BGDĐT", "25/2023/TT-BGDĐT"])

# ---------------------------------------------------------------- purpose
Q("purpose",
  "Kế hoạch ban hành năm 2022 của huyện nhằm mục đích gì? Tóm trong 2 câu.",
  "Kế hoạch của huyện Mỹ Lộc nhằm triển khai hiệu quả Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030” từ cấp huyện, "
  "cấp xã, khu phố và cộng đồng dân cư, tạo phong trào toàn xã hội tham gia học tập để mọi công dân trở thành công dân "
  "số, công dân học tập toàn cầu. Đồng thời duy trì, nâng cao chất lượng công nhận các mô hình học tập và huy động sức "
  "mạnh của cả hệ thống chính trị cho khuyến học, khuyến tài.",
  [("M", "từ cấp huyện, cấp xã, khu phố và cộng đồng dân cư."),
   ("M", "tận dụng mọi cơ hội học tập để trở thành công dân số, công dân học tập toàn cầu.")],
  ["công dân số, công dân học tập toàn cầu", "cấp xã, khu phố và cộng đồng dân cư"])

Q("purpose",
  "Kế hoạch làm riêng cho năm 2026: ý mục đích thứ hai nói gì?",
  "Kế hoạch năm 2026 của Huế: nâng cao nhận thức, trách nhiệm của các cấp, các ngành, tổ chức, đơn vị và mỗi công dân "
  "đối với khuyến học, khuyến tài, xây dựng xã hội học tập; đẩy mạnh triển khai, nhân rộng các mô hình học tập phù hợp "
  "với yêu cầu phát triển của nền kinh tế số, xã hội số.",
  [("H", "Nâng cao nhận thức, trách nhiệm của các cấp, các ngành, tổ chức, đơn vị và mỗi công dân đối với công tác "
         "khuyến học, khuyến tài, xây dựng xã hội học tập"),
   ("H", "nhân rộng các mô hình học tập phù hợp với yêu cầu phát triển của nền kinh tế số, xã hội số.")],
  ["kinh tế số, xã hội số"])

Q("purpose",
  "Bản kế hoạch có nhắc phong trào “Bình dân học vụ số”: nó muốn việc “tự học” trở thành cái gì?",
  "Đó là kế hoạch của huyện An Lão. Mục đích nêu: dần thúc đẩy việc “tự học” trở thành nhu cầu tự thân của mỗi người "
  "dân, từ đó nâng cao chất lượng, hiệu quả, hiệu suất trong học tập, lao động.",
  [("A", "dần thúc đẩy việc “tự học” trở thành nhu cầu tự thân của mỗi người dân")],
  ["nhu cầu tự thân"])

Q("purpose",
  "Điền giúp (KH Cần Thơ 2024, phần mục đích):\nTổ chức cần củng cố: ……\nCơ chế cần xây dựng: ……",
  "Tổ chức cần củng cố: bộ phận chỉ đạo xây dựng xã hội học tập giai đoạn 2021 - 2030 các cấp của thành phố.\nCơ chế "
  "cần xây dựng: cơ chế phối hợp giữa các cấp, các ngành, các tổ chức, doanh nghiệp trong quá trình xây dựng xã hội học "
  "tập.",
  [("C", "củng cố, tổ chức bộ phận chỉ đạo xây dựng xã hội học tập giai đoạn 2021 - 2030 các cấp của thành phố; xây "
         "dựng cơ chế phối hợp giữa các cấp, các ngành, các tổ chức, doanh nghiệp")],
  ["bộ phận chỉ đạo", "cơ chế phối hợp"])

Q("purpose",
  "Hà Nội muốn vào mạng lưới “Thành phố học tập” khi nào vậy 🌏",
  "Mục tiêu tổng quát của kế hoạch Hà Nội: phấn đấu Thủ đô Hà Nội gia nhập mạng lưới “Thành phố học tập” của UNESCO "
  "(văn bản ghi “UNESSCO”) trong thời gian sớm nhất — không nêu năm cụ thể.",
  [("N", "Phấn đấu Thủ đô Hà Nội gia nhập vào mạng lưới “Thành phố học tập” của UNESSCO trong thời gian sớm nhất.")],
  ["trong thời gian sớm nhất"])

# ---------------------------------------------------------------- task_section
Q("task_section",
  "Trong kế hoạch năm 2024 của Ban Chỉ đạo, mục nào nói về hợp tác quốc tế và gồm những ý gì?",
  "Mục III.6 kế hoạch Cần Thơ: a) thúc đẩy hợp tác quốc tế về giáo dục người lớn, học tập suốt đời; b) chương trình "
  "hợp tác về công nghệ đào tạo mở và từ xa; c) khuyến khích trí thức người Việt Nam ở nước ngoài đóng góp; d) tham gia "
  "mạng lưới “Thành phố học tập toàn cầu” do UNESCO điều hành.",
  [("C", "6. Tăng cường hợp tác quốc tế trong lĩnh vực học tập suốt đời, xây dựng xã hội học tập và phát triển công "
         "nghệ đào tạo mở và từ xa"),
   ("C", "Chủ động, tích cực tham gia mạng lưới “Thành phố học tập toàn cầu” do Tổ chức Giáo dục, Khoa học và Văn hóa "
         "của Liên hợp quốc (UNESCO) điều hành.")],
  ["III.6", "Thành phố học tập toàn cầu"])
QUESTIONS[-1]["key_facts"] = ["Thành phố học tập toàn cầu", "giáo dục người lớn"]
QUESTIONS[-1]["evidence"].append(("C", "Thúc đẩy hợp tác quốc tế về giáo dục người lớn, học tập suốt đời và xây dựng xã "
                                        "hội học tập;"))

Q("task_section",
  "Kế hoạch năm 2026: mục III.5 đặt ra đề án mới nào, ai tham mưu xây dựng?",
  "Mục III.5 kế hoạch Huế giao Sở Giáo dục và Đào tạo chủ trì tham mưu xây dựng Đề án “Tạo môi trường học tập suốt đời "
  "và xây dựng xã hội học tập”, trình Ủy ban nhân dân thành phố xem xét, phê duyệt.",
  [("H", "Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với các sở, ban, ngành, cơ quan và địa phương liên quan tham "
         "mưu xây dựng Đề án “Tạo môi trường học tập suốt đời và xây dựng xã hội học tập”")],
  ["Tạo môi trường học tập suốt đời", "Sở Giáo dục và Đào tạo"])

Q("task_section",
  "Kế hoạch có tầm nhìn đến 2045: mục III.8 “Các nhiệm vụ, giải pháp khác” gồm những gì?",
  "Kế hoạch Hà Nội, mục III.8: nâng cao tỷ lệ và chất lượng xóa mù chữ cho người lớn gắn với phổ cập nghề và giải "
  "quyết việc làm; thực hiện chế độ đào tạo, bồi dưỡng bắt buộc cho cán bộ, công chức, khuyến khích cán bộ công chức "
  "cấp xã, phường, thị trấn học ngoại ngữ; nâng cao chất lượng đào tạo, bồi dưỡng kỹ năng nghề cho công nhân, người "
  "lao động.",
  [("N", "8. Các nhiệm vụ, giải pháp khác"),
   ("N", "Nâng cao tỷ lệ và chất lượng xoá mù chữ cho người lớn gắn với việc phổ cập nghề và giải quyết việc làm"),
   ("N", "Khuyến khích cán bộ công chức cấp xã, phường, thị trấn học ngoại ngữ.")],
  ["phổ cập nghề", "học ngoại ngữ"])

Q("task_section",
  "Kế hoạch huyện về phong trào “Học tập suốt đời”: nội dung số 3 phần II gắn chuyển đổi số với nghị quyết nào?",
  "Kế hoạch An Lão, mục II.3: triển khai Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển "
  "khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia, gắn với Quyết định số 06/QĐ-TTg; phát động phong "
  "trào “Bình dân học vụ số”.",
  [("A", "Triển khai quyết liệt, hiệu quả Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển "
         "khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia")],
  ["57-NQ/TW", "22/12/2024"])

Q("task_section",
  "Mục III.3 của kế hoạch Mỹ Lộc còn yêu cầu tiếp tục thực hiện kế hoạch nào của huyện về hướng nghiệp, phân luồng?",
  "Mục III.3.e: tiếp tục thực hiện Kế hoạch số 100/KH-UBND của UBND tỉnh và Kế hoạch số 945/KH- UBND ngày 30/3/2020 "
  "của UBND huyện Mỹ Lộc về Đề án Giáo dục hướng nghiệp và định hướng phân luồng học sinh trong giáo dục phổ thông giai "
  "đoạn 2018-2025.",
  [("M", "Kế hoạch số 945/KH- UBND ngày 30/3/2020 của UBND huyện Mỹ Lộc về việc thực hiện Đề án Giáo dục hướng nghiệp "
         "và định hướng phân luồng học sinh")],
  ["945/KH- UBND", "30/3/2020"])

Q("task_section",
  "Huế, mục 7 phần III nói gì vậy 👀",
  "Mục III.7 kế hoạch Huế là tăng cường kiểm tra, giám sát và sơ kết việc thực hiện Đề án: các cơ quan, đơn vị kiểm "
  "tra, giám sát, thực hiện chế độ báo cáo định kỳ và đột xuất; Sở Giáo dục và Đào tạo chủ trì, phối hợp với Hội "
  "Khuyến học thành phố kiểm tra, giám sát xây dựng xã hội học tập và hoạt động của các trung tâm học tập cộng đồng "
  "tại các xã, phường.",
  [("H", "7. Tăng cường công tác kiểm tra, giám sát và sơ kết việc thực hiện Đề án"),
   ("H", "Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với Hội Khuyến học thành phố và các sở, ban, ngành liên quan tổ "
         "chức kiểm tra, giám sát công tác xây dựng xã hội học tập và hoạt động của các trung tâm học tập cộng đồng")],
  ["kiểm tra, giám sát", "Hội Khuyến học thành phố"])

# ---------------------------------------------------------------- cross_plan
Q("cross_plan",
  "Kỹ năng sống từ mốc 2025 đến mốc 2030: Mỹ Lộc tăng từ mấy lên mấy, Hà Nội từ mấy lên mấy?",
  "Mỹ Lộc: 60% (2025) lên 80% (2030) số người trong độ tuổi lao động được trang bị kỹ năng sống. Hà Nội: 50% (2025) "
  "lên 70% (2030).",
  [("M", "60% số người trong độ tuổi lao động được trang bị kỹ năng sống."),
   ("M", "80% người trong độ tuổi lao động được trang bị kỹ năng sống."),
   ("N", "50% số người trong độ tuổi lao động được trang bị kỹ năng sống."),
   ("N", "70% người trong độ tuổi lao động được trang bị kỹ năng sống.")],
  ["60%", "80%", "50%", "70%"])

Q("cross_plan",
  "Hai kế hoạch ban hành năm 2024 (một bản ghi ngày 04/5, một bản để trống ngày tháng): cơ quan thường trực của mỗi "
  "bản là ai?",
  "Cả hai đều là Sở Giáo dục và Đào tạo. Bản ngày 04/5/2024 (Cần Thơ) ghi khó khăn phản ánh về Sở Giáo dục và Đào tạo "
  "(Thường trực Ban Chỉ đạo thành phố). Bản để trống ngày tháng (Hà Nội) ghi Sở Giáo dục và Đào tạo là cơ quan thường "
  "trực, giúp Ủy ban nhân dân Thành phố tổ chức triển khai Kế hoạch.",
  [("C", "Sở Giáo dục và Đào tạo (Thường trực Ban Chỉ đạo thành phố)"),
   ("N", "Là cơ quan thường trực, giúp Ủy ban nhân dân Thành phố tổ chức triển khai thực hiện Kế hoạch")],
  ["Thường trực Ban Chỉ đạo thành phố", "cơ quan thường trực"])

Q("cross_plan",
  "Hai kế hoạch của cấp huyện (một bản giai đoạn 2021-2030, một bản về phong trào Học tập suốt đời): Hội Khuyến học "
  "huyện được giao gì trong mỗi bản?",
  "Mỹ Lộc (2021-2030, V.9.b): chủ trì lồng ghép tuyên truyền về xây dựng xã hội học tập qua hệ thống hội khuyến học các "
  "cấp; phối hợp hướng dẫn hoạt động của Trung tâm Học tập cộng đồng; triển khai tiêu chí công dân học tập. An Lão "
  "(Học tập suốt đời, III.5): phối hợp tuyên truyền về tư tưởng, vai trò của “Học tập suốt đời”, tích cực triển khai "
  "phong trào và biểu dương, nhân rộng tấm gương.",
  [("M", "Chủ trì lồng ghép các hoạt động tuyên truyền về xây dựng xã hội học tập thông qua hệ thống hội khuyến học các "
         "cấp."),
   ("A", "Phối hợp với các phòng, ban, ngành, đoàn thể tuyên truyền về tư tưởng, vai trò của “Học tập suốt đời”")],
  ["hệ thống hội khuyến học các cấp", "tư tưởng, vai trò của “Học tập suốt đời”"])

Q("cross_plan",
  "Kế hoạch một năm 2024 và kế hoạch một năm 2026: chỉ tiêu kỹ năng sống mỗi bản là bao nhiêu?",
  "Bản năm 2024 (Cần Thơ): phấn đấu 90% số người trong độ tuổi lao động được trang bị kỹ năng sống. Bản năm 2026 (Huế): "
  "80%.",
  [("C", "Phần đầu đạt tỷ lệ 90% số người trong độ tuổi lao động được trang bị kỹ năng sống"),
   ("H", "80% số người trong độ tuổi lao động được trang bị kỹ năng sống.")],
  ["90%", "80%"])

Q("cross_plan",
  "Huế và Cần Thơ: cơ quan nào lo chỉ đạo báo chí tuyên truyền về xã hội học tập?",
  "Huế: Sở Văn hóa và Thể thao chỉ đạo, hướng dẫn các cơ quan báo chí, truyền thông và hệ thống thông tin cơ sở (V.2). "
  "Cần Thơ: Sở Thông tin và Truyền thông chỉ đạo, cung cấp thông tin cho báo, đài (V.4); ngoài ra Ban Tuyên giáo Thành "
  "ủy được đề nghị chỉ đạo các cơ quan báo chí.",
  [("H", "2. Sở Văn hóa và Thể thao"),
   ("H", "Chỉ đạo, hướng dẫn các cơ quan báo chí, truyền thông và hệ thống thông tin cơ sở trên địa bàn thành phố"),
   ("C", "4. Sở Thông tin và Truyền thông"),
   ("C", "Chỉ đạo, cung cấp thông tin cho báo, đài Trung ương, địa phương đóng trên địa bàn thành phố")],
  ["Sở Văn hóa và Thể thao", "Sở Thông tin và Truyền thông"])

Q("cross_plan",
  "Nhờ điền bảng:\n| Kế hoạch | Hạn UBND xã gửi báo cáo |\n| Huế 2026 | … |\n| Mỹ Lộc | … |",
  "| Kế hoạch | Hạn UBND xã gửi báo cáo |\n| Huế 2026 | trước ngày 15/12/2026 (về Sở Giáo dục và Đào tạo) |\n"
  "| Mỹ Lộc | trước ngày 10 tháng 12 hằng năm (về Phòng Giáo dục và Đào tạo) |",
  [("H", "gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026"),
   ("M", "định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo tình hình")],
  ["15/12/2026", "10 tháng 12"])

Q("cross_plan",
  "Kế hoạch ban hành năm 2022 và kế hoạch cho năm 2026 cùng có một chỉ tiêu 40% về danh hiệu — đó là gì?",
  "40% công dân đạt danh hiệu công dân học tập: ở Mỹ Lộc (bản năm 2022) là mục tiêu đến năm 2025; ở Huế (bản năm 2026) "
  "là mục tiêu năm 2026.",
  [("M", "40% công dân đạt danh hiệu công dân học tập theo tiêu chí"),
   ("H", "40% công dân đạt danh hiệu công dân học tập.")],
  ["40% công dân đạt danh hiệu công dân học tập"])

# ---------------------------------------------------------------- no_diacritics
Q("no_diacritics",
  "ke hoach ban hanh ngay 04/5/2024 giao so noi vu lam gi",
  "Kế hoạch ngày 04/5/2024 là KH 74/KH-BCĐ của Cần Thơ. Sở Nội vụ chủ trì xây dựng Đề án vị trí việc làm, điều chỉnh "
  "vị trí việc làm và cơ cấu viên chức theo chức danh nghề nghiệp trong đơn vị sự nghiệp công lập (mục V.2).",
  [("C", "Cần Thơ, ngày 04 tháng 5 năm 2024"),
   ("C", "xây dựng Đề án vị trí việc làm, điều chỉnh vị trí việc làm và cơ cấu viên chức theo chức danh nghề nghiệp")],
  ["Đề án vị trí việc làm"])

Q("no_diacritics",
  "ha noi chi tieu cong dan hoc tap 2025 so voi 2030 tang tu bao nhieu len bao nhieu",
  "Hà Nội: 50% công dân đạt danh hiệu công dân học tập (2025), lên 70% (2030).",
  [("N", "50% công dân đạt danh hiệu công dân học tập"),
   ("N", "70% công dân đạt danh hiệu công dân học tập")],
  ["50%", "70%"])

Q("no_diacritics",
  "hoi lien hiep phu nu huyen my loc lam gi a 🙏",
  "Hội Liên hiệp Phụ nữ huyện Mỹ Lộc (V.9.e) phối hợp với Phòng Giáo dục và Đào tạo tuyên truyền Kế hoạch, lồng ghép "
  "tuyên truyền trong phong trào “Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc”; vận động "
  "phụ nữ và trẻ em gái chưa biết chữ ra học các lớp xóa mù chữ; đẩy mạnh hoạt động “Quỹ học bổng Hoàng Ngân”.",
  [("M", "vận động, tuyên truyền phụ nữ và trẻ em gái chưa biết chữ ra học các lớp xóa mù chữ, đẩy mạnh hoạt động có "
         "hiệu quả đối với “Quỹ học bổng Hoàng Ngân”.")],
  ["Quỹ học bổng Hoàng Ngân", "xóa mù chữ"])

Q("no_diacritics",
  "ke hoach nam 2026 ubnd xa phuong phai lam gi ve trung tam hoc tap cong dong",
  "Kế hoạch năm 2026 của Huế (V.9): UBND các xã, phường rà soát, củng cố, kiện toàn hệ thống trung tâm học tập cộng "
  "đồng, bảo đảm mỗi xã, phường có ít nhất một trung tâm học tập cộng đồng hoạt động hiệu quả; tổ chức đánh giá, đề "
  "nghị công nhận trung tâm theo quy định và chịu trách nhiệm về chất lượng kết quả đánh giá.",
  [("H", "bảo đảm mỗi xã, phường có ít nhất một trung tâm học tập cộng đồng hoạt động hiệu quả, đúng chức năng, nhiệm "
         "vụ theo quy định.")],
  ["ít nhất một trung tâm học tập cộng đồng"])

Q("no_diacritics",
  "dien giup: ke hoach an lao - phong tai chinh ke hoach: ....; hoi khuyen hoc huyen: ....",
  "Phòng Tài chính - Kế hoạch: phối hợp lập dự toán kinh phí, báo cáo Ủy ban nhân dân huyện cân đối trong nguồn ngân "
  "sách để triển khai phong trào “Học tập suốt đời” (III.4).\nHội Khuyến học huyện: phối hợp tuyên truyền về tư tưởng, "
  "vai trò của “Học tập suốt đời”, phát động phong trào khuyến học, khuyến tài, biểu dương tấm gương (III.5).",
  [("A", "Phối hợp với các phòng, ban, ngành, đơn vị lập dự toán kinh phí, báo cáo Ủy ban nhân dân huyện cân đối trong "
         "nguồn ngân sách"),
   ("A", "Phối hợp với các phòng, ban, ngành, đoàn thể tuyên truyền về tư tưởng, vai trò của “Học tập suốt đời”")],
  ["lập dự toán kinh phí", "Học tập suốt đời"])

Q("no_diacritics",
  "can tho bo chi huy quan su thanh pho duoc giao gi",
  "Bộ Chỉ huy Quân sự thành phố Cần Thơ (V.7): chủ trì đẩy mạnh tuyên truyền về học tập suốt đời, xây dựng xã hội học "
  "tập trong lực lượng vũ trang; chỉ đạo nâng cao trình độ, năng lực ngoại ngữ và tiếng dân tộc thiểu số cho lực lượng "
  "vũ trang, cán bộ, chiến sĩ quân đội.",
  [("C", "Chỉ đạo nâng cao trình độ, năng lực ngoại ngữ và tiếng dân tộc thiểu số cho lực lượng vũ trang, cán bộ, "
         "chiến sĩ quân đội."),
   ("C", "đẩy mạnh tuyên truyền về học tập suốt đời, xây dựng xã hội học tập trong lực lượng vũ trang")],
  ["tiếng dân tộc thiểu số", "lực lượng vũ trang"])

Q("no_diacritics",
  "my loc nam 2030 chi tieu co so giao duc day hoc tren moi truong so tang len bao nhieu so voi 2025",
  "Mỹ Lộc: 60% (2025) lên 80% (2030) các cơ sở giáo dục phổ thông, giáo dục thường xuyên, giáo dục nghề nghiệp và cơ "
  "sở giáo dục khác triển khai quản lý, giảng dạy và học tập trên môi trường số.",
  [("M", "60% các cơ sở giáo dục phổ thông, cơ sở giáo dục thường xuyên"),
   ("M", "80% các cơ sở giáo dục phổ thông, cơ sở giáo dục thường xuyên")],
  ["60%", "80%"])

# ---------------------------------------------------------------- abbreviation
Q("abbreviation",
  "KH 74/KH-BCĐ: TB của BCĐ TP là ai, chức vụ gì?",
  "Kế hoạch 74/KH-BCĐ do Ban Chỉ đạo Xây dựng xã hội học tập - Xóa mù chữ - Phổ cập giáo dục thành phố Cần Thơ ban "
  "hành; ký thay mặt Ban Chỉ đạo là Trưởng ban Nguyễn Thực Hiện, Phó Chủ tịch UBND thành phố.",
  [("C", "TM. BAN CHỈ ĐẠO TRƯỞNG BAN"),
   ("C", "PHÓ CHỦ TỊCH UBND THÀNH PHỐ Nguyễn Thực Hiện")],
  ["Nguyễn Thực Hiện", "Phó Chủ tịch UBND thành phố"])

Q("abbreviation",
  "KH HN: chỉ tiêu CBCCVC về KNS (kỹ năng số) năm 2025 là bn %?",
  "Hà Nội, mốc 2025: 100% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng, phổ cập kỹ năng số cơ bản; 50% được "
  "tập huấn, bồi dưỡng kỹ năng phân tích, khai thác dữ liệu và công nghệ số.",
  [("N", "100% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng, phổ cập kỹ năng số cơ bản; 50% cán bộ, công chức, "
         "viên chức được tập huấn, bồi dưỡng kỹ năng phân tích, khai thác dữ liệu và công nghệ số.")],
  ["100%", "kỹ năng số cơ bản", "50%"])

Q("abbreviation",
  "KH 2026 của TP: UBMTTQVN TP và các đoàn thể CT-XH được đề nghị làm gì?",
  "Kế hoạch năm 2026 của Huế (V.6): Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các đoàn thể chính trị - xã hội, các "
  "hội xã hội tổ chức vận động cán bộ, công chức, viên chức, người lao động, đoàn viên, hội viên và Nhân dân tham gia, "
  "hưởng ứng học tập thường xuyên, học tập suốt đời, phong trào thi đua khuyến học, khuyến tài.",
  [("H", "Tổ chức vận động cán bộ, công chức, viên chức, người lao động, đoàn viên, hội viên và quần chúng Nhân dân tham "
         "gia, hưởng ứng học tập thường xuyên, học tập suốt đời")],
  ["học tập thường xuyên, học tập suốt đời"])

Q("abbreviation",
  "TTHTCĐ ở ML: HKH huyện phối hợp với phòng GD&ĐT và phòng nào để hướng dẫn TTHTCĐ?",
  "Mục V.9.b kế hoạch Mỹ Lộc: Hội Khuyến học huyện phối hợp với Phòng Giáo dục và Đào tạo, Phòng Văn hóa, Thể thao và "
  "Du lịch hướng dẫn đẩy mạnh hoạt động của các Trung tâm Học tập cộng đồng. (Lưu ý mục V.4 lại gọi là “Phòng Văn "
  "hóa-Thông tin”.)",
  [("M", "Phối hợp với Phòng Giáo dục và Đào tạo, Phòng Văn hóa, Thể thao và Du lịch hướng dẫn đẩy mạnh hoạt động của "
         "các Trung tâm Học tập cộng đồng."),
   ("M", "4. Phòng Văn hóa-Thông tin")],
  ["Phòng Văn hóa, Thể thao và Du lịch"])

Q("abbreviation",
  "LĐLĐ TP HN làm gì để CNLĐ học tập? 👷",
  "Liên đoàn Lao động Thành phố Hà Nội (V.9) phối hợp đẩy mạnh phát triển nghề nghiệp cho người lao động; chỉ đạo công "
  "đoàn vận động người sử dụng lao động tạo điều kiện về thời gian, vật chất, thành lập quỹ khuyến học, khuyến tài, hỗ "
  "trợ công nhân, người lao động học tập và con công nhân hiếu học có hoàn cảnh khó khăn.",
  [("N", "vận động người sử dụng lao động tạo điều kiện về thời gian, vật chất, thành lập quỹ khuyến học, khuyến tài, "
         "hỗ trợ công nhân, người lao động")],
  ["thành lập quỹ khuyến học, khuyến tài"])

Q("abbreviation",
  "KH HTSĐ h. An Lão: UBND xã, TT phải chỉ đạo đài PT địa phương làm gì?",
  "Kế hoạch An Lão (III.9): UBND xã, thị trấn chỉ đạo đài phát thanh địa phương, hệ thống thông tin cơ sở đăng tải, "
  "tuyên truyền nội dung bài viết của Tổng Bí thư về “Học tập suốt đời” và các mô hình, tấm gương điển hình.",
  [("A", "Chỉ đạo đài phát thanh địa phương, hệ thống thông tin cơ sở đăng tải, tuyên truyền nội dung bài viết của Tổng "
         "Bí thư về “Học tập suốt đời”")],
  ["bài viết của Tổng Bí thư"])

# ---------------------------------------------------------------- paraphrase
Q("paraphrase",
  "Cái kế hoạch chỉ làm cho một năm 2024 ấy, họ định xây dựng những bộ tiêu chí gì?",
  "Kế hoạch năm 2024 của Cần Thơ (III.2.b): xây dựng tiêu chí đánh giá việc thực hiện xây dựng xã hội học tập của các "
  "địa phương; tiêu chí công dân học tập; tiêu chí công nhận huyện học tập, quận, huyện học tập; khung năng lực thông "
  "tin phục vụ học tập suốt đời cho công dân.",
  [("C", "Xây dựng Tiêu chí đánh giá việc thực hiện xây dựng xã hội học tập của các địa phương; tiêu chí công dân học "
         "tập; tiêu chí công nhận huyện học tập, quận, huyện học tập; khung năng lực thông tin phục vụ học tập suốt đời "
         "cho công dân;")],
  ["tiêu chí công dân học tập", "khung năng lực thông tin"])

Q("paraphrase",
  "Hà Nội: về đơn vị học tập, từ một nửa số đơn vị năm 2025 thì đến 2030 lên bao nhiêu?",
  "Từ 50% đơn vị được công nhận là đơn vị học tập (2025) lên 70% đơn vị (2030).",
  [("N", "50% đơn vị được công nhận là đơn vị học tập;"),
   ("N", "70% đơn vị được công nhận là đơn vị học tập;")],
  ["50% đơn vị", "70% đơn vị"])

Q("paraphrase",
  "Bản kế hoạch nhắc tới Chương trình Giáo dục phổ thông 2018 bảo bồi dưỡng những ai?",
  "Đó là kế hoạch An Lão: Phòng Giáo dục và Đào tạo tăng cường đào tạo, bồi dưỡng cán bộ quản lý giáo dục, giáo viên "
  "trong toàn ngành đáp ứng tiêu chuẩn, yêu cầu theo Chương trình Giáo dục phổ thông 2018.",
  [("A", "Tăng cường đào tạo, bồi dưỡng cán bộ quản lý giáo dục, giáo viên trong toàn ngành đáp ứng tiêu chuẩn, yêu cầu "
         "theo Chương trình Giáo dục phổ thông 2018.")],
  ["cán bộ quản lý giáo dục, giáo viên", "Chương trình Giáo dục phổ thông 2018"])

Q("paraphrase",
  "Người mới ra tù hay bộ đội vừa xuất ngũ có được ưu tiên học nghề theo kế hoạch Huế không?",
  "Có. Sở Giáo dục và Đào tạo chủ trì triển khai chương trình đào tạo, bồi dưỡng kỹ năng nghề cho người lao động, ưu "
  "tiên người chấp hành xong hình phạt tù, thanh niên hoàn thành nghĩa vụ quân sự, nghĩa vụ công an và các nhóm lao "
  "động yếu thế (V.1).",
  [("H", "ưu tiên người chấp hành xong hình phạt tù, thanh niên hoàn thành nghĩa vụ quân sự, nghĩa vụ công an và các "
         "nhóm lao động yếu thế trong xã hội.")],
  ["người chấp hành xong hình phạt tù", "nghĩa vụ quân sự"])

Q("paraphrase",
  "Ở Mỹ Lộc, công an với quân sự huyện phải lo cả chuyện ngoại ngữ hả 😮",
  "Đúng. Mục V.6 giao Công an huyện, Bộ Chỉ huy Quân sự huyện nâng cao trình độ, năng lực ngoại ngữ cho cán bộ toàn lực "
  "lượng vũ trang trên địa bàn huyện.",
  [("M", "6. Công an huyện, Bộ Chỉ huy Quân sự huyện"),
   ("M", "Nâng cao trình độ, năng lực ngoại ngữ cho cán bộ toàn lực lượng vũ trang trên địa bàn huyện.")],
  ["năng lực ngoại ngữ", "lực lượng vũ trang"])

Q("paraphrase",
  "Huế: ban chỉ đạo phong trào thi đua khuyến học giờ tính theo giai đoạn nào, phải làm gì?",
  "Kế hoạch Huế (III.1) yêu cầu kiện toàn, nâng cao hiệu quả hoạt động của Ban Chỉ đạo Phong trào thi đua về công tác "
  "khuyến học, khuyến tài, xây dựng xã hội học tập giai đoạn 2023–2030, phân công rõ trách nhiệm từng thành viên.",
  [("H", "Kiện toàn, nâng cao hiệu quả hoạt động của Ban Chỉ đạo Phong trào thi đua về công tác khuyến học, khuyến tài, "
         "xây dựng xã hội học tập giai đoạn 2023–2030")],
  ["Ban Chỉ đạo Phong trào thi đua", "2023–2030"])

Q("paraphrase",
  "Em đang soạn tờ trình, cần điền: “Cần Thơ — đối tượng Đoàn Thanh niên phải vận động quay lại trường: ……”",
  "Theo mục V.11.c kế hoạch Cần Thơ: số đoàn viên, đội viên bỏ học giữa chừng (Đoàn thường xuyên vận động đến trường, "
  "ra lớp).",
  [("C", "thường xuyên vận động số đoàn viên, đội viên bỏ học giữa chừng đến trường, ra lớp;")],
  ["bỏ học giữa chừng"])

# ---------------------------------------------------------------- english
Q("english",
  "In the plan issued on 4 May 2024, what is the target for 'Learning Community' recognition?",
  "That is Can Tho's plan 74/KH-BCĐ. It aims for 80% of units to be assessed and recognised at the “Cộng đồng học "
  "tập” (Learning Community) level at commune, district and city level.",
  [("C", "Phần đầu đạt tỷ lệ 80% đơn vị được đánh giá, công nhận theo mức độ “Cộng đồng học tập” cấp xã, huyện, thành "
         "phố.")],
  ["80%"])

Q("english",
  "The one-year plan for 2026: what share of communes and wards must reach level 1 'Learning Community'?",
  "Hue's 2026 plan: 100% of communes and wards reach “Cộng đồng học tập” at commune level, mức độ 1.",
  [("H", "100% xã, phường đạt “Cộng đồng học tập” cấp xã mức độ 1.")],
  ["100%", "mức độ 1"])

Q("english",
  "How does My Loc's target for community learning centres using IT change between 2025 and 2030?",
  "It rises from 70% of Trung tâm Học tập cộng đồng applying IT in management and educational activities (2025) to 90% "
  "(2030).",
  [("M", "70% các Trung tâm Học tập cộng đồng ứng dụng công nghệ thông tin"),
   ("M", "90% các Trung tâm Học tập cộng đồng ứng dụng công nghệ thông tin")],
  ["70%", "90%"])

Q("english",
  "Hanoi: how do the family, clan and community learning titles change from the 2025 target to the 2030 target?",
  "From 60% of families, clans and communities holding the learning title in 2025 to 80% in 2030.",
  [("N", "60% gia đình, dòng họ, cộng đồng đạt danh hiệu gia đình, dòng họ, cộng đồng học tập."),
   ("N", "80% gia đình, dòng họ, cộng đồng đạt danh hiệu gia đình, dòng họ, cộng đồng học tập.")],
  ["60%", "80%"])

Q("english",
  "Please fill in for Can Tho 2024:\nLead on lifelong-learning models in libraries and museums: ___\n"
  "Lead on literacy classes in prisons: ___",
  "Lead on lifelong-learning models in libraries and museums: Sở Văn hóa, Thể thao và Du lịch (V.5).\n"
  "Lead on literacy classes in prisons: Công an thành phố (V.8).",
  [("C", "5. Sở Văn hóa, Thể thao và Du lịch"),
   ("C", "nhân rộng các mô hình học tập suốt đời trong thư viện, bảo tàng, nhà văn hóa, câu lạc bộ."),
   ("C", "8. Công an thành phố"),
   ("C", "tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân")],
  ["Sở Văn hóa, Thể thao và Du lịch", "Công an thành phố"])

Q("english",
  "In the district plan for 2021-2030, which office takes part in international cooperation on lifelong learning, and "
  "with what proviso?",
  "My Loc's plan gives it to the Phòng Giáo dục và Đào tạo: it takes part in international cooperation activities on "
  "lifelong learning “(nếu có)” — if there are any.",
  [("M", "Tham gia các hoạt động hợp tác quốc tế trong lĩnh vực học tập suốt đời (nếu có)."),
   ("M", "1. Phòng Giáo dục và Đào tạo")],
  ["Phòng Giáo dục và Đào tạo", "(nếu có)"])

Q("english",
  "Which plan issued in 2024 has a vision to 2045, and by when does it want the city in the learning-city network?",
  "Hanoi's plan (to 2030, vision to 2045). It aims for Hanoi to join the UNESCO “Thành phố học tập” network (printed "
  "“UNESSCO”) “trong thời gian sớm nhất” — as soon as possible, with no year given.",
  [("N", "từ nay đến năm 2030, tầm nhìn đến năm 2045"),
   ("N", "Phấn đấu Thủ đô Hà Nội gia nhập vào mạng lưới “Thành phố học tập” của UNESSCO trong thời gian sớm nhất.")],
  ["2045", "trong thời gian sớm nhất"])

Q("english",
  "quick one 🙂 where does the money for An Lao's lifelong-learning movement come from?",
  "From the state budget (ngân sách nhà nước), lawful revenue of the agencies and units (nguồn thu hợp pháp), and "
  "mobilised social sources (xã hội hóa).",
  [("A", "Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách nhà nước theo quy định, nguồn thu hợp pháp của các cơ "
         "quan, đơn vị và huy động từ các nguồn xã hội hóa.")],
  ["ngân sách nhà nước", "xã hội hóa"])

Q("english",
  "Hanoi: is the 'learning district' target higher in 2030 than in 2025? Give both figures.",
  "Yes: 40% of quận, huyện, thị xã recognised as learning districts by 2025, 60% by 2030.",
  [("N", "40% quận, huyện, thị xã được công nhận danh hiệu huyện học tập"),
   ("N", "60% quận, huyện, thị xã được công nhận danh hiệu huyện học tập")],
  ["40%", "60%"])

Q("english",
  "In the plan on the lifelong-learning movement, what do the commune People's Committees have to do about the budget?",
  "An Lao's plan: communes and towns compile the annual estimate (tổng hợp dự toán hàng năm) and allocate budget for "
  "study promotion, learning-society building and lifelong learning locally.",
  [("A", "Tổng hợp dự toán hàng năm, bố trí và phân bổ ngân sách theo kế hoạch cho công tác khuyến học, khuyến tài")],
  ["dự toán hàng năm"])

Q("english",
  "Hue 2026: which department drafts the city's report to the Ministry of Education and Training?",
  "The Sở Giáo dục và Đào tạo: it inspects, reports periodically and drafts the city People's Committee's document sent "
  "to the Bộ Giáo dục và Đào tạo.",
  [("H", "Kiểm tra, giám sát và định kỳ báo cáo tình hình, kết quả thực hiện Đề án; dự thảo văn bản của Ủy ban nhân "
         "dân thành phố gửi Bộ Giáo dục và Đào tạo.")],
  ["Bộ Giáo dục và Đào tạo"])

Q("english",
  "Hue's plan calls the issuer by its new name — what was the People's Committee called when plan 336 was issued?",
  "Ủy ban nhân dân tỉnh Thừa Thiên Huế; the plan adds “(nay là Ủy ban nhân dân thành phố Huế)”.",
  [("H", "Ủy ban nhân dân tỉnh Thừa Thiên Huế (nay là Ủy ban nhân dân thành phố Huế)")],
  ["Thừa Thiên Huế"])

Q("english",
  "In the plan issued by a steering committee rather than a People's Committee, what is the women's union asked to do?",
  "Can Tho's plan (by the Ban Chỉ đạo): the Hội Liên hiệp Phụ nữ thành phố keeps urging members to send children to "
  "school at the right age (cho con đi học đúng độ tuổi), not to let them drop out, linked to the “5 không 3 sạch” "
  "campaign and the “Gia đình 5 có, 3 sạch” model, and supports families in difficulty.",
  [("C", "vận động tuyên truyền hội viên, phụ nữ cho con đi học đúng độ tuổi"),
   ("C", "Cuộc vận động “Xây dựng gia đình 5 không 3 sạch”")],
  ["cho con đi học đúng độ tuổi", "5 không 3 sạch"])

Q("english",
  "Fill in for Hanoi:\nLead on training officials in information skills: ___\nLead on literacy classes in prisons: ___",
  "Lead on training officials in information skills: Sở Thông tin và Truyền thông (V.5, trang bị năng lực thông "
  "tin).\nLead on literacy classes in prisons: Công an Thành phố (V.8).",
  [("N", "5. Sở Thông tin và Truyền thông"),
   ("N", "tập huấn, bồi dưỡng kiến thức, kỹ năng, trang bị năng lực thông tin cho đội ngũ cán bộ công chức"),
   ("N", "Công an Thành phố: chủ trì, phối hợp với Sở Giáo dục và Đào tạo")],
  ["Sở Thông tin và Truyền thông", "Công an Thành phố"])

Q("english",
  "My Loc: the 2025 target for adults with technical qualifications says 'about 50%' — what does 2030 say?",
  "2025: “Khoảng 50%” of people aged 15+ with technical qualifications (12% university); 2030: 70% (15% university).",
  [("M", "Khoảng 50% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ"),
   ("M", "70% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật")],
  ["Khoảng 50%", "70%"])

Q("english",
  "Can Tho: which body handles education support for ethnic-minority learners?",
  "The Ban Dân tộc (V.9): it leads programmes and projects supporting education and training for người dân tộc thiểu "
  "số in the city and helps ethnic-minority children and people take part in learning.",
  [("C", "9. Ban Dân tộc"),
   ("C", "triển khai các chương trình, dự án hỗ trợ giáo dục, đào tạo cho người dân tộc thiểu số trên địa bàn thành "
         "phố")],
  ["Ban Dân tộc", "người dân tộc thiểu số"])

Q("english",
  "The plan with a 'Quý II năm 2026' deadline — what does its Department of Culture and Sports lead? Answer in one line.",
  "Hue's Sở Văn hóa và Thể thao leads plan 288/KH-UBND (25/8/2023) on lifelong learning in libraries, museums and "
  "cultural centres.",
  [("H", "hoàn thành trong Quý II năm 2026"),
   ("H", "Kế hoạch số 288/KH-UBND ngày 25 tháng 8 năm 2023 của Ủy ban nhân dân thành phố")],
  ["288/KH-UBND"])

Q("english",
  "Hanoi Youth Union 👉 what fundraising is it asked to do?",
  "The Đoàn thanh niên cộng sản Hồ Chí Minh thành phố Hà Nội mobilises funds (vận động gây quỹ) to help Hanoi pupils, "
  "learners and students in difficult circumstances take part in learning.",
  [("N", "vận động gây quỹ hỗ trợ học sinh, học viên, sinh viên Hà Nội có hoàn cảnh khó khăn tham gia học tập.")],
  ["vận động gây quỹ"])

Q("english",
  "Hanoi: schools running management and teaching in the digital environment — 2025 versus 2030?",
  "The plan aims (“Phấn đấu”) for 80% by 2025 and 90% by 2030.",
  [("N", "Phấn đấu 80% các cơ sở giáo dục phổ thông"),
   ("N", "Phấn đấu 90% các cơ sở giáo dục phổ thông")],
  ["80%", "90%"])

# ---------------------------------------------------------------- follow_up
Q("follow_up",
  "Vậy trong đó Sở Tài chính làm gì?",
  "Trong Kế hoạch 74/KH-BCĐ của Cần Thơ (V.6), Sở Tài chính chủ trì, phối hợp với Sở Giáo dục và Đào tạo, UBND quận, "
  "huyện rà soát, hoàn thiện chính sách để tăng cường huy động và đa dạng hóa các nguồn lực xã hội thúc đẩy khuyến học, "
  "khuyến tài, xây dựng xã hội học tập.",
  [("C", "rà soát, hoàn thiện các chính sách để tăng cường huy động và đa dạng hóa các nguồn lực xã hội")],
  ["đa dạng hóa các nguồn lực xã hội"],
  H("Kế hoạch ban hành ngày 04/5/2024 là của đâu?",
    "Đó là Kế hoạch số 74/KH-BCĐ ngày 04 tháng 5 năm 2024 của Ban Chỉ đạo Xây dựng xã hội học tập - Xóa mù chữ - Phổ "
    "cập giáo dục thành phố Cần Thơ, về xây dựng xã hội học tập năm 2024."))

Q("follow_up",
  "còn đến 2030 thì lên mấy?",
  "Đến năm 2030: 60% công dân đạt danh hiệu công dân học tập (Mỹ Lộc, mục II.2.b).",
  [("M", "60% công dân đạt danh hiệu công dân học tập.")],
  ["60%"],
  H("Mỹ Lộc đến 2025 đặt bao nhiêu % công dân học tập?",
    "40% công dân đạt danh hiệu công dân học tập theo tiêu chí do cơ quan có thẩm quyền ban hành (mục II.2.a)."))

Q("follow_up",
  "mốc sau thì sao",
  "Mốc 2030: 96% số người mới biết chữ tiếp tục học tập và không tái mù chữ.",
  [("N", "96% số người mới biết chữ tiếp tục học tập và không tái mù chữ.")],
  ["96%"],
  H("Hà Nội năm 2025 đặt bao nhiêu % người mới biết chữ không tái mù?",
    "95% số người mới biết chữ tiếp tục học tập và không tái mù chữ (mục II.2.1.a)."))

Q("follow_up",
  "Thế còn Trung tâm Văn hóa - Thể thao và Truyền thông?",
  "Mục V.3: chỉ đạo, hướng dẫn báo chí, truyền thông và hệ thống thông tin cơ sở tuyên truyền về Kế hoạch; chủ trì hỗ "
  "trợ cung cấp dịch vụ viễn thông công ích đến năm 2030. Mục V.10 còn giao Trung tâm xây dựng chuyên trang, chuyên "
  "mục, giới thiệu gương điển hình.",
  [("M", "Chủ trì, phối hợp với các sở, ngành liên quan thực hiện hỗ trợ cung cấp dịch vụ viễn thông công ích đến năm "
         "2030"),
   ("M", "Tăng cường, đẩy mạnh công tác tuyên truyền, xây dựng chuyên trang, chuyên mục, giới thiệu gương điển hình")],
  ["dịch vụ viễn thông công ích", "chuyên trang, chuyên mục"],
  H("Kế hoạch giai đoạn 2021-2030 của huyện Mỹ Lộc giao Phòng Văn hóa-Thông tin làm gì?",
    "Mục V.4: nhân rộng các mô hình học tập suốt đời trong thư viện, bảo tàng, nhà văn hóa, câu lạc bộ, Trung tâm Văn "
    "hóa - Thể thao; đào tạo, bồi dưỡng nguồn nhân lực trong các thiết chế văn hóa - thể thao đáp ứng yêu cầu chuyển "
    "đổi số."))

Q("follow_up",
  "Thêm dòng: Cơ quan tham mưu bố trí kinh phí: ……",
  "Cơ quan tham mưu bố trí kinh phí: Sở Tài chính (V.4) — trên cơ sở đề nghị của các cơ quan, đơn vị và khả năng cân "
  "đối ngân sách, tham mưu Ủy ban nhân dân thành phố bố trí kinh phí.",
  [("H", "4. Sở Tài chính"),
   ("H", "tham mưu Ủy ban nhân dân thành phố bố trí kinh phí thực hiện Kế hoạch")],
  ["Sở Tài chính"],
  H("Điền giúp: KH Huế 2026 — Cơ quan thường trực: ……",
    "Cơ quan thường trực: Sở Giáo dục và Đào tạo (mục V.1)."))

Q("follow_up",
  "Ở đó ai theo dõi, tổng hợp mục tiêu “Cộng đồng học tập” cấp xã?",
  "Sở Giáo dục và Đào tạo (V.1) theo dõi, tổ chức triển khai và tổng hợp kết quả các mục tiêu: xóa mù chữ và phổ cập "
  "giáo dục; hiệu quả hoạt động của các cơ sở giáo dục; “Đơn vị học tập” cấp tỉnh; “Cộng đồng học tập” cấp xã.",
  [("H", "xóa mù chữ và phổ cập giáo dục; hiệu quả hoạt động của các cơ sở giáo dục; “Đơn vị học tập” cấp tỉnh; “Cộng "
         "đồng học tập” cấp xã."),
   ("H", "1. Sở Giáo dục và Đào tạo")],
  ["Sở Giáo dục và Đào tạo", "“Cộng đồng học tập” cấp xã"],
  H("Kế hoạch làm riêng cho năm 2026 là của thành phố nào?",
    "Của thành phố Huế: Kế hoạch thực hiện Đề án “Xây dựng xã hội học tập” năm 2026 trên địa bàn thành phố Huế, do Ủy "
    "ban nhân dân thành phố ban hành."))

Q("follow_up",
  "And what does its Home Affairs office (Phòng Nội vụ) lead on?",
  "An Lao's Phòng Nội vụ (III.2) leads advice on planning, funding and organising training for officials and public "
  "employees; surveys the quality of the civil service and researches a framework of criteria for assessing and "
  "screening officials (khung tiêu chí đánh giá, sàng lọc), plus policies protecting pioneering officials.",
  [("A", "kế hoạch, kinh phí, tổ chức đào tạo, bồi dưỡng cán bộ, công chức, viên chức theo quy định của Chính phủ."),
   ("A", "Nghiên cứu xây dựng khung tiêu chí đánh giá, sàng lọc, quy hoạch đội ngũ cán bộ")],
  ["khung tiêu chí đánh giá, sàng lọc"],
  H("Which loaded plan is the district plan on the 'Học tập suốt đời' movement?",
    "An Lão district (Hải Phòng): its plan implements KH 108/KH-UBND of 06/5/2025 of the Hải Phòng People's "
    "Committee on the “Học tập suốt đời” movement."))

Q("follow_up",
  "2030 thì sao?",
  "Mốc 2030: 80-85% lao động được qua đào tạo, trong đó lao động có bằng cấp, chứng chỉ đạt trên 60%.",
  [("N", "80-85% lao động được qua đào tạo, trong đó lao động có bằng cấp, chứng chỉ đạt trên 60%.")],
  ["80-85%", "trên 60%"],
  H("Hà Nội năm 2025: lao động qua đào tạo bao nhiêu?",
    "75-80% lao động được qua đào tạo, trong đó lao động có bằng cấp, chứng chỉ đạt 55-60% (mục II.2.1.b)."))

Q("follow_up",
  "phòng đó phải đưa kết quả mô hình học tập vào tiêu chí đánh giá ai?",
  "Phòng Giáo dục và Đào tạo An Lão nghiên cứu tham mưu đưa kết quả mô hình “Công dân học tập”, “Đơn vị học tập” (và "
  "mô hình “Cộng đồng học tập”) vào tiêu chí của Ủy ban nhân dân huyện đánh giá người đứng đầu các phòng, ban, ngành "
  "hằng năm.",
  [("A", "vào tiêu chí của Ủy ban nhân dân huyện đánh giá người đứng đầu các phòng, ban, ngành hằng năm.")],
  ["người đứng đầu các phòng, ban, ngành"],
  H("Trong kế hoạch Học tập suốt đời của An Lão, phòng nào chủ trì tổng hợp kết quả phong trào hằng năm?",
    "Phòng Giáo dục và Đào tạo (mục III.1) chủ trì tổng hợp kết quả thực hiện phong trào “Học tập suốt đời”, lồng ghép "
    "với kết quả xây dựng xã hội học tập trên địa bàn huyện, hằng năm."))

Q("follow_up",
  "who tracks that target?",
  "The Sở Giáo dục và Đào tạo tracks and compiles the results for “Đơn vị học tập” cấp tỉnh (V.1).",
  [("H", "“Đơn vị học tập” cấp tỉnh; “Cộng đồng học tập” cấp xã."),
   ("H", "1. Sở Giáo dục và Đào tạo")],
  ["Sở Giáo dục và Đào tạo"],
  H("Hue 2026: how many 'learning units' at provincial level?",
    "At least 15 units recognised as “Đơn vị học tập” cấp tỉnh at mức độ 1, of which at least 05 at mức độ 2 (II.4)."))

Q("follow_up",
  "Trường Đại học Thủ đô Hà Nội trong đó phải làm gì?",
  "Mục V.13: Trường Đại học Thủ đô Hà Nội và các trường cao đẳng trực thuộc triển khai trường học số, xây dựng học liệu "
  "số; phối hợp với Sở Giáo dục và Đào tạo biên soạn, số hóa tài liệu; tạo điều kiện cho cán bộ, viên chức học tập suốt "
  "đời.",
  [("N", "Triển khai trường học số, xây dựng học liệu số để nâng cao năng lực hoạt động")],
  ["trường học số", "học liệu số"],
  H("Kế hoạch năm 2024 mà để trống ngày tháng là của ai?",
    "Của Ủy ban nhân dân thành phố Hà Nội: Kế hoạch triển khai Nghị quyết số 23-NQ/TU ngày 16/11/2023 của Thành ủy, ghi "
    "“Hà Nội, ngày … tháng … năm 2024”, do Phó Chủ tịch Vũ Thu Hà ký."))

Q("follow_up",
  "còn 2030?",
  "Mốc 2030: 80% người trong độ tuổi lao động được trang bị kỹ năng sống.",
  [("M", "80% người trong độ tuổi lao động được trang bị kỹ năng sống.")],
  ["80%"],
  H("kỹ năng sống ở Mỹ Lộc năm 2025 bao nhiêu?",
    "60% số người trong độ tuổi lao động được trang bị kỹ năng sống (mục II.2.a)."))

Q("follow_up",
  "thế Hội Người cao tuổi thành phố thì sao?",
  "Mục V.12: Hội Người cao tuổi thành phố hướng dẫn các cấp Hội tuyên truyền, tập huấn cho cán bộ, nhà giáo, hội viên "
  "nắm vững chủ trương về khuyến học, khuyến tài, xây dựng xã hội học tập; hỗ trợ ngành Giáo dục và Đào tạo, mở rộng "
  "các hình thức học tập suốt đời.",
  [("C", "Hướng dẫn các cấp Hội phối hợp tổ chức tuyên truyền, tập huấn cho cán bộ, nhà giáo, hội viên các Hội nắm vững "
         "chủ trương")],
  ["tập huấn cho cán bộ, nhà giáo, hội viên"],
  H("Hội Cựu chiến binh thành phố Cần Thơ làm gì 🙏",
    "Mục V.11.đ: Hội Cựu chiến binh thành phố (cùng Hội Nông dân) hướng dẫn các cấp Hội phối hợp tổ chức hoạt động "
    "khuyến học, khuyến tài, xây dựng xã hội học tập; huy động hội viên chuyển giao công nghệ, hỗ trợ khởi nghiệp, phổ "
    "biến kiến thức."))

Q("follow_up",
  "à nhầm, ý tôi là hạn UBND xã, phường gửi báo cáo kết quả",
  "UBND các xã, phường gửi báo cáo kết quả về Sở Giáo dục và Đào tạo trước ngày 15/12/2026 (V.9).",
  [("H", "gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026")],
  ["15/12/2026"],
  H("Kế hoạch Huế 2026: hạn hoàn thành việc mỗi xã, phường có trung tâm học tập cộng đồng?",
    "Hoàn thành trong Quý II năm 2026 (mục III.5)."))

Q("follow_up",
  "còn mục tiêu huyện học tập thì 2025 với 2030 ghi có khác nhau không?",
  "Cả hai mốc đều là huyện được công nhận danh hiệu huyện học tập; mốc 2025 ghi thêm “theo tiêu chí do cơ quan có thẩm "
  "quyền ban hành”, mốc 2030 chỉ ghi “Huyện được công nhận danh hiệu huyện học tập”.",
  [("M", "Huyện được công nhận danh hiệu huyện học tập theo tiêu chí do cơ quan có thẩm quyền ban hành."),
   ("M", "Huyện được công nhận danh hiệu huyện học tập.")],
  ["huyện học tập", "theo tiêu chí do cơ quan có thẩm quyền ban hành"],
  H("kế hoạch nào ban hành năm 2022?",
    "Kế hoạch của UBND huyện Mỹ Lộc thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030” (ghi “Mỹ Lộc, ngày … "
    "tháng … năm 2022”).",
    "mục tiêu chung của nó?",
    "Bảo đảm đến năm 2030 mọi người dân đều có cơ hội bình đẳng tiếp cận hệ thống giáo dục mở, đa dạng, linh hoạt, liên "
    "thông, hiện đại, góp phần phát triển nguồn nhân lực (mục II.1)."))

Q("follow_up",
  "and by 2030?",
  "By 2030: 70% of people of working age equipped with information competence (năng lực thông tin).",
  [("N", "70% người trong độ tuổi lao động được trang bị năng lực thông tin.")],
  ["70%"],
  H("Hanoi 2025 target for information literacy of working-age people?",
    "50% of people of working age equipped with năng lực thông tin (II.2.1.b)."))

# ---------------------------------------------------------------- unanswerable
X("Kế hoạch ban hành tháng 3/2025 giao Sở Nội vụ việc gì?",
  "Không có kế hoạch nào trong các kế hoạch đã nạp ban hành tháng 3/2025: Cần Thơ ghi ngày 04 tháng 5 năm 2024, Hà Nội "
  "ghi năm 2024, Mỹ Lộc năm 2022; Huế và An Lão không ghi ngày nhưng đều dẫn văn bản ra sau tháng 3/2025 (Nghị quyết "
  "16/2025/NQ-HĐND ngày 16/7/2025; Kế hoạch 108/KH-UBND ngày 06/5/2025). Xin cho biết tên địa phương hoặc số hiệu.",
  r"thang 0?3 nam 2025|\b0?3/2025", ["H", "M", "N", "C", "A"])

X("Kế hoạch giai đoạn 2023-2030 của huyện đặt chỉ tiêu công dân học tập bao nhiêu?",
  "Không có kế hoạch cấp huyện nào đã nạp mang giai đoạn 2023-2030: bản của Mỹ Lộc là giai đoạn 2021-2030, bản của An "
  "Lão về phong trào “Học tập suốt đời” không ghi giai đoạn và không có chỉ tiêu phần trăm.",
  r"giai doan 2023 ?[-–] ?2030", ["M", "A"])

X("Kế hoạch riêng cho năm 2023 của thành phố có mục tiêu kỹ năng sống bao nhiêu %?",
  "Không có kế hoạch một năm cho năm 2023 trong các kế hoạch đã nạp; các kế hoạch một năm là của Cần Thơ (năm 2024) và "
  "của Huế (năm 2026).",
  r"nam 2023 tren dia ban|(hoc tap|de an)[^.]{0,20} nam 2023", ["H", "N", "C"])

X("Kế hoạch giai đoạn 2026-2030 của tỉnh giao Sở Nội vụ những gì?",
  "Không có kế hoạch giai đoạn 2026-2030 nào trong các kế hoạch đã nạp (Mỹ Lộc 2021-2030, Hà Nội đến 2030 tầm nhìn "
  "2045, Cần Thơ năm 2024, Huế năm 2026, An Lão không ghi giai đoạn).",
  r"2026 ?[-–] ?2030", ["H", "M", "N", "C", "A"])

X("The plan issued on 12 June 2023 — what is the deadline for commune reports?",
  "None of the loaded plans was issued in June 2023: Can Tho's is dated 4 May 2024, Hanoi's gives the year 2024, My "
  "Loc's 2022, and Hue's and An Lao's cite documents from 2025.",
  r"12/0?6/2023|12 thang 0?6 nam 2023", ["H", "M", "N", "C", "A"])

X("Kế hoạch năm 2027 của thành phố Huế đặt chỉ tiêu công dân học tập bao nhiêu?",
  "Kế hoạch Huế đã nạp là kế hoạch năm 2026 (40% công dân học tập cho năm 2026); không có kế hoạch hay chỉ tiêu nào cho "
  "năm 2027.",
  r"2027", ["H"])

X("Kế hoạch 108 của thành phố Hải Phòng giao Sở Giáo dục và Đào tạo Hải Phòng những việc gì?",
  "Kế hoạch 108/KH-UBND của Hải Phòng chỉ được kế hoạch huyện An Lão dẫn làm căn cứ; bản thân nó không có trong các kế "
  "hoạch đã nạp, nên không biết nó giao gì cho Sở Giáo dục và Đào tạo Hải Phòng.",
  r"so giao duc va dao tao (thanh pho )?hai phong", ["A"])

X("Kế hoạch xây dựng xã hội học tập năm 2026 của thị xã Mỹ Hào có chỉ tiêu gì?",
  "Không có kế hoạch nào của Mỹ Hào (Hưng Yên) trong các kế hoạch đã nạp; tên gần giống là huyện Mỹ Lộc (Nam Định), "
  "kế hoạch giai đoạn 2021-2030.",
  r"my hao", ["H", "M", "N", "C", "A"])

X("Kế hoạch học tập suốt đời của huyện An Lão, tỉnh Bình Định giao Phòng Nội vụ gì?",
  "Kế hoạch An Lão đã nạp là của huyện An Lão thuộc thành phố Hải Phòng; không có kế hoạch nào của huyện An Lão tỉnh "
  "Bình Định.",
  r"binh dinh", ["H", "M", "N", "C", "A"])

X("KH XHHT của tỉnh Hà Nam năm 2025 đặt bao nhiêu % công dân học tập?",
  "Không có kế hoạch nào của tỉnh Hà Nam trong các kế hoạch đã nạp (có Hà Nội, nhưng đó là thành phố khác).",
  r"\bha nam\b", ["H", "M", "N", "C", "A"])

X("Quận Ninh Kiều có kế hoạch riêng không, chỉ tiêu công dân học tập của quận là bao nhiêu?",
  "Không có kế hoạch riêng của quận Ninh Kiều; kế hoạch Cần Thơ năm 2024 chỉ giao chung cho Ủy ban nhân dân quận, huyện "
  "và không có chỉ tiêu riêng cho từng quận.",
  r"ninh kieu", ["C"])

X("So với năm 2023 thì tỷ lệ đó tăng hay giảm?",
  "Kế hoạch Cần Thơ năm 2024 không nêu kết quả hay chỉ tiêu năm 2023, nên không so sánh được.",
  r"2023", ["C"],
  H("Cần Thơ năm 2024 đặt chỉ tiêu đơn vị học tập bao nhiêu?",
    "Phấn đấu 55,55% đơn vị được đánh giá, công nhận theo mức độ “Đơn vị học tập” cấp huyện, cấp thành phố (mục II.2.b)."))

X("Kế hoạch mới của Hà Nội nâng những chỉ tiêu nào so với Kế hoạch 290?",
  "Kế hoạch Hà Nội chỉ nói nó thay thế Kế hoạch 290/KH-UBND ngày 16/12/2021; nó không nêu chỉ tiêu của Kế hoạch 290 nên "
  "không so sánh được.",
  r"so voi ke hoach|ke hoach (so )?290[^.]{0,80}(chi tieu|muc tieu)", ["N"])

X("Huế: chỉ tiêu năm 2026 so với kết quả đạt được năm 2025 tăng bao nhiêu?",
  "Kế hoạch Huế năm 2026 không nêu kết quả năm 2025 nên không so sánh được.",
  r"ket qua[^.]{0,40}nam 2025|so voi nam 2025", ["H"])

X("Giai đoạn trước (2016-2020) Mỹ Lộc đạt được những gì về xã hội học tập?",
  "Kế hoạch Mỹ Lộc không có phần đánh giá kết quả giai đoạn trước.",
  r"2016|giai doan truoc|ket qua dat duoc", ["M"])

X("Kế hoạch An Lão có gì mới so với kế hoạch năm 2024 của huyện?",
  "Kế hoạch An Lão không nhắc tới kế hoạch năm 2024 nào của huyện và không nêu điểm mới so với trước.",
  r"ke hoach[^.]{0,30}nam 2024|so voi nam 2024|diem moi", ["A"])

X("Huế: hạn để Sở GD&ĐT trình Đề án “Tạo môi trường học tập suốt đời” là khi nào?",
  "Kế hoạch Huế giao Sở Giáo dục và Đào tạo tham mưu xây dựng đề án này nhưng không ghi thời hạn trình.",
  r"tao moi truong hoc tap suot doi[^.]{0,250}(truoc ngay|thang \d|quy [ivx]+|nam 2026)", ["H"])

X("Mỹ Lộc: mỗi xã được cấp bao nhiêu tiền cho trung tâm học tập cộng đồng?",
  "Kế hoạch Mỹ Lộc không ghi số tiền; chỉ nói thực hiện cơ chế, chính sách hỗ trợ các Trung tâm Học tập cộng đồng và "
  "kinh phí theo phân cấp ngân sách.",
  r"trieu dong|ty dong|\d+ ?trieu|\d+ ?ty\b", ["M"])

X("Cần Thơ chi bao nhiêu tiền cho mỗi học viên lớp xóa mù chữ?",
  "Kế hoạch Cần Thơ không nêu mức chi nào.",
  r"muc chi|dong ?/|trieu dong|nghin dong", ["C"])

X("An Lão hiện có bao nhiêu người tham gia “Bình dân học vụ số” rồi?",
  "Kế hoạch An Lão không có số liệu hiện trạng về người tham gia phong trào.",
  r"\d+[.,]?\d* (nguoi|luot|hoc vien)", ["A"])

X("Hà Nội hiện có bao nhiêu trung tâm học tập cộng đồng?",
  "Kế hoạch Hà Nội không nêu số lượng trung tâm học tập cộng đồng hiện có.",
  r"\d+ trung tam hoc tap cong dong", ["N"])

X("Huế: xã nào không đạt “Cộng đồng học tập” mức độ 1 thì bị xử lý thế nào?",
  "Kế hoạch Huế không quy định chế tài cho xã, phường không đạt chỉ tiêu.",
  r"xu ly|ky luat|che tai", ["H"])

X("Mỹ Lộc: UBND xã nộp báo cáo sau ngày 10/12 có bị kỷ luật không?",
  "Kế hoạch Mỹ Lộc không quy định hình thức xử lý khi nộp báo cáo trễ.",
  r"ky luat|xu ly|\bche tai\b(?! chinh)", ["M"])

X("Kế hoạch Hà Nội giao Sở Y tế việc gì?",
  "Kế hoạch Hà Nội không nhắc tới Sở Y tế.",
  r"so y te", ["N"])

X("Ban Dân tộc thành phố Huế được giao gì trong kế hoạch năm 2026?",
  "Kế hoạch Huế năm 2026 không có mục nào cho Ban Dân tộc (Ban Dân tộc chỉ có trong kế hoạch Hà Nội và Cần Thơ).",
  r"ban dan toc", ["H"])

X("Sở Khoa học và Công nghệ Cần Thơ có nhiệm vụ gì trong kế hoạch 2024?",
  "Kế hoạch Cần Thơ không nhắc tới Sở Khoa học và Công nghệ.",
  r"so khoa hoc", ["C"])

X("What does the An Lao district police (Công an huyện) do in the lifelong-learning plan?",
  "An Lao's plan does not mention the district police at all.",
  r"cong an", ["A"])

X("Mỹ Lộc đặt mục tiêu gì cho năm 2028?",
  "Kế hoạch Mỹ Lộc chỉ có hai mốc mục tiêu, năm 2025 và năm 2030; không có mục tiêu cho năm 2028.",
  r"2028", ["M"])

X("What is Hanoi's 2035 target for learning citizens?",
  "Hanoi's plan sets targets for 2025 and 2030 (with a vision to 2045) but none for 2035.",
  r"2035", ["N"])

X("Điền giúp: KH An Lão — Chỉ tiêu % công dân học tập năm 2025: ……; Hạn báo cáo hằng năm: ……",
  "Không điền được: kế hoạch An Lão không có chỉ tiêu phần trăm nào và không ghi ngày hạn báo cáo (chỉ ghi “định kỳ”).",
  r"%|truoc ngay", ["A"])

X("Kinh phí cụ thể là bao nhiêu tỷ?",
  "Kế hoạch Huế năm 2026 không ghi số tiền; chỉ nêu nguồn (ngân sách nhà nước theo phân cấp và các nguồn hợp pháp khác) "
  "và Nghị quyết 16/2025/NQ-HĐND về nội dung, mức chi.",
  r"ty dong|trieu dong|\d+ ?ty\b", ["H"],
  H("Kế hoạch làm riêng cho năm 2026 là của đâu?",
    "Của thành phố Huế: Kế hoạch thực hiện Đề án “Xây dựng xã hội học tập” năm 2026."))

X("How much does each scholarship from that fund give?",
  "My Loc's plan names the “Quỹ học bổng Hoàng Ngân” but gives no amount per scholarship.",
  r"hoang ngan[^.]{0,100}(dong|trieu|suat)", ["M"],
  H("Which plan mentions the Quỹ học bổng Hoàng Ngân?",
    "My Loc's plan: the district Hội Liên hiệp Phụ nữ is to promote the “Quỹ học bổng Hoàng Ngân” (V.9.e)."))

X("KH Cần Thơ 2024 có chỉ tiêu % người dân dùng VNeID không 🤔",
  "Kế hoạch Cần Thơ năm 2024 không có chỉ tiêu nào về VNeID hay định danh điện tử.",
  r"vneid|dinh danh", ["C"])
