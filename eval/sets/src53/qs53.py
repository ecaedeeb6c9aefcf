"""Questions of set 53 (five bundled plans). Read by questions_src53.py, which checks them and writes bundled53.jsonl.

Q(type, question, evidence, answer, key_facts, history) — evidence is [(plan key, verbatim span)], plan keys:
H Huế 2026, M Mỹ Lộc 2021-2030, N Hà Nội (NQ 23-NQ/TU), C Cần Thơ KH 74 (2024), A An Lão (2025).
U(question, answer, probe, plans, history, section) — unanswerable; probe is an accent-free regex of what would
have to be in the plan(s) for the question to be answerable; it must NOT match (optionally only inside a section
given by two accent-free markers).
"""
PLANS = {"H": "000_4550be4bb11189cd.txt", "M": "001_7bafa58816a5de75.txt", "N": "002_797e8de6131c77f9.txt",
         "C": "003_1a817ee72b993e3e.txt", "A": "004_b1b28019b71edc03.txt"}
F = {k: f"[{v}]" for k, v in PLANS.items()}
QUESTIONS = []


def Q(typ, question, evidence, answer, key_facts, history=None):
    QUESTIONS.append({"type": typ, "question": question, "evidence": evidence, "answer": answer,
                      "key_facts": key_facts, "history": history or []})


def U(question, answer, probe, plans="HMNCA", history=None, section=None):
    QUESTIONS.append({"type": "unanswerable", "question": question, "evidence": [], "answer": answer,
                      "key_facts": [], "history": history or [], "probe": probe, "probe_plans": plans,
                      "section": section})


def H(*turns):
    """History turns alternate; a turn starting with 'A:' is the assistant's, 'U:' the user's."""
    out = []
    for t in turns:
        role = "assistant" if t.startswith("A:") else "user"
        out.append({"role": role, "content": t[2:].strip()})
    if out[-1]["role"] == "user":  # a closing "ok" / "thanks" gets the assistant's one-line reply
        english = all(ord(c) < 128 for c in out[0]["content"] if out[0]["role"] == "user") and \
            out[0]["role"] == "user"
        out.append({"role": "assistant", "content": "You're welcome. Anything else?" if english
                    else "Dạ, anh/chị cần hỏi thêm gì ạ?"})
    return out


# titles and year headings, cited where the plan's name or the year is a key fact
TH = ("H", "Thực hiện Đề án “Xây dựng xã hội học tập” năm 2026 trên địa bàn thành phố Huế")
TM = ("M", "Thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030” trên địa bàn huyện Mỹ Lộc")
TN = ("N", "xây dựng xã hội học tập trên địa bàn thành phố Hà Nội từ nay đến năm 2030, tầm nhìn đến năm 2045")
TC = ("C", "Xây dựng xã hội học tập năm 2024 trên địa bàn thành phố Cần Thơ")
TA = ("A", "khuyến học, khuyến tài, xây dựng xã hội học tập trên địa bàn huyện An Lão")
M25 = ("M", "a) Mục tiêu đến năm 2025")
M30 = ("M", "b) Mục tiêu đến năm 2030")
N25 = ("N", "2.1. Mục tiêu cụ thể đến năm 2025")
N30 = ("N", "2.2. Mục tiêu cụ thể đến năm 2030")
C24 = ("C", "2. Mục tiêu cụ thể năm 2024")
GREET = "A: Xin chào, tôi có thể giúp gì về các kế hoạch xây dựng xã hội học tập đã nạp?"

# ---------------------------------------------------------------- agency_tasks (joint work, slots, new names)
Q("agency_tasks",
  "Theo kế hoạch năm 2026 của Huế, những việc nào Sở Giáo dục và Đào tạo và Hội Khuyến học thành phố cùng làm?",
  [("H", "Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với Hội Khuyến học thành phố và các sở, ban, ngành liên "
         "quan tổ chức kiểm tra, giám sát công tác xây dựng xã hội học tập và hoạt động của các trung tâm học tập "
         "cộng đồng tại các xã, phường"),
   ("H", "7. Hội Khuyến học thành phố"),
   ("H", "Phối hợp với Sở Giáo dục và Đào tạo kiểm tra, giám sát việc thực hiện Kế hoạch."),
   ("H", "hệ thống thông tin cơ sở trên địa bàn thành phố phối hợp với Sở Giáo dục và Đào tạo, Hội Khuyến học "
         "thành phố đẩy mạnh công tác tuyên truyền về xây dựng xã hội học tập")],
  "Hai việc có tên cả hai cơ quan: (1) kiểm tra, giám sát — Sở Giáo dục và Đào tạo chủ trì, phối hợp với Hội "
  "Khuyến học thành phố tổ chức kiểm tra, giám sát công tác xây dựng xã hội học tập và hoạt động của các trung tâm "
  "học tập cộng đồng tại các xã, phường (mục III.7); ở mục V.7, Hội Khuyến học thành phố “Phối hợp với Sở Giáo dục "
  "và Đào tạo kiểm tra, giám sát việc thực hiện Kế hoạch”; (2) tuyên truyền — theo mục V.2 (nhiệm vụ của Sở Văn hóa "
  "và Thể thao), các cơ quan báo chí, truyền thông và hệ thống thông tin cơ sở phối hợp với Sở Giáo dục và Đào tạo, "
  "Hội Khuyến học thành phố đẩy mạnh công tác tuyên truyền về xây dựng xã hội học tập. " + F["H"],
  ["kiểm tra, giám sát", "tuyên truyền"])

Q("agency_tasks",
  "Ở Hà Nội, Sở Lao động - Thương binh và Xã hội có phối hợp với Công an Thành phố việc gì không?",
  [("N", "Công an Thành phố: chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Sở Lao động - Thương binh và Xã hội "
         "tiếp tục tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân và học "
         "viên trong các trại giam, trại tạm giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng")],
  "Có. Theo mục V.8 (Lực lượng vũ trang Thành phố), Công an Thành phố chủ trì, phối hợp với Sở Giáo dục và Đào tạo "
  "và Sở Lao động - Thương binh và Xã hội tiếp tục tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề "
  "cho trại viên, phạm nhân và học viên trong các trại giam, trại tạm giam, cơ sở giáo dục bắt buộc, trường giáo "
  "dưỡng. Sở Lao động - Thương binh và Xã hội ở vai phối hợp. " + F["N"],
  ["xóa mù chữ", "đào tạo nghề", "phạm nhân"])

Q("agency_tasks",
  "Kế hoạch huyện Mỹ Lộc: ai phối hợp với Phòng Văn hóa, và để làm việc gì?",
  [("M", "b) Hội Khuyến học huyện - Chủ trì lồng ghép các hoạt động tuyên truyền"),
   ("M", "Phối hợp với Phòng Giáo dục và Đào tạo, Phòng Văn hóa, Thể thao và Du lịch hướng dẫn đẩy mạnh hoạt động "
         "của các Trung tâm Học tập cộng đồng.")],
  "Chỉ có một dòng nêu đơn vị phối hợp với phòng văn hóa: Hội Khuyến học huyện (mục V.9.b) “Phối hợp với Phòng Giáo "
  "dục và Đào tạo, Phòng Văn hóa, Thể thao và Du lịch hướng dẫn đẩy mạnh hoạt động của các Trung tâm Học tập cộng "
  "đồng”. Lưu ý: mục V.4 của kế hoạch ghi tên “Phòng Văn hóa-Thông tin” và không nêu ai phối hợp với phòng này. "
  + F["M"],
  ["Hội Khuyến học huyện", "Trung tâm Học tập cộng đồng"])

Q("agency_tasks",
  "Ủy ban MTTQ Việt Nam thành phố Cần Thơ được đề nghị phối hợp với những cơ quan nào, để làm gì?",
  [("C", "a) Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân "
         "quận, huyện tham gia giám sát, phản biện xã hội việc triển khai thực hiện Kế hoạch.")],
  "Theo mục V.11.a, Ủy ban Mặt trận Tổ quốc Việt Nam thành phố được đề nghị phối hợp với Sở Giáo dục và Đào tạo và "
  "Ủy ban nhân dân quận, huyện để tham gia giám sát, phản biện xã hội việc triển khai thực hiện Kế hoạch. " + F["C"],
  ["Sở Giáo dục và Đào tạo", "Ủy ban nhân dân quận, huyện", "giám sát, phản biện xã hội"])

Q("agency_tasks",
  "Trước đây ở Huế Sở Lao động - Thương binh và Xã hội lo dạy nghề cho người lao động; kế hoạch năm 2026 giao việc "
  "đào tạo, bồi dưỡng kỹ năng nghề cho người lao động cho cơ quan nào?",
  [("H", "V. TỔ CHỨC THỰC HIỆN 1. Sở Giáo dục và Đào tạo"),
   ("H", "Chỉ đạo các cơ sở giáo dục nghề nghiệp trên địa bàn thành phố tăng cường hợp tác với doanh nghiệp, mở rộng "
         "các hình thức đào tạo nghề, đào tạo nghề gắn với sản xuất, nhu cầu thị trường lao động; chủ trì, phối hợp "
         "với các sở, ngành liên quan triển khai các chương trình đào tạo, bồi dưỡng kỹ năng nghề cho người lao động")],
  "Kế hoạch năm 2026 của Huế không có Sở Lao động - Thương binh và Xã hội. Việc này giao cho Sở Giáo dục và Đào tạo "
  "(mục V.1): chỉ đạo các cơ sở giáo dục nghề nghiệp trên địa bàn thành phố tăng cường hợp tác với doanh nghiệp, "
  "mở rộng các hình thức đào tạo nghề; chủ trì, phối hợp với các sở, ngành liên quan triển khai các chương trình đào "
  "tạo, bồi dưỡng kỹ năng nghề cho người lao động. " + F["H"],
  ["Sở Giáo dục và Đào tạo", "cơ sở giáo dục nghề nghiệp"])

Q("agency_tasks",
  "Sở Nội vụ Hà Nội nay đã nhận thêm mảng lao động - thương binh - xã hội. Theo kế hoạch Hà Nội, Sở Nội vụ có "
  "nhiệm vụ gì, và các việc đào tạo nghề cho người lao động đang ghi cho cơ quan nào?",
  [("N", "3. Sở Nội vụ Trên cơ sở chức năng, nhiệm vụ được giao, chủ trì, phối hợp với các Sở, ngành, đơn vị có liên "
         "quan tổ chức các lớp tập huấn, bồi dưỡng kiến thức, kỹ năng cho đội ngũ cán bộ công chức, viên chức, người "
         "lao động trên địa bàn Thành phố"),
   ("N", "2. Sở Lao động - Thương binh và Xã hội - Chủ trì, phối hợp với các Sở, ngành liên quan xây dựng các chương "
         "trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động")],
  "Kế hoạch Hà Nội (2024) vẫn dùng tên cũ. Mục V.3 giao Sở Nội vụ chủ trì, phối hợp tổ chức các lớp tập huấn, bồi "
  "dưỡng kiến thức, kỹ năng cho đội ngũ cán bộ công chức, viên chức, người lao động để hoàn thành các mục tiêu của "
  "Kế hoạch. Các việc đào tạo nghề được ghi ở mục V.2 cho Sở Lao động - Thương binh và Xã hội (chủ trì xây dựng các "
  "chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động …); việc sáp nhập năm 2025 không "
  "có trong kế hoạch, nên câu trả lời trích theo tên cơ quan kế hoạch dùng. " + F["N"],
  ["tập huấn, bồi dưỡng", "Sở Lao động - Thương binh và Xã hội"])

Q("agency_tasks",
  "Phòng Khoa học và Công nghệ của huyện An Lão có nhiệm vụ gì trong phong trào “Học tập suốt đời”?",
  [("A", "3. Phòng Văn hóa Khoa học và Thông tin - Chủ trì tham mưu các cơ chế, chính sách, biện pháp, kế hoạch thúc "
         "đẩy phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trên địa bàn huyện"),
   ("A", "Chủ trì tham mưu triển khai phong trào “Bình dân học vụ số” trong toàn dân trên địa bàn huyện.")],
  "Kế hoạch An Lão không có phòng mang tên “Phòng Khoa học và Công nghệ”; mảng khoa học, công nghệ thuộc “Phòng Văn "
  "hóa Khoa học và Thông tin” (mục III.3): chủ trì tham mưu các cơ chế, chính sách, biện pháp, kế hoạch thúc đẩy "
  "phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trên địa bàn huyện; chủ trì tham mưu triển khai "
  "phong trào “Bình dân học vụ số”; ngoài ra còn củng cố thiết chế văn hóa, thư viện số và phối hợp tổ chức chuyên "
  "đề, hội thảo, cuộc thi. " + F["A"],
  ["Phòng Văn hóa Khoa học và Thông tin", "đổi mới sáng tạo và chuyển đổi số", "Bình dân học vụ số"])

Q("agency_tasks",
  "Sở Văn hóa và Thể thao Hà Nội nhân rộng mô hình học tập suốt đời gắn với những phong trào nào?",
  [("N", "4. Sở Văn hóa và Thể thao - Chủ trì, phối hợp với các Sở, ngành liên quan, Ủy ban nhân dân quận, huyện, thị "
         "xã nhân rộng các mô hình học tập suốt đời trong các thiết chế văn hóa cơ sở (thư viện, bảo tàng, nhà văn "
         "hóa, câu lạc bộ…) gắn với phong trào xây dựng “Gia đình văn hóa”, “Làng văn hóa”, “Tổ dân phố văn hóa”, "
         "“Phường, thị trấn đạt chuẩn văn minh đô thị”.")],
  "Theo mục V.4, Sở Văn hóa và Thể thao nhân rộng mô hình học tập suốt đời trong các thiết chế văn hóa cơ sở (thư "
  "viện, bảo tàng, nhà văn hóa, câu lạc bộ…) gắn với phong trào xây dựng “Gia đình văn hóa”, “Làng văn hóa”, “Tổ dân "
  "phố văn hóa”, “Phường, thị trấn đạt chuẩn văn minh đô thị”. " + F["N"],
  ["Gia đình văn hóa", "Làng văn hóa", "Tổ dân phố văn hóa", "Phường, thị trấn đạt chuẩn văn minh đô thị"])

Q("agency_tasks",
  "Hội Liên hiệp Phụ nữ huyện Mỹ Lộc lồng ghép tuyên truyền về xã hội học tập vào phong trào nào?",
  [("M", "e) Hội Liên hiệp Phụ nữ huyện Phối hợp với Phòng Giáo dục và Đào tạo tham gia tuyên truyền Kế hoạch, lồng "
         "ghép các hoạt động tuyên truyền về xây dựng xã hội học tập trong phong trào “Phụ nữ tích cực học tập, lao "
         "động sáng tạo, xây dựng gia đình hạnh phúc”")],
  "Theo mục V.9.e, Hội Liên hiệp Phụ nữ huyện lồng ghép các hoạt động tuyên truyền về xây dựng xã hội học tập trong "
  "phong trào “Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc” (việc tuyên truyền Kế hoạch "
  "làm phối hợp với Phòng Giáo dục và Đào tạo). " + F["M"],
  ["Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc"])

Q("agency_tasks",
  "An Lão thúc đẩy học lịch sử, văn hóa cho học sinh, sinh viên bằng những hình thức nào, cơ quan nào làm?",
  [("A", "Phối hợp xây dựng các chuyên đề, hội thảo, cuộc thi thúc đẩy việc học tập lịch sử, văn hóa cho học sinh, "
         "sinh viên và nhân dân huyện."),
   ("A", "3. Phòng Văn hóa Khoa học và Thông tin")],
  "Phòng Văn hóa Khoa học và Thông tin (mục III.3) phối hợp xây dựng các chuyên đề, hội thảo, cuộc thi thúc đẩy việc "
  "học tập lịch sử, văn hóa cho học sinh, sinh viên và nhân dân huyện. " + F["A"],
  ["chuyên đề, hội thảo, cuộc thi", "Phòng Văn hóa Khoa học và Thông tin"])

Q("agency_tasks",
  "Hội Khuyến học Thành phố Hà Nội làm chung với Sở Giáo dục và Đào tạo việc gì?",
  [("N", "- Phối hợp với Sở Giáo dục và Đào tạo đẩy mạnh hoạt động của các trung tâm học tập cộng đồng."),
   ("N", "b) Hội Khuyến học Thành phố")],
  "Trong các việc của Hội Khuyến học Thành phố (mục V.15.b), việc duy nhất có tên Sở Giáo dục và Đào tạo là: “Phối "
  "hợp với Sở Giáo dục và Đào tạo đẩy mạnh hoạt động của các trung tâm học tập cộng đồng”. " + F["N"],
  ["trung tâm học tập cộng đồng"])

