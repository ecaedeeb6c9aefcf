"""Set 33: held-out questions on the five bundled plans, in shapes no earlier set used.

Shapes: commands instead of questions ("Liệt kê …", "Trích nguyên văn …", "Cho biết …", "Tóm tắt …"), two asks in
one question, pointers to a part of the plan by number or heading ("mục III.2", "điểm c khoản 2 mục V"), place names
written other ways ("HaNoi", "tp HN", "TT-Huế", "h. An Lão", "CanTho", "Thừa Thiên Huế"), quoted phrases from the
plan, dates and numbers written other ways ("năm 25", "bốn mươi phần trăm", "mồng 1/12", "31/12/2026"), English in
new shapes (imperative, yes/no, Vietnamese names inside English, DOET/DOHA/PPC/DPC), follow-ups with corrections,
comparisons, narrowing, "trích dẫn câu nào", a return to a plan two turns back, and refusals of every near-miss kind.

Run:  python eval/sets/src33/questions_src33.py
It refuses to write eval/sets/bundled33.jsonl if a span is missing from its plan (after FORMAT.md's normalisation),
a key fact is missing from its answer or from its cited spans, or an unanswerable question's probe regex matches the
accent-free text of the plans it is checked against.
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = os.path.dirname(HERE)
ROOT = os.path.dirname(os.path.dirname(SETS))
PLANS = os.path.join(ROOT, "data", "plans")
OUT = os.path.join(SETS, "bundled33.jsonl")

H = "000_4550be4bb11189cd.txt"  # Huế 2026
M = "001_7bafa58816a5de75.txt"  # Mỹ Lộc 2021-2030
N = "002_797e8de6131c77f9.txt"  # Hà Nội NQ 23-NQ/TU
C = "003_1a817ee72b993e3e.txt"  # Cần Thơ KH 74 (2024)
A = "004_b1b28019b71edc03.txt"  # An Lão (2025)
ALL = [H, M, N, C, A]


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()


def fold(s):
    s = unicodedata.normalize("NFD", norm(s)).replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


RAW = {d: open(os.path.join(PLANS, d), encoding="utf-8").read() for d in ALL}
TEXT = {d: norm(t) for d, t in RAW.items()}
FOLDED = {d: fold(t) for d, t in RAW.items()}

QS = []
PROBES = {}


def turns(*contents):
    out = []
    for i, c in enumerate(contents):
        out.append({"role": "user" if i % 2 == 0 else "assistant", "content": c})
    return out


REFUSE = "Các kế hoạch đã nạp không có thông tin này, nên tôi không trả lời được."
REFUSE_EN = "The loaded plans do not contain this information, so I cannot answer it."


def Q(typ, question, ev, answer, kf, history=None):
    docs = []
    for d, _ in ev:
        if d not in docs:
            docs.append(d)
    QS.append({"id": None, "question": question, "type": typ, "docs": docs,
               "evidence": [{"doc": d, "span": s} for d, s in ev], "answer": answer, "key_facts": kf,
               "history": history or []})


def U(question, answer, probes=(), history=None):
    """probes: (regex over accent-free normalised text, docs) pairs that must NOT match; ("HEAD", regex, docs)
    checks the plan's raw lines instead (for section headings)."""
    QS.append({"id": None, "question": question, "type": "unanswerable", "docs": [], "evidence": [],
               "answer": answer, "key_facts": [], "history": history or []})
    PROBES[len(QS) - 1] = list(probes)


# ----------------------------------------------------------------------------------------------- agency_tasks (14)
Q("agency_tasks", "Liệt kê các nhiệm vụ của Sở Văn hóa và Thể thao trong kế hoạch của tp HN.",
  [(N, "Chủ trì, phối hợp với các Sở, ngành liên quan, Ủy ban nhân dân quận, huyện, thị xã nhân rộng các mô hình học tập suốt đời trong các thiết chế văn hóa cơ sở (thư viện, bảo tàng, nhà văn hóa, câu lạc bộ…) gắn với phong trào xây dựng “Gia đình văn hóa”, “Làng văn hóa”, “Tổ dân phố văn hóa”, “Phường, thị trấn đạt chuẩn văn minh đô thị”."),
   (N, "Đào tạo, đào tạo lại, bồi dưỡng, nâng cao chất lượng nguồn nhân lực làm việc trong các thiết chế văn hóa - thể thao phục vụ nhu cầu học tập suốt đời của người dân đáp ứng yêu cầu chuyển đổi số.")],
  "Theo mục V.4 kế hoạch của UBND thành phố Hà Nội, Sở Văn hóa và Thể thao có hai nhiệm vụ: (1) chủ trì, phối hợp "
  "với các Sở, ngành, UBND quận, huyện, thị xã nhân rộng các mô hình học tập suốt đời trong các thiết chế văn hóa cơ "
  "sở (thư viện, bảo tàng, nhà văn hóa, câu lạc bộ…) gắn với phong trào xây dựng “Gia đình văn hóa”, “Làng văn hóa”, "
  "“Tổ dân phố văn hóa”, “Phường, thị trấn đạt chuẩn văn minh đô thị”; (2) đào tạo, đào tạo lại, bồi dưỡng nguồn "
  "nhân lực làm việc trong các thiết chế văn hóa - thể thao phục vụ học tập suốt đời, đáp ứng yêu cầu chuyển đổi số.",
  ["thiết chế văn hóa cơ sở", "Gia đình văn hóa", "chuyển đổi số"])

Q("agency_tasks", "Sở GD&ĐT TT-Huế là cơ quan gì trong kế hoạch năm 2026 và phải theo dõi những mục tiêu nào?",
  [(H, "Là cơ quan thường trực; chủ trì, phối hợp với các cơ quan, tổ chức, đơn vị, địa phương liên quan để tổ chức thực hiện Kế hoạch."),
   (H, "Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện các mục tiêu: xóa mù chữ và phổ cập giáo dục; hiệu quả hoạt động của các cơ sở giáo dục; “Đơn vị học tập” cấp tỉnh; “Cộng đồng học tập” cấp xã.")],
  "Kế hoạch năm 2026 của thành phố Huế (tỉnh Thừa Thiên Huế cũ) giao Sở Giáo dục và Đào tạo là cơ quan thường trực, "
  "chủ trì tổ chức thực hiện Kế hoạch. Sở theo dõi, tổ chức triển khai và tổng hợp kết quả các mục tiêu: xóa mù chữ "
  "và phổ cập giáo dục; hiệu quả hoạt động của các cơ sở giáo dục; “Đơn vị học tập” cấp tỉnh; “Cộng đồng học tập” cấp xã.",
  ["cơ quan thường trực", "“Đơn vị học tập” cấp tỉnh", "“Cộng đồng học tập” cấp xã"])

Q("agency_tasks", "Trong mục III (Tổ chức thực hiện) kế hoạch h. An Lão, Phòng Văn hóa Khoa học và Thông tin được giao những việc gì về thư viện và về khoa học, công nghệ?",
  [(A, "Chủ trì tham mưu các cơ chế, chính sách, biện pháp, kế hoạch thúc đẩy phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trên địa bàn huyện"),
   (A, "Tham mưu củng cố các thiết chế văn hóa, gồm: thư viện, bảo tàng, trung tâm văn hóa thể thao, nhà văn hóa; đặc biệt là hệ thống thư viện tại địa phương; xây dựng, nhân rộng mô hình “thư viện số”, “thư viện công cộng”")],
  "Theo mục III.3 kế hoạch huyện An Lão, Phòng Văn hóa Khoa học và Thông tin: về khoa học, công nghệ — chủ trì tham "
  "mưu các cơ chế, chính sách, biện pháp, kế hoạch thúc đẩy phát triển khoa học, công nghệ, đổi mới sáng tạo và "
  "chuyển đổi số trên địa bàn huyện; về thư viện — tham mưu củng cố các thiết chế văn hóa, đặc biệt là hệ thống thư "
  "viện tại địa phương, xây dựng, nhân rộng mô hình “thư viện số”, “thư viện công cộng”. (Phòng này còn chủ trì tham "
  "mưu triển khai phong trào “Bình dân học vụ số”.)",
  ["đổi mới sáng tạo", "thư viện số", "thư viện công cộng"])

Q("agency_tasks", "'Quỹ vòng tay đồng đội' trong kế hoạch huyện Mỹ Lộc là việc của những hội nào?",
  [(M, "g) Hội Cựu chiến binh huyện, Hội Nông dân huyện, Hội Người cao tuổi huyện, Hội Cựu giáo chức huyện"),
   (M, "Hướng dẫn các cấp hội phối hợp tổ chức các hoạt động khuyến học, khuyến tài, xây dựng xã hội học tập theo tinh thần xã hội hoá giáo dục, nâng cao chất lượng “Quỹ vòng tay đồng đội”")],
  "Đó là điểm g) khoản 9 mục V kế hoạch Mỹ Lộc, đề nghị chung bốn hội: Hội Cựu chiến binh huyện, Hội Nông dân huyện, "
  "Hội Người cao tuổi huyện, Hội Cựu giáo chức huyện — hướng dẫn các cấp hội phối hợp tổ chức hoạt động khuyến học, "
  "khuyến tài, xây dựng xã hội học tập theo tinh thần xã hội hoá giáo dục, nâng cao chất lượng “Quỹ vòng tay đồng đội”.",
  ["Hội Cựu chiến binh huyện", "Hội Cựu giáo chức huyện", "Quỹ vòng tay đồng đội"])

Q("agency_tasks", "Đề nghị Hội Khuyến học thành phố Cần Thơ triển khai công tác gì, với nhiệm vụ trọng tâm là gì?",
  [(C, "Triển khai công tác xây dựng xã hội học tập theo Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030” với nhiệm vụ trọng tâm là Bộ tiêu chí đánh giá việc thực hiện xây dựng mô hình xã hội học tập trên địa bàn cấp xã, cấp huyện, cấp tỉnh")],
  "Mục V.13 Kế hoạch 74/KH-BCĐ đề nghị Hội Khuyến học thành phố Cần Thơ triển khai công tác xây dựng xã hội học tập "
  "theo Quyết định số 1373/QĐ-TTg, với nhiệm vụ trọng tâm là Bộ tiêu chí đánh giá việc thực hiện xây dựng mô hình xã "
  "hội học tập trên địa bàn cấp xã, cấp huyện, cấp tỉnh (cùng các Quyết định 387/QĐ-TTg và 677/QĐ-TTg).",
  ["1373/QĐ-TTg", "Bộ tiêu chí đánh giá"])

Q("agency_tasks", "Trích nguyên văn nhiệm vụ của Sở Thông tin và Truyền thông TP. Cần Thơ.",
  [(C, "Chỉ đạo, cung cấp thông tin cho báo, đài Trung ương, địa phương đóng trên địa bàn thành phố, Phòng Văn hóa và Thông tin, Trung tâm Văn hóa - Thể thao và Truyền thanh quận, huyện thực hiện tuyên truyền về hoạt động xây dựng xã hội học tập trên địa bàn thành phố; phối hợp với Sở Giáo dục và Đào tạo triển khai thực hiện hiệu quả chuyển đổi số, đảm bảo hạ tầng kỹ thuật và ứng dụng công nghệ thông tin trong tổ chức các hoạt động học tập suốt đời.")],
  "Mục V.4 Kế hoạch 74 của Cần Thơ: “Chỉ đạo, cung cấp thông tin cho báo, đài Trung ương, địa phương đóng trên địa "
  "bàn thành phố, Phòng Văn hóa và Thông tin, Trung tâm Văn hóa - Thể thao và Truyền thanh quận, huyện thực hiện "
  "tuyên truyền về hoạt động xây dựng xã hội học tập trên địa bàn thành phố; phối hợp với Sở Giáo dục và Đào tạo "
  "triển khai thực hiện hiệu quả chuyển đổi số, đảm bảo hạ tầng kỹ thuật và ứng dụng công nghệ thông tin trong tổ "
  "chức các hoạt động học tập suốt đời.”",
  ["Trung tâm Văn hóa - Thể thao và Truyền thanh quận, huyện", "hạ tầng kỹ thuật"])

Q("agency_tasks", "Điểm c khoản 2 mục V kế hoạch Mỹ Lộc nói gì?",
  [(M, "2. Phòng Lao động - Thương binh và Xã hội"),
   (M, "c) Triển khai các chương trình, dự án, đề án hỗ trợ đào tạo, đào tạo lại cho các đối tượng: lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động.")],
  "Khoản 2 mục V là phần của Phòng Lao động - Thương binh và Xã hội; điểm c) giao phòng này triển khai các chương "
  "trình, dự án, đề án hỗ trợ đào tạo, đào tạo lại cho các đối tượng: lao động nông thôn, người khuyết tật, người dân "
  "tộc thiểu số, phụ nữ, người hết tuổi lao động.",
  ["Phòng Lao động - Thương binh và Xã hội", "lao động nông thôn", "người hết tuổi lao động"])

Q("agency_tasks", "Cụm 'nhân dịp sơ kết, tổng kết' trong kế hoạch Hà Nội gắn với cơ quan nào, và cơ quan đó làm gì?",
  [(N, "7. Ban Thi đua - Khen thưởng (Sở Nội vụ)"),
   (N, "Phối hợp với Sở Giáo dục và Đào tạo, tham mưu trình Ủy ban nhân dân Thành phố khen thưởng cho các tập thể, cá nhân có thành tích trong công tác xây dựng xã hội học tập nhân dịp sơ kết, tổng kết các giai đoạn của Đề án.")],
  "Đó là mục V.7 — Ban Thi đua - Khen thưởng (Sở Nội vụ): phối hợp với Sở Giáo dục và Đào tạo, tham mưu trình UBND "
  "Thành phố khen thưởng cho các tập thể, cá nhân có thành tích trong công tác xây dựng xã hội học tập nhân dịp sơ "
  "kết, tổng kết các giai đoạn của Đề án.",
  ["Ban Thi đua - Khen thưởng", "nhân dịp sơ kết, tổng kết"])

Q("agency_tasks", "Hội Khuyến học thành phố Huế phối hợp với ai để kiểm tra, giám sát, và theo dõi mục tiêu nào?",
  [(H, "Phối hợp với Sở Giáo dục và Đào tạo kiểm tra, giám sát việc thực hiện Kế hoạch."),
   (H, "Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về “Công dân học tập”.")],
  "Theo mục V.7 kế hoạch Huế, Hội Khuyến học thành phố phối hợp với Sở Giáo dục và Đào tạo kiểm tra, giám sát việc "
  "thực hiện Kế hoạch, và theo dõi, tổ chức triển khai, tổng hợp kết quả thực hiện mục tiêu về “Công dân học tập”.",
  ["Sở Giáo dục và Đào tạo", "Công dân học tập"])

Q("agency_tasks", "Tóm tắt việc mà kế hoạch h. An Lão giao cho các phòng, ban, ngành huyện.",
  [(A, "Căn cứ Kế hoạch này, các phòng, ban, ngành triển khai thực hiện phong trào “Học tập suốt đời” phù hợp với điều kiện thực tế."),
   (A, "tham mưu xây dựng mô hình “Cộng đồng học tập” cấp tỉnh theo Thông tư số 25/2023/TT-BGDĐT ngày 27/12/2023 của Bộ Giáo dục và Đào tạo quy định về đánh giá, công nhận “Cộng đồng học tập” cấp xã, huyện, tỉnh; báo cáo kết quả thực hiện phong trào theo yêu cầu.")],
  "Mục III.8 kế hoạch An Lão: các phòng, ban, ngành huyện triển khai phong trào “Học tập suốt đời” phù hợp điều kiện "
  "thực tế; tăng cường giải pháp xây dựng mô hình “Công dân học tập”, “Đơn vị học tập” tại cơ quan, đơn vị; tham mưu "
  "xây dựng mô hình “Cộng đồng học tập” theo Thông tư số 25/2023/TT-BGDĐT; báo cáo kết quả thực hiện phong trào theo "
  "yêu cầu.",
  ["Thông tư số 25/2023/TT-BGDĐT", "báo cáo kết quả thực hiện phong trào theo yêu cầu"])

