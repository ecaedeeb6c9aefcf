"""Set 49 questions on the five bundled plans (data/plans/*.txt). Read by questions_src49.py.

Each entry: type, question, docs (keys of DOCS), evidence [(doc key, verbatim span)], answer, key_facts, history;
an unanswerable entry has no docs/evidence and a probe: an accent-free regex of what would have to be in the plan(s)
(probe_docs, default all five) for the question to be answerable — the script refuses to write if it matches.
"""

DOCS = {
    "H": "000_4550be4bb11189cd.txt",  # Huế, KH năm 2026
    "M": "001_7bafa58816a5de75.txt",  # huyện Mỹ Lộc (Nam Định), 2021-2030
    "N": "002_797e8de6131c77f9.txt",  # Hà Nội, KH thực hiện NQ 23-NQ/TU
    "C": "003_1a817ee72b993e3e.txt",  # Cần Thơ, KH 74/KH-BCĐ năm 2024
    "A": "004_b1b28019b71edc03.txt",  # huyện An Lão (Hải Phòng), phong trào "Học tập suốt đời"
}

QUESTIONS = []

T_H = "Thực hiện Đề án “Xây dựng xã hội học tập” năm 2026 trên địa bàn thành phố Huế"
T_M = "Thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030” trên địa bàn huyện Mỹ Lộc"
T_N = "Triển khai thực hiện Nghị quyết số 23-NQ/TU ngày 16/11/2023 của Thành ủy Hà Nội"
T_C = "Xây dựng xã hội học tập năm 2024 trên địa bàn thành phố Cần Thơ"
T_A = "xây dựng xã hội học tập trên địa bàn huyện An Lão"


def q(type_, question, docs, evidence, answer, key_facts, history=None):
    QUESTIONS.append({"type": type_, "question": question, "docs": list(docs), "evidence": evidence,
                      "answer": answer, "key_facts": key_facts, "history": history or []})


def u(question, answer, probe, probe_docs=None, history=None):
    QUESTIONS.append({"type": "unanswerable", "question": question, "docs": [], "evidence": [], "answer": answer,
                      "key_facts": [], "history": history or [], "probe": probe, "probe_docs": probe_docs})


def h(*turns):
    """history from alternating turns; a turn starting with 'A:' is the assistant's, else roles alternate from user"""
    out, role = [], "user"
    for t in turns:
        if t.startswith("A:"):
            role, t = "assistant", t[2:].strip()
        out.append({"role": role, "content": t})
        role = "assistant" if role == "user" else "user"
    return out


# ---------------------------------------------------------------- target (quiz, counting, exclusion)
q("target",
  "Em đang soạn Cuộc thi tìm hiểu: Theo Kế hoạch của UBND huyện Mỹ Lộc, đến năm 2025 tỷ lệ số người trong độ tuổi "
  "lao động được trang bị kỹ năng sống là bao nhiêu? A. 50% B. 60% C. 70% D. 80%",
  "M", [("M", "a) Mục tiêu đến năm 2025"), ("M", "+ 60% số người trong độ tuổi lao động được trang bị kỹ năng sống.")],
  "Đáp án B. Mục tiêu đến năm 2025 của Kế hoạch huyện Mỹ Lộc: “60% số người trong độ tuổi lao động được trang bị kỹ "
  "năng sống” (mục II.2.a). (Mốc 2030 là 80%, nên D là phương án gây nhiễu.)",
  ["60%", "kỹ năng sống"])
q("target",
  "Câu hỏi trắc nghiệm: Kế hoạch năm 2026 của thành phố Huế đặt chỉ tiêu bao nhiêu % số người trong độ tuổi lao động "
  "được trang bị năng lực công nghệ thông tin? A. 70% B. 80% C. 85% D. 90%",
  "H", [("H", "- 87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin.")],
  "Không phương án nào đúng. Mục II.2 của Kế hoạch Huế năm 2026 ghi: “87% số người trong độ tuổi lao động được trang "
  "bị năng lực công nghệ thông tin”. (80% là chỉ tiêu kỹ năng sống, không phải năng lực công nghệ thông tin.) Nên sửa "
  "các phương án để có 87%.",
  ["87%", "năng lực công nghệ thông tin"])
q("target",
  "Điền vào chỗ trống cho đề thi: “Duy trì ___% trở lên người trong độ tuổi 15-60 biết chữ” (mục tiêu đến năm 2025, "
  "Kế hoạch thực hiện Nghị quyết 23-NQ/TU của Hà Nội)",
  "N", [("N", "2.1. Mục tiêu cụ thể đến năm 2025"), ("N", "- Duy trì 99,5% trở lên người trong độ tuổi 15-60 biết chữ.")],
  "Điền 99,5: “Duy trì 99,5% trở lên người trong độ tuổi 15-60 biết chữ” (mục II.2.1.a, mục tiêu đến năm 2025). "
  "Đến năm 2030 con số là 99,6%.",
  ["99,5%"])
q("target",
  "Đúng hay sai: Kế hoạch năm 2024 của Cần Thơ phấn đấu 80% đơn vị được đánh giá, công nhận theo mức độ “Đơn vị học "
  "tập” cấp huyện, cấp thành phố.",
  "C", [("C", "Phần đầu đạt tỷ lệ 55,55% đơn vị được đánh giá, công nhận theo mức độ “Đơn vị học tập” cấp huyện, cấp thành phố"),
        ("C", "Phần đầu đạt tỷ lệ 80% đơn vị được đánh giá, công nhận theo mức độ “Cộng đồng học tập” cấp xã, huyện, thành phố")],
  "Sai. Với “Đơn vị học tập” cấp huyện, cấp thành phố, Kế hoạch Cần Thơ 2024 ghi tỷ lệ 55,55%. Con số 80% là của "
  "“Cộng đồng học tập” cấp xã, huyện, thành phố (mục II.2.b, phần xây dựng các mô hình học tập; văn bản in “Phần đầu” "
  "thay cho “phấn đấu”).",
  ["55,55%", "80%", "Cộng đồng học tập"])
q("target",
  "Đúng hay sai: theo Kế hoạch Huế năm 2026, 100% xã, phường đạt “Cộng đồng học tập” cấp xã mức độ 1.",
  "H", [("H", "- 100% xã, phường đạt “Cộng đồng học tập” cấp xã mức độ 1.")],
  "Đúng. Mục II.4 (Xây dựng các mô hình học tập trong xã hội) ghi: “100% xã, phường đạt ‘Cộng đồng học tập’ cấp xã "
  "mức độ 1”.",
  ["100% xã, phường", "mức độ 1"])
q("target",
  "Trong các chỉ tiêu của Kế hoạch huyện Mỹ Lộc, chỉ tiêu nào KHÔNG tăng từ mốc 2025 lên mốc 2030?",
  "M", [("M", "+ 100% các xã, thị trấn duy trì đạt chuẩn xóa mù chữ mức độ 2."),
        ("M", "+ Duy trì 100% các xã, thị trấn đạt chuẩn xóa mù chữ mức độ 2."),
        ("M", "+ Duy trì 100% các xã, thị trấn đạt chuẩn phổ cập giáo dục tiểu học mức độ 3 một cách bền vững."),
        ("M", "+ Duy trì 100% các xã, thị trấn đạt chuẩn phổ cập giáo dục tiểu học mức độ 3."),
        ("M", "+ 100% các xã, thị trấn duy trì đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3."),
        ("M", "+ Duy trì 100% các xã, thị trấn đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3."),
        ("M", "+ Huyện được công nhận danh hiệu huyện học tập theo tiêu chí do cơ quan có thẩm quyền ban hành."),
        ("M", "+ Huyện được công nhận danh hiệu huyện học tập.")],
  "Không tăng (giữ nguyên ở cả hai mốc): 100% xã, thị trấn đạt chuẩn xóa mù chữ mức độ 2; 100% đạt chuẩn phổ cập "
  "giáo dục tiểu học mức độ 3; 100% đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3; và “Huyện được công nhận "
  "danh hiệu huyện học tập”. Chỉ tiêu mầm non chỉ đổi cách diễn đạt (2025: duy trì phổ cập cho trẻ 05 tuổi, chuẩn "
  "bị điều kiện cho trẻ 04 tuổi; 2030: phấn đấu phổ cập cho trẻ 04 tuổi). Mọi chỉ tiêu tính bằng % còn lại đều tăng (năng lực thông tin 60%→70%, kỹ năng sống "
  "60%→80%, chuyên môn kỹ thuật khoảng 50%→70%, đại học 12%→15%, môi trường số 60%→80%, Trung tâm HTCĐ ứng dụng CNTT "
  "70%→90%, công dân học tập 40%→60%).",
  ["xóa mù chữ mức độ 2", "tiểu học mức độ 3", "trung học cơ sở mức độ 3", "danh hiệu huyện học tập"])
q("target",
  "KH Huế 2026 có bao nhiêu chỉ tiêu ở phần “Xây dựng các mô hình học tập trong xã hội”? Liệt kê đủ.",
  "H", [("H", "4. Xây dựng các mô hình học tập trong xã hội"),
        ("H", "- 40% công dân đạt danh hiệu công dân học tập."),
        ("H", "- Có ít nhất 15 đơn vị được công nhận “Đơn vị học tập” cấp tỉnh mức độ 1, trong đó có ít nhất 05 đơn vị đạt mức độ 2."),
        ("H", "- 100% xã, phường đạt “Cộng đồng học tập” cấp xã mức độ 1.")],
  "Ba chỉ tiêu (ba gạch đầu dòng dưới mục II.4): (1) 40% công dân đạt danh hiệu công dân học tập; (2) có ít nhất 15 "
  "đơn vị được công nhận “Đơn vị học tập” cấp tỉnh mức độ 1, trong đó có ít nhất 05 đơn vị đạt mức độ 2; (3) 100% "
  "xã, phường đạt “Cộng đồng học tập” cấp xã mức độ 1.",
  ["40%", "15 đơn vị", "05 đơn vị", "100% xã, phường"])
q("target",
  "Hà Nội đến năm 2030 có mấy chỉ tiêu về xây dựng các mô hình học tập trong xã hội? kể ra",
  "N", [("N", "2.2. Mục tiêu cụ thể đến năm 2030"),
        ("N", "- 70% công dân đạt danh hiệu công dân học tập; 70% công dân đạt kỹ năng số."),
        ("N", "- 80% gia đình, dòng họ, cộng đồng đạt danh hiệu gia đình, dòng họ, cộng đồng học tập."),
        ("N", "- 70% đơn vị được công nhận là đơn vị học tập;"),
        ("N", "- 60% quận, huyện, thị xã được công nhận danh hiệu huyện học tập theo các tiêu chí do cơ quan có thẩm quyền ban hành."),
        ("N", "- Thành phố được công nhận danh hiệu “Thành phố học tập”.")],
  "Mục II.2.2.d có năm gạch đầu dòng (sáu chỉ tiêu, vì gạch đầu gộp hai con số): 70% công dân đạt danh hiệu công dân "
  "học tập; 70% công dân đạt kỹ năng số; 80% gia đình, dòng họ, cộng đồng đạt danh hiệu học tập; 70% đơn vị được công "
  "nhận là đơn vị học tập; 60% quận, huyện, thị xã được công nhận danh hiệu huyện học tập; Thành phố được công nhận "
  "danh hiệu “Thành phố học tập”.",
  ["70% công dân", "kỹ năng số", "80% gia đình", "70% đơn vị", "60% quận, huyện, thị xã", "Thành phố học tập"])
q("target",
  "Trắc nghiệm Cần Thơ 2024: phấn đấu bao nhiêu % dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật? "
  "A. 30% B. 40% C. 50% D. 70%",
  "C", [("C", "Phần đầu đạt tỷ lệ 30% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật; trong đó, 15% dân số có trình độ đại học trở lên")],
  "Đáp án A: 30% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật; trong đó 15% dân số có trình "
  "độ đại học trở lên (mục II.2.b Kế hoạch Cần Thơ năm 2024).",
  ["30%", "15%"])
q("target",
  "Đúng hay sai: KH Cần Thơ 2024 đặt chỉ tiêu 100% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3.",
  "C", [("C", "100% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 2; phần đầu có 66% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3")],
  "Sai. Kế hoạch ghi 100% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 2; với mức độ 3 chỉ “phần "
  "đầu” (phấn đấu) có 66% quận, huyện đạt chuẩn (mục II.2.a).",
  ["mức độ 2", "66%"])

# ---------------------------------------------------------------- deadline (order, sequence, quiz)
q("deadline",
  "Liệt kê tất cả các mốc thời gian báo cáo trong Kế hoạch huyện Mỹ Lộc, theo thứ tự sớm đến muộn trong năm.",
  "M", [("M", "trước ngày 30 tháng 11 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo"),
        ("M", "d) Kiểm tra, giám sát và định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo"),
        ("M", "11. UBND các xã, thị trấn"),
        ("M", "e) Tổ chức kiểm tra, giám sát và đánh giá, tổng hợp, báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm")],
  "Ba mốc, đều hằng năm: (1) trước ngày 30 tháng 11 — báo cáo tình hình, kết quả thực hiện Kế hoạch gửi về Phòng Giáo "
  "dục và Đào tạo - Thường trực Ban chỉ đạo (mục III.8); (2) trước ngày 10 tháng 12 — UBND các xã, thị trấn gửi báo "
  "cáo về Phòng Giáo dục và Đào tạo (mục V.11.d); (3) trước ngày 15 tháng 12 — Phòng Giáo dục và Đào tạo tổng hợp, báo "
  "cáo UBND huyện (mục V.1.e). Ngoài ra còn sơ kết năm 2025, tổng kết năm 2030.",
  ["30 tháng 11", "10 tháng 12", "15 tháng 12"])
q("deadline",
  "KH Huế 2026: việc nào phải xong trước — kiện toàn hệ thống trung tâm học tập cộng đồng hay xã, phường gửi báo cáo "
  "kết quả?",
  "H", [("H", "bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn thành trong Quý II năm 2026"),
        ("H", "gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026")],
  "Kiện toàn trung tâm học tập cộng đồng phải xong trước: “bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn "
  "thành trong Quý II năm 2026” (mục III.5). Báo cáo kết quả của UBND xã, phường gửi Sở Giáo dục và Đào tạo trước "
  "ngày 15/12/2026 (mục V.9).",
  ["Quý II năm 2026", "15/12/2026"])
q("deadline",
  "Theo KH Mỹ Lộc, Phòng GD&ĐT tham mưu sơ kết Đề án vào năm nào và tổng kết vào năm nào?",
  "M", [("M", "tham mưu UBND huyện tổ chức sơ kết Đề án vào năm 2025, tổng kết vào năm 2030")],
  "Sơ kết Đề án vào năm 2025, tổng kết vào năm 2030 (mục V.1.e: Phòng Giáo dục và Đào tạo tham mưu UBND huyện tổ "
  "chức sơ kết, tổng kết và đề xuất khen thưởng).",
  ["năm 2025", "năm 2030"])
q("deadline",
  "Câu trắc nghiệm: Theo Kế hoạch của UBND thành phố Hà Nội, định kỳ hằng năm các đơn vị báo cáo UBND Thành phố trước "
  "ngày nào? A. 15/11 B. 30/11 C. 01/12 D. 15/12",
  "N", [("N", "định kỳ hàng năm tổng hợp kết quả, báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo để tổng hợp)")],
  "Đáp án C: trước ngày 01 tháng 12, báo cáo qua Sở Giáo dục và Đào tạo để tổng hợp (đoạn cuối Mục V).",
  ["01 tháng 12", "Sở Giáo dục và Đào tạo"])
q("deadline",
  "Điền vào chỗ trống: “…bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn thành trong ___” (KH Huế năm 2026)",
  "H", [("H", "Rà soát, củng cố, kiện toàn hệ thống trung tâm học tập cộng đồng, bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn thành trong Quý II năm 2026")],
  "Điền “Quý II năm 2026” (mục III.5, việc rà soát, củng cố, kiện toàn hệ thống trung tâm học tập cộng đồng).",
  ["Quý II năm 2026"])
q("deadline",
  "Đúng hay sai: ở Mỹ Lộc, UBND các xã, thị trấn gửi báo cáo trước ngày 15 tháng 12 hằng năm.",
  "M", [("M", "d) Kiểm tra, giám sát và định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo"),
        ("M", "báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm")],
  "Sai. UBND các xã, thị trấn gửi báo cáo về Phòng Giáo dục và Đào tạo trước ngày 10 tháng 12 hằng năm (mục V.11.d). "
  "Ngày 15 tháng 12 là hạn Phòng Giáo dục và Đào tạo báo cáo UBND huyện (mục V.1.e).",
  ["10 tháng 12", "15 tháng 12"])
q("deadline",
  "Kế hoạch Hà Nội (thực hiện NQ 23) nhìn xa nhất tới năm nào, và mốc mục tiêu cụ thể muộn nhất là năm nào?",
  "N", [("N", "xây dựng xã hội học tập trên địa bàn thành phố Hà Nội từ nay đến năm 2030, tầm nhìn đến năm 2045"),
        ("N", "2.2. Mục tiêu cụ thể đến năm 2030")],
  "Tầm nhìn đến năm 2045; các mục tiêu cụ thể có hai mốc, muộn nhất là “Mục tiêu cụ thể đến năm 2030” (mốc kia là 2025).",
  ["2045", "đến năm 2030"])