Q("agency_tasks",
  "Sở Dân tộc và Tôn giáo Hà Nội (thành lập năm 2025) được kế hoạch Hà Nội giao tham mưu việc gì?",
  [("N", "10. Ban Dân tộc Thành phố Tham mưu Ủy ban nhân dân Thành phố xây dựng, triển khai thực hiện Kế hoạch Chương "
         "trình mục tiêu quốc gia Phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi thành phố từ "
         "nay đến năm 2030, tầm nhìn đến năm 2045")],
  "Kế hoạch Hà Nội (2024) dùng tên cũ “Ban Dân tộc Thành phố” (mục V.10): tham mưu Ủy ban nhân dân Thành phố xây "
  "dựng, triển khai thực hiện Kế hoạch Chương trình mục tiêu quốc gia Phát triển kinh tế - xã hội vùng đồng bào dân "
  "tộc thiểu số và miền núi thành phố đến năm 2030, tầm nhìn 2045; phối hợp triển khai các chương trình, dự án hỗ trợ "
  "giáo dục đào tạo cho trẻ em, người học vùng dân tộc thiểu số và miền núi. Tên Sở Dân tộc và Tôn giáo không có "
  "trong kế hoạch; theo việc sắp xếp năm 2025 (ngoài kế hoạch), Ban Dân tộc là tiền thân của sở này. " + F["N"],
  ["Ban Dân tộc Thành phố", "Chương trình mục tiêu quốc gia"])

# ---------------------------------------------------------------- target (thresholds, values in words, counts)
Q("target",
  "Ở Cần Thơ năm 2024, những chỉ tiêu nào đặt dưới 60%?",
  [C24,
   ("C", "+ Phần đầu đạt tỷ lệ 30% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật; trong đó, 15% "
         "dân số có trình độ đại học trở lên."),
   ("C", "+ Phần đầu đạt tỷ lệ 55,55% đơn vị được đánh giá, công nhận theo mức độ “Đơn vị học tập” cấp huyện, cấp "
         "thành phố;")],
  "Hai dòng (năm 2024): 30% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó 15% có "
  "trình độ đại học trở lên; và 55,55% đơn vị được đánh giá, công nhận “Đơn vị học tập” cấp huyện, cấp thành phố. "
  "Các chỉ tiêu khác đều từ 66% trở lên (66%, 80%, 90%, 100%). Kế hoạch in “Phần đầu đạt tỷ lệ” (tức phấn đấu). "
  + F["C"],
  ["30%", "15%", "55,55%"])

Q("target",
  "Hà Nội đến năm 2030, trong nhóm xây dựng các mô hình học tập, chỉ tiêu nào từ 70% trở lên?",
  [N30,
   ("N", "- 70% công dân đạt danh hiệu công dân học tập; 70% công dân đạt kỹ năng số."),
   ("N", "- 80% gia đình, dòng họ, cộng đồng đạt danh hiệu gia đình, dòng họ, cộng đồng học tập."),
   ("N", "- 70% đơn vị được công nhận là đơn vị học tập;"),
   ("N", "- 60% quận, huyện, thị xã được công nhận danh hiệu huyện học tập")],
  "Đến năm 2030 (mục II.2.2.d): 70% công dân đạt danh hiệu công dân học tập; 70% công dân đạt kỹ năng số; 80% gia "
  "đình, dòng họ, cộng đồng đạt danh hiệu học tập; 70% đơn vị được công nhận là đơn vị học tập. Chỉ tiêu còn lại của "
  "nhóm — 60% quận, huyện, thị xã được công nhận huyện học tập — dưới 70%. " + F["N"],
  ["70%", "80%", "kỹ năng số", "đơn vị học tập", "gia đình, dòng họ, cộng đồng"])

Q("target",
  "Kế hoạch Hà Nội: năm 2025 những chỉ tiêu nào đặt mức 100%?",
  [N25,
   ("N", "- 100% quận, huyện, thị xã đảm bảo duy trì nâng cao chất lượng phổ cập giáo dục mầm non cho trẻ em 5 tuổi"),
   ("N", "- 100% quận, huyện, thị xã đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3."),
   ("N", "- 100% cán bộ chuyên trách về an toàn thông tin, công nghệ thông tin trong các cơ quan nhà nước thuộc Thành "
         "phố được đào tạo"),
   ("N", "- 100% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng, phổ cập kỹ năng số cơ bản;")],
  "Năm 2025 có bốn dòng 100%: 100% quận, huyện, thị xã duy trì, nâng cao chất lượng phổ cập giáo dục mầm non cho trẻ "
  "em 5 tuổi; 100% quận, huyện, thị xã đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3; 100% cán bộ chuyên trách "
  "về an toàn thông tin, công nghệ thông tin được đào tạo; 100% cán bộ, công chức, viên chức được tập huấn, phổ cập "
  "kỹ năng số cơ bản. " + F["N"],
  ["mầm non", "trung học cơ sở mức độ 3", "an toàn thông tin", "kỹ năng số cơ bản"])

Q("target",
  "Khoảng 3/4 lao động được qua đào tạo là chỉ tiêu của Hà Nội cho năm nào, và trong đó có bằng cấp bao nhiêu?",
  [N25,
   ("N", "- 75-80% lao động được qua đào tạo, trong đó lao động có bằng cấp, chứng chỉ đạt 55-60%.")],
  "Đó là chỉ tiêu đến năm 2025 (mục II.2.1.b): 75-80% lao động được qua đào tạo, trong đó lao động có bằng cấp, chứng "
  "chỉ đạt 55-60%. (Đến năm 2030 nâng lên 80-85%.) " + F["N"],
  ["75-80%", "2025", "55-60%"])

Q("target",
  "Tám mươi bảy phần trăm trong kế hoạch Huế năm 2026 là chỉ tiêu gì?",
  [("H", "- 87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin.")],
  "87% là chỉ tiêu “số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin” (mục II.2, năng lực "
  "cơ bản và trình độ của người dân). " + F["H"],
  ["87%", "công nghệ thông tin"])

Q("target",
  "Sáu mươi sáu phần trăm trong kế hoạch 74 của Cần Thơ ứng với chỉ tiêu nào?",
  [("C", "- 100% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 2; phần đầu có 66% quận, huyện đạt "
         "chuẩn phổ cập giáo dục trung học cơ sở mức độ 3.")],
  "66% là tỷ lệ quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3 (năm 2024; cùng dòng với 100% quận, "
  "huyện đạt mức độ 2). Kế hoạch in “phần đầu có” (tức phấn đấu có). " + F["C"],
  ["66%", "trung học cơ sở mức độ 3"])

Q("target",
  "Những chỉ tiêu năm 2024 của Cần Thơ từ 90% trở lên là những chỉ tiêu nào?",
  [C24,
   ("C", "- 100% quận, huyện đạt chuẩn phổ cập giáo dục mầm non cho trẻ mẫu giáo;"),
   ("C", "- 100% quận, huyện đạt chuẩn phổ cập giáo dục tiểu học mức độ 3;"),
   ("C", "- 100% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 2;"),
   ("C", "- 100% quận, huyện đạt chuẩn xóa mù chữ mức độ 2."),
   ("C", "+ Phần đầu đạt tỷ lệ 90% số người trong độ tuổi lao động được trang bị năng lực về sử dụng công nghệ thông "
         "tin để tra cứu thông tin, học tập trên môi trường mạng;"),
   ("C", "+ Phần đầu đạt tỷ lệ 90% số người trong độ tuổi lao động được trang bị kỹ năng sống;"),
   ("C", "+ Phần đầu đạt tỷ lệ 90% trường đại học triển khai đại học số và xây dựng học liệu số;"),
   ("C", "+ Phần đầu đạt tỷ lệ 90% cơ sở giáo dục phổ thông, cơ sở giáo dục thường xuyên, cơ sở giáo dục nghề nghiệp "
         "và các cơ sở giáo dục khác triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường số;"),
   ("C", "+ Phần đầu đạt tỷ lệ 90% trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức "
         "hoạt động giáo dục.")],
  "Mức 100% (phổ cập, xóa mù chữ): 100% quận, huyện đạt chuẩn phổ cập giáo dục mầm non cho trẻ mẫu giáo; tiểu học "
  "mức độ 3; trung học cơ sở mức độ 2; xóa mù chữ mức độ 2. Mức 90% (“Phần đầu đạt tỷ lệ”, tức phấn đấu): năng lực "
  "sử dụng công nghệ thông tin; kỹ năng sống; trường đại học triển khai đại học số; cơ sở giáo dục triển khai hoạt "
  "động trên môi trường số; trung tâm học tập cộng đồng ứng dụng công nghệ thông tin. Các chỉ tiêu 66%, 80%, 55,55% "
  "và 30% dưới ngưỡng này. " + F["C"],
  ["100%", "90%", "xóa mù chữ mức độ 2", "kỹ năng sống", "đại học số"])

Q("target",
  "Khu vực huyện Mỹ Lộc cũ (nay thuộc tỉnh Ninh Bình sau sáp nhập) — theo kế hoạch của huyện, chỉ tiêu công dân học "
  "tập đến năm 2030 là bao nhiêu?",
  [TM, M30, ("M", "+ 60% công dân đạt danh hiệu công dân học tập."),
   ("M", "Thực hiện Kế hoạch số 145/KH- UBND ngày 23/12//2021 của UBND tỉnh Nam Định")],
  "Kế hoạch đã nạp là của huyện Mỹ Lộc (ban hành năm 2022, thực hiện Kế hoạch 145 của UBND tỉnh Nam Định; tên Ninh "
  "Bình không có trong kế hoạch, câu trả lời dùng tên trong kế hoạch). Theo đó, đến năm 2030: 60% công dân đạt danh "
  "hiệu công dân học tập (năm 2025 là 40%). " + F["M"],
  ["Nam Định", "60%"])

Q("target",
  "Kế hoạch Huế năm 2026 có con số tuyệt đối nào về số “Đơn vị học tập” không, hay chỉ có tỷ lệ %?",
  [("H", "- Có ít nhất 15 đơn vị được công nhận “Đơn vị học tập” cấp tỉnh mức độ 1, trong đó có ít nhất 05 đơn vị đạt "
         "mức độ 2.")],
  "Có con số tuyệt đối: ít nhất 15 đơn vị được công nhận “Đơn vị học tập” cấp tỉnh mức độ 1, trong đó ít nhất 05 đơn "
  "vị đạt mức độ 2 (mục II.4). " + F["H"],
  ["15", "05", "mức độ 2"])

Q("target",
  "Hà Nội năm 2030, trường công lập đạt chuẩn quốc gia có vượt mức bốn phần năm (80%) không?",
  [N30, ("N", "- 85-90% trường công lập đạt chuẩn quốc gia.")],
  "Có: đến năm 2030 chỉ tiêu là 85-90% trường công lập đạt chuẩn quốc gia, cao hơn 80% ở cả hai đầu của khoảng (năm "
  "2025 là 80-85%). " + F["N"],
  ["85-90%"])

Q("target",
  "Hà Nội đến năm 2030 có những chỉ tiêu nào dưới 70%?",
  [N30,
   ("N", "- 80-85% lao động được qua đào tạo, trong đó lao động có bằng cấp, chứng chỉ đạt trên 60%."),
   ("N", "- 60% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật. Trong đó, 15% dân số có trình độ "
         "đại học trở lên."),
   ("N", "- 60% quận, huyện, thị xã được công nhận danh hiệu huyện học tập")],
  "Đến năm 2030 có ba chỉ tiêu dưới 70%: lao động có bằng cấp, chứng chỉ “đạt trên 60%” (trong 80-85% lao động qua "
  "đào tạo); 60% dân số từ 15 tuổi trở lên được đào tạo chuyên môn kỹ thuật, trong đó 15% có trình độ đại học trở "
  "lên; 60% quận, huyện, thị xã được công nhận huyện học tập. Các chỉ tiêu khác của năm 2030 đều từ 70% trở lên. "
  + F["N"],
  ["trên 60%", "60%", "15%", "huyện học tập"])

# ---------------------------------------------------------------- deadline (recipients, cadence slots)
Q("deadline",
  "Ở Huế, UBND các xã, phường gửi báo cáo kết quả về đâu, trước ngày nào và để làm gì?",
  [("H", "định kỳ tổng hợp, gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026 để tổng "
         "hợp, báo cáo Ủy ban nhân dân thành phố theo quy định.")],
  "Theo mục V.9, UBND các xã, phường định kỳ tổng hợp, gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước "
  "ngày 15/12/2026, để Sở tổng hợp, báo cáo Ủy ban nhân dân thành phố theo quy định. " + F["H"],
  ["Sở Giáo dục và Đào tạo", "15/12/2026", "Ủy ban nhân dân thành phố"])

Q("deadline",
  "Kết quả thực hiện hằng năm của các sở, ngành, quận, huyện ở Hà Nội báo cáo cho ai, qua cơ quan nào, hạn khi nào?",
  [("N", "định kỳ hàng năm tổng hợp kết quả, báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12 (qua Sở Giáo "
         "dục và Đào tạo để tổng hợp).")],
  "Định kỳ hàng năm tổng hợp kết quả, báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12, qua Sở Giáo dục và "
  "Đào tạo để tổng hợp (đoạn cuối mục V). " + F["N"],
  ["Ủy ban nhân dân Thành phố", "01 tháng 12", "qua Sở Giáo dục và Đào tạo"])

Q("deadline",
  "Phòng Giáo dục và Đào tạo Mỹ Lộc báo cáo cho ai trước ngày 15 tháng 12, và còn tham mưu gì theo mốc năm?",
  [("M", "e) Tổ chức kiểm tra, giám sát và đánh giá, tổng hợp, báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm; "
         "tham mưu UBND huyện tổ chức sơ kết Đề án vào năm 2025, tổng kết vào năm 2030")],
  "Theo mục V.1.e, Phòng Giáo dục và Đào tạo báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm, và tham mưu UBND "
  "huyện tổ chức sơ kết Đề án vào năm 2025, tổng kết vào năm 2030. " + F["M"],
  ["UBND huyện", "2025", "2030"])

Q("deadline",
  "Ở Hà Nội, Sở Giáo dục và Đào tạo báo cáo bao lâu một lần và đề xuất khen thưởng lên những cấp nào?",
  [("N", "- Chủ trì tổ chức kiểm tra, giám sát, đánh giá, tổng hợp, báo cáo hằng năm; tổ chức sơ kết, tổng kết; đề "
         "xuất Ủy ban nhân dân Thành phố, Bộ Giáo dục và Đào tạo khen thưởng")],
  "Theo mục V.1, Sở Giáo dục và Đào tạo chủ trì kiểm tra, giám sát, đánh giá, tổng hợp, báo cáo hằng năm; tổ chức sơ "
  "kết, tổng kết; và đề xuất Ủy ban nhân dân Thành phố, Bộ Giáo dục và Đào tạo khen thưởng tập thể, cá nhân tiêu "
  "biểu. " + F["N"],
  ["hằng năm", "Bộ Giáo dục và Đào tạo", "Ủy ban nhân dân Thành phố"])

Q("deadline",
  "Ở Mỹ Lộc, việc xét tặng, ghi nhận các tấm gương tự học thành tài do ai làm và bao lâu một lần?",
  [("M", "đ) Tổ chức xét tặng, ghi nhận những tấm gương tiêu biểu về tự học thành tài, các tổ chức, cá nhân có nhiều "
         "đóng góp cho công tác xây dựng xã hội học tập hằng năm."),
   ("M", "1. Phòng Giáo dục và Đào tạo a) Chủ trì")],
  "Phòng Giáo dục và Đào tạo (mục V.1.đ) tổ chức xét tặng, ghi nhận những tấm gương tiêu biểu về tự học thành tài và "
  "các tổ chức, cá nhân có nhiều đóng góp cho xây dựng xã hội học tập — hằng năm. " + F["M"],
  ["Phòng Giáo dục và Đào tạo", "hằng năm"])

Q("deadline",
  "Huế: hệ thống trung tâm học tập cộng đồng phải rà soát, kiện toàn xong khi nào, và ưu tiên nâng chất lượng ở đâu?",
  [("H", "bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn thành trong Quý II năm 2026. Đồng thời, đổi mới nội "
         "dung và phương thức hoạt động theo hướng thiết thực, hiệu quả; ưu tiên nâng cao chất lượng hoạt động tại các "
         "địa bàn có điều kiện kinh tế – xã hội khó khăn, vùng đồng bào dân tộc thiểu số và miền núi.")],
  "Theo mục III.5: bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn thành trong Quý II năm 2026; ưu tiên nâng "
  "cao chất lượng hoạt động tại các địa bàn có điều kiện kinh tế – xã hội khó khăn, vùng đồng bào dân tộc thiểu số và "
  "miền núi. " + F["H"],
  ["Quý II năm 2026", "vùng đồng bào dân tộc thiểu số và miền núi"])

# ---------------------------------------------------------------- funding (sources, joint, priorities)
Q("funding",
  "Trung tâm học tập cộng đồng ở Mỹ Lộc được huy động nguồn lực từ đâu?",
  [("M", "c) Huy động có hiệu quả các nguồn lực từ cộng đồng và các tổ chức kinh tế - xã hội cho các hoạt động của "
         "Trung tâm Học tập cộng đồng phù hợp với điều kiện của địa phương và các quy định của pháp luật.")],
  "Theo mục III.5.c, huy động có hiệu quả các nguồn lực từ cộng đồng và các tổ chức kinh tế - xã hội cho các hoạt động "
  "của Trung tâm Học tập cộng đồng, phù hợp với điều kiện của địa phương và quy định của pháp luật. " + F["M"],
  ["cộng đồng", "tổ chức kinh tế - xã hội"])