Q("agency_tasks", "Đề nghị Ban Tuyên giáo Thành ủy Cần Thơ làm gì và phối hợp với ai?",
  [(C, "Đề nghị Ban Tuyên giáo Thành ủy chủ trì, phối hợp với Sở Giáo dục và Đào tạo và các cơ quan liên quan thường xuyên hướng dẫn, kiểm tra, đôn đốc và tổ chức triển khai thực hiện Kế hoạch.")],
  "Mục V.10: Ban Tuyên giáo Thành ủy chủ trì, phối hợp với Sở Giáo dục và Đào tạo và các cơ quan liên quan thường "
  "xuyên hướng dẫn, kiểm tra, đôn đốc và tổ chức triển khai thực hiện Kế hoạch; chỉ đạo các cơ quan báo chí tăng "
  "cường tuyên truyền, định hướng phát triển.",
  ["Sở Giáo dục và Đào tạo", "hướng dẫn, kiểm tra, đôn đốc"])

Q("agency_tasks", "Điểm b khoản 9 mục V kế hoạch Mỹ Lộc giao cho hội nào, nội dung gì?",
  [(M, "b) Hội Khuyến học huyện"),
   (M, "Chủ trì lồng ghép các hoạt động tuyên truyền về xây dựng xã hội học tập thông qua hệ thống hội khuyến học các cấp."),
   (M, "Triển khai thực hiện các tiêu chí công dân học tập; nhân rộng các mô hình học tập trong xã hội")],
  "Điểm b) khoản 9 mục V là Hội Khuyến học huyện: chủ trì lồng ghép các hoạt động tuyên truyền về xây dựng xã hội học "
  "tập thông qua hệ thống hội khuyến học các cấp; phối hợp với Phòng Giáo dục và Đào tạo, Phòng Văn hóa, Thể thao và "
  "Du lịch đẩy mạnh hoạt động các Trung tâm Học tập cộng đồng; triển khai thực hiện các tiêu chí công dân học tập và "
  "nhân rộng các mô hình học tập trong xã hội.",
  ["Hội Khuyến học huyện", "tiêu chí công dân học tập"])

Q("agency_tasks", "Hội Khuyến học Thành phố Hà Nội phải củng cố tổ chức Hội ở những đâu, theo văn bản nào?",
  [(N, "Củng cố, phát triển tổ chức Hội Khuyến học ở các cơ quan, doanh nghiệp, trường học, lực lượng vũ trang (theo Kết luận 49/KL-TW ngày 10/5/2019 của Ban Bí thư Trung ương Đảng).")],
  "Theo điểm b) mục V.15, Hội Khuyến học Thành phố củng cố, phát triển tổ chức Hội Khuyến học ở các cơ quan, doanh "
  "nghiệp, trường học, lực lượng vũ trang, theo Kết luận 49/KL-TW ngày 10/5/2019 của Ban Bí thư Trung ương Đảng.",
  ["lực lượng vũ trang", "49/KL-TW"])

Q("agency_tasks", "Kế hoạch thành phố Huế giao UBND các xã, phường việc gì về trung tâm học tập cộng đồng và về ngân sách?",
  [(H, "bảo đảm mỗi xã, phường có ít nhất một trung tâm học tập cộng đồng hoạt động hiệu quả, đúng chức năng, nhiệm vụ theo quy định."),
   (H, "chịu trách nhiệm cân đối, bố trí ngân sách địa phương và huy động các nguồn kinh phí hợp pháp khác")],
  "Mục V.9: UBND các xã, phường rà soát, củng cố, kiện toàn hệ thống trung tâm học tập cộng đồng, bảo đảm mỗi xã, "
  "phường có ít nhất một trung tâm học tập cộng đồng hoạt động hiệu quả; và chịu trách nhiệm cân đối, bố trí ngân "
  "sách địa phương, huy động các nguồn kinh phí hợp pháp khác để thực hiện kế hoạch.",
  ["ít nhất một trung tâm học tập cộng đồng", "cân đối, bố trí ngân sách địa phương"])

Q("agency_tasks", "Phòng Nội vụ huyện An Lão làm những gì?",
  [(A, "Chủ trì phối hợp với các phòng, ban, ngành, địa phương tham mưu Ủy ban nhân dân huyện kế hoạch, kinh phí, tổ chức đào tạo, bồi dưỡng cán bộ, công chức, viên chức theo quy định của Chính phủ."),
   (A, "chính sách bảo vệ cán bộ, miễn trừ trách nhiệm đối với cán bộ tiên phong")],
  "Mục III.2: Phòng Nội vụ chủ trì tham mưu UBND huyện kế hoạch, kinh phí, tổ chức đào tạo, bồi dưỡng cán bộ, công "
  "chức, viên chức; khảo sát, đánh giá chất lượng đội ngũ, xây dựng khung tiêu chí đánh giá, sàng lọc, quy hoạch cán "
  "bộ; nghiên cứu cơ chế khuyến khích cán bộ dám nghĩ, dám làm và chính sách bảo vệ cán bộ, miễn trừ trách nhiệm "
  "đối với cán bộ tiên phong.",
  ["đào tạo, bồi dưỡng cán bộ, công chức, viên chức", "miễn trừ trách nhiệm"])

# ----------------------------------------------------------------------------------------------------- target (12)
Q("target", "Trích nguyên văn chỉ tiêu năm 2025 của Mỹ Lộc về kỹ năng sống.",
  [(M, "a) Mục tiêu đến năm 2025"),
   (M, "60% số người trong độ tuổi lao động được trang bị kỹ năng sống.")],
  "Mục II.2.a (Mục tiêu đến năm 2025) kế hoạch Mỹ Lộc: “60% số người trong độ tuổi lao động được trang bị kỹ năng sống.”",
  ["60%", "kỹ năng sống"])

Q("target", "Chỉ tiêu 2025 và 2030 của Hà Nội về tỷ lệ người 15-60 tuổi biết chữ là bao nhiêu?",
  [(N, "Duy trì 99,5% trở lên người trong độ tuổi 15-60 biết chữ."),
   (N, "99,6% người trong độ tuổi 15-60 biết chữ.")],
  "Năm 2025: duy trì 99,5% trở lên người trong độ tuổi 15-60 biết chữ; năm 2030: 99,6% người trong độ tuổi 15-60 biết chữ.",
  ["99,5%", "99,6%"])

Q("target", "Năm 25 Mỹ Lộc phấn đấu bao nhiêu phần trăm cơ sở giáo dục triển khai quản lý, dạy học trên môi trường số?",
  [(M, "a) Mục tiêu đến năm 2025"),
   (M, "60% các cơ sở giáo dục phổ thông, cơ sở giáo dục thường xuyên, cơ sở giáo dục nghề nghiệp và các cơ sở giáo dục khác triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường số.")],
  "Đến năm 2025: 60% các cơ sở giáo dục phổ thông, cơ sở giáo dục thường xuyên, cơ sở giáo dục nghề nghiệp và các cơ "
  "sở giáo dục khác triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường số.",
  ["60%", "môi trường số"])

Q("target", "Có phải Huế đặt chỉ tiêu bốn mươi phần trăm công dân đạt danh hiệu công dân học tập trong năm 2026?",
  [(H, "40% công dân đạt danh hiệu công dân học tập.")],
  "Đúng. Mục II.4 kế hoạch năm 2026 của thành phố Huế ghi: “40% công dân đạt danh hiệu công dân học tập.”",
  ["40%"])

Q("target", "Kế hoạch TP. Cần Thơ năm 2024 đặt bao nhiêu % quận, huyện đạt phổ cập THCS mức độ 2 và mức độ 3?",
  [(C, "100% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 2; phần đầu có 66% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3.")],
  "Mức độ 2: 100% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở; mức độ 3: “phần đầu” (phấn đấu) có 66% "
  "quận, huyện đạt chuẩn.",
  ["100%", "66%"])

Q("target", "Mục II.4 kế hoạch Huế (Xây dựng các mô hình học tập trong xã hội) đặt những chỉ tiêu gì?",
  [(H, "40% công dân đạt danh hiệu công dân học tập."),
   (H, "Có ít nhất 15 đơn vị được công nhận “Đơn vị học tập” cấp tỉnh mức độ 1, trong đó có ít nhất 05 đơn vị đạt mức độ 2."),
   (H, "100% xã, phường đạt “Cộng đồng học tập” cấp xã mức độ 1.")],
  "Ba chỉ tiêu: 40% công dân đạt danh hiệu công dân học tập; có ít nhất 15 đơn vị được công nhận “Đơn vị học tập” cấp "
  "tỉnh mức độ 1, trong đó ít nhất 05 đơn vị đạt mức độ 2; 100% xã, phường đạt “Cộng đồng học tập” cấp xã mức độ 1.",
  ["40%", "ít nhất 15", "100%"])

Q("target", "Chỉ tiêu công dân đạt kỹ năng số của tp HN năm 2025 và 2030?",
  [(N, "50% công dân đạt danh hiệu công dân học tập; 50% công dân đạt kỹ năng số."),
   (N, "70% công dân đạt danh hiệu công dân học tập; 70% công dân đạt kỹ năng số.")],
  "Năm 2025: 50% công dân đạt kỹ năng số; năm 2030: 70% công dân đạt kỹ năng số (cùng mức với tỷ lệ công dân học tập "
  "của từng năm).",
  ["50%", "70%"])

Q("target", "Hà Nội đặt chỉ tiêu bao nhiêu % dân số từ 15 tuổi trở lên được đào tạo chuyên môn kỹ thuật vào năm 2030, trong đó đại học trở lên bao nhiêu?",
  [(N, "2.2. Mục tiêu cụ thể đến năm 2030"),
   (N, "60% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật. Trong đó, 15% dân số có trình độ đại học trở lên.")],
  "Đến năm 2030: 60% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật; trong đó 15% dân số có "
  "trình độ đại học trở lên.",
  ["60%", "15%"])

Q("target", "Trích chỉ tiêu về “Cộng đồng học tập” trong Kế hoạch 74 của Cần Thơ.",
  [(C, "Phần đầu đạt tỷ lệ 80% đơn vị được đánh giá, công nhận theo mức độ “Cộng đồng học tập” cấp xã, huyện, thành phố")],
  "“Phần đầu đạt tỷ lệ 80% đơn vị được đánh giá, công nhận theo mức độ “Cộng đồng học tập” cấp xã, huyện, thành phố” "
  "(chỉ tiêu năm 2024; “phần đầu” là lỗi gõ của “phấn đấu”).",
  ["80%"])

Q("target", "Tỷ lệ trung tâm học tập cộng đồng ứng dụng CNTT của Mỹ Lộc đến 2025 và đến 2030 là bao nhiêu?",
  [(M, "a) Mục tiêu đến năm 2025"),
   (M, "70% các Trung tâm Học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục."),
   (M, "b) Mục tiêu đến năm 2030"),
   (M, "90% các Trung tâm Học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục.")],
  "Đến năm 2025: 70% các Trung tâm Học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo "
  "dục; đến năm 2030: 90%.",
  ["70%", "90%"])

Q("target", "Kế hoạch thành phố Huế năm 2026: bao nhiêu % người trong độ tuổi lao động được trang bị năng lực CNTT, và bao nhiêu % được trang bị kỹ năng sống?",
  [(H, "87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin."),
   (H, "80% số người trong độ tuổi lao động được trang bị kỹ năng sống.")],
  "87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin và 80% được trang bị kỹ năng sống.",
  ["87%", "80%"])

Q("target", "Năm 2024, Cần Thơ muốn bao nhiêu quận, huyện đạt chuẩn phổ cập giáo dục tiểu học, ở mức độ mấy?",
  [(C, "100% quận, huyện đạt chuẩn phổ cập giáo dục tiểu học mức độ 3;")],
  "100% quận, huyện đạt chuẩn phổ cập giáo dục tiểu học mức độ 3.",
  ["100%", "mức độ 3"])

# ---------------------------------------------------------------------------------------------------- deadline (8)
Q("deadline", "Đến 31/12/2026 UBND xã, phường ở Huế mới phải nộp báo cáo kết quả à? Hạn chính xác là ngày nào, gửi đâu?",
  [(H, "định kỳ tổng hợp, gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026")],
  "Không phải 31/12/2026. UBND các xã, phường định kỳ tổng hợp, gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo "
  "trước ngày 15/12/2026 để tổng hợp, báo cáo UBND thành phố.",
  ["15/12/2026", "Sở Giáo dục và Đào tạo"])

Q("deadline", "Cho biết thời hạn Phòng Giáo dục và Đào tạo Mỹ Lộc báo cáo UBND huyện hằng năm.",
  [(M, "Tổ chức kiểm tra, giám sát và đánh giá, tổng hợp, báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm")],
  "Phòng Giáo dục và Đào tạo tổ chức kiểm tra, giám sát, đánh giá, tổng hợp và báo cáo UBND huyện trước ngày 15 tháng "
  "12 hằng năm (điểm e khoản 1 mục V).",
  ["15 tháng 12"])

Q("deadline", "Việc bảo đảm mỗi xã, phường ở Huế có ít nhất một trung tâm học tập cộng đồng phải xong trước 30/6/2026, đúng không?",
  [(H, "bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn thành trong Quý II năm 2026.")],
  "Kế hoạch ghi “hoàn thành trong Quý II năm 2026” — tức là trong quý II, kết thúc ngày 30/6/2026; kế hoạch không "
  "ghi ngày cụ thể.",
  ["Quý II năm 2026"])

Q("deadline", "Hà Nội: các sở, ngành, quận huyện phải báo cáo kết quả hằng năm trước mồng 1/12 và qua cơ quan nào?",
  [(N, "định kỳ hàng năm tổng hợp kết quả, báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo để tổng hợp).")],
  "Đúng: định kỳ hằng năm tổng hợp kết quả, báo cáo UBND Thành phố trước ngày 01 tháng 12, qua Sở Giáo dục và Đào "
  "tạo để tổng hợp.",
  ["01 tháng 12", "Sở Giáo dục và Đào tạo"])

Q("deadline", "Theo điểm e khoản 1 mục V kế hoạch Mỹ Lộc, sơ kết và tổng kết Đề án vào năm nào?",
  [(M, "tham mưu UBND huyện tổ chức sơ kết Đề án vào năm 2025, tổng kết vào năm 2030")],
  "Phòng Giáo dục và Đào tạo tham mưu UBND huyện tổ chức sơ kết Đề án vào năm 2025, tổng kết vào năm 2030.",
  ["năm 2025", "năm 2030"])

Q("deadline", "Mùng 10 tháng 12 là hạn gì trong kế hoạch huyện Mỹ Lộc?",
  [(M, "11. UBND các xã, thị trấn"),
   (M, "d) Kiểm tra, giám sát và định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo")],
  "Đó là hạn của UBND các xã, thị trấn: định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo tình hình, kết quả thực "
  "hiện Kế hoạch về Phòng Giáo dục và Đào tạo để tổng hợp báo cáo.",
  ["10 tháng 12", "Phòng Giáo dục và Đào tạo"])