q("deadline",
  "Mốc muộn nhất trong KH Mỹ Lộc là gì, việc gì gắn với mốc đó?",
  "M", [("M", "tổng kết vào năm 2030"), ("M", "b) Mục tiêu đến năm 2030"),
        ("M", "thực hiện hỗ trợ cung cấp dịch vụ viễn thông công ích đến năm 2030")],
  "Mốc muộn nhất là năm 2030: tổng kết Đề án vào năm 2030 (V.1.e), các mục tiêu đến năm 2030 (II.2.b), và việc hỗ trợ "
  "cung cấp dịch vụ viễn thông công ích đến năm 2030 do Trung tâm Văn hóa - Thể thao và Truyền thông chủ trì (V.3.b).",
  ["2030", "tổng kết", "viễn thông công ích"])

# ---------------------------------------------------------------- funding
q("funding",
  "KH Huế 2026: ngoài ngân sách nhà nước, kinh phí còn lấy từ những nguồn nào?",
  "H", [("H", "Kinh phí thực hiện Kế hoạch được bảo đảm từ nguồn ngân sách nhà nước theo phân cấp ngân sách hiện hành và các nguồn kinh phí hợp pháp khác."),
        ("H", "đồng thời huy động các nguồn tài trợ, đóng góp hợp pháp của các tổ chức, doanh nghiệp và cá nhân trong và ngoài địa phương")],
  "Ngoài ngân sách nhà nước theo phân cấp, còn “các nguồn kinh phí hợp pháp khác”, và huy động các nguồn tài trợ, "
  "đóng góp hợp pháp của các tổ chức, doanh nghiệp và cá nhân trong và ngoài địa phương (Mục IV).",
  ["nguồn kinh phí hợp pháp khác", "tài trợ"])
q("funding",
  "An Lão: Phòng Tài chính - Kế hoạch chủ trì hay chỉ phối hợp trong việc lập dự toán kinh phí thực hiện phong trào?",
  "A", [("A", "4. Phòng Tài chính - Kế hoạch"),
        ("A", "Phối hợp với các phòng, ban, ngành, đơn vị lập dự toán kinh phí, báo cáo Ủy ban nhân dân huyện cân đối trong nguồn ngân sách")],
  "Chỉ phối hợp. Mục III.4: Phòng Tài chính - Kế hoạch “Phối hợp với các phòng, ban, ngành, đơn vị lập dự toán kinh "
  "phí, báo cáo Ủy ban nhân dân huyện cân đối trong nguồn ngân sách”.",
  ["Phối hợp", "lập dự toán kinh phí"])
q("funding",
  "Kế hoạch phong trào Học tập suốt đời của An Lão nêu mấy nguồn kinh phí?",
  "A", [("A", "Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách nhà nước theo quy định, nguồn thu hợp pháp của các cơ quan, đơn vị và huy động từ các nguồn xã hội hóa.")],
  "Ba nguồn (Mục IV): ngân sách nhà nước theo quy định; nguồn thu hợp pháp của các cơ quan, đơn vị; huy động từ các "
  "nguồn xã hội hóa.",
  ["ngân sách nhà nước", "nguồn thu hợp pháp", "xã hội hóa"])
q("funding",
  "Câu hỏi cuộc thi: Việc quản lý, sử dụng kinh phí thực hiện Kế hoạch Huế năm 2026 theo văn bản nào? A. Nghị quyết số "
  "16/2025/NQ-HĐND B. Thông tư số 24/2023/TT-BGDĐT C. Kế hoạch số 336/KH-UBND D. Quyết định số 1373/QĐ-TTg",
  "H", [("H", "Việc quản lý, sử dụng kinh phí thực hiện Kế hoạch thực hiện theo Nghị quyết số 16/2025/NQ-HĐND ngày 16 tháng 7 năm 2025 của Hội đồng nhân dân thành phố quy định nội dung, mức chi")],
  "Đáp án A: Nghị quyết số 16/2025/NQ-HĐND ngày 16 tháng 7 năm 2025 của Hội đồng nhân dân thành phố quy định nội "
  "dung, mức chi thực hiện Đề án (và các quy định hiện hành của pháp luật) — Mục IV.",
  ["16/2025/NQ-HĐND", "mức chi"])
q("funding",
  "Ở Hà Nội, ai chủ trì hướng dẫn cơ chế tài chính cho các nhiệm vụ của Kế hoạch?",
  "N", [("N", "6. Sở Tài chính"),
        ("N", "- Chủ trì, hướng dẫn các Sở, ngành liên quan về cơ chế tài chính triển khai thực hiện các nhiệm vụ của Kế hoạch")],
  "Sở Tài chính (mục V.6): “Chủ trì, hướng dẫn các Sở, ngành liên quan về cơ chế tài chính triển khai thực hiện các "
  "nhiệm vụ của Kế hoạch theo đúng quy định của Luật Ngân sách Nhà nước”.",
  ["Sở Tài chính", "cơ chế tài chính"])
q("funding",
  "Cần Thơ 2024: Sở Tài chính có phải bố trí kinh phí cho quận, huyện không, hay ai lo ngân sách ở quận, huyện?",
  "C", [("C", "Chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện rà soát, hoàn thiện các chính sách để tăng cường huy động và đa dạng hóa các nguồn lực xã hội"),
        ("C", "b) Cân đối, bố trí ngân sách địa phương và huy động các nguồn kinh phí hợp pháp khác")],
  "Không. Nhiệm vụ của Sở Tài chính Cần Thơ (V.6) là chủ trì, phối hợp rà soát, hoàn thiện các chính sách để tăng "
  "cường huy động và đa dạng hóa các nguồn lực xã hội; còn việc “Cân đối, bố trí ngân sách địa phương và huy động các "
  "nguồn kinh phí hợp pháp khác” là của Ủy ban nhân dân quận, huyện (V.14.b).",
  ["nguồn lực xã hội", "Cân đối, bố trí ngân sách địa phương"])
q("funding",
  "Cần Thơ: đơn vị nào phải lập dự toán kinh phí và đưa vào đâu?",
  "C", [("C", "các sở, ban ngành, đoàn thể có liên quan và Ủy ban nhân dân quận, huyện xây dựng kế hoạch và dự toán kinh phí thực hiện, tổng hợp chung trong kế hoạch dự toán ngân sách hàng năm của đơn vị trình cấp có thẩm quyền phê duyệt")],
  "Các sở, ban ngành, đoàn thể có liên quan và Ủy ban nhân dân quận, huyện xây dựng kế hoạch và dự toán kinh phí, tổng "
  "hợp chung trong kế hoạch dự toán ngân sách hàng năm của đơn vị, trình cấp có thẩm quyền phê duyệt (Mục IV).",
  ["Ủy ban nhân dân quận, huyện", "dự toán ngân sách hàng năm"])

# ---------------------------------------------------------------- legal_basis
q("legal_basis",
  "Mục III.2 KH Huế 2026 liệt kê bao nhiêu văn bản “trọng tâm” cần tuyên truyền? Cho danh sách số hiệu.",
  "H", [("H", "hội học tập, trọng tâm là:"),
        ("H", "+ Kết luận số 49-KL/TW ngày 10 tháng 5 năm 2019 của Ban Bí thư"),
        ("H", "+ Chỉ thị số 29-CT/TW ngày 05 tháng 01 năm 2024 của Bộ Chính trị"),
        ("H", "+ Chỉ thị số 14/CT-TTg ngày 25 tháng 5 năm 2021"),
        ("H", "+ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021"),
        ("H", "+ Quyết định số 387/QĐ-TTg ngày 25 tháng 3 năm 2022"),
        ("H", "+ Quyết định số 677/QĐ-TTg ngày 03 tháng 6 năm 2022"),
        ("H", "+ Quyết định số 1268/QĐ-TTg ngày 19 tháng 10 năm 2022"),
        ("H", "+ Quyết định số 1520/QĐ-TTg ngày 09 tháng 12 năm 2022"),
        ("H", "+ Quyết định số 1315/QĐ-TTg ngày 09 tháng 11 năm 2023"),
        ("H", "+ Công văn số 2430-CV/TU ngày 19 tháng 6 năm 2023"),
        ("H", "+ Kế hoạch số 336/KH-UBND ngày 27 tháng 10 năm 2021"),
        ("H", "+ Kế hoạch số 07/KH-UBND ngày 08 tháng 01 năm 2024")],
  "Mười hai văn bản (12 dòng “+” dưới “trọng tâm là”): Kết luận 49-KL/TW; Chỉ thị 29-CT/TW; Chỉ thị 14/CT-TTg; Quyết "
  "định 1373/QĐ-TTg; 387/QĐ-TTg; 677/QĐ-TTg; 1268/QĐ-TTg; 1520/QĐ-TTg; 1315/QĐ-TTg; Công văn 2430-CV/TU; Kế hoạch "
  "336/KH-UBND; Kế hoạch 07/KH-UBND. (Chỉ thị 11-CT/TW chỉ được nhắc trong tên Kết luận 49, không phải một dòng riêng.)",
  ["49-KL/TW", "29-CT/TW", "14/CT-TTg", "1373/QĐ-TTg", "387/QĐ-TTg", "677/QĐ-TTg", "1268/QĐ-TTg", "1520/QĐ-TTg",
   "1315/QĐ-TTg", "2430-CV/TU", "336/KH-UBND", "07/KH-UBND"])
q("legal_basis",
  "Trắc nghiệm: Kế hoạch thực hiện Nghị quyết 23-NQ/TU của UBND TP Hà Nội thay thế cho Kế hoạch nào? A. 290/KH-UBND "
  "B. 336/KH-UBND C. 215/KH-UBND D. 145/KH-UBND",
  "N", [("N", "Kế hoạch này thay thế cho Kế hoạch số 290/KH-UBND ngày 16/12/2021 của Ủy ban nhân dân thành phố Hà Nội")],
  "Đáp án A: Kế hoạch này thay thế cho Kế hoạch số 290/KH-UBND ngày 16/12/2021 của UBND thành phố Hà Nội về thực hiện "
  "Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030”.",
  ["290/KH-UBND", "16/12/2021"])
q("legal_basis",
  "Đúng hay sai: Kế hoạch xây dựng xã hội học tập năm 2024 của Cần Thơ được xây dựng căn cứ Kế hoạch số 336/KH-UBND.",
  "C", [("C", "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ"),
        ("C", "Kế hoạch 215/KH-UBND ngày 28 tháng 10 năm 2021 của Ủy ban nhân dân thành phố Cần Thơ")],
  "Sai. Kế hoạch Cần Thơ căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 và Kế hoạch 215/KH-UBND ngày 28 tháng 10 năm "
  "2021 của UBND thành phố Cần Thơ. Kế hoạch 336/KH-UBND là của tỉnh Thừa Thiên Huế (nay là thành phố Huế), căn cứ "
  "của kế hoạch Huế.",
  ["1373/QĐ-TTg", "215/KH-UBND"])
q("legal_basis",
  "Điền vào chỗ trống: “Thực hiện Kế hoạch số ___/KH- UBND ngày 23/12//2021 của UBND tỉnh Nam Định…” (KH Mỹ Lộc)",
  "M", [("M", "Thực hiện Kế hoạch số 145/KH- UBND ngày 23/12//2021 của UBND tỉnh Nam Định")],
  "Điền 145: “Thực hiện Kế hoạch số 145/KH- UBND ngày 23/12//2021 của UBND tỉnh Nam Định” (ngày in nguyên văn "
  "“23/12//2021”).",
  ["Kế hoạch số 145", "Nam Định"])
q("legal_basis",
  "Gạch đầu dòng Yêu cầu thứ nhất của KH An Lão gắn việc triển khai với bao nhiêu văn bản? đó là những văn bản nào",
  "A", [("A", "Kết luận 49-KL/TW ngày 10/5/2019 của Ban Bí thư"),
        ("A", "Chỉ thị số 14/CT-TTg ngày 07/6/2029 của Thủ tướng Chính phủ"),
        ("A", "Quyết định số 1373/QĐ-TTg ngày 03/7/2021"),
        ("A", "Quyết định số 1315/QĐ-TTg ngày 09/11/2023"),
        ("A", "Quyết định số 387/QĐ-TTg ngày 25/3/2022"),
        ("A", "Quyết định số 677/QĐ-TTg ngày 03/6/2022")],
  "Sáu văn bản (ngăn nhau bằng dấu “;”): Kết luận 49-KL/TW ngày 10/5/2019 (tên của nó nhắc Chỉ thị 11-CT/TW); Chỉ thị "
  "14/CT-TTg (in là “07/6/2029”); Quyết định 1373/QĐ-TTg (in là “03/7/2021”); Quyết định 1315/QĐ-TTg ngày 09/11/2023; "
  "Quyết định 387/QĐ-TTg ngày 25/3/2022; Quyết định 677/QĐ-TTg ngày 03/6/2022.",
  ["49-KL/TW", "14/CT-TTg", "1373/QĐ-TTg", "1315/QĐ-TTg", "387/QĐ-TTg", "677/QĐ-TTg"])
q("legal_basis",
  "Câu hỏi thi: Theo KH Huế, “Cộng đồng học tập” cấp xã được đánh giá, công nhận theo Thông tư nào? A. 24/2023/TT-BGDĐT "
  "B. 25/2023/TT-BGDĐT C. Công văn 2553/BGDĐT-GDTX D. Công văn 59/SGDĐT-GDCN-GDTX",
  "H", [("H", "Thông tư số 25/2023/TT-BGDĐT ngày 27/12/2023 quy định về đánh giá, công nhận “Cộng đồng học tập” cấp xã, cấp huyện, cấp tỉnh"),
        ("H", "Thông tư số 24/2023/TT-BGDĐT ngày 11 tháng 12 năm 2023 của Bộ Giáo dục và Đào tạo quy định về đánh giá, công nhận “Đơn vị học tập”")],
  "Đáp án B: Thông tư số 25/2023/TT-BGDĐT ngày 27/12/2023 quy định về đánh giá, công nhận “Cộng đồng học tập” cấp xã, "
  "cấp huyện, cấp tỉnh. Thông tư 24/2023/TT-BGDĐT là về “Đơn vị học tập”; hai công văn 2553 và 59 là về đánh giá trung "
  "tâm học tập cộng đồng (mục III.5).",
  ["25/2023/TT-BGDĐT", "27/12/2023"])
q("legal_basis",
  "Huế đánh giá hoạt động của trung tâm học tập cộng đồng theo những văn bản nào?",
  "H", [("H", "Công văn số 2553/BGDĐT-GDTX ngày 18 tháng 4 năm 2013 của Bộ Giáo dục và Đào tạo về đánh giá trung tâm học tập cộng đồng"),
        ("H", "Công văn số 59/SGDĐT-GDCN-GDTX ngày 12 tháng 01 năm 2017 của Sở Giáo dục và Đào tạo về hướng dẫn đánh giá trung tâm học tập cộng đồng")],
  "Hai công văn (mục III.5): Công văn số 2553/BGDĐT-GDTX ngày 18 tháng 4 năm 2013 của Bộ Giáo dục và Đào tạo và Công "
  "văn số 59/SGDĐT-GDCN-GDTX ngày 12 tháng 01 năm 2017 của Sở Giáo dục và Đào tạo.",
  ["2553/BGDĐT-GDTX", "59/SGDĐT-GDCN-GDTX"])
q("legal_basis",
  "Trắc nghiệm: Kế hoạch phong trào “Học tập suốt đời” của huyện An Lão thực hiện Kế hoạch số mấy của UBND thành phố "
  "Hải Phòng? A. 145 B. 215 C. 336 D. 290",
  "A", [("A", "Thực hiện Kế hoạch số 108 /KH-UBND ngày 06/5/2025 của Ủy ban nhân dân thành phố Hải Phòng")],
  "Không phương án nào đúng: huyện An Lão thực hiện Kế hoạch số 108/KH-UBND ngày 06/5/2025 của UBND thành phố Hải "
  "Phòng (145 là của tỉnh Nam Định, 215 của Cần Thơ, 336 của Thừa Thiên Huế, 290 của Hà Nội).",
  ["108", "06/5/2025"])

# ---------------------------------------------------------------- purpose
q("purpose",
  "Mục đích của KH Huế năm 2026 gồm mấy ý? tóm tắt từng ý",
  "H", [("H", "- Tiếp tục triển khai thực hiện có hiệu quả các chủ trương của Đảng, chính sách, pháp luật của Nhà nước về xây dựng xã hội học tập"),
        ("H", "- Nâng cao nhận thức, trách nhiệm của các cấp, các ngành, tổ chức, đơn vị và mỗi công dân"),
        ("H", "- Duy trì, củng cố và không ngừng nâng cao chất lượng, hiệu quả thực hiện các mô hình học tập")],
  "Ba ý (ba gạch dưới I.1): (1) tiếp tục triển khai có hiệu quả các chủ trương của Đảng, chính sách, pháp luật của Nhà "
  "nước về xây dựng xã hội học tập, thúc đẩy học tập suốt đời; (2) nâng cao nhận thức, trách nhiệm của các cấp, các "
  "ngành, tổ chức, đơn vị và mỗi công dân, nhân rộng các mô hình học tập; (3) duy trì, củng cố và không ngừng nâng cao "
  "chất lượng, hiệu quả thực hiện các mô hình học tập.",
  ["chủ trương của Đảng", "Nâng cao nhận thức, trách nhiệm", "mô hình học tập"])
