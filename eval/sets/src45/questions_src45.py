"""Set 45: held-out questions on the five bundled plans (data/plans/*.txt), ids q45-001...

Written blind to the product. Shapes new against sets 25-43: context preambles, search-box keyword queries
and phone typing (teencode, Telex leftovers), several asks in one message and "kể hết" lists, locate/count
questions settled by the plan's own numbering, quote checks and false premises, ordinal references in
follow-ups ("nhiệm vụ thứ ba", "ý e", "cái cuối cùng", "quay lại câu đầu"), why/how questions.

    python eval/sets/src45/questions_src45.py     # writes eval/sets/bundled45.jsonl

Refuses to write if a span is missing from its plan after FORMAT.md's normalisation, a key fact is missing from
its answer or from every span it cites, a follow-up has no history or a history outside 3-5 turns, two
questions share a text, a type falls below the brief's minimum, or an unanswerable question has evidence, has
no probe, or its probe regex matches the accent-free normalised text of the plans it is checked against.
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = os.path.dirname(HERE)
ROOT = os.path.dirname(os.path.dirname(SETS))
OUT = os.path.join(SETS, "bundled45.jsonl")

D = {
    "H": "000_4550be4bb11189cd.txt",  # Huế 2026
    "M": "001_7bafa58816a5de75.txt",  # Mỹ Lộc 2021-2030
    "N": "002_797e8de6131c77f9.txt",  # Hà Nội NQ 23-NQ/TU
    "C": "003_1a817ee72b993e3e.txt",  # Cần Thơ 74/KH-BCĐ 2024
    "A": "004_b1b28019b71edc03.txt",  # An Lão 2025
}
TITLE = {
    "H": "Thực hiện Đề án “Xây dựng xã hội học tập” năm 2026 trên địa bàn thành phố Huế",
    "M": "Thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030” trên địa bàn huyện Mỹ Lộc",
    "N": "xây dựng xã hội học tập trên địa bàn thành phố Hà Nội từ nay đến năm 2030, tầm nhìn đến năm 2045",
    "C": "Xây dựng xã hội học tập năm 2024 trên địa bàn thành phố Cần Thơ",
    "A": "xây dựng xã hội học tập trên địa bàn huyện An Lão",
}
MINIMUM = {"english": 16, "follow_up": 20, "unanswerable": 35}


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()


def plain(s):
    s = unicodedata.normalize("NFD", norm(s).lower()).replace("đ", "d")
    s = "".join(c for c in s if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", s)


TEXT = {k: norm(open(os.path.join(ROOT, "data", "plans", f), encoding="utf-8").read()) for k, f in D.items()}
PLAIN = {k: plain(v) for k, v in TEXT.items()}

Q = []


def hist(*turns):
    out = []
    for t in turns:
        role, content = t.split(":", 1)
        out.append({"role": {"U": "user", "A": "assistant"}[role], "content": content.strip()})
    return out


def q(typ, question, ev, answer, kf, history=None, probe=None, about="HMNCA"):
    Q.append({"type": typ, "question": question, "ev": ev, "answer": answer, "kf": kf,
              "history": history or [], "probe": probe, "about": about})


def t(k):
    """the plan's title line, cited when the plan's name is a key fact"""
    return (k, TITLE[k])


# ---------------------------------------------------------------- agency_tasks
q("agency_tasks",
  "Tôi là chuyên viên Sở Nội vụ thành phố Huế, đang rà soát các việc được giao trong năm 2026 để lên kế hoạch của Sở. Xin hỏi theo kế hoạch của UBND thành phố, Sở Nội vụ chúng tôi phải làm những gì?",
  [("H", "Tổ chức thực hiện các nhiệm vụ nhằm đạt mục tiêu đào tạo, bồi dưỡng, nâng cao trình độ chuyên môn, nghiệp vụ cho đội ngũ cán bộ, công chức các cấp."),
   ("H", "Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về năng lực cơ bản và trình độ của người dân.")],
  "Theo mục V.3 của kế hoạch năm 2026, Sở Nội vụ có hai việc: (1) tổ chức thực hiện các nhiệm vụ nhằm đạt mục tiêu đào tạo, bồi dưỡng, nâng cao trình độ chuyên môn, nghiệp vụ cho đội ngũ cán bộ, công chức các cấp; (2) theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về năng lực cơ bản và trình độ của người dân.",
  ["đào tạo, bồi dưỡng", "cán bộ, công chức các cấp", "năng lực cơ bản và trình độ của người dân"])
q("agency_tasks", "sở nội vụ hà nội nhiệm vụ",
  [("N", "chủ trì, phối hợp với các Sở, ngành, đơn vị có liên quan tổ chức các lớp tập huấn, bồi dưỡng kiến thức, kỹ năng cho đội ngũ cán bộ công chức, viên chức, người lao động trên địa bàn Thành phố để thực hiện và hoàn thành các mục tiêu của Kế hoạch.")],
  "Kế hoạch Hà Nội (mục V.3) giao Sở Nội vụ: trên cơ sở chức năng, nhiệm vụ được giao, chủ trì, phối hợp với các Sở, ngành, đơn vị có liên quan tổ chức các lớp tập huấn, bồi dưỡng kiến thức, kỹ năng cho đội ngũ cán bộ công chức, viên chức, người lao động trên địa bàn Thành phố để hoàn thành các mục tiêu của Kế hoạch. (Mục V.7 còn có Ban Thi đua - Khen thưởng thuộc Sở Nội vụ, phối hợp tham mưu khen thưởng.)",
  ["tập huấn, bồi dưỡng kiến thức, kỹ năng", "cán bộ công chức, viên chức, người lao động"])
q("agency_tasks", "Phòng Lao động - Thương binh và Xã hội huyện Mỹ Lộc được giao chủ trì việc gì, phối hợp với phòng nào, và phải hỗ trợ đào tạo cho những đối tượng nào?",
  [("M", "Chủ trì phối hợp với Phòng Giáo dục và Đào tạo và các phòng, ban, ngành liên quan triển khai thực hiện các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động"),
   ("M", "Triển khai các chương trình, dự án, đề án hỗ trợ đào tạo, đào tạo lại cho các đối tượng: lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động.")],
  "Theo mục V.2 kế hoạch Mỹ Lộc: Phòng LĐ-TB&XH chủ trì phối hợp với Phòng Giáo dục và Đào tạo và các phòng, ban, ngành liên quan triển khai các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động; và triển khai các chương trình, dự án, đề án hỗ trợ đào tạo, đào tạo lại cho: lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động.",
  ["đào tạo bổ sung", "Phòng Giáo dục và Đào tạo", "lao động nông thôn", "người khuyết tật", "người hết tuổi lao động"])
q("agency_tasks", "liệt kê tất cả các hội được giao việc trong kế hoạch xây dựng xã hội học tập năm 2024 của Cần Thơ",
  [("C", "d) Đề nghị Hội Liên hiệp Phụ nữ thành phố chỉ đạo các cấp Hội Phụ nữ"),
   ("C", "đ) Đề nghị Hội Cựu chiến binh thành phố, Hội Nông dân thành phố"),
   ("C", "12. Đề nghị Hội Người cao tuổi thành phố"),
   ("C", "13. Đề nghị Hội Khuyến học thành phố")],
  "Kế hoạch Cần Thơ năm 2024 giao việc (dạng \"Đề nghị\") cho năm hội: Hội Liên hiệp Phụ nữ thành phố (V.11.d), Hội Cựu chiến binh thành phố và Hội Nông dân thành phố (V.11.đ), Hội Người cao tuổi thành phố (V.12) và Hội Khuyến học thành phố (V.13). (Liên đoàn Lao động và Đoàn Thanh niên cũng có việc ở V.11 nhưng không phải là hội.)",
  ["Hội Liên hiệp Phụ nữ", "Hội Cựu chiến binh", "Hội Nông dân", "Hội Người cao tuổi", "Hội Khuyến học"])
q("agency_tasks", "Trong kế hoạch Hà Nội, Sở Văn hóa và Thể thao chủ trì biên soạn, số hóa tài liệu học tập đúng không?",
  [("N", "Phối hợp với Sở Giáo dục và Đào tạo tổ chức biên soạn, số hóa tài liệu phục vụ hoạt động tuyên truyền, giáo dục kiến thức cho mọi tầng lớp nhân dân."),
   ("N", "13. Trường Đại học Thủ đô Hà Nội, các trường Cao đẳng trực thuộc Ủy ban nhân dân Thành phố"),
   ("N", "nhân rộng các mô hình học tập suốt đời trong các thiết chế văn hóa cơ sở (thư viện, bảo tàng, nhà văn hóa, câu lạc bộ…)")],
  "Không đúng. Việc biên soạn, số hóa tài liệu là của Trường Đại học Thủ đô Hà Nội và các trường Cao đẳng trực thuộc UBND Thành phố (mục V.13): phối hợp với Sở Giáo dục và Đào tạo tổ chức biên soạn, số hóa tài liệu phục vụ tuyên truyền, giáo dục kiến thức cho mọi tầng lớp nhân dân. Sở Văn hóa và Thể thao (V.4) chủ trì nhân rộng các mô hình học tập suốt đời trong các thiết chế văn hóa cơ sở (thư viện, bảo tàng, nhà văn hóa, câu lạc bộ…) và đào tạo nhân lực làm việc trong các thiết chế đó.",
  ["Trường Đại học Thủ đô Hà Nội", "biên soạn, số hóa tài liệu", "thiết chế văn hóa"])
q("agency_tasks", "Em công tác ở Bộ Chỉ huy Quân sự thành phố Cần Thơ, vừa được phân công theo dõi mảng xã hội học tập. Kế hoạch năm 2024 giao đơn vị em những việc gì ạ?",
  [("C", "Chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện đẩy mạnh tuyên truyền về học tập suốt đời, xây dựng xã hội học tập trong lực lượng vũ trang, cán bộ, chiến sĩ quân đội;"),
   ("C", "b) Chỉ đạo nâng cao trình độ, năng lực ngoại ngữ và tiếng dân tộc thiểu số cho lực lượng vũ trang, cán bộ, chiến sĩ quân đội.")],
  "Mục V.7 giao Bộ Chỉ huy Quân sự thành phố hai việc: a) chủ trì, phối hợp với Sở Giáo dục và Đào tạo, UBND quận, huyện đẩy mạnh tuyên truyền về học tập suốt đời, xây dựng xã hội học tập trong lực lượng vũ trang, cán bộ, chiến sĩ quân đội; b) chỉ đạo nâng cao trình độ, năng lực ngoại ngữ và tiếng dân tộc thiểu số cho lực lượng vũ trang, cán bộ, chiến sĩ quân đội.",
  ["tuyên truyền về học tập suốt đời", "ngoại ngữ và tiếng dân tộc thiểu số"])
q("agency_tasks", "hội lhpn cần thơ nhiệm vụ",
  [("C", "tiếp tục vận động tuyên truyền hội viên, phụ nữ cho con đi học đúng độ tuổi, không để con bỏ học"),
   ("C", "Cuộc vận động “Xây dựng gia đình 5 không 3 sạch” và mô hình xây dựng “Gia đình 5 có, 3 sạch”")],
  "Kế hoạch Cần Thơ (V.11.d) đề nghị Hội Liên hiệp Phụ nữ thành phố chỉ đạo các cấp Hội Phụ nữ tiếp tục vận động tuyên truyền hội viên, phụ nữ cho con đi học đúng độ tuổi, không để con bỏ học, gắn với Cuộc vận động “Xây dựng gia đình 5 không 3 sạch” và mô hình “Gia đình 5 có, 3 sạch”; hỗ trợ tinh thần, vật chất cho gia đình phụ nữ và trẻ em có hoàn cảnh khó khăn được đến trường.",
  ["cho con đi học đúng độ tuổi", "Xây dựng gia đình 5 không 3 sạch"])
q("agency_tasks", "An Lão: Phòng Nội vụ làm gì, còn Phòng Tài chính - Kế hoạch làm gì?",
  [("A", "Chủ trì phối hợp với các phòng, ban, ngành, địa phương tham mưu Ủy ban nhân dân huyện kế hoạch, kinh phí, tổ chức đào tạo, bồi dưỡng cán bộ, công chức, viên chức theo quy định của Chính phủ."),
   ("A", "chính sách bảo vệ cán bộ, miễn trừ trách nhiệm đối với cán bộ tiên phong"),
   ("A", "Phối hợp với các phòng, ban, ngành, đơn vị lập dự toán kinh phí, báo cáo Ủy ban nhân dân huyện cân đối trong nguồn ngân sách")],
  "Phòng Nội vụ (III.2): chủ trì tham mưu UBND huyện kế hoạch, kinh phí, tổ chức đào tạo, bồi dưỡng cán bộ, công chức, viên chức; khảo sát, đánh giá chất lượng đội ngũ, xây dựng khung tiêu chí đánh giá, sàng lọc; nghiên cứu chính sách bảo vệ cán bộ, miễn trừ trách nhiệm đối với cán bộ tiên phong. Phòng Tài chính - Kế hoạch (III.4): phối hợp với các phòng, ban, ngành, đơn vị lập dự toán kinh phí, báo cáo UBND huyện cân đối trong nguồn ngân sách để triển khai phong trào “Học tập suốt đời”.",
  ["đào tạo, bồi dưỡng cán bộ, công chức, viên chức", "miễn trừ trách nhiệm", "lập dự toán kinh phí"])
q("agency_tasks", "Kế hoạch Huế có ghi 'Sở Văn hóa và Thể thao chủ trì triển khai Kế hoạch số 288/KH-UBND ngày 25 tháng 8 năm 2024' không?",
  [("H", "Chủ trì, phối hợp với các sở, ngành, địa phương và các tổ chức liên quan triển khai thực hiện Kế hoạch số 288/KH-UBND ngày 25 tháng 8 năm 2023 của Ủy ban nhân dân thành phố")],
  "Gần đúng nhưng sai năm: mục V.2 ghi Sở Văn hóa và Thể thao chủ trì triển khai thực hiện Kế hoạch số 288/KH-UBND ngày 25 tháng 8 năm 2023 (không phải 2024) của UBND thành phố về Chương trình “Đẩy mạnh các hoạt động phục vụ học tập suốt đời trong thư viện, bảo tàng, trung tâm văn hóa đến năm 2030”.",
  ["288/KH-UBND", "25 tháng 8 năm 2023"])
q("agency_tasks", "Mình là cán bộ Thành đoàn Hà Nội, đang chuẩn bị chương trình công tác năm. Kế hoạch của UBND thành phố giao Đoàn mình chủ trì việc gì, có phần gây quỹ không?",
  [("N", "Chủ trì tổ chức, phối hợp, lồng ghép các hoạt động tuyên truyền về công tác khuyến học, khuyến tài, xây dựng xã hội học tập thông qua các phong trào hành động cách mạng của thanh niên"),
   ("N", "vận động gây quỹ hỗ trợ học sinh, học viên, sinh viên Hà Nội có hoàn cảnh khó khăn tham gia học tập.")],
  "Có. Mục V.15.c giao Đoàn TNCS Hồ Chí Minh thành phố Hà Nội chủ trì tổ chức, phối hợp, lồng ghép các hoạt động tuyên truyền về công tác khuyến học, khuyến tài, xây dựng xã hội học tập thông qua các phong trào hành động cách mạng của thanh niên, phong trào thi đua học tập, nghiên cứu khoa học, lao động sáng tạo; và vận động gây quỹ hỗ trợ học sinh, học viên, sinh viên Hà Nội có hoàn cảnh khó khăn tham gia học tập.",
  ["lồng ghép các hoạt động tuyên truyền", "gây quỹ hỗ trợ học sinh, học viên, sinh viên Hà Nội"])
q("agency_tasks", "Liên đoàn Lao động thành phố Huế phải lập quỹ khuyến học cho công nhân đúng không?",
  [("H", "tổ chức thực hiện Kế hoạch số 147/KH-UBND ngày 17 tháng 4 năm 2023 về việc triển khai thực hiện Chương trình “Đẩy mạnh các hoạt động học tập suốt đời trong công nhân lao động tại các doanh nghiệp đến năm 2030” trên địa bàn thành phố Huế.")],
  "Không, kế hoạch Huế không giao việc lập quỹ khuyến học cho Liên đoàn Lao động. Mục V.8 giao Liên đoàn Lao động thành phố chủ trì, phối hợp tổ chức thực hiện Kế hoạch số 147/KH-UBND ngày 17 tháng 4 năm 2023 về Chương trình “Đẩy mạnh các hoạt động học tập suốt đời trong công nhân lao động tại các doanh nghiệp đến năm 2030”. (Việc vận động thành lập quỹ khuyến học, khuyến tài là của Liên đoàn Lao động trong kế hoạch Hà Nội và Mỹ Lộc.)",
  ["147/KH-UBND", "công nhân lao động tại các doanh nghiệp"])
q("agency_tasks", "UBND xã, thị trấn ở An Lão phải làm những việc gì? kể hết giúp tôi",
  [("A", "xây dựng kế hoạch triển khai phong trào “Học tập suốt đời” gắn với điều kiện thực tế tại địa phương."),
   ("A", "mô hình “Cộng đồng học tập” các cấp tại địa phương."),
   ("A", "Tăng cường nguồn lực đầu tư cho giáo dục, củng cố, nâng cao chất lượng hệ thống trung tâm học tập cộng đồng, thiết chế văn hóa tại cơ sở"),
   ("A", "Chỉ đạo đài phát thanh địa phương, hệ thống thông tin cơ sở đăng tải, tuyên truyền nội dung bài viết của Tổng Bí thư về “Học tập suốt đời”"),
   ("A", "định kỳ báo cáo tình hình thực hiện kế hoạch gửi Phòng Giáo dục và Đào tạo tổng hợp báo cáo Ủy ban nhân dân huyện."),
   ("A", "Tổng hợp dự toán hàng năm, bố trí và phân bổ ngân sách theo kế hoạch")],
  "Mục III.9 có sáu gạch đầu dòng cho UBND xã, thị trấn: (1) triển khai các chương trình, đề án của thành phố, xây dựng kế hoạch triển khai phong trào “Học tập suốt đời” gắn với điều kiện thực tế tại địa phương; (2) đẩy mạnh các mô hình Công dân, Gia đình, Dòng họ học tập, Đơn vị học tập và mô hình “Cộng đồng học tập” các cấp; (3) tăng cường nguồn lực đầu tư cho giáo dục, củng cố hệ thống trung tâm học tập cộng đồng, thiết chế văn hóa tại cơ sở; (4) chỉ đạo đài phát thanh địa phương, hệ thống thông tin cơ sở tuyên truyền bài viết của Tổng Bí thư; (5) kiểm tra, giám sát, định kỳ báo cáo gửi Phòng Giáo dục và Đào tạo tổng hợp; (6) tổng hợp dự toán hàng năm, bố trí và phân bổ ngân sách theo kế hoạch.",
  ["Học tập suốt đời", "Cộng đồng học tập", "trung tâm học tập cộng đồng", "đài phát thanh địa phương", "gửi Phòng Giáo dục và Đào tạo", "Tổng hợp dự toán hàng năm"])
q("agency_tasks", "Sở Nội vụ Cần Thơ có phải mở lớp bồi dưỡng cán bộ theo kế hoạch 2024 không, hay được giao việc khác?",
  [("C", "xây dựng Đề án vị trí việc làm, điều chỉnh vị trí việc làm và cơ cấu viên chức theo chức danh nghề nghiệp trong đơn vị sự nghiệp công lập")],
  "Kế hoạch Cần Thơ không giao Sở Nội vụ mở lớp bồi dưỡng. Mục V.2 giao Sở Nội vụ chủ trì, phối hợp với các cơ quan, đơn vị có liên quan, UBND quận, huyện xây dựng Đề án vị trí việc làm, điều chỉnh vị trí việc làm và cơ cấu viên chức theo chức danh nghề nghiệp trong đơn vị sự nghiệp công lập (tự bảo đảm một phần chi thường xuyên và do ngân sách nhà nước bảo đảm chi thường xuyên).",
  ["Đề án vị trí việc làm", "cơ cấu viên chức"])
q("agency_tasks", "Công an huyện Mỹ Lộc có việc gì trong kế hoạch không, hay chỉ có bên quân sự?",
  [("M", "6. Công an huyện, Bộ Chỉ huy Quân sự huyện"),
   ("M", "Nâng cao trình độ, năng lực ngoại ngữ cho cán bộ toàn lực lượng vũ trang trên địa bàn huyện.")],
  "Có. Mục V.6 (“6. Công an huyện, Bộ Chỉ huy Quân sự huyện”) giao chung cho Công an huyện và Bộ Chỉ huy Quân sự huyện một việc: nâng cao trình độ, năng lực ngoại ngữ cho cán bộ toàn lực lượng vũ trang trên địa bàn huyện.",
  ["Công an huyện, Bộ Chỉ huy Quân sự huyện", "ngoại ngữ", "lực lượng vũ trang"])
q("agency_tasks", "UBND xã, phường ở Huế phải làm gì, báo cáo khi nào, kinh phí lấy từ đâu?",
  [("H", "Chủ động xây dựng và tổ chức triển khai kế hoạch thực hiện tại địa phương nhằm hoàn thành đầy đủ các mục tiêu, chỉ tiêu, nhiệm vụ được giao"),
   ("H", "bảo đảm mỗi xã, phường có ít nhất một trung tâm học tập cộng đồng hoạt động hiệu quả"),
   ("H", "gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026"),
   ("H", "chịu trách nhiệm cân đối, bố trí ngân sách địa phương và huy động các nguồn kinh phí hợp pháp khác")],
  "Làm gì (mục V.9): chủ động xây dựng và triển khai kế hoạch tại địa phương để hoàn thành các mục tiêu, chỉ tiêu được giao; phát triển các mô hình học tập, ngành nghề đào tạo; rà soát, kiện toàn để mỗi xã, phường có ít nhất một trung tâm học tập cộng đồng hoạt động hiệu quả; tổ chức đánh giá, đề nghị công nhận các mô hình học tập. Báo cáo: gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026. Kinh phí: xã, phường chịu trách nhiệm cân đối, bố trí ngân sách địa phương và huy động các nguồn kinh phí hợp pháp khác.",
  ["ít nhất một trung tâm học tập cộng đồng", "Sở Giáo dục và Đào tạo", "15/12/2026", "cân đối, bố trí ngân sách địa phương"])
# ---------------------------------------------------------------- target
q("target", "liệt kê tất cả chỉ tiêu năm 2025 về năng lực cơ bản và trình độ của người dân trong kế hoạch Hà Nội",
  [("N", "- 75-80% lao động được qua đào tạo, trong đó lao động có bằng cấp, chứng chỉ đạt 55-60%."),
   ("N", "- 50% số người trong độ tuổi lao động được trang bị năng lực thông tin."),
   ("N", "- 50% số người trong độ tuổi lao động được trang bị kỹ năng sống."),
   ("N", "- 50% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật. Trong đó, 12% dân số có trình độ đại học trở lên."),
   ("N", "- 100% cán bộ chuyên trách về an toàn thông tin, công nghệ thông tin trong các cơ quan nhà nước thuộc Thành phố được đào tạo về kiến thức, kỹ năng, kỹ thuật an toàn thông tin mạng"),
   ("N", "- 100% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng, phổ cập kỹ năng số cơ bản; 50% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng kỹ năng phân tích, khai thác dữ liệu và công nghệ số.")],
  "Mục II.2.1.b (đến năm 2025) có sáu chỉ tiêu: 75-80% lao động được qua đào tạo, trong đó lao động có bằng cấp, chứng chỉ đạt 55-60%; 50% số người trong độ tuổi lao động được trang bị năng lực thông tin; 50% được trang bị kỹ năng sống; 50% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó 12% có trình độ đại học trở lên; 100% cán bộ chuyên trách về an toàn thông tin, công nghệ thông tin được đào tạo về an toàn thông tin mạng; 100% cán bộ, công chức, viên chức được phổ cập kỹ năng số cơ bản và 50% được bồi dưỡng kỹ năng phân tích, khai thác dữ liệu và công nghệ số.",
  ["75-80%", "55-60%", "năng lực thông tin", "kỹ năng sống", "12%", "an toàn thông tin", "kỹ năng số cơ bản", "phân tích, khai thác dữ liệu"])
q("target", "chỉ tiêu công dân học tập huế 2026",
  [("H", "- 40% công dân đạt danh hiệu công dân học tập.")],
  "Kế hoạch Huế năm 2026 (mục II.4) đặt chỉ tiêu 40% công dân đạt danh hiệu công dân học tập.",
  ["40%"])
q("target", "Kế hoạch Cần Thơ có ghi 'phấn đấu 66% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 2' không?",
  [("C", "- 100% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 2; phần đầu có 66% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3.")],
  "Không đúng như vậy. Kế hoạch Cần Thơ năm 2024 ghi 100% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 2; còn con số 66% là cho mức độ 3 (“phần đầu có 66% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3”, chữ “phần đầu” như văn bản in).",
  ["100%", "mức độ 2", "66%", "mức độ 3"])
q("target", "Tôi ở Phòng GD&ĐT huyện Mỹ Lộc, đang làm báo cáo sơ kết Đề án năm 2025 nên cần đối chiếu chỉ tiêu. Kế hoạch của huyện đặt chỉ tiêu năm 2025 cho các cơ sở giáo dục là bao nhiêu?",
  [("M", "+ 60% các cơ sở giáo dục phổ thông, cơ sở giáo dục thường xuyên, cơ sở giáo dục nghề nghiệp và các cơ sở giáo dục khác triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường số."),
   ("M", "+ 70% các Trung tâm Học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục.")],
  "Mục tiêu đến năm 2025 về hiệu quả hoạt động của các cơ sở giáo dục, cơ sở giáo dục nghề nghiệp: 60% các cơ sở giáo dục phổ thông, thường xuyên, nghề nghiệp và các cơ sở giáo dục khác triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường số; 70% các Trung tâm Học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục.",
  ["60%", "môi trường số", "70%", "Trung tâm Học tập cộng đồng"])
q("target", "Hà Nội: tỷ lệ người 15-60 tuổi biết chữ năm 2025 và năm 2030 là bao nhiêu, còn tỷ lệ người mới biết chữ không tái mù?",
  [("N", "- Duy trì 99,5% trở lên người trong độ tuổi 15-60 biết chữ."),
   ("N", "- 95% số người mới biết chữ tiếp tục học tập và không tái mù chữ."),
   ("N", "- 99,6% người trong độ tuổi 15-60 biết chữ."),
   ("N", "- 96% số người mới biết chữ tiếp tục học tập và không tái mù chữ.")],
  "Đến năm 2025: duy trì 99,5% trở lên người trong độ tuổi 15-60 biết chữ; 95% số người mới biết chữ tiếp tục học tập và không tái mù chữ. Đến năm 2030: 99,6% người trong độ tuổi 15-60 biết chữ; 96% số người mới biết chữ tiếp tục học tập và không tái mù chữ.",
  ["99,5%", "99,6%", "95%", "96%"])
q("target", "Huế năm 2026 đặt 90% người trong độ tuổi lao động có kỹ năng sống phải không?",
  [("H", "- 80% số người trong độ tuổi lao động được trang bị kỹ năng sống."),
   ("H", "- 87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin.")],
  "Không phải 90%. Kế hoạch Huế năm 2026 đặt 80% số người trong độ tuổi lao động được trang bị kỹ năng sống (con số gần đó là 87%, nhưng đó là chỉ tiêu năng lực công nghệ thông tin).",
  ["80%", "kỹ năng sống", "87%"])
q("target", "Kế hoạch Huế 2026 có mấy chỉ tiêu đặt mức 100%, là những chỉ tiêu nào?",
  [("H", "- 100% các trường đại học, cao đẳng có triển khai đại học số và xây dựng học liệu số."),
   ("H", "- 100% các cơ sở giáo dục phổ thông, cơ sở giáo dục thường xuyên, cơ sở giáo dục nghề nghiệp và các cơ sở giáo dục khác triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường số."),
   ("H", "- 100% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục."),
   ("H", "- 100% xã, phường đạt “Cộng đồng học tập” cấp xã mức độ 1.")],
  "Bốn chỉ tiêu ở mức 100%: ba chỉ tiêu về hiệu quả hoạt động của các cơ sở giáo dục (100% các trường đại học, cao đẳng triển khai đại học số và xây dựng học liệu số; 100% các cơ sở giáo dục phổ thông, thường xuyên, nghề nghiệp và khác triển khai quản lý, giảng dạy và học tập trên môi trường số; 100% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin) và một chỉ tiêu mô hình học tập (100% xã, phường đạt “Cộng đồng học tập” cấp xã mức độ 1).",
  ["đại học số", "môi trường số", "trung tâm học tập cộng đồng", "Cộng đồng học tập"])
q("target", "ct 2024 đơn vị học tập tỷ lệ",
  [("C", "+ Phần đầu đạt tỷ lệ 55,55% đơn vị được đánh giá, công nhận theo mức độ “Đơn vị học tập” cấp huyện, cấp thành phố;")],
  "Kế hoạch Cần Thơ năm 2024 phấn đấu (văn bản in “Phần đầu”) đạt tỷ lệ 55,55% đơn vị được đánh giá, công nhận theo mức độ “Đơn vị học tập” cấp huyện, cấp thành phố.",
  ["55,55%"])
q("target", "kể hết chỉ tiêu năm 2030 của Mỹ Lộc về năng lực cơ bản và trình độ của người dân",
  [("M", "+ 70% người trong độ tuổi lao động được trang bị năng lực thông tin."),
   ("M", "+ 80% người trong độ tuổi lao động được trang bị kỹ năng sống."),
   ("M", "+ 70% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó 15% dân số có trình độ đại học trở lên.")],
  "Mục tiêu đến năm 2030 (II.2.b) có ba chỉ tiêu: 70% người trong độ tuổi lao động được trang bị năng lực thông tin; 80% được trang bị kỹ năng sống; 70% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó 15% có trình độ đại học trở lên.",
  ["70%", "năng lực thông tin", "80%", "kỹ năng sống", "15%"])
q("target", "Hà Nội đặt mục tiêu trường công lập đạt chuẩn quốc gia thế nào ở hai mốc của kế hoạch?",
  [("N", "- 80-85% trường công lập đạt chuẩn quốc gia;"),
   ("N", "- 85-90% trường công lập đạt chuẩn quốc gia.")],
  "Đến năm 2025: 80-85% trường công lập đạt chuẩn quốc gia; đến năm 2030: 85-90% trường công lập đạt chuẩn quốc gia.",
  ["80-85%", "85-90%"])
q("target", "Huế năm 2026 cần có bao nhiêu đơn vị được công nhận Đơn vị học tập cấp tỉnh, trong đó bao nhiêu đạt mức độ 2?",
  [("H", "- Có ít nhất 15 đơn vị được công nhận “Đơn vị học tập” cấp tỉnh mức độ 1, trong đó có ít nhất 05 đơn vị đạt mức độ 2.")],
  "Có ít nhất 15 đơn vị được công nhận “Đơn vị học tập” cấp tỉnh mức độ 1, trong đó có ít nhất 05 đơn vị đạt mức độ 2.",
  ["ít nhất 15 đơn vị", "ít nhất 05 đơn vị"])
q("target", "Kế hoạch Hà Nội ghi '80% gia đình, dòng họ, cộng đồng đạt danh hiệu học tập vào năm 2025' đúng không?",
  [("N", "- 60% gia đình, dòng họ, cộng đồng đạt danh hiệu gia đình, dòng họ, cộng đồng học tập."),
   ("N", "- 80% gia đình, dòng họ, cộng đồng đạt danh hiệu gia đình, dòng họ, cộng đồng học tập.")],
  "Nhầm mốc: năm 2025 kế hoạch Hà Nội đặt 60% gia đình, dòng họ, cộng đồng đạt danh hiệu gia đình, dòng họ, cộng đồng học tập; con số 80% là mục tiêu đến năm 2030.",
  ["60%", "80%"])
q("target", "Tại sao kế hoạch Huế năm 2026 không có chỉ tiêu xóa mù chữ, phổ cập giáo dục?",
  [("H", "1. Xóa mù chữ và phổ cập giáo dục (có kế hoạch riêng).")],
  "Kế hoạch vẫn có mục này nhưng không nêu số: mục II.1 ghi “Xóa mù chữ và phổ cập giáo dục (có kế hoạch riêng)”, tức các chỉ tiêu xóa mù chữ, phổ cập giáo dục nằm trong một kế hoạch riêng.",
  ["có kế hoạch riêng"])
# ---------------------------------------------------------------- deadline
q("deadline", "hạn báo cáo hà nội",
  [("N", "định kỳ hàng năm tổng hợp kết quả, báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo để tổng hợp).")],
  "Kế hoạch Hà Nội yêu cầu các Sở, ngành, đơn vị, UBND quận, huyện, thị xã định kỳ hàng năm tổng hợp kết quả, báo cáo UBND Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo để tổng hợp).",
  ["01 tháng 12", "Sở Giáo dục và Đào tạo"])
q("deadline", "Ở Mỹ Lộc, UBND xã gửi báo cáo trước ngày nào, còn Phòng GD&ĐT báo cáo UBND huyện trước ngày nào?",
  [("M", "d) Kiểm tra, giám sát và định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo"),
   ("M", "e) Tổ chức kiểm tra, giám sát và đánh giá, tổng hợp, báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm")],
  "UBND các xã, thị trấn gửi báo cáo về Phòng Giáo dục và Đào tạo trước ngày 10 tháng 12 hằng năm (V.11.d); Phòng Giáo dục và Đào tạo tổng hợp, báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm (V.1.e).",
  ["10 tháng 12", "15 tháng 12"])
q("deadline", "Tôi là công chức văn hóa - xã hội của một phường ở Huế, mới nhận nhiệm vụ theo dõi xã hội học tập. Phường tôi phải gửi báo cáo kết quả năm 2026 cho cơ quan nào và hạn chót là khi nào?",
  [("H", "định kỳ tổng hợp, gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026 để tổng hợp, báo cáo Ủy ban nhân dân thành phố theo quy định.")],
  "Theo mục V.9, UBND các xã, phường định kỳ tổng hợp, gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026 để Sở tổng hợp, báo cáo UBND thành phố.",
  ["Sở Giáo dục và Đào tạo", "15/12/2026"])
q("deadline", "Huế yêu cầu mỗi xã, phường có trung tâm học tập cộng đồng, hoàn thành trước Quý III năm 2026 đúng không?",
  [("H", "bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn thành trong Quý II năm 2026.")],
  "Không phải Quý III. Mục III.5 yêu cầu rà soát, củng cố, kiện toàn hệ thống trung tâm học tập cộng đồng, bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn thành trong Quý II năm 2026.",
  ["Quý II năm 2026", "ít nhất một trung tâm"])
q("deadline", "Khi nào huyện Mỹ Lộc sơ kết và tổng kết Đề án?",
  [("M", "tham mưu UBND huyện tổ chức sơ kết Đề án vào năm 2025, tổng kết vào năm 2030")],
  "Phòng Giáo dục và Đào tạo tham mưu UBND huyện tổ chức sơ kết Đề án vào năm 2025, tổng kết vào năm 2030 (mục V.1.e).",
  ["năm 2025", "năm 2030"])
q("deadline", "báo cáo kiểm tra giám sát mỹ lộc 30/11 gửi đâu",
  [("M", "trước ngày 30 tháng 11 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo - Thường trực Ban chỉ đạo xây dựng xã hội học tập huyện")],
  "Theo mục III.8, báo cáo tình hình, kết quả thực hiện Kế hoạch gửi trước ngày 30 tháng 11 hằng năm về Phòng Giáo dục và Đào tạo - Thường trực Ban chỉ đạo xây dựng xã hội học tập huyện để tổng hợp, báo cáo.",
  ["30 tháng 11", "Phòng Giáo dục và Đào tạo"])
q("deadline", "An Lão có đặt ngày cụ thể để báo cáo kết quả phong trào không, hay báo cáo theo kỳ nào?",
  [("A", "Chủ trì tổng hợp kết quả thực hiện phong trào “Học tập suốt đời’, lồng ghép với kết quả xây dựng xã hội học tập trên địa bàn huyện, hằng năm."),
   ("A", "định kỳ báo cáo tình hình thực hiện kế hoạch gửi Phòng Giáo dục và Đào tạo"),
   ("A", "báo cáo kết quả thực hiện phong trào theo yêu cầu.")],
  "Kế hoạch An Lão không nêu ngày cụ thể. Phòng Giáo dục và Đào tạo chủ trì tổng hợp kết quả phong trào hằng năm (III.1); UBND xã, thị trấn định kỳ báo cáo gửi Phòng Giáo dục và Đào tạo (III.9); các phòng, ban, ngành huyện báo cáo kết quả thực hiện phong trào theo yêu cầu (III.8).",
  ["hằng năm", "định kỳ", "theo yêu cầu"])
q("deadline", "Cần Thơ tổ chức Tuần lễ hưởng ứng học tập suốt đời bao lâu một lần?",
  [("C", "b) Hàng năm, tổ chức hiệu quả Tuần lễ hưởng ứng học tập suốt đời, Ngày sách và văn hóa đọc Việt Nam;")],
  "Hàng năm: mục III.1.b ghi “Hàng năm, tổ chức hiệu quả Tuần lễ hưởng ứng học tập suốt đời, Ngày sách và văn hóa đọc Việt Nam”.",
  ["Hàng năm"])
# ---------------------------------------------------------------- funding
q("funding", "kinh phí mỹ lộc",
  [("M", "1. Kinh phí thực hiện Kế hoạch từ nguồn ngân sách nhà nước theo phân cấp ngân sách nhà nước hiện hành."),
   ("M", "2. Huy động từ các nguồn tài trợ, đóng góp của các tổ chức, doanh nghiệp và các nguồn tài trợ hợp pháp khác.")],
  "Mục IV kế hoạch Mỹ Lộc: kinh phí từ nguồn ngân sách nhà nước theo phân cấp ngân sách nhà nước hiện hành (hằng năm các sở, ngành, địa phương xây dựng kế hoạch và dự toán kinh phí); và huy động từ các nguồn tài trợ, đóng góp của các tổ chức, doanh nghiệp và các nguồn tài trợ hợp pháp khác.",
  ["ngân sách nhà nước", "nguồn tài trợ"])
q("funding", "Huế: kinh phí lấy từ đâu, quản lý theo nghị quyết nào, và cơ quan nào tham mưu bố trí?",
  [("H", "Kinh phí thực hiện Kế hoạch được bảo đảm từ nguồn ngân sách nhà nước theo phân cấp ngân sách hiện hành và các nguồn kinh phí hợp pháp khác."),
   ("H", "Nghị quyết số 16/2025/NQ-HĐND ngày 16 tháng 7 năm 2025 của Hội đồng nhân dân thành phố"),
   ("H", "4. Sở Tài chính Trên cơ sở đề nghị của các cơ quan, đơn vị liên quan và khả năng cân đối ngân sách, tham mưu Ủy ban nhân dân thành phố bố trí kinh phí")],
  "Nguồn: ngân sách nhà nước theo phân cấp ngân sách hiện hành và các nguồn kinh phí hợp pháp khác (kèm huy động tài trợ, đóng góp hợp pháp). Quản lý, sử dụng theo Nghị quyết số 16/2025/NQ-HĐND ngày 16 tháng 7 năm 2025 của HĐND thành phố. Sở Tài chính, trên cơ sở đề nghị của các cơ quan và khả năng cân đối ngân sách, tham mưu UBND thành phố bố trí kinh phí.",
  ["ngân sách nhà nước", "16/2025/NQ-HĐND", "Sở Tài chính"])
q("funding", "Tôi là kế toán UBND một thị trấn thuộc huyện An Lão. Theo kế hoạch của huyện, xã, thị trấn chúng tôi phải làm gì về ngân sách cho phong trào học tập suốt đời?",
  [("A", "Tổng hợp dự toán hàng năm, bố trí và phân bổ ngân sách theo kế hoạch cho công tác khuyến học, khuyến tài, xây dựng xã hội học tập và học tập suốt đời tại địa phương.")],
  "Mục III.9 giao UBND xã, thị trấn: tổng hợp dự toán hàng năm, bố trí và phân bổ ngân sách theo kế hoạch cho công tác khuyến học, khuyến tài, xây dựng xã hội học tập và học tập suốt đời tại địa phương.",
  ["Tổng hợp dự toán hàng năm", "phân bổ ngân sách"])
q("funding", "Cần Thơ giao Sở Tài chính bố trí kinh phí trong dự toán hàng năm đúng không?",
  [("C", "rà soát, hoàn thiện các chính sách để tăng cường huy động và đa dạng hóa các nguồn lực xã hội"),
   ("C", "các sở, ban ngành, đoàn thể có liên quan và Ủy ban nhân dân quận, huyện xây dựng kế hoạch và dự toán kinh phí thực hiện")],
  "Không. Kế hoạch Cần Thơ giao Sở Tài chính (V.6) chủ trì, phối hợp với Sở GD&ĐT, UBND quận, huyện rà soát, hoàn thiện các chính sách để tăng cường huy động và đa dạng hóa các nguồn lực xã hội. Việc lập dự toán thuộc về các sở, ban ngành, đoàn thể có liên quan và UBND quận, huyện: xây dựng kế hoạch và dự toán kinh phí thực hiện, tổng hợp trong dự toán ngân sách hàng năm của đơn vị (mục IV).",
  ["đa dạng hóa các nguồn lực xã hội", "dự toán kinh phí"])
q("funding", "Tiền thực hiện kế hoạch Hà Nội nằm trong dự toán của ai, Sở Tài chính lo phần nào?",
  [("N", "Được đảm bảo trong dự toán chi ngân sách nhà nước hàng năm của các đơn vị theo phân cấp ngân sách hiện hành"),
   ("N", "- Đảm bảo kinh phí trong dự toán ngân sách hàng năm (theo phân cấp) để thực hiện Kế hoạch theo quy định của Luật Ngân sách Nhà nước.")],
  "Mục IV: kinh phí được đảm bảo trong dự toán chi ngân sách nhà nước hàng năm của các đơn vị theo phân cấp ngân sách hiện hành, cùng nguồn tài trợ, đóng góp hợp pháp. Sở Tài chính (V.6) đảm bảo kinh phí trong dự toán ngân sách hàng năm (theo phân cấp) theo Luật Ngân sách Nhà nước, hướng dẫn cơ chế tài chính và phối hợp hoàn thiện chính sách huy động nguồn lực xã hội.",
  ["dự toán chi ngân sách nhà nước hàng năm của các đơn vị", "Đảm bảo kinh phí"])
q("funding", "UBND xã ở Mỹ Lộc có phải tự cân đối ngân sách cho kế hoạch không?",
  [("M", "b) Cân đối, bố trí ngân sách địa phương và huy động các nguồn kinh phí hợp pháp khác để đảm bảo cho việc triển khai thực hiện các mục tiêu, chỉ tiêu, nhiệm vụ trong Kế hoạch.")],
  "Có. Mục V.11.b giao UBND các xã, thị trấn cân đối, bố trí ngân sách địa phương và huy động các nguồn kinh phí hợp pháp khác để đảm bảo thực hiện các mục tiêu, chỉ tiêu, nhiệm vụ trong Kế hoạch.",
  ["Cân đối, bố trí ngân sách địa phương"])
q("funding", "Kinh phí kế hoạch An Lão lấy từ mấy nguồn?",
  [("A", "Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách nhà nước theo quy định, nguồn thu hợp pháp của các cơ quan, đơn vị và huy động từ các nguồn xã hội hóa.")],
  "Ba nguồn (mục IV): ngân sách nhà nước theo quy định; nguồn thu hợp pháp của các cơ quan, đơn vị; và huy động từ các nguồn xã hội hóa.",
  ["ngân sách nhà nước", "nguồn thu hợp pháp", "xã hội hóa"])
# ---------------------------------------------------------------- legal_basis
q("legal_basis", "căn cứ ban hành kế hoạch mỹ lộc",
  [("M", "Thực hiện Kế hoạch số 145/KH- UBND ngày 23/12//2021 của UBND tỉnh Nam Định")],
  "Kế hoạch Mỹ Lộc được ban hành để thực hiện Kế hoạch số 145/KH-UBND ngày 23/12/2021 (in là “145/KH- UBND ngày 23/12//2021”) của UBND tỉnh Nam Định về thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030” trên địa bàn tỉnh.",
  ["145", "Nam Định"])
q("legal_basis", "Kế hoạch An Lão thực hiện Kế hoạch số 108/KH-UBND ngày 16/5/2025 của Hải Phòng phải không?",
  [("A", "Thực hiện Kế hoạch số 108 /KH-UBND ngày 06/5/2025 của Ủy ban nhân dân thành phố Hải Phòng")],
  "Đúng số nhưng sai ngày: kế hoạch An Lão thực hiện Kế hoạch số 108/KH-UBND ngày 06/5/2025 của UBND thành phố Hải Phòng (không phải 16/5/2025) về triển khai phong trào “Học tập suốt đời”.",
  ["108", "06/5/2025"])
q("legal_basis", "Tôi đang soạn tờ trình nên cần trích đúng căn cứ. Kế hoạch xây dựng xã hội học tập năm 2024 của Cần Thơ căn cứ những văn bản nào, số và ngày ra sao?",
  [("C", "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ"),
   ("C", "Kế hoạch 215/KH-UBND ngày 28 tháng 10 năm 2021 của Ủy ban nhân dân thành phố Cần Thơ")],
  "Hai căn cứ: Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”; và Kế hoạch 215/KH-UBND ngày 28 tháng 10 năm 2021 của UBND thành phố Cần Thơ triển khai Đề án trên địa bàn thành phố.",
  ["1373/QĐ-TTg", "30 tháng 7 năm 2021", "215/KH-UBND", "28 tháng 10 năm 2021"])
q("legal_basis", "Kế hoạch Hà Nội triển khai nghị quyết nào của Thành ủy, nghị quyết đó ngày nào?",
  [("N", "Thực hiện Nghị quyết số 23-NQ/TU ngày 16/11/2023 của Thành ủy Hà Nội")],
  "Kế hoạch triển khai Nghị quyết số 23-NQ/TU ngày 16/11/2023 của Thành ủy Hà Nội về tăng cường sự lãnh đạo của Đảng đối với công tác khuyến học, khuyến tài, xây dựng xã hội học tập từ nay đến năm 2030, tầm nhìn đến năm 2045.",
  ["23-NQ/TU", "16/11/2023"])
q("legal_basis", "Huế công nhận Đơn vị học tập và Cộng đồng học tập theo thông tư nào?",
  [("H", "Thông tư số 24/2023/TT-BGDĐT ngày 11 tháng 12 năm 2023 của Bộ Giáo dục và Đào tạo quy định về đánh giá, công nhận “Đơn vị học tập” cấp huyện, cấp tỉnh"),
   ("H", "Thông tư số 25/2023/TT-BGDĐT ngày 27/12/2023 quy định về đánh giá, công nhận “Cộng đồng học tập” cấp xã, cấp huyện, cấp tỉnh")],
  "Mục III.5: “Đơn vị học tập” theo Thông tư số 24/2023/TT-BGDĐT ngày 11 tháng 12 năm 2023 của Bộ GD&ĐT; “Cộng đồng học tập” theo Thông tư số 25/2023/TT-BGDĐT ngày 27/12/2023.",
  ["24/2023/TT-BGDĐT", "25/2023/TT-BGDĐT"])
q("legal_basis", "Nghị quyết 57 mà kế hoạch An Lão nhắc tới là của ai, ngày nào, về việc gì, và gắn với quyết định nào của Thủ tướng?",
  [("A", "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia"),
   ("A", "Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ")],
  "Mục II.3: Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; gắn với Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ (Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử).",
  ["57-NQ/TW", "22/12/2024", "khoa học, công nghệ", "06/QĐ-TTg"])
# ---------------------------------------------------------------- purpose (why / how)
q("purpose", "Tại sao thành phố Huế phải ban hành kế hoạch thực hiện Đề án xây dựng xã hội học tập năm 2026? Kế hoạch nêu mục đích gì?",
  [("H", "Tiếp tục triển khai thực hiện có hiệu quả các chủ trương của Đảng, chính sách, pháp luật của Nhà nước về xây dựng xã hội học tập, thúc đẩy học tập suốt đời, học tập thường xuyên trong toàn xã hội."),
   ("H", "đẩy mạnh việc triển khai, nhân rộng các mô hình học tập phù hợp với yêu cầu phát triển của nền kinh tế số, xã hội số."),
   ("H", "góp phần nâng cao chất lượng nguồn nhân lực và chất lượng cuộc sống của Nhân dân.")],
  "Mục I.1 nêu ba mục đích: tiếp tục triển khai có hiệu quả chủ trương của Đảng, chính sách, pháp luật của Nhà nước về xây dựng xã hội học tập, thúc đẩy học tập suốt đời, học tập thường xuyên; nâng cao nhận thức, trách nhiệm của các cấp, các ngành và mỗi công dân, nhân rộng các mô hình học tập phù hợp với yêu cầu phát triển của nền kinh tế số, xã hội số; duy trì, nâng cao chất lượng các mô hình học tập, góp phần nâng cao chất lượng nguồn nhân lực và chất lượng cuộc sống của Nhân dân.",
  ["học tập suốt đời", "kinh tế số, xã hội số", "chất lượng nguồn nhân lực"])
q("purpose", "Vì sao huyện An Lão phát động phong trào Học tập suốt đời, kế hoạch muốn việc tự học trở thành cái gì?",
  [("A", "dần thúc đẩy việc “tự học” trở thành nhu cầu tự thân của mỗi người dân"),
   ("A", "phát triển con người xã hội chủ nghĩa gắn với xây dựng chủ nghĩa xã hội.")],
  "Theo mục I.1, kế hoạch nhằm tạo chuyển biến trong nhận thức và hành động về học tập suốt đời, dần thúc đẩy việc “tự học” trở thành nhu cầu tự thân của mỗi người dân; xây dựng môi trường khuyến khích mọi tầng lớp nhân dân học tập, phát triển nguồn nhân lực chất lượng cao, phát triển con người xã hội chủ nghĩa gắn với xây dựng chủ nghĩa xã hội.",
  ["nhu cầu tự thân", "con người xã hội chủ nghĩa"])
q("purpose", "Ban Chỉ đạo Cần Thơ ra kế hoạch năm 2024 nhằm mục đích gì?",
  [("C", "Tổ chức triển khai thực hiện hiệu quả, đúng tiến độ các nhiệm vụ được giao tại Quyết định số 1373/QĐ-TTg"),
   ("C", "xây dựng cơ chế phối hợp giữa các cấp, các ngành, các tổ chức, doanh nghiệp")],
  "Mục I.1: tổ chức triển khai thực hiện hiệu quả, đúng tiến độ các nhiệm vụ được giao tại Quyết định số 1373/QĐ-TTg, phù hợp với kế hoạch phát triển kinh tế xã hội của thành phố; củng cố bộ phận chỉ đạo xây dựng xã hội học tập các cấp; xây dựng cơ chế phối hợp giữa các cấp, các ngành, các tổ chức, doanh nghiệp.",
  ["đúng tiến độ", "1373/QĐ-TTg", "cơ chế phối hợp"])
q("purpose", "Kế hoạch Mỹ Lộc yêu cầu triển khai như thế nào?",
  [("M", "a) Tổ chức triển khai toàn diện, đồng bộ các giải pháp"),
   ("M", "b) Kế hoạch phải đảm bảo tính thiết thực, hiệu quả, đúng mục đích, phù hợp, linh hoạt, sáng tạo"),
   ("M", "c) Cần phải có sự phối hợp tích cực, đồng bộ, thống nhất, chặt chẽ giữa các ngành, các cấp, đoàn thể")],
  "Mục I.2 (Yêu cầu): a) tổ chức triển khai toàn diện, đồng bộ các giải pháp để nâng cao chất lượng, hiệu quả thực hiện Đề án; b) bảo đảm tính thiết thực, hiệu quả, đúng mục đích, phù hợp, linh hoạt, sáng tạo với điều kiện thực tế; c) có sự phối hợp tích cực, đồng bộ, thống nhất, chặt chẽ giữa các ngành, các cấp, đoàn thể.",
  ["toàn diện, đồng bộ", "thiết thực, hiệu quả", "phối hợp tích cực"])
q("purpose", "Vì sao Hà Nội phải nâng cao chất lượng công tác khuyến học, xây dựng xã hội học tập? Kế hoạch nói nhằm đáp ứng điều gì?",
  [("N", "Đáp ứng nhu cầu học tập ngày càng cao của nhân dân Thủ đô, góp phần nâng cao nguồn nhân lực chất lượng cao phục vụ công nghiệp hóa, hiện đại hóa của Thủ đô và đất nước.")],
  "Mục tiêu tổng quát của kế hoạch Hà Nội nêu: đáp ứng nhu cầu học tập ngày càng cao của nhân dân Thủ đô, góp phần nâng cao nguồn nhân lực chất lượng cao phục vụ công nghiệp hóa, hiện đại hóa của Thủ đô và đất nước (và phấn đấu gia nhập mạng lưới “Thành phố học tập” sớm nhất).",
  ["nhu cầu học tập ngày càng cao", "công nghiệp hóa, hiện đại hóa"])
q("purpose", "Tại sao kế hoạch Mỹ Lộc đẩy mạnh đào tạo vừa làm vừa học, đào tạo từ xa ở các cơ sở giáo dục nghề nghiệp?",
  [("M", "Đẩy mạnh các hình thức đào tạo vừa làm vừa học, đào tạo từ xa, tự học có hướng dẫn để giúp người lao động, đặc biệt là lao động nông thôn, người khuyết tật, người nội trợ, người cao tuổi dễ dàng tiếp cận với giáo dục nghề nghiệp để nâng cao kỹ năng nghề nghiệp.")],
  "Mục III.4.a nêu lý do: để giúp người lao động, đặc biệt là lao động nông thôn, người khuyết tật, người nội trợ, người cao tuổi dễ dàng tiếp cận với giáo dục nghề nghiệp để nâng cao kỹ năng nghề nghiệp.",
  ["lao động nông thôn", "dễ dàng tiếp cận với giáo dục nghề nghiệp"])
# ---------------------------------------------------------------- task_section (locate / count)
q("task_section", "Nội dung về hợp tác quốc tế nằm ở mục nào của kế hoạch Mỹ Lộc?",
  [("M", "7. Tăng cường hợp tác quốc tế trong lĩnh vực học tập suốt đời, xây dựng xã hội học tập và phát triển công nghệ đào tạo mở và từ xa"),
   ("M", "d) Tham gia các hoạt động hợp tác quốc tế trong lĩnh vực học tập suốt đời (nếu có).")],
  "Chủ yếu ở mục III, đề mục “7. Tăng cường hợp tác quốc tế trong lĩnh vực học tập suốt đời, xây dựng xã hội học tập và phát triển công nghệ đào tạo mở và từ xa” (các ý a–đ, gồm mạng lưới UNESCO và SEAMEO CELLL); ngoài ra mục V.1.d giao Phòng Giáo dục và Đào tạo tham gia các hoạt động hợp tác quốc tế trong lĩnh vực học tập suốt đời (nếu có).",
  ["7. Tăng cường hợp tác quốc tế", "(nếu có)"])
q("task_section", "Mục III của kế hoạch Huế có bao nhiêu nhóm nhiệm vụ, nhóm cuối là gì?",
  [("H", "III. NHIỆM VỤ VÀ GIẢI PHÁP"),
   ("H", "7. Tăng cường công tác kiểm tra, giám sát và sơ kết việc thực hiện Đề án")],
  "Mục “III. NHIỆM VỤ VÀ GIẢI PHÁP” có 7 nhóm đánh số 1–7; nhóm cuối (7) là “Tăng cường công tác kiểm tra, giám sát và sơ kết việc thực hiện Đề án”.",
  ["III. NHIỆM VỤ VÀ GIẢI PHÁP", "kiểm tra, giám sát và sơ kết"])
q("task_section", "Phần II của kế hoạch An Lão có mấy nội dung, có nội dung nào bị lặp lại không?",
  [("A", "II. NỘI DUNG, GIẢI PHÁP"),
   ("A", "4. Tiếp tục rà soát, sắp xếp mạng lưới các cơ sở giáo dục, đào tạo, gắn với cuộc cách mạng về sắp xếp tổ chức bộ máy"),
   ("A", "5. Tiếp tục rà soát, sắp xếp mạng lưới các cơ sở giáo dục, đào tạo, gắn với cuộc cách mạng về sắp xếp tổ chức bộ máy"),
   ("A", "9. Thúc đẩy giao lưu, hợp tác quốc tế về giáo dục")],
  "Phần “II. NỘI DUNG, GIẢI PHÁP” có 9 nội dung đánh số 1–9 (nội dung cuối là “9. Thúc đẩy giao lưu, hợp tác quốc tế về giáo dục”). Nội dung 4 và 5 trùng nhau nguyên văn: “4. Tiếp tục rà soát, sắp xếp mạng lưới các cơ sở giáo dục, đào tạo…” và “5. Tiếp tục rà soát, sắp xếp mạng lưới các cơ sở giáo dục, đào tạo…”, cùng gắn với cuộc cách mạng về sắp xếp tổ chức bộ máy tinh - gọn - mạnh.",
  ["II. NỘI DUNG, GIẢI PHÁP", "4. Tiếp tục rà soát, sắp xếp mạng lưới", "5. Tiếp tục rà soát, sắp xếp mạng lưới", "9. Thúc đẩy giao lưu, hợp tác quốc tế"])
q("task_section", "Mục V (Tổ chức thực hiện) của kế hoạch Hà Nội có bao nhiêu đầu mục được giao việc, mục cuối cùng là của ai?",
  [("N", "V. TỔ CHỨC THỰC HIỆN"),
   ("N", "16. Ủy ban nhân dân quận, huyện, thị xã")],
  "Mục “V. TỔ CHỨC THỰC HIỆN” có 16 đầu mục đánh số 1–16 (từ 1. Sở Giáo dục và Đào tạo đến 16. Ủy ban nhân dân quận, huyện, thị xã); một số đầu mục gộp nhiều cơ quan (như 8. Lực lượng vũ trang Thành phố, 15. các tổ chức chính trị - xã hội a–e).",
  ["V. TỔ CHỨC THỰC HIỆN", "16. Ủy ban nhân dân quận, huyện, thị xã"])
q("task_section", "kế hoạch Mỹ Lộc giao việc cho bao nhiêu đoàn thể, tổ chức xã hội ở mục 9? kể tên",
  [("M", "9. Đề nghị Ủy ban Mặt trận Tổ quốc huyện, các đoàn thể nhân dân và các tổ chức xã hội"),
   ("M", "b) Hội Khuyến học huyện"),
   ("M", "c) Đoàn TNCS Hồ Chí Minh huyện"),
   ("M", "d) Liên đoàn Lao động huyện"),
   ("M", "e) Hội Liên hiệp Phụ nữ huyện"),
   ("M", "g) Hội Cựu chiến binh huyện, Hội Nông dân huyện, Hội Người cao tuổi huyện, Hội Cựu giáo chức huyện")],
  "Mục V.9 có 6 ý (a, b, c, d, e, g) nêu 9 tổ chức: a) Ủy ban Mặt trận Tổ quốc huyện (và các tổ chức thành viên); b) Hội Khuyến học huyện; c) Đoàn TNCS Hồ Chí Minh huyện; d) Liên đoàn Lao động huyện; e) Hội Liên hiệp Phụ nữ huyện; g) Hội Cựu chiến binh huyện, Hội Nông dân huyện, Hội Người cao tuổi huyện, Hội Cựu giáo chức huyện (một ý chung cho bốn hội).",
  ["Ủy ban Mặt trận Tổ quốc huyện", "Hội Khuyến học huyện", "Đoàn TNCS Hồ Chí Minh huyện", "Liên đoàn Lao động huyện", "Hội Liên hiệp Phụ nữ huyện", "Hội Cựu chiến binh huyện", "Hội Nông dân huyện", "Hội Người cao tuổi huyện", "Hội Cựu giáo chức huyện"])
q("task_section", "Ở kế hoạch Hà Nội, phần xóa mù chữ cho người lớn gắn với phổ cập nghề nằm ở mục nào?",
  [("N", "8. Các nhiệm vụ, giải pháp khác"),
   ("N", "Nâng cao tỷ lệ và chất lượng xoá mù chữ cho người lớn gắn với việc phổ cập nghề và giải quyết việc làm cho người lao động")],
  "Ở mục III, đề mục “8. Các nhiệm vụ, giải pháp khác”: nâng cao tỷ lệ và chất lượng xoá mù chữ cho người lớn gắn với việc phổ cập nghề và giải quyết việc làm cho người lao động, nhất là người dân tộc thiểu số và phụ nữ.",
  ["8. Các nhiệm vụ, giải pháp khác", "phổ cập nghề"])
q("task_section", "Ngày Khuyến học Việt Nam được nhắc ở phần nào trong kế hoạch Huế?",
  [("H", "2. Tăng cường công tác tuyên truyền, phổ biến các chủ trương, chính sách của Đảng và Nhà nước về khuyến học, khuyến tài, xây dựng xã hội học tập"),
   ("H", "Tổ chức hiệu quả các hoạt động hưởng ứng như: Tuần lễ hưởng ứng học tập suốt đời, Ngày Sách và Văn hóa đọc Việt Nam, Ngày Khuyến học Việt Nam")],
  "Ở mục III, đề mục “2. Tăng cường công tác tuyên truyền, phổ biến các chủ trương, chính sách của Đảng và Nhà nước về khuyến học, khuyến tài, xây dựng xã hội học tập”: tổ chức hiệu quả các hoạt động hưởng ứng như Tuần lễ hưởng ứng học tập suốt đời, Ngày Sách và Văn hóa đọc Việt Nam, Ngày Khuyến học Việt Nam.",
  ["2. Tăng cường công tác tuyên truyền", "Ngày Khuyến học Việt Nam"])
q("task_section", "Mục III Nhiệm vụ và giải pháp của Mỹ Lộc gồm mấy nhóm, nhóm cuối nói về gì?",
  [("M", "III. NHIỆM VỤ VÀ GIẢI PHÁP"),
   ("M", "8. Tổ chức kiểm tra, giám sát")],
  "Mục “III. NHIỆM VỤ VÀ GIẢI PHÁP” của Mỹ Lộc có 8 nhóm đánh số 1–8; nhóm cuối là “8. Tổ chức kiểm tra, giám sát” (chế độ thông tin, báo cáo; kế hoạch kiểm tra hàng năm; báo cáo trước ngày 30 tháng 11).",
  ["III. NHIỆM VỤ VÀ GIẢI PHÁP", "8. Tổ chức kiểm tra, giám sát"])
# ---------------------------------------------------------------- cross_plan
q("cross_plan", "kế hoạch nào có giao việc cho Ban Dân tộc? kể hết",
  [t("N"), ("N", "10. Ban Dân tộc Thành phố"),
   t("C"), ("C", "9. Ban Dân tộc")],
  "Hai kế hoạch: Hà Nội (mục V.10 “Ban Dân tộc Thành phố”: tham mưu Kế hoạch Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số và miền núi, hỗ trợ giáo dục đào tạo) và Cần Thơ (mục “9. Ban Dân tộc”: triển khai chương trình, dự án hỗ trợ giáo dục, đào tạo cho người dân tộc thiểu số). Huế, Mỹ Lộc, An Lão không giao việc cho Ban Dân tộc.",
  ["Hà Nội", "Ban Dân tộc Thành phố", "Cần Thơ", "9. Ban Dân tộc"])
q("cross_plan", "liệt kê chỉ tiêu về năng lực thông tin / công nghệ thông tin của người lao động trong tất cả các kế hoạch",
  [t("H"), ("H", "- 87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin."),
   t("M"), ("M", "+ 60% số người trong độ tuổi lao động được trang bị năng lực thông tin."), ("M", "+ 70% người trong độ tuổi lao động được trang bị năng lực thông tin."),
   t("N"), ("N", "- 50% số người trong độ tuổi lao động được trang bị năng lực thông tin."), ("N", "- 70% người trong độ tuổi lao động được trang bị năng lực thông tin."),
   t("C"), ("C", "Phần đầu đạt tỷ lệ 90% số người trong độ tuổi lao động được trang bị năng lực về sử dụng công nghệ thông tin")],
  "Huế (năm 2026): 87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin. Mỹ Lộc: 60% (đến 2025) và 70% (đến 2030) được trang bị năng lực thông tin. Hà Nội: 50% (đến 2025) và 70% (đến 2030). Cần Thơ (năm 2024): phấn đấu 90% được trang bị năng lực về sử dụng công nghệ thông tin. An Lão không đặt chỉ tiêu số.",
  ["Huế", "87%", "Mỹ Lộc", "60%", "70%", "Hà Nội", "50%", "Cần Thơ", "90%"])
q("cross_plan", "Kế hoạch nào giao việc cho Hội Cựu giáo chức?",
  [t("M"), ("M", "g) Hội Cựu chiến binh huyện, Hội Nông dân huyện, Hội Người cao tuổi huyện, Hội Cựu giáo chức huyện"),
   t("N"), ("N", "e) Hội Cựu chiến binh, Hội Nông dân, Hội Người cao tuổi, Hội Cựu giáo chức Thành phố")],
  "Hai kế hoạch: Mỹ Lộc (V.9.g, Hội Cựu giáo chức huyện chung với Hội CCB, Hội Nông dân, Hội NCT huyện: hướng dẫn các cấp hội tổ chức hoạt động khuyến học, khuyến tài, nâng cao chất lượng “Quỹ vòng tay đồng đội”…) và Hà Nội (V.15.e, Hội Cựu giáo chức Thành phố cùng ba hội khác: hướng dẫn các cấp hội phối hợp tổ chức hoạt động khuyến học, khuyến tài…). Huế, Cần Thơ, An Lão không nêu tên Hội Cựu giáo chức.",
  ["Mỹ Lộc", "Hội Cựu giáo chức huyện", "Hà Nội", "Hội Cựu giáo chức Thành phố"])
q("cross_plan", "Ai ký từng kế hoạch trong số năm kế hoạch đã nạp? kể hết tên và chức vụ",
  [t("H"), ("H", "PHÓ CHỦ TỊCH Nguyễn Thanh Bình"),
   t("M"), ("M", "PHÓ CHỦ TỊCH Lê Quang Huy"),
   t("N"), ("N", "PHÓ CHỦ TỊCH Vũ Thu Hà"),
   t("C"), ("C", "TRƯỞNG BAN PHÓ CHỦ TỊCH UBND THÀNH PHỐ Nguyễn Thực Hiện"),
   t("A"), ("A", "PHÓ CHỦ TỊCH Nguyễn Quốc Thịnh")],
  "Huế: Nguyễn Thanh Bình (KT. Chủ tịch, Phó Chủ tịch UBND thành phố). Mỹ Lộc: Lê Quang Huy (KT. Chủ tịch, Phó Chủ tịch UBND huyện). Hà Nội: Vũ Thu Hà (KT. Chủ tịch, Phó Chủ tịch UBND thành phố). Cần Thơ: Nguyễn Thực Hiện (TM. Ban Chỉ đạo, Trưởng ban, Phó Chủ tịch UBND thành phố). An Lão: Nguyễn Quốc Thịnh (KT. Chủ tịch, Phó Chủ tịch UBND huyện).",
  ["Huế", "Nguyễn Thanh Bình", "Mỹ Lộc", "Lê Quang Huy", "Hà Nội", "Vũ Thu Hà", "Cần Thơ", "Nguyễn Thực Hiện", "Trưởng ban", "An Lão", "Nguyễn Quốc Thịnh"])
q("cross_plan", "Hai kế hoạch một năm (Huế 2026, Cần Thơ 2024) đặt chỉ tiêu trung tâm học tập cộng đồng ứng dụng CNTT là bao nhiêu, nơi nào cao hơn?",
  [t("H"), ("H", "- 100% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục."),
   t("C"), ("C", "+ Phần đầu đạt tỷ lệ 90% trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục.")],
  "Huế năm 2026: 100% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục. Cần Thơ năm 2024: phấn đấu 90%. Huế cao hơn.",
  ["Huế", "100%", "Cần Thơ", "90%"])
q("cross_plan", "Liên đoàn Lao động: kể hết các kế hoạch có giao việc và nội dung chính ở mỗi nơi",
  [t("H"), ("H", "8. Liên đoàn Lao động thành phố"), ("H", "Kế hoạch số 147/KH-UBND ngày 17 tháng 4 năm 2023"),
   t("M"), ("M", "d) Liên đoàn Lao động huyện"), ("M", "thành lập quỹ khuyến học, khuyến tài hỗ trợ công nhân, người lao động học tập"),
   t("N"), ("N", "9. Liên đoàn Lao động Thành phố"), ("N", "thành lập quỹ khuyến học, khuyến tài, hỗ trợ công nhân"),
   t("C"), ("C", "b) Đề nghị Liên đoàn Lao động thành phố phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện đẩy mạnh các hoạt động phát triển nghề nghiệp cho người lao động")],
  "Bốn kế hoạch: Huế (V.8: Liên đoàn Lao động thành phố chủ trì thực hiện Kế hoạch số 147/KH-UBND ngày 17 tháng 4 năm 2023 về học tập suốt đời trong công nhân lao động); Mỹ Lộc (V.9.d: Liên đoàn Lao động huyện đẩy mạnh phát triển nghề nghiệp, chỉ đạo công đoàn vận động thành lập quỹ khuyến học, khuyến tài); Hà Nội (V.9: nội dung tương tự Mỹ Lộc, thành lập quỹ khuyến học, khuyến tài); Cần Thơ (V.11.b: phối hợp đẩy mạnh các hoạt động phát triển nghề nghiệp cho người lao động). An Lão không nêu tên Liên đoàn Lao động.",
  ["Huế", "147/KH-UBND", "Mỹ Lộc", "Hà Nội", "thành lập quỹ khuyến học, khuyến tài", "Cần Thơ", "phát triển nghề nghiệp cho người lao động"])
q("cross_plan", "Kế hoạch nào giao cơ quan văn hóa nhân rộng mô hình học tập suốt đời trong thư viện, bảo tàng? cơ quan nào ở mỗi nơi?",
  [t("H"), ("H", "2. Sở Văn hóa và Thể thao"), ("H", "phát triển, nhân rộng các mô hình học tập suốt đời tại thư viện, bảo tàng, nhà văn hóa, câu lạc bộ"),
   t("N"), ("N", "4. Sở Văn hóa và Thể thao"), ("N", "nhân rộng các mô hình học tập suốt đời trong các thiết chế văn hóa cơ sở (thư viện, bảo tàng"),
   t("C"), ("C", "5. Sở Văn hóa, Thể thao và Du lịch"), ("C", "nhân rộng các mô hình học tập suốt đời trong thư viện, bảo tàng, nhà văn hóa, câu lạc bộ."),
   t("M"), ("M", "4. Phòng Văn hóa-Thông tin"), ("M", "a) Nhân rộng các mô hình học tập suốt đời trong thư viện, bảo tàng, nhà văn")],
  "Bốn kế hoạch: Huế – Sở Văn hóa và Thể thao (V.2); Hà Nội – Sở Văn hóa và Thể thao (V.4, trong các thiết chế văn hóa cơ sở); Cần Thơ – Sở Văn hóa, Thể thao và Du lịch (V.5); Mỹ Lộc – Phòng Văn hóa-Thông tin (V.4). An Lão giao Phòng Văn hóa Khoa học và Thông tin tham mưu củng cố thiết chế văn hóa, mô hình “thư viện số”, không dùng cụm “nhân rộng mô hình học tập suốt đời”.",
  ["Huế", "Hà Nội", "Sở Văn hóa và Thể thao", "Cần Thơ", "Sở Văn hóa, Thể thao và Du lịch", "Mỹ Lộc", "Phòng Văn hóa-Thông tin"])
# ---------------------------------------------------------------- no_diacritics (phone typing, teencode, Telex leftovers)
q("no_diacritics", "ban dan toc ha noi lm j z",
  [("N", "Tham mưu Ủy ban nhân dân Thành phố xây dựng, triển khai thực hiện Kế hoạch Chương trình mục tiêu quốc gia Phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"),
   ("N", "tạo điều kiện thuận lợi cho trẻ em, người học vùng dân tộc thiểu số và miền núi được tham gia học tập.")],
  "Kế hoạch Hà Nội (V.10) giao Ban Dân tộc Thành phố tham mưu UBND Thành phố xây dựng, triển khai Kế hoạch Chương trình mục tiêu quốc gia Phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi đến năm 2030, tầm nhìn 2045; phối hợp triển khai các chương trình, dự án hỗ trợ giáo dục đào tạo, tạo điều kiện thuận lợi cho trẻ em, người học vùng dân tộc thiểu số và miền núi được tham gia học tập.",
  ["Chương trình mục tiêu quốc gia", "vùng dân tộc thiểu số và miền núi"])
q("no_diacritics", "hoi khuyen hoc hue co fai theo doi chi tieu nao ko",
  [("H", "- Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về “Công dân học tập”.")],
  "Có. Mục V.7 giao Hội Khuyến học thành phố theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về “Công dân học tập” (chỉ tiêu năm 2026 là 40% công dân đạt danh hiệu).",
  ["Công dân học tập"])
q("no_diacritics", "my loc 2025 bn % cong dan hoc tap",
  [("M", "+ 40% công dân đạt danh hiệu công dân học tập theo tiêu chí do cơ quan có thẩm quyền ban hành.")],
  "Đến năm 2025, kế hoạch Mỹ Lộc đặt 40% công dân đạt danh hiệu công dân học tập theo tiêu chí do cơ quan có thẩm quyền ban hành (đến 2030 là 60%).",
  ["40%"])
q("no_diacritics", "ha noi dc bn % lao dong qua dao tao nam 2030 k, co bang cap chung chi bn",
  [("N", "- 80-85% lao động được qua đào tạo, trong đó lao động có bằng cấp, chứng chỉ đạt trên 60%.")],
  "Đến năm 2030: 80-85% lao động được qua đào tạo, trong đó lao động có bằng cấp, chứng chỉ đạt trên 60%.",
  ["80-85%", "trên 60%"])
q("no_diacritics", "doan thanh nien can tho phai lam gi vs hs bo hoc",
  [("C", "thường xuyên vận động số đoàn viên, đội viên bỏ học giữa chừng đến trường, ra lớp;")],
  "Kế hoạch Cần Thơ (V.11.c) đề nghị Đoàn TNCS Hồ Chí Minh thành phố chỉ đạo Đoàn thanh niên quận, huyện phối hợp với chính quyền cơ sở nắm chắc số đoàn viên, thanh thiếu niên trong độ tuổi, động viên, cảm hóa đoàn viên thiếu tích cực và thường xuyên vận động số đoàn viên, đội viên bỏ học giữa chừng đến trường, ra lớp.",
  ["bỏ học giữa chừng", "đến trường, ra lớp"])
q("no_diacritics", "Phongf giaos ducj my loc co xet tang guong tu hoc thanh tai ko",
  [("M", "đ) Tổ chức xét tặng, ghi nhận những tấm gương tiêu biểu về tự học thành tài, các tổ chức, cá nhân có nhiều đóng góp cho công tác xây dựng xã hội học tập hằng năm.")],
  "Có. Mục V.1.đ giao Phòng Giáo dục và Đào tạo tổ chức xét tặng, ghi nhận những tấm gương tiêu biểu về tự học thành tài, các tổ chức, cá nhân có nhiều đóng góp cho công tác xây dựng xã hội học tập hằng năm.",
  ["tự học thành tài", "hằng năm"])
q("no_diacritics", "ubnd quan huyen ha noi phai lam ke hoach j, co phai bo tri kinh phi ko",
  [("N", "- Xây dựng Kế hoạch thực hiện Nghị quyết số 23-NQ/TU phù hợp với chiến lược phát triển kinh tế - xã hội của địa phương"),
   ("N", "Cân đối và bố trí kinh phí hàng năm trong phạm vi ngân sách để thực hiện Kế hoạch.")],
  "Có. Mục V.16 giao UBND quận, huyện, thị xã xây dựng Kế hoạch thực hiện Nghị quyết số 23-NQ/TU phù hợp với chiến lược phát triển kinh tế - xã hội của địa phương đến 2030, tầm nhìn 2045; cân đối và bố trí kinh phí hàng năm trong phạm vi ngân sách để thực hiện Kế hoạch.",
  ["Nghị quyết số 23-NQ/TU", "Cân đối và bố trí kinh phí hàng năm"])
q("no_diacritics", "trung tam vh tt va truyen thong my loc lm j",
  [("M", "b) Chủ trì, phối hợp với các sở, ngành liên quan thực hiện hỗ trợ cung cấp dịch vụ viễn thông công ích đến năm 2030"),
   ("M", "Tăng cường, đẩy mạnh công tác tuyên truyền, xây dựng chuyên trang, chuyên mục, giới thiệu gương điển hình")],
  "Kế hoạch Mỹ Lộc nêu Trung tâm Văn hóa - Thể thao và Truyền thông ở hai chỗ: V.3 (chỉ đạo, hướng dẫn báo chí, truyền thông và hệ thống thông tin cơ sở tuyên truyền về Kế hoạch; chủ trì hỗ trợ cung cấp dịch vụ viễn thông công ích đến năm 2030) và V.10 (đẩy mạnh tuyên truyền, xây dựng chuyên trang, chuyên mục, giới thiệu gương điển hình về khuyến học, khuyến tài).",
  ["dịch vụ viễn thông công ích", "chuyên trang, chuyên mục"])
q("no_diacritics", "thoi han hoan thanhh trung tam hoc tapp cong dong o hue",
  [("H", "bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn thành trong Quý II năm 2026.")],
  "Kế hoạch Huế (III.5) yêu cầu rà soát, củng cố, kiện toàn hệ thống trung tâm học tập cộng đồng, bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn thành trong Quý II năm 2026.",
  ["Quý II năm 2026", "ít nhất một trung tâm"])
# ---------------------------------------------------------------- abbreviation
q("abbreviation", "sở nv cần thơ đc giao j",
  [("C", "2. Sở Nội vụ"), ("C", "xây dựng Đề án vị trí việc làm, điều chỉnh vị trí việc làm và cơ cấu viên chức theo chức danh nghề nghiệp trong đơn vị sự nghiệp công lập")],
  "Kế hoạch Cần Thơ năm 2024 giao Sở Nội vụ (V.2) chủ trì, phối hợp với các cơ quan, đơn vị có liên quan, UBND quận, huyện xây dựng Đề án vị trí việc làm, điều chỉnh vị trí việc làm và cơ cấu viên chức theo chức danh nghề nghiệp trong đơn vị sự nghiệp công lập.",
  ["Sở Nội vụ", "Đề án vị trí việc làm"])
q("abbreviation", "SGDĐT Huế: nv KT, GS và BC gửi đâu?",
  [("H", "Kiểm tra, giám sát và định kỳ báo cáo tình hình, kết quả thực hiện Đề án; dự thảo văn bản của Ủy ban nhân dân thành phố gửi Bộ Giáo dục và Đào tạo."),
   ("H", "Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với Hội Khuyến học thành phố và các sở, ban, ngành liên quan tổ chức kiểm tra, giám sát")],
  "Sở Giáo dục và Đào tạo Huế kiểm tra, giám sát và định kỳ báo cáo tình hình, kết quả thực hiện Đề án; dự thảo văn bản của UBND thành phố gửi Bộ Giáo dục và Đào tạo (V.1). Theo III.7, Sở chủ trì, phối hợp với Hội Khuyến học thành phố và các sở, ban, ngành tổ chức kiểm tra, giám sát công tác xây dựng xã hội học tập và hoạt động của các trung tâm học tập cộng đồng tại các xã, phường.",
  ["Bộ Giáo dục và Đào tạo", "Hội Khuyến học thành phố"])
q("abbreviation", "BTG HU Mỹ Lộc có nv gì trong KH?",
  [("M", "Phối hợp với Phòng Giáo dục và Đào tạo và các phòng, ban, ngành liên quan trong việc triển khai thực hiện các mục tiêu, nhiệm vụ của Kế hoạch"),
   ("M", "phối hợp kiểm tra, giám sát việc thực hiện Kế hoạch.")],
  "Mục V.8 đề nghị Ban Tuyên giáo Huyện ủy phối hợp với Phòng Giáo dục và Đào tạo và các phòng, ban, ngành liên quan triển khai các mục tiêu, nhiệm vụ của Kế hoạch, nhất là tuyên truyền, định hướng phát triển; và phối hợp kiểm tra, giám sát việc thực hiện Kế hoạch.",
  ["Phòng Giáo dục và Đào tạo", "phối hợp kiểm tra, giám sát"])
q("abbreviation", "UBMTTQ TP CT tham gia KH ntn?",
  [("C", "a) Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện tham gia giám sát, phản biện xã hội việc triển khai thực hiện Kế hoạch.")],
  "Kế hoạch Cần Thơ (V.11.a) đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố phối hợp với Sở Giáo dục và Đào tạo, UBND quận, huyện tham gia giám sát, phản biện xã hội việc triển khai thực hiện Kế hoạch.",
  ["giám sát, phản biện xã hội"])
q("abbreviation", "P.GD&ĐT AL có nv gì về HTQT?",
  [("A", "Tham mưu, triển khai, tổ chức các hoạt động hợp tác quốc tế về giáo dục"),
   ("A", "thúc đẩy chương trình trao đổi, giao lưu, học bổng quốc tế, mở rộng cơ hội học tập cho người dân.")],
  "Phòng Giáo dục và Đào tạo huyện An Lão (III.1) tham mưu, triển khai, tổ chức các hoạt động hợp tác quốc tế về giáo dục; tạo điều kiện để các cơ sở giáo dục tiếp cận phương pháp giảng dạy tiên tiến, chương trình đào tạo hiện đại của các nước; thúc đẩy chương trình trao đổi, giao lưu, học bổng quốc tế, mở rộng cơ hội học tập cho người dân.",
  ["hợp tác quốc tế về giáo dục", "học bổng quốc tế"])
q("abbreviation", "TTHTCĐ ở HN: chỉ tiêu ƯD CNTT năm 2025?",
  [("N", "- 70% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục.")],
  "Đến năm 2025, Hà Nội đặt 70% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục (90% vào năm 2030).",
  ["70%"])
q("abbreviation", "BCĐ TP CT: có KK, VM phát sinh thì báo về đâu?",
  [("C", "nếu có khó khăn, vướng mắc phát sinh, các cơ quan, đơn vị có liên quan phản ánh về Sở Giáo dục và Đào tạo (Thường trực Ban Chỉ đạo thành phố)")],
  "Theo đoạn kết của kế hoạch Cần Thơ, nếu có khó khăn, vướng mắc phát sinh, các cơ quan, đơn vị phản ánh về Sở Giáo dục và Đào tạo (Thường trực Ban Chỉ đạo thành phố) để tổng hợp, báo cáo, tham mưu trình Ban Chỉ đạo thành phố xem xét, quyết định.",
  ["Sở Giáo dục và Đào tạo", "Thường trực Ban Chỉ đạo thành phố"])
# ---------------------------------------------------------------- paraphrase
q("paraphrase", "Người làm việc ở thư viện, bảo tàng tại Huế có được bồi dưỡng gì không?",
  [("H", "Tổ chức đào tạo, bồi dưỡng, nâng cao chất lượng đội ngũ cán bộ, viên chức, người lao động làm việc tại các thiết chế văn hóa – thể thao nhằm đáp ứng yêu cầu phục vụ học tập suốt đời của người dân.")],
  "Có. Mục V.2 giao Sở Văn hóa và Thể thao tổ chức đào tạo, bồi dưỡng, nâng cao chất lượng đội ngũ cán bộ, viên chức, người lao động làm việc tại các thiết chế văn hóa – thể thao nhằm đáp ứng yêu cầu phục vụ học tập suốt đời của người dân.",
  ["thiết chế văn hóa – thể thao"])
q("paraphrase", "Bà nội trợ với người già hết tuổi đi làm ở Cần Thơ có được hỗ trợ đi học không?",
  [("C", "hỗ trợ những người hết tuổi lao động, người nội trợ, người khuyết tật có điều kiện thuận lợi để học tập suốt đời.")],
  "Có. Mục III.2.đ: nghiên cứu, đề xuất các cơ chế, chính sách tạo điều kiện cho công nhân, người lao động được đào tạo, đào tạo lại; hỗ trợ những người hết tuổi lao động, người nội trợ, người khuyết tật có điều kiện thuận lợi để học tập suốt đời.",
  ["người hết tuổi lao động", "người nội trợ"])
q("paraphrase", "Ở Hà Nội, chuyện học hành có được tính vào tiêu chí gia đình văn hóa, khu phố văn hóa không?",
  [("N", "gắn kết các tiêu chí công nhận mô hình học tập “Công dân học tập”, “Gia đình học tập”, “Dòng họ học tập”, “Đơn vị học tập” với gia đình văn hóa, khu dân cư văn hóa và các phong trào thi đua của Thành phố.")],
  "Có. Mục III.5 yêu cầu gắn kết các tiêu chí công nhận mô hình học tập “Công dân học tập”, “Gia đình học tập”, “Dòng họ học tập”, “Đơn vị học tập” với gia đình văn hóa, khu dân cư văn hóa và các phong trào thi đua của Thành phố.",
  ["gia đình văn hóa, khu dân cư văn hóa"])
q("paraphrase", "Cán bộ lười học, không chịu theo kịp công nghệ ở An Lão thì kế hoạch nói sao?",
  [("A", "có biện pháp xử lý nghiêm khắc với những cán bộ, công chức, viên chức trì trệ, ngại học, không thích nghi và bắt nhịp với guồng quay của cuộc cách mạng khoa học và công nghệ 4.0.")],
  "Mục II.7 yêu cầu tổ chức rà soát, đánh giá, có biện pháp xử lý nghiêm khắc với những cán bộ, công chức, viên chức trì trệ, ngại học, không thích nghi và bắt nhịp với guồng quay của cuộc cách mạng khoa học và công nghệ 4.0 (kế hoạch không nói hình thức xử lý cụ thể).",
  ["xử lý nghiêm khắc", "trì trệ, ngại học"])
q("paraphrase", "Ở Mỹ Lộc, công đoàn có vận động chủ doanh nghiệp cho công nhân thời gian đi học không?",
  [("M", "vận động người sử dụng lao động tạo điều kiện về thời gian, vật chất, thành lập quỹ khuyến học, khuyến tài")],
  "Có. Mục V.9.d: Liên đoàn Lao động huyện chỉ đạo các cấp công đoàn hướng dẫn, hỗ trợ công đoàn cơ sở trong các doanh nghiệp vận động người sử dụng lao động tạo điều kiện về thời gian, vật chất, thành lập quỹ khuyến học, khuyến tài hỗ trợ công nhân, người lao động học tập.",
  ["người sử dụng lao động", "thời gian, vật chất"])
q("paraphrase", "Huế có khuyến khích trung tâm giáo dục thường xuyên liên kết với trường đại học để dạy online không?",
  [("H", "Khuyến khích các cơ sở giáo dục thường xuyên, cơ sở giáo dục nghề nghiệp tăng cường hợp tác với các trường đại học, cơ sở đào tạo để xây dựng, kết nối và chia sẻ học liệu điện tử, chương trình, khóa học mở; triển khai các hình thức dạy học từ xa, trực tuyến hoặc kết hợp trực tiếp với trực tuyến")],
  "Có. Mục III.6 khuyến khích các cơ sở giáo dục thường xuyên, cơ sở giáo dục nghề nghiệp tăng cường hợp tác với các trường đại học, cơ sở đào tạo để chia sẻ học liệu điện tử, khóa học mở; triển khai các hình thức dạy học từ xa, trực tuyến hoặc kết hợp trực tiếp với trực tuyến.",
  ["hợp tác với các trường đại học", "trực tuyến"])
# ---------------------------------------------------------------- english
q("english", "What does the Department of Home Affairs have to do under Hue's 2026 plan?",
  [("H", "Tổ chức thực hiện các nhiệm vụ nhằm đạt mục tiêu đào tạo, bồi dưỡng, nâng cao trình độ chuyên môn, nghiệp vụ cho đội ngũ cán bộ, công chức các cấp."),
   ("H", "Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về năng lực cơ bản và trình độ của người dân.")],
  "Section V.3 gives the Department of Home Affairs (Sở Nội vụ) two tasks: carry out the work needed to meet the goal of training and upgrading officials and civil servants at all levels (“đào tạo, bồi dưỡng, nâng cao trình độ chuyên môn, nghiệp vụ cho đội ngũ cán bộ, công chức các cấp”), and monitor and compile results on the target group “năng lực cơ bản và trình độ của người dân” (basic capacities and qualifications of the population).",
  ["đào tạo, bồi dưỡng", "năng lực cơ bản và trình độ của người dân"])
q("english", "Hanoi Women's Union tasks in the learning society plan?",
  [("N", "lồng ghép các hoạt động tuyên truyền về công tác khuyến học, khuyến tài, xây dựng xã hội học tập trong phong trào “Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc”"),
   ("N", "vận động, tuyên truyền phụ nữ và trẻ em gái ở vùng đồng bào dân tộc thiểu số chưa biết chữ ra học các lớp xóa mù chữ.")],
  "Under V.15.d the Hanoi Women's Union (Hội Liên hiệp phụ nữ Thành phố) works with the Department of Education and Training to publicise the plan, weaves learning-society messages into the movement “Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc”, and persuades illiterate women and girls in ethnic minority areas (“trẻ em gái ở vùng đồng bào dân tộc thiểu số”) to attend literacy classes.",
  ["Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc", "trẻ em gái ở vùng đồng bào dân tộc thiểu số"])
q("english", "can tho youth union tasks",
  [("C", "Chỉ đạo cho Đoàn thanh niên quận, huyện, phối hợp với chính quyền cơ sở thực hiện tốt công tác nắm chắc số lượng đoàn viên"),
   ("C", "thường xuyên vận động số đoàn viên, đội viên bỏ học giữa chừng đến trường, ra lớp;"),
   ("C", "Chỉ đạo các tổ chức Đoàn cơ sở phối hợp tốt với các trường trung học cơ sở, trường trung học phổ thông")],
  "The Can Tho 2024 plan (V.11.c) asks the city Youth Union (Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố Cần Thơ) to direct the district Youth Unions (“Đoàn thanh niên quận, huyện”) to keep track of members and young people of school age, encourage disengaged members, and regularly bring members who dropped out (“bỏ học giữa chừng”) back to school; and to have grassroots Youth Union branches work with lower and upper secondary schools and vocational-continuing education centres.",
  ["Đoàn thanh niên quận, huyện", "bỏ học giữa chừng"])
q("english", "DOHA An Lao - training budget responsibility?",
  [("A", "2. Phòng Nội vụ"), ("A", "Chủ trì phối hợp với các phòng, ban, ngành, địa phương tham mưu Ủy ban nhân dân huyện kế hoạch, kinh phí, tổ chức đào tạo, bồi dưỡng cán bộ, công chức, viên chức theo quy định của Chính phủ.")],
  "In the An Lao plan it is the district Home Affairs Office (Phòng Nội vụ, III.2), not a provincial department, that leads: it advises the district People's Committee on the plan, funding and organisation of training for officials (“kế hoạch, kinh phí, tổ chức đào tạo, bồi dưỡng cán bộ, công chức, viên chức”) according to Government rules.",
  ["Phòng Nội vụ", "kế hoạch, kinh phí"])
q("english", "By when must Hanoi's district-level PCs report their annual results, and through whom?",
  [("N", "định kỳ hàng năm tổng hợp kết quả, báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo để tổng hợp).")],
  "Every year, before 1 December (“trước ngày 01 tháng 12”), reporting to the city People's Committee through the Department of Education and Training (“qua Sở Giáo dục và Đào tạo để tổng hợp”).",
  ["01 tháng 12", "Sở Giáo dục và Đào tạo"])
q("english", "By what date each year does My Loc's Education and Training Office report to the district People's Committee?",
  [("M", "e) Tổ chức kiểm tra, giám sát và đánh giá, tổng hợp, báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm")],
  "Before 15 December each year (“trước ngày 15 tháng 12 hằng năm”, section V.1.e).",
  ["15 tháng 12"])
q("english", "hanoi plan funding sources",
  [("N", "Được đảm bảo trong dự toán chi ngân sách nhà nước hàng năm của các đơn vị theo phân cấp ngân sách hiện hành; huy động từ các nguồn tài trợ, đóng góp của doanh nghiệp, tổ chức, cá nhân")],
  "Section IV: funding comes from the annual state budget estimates of each unit under the current budget decentralisation (“dự toán chi ngân sách nhà nước hàng năm của các đơn vị”), plus sponsorship and contributions from businesses, organisations and individuals (“nguồn tài trợ, đóng góp”) and other lawful sources.",
  ["dự toán chi ngân sách nhà nước", "nguồn tài trợ"])
q("english", "Where does the money for My Loc's plan come from?",
  [("M", "1. Kinh phí thực hiện Kế hoạch từ nguồn ngân sách nhà nước theo phân cấp ngân sách nhà nước hiện hành."),
   ("M", "2. Huy động từ các nguồn tài trợ, đóng góp của các tổ chức, doanh nghiệp và các nguồn tài trợ hợp pháp khác.")],
  "Two sources (section IV): the state budget under current decentralisation (“ngân sách nhà nước theo phân cấp”), with units drawing up annual estimates, and sponsorship and contributions from organisations and businesses (“nguồn tài trợ, đóng góp”).",
  ["ngân sách nhà nước", "nguồn tài trợ, đóng góp"])
q("english", "Which provincial plan does the My Loc district plan implement?",
  [("M", "Thực hiện Kế hoạch số 145/KH- UBND ngày 23/12//2021 của UBND tỉnh Nam Định")],
  "Plan No. 145/KH-UBND of the Nam Dinh provincial People's Committee (printed “145/KH- UBND ngày 23/12//2021 của UBND tỉnh Nam Định”), dated 23 December 2021.",
  ["145", "Nam Định", "23/12//2021"])
q("english", "Which Ministry circular on recognising a 'Learning Community' does the An Lao plan refer to?",
  [("A", "Thông tư số 25/2023/TT-BGDĐT ngày 27/12/2023 của Bộ Giáo dục và Đào tạo quy định về đánh giá, công nhận “Cộng đồng học tập” cấp xã, huyện, tỉnh")],
  "Circular No. 25/2023/TT-BGDĐT of 27/12/2023 of the Ministry of Education and Training on assessing and recognising “Cộng đồng học tập” at commune, district and provincial level (cited in III.8, for the district offices).",
  ["25/2023/TT-BGDĐT", "27/12/2023"])
q("english", "Is it true that the Hanoi Finance Dept has to draw up the plan's budget estimates for the other departments?",
  [("N", "- Đảm bảo kinh phí trong dự toán ngân sách hàng năm (theo phân cấp) để thực hiện Kế hoạch theo quy định của Luật Ngân sách Nhà nước."),
   ("N", "- Chủ trì, hướng dẫn các Sở, ngành liên quan về cơ chế tài chính triển khai thực hiện các nhiệm vụ của Kế hoạch")],
  "Not as stated. Under V.6 the Department of Finance (Sở Tài chính) ensures funding within the annual budget estimates by decentralisation (“Đảm bảo kinh phí trong dự toán ngân sách hàng năm (theo phân cấp)”), guides other departments on the financial mechanism (“cơ chế tài chính”), and helps refine policies to mobilise social resources; the plan does not say it drafts other departments' estimates — section IV places funding in each unit's own annual budget estimates.",
  ["Đảm bảo kinh phí", "cơ chế tài chính"])
q("english", "How many bodies are listed under section V of the Hue plan, and which is the last?",
  [("H", "V. TỔ CHỨC THỰC HIỆN"),
   ("H", "9. Ủy ban nhân dân các xã, phường")],
  "Section “V. TỔ CHỨC THỰC HIỆN” has nine numbered items, 1 to 9; the last is “9. Ủy ban nhân dân các xã, phường” (commune and ward People's Committees). Item 6 groups the Fatherland Front with the socio-political organisations and associations.",
  ["V. TỔ CHỨC THỰC HIỆN", "9. Ủy ban nhân dân các xã, phường"])
q("english", "Why does the My Loc plan want everyone to keep learning - what should citizens become?",
  [("M", "tận dụng mọi cơ hội học tập để trở thành công dân số, công dân học tập toàn cầu.")],
  "Purpose I.1.b: to create a society-wide movement where every citizen can learn regularly and for life, using every learning opportunity to become a digital citizen and a global learning citizen (“công dân số, công dân học tập toàn cầu”).",
  ["công dân số, công dân học tập toàn cầu"])
q("english", "What are the Fatherland Front and mass organisations asked to do in Hue?",
  [("H", "6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các Đoàn thể chính trị - xã hội, các Hội xã hội"),
   ("H", "Tổ chức vận động cán bộ, công chức, viên chức, người lao động, đoàn viên, hội viên và quần chúng Nhân dân tham gia, hưởng ứng học tập thường xuyên, học tập suốt đời")],
  "Item V.6 asks the city Fatherland Front Committee, the socio-political organisations and social associations to mobilise (“vận động”) officials, workers, members and the public to take part in regular and lifelong learning (“học tập thường xuyên, học tập suốt đời”) and in the emulation movement on study promotion and the learning society.",
  ["vận động", "học tập thường xuyên, học tập suốt đời"])
q("english", "Can Tho Ethnic Minorities Committee tasks",
  [("C", "triển khai các chương trình, dự án hỗ trợ giáo dục, đào tạo cho người dân tộc thiểu số trên địa bàn thành phố; hỗ trợ, tạo cơ hội và điều kiện thuận lợi cho trẻ em, người dân tộc thiểu số được tham gia học tập.")],
  "Item V.9 (Ban Dân tộc): lead, with relevant agencies and district PCs, programmes and projects supporting education and training for ethnic minority people (“người dân tộc thiểu số”) in the city, and create opportunities for ethnic minority children and people to study.",
  ["người dân tộc thiểu số"])
q("english", "digital skills target for civil servants hanoi 2025",
  [("N", "- 100% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng, phổ cập kỹ năng số cơ bản; 50% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng kỹ năng phân tích, khai thác dữ liệu và công nghệ số.")],
  "By 2025: 100% of officials and civil servants trained in basic digital skills (“kỹ năng số cơ bản”), and 50% trained in data analysis and digital technology skills (“kỹ năng phân tích, khai thác dữ liệu”).",
  ["100%", "kỹ năng số cơ bản", "50%", "phân tích, khai thác dữ liệu"])
q("english", "Who signed the Can Tho plan, and in what capacity?",
  [("C", "TM. BAN CHỈ ĐẠO TRƯỞNG BAN PHÓ CHỦ TỊCH UBND THÀNH PHỐ Nguyễn Thực Hiện")],
  "Nguyễn Thực Hiện, signing for the city Steering Committee as its head (“TM. BAN CHỈ ĐẠO, TRƯỞNG BAN”); he is Vice Chairman of the city People's Committee (“PHÓ CHỦ TỊCH UBND THÀNH PHỐ”).",
  ["Nguyễn Thực Hiện", "TRƯỞNG BAN", "PHÓ CHỦ TỊCH UBND THÀNH PHỐ"])
q("english", "Home Affairs Dept Can Tho - what is it assigned in the 2024 plan?",
  [("C", "2. Sở Nội vụ"), ("C", "xây dựng Đề án vị trí việc làm, điều chỉnh vị trí việc làm và cơ cấu viên chức theo chức danh nghề nghiệp trong đơn vị sự nghiệp công lập")],
  "Only one task (V.2): the Department of Home Affairs (Sở Nội vụ) leads, with relevant agencies and district People's Committees, the job-position scheme (“Đề án vị trí việc làm”), adjusting job positions and the structure of public employees by professional title in public service units. Unlike Hue and Hanoi, it is not asked to run training courses.",
  ["Sở Nội vụ", "Đề án vị trí việc làm"])
# ---------------------------------------------------------------- follow_up (ordinal references, going back, resumed topics)
GREET = "A: Xin chào, tôi có thể tra cứu năm kế hoạch xây dựng xã hội học tập (Huế, Mỹ Lộc, Hà Nội, Cần Thơ, An Lão). Anh/chị cần hỏi gì?"
q("follow_up", "nhiệm vụ thứ ba phối hợp với ai?",
  [("H", "Chỉ đạo, hướng dẫn các cơ quan báo chí, truyền thông và hệ thống thông tin cơ sở trên địa bàn thành phố phối hợp với Sở Giáo dục và Đào tạo, Hội Khuyến học thành phố đẩy mạnh công tác tuyên truyền")],
  "Nhiệm vụ thứ ba (chỉ đạo, hướng dẫn các cơ quan báo chí, truyền thông và hệ thống thông tin cơ sở tuyên truyền) được làm phối hợp với Sở Giáo dục và Đào tạo và Hội Khuyến học thành phố.",
  ["Sở Giáo dục và Đào tạo", "Hội Khuyến học thành phố"],
  hist(GREET, "U: kế hoạch năm 2026 của Huế do ai ký?",
       "A: Kế hoạch thực hiện Đề án “Xây dựng xã hội học tập” năm 2026 trên địa bàn thành phố Huế do Phó Chủ tịch Nguyễn Thanh Bình ký (TM. Ủy ban nhân dân, KT. Chủ tịch) [000_4550be4bb11189cd.txt].",
       "U: Sở Văn hóa và Thể thao Huế có những nhiệm vụ gì?",
       "A: Theo mục V.2 kế hoạch năm 2026 của Huế [000_4550be4bb11189cd.txt], Sở Văn hóa và Thể thao có 3 nhiệm vụ: (1) chủ trì triển khai Kế hoạch số 288/KH-UBND về Chương trình phục vụ học tập suốt đời trong thư viện, bảo tàng, trung tâm văn hóa; (2) đào tạo, bồi dưỡng đội ngũ làm việc tại các thiết chế văn hóa – thể thao; (3) chỉ đạo, hướng dẫn các cơ quan báo chí, truyền thông và hệ thống thông tin cơ sở đẩy mạnh tuyên truyền về xây dựng xã hội học tập."))
q("follow_up", "ý e nói gì?",
  [("M", "vận động, tuyên truyền phụ nữ và trẻ em gái chưa biết chữ ra học các lớp xóa mù chữ, đẩy mạnh hoạt động có hiệu quả đối với “Quỹ học bổng Hoàng Ngân”."),
   ("M", "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc")],
  "Ý e là Hội Liên hiệp Phụ nữ huyện: phối hợp với Phòng GD&ĐT tuyên truyền Kế hoạch, lồng ghép tuyên truyền trong phong trào “Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc”; vận động phụ nữ và trẻ em gái chưa biết chữ ra học các lớp xóa mù chữ; đẩy mạnh hoạt động của “Quỹ học bổng Hoàng Ngân”.",
  ["Phụ nữ tích cực học tập", "xóa mù chữ", "Quỹ học bổng Hoàng Ngân"],
  hist("U: Mục 9 phần tổ chức thực hiện của kế hoạch Mỹ Lộc gồm những ai?",
       "A: Mục V.9 kế hoạch Mỹ Lộc [001_7bafa58816a5de75.txt] đề nghị: a) Ủy ban Mặt trận Tổ quốc huyện; b) Hội Khuyến học huyện; c) Đoàn TNCS Hồ Chí Minh huyện; d) Liên đoàn Lao động huyện; e) Hội Liên hiệp Phụ nữ huyện; g) Hội Cựu chiến binh, Hội Nông dân, Hội Người cao tuổi, Hội Cựu giáo chức huyện.",
       "U: ok"))
q("follow_up", "cái cuối cùng báo cáo cho ai?",
  [("M", "e) Tổ chức kiểm tra, giám sát và đánh giá, tổng hợp, báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm")],
  "Mốc cuối cùng (15 tháng 12) là Phòng Giáo dục và Đào tạo tổng hợp, báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm (mục V.1.e).",
  ["UBND huyện", "15 tháng 12"],
  hist(GREET, "U: Mỹ Lộc sơ kết Đề án năm nào?",
       "A: Phòng GD&ĐT tham mưu UBND huyện tổ chức sơ kết Đề án vào năm 2025, tổng kết vào năm 2030 (mục V.1.e) [001_7bafa58816a5de75.txt].",
       "U: kế hoạch mỹ lộc có những hạn báo cáo nào, xếp theo thứ tự ngày",
       "A: Kế hoạch Mỹ Lộc [001_7bafa58816a5de75.txt] có ba mốc hằng năm: (1) trước ngày 30 tháng 11: gửi báo cáo kiểm tra, giám sát về Phòng GD&ĐT - Thường trực BCĐ huyện (III.8); (2) trước ngày 10 tháng 12: UBND các xã, thị trấn gửi báo cáo về Phòng GD&ĐT (V.11.d); (3) trước ngày 15 tháng 12: Phòng GD&ĐT tổng hợp, báo cáo (V.1.e)."))
q("follow_up", "quay lại câu đầu, còn năm 2030?",
  [("N", "- 70% người trong độ tuổi lao động được trang bị kỹ năng sống.")],
  "Câu đầu là kỹ năng sống: đến năm 2030 kế hoạch Hà Nội đặt 70% người trong độ tuổi lao động được trang bị kỹ năng sống.",
  ["70%", "kỹ năng sống"],
  hist("U: Hà Nội năm 2025 đặt bao nhiêu % người lao động có kỹ năng sống?",
       "A: Đến năm 2025, kế hoạch Hà Nội [002_797e8de6131c77f9.txt] đặt 50% số người trong độ tuổi lao động được trang bị kỹ năng sống (mục II.2.1.b).",
       "U: thế năng lực thông tin năm 2025?",
       "A: Cũng 50% số người trong độ tuổi lao động được trang bị năng lực thông tin (mục II.2.1.b) [002_797e8de6131c77f9.txt]."))
q("follow_up", "ok, quay lại Sở LĐTBXH, họ phối hợp với những ai?",
  [("C", "Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan, Ủy ban nhân dân quận, huyện triển khai các chương trình đào tạo bổ sung")],
  "Sở Lao động - Thương binh và Xã hội Cần Thơ chủ trì, phối hợp với các cơ quan, đơn vị có liên quan và Ủy ban nhân dân quận, huyện (mục V.3).",
  ["các cơ quan, đơn vị có liên quan", "Ủy ban nhân dân quận, huyện"],
  hist("U: Sở Lao động - Thương binh và Xã hội Cần Thơ làm gì trong kế hoạch 2024?",
       "A: Mục V.3 kế hoạch Cần Thơ [003_1a817ee72b993e3e.txt]: triển khai các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động; hỗ trợ học tập cho người bị thiệt thòi, yếu thế trong xã hội.",
       "U: à mà kế hoạch Cần Thơ có hạn báo cáo không?",
       "A: Kế hoạch Cần Thơ năm 2024 không nêu ngày hạn báo cáo nào; Sở GD&ĐT tham mưu công tác kiểm tra, đánh giá, tổng hợp, báo cáo (V.1.d) [003_1a817ee72b993e3e.txt]."))
q("follow_up", "The third one - does it have a sub-target?",
  [("H", "- 40% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó có 15% dân số có trình độ đại học trở lên.")],
  "Yes: of the 40% of people aged 15 and over with professional/technical training, 15% of the population are to have university level or above (“trong đó có 15% dân số có trình độ đại học trở lên”).",
  ["15%", "đại học trở lên"],
  hist("U: What are Hue's 2026 targets for people's basic capacities?",
       "A: Section II.2 of the Hue 2026 plan [000_4550be4bb11189cd.txt] sets three: (1) 87% of working-age people equipped with ICT capability; (2) 80% equipped with life skills; (3) 40% of people aged 15+ trained to a professional/technical level.",
       "U: thanks"))
q("follow_up", "Who does the first one work with?",
  [("N", "- Công an Thành phố: chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Sở Lao động - Thương binh và Xã hội tiếp tục tổ chức các lớp học xóa mù chữ")],
  "The first one, the city Police (Công an Thành phố), leads and works with the Department of Education and Training (“Sở Giáo dục và Đào tạo”) and the Department of Labour, Invalids and Social Affairs (“Sở Lao động - Thương binh và Xã hội”).",
  ["Sở Giáo dục và Đào tạo", "Sở Lao động - Thương binh và Xã hội"],
  hist(GREET, "U: Which Hanoi document is this plan implementing?",
       "A: Resolution No. 23-NQ/TU of 16/11/2023 of the Hanoi Party Committee on study promotion and building a learning society to 2030, vision to 2045 [002_797e8de6131c77f9.txt].",
       "U: List the armed forces tasks in the Hanoi plan.",
       "A: Section V.8 (Lực lượng vũ trang Thành phố) of the Hanoi plan [002_797e8de6131c77f9.txt]: (1) Công an Thành phố – literacy, universal education and vocational classes for detainees, prisoners and students in prisons, detention centres, compulsory education institutions and reform schools; (2) Bộ Tư lệnh Thủ đô – propaganda and national defence and security education for all people."))
q("follow_up", "cái thứ 7 làm gì?",
  [("A", "Thiết lập các trang thông tin, các chuyên mục, chuyên trang, tăng thời lượng phổ biến, tuyên truyền về nội dung bài viết của Tổng Bí thư"),
   ("A", "những tấm gương sáng về tinh thần tự học “không bao giờ cùng”")],
  "Mục thứ 7 là Trung tâm Văn hóa - Thông tin và Thể thao huyện: thiết lập các trang thông tin, các chuyên mục, chuyên trang, tăng thời lượng tuyên truyền về bài viết của Tổng Bí thư, mô hình mới, những tấm gương sáng về tinh thần tự học “không bao giờ cùng”; tuyên truyền kết quả phong trào “Học tập suốt đời” gắn với học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
  ["chuyên mục, chuyên trang", "không bao giờ cùng"],
  hist("U: phần tổ chức thực hiện kế hoạch an lão có những cơ quan nào",
       "A: Mục III kế hoạch An Lão [004_b1b28019b71edc03.txt] có 9 mục: 1. Phòng Giáo dục và Đào tạo; 2. Phòng Nội vụ; 3. Phòng Văn hóa Khoa học và Thông tin; 4. Phòng Tài chính - Kế hoạch; 5. Hội Khuyến học huyện; 6. Ủy ban MTTQ và các tổ chức chính trị - xã hội, trường học, doanh nghiệp; 7. Trung tâm Văn hóa - Thông tin và Thể thao huyện; 8. Các phòng, ban, ngành huyện; 9. Ủy ban nhân dân xã, thị trấn.",
       "U: cảm ơn"))
q("follow_up", "cái thứ ba thì có phấn đấu mức độ 3 không, bao nhiêu?",
  [("C", "phần đầu có 66% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3.")],
  "Có. Cùng dòng đó ghi thêm “phần đầu có 66% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3”.",
  ["66%", "mức độ 3"],
  hist("U: chỉ tiêu phổ cập giáo dục, xóa mù chữ của Cần Thơ năm 2024?",
       "A: Mục II.2.a kế hoạch Cần Thơ [003_1a817ee72b993e3e.txt]: (1) 100% quận, huyện đạt chuẩn phổ cập giáo dục mầm non cho trẻ mẫu giáo; (2) 100% đạt chuẩn phổ cập giáo dục tiểu học mức độ 3; (3) 100% đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 2; (4) 100% đạt chuẩn xóa mù chữ mức độ 2.",
       "U: ok"))
q("follow_up", "mục b có mấy gạch đầu dòng, gạch cuối nói gì?",
  [("N", "- Phối hợp với Sở Giáo dục và Đào tạo đẩy mạnh hoạt động của các trung tâm học tập cộng đồng.")],
  "Mục b (Hội Khuyến học Thành phố) có 5 gạch đầu dòng; gạch cuối: phối hợp với Sở Giáo dục và Đào tạo đẩy mạnh hoạt động của các trung tâm học tập cộng đồng.",
  ["Sở Giáo dục và Đào tạo", "trung tâm học tập cộng đồng"],
  hist("U: mục 15 kế hoạch Hà Nội đề nghị những tổ chức nào?",
       "A: Mục V.15 kế hoạch Hà Nội [002_797e8de6131c77f9.txt] đề nghị: a) Ủy ban MTTQ Việt Nam thành phố Hà Nội và các tổ chức thành viên; b) Hội Khuyến học Thành phố; c) Đoàn TNCS Hồ Chí Minh thành phố Hà Nội; d) Hội Liên hiệp phụ nữ Thành phố; e) Hội Cựu chiến binh, Hội Nông dân, Hội Người cao tuổi, Hội Cựu giáo chức Thành phố.",
       "U: ừ"))
q("follow_up", "trở lại mấy chỉ tiêu lúc nãy, ai theo dõi tổng hợp nhóm đó?",
  [("H", "1. Sở Giáo dục và Đào tạo"), ("H", "Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện các mục tiêu: xóa mù chữ và phổ cập giáo dục; hiệu quả hoạt động của các cơ sở giáo dục; “Đơn vị học tập” cấp tỉnh; “Cộng đồng học tập” cấp xã.")],
  "Nhóm chỉ tiêu hiệu quả hoạt động của các cơ sở giáo dục do Sở Giáo dục và Đào tạo theo dõi, tổ chức triển khai và tổng hợp kết quả (mục V.1; Sở cũng theo dõi xóa mù chữ, phổ cập, “Đơn vị học tập” cấp tỉnh và “Cộng đồng học tập” cấp xã).",
  ["Sở Giáo dục và Đào tạo", "hiệu quả hoạt động của các cơ sở giáo dục"],
  hist("U: Huế 2026 có chỉ tiêu gì về hiệu quả hoạt động của các cơ sở giáo dục?",
       "A: Mục II.3 kế hoạch Huế [000_4550be4bb11189cd.txt]: 100% các trường đại học, cao đẳng triển khai đại học số; 100% các cơ sở giáo dục phổ thông, thường xuyên, nghề nghiệp triển khai trên môi trường số; 100% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin.",
       "U: Sở Tài chính Huế làm gì?",
       "A: Sở Tài chính (V.4) trên cơ sở đề nghị của các cơ quan và khả năng cân đối ngân sách, tham mưu UBND thành phố bố trí kinh phí theo Luật Ngân sách Nhà nước [000_4550be4bb11189cd.txt]."))
q("follow_up", "ý thứ hai nói gì về trẻ 4 tuổi?",
  [("M", "đảm bảo điều kiện về cơ sở vật chất để triển khai phổ cập giáo dục cho trẻ mầm non 04 tuổi.")],
  "Ý thứ hai (100% các xã, thị trấn duy trì và nâng cao chất lượng phổ cập giáo dục mầm non cho trẻ em 05 tuổi) nói thêm: đảm bảo điều kiện về cơ sở vật chất để triển khai phổ cập giáo dục cho trẻ mầm non 04 tuổi.",
  ["cơ sở vật chất", "04 tuổi"],
  hist(GREET, "U: kế hoạch Mỹ Lộc có mấy mốc mục tiêu?",
       "A: Hai mốc: a) Mục tiêu đến năm 2025 và b) Mục tiêu đến năm 2030 (mục II.2) [001_7bafa58816a5de75.txt].",
       "U: mục tiêu xóa mù chữ, phổ cập của Mỹ Lộc đến 2025?",
       "A: Mục II.2.a kế hoạch Mỹ Lộc [001_7bafa58816a5de75.txt] có bốn ý: (1) 100% các xã, thị trấn duy trì chuẩn xóa mù chữ mức độ 2; (2) 100% duy trì và nâng cao chất lượng phổ cập giáo dục mầm non cho trẻ em 05 tuổi…; (3) duy trì 100% đạt chuẩn phổ cập tiểu học mức độ 3; (4) 100% duy trì chuẩn phổ cập THCS mức độ 3."))
q("follow_up", "And the fourth one, what was it in 2025?",
  [("N", "- 40% quận, huyện, thị xã được công nhận danh hiệu huyện học tập")],
  "The fourth one (districts recognised as learning districts) was 40% in 2025 (“40% quận, huyện, thị xã được công nhận danh hiệu huyện học tập”), rising to 60% by 2030.",
  ["40%", "huyện học tập"],
  hist("U: Hanoi plan - what are the 2030 targets for learning models?",
       "A: Section II.2.2.d of the Hanoi plan [002_797e8de6131c77f9.txt]: (1) 70% of citizens are learning citizens, 70% have digital skills; (2) 80% of families, clans and communities are learning ones; (3) 70% of units recognised as learning units; (4) 60% of districts and towns recognised as learning districts; (5) the city recognised as a “Thành phố học tập”.",
       "U: ok"))
q("follow_up", "gạch đầu dòng đầu tiên có nói xã, phường phải tự lo ngân sách không?",
  [("H", "chịu trách nhiệm cân đối, bố trí ngân sách địa phương và huy động các nguồn kinh phí hợp pháp khác")],
  "Có. Gạch đầu dòng đầu tiên của mục V.9 ghi UBND các xã, phường chịu trách nhiệm cân đối, bố trí ngân sách địa phương và huy động các nguồn kinh phí hợp pháp khác để bảo đảm việc triển khai hiệu quả, thiết thực.",
  ["cân đối, bố trí ngân sách địa phương"],
  hist("U: kinh phí kế hoạch Huế 2026 lấy ở đâu?",
       "A: Mục IV kế hoạch Huế [000_4550be4bb11189cd.txt]: ngân sách nhà nước theo phân cấp và các nguồn kinh phí hợp pháp khác; quản lý theo Nghị quyết số 16/2025/NQ-HĐND.",
       "U: UBND xã, phường ở Huế phải làm gì?",
       "A: Mục V.9 có 5 gạch đầu dòng: (1) chủ động xây dựng và triển khai kế hoạch tại địa phương…; (2) phát triển các mô hình học tập, ngành nghề đào tạo; (3) rà soát, kiện toàn trung tâm học tập cộng đồng; (4) đánh giá, đề nghị công nhận các mô hình học tập; (5) kiểm tra, giám sát, báo cáo về Sở GD&ĐT trước ngày 15/12/2026 [000_4550be4bb11189cd.txt]."))
q("follow_up", "ý c là tham mưu khen những ai?",
  [("C", "c) Tham mưu Ủy ban nhân dân thành phố tôn vinh, khen thưởng những tấm gương tiêu biểu về tự học thành tài, các tổ chức, cá nhân có nhiều đóng góp cho công tác xây dựng xã hội học tập theo quy định;")],
  "Ý c: Sở GD&ĐT tham mưu UBND thành phố tôn vinh, khen thưởng những tấm gương tiêu biểu về tự học thành tài và các tổ chức, cá nhân có nhiều đóng góp cho công tác xây dựng xã hội học tập.",
  ["tự học thành tài", "tổ chức, cá nhân có nhiều đóng góp"],
  hist("U: Sở GD&ĐT Cần Thơ có mấy nhiệm vụ?",
       "A: Mục V.1 kế hoạch Cần Thơ [003_1a817ee72b993e3e.txt] có 4 ý: a) chủ trì triển khai các nhiệm vụ của Kế hoạch; b) triển khai các tiêu chí đánh giá, khung năng lực thông tin, tiêu chí công nhận; c) tham mưu UBND thành phố tôn vinh, khen thưởng; d) tham mưu kiểm tra, đánh giá, tổng hợp, báo cáo, sơ kết, tổng kết.",
       "U: ok"))
q("follow_up", "cái thứ hai có nhắc trí tuệ nhân tạo không?",
  [("A", "các mô hình giáo dục mới theo xu hướng phát triển khoa học công nghệ, trí tuệ nhân tạo AI")],
  "Có. Gạch thứ hai (rà soát, sắp xếp mạng lưới cơ sở giáo dục mầm non, phổ thông; thu hút cơ sở giáo dục trình độ đại học) có nhắc “các mô hình giáo dục mới theo xu hướng phát triển khoa học công nghệ, trí tuệ nhân tạo AI”.",
  ["trí tuệ nhân tạo AI"],
  hist(GREET, "U: kế hoạch an lão thực hiện văn bản nào của thành phố?",
       "A: Kế hoạch số 108/KH-UBND ngày 06/5/2025 của UBND thành phố Hải Phòng về triển khai phong trào “Học tập suốt đời” [004_b1b28019b71edc03.txt].",
       "U: Phòng GD&ĐT An Lão có những việc gì, tóm tắt từng gạch",
       "A: Mục III.1 kế hoạch An Lão [004_b1b28019b71edc03.txt] có 7 gạch: (1) tham mưu điều chỉnh cơ chế, chính sách khuyến học; (2) tham mưu rà soát, sắp xếp mạng lưới cơ sở giáo dục mầm non, phổ thông, thu hút cơ sở giáo dục đại học, kiện toàn trung tâm học tập cộng đồng; (3) đào tạo, bồi dưỡng cán bộ quản lý, giáo viên; (4) phối hợp triển khai các mô hình học tập; (5) chỉ đạo xây dựng môi trường giáo dục lành mạnh; (6) chủ trì tổng hợp kết quả phong trào hằng năm; (7) hợp tác quốc tế về giáo dục."))
q("follow_up", "quay lại câu đầu: quỹ đó hỗ trợ những ai?",
  [("M", "thành lập quỹ khuyến học, khuyến tài hỗ trợ công nhân, người lao động học tập nâng cao trình độ, kỹ năng nghề nghiệp và hỗ trợ con công nhân, người lao động hiếu học có hoàn cảnh khó khăn, nghèo.")],
  "Quỹ khuyến học, khuyến tài mà Liên đoàn Lao động huyện vận động thành lập dùng để hỗ trợ công nhân, người lao động học tập nâng cao trình độ, kỹ năng nghề nghiệp và hỗ trợ con công nhân, người lao động hiếu học có hoàn cảnh khó khăn, nghèo.",
  ["hỗ trợ công nhân, người lao động học tập", "con công nhân, người lao động hiếu học"],
  hist("U: Liên đoàn Lao động huyện Mỹ Lộc làm gì?",
       "A: Mục V.9.d kế hoạch Mỹ Lộc [001_7bafa58816a5de75.txt]: phối hợp đẩy mạnh phát triển nghề nghiệp cho người lao động; chỉ đạo các cấp công đoàn vận động người sử dụng lao động tạo điều kiện về thời gian, vật chất, thành lập quỹ khuyến học, khuyến tài.",
       "U: còn Hội Nông dân huyện?",
       "A: Hội Nông dân huyện nằm trong ý V.9.g chung với Hội CCB, Hội NCT, Hội Cựu giáo chức: hướng dẫn các cấp hội tổ chức hoạt động khuyến học, khuyến tài, nâng cao chất lượng “Quỹ vòng tay đồng đội”, huy động hội viên chuyển giao công nghệ [001_7bafa58816a5de75.txt]."))
q("follow_up", "And what is the date of the city plan it implements?",
  [("A", "Thực hiện Kế hoạch số 108 /KH-UBND ngày 06/5/2025 của Ủy ban nhân dân thành phố Hải Phòng")],
  "The An Lao plan implements Hai Phong city People's Committee Plan No. 108/KH-UBND dated 06/5/2025 (6 May 2025).",
  ["108", "06/5/2025"],
  hist("U: Who signed the An Lao plan?",
       "A: It is signed for the district People's Committee by Vice Chairman Nguyễn Quốc Thịnh (“KT. CHỦ TỊCH, PHÓ CHỦ TỊCH”) [004_b1b28019b71edc03.txt]. The text carries no number or date of its own.",
       "U: ok thanks"))
q("follow_up", "gạch thứ hai nhắc đến đài nào?",
  [("N", "Hướng dẫn các cơ quan thông tấn, báo chí của Thành phố; Đài Phát thanh và Truyền hình Hà Nội tổ chức chuyên mục, tuyên truyền về xây dựng xã hội học tập.")],
  "Gạch thứ hai nhắc Đài Phát thanh và Truyền hình Hà Nội: Sở TT&TT hướng dẫn các cơ quan thông tấn, báo chí của Thành phố và Đài tổ chức chuyên mục, tuyên truyền về xây dựng xã hội học tập.",
  ["Đài Phát thanh và Truyền hình Hà Nội", "chuyên mục"],
  hist("U: Sở Thông tin và Truyền thông Hà Nội có mấy nhiệm vụ?",
       "A: Mục V.5 kế hoạch Hà Nội [002_797e8de6131c77f9.txt] có 4 gạch đầu dòng: (1) phối hợp với Sở GD&ĐT cung cấp thông tin, hướng dẫn cơ quan báo chí tuyên truyền về Kế hoạch; (2) hướng dẫn các cơ quan thông tấn, báo chí và một đài tổ chức chuyên mục; (3) phối hợp triển khai văn hóa đọc trong cộng đồng; (4) chủ trì tập huấn, trang bị năng lực thông tin cho cán bộ.",
       "U: ok"))
q("follow_up", "mục cuối cùng gồm những hội nào?",
  [("C", "đ) Đề nghị Hội Cựu chiến binh thành phố, Hội Nông dân thành phố")],
  "Mục cuối cùng của V.11 là ý đ: Hội Cựu chiến binh thành phố và Hội Nông dân thành phố (hướng dẫn các cấp Hội phối hợp tổ chức các hoạt động khuyến học, khuyến tài theo tinh thần xã hội hóa).",
  ["Hội Cựu chiến binh thành phố", "Hội Nông dân thành phố"],
  hist(GREET, "U: kế hoạch Cần Thơ 2024 số mấy?",
       "A: Số 74/KH-BCĐ, ngày 04 tháng 5 năm 2024, của Ban Chỉ đạo Xây dựng xã hội học tập - Xóa mù chữ - Phổ cập giáo dục thành phố Cần Thơ [003_1a817ee72b993e3e.txt].",
       "U: mục 11 kế hoạch Cần Thơ nói gì?",
       "A: Mục V.11 kế hoạch Cần Thơ [003_1a817ee72b993e3e.txt] đề nghị Ủy ban MTTQ Việt Nam thành phố và các tổ chức chính trị - xã hội, gồm các ý a) Ủy ban MTTQ (giám sát, phản biện xã hội); b) Liên đoàn Lao động thành phố; c) Đoàn TNCS Hồ Chí Minh thành phố; d) Hội Liên hiệp Phụ nữ thành phố; đ) một ý chung cho hai hội."))
q("follow_up", "quay về Huế, ai theo dõi tổng hợp chỉ tiêu đó?",
  [("H", "“Đơn vị học tập” cấp tỉnh; “Cộng đồng học tập” cấp xã."),
   ("H", "1. Sở Giáo dục và Đào tạo")],
  "Ở Huế, Sở Giáo dục và Đào tạo (mục V.1) theo dõi, tổ chức triển khai và tổng hợp kết quả các mục tiêu, trong đó có “Đơn vị học tập” cấp tỉnh.",
  ["Sở Giáo dục và Đào tạo", "Đơn vị học tập"],
  hist(GREET, "U: Huế năm 2026 cần bao nhiêu đơn vị học tập?",
       "A: Có ít nhất 15 đơn vị được công nhận “Đơn vị học tập” cấp tỉnh mức độ 1, trong đó ít nhất 05 đơn vị đạt mức độ 2 (mục II.4) [000_4550be4bb11189cd.txt].",
       "U: thế Hà Nội 2025?",
       "A: Hà Nội đặt 50% đơn vị được công nhận là đơn vị học tập đến năm 2025 (mục II.2.1.d) [002_797e8de6131c77f9.txt]."))
q("follow_up", "And the first one by 2030?",
  [("M", "+ 80% các cơ sở giáo dục phổ thông, cơ sở giáo dục thường xuyên, cơ sở giáo dục nghề nghiệp và các cơ sở giáo dục khác triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường số.")],
  "By 2030 the first one rises to 80%: “80% các cơ sở giáo dục phổ thông, cơ sở giáo dục thường xuyên, cơ sở giáo dục nghề nghiệp và các cơ sở giáo dục khác triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường số”.",
  ["80%", "môi trường số"],
  hist("U: What are My Loc's 2025 targets for educational institutions?",
       "A: Section II.2.a of the My Loc plan [001_7bafa58816a5de75.txt]: (1) 60% of schools and continuing/vocational education institutions run management, teaching and learning in a digital environment; (2) 70% of community learning centres use IT in management.",
       "U: ok"))
q("follow_up", "thế gạch thứ tư của Sở đó thì trang bị năng lực thông tin cho ai?",
  [("N", "tập huấn, bồi dưỡng kiến thức, kỹ năng, trang bị năng lực thông tin cho đội ngũ cán bộ công chức, viên chức, người lao động trên địa bàn Thành phố.")],
  "Gạch thứ tư của Sở Thông tin và Truyền thông: chủ trì tổ chức các lớp tập huấn, bồi dưỡng kiến thức, kỹ năng, trang bị năng lực thông tin cho đội ngũ cán bộ công chức, viên chức, người lao động trên địa bàn Thành phố.",
  ["năng lực thông tin", "cán bộ công chức, viên chức, người lao động"],
  hist("U: Sở TT&TT Hà Nội có mấy nhiệm vụ, tóm tắt giúp",
       "A: Mục V.5 kế hoạch Hà Nội [002_797e8de6131c77f9.txt]: (1) phối hợp với Sở GD&ĐT hướng dẫn báo chí tuyên truyền về Kế hoạch; (2) hướng dẫn các cơ quan báo chí và Đài PT-TH Hà Nội tổ chức chuyên mục; (3) phối hợp triển khai văn hóa đọc; (4) chủ trì tổ chức các lớp tập huấn cho cán bộ.",
       "U: còn Sở Tài chính?",
       "A: Sở Tài chính (V.6): đảm bảo kinh phí trong dự toán ngân sách hàng năm; hướng dẫn cơ chế tài chính; phối hợp hoàn thiện chính sách huy động nguồn lực xã hội [002_797e8de6131c77f9.txt]."))
# ---------------------------------------------------------------- unanswerable (near misses; probe = what the plan would have to say)
NO = "Các kế hoạch đã nạp không nói điều này"
q("unanswerable", "hạn báo cáo cần thơ 2024", [],
  "Kế hoạch Cần Thơ năm 2024 (74/KH-BCĐ) không đặt ngày hạn nộp báo cáo nào; nó chỉ giao Sở GD&ĐT tham mưu UBND thành phố về công tác kiểm tra, đánh giá, tổng hợp, báo cáo. Các hạn cụ thể (01/12, 15/12…) là của kế hoạch Hà Nội, Huế, Mỹ Lộc.",
  [], probe=r"truoc ngay|\bhan (chot|nop|bao cao)\b", about="C")
q("unanswerable", "Sở Y tế Hà Nội phải lồng ghép giáo dục sức khỏe vào các trung tâm học tập cộng đồng đúng không?", [],
  "Kế hoạch Hà Nội không nêu tên Sở Y tế và không có nhiệm vụ giáo dục sức khỏe ở trung tâm học tập cộng đồng; nó chỉ có một mục chung cho “Các Sở, ngành khác” (phối hợp với Sở GD&ĐT, tạo điều kiện cho cán bộ học tập, cung cấp tài liệu học tập).",
  [], probe=r"so y te|suc khoe", about="N")
q("unanswerable", "Kế hoạch huyện Tiên Lãng giao Phòng Nội vụ làm gì trong phong trào Học tập suốt đời?", [],
  "Không có kế hoạch nào của huyện Tiên Lãng trong các kế hoạch đã nạp. Trong cùng thành phố Hải Phòng chỉ có kế hoạch của huyện An Lão (ở đó Phòng Nội vụ tham mưu kế hoạch, kinh phí đào tạo, bồi dưỡng cán bộ).",
  [], probe=r"tien lang")
q("unanswerable", "phường Thuận Hóa ở Huế có chỉ tiêu công dân học tập riêng năm 2026 không, bao nhiêu?", [],
  "Các kế hoạch đã nạp không có kế hoạch riêng của Thuận Hóa; kế hoạch năm 2026 của thành phố Huế chỉ đặt chỉ tiêu chung toàn thành phố (40% công dân đạt danh hiệu công dân học tập), không chia theo quận, phường.",
  [], probe=r"thuan hoa")
q("unanswerable", "Thành phố Hải Phòng đặt chỉ tiêu bao nhiêu % người dân có kỹ năng số năm 2025?", [],
  "Kế hoạch đã nạp của Hải Phòng chỉ là kế hoạch huyện An Lão; nó nhắc Kế hoạch 108/KH-UBND của thành phố nhưng không nêu chỉ tiêu phần trăm nào (kế hoạch An Lão không có con số chỉ tiêu).",
  [], probe=r"\d+(,\d+)?\s?%", about="A")
q("unanswerable", "Kế hoạch xây dựng xã hội học tập của quận Bình Thủy (Cần Thơ) có hạn báo cáo chưa?", [],
  "Không có kế hoạch của quận Bình Thủy trong các kế hoạch đã nạp; kế hoạch Cần Thơ 2024 giao chung cho UBND quận, huyện và cũng không đặt hạn báo cáo.",
  [], probe=r"binh thuy")
q("unanswerable", "Năm 2026 huyện Mỹ Lộc phải đạt bao nhiêu % công dân học tập?", [],
  "Kế hoạch Mỹ Lộc chỉ đặt hai mốc: đến năm 2025 (40%) và đến năm 2030 (60%); không có chỉ tiêu riêng cho năm 2026.",
  [], probe=r"2026", about="M")
q("unanswerable", "Cần Thơ năm 2024 đặt tỷ lệ người từ 15 đến 60 tuổi biết chữ là bao nhiêu?", [],
  "Kế hoạch Cần Thơ năm 2024 không đặt tỷ lệ người biết chữ; về xóa mù chữ nó chỉ có “100% quận, huyện đạt chuẩn xóa mù chữ mức độ 2”. Tỷ lệ 99,5%/99,6% là của Hà Nội.",
  [], probe=r"biet chu", about="C")
q("unanswerable", "Huế 2026 đặt bao nhiêu % gia đình đạt danh hiệu Gia đình học tập?", [],
  "Kế hoạch Huế năm 2026 không đặt chỉ tiêu gia đình học tập; các chỉ tiêu mô hình học tập của nó là 40% công dân học tập, ít nhất 15 đơn vị học tập, 100% xã, phường đạt cộng đồng học tập mức độ 1.",
  [], probe=r"\d+\s?%[^.;]{0,40}gia dinh", about="H")
q("unanswerable", "mỹ lộc chỉ tiêu năng lực thông tin năm 2027", [],
  "Kế hoạch Mỹ Lộc không có mốc 2027; chỉ có 60% (đến 2025) và 70% (đến 2030).",
  [], probe=r"2027", about="M")
q("unanswerable", "Tại sao kế hoạch An Lão có hai nội dung 4 và 5 giống hệt nhau?", [],
  "Kế hoạch An Lão không giải thích; văn bản chỉ lặp nguyên văn nội dung “Tiếp tục rà soát, sắp xếp mạng lưới các cơ sở giáo dục, đào tạo…” ở mục II.4 và II.5 mà không nêu lý do.",
  [], probe=r"\bly do\b|\bboi vi\b|lap lai|trung lap", about="A")
q("unanswerable", "Vì sao Cần Thơ chọn con số 55,55% cho chỉ tiêu Đơn vị học tập?", [],
  "Kế hoạch Cần Thơ chỉ ghi “Phần đầu đạt tỷ lệ 55,55% đơn vị được đánh giá, công nhận…” mà không nêu cách tính hay lý do chọn con số này.",
  [], probe=r"55,55 ?%[^.;]{0,80}(tuong ung|tren tong|boi vi|ly do)|\bly do\b", about="C")
q("unanswerable", "Tại sao Hà Nội phải thay thế Kế hoạch 290/KH-UBND năm 2021?", [],
  "Kế hoạch Hà Nội chỉ ghi “Kế hoạch này thay thế cho Kế hoạch số 290/KH-UBND ngày 16/12/2021…” mà không nêu lý do thay thế.",
  [], probe=r"thay the[^.]{0,200}\b(ly do|boi vi|vi le)\b", about="N")
q("unanswerable", "Làm thế nào để một xã ở Mỹ Lộc được công nhận Cộng đồng học tập, cần đạt bao nhiêu điểm?", [],
  "Kế hoạch Mỹ Lộc không nêu thang điểm hay thủ tục công nhận “Cộng đồng học tập” cấp xã; nó chỉ yêu cầu nâng cao chất lượng đánh giá, xếp loại các mô hình và triển khai các tiêu chí do cơ quan có thẩm quyền ban hành.",
  [], probe=r"\bdiem (dat|chuan|toi thieu)\b|thang diem|\d+ diem", about="M")
q("unanswerable", "Hội Sinh viên thành phố Hà Nội phải vận động sinh viên tham gia học tập suốt đời đúng không?", [],
  "Kế hoạch Hà Nội không nêu tên Hội Sinh viên; việc vận động gây quỹ hỗ trợ học sinh, sinh viên khó khăn là của Đoàn TNCS Hồ Chí Minh thành phố.",
  [], probe=r"hoi sinh vien", about="N")
q("unanswerable", "Công an huyện An Lão phải mở lớp xóa mù chữ cho phạm nhân đúng không?", [],
  "Kế hoạch An Lão không nêu tên Công an huyện và không có nhiệm vụ nào về phạm nhân; nhiệm vụ này chỉ có ở kế hoạch Hà Nội và Cần Thơ (Công an thành phố).",
  [], probe=r"cong an|pham nhan", about="A")
q("unanswerable", "Cần Thơ 2024 đặt mục tiêu bao nhiêu % gia đình học tập?", [],
  "Kế hoạch Cần Thơ năm 2024 không đặt chỉ tiêu gia đình học tập; các chỉ tiêu mô hình của nó là 55,55% “Đơn vị học tập” và 80% “Cộng đồng học tập”.",
  [], probe=r"\d+(,\d+)?\s?%[^.;]{0,40}gia dinh", about="C")
q("unanswerable", "What is the total budget in VND for Hue's 2026 plan?", [],
  "The Hue 2026 plan gives no amount of money: it only names the sources (state budget by decentralisation and other lawful sources) and Resolution 16/2025/NQ-HĐND for spending rules.",
  [], probe=r"\d[\d.,]* ?(trieu|ty|nghin) dong|vnd", about="H")
q("unanswerable", "When must the My Loc district PC report to the Nam Dinh provincial People's Committee?", [],
  "The My Loc plan sets deadlines only inside the district (30 November, 10 December, 15 December); it gives no date for a report to the province.",
  [], probe=r"truoc ngay[^.;]{0,80}\b(ubnd|uy ban nhan dan) tinh\b", about="M")
q("unanswerable", "What share of Can Tho's population must hold a university degree by 2030?", [],
  "The Can Tho plan is for 2024 only and sets 15% for 2024; it gives no 2030 figure.",
  [], probe=r"2030[^.;]{0,80}\d+\s?%", about="C")
q("unanswerable", "Under the Can Tho plan, what must the city Department of Construction do?", [],
  "The Can Tho plan does not name the Department of Construction (Sở Xây dựng), and unlike Hue and Hanoi it has no catch-all item for other departments.",
  [], probe=r"so xay dung|cac so, nganh khac|cac so, ban, nganh truc thuoc", about="C")
q("unanswerable", "What does the Nam Truc district plan assign to its Education and Training Office?", [],
  "There is no Nam Truc plan among the loaded plans; the only Nam Dinh district plan is My Loc's.",
  [], probe=r"nam truc")
q("unanswerable", "Hiện nay Mỹ Lộc có bao nhiêu trung tâm học tập cộng đồng?", [],
  "Kế hoạch Mỹ Lộc không nêu số trung tâm học tập cộng đồng hiện có; nó chỉ đặt tỷ lệ trung tâm ứng dụng CNTT (70% năm 2025, 90% năm 2030).",
  [], probe=r"\d+ trung tam hoc tap cong dong|co \d+ trung tam", about="M")
q("unanswerable", "Năm 2024 Cần Thơ đã đạt bao nhiêu % người lao động có kỹ năng sống?", [],
  "Kế hoạch Cần Thơ chỉ nêu chỉ tiêu phấn đấu (90%) chứ không nêu kết quả đã đạt.",
  [], probe=r"(da dat|ket qua dat|dat duoc)[^.;]{0,40}\d+\s?%", about="C")
q("unanswerable", "Kế hoạch An Lão yêu cầu 100% xã, thị trấn có thư viện số đúng không?", [],
  "Không có chỉ tiêu như vậy: kế hoạch An Lão chỉ giao Phòng Văn hóa Khoa học và Thông tin tham mưu xây dựng, nhân rộng mô hình “thư viện số”, không đặt con số phần trăm nào.",
  [], probe=r"\d+\s?%", about="A")
q("unanswerable", "Ngân hàng Chính sách xã hội huyện Mỹ Lộc cho vay học nghề thế nào theo kế hoạch?", [],
  "Kế hoạch Mỹ Lộc không nêu tên Ngân hàng Chính sách xã hội và không nói về cho vay học nghề.",
  [], probe=r"ngan hang|cho vay", about="M")
q("unanswerable", "Vì sao Hội Khuyến học Huế được giao theo dõi chỉ tiêu Công dân học tập mà không phải Sở GD&ĐT?", [],
  "Kế hoạch Huế chỉ phân công (Hội Khuyến học thành phố theo dõi mục tiêu “Công dân học tập”; Sở GD&ĐT theo dõi các mục tiêu khác) mà không nêu lý do phân công.",
  [], probe=r"\bly do\b|\bboi vi\b|\bvi le\b", about="H")
q("unanswerable", "Làm thế nào để được nhận Quỹ học bổng Hoàng Ngân ở Mỹ Lộc, hồ sơ gồm những gì?", [],
  "Kế hoạch Mỹ Lộc chỉ giao Hội LHPN huyện đẩy mạnh hoạt động của “Quỹ học bổng Hoàng Ngân”; nó không nêu điều kiện, hồ sơ hay cách xét học bổng.",
  [], probe=r"ho so|dieu kien (nhan|xet)|tieu chuan xet", about="M")
q("unanswerable", "Ban Tuyên giáo Huyện ủy An Lão phải kiểm tra, giám sát việc thực hiện kế hoạch đúng không?", [],
  "Kế hoạch An Lão không nêu tên Ban Tuyên giáo Huyện ủy (kế hoạch Mỹ Lộc và Hà Nội mới có Ban Tuyên giáo); ở An Lão việc theo dõi, kiểm tra tại địa phương là của UBND xã, thị trấn.",
  [], probe=r"tuyen giao", about="A")
q("unanswerable", "Mỹ Lộc 2025 có đặt chỉ tiêu trường đạt chuẩn quốc gia không, bao nhiêu?", [],
  "Kế hoạch Mỹ Lộc không có chỉ tiêu trường đạt chuẩn quốc gia (chỉ tiêu này chỉ có ở Hà Nội: 80-85% năm 2025).",
  [], probe=r"chuan quoc gia", about="M")
q("unanswerable", "Huế 2026 đặt bao nhiêu % lao động qua đào tạo có bằng cấp, chứng chỉ?", [],
  "Kế hoạch Huế năm 2026 không có chỉ tiêu lao động có bằng cấp, chứng chỉ (chỉ tiêu này chỉ có ở Hà Nội).",
  [], probe=r"bang cap|chung chi", about="H")
q("unanswerable", "Hà Nội có nêu số trung tâm học tập cộng đồng cần thành lập mới không?", [],
  "Kế hoạch Hà Nội không nêu số lượng trung tâm cần thành lập; nó chỉ yêu cầu củng cố, phát triển bền vững các trung tâm cấp xã, phường, thị trấn và đặt tỷ lệ ứng dụng CNTT (70%/90%).",
  [], probe=r"thanh lap (moi )?\d+|\d+ trung tam", about="N")
q("unanswerable", "Kế hoạch Hà Nội nói gì về học sinh khuyết tật học hòa nhập?", [],
  "Kế hoạch Hà Nội không nói về giáo dục hòa nhập; nó chỉ nhắc hỗ trợ người khuyết tật có điều kiện học tập suốt đời (III.6) và đào tạo nghề cho người khuyết tật (Sở LĐ-TB&XH).",
  [], probe=r"hoa nhap", about="N")
q("unanswerable", "Theo kế hoạch Huế, mỗi trung tâm học tập cộng đồng được cấp bao nhiêu tiền mỗi năm?", [],
  "Kế hoạch Huế không nêu mức tiền cho từng trung tâm; nó chỉ dẫn Nghị quyết 16/2025/NQ-HĐND về nội dung, mức chi mà không ghi con số.",
  [], probe=r"\d[\d.,]* ?(trieu|ty|nghin) dong", about="H")
q("unanswerable", "chi tieu an lao 2025 bn %", [],
  "Kế hoạch An Lão không đặt chỉ tiêu phần trăm nào (không có phần Mục tiêu); nó chỉ nêu mục đích, yêu cầu, nội dung giải pháp và phân công.",
  [], probe=r"\d+\s?%|muc tieu cu the", about="A")
q("unanswerable", "ubnd xa o can tho phai nop bc truoc ngay may", [],
  "Kế hoạch Cần Thơ năm 2024 không giao việc cho UBND xã, phường (chỉ đến UBND quận, huyện) và không đặt hạn nộp báo cáo.",
  [], probe=r"truoc ngay|uy ban nhan dan (cac )?xa|ubnd (cac )?xa", about="C")
q("unanswerable", "còn năm 2027 thì Huế đặt bao nhiêu?", [],
  "Kế hoạch Huế là kế hoạch năm 2026, không có chỉ tiêu cho năm 2027.",
  [], probe=r"2027", about="H",
  history=hist("U: Huế 2026 chỉ tiêu kỹ năng sống bao nhiêu?",
               "A: 80% số người trong độ tuổi lao động được trang bị kỹ năng sống (mục II.2 kế hoạch Huế năm 2026) [000_4550be4bb11189cd.txt].",
               "U: ok"))
q("unanswerable", "cái thứ hai có hạn hoàn thành không?", [],
  "Nhiệm vụ thứ hai của Sở Thông tin và Truyền thông Cần Thơ (phối hợp với Sở GD&ĐT triển khai chuyển đổi số…) không có hạn hoàn thành; kế hoạch Cần Thơ 2024 không đặt mốc thời gian cho nhiệm vụ nào.",
  [], probe=r"truoc ngay|\bquy (i|ii|iii|iv)\b|hoan thanh (truoc|trong)", about="C",
  history=hist(GREET, "U: Sở TT&TT Cần Thơ làm gì?",
               "A: Mục V.4 kế hoạch Cần Thơ [003_1a817ee72b993e3e.txt] có hai việc: (1) chỉ đạo, cung cấp thông tin cho báo, đài, Phòng Văn hóa và Thông tin, Trung tâm VH-TT và Truyền thanh quận, huyện tuyên truyền; (2) phối hợp với Sở GD&ĐT triển khai chuyển đổi số, đảm bảo hạ tầng kỹ thuật và ứng dụng CNTT."))
q("unanswerable", "ý a đó có được giao kinh phí riêng không?", [],
  "Kế hoạch Hà Nội không giao kinh phí riêng cho Ủy ban MTTQ (ý a của mục V.15); phần kinh phí chỉ nói chung về dự toán của các đơn vị và các nguồn tài trợ.",
  [], probe=r"mat tran[^.;]{0,120}kinh phi", about="N",
  history=hist("U: mục 15 kế hoạch Hà Nội có những ý nào?",
               "A: Mục V.15 [002_797e8de6131c77f9.txt]: a) Ủy ban MTTQ Việt Nam thành phố Hà Nội và các tổ chức thành viên (phát động các cuộc vận động, phong trào thi đua); b) Hội Khuyến học Thành phố; c) Đoàn TNCS Hồ Chí Minh; d) Hội LHPN; e) Hội CCB, Hội Nông dân, Hội NCT, Hội Cựu giáo chức.",
               "U: ừ"))
q("unanswerable", "Kế hoạch Hà Nội có ghi 'Sở Giáo dục và Đào tạo chủ trì tổ chức Tuần lễ hưởng ứng học tập suốt đời' không?", [],
  "Không. Kế hoạch Hà Nội không nhắc Tuần lễ hưởng ứng học tập suốt đời (cụm này có ở kế hoạch Huế, Mỹ Lộc, Cần Thơ) nên cũng không giao ai chủ trì.",
  [], probe=r"tuan le", about="N")


# The heading of the body a task line belongs to, cited next to the line when the line itself does not name the
# body (keyed by the start of the question).
BODY_HEADINGS = {
    'Tôi là chuyên viên Sở Nội vụ thành phố Huế': [('H', '3. Sở Nội vụ')],
    'What does the Department of Home Affairs': [('H', '3. Sở Nội vụ')],
    'sở nội vụ hà nội nhiệm vụ': [('N', '3. Sở Nội vụ')],
    'Phòng Lao động - Thương binh và Xã hội huyện Mỹ Lộc': [('M', '2. Phòng Lao động - Thương binh và Xã hội')],
    'Em công tác ở Bộ Chỉ huy Quân sự': [('C', '7. Bộ Chỉ huy Quân sự thành phố')],
    'hội lhpn cần thơ nhiệm vụ': [('C', 'd) Đề nghị Hội Liên hiệp Phụ nữ thành phố chỉ đạo các cấp Hội Phụ nữ')],
    'An Lão: Phòng Nội vụ làm gì': [('A', '2. Phòng Nội vụ'), ('A', '4. Phòng Tài chính - Kế hoạch')],
    "Kế hoạch Huế có ghi 'Sở Văn hóa": [('H', '2. Sở Văn hóa và Thể thao')],
    'Mình là cán bộ Thành đoàn': [('N', 'c) Đoàn thanh niên cộng sản Hồ Chí Minh thành phố Hà Nội')],
    'Liên đoàn Lao động thành phố Huế phải': [('H', '8. Liên đoàn Lao động thành phố')],
    'UBND xã, thị trấn ở An Lão': [('A', '9. Ủy ban nhân dân xã, thị trấn')],
    'Sở Nội vụ Cần Thơ có phải': [('C', '2. Sở Nội vụ')],
    'UBND xã, phường ở Huế phải làm gì': [('H', '9. Ủy ban nhân dân các xã, phường')],
    'Ở Mỹ Lộc, UBND xã gửi báo cáo': [('M', '11. UBND các xã, thị trấn'), ('M', '1. Phòng Giáo dục và Đào tạo')],
    'Tôi là công chức văn hóa - xã hội': [('H', '9. Ủy ban nhân dân các xã, phường')],
    'Khi nào huyện Mỹ Lộc sơ kết': [('M', '1. Phòng Giáo dục và Đào tạo')],
    'An Lão có đặt ngày cụ thể': [('A', '1. Phòng Giáo dục và Đào tạo'), ('A', '8. Các phòng, ban, ngành huyện'), ('A', '9. Ủy ban nhân dân xã, thị trấn')],
    'Tôi là kế toán UBND một thị trấn': [('A', '9. Ủy ban nhân dân xã, thị trấn')],
    'Cần Thơ giao Sở Tài chính': [('C', '6. Sở Tài chính')],
    'Tiền thực hiện kế hoạch Hà Nội': [('N', '6. Sở Tài chính')],
    'UBND xã ở Mỹ Lộc có phải': [('M', '11. UBND các xã, thị trấn')],
    'ban dan toc ha noi': [('N', '10. Ban Dân tộc Thành phố')],
    'hoi khuyen hoc hue': [('H', '7. Hội Khuyến học thành phố')],
    'doan thanh nien can tho': [('C', 'c) Đề nghị Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố Cần Thơ')],
    'Phongf giaos ducj': [('M', '1. Phòng Giáo dục và Đào tạo')],
    'ubnd quan huyen ha noi': [('N', '16. Ủy ban nhân dân quận, huyện, thị xã')],
    'trung tam vh tt va truyen thong': [('M', '3. Trung tâm Văn hóa - Thể thao và Truyền thông'), ('M', '10. Trung tâmVăn hóa- Thể thao và truyền thông huyện')],
    'SGDĐT Huế': [('H', '1. Sở Giáo dục và Đào tạo')],
    'BTG HU Mỹ Lộc': [('M', '8. Đề nghị Ban Tuyên giáo Huyện ủy')],
    'P.GD&ĐT AL': [('A', '1. Phòng Giáo dục và Đào tạo')],
    'Người làm việc ở thư viện': [('H', '2. Sở Văn hóa và Thể thao')],
    'Ở Mỹ Lộc, công đoàn': [('M', 'd) Liên đoàn Lao động huyện')],
    "Hanoi Women's Union": [('N', 'd) Hội Liên hiệp phụ nữ Thành phố')],
    'can tho youth union': [('C', 'c) Đề nghị Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố Cần Thơ')],
    'By what date each year does My Loc': [('M', '1. Phòng Giáo dục và Đào tạo')],
    'Is it true that the Hanoi Finance': [('N', '6. Sở Tài chính')],
    'Can Tho Ethnic Minorities': [('C', '9. Ban Dân tộc')],
    'ý e nói gì?': [('M', 'e) Hội Liên hiệp Phụ nữ huyện')],
    'cái cuối cùng báo cáo cho ai?': [('M', '1. Phòng Giáo dục và Đào tạo')],
    'ok, quay lại Sở LĐTBXH': [('C', '3. Sở Lao động - Thương binh và Xã hội')],
    'cái thứ 7 làm gì?': [('A', '7. Trung tâm Văn hóa - Thông tin và Thể thao huyện')],
    'mục b có mấy gạch': [('N', 'b) Hội Khuyến học Thành phố')],
    'gạch đầu dòng đầu tiên có nói': [('H', '9. Ủy ban nhân dân các xã, phường')],
    'ý c là tham mưu': [('C', '1. Sở Giáo dục và Đào tạo')],
    'cái thứ hai có nhắc trí tuệ': [('A', '1. Phòng Giáo dục và Đào tạo')],
    'quay lại câu đầu: quỹ đó': [('M', 'd) Liên đoàn Lao động huyện')],
    'gạch thứ hai nhắc đến đài': [('N', '5. Sở Thông tin và Truyền thông')],
    'thế gạch thứ tư của Sở đó': [('N', '5. Sở Thông tin và Truyền thông')],
}


# A target line does not carry its year: a span inside a plan's targets part is cited together with the heading
# that gives the year (Mỹ Lộc's "a)/b) Mục tiêu đến năm …", Hà Nội's "2.1./2.2.", Cần Thơ's "Mục tiêu cụ thể năm
# 2024", Huế's title "… năm 2026"), so that the answer can be read off the cited spans alone.
YEAR_PARTS = {
    "M": [("a) Mục tiêu đến năm 2025", "b) Mục tiêu đến năm 2030"), ("b) Mục tiêu đến năm 2030", "III. NHIỆM VỤ VÀ GIẢI PHÁP")],
    "N": [("2.1. Mục tiêu cụ thể đến năm 2025", "2.2. Mục tiêu cụ thể đến năm 2030"),
          ("2.2. Mục tiêu cụ thể đến năm 2030", "III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM")],
    "C": [("2. Mục tiêu cụ thể năm 2024", "III. NHIỆM VỤ VÀ GIẢI PHÁP")],
    "H": [("II. MỤC TIÊU", "III. NHIỆM VỤ VÀ GIẢI PHÁP")],
}


def year_heading(k, span):
    pos = TEXT[k].find(norm(span))
    for start, end in YEAR_PARTS.get(k, []):
        a, b = TEXT[k].find(start), TEXT[k].find(end)
        assert 0 <= a < b, (k, start, end)
        if a <= pos < b:
            return TITLE["H"] if k == "H" else start
    return None


def build():
    problems = []
    seen = set()
    rows = []
    counts = {}
    for n, it in enumerate(Q, 1):
        qid = f"q45-{n:03d}"
        where = f"{qid} {it['question'][:60]!r}"
        key = norm(it["question"]).lower()
        if key in seen:
            problems.append(f"{where}: duplicate question")
        seen.add(key)
        counts[it["type"]] = counts.get(it["type"], 0) + 1
        for start, extra in BODY_HEADINGS.items():
            if it["question"].startswith(start):
                it["ev"].extend(e for e in extra if e not in it["ev"])
        for k, s in list(it["ev"]):
            h = year_heading(k, s)
            if h and (k, h) not in it["ev"]:
                it["ev"].append((k, h))
        spans = []
        for k, s in it["ev"]:
            if norm(s) not in TEXT[k]:
                problems.append(f"{where}: span missing in {D[k]}: {s!r}")
            spans.append({"doc": D[k], "span": s})
        if it["type"] == "unanswerable":
            if it["ev"]:
                problems.append(f"{where}: unanswerable with evidence")
            if not it["probe"]:
                problems.append(f"{where}: unanswerable without probe")
            else:
                for k in it["about"]:
                    m = re.search(it["probe"], PLAIN[k])
                    if m:
                        problems.append(f"{where}: probe {it['probe']!r} matches {D[k]}: {PLAIN[k][max(0, m.start() - 40):m.end() + 40]!r}")
        else:
            if not it["ev"]:
                problems.append(f"{where}: answerable without evidence")
            if not it["kf"]:
                problems.append(f"{where}: no key facts")
        for kf in it["kf"]:
            if norm(kf).lower() not in norm(it["answer"]).lower():
                problems.append(f"{where}: key fact {kf!r} not in answer")
            if it["ev"] and not any(norm(kf).lower() in norm(s).lower() for _, s in it["ev"]):
                problems.append(f"{where}: key fact {kf!r} in no cited span")
        if it["type"] == "follow_up" and not it["history"]:
            problems.append(f"{where}: follow_up without history")
        if it["history"] and not 3 <= len(it["history"]) <= 5:
            problems.append(f"{where}: history of {len(it['history'])} turns")
        docs = []
        for k, _ in it["ev"]:
            if D[k] not in docs:
                docs.append(D[k])
        rows.append({"id": qid, "question": it["question"], "type": it["type"], "docs": docs, "evidence": spans,
                     "answer": it["answer"], "key_facts": it["kf"], "history": it["history"]})
    for typ in ("agency_tasks", "target", "deadline", "funding", "legal_basis", "purpose", "task_section",
                "cross_plan", "no_diacritics", "abbreviation", "paraphrase", "unanswerable", "english", "follow_up"):
        if counts.get(typ, 0) < MINIMUM.get(typ, 5):
            problems.append(f"type {typ}: {counts.get(typ, 0)} < {MINIMUM.get(typ, 5)}")
    for start in BODY_HEADINGS:
        if sum(it["question"].startswith(start) for it in Q) != 1:
            problems.append(f"BODY_HEADINGS key {start!r} does not match exactly one question")
    return rows, problems, counts


def main():
    rows, problems, counts = build()
    if problems:
        for p in problems:
            print(p)
        print(f"{len(problems)} problems; nothing written")
        return 1
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {OUT}: {len(rows)} questions; {dict(sorted(counts.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