Q("deadline", "Mục III.8 kế hoạch Mỹ Lộc đặt mốc ngày nào để gửi báo cáo kiểm tra, giám sát, và gửi về đâu?",
  [(M, "Tổ chức kiểm tra, giám sát đột xuất và định kỳ, trước ngày 30 tháng 11 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo")],
  "Mục III.8 (Tổ chức kiểm tra, giám sát): trước ngày 30 tháng 11 hằng năm gửi báo cáo tình hình, kết quả thực hiện "
  "Kế hoạch về Phòng Giáo dục và Đào tạo (Thường trực Ban chỉ đạo xây dựng xã hội học tập huyện).",
  ["30 tháng 11", "Phòng Giáo dục và Đào tạo"])

Q("deadline", "Kế hoạch số 74 của Ban Chỉ đạo TP. Cần Thơ ký ngày nào, và là kế hoạch cho năm nào?",
  [(C, "Cần Thơ, ngày 04 tháng 5 năm 2024"),
   (C, "Xây dựng xã hội học tập năm 2024 trên địa bàn thành phố Cần Thơ")],
  "Kế hoạch số 74/KH-BCĐ ký ngày 04 tháng 5 năm 2024, là kế hoạch xây dựng xã hội học tập năm 2024 trên địa bàn thành "
  "phố Cần Thơ.",
  ["04 tháng 5 năm 2024", "năm 2024"])

# ----------------------------------------------------------------------------------------------------- funding (7)
Q("funding", "Tóm tắt phần kinh phí của kế hoạch Huế.",
  [(H, "Kinh phí thực hiện Kế hoạch được bảo đảm từ nguồn ngân sách nhà nước theo phân cấp ngân sách hiện hành và các nguồn kinh phí hợp pháp khác."),
   (H, "Việc quản lý, sử dụng kinh phí thực hiện Kế hoạch thực hiện theo Nghị quyết số 16/2025/NQ-HĐND ngày 16 tháng 7 năm 2025 của Hội đồng nhân dân thành phố")],
  "Mục IV: kinh phí từ ngân sách nhà nước theo phân cấp ngân sách hiện hành và các nguồn kinh phí hợp pháp khác; ngân "
  "sách bố trí theo Luật Ngân sách nhà nước, đồng thời huy động tài trợ, đóng góp hợp pháp của tổ chức, doanh nghiệp, "
  "cá nhân; quản lý, sử dụng kinh phí theo Nghị quyết số 16/2025/NQ-HĐND ngày 16 tháng 7 năm 2025 của HĐND thành phố. "
  "Kế hoạch không nêu số tiền.",
  ["ngân sách nhà nước", "16/2025/NQ-HĐND"])

Q("funding", "Kinh phí kế hoạch tp HN lấy từ đâu, và sở nào bảo đảm kinh phí trong dự toán?",
  [(N, "Được đảm bảo trong dự toán chi ngân sách nhà nước hàng năm của các đơn vị theo phân cấp ngân sách hiện hành; huy động từ các nguồn tài trợ, đóng góp của doanh nghiệp, tổ chức, cá nhân"),
   (N, "6. Sở Tài chính - Đảm bảo kinh phí trong dự toán ngân sách hàng năm (theo phân cấp)")],
  "Kinh phí được đảm bảo trong dự toán chi ngân sách nhà nước hàng năm của các đơn vị theo phân cấp, cùng các nguồn "
  "tài trợ, đóng góp hợp pháp; Sở Tài chính đảm bảo kinh phí trong dự toán ngân sách hàng năm (theo phân cấp) theo Luật "
  "Ngân sách Nhà nước.",
  ["dự toán chi ngân sách nhà nước hàng năm", "Sở Tài chính"])

Q("funding", "Mục IV kế hoạch h. An Lão nói gì về kinh phí?",
  [(A, "Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách nhà nước theo quy định, nguồn thu hợp pháp của các cơ quan, đơn vị và huy động từ các nguồn xã hội hóa.")],
  "“Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách nhà nước theo quy định, nguồn thu hợp pháp của các cơ quan, "
  "đơn vị và huy động từ các nguồn xã hội hóa.”",
  ["nguồn thu hợp pháp của các cơ quan, đơn vị", "xã hội hóa"])

Q("funding", "Ở Mỹ Lộc, ai lập dự toán kinh phí hằng năm, và ai tham mưu UBND huyện bố trí kinh phí?",
  [(M, "căn cứ vào nhiệm vụ được giao, các sở, ngành, địa phương xây dựng kế hoạch và dự toán kinh phí thực hiện"),
   (M, "5. Phòng Tài chính - Kế hoạch"),
   (M, "Căn cứ tình hình thực tế của địa phương, tham mưu UBND huyện bố trí kinh phí để thực hiện Kế hoạch theo phân cấp ngân sách hiện hành.")],
  "Hằng năm các sở, ngành, địa phương căn cứ nhiệm vụ được giao xây dựng kế hoạch và dự toán kinh phí thực hiện (mục "
  "IV.1); Phòng Tài chính - Kế hoạch tham mưu UBND huyện bố trí kinh phí theo phân cấp ngân sách hiện hành (mục V.5).",
  ["dự toán kinh phí", "Phòng Tài chính - Kế hoạch"])

Q("funding", "Trích dẫn đoạn nói về nguồn kinh phí trong KH 74 Cần Thơ.",
  [(C, "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước, nguồn tài trợ và các nguồn tài chính hợp pháp khác theo quy định của pháp luật.")],
  "Mục IV: “Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước, nguồn tài trợ và các nguồn tài chính "
  "hợp pháp khác theo quy định của pháp luật.”",
  ["ngân sách nhà nước", "nguồn tài trợ"])

Q("funding", "Sở Tài chính thành phố Huế tham mưu bố trí kinh phí dựa trên cơ sở nào, theo luật nào?",
  [(H, "Trên cơ sở đề nghị của các cơ quan, đơn vị liên quan và khả năng cân đối ngân sách, tham mưu Ủy ban nhân dân thành phố bố trí kinh phí thực hiện Kế hoạch theo quy định của Luật Ngân sách Nhà nước.")],
  "Trên cơ sở đề nghị của các cơ quan, đơn vị liên quan và khả năng cân đối ngân sách, Sở Tài chính tham mưu UBND "
  "thành phố bố trí kinh phí thực hiện Kế hoạch theo quy định của Luật Ngân sách Nhà nước.",
  ["khả năng cân đối ngân sách", "Luật Ngân sách Nhà nước"])

Q("funding", "Ở cấp xã, thị trấn của An Lão, ai lo dự toán và phân bổ ngân sách cho công tác khuyến học?",
  [(A, "Tổng hợp dự toán hàng năm, bố trí và phân bổ ngân sách theo kế hoạch cho công tác khuyến học, khuyến tài, xây dựng xã hội học tập và học tập suốt đời tại địa phương.")],
  "Ủy ban nhân dân xã, thị trấn (mục III.9): tổng hợp dự toán hàng năm, bố trí và phân bổ ngân sách theo kế hoạch cho "
  "công tác khuyến học, khuyến tài, xây dựng xã hội học tập và học tập suốt đời tại địa phương.",
  ["Tổng hợp dự toán hàng năm", "phân bổ ngân sách"])

# ------------------------------------------------------------------------------------------------ legal_basis (4)
Q("legal_basis", "Kế hoạch Mỹ Lộc thực hiện văn bản nào của tỉnh? Nêu số và nơi ban hành.",
  [(M, "Thực hiện Kế hoạch số 145/KH- UBND ngày 23/12//2021 của UBND tỉnh Nam Định")],
  "Kế hoạch huyện Mỹ Lộc thực hiện Kế hoạch số 145/KH-UBND ngày 23/12/2021 (bản gốc gõ “23/12//2021”) của UBND tỉnh "
  "Nam Định về thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030”.",
  ["145", "Nam Định"])

Q("legal_basis", "Kế hoạch Hà Nội triển khai nghị quyết nào, của cơ quan nào, ban hành ngày nào?",
  [(N, "Thực hiện Nghị quyết số 23-NQ/TU ngày 16/11/2023 của Thành ủy Hà Nội")],
  "Kế hoạch triển khai Nghị quyết số 23-NQ/TU ngày 16/11/2023 của Thành ủy Hà Nội về tăng cường sự lãnh đạo của Đảng "
  "đối với công tác khuyến học, khuyến tài, xây dựng xã hội học tập đến năm 2030, tầm nhìn đến năm 2045.",
  ["23-NQ/TU", "16/11/2023", "Thành ủy Hà Nội"])

Q("legal_basis", "Kế hoạch An Lão thực hiện Kế hoạch 108 của UBND TP Hải Phòng ban hành ngày 6 tháng 5 năm 2025, đúng không?",
  [(A, "Thực hiện Kế hoạch số 108 /KH-UBND ngày 06/5/2025 của Ủy ban nhân dân thành phố Hải Phòng")],
  "Đúng. Kế hoạch huyện An Lão thực hiện Kế hoạch số 108/KH-UBND ngày 06/5/2025 của UBND thành phố Hải Phòng về triển "
  "khai phong trào “Học tập suốt đời” gắn với công tác khuyến học, khuyến tài, xây dựng xã hội học tập.",
  ["108", "06/5/2025"])

Q("legal_basis", "Chương trình học tập suốt đời trong công nhân lao động tại doanh nghiệp mà kế hoạch Huế nhắc tới được phê duyệt bởi quyết định nào?",
  [(H, "Quyết định số 1268/QĐ-TTg ngày 19 tháng 10 năm 2022 của Thủ tướng Chính phủ phê duyệt Chương trình “Đẩy mạnh các hoạt động học tập suốt đời trong công nhân lao động tại các doanh nghiệp đến năm 2030”")],
  "Quyết định số 1268/QĐ-TTg ngày 19 tháng 10 năm 2022 của Thủ tướng Chính phủ phê duyệt Chương trình “Đẩy mạnh các "
  "hoạt động học tập suốt đời trong công nhân lao động tại các doanh nghiệp đến năm 2030” (ở Huế, Liên đoàn Lao động "
  "thành phố thực hiện qua Kế hoạch số 147/KH-UBND).",
  ["1268/QĐ-TTg", "19 tháng 10 năm 2022"])

# ----------------------------------------------------------------------------------------------------- purpose (3)
Q("purpose", "Mục I.1 kế hoạch Huế nêu những mục đích gì? Tóm tắt.",
  [(H, "Tiếp tục triển khai thực hiện có hiệu quả các chủ trương của Đảng, chính sách, pháp luật của Nhà nước về xây dựng xã hội học tập, thúc đẩy học tập suốt đời, học tập thường xuyên trong toàn xã hội."),
   (H, "đẩy mạnh việc triển khai, nhân rộng các mô hình học tập phù hợp với yêu cầu phát triển của nền kinh tế số, xã hội số."),
   (H, "góp phần nâng cao chất lượng nguồn nhân lực và chất lượng cuộc sống của Nhân dân.")],
  "Ba mục đích: (1) tiếp tục triển khai hiệu quả chủ trương, chính sách về xây dựng xã hội học tập, thúc đẩy học tập "
  "suốt đời, học tập thường xuyên; (2) nâng cao nhận thức, trách nhiệm các cấp, các ngành và mỗi công dân, nhân rộng "
  "các mô hình học tập phù hợp nền kinh tế số, xã hội số; (3) duy trì, nâng cao chất lượng các mô hình học tập, phát "
  "huy vai trò cộng đồng, gia đình, dòng họ, góp phần nâng cao chất lượng nguồn nhân lực và chất lượng cuộc sống của "
  "Nhân dân.",
  ["học tập suốt đời", "kinh tế số, xã hội số", "chất lượng cuộc sống"])

Q("purpose", "Mục đích của kế hoạch An Lão đối với người đứng đầu chính quyền, cơ quan là gì?",
  [(A, "Tăng cường trách nhiệm, xác định nhiệm vụ của người đứng đầu chính quyền, cơ quan, đoàn thể, đơn vị, doanh nghiệp trong việc khuyến khích, tạo điều kiện thuận lợi để mọi người dân được học tập thường xuyên, học tập suốt đời.")],
  "Mục I.1: tăng cường trách nhiệm, xác định nhiệm vụ của người đứng đầu chính quyền, cơ quan, đoàn thể, đơn vị, doanh "
  "nghiệp trong việc khuyến khích, tạo điều kiện thuận lợi để mọi người dân được học tập thường xuyên, học tập suốt đời.",
  ["người đứng đầu", "học tập thường xuyên, học tập suốt đời"])

Q("purpose", "Theo mục I.1 của kế hoạch Mỹ Lộc, người dân tận dụng mọi cơ hội học tập để trở thành gì?",
  [(M, "tận dụng mọi cơ hội học tập để trở thành công dân số, công dân học tập toàn cầu.")],
  "Mục đích b): tạo phong trào toàn xã hội tham gia học tập, tạo điều kiện để mọi công dân học tập thường xuyên, học "
  "suốt đời; tận dụng mọi cơ hội học tập để trở thành công dân số, công dân học tập toàn cầu.",
  ["công dân số", "công dân học tập toàn cầu"])

# ------------------------------------------------------------------------------------------------ task_section (5)
Q("task_section", "Mục III.2 kế hoạch Huế nói gì?",
  [(H, "2. Tăng cường công tác tuyên truyền, phổ biến các chủ trương, chính sách của Đảng và Nhà nước về khuyến học, khuyến tài, xây dựng xã hội học tập"),
   (H, "Tổ chức hiệu quả các hoạt động hưởng ứng như: Tuần lễ hưởng ứng học tập suốt đời, Ngày Sách và Văn hóa đọc Việt Nam, Ngày Khuyến học Việt Nam, gắn với các phong trào thi đua yêu nước tại địa phương."),
   (H, "Kịp thời biểu dương, tôn vinh, khen thưởng các tập thể, cá nhân tiêu biểu")],
  "Mục III.2 “Tăng cường công tác tuyên truyền, phổ biến các chủ trương, chính sách của Đảng và Nhà nước về khuyến "
  "học, khuyến tài, xây dựng xã hội học tập”: tuyên truyền, triển khai các văn bản trọng tâm (KL 49-KL/TW, CT 29-CT/TW, "
  "CT 14/CT-TTg, QĐ 1373, 387, 677, 1268, 1520, 1315, CV 2430-CV/TU, KH 336 và KH 07); đẩy mạnh tuyên truyền về học tập "
  "suốt đời trong bối cảnh chuyển đổi số; tổ chức Tuần lễ hưởng ứng học tập suốt đời, Ngày Sách và Văn hóa đọc Việt "
  "Nam, Ngày Khuyến học Việt Nam; kịp thời biểu dương, khen thưởng tập thể, cá nhân tiêu biểu.",
  ["Tuần lễ hưởng ứng học tập suốt đời", "Ngày Khuyến học Việt Nam"])