q("purpose",
  "Đúng hay sai: một mục đích của Kế hoạch Mỹ Lộc là tận dụng mọi cơ hội học tập để trở thành công dân số, công dân "
  "học tập toàn cầu.",
  "M", [("M", "tận dụng mọi cơ hội học tập để trở thành công dân số, công dân học tập toàn cầu")],
  "Đúng. Mục đích b (I.1.b): tạo thành phong trào toàn xã hội tham gia học tập…; “tận dụng mọi cơ hội học tập để trở "
  "thành công dân số, công dân học tập toàn cầu”.",
  ["công dân số", "công dân học tập toàn cầu"])
q("purpose",
  "Theo mục đích của KH Cần Thơ 2024, phải củng cố, tổ chức bộ phận nào và xây dựng cơ chế gì?",
  "C", [("C", "củng cố, tổ chức bộ phận chỉ đạo xây dựng xã hội học tập giai đoạn 2021 - 2030 các cấp của thành phố; xây dựng cơ chế phối hợp giữa các cấp, các ngành, các tổ chức, doanh nghiệp")],
  "Củng cố, tổ chức bộ phận chỉ đạo xây dựng xã hội học tập giai đoạn 2021 - 2030 các cấp của thành phố; xây dựng cơ "
  "chế phối hợp giữa các cấp, các ngành, các tổ chức, doanh nghiệp trong quá trình xây dựng xã hội học tập (I.1).",
  ["bộ phận chỉ đạo", "cơ chế phối hợp"])
q("purpose",
  "KH An Lão: ý mục đích nào nói về trách nhiệm của người đứng đầu?",
  "A", [("A", "- Tăng cường trách nhiệm, xác định nhiệm vụ của người đứng đầu chính quyền, cơ quan, đoàn thể, đơn vị, doanh nghiệp trong việc khuyến khích, tạo điều kiện thuận lợi")],
  "Ý thứ tư (gạch cuối của I.1): tăng cường trách nhiệm, xác định nhiệm vụ của người đứng đầu chính quyền, cơ quan, "
  "đoàn thể, đơn vị, doanh nghiệp trong việc khuyến khích, tạo điều kiện thuận lợi để mọi người dân được học tập "
  "thường xuyên, học tập suốt đời.",
  ["người đứng đầu", "tạo điều kiện thuận lợi"])
q("purpose",
  "Điền vào chỗ trống (mục tiêu tổng quát của Hà Nội): “Phấn đấu Thủ đô Hà Nội gia nhập vào mạng lưới ‘___’ của "
  "UNESSCO trong thời gian sớm nhất.”",
  "N", [("N", "Phấn đấu Thủ đô Hà Nội gia nhập vào mạng lưới “Thành phố học tập” của UNESSCO trong thời gian sớm nhất.")],
  "Điền “Thành phố học tập”: “Phấn đấu Thủ đô Hà Nội gia nhập vào mạng lưới ‘Thành phố học tập’ của UNESSCO trong thời "
  "gian sớm nhất” (mục II.1, văn bản in “UNESSCO”).",
  ["Thành phố học tập", "thời gian sớm nhất"])
q("purpose",
  "Câu hỏi thi: Theo phần Yêu cầu của KH Huế 2026, việc triển khai phải có tính linh hoạt, sáng tạo và tránh điều gì? "
  "A. chậm tiến độ B. hình thức C. lãng phí D. trùng lặp",
  "H", [("H", "đúng mục tiêu, phù hợp với điều kiện thực tiễn của từng địa phương, cơ quan, đơn vị; có tính linh hoạt, sáng tạo, tránh hình thức")],
  "Đáp án B: “có tính linh hoạt, sáng tạo, tránh hình thức” (gạch đầu của I.2 Yêu cầu).",
  ["tránh hình thức"])

# ---------------------------------------------------------------- task_section (counting sections, locating, deliverables)
q("task_section",
  "Mục III Kế hoạch Hà Nội (thực hiện NQ 23-NQ/TU) có bao nhiêu nhiệm vụ, giải pháp trọng tâm? Kể tên.",
  "N", [("N", "III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM"),
        ("N", "1. Công tác quán triệt, tuyên truyền, phổ biến và triển khai thực hiện Nghị quyết số 23-NQ/TU"),
        ("N", "2. Cụ thể hóa các mục tiêu, nhiệm vụ, giải pháp xây dựng xã hội học tập trong phạm vi từng địa phương, đơn vị"),
        ("N", "3. Đẩy mạnh chuyển đổi số và ứng dụng công nghệ thông tin"),
        ("N", "4. Phát huy vai trò của các tổ chức chính trị - xã hội, xã hội nghề nghiệp và tổ chức xã hội"),
        ("N", "5. Phát triển tổ chức, nâng cao chất lượng hoạt động và đa dạng các mô hình học tập"),
        ("N", "6. Hoàn thiện cơ chế, chính sách về xây dựng xã hội học tập"),
        ("N", "7. Tăng cường hợp tác quốc tế, phấn đấu trở thành “Thành phố học tập” của UNESCO"),
        ("N", "8. Các nhiệm vụ, giải pháp khác")],
  "Tám nhiệm vụ (đánh số 1-8): 1. Công tác quán triệt, tuyên truyền, phổ biến và triển khai thực hiện Nghị quyết số "
  "23-NQ/TU; 2. Cụ thể hóa các mục tiêu, nhiệm vụ, giải pháp trong phạm vi từng địa phương, đơn vị; 3. Đẩy mạnh chuyển "
  "đổi số và ứng dụng công nghệ thông tin; 4. Phát huy vai trò của các tổ chức chính trị - xã hội…; 5. Phát triển tổ "
  "chức, nâng cao chất lượng hoạt động và đa dạng các mô hình học tập; 6. Hoàn thiện cơ chế, chính sách; 7. Tăng cường "
  "hợp tác quốc tế, phấn đấu trở thành “Thành phố học tập” của UNESCO; 8. Các nhiệm vụ, giải pháp khác.",
  ["quán triệt, tuyên truyền", "Cụ thể hóa", "chuyển đổi số", "tổ chức chính trị - xã hội", "đa dạng các mô hình học tập",
   "Hoàn thiện cơ chế, chính sách", "hợp tác quốc tế", "Các nhiệm vụ, giải pháp khác"])
q("task_section",
  "KH Mỹ Lộc: Mục III Nhiệm vụ và giải pháp có mấy nhiệm vụ, nhiệm vụ đầu và nhiệm vụ cuối là gì?",
  "M", [("M", "1. Tuyên truyền, phô biến, nâng cao nhận thức về xây dựng xã hội học tập"),
        ("M", "7. Tăng cường hợp tác quốc tế trong lĩnh vực học tập suốt đời"),
        ("M", "8. Tổ chức kiểm tra, giám sát")],
  "Tám nhiệm vụ (đánh số 1-8). Đầu tiên: “1. Tuyên truyền, phô biến [phổ biến], nâng cao nhận thức về xây dựng xã hội "
  "học tập”; cuối cùng: “8. Tổ chức kiểm tra, giám sát” (ngay trước là 7. Tăng cường hợp tác quốc tế trong lĩnh vực "
  "học tập suốt đời…).",
  ["nâng cao nhận thức", "Tổ chức kiểm tra, giám sát"])
q("task_section",
  "An Lão mục II Nội dung, giải pháp có bao nhiêu nội dung? có nội dung nào lặp lại không?",
  "A", [("A", "II. NỘI DUNG, GIẢI PHÁP"),
        ("A", "4. Tiếp tục rà soát, sắp xếp mạng lưới các cơ sở giáo dục, đào tạo"),
        ("A", "5. Tiếp tục rà soát, sắp xếp mạng lưới các cơ sở giáo dục, đào tạo"),
        ("A", "9. Thúc đẩy giao lưu, hợp tác quốc tế về giáo dục")],
  "Mục II đánh số 1 đến 9, tức chín nội dung; nhưng nội dung 4 và 5 có lời văn giống hệt nhau (“Tiếp tục rà soát, sắp "
  "xếp mạng lưới các cơ sở giáo dục, đào tạo…”), nên thực chất chỉ có tám nội dung khác nhau. Nội dung cuối (9) là "
  "thúc đẩy giao lưu, hợp tác quốc tế về giáo dục.",
  ["rà soát, sắp xếp mạng lưới các cơ sở giáo dục", "hợp tác quốc tế"])
q("task_section",
  "Việc xây dựng Đề án “Tạo môi trường học tập suốt đời và xây dựng xã hội học tập” nằm ở mục nào của KH Huế 2026?",
  "H", [("H", "5. Đẩy mạnh phong trào xây dựng các mô hình học tập theo hướng thiết thực, hiệu quả"),
        ("H", "tham mưu xây dựng Đề án “Tạo môi trường học tập suốt đời và xây dựng xã hội học tập”")],
  "Mục III.5 “Đẩy mạnh phong trào xây dựng các mô hình học tập theo hướng thiết thực, hiệu quả…”, gạch đầu dòng cuối: "
  "giao Sở Giáo dục và Đào tạo chủ trì tham mưu xây dựng Đề án “Tạo môi trường học tập suốt đời và xây dựng xã hội học "
  "tập”.",
  ["Đẩy mạnh phong trào xây dựng các mô hình học tập", "Tạo môi trường học tập suốt đời"])
q("task_section",
  "Cần Thơ 2024: theo mục III.2 phải xây dựng, đề xuất những văn bản, tiêu chí gì?",
  "C", [("C", "2. Triển khai thực hiện cơ chế, chính sách về xây dựng xã hội học tập"),
        ("C", "a) Nghiên cứu, đề xuất xây dựng Kế hoạch thực hiện học tập suốt đời;"),
        ("C", "b) Xây dựng Tiêu chí đánh giá việc thực hiện xây dựng xã hội học tập của các địa phương; tiêu chí công dân học tập; tiêu chí công nhận huyện học tập, quận, huyện học tập; khung năng lực thông tin phục vụ học tập suốt đời cho công dân;"),
        ("C", "d) Tham mưu xây dựng các cơ chế, chính sách hỗ trợ các trung tâm học tập cộng đồng")],
  "Mục III.2 (Triển khai thực hiện cơ chế, chính sách): a) nghiên cứu, đề xuất xây dựng Kế hoạch thực hiện học tập "
  "suốt đời; b) xây dựng Tiêu chí đánh giá việc thực hiện xây dựng xã hội học tập của các địa phương, tiêu chí công dân "
  "học tập, tiêu chí công nhận huyện học tập, quận, huyện học tập, khung năng lực thông tin phục vụ học tập suốt đời; d) "
  "tham mưu xây dựng các cơ chế, chính sách hỗ trợ các trung tâm học tập cộng đồng (đ: đề xuất cơ chế, chính sách cho "
  "công nhân, người lao động).",
  ["Kế hoạch thực hiện học tập suốt đời", "Tiêu chí đánh giá", "tiêu chí công dân học tập", "khung năng lực thông tin"])
q("task_section",
  "Danh mục nhiệm vụ trọng tâm của Kế hoạch Mỹ Lộc được để ở đâu?",
  "M", [("M", "(Danh mục nhiệm vụ trọng tâm trong Phụ lục kèm theo Kế hoạch)")],
  "Trong Phụ lục kèm theo Kế hoạch — dòng “(Danh mục nhiệm vụ trọng tâm trong Phụ lục kèm theo Kế hoạch)” ở cuối mục "
  "III. Nội dung Phụ lục không có trong văn bản đã nạp.",
  ["Phụ lục kèm theo Kế hoạch"])
q("task_section",
  "KH Huế 2026 có mấy nhiệm vụ, giải pháp ở Mục III; nhiệm vụ nào nói về kiểm tra, giám sát?",
  "H", [("H", "III. NHIỆM VỤ VÀ GIẢI PHÁP"),
        ("H", "7. Tăng cường công tác kiểm tra, giám sát và sơ kết việc thực hiện Đề án")],
  "Bảy nhiệm vụ, giải pháp (đánh số 1-7); nhiệm vụ cuối, số 7, là “Tăng cường công tác kiểm tra, giám sát và sơ kết "
  "việc thực hiện Đề án”.",
  ["Tăng cường công tác kiểm tra, giám sát và sơ kết"])
q("task_section",
  "Cần Thơ 2024: Mục III có bao nhiêu nhóm nhiệm vụ, nhóm cuối cùng là gì?",
  "C", [("C", "III. NHIỆM VỤ VÀ GIẢI PHÁP"),
        ("C", "6. Tăng cường hợp tác quốc tế trong lĩnh vực học tập suốt đời, xây dựng xã hội học tập và phát triển công nghệ đào tạo mở và từ xa")],
  "Sáu nhóm (đánh số 1-6); nhóm cuối là “6. Tăng cường hợp tác quốc tế trong lĩnh vực học tập suốt đời, xây dựng xã "
  "hội học tập và phát triển công nghệ đào tạo mở và từ xa”.",
  ["6. Tăng cường hợp tác quốc tế"])

# ---------------------------------------------------------------- agency_tasks (counting bodies, roles, exclusion)
q("agency_tasks",
  "Kế hoạch Huế 2026 giao nhiệm vụ cho bao nhiêu cơ quan, đơn vị ở Mục V? Liệt kê.",
  "H", [("H", "V. TỔ CHỨC THỰC HIỆN"), ("H", "1. Sở Giáo dục và Đào tạo"), ("H", "2. Sở Văn hóa và Thể thao"),
        ("H", "3. Sở Nội vụ"), ("H", "4. Sở Tài chính"), ("H", "5. Các sở, ban, ngành trực thuộc thành phố"),
        ("H", "6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các Đoàn thể chính trị - xã hội, các Hội xã hội"),
        ("H", "7. Hội Khuyến học thành phố"), ("H", "8. Liên đoàn Lao động thành phố"),
        ("H", "9. Ủy ban nhân dân các xã, phường")],
  "Chín mục (đánh số 1-9): 1. Sở Giáo dục và Đào tạo; 2. Sở Văn hóa và Thể thao; 3. Sở Nội vụ; 4. Sở Tài chính; 5. "
  "Các sở, ban, ngành trực thuộc thành phố; 6. (đề nghị) Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các Đoàn thể "
  "chính trị - xã hội, các Hội xã hội; 7. Hội Khuyến học thành phố; 8. Liên đoàn Lao động thành phố; 9. Ủy ban nhân dân "
  "các xã, phường. (Mục 5, 6 và 9 là nhóm, không phải một cơ quan.)",
  ["Sở Giáo dục và Đào tạo", "Sở Văn hóa và Thể thao", "Sở Nội vụ", "Sở Tài chính", "Các sở, ban, ngành",
   "Ủy ban Mặt trận Tổ quốc", "Hội Khuyến học thành phố", "Liên đoàn Lao động thành phố", "Ủy ban nhân dân các xã, phường"])
q("agency_tasks",
  "Ở Hà Nội, Sở Thông tin và Truyền thông chủ trì hay chỉ phối hợp trong việc tập huấn trang bị năng lực thông tin "
  "cho cán bộ?",
  "N", [("N", "5. Sở Thông tin và Truyền thông"),
        ("N", "- Chủ trì, phối hợp với các Sở, ngành, đơn vị có liên quan tổ chức các lớp tập huấn, bồi dưỡng kiến thức, kỹ năng, trang bị năng lực thông tin"),
        ("N", "- Phối hợp với Sở Giáo dục và Đào tạo cung cấp thông tin")],
  "Chủ trì. Gạch cuối của V.5: Sở Thông tin và Truyền thông “Chủ trì, phối hợp với các Sở, ngành, đơn vị có liên quan "
  "tổ chức các lớp tập huấn, bồi dưỡng kiến thức, kỹ năng, trang bị năng lực thông tin” cho cán bộ công chức, viên "
  "chức, người lao động. (Ở việc tuyên truyền thì Sở chỉ phối hợp với Sở Giáo dục và Đào tạo.)",
  ["Chủ trì", "năng lực thông tin"])
q("agency_tasks",
  "Mỹ Lộc: ai chủ trì, ai phối hợp việc đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động?",
  "M", [("M", "2. Phòng Lao động - Thương binh và Xã hội"),
        ("M", "a) Chủ trì phối hợp với Phòng Giáo dục và Đào tạo và các phòng, ban, ngành liên quan triển khai thực hiện các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động")],
  "Phòng Lao động - Thương binh và Xã hội chủ trì; phối hợp là Phòng Giáo dục và Đào tạo và các phòng, ban, ngành liên "
  "quan (V.2.a).",
  ["Phòng Lao động - Thương binh và Xã hội", "Chủ trì", "Phòng Giáo dục và Đào tạo"])
q("agency_tasks",
  "Huế: ngoài Sở GD&ĐT, còn cơ quan nào phải theo dõi, tổng hợp kết quả thực hiện mục tiêu, và mục tiêu nào?",
  "H", [("H", "- Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về năng lực cơ bản và trình độ của người dân."),
        ("H", "- Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về “Công dân học tập”."),
        ("H", "3. Sở Nội vụ"), ("H", "7. Hội Khuyến học thành phố")],
  "Hai đơn vị: Sở Nội vụ (V.3) theo dõi, tổng hợp kết quả mục tiêu về năng lực cơ bản và trình độ của người dân; Hội "
  "Khuyến học thành phố (V.7) theo dõi, tổng hợp kết quả mục tiêu về “Công dân học tập”. (Sở Giáo dục và Đào tạo lo các "
  "mục tiêu xóa mù chữ, phổ cập; hiệu quả cơ sở giáo dục; Đơn vị học tập; Cộng đồng học tập.)",
  ["Sở Nội vụ", "năng lực cơ bản và trình độ", "Hội Khuyến học thành phố", "Công dân học tập"])
