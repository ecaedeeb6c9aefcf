"""Set 35: held-out questions on the five bundled plans (data/plans/*.txt), in shapes no earlier set used.

    python eval/sets/src35/questions_src35.py      # writes eval/sets/bundled35.jsonl

Written from the plan texts only (no product code, no earlier question file). The script refuses to write if
  - an evidence span is missing from its plan after FORMAT.md's normalisation (NFC, * and # deleted, whitespace
    collapsed, stripped),
  - a key fact is missing from its reference answer or from every span it cites,
  - an unanswerable question's probe regex matches the accent-free text of the plans it is checked against
    ("fold": the normalised text; "lines": the raw lines, for headings/numbered items),
  - a type falls below the brief's minimum.
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
PLANS = os.path.join(ROOT, "data", "plans")
OUT = os.path.join(os.path.dirname(HERE), "bundled35.jsonl")

HUE = "000_4550be4bb11189cd.txt"
ML = "001_7bafa58816a5de75.txt"
HN = "002_797e8de6131c77f9.txt"
CT = "003_1a817ee72b993e3e.txt"
AL = "004_b1b28019b71edc03.txt"
ALL = [HUE, ML, HN, CT, AL]

MINIMUM = {"agency_tasks": 14, "target": 12, "deadline": 8, "funding": 7, "legal_basis": 4, "purpose": 3,
           "task_section": 5, "cross_plan": 6, "no_diacritics": 8, "abbreviation": 6, "paraphrase": 5,
           "english": 24, "follow_up": 24, "unanswerable": 32}


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()


def fold(s):
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


RAW = {d: open(os.path.join(PLANS, d), encoding="utf-8").read() for d in ALL}
TEXT = {d: norm(t) for d, t in RAW.items()}

ROWS = []
PROBLEMS = []


def turn(role, content):
    return {"role": role, "content": content}


def hist(*pairs):
    out = []
    for u, a in pairs:
        out.append(turn("user", u))
        out.append(turn("assistant", a))
    return out


REFUSED = "Các kế hoạch đã nạp không nêu thông tin này, nên tôi không trả lời được."


def Q(qtype, question, ev, answer, key_facts, history=None):
    """ev: list of (doc, span)."""
    where = f"#{len(ROWS) + 1} {question[:50]!r}"
    docs = []
    for d, s in ev:
        if d not in docs:
            docs.append(d)
        if norm(s) not in TEXT[d]:
            PROBLEMS.append(f"{where}: span missing in {d}: {s!r}")
    for kf in key_facts:
        if norm(kf).lower() not in norm(answer).lower():
            PROBLEMS.append(f"{where}: key fact {kf!r} not in answer")
        if not any(norm(kf).lower() in norm(s).lower() for _, s in ev):
            PROBLEMS.append(f"{where}: key fact {kf!r} not in any cited span")
    if not 1 <= len(key_facts) <= 4:
        PROBLEMS.append(f"{where}: {len(key_facts)} key facts")
    ROWS.append({"question": question, "type": qtype, "docs": docs,
                 "evidence": [{"doc": d, "span": s} for d, s in ev], "answer": answer,
                 "key_facts": key_facts, "history": history or []})


def U(question, answer, probes=(), history=None):
    """probes: list of (kind, regex, docs); kind 'fold' (normalised text) or 'lines' (raw lines, re.M)."""
    where = f"#{len(ROWS) + 1} {question[:50]!r}"
    for kind, rx, docs in probes:
        for d in docs:
            t = fold(TEXT[d]) if kind == "fold" else fold(RAW[d])
            m = re.search(rx, t, re.M)
            if m:
                PROBLEMS.append(f"{where}: probe {rx!r} matches {d}: {t[max(0, m.start() - 40):m.end() + 40]!r}")
    ROWS.append({"question": question, "type": "unanswerable", "docs": [], "evidence": [], "answer": answer,
                 "key_facts": [], "history": history or []})


# ---------------------------------------------------------------------------------------------- spans
Y_ML25 = "a) Mục tiêu đến năm 2025"
Y_ML30 = "b) Mục tiêu đến năm 2030"
Y_HN25 = "2.1. Mục tiêu cụ thể đến năm 2025"
Y_HN30 = "2.2. Mục tiêu cụ thể đến năm 2030"
Y_CT24 = "2. Mục tiêu cụ thể năm 2024"

# ============================================================================================ agency_tasks
Q("agency_tasks",
  "Chào anh/chị, cho em hỏi theo kế hoạch năm 2026 của thành phố Huế thì Sở Nội vụ được giao những nhiệm vụ gì ạ? Em cảm ơn ạ.",
  [(HUE, "3. Sở Nội vụ - Tổ chức thực hiện các nhiệm vụ nhằm đạt mục tiêu đào tạo, bồi dưỡng, nâng cao trình độ chuyên môn, nghiệp vụ cho đội ngũ cán bộ, công chức các cấp."),
   (HUE, "Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về năng lực cơ bản và trình độ của người dân.")],
  "Theo mục V.3 kế hoạch năm 2026 của thành phố Huế, Sở Nội vụ có hai nhiệm vụ: (1) \"Tổ chức thực hiện các nhiệm vụ nhằm "
  "đạt mục tiêu đào tạo, bồi dưỡng, nâng cao trình độ chuyên môn, nghiệp vụ cho đội ngũ cán bộ, công chức các cấp\"; "
  "(2) \"Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về năng lực cơ bản và trình độ của người dân\".",
  ["đào tạo, bồi dưỡng", "năng lực cơ bản và trình độ của người dân"])

Q("agency_tasks",
  "LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HÀ NỘI PHẢI LÀM GÌ",
  [(HN, "9. Liên đoàn Lao động Thành phố - Phối hợp với các Sở, ngành liên quan tiếp tục đẩy mạnh các hoạt động phát triển nghề nghiệp cho người lao động"),
   (HN, "thành lập quỹ khuyến học, khuyến tài, hỗ trợ công nhân, người lao động học tập nâng cao trình độ, kỹ năng nghề nghiệp")],
  "Theo mục V.9 kế hoạch của Hà Nội, Liên đoàn Lao động Thành phố: (1) phối hợp với các Sở, ngành liên quan tiếp tục đẩy "
  "mạnh các hoạt động phát triển nghề nghiệp cho người lao động; tuyên truyền, vận động công nhân, người lao động trong "
  "doanh nghiệp học tập nâng cao trình độ, kỹ năng nghề nghiệp; (2) chỉ đạo các cấp công đoàn hướng dẫn, hỗ trợ công đoàn "
  "cơ sở vận động người sử dụng lao động tạo điều kiện về thời gian, vật chất, thành lập quỹ khuyến học, khuyến tài, hỗ trợ "
  "công nhân, người lao động học tập và hỗ trợ con công nhân hiếu học có hoàn cảnh khó khăn, nghèo.",
  ["phát triển nghề nghiệp", "quỹ khuyến học, khuyến tài"])

Q("agency_tasks",
  "Ở Huế, Hội Khuyến học thành phố phải lo mấy việc chi rứa?",
  [(HUE, "Chủ trì, phối hợp với các cơ quan, tổ chức, đơn vị, địa phương triển khai thực hiện Kế hoạch số 471/KH-UBND ngày 22 tháng 12 tháng 2022"),
   (HUE, "Phối hợp với Sở Giáo dục và Đào tạo kiểm tra, giám sát việc thực hiện Kế hoạch."),
   (HUE, "Củng cố, phát triển tổ chức Hội khuyến học các cấp; đa dạng hóa phương thức huy động các nguồn lực"),
   (HUE, "Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về “Công dân học tập”.")],
  "Hội Khuyến học thành phố Huế (mục V.7) có bốn việc: (1) chủ trì triển khai Kế hoạch số 471/KH-UBND ngày 22/12/2022 về "
  "các Chương trình \"Đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị\" và \"Xây dựng mô "
  "hình Công dân học tập\"; (2) phối hợp với Sở Giáo dục và Đào tạo kiểm tra, giám sát việc thực hiện Kế hoạch; (3) củng cố, "
  "phát triển tổ chức Hội khuyến học các cấp, đa dạng hóa phương thức huy động nguồn lực; (4) theo dõi, tổng hợp kết quả "
  "thực hiện mục tiêu về “Công dân học tập”.",
  ["471/KH-UBND", "Công dân học tập"])

Q("agency_tasks",
  "Ở Cần Thơ, Bộ Chỉ huy Quân sự thành phố làm gì dzậy?",
  [(CT, "7. Bộ Chỉ huy Quân sự thành phố a) Chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện đẩy mạnh tuyên truyền về học tập suốt đời, xây dựng xã hội học tập trong lực lượng vũ trang, cán bộ, chiến sĩ quân đội;"),
   (CT, "b) Chỉ đạo nâng cao trình độ, năng lực ngoại ngữ và tiếng dân tộc thiểu số cho lực lượng vũ trang, cán bộ, chiến sĩ quân đội.")],
  "Theo Kế hoạch 74/KH-BCĐ của Cần Thơ (mục V.7), Bộ Chỉ huy Quân sự thành phố: a) chủ trì, phối hợp với Sở Giáo dục và Đào "
  "tạo, UBND quận, huyện đẩy mạnh tuyên truyền về học tập suốt đời, xây dựng xã hội học tập trong lực lượng vũ trang, cán "
  "bộ, chiến sĩ quân đội; b) chỉ đạo nâng cao trình độ, năng lực ngoại ngữ và tiếng dân tộc thiểu số cho lực lượng vũ trang.",
  ["lực lượng vũ trang", "ngoại ngữ và tiếng dân tộc thiểu số"])

Q("agency_tasks",
  "ai lo vụ tuyên truyền trên báo, đài về xây dựng xã hội học tập ở huyện Mỹ Lộc?",
  [(ML, "3. Trung tâm Văn hóa - Thể thao và Truyền thông a) Chỉ đạo, hướng dẫn báo chí, truyền thông và hệ thống thông tin cơ sở thông tin tuyên truyền"),
   (ML, "10. Trung tâmVăn hóa- Thể thao và truyền thông huyện Tăng cường, đẩy mạnh công tác tuyên truyền, xây dựng chuyên trang, chuyên mục, giới thiệu gương điển hình")],
  "Kế hoạch Mỹ Lộc giao việc này cho Trung tâm Văn hóa - Thể thao và Truyền thông (huyện), ở hai mục: mục V.3.a — \"Chỉ đạo, "
  "hướng dẫn báo chí, truyền thông và hệ thống thông tin cơ sở thông tin tuyên truyền\" về quan điểm, mục tiêu, nhiệm vụ, "
  "giải pháp của Kế hoạch; và mục V.10 — \"Tăng cường, đẩy mạnh công tác tuyên truyền, xây dựng chuyên trang, chuyên mục, "
  "giới thiệu gương điển hình\" về khuyến học, khuyến tài, xây dựng xã hội học tập.",
  ["Trung tâm Văn hóa - Thể thao và Truyền thông", "chuyên trang, chuyên mục"])

Q("agency_tasks",
  "Cơ quan được nêu đầu tiên trong phần Tổ chức thực hiện của kế hoạch huyện An Lão là cơ quan nào, phải làm những gì?",
  [(AL, "1. Phòng Giáo dục và Đào tạo - Chủ trì, phối hợp với các phòng, ban, ngành tham mưu Ủy ban nhân dân huyện trình Hội đồng nhân dân huyện điều chỉnh các cơ chế, chính sách"),
   (AL, "khoa học công nghệ, trí tuệ nhân tạo AI"),
   (AL, "Chủ trì tổng hợp kết quả thực hiện phong trào “Học tập suốt đời’, lồng ghép với kết quả xây dựng xã hội học tập trên địa bàn huyện, hằng năm.")],
  "Cơ quan đầu tiên ở mục III (Tổ chức thực hiện) của kế hoạch An Lão là Phòng Giáo dục và Đào tạo. Nhiệm vụ: chủ trì tham "
  "mưu UBND huyện trình Hội đồng nhân dân huyện điều chỉnh các cơ chế, chính sách thúc đẩy khuyến học, khuyến tài, học tập "
  "suốt đời; tham mưu rà soát, sắp xếp mạng lưới cơ sở giáo dục, thu hút cơ sở giáo dục đại học, các mô hình giáo dục mới "
  "theo xu hướng khoa học công nghệ, trí tuệ nhân tạo AI, kiện toàn trung tâm học tập cộng đồng cấp xã; bồi dưỡng cán bộ "
  "quản lý, giáo viên theo Chương trình GDPT 2018; phối hợp triển khai các mô hình học tập; chỉ đạo các cơ sở giáo dục xây "
  "dựng môi trường thực học; chủ trì tổng hợp kết quả phong trào \"Học tập suốt đời\" hằng năm; tham mưu hợp tác quốc tế về giáo dục.",
  ["Phòng Giáo dục và Đào tạo", "trí tuệ nhân tạo AI", "Hội đồng nhân dân huyện"])

Q("agency_tasks",
  "Ở Hà Nội, việc mở lớp xóa mù chữ, đào tạo nghề cho phạm nhân thì ai chủ trì, ai phối hợp?",
  [(HN, "Công an Thành phố: chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Sở Lao động - Thương binh và Xã hội tiếp tục tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân")],
  "Theo mục V.8 (Lực lượng vũ trang Thành phố) của kế hoạch Hà Nội: Công an Thành phố chủ trì; phối hợp là Sở Giáo dục và "
  "Đào tạo và Sở Lao động - Thương binh và Xã hội, để tiếp tục tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo "
  "nghề cho trại viên, phạm nhân và học viên trong các trại giam, trại tạm giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng.",
  ["Công an Thành phố", "Sở Lao động - Thương binh và Xã hội"])

Q("agency_tasks",
  "Huế: ai chủ trì, ai phối hợp kiểm tra, giám sát hoạt động của các trung tâm học tập cộng đồng ở các xã, phường?",
  [(HUE, "Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với Hội Khuyến học thành phố và các sở, ban, ngành liên quan tổ chức kiểm tra, giám sát công tác xây dựng xã hội học tập và hoạt động của các trung tâm học tập cộng đồng tại các xã, phường")],
  "Theo mục III.7 kế hoạch năm 2026 của Huế: Sở Giáo dục và Đào tạo chủ trì; phối hợp là Hội Khuyến học thành phố và các sở, "
  "ban, ngành liên quan — tổ chức kiểm tra, giám sát công tác xây dựng xã hội học tập và hoạt động của các trung tâm học tập "
  "cộng đồng tại các xã, phường, rồi tổng hợp, đánh giá kết quả, tham mưu UBND thành phố.",
  ["Sở Giáo dục và Đào tạo", "Hội Khuyến học thành phố"])

Q("agency_tasks",
  "Ban Dân tộc Thành phố Hà Nội",
  [(HN, "10. Ban Dân tộc Thành phố Tham mưu Ủy ban nhân dân Thành phố xây dựng, triển khai thực hiện Kế hoạch Chương trình mục tiêu quốc gia Phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi")],
  "Mục V.10 kế hoạch Hà Nội: Ban Dân tộc Thành phố tham mưu UBND Thành phố xây dựng, triển khai Kế hoạch Chương trình mục tiêu "
  "quốc gia Phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi thành phố đến năm 2030, tầm nhìn 2045; "
  "phối hợp với các Sở, ngành, địa phương vùng dân tộc thiểu số và miền núi triển khai các chương trình, dự án hỗ trợ giáo "
  "dục đào tạo, tạo điều kiện cho trẻ em, người học vùng dân tộc thiểu số và miền núi được tham gia học tập.",
  ["Chương trình mục tiêu quốc gia", "dân tộc thiểu số"])

Q("agency_tasks",
  "Cho hỏi:\nHội Liên hiệp Phụ nữ thành phố Cần Thơ\nđược đề nghị làm gì?",
  [(CT, "d) Đề nghị Hội Liên hiệp Phụ nữ thành phố chỉ đạo các cấp Hội Phụ nữ tiếp tục vận động tuyên truyền hội viên, phụ nữ cho con đi học đúng độ tuổi"),
   (CT, "Cuộc vận động “Xây dựng gia đình 5 không 3 sạch”")],
  "Theo mục V.11.d Kế hoạch 74 của Cần Thơ, Hội Liên hiệp Phụ nữ thành phố được đề nghị chỉ đạo các cấp Hội tiếp tục vận động "
  "hội viên, phụ nữ cho con đi học đúng độ tuổi, không để con bỏ học, gắn với Cuộc vận động “Xây dựng gia đình 5 không 3 "
  "sạch” và mô hình “Gia đình 5 có, 3 sạch”; hỗ trợ tinh thần, vật chất cho gia đình phụ nữ và trẻ em có hoàn cảnh khó khăn "
  "được đến trường, phấn đấu học ít nhất hết THCS, THPT và giáo dục nghề nghiệp.",
  ["cho con đi học đúng độ tuổi", "5 không 3 sạch"])

Q("agency_tasks",
  "Phòng Nội vụ huyện An Lão làm gì…???",
  [(AL, "2. Phòng Nội vụ - Chủ trì phối hợp với các phòng, ban, ngành, địa phương tham mưu Ủy ban nhân dân huyện kế hoạch, kinh phí, tổ chức đào tạo, bồi dưỡng cán bộ, công chức, viên chức theo quy định của Chính phủ."),
   (AL, "chính sách bảo vệ cán bộ, miễn trừ trách nhiệm đối với cán bộ tiên phong")],
  "Theo mục III.2 kế hoạch An Lão, Phòng Nội vụ: chủ trì tham mưu UBND huyện kế hoạch, kinh phí, tổ chức đào tạo, bồi dưỡng "
  "cán bộ, công chức, viên chức theo quy định của Chính phủ; chủ trì khảo sát, đánh giá chất lượng đội ngũ, nghiên cứu khung "
  "tiêu chí đánh giá, sàng lọc, quy hoạch cán bộ; nghiên cứu cơ chế khuyến khích cán bộ dám nghĩ, dám làm và chính sách bảo "
  "vệ cán bộ, miễn trừ trách nhiệm đối với cán bộ tiên phong khi thí điểm không đạt do nguyên nhân khách quan.",
  ["đào tạo, bồi dưỡng cán bộ", "miễn trừ trách nhiệm"])

Q("agency_tasks",
  "Nhiệm Vụ Của Phòng Lao Động - Thương Binh Và Xã Hội Huyện Mỹ Lộc",
  [(ML, "2. Phòng Lao động - Thương binh và Xã hội a) Chủ trì phối hợp với Phòng Giáo dục và Đào tạo và các phòng, ban, ngành liên quan triển khai thực hiện các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động"),
   (ML, "c) Triển khai các chương trình, dự án, đề án hỗ trợ đào tạo, đào tạo lại cho các đối tượng: lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động.")],
  "Mục V.2 kế hoạch Mỹ Lộc: Phòng Lao động - Thương binh và Xã hội a) chủ trì, phối hợp với Phòng GD&ĐT và các phòng, ban, "
  "ngành triển khai các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động, hỗ trợ học tập cho "
  "người bị thiệt thòi, yếu thế; b) nhân rộng mô hình đào tạo, đào tạo lại nghề trong doanh nghiệp, gắn với ngành nghề "
  "truyền thống, sản xuất, kinh doanh ở nông thôn; c) triển khai chương trình, dự án hỗ trợ đào tạo, đào tạo lại cho lao động "
  "nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động.",
  ["đào tạo bổ sung", "lao động nông thôn"])

Q("agency_tasks",
  "Xin hỏi Sở Văn hóa, Thể thao và Du lịch thành phố Cần Thơ được giao nhiệm vụ gì trong Kế hoạch 74? Trân trọng.",
  [(CT, "5. Sở Văn hóa, Thể thao và Du lịch Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan, Ủy ban nhân dân quận, huyện nhân rộng các mô hình học tập suốt đời trong thư viện, bảo tàng, nhà văn hóa, câu lạc bộ.")],
  "Theo mục V.5 Kế hoạch 74/KH-BCĐ, Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các cơ quan, đơn vị có liên quan và "
  "UBND quận, huyện nhân rộng các mô hình học tập suốt đời trong thư viện, bảo tàng, nhà văn hóa, câu lạc bộ.",
  ["mô hình học tập suốt đời", "thư viện, bảo tàng, nhà văn hóa, câu lạc bộ"])

Q("agency_tasks",
  "Trong kế hoạch của Hà Nội, cơ quan thường trực là cơ quan nào và có vai trò gì?",
  [(HN, "1. Sở Giáo dục và Đào tạo - Là cơ quan thường trực, giúp Ủy ban nhân dân Thành phố tổ chức triển khai thực hiện Kế hoạch")],
  "Cơ quan thường trực là Sở Giáo dục và Đào tạo (mục V.1): giúp UBND Thành phố tổ chức triển khai thực hiện Kế hoạch; chủ "
  "trì, phối hợp với các Sở, ngành điều phối và hướng dẫn tổ chức thực hiện; xây dựng các văn bản liên quan đến khuyến học, "
  "khuyến tài, xây dựng xã hội học tập.",
  ["Sở Giáo dục và Đào tạo", "cơ quan thường trực"])

Q("agency_tasks",
  "Cơ quan đầu mối tiếp nhận khó khăn, vướng mắc khi triển khai Kế hoạch 74 của Cần Thơ là cơ quan nào?",
  [(CT, "phản ánh về Sở Giáo dục và Đào tạo (Thường trực Ban Chỉ đạo thành phố) để tổng hợp, báo cáo, tham mưu trình Ban Chỉ đạo thành phố xem xét, quyết định")],
  "Là Sở Giáo dục và Đào tạo, với vai trò Thường trực Ban Chỉ đạo thành phố: nếu có khó khăn, vướng mắc, các cơ quan, đơn vị "
  "\"phản ánh về Sở Giáo dục và Đào tạo (Thường trực Ban Chỉ đạo thành phố) để tổng hợp, báo cáo, tham mưu trình Ban Chỉ đạo thành "
  "phố xem xét, quyết định\".",
  ["Sở Giáo dục và Đào tạo", "Thường trực Ban Chỉ đạo thành phố"])

# ================================================================================================= target
Q("target",
  "Theo kế hoạch Mỹ Lộc, tỷ lệ người trong độ tuổi lao động được trang bị năng lực thông tin tăng bao nhiêu điểm phần trăm từ 2025 đến 2030?",
  [(ML, Y_ML25), (ML, "+ 60% số người trong độ tuổi lao động được trang bị năng lực thông tin."),
   (ML, Y_ML30), (ML, "+ 70% người trong độ tuổi lao động được trang bị năng lực thông tin.")],
  "Kế hoạch Mỹ Lộc đặt 60% đến năm 2025 (\"+ 60% số người trong độ tuổi lao động được trang bị năng lực thông tin\") và 70% "
  "đến năm 2030 (\"+ 70% người trong độ tuổi lao động được trang bị năng lực thông tin\"), tức tăng 10 điểm phần trăm.",
  ["60%", "70%"])

Q("target",
  "Hà Nội: tỷ lệ công dân đạt danh hiệu công dân học tập từ 2025 lên 2030 tăng mấy điểm %?",
  [(HN, Y_HN25), (HN, "50% công dân đạt danh hiệu công dân học tập; 50% công dân đạt kỹ năng số."),
   (HN, Y_HN30), (HN, "70% công dân đạt danh hiệu công dân học tập; 70% công dân đạt kỹ năng số.")],
  "Kế hoạch Hà Nội: đến năm 2025 \"50% công dân đạt danh hiệu công dân học tập\", đến năm 2030 \"70% công dân đạt danh hiệu công "
  "dân học tập\" — tăng 20 điểm phần trăm.",
  ["50%", "70%"])

Q("target",
  "CĐHT huế 2026",
  [(HUE, "100% xã, phường đạt “Cộng đồng học tập” cấp xã mức độ 1.")],
  "Kế hoạch năm 2026 của Huế (mục II.4) đặt chỉ tiêu: \"100% xã, phường đạt “Cộng đồng học tập” cấp xã mức độ 1\".",
  ["100%", "mức độ 1"])

Q("target",
  "Cần Thơ năm 2024 phấn đấu nhiêu phần trăm dân số từ 15 tuổi trở lên được đào tạo chuyên môn kỹ thuật dzậy?",
  [(CT, Y_CT24), (CT, "Phần đầu đạt tỷ lệ 30% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật; trong đó, 15% dân số có trình độ đại học trở lên.")],
  "Kế hoạch 74 của Cần Thơ (mục tiêu cụ thể năm 2024): \"Phần đầu [phấn đấu] đạt tỷ lệ 30% dân số từ 15 tuổi trở lên được đào tạo "
  "trình độ chuyên môn kỹ thuật; trong đó, 15% dân số có trình độ đại học trở lên\".",
  ["30%", "15%"])

Q("target",
  "Huế năm 2026 đặt chỉ tiêu răng cho dân số từ 15 tuổi trở lên có trình độ chuyên môn kỹ thuật, đại học rứa?",
  [(HUE, "40% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó có 15% dân số có trình độ đại học trở lên.")],
  "Kế hoạch năm 2026 của Huế: \"40% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó có 15% dân số "
  "có trình độ đại học trở lên\".",
  ["40%", "15%"])

Q("target",
  "CHỈ TIÊU LAO ĐỘNG QUA ĐÀO TẠO CỦA HÀ NỘI ĐẾN NĂM 2030",
  [(HN, Y_HN30), (HN, "80-85% lao động được qua đào tạo, trong đó lao động có bằng cấp, chứng chỉ đạt trên 60%.")],
  "Đến năm 2030, kế hoạch Hà Nội đặt: \"80-85% lao động được qua đào tạo, trong đó lao động có bằng cấp, chứng chỉ đạt trên 60%\".",
  ["80-85%", "trên 60%"])

Q("target",
  "Dạ em chào ad, cho em hỏi Mỹ Lộc đặt mục tiêu công dân học tập năm 2030 là bao nhiêu ạ?",
  [(ML, Y_ML30), (ML, "+ 60% công dân đạt danh hiệu công dân học tập.")],
  "Đến năm 2030, kế hoạch Mỹ Lộc đặt \"+ 60% công dân đạt danh hiệu công dân học tập\" (năm 2025 là 40%).",
  ["60%"])

Q("target",
  "Ý đầu tiên của mục \"Về năng lực cơ bản và trình độ của người dân\" trong kế hoạch Huế là chỉ tiêu gì?",
  [(HUE, "2. Về năng lực cơ bản và trình độ của người dân."),
   (HUE, "87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin.")],
  "Ý đầu tiên của mục II.2 kế hoạch Huế năm 2026 là: \"87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin\".",
  ["87%"])

Q("target",
  "Hà Nội: tỷ lệ trung tâm học tập cộng đồng ứng dụng CNTT tăng bao nhiêu từ năm 2025 đến năm 2030?",
  [(HN, Y_HN25), (HN, "70% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục."),
   (HN, Y_HN30), (HN, "90% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục.")],
  "Kế hoạch Hà Nội: năm 2025 \"70% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động "
  "giáo dục\", năm 2030 là 90% — tăng 20 điểm phần trăm.",
  ["70%", "90%"])

Q("target",
  "Cần Thơ   năm 2024 ,  THCS mức độ 3 phấn đấu bao nhiêu % quận huyện ??",
  [(CT, "phần đầu có 66% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3.")],
  "Kế hoạch 74 của Cần Thơ (2024): 100% quận, huyện đạt chuẩn phổ cập giáo dục THCS mức độ 2; \"phần đầu [phấn đấu] có 66% quận, "
  "huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3\".",
  ["66%"])

Q("target",
  "Mỹ Lộc 2025 — chỉ tiêu đào tạo chuyên môn kỹ thuật cho dân số từ 15 tuổi!!!",
  [(ML, Y_ML25), (ML, "+ Khoảng 50% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó 12% dân số có trình độ đại học trở lên.")],
  "Đến năm 2025, kế hoạch Mỹ Lộc đặt: \"Khoảng 50% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó "
  "12% dân số có trình độ đại học trở lên\".",
  ["Khoảng 50%", "12%"])

Q("target",
  "Tới 2030 Hà Nội muốn nhiêu phần trăm gia đình, dòng họ, cộng đồng đạt danh hiệu học tập hông?",
  [(HN, Y_HN30), (HN, "80% gia đình, dòng họ, cộng đồng đạt danh hiệu gia đình, dòng họ, cộng đồng học tập.")],
  "Có. Đến năm 2030 kế hoạch Hà Nội đặt: \"80% gia đình, dòng họ, cộng đồng đạt danh hiệu gia đình, dòng họ, cộng đồng học tập\" "
  "(năm 2025 là 60%).",
  ["80%"])

# ================================================================================================ deadline
Q("deadline",
  "hạn chót UBND các xã, phường ở Huế nộp báo cáo kết quả thực hiện là ngày mấy?",
  [(HUE, "gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026")],
  "UBND các xã, phường gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026 (mục V.9 kế hoạch Huế).",
  ["15/12/2026"])

Q("deadline",
  "Việc bảo đảm mỗi xã, phường ở Huế có ít nhất một trung tâm học tập cộng đồng phải xong trước ngày mấy?",
  [(HUE, "bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn thành trong Quý II năm 2026.")],
  "Kế hoạch không ghi một ngày cụ thể mà ghi thời hạn theo quý: rà soát, củng cố, kiện toàn hệ thống trung tâm học tập cộng "
  "đồng, \"bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn thành trong Quý II năm 2026\" (tức xong trong quý II/2026).",
  ["Quý II năm 2026"])

Q("deadline",
  "Báo cáo kiểm tra, giám sát theo mục III.8 kế hoạch Mỹ Lộc phải gửi về Phòng GD&ĐT trước ngày mô hằng năm?",
  [(ML, "trước ngày 30 tháng 11 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo")],
  "Theo mục III.8 (Tổ chức kiểm tra, giám sát) kế hoạch Mỹ Lộc: tổ chức kiểm tra, giám sát đột xuất và định kỳ, \"trước ngày 30 "
  "tháng 11 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo\".",
  ["30 tháng 11"])

Q("deadline",
  "Ý cuối cùng (điểm e) trong nhiệm vụ của Phòng GD&ĐT Mỹ Lộc có những mốc thời gian nào?",
  [(ML, "e) Tổ chức kiểm tra, giám sát và đánh giá, tổng hợp, báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm; tham mưu UBND huyện tổ chức sơ kết Đề án vào năm 2025, tổng kết vào năm 2030")],
  "Điểm e mục V.1: Phòng GD&ĐT tổng hợp, báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm; tham mưu UBND huyện sơ kết Đề án "
  "vào năm 2025 và tổng kết vào năm 2030.",
  ["15 tháng 12", "năm 2025", "năm 2030"])

Q("deadline",
  "HẠN BÁO CÁO HẰNG NĂM CỦA CÁC SỞ NGÀNH VÀ QUẬN HUYỆN HÀ NỘI LÀ KHI NÀO",
  [(HN, "định kỳ hàng năm tổng hợp kết quả, báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo để tổng hợp).")],
  "Các Sở, ngành, đơn vị, UBND quận, huyện, thị xã định kỳ hàng năm tổng hợp kết quả, báo cáo UBND Thành phố trước ngày 01 "
  "tháng 12 (qua Sở Giáo dục và Đào tạo để tổng hợp).",
  ["01 tháng 12", "Sở Giáo dục và Đào tạo"])

Q("deadline",
  "Kế hoạch của Hà Nội thực hiện đến năm nào?",
  [(HN, "Triển khai thực hiện Nghị quyết số 23-NQ/TU ngày 16/11/2023 của Thành ủy Hà Nội về tăng cường sự lãnh đạo của Đảng đối với công tác khuyến học, khuyến tài, xây dựng xã hội học tập trên địa bàn thành phố Hà Nội từ nay đến năm 2030, tầm nhìn đến năm 2045")],
  "Kế hoạch Hà Nội triển khai Nghị quyết 23-NQ/TU \"từ nay đến năm 2030, tầm nhìn đến năm 2045\"; các mục tiêu cụ thể đặt cho "
  "năm 2025 và năm 2030.",
  ["2030", "2045"])

Q("deadline",
  "An Lão\nUBND xã, thị trấn\nbáo cáo gửi ai, hạn thế nào?",
  [(AL, "định kỳ báo cáo tình hình thực hiện kế hoạch gửi Phòng Giáo dục và Đào tạo tổng hợp báo cáo Ủy ban nhân dân huyện.")],
  "Kế hoạch An Lão không ghi ngày cụ thể: UBND xã, thị trấn \"định kỳ báo cáo tình hình thực hiện kế hoạch gửi Phòng Giáo dục và "
  "Đào tạo tổng hợp báo cáo Ủy ban nhân dân huyện\".",
  ["định kỳ", "Phòng Giáo dục và Đào tạo"])

Q("deadline",
  "Kế hoạch 74 của Cần Thơ là kế hoạch cho năm nào và ban hành ngày nào?",
  [(CT, "Cần Thơ, ngày 04 tháng 5 năm 2024"), (CT, "Xây dựng xã hội học tập năm 2024 trên địa bàn thành phố Cần Thơ")],
  "Đó là Kế hoạch \"Xây dựng xã hội học tập năm 2024 trên địa bàn thành phố Cần Thơ\" (số 74/KH-BCĐ), ban hành ngày 04 tháng 5 năm 2024.",
  ["năm 2024", "04 tháng 5 năm 2024"])

# ================================================================================================= funding
Q("funding",
  "Kinh phí làm kế hoạch năm 2026 của Huế tiền ở mô ra?",
  [(HUE, "Kinh phí thực hiện Kế hoạch được bảo đảm từ nguồn ngân sách nhà nước theo phân cấp ngân sách hiện hành và các nguồn kinh phí hợp pháp khác."),
   (HUE, "Việc quản lý, sử dụng kinh phí thực hiện Kế hoạch thực hiện theo Nghị quyết số 16/2025/NQ-HĐND ngày 16 tháng 7 năm 2025 của Hội đồng nhân dân thành phố")],
  "Mục IV kế hoạch Huế: kinh phí \"được bảo đảm từ nguồn ngân sách nhà nước theo phân cấp ngân sách hiện hành và các nguồn kinh "
  "phí hợp pháp khác\", kèm huy động tài trợ, đóng góp hợp pháp của tổ chức, doanh nghiệp, cá nhân; việc quản lý, sử dụng kinh "
  "phí theo Nghị quyết số 16/2025/NQ-HĐND ngày 16/7/2025 của HĐND thành phố.",
  ["ngân sách nhà nước", "16/2025/NQ-HĐND"])

Q("funding",
  "kinh phí an lão",
  [(AL, "Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách nhà nước theo quy định, nguồn thu hợp pháp của các cơ quan, đơn vị và huy động từ các nguồn xã hội hóa.")],
  "Mục IV kế hoạch An Lão: \"Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách nhà nước theo quy định, nguồn thu hợp pháp của "
  "các cơ quan, đơn vị và huy động từ các nguồn xã hội hóa.\" Kế hoạch không nêu số tiền.",
  ["ngân sách nhà nước", "nguồn thu hợp pháp", "xã hội hóa"])

Q("funding",
  "Ý cuối cùng của mục Kinh phí trong kế hoạch Mỹ Lộc nói gì?",
  [(ML, "2. Huy động từ các nguồn tài trợ, đóng góp của các tổ chức, doanh nghiệp và các nguồn tài trợ hợp pháp khác.")],
  "Ý cuối (điểm 2 mục IV) là: \"Huy động từ các nguồn tài trợ, đóng góp của các tổ chức, doanh nghiệp và các nguồn tài trợ hợp pháp khác.\"",
  ["nguồn tài trợ", "doanh nghiệp"])

Q("funding",
  "Ở Cần Thơ ai chủ trì rà soát chính sách huy động nguồn lực xã hội cho khuyến học, và phối hợp với ai?",
  [(CT, "6. Sở Tài chính Chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện rà soát, hoàn thiện các chính sách để tăng cường huy động và đa dạng hóa các nguồn lực xã hội")],
  "Sở Tài chính chủ trì (mục V.6 Kế hoạch 74), phối hợp với Sở Giáo dục và Đào tạo và Ủy ban nhân dân quận, huyện rà soát, hoàn "
  "thiện các chính sách để tăng cường huy động và đa dạng hóa các nguồn lực xã hội thúc đẩy khuyến học, khuyến tài.",
  ["Sở Tài chính", "Ủy ban nhân dân quận, huyện"])

Q("funding",
  "Hà Nội lấy tiền ở đâu ra làm kế hoạch dzậy?",
  [(HN, "Được đảm bảo trong dự toán chi ngân sách nhà nước hàng năm của các đơn vị theo phân cấp ngân sách hiện hành; huy động từ các nguồn tài trợ, đóng góp của doanh nghiệp, tổ chức, cá nhân và các nguồn tài trợ hợp pháp khác theo quy định của pháp luật.")],
  "Mục IV kế hoạch Hà Nội: kinh phí \"được đảm bảo trong dự toán chi ngân sách nhà nước hàng năm của các đơn vị theo phân cấp ngân "
  "sách hiện hành; huy động từ các nguồn tài trợ, đóng góp của doanh nghiệp, tổ chức, cá nhân và các nguồn tài trợ hợp pháp khác\".",
  ["dự toán chi ngân sách nhà nước hàng năm", "nguồn tài trợ"])

Q("funding",
  "Phòng Tài Chính - Kế Hoạch Huyện Mỹ Lộc Làm Gì Về Kinh Phí",
  [(ML, "5. Phòng Tài chính - Kế hoạch Căn cứ tình hình thực tế của địa phương, tham mưu UBND huyện bố trí kinh phí để thực hiện Kế hoạch theo phân cấp ngân sách hiện hành.")],
  "Mục V.5: Phòng Tài chính - Kế hoạch, căn cứ tình hình thực tế của địa phương, tham mưu UBND huyện bố trí kinh phí để thực "
  "hiện Kế hoạch theo phân cấp ngân sách hiện hành.",
  ["tham mưu UBND huyện bố trí kinh phí"])

Q("funding",
  "Xin chào, cho mình hỏi ở Huế UBND các xã, phường có phải tự lo ngân sách để làm kế hoạch không ạ? Cảm ơn nhiều.",
  [(HUE, "chịu trách nhiệm cân đối, bố trí ngân sách địa phương và huy động các nguồn kinh phí hợp pháp khác")],
  "Có. Mục V.9 kế hoạch Huế giao UBND các xã, phường \"chịu trách nhiệm cân đối, bố trí ngân sách địa phương và huy động các "
  "nguồn kinh phí hợp pháp khác\" để bảo đảm triển khai hiệu quả, thiết thực.",
  ["cân đối, bố trí ngân sách địa phương"])

# ============================================================================================= legal_basis
Q("legal_basis",
  "Kế hoạch 2026 của Huế căn cứ vô văn bản mô rứa?",
  [(HUE, "Thực hiện Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030” và Kế hoạch số 336/KH-UBND ngày 27 tháng 10 năm 2021")],
  "Kế hoạch năm 2026 của Huế được ban hành để thực hiện Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ (Đề án "
  "\"Xây dựng xã hội học tập giai đoạn 2021-2030\") và Kế hoạch số 336/KH-UBND ngày 27/10/2021 của UBND tỉnh Thừa Thiên Huế (nay "
  "là UBND thành phố Huế).",
  ["1373/QĐ-TTg", "336/KH-UBND"])

Q("legal_basis",
  "căn cứ kh mỹ lộc",
  [(ML, "Thực hiện Kế hoạch số 145/KH- UBND ngày 23/12//2021 của UBND tỉnh Nam Định")],
  "Kế hoạch Mỹ Lộc thực hiện Kế hoạch số 145/KH-UBND ngày 23/12/2021 (văn bản gõ \"23/12//2021\") của UBND tỉnh Nam Định về thực "
  "hiện Đề án \"Xây dựng xã hội học tập giai đoạn 2021-2030\" trên địa bàn tỉnh.",
  ["145", "Nam Định"])

Q("legal_basis",
  "KH 74 Cần Thơ\ncăn cứ vào\nnhững văn bản nào?",
  [(CT, "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”; Kế hoạch 215/KH-UBND ngày 28 tháng 10 năm 2021 của Ủy ban nhân dân thành phố Cần Thơ")],
  "Hai căn cứ: Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án \"Xây dựng xã hội học tập giai đoạn "
  "2021 - 2030\", và Kế hoạch 215/KH-UBND ngày 28/10/2021 của UBND thành phố Cần Thơ triển khai Đề án đó.",
  ["1373/QĐ-TTg", "215/KH-UBND"])

Q("legal_basis",
  "Chào anh chị, kế hoạch phong trào \"Học tập suốt đời\" của huyện An Lão được ban hành để thực hiện văn bản nào của cấp trên ạ? Em cảm ơn.",
  [(AL, "Thực hiện Kế hoạch số 108 /KH-UBND ngày 06/5/2025 của Ủy ban nhân dân thành phố Hải Phòng")],
  "Kế hoạch An Lão thực hiện Kế hoạch số 108/KH-UBND ngày 06/5/2025 của UBND thành phố Hải Phòng về triển khai phong trào \"Học "
  "tập suốt đời\" gắn với khuyến học, khuyến tài, xây dựng xã hội học tập trên địa bàn thành phố.",
  ["108", "06/5/2025", "Hải Phòng"])

# ================================================================================================= purpose
Q("purpose",
  "Mục đích của kế hoạch Huế năm 2026 là chi?",
  [(HUE, "Tiếp tục triển khai thực hiện có hiệu quả các chủ trương của Đảng, chính sách, pháp luật của Nhà nước về xây dựng xã hội học tập, thúc đẩy học tập suốt đời, học tập thường xuyên trong toàn xã hội."),
   (HUE, "đẩy mạnh việc triển khai, nhân rộng các mô hình học tập phù hợp với yêu cầu phát triển của nền kinh tế số, xã hội số."),
   (HUE, "Duy trì, củng cố và không ngừng nâng cao chất lượng, hiệu quả thực hiện các mô hình học tập")],
  "Mục I.1 kế hoạch Huế nêu ba mục đích: (1) tiếp tục triển khai hiệu quả chủ trương, chính sách về xây dựng xã hội học tập, "
  "thúc đẩy học tập suốt đời, học tập thường xuyên trong toàn xã hội; (2) nâng cao nhận thức, trách nhiệm của các cấp, các "
  "ngành và mỗi công dân, nhân rộng các mô hình học tập phù hợp với nền kinh tế số, xã hội số; (3) duy trì, củng cố, nâng cao "
  "chất lượng các mô hình học tập, phát huy vai trò cộng đồng, gia đình, dòng họ, cơ quan trong vận động toàn dân học tập suốt đời.",
  ["học tập suốt đời", "kinh tế số, xã hội số", "mô hình học tập"])

Q("purpose",
  "Xin hỏi mục đích của Kế hoạch 74 của Cần Thơ là gì? Trân trọng.",
  [(CT, "Tổ chức triển khai thực hiện hiệu quả, đúng tiến độ các nhiệm vụ được giao tại Quyết định số 1373/QĐ-TTg"),
   (CT, "xây dựng cơ chế phối hợp giữa các cấp, các ngành, các tổ chức, doanh nghiệp trong quá trình xây dựng xã hội học tập giai đoạn 2021 - 2030 trên địa bàn thành phố.")],
  "Mục I.1: tổ chức triển khai hiệu quả, đúng tiến độ các nhiệm vụ được giao tại Quyết định số 1373/QĐ-TTg, phù hợp kế hoạch "
  "phát triển kinh tế - xã hội của thành phố; củng cố bộ phận chỉ đạo xây dựng xã hội học tập các cấp; xây dựng cơ chế phối "
  "hợp giữa các cấp, các ngành, các tổ chức, doanh nghiệp trong xây dựng xã hội học tập giai đoạn 2021 - 2030.",
  ["1373/QĐ-TTg", "cơ chế phối hợp"])

Q("purpose",
  "Ý cuối cùng của phần Mục đích, yêu cầu trong kế hoạch Hà Nội yêu cầu gì?",
  [(HN, "tổ chức triển khai thực hiện một cách nghiêm túc, cụ thể, phù hợp với thực tiễn và có sự phối kết hợp chặt chẽ, đảm bảo sự chỉ đạo, điều hành, tập trung thống nhất của Ủy ban nhân dân Thành phố đối với những nhiệm vụ trọng tâm, trọng điểm.")],
  "Ý cuối của mục I: căn cứ nhiệm vụ, giải pháp trong Nghị quyết 23-NQ/TU và Kế hoạch, các cấp, các ngành, địa phương, đơn vị tổ "
  "chức triển khai nghiêm túc, cụ thể, phù hợp thực tiễn, phối kết hợp chặt chẽ, bảo đảm sự chỉ đạo, điều hành tập trung thống "
  "nhất của UBND Thành phố đối với những nhiệm vụ trọng tâm, trọng điểm.",
  ["nghiêm túc, cụ thể", "trọng tâm, trọng điểm"])

# ============================================================================================ task_section
Q("task_section",
  "Nhiệm vụ thứ 3 trong phần Nhiệm vụ và giải pháp của Mỹ Lộc gồm những gì?",
  [(ML, "3. Thực hiện các cơ chế, chính sách về xây dựng xã hội học tập"),
   (ML, "a) Triển khai thực hiện các văn bản quy phạm pháp luật về giáo dục người lớn, học tập suốt đời, xây dựng xã hội học tập trên địa bàn huyện."),
   (ML, "d) Thực hiện đầy đủ các cơ chế, chính sách hỗ trợ các Trung tâm Học tập cộng đồng, nhất là cơ chế tài chính.")],
  "Mục III.3 \"Thực hiện các cơ chế, chính sách về xây dựng xã hội học tập\" gồm: a) triển khai văn bản quy phạm pháp luật về giáo "
  "dục người lớn, học tập suốt đời; b) triển khai tiêu chí đánh giá xây dựng xã hội học tập, công dân học tập, huyện/tỉnh học "
  "tập, khung năng lực thông tin; c) thực hiện quy chế kiểm tra, công nhận kết quả giáo dục thường xuyên và liên thông; d) thực "
  "hiện đầy đủ cơ chế, chính sách hỗ trợ các Trung tâm Học tập cộng đồng, nhất là cơ chế tài chính; đ) cơ chế, chính sách cho "
  "công nhân, người lao động, người hết tuổi lao động, người nội trợ, người khuyết tật học tập suốt đời; e) tiếp tục thực hiện "
  "KH 100/KH-UBND (tỉnh) và KH 945/KH-UBND (huyện) về giáo dục hướng nghiệp, phân luồng học sinh.",
  ["cơ chế, chính sách", "cơ chế tài chính"])

Q("task_section",
  "Nhiệm vụ, giải pháp thứ 6 của kế hoạch Huế năm 2026 nói về gì?",
  [(HUE, "6. Huy động sự tham gia, đóng góp của các tổ chức, cá nhân và toàn xã hội trong thực hiện Đề án “Xây dựng xã hội học tập”"),
   (HUE, "Đẩy mạnh xã hội hóa trong lĩnh vực giáo dục, giáo dục thường xuyên và giáo dục nghề nghiệp; khuyến khích, thu hút các nguồn lực ngoài ngân sách nhà nước"),
   (HUE, "kết nối và chia sẻ học liệu điện tử, chương trình, khóa học mở")],
  "Mục III.6 \"Huy động sự tham gia, đóng góp của các tổ chức, cá nhân và toàn xã hội\": đẩy mạnh xã hội hóa giáo dục, giáo dục "
  "thường xuyên và giáo dục nghề nghiệp, thu hút nguồn lực ngoài ngân sách nhà nước; khuyến khích cơ sở GDTX, GDNN hợp tác với "
  "các trường đại học xây dựng, kết nối và chia sẻ học liệu điện tử, chương trình, khóa học mở, dạy học từ xa, trực tuyến.",
  ["xã hội hóa", "học liệu điện tử"])

Q("task_section",
  "Phần hợp tác quốc tế trong KH Cần Thơ gồm mấy ý, nói gì dzậy?",
  [(CT, "6. Tăng cường hợp tác quốc tế trong lĩnh vực học tập suốt đời, xây dựng xã hội học tập và phát triển công nghệ đào tạo mở và từ xa"),
   (CT, "a) Thúc đẩy hợp tác quốc tế về giáo dục người lớn, học tập suốt đời và xây dựng xã hội học tập;"),
   (CT, "c) Đẩy mạnh vận động, khuyến khích đội ngũ trí thức tài năng là người Việt Nam ở nước ngoài"),
   (CT, "d) Chủ động, tích cực tham gia mạng lưới “Thành phố học tập toàn cầu” do Tổ chức Giáo dục, Khoa học và Văn hóa của Liên hợp quốc (UNESCO) điều hành.")],
  "Mục III.6 gồm 4 ý: a) thúc đẩy hợp tác quốc tế về giáo dục người lớn, học tập suốt đời; b) triển khai chương trình hợp tác "
  "quốc tế về công nghệ đào tạo mở và từ xa; c) vận động trí thức tài năng là người Việt Nam ở nước ngoài đóng góp cho khuyến "
  "học, khuyến tài; d) tham gia mạng lưới \"Thành phố học tập toàn cầu\" do UNESCO điều hành.",
  ["người Việt Nam ở nước ngoài", "UNESCO"])

Q("task_section",
  "Nhiệm Vụ, Giải Pháp Số 4 Của Kế Hoạch Hà Nội",
  [(HN, "4. Phát huy vai trò của các tổ chức chính trị - xã hội, xã hội nghề nghiệp và tổ chức xã hội trong phong trào khuyến học, khuyến tài phù hợp với tình hình mới"),
   (HN, "nâng cao nhận thức về vị trí, vai trò, tầm quan trọng của việc xây dựng Thủ đô Hà Nội \"Văn hiến - Văn minh - Hiện đại\".")],
  "Mục III.4 \"Phát huy vai trò của các tổ chức chính trị - xã hội, xã hội nghề nghiệp và tổ chức xã hội trong phong trào khuyến "
  "học, khuyến tài phù hợp với tình hình mới\": mỗi tổ chức có biện pháp thúc đẩy học tập suốt đời của thành viên, hội viên, "
  "cùng gia đình, dòng họ, tổ dân phố, cơ quan, doanh nghiệp, trường học nâng cao hiệu quả khuyến học, khuyến tài, nâng cao "
  "nhận thức về xây dựng Thủ đô Hà Nội \"Văn hiến - Văn minh - Hiện đại\".",
  ["tổ chức chính trị - xã hội", "Văn hiến - Văn minh - Hiện đại"])

Q("task_section",
  "Ý cuối cùng của phần Nội dung, giải pháp trong kế hoạch An Lão là gì?",
  [(AL, "9. Thúc đẩy giao lưu, hợp tác quốc tế về giáo dục; góp phần nâng cao chất lượng giáo dục đào tạo, phát triển nguồn nhân lực chất lượng cao cho huyện và thành phố.")],
  "Ý cuối (II.9): \"Thúc đẩy giao lưu, hợp tác quốc tế về giáo dục; góp phần nâng cao chất lượng giáo dục đào tạo, phát triển "
  "nguồn nhân lực chất lượng cao cho huyện và thành phố.\"",
  ["hợp tác quốc tế về giáo dục"])

# ============================================================================================== cross_plan
Q("cross_plan",
  "Kế hoạch của Cần Thơ và kế hoạch của An Lão do ai ký, với chức vụ gì?",
  [(CT, "TM. BAN CHỈ ĐẠO TRƯỞNG BAN PHÓ CHỦ TỊCH UBND THÀNH PHỐ Nguyễn Thực Hiện"),
   (AL, "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Quốc Thịnh")],
  "Cần Thơ: ông Nguyễn Thực Hiện ký \"TM. Ban Chỉ đạo — Trưởng ban\", chức vụ Phó Chủ tịch UBND thành phố. An Lão: ông Nguyễn "
  "Quốc Thịnh ký \"TM. Ủy ban nhân dân, KT. Chủ tịch\", chức vụ Phó Chủ tịch.",
  ["Nguyễn Thực Hiện", "Nguyễn Quốc Thịnh"])

Q("cross_plan",
  "Đoàn Thanh niên ở Mỹ Lộc và ở Hà Nội đều được giao vận động gây quỹ — gây quỹ để hỗ trợ ai, có khác nhau không?",
  [(ML, "vận động gây quỹ hỗ trợ thanh niên có hoàn cảnh khó khăn tham gia học tập."),
   (HN, "vận động gây quỹ hỗ trợ học sinh, học viên, sinh viên Hà Nội có hoàn cảnh khó khăn tham gia học tập.")],
  "Có khác: Đoàn TNCS Hồ Chí Minh huyện Mỹ Lộc \"vận động gây quỹ hỗ trợ thanh niên có hoàn cảnh khó khăn tham gia học tập\"; "
  "Đoàn TNCS Hồ Chí Minh thành phố Hà Nội \"vận động gây quỹ hỗ trợ học sinh, học viên, sinh viên Hà Nội có hoàn cảnh khó khăn "
  "tham gia học tập\".",
  ["thanh niên có hoàn cảnh khó khăn", "học sinh, học viên, sinh viên"])

Q("cross_plan",
  "Theo phần Nơi nhận, kế hoạch Mỹ Lộc và kế hoạch An Lão gửi báo cáo lên Hội Khuyến học cấp nào?",
  [(ML, "- Hội Khuyến học tỉnh (để b/c)"), (AL, "- Hội Khuyến học TP (để Báo cáo);")],
  "Mỹ Lộc gửi \"Hội Khuyến học tỉnh (để b/c)\" (tỉnh Nam Định); An Lão gửi \"Hội Khuyến học TP (để Báo cáo)\" (thành phố Hải Phòng). "
  "Cả hai cũng gửi Sở GD&ĐT để báo cáo.",
  ["Hội Khuyến học tỉnh", "Hội Khuyến học TP"])

Q("cross_plan",
  "Sở Văn hóa và Thể thao ở Huế và ở Hà Nội được giao nhân rộng mô hình học tập suốt đời gắn với gì?",
  [(HUE, "2. Sở Văn hóa và Thể thao - Chủ trì, phối hợp với các sở, ngành, địa phương và các tổ chức liên quan triển khai thực hiện Kế hoạch số 288/KH-UBND ngày 25 tháng 8 năm 2023"),
   (HN, "4. Sở Văn hóa và Thể thao - Chủ trì, phối hợp với các Sở, ngành liên quan, Ủy ban nhân dân quận, huyện, thị xã nhân rộng các mô hình học tập suốt đời trong các thiết chế văn hóa cơ sở"),
   (HN, "“Gia đình văn hóa”, “Làng văn hóa”, “Tổ dân phố văn hóa”")],
  "Huế: Sở Văn hóa và Thể thao chủ trì triển khai Kế hoạch số 288/KH-UBND ngày 25/8/2023 về Chương trình phục vụ học tập suốt "
  "đời trong thư viện, bảo tàng, trung tâm văn hóa, nhân rộng mô hình học tập suốt đời tại thư viện, bảo tàng, nhà văn hóa, câu "
  "lạc bộ. Hà Nội: Sở Văn hóa và Thể thao nhân rộng mô hình học tập suốt đời trong các thiết chế văn hóa cơ sở, gắn với phong trào "
  "xây dựng “Gia đình văn hóa”, “Làng văn hóa”, “Tổ dân phố văn hóa”, “Phường, thị trấn đạt chuẩn văn minh đô thị”.",
  ["288/KH-UBND", "Làng văn hóa"])

Q("cross_plan",
  "Năng lực thông tin của người trong độ tuổi lao động năm 2030: Mỹ Lộc và Hà Nội đặt bao nhiêu, nơi nào cao hơn?",
  [(ML, Y_ML30), (ML, "+ 70% người trong độ tuổi lao động được trang bị năng lực thông tin."),
   (HN, Y_HN30), (HN, "70% người trong độ tuổi lao động được trang bị năng lực thông tin.")],
  "Bằng nhau: cả Mỹ Lộc và Hà Nội đều đặt 70% người trong độ tuổi lao động được trang bị năng lực thông tin vào năm 2030.",
  ["70%"])

Q("cross_plan",
  "Trong năm kế hoạch đã nạp, kế hoạch nào chỉ cho một năm, là năm nào?",
  [(HUE, "Thực hiện Đề án “Xây dựng xã hội học tập” năm 2026"),
   (CT, "Xây dựng xã hội học tập năm 2024 trên địa bàn thành phố Cần Thơ")],
  "Hai kế hoạch một năm: Huế — Kế hoạch thực hiện Đề án \"Xây dựng xã hội học tập\" năm 2026; Cần Thơ — Kế hoạch xây dựng xã hội "
  "học tập năm 2024. Mỹ Lộc (giai đoạn 2021-2030) và Hà Nội (đến năm 2030, tầm nhìn 2045) là kế hoạch nhiều năm; kế hoạch phong "
  "trào của An Lão không ghi thời kỳ.",
  ["năm 2026", "năm 2024"])

# =========================================================================================== no_diacritics
Q("no_diacritics",
  "chao anh chi, cho em hoi ubnd cac xa thi tran o my loc phai lam gi ve ngan sach a, em cam on",
  [(ML, "b) Cân đối, bố trí ngân sách địa phương và huy động các nguồn kinh phí hợp pháp khác để đảm bảo cho việc triển khai thực hiện các mục tiêu, chỉ tiêu, nhiệm vụ trong Kế hoạch.")],
  "Theo mục V.11.b kế hoạch Mỹ Lộc, UBND các xã, thị trấn \"Cân đối, bố trí ngân sách địa phương và huy động các nguồn kinh phí hợp "
  "pháp khác để đảm bảo cho việc triển khai thực hiện các mục tiêu, chỉ tiêu, nhiệm vụ trong Kế hoạch\".",
  ["ngân sách địa phương", "nguồn kinh phí hợp pháp khác"])

Q("no_diacritics",
  "HOI NGUOI CAO TUOI CAN THO LAM GI",
  [(CT, "12. Đề nghị Hội Người cao tuổi thành phố Hướng dẫn các cấp Hội phối hợp tổ chức tuyên truyền, tập huấn cho cán bộ, nhà giáo, hội viên các Hội")],
  "Mục V.12 Kế hoạch 74: đề nghị Hội Người cao tuổi thành phố hướng dẫn các cấp Hội phối hợp tổ chức tuyên truyền, tập huấn cho "
  "cán bộ, nhà giáo, hội viên nắm vững chủ trương khuyến học, khuyến tài, xây dựng xã hội học tập; hỗ trợ ngành Giáo dục nâng cao "
  "chất lượng giáo dục trong nhà trường, mở rộng các hình thức học tập suốt đời.",
  ["tuyên truyền, tập huấn"])

Q("no_diacritics",
  "phong van hoa khoa hoc va thong tin an lao lo vu binh dan hoc vu so ha",
  [(AL, "3. Phòng Văn hóa Khoa học và Thông tin"),
   (AL, "Chủ trì tham mưu triển khai phong trào “Bình dân học vụ số” trong toàn dân trên địa bàn huyện.")],
  "Đúng. Mục III.3 kế hoạch An Lão giao Phòng Văn hóa Khoa học và Thông tin \"Chủ trì tham mưu triển khai phong trào “Bình dân học "
  "vụ số” trong toàn dân trên địa bàn huyện\", cùng với tham mưu chính sách khoa học, công nghệ, chuyển đổi số, củng cố thiết chế "
  "văn hóa, thư viện số.",
  ["Phòng Văn hóa Khoa học và Thông tin", "Bình dân học vụ số"])

Q("no_diacritics",
  "ha noi 2025 ty le don vi hoc tap bao nhieu",
  [(HN, Y_HN25), (HN, "50% đơn vị được công nhận là đơn vị học tập;")],
  "Đến năm 2025, kế hoạch Hà Nội đặt \"50% đơn vị được công nhận là đơn vị học tập\" (năm 2030 là 70%).",
  ["50%"])

Q("no_diacritics",
  "hue ai ky ke hoach, chuc vu gi",
  [(HUE, "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Thanh Bình")],
  "Kế hoạch năm 2026 của Huế do ông Nguyễn Thanh Bình ký, TM. Ủy ban nhân dân, KT. Chủ tịch — chức vụ PHÓ CHỦ TỊCH.",
  ["Nguyễn Thanh Bình", "PHÓ CHỦ TỊCH"])

Q("no_diacritics",
  "can tho tre em dan toc thieu so ai lo hoc tap dzay",
  [(CT, "9. Ban Dân tộc Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan, Ủy ban nhân dân quận, huyện triển khai các chương trình, dự án hỗ trợ giáo dục, đào tạo cho người dân tộc thiểu số trên địa bàn thành phố")],
  "Ban Dân tộc (mục V.9 Kế hoạch 74) chủ trì, phối hợp với các cơ quan và UBND quận, huyện triển khai chương trình, dự án hỗ trợ "
  "giáo dục, đào tạo cho người dân tộc thiểu số; tạo cơ hội, điều kiện cho trẻ em, người dân tộc thiểu số được tham gia học tập.",
  ["Ban Dân tộc", "dân tộc thiểu số"])

Q("no_diacritics",
  "my loc\nhoi khuyen hoc huyen\nnhiem vu???",
  [(ML, "b) Hội Khuyến học huyện - Chủ trì lồng ghép các hoạt động tuyên truyền về xây dựng xã hội học tập thông qua hệ thống hội khuyến học các cấp."),
   (ML, "- Phối hợp với Phòng Giáo dục và Đào tạo, Phòng Văn hóa, Thể thao và Du lịch hướng dẫn đẩy mạnh hoạt động của các Trung tâm Học tập cộng đồng."),
   (ML, "Triển khai thực hiện các tiêu chí công dân học tập; nhân rộng các mô hình học tập trong xã hội")],
  "Mục V.9.b kế hoạch Mỹ Lộc, Hội Khuyến học huyện: chủ trì lồng ghép tuyên truyền về xây dựng xã hội học tập qua hệ thống hội "
  "khuyến học các cấp; phối hợp với Phòng GD&ĐT, Phòng Văn hóa, Thể thao và Du lịch đẩy mạnh hoạt động của các Trung tâm Học tập "
  "cộng đồng; triển khai các tiêu chí công dân học tập, nhân rộng các mô hình học tập trong xã hội.",
  ["Trung tâm Học tập cộng đồng", "tiêu chí công dân học tập"])

Q("no_diacritics",
  "noi nhan ke hoach ha noi gom nhung ai",
  [(HN, "Nơi nhận: - Bộ Giáo dục và Đào tạo; - Thường trực Thành ủy;"), (HN, "- Hội Khuyến học Việt Nam;")],
  "Nơi nhận của kế hoạch Hà Nội: Bộ Giáo dục và Đào tạo; Thường trực Thành ủy; Thường trực HĐND Thành phố; Chủ tịch UBND Thành "
  "phố; các PCT UBND Thành phố; Hội Khuyến học Việt Nam; Ủy ban MTTQ Việt Nam Thành phố; các Ban TGTU, DVTU; Ban VHXH-HĐND "
  "Thành phố; Hội Khuyến học thành phố Hà Nội; các sở, ban, ngành, đoàn thể; UBND các quận, huyện, thị xã; VPUB (CVP, các Phó "
  "Chánh Văn phòng, các phòng KGVX, NC, TH); Lưu: VT, KGVX.",
  ["Bộ Giáo dục và Đào tạo", "Hội Khuyến học Việt Nam"])

# ============================================================================================ abbreviation
Q("abbreviation",
  "SGD&ĐT HN có nv gì về mạng lưới TPHT?",
  [(HN, "Chủ trì, tham mưu Ủy ban nhân dân Thành phố về kế hoạch đăng ký tham gia vào mạng lưới “Thành phố học tập” theo tiêu chí do cơ quan có thẩm quyền ban hành.")],
  "Sở Giáo dục và Đào tạo Hà Nội (mục V.1) \"Chủ trì, tham mưu Ủy ban nhân dân Thành phố về kế hoạch đăng ký tham gia vào mạng lưới "
  "“Thành phố học tập” theo tiêu chí do cơ quan có thẩm quyền ban hành\".",
  ["đăng ký tham gia", "Thành phố học tập"])

Q("abbreviation",
  "KH 74 CT do BCĐ nào ban hành?",
  [(CT, "Ban Chỉ đạo Xây dựng xã hội học tập - Xóa mù chữ - Phổ cập giáo dục thành phố Cần Thơ giai đoạn 2021 - 2030 (Ban Chỉ đạo thành phố) xây dựng Kế hoạch"),
   (CT, "Số: 74 /KH-BCĐ")],
  "Kế hoạch số 74/KH-BCĐ do Ban Chỉ đạo Xây dựng xã hội học tập - Xóa mù chữ - Phổ cập giáo dục thành phố Cần Thơ giai đoạn 2021 - "
  "2030 (Ban Chỉ đạo thành phố) xây dựng và ban hành, không phải UBND thành phố.",
  ["Ban Chỉ đạo Xây dựng xã hội học tập - Xóa mù chữ - Phổ cập giáo dục", "74"])

Q("abbreviation",
  "TT VH-TT&TT h. Mỹ Lộc có mấy nv? cụ thể",
  [(ML, "3. Trung tâm Văn hóa - Thể thao và Truyền thông a) Chỉ đạo, hướng dẫn báo chí, truyền thông và hệ thống thông tin cơ sở thông tin tuyên truyền"),
   (ML, "b) Chủ trì, phối hợp với các sở, ngành liên quan thực hiện hỗ trợ cung cấp dịch vụ viễn thông công ích đến năm 2030"),
   (ML, "10. Trung tâmVăn hóa- Thể thao và truyền thông huyện Tăng cường, đẩy mạnh công tác tuyên truyền, xây dựng chuyên trang, chuyên mục, giới thiệu gương điển hình")],
  "Trung tâm Văn hóa - Thể thao và Truyền thông huyện được nêu ở hai mục, tổng ba nhiệm vụ: (V.3.a) chỉ đạo, hướng dẫn báo chí, "
  "truyền thông, hệ thống thông tin cơ sở tuyên truyền về Kế hoạch; (V.3.b) chủ trì hỗ trợ cung cấp dịch vụ viễn thông công ích "
  "đến năm 2030; (V.10) đẩy mạnh tuyên truyền, xây dựng chuyên trang, chuyên mục, giới thiệu gương điển hình.",
  ["viễn thông công ích", "chuyên trang, chuyên mục"])

Q("abbreviation",
  "LĐLĐ TP Huế chủ trì KH số mấy?",
  [(HUE, "tổ chức thực hiện Kế hoạch số 147/KH-UBND ngày 17 tháng 4 năm 2023")],
  "Liên đoàn Lao động thành phố Huế chủ trì tổ chức thực hiện Kế hoạch số 147/KH-UBND ngày 17/4/2023 về Chương trình \"Đẩy mạnh "
  "các hoạt động học tập suốt đời trong công nhân lao động tại các doanh nghiệp đến năm 2030\".",
  ["147/KH-UBND"])

Q("abbreviation",
  "UBMTTQVN TP & các tổ chức CT-XH, trường học, DN ở AL đc đề nghị gì",
  [(AL, "6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các tổ chức chính trị - xã hội, tổ chức xã hội huyện; các trường học, doanh nghiệp Tích cực vận động cán bộ, hội viên, thành viên tham gia các phong trào học tập phù hợp với từng đối tượng")],
  "Mục III.6 kế hoạch An Lão đề nghị Ủy ban MTTQ Việt Nam và các tổ chức chính trị - xã hội, tổ chức xã hội huyện, các trường học, "
  "doanh nghiệp: tích cực vận động cán bộ, hội viên, thành viên tham gia các phong trào học tập phù hợp từng đối tượng; triển khai "
  "các mô hình “Công dân học tập”, “Gia đình học tập”, “Dòng họ học tập”, “Đơn vị học tập” và phong trào “Bình dân học vụ số”.",
  ["Tích cực vận động cán bộ, hội viên"])

Q("abbreviation",
  "HCCB & HND tp CT đc đề nghị gì",
  [(CT, "đ) Đề nghị Hội Cựu chiến binh thành phố, Hội Nông dân thành phố Hướng dẫn các cấp Hội phối hợp tổ chức các hoạt động khuyến học, khuyến tài, xây dựng xã hội học tập theo tinh thần xã hội hóa giáo dục và đào tạo; huy động hội viên tham gia chuyển giao công nghệ, hỗ trợ hoạt động khởi nghiệp")],
  "Mục V.11.đ Kế hoạch 74: Hội Cựu chiến binh và Hội Nông dân thành phố hướng dẫn các cấp Hội phối hợp tổ chức hoạt động khuyến học, "
  "khuyến tài theo tinh thần xã hội hóa giáo dục; huy động hội viên tham gia chuyển giao công nghệ, hỗ trợ hoạt động khởi nghiệp, "
  "phổ biến kiến thức cho người dân.",
  ["chuyển giao công nghệ", "khởi nghiệp"])

# ============================================================================================== paraphrase
Q("paraphrase",
  "Ở Hà Nội, ai lo vụ khuyến khích người dân đọc sách, xây dựng người Hà Nội thanh lịch?",
  [(HN, "5. Sở Thông tin và Truyền thông"),
   (HN, "Phối hợp với Sở Văn hóa và Thể thao, Sở Giáo dục và Đào tạo, các cơ quan liên quan tổ chức hiệu quả các hoạt động nhằm triển khai văn hóa đọc trong cộng đồng")],
  "Kế hoạch Hà Nội giao Sở Thông tin và Truyền thông (mục V.5) phối hợp với Sở Văn hóa và Thể thao, Sở Giáo dục và Đào tạo tổ chức "
  "hoạt động triển khai văn hóa đọc trong cộng đồng, góp phần xây dựng người Hà Nội thanh lịch, văn minh.",
  ["Sở Thông tin và Truyền thông", "văn hóa đọc"])

Q("paraphrase",
  "Ở An Lão ai làm chuyên mục kể về những người tự học miệt mài, không bao giờ thôi?",
  [(AL, "7. Trung tâm Văn hóa - Thông tin và Thể thao huyện - Thiết lập các trang thông tin, các chuyên mục, chuyên trang"),
   (AL, "những tấm gương sáng về tinh thần tự học “không bao giờ cùng”")],
  "Trung tâm Văn hóa - Thông tin và Thể thao huyện (mục III.7): thiết lập trang thông tin, chuyên mục, chuyên trang, tăng thời lượng "
  "tuyên truyền về bài viết của Tổng Bí thư, mô hình mới và \"những tấm gương sáng về tinh thần tự học “không bao giờ cùng”\".",
  ["Trung tâm Văn hóa - Thông tin và Thể thao huyện", "không bao giờ cùng"])

Q("paraphrase",
  "Cần Thơ có tính chuyện Việt hóa, số hóa tài liệu giáo dục mở của nước ngoài không?",
  [(CT, "- Cơ sở giáo dục đại học: Tiếp tục đẩy mạnh phát triển đào tạo từ xa"),
   (CT, "chủ động tham gia Đề án Hệ tri thức Việt số hóa, Việt hóa các nguồn tài nguyên giáo dục mở quốc tế;")],
  "Có. Mục III.3.a Kế hoạch 74 yêu cầu cơ sở giáo dục đại học, bên cạnh đào tạo từ xa và chia sẻ học liệu mở, \"chủ động tham gia Đề "
  "án Hệ tri thức Việt số hóa, Việt hóa các nguồn tài nguyên giáo dục mở quốc tế\".",
  ["Hệ tri thức Việt số hóa"])

Q("paraphrase",
  "Cán bộ phường ở Hà Nội có được khuyến khích đi học tiếng nước ngoài không?",
  [(HN, "Khuyến khích cán bộ công chức cấp xã, phường, thị trấn học ngoại ngữ.")],
  "Có. Mục III.8 kế hoạch Hà Nội ghi: \"Khuyến khích cán bộ công chức cấp xã, phường, thị trấn học ngoại ngữ.\"",
  ["học ngoại ngữ"])

Q("paraphrase",
  "Ở Mỹ Lộc, ai vận động chủ doanh nghiệp cho công nhân thời gian đi học và lập quỹ khuyến học?",
  [(ML, "d) Liên đoàn Lao động huyện"),
   (ML, "vận động người sử dụng lao động tạo điều kiện về thời gian, vật chất, thành lập quỹ khuyến học, khuyến tài hỗ trợ công nhân, người lao động")],
  "Liên đoàn Lao động huyện (mục V.9.d): chỉ đạo các cấp công đoàn hướng dẫn công đoàn cơ sở \"vận động người sử dụng lao động tạo điều "
  "kiện về thời gian, vật chất, thành lập quỹ khuyến học, khuyến tài hỗ trợ công nhân, người lao động\" học tập và hỗ trợ con công "
  "nhân hiếu học có hoàn cảnh khó khăn.",
  ["Liên đoàn Lao động huyện", "người sử dụng lao động"])

# ================================================================================================= english
Q("english",
  "Dear team,\nI am preparing a briefing for a UNESCO delegation visiting Hue next month. Could you please tell me which body the 2026 Hue plan makes the standing agency (cơ quan thường trực), and what it must report and to whom?\nMany thanks,\nAnna",
  [(HUE, "1. Sở Giáo dục và Đào tạo - Là cơ quan thường trực; chủ trì, phối hợp với các cơ quan, tổ chức, đơn vị, địa phương liên quan để tổ chức thực hiện Kế hoạch."),
   (HUE, "Kiểm tra, giám sát và định kỳ báo cáo tình hình, kết quả thực hiện Đề án; dự thảo văn bản của Ủy ban nhân dân thành phố gửi Bộ Giáo dục và Đào tạo.")],
  "Dear Anna, the standing agency is the Department of Education and Training: \"Sở Giáo dục và Đào tạo - Là cơ quan thường trực\" "
  "(item V.1). It inspects and periodically reports on the implementation of the scheme, drafting the city People's Committee's "
  "report to the Ministry: \"dự thảo văn bản của Ủy ban nhân dân thành phố gửi Bộ Giáo dục và Đào tạo\".",
  ["Sở Giáo dục và Đào tạo", "cơ quan thường trực", "Bộ Giáo dục và Đào tạo"])

Q("english",
  "Can Tho plan 74 issuing body",
  [(CT, "Ban Chỉ đạo Xây dựng xã hội học tập - Xóa mù chữ - Phổ cập giáo dục thành phố Cần Thơ giai đoạn 2021 - 2030 (Ban Chỉ đạo thành phố) xây dựng Kế hoạch")],
  "Plan 74/KH-BCĐ was issued by the city Steering Committee, not the People's Committee: \"Ban Chỉ đạo Xây dựng xã hội học tập - Xóa "
  "mù chữ - Phổ cập giáo dục thành phố Cần Thơ giai đoạn 2021 - 2030 (Ban Chỉ đạo thành phố)\".",
  ["Ban Chỉ đạo"])

Q("english",
  "Please list the nhiệm vụ of the Hội Liên hiệp Phụ nữ huyện in the My Loc plan.",
  [(ML, "e) Hội Liên hiệp Phụ nữ huyện"),
   (ML, "vận động, tuyên truyền phụ nữ và trẻ em gái chưa biết chữ ra học các lớp xóa mù chữ, đẩy mạnh hoạt động có hiệu quả đối với “Quỹ học bổng Hoàng Ngân”.")],
  "Item V.9.e: the district Women's Union works with the Phòng GD&ĐT to publicise the plan, integrating learning-society messages into "
  "the movement \"Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc\"; it mobilises illiterate women and girls "
  "to attend literacy classes (\"các lớp xóa mù chữ\"), and runs the \"Quỹ học bổng Hoàng Ngân\" scholarship fund effectively.",
  ["xóa mù chữ", "Hoàng Ngân"])

Q("english",
  "Hanoi literacy 15-60 target 2030",
  [(HN, Y_HN30), (HN, "99,6% người trong độ tuổi 15-60 biết chữ.")],
  "For 2030 the Hanoi plan sets: \"99,6% người trong độ tuổi 15-60 biết chữ\" — 99.6% of people aged 15-60 literate (2025: 99.5% or more).",
  ["99,6%", "15-60"])

Q("english",
  "Hello,\nour foundation funds rural libraries around Hai Phong. In the An Lao district plan, which office is in charge of building 'thư viện số' and public libraries?\nBest regards",
  [(AL, "3. Phòng Văn hóa Khoa học và Thông tin"),
   (AL, "xây dựng, nhân rộng mô hình “thư viện số”, “thư viện công cộng”")],
  "The Phòng Văn hóa Khoa học và Thông tin (item III.3). It advises on strengthening cultural institutions — libraries, museums, "
  "cultural centres — \"đặc biệt là hệ thống thư viện tại địa phương\", and on building and replicating the “thư viện số” and "
  "“thư viện công cộng” models.",
  ["Phòng Văn hóa Khoa học và Thông tin", "thư viện số"])

Q("english",
  "Explain the 'Bình dân học vụ số' movement as described in the An Lao plan.",
  [(AL, "Phát động và thực hiện phong trào “Bình dân học vụ số” trong toàn dân; phổ cập, nâng cao tri thức khoa học công nghệ; kiến thức số, chuyển đổi số, kỹ năng số.")],
  "Under content II.3 (tied to Resolution 57-NQ/TW), the plan launches “Bình dân học vụ số” among all people: \"phổ cập, nâng cao tri "
  "thức khoa học công nghệ; kiến thức số, chuyển đổi số, kỹ năng số\", and guides people to use digital technology effectively and "
  "protect themselves from online risks.",
  ["Bình dân học vụ số", "kỹ năng số"])

Q("english",
  "My Loc life skills 2025 vs 2030",
  [(ML, Y_ML25), (ML, "+ 60% số người trong độ tuổi lao động được trang bị kỹ năng sống."),
   (ML, Y_ML30), (ML, "+ 80% người trong độ tuổi lao động được trang bị kỹ năng sống.")],
  "My Loc: 60% of working-age people equipped with life skills by 2025, 80% by 2030 — a rise of 20 percentage points.",
  ["60%", "80%"])

Q("english",
  "Who signed the Hanoi plan, and in what capacity?",
  [(HN, "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Vũ Thu Hà")],
  "Vũ Thu Hà signed it as Vice Chairwoman (PHÓ CHỦ TỊCH), on behalf of the People's Committee and for the Chairman (\"TM. ỦY BAN NHÂN "
  "DÂN, KT. CHỦ TỊCH\").",
  ["Vũ Thu Hà", "PHÓ CHỦ TỊCH"])

Q("english",
  "Dear colleagues,\nfor our comparative study we need the number and the issuing date of the Can Tho 2024 plan.\nThank you in advance.",
  [(CT, "Số: 74 /KH-BCĐ"), (CT, "Cần Thơ, ngày 04 tháng 5 năm 2024")],
  "It is plan No. 74/KH-BCĐ (\"Số: 74 /KH-BCĐ\"), dated \"Cần Thơ, ngày 04 tháng 5 năm 2024\" (4 May 2024).",
  ["74", "04 tháng 5 năm 2024"])

Q("english",
  "Who chủ trì and who phối hợp on the new vocational skills training programmes in Can Tho?",
  [(CT, "3. Sở Lao động - Thương binh và Xã hội Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan, Ủy ban nhân dân quận, huyện triển khai các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động")],
  "The Sở Lao động - Thương binh và Xã hội leads (chủ trì), with the relevant agencies and the Ủy ban nhân dân quận, huyện "
  "coordinating (phối hợp), to run supplementary training and new vocational skills training for workers and support learning for "
  "disadvantaged people (item V.3).",
  ["Sở Lao động - Thương binh và Xã hội", "Ủy ban nhân dân quận, huyện"])

Q("english",
  "Hue learning units target 2026",
  [(HUE, "Có ít nhất 15 đơn vị được công nhận “Đơn vị học tập” cấp tỉnh mức độ 1, trong đó có ít nhất 05 đơn vị đạt mức độ 2.")],
  "Hue 2026: \"Có ít nhất 15 đơn vị được công nhận “Đơn vị học tập” cấp tỉnh mức độ 1, trong đó có ít nhất 05 đơn vị đạt mức độ 2\" — "
  "at least 15 units at level 1, of which at least 05 at level 2.",
  ["15", "05"])

Q("english",
  "By when must Hue have at least one community learning centre in every commune and ward?",
  [(HUE, "bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn thành trong Quý II năm 2026.")],
  "By the end of the second quarter of 2026: \"bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn thành trong Quý II năm 2026\".",
  ["Quý II năm 2026"])

Q("english",
  "Hi, I work for a vocational-training NGO. Does the My Loc plan mention training for people with disabilities, and which office leads it? Thanks!",
  [(ML, "c) Triển khai các chương trình, dự án, đề án hỗ trợ đào tạo, đào tạo lại cho các đối tượng: lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động."),
   (ML, "2. Phòng Lao động - Thương binh và Xã hội")],
  "Yes. Item V.2.c gives the Phòng Lao động - Thương binh và Xã hội the task to run programmes supporting training and retraining for "
  "\"lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động\".",
  ["Phòng Lao động - Thương binh và Xã hội", "người khuyết tật"])

Q("english",
  "Hanoi funding source",
  [(HN, "Được đảm bảo trong dự toán chi ngân sách nhà nước hàng năm của các đơn vị theo phân cấp ngân sách hiện hành")],
  "Section IV: funds come from the units' annual state budget estimates (\"dự toán chi ngân sách nhà nước hàng năm của các đơn vị theo "
  "phân cấp ngân sách hiện hành\") plus sponsorships and contributions from businesses, organisations and individuals. No amount is given.",
  ["dự toán chi ngân sách nhà nước hàng năm"])

Q("english",
  "Summarize the kinh phí section of the Can Tho plan.",
  [(CT, "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước, nguồn tài trợ và các nguồn tài chính hợp pháp khác theo quy định của pháp luật."),
   (CT, "các sở, ban ngành, đoàn thể có liên quan và Ủy ban nhân dân quận, huyện xây dựng kế hoạch và dự toán kinh phí thực hiện")],
  "Section IV has two points: funds come from \"nguồn ngân sách nhà nước, nguồn tài trợ và các nguồn tài chính hợp pháp khác\"; and the "
  "departments, mass organisations and district People's Committees draw up plans and budget estimates (\"dự toán kinh phí\") for "
  "their tasks, included in their annual budget for approval. No amount is stated.",
  ["ngân sách nhà nước", "dự toán kinh phí"])

Q("english",
  "What does the Hue plan ask the Department of Culture and Sports (Sở Văn hóa và Thể thao) to implement?",
  [(HUE, "2. Sở Văn hóa và Thể thao - Chủ trì, phối hợp với các sở, ngành, địa phương và các tổ chức liên quan triển khai thực hiện Kế hoạch số 288/KH-UBND ngày 25 tháng 8 năm 2023")],
  "It leads implementation of Plan No. 288/KH-UBND of 25 August 2023 on the programme for lifelong learning in libraries, museums "
  "and cultural centres to 2030, replicating lifelong-learning models there; it also trains staff of cultural and sports institutions "
  "and directs the press and grassroots information system to promote the learning society.",
  ["288/KH-UBND"])

Q("english",
  "An Lao plan recipients",
  [(AL, "Nơi nhận: - Sở GD&ĐT (để Báo cáo); - Hội Khuyến học TP (để Báo cáo); - TT HU, HĐND huyện (để Báo cáo);")],
  "The \"Nơi nhận\" list: Sở GD&ĐT (để Báo cáo); Hội Khuyến học TP (để Báo cáo); TT HU, HĐND huyện (để Báo cáo); CT, PCT UBND huyện; "
  "the district offices; Hội Khuyến học huyện; UBND các xã, thị trấn; Lưu: VT, GD&ĐT.",
  ["Sở GD&ĐT", "Hội Khuyến học TP"])

Q("english",
  "Which national decision does the Can Tho 2024 plan implement, and of what date?",
  [(CT, "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”")],
  "Decision No. 1373/QĐ-TTg of the Prime Minister, dated \"30 tháng 7 năm 2021\" (30 July 2021), approving the scheme \"Xây dựng xã hội "
  "học tập giai đoạn 2021 - 2030\"; the city's Plan 215/KH-UBND is the second basis.",
  ["1373/QĐ-TTg", "30 tháng 7 năm 2021"])

Q("english",
  "Translate and explain the task of the Ban Thi đua - Khen thưởng in the Hanoi plan.",
  [(HN, "7. Ban Thi đua - Khen thưởng (Sở Nội vụ) Phối hợp với Sở Giáo dục và Đào tạo, tham mưu trình Ủy ban nhân dân Thành phố khen thưởng cho các tập thể, cá nhân có thành tích trong công tác xây dựng xã hội học tập nhân dịp sơ kết, tổng kết các giai đoạn của Đề án.")],
  "The Emulation and Rewards Board (under the Sở Nội vụ) works with the Sở Giáo dục và Đào tạo to propose to the city People's "
  "Committee rewards for groups and individuals with achievements in building the learning society, at the \"sơ kết, tổng kết\" "
  "(interim and final reviews) of the scheme's stages.",
  ["Sở Giáo dục và Đào tạo", "sơ kết, tổng kết"])

Q("english",
  "Good afternoon,\nI am a journalist. By how many percentage points does the Hanoi plan raise the share of working-age people with life skills between 2025 and 2030?\nKind regards",
  [(HN, Y_HN25), (HN, "50% số người trong độ tuổi lao động được trang bị kỹ năng sống."),
   (HN, Y_HN30), (HN, "70% người trong độ tuổi lao động được trang bị kỹ năng sống.")],
  "By 20 percentage points: 50% by 2025 (\"50% số người trong độ tuổi lao động được trang bị kỹ năng sống\") and 70% by 2030.",
  ["50%", "70%"])

Q("english",
  "Can Tho police tasks",
  [(CT, "8. Công an thành phố Chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân")],
  "Item V.8: the city police (Công an thành phố) lead, with the Sở Giáo dục và Đào tạo and district People's Committees, literacy "
  "(xóa mù chữ), universal-education and vocational classes for detainees and prisoners (trại viên, phạm nhân) in prisons, detention "
  "centres, compulsory education facilities and reform schools (nếu có).",
  ["Công an thành phố", "xóa mù chữ", "phạm nhân"])

Q("english",
  "What is the role of the Hội Khuyến học huyện in the An Lao plan?",
  [(AL, "5. Hội Khuyến học huyện Phối hợp với các phòng, ban, ngành, đoàn thể tuyên truyền về tư tưởng, vai trò của “Học tập suốt đời”")],
  "Item III.5: the district Study Promotion Association works with offices and mass organisations to promote the ideas and role of "
  "“Học tập suốt đời”, actively runs the movement, launches study-promotion campaigns tied to the General Secretary's guidance, and "
  "honours and replicates good examples.",
  ["Học tập suốt đời"])

Q("english",
  "Check whether the Huế plan gives a figure for 'Công dân học tập'.",
  [(HUE, "40% công dân đạt danh hiệu công dân học tập.")],
  "Yes: target II.4 of the 2026 Hue plan is \"40% công dân đạt danh hiệu công dân học tập\" (40% of citizens earn the title).",
  ["40%"])

Q("english",
  "Dear Sir/Madam,\nwe are mapping digital-skills targets. What does the Hanoi plan set for 2025 on digital skills of cán bộ, công chức, viên chức?\nRegards",
  [(HN, Y_HN25), (HN, "100% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng, phổ cập kỹ năng số cơ bản; 50% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng kỹ năng phân tích, khai thác dữ liệu và công nghệ số.")],
  "For 2025: 100% of officials and public employees trained in basic digital skills, and 50% trained in data analysis, data use and "
  "digital technology (\"100% … phổ cập kỹ năng số cơ bản; 50% … kỹ năng phân tích, khai thác dữ liệu và công nghệ số\").",
  ["100%", "50%"])

Q("english",
  "Hue commune and ward duties",
  [(HUE, "9. Ủy ban nhân dân các xã, phường - Chủ động xây dựng và tổ chức triển khai kế hoạch thực hiện tại địa phương"),
   (HUE, "gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026")],
  "Item V.9: communes and wards draw up and run their own plans and balance local budgets; develop learning models and trades; keep "
  "at least one working community learning centre in each commune/ward; assess and propose recognition of learning models; inspect "
  "and send results to the Sở Giáo dục và Đào tạo \"trước ngày 15/12/2026\".",
  ["15/12/2026"])

# =============================================================================================== follow_up
Q("follow_up",
  "cái thứ hai là gì, làm gì?",
  [(HUE, "2. Sở Văn hóa và Thể thao - Chủ trì, phối hợp với các sở, ngành, địa phương và các tổ chức liên quan triển khai thực hiện Kế hoạch số 288/KH-UBND ngày 25 tháng 8 năm 2023")],
  "Cơ quan thứ hai là Sở Văn hóa và Thể thao: chủ trì triển khai Kế hoạch số 288/KH-UBND ngày 25/8/2023 về Chương trình phục vụ học "
  "tập suốt đời trong thư viện, bảo tàng, trung tâm văn hóa; đào tạo cán bộ các thiết chế văn hóa – thể thao; chỉ đạo báo chí, "
  "thông tin cơ sở phối hợp tuyên truyền về xây dựng xã hội học tập.",
  ["Sở Văn hóa và Thể thao", "288/KH-UBND"],
  hist(("Các cơ quan trong mục Tổ chức thực hiện của kế hoạch Huế năm 2026 gồm những ai?",
        "Mục V gồm: 1. Sở Giáo dục và Đào tạo; 2. Sở Văn hóa và Thể thao; 3. Sở Nội vụ; 4. Sở Tài chính; 5. Các sở, ban, ngành "
        "trực thuộc thành phố; 6. Ủy ban MTTQ Việt Nam thành phố và các đoàn thể, hội; 7. Hội Khuyến học thành phố; 8. Liên đoàn "
        "Lao động thành phố; 9. UBND các xã, phường.")))

Q("follow_up",
  "ý b) nói rõ hơn",
  [(ML, "b) Nhân rộng các mô hình đào tạo, đào tạo lại nghề nghiệp cho người lao động trong các doanh nghiệp; phát triển ngành nghề đào tạo phù hợp với quy hoạch của tỉnh, gắn với nhu cầu xã hội, gắn với ngành nghề truyền thống, với sản xuất, kinh doanh ở nông thôn.")],
  "Ý b): Phòng LĐ-TB&XH \"Nhân rộng các mô hình đào tạo, đào tạo lại nghề nghiệp cho người lao động trong các doanh nghiệp; phát "
  "triển ngành nghề đào tạo phù hợp với quy hoạch của tỉnh, gắn với nhu cầu xã hội, gắn với ngành nghề truyền thống, với sản xuất, "
  "kinh doanh ở nông thôn\".",
  ["đào tạo lại nghề nghiệp", "ngành nghề truyền thống"],
  hist(("Phòng Lao động - Thương binh và Xã hội huyện Mỹ Lộc làm gì?",
        "Ba việc: a) chủ trì đào tạo bổ sung, đào tạo kỹ năng nghề mới cho người lao động; b) nhân rộng mô hình đào tạo lại nghề; "
        "c) hỗ trợ đào tạo cho lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động.")))

Q("follow_up",
  "còn ai phối hợp?",
  [(HN, "Chủ trì, phối hợp với các Sở, ngành, đơn vị có liên quan tổ chức các lớp tập huấn, bồi dưỡng kiến thức, kỹ năng, trang bị năng lực thông tin cho đội ngũ cán bộ công chức, viên chức, người lao động trên địa bàn Thành phố.")],
  "Kế hoạch chỉ ghi chung: Sở Thông tin và Truyền thông chủ trì, \"phối hợp với các Sở, ngành, đơn vị có liên quan\" — không nêu tên "
  "riêng cơ quan phối hợp nào.",
  ["các Sở, ngành, đơn vị có liên quan"],
  hist(("Ở Hà Nội ai chủ trì tổ chức lớp tập huấn trang bị năng lực thông tin cho cán bộ, công chức?",
        "Sở Thông tin và Truyền thông chủ trì (mục V.5).")))

Q("follow_up",
  "thời hạn của việc đó?",
  [(ML, "d) Kiểm tra, giám sát và định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo")],
  "UBND các xã, thị trấn gửi báo cáo trước ngày 10 tháng 12 hằng năm (mục V.11.d).",
  ["10 tháng 12"],
  hist(("UBND các xã, thị trấn ở Mỹ Lộc phải gửi báo cáo gì, gửi về đâu?",
        "Báo cáo tình hình, kết quả thực hiện Kế hoạch, gửi về Phòng Giáo dục và Đào tạo để tổng hợp báo cáo theo quy định.")))

Q("follow_up",
  "ai ký kế hoạch đó?",
  [(HN, "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Vũ Thu Hà")],
  "Kế hoạch của UBND thành phố Hà Nội do bà Vũ Thu Hà, Phó Chủ tịch, ký (TM. Ủy ban nhân dân, KT. Chủ tịch).",
  ["Vũ Thu Hà"],
  hist(("Kế hoạch triển khai Nghị quyết 23-NQ/TU về khuyến học, khuyến tài là của địa phương nào?",
        "Của Ủy ban nhân dân thành phố Hà Nội, triển khai Nghị quyết 23-NQ/TU ngày 16/11/2023 của Thành ủy, từ nay đến năm 2030, "
        "tầm nhìn đến năm 2045.")))

Q("follow_up",
  "Mình muốn biết kế hoạch Huế năm 2026 đặt chỉ tiêu gì cho trung tâm học tập cộng đồng.",
  [(HUE, "100% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục.")],
  "Kế hoạch Huế năm 2026 đặt: \"100% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động "
  "giáo dục\"; ngoài ra yêu cầu mỗi xã, phường có ít nhất một trung tâm học tập cộng đồng (hoàn thành trong Quý II năm 2026).",
  ["100%"],
  hist(("Chào bạn!", "Chào bạn, mình có thể giúp gì về các kế hoạch xây dựng xã hội học tập đã nạp?")))

Q("follow_up",
  "Dạ, em hỏi: ở Mỹ Lộc ai tham mưu UBND huyện bố trí kinh phí thực hiện kế hoạch ạ?",
  [(ML, "5. Phòng Tài chính - Kế hoạch Căn cứ tình hình thực tế của địa phương, tham mưu UBND huyện bố trí kinh phí để thực hiện Kế hoạch theo phân cấp ngân sách hiện hành.")],
  "Phòng Tài chính - Kế hoạch (mục V.5): căn cứ tình hình thực tế của địa phương, tham mưu UBND huyện bố trí kinh phí thực hiện Kế hoạch "
  "theo phân cấp ngân sách hiện hành.",
  ["Phòng Tài chính - Kế hoạch"],
  hist(("Em chào anh chị ạ", "Chào bạn, bạn cần hỏi gì về các kế hoạch xây dựng xã hội học tập?")))

Q("follow_up",
  "thế còn Phòng Nội vụ ở An Lão?",
  [(AL, "2. Phòng Nội vụ - Chủ trì phối hợp với các phòng, ban, ngành, địa phương tham mưu Ủy ban nhân dân huyện kế hoạch, kinh phí, tổ chức đào tạo, bồi dưỡng cán bộ, công chức, viên chức theo quy định của Chính phủ.")],
  "Ở An Lão, Phòng Nội vụ chủ trì tham mưu UBND huyện kế hoạch, kinh phí, tổ chức đào tạo, bồi dưỡng cán bộ, công chức, viên chức; khảo "
  "sát, đánh giá đội ngũ; nghiên cứu cơ chế khuyến khích và bảo vệ cán bộ dám nghĩ, dám làm.",
  ["đào tạo, bồi dưỡng cán bộ"],
  hist(("Sở Nội vụ Cần Thơ được giao việc gì trong Kế hoạch 74?",
        "Chủ trì xây dựng Đề án vị trí việc làm, điều chỉnh vị trí việc làm và cơ cấu viên chức theo chức danh nghề nghiệp trong "
        "các đơn vị sự nghiệp công lập.")))

Q("follow_up",
  "còn Hội Khuyến học thành phố ở Cần Thơ thì sao?",
  [(CT, "13. Đề nghị Hội Khuyến học thành phố Triển khai công tác xây dựng xã hội học tập theo Quyết định số 1373/QĐ-TTg"),
   (CT, "Quyết định số 387/QĐ-TTg ngày 25 tháng 3 năm 2022"), (CT, "Quyết định số 677/QĐ-TTg ngày 03 tháng 6 năm 2022")],
  "Ở Cần Thơ, Hội Khuyến học thành phố được đề nghị triển khai xây dựng xã hội học tập theo Quyết định 1373/QĐ-TTg (trọng tâm là Bộ "
  "tiêu chí đánh giá mô hình xã hội học tập cấp xã, huyện, tỉnh), Quyết định 387/QĐ-TTg (học tập suốt đời trong gia đình, dòng họ, "
  "cộng đồng, đơn vị) và Quyết định 677/QĐ-TTg (mô hình công dân học tập).",
  ["1373/QĐ-TTg", "387/QĐ-TTg", "677/QĐ-TTg"],
  hist(("Hội Khuyến học huyện An Lão làm gì?",
        "Phối hợp tuyên truyền về vai trò của \"Học tập suốt đời\", triển khai phong trào, phát động khuyến học, khuyến tài và "
        "nhân rộng tấm gương sáng.")))

Q("follow_up",
  "còn năm 2030?",
  [(ML, Y_ML30), (ML, "+ 90% các Trung tâm Học tập cộng đồng ứng dụng công nghệ thông tin")],
  "Đến năm 2030, Mỹ Lộc đặt 90% các Trung tâm Học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục.",
  ["90%"],
  hist(("Mỹ Lộc 2025: bao nhiêu % trung tâm học tập cộng đồng ứng dụng CNTT?", "70% (mục tiêu đến năm 2025).")))

Q("follow_up",
  "ở đó Công an thành phố thì sao?",
  [(CT, "8. Công an thành phố Chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân")],
  "Ở Cần Thơ, Công an thành phố chủ trì, phối hợp với Sở GD&ĐT, UBND quận, huyện tổ chức các lớp xóa mù chữ, phổ cập giáo dục, đào tạo "
  "nghề cho trại viên, phạm nhân và học viên trong trại giam, trại tạm giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng (nếu có).",
  ["xóa mù chữ", "phạm nhân"],
  hist(("Cần Thơ có giao Bộ Chỉ huy Quân sự thành phố việc gì không?",
        "Có: tuyên truyền học tập suốt đời trong lực lượng vũ trang và nâng cao năng lực ngoại ngữ, tiếng dân tộc thiểu số cho cán bộ, chiến sĩ.")))

Q("follow_up",
  "cơ quan đó báo cáo, sơ kết thế nào?",
  [(HN, "Chủ trì tổ chức kiểm tra, giám sát, đánh giá, tổng hợp, báo cáo hằng năm; tổ chức sơ kết, tổng kết")],
  "Sở Giáo dục và Đào tạo Hà Nội chủ trì kiểm tra, giám sát, đánh giá, tổng hợp, báo cáo hằng năm; tổ chức sơ kết, tổng kết và đề xuất "
  "UBND Thành phố, Bộ GD&ĐT khen thưởng tập thể, cá nhân tiêu biểu.",
  ["báo cáo hằng năm", "sơ kết, tổng kết"],
  hist(("Ở Hà Nội cơ quan nào tham mưu đăng ký tham gia mạng lưới \"Thành phố học tập\"?",
        "Sở Giáo dục và Đào tạo chủ trì, tham mưu UBND Thành phố về kế hoạch đăng ký.")))

Q("follow_up",
  "cái thứ tư làm gì?",
  [(AL, "4. Phòng Tài chính - Kế hoạch Phối hợp với các phòng, ban, ngành, đơn vị lập dự toán kinh phí, báo cáo Ủy ban nhân dân huyện cân đối trong nguồn ngân sách")],
  "Đơn vị thứ tư là Phòng Tài chính - Kế hoạch: phối hợp với các phòng, ban, ngành, đơn vị lập dự toán kinh phí, báo cáo UBND huyện cân "
  "đối trong nguồn ngân sách để triển khai phong trào \"Học tập suốt đời\".",
  ["Phòng Tài chính - Kế hoạch", "lập dự toán kinh phí"],
  hist(("Mục III (Tổ chức thực hiện) kế hoạch An Lão có những đơn vị nào?",
        "9 đầu mục: 1. Phòng GD&ĐT; 2. Phòng Nội vụ; 3. Phòng Văn hóa Khoa học và Thông tin; 4. Phòng Tài chính - Kế hoạch; 5. Hội "
        "Khuyến học huyện; 6. Ủy ban MTTQ và các tổ chức chính trị - xã hội, trường học, doanh nghiệp; 7. Trung tâm Văn hóa - Thông "
        "tin và Thể thao huyện; 8. Các phòng, ban, ngành huyện; 9. UBND xã, thị trấn.")))

Q("follow_up",
  "đơn vị cuối cùng trong danh sách đó làm gì?",
  [(HN, "16. Ủy ban nhân dân quận, huyện, thị xã - Xây dựng Kế hoạch thực hiện Nghị quyết số 23-NQ/TU phù hợp với chiến lược phát triển kinh tế - xã hội của địa phương từ nay đến năm 2030, tầm nhìn đến năm 2045. Cân đối và bố trí kinh phí hàng năm trong phạm vi ngân sách để thực hiện Kế hoạch.")],
  "Đơn vị cuối (mục V.16) là UBND quận, huyện, thị xã: xây dựng kế hoạch thực hiện Nghị quyết số 23-NQ/TU của địa phương, cân đối và bố "
  "trí kinh phí hàng năm trong phạm vi ngân sách; phát triển mô hình học tập, ngành nghề đào tạo; chủ trì phối hợp các đơn vị trên "
  "địa bàn; kiểm tra, giám sát, báo cáo kết quả.",
  ["Nghị quyết số 23-NQ/TU", "Cân đối và bố trí kinh phí hàng năm"],
  hist(("Mục Tổ chức thực hiện của kế hoạch Hà Nội có bao nhiêu đầu mục?",
        "16 đầu mục, từ 1. Sở Giáo dục và Đào tạo đến 16. Ủy ban nhân dân quận, huyện, thị xã.")))

Q("follow_up",
  "Dạ cho em hỏi thêm, ai theo dõi chỉ tiêu đó ạ? Em cảm ơn",
  [(HUE, "Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về “Công dân học tập”."), (HUE, "7. Hội Khuyến học thành phố")],
  "Hội Khuyến học thành phố (mục V.7) \"Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về “Công dân học tập”\".",
  ["Hội Khuyến học thành phố", "Công dân học tập"],
  hist(("Huế năm 2026 đặt chỉ tiêu công dân học tập bao nhiêu?", "40% công dân đạt danh hiệu công dân học tập.")))

Q("follow_up",
  "rứa ai theo dõi cái ni?",
  [(HUE, "Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện các mục tiêu: xóa mù chữ và phổ cập giáo dục; hiệu quả hoạt động của các cơ sở giáo dục; “Đơn vị học tập” cấp tỉnh; “Cộng đồng học tập” cấp xã."),
   (HUE, "1. Sở Giáo dục và Đào tạo")],
  "Sở Giáo dục và Đào tạo Huế theo dõi, tổ chức triển khai và tổng hợp kết quả các mục tiêu: xóa mù chữ và phổ cập giáo dục; hiệu quả "
  "hoạt động của các cơ sở giáo dục; “Đơn vị học tập” cấp tỉnh; “Cộng đồng học tập” cấp xã.",
  ["Sở Giáo dục và Đào tạo", "Đơn vị học tập"],
  hist(("Huế có chỉ tiêu Đơn vị học tập năm 2026 không?",
        "Có: ít nhất 15 đơn vị được công nhận \"Đơn vị học tập\" cấp tỉnh mức độ 1, trong đó ít nhất 05 đơn vị đạt mức độ 2.")))

Q("follow_up",
  "vậy còn ở Huế năm 2026 nhiêu?",
  [(HUE, "80% số người trong độ tuổi lao động được trang bị kỹ năng sống.")],
  "Ở Huế năm 2026: \"80% số người trong độ tuổi lao động được trang bị kỹ năng sống\".",
  ["80%"],
  hist(("Cần Thơ năm 2024 đặt chỉ tiêu kỹ năng sống bao nhiêu?",
        "Phấn đấu 90% số người trong độ tuổi lao động được trang bị kỹ năng sống.")))

Q("follow_up",
  "ở Mỹ Lộc thì Liên đoàn Lao động huyện lo gì?",
  [(ML, "d) Liên đoàn Lao động huyện"),
   (ML, "- Phối hợp với các phòng, ban, ngành liên quan đẩy mạnh các hoạt động phát triển nghề nghiệp cho người lao động"),
   (ML, "vận động người sử dụng lao động tạo điều kiện về thời gian, vật chất, thành lập quỹ khuyến học, khuyến tài hỗ trợ công nhân, người lao động")],
  "Ở Mỹ Lộc (mục V.9.d), Liên đoàn Lao động huyện phối hợp đẩy mạnh hoạt động phát triển nghề nghiệp cho người lao động, vận động công "
  "nhân học tập nâng cao trình độ, kỹ năng nghề; chỉ đạo công đoàn vận động người sử dụng lao động tạo điều kiện về thời gian, vật "
  "chất, thành lập quỹ khuyến học, khuyến tài.",
  ["phát triển nghề nghiệp", "quỹ khuyến học, khuyến tài"],
  hist(("Liên đoàn Lao động thành phố Huế được giao gì?",
        "Chủ trì thực hiện Kế hoạch số 147/KH-UBND ngày 17/4/2023 về học tập suốt đời trong công nhân lao động tại doanh nghiệp.")))

Q("follow_up",
  "còn sở tài chính?",
  [(HN, "Đảm bảo kinh phí trong dự toán ngân sách hàng năm (theo phân cấp) để thực hiện Kế hoạch theo quy định của Luật Ngân sách Nhà nước."),
   (HN, "Chủ trì, hướng dẫn các Sở, ngành liên quan về cơ chế tài chính triển khai thực hiện các nhiệm vụ của Kế hoạch")],
  "Sở Tài chính Hà Nội (mục V.6): bảo đảm kinh phí trong dự toán ngân sách hàng năm (theo phân cấp) theo Luật Ngân sách Nhà nước; chủ trì "
  "hướng dẫn các Sở, ngành về cơ chế tài chính; phối hợp hoàn thiện chính sách huy động nguồn lực xã hội cho khuyến học, khuyến tài.",
  ["Luật Ngân sách Nhà nước", "cơ chế tài chính"],
  hist(("kinh phí hà nội", "Kinh phí nằm trong dự toán chi ngân sách nhà nước hàng năm của các đơn vị theo phân cấp, cùng các nguồn tài trợ hợp pháp.")))

Q("follow_up",
  "kế hoạch đó gửi cho những nơi nào?",
  [(HUE, "Nơi nhận: - UBND thành phố: CT, các PCT; - Các đơn vị có tên tại mục V; - UBND các xã, phường; - VP UBND thành phố: CVP, các CVP; - Lưu: VT, GD.")],
  "Nơi nhận của kế hoạch Huế: UBND thành phố (CT, các PCT); các đơn vị có tên tại mục V; UBND các xã, phường; VP UBND thành phố (CVP, "
  "các CVP); lưu VT, GD.",
  ["Các đơn vị có tên tại mục V", "UBND các xã, phường"],
  hist(("Ai ký kế hoạch năm 2026 của Huế?", "Ông Nguyễn Thanh Bình, Phó Chủ tịch, ký thay Chủ tịch (TM. UBND, KT. Chủ tịch).")))

Q("follow_up",
  "còn ai phối hợp?",
  [(HN, "4. Sở Văn hóa và Thể thao - Chủ trì, phối hợp với các Sở, ngành liên quan, Ủy ban nhân dân quận, huyện, thị xã nhân rộng các mô hình học tập suốt đời trong các thiết chế văn hóa cơ sở")],
  "Phối hợp với Sở Văn hóa và Thể thao là các Sở, ngành liên quan và Ủy ban nhân dân quận, huyện, thị xã.",
  ["Ủy ban nhân dân quận, huyện, thị xã"],
  hist(("Ở Hà Nội ai chủ trì nhân rộng mô hình học tập suốt đời trong các thiết chế văn hóa cơ sở?", "Sở Văn hóa và Thể thao (mục V.4).")))

Q("follow_up",
  "việc thứ hai cụ thể là gì?",
  [(CT, "- Chỉ đạo các tổ chức Đoàn cơ sở phối hợp tốt với các trường trung học cơ sở, trường trung học phổ thông, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên")],
  "Việc thứ hai: chỉ đạo các tổ chức Đoàn cơ sở phối hợp với các trường THCS, THPT, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên "
  "đẩy mạnh hoạt động của Đoàn trong nhà trường, động viên đoàn viên, đội viên phấn đấu học tập có hiệu quả.",
  ["trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên"],
  hist(("Đoàn Thanh niên thành phố Cần Thơ được đề nghị mấy việc?",
        "Hai việc: (1) chỉ đạo Đoàn quận, huyện nắm số lượng đoàn viên, thanh thiếu niên, vận động em bỏ học giữa chừng trở lại lớp; "
        "(2) chỉ đạo Đoàn cơ sở phối hợp với các trường.")))

Q("follow_up",
  "And which department tracks that target?",
  [(HUE, "3. Sở Nội vụ - Tổ chức thực hiện các nhiệm vụ"),
   (HUE, "Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về năng lực cơ bản và trình độ của người dân."),
   (HUE, "2. Về năng lực cơ bản và trình độ của người dân.")],
  "The Sở Nội vụ (Department of Home Affairs). The 87% ICT line sits under goal II.2 \"Về năng lực cơ bản và trình độ của người dân\", "
  "and item V.3 makes the Sở Nội vụ responsible for monitoring and compiling results of that group of targets.",
  ["Sở Nội vụ"],
  hist(("What is Hue's 2026 target for ICT competence of working-age people?",
        "87% of working-age people equipped with ICT competence (\"87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin\").")))

Q("follow_up",
  "And who are its recipients (Nơi nhận)?",
  [(ML, "Nơi nhận: - Sở Giáo dục và Đào tạo (để b/c); - Hội Khuyến học tỉnh (để b/c)"), (ML, "- Trung tâm GDNN&GDTX huyện;")],
  "The My Loc plan's \"Nơi nhận\": Sở Giáo dục và Đào tạo (để b/c); Hội Khuyến học tỉnh (để b/c); TT Huyện ủy, TT HĐND huyện; district "
  "People's Committee leaders; Ủy ban MTTQ huyện; Ban Tuyên giáo Huyện ủy; district offices and mass organisations; the district "
  "learning-society steering committee; UBND các xã, thị trấn; Cổng TTĐT huyện; Trung tâm VH-TT&TT huyện; Trung tâm GDNN&GDTX huyện; Lưu: VT.",
  ["Sở Giáo dục và Đào tạo", "Hội Khuyến học tỉnh", "Trung tâm GDNN&GDTX huyện"],
  hist(("Who signed the My Loc plan?", "Lê Quang Huy, Vice Chairman, signing for the Chairman (KT. Chủ tịch) on behalf of the district People's Committee.")))

Q("follow_up",
  "And for 'Đơn vị học tập'?",
  [(CT, "Phần đầu đạt tỷ lệ 55,55% đơn vị được đánh giá, công nhận theo mức độ “Đơn vị học tập” cấp huyện, cấp thành phố")],
  "For 2024 Can Tho aims (\"Phần đầu\", i.e. phấn đấu) for 55,55% of units assessed and recognised as “Đơn vị học tập” at district or city level.",
  ["55,55%"],
  hist(("What is Can Tho's 2024 target for 'Cộng đồng học tập'?",
        "80% of units assessed and recognised as \"Cộng đồng học tập\" at commune, district or city level.")))

Q("follow_up",
  "Then who compiles the yearly results there?",
  [(AL, "1. Phòng Giáo dục và Đào tạo - Chủ trì, phối hợp"),
   (AL, "Chủ trì tổng hợp kết quả thực hiện phong trào “Học tập suốt đời’, lồng ghép với kết quả xây dựng xã hội học tập trên địa bàn huyện, hằng năm.")],
  "The Phòng Giáo dục và Đào tạo: it \"Chủ trì tổng hợp kết quả thực hiện phong trào “Học tập suốt đời’ … hằng năm\" (item III.1), and "
  "communes send their periodic reports to it.",
  ["Phòng Giáo dục và Đào tạo", "hằng năm"],
  hist(("Does the An Lao plan set any percentage targets?",
        "No. It lists contents, solutions and assignments but no figures.")))

Q("follow_up",
  "còn Đoàn thanh niên bên Hà Nội thì lo gì?",
  [(HN, "c) Đoàn thanh niên cộng sản Hồ Chí Minh thành phố Hà Nội Chủ trì tổ chức, phối hợp, lồng ghép các hoạt động tuyên truyền về công tác khuyến học, khuyến tài, xây dựng xã hội học tập"),
   (HN, "vận động gây quỹ hỗ trợ học sinh, học viên, sinh viên Hà Nội có hoàn cảnh khó khăn tham gia học tập.")],
  "Ở Hà Nội (mục V.15.c), Đoàn TNCS Hồ Chí Minh thành phố chủ trì tổ chức, phối hợp, lồng ghép các hoạt động tuyên truyền về khuyến học, khuyến tài, "
  "xây dựng xã hội học tập qua các phong trào hành động cách mạng, thi đua học tập, nghiên cứu khoa học của thanh niên; và vận động "
  "gây quỹ hỗ trợ học sinh, học viên, sinh viên Hà Nội có hoàn cảnh khó khăn tham gia học tập.",
  ["lồng ghép các hoạt động tuyên truyền", "vận động gây quỹ"],
  hist(("Hội Liên hiệp Phụ nữ thành phố Cần Thơ được đề nghị làm gì?",
        "Vận động hội viên, phụ nữ cho con đi học đúng độ tuổi, gắn với Cuộc vận động \"Xây dựng gia đình 5 không 3 sạch\"; hỗ trợ "
        "gia đình phụ nữ, trẻ em khó khăn được đến trường.")))

# ============================================================================================ unanswerable
U("Kế hoạch năm 2026 của Huế số mấy, ký ngày nào?",
  "Văn bản kế hoạch Huế đã nạp không có dòng \"Số: …\" và không ghi ngày ký; chỉ có tên kế hoạch và chữ ký. Tôi không trả lời được.",
  [("fold", r"\bso\s*:", [HUE]), ("fold", r"hue, ngay", [HUE])])
U("sở tư pháp hn",
  "Kế hoạch của Hà Nội không nhắc đến Sở Tư pháp, nên không có nhiệm vụ nào của Sở Tư pháp trong các kế hoạch đã nạp.",
  [("fold", r"tu phap", ALL)])
U("Số điện thoại đầu mối của Sở GD&ĐT Cần Thơ để hỏi về Kế hoạch 74 là số nào?",
  "Kế hoạch 74 không ghi số điện thoại nào; thông tin này không có trong các kế hoạch đã nạp.",
  [("fold", r"dien thoai|hotline|\b0\d{2,3}[ .]\d{3}", ALL)])
U("Chào anh chị, UBND xã ở Huế gửi báo cáo kết quả qua địa chỉ email nào ạ?",
  "Kế hoạch Huế chỉ nói gửi báo cáo về Sở Giáo dục và Đào tạo trước ngày 15/12/2026; không ghi địa chỉ email nào.",
  [("fold", r"@|e-?mail|thu dien tu", ALL)])
U("Chủ tịch UBND thành phố Hà Nội (người mà kế hoạch ghi \"KT. CHỦ TỊCH\") tên là gì?",
  "Kế hoạch chỉ ghi người ký thay là Phó Chủ tịch Vũ Thu Hà; họ tên Chủ tịch UBND Thành phố không được ghi trong kế hoạch.")
U("Nhiệm vụ thứ 12 trong phần Nội dung, giải pháp của kế hoạch An Lão là gì?",
  "Phần II (Nội dung, giải pháp) của kế hoạch An Lão chỉ có 9 mục; không có nhiệm vụ thứ 12.",
  [("lines", r"^\s*1[0-9]\.\s", [AL])])
U("Cơ quan thứ 10 trong mục Tổ chức thực hiện của kế hoạch Huế là cơ quan nào?",
  "Mục V (Tổ chức thực hiện) của kế hoạch Huế chỉ có 9 đầu mục (cuối cùng là UBND các xã, phường); không có mục thứ 10.",
  [("lines", r"^\s*1[0-9]\.\s", [HUE])])
U("Huế: tỷ lệ người lao động có năng lực CNTT tăng bao nhiêu điểm phần trăm từ 2026 đến 2030?",
  "Kế hoạch Huế là kế hoạch năm 2026, chỉ đặt 87% cho năm 2026, không có con số cho năm 2030, nên không tính được mức tăng.",
  [("fold", r"2030[^.;]*\d+%|\d+%[^.;]*2030", [HUE])])
U("Cần Thơ kỹ năng sống 2024 là 90%, vậy năm 2025 tăng lên bao nhiêu??",
  "Kế hoạch 74 của Cần Thơ chỉ đặt mục tiêu cho năm 2024; không có chỉ tiêu năm 2025.",
  [("fold", r"2025", [CT])])
U("Kế hoạch của thị xã Hương Trà đặt chỉ tiêu công dân học tập bao nhiêu?",
  "Không có kế hoạch nào của thị xã Hương Trà trong các kế hoạch đã nạp (chỉ có kế hoạch cấp thành phố Huế).",
  [("fold", r"huong tra", ALL)])
U("quận Thốt Nốt (Cần Thơ) giao phòng nào theo dõi xóa mù chữ?",
  "Các kế hoạch đã nạp không có kế hoạch của quận Thốt Nốt; Kế hoạch 74 của Cần Thơ chỉ giao chung cho UBND quận, huyện.",
  [("fold", r"thot not", ALL)])
U("Huyện Đông Anh có phải đạt danh hiệu huyện học tập vào năm 2025 không?",
  "Kế hoạch Hà Nội chỉ đặt tỷ lệ chung cho quận, huyện, thị xã, không nêu riêng huyện Đông Anh; không có kế hoạch của huyện Đông Anh.",
  [("fold", r"dong anh", ALL)])
U("Huyện Hải Hậu (Nam Định) giao Phòng GD&ĐT nhiệm vụ gì về xã hội học tập?",
  "Không có kế hoạch của huyện Hải Hậu trong các kế hoạch đã nạp.",
  [("fold", r"hai hau", ALL)])
U("kinh phí xây dựng xã hội học tập huyện An Dương hải phòng",
  "Không có kế hoạch của huyện An Dương trong các kế hoạch đã nạp (kế hoạch của Hải Phòng đã nạp là của huyện An Lão).",
  [("fold", r"an duong", ALL)])
U("Xin hỏi tỉnh Vĩnh Long có kế hoạch xây dựng xã hội học tập năm 2024 không, chỉ tiêu gì? Trân trọng.",
  "Không có kế hoạch của tỉnh Vĩnh Long trong các kế hoạch đã nạp.",
  [("fold", r"vinh long", ALL)])
U("What are Bac Ninh's lifelong learning targets for 2030?",
  "None of the loaded plans is from Bac Ninh, so I cannot answer.",
  [("fold", r"bac ninh", ALL)])
U("Huế năm 2028 đặt chỉ tiêu công dân học tập bao nhiêu rứa?",
  "Kế hoạch Huế là kế hoạch năm 2026; không có chỉ tiêu cho năm 2028.",
  [("fold", r"2028", [HUE])])
U("Mỹ Lộc năm 2026 phấn đấu bao nhiêu % người lao động có năng lực thông tin?",
  "Kế hoạch Mỹ Lộc chỉ đặt mục tiêu đến năm 2025 và đến năm 2030; không có con số riêng cho năm 2026.",
  [("fold", r"2026", [ML])])
U("An Lão đến năm 2030 phấn đấu bao nhiêu % công dân đạt danh hiệu công dân học tập?",
  "Kế hoạch An Lão không đặt chỉ tiêu bằng con số nào (không có tỷ lệ phần trăm) — chỉ nêu nội dung, giải pháp và phân công.",
  [("fold", r"%", [AL])])
U("Mỹ Lộc đặt tỷ lệ người lao động qua đào tạo năm 2025 là bao nhiêu phần trăm?",
  "Kế hoạch Mỹ Lộc chỉ nói \"nâng tỷ lệ người lao động qua đào tạo lên theo chỉ tiêu cụ thể\" mà không ghi con số; chỉ tiêu dân số "
  "được đào tạo chuyên môn kỹ thuật là một chỉ tiêu khác.",
  [("fold", r"\d+%[^.;]*lao dong (duoc )?qua dao tao|lao dong (duoc )?qua dao tao[^.;]*\d+%", [ML])])
U("Huế năm 2026 đặt bao nhiêu phần trăm người dân có năng lực ngoại ngữ?",
  "Kế hoạch Huế có nói phát triển năng lực ngoại ngữ cho người dân nhưng không đặt tỷ lệ nào.",
  [("fold", r"\d+%[^.;]*ngoai ngu|ngoai ngu[^.;]*\d+%", [HUE])])
U("Bao nhiêu % cán bộ, chiến sĩ lực lượng vũ trang Cần Thơ phải đạt chuẩn ngoại ngữ trong năm 2024?",
  "Kế hoạch 74 giao Bộ Chỉ huy Quân sự nâng cao năng lực ngoại ngữ nhưng không đặt tỷ lệ nào.",
  [("fold", r"\d+%[^.;]*ngoai ngu|ngoai ngu[^.;]*\d+%", [CT])])
U("Hiện An Lão có bao nhiêu trung tâm học tập cộng đồng sau khi sáp nhập xã?",
  "Kế hoạch An Lão chỉ yêu cầu kiện toàn trung tâm học tập cộng đồng cấp xã sau sắp xếp, không nêu số lượng hiện có.",
  [("fold", r"\d+\s*(trung tam hoc tap cong dong|tthtcd)", [AL])])
U("Đến hết năm 2025 Mỹ Lộc đã thực tế đạt bao nhiêu % công dân học tập, có đạt 40% không?",
  "Kế hoạch Mỹ Lộc (2022) chỉ đặt mục tiêu 40% đến 2025; kết quả thực tế không có trong các kế hoạch đã nạp.")
U("Xã ở Huế nộp báo cáo trễ hạn 15/12/2026 thì bị xử lý ra sao?",
  "Kế hoạch Huế không quy định hình thức xử lý hay kỷ luật khi nộp báo cáo trễ.",
  [("fold", r"xu ly|ky luat|xu phat|che tai", [HUE])])
U("Cần Thơ thưởng bao nhiêu tiền cho tấm gương tự học thành tài?",
  "Kế hoạch 74 chỉ giao Sở GD&ĐT tham mưu tôn vinh, khen thưởng theo quy định; không nêu mức tiền thưởng.",
  [("fold", r"trieu|nghin dong|ty dong|\d[\d.]*\s*(dong|vnd)\b", [CT])])
U("Mỹ Lộc dành bao nhiêu tiền để hỗ trợ dịch vụ viễn thông công ích?",
  "Kế hoạch Mỹ Lộc không nêu số tiền nào; kinh phí chỉ được nói chung là từ ngân sách theo phân cấp và nguồn tài trợ.",
  [("fold", r"trieu|nghin dong|ty dong|\d[\d.]*\s*(dong|vnd)\b", [ML])])
U("Sở Nông nghiệp và Môi trường thành phố Huế có nhiệm vụ gì trong kế hoạch?",
  "Kế hoạch Huế không nhắc đến Sở Nông nghiệp và Môi trường.",
  [("fold", r"nong nghiep", [HUE])])
U("PHÒNG NÔNG NGHIỆP HUYỆN MỸ LỘC PHỐI HỢP LÀM GÌ",
  "Kế hoạch Mỹ Lộc không nhắc đến Phòng Nông nghiệp (chỉ có Hội Nông dân huyện trong nhóm hội ở mục V.9.g).",
  [("fold", r"nong nghiep", [ML])])
U("Sở Kế hoạch và Đầu tư Cần Thơ được giao gì trong KH 74?",
  "Kế hoạch 74 không nhắc đến Sở Kế hoạch và Đầu tư.",
  [("fold", r"dau tu", [CT])])
U("Quyết định 489/QĐ-TTg mà kế hoạch Mỹ Lộc nhắc tới có nội dung gì?",
  "Kế hoạch Mỹ Lộc chỉ dẫn số Quyết định 489/QĐ-TTg để tuyên truyền, quán triệt, không nêu nội dung của quyết định này.")
U("Quy định số 144-QĐ/TW nêu những chuẩn mực đạo đức nào?",
  "Kế hoạch An Lão chỉ nhắc tên Quy định 144-QĐ/TW (chuẩn mực đạo đức cách mạng) trong việc tuyên truyền; các chuẩn mực cụ thể không có trong kế hoạch.")
U("Could you tell me the e-mail address of the An Lao education office for submitting reports?",
  "The An Lao plan gives no e-mail address; it only says communes report to the Phòng Giáo dục và Đào tạo.",
  [("fold", r"@|e-?mail|thu dien tu", ALL)])
U("What is the phone number of the My Loc education office?",
  "No phone number appears in the My Loc plan or any other loaded plan.",
  [("fold", r"dien thoai|hotline|\b0\d{2,3}[ .]\d{3}", ALL)])
U("What targets does Decision 1268/QĐ-TTg set for workers in enterprises?",
  "The Hue plan only cites Decision 1268/QĐ-TTg by title; its targets are not in the loaded plans.")
U("thời hạn của việc đó?",
  "Kế hoạch Huế giao Sở GD&ĐT tham mưu xây dựng Đề án này nhưng không ghi thời hạn hoàn thành.",
  history=hist(("Ở Huế, Sở GD&ĐT được giao xây dựng Đề án gì?",
                "Chủ trì tham mưu xây dựng Đề án \"Tạo môi trường học tập suốt đời và xây dựng xã hội học tập\", trình UBND thành phố phê duyệt.")))
U("ký ngày nào?",
  "Kế hoạch Mỹ Lộc để trống ngày và số (\"Số: /KH-UBND … ngày tháng năm 2022\"); không có ngày ký cụ thể.",
  [("fold", r"so:\s*\d", [ML]), ("fold", r"ngay \d+ thang \d+ nam 2022", [ML])],
  history=hist(("Ai ký kế hoạch của huyện Mỹ Lộc?", "Ông Lê Quang Huy, Phó Chủ tịch UBND huyện (KT. Chủ tịch).")))
U("phong trào đó có chỉ tiêu bao nhiêu % dân có kỹ năng số không?",
  "Kế hoạch An Lão không đặt tỷ lệ phần trăm nào, kể cả cho phong trào \"Bình dân học vụ số\".",
  [("fold", r"%", [AL])],
  history=hist(("Ở An Lão ai chủ trì tham mưu phong trào Bình dân học vụ số?", "Phòng Văn hóa Khoa học và Thông tin.")))
U("còn Sở Công Thương ở đó?",
  "Kế hoạch 74 của Cần Thơ không nhắc đến Sở Công Thương.",
  [("fold", r"cong thuong", [CT])],
  history=hist(("Sở Nội vụ Cần Thơ làm gì trong KH 74?", "Chủ trì xây dựng Đề án vị trí việc làm và cơ cấu viên chức.")))
U("And what result did they actually achieve in 2025?",
  "The loaded plans state targets, not results; the Hue plan reports no 2025 outcome.",
  history=hist(("Who tracks the life-skills target in Hue?",
                "The Sở Nội vụ, which monitors the targets on people's basic competences and qualifications.")))


def main():
    counts = {}
    for r in ROWS:
        counts[r["type"]] = counts.get(r["type"], 0) + 1
    for t, m in MINIMUM.items():
        if counts.get(t, 0) < m:
            PROBLEMS.append(f"type {t}: {counts.get(t, 0)} < {m}")
    if PROBLEMS:
        print("\n".join(PROBLEMS))
        print(f"{len(PROBLEMS)} problems; not written")
        return 1
    with open(OUT, "w", encoding="utf-8") as f:
        for i, r in enumerate(ROWS, 1):
            row = {"id": f"q35-{i:03d}", **r}
            line = json.dumps(row, ensure_ascii=False)
            f.write(unicodedata.normalize("NFC", line) + "\n")
    print(f"wrote {len(ROWS)} questions to {OUT}: {dict(sorted(counts.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