Q("task_section", "Liệt kê nội dung mục III.2 (cơ chế, chính sách) của Kế hoạch 74 Cần Thơ.",
  [(C, "a) Nghiên cứu, đề xuất xây dựng Kế hoạch thực hiện học tập suốt đời;"),
   (C, "b) Xây dựng Tiêu chí đánh giá việc thực hiện xây dựng xã hội học tập của các địa phương; tiêu chí công dân học tập; tiêu chí công nhận huyện học tập, quận, huyện học tập; khung năng lực thông tin phục vụ học tập suốt đời cho công dân;"),
   (C, "d) Tham mưu xây dựng các cơ chế, chính sách hỗ trợ các trung tâm học tập cộng đồng, nhất là các trung tâm học tập cộng đồng ở các xã vùng sâu, vùng đồng bào dân tộc thiểu số;")],
  "Mục III.2 “Triển khai thực hiện cơ chế, chính sách về xây dựng xã hội học tập”: a) nghiên cứu, đề xuất xây dựng Kế "
  "hoạch thực hiện học tập suốt đời; b) xây dựng tiêu chí đánh giá xây dựng xã hội học tập, tiêu chí công dân học tập, "
  "tiêu chí huyện học tập, khung năng lực thông tin; c) thực hiện quy chế kiểm tra, công nhận kết quả giáo dục thường "
  "xuyên và liên thông; d) tham mưu cơ chế, chính sách hỗ trợ trung tâm học tập cộng đồng, nhất là ở xã vùng sâu, vùng "
  "đồng bào dân tộc thiểu số; đ) đề xuất chính sách cho công nhân, người lao động, người hết tuổi lao động, người nội "
  "trợ, người khuyết tật học tập suốt đời.",
  ["Kế hoạch thực hiện học tập suốt đời", "khung năng lực thông tin", "vùng đồng bào dân tộc thiểu số"])

Q("task_section", "Nhóm giải pháp “Hoàn thiện cơ chế, chính sách về xây dựng xã hội học tập” của Hà Nội gồm những việc gì?",
  [(N, "6. Hoàn thiện cơ chế, chính sách về xây dựng xã hội học tập"),
   (N, "Rà soát, xây dựng cơ chế, chính sách hỗ trợ các trung tâm học tập cộng đồng để tăng hiệu quả hoạt động, nhất là các trung tâm học tập cộng đồng ở khu vực ngoại thành"),
   (N, "Hoàn thiện cơ chế tự chủ đối với các cơ sở giáo dục; ban hành định mức kinh tế - kỹ thuật, giá dịch vụ giáo dục đối với các cơ sở giáo dục mầm non, giáo dục phổ thông")],
  "Mục III.6: rà soát, bổ sung cơ chế, chính sách về giáo dục, xây dựng xã hội học tập; xây dựng chính sách cho công "
  "nhân, người lao động được đào tạo lại, hỗ trợ người hết tuổi lao động, người nội trợ, người khuyết tật; chính sách "
  "hỗ trợ trung tâm học tập cộng đồng, nhất là ở khu vực ngoại thành; xây dựng cơ sở giáo dục chất lượng cao, thông "
  "minh; hoàn thiện cơ chế tự chủ, ban hành định mức kinh tế - kỹ thuật, giá dịch vụ giáo dục.",
  ["khu vực ngoại thành", "cơ chế tự chủ", "định mức kinh tế - kỹ thuật"])

Q("task_section", "Phần 6 mục III của kế hoạch Mỹ Lộc có những nội dung gì?",
  [(M, "6. Tổ chức các phong trào, cuộc vận động để thúc đẩy học tập suốt đời"),
   (M, "e) Tiếp tục củng cố, xây dựng Hội Khuyến học các cấp vững mạnh"),
   (M, "xây dựng mô hình “Công dân học tập” để hướng đến đánh giá xếp loại “Huyện, thành phố học tập”, “Tỉnh học tập”.")],
  "Mục III.6 “Tổ chức các phong trào, cuộc vận động để thúc đẩy học tập suốt đời”: a) các ngành, đoàn thể, doanh nghiệp "
  "khuyến khích người dân học tập; b) các ngành tạo cơ hội học tập cho cán bộ và biên soạn tài liệu; c) vận động nhân "
  "dân duy trì thói quen tự học; d) phát động phong trào thi đua khuyến học, khuyến tài; đ) huy động doanh nghiệp; e) "
  "củng cố Hội Khuyến học các cấp vững mạnh; g) nâng cao chất lượng đánh giá “Cộng đồng học tập”, “Gia đình học tập”, "
  "“Dòng họ học tập”, “Đơn vị học tập”, xây dựng mô hình “Công dân học tập” hướng đến “Huyện, thành phố học tập”, "
  "“Tỉnh học tập”.",
  ["Hội Khuyến học các cấp", "Huyện, thành phố học tập"])

Q("task_section", "Mục II.1 kế hoạch h. An Lão nói gì?",
  [(A, "1. Rà soát, điều chỉnh hoặc xây dựng mới các cơ chế, chính sách thúc đẩy khuyến học, khuyến tài, xây dựng xã hội học tập, học tập suốt đời; tạo bình đẳng trong cơ hội tiếp cận giáo dục đối với mọi đối tượng, mọi tầng lớp nhân dân; bảo đảm “không ai bị bỏ lại phía sau” trong phong trào “Học tập suốt đời”.")],
  "Mục II.1 (Nội dung, giải pháp): rà soát, điều chỉnh hoặc xây dựng mới các cơ chế, chính sách thúc đẩy khuyến học, "
  "khuyến tài, xây dựng xã hội học tập, học tập suốt đời; tạo bình đẳng trong cơ hội tiếp cận giáo dục cho mọi đối "
  "tượng; bảo đảm “không ai bị bỏ lại phía sau” trong phong trào “Học tập suốt đời”.",
  ["xây dựng mới các cơ chế, chính sách", "không ai bị bỏ lại phía sau"])

# -------------------------------------------------------------------------------------------------- cross_plan (6)
Q("cross_plan", "Chỉ tiêu “công dân học tập” của Huế năm 2026 so với của Mỹ Lộc năm 2025 — bên nào cao hơn?",
  [(H, "40% công dân đạt danh hiệu công dân học tập."),
   (M, "a) Mục tiêu đến năm 2025"),
   (M, "40% công dân đạt danh hiệu công dân học tập theo tiêu chí do cơ quan có thẩm quyền ban hành.")],
  "Bằng nhau: Huế (năm 2026) đặt 40% công dân đạt danh hiệu công dân học tập; Mỹ Lộc (mục tiêu đến năm 2025) cũng đặt "
  "40% công dân đạt danh hiệu công dân học tập (Mỹ Lộc nâng lên 60% vào năm 2030).",
  ["40%"])

Q("cross_plan", "Kỹ năng sống: Hà Nội năm 2030 và Cần Thơ năm 2024 đặt bao nhiêu %?",
  [(N, "2.2. Mục tiêu cụ thể đến năm 2030"),
   (N, "70% người trong độ tuổi lao động được trang bị kỹ năng sống."),
   (C, "Phần đầu đạt tỷ lệ 90% số người trong độ tuổi lao động được trang bị kỹ năng sống")],
  "Hà Nội đến năm 2030: 70% người trong độ tuổi lao động được trang bị kỹ năng sống. Cần Thơ năm 2024: “phần đầu” "
  "(phấn đấu) đạt tỷ lệ 90% số người trong độ tuổi lao động được trang bị kỹ năng sống.",
  ["70%", "90%"])

Q("cross_plan", "Những kế hoạch nào giao Liên đoàn Lao động vận động người sử dụng lao động “thành lập quỹ khuyến học, khuyến tài”?",
  [(M, "d) Liên đoàn Lao động huyện"),
   (M, "thành lập quỹ khuyến học, khuyến tài hỗ trợ công nhân, người lao động học tập nâng cao trình độ"),
   (N, "9. Liên đoàn Lao động Thành phố"),
   (N, "thành lập quỹ khuyến học, khuyến tài, hỗ trợ công nhân, người lao động học tập nâng cao trình độ")],
  "Hai kế hoạch: Mỹ Lộc (Liên đoàn Lao động huyện, điểm d khoản 9 mục V) và Hà Nội (Liên đoàn Lao động Thành phố, mục "
  "V.9) đều giao chỉ đạo các cấp công đoàn vận động người sử dụng lao động tạo điều kiện, thành lập quỹ khuyến học, "
  "khuyến tài hỗ trợ công nhân, người lao động học tập. Kế hoạch Huế chỉ giao Liên đoàn Lao động thực hiện Kế hoạch "
  "147/KH-UBND, còn Cần Thơ đề nghị Liên đoàn Lao động phát triển nghề nghiệp — không nói đến quỹ.",
  ["thành lập quỹ khuyến học, khuyến tài", "Liên đoàn Lao động"])

Q("cross_plan", "Bộ Chỉ huy Quân sự ở Cần Thơ và ở Mỹ Lộc có cùng nhiệm vụ về ngoại ngữ không?",
  [(C, "b) Chỉ đạo nâng cao trình độ, năng lực ngoại ngữ và tiếng dân tộc thiểu số cho lực lượng vũ trang, cán bộ, chiến sĩ quân đội."),
   (M, "6. Công an huyện, Bộ Chỉ huy Quân sự huyện"),
   (M, "Nâng cao trình độ, năng lực ngoại ngữ cho cán bộ toàn lực lượng vũ trang trên địa bàn huyện.")],
  "Gần giống: ở Cần Thơ, Bộ Chỉ huy Quân sự thành phố chỉ đạo nâng cao trình độ, năng lực ngoại ngữ và tiếng dân tộc "
  "thiểu số cho lực lượng vũ trang; ở Mỹ Lộc, Công an huyện và Bộ Chỉ huy Quân sự huyện nâng cao trình độ, năng lực "
  "ngoại ngữ cho cán bộ toàn lực lượng vũ trang (không nhắc tiếng dân tộc thiểu số).",
  ["năng lực ngoại ngữ", "tiếng dân tộc thiểu số"])

Q("cross_plan", "Những kế hoạch nào nói tham gia mạng lưới thành phố học tập của UNESCO?",
  [(M, "Chủ động, tích cực tham gia mạng lưới “Thành phố học tập toàn cầu” do Tổ chức Giáo dục, Khoa học và Văn hóa của Liên hợp quốc (UNESCO) điều hành."),
   (N, "Chủ động, tích cực tham gia mạng lưới “Thành phố học tập” của UNESCO."),
   (C, "d) Chủ động, tích cực tham gia mạng lưới “Thành phố học tập toàn cầu” do Tổ chức Giáo dục, Khoa học và Văn hóa của Liên hợp quốc (UNESCO) điều hành.")],
  "Ba kế hoạch: Mỹ Lộc (mục III.7.đ) và Cần Thơ (mục III.6.d) — “Chủ động, tích cực tham gia mạng lưới “Thành phố học "
  "tập toàn cầu” do … (UNESCO) điều hành”; Hà Nội (mục III.7) — “Chủ động, tích cực tham gia mạng lưới “Thành phố học "
  "tập” của UNESCO”. Kế hoạch Huế và An Lão không nhắc UNESCO.",
  ["UNESCO", "Thành phố học tập toàn cầu"])

Q("cross_plan", "So với Huế thì Cần Thơ đặt chỉ tiêu đại học số thế nào?",
  [(H, "100% các trường đại học, cao đẳng có triển khai đại học số và xây dựng học liệu số."),
   (C, "Phần đầu đạt tỷ lệ 90% trường đại học triển khai đại học số và xây dựng học liệu số")],
  "Huế (năm 2026): 100% các trường đại học, cao đẳng có triển khai đại học số và xây dựng học liệu số. Cần Thơ (năm "
  "2024): “phần đầu” (phấn đấu) đạt tỷ lệ 90% trường đại học triển khai đại học số và xây dựng học liệu số — thấp hơn.",
  ["100%", "90%"])

# ----------------------------------------------------------------------------------------------- no_diacritics (8)
Q("no_diacritics", "so noi vu tp hue theo doi muc tieu gi",
  [(H, "Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về năng lực cơ bản và trình độ của người dân.")],
  "Sở Nội vụ thành phố Huế theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về năng lực cơ bản và "
  "trình độ của người dân (mục V.3).",
  ["năng lực cơ bản và trình độ của người dân"])

Q("no_diacritics", "HaNoi dat chi tieu bao nhieu % truong cong lap dat chuan quoc gia nam 2030",
  [(N, "85-90% trường công lập đạt chuẩn quốc gia.")],
  "Đến năm 2030 Hà Nội đặt chỉ tiêu 85-90% trường công lập đạt chuẩn quốc gia.",
  ["85-90%"])

Q("no_diacritics", "huyen My Loc: hoi lien hiep phu nu huyen van dong phu nu va tre em gai lam gi",
  [(M, "vận động, tuyên truyền phụ nữ và trẻ em gái chưa biết chữ ra học các lớp xóa mù chữ, đẩy mạnh hoạt động có hiệu quả đối với “Quỹ học bổng Hoàng Ngân”.")],
  "Hội Liên hiệp Phụ nữ huyện Mỹ Lộc vận động, tuyên truyền phụ nữ và trẻ em gái chưa biết chữ ra học các lớp xóa mù "
  "chữ, đồng thời đẩy mạnh hoạt động có hiệu quả của “Quỹ học bổng Hoàng Ngân”.",
  ["xóa mù chữ", "Hoàng Ngân"])

Q("no_diacritics", "CanTho so lao dong thuong binh xa hoi nhiem vu gi",
  [(C, "Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan, Ủy ban nhân dân quận, huyện triển khai các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động; hỗ trợ học tập cho người bị thiệt thòi, yếu thế trong xã hội.")],
  "Sở Lao động - Thương binh và Xã hội Cần Thơ chủ trì, phối hợp với các cơ quan và UBND quận, huyện triển khai các "
  "chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động; hỗ trợ học tập cho người bị thiệt "
  "thòi, yếu thế trong xã hội.",
  ["đào tạo bổ sung", "yếu thế"])

Q("no_diacritics", "an lao trung tam van hoa thong tin va the thao huyen phai tuyen truyen gi",
  [(A, "Thiết lập các trang thông tin, các chuyên mục, chuyên trang, tăng thời lượng phổ biến, tuyên truyền về nội dung bài viết của Tổng Bí thư, về mô hình mới, những tấm gương sáng về tinh thần tự học “không bao giờ cùng”"),
   (A, "Quy định số 144- QĐ/TW về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên")],
  "Trung tâm Văn hóa - Thông tin và Thể thao huyện An Lão lập trang thông tin, chuyên mục, chuyên trang tuyên truyền "
  "bài viết của Tổng Bí thư, mô hình mới, tấm gương tự học “không bao giờ cùng”; tuyên truyền kết quả phong trào "
  "“Học tập suốt đời” gắn với học tập và làm theo Bác, Quy định số 144-QĐ/TW, các Nghị quyết Đại hội.",
  ["không bao giờ cùng", "144"])

Q("no_diacritics", "ke hoach hue nam 2026 co bao nhieu don vi hoc tap cap tinh muc do 2",
  [(H, "Có ít nhất 15 đơn vị được công nhận “Đơn vị học tập” cấp tỉnh mức độ 1, trong đó có ít nhất 05 đơn vị đạt mức độ 2.")],
  "Kế hoạch Huế năm 2026: có ít nhất 15 đơn vị được công nhận “Đơn vị học tập” cấp tỉnh mức độ 1, trong đó có ít nhất "
  "05 đơn vị đạt mức độ 2.",
  ["ít nhất 05"])

Q("no_diacritics", "tp can tho ban chi dao xhht ai ky ke hoach 74",
  [(C, "Nguyễn Thực Hiện")],
  "Kế hoạch 74/KH-BCĐ do ông Nguyễn Thực Hiện ký (TM. Ban Chỉ đạo, Trưởng ban — Phó Chủ tịch UBND thành phố).",
  ["Nguyễn Thực Hiện"])

Q("no_diacritics", "hanoi so thong tin va truyen thong phoi hop voi ai de trien khai van hoa doc",
  [(N, "Phối hợp với Sở Văn hóa và Thể thao, Sở Giáo dục và Đào tạo, các cơ quan liên quan tổ chức hiệu quả các hoạt động nhằm triển khai văn hóa đọc trong cộng đồng")],
  "Sở Thông tin và Truyền thông Hà Nội phối hợp với Sở Văn hóa và Thể thao, Sở Giáo dục và Đào tạo và các cơ quan liên "
  "quan tổ chức các hoạt động triển khai văn hóa đọc trong cộng đồng.",
  ["Sở Văn hóa và Thể thao", "văn hóa đọc"])