q("agency_tasks",
  "Hà Nội: “Lực lượng vũ trang Thành phố” ở mục V gồm những ai, mỗi bên làm gì?",
  "N", [("N", "8. Lực lượng vũ trang Thành phố"),
        ("N", "- Công an Thành phố: chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Sở Lao động - Thương binh và Xã hội tiếp tục tổ chức các lớp học xóa mù chữ"),
        ("N", "- Bộ Tư lệnh Thủ đô: tiếp tục tổ chức, tăng cường công tác tuyên truyền, phổ biến giáo dục, bồi dưỡng kiến thức quốc phòng, an ninh")],
  "Hai đơn vị (V.8): Công an Thành phố — chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Sở Lao động - Thương binh và Xã "
  "hội tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân, học viên; Bộ Tư lệnh "
  "Thủ đô — tuyên truyền, phổ biến giáo dục, bồi dưỡng kiến thức quốc phòng, an ninh cho mọi tầng lớp nhân dân.",
  ["Công an Thành phố", "xóa mù chữ", "Bộ Tư lệnh Thủ đô", "quốc phòng, an ninh"])
q("agency_tasks",
  "KH An Lão: Phòng Văn hóa Khoa học và Thông tin có mấy nhiệm vụ, việc nào chủ trì, việc nào chỉ phối hợp?",
  "A", [("A", "3. Phòng Văn hóa Khoa học và Thông tin"),
        ("A", "- Chủ trì tham mưu các cơ chế, chính sách, biện pháp, kế hoạch thúc đẩy phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"),
        ("A", "- Chủ trì tham mưu triển khai phong trào “Bình dân học vụ số”"),
        ("A", "- Tham mưu củng cố các thiết chế văn hóa"),
        ("A", "- Phối hợp xây dựng các chuyên đề, hội thảo, cuộc thi thúc đẩy việc học tập lịch sử, văn hóa")],
  "Bốn gạch đầu dòng (III.3). Chủ trì hai việc: tham mưu cơ chế, chính sách… thúc đẩy khoa học, công nghệ, đổi mới "
  "sáng tạo và chuyển đổi số; tham mưu triển khai phong trào “Bình dân học vụ số”. Một việc tham mưu: củng cố các "
  "thiết chế văn hóa (thư viện số, thư viện công cộng). Chỉ phối hợp: xây dựng các chuyên đề, hội thảo, cuộc thi thúc "
  "đẩy học tập lịch sử, văn hóa.",
  ["Chủ trì", "Bình dân học vụ số", "thiết chế văn hóa", "Phối hợp", "hội thảo, cuộc thi"])
q("agency_tasks",
  "Cần Thơ: Công an thành phố chủ trì tổ chức lớp xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho những đối tượng nào?",
  "C", [("C", "tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân và học viên trong các trại giam, trại tạm giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng (nếu có)")],
  "Cho trại viên, phạm nhân và học viên trong các trại giam, trại tạm giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng "
  "(nếu có) — mục V.8; Công an thành phố chủ trì, phối hợp với Sở Giáo dục và Đào tạo, UBND quận, huyện.",
  ["trại viên, phạm nhân", "trại giam", "trường giáo dưỡng"])
q("agency_tasks",
  "Mỹ Lộc V.9.g nhắc những hội nào và giao họ làm gì?",
  "M", [("M", "g) Hội Cựu chiến binh huyện, Hội Nông dân huyện, Hội Người cao tuổi huyện, Hội Cựu giáo chức huyện"),
        ("M", "nâng cao chất lượng “Quỹ vòng tay đồng đội”; huy động hội viên tham gia chuyển giao công nghệ")],
  "Bốn hội: Hội Cựu chiến binh huyện, Hội Nông dân huyện, Hội Người cao tuổi huyện, Hội Cựu giáo chức huyện — hướng "
  "dẫn các cấp hội phối hợp tổ chức hoạt động khuyến học, khuyến tài theo tinh thần xã hội hoá giáo dục, nâng cao chất "
  "lượng “Quỹ vòng tay đồng đội”, huy động hội viên tham gia chuyển giao công nghệ, hỗ trợ khởi nghiệp, phổ biến kiến "
  "thức.",
  ["Hội Cựu chiến binh", "Hội Nông dân", "Hội Người cao tuổi", "Hội Cựu giáo chức", "Quỹ vòng tay đồng đội"])
q("agency_tasks",
  "Ở Hà Nội, cơ quan nào không được giao chủ trì mà chỉ phối hợp với Sở GD&ĐT kiểm tra, giám sát thực hiện Kế hoạch?",
  "N", [("N", "14. Đề nghị Ban Tuyên giáo Thành ủy"),
        ("N", "- Phối hợp với Sở Giáo dục và Đào tạo kiểm tra, giám sát thực hiện Kế hoạch.")],
  "Ban Tuyên giáo Thành ủy (V.14, mục “Đề nghị”): “Phối hợp với Sở Giáo dục và Đào tạo kiểm tra, giám sát thực hiện Kế "
  "hoạch”; còn việc “Chủ trì tổ chức kiểm tra, giám sát, đánh giá” là của Sở Giáo dục và Đào tạo.",
  ["Ban Tuyên giáo Thành ủy", "Phối hợp với Sở Giáo dục và Đào tạo kiểm tra, giám sát"])

# ---------------------------------------------------------------- cross_plan
q("cross_plan",
  "Trong năm kế hoạch, kế hoạch nào có hạn báo cáo sớm nhất trong năm? So các ngày cụ thể.",
  "MNH", [("M", T_M), ("M", "trước ngày 30 tháng 11 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo"),
          ("N", "báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12"),
          ("M", "định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo"),
          ("M", "báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm"),
          ("H", "gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026")],
  "Sớm nhất là Mỹ Lộc: trước ngày 30 tháng 11 hằng năm (báo cáo về Phòng Giáo dục và Đào tạo, mục III.8). Tiếp theo: Hà "
  "Nội trước ngày 01 tháng 12 (báo cáo UBND Thành phố qua Sở GD&ĐT); Mỹ Lộc trước ngày 10 tháng 12 (UBND xã, thị trấn) "
  "và trước ngày 15 tháng 12 (Phòng GD&ĐT báo cáo UBND huyện); Huế trước ngày 15/12/2026 (UBND xã, phường). Kế hoạch Cần "
  "Thơ và An Lão không ghi ngày báo cáo cụ thể.",
  ["Mỹ Lộc", "30 tháng 11", "01 tháng 12", "10 tháng 12", "15 tháng 12", "15/12/2026"])
q("cross_plan",
  "Ban Tuyên giáo Thành ủy ở Cần Thơ chủ trì hay phối hợp? Ở Hà Nội thì sao?",
  "CN", [("C", "Đề nghị Ban Tuyên giáo Thành ủy chủ trì, phối hợp với Sở Giáo dục và Đào tạo và các cơ quan liên quan thường xuyên hướng dẫn, kiểm tra, đôn đốc"),
         ("N", "- Chỉ đạo các cấp ủy Đảng; phối hợp với Sở Giáo dục và Đào tạo và các Sở, ngành trong việc triển khai thực hiện các mục tiêu, nhiệm vụ của Kế hoạch")],
  "Cần Thơ (V.10): Ban Tuyên giáo Thành ủy được đề nghị chủ trì, phối hợp với Sở Giáo dục và Đào tạo hướng dẫn, kiểm "
  "tra, đôn đốc và tổ chức triển khai Kế hoạch. Hà Nội (V.14): Ban Tuyên giáo Thành ủy chỉ đạo các cấp ủy Đảng và phối "
  "hợp với Sở Giáo dục và Đào tạo và các Sở, ngành triển khai các mục tiêu, nhiệm vụ — không được giao chủ trì.",
  ["chủ trì", "phối hợp với Sở Giáo dục và Đào tạo"])
q("cross_plan",
  "Có bao nhiêu trong năm kế hoạch giao nhiệm vụ riêng cho Sở Nội vụ hoặc Phòng Nội vụ? Mỗi nơi giao việc gì?",
  "HNCA", [("H", "- Tổ chức thực hiện các nhiệm vụ nhằm đạt mục tiêu đào tạo, bồi dưỡng, nâng cao trình độ chuyên môn, nghiệp vụ cho đội ngũ cán bộ, công chức các cấp."),
           ("N", "tổ chức các lớp tập huấn, bồi dưỡng kiến thức, kỹ năng cho đội ngũ cán bộ công chức, viên chức, người lao động"),
           ("C", "xây dựng Đề án vị trí việc làm, điều chỉnh vị trí việc làm và cơ cấu viên chức"),
           ("A", "2. Phòng Nội vụ"),
           ("A", "tham mưu Ủy ban nhân dân huyện kế hoạch, kinh phí, tổ chức đào tạo, bồi dưỡng cán bộ, công chức, viên chức")],
  "Bốn kế hoạch: Huế (V.3 Sở Nội vụ: đào tạo, bồi dưỡng, nâng cao trình độ chuyên môn, nghiệp vụ cho cán bộ, công chức "
  "các cấp; tổng hợp mục tiêu năng lực cơ bản); Hà Nội (V.3 Sở Nội vụ: tổ chức các lớp tập huấn, bồi dưỡng kiến thức, "
  "kỹ năng cho cán bộ công chức, viên chức, người lao động; V.7 Ban Thi đua - Khen thưởng thuộc Sở Nội vụ); Cần Thơ "
  "(V.2 Sở Nội vụ: xây dựng Đề án vị trí việc làm…); An Lão (III.2 Phòng Nội vụ: tham mưu kế hoạch, kinh phí, tổ chức "
  "đào tạo, bồi dưỡng cán bộ, công chức, viên chức; khảo sát, đánh giá đội ngũ). Mỹ Lộc không có mục riêng cho Phòng "
  "Nội vụ.",
  ["đào tạo, bồi dưỡng", "tập huấn", "Đề án vị trí việc làm", "Phòng Nội vụ"])
q("cross_plan",
  "Câu đố: Trong năm kế hoạch, bản nào ghi đủ số hiệu và ngày ban hành ở đầu văn bản? A. Huế B. Mỹ Lộc C. Hà Nội "
  "D. Cần Thơ",
  "CMN", [("C", "Số: 74 /KH-BCĐ"), ("C", "Cần Thơ, ngày 04 tháng 5 năm 2024"),
          ("M", "Số: /KH-UBND Mỹ Lộc, ngày tháng năm 2022"),
          ("N", "Hà Nội, ngày tháng năm 2024")],
  "Đáp án D: Cần Thơ — “Số: 74 /KH-BCĐ”, “Cần Thơ, ngày 04 tháng 5 năm 2024”. Mỹ Lộc để trống số và ngày (“Số: "
  "/KH-UBND”, “ngày tháng năm 2022”); Hà Nội để trống ngày (“ngày tháng năm 2024”); bản Huế và An Lão đã nạp không có "
  "dòng số, ngày.",
  ["Cần Thơ", "74 /KH-BCĐ", "04 tháng 5 năm 2024", "năm 2022", "năm 2024"])
q("cross_plan",
  "So chỉ tiêu kỹ năng sống cho người trong độ tuổi lao động giữa các kế hoạch — con số cao nhất thuộc kế hoạch nào?",
  "CHMN", [("C", T_C), ("C", "Phần đầu đạt tỷ lệ 90% số người trong độ tuổi lao động được trang bị kỹ năng sống"),
           ("H", "- 80% số người trong độ tuổi lao động được trang bị kỹ năng sống."),
           ("M", "+ 80% người trong độ tuổi lao động được trang bị kỹ năng sống."),
           ("N", "- 70% người trong độ tuổi lao động được trang bị kỹ năng sống.")],
  "Cao nhất là Cần Thơ: phấn đấu 90% (năm 2024). Huế 80% (năm 2026); Mỹ Lộc 80% (đến 2030; 60% đến 2025); Hà Nội 70% "
  "(đến 2030; 50% đến 2025). An Lão không đặt chỉ tiêu này.",
  ["Cần Thơ", "90%", "80%", "70%"])
q("cross_plan",
  "Kế hoạch nào giao việc cho Bộ Chỉ huy Quân sự, và giao gì? Hà Nội có không?",
  "MCN", [("M", "6. Công an huyện, Bộ Chỉ huy Quân sự huyện"),
          ("M", "Nâng cao trình độ, năng lực ngoại ngữ cho cán bộ toàn lực lượng vũ trang trên địa bàn huyện."),
          ("C", "7. Bộ Chỉ huy Quân sự thành phố"),
          ("C", "b) Chỉ đạo nâng cao trình độ, năng lực ngoại ngữ và tiếng dân tộc thiểu số cho lực lượng vũ trang"),
          ("N", "- Bộ Tư lệnh Thủ đô: tiếp tục tổ chức")],
  "Hai kế hoạch: Mỹ Lộc (V.6 “Công an huyện, Bộ Chỉ huy Quân sự huyện”: nâng cao trình độ, năng lực ngoại ngữ cho cán bộ toàn lực lượng "
  "vũ trang) và Cần Thơ (V.7 Bộ Chỉ huy Quân sự thành phố: chủ trì tuyên truyền trong lực lượng vũ trang; chỉ đạo nâng "
  "cao năng lực ngoại ngữ và tiếng dân tộc thiểu số). Hà Nội không giao Bộ Chỉ huy Quân sự mà giao Bộ Tư lệnh Thủ đô "
  "(trong mục Lực lượng vũ trang Thành phố).",
  ["Bộ Chỉ huy Quân sự huyện", "ngoại ngữ", "Bộ Chỉ huy Quân sự thành phố", "tiếng dân tộc thiểu số", "Bộ Tư lệnh Thủ đô"])
q("cross_plan",
  "Đúng hay sai: cả năm kế hoạch đều có một mục riêng về kinh phí thực hiện.",
  "HMNCA", [("H", "IV. KINH PHÍ THỰC HIỆN - Kinh phí thực hiện Kế hoạch được bảo đảm"),
            ("M", "IV. KINH PHI THỰC HIỆN"),
            ("N", "IV. KINH PHÍ THỰC HIỆN Được đảm bảo trong dự toán chi ngân sách nhà nước"),
            ("C", "IV. KINH PHÍ THỰC HIỆN Kinh phí thực hiện Kế hoạch được bố trí"),
            ("A", "IV. KINH PHÍ THỰC HIỆN Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách nhà nước")],
  "Đúng. Cả năm đều có Mục IV “Kinh phí thực hiện”: Huế, Mỹ Lộc (in “KINH PHI THỰC HIỆN”), Hà Nội, Cần Thơ và An Lão; "
  "ở An Lão đó là mục cuối cùng, sau Mục III Tổ chức thực hiện.",
  ["Kinh phí thực hiện"])
q("cross_plan",
  "Đoàn Thanh niên vận động gây quỹ hỗ trợ ai — Mỹ Lộc và Hà Nội có giống nhau không?",
  "MN", [("M", "vận động gây quỹ hỗ trợ thanh niên có hoàn cảnh khó khăn tham gia học tập"),
         ("N", "vận động gây quỹ hỗ trợ học sinh, học viên, sinh viên Hà Nội có hoàn cảnh khó khăn tham gia học tập")],
  "Không giống hẳn. Mỹ Lộc (V.9.c, Đoàn TNCS Hồ Chí Minh huyện): gây quỹ hỗ trợ thanh niên có hoàn cảnh khó khăn tham "
  "gia học tập. Hà Nội (V.15.c): gây quỹ hỗ trợ học sinh, học viên, sinh viên Hà Nội có hoàn cảnh khó khăn tham gia "
  "học tập.",
  ["thanh niên có hoàn cảnh khó khăn", "học sinh, học viên, sinh viên"])

# ---------------------------------------------------------------- no_diacritics
q("no_diacritics",
  "trac nghiem: KH Ha Noi den nam 2030 ty le cong dan dat danh hieu cong dan hoc tap la bao nhieu? A 50% B 60% C 70% D 80%",
  "N", [("N", "- 70% công dân đạt danh hiệu công dân học tập; 70% công dân đạt kỹ năng số.")],
  "Đáp án C: 70% công dân đạt danh hiệu công dân học tập (mục tiêu đến năm 2030, II.2.2.d); mốc 2025 là 50%.",
  ["70%", "công dân học tập"])
q("no_diacritics",
  "dung hay sai: o Hue, So Noi vu la co quan thuong truc thuc hien ke hoach nam 2026",
  "H", [("H", "1. Sở Giáo dục và Đào tạo - Là cơ quan thường trực")],
  "Sai. Kế hoạch Huế giao Sở Giáo dục và Đào tạo “Là cơ quan thường trực” (V.1). Sở Nội vụ (V.3) lo đào tạo, bồi dưỡng "
  "cán bộ, công chức và tổng hợp mục tiêu về năng lực cơ bản, trình độ của người dân.",
  ["Sở Giáo dục và Đào tạo", "cơ quan thường trực"])
