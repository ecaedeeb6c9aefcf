"""Set 39 (held out again): comparison, exclusion, provenance, code-switching, scope and level-mismatch questions
on the five bundled plans (data/plans/*.txt).

    python eval/sets/src39/questions_src39.py     # writes eval/sets/bundled39.jsonl

Written independently of the product code and of the earlier question files. Refuses to write if a span is missing
from its plan after FORMAT.md's normalisation, a key fact is missing from its answer or from every span it cites, a
type is below the brief's minimum, or an unanswerable question's probe regex (accent-free) matches the plans it is
checked against.
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
OUT = os.path.join(SETS, "bundled39.jsonl")

H = "000_4550be4bb11189cd.txt"  # Huế, năm 2026
M = "001_7bafa58816a5de75.txt"  # huyện Mỹ Lộc, 2021-2030
N = "002_797e8de6131c77f9.txt"  # Hà Nội, NQ 23-NQ/TU
C = "003_1a817ee72b993e3e.txt"  # Cần Thơ, KH 74/KH-BCĐ, năm 2024
A = "004_b1b28019b71edc03.txt"  # huyện An Lão, phong trào "Học tập suốt đời"
ALL = [H, M, N, C, A]

MINIMUM = {"agency_tasks": 14, "target": 12, "deadline": 8, "funding": 6, "legal_basis": 4, "purpose": 3,
           "task_section": 5, "cross_plan": 8, "no_diacritics": 8, "abbreviation": 6, "paraphrase": 6,
           "english": 16, "follow_up": 18, "unanswerable": 30}


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()


def plain(s):
    """accent-free lower-case form of norm(s); đ -> d"""
    s = norm(s).replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    return "".join(ch for ch in s if unicodedata.category(ch) != "Mn").lower()


_TEXT = {}


def text(doc):
    if doc not in _TEXT:
        with open(os.path.join(PLANS, doc), encoding="utf-8") as f:
            _TEXT[doc] = norm(f.read())
    return _TEXT[doc]


QS = []


def u(s):
    return {"role": "user", "content": s}


def a(s):
    return {"role": "assistant", "content": s}


def q(qtype, question, ev, answer, kf, hist=None, probe=None, probe_docs=None):
    """ev: [(doc, span)]; for unanswerable: ev [] and optionally probe (accent-free regex) over probe_docs."""
    QS.append(dict(type=qtype, question=question, ev=ev, answer=answer, kf=kf, hist=hist or [],
                   probe=probe, probe_docs=probe_docs))


# ---------------------------------------------------------------------------------------------- agency_tasks
q("agency_tasks",
  "Ở Hà Nội, Sở Nội vụ và Sở Lao động - Thương binh và Xã hội, ai lo việc đào tạo kỹ năng nghề nghiệp mới cho người lao động, ai lo tập huấn cho cán bộ công chức?",
  [(N, "2. Sở Lao động - Thương binh và Xã hội"), (N, "3. Sở Nội vụ"), (N, "Chủ trì, phối hợp với các Sở, ngành liên quan xây dựng các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động; hỗ trợ học tập cho người bị thiệt thòi, yếu thế trong xã hội."),
   (N, "Trên cơ sở chức năng, nhiệm vụ được giao, chủ trì, phối hợp với các Sở, ngành, đơn vị có liên quan tổ chức các lớp tập huấn, bồi dưỡng kiến thức, kỹ năng cho đội ngũ cán bộ công chức, viên chức, người lao động trên địa bàn Thành phố")],
  "Theo kế hoạch Hà Nội (mục V): Sở Lao động - Thương binh và Xã hội \"chủ trì, phối hợp với các Sở, ngành liên quan xây dựng các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động\"; còn Sở Nội vụ \"tổ chức các lớp tập huấn, bồi dưỡng kiến thức, kỹ năng cho đội ngũ cán bộ công chức, viên chức, người lao động trên địa bàn Thành phố\".",
  ["Sở Lao động - Thương binh và Xã hội", "đào tạo kỹ năng nghề nghiệp mới", "Sở Nội vụ", "tập huấn, bồi dưỡng kiến thức"])

q("agency_tasks",
  "Trong kế hoạch năm 2026 của Huế, ngoài Sở Giáo dục và Đào tạo thì còn cơ quan nào được giao theo dõi và tổng hợp kết quả thực hiện mục tiêu?",
  [(H, "3. Sở Nội vụ - Tổ chức thực hiện các nhiệm vụ nhằm đạt mục tiêu đào tạo, bồi dưỡng, nâng cao trình độ chuyên môn, nghiệp vụ cho đội ngũ cán bộ, công chức các cấp. - Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về năng lực cơ bản và trình độ của người dân."),
   (H, "- Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về “Công dân học tập”.")],
  "Ngoài Sở Giáo dục và Đào tạo, kế hoạch Huế giao thêm hai cơ quan: Sở Nội vụ \"theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về năng lực cơ bản và trình độ của người dân\", và Hội Khuyến học thành phố theo dõi, tổng hợp kết quả thực hiện mục tiêu về \"Công dân học tập\".",
  ["Sở Nội vụ", "năng lực cơ bản và trình độ của người dân", "Công dân học tập"])

q("agency_tasks",
  "Ngoài Sở Nội vụ, ở Hà Nội còn sở nào cũng được giao tổ chức các lớp tập huấn, bồi dưỡng kiến thức, kỹ năng cho cán bộ công chức, viên chức?",
  [(N, "5. Sở Thông tin và Truyền thông"), (N, "Chủ trì, phối hợp với các Sở, ngành, đơn vị có liên quan tổ chức các lớp tập huấn, bồi dưỡng kiến thức, kỹ năng, trang bị năng lực thông tin cho đội ngũ cán bộ công chức, viên chức, người lao động trên địa bàn Thành phố.")],
  "Sở Thông tin và Truyền thông Hà Nội: \"Chủ trì, phối hợp với các Sở, ngành, đơn vị có liên quan tổ chức các lớp tập huấn, bồi dưỡng kiến thức, kỹ năng, trang bị năng lực thông tin cho đội ngũ cán bộ công chức, viên chức, người lao động trên địa bàn Thành phố\" (mục V.5).",
  ["Sở Thông tin và Truyền thông", "trang bị năng lực thông tin"])

q("agency_tasks",
  "Đoạn \"vận động gây quỹ hỗ trợ thanh niên có hoàn cảnh khó khăn tham gia học tập\" là nhiệm vụ của ai, trong kế hoạch nào?",
  [(M, "trên địa bàn huyện Mỹ Lộc"), (M, "c) Đoàn TNCS Hồ Chí Minh huyện Tổ chức phối hợp, lồng ghép các hoạt động tuyên truyền về học tập suốt đời, xây dựng xã hội học tập thông qua các phong trào hành động cách mạng của thanh niên, các phong trào thi đua học tập, nghiên cứu khoa học, lao động sáng tạo trong thanh niên; vận động gây quỹ hỗ trợ thanh niên có hoàn cảnh khó khăn tham gia học tập.")],
  "Đó là nhiệm vụ của Đoàn TNCS Hồ Chí Minh huyện trong kế hoạch huyện Mỹ Lộc (mục V.9.c): \"...vận động gây quỹ hỗ trợ thanh niên có hoàn cảnh khó khăn tham gia học tập\". (Kế hoạch Hà Nội có câu gần giống nhưng là \"hỗ trợ học sinh, học viên, sinh viên Hà Nội\".)",
  ["Đoàn TNCS Hồ Chí Minh huyện", "Mỹ Lộc"])

q("agency_tasks",
  "Có câu \"hỗ trợ ngành Giáo dục và Đào tạo nâng cao chất lượng giáo dục trong các nhà trường\" — đây là việc của hội nào, kế hoạch nào?",
  [(C, "Xây dựng xã hội học tập năm 2024 trên địa bàn thành phố Cần Thơ"), (C, "12. Đề nghị Hội Người cao tuổi thành phố"),
   (C, "Hướng dẫn các cấp Hội phối hợp tổ chức tuyên truyền, tập huấn cho cán bộ, nhà giáo, hội viên các Hội nắm vững chủ trương và các biện pháp triển khai khuyến học, khuyến tài, xây dựng xã hội học tập; hỗ trợ ngành Giáo dục và Đào tạo nâng cao chất lượng giáo dục và đào tạo trong các nhà trường")],
  "Đó là việc đề nghị Hội Người cao tuổi thành phố trong KH 74 của Cần Thơ (mục V.12): hướng dẫn các cấp Hội phối hợp tổ chức tuyên truyền, tập huấn cho cán bộ, nhà giáo, hội viên…; \"hỗ trợ ngành Giáo dục và Đào tạo nâng cao chất lượng giáo dục và đào tạo trong các nhà trường\", mở rộng các hình thức học tập đáp ứng nhu cầu học tập suốt đời.",
  ["Hội Người cao tuổi thành phố", "Cần Thơ"])

q("agency_tasks",
  "Kế hoạch xây dựng XHHT năm 2024 của thành phố Cần Thơ có giao việc gì cho cấp huyện không?",
  [(C, "14. Ủy ban nhân dân quận, huyện"), (C, "a) Triển khai thực hiện Kế hoạch phù hợp với kế hoạch phát triển kinh tế - xã hội của địa phương; củng cố, tổ chức kiện toàn Ban Chỉ đạo Xây dựng xã hội học tập - Xóa mù chữ - Phổ cập giáo dục các cấp ở địa phương"),
   (C, "b) Cân đối, bố trí ngân sách địa phương và huy động các nguồn kinh phí hợp pháp khác để đảm bảo việc triển khai thực hiện các mục tiêu, chỉ tiêu, nhiệm vụ trong Kế hoạch;"),
   (C, "c) Xây dựng và phát triển các mô hình học tập, ngành nghề đào tạo, các nghề đặc thù cần học tập suốt đời, đáp ứng nhu cầu xã hội và phù hợp quy hoạch của từng địa phương đến năm 2030.")],
  "Có. Mục V.14 \"Ủy ban nhân dân quận, huyện\" giao ba việc: a) triển khai Kế hoạch phù hợp với kế hoạch phát triển kinh tế - xã hội của địa phương, kiện toàn Ban Chỉ đạo Xây dựng xã hội học tập - Xóa mù chữ - Phổ cập giáo dục các cấp, xây dựng cơ chế phối hợp; b) \"Cân đối, bố trí ngân sách địa phương và huy động các nguồn kinh phí hợp pháp khác\"; c) xây dựng và phát triển các mô hình học tập, ngành nghề đào tạo, các nghề đặc thù \"đến năm 2030\". Ngoài ra nhiều sở được giao phối hợp với Ủy ban nhân dân quận, huyện.",
  ["Ủy ban nhân dân quận, huyện", "Cân đối, bố trí ngân sách địa phương", "mô hình học tập"])

q("agency_tasks",
  "Sở Giáo dục và Đào tạo tỉnh có nhiệm vụ gì trong kế hoạch của huyện Mỹ Lộc?",
  [(M, "- Sở Giáo dục và Đào tạo (để b/c);"),
   (M, "1. Phòng Giáo dục và Đào tạo a) Chủ trì, phối hợp với các phòng, ban, ngành, đơn vị liên quan, UBND các xã, thị trấn triển khai thực hiện các nhiệm vụ của Đề án.")],
  "Kế hoạch Mỹ Lộc là kế hoạch cấp huyện, không giao nhiệm vụ nào cho Sở Giáo dục và Đào tạo: Sở chỉ có tên ở phần Nơi nhận \"(để b/c)\". Cơ quan ngành giáo dục được giao việc là Phòng Giáo dục và Đào tạo huyện (mục V.1: \"Chủ trì, phối hợp với các phòng, ban, ngành, đơn vị liên quan, UBND các xã, thị trấn triển khai thực hiện các nhiệm vụ của Đề án\", …).",
  ["để b/c", "Phòng Giáo dục và Đào tạo"])

q("agency_tasks",
  "Kế hoạch An Lão có nói gì đến trường tư thục không? Ai phụ trách?",
  [(A, "1. Phòng Giáo dục và Đào tạo"), (A, "Hướng dẫn, đôn đốc thành lập, kiện toàn hệ thống trung tâm học tập cộng đồng cấp xã sau khi sắp xếp, sáp nhập các đơn vị hành chính; tăng cường quản lý, tạo động lực phát triển hệ thống cơ sở giáo dục tư thục trên địa bàn huyện.")],
  "Có, một ý: trong nhiệm vụ của Phòng Giáo dục và Đào tạo (mục III.1), \"tăng cường quản lý, tạo động lực phát triển hệ thống cơ sở giáo dục tư thục trên địa bàn huyện\". Kế hoạch không nói thêm gì riêng về trường tư thục.",
  ["Phòng Giáo dục và Đào tạo", "cơ sở giáo dục tư thục"])

q("agency_tasks",
  "Task của Liên đoàn Lao động thành phố trong plan Cần Thơ là gì vậy?",
  [(C, "b) Đề nghị Liên đoàn Lao động thành phố phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện đẩy mạnh các hoạt động phát triển nghề nghiệp cho người lao động; tuyên truyền, vận động, động viên, khuyến khích công nhân, người lao động trong doanh nghiệp học tập nâng cao trình độ, kỹ năng nghề.")],
  "KH 74 Cần Thơ (mục V.11.b) đề nghị Liên đoàn Lao động thành phố \"phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện đẩy mạnh các hoạt động phát triển nghề nghiệp cho người lao động; tuyên truyền, vận động, động viên, khuyến khích công nhân, người lao động trong doanh nghiệp học tập nâng cao trình độ, kỹ năng nghề\".",
  ["phát triển nghề nghiệp cho người lao động", "kỹ năng nghề"])

q("agency_tasks",
  "Ở Cần Thơ, Sở Văn hóa, Thể thao và Du lịch với Sở Thông tin và Truyền thông, bên nào chỉ đạo Trung tâm Văn hóa - Thể thao và Truyền thanh quận, huyện tuyên truyền?",
  [(C, "4. Sở Thông tin và Truyền thông"), (C, "Chỉ đạo, cung cấp thông tin cho báo, đài Trung ương, địa phương đóng trên địa bàn thành phố, Phòng Văn hóa và Thông tin, Trung tâm Văn hóa - Thể thao và Truyền thanh quận, huyện thực hiện tuyên truyền về hoạt động xây dựng xã hội học tập trên địa bàn thành phố"),
   (C, "Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan, Ủy ban nhân dân quận, huyện nhân rộng các mô hình học tập suốt đời trong thư viện, bảo tàng, nhà văn hóa, câu lạc bộ.")],
  "Sở Thông tin và Truyền thông (mục V.4): \"Chỉ đạo, cung cấp thông tin cho báo, đài Trung ương, địa phương…, Phòng Văn hóa và Thông tin, Trung tâm Văn hóa - Thể thao và Truyền thanh quận, huyện thực hiện tuyên truyền về hoạt động xây dựng xã hội học tập\". Sở Văn hóa, Thể thao và Du lịch (mục V.5) lo việc khác: nhân rộng các mô hình học tập suốt đời trong thư viện, bảo tàng, nhà văn hóa, câu lạc bộ.",
  ["Sở Thông tin và Truyền thông", "Trung tâm Văn hóa - Thể thao và Truyền thanh quận, huyện", "thư viện, bảo tàng, nhà văn hóa, câu lạc bộ"])

q("agency_tasks",
  "Trong phần Tổ chức thực hiện của Mỹ Lộc, ngoài Phòng Giáo dục và Đào tạo còn những ai được giao kiểm tra, giám sát?",
  [(M, "8. Đề nghị Ban Tuyên giáo Huyện ủy"), (M, "a) Ủy ban Mặt trận Tổ quốc huyện và các tổ chức thành viên"), (M, "11. UBND các xã, thị trấn"), (M, "phối hợp kiểm tra, giám sát việc thực hiện Kế hoạch."),
   (M, "Phối hợp với với các đơn vị trong huyện tham gia giám sát việc triển khai thực hiện Kế hoạch."),
   (M, "d) Kiểm tra, giám sát và định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo")],
  "Ngoài Phòng Giáo dục và Đào tạo (V.1.e), mục V của Mỹ Lộc còn giao: Ban Tuyên giáo Huyện ủy (được đề nghị) \"phối hợp kiểm tra, giám sát việc thực hiện Kế hoạch\" (V.8); Ủy ban Mặt trận Tổ quốc huyện \"tham gia giám sát việc triển khai thực hiện Kế hoạch\" (V.9.a); UBND các xã, thị trấn \"Kiểm tra, giám sát và định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo\" về Phòng Giáo dục và Đào tạo (V.11.d).",
  ["Ban Tuyên giáo Huyện ủy", "Ủy ban Mặt trận Tổ quốc huyện", "UBND các xã, thị trấn", "10 tháng 12"])

q("agency_tasks",
  "Ở Hà Nội, việc triển khai văn hóa đọc trong cộng đồng là do Sở Văn hóa và Thể thao hay Sở Thông tin và Truyền thông?",
  [(N, "5. Sở Thông tin và Truyền thông"), (N, "- Phối hợp với Sở Văn hóa và Thể thao, Sở Giáo dục và Đào tạo, các cơ quan liên quan tổ chức hiệu quả các hoạt động nhằm triển khai văn hóa đọc trong cộng đồng")],
  "Kế hoạch Hà Nội ghi việc này trong nhiệm vụ của Sở Thông tin và Truyền thông (mục V.5): \"Phối hợp với Sở Văn hóa và Thể thao, Sở Giáo dục và Đào tạo, các cơ quan liên quan tổ chức hiệu quả các hoạt động nhằm triển khai văn hóa đọc trong cộng đồng\". Danh sách nhiệm vụ của Sở Văn hóa và Thể thao (V.4) không nêu văn hóa đọc; Sở này là bên được Sở TT&TT phối hợp.",
  ["Sở Thông tin và Truyền thông", "văn hóa đọc", "Sở Văn hóa và Thể thao"])

q("agency_tasks",
  "Huế giao Sở Văn hóa và Thể thao và Liên đoàn Lao động thành phố triển khai kế hoạch nào, mỗi bên một kế hoạch số mấy?",
  [(H, "quan triển khai thực hiện Kế hoạch số 288/KH-UBND ngày 25 tháng 8 năm 2023 của Ủy ban nhân dân thành phố về Chương trình “Đẩy mạnh các hoạt động phục vụ học tập suốt đời trong thư viện, bảo tàng, trung tâm văn hóa đến năm 2030”"),
   (H, "tổ chức thực hiện Kế hoạch số 147/KH-UBND ngày 17 tháng 4 năm 2023 về việc triển khai thực hiện Chương trình “Đẩy mạnh các hoạt động học tập suốt đời trong công nhân lao động tại các doanh nghiệp đến năm 2030”")],
  "Sở Văn hóa và Thể thao chủ trì triển khai Kế hoạch số 288/KH-UBND ngày 25 tháng 8 năm 2023 (Chương trình \"Đẩy mạnh các hoạt động phục vụ học tập suốt đời trong thư viện, bảo tàng, trung tâm văn hóa đến năm 2030\"); Liên đoàn Lao động thành phố chủ trì thực hiện Kế hoạch số 147/KH-UBND ngày 17 tháng 4 năm 2023 (Chương trình \"Đẩy mạnh các hoạt động học tập suốt đời trong công nhân lao động tại các doanh nghiệp đến năm 2030\").",
  ["288/KH-UBND", "147/KH-UBND"])

q("agency_tasks",
  "Ở An Lão, Phòng Nội vụ và Phòng Tài chính - Kế hoạch, ai tham mưu kinh phí đào tạo, bồi dưỡng cán bộ, ai lập dự toán cho phong trào?",
  [(A, "2. Phòng Nội vụ"), (A, "4. Phòng Tài chính - Kế hoạch"), (A, "Chủ trì phối hợp với các phòng, ban, ngành, địa phương tham mưu Ủy ban nhân dân huyện kế hoạch, kinh phí, tổ chức đào tạo, bồi dưỡng cán bộ, công chức, viên chức theo quy định của Chính phủ."),
   (A, "Phối hợp với các phòng, ban, ngành, đơn vị lập dự toán kinh phí, báo cáo Ủy ban nhân dân huyện cân đối trong nguồn ngân sách, để triển khai thực hiện phong trào “Học tập suốt đời” đạt hiệu quả.")],
  "Phòng Nội vụ \"chủ trì phối hợp với các phòng, ban, ngành, địa phương tham mưu Ủy ban nhân dân huyện kế hoạch, kinh phí, tổ chức đào tạo, bồi dưỡng cán bộ, công chức, viên chức\"; Phòng Tài chính - Kế hoạch \"phối hợp với các phòng, ban, ngành, đơn vị lập dự toán kinh phí, báo cáo Ủy ban nhân dân huyện cân đối trong nguồn ngân sách\" để triển khai phong trào \"Học tập suốt đời\".",
  ["Phòng Nội vụ", "đào tạo, bồi dưỡng cán bộ", "Phòng Tài chính - Kế hoạch", "lập dự toán kinh phí"])

q("agency_tasks",
  "Hội Liên hiệp Phụ nữ huyện và nhóm Hội Cựu chiến binh huyện ở Mỹ Lộc, mỗi bên gắn với quỹ nào?",
  [(M, "đẩy mạnh hoạt động có hiệu quả đối với “Quỹ học bổng Hoàng Ngân”."),
   (M, "Hướng dẫn các cấp hội phối hợp tổ chức các hoạt động khuyến học, khuyến tài, xây dựng xã hội học tập theo tinh thần xã hội hoá giáo dục, nâng cao chất lượng “Quỹ vòng tay đồng đội”")],
  "Hội Liên hiệp Phụ nữ huyện: \"đẩy mạnh hoạt động có hiệu quả đối với 'Quỹ học bổng Hoàng Ngân'\" (V.9.e). Hội Cựu chiến binh huyện (cùng Hội Nông dân, Hội Người cao tuổi, Hội Cựu giáo chức huyện, V.9.g): \"nâng cao chất lượng 'Quỹ vòng tay đồng đội'\".",
  ["Quỹ học bổng Hoàng Ngân", "Quỹ vòng tay đồng đội"])

# ---------------------------------------------------------------------------------------------- target
MY25 = (M, "a) Mục tiêu đến năm 2025")
MY30 = (M, "b) Mục tiêu đến năm 2030")
HN25 = (N, "2.1. Mục tiêu cụ thể đến năm 2025")
HN30 = (N, "2.2. Mục tiêu cụ thể đến năm 2030")

q("target",
  "Chỉ tiêu kỹ năng sống của Mỹ Lộc năm 2030 cao hơn năm 2025 bao nhiêu điểm phần trăm?",
  [MY25, (M, "+ 60% số người trong độ tuổi lao động được trang bị kỹ năng sống."),
   MY30, (M, "+ 80% người trong độ tuổi lao động được trang bị kỹ năng sống.")],
  "Mỹ Lộc đặt 60% số người trong độ tuổi lao động được trang bị kỹ năng sống đến năm 2025 và 80% đến năm 2030, tức cao hơn 20 điểm phần trăm.",
  ["60%", "80%"])

q("target",
  "Hà Nội: tỷ lệ đơn vị được công nhận là đơn vị học tập năm 2030 so với 2025 tăng bao nhiêu?",
  [HN25, (N, "- 50% đơn vị được công nhận là đơn vị học tập;"), HN30, (N, "- 70% đơn vị được công nhận là đơn vị học tập;")],
  "Hà Nội đặt 50% đơn vị được công nhận là đơn vị học tập đến năm 2025 và 70% đến năm 2030: tăng 20 điểm phần trăm.",
  ["50%", "70%"])

q("target",
  "Tỷ lệ quận, huyện, thị xã được công nhận huyện học tập của Hà Nội: mốc 2025 và 2030 chênh nhau mấy điểm?",
  [HN25, (N, "- 40% quận, huyện, thị xã được công nhận danh hiệu huyện học tập theo các tiêu chí do cơ quan có thẩm quyền ban hành."),
   HN30, (N, "- 60% quận, huyện, thị xã được công nhận danh hiệu huyện học tập theo các tiêu chí do cơ quan có thẩm quyền ban hành.")],
  "40% quận, huyện, thị xã đến năm 2025 và 60% đến năm 2030 được công nhận danh hiệu huyện học tập: chênh 20 điểm phần trăm.",
  ["40%", "60%"])

q("target",
  "Hà Nội: tỷ lệ cơ sở giáo dục triển khai quản lý, giảng dạy, học tập trên môi trường số năm 2030 cao hơn năm 2025 bao nhiêu?",
  [HN25, (N, "- Phấn đấu 80% các cơ sở giáo dục phổ thông, cơ sở giáo dục nghề nghiệp - giáo dục thường xuyên"),
   HN30, (N, "- Phấn đấu 90% các cơ sở giáo dục phổ thông, cơ sở giáo dục nghề nghiệp - giáo dục thường xuyên")],
  "Hà Nội phấn đấu 80% các cơ sở giáo dục phổ thông, cơ sở GDNN - GDTX và các cơ sở giáo dục khác triển khai hoạt động trên môi trường số đến năm 2025, và 90% đến năm 2030: cao hơn 10 điểm phần trăm.",
  ["80%", "90%"])

q("target",
  "Mỹ Lộc: tỷ lệ cơ sở giáo dục triển khai quản lý, giảng dạy và học tập trên môi trường số năm 2025 và 2030 là bao nhiêu, tăng mấy điểm?",
  [MY25, (M, "+ 60% các cơ sở giáo dục phổ thông, cơ sở giáo dục thường xuyên, cơ sở giáo dục nghề nghiệp và các cơ sở giáo dục khác triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường số."),
   MY30, (M, "+ 80% các cơ sở giáo dục phổ thông, cơ sở giáo dục thường xuyên, cơ sở giáo dục nghề nghiệp và các cơ sở giáo dục khác triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường số.")],
  "60% các cơ sở giáo dục phổ thông, GDTX, GDNN và các cơ sở giáo dục khác đến năm 2025 và 80% đến năm 2030: tăng 20 điểm phần trăm.",
  ["60%", "80%"])

q("target",
  "Công dân học tập ở Mỹ Lộc: chỉ tiêu 2030 cao hơn 2025 mấy điểm phần trăm?",
  [MY25, (M, "+ 40% công dân đạt danh hiệu công dân học tập theo tiêu chí do cơ quan có thẩm quyền ban hành."), MY30, (M, "+ 60% công dân đạt danh hiệu công dân học tập.")],
  "Mỹ Lộc: 40% công dân đạt danh hiệu công dân học tập đến năm 2025 và 60% đến năm 2030, cao hơn 20 điểm phần trăm.",
  ["40%", "60%"])

q("target",
  "Mỹ Lộc: chỉ tiêu dân số từ 15 tuổi được đào tạo chuyên môn kỹ thuật tăng bao nhiêu từ 2025 đến 2030? Phần đại học thì sao?",
  [MY25, (M, "+ Khoảng 50% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó 12% dân số có trình độ đại học trở lên."),
   MY30, (M, "+ 70% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó 15% dân số có trình độ đại học trở lên.")],
  "Đến năm 2025: \"Khoảng 50%\" dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó 12% có trình độ đại học trở lên; đến năm 2030: 70%, trong đó 15%. Tăng khoảng 20 điểm ở chỉ tiêu chung và 3 điểm ở phần đại học.",
  ["Khoảng 50%", "12%", "70%", "15%"])

q("target",
  "Kế hoạch Hà Nội có đặt chỉ tiêu đào tạo an toàn thông tin cho cán bộ chuyên trách cho năm 2030 không?",
  [HN25, (N, "- 100% cán bộ chuyên trách về an toàn thông tin, công nghệ thông tin trong các cơ quan nhà nước thuộc Thành phố được đào tạo về kiến thức, kỹ năng, kỹ thuật an toàn thông tin mạng")],
  "Không cho năm 2030. Chỉ tiêu này chỉ có trong mục tiêu đến năm 2025: \"100% cán bộ chuyên trách về an toàn thông tin, công nghệ thông tin trong các cơ quan nhà nước thuộc Thành phố được đào tạo về kiến thức, kỹ năng, kỹ thuật an toàn thông tin mạng\"; danh sách mục tiêu đến năm 2030 (mục 2.2) không có chỉ tiêu này.",
  ["100%", "an toàn thông tin", "2025"])

q("target",
  "Mỹ Lộc năm 2025: chỉ tiêu năng lực thông tin và chỉ tiêu kỹ năng sống, cái nào cao hơn?",
  [MY25, (M, "+ 60% số người trong độ tuổi lao động được trang bị năng lực thông tin."), (M, "+ 60% số người trong độ tuổi lao động được trang bị kỹ năng sống.")],
  "Bằng nhau: đến năm 2025 Mỹ Lộc đặt 60% số người trong độ tuổi lao động được trang bị năng lực thông tin và cũng 60% được trang bị kỹ năng sống (đến 2030 thì tách ra: 70% và 80%).",
  ["60%"])

q("target",
  "Cần Thơ năm 2024: chỉ tiêu \"Đơn vị học tập\" và \"Cộng đồng học tập\", cái nào cao hơn và cao hơn bao nhiêu?",
  [(C, "Phần đầu đạt tỷ lệ 55,55% đơn vị được đánh giá, công nhận theo mức độ “Đơn vị học tập” cấp huyện, cấp thành phố;"),
   (C, "Phần đầu đạt tỷ lệ 80% đơn vị được đánh giá, công nhận theo mức độ “Cộng đồng học tập” cấp xã, huyện, thành phố.")],
  "\"Cộng đồng học tập\" cao hơn: 80% đơn vị được đánh giá, công nhận theo mức độ \"Cộng đồng học tập\" cấp xã, huyện, thành phố, so với 55,55% cho \"Đơn vị học tập\" cấp huyện, cấp thành phố — cao hơn 24,45 điểm phần trăm.",
  ["80%", "55,55%"])

q("target",
  "Hà Nội: lao động qua đào tạo năm 2025 và 2030 khác nhau thế nào?",
  [HN25, (N, "- 75-80% lao động được qua đào tạo, trong đó lao động có bằng cấp, chứng chỉ đạt 55-60%."),
   HN30, (N, "- 80-85% lao động được qua đào tạo, trong đó lao động có bằng cấp, chứng chỉ đạt trên 60%.")],
  "Đến năm 2025: 75-80% lao động được qua đào tạo, trong đó có bằng cấp, chứng chỉ đạt 55-60%. Đến năm 2030: 80-85% lao động được qua đào tạo, trong đó có bằng cấp, chứng chỉ đạt trên 60%. Cả hai mốc đều là khoảng, mốc 2030 nâng lên 5 điểm ở mỗi đầu khoảng.",
  ["75-80%", "55-60%", "80-85%", "trên 60%"])

q("target",
  "KPI kỹ năng số của công dân Hà Nội là bao nhiêu?",
  [HN25, (N, "- 50% công dân đạt danh hiệu công dân học tập; 50% công dân đạt kỹ năng số."), HN30, (N, "- 70% công dân đạt danh hiệu công dân học tập; 70% công dân đạt kỹ năng số.")],
  "Kế hoạch Hà Nội đặt 50% công dân đạt kỹ năng số đến năm 2025 và 70% công dân đạt kỹ năng số đến năm 2030 (cùng dòng với chỉ tiêu công dân học tập).",
  ["50% công dân đạt kỹ năng số", "70% công dân đạt kỹ năng số"])

# ---------------------------------------------------------------------------------------------- deadline
q("deadline",
  "Theo kế hoạch Huế, xã, phường có phải làm báo cáo không? Gửi ai, hạn khi nào?",
  [(H, "định kỳ tổng hợp, gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026 để tổng hợp, báo cáo Ủy ban nhân dân thành phố theo quy định.")],
  "Có. Ủy ban nhân dân các xã, phường (mục V.9) \"định kỳ tổng hợp, gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026\" để Sở tổng hợp, báo cáo Ủy ban nhân dân thành phố.",
  ["Sở Giáo dục và Đào tạo", "15/12/2026"])

q("deadline",
  "deadline nộp report của Phòng GD&ĐT Mỹ Lộc lên huyện là khi nào?",
  [(M, "e) Tổ chức kiểm tra, giám sát và đánh giá, tổng hợp, báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm")],
  "Phòng Giáo dục và Đào tạo Mỹ Lộc tổng hợp, báo cáo UBND huyện \"trước ngày 15 tháng 12 hằng năm\" (mục V.1.e).",
  ["15 tháng 12 hằng năm"])

q("deadline",
  "\"báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo để tổng hợp)\" — câu này của kế hoạch nào, ai phải báo cáo?",
  [(N, "trên địa bàn thành phố Hà Nội từ nay đến năm 2030, tầm nhìn đến năm 2045"), (N, "yêu cầu các Sở, ngành, đơn vị, Ủy ban nhân dân quận, huyện, thị xã căn cứ vào chức năng, nhiệm vụ được giao"),
   (N, "định kỳ hàng năm tổng hợp kết quả, báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo để tổng hợp).")],
  "Câu này ở đoạn kết của kế hoạch thành phố Hà Nội (triển khai Nghị quyết 23-NQ/TU): các Sở, ngành, đơn vị, Ủy ban nhân dân quận, huyện, thị xã \"định kỳ hàng năm tổng hợp kết quả, báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo để tổng hợp)\".",
  ["Hà Nội", "01 tháng 12", "Ủy ban nhân dân quận, huyện, thị xã"])

q("deadline",
  "Tôi đọc được \"đảm bảo mỗi xã phường có ít nhất một trung tâm, hoàn thành trong quý 2\" — đây là kế hoạch nào, mục nào, quý 2 năm nào?",
  [(H, "trên địa bàn thành phố Huế"), (H, "5. Đẩy mạnh phong trào xây dựng các mô hình học tập theo hướng thiết thực, hiệu quả, từng bước hình thành môi trường học tập cho toàn xã hội"),
   (H, "Rà soát, củng cố, kiện toàn hệ thống trung tâm học tập cộng đồng, bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn thành trong Quý II năm 2026.")],
  "Đó là kế hoạch năm 2026 của thành phố Huế, mục III.5 (\"Đẩy mạnh phong trào xây dựng các mô hình học tập…\"): \"Rà soát, củng cố, kiện toàn hệ thống trung tâm học tập cộng đồng, bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn thành trong Quý II năm 2026\".",
  ["Huế", "Quý II năm 2026"])

q("deadline",
  "Câu \"trước ngày 30 tháng 11 hằng năm gửi báo cáo\" trong kế hoạch Mỹ Lộc nằm ở mục nào, gửi về đâu?",
  [(M, "8. Tổ chức kiểm tra, giám sát"),
   (M, "- Tổ chức kiểm tra, giám sát đột xuất và định kỳ, trước ngày 30 tháng 11 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo")],
  "Ở mục III.8 \"Tổ chức kiểm tra, giám sát\" (phần Nhiệm vụ và giải pháp): \"Tổ chức kiểm tra, giám sát đột xuất và định kỳ, trước ngày 30 tháng 11 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo\"; sau đó Thường trực Ban chỉ đạo xây dựng xã hội học tập huyện tổng hợp, báo cáo.",
  ["Tổ chức kiểm tra, giám sát", "30 tháng 11", "Phòng Giáo dục và Đào tạo"])

q("deadline",
  "Ở Mỹ Lộc hạn báo cáo của UBND xã, thị trấn và hạn báo cáo của Phòng GD&ĐT lên UBND huyện cách nhau mấy ngày?",
  [(M, "d) Kiểm tra, giám sát và định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo"),
   (M, "e) Tổ chức kiểm tra, giám sát và đánh giá, tổng hợp, báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm")],
  "UBND các xã, thị trấn gửi báo cáo về Phòng Giáo dục và Đào tạo trước ngày 10 tháng 12 hằng năm; Phòng Giáo dục và Đào tạo báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm. Hai hạn cách nhau 5 ngày.",
  ["10 tháng 12", "15 tháng 12"])

q("deadline",
  "Hà Nội đặt mốc nào để đăng ký và mốc nào để được công nhận danh hiệu \"Thành phố học tập\"?",
  [HN25, (N, "- Đăng ký danh hiệu “Thành phố học tập” theo tiêu chí do cơ quan có thẩm quyền ban hành."),
   HN30, (N, "- Thành phố được công nhận danh hiệu “Thành phố học tập”.")],
  "Trong mục tiêu đến năm 2025: \"Đăng ký danh hiệu 'Thành phố học tập' theo tiêu chí do cơ quan có thẩm quyền ban hành\"; trong mục tiêu đến năm 2030: \"Thành phố được công nhận danh hiệu 'Thành phố học tập'\".",
  ["Đăng ký danh hiệu", "2025", "được công nhận danh hiệu", "2030"])

q("deadline",
  "Timeline của plan Huế là năm nào vậy?",
  [(H, "Thực hiện Đề án “Xây dựng xã hội học tập” năm 2026 trên địa bàn thành phố Huế")],
  "Kế hoạch của Huế là kế hoạch một năm: \"Thực hiện Đề án 'Xây dựng xã hội học tập' năm 2026 trên địa bàn thành phố Huế\"; hạn báo cáo cuối cùng trong kế hoạch là trước ngày 15/12/2026.",
  ["năm 2026"])

# ---------------------------------------------------------------------------------------------- funding
q("funding",
  "budget cho plan Huế lấy từ đâu?",
  [(H, "- Kinh phí thực hiện Kế hoạch được bảo đảm từ nguồn ngân sách nhà nước theo phân cấp ngân sách hiện hành và các nguồn kinh phí hợp pháp khác."),
   (H, "Nghị quyết số 16/2025/NQ-HĐND ngày 16 tháng 7 năm 2025")],
  "Theo mục IV của kế hoạch Huế: kinh phí \"được bảo đảm từ nguồn ngân sách nhà nước theo phân cấp ngân sách hiện hành và các nguồn kinh phí hợp pháp khác\", kèm huy động tài trợ, đóng góp hợp pháp của tổ chức, doanh nghiệp, cá nhân; việc quản lý, sử dụng theo Nghị quyết số 16/2025/NQ-HĐND ngày 16 tháng 7 năm 2025 của HĐND thành phố.",
  ["ngân sách nhà nước", "nguồn kinh phí hợp pháp khác", "16/2025/NQ-HĐND"])

q("funding",
  "Ở Hà Nội, Sở Tài chính và UBND quận, huyện, thị xã, mỗi bên lo phần kinh phí nào?",
  [(N, "Đảm bảo kinh phí trong dự toán ngân sách hàng năm (theo phân cấp) để thực hiện Kế hoạch theo quy định của Luật Ngân sách Nhà nước."),
   (N, "Cân đối và bố trí kinh phí hàng năm trong phạm vi ngân sách để thực hiện Kế hoạch.")],
  "Sở Tài chính (V.6): \"Đảm bảo kinh phí trong dự toán ngân sách hàng năm (theo phân cấp) để thực hiện Kế hoạch theo quy định của Luật Ngân sách Nhà nước\" (và hướng dẫn cơ chế tài chính). UBND quận, huyện, thị xã (V.16): \"Cân đối và bố trí kinh phí hàng năm trong phạm vi ngân sách để thực hiện Kế hoạch\".",
  ["Đảm bảo kinh phí trong dự toán ngân sách hàng năm", "Cân đối và bố trí kinh phí hàng năm"])

q("funding",
  "Kinh phí kế hoạch An Lão có nguồn nào ngoài ngân sách nhà nước không?",
  [(A, "Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách nhà nước theo quy định, nguồn thu hợp pháp của các cơ quan, đơn vị và huy động từ các nguồn xã hội hóa.")],
  "Có. Ngoài ngân sách nhà nước, mục IV ghi thêm \"nguồn thu hợp pháp của các cơ quan, đơn vị và huy động từ các nguồn xã hội hóa\".",
  ["nguồn thu hợp pháp của các cơ quan, đơn vị", "xã hội hóa"])

q("funding",
  "Mỹ Lộc: ai lập dự toán kinh phí hằng năm để thực hiện kế hoạch?",
  [(M, "Hằng năm, căn cứ vào nhiệm vụ được giao, các sở, ngành, địa phương xây dựng kế hoạch và dự toán kinh phí thực hiện, tổng hợp chung trong kế hoạch dự toán ngân sách hằng năm của phòng, ban, ngành, địa phương trình cấp có thẩm quyền phê duyệt.")],
  "Mục IV.1 của Mỹ Lộc ghi: \"Hằng năm, căn cứ vào nhiệm vụ được giao, các sở, ngành, địa phương xây dựng kế hoạch và dự toán kinh phí thực hiện, tổng hợp chung trong kế hoạch dự toán ngân sách hằng năm của phòng, ban, ngành, địa phương trình cấp có thẩm quyền phê duyệt\" (kế hoạch cấp huyện nhưng văn bản viết \"các sở, ngành\"). Phòng Tài chính - Kế hoạch tham mưu UBND huyện bố trí kinh phí.",
  ["các sở, ngành, địa phương", "dự toán kinh phí"])

q("funding",
  "Ở Huế, UBND xã, phường có phải tự bố trí ngân sách cho kế hoạch không?",
  [(H, "chịu trách nhiệm cân đối, bố trí ngân sách địa phương và huy động các nguồn kinh phí hợp pháp khác để bảo đảm việc triển khai thực hiện hiệu quả, thiết thực.")],
  "Có. Ủy ban nhân dân các xã, phường (V.9) \"chịu trách nhiệm cân đối, bố trí ngân sách địa phương và huy động các nguồn kinh phí hợp pháp khác\" để bảo đảm triển khai thực hiện.",
  ["cân đối, bố trí ngân sách địa phương"])

q("funding",
  "KH 74 Cần Thơ có dùng nguồn tài trợ không hay chỉ ngân sách?",
  [(C, "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước, nguồn tài trợ và các nguồn tài chính hợp pháp khác theo quy định của pháp luật.")],
  "Không chỉ ngân sách: \"Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước, nguồn tài trợ và các nguồn tài chính hợp pháp khác theo quy định của pháp luật\" (mục IV).",
  ["nguồn ngân sách nhà nước", "nguồn tài trợ"])

# ---------------------------------------------------------------------------------------------- legal_basis
q("legal_basis",
  "\"Kế hoạch số 145/KH-UBND ngày 23/12/2021 của UBND tỉnh Nam Định\" là căn cứ của kế hoạch nào?",
  [(M, "trên địa bàn huyện Mỹ Lộc"), (M, "Thực hiện Kế hoạch số 145/KH- UBND ngày 23/12//2021 của UBND tỉnh Nam Định")],
  "Là căn cứ của kế hoạch huyện Mỹ Lộc thực hiện Đề án \"Xây dựng xã hội học tập giai đoạn 2021-2030\": \"Thực hiện Kế hoạch số 145/KH- UBND ngày 23/12//2021 của UBND tỉnh Nam Định…\" (văn bản gõ như vậy).",
  ["Mỹ Lộc", "145", "Nam Định"])

q("legal_basis",
  "Huế và Cần Thơ cùng căn cứ QĐ 1373, vậy kế hoạch cấp thành phố/tỉnh năm 2021 mà mỗi bên thực hiện là số mấy?",
  [(H, "Kế hoạch số 336/KH-UBND ngày 27 tháng 10 năm 2021 của Ủy ban nhân dân tỉnh Thừa Thiên Huế"),
   (C, "Kế hoạch 215/KH-UBND ngày 28 tháng 10 năm 2021 của Ủy ban nhân dân thành phố Cần Thơ")],
  "Huế thực hiện Kế hoạch số 336/KH-UBND ngày 27 tháng 10 năm 2021 của UBND tỉnh Thừa Thiên Huế (nay là thành phố Huế); Cần Thơ căn cứ Kế hoạch 215/KH-UBND ngày 28 tháng 10 năm 2021 của UBND thành phố Cần Thơ.",
  ["336/KH-UBND", "215/KH-UBND"])

q("legal_basis",
  "Kế hoạch của Hà Nội về Nghị quyết 23 thay thế kế hoạch nào trước đó?",
  [(N, "Kế hoạch này thay thế cho Kế hoạch số 290/KH-UBND ngày 16/12/2021 của Ủy ban nhân dân thành phố Hà Nội về việc thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030” thành phố Hà Nội")],
  "Nó \"thay thế cho Kế hoạch số 290/KH-UBND ngày 16/12/2021 của Ủy ban nhân dân thành phố Hà Nội về việc thực hiện Đề án 'Xây dựng xã hội học tập giai đoạn 2021-2030'\".",
  ["290/KH-UBND", "16/12/2021"])

q("legal_basis",
  "\"Nghị quyết số 57-NQ/TW ngày 22/12/2024\" được nhắc trong kế hoạch nào, để làm gì?",
  [(A, "trên địa bàn huyện An Lão"), (A, "3. Triển khai quyết liệt, hiệu quả Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia")],
  "Trong kế hoạch huyện An Lão, mục II.3: \"Triển khai quyết liệt, hiệu quả Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia\", gắn với Quyết định 06/QĐ-TTg và phong trào \"Bình dân học vụ số\".",
  ["An Lão", "57-NQ/TW", "chuyển đổi số quốc gia"])

# ---------------------------------------------------------------------------------------------- purpose
q("purpose",
  "\"tận dụng mọi cơ hội học tập để trở thành công dân số, công dân học tập toàn cầu\" là mục đích của kế hoạch nào?",
  [(M, "trên địa bàn huyện Mỹ Lộc"), (M, "b) Tạo thành phong trào toàn xã hội tích cực tham gia học tập và tạo điều kiện thuận lợi cho mọi công dân thực hiện trách nhiệm, quyền lợi được học tập thường xuyên, học suốt đời; tận dụng mọi cơ hội học tập để trở thành công dân số, công dân học tập toàn cầu.")],
  "Của kế hoạch huyện Mỹ Lộc, mục I.1 Mục đích, ý b): \"Tạo thành phong trào toàn xã hội tích cực tham gia học tập… tận dụng mọi cơ hội học tập để trở thành công dân số, công dân học tập toàn cầu\".",
  ["Mỹ Lộc", "công dân học tập toàn cầu"])

q("purpose",
  "Objective chính của kế hoạch Cần Thơ năm 2024 là gì?",
  [(C, "Tổ chức triển khai thực hiện hiệu quả, đúng tiến độ các nhiệm vụ được giao tại Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”, đảm bảo phù hợp với kế hoạch phát triển kinh tế xã hội của thành phố; củng cố, tổ chức bộ phận chỉ đạo xây dựng xã hội học tập giai đoạn 2021 - 2030 các cấp của thành phố; xây dựng cơ chế phối hợp giữa các cấp, các ngành")],
  "Mục đích của KH 74 Cần Thơ: \"Tổ chức triển khai thực hiện hiệu quả, đúng tiến độ các nhiệm vụ được giao tại Quyết định số 1373/QĐ-TTg…\", phù hợp với kế hoạch phát triển kinh tế xã hội của thành phố; củng cố, tổ chức bộ phận chỉ đạo xây dựng xã hội học tập các cấp; xây dựng cơ chế phối hợp giữa các cấp, các ngành, các tổ chức, doanh nghiệp.",
  ["1373/QĐ-TTg", "đúng tiến độ", "cơ chế phối hợp"])

q("purpose",
  "Mục đích nào nói thúc đẩy \"tự học\" thành nhu cầu tự thân của mỗi người dân? Ở kế hoạch nào?",
  [(A, "trên địa bàn huyện An Lão"), (A, "dần thúc đẩy việc “tự học” trở thành nhu cầu tự thân của mỗi người dân, từ đó nâng cao chất lượng, hiệu quả, hiệu suất trong học tập, lao động; góp phần xây dựng và phát triển huyện.")],
  "Kế hoạch huyện An Lão, mục I.1 Mục đích (ý thứ hai): tạo chuyển biến trong nhận thức và hành động…; \"dần thúc đẩy việc 'tự học' trở thành nhu cầu tự thân của mỗi người dân, từ đó nâng cao chất lượng, hiệu quả, hiệu suất trong học tập, lao động\".",
  ["An Lão", "nhu cầu tự thân"])

# ---------------------------------------------------------------------------------------------- task_section
q("task_section",
  "Trong phần Tổ chức thực hiện của Hà Nội, mục nào là \"Đề nghị\" chứ không phải giao việc?",
  [(N, "14. Đề nghị Ban Tuyên giáo Thành ủy"), (N, "15. Đề nghị các tổ chức chính trị - xã hội, tổ chức xã hội, nghề nghiệp")],
  "Hai mục: 14. \"Đề nghị Ban Tuyên giáo Thành ủy\" và 15. \"Đề nghị các tổ chức chính trị - xã hội, tổ chức xã hội, nghề nghiệp\" (gồm UBMTTQ Việt Nam thành phố, Hội Khuyến học, Đoàn thanh niên, Hội LHPN, Hội Cựu chiến binh, Hội Nông dân, Hội Người cao tuổi, Hội Cựu giáo chức). Các mục còn lại giao trực tiếp cho sở, ngành, UBND quận, huyện, thị xã.",
  ["Ban Tuyên giáo Thành ủy", "các tổ chức chính trị - xã hội"])

q("task_section",
  "\"Bình dân học vụ số\" xuất hiện ở những mục nào của kế hoạch An Lão?",
  [(A, "2. Yêu cầu - Triển khai thực hiện “Học tập suốt đời” cần gắn"), (A, "3. Phòng Văn hóa Khoa học và Thông tin"), (A, "gắn với các phong trào thi đua, các cuộc vận động đang triển khai, nhất là phong trào “Bình dân học vụ số”."),
   (A, "Phát động và thực hiện phong trào “Bình dân học vụ số” trong toàn dân"),
   (A, "- Chủ trì tham mưu triển khai phong trào “Bình dân học vụ số” trong toàn dân trên địa bàn huyện."),
   (A, "phong trào “Bình dân học vụ số” trong cơ quan, đơn vị, địa phương.")],
  "Bốn chỗ: mục I.2 Yêu cầu (phong trào \"Học tập suốt đời\" gắn với các phong trào, \"nhất là phong trào 'Bình dân học vụ số'\"); mục II.3 (\"Phát động và thực hiện phong trào 'Bình dân học vụ số' trong toàn dân\"); mục III.3 Phòng Văn hóa Khoa học và Thông tin (\"Chủ trì tham mưu triển khai phong trào…\"); mục III.6 đề nghị UBMTTQ và các tổ chức (triển khai phong trào \"trong cơ quan, đơn vị, địa phương\").",
  ["Yêu cầu", "Phát động và thực hiện", "Phòng Văn hóa Khoa học và Thông tin", "trong cơ quan, đơn vị, địa phương"])

q("task_section",
  "Dòng \"(Danh mục nhiệm vụ trọng tâm trong Phụ lục kèm theo Kế hoạch)\" nằm ở đâu trong kế hoạch Mỹ Lộc?",
  [(M, "8. Tổ chức kiểm tra, giám sát"), (M, "Thường trực Ban chỉ đạo xây dựng xã hội học tập huyện tổng hợp, báo cáo theo quy định. (Danh mục nhiệm vụ trọng tâm trong Phụ lục kèm theo Kế hoạch) IV. KINH PHI THỰC HIỆN")],
  "Ở cuối phần III \"Nhiệm vụ và giải pháp\", ngay sau mục 8 \"Tổ chức kiểm tra, giám sát\" (sau câu \"Thường trực Ban chỉ đạo xây dựng xã hội học tập huyện tổng hợp, báo cáo theo quy định\") và ngay trước dòng \"IV. KINH PHI THỰC HIỆN\". Bản kế hoạch được nạp không kèm Phụ lục đó.",
  ["Tổ chức kiểm tra, giám sát", "IV. KINH PHI THỰC HIỆN"])

q("task_section",
  "\"Trường học kết nối\" nằm ở mục nào của KH 74 Cần Thơ, nói về việc gì?",
  [(C, "3. Đẩy mạnh thực hiện chuyển đổi số và ứng dụng công nghệ thông tin trong tổ chức các hoạt động học tập suốt đời"),
   (C, "c) Xây dựng kho học liệu mở phục vụ việc tự học và học tập suốt đời trên các kênh truyền hình giáo dục, trên Cổng Thông tin điện tử của Sở Giáo dục và Đào tạo, Phòng Giáo dục và Đào tạo, trên trang mạng “Trường học kết nối”;")],
  "Ở mục III.3 \"Đẩy mạnh thực hiện chuyển đổi số và ứng dụng công nghệ thông tin trong tổ chức các hoạt động học tập suốt đời\", ý c): \"Xây dựng kho học liệu mở phục vụ việc tự học và học tập suốt đời trên các kênh truyền hình giáo dục, trên Cổng Thông tin điện tử của Sở Giáo dục và Đào tạo, Phòng Giáo dục và Đào tạo, trên trang mạng 'Trường học kết nối'\".",
  ["chuyển đổi số", "kho học liệu mở"])

q("task_section",
  "Mục \"Các nhiệm vụ, giải pháp khác\" của Hà Nội có nói gì về cán bộ cấp xã không?",
  [(N, "8. Các nhiệm vụ, giải pháp khác"),
   (N, "Khuyến khích cán bộ công chức cấp xã, phường, thị trấn học ngoại ngữ.")],
  "Có. Mục III.8 \"Các nhiệm vụ, giải pháp khác\" ghi: \"Khuyến khích cán bộ công chức cấp xã, phường, thị trấn học ngoại ngữ\" (sau câu về chế độ đào tạo, bồi dưỡng bắt buộc đối với cán bộ công chức, viên chức theo vị trí việc làm).",
  ["Các nhiệm vụ, giải pháp khác", "học ngoại ngữ"])

# ---------------------------------------------------------------------------------------------- cross_plan
q("cross_plan",
  "Mỹ Lộc hay Hà Nội đặt chỉ tiêu dân số từ 15 tuổi được đào tạo trình độ chuyên môn kỹ thuật năm 2030 cao hơn?",
  [MY30, (M, "+ 70% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó 15% dân số có trình độ đại học trở lên."),
   HN30, (N, "- 60% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật. Trong đó, 15% dân số có trình độ đại học trở lên.")],
  "Mỹ Lộc cao hơn: đến năm 2030 huyện đặt 70% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, Hà Nội đặt 60% — chênh 10 điểm phần trăm. Phần có trình độ đại học trở lên thì bằng nhau, 15%.",
  ["70%", "60%", "15%"])

q("cross_plan",
  "So sánh chỉ tiêu dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật của Huế và Cần Thơ.",
  [(H, "- 40% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó có 15% dân số có trình độ đại học trở lên."),
   (C, "Phần đầu đạt tỷ lệ 30% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật; trong đó, 15% dân số có trình độ đại học trở lên.")],
  "Huế (năm 2026): 40% dân số từ 15 tuổi trở lên, trong đó 15% có trình độ đại học trở lên. Cần Thơ (năm 2024): phấn đấu 30%, trong đó cũng 15% có trình độ đại học trở lên. Huế cao hơn 10 điểm ở chỉ tiêu chung; phần đại học bằng nhau.",
  ["40%", "30%", "15%"])

q("cross_plan",
  "\"tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân\" — câu này có trong kế hoạch nào, giao cho ai?",
  [(N, "trên địa bàn thành phố Hà Nội từ nay đến năm 2030, tầm nhìn đến năm 2045"), (C, "Xây dựng xã hội học tập năm 2024 trên địa bàn thành phố Cần Thơ"), (N, "- Công an Thành phố: chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Sở Lao động - Thương binh và Xã hội tiếp tục tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân"),
   (C, "Chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân và học viên trong các trại giam, trại tạm giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng (nếu có).")],
  "Có ở hai kế hoạch, đều giao cho Công an thành phố: Hà Nội (mục V.8 Lực lượng vũ trang Thành phố — Công an Thành phố chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Sở Lao động - Thương binh và Xã hội) và Cần Thơ (mục V.8 Công an thành phố — chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện; có thêm \"(nếu có)\").",
  ["Hà Nội", "Cần Thơ", "Công an Thành phố", "Sở Lao động - Thương binh và Xã hội", "Ủy ban nhân dân quận, huyện"])

q("cross_plan",
  "Hạn báo cáo hằng năm của Hà Nội và hạn báo cáo của xã, phường ở Huế, hạn nào sớm hơn?",
  [(N, "định kỳ hàng năm tổng hợp kết quả, báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo để tổng hợp)."),
   (H, "gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026")],
  "Hà Nội sớm hơn: các sở, ngành, UBND quận, huyện, thị xã báo cáo UBND Thành phố \"trước ngày 01 tháng 12\" hằng năm (qua Sở GD&ĐT); ở Huế, UBND các xã, phường gửi báo cáo về Sở Giáo dục và Đào tạo \"trước ngày 15/12/2026\".",
  ["01 tháng 12", "15/12/2026"])

q("cross_plan",
  "Kế hoạch nào không nêu số tiền kinh phí cụ thể?",
  [(H, "- Kinh phí thực hiện Kế hoạch được bảo đảm từ nguồn ngân sách nhà nước theo phân cấp ngân sách hiện hành và các nguồn kinh phí hợp pháp khác."),
   (M, "1. Kinh phí thực hiện Kế hoạch từ nguồn ngân sách nhà nước theo phân cấp ngân sách nhà nước hiện hành."),
   (N, "Được đảm bảo trong dự toán chi ngân sách nhà nước hàng năm của các đơn vị theo phân cấp ngân sách hiện hành"),
   (C, "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước, nguồn tài trợ và các nguồn tài chính hợp pháp khác theo quy định của pháp luật."),
   (A, "Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách nhà nước theo quy định, nguồn thu hợp pháp của các cơ quan, đơn vị và huy động từ các nguồn xã hội hóa.")],
  "Cả năm kế hoạch (Huế, Mỹ Lộc, Hà Nội, Cần Thơ, An Lão) đều không nêu số tiền: mục Kinh phí của mỗi kế hoạch chỉ ghi nguồn — ngân sách nhà nước theo phân cấp và các nguồn hợp pháp khác (tài trợ, xã hội hóa…), còn dự toán do các đơn vị lập hằng năm.",
  ["ngân sách nhà nước"])

q("cross_plan",
  "Huế năm 2026 đặt bao nhiêu % trung tâm học tập cộng đồng ứng dụng CNTT, so với mốc 2030 của Hà Nội thì sao?",
  [(H, "- 100% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục."),
   HN30, (N, "- 90% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục.")],
  "Huế đặt 100% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin ngay trong năm 2026; Hà Nội đặt 90% cho mốc năm 2030. Chỉ tiêu năm 2026 của Huế cao hơn mốc 2030 của Hà Nội 10 điểm phần trăm.",
  ["100%", "90%"])

q("cross_plan",
  "Sở Lao động - Thương binh và Xã hội ở Hà Nội và ở Cần Thơ được giao việc giống và khác nhau thế nào?",
  [(N, "- Chủ trì, phối hợp với các Sở, ngành liên quan xây dựng các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động; hỗ trợ học tập cho người bị thiệt thòi, yếu thế trong xã hội."),
   (N, "- Nhân rộng các mô hình đào tạo, đào tạo lại nghề nghiệp cho người lao động trong các doanh nghiệp"),
   (N, "- Xây dựng và triển khai các chương trình, dự án, đề án hỗ trợ đào tạo, đào tạo lại cho các đối tượng: lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động."),
   (C, "Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan, Ủy ban nhân dân quận, huyện triển khai các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động; hỗ trợ học tập cho người bị thiệt thòi, yếu thế trong xã hội.")],
  "Giống: cả hai chủ trì các chương trình \"đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động\" và \"hỗ trợ học tập cho người bị thiệt thòi, yếu thế trong xã hội\" (Hà Nội: \"xây dựng\" các chương trình, phối hợp với các Sở, ngành; Cần Thơ: \"triển khai\", phối hợp với các cơ quan, đơn vị và UBND quận, huyện). Khác: Hà Nội giao thêm hai việc — nhân rộng các mô hình đào tạo, đào tạo lại nghề nghiệp cho người lao động trong các doanh nghiệp; xây dựng và triển khai các chương trình, dự án hỗ trợ đào tạo cho lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động. Cần Thơ chỉ có một đoạn.",
  ["đào tạo kỹ năng nghề nghiệp mới", "người bị thiệt thòi, yếu thế", "trong các doanh nghiệp", "lao động nông thôn"])

q("cross_plan",
  "Trong năm kế hoạch, kế hoạch nào không có phần Mục tiêu với chỉ tiêu?",
  [(A, "trên địa bàn huyện An Lão"), (A, "I. MỤC ĐÍCH, YÊU CẦU"), (A, "II. NỘI DUNG, GIẢI PHÁP"), (A, "III. TỔ CHỨC THỰC HIỆN"), (A, "IV. KINH PHÍ THỰC HIỆN")],
  "Kế hoạch huyện An Lão (phong trào \"Học tập suốt đời\"): các phần là I. Mục đích, yêu cầu; II. Nội dung, giải pháp; III. Tổ chức thực hiện; IV. Kinh phí thực hiện — không có phần Mục tiêu và không đặt chỉ tiêu % nào. Bốn kế hoạch còn lại (Huế, Mỹ Lộc, Hà Nội, Cần Thơ) đều có mục II. Mục tiêu.",
  ["An Lão", "NỘI DUNG, GIẢI PHÁP"])

# ---------------------------------------------------------------------------------------------- no_diacritics
q("no_diacritics",
  "so noi vu va so tai chinh hue, ai tham muu bo tri kinh phi thuc hien ke hoach?",
  [(H, "4. Sở Tài chính Trên cơ sở đề nghị của các cơ quan, đơn vị liên quan và khả năng cân đối ngân sách, tham mưu Ủy ban nhân dân thành phố bố trí kinh phí thực hiện Kế hoạch theo quy định của Luật Ngân sách Nhà nước.")],
  "Sở Tài chính Huế: \"Trên cơ sở đề nghị của các cơ quan, đơn vị liên quan và khả năng cân đối ngân sách, tham mưu Ủy ban nhân dân thành phố bố trí kinh phí thực hiện Kế hoạch\". Sở Nội vụ không được giao việc về kinh phí (nhiệm vụ của Sở Nội vụ là đào tạo, bồi dưỡng cán bộ và theo dõi mục tiêu năng lực cơ bản).",
  ["Sở Tài chính", "bố trí kinh phí"])

q("no_diacritics",
  "ke hoach an lao co ap dung cho doanh nghiep khong?",
  [(A, "6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các tổ chức chính trị - xã hội, tổ chức xã hội huyện; các trường học, doanh nghiệp Tích cực vận động cán bộ, hội viên, thành viên tham gia các phong trào học tập phù hợp với từng đối tượng")],
  "Có. Mục III.6 đề nghị cả \"các trường học, doanh nghiệp\" (cùng UBMTTQ và các tổ chức chính trị - xã hội, tổ chức xã hội huyện) \"Tích cực vận động cán bộ, hội viên, thành viên tham gia các phong trào học tập phù hợp với từng đối tượng\", triển khai các mô hình học tập và phong trào \"Bình dân học vụ số\".",
  ["doanh nghiệp", "Tích cực vận động cán bộ, hội viên, thành viên"])

q("no_diacritics",
  "\"khong ai bi bo lai phia sau\" la cua ke hoach nao, muc nao?",
  [(A, "trên địa bàn huyện An Lão"), (A, "1. Rà soát, điều chỉnh hoặc xây dựng mới các cơ chế, chính sách thúc đẩy khuyến học, khuyến tài, xây dựng xã hội học tập, học tập suốt đời; tạo bình đẳng trong cơ hội tiếp cận giáo dục đối với mọi đối tượng, mọi tầng lớp nhân dân; bảo đảm “không ai bị bỏ lại phía sau” trong phong trào “Học tập suốt đời”.")],
  "Của kế hoạch huyện An Lão, mục II \"Nội dung, giải pháp\", ý 1: rà soát, điều chỉnh hoặc xây dựng mới các cơ chế, chính sách…; \"bảo đảm 'không ai bị bỏ lại phía sau' trong phong trào 'Học tập suốt đời'\".",
  ["An Lão", "không ai bị bỏ lại phía sau"])

q("no_diacritics",
  "chi tieu nang luc thong tin cua ha noi nam 2030 cao hon 2025 bao nhieu diem phan tram?",
  [HN25, (N, "- 50% số người trong độ tuổi lao động được trang bị năng lực thông tin."), HN30, (N, "- 70% người trong độ tuổi lao động được trang bị năng lực thông tin.")],
  "Hà Nội: 50% số người trong độ tuổi lao động được trang bị năng lực thông tin đến năm 2025, 70% đến năm 2030 — cao hơn 20 điểm phần trăm.",
  ["50%", "70%"])

q("no_diacritics",
  "can tho va ha noi, ai dat chi tieu pho cap THCS muc do 3 cao hon?",
  [(C, "- 100% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 2; phần đầu có 66% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3."),
   HN25, (N, "- 100% quận, huyện, thị xã đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3.")],
  "Hà Nội cao hơn: 100% quận, huyện, thị xã đạt chuẩn phổ cập giáo dục THCS mức độ 3 (đã ở mốc 2025, giữ ở 2030). Cần Thơ năm 2024: 100% quận, huyện đạt mức độ 2 và phấn đấu 66% quận, huyện đạt mức độ 3.",
  ["100%", "66%"])

q("no_diacritics",
  "so thong tin va truyen thong can tho co phai lam chuyen doi so khong?",
  [(C, "phối hợp với Sở Giáo dục và Đào tạo triển khai thực hiện hiệu quả chuyển đổi số, đảm bảo hạ tầng kỹ thuật và ứng dụng công nghệ thông tin trong tổ chức các hoạt động học tập suốt đời.")],
  "Có, ở vai phối hợp: Sở Thông tin và Truyền thông Cần Thơ \"phối hợp với Sở Giáo dục và Đào tạo triển khai thực hiện hiệu quả chuyển đổi số, đảm bảo hạ tầng kỹ thuật và ứng dụng công nghệ thông tin trong tổ chức các hoạt động học tập suốt đời\" (mục V.4).",
  ["phối hợp với Sở Giáo dục và Đào tạo", "chuyển đổi số", "hạ tầng kỹ thuật"])

q("no_diacritics",
  "deadline bao cao cua ubnd xa thi tran my loc la ngay may, gui ve dau?",
  [(M, "d) Kiểm tra, giám sát và định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo để tổng hợp báo cáo theo quy định.")],
  "UBND các xã, thị trấn Mỹ Lộc gửi báo cáo tình hình, kết quả thực hiện Kế hoạch \"trước ngày 10 tháng 12 hằng năm\" về Phòng Giáo dục và Đào tạo (mục V.11.d).",
  ["10 tháng 12", "Phòng Giáo dục và Đào tạo"])

q("no_diacritics",
  "hoi nong dan my loc va hoi nong dan can tho duoc giao viec co khac nhau khong?",
  [(M, "Hướng dẫn các cấp hội phối hợp tổ chức các hoạt động khuyến học, khuyến tài, xây dựng xã hội học tập theo tinh thần xã hội hoá giáo dục, nâng cao chất lượng “Quỹ vòng tay đồng đội”; huy động hội viên tham gia chuyển giao công nghệ, hỗ trợ hoạt động khởi nghiệp, phổ biến kiến thức cho người dân."),
   (C, "Hướng dẫn các cấp Hội phối hợp tổ chức các hoạt động khuyến học, khuyến tài, xây dựng xã hội học tập theo tinh thần xã hội hóa giáo dục và đào tạo; huy động hội viên tham gia chuyển giao công nghệ, hỗ trợ hoạt động khởi nghiệp, phổ biến kiến thức cho người dân.")],
  "Gần như giống nhau: cả hai \"Hướng dẫn các cấp hội phối hợp tổ chức các hoạt động khuyến học, khuyến tài, xây dựng xã hội học tập theo tinh thần xã hội hoá giáo dục\" và \"huy động hội viên tham gia chuyển giao công nghệ, hỗ trợ hoạt động khởi nghiệp, phổ biến kiến thức cho người dân\". Khác: Mỹ Lộc giao chung cho Hội Cựu chiến binh, Hội Nông dân, Hội Người cao tuổi, Hội Cựu giáo chức huyện và thêm \"nâng cao chất lượng 'Quỹ vòng tay đồng đội'\"; Cần Thơ giao chung cho Hội Cựu chiến binh thành phố và Hội Nông dân thành phố.",
  ["chuyển giao công nghệ", "Quỹ vòng tay đồng đội"])

# ---------------------------------------------------------------------------------------------- abbreviation
q("abbreviation",
  "SLĐTBXH hay SNV HN lo đào tạo nghề cho lao động nông thôn, người khuyết tật?",
  [(N, "2. Sở Lao động - Thương binh và Xã hội"), (N, "- Xây dựng và triển khai các chương trình, dự án, đề án hỗ trợ đào tạo, đào tạo lại cho các đối tượng: lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động.")],
  "Sở Lao động - Thương binh và Xã hội Hà Nội (V.2): \"Xây dựng và triển khai các chương trình, dự án, đề án hỗ trợ đào tạo, đào tạo lại cho các đối tượng: lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động\". Sở Nội vụ lo tập huấn, bồi dưỡng cán bộ, công chức, viên chức.",
  ["Sở Lao động - Thương binh và Xã hội", "lao động nông thôn, người khuyết tật"])

q("abbreviation",
  "AL: UBND xã, TT hay P.TC-KH bố trí và phân bổ NS cho công tác KH-KT tại địa phương?",
  [(A, "9. Ủy ban nhân dân xã, thị trấn"), (A, "- Tổng hợp dự toán hàng năm, bố trí và phân bổ ngân sách theo kế hoạch cho công tác khuyến học, khuyến tài, xây dựng xã hội học tập và học tập suốt đời tại địa phương."),
   (A, "Phối hợp với các phòng, ban, ngành, đơn vị lập dự toán kinh phí, báo cáo Ủy ban nhân dân huyện cân đối trong nguồn ngân sách")],
  "Ủy ban nhân dân xã, thị trấn An Lão (III.9): \"Tổng hợp dự toán hàng năm, bố trí và phân bổ ngân sách theo kế hoạch cho công tác khuyến học, khuyến tài, xây dựng xã hội học tập và học tập suốt đời tại địa phương\". Phòng Tài chính - Kế hoạch (III.4) chỉ phối hợp lập dự toán kinh phí, báo cáo UBND huyện cân đối.",
  ["Ủy ban nhân dân xã, thị trấn", "phân bổ ngân sách", "lập dự toán kinh phí"])

q("abbreviation",
  "TT VH-TT&TT h. ML và P.VH-TT h. ML khác nhau thế nào về nv?",
  [(M, "a) Chỉ đạo, hướng dẫn báo chí, truyền thông và hệ thống thông tin cơ sở thông tin tuyên truyền về quan điểm, mục tiêu, nhiệm vụ và giải pháp của Kế hoạch"),
   (M, "b) Chủ trì, phối hợp với các sở, ngành liên quan thực hiện hỗ trợ cung cấp dịch vụ viễn thông công ích đến năm 2030 cho các đối tượng theo quy định của nhà nước."),
   (M, "Tăng cường, đẩy mạnh công tác tuyên truyền, xây dựng chuyên trang, chuyên mục, giới thiệu gương điển hình về công tác khuyến học, khuyến tài và xây dựng xã hội học tập."),
   (M, "a) Nhân rộng các mô hình học tập suốt đời trong thư viện, bảo tàng, nhà văn hóa, câu lạc bộ, Trung tâm Văn hóa - Thể thao."),
   (M, "b) Tổ chức đào tạo, bồi dưỡng nâng cao chất lượng nguồn nhân lực làm việc trong các thiết chế văn hóa - thể thao phục vụ nhu cầu học tập suốt đời của người dân đáp ứng yêu cầu chuyển đổi số.")],
  "Trung tâm Văn hóa - Thể thao và Truyền thông huyện lo truyền thông: chỉ đạo, hướng dẫn báo chí, truyền thông và hệ thống thông tin cơ sở tuyên truyền về Kế hoạch; hỗ trợ cung cấp dịch vụ viễn thông công ích đến năm 2030 (mục V.3); và (mục V.10) xây dựng chuyên trang, chuyên mục, giới thiệu gương điển hình. Phòng Văn hóa-Thông tin (V.4) lo thiết chế: nhân rộng các mô hình học tập suốt đời trong thư viện, bảo tàng, nhà văn hóa, câu lạc bộ; đào tạo, bồi dưỡng nhân lực làm việc trong các thiết chế văn hóa - thể thao.",
  ["viễn thông công ích", "chuyên trang, chuyên mục", "thư viện, bảo tàng, nhà văn hóa, câu lạc bộ", "thiết chế văn hóa - thể thao"])

q("abbreviation",
  "CĐHT: Huế 2026 vs CT 2024, bên nào đặt chỉ tiêu cao hơn?",
  [(H, "- 100% xã, phường đạt “Cộng đồng học tập” cấp xã mức độ 1."),
   (C, "Phần đầu đạt tỷ lệ 80% đơn vị được đánh giá, công nhận theo mức độ “Cộng đồng học tập” cấp xã, huyện, thành phố.")],
  "Huế cao hơn: năm 2026 đặt 100% xã, phường đạt \"Cộng đồng học tập\" cấp xã mức độ 1; Cần Thơ năm 2024 phấn đấu 80% đơn vị được đánh giá, công nhận theo mức độ \"Cộng đồng học tập\" cấp xã, huyện, thành phố (chỉ tiêu gộp ba cấp, không chỉ cấp xã).",
  ["100%", "80%"])

q("abbreviation",
  "LLVT TP HN gồm những đv nào, mỗi đv nv gì?",
  [(N, "8. Lực lượng vũ trang Thành phố"),
   (N, "- Công an Thành phố: chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Sở Lao động - Thương binh và Xã hội tiếp tục tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân và học viên trong các trại giam, trại tạm giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng."),
   (N, "- Bộ Tư lệnh Thủ đô: tiếp tục tổ chức, tăng cường công tác tuyên truyền, phổ biến giáo dục, bồi dưỡng kiến thức quốc phòng, an ninh cho mọi tầng lớp nhân dân")],
  "Mục V.8 \"Lực lượng vũ trang Thành phố\" của Hà Nội gồm hai đơn vị: Công an Thành phố — chủ trì tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân và học viên trong các trại giam, trại tạm giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng; Bộ Tư lệnh Thủ đô — tuyên truyền, phổ biến giáo dục, bồi dưỡng kiến thức quốc phòng, an ninh cho mọi tầng lớp nhân dân (nhất là người có uy tín, chức sắc, chức việc tôn giáo, già làng, trưởng họ tộc).",
  ["Công an Thành phố", "Bộ Tư lệnh Thủ đô", "xóa mù chữ", "kiến thức quốc phòng, an ninh"])

q("abbreviation",
  "LĐLĐ h. ML và LĐLĐ TP HN: nv có giống nhau k?",
  [(M, "- Phối hợp với các phòng, ban, ngành liên quan đẩy mạnh các hoạt động phát triển nghề nghiệp cho người lao động"),
   (M, "thành lập quỹ khuyến học, khuyến tài hỗ trợ công nhân, người lao động học tập nâng cao trình độ, kỹ năng nghề nghiệp"),
   (N, "- Phối hợp với các Sở, ngành liên quan tiếp tục đẩy mạnh các hoạt động phát triển nghề nghiệp cho người lao động"),
   (N, "thành lập quỹ khuyến học, khuyến tài, hỗ trợ công nhân, người lao động học tập nâng cao trình độ, kỹ năng nghề nghiệp")],
  "Gần như giống nhau, hai ý: (1) phối hợp đẩy mạnh các hoạt động phát triển nghề nghiệp cho người lao động, tuyên truyền, khuyến khích công nhân, người lao động học tập nâng cao trình độ; (2) chỉ đạo các cấp công đoàn hướng dẫn công đoàn cơ sở vận động người sử dụng lao động tạo điều kiện, thành lập quỹ khuyến học, khuyến tài hỗ trợ công nhân, người lao động và con em hiếu học có hoàn cảnh khó khăn. Khác ở chỗ Mỹ Lộc phối hợp với \"các phòng, ban, ngành\" của huyện, Hà Nội với \"các Sở, ngành\".",
  ["phát triển nghề nghiệp cho người lao động", "quỹ khuyến học, khuyến tài"])

# ---------------------------------------------------------------------------------------------- paraphrase
q("paraphrase",
  "Ở An Lão ai lo khuyến khích học sinh, bà con học sử, học văn hóa truyền thống?",
  [(A, "3. Phòng Văn hóa Khoa học và Thông tin"),
   (A, "- Phối hợp xây dựng các chuyên đề, hội thảo, cuộc thi thúc đẩy việc học tập lịch sử, văn hóa cho học sinh, sinh viên và nhân dân huyện.")],
  "Phòng Văn hóa Khoa học và Thông tin (mục III.3): \"Phối hợp xây dựng các chuyên đề, hội thảo, cuộc thi thúc đẩy việc học tập lịch sử, văn hóa cho học sinh, sinh viên và nhân dân huyện\".",
  ["Phòng Văn hóa Khoa học và Thông tin", "học tập lịch sử, văn hóa"])

q("paraphrase",
  "Huế tập huấn cán bộ khuyến học có ưu tiên vùng cao, bà con dân tộc không?",
  [(H, "- Tăng cường công tác tập huấn, hướng dẫn, bồi dưỡng chuyên môn, nghiệp vụ cho đội ngũ làm công tác khuyến học, khuyến tài, xây dựng xã hội học tập các cấp, chú trọng các địa bàn có điều kiện kinh tế – xã hội khó khăn, vùng đồng bào dân tộc thiểu số và miền núi.")],
  "Có. Mục III.3 của Huế: tăng cường tập huấn, hướng dẫn, bồi dưỡng chuyên môn, nghiệp vụ cho đội ngũ làm công tác khuyến học, khuyến tài, xây dựng xã hội học tập các cấp, \"chú trọng các địa bàn có điều kiện kinh tế – xã hội khó khăn, vùng đồng bào dân tộc thiểu số và miền núi\".",
  ["vùng đồng bào dân tộc thiểu số và miền núi", "tập huấn"])

q("paraphrase",
  "Hà Nội có tính chuyện cho trường tự quyết tài chính, tự định học phí không?",
  [(N, "- Hoàn thiện cơ chế tự chủ đối với các cơ sở giáo dục; ban hành định mức kinh tế - kỹ thuật, giá dịch vụ giáo dục đối với các cơ sở giáo dục mầm non, giáo dục phổ thông")],
  "Kế hoạch Hà Nội (mục III.6) có ý: \"Hoàn thiện cơ chế tự chủ đối với các cơ sở giáo dục; ban hành định mức kinh tế - kỹ thuật, giá dịch vụ giáo dục đối với các cơ sở giáo dục mầm non, giáo dục phổ thông\"; các trường đại học, cao đẳng trực thuộc xây dựng mô hình tự chủ. Kế hoạch không nói trường tự định học phí.",
  ["cơ chế tự chủ", "giá dịch vụ giáo dục"])

q("paraphrase",
  "Huế có đi hỏi xem người dân muốn học cái gì không?",
  [(H, "- Tổ chức khảo sát, điều tra nhu cầu học tập của Nhân dân; trên cơ sở đó, chủ động, linh hoạt tổ chức đa dạng các hoạt động học tập tại các trung tâm học tập cộng đồng")],
  "Có. Mục III.5 của kế hoạch Huế: \"Tổ chức khảo sát, điều tra nhu cầu học tập của Nhân dân; trên cơ sở đó, chủ động, linh hoạt tổ chức đa dạng các hoạt động học tập tại các trung tâm học tập cộng đồng\".",
  ["khảo sát, điều tra nhu cầu học tập"])

q("paraphrase",
  "Hà Nội có tính xây thêm trường xịn, trường hiện đại học từ mầm non lên không?",
  [(N, "- Tiếp tục xây dựng các cơ sở giáo dục mầm non, giáo dục phổ thông chất lượng cao, cơ sở giáo dục thông minh, cơ sở giáo dục tiên tiến, hiện đại có nhiều cấp học trên địa bàn Thủ đô.")],
  "Có. Mục III.6 của kế hoạch Hà Nội: \"Tiếp tục xây dựng các cơ sở giáo dục mầm non, giáo dục phổ thông chất lượng cao, cơ sở giáo dục thông minh, cơ sở giáo dục tiên tiến, hiện đại có nhiều cấp học trên địa bàn Thủ đô\".",
  ["chất lượng cao", "cơ sở giáo dục thông minh", "nhiều cấp học"])

q("paraphrase",
  "Mỹ Lộc có mời các trường đại học về mở cơ sở ở huyện không?",
  [(M, "d) Tạo điều kiện cho các trường đại học mở cơ sở giáo dục tại địa phương để làm nhiệm vụ là trung tâm xây dựng và nghiên cứu phát triển công nghệ đào tạo mở và từ xa")],
  "Có. Mục III.4.d: \"Tạo điều kiện cho các trường đại học mở cơ sở giáo dục tại địa phương để làm nhiệm vụ là trung tâm xây dựng và nghiên cứu phát triển công nghệ đào tạo mở và từ xa\"; phát triển học liệu mở, bồi dưỡng giáo viên.",
  ["trường đại học mở cơ sở giáo dục tại địa phương", "đào tạo mở và từ xa"])

# ---------------------------------------------------------------------------------------------- english
q("english",
  "Which life-skills target is higher: Hue's for 2026 or Hanoi's for 2030?",
  [(H, "- 80% số người trong độ tuổi lao động được trang bị kỹ năng sống."),
   HN30, (N, "- 70% người trong độ tuổi lao động được trang bị kỹ năng sống.")],
  "Hue's: its 2026 plan targets 80% of working-age people equipped with life skills (\"kỹ năng sống\"), while Hanoi's target for 2030 is 70% — 10 percentage points lower.",
  ["80%", "70%"])

q("english",
  "By how many points does Hanoi raise its target for learning families, clans and communities between 2025 and 2030?",
  [HN25, (N, "- 60% gia đình, dòng họ, cộng đồng đạt danh hiệu gia đình, dòng họ, cộng đồng học tập."),
   HN30, (N, "- 80% gia đình, dòng họ, cộng đồng đạt danh hiệu gia đình, dòng họ, cộng đồng học tập.")],
  "By 20 percentage points: 60% of families, clans and communities earning the learning title by 2025, and 80% by 2030 (\"gia đình, dòng họ, cộng đồng học tập\").",
  ["60%", "80%"])

q("english",
  "Which plan has the line about the 'Gia đình 5 có, 3 sạch' model, and who is asked to act on it?",
  [(C, "d) Đề nghị Hội Liên hiệp Phụ nữ thành phố chỉ đạo các cấp Hội Phụ nữ tiếp tục vận động tuyên truyền hội viên, phụ nữ cho con đi học đúng độ tuổi, không để con bỏ học gần thực hiện các tiêu chí Cuộc vận động “Xây dựng gia đình 5 không 3 sạch” và mô hình xây dựng “Gia đình 5 có, 3 sạch”")],
  "Can Tho's plan 74/KH-BCĐ (section V.11.d). It asks the city Women's Union (\"Hội Liên hiệp Phụ nữ thành phố\") to have its branches keep urging members and women to send their children to school at the right age, linked to the \"Xây dựng gia đình 5 không 3 sạch\" campaign and the \"Gia đình 5 có, 3 sạch\" model.",
  ["Hội Liên hiệp Phụ nữ thành phố", "Gia đình 5 có, 3 sạch"])

q("english",
  "Someone quoted 'học để sáng tạo, đổi mới' — is that from the An Lao plan? Which section?",
  [(A, "6. Tăng cường đào tạo, bồi dưỡng để đội ngũ cán bộ, công chức có đủ những tiêu chuẩn về phẩm chất và năng lực lãnh đạo, quản lý, ngang tầm nhiệm vụ"),
   (A, "Xác định học tập suốt đời đối với cán bộ, công chức, viên chức là “nhiệm vụ cách mạng”, học để sáng tạo, đổi mới, để tham mưu triển khai tốt nhiệm vụ.")],
  "Yes. It is in section II (Nội dung, giải pháp), item 6 of the An Lao plan, on training officials: \"Xác định học tập suốt đời đối với cán bộ, công chức, viên chức là 'nhiệm vụ cách mạng', học để sáng tạo, đổi mới, để tham mưu triển khai tốt nhiệm vụ.\"",
  ["nhiệm vụ cách mạng", "học để sáng tạo, đổi mới"])

q("english",
  "Apart from the district People's Committees, who must draw up cost estimates under Can Tho's plan?",
  [(C, "Căn cứ vào nhiệm vụ được giao trong Kế hoạch, các sở, ban ngành, đoàn thể có liên quan và Ủy ban nhân dân quận, huyện xây dựng kế hoạch và dự toán kinh phí thực hiện, tổng hợp chung trong kế hoạch dự toán ngân sách hàng năm của đơn vị trình cấp có thẩm quyền phê duyệt.")],
  "The relevant departments, agencies and mass organisations: section IV says \"các sở, ban ngành, đoàn thể có liên quan và Ủy ban nhân dân quận, huyện xây dựng kế hoạch và dự toán kinh phí thực hiện\", folded into each unit's annual budget estimate for approval.",
  ["các sở, ban ngành, đoàn thể có liên quan", "dự toán kinh phí"])

q("english",
  "Does the Hanoi plan cover the armed forces at all?",
  [(N, "8. Lực lượng vũ trang Thành phố"),
   (N, "- Củng cố, phát triển tổ chức Hội Khuyến học ở các cơ quan, doanh nghiệp, trường học, lực lượng vũ trang")],
  "Yes. Section V.8 \"Lực lượng vũ trang Thành phố\" tasks the City Police (\"Công an Thành phố\": literacy, universal education and vocational classes for inmates) and the Capital Command (\"Bộ Tư lệnh Thủ đô\": defence and security education); and the city Study Promotion Association is to build its branches in \"cơ quan, doanh nghiệp, trường học, lực lượng vũ trang\".",
  ["Lực lượng vũ trang Thành phố", "lực lượng vũ trang"])

q("english",
  "Does the Hue plan put any obligations on businesses?",
  [(H, "- Yêu cầu các cơ quan, tổ chức, đơn vị, cơ sở giáo dục, doanh nghiệp, cộng đồng dân cư và gia đình phát huy trách nhiệm trong việc cung ứng, mở rộng các cơ hội học tập")],
  "Yes, in general terms. Section III.1 requires agencies, organisations, schools, businesses (\"doanh nghiệp\"), residential communities and families to \"phát huy trách nhiệm trong việc cung ứng, mở rộng các cơ hội học tập\"; the plan also calls for closer coordination with the business community and mobilising their contributions. No business is named individually.",
  ["doanh nghiệp", "cung ứng, mở rộng các cơ hội học tập"])

q("english",
  "What does the Hanoi plan ask the district-level People's Committees to do?",
  [(N, "- Xây dựng Kế hoạch thực hiện Nghị quyết số 23-NQ/TU phù hợp với chiến lược phát triển kinh tế - xã hội của địa phương từ nay đến năm 2030, tầm nhìn đến năm 2045. Cân đối và bố trí kinh phí hàng năm trong phạm vi ngân sách để thực hiện Kế hoạch."),
   (N, "- Xây dựng và phát triển các mô hình học tập, ngành nghề đào tạo, các nghề đặc thù cần học tập suốt đời"),
   (N, "- Chủ trì, phối hợp với các đơn vị, tổ chức đóng trên địa bàn để thực hiện các nhiệm vụ của Kế hoạch, xây dựng xã hội học tập tại địa phương."),
   (N, "- Kiểm tra, giám sát, báo cáo tình hình, kết quả thực hiện Kế hoạch của địa phương theo quy định.")],
  "Section V.16 (\"Ủy ban nhân dân quận, huyện, thị xã\") gives four tasks: draw up their own plan to implement Resolution 23-NQ/TU and \"Cân đối và bố trí kinh phí hàng năm\" within their budget; build learning models (\"mô hình học tập\") and occupations needing lifelong learning; lead, with units based locally, the plan's tasks; and inspect, supervise and report on results (\"Kiểm tra, giám sát, báo cáo\").",
  ["23-NQ/TU", "Cân đối và bố trí kinh phí hàng năm", "mô hình học tập", "Kiểm tra, giám sát, báo cáo"])

q("english",
  "In My Loc, which office handles training for rural workers and people with disabilities — Education and Training or Labour, Invalids and Social Affairs?",
  [(M, "2. Phòng Lao động - Thương binh và Xã hội"), (M, "c) Triển khai các chương trình, dự án, đề án hỗ trợ đào tạo, đào tạo lại cho các đối tượng: lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động.")],
  "The Office of Labour, Invalids and Social Affairs (\"Phòng Lao động - Thương binh và Xã hội\", V.2.c): it runs programmes supporting training and retraining for \"lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động\".",
  ["Phòng Lao động - Thương binh và Xã hội", "lao động nông thôn, người khuyết tật"])

q("english",
  "Can Tho 2024 versus My Loc 2030: which sets the higher share of community learning centres using IT?",
  [(C, "Phần đầu đạt tỷ lệ 90% trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục."),
   MY30, (M, "+ 90% các Trung tâm Học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục.")],
  "Neither — they are equal: Can Tho aims for 90% of community learning centres applying IT in 2024, and My Loc sets 90% for 2030 (its 2025 figure is 70%).",
  ["90%"])

q("english",
  "Does the Hanoi plan set a 2030 target for officials' basic digital skills?",
  [HN25, (N, "- 100% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng, phổ cập kỹ năng số cơ bản; 50% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng kỹ năng phân tích, khai thác dữ liệu và công nghệ số.")],
  "No. That target appears only among the 2025 goals: 100% of officials and public employees trained in basic digital skills (\"kỹ năng số cơ bản\") and 50% in data analysis and digital technology skills. The 2030 list (2.2) has no such line; its digital-skills figure is for citizens (70% \"công dân đạt kỹ năng số\").",
  ["100%", "kỹ năng số cơ bản", "50%"])

q("english",
  "In the An Lao plan, who should agencies report difficulties to?",
  [(A, "nếu phát sinh khó khăn, vướng mắc, các cơ quan, đơn vị báo cáo Ủy ban nhân dân huyện (qua phòng Giáo dục và Đào tạo) để kịp thời giải quyết.")],
  "To the district People's Committee, through the Office of Education and Training: \"nếu phát sinh khó khăn, vướng mắc, các cơ quan, đơn vị báo cáo Ủy ban nhân dân huyện (qua phòng Giáo dục và Đào tạo) để kịp thời giải quyết.\"",
  ["Ủy ban nhân dân huyện", "phòng Giáo dục và Đào tạo"])

q("english",
  "Which plan mentions SEAMEO CELLL, and in what context?",
  [(M, "đ) Chủ động, tích cực tham gia mạng lưới “Thành phố học tập toàn cầu” do Tổ chức Giáo dục, Khoa học và Văn hóa của Liên hợp quốc (UNESCO) điều hành. Củng cố, tăng cường năng lực hoạt động của Trung tâm Khu vực về học tập suốt đời của Hội đồng Bộ trưởng Giáo dục các nước Đông Nam Á tại Việt Nam (SEAMEO CELLL).")],
  "My Loc district's plan, section III.7.đ on international cooperation: after joining UNESCO's Global Network of Learning Cities (\"Thành phố học tập toàn cầu\"), it calls for strengthening the regional lifelong-learning centre of the Southeast Asian Ministers of Education Organization in Viet Nam (SEAMEO CELLL).",
  ["SEAMEO CELLL", "Thành phố học tập toàn cầu"])

q("english",
  "Hue vs My Loc: what share of the population aged 15+ should hold a university degree or higher?",
  [(H, "trong đó có 15% dân số có trình độ đại học trở lên."),
   MY25, (M, "trong đó 12% dân số có trình độ đại học trở lên."),
   MY30, (M, "trong đó 15% dân số có trình độ đại học trở lên.")],
  "Hue (2026): 15% of the population with a university degree or higher. My Loc: 12% by 2025 and 15% by 2030. So Hue's 2026 figure equals My Loc's 2030 target and is 3 points above My Loc's 2025 one.",
  ["15%", "12%"])

q("english",
  "What does the Can Tho plan ask the district-level Youth Union branches to do?",
  [(C, "- Chỉ đạo cho Đoàn thanh niên quận, huyện, phối hợp với chính quyền cơ sở thực hiện tốt công tác nắm chắc số lượng đoàn viên và thanh, thiếu niên trong độ tuổi; tổ chức các hoạt động phù hợp, thiết thực để động viên, cảm hóa những đoàn viên có biểu hiện thiếu tích cực trong học tập; thường xuyên vận động số đoàn viên, đội viên bỏ học giữa chừng đến trường, ra lớp;")],
  "Through the city Youth Union (V.11.c), district branches (\"Đoàn thanh niên quận, huyện\") are to work with grassroots authorities to keep track of the number of members and young people of school age, encourage members who are not keen on studying, and regularly persuade members who dropped out (\"bỏ học giữa chừng\") to return to school.",
  ["Đoàn thanh niên quận, huyện", "bỏ học giữa chừng"])

q("english",
  "Which plan talks about building the capital as 'Văn hiến - Văn minh - Hiện đại', and in which section?",
  [(N, "4. Phát huy vai trò của các tổ chức chính trị - xã hội, xã hội nghề nghiệp và tổ chức xã hội trong phong trào khuyến học, khuyến tài phù hợp với tình hình mới"),
   (N, "nâng cao nhận thức về vị trí, vai trò, tầm quan trọng của việc xây dựng Thủ đô Hà Nội \"Văn hiến - Văn minh - Hiện đại\".")],
  "The Hanoi plan (implementing Resolution 23-NQ/TU), section III.4 on the role of socio-political (\"tổ chức chính trị - xã hội\"), professional and social organisations in the study-promotion movement: each organisation should help its members keep learning, \"nâng cao nhận thức về vị trí, vai trò, tầm quan trọng của việc xây dựng Thủ đô Hà Nội 'Văn hiến - Văn minh - Hiện đại'\".",
  ["Văn hiến - Văn minh - Hiện đại", "tổ chức chính trị - xã hội"])

# ---------------------------------------------------------------------------------------------- follow_up
q("follow_up", "ở Mỹ Lộc là cấp huyện thì phòng nào lo việc đó?",
  [(M, "4. Phòng Văn hóa-Thông tin"),
   (M, "a) Nhân rộng các mô hình học tập suốt đời trong thư viện, bảo tàng, nhà văn hóa, câu lạc bộ, Trung tâm Văn hóa - Thể thao.")],
  "Ở Mỹ Lộc là Phòng Văn hóa-Thông tin (mục V.4): \"Nhân rộng các mô hình học tập suốt đời trong thư viện, bảo tàng, nhà văn hóa, câu lạc bộ, Trung tâm Văn hóa - Thể thao\" (và đào tạo, bồi dưỡng nhân lực các thiết chế văn hóa - thể thao).",
  ["Phòng Văn hóa-Thông tin", "thư viện, bảo tàng, nhà văn hóa, câu lạc bộ"],
  hist=[u("Sở Văn hóa, Thể thao và Du lịch Cần Thơ được giao gì?"),
        a("Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan, Ủy ban nhân dân quận, huyện nhân rộng các mô hình học tập suốt đời trong thư viện, bảo tàng, nhà văn hóa, câu lạc bộ (mục V.5).")])

q("follow_up", "So với năm 2025 thì sao?",
  [HN25, (N, "- 50% số người trong độ tuổi lao động được trang bị kỹ năng sống."), HN30, (N, "- 70% người trong độ tuổi lao động được trang bị kỹ năng sống.")],
  "Mốc 2025 của Hà Nội là 50% số người trong độ tuổi lao động được trang bị kỹ năng sống; mốc 2030 là 70%, tức tăng 20 điểm phần trăm.",
  ["50%", "70%"],
  hist=[u("Hà Nội đến năm 2030 đặt bao nhiêu % người trong độ tuổi lao động được trang bị kỹ năng sống?"),
        a("Đến năm 2030: 70% người trong độ tuổi lao động được trang bị kỹ năng sống.")])

q("follow_up", "còn đơn vị kia?",
  [(N, "- Bộ Tư lệnh Thủ đô: tiếp tục tổ chức, tăng cường công tác tuyên truyền, phổ biến giáo dục, bồi dưỡng kiến thức quốc phòng, an ninh cho mọi tầng lớp nhân dân")],
  "Bộ Tư lệnh Thủ đô: tiếp tục tổ chức, tăng cường công tác tuyên truyền, phổ biến giáo dục, bồi dưỡng kiến thức quốc phòng, an ninh cho mọi tầng lớp nhân dân, nhất là người có uy tín trong cộng đồng dân cư, chức sắc, chức việc tôn giáo, già làng, trưởng họ tộc.",
  ["Bộ Tư lệnh Thủ đô", "kiến thức quốc phòng, an ninh"],
  hist=[u("Ở Hà Nội, Lực lượng vũ trang Thành phố gồm những đơn vị nào?"),
        a("Mục V.8 gồm hai đơn vị: Công an Thành phố và Bộ Tư lệnh Thủ đô."),
        u("Công an làm gì?"),
        a("Công an Thành phố chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Sở Lao động - Thương binh và Xã hội tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân và học viên trong các trại giam, trại tạm giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng.")])

q("follow_up", "Thế còn Hội Khuyến học huyện ở Mỹ Lộc?",
  [(M, "- Chủ trì lồng ghép các hoạt động tuyên truyền về xây dựng xã hội học tập thông qua hệ thống hội khuyến học các cấp."),
   (M, "- Phối hợp với Phòng Giáo dục và Đào tạo, Phòng Văn hóa, Thể thao và Du lịch hướng dẫn đẩy mạnh hoạt động của các Trung tâm Học tập cộng đồng."),
   (M, "- Triển khai thực hiện các tiêu chí công dân học tập; nhân rộng các mô hình học tập trong xã hội phù hợp với thực tiễn triển khai ở các địa phương trong tỉnh.")],
  "Hội Khuyến học huyện Mỹ Lộc (V.9.b) có ba việc: chủ trì lồng ghép các hoạt động tuyên truyền về xây dựng xã hội học tập thông qua hệ thống hội khuyến học các cấp; phối hợp với Phòng Giáo dục và Đào tạo, Phòng Văn hóa, Thể thao và Du lịch hướng dẫn đẩy mạnh hoạt động của các Trung tâm Học tập cộng đồng; triển khai thực hiện các tiêu chí công dân học tập, nhân rộng các mô hình học tập.",
  ["lồng ghép các hoạt động tuyên truyền", "Trung tâm Học tập cộng đồng", "tiêu chí công dân học tập"],
  hist=[u("Hội Khuyến học huyện An Lão làm gì?"),
        a("Hội Khuyến học huyện An Lão phối hợp với các phòng, ban, ngành, đoàn thể tuyên truyền về tư tưởng, vai trò của \"Học tập suốt đời\"; tích cực triển khai phong trào đẩy mạnh \"Học tập suốt đời\"; phát động các phong trào khuyến học, khuyến tài; biểu dương, nhân rộng những mô hình, tấm gương sáng.")])

q("follow_up", "cao hơn hay thấp hơn Huế?",
  [(C, "Phần đầu đạt tỷ lệ 90% số người trong độ tuổi lao động được trang bị kỹ năng sống;"),
   (H, "- 80% số người trong độ tuổi lao động được trang bị kỹ năng sống.")],
  "Cao hơn: Cần Thơ (năm 2024) phấn đấu 90% số người trong độ tuổi lao động được trang bị kỹ năng sống, còn Huế (năm 2026) đặt 80% — Cần Thơ cao hơn 10 điểm phần trăm.",
  ["90%", "80%"],
  hist=[u("Cần Thơ năm 2024 đặt chỉ tiêu kỹ năng sống bao nhiêu?"),
        a("KH 74 phấn đấu đạt tỷ lệ 90% số người trong độ tuổi lao động được trang bị kỹ năng sống.")])

q("follow_up", "cơ quan đó phải báo cáo UBND huyện trước ngày nào?",
  [(M, "e) Tổ chức kiểm tra, giám sát và đánh giá, tổng hợp, báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm")],
  "Phòng Giáo dục và Đào tạo Mỹ Lộc tổng hợp, báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm (mục V.1.e); cũng tham mưu UBND huyện sơ kết Đề án vào năm 2025, tổng kết vào năm 2030.",
  ["15 tháng 12 hằng năm"],
  hist=[u("\"Tổ chức xét tặng, ghi nhận những tấm gương tiêu biểu về tự học thành tài\" là của kế hoạch nào, ai làm?"),
        a("Đó là nhiệm vụ đ) của Phòng Giáo dục và Đào tạo trong kế hoạch huyện Mỹ Lộc (mục V.1).")])

q("follow_up", "ngoài cơ quan đó, ai phải tham mưu bố trí kinh phí?",
  [(H, "4. Sở Tài chính"), (H, "ngân sách, tham mưu Ủy ban nhân dân thành phố bố trí kinh phí thực hiện Kế hoạch theo quy định của Luật Ngân sách Nhà nước.")],
  "Sở Tài chính Huế (mục V.4): trên cơ sở đề nghị của các cơ quan, đơn vị và khả năng cân đối ngân sách, \"tham mưu Ủy ban nhân dân thành phố bố trí kinh phí thực hiện Kế hoạch\". (UBND các xã, phường thì tự cân đối, bố trí ngân sách địa phương.)",
  ["Sở Tài chính", "bố trí kinh phí"],
  hist=[u("Kế hoạch Huế 2026: ai là cơ quan thường trực?"),
        a("Sở Giáo dục và Đào tạo là cơ quan thường trực; chủ trì, phối hợp với các cơ quan, tổ chức, đơn vị, địa phương liên quan để tổ chức thực hiện Kế hoạch.")])

q("follow_up", "còn KPI công dân học tập?",
  [(H, "- 40% công dân đạt danh hiệu công dân học tập.")],
  "Huế năm 2026: 40% công dân đạt danh hiệu công dân học tập (mục II.4).",
  ["40%"],
  hist=[u("KPI năng lực CNTT của Huế năm 2026 là bao nhiêu?"),
        a("87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin.")])

q("follow_up", "ở Cần Thơ thì cấp đó có phải lo kinh phí không?",
  [(C, "b) Cân đối, bố trí ngân sách địa phương và huy động các nguồn kinh phí hợp pháp khác để đảm bảo việc triển khai thực hiện các mục tiêu, chỉ tiêu, nhiệm vụ trong Kế hoạch;")],
  "Có. Ở Cần Thơ, Ủy ban nhân dân quận, huyện (mục V.14.b): \"Cân đối, bố trí ngân sách địa phương và huy động các nguồn kinh phí hợp pháp khác\" để triển khai các mục tiêu, chỉ tiêu, nhiệm vụ; đồng thời cùng các sở, ban ngành lập dự toán kinh phí (mục IV).",
  ["Cân đối, bố trí ngân sách địa phương"],
  hist=[u("Hà Nội: UBND quận, huyện, thị xã phải làm gì về kinh phí?"),
        a("UBND quận, huyện, thị xã cân đối và bố trí kinh phí hàng năm trong phạm vi ngân sách để thực hiện Kế hoạch (mục V.16).")])

q("follow_up", "Hà Nội cùng năm đó thì bao nhiêu?",
  [HN30, (N, "- Phấn đấu 90% các cơ sở giáo dục phổ thông, cơ sở giáo dục nghề nghiệp - giáo dục thường xuyên và các cơ sở giáo dục khác triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường số.")],
  "Hà Nội đến năm 2030 phấn đấu 90% các cơ sở giáo dục phổ thông, cơ sở GDNN - GDTX và các cơ sở giáo dục khác triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường số — cao hơn mốc 80% của Mỹ Lộc 10 điểm.",
  ["90%"],
  hist=[u("Mỹ Lộc năm 2030: bao nhiêu % cơ sở giáo dục triển khai quản lý, giảng dạy, học tập trên môi trường số?"),
        a("80% các cơ sở giáo dục phổ thông, cơ sở giáo dục thường xuyên, cơ sở giáo dục nghề nghiệp và các cơ sở giáo dục khác.")])

q("follow_up", "trong đó Hội Khuyến học TP nhận để làm gì?",
  [(A, "- Hội Khuyến học TP (để Báo cáo);")],
  "Hội Khuyến học thành phố nhận kế hoạch \"(để Báo cáo)\" — cùng với Sở GD&ĐT và TT HU, HĐND huyện.",
  ["để Báo cáo"],
  hist=[u("Kế hoạch phong trào học tập suốt đời của An Lão do ai ký?"),
        a("Ký thay Chủ tịch (TM. Ủy ban nhân dân, KT. Chủ tịch): Phó Chủ tịch Nguyễn Quốc Thịnh."),
        u("gửi cho những nơi nào?"),
        a("Nơi nhận: Sở GD&ĐT (để Báo cáo); Hội Khuyến học TP (để Báo cáo); TT HU, HĐND huyện (để Báo cáo); CT, PCT UBND huyện; các phòng, ban, ngành huyện; Hội Khuyến học huyện; UBND các xã, thị trấn; Lưu: VT, GD&ĐT.")])

q("follow_up", "Còn các Sở, ngành khác thì có phải cung cấp tài liệu học tập không?",
  [(N, "- Có trách nhiệm cung cấp tài liệu học tập về các lĩnh vực theo chức năng, nhiệm vụ của từng Sở, ngành cho Sở Giáo dục và Đào tạo, cơ sở đào tạo đủ điều kiện tổ chức, biên soạn, số hóa tài liệu học tập")],
  "Có. Mục V.11 \"Các Sở, ngành khác\": \"Có trách nhiệm cung cấp tài liệu học tập về các lĩnh vực theo chức năng, nhiệm vụ của từng Sở, ngành cho Sở Giáo dục và Đào tạo, cơ sở đào tạo đủ điều kiện tổ chức, biên soạn, số hóa tài liệu học tập\" theo quy định về quyền tác giả và quyền sở hữu trí tuệ.",
  ["cung cấp tài liệu học tập", "Sở Giáo dục và Đào tạo"],
  hist=[u("Hà Nội: Trường Đại học Thủ đô Hà Nội được giao gì?"),
        a("Trường Đại học Thủ đô Hà Nội và các trường Cao đẳng trực thuộc: triển khai trường học số, xây dựng học liệu số; phối hợp với Sở Giáo dục và Đào tạo tổ chức biên soạn, số hóa tài liệu phục vụ tuyên truyền, giáo dục kiến thức; tạo điều kiện để cán bộ, viên chức, người lao động trực thuộc được học tập suốt đời.")])

q("follow_up", "And My Loc's for 2030?",
  [MY30, (M, "+ 60% công dân đạt danh hiệu công dân học tập.")],
  "My Loc's target for 2030 is 60% of citizens earning the learning-citizen title (\"công dân học tập\") — 20 points above Hue's 40% for 2026.",
  ["60%"],
  hist=[u("What is Hue's 2026 target for citizens earning the 'learning citizen' title?"),
        a("40% of citizens (\"40% công dân đạt danh hiệu công dân học tập\").")])

q("follow_up", "And who signed it?",
  [(C, "TM. BAN CHỈ ĐẠO TRƯỞNG BAN"), (C, "PHÓ CHỦ TỊCH UBND THÀNH PHỐ Nguyễn Thực Hiện")],
  "It is signed on behalf of the Steering Committee (\"TM. BAN CHỈ ĐẠO\") by its Head (\"TRƯỞNG BAN\"), Nguyễn Thực Hiện, Vice Chairman of the city People's Committee (\"PHÓ CHỦ TỊCH UBND THÀNH PHỐ\").",
  ["TRƯỞNG BAN", "Nguyễn Thực Hiện"],
  hist=[u("Who is the standing agency in the Can Tho plan 74?"),
        a("The Department of Education and Training (Sở Giáo dục và Đào tạo), as the standing office of the city Steering Committee; difficulties are reported to it.")])

q("follow_up", "Ban đó ở Hà Nội phối hợp với ai?",
  [(N, "phối hợp với các Sở, ngành, địa phương vùng dân tộc thiểu số và miền núi trong việc triển khai các chương trình, dự án đầu tư, hỗ trợ giáo dục đào tạo")],
  "Ban Dân tộc Thành phố Hà Nội \"phối hợp với các Sở, ngành, địa phương vùng dân tộc thiểu số và miền núi trong việc triển khai các chương trình, dự án đầu tư, hỗ trợ giáo dục đào tạo\", tạo điều kiện cho trẻ em, người học vùng dân tộc thiểu số và miền núi được học tập.",
  ["các Sở, ngành, địa phương vùng dân tộc thiểu số và miền núi"],
  hist=[u("Cần Thơ có giao việc cho Ban Dân tộc không?"),
        a("Có, mục V.9: Ban Dân tộc chủ trì triển khai các chương trình, dự án hỗ trợ giáo dục, đào tạo cho người dân tộc thiểu số."),
        u("Hà Nội thì sao?"),
        a("Có, mục V.10 Ban Dân tộc Thành phố: tham mưu UBND Thành phố xây dựng, triển khai Kế hoạch Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.")])

q("follow_up", "so với mốc trước đó?",
  [HN25, (N, "- 95% số người mới biết chữ tiếp tục học tập và không tái mù chữ."), HN30, (N, "- 96% số người mới biết chữ tiếp tục học tập và không tái mù chữ.")],
  "Mốc trước đó (đến năm 2025) là 95% số người mới biết chữ tiếp tục học tập và không tái mù chữ; mốc 2030 là 96% — tăng 1 điểm phần trăm.",
  ["95%", "96%"],
  hist=[u("Hà Nội 2030: bao nhiêu % người mới biết chữ tiếp tục học tập, không tái mù chữ?"),
        a("96% số người mới biết chữ tiếp tục học tập và không tái mù chữ (mục tiêu đến năm 2030).")])

q("follow_up", "Ở Huế sở này có phải lo đào tạo nhân lực các thiết chế văn hóa không?",
  [(H, "- Tổ chức đào tạo, bồi dưỡng, nâng cao chất lượng đội ngũ cán bộ, viên chức, người lao động làm việc tại các thiết chế văn hóa – thể thao nhằm đáp ứng yêu cầu phục vụ học tập suốt đời của người dân.")],
  "Có. Sở Văn hóa và Thể thao Huế (V.2): \"Tổ chức đào tạo, bồi dưỡng, nâng cao chất lượng đội ngũ cán bộ, viên chức, người lao động làm việc tại các thiết chế văn hóa – thể thao\" nhằm phục vụ học tập suốt đời của người dân.",
  ["thiết chế văn hóa – thể thao", "đào tạo, bồi dưỡng"],
  hist=[u("Sở Văn hóa và Thể thao Hà Nội làm gì?"),
        a("Chủ trì nhân rộng các mô hình học tập suốt đời trong các thiết chế văn hóa cơ sở (thư viện, bảo tàng, nhà văn hóa, câu lạc bộ…); đào tạo, đào tạo lại, bồi dưỡng nguồn nhân lực làm việc trong các thiết chế văn hóa - thể thao.")])

q("follow_up", "mấy việc đó, việc nào là phối hợp với Sở GD&ĐT?",
  [(H, "- Phối hợp với Sở Giáo dục và Đào tạo kiểm tra, giám sát việc thực hiện Kế hoạch.")],
  "Việc thứ hai: Hội Khuyến học thành phố \"Phối hợp với Sở Giáo dục và Đào tạo kiểm tra, giám sát việc thực hiện Kế hoạch\".",
  ["kiểm tra, giám sát"],
  hist=[u("Huế: Hội Khuyến học thành phố được giao gì?"),
        a("Bốn việc: chủ trì triển khai Kế hoạch số 471/KH-UBND; phối hợp với Sở Giáo dục và Đào tạo kiểm tra, giám sát việc thực hiện Kế hoạch; củng cố, phát triển tổ chức Hội khuyến học các cấp, đa dạng hóa phương thức huy động nguồn lực; theo dõi, tổng hợp kết quả mục tiêu về \"Công dân học tập\".")])

q("follow_up", "cái đầu thì phối hợp với ai?",
  [(C, "a) Chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện đẩy mạnh tuyên truyền về học tập suốt đời, xây dựng xã hội học tập trong lực lượng vũ trang, cán bộ, chiến sĩ quân đội;")],
  "Việc a) (tuyên truyền về học tập suốt đời, xây dựng xã hội học tập trong lực lượng vũ trang): Bộ Chỉ huy Quân sự thành phố chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện.",
  ["Sở Giáo dục và Đào tạo", "Ủy ban nhân dân quận, huyện"],
  hist=[u("Ở Cần Thơ, Bộ Chỉ huy Quân sự thành phố có mấy nhiệm vụ?"),
        a("Hai: a) đẩy mạnh tuyên truyền về học tập suốt đời, xây dựng xã hội học tập trong lực lượng vũ trang, cán bộ, chiến sĩ quân đội; b) chỉ đạo nâng cao trình độ, năng lực ngoại ngữ và tiếng dân tộc thiểu số cho lực lượng vũ trang.")])

q("follow_up", "Mỹ Lộc thì gặp vướng mắc báo về đâu?",
  [(M, "trình thực hiện nếu có khó khăn, vướng mắc, các cơ quan, đơn vị chủ động báo cáo, đề xuất về Phòng Giáo dục và Đào tạo để tổng hợp, tham mưu UBND huyện xem xét, chỉ đạo./.")],
  "Ở Mỹ Lộc, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị chủ động báo cáo, đề xuất về Phòng Giáo dục và Đào tạo để tổng hợp, tham mưu UBND huyện xem xét, chỉ đạo.",
  ["Phòng Giáo dục và Đào tạo", "UBND huyện"],
  hist=[u("Theo kế hoạch An Lão, có khó khăn vướng mắc thì báo cáo ai?"),
        a("Báo cáo Ủy ban nhân dân huyện (qua phòng Giáo dục và Đào tạo) để kịp thời giải quyết.")])

# ---------------------------------------------------------------------------------------------- unanswerable
def un(question, answer, probe=None, probe_docs=None, hist=None):
    q("unanswerable", question, [], answer, [], hist=hist, probe=probe, probe_docs=probe_docs)


# level mismatches
un("Phòng Nội vụ huyện Mỹ Lộc có nhiệm vụ gì trong kế hoạch xây dựng xã hội học tập?",
   "Kế hoạch huyện Mỹ Lộc không nêu Phòng Nội vụ (cũng không có Sở Nội vụ): phần Tổ chức thực hiện giao việc cho Phòng GD&ĐT, Phòng LĐ-TB&XH, Trung tâm VH-TT&TT, Phòng Văn hóa-Thông tin, Phòng TC-KH, Công an huyện, Bộ CHQS huyện, các phòng, ban, ngành, các đoàn thể và UBND các xã, thị trấn. Không có thông tin về nhiệm vụ của Phòng Nội vụ.",
   probe=r"noi vu", probe_docs=[M])
un("Phòng Nội vụ Hà Nội được giao gì trong kế hoạch thực hiện Nghị quyết 23?",
   "Kế hoạch của thành phố Hà Nội không nêu \"Phòng Nội vụ\"; kế hoạch chỉ giao việc cho Sở Nội vụ cấp thành phố (và Ban Thi đua - Khen thưởng thuộc Sở Nội vụ). Nhiệm vụ của phòng cấp quận, huyện không có trong kế hoạch.",
   probe=r"phong noi vu", probe_docs=[N])
un("Phòng Lao động - Thương binh và Xã hội quận ở Hà Nội phải làm gì?",
   "Kế hoạch Hà Nội không nêu Phòng Lao động - Thương binh và Xã hội cấp quận; chỉ có Sở Lao động - Thương binh và Xã hội thành phố và UBND quận, huyện, thị xã nói chung. Không có nhiệm vụ riêng cho phòng này trong kế hoạch.",
   probe=r"phong lao dong", probe_docs=[N])
un("Ủy ban nhân dân xã, phường ở Cần Thơ được giao những nhiệm vụ gì?",
   "KH 74 Cần Thơ không giao nhiệm vụ riêng cho UBND xã, phường; phần Tổ chức thực hiện chỉ giao đến Ủy ban nhân dân quận, huyện (mục V.14). Kế hoạch không có danh sách nhiệm vụ cho cấp xã.",
   probe=r"(uy ban nhan dan|ubnd) (cac )?(xa|phuong)", probe_docs=[C])
# hypotheticals and consequences
un("Trung tâm học tập cộng đồng ở Huế bị đánh giá không đạt thì có bị giải thể không?",
   "Kế hoạch Huế năm 2026 không nói về giải thể hay xử lý trung tâm học tập cộng đồng; kế hoạch chỉ yêu cầu rà soát, củng cố, kiện toàn (mỗi xã, phường ít nhất một trung tâm, xong trong Quý II năm 2026) và tiếp tục đánh giá theo Công văn 2553/BGDĐT-GDTX và 59/SGDĐT-GDCN-GDTX.",
   probe=r"giai the|xu ly|ky luat", probe_docs=[H])

un("Ở Mỹ Lộc, xã nào không giữ được chuẩn phổ cập THCS mức độ 3 thì có bị cắt kinh phí không?",
   "Kế hoạch Mỹ Lộc không nói gì về cắt kinh phí hay xử lý khi xã không giữ chuẩn; kế hoạch chỉ đặt mục tiêu duy trì 100% các xã, thị trấn đạt chuẩn phổ cập giáo dục THCS mức độ 3.",
   probe=r"cat (giam )?kinh phi|xu ly|ky luat|xu phat", probe_docs=[M])

un("Ở Huế, nếu gặp khó khăn, vướng mắc khi thực hiện kế hoạch thì báo cáo về đâu?",
   "Kế hoạch Huế năm 2026 không có điều khoản về báo cáo khó khăn, vướng mắc (khác với Mỹ Lộc, Cần Thơ, An Lão); kế hoạch chỉ yêu cầu thực hiện chế độ thông tin, báo cáo định kỳ và đột xuất và UBND xã, phường gửi báo cáo kết quả về Sở GD&ĐT trước 15/12/2026.",
   probe=r"vuong mac", probe_docs=[H])
un("Hà Nội: sở nào không hoàn thành nhiệm vụ được giao trong kế hoạch thì bị kỷ luật ra sao?",
   "Kế hoạch Hà Nội không quy định hình thức kỷ luật; phần Mục đích chỉ nói kế hoạch là căn cứ để kiểm điểm trách nhiệm của các cấp, các ngành trong việc thực hiện nhiệm vụ được giao, không nêu chế tài cụ thể.",
   probe=r"ky luat|xu phat|xu ly", probe_docs=[N])
un("Nếu An Lão không có trung tâm học tập cộng đồng sau sáp nhập xã thì ai chịu trách nhiệm bồi thường?",
   "Kế hoạch An Lão không nói về bồi thường hay trách nhiệm khi thiếu trung tâm học tập cộng đồng; chỉ giao Phòng GD&ĐT hướng dẫn, đôn đốc thành lập, kiện toàn hệ thống trung tâm học tập cộng đồng cấp xã sau sắp xếp.",
   probe=r"boi thuong", probe_docs=[A])
# places with no loaded plan (children, siblings, parents, neighbours)
un("Thị xã Phong Điền có kế hoạch xây dựng xã hội học tập năm 2026 không, chỉ tiêu bao nhiêu?",
   "Không có kế hoạch nào của Phong Điền trong các kế hoạch đã nạp; kế hoạch Huế năm 2026 không nêu riêng Phong Điền.",
   probe=r"phong dien")
un("Quận Long Biên đặt chỉ tiêu công dân học tập bao nhiêu?",
   "Không có kế hoạch của quận Long Biên; kế hoạch thành phố Hà Nội không nêu riêng quận nào.",
   probe=r"long bien")
un("Huyện Thới Lai năm 2024 có bao nhiêu trung tâm học tập cộng đồng ứng dụng CNTT?",
   "Không có kế hoạch của huyện Thới Lai; KH 74 của Cần Thơ đặt chỉ tiêu chung 90% trung tâm học tập cộng đồng ứng dụng CNTT cho toàn thành phố, không nêu riêng Thới Lai và không có số liệu hiện có.",
   probe=r"thoi lai")
un("Quận Đồ Sơn triển khai phong trào \"Học tập suốt đời\" thế nào?",
   "Không có kế hoạch của quận Đồ Sơn trong các kế hoạch đã nạp (chỉ có kế hoạch huyện An Lão, cũng thuộc Hải Phòng).",
   probe=r"do son")
un("Huyện Trực Ninh giao Phòng GD&ĐT báo cáo trước ngày nào?",
   "Không có kế hoạch của huyện Trực Ninh; kế hoạch được nạp ở tỉnh Nam Định là của huyện Mỹ Lộc.",
   probe=r"truc ninh")
un("Thành phố Hải Phòng năm 2025 đặt bao nhiêu % công dân học tập trong phong trào \"Học tập suốt đời\"?",
   "Không có kế hoạch của thành phố Hải Phòng trong các kế hoạch đã nạp; kế hoạch huyện An Lão chỉ dẫn Kế hoạch số 108/KH-UBND ngày 06/5/2025 của UBND thành phố Hải Phòng làm căn cứ và bản thân không đặt chỉ tiêu % nào.")
un("Kế hoạch 290/KH-UBND năm 2021 của Hà Nội (bị thay thế) đặt chỉ tiêu gì?",
   "Kế hoạch Hà Nội chỉ nói nó thay thế Kế hoạch số 290/KH-UBND ngày 16/12/2021; nội dung, chỉ tiêu của Kế hoạch 290 không có trong các kế hoạch đã nạp.")

# figures, years, indicators not set
un("Cần Thơ năm 2024 đặt bao nhiêu % công dân đạt danh hiệu công dân học tập?",
   "KH 74 Cần Thơ không đặt chỉ tiêu % công dân học tập; các chỉ tiêu mô hình học tập của năm 2024 chỉ là \"Đơn vị học tập\" (55,55%) và \"Cộng đồng học tập\" (80%).",
   probe=r"cong dan dat", probe_docs=[C])
un("Huế năm 2026 đặt chỉ tiêu bao nhiêu % lao động qua đào tạo?",
   "Kế hoạch Huế năm 2026 không có chỉ tiêu lao động qua đào tạo; về trình độ chỉ có 40% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật (15% đại học trở lên).",
   probe=r"qua dao tao", probe_docs=[H])
un("Mỹ Lộc năm 2028 phải đạt bao nhiêu % công dân học tập?",
   "Kế hoạch Mỹ Lộc chỉ có mục tiêu đến năm 2025 (40%) và đến năm 2030 (60%); không có mốc năm 2028.",
   probe=r"2028", probe_docs=[M])

un("Tỷ lệ trường công lập đạt chuẩn quốc gia của Cần Thơ năm 2024 là bao nhiêu?",
   "KH 74 Cần Thơ không đặt chỉ tiêu trường công lập đạt chuẩn quốc gia (chỉ tiêu này chỉ có trong kế hoạch Hà Nội).",
   probe=r"chuan quoc gia", probe_docs=[C])
# current counts, past results
un("Hiện nay Hà Nội đã có bao nhiêu quận, huyện được công nhận huyện học tập?",
   "Kế hoạch Hà Nội chỉ đặt chỉ tiêu (40% quận, huyện, thị xã đến 2025, 60% đến 2030); không có số quận, huyện đã được công nhận hiện nay.")
un("Phong trào \"Bình dân học vụ số\" ở An Lão đến nay đã có bao nhiêu người tham gia?",
   "Kế hoạch An Lão chỉ giao phát động, triển khai phong trào \"Bình dân học vụ số\"; không có số người đã tham gia hay kết quả nào.",
   probe=r"\d+ (nguoi|luot)", probe_docs=[A])
# agencies the named plan never names
un("Hội Cựu giáo chức thành phố Cần Thơ được đề nghị làm gì?",
   "KH 74 Cần Thơ không nêu Hội Cựu giáo chức; các hội được đề nghị là Hội LHPN, Hội Cựu chiến binh, Hội Nông dân, Hội Người cao tuổi và Hội Khuyến học thành phố.",
   probe=r"cuu giao chuc", probe_docs=[C])
un("Hội Người cao tuổi huyện An Lão có nhiệm vụ gì?",
   "Kế hoạch An Lão không nêu Hội Người cao tuổi; chỉ có đề nghị chung với UBMTTQ và các tổ chức chính trị - xã hội, tổ chức xã hội huyện.",
   probe=r"nguoi cao tuoi", probe_docs=[A])
un("Ngoài Công an huyện và Bộ Chỉ huy Quân sự huyện, Mỹ Lộc giao Viện kiểm sát huyện việc gì?",
   "Kế hoạch Mỹ Lộc không nêu Viện kiểm sát huyện; mục V.6 chỉ giao Công an huyện, Bộ Chỉ huy Quân sự huyện nâng cao trình độ, năng lực ngoại ngữ cho cán bộ lực lượng vũ trang.",
   probe=r"kiem sat", probe_docs=[M])
un("Sở Tài nguyên và Môi trường Hà Nội có nhiệm vụ gì trong kế hoạch?",
   "Kế hoạch Hà Nội không nêu Sở Tài nguyên và Môi trường; không có nhiệm vụ nào cho sở này.",
   probe=r"tai nguyen va moi truong", probe_docs=[N])
# amounts, cited-only documents, lines that are in no plan
un("Budget cho Hội Khuyến học thành phố Huế để triển khai KH 471 năm 2026 là bao nhiêu?",
   "Kế hoạch Huế không nêu số tiền cho Hội Khuyến học hay cho KH 471; mục Kinh phí chỉ ghi nguồn (ngân sách nhà nước theo phân cấp, các nguồn hợp pháp khác) và việc quản lý theo Nghị quyết 16/2025/NQ-HĐND.",
   probe=r"trieu|ty dong|nghin dong|\d{3}\.\d{3}", probe_docs=[H])

un("Quyết định 677/QĐ-TTg đặt tiêu chí \"Công dân học tập\" cụ thể ra sao?",
   "Quyết định 677/QĐ-TTg (Chương trình \"Xây dựng mô hình Công dân học tập giai đoạn 2021–2030\") chỉ được các kế hoạch Huế, Cần Thơ và An Lão dẫn tên; tiêu chí cụ thể của nó không có trong các kế hoạch đã nạp.")

un("Kế hoạch số 471/KH-UBND mà Hội Khuyến học Huế chủ trì có những chỉ tiêu gì?",
   "Kế hoạch Huế chỉ nêu Hội Khuyến học thành phố chủ trì triển khai Kế hoạch số 471/KH-UBND; nội dung, chỉ tiêu của Kế hoạch 471 không có trong các kế hoạch đã nạp.")
un("\"100% thôn, tổ dân phố có tủ sách cộng đồng\" là chỉ tiêu của kế hoạch nào?",
   "Không kế hoạch nào trong năm kế hoạch đã nạp có câu hay chỉ tiêu về tủ sách cộng đồng.",
   probe=r"tu sach")
un("Câu \"mỗi người dân đọc ít nhất 4 cuốn sách mỗi năm\" nằm ở kế hoạch nào?",
   "Không kế hoạch nào trong năm kế hoạch đã nạp có câu này; các kế hoạch chỉ nói chung về Ngày Sách và Văn hóa đọc Việt Nam, văn hóa đọc.",
   probe=r"cuon sach")
# English
un("How many community learning centres does Hue currently have?",
   "The Hue 2026 plan gives no current count; it only requires at least one community learning centre per commune/ward (by Quý II năm 2026).",
   probe=r"\d+ trung tam hoc tap", probe_docs=[H])
un("Which Hanoi district will be the first to be recognised as a learning district?",
   "The Hanoi plan names no individual district; it only sets shares of \"quận, huyện, thị xã\" to be recognised (40% by 2025, 60% by 2030).",
   probe=r"\b(long bien|cau giay|ba dinh|dong anh|soc son|gia lam|hoan kiem|thanh xuan|tay ho)\b", probe_docs=[N])
un("What is the total budget of the An Lao plan in VND?",
   "The An Lao plan states no amount; funding comes from the state budget, lawful revenues of agencies and socialised sources.",
   probe=r"\d[\d.,]* ?(ty|trieu|nghin)\b|vnd", probe_docs=[A])
# follow-ups that cannot be answered
un("còn Sở Nội vụ ở Mỹ Lộc?",
   "Kế hoạch Mỹ Lộc là kế hoạch cấp huyện và không nêu Sở Nội vụ hay Phòng Nội vụ; không có nhiệm vụ nào tương ứng trong kế hoạch.",
   probe=r"noi vu", probe_docs=[M],
   hist=[u("Sở Nội vụ Hà Nội có nhiệm vụ gì?"),
         a("Sở Nội vụ chủ trì, phối hợp với các Sở, ngành tổ chức các lớp tập huấn, bồi dưỡng kiến thức, kỹ năng cho đội ngũ cán bộ công chức, viên chức, người lao động trên địa bàn Thành phố.")])
un("nộp muộn thì bị phạt thế nào?",
   "Kế hoạch Hà Nội chỉ quy định báo cáo trước ngày 01 tháng 12 hằng năm (qua Sở GD&ĐT); không nêu chế tài hay hình thức xử lý khi nộp muộn.",
   probe=r"ky luat|xu phat|bi phat|xu ly", probe_docs=[N],
   hist=[u("Hà Nội: các quận huyện báo cáo kết quả hằng năm trước ngày nào?"),
         a("Định kỳ hàng năm tổng hợp kết quả, báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo để tổng hợp).")])
un("còn An Lão đặt bao nhiêu?",
   "Kế hoạch An Lão không đặt chỉ tiêu kỹ năng sống (kế hoạch không có chỉ tiêu % nào), nên không so sánh được.",
   probe=r"%|phan tram", probe_docs=[A],
   hist=[u("Cần Thơ năm 2024 đặt chỉ tiêu kỹ năng sống bao nhiêu?"),
         a("Phấn đấu đạt tỷ lệ 90% số người trong độ tuổi lao động được trang bị kỹ năng sống."),
         u("cao hơn Huế không?"),
         a("Cao hơn: Huế năm 2026 đặt 80%.")])
un("And how many of those districts have already submitted their plans?",
   "The Hanoi plan does not say; it only asks districts to draw up their own plans and report yearly before 01 December. No submission count is given.",
   hist=[u("What does the Hanoi plan ask district People's Committees to do?"),
         a("Draw up their own plan to implement Resolution 23-NQ/TU, allocate annual funding, build learning models, lead local implementation, and inspect, supervise and report.")])


# ---------------------------------------------------------------------------------------------- build and check
def main():
    problems = []
    out = []
    counts = {}
    for n, rec in enumerate(QS, 1):
        qid = f"q39-{n:03d}"
        docs = []
        for d, _ in rec["ev"]:
            if d not in docs:
                docs.append(d)
        for d, span in rec["ev"]:
            if norm(span) not in text(d):
                problems.append(f"{qid}: span missing from {d}: {span[:80]}")
        for kf in rec["kf"]:
            k = norm(kf).lower()
            if k not in norm(rec["answer"]).lower():
                problems.append(f"{qid}: key fact not in answer: {kf}")
            if not any(k in norm(sp).lower() for _, sp in rec["ev"]):
                problems.append(f"{qid}: key fact in no cited span: {kf}")
        if rec["type"] == "unanswerable":
            if rec["ev"] or rec["kf"]:
                problems.append(f"{qid}: unanswerable with evidence or key facts")
            if rec["probe"]:
                for d in rec["probe_docs"] or ALL:
                    m = re.search(rec["probe"], plain(text(d)))
                    if m:
                        problems.append("{}: probe {!r} matches {}: {!r}".format(qid, rec["probe"], d, m.group(0)[:60]))
        else:
            if not rec["ev"] or not rec["kf"]:
                problems.append(f"{qid}: answerable without evidence or key facts")
        if rec["type"] == "follow_up" and not rec["hist"]:
            problems.append(f"{qid}: follow_up without history")
        counts[rec["type"]] = counts.get(rec["type"], 0) + 1
        out.append({"id": qid, "question": rec["question"], "type": rec["type"], "docs": docs,
                    "evidence": [{"doc": d, "span": sp} for d, sp in rec["ev"]], "answer": rec["answer"],
                    "key_facts": rec["kf"], "history": rec["hist"]})
    for t, m in MINIMUM.items():
        if counts.get(t, 0) < m:
            problems.append(f"type {t}: {counts.get(t, 0)} < minimum {m}")
    qs = [r["question"] for r in out]
    if len(set(qs)) != len(qs):
        problems.append("duplicate question text")
    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} problems; nothing written")
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} questions to {OUT}")
    for t in MINIMUM:
        print(f"  {t:<14} {counts.get(t, 0)}")


if __name__ == "__main__":
    main()