# ------------------------------------------------------------------------------------------------ abbreviation (6)
Q("abbreviation", "UBND tp HN giao SGDĐT những nv gì?",
  [(N, "Là cơ quan thường trực, giúp Ủy ban nhân dân Thành phố tổ chức triển khai thực hiện Kế hoạch"),
   (N, "Chủ trì tổ chức kiểm tra, giám sát, đánh giá, tổng hợp, báo cáo hằng năm; tổ chức sơ kết, tổng kết"),
   (N, "Chủ trì, tham mưu Ủy ban nhân dân Thành phố về kế hoạch đăng ký tham gia vào mạng lưới “Thành phố học tập”")],
  "Sở Giáo dục và Đào tạo Hà Nội: là cơ quan thường trực, chủ trì điều phối, hướng dẫn thực hiện Kế hoạch và xây dựng "
  "văn bản; chủ trì các nhiệm vụ lĩnh vực giáo dục, giao lưu hợp tác về học tập suốt đời; chủ trì kiểm tra, giám sát, "
  "báo cáo hằng năm, sơ kết, tổng kết, đề xuất khen thưởng; tham mưu kế hoạch đăng ký tham gia mạng lưới “Thành phố "
  "học tập”.",
  ["cơ quan thường trực", "sơ kết, tổng kết", "Thành phố học tập"])

Q("abbreviation", "UBND Q/H ở TP.CT phải kiện toàn BCĐ nào?",
  [(C, "củng cố, tổ chức kiện toàn Ban Chỉ đạo Xây dựng xã hội học tập - Xóa mù chữ - Phổ cập giáo dục các cấp ở địa phương")],
  "UBND quận, huyện ở Cần Thơ củng cố, tổ chức kiện toàn Ban Chỉ đạo Xây dựng xã hội học tập - Xóa mù chữ - Phổ cập "
  "giáo dục các cấp ở địa phương (mục V.14.a).",
  ["Xóa mù chữ - Phổ cập giáo dục"])

Q("abbreviation", "P.LĐTB&XH h. ML chủ trì, phối hợp với ai để đào tạo nghề cho LĐ?",
  [(M, "a) Chủ trì phối hợp với Phòng Giáo dục và Đào tạo và các phòng, ban, ngành liên quan triển khai thực hiện các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động")],
  "Phòng Lao động - Thương binh và Xã hội huyện Mỹ Lộc chủ trì, phối hợp với Phòng Giáo dục và Đào tạo và các phòng, "
  "ban, ngành liên quan triển khai các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động.",
  ["Phòng Giáo dục và Đào tạo", "đào tạo bổ sung"])

Q("abbreviation", "SVH&TT TP Huế chỉ đạo cq báo chí, TTCS phối hợp với ai để tuyên truyền?",
  [(H, "Chỉ đạo, hướng dẫn các cơ quan báo chí, truyền thông và hệ thống thông tin cơ sở trên địa bàn thành phố phối hợp với Sở Giáo dục và Đào tạo, Hội Khuyến học thành phố đẩy mạnh công tác tuyên truyền về xây dựng xã hội học tập")],
  "Sở Văn hóa và Thể thao Huế chỉ đạo, hướng dẫn các cơ quan báo chí, truyền thông và hệ thống thông tin cơ sở phối hợp "
  "với Sở Giáo dục và Đào tạo, Hội Khuyến học thành phố đẩy mạnh tuyên truyền về xây dựng xã hội học tập.",
  ["Sở Giáo dục và Đào tạo", "Hội Khuyến học thành phố"])

Q("abbreviation", "UBND các xã, TT ở AL chỉ đạo đài PT địa phương đăng tải gì?",
  [(A, "Chỉ đạo đài phát thanh địa phương, hệ thống thông tin cơ sở đăng tải, tuyên truyền nội dung bài viết của Tổng Bí thư về “Học tập suốt đời”")],
  "UBND xã, thị trấn ở An Lão chỉ đạo đài phát thanh địa phương, hệ thống thông tin cơ sở đăng tải, tuyên truyền nội "
  "dung bài viết của Tổng Bí thư về “Học tập suốt đời” và các mô hình, tấm gương điển hình về khuyến học, khuyến tài.",
  ["bài viết của Tổng Bí thư"])

Q("abbreviation", "BTG TU HN được đề nghị làm gì trong KH?",
  [(N, "14. Đề nghị Ban Tuyên giáo Thành ủy"),
   (N, "Phối hợp với Sở Giáo dục và Đào tạo kiểm tra, giám sát thực hiện Kế hoạch."),
   (N, "Chỉ đạo các cơ quan thông tấn, báo chí và truyền hình của Thành phố tổ chức xây dựng chuyên mục và tuyên truyền về xây dựng xã hội học tập.")],
  "Ban Tuyên giáo Thành ủy Hà Nội (mục V.14): chỉ đạo các cấp ủy Đảng, phối hợp với Sở Giáo dục và Đào tạo triển khai "
  "mục tiêu, nhiệm vụ của Kế hoạch, nhất là tuyên truyền, định hướng; phối hợp với Sở Giáo dục và Đào tạo kiểm tra, "
  "giám sát; chỉ đạo các cơ quan thông tấn, báo chí, truyền hình xây dựng chuyên mục tuyên truyền về xã hội học tập.",
  ["kiểm tra, giám sát", "chuyên mục"])

# -------------------------------------------------------------------------------------------------- paraphrase (5)
Q("paraphrase", "Kế hoạch Hà Nội có giao ai dạy kiến thức quốc phòng cho các vị chức sắc tôn giáo, già làng không?",
  [(N, "Bộ Tư lệnh Thủ đô: tiếp tục tổ chức, tăng cường công tác tuyên truyền, phổ biến giáo dục, bồi dưỡng kiến thức quốc phòng, an ninh cho mọi tầng lớp nhân dân, nhất là những người có uy tín trong cộng đồng dân cư, chức sắc, chức việc tôn giáo, già làng, trưởng họ tộc")],
  "Có. Trong nhóm “Lực lượng vũ trang Thành phố” (mục V.8), Bộ Tư lệnh Thủ đô tổ chức tuyên truyền, bồi dưỡng kiến "
  "thức quốc phòng, an ninh cho mọi tầng lớp nhân dân, nhất là người có uy tín, chức sắc, chức việc tôn giáo, già "
  "làng, trưởng họ tộc.",
  ["Bộ Tư lệnh Thủ đô", "kiến thức quốc phòng, an ninh"])

Q("paraphrase", "Ở Cần Thơ, ai được nhờ khuyên các bạn trẻ bỏ học nửa chừng quay lại trường?",
  [(C, "c) Đề nghị Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố Cần Thơ"),
   (C, "thường xuyên vận động số đoàn viên, đội viên bỏ học giữa chừng đến trường, ra lớp")],
  "Kế hoạch đề nghị Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố Cần Thơ chỉ đạo Đoàn thanh niên quận, huyện thường "
  "xuyên vận động số đoàn viên, đội viên bỏ học giữa chừng đến trường, ra lớp.",
  ["Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố Cần Thơ", "bỏ học giữa chừng"])

Q("paraphrase", "Ở An Lão, ai lo bảo vệ những cán bộ dám làm cái mới mà không thành vì lý do khách quan?",
  [(A, "2. Phòng Nội vụ"),
   (A, "chính sách bảo vệ cán bộ, miễn trừ trách nhiệm đối với cán bộ tiên phong, thực hiện thí điểm mà kết quả không đạt hoặc chỉ đạt một phần mục tiêu đề ra hoặc gặp rủi ro, xảy ra thiệt hại do nguyên nhân khách quan.")],
  "Phòng Nội vụ huyện: nghiên cứu chính sách bảo vệ cán bộ, miễn trừ trách nhiệm đối với cán bộ tiên phong, thực hiện "
  "thí điểm mà kết quả không đạt hoặc gặp rủi ro, thiệt hại do nguyên nhân khách quan.",
  ["Phòng Nội vụ", "miễn trừ trách nhiệm"])

Q("paraphrase", "Ở Mỹ Lộc, ai lo chọn và vinh danh những người tự học mà nên người?",
  [(M, "đ) Tổ chức xét tặng, ghi nhận những tấm gương tiêu biểu về tự học thành tài")],
  "Phòng Giáo dục và Đào tạo huyện Mỹ Lộc (điểm đ khoản 1 mục V) tổ chức xét tặng, ghi nhận những tấm gương tiêu biểu "
  "về tự học thành tài và các tổ chức, cá nhân đóng góp cho xây dựng xã hội học tập hằng năm.",
  ["tự học thành tài"])

Q("paraphrase", "Huế có tính chuyện cho trường nghề với đại học dùng chung bài giảng điện tử, khóa học online không?",
  [(H, "Khuyến khích các cơ sở giáo dục thường xuyên, cơ sở giáo dục nghề nghiệp tăng cường hợp tác với các trường đại học, cơ sở đào tạo để xây dựng, kết nối và chia sẻ học liệu điện tử, chương trình, khóa học mở")],
  "Có. Mục III.6 khuyến khích các cơ sở giáo dục thường xuyên, cơ sở giáo dục nghề nghiệp hợp tác với các trường đại "
  "học, cơ sở đào tạo để xây dựng, kết nối và chia sẻ học liệu điện tử, chương trình, khóa học mở; triển khai dạy học "
  "từ xa, trực tuyến.",
  ["học liệu điện tử", "khóa học mở"])

# ----------------------------------------------------------------------------------------------------- english (25)
Q("english", "List the tasks of the Sở Lao động - Thương binh và Xã hội in the Hanoi plan.",
  [(N, "Chủ trì, phối hợp với các Sở, ngành liên quan xây dựng các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động; hỗ trợ học tập cho người bị thiệt thòi, yếu thế trong xã hội."),
   (N, "Nhân rộng các mô hình đào tạo, đào tạo lại nghề nghiệp cho người lao động trong các doanh nghiệp"),
   (N, "Xây dựng và triển khai các chương trình, dự án, đề án hỗ trợ đào tạo, đào tạo lại cho các đối tượng: lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động.")],
  "Item V.2 of the Hanoi plan gives the Sở Lao động - Thương binh và Xã hội three tasks: (1) lead “xây dựng các chương "
  "trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động; hỗ trợ học tập cho người bị thiệt thòi, "
  "yếu thế”; (2) scale up retraining models for workers in enterprises, tied to traditional trades and rural, remote "
  "and ethnic-minority areas; (3) build and run support programmes for “lao động nông thôn, người khuyết tật, người dân "
  "tộc thiểu số, phụ nữ, người hết tuổi lao động”.",
  ["đào tạo bổ sung", "lao động nông thôn"])

Q("english", "Does the Hue plan set a target for the share of people aged 15 and over with technical training? Give the figures.",
  [(H, "40% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó có 15% dân số có trình độ đại học trở lên.")],
  "Yes. Section II.2 of Hue's 2026 plan: “40% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, "
  "trong đó có 15% dân số có trình độ đại học trở lên” — 40% with technical training, of whom 15% of the population "
  "with a university degree or higher.",
  ["40%", "15%"])

Q("english", "What must DOET Can Tho do under the 2024 plan? List the points.",
  [(C, "c) Tham mưu Ủy ban nhân dân thành phố tôn vinh, khen thưởng những tấm gương tiêu biểu về tự học thành tài"),
   (C, "d) Tham mưu Ủy ban nhân dân thành phố về công tác kiểm tra, đánh giá, tổng hợp, báo cáo các hoạt động xây dựng xã hội học tập trên địa bàn thành phố; tổ chức sơ kết, tổng kết các hoạt động theo quy định.")],
  "Item V.1 of Can Tho's plan 74/KH-BCĐ gives the Sở Giáo dục và Đào tạo four points: a) lead, with agencies and the "
  "district people's committees, the plan's tasks; b) roll out the assessment criteria, the information-competence "
  "framework and the learning-district/city criteria, and recognise continuing-education results; c) advise the "
  "city PPC on honouring “những tấm gương tiêu biểu về tự học thành tài”; d) advise on inspection, assessment and "
  "reporting, and organise the “sơ kết, tổng kết”.",
  ["tự học thành tài", "sơ kết, tổng kết"])

Q("english", "Under the Hue plan, what does DOHA (Sở Nội vụ) have to organise for officials at all levels?",
  [(H, "Tổ chức thực hiện các nhiệm vụ nhằm đạt mục tiêu đào tạo, bồi dưỡng, nâng cao trình độ chuyên môn, nghiệp vụ cho đội ngũ cán bộ, công chức các cấp.")],
  "Item V.3: the Sở Nội vụ “Tổ chức thực hiện các nhiệm vụ nhằm đạt mục tiêu đào tạo, bồi dưỡng, nâng cao trình độ "
  "chuyên môn, nghiệp vụ cho đội ngũ cán bộ, công chức các cấp” (it also tracks the target on people's basic "
  "competences).",
  ["đào tạo, bồi dưỡng", "cán bộ, công chức các cấp"])

Q("english", "Does the Hanoi PPC's plan replace an earlier plan? Which one?",
  [(N, "Kế hoạch này thay thế cho Kế hoạch số 290/KH-UBND ngày 16/12/2021 của Ủy ban nhân dân thành phố Hà Nội")],
  "Yes. It replaces Plan No. 290/KH-UBND of 16/12/2021 of the Hanoi People's Committee on implementing the Đề án "
  "“Xây dựng xã hội học tập giai đoạn 2021-2030”.",
  ["290", "16/12/2021"])

Q("english", "Quote My Loc's 2025 target for working-age people equipped with information competence ('năng lực thông tin').",
  [(M, "a) Mục tiêu đến năm 2025"),
   (M, "60% số người trong độ tuổi lao động được trang bị năng lực thông tin.")],
  "Under “a) Mục tiêu đến năm 2025”: “60% số người trong độ tuổi lao động được trang bị năng lực thông tin.”",
  ["60%", "2025"])

Q("english", "In the An Lao plan, what is the Phòng Giáo dục và Đào tạo asked to do about commune community learning centres after the administrative merger?",
  [(A, "Hướng dẫn, đôn đốc thành lập, kiện toàn hệ thống trung tâm học tập cộng đồng cấp xã sau khi sắp xếp, sáp nhập các đơn vị hành chính")],
  "It must “Hướng dẫn, đôn đốc thành lập, kiện toàn hệ thống trung tâm học tập cộng đồng cấp xã sau khi sắp xếp, sáp "
  "nhập các đơn vị hành chính” — guide and urge the setting up and consolidation of commune-level community learning "
  "centres once the administrative units are reorganised and merged.",
  ["sau khi sắp xếp, sáp nhập"])

Q("english", "List Hanoi's 2030 targets on literacy.",
  [(N, "2.2. Mục tiêu cụ thể đến năm 2030"),
   (N, "99,6% người trong độ tuổi 15-60 biết chữ."),
   (N, "96% số người mới biết chữ tiếp tục học tập và không tái mù chữ.")],
  "By 2030 (section II.2.2.a): keep the “xóa mù chữ mức độ 2” standard; “99,6% người trong độ tuổi 15-60 biết chữ”; "
  "and “96% số người mới biết chữ tiếp tục học tập và không tái mù chữ”.",
  ["99,6%", "96%"])