q("no_diacritics",
  "ke hoach An Lao muc III to chuc thuc hien giao cho bao nhieu co quan don vi, ke ten",
  "A", [("A", "III. TỔ CHỨC THỰC HIỆN"), ("A", "1. Phòng Giáo dục và Đào tạo"), ("A", "2. Phòng Nội vụ"),
        ("A", "3. Phòng Văn hóa Khoa học và Thông tin"), ("A", "4. Phòng Tài chính - Kế hoạch"),
        ("A", "5. Hội Khuyến học huyện"),
        ("A", "6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các tổ chức chính trị - xã hội, tổ chức xã hội huyện; các trường học, doanh nghiệp"),
        ("A", "7. Trung tâm Văn hóa - Thông tin và Thể thao huyện"), ("A", "8. Các phòng, ban, ngành huyện"),
        ("A", "9. Ủy ban nhân dân xã, thị trấn")],
  "Chín mục (1-9): Phòng Giáo dục và Đào tạo; Phòng Nội vụ; Phòng Văn hóa Khoa học và Thông tin; Phòng Tài chính - Kế "
  "hoạch; Hội Khuyến học huyện; (đề nghị) Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội, tổ chức xã "
  "hội huyện, các trường học, doanh nghiệp; Trung tâm Văn hóa - Thông tin và Thể thao huyện; Các phòng, ban, ngành "
  "huyện; Ủy ban nhân dân xã, thị trấn.",
  ["Phòng Giáo dục và Đào tạo", "Phòng Nội vụ", "Phòng Văn hóa Khoa học và Thông tin", "Phòng Tài chính - Kế hoạch",
   "Hội Khuyến học huyện", "Ủy ban Mặt trận Tổ quốc", "Trung tâm Văn hóa - Thông tin và Thể thao", "Các phòng, ban, ngành huyện",
   "Ủy ban nhân dân xã, thị trấn"])
q("no_diacritics",
  "ubnd xa thi tran o an lao dinh ky bao cao gui ve dau",
  "A", [("A", "định kỳ báo cáo tình hình thực hiện kế hoạch gửi Phòng Giáo dục và Đào tạo tổng hợp báo cáo Ủy ban nhân dân huyện")],
  "Gửi Phòng Giáo dục và Đào tạo để tổng hợp báo cáo Ủy ban nhân dân huyện (III.9). Kế hoạch không ghi ngày hạn cụ thể.",
  ["Phòng Giáo dục và Đào tạo", "Ủy ban nhân dân huyện"])
q("no_diacritics",
  "dien vao cho trong: 'Phan dau dat ty le ___% trung tam hoc tap cong dong ung dung cong nghe thong tin' (can tho 2024)",
  "C", [("C", "Phần đầu đạt tỷ lệ 90% trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục")],
  "Điền 90: “Phần đầu [phấn đấu] đạt tỷ lệ 90% trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, "
  "tổ chức hoạt động giáo dục” (II.2.b).",
  ["90%"])
q("no_diacritics",
  "my loc: trung tam van hoa the thao va truyen thong chu tri viec gi den nam 2030",
  "M", [("M", "3. Trung tâm Văn hóa - Thể thao và Truyền thông"),
        ("M", "b) Chủ trì, phối hợp với các sở, ngành liên quan thực hiện hỗ trợ cung cấp dịch vụ viễn thông công ích đến năm 2030")],
  "Chủ trì, phối hợp với các sở, ngành liên quan thực hiện hỗ trợ cung cấp dịch vụ viễn thông công ích đến năm 2030 cho "
  "các đối tượng theo quy định của nhà nước (V.3.b).",
  ["viễn thông công ích", "đến năm 2030"])
q("no_diacritics",
  "moc thoi gian nao som nhat trong ke hoach hue 2026",
  "H", [("H", "hoàn thành trong Quý II năm 2026"), ("H", "trước ngày 15/12/2026")],
  "Mốc sớm nhất là Quý II năm 2026 (hoàn thành kiện toàn để mỗi xã, phường có ít nhất một trung tâm học tập cộng đồng, "
  "III.5); mốc còn lại là trước ngày 15/12/2026 (xã, phường gửi báo cáo, V.9).",
  ["Quý II năm 2026", "15/12/2026"])

# ---------------------------------------------------------------- abbreviation
q("abbreviation",
  "KH HN: tỷ lệ TTHTCĐ ứng dụng CNTT trong quản lý năm 2025 và 2030?",
  "N", [("N", "- 70% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục."),
        ("N", "- 90% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục.")],
  "Đến năm 2025: 70% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động "
  "giáo dục; đến năm 2030: 90% (mục II.2.1.c và II.2.2.c).",
  ["70%", "90%"])
q("abbreviation",
  "Sở GD&ĐT Huế phải dự thảo VB gì, gửi đâu?",
  "H", [("H", "dự thảo văn bản của Ủy ban nhân dân thành phố gửi Bộ Giáo dục và Đào tạo")],
  "Kiểm tra, giám sát và định kỳ báo cáo tình hình, kết quả thực hiện Đề án; dự thảo văn bản của Ủy ban nhân dân thành "
  "phố gửi Bộ Giáo dục và Đào tạo (gạch cuối của V.1).",
  ["dự thảo văn bản", "Bộ Giáo dục và Đào tạo"])
q("abbreviation",
  "KH ML: P.LĐTBXH triển khai CT, DA hỗ trợ đào tạo lại cho mấy nhóm đối tượng?",
  "M", [("M", "c) Triển khai các chương trình, dự án, đề án hỗ trợ đào tạo, đào tạo lại cho các đối tượng: lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động.")],
  "Năm nhóm (V.2.c): lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động.",
  ["lao động nông thôn", "người khuyết tật", "người dân tộc thiểu số", "phụ nữ", "người hết tuổi lao động"])
q("abbreviation",
  "UBMTTQVN TP Cần Thơ đc đề nghị làm gì trong KH 74/KH-BCĐ?",
  "C", [("C", "a) Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện tham gia giám sát, phản biện xã hội việc triển khai thực hiện Kế hoạch.")],
  "Phối hợp với Sở Giáo dục và Đào tạo, UBND quận, huyện tham gia giám sát, phản biện xã hội việc triển khai thực hiện "
  "Kế hoạch (V.11.a).",
  ["giám sát, phản biện xã hội"])
q("abbreviation",
  "BCĐ XDXHHT các cấp ở ML phải xây dựng KH gì hằng năm?",
  "M", [("M", "- Ban chỉ đạo xây dựng xã hội học tập các cấp xây dựng kế hoạch kiểm tra, giám sát việc thực hiện kế hoạch xây dựng xã hội học tập hàng năm.")],
  "Xây dựng kế hoạch kiểm tra, giám sát việc thực hiện kế hoạch xây dựng xã hội học tập hàng năm (III.8 Tổ chức kiểm "
  "tra, giám sát).",
  ["kế hoạch kiểm tra, giám sát"])
q("abbreviation",
  "Đoàn TNCS HCM TP HN chủ trì hay phối hợp các hoạt động tuyên truyền KH-KT?",
  "N", [("N", "c) Đoàn thanh niên cộng sản Hồ Chí Minh thành phố Hà Nội"),
        ("N", "Chủ trì tổ chức, phối hợp, lồng ghép các hoạt động tuyên truyền về công tác khuyến học, khuyến tài, xây dựng xã hội học tập thông qua các phong trào hành động cách mạng của thanh niên")],
  "Chủ trì: “Chủ trì tổ chức, phối hợp, lồng ghép các hoạt động tuyên truyền về công tác khuyến học, khuyến tài, xây "
  "dựng xã hội học tập thông qua các phong trào hành động cách mạng của thanh niên…” (V.15.c).",
  ["Chủ trì tổ chức", "phong trào hành động cách mạng"])
q("abbreviation",
  "LĐLĐ TP Huế chủ trì thực hiện KH số mấy?",
  "H", [("H", "8. Liên đoàn Lao động thành phố"),
        ("H", "tổ chức thực hiện Kế hoạch số 147/KH-UBND ngày 17 tháng 4 năm 2023")],
  "Kế hoạch số 147/KH-UBND ngày 17 tháng 4 năm 2023 về Chương trình “Đẩy mạnh các hoạt động học tập suốt đời trong công "
  "nhân lao động tại các doanh nghiệp đến năm 2030” (V.8).",
  ["147/KH-UBND", "17 tháng 4 năm 2023"])

# ---------------------------------------------------------------- paraphrase
q("paraphrase",
  "Ở Hà Nội, đến lúc sơ kết, tổng kết thì ai lo đề xuất khen thưởng người làm tốt?",
  "N", [("N", "7. Ban Thi đua - Khen thưởng (Sở Nội vụ)"),
        ("N", "Phối hợp với Sở Giáo dục và Đào tạo, tham mưu trình Ủy ban nhân dân Thành phố khen thưởng cho các tập thể, cá nhân có thành tích"),
        ("N", "đề xuất Ủy ban nhân dân Thành phố, Bộ Giáo dục và Đào tạo khen thưởng đối với tập thể, cá nhân tiêu biểu")],
  "Ban Thi đua - Khen thưởng (Sở Nội vụ) phối hợp với Sở Giáo dục và Đào tạo tham mưu trình UBND Thành phố khen thưởng "
  "nhân dịp sơ kết, tổng kết (V.7); Sở Giáo dục và Đào tạo tổ chức sơ kết, tổng kết và đề xuất UBND Thành phố, Bộ Giáo "
  "dục và Đào tạo khen thưởng (V.1).",
  ["Ban Thi đua - Khen thưởng", "Sở Giáo dục và Đào tạo"])
q("paraphrase",
  "Huế: đi kiểm tra mấy trung tâm học tập ở xã, phường là việc của ai, ai đi cùng?",
  "H", [("H", "- Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với Hội Khuyến học thành phố và các sở, ban, ngành liên quan tổ chức kiểm tra, giám sát công tác xây dựng xã hội học tập và hoạt động của các trung tâm học tập cộng đồng tại các xã, phường")],
  "Sở Giáo dục và Đào tạo chủ trì, phối hợp với Hội Khuyến học thành phố và các sở, ban, ngành liên quan tổ chức kiểm "
  "tra, giám sát hoạt động của các trung tâm học tập cộng đồng tại các xã, phường (III.7).",
  ["Sở Giáo dục và Đào tạo chủ trì", "Hội Khuyến học thành phố"])
q("paraphrase",
  "Cần Thơ giao ai lo chuyện trẻ em, người dân tộc thiểu số được đi học?",
  "C", [("C", "9. Ban Dân tộc"),
        ("C", "triển khai các chương trình, dự án hỗ trợ giáo dục, đào tạo cho người dân tộc thiểu số trên địa bàn thành phố; hỗ trợ, tạo cơ hội và điều kiện thuận lợi cho trẻ em, người dân tộc thiểu số được tham gia học tập")],
  "Ban Dân tộc (V.9): chủ trì, phối hợp triển khai các chương trình, dự án hỗ trợ giáo dục, đào tạo cho người dân tộc "
  "thiểu số; hỗ trợ, tạo cơ hội và điều kiện thuận lợi cho trẻ em, người dân tộc thiểu số được tham gia học tập.",
  ["Ban Dân tộc", "người dân tộc thiểu số"])
q("paraphrase",
  "An Lão tính làm gì với cán bộ lười học, không theo kịp?",
  "A", [("A", "có biện pháp xử lý nghiêm khắc với những cán bộ, công chức, viên chức trì trệ, ngại học, không thích nghi")],
  "Nội dung II.7: tổ chức rà soát, đánh giá, có biện pháp xử lý nghiêm khắc với những cán bộ, công chức, viên chức trì "
  "trệ, ngại học, không thích nghi và bắt nhịp với cuộc cách mạng khoa học và công nghệ 4.0.",
  ["xử lý nghiêm khắc", "ngại học"])
q("paraphrase",
  "Phụ nữ huyện Mỹ Lộc được giao đẩy mạnh quỹ học bổng nào?",
  "M", [("M", "e) Hội Liên hiệp Phụ nữ huyện"), ("M", "đẩy mạnh hoạt động có hiệu quả đối với “Quỹ học bổng Hoàng Ngân”")],
  "Hội Liên hiệp Phụ nữ huyện (V.9.e): đẩy mạnh hoạt động có hiệu quả đối với “Quỹ học bổng Hoàng Ngân”.",
  ["Quỹ học bổng Hoàng Ngân"])
q("paraphrase",
  "Hà Nội: các sở khác phải đưa cho Sở GD&ĐT thứ gì?",
  "N", [("N", "11. Các Sở, ngành khác"),
        ("N", "- Có trách nhiệm cung cấp tài liệu học tập về các lĩnh vực theo chức năng, nhiệm vụ của từng Sở, ngành cho Sở Giáo dục và Đào tạo")],
  "Các Sở, ngành khác (V.11) có trách nhiệm cung cấp tài liệu học tập về các lĩnh vực theo chức năng, nhiệm vụ của "
  "từng Sở, ngành cho Sở Giáo dục và Đào tạo, cơ sở đào tạo để biên soạn, số hóa tài liệu học tập.",
  ["cung cấp tài liệu học tập"])
q("paraphrase",
  "Huế giao Sở GD&ĐT làm đề án gì, làm xong thì đưa ai duyệt?",
  "H", [("H", "tham mưu xây dựng Đề án “Tạo môi trường học tập suốt đời và xây dựng xã hội học tập”, trình Ủy ban nhân dân thành phố xem xét, phê duyệt")],
  "Đề án “Tạo môi trường học tập suốt đời và xây dựng xã hội học tập”, trình Ủy ban nhân dân thành phố xem xét, phê "
  "duyệt làm cơ sở tổ chức triển khai (III.5, gạch cuối).",
  ["Tạo môi trường học tập suốt đời", "trình Ủy ban nhân dân thành phố"])

# ---------------------------------------------------------------- english
q("english",
  "Quiz question: in Huế's 2026 plan, what share of people aged 15 and over should have professional/technical "
  "training? A. 30% B. 40% C. 50% D. 70%",
  "H", [("H", "- 40% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó có 15% dân số có trình độ đại học trở lên.")],
  "Answer B: 40% of the population aged 15+ trained to a professional/technical level (“40% dân số từ 15 tuổi trở lên "
  "được đào tạo trình độ chuyên môn kỹ thuật”), of whom 15% hold a university degree or higher (section II.2).",
  ["40%", "15%"])
q("english",
  "True or false: in Hà Nội's plan the Department of Home Affairs (Sở Nội vụ) is the standing agency (cơ quan thường trực).",
  "N", [("N", "1. Sở Giáo dục và Đào tạo - Là cơ quan thường trực, giúp Ủy ban nhân dân Thành phố tổ chức triển khai thực hiện Kế hoạch")],
  "False. The standing agency is the Department of Education and Training (Sở Giáo dục và Đào tạo, “Là cơ quan thường "
  "trực”, item V.1). Sở Nội vụ (V.3) runs training courses for officials.",
  ["Sở Giáo dục và Đào tạo", "cơ quan thường trực"])
q("english",
  "How many numbered items does section V of Cần Thơ's 2024 plan have, and which bodies do they name?",
  "C", [("C", "1. Sở Giáo dục và Đào tạo"), ("C", "2. Sở Nội vụ"), ("C", "3. Sở Lao động - Thương binh và Xã hội"),
        ("C", "4. Sở Thông tin và Truyền thông"), ("C", "5. Sở Văn hóa, Thể thao và Du lịch"), ("C", "6. Sở Tài chính"),
        ("C", "7. Bộ Chỉ huy Quân sự thành phố"), ("C", "8. Công an thành phố"), ("C", "9. Ban Dân tộc"),
        ("C", "10. Đề nghị Ban Tuyên giáo Thành ủy"),
        ("C", "11. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các tổ chức chính trị - xã hội"),
        ("C", "12. Đề nghị Hội Người cao tuổi thành phố"), ("C", "13. Đề nghị Hội Khuyến học thành phố"),
        ("C", "14. Ủy ban nhân dân quận, huyện")],
  "Fourteen items: 1 Sở Giáo dục và Đào tạo; 2 Sở Nội vụ; 3 Sở Lao động - Thương binh và Xã hội; 4 Sở Thông tin và "
  "Truyền thông; 5 Sở Văn hóa, Thể thao và Du lịch; 6 Sở Tài chính; 7 Bộ Chỉ huy Quân sự thành phố; 8 Công an thành "
  "phố; 9 Ban Dân tộc; 10 Ban Tuyên giáo Thành ủy; 11 Ủy ban Mặt trận Tổ quốc Việt Nam thành phố and the socio-political "
  "organisations (a-đ: the Front, Labour Federation, Youth Union, Women's Union, Veterans' and Farmers' Associations); "
  "12 Hội Người cao tuổi; 13 Hội Khuyến học thành phố; 14 Ủy ban nhân dân quận, huyện.",
  ["Sở Giáo dục và Đào tạo", "Sở Nội vụ", "Sở Lao động - Thương binh và Xã hội", "Sở Thông tin và Truyền thông",
   "Sở Văn hóa, Thể thao và Du lịch", "Sở Tài chính", "Bộ Chỉ huy Quân sự", "Công an thành phố", "Ban Dân tộc",
   "Ban Tuyên giáo Thành ủy", "Ủy ban Mặt trận Tổ quốc", "Hội Người cao tuổi", "Hội Khuyến học", "Ủy ban nhân dân quận, huyện"])
q("english",
  "Besides the Department of Education, who else has to check or supervise implementation under Huế's 2026 plan?",
  "H", [("H", "- Phối hợp với Sở Giáo dục và Đào tạo kiểm tra, giám sát việc thực hiện Kế hoạch."),
        ("H", "7. Hội Khuyến học thành phố"),
        ("H", "- Tăng cường công tác kiểm tra, giám sát việc thực hiện; định kỳ tổng hợp, gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo"),
        ("H", "- Các cơ quan, tổ chức, đơn vị và địa phương tăng cường công tác kiểm tra, giám sát việc triển khai thực hiện Đề án")],
  "The city Association for Promoting Education (Hội Khuyến học thành phố, V.7) works with the Department on checks "
  "(“Phối hợp với Sở Giáo dục và Đào tạo kiểm tra, giám sát”); the commune/ward People's Committees (V.9) must step up "
  "“kiểm tra, giám sát” and report; and III.7 asks all agencies, organisations, units and localities (“Các cơ quan, tổ "
  "chức, đơn vị và địa phương”) to strengthen inspection and supervision.",
  ["Hội Khuyến học thành phố", "kiểm tra, giám sát", "Các cơ quan, tổ chức, đơn vị và địa phương"])