Q("funding",
  "Ở Hà Nội, Sở Tài chính phối hợp với ai để huy động nguồn lực xã hội cho khuyến học?",
  [("N", "- Phối hợp với các Sở, ngành liên quan rà soát, hoàn thiện các chính sách để tăng cường huy động và đa dạng "
         "hóa các nguồn lực xã hội thúc đẩy công tác khuyến học, khuyến tài, xây dựng xã hội học tập."),
   ("N", "6. Sở Tài chính")],
  "Sở Tài chính (mục V.6) phối hợp với “các Sở, ngành liên quan” rà soát, hoàn thiện các chính sách để tăng cường huy "
  "động và đa dạng hóa các nguồn lực xã hội; kế hoạch không nêu đích danh sở nào. " + F["N"],
  ["các Sở, ngành liên quan", "đa dạng hóa các nguồn lực xã hội"])

Q("funding",
  "Khi nói về cơ chế, chính sách hỗ trợ các Trung tâm Học tập cộng đồng, kế hoạch Mỹ Lộc nhấn mạnh cơ chế nào?",
  [("M", "d) Thực hiện đầy đủ các cơ chế, chính sách hỗ trợ các Trung tâm Học tập cộng đồng, nhất là cơ chế tài "
         "chính.")],
  "Mục III.3.d: thực hiện đầy đủ các cơ chế, chính sách hỗ trợ các Trung tâm Học tập cộng đồng, “nhất là cơ chế tài "
  "chính”. " + F["M"],
  ["cơ chế tài chính"])

Q("funding",
  "Phòng Tài chính - Kế hoạch An Lão lập dự toán kinh phí cùng với ai và báo cáo ai cân đối?",
  [("A", "4. Phòng Tài chính - Kế hoạch Phối hợp với các phòng, ban, ngành, đơn vị lập dự toán kinh phí, báo cáo Ủy "
         "ban nhân dân huyện cân đối trong nguồn ngân sách")],
  "Theo mục III.4, Phòng Tài chính - Kế hoạch phối hợp với các phòng, ban, ngành, đơn vị lập dự toán kinh phí, báo cáo "
  "Ủy ban nhân dân huyện cân đối trong nguồn ngân sách để triển khai phong trào “Học tập suốt đời”. " + F["A"],
  ["các phòng, ban, ngành, đơn vị", "Ủy ban nhân dân huyện"])

Q("funding",
  "Ngoài ngân sách nhà nước, kế hoạch Huế huy động tài trợ, đóng góp từ những ai?",
  [("H", "đồng thời huy động các nguồn tài trợ, đóng góp hợp pháp của các tổ chức, doanh nghiệp và cá nhân trong và "
         "ngoài địa phương để hỗ trợ thực hiện Kế hoạch.")],
  "Mục IV: huy động các nguồn tài trợ, đóng góp hợp pháp của các tổ chức, doanh nghiệp và cá nhân trong và ngoài địa "
  "phương để hỗ trợ thực hiện Kế hoạch. " + F["H"],
  ["tổ chức, doanh nghiệp và cá nhân", "trong và ngoài địa phương"])

Q("funding",
  "Sở Tài chính Cần Thơ được kế hoạch 74 giao chủ trì việc gì, với ai?",
  [("C", "6. Sở Tài chính Chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện rà soát, hoàn "
         "thiện các chính sách để tăng cường huy động và đa dạng hóa các nguồn lực xã hội")],
  "Kế hoạch tự nêu Sở Tài chính (mục V.6): chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện "
  "rà soát, hoàn thiện các chính sách để tăng cường huy động và đa dạng hóa các nguồn lực xã hội thúc đẩy khuyến học, "
  "khuyến tài. " + F["C"],
  ["nguồn lực xã hội", "Sở Giáo dục và Đào tạo", "Ủy ban nhân dân quận, huyện"])

# ---------------------------------------------------------------- legal_basis
Q("legal_basis",
  "Kế hoạch 336/KH-UBND mà Huế căn cứ là của tỉnh Thừa Thiên Huế cũ; kế hoạch năm 2026 ghi cơ quan đó nay là gì?",
  [("H", "Kế hoạch số 336/KH-UBND ngày 27 tháng 10 năm 2021 của Ủy ban nhân dân tỉnh Thừa Thiên Huế (nay là Ủy ban "
         "nhân dân thành phố Huế)")],
  "Kế hoạch ghi: Kế hoạch số 336/KH-UBND ngày 27 tháng 10 năm 2021 của Ủy ban nhân dân tỉnh Thừa Thiên Huế “(nay là "
  "Ủy ban nhân dân thành phố Huế)”. " + F["H"],
  ["nay là Ủy ban nhân dân thành phố Huế", "27 tháng 10 năm 2021"])

Q("legal_basis",
  "Ban Chỉ đạo ban hành kế hoạch 74 của Cần Thơ tên đầy đủ là gì, và căn cứ kế hoạch nào của UBND thành phố?",
  [("C", "Kế hoạch 215/KH-UBND ngày 28 tháng 10 năm 2021 của Ủy ban nhân dân thành phố Cần Thơ"),
   ("C", "Ban Chỉ đạo Xây dựng xã hội học tập - Xóa mù chữ - Phổ cập giáo dục thành phố Cần Thơ giai đoạn 2021 - 2030 "
         "(Ban Chỉ đạo thành phố)")],
  "Ban Chỉ đạo Xây dựng xã hội học tập - Xóa mù chữ - Phổ cập giáo dục thành phố Cần Thơ giai đoạn 2021 - 2030 (gọi "
  "tắt là Ban Chỉ đạo thành phố); căn cứ Kế hoạch 215/KH-UBND ngày 28 tháng 10 năm 2021 của Ủy ban nhân dân thành phố "
  "(cùng Quyết định 1373/QĐ-TTg). " + F["C"],
  ["Xóa mù chữ - Phổ cập giáo dục", "215/KH-UBND"])

Q("legal_basis",
  "Phong trào “Bình dân học vụ số” ở An Lão gắn với việc triển khai nghị quyết đột phá nào?",
  [("A", "3. Triển khai quyết liệt, hiệu quả Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát "
         "triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia"),
   ("A", "Phát động và thực hiện phong trào “Bình dân học vụ số” trong toàn dân")],
  "Mục II.3: triển khai Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công "
  "nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia (gắn với Quyết định 06/QĐ-TTg); trong cùng mục, phát động và thực "
  "hiện phong trào “Bình dân học vụ số” trong toàn dân. " + F["A"],
  ["57-NQ/TW", "22/12/2024"])

Q("legal_basis",
  "Chỉ tiêu 100% cán bộ chuyên trách an toàn thông tin của Hà Nội được đào tạo theo quyết định nào?",
  [("N", "Quyết định số 21/QĐ-TTg ngày 06/01/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Đào tạo và phát triển "
         "nguồn nhân lực an toàn thông tin giai đoạn 2021 – 2025”")],
  "Theo Quyết định số 21/QĐ-TTg ngày 06/01/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Đào tạo và phát triển nguồn "
  "nhân lực an toàn thông tin giai đoạn 2021 – 2025” (chỉ tiêu năm 2025). " + F["N"],
  ["21/QĐ-TTg", "06/01/2021"])

Q("legal_basis",
  "Trong các văn bản Huế tuyên truyền “trọng tâm là”, những văn bản nào của Bộ Chính trị được nêu?",
  [("H", "hội học tập, trọng tâm là: + Kết luận số 49-KL/TW ngày 10 tháng 5 năm 2019 của Ban Bí thư về tiếp tục thực "
         "hiện Chỉ thị số 11-CT/TW ngày 03 tháng 4 năm 2007 của Bộ Chính trị"),
   ("H", "+ Chỉ thị số 29-CT/TW ngày 05 tháng 01 năm 2024 của Bộ Chính trị về công tác phổ cập giáo dục, giáo dục bắt "
         "buộc, xóa mù chữ cho người lớn")],
  "Danh sách “trọng tâm là” ở mục III.2 nêu Chỉ thị số 29-CT/TW ngày 05 tháng 01 năm 2024 của Bộ Chính trị (phổ cập "
  "giáo dục, xóa mù chữ cho người lớn, phân luồng); Chỉ thị số 11-CT/TW ngày 03 tháng 4 năm 2007 của Bộ Chính trị chỉ "
  "xuất hiện trong tên Kết luận số 49-KL/TW của Ban Bí thư về tiếp tục thực hiện Chỉ thị đó. " + F["H"],
  ["29-CT/TW", "11-CT/TW"])

# ---------------------------------------------------------------- purpose (priority marks)
Q("purpose",
  "Phần mục đích, yêu cầu của kế hoạch Hà Nội nói Ủy ban nhân dân Thành phố phải tập trung chỉ đạo đối với những "
  "nhiệm vụ nào?",
  [("N", "đảm bảo sự chỉ đạo, điều hành, tập trung thống nhất của Ủy ban nhân dân Thành phố đối với những nhiệm vụ "
         "trọng tâm, trọng điểm.")],
  "Mục I yêu cầu đảm bảo sự chỉ đạo, điều hành, tập trung thống nhất của Ủy ban nhân dân Thành phố đối với “những "
  "nhiệm vụ trọng tâm, trọng điểm” (các nhiệm vụ, giải pháp trọng tâm được liệt kê ở mục III). " + F["N"],
  ["trọng tâm, trọng điểm"])

Q("purpose",
  "Kế hoạch Cần Thơ yêu cầu các nhiệm vụ được xác định phải như thế nào?",
  [("C", "- Các nhiệm vụ được xác định có trọng tâm, trọng điểm, lộ trình thực hiện và bảo đảm tính khả thi;")],
  "Mục I.2 (Yêu cầu): các nhiệm vụ được xác định có trọng tâm, trọng điểm, lộ trình thực hiện và bảo đảm tính khả "
  "thi. " + F["C"],
  ["trọng tâm, trọng điểm", "lộ trình thực hiện", "tính khả thi"])

Q("purpose",
  "Theo yêu cầu của kế hoạch An Lão, phong trào “Học tập suốt đời” phải gắn nhất là với phong trào nào?",
  [("A", "- Phong trào “Học tập suốt đời” phải được triển khai sâu, rộng, thực chất, gắn với các phong trào thi đua, "
         "các cuộc vận động đang triển khai, nhất là phong trào “Bình dân học vụ số”.")],
  "Mục I.2: phong trào phải được triển khai sâu, rộng, thực chất, gắn với các phong trào thi đua, các cuộc vận động "
  "đang triển khai, nhất là phong trào “Bình dân học vụ số”. " + F["A"],
  ["Bình dân học vụ số", "thực chất"])

Q("purpose",
  "Mục tiêu tổng quát của Hà Nội phấn đấu gia nhập mạng lưới nào, trong thời gian nào?",
  [("N", "Phấn đấu Thủ đô Hà Nội gia nhập vào mạng lưới “Thành phố học tập” của UNESSCO trong thời gian sớm nhất.")],
  "Phấn đấu Thủ đô Hà Nội gia nhập mạng lưới “Thành phố học tập” của UNESCO (kế hoạch in “UNESSCO”) trong thời gian "
  "sớm nhất (mục II.1). " + F["N"],
  ["Thành phố học tập", "thời gian sớm nhất"])

Q("purpose",
  "Phần yêu cầu của kế hoạch Huế đòi các sở, ngành, cơ sở giáo dục tăng cường giáo dục những gì cho cán bộ, học "
  "sinh, người dân?",
  [("H", "tăng cường giáo dục pháp luật, kỹ năng sống, … cho cán bộ, công chức, viên chức, người lao động, học sinh, "
         "sinh viên và Nhân dân")],
  "Mục I.2 (Yêu cầu): quan tâm đào tạo, bồi dưỡng, nâng cao trình độ chuyên môn, nghiệp vụ, bản lĩnh chính trị; tăng "
  "cường giáo dục pháp luật, kỹ năng sống, … cho cán bộ, công chức, viên chức, người lao động, học sinh, sinh viên và "
  "Nhân dân. " + F["H"],
  ["giáo dục pháp luật, kỹ năng sống"])

# ---------------------------------------------------------------- task_section (slots and priorities in sections)
Q("task_section",
  "Kế hoạch Huế năm 2026 muốn đa dạng hóa hình thức tuyên truyền qua những kênh nào?",
  [("H", "đa dạng hóa hình thức tuyên truyền thông qua sinh hoạt của các tổ chức trong hệ thống chính trị, các "
         "phương tiện thông tin đại chúng, truyền thông xã hội, hệ thống thông tin cơ sở, các cơ sở giáo dục và các "
         "hình thức phù hợp khác.")],
  "Mục III.2: thông qua sinh hoạt của các tổ chức trong hệ thống chính trị, các phương tiện thông tin đại chúng, "
  "truyền thông xã hội, hệ thống thông tin cơ sở, các cơ sở giáo dục và các hình thức phù hợp khác. " + F["H"],
  ["sinh hoạt của các tổ chức trong hệ thống chính trị", "phương tiện thông tin đại chúng", "hệ thống thông tin cơ sở"])

Q("task_section",
  "Mỹ Lộc tổ chức các chương trình giáo dục phục vụ học tập suốt đời trên những kênh nào?",
  [("M", "b) Tổ chức các chương trình giáo dục trên kênh phát thanh, truyền hình, các trang mạng báo điện tử, các ứng "
         "dụng truyền hình của các đài phát thanh, truyền hình; đăng tải trên nền tảng công nghệ số của các mạng xã "
         "hội có nhiều người dùng tại Việt Nam.")],
  "Mục III.4.b: trên kênh phát thanh, truyền hình, các trang mạng báo điện tử, các ứng dụng truyền hình của các đài "
  "phát thanh, truyền hình; và đăng tải trên nền tảng công nghệ số của các mạng xã hội có nhiều người dùng tại Việt "
  "Nam. " + F["M"],
  ["phát thanh, truyền hình", "trang mạng báo điện tử", "mạng xã hội có nhiều người dùng tại Việt Nam"])

Q("task_section",
  "Cần Thơ phát các chương trình giáo dục trên những đài nào, và với điều kiện gì?",
  [("C", "b) Tổ chức các chương trình giáo dục trên kênh phát thanh, truyền hình, các trang mạng báo điện tử, các ứng "
         "dụng truyền hình của đài phát thanh, truyền hình Trung ương và địa phương; đăng tải trên nền tảng công nghệ "
         "số của các mạng xã hội, đảm bảo phù hợp, đúng quy định và được pháp luật cho phép;")],
  "Mục III.3.b: trên kênh phát thanh, truyền hình, trang mạng báo điện tử, ứng dụng truyền hình của đài phát thanh, "
  "truyền hình Trung ương và địa phương; đăng tải trên mạng xã hội — đảm bảo phù hợp, đúng quy định và được pháp "
  "luật cho phép. " + F["C"],
  ["Trung ương và địa phương", "được pháp luật cho phép"])

Q("task_section",
  "Hợp tác quốc tế trong kế hoạch Hà Nội nhấn mạnh nhất là với tổ chức nào?",
  [("N", "Đẩy mạnh các hoạt động kết nối, tăng cường hợp tác quốc tế, nhất là đối với Tổ chức Văn hóa, Khoa học, "
         "giáo dục Liên hợp quốc (UNESCO)")],
  "Mục III.7: tăng cường hợp tác quốc tế, “nhất là đối với Tổ chức Văn hóa, Khoa học, giáo dục Liên hợp quốc "
  "(UNESCO)”, và chủ động tham gia mạng lưới “Thành phố học tập” của UNESCO. " + F["N"],
  ["UNESCO"])

Q("task_section",
  "Trong nhóm nhiệm vụ tổ chức phong trào học tập suốt đời, Mỹ Lộc ưu tiên ai được học nâng cao trình độ?",
  [("M", "a) Các phòng, ban, ngành, cơ quan, đoàn thể, doanh nghiệp phối hợp tốt và hiệu quả trong việc khuyến khích "
         "người dân học tập, ưu tiên người trong độ tuổi lao động có cơ hội được học tập nâng cao trình độ, kỹ năng "
         "sống.")],
  "Mục III.6.a: ưu tiên người trong độ tuổi lao động có cơ hội được học tập nâng cao trình độ, kỹ năng sống. " + F["M"],
  ["người trong độ tuổi lao động", "kỹ năng sống"])