Q("english", "Who signed the My Loc plan, and in what capacity?",
  [(M, "Lê Quang Huy")],
  "It was signed by Lê Quang Huy, Vice Chairman, on behalf of the My Loc district People's Committee (TM. Ủy ban "
  "nhân dân, KT. Chủ tịch, Phó Chủ tịch).",
  ["Lê Quang Huy"])

Q("english", "Does the Can Tho plan assign the Ban Dân tộc anything? What?",
  [(C, "9. Ban Dân tộc"),
   (C, "triển khai các chương trình, dự án hỗ trợ giáo dục, đào tạo cho người dân tộc thiểu số trên địa bàn thành phố")],
  "Yes, item V.9: the Ban Dân tộc leads, with the agencies and district people's committees, “triển khai các chương "
  "trình, dự án hỗ trợ giáo dục, đào tạo cho người dân tộc thiểu số”, and supports ethnic-minority children and people "
  "to take part in learning.",
  ["Ban Dân tộc", "dân tộc thiểu số"])

Q("english", "What is the role of Hanoi's DPCs (Ủy ban nhân dân quận, huyện, thị xã) under the plan?",
  [(N, "16. Ủy ban nhân dân quận, huyện, thị xã"),
   (N, "Xây dựng Kế hoạch thực hiện Nghị quyết số 23-NQ/TU phù hợp với chiến lược phát triển kinh tế - xã hội của địa phương từ nay đến năm 2030, tầm nhìn đến năm 2045. Cân đối và bố trí kinh phí hàng năm trong phạm vi ngân sách để thực hiện Kế hoạch.")],
  "Item V.16: each district-level people's committee draws up its own plan to implement Nghị quyết số 23-NQ/TU and "
  "“Cân đối và bố trí kinh phí hàng năm trong phạm vi ngân sách”; develops learning models and local trades; leads "
  "the local units in carrying out the plan; and inspects, supervises and reports on results.",
  ["23-NQ/TU", "Cân đối và bố trí kinh phí hàng năm"])

Q("english", "Name the associations grouped in point e) of item 15 of the Hanoi plan, and say what they must do.",
  [(N, "e) Hội Cựu chiến binh, Hội Nông dân, Hội Người cao tuổi, Hội Cựu giáo chức Thành phố"),
   (N, "Hướng dẫn các cấp hội phối hợp tổ chức các hoạt động khuyến học, khuyến tài, xây dựng xã hội học tập theo tinh thần xã hội hoá giáo dục và đào tạo")],
  "Point e) groups the Hội Cựu chiến binh, Hội Nông dân, Hội Người cao tuổi and Hội Cựu giáo chức Thành phố. They "
  "guide their branches to organise study-promotion and learning-society activities “theo tinh thần xã hội hoá giáo "
  "dục và đào tạo”, and mobilise members for technology transfer, start-up support and spreading knowledge.",
  ["Hội Cựu chiến binh", "Hội Cựu giáo chức"])

Q("english", "Which plan of the city does the Hue plan ask the Sở Văn hóa và Thể thao to implement? Give its number.",
  [(H, "triển khai thực hiện Kế hoạch số 288/KH-UBND ngày 25 tháng 8 năm 2023 của Ủy ban nhân dân thành phố về Chương trình “Đẩy mạnh các hoạt động phục vụ học tập suốt đời trong thư viện, bảo tàng, trung tâm văn hóa đến năm 2030”")],
  "Plan No. 288/KH-UBND of 25 August 2023 of the city People's Committee on the programme “Đẩy mạnh các hoạt động "
  "phục vụ học tập suốt đời trong thư viện, bảo tàng, trung tâm văn hóa đến năm 2030”.",
  ["288"])

Q("english", "Tell me Can Tho's 2024 target for units recognised as 'Đơn vị học tập'.",
  [(C, "Phần đầu đạt tỷ lệ 55,55% đơn vị được đánh giá, công nhận theo mức độ “Đơn vị học tập” cấp huyện, cấp thành phố")],
  "“Phần đầu đạt tỷ lệ 55,55% đơn vị được đánh giá, công nhận theo mức độ “Đơn vị học tập” cấp huyện, cấp thành phố” "
  "— i.e. aim for 55,55% (55.55%) of units (\"phần đầu\" is the plan's typo for \"phấn đấu\").",
  ["55,55%"])

Q("english", "Does Hanoi's plan say which department must guide the others on the financial mechanism? Name it.",
  [(N, "6. Sở Tài chính"),
   (N, "Chủ trì, hướng dẫn các Sở, ngành liên quan về cơ chế tài chính triển khai thực hiện các nhiệm vụ của Kế hoạch")],
  "Yes — the Sở Tài chính (item V.6): “Chủ trì, hướng dẫn các Sở, ngành liên quan về cơ chế tài chính triển khai "
  "thực hiện các nhiệm vụ của Kế hoạch” under the State Budget Law.",
  ["Sở Tài chính", "cơ chế tài chính"])

Q("english", "What does the Hue plan ask the Liên đoàn Lao động thành phố to carry out? Give the plan number.",
  [(H, "tổ chức thực hiện Kế hoạch số 147/KH-UBND ngày 17 tháng 4 năm 2023")],
  "Item V.8: the city Labour Federation leads the implementation of Plan No. 147/KH-UBND of 17 April 2023 on the "
  "programme “Đẩy mạnh các hoạt động học tập suốt đời trong công nhân lao động tại các doanh nghiệp đến năm 2030” in "
  "Huế.",
  ["147/KH-UBND"])

Q("english", "How often must the An Lao Phòng Giáo dục và Đào tạo compile the results of the 'Học tập suốt đời' movement?",
  [(A, "Chủ trì tổng hợp kết quả thực hiện phong trào “Học tập suốt đời’, lồng ghép với kết quả xây dựng xã hội học tập trên địa bàn huyện, hằng năm.")],
  "Every year: it “Chủ trì tổng hợp kết quả thực hiện phong trào “Học tập suốt đời’, lồng ghép với kết quả xây dựng xã "
  "hội học tập trên địa bàn huyện, hằng năm.” The plan gives no calendar date.",
  ["hằng năm"])

Q("english", "Yes or no: does the Can Tho plan ask the Hội Người cao tuổi thành phố to help the education sector?",
  [(C, "12. Đề nghị Hội Người cao tuổi thành phố"),
   (C, "hỗ trợ ngành Giáo dục và Đào tạo nâng cao chất lượng giáo dục và đào tạo trong các nhà trường")],
  "Yes. Item V.12 asks the Hội Người cao tuổi thành phố to guide its branches in training members on study promotion "
  "and to “hỗ trợ ngành Giáo dục và Đào tạo nâng cao chất lượng giáo dục và đào tạo trong các nhà trường”, widening "
  "lifelong-learning opportunities.",
  ["Hội Người cao tuổi", "hỗ trợ ngành Giáo dục và Đào tạo"])

Q("english", "What percentage of public schools in Hanoi should meet national standards by 2025?",
  [(N, "80-85% trường công lập đạt chuẩn quốc gia;")],
  "By 2025: “80-85% trường công lập đạt chuẩn quốc gia” (rising to 85-90% by 2030).",
  ["80-85%"])

Q("english", "In the Hanoi plan, what should the Trường Đại học Thủ đô Hà Nội do?",
  [(N, "13. Trường Đại học Thủ đô Hà Nội, các trường Cao đẳng trực thuộc Ủy ban nhân dân Thành phố"),
   (N, "Triển khai trường học số, xây dựng học liệu số để nâng cao năng lực hoạt động")],
  "Item V.13 (Hanoi Metropolitan University and the city's colleges): “Triển khai trường học số, xây dựng học liệu số” "
  "to train high-quality human resources; work with the Sở Giáo dục và Đào tạo to compile and digitise outreach "
  "materials; and let their own staff learn throughout life.",
  ["trường học số", "học liệu số"])

Q("english", "Does the An Lao plan mention the 'Bình dân học vụ số' movement, and which office leads it?",
  [(A, "3. Phòng Văn hóa Khoa học và Thông tin"),
   (A, "Chủ trì tham mưu triển khai phong trào “Bình dân học vụ số” trong toàn dân trên địa bàn huyện.")],
  "Yes. The Phòng Văn hóa Khoa học và Thông tin “Chủ trì tham mưu triển khai phong trào “Bình dân học vụ số” trong "
  "toàn dân trên địa bàn huyện” (item III.3); the movement also appears in section II.3.",
  ["Bình dân học vụ số", "Phòng Văn hóa Khoa học và Thông tin"])

Q("english", "Under the Hanoi plan, what kind of training must the Sở Thông tin và Truyền thông organise for officials?",
  [(N, "Chủ trì, phối hợp với các Sở, ngành, đơn vị có liên quan tổ chức các lớp tập huấn, bồi dưỡng kiến thức, kỹ năng, trang bị năng lực thông tin cho đội ngũ cán bộ công chức, viên chức, người lao động trên địa bàn Thành phố.")],
  "It leads “tổ chức các lớp tập huấn, bồi dưỡng kiến thức, kỹ năng, trang bị năng lực thông tin cho đội ngũ cán bộ "
  "công chức, viên chức, người lao động trên địa bàn Thành phố” — training that equips officials with information "
  "competence.",
  ["năng lực thông tin"])

Q("english", "What is Can Tho's 2024 target for universal preschool education?",
  [(C, "100% quận, huyện đạt chuẩn phổ cập giáo dục mầm non cho trẻ mẫu giáo;")],
  "“100% quận, huyện đạt chuẩn phổ cập giáo dục mầm non cho trẻ mẫu giáo” — all districts meet the preschool standard.",
  ["100%", "mầm non"])

Q("english", "Whose article on lifelong learning does the An Lao plan ask to be spread widely?",
  [(A, "Tuyên truyền rộng rãi bài viết về “Học tập suốt đời” của Tổng Bí thư Tô Lâm")],
  "Section II.2: “Tuyên truyền rộng rãi bài viết về “Học tập suốt đời” của Tổng Bí thư Tô Lâm” to officials, workers, "
  "students and the public.",
  ["Tô Lâm"])

Q("english", "Does the Hanoi plan set a 2025 target for officials trained in data-analysis skills? Quote it.",
  [(N, "50% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng kỹ năng phân tích, khai thác dữ liệu và công nghệ số.")],
  "Yes (2025): “50% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng kỹ năng phân tích, khai thác dữ liệu và "
  "công nghệ số.”",
  ["50%"])

# ---------------------------------------------------------------------------------------------------- follow_up (25)
Q("follow_up", "không, ý tôi là Sở Nội vụ",
  [(C, "2. Sở Nội vụ"),
   (C, "xây dựng Đề án vị trí việc làm, điều chỉnh vị trí việc làm và cơ cấu viên chức theo chức danh nghề nghiệp")],
  "Sở Nội vụ Cần Thơ (mục V.2) chủ trì, phối hợp với các cơ quan và UBND quận, huyện xây dựng Đề án vị trí việc làm, "
  "điều chỉnh vị trí việc làm và cơ cấu viên chức theo chức danh nghề nghiệp trong các đơn vị sự nghiệp công lập.",
  ["Đề án vị trí việc làm"],
  turns("Sở Tài chính Cần Thơ làm gì trong kế hoạch 74?",
        "Sở Tài chính chủ trì, phối hợp với Sở GD&ĐT và UBND quận, huyện rà soát, hoàn thiện chính sách để huy động, "
        "đa dạng hóa các nguồn lực xã hội cho khuyến học, khuyến tài."))

Q("follow_up", "nhầm, năm 2030 cơ",
  [(N, "2.2. Mục tiêu cụ thể đến năm 2030"),
   (N, "70% người trong độ tuổi lao động được trang bị năng lực thông tin.")],
  "Đến năm 2030 Hà Nội đặt chỉ tiêu 70% người trong độ tuổi lao động được trang bị năng lực thông tin.",
  ["70%"],
  turns("Chỉ tiêu năng lực thông tin năm 2025 của Hà Nội?",
        "Năm 2025: 50% số người trong độ tuổi lao động được trang bị năng lực thông tin."))

Q("follow_up", "so với Huế thì sao?",
  [(H, "100% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục.")],
  "Huế (kế hoạch năm 2026) đặt cao hơn: 100% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản "
  "lý, tổ chức hoạt động giáo dục (Cần Thơ năm 2024 là 90%).",
  ["100%"],
  turns("Cần Thơ đặt chỉ tiêu bao nhiêu % trung tâm học tập cộng đồng ứng dụng CNTT năm 2024?",
        "Phấn đấu (kế hoạch ghi “phần đầu”) đạt 90% trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong "
        "quản lý, tổ chức hoạt động giáo dục."))

Q("follow_up", "chỉ phần về thư viện thôi",
  [(H, "phát triển, nhân rộng các mô hình học tập suốt đời tại thư viện, bảo tàng, nhà văn hóa, câu lạc bộ trên địa bàn thành phố.")],
  "Về thư viện: Sở Văn hóa và Thể thao triển khai Kế hoạch 288/KH-UBND về Chương trình đẩy mạnh hoạt động phục vụ học "
  "tập suốt đời trong thư viện, bảo tàng, trung tâm văn hóa; phát triển, nhân rộng các mô hình học tập suốt đời tại thư "
  "viện, bảo tàng, nhà văn hóa, câu lạc bộ trên địa bàn thành phố.",
  ["thư viện, bảo tàng, nhà văn hóa, câu lạc bộ"],
  turns("Sở Văn hóa và Thể thao thành phố Huế được giao những gì?",
        "Ba việc: triển khai Kế hoạch 288/KH-UBND và nhân rộng mô hình học tập suốt đời tại các thiết chế văn hóa; đào "
        "tạo, bồi dưỡng đội ngũ ở các thiết chế văn hóa – thể thao; chỉ đạo báo chí, thông tin cơ sở tuyên truyền về "
        "xây dựng xã hội học tập."))

Q("follow_up", "trích dẫn câu nào trong kế hoạch?",
  [(N, "Phấn đấu Thủ đô Hà Nội gia nhập vào mạng lưới “Thành phố học tập” của UNESSCO trong thời gian sớm nhất.")],
  "Mục II.1 (Mục tiêu tổng quát): “Phấn đấu Thủ đô Hà Nội gia nhập vào mạng lưới “Thành phố học tập” của UNESSCO trong "
  "thời gian sớm nhất.” (bản gốc gõ “UNESSCO”).",
  ["trong thời gian sớm nhất"],
  turns("Hà Nội có đặt mục tiêu gia nhập mạng lưới thành phố học tập của UNESCO không?",
        "Có, kế hoạch Hà Nội đặt mục tiêu Thủ đô gia nhập mạng lưới “Thành phố học tập” của UNESCO sớm nhất."))

Q("follow_up", "Quay lại kế hoạch Mỹ Lộc: năm 2025 là bao nhiêu?",
  [(M, "a) Mục tiêu đến năm 2025"),
   (M, "40% công dân đạt danh hiệu công dân học tập theo tiêu chí do cơ quan có thẩm quyền ban hành.")],
  "Mỹ Lộc, mục tiêu đến năm 2025: 40% công dân đạt danh hiệu công dân học tập theo tiêu chí do cơ quan có thẩm quyền "
  "ban hành.",
  ["40%"],
  turns("Mỹ Lộc đặt bao nhiêu % công dân đạt danh hiệu công dân học tập năm 2030?",
        "Đến năm 2030: 60% công dân đạt danh hiệu công dân học tập.",
        "Còn Hà Nội?",
        "Hà Nội đến năm 2030: 70% công dân đạt danh hiệu công dân học tập."))

