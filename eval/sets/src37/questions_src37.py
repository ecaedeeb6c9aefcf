"""Set 37: spoken, reverse-lookup, false-premise, counting and self-correcting questions on the five bundled plans.

    python eval/sets/src37/questions_src37.py      # writes eval/sets/bundled37.jsonl

Written independently of the product code and of the earlier question files. Refuses to write if a span is missing
from its plan (after FORMAT.md's normalisation), a key fact is missing from its answer or from every span it cites,
a type is below its minimum, or an unanswerable question's probe regex matches the accent-free text of the plans it
is checked against.
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
PLANS = os.path.join(ROOT, "data", "plans")
OUT = os.path.join(os.path.dirname(HERE), "bundled37.jsonl")

HUE = "000_4550be4bb11189cd.txt"
ML = "001_7bafa58816a5de75.txt"
HN = "002_797e8de6131c77f9.txt"
CT = "003_1a817ee72b993e3e.txt"
AL = "004_b1b28019b71edc03.txt"
ALL = [HUE, ML, HN, CT, AL]

MINIMUM = {"agency_tasks": 14, "target": 12, "deadline": 8, "funding": 6, "legal_basis": 4, "purpose": 3,
           "task_section": 5, "cross_plan": 6, "no_diacritics": 8, "abbreviation": 6, "paraphrase": 5,
           "english": 18, "follow_up": 20, "unanswerable": 30}


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()


def fold(s):
    s = norm(s).replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


TEXT = {}
for _d in ALL:
    with open(os.path.join(PLANS, _d), encoding="utf-8") as _f:
        TEXT[_d] = norm(_f.read())

ITEMS = []
PROBLEMS = []


def _hist(h):
    out = []
    for role, content in h or []:
        out.append({"role": {"u": "user", "a": "assistant"}[role], "content": content})
    return out


def Q(qtype, question, spans, answer, key_facts, history=None):
    docs = []
    for d, _ in spans:
        if d not in docs:
            docs.append(d)
    qid = f"q37-{len(ITEMS) + 1:03d}"
    for d, s in spans:
        if norm(s) not in TEXT[d]:
            PROBLEMS.append(f"{qid}: span missing in {d}: {s!r}")
    for kf in key_facts:
        if norm(kf).lower() not in norm(answer).lower():
            PROBLEMS.append(f"{qid}: key fact {kf!r} not in answer")
        if not any(norm(kf).lower() in norm(s).lower() for _, s in spans):
            PROBLEMS.append(f"{qid}: key fact {kf!r} not in any cited span")
    ITEMS.append({"id": qid, "question": question, "type": qtype, "docs": docs,
                  "evidence": [{"doc": d, "span": s} for d, s in spans],
                  "answer": answer, "key_facts": key_facts, "history": _hist(history)})


def U(question, answer, probes, history=None):
    """probes: [(docs, regex)] - the regex must NOT match the accent-free normalised text of those plans."""
    qid = f"q37-{len(ITEMS) + 1:03d}"
    for docs, rx in probes:
        for d in docs:
            if re.search(rx, fold(TEXT[d])):
                PROBLEMS.append(f"{qid}: probe {rx!r} matches {d}")
    ITEMS.append({"id": qid, "question": question, "type": "unanswerable", "docs": [], "evidence": [],
                  "answer": answer, "key_facts": [], "history": _hist(history)})


# ---------------------------------------------------------------- agency_tasks
Q("agency_tasks", "ờ cho hỏi sở nội vụ thành phố huế thì là phải làm những việc gì",
  [(HUE, "Tổ chức thực hiện các nhiệm vụ nhằm đạt mục tiêu đào tạo, bồi dưỡng, nâng cao trình độ chuyên môn, nghiệp vụ cho đội ngũ cán bộ, công chức các cấp."),
   (HUE, "Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về năng lực cơ bản và trình độ của người dân.")],
  "Theo kế hoạch năm 2026 của Huế (mục V.3), Sở Nội vụ: (1) tổ chức thực hiện các nhiệm vụ nhằm đạt mục tiêu đào tạo, bồi dưỡng, nâng cao trình độ chuyên môn, nghiệp vụ cho đội ngũ cán bộ, công chức các cấp; (2) theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về năng lực cơ bản và trình độ của người dân.",
  ["đào tạo, bồi dưỡng", "năng lực cơ bản và trình độ của người dân"])

Q("agency_tasks", "Sở Nội vụ Cần Thơ, à nhầm, Hà Nội phải làm gì?",
  [(HN, "Trên cơ sở chức năng, nhiệm vụ được giao, chủ trì, phối hợp với các Sở, ngành, đơn vị có liên quan tổ chức các lớp tập huấn, bồi dưỡng kiến thức, kỹ năng cho đội ngũ cán bộ công chức, viên chức, người lao động trên địa bàn Thành phố để thực hiện và hoàn thành các mục tiêu của Kế hoạch.")],
  "Hiểu là Sở Nội vụ Hà Nội (mục V.3): trên cơ sở chức năng, nhiệm vụ được giao, chủ trì, phối hợp với các Sở, ngành, đơn vị có liên quan tổ chức các lớp tập huấn, bồi dưỡng kiến thức, kỹ năng cho đội ngũ cán bộ công chức, viên chức, người lao động trên địa bàn Thành phố để hoàn thành các mục tiêu của Kế hoạch.",
  ["tập huấn, bồi dưỡng kiến thức, kỹ năng"])

Q("agency_tasks", "ai được giao xây dựng thư viện số ở An Lão?",
  [(AL, "3. Phòng Văn hóa Khoa học và Thông tin"),
   (AL, "xây dựng, nhân rộng mô hình “thư viện số”, “thư viện công cộng” nhằm đáp ứng nhu cầu học tập, tìm kiếm, tra cứu thông tin của người dân.")],
  "Phòng Văn hóa Khoa học và Thông tin huyện An Lão (mục III.3): tham mưu củng cố các thiết chế văn hóa, đặc biệt là hệ thống thư viện; xây dựng, nhân rộng mô hình “thư viện số”, “thư viện công cộng” nhằm đáp ứng nhu cầu học tập, tra cứu thông tin của người dân.",
  ["Phòng Văn hóa Khoa học và Thông tin", "thư viện số"])

Q("agency_tasks", "cơ quan nào ở Hà Nội tổ chức lớp xóa mù chữ cho phạm nhân trong trại giam?",
  [(HN, "Công an Thành phố: chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Sở Lao động - Thương binh và Xã hội tiếp tục tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân và học viên trong các trại giam, trại tạm giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng.")],
  "Công an Thành phố (thuộc mục V.8 “Lực lượng vũ trang Thành phố”): chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Sở Lao động - Thương binh và Xã hội tiếp tục tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân và học viên trong các trại giam, trại tạm giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng.",
  ["Công an Thành phố", "trại giam"])

Q("agency_tasks", "Kế hoạch Mỹ Lộc giao Phòng Tài chính - Kế hoạch quản lý Quỹ học bổng Hoàng Ngân đúng không? Cụ thể phòng này làm gì?",
  [(ML, "Căn cứ tình hình thực tế của địa phương, tham mưu UBND huyện bố trí kinh phí để thực hiện Kế hoạch theo phân cấp ngân sách hiện hành."),
   (ML, "e) Hội Liên hiệp Phụ nữ huyện"),
   (ML, "đẩy mạnh hoạt động có hiệu quả đối với “Quỹ học bổng Hoàng Ngân”")],
  "Không đúng. Quỹ học bổng Hoàng Ngân thuộc nhiệm vụ của Hội Liên hiệp Phụ nữ huyện (mục V.9.e: “đẩy mạnh hoạt động có hiệu quả đối với Quỹ học bổng Hoàng Ngân”). Phòng Tài chính - Kế hoạch (mục V.5) chỉ có một nhiệm vụ: căn cứ tình hình thực tế của địa phương, tham mưu UBND huyện bố trí kinh phí để thực hiện Kế hoạch theo phân cấp ngân sách hiện hành.",
  ["bố trí kinh phí", "Hội Liên hiệp Phụ nữ huyện", "Hoàng Ngân"])

Q("agency_tasks", "bộ tư lệnh thủ đô thì được giao cái gì trong kế hoạch hà nội",
  [(HN, "Bộ Tư lệnh Thủ đô: tiếp tục tổ chức, tăng cường công tác tuyên truyền, phổ biến giáo dục, bồi dưỡng kiến thức quốc phòng, an ninh cho mọi tầng lớp nhân dân, nhất là những người có uy tín trong cộng đồng dân cư")],
  "Bộ Tư lệnh Thủ đô (mục V.8, Lực lượng vũ trang Thành phố): tiếp tục tổ chức, tăng cường công tác tuyên truyền, phổ biến giáo dục, bồi dưỡng kiến thức quốc phòng, an ninh cho mọi tầng lớp nhân dân, nhất là những người có uy tín trong cộng đồng dân cư, chức sắc, chức việc tôn giáo, già làng, trưởng họ tộc.",
  ["kiến thức quốc phòng, an ninh"])

Q("agency_tasks", "ở Cần Thơ ai lo việc nâng cao tiếng dân tộc thiểu số cho bộ đội?",
  [(CT, "7. Bộ Chỉ huy Quân sự thành phố"),
   (CT, "b) Chỉ đạo nâng cao trình độ, năng lực ngoại ngữ và tiếng dân tộc thiểu số cho lực lượng vũ trang, cán bộ, chiến sĩ quân đội.")],
  "Bộ Chỉ huy Quân sự thành phố Cần Thơ (mục V.7.b): chỉ đạo nâng cao trình độ, năng lực ngoại ngữ và tiếng dân tộc thiểu số cho lực lượng vũ trang, cán bộ, chiến sĩ quân đội.",
  ["Bộ Chỉ huy Quân sự thành phố", "tiếng dân tộc thiểu số"])

Q("agency_tasks", "Hội Nông dân thành phố Cần Thơ được giao giám sát, phản biện xã hội việc thực hiện kế hoạch phải không?",
  [(CT, "a) Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện tham gia giám sát, phản biện xã hội việc triển khai thực hiện Kế hoạch."),
   (CT, "đ) Đề nghị Hội Cựu chiến binh thành phố, Hội Nông dân thành phố"),
   (CT, "Hướng dẫn các cấp Hội phối hợp tổ chức các hoạt động khuyến học, khuyến tài, xây dựng xã hội học tập theo tinh thần xã hội hóa giáo dục và đào tạo; huy động hội viên tham gia chuyển giao công nghệ")],
  "Không. Việc tham gia giám sát, phản biện xã hội được đề nghị cho Ủy ban Mặt trận Tổ quốc Việt Nam thành phố (mục V.11.a). Hội Nông dân thành phố (cùng Hội Cựu chiến binh, mục V.11.đ) được đề nghị hướng dẫn các cấp Hội phối hợp tổ chức các hoạt động khuyến học, khuyến tài, xây dựng xã hội học tập theo tinh thần xã hội hóa giáo dục và đào tạo; huy động hội viên tham gia chuyển giao công nghệ, hỗ trợ khởi nghiệp, phổ biến kiến thức cho người dân.",
  ["Ủy ban Mặt trận Tổ quốc", "giám sát, phản biện xã hội", "chuyển giao công nghệ"])

Q("agency_tasks", "ờ phòng nội vụ huyện an lảo thì phải làm gì",
  [(AL, "Chủ trì phối hợp với các phòng, ban, ngành, địa phương tham mưu Ủy ban nhân dân huyện kế hoạch, kinh phí, tổ chức đào tạo, bồi dưỡng cán bộ, công chức, viên chức theo quy định của Chính phủ."),
   (AL, "Chủ trì tham mưu khảo sát, đánh giá tình hình, chất lượng đội ngũ cán bộ, công chức, viên chức."),
   (AL, "chính sách bảo vệ cán bộ, miễn trừ trách nhiệm đối với cán bộ tiên phong")],
  "Hiểu là huyện An Lão (mục III.2, Phòng Nội vụ): chủ trì, phối hợp tham mưu Ủy ban nhân dân huyện kế hoạch, kinh phí, tổ chức đào tạo, bồi dưỡng cán bộ, công chức, viên chức theo quy định của Chính phủ; chủ trì tham mưu khảo sát, đánh giá tình hình, chất lượng đội ngũ cán bộ, công chức, viên chức, nghiên cứu khung tiêu chí đánh giá, sàng lọc, quy hoạch cán bộ, và nghiên cứu cơ chế khuyến khích cán bộ dám nghĩ, dám làm, chính sách bảo vệ cán bộ, miễn trừ trách nhiệm đối với cán bộ tiên phong.",
  ["đào tạo, bồi dưỡng cán bộ", "khảo sát, đánh giá", "miễn trừ trách nhiệm"])

Q("agency_tasks", "liên đoàn lao động thành phố huế thì thực hiện kế hoạch số một bốn bảy đúng không ngày nào",
  [(HUE, "tổ chức thực hiện Kế hoạch số 147/KH-UBND ngày 17 tháng 4 năm 2023 về việc triển khai thực hiện Chương trình “Đẩy mạnh các hoạt động học tập suốt đời trong công nhân lao động tại các doanh nghiệp đến năm 2030”")],
  "Đúng. Liên đoàn Lao động thành phố Huế (mục V.8) chủ trì, phối hợp các sở, ngành, địa phương, cơ quan, tổ chức có liên quan tổ chức thực hiện Kế hoạch số 147/KH-UBND ngày 17 tháng 4 năm 2023 về Chương trình “Đẩy mạnh các hoạt động học tập suốt đời trong công nhân lao động tại các doanh nghiệp đến năm 2030”.",
  ["147/KH-UBND", "17 tháng 4 năm 2023"])

Q("agency_tasks", "đơn vị nào ở Hà Nội phải triển khai trường học số?",
  [(HN, "13. Trường Đại học Thủ đô Hà Nội, các trường Cao đẳng trực thuộc"),
   (HN, "Triển khai trường học số, xây dựng học liệu số để nâng cao năng lực hoạt động, đáp ứng yêu cầu đào tạo nguồn nhân lực chất lượng cao cho Thủ đô.")],
  "Trường Đại học Thủ đô Hà Nội và các trường Cao đẳng trực thuộc Ủy ban nhân dân Thành phố (mục V.13): triển khai trường học số, xây dựng học liệu số để nâng cao năng lực hoạt động, đáp ứng yêu cầu đào tạo nguồn nhân lực chất lượng cao cho Thủ đô.",
  ["Trường Đại học Thủ đô Hà Nội", "trường học số"])

Q("agency_tasks", "ai phải hỗ trợ cung cấp dịch vụ viễn thông công ích đến 2030 ở Mỹ Lộc",
  [(ML, "3. Trung tâm Văn hóa - Thể thao và Truyền thông"),
   (ML, "b) Chủ trì, phối hợp với các sở, ngành liên quan thực hiện hỗ trợ cung cấp dịch vụ viễn thông công ích đến năm 2030 cho các đối tượng theo quy định của nhà nước.")],
  "Trung tâm Văn hóa - Thể thao và Truyền thông huyện Mỹ Lộc (mục V.3.b): chủ trì, phối hợp với các sở, ngành liên quan thực hiện hỗ trợ cung cấp dịch vụ viễn thông công ích đến năm 2030 cho các đối tượng theo quy định của nhà nước.",
  ["Trung tâm Văn hóa - Thể thao và Truyền thông", "viễn thông công ích"])

Q("agency_tasks", "Ban Tuyên giáo Thành ủy Hà Nội chủ trì kiểm tra, giám sát kế hoạch à?",
  [(HN, "Phối hợp với Sở Giáo dục và Đào tạo kiểm tra, giám sát thực hiện Kế hoạch."),
   (HN, "Chủ trì tổ chức kiểm tra, giám sát, đánh giá, tổng hợp, báo cáo hằng năm")],
  "Không phải chủ trì. Kế hoạch đề nghị Ban Tuyên giáo Thành ủy (mục V.14) “Phối hợp với Sở Giáo dục và Đào tạo kiểm tra, giám sát thực hiện Kế hoạch” (ngoài việc chỉ đạo các cấp ủy và chỉ đạo cơ quan báo chí tuyên truyền). Cơ quan chủ trì là Sở Giáo dục và Đào tạo (mục V.1): “Chủ trì tổ chức kiểm tra, giám sát, đánh giá, tổng hợp, báo cáo hằng năm”.",
  ["Phối hợp với Sở Giáo dục và Đào tạo kiểm tra, giám sát", "Chủ trì tổ chức kiểm tra"])

Q("agency_tasks", "Thành đoàn Cần Thơ được giao vận động gây quỹ học bổng đúng không, họ làm gì?",
  [(CT, "c) Đề nghị Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố Cần Thơ"),
   (CT, "Chỉ đạo cho Đoàn thanh niên quận, huyện, phối hợp với chính quyền cơ sở thực hiện tốt công tác nắm chắc số lượng đoàn viên và thanh, thiếu niên trong độ tuổi"),
   (CT, "Chỉ đạo các tổ chức Đoàn cơ sở phối hợp tốt với các trường trung học cơ sở, trường trung học phổ thông, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên")],
  "Không, kế hoạch Cần Thơ không giao Đoàn Thanh niên việc gây quỹ. Đoàn TNCS Hồ Chí Minh thành phố (mục V.11.c) được đề nghị: chỉ đạo Đoàn thanh niên quận, huyện phối hợp với chính quyền cơ sở nắm chắc số lượng đoàn viên và thanh, thiếu niên trong độ tuổi, động viên đoàn viên thiếu tích cực, vận động đoàn viên, đội viên bỏ học giữa chừng đến trường, ra lớp; và chỉ đạo các tổ chức Đoàn cơ sở phối hợp tốt với các trường trung học cơ sở, trung học phổ thông, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên.",
  ["nắm chắc số lượng đoàn viên", "Đoàn cơ sở"])

# ---------------------------------------------------------------- target
Q("target", "chỉ tiêu nào của Hà Nội đạt 70% vào năm 2030?",
  [(HN, "2.2. Mục tiêu cụ thể đến năm 2030"),
   (HN, "70% người trong độ tuổi lao động được trang bị năng lực thông tin."),
   (HN, "70% người trong độ tuổi lao động được trang bị kỹ năng sống."),
   (HN, "70% công dân đạt danh hiệu công dân học tập; 70% công dân đạt kỹ năng số."),
   (HN, "70% đơn vị được công nhận là đơn vị học tập;")],
  "Trong mục tiêu đến năm 2030 của Hà Nội (mục II.2.2), các chỉ tiêu 70% là: 70% người trong độ tuổi lao động được trang bị năng lực thông tin; 70% được trang bị kỹ năng sống; 70% công dân đạt danh hiệu công dân học tập; 70% công dân đạt kỹ năng số; 70% đơn vị được công nhận là đơn vị học tập.",
  ["năng lực thông tin", "kỹ năng sống", "công dân học tập", "kỹ năng số", "đơn vị học tập"])

Q("target", "mỹ lộc năm hai nghìn không trăm ba mươi thì bao nhiêu phần trăm công dân đạt công dân học tập",
  [(ML, "b) Mục tiêu đến năm 2030"), (ML, "+ 60% công dân đạt danh hiệu công dân học tập.")],
  "Đến năm 2030, huyện Mỹ Lộc đặt mục tiêu 60% công dân đạt danh hiệu công dân học tập (năm 2025 là 40%).",
  ["60%"])

Q("target", "Trong mục tiêu năm 2025 của Hà Nội, chỉ tiêu phần trăm nào cao nhất mà không phải 100%?",
  [(HN, "2.1. Mục tiêu cụ thể đến năm 2025"), (HN, "Duy trì 99,5% trở lên người trong độ tuổi 15-60 biết chữ."),
   (HN, "95% số người mới biết chữ tiếp tục học tập và không tái mù chữ.")],
  "Chỉ tiêu “Duy trì 99,5% trở lên người trong độ tuổi 15-60 biết chữ” (mục II.2.1.a); kế đó là 95% số người mới biết chữ tiếp tục học tập và không tái mù chữ.",
  ["99,5%", "15-60"])

Q("target", "Huế năm 2026 đặt mục tiêu 90% người trong độ tuổi lao động có kỹ năng sống, đúng không?",
  [(HUE, "80% số người trong độ tuổi lao động được trang bị kỹ năng sống.")],
  "Không đúng: kế hoạch năm 2026 của Huế đặt 80% số người trong độ tuổi lao động được trang bị kỹ năng sống (mục II.2), không phải 90%.",
  ["80%"])

Q("target", "Cần Thơ phấn đấu 60% đơn vị học tập năm 2024 hả?",
  [(CT, "Phần đầu đạt tỷ lệ 55,55% đơn vị được đánh giá, công nhận theo mức độ “Đơn vị học tập” cấp huyện, cấp thành phố;")],
  "Không phải 60%: kế hoạch năm 2024 của Cần Thơ ghi “Phần đầu [phấn đấu] đạt tỷ lệ 55,55% đơn vị được đánh giá, công nhận theo mức độ “Đơn vị học tập” cấp huyện, cấp thành phố”.",
  ["55,55%"])

Q("target", "cần thơ năm hai không hai tư chỉ tiêu trung tâm học tập cộng đồng ứng dụng công nghệ thông tin là bao nhiêu",
  [(CT, "Phần đầu đạt tỷ lệ 90% trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục.")],
  "Năm 2024, Cần Thơ phấn đấu (văn bản ghi “Phần đầu”) đạt tỷ lệ 90% trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục.",
  ["90%"])

Q("target", "chỉ tiêu thấp nhất trong mục tiêu năm 2025 của Mỹ Lộc là gì?",
  [(ML, "a) Mục tiêu đến năm 2025"),
   (ML, "+ Khoảng 50% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó 12% dân số có trình độ đại học trở lên."),
   (ML, "+ 40% công dân đạt danh hiệu công dân học tập theo tiêu chí do cơ quan có thẩm quyền ban hành.")],
  "Con số thấp nhất là 12% dân số có trình độ đại học trở lên (trong chỉ tiêu “Khoảng 50% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật”). Nếu chỉ xét các chỉ tiêu đứng riêng, thấp nhất là 40% công dân đạt danh hiệu công dân học tập.",
  ["12%", "40%"])

Q("target", "ở Huế chỉ tiêu nào là 40%?",
  [(HUE, "40% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó có 15% dân số có trình độ đại học trở lên."),
   (HUE, "40% công dân đạt danh hiệu công dân học tập.")],
  "Kế hoạch năm 2026 của Huế có hai chỉ tiêu 40%: 40% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật (trong đó 15% có trình độ đại học trở lên), và 40% công dân đạt danh hiệu công dân học tập.",
  ["chuyên môn kỹ thuật", "công dân học tập"])

Q("target", "Hà Nội năm 2025, à không, năm 2030 trường công lập đạt chuẩn quốc gia bao nhiêu?",
  [(HN, "85-90% trường công lập đạt chuẩn quốc gia.")],
  "Đến năm 2030, Hà Nội đặt mục tiêu 85-90% trường công lập đạt chuẩn quốc gia (năm 2025 là 80-85%).",
  ["85-90%"])

Q("target", "huế năm hai nghìn không trăm hai mươi sáu có ít nhất bao nhiêu đơn vị học tập cấp tỉnh mức độ một",
  [(HUE, "Có ít nhất 15 đơn vị được công nhận “Đơn vị học tập” cấp tỉnh mức độ 1, trong đó có ít nhất 05 đơn vị đạt mức độ 2.")],
  "Năm 2026, Huế đặt mục tiêu có ít nhất 15 đơn vị được công nhận “Đơn vị học tập” cấp tỉnh mức độ 1, trong đó có ít nhất 05 đơn vị đạt mức độ 2.",
  ["15", "05"])

Q("target", "Mục tiêu năm 2024 của Cần Thơ có mấy chỉ tiêu đặt mức 90%?",
  [(CT, "Phần đầu đạt tỷ lệ 90% số người trong độ tuổi lao động được trang bị năng lực về sử dụng công nghệ thông tin"),
   (CT, "Phần đầu đạt tỷ lệ 90% số người trong độ tuổi lao động được trang bị kỹ năng sống;"),
   (CT, "Phần đầu đạt tỷ lệ 90% trường đại học triển khai đại học số và xây dựng học liệu số;"),
   (CT, "Phần đầu đạt tỷ lệ 90% cơ sở giáo dục phổ thông, cơ sở giáo dục thường xuyên, cơ sở giáo dục nghề nghiệp và các cơ sở giáo dục khác triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường số;"),
   (CT, "Phần đầu đạt tỷ lệ 90% trung tâm học tập cộng đồng ứng dụng công nghệ thông tin")],
  "Năm chỉ tiêu 90%: năng lực sử dụng công nghệ thông tin của người trong độ tuổi lao động; kỹ năng sống; trường đại học triển khai đại học số và học liệu số; cơ sở giáo dục triển khai quản lý, giảng dạy và học tập trên môi trường số; trung tâm học tập cộng đồng ứng dụng công nghệ thông tin.",
  ["90%", "kỹ năng sống", "đại học số", "trung tâm học tập cộng đồng"])

Q("target", "Hà Nội đặt 60% lao động qua đào tạo vào năm 2030 đúng không?",
  [(HN, "80-85% lao động được qua đào tạo, trong đó lao động có bằng cấp, chứng chỉ đạt trên 60%.")],
  "Không: đến năm 2030 Hà Nội đặt 80-85% lao động được qua đào tạo; con số 60% là phần lao động có bằng cấp, chứng chỉ (“đạt trên 60%”).",
  ["80-85%", "trên 60%"])

# ---------------------------------------------------------------- deadline
Q("deadline", "Ở Huế việc nào phải xong trước 15/12/2026?",
  [(HUE, "9. Ủy ban nhân dân các xã, phường"),
   (HUE, "định kỳ tổng hợp, gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026 để tổng hợp, báo cáo Ủy ban nhân dân thành phố theo quy định.")],
  "Ủy ban nhân dân các xã, phường (mục V.9) phải định kỳ tổng hợp, gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026 để tổng hợp, báo cáo Ủy ban nhân dân thành phố.",
  ["15/12/2026", "Sở Giáo dục và Đào tạo"])

Q("deadline", "trong kế hoạch Mỹ Lộc, hạn 10 tháng 12 là của cơ quan nào, việc gì?",
  [(ML, "11. UBND các xã, thị trấn"),
   (ML, "d) Kiểm tra, giám sát và định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo")],
  "Đó là hạn của UBND các xã, thị trấn (mục V.11.d): kiểm tra, giám sát và định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo để tổng hợp báo cáo.",
  ["UBND các xã, thị trấn", "10 tháng 12"])

Q("deadline", "Hà Nội yêu cầu báo cáo kết quả hằng năm trước 15/12, đúng không?",
  [(HN, "định kỳ hàng năm tổng hợp kết quả, báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo để tổng hợp).")],
  "Không: kế hoạch Hà Nội yêu cầu định kỳ hàng năm tổng hợp kết quả, báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo để tổng hợp).",
  ["01 tháng 12"])

Q("deadline", "ờ an lão thì xã thị trấn phải báo cáo trước ngày nào",
  [(AL, "định kỳ báo cáo tình hình thực hiện kế hoạch gửi Phòng Giáo dục và Đào tạo tổng hợp báo cáo Ủy ban nhân dân huyện.")],
  "Kế hoạch An Lão không ghi ngày cụ thể: Ủy ban nhân dân xã, thị trấn (mục III.9) “định kỳ báo cáo tình hình thực hiện kế hoạch gửi Phòng Giáo dục và Đào tạo tổng hợp báo cáo Ủy ban nhân dân huyện”.",
  ["định kỳ", "Phòng Giáo dục và Đào tạo"])

Q("deadline", "huế rà soát trung tâm học tập cộng đồng mỗi xã phường ít nhất một trung tâm thì là xong khi nào",
  [(HUE, "Rà soát, củng cố, kiện toàn hệ thống trung tâm học tập cộng đồng, bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn thành trong Quý II năm 2026.")],
  "Việc rà soát, củng cố, kiện toàn hệ thống trung tâm học tập cộng đồng, bảo đảm mỗi xã, phường có ít nhất một trung tâm phải hoàn thành trong Quý II năm 2026 (mục III.5).",
  ["Quý II năm 2026"])

Q("deadline", "Mỹ Lộc sơ kết đề án năm 2030, à nhầm, sơ kết năm nào và tổng kết năm nào?",
  [(ML, "tham mưu UBND huyện tổ chức sơ kết Đề án vào năm 2025, tổng kết vào năm 2030")],
  "Phòng Giáo dục và Đào tạo tham mưu UBND huyện tổ chức sơ kết Đề án vào năm 2025 và tổng kết vào năm 2030 (mục V.1.e).",
  ["2025", "2030"])

Q("deadline", "kế hoạch Mỹ Lộc có mấy mốc hạn nộp báo cáo trong năm?",
  [(ML, "trước ngày 30 tháng 11 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo"),
   (ML, "d) Kiểm tra, giám sát và định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo"),
   (ML, "e) Tổ chức kiểm tra, giám sát và đánh giá, tổng hợp, báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm")],
  "Ba mốc hằng năm: trước ngày 30 tháng 11 gửi báo cáo tình hình, kết quả thực hiện về Phòng Giáo dục và Đào tạo (mục III.8); UBND các xã, thị trấn gửi báo cáo trước ngày 10 tháng 12 (mục V.11.d); Phòng Giáo dục và Đào tạo tổng hợp, báo cáo UBND huyện trước ngày 15 tháng 12 (mục V.1.e).",
  ["30 tháng 11", "10 tháng 12", "15 tháng 12"])

Q("deadline", "kế hoạch số 74 của Cần Thơ ban hành ngày 4 tháng 6 năm 2024 đúng không",
  [(CT, "Cần Thơ, ngày 04 tháng 5 năm 2024")],
  "Không: Kế hoạch số 74/KH-BCĐ của Cần Thơ ghi “Cần Thơ, ngày 04 tháng 5 năm 2024” (tháng 5, không phải tháng 6).",
  ["04 tháng 5 năm 2024"])

# ---------------------------------------------------------------- funding
Q("funding", "Kinh phí kế hoạch Huế năm 2026 lấy hoàn toàn từ ngân sách trung ương phải không?",
  [(HUE, "Kinh phí thực hiện Kế hoạch được bảo đảm từ nguồn ngân sách nhà nước theo phân cấp ngân sách hiện hành và các nguồn kinh phí hợp pháp khác."),
   (HUE, "Nghị quyết số 16/2025/NQ-HĐND ngày 16 tháng 7 năm 2025 của Hội đồng nhân dân thành phố")],
  "Không. Kinh phí được bảo đảm từ nguồn ngân sách nhà nước theo phân cấp ngân sách hiện hành và các nguồn kinh phí hợp pháp khác, đồng thời huy động tài trợ, đóng góp hợp pháp; việc quản lý, sử dụng theo Nghị quyết số 16/2025/NQ-HĐND ngày 16 tháng 7 năm 2025 của Hội đồng nhân dân thành phố.",
  ["phân cấp ngân sách", "16/2025/NQ-HĐND"])

Q("funding", "kinh phí thực hiện kế hoạch hà nội thì lấy ở đâu ra",
  [(HN, "Được đảm bảo trong dự toán chi ngân sách nhà nước hàng năm của các đơn vị theo phân cấp ngân sách hiện hành; huy động từ các nguồn tài trợ, đóng góp của doanh nghiệp, tổ chức, cá nhân")],
  "Theo mục IV, kinh phí được đảm bảo trong dự toán chi ngân sách nhà nước hàng năm của các đơn vị theo phân cấp ngân sách hiện hành; và huy động từ các nguồn tài trợ, đóng góp của doanh nghiệp, tổ chức, cá nhân và các nguồn hợp pháp khác.",
  ["dự toán chi ngân sách nhà nước hàng năm", "nguồn tài trợ"])

Q("funding", "ở Hà Nội, ai phải cân đối và bố trí kinh phí hàng năm trong phạm vi ngân sách để thực hiện kế hoạch tại địa phương?",
  [(HN, "16. Ủy ban nhân dân quận, huyện, thị xã"),
   (HN, "Cân đối và bố trí kinh phí hàng năm trong phạm vi ngân sách để thực hiện Kế hoạch.")],
  "Ủy ban nhân dân quận, huyện, thị xã (mục V.16): xây dựng kế hoạch thực hiện Nghị quyết 23-NQ/TU của địa phương và “Cân đối và bố trí kinh phí hàng năm trong phạm vi ngân sách để thực hiện Kế hoạch”.",
  ["Ủy ban nhân dân quận, huyện, thị xã", "Cân đối và bố trí kinh phí"])

Q("funding", "Sở Tài chính Cần Thơ có nhiệm vụ bố trí kinh phí cho kế hoạch đúng không?",
  [(CT, "Chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện rà soát, hoàn thiện các chính sách để tăng cường huy động và đa dạng hóa các nguồn lực xã hội"),
   (CT, "các sở, ban ngành, đoàn thể có liên quan và Ủy ban nhân dân quận, huyện xây dựng kế hoạch và dự toán kinh phí thực hiện")],
  "Không. Kế hoạch giao Sở Tài chính (mục V.6) chủ trì, phối hợp với Sở Giáo dục và Đào tạo, UBND quận, huyện rà soát, hoàn thiện các chính sách để tăng cường huy động và đa dạng hóa các nguồn lực xã hội. Còn kinh phí (mục IV) do các sở, ban ngành, đoàn thể có liên quan và UBND quận, huyện xây dựng kế hoạch và dự toán kinh phí thực hiện, tổng hợp trong dự toán ngân sách hàng năm.",
  ["huy động và đa dạng hóa các nguồn lực xã hội", "dự toán kinh phí"])

Q("funding", "mục kinh phí của kế hoạch Mỹ Lộc có mấy nguồn?",
  [(ML, "1. Kinh phí thực hiện Kế hoạch từ nguồn ngân sách nhà nước theo phân cấp ngân sách nhà nước hiện hành."),
   (ML, "2. Huy động từ các nguồn tài trợ, đóng góp của các tổ chức, doanh nghiệp và các nguồn tài trợ hợp pháp khác.")],
  "Hai điểm: (1) ngân sách nhà nước theo phân cấp ngân sách nhà nước hiện hành (hằng năm các đơn vị lập dự toán trình cấp có thẩm quyền); (2) huy động từ các nguồn tài trợ, đóng góp của các tổ chức, doanh nghiệp và các nguồn tài trợ hợp pháp khác.",
  ["ngân sách nhà nước", "tài trợ"])

Q("funding", "UBND quận huyện Hà Nội, à không, Cần Thơ có phải cân đối ngân sách cho kế hoạch không?",
  [(CT, "b) Cân đối, bố trí ngân sách địa phương và huy động các nguồn kinh phí hợp pháp khác để đảm bảo việc triển khai thực hiện các mục tiêu, chỉ tiêu, nhiệm vụ trong Kế hoạch;")],
  "Có. Ủy ban nhân dân quận, huyện Cần Thơ (mục V.14.b): cân đối, bố trí ngân sách địa phương và huy động các nguồn kinh phí hợp pháp khác để đảm bảo việc triển khai thực hiện các mục tiêu, chỉ tiêu, nhiệm vụ trong Kế hoạch.",
  ["Cân đối, bố trí ngân sách địa phương"])

# ---------------------------------------------------------------- legal_basis
Q("legal_basis", "kế hoạch an lão căn cứ kế hoạch số một không tám của hải phòng ban hành ngày nào",
  [(AL, "Thực hiện Kế hoạch số 108 /KH-UBND ngày 06/5/2025 của Ủy ban nhân dân thành phố Hải Phòng")],
  "Kế hoạch An Lão thực hiện Kế hoạch số 108/KH-UBND ngày 06/5/2025 của Ủy ban nhân dân thành phố Hải Phòng về triển khai phong trào “Học tập suốt đời”.",
  ["108", "06/5/2025"])

Q("legal_basis", "Kế hoạch Hà Nội triển khai Nghị quyết 32-NQ/TU của Thành ủy phải không?",
  [(HN, "Thực hiện Nghị quyết số 23-NQ/TU ngày 16/11/2023 của Thành ủy Hà Nội")],
  "Không phải 32: kế hoạch triển khai Nghị quyết số 23-NQ/TU ngày 16/11/2023 của Thành ủy Hà Nội về tăng cường sự lãnh đạo của Đảng đối với công tác khuyến học, khuyến tài, xây dựng xã hội học tập đến năm 2030, tầm nhìn đến năm 2045.",
  ["23-NQ/TU", "16/11/2023"])

Q("legal_basis", "Kế hoạch Huế năm 2026 căn cứ Kế hoạch 363 của UBND tỉnh Thừa Thiên Huế à?",
  [(HUE, "Thực hiện Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021"),
   (HUE, "Kế hoạch số 336/KH-UBND ngày 27 tháng 10 năm 2021 của Ủy ban nhân dân tỉnh Thừa Thiên Huế")],
  "Không phải 363: kế hoạch thực hiện Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ và Kế hoạch số 336/KH-UBND ngày 27 tháng 10 năm 2021 của Ủy ban nhân dân tỉnh Thừa Thiên Huế (nay là UBND thành phố Huế).",
  ["336/KH-UBND", "1373/QĐ-TTg"])

Q("legal_basis", "kế hoạch bảy tư của cần thơ căn cứ kế hoạch hai trăm mười lăm ờ hay hai trăm năm mươi của ubnd thành phố",
  [(CT, "Kế hoạch 215/KH-UBND ngày 28 tháng 10 năm 2021 của Ủy ban nhân dân thành phố Cần Thơ")],
  "Là Kế hoạch 215/KH-UBND ngày 28 tháng 10 năm 2021 của UBND thành phố Cần Thơ (cùng với Quyết định số 1373/QĐ-TTg của Thủ tướng Chính phủ).",
  ["215/KH-UBND", "28 tháng 10 năm 2021"])

# ---------------------------------------------------------------- purpose
Q("purpose", "à kế hoạch học tập suốt đời của an lão thì là mục đích để làm gì",
  [(AL, "Triển khai thực hiện hiệu quả các Nghị quyết, Chỉ thị, Kết luận của Đảng; Quyết định của Chính phủ về khuyến học, khuyến tài, xây dựng xã hội học tập và học tập suốt đời."),
   (AL, "dần thúc đẩy việc “tự học” trở thành nhu cầu tự thân của mỗi người dân"),
   (AL, "Xây dựng môi trường khuyến khích mọi tầng lớp nhân dân tham gia học tập, nâng cao dân trí, phát triển nguồn nhân lực chất lượng cao"),
   (AL, "Tăng cường trách nhiệm, xác định nhiệm vụ của người đứng đầu chính quyền, cơ quan, đoàn thể, đơn vị, doanh nghiệp")],
  "Mục đích (mục I.1): triển khai hiệu quả các Nghị quyết, Chỉ thị, Kết luận của Đảng và Quyết định của Chính phủ về khuyến học, khuyến tài, xây dựng xã hội học tập; tạo chuyển biến trong nhận thức, dần thúc đẩy việc “tự học” trở thành nhu cầu tự thân của mỗi người dân; xây dựng môi trường khuyến khích mọi tầng lớp nhân dân tham gia học tập, nâng cao dân trí; tăng cường trách nhiệm của người đứng đầu trong việc tạo điều kiện cho mọi người học tập suốt đời.",
  ["tự học", "nhu cầu tự thân", "người đứng đầu"])

Q("purpose", "phần mục đích của kế hoạch Mỹ Lộc có mấy ý?",
  [(ML, "a) Xây dựng và triển khai thực hiện có hiệu quả Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030” từ cấp huyện, cấp xã, khu phố và cộng đồng dân cư."),
   (ML, "b) Tạo thành phong trào toàn xã hội tích cực tham gia học tập"),
   (ML, "trở thành công dân số, công dân học tập toàn cầu."),
   (ML, "c) Duy trì và nâng cao chất lượng việc tổ chức công nhận danh hiệu các mô hình học tập")],
  "Ba ý (a, b, c): a) triển khai có hiệu quả Đề án từ cấp huyện, cấp xã, khu phố và cộng đồng dân cư; b) tạo phong trào toàn xã hội tích cực tham gia học tập, để mỗi người trở thành công dân số, công dân học tập toàn cầu; c) duy trì và nâng cao chất lượng việc công nhận danh hiệu các mô hình học tập, huy động cả hệ thống chính trị tham gia.",
  ["cấp huyện, cấp xã", "công dân số", "công nhận danh hiệu các mô hình học tập"])

Q("purpose", "mục đích của kế hoạch Cần Thơ là để thành phố gia nhập mạng lưới thành phố học tập UNESCO à?",
  [(CT, "Tổ chức triển khai thực hiện hiệu quả, đúng tiến độ các nhiệm vụ được giao tại Quyết định số 1373/QĐ-TTg"),
   (CT, "xây dựng cơ chế phối hợp giữa các cấp, các ngành, các tổ chức, doanh nghiệp trong quá trình xây dựng xã hội học tập"),
   (CT, "d) Chủ động, tích cực tham gia mạng lưới “Thành phố học tập toàn cầu”")],
  "Không. Mục đích (mục I.1) là tổ chức triển khai thực hiện hiệu quả, đúng tiến độ các nhiệm vụ được giao tại Quyết định số 1373/QĐ-TTg, phù hợp kế hoạch phát triển kinh tế xã hội; củng cố bộ phận chỉ đạo các cấp; xây dựng cơ chế phối hợp giữa các cấp, các ngành, các tổ chức, doanh nghiệp. Việc tham gia mạng lưới “Thành phố học tập toàn cầu” của UNESCO chỉ là một nhiệm vụ ở mục III.6.d.",
  ["đúng tiến độ", "1373/QĐ-TTg", "cơ chế phối hợp"])

# ---------------------------------------------------------------- task_section
HUE_V = ["1. Sở Giáo dục và Đào tạo", "2. Sở Văn hóa và Thể thao", "3. Sở Nội vụ", "4. Sở Tài chính",
         "5. Các sở, ban, ngành trực thuộc thành phố",
         "6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các Đoàn thể chính trị - xã hội, các Hội xã hội",
         "7. Hội Khuyến học thành phố", "8. Liên đoàn Lao động thành phố", "9. Ủy ban nhân dân các xã, phường"]
Q("task_section", "kế hoạch Huế giao việc cho bao nhiêu cơ quan?",
  [(HUE, h) for h in HUE_V],
  "Mục V (Tổ chức thực hiện) của kế hoạch Huế có 9 đầu mục: 1. Sở Giáo dục và Đào tạo; 2. Sở Văn hóa và Thể thao; 3. Sở Nội vụ; 4. Sở Tài chính; 5. Các sở, ban, ngành trực thuộc thành phố; 6. Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các Đoàn thể chính trị - xã hội, các Hội xã hội (đề nghị); 7. Hội Khuyến học thành phố; 8. Liên đoàn Lao động thành phố; 9. Ủy ban nhân dân các xã, phường. (Mục 5 và 6 là nhóm cơ quan, không phải một cơ quan.)",
  ["9", "Sở Nội vụ", "Liên đoàn Lao động thành phố"])

HN_III = ["1. Công tác quán triệt, tuyên truyền, phổ biến và triển khai thực hiện Nghị quyết số 23-NQ/TU",
          "2. Cụ thể hóa các mục tiêu, nhiệm vụ, giải pháp xây dựng xã hội học tập trong phạm vi từng địa phương, đơn vị",
          "3. Đẩy mạnh chuyển đổi số và ứng dụng công nghệ thông tin",
          "4. Phát huy vai trò của các tổ chức chính trị - xã hội, xã hội nghề nghiệp và tổ chức xã hội",
          "5. Phát triển tổ chức, nâng cao chất lượng hoạt động và đa dạng các mô hình học tập",
          "6. Hoàn thiện cơ chế, chính sách về xây dựng xã hội học tập",
          "7. Tăng cường hợp tác quốc tế, phấn đấu trở thành “Thành phố học tập” của UNESCO",
          "8. Các nhiệm vụ, giải pháp khác"]
Q("task_section", "mục III kế hoạch Hà Nội có mấy nhiệm vụ?",
  [(HN, "III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM")] + [(HN, h) for h in HN_III],
  "Mục III “Nhiệm vụ, giải pháp trọng tâm” có 8 nhóm: 1. quán triệt, tuyên truyền Nghị quyết số 23-NQ/TU; 2. cụ thể hóa mục tiêu trong từng địa phương, đơn vị; 3. đẩy mạnh chuyển đổi số và ứng dụng CNTT; 4. phát huy vai trò các tổ chức chính trị - xã hội, xã hội nghề nghiệp; 5. phát triển tổ chức, đa dạng các mô hình học tập; 6. hoàn thiện cơ chế, chính sách; 7. hợp tác quốc tế, phấn đấu trở thành “Thành phố học tập” của UNESCO; 8. các nhiệm vụ, giải pháp khác.",
  ["8", "UNESCO", "chuyển đổi số"])

Q("task_section", "phần nội dung, giải pháp của An Lão có mấy mục, có mục nào bị trùng không?",
  [(AL, "II. NỘI DUNG, GIẢI PHÁP"),
   (AL, "4. Tiếp tục rà soát, sắp xếp mạng lưới các cơ sở giáo dục, đào tạo, gắn với cuộc cách mạng về sắp xếp tổ chức bộ máy"),
   (AL, "5. Tiếp tục rà soát, sắp xếp mạng lưới các cơ sở giáo dục, đào tạo, gắn với cuộc cách mạng về sắp xếp tổ chức bộ máy"),
   (AL, "9. Thúc đẩy giao lưu, hợp tác quốc tế về giáo dục")],
  "Mục II (Nội dung, giải pháp) đánh số 9 mục (1 đến 9). Mục 4 và mục 5 có nội dung giống hệt nhau (“Tiếp tục rà soát, sắp xếp mạng lưới các cơ sở giáo dục, đào tạo, gắn với cuộc cách mạng về sắp xếp tổ chức bộ máy…”), nên thực chất chỉ có 8 nội dung khác nhau; mục cuối là 9. Thúc đẩy giao lưu, hợp tác quốc tế về giáo dục.",
  ["9", "rà soát, sắp xếp mạng lưới các cơ sở giáo dục"])

Q("task_section", "mục năm phần nhiệm vụ và giải pháp của kế hoạch cần thơ nói về cái gì",
  [(CT, "5. Tổ chức các phong trào, cuộc vận động để thúc đẩy học tập suốt đời"),
   (CT, "a) Tăng cường vận động, khuyến khích mọi tầng lớp Nhân dân xây dựng, duy trì thói quen tự học"),
   (CT, "d) Đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng và xây dựng mô hình công dân học tập;"),
   (CT, "đ) Biểu dương, khen thưởng kịp thời các tập thể, cá nhân điển hình tiêu biểu")],
  "Mục III.5 “Tổ chức các phong trào, cuộc vận động để thúc đẩy học tập suốt đời” gồm 5 ý a)–đ): vận động mọi tầng lớp Nhân dân duy trì thói quen tự học; phát động các cuộc vận động, phong trào thi đua khuyến học, khuyến tài; huy động doanh nghiệp hỗ trợ công nhân, người lao động học tập; đẩy mạnh học tập suốt đời trong gia đình, dòng họ, cộng đồng và xây dựng mô hình công dân học tập; biểu dương, khen thưởng kịp thời các điển hình.",
  ["phong trào, cuộc vận động", "thói quen tự học", "công dân học tập"])

Q("task_section", "Mục III.7 của kế hoạch Huế nói về hợp tác quốc tế phải không?",
  [(HUE, "7. Tăng cường công tác kiểm tra, giám sát và sơ kết việc thực hiện Đề án"),
   (HUE, "thực hiện nghiêm chế độ thông tin, báo cáo định kỳ và đột xuất theo quy định."),
   (HUE, "Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với Hội Khuyến học thành phố và các sở, ban, ngành liên quan tổ chức kiểm tra, giám sát")],
  "Không. Mục III.7 của kế hoạch Huế là “Tăng cường công tác kiểm tra, giám sát và sơ kết việc thực hiện Đề án”: các cơ quan, địa phương tăng cường kiểm tra, giám sát, thực hiện nghiêm chế độ thông tin, báo cáo định kỳ và đột xuất; Sở Giáo dục và Đào tạo chủ trì, phối hợp với Hội Khuyến học thành phố tổ chức kiểm tra, giám sát công tác xây dựng xã hội học tập và hoạt động của các trung tâm học tập cộng đồng. Kế hoạch Huế không có mục riêng về hợp tác quốc tế.",
  ["kiểm tra, giám sát", "Hội Khuyến học thành phố"])

# ---------------------------------------------------------------- cross_plan
Q("cross_plan", "Trong các kế hoạch, nơi nào đặt chỉ tiêu kỹ năng sống cho người trong độ tuổi lao động cao nhất?",
  [(CT, "Phần đầu đạt tỷ lệ 90% số người trong độ tuổi lao động được trang bị kỹ năng sống;"),
   (HUE, "80% số người trong độ tuổi lao động được trang bị kỹ năng sống."),
   (ML, "+ 80% người trong độ tuổi lao động được trang bị kỹ năng sống."),
   (HN, "70% người trong độ tuổi lao động được trang bị kỹ năng sống.")],
  "Cần Thơ cao nhất: phấn đấu 90% (năm 2024). Huế đặt 80% (năm 2026), Mỹ Lộc 80% (đến 2030; 60% năm 2025), Hà Nội 70% (đến 2030; 50% năm 2025); An Lão không đặt chỉ tiêu này.",
  ["90%", "80%", "70%"])

Q("cross_plan", "kế hoạch nào đặt chỉ tiêu 15% dân số có trình độ đại học trở lên?",
  [(HUE, "trong đó có 15% dân số có trình độ đại học trở lên."),
   (ML, "trong đó 15% dân số có trình độ đại học trở lên."),
   (HN, "Trong đó, 15% dân số có trình độ đại học trở lên."),
   (CT, "trong đó, 15% dân số có trình độ đại học trở lên.")],
  "Bốn kế hoạch: Huế (năm 2026), Mỹ Lộc (đến năm 2030), Hà Nội (đến năm 2030) và Cần Thơ (năm 2024) đều đặt 15% dân số có trình độ đại học trở lên; Mỹ Lộc và Hà Nội đặt 12% cho năm 2025; An Lão không có chỉ tiêu này.",
  ["15%", "đại học trở lên"])

Q("cross_plan", "Ban Dân tộc ở Hà Nội và ở Cần Thơ được giao việc gì, giống nhau không?",
  [(HN, "Tham mưu Ủy ban nhân dân Thành phố xây dựng, triển khai thực hiện Kế hoạch Chương trình mục tiêu quốc gia Phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"),
   (CT, "Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan, Ủy ban nhân dân quận, huyện triển khai các chương trình, dự án hỗ trợ giáo dục, đào tạo cho người dân tộc thiểu số trên địa bàn thành phố")],
  "Gần giống nhưng không trùng. Hà Nội (V.10): Ban Dân tộc tham mưu UBND Thành phố xây dựng, triển khai Kế hoạch Chương trình mục tiêu quốc gia Phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, phối hợp triển khai các chương trình hỗ trợ giáo dục đào tạo. Cần Thơ (V.9): chủ trì, phối hợp triển khai các chương trình, dự án hỗ trợ giáo dục, đào tạo cho người dân tộc thiểu số, tạo điều kiện cho trẻ em, người dân tộc thiểu số được tham gia học tập.",
  ["Chương trình mục tiêu quốc gia", "người dân tộc thiểu số"])

Q("cross_plan", "Trong các kế hoạch, hạn báo cáo hằng năm nào sớm nhất?",
  [(ML, "trước ngày 30 tháng 11 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo"),
   (HN, "báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12"),
   (HUE, "trước ngày 15/12/2026")],
  "Sớm nhất là Mỹ Lộc: trước ngày 30 tháng 11 hằng năm gửi báo cáo về Phòng Giáo dục và Đào tạo (mục III.8). Sau đó Hà Nội trước ngày 01 tháng 12; Mỹ Lộc còn có 10/12 (xã) và 15/12 (Phòng GD&ĐT); Huế trước ngày 15/12/2026. Cần Thơ và An Lão không ghi ngày.",
  ["30 tháng 11", "01 tháng 12", "15/12/2026"])

Q("cross_plan", "hội liên hiệp phụ nữ mỹ lộc với hà nội thì là vận động phụ nữ đi học xóa mù chữ giống nhau không",
  [(ML, "vận động, tuyên truyền phụ nữ và trẻ em gái chưa biết chữ ra học các lớp xóa mù chữ, đẩy mạnh hoạt động có hiệu quả đối với “Quỹ học bổng Hoàng Ngân”"),
   (HN, "vận động, tuyên truyền phụ nữ và trẻ em gái ở vùng đồng bào dân tộc thiểu số chưa biết chữ ra học các lớp xóa mù chữ.")],
  "Gần giống: cả hai vận động, tuyên truyền phụ nữ và trẻ em gái chưa biết chữ ra học các lớp xóa mù chữ. Khác: Hà Nội nói rõ “ở vùng đồng bào dân tộc thiểu số”; Mỹ Lộc còn giao đẩy mạnh “Quỹ học bổng Hoàng Ngân”.",
  ["xóa mù chữ", "vùng đồng bào dân tộc thiểu số", "Hoàng Ngân"])

Q("cross_plan", "có bao nhiêu kế hoạch giao việc cho Sở hoặc Phòng Nội vụ?",
  [(HUE, "3. Sở Nội vụ"), (HN, "3. Sở Nội vụ"), (CT, "2. Sở Nội vụ"), (AL, "2. Phòng Nội vụ")],
  "Bốn kế hoạch: Huế (V.3 Sở Nội vụ), Hà Nội (V.3 Sở Nội vụ; ngoài ra V.7 Ban Thi đua - Khen thưởng thuộc Sở Nội vụ), Cần Thơ (V.2 Sở Nội vụ) và An Lão (III.2 Phòng Nội vụ). Kế hoạch Mỹ Lộc không giao việc cho Phòng Nội vụ.",
  ["Sở Nội vụ", "Phòng Nội vụ"])

# ---------------------------------------------------------------- no_diacritics
Q("no_diacritics", "chi tieu nao cua ha noi dat 99,6% nam 2030",
  [(HN, "99,6% người trong độ tuổi 15-60 biết chữ.")],
  "Đó là chỉ tiêu biết chữ: đến năm 2030 Hà Nội đặt 99,6% người trong độ tuổi 15-60 biết chữ.",
  ["99,6%", "15-60"])

Q("no_diacritics", "ai duoc giao trien khai phong trao binh dan hoc vu so o an lao",
  [(AL, "3. Phòng Văn hóa Khoa học và Thông tin"),
   (AL, "Chủ trì tham mưu triển khai phong trào “Bình dân học vụ số” trong toàn dân trên địa bàn huyện.")],
  "Phòng Văn hóa Khoa học và Thông tin huyện An Lão (mục III.3) chủ trì tham mưu triển khai phong trào “Bình dân học vụ số” trong toàn dân trên địa bàn huyện; Ủy ban MTTQ và các tổ chức chính trị - xã hội được đề nghị triển khai phong trào này trong cơ quan, đơn vị, địa phương.",
  ["Phòng Văn hóa Khoa học và Thông tin", "Bình dân học vụ số"])

Q("no_diacritics", "so giao duc hue, a nham, so van hoa va the thao hue lam gi",
  [(HUE, "Kế hoạch số 288/KH-UBND ngày 25 tháng 8 năm 2023"),
   (HUE, "phát triển, nhân rộng các mô hình học tập suốt đời tại thư viện, bảo tàng, nhà văn hóa, câu lạc bộ trên địa bàn thành phố."),
   (HUE, "Tổ chức đào tạo, bồi dưỡng, nâng cao chất lượng đội ngũ cán bộ, viên chức, người lao động làm việc tại các thiết chế văn hóa – thể thao"),
   (HUE, "Chỉ đạo, hướng dẫn các cơ quan báo chí, truyền thông và hệ thống thông tin cơ sở trên địa bàn thành phố phối hợp với Sở Giáo dục và Đào tạo, Hội Khuyến học thành phố đẩy mạnh công tác tuyên truyền")],
  "Sở Văn hóa và Thể thao Huế (mục V.2): chủ trì triển khai Kế hoạch số 288/KH-UBND ngày 25 tháng 8 năm 2023 về học tập suốt đời trong thư viện, bảo tàng, trung tâm văn hóa, nhân rộng các mô hình học tập suốt đời tại thư viện, bảo tàng, nhà văn hóa, câu lạc bộ; tổ chức đào tạo, bồi dưỡng đội ngũ làm việc tại các thiết chế văn hóa – thể thao; chỉ đạo các cơ quan báo chí, truyền thông, thông tin cơ sở phối hợp đẩy mạnh tuyên truyền.",
  ["288/KH-UBND", "thư viện, bảo tàng", "báo chí"])

Q("no_diacritics", "my loc nam 2025 muc tieu nang luc thong tin 70% dung khong",
  [(ML, "+ 60% số người trong độ tuổi lao động được trang bị năng lực thông tin."),
   (ML, "+ 70% người trong độ tuổi lao động được trang bị năng lực thông tin.")],
  "Không: năm 2025 Mỹ Lộc đặt 60% số người trong độ tuổi lao động được trang bị năng lực thông tin; 70% là mục tiêu đến năm 2030.",
  ["60%", "70%"])

CT_V = ["1. Sở Giáo dục và Đào tạo", "2. Sở Nội vụ", "3. Sở Lao động - Thương binh và Xã hội",
        "4. Sở Thông tin và Truyền thông", "5. Sở Văn hóa, Thể thao và Du lịch", "6. Sở Tài chính",
        "7. Bộ Chỉ huy Quân sự thành phố", "8. Công an thành phố", "9. Ban Dân tộc",
        "10. Đề nghị Ban Tuyên giáo Thành ủy",
        "11. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các tổ chức chính trị - xã hội",
        "12. Đề nghị Hội Người cao tuổi thành phố", "13. Đề nghị Hội Khuyến học thành phố",
        "14. Ủy ban nhân dân quận, huyện"]
Q("no_diacritics", "ke hoach can tho co bao nhieu co quan duoc giao nhiem vu",
  [(CT, h) for h in CT_V],
  "Mục V của Kế hoạch 74 Cần Thơ có 14 đầu mục: Sở GD&ĐT, Sở Nội vụ, Sở LĐ-TB&XH, Sở TT&TT, Sở VH-TT&DL, Sở Tài chính, Bộ Chỉ huy Quân sự thành phố, Công an thành phố, Ban Dân tộc, Ban Tuyên giáo Thành ủy (đề nghị), Ủy ban MTTQ Việt Nam thành phố và các tổ chức chính trị - xã hội (đề nghị; mục 11 gồm cả Liên đoàn Lao động, Đoàn Thanh niên, Hội Liên hiệp Phụ nữ, Hội Cựu chiến binh, Hội Nông dân), Hội Người cao tuổi, Hội Khuyến học thành phố và 14. Ủy ban nhân dân quận, huyện.",
  ["14", "Công an thành phố", "Ban Dân tộc"])

Q("no_diacritics", "o an lao thi uy ban nhan dan xa thi tran phai lam nhung gi",
  [(AL, "xây dựng kế hoạch triển khai phong trào “Học tập suốt đời” gắn với điều kiện thực tế tại địa phương."),
   (AL, "Đẩy mạnh xây dựng các mô hình “Công dân học tập”, “Gia đình học tập”, “Dòng họ học tập”"),
   (AL, "Tăng cường nguồn lực đầu tư cho giáo dục, củng cố, nâng cao chất lượng hệ thống trung tâm học tập cộng đồng"),
   (AL, "Chỉ đạo đài phát thanh địa phương, hệ thống thông tin cơ sở đăng tải, tuyên truyền nội dung bài viết của Tổng Bí thư"),
   (AL, "Theo dõi, đôn đốc, tổ chức kiểm tra, giám sát việc thực hiện kế hoạch tại địa phương"),
   (AL, "Tổng hợp dự toán hàng năm, bố trí và phân bổ ngân sách theo kế hoạch")],
  "Ủy ban nhân dân xã, thị trấn (mục III.9) có 6 nhiệm vụ: triển khai các chương trình, đề án của thành phố và xây dựng kế hoạch triển khai phong trào “Học tập suốt đời”; đẩy mạnh xây dựng các mô hình Công dân, Gia đình, Dòng họ, Đơn vị, Cộng đồng học tập; tăng cường nguồn lực đầu tư, nâng cao chất lượng hệ thống trung tâm học tập cộng đồng và thiết chế văn hóa cơ sở; chỉ đạo đài phát thanh địa phương tuyên truyền bài viết của Tổng Bí thư; theo dõi, kiểm tra, giám sát và định kỳ báo cáo Phòng GD&ĐT; tổng hợp dự toán hàng năm, bố trí và phân bổ ngân sách cho công tác này.",
  ["Học tập suốt đời", "trung tâm học tập cộng đồng", "dự toán hàng năm"])

Q("no_diacritics", "ha noi khen thuong tap the ca nhan xay dung xhht thi ai tham muu",
  [(HN, "7. Ban Thi đua - Khen thưởng (Sở Nội vụ)"),
   (HN, "Phối hợp với Sở Giáo dục và Đào tạo, tham mưu trình Ủy ban nhân dân Thành phố khen thưởng cho các tập thể, cá nhân có thành tích trong công tác xây dựng xã hội học tập nhân dịp sơ kết, tổng kết các giai đoạn của Đề án.")],
  "Ban Thi đua - Khen thưởng (Sở Nội vụ) (mục V.7): phối hợp với Sở Giáo dục và Đào tạo, tham mưu trình Ủy ban nhân dân Thành phố khen thưởng các tập thể, cá nhân có thành tích trong xây dựng xã hội học tập nhân dịp sơ kết, tổng kết các giai đoạn của Đề án. (Sở GD&ĐT cũng đề xuất khen thưởng tập thể, cá nhân tiêu biểu.)",
  ["Ban Thi đua - Khen thưởng", "sơ kết, tổng kết"])

Q("no_diacritics", "hue co dat chi tieu cong dan hoc tap 50% nam 2026 khong",
  [(HUE, "40% công dân đạt danh hiệu công dân học tập.")],
  "Không: kế hoạch năm 2026 của Huế đặt 40% công dân đạt danh hiệu công dân học tập, không phải 50%.",
  ["40%"])

# ---------------------------------------------------------------- abbreviation
Q("abbreviation", "UBND TP HCM, à nhầm, UBND TP CT giao BCHQS TP làm gì?",
  [(CT, "a) Chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện đẩy mạnh tuyên truyền về học tập suốt đời, xây dựng xã hội học tập trong lực lượng vũ trang, cán bộ, chiến sĩ quân đội;"),
   (CT, "b) Chỉ đạo nâng cao trình độ, năng lực ngoại ngữ và tiếng dân tộc thiểu số cho lực lượng vũ trang, cán bộ, chiến sĩ quân đội.")],
  "Hiểu là Cần Thơ (Kế hoạch 74/KH-BCĐ, mục V.7): Bộ Chỉ huy Quân sự thành phố a) chủ trì, phối hợp với Sở GD&ĐT, UBND quận, huyện đẩy mạnh tuyên truyền về học tập suốt đời, xây dựng xã hội học tập trong lực lượng vũ trang; b) chỉ đạo nâng cao trình độ, năng lực ngoại ngữ và tiếng dân tộc thiểu số cho lực lượng vũ trang, cán bộ, chiến sĩ quân đội.",
  ["tuyên truyền về học tập suốt đời", "ngoại ngữ và tiếng dân tộc thiểu số"])

Q("abbreviation", "KH 74 CT: Sở TT&TT cung cấp TT cho những ai?",
  [(CT, "Chỉ đạo, cung cấp thông tin cho báo, đài Trung ương, địa phương đóng trên địa bàn thành phố, Phòng Văn hóa và Thông tin, Trung tâm Văn hóa - Thể thao và Truyền thanh quận, huyện thực hiện tuyên truyền về hoạt động xây dựng xã hội học tập")],
  "Sở Thông tin và Truyền thông Cần Thơ (mục V.4) chỉ đạo, cung cấp thông tin cho báo, đài Trung ương, địa phương đóng trên địa bàn thành phố, Phòng Văn hóa và Thông tin, Trung tâm Văn hóa - Thể thao và Truyền thanh quận, huyện để tuyên truyền về xây dựng xã hội học tập; đồng thời phối hợp với Sở GD&ĐT về chuyển đổi số.",
  ["báo, đài Trung ương", "Phòng Văn hóa và Thông tin", "Trung tâm Văn hóa - Thể thao và Truyền thanh"])

Q("abbreviation", "HKH TP HN có mấy nv?",
  [(HN, "b) Hội Khuyến học Thành phố"),
   (HN, "Chỉ đạo việc lồng ghép các hoạt động tuyên truyền về Nghị quyết số 23- NQ/TU thông qua hoạt động của Hội khuyến học các cấp ở địa phương."),
   (HN, "Nhân rộng các mô hình học tập phù hợp với thực tiễn triển khai ở các địa phương"),
   (HN, "Củng cố, phát triển tổ chức Hội Khuyến học ở các cơ quan, doanh nghiệp, trường học, lực lượng vũ trang (theo Kết luận 49/KL-TW ngày 10/5/2019 của Ban Bí thư Trung ương Đảng)."),
   (HN, "Tăng cường xã hội hóa các nguồn lực của xã hội để thực hiện công tác khuyến học, khuyến tài, xây dựng xã hội học tập."),
   (HN, "Phối hợp với Sở Giáo dục và Đào tạo đẩy mạnh hoạt động của các trung tâm học tập cộng đồng.")],
  "Hội Khuyến học Thành phố Hà Nội (mục V.15.b) có 5 nhiệm vụ: chỉ đạo lồng ghép các hoạt động tuyên truyền về Nghị quyết số 23-NQ/TU qua Hội khuyến học các cấp; nhân rộng các mô hình học tập; củng cố, phát triển tổ chức Hội ở cơ quan, doanh nghiệp, trường học, lực lượng vũ trang (theo Kết luận 49/KL-TW); tăng cường xã hội hóa các nguồn lực; phối hợp với Sở GD&ĐT đẩy mạnh hoạt động của các trung tâm học tập cộng đồng.",
  ["lồng ghép các hoạt động tuyên truyền", "49/KL-TW", "trung tâm học tập cộng đồng"])

Q("abbreviation", "LĐLĐ TP HN có phải lập quỹ KH-KT ko?",
  [(HN, "Chỉ đạo các cấp công đoàn hướng dẫn, hỗ trợ công đoàn cơ sở trong các doanh nghiệp vận động người sử dụng lao động tạo điều kiện về thời gian, vật chất, thành lập quỹ khuyến học, khuyến tài")],
  "Không trực tiếp lập quỹ: Liên đoàn Lao động Thành phố (mục V.9) chỉ đạo các cấp công đoàn hướng dẫn, hỗ trợ công đoàn cơ sở trong doanh nghiệp vận động người sử dụng lao động tạo điều kiện về thời gian, vật chất, thành lập quỹ khuyến học, khuyến tài hỗ trợ công nhân, người lao động học tập và con công nhân hiếu học có hoàn cảnh khó khăn.",
  ["người sử dụng lao động", "thành lập quỹ khuyến học, khuyến tài"])

Q("abbreviation", "ĐTN TNCS HCM h. ML nv gì?",
  [(ML, "c) Đoàn TNCS Hồ Chí Minh huyện"),
   (ML, "Tổ chức phối hợp, lồng ghép các hoạt động tuyên truyền về học tập suốt đời, xây dựng xã hội học tập thông qua các phong trào hành động cách mạng của thanh niên"),
   (ML, "vận động gây quỹ hỗ trợ thanh niên có hoàn cảnh khó khăn tham gia học tập.")],
  "Đoàn TNCS Hồ Chí Minh huyện Mỹ Lộc (mục V.9.c): phối hợp, lồng ghép tuyên truyền về học tập suốt đời, xây dựng xã hội học tập thông qua các phong trào hành động cách mạng của thanh niên, phong trào thi đua học tập, nghiên cứu khoa học, lao động sáng tạo; vận động gây quỹ hỗ trợ thanh niên có hoàn cảnh khó khăn tham gia học tập.",
  ["phong trào hành động cách mạng của thanh niên", "vận động gây quỹ"])

Q("abbreviation", "ML: P.GD&ĐT PH HKH h. tham mưu UBND h. những gì?",
  [(ML, "b) Phối hợp với Hội Khuyến học huyện tham mưu với UBND huyện tổ chức triển khai thực hiện tiêu chí đánh giá việc thực hiện xây dựng xã hội học tập của địa phương; khung năng lực thông tin phục vụ học tập suốt đời cho công dân; tiêu chí công nhận huyện học tập, tỉnh học tập.")],
  "Phòng GD&ĐT Mỹ Lộc phối hợp với Hội Khuyến học huyện tham mưu UBND huyện triển khai: tiêu chí đánh giá việc thực hiện xây dựng xã hội học tập của địa phương; khung năng lực thông tin phục vụ học tập suốt đời cho công dân; tiêu chí công nhận huyện học tập, tỉnh học tập (mục V.1.b).",
  ["tiêu chí đánh giá", "khung năng lực thông tin", "huyện học tập, tỉnh học tập"])

# ---------------------------------------------------------------- paraphrase
Q("paraphrase", "Hà Nội muốn cán bộ lo bảo mật mạng trong cơ quan nhà nước được học gì đến 2025?",
  [(HN, "100% cán bộ chuyên trách về an toàn thông tin, công nghệ thông tin trong các cơ quan nhà nước thuộc Thành phố được đào tạo về kiến thức, kỹ năng, kỹ thuật an toàn thông tin mạng")],
  "Đến năm 2025: 100% cán bộ chuyên trách về an toàn thông tin, công nghệ thông tin trong các cơ quan nhà nước thuộc Thành phố được đào tạo về kiến thức, kỹ năng, kỹ thuật an toàn thông tin mạng (theo yêu cầu nghiệp vụ và Quyết định số 21/QĐ-TTg).",
  ["100%", "an toàn thông tin mạng"])

Q("paraphrase", "An Lão có nói gì về việc xử lý cán bộ lười học, không chịu đổi mới không?",
  [(AL, "có biện pháp xử lý nghiêm khắc với những cán bộ, công chức, viên chức trì trệ, ngại học, không thích nghi")],
  "Có: mục II.7 yêu cầu tổ chức rà soát, đánh giá, có biện pháp xử lý nghiêm khắc với những cán bộ, công chức, viên chức trì trệ, ngại học, không thích nghi với cách mạng khoa học và công nghệ 4.0 (đồng thời bảo vệ cán bộ tiên phong). Kế hoạch không nêu hình thức xử lý cụ thể.",
  ["xử lý nghiêm khắc", "ngại học"])

Q("paraphrase", "Cần Thơ có tính kéo các em bỏ học quay lại trường không?",
  [(CT, "thường xuyên vận động số đoàn viên, đội viên bỏ học giữa chừng đến trường, ra lớp;"),
   (CT, "vận động tuyên truyền hội viên, phụ nữ cho con đi học đúng độ tuổi, không để con bỏ học")],
  "Có. Đoàn Thanh niên thành phố được đề nghị thường xuyên vận động số đoàn viên, đội viên bỏ học giữa chừng đến trường, ra lớp (mục V.11.c); Hội Liên hiệp Phụ nữ vận động hội viên, phụ nữ cho con đi học đúng độ tuổi, không để con bỏ học (mục V.11.d).",
  ["bỏ học giữa chừng", "đi học đúng độ tuổi"])

Q("paraphrase", "Mỹ Lộc có giúp người già, người ở nhà nội trợ được đi học không?",
  [(ML, "chính sách hỗ trợ những người hết tuổi lao động, người nội trợ, người khuyết tật có điều kiện thuận lợi để học tập suốt đời.")],
  "Có: mục III.3.đ triển khai chính sách hỗ trợ những người hết tuổi lao động, người nội trợ, người khuyết tật có điều kiện thuận lợi để học tập suốt đời; cơ sở giáo dục nghề nghiệp cũng đẩy mạnh đào tạo từ xa cho người nội trợ, người cao tuổi.",
  ["người hết tuổi lao động, người nội trợ"])

Q("paraphrase", "Huế có cho học qua mạng, liên kết với các trường đại học không?",
  [(HUE, "tăng cường hợp tác với các trường đại học, cơ sở đào tạo để xây dựng, kết nối và chia sẻ học liệu điện tử, chương trình, khóa học mở; triển khai các hình thức dạy học từ xa, trực tuyến hoặc kết hợp trực tiếp với trực tuyến")],
  "Có: mục III.6 khuyến khích cơ sở giáo dục thường xuyên, giáo dục nghề nghiệp tăng cường hợp tác với các trường đại học, cơ sở đào tạo để chia sẻ học liệu điện tử, khóa học mở; triển khai các hình thức dạy học từ xa, trực tuyến hoặc kết hợp trực tiếp với trực tuyến.",
  ["các trường đại học", "dạy học từ xa, trực tuyến"])

# ---------------------------------------------------------------- english
Q("english", "what does the hanoi Dept. of Home Affairs have to do under the plan?",
  [(HN, "tổ chức các lớp tập huấn, bồi dưỡng kiến thức, kỹ năng cho đội ngũ cán bộ công chức, viên chức, người lao động trên địa bàn Thành phố")],
  "Under section V.3, Hanoi's Department of Home Affairs (Sở Nội vụ) leads, with the relevant departments, the organisation of training courses — “tổ chức các lớp tập huấn, bồi dưỡng kiến thức, kỹ năng” — for civil servants, public employees and workers in the city, so that the plan's targets are met.",
  ["tập huấn, bồi dưỡng kiến thức, kỹ năng"])

Q("english", "hue PC plan: whats the target for learning citizens in twenty twenty six?",
  [(HUE, "40% công dân đạt danh hiệu công dân học tập.")],
  "Hue's 2026 plan targets 40% of citizens earning the “Learning Citizen” title (“40% công dân đạt danh hiệu công dân học tập”).",
  ["40%"])

Q("english", "Which agency in can tho is responsible for literacy classes for prisoners?",
  [(CT, "8. Công an thành phố"),
   (CT, "tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân và học viên trong các trại giam")],
  "The City Police (Công an thành phố, section V.8) lead, with the Department of Education and the district People's Committees, literacy, universal-education and vocational classes for inmates and detainees in prisons, detention centres, compulsory-education facilities and reform schools (if any).",
  ["Công an thành phố"])

Q("english", "Is it true that the My Loc plan sets 50% learning citizens by twenty thirty?",
  [(ML, "+ 60% công dân đạt danh hiệu công dân học tập.")],
  "No. For 2030 the My Loc plan sets 60% of citizens with the “Learning Citizen” title (40% for 2025); there is no 50% target for this indicator.",
  ["60%"])

Q("english", "DOET Hanoi - what's its role, is it the standing agency?",
  [(HN, "Là cơ quan thường trực, giúp Ủy ban nhân dân Thành phố tổ chức triển khai thực hiện Kế hoạch")],
  "Yes. Hanoi's Department of Education and Training (Sở Giáo dục và Đào tạo, V.1) “Là cơ quan thường trực” — the standing agency helping the city People's Committee implement the plan; it also coordinates, drafts related documents, leads inspection and yearly reporting, reviews and proposes awards, and advises on registering for the “Thành phố học tập” network.",
  ["cơ quan thường trực"])

Q("english", "Which Hanoi indicator is set at ninety six percent for 2030?",
  [(HN, "96% số người mới biết chữ tiếp tục học tập và không tái mù chữ.")],
  "The literacy-retention indicator: by 2030, 96% of newly literate people continue learning and do not relapse into illiteracy (“96% số người mới biết chữ tiếp tục học tập và không tái mù chữ”).",
  ["96%"])

AL_III = ["1. Phòng Giáo dục và Đào tạo", "2. Phòng Nội vụ", "3. Phòng Văn hóa Khoa học và Thông tin",
          "4. Phòng Tài chính - Kế hoạch", "5. Hội Khuyến học huyện",
          "6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các tổ chức chính trị - xã hội, tổ chức xã hội huyện",
          "7. Trung tâm Văn hóa - Thông tin và Thể thao huyện", "8. Các phòng, ban, ngành huyện",
          "9. Ủy ban nhân dân xã, thị trấn"]
Q("english", "How many bodies are given tasks in the An Lao plan's implementation section?",
  [(AL, h) for h in AL_III],
  "Nine headings in section III: 1. Phòng Giáo dục và Đào tạo; 2. Phòng Nội vụ; 3. Phòng Văn hóa Khoa học và Thông tin; 4. Phòng Tài chính - Kế hoạch; 5. Hội Khuyến học huyện; 6. the Fatherland Front and socio-political organisations, schools and businesses (requested); 7. Trung tâm Văn hóa - Thông tin và Thể thao huyện; 8. other district offices; 9. Ủy ban nhân dân xã, thị trấn. Headings 6 and 8 are groups, not single bodies.",
  ["9", "Phòng Nội vụ", "Hội Khuyến học huyện"])

Q("english", "can tho: what's the Dept of Home Affairs, sorry, the Dept of Labour's job?",
  [(CT, "triển khai các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động; hỗ trợ học tập cho người bị thiệt thòi, yếu thế trong xã hội.")],
  "Taking the Department of Labour, Invalids and Social Affairs (Sở LĐ-TB&XH, V.3): it leads, with relevant agencies and district People's Committees, supplementary training and new vocational-skills training for workers (“đào tạo kỹ năng nghề nghiệp mới”) and learning support for disadvantaged and vulnerable people (“người bị thiệt thòi, yếu thế”).",
  ["đào tạo kỹ năng nghề nghiệp mới", "yếu thế"])

Q("english", "Hue plan - who monitors and compiles the 'learning citizen' target?",
  [(HUE, "7. Hội Khuyến học thành phố"),
   (HUE, "Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về “Công dân học tập”.")],
  "The city Association for Promoting Education (Hội Khuyến học thành phố, V.7): “Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về Công dân học tập”.",
  ["Hội Khuyến học thành phố"])

Q("english", "hanoi: which targets reach eighty percent by 2030?",
  [(HN, "80% gia đình, dòng họ, cộng đồng đạt danh hiệu gia đình, dòng họ, cộng đồng học tập."),
   (HN, "80-85% lao động được qua đào tạo, trong đó lao động có bằng cấp, chứng chỉ đạt trên 60%.")],
  "By 2030 Hanoi sets 80% of families, clans and communities earning the learning family/clan/community titles (“80% gia đình, dòng họ, cộng đồng”), and 80-85% of workers trained (over 60% with degrees or certificates).",
  ["80% gia đình, dòng họ, cộng đồng", "80-85%"])

Q("english", "Is the Hue plan's spending governed by Resolution 61/2025 of the city council?",
  [(HUE, "Nghị quyết số 16/2025/NQ-HĐND ngày 16 tháng 7 năm 2025 của Hội đồng nhân dân thành phố")],
  "No — it is Resolution No. 16/2025/NQ-HĐND of 16 July 2025 of the city People's Council, which sets the content and spending levels for the learning-society scheme; management and use of funds follow it and current law.",
  ["16/2025/NQ-HĐND"])

Q("english", "an lao - what does the district Culture, Information & Sports Centre have to publish?",
  [(AL, "7. Trung tâm Văn hóa - Thông tin và Thể thao huyện"),
   (AL, "Thiết lập các trang thông tin, các chuyên mục, chuyên trang, tăng thời lượng phổ biến, tuyên truyền về nội dung bài viết của Tổng Bí thư")],
  "The Trung tâm Văn hóa - Thông tin và Thể thao huyện (III.7) sets up information pages, columns and special pages (“các chuyên mục, chuyên trang”) and increases airtime for the General Secretary's article (“bài viết của Tổng Bí thư”), new models and examples of self-study, and publicises the results of the “Học tập suốt đời” movement alongside the Ho Chi Minh study campaign and Party congress documents.",
  ["chuyên mục, chuyên trang", "Tổng Bí thư"])

Q("english", "Hanoi plan: what's the labour-force training target for twenty twenty five?",
  [(HN, "75-80% lao động được qua đào tạo, trong đó lao động có bằng cấp, chứng chỉ đạt 55-60%.")],
  "For 2025: 75-80% of workers trained, of whom 55-60% hold degrees or certificates.",
  ["75-80%", "55-60%"])

Q("english", "Can Tho's 2024 target for lower-secondary universalisation level 3 — is it 100%?",
  [(CT, "100% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 2; phần đầu có 66% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3.")],
  "No. 100% of districts are to meet lower-secondary universalisation at level 2 (“mức độ 2”); for level 3 the plan aims (“phần đầu”, i.e. phấn đấu) at 66% of districts.",
  ["mức độ 2", "66%"])

Q("english", "hue: which body trains staff working in culture and sports institutions?",
  [(HUE, "2. Sở Văn hóa và Thể thao"),
   (HUE, "Tổ chức đào tạo, bồi dưỡng, nâng cao chất lượng đội ngũ cán bộ, viên chức, người lao động làm việc tại các thiết chế văn hóa – thể thao")],
  "The Department of Culture and Sports (Sở Văn hóa và Thể thao, V.2) organises training to raise the quality of staff working in cultural and sports institutions (“thiết chế văn hóa – thể thao”) so they can serve people's lifelong learning.",
  ["Sở Văn hóa và Thể thao"])

Q("english", "My Loc: what is the Womens Union (Hoi LHPN) asked to do?",
  [(ML, "Phối hợp với Phòng Giáo dục và Đào tạo tham gia tuyên truyền Kế hoạch"),
   (ML, "vận động, tuyên truyền phụ nữ và trẻ em gái chưa biết chữ ra học các lớp xóa mù chữ, đẩy mạnh hoạt động có hiệu quả đối với “Quỹ học bổng Hoàng Ngân”")],
  "The district Women's Union (V.9.e) works with the Phòng Giáo dục và Đào tạo to promote the plan, builds learning-society messages into the “Phụ nữ tích cực học tập…” movement, encourages illiterate women and girls to join literacy classes, and makes the “Quỹ học bổng Hoàng Ngân” scholarship fund effective.",
  ["Phòng Giáo dục và Đào tạo", "Hoàng Ngân"])

Q("english", "hanoi: what literacy rate (age 15-60) must be kept by twenty twenty five?",
  [(HN, "Duy trì 99,5% trở lên người trong độ tuổi 15-60 biết chữ.")],
  "For 2025 Hanoi must maintain 99,5% or more of people aged 15-60 literate (99,6% by 2030).",
  ["99,5%"])

Q("english", "can tho: are the Farmers' Association and the Veterans' Association given any task?",
  [(CT, "đ) Đề nghị Hội Cựu chiến binh thành phố, Hội Nông dân thành phố"),
   (CT, "huy động hội viên tham gia chuyển giao công nghệ, hỗ trợ hoạt động khởi nghiệp, phổ biến kiến thức cho người dân.")],
  "Yes (V.11.đ, as a request): the city Veterans' and Farmers' Associations guide their branches to organise study-promotion activities and mobilise members for technology transfer (“chuyển giao công nghệ”), start-up support and spreading knowledge to residents.",
  ["chuyển giao công nghệ"])

# ---------------------------------------------------------------- follow_up
Q("follow_up", "không, ý tôi là năm 2030",
  [(HN, "70% công dân đạt danh hiệu công dân học tập; 70% công dân đạt kỹ năng số.")],
  "Năm 2030, Hà Nội đặt 70% công dân đạt danh hiệu công dân học tập và 70% công dân đạt kỹ năng số.",
  ["70%"],
  [("u", "Hà Nội năm 2025 chỉ tiêu công dân học tập bao nhiêu?"),
   ("a", "Năm 2025: 50% công dân đạt danh hiệu công dân học tập."),
   ("u", "còn kỹ năng số?"), ("a", "Cũng năm 2025: 50% công dân đạt kỹ năng số.")])

Q("follow_up", "quay lại câu đầu, cơ quan đó tham mưu bố trí kinh phí theo luật nào?",
  [(HUE, "tham mưu Ủy ban nhân dân thành phố bố trí kinh phí thực hiện Kế hoạch theo quy định của Luật Ngân sách Nhà nước.")],
  "Sở Tài chính Huế tham mưu Ủy ban nhân dân thành phố bố trí kinh phí thực hiện Kế hoạch theo quy định của Luật Ngân sách Nhà nước (trên cơ sở đề nghị của các cơ quan và khả năng cân đối ngân sách).",
  ["Luật Ngân sách Nhà nước"],
  [("u", "Sở Tài chính Huế làm gì trong kế hoạch 2026?"),
   ("a", "Trên cơ sở đề nghị của các cơ quan, đơn vị và khả năng cân đối ngân sách, Sở Tài chính tham mưu UBND thành phố bố trí kinh phí thực hiện Kế hoạch."),
   ("u", "còn Sở Nội vụ?"),
   ("a", "Sở Nội vụ tổ chức thực hiện mục tiêu đào tạo, bồi dưỡng cán bộ, công chức và theo dõi mục tiêu năng lực cơ bản của người dân."),
   ("u", "Hội Khuyến học thành phố?"),
   ("a", "Hội Khuyến học thành phố chủ trì thực hiện Kế hoạch 471/KH-UBND, phối hợp kiểm tra, củng cố tổ chức Hội và theo dõi mục tiêu Công dân học tập.")])

Q("follow_up", "ý tôi là kỹ năng sống năm 2030 cơ",
  [(ML, "+ 80% người trong độ tuổi lao động được trang bị kỹ năng sống.")],
  "Đến năm 2030, Mỹ Lộc đặt 80% người trong độ tuổi lao động được trang bị kỹ năng sống.",
  ["80%"],
  [("u", "Mỹ Lộc năm 2025 kỹ năng sống bao nhiêu %?"), ("a", "Năm 2025: 60% số người trong độ tuổi lao động được trang bị kỹ năng sống."),
   ("u", "năng lực thông tin?"), ("a", "Năm 2025: 60% được trang bị năng lực thông tin."),
   ("u", "còn 2030?"), ("a", "Đến năm 2030: 70% người trong độ tuổi lao động được trang bị năng lực thông tin.")])

Q("follow_up", "cơ quan tôi hỏi đầu tiên có phối hợp với UBND quận, huyện không?",
  [(CT, "Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan, Ủy ban nhân dân quận, huyện triển khai các chương trình đào tạo bổ sung")],
  "Có. Sở Lao động - Thương binh và Xã hội Cần Thơ chủ trì, phối hợp với các cơ quan, đơn vị có liên quan, Ủy ban nhân dân quận, huyện triển khai các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động.",
  ["Ủy ban nhân dân quận, huyện"],
  [("u", "Cần Thơ: Sở LĐ-TB&XH làm gì?"),
   ("a", "Sở LĐ-TB&XH chủ trì triển khai các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động; hỗ trợ học tập cho người yếu thế."),
   ("u", "Ban Dân tộc?"),
   ("a", "Ban Dân tộc chủ trì triển khai các chương trình, dự án hỗ trợ giáo dục, đào tạo cho người dân tộc thiểu số.")])

Q("follow_up", "trong mấy cơ quan vừa rồi, cơ quan nào tổng hợp kết quả phong trào hằng năm?",
  [(AL, "1. Phòng Giáo dục và Đào tạo"),
   (AL, "Chủ trì tổng hợp kết quả thực hiện phong trào “Học tập suốt đời’, lồng ghép với kết quả xây dựng xã hội học tập trên địa bàn huyện, hằng năm.")],
  "Phòng Giáo dục và Đào tạo: chủ trì tổng hợp kết quả thực hiện phong trào “Học tập suốt đời”, lồng ghép với kết quả xây dựng xã hội học tập trên địa bàn huyện, hằng năm.",
  ["Phòng Giáo dục và Đào tạo", "Chủ trì tổng hợp kết quả"],
  [("u", "An Lão: Phòng GD&ĐT làm gì?"),
   ("a", "Phòng GD&ĐT chủ trì tham mưu điều chỉnh cơ chế, chính sách, rà soát mạng lưới cơ sở giáo dục, bồi dưỡng giáo viên, triển khai các mô hình học tập, hợp tác quốc tế…"),
   ("u", "Hội Khuyến học huyện?"),
   ("a", "Hội Khuyến học huyện phối hợp tuyên truyền về “Học tập suốt đời”, phát động phong trào khuyến học, khuyến tài."),
   ("u", "Trung tâm VH-TT&TT?"),
   ("a", "Trung tâm thiết lập các trang thông tin, chuyên mục tuyên truyền bài viết của Tổng Bí thư và kết quả phong trào.")])

Q("follow_up", "thế còn ở huế thì sao",
  [(HUE, "Kế hoạch số 288/KH-UBND ngày 25 tháng 8 năm 2023"),
   (HUE, "Tổ chức đào tạo, bồi dưỡng, nâng cao chất lượng đội ngũ cán bộ, viên chức, người lao động làm việc tại các thiết chế văn hóa – thể thao")],
  "Ở Huế, Sở Văn hóa và Thể thao chủ trì triển khai Kế hoạch số 288/KH-UBND ngày 25 tháng 8 năm 2023 (học tập suốt đời trong thư viện, bảo tàng, trung tâm văn hóa), nhân rộng mô hình học tập tại thư viện, bảo tàng, nhà văn hóa, câu lạc bộ; đào tạo, bồi dưỡng đội ngũ làm việc tại các thiết chế văn hóa – thể thao; chỉ đạo báo chí, thông tin cơ sở tuyên truyền.",
  ["288/KH-UBND", "thiết chế văn hóa – thể thao"],
  [("u", "ờ kế hoạch hà nội sở văn hóa và thể thao làm gì"),
   ("a", "Sở Văn hóa và Thể thao Hà Nội chủ trì nhân rộng các mô hình học tập suốt đời trong các thiết chế văn hóa cơ sở và đào tạo, bồi dưỡng nhân lực làm việc trong các thiết chế văn hóa - thể thao.")])

Q("follow_up", "à nhầm, tôi muốn hỏi Cần Thơ năm 2024",
  [(CT, "Phần đầu đạt tỷ lệ 90% số người trong độ tuổi lao động được trang bị năng lực về sử dụng công nghệ thông tin")],
  "Năm 2024, Cần Thơ phấn đấu (văn bản ghi “Phần đầu”) đạt tỷ lệ 90% số người trong độ tuổi lao động được trang bị năng lực về sử dụng công nghệ thông tin để tra cứu thông tin, học tập trên môi trường mạng.",
  ["90%"],
  [("u", "Huế 2026 tỷ lệ người lao động có năng lực công nghệ thông tin?"),
   ("a", "87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin.")])

Q("follow_up", "trong đó mục 9 gồm những tổ chức nào?",
  [(ML, "9. Đề nghị Ủy ban Mặt trận Tổ quốc huyện, các đoàn thể nhân dân và các tổ chức xã hội"),
   (ML, "b) Hội Khuyến học huyện"), (ML, "c) Đoàn TNCS Hồ Chí Minh huyện"), (ML, "d) Liên đoàn Lao động huyện"),
   (ML, "e) Hội Liên hiệp Phụ nữ huyện"),
   (ML, "g) Hội Cựu chiến binh huyện, Hội Nông dân huyện, Hội Người cao tuổi huyện, Hội Cựu giáo chức huyện")],
  "Mục V.9 (đề nghị) gồm: a) Ủy ban Mặt trận Tổ quốc huyện và các tổ chức thành viên; b) Hội Khuyến học huyện; c) Đoàn TNCS Hồ Chí Minh huyện; d) Liên đoàn Lao động huyện; e) Hội Liên hiệp Phụ nữ huyện; g) Hội Cựu chiến binh huyện, Hội Nông dân huyện, Hội Người cao tuổi huyện, Hội Cựu giáo chức huyện.",
  ["Hội Khuyến học huyện", "Liên đoàn Lao động huyện", "Hội Cựu giáo chức huyện"],
  [("u", "Mỹ Lộc mục V tổ chức thực hiện có mấy đầu mục?"),
   ("a", "11 đầu mục, từ 1. Phòng Giáo dục và Đào tạo đến 11. UBND các xã, thị trấn.")])

Q("follow_up", "vậy Sở Tài chính cũng là cơ quan thường trực của kế hoạch à?",
  [(HN, "1. Sở Giáo dục và Đào tạo"), (HN, "Là cơ quan thường trực, giúp Ủy ban nhân dân Thành phố tổ chức triển khai thực hiện Kế hoạch")],
  "Không. Cơ quan thường trực là Sở Giáo dục và Đào tạo (mục V.1: “Là cơ quan thường trực, giúp Ủy ban nhân dân Thành phố tổ chức triển khai thực hiện Kế hoạch”). Sở Tài chính lo kinh phí và cơ chế tài chính.",
  ["cơ quan thường trực", "Sở Giáo dục và Đào tạo"],
  [("u", "Hà Nội Sở Tài chính làm gì?"),
   ("a", "Sở Tài chính đảm bảo kinh phí trong dự toán ngân sách hàng năm, hướng dẫn cơ chế tài chính và phối hợp hoàn thiện chính sách huy động nguồn lực xã hội.")])

Q("follow_up", "quay lại chỉ tiêu thứ hai, mức độ mấy?",
  [(CT, "100% quận, huyện đạt chuẩn xóa mù chữ mức độ 2.")],
  "Chỉ tiêu xóa mù chữ năm 2024 của Cần Thơ: 100% quận, huyện đạt chuẩn xóa mù chữ mức độ 2.",
  ["mức độ 2", "100%"],
  [("u", "Cần Thơ 2024 phổ cập THCS mức độ 3 bao nhiêu?"),
   ("a", "Phấn đấu (văn bản ghi “phần đầu”) có 66% quận, huyện đạt chuẩn phổ cập THCS mức độ 3."),
   ("u", "xóa mù chữ?"), ("a", "100% quận, huyện đạt chuẩn xóa mù chữ."),
   ("u", "Cộng đồng học tập?"), ("a", "Phấn đấu 80% đơn vị được đánh giá, công nhận theo mức độ “Cộng đồng học tập”.")])

Q("follow_up", "and the women's union, same city?",
  [(HN, "d) Hội Liên hiệp phụ nữ Thành phố"),
   (HN, "vận động, tuyên truyền phụ nữ và trẻ em gái ở vùng đồng bào dân tộc thiểu số chưa biết chữ ra học các lớp xóa mù chữ.")],
  "Hanoi's Women's Union (V.15.d) works with the Department of Education to promote the plan, builds the learning-society message into the “Phụ nữ tích cực học tập…” movement, and encourages illiterate women and girls in ethnic-minority areas (“vùng đồng bào dân tộc thiểu số”) to join literacy classes.",
  ["vùng đồng bào dân tộc thiểu số"],
  [("u", "What does the Hanoi plan ask of the Youth Union?"),
   ("a", "The Ho Chi Minh Communist Youth Union of Hanoi leads propaganda on study promotion through youth movements and raises funds to support disadvantaged pupils and students.")])

Q("follow_up", "sorry, I meant life skills in My Loc, twenty twenty five",
  [(ML, "+ 60% số người trong độ tuổi lao động được trang bị kỹ năng sống.")],
  "For 2025, My Loc targets 60% of working-age people equipped with life skills (80% by 2030).",
  ["60%"],
  [("u", "Hue targets for 2026 - IT skills?"), ("a", "87% of working-age people equipped with IT competence."),
   ("u", "and life skills?"), ("a", "80% of working-age people equipped with life skills.")])

Q("follow_up", "gửi về đâu?",
  [(HUE, "gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026 để tổng hợp, báo cáo Ủy ban nhân dân thành phố")],
  "Gửi về Sở Giáo dục và Đào tạo (trước ngày 15/12/2026) để Sở tổng hợp, báo cáo Ủy ban nhân dân thành phố.",
  ["Sở Giáo dục và Đào tạo"],
  [("u", "Huế: UBND các xã, phường phải làm gì?"),
   ("a", "Xây dựng kế hoạch tại địa phương, bố trí ngân sách, phát triển mô hình học tập, kiện toàn trung tâm học tập cộng đồng, đánh giá công nhận, kiểm tra và báo cáo."),
   ("u", "hạn gửi báo cáo?"), ("a", "Trước ngày 15/12/2026.")])

Q("follow_up", "vậy ai chủ trì triển khai các nhiệm vụ của Đề án?",
  [(ML, "1. Phòng Giáo dục và Đào tạo"),
   (ML, "a) Chủ trì, phối hợp với các phòng, ban, ngành, đơn vị liên quan, UBND các xã, thị trấn triển khai thực hiện các nhiệm vụ của Đề án.")],
  "Phòng Giáo dục và Đào tạo huyện Mỹ Lộc (mục V.1.a): chủ trì, phối hợp với các phòng, ban, ngành, đơn vị liên quan, UBND các xã, thị trấn triển khai thực hiện các nhiệm vụ của Đề án.",
  ["Phòng Giáo dục và Đào tạo"],
  [("u", "Ban Tuyên giáo Huyện ủy Mỹ Lộc làm gì?"),
   ("a", "Phối hợp với Phòng GD&ĐT và các phòng, ban triển khai các mục tiêu, nhiệm vụ, nhất là tuyên truyền, định hướng; phối hợp kiểm tra, giám sát."),
   ("u", "họ có chủ trì không?"), ("a", "Không, kế hoạch chỉ đề nghị Ban Tuyên giáo Huyện ủy phối hợp.")])

Q("follow_up", "ừ thế còn phòng tài chính kế hoạch",
  [(AL, "Phối hợp với các phòng, ban, ngành, đơn vị lập dự toán kinh phí, báo cáo Ủy ban nhân dân huyện cân đối trong nguồn ngân sách")],
  "Phòng Tài chính - Kế hoạch An Lão (mục III.4): phối hợp với các phòng, ban, ngành, đơn vị lập dự toán kinh phí, báo cáo Ủy ban nhân dân huyện cân đối trong nguồn ngân sách để triển khai phong trào “Học tập suốt đời”.",
  ["lập dự toán kinh phí"],
  [("u", "an lão phòng văn hóa khoa học và thông tin làm gì"),
   ("a", "Chủ trì tham mưu chính sách phát triển khoa học, công nghệ, chuyển đổi số; chủ trì tham mưu phong trào “Bình dân học vụ số”; củng cố thiết chế văn hóa, thư viện số; phối hợp tổ chức chuyên đề, cuộc thi.")])

Q("follow_up", "còn năm 2025 của chỉ tiêu vừa rồi?",
  [(HN, "50% đơn vị được công nhận là đơn vị học tập;")],
  "Năm 2025, Hà Nội đặt 50% đơn vị được công nhận là đơn vị học tập.",
  ["50%"],
  [("u", "Hà Nội 2025 bao nhiêu % quận huyện được công nhận huyện học tập?"), ("a", "40% quận, huyện, thị xã."),
   ("u", "2030?"), ("a", "60% quận, huyện, thị xã."),
   ("u", "đơn vị học tập 2030?"), ("a", "70% đơn vị được công nhận là đơn vị học tập.")])

Q("follow_up", "nhiệm vụ trọng tâm đó còn căn cứ quyết định nào về công dân học tập?",
  [(CT, "Quyết định số 677/QĐ-TTg ngày 03 tháng 6 năm 2022 của Thủ tướng Chính phủ phê duyệt Chương trình “Xây dựng mô hình công dân học tập giai đoạn 2021 - 2030”")],
  "Quyết định số 677/QĐ-TTg ngày 03 tháng 6 năm 2022 của Thủ tướng Chính phủ phê duyệt Chương trình “Xây dựng mô hình công dân học tập giai đoạn 2021 - 2030”.",
  ["677/QĐ-TTg"],
  [("u", "Cần Thơ: Hội Khuyến học thành phố làm gì?"),
   ("a", "Triển khai xây dựng xã hội học tập theo Quyết định 1373/QĐ-TTg với nhiệm vụ trọng tâm là Bộ tiêu chí đánh giá, cùng các chương trình theo QĐ 387 và QĐ 677.")])

Q("follow_up", "trình ai phê duyệt?",
  [(HUE, "trình Ủy ban nhân dân thành phố xem xét, phê duyệt làm cơ sở tổ chức triển khai thực hiện.")],
  "Đề án do Sở Giáo dục và Đào tạo tham mưu xây dựng, trình Ủy ban nhân dân thành phố xem xét, phê duyệt làm cơ sở tổ chức triển khai thực hiện.",
  ["trình Ủy ban nhân dân thành phố"],
  [("u", "Huế: ai xây dựng Đề án “Tạo môi trường học tập suốt đời và xây dựng xã hội học tập”?"),
   ("a", "Sở Giáo dục và Đào tạo chủ trì, phối hợp với các sở, ban, ngành tham mưu xây dựng Đề án này.")])

Q("follow_up", "ok and in hanoi, the info & comms dept — what training does it run?",
  [(HN, "Chủ trì, phối hợp với các Sở, ngành, đơn vị có liên quan tổ chức các lớp tập huấn, bồi dưỡng kiến thức, kỹ năng, trang bị năng lực thông tin cho đội ngũ cán bộ công chức, viên chức, người lao động trên địa bàn Thành phố.")],
  "Hanoi's Department of Information and Communications (Sở Thông tin và Truyền thông, V.5) leads training courses for civil servants, public employees and workers to build their knowledge, skills and information competence (“trang bị năng lực thông tin”).",
  ["trang bị năng lực thông tin"],
  [("u", "can tho - who handles IT infrastructure for lifelong learning?"),
   ("a", "The Department of Information and Communications, working with the Department of Education, on digital transformation and technical infrastructure.")])

Q("follow_up", "quay lại Hội Khuyến học, họ phối hợp với những phòng nào?",
  [(ML, "Phối hợp với Phòng Giáo dục và Đào tạo, Phòng Văn hóa, Thể thao và Du lịch hướng dẫn đẩy mạnh hoạt động của các Trung tâm Học tập cộng đồng.")],
  "Hội Khuyến học huyện Mỹ Lộc phối hợp với Phòng Giáo dục và Đào tạo và Phòng Văn hóa, Thể thao và Du lịch để hướng dẫn đẩy mạnh hoạt động của các Trung tâm Học tập cộng đồng.",
  ["Phòng Giáo dục và Đào tạo", "Phòng Văn hóa, Thể thao và Du lịch"],
  [("u", "Mỹ Lộc Hội Khuyến học huyện làm gì?"),
   ("a", "Chủ trì lồng ghép tuyên truyền qua hệ thống hội khuyến học; phối hợp đẩy mạnh hoạt động Trung tâm Học tập cộng đồng; triển khai tiêu chí công dân học tập."),
   ("u", "Đoàn TNCS huyện?"),
   ("a", "Lồng ghép tuyên truyền qua phong trào thanh niên; vận động gây quỹ hỗ trợ thanh niên khó khăn.")])

Q("follow_up", "thế còn ở Hà Nội, cơ quan tương ứng chủ trì hay phối hợp?",
  [(HN, "Chủ trì, phối hợp với các Sở, ngành liên quan xây dựng các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động")],
  "Ở Hà Nội, Sở Lao động - Thương binh và Xã hội cũng chủ trì: chủ trì, phối hợp với các Sở, ngành liên quan xây dựng các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động; hỗ trợ học tập cho người yếu thế; nhân rộng mô hình đào tạo nghề; hỗ trợ đào tạo cho lao động nông thôn, người khuyết tật, phụ nữ…",
  ["Chủ trì", "đào tạo kỹ năng nghề nghiệp mới"],
  [("u", "Mỹ Lộc: Phòng LĐ-TB&XH làm gì?"),
   ("a", "Chủ trì phối hợp với Phòng GD&ĐT triển khai đào tạo bổ sung, đào tạo kỹ năng nghề mới cho người lao động; nhân rộng mô hình đào tạo nghề; hỗ trợ đào tạo cho lao động nông thôn, người khuyết tật…"),
   ("u", "phòng này chủ trì hay phối hợp?"), ("a", "Chủ trì (phối hợp với Phòng GD&ĐT và các phòng, ban liên quan).")])

# ---------------------------------------------------------------- unanswerable
U("cho hỏi huyện tiên lãng năm hai không hai lăm giao phòng giáo dục làm gì",
  "Không có kế hoạch nào của huyện Tiên Lãng trong các kế hoạch đã nạp (Huế, Mỹ Lộc, Hà Nội, Cần Thơ, An Lão); gần nhất là kế hoạch của huyện An Lão (Hải Phòng), nhưng nó không nói về Tiên Lãng.",
  [(ALL, r"tien lang")])
U("ờ đà lạt thì là chỉ tiêu công dân học tập bao nhiêu phần trăm",
  "Các kế hoạch đã nạp không có kế hoạch của Đà Lạt; không có số liệu công dân học tập nào cho Đà Lạt.",
  [(ALL, r"da lat|lam dong")])
U("huyện nam trực năm hai nghìn không trăm ba mươi thì là mục tiêu kỹ năng sống bao nhiêu",
  "Không có kế hoạch của huyện Nam Trực; kế hoạch đã nạp ở tỉnh Nam Định là của huyện Mỹ Lộc (80% kỹ năng sống đến 2030) và không áp dụng cho Nam Trực.",
  [(ALL, r"nam truc")])
U("chỉ tiêu nào của Hà Nội đạt 65% vào năm 2030?",
  "Kế hoạch Hà Nội không có chỉ tiêu nào ở mức 65% (các mức năm 2030 là 99,6%, 96%, 100%, 80-85%, 70%, 60%, 15%, 85-90%, 90%, 80%).",
  [([HN], r"\b65 ?%")])
U("ở Huế chỉ tiêu nào là 55%?",
  "Kế hoạch năm 2026 của Huế không có chỉ tiêu 55% (các mức là 87%, 80%, 40%, 15%, 100% và số đơn vị học tập).",
  [([HUE], r"\b55 ?%")])
U("việc nào ở Cần Thơ phải xong trước 30/6/2024?",
  "Kế hoạch 74/KH-BCĐ của Cần Thơ không đặt hạn 30/6/2024 hay hạn ngày cụ thể nào cho các nhiệm vụ.",
  [([CT], r"30/6|30 thang 6|truoc ngay")])
U("Kế hoạch Huế đặt chỉ tiêu bao nhiêu dòng họ học tập năm 2026?",
  "Kế hoạch năm 2026 của Huế không đặt chỉ tiêu “Dòng họ học tập”; các mô hình có chỉ tiêu là công dân học tập, Đơn vị học tập và Cộng đồng học tập.",
  [([HUE], r"dong ho hoc tap")])
U("Kế hoạch Hà Nội xây bao nhiêu thư viện số?",
  "Kế hoạch Hà Nội không nói đến thư viện số hay số lượng thư viện cần xây.",
  [([HN], r"thu vien so")])
U("Kế hoạch Huế giao Sở Khoa học và Công nghệ phát triển học liệu số, cụ thể thế nào?",
  "Kế hoạch năm 2026 của Huế không nêu tên Sở Khoa học và Công nghệ và không giao việc nào cho sở này.",
  [([HUE], r"so khoa hoc")])
U("Phòng Kinh tế - Hạ tầng huyện An Lão được giao gì trong phong trào Bình dân học vụ số?",
  "Kế hoạch An Lão không nêu Phòng Kinh tế - Hạ tầng; phong trào “Bình dân học vụ số” do Phòng Văn hóa Khoa học và Thông tin chủ trì tham mưu.",
  [([AL], r"ha tang")])
U("Theo kế hoạch Cần Thơ, quận huyện không đạt 55,55% đơn vị học tập bị kỷ luật thế nào?",
  "Kế hoạch 74 của Cần Thơ không quy định kỷ luật hay xử lý nào với quận, huyện không đạt chỉ tiêu.",
  [([CT], r"ky luat|xu ly|xu phat")])
U("ờ kế hoạch cần thơ thì là năm hai không hai ba đã đạt được bao nhiêu phần trăm đơn vị học tập",
  "Kế hoạch năm 2024 của Cần Thơ chỉ đặt mục tiêu cho năm 2024 và không nêu kết quả đã đạt năm 2023.",
  [([CT], r"2023")])
U("what's the total budget in VND for hue's twenty twenty six plan?",
  "The Hue 2026 plan gives no amount: it only names the sources (state budget by level, other lawful sources) and Resolution 16/2025/NQ-HĐND on spending rules.",
  [([HUE], r"trieu|ty dong|nghin dong|vnd")])
U("What targets does Haiphong city's own plan 108 set for 2025?",
  "Haiphong's Plan 108/KH-UBND is only cited as the basis of the An Lao plan; its content and targets are not in the loaded plans.",
  [])
U("what must the hanoi Dept. of Planning and Investment do under the plan?",
  "The Hanoi plan does not name a Department of Planning and Investment (Sở Kế hoạch và Đầu tư) and gives it no task.",
  [([HN], r"ke hoach va dau tu")])
U("my loc PC - how many ppl got the 'learning citizen' title in twenty twenty one?",
  "The My Loc plan sets targets for 2025 and 2030 only; it gives no past result for 2021.",
  [])
U("thế năm ngoái Huế đạt bao nhiêu?",
  "Kế hoạch năm 2026 của Huế chỉ đặt mục tiêu (40% công dân học tập), không nêu kết quả đã đạt năm trước.",
  [],
  [("u", "Huế 2026 có bao nhiêu % công dân học tập?"), ("a", "40% công dân đạt danh hiệu công dân học tập.")])
U("họ được cấp bao nhiêu tỷ đồng?",
  "Kế hoạch Hà Nội không nêu số tiền cấp cho Sở Văn hóa và Thể thao; chỉ nói kinh phí nằm trong dự toán ngân sách hàng năm theo phân cấp.",
  [([HN], r"trieu|ty dong|nghin dong")],
  [("u", "Sở Văn hóa và Thể thao Hà Nội làm gì?"),
   ("a", "Chủ trì nhân rộng mô hình học tập suốt đời trong thiết chế văn hóa cơ sở; đào tạo, bồi dưỡng nhân lực thiết chế văn hóa - thể thao.")])
U("quay lại câu đầu, ở Huế thì Công an thành phố làm gì?",
  "Kế hoạch năm 2026 của Huế không giao việc cho Công an thành phố (chỉ nhắc “nghĩa vụ công an” khi nói về thanh niên được ưu tiên đào tạo nghề).",
  [([HUE], r"cong an (thanh pho|tinh)")],
  [("u", "Cần Thơ: Công an thành phố làm gì?"),
   ("a", "Chủ trì tổ chức các lớp xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho phạm nhân, học viên trong trại giam, trường giáo dưỡng."),
   ("u", "Bộ Chỉ huy Quân sự?"),
   ("a", "Tuyên truyền về học tập suốt đời trong lực lượng vũ trang; nâng cao ngoại ngữ và tiếng dân tộc thiểu số.")])
U("sở ngoại vụ hà nội thì là được giao hợp tác quốc tế với unesco đúng không",
  "Kế hoạch Hà Nội không nêu Sở Ngoại vụ; phần hợp tác quốc tế (mục III.7) không giao cho sở này.",
  [([HN], r"ngoai vu")])
U("Hội Khuyến học Mỹ Lộc, à nhầm, huyện Xuân Trường làm gì?",
  "Không có kế hoạch của huyện Xuân Trường trong các kế hoạch đã nạp; chỉ có kế hoạch của huyện Mỹ Lộc (Nam Định).",
  [(ALL, r"xuan truong")])
U("Huế năm 2026, à nhầm, năm 2029 chỉ tiêu công dân học tập bao nhiêu?",
  "Kế hoạch của Huế chỉ là kế hoạch năm 2026; không có chỉ tiêu cho năm 2029.",
  [([HUE], r"2029")])
U("việc nào ở Hà Nội phải xong trước ngày 31/3?",
  "Kế hoạch Hà Nội không có hạn 31/3; hạn duy nhất là báo cáo hằng năm trước ngày 01 tháng 12.",
  [([HN], r"31/3|31 thang 3|31/03")])
U("An Lão giao chỉ tiêu bao nhiêu gia đình học tập?",
  "Kế hoạch An Lão không đặt chỉ tiêu số lượng hay tỷ lệ nào, kể cả Gia đình học tập.",
  [([AL], r"%|\d+ gia dinh")])
U("Phụ lục danh mục nhiệm vụ trọng tâm kèm kế hoạch Mỹ Lộc gồm những nhiệm vụ gì?",
  "Kế hoạch Mỹ Lộc chỉ ghi “(Danh mục nhiệm vụ trọng tâm trong Phụ lục kèm theo Kế hoạch)”; bản đã nạp không có phụ lục đó, nên không biết phụ lục gồm những gì.",
  [])
U("Trong kế hoạch An Lão, chỉ tiêu nào cao nhất?",
  "Kế hoạch An Lão không đặt chỉ tiêu có số liệu nào, nên không có chỉ tiêu cao nhất.",
  [([AL], r"%")])
U("ờ tỉnh bình dương năm hai không hai lăm thì là ai chủ trì kế hoạch xã hội học tập",
  "Không có kế hoạch của tỉnh Bình Dương trong các kế hoạch đã nạp.",
  [(ALL, r"binh duong")])
U("which hue indicator is set at ninety five percent?",
  "No indicator in Hue's 2026 plan is set at 95%.",
  [([HUE], r"\b95")])
U("Cần Thơ yêu cầu quận huyện gửi báo cáo trước 20/11, nộp cho ai?",
  "Kế hoạch 74 của Cần Thơ không đặt hạn báo cáo 20/11 hay hạn ngày nào; nó chỉ nói khó khăn, vướng mắc phản ánh về Sở GD&ĐT.",
  [([CT], r"20/11|20 thang 11|truoc ngay")])
U("Thông tư 24/2023/TT-BGDĐT có mấy tiêu chí đánh giá Đơn vị học tập?",
  "Kế hoạch Huế chỉ dẫn Thông tư 24/2023/TT-BGDĐT (đánh giá, công nhận “Đơn vị học tập”) mà không nêu nội dung, số tiêu chí của nó.",
  [([HUE], r"tieu chi")])

# ---------------------------------------------------------------- more spoken questions (added last; types as marked)
Q("target", "ở mỹ lộc thì là chỉ tiêu nào bảy mươi phần trăm",
  [(ML, "a) Mục tiêu đến năm 2025"),
   (ML, "+ 70% các Trung tâm Học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục."),
   (ML, "b) Mục tiêu đến năm 2030"),
   (ML, "+ 70% người trong độ tuổi lao động được trang bị năng lực thông tin."),
   (ML, "+ 70% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật,")],
  "Kế hoạch Mỹ Lộc có ba chỉ tiêu 70%: năm 2025, 70% các Trung tâm Học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục; đến năm 2030, 70% người trong độ tuổi lao động được trang bị năng lực thông tin và 70% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật.",
  ["Trung tâm Học tập cộng đồng", "năng lực thông tin", "chuyên môn kỹ thuật"])

Q("agency_tasks", "sở lao động thương binh và xã hội hà lội thì là làm những gì",
  [(HN, "2. Sở Lao động - Thương binh và Xã hội"),
   (HN, "Chủ trì, phối hợp với các Sở, ngành liên quan xây dựng các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động; hỗ trợ học tập cho người bị thiệt thòi, yếu thế trong xã hội."),
   (HN, "Nhân rộng các mô hình đào tạo, đào tạo lại nghề nghiệp cho người lao động trong các doanh nghiệp; đào tạo nghề gắn với ngành nghề truyền thống"),
   (HN, "Xây dựng và triển khai các chương trình, dự án, đề án hỗ trợ đào tạo, đào tạo lại cho các đối tượng: lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động.")],
  "Hiểu là Hà Nội. Sở Lao động - Thương binh và Xã hội (mục V.2) có 3 nhiệm vụ: chủ trì xây dựng các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động, hỗ trợ học tập cho người bị thiệt thòi, yếu thế; nhân rộng các mô hình đào tạo, đào tạo lại nghề nghiệp trong doanh nghiệp, đào tạo nghề gắn với ngành nghề truyền thống, sản xuất ở nông thôn, vùng sâu, vùng xa; xây dựng và triển khai các chương trình hỗ trợ đào tạo cho lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động.",
  ["đào tạo kỹ năng nghề nghiệp mới", "ngành nghề truyền thống", "lao động nông thôn"])

Q("agency_tasks", "hội khuyến học huyện mỹ lộc có mấy nhiệm vụ ờ liệt kê giúp",
  [(ML, "b) Hội Khuyến học huyện"),
   (ML, "Chủ trì lồng ghép các hoạt động tuyên truyền về xây dựng xã hội học tập thông qua hệ thống hội khuyến học các cấp."),
   (ML, "Phối hợp với Phòng Giáo dục và Đào tạo, Phòng Văn hóa, Thể thao và Du lịch hướng dẫn đẩy mạnh hoạt động của các Trung tâm Học tập cộng đồng."),
   (ML, "Triển khai thực hiện các tiêu chí công dân học tập; nhân rộng các mô hình học tập trong xã hội")],
  "Hội Khuyến học huyện (mục V.9.b) có 3 nhiệm vụ: chủ trì lồng ghép các hoạt động tuyên truyền về xây dựng xã hội học tập qua hệ thống hội khuyến học các cấp; phối hợp với Phòng GD&ĐT, Phòng Văn hóa, Thể thao và Du lịch hướng dẫn đẩy mạnh hoạt động của các Trung tâm Học tập cộng đồng; triển khai các tiêu chí công dân học tập, nhân rộng các mô hình học tập trong xã hội. (Ngoài ra Phòng GD&ĐT phối hợp với Hội tham mưu UBND huyện về các tiêu chí, mục V.1.b.)",
  ["hội khuyến học các cấp", "Trung tâm Học tập cộng đồng", "tiêu chí công dân học tập"])

Q("english", "does can tho aim for fifty five point five five percent learning units in twenty twenty four?",
  [(CT, "Phần đầu đạt tỷ lệ 55,55% đơn vị được đánh giá, công nhận theo mức độ “Đơn vị học tập” cấp huyện, cấp thành phố;")],
  "Yes. Can Tho's 2024 plan aims (“Phần đầu”, i.e. phấn đấu) at 55,55% of units assessed and recognised as “Đơn vị học tập” at district or city level.",
  ["55,55%"])

Q("follow_up", "thế mỹ lộc hai mốc đó thì sao",
  [(ML, "+ 70% các Trung tâm Học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục."),
   (ML, "+ 90% các Trung tâm Học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục.")],
  "Mỹ Lộc giống Hà Nội: năm 2025 là 70% các Trung tâm Học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục, và đến năm 2030 là 90%.",
  ["70%", "90%"],
  [("u", "hà nội năm hai không hai lăm trung tâm học tập cộng đồng ứng dụng công nghệ thông tin bao nhiêu"),
   ("a", "Năm 2025: 70% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục."),
   ("u", "còn hai không ba không"), ("a", "Đến năm 2030: 90%.")])

U("chỉ tiêu nào của cần thơ là bảy lăm phần trăm",
  "Kế hoạch năm 2024 của Cần Thơ không có chỉ tiêu 75% (các mức là 100%, 66%, 90%, 30%, 15%, 55,55% và 80%).",
  [([CT], r"\b75 ?%")])


def main():
    counts = {}
    for it in ITEMS:
        counts[it["type"]] = counts.get(it["type"], 0) + 1
    for t, m in MINIMUM.items():
        if counts.get(t, 0) < m:
            PROBLEMS.append(f"type {t}: {counts.get(t, 0)} < minimum {m}")
    if PROBLEMS:
        for p in PROBLEMS:
            print(p)
        print(f"REFUSING to write: {len(PROBLEMS)} problems")
        return 1
    with open(OUT, "w", encoding="utf-8") as f:
        for it in ITEMS:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    print(f"wrote {len(ITEMS)} questions to {OUT}: {dict(sorted(counts.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