Q("task_section",
  "Khi tập huấn cho đội ngũ làm công tác khuyến học, khuyến tài, kế hoạch Huế chú trọng những địa bàn nào?",
  [("H", "Tăng cường công tác tập huấn, hướng dẫn, bồi dưỡng chuyên môn, nghiệp vụ cho đội ngũ làm công tác khuyến "
         "học, khuyến tài, xây dựng xã hội học tập các cấp, chú trọng các địa bàn có điều kiện kinh tế – xã hội khó "
         "khăn, vùng đồng bào dân tộc thiểu số và miền núi.")],
  "Mục III.3: chú trọng các địa bàn có điều kiện kinh tế – xã hội khó khăn, vùng đồng bào dân tộc thiểu số và miền "
  "núi. " + F["H"],
  ["khó khăn", "vùng đồng bào dân tộc thiểu số và miền núi"])

Q("task_section",
  "Bài viết về “Học tập suốt đời” của Tổng Bí thư được An Lão tuyên truyền tới ai, phát huy kênh nào?",
  [("A", "2. Tuyên truyền rộng rãi bài viết về “Học tập suốt đời” của Tổng Bí thư Tô Lâm đến cán bộ, công chức, viên "
         "chức, người lao động, học sinh, sinh viên và toàn thể Nhân dân"),
   ("A", "trong đó phát huy tối đa hiệu quả truyền thông thông qua hệ thống thông tin đại chúng.")],
  "Mục II.2: tuyên truyền rộng rãi bài viết của Tổng Bí thư Tô Lâm đến cán bộ, công chức, viên chức, người lao động, "
  "học sinh, sinh viên và toàn thể Nhân dân, bằng các hình thức phù hợp; trong đó phát huy tối đa hiệu quả truyền "
  "thông thông qua hệ thống thông tin đại chúng. " + F["A"],
  ["Tô Lâm", "hệ thống thông tin đại chúng"])

# ---------------------------------------------------------------- cross_plan
Q("cross_plan",
  "Trung tâm học tập cộng đồng huy động nguồn lực từ đâu — kế hoạch Mỹ Lộc và kế hoạch Cần Thơ ghi khác nhau thế nào?",
  [TM,
   ("M", "c) Huy động có hiệu quả các nguồn lực từ cộng đồng và các tổ chức kinh tế - xã hội cho các hoạt động của "
         "Trung tâm Học tập cộng đồng"),
   TC,
   ("C", "c) Huy động có hiệu quả các nguồn lực từ cộng đồng và các tổ chức, cá nhân cho các hoạt động của trung tâm "
         "học tập cộng đồng")],
  "Huyện Mỹ Lộc (III.5.c): nguồn lực “từ cộng đồng và các tổ chức kinh tế - xã hội”. Thành phố Cần Thơ (III.4.c): "
  "nguồn lực “từ cộng đồng và các tổ chức, cá nhân”. Hai câu gần như giống hệt, chỉ khác phần sau “cộng đồng”. "
  + F["M"] + " " + F["C"],
  ["tổ chức kinh tế - xã hội", "tổ chức, cá nhân"])

Q("cross_plan",
  "Ở những kế hoạch nào Ban Tuyên giáo cùng Sở/Phòng Giáo dục và Đào tạo kiểm tra việc thực hiện?",
  [TM,
   ("M", "8. Đề nghị Ban Tuyên giáo Huyện ủy Phối hợp với Phòng Giáo dục và Đào tạo"),
   ("M", "phối hợp kiểm tra, giám sát việc thực hiện Kế hoạch."),
   TN,
   ("N", "- Phối hợp với Sở Giáo dục và Đào tạo kiểm tra, giám sát thực hiện Kế hoạch."),
   TC,
   ("C", "Đề nghị Ban Tuyên giáo Thành ủy chủ trì, phối hợp với Sở Giáo dục và Đào tạo và các cơ quan liên quan thường "
         "xuyên hướng dẫn, kiểm tra, đôn đốc và tổ chức triển khai thực hiện Kế hoạch.")],
  "Ba kế hoạch: huyện Mỹ Lộc (V.8: Ban Tuyên giáo Huyện ủy phối hợp với Phòng Giáo dục và Đào tạo …; phối hợp kiểm "
  "tra, giám sát việc thực hiện Kế hoạch), thành phố Hà Nội (V.14: Ban Tuyên giáo Thành ủy phối hợp với Sở Giáo dục "
  "và Đào tạo kiểm tra, giám sát thực hiện Kế hoạch) và thành phố Cần Thơ (V.10: Ban Tuyên giáo Thành ủy chủ trì, phối "
  "hợp với Sở Giáo dục và Đào tạo thường xuyên hướng dẫn, kiểm tra, đôn đốc). Huế và An Lão không giao việc cho Ban "
  "Tuyên giáo. " + F["M"] + " " + F["N"] + " " + F["C"],
  ["huyện Mỹ Lộc", "thành phố Hà Nội", "thành phố Cần Thơ", "kiểm tra"])

Q("cross_plan",
  "Vận động phụ nữ và trẻ em gái chưa biết chữ đi học xóa mù chữ: kế hoạch Mỹ Lộc và Hà Nội nhắm vào ai, có gì khác?",
  [("M", "vận động, tuyên truyền phụ nữ và trẻ em gái chưa biết chữ ra học các lớp xóa mù chữ, đẩy mạnh hoạt động có "
         "hiệu quả đối với “Quỹ học bổng Hoàng Ngân”."),
   ("M", "e) Hội Liên hiệp Phụ nữ huyện"),
   TM,
   ("N", "vận động, tuyên truyền phụ nữ và trẻ em gái ở vùng đồng bào dân tộc thiểu số chưa biết chữ ra học các lớp "
         "xóa mù chữ."),
   TN],
  "Cả hai đều giao Hội Liên hiệp Phụ nữ. Huyện Mỹ Lộc (V.9.e): vận động phụ nữ và trẻ em gái chưa biết chữ ra học "
  "các lớp xóa mù chữ, kèm đẩy mạnh “Quỹ học bổng Hoàng Ngân”. Thành phố Hà Nội (V.15.d): nhắm phụ nữ và trẻ em gái ở "
  "vùng đồng bào dân tộc thiểu số chưa biết chữ. " + F["M"] + " " + F["N"],
  ["Hội Liên hiệp Phụ nữ", "Quỹ học bổng Hoàng Ngân", "vùng đồng bào dân tộc thiểu số"])

Q("cross_plan",
  "Chỉ tiêu kỹ năng sống từ 80% trở lên có ở kế hoạch nào, cho năm nào?",
  [TH, ("H", "- 80% số người trong độ tuổi lao động được trang bị kỹ năng sống."),
   TC, ("C", "+ Phần đầu đạt tỷ lệ 90% số người trong độ tuổi lao động được trang bị kỹ năng sống;"),
   TM, M30, ("M", "+ 80% người trong độ tuổi lao động được trang bị kỹ năng sống."),
   ("N", "- 70% người trong độ tuổi lao động được trang bị kỹ năng sống.")],
  "Ba kế hoạch: thành phố Huế 80% (năm 2026), thành phố Cần Thơ 90% (năm 2024, “Phần đầu đạt tỷ lệ”), huyện Mỹ Lộc "
  "80% (đến năm 2030; năm 2025 là 60%). Hà Nội cao nhất 70% (năm 2030); An Lão không đặt chỉ tiêu % nào. "
  + F["H"] + " " + F["C"] + " " + F["M"] + " " + F["N"],
  ["thành phố Huế", "80%", "thành phố Cần Thơ", "90%", "huyện Mỹ Lộc"])

Q("cross_plan",
  "Chỉ đạo báo chí tuyên truyền về xã hội học tập: Cần Thơ (năm 2024) giao cơ quan nào, còn Huế (năm 2026) giao cơ "
  "quan nào?",
  [TC,
   ("C", "4. Sở Thông tin và Truyền thông Chỉ đạo, cung cấp thông tin cho báo, đài Trung ương, địa phương đóng trên địa "
         "bàn thành phố"),
   TH,
   ("H", "2. Sở Văn hóa và Thể thao"),
   ("H", "- Chỉ đạo, hướng dẫn các cơ quan báo chí, truyền thông và hệ thống thông tin cơ sở trên địa bàn thành phố")],
  "Thành phố Cần Thơ (KH 74, 2024): Sở Thông tin và Truyền thông chỉ đạo, cung cấp thông tin cho báo, đài (V.4). "
  "Thành phố Huế (2026): Sở Văn hóa và Thể thao chỉ đạo, hướng dẫn các cơ quan báo chí, truyền thông và hệ thống thông "
  "tin cơ sở (V.2). Mỗi kế hoạch tự nêu tên cơ quan của nó. " + F["C"] + " " + F["H"],
  ["Sở Thông tin và Truyền thông", "Sở Văn hóa và Thể thao"])

Q("cross_plan",
  "Kế hoạch nào chú trọng công tác kiểm định chương trình đào tạo từ xa cấp văn bằng?",
  [TN,
   ("N", "đẩy mạnh và nâng cao phát triển đào tạo từ xa, đào tạo trực tuyến, nâng cao chất lượng đào tạo; chú trọng "
         "công tác kiểm định chương trình đào tạo từ xa cấp văn bằng."),
   TC,
   ("C", "nâng cao chất lượng đào tạo từ xa, chú trọng công tác kiểm định chương trình đào tạo từ xa cấp văn bằng.")],
  "Hai kế hoạch: thành phố Hà Nội (III.3, chuyển đổi số) và thành phố Cần Thơ (III.3.a, cơ sở giáo dục đại học) đều "
  "ghi “chú trọng công tác kiểm định chương trình đào tạo từ xa cấp văn bằng”. " + F["N"] + " " + F["C"],
  ["thành phố Hà Nội", "thành phố Cần Thơ"])

Q("cross_plan",
  "Kế hoạch nào đặt chỉ tiêu trung tâm học tập cộng đồng ứng dụng CNTT từ 90% trở lên, cho năm nào?",
  [TH, ("H", "- 100% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động "
              "giáo dục."),
   TC, ("C", "+ Phần đầu đạt tỷ lệ 90% trung tâm học tập cộng đồng ứng dụng công nghệ thông tin"),
   TM, M30, ("M", "+ 90% các Trung tâm Học tập cộng đồng ứng dụng công nghệ thông tin"),
   TN, N30, ("N", "- 90% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin")],
  "Bốn kế hoạch: thành phố Huế 100% (năm 2026); thành phố Cần Thơ 90% (năm 2024); huyện Mỹ Lộc 90% (đến năm 2030; "
  "năm 2025 là 70%); thành phố Hà Nội 90% (đến năm 2030; năm 2025 là 70%). An Lão không đặt chỉ tiêu này. "
  + F["H"] + " " + F["C"] + " " + F["M"] + " " + F["N"],
  ["thành phố Huế", "100%", "thành phố Cần Thơ", "huyện Mỹ Lộc", "thành phố Hà Nội", "90%"])

Q("cross_plan",
  "UBND xã ở An Lão và ở Mỹ Lộc gửi báo cáo về cơ quan nào, có hạn ngày không?",
  [TA,
   ("A", "định kỳ báo cáo tình hình thực hiện kế hoạch gửi Phòng Giáo dục và Đào tạo tổng hợp báo cáo Ủy ban nhân dân "
         "huyện."),
   TM,
   ("M", "d) Kiểm tra, giám sát và định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế "
         "hoạch về Phòng Giáo dục và Đào tạo")],
  "Cả hai gửi về Phòng Giáo dục và Đào tạo. Huyện An Lão (III.9): “định kỳ” báo cáo, không ghi ngày; Phòng tổng hợp "
  "báo cáo Ủy ban nhân dân huyện. Huyện Mỹ Lộc (V.11.d): định kỳ trước ngày 10 tháng 12 hằng năm. "
  + F["A"] + " " + F["M"],
  ["Phòng Giáo dục và Đào tạo", "định kỳ", "10 tháng 12"])

# ---------------------------------------------------------------- no_diacritics
Q("no_diacritics",
  "ha noi ho tro trung tam hoc tap cong dong nhat la o khu vuc nao",
  [("N", "- Rà soát, xây dựng cơ chế, chính sách hỗ trợ các trung tâm học tập cộng đồng để tăng hiệu quả hoạt động, "
         "nhất là các trung tâm học tập cộng đồng ở khu vực ngoại thành, khu vực có đồng bào dân tộc thiểu số.")],
  "Mục III.6: rà soát, xây dựng cơ chế, chính sách hỗ trợ các trung tâm học tập cộng đồng, nhất là các trung tâm ở "
  "khu vực ngoại thành, khu vực có đồng bào dân tộc thiểu số. " + F["N"],
  ["khu vực ngoại thành", "đồng bào dân tộc thiểu số"])

Q("no_diacritics",
  "my loc phong gd&dt phoi hop voi hoi khuyen hoc huyen tham muu ubnd huyen viec gi",
  [("M", "b) Phối hợp với Hội Khuyến học huyện tham mưu với UBND huyện tổ chức triển khai thực hiện tiêu chí đánh giá "
         "việc thực hiện xây dựng xã hội học tập của địa phương; khung năng lực thông tin phục vụ học tập suốt đời cho "
         "công dân; tiêu chí công nhận huyện học tập, tỉnh học tập.")],
  "Mục V.1.b: Phòng Giáo dục và Đào tạo phối hợp với Hội Khuyến học huyện tham mưu UBND huyện triển khai tiêu chí "
  "đánh giá việc thực hiện xây dựng xã hội học tập của địa phương; khung năng lực thông tin phục vụ học tập suốt đời "
  "cho công dân; tiêu chí công nhận huyện học tập, tỉnh học tập. " + F["M"],
  ["tiêu chí đánh giá", "khung năng lực thông tin", "huyện học tập"])

Q("no_diacritics",
  "my loc nam 2030 nhung chi tieu nao tu 80% tro len",
  [M30,
   ("M", "+ Duy trì 100% các xã, thị trấn đạt chuẩn xóa mù chữ mức độ 2."),
   ("M", "+ Duy trì 100% các xã, thị trấn đạt chuẩn phổ cập giáo dục tiểu học mức độ 3."),
   ("M", "+ Duy trì 100% các xã, thị trấn đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3."),
   ("M", "+ 80% người trong độ tuổi lao động được trang bị kỹ năng sống."),
   ("M", "+ 80% các cơ sở giáo dục phổ thông, cơ sở giáo dục thường xuyên, cơ sở giáo dục nghề nghiệp và các cơ sở giáo "
         "dục khác triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường số."),
   ("M", "+ 90% các Trung tâm Học tập cộng đồng ứng dụng công nghệ thông tin")],
  "Đến năm 2030: duy trì 100% xã, thị trấn đạt chuẩn xóa mù chữ mức độ 2, phổ cập tiểu học mức độ 3 và trung học cơ "
  "sở mức độ 3; 80% người trong độ tuổi lao động được trang bị kỹ năng sống; 80% cơ sở giáo dục triển khai hoạt động "
  "trên môi trường số; 90% Trung tâm Học tập cộng đồng ứng dụng công nghệ thông tin. (Năng lực thông tin 70%, chuyên "
  "môn kỹ thuật 70%/15%, công dân học tập 60% dưới ngưỡng.) " + F["M"],
  ["100%", "80%", "kỹ năng sống", "môi trường số", "90%"])

Q("no_diacritics",
  "an lao trung tam van hoa thong tin va the thao tuyen truyen bang nhung hinh thuc gi",
  [("A", "7. Trung tâm Văn hóa - Thông tin và Thể thao huyện - Thiết lập các trang thông tin, các chuyên mục, chuyên "
         "trang, tăng thời lượng phổ biến, tuyên truyền về nội dung bài viết của Tổng Bí thư")],
  "Mục III.7: thiết lập các trang thông tin, các chuyên mục, chuyên trang, tăng thời lượng phổ biến, tuyên truyền về "
  "bài viết của Tổng Bí thư, mô hình mới và tấm gương tự học; đồng thời tuyên truyền kết quả phong trào “Học tập suốt "
  "đời”. " + F["A"],
  ["trang thông tin", "chuyên mục, chuyên trang", "tăng thời lượng"])

Q("no_diacritics",
  "hue cac so ban nganh truc thuoc thanh pho phai to chuc danh gia cong nhan gi",
  [("H", "5. Các sở, ban, ngành trực thuộc thành phố - Tạo điều kiện thuận lợi để cán bộ, công chức, viên chức và người "
         "lao động thuộc phạm vi quản lý được tham gia học tập suốt đời; tổ chức đánh giá, công nhận “Đơn vị học tập” "
         "đúng quy định.")],
  "Mục V.5: các sở, ban, ngành trực thuộc thành phố tổ chức đánh giá, công nhận “Đơn vị học tập” đúng quy định (và "
  "tạo điều kiện cho cán bộ, người lao động thuộc phạm vi quản lý học tập suốt đời). " + F["H"],
  ["Đơn vị học tập"])

Q("no_diacritics",
  "so tt&tt can tho phoi hop voi so gddt lam viec gi",
  [("C", "phối hợp với Sở Giáo dục và Đào tạo triển khai thực hiện hiệu quả chuyển đổi số, đảm bảo hạ tầng kỹ thuật và "
         "ứng dụng công nghệ thông tin trong tổ chức các hoạt động học tập suốt đời.")],
  "Mục V.4: Sở Thông tin và Truyền thông phối hợp với Sở Giáo dục và Đào tạo triển khai thực hiện hiệu quả chuyển đổi "
  "số, đảm bảo hạ tầng kỹ thuật và ứng dụng công nghệ thông tin trong tổ chức các hoạt động học tập suốt đời. "
  + F["C"],
  ["chuyển đổi số", "hạ tầng kỹ thuật"])