q("english",
  "In Cần Thơ, does the city Police lead or merely support the literacy and vocational classes for inmates?",
  "C", [("C", "8. Công an thành phố"),
        ("C", "Chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện tổ chức các lớp học xóa mù chữ")],
  "It leads: Công an thành phố “Chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện” to organise "
  "literacy (“lớp học xóa mù chữ”), universal-education and vocational classes for detainees and inmates (item V.8, “nếu có”).",
  ["Chủ trì", "Sở Giáo dục và Đào tạo", "xóa mù chữ"])
q("english",
  "What regulation must Mỹ Lộc's Education and Training Office draw up?",
  "M", [("M", "c) Xây dựng quy chế phối hợp liên ngành giữa Phòng Giáo dục và Đào tạo và các phòng, ban, ngành liên quan")],
  "An inter-sectoral coordination regulation (“quy chế phối hợp liên ngành”) between the Phòng Giáo dục và Đào tạo and "
  "the relevant offices and sectors (item V.1.c).",
  ["quy chế phối hợp liên ngành"])
q("english",
  "In Mỹ Lộc, which report comes first in the year: the communes' report or the education office's report to the district?",
  "M", [("M", "định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo"),
        ("M", "báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm")],
  "The communes' report comes first: commune/town People's Committees report to the education office before 10 "
  "December each year (“trước ngày 10 tháng 12”, V.11.d); the office then reports to the district People's Committee "
  "before 15 December (“trước ngày 15 tháng 12”, V.1.e).",
  ["10 tháng 12", "15 tháng 12"])
q("english",
  "Fill in the blank for Cần Thơ's 2024 targets: “___% of units assessed and recognised at the 'Đơn vị học tập' level "
  "(district and city)”.",
  "C", [("C", "Phần đầu đạt tỷ lệ 55,55% đơn vị được đánh giá, công nhận theo mức độ “Đơn vị học tập” cấp huyện, cấp thành phố")],
  "55,55% (i.e. 55.55%): “Phần đầu đạt tỷ lệ 55,55% đơn vị được đánh giá, công nhận theo mức độ ‘Đơn vị học tập’ cấp "
  "huyện, cấp thành phố” (II.2.b).",
  ["55,55%"])
q("english",
  "How many targets does Huế set in section II.3 on the performance of education institutions, and what are they?",
  "H", [("H", "3. Về hiệu quả hoạt động của các cơ sở giáo dục"),
        ("H", "- 100% các trường đại học, cao đẳng có triển khai đại học số và xây dựng học liệu số."),
        ("H", "- 100% các cơ sở giáo dục phổ thông, cơ sở giáo dục thường xuyên, cơ sở giáo dục nghề nghiệp và các cơ sở giáo dục khác triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường số."),
        ("H", "- 100% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục.")],
  "Three, all at 100%: universities and colleges deploying a digital university and digital learning materials (“đại "
  "học số”); general, continuing and vocational education institutions managing and teaching in a digital environment "
  "(“môi trường số”); community learning centres using IT in management (“trung tâm học tập cộng đồng”).",
  ["100%", "đại học số", "môi trường số", "trung tâm học tập cộng đồng"])
q("english",
  "Which institutions in Hà Nội's plan must deploy digital schools and digital learning materials?",
  "N", [("N", "13. Trường Đại học Thủ đô Hà Nội, các trường Cao đẳng trực thuộc Ủy ban nhân dân Thành phố"),
        ("N", "- Triển khai trường học số, xây dựng học liệu số")],
  "Trường Đại học Thủ đô Hà Nội and the colleges under the city People's Committee (“các trường Cao đẳng trực thuộc”, "
  "item V.13): “Triển khai trường học số, xây dựng học liệu số”.",
  ["Trường Đại học Thủ đô Hà Nội", "trường học số"])
q("english",
  "Who in Huế must balance local budgets and raise other lawful funds for the plan?",
  "H", [("H", "9. Ủy ban nhân dân các xã, phường"),
        ("H", "chịu trách nhiệm cân đối, bố trí ngân sách địa phương và huy động các nguồn kinh phí hợp pháp khác")],
  "The commune and ward People's Committees (Ủy ban nhân dân các xã, phường, V.9) are responsible for “cân đối, bố trí "
  "ngân sách địa phương” and mobilising other lawful funding.",
  ["Ủy ban nhân dân các xã, phường", "cân đối, bố trí ngân sách địa phương"])
q("english",
  "Which documents does Mỹ Lộc's task III.1.a tell people to study and disseminate? How many?",
  "M", [("M", "a) Tuyên truyền, quán triệt Chỉ thị số 11-CT/TW, ngày 13/4/2007 của Bộ Chính trị; Kết luận số 49-KL/TW, ngày 10/5/2019 của Ban Bí thư; Quyết định số 489/QĐ-TTg của Thủ tướng Chính phủ; Quyết định số 1373/QĐ-TTg"),
        ("M", "Kế hoạch 60/KH-UBND, ngày 06/7/2020 của UBND tỉnh")],
  "Five documents: Chỉ thị 11-CT/TW (13/4/2007); Kết luận 49-KL/TW (10/5/2019); Quyết định 489/QĐ-TTg; Quyết định "
  "1373/QĐ-TTg (30/7/2021); and the province's Kế hoạch 60/KH-UBND (06/7/2020).",
  ["11-CT/TW", "49-KL/TW", "489/QĐ-TTg", "1373/QĐ-TTg", "60/KH-UBND"])
q("english",
  "Which of Hà Nội's 2030 targets are unchanged from its 2025 targets?",
  "N", [("N", "2.1. Mục tiêu cụ thể đến năm 2025 a) Xóa mù chữ và phổ cập giáo dục - Duy trì kết quả đạt chuẩn xóa mù chữ mức độ 2."),
        ("N", "2.2. Mục tiêu cụ thể đến năm 2030 a) Xóa mù chữ và phổ cập giáo dục - Duy trì kết quả đạt chuẩn xóa mù chữ mức độ 2."),
        ("N", "- Duy trì kết quả đạt chuẩn phổ cập giáo dục tiểu học mức độ 3."),
        ("N", "- 100% quận, huyện, thị xã đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3.")],
  "Three literacy/universal-education targets are worded the same at both milestones: maintain “chuẩn xóa mù chữ mức "
  "độ 2”; maintain “phổ cập giáo dục tiểu học mức độ 3”; and 100% of districts at “trung học cơ sở mức độ 3”. The others "
  "change (e.g. literacy 99,5% → 99,6%, learning citizens 50% → 70%); the university/college digital-university line "
  "is kept but reworded (“tiếp tục triển khai”).",
  ["xóa mù chữ mức độ 2", "tiểu học mức độ 3", "trung học cơ sở mức độ 3"])
q("english",
  "Quiz: according to purpose (a) of Mỹ Lộc's plan, at which levels must the scheme be implemented? A. province only "
  "B. district, commune, neighbourhood and residential community C. schools only",
  "M", [("M", "a) Xây dựng và triển khai thực hiện có hiệu quả Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030” từ cấp huyện, cấp xã, khu phố và cộng đồng dân cư.")],
  "B: “từ cấp huyện, cấp xã, khu phố và cộng đồng dân cư” (purpose I.1.a).",
  ["cấp huyện, cấp xã, khu phố và cộng đồng dân cư"])
q("english",
  "In Hà Nội, who leads and who supports building supplementary and new vocational skills training for workers?",
  "N", [("N", "2. Sở Lao động - Thương binh và Xã hội"),
        ("N", "- Chủ trì, phối hợp với các Sở, ngành liên quan xây dựng các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động")],
  "The Department of Labour, Invalids and Social Affairs (Sở Lao động - Thương binh và Xã hội) leads (“Chủ trì”), "
  "supported by the relevant departments and sectors (“các Sở, ngành liên quan”) — item V.2.",
  ["Sở Lao động - Thương binh và Xã hội", "Chủ trì", "các Sở, ngành liên quan"])
q("english",
  "How many tasks does An Lão's plan give to commune and town People's Committees?",
  "A", [("A", "9. Ủy ban nhân dân xã, thị trấn"),
        ("A", "- Triển khai hiệu quả các chương trình, đề án, kế hoạch đã được thành phố chỉ đạo"),
        ("A", "- Đẩy mạnh xây dựng các mô hình “Công dân học tập”, “Gia đình học tập”, “Dòng họ học tập”"),
        ("A", "- Tăng cường nguồn lực đầu tư cho giáo dục"),
        ("A", "- Chỉ đạo đài phát thanh địa phương, hệ thống thông tin cơ sở"),
        ("A", "- Theo dõi, đôn đốc, tổ chức kiểm tra, giám sát việc thực hiện kế hoạch"),
        ("A", "- Tổng hợp dự toán hàng năm, bố trí và phân bổ ngân sách")],
  "Six (the six dashes of item III.9): implement the city's programmes and draw up their own plan; build the learning "
  "models (“Công dân học tập”…); increase investment for education (“Tăng cường nguồn lực đầu tư cho giáo dục”); have local radio (“đài phát thanh”) "
  "and grassroots information systems spread the General Secretary's article; monitor, inspect (“kiểm tra, giám sát”) and report; compile "
  "annual estimates and allocate budget (“Tổng hợp dự toán hàng năm”).",
  ["Công dân học tập", "nguồn lực đầu tư", "đài phát thanh", "kiểm tra, giám sát", "Tổng hợp dự toán hàng năm"])
q("english",
  "Which of the five plans sets targets for 2024, which for 2026, and which for both 2025 and 2030?",
  "CHMN", [("C", "2. Mục tiêu cụ thể năm 2024"), ("H", "II. MỤC TIÊU 1. Xóa mù chữ và phổ cập giáo dục (có kế hoạch riêng)."),
           ("H", "năm 2026 trên địa bàn thành phố Huế"),
           ("M", "a) Mục tiêu đến năm 2025"), ("M", "b) Mục tiêu đến năm 2030"),
           ("N", "2.1. Mục tiêu cụ thể đến năm 2025"), ("N", "2.2. Mục tiêu cụ thể đến năm 2030")],
  "Cần Thơ sets 2024 targets (“Mục tiêu cụ thể năm 2024”); Huế's targets are for its 2026 plan (“năm 2026 trên địa bàn "
  "thành phố Huế”); Mỹ Lộc and Hà Nội both set targets to 2025 and to 2030 (“Mục tiêu đến năm 2025”, “Mục tiêu cụ thể "
  "đến năm 2030”). An Lão sets no numeric targets.",
  ["năm 2024", "năm 2026", "đến năm 2025", "đến năm 2030"])

# ---------------------------------------------------------------- follow_up (3-5 turn histories)
FM, FH, FN, FC, FA = (f"[{DOCS[k]}]" for k in "MHNC" + "A")
q("follow_up",
  "Còn câu tiếp: cũng chỉ tiêu đó nhưng đến năm 2030 thì bao nhiêu? A. 60% B. 70% C. 80% D. 90%",
  "M", [("M", "+ 70% người trong độ tuổi lao động được trang bị năng lực thông tin.")],
  "Đáp án B: đến năm 2030, 70% người trong độ tuổi lao động được trang bị năng lực thông tin (mục II.2.b Kế hoạch Mỹ "
  "Lộc).",
  ["70%", "năng lực thông tin"],
  h("Tôi soạn đề thi tìm hiểu Kế hoạch xã hội học tập của huyện Mỹ Lộc. Câu 1: đến năm 2025 tỷ lệ người trong độ tuổi "
    "lao động được trang bị năng lực thông tin là bao nhiêu? A. 50% B. 60% C. 70% D. 80%",
    f"Đáp án B: “60% số người trong độ tuổi lao động được trang bị năng lực thông tin” (mục II.2.a, Mục tiêu đến năm 2025) {FM}.",
    "Ok đúng rồi.",
    "A: Bạn cần thêm câu nào nữa không?"))
q("follow_up",
  "còn cơ quan nào nữa không?",
  "H", [("H", "3. Sở Nội vụ"), ("H", "7. Hội Khuyến học thành phố"),
        ("H", "- Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về năng lực cơ bản và trình độ của người dân."),
        ("H", "- Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về “Công dân học tập”.")],
  "Có, hai nơi nữa: Sở Nội vụ theo dõi, tổng hợp kết quả mục tiêu về năng lực cơ bản và trình độ của người dân (V.3); "
  "Hội Khuyến học thành phố theo dõi, tổng hợp kết quả mục tiêu về “Công dân học tập” (V.7).",
  ["Sở Nội vụ", "năng lực cơ bản và trình độ", "Hội Khuyến học thành phố", "Công dân học tập"],
  h("Ở Huế năm 2026, cơ quan nào theo dõi, tổng hợp kết quả các mục tiêu của kế hoạch?",
    f"Sở Giáo dục và Đào tạo theo dõi, tổ chức triển khai và tổng hợp kết quả các mục tiêu: xóa mù chữ và phổ cập giáo dục; "
    f"hiệu quả hoạt động của các cơ sở giáo dục; “Đơn vị học tập” cấp tỉnh; “Cộng đồng học tập” cấp xã (mục V.1) {FH}.",
    "hiểu rồi",
    "A: Vâng."))
q("follow_up",
  "vậy ai phối hợp?",
  "M", [("M", "a) Chủ trì phối hợp với Phòng Giáo dục và Đào tạo và các phòng, ban, ngành liên quan triển khai thực hiện các chương trình đào tạo bổ sung")],
  "Phòng Giáo dục và Đào tạo và các phòng, ban, ngành liên quan phối hợp với Phòng Lao động - Thương binh và Xã hội "
  "(V.2.a).",
  ["Phòng Giáo dục và Đào tạo", "các phòng, ban, ngành liên quan"],
  h("Mỹ Lộc: ai chủ trì các chương trình đào tạo kỹ năng nghề nghiệp mới cho người lao động?",
    f"Phòng Lao động - Thương binh và Xã hội chủ trì triển khai các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề "
    f"nghiệp mới cho người lao động; hỗ trợ học tập cho người bị thiệt thòi, yếu thế (mục V.2.a) {FM}.",
    "cảm ơn"))
q("follow_up",
  "cái nào sớm hơn?",
  "NH", [("N", "báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12"), ("H", "trước ngày 15/12/2026")],
  "Hạn của Hà Nội sớm hơn: trước ngày 01 tháng 12 (hằng năm), còn Huế là trước ngày 15/12/2026.",
  ["01 tháng 12", "15/12/2026"],
  h("Hà Nội yêu cầu báo cáo kết quả hằng năm trước ngày nào?",
    f"Định kỳ hàng năm tổng hợp kết quả, báo cáo UBND Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo) — "
    f"đoạn cuối Mục V {FN}.",
    "Còn Huế, xã phường gửi báo cáo trước ngày nào?",
    f"UBND các xã, phường gửi báo cáo kết quả về Sở Giáo dục và Đào tạo trước ngày 15/12/2026 (mục V.9) {FH}."))
q("follow_up",
  "Câu tiếp: Đúng hay sai — Hội Khuyến học thành phố Huế chủ trì kiểm tra, giám sát việc thực hiện Kế hoạch.",
  "H", [("H", "- Phối hợp với Sở Giáo dục và Đào tạo kiểm tra, giám sát việc thực hiện Kế hoạch."),
        ("H", "- Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với Hội Khuyến học thành phố")],
  "Sai. Hội Khuyến học thành phố chỉ “Phối hợp với Sở Giáo dục và Đào tạo kiểm tra, giám sát việc thực hiện Kế hoạch” "
  "(V.7); theo III.7 thì Sở Giáo dục và Đào tạo chủ trì, phối hợp với Hội Khuyến học thành phố tổ chức kiểm tra, giám sát.",
  ["Phối hợp với Sở Giáo dục và Đào tạo", "Sở Giáo dục và Đào tạo chủ trì"],
  h("A: Chào anh/chị, tôi có thể giúp gì về các kế hoạch xây dựng xã hội học tập?",
    "Tôi làm bộ câu đúng/sai về KH Huế 2026. Câu 1: Sở Giáo dục và Đào tạo là cơ quan thường trực — đúng hay sai?",
    f"Đúng: Sở Giáo dục và Đào tạo “Là cơ quan thường trực; chủ trì, phối hợp… để tổ chức thực hiện Kế hoạch” (mục V.1) {FH}."))
q("follow_up",
  "còn Bộ CHQS thành phố thì chủ trì việc gì?",
  "C", [("C", "a) Chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện đẩy mạnh tuyên truyền về học tập suốt đời, xây dựng xã hội học tập trong lực lượng vũ trang")],
  "Bộ Chỉ huy Quân sự thành phố chủ trì, phối hợp với Sở Giáo dục và Đào tạo, UBND quận, huyện đẩy mạnh tuyên truyền "
  "về học tập suốt đời, xây dựng xã hội học tập trong lực lượng vũ trang, cán bộ, chiến sĩ quân đội (V.7.a); ngoài ra "
  "chỉ đạo nâng cao năng lực ngoại ngữ và tiếng dân tộc thiểu số (V.7.b).",
  ["tuyên truyền", "lực lượng vũ trang"],
  h("Kế hoạch Cần Thơ 2024 đề nghị Ban Tuyên giáo Thành ủy làm gì?",
    f"Chủ trì, phối hợp với Sở Giáo dục và Đào tạo thường xuyên hướng dẫn, kiểm tra, đôn đốc và tổ chức triển khai Kế "
    f"hoạch; chỉ đạo các cơ quan báo chí tăng cường tuyên truyền (mục V.10) {FC}.",
    "ok"))