Q("follow_up", "phòng đó phải tham mưu đưa kết quả các mô hình học tập vào tiêu chí đánh giá ai?",
  [(A, "vào tiêu chí của Ủy ban nhân dân huyện đánh giá người đứng đầu các phòng, ban, ngành hằng năm.")],
  "Phòng Giáo dục và Đào tạo An Lão nghiên cứu tham mưu đưa kết quả triển khai mô hình “Công dân học tập”, “Đơn vị học "
  "tập” (và xây dựng mô hình “Cộng đồng học tập”) vào tiêu chí của UBND huyện đánh giá người đứng đầu các phòng, ban, "
  "ngành hằng năm.",
  ["người đứng đầu các phòng, ban, ngành"],
  turns("Ở An Lão, có khó khăn vướng mắc thì báo cáo qua phòng nào?",
        "Báo cáo UBND huyện qua Phòng Giáo dục và Đào tạo."))

Q("follow_up", "And by 2030?",
  [(N, "2.2. Mục tiêu cụ thể đến năm 2030"),
   (N, "80-85% lao động được qua đào tạo, trong đó lao động có bằng cấp, chứng chỉ đạt trên 60%.")],
  "By 2030: “80-85% lao động được qua đào tạo, trong đó lao động có bằng cấp, chứng chỉ đạt trên 60%.”",
  ["80-85%", "trên 60%"],
  turns("What is Hanoi's 2025 target for the share of trained workers?",
        "By 2025: 75-80% of workers trained, of whom 55-60% hold degrees or certificates."))

Q("follow_up", "And the An Lao one?",
  [(A, "Nguyễn Quốc Thịnh")],
  "The An Lao plan was signed by Nguyễn Quốc Thịnh, Vice Chairman, on behalf of the An Lao district People's "
  "Committee (TM. Ủy ban nhân dân, KT. Chủ tịch, Phó Chủ tịch).",
  ["Nguyễn Quốc Thịnh"],
  turns("Who signed the Hue plan?",
        "Nguyễn Thanh Bình, Vice Chairman, for the Hue city People's Committee."))

Q("follow_up", "Does the Can Tho plan give its police the same task?",
  [(C, "8. Công an thành phố"),
   (C, "tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân và học viên trong các trại giam, trại tạm giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng (nếu có).")],
  "Yes, almost word for word. Item V.8 of Can Tho's plan: the Công an thành phố leads, with the Sở Giáo dục và Đào "
  "tạo and the district people's committees, “tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho "
  "trại viên, phạm nhân và học viên trong các trại giam, trại tạm giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng "
  "(nếu có)” — Can Tho adds “(nếu có)”.",
  ["trại giam", "nếu có"],
  turns("What must the Công an Thành phố do in the Hanoi plan?",
        "With the DOET and the Sở LĐ-TB&XH, it keeps organising literacy, universal-education and vocational classes "
        "for inmates and students in prisons, detention camps, compulsory-education facilities and reform schools."))

Q("follow_up", "Only the literacy one, please.",
  [(C, "100% quận, huyện đạt chuẩn xóa mù chữ mức độ 2.")],
  "The literacy target: “100% quận, huyện đạt chuẩn xóa mù chữ mức độ 2.”",
  ["100%", "mức độ 2"],
  turns("List Can Tho's 2024 targets on universal education and literacy.",
        "Four lines under II.2.a: 100% of districts meet the preschool standard; 100% primary level 3; 100% lower "
        "secondary level 2 with 66% at level 3; 100% literacy level 2."))

Q("follow_up", "còn Hội Liên hiệp phụ nữ Thành phố thì vận động ai?",
  [(N, "vận động, tuyên truyền phụ nữ và trẻ em gái ở vùng đồng bào dân tộc thiểu số chưa biết chữ ra học các lớp xóa mù chữ.")],
  "Hội Liên hiệp phụ nữ Thành phố Hà Nội vận động, tuyên truyền phụ nữ và trẻ em gái ở vùng đồng bào dân tộc thiểu số "
  "chưa biết chữ ra học các lớp xóa mù chữ (ngoài việc tham gia tuyên truyền Kế hoạch).",
  ["trẻ em gái", "xóa mù chữ"],
  turns("Đoàn Thanh niên Hà Nội vận động gây quỹ hỗ trợ ai?",
        "Gây quỹ hỗ trợ học sinh, học viên, sinh viên Hà Nội có hoàn cảnh khó khăn tham gia học tập."))

Q("follow_up", "vậy Phòng Văn hóa-Thông tin huyện thì sao?",
  [(M, "4. Phòng Văn hóa-Thông tin"),
   (M, "a) Nhân rộng các mô hình học tập suốt đời trong thư viện, bảo tàng, nhà văn hóa, câu lạc bộ, Trung tâm Văn hóa - Thể thao."),
   (M, "b) Tổ chức đào tạo, bồi dưỡng nâng cao chất lượng nguồn nhân lực làm việc trong các thiết chế văn hóa - thể thao")],
  "Phòng Văn hóa-Thông tin huyện Mỹ Lộc: a) nhân rộng các mô hình học tập suốt đời trong thư viện, bảo tàng, nhà văn "
  "hóa, câu lạc bộ, Trung tâm Văn hóa - Thể thao; b) đào tạo, bồi dưỡng nguồn nhân lực làm việc trong các thiết chế "
  "văn hóa - thể thao, đáp ứng yêu cầu chuyển đổi số.",
  ["thư viện", "thiết chế văn hóa - thể thao"],
  turns("Phòng Y tế huyện Mỹ Lộc có nhiệm vụ gì trong kế hoạch?", REFUSE))

Q("follow_up", "vậy kế hoạch TP Cần Thơ giao gì cho UBND quận, huyện?",
  [(C, "b) Cân đối, bố trí ngân sách địa phương và huy động các nguồn kinh phí hợp pháp khác"),
   (C, "c) Xây dựng và phát triển các mô hình học tập, ngành nghề đào tạo, các nghề đặc thù cần học tập suốt đời, đáp ứng nhu cầu xã hội và phù hợp quy hoạch của từng địa phương đến năm 2030.")],
  "Mục V.14: UBND quận, huyện a) triển khai Kế hoạch phù hợp kế hoạch phát triển kinh tế - xã hội, kiện toàn Ban Chỉ "
  "đạo các cấp và cơ chế phối hợp; b) cân đối, bố trí ngân sách địa phương và huy động nguồn kinh phí hợp pháp khác; "
  "c) xây dựng, phát triển các mô hình học tập, ngành nghề đào tạo phù hợp quy hoạch của từng địa phương đến năm 2030.",
  ["Cân đối, bố trí ngân sách địa phương", "đến năm 2030"],
  turns("Kế hoạch của quận Ninh Kiều giao gì cho các phường?", REFUSE))

Q("follow_up", "so với Huế thì sao?",
  [(H, "7. Hội Khuyến học thành phố"),
   (H, "triển khai thực hiện Kế hoạch số 471/KH-UBND ngày 22 tháng 12 tháng 2022")],
  "Ở Huế, Hội Khuyến học thành phố chủ trì triển khai Kế hoạch số 471/KH-UBND ngày 22/12/2022 về Chương trình “Đẩy "
  "mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị” và Chương trình “Xây dựng mô hình "
  "Công dân học tập”; phối hợp với Sở GD&ĐT kiểm tra, giám sát; củng cố tổ chức Hội; theo dõi mục tiêu “Công dân học "
  "tập”.",
  ["471/KH-UBND", "Hội Khuyến học thành phố"],
  turns("Kế hoạch Cần Thơ đề nghị Hội Khuyến học thành phố làm gì?",
        "Triển khai xây dựng xã hội học tập theo QĐ 1373/QĐ-TTg, trọng tâm là Bộ tiêu chí đánh giá xây dựng mô hình xã "
        "hội học tập cấp xã, huyện, tỉnh, cùng QĐ 387 và QĐ 677."))

Q("follow_up", "ở đó huyện đoàn làm gì?",
  [(M, "c) Đoàn TNCS Hồ Chí Minh huyện"),
   (M, "vận động gây quỹ hỗ trợ thanh niên có hoàn cảnh khó khăn tham gia học tập.")],
  "Ở Mỹ Lộc, Đoàn TNCS Hồ Chí Minh huyện lồng ghép tuyên truyền về học tập suốt đời qua các phong trào của thanh "
  "niên và vận động gây quỹ hỗ trợ thanh niên có hoàn cảnh khó khăn tham gia học tập.",
  ["Đoàn TNCS Hồ Chí Minh huyện", "gây quỹ"],
  turns("Kế hoạch nào nói về Quỹ học bổng Hoàng Ngân?",
        "Kế hoạch huyện Mỹ Lộc: Hội Liên hiệp Phụ nữ huyện đẩy mạnh hoạt động của “Quỹ học bổng Hoàng Ngân”."))

Q("follow_up", "còn năm 2030?",
  [(M, "b) Mục tiêu đến năm 2030"),
   (M, "80% các cơ sở giáo dục phổ thông, cơ sở giáo dục thường xuyên, cơ sở giáo dục nghề nghiệp và các cơ sở giáo dục khác triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường số.")],
  "Đến năm 2030: 80% các cơ sở giáo dục phổ thông, cơ sở giáo dục thường xuyên, cơ sở giáo dục nghề nghiệp và các cơ "
  "sở giáo dục khác triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường số.",
  ["80%"],
  turns("Mỹ Lộc năm 2025 đặt bao nhiêu % cơ sở giáo dục dạy học trên môi trường số?",
        "Đến năm 2025: 60% các cơ sở giáo dục triển khai quản lý, giảng dạy và học tập trên môi trường số."))

Q("follow_up", "họ còn phải làm gì nữa?",
  [(N, "Chủ động phối hợp chặt chẽ với Sở Giáo dục và Đào tạo và các cơ quan có liên quan triển khai thực hiện các nhiệm vụ khuyến học, khuyến tài, xây dựng xã hội học tập trên địa bàn Thành phố."),
   (N, "Tạo điều kiện thuận lợi để đội ngũ cán bộ, công chức, viên chức và người lao động trực thuộc được tham gia nghiên cứu, học tập nâng cao trình độ, chuyên môn, nghiệp vụ.")],
  "Ngoài việc cung cấp tài liệu, “Các Sở, ngành khác” (mục V.11) còn phải chủ động phối hợp chặt chẽ với Sở Giáo dục "
  "và Đào tạo triển khai các nhiệm vụ khuyến học, khuyến tài, xây dựng xã hội học tập, và tạo điều kiện để cán bộ, "
  "công chức, viên chức, người lao động trực thuộc học tập nâng cao trình độ, chuyên môn, nghiệp vụ.",
  ["phối hợp chặt chẽ", "nâng cao trình độ"],
  turns("Kế hoạch Hà Nội giao ai cung cấp tài liệu học tập cho Sở GD&ĐT để số hóa?",
        "“Các Sở, ngành khác” có trách nhiệm cung cấp tài liệu học tập theo lĩnh vực cho Sở GD&ĐT, cơ sở đào tạo để "
        "biên soạn, số hóa."))

Q("follow_up", "trích điều nào?",
  [(A, "có biện pháp xử lý nghiêm khắc với những cán bộ, công chức, viên chức trì trệ, ngại học, không thích nghi và bắt nhịp với guồng quay của cuộc cách mạng khoa học và công nghệ 4.0.")],
  "Mục II.7 kế hoạch An Lão: “… đồng thời, tổ chức rà soát, đánh giá, có biện pháp xử lý nghiêm khắc với những cán bộ, "
  "công chức, viên chức trì trệ, ngại học, không thích nghi và bắt nhịp với guồng quay của cuộc cách mạng khoa học và "
  "công nghệ 4.0.” Kế hoạch không nói cụ thể hình thức xử lý.",
  ["xử lý nghiêm khắc", "ngại học"],
  turns("An Lão có xử lý cán bộ ngại học không?",
        "Có, kế hoạch yêu cầu có biện pháp xử lý nghiêm khắc với cán bộ, công chức, viên chức trì trệ, ngại học."))

Q("follow_up", "chỉ phần về trung tâm học tập cộng đồng thôi",
  [(N, "2.1. Mục tiêu cụ thể đến năm 2025"),
   (N, "70% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục.")],
  "Năm 2025: 70% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục.",
  ["70%"],
  turns("Liệt kê mục tiêu năm 2025 của Hà Nội về hiệu quả hoạt động của các cơ sở giáo dục.",
        "Bốn dòng: đại học, cao đẳng trực thuộc triển khai đại học số; phấn đấu 80% cơ sở giáo dục dạy học trên môi "
        "trường số; 70% trung tâm học tập cộng đồng ứng dụng CNTT; 80-85% trường công lập đạt chuẩn quốc gia."))

Q("follow_up", "à nhầm, kế hoạch Cần Thơ cơ",
  [(C, "7. Bộ Chỉ huy Quân sự thành phố"),
   (C, "đẩy mạnh tuyên truyền về học tập suốt đời, xây dựng xã hội học tập trong lực lượng vũ trang, cán bộ, chiến sĩ quân đội"),
   (C, "b) Chỉ đạo nâng cao trình độ, năng lực ngoại ngữ và tiếng dân tộc thiểu số cho lực lượng vũ trang, cán bộ, chiến sĩ quân đội.")],
  "Trong kế hoạch Cần Thơ (mục V.7), Bộ Chỉ huy Quân sự thành phố: a) chủ trì, phối hợp với Sở GD&ĐT, UBND quận, huyện "
  "đẩy mạnh tuyên truyền về học tập suốt đời, xây dựng xã hội học tập trong lực lượng vũ trang; b) chỉ đạo nâng cao "
  "trình độ, năng lực ngoại ngữ và tiếng dân tộc thiểu số cho lực lượng vũ trang, cán bộ, chiến sĩ quân đội.",
  ["lực lượng vũ trang", "tiếng dân tộc thiểu số"],
  turns("Trong kế hoạch Huế, Bộ Chỉ huy Quân sự làm gì?", REFUSE))

Q("follow_up", "còn Cần Thơ?",
  [(C, "phản ánh về Sở Giáo dục và Đào tạo (Thường trực Ban Chỉ đạo thành phố)")],
  "Ở Cần Thơ, Sở Giáo dục và Đào tạo là Thường trực Ban Chỉ đạo thành phố: vướng mắc được phản ánh về Sở Giáo dục và "
  "Đào tạo (Thường trực Ban Chỉ đạo thành phố) để tổng hợp, tham mưu Ban Chỉ đạo.",
  ["Thường trực Ban Chỉ đạo thành phố"],
  turns("Kế hoạch Huế giao ai làm cơ quan thường trực?",
        "Sở Giáo dục và Đào tạo thành phố Huế là cơ quan thường trực."))

Q("follow_up", "thế 2030?",
  [(N, "2.2. Mục tiêu cụ thể đến năm 2030"),
   (N, "80% gia đình, dòng họ, cộng đồng đạt danh hiệu gia đình, dòng họ, cộng đồng học tập.")],
  "Đến năm 2030: 80% gia đình, dòng họ, cộng đồng đạt danh hiệu gia đình, dòng họ, cộng đồng học tập.",
  ["80%"],
  turns("Hà Nội 2025 đặt bao nhiêu % gia đình, dòng họ, cộng đồng đạt danh hiệu học tập?",
        "Năm 2025: 60% gia đình, dòng họ, cộng đồng đạt danh hiệu gia đình, dòng họ, cộng đồng học tập."))