Q("no_diacritics",
  "muoi hai phan tram dan so co trinh do dai hoc tro len la chi tieu nam nao cua ha noi",
  [N25,
   ("N", "- 50% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật. Trong đó, 12% dân số có trình độ "
         "đại học trở lên.")],
  "12% là chỉ tiêu đến năm 2025 (trong 50% dân số từ 15 tuổi trở lên được đào tạo chuyên môn kỹ thuật); năm 2030 là "
  "15% trong 60%. " + F["N"],
  ["12%", "2025", "50%"])

# ---------------------------------------------------------------- abbreviation
Q("abbreviation",
  "Sở KH&CN TP CT (đã nhận mảng TT&TT từ 2025) được KH 74 giao nv gì về tuyên truyền?",
  [("C", "4. Sở Thông tin và Truyền thông Chỉ đạo, cung cấp thông tin cho báo, đài Trung ương, địa phương đóng trên địa "
         "bàn thành phố, Phòng Văn hóa và Thông tin, Trung tâm Văn hóa - Thể thao và Truyền thanh quận, huyện thực hiện "
         "tuyên truyền về hoạt động xây dựng xã hội học tập")],
  "Kế hoạch 74 (năm 2024) không nêu Sở Khoa học và Công nghệ; việc tuyên truyền được giao cho Sở Thông tin và Truyền "
  "thông (tên cũ, mục V.4): chỉ đạo, cung cấp thông tin cho báo, đài Trung ương, địa phương đóng trên địa bàn, Phòng "
  "Văn hóa và Thông tin, Trung tâm Văn hóa - Thể thao và Truyền thanh quận, huyện thực hiện tuyên truyền về xây dựng "
  "xã hội học tập. " + F["C"],
  ["Sở Thông tin và Truyền thông", "báo, đài", "Trung tâm Văn hóa - Thể thao và Truyền thanh"])

Q("abbreviation",
  "BTG HU ML phối hợp vs P.GD&ĐT những việc gì?",
  [("M", "8. Đề nghị Ban Tuyên giáo Huyện ủy Phối hợp với Phòng Giáo dục và Đào tạo và các phòng, ban, ngành liên quan "
         "trong việc triển khai thực hiện các mục tiêu, nhiệm vụ của Kế hoạch, nhất là trong việc tuyên truyền, định "
         "hướng phát triển, gắn với các chương trình, đề án khác liên quan; phối hợp kiểm tra, giám sát việc thực hiện "
         "Kế hoạch.")],
  "Ban Tuyên giáo Huyện ủy Mỹ Lộc (mục V.8) phối hợp với Phòng Giáo dục và Đào tạo triển khai các mục tiêu, nhiệm vụ "
  "của Kế hoạch, nhất là trong việc tuyên truyền, định hướng phát triển; và phối hợp kiểm tra, giám sát việc thực "
  "hiện Kế hoạch. " + F["M"],
  ["tuyên truyền, định hướng phát triển", "kiểm tra, giám sát"])

Q("abbreviation",
  "P.LĐTB&XH h. ML chủ trì PH vs P.GD&ĐT làm gì?",
  [("M", "2. Phòng Lao động - Thương binh và Xã hội a) Chủ trì phối hợp với Phòng Giáo dục và Đào tạo và các phòng, ban, "
         "ngành liên quan triển khai thực hiện các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho "
         "người lao động; hỗ trợ học tập cho người bị thiệt thòi, yếu thế trong xã hội.")],
  "Phòng Lao động - Thương binh và Xã hội huyện Mỹ Lộc (mục V.2.a) chủ trì, phối hợp với Phòng Giáo dục và Đào tạo "
  "triển khai các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động; hỗ trợ học tập "
  "cho người bị thiệt thòi, yếu thế trong xã hội. " + F["M"],
  ["đào tạo bổ sung", "thiệt thòi, yếu thế"])

Q("abbreviation",
  "Ban TĐ-KT (SNV) HN PH vs SGDĐT làm gì, vào dịp nào?",
  [("N", "7. Ban Thi đua - Khen thưởng (Sở Nội vụ) Phối hợp với Sở Giáo dục và Đào tạo, tham mưu trình Ủy ban nhân dân "
         "Thành phố khen thưởng cho các tập thể, cá nhân có thành tích trong công tác xây dựng xã hội học tập nhân dịp "
         "sơ kết, tổng kết các giai đoạn của Đề án.")],
  "Ban Thi đua - Khen thưởng (Sở Nội vụ) (mục V.7) phối hợp với Sở Giáo dục và Đào tạo tham mưu trình Ủy ban nhân dân "
  "Thành phố khen thưởng tập thể, cá nhân có thành tích, nhân dịp sơ kết, tổng kết các giai đoạn của Đề án. "
  + F["N"],
  ["khen thưởng", "sơ kết, tổng kết"])

Q("abbreviation",
  "BCHQS TP CT PH vs SGDĐT & UBND Q/H làm gì?",
  [("C", "a) Chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện đẩy mạnh tuyên truyền về học "
         "tập suốt đời, xây dựng xã hội học tập trong lực lượng vũ trang, cán bộ, chiến sĩ quân đội;"),
   ("C", "7. Bộ Chỉ huy Quân sự thành phố")],
  "Bộ Chỉ huy Quân sự thành phố Cần Thơ (mục V.7.a) chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, "
  "huyện đẩy mạnh tuyên truyền về học tập suốt đời, xây dựng xã hội học tập trong lực lượng vũ trang, cán bộ, chiến "
  "sĩ quân đội. (Việc thứ hai, ngoại ngữ và tiếng dân tộc thiểu số, không nêu đơn vị phối hợp.) " + F["C"],
  ["tuyên truyền", "lực lượng vũ trang"])

Q("abbreviation",
  "HN 2030, nhóm hiệu quả hđ của CSGD: CT nào từ 90% trở lên?",
  [N30,
   ("N", "- Phấn đấu 90% các cơ sở giáo dục phổ thông, cơ sở giáo dục nghề nghiệp - giáo dục thường xuyên và các cơ sở "
         "giáo dục khác triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường số."),
   ("N", "- 90% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo "
         "dục.")],
  "Đến năm 2030 (mục II.2.2.c), hai chỉ tiêu: phấn đấu 90% cơ sở giáo dục phổ thông, nghề nghiệp - thường xuyên và "
  "các cơ sở khác triển khai hoạt động trên môi trường số; 90% trung tâm học tập cộng đồng ứng dụng công nghệ thông "
  "tin. (Dòng đại học số không có %.) " + F["N"],
  ["90%", "môi trường số", "trung tâm học tập cộng đồng"])

# ---------------------------------------------------------------- paraphrase
Q("paraphrase",
  "Ở Cần Thơ, mấy bài giảng, tài liệu cho người tự học sẽ được đăng ở những chỗ nào?",
  [("C", "c) Xây dựng kho học liệu mở phục vụ việc tự học và học tập suốt đời trên các kênh truyền hình giáo dục, trên "
         "Cổng Thông tin điện tử của Sở Giáo dục và Đào tạo, Phòng Giáo dục và Đào tạo, trên trang mạng “Trường học kết "
         "nối”;")],
  "Kế hoạch gọi là “kho học liệu mở” (mục III.3.c), xây dựng trên các kênh truyền hình giáo dục, trên Cổng Thông tin "
  "điện tử của Sở Giáo dục và Đào tạo, Phòng Giáo dục và Đào tạo, và trên trang mạng “Trường học kết nối”. " + F["C"],
  ["kho học liệu mở", "kênh truyền hình giáo dục", "Cổng Thông tin điện tử", "Trường học kết nối"])

Q("paraphrase",
  "Ở Mỹ Lộc, trường nghề dạy kiểu vừa làm vừa học, học từ xa là để giúp những ai trước hết?",
  [("M", "Đẩy mạnh các hình thức đào tạo vừa làm vừa học, đào tạo từ xa, tự học có hướng dẫn để giúp người lao động, "
         "đặc biệt là lao động nông thôn, người khuyết tật, người nội trợ, người cao tuổi dễ dàng tiếp cận với giáo dục "
         "nghề nghiệp")],
  "Mục III.4.a (cơ sở giáo dục nghề nghiệp): để giúp người lao động, “đặc biệt là lao động nông thôn, người khuyết "
  "tật, người nội trợ, người cao tuổi” dễ dàng tiếp cận giáo dục nghề nghiệp. " + F["M"],
  ["lao động nông thôn", "người khuyết tật", "người nội trợ", "người cao tuổi"])

Q("paraphrase",
  "Huyện Mỹ Lộc muốn đài, cổng tin của huyện làm mục riêng nêu gương người học giỏi, khuyến học — đơn vị nào làm?",
  [("M", "10. Trung tâmVăn hóa- Thể thao và truyền thông huyện Tăng cường, đẩy mạnh công tác tuyên truyền, xây dựng "
         "chuyên trang, chuyên mục, giới thiệu gương điển hình về công tác khuyến học, khuyến tài")],
  "Trung tâm Văn hóa - Thể thao và Truyền thông huyện (mục V.10; kế hoạch in “Trung tâmVăn hóa- Thể thao”): tăng cường "
  "tuyên truyền, xây dựng chuyên trang, chuyên mục, giới thiệu gương điển hình về công tác khuyến học, khuyến tài và "
  "xây dựng xã hội học tập. " + F["M"],
  ["chuyên trang, chuyên mục", "gương điển hình"])

Q("paraphrase",
  "Huế định mở mấy lớp ngắn ngày kiểu gì cho cán bộ, học sinh, người đi làm?",
  [("H", "- Tổ chức các lớp bồi dưỡng, đào tạo ngắn hạn phù hợp với từng nhóm đối tượng như: giáo dục kỹ năng sống; "
         "bồi dưỡng, nâng cao trình độ chuyên môn, nghiệp vụ; bồi dưỡng ngoại ngữ, tin học; phổ biến kiến thức khoa "
         "học, kiến thức pháp luật cho cán bộ, công chức, viên chức, học sinh, sinh viên và người lao động.")],
  "Mục III.5: các lớp bồi dưỡng, đào tạo ngắn hạn theo từng nhóm đối tượng — giáo dục kỹ năng sống; bồi dưỡng, nâng "
  "cao trình độ chuyên môn, nghiệp vụ; bồi dưỡng ngoại ngữ, tin học; phổ biến kiến thức khoa học, kiến thức pháp luật "
  "— cho cán bộ, công chức, viên chức, học sinh, sinh viên và người lao động. " + F["H"],
  ["giáo dục kỹ năng sống", "ngoại ngữ, tin học", "kiến thức pháp luật"])

Q("paraphrase",
  "Hà Nội: ông trường đại học của thành phố với mấy trường cao đẳng phải làm cùng Sở Giáo dục việc gì?",
  [("N", "13. Trường Đại học Thủ đô Hà Nội, các trường Cao đẳng trực thuộc Ủy ban nhân dân Thành phố"),
   ("N", "- Phối hợp với Sở Giáo dục và Đào tạo tổ chức biên soạn, số hóa tài liệu phục vụ hoạt động tuyên truyền, giáo "
         "dục kiến thức cho mọi tầng lớp nhân dân.")],
  "Trường Đại học Thủ đô Hà Nội và các trường Cao đẳng trực thuộc UBND Thành phố (mục V.13) phối hợp với Sở Giáo dục và "
  "Đào tạo tổ chức biên soạn, số hóa tài liệu phục vụ tuyên truyền, giáo dục kiến thức cho mọi tầng lớp nhân dân. "
  + F["N"],
  ["Trường Đại học Thủ đô Hà Nội", "biên soạn, số hóa tài liệu"])

Q("paraphrase",
  "Ở Cần Thơ, hội phụ nữ lo cho con em các gia đình khó khăn đi học ít nhất tới đâu?",
  [("C", "phấn đấu học tập ít nhất đến hết bậc trung học cơ sở, trung học phổ thông và giáo dục nghề nghiệp.")],
  "Mục V.11.d (Hội Liên hiệp Phụ nữ thành phố): hỗ trợ tinh thần, vật chất cho gia đình phụ nữ và trẻ em có hoàn cảnh "
  "khó khăn được đến trường; phấn đấu học tập ít nhất đến hết bậc trung học cơ sở, trung học phổ thông và giáo dục "
  "nghề nghiệp. " + F["C"],
  ["ít nhất đến hết bậc trung học cơ sở"])

# ---------------------------------------------------------------- english
Q("english",
  "Through which channels does Hue's 2026 plan want awareness-raising on lifelong learning to run?",
  [("H", "thông qua sinh hoạt của các tổ chức trong hệ thống chính trị, các phương tiện thông tin đại chúng, truyền "
         "thông xã hội, hệ thống thông tin cơ sở, các cơ sở giáo dục")],
  "Section III.2: through the meetings of organisations in the political system (sinh hoạt của các tổ chức trong hệ "
  "thống chính trị), the mass media (phương tiện thông tin đại chúng), social media (truyền thông xã hội), the "
  "grassroots information system (hệ thống thông tin cơ sở), educational institutions and other suitable forms. "
  + F["H"],
  ["phương tiện thông tin đại chúng", "hệ thống thông tin cơ sở"])

Q("english",
  "In Hanoi's plan, what does the city Women's Union do together with the Department of Education and Training?",
  [("N", "d) Hội Liên hiệp phụ nữ Thành phố - Phối hợp với Sở Giáo dục và Đào tạo tham gia tuyên truyền Kế hoạch")],
  "Item V.15.d: the Hội Liên hiệp phụ nữ Thành phố works with the Department of Education and Training to publicise "
  "the plan (tham gia tuyên truyền Kế hoạch), weaving it into the movement “Phụ nữ tích cực học tập, lao động sáng "
  "tạo, xây dựng gia đình hạnh phúc”, and mobilises illiterate women and girls in ethnic-minority areas to attend "
  "literacy classes. " + F["N"],
  ["Hội Liên hiệp phụ nữ Thành phố", "tuyên truyền Kế hoạch"])

Q("english",
  "Which of Hue's 2026 targets are set at ninety percent or more?",
  [("H", "- 100% các trường đại học, cao đẳng có triển khai đại học số và xây dựng học liệu số."),
   ("H", "- 100% các cơ sở giáo dục phổ thông, cơ sở giáo dục thường xuyên, cơ sở giáo dục nghề nghiệp và các cơ sở "
         "giáo dục khác triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường số."),
   ("H", "- 100% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo "
         "dục."),
   ("H", "- 100% xã, phường đạt “Cộng đồng học tập” cấp xã mức độ 1.")],
  "Four targets, all at 100%: universities and colleges running digital universities (đại học số); schools and other "
  "institutions teaching in a digital environment (môi trường số); community learning centres using IT; and all "
  "communes and wards reaching “Cộng đồng học tập” level 1 (mức độ 1). The next highest is 87% (IT skills). " + F["H"],
  ["100%", "đại học số", "môi trường số", "mức độ 1"])

Q("english",
  "Which Hue 2026 target is set at eighty percent?",
  [("H", "- 80% số người trong độ tuổi lao động được trang bị kỹ năng sống.")],
  "80% of people of working age equipped with life skills (kỹ năng sống), section II.2. " + F["H"],
  ["80%", "kỹ năng sống"])

Q("english",
  "Hanoi's Department of Science and Technology absorbed information and communications in 2025. What does Hanoi's "
  "plan ask of the information and communications department?",
  [("N", "5. Sở Thông tin và Truyền thông - Phối hợp với Sở Giáo dục và Đào tạo cung cấp thông tin"),
   ("N", "- Chủ trì, phối hợp với các Sở, ngành, đơn vị có liên quan tổ chức các lớp tập huấn, bồi dưỡng kiến thức, kỹ "
         "năng, trang bị năng lực thông tin cho đội ngũ cán bộ công chức, viên chức, người lao động")],
  "The plan (2024) still names the Sở Thông tin và Truyền thông (item V.5): with the Department of Education it "
  "provides information and guides the press and the grassroots information system to publicise the plan; it guides "
  "the city's press and Hanoi Radio and Television to run columns; it works with the Culture and Sports and Education "
  "departments on reading culture; and it leads training courses that equip officials and workers with information "
  "competence (năng lực thông tin). The 2025 merger is not in the plan. " + F["N"],
  ["Sở Thông tin và Truyền thông", "năng lực thông tin"])

Q("english",
  "Does An Lao's plan send a copy to the city's Department of Education and Training, and for what purpose?",
  [("A", "- Sở GD&ĐT (để Báo cáo);")],
  "Yes. The Nơi nhận list opens with “Sở GD&ĐT (để Báo cáo)” — sent to the city's Department of Education and "
  "Training for reporting (để Báo cáo). " + F["A"],
  ["Sở GD&ĐT", "để Báo cáo"])