q("follow_up",
  "trong 16 mục đó, mấy mục là “Đề nghị”?",
  "N", [("N", "14. Đề nghị Ban Tuyên giáo Thành ủy"), ("N", "15. Đề nghị các tổ chức chính trị - xã hội, tổ chức xã hội, nghề nghiệp")],
  "Hai mục có tiêu đề “Đề nghị”: 14. Đề nghị Ban Tuyên giáo Thành ủy; 15. Đề nghị các tổ chức chính trị - xã hội, tổ "
  "chức xã hội, nghề nghiệp (gồm Ủy ban MTTQ, Hội Khuyến học, Đoàn thanh niên, Hội LHPN và các hội ở điểm e).",
  ["Đề nghị Ban Tuyên giáo Thành ủy", "Đề nghị các tổ chức chính trị - xã hội"],
  h("Mục V Tổ chức thực hiện của kế hoạch Hà Nội có bao nhiêu mục?",
    f"16 mục, từ 1. Sở Giáo dục và Đào tạo đến 16. Ủy ban nhân dân quận, huyện, thị xã {FN}.",
    "Còn mục 8 là gì?",
    f"8. Lực lượng vũ trang Thành phố: Công an Thành phố và Bộ Tư lệnh Thủ đô {FN}."))
q("follow_up",
  "còn Phòng Nội vụ?",
  "A", [("A", "- Chủ trì phối hợp với các phòng, ban, ngành, địa phương tham mưu Ủy ban nhân dân huyện kế hoạch, kinh phí, tổ chức đào tạo, bồi dưỡng cán bộ, công chức, viên chức theo quy định của Chính phủ."),
        ("A", "- Chủ trì tham mưu khảo sát, đánh giá tình hình, chất lượng đội ngũ cán bộ, công chức, viên chức.")],
  "Phòng Nội vụ An Lão (III.2) có hai gạch đầu dòng: chủ trì tham mưu UBND huyện kế hoạch, kinh phí, tổ chức đào tạo, "
  "bồi dưỡng cán bộ, công chức, viên chức; chủ trì tham mưu khảo sát, đánh giá tình hình, chất lượng đội ngũ cán bộ, "
  "công chức, viên chức, nghiên cứu khung tiêu chí đánh giá và cơ chế bảo vệ cán bộ dám nghĩ, dám làm.",
  ["đào tạo, bồi dưỡng cán bộ, công chức, viên chức", "khảo sát, đánh giá"],
  h("Kế hoạch An Lão giao Phòng GD&ĐT mấy việc?",
    f"Bảy gạch đầu dòng ở mục III.1, từ chủ trì tham mưu điều chỉnh các cơ chế, chính sách đến tham mưu các hoạt động hợp "
    f"tác quốc tế về giáo dục {FA}.",
    "ok, thế còn hợp tác quốc tế thì Phòng GD&ĐT làm gì cụ thể?",
    f"Tham mưu, triển khai, tổ chức các hoạt động hợp tác quốc tế về giáo dục; thúc đẩy chương trình trao đổi, giao lưu, "
    f"học bổng quốc tế (gạch cuối của III.1) {FA}."))
q("follow_up",
  "Câu tiếp: Điền vào chỗ trống — “___% công dân đạt danh hiệu công dân học tập” (mốc 2030).",
  "M", [("M", "+ 60% công dân đạt danh hiệu công dân học tập.")],
  "Điền 60: đến năm 2030, 60% công dân đạt danh hiệu công dân học tập (Mỹ Lộc, II.2.b). Mốc 2025 là 40%.",
  ["60%"],
  h("Đề thi Mỹ Lộc, câu điền khuyết: “___% công dân đạt danh hiệu công dân học tập theo tiêu chí do cơ quan có thẩm "
    "quyền ban hành” (mốc 2025).",
    f"Điền 40: “40% công dân đạt danh hiệu công dân học tập theo tiêu chí do cơ quan có thẩm quyền ban hành” (II.2.a) {FM}.",
    "Chuẩn."))
q("follow_up",
  "trình ai phê duyệt?",
  "H", [("H", "trình Ủy ban nhân dân thành phố xem xét, phê duyệt làm cơ sở tổ chức triển khai thực hiện")],
  "Trình Ủy ban nhân dân thành phố xem xét, phê duyệt làm cơ sở tổ chức triển khai thực hiện (III.5).",
  ["Ủy ban nhân dân thành phố", "phê duyệt"],
  h("Trong KH Huế 2026, Sở GD&ĐT phải xây dựng đề án gì?",
    f"Sở Giáo dục và Đào tạo chủ trì, phối hợp tham mưu xây dựng Đề án “Tạo môi trường học tập suốt đời và xây dựng xã "
    f"hội học tập” (mục III.5) {FH}.",
    "Có hạn hoàn thành đề án không?",
    f"Kế hoạch không ghi hạn cho Đề án này; mốc Quý II năm 2026 trong cùng mục là của việc kiện toàn trung tâm học tập "
    f"cộng đồng {FH}."))
q("follow_up",
  "thế quận, huyện có phải tự cân đối ngân sách không?",
  "C", [("C", "b) Cân đối, bố trí ngân sách địa phương và huy động các nguồn kinh phí hợp pháp khác để đảm bảo việc triển khai thực hiện các mục tiêu, chỉ tiêu, nhiệm vụ trong Kế hoạch;")],
  "Có. Ủy ban nhân dân quận, huyện phải “Cân đối, bố trí ngân sách địa phương và huy động các nguồn kinh phí hợp pháp "
  "khác” để thực hiện các mục tiêu, chỉ tiêu, nhiệm vụ (V.14.b).",
  ["Cân đối, bố trí ngân sách địa phương"],
  h("Kinh phí thực hiện Kế hoạch Cần Thơ 2024 lấy từ đâu?",
    f"Từ nguồn ngân sách nhà nước, nguồn tài trợ và các nguồn tài chính hợp pháp khác theo quy định của pháp luật (Mục IV) {FC}.",
    "cảm ơn bạn"))
q("follow_up",
  "vậy Sở Tài chính Hà Nội có mấy nhiệm vụ?",
  "N", [("N", "- Đảm bảo kinh phí trong dự toán ngân sách hàng năm (theo phân cấp) để thực hiện Kế hoạch"),
        ("N", "- Chủ trì, hướng dẫn các Sở, ngành liên quan về cơ chế tài chính"),
        ("N", "- Phối hợp với các Sở, ngành liên quan rà soát, hoàn thiện các chính sách để tăng cường huy động và đa dạng hóa các nguồn lực xã hội")],
  "Ba gạch đầu dòng (V.6): đảm bảo kinh phí trong dự toán ngân sách hàng năm (theo phân cấp); chủ trì, hướng dẫn các "
  "Sở, ngành về cơ chế tài chính; phối hợp rà soát, hoàn thiện các chính sách huy động và đa dạng hóa các nguồn lực xã "
  "hội.",
  ["dự toán ngân sách hàng năm", "cơ chế tài chính", "nguồn lực xã hội"],
  h("Kinh phí kế hoạch Hà Nội được đảm bảo thế nào?",
    f"Được đảm bảo trong dự toán chi ngân sách nhà nước hàng năm của các đơn vị theo phân cấp; huy động từ các nguồn tài "
    f"trợ, đóng góp hợp pháp khác (Mục IV) {FN}.",
    "ok"))
q("follow_up",
  "sau khi Phòng GD&ĐT nhận báo cáo thì làm gì tiếp?",
  "M", [("M", "e) Tổ chức kiểm tra, giám sát và đánh giá, tổng hợp, báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm"),
        ("M", "Thường trực Ban chỉ đạo xây dựng xã hội học tập huyện tổng hợp, báo cáo theo quy định")],
  "Phòng Giáo dục và Đào tạo - Thường trực Ban chỉ đạo xây dựng xã hội học tập huyện tổng hợp, báo cáo theo quy định "
  "(III.8); cụ thể là đánh giá, tổng hợp, báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm (V.1.e).",
  ["tổng hợp", "báo cáo UBND huyện", "15 tháng 12"],
  h("Mỹ Lộc: báo cáo kết quả kiểm tra, giám sát phải gửi trước ngày nào, về đâu?",
    f"Trước ngày 30 tháng 11 hằng năm gửi báo cáo về Phòng Giáo dục và Đào tạo - Thường trực Ban chỉ đạo xây dựng xã hội "
    f"học tập huyện (mục III.8) {FM}.",
    "Còn xã thì sao?",
    f"UBND các xã, thị trấn gửi báo cáo về Phòng Giáo dục và Đào tạo trước ngày 10 tháng 12 hằng năm (mục V.11.d) {FM}."))
q("follow_up",
  "sau khi xã, phường gửi báo cáo thì sao?",
  "H", [("H", "gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026 để tổng hợp, báo cáo Ủy ban nhân dân thành phố theo quy định")],
  "Sở Giáo dục và Đào tạo tổng hợp, báo cáo Ủy ban nhân dân thành phố theo quy định (V.9: báo cáo gửi Sở trước ngày "
  "15/12/2026 “để tổng hợp, báo cáo Ủy ban nhân dân thành phố”).",
  ["tổng hợp, báo cáo Ủy ban nhân dân thành phố"],
  h("A: Xin chào! Bạn muốn hỏi về kế hoạch nào?",
    "Huế năm 2026, UBND xã phường phải làm gì về báo cáo?",
    f"Tăng cường kiểm tra, giám sát; định kỳ tổng hợp, gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày "
    f"15/12/2026 (mục V.9) {FH}."))
q("follow_up",
  "And the share of people with a university degree or higher?",
  "C", [("C", "trong đó, 15% dân số có trình độ đại học trở lên")],
  "15% of the population should have a university degree or higher (“15% dân số có trình độ đại học trở lên”), within "
  "the 30% with professional/technical training (Cần Thơ 2024, II.2.b).",
  ["15%", "đại học trở lên"],
  h("What is Cần Thơ's 2024 target for ICT skills among working-age people?",
    f"90%: “Phần đầu đạt tỷ lệ 90% số người trong độ tuổi lao động được trang bị năng lực về sử dụng công nghệ thông tin” "
    f"(II.2.b) {FC}.",
    "And for technical training of people aged 15+?",
    f"30% of the population aged 15 and over (“30% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật”) {FC}."))
q("follow_up",
  "And which departments does it work with on reading culture?",
  "N", [("N", "- Phối hợp với Sở Văn hóa và Thể thao, Sở Giáo dục và Đào tạo, các cơ quan liên quan tổ chức hiệu quả các hoạt động nhằm triển khai văn hóa đọc")],
  "With the Department of Culture and Sports and the Department of Education (“Phối hợp với Sở Văn hóa và Thể thao, Sở "
  "Giáo dục và Đào tạo”) and other bodies, to run reading-culture activities (“văn hóa đọc”) — V.5, third dash.",
  ["Sở Văn hóa và Thể thao", "Sở Giáo dục và Đào tạo", "văn hóa đọc"],
  h("In Hà Nội's plan, what does the Department of Information and Communications lead?",
    f"It leads (“Chủ trì”) training courses that equip officials and workers with information competence (“trang bị năng "
    f"lực thông tin”) — V.5, last dash {FN}.",
    "thanks"))
q("follow_up",
  "Which office helps prepare the budget estimate for it?",
  "A", [("A", "4. Phòng Tài chính - Kế hoạch"),
        ("A", "Phối hợp với các phòng, ban, ngành, đơn vị lập dự toán kinh phí")],
  "The Finance-Planning Office (Phòng Tài chính - Kế hoạch, III.4) works with the other offices and units to prepare the "
  "budget estimate (“lập dự toán kinh phí”) and reports to the district People's Committee to balance it within the budget.",
  ["Phòng Tài chính - Kế hoạch", "lập dự toán kinh phí"],
  h("Where does the money for An Lão's lifelong learning plan come from?",
    f"From the state budget, lawful revenue of agencies and units, and socialised sources (“ngân sách nhà nước… nguồn thu "
    f"hợp pháp… xã hội hóa”, section IV) {FA}.",
    "ok",
    "A: Anything else?"))
q("follow_up",
  "còn hội nào nữa không?",
  "M", [("M", "g) Hội Cựu chiến binh huyện, Hội Nông dân huyện, Hội Người cao tuổi huyện, Hội Cựu giáo chức huyện")],
  "Còn Hội Người cao tuổi huyện và Hội Cựu giáo chức huyện, cùng điểm g) với Hội Cựu chiến binh và Hội Nông dân. Ngoài ra "
  "mục V.9 còn có Hội Khuyến học huyện (b) và Hội Liên hiệp Phụ nữ huyện (e).",
  ["Hội Người cao tuổi", "Hội Cựu giáo chức"],
  h("Mỹ Lộc giao Hội Cựu chiến binh huyện làm gì?",
    f"Điểm g) mục V.9: Hội Cựu chiến binh huyện, Hội Nông dân huyện… hướng dẫn các cấp hội phối hợp tổ chức các hoạt "
    f"động khuyến học, khuyến tài, nâng cao chất lượng “Quỹ vòng tay đồng đội” {FM}.",
    "vậy Hội Nông dân cũng chung điểm đó hả?",
    f"Đúng, Hội Nông dân huyện nằm chung điểm g) {FM}."))
q("follow_up",
  "Mỹ Lộc thì bao nhiêu, cao hơn hay thấp hơn Huế?",
  "M", [("M", "+ 40% công dân đạt danh hiệu công dân học tập theo tiêu chí do cơ quan có thẩm quyền ban hành."),
        ("M", "+ 60% công dân đạt danh hiệu công dân học tập.")],
  "Mỹ Lộc: 40% đến năm 2025 (bằng con số 40% của Huế năm 2026) và 60% đến năm 2030 (cao hơn).",
  ["40%", "60%"],
  h("Huế năm 2026 đặt chỉ tiêu bao nhiêu % công dân đạt danh hiệu công dân học tập?",
    f"40% công dân đạt danh hiệu công dân học tập (mục II.4) {FH}.",
    "ok"))
q("follow_up",
  "Câu tiếp: đến năm 2030 Hà Nội đặt bao nhiêu % gia đình, dòng họ, cộng đồng đạt danh hiệu học tập? A. 60% B. 70% "
  "C. 80% D. 90%",
  "N", [("N", "- 80% gia đình, dòng họ, cộng đồng đạt danh hiệu gia đình, dòng họ, cộng đồng học tập.")],
  "Đáp án C: 80% gia đình, dòng họ, cộng đồng đạt danh hiệu gia đình, dòng họ, cộng đồng học tập (II.2.2.d). Mốc 2025 là 60%.",
  ["80%"],
  h("Câu 1 cuộc thi: đến năm 2025 Hà Nội đặt bao nhiêu % gia đình, dòng họ, cộng đồng đạt danh hiệu học tập?",
    f"60% gia đình, dòng họ, cộng đồng đạt danh hiệu gia đình, dòng họ, cộng đồng học tập (II.2.1.d) {FN}.",
    "đúng rồi",
    "A: Mời bạn gửi câu tiếp theo."))
q("follow_up",
  "còn Hội Người cao tuổi thành phố?",
  "C", [("C", "12. Đề nghị Hội Người cao tuổi thành phố"),
        ("C", "Hướng dẫn các cấp Hội phối hợp tổ chức tuyên truyền, tập huấn cho cán bộ, nhà giáo, hội viên các Hội")],
  "Hội Người cao tuổi thành phố có mục riêng (V.12): hướng dẫn các cấp Hội phối hợp tổ chức tuyên truyền, tập huấn cho "
  "cán bộ, nhà giáo, hội viên; hỗ trợ ngành Giáo dục và Đào tạo nâng cao chất lượng giáo dục, mở rộng các hình thức "
  "học tập.",
  ["Hội Người cao tuổi thành phố", "tuyên truyền, tập huấn"],
  h("KH Cần Thơ 2024 đề nghị Hội LHPN thành phố làm gì?",
    f"Chỉ đạo các cấp Hội Phụ nữ tiếp tục vận động hội viên, phụ nữ cho con đi học đúng độ tuổi, không để con bỏ học… "
    f"(mục V.11.d) {FC}.",
    "thế Hội Cựu chiến binh?",
    f"Hội Cựu chiến binh thành phố, Hội Nông dân thành phố (V.11.đ): hướng dẫn các cấp Hội phối hợp tổ chức các hoạt động "
    f"khuyến học, khuyến tài {FC}."))
q("follow_up",
  "hai nội dung nào có lời văn trùng nhau?",
  "A", [("A", "4. Tiếp tục rà soát, sắp xếp mạng lưới các cơ sở giáo dục, đào tạo, gắn với cuộc cách mạng về sắp xếp tổ chức bộ máy"),
        ("A", "5. Tiếp tục rà soát, sắp xếp mạng lưới các cơ sở giáo dục, đào tạo, gắn với cuộc cách mạng về sắp xếp tổ chức bộ máy")],
  "Nội dung 4 và nội dung 5 (“4. Tiếp tục rà soát…” và “5. Tiếp tục rà soát…”): cả hai đều là “Tiếp tục rà soát, sắp xếp mạng lưới các cơ sở giáo dục, đào tạo, gắn với "
  "cuộc cách mạng về sắp xếp tổ chức bộ máy tinh - gọn - mạnh…”, lời văn giống hệt nhau.",
  ["4. Tiếp tục rà soát", "5. Tiếp tục rà soát"],
  h("Mục II kế hoạch An Lão có mấy nội dung, giải pháp?",
    f"Chín nội dung, đánh số 1-9 (Mục II Nội dung, giải pháp) {FA}.",
    "có cái nào giống nhau không?",
    "A: Có, hai nội dung có lời văn trùng nhau."))

