"""Set 43: reverse-lookup, exclusion/remainder, topic-existence, dictation/chat, range/extreme, in-conversation
correction and out-of-scope questions on the five bundled plans (data/plans/*.txt).

    python eval/sets/src43/questions_src43.py      # writes eval/sets/bundled43.jsonl

Written blind to the product code and to earlier question files. The script refuses to write if
- an evidence span is not a substring of its plan's text after FORMAT.md's normalisation,
- a key fact is missing from the reference answer or from every span the question cites,
- a follow-up has no history (or a history outside 3-5 turns), or a history turn is malformed,
- two questions share a text,
- an unanswerable question has docs/evidence, has no probe, or its probe regex matches the accent-free
  normalised text of the plans it is checked against (by default all five),
- a type falls below the brief's minimum.
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
OUT = os.path.join(SETS, "bundled43.jsonl")

HUE = "000_4550be4bb11189cd.txt"
ML = "001_7bafa58816a5de75.txt"
HN = "002_797e8de6131c77f9.txt"
CT = "003_1a817ee72b993e3e.txt"
AL = "004_b1b28019b71edc03.txt"
ALL = [HUE, ML, HN, CT, AL]

MINIMUM = {"agency_tasks": 5, "target": 5, "deadline": 5, "funding": 5, "legal_basis": 5, "purpose": 5,
           "task_section": 5, "cross_plan": 5, "no_diacritics": 5, "abbreviation": 5, "paraphrase": 5,
           "unanswerable": 35, "english": 16, "follow_up": 20}


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()


def fold(s):
    """Accent-free, lower-case form of normalised text (for the unanswerable probes)."""
    s = norm(s).replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return s.lower()


TEXT = {}
for _d in ALL:
    with open(os.path.join(PLANS, _d), encoding="utf-8") as _f:
        TEXT[_d] = norm(_f.read())
FOLDED = {d: fold(t) for d, t in TEXT.items()}

QUESTIONS = []
PROBLEMS = []


def U(text):
    return ("user", text)


def A(text):
    return ("assistant", text)


def q(question, qtype, evidence, answer, key_facts, history=(), probe=None, probe_docs=None):
    """Add one question. evidence: [(doc, span), ...]; history: [U(...), A(...), ...]."""
    qid = f"q43-{len(QUESTIONS) + 1:03d}"
    docs = []
    for doc, _span in evidence:
        if doc not in docs:
            docs.append(doc)
    rec = {"id": qid, "question": question, "type": qtype, "docs": docs,
           "evidence": [{"doc": d, "span": s} for d, s in evidence], "answer": answer,
           "key_facts": list(key_facts), "history": [{"role": r, "content": c} for r, c in history]}
    for doc, span in evidence:
        if norm(span) not in TEXT[doc]:
            PROBLEMS.append(f"{qid}: span missing in {doc}: {span!r}")
    for kf in key_facts:
        k = norm(kf).lower()
        if k not in norm(answer).lower():
            PROBLEMS.append(f"{qid}: key fact {kf!r} not in answer")
        if evidence and not any(k in norm(s).lower() for _d, s in evidence):
            PROBLEMS.append(f"{qid}: key fact {kf!r} in no cited span")
    if qtype == "unanswerable":
        if evidence:
            PROBLEMS.append(f"{qid}: unanswerable with evidence")
        if not probe:
            PROBLEMS.append(f"{qid}: unanswerable without probe")
        else:
            for d in probe_docs or ALL:
                m = re.search(probe, FOLDED[d])
                if m:
                    PROBLEMS.append(f"{qid}: probe {probe!r} matches {d}: {m.group(0)!r}")
    else:
        if not evidence or not key_facts:
            PROBLEMS.append(f"{qid}: answerable without evidence or key facts")
        if probe:
            PROBLEMS.append(f"{qid}: probe on an answerable question")
    if qtype == "follow_up" and not history:
        PROBLEMS.append(f"{qid}: follow_up without history")
    if history:
        if not 3 <= len(history) <= 5:
            PROBLEMS.append(f"{qid}: history of {len(history)} turns")
        if history[-1][0] != "assistant":
            PROBLEMS.append(f"{qid}: history does not end with an assistant turn")
    QUESTIONS.append(rec)


# ---------------------------------------------------------------------------------------------------------
# Spans used more than once
T_HUE = (HUE, "Thực hiện Đề án “Xây dựng xã hội học tập” năm 2026 trên địa bàn thành phố Huế")
T_ML = (ML, "Thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030” trên địa bàn huyện Mỹ Lộc")
T_HN = (HN, "xây dựng xã hội học tập trên địa bàn thành phố Hà Nội từ nay đến năm 2030, tầm nhìn đến năm 2045")
T_CT = (CT, "Xây dựng xã hội học tập năm 2024 trên địa bàn thành phố Cần Thơ")
T_AL = (AL, "khuyến học, khuyến tài, xây dựng xã hội học tập trên địa bàn huyện An Lão")
ML25 = (ML, "a) Mục tiêu đến năm 2025")
ML30 = (ML, "b) Mục tiêu đến năm 2030")
HN25 = (HN, "2.1. Mục tiêu cụ thể đến năm 2025")
HN30 = (HN, "2.2. Mục tiêu cụ thể đến năm 2030")

# ---------------------------------------------------------------------------------------------------------
# agency_tasks: reverse lookups (task -> who leads / who coordinates), exclusions, code-switching, dictation
q("Ở Huế, việc tham mưu xây dựng Đề án “Tạo môi trường học tập suốt đời và xây dựng xã hội học tập” do ai chủ trì, và trình ai phê duyệt?",
  "agency_tasks",
  [(HUE, "Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với các sở, ban, ngành, cơ quan và địa phương liên quan tham mưu xây dựng Đề án “Tạo môi trường học tập suốt đời và xây dựng xã hội học tập”, trình Ủy ban nhân dân thành phố xem xét, phê duyệt")],
  "Theo kế hoạch năm 2026 của thành phố Huế (mục III.5), Sở Giáo dục và Đào tạo chủ trì, phối hợp với các sở, ban, ngành, cơ quan và địa phương liên quan tham mưu xây dựng Đề án “Tạo môi trường học tập suốt đời và xây dựng xã hội học tập”, trình Ủy ban nhân dân thành phố xem xét, phê duyệt làm cơ sở tổ chức triển khai thực hiện.",
  ["Sở Giáo dục và Đào tạo", "Ủy ban nhân dân thành phố"])
q("Việc hướng dẫn Đài Phát thanh và Truyền hình Hà Nội tổ chức chuyên mục về xã hội học tập là việc của sở nào?",
  "agency_tasks",
  [(HN, "5. Sở Thông tin và Truyền thông - Phối hợp với Sở Giáo dục và Đào tạo cung cấp thông tin"),
   (HN, "Hướng dẫn các cơ quan thông tấn, báo chí của Thành phố; Đài Phát thanh và Truyền hình Hà Nội tổ chức chuyên mục, tuyên truyền về xây dựng xã hội học tập."),
   (HN, "- Chỉ đạo các cơ quan thông tấn, báo chí và truyền hình của Thành phố tổ chức xây dựng chuyên mục và tuyên truyền về xây dựng xã hội học tập.")],
  "Đó là nhiệm vụ của Sở Thông tin và Truyền thông (mục V.5 kế hoạch Hà Nội): “Hướng dẫn các cơ quan thông tấn, báo chí của Thành phố; Đài Phát thanh và Truyền hình Hà Nội tổ chức chuyên mục, tuyên truyền về xây dựng xã hội học tập.” Ngoài các sở, Ban Tuyên giáo Thành ủy (được đề nghị, mục V.14) cũng chỉ đạo các cơ quan thông tấn, báo chí và truyền hình của Thành phố tổ chức xây dựng chuyên mục.",
  ["Sở Thông tin và Truyền thông", "tổ chức chuyên mục"])
q("Ở Cần Thơ, cơ quan nào chủ trì xây dựng Đề án vị trí việc làm và cơ cấu viên chức theo chức danh nghề nghiệp?",
  "agency_tasks",
  [(CT, "2. Sở Nội vụ Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan, Ủy ban nhân dân quận, huyện xây dựng Đề án vị trí việc làm, điều chỉnh vị trí việc làm và cơ cấu viên chức theo chức danh nghề nghiệp trong đơn vị sự nghiệp công lập")],
  "Sở Nội vụ thành phố Cần Thơ chủ trì, phối hợp với các cơ quan, đơn vị có liên quan và Ủy ban nhân dân quận, huyện xây dựng Đề án vị trí việc làm, điều chỉnh vị trí việc làm và cơ cấu viên chức theo chức danh nghề nghiệp trong đơn vị sự nghiệp công lập (mục V.2).",
  ["Sở Nội vụ", "Đề án vị trí việc làm"])
q("Ai phối hợp với Công an Thành phố Hà Nội trong việc mở lớp xóa mù chữ, đào tạo nghề cho phạm nhân?",
  "agency_tasks",
  [(HN, "- Công an Thành phố: chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Sở Lao động - Thương binh và Xã hội tiếp tục tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân và học viên trong các trại giam, trại tạm giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng.")],
  "Theo mục V.8 kế hoạch Hà Nội, Công an Thành phố chủ trì và phối hợp với Sở Giáo dục và Đào tạo, Sở Lao động - Thương binh và Xã hội tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân và học viên trong các trại giam, trại tạm giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng.",
  ["Sở Giáo dục và Đào tạo", "Sở Lao động - Thương binh và Xã hội"])
q("Hội Khuyến học huyện Mỹ Lộc phối hợp với những phòng nào để hướng dẫn hoạt động của các Trung tâm Học tập cộng đồng?",
  "agency_tasks",
  [(ML, "b) Hội Khuyến học huyện"),
   (ML, "- Phối hợp với Phòng Giáo dục và Đào tạo, Phòng Văn hóa, Thể thao và Du lịch hướng dẫn đẩy mạnh hoạt động của các Trung tâm Học tập cộng đồng.")],
  "Theo mục V.9.b kế hoạch Mỹ Lộc, Hội Khuyến học huyện phối hợp với Phòng Giáo dục và Đào tạo và Phòng Văn hóa, Thể thao và Du lịch hướng dẫn đẩy mạnh hoạt động của các Trung tâm Học tập cộng đồng. (Lưu ý: ở mục V.4 kế hoạch gọi phòng này là “Phòng Văn hóa-Thông tin”.)",
  ["Phòng Giáo dục và Đào tạo", "Phòng Văn hóa, Thể thao và Du lịch"])
q("Ở Mỹ Lộc, việc nâng cao năng lực ngoại ngữ cho cán bộ lực lượng vũ trang được giao cho ai?",
  "agency_tasks",
  [(ML, "6. Công an huyện, Bộ Chỉ huy Quân sự huyện Nâng cao trình độ, năng lực ngoại ngữ cho cán bộ toàn lực lượng vũ trang trên địa bàn huyện.")],
  "Kế hoạch Mỹ Lộc (mục V.6) giao chung cho Công an huyện và Bộ Chỉ huy Quân sự huyện: “Nâng cao trình độ, năng lực ngoại ngữ cho cán bộ toàn lực lượng vũ trang trên địa bàn huyện.”",
  ["Công an huyện", "Bộ Chỉ huy Quân sự huyện"])
q("Ngoài Phòng Văn hóa Khoa học và Thông tin, ở An Lão còn ai được đề nghị triển khai phong trào “Bình dân học vụ số”?",
  "agency_tasks",
  [(AL, "- Chủ trì tham mưu triển khai phong trào “Bình dân học vụ số” trong toàn dân trên địa bàn huyện."),
   (AL, "6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các tổ chức chính trị - xã hội, tổ chức xã hội huyện; các trường học, doanh nghiệp Tích cực vận động cán bộ, hội viên, thành viên tham gia các phong trào học tập phù hợp với từng đối tượng; triển khai hiệu quả các mô hình “Công dân học tập”, “Gia đình học tập”, “Dòng họ học tập”, “Đơn vị học tập”; phong trào “Bình dân học vụ số” trong cơ quan, đơn vị, địa phương.")],
  "Phòng Văn hóa Khoa học và Thông tin chủ trì tham mưu triển khai phong trào “Bình dân học vụ số” trong toàn dân (mục III.3). Ngoài ra, mục III.6 đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các tổ chức chính trị - xã hội, tổ chức xã hội huyện; các trường học, doanh nghiệp triển khai hiệu quả phong trào “Bình dân học vụ số” trong cơ quan, đơn vị, địa phương.",
  ["Ủy ban Mặt trận Tổ quốc", "tổ chức chính trị - xã hội", "các trường học, doanh nghiệp"])
q("Trong kế hoạch Cần Thơ, ngoài Hội Cựu chiến binh thì hội nào cùng được đề nghị huy động hội viên chuyển giao công nghệ?",
  "agency_tasks",
  [(CT, "đ) Đề nghị Hội Cựu chiến binh thành phố, Hội Nông dân thành phố Hướng dẫn các cấp Hội phối hợp tổ chức các hoạt động khuyến học, khuyến tài, xây dựng xã hội học tập theo tinh thần xã hội hóa giáo dục và đào tạo; huy động hội viên tham gia chuyển giao công nghệ, hỗ trợ hoạt động khởi nghiệp, phổ biến kiến thức cho người dân.")],
  "Hội Nông dân thành phố. Mục V.11.đ kế hoạch Cần Thơ đề nghị chung Hội Cựu chiến binh thành phố và Hội Nông dân thành phố hướng dẫn các cấp Hội phối hợp tổ chức hoạt động khuyến học, khuyến tài, xây dựng xã hội học tập; huy động hội viên tham gia chuyển giao công nghệ, hỗ trợ hoạt động khởi nghiệp, phổ biến kiến thức cho người dân.",
  ["Hội Nông dân thành phố", "chuyển giao công nghệ"])
q("Ở Mỹ Lộc, đoàn thể nào được giao vận động phụ nữ và trẻ em gái chưa biết chữ ra học lớp xóa mù chữ?",
  "agency_tasks",
  [(ML, "e) Hội Liên hiệp Phụ nữ huyện Phối hợp với Phòng Giáo dục và Đào tạo tham gia tuyên truyền Kế hoạch"),
   (ML, "vận động, tuyên truyền phụ nữ và trẻ em gái chưa biết chữ ra học các lớp xóa mù chữ, đẩy mạnh hoạt động có hiệu quả đối với “Quỹ học bổng Hoàng Ngân”.")],
  "Hội Liên hiệp Phụ nữ huyện (mục V.9.e kế hoạch Mỹ Lộc): phối hợp với Phòng Giáo dục và Đào tạo tham gia tuyên truyền Kế hoạch; vận động, tuyên truyền phụ nữ và trẻ em gái chưa biết chữ ra học các lớp xóa mù chữ, đẩy mạnh hoạt động “Quỹ học bổng Hoàng Ngân”.",
  ["Hội Liên hiệp Phụ nữ huyện"])
q("Sở Tài chính có task gì trong plan của Huế vậy?",
  "agency_tasks",
  [(HUE, "4. Sở Tài chính Trên cơ sở đề nghị của các cơ quan, đơn vị liên quan và khả năng cân đối ngân sách, tham mưu Ủy ban nhân dân thành phố bố trí kinh phí thực hiện Kế hoạch theo quy định của Luật Ngân sách Nhà nước.")],
  "Trong kế hoạch Huế năm 2026 (mục V.4), Sở Tài chính có một nhiệm vụ: trên cơ sở đề nghị của các cơ quan, đơn vị liên quan và khả năng cân đối ngân sách, tham mưu Ủy ban nhân dân thành phố bố trí kinh phí thực hiện Kế hoạch theo quy định của Luật Ngân sách Nhà nước.",
  ["tham mưu Ủy ban nhân dân thành phố bố trí kinh phí", "Luật Ngân sách Nhà nước"])
q("cho em hỏi liên đoàn lao động huyện mỹ lộc thì có những nhiệm vụ gì ạ",
  "agency_tasks",
  [(ML, "d) Liên đoàn Lao động huyện - Phối hợp với các phòng, ban, ngành liên quan đẩy mạnh các hoạt động phát triển nghề nghiệp cho người lao động; tuyên truyền, vận động, động viên, khuyến khích công nhân, người lao động trong doanh nghiệp học tập nâng cao trình độ, kỹ năng nghề."),
   (ML, "- Chỉ đạo các cấp công đoàn hướng dẫn, hỗ trợ công đoàn cơ sở trong các doanh nghiệp vận động người sử dụng lao động tạo điều kiện về thời gian, vật chất, thành lập quỹ khuyến học, khuyến tài hỗ trợ công nhân, người lao động học tập nâng cao trình độ, kỹ năng nghề nghiệp và hỗ trợ con công nhân, người lao động hiếu học có hoàn cảnh khó khăn, nghèo.")],
  "Liên đoàn Lao động huyện Mỹ Lộc (mục V.9.d) có hai nhiệm vụ: (1) phối hợp với các phòng, ban, ngành liên quan đẩy mạnh các hoạt động phát triển nghề nghiệp cho người lao động; tuyên truyền, vận động công nhân, người lao động trong doanh nghiệp học tập nâng cao trình độ, kỹ năng nghề; (2) chỉ đạo các cấp công đoàn hướng dẫn, hỗ trợ công đoàn cơ sở vận động người sử dụng lao động tạo điều kiện về thời gian, vật chất, thành lập quỹ khuyến học, khuyến tài hỗ trợ công nhân, người lao động và con công nhân hiếu học có hoàn cảnh khó khăn.",
  ["phát triển nghề nghiệp", "thành lập quỹ khuyến học, khuyến tài"])
q("Ở Hà Nội, ngoài Sở GD&ĐT, những cơ quan nào được giao kiểm tra, giám sát việc thực hiện kế hoạch?",
  "agency_tasks",
  [(HN, "- Chủ trì tổ chức kiểm tra, giám sát, đánh giá, tổng hợp, báo cáo hằng năm"),
   (HN, "14. Đề nghị Ban Tuyên giáo Thành ủy"),
   (HN, "- Phối hợp với Sở Giáo dục và Đào tạo kiểm tra, giám sát thực hiện Kế hoạch."),
   (HN, "16. Ủy ban nhân dân quận, huyện, thị xã"),
   (HN, "- Kiểm tra, giám sát, báo cáo tình hình, kết quả thực hiện Kế hoạch của địa phương theo quy định.")],
  "Sở Giáo dục và Đào tạo chủ trì tổ chức kiểm tra, giám sát (V.1). Ngoài Sở, kế hoạch Hà Nội còn giao: Ban Tuyên giáo Thành ủy (được đề nghị, V.14) phối hợp với Sở Giáo dục và Đào tạo kiểm tra, giám sát thực hiện Kế hoạch; và Ủy ban nhân dân quận, huyện, thị xã (V.16) kiểm tra, giám sát, báo cáo tình hình, kết quả thực hiện Kế hoạch của địa phương.",
  ["Ban Tuyên giáo Thành ủy", "Ủy ban nhân dân quận, huyện, thị xã"])
q("Việc phối hợp với Sở GD&ĐT biên soạn, số hóa tài liệu tuyên truyền cho mọi tầng lớp nhân dân ở Hà Nội do đơn vị nào làm?",
  "agency_tasks",
  [(HN, "13. Trường Đại học Thủ đô Hà Nội, các trường Cao đẳng trực thuộc Ủy ban nhân dân Thành phố"),
   (HN, "- Phối hợp với Sở Giáo dục và Đào tạo tổ chức biên soạn, số hóa tài liệu phục vụ hoạt động tuyên truyền, giáo dục kiến thức cho mọi tầng lớp nhân dân.")],
  "Trường Đại học Thủ đô Hà Nội và các trường Cao đẳng trực thuộc Ủy ban nhân dân Thành phố (mục V.13): “Phối hợp với Sở Giáo dục và Đào tạo tổ chức biên soạn, số hóa tài liệu phục vụ hoạt động tuyên truyền, giáo dục kiến thức cho mọi tầng lớp nhân dân.”",
  ["Trường Đại học Thủ đô Hà Nội", "các trường Cao đẳng"])
q("Ai phối hợp với Sở Tài chính Cần Thơ để rà soát, hoàn thiện chính sách huy động nguồn lực xã hội cho khuyến học?",
  "agency_tasks",
  [(CT, "6. Sở Tài chính Chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện rà soát, hoàn thiện các chính sách để tăng cường huy động và đa dạng hóa các nguồn lực xã hội thúc đẩy công tác khuyến học, khuyến tài, xây dựng xã hội học tập.")],
  "Theo mục V.6 kế hoạch Cần Thơ, Sở Tài chính chủ trì, phối hợp với Sở Giáo dục và Đào tạo và Ủy ban nhân dân quận, huyện rà soát, hoàn thiện các chính sách để tăng cường huy động và đa dạng hóa các nguồn lực xã hội thúc đẩy công tác khuyến học, khuyến tài, xây dựng xã hội học tập.",
  ["Sở Giáo dục và Đào tạo", "Ủy ban nhân dân quận, huyện"])

q("Trong mục V.11 của kế hoạch Cần Thơ, những đoàn thể nào KHÔNG được giao phối hợp với Sở Giáo dục và Đào tạo?",
  "agency_tasks",
  [(CT, "11. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các tổ chức chính trị - xã hội"),
   (CT, "a) Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện tham gia giám sát, phản biện xã hội việc triển khai thực hiện Kế hoạch."),
   (CT, "b) Đề nghị Liên đoàn Lao động thành phố phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện đẩy mạnh các hoạt động phát triển nghề nghiệp cho người lao động"),
   (CT, "c) Đề nghị Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố Cần Thơ - Chỉ đạo cho Đoàn thanh niên quận, huyện, phối hợp với chính quyền cơ sở"),
   (CT, "d) Đề nghị Hội Liên hiệp Phụ nữ thành phố chỉ đạo các cấp Hội Phụ nữ tiếp tục vận động tuyên truyền hội viên, phụ nữ cho con đi học đúng độ tuổi"),
   (CT, "đ) Đề nghị Hội Cựu chiến binh thành phố, Hội Nông dân thành phố Hướng dẫn các cấp Hội phối hợp tổ chức các hoạt động khuyến học")],
  "Mục V.11 có năm ý. Chỉ hai ý nêu phối hợp với Sở Giáo dục và Đào tạo: a) Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và b) Liên đoàn Lao động thành phố. Các đoàn thể KHÔNG được giao phối hợp với Sở là: c) Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố Cần Thơ (phối hợp với chính quyền cơ sở và các trường); d) Hội Liên hiệp Phụ nữ thành phố; đ) Hội Cựu chiến binh thành phố, Hội Nông dân thành phố (hướng dẫn các cấp Hội phối hợp tổ chức hoạt động khuyến học). (Hội Người cao tuổi và Hội Khuyến học thành phố nằm ở mục V.12 và V.13, ngoài mục V.11.)",
  ["Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Hội Liên hiệp Phụ nữ", "Hội Cựu chiến binh", "Hội Nông dân"])

q("Hội Khuyến học TP Cần Thơ có task gì trong plan 2024?",
  "agency_tasks",
  [(CT, "13. Đề nghị Hội Khuyến học thành phố Triển khai công tác xây dựng xã hội học tập theo Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ"),
   (CT, "với nhiệm vụ trọng tâm là Bộ tiêu chí đánh giá việc thực hiện xây dựng mô hình xã hội học tập trên địa bàn cấp xã, cấp huyện, cấp tỉnh; Quyết định số 387/QĐ-TTg ngày 25 tháng 3 năm 2022"),
   (CT, "Quyết định số 677/QĐ-TTg ngày 03 tháng 6 năm 2022 của Thủ tướng Chính phủ phê duyệt Chương trình “Xây dựng mô hình công dân học tập giai đoạn 2021 - 2030”")],
  "Trong Kế hoạch 74/KH-BCĐ năm 2024 (mục V.13), Hội Khuyến học thành phố Cần Thơ được đề nghị triển khai công tác xây dựng xã hội học tập theo Quyết định số 1373/QĐ-TTg, với nhiệm vụ trọng tâm là Bộ tiêu chí đánh giá việc thực hiện xây dựng mô hình xã hội học tập trên địa bàn cấp xã, cấp huyện, cấp tỉnh; theo Quyết định số 387/QĐ-TTg (học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị) và Quyết định số 677/QĐ-TTg (mô hình công dân học tập).",
  ["1373/QĐ-TTg", "Bộ tiêu chí", "387/QĐ-TTg", "677/QĐ-TTg"])

# ---------------------------------------------------------------------------------------------------------
# target: ranges and extremes inside one plan, remainders, existence, value reverse lookups, dictation
q("chỉ tiêu phần trăm thấp nhất trong kế hoạch huế năm 2026 là chỉ tiêu nào",
  "target",
  [(HUE, "40% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó có 15% dân số có trình độ đại học trở lên."),
   (HUE, "40% công dân đạt danh hiệu công dân học tập.")],
  "Tỷ lệ thấp nhất trong kế hoạch Huế năm 2026 là 15% dân số có trình độ đại học trở lên (nằm trong chỉ tiêu 40% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật). Nếu chỉ xét các chỉ tiêu đứng riêng thì thấp nhất là 40%: 40% dân số từ 15 tuổi trở lên được đào tạo chuyên môn kỹ thuật và 40% công dân đạt danh hiệu công dân học tập.",
  ["15%", "đại học trở lên", "40%", "công dân học tập"])
q("Năm 2030, không tính các chỉ tiêu 100%, chỉ tiêu nào của Mỹ Lộc cao nhất?",
  "target",
  [ML30,
   (ML, "+ 90% các Trung tâm Học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục.")],
  "Trong mục tiêu đến năm 2030 của Mỹ Lộc, ngoài các chỉ tiêu duy trì 100% về xóa mù chữ, phổ cập, chỉ tiêu cao nhất là 90% các Trung tâm Học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục.",
  ["90%", "Trung tâm Học tập cộng đồng"])
q("Huế năm 2026 phấn đấu có bao nhiêu đơn vị được công nhận “Đơn vị học tập” cấp tỉnh, trong đó bao nhiêu đạt mức độ 2?",
  "target",
  [(HUE, "Có ít nhất 15 đơn vị được công nhận “Đơn vị học tập” cấp tỉnh mức độ 1, trong đó có ít nhất 05 đơn vị đạt mức độ 2.")],
  "Kế hoạch Huế năm 2026 đặt: có ít nhất 15 đơn vị được công nhận “Đơn vị học tập” cấp tỉnh mức độ 1, trong đó có ít nhất 05 đơn vị đạt mức độ 2 (chỉ tiêu tính bằng số đơn vị, không phải phần trăm).",
  ["ít nhất 15 đơn vị", "ít nhất 05 đơn vị", "mức độ 2"])
q("chỉ tiêu nào của mỹ lộc là tám mươi phần trăm vào năm hai không ba mươi",
  "target",
  [ML30,
   (ML, "+ 80% người trong độ tuổi lao động được trang bị kỹ năng sống."),
   (ML, "+ 80% các cơ sở giáo dục phổ thông, cơ sở giáo dục thường xuyên, cơ sở giáo dục nghề nghiệp và các cơ sở giáo dục khác triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường số.")],
  "Đến năm 2030, Mỹ Lộc có hai chỉ tiêu 80%: 80% người trong độ tuổi lao động được trang bị kỹ năng sống, và 80% các cơ sở giáo dục phổ thông, giáo dục thường xuyên, giáo dục nghề nghiệp và cơ sở giáo dục khác triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường số.",
  ["80%", "kỹ năng sống", "môi trường số"])
q("Trừ các chỉ tiêu xóa mù chữ và phổ cập, Mỹ Lộc đặt chỉ tiêu gì về năng lực cơ bản và trình độ của người dân cho năm 2025?",
  "target",
  [ML25,
   (ML, "+ 60% số người trong độ tuổi lao động được trang bị năng lực thông tin."),
   (ML, "+ 60% số người trong độ tuổi lao động được trang bị kỹ năng sống."),
   (ML, "+ Khoảng 50% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó 12% dân số có trình độ đại học trở lên.")],
  "Về năng lực cơ bản và trình độ của người dân, mục tiêu đến năm 2025 của Mỹ Lộc gồm: 60% số người trong độ tuổi lao động được trang bị năng lực thông tin; 60% được trang bị kỹ năng sống; khoảng 50% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó 12% dân số có trình độ đại học trở lên.",
  ["60%", "năng lực thông tin", "kỹ năng sống", "Khoảng 50%", "12%"])
q("Trong nhóm chỉ tiêu về cơ sở giáo dục của Huế năm 2026, có chỉ tiêu nào dưới 100% không?",
  "target",
  [(HUE, "3. Về hiệu quả hoạt động của các cơ sở giáo dục"),
   (HUE, "100% các trường đại học, cao đẳng có triển khai đại học số và xây dựng học liệu số."),
   (HUE, "100% các cơ sở giáo dục phổ thông, cơ sở giáo dục thường xuyên, cơ sở giáo dục nghề nghiệp và các cơ sở giáo dục khác triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường số."),
   (HUE, "100% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục.")],
  "Không. Cả ba chỉ tiêu ở mục II.3 “Về hiệu quả hoạt động của các cơ sở giáo dục” của kế hoạch Huế đều là 100%: 100% các trường đại học, cao đẳng triển khai đại học số và xây dựng học liệu số; 100% các cơ sở giáo dục phổ thông, thường xuyên, nghề nghiệp và khác hoạt động trên môi trường số; 100% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin.",
  ["100%", "đại học số", "môi trường số", "trung tâm học tập cộng đồng"])
q("Kế hoạch Cần Thơ năm 2024 có đặt chỉ tiêu về phổ cập giáo dục mầm non không?",
  "target",
  [(CT, "100% quận, huyện đạt chuẩn phổ cập giáo dục mầm non cho trẻ mẫu giáo;")],
  "Có. Mục tiêu cụ thể năm 2024 của Cần Thơ (mục II.2.a) đặt: 100% quận, huyện đạt chuẩn phổ cập giáo dục mầm non cho trẻ mẫu giáo.",
  ["100%", "phổ cập giáo dục mầm non", "trẻ mẫu giáo"])
q("Trong nhóm xây dựng mô hình học tập năm 2024 của Cần Thơ, chỉ tiêu nào thấp hơn?",
  "target",
  [(CT, "Phần đầu đạt tỷ lệ 55,55% đơn vị được đánh giá, công nhận theo mức độ “Đơn vị học tập” cấp huyện, cấp thành phố;"),
   (CT, "Phần đầu đạt tỷ lệ 80% đơn vị được đánh giá, công nhận theo mức độ “Cộng đồng học tập” cấp xã, huyện, thành phố.")],
  "Nhóm “Xây dựng các mô hình học tập trong xã hội” năm 2024 của Cần Thơ có hai chỉ tiêu; thấp hơn là 55,55% đơn vị được đánh giá, công nhận theo mức độ “Đơn vị học tập” cấp huyện, cấp thành phố (chỉ tiêu còn lại là 80% đơn vị đạt “Cộng đồng học tập” cấp xã, huyện, thành phố).",
  ["55,55%", "Đơn vị học tập", "80%"])
q("Từ mốc 2025 đến mốc 2030, tỷ lệ người trong độ tuổi lao động được trang bị kỹ năng sống của Hà Nội tăng từ bao nhiêu lên bao nhiêu?",
  "target",
  [HN25, (HN, "- 50% số người trong độ tuổi lao động được trang bị kỹ năng sống."),
   HN30, (HN, "- 70% người trong độ tuổi lao động được trang bị kỹ năng sống.")],
  "Kế hoạch Hà Nội đặt 50% số người trong độ tuổi lao động được trang bị kỹ năng sống đến năm 2025 và 70% đến năm 2030.",
  ["50%", "70%", "kỹ năng sống"])
q("dạ cho em hỏi năm hai không hai sáu huế đặt bao nhiêu phần trăm người trong độ tuổi lao động có năng lực công nghệ thông tin ạ",
  "target",
  [(HUE, "87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin.")],
  "Dạ, kế hoạch Huế năm 2026 đặt 87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin (mục II.2).",
  ["87%", "năng lực công nghệ thông tin"])
q("Chỉ tiêu thấp nhất năm 2025 trong kế hoạch Hà Nội là gì?",
  "target",
  [HN25,
   (HN, "50% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật. Trong đó, 12% dân số có trình độ đại học trở lên."),
   (HN, "- 40% quận, huyện, thị xã được công nhận danh hiệu huyện học tập")],
  "Trong mục tiêu đến năm 2025 của Hà Nội, tỷ lệ thấp nhất là 12% dân số có trình độ đại học trở lên (nằm trong chỉ tiêu 50% dân số từ 15 tuổi trở lên được đào tạo chuyên môn kỹ thuật). Nếu chỉ xét chỉ tiêu đứng riêng, thấp nhất là 40% quận, huyện, thị xã được công nhận danh hiệu huyện học tập.",
  ["12%", "đại học trở lên", "40%", "huyện học tập"])
q("Mỹ Lộc đặt tỷ lệ trung tâm học tập cộng đồng ứng dụng CNTT bao nhiêu cho mốc đầu và mốc cuối của kế hoạch?",
  "target",
  [ML25, (ML, "+ 70% các Trung tâm Học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục."),
   ML30, (ML, "+ 90% các Trung tâm Học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục.")],
  "Kế hoạch Mỹ Lộc có hai mốc: đến năm 2025 là 70% các Trung tâm Học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục; đến năm 2030 (mốc cuối) là 90%.",
  ["70%", "90%", "2025", "2030"])

q("ờ mỹ lộc năm hai không hai lăm thì sáu mươi phần trăm là những chỉ tiêu nào",
  "target",
  [ML25,
   (ML, "+ 60% số người trong độ tuổi lao động được trang bị năng lực thông tin."),
   (ML, "+ 60% số người trong độ tuổi lao động được trang bị kỹ năng sống."),
   (ML, "+ 60% các cơ sở giáo dục phổ thông, cơ sở giáo dục thường xuyên, cơ sở giáo dục nghề nghiệp và các cơ sở giáo dục khác triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường số.")],
  "Trong mục tiêu đến năm 2025 của Mỹ Lộc có ba chỉ tiêu 60%: 60% số người trong độ tuổi lao động được trang bị năng lực thông tin; 60% được trang bị kỹ năng sống; 60% các cơ sở giáo dục phổ thông, giáo dục thường xuyên, giáo dục nghề nghiệp và cơ sở giáo dục khác triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường số.",
  ["60%", "năng lực thông tin", "kỹ năng sống", "môi trường số"])

q("Plan Hà Nội có target gì cho trung tâm học tập cộng đồng ứng dụng CNTT đến 2030 không?",
  "target",
  [HN30, (HN, "- 90% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục."),
   HN25, (HN, "- 70% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục.")],
  "Có. Mục tiêu đến năm 2030 của Hà Nội: 90% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục (năm 2025 là 70%).",
  ["90%", "2030", "trung tâm học tập cộng đồng"])

# ---------------------------------------------------------------------------------------------------------
# deadline: reverse lookups from a date, exclusions, dictation, frequency, "mốc cuối cùng"
q("Ở Huế, việc gì phải hoàn thành trong Quý II năm 2026?",
  "deadline",
  [(HUE, "Rà soát, củng cố, kiện toàn hệ thống trung tâm học tập cộng đồng, bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn thành trong Quý II năm 2026")],
  "Theo mục III.5 kế hoạch Huế, việc rà soát, củng cố, kiện toàn hệ thống trung tâm học tập cộng đồng, bảo đảm mỗi xã, phường có ít nhất một trung tâm phải hoàn thành trong Quý II năm 2026.",
  ["trung tâm học tập cộng đồng", "mỗi xã, phường có ít nhất một trung tâm", "Quý II năm 2026"])
q("Ngoài UBND các xã, thị trấn (hạn 10/12), ở Mỹ Lộc còn ai có hạn báo cáo cố định trong tháng 12 hằng năm?",
  "deadline",
  [(ML, "d) Kiểm tra, giám sát và định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo"),
   (ML, "Tổ chức kiểm tra, giám sát và đánh giá, tổng hợp, báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm")],
  "Phòng Giáo dục và Đào tạo: tổ chức kiểm tra, giám sát và đánh giá, tổng hợp, báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm (mục V.1.e). UBND các xã, thị trấn thì gửi báo cáo về Phòng Giáo dục và Đào tạo trước ngày 10 tháng 12 hằng năm (mục V.11.d).",
  ["Phòng Giáo dục và Đào tạo", "15 tháng 12"])
q("hạn báo cáo hằng năm của các sở ngành và ubnd quận huyện ở hà nội là trước ngày nào vậy",
  "deadline",
  [(HN, "định kỳ hàng năm tổng hợp kết quả, báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo để tổng hợp).")],
  "Kế hoạch Hà Nội yêu cầu định kỳ hàng năm tổng hợp kết quả, báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo để tổng hợp).",
  ["01 tháng 12", "Sở Giáo dục và Đào tạo"])
q("Trước ngày 30 tháng 11 hằng năm, ở Mỹ Lộc báo cáo kết quả kiểm tra, giám sát được gửi về đâu?",
  "deadline",
  [(ML, "Tổ chức kiểm tra, giám sát đột xuất và định kỳ, trước ngày 30 tháng 11 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo - Thường trực Ban chỉ đạo xây dựng xã hội học tập huyện tổng hợp, báo cáo theo quy định.")],
  "Theo mục III.8 kế hoạch Mỹ Lộc, trước ngày 30 tháng 11 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo - Thường trực Ban chỉ đạo xây dựng xã hội học tập huyện để tổng hợp, báo cáo theo quy định.",
  ["30 tháng 11", "Phòng Giáo dục và Đào tạo", "Thường trực Ban chỉ đạo"])
q("Ban Thi đua - Khen thưởng Hà Nội tham mưu khen thưởng vào dịp nào?",
  "deadline",
  [(HN, "7. Ban Thi đua - Khen thưởng (Sở Nội vụ) Phối hợp với Sở Giáo dục và Đào tạo, tham mưu trình Ủy ban nhân dân Thành phố khen thưởng cho các tập thể, cá nhân có thành tích trong công tác xây dựng xã hội học tập nhân dịp sơ kết, tổng kết các giai đoạn của Đề án.")],
  "Ban Thi đua - Khen thưởng (Sở Nội vụ) phối hợp với Sở Giáo dục và Đào tạo tham mưu trình Ủy ban nhân dân Thành phố khen thưởng nhân dịp sơ kết, tổng kết các giai đoạn của Đề án (mục V.7). Kế hoạch không ghi ngày cụ thể.",
  ["sơ kết, tổng kết các giai đoạn"])
q("Phòng GD&ĐT An Lão tổng hợp kết quả phong trào “Học tập suốt đời” bao lâu một lần?",
  "deadline",
  [(AL, "Chủ trì tổng hợp kết quả thực hiện phong trào “Học tập suốt đời’, lồng ghép với kết quả xây dựng xã hội học tập trên địa bàn huyện, hằng năm.")],
  "Hằng năm. Phòng Giáo dục và Đào tạo huyện An Lão chủ trì tổng hợp kết quả thực hiện phong trào “Học tập suốt đời”, lồng ghép với kết quả xây dựng xã hội học tập trên địa bàn huyện, hằng năm (kế hoạch không ghi ngày cụ thể).",
  ["hằng năm", "lồng ghép"])
q("Mốc thời gian cuối cùng có chỉ tiêu trong kế hoạch Hà Nội là năm nào, còn năm 2045 thì sao?",
  "deadline",
  [T_HN, HN30, (HN, "- Thành phố được công nhận danh hiệu “Thành phố học tập”.")],
  "Mốc cuối cùng có chỉ tiêu cụ thể là năm 2030 (mục II.2.2 “Mục tiêu cụ thể đến năm 2030”, trong đó có “Thành phố được công nhận danh hiệu “Thành phố học tập””). Năm 2045 chỉ là tầm nhìn trong tên kế hoạch (“từ nay đến năm 2030, tầm nhìn đến năm 2045”), không kèm chỉ tiêu.",
  ["2030", "tầm nhìn đến năm 2045", "Thành phố học tập"])
q("Trong kế hoạch Huế năm 2026, hạn nào rơi vào nửa đầu năm và hạn nào rơi vào nửa cuối năm?",
  "deadline",
  [(HUE, "Rà soát, củng cố, kiện toàn hệ thống trung tâm học tập cộng đồng, bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn thành trong Quý II năm 2026"),
   (HUE, "gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026 để tổng hợp, báo cáo Ủy ban nhân dân thành phố theo quy định.")],
  "Kế hoạch Huế có hai hạn cụ thể: nửa đầu năm — kiện toàn hệ thống trung tâm học tập cộng đồng, bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn thành trong Quý II năm 2026 (mục III.5); nửa cuối năm — Ủy ban nhân dân các xã, phường gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026 (mục V.9). Các việc khác chỉ ghi “định kỳ” hoặc không có hạn.",
  ["Quý II năm 2026", "15/12/2026"])

# ---------------------------------------------------------------------------------------------------------
# funding
q("kinh phí làm kế hoạch học tập suốt đời ở an lão lấy từ đâu ạ",
  "funding",
  [(AL, "Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách nhà nước theo quy định, nguồn thu hợp pháp của các cơ quan, đơn vị và huy động từ các nguồn xã hội hóa.")],
  "Theo mục IV kế hoạch An Lão, kinh phí được bố trí từ ngân sách nhà nước theo quy định, nguồn thu hợp pháp của các cơ quan, đơn vị và huy động từ các nguồn xã hội hóa.",
  ["ngân sách nhà nước", "nguồn thu hợp pháp", "xã hội hóa"])
q("Ở Huế, cấp nào chịu trách nhiệm cân đối, bố trí ngân sách địa phương để làm kế hoạch?",
  "funding",
  [(HUE, "9. Ủy ban nhân dân các xã, phường - Chủ động xây dựng"),
   (HUE, "chịu trách nhiệm cân đối, bố trí ngân sách địa phương và huy động các nguồn kinh phí hợp pháp khác")],
  "Ủy ban nhân dân các xã, phường (mục V.9 kế hoạch Huế) chịu trách nhiệm cân đối, bố trí ngân sách địa phương và huy động các nguồn kinh phí hợp pháp khác để bảo đảm việc triển khai thực hiện.",
  ["Ủy ban nhân dân các xã, phường", "cân đối, bố trí ngân sách địa phương"])
q("Ngoài ngân sách nhà nước, kế hoạch Hà Nội còn huy động kinh phí từ những nguồn nào?",
  "funding",
  [(HN, "Được đảm bảo trong dự toán chi ngân sách nhà nước hàng năm của các đơn vị theo phân cấp ngân sách hiện hành; huy động từ các nguồn tài trợ, đóng góp của doanh nghiệp, tổ chức, cá nhân và các nguồn tài trợ hợp pháp khác theo quy định của pháp luật.")],
  "Ngoài dự toán chi ngân sách nhà nước hàng năm của các đơn vị, kế hoạch Hà Nội (mục IV) huy động từ các nguồn tài trợ, đóng góp của doanh nghiệp, tổ chức, cá nhân và các nguồn tài trợ hợp pháp khác theo quy định của pháp luật.",
  ["nguồn tài trợ", "đóng góp của doanh nghiệp, tổ chức, cá nhân"])
q("Quỹ khuyến học, khuyến tài ở Huế được vận động từ những ai, và yêu cầu quản lý thế nào?",
  "funding",
  [(HUE, "Tiếp tục đa dạng hóa, mở rộng các hình thức vận động, huy động và quản lý, sử dụng hiệu quả Quỹ khuyến học, khuyến tài trên cơ sở vận động sự tham gia của Nhân dân, doanh nghiệp và các nhà tài trợ trong và ngoài nước, bảo đảm đúng quy định, công khai, minh bạch.")],
  "Theo mục III.4 kế hoạch Huế, Quỹ khuyến học, khuyến tài được vận động sự tham gia của Nhân dân, doanh nghiệp và các nhà tài trợ trong và ngoài nước; việc quản lý, sử dụng phải hiệu quả, bảo đảm đúng quy định, công khai, minh bạch.",
  ["Nhân dân, doanh nghiệp và các nhà tài trợ", "công khai, minh bạch"])
q("Phòng Tài chính - Kế hoạch Mỹ Lộc căn cứ vào đâu để tham mưu bố trí kinh phí?",
  "funding",
  [(ML, "5. Phòng Tài chính - Kế hoạch Căn cứ tình hình thực tế của địa phương, tham mưu UBND huyện bố trí kinh phí để thực hiện Kế hoạch theo phân cấp ngân sách hiện hành.")],
  "Theo mục V.5 kế hoạch Mỹ Lộc, Phòng Tài chính - Kế hoạch căn cứ tình hình thực tế của địa phương, tham mưu UBND huyện bố trí kinh phí để thực hiện Kế hoạch theo phân cấp ngân sách hiện hành.",
  ["Căn cứ tình hình thực tế của địa phương", "phân cấp ngân sách hiện hành"])
q("Ở Cần Thơ, ai phải xây dựng dự toán kinh phí thực hiện kế hoạch?",
  "funding",
  [(CT, "Căn cứ vào nhiệm vụ được giao trong Kế hoạch, các sở, ban ngành, đoàn thể có liên quan và Ủy ban nhân dân quận, huyện xây dựng kế hoạch và dự toán kinh phí thực hiện, tổng hợp chung trong kế hoạch dự toán ngân sách hàng năm của đơn vị trình cấp có thẩm quyền phê duyệt.")],
  "Theo mục IV kế hoạch Cần Thơ, căn cứ nhiệm vụ được giao, các sở, ban ngành, đoàn thể có liên quan và Ủy ban nhân dân quận, huyện xây dựng kế hoạch và dự toán kinh phí thực hiện, tổng hợp chung trong dự toán ngân sách hàng năm của đơn vị trình cấp có thẩm quyền phê duyệt.",
  ["các sở, ban ngành, đoàn thể", "Ủy ban nhân dân quận, huyện", "dự toán kinh phí"])

# ---------------------------------------------------------------------------------------------------------
# legal_basis
q("Kế hoạch nào trong các kế hoạch đã nạp được ban hành để thực hiện Kế hoạch 145/KH-UBND của UBND tỉnh Nam Định?",
  "legal_basis",
  [T_ML, (ML, "Thực hiện Kế hoạch số 145/KH- UBND ngày 23/12//2021 của UBND tỉnh Nam Định")],
  "Đó là Kế hoạch thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030” trên địa bàn huyện Mỹ Lộc: kế hoạch mở đầu bằng “Thực hiện Kế hoạch số 145/KH- UBND ngày 23/12//2021 của UBND tỉnh Nam Định” (ngày in nguyên văn trong văn bản).",
  ["huyện Mỹ Lộc", "23/12//2021"])
q("Kế hoạch An Lão dẫn Thông tư nào về đánh giá, công nhận “Cộng đồng học tập”?",
  "legal_basis",
  [(AL, "tham mưu xây dựng mô hình “Cộng đồng học tập” cấp tỉnh theo Thông tư số 25/2023/TT-BGDĐT ngày 27/12/2023 của Bộ Giáo dục và Đào tạo quy định về đánh giá, công nhận “Cộng đồng học tập” cấp xã, huyện, tỉnh")],
  "Thông tư số 25/2023/TT-BGDĐT ngày 27/12/2023 của Bộ Giáo dục và Đào tạo quy định về đánh giá, công nhận “Cộng đồng học tập” cấp xã, huyện, tỉnh (dẫn ở mục III.8, nhiệm vụ của các phòng, ban, ngành huyện).",
  ["25/2023/TT-BGDĐT", "27/12/2023"])
q("Công văn 2430-CV/TU mà kế hoạch Huế nhắc tới là của cơ quan nào, ban hành ngày nào?",
  "legal_basis",
  [(HUE, "Công văn số 2430-CV/TU ngày 19 tháng 6 năm 2023 của Tỉnh ủy Thừa Thiên Huế (nay là Thành ủy Huế) về tăng cường lãnh đạo, chỉ đạo công tác khuyến học, khuyến tài, xây dựng đơn vị học tập, xã hội học tập.")],
  "Công văn số 2430-CV/TU ngày 19 tháng 6 năm 2023 của Tỉnh ủy Thừa Thiên Huế (nay là Thành ủy Huế), về tăng cường lãnh đạo, chỉ đạo công tác khuyến học, khuyến tài, xây dựng đơn vị học tập, xã hội học tập.",
  ["Tỉnh ủy Thừa Thiên Huế", "19 tháng 6 năm 2023"])
q("Quyết định 522/QĐ-TTg được nhắc trong kế hoạch Mỹ Lộc là phê duyệt đề án gì?",
  "legal_basis",
  [(ML, "Kế hoạch số 100/KH-UBND ngày 01/11/2018 của UBND tỉnh về việc thực hiện Quyết định số 522/QĐ-TTg ngày 14/5/2018 của Thủ tướng Chính phủ phê duyệt Đề án “Giáo dục hướng nghiệp và định hướng phân luồng học sinh trong giáo dục phổ thông giai đoạn 2018-2025")],
  "Quyết định số 522/QĐ-TTg ngày 14/5/2018 của Thủ tướng Chính phủ phê duyệt Đề án “Giáo dục hướng nghiệp và định hướng phân luồng học sinh trong giáo dục phổ thông giai đoạn 2018-2025” (nhắc ở mục III.3.e kế hoạch Mỹ Lộc, qua Kế hoạch số 100/KH-UBND của UBND tỉnh).",
  ["Giáo dục hướng nghiệp", "phân luồng học sinh", "14/5/2018"])
q("Chỉ tiêu nào của Hà Nội viện dẫn Quyết định 21/QĐ-TTg?",
  "legal_basis",
  [HN25, (HN, "100% cán bộ chuyên trách về an toàn thông tin, công nghệ thông tin trong các cơ quan nhà nước thuộc Thành phố được đào tạo về kiến thức, kỹ năng, kỹ thuật an toàn thông tin mạng phù hợp theo yêu cầu nghiệp vụ và Quyết định số 21/QĐ-TTg ngày 06/01/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Đào tạo và phát triển nguồn nhân lực an toàn thông tin giai đoạn 2021 – 2025”.")],
  "Chỉ tiêu đến năm 2025: 100% cán bộ chuyên trách về an toàn thông tin, công nghệ thông tin trong các cơ quan nhà nước thuộc Thành phố được đào tạo về kỹ thuật an toàn thông tin mạng theo yêu cầu nghiệp vụ và Quyết định số 21/QĐ-TTg ngày 06/01/2021 của Thủ tướng Chính phủ (Đề án “Đào tạo và phát triển nguồn nhân lực an toàn thông tin giai đoạn 2021 – 2025”).",
  ["100%", "an toàn thông tin", "06/01/2021"])

# ---------------------------------------------------------------------------------------------------------
# purpose
q("Mục đích của kế hoạch Huế có nhắc tới kinh tế số không?",
  "purpose",
  [(HUE, "đẩy mạnh việc triển khai, nhân rộng các mô hình học tập phù hợp với yêu cầu phát triển của nền kinh tế số, xã hội số.")],
  "Có. Mục I.1 kế hoạch Huế nêu mục đích “đẩy mạnh việc triển khai, nhân rộng các mô hình học tập phù hợp với yêu cầu phát triển của nền kinh tế số, xã hội số”.",
  ["kinh tế số, xã hội số", "mô hình học tập"])
q("ke hoach an lao muon viec tu hoc tro thanh cai gi",
  "purpose",
  [(AL, "dần thúc đẩy việc “tự học” trở thành nhu cầu tự thân của mỗi người dân, từ đó nâng cao chất lượng, hiệu quả, hiệu suất trong học tập, lao động")],
  "Mục đích của kế hoạch An Lão là “dần thúc đẩy việc “tự học” trở thành nhu cầu tự thân của mỗi người dân”, từ đó nâng cao chất lượng, hiệu quả, hiệu suất trong học tập, lao động.",
  ["nhu cầu tự thân"])
q("Mục đích kế hoạch Cần Thơ có nói đến cơ chế phối hợp không?",
  "purpose",
  [(CT, "xây dựng cơ chế phối hợp giữa các cấp, các ngành, các tổ chức, doanh nghiệp trong quá trình xây dựng xã hội học tập giai đoạn 2021 - 2030 trên địa bàn thành phố.")],
  "Có. Mục đích (mục I.1) của kế hoạch Cần Thơ gồm việc xây dựng cơ chế phối hợp giữa các cấp, các ngành, các tổ chức, doanh nghiệp trong quá trình xây dựng xã hội học tập giai đoạn 2021 - 2030 trên địa bàn thành phố.",
  ["cơ chế phối hợp", "doanh nghiệp"])
q("Ngoài việc quán triệt Nghị quyết, kế hoạch Hà Nội còn là căn cứ để làm gì?",
  "purpose",
  [(HN, "Là căn cứ để kiểm điểm trách nhiệm của các cấp, các ngành, địa phương, đơn vị trong việc thực hiện các nhiệm vụ được giao.")],
  "Theo mục I, kế hoạch Hà Nội còn “là căn cứ để kiểm điểm trách nhiệm của các cấp, các ngành, địa phương, đơn vị trong việc thực hiện các nhiệm vụ được giao”.",
  ["kiểm điểm trách nhiệm"])
q("Đến năm 2030, mục tiêu chung của Mỹ Lộc hướng tới điều gì cho mọi người dân?",
  "purpose",
  [(ML, "bảo đảm đến năm 2030 mọi người dân đều có cơ hội bình đẳng trong việc tiếp cận hệ thống giáo dục mở, đa dạng, linh hoạt, liên thông, hiện đại")],
  "Mục tiêu chung của Mỹ Lộc là bảo đảm đến năm 2030 mọi người dân đều có cơ hội bình đẳng trong việc tiếp cận hệ thống giáo dục mở, đa dạng, linh hoạt, liên thông, hiện đại.",
  ["cơ hội bình đẳng", "giáo dục mở"])

# ---------------------------------------------------------------------------------------------------------
# task_section: does the plan say anything about a topic (existence), exclusions inside a section
q("Kế hoạch Hà Nội có phần nào riêng về chuyển đổi số không?",
  "task_section",
  [(HN, "3. Đẩy mạnh chuyển đổi số và ứng dụng công nghệ thông tin Đẩy mạnh công tác chuyển đổi số và ứng dụng công nghệ thông tin trong tổ chức các hoạt động học tập suốt đời")],
  "Có. Mục III.3 của kế hoạch Hà Nội là “Đẩy mạnh chuyển đổi số và ứng dụng công nghệ thông tin”: đẩy mạnh công tác chuyển đổi số và ứng dụng công nghệ thông tin trong tổ chức các hoạt động học tập suốt đời.",
  ["Đẩy mạnh chuyển đổi số và ứng dụng công nghệ thông tin", "học tập suốt đời"])
q("Kế hoạch Cần Thơ có nói gì về người khuyết tật không?",
  "task_section",
  [(CT, "hỗ trợ những người hết tuổi lao động, người nội trợ, người khuyết tật có điều kiện thuận lợi để học tập suốt đời."),
   (CT, "đặc biệt là lao động nông thôn, người khuyết tật, người nội trợ, người cao tuổi dễ dàng tiếp cận, nâng cao kỹ năng nghề nghiệp.")],
  "Có, ở hai chỗ trong mục III: III.2.đ — nghiên cứu, đề xuất cơ chế, chính sách hỗ trợ những người hết tuổi lao động, người nội trợ, người khuyết tật có điều kiện thuận lợi để học tập suốt đời; III.3.a (cơ sở giáo dục nghề nghiệp) — đẩy mạnh đào tạo vừa làm vừa học, từ xa, tự học có hướng dẫn để lao động nông thôn, người khuyết tật, người nội trợ, người cao tuổi dễ dàng tiếp cận, nâng cao kỹ năng nghề nghiệp.",
  ["người khuyết tật", "học tập suốt đời", "kỹ năng nghề nghiệp"])
q("Kế hoạch Mỹ Lộc có mục nào về hợp tác quốc tế, trong đó có nhắc tổ chức khu vực nào không?",
  "task_section",
  [(ML, "7. Tăng cường hợp tác quốc tế trong lĩnh vực học tập suốt đời, xây dựng xã hội học tập và phát triển công nghệ đào tạo mở và từ xa"),
   (ML, "Chủ động, tích cực tham gia mạng lưới “Thành phố học tập toàn cầu” do Tổ chức Giáo dục, Khoa học và Văn hóa của Liên hợp quốc (UNESCO) điều hành."),
   (ML, "Củng cố, tăng cường năng lực hoạt động của Trung tâm Khu vực về học tập suốt đời của Hội đồng Bộ trưởng Giáo dục các nước Đông Nam Á tại Việt Nam (SEAMEO CELLL).")],
  "Có. Mục III.7 “Tăng cường hợp tác quốc tế trong lĩnh vực học tập suốt đời, xây dựng xã hội học tập và phát triển công nghệ đào tạo mở và từ xa”; ý đ) nhắc tham gia mạng lưới “Thành phố học tập toàn cầu” của UNESCO và củng cố năng lực Trung tâm Khu vực về học tập suốt đời của Hội đồng Bộ trưởng Giáo dục các nước Đông Nam Á tại Việt Nam (SEAMEO CELLL).",
  ["hợp tác quốc tế", "SEAMEO CELLL"])
q("Trong mục 15 của kế hoạch Hà Nội, trừ Hội Khuyến học ra thì còn những tổ chức nào được đề nghị?",
  "task_section",
  [(HN, "15. Đề nghị các tổ chức chính trị - xã hội, tổ chức xã hội, nghề nghiệp"),
   (HN, "a) Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội và các tổ chức thành viên"),
   (HN, "c) Đoàn thanh niên cộng sản Hồ Chí Minh thành phố Hà Nội"),
   (HN, "d) Hội Liên hiệp phụ nữ Thành phố"),
   (HN, "e) Hội Cựu chiến binh, Hội Nông dân, Hội Người cao tuổi, Hội Cựu giáo chức Thành phố")],
  "Mục V.15 “Đề nghị các tổ chức chính trị - xã hội, tổ chức xã hội, nghề nghiệp” có năm ý; trừ b) Hội Khuyến học Thành phố, còn: a) Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội và các tổ chức thành viên; c) Đoàn thanh niên cộng sản Hồ Chí Minh thành phố Hà Nội; d) Hội Liên hiệp phụ nữ Thành phố; e) Hội Cựu chiến binh, Hội Nông dân, Hội Người cao tuổi, Hội Cựu giáo chức Thành phố.",
  ["Ủy ban Mặt trận Tổ quốc", "Đoàn thanh niên", "Hội Liên hiệp phụ nữ", "Hội Cựu chiến binh", "Hội Nông dân", "Hội Người cao tuổi", "Hội Cựu giáo chức"])
q("Kế hoạch An Lão có nhắc gì đến trí tuệ nhân tạo không?",
  "task_section",
  [(AL, "1. Phòng Giáo dục và Đào tạo - Chủ trì, phối hợp với các phòng, ban, ngành tham mưu"),
   (AL, "các mô hình giáo dục mới theo xu hướng phát triển khoa học công nghệ, trí tuệ nhân tạo AI")],
  "Có, một lần: trong nhiệm vụ của Phòng Giáo dục và Đào tạo (mục III.1), tham mưu phát triển “các mô hình giáo dục mới theo xu hướng phát triển khoa học công nghệ, trí tuệ nhân tạo AI”.",
  ["Phòng Giáo dục và Đào tạo", "trí tuệ nhân tạo AI"])
q("Kế hoạch Huế có nói đến ngoại ngữ không, ở mục nào?",
  "task_section",
  [(HUE, "phát triển năng lực số và năng lực ngoại ngữ cho người dân"),
   (HUE, "bồi dưỡng ngoại ngữ, tin học")],
  "Có, ở hai chỗ trong mục III: III.3 (phong trào thi đua) — “phát triển năng lực số và năng lực ngoại ngữ cho người dân”; III.5 — tổ chức các lớp bồi dưỡng, đào tạo ngắn hạn, trong đó có “bồi dưỡng ngoại ngữ, tin học”.",
  ["năng lực ngoại ngữ", "bồi dưỡng ngoại ngữ, tin học"])

# ---------------------------------------------------------------------------------------------------------
# cross_plan: existence across plans, extremes across plans, reverse lookups across plans, exclusions
q("Trong năm kế hoạch, kế hoạch nào nhắc đến phong trào “Bình dân học vụ số”?",
  "cross_plan",
  [T_AL, (AL, "Phát động và thực hiện phong trào “Bình dân học vụ số” trong toàn dân")],
  "Chỉ có kế hoạch của huyện An Lão (phong trào “Học tập suốt đời”): “Phát động và thực hiện phong trào “Bình dân học vụ số” trong toàn dân” (mục II.3). Bốn kế hoạch còn lại (Huế, Mỹ Lộc, Hà Nội, Cần Thơ) không nhắc tên phong trào này.",
  ["An Lão", "Bình dân học vụ số"])
q("Kế hoạch nào đặt tỷ lệ người trong độ tuổi lao động được trang bị năng lực thông tin / CNTT cao nhất?",
  "cross_plan",
  [T_CT, (CT, "Phần đầu đạt tỷ lệ 90% số người trong độ tuổi lao động được trang bị năng lực về sử dụng công nghệ thông tin"),
   (HUE, "87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin."),
   (ML, "+ 70% người trong độ tuổi lao động được trang bị năng lực thông tin."),
   (HN, "- 70% người trong độ tuổi lao động được trang bị năng lực thông tin.")],
  "Cao nhất là Cần Thơ: 90% số người trong độ tuổi lao động được trang bị năng lực về sử dụng công nghệ thông tin (năm 2024). Tiếp theo là Huế 87% (năm 2026); Mỹ Lộc và Hà Nội đặt 70% cho năm 2030. An Lão không đặt chỉ tiêu này.",
  ["Cần Thơ", "90%", "87%", "70%"])
q("Những kế hoạch nào giao nhiệm vụ về ngoại ngữ cho lực lượng vũ trang?",
  "cross_plan",
  [T_ML, (ML, "6. Công an huyện, Bộ Chỉ huy Quân sự huyện Nâng cao trình độ, năng lực ngoại ngữ cho cán bộ toàn lực lượng vũ trang trên địa bàn huyện."),
   T_CT, (CT, "b) Chỉ đạo nâng cao trình độ, năng lực ngoại ngữ và tiếng dân tộc thiểu số cho lực lượng vũ trang, cán bộ, chiến sĩ quân đội."),
   (CT, "7. Bộ Chỉ huy Quân sự thành phố")],
  "Hai kế hoạch: Mỹ Lộc giao Công an huyện, Bộ Chỉ huy Quân sự huyện nâng cao trình độ, năng lực ngoại ngữ cho cán bộ toàn lực lượng vũ trang trên địa bàn huyện (V.6); Cần Thơ giao Bộ Chỉ huy Quân sự thành phố chỉ đạo nâng cao trình độ, năng lực ngoại ngữ và tiếng dân tộc thiểu số cho lực lượng vũ trang, cán bộ, chiến sĩ quân đội (V.7.b).",
  ["Mỹ Lộc", "Công an huyện", "Cần Thơ", "Bộ Chỉ huy Quân sự thành phố", "tiếng dân tộc thiểu số"])
q("Ngoài Hà Nội, còn kế hoạch nào nói đến việc tham gia mạng lưới “Thành phố học tập” của UNESCO?",
  "cross_plan",
  [T_ML, (ML, "Chủ động, tích cực tham gia mạng lưới “Thành phố học tập toàn cầu” do Tổ chức Giáo dục, Khoa học và Văn hóa của Liên hợp quốc (UNESCO) điều hành."),
   T_CT, (CT, "d) Chủ động, tích cực tham gia mạng lưới “Thành phố học tập toàn cầu” do Tổ chức Giáo dục, Khoa học và Văn hóa của Liên hợp quốc (UNESCO) điều hành.")],
  "Có hai kế hoạch nữa: huyện Mỹ Lộc (mục III.7.đ) và thành phố Cần Thơ (mục III.6.d), cùng một câu: “Chủ động, tích cực tham gia mạng lưới “Thành phố học tập toàn cầu” do Tổ chức Giáo dục, Khoa học và Văn hóa của Liên hợp quốc (UNESCO) điều hành.” Huế và An Lão không nhắc đến.",
  ["Mỹ Lộc", "Cần Thơ", "Thành phố học tập toàn cầu"])
q("Kế hoạch nào giao Liên đoàn Lao động vận động thành lập quỹ khuyến học, khuyến tài trong doanh nghiệp?",
  "cross_plan",
  [T_ML, (ML, "thành lập quỹ khuyến học, khuyến tài hỗ trợ công nhân, người lao động học tập nâng cao trình độ, kỹ năng nghề nghiệp và hỗ trợ con công nhân, người lao động hiếu học có hoàn cảnh khó khăn, nghèo."),
   T_HN, (HN, "9. Liên đoàn Lao động Thành phố - Phối hợp với các Sở, ngành liên quan"),
   (HN, "thành lập quỹ khuyến học, khuyến tài, hỗ trợ công nhân, người lao động học tập nâng cao trình độ, kỹ năng nghề nghiệp và hỗ trợ con công nhân, người lao động hiếu học có hoàn cảnh khó khăn, nghèo.")],
  "Hai kế hoạch: huyện Mỹ Lộc (Liên đoàn Lao động huyện, V.9.d) và Hà Nội (Liên đoàn Lao động Thành phố, V.9): chỉ đạo các cấp công đoàn hỗ trợ công đoàn cơ sở vận động người sử dụng lao động tạo điều kiện về thời gian, vật chất, thành lập quỹ khuyến học, khuyến tài. Liên đoàn Lao động ở Huế và Cần Thơ có nhiệm vụ khác.",
  ["Mỹ Lộc", "Hà Nội", "thành lập quỹ khuyến học, khuyến tài"])
q("Kế hoạch nào nhắc bài viết về “Học tập suốt đời” của Tổng Bí thư Tô Lâm?",
  "cross_plan",
  [T_AL, (AL, "Tuyên truyền rộng rãi bài viết về “Học tập suốt đời” của Tổng Bí thư Tô Lâm")],
  "Chỉ kế hoạch của huyện An Lão: mục II.2 “Tuyên truyền rộng rãi bài viết về “Học tập suốt đời” của Tổng Bí thư Tô Lâm” đến cán bộ, công chức, viên chức, người lao động, học sinh, sinh viên và toàn thể Nhân dân.",
  ["An Lão", "Tổng Bí thư Tô Lâm"])
q("Chỉ tiêu kỹ năng sống thấp nhất trong các kế hoạch là của nơi nào, năm nào?",
  "cross_plan",
  [T_HN, HN25, (HN, "- 50% số người trong độ tuổi lao động được trang bị kỹ năng sống."),
   (ML, "+ 60% số người trong độ tuổi lao động được trang bị kỹ năng sống."),
   (HN, "- 70% người trong độ tuổi lao động được trang bị kỹ năng sống."),
   (ML, "+ 80% người trong độ tuổi lao động được trang bị kỹ năng sống."),
   (HUE, "80% số người trong độ tuổi lao động được trang bị kỹ năng sống."),
   (CT, "Phần đầu đạt tỷ lệ 90% số người trong độ tuổi lao động được trang bị kỹ năng sống;")],
  "Thấp nhất là Hà Nội năm 2025: 50% số người trong độ tuổi lao động được trang bị kỹ năng sống. Các mức khác: Mỹ Lộc 60% (2025) và 80% (2030), Hà Nội 70% (2030), Huế 80% (2026), Cần Thơ 90% (2024); An Lão không đặt chỉ tiêu.",
  ["Hà Nội", "50%", "2025"])

# ---------------------------------------------------------------------------------------------------------
# no_diacritics
q("ngoai so giao duc thi co quan nao o hue phoi hop kiem tra giam sat viec thuc hien ke hoach",
  "no_diacritics",
  [(HUE, "7. Hội Khuyến học thành phố - Chủ trì"),
   (HUE, "Phối hợp với Sở Giáo dục và Đào tạo kiểm tra, giám sát việc thực hiện Kế hoạch."),
   (HUE, "Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với Hội Khuyến học thành phố và các sở, ban, ngành liên quan tổ chức kiểm tra, giám sát công tác xây dựng xã hội học tập")],
  "Ở Huế, Sở Giáo dục và Đào tạo chủ trì kiểm tra, giám sát; cơ quan phối hợp được nêu tên là Hội Khuyến học thành phố (mục V.7: “Phối hợp với Sở Giáo dục và Đào tạo kiểm tra, giám sát việc thực hiện Kế hoạch”), cùng các sở, ban, ngành liên quan (mục III.7).",
  ["Hội Khuyến học thành phố", "các sở, ban, ngành liên quan"])
q("ai chu tri trien khai ke hoach 288/KH-UBND o hue",
  "no_diacritics",
  [(HUE, "2. Sở Văn hóa và Thể thao - Chủ trì, phối hợp với các sở, ngành, địa phương và các tổ chức liên quan triển khai thực hiện Kế hoạch số 288/KH-UBND ngày 25 tháng 8 năm 2023 của Ủy ban nhân dân thành phố về Chương trình “Đẩy mạnh các hoạt động phục vụ học tập suốt đời trong thư viện, bảo tàng, trung tâm văn hóa đến năm 2030”")],
  "Sở Văn hóa và Thể thao (mục V.2 kế hoạch Huế) chủ trì, phối hợp với các sở, ngành, địa phương và các tổ chức liên quan triển khai Kế hoạch số 288/KH-UBND ngày 25 tháng 8 năm 2023 về Chương trình “Đẩy mạnh các hoạt động phục vụ học tập suốt đời trong thư viện, bảo tàng, trung tâm văn hóa đến năm 2030”.",
  ["Sở Văn hóa và Thể thao", "25 tháng 8 năm 2023"])
q("ke hoach my loc co noi gi ve nguoi khuyet tat khong",
  "no_diacritics",
  [(ML, "chính sách hỗ trợ những người hết tuổi lao động, người nội trợ, người khuyết tật có điều kiện thuận lợi để học tập suốt đời"),
   (ML, "lao động nông thôn, người khuyết tật, người nội trợ, người cao tuổi dễ dàng tiếp cận với giáo dục nghề nghiệp"),
   (ML, "c) Triển khai các chương trình, dự án, đề án hỗ trợ đào tạo, đào tạo lại cho các đối tượng: lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động.")],
  "Có, ở ba chỗ: III.3.đ — chính sách hỗ trợ những người hết tuổi lao động, người nội trợ, người khuyết tật có điều kiện thuận lợi để học tập suốt đời; III.4.a — đào tạo từ xa, vừa làm vừa học để lao động nông thôn, người khuyết tật, người nội trợ, người cao tuổi dễ dàng tiếp cận với giáo dục nghề nghiệp; V.2.c — Phòng Lao động - Thương binh và Xã hội triển khai các chương trình hỗ trợ đào tạo, đào tạo lại cho lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động.",
  ["người khuyết tật", "học tập suốt đời", "giáo dục nghề nghiệp", "đào tạo lại"])
q("chi tieu thap nhat nam 2024 cua can tho la chi tieu nao",
  "no_diacritics",
  [(CT, "Phần đầu đạt tỷ lệ 30% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật; trong đó, 15% dân số có trình độ đại học trở lên.")],
  "Tỷ lệ thấp nhất năm 2024 của Cần Thơ là 15% dân số có trình độ đại học trở lên, nằm trong chỉ tiêu phấn đấu 30% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật — 30% cũng là chỉ tiêu đứng riêng thấp nhất (văn bản in “Phần đầu đạt tỷ lệ”).",
  ["15%", "đại học trở lên", "30%", "chuyên môn kỹ thuật"])
q("ha noi dang ky danh hieu thanh pho hoc tap la moc nam nao, con duoc cong nhan la nam nao",
  "no_diacritics",
  [HN25, (HN, "- Đăng ký danh hiệu “Thành phố học tập” theo tiêu chí do cơ quan có thẩm quyền ban hành."),
   HN30, (HN, "- Thành phố được công nhận danh hiệu “Thành phố học tập”.")],
  "Trong mục tiêu đến năm 2025, Hà Nội “Đăng ký danh hiệu “Thành phố học tập” theo tiêu chí do cơ quan có thẩm quyền ban hành”; đến năm 2030, “Thành phố được công nhận danh hiệu “Thành phố học tập””.",
  ["2025", "Đăng ký danh hiệu", "2030", "được công nhận"])
q("doan thanh nien can tho chi dao doan co so phoi hop voi nhung truong nao",
  "no_diacritics",
  [(CT, "- Chỉ đạo các tổ chức Đoàn cơ sở phối hợp tốt với các trường trung học cơ sở, trường trung học phổ thông, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên trong việc đẩy mạnh các hoạt động của tổ chức Đoàn trong nhà trường")],
  "Theo mục V.11.c kế hoạch Cần Thơ, Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố chỉ đạo các tổ chức Đoàn cơ sở phối hợp tốt với các trường trung học cơ sở, trường trung học phổ thông, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên để đẩy mạnh hoạt động của tổ chức Đoàn trong nhà trường.",
  ["trung học cơ sở", "trung học phổ thông", "giáo dục nghề nghiệp - giáo dục thường xuyên"])
q("o an lao phong tai chinh ke hoach phoi hop lap cai gi va bao cao ai",
  "no_diacritics",
  [(AL, "4. Phòng Tài chính - Kế hoạch Phối hợp với các phòng, ban, ngành, đơn vị lập dự toán kinh phí, báo cáo Ủy ban nhân dân huyện cân đối trong nguồn ngân sách, để triển khai thực hiện phong trào “Học tập suốt đời” đạt hiệu quả.")],
  "Phòng Tài chính - Kế hoạch huyện An Lão (mục III.4) phối hợp với các phòng, ban, ngành, đơn vị lập dự toán kinh phí, báo cáo Ủy ban nhân dân huyện cân đối trong nguồn ngân sách để triển khai phong trào “Học tập suốt đời”.",
  ["lập dự toán kinh phí", "Ủy ban nhân dân huyện"])

# ---------------------------------------------------------------------------------------------------------
# abbreviation
q("BCĐ XD XHHT các cấp ở ML phải XD KH gì hằng năm?",
  "abbreviation",
  [(ML, "Ban chỉ đạo xây dựng xã hội học tập các cấp xây dựng kế hoạch kiểm tra, giám sát việc thực hiện kế hoạch xây dựng xã hội học tập hàng năm.")],
  "Theo mục III.8 kế hoạch Mỹ Lộc, Ban chỉ đạo xây dựng xã hội học tập các cấp xây dựng kế hoạch kiểm tra, giám sát việc thực hiện kế hoạch xây dựng xã hội học tập hàng năm.",
  ["kế hoạch kiểm tra, giám sát"])
q("Sở TT&TT TP CT PH với Sở GD&ĐT làm gì về CĐS?",
  "abbreviation",
  [(CT, "4. Sở Thông tin và Truyền thông Chỉ đạo, cung cấp thông tin"),
   (CT, "phối hợp với Sở Giáo dục và Đào tạo triển khai thực hiện hiệu quả chuyển đổi số, đảm bảo hạ tầng kỹ thuật và ứng dụng công nghệ thông tin trong tổ chức các hoạt động học tập suốt đời.")],
  "Sở Thông tin và Truyền thông thành phố Cần Thơ (mục V.4) phối hợp với Sở Giáo dục và Đào tạo triển khai thực hiện hiệu quả chuyển đổi số, đảm bảo hạ tầng kỹ thuật và ứng dụng công nghệ thông tin trong tổ chức các hoạt động học tập suốt đời.",
  ["chuyển đổi số", "hạ tầng kỹ thuật"])
q("UBND Q,H ở CT: ngoài cân đối NS thì còn nv gì?",
  "abbreviation",
  [(CT, "14. Ủy ban nhân dân quận, huyện a) Triển khai thực hiện Kế hoạch phù hợp với kế hoạch phát triển kinh tế - xã hội của địa phương; củng cố, tổ chức kiện toàn Ban Chỉ đạo Xây dựng xã hội học tập - Xóa mù chữ - Phổ cập giáo dục các cấp ở địa phương"),
   (CT, "c) Xây dựng và phát triển các mô hình học tập, ngành nghề đào tạo, các nghề đặc thù cần học tập suốt đời, đáp ứng nhu cầu xã hội và phù hợp quy hoạch của từng địa phương đến năm 2030.")],
  "Ngoài b) cân đối, bố trí ngân sách địa phương, Ủy ban nhân dân quận, huyện ở Cần Thơ (mục V.14) còn: a) triển khai thực hiện Kế hoạch phù hợp với kế hoạch phát triển kinh tế - xã hội của địa phương; củng cố, kiện toàn Ban Chỉ đạo Xây dựng xã hội học tập - Xóa mù chữ - Phổ cập giáo dục các cấp; c) xây dựng và phát triển các mô hình học tập, ngành nghề đào tạo, các nghề đặc thù cần học tập suốt đời đến năm 2030.",
  ["kiện toàn Ban Chỉ đạo", "mô hình học tập, ngành nghề đào tạo"])
q("TTHTCĐ ở HN: tổ chức nào PH với Sở GD&ĐT đẩy mạnh hđ?",
  "abbreviation",
  [(HN, "b) Hội Khuyến học Thành phố"),
   (HN, "- Phối hợp với Sở Giáo dục và Đào tạo đẩy mạnh hoạt động của các trung tâm học tập cộng đồng.")],
  "Hội Khuyến học Thành phố Hà Nội (mục V.15.b): “Phối hợp với Sở Giáo dục và Đào tạo đẩy mạnh hoạt động của các trung tâm học tập cộng đồng.”",
  ["Hội Khuyến học Thành phố"])
q("HKH TP Huế theo dõi, TH KQ MT nào?",
  "abbreviation",
  [(HUE, "Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về “Công dân học tập”.")],
  "Hội Khuyến học thành phố Huế (mục V.7) theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về “Công dân học tập”.",
  ["Công dân học tập"])
q("SGDĐT Huế dự thảo VB của UBND TP gửi cơ quan nào?",
  "abbreviation",
  [(HUE, "Kiểm tra, giám sát và định kỳ báo cáo tình hình, kết quả thực hiện Đề án; dự thảo văn bản của Ủy ban nhân dân thành phố gửi Bộ Giáo dục và Đào tạo.")],
  "Sở Giáo dục và Đào tạo Huế (mục V.1) kiểm tra, giám sát, định kỳ báo cáo và dự thảo văn bản của Ủy ban nhân dân thành phố gửi Bộ Giáo dục và Đào tạo.",
  ["Bộ Giáo dục và Đào tạo"])

# ---------------------------------------------------------------------------------------------------------
# paraphrase
q("Người mới ra tù hay thanh niên vừa xuất ngũ có được ưu tiên học nghề trong kế hoạch Huế không?",
  "paraphrase",
  [(HUE, "chủ trì, phối hợp với các sở, ngành liên quan triển khai các chương trình đào tạo, bồi dưỡng kỹ năng nghề cho người lao động"),
   (HUE, "ưu tiên người chấp hành xong hình phạt tù, thanh niên hoàn thành nghĩa vụ quân sự, nghĩa vụ công an và các nhóm lao động yếu thế trong xã hội")],
  "Có. Trong nhiệm vụ của Sở Giáo dục và Đào tạo (mục V.1), khi triển khai các chương trình đào tạo, bồi dưỡng kỹ năng nghề cho người lao động, kế hoạch Huế ưu tiên người chấp hành xong hình phạt tù, thanh niên hoàn thành nghĩa vụ quân sự, nghĩa vụ công an và các nhóm lao động yếu thế trong xã hội.",
  ["người chấp hành xong hình phạt tù", "hoàn thành nghĩa vụ quân sự"])
q("Cán bộ dám thử cái mới mà lỡ thất bại thì kế hoạch An Lão có cơ chế che chắn cho họ không?",
  "paraphrase",
  [(AL, "2. Phòng Nội vụ - Chủ trì phối hợp"),
   (AL, "nghiên cứu cơ chế, chính sách để khuyến khích cán bộ, công chức, viên chức dám nghĩ, dám làm"),
   (AL, "chính sách bảo vệ cán bộ, miễn trừ trách nhiệm đối với cán bộ tiên phong, thực hiện thí điểm mà kết quả không đạt hoặc chỉ đạt một phần mục tiêu đề ra hoặc gặp rủi ro, xảy ra thiệt hại do nguyên nhân khách quan.")],
  "Có. Phòng Nội vụ huyện An Lão (mục III.2) được giao nghiên cứu cơ chế, chính sách khuyến khích cán bộ dám nghĩ, dám làm, và “chính sách bảo vệ cán bộ, miễn trừ trách nhiệm đối với cán bộ tiên phong, thực hiện thí điểm mà kết quả không đạt hoặc chỉ đạt một phần mục tiêu đề ra hoặc gặp rủi ro, xảy ra thiệt hại do nguyên nhân khách quan”.",
  ["Phòng Nội vụ", "miễn trừ trách nhiệm", "cán bộ tiên phong"])
q("Ở Hà Nội, ai lo phổ biến kiến thức quốc phòng cho các vị chức sắc tôn giáo, già làng, trưởng họ?",
  "paraphrase",
  [(HN, "- Bộ Tư lệnh Thủ đô: tiếp tục tổ chức, tăng cường công tác tuyên truyền, phổ biến giáo dục, bồi dưỡng kiến thức quốc phòng, an ninh cho mọi tầng lớp nhân dân, nhất là những người có uy tín trong cộng đồng dân cư, chức sắc, chức việc tôn giáo, già làng, trưởng họ tộc")],
  "Bộ Tư lệnh Thủ đô (mục V.8 kế hoạch Hà Nội): tuyên truyền, phổ biến giáo dục, bồi dưỡng kiến thức quốc phòng, an ninh cho mọi tầng lớp nhân dân, nhất là những người có uy tín trong cộng đồng dân cư, chức sắc, chức việc tôn giáo, già làng, trưởng họ tộc.",
  ["Bộ Tư lệnh Thủ đô", "kiến thức quốc phòng, an ninh"])
q("Kế hoạch Cần Thơ có kêu gọi kiều bào góp sức cho khuyến học không?",
  "paraphrase",
  [(CT, "Đẩy mạnh vận động, khuyến khích đội ngũ trí thức tài năng là người Việt Nam ở nước ngoài tham gia đóng góp với hoạt động khuyến học, khuyến tài và xây dựng xã hội học tập;")],
  "Có. Mục III.6.c kế hoạch Cần Thơ: “Đẩy mạnh vận động, khuyến khích đội ngũ trí thức tài năng là người Việt Nam ở nước ngoài tham gia đóng góp với hoạt động khuyến học, khuyến tài và xây dựng xã hội học tập.”",
  ["trí thức tài năng", "người Việt Nam ở nước ngoài"])
q("Ở Hà Nội, các sở đưa tài liệu cho Sở GD&ĐT số hóa thì có phải để ý chuyện bản quyền không?",
  "paraphrase",
  [(HN, "11. Các Sở, ngành khác"),
   (HN, "- Có trách nhiệm cung cấp tài liệu học tập về các lĩnh vực theo chức năng, nhiệm vụ của từng Sở, ngành cho Sở Giáo dục và Đào tạo, cơ sở đào tạo đủ điều kiện tổ chức, biên soạn, số hóa tài liệu học tập theo quy định của pháp luật về quyền tác giả và quyền sở hữu trí tuệ")],
  "Có. Mục V.11 “Các Sở, ngành khác” giao trách nhiệm cung cấp tài liệu học tập cho Sở Giáo dục và Đào tạo, cơ sở đào tạo đủ điều kiện tổ chức, biên soạn, số hóa tài liệu học tập “theo quy định của pháp luật về quyền tác giả và quyền sở hữu trí tuệ”.",
  ["quyền tác giả", "quyền sở hữu trí tuệ"])
q("Kế hoạch An Lão có dạy người dân cách tránh bị lừa trên mạng không?",
  "paraphrase",
  [(AL, "Hướng dẫn người dân các kỹ năng khai thác, sử dụng công nghệ số hiệu quả và tự bảo vệ mình trước những nguy cơ, rủi ro trên môi trường số.")],
  "Có, theo nghĩa chung: trong phong trào “Bình dân học vụ số” (mục II.3), kế hoạch An Lão hướng dẫn người dân các kỹ năng khai thác, sử dụng công nghệ số hiệu quả và tự bảo vệ mình trước những nguy cơ, rủi ro trên môi trường số (kế hoạch không nói riêng về lừa đảo).",
  ["tự bảo vệ mình", "rủi ro trên môi trường số"])

# ---------------------------------------------------------------------------------------------------------
# english (key facts are figures, numbers, names or the Vietnamese phrase an English answer quotes)
q("Who drafts the Hue People's Committee's report to the Ministry of Education and Training?",
  "english",
  [(HUE, "1. Sở Giáo dục và Đào tạo - Là cơ quan thường trực"),
   (HUE, "Kiểm tra, giám sát và định kỳ báo cáo tình hình, kết quả thực hiện Đề án; dự thảo văn bản của Ủy ban nhân dân thành phố gửi Bộ Giáo dục và Đào tạo.")],
  "The city Department of Education and Training (Sở Giáo dục và Đào tạo), the standing body of Hue's 2026 plan: it inspects, reports periodically and drafts the People's Committee's document to the Ministry (“dự thảo văn bản của Ủy ban nhân dân thành phố gửi Bộ Giáo dục và Đào tạo”, section V.1).",
  ["Sở Giáo dục và Đào tạo", "dự thảo văn bản"])
q("What's the deadline in Hue for every commune and ward to have a community learning centre?",
  "english",
  [(HUE, "Rà soát, củng cố, kiện toàn hệ thống trung tâm học tập cộng đồng, bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn thành trong Quý II năm 2026")],
  "The second quarter of 2026: the review of the community learning centre network, so that each commune and ward has at least one centre, is to be completed “trong Quý II năm 2026” (section III.5), i.e. by the end of June 2026.",
  ["Quý II năm 2026"])
q("Which resolution governs how money for Hue's plan is managed and spent?",
  "english",
  [(HUE, "Việc quản lý, sử dụng kinh phí thực hiện Kế hoạch thực hiện theo Nghị quyết số 16/2025/NQ-HĐND ngày 16 tháng 7 năm 2025 của Hội đồng nhân dân thành phố quy định nội dung, mức chi thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021–2030” và các quy định hiện hành của pháp luật.")],
  "Resolution No. 16/2025/NQ-HĐND of 16 July 2025 (“ngày 16 tháng 7 năm 2025”) of the city People's Council, which sets the spending contents and levels (“nội dung, mức chi”) for the learning-society scheme, together with other current regulations (section IV).",
  ["16/2025/NQ-HĐND", "16 tháng 7 năm 2025"])
q("In Hanoi's plan, what exactly must the Department of Finance guarantee?",
  "english",
  [(HN, "6. Sở Tài chính - Đảm bảo kinh phí trong dự toán ngân sách hàng năm (theo phân cấp) để thực hiện Kế hoạch theo quy định của Luật Ngân sách Nhà nước.")],
  "Funding within the annual budget estimates: the Sở Tài chính must “Đảm bảo kinh phí trong dự toán ngân sách hàng năm (theo phân cấp)” to implement the plan under the State Budget Law (“Luật Ngân sách Nhà nước”), section V.6.",
  ["dự toán ngân sách hàng năm", "Luật Ngân sách Nhà nước"])
q("Which Hai Phong document is the An Lao plan implementing, and what is its date?",
  "english",
  [(AL, "Thực hiện Kế hoạch số 108 /KH-UBND ngày 06/5/2025 của Ủy ban nhân dân thành phố Hải Phòng")],
  "Plan No. 108/KH-UBND of 06/5/2025 (6 May 2025) of the Hai Phong City People's Committee on the “Học tập suốt đời” movement; the text prints it as “108 /KH-UBND ngày 06/5/2025”.",
  ["108", "06/5/2025"])
q("What Party resolution does Hanoi's plan implement, and when was it issued?",
  "english",
  [(HN, "Triển khai thực hiện Nghị quyết số 23-NQ/TU ngày 16/11/2023 của Thành ủy Hà Nội")],
  "Resolution No. 23-NQ/TU of the Hanoi Party Committee (Thành ủy Hà Nội), dated 16/11/2023, on strengthening the Party's leadership of study promotion and building a learning society to 2030, with a vision to 2045.",
  ["23-NQ/TU", "16/11/2023"])
q("In Can Tho, who runs literacy classes for prisoners, and with whom?",
  "english",
  [(CT, "8. Công an thành phố Chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân và học viên trong các trại giam, trại tạm giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng (nếu có).")],
  "The city police (Công an thành phố) lead, coordinating with the Department of Education and Training (Sở Giáo dục và Đào tạo) and the district People's Committees (Ủy ban nhân dân quận, huyện), to organise literacy, universal-education and vocational classes for inmates, prisoners and students in detention and reform facilities (section V.8, “nếu có”).",
  ["Công an thành phố", "Sở Giáo dục và Đào tạo", "Ủy ban nhân dân quận, huyện"])
q("Does the Hue plan say anything about libraries?",
  "english",
  [(HUE, "2. Sở Văn hóa và Thể thao - Chủ trì, phối hợp với các sở, ngành, địa phương và các tổ chức liên quan triển khai thực hiện Kế hoạch số 288/KH-UBND ngày 25 tháng 8 năm 2023"),
   (HUE, "phát triển, nhân rộng các mô hình học tập suốt đời tại thư viện, bảo tàng, nhà văn hóa, câu lạc bộ trên địa bàn thành phố")],
  "Yes. The Department of Culture and Sports (Sở Văn hóa và Thể thao) implements Plan No. 288/KH-UBND on lifelong-learning services in libraries, museums and cultural centres, and develops and replicates lifelong-learning models “tại thư viện, bảo tàng, nhà văn hóa, câu lạc bộ” (section V.2).",
  ["Sở Văn hóa và Thể thao", "288/KH-UBND", "thư viện"])
q("hey whats the life skills target in hue for twenty twenty six",
  "english",
  [(HUE, "80% số người trong độ tuổi lao động được trang bị kỹ năng sống.")],
  "80%: Hue's 2026 plan aims for 80% of working-age people to be equipped with life skills (“80% số người trong độ tuổi lao động được trang bị kỹ năng sống”, section II.2).",
  ["80%", "kỹ năng sống"])
q("Where should agencies in Can Tho report difficulties that come up during implementation?",
  "english",
  [(CT, "phản ánh về Sở Giáo dục và Đào tạo (Thường trực Ban Chỉ đạo thành phố) để tổng hợp, báo cáo, tham mưu trình Ban Chỉ đạo thành phố xem xét, quyết định")],
  "To the Department of Education and Training, which is the standing office of the city Steering Committee: difficulties are reported “về Sở Giáo dục và Đào tạo (Thường trực Ban Chỉ đạo thành phố)” for consolidation and advice to the Steering Committee.",
  ["Sở Giáo dục và Đào tạo", "Thường trực Ban Chỉ đạo thành phố"])
q("Which target in My Loc's plan is set at 12%?",
  "english",
  [ML25, (ML, "+ Khoảng 50% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó 12% dân số có trình độ đại học trở lên.")],
  "The 2025 share of the population with a university degree or higher: 12% (“12% dân số có trình độ đại học trở lên”), inside the 2025 target of about 50% of people aged 15+ with technical or professional training.",
  ["12%", "đại học trở lên", "2025"])
q("By what date each year must My Loc's communes report, and to whom?",
  "english",
  [(ML, "d) Kiểm tra, giám sát và định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo")],
  "Before 10 December each year (“trước ngày 10 tháng 12 hằng năm”), the commune and town People's Committees send their report to the district Office of Education and Training (Phòng Giáo dục và Đào tạo), section V.11.d.",
  ["10 tháng 12", "Phòng Giáo dục và Đào tạo"])
q("What does the An Lao plan want from heads of agencies and organisations?",
  "english",
  [(AL, "Tăng cường trách nhiệm, xác định nhiệm vụ của người đứng đầu chính quyền, cơ quan, đoàn thể, đơn vị, doanh nghiệp trong việc khuyến khích, tạo điều kiện thuận lợi để mọi người dân được học tập thường xuyên, học tập suốt đời.")],
  "One of its purposes is to strengthen the responsibility and define the duties of the heads (“người đứng đầu”) of government, agencies, unions, units and businesses in encouraging and enabling everyone to study regularly and throughout life (“học tập thường xuyên, học tập suốt đời”).",
  ["người đứng đầu", "học tập suốt đời"])
q("How does Hanoi's target for trained workers holding degrees or certificates change from 2025 to 2030?",
  "english",
  [HN25, (HN, "- 75-80% lao động được qua đào tạo, trong đó lao động có bằng cấp, chứng chỉ đạt 55-60%."),
   HN30, (HN, "- 80-85% lao động được qua đào tạo, trong đó lao động có bằng cấp, chứng chỉ đạt trên 60%.")],
  "By 2025, 75-80% of workers trained, of whom those with degrees or certificates (“bằng cấp, chứng chỉ”) reach 55-60%; by 2030, 80-85% trained, with certified workers above 60% (“trên 60%”).",
  ["55-60%", "trên 60%", "bằng cấp, chứng chỉ"])
q("In Can Tho's plan, which body must consolidate the local Steering Committee at district level?",
  "english",
  [(CT, "14. Ủy ban nhân dân quận, huyện a) Triển khai thực hiện Kế hoạch phù hợp với kế hoạch phát triển kinh tế - xã hội của địa phương; củng cố, tổ chức kiện toàn Ban Chỉ đạo Xây dựng xã hội học tập - Xóa mù chữ - Phổ cập giáo dục các cấp ở địa phương")],
  "The district People's Committees (Ủy ban nhân dân quận, huyện), item V.14.a: they consolidate the “Ban Chỉ đạo Xây dựng xã hội học tập - Xóa mù chữ - Phổ cập giáo dục” at each local level.",
  ["Ủy ban nhân dân quận, huyện", "Ban Chỉ đạo Xây dựng xã hội học tập - Xóa mù chữ - Phổ cập giáo dục"])
q("Which guidance does Hue's plan cite for evaluating community learning centres?",
  "english",
  [(HUE, "Công văn số 2553/BGDĐT-GDTX ngày 18 tháng 4 năm 2013 của Bộ Giáo dục và Đào tạo về đánh giá trung tâm học tập cộng đồng và Công văn số 59/SGDĐT-GDCN-GDTX ngày 12 tháng 01 năm 2017 của Sở Giáo dục và Đào tạo về hướng dẫn đánh giá trung tâm học tập cộng đồng")],
  "Two official letters: the Ministry's Công văn số 2553/BGDĐT-GDTX of 18 April 2013 on evaluating community learning centres, and the provincial Department's Công văn số 59/SGDĐT-GDCN-GDTX of 12 January 2017 guiding that evaluation (section III.5).",
  ["2553/BGDĐT-GDTX", "59/SGDĐT-GDCN-GDTX"])
q("Apart from the state budget, where does Can Tho's plan get its money?",
  "english",
  [(CT, "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước, nguồn tài trợ và các nguồn tài chính hợp pháp khác theo quy định của pháp luật.")],
  "Besides the state budget, from sponsorship (“nguồn tài trợ”) and other lawful financial sources (“các nguồn tài chính hợp pháp khác”), as the law provides (section IV).",
  ["nguồn tài trợ", "các nguồn tài chính hợp pháp khác"])
q("Which of the loaded plans mentions SEAMEO?",
  "english",
  [T_ML, (ML, "Củng cố, tăng cường năng lực hoạt động của Trung tâm Khu vực về học tập suốt đời của Hội đồng Bộ trưởng Giáo dục các nước Đông Nam Á tại Việt Nam (SEAMEO CELLL).")],
  "Only the My Loc district plan (“trên địa bàn huyện Mỹ Lộc”), in section III.7.đ: strengthening the SEAMEO Regional Centre for Lifelong Learning in Vietnam (SEAMEO CELLL).",
  ["Mỹ Lộc", "SEAMEO CELLL"])

# ---------------------------------------------------------------------------------------------------------
# follow_up: corrections inside a conversation ("à nhầm, ý tôi là …", "không phải Sở, là Phòng …",
# "thôi bỏ qua năm, cho tôi cả giai đoạn"), 3-5 turn histories with cite-like assistant turns
GREET = A("Chào anh/chị. Tôi tra cứu năm kế hoạch xây dựng xã hội học tập đã nạp (Huế 2026, Mỹ Lộc 2021-2030, Hà Nội đến 2030, Cần Thơ 2024, An Lão). Anh/chị cần hỏi gì ạ?")

q("à nhầm, ý tôi là Cần Thơ",
  "follow_up",
  [(CT, "2. Sở Nội vụ Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan, Ủy ban nhân dân quận, huyện xây dựng Đề án vị trí việc làm, điều chỉnh vị trí việc làm và cơ cấu viên chức theo chức danh nghề nghiệp trong đơn vị sự nghiệp công lập")],
  "Ở Cần Thơ (Kế hoạch 74/KH-BCĐ năm 2024, mục V.2), Sở Nội vụ chủ trì, phối hợp với các cơ quan, đơn vị có liên quan, Ủy ban nhân dân quận, huyện xây dựng Đề án vị trí việc làm, điều chỉnh vị trí việc làm và cơ cấu viên chức theo chức danh nghề nghiệp trong đơn vị sự nghiệp công lập.",
  ["Đề án vị trí việc làm", "cơ cấu viên chức"],
  history=[GREET, U("Sở Nội vụ Huế có nhiệm vụ gì trong kế hoạch xã hội học tập?"),
           A("Theo kế hoạch năm 2026 của thành phố Huế (mục V.3), Sở Nội vụ: (1) tổ chức thực hiện các nhiệm vụ nhằm đạt mục tiêu đào tạo, bồi dưỡng, nâng cao trình độ chuyên môn, nghiệp vụ cho đội ngũ cán bộ, công chức các cấp; (2) theo dõi, tổ chức triển khai và tổng hợp kết quả mục tiêu về năng lực cơ bản và trình độ của người dân. [000_4550be4bb11189cd.txt]")])
q("à nhầm, ý tôi là Huế chứ không phải Hà Nội",
  "follow_up",
  [(HUE, "2. Sở Văn hóa và Thể thao - Chủ trì, phối hợp với các sở, ngành, địa phương và các tổ chức liên quan triển khai thực hiện Kế hoạch số 288/KH-UBND ngày 25 tháng 8 năm 2023"),
   (HUE, "phát triển, nhân rộng các mô hình học tập suốt đời tại thư viện, bảo tàng, nhà văn hóa, câu lạc bộ trên địa bàn thành phố"),
   (HUE, "Tổ chức đào tạo, bồi dưỡng, nâng cao chất lượng đội ngũ cán bộ, viên chức, người lao động làm việc tại các thiết chế văn hóa – thể thao"),
   (HUE, "Chỉ đạo, hướng dẫn các cơ quan báo chí, truyền thông và hệ thống thông tin cơ sở trên địa bàn thành phố phối hợp với Sở Giáo dục và Đào tạo, Hội Khuyến học thành phố đẩy mạnh công tác tuyên truyền về xây dựng xã hội học tập")],
  "Ở Huế (mục V.2), Sở Văn hóa và Thể thao: chủ trì triển khai Kế hoạch số 288/KH-UBND ngày 25 tháng 8 năm 2023 về Chương trình phục vụ học tập suốt đời trong thư viện, bảo tàng, trung tâm văn hóa; phát triển, nhân rộng các mô hình học tập suốt đời tại thư viện, bảo tàng, nhà văn hóa, câu lạc bộ; tổ chức đào tạo, bồi dưỡng đội ngũ làm việc tại các thiết chế văn hóa – thể thao; chỉ đạo báo chí, truyền thông và hệ thống thông tin cơ sở phối hợp tuyên truyền về xây dựng xã hội học tập.",
  ["288/KH-UBND", "thư viện, bảo tàng, nhà văn hóa, câu lạc bộ", "thiết chế văn hóa – thể thao"],
  history=[U("Sở Văn hóa và Thể thao Hà Nội được giao gì?"),
           A("Theo kế hoạch Hà Nội (mục V.4), Sở Văn hóa và Thể thao chủ trì nhân rộng các mô hình học tập suốt đời trong các thiết chế văn hóa cơ sở (thư viện, bảo tàng, nhà văn hóa, câu lạc bộ…) gắn với phong trào “Gia đình văn hóa”, “Làng văn hóa”…; và đào tạo, bồi dưỡng nguồn nhân lực làm việc trong các thiết chế văn hóa - thể thao. [002_797e8de6131c77f9.txt]"),
           U("ừ, có hạn chót không?"),
           A("Mục V.4 không ghi hạn riêng; kế hoạch Hà Nội chỉ yêu cầu báo cáo kết quả hằng năm trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo). [002_797e8de6131c77f9.txt]")])
q("không phải Sở, là Phòng Lao động - Thương binh và Xã hội ở Mỹ Lộc",
  "follow_up",
  [(ML, "2. Phòng Lao động - Thương binh và Xã hội a) Chủ trì phối hợp với Phòng Giáo dục và Đào tạo và các phòng, ban, ngành liên quan triển khai thực hiện các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động; hỗ trợ học tập cho người bị thiệt thòi, yếu thế trong xã hội."),
   (ML, "Nhân rộng các mô hình đào tạo, đào tạo lại nghề nghiệp cho người lao động trong các doanh nghiệp; phát triển ngành nghề đào tạo phù hợp với quy hoạch của tỉnh"),
   (ML, "c) Triển khai các chương trình, dự án, đề án hỗ trợ đào tạo, đào tạo lại cho các đối tượng: lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động.")],
  "Phòng Lao động - Thương binh và Xã hội huyện Mỹ Lộc (mục V.2) có ba nhiệm vụ: a) chủ trì phối hợp với Phòng Giáo dục và Đào tạo triển khai các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động; hỗ trợ học tập cho người bị thiệt thòi, yếu thế; b) nhân rộng các mô hình đào tạo, đào tạo lại nghề nghiệp trong các doanh nghiệp, phát triển ngành nghề đào tạo phù hợp với quy hoạch của tỉnh; c) triển khai các chương trình hỗ trợ đào tạo, đào tạo lại cho lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động.",
  ["đào tạo kỹ năng nghề nghiệp mới", "đào tạo lại", "người khuyết tật"],
  history=[U("Sở Lao động - Thương binh và Xã hội có nhiệm vụ gì?"),
           A("Anh/chị hỏi kế hoạch nào ạ? Trong các kế hoạch đã nạp, Sở Lao động - Thương binh và Xã hội có nhiệm vụ ở Hà Nội (mục V.2) và Cần Thơ (mục V.3)."),
           U("Hà Nội"),
           A("Ở Hà Nội (mục V.2), Sở Lao động - Thương binh và Xã hội chủ trì xây dựng các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động; nhân rộng mô hình đào tạo lại nghề nghiệp trong doanh nghiệp; xây dựng các chương trình hỗ trợ đào tạo cho lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động. [002_797e8de6131c77f9.txt]")])
q("thôi bỏ qua năm, cho tôi cả giai đoạn",
  "follow_up",
  [HN25, (HN, "- 80-85% trường công lập đạt chuẩn quốc gia;"),
   HN30, (HN, "- 85-90% trường công lập đạt chuẩn quốc gia.")],
  "Kế hoạch Hà Nội có hai mốc cho chỉ tiêu này: 80-85% trường công lập đạt chuẩn quốc gia đến năm 2025 và 85-90% đến năm 2030 (tầm nhìn 2045 không có con số).",
  ["80-85%", "85-90%", "2025", "2030"],
  history=[GREET, U("Hà Nội năm 2030 trường công lập đạt chuẩn quốc gia bao nhiêu?"),
           A("Đến năm 2030, kế hoạch Hà Nội đặt 85-90% trường công lập đạt chuẩn quốc gia (mục II.2.2.b). [002_797e8de6131c77f9.txt]")])
q("không phải Hội Phụ nữ, ý tôi là Hội Nông dân",
  "follow_up",
  [(HN, "e) Hội Cựu chiến binh, Hội Nông dân, Hội Người cao tuổi, Hội Cựu giáo chức Thành phố Hướng dẫn các cấp hội phối hợp tổ chức các hoạt động khuyến học, khuyến tài, xây dựng xã hội học tập theo tinh thần xã hội hoá giáo dục và đào tạo; huy động hội viên tham gia chuyển giao công nghệ, hỗ trợ hoạt động khởi nghiệp, phổ biến kiến thức cho người dân.")],
  "Ở Hà Nội, Hội Nông dân không có mục riêng mà được đề nghị chung với Hội Cựu chiến binh, Hội Người cao tuổi, Hội Cựu giáo chức Thành phố (mục V.15.e): hướng dẫn các cấp hội phối hợp tổ chức các hoạt động khuyến học, khuyến tài, xây dựng xã hội học tập theo tinh thần xã hội hoá giáo dục và đào tạo; huy động hội viên tham gia chuyển giao công nghệ, hỗ trợ hoạt động khởi nghiệp, phổ biến kiến thức cho người dân.",
  ["Hội Cựu chiến binh", "chuyển giao công nghệ", "khởi nghiệp"],
  history=[GREET, U("Trong kế hoạch Hà Nội, Hội Liên hiệp phụ nữ Thành phố làm gì?"),
           A("Hội Liên hiệp phụ nữ Thành phố (mục V.15.d) phối hợp với Sở Giáo dục và Đào tạo tuyên truyền Kế hoạch, lồng ghép tuyên truyền trong phong trào “Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc”; vận động phụ nữ và trẻ em gái ở vùng đồng bào dân tộc thiểu số chưa biết chữ ra học các lớp xóa mù chữ. [002_797e8de6131c77f9.txt]"),
           U("có phải phối hợp với sở nào không"),
           A("Có, với Sở Giáo dục và Đào tạo (mục V.15.d). [002_797e8de6131c77f9.txt]")])
q("à nhầm, ý tôi là Bộ Chỉ huy Quân sự thành phố",
  "follow_up",
  [(CT, "7. Bộ Chỉ huy Quân sự thành phố a) Chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện đẩy mạnh tuyên truyền về học tập suốt đời, xây dựng xã hội học tập trong lực lượng vũ trang, cán bộ, chiến sĩ quân đội;"),
   (CT, "b) Chỉ đạo nâng cao trình độ, năng lực ngoại ngữ và tiếng dân tộc thiểu số cho lực lượng vũ trang, cán bộ, chiến sĩ quân đội.")],
  "Bộ Chỉ huy Quân sự thành phố Cần Thơ (mục V.7): a) chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện đẩy mạnh tuyên truyền về học tập suốt đời, xây dựng xã hội học tập trong lực lượng vũ trang, cán bộ, chiến sĩ quân đội; b) chỉ đạo nâng cao trình độ, năng lực ngoại ngữ và tiếng dân tộc thiểu số cho lực lượng vũ trang, cán bộ, chiến sĩ quân đội.",
  ["tuyên truyền về học tập suốt đời", "ngoại ngữ và tiếng dân tộc thiểu số"],
  history=[U("Công an thành phố Cần Thơ được giao gì?"),
           A("Công an thành phố Cần Thơ (mục V.8) chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân và học viên trong các trại giam, trại tạm giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng (nếu có). [003_1a817ee72b993e3e.txt]"),
           U("ok"),
           A("Anh/chị cần tra thêm cơ quan nào khác trong kế hoạch Cần Thơ không ạ?")])
q("không phải Phòng Nội vụ, là Hội Khuyến học huyện",
  "follow_up",
  [(AL, "5. Hội Khuyến học huyện Phối hợp với các phòng, ban, ngành, đoàn thể tuyên truyền về tư tưởng, vai trò của “Học tập suốt đời”, công tác xây dựng xã hội học tập thông qua các hình thức phù hợp."),
   (AL, "Tích cực triển khai phong trào đẩy mạnh “Học tập suốt đời”. Phát động các phong trào khuyến học, khuyến tài gắn với nội dung, quan điểm chỉ đạo của Tổng Bí thư; chú trọng biểu dương, nhân rộng những mô hình, tấm gương sáng về tinh thần “Học tập suốt đời”.")],
  "Hội Khuyến học huyện An Lão (mục III.5): phối hợp với các phòng, ban, ngành, đoàn thể tuyên truyền về tư tưởng, vai trò của “Học tập suốt đời”, công tác xây dựng xã hội học tập; tích cực triển khai phong trào đẩy mạnh “Học tập suốt đời”; phát động các phong trào khuyến học, khuyến tài gắn với quan điểm chỉ đạo của Tổng Bí thư; chú trọng biểu dương, nhân rộng những mô hình, tấm gương sáng.",
  ["tuyên truyền về tư tưởng, vai trò", "biểu dương, nhân rộng"],
  history=[GREET, U("Ở An Lão, Phòng Nội vụ phải làm gì?"),
           A("Phòng Nội vụ huyện An Lão (mục III.2) chủ trì tham mưu Ủy ban nhân dân huyện kế hoạch, kinh phí, tổ chức đào tạo, bồi dưỡng cán bộ, công chức, viên chức; chủ trì khảo sát, đánh giá chất lượng đội ngũ, nghiên cứu khung tiêu chí đánh giá và chính sách bảo vệ cán bộ dám nghĩ, dám làm. [004_b1b28019b71edc03.txt]")])
q("à không, tôi hỏi Mỹ Lộc năm 2030",
  "follow_up",
  [ML30, (ML, "+ 60% công dân đạt danh hiệu công dân học tập."),
   ML25, (ML, "+ 40% công dân đạt danh hiệu công dân học tập theo tiêu chí do cơ quan có thẩm quyền ban hành.")],
  "Ở Mỹ Lộc, mục tiêu đến năm 2030 là 60% công dân đạt danh hiệu công dân học tập (năm 2025 là 40%).",
  ["60%", "công dân học tập"],
  history=[U("Huế đặt chỉ tiêu công dân học tập bao nhiêu?"),
           A("Kế hoạch Huế năm 2026 đặt 40% công dân đạt danh hiệu công dân học tập (mục II.4). [000_4550be4bb11189cd.txt]"),
           U("đó là chỉ tiêu năm nào?"),
           A("Năm 2026 — kế hoạch Huế đã nạp là kế hoạch của một năm 2026; Hội Khuyến học thành phố theo dõi, tổng hợp kết quả mục tiêu “Công dân học tập” (mục V.7). [000_4550be4bb11189cd.txt]")])
q("thế còn Huế thì hạn gửi báo cáo là khi nào",
  "follow_up",
  [(HUE, "gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026 để tổng hợp, báo cáo Ủy ban nhân dân thành phố theo quy định.")],
  "Ở Huế, Ủy ban nhân dân các xã, phường định kỳ tổng hợp, gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026 để tổng hợp, báo cáo Ủy ban nhân dân thành phố (mục V.9).",
  ["15/12/2026", "Sở Giáo dục và Đào tạo"],
  history=[U("Hà Nội yêu cầu báo cáo kết quả hằng năm trước ngày nào?"),
           A("Định kỳ hàng năm tổng hợp kết quả, báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo để tổng hợp). [002_797e8de6131c77f9.txt]"),
           U("ai phải báo cáo"),
           A("Đoạn kết của kế hoạch Hà Nội giao cho các Sở, ngành, đơn vị và Ủy ban nhân dân quận, huyện, thị xã xây dựng kế hoạch thực hiện và báo cáo hằng năm theo hạn đó. [002_797e8de6131c77f9.txt]")])
q("sorry, I meant the Hanoi one. What does the city labour federation do there?",
  "follow_up",
  [(HN, "9. Liên đoàn Lao động Thành phố - Phối hợp với các Sở, ngành liên quan tiếp tục đẩy mạnh các hoạt động phát triển nghề nghiệp cho người lao động; tuyên truyền, vận động, động viên, khuyến khích công nhân, người lao động trong các doanh nghiệp học tập nâng cao trình độ, kỹ năng nghề nghiệp."),
   (HN, "thành lập quỹ khuyến học, khuyến tài, hỗ trợ công nhân, người lao động học tập nâng cao trình độ, kỹ năng nghề nghiệp và hỗ trợ con công nhân, người lao động hiếu học có hoàn cảnh khó khăn, nghèo.")],
  "In Hanoi's plan (section V.9) the Liên đoàn Lao động Thành phố (1) coordinates with departments to push “phát triển nghề nghiệp” (career development) for workers and encourages workers in enterprises to raise their skills; (2) directs trade unions to help grassroots unions persuade employers to give time and material support and to set up study-promotion funds (“thành lập quỹ khuyến học, khuyến tài”) for workers and their children.",
  ["phát triển nghề nghiệp", "thành lập quỹ khuyến học, khuyến tài"],
  history=[U("Liên đoàn Lao động thành phố Huế làm gì?"),
           A("Liên đoàn Lao động thành phố Huế (mục V.8) chủ trì, phối hợp các sở, ngành, địa phương tổ chức thực hiện Kế hoạch số 147/KH-UBND ngày 17 tháng 4 năm 2023 về Chương trình “Đẩy mạnh các hoạt động học tập suốt đời trong công nhân lao động tại các doanh nghiệp đến năm 2030”. [000_4550be4bb11189cd.txt]"),
           U("ok"),
           A("Anh/chị cần thêm thông tin gì nữa không ạ?")])
q("and My Loc's?",
  "follow_up",
  [(ML, "1. Kinh phí thực hiện Kế hoạch từ nguồn ngân sách nhà nước theo phân cấp ngân sách nhà nước hiện hành."),
   (ML, "2. Huy động từ các nguồn tài trợ, đóng góp của các tổ chức, doanh nghiệp và các nguồn tài trợ hợp pháp khác.")],
  "My Loc's plan (section IV) names two sources: (1) the state budget under the current budget decentralisation (“nguồn ngân sách nhà nước theo phân cấp”); (2) mobilised sponsorship and contributions of organisations and businesses and other lawful sources (“các nguồn tài trợ, đóng góp của các tổ chức, doanh nghiệp”).",
  ["ngân sách nhà nước", "các nguồn tài trợ, đóng góp"],
  history=[GREET, U("What are the funding sources in Hue's plan?"),
           A("Hue's 2026 plan (section IV) is funded from the state budget under the current budget decentralisation and other lawful sources, plus lawful sponsorship and contributions of organisations, businesses and individuals; spending follows Resolution 16/2025/NQ-HĐND. [000_4550be4bb11189cd.txt]")])
q("thôi bỏ qua mục đích, cho tôi các văn bản căn cứ",
  "follow_up",
  [(HUE, "Thực hiện Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030” và Kế hoạch số 336/KH-UBND ngày 27 tháng 10 năm 2021 của Ủy ban nhân dân tỉnh Thừa Thiên Huế")],
  "Kế hoạch Huế năm 2026 được ban hành để thực hiện Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030” và Kế hoạch số 336/KH-UBND ngày 27 tháng 10 năm 2021 của Ủy ban nhân dân tỉnh Thừa Thiên Huế (nay là thành phố Huế).",
  ["1373/QĐ-TTg", "336/KH-UBND"],
  history=[U("Mục đích của kế hoạch Huế năm 2026 là gì?"),
           A("Mục I.1 nêu ba mục đích: tiếp tục triển khai có hiệu quả chủ trương, chính sách về xây dựng xã hội học tập; nâng cao nhận thức, trách nhiệm và nhân rộng mô hình học tập phù hợp với kinh tế số, xã hội số; duy trì, nâng cao chất lượng các mô hình học tập. [000_4550be4bb11189cd.txt]"),
           U("dài quá"),
           A("Tóm lại: thúc đẩy học tập suốt đời, nâng cao nhận thức và chất lượng các mô hình học tập. [000_4550be4bb11189cd.txt]")])
q("à nhầm, tôi định hỏi Huế năm 2026 chứ không phải Cần Thơ",
  "follow_up",
  [(HUE, "40% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó có 15% dân số có trình độ đại học trở lên.")],
  "Kế hoạch Huế năm 2026 cũng đặt 15% dân số có trình độ đại học trở lên, trong chỉ tiêu 40% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật (mục II.2).",
  ["15%", "40%"],
  history=[U("Tỷ lệ dân số có trình độ đại học trở lên trong kế hoạch Cần Thơ?"),
           A("Năm 2024, Cần Thơ phấn đấu 30% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật; trong đó 15% dân số có trình độ đại học trở lên (mục II.2.b). [003_1a817ee72b993e3e.txt]"),
           U("vậy là năm 2024 nhỉ"),
           A("Đúng, đó là mục tiêu cụ thể năm 2024 của Kế hoạch 74/KH-BCĐ. [003_1a817ee72b993e3e.txt]")])
q("à nhầm, Đoàn thanh niên Cần Thơ cơ",
  "follow_up",
  [(CT, "c) Đề nghị Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố Cần Thơ - Chỉ đạo cho Đoàn thanh niên quận, huyện, phối hợp với chính quyền cơ sở thực hiện tốt công tác nắm chắc số lượng đoàn viên và thanh, thiếu niên trong độ tuổi"),
   (CT, "tổ chức các hoạt động phù hợp, thiết thực để động viên, cảm hóa những đoàn viên có biểu hiện thiếu tích cực trong học tập; thường xuyên vận động số đoàn viên, đội viên bỏ học giữa chừng đến trường, ra lớp;"),
   (CT, "- Chỉ đạo các tổ chức Đoàn cơ sở phối hợp tốt với các trường trung học cơ sở, trường trung học phổ thông, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên")],
  "Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố Cần Thơ (mục V.11.c): chỉ đạo Đoàn thanh niên quận, huyện phối hợp với chính quyền cơ sở nắm chắc số lượng đoàn viên và thanh, thiếu niên trong độ tuổi; động viên, cảm hóa đoàn viên thiếu tích cực trong học tập; thường xuyên vận động đoàn viên, đội viên bỏ học giữa chừng đến trường, ra lớp; và chỉ đạo Đoàn cơ sở phối hợp với các trường THCS, THPT, trung tâm GDNN-GDTX.",
  ["nắm chắc số lượng đoàn viên", "bỏ học giữa chừng"],
  history=[GREET, U("Đoàn thanh niên huyện Mỹ Lộc có nhiệm vụ gì?"),
           A("Đoàn TNCS Hồ Chí Minh huyện Mỹ Lộc (mục V.9.c) phối hợp, lồng ghép tuyên truyền về học tập suốt đời qua các phong trào của thanh niên; vận động gây quỹ hỗ trợ thanh niên có hoàn cảnh khó khăn tham gia học tập. [001_7bafa58816a5de75.txt]")])
q("còn phần ngân sách thì xã làm gì",
  "follow_up",
  [(AL, "- Tổng hợp dự toán hàng năm, bố trí và phân bổ ngân sách theo kế hoạch cho công tác khuyến học, khuyến tài, xây dựng xã hội học tập và học tập suốt đời tại địa phương.")],
  "Về ngân sách, Ủy ban nhân dân xã, thị trấn ở An Lão (mục III.9) tổng hợp dự toán hàng năm, bố trí và phân bổ ngân sách theo kế hoạch cho công tác khuyến học, khuyến tài, xây dựng xã hội học tập và học tập suốt đời tại địa phương.",
  ["Tổng hợp dự toán hàng năm", "phân bổ ngân sách"],
  history=[U("UBND xã, thị trấn ở An Lão phải làm những gì?"),
           A("Mục III.9 kế hoạch An Lão giao Ủy ban nhân dân xã, thị trấn: triển khai các chương trình, đề án của thành phố về giáo dục, khuyến học; xây dựng kế hoạch phong trào “Học tập suốt đời” tại địa phương; đẩy mạnh các mô hình “Công dân học tập”, “Gia đình học tập”, “Dòng họ học tập”, “Đơn vị học tập”, “Cộng đồng học tập”; tăng cường nguồn lực cho trung tâm học tập cộng đồng… [004_b1b28019b71edc03.txt]"),
           U("có phải báo cáo không"),
           A("Có: định kỳ báo cáo tình hình thực hiện kế hoạch gửi Phòng Giáo dục và Đào tạo tổng hợp báo cáo Ủy ban nhân dân huyện (mục III.9); kế hoạch không ghi ngày cụ thể. [004_b1b28019b71edc03.txt]")])
q("không phải Huế, tôi hỏi Hà Nội",
  "follow_up",
  [(HN, "6. Sở Tài chính - Đảm bảo kinh phí trong dự toán ngân sách hàng năm (theo phân cấp) để thực hiện Kế hoạch theo quy định của Luật Ngân sách Nhà nước."),
   (HN, "- Chủ trì, hướng dẫn các Sở, ngành liên quan về cơ chế tài chính triển khai thực hiện các nhiệm vụ của Kế hoạch theo đúng quy định của Luật Ngân sách Nhà nước."),
   (HN, "- Phối hợp với các Sở, ngành liên quan rà soát, hoàn thiện các chính sách để tăng cường huy động và đa dạng hóa các nguồn lực xã hội thúc đẩy công tác khuyến học, khuyến tài, xây dựng xã hội học tập")],
  "Ở Hà Nội (mục V.6), Sở Tài chính có ba nhiệm vụ: đảm bảo kinh phí trong dự toán ngân sách hàng năm (theo phân cấp) để thực hiện Kế hoạch; chủ trì, hướng dẫn các Sở, ngành về cơ chế tài chính triển khai các nhiệm vụ của Kế hoạch theo Luật Ngân sách Nhà nước; phối hợp rà soát, hoàn thiện chính sách để tăng cường huy động và đa dạng hóa các nguồn lực xã hội.",
  ["dự toán ngân sách hàng năm", "cơ chế tài chính", "đa dạng hóa các nguồn lực xã hội"],
  history=[GREET, U("Sở Tài chính làm gì trong kế hoạch xã hội học tập?"),
           A("Trong kế hoạch Huế năm 2026 (mục V.4), Sở Tài chính, trên cơ sở đề nghị của các cơ quan, đơn vị và khả năng cân đối ngân sách, tham mưu Ủy ban nhân dân thành phố bố trí kinh phí thực hiện Kế hoạch theo Luật Ngân sách Nhà nước. [000_4550be4bb11189cd.txt]"),
           U("ừm"),
           A("Anh/chị có muốn xem Sở Tài chính ở kế hoạch khác không ạ?")])
q("không phải Hà Nội, tôi hỏi Cần Thơ, và chỉ phần khen thưởng thôi",
  "follow_up",
  [(CT, "c) Tham mưu Ủy ban nhân dân thành phố tôn vinh, khen thưởng những tấm gương tiêu biểu về tự học thành tài, các tổ chức, cá nhân có nhiều đóng góp cho công tác xây dựng xã hội học tập theo quy định")],
  "Về khen thưởng, Sở Giáo dục và Đào tạo Cần Thơ (mục V.1.c) tham mưu Ủy ban nhân dân thành phố tôn vinh, khen thưởng những tấm gương tiêu biểu về tự học thành tài, các tổ chức, cá nhân có nhiều đóng góp cho công tác xây dựng xã hội học tập theo quy định.",
  ["tôn vinh, khen thưởng", "tự học thành tài"],
  history=[U("Sở GD&ĐT có những nhiệm vụ gì?"),
           A("Trong kế hoạch Hà Nội (mục V.1), Sở Giáo dục và Đào tạo là cơ quan thường trực: điều phối, hướng dẫn tổ chức thực hiện Kế hoạch; chủ trì các nhiệm vụ thuộc lĩnh vực giáo dục và đào tạo, giao lưu, hợp tác về học tập suốt đời; chủ trì kiểm tra, giám sát, báo cáo hằng năm, sơ kết, tổng kết, đề xuất khen thưởng; tham mưu kế hoạch đăng ký “Thành phố học tập”. [002_797e8de6131c77f9.txt]"),
           U("dài quá"),
           A("Tóm tắt: thường trực, điều phối; kiểm tra, báo cáo hằng năm; đề xuất khen thưởng; đăng ký “Thành phố học tập”. [002_797e8de6131c77f9.txt]")])
q("thôi khỏi tách năm, cho tôi cả hai mốc luôn",
  "follow_up",
  [ML25, (ML, "+ Khoảng 50% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó 12% dân số có trình độ đại học trở lên."),
   ML30, (ML, "+ 70% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó 15% dân số có trình độ đại học trở lên.")],
  "Kế hoạch Mỹ Lộc: đến năm 2025, 12% dân số có trình độ đại học trở lên (trong khoảng 50% dân số từ 15 tuổi trở lên được đào tạo chuyên môn kỹ thuật); đến năm 2030, 15% (trong 70%).",
  ["12%", "15%", "2025", "2030"],
  history=[GREET, U("Mỹ Lộc năm 2025 đặt bao nhiêu phần trăm dân số có trình độ đại học trở lên?"),
           A("Đến năm 2025, Mỹ Lộc đặt 12% dân số có trình độ đại học trở lên, trong chỉ tiêu khoảng 50% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật (mục II.2.a). [001_7bafa58816a5de75.txt]")])
q("còn ở Huế thì Mặt trận được đề nghị gì?",
  "follow_up",
  [(HUE, "6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các Đoàn thể chính trị - xã hội, các Hội xã hội Tổ chức vận động cán bộ, công chức, viên chức, người lao động, đoàn viên, hội viên và quần chúng Nhân dân tham gia, hưởng ứng học tập thường xuyên, học tập suốt đời, phong trào thi đua về công tác khuyến học, khuyến tài, xây dựng xã hội học tập.")],
  "Ở Huế (mục V.6), Ủy ban Mặt trận Tổ quốc Việt Nam thành phố cùng các Đoàn thể chính trị - xã hội, các Hội xã hội được đề nghị tổ chức vận động cán bộ, công chức, viên chức, người lao động, đoàn viên, hội viên và quần chúng Nhân dân tham gia, hưởng ứng học tập thường xuyên, học tập suốt đời và phong trào thi đua về khuyến học, khuyến tài, xây dựng xã hội học tập.",
  ["Tổ chức vận động", "học tập thường xuyên, học tập suốt đời"],
  history=[U("Ủy ban Mặt trận Tổ quốc Cần Thơ được đề nghị làm gì?"),
           A("Mục V.11.a kế hoạch Cần Thơ đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện tham gia giám sát, phản biện xã hội việc triển khai thực hiện Kế hoạch. [003_1a817ee72b993e3e.txt]"),
           U("giám sát thôi à"),
           A("Đúng, với Ủy ban Mặt trận thì mục V.11.a chỉ nêu giám sát, phản biện xã hội. [003_1a817ee72b993e3e.txt]")])
q("ok and for Hanoi?",
  "follow_up",
  [(HN, "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Vũ Thu Hà")],
  "Hanoi's plan is signed “TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH” by Vũ Thu Hà, i.e. a Vice Chairwoman signing on behalf of the Chairman of the city People's Committee.",
  ["Vũ Thu Hà", "PHÓ CHỦ TỊCH"],
  history=[U("Who signed the Can Tho plan?"),
           A("Can Tho's Plan 74/KH-BCĐ is signed for the Steering Committee (“TM. BAN CHỈ ĐẠO, TRƯỞNG BAN”) by Nguyễn Thực Hiện, Vice Chairman of the city People's Committee. [003_1a817ee72b993e3e.txt]"),
           U("and its date?"),
           A("It is dated 04 tháng 5 năm 2024 (4 May 2024). [003_1a817ee72b993e3e.txt]")])
q("không phải Sở GD&ĐT, ý tôi là Sở Nội vụ",
  "follow_up",
  [(HUE, "Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về năng lực cơ bản và trình độ của người dân.")],
  "Ở Huế, Sở Nội vụ (mục V.3) theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về năng lực cơ bản và trình độ của người dân.",
  ["năng lực cơ bản và trình độ của người dân"],
  history=[U("Ở Huế, Sở Giáo dục và Đào tạo theo dõi những mục tiêu nào?"),
           A("Sở Giáo dục và Đào tạo Huế (mục V.1) theo dõi, tổng hợp kết quả các mục tiêu: xóa mù chữ và phổ cập giáo dục; hiệu quả hoạt động của các cơ sở giáo dục; “Đơn vị học tập” cấp tỉnh; “Cộng đồng học tập” cấp xã. [000_4550be4bb11189cd.txt]"),
           U("ừ"),
           A("Anh/chị cần tra thêm cơ quan nào không ạ?")])
q("à nhầm, tôi muốn hỏi người khuyết tật ở kế hoạch Hà Nội",
  "follow_up",
  [(HN, "hỗ trợ những người hết tuổi lao động, người nội trợ, người khuyết tật có điều kiện thuận lợi để học tập suốt đời."),
   (HN, "Xây dựng và triển khai các chương trình, dự án, đề án hỗ trợ đào tạo, đào tạo lại cho các đối tượng: lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động.")],
  "Kế hoạch Hà Nội có nói đến người khuyết tật ở hai chỗ: III.6 — nghiên cứu, xây dựng cơ chế, chính sách hỗ trợ những người hết tuổi lao động, người nội trợ, người khuyết tật có điều kiện thuận lợi để học tập suốt đời; V.2 — Sở Lao động - Thương binh và Xã hội xây dựng và triển khai các chương trình hỗ trợ đào tạo, đào tạo lại cho lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động.",
  ["người khuyết tật", "học tập suốt đời", "đào tạo lại"],
  history=[U("Kế hoạch Huế có nói gì về người khuyết tật không?"),
           A("Kế hoạch Huế năm 2026 không dùng cụm “người khuyết tật”; gần nhất là việc ưu tiên “các nhóm lao động yếu thế trong xã hội” khi đào tạo kỹ năng nghề (mục V.1). [000_4550be4bb11189cd.txt]"),
           U("à vậy"),
           A("Anh/chị có muốn tra ở kế hoạch khác không ạ?")])

# ---------------------------------------------------------------------------------------------------------
# unanswerable: near misses. Each probe says what would have to be in the plan for it to be answerable.
NO = "unanswerable"
# tasks the plan names but gives to no body
q("Ở Huế, cơ quan nào được giao chủ trì tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2026?", NO, [],
  "Kế hoạch Huế năm 2026 có nêu nhiệm vụ “Tổ chức hiệu quả các hoạt động hưởng ứng như: Tuần lễ hưởng ứng học tập suốt đời…” (mục III.2) nhưng không giao việc này cho cơ quan cụ thể nào chủ trì; vì vậy không trả lời được từ kế hoạch.",
  [], probe=r"(giao|chu tri)[^.]{0,150}tuan le", probe_docs=[HUE])
q("Ở Cần Thơ, đơn vị nào được giao tổ chức thí điểm mô hình trung tâm học tập cộng đồng mới?", NO, [],
  "Kế hoạch 74/KH-BCĐ của Cần Thơ có ý “Nghiên cứu đổi mới mô hình trung tâm học tập cộng đồng hoạt động hiệu quả và tổ chức thí điểm…” (mục III.4.d) nhưng không giao cho đơn vị nào; phần Tổ chức thực hiện không nhắc việc thí điểm. Kế hoạch không trả lời được câu này.",
  [], probe=r"(giao|chu tri|uy ban|so )[^.;]{0,120}thi diem", probe_docs=[CT])
q("Ai chủ trì xây dựng các cơ sở giáo dục thông minh ở Hà Nội?", NO, [],
  "Kế hoạch Hà Nội chỉ nêu “Tiếp tục xây dựng các cơ sở giáo dục mầm non, giáo dục phổ thông chất lượng cao, cơ sở giáo dục thông minh…” trong mục III.6, không giao cho cơ quan nào chủ trì việc này. Các kế hoạch đã nạp không trả lời được.",
  [], probe=r"(giao cho|\bgiao (so|phong|ban|uy ban)|chu tri)[^.]{0,200}thong minh", probe_docs=[HN])
# advice / opinion
q("Sau khi sáp nhập xã, An Lão có nên gộp các trung tâm học tập cộng đồng lại không?", NO, [],
  "Đây là câu hỏi xin ý kiến, kế hoạch không trả lời. Kế hoạch An Lão chỉ giao Phòng Giáo dục và Đào tạo hướng dẫn, đôn đốc thành lập, kiện toàn hệ thống trung tâm học tập cộng đồng cấp xã sau khi sắp xếp, sáp nhập các đơn vị hành chính; không nói có nên gộp trung tâm hay không.",
  [], probe=r"gop (cac|hai) trung tam|nen gop", probe_docs=[AL])
q("Theo anh/chị, Huế có nên nâng chỉ tiêu công dân học tập lên 50% không?", NO, [],
  "Kế hoạch không đưa ra ý kiến như vậy. Kế hoạch Huế năm 2026 chỉ đặt 40% công dân đạt danh hiệu công dân học tập; việc có nên nâng chỉ tiêu là câu hỏi ý kiến nằm ngoài nội dung các kế hoạch đã nạp.",
  [], probe=r"50 ?%|nen nang", probe_docs=[HUE])
# predictions and results
q("Liệu Hà Nội có được UNESCO công nhận là Thành phố học tập trước năm 2030 không?", NO, [],
  "Kế hoạch không dự báo điều này. Kế hoạch Hà Nội chỉ đặt mục tiêu phấn đấu gia nhập mạng lưới “Thành phố học tập” của UNESCO trong thời gian sớm nhất và đến năm 2030 Thành phố được công nhận danh hiệu “Thành phố học tập”; việc có đạt được hay không thì kế hoạch không nói.",
  [], probe=r"du bao|kha nang dat|da duoc unesco|da gia nhap", probe_docs=[HN])
q("Cần Thơ năm 2024 có đạt được 55,55% đơn vị học tập không?", NO, [],
  "Kế hoạch 74/KH-BCĐ chỉ đặt chỉ tiêu phấn đấu 55,55% đơn vị được đánh giá, công nhận “Đơn vị học tập” cho năm 2024; đó là kế hoạch, không có kết quả thực hiện, nên không biết Cần Thơ có đạt hay không.",
  [], probe=r"ket qua dat \d|da dat \d|dat \d+,?\d* ?% so voi", probe_docs=[CT])
# personal data and contacts
q("Cho xin số điện thoại Phòng Giáo dục và Đào tạo huyện Mỹ Lộc", NO, [],
  "Kế hoạch Mỹ Lộc không ghi số điện thoại hay thông tin liên hệ của Phòng Giáo dục và Đào tạo (chỉ giao nhiệm vụ cho phòng); các kế hoạch đã nạp không có thông tin này.",
  [], probe=r"dien thoai|\d{3,4}[ .]\d{3}[ .]\d{3,4}", probe_docs=[ML])
q("Giám đốc Sở Giáo dục và Đào tạo Huế hiện nay là ai?", NO, [],
  "Kế hoạch Huế không nêu tên Giám đốc Sở Giáo dục và Đào tạo; văn bản chỉ có tên người ký là Phó Chủ tịch Nguyễn Thanh Bình. Các kế hoạch đã nạp không trả lời được câu này.",
  [], probe=r"giam doc", probe_docs=[HUE])
q("What's the email address of the Hanoi city Association for Promoting Education?", NO, [],
  "The Hanoi plan gives no email address or other contact details for the Hội Khuyến học Thành phố; it only lists its tasks (section V.15.b). The loaded plans do not contain this.",
  [], probe=r"email|e-mail|@", probe_docs=[HN])
# another plan of the same place, or the content of a cited-only plan
q("Kế hoạch riêng về xóa mù chữ và phổ cập giáo dục năm 2026 của Huế đặt chỉ tiêu bao nhiêu?", NO, [],
  "Kế hoạch xây dựng xã hội học tập năm 2026 của Huế chỉ ghi “Xóa mù chữ và phổ cập giáo dục (có kế hoạch riêng)”; kế hoạch riêng đó không nằm trong các kế hoạch đã nạp, nên không có chỉ tiêu để trả lời.",
  [], probe=r"(xoa mu chu|pho cap)[^.]{0,80}\d+ ?%", probe_docs=[HUE])
q("Kế hoạch chuyển đổi số năm 2026 của thành phố Huế có những chỉ tiêu gì?", NO, [],
  "Các kế hoạch đã nạp không có kế hoạch chuyển đổi số của Huế. Kế hoạch Huế đã nạp là kế hoạch thực hiện Đề án “Xây dựng xã hội học tập” năm 2026; nó chỉ nhắc chuyển đổi số như bối cảnh, không có chỉ tiêu chuyển đổi số riêng.",
  [], probe=r"ke hoach chuyen doi so", probe_docs=[HUE])
q("Kế hoạch 288/KH-UBND của Huế về thư viện, bảo tàng đặt chỉ tiêu gì cho năm 2026?", NO, [],
  "Kế hoạch Huế năm 2026 chỉ giao Sở Văn hóa và Thể thao triển khai Kế hoạch số 288/KH-UBND ngày 25 tháng 8 năm 2023; nội dung và chỉ tiêu của Kế hoạch 288 không có trong các kế hoạch đã nạp.",
  [], probe=r"288/kh-ubnd[^.]{0,300}\d+ ?%", probe_docs=[HUE])
q("Kế hoạch phong trào Bình dân học vụ số riêng của huyện An Lão giao chỉ tiêu bao nhiêu phần trăm?", NO, [],
  "Kế hoạch An Lão đã nạp (phong trào “Học tập suốt đời”) chỉ giao Phòng Văn hóa Khoa học và Thông tin tham mưu triển khai phong trào “Bình dân học vụ số”; không có kế hoạch riêng về phong trào này và kế hoạch An Lão không đặt chỉ tiêu phần trăm nào.",
  [], probe=r"\d+ ?%", probe_docs=[AL])
# places with no loaded plan (children, siblings, parents of loaded places)
q("Quận Ninh Kiều có kế hoạch xây dựng xã hội học tập năm 2024 không, giao gì cho các phường?", NO, [],
  "Không có kế hoạch của quận Ninh Kiều trong các kế hoạch đã nạp. Kế hoạch Cần Thơ năm 2024 chỉ giao nhiệm vụ chung cho “Ủy ban nhân dân quận, huyện”, không nói kế hoạch riêng của quận nào hay việc giao cho phường.",
  [], probe=r"ninh kieu")
q("cho em hỏi huyện vụ bản nam định đặt chỉ tiêu công dân học tập bao nhiêu ạ", NO, [],
  "Dạ, các kế hoạch đã nạp không có kế hoạch của huyện Vụ Bản. Cùng tỉnh Nam Định chỉ có kế hoạch của huyện Mỹ Lộc (40% năm 2025, 60% năm 2030), không áp dụng cho Vụ Bản.",
  [], probe=r"vu ban")
q("Huyện Ba Vì giao UBND các xã nhiệm vụ gì trong xây dựng xã hội học tập?", NO, [],
  "Các kế hoạch đã nạp không có kế hoạch của huyện Ba Vì. Kế hoạch Hà Nội chỉ giao chung cho Ủy ban nhân dân quận, huyện, thị xã xây dựng kế hoạch của mình; nó không nói huyện Ba Vì giao gì cho các xã.",
  [], probe=r"ba vi")
q("Kế hoạch học tập suốt đời của huyện Kiến Thụy giao gì cho Phòng Nội vụ?", NO, [],
  "Các kế hoạch đã nạp không có kế hoạch của huyện Kiến Thụy; ở Hải Phòng chỉ có kế hoạch của huyện An Lão. Không trả lời được từ các kế hoạch này.",
  [], probe=r"kien thuy")
q("Tỉnh Nam Định đặt chỉ tiêu năng lực thông tin bao nhiêu cho năm 2025?", NO, [],
  "Kế hoạch của tỉnh Nam Định (Kế hoạch 145/KH-UBND) không có trong các kế hoạch đã nạp; kế hoạch Mỹ Lộc chỉ dẫn số hiệu của nó. Con số 60% năm 2025 là chỉ tiêu của huyện Mỹ Lộc, không phải của tỉnh.",
  [], probe=r"tinh nam dinh[^.]{0,200}\d+ ?%", probe_docs=[ML])
q("Thành phố Đà Nẵng đặt chỉ tiêu kỹ năng sống bao nhiêu trong kế hoạch xã hội học tập năm 2026?", NO, [],
  "Các kế hoạch đã nạp không có kế hoạch của thành phố Đà Nẵng; kế hoạch năm 2026 duy nhất là của thành phố Huế (80% kỹ năng sống), không áp dụng cho Đà Nẵng.",
  [], probe=r"da nang")
# figures for a year / indicator the plan does not set
q("Năm 2030 Hà Nội đặt bao nhiêu phần trăm cán bộ được tập huấn kỹ năng phân tích, khai thác dữ liệu?", NO, [],
  "Kế hoạch Hà Nội chỉ đặt chỉ tiêu này cho năm 2025 (50% cán bộ, công chức, viên chức được tập huấn kỹ năng phân tích, khai thác dữ liệu và công nghệ số); danh sách mục tiêu đến năm 2030 không có chỉ tiêu này.",
  [], probe=r"2\.2\. muc tieu cu the den nam 2030(?:(?!iii\. nhiem vu).)*phan tich", probe_docs=[HN])
q("Cần Thơ đặt bao nhiêu phần trăm công dân đạt danh hiệu công dân học tập năm 2024?", NO, [],
  "Kế hoạch 74/KH-BCĐ năm 2024 của Cần Thơ không đặt tỷ lệ công dân học tập; các chỉ tiêu mô hình học tập của nó chỉ là 55,55% “Đơn vị học tập” và 80% “Cộng đồng học tập”.",
  [], probe=r"\d+ ?% cong dan", probe_docs=[CT])
q("Mỹ Lộc đặt chỉ tiêu bao nhiêu phần trăm gia đình đạt danh hiệu gia đình học tập?", NO, [],
  "Kế hoạch Mỹ Lộc không đặt tỷ lệ gia đình học tập; nó chỉ yêu cầu nâng cao chất lượng đánh giá, xếp loại “Gia đình học tập” (mục III.6.g). Chỉ tiêu phần trăm gia đình, dòng họ, cộng đồng học tập có ở kế hoạch Hà Nội, không phải Mỹ Lộc.",
  [], probe=r"\d+ ?%[^.;+]{0,60}gia dinh", probe_docs=[ML])
q("Hà Nội đặt chỉ tiêu gì cho năm 2035?", NO, [],
  "Kế hoạch Hà Nội chỉ có chỉ tiêu đến năm 2025 và năm 2030, cùng tầm nhìn đến năm 2045 không kèm con số; không có mốc 2035.",
  [], probe=r"2035", probe_docs=[HN])
q("Huế năm 2026 đặt bao nhiêu phần trăm trường công lập đạt chuẩn quốc gia?", NO, [],
  "Kế hoạch Huế năm 2026 không có chỉ tiêu trường công lập đạt chuẩn quốc gia (chỉ tiêu này có ở kế hoạch Hà Nội). Không trả lời được cho Huế.",
  [], probe=r"chuan quoc gia", probe_docs=[HUE])
# agencies the named plan does not name
q("Sở Khoa học và Công nghệ Cần Thơ có nhiệm vụ gì trong kế hoạch xã hội học tập 2024?", NO, [],
  "Kế hoạch 74/KH-BCĐ của Cần Thơ không nhắc tên Sở Khoa học và Công nghệ và không có mục giao chung cho “các sở, ngành khác”; vì vậy không có nhiệm vụ nào để trả lời.",
  [], probe=r"khoa hoc va cong nghe", probe_docs=[CT])
q("Sở Y tế Cần Thơ được giao gì trong kế hoạch năm 2024?", NO, [],
  "Kế hoạch Cần Thơ năm 2024 không nhắc Sở Y tế; phần Tổ chức thực hiện chỉ giao cho các cơ quan được nêu tên. Không trả lời được.",
  [], probe=r"\by te\b", probe_docs=[CT])
q("Đài Phát thanh và Truyền hình Cần Thơ được giao nhiệm vụ gì?", NO, [],
  "Kế hoạch Cần Thơ không giao nhiệm vụ cho Đài Phát thanh và Truyền hình Cần Thơ. Gần nhất là Sở Thông tin và Truyền thông chỉ đạo, cung cấp thông tin cho báo, đài Trung ương, địa phương để tuyên truyền — đài là nơi nhận thông tin, không phải cơ quan được giao việc.",
  [], probe=r"dai phat thanh (va )?truyen hinh can tho", probe_docs=[CT])
q("Ban Dân vận Thành ủy Hà Nội được đề nghị làm gì trong kế hoạch?", NO, [],
  "Kế hoạch Hà Nội không có mục nào đề nghị Ban Dân vận Thành ủy; trong phần Tổ chức thực hiện chỉ có Ban Tuyên giáo Thành ủy (mục V.14). Không trả lời được.",
  [], probe=r"ban dan van", probe_docs=[HN])
q("Ban Chỉ đạo xây dựng xã hội học tập huyện An Lão có nhiệm vụ gì?", NO, [],
  "Kế hoạch An Lão không nhắc Ban Chỉ đạo xây dựng xã hội học tập huyện; việc tổng hợp, báo cáo được giao cho Phòng Giáo dục và Đào tạo. Không trả lời được.",
  [], probe=r"ban chi dao", probe_docs=[AL])
# a topic the named plan does not cover
q("Does Hue's 2026 plan say anything about people with disabilities?", NO, [],
  "No. Hue's 2026 plan never mentions people with disabilities (“người khuyết tật”); the closest it gets is giving priority in vocational training to “các nhóm lao động yếu thế” (vulnerable worker groups). The loaded Hue plan does not answer this.",
  [], probe=r"khuyet tat", probe_docs=[HUE])
q("Kế hoạch Cần Thơ có nói gì về thư viện số không?", NO, [],
  "Không. Kế hoạch Cần Thơ chỉ nhắc thư viện khi giao Sở Văn hóa, Thể thao và Du lịch nhân rộng mô hình học tập suốt đời trong thư viện, bảo tàng, nhà văn hóa, câu lạc bộ; không có nội dung về thư viện số.",
  [], probe=r"thu vien so", probe_docs=[CT])
q("Kế hoạch Hà Nội có nhắc đến trí tuệ nhân tạo không?", NO, [],
  "Không. Kế hoạch Hà Nội nói nhiều về chuyển đổi số, kỹ năng số, dữ liệu, nhưng không nhắc trí tuệ nhân tạo (cụm này chỉ có trong kế hoạch An Lão).",
  [], probe=r"tri tue nhan tao", probe_docs=[HN])
# in-conversation corrections that land on a gap
q("à nhầm, ý tôi là huyện Ý Yên", NO, [],
  "Các kế hoạch đã nạp không có kế hoạch của huyện Ý Yên; ở tỉnh Nam Định chỉ có kế hoạch của huyện Mỹ Lộc. Không trả lời được nhiệm vụ của Phòng Giáo dục và Đào tạo Ý Yên.",
  [], history=[U("Phòng Giáo dục và Đào tạo huyện Mỹ Lộc có nhiệm vụ gì?"),
               A("Phòng Giáo dục và Đào tạo huyện Mỹ Lộc (mục V.1) chủ trì triển khai các nhiệm vụ của Đề án; phối hợp với Hội Khuyến học huyện tham mưu triển khai các tiêu chí; xây dựng quy chế phối hợp liên ngành; tổ chức xét tặng những tấm gương tự học thành tài; báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm. [001_7bafa58816a5de75.txt]"),
               U("có phải tham mưu sơ kết không"),
               A("Có: tham mưu UBND huyện tổ chức sơ kết Đề án vào năm 2025, tổng kết vào năm 2030 (mục V.1.e). [001_7bafa58816a5de75.txt]")],
  probe=r"y yen")
q("thôi bỏ qua năm, cho tôi cả giai đoạn đến 2030", NO, [],
  "Kế hoạch Huế đã nạp là kế hoạch của riêng năm 2026 và chỉ có chỉ tiêu năm 2026 (40% công dân học tập); nó không đặt chỉ tiêu cho các năm khác hay cho cả giai đoạn đến 2030, nên không trả lời được.",
  [], history=[GREET, U("Huế đặt bao nhiêu phần trăm công dân đạt danh hiệu công dân học tập?"),
               A("Kế hoạch Huế năm 2026 đặt 40% công dân đạt danh hiệu công dân học tập (mục II.4). [000_4550be4bb11189cd.txt]")],
  probe=r"(2025|2030)[^.;]{0,80}\d+ ?%|\d+ ?%[^.;]{0,80}(2025|2030)", probe_docs=[HUE])
q("không phải Sở, là Phòng Nội vụ quận Cầu Giấy", NO, [],
  "Kế hoạch Hà Nội không giao việc cho Phòng Nội vụ của quận nào và không nhắc quận Cầu Giấy; ở cấp quận nó chỉ giao chung cho Ủy ban nhân dân quận, huyện, thị xã. Không trả lời được.",
  [], history=[U("Sở Nội vụ Hà Nội làm gì?"),
               A("Sở Nội vụ Hà Nội (mục V.3) chủ trì, phối hợp với các Sở, ngành tổ chức các lớp tập huấn, bồi dưỡng kiến thức, kỹ năng cho đội ngũ cán bộ công chức, viên chức, người lao động trên địa bàn Thành phố. [002_797e8de6131c77f9.txt]"),
               U("ừ"),
               A("Anh/chị cần gì thêm ạ?")],
  probe=r"cau giay|phong noi vu", probe_docs=[HN])
# English near misses
q("What was Hanoi's actual literacy rate in 2023?", NO, [],
  "The Hanoi plan gives targets (keep 99,5% or more of people aged 15-60 literate by 2025, 99,6% by 2030), not the actual 2023 rate. The loaded plans do not state it.",
  [], probe=r"nam 2023[^.]{0,100}\d+ ?%|hien nay[^.]{0,60}\d+ ?%", probe_docs=[HN])
q("Who is the current head of the An Lao district Office of Education and Training?", NO, [],
  "The An Lao plan does not name the head of the Phòng Giáo dục và Đào tạo; the only person named is the signer, Vice Chairman Nguyễn Quốc Thịnh. The loaded plans do not answer this.",
  [], probe=r"truong phong", probe_docs=[AL])


# ---------------------------------------------------------------------------------------------------------
def main():
    problems = list(PROBLEMS)
    seen = {}
    for rec in QUESTIONS:
        key = norm(rec["question"]).lower()
        if key in seen:
            problems.append(f"{rec['id']}: same question text as {seen[key]}")
        seen[key] = rec["id"]
    counts = {}
    for rec in QUESTIONS:
        counts[rec["type"]] = counts.get(rec["type"], 0) + 1
    for t, n in MINIMUM.items():
        if counts.get(t, 0) < n:
            problems.append(f"type {t}: {counts.get(t, 0)} < {n}")
    if len(QUESTIONS) < 150:
        problems.append(f"only {len(QUESTIONS)} questions")
    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} problems: nothing written")
        return 1
    with open(OUT, "w", encoding="utf-8") as f:
        for rec in QUESTIONS:
            f.write(unicodedata.normalize("NFC", json.dumps(rec, ensure_ascii=False)) + "\n")
    print(f"wrote {len(QUESTIONS)} questions to {OUT}: {dict(sorted(counts.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