Q("english",
  "In My Loc, which body leads awareness-raising through the learning-promotion association network, and how?",
  [("M", "b) Hội Khuyến học huyện - Chủ trì lồng ghép các hoạt động tuyên truyền về xây dựng xã hội học tập thông qua "
         "hệ thống hội khuyến học các cấp.")],
  "The Hội Khuyến học huyện (item V.9.b) leads the integration of awareness-raising on building a learning society "
  "through the network of learning-promotion associations at all levels (hệ thống hội khuyến học các cấp). " + F["M"],
  ["Hội Khuyến học huyện", "hệ thống hội khuyến học các cấp"])

Q("english",
  "In Hanoi, which press bodies must the information and communications department guide to run special columns?",
  [("N", "- Hướng dẫn các cơ quan thông tấn, báo chí của Thành phố; Đài Phát thanh và Truyền hình Hà Nội tổ chức chuyên "
         "mục, tuyên truyền về xây dựng xã hội học tập.")],
  "Item V.5: the city's news agencies and press (các cơ quan thông tấn, báo chí của Thành phố) and Hanoi Radio and "
  "Television (Đài Phát thanh và Truyền hình Hà Nội), which are to run columns (chuyên mục) on building a learning "
  "society. " + F["N"],
  ["Đài Phát thanh và Truyền hình Hà Nội", "chuyên mục"])

Q("english",
  "What does An Lao's plan single out for special attention when strengthening cultural institutions?",
  [("A", "- Tham mưu củng cố các thiết chế văn hóa, gồm: thư viện, bảo tàng, trung tâm văn hóa thể thao, nhà văn hóa; "
         "đặc biệt là hệ thống thư viện tại địa phương; xây dựng, nhân rộng mô hình “thư viện số”, “thư viện công cộng”")],
  "Item III.3 (Phòng Văn hóa Khoa học và Thông tin): among libraries, museums, sports-cultural centres and cultural "
  "houses, “đặc biệt là hệ thống thư viện tại địa phương” — the local library system — and it should build and "
  "replicate “thư viện số” and “thư viện công cộng” models. " + F["A"],
  ["hệ thống thư viện tại địa phương", "thư viện số"])

Q("english",
  "What should Can Tho's universities focus on in distance education?",
  [("C", "- Cơ sở giáo dục đại học: Tiếp tục đẩy mạnh phát triển đào tạo từ xa, trong đó tập trung phát triển áp dụng "
         "các công nghệ tiên tiến; nâng cao chất lượng đào tạo từ xa, chú trọng công tác kiểm định chương trình đào "
         "tạo từ xa cấp văn bằng.")],
  "Section III.3.a: keep developing distance education, focusing (tập trung) on applying advanced technologies "
  "(công nghệ tiên tiến), raising its quality, and paying attention to accreditation of degree-granting distance "
  "programmes (kiểm định chương trình đào tạo từ xa cấp văn bằng). " + F["C"],
  ["công nghệ tiên tiến", "kiểm định chương trình đào tạo từ xa"])

Q("english",
  "How many community learning centres must each commune or ward in Hue have, and by when?",
  [("H", "bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn thành trong Quý II năm 2026.")],
  "At least one per commune or ward (mỗi xã, phường có ít nhất một trung tâm), to be completed in Quý II năm 2026 "
  "(the second quarter of 2026), section III.5. " + F["H"],
  ["ít nhất một trung tâm", "Quý II năm 2026"])

Q("english",
  "In Can Tho, what must the grassroots Youth Union units do together with schools?",
  [("C", "- Chỉ đạo các tổ chức Đoàn cơ sở phối hợp tốt với các trường trung học cơ sở, trường trung học phổ thông, "
         "trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên trong việc đẩy mạnh các hoạt động của tổ chức Đoàn "
         "trong nhà trường")],
  "Item V.11.c: the city Youth Union directs grassroots Đoàn units to work with lower- and upper-secondary schools "
  "(trung học cơ sở, trung học phổ thông) and vocational-continuing education centres to step up Youth Union "
  "activities in schools (tổ chức Đoàn trong nhà trường), encouraging members to study effectively. " + F["C"],
  ["trung học cơ sở", "tổ chức Đoàn trong nhà trường"])

Q("english",
  "What must Hanoi's other departments hand over, and to whom?",
  [("N", "- Có trách nhiệm cung cấp tài liệu học tập về các lĩnh vực theo chức năng, nhiệm vụ của từng Sở, ngành cho Sở "
         "Giáo dục và Đào tạo, cơ sở đào tạo đủ điều kiện tổ chức, biên soạn, số hóa tài liệu học tập")],
  "Item V.11 (Các Sở, ngành khác): learning materials in their own fields (tài liệu học tập) to the Department of "
  "Education and Training (Sở Giáo dục và Đào tạo) and qualified training institutions, which compile and digitise "
  "them in line with copyright and intellectual-property law. " + F["N"],
  ["tài liệu học tập", "Sở Giáo dục và Đào tạo"])

Q("english",
  "Which department does Hue's 2026 plan task with training the staff of cultural and sports institutions?",
  [("H", "2. Sở Văn hóa và Thể thao"),
   ("H", "- Tổ chức đào tạo, bồi dưỡng, nâng cao chất lượng đội ngũ cán bộ, viên chức, người lao động làm việc tại các "
         "thiết chế văn hóa – thể thao")],
  "The Sở Văn hóa và Thể thao (item V.2) organises training to raise the quality of officials, public employees and "
  "workers at cultural and sports institutions (thiết chế văn hóa – thể thao) so they can serve people's lifelong "
  "learning. " + F["H"],
  ["Sở Văn hóa và Thể thao", "thiết chế văn hóa"])

Q("english",
  "In Hue, which department must the city's other departments, boards and sectors coordinate closely with?",
  [("H", "5. Các sở, ban, ngành trực thuộc thành phố"),
   ("H", "- Phối hợp chặt chẽ với Sở Giáo dục và Đào tạo và các cơ quan liên quan triển khai thực hiện hiệu quả các nhiệm "
         "vụ về khuyến học, khuyến tài, xây dựng xã hội học tập trên địa bàn thành phố.")],
  "Item V.5: the departments, boards and sectors under the city (Các sở, ban, ngành trực thuộc thành phố) coordinate "
  "closely with the Sở Giáo dục và Đào tạo and other relevant bodies on learning promotion and "
  "building a learning society. " + F["H"],
  ["Sở Giáo dục và Đào tạo"])
Q("english",
  "About half of people aged 15 and over with technical training by 2025 — which plans set that level?",
  [TM, M25,
   ("M", "+ Khoảng 50% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó 12% dân số có trình "
         "độ đại học trở lên."),
   TN, N25,
   ("N", "- 50% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật. Trong đó, 12% dân số có trình độ "
         "đại học trở lên.")],
  "Two plans, both for 2025: huyện Mỹ Lộc — “Khoảng 50%” (about 50%), of whom 12% with a university degree; thành phố "
  "Hà Nội — 50%, also with 12% university-level. (Huế sets 40% for 2026, Cần Thơ 30% for 2024.) "
  + F["M"] + " " + F["N"],
  ["huyện Mỹ Lộc", "Khoảng 50%", "thành phố Hà Nội", "12%", "2025"])

Q("english",
  "At what level is My Loc's 2025 target for community learning centres using IT, and does it reach ninety percent?",
  [M25, ("M", "+ 70% các Trung tâm Học tập cộng đồng ứng dụng công nghệ thông tin"),
   M30, ("M", "+ 90% các Trung tâm Học tập cộng đồng ứng dụng công nghệ thông tin")],
  "No: 70% for 2025; 90% is the 2030 target (sections II.2.a and II.2.b). " + F["M"],
  ["70%", "2025", "90%", "2030"])

# ---------------------------------------------------------------- follow_up
Q("follow_up", "qua những kênh nào?",
  [("M", "c) Tăng cường tuyên truyền, phổ biến để nâng cao nhận thức cho người dân và toàn xã hội về học tập suốt đời, "
         "xây dựng xã hội học tập trong nền kinh tế số, xã hội số thông qua các phương tiện thông tin đại chúng, truyền "
         "thông xã hội, hệ thống thông tin cơ sở, các cơ sở giáo dục và các phương thức khác.")],
  "Theo mục III.1.c kế hoạch Mỹ Lộc: thông qua các phương tiện thông tin đại chúng, truyền thông xã hội, hệ thống "
  "thông tin cơ sở, các cơ sở giáo dục và các phương thức khác. " + F["M"],
  ["phương tiện thông tin đại chúng", "truyền thông xã hội", "hệ thống thông tin cơ sở"],
  H("U: Kế hoạch huyện Mỹ Lộc tuyên truyền về xây dựng xã hội học tập những nội dung gì?",
    "A: Mục III.1 gồm: quán triệt Chỉ thị 11-CT/TW, Kết luận 49-KL/TW, QĐ 1373/QĐ-TTg…; quán triệt Kế hoạch đến cán "
    "bộ, công chức; tăng cường tuyên truyền nâng cao nhận thức cho người dân về học tập suốt đời; vận động toàn dân "
    "tham gia khuyến học; tổ chức Tuần lễ hưởng ứng học tập suốt đời (mục III.1) " + F["M"],
    "U: ý c nói tuyên truyền cho người dân phải không?",
    "A: Đúng, ý c) là tăng cường tuyên truyền, phổ biến để nâng cao nhận thức cho người dân và toàn xã hội về học tập "
    "suốt đời trong nền kinh tế số, xã hội số (mục III.1.c) " + F["M"]))

Q("follow_up", "còn ai phối hợp với sở đó nữa?",
  [("N", "- Chủ trì, phối hợp với các Sở, ngành liên quan, Ủy ban nhân dân quận, huyện, thị xã nhân rộng các mô hình "
         "học tập suốt đời"),
   ("N", "- Phối hợp với Sở Văn hóa và Thể thao, Sở Giáo dục và Đào tạo, các cơ quan liên quan tổ chức hiệu quả các hoạt "
         "động nhằm triển khai văn hóa đọc"),
   ("N", "5. Sở Thông tin và Truyền thông")],
  "Ngoài các Sở, ngành liên quan và Ủy ban nhân dân quận, huyện, thị xã (phối hợp khi Sở Văn hóa và Thể thao nhân rộng "
  "mô hình, mục V.4), kế hoạch còn giao Sở Thông tin và Truyền thông phối hợp với Sở Văn hóa và Thể thao, Sở Giáo dục "
  "và Đào tạo tổ chức các hoạt động triển khai văn hóa đọc trong cộng đồng (mục V.5). " + F["N"],
  ["Ủy ban nhân dân quận, huyện, thị xã", "Sở Thông tin và Truyền thông", "văn hóa đọc"],
  H(GREET,
    "U: Sở Văn hóa và Thể thao Hà Nội làm gì trong kế hoạch?",
    "A: Mục V.4: chủ trì nhân rộng các mô hình học tập suốt đời trong các thiết chế văn hóa cơ sở (thư viện, bảo tàng, "
    "nhà văn hóa, câu lạc bộ…); đào tạo, bồi dưỡng nguồn nhân lực làm việc trong các thiết chế văn hóa - thể thao "
    + F["N"]))

Q("follow_up", "sở đó nay là sở nào?",
  [("C", "4. Sở Thông tin và Truyền thông Chỉ đạo, cung cấp thông tin cho báo, đài")],
  "Kế hoạch 74 (năm 2024) chỉ ghi “Sở Thông tin và Truyền thông” (mục V.4) và không nói về sáp nhập. Theo việc sắp xếp "
  "các sở năm 2025 (không nằm trong kế hoạch), Sở Thông tin và Truyền thông được hợp nhất vào Sở Khoa học và Công "
  "nghệ; nhiệm vụ trong kế hoạch vẫn ghi dưới tên cũ. " + F["C"],
  ["Sở Thông tin và Truyền thông"],
  H("U: Theo KH 74 Cần Thơ, cơ quan nào chỉ đạo báo, đài tuyên truyền về xã hội học tập?",
    "A: Sở Thông tin và Truyền thông chỉ đạo, cung cấp thông tin cho báo, đài Trung ương, địa phương đóng trên địa bàn "
    "thành phố, Phòng Văn hóa và Thông tin, Trung tâm Văn hóa - Thể thao và Truyền thanh quận, huyện (mục V.4) "
    + F["C"],
    "U: ok"))

Q("follow_up", "cái nào trên 80%?",
  [("H", "- 87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin."),
   ("H", "- 80% số người trong độ tuổi lao động được trang bị kỹ năng sống.")],
  "Chỉ một: 87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin. Kỹ năng sống đúng bằng 80% "
  "(không trên), còn 40% (trong đó 15% đại học) thấp hơn. " + F["H"],
  ["87%", "công nghệ thông tin"],
  H("U: Huế năm 2026 đặt chỉ tiêu gì về năng lực cơ bản và trình độ của người dân?",
    "A: Mục II.2: 87% người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin; 80% được trang bị kỹ "
    "năng sống; 40% dân số từ 15 tuổi trở lên được đào tạo chuyên môn kỹ thuật, trong đó 15% có trình độ đại học trở "
    "lên " + F["H"],
    "U: cảm ơn",
    "A: Dạ, anh/chị cần hỏi thêm gì ạ?"))

Q("follow_up", "phối hợp với ai, lớp mở ở những đâu?",
  [("C", "Chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện tổ chức các lớp học xóa mù chữ, "
         "phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân và học viên trong các trại giam, trại tạm giam, cơ sở "
         "giáo dục bắt buộc, trường giáo dưỡng (nếu có).")],
  "Công an thành phố Cần Thơ phối hợp với Sở Giáo dục và Đào tạo và Ủy ban nhân dân quận, huyện; các lớp dành cho trại "
  "viên, phạm nhân và học viên trong các trại giam, trại tạm giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng (kế "
  "hoạch ghi “nếu có”). " + F["C"],
  ["Sở Giáo dục và Đào tạo", "Ủy ban nhân dân quận, huyện", "trại tạm giam", "trường giáo dưỡng"],
  H("U: KH 74 Cần Thơ giao Công an thành phố việc gì?",
    "A: Mục V.8: Công an thành phố chủ trì tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại "
    "viên, phạm nhân và học viên " + F["C"],
    "U: chủ trì thôi à?",
    "A: Công an thành phố là cơ quan chủ trì; kế hoạch có nêu cơ quan phối hợp trong cùng dòng (mục V.8) " + F["C"]))

Q("follow_up", "họ chú trọng việc gì?",
  [("A", "chú trọng biểu dương, nhân rộng những mô hình, tấm gương sáng về tinh thần “Học tập suốt đời”.")],
  "Hội Khuyến học huyện An Lão chú trọng biểu dương, nhân rộng những mô hình, tấm gương sáng về tinh thần “Học tập "
  "suốt đời” (mục III.5). " + F["A"],
  ["biểu dương, nhân rộng", "tấm gương sáng"],
  H("U: Hội Khuyến học huyện An Lão có nhiệm vụ gì?",
    "A: Mục III.5: phối hợp tuyên truyền về “Học tập suốt đời” qua các hình thức phù hợp; tích cực triển khai phong "
    "trào; phát động các phong trào khuyến học, khuyến tài gắn với quan điểm chỉ đạo của Tổng Bí thư " + F["A"],
    "U: ừ",
    "A: Anh/chị cần thêm chi tiết phần nào ạ?"))

Q("follow_up", "sở đó còn phải làm gì nữa?",
  [("H", "3. Sở Nội vụ - Tổ chức thực hiện các nhiệm vụ nhằm đạt mục tiêu đào tạo, bồi dưỡng, nâng cao trình độ chuyên "
         "môn, nghiệp vụ cho đội ngũ cán bộ, công chức các cấp.")],
  "Ngoài việc theo dõi mục tiêu về năng lực cơ bản, Sở Nội vụ Huế còn tổ chức thực hiện các nhiệm vụ nhằm đạt mục tiêu "
  "đào tạo, bồi dưỡng, nâng cao trình độ chuyên môn, nghiệp vụ cho đội ngũ cán bộ, công chức các cấp (mục V.3). "
  + F["H"],
  ["đào tạo, bồi dưỡng", "cán bộ, công chức các cấp"],
  H("U: Ở Huế ai theo dõi chỉ tiêu năng lực cơ bản và trình độ của người dân?",
    "A: Sở Nội vụ theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về năng lực cơ bản và trình độ "
    "của người dân (mục V.3) " + F["H"],
    "U: ok thanks",
    "A: Dạ, anh/chị cần hỏi thêm gì ạ?"))