Q("follow_up", "thì kế hoạch huyện Mỹ Lộc thực hiện kế hoạch đó đặt mục tiêu 2025 về xóa mù chữ thế nào?",
  [(M, "a) Mục tiêu đến năm 2025"),
   (M, "100% các xã, thị trấn duy trì đạt chuẩn xóa mù chữ mức độ 2.")],
  "Mỹ Lộc, mục tiêu đến năm 2025: 100% các xã, thị trấn duy trì đạt chuẩn xóa mù chữ mức độ 2.",
  ["100%", "mức độ 2"],
  turns("Kế hoạch 145 của tỉnh Nam Định đặt chỉ tiêu xóa mù chữ thế nào?", REFUSE))

Q("follow_up", "rồi Sở đó báo cáo lên ai?",
  [(H, "Kiểm tra, giám sát và định kỳ báo cáo tình hình, kết quả thực hiện Đề án; dự thảo văn bản của Ủy ban nhân dân thành phố gửi Bộ Giáo dục và Đào tạo."),
   (H, "để tổng hợp, báo cáo Ủy ban nhân dân thành phố theo quy định.")],
  "Sở Giáo dục và Đào tạo tổng hợp, báo cáo Ủy ban nhân dân thành phố, và dự thảo văn bản của Ủy ban nhân dân thành "
  "phố gửi Bộ Giáo dục và Đào tạo.",
  ["Ủy ban nhân dân thành phố", "Bộ Giáo dục và Đào tạo"],
  turns("UBND các xã, phường ở Huế gửi báo cáo về đâu?",
        "Về Sở Giáo dục và Đào tạo, trước ngày 15/12/2026."))

# ------------------------------------------------------------------------------------------------- unanswerable (35)
PAY = r"trieu|ty dong|nghin dong|\d+\.\d{3} dong|dong/"
U("Sở Tư pháp Hà Nội làm gì và báo cáo về đâu?",
  "Kế hoạch của UBND thành phố Hà Nội không nhắc đến Sở Tư pháp, nên không có nhiệm vụ hay nơi báo cáo nào cho sở này.",
  [("tu phap", ALL)])
U("Kế hoạch Huế có khả thi không? Đánh giá giúp tôi.",
  "Kế hoạch năm 2026 của thành phố Huế không tự đánh giá tính khả thi; đánh giá như vậy không có trong các kế hoạch đã nạp.",
  [("kha thi", [H])])
U("Mục VII của kế hoạch Mỹ Lộc nói gì?",
  "Kế hoạch huyện Mỹ Lộc chỉ có năm mục (I Mục đích, yêu cầu; II Mục tiêu; III Nhiệm vụ và giải pháp; IV Kinh phí; "
  "V Tổ chức thực hiện); không có mục VII.",
  [("HEAD", r"^\s*(VI|VII)\.\s", [M])])
U("Tính đến 31/12/2025, Huế đã có bao nhiêu xã, phường đạt “Cộng đồng học tập”?",
  "Kế hoạch Huế chỉ đặt chỉ tiêu cho năm 2026 (100% xã, phường đạt mức độ 1), không nêu kết quả đã đạt đến cuối 2025.")
U("Cán bộ ở TP. Cần Thơ không hoàn thành chỉ tiêu năm 2024 thì bị kỷ luật thế nào?",
  "Kế hoạch 74/KH-BCĐ của Cần Thơ không quy định kỷ luật hay chế tài nào khi không đạt chỉ tiêu.",
  [("ky luat|xu phat|xu ly", [C])])
U("Phụ cấp cho báo cáo viên, cộng tác viên trung tâm học tập cộng đồng ở Huế là bao nhiêu một tháng?",
  "Kế hoạch Huế không nêu mức phụ cấp hay thù lao; nó chỉ dẫn Nghị quyết 16/2025/NQ-HĐND về nội dung, mức chi, mà nội "
  "dung nghị quyết đó không có trong các kế hoạch đã nạp.",
  [("phu cap|thu lao|" + PAY, [H])])
U("Kế hoạch tp HN đặt chỉ tiêu gì cho năm 2035?",
  "Kế hoạch Hà Nội chỉ đặt chỉ tiêu cho năm 2025 và năm 2030 (và nói tầm nhìn đến 2045); không có chỉ tiêu cho năm 2035.",
  [("2035", [N])])
U("Tỉnh Thừa Thiên Huế năm 2027 đặt chỉ tiêu công dân học tập bao nhiêu?",
  "Kế hoạch đã nạp của thành phố Huế (tỉnh Thừa Thiên Huế cũ) là kế hoạch năm 2026; không có chỉ tiêu cho năm 2027.",
  [("2027", [H])])
U("Quận Hoàn Kiếm giao các phường nhiệm vụ gì về xã hội học tập?",
  "Không có kế hoạch nào của quận Hoàn Kiếm trong các kế hoạch đã nạp; kế hoạch Hà Nội chỉ giao chung cho UBND quận, "
  "huyện, thị xã.",
  [("hoan kiem", ALL)])
U("Kế hoạch huyện Tiên Lãng giao Phòng GD&ĐT việc gì?",
  "Kế hoạch của huyện Tiên Lãng không có trong các kế hoạch đã nạp (chỉ có kế hoạch của huyện An Lão, Hải Phòng).",
  [("tien lang", ALL)])
U("huyen Nam Truc dat chi tieu cong dan hoc tap bao nhieu nam 2025",
  "Không có kế hoạch của huyện Nam Trực trong các kế hoạch đã nạp (chỉ có huyện Mỹ Lộc của Nam Định).",
  [("nam truc", ALL)])
U("Cần Thơ đặt chỉ tiêu bao nhiêu % gia đình học tập năm 2024?",
  "Kế hoạch 74 của Cần Thơ không đặt chỉ tiêu phần trăm cho “Gia đình học tập”; chỉ tiêu mô hình học tập của nó là "
  "Đơn vị học tập và Cộng đồng học tập.",
  [(r"\d+% [^.;]*gia dinh", [C])])
U("An Lão đặt bao nhiêu % xã, thị trấn đạt “Cộng đồng học tập”?",
  "Kế hoạch huyện An Lão không đặt chỉ tiêu bằng số nào, kể cả cho “Cộng đồng học tập”.",
  [("%", [A])])
U("Tập thể tiêu biểu trong xây dựng xã hội học tập ở Hà Nội được thưởng bao nhiêu tiền?",
  "Kế hoạch Hà Nội chỉ nói Ban Thi đua - Khen thưởng tham mưu khen thưởng; không nêu mức tiền thưởng.",
  [(PAY, [N])])
U("Tổng kinh phí Kế hoạch 74 Cần Thơ năm 2024 là bao nhiêu tỷ đồng?",
  "Kế hoạch 74 chỉ nêu nguồn kinh phí (ngân sách nhà nước, tài trợ, nguồn hợp pháp khác), không nêu tổng số tiền.",
  [(PAY, [C])])
U("Sở Khoa học và Công nghệ thành phố Huế có nhiệm vụ gì trong kế hoạch?",
  "Kế hoạch Huế không giao nhiệm vụ cho Sở Khoa học và Công nghệ; sở này không được nhắc đến.",
  [("so khoa hoc", [H])])
U("Phòng Tư pháp h. An Lão được giao gì?",
  "Kế hoạch huyện An Lão không nhắc đến Phòng Tư pháp.",
  [("tu phap", [A])])
U("Kế hoạch số 07/KH-UBND của tỉnh Thừa Thiên Huế đặt những chỉ tiêu gì?",
  "Kế hoạch Huế chỉ dẫn Kế hoạch 07/KH-UBND (ngày 08/01/2024) để triển khai; nội dung, chỉ tiêu của kế hoạch đó không có "
  "trong các kế hoạch đã nạp.")
U("Nghị quyết 16/2025/NQ-HĐND của Huế quy định mức chi bao nhiêu cho mỗi lớp xóa mù chữ?",
  "Kế hoạch Huế chỉ dẫn Nghị quyết 16/2025/NQ-HĐND quy định nội dung, mức chi; các mức chi cụ thể không có trong các kế "
  "hoạch đã nạp.",
  [(PAY, [H])])
U("Kế hoạch Mỹ Lộc có hiệu quả hơn kế hoạch An Lão không?",
  "Các kế hoạch không đánh giá hiệu quả của nhau; việc so sánh hiệu quả không có trong các kế hoạch đã nạp.")
U("Năm 2023 Hà Nội đã đạt bao nhiêu % công dân học tập?",
  "Kế hoạch Hà Nội chỉ đặt chỉ tiêu 2025 (50%) và 2030 (70%), không nêu kết quả đã đạt năm 2023.")
U("Phường Vỹ Dạ ở Huế có kế hoạch riêng không, chỉ tiêu gì?",
  "Không có kế hoạch của phường Vỹ Dạ trong các kế hoạch đã nạp; kế hoạch thành phố Huế chỉ giao chung cho UBND các "
  "xã, phường.",
  [("vy da", ALL)])
U("Quận Bình Thủy, TP. Cần Thơ giao Phòng GD&ĐT quận việc gì?",
  "Không có kế hoạch của quận Bình Thủy trong các kế hoạch đã nạp; kế hoạch Cần Thơ chỉ giao chung cho UBND quận, huyện.",
  [("binh thuy", ALL)])
U("How much did Can Tho spend on community learning centres in 2023?",
  "Can Tho's 2024 plan gives no spending figures, for 2023 or any year; the loaded plans do not say.",
  [("2023", [C]), (PAY, [C])])
U("What sanction does the My Loc plan impose on communes that miss the 10 December reporting deadline?",
  "The My Loc plan sets the 10 December deadline but no sanction for missing it.",
  [("ky luat|xu phat|xu ly", [M])])
U("What is Hanoi's target for the share of civil servants who speak a foreign language by 2030?",
  "The Hanoi plan only encourages commune-level officials to learn foreign languages; it sets no percentage target.",
  [(r"\d+%[^.;]*ngoai ngu", [N])])
U("Does the Hue plan give the Sở Y tế (Department of Health) a role? What is it?",
  "No. The Hue plan does not mention the Sở Y tế at all.",
  [("y te", [H])])
U("List the tasks of Quang Ninh's DOET in its lifelong-learning plan.",
  "No plan of Quang Ninh is loaded; the loaded plans are Huế, Mỹ Lộc, Hà Nội, Cần Thơ and An Lão.",
  [("quang ninh", ALL)])
U("còn 2030?",
  "Kế hoạch Huế là kế hoạch năm 2026; nó không đặt chỉ tiêu kỹ năng sống cho năm 2030.",
  [(r"\d+%[^.;]*2030", [H])],
  turns("Huế đặt bao nhiêu % người trong độ tuổi lao động được trang bị kỹ năng sống?",
        "Năm 2026: 80% số người trong độ tuổi lao động được trang bị kỹ năng sống."))
U("năm nay họ được giao bao nhiêu tiền?",
  "Kế hoạch An Lão không nêu số tiền nào; Phòng Tài chính - Kế hoạch chỉ phối hợp lập dự toán, báo cáo UBND huyện cân đối.",
  [(PAY, [A])],
  turns("Phòng Tài chính - Kế hoạch An Lão làm gì?",
        "Phối hợp với các phòng, ban, ngành lập dự toán kinh phí, báo cáo UBND huyện cân đối ngân sách để triển khai "
        "phong trào “Học tập suốt đời”."))
U("năm 2024 đã mở được bao nhiêu lớp?",
  "Kế hoạch Cần Thơ giao nhiệm vụ mở lớp cho Công an thành phố nhưng không nêu số lớp đã mở hay sẽ mở.",
  [(r"\d+ lop", [C])],
  turns("Cần Thơ giao ai tổ chức lớp xóa mù chữ cho phạm nhân?",
        "Công an thành phố, phối hợp với Sở GD&ĐT và UBND quận, huyện."))
U("And how many inmates attended last year?",
  "The Hanoi plan gives no count of inmates or learners; it only assigns the task.",
  [(r"\d+ (pham nhan|hoc vien|trai vien)", [N])],
  turns("Which body in Hanoi organises literacy classes for inmates?",
        "The Công an Thành phố, with the DOET and the Sở LĐ-TB&XH."))
U("Lương của giáo viên dạy ở trung tâm học tập cộng đồng Mỹ Lộc là bao nhiêu?",
  "Kế hoạch Mỹ Lộc không nói gì về lương giáo viên trung tâm học tập cộng đồng.",
  [("tien luong|muc luong|he so luong|" + PAY, [M])])
U("Mục V kế hoạch h. An Lão (Tổ chức thực hiện) giao gì cho Phòng Y tế?",
  "Kế hoạch An Lão không có mục V (phần Tổ chức thực hiện là mục III) và không nhắc đến Phòng Y tế.",
  [("HEAD", r"^\s*V\.\s", [A]), ("y te", [A])])
U("Tỉnh Hậu Giang đặt chỉ tiêu gì về xóa mù chữ năm 2024?",
  "Không có kế hoạch của tỉnh Hậu Giang trong các kế hoạch đã nạp (chỉ có kế hoạch năm 2024 của thành phố Cần Thơ).",
  [("hau giang", ALL)])
U("so với Huế thì sao?",
  "Kế hoạch Huế không đặt chỉ tiêu về trường đạt chuẩn quốc gia.",
  [("chuan quoc gia", [H])],
  turns("Hà Nội đặt bao nhiêu % trường công lập đạt chuẩn quốc gia năm 2025?",
        "Năm 2025: 80-85% trường công lập đạt chuẩn quốc gia."))


# ------------------------------------------------------------------------------------------------------------ main
MIN = {"agency_tasks": 14, "target": 12, "deadline": 8, "funding": 7, "legal_basis": 4, "purpose": 3,
       "task_section": 5, "cross_plan": 6, "no_diacritics": 8, "abbreviation": 6, "paraphrase": 5, "english": 24,
       "follow_up": 24, "unanswerable": 32}


def main():
    problems = []
    counts = {}
    for i, q in enumerate(QS):
        q["id"] = f"q33-{i + 1:03d}"
        where = q["id"]
        counts[q["type"]] = counts.get(q["type"], 0) + 1
        spans = []
        for ev in q["evidence"]:
            if norm(ev["span"]) not in TEXT[ev["doc"]]:
                problems.append(f"{where}: span missing in {ev['doc']}: {ev['span'][:90]!r}")
            spans.append(norm(ev["span"]).lower())
        for kf in q["key_facts"]:
            k = norm(kf).lower()
            if k not in norm(q["answer"]).lower():
                problems.append(f"{where}: key fact {kf!r} not in answer")
            if not any(k in s for s in spans):
                problems.append(f"{where}: key fact {kf!r} not in cited spans")
        if q["type"] != "unanswerable" and not (1 <= len(q["key_facts"]) <= 4):
            problems.append(f"{where}: {len(q['key_facts'])} key facts")
        if q["type"] == "follow_up" and not q["history"]:
            problems.append(f"{where}: follow_up without history")
        for p in PROBES.get(i, []):
            if p[0] == "HEAD":
                _, rx, docs = p
                for d in docs:
                    if re.search(rx, RAW[d], flags=re.M):
                        problems.append(f"{where}: heading probe {rx!r} found in {d}")
            else:
                rx, docs = p
                for d in docs:
                    m = re.search(rx, FOLDED[d])
                    if m:
                        problems.append(f"{where}: probe {rx!r} found in {d}: {FOLDED[d][max(0, m.start() - 40):m.end() + 40]!r}")
    for t, n in MIN.items():
        if counts.get(t, 0) < n:
            problems.append(f"type {t}: {counts.get(t, 0)} < {n}")
    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} problems; not written")
        return 1
    with open(OUT, "w", encoding="utf-8") as f:
        for q in QS:
            line = json.dumps(q, ensure_ascii=False)
            f.write(unicodedata.normalize("NFC", line) + "\n")
    print(f"wrote {OUT}: {len(QS)} questions; {dict(sorted(counts.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