# ---------------------------------------------------------------- unanswerable (near misses, each with a probe)
ALL = None  # probe against all five plans
NO = "Các kế hoạch đã nạp không nêu điều này"
# quiz questions whose fact the plan does not give
u("Trắc nghiệm: Theo Kế hoạch của huyện An Lão, đến năm 2025 tỷ lệ công dân đạt danh hiệu công dân học tập là bao "
  "nhiêu? A. 30% B. 40% C. 50% D. 60%",
  f"{NO}: Kế hoạch phong trào “Học tập suốt đời” của huyện An Lão không đặt chỉ tiêu tỷ lệ nào (không có con số %), "
  "chỉ yêu cầu đẩy mạnh xây dựng mô hình “Công dân học tập”. Không có đáp án đúng trong kế hoạch; không nên ra câu này.",
  r"\d ?%", ["A"])
u("Đúng hay sai: Kế hoạch Cần Thơ 2024 yêu cầu các đơn vị gửi báo cáo trước ngày 15/12/2024.",
  f"{NO}: Kế hoạch số 74/KH-BCĐ của Cần Thơ không ghi ngày hạn báo cáo nào; khó khăn, vướng mắc được phản ánh về Sở "
  "Giáo dục và Đào tạo (Thường trực Ban Chỉ đạo thành phố), nhưng không có mốc ngày. Không xác định đúng/sai được từ kế hoạch.",
  r"truoc ngay|15/12|\d+ thang 12", ["C"])
u("Điền vào chỗ trống: Hà Nội phấn đấu đến năm 2027 có ___% người trong độ tuổi lao động được trang bị năng lực thông tin.",
  f"{NO}: Kế hoạch Hà Nội chỉ có mục tiêu đến năm 2025 (50%) và đến năm 2030 (70%), không có mốc năm 2027.",
  r"2027", ["N"])
u("Câu hỏi thi: KH Huế 2026 đặt chỉ tiêu bao nhiêu % gia đình đạt danh hiệu “Gia đình học tập”? A. 50% B. 60% C. 70% D. 80%",
  f"{NO}: Kế hoạch Huế năm 2026 không có chỉ tiêu về “Gia đình học tập”; các chỉ tiêu mô hình học tập chỉ gồm công dân "
  "học tập (40%), Đơn vị học tập cấp tỉnh (ít nhất 15, trong đó ít nhất 05 mức độ 2) và Cộng đồng học tập cấp xã (100% mức độ 1).",
  r"gia dinh hoc tap", ["H"])
u("Trắc nghiệm Mỹ Lộc: đến năm 2025 tỷ lệ cơ quan, đơn vị đạt “Đơn vị học tập” là bao nhiêu?",
  f"{NO}: Kế hoạch Mỹ Lộc không đặt tỷ lệ “Đơn vị học tập”; phần mô hình học tập chỉ có 40% (2025) / 60% (2030) công dân "
  "học tập và danh hiệu huyện học tập.",
  r"\d+ ?%[^.;]{0,40}don vi hoc tap", ["M"])
u("Đúng hay sai: KH Cần Thơ 2024 đặt chỉ tiêu 50% công dân đạt danh hiệu công dân học tập.",
  f"{NO}: Kế hoạch Cần Thơ 2024 không có chỉ tiêu tỷ lệ công dân học tập; các chỉ tiêu mô hình là 55,55% “Đơn vị học tập” "
  "và 80% “Cộng đồng học tập”. Không đủ căn cứ để chấm đúng/sai theo kế hoạch.",
  r"\d+ ?%[^.;]{0,40}cong dan hoc tap", ["C"])
u("Câu đố: Kế hoạch Hà Nội đặt bao nhiêu % người dân biết bơi / có kỹ năng phòng chống đuối nước?",
  f"{NO}: Kế hoạch Hà Nội không có chỉ tiêu về biết bơi hay phòng chống đuối nước.",
  r"biet boi|duoi nuoc|ky nang boi", ["N"])
# counts the plan does not settle
u("Huế hiện có bao nhiêu trung tâm học tập cộng đồng?",
  f"{NO}: Kế hoạch Huế chỉ yêu cầu mỗi xã, phường có ít nhất một trung tâm (hoàn thành trong Quý II năm 2026), không nêu "
  "số trung tâm hiện có.",
  r"\d+ trung tam hoc tap|hien co \d+", ["H"])
u("Hà Nội có bao nhiêu quận, huyện, thị xã đã được công nhận huyện học tập?",
  f"{NO}: Kế hoạch chỉ đặt mục tiêu theo tỷ lệ (40% đến 2025, 60% đến 2030), không nêu số quận, huyện đã được công nhận.",
  r"\d+ (quan|huyen)|da duoc cong nhan", ["N"])
u("Huyện Mỹ Lộc có bao nhiêu xã, thị trấn phải báo cáo?",
  f"{NO}: Kế hoạch Mỹ Lộc nói “UBND các xã, thị trấn” mà không nêu số xã, thị trấn.",
  r"\d+ (xa|thi tran)", ["M"])
u("Phụ lục của Kế hoạch Mỹ Lộc có bao nhiêu nhiệm vụ trọng tâm, nhiệm vụ số 3 là gì?",
  f"{NO}: văn bản Mỹ Lộc đã nạp chỉ có dòng “(Danh mục nhiệm vụ trọng tâm trong Phụ lục kèm theo Kế hoạch)”; nội dung "
  "Phụ lục không có trong văn bản, nên không biết số nhiệm vụ hay nhiệm vụ số 3.",
  r"\bstt\b|phu luc\s*(so|[0-9ivx]+)\b", ["M"])
u("Hội Khuyến học thành phố Huế có bao nhiêu hội viên?",
  f"{NO}: Kế hoạch Huế không nêu số hội viên Hội Khuyến học.",
  r"\d+ hoi vien", ["H"])
u("Sở Nội vụ Hà Nội phải mở bao nhiêu lớp tập huấn mỗi năm?",
  f"{NO}: Kế hoạch Hà Nội giao Sở Nội vụ tổ chức các lớp tập huấn, bồi dưỡng nhưng không nêu số lớp.",
  r"\d+ lop", ["N"])
# places with no loaded plan (siblings, children, parents)
u("Theo kế hoạch xã hội học tập của huyện Ý Yên, đến năm 2025 tỷ lệ công dân học tập là bao nhiêu?",
  f"{NO}: không có kế hoạch của huyện Ý Yên trong các kế hoạch đã nạp (có kế hoạch huyện Mỹ Lộc, cùng tỉnh Nam Định: 40% "
  "đến 2025 — nhưng đó không phải của Ý Yên).",
  r"y yen", ALL)
u("Quận Cầu Giấy có kế hoạch riêng không, hạn báo cáo của quận là ngày nào?",
  f"{NO}: không có kế hoạch của quận Cầu Giấy; kế hoạch Hà Nội chỉ giao UBND quận, huyện, thị xã xây dựng kế hoạch "
  "riêng và báo cáo chung trước ngày 01 tháng 12, không nêu tên quận nào.",
  r"cau giay", ALL)
u("Quận Lê Chân (Hải Phòng) phân công Phòng Nội vụ làm gì trong phong trào Học tập suốt đời?",
  f"{NO}: chỉ có kế hoạch của huyện An Lão (Hải Phòng); không có kế hoạch của quận Lê Chân.",
  r"le chan", ALL)
u("Kế hoạch 336/KH-UBND của tỉnh Thừa Thiên Huế đặt chỉ tiêu gì cho năm 2025?",
  f"{NO}: Kế hoạch 336/KH-UBND chỉ được nhắc làm căn cứ trong kế hoạch Huế năm 2026; nội dung và chỉ tiêu năm 2025 của "
  "nó không có trong các kế hoạch đã nạp.",
  r"nam 2025[^.;]{0,60}\d+ ?%|\d+ ?%[^.;]{0,60}nam 2025", ["H"])
u("Quận Bình Thủy (Cần Thơ) năm 2024 được giao chỉ tiêu bao nhiêu % Cộng đồng học tập?",
  f"{NO}: kế hoạch Cần Thơ 2024 chỉ đặt chỉ tiêu chung cho thành phố (80% Cộng đồng học tập) và giao việc cho “Ủy ban "
  "nhân dân quận, huyện” chung, không có chỉ tiêu riêng của quận Bình Thủy.",
  r"binh thuy", ALL)
u("Tỉnh Hậu Giang năm 2024 đặt bao nhiêu % đơn vị học tập?",
  f"{NO}: không có kế hoạch của tỉnh Hậu Giang trong các kế hoạch đã nạp.",
  r"hau giang", ALL)
u("What does Đà Nẵng's learning-society plan require of its Department of Education?",
  "None of the loaded plans covers Đà Nẵng; the five plans are Huế, Mỹ Lộc, Hà Nội, Cần Thơ and An Lão.",
  r"da nang", ALL)
u("Theo KH 108/KH-UBND của Hải Phòng, thành phố đặt chỉ tiêu bao nhiêu % người dân có kỹ năng số?",
  f"{NO}: Kế hoạch 108/KH-UBND của Hải Phòng chỉ được nhắc làm căn cứ trong kế hoạch huyện An Lão; nội dung, chỉ tiêu của "
  "nó không có trong các kế hoạch đã nạp.",
  r"\d ?%", ["A"])
# a figure for a year / indicator not set
u("Cần Thơ đặt chỉ tiêu kỹ năng sống đến năm 2030 là bao nhiêu %?",
  f"{NO}: kế hoạch Cần Thơ là kế hoạch năm 2024; chỉ tiêu kỹ năng sống là 90% cho năm 2024, không có mốc 2030 bằng con số.",
  r"nam 2030[^.;]{0,80}\d+ ?%|\d+ ?%[^.;]{0,80}nam 2030", ["C"])
u("Huế đặt chỉ tiêu 2030 cho năng lực công nghệ thông tin là bao nhiêu?",
  f"{NO}: kế hoạch Huế là kế hoạch năm 2026 (87% năng lực công nghệ thông tin); không có chỉ tiêu bằng con số cho năm 2030.",
  r"nam 2030[^.;]{0,80}\d+ ?%|\d+ ?%[^.;]{0,80}nam 2030", ["H"])
u("Mỹ Lộc đặt tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ đến năm 2025 là bao nhiêu?",
  f"{NO}: kế hoạch Mỹ Lộc chỉ nói nâng tỷ lệ người lao động qua đào tạo “theo chỉ tiêu cụ thể” mà không nêu con số "
  "(chỉ tiêu 75-80%, 55-60% là của Hà Nội).",
  r"\d+ ?%[^.;]{0,40}(qua dao tao|bang cap)", ["M"])
u("Huế năm 2026 đặt tỷ lệ trường công lập đạt chuẩn quốc gia là bao nhiêu?",
  f"{NO}: kế hoạch Huế không có chỉ tiêu trường đạt chuẩn quốc gia (chỉ tiêu này có ở kế hoạch Hà Nội).",
  r"chuan quoc gia", ["H"])
u("Cần Thơ 2024: tỷ lệ người trong độ tuổi 15-60 biết chữ phải đạt bao nhiêu?",
  f"{NO}: kế hoạch Cần Thơ chỉ đặt 100% quận, huyện đạt chuẩn xóa mù chữ mức độ 2; không có tỷ lệ người biết chữ.",
  r"biet chu", ["C"])
# an agency the named plan does not name (no catch-all item)
u("Kế hoạch Cần Thơ 2024 giao Sở Công Thương nhiệm vụ gì?",
  f"{NO}: mục V của kế hoạch Cần Thơ không có Sở Công Thương, và cũng không có mục chung cho “các sở, ngành khác”.",
  r"cong thuong|cac so,? (ban,? )?nganh khac", ["C"])
u("Cần Thơ: Sở Tư pháp phối hợp phổ biến pháp luật trong xây dựng xã hội học tập thế nào?",
  f"{NO}: kế hoạch Cần Thơ 2024 không nêu Sở Tư pháp.",
  r"tu phap", ["C"])
# a deliverable not asked for
u("Mỹ Lộc có phải xây dựng Đề án “Tạo môi trường học tập suốt đời và xây dựng xã hội học tập” không, hạn khi nào?",
  f"{NO}: kế hoạch Mỹ Lộc không giao xây dựng đề án này (đề án đó có trong kế hoạch Huế năm 2026, giao Sở Giáo dục và "
  "Đào tạo Huế).",
  r"tao moi truong hoc tap", ["M"])
u("An Lão: Phòng GD&ĐT phải tổ chức sơ kết phong trào vào năm nào?",
  f"{NO}: kế hoạch An Lão không nói đến sơ kết, tổng kết; Phòng Giáo dục và Đào tạo chỉ chủ trì tổng hợp kết quả hằng năm.",
  r"so ket|tong ket", ["A"])
u("Kế hoạch Hà Nội giao ai xây dựng quy chế phối hợp liên ngành?",
  f"{NO}: kế hoạch Hà Nội không có nhiệm vụ xây dựng quy chế phối hợp liên ngành (nhiệm vụ này có ở Mỹ Lộc, Phòng Giáo "
  "dục và Đào tạo).",
  r"quy che phoi hop", ["N"])
# results / current status
u("Năm 2025 Huế đã đạt bao nhiêu % công dân học tập?",
  f"{NO}: kế hoạch Huế năm 2026 chỉ đặt chỉ tiêu 40% cho năm 2026, không nêu kết quả năm 2025.",
  r"nam 2025[^.;]{0,60}(dat|\d+ ?%)|ket qua (nam 2025|dat duoc)", ["H"])
u("Cần Thơ đã gia nhập mạng lưới Thành phố học tập toàn cầu của UNESCO chưa?",
  f"{NO}: kế hoạch Cần Thơ chỉ đặt nhiệm vụ chủ động, tích cực tham gia mạng lưới; không nói đã gia nhập hay chưa.",
  r"da (gia nhap|tro thanh|duoc cong nhan)", ["C"])
# reasons not given
u("Vì sao kế hoạch An Lão có hai nội dung 4 và 5 giống hệt nhau?",
  f"{NO}: kế hoạch An Lão có hai nội dung 4 và 5 trùng lời văn nhưng không giải thích lý do.",
  r"trung lap|lap lai|ly do", ["A"])
u("Tại sao Cần Thơ đặt chỉ tiêu Đơn vị học tập là 55,55% mà không phải con số tròn?",
  f"{NO}: kế hoạch ghi 55,55% mà không giải thích cách tính hay lý do.",
  r"(vi|do|ly do|tuong ung)[^.;]{0,40}55,55|55,55[^.;]{0,40}(tuong ung|tren tong)", ["C"])
# amounts / dates not given
u("Quỹ học bổng Hoàng Ngân ở Mỹ Lộc cần vận động bao nhiêu tiền?",
  f"{NO}: kế hoạch Mỹ Lộc chỉ giao Hội LHPN huyện đẩy mạnh hoạt động “Quỹ học bổng Hoàng Ngân”, không nêu số tiền.",
  r"(trieu|ty|nghin) dong|\d+\.\d{3}", ["M"])
u("What is Huế's total 2026 budget for the plan, in VND?",
  "The loaded plans do not say: Huế's plan names the sources (state budget by level, other lawful sources; spending per "
  "Nghị quyết 16/2025/NQ-HĐND) but gives no amount.",
  r"(trieu|ty) dong|vnd|\d+\.\d{3}\.\d{3}", ["H"])
u("On what date was An Lão's lifelong-learning plan issued, and what is its number?",
  "The loaded text of An Lão's plan does not give its own number or date (it only cites KH 108/KH-UBND of Hải Phòng, "
  "dated 06/5/2025); it is signed by Phó Chủ tịch Nguyễn Quốc Thịnh.",
  r"an lao, ngay|so:\s*\d+", ["A"])
u("How many learning communities, in absolute numbers, must Cần Thơ recognise in 2024?",
  "The plan gives only a rate (80% of units recognised as “Cộng đồng học tập”), not a number of communities.",
  r"\d+ (don vi|cong dong|xa)", ["C"])
# follow-ups that move into a gap
u("Còn câu tiếp: năm 2035 thì tỷ lệ đó là bao nhiêu?",
  f"{NO}: kế hoạch Mỹ Lộc chỉ có mốc 2025 (60%) và 2030 (70%) cho năng lực thông tin; không có mốc 2035.",
  r"2035", ["M"],
  h("Theo KH Mỹ Lộc, đến 2030 tỷ lệ người trong độ tuổi lao động được trang bị năng lực thông tin là bao nhiêu?",
    f"70% người trong độ tuổi lao động được trang bị năng lực thông tin (II.2.b) {FM}.",
    "ok"))
u("còn huyện Phú Vang thì giao ai?",
  f"{NO}: không có kế hoạch của huyện Phú Vang; kế hoạch Huế năm 2026 chỉ giao chung UBND các xã, phường.",
  r"phu vang", ALL,
  h("Kế hoạch Huế 2026 giao UBND xã, phường những việc gì?",
    f"Xây dựng và triển khai kế hoạch tại địa phương, cân đối ngân sách; phát triển mô hình học tập; kiện toàn trung tâm "
    f"học tập cộng đồng; đánh giá, công nhận; kiểm tra, giám sát và báo cáo trước ngày 15/12/2026 (mục V.9) {FH}.",
    "cảm ơn"))