Q("follow_up", "viễn thông công ích đó cung cấp cho ai, đến khi nào?",
  [("M", "b) Chủ trì, phối hợp với các sở, ngành liên quan thực hiện hỗ trợ cung cấp dịch vụ viễn thông công ích đến "
         "năm 2030 cho các đối tượng theo quy định của nhà nước.")],
  "Theo mục V.3.b: hỗ trợ cung cấp dịch vụ viễn thông công ích đến năm 2030 cho các đối tượng theo quy định của nhà "
  "nước (kế hoạch không liệt kê cụ thể đối tượng). " + F["M"],
  ["đến năm 2030", "các đối tượng theo quy định của nhà nước"],
  H("U: Trung tâm Văn hóa - Thể thao và Truyền thông huyện Mỹ Lộc có những việc gì?",
    "A: Mục V.3: a) chỉ đạo, hướng dẫn báo chí, truyền thông và hệ thống thông tin cơ sở tuyên truyền về Kế hoạch; b) "
    "chủ trì hỗ trợ cung cấp dịch vụ viễn thông công ích. Ngoài ra mục V.10 giao tuyên truyền, xây dựng chuyên trang, "
    "chuyên mục " + F["M"],
    "U: ý b là sao?",
    "A: Ý b) là chủ trì, phối hợp với các sở, ngành liên quan hỗ trợ cung cấp dịch vụ viễn thông công ích (mục V.3.b) "
    + F["M"]))

Q("follow_up", "trong tất cả chỉ tiêu năm 2030 của Mỹ Lộc, cái nào dưới 70%?",
  [M30,
   ("M", "+ 70% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó 15% dân số có trình độ đại "
         "học trở lên."),
   ("M", "+ 60% công dân đạt danh hiệu công dân học tập.")],
  "Đến năm 2030 có hai con số dưới 70%: 15% dân số có trình độ đại học trở lên (nằm trong 70% được đào tạo chuyên môn "
  "kỹ thuật) và 60% công dân đạt danh hiệu công dân học tập. Các chỉ tiêu khác từ 70% trở lên. " + F["M"],
  ["15%", "60%", "công dân học tập"],
  H("U: Mỹ Lộc đặt chỉ tiêu gì về mô hình học tập năm 2025?",
    "A: Năm 2025: 40% công dân đạt danh hiệu công dân học tập; huyện được công nhận danh hiệu huyện học tập (mục "
    "II.2.a) " + F["M"],
    "U: còn 2030?",
    "A: Năm 2030: 60% công dân đạt danh hiệu công dân học tập; huyện được công nhận danh hiệu huyện học tập (mục "
    "II.2.b) " + F["M"]))

Q("follow_up", "việc nào trong đó làm chung với Sở Giáo dục và Đào tạo?",
  [("N", "- Chỉ đạo các cấp ủy Đảng; phối hợp với Sở Giáo dục và Đào tạo và các Sở, ngành trong việc triển khai thực "
         "hiện các mục tiêu, nhiệm vụ của Kế hoạch, nhất là trong việc tuyên truyền, định hướng phát triển"),
   ("N", "- Phối hợp với Sở Giáo dục và Đào tạo kiểm tra, giám sát thực hiện Kế hoạch.")],
  "Hai việc: phối hợp với Sở Giáo dục và Đào tạo và các Sở, ngành triển khai các mục tiêu, nhiệm vụ của Kế hoạch, nhất "
  "là tuyên truyền, định hướng phát triển; và phối hợp với Sở Giáo dục và Đào tạo kiểm tra, giám sát thực hiện Kế hoạch "
  "(mục V.14). Việc chỉ đạo báo chí thì Ban làm một mình. " + F["N"],
  ["tuyên truyền, định hướng phát triển", "kiểm tra, giám sát"],
  H("U: Kế hoạch Hà Nội đề nghị Ban Tuyên giáo Thành ủy những gì?",
    "A: Mục V.14 có ba gạch: chỉ đạo các cấp ủy Đảng, phối hợp triển khai các mục tiêu; phối hợp kiểm tra, giám sát; "
    "chỉ đạo các cơ quan thông tấn, báo chí và truyền hình xây dựng chuyên mục " + F["N"],
    "U: ok"))

Q("follow_up", "kết quả phong trào thì ai tổng hợp, bao lâu một lần, báo cáo lên đâu?",
  [("A", "- Chủ trì tổng hợp kết quả thực hiện phong trào “Học tập suốt đời’, lồng ghép với kết quả xây dựng xã hội học "
         "tập trên địa bàn huyện, hằng năm."),
   ("A", "định kỳ báo cáo tình hình thực hiện kế hoạch gửi Phòng Giáo dục và Đào tạo tổng hợp báo cáo Ủy ban nhân dân "
         "huyện.")],
  "Phòng Giáo dục và Đào tạo chủ trì tổng hợp kết quả phong trào “Học tập suốt đời”, lồng ghép với kết quả xây dựng "
  "xã hội học tập, hằng năm (mục III.1); các xã, thị trấn định kỳ báo cáo gửi Phòng để tổng hợp báo cáo Ủy ban nhân "
  "dân huyện (mục III.9). " + F["A"],
  ["hằng năm", "Ủy ban nhân dân huyện"],
  H(GREET,
    "U: Phòng Giáo dục và Đào tạo An Lão làm những gì?",
    "A: Mục III.1: chủ trì tham mưu điều chỉnh cơ chế, chính sách; rà soát mạng lưới cơ sở giáo dục; bồi dưỡng cán bộ "
    "quản lý, giáo viên; triển khai các mô hình học tập; hợp tác quốc tế … " + F["A"],
    "U: còn phần tổng hợp kết quả?",
    "A: Phòng có một gạch riêng về tổng hợp kết quả (mục III.1) " + F["A"]))

Q("follow_up", "And who must the press work with on that?",
  [("H", "hệ thống thông tin cơ sở trên địa bàn thành phố phối hợp với Sở Giáo dục và Đào tạo, Hội Khuyến học thành phố "
         "đẩy mạnh công tác tuyên truyền")],
  "Item V.2: the press, media and grassroots information system work with the Sở Giáo dục và Đào tạo and the Hội "
  "Khuyến học thành phố to step up publicity on building a learning society. " + F["H"],
  ["Sở Giáo dục và Đào tạo", "Hội Khuyến học thành phố"],
  H("U: What does Hue's Department of Culture and Sports do in the 2026 plan?",
    "A: Item V.2: it leads KH 288/KH-UBND on lifelong learning in libraries, museums and cultural centres; trains "
    "staff of cultural and sports institutions; and directs the press, media and grassroots information system to "
    "publicise the learning society " + F["H"],
    "U: ok"))

Q("follow_up", "Which of those are at eighty percent or above?",
  [("C", "+ Phần đầu đạt tỷ lệ 80% đơn vị được đánh giá, công nhận theo mức độ “Cộng đồng học tập” cấp xã, huyện, "
         "thành phố.")],
  "Only one: 80% of units assessed and recognised as “Cộng đồng học tập” (at commune, district and city level). The "
  "other one, “Đơn vị học tập”, is 55,55%. " + F["C"],
  ["80%", "Cộng đồng học tập"],
  H("U: What are Can Tho's 2024 targets on learning models?",
    "A: Section II.2.b: 55,55% of units recognised as “Đơn vị học tập” at district and city level; 80% recognised as "
    "“Cộng đồng học tập” at commune, district and city level " + F["C"],
    "U: thanks"))

Q("follow_up", "phòng đó chú trọng gì khi thúc đẩy khoa học, công nghệ?",
  [("A", "đổi mới sáng tạo và chuyển đổi số trên địa bàn huyện; trong đó, chú trọng các hoạt động nhằm thu hút đông đảo "
         "tầng lớp Nhân dân tham gia.")],
  "Phòng Văn hóa Khoa học và Thông tin chú trọng các hoạt động nhằm thu hút đông đảo tầng lớp Nhân dân tham gia (mục "
  "III.3). " + F["A"],
  ["thu hút đông đảo tầng lớp Nhân dân tham gia"],
  H("U: An Lão giao ai chủ trì phong trào Bình dân học vụ số?",
    "A: Phòng Văn hóa Khoa học và Thông tin chủ trì tham mưu triển khai phong trào “Bình dân học vụ số” trong toàn dân "
    "(mục III.3) " + F["A"],
    "U: phòng đó còn tham mưu gì về khoa học?",
    "A: Chủ trì tham mưu các cơ chế, chính sách, biện pháp, kế hoạch thúc đẩy phát triển khoa học, công nghệ, đổi mới "
    "sáng tạo và chuyển đổi số (mục III.3) " + F["A"]))

Q("follow_up", "việc đó Đoàn quận, huyện làm cùng ai?",
  [("C", "- Chỉ đạo cho Đoàn thanh niên quận, huyện, phối hợp với chính quyền cơ sở thực hiện tốt công tác nắm chắc số "
         "lượng đoàn viên và thanh, thiếu niên trong độ tuổi")],
  "Đoàn thanh niên quận, huyện phối hợp với chính quyền cơ sở (mục V.11.c), để nắm chắc số lượng đoàn viên, thanh, "
  "thiếu niên trong độ tuổi và vận động đoàn viên, đội viên bỏ học giữa chừng đến trường, ra lớp. " + F["C"],
  ["chính quyền cơ sở"],
  H("U: KH 74 Cần Thơ đề nghị Thành đoàn làm gì với đoàn viên bỏ học?",
    "A: Mục V.11.c: chỉ đạo Đoàn thanh niên quận, huyện thường xuyên vận động số đoàn viên, đội viên bỏ học giữa chừng "
    "đến trường, ra lớp; động viên, cảm hóa đoàn viên thiếu tích cực trong học tập " + F["C"],
    "U: ok"))

Q("follow_up", "nhất là cho đối tượng nào?",
  [("N", "Nâng cao tỷ lệ và chất lượng xoá mù chữ cho người lớn gắn với việc phổ cập nghề và giải quyết việc làm cho "
         "người lao động, nhất là đối với người dân tộc thiểu số và phụ nữ.")],
  "Mục III.8: nâng cao tỷ lệ và chất lượng xóa mù chữ cho người lớn gắn với phổ cập nghề và giải quyết việc làm, “nhất "
  "là đối với người dân tộc thiểu số và phụ nữ”. " + F["N"],
  ["người dân tộc thiểu số và phụ nữ"],
  H("U: Kế hoạch Hà Nội có nhiệm vụ xóa mù chữ cho người lớn không?",
    "A: Có, ở mục III.8 “Các nhiệm vụ, giải pháp khác”: nâng cao tỷ lệ và chất lượng xóa mù chữ cho người lớn gắn với "
    "phổ cập nghề, giải quyết việc làm; củng cố kết quả xóa mù chữ, chống tái mù " + F["N"],
    "U: ok"))

Q("follow_up", "huyện đó bây giờ thuộc tỉnh nào, và kế hoạch căn cứ văn bản của tỉnh nào?",
  [("M", "Thực hiện Kế hoạch số 145/KH- UBND ngày 23/12//2021 của UBND tỉnh Nam Định")],
  "Kế hoạch căn cứ Kế hoạch số 145/KH-UBND ngày 23/12/2021 của UBND tỉnh Nam Định (kế hoạch in “145/KH- UBND ngày "
  "23/12//2021”). Kế hoạch (năm 2022) không nói gì về sáp nhập; theo việc sắp xếp năm 2025 (ngoài kế hoạch), tỉnh Nam "
  "Định nhập vào tỉnh Ninh Bình và cấp huyện không còn từ 01/7/2025 — câu trả lời vẫn theo tên trong kế hoạch. "
  + F["M"],
  ["145", "Nam Định"],
  H("U: Kế hoạch xã hội học tập của huyện Mỹ Lộc do ai ký?",
    "A: TM. Ủy ban nhân dân, KT. Chủ tịch, Phó Chủ tịch Lê Quang Huy; số và ngày để trống “ngày tháng năm 2022” "
    + F["M"],
    "U: ok"))

Q("follow_up", "And who does it work with?",
  [("C", "9. Ban Dân tộc Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan, Ủy ban nhân dân quận, huyện triển khai "
         "các chương trình, dự án hỗ trợ giáo dục, đào tạo cho người dân tộc thiểu số")],
  "The Ban Dân tộc works with the relevant agencies and units and the Ủy ban nhân dân quận, huyện (item V.9). " + F["C"],
  ["Ủy ban nhân dân quận, huyện"],
  H("U: Which body leads Can Tho's 2024 work on education for ethnic minorities?",
    "A: The Ban Dân tộc (item V.9): it leads programmes and projects supporting education and training for ethnic "
    "minority people and helps their children take part in learning " + F["C"],
    "U: ok"))

Q("follow_up", "cái nào từ 50% trở xuống?",
  [N25,
   ("N", "- 50% công dân đạt danh hiệu công dân học tập; 50% công dân đạt kỹ năng số."),
   ("N", "- 50% đơn vị được công nhận là đơn vị học tập;"),
   ("N", "- 40% quận, huyện, thị xã được công nhận danh hiệu huyện học tập")],
  "Năm 2025, trong nhóm mô hình học tập: 50% công dân học tập; 50% công dân đạt kỹ năng số; 50% đơn vị học tập; 40% "
  "quận, huyện, thị xã được công nhận huyện học tập. Chỉ có 60% gia đình, dòng họ, cộng đồng học tập là trên 50%. "
  + F["N"],
  ["50%", "kỹ năng số", "40%", "huyện học tập"],
  H("U: Hà Nội năm 2025 đặt chỉ tiêu gì về xây dựng các mô hình học tập?",
    "A: Mục II.2.1.d: 50% công dân học tập, 50% kỹ năng số; 60% gia đình, dòng họ, cộng đồng học tập; 50% đơn vị học "
    "tập; 40% quận, huyện, thị xã đạt huyện học tập; đăng ký danh hiệu “Thành phố học tập” " + F["N"],
    "U: ok"))

Q("follow_up", "ưu tiên nơi nào?",
  [("C", "d) Tham mưu xây dựng các cơ chế, chính sách hỗ trợ các trung tâm học tập cộng đồng, nhất là các trung tâm học "
         "tập cộng đồng ở các xã vùng sâu, vùng đồng bào dân tộc thiểu số;")],
  "Mục III.2.d: nhất là các trung tâm học tập cộng đồng ở các xã vùng sâu, vùng đồng bào dân tộc thiểu số. " + F["C"],
  ["xã vùng sâu, vùng đồng bào dân tộc thiểu số"],
  H("U: KH 74 Cần Thơ có nói về chính sách cho trung tâm học tập cộng đồng không?",
    "A: Có, mục III.2.d: tham mưu xây dựng các cơ chế, chính sách hỗ trợ các trung tâm học tập cộng đồng " + F["C"],
    "U: ok"))

Q("follow_up", "nhất là cho những ai?",
  [("N", "phổ biến giáo dục, bồi dưỡng kiến thức quốc phòng, an ninh cho mọi tầng lớp nhân dân, nhất là những người có "
         "uy tín trong cộng đồng dân cư, chức sắc, chức việc tôn giáo, già làng, trưởng họ tộc")],
  "Nhất là những người có uy tín trong cộng đồng dân cư, chức sắc, chức việc tôn giáo, già làng, trưởng họ tộc (mục "
  "V.8, Bộ Tư lệnh Thủ đô). " + F["N"],
  ["người có uy tín trong cộng đồng dân cư", "già làng"],
  H("U: Bộ Tư lệnh Thủ đô được giao gì trong kế hoạch Hà Nội?",
    "A: Mục V.8: tiếp tục tổ chức, tăng cường tuyên truyền, phổ biến giáo dục, bồi dưỡng kiến thức quốc phòng, an ninh "
    "cho mọi tầng lớp nhân dân " + F["N"],
    "U: ok"))

Q("follow_up", "báo cáo định kỳ đó là văn bản của ai, gửi cho ai?",
  [("H", "- Kiểm tra, giám sát và định kỳ báo cáo tình hình, kết quả thực hiện Đề án; dự thảo văn bản của Ủy ban nhân "
         "dân thành phố gửi Bộ Giáo dục và Đào tạo.")],
  "Sở Giáo dục và Đào tạo dự thảo văn bản của Ủy ban nhân dân thành phố gửi Bộ Giáo dục và Đào tạo (mục V.1); kế hoạch "
  "chỉ ghi “định kỳ”, không ghi ngày. " + F["H"],
  ["Ủy ban nhân dân thành phố", "Bộ Giáo dục và Đào tạo"],
  H(GREET,
    "U: Sở GD&ĐT Huế có những nhiệm vụ gì?",
    "A: Mục V.1: cơ quan thường trực; chỉ đạo cơ sở giáo dục nghề nghiệp, đào tạo kỹ năng nghề; theo dõi các mục tiêu "
    "xóa mù chữ, hiệu quả cơ sở giáo dục, Đơn vị học tập, Cộng đồng học tập; kiểm tra, giám sát và định kỳ báo cáo "
    + F["H"],
    "U: còn phần báo cáo?",
    "A: Gạch cuối mục V.1 nói về kiểm tra, giám sát và định kỳ báo cáo tình hình, kết quả thực hiện Đề án " + F["H"]))

# ---------------------------------------------------------------- unanswerable (near misses)
U("Ở Huế, Sở Nội vụ và Sở Tài chính có cùng làm việc gì không?",
  "Kế hoạch năm 2026 của Huế có nêu cả Sở Nội vụ (mục V.3: đào tạo, bồi dưỡng cán bộ; theo dõi mục tiêu năng lực cơ "
  "bản) và Sở Tài chính (mục V.4: tham mưu bố trí kinh phí “trên cơ sở đề nghị của các cơ quan, đơn vị liên quan”), "
  "nhưng không có dòng nào giao việc chung cho hai sở, cũng không nêu sở này phối hợp với sở kia.",
  r"so noi vu[^.;]{0,120}(phoi hop|cung)[^.;]{0,80}so tai chinh|so tai chinh[^.;]{0,120}(phoi hop|cung)[^.;]{0,80}so noi vu",
  "H")
U("Does Hanoi's plan give the Department of Home Affairs and the Department of Finance any joint task?",
  "No such task is written. Hanoi's plan names both — Sở Nội vụ (item V.3: training courses for officials) and Sở Tài "
  "chính (item V.6: budget, financial mechanisms, social resources) — and each works with unspecified “các Sở, ngành "
  "liên quan”, but no line names the two together.",
  r"so noi vu[^.;]{0,150}so tai chinh|so tai chinh[^.;]{0,150}so noi vu", "N")
U("Phòng Tài chính - Kế hoạch và Phòng Lao động - Thương binh và Xã hội Mỹ Lộc có làm chung việc gì không?",
  "Kế hoạch Mỹ Lộc giao việc riêng cho từng phòng (Phòng LĐ-TB&XH mục V.2 về đào tạo nghề; Phòng TC-KH mục V.5 về bố "
  "trí kinh phí) nhưng không có dòng nào nêu hai phòng cùng làm hay phối hợp với nhau (Phòng LĐ-TB&XH chỉ phối hợp với "
  "Phòng Giáo dục và Đào tạo và “các phòng, ban, ngành liên quan” nói chung).",
  r"tai chinh - ke hoach[^.]{0,200}lao dong - thuong binh|lao dong - thuong binh[^.]{0,200}tai chinh - ke hoach", "M")
U("Sở Văn hóa, Thể thao và Du lịch và Sở Thông tin và Truyền thông Cần Thơ cùng làm việc gì?",
  "Kế hoạch 74 giao việc riêng cho hai sở (Sở TT&TT mục V.4: chỉ đạo tuyên truyền, chuyển đổi số; Sở VHTTDL mục V.5: "
  "nhân rộng mô hình học tập trong thư viện, bảo tàng) nhưng không nêu hai sở phối hợp hay làm chung việc nào.",
  r"phoi hop voi[^.;]{0,80}so van hoa, the thao va du lich|phoi hop voi[^.;]{0,80}so thong tin va truyen thong", "C")
U("Phòng Nội vụ và Phòng Tài chính - Kế hoạch An Lão có cùng làm việc gì về kinh phí đào tạo cán bộ không?",
  "Kế hoạch An Lão nêu cả hai phòng: Phòng Nội vụ tham mưu kế hoạch, kinh phí đào tạo, bồi dưỡng cán bộ (mục III.2), "
  "Phòng Tài chính - Kế hoạch phối hợp với các phòng, ban lập dự toán (mục III.4); mỗi phòng chỉ phối hợp với “các "
  "phòng, ban, ngành” nói chung, không có dòng nào nêu tên hai phòng cùng làm.",
  r"phong noi vu[^.]{0,200}tai chinh - ke hoach|tai chinh - ke hoach[^.]{0,200}phong noi vu", "A")
U("Sở Nội vụ và Sở Lao động - Thương binh và Xã hội Cần Thơ có việc nào làm chung với nhau không?",
  "Kế hoạch 74 giao việc riêng cho từng sở — Sở Nội vụ (mục V.2: Đề án vị trí việc làm, cơ cấu viên chức) và Sở Lao "
  "động - Thương binh và Xã hội (mục V.3: đào tạo bổ sung, kỹ năng nghề cho người lao động) — mỗi sở phối hợp với “các "
  "cơ quan, đơn vị có liên quan” và UBND quận, huyện nói chung; không có dòng nào nêu hai sở cùng làm.",
  r"so noi vu[^.]{0,200}lao dong - thuong binh|lao dong - thuong binh[^.]{0,200}so noi vu", "C")
U("Hội Khuyến học huyện An Lão tuyên truyền cụ thể qua kênh nào — Zalo, Facebook hay mạng xã hội?",
  "Kế hoạch An Lão chỉ ghi Hội Khuyến học huyện tuyên truyền “thông qua các hình thức phù hợp” (mục III.5), không nêu "
  "kênh cụ thể nào, và cả kế hoạch không nhắc Zalo, Facebook hay mạng xã hội.",
  r"zalo|facebook|fanpage|mang xa hoi|youtube|tiktok", "A")
U("Các lớp bồi dưỡng ngắn hạn ở Huế học bao nhiêu buổi và học phí bao nhiêu?",
  "Kế hoạch Huế chỉ nêu các loại lớp (kỹ năng sống, chuyên môn, ngoại ngữ, tin học, pháp luật) và đối tượng; không ghi "
  "thời lượng, số buổi hay học phí.",
  r"hoc phi|\d+ (buoi|tiet|gio|ngay)\b", "H")
U("Các lớp tập huấn của Sở Nội vụ Hà Nội tổ chức trực tuyến hay trực tiếp?",
  "Mục V.3 chỉ giao Sở Nội vụ tổ chức các lớp tập huấn, bồi dưỡng kiến thức, kỹ năng cho cán bộ, công chức, viên chức, "
  "người lao động; kế hoạch không nói hình thức học (trực tuyến hay trực tiếp) của các lớp này.",
  r"so noi vu[^.]{0,400}(truc tuyen|truc tiep)", "N")
U("Sở Thông tin và Truyền thông Cần Thơ phải ra bao nhiêu tin, bài, phóng sự về xã hội học tập?",
  "Kế hoạch 74 giao Sở TT&TT chỉ đạo, cung cấp thông tin cho báo, đài tuyên truyền nhưng không đặt số lượng tin, bài "
  "hay phóng sự nào.",
  r"\d+ (tin|bai|chuyen muc|phong su|chuong trinh)\b", "C")
U("Lớp xóa mù chữ cho phạm nhân ở Hà Nội học bao lâu, theo chương trình nào?",
  "Mục V.8 chỉ giao Công an Thành phố chủ trì tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại "
  "viên, phạm nhân; kế hoạch không ghi thời lượng hay chương trình học.",
  r"\d+ (tuan|buoi|tiet)\b|trong \d+ thang|chuong trinh xoa mu chu", "N")
U("Sở Nông nghiệp và Môi trường Cần Thơ (thành lập năm 2025) có nhiệm vụ gì trong kế hoạch 74?",
  "Kế hoạch 74 (năm 2024) không có Sở Nông nghiệp và Môi trường, cũng không có các sở cũ hợp thành nó (Sở Nông nghiệp "
  "và Phát triển nông thôn, Sở Tài nguyên và Môi trường), và không có mục “các sở, ngành khác” để suy ra.",
  r"nong nghiep|tai nguyen va moi truong|cac so,? (ban,? )?nganh khac", "C")
U("Tỉnh Ninh Bình (mới, sau khi nhập Nam Định) đặt chỉ tiêu công dân học tập năm 2030 bao nhiêu?",
  "Không có kế hoạch nào của tỉnh Ninh Bình trong các kế hoạch đã nạp; kế hoạch Mỹ Lộc chỉ đặt chỉ tiêu cho huyện Mỹ "
  "Lộc và chỉ nhắc tỉnh Nam Định qua Kế hoạch 145 được căn cứ.",
  r"ninh binh", "HMNCA")
U("Tỉnh Bắc Giang đặt chỉ tiêu công dân học tập năm 2025 là bao nhiêu?",
  "Không có kế hoạch nào của Bắc Giang trong các kế hoạch đã nạp (Huế, Mỹ Lộc, Hà Nội, Cần Thơ, An Lão); các chỉ tiêu "
  "công dân học tập có trong đó là của Huế, Mỹ Lộc và Hà Nội.",
  r"bac giang", "HMNCA")
U("Chỉ tiêu nào của Huế năm 2026 đặt khoảng 3/4, tức 75%?",
  "Kế hoạch Huế không có chỉ tiêu nào ở mức 75% hay khoảng 3/4; các mức có là 87%, 80%, 40% (15%), 100% và số đơn vị "
  "“ít nhất 15 … ít nhất 05”.",
  r"\b7[0-9] ?%", "H")
U("Chỉ tiêu nào của Mỹ Lộc đặt mức chín mươi lăm phần trăm?",
  "Kế hoạch Mỹ Lộc không có chỉ tiêu 95%; các mức có là 12%, 15%, 40%, khoảng 50%, 60%, 70%, 80%, 90% và 100%.",
  r"9[1-9] ?%", "M")
U("Hà Nội đến năm 2030 có chỉ tiêu nào đặt đúng 75% không?",
  "Trong các chỉ tiêu đến năm 2030 của Hà Nội không có mức 75%; con số 75 chỉ xuất hiện ở chỉ tiêu năm 2025 “75-80% "
  "lao động được qua đào tạo”.",
  r"\b75\b", "N", section=("2.2. Muc tieu cu the den nam 2030", "III. NHIEM VU"))
U("Which Can Tho 2024 target is set at seventy-five percent?",
  "None. Can Tho's 2024 plan has no 75% target; its figures are 30% (15%), 55,55%, 66%, 80%, 90% and 100%.",
  r"7[0-9] ?%", "C")
U("Bốn mươi phần trăm trong kế hoạch Cần Thơ là chỉ tiêu gì?",
  "Kế hoạch 74 của Cần Thơ không có chỉ tiêu 40%.",
  r"\b40 ?%", "C")
U("Ở An Lão, những chỉ tiêu nào từ 90% trở lên?",
  "Kế hoạch An Lão không đặt chỉ tiêu phần trăm nào (không có mục Mục tiêu), nên không có chỉ tiêu từ 90% trở lên.",
  r"%", "A")
U("Trong các chỉ tiêu năm 2026 của Huế, chỉ tiêu nào được xác định là quan trọng nhất, ưu tiên số một?",
  "Kế hoạch Huế không xếp hạng hay đánh dấu chỉ tiêu nào là quan trọng nhất; các chữ “ưu tiên”, “chú trọng”, “trọng "
  "tâm” trong kế hoạch chỉ dùng cho địa bàn, đối tượng và văn bản tuyên truyền, không cho chỉ tiêu.",
  r"quan trong nhat|hang dau|uu tien so|(muc tieu|chi tieu)[^.;]{0,60}(uu tien|trong tam)|(uu tien|trong tam)[^.;]{0,60}(muc tieu|chi tieu)",
  "H")
U("Mục tiêu nào đến năm 2030 của Mỹ Lộc được ưu tiên hàng đầu?",
  "Kế hoạch Mỹ Lộc không đánh dấu mục tiêu nào là ưu tiên hàng đầu; “ưu tiên” chỉ xuất hiện cho người trong độ tuổi "
  "lao động (mục III.6.a), và danh mục nhiệm vụ trọng tâm nằm trong Phụ lục không có trong văn bản.",
  r"quan trong nhat|hang dau|uu tien so|(muc tieu|chi tieu)[^.;]{0,60}(uu tien|trong tam)|(uu tien|trong tam)[^.;]{0,60}(muc tieu|chi tieu)",
  "M")
U("Trong tám nhóm nhiệm vụ trọng tâm của Hà Nội, nhóm nào phải làm trước tiên?",
  "Kế hoạch Hà Nội gọi cả mục III là “nhiệm vụ, giải pháp trọng tâm” nhưng không xếp thứ tự ưu tiên hay nói nhóm nào "
  "làm trước.",
  r"truoc tien|truoc het|uu tien (so )?(1|mot)|hang dau|quan trong nhat|lam truoc", "N")
U("Trọng tâm năm 2025 của Cần Thơ về xã hội học tập là gì?",
  "Kế hoạch 74 của Cần Thơ chỉ dành cho năm 2024; nó không nói gì về năm 2025.",
  r"2025", "C")
U("Kinh phí phong trào ở An Lão được ưu tiên chi cho việc gì trước?",
  "Mục IV của kế hoạch An Lão chỉ nêu nguồn kinh phí (ngân sách, nguồn thu hợp pháp, xã hội hóa); kế hoạch không xếp "
  "thứ tự ưu tiên chi và không có chữ “ưu tiên”.",
  r"uu tien", "A")
U("Huế năm 2026 phải có bao nhiêu người đạt danh hiệu công dân học tập?",
  "Kế hoạch chỉ đặt tỷ lệ: 40% công dân đạt danh hiệu công dân học tập; không có số người tuyệt đối và không có số dân "
  "để quy đổi.",
  r"\d[\d.]* ?(nguoi|cong dan)\b", "H")
U("Năm 2024 Cần Thơ phải có bao nhiêu người được trang bị kỹ năng sống?",
  "Kế hoạch 74 chỉ đặt tỷ lệ 90% số người trong độ tuổi lao động (“Phần đầu đạt tỷ lệ”); không có số người.",
  r"\d[\d.]* ?(nguoi|lao dong)\b", "C")
U("Đến năm 2030 Hà Nội cần bao nhiêu người trong độ tuổi 15-60 biết chữ?",
  "Kế hoạch chỉ đặt tỷ lệ 99,6% người trong độ tuổi 15-60 biết chữ; không có số người.",
  r"\d[\d.]* ?(nguoi|trieu nguoi)\b", "N")
U("Mỹ Lộc năm 2025 phải có bao nhiêu người có trình độ đại học trở lên?",
  "Kế hoạch chỉ đặt tỷ lệ 12% dân số (trong khoảng 50% được đào tạo chuyên môn kỹ thuật); không có số người.",
  r"\d[\d.]* ?(nguoi|dan)\b", "M")
U("How many people in Hue must be equipped with IT skills in 2026?",
  "The plan gives only a share — 87% of people of working age — and no head count or population figure.",
  r"\d[\d.]* ?(nguoi|lao dong)\b", "H")
U("66% quận, huyện đạt THCS mức độ 3 ở Cần Thơ là bao nhiêu quận, huyện?",
  "Kế hoạch 74 chỉ ghi tỷ lệ 66% và không nêu Cần Thơ có bao nhiêu quận, huyện, nên không quy ra số quận, huyện được.",
  r"\d+ (quan|huyen)\b|(chin|tam|muoi) (quan|huyen)", "C")
U("Năm 2025 bao nhiêu cán bộ, công chức Hà Nội phải được bồi dưỡng kỹ năng phân tích, khai thác dữ liệu?",
  "Kế hoạch chỉ ghi 50% cán bộ, công chức, viên chức; không có số người.",
  r"\d[\d.]* ?(nguoi|can bo)\b", "N")
U("Bao nhiêu người An Lão phải tham gia phong trào Bình dân học vụ số?",
  "Kế hoạch An Lão phát động phong trào “trong toàn dân” nhưng không đặt số người hay tỷ lệ nào.",
  r"\d[\d.]* ?(nguoi|luot)\b|%", "A")
U("Tỉnh Đồng Nai đặt chỉ tiêu kỹ năng số cho công dân bao nhiêu?",
  "Không có kế hoạch nào của Đồng Nai trong các kế hoạch đã nạp (Huế, Mỹ Lộc, Hà Nội, Cần Thơ, An Lão).",
  r"dong nai", "HMNCA")
U("Sở Văn hóa và Thể thao với Sở Du lịch Huế cùng làm việc gì?",
  "Kế hoạch Huế có Sở Văn hóa và Thể thao (mục V.2) nhưng không nhắc Sở Du lịch, nên không có việc chung nào của hai "
  "sở.",
  r"du lich", "H",
  H("U: Sở Văn hóa và Thể thao Huế làm gì?",
    "A: Mục V.2: chủ trì KH 288/KH-UBND về học tập suốt đời trong thư viện, bảo tàng, trung tâm văn hóa; đào tạo nhân "
    "lực thiết chế văn hóa – thể thao; chỉ đạo báo chí tuyên truyền " + F["H"],
    "U: ok"))
U("lớp đó học ở đâu?",
  "Mục V.3 chỉ giao Sở Nội vụ Hà Nội tổ chức các lớp tập huấn, bồi dưỡng; kế hoạch không ghi địa điểm hay cơ sở tổ chức "
  "các lớp này.",
  r"so noi vu[^.]{0,400}(tai|o) (truong|trung tam|hoc vien|co so)", "N",
  H("U: Sở Nội vụ Hà Nội làm gì trong kế hoạch?",
    "A: Mục V.3: chủ trì, phối hợp tổ chức các lớp tập huấn, bồi dưỡng kiến thức, kỹ năng cho đội ngũ cán bộ công "
    "chức, viên chức, người lao động " + F["N"],
    "U: ok"))
U("And how many people does that 70% represent?",
  "My Loc's plan gives only the share (70% of people of working age with information competence by 2030); it gives no "
  "head count or population figure.",
  r"\d[\d.]* ?(nguoi|dan)\b", "M",
  H("U: What is My Loc's 2030 target for information competence?",
    "A: 70% of people of working age equipped with information competence (năng lực thông tin), section II.2.b "
    + F["M"],
    "U: ok"))
