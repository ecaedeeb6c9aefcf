"""Set 41: time-relative, claim-checking, role-play, document-itself, two-plans-in-one-turn, wrong-number,
typo/telex and long-context questions on the five bundled plans (data/plans/*.txt).

    python eval/sets/src41/questions_src41.py      # writes eval/sets/bundled41.jsonl

Refuses to write if a span is missing from its plan after FORMAT.md's normalisation, a key fact is missing from its
answer or from every span it cites, a follow-up has no history, two questions share a text, a type falls below the
brief's minimum, or an unanswerable question's probe regex matches the accent-free normalised text of the plans it is
checked against. "Today" is December 2026: "năm nay" = 2026, "năm sau" = 2027, "năm ngoái" = 2025.
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = os.path.dirname(HERE)
ROOT = os.path.dirname(os.path.dirname(SETS))
OUT = os.path.join(SETS, "bundled41.jsonl")

DOCS = {
    "HUE": "000_4550be4bb11189cd.txt",
    "ML": "001_7bafa58816a5de75.txt",
    "HN": "002_797e8de6131c77f9.txt",
    "CT": "003_1a817ee72b993e3e.txt",
    "AL": "004_b1b28019b71edc03.txt",
}
ALL = tuple(DOCS)
MINIMUM = {"agency_tasks": 5, "target": 5, "deadline": 5, "funding": 5, "legal_basis": 5, "purpose": 5,
           "task_section": 5, "cross_plan": 5, "no_diacritics": 5, "abbreviation": 5, "paraphrase": 5,
           "english": 16, "follow_up": 20, "unanswerable": 35}


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()


def fold(s):
    s = unicodedata.normalize("NFD", norm(s).lower()).replace("đ", "d").replace("\u0111", "d")
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("đ", "d")


TEXT = {}
for _k, _f in DOCS.items():
    with open(os.path.join(ROOT, "data", "plans", _f), encoding="utf-8") as _fh:
        TEXT[_k] = norm(_fh.read())
FOLDED = {k: fold(v) for k, v in TEXT.items()}

QUESTIONS = []
PROBLEMS = []


def H(*turns):
    """History from alternating turns; a turn starting with 'A:' is the assistant's, otherwise they alternate
    starting with the user."""
    out = []
    role = "user"
    for t in turns:
        if t.startswith("A:"):
            out.append({"role": "assistant", "content": t[2:].strip()})
            role = "user"
            continue
        out.append({"role": role, "content": t})
        role = "assistant" if role == "user" else "user"
    return out


def Q(qtype, question, evidence, answer, key_facts, history=None):
    where = f"[{len(QUESTIONS) + 1}] {question[:60]!r}"
    docs = []
    ev = []
    for alias, span in evidence:
        if norm(span) not in TEXT[alias]:
            PROBLEMS.append(f"{where}: span missing in {alias}: {span!r}")
        if DOCS[alias] not in docs:
            docs.append(DOCS[alias])
        ev.append({"doc": DOCS[alias], "span": span})
    for kf in key_facts:
        if norm(kf).lower() not in norm(answer).lower():
            PROBLEMS.append(f"{where}: key fact {kf!r} not in answer")
        if not any(norm(kf).lower() in norm(s).lower() for _, s in evidence):
            PROBLEMS.append(f"{where}: key fact {kf!r} in no cited span")
    if not key_facts:
        PROBLEMS.append(f"{where}: no key facts")
    if qtype == "follow_up" and not history:
        PROBLEMS.append(f"{where}: follow_up without history")
    QUESTIONS.append({"question": question, "type": qtype, "docs": docs, "evidence": ev, "answer": answer,
                      "key_facts": key_facts, "history": history or []})


def U(question, probe, answer, plans=ALL, history=None):
    """Unanswerable: `probe` is what would have to be in the (accent-free) plan text for it to be answerable."""
    where = f"[{len(QUESTIONS) + 1}] {question[:60]!r}"
    for p in plans:
        m = re.search(probe, FOLDED[p])
        if m:
            PROBLEMS.append(f"{where}: probe {probe!r} matches {p}: {FOLDED[p][max(0, m.start() - 40):m.end() + 40]!r}")
    QUESTIONS.append({"question": question, "type": "unanswerable", "docs": [], "evidence": [], "answer": answer,
                      "key_facts": [], "history": history or []})


# ---------------------------------------------------------------- titles (cited where the plan's name is a key fact)
T_HUE = "Thực hiện Đề án “Xây dựng xã hội học tập” năm 2026 trên địa bàn thành phố Huế"
T_ML = "Thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030” trên địa bàn huyện Mỹ Lộc"
T_HN = ("Triển khai thực hiện Nghị quyết số 23-NQ/TU ngày 16/11/2023 của Thành ủy Hà Nội về tăng cường sự lãnh đạo "
        "của Đảng đối với công tác khuyến học, khuyến tài, xây dựng xã hội học tập trên địa bàn thành phố Hà Nội từ nay "
        "đến năm 2030, tầm nhìn đến năm 2045")
T_CT = "Xây dựng xã hội học tập năm 2024 trên địa bàn thành phố Cần Thơ"
T_AL = ("Triển khai thực hiện phong trào “Học tập suốt đời” gắn với công tác khuyến học, khuyến tài, xây dựng xã hội "
        "học tập trên địa bàn huyện An Lão")
ML_2025 = "a) Mục tiêu đến năm 2025"
ML_2030 = "b) Mục tiêu đến năm 2030"
HN_2025 = "2.1. Mục tiêu cụ thể đến năm 2025"
HN_2030 = "2.2. Mục tiêu cụ thể đến năm 2030"

# ======================================================================================= agency_tasks (role-play, claims)
Q("agency_tasks",
  "Tôi ở Phòng Tài chính - Kế hoạch huyện An Lão. Theo kế hoạch phong trào “Học tập suốt đời” của huyện, phòng tôi cần làm gì?",
  [("AL", "4. Phòng Tài chính - Kế hoạch"),
   ("AL", "Phối hợp với các phòng, ban, ngành, đơn vị lập dự toán kinh phí, báo cáo Ủy ban nhân dân huyện cân đối trong nguồn ngân sách, để triển khai thực hiện phong trào “Học tập suốt đời” đạt hiệu quả.")],
  "Theo mục III.4 kế hoạch của huyện An Lão, Phòng Tài chính - Kế hoạch phối hợp với các phòng, ban, ngành, đơn vị "
  "lập dự toán kinh phí, báo cáo Ủy ban nhân dân huyện cân đối trong nguồn ngân sách để triển khai thực hiện phong "
  "trào “Học tập suốt đời” đạt hiệu quả. Đó là nhiệm vụ duy nhất kế hoạch giao cho phòng.",
  ["lập dự toán kinh phí", "cân đối trong nguồn ngân sách"])
Q("agency_tasks",
  "Hội tôi là Hội Cựu chiến binh huyện Mỹ Lộc. Kế hoạch xây dựng xã hội học tập của huyện giao cho hội những việc gì?",
  [("ML", "g) Hội Cựu chiến binh huyện, Hội Nông dân huyện, Hội Người cao tuổi huyện, Hội Cựu giáo chức huyện"),
   ("ML", "Hướng dẫn các cấp hội phối hợp tổ chức các hoạt động khuyến học, khuyến tài, xây dựng xã hội học tập theo tinh thần xã hội hoá giáo dục, nâng cao chất lượng “Quỹ vòng tay đồng đội”; huy động hội viên tham gia chuyển giao công nghệ, hỗ trợ hoạt động khởi nghiệp, phổ biến kiến thức cho người dân.")],
  "Hội Cựu chiến binh huyện được giao chung với Hội Nông dân, Hội Người cao tuổi và Hội Cựu giáo chức huyện (mục "
  "V.9.g, thuộc phần “Đề nghị”): hướng dẫn các cấp hội phối hợp tổ chức các hoạt động khuyến học, khuyến tài, xây "
  "dựng xã hội học tập theo tinh thần xã hội hoá giáo dục; nâng cao chất lượng “Quỹ vòng tay đồng đội”; huy động "
  "hội viên tham gia chuyển giao công nghệ, hỗ trợ hoạt động khởi nghiệp, phổ biến kiến thức cho người dân.",
  ["Quỹ vòng tay đồng đội", "chuyển giao công nghệ"])
Q("agency_tasks",
  "Tôi là cán bộ Ban Dân tộc thành phố Cần Thơ, mới nhận bàn giao công việc. Kế hoạch năm 2024 của Ban Chỉ đạo giao cho Ban tôi những gì?",
  [("CT", "9. Ban Dân tộc"),
   ("CT", "Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan, Ủy ban nhân dân quận, huyện triển khai các chương trình, dự án hỗ trợ giáo dục, đào tạo cho người dân tộc thiểu số trên địa bàn thành phố; hỗ trợ, tạo cơ hội và điều kiện thuận lợi cho trẻ em, người dân tộc thiểu số được tham gia học tập.")],
  "Mục V.9 Kế hoạch 74/KH-BCĐ giao Ban Dân tộc chủ trì, phối hợp với các cơ quan, đơn vị có liên quan và UBND quận, "
  "huyện triển khai các chương trình, dự án hỗ trợ giáo dục, đào tạo cho người dân tộc thiểu số trên địa bàn thành "
  "phố; hỗ trợ, tạo cơ hội và điều kiện thuận lợi cho trẻ em, người dân tộc thiểu số được tham gia học tập.",
  ["hỗ trợ giáo dục, đào tạo", "người dân tộc thiểu số"])
Q("agency_tasks",
  "Tôi làm ở Đài Phát thanh và Truyền hình Hà Nội. Kế hoạch thực hiện Nghị quyết 23 của thành phố giao gì cho đài chúng tôi?",
  [("HN", "12. Cơ quan thông tấn, báo chí của Thành phố; Đài Phát thanh và Truyền hình Hà Nội"),
   ("HN", "Xây dựng chuyên mục và tuyên truyền về công tác khuyến học, khuyến tài, học tập suốt đời, xây dựng xã hội học tập."),
   ("HN", "5. Sở Thông tin và Truyền thông"),
   ("HN", "Hướng dẫn các cơ quan thông tấn, báo chí của Thành phố; Đài Phát thanh và Truyền hình Hà Nội tổ chức chuyên mục, tuyên truyền về xây dựng xã hội học tập.")],
  "Đài được giao chung với các cơ quan thông tấn, báo chí của Thành phố (mục V.12): xây dựng chuyên mục và tuyên "
  "truyền về công tác khuyến học, khuyến tài, học tập suốt đời, xây dựng xã hội học tập. Ngoài ra Sở Thông tin và "
  "Truyền thông được giao hướng dẫn Đài tổ chức chuyên mục, tuyên truyền về xây dựng xã hội học tập (mục V.5).",
  ["Xây dựng chuyên mục", "Sở Thông tin và Truyền thông"])
Q("agency_tasks",
  "Tôi là hiệu trưởng một trường cao đẳng trực thuộc UBND thành phố Hà Nội. Theo kế hoạch thực hiện Nghị quyết 23-NQ/TU, trường tôi phải làm những gì?",
  [("HN", "13. Trường Đại học Thủ đô Hà Nội, các trường Cao đẳng trực thuộc Ủy ban nhân dân Thành phố"),
   ("HN", "Triển khai trường học số, xây dựng học liệu số để nâng cao năng lực hoạt động, đáp ứng yêu cầu đào tạo nguồn nhân lực chất lượng cao cho Thủ đô."),
   ("HN", "Phối hợp với Sở Giáo dục và Đào tạo tổ chức biên soạn, số hóa tài liệu phục vụ hoạt động tuyên truyền, giáo dục kiến thức cho mọi tầng lớp nhân dân."),
   ("HN", "Cung ứng và tạo mọi điều kiện thuận lợi để đội ngũ cán bộ, công chức, viên chức, người lao động trực thuộc được học tập suốt đời.")],
  "Các trường Cao đẳng trực thuộc UBND Thành phố được giao chung với Trường Đại học Thủ đô Hà Nội (mục V.13) ba việc: "
  "triển khai trường học số, xây dựng học liệu số để đáp ứng yêu cầu đào tạo nguồn nhân lực chất lượng cao; phối hợp "
  "với Sở Giáo dục và Đào tạo tổ chức biên soạn, số hóa tài liệu phục vụ tuyên truyền, giáo dục kiến thức cho mọi "
  "tầng lớp nhân dân; tạo điều kiện để cán bộ, công chức, viên chức, người lao động của trường được học tập suốt đời.",
  ["trường học số", "số hóa tài liệu"])
Q("agency_tasks",
  "Tôi ở Sở Xây dựng thành phố Huế. Kế hoạch năm 2026 không nhắc tên sở tôi, vậy sở tôi có phải làm gì không?",
  [("HUE", "5. Các sở, ban, ngành trực thuộc thành phố"),
   ("HUE", "Tạo điều kiện thuận lợi để cán bộ, công chức, viên chức và người lao động thuộc phạm vi quản lý được tham gia học tập suốt đời; tổ chức đánh giá, công nhận “Đơn vị học tập” đúng quy định."),
   ("HUE", "Phối hợp chặt chẽ với Sở Giáo dục và Đào tạo và các cơ quan liên quan triển khai thực hiện hiệu quả các nhiệm vụ về khuyến học, khuyến tài, xây dựng xã hội học tập trên địa bàn thành phố.")],
  "Kế hoạch không nêu riêng Sở Xây dựng, nhưng mục V.5 giao chung cho “Các sở, ban, ngành trực thuộc thành phố”, nên "
  "sở của anh/chị có hai việc: tạo điều kiện để cán bộ, công chức, viên chức và người lao động thuộc phạm vi quản lý "
  "được tham gia học tập suốt đời, tổ chức đánh giá, công nhận “Đơn vị học tập” đúng quy định; và phối hợp chặt chẽ "
  "với Sở Giáo dục và Đào tạo triển khai các nhiệm vụ về khuyến học, khuyến tài, xây dựng xã hội học tập.",
  ["Các sở, ban, ngành", "Đơn vị học tập"])
Q("agency_tasks",
  "Liên đoàn Lao động huyện An Lão chúng tôi không thấy tên mình trong kế hoạch “Học tập suốt đời” của huyện. Vậy chúng tôi có được giao việc gì không?",
  [("AL", "6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các tổ chức chính trị - xã hội, tổ chức xã hội huyện; các trường học, doanh nghiệp"),
   ("AL", "Tích cực vận động cán bộ, hội viên, thành viên tham gia các phong trào học tập phù hợp với từng đối tượng; triển khai hiệu quả các mô hình “Công dân học tập”, “Gia đình học tập”, “Dòng họ học tập”, “Đơn vị học tập”; phong trào “Bình dân học vụ số” trong cơ quan, đơn vị, địa phương.")],
  "Kế hoạch An Lão không nêu tên Liên đoàn Lao động huyện, nhưng mục III.6 đề nghị chung “các tổ chức chính trị - xã "
  "hội, tổ chức xã hội huyện” (cùng Ủy ban MTTQ, các trường học, doanh nghiệp): tích cực vận động cán bộ, hội viên, "
  "thành viên tham gia các phong trào học tập phù hợp; triển khai hiệu quả các mô hình “Công dân học tập”, “Gia đình "
  "học tập”, “Dòng họ học tập”, “Đơn vị học tập” và phong trào “Bình dân học vụ số” trong cơ quan, đơn vị, địa phương.",
  ["tổ chức chính trị - xã hội", "Tích cực vận động", "Bình dân học vụ số"])
Q("agency_tasks",
  "Nghe nói ở Cần Thơ, Sở Văn hóa, Thể thao và Du lịch lo việc cung cấp thông tin cho báo, đài để tuyên truyền về xã hội học tập, đúng không?",
  [("CT", "4. Sở Thông tin và Truyền thông"),
   ("CT", "Chỉ đạo, cung cấp thông tin cho báo, đài Trung ương, địa phương đóng trên địa bàn thành phố"),
   ("CT", "5. Sở Văn hóa, Thể thao và Du lịch"),
   ("CT", "Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan, Ủy ban nhân dân quận, huyện nhân rộng các mô hình học tập suốt đời trong thư viện, bảo tàng, nhà văn hóa, câu lạc bộ.")],
  "Không đúng. Theo Kế hoạch 74/KH-BCĐ, việc chỉ đạo, cung cấp thông tin cho báo, đài Trung ương, địa phương đóng "
  "trên địa bàn để tuyên truyền về xây dựng xã hội học tập là của Sở Thông tin và Truyền thông (mục V.4). Sở Văn "
  "hóa, Thể thao và Du lịch (mục V.5) chủ trì nhân rộng các mô hình học tập suốt đời trong thư viện, bảo tàng, nhà "
  "văn hóa, câu lạc bộ.",
  ["Sở Thông tin và Truyền thông", "thư viện"])
Q("agency_tasks",
  "Hội Khuyến học thành phố Huế là cơ quan thường trực của kế hoạch năm 2026 phải không?",
  [("HUE", "1. Sở Giáo dục và Đào tạo - Là cơ quan thường trực"),
   ("HUE", "7. Hội Khuyến học thành phố"),
   ("HUE", "Phối hợp với Sở Giáo dục và Đào tạo kiểm tra, giám sát việc thực hiện Kế hoạch.")],
  "Không. Cơ quan thường trực là Sở Giáo dục và Đào tạo (mục V.1: “Là cơ quan thường trực”). Hội Khuyến học thành phố "
  "(mục V.7) chủ trì thực hiện Kế hoạch 471/KH-UBND, phối hợp với Sở Giáo dục và Đào tạo kiểm tra, giám sát việc "
  "thực hiện Kế hoạch và theo dõi mục tiêu “Công dân học tập”.",
  ["Sở Giáo dục và Đào tạo", "cơ quan thường trực"])
Q("agency_tasks",
  "Ở An Lão, Phòng Văn hóa Khoa học và Thông tin chủ trì tham mưu phong trào “Bình dân học vụ số” đúng không?",
  [("AL", "3. Phòng Văn hóa Khoa học và Thông tin"),
   ("AL", "Chủ trì tham mưu triển khai phong trào “Bình dân học vụ số” trong toàn dân trên địa bàn huyện.")],
  "Đúng. Mục III.3 kế hoạch huyện An Lão giao Phòng Văn hóa Khoa học và Thông tin “Chủ trì tham mưu triển khai phong "
  "trào “Bình dân học vụ số” trong toàn dân trên địa bàn huyện”.",
  ["Bình dân học vụ số", "Chủ trì tham mưu"])
Q("agency_tasks",
  "Chiều qua huyện đoàn Mỹ Lộc họp giao ban, có bạn hỏi kế hoạch xã hội học tập của huyện giao gì cho Đoàn mà không ai nhớ, tài liệu thì để ở cơ quan. Nhờ xem giúp Đoàn TNCS Hồ Chí Minh huyện được giao những gì?",
  [("ML", "c) Đoàn TNCS Hồ Chí Minh huyện"),
   ("ML", "Tổ chức phối hợp, lồng ghép các hoạt động tuyên truyền về học tập suốt đời, xây dựng xã hội học tập thông qua các phong trào hành động cách mạng của thanh niên"),
   ("ML", "vận động gây quỹ hỗ trợ thanh niên có hoàn cảnh khó khăn tham gia học tập.")],
  "Theo mục V.9.c, Đoàn TNCS Hồ Chí Minh huyện tổ chức phối hợp, lồng ghép các hoạt động tuyên truyền về học tập suốt "
  "đời, xây dựng xã hội học tập thông qua các phong trào hành động cách mạng của thanh niên, các phong trào thi đua "
  "học tập, nghiên cứu khoa học, lao động sáng tạo trong thanh niên; và vận động gây quỹ hỗ trợ thanh niên có hoàn "
  "cảnh khó khăn tham gia học tập.",
  ["lồng ghép", "gây quỹ"])
Q("agency_tasks",
  "Chúng tôi là Trung tâm Văn hóa - Thông tin và Thể thao huyện An Lão, cần biết kế hoạch “Học tập suốt đời” giao cho trung tâm những gì để lên chương trình phát sóng.",
  [("AL", "7. Trung tâm Văn hóa - Thông tin và Thể thao huyện"),
   ("AL", "Thiết lập các trang thông tin, các chuyên mục, chuyên trang, tăng thời lượng phổ biến, tuyên truyền về nội dung bài viết của Tổng Bí thư"),
   ("AL", "những tấm gương sáng về tinh thần tự học “không bao giờ cùng”"),
   ("AL", "Tuyên truyền kết quả triển khai thực hiện phong trào “Học tập suốt đời” gắn với việc tuyên truyền, phổ biến kết quả thực hiện học tập và làm theo tư tưởng, đạo đức, phong cách của Chủ tịch Hồ Chí Minh")],
  "Mục III.7 giao Trung tâm hai việc: thiết lập các trang thông tin, chuyên mục, chuyên trang, tăng thời lượng phổ "
  "biến, tuyên truyền về nội dung bài viết của Tổng Bí thư, về mô hình mới, những tấm gương sáng về tinh thần tự học "
  "“không bao giờ cùng”; và tuyên truyền kết quả phong trào “Học tập suốt đời” gắn với học tập và làm theo tư tưởng, "
  "đạo đức, phong cách Hồ Chí Minh, Quy định 144-QĐ/TW và các nghị quyết đại hội Đảng.",
  ["chuyên mục", "không bao giờ cùng"])
Q("agency_tasks",
  "Tôi là Phó Chủ tịch UBND huyện Phong Điền (Cần Thơ). Kế hoạch xây dựng xã hội học tập năm 2024 của thành phố giao cho UBND các quận, huyện những việc gì?",
  [("CT", "14. Ủy ban nhân dân quận, huyện"),
   ("CT", "củng cố, tổ chức kiện toàn Ban Chỉ đạo Xây dựng xã hội học tập - Xóa mù chữ - Phổ cập giáo dục các cấp ở địa phương"),
   ("CT", "b) Cân đối, bố trí ngân sách địa phương và huy động các nguồn kinh phí hợp pháp khác"),
   ("CT", "c) Xây dựng và phát triển các mô hình học tập, ngành nghề đào tạo, các nghề đặc thù cần học tập suốt đời")],
  "Kế hoạch không nêu riêng huyện Phong Điền, nhưng mục V.14 giao chung cho Ủy ban nhân dân quận, huyện: triển khai "
  "Kế hoạch phù hợp với kế hoạch phát triển kinh tế - xã hội của địa phương, củng cố, tổ chức kiện toàn Ban Chỉ đạo "
  "Xây dựng xã hội học tập - Xóa mù chữ - Phổ cập giáo dục các cấp ở địa phương, xây dựng cơ chế phối hợp; cân đối, "
  "bố trí ngân sách địa phương và huy động các nguồn kinh phí hợp pháp khác; xây dựng và phát triển các mô hình học "
  "tập, ngành nghề đào tạo, các nghề đặc thù đến năm 2030.",
  ["kiện toàn Ban Chỉ đạo", "bố trí ngân sách địa phương"])
Q("agency_tasks",
  "Tôi là cán bộ Phòng Lao động - Thương binh và Xã hội huyện Mỹ Lộc. Phòng tôi phải hỗ trợ đào tạo, đào tạo lại cho những đối tượng nào?",
  [("ML", "2. Phòng Lao động - Thương binh và Xã hội"),
   ("ML", "c) Triển khai các chương trình, dự án, đề án hỗ trợ đào tạo, đào tạo lại cho các đối tượng: lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động.")],
  "Theo mục V.2.c, Phòng Lao động - Thương binh và Xã hội triển khai các chương trình, dự án, đề án hỗ trợ đào tạo, "
  "đào tạo lại cho: lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động. "
  "Phòng còn chủ trì các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề mới và hỗ trợ học tập cho người bị "
  "thiệt thòi, yếu thế (V.2.a).",
  ["lao động nông thôn", "người khuyết tật", "người hết tuổi lao động"])
Q("agency_tasks",
  "Ở Hà Nội, Sở Nội vụ đề xuất khen thưởng các tập thể, cá nhân có thành tích xây dựng xã hội học tập phải không?",
  [("HN", "7. Ban Thi đua - Khen thưởng (Sở Nội vụ) Phối hợp với Sở Giáo dục và Đào tạo, tham mưu trình Ủy ban nhân dân Thành phố khen thưởng cho các tập thể, cá nhân có thành tích trong công tác xây dựng xã hội học tập nhân dịp sơ kết, tổng kết các giai đoạn của Đề án."),
   ("HN", "đề xuất Ủy ban nhân dân Thành phố, Bộ Giáo dục và Đào tạo khen thưởng đối với tập thể, cá nhân tiêu biểu")],
  "Không hẳn. Kế hoạch giao việc này cho Ban Thi đua - Khen thưởng (Sở Nội vụ), không phải cho Sở Nội vụ nói chung: "
  "Ban phối hợp với Sở Giáo dục và Đào tạo tham mưu trình UBND Thành phố khen thưởng nhân dịp sơ kết, tổng kết các "
  "giai đoạn của Đề án (mục V.7). Việc đề xuất UBND Thành phố, Bộ Giáo dục và Đào tạo khen thưởng là của Sở Giáo dục "
  "và Đào tạo (mục V.1). Sở Nội vụ (mục V.3) lo tập huấn, bồi dưỡng cán bộ.",
  ["Ban Thi đua - Khen thưởng", "sơ kết, tổng kết", "Bộ Giáo dục và Đào tạo"])

Q("agency_tasks",
  "Kế hoạch xây dựng xã hội học tập ngày 05/4/2024 của Ban Chỉ đạo Cần Thơ giao Bộ Chỉ huy Quân sự thành phố làm gì?",
  [("CT", "Cần Thơ, ngày 04 tháng 5 năm 2024"), ("CT", "7. Bộ Chỉ huy Quân sự thành phố"),
   ("CT", "đẩy mạnh tuyên truyền về học tập suốt đời, xây dựng xã hội học tập trong lực lượng vũ trang, cán bộ, chiến sĩ quân đội"),
   ("CT", "b) Chỉ đạo nâng cao trình độ, năng lực ngoại ngữ và tiếng dân tộc thiểu số cho lực lượng vũ trang, cán bộ, chiến sĩ quân đội.")],
  "Kế hoạch năm 2024 của Ban Chỉ đạo Cần Thơ (74/KH-BCĐ) đề ngày 04 tháng 5 năm 2024, không phải 05/4. Mục V.7 giao Bộ "
  "Chỉ huy Quân sự thành phố: a) chủ trì, phối hợp với Sở GD&ĐT, UBND quận, huyện đẩy mạnh tuyên truyền về học tập suốt "
  "đời, xây dựng xã hội học tập trong lực lượng vũ trang, cán bộ, chiến sĩ quân đội; b) chỉ đạo nâng cao trình độ, năng "
  "lực ngoại ngữ và tiếng dân tộc thiểu số cho lực lượng vũ trang.",
  ["04 tháng 5 năm 2024", "tiếng dân tộc thiểu số"])

# ============================================================================ target (time-relative wording, claims)
Q("target",
  "Năm nay Huế đặt chỉ tiêu bao nhiêu phần trăm người trong độ tuổi lao động được trang bị kỹ năng sống?",
  [("HUE", T_HUE), ("HUE", "80% số người trong độ tuổi lao động được trang bị kỹ năng sống.")],
  "Đọc “năm nay” là năm 2026 — đúng năm của Kế hoạch thực hiện Đề án “Xây dựng xã hội học tập” năm 2026 của thành "
  "phố Huế. Mục II.2 đặt: 80% số người trong độ tuổi lao động được trang bị kỹ năng sống.",
  ["80%", "2026"])
Q("target",
  "Cuối kỳ kế hoạch, Mỹ Lộc phải đạt bao nhiêu % công dân đạt danh hiệu công dân học tập?",
  [("ML", T_ML), ("ML", ML_2030), ("ML", "60% công dân đạt danh hiệu công dân học tập.")],
  "Kế hoạch của huyện Mỹ Lộc là cho giai đoạn 2021-2030, nên cuối kỳ được đọc là năm 2030: mục II.2.b (Mục tiêu đến "
  "năm 2030) đặt 60% công dân đạt danh hiệu công dân học tập (mốc 2025 là 40%).",
  ["60%", "2030"])
Q("target",
  "Giai đoạn sau, tức là đến 2030, Hà Nội muốn bao nhiêu phần trăm người mới biết chữ tiếp tục học và không tái mù?",
  [("HN", HN_2030), ("HN", "96% số người mới biết chữ tiếp tục học tập và không tái mù chữ."),
   ("HN", "95% số người mới biết chữ tiếp tục học tập và không tái mù chữ.")],
  "Đọc “giai đoạn sau” là mốc đến năm 2030 (mục II.2.2): 96% số người mới biết chữ tiếp tục học tập và không tái mù "
  "chữ. Mốc đến năm 2025 (giai đoạn trước) là 95%.",
  ["96%", "2030"])
Q("target",
  "Năm ngoái Mỹ Lộc đặt mục tiêu bao nhiêu % Trung tâm học tập cộng đồng ứng dụng công nghệ thông tin?",
  [("ML", ML_2025), ("ML", "70% các Trung tâm Học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục.")],
  "Đọc “năm ngoái” là năm 2025. Mục tiêu đến năm 2025 của Mỹ Lộc (mục II.2.a): 70% các Trung tâm Học tập cộng đồng "
  "ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục. Đây là chỉ tiêu đặt ra, kế hoạch không "
  "cho biết kết quả đạt được; mốc 2030 là 90%.",
  ["70%", "2025"])
Q("target",
  "Mỹ Lộc đặt 80% người trong độ tuổi lao động có kỹ năng sống cho năm 2025 phải không?",
  [("ML", ML_2025), ("ML", "60% số người trong độ tuổi lao động được trang bị kỹ năng sống."),
   ("ML", ML_2030), ("ML", "80% người trong độ tuổi lao động được trang bị kỹ năng sống.")],
  "Không. Mục tiêu đến năm 2025 là 60% số người trong độ tuổi lao động được trang bị kỹ năng sống; con số 80% là mục "
  "tiêu đến năm 2030.",
  ["60%", "80%", "2030"])
Q("target",
  "Huế đặt 87% người trong độ tuổi lao động có năng lực công nghệ thông tin, tôi nhớ đúng chứ?",
  [("HUE", T_HUE), ("HUE", "87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin.")],
  "Đúng. Kế hoạch năm 2026 của thành phố Huế (mục II.2) đặt 87% số người trong độ tuổi lao động được trang bị năng "
  "lực công nghệ thông tin.",
  ["87%"])
Q("target",
  "Cần Thơ năm 2024 đặt 70% trung tâm học tập cộng đồng ứng dụng CNTT, phải không?",
  [("CT", T_CT), ("CT", "Phần đầu đạt tỷ lệ 90% trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục.")],
  "Không. Kế hoạch năm 2024 của Cần Thơ ghi “Phần đầu đạt tỷ lệ 90% trung tâm học tập cộng đồng ứng dụng công nghệ "
  "thông tin trong quản lý, tổ chức hoạt động giáo dục” (đọc là phấn đấu đạt 90%), không phải 70%.",
  ["90%"])
Q("target",
  "Hà Nội đặt 99,6% người 15-60 tuổi biết chữ cho năm 2030 đúng không?",
  [("HN", HN_2030), ("HN", "99,6% người trong độ tuổi 15-60 biết chữ."),
   ("HN", "Duy trì 99,5% trở lên người trong độ tuổi 15-60 biết chữ.")],
  "Đúng. Mục tiêu đến năm 2030 (mục II.2.2.a) là 99,6% người trong độ tuổi 15-60 biết chữ; mốc 2025 là duy trì 99,5% "
  "trở lên.",
  ["99,6%"])
Q("target",
  "Chỉ tiêu 40% công dân đạt danh hiệu công dân học tập của Huế là cho năm 2030 à?",
  [("HUE", T_HUE), ("HUE", "40% công dân đạt danh hiệu công dân học tập.")],
  "Không. Đó là chỉ tiêu của Kế hoạch năm 2026 của thành phố Huế (mục II.4): 40% công dân đạt danh hiệu công dân học "
  "tập. Kế hoạch này chỉ cho năm 2026 và không đặt con số cho năm 2030.",
  ["40%", "2026"])
Q("target",
  "Đến cuối năm nay, Huế yêu cầu bao nhiêu xã, phường đạt “Cộng đồng học tập”, ở mức độ mấy?",
  [("HUE", T_HUE), ("HUE", "100% xã, phường đạt “Cộng đồng học tập” cấp xã mức độ 1.")],
  "“Năm nay” đọc là 2026, năm của kế hoạch Huế: 100% xã, phường đạt “Cộng đồng học tập” cấp xã mức độ 1 (mục II.4).",
  ["100%", "mức độ 1"])
Q("target",
  "Hà Nội đặt 60% đơn vị được công nhận đơn vị học tập vào năm 2025 phải không?",
  [("HN", HN_2025), ("HN", "50% đơn vị được công nhận là đơn vị học tập;"),
   ("HN", "60% gia đình, dòng họ, cộng đồng đạt danh hiệu gia đình, dòng họ, cộng đồng học tập."),
   ("HN", "70% đơn vị được công nhận là đơn vị học tập;")],
  "Không. Mốc 2025 là 50% đơn vị được công nhận là đơn vị học tập (mốc 2030 là 70%). Con số 60% năm 2025 là của chỉ "
  "tiêu gia đình, dòng họ, cộng đồng đạt danh hiệu học tập.",
  ["50%", "70%", "gia đình, dòng họ, cộng đồng"])
Q("target",
  "Giai đoạn sau của Mỹ Lộc, tới 2030, tỷ lệ dân số từ 15 tuổi trở lên có trình độ chuyên môn kỹ thuật là bao nhiêu?",
  [("ML", ML_2030), ("ML", "70% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó 15% dân số có trình độ đại học trở lên.")],
  "Đọc “giai đoạn sau” là mốc đến năm 2030 (mục II.2.b): 70% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên "
  "môn kỹ thuật, trong đó 15% có trình độ đại học trở lên (mốc 2025: khoảng 50%, trong đó 12%).",
  ["70%", "15%"])

# ================================================================================ deadline (month / quarter, not "how long")
Q("deadline",
  "Hạn UBND các xã, phường ở Huế gửi báo cáo kết quả năm nay là tháng mấy, quý mấy?",
  [("HUE", "gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026")],
  "Trước ngày 15/12/2026 (mục V.9), tức là tháng 12, quý IV năm 2026; báo cáo gửi Sở Giáo dục và Đào tạo để tổng "
  "hợp, báo cáo UBND thành phố.",
  ["15/12/2026"])
Q("deadline",
  "Việc rà soát, kiện toàn trung tâm học tập cộng đồng ở Huế phải xong trong quý mấy, tức là muộn nhất tháng mấy?",
  [("HUE", "bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn thành trong Quý II năm 2026")],
  "Hoàn thành trong Quý II năm 2026 (mục III.5), tức là muộn nhất tháng 6 năm 2026; mục tiêu là mỗi xã, phường có "
  "ít nhất một trung tâm. Kế hoạch không ghi ngày cụ thể.",
  ["Quý II năm 2026"])
Q("deadline",
  "Năm nay (2026) Mỹ Lộc có phải sơ kết Đề án xây dựng xã hội học tập không?",
  [("ML", "tham mưu UBND huyện tổ chức sơ kết Đề án vào năm 2025, tổng kết vào năm 2030")],
  "Không. Theo mục V.1.e, Phòng Giáo dục và Đào tạo tham mưu UBND huyện tổ chức sơ kết Đề án vào năm 2025 và tổng kết "
  "vào năm 2030; năm 2026 không có mốc sơ kết hay tổng kết, chỉ có báo cáo hằng năm.",
  ["sơ kết Đề án vào năm 2025", "tổng kết vào năm 2030"])
Q("deadline",
  "Năm sau Hà Nội yêu cầu các sở, ngành, quận, huyện báo cáo kết quả trước ngày nào, tháng mấy?",
  [("HN", "định kỳ hàng năm tổng hợp kết quả, báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo để tổng hợp)")],
  "Đọc “năm sau” là 2027. Hạn trong kế hoạch là định kỳ hàng năm, nên năm 2027 cũng vậy: báo cáo UBND Thành phố "
  "trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo để tổng hợp), tức là tháng 12, quý IV.",
  ["01 tháng 12", "hàng năm"])
Q("deadline",
  "Phòng Giáo dục và Đào tạo Mỹ Lộc phải báo cáo UBND huyện hằng năm trước ngày nào, thuộc quý mấy?",
  [("ML", "báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm")],
  "Trước ngày 15 tháng 12 hằng năm (mục V.1.e), tức là tháng 12, quý IV.",
  ["15 tháng 12"])
Q("deadline",
  "Cuối kỳ kế hoạch của Hà Nội là năm nào, và tới lúc đó thành phố phải đạt danh hiệu gì?",
  [("HN", T_HN), ("HN", HN_2030), ("HN", "Thành phố được công nhận danh hiệu “Thành phố học tập”.")],
  "Kế hoạch Hà Nội đặt mục tiêu “từ nay đến năm 2030, tầm nhìn đến năm 2045”; các chỉ tiêu cụ thể dừng ở năm 2030, "
  "nên cuối kỳ được đọc là năm 2030. Đến năm 2030: Thành phố được công nhận danh hiệu “Thành phố học tập” (năm "
  "2025 chỉ đăng ký danh hiệu).",
  ["2030", "Thành phố học tập"])
Q("deadline",
  "Kế hoạch của Mỹ Lộc ban hành năm nào, ngày mấy tháng mấy?",
  [("ML", "Mỹ Lộc, ngày tháng năm 2022")],
  "Năm 2022. Dòng địa danh, ngày tháng của bản kế hoạch để trống ngày và tháng (“Mỹ Lộc, ngày tháng năm 2022”), số "
  "kế hoạch cũng để trống (“Số: /KH-UBND”), nên không xác định được ngày, tháng ban hành.",
  ["2022"])
Q("deadline",
  "Năm nay báo cáo kết quả kiểm tra, giám sát ở Mỹ Lộc phải gửi Phòng Giáo dục và Đào tạo hạn tháng mấy?",
  [("ML", "Tổ chức kiểm tra, giám sát đột xuất và định kỳ, trước ngày 30 tháng 11 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo")],
  "Theo mục III.8 (Tổ chức kiểm tra, giám sát), báo cáo tình hình, kết quả thực hiện Kế hoạch gửi Phòng Giáo dục và "
  "Đào tạo trước ngày 30 tháng 11 hằng năm, nên năm nay (2026) là tháng 11, quý IV, trước 30/11/2026. Mục này không nêu "
  "riêng cơ quan nào gửi.",
  ["30 tháng 11"])

# ======================================================================================================= funding
Q("funding",
  "Tôi là kế toán UBND một xã ở Mỹ Lộc. Năm nay xã tôi phải lo kinh phí cho kế hoạch xây dựng xã hội học tập thế nào?",
  [("ML", "11. UBND các xã, thị trấn"),
   ("ML", "b) Cân đối, bố trí ngân sách địa phương và huy động các nguồn kinh phí hợp pháp khác để đảm bảo cho việc triển khai thực hiện các mục tiêu, chỉ tiêu, nhiệm vụ trong Kế hoạch.")],
  "Theo mục V.11.b, UBND các xã, thị trấn cân đối, bố trí ngân sách địa phương và huy động các nguồn kinh phí hợp "
  "pháp khác để bảo đảm triển khai các mục tiêu, chỉ tiêu, nhiệm vụ trong Kế hoạch. Kế hoạch không nêu số tiền.",
  ["bố trí ngân sách địa phương", "nguồn kinh phí hợp pháp khác"])
Q("funding",
  "Kinh phí kế hoạch Huế năm 2026 quản lý theo Nghị quyết 16/2024 của HĐND thành phố phải không?",
  [("HUE", "quyết số 16/2025/NQ-HĐND ngày 16 tháng 7 năm 2025 của Hội đồng nhân dân thành phố")],
  "Không đúng năm: mục IV ghi việc quản lý, sử dụng kinh phí thực hiện theo Nghị quyết số 16/2025/NQ-HĐND ngày 16 "
  "tháng 7 năm 2025 của Hội đồng nhân dân thành phố (quy định nội dung, mức chi thực hiện Đề án) và các quy định hiện "
  "hành.",
  ["16/2025/NQ-HĐND", "16 tháng 7 năm 2025"])
Q("funding",
  "Ở Hà Nội, Sở Tài chính có phải bảo đảm kinh phí cho kế hoạch không, theo luật nào?",
  [("HN", "Đảm bảo kinh phí trong dự toán ngân sách hàng năm (theo phân cấp) để thực hiện Kế hoạch theo quy định của Luật Ngân sách Nhà nước.")],
  "Có. Mục V.6: Sở Tài chính đảm bảo kinh phí trong dự toán ngân sách hàng năm (theo phân cấp) để thực hiện Kế hoạch "
  "theo quy định của Luật Ngân sách Nhà nước; sở còn hướng dẫn cơ chế tài chính và rà soát chính sách huy động nguồn "
  "lực xã hội.",
  ["dự toán ngân sách hàng năm", "Luật Ngân sách Nhà nước"])
Q("funding",
  "Ở An Lão, Phòng Tài chính - Kế hoạch trực tiếp phân bổ ngân sách cho các xã phải không?",
  [("AL", "Phối hợp với các phòng, ban, ngành, đơn vị lập dự toán kinh phí, báo cáo Ủy ban nhân dân huyện cân đối trong nguồn ngân sách"),
   ("AL", "Tổng hợp dự toán hàng năm, bố trí và phân bổ ngân sách theo kế hoạch cho công tác khuyến học, khuyến tài, xây dựng xã hội học tập và học tập suốt đời tại địa phương.")],
  "Không. Phòng Tài chính - Kế hoạch chỉ phối hợp lập dự toán kinh phí, báo cáo UBND huyện cân đối trong nguồn ngân "
  "sách (mục III.4). Việc tổng hợp dự toán hàng năm, bố trí và phân bổ ngân sách cho công tác khuyến học, khuyến tài, "
  "xây dựng xã hội học tập tại địa phương là của UBND xã, thị trấn (mục III.9).",
  ["lập dự toán kinh phí", "Tổng hợp dự toán hàng năm"])
Q("funding",
  "Công ty tôi ở Hà Nội muốn đóng góp cho hoạt động khuyến học. Tôi đọc kế hoạch thực hiện Nghị quyết 23 nhưng không chắc doanh nghiệp có được tham gia đóng góp kinh phí không?",
  [("HN", "huy động từ các nguồn tài trợ, đóng góp của doanh nghiệp, tổ chức, cá nhân và các nguồn tài trợ hợp pháp khác theo quy định của pháp luật.")],
  "Có. Mục IV (Kinh phí thực hiện) ghi kinh phí được bảo đảm trong dự toán ngân sách nhà nước hàng năm và “huy động "
  "từ các nguồn tài trợ, đóng góp của doanh nghiệp, tổ chức, cá nhân và các nguồn tài trợ hợp pháp khác theo quy định "
  "của pháp luật”.",
  ["đóng góp của doanh nghiệp"])
Q("funding",
  "Ở Cần Thơ, ai phải lập dự toán kinh phí thực hiện kế hoạch năm 2024?",
  [("CT", "các sở, ban ngành, đoàn thể có liên quan và Ủy ban nhân dân quận, huyện xây dựng kế hoạch và dự toán kinh phí thực hiện")],
  "Theo mục IV, căn cứ nhiệm vụ được giao, các sở, ban ngành, đoàn thể có liên quan và Ủy ban nhân dân quận, huyện "
  "xây dựng kế hoạch và dự toán kinh phí thực hiện, tổng hợp chung trong dự toán ngân sách hàng năm của đơn vị trình "
  "cấp có thẩm quyền phê duyệt.",
  ["dự toán kinh phí", "Ủy ban nhân dân quận, huyện"])

# ================================================================================== legal_basis (wrong numbers corrected)
Q("legal_basis",
  "Kế hoạch của An Lão thực hiện Kế hoạch 801 của thành phố Hải Phòng phải không?",
  [("AL", "Thực hiện Kế hoạch số 108 /KH-UBND ngày 06/5/2025 của Ủy ban nhân dân thành phố Hải Phòng")],
  "Không phải 801: kế hoạch của huyện An Lão thực hiện Kế hoạch số 108/KH-UBND ngày 06/5/2025 của UBND thành phố Hải "
  "Phòng về triển khai phong trào “Học tập suốt đời” gắn với khuyến học, khuyến tài, xây dựng xã hội học tập.",
  ["108", "06/5/2025"])
Q("legal_basis",
  "Huế căn cứ Quyết định 1737/QĐ-TTg năm 2021 để làm kế hoạch năm 2026 à?",
  [("HUE", "Thực hiện Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021"),
   ("HUE", "Kế hoạch số 336/KH-UBND ngày 27 tháng 10 năm 2021")],
  "Số đúng là 1373, không phải 1737: kế hoạch Huế thực hiện Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của "
  "Thủ tướng phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030” và Kế hoạch số 336/KH-UBND ngày 27 tháng "
  "10 năm 2021 của UBND tỉnh Thừa Thiên Huế (nay là thành phố Huế).",
  ["1373/QĐ-TTg", "336/KH-UBND"])
Q("legal_basis",
  "Theo KH 47/KH-BCĐ năm 2024 của Cần Thơ thì văn bản căn cứ là những văn bản nào?",
  [("CT", "Số: 74 /KH-BCĐ"),
   ("CT", "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021"),
   ("CT", "Kế hoạch 215/KH-UBND ngày 28 tháng 10 năm 2021 của Ủy ban nhân dân thành phố Cần Thơ")],
  "Kế hoạch năm 2024 của Ban Chỉ đạo thành phố Cần Thơ mang số 74/KH-BCĐ (không phải 47). Căn cứ của nó là Quyết "
  "định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng và Kế hoạch 215/KH-UBND ngày 28 tháng 10 năm 2021 của "
  "UBND thành phố Cần Thơ.",
  ["74", "1373/QĐ-TTg", "215/KH-UBND"])
Q("legal_basis",
  "Kế hoạch thực hiện Nghị quyết 23 của Hà Nội ban hành ra để thay cho kế hoạch nào?",
  [("HN", "Kế hoạch này thay thế cho Kế hoạch số 290/KH-UBND ngày 16/12/2021")],
  "Kế hoạch này thay thế Kế hoạch số 290/KH-UBND ngày 16/12/2021 của UBND thành phố Hà Nội về thực hiện Đề án “Xây "
  "dựng xã hội học tập giai đoạn 2021-2030”.",
  ["290/KH-UBND", "16/12/2021"])
Q("legal_basis",
  "Chỉ thị 14/CT-TTg mà kế hoạch An Lão dẫn là ngày 25/5/2021 phải không?",
  [("AL", "Chỉ thị số 14/CT-TTg ngày 07/6/2029 của Thủ tướng Chính phủ"),
   ("HUE", "Chỉ thị số 14/CT-TTg ngày 25 tháng 5 năm 2021 của Thủ tướng Chính phủ")],
  "Văn bản An Lão in ngày khác: “Chỉ thị số 14/CT-TTg ngày 07/6/2029 của Thủ tướng Chính phủ” (năm 2029 rõ là lỗi "
  "đánh máy). Kế hoạch của Huế dẫn cùng chỉ thị với ngày 25 tháng 5 năm 2021, khớp với ngày anh/chị nêu.",
  ["07/6/2029", "25 tháng 5 năm 2021"])

# ======================================================================================================= purpose
Q("purpose",
  "Tôi đang soạn bài phát biểu khai mạc Tuần lễ học tập suốt đời ở huyện An Lão, muốn dẫn đúng ý kế hoạch của huyện. Kế hoạch muốn xây dựng môi trường học tập để phát triển con người thế nào?",
  [("AL", "Xây dựng môi trường khuyến khích mọi tầng lớp nhân dân tham gia học tập, nâng cao dân trí, phát triển nguồn nhân lực chất lượng cao; phát triển con người xã hội chủ nghĩa gắn với xây dựng chủ nghĩa xã hội.")],
  "Một mục đích của kế hoạch (mục I.1) là xây dựng môi trường khuyến khích mọi tầng lớp nhân dân tham gia học tập, "
  "nâng cao dân trí, phát triển nguồn nhân lực chất lượng cao; phát triển con người xã hội chủ nghĩa gắn với xây "
  "dựng chủ nghĩa xã hội.",
  ["con người xã hội chủ nghĩa", "nâng cao dân trí"])
Q("purpose",
  "Kế hoạch năm nay của Huế nhằm mục đích gì đối với các mô hình học tập?",
  [("HUE", T_HUE),
   ("HUE", "đẩy mạnh việc triển khai, nhân rộng các mô hình học tập phù hợp với yêu cầu phát triển của nền kinh tế số, xã hội số."),
   ("HUE", "Duy trì, củng cố và không ngừng nâng cao chất lượng, hiệu quả thực hiện các mô hình học tập")],
  "Kế hoạch năm 2026 (năm nay) của Huế nhằm đẩy mạnh triển khai, nhân rộng các mô hình học tập phù hợp với yêu cầu "
  "phát triển của nền kinh tế số, xã hội số; duy trì, củng cố và không ngừng nâng cao chất lượng, hiệu quả các mô "
  "hình học tập, phát huy vai trò của cộng đồng, gia đình, dòng họ, cơ quan trong vận động toàn dân học tập suốt đời "
  "(mục I.1).",
  ["kinh tế số, xã hội số", "nhân rộng"])
Q("purpose",
  "Mục đích của Kế hoạch 74/KH-UBND năm 2024 của Cần Thơ là gì?",
  [("CT", "Số: 74 /KH-BCĐ"),
   ("CT", "Tổ chức triển khai thực hiện hiệu quả, đúng tiến độ các nhiệm vụ được giao tại Quyết định số 1373/QĐ-TTg"),
   ("CT", "xây dựng cơ chế phối hợp giữa các cấp, các ngành, các tổ chức, doanh nghiệp")],
  "Kế hoạch 74 năm 2024 của Cần Thơ là kế hoạch của Ban Chỉ đạo (số 74/KH-BCĐ, không phải KH-UBND). Mục đích (mục "
  "I.1): tổ chức triển khai hiệu quả, đúng tiến độ các nhiệm vụ được giao tại Quyết định số 1373/QĐ-TTg, phù hợp với "
  "kế hoạch phát triển kinh tế xã hội của thành phố; củng cố bộ phận chỉ đạo xây dựng xã hội học tập các cấp; xây "
  "dựng cơ chế phối hợp giữa các cấp, các ngành, các tổ chức, doanh nghiệp.",
  ["KH-BCĐ", "đúng tiến độ", "cơ chế phối hợp"])
Q("purpose",
  "Kế hoạch Hà Nội yêu cầu phải phù hợp với những quyết định nào của Thủ tướng?",
  [("HN", "thông qua tại Quyết định số 1373/QĐ-TTg ngày 30/7/2021 phê duyệt Đề án"),
   ("HN", "Quyết định số 1315/QĐ-TTg ngày 09/11/2023 ban hành Kế hoạch triển khai phong trào")],
  "Theo mục I (Mục đích, yêu cầu), kế hoạch phải phù hợp với mục tiêu, nhiệm vụ, giải pháp tại Quyết định số "
  "1373/QĐ-TTg ngày 30/7/2021 (Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030”) và Quyết định số 1315/QĐ-TTg ngày "
  "09/11/2023 (phong trào “Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2023-2030”).",
  ["1373/QĐ-TTg", "1315/QĐ-TTg"])
Q("purpose",
  "Mình ở Ban Chỉ đạo xã hội học tập huyện Mỹ Lộc, đang viết báo cáo sơ kết và cần ghi lại mục đích thứ nhất của kế hoạch huyện. Mục đích a) nói gì?",
  [("ML", "a) Xây dựng và triển khai thực hiện có hiệu quả Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030” từ cấp huyện, cấp xã, khu phố và cộng đồng dân cư.")],
  "Mục đích a) (mục I.1): xây dựng và triển khai thực hiện có hiệu quả Đề án “Xây dựng xã hội học tập giai đoạn "
  "2021-2030” từ cấp huyện, cấp xã, khu phố và cộng đồng dân cư.",
  ["khu phố và cộng đồng dân cư"])

# ================================================================================ task_section (the document itself)
Q("task_section",
  "Kế hoạch của An Lão gồm mấy phần lớn đánh số La Mã, là những phần nào?",
  [("AL", "I. MỤC ĐÍCH, YÊU CẦU"), ("AL", "II. NỘI DUNG, GIẢI PHÁP"), ("AL", "III. TỔ CHỨC THỰC HIỆN"),
   ("AL", "IV. KINH PHÍ THỰC HIỆN")],
  "Bốn phần: I. Mục đích, yêu cầu; II. Nội dung, giải pháp; III. Tổ chức thực hiện; IV. Kinh phí thực hiện. Kế hoạch "
  "An Lão không có phần Mục tiêu riêng.",
  ["Nội dung, giải pháp", "Kinh phí thực hiện"])
Q("task_section",
  "Trong kế hoạch Mỹ Lộc có nhắc đến Phụ lục; Phụ lục đó là gì?",
  [("ML", "(Danh mục nhiệm vụ trọng tâm trong Phụ lục kèm theo Kế hoạch)")],
  "Cuối mục III (sau phần kiểm tra, giám sát), kế hoạch ghi “(Danh mục nhiệm vụ trọng tâm trong Phụ lục kèm theo Kế "
  "hoạch)”: Phụ lục là danh mục nhiệm vụ trọng tâm. Bản kế hoạch được nạp không kèm nội dung Phụ lục, nên không đọc "
  "được từng nhiệm vụ trong đó.",
  ["Danh mục nhiệm vụ trọng tâm"])
Q("task_section",
  "Kế hoạch 74 của Cần Thơ có gửi Bộ Giáo dục và Đào tạo không, còn gửi những nơi nào nữa?",
  [("CT", "Nơi nhận: - Bộ GDĐT; - TT.TU, TT. HĐND TP; - CT, PCT UBND TP; - UBMTTQVN TP và các Đoàn thể; - Các sở, ban ngành TP; - UBND quận, huyện;")],
  "Có: Nơi nhận ghi đầu tiên “Bộ GDĐT”. Ngoài ra gửi TT.TU, TT. HĐND TP; CT, PCT UBND TP; UBMTTQVN TP và các Đoàn "
  "thể; các sở, ban ngành TP; UBND quận, huyện; VP UBND TP; Cổng TTĐT TP; lưu VT.",
  ["Bộ GDĐT", "UBND quận, huyện"])
Q("task_section",
  "Mục II (Mục tiêu) của kế hoạch Huế có mấy nhóm, nhóm nào không có chỉ tiêu cụ thể?",
  [("HUE", "1. Xóa mù chữ và phổ cập giáo dục (có kế hoạch riêng)."),
   ("HUE", "2. Về năng lực cơ bản và trình độ của người dân."),
   ("HUE", "3. Về hiệu quả hoạt động của các cơ sở giáo dục"),
   ("HUE", "4. Xây dựng các mô hình học tập trong xã hội")],
  "Bốn nhóm: 1. Xóa mù chữ và phổ cập giáo dục; 2. Năng lực cơ bản và trình độ của người dân; 3. Hiệu quả hoạt động "
  "của các cơ sở giáo dục; 4. Xây dựng các mô hình học tập trong xã hội. Nhóm 1 không có chỉ tiêu trong kế hoạch này "
  "— kế hoạch ghi “(có kế hoạch riêng)”.",
  ["có kế hoạch riêng"])
Q("task_section",
  "Phần Nhiệm vụ và giải pháp của kế hoạch Cần Thơ năm 2024 có mấy nhóm, kể tên?",
  [("CT", "1. Tuyên truyền, phổ biến, nâng cao nhận thức về xây dựng xã hội học tập"),
   ("CT", "2. Triển khai thực hiện cơ chế, chính sách về xây dựng xã hội học tập"),
   ("CT", "3. Đẩy mạnh thực hiện chuyển đổi số và ứng dụng công nghệ thông tin trong tổ chức các hoạt động học tập suốt đời"),
   ("CT", "4. Đẩy mạnh hoạt động của trung tâm học tập cộng đồng"),
   ("CT", "5. Tổ chức các phong trào, cuộc vận động để thúc đẩy học tập suốt đời"),
   ("CT", "6. Tăng cường hợp tác quốc tế trong lĩnh vực học tập suốt đời")],
  "Sáu nhóm (mục III): 1. Tuyên truyền, phổ biến, nâng cao nhận thức về xây dựng xã hội học tập; 2. Triển khai thực "
  "hiện cơ chế, chính sách; 3. Đẩy mạnh chuyển đổi số và ứng dụng công nghệ thông tin; 4. Đẩy mạnh hoạt động của "
  "trung tâm học tập cộng đồng; 5. Tổ chức các phong trào, cuộc vận động; 6. Tăng cường hợp tác quốc tế.",
  ["nâng cao nhận thức", "hợp tác quốc tế"])
Q("task_section",
  "Huế giao Sở Giáo dục và Đào tạo tham mưu xây dựng đề án gì, việc đó nằm ở nhóm nhiệm vụ nào của kế hoạch?",
  [("HUE", "5. Đẩy mạnh phong trào xây dựng các mô hình học tập theo hướng thiết thực"),
   ("HUE", "tham mưu xây dựng Đề án “Tạo môi trường học tập suốt đời và xây dựng xã hội học tập”")],
  "Đề án “Tạo môi trường học tập suốt đời và xây dựng xã hội học tập”, trình UBND thành phố phê duyệt. Việc này là ý "
  "cuối của nhóm III.5 “Đẩy mạnh phong trào xây dựng các mô hình học tập theo hướng thiết thực, hiệu quả, từng bước "
  "hình thành môi trường học tập cho toàn xã hội”.",
  ["Tạo môi trường học tập suốt đời", "xây dựng các mô hình học tập"])

# ============================================================================= cross_plan (two plans in one turn)
Q("cross_plan",
  "Mỹ Lộc với An Lão, Phòng Tài chính - Kế hoạch mỗi nơi làm gì?",
  [("ML", "tham mưu UBND huyện bố trí kinh phí để thực hiện Kế hoạch theo phân cấp ngân sách hiện hành"),
   ("AL", "Phối hợp với các phòng, ban, ngành, đơn vị lập dự toán kinh phí, báo cáo Ủy ban nhân dân huyện cân đối trong nguồn ngân sách")],
  "Mỹ Lộc (mục V.5): căn cứ tình hình thực tế, tham mưu UBND huyện bố trí kinh phí để thực hiện Kế hoạch theo phân "
  "cấp ngân sách hiện hành. An Lão (mục III.4): phối hợp với các phòng, ban, ngành, đơn vị lập dự toán kinh phí, báo "
  "cáo UBND huyện cân đối trong nguồn ngân sách để triển khai phong trào “Học tập suốt đời”.",
  ["bố trí kinh phí", "lập dự toán kinh phí"])
Q("cross_plan",
  "Cần Thơ với Hà Nội, Sở Tài chính mỗi nơi được giao gì?",
  [("CT", "6. Sở Tài chính"),
   ("CT", "rà soát, hoàn thiện các chính sách để tăng cường huy động và đa dạng hóa các nguồn lực xã hội"),
   ("HN", "Đảm bảo kinh phí trong dự toán ngân sách hàng năm (theo phân cấp)"),
   ("HN", "Chủ trì, hướng dẫn các Sở, ngành liên quan về cơ chế tài chính")],
  "Cần Thơ (mục V.6): Sở Tài chính chủ trì, phối hợp với Sở GD&ĐT, UBND quận, huyện rà soát, hoàn thiện các chính "
  "sách để tăng cường huy động và đa dạng hóa các nguồn lực xã hội. Hà Nội (mục V.6): đảm bảo kinh phí trong dự toán "
  "ngân sách hàng năm (theo phân cấp); chủ trì hướng dẫn các sở, ngành về cơ chế tài chính; và cũng phối hợp rà soát "
  "chính sách để đa dạng hóa các nguồn lực xã hội.",
  ["đa dạng hóa các nguồn lực xã hội", "Đảm bảo kinh phí", "cơ chế tài chính"])
Q("cross_plan",
  "Huế và An Lão: Hội Khuyến học ở mỗi nơi được giao gì?",
  [("HUE", "khai thực hiện Kế hoạch số 471/KH-UBND ngày 22 tháng 12 tháng 2022"),
   ("HUE", "Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về “Công dân học tập”."),
   ("AL", "5. Hội Khuyến học huyện"),
   ("AL", "Phối hợp với các phòng, ban, ngành, đoàn thể tuyên truyền về tư tưởng, vai trò của “Học tập suốt đời”")],
  "Huế (mục V.7, Hội Khuyến học thành phố): chủ trì thực hiện Kế hoạch số 471/KH-UBND ngày 22/12/2022 (Chương trình "
  "học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị và mô hình Công dân học tập); phối hợp Sở GD&ĐT kiểm "
  "tra, giám sát; củng cố tổ chức Hội các cấp; theo dõi mục tiêu “Công dân học tập”. An Lão (mục III.5, Hội Khuyến "
  "học huyện): phối hợp tuyên truyền về tư tưởng, vai trò của “Học tập suốt đời”, triển khai phong trào, phát động "
  "phong trào khuyến học, khuyến tài, biểu dương những tấm gương.",
  ["471/KH-UBND", "Công dân học tập", "Học tập suốt đời"])
Q("cross_plan",
  "Mỹ Lộc với Cần Thơ, Ban Tuyên giáo (Huyện ủy / Thành ủy) mỗi nơi được đề nghị gì?",
  [("ML", "8. Đề nghị Ban Tuyên giáo Huyện ủy"),
   ("ML", "phối hợp kiểm tra, giám sát việc thực hiện Kế hoạch."),
   ("CT", "Đề nghị Ban Tuyên giáo Thành ủy chủ trì, phối hợp với Sở Giáo dục và Đào tạo và các cơ quan liên quan thường xuyên hướng dẫn, kiểm tra, đôn đốc")],
  "Mỹ Lộc (mục V.8): Ban Tuyên giáo Huyện ủy phối hợp với Phòng GD&ĐT triển khai các mục tiêu, nhiệm vụ, nhất là "
  "tuyên truyền, định hướng; và phối hợp kiểm tra, giám sát việc thực hiện Kế hoạch. Cần Thơ (mục V.10): Ban Tuyên "
  "giáo Thành ủy chủ trì, phối hợp với Sở GD&ĐT thường xuyên hướng dẫn, kiểm tra, đôn đốc và tổ chức triển khai, chỉ "
  "đạo các cơ quan báo chí tăng cường tuyên truyền. Ở Mỹ Lộc ban chỉ phối hợp, ở Cần Thơ ban chủ trì.",
  ["phối hợp kiểm tra, giám sát", "chủ trì"])
Q("cross_plan",
  "Mỹ Lộc và Hà Nội, năm 2025 mỗi nơi đặt bao nhiêu % cơ sở giáo dục quản lý, dạy học trên môi trường số?",
  [("ML", ML_2025),
   ("ML", "60% các cơ sở giáo dục phổ thông, cơ sở giáo dục thường xuyên, cơ sở giáo dục nghề nghiệp và các cơ sở giáo dục khác triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường số."),
   ("HN", HN_2025), ("HN", "Phấn đấu 80% các cơ sở giáo dục phổ thông")],
  "Mỹ Lộc đến năm 2025: 60% các cơ sở giáo dục phổ thông, thường xuyên, nghề nghiệp và cơ sở khác triển khai quản "
  "lý, giảng dạy, học tập trên môi trường số. Hà Nội đến năm 2025: “Phấn đấu 80%” các cơ sở giáo dục tương ứng.",
  ["60%", "80%"])
Q("cross_plan",
  "Ở Cần Thơ và ở Hà Nội, Đoàn thanh niên thành phố được đề nghị làm gì với các bạn bỏ học hoặc khó khăn?",
  [("CT", "thường xuyên vận động số đoàn viên, đội viên bỏ học giữa chừng đến trường, ra lớp"),
   ("HN", "vận động gây quỹ hỗ trợ học sinh, học viên, sinh viên Hà Nội có hoàn cảnh khó khăn tham gia học tập.")],
  "Cần Thơ (mục V.11.c): Đoàn chỉ đạo Đoàn quận, huyện nắm chắc số thanh, thiếu niên trong độ tuổi, động viên, cảm "
  "hóa đoàn viên thiếu tích cực và thường xuyên vận động đoàn viên, đội viên bỏ học giữa chừng đến trường, ra lớp. Hà "
  "Nội (mục V.15.c): kế hoạch không nói đến người bỏ học mà giao Đoàn vận động gây quỹ hỗ trợ học sinh, học viên, "
  "sinh viên Hà Nội có hoàn cảnh khó khăn tham gia học tập.",
  ["bỏ học giữa chừng", "gây quỹ"])
Q("cross_plan",
  "Kế hoạch Hà Nội và kế hoạch An Lão ai ký, ký với tư cách gì?",
  [("HN", "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Vũ Thu Hà"),
   ("AL", "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Quốc Thịnh")],
  "Cả hai do Phó Chủ tịch ký thay Chủ tịch, thay mặt Ủy ban nhân dân (TM. Ủy ban nhân dân, KT. Chủ tịch): Hà Nội — "
  "Phó Chủ tịch Vũ Thu Hà; An Lão — Phó Chủ tịch Nguyễn Quốc Thịnh.",
  ["Vũ Thu Hà", "Nguyễn Quốc Thịnh", "Phó Chủ tịch"])
Q("cross_plan",
  "Huế và Cần Thơ, mỗi kế hoạch là cho năm nào, và năm nay (2026) thì kế hoạch nào đang áp dụng?",
  [("HUE", T_HUE), ("CT", T_CT)],
  "Kế hoạch Huế là Kế hoạch thực hiện Đề án “Xây dựng xã hội học tập” năm 2026 — đúng năm nay; kế hoạch Cần Thơ là "
  "Kế hoạch xây dựng xã hội học tập năm 2024 — của hai năm trước, nên không có chỉ tiêu cho năm nay.",
  ["năm 2026", "năm 2024"])

# ============================================================= no_diacritics (typos, telex/VNI residue, run-together)
Q("no_diacritics",
  "Sowr Noi vu tp Hue lamf gi trong ke hoach 2026?",
  [("HUE", "Tổ chức thực hiện các nhiệm vụ nhằm đạt mục tiêu đào tạo, bồi dưỡng, nâng cao trình độ chuyên môn, nghiệp vụ cho đội ngũ cán bộ, công chức các cấp."),
   ("HUE", "Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về năng lực cơ bản và trình độ của người dân.")],
  "Sở Nội vụ thành phố Huế (mục V.3) có hai nhiệm vụ: tổ chức thực hiện các nhiệm vụ nhằm đạt mục tiêu đào tạo, bồi "
  "dưỡng, nâng cao trình độ chuyên môn, nghiệp vụ cho đội ngũ cán bộ, công chức các cấp; và theo dõi, tổ chức triển "
  "khai, tổng hợp kết quả thực hiện mục tiêu về năng lực cơ bản và trình độ của người dân.",
  ["đào tạo, bồi dưỡng", "năng lực cơ bản"])
Q("no_diacritics",
  "So73 Giao duc Can Tho lamf nhung viec gi trong ke hoach 2024",
  [("CT", "c) Tham mưu Ủy ban nhân dân thành phố tôn vinh, khen thưởng những tấm gương tiêu biểu về tự học thành tài"),
   ("CT", "d) Tham mưu Ủy ban nhân dân thành phố về công tác kiểm tra, đánh giá, tổng hợp, báo cáo các hoạt động xây dựng xã hội học tập trên địa bàn thành phố; tổ chức sơ kết, tổng kết các hoạt động theo quy định."),
   ("CT", "a) Chủ trì, phối hợp với Thủ trưởng các cơ quan, đơn vị có liên quan, Ủy ban nhân dân quận, huyện triển khai thực hiện các nhiệm vụ của Kế hoạch;")],
  "Sở Giáo dục và Đào tạo Cần Thơ (mục V.1) có bốn việc: a) chủ trì, phối hợp với các cơ quan, đơn vị, UBND quận, "
  "huyện triển khai các nhiệm vụ của Kế hoạch; b) triển khai các tiêu chí đánh giá xây dựng xã hội học tập, khung "
  "năng lực thông tin, tiêu chí quận, huyện học tập, thành phố học tập; c) tham mưu UBND thành phố tôn vinh, khen "
  "thưởng những tấm gương tự học thành tài; d) tham mưu công tác kiểm tra, đánh giá, tổng hợp, báo cáo và tổ chức sơ "
  "kết, tổng kết.",
  ["tự học thành tài", "sơ kết, tổng kết"])
Q("no_diacritics",
  "Hooij Khuyeens hocj huyen My Loc dc giao nhung viec gi",
  [("ML", "Chủ trì lồng ghép các hoạt động tuyên truyền về xây dựng xã hội học tập thông qua hệ thống hội khuyến học các cấp."),
   ("ML", "hướng dẫn đẩy mạnh hoạt động của các Trung tâm Học tập cộng đồng"),
   ("ML", "Triển khai thực hiện các tiêu chí công dân học tập; nhân rộng các mô hình học tập trong xã hội")],
  "Hội Khuyến học huyện Mỹ Lộc (mục V.9.b) được đề nghị ba việc: chủ trì lồng ghép tuyên truyền về xây dựng xã hội "
  "học tập qua hệ thống hội khuyến học các cấp; phối hợp với Phòng GD&ĐT, Phòng Văn hóa, Thể thao và Du lịch hướng "
  "dẫn đẩy mạnh hoạt động của các Trung tâm Học tập cộng đồng; triển khai các tiêu chí công dân học tập, nhân rộng các "
  "mô hình học tập.",
  ["lồng ghép", "Trung tâm Học tập cộng đồng", "tiêu chí công dân học tập"])
Q("no_diacritics",
  "hoilienhiep phunu tp hanoi vandong ai di hoc xoa mu chu",
  [("HN", "vận động, tuyên truyền phụ nữ và trẻ em gái ở vùng đồng bào dân tộc thiểu số chưa biết chữ ra học các lớp xóa mù chữ.")],
  "Hội Liên hiệp phụ nữ Thành phố Hà Nội (mục V.15.d) vận động, tuyên truyền phụ nữ và trẻ em gái ở vùng đồng bào dân "
  "tộc thiểu số chưa biết chữ ra học các lớp xóa mù chữ.",
  ["trẻ em gái", "dân tộc thiểu số"])
Q("no_diacritics",
  "nam nay hue dat bao nhieu % dan so tu 15 tuoi co trinh do chuyen mon ky thuat",
  [("HUE", T_HUE),
   ("HUE", "40% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó có 15% dân số có trình độ đại học trở lên.")],
  "Năm nay đọc là 2026, năm của kế hoạch Huế: 40% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ "
  "thuật, trong đó 15% có trình độ đại học trở lên (mục II.2).",
  ["40%", "15%", "2026"])
Q("no_diacritics",
  "phongf giaos ducj an lao phair laam gif ve trung tam hoc tap cong dong",
  [("AL", "Hướng dẫn, đôn đốc thành lập, kiện toàn hệ thống trung tâm học tập cộng đồng cấp xã sau khi sắp xếp, sáp nhập các đơn vị hành chính")],
  "Phòng Giáo dục và Đào tạo An Lão (mục III.1) hướng dẫn, đôn đốc thành lập, kiện toàn hệ thống trung tâm học tập "
  "cộng đồng cấp xã sau khi sắp xếp, sáp nhập các đơn vị hành chính.",
  ["sau khi sắp xếp, sáp nhập"])
Q("no_diacritics",
  "so giao duc hue uu tienn dao tao nghe cho nhung doi tuong nao",
  [("HUE", "ưu tiên người chấp hành xong hình phạt tù, thanh niên hoàn thành nghĩa vụ quân sự, nghĩa vụ công an và các nhóm lao động yếu thế trong xã hội.")],
  "Sở Giáo dục và Đào tạo Huế (mục V.1) chủ trì các chương trình đào tạo, bồi dưỡng kỹ năng nghề cho người lao động, "
  "ưu tiên người chấp hành xong hình phạt tù, thanh niên hoàn thành nghĩa vụ quân sự, nghĩa vụ công an và các nhóm lao "
  "động yếu thế trong xã hội.",
  ["chấp hành xong hình phạt tù", "nghĩa vụ quân sự"])

# ================================================================================================== abbreviation
Q("abbreviation",
  "BTL Thủ đô có nv gì trong KH thực hiện NQ 23-NQ/TU?",
  [("HN", "Bộ Tư lệnh Thủ đô: tiếp tục tổ chức, tăng cường công tác tuyên truyền"),
   ("HN", "bồi dưỡng kiến thức quốc phòng, an ninh cho mọi tầng lớp nhân dân"),
   ("HN", "việc tôn giáo, già làng, trưởng họ tộc")],
  "Bộ Tư lệnh Thủ đô (trong nhóm “Lực lượng vũ trang Thành phố”, mục V.8) tiếp tục tăng cường tuyên truyền, phổ biến "
  "giáo dục, bồi dưỡng kiến thức quốc phòng, an ninh cho mọi tầng lớp nhân dân, nhất là người có uy tín trong cộng "
  "đồng, chức sắc, chức việc tôn giáo, già làng, trưởng họ tộc.",
  ["kiến thức quốc phòng, an ninh", "già làng"])
Q("abbreviation",
  "Hội NCT TP CT được đn hỗ trợ ngành GD&ĐT việc gì?",
  [("CT", "12. Đề nghị Hội Người cao tuổi thành phố"),
   ("CT", "hỗ trợ ngành Giáo dục và Đào tạo nâng cao chất lượng giáo dục và đào tạo trong các nhà trường")],
  "Hội Người cao tuổi thành phố Cần Thơ (mục V.12) được đề nghị hướng dẫn các cấp Hội tuyên truyền, tập huấn về khuyến "
  "học, khuyến tài; hỗ trợ ngành Giáo dục và Đào tạo nâng cao chất lượng giáo dục và đào tạo trong các nhà trường, mở "
  "rộng các hình thức học tập suốt đời.",
  ["trong các nhà trường"])
Q("abbreviation",
  "P.VH-TT h. ML đc giao nv gì trong KH XHHT?",
  [("ML", "4. Phòng Văn hóa-Thông tin"),
   ("ML", "a) Nhân rộng các mô hình học tập suốt đời trong thư viện, bảo tàng, nhà văn hóa, câu lạc bộ, Trung tâm Văn hóa - Thể thao."),
   ("ML", "b) Tổ chức đào tạo, bồi dưỡng nâng cao chất lượng nguồn nhân lực làm việc trong các thiết chế văn hóa - thể thao")],
  "Phòng Văn hóa-Thông tin huyện Mỹ Lộc (mục V.4): nhân rộng các mô hình học tập suốt đời trong thư viện, bảo tàng, "
  "nhà văn hóa, câu lạc bộ, Trung tâm Văn hóa - Thể thao; tổ chức đào tạo, bồi dưỡng nguồn nhân lực làm việc trong các "
  "thiết chế văn hóa - thể thao đáp ứng yêu cầu chuyển đổi số.",
  ["thư viện", "thiết chế văn hóa - thể thao"])
Q("abbreviation",
  "Sở VH&TT HN nhân rộng mô hình HTSĐ ở đâu, gắn với PT nào?",
  [("HN", "nhân rộng các mô hình học tập suốt đời trong các thiết chế văn hóa cơ sở (thư viện, bảo tàng, nhà văn hóa, câu lạc bộ…) gắn với phong trào xây dựng “Gia đình văn hóa”, “Làng văn hóa”, “Tổ dân phố văn hóa”")],
  "Sở Văn hóa và Thể thao Hà Nội (mục V.4) nhân rộng các mô hình học tập suốt đời trong các thiết chế văn hóa cơ sở "
  "(thư viện, bảo tàng, nhà văn hóa, câu lạc bộ…) gắn với phong trào xây dựng “Gia đình văn hóa”, “Làng văn hóa”, “Tổ "
  "dân phố văn hóa”, “Phường, thị trấn đạt chuẩn văn minh đô thị”.",
  ["thiết chế văn hóa cơ sở", "Gia đình văn hóa"])
Q("abbreviation",
  "Sở GD&ĐT TP Huế BC KQ thực hiện ĐA ntn, dự thảo VB gửi đâu?",
  [("HUE", "Kiểm tra, giám sát và định kỳ báo cáo tình hình, kết quả thực hiện Đề án; dự thảo văn bản của Ủy ban nhân dân thành phố gửi Bộ Giáo dục và Đào tạo.")],
  "Sở Giáo dục và Đào tạo Huế (mục V.1) kiểm tra, giám sát và định kỳ báo cáo tình hình, kết quả thực hiện Đề án; dự "
  "thảo văn bản của Ủy ban nhân dân thành phố gửi Bộ Giáo dục và Đào tạo.",
  ["định kỳ báo cáo", "Bộ Giáo dục và Đào tạo"])
Q("abbreviation",
  "BCĐ TP CT là BCĐ gì, ai là TB?",
  [("CT", "Ban Chỉ đạo Xây dựng xã hội học tập - Xóa mù chữ - Phổ cập giáo dục thành phố Cần Thơ giai đoạn 2021 - 2030"),
   ("CT", "TM. BAN CHỈ ĐẠO TRƯỞNG BAN PHÓ CHỦ TỊCH UBND THÀNH PHỐ Nguyễn Thực Hiện")],
  "Ban Chỉ đạo thành phố là Ban Chỉ đạo Xây dựng xã hội học tập - Xóa mù chữ - Phổ cập giáo dục thành phố Cần Thơ "
  "giai đoạn 2021 - 2030. Trưởng ban, người ký Kế hoạch 74/KH-BCĐ thay mặt Ban Chỉ đạo, là ông Nguyễn Thực Hiện, Phó "
  "Chủ tịch UBND thành phố.",
  ["Xóa mù chữ - Phổ cập giáo dục", "Nguyễn Thực Hiện"])

# ================================================================================= paraphrase (long, context noise)
Q("paraphrase",
  "Tuần trước phòng tôi họp rà lại các văn bản cũ. Tôi nhớ mang máng kế hoạch Hà Nội có giao bên công an chuyện dạy chữ, dạy nghề cho người đang bị giam giữ. Cụ thể là cho những ai, ở đâu?",
  [("HN", "Công an Thành phố: chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Sở Lao động - Thương binh và Xã hội tiếp tục tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân và học viên trong các trại giam, trại tạm giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng.")],
  "Mục V.8 giao Công an Thành phố chủ trì, phối hợp với Sở GD&ĐT và Sở LĐ-TB&XH tổ chức các lớp xóa mù chữ, phổ cập "
  "giáo dục, đào tạo nghề cho trại viên, phạm nhân và học viên trong các trại giam, trại tạm giam, cơ sở giáo dục bắt "
  "buộc, trường giáo dưỡng.",
  ["phạm nhân", "trường giáo dưỡng"])
Q("paraphrase",
  "Xã tôi ở An Lão mới sáp nhập xong, nhiều cán bộ mới chưa quen việc. Chủ tịch xã muốn biết kế hoạch của huyện bảo cái loa xã phải phát những gì?",
  [("AL", "Chỉ đạo đài phát thanh địa phương, hệ thống thông tin cơ sở đăng tải, tuyên truyền nội dung bài viết của Tổng Bí thư về “Học tập suốt đời”")],
  "Mục III.9 giao UBND xã, thị trấn chỉ đạo đài phát thanh địa phương, hệ thống thông tin cơ sở đăng tải, tuyên truyền "
  "nội dung bài viết của Tổng Bí thư về “Học tập suốt đời”; tuyên truyền các mô hình, tấm gương điển hình về khuyến "
  "học, khuyến tài, xây dựng xã hội học tập, học tập suốt đời tại địa phương.",
  ["đài phát thanh", "bài viết của Tổng Bí thư"])
Q("paraphrase",
  "Chúng tôi là một nhóm tình nguyện ở Cần Thơ hay dạy kèm các em bỏ học. Nghe nói kế hoạch của thành phố có nhắc chuyện các bà mẹ phải lo cho con đi học. Hội nào được đề nghị việc đó và nói thế nào?",
  [("CT", "d) Đề nghị Hội Liên hiệp Phụ nữ thành phố chỉ đạo các cấp Hội Phụ nữ tiếp tục vận động tuyên truyền hội viên, phụ nữ cho con đi học đúng độ tuổi, không để con bỏ học")],
  "Hội Liên hiệp Phụ nữ thành phố (mục V.11.d) được đề nghị chỉ đạo các cấp Hội Phụ nữ tiếp tục vận động tuyên truyền "
  "hội viên, phụ nữ cho con đi học đúng độ tuổi, không để con bỏ học, gắn với Cuộc vận động “Xây dựng gia đình 5 "
  "không 3 sạch”; hỗ trợ gia đình phụ nữ, trẻ em khó khăn được đến trường.",
  ["Hội Liên hiệp Phụ nữ", "cho con đi học đúng độ tuổi"])
Q("paraphrase",
  "Con tôi học mầm non công lập ở Hà Nội, nghe nói sắp điều chỉnh học phí. Kế hoạch xã hội học tập của thành phố có nói gì về chuyện giá dịch vụ giáo dục không?",
  [("HN", "Hoàn thiện cơ chế tự chủ đối với các cơ sở giáo dục; ban hành định mức kinh tế - kỹ thuật, giá dịch vụ giáo dục đối với các cơ sở giáo dục mầm non, giáo dục phổ thông")],
  "Có, nhưng chỉ ở mức định hướng: mục III.6 (Hoàn thiện cơ chế, chính sách) nêu hoàn thiện cơ chế tự chủ đối với các "
  "cơ sở giáo dục; ban hành định mức kinh tế - kỹ thuật, giá dịch vụ giáo dục đối với các cơ sở giáo dục mầm non, "
  "giáo dục phổ thông. Kế hoạch không nêu mức học phí cụ thể.",
  ["giá dịch vụ giáo dục", "mầm non"])
Q("paraphrase",
  "Ở Cần Thơ, mấy bạn đoàn viên lười học, học hành chểnh mảng thì kế hoạch năm 2024 bảo Đoàn phải làm gì?",
  [("CT", "tổ chức các hoạt động phù hợp, thiết thực để động viên, cảm hóa những đoàn viên có biểu hiện thiếu tích cực trong học tập")],
  "Mục V.11.c đề nghị Đoàn TNCS Hồ Chí Minh thành phố chỉ đạo Đoàn quận, huyện tổ chức các hoạt động phù hợp, thiết "
  "thực để động viên, cảm hóa những đoàn viên có biểu hiện thiếu tích cực trong học tập, và vận động đoàn viên, đội "
  "viên bỏ học giữa chừng trở lại trường.",
  ["cảm hóa", "thiếu tích cực trong học tập"])
Q("paraphrase",
  "Năm nay ở Huế có mấy dịp lễ về đọc sách, khuyến học, học suốt đời mà kế hoạch bảo phải tổ chức hưởng ứng?",
  [("HUE", "Tổ chức hiệu quả các hoạt động hưởng ứng như: Tuần lễ hưởng ứng học tập suốt đời, Ngày Sách và Văn hóa đọc Việt Nam, Ngày Khuyến học Việt Nam, gắn với các phong trào thi đua yêu nước tại địa phương.")],
  "Ba dịp (mục III.2): Tuần lễ hưởng ứng học tập suốt đời, Ngày Sách và Văn hóa đọc Việt Nam, Ngày Khuyến học Việt Nam, "
  "gắn với các phong trào thi đua yêu nước tại địa phương.",
  ["Tuần lễ hưởng ứng học tập suốt đời", "Ngày Sách và Văn hóa đọc Việt Nam", "Ngày Khuyến học Việt Nam"])

# ======================================================================================================= english
Q("english",
  "Our union is the Hue City Labour Federation. Which plan does the 2026 plan tell us to implement, and of what date?",
  [("HUE", "8. Liên đoàn Lao động thành phố"),
   ("HUE", "tổ chức thực hiện Kế hoạch số 147/KH-UBND ngày 17 tháng 4 năm 2023")],
  "Section V.8 asks the Liên đoàn Lao động thành phố to lead, with the relevant departments and localities, the "
  "implementation of Kế hoạch số 147/KH-UBND dated 17 tháng 4 năm 2023 (17 April 2023) on the programme promoting "
  "lifelong learning among workers in enterprises to 2030 in Huế.",
  ["147/KH-UBND", "17 tháng 4 năm 2023"])
Q("english",
  "Is it true that My Loc targets 50% of working-age people with information literacy by 2025?",
  [("ML", ML_2025), ("ML", "60% số người trong độ tuổi lao động được trang bị năng lực thông tin."),
   ("ML", ML_2030), ("ML", "70% người trong độ tuổi lao động được trang bị năng lực thông tin.")],
  "No. My Loc's target for 2025 is 60% of working-age people equipped with information literacy (năng lực thông "
  "tin); for 2030 it is 70%.",
  ["60%", "70%"])
Q("english",
  "It is 2026 now. What share of Hue's citizens should earn the 'learning citizen' title this year?",
  [("HUE", T_HUE), ("HUE", "40% công dân đạt danh hiệu công dân học tập.")],
  "Reading 'this year' as 2026, the year of Hue's plan: 40% of citizens should earn the 'công dân học tập' title "
  "(section II.4).",
  ["40%", "2026"])
Q("english",
  "At the end of its plan period, what literacy rate does Hanoi aim for among people aged 15-60?",
  [("HN", HN_2030), ("HN", "99,6% người trong độ tuổi 15-60 biết chữ.")],
  "Hanoi's targets run to 2030 (with a vision to 2045 but no figures for it), so the end of the period is read as "
  "2030: 99,6% of people aged 15-60 literate.",
  ["99,6", "2030"])
Q("english",
  "Hue and Can Tho — who is the standing body in each plan?",
  [("HUE", "1. Sở Giáo dục và Đào tạo - Là cơ quan thường trực"),
   ("CT", "phản ánh về Sở Giáo dục và Đào tạo (Thường trực Ban Chỉ đạo thành phố)")],
  "In both it is the Department of Education and Training (Sở Giáo dục và Đào tạo): Hue's plan calls it the 'cơ quan "
  "thường trực' (V.1); Can Tho's names it 'Thường trực Ban Chỉ đạo thành phố', to which difficulties are reported.",
  ["Sở Giáo dục và Đào tạo", "Thường trực Ban Chỉ đạo thành phố"])
Q("english",
  "I'm at the An Lao District Office of Home Affairs. What are we supposed to do under the lifelong learning plan?",
  [("AL", "2. Phòng Nội vụ"),
   ("AL", "Chủ trì phối hợp với các phòng, ban, ngành, địa phương tham mưu Ủy ban nhân dân huyện kế hoạch, kinh phí, tổ chức đào tạo, bồi dưỡng cán bộ, công chức, viên chức"),
   ("AL", "chính sách bảo vệ cán bộ, miễn trừ trách nhiệm đối với cán bộ tiên phong")],
  "Section III.2 (Phòng Nội vụ): lead advice to the district People's Committee on the plan, funding and organisation "
  "of training for officials and civil servants; survey and assess the quality of staff and research criteria to "
  "assess and screen them; and research policies to encourage bold officials, including 'chính sách bảo vệ cán bộ, "
  "miễn trừ trách nhiệm' for pioneering officials whose pilots fail for objective reasons.",
  ["Phòng Nội vụ", "bảo vệ cán bộ"])
Q("english",
  "When was Can Tho's plan 47/KH-BCĐ issued?",
  [("CT", "Số: 74 /KH-BCĐ"), ("CT", "Cần Thơ, ngày 04 tháng 5 năm 2024")],
  "The loaded Can Tho plan of the Steering Committee is number 74/KH-BCĐ (not 47); it is dated 04 tháng 5 năm 2024 "
  "(4 May 2024).",
  ["74", "04 tháng 5 năm 2024"])
Q("english",
  "Who signed Hue's 2026 plan and in what capacity? Was it the Chairman?",
  [("HUE", "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Thanh Bình")],
  "Not the Chairman: it was signed by Vice-Chairman (PHÓ CHỦ TỊCH) Nguyễn Thanh Bình, on behalf of the People's "
  "Committee and for the Chairman (TM. Ủy ban nhân dân, KT. Chủ tịch).",
  ["Nguyễn Thanh Bình", "PHÓ CHỦ TỊCH"])
Q("english",
  "We're a disability NGO in Can Tho. Which groups does the 2024 plan say vocational training should help reach through flexible, distance and guided self-study?",
  [("CT", "giúp người lao động, đặc biệt là lao động nông thôn, người khuyết tật, người nội trợ, người cao tuổi dễ dàng tiếp cận")],
  "Under III.3.a (vocational institutions), work-study, distance and guided self-study training should help workers, "
  "especially rural workers (lao động nông thôn), people with disabilities (người khuyết tật), homemakers (người nội "
  "trợ) and older people (người cao tuổi), access vocational education easily.",
  ["người khuyết tật", "người cao tuổi"])
Q("english",
  "How many main sections does Can Tho's 2024 plan have, and what is section IV about?",
  [("CT", "I. MỤC ĐÍCH YÊU CẦU"), ("CT", "II. MỤC TIÊU"), ("CT", "III. NHIỆM VỤ VÀ GIẢI PHÁP"),
   ("CT", "IV. KINH PHÍ THỰC HIỆN"), ("CT", "V. TỔ CHỨC THỰC HIỆN")],
  "Five: I. Mục đích yêu cầu, II. Mục tiêu, III. Nhiệm vụ và giải pháp, IV. Kinh phí thực hiện (funding: state budget, "
  "sponsorship and other lawful sources), V. Tổ chức thực hiện.",
  ["Kinh phí thực hiện"])
Q("english",
  "Does An Lao's plan give a date for its periodic report from the communes?",
  [("AL", "định kỳ báo cáo tình hình thực hiện kế hoạch gửi Phòng Giáo dục và Đào tạo tổng hợp báo cáo Ủy ban nhân dân huyện")],
  "No date. Section III.9 only says the communes and towns report 'định kỳ' (periodically) to the Phòng Giáo dục và "
  "Đào tạo, which compiles a report to the district People's Committee.",
  ["định kỳ", "Phòng Giáo dục và Đào tạo"])
Q("english",
  "Is the Ministry of Education on the distribution list (Nơi nhận) of Hanoi's plan?",
  [("HN", "Nơi nhận: - Bộ Giáo dục và Đào tạo;"), ("HN", "- Hội Khuyến học Việt Nam;")],
  "Yes. 'Bộ Giáo dục và Đào tạo' is the first recipient listed; the list also includes the Hội Khuyến học Việt Nam, "
  "the Standing Committees of the City Party Committee and People's Council, and the city's departments and districts.",
  ["Bộ Giáo dục và Đào tạo", "Hội Khuyến học Việt Nam"])
Q("english",
  "My Loc and Can Tho: what is the labour and social affairs office or department told to do in each?",
  [("ML", "a) Chủ trì phối hợp với Phòng Giáo dục và Đào tạo và các phòng, ban, ngành liên quan triển khai thực hiện các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động; hỗ trợ học tập cho người bị thiệt thòi, yếu thế trong xã hội."),
   ("CT", "triển khai các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động; hỗ trợ học tập cho người bị thiệt thòi, yếu thế trong xã hội.")],
  "The same core task in both: run supplementary training and training in new vocational skills (đào tạo kỹ năng nghề "
  "nghiệp mới) for workers and support learning for disadvantaged, vulnerable people (yếu thế). My Loc's Phòng Lao "
  "động - Thương binh và Xã hội (V.2) also has two more tasks (vocational retraining models in enterprises; programmes "
  "for rural workers, disabled people, ethnic minorities, women and people past working age); Can Tho's Sở (V.3) has "
  "only this one.",
  ["đào tạo kỹ năng nghề nghiệp mới", "yếu thế"])
Q("english",
  "I'm a staffer at Hanoi's Department of Information and Communications. Which training courses are we to organise ourselves?",
  [("HN", "Chủ trì, phối hợp với các Sở, ngành, đơn vị có liên quan tổ chức các lớp tập huấn, bồi dưỡng kiến thức, kỹ năng, trang bị năng lực thông tin cho đội ngũ cán bộ công chức, viên chức, người lao động trên địa bàn Thành phố.")],
  "The one course task you lead (V.5): organise training and refresher classes on knowledge and skills, equipping "
  "officials, civil servants and workers in the city with information literacy (năng lực thông tin). Your other tasks "
  "are coordination (with the Department of Education on press work, with Culture and Sports on reading culture).",
  ["năng lực thông tin"])
Q("english",
  "In the An Lao plan, what does the 'Bình dân học vụ số' movement involve for ordinary people?",
  [("AL", "Phát động và thực hiện phong trào “Bình dân học vụ số” trong toàn dân"),
   ("AL", "Hướng dẫn người dân các kỹ năng khai thác, sử dụng công nghệ số hiệu quả và tự bảo vệ mình trước những nguy cơ, rủi ro trên môi trường số.")],
  "Section II.3 launches 'Bình dân học vụ số' across the population: universalising science and technology knowledge, "
  "digital knowledge and digital skills, and guiding people to use digital technology (công nghệ số) effectively and "
  "protect themselves from risks in the digital environment.",
  ["Bình dân học vụ số", "công nghệ số"])
Q("english",
  "Our team is drafting a briefing for UNESCO on Vietnamese learning cities, and a colleague says Hanoi's plan misspells the organisation's name. What does the plan say Hanoi aims to join, and how soon?",
  [("HN", "Phấn đấu Thủ đô Hà Nội gia nhập vào mạng lưới “Thành phố học tập” của UNESSCO trong thời gian sớm nhất.")],
  "Yes, the general objective reads 'UNESSCO': Hanoi strives to join the 'Thành phố học tập' (learning city) network "
  "'trong thời gian sớm nhất' (as soon as possible). The 2025 target is to register for the title and the 2030 target "
  "is to be recognised as a learning city.",
  ["UNESSCO", "trong thời gian sớm nhất"])
Q("english",
  "Next year is 2027. Does Hue's current plan set anything for next year, or is it a one-year plan?",
  [("HUE", T_HUE), ("HUE", "về Sở Giáo dục và Đào tạo trước ngày 15/12/2026")],
  "It is a one-year plan: the plan for năm 2026 in Huế. Its targets are for 2026 and its last dated step is the "
  "communes' and wards' report before 15/12/2026; it sets no target or deadline for 2027.",
  ["năm 2026", "15/12/2026"])

# ======================================================================= follow_up (3-5 turn histories, one thing changed)
HUE_F = "[000_4550be4bb11189cd.txt]"
ML_F = "[001_7bafa58816a5de75.txt]"
HN_F = "[002_797e8de6131c77f9.txt]"
CT_F = "[003_1a817ee72b993e3e.txt]"
AL_F = "[004_b1b28019b71edc03.txt]"

Q("follow_up", "Còn Liên đoàn Lao động thành phố thì sao?",
  [("HUE", "8. Liên đoàn Lao động thành phố"),
   ("HUE", "tổ chức thực hiện Kế hoạch số 147/KH-UBND ngày 17 tháng 4 năm 2023")],
  "Liên đoàn Lao động thành phố Huế (mục V.8) chủ trì, phối hợp các sở, ngành, địa phương tổ chức thực hiện Kế hoạch "
  "số 147/KH-UBND ngày 17 tháng 4 năm 2023 về Chương trình “Đẩy mạnh các hoạt động học tập suốt đời trong công nhân lao "
  "động tại các doanh nghiệp đến năm 2030” trên địa bàn thành phố Huế.",
  ["147/KH-UBND"],
  H("Theo kế hoạch năm 2026 của Huế, Sở Giáo dục và Đào tạo làm gì?",
    "Theo mục V.1 Kế hoạch thực hiện Đề án “Xây dựng xã hội học tập” năm 2026 của thành phố Huế, Sở Giáo dục và Đào tạo "
    "là cơ quan thường trực; chỉ đạo các cơ sở giáo dục nghề nghiệp hợp tác với doanh nghiệp; theo dõi các mục tiêu "
    "xóa mù chữ, phổ cập giáo dục, hiệu quả cơ sở giáo dục, “Đơn vị học tập”, “Cộng đồng học tập”; kiểm tra, giám sát "
    "và định kỳ báo cáo. " + HUE_F,
    "Ai phối hợp với sở đó kiểm tra các trung tâm học tập cộng đồng?",
    "Mục III.7: Sở Giáo dục và Đào tạo chủ trì, phối hợp với Hội Khuyến học thành phố và các sở, ban, ngành liên quan "
    "tổ chức kiểm tra, giám sát hoạt động của các trung tâm học tập cộng đồng tại các xã, phường. " + HUE_F))
Q("follow_up", "Vậy đến 2030 thì con số đó là bao nhiêu?",
  [("HN", HN_2030), ("HN", "70% công dân đạt danh hiệu công dân học tập; 70% công dân đạt kỹ năng số.")],
  "Đến năm 2030 (mục II.2.2.d): 70% công dân đạt danh hiệu công dân học tập (và 70% công dân đạt kỹ năng số), tăng từ "
  "50% của mốc 2025.",
  ["70%"],
  H("Hà Nội đặt bao nhiêu % công dân đạt danh hiệu công dân học tập đến năm 2025?",
    "Mục II.2.1.d kế hoạch Hà Nội: “50% công dân đạt danh hiệu công dân học tập; 50% công dân đạt kỹ năng số.” " + HN_F,
    "Ai nhân rộng mô hình Công dân học tập ở đó?",
    "Hội Khuyến học Thành phố được đề nghị nhân rộng các mô hình học tập: Công dân học tập; Gia đình học tập, Dòng họ "
    "học tập; Cộng đồng học tập; Đơn vị học tập (mục V.15.b). " + HN_F))
Q("follow_up", "Thế ở Cần Thơ, công an thành phố được giao gì?",
  [("CT", "8. Công an thành phố"),
   ("CT", "tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân và học viên trong các trại giam, trại tạm giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng (nếu có).")],
  "Cần Thơ (mục V.8): Công an thành phố chủ trì, phối hợp với Sở GD&ĐT, UBND quận, huyện tổ chức các lớp xóa mù chữ, "
  "phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân và học viên trong các trại giam, trại tạm giam, cơ sở giáo "
  "dục bắt buộc, trường giáo dưỡng (nếu có).",
  ["phạm nhân", "trường giáo dưỡng"],
  H("Ở Mỹ Lộc, Công an huyện được giao gì?",
    "Mục V.6 kế hoạch huyện Mỹ Lộc giao chung “Công an huyện, Bộ Chỉ huy Quân sự huyện”: nâng cao trình độ, năng lực "
    "ngoại ngữ cho cán bộ toàn lực lượng vũ trang trên địa bàn huyện. " + ML_F,
    "Có hạn nào cho việc đó không?",
    "Mục V.6 không nêu thời hạn riêng; các mốc chung của kế hoạch là báo cáo hằng năm và sơ kết 2025, tổng kết 2030. "
    + ML_F))
Q("follow_up", "Còn gì nữa không? Liệt kê nốt giúp.",
  [("AL", "Nghiên cứu tham mưu đưa kết quả triển khai mô hình “Công dân học tập”, “Đơn vị học tập” trong cơ quan, đơn vị"),
   ("AL", "ban nhân dân huyện đánh giá người đứng đầu các phòng, ban, ngành hằng năm."),
   ("AL", "Chỉ đạo, hướng dẫn các cơ sở giáo dục xây dựng môi trường giáo dục, đào tạo lành mạnh"),
   ("AL", "Tham mưu, triển khai, tổ chức các hoạt động hợp tác quốc tế về giáo dục")],
  "Các nhiệm vụ còn lại của Phòng GD&ĐT An Lão (mục III.1): phối hợp triển khai các mô hình học tập, tham mưu đưa kết "
  "quả mô hình “Công dân học tập”, “Đơn vị học tập”, “Cộng đồng học tập” vào tiêu chí UBND huyện đánh giá người đứng "
  "đầu các phòng, ban, ngành hằng năm; chỉ đạo các cơ sở giáo dục xây dựng môi trường giáo dục lành mạnh, thực học và "
  "tuyên truyền về học tập suốt đời; chủ trì tổng hợp kết quả phong trào hằng năm; tham mưu, tổ chức các hoạt động hợp "
  "tác quốc tế về giáo dục.",
  ["người đứng đầu", "hợp tác quốc tế"],
  H("Phòng Giáo dục và Đào tạo An Lão có nhiệm vụ gì?",
    "Một số nhiệm vụ chính (mục III.1): chủ trì tham mưu UBND huyện trình HĐND huyện điều chỉnh các cơ chế, chính sách "
    "thúc đẩy khuyến học, khuyến tài; tham mưu rà soát, sắp xếp mạng lưới cơ sở giáo dục mầm non, phổ thông, kiện toàn "
    "trung tâm học tập cộng đồng cấp xã sau sáp nhập; đào tạo, bồi dưỡng cán bộ quản lý, giáo viên theo Chương trình "
    "Giáo dục phổ thông 2018. " + AL_F,
    "Việc nào có mốc thời gian không?",
    "Không việc nào có ngày cụ thể; chỉ có việc chủ trì tổng hợp kết quả phong trào “Học tập suốt đời” làm hằng năm, "
    "và việc kiện toàn trung tâm học tập cộng đồng gắn với thời điểm sau khi sắp xếp, sáp nhập đơn vị hành chính. " + AL_F))
Q("follow_up", "còn gì nữa không?",
  [("HN", "Củng cố, phát triển tổ chức Hội Khuyến học ở các cơ quan, doanh nghiệp, trường học, lực lượng vũ trang"),
   ("HN", "Tăng cường xã hội hóa các nguồn lực của xã hội để thực hiện công tác khuyến học, khuyến tài, xây dựng xã hội học tập."),
   ("HN", "Phối hợp với Sở Giáo dục và Đào tạo đẩy mạnh hoạt động của các trung tâm học tập cộng đồng.")],
  "Ba việc còn lại của Hội Khuyến học Thành phố (mục V.15.b): củng cố, phát triển tổ chức Hội Khuyến học ở các cơ "
  "quan, doanh nghiệp, trường học, lực lượng vũ trang (theo Kết luận 49/KL-TW); tăng cường xã hội hóa các nguồn lực "
  "cho khuyến học, khuyến tài; phối hợp với Sở GD&ĐT đẩy mạnh hoạt động của các trung tâm học tập cộng đồng.",
  ["lực lượng vũ trang", "xã hội hóa", "trung tâm học tập cộng đồng"],
  H("Hội Khuyến học Thành phố Hà Nội được đề nghị làm gì?",
    "Theo mục V.15.b: chỉ đạo lồng ghép các hoạt động tuyên truyền về Nghị quyết số 23-NQ/TU qua Hội khuyến học các "
    "cấp; nhân rộng các mô hình học tập (Công dân học tập; Gia đình học tập, Dòng họ học tập; Cộng đồng học tập; Đơn vị "
    "học tập). " + HN_F,
    "Các mô hình đó được gắn với phong trào nào?",
    "Mục III.5 gắn các tiêu chí công nhận “Công dân học tập”, “Gia đình học tập”, “Dòng họ học tập”, “Đơn vị học tập” "
    "với gia đình văn hóa, khu dân cư văn hóa và các phong trào thi đua của Thành phố. " + HN_F))
Q("follow_up", "And what share of people aged 15 and over should have technical qualifications that year?",
  [("CT", "Phần đầu đạt tỷ lệ 30% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật; trong đó, 15% dân số có trình độ đại học trở lên.")],
  "For 2024 Can Tho aims ('Phần đầu', read as phấn đấu) for 30% of the population aged 15+ trained to a technical "
  "qualification, of whom 15% of the population hold a university degree or higher.",
  ["30%", "15%"],
  H("Kế hoạch năm 2024 của Cần Thơ đặt bao nhiêu % người lao động có kỹ năng sống?",
    "Mục II.2.b: “Phần đầu đạt tỷ lệ 90% số người trong độ tuổi lao động được trang bị kỹ năng sống” (đọc là phấn đấu "
    "đạt 90%). " + CT_F,
    "Ai theo dõi chỉ tiêu đó?",
    "Kế hoạch không giao riêng việc theo dõi chỉ tiêu này; Sở GD&ĐT chủ trì triển khai các nhiệm vụ của Kế hoạch và "
    "tham mưu kiểm tra, đánh giá, tổng hợp, báo cáo (mục V.1). " + CT_F))
Q("follow_up", "Thế còn ở quận, huyện thì ai lo kinh phí?",
  [("HN", "16. Ủy ban nhân dân quận, huyện, thị xã"),
   ("HN", "Cân đối và bố trí kinh phí hàng năm trong phạm vi ngân sách để thực hiện Kế hoạch.")],
  "Ủy ban nhân dân quận, huyện, thị xã (mục V.16) tự cân đối và bố trí kinh phí hàng năm trong phạm vi ngân sách để "
  "thực hiện Kế hoạch, bên cạnh việc xây dựng kế hoạch thực hiện Nghị quyết 23-NQ/TU của địa phương.",
  ["bố trí kinh phí hàng năm"],
  H("What does Hanoi's plan ask the Department of Finance to do?",
    "Section V.6 (Sở Tài chính): ensure funding within annual budget estimates under the Luật Ngân sách Nhà nước; "
    "guide departments on the 'cơ chế tài chính'; and review policies to mobilise and diversify social resources. " + HN_F,
    "Where does the plan's money come from overall?",
    "Section IV: annual state budget estimates of each unit under the current budget decentralisation, plus "
    "sponsorship and contributions from enterprises, organisations and individuals and other lawful sources. " + HN_F))
Q("follow_up", "Giai đoạn sau, tới 2030, chỉ tiêu đó lên bao nhiêu?",
  [("ML", ML_2030), ("ML", "70% người trong độ tuổi lao động được trang bị năng lực thông tin.")],
  "Đến năm 2030 (mục II.2.b): 70% người trong độ tuổi lao động được trang bị năng lực thông tin (từ 60% của mốc 2025).",
  ["70%"],
  H("Năm 2025 Mỹ Lộc đặt bao nhiêu % người trong độ tuổi lao động có năng lực thông tin?",
    "Mục tiêu đến năm 2025 (mục II.2.a): 60% số người trong độ tuổi lao động được trang bị năng lực thông tin. " + ML_F,
    "Khung năng lực thông tin thì ai triển khai?",
    "Phòng GD&ĐT phối hợp với Hội Khuyến học huyện tham mưu UBND huyện triển khai tiêu chí đánh giá xây dựng xã hội "
    "học tập và khung năng lực thông tin phục vụ học tập suốt đời cho công dân (mục V.1.b). " + ML_F))
Q("follow_up", "Còn Sở Văn hóa, Thể thao và Du lịch?",
  [("CT", "5. Sở Văn hóa, Thể thao và Du lịch"),
   ("CT", "nhân rộng các mô hình học tập suốt đời trong thư viện, bảo tàng, nhà văn hóa, câu lạc bộ.")],
  "Sở Văn hóa, Thể thao và Du lịch Cần Thơ (mục V.5) chủ trì, phối hợp với các cơ quan, đơn vị, UBND quận, huyện nhân "
  "rộng các mô hình học tập suốt đời trong thư viện, bảo tàng, nhà văn hóa, câu lạc bộ.",
  ["thư viện", "câu lạc bộ"],
  H("Trong KH 74 của Cần Thơ, Sở Lao động - Thương binh và Xã hội làm gì?",
    "Mục V.3: chủ trì triển khai các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động; "
    "hỗ trợ học tập cho người bị thiệt thòi, yếu thế trong xã hội. " + CT_F,
    "Phối hợp với ai?",
    "Với các cơ quan, đơn vị có liên quan và Ủy ban nhân dân quận, huyện (mục V.3). " + CT_F))
Q("follow_up", "Còn ở Mỹ Lộc thì kinh phí lấy từ mấy nguồn?",
  [("ML", "1. Kinh phí thực hiện Kế hoạch từ nguồn ngân sách nhà nước theo phân cấp ngân sách nhà nước hiện hành."),
   ("ML", "2. Huy động từ các nguồn tài trợ, đóng góp của các tổ chức, doanh nghiệp và các nguồn tài trợ hợp pháp khác.")],
  "Hai nguồn (mục IV của Mỹ Lộc): 1. ngân sách nhà nước theo phân cấp ngân sách hiện hành; 2. huy động từ các nguồn "
  "tài trợ, đóng góp của các tổ chức, doanh nghiệp và các nguồn tài trợ hợp pháp khác.",
  ["ngân sách nhà nước", "nguồn tài trợ"],
  H("Kinh phí kế hoạch An Lão lấy từ đâu?",
    "Mục IV: ngân sách nhà nước theo quy định, nguồn thu hợp pháp của các cơ quan, đơn vị và huy động từ các nguồn xã "
    "hội hóa. " + AL_F,
    "UBND xã ở đó phải làm gì với ngân sách?",
    "Mục III.9: tổng hợp dự toán hàng năm, bố trí và phân bổ ngân sách theo kế hoạch cho công tác khuyến học, khuyến "
    "tài, xây dựng xã hội học tập và học tập suốt đời tại địa phương. " + AL_F))
Q("follow_up", "Còn Sở Nội vụ bên Cần Thơ được giao gì?",
  [("CT", "2. Sở Nội vụ"),
   ("CT", "xây dựng Đề án vị trí việc làm, điều chỉnh vị trí việc làm và cơ cấu viên chức theo chức danh nghề nghiệp")],
  "Ở Cần Thơ (mục V.2), Sở Nội vụ chủ trì, phối hợp với các cơ quan, UBND quận, huyện xây dựng Đề án vị trí việc làm, "
  "điều chỉnh vị trí việc làm và cơ cấu viên chức theo chức danh nghề nghiệp trong các đơn vị sự nghiệp công lập.",
  ["Đề án vị trí việc làm"],
  H("Tôi ở Phòng Nội vụ An Lão, phòng tôi làm gì trong kế hoạch Học tập suốt đời?",
    "Mục III.2: chủ trì tham mưu UBND huyện kế hoạch, kinh phí, tổ chức đào tạo, bồi dưỡng cán bộ, công chức, viên "
    "chức; khảo sát, đánh giá chất lượng đội ngũ; nghiên cứu cơ chế khuyến khích cán bộ dám nghĩ, dám làm. " + AL_F,
    "Có nhắc đến chuyện bảo vệ cán bộ không?",
    "Có: nghiên cứu chính sách bảo vệ cán bộ, miễn trừ trách nhiệm đối với cán bộ tiên phong, thực hiện thí điểm mà "
    "kết quả không đạt do nguyên nhân khách quan (mục III.2). " + AL_F))
Q("follow_up", "Which body is asked to take the citizen-learning programme (QĐ 677) forward there?",
  [("CT", "13. Đề nghị Hội Khuyến học thành phố"),
   ("CT", "Quyết định số 677/QĐ-TTg ngày 03 tháng 6 năm 2022 của Thủ tướng Chính phủ phê duyệt Chương trình “Xây dựng mô hình công dân học tập giai đoạn 2021 - 2030”")],
  "In Can Tho's plan (section V.13) the city Study Promotion Association (Hội Khuyến học thành phố) is asked to carry "
  "out the learning-society work with, among its key tasks, Quyết định số 677/QĐ-TTg (the 'công dân học tập' "
  "programme), alongside QĐ 1373 and QĐ 387.",
  ["Hội Khuyến học", "677/QĐ-TTg"],
  H("What's Can Tho's 2024 target for learning units?",
    "Section II.2.b: 'Phần đầu đạt tỷ lệ 55,55% đơn vị được đánh giá, công nhận theo mức độ “Đơn vị học tập” cấp "
    "huyện, cấp thành phố' (read as phấn đấu, a target). " + CT_F,
    "And learning communities?",
    "80% of units evaluated and recognised as 'Cộng đồng học tập' at commune, district and city level (II.2.b). " + CT_F))
Q("follow_up", "Còn năm 2030?",
  [("HN", HN_2030), ("HN", "80% gia đình, dòng họ, cộng đồng đạt danh hiệu gia đình, dòng họ, cộng đồng học tập.")],
  "Đến năm 2030 (mục II.2.2.d): 80% gia đình, dòng họ, cộng đồng đạt danh hiệu gia đình, dòng họ, cộng đồng học tập.",
  ["80%"],
  H("What share of Hanoi's families, clans and communities should hold the 'learning' title by 2025?",
    "60% (section II.2.1.d: '60% gia đình, dòng họ, cộng đồng đạt danh hiệu gia đình, dòng họ, cộng đồng học tập'). "
    + HN_F,
    "And who promotes those models?",
    "The Hội Khuyến học Thành phố replicates the learning models (V.15.b), and section III.5 ties their criteria to the "
    "'gia đình văn hóa' movement. " + HN_F))
Q("follow_up", "Thế còn Liên đoàn Lao động huyện?",
  [("ML", "d) Liên đoàn Lao động huyện"),
   ("ML", "thành lập quỹ khuyến học, khuyến tài hỗ trợ công nhân, người lao động học tập"),
   ("ML", "Chỉ đạo các cấp công đoàn hướng dẫn, hỗ trợ công đoàn cơ sở trong các doanh nghiệp")],
  "Liên đoàn Lao động huyện Mỹ Lộc (mục V.9.d): phối hợp đẩy mạnh phát triển nghề nghiệp, vận động công nhân, người "
  "lao động học tập nâng cao trình độ, kỹ năng nghề; chỉ đạo các cấp công đoàn hỗ trợ công đoàn cơ sở trong doanh "
  "nghiệp vận động người sử dụng lao động tạo điều kiện, thành lập quỹ khuyến học, khuyến tài hỗ trợ công nhân, người "
  "lao động và con em họ.",
  ["công đoàn cơ sở", "quỹ khuyến học, khuyến tài"],
  H("Ở Mỹ Lộc, Hội Liên hiệp Phụ nữ huyện được đề nghị gì?",
    "Mục V.9.e: phối hợp với Phòng GD&ĐT tuyên truyền Kế hoạch, lồng ghép trong phong trào “Phụ nữ tích cực học tập, "
    "lao động sáng tạo, xây dựng gia đình hạnh phúc”; vận động phụ nữ, trẻ em gái chưa biết chữ ra lớp xóa mù chữ; đẩy "
    "mạnh “Quỹ học bổng Hoàng Ngân”. " + ML_F,
    "Phối hợp với ai?",
    "Với Phòng Giáo dục và Đào tạo (mục V.9.e). " + ML_F))
Q("follow_up", "Còn kế hoạch An Lão gửi Sở GD&ĐT để làm gì?",
  [("AL", "Sở GD&ĐT (để Báo cáo);")],
  "Trong Nơi nhận của kế hoạch An Lão, Sở GD&ĐT nhận “(để Báo cáo)”, cũng như Hội Khuyến học TP và TT HU, HĐND huyện.",
  ["để Báo cáo"],
  H("Kế hoạch Hà Nội gửi cho những nơi nào?",
    "Nơi nhận gồm: Bộ Giáo dục và Đào tạo; Thường trực Thành ủy; Thường trực HĐND Thành phố; Chủ tịch, các PCT UBND "
    "Thành phố; Hội Khuyến học Việt Nam; Ủy ban MTTQ Việt Nam Thành phố; các Ban TGTU, DVTU; Hội Khuyến học thành phố "
    "Hà Nội; các sở, ban, ngành, đoàn thể; UBND các quận, huyện, thị xã. " + HN_F,
    "Ai ký?",
    "TM. Ủy ban nhân dân, KT. Chủ tịch, Phó Chủ tịch Vũ Thu Hà. " + HN_F))
Q("follow_up", "Còn chỉ tiêu Công dân học tập thì ai theo dõi?",
  [("HUE", "7. Hội Khuyến học thành phố"),
   ("HUE", "Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về “Công dân học tập”.")],
  "Hội Khuyến học thành phố (mục V.7) theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về “Công dân "
  "học tập” (chỉ tiêu 40% công dân đạt danh hiệu năm 2026).",
  ["Hội Khuyến học thành phố", "Công dân học tập"],
  H("A:Xin chào! Tôi có thể giúp tra cứu các kế hoạch xây dựng xã hội học tập đã nạp.",
    "Huế năm nay đặt bao nhiêu % trung tâm học tập cộng đồng ứng dụng CNTT?",
    "Năm nay đọc là 2026 — năm của kế hoạch Huế: 100% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin "
    "trong quản lý, tổ chức hoạt động giáo dục (mục II.3). " + HUE_F,
    "Ai theo dõi chỉ tiêu đó?",
    "Sở Giáo dục và Đào tạo theo dõi nhóm mục tiêu “hiệu quả hoạt động của các cơ sở giáo dục” (mục V.1). " + HUE_F))
Q("follow_up", "Còn việc gì nữa không ạ?",
  [("AL", "Phối hợp xây dựng các chuyên đề, hội thảo, cuộc thi thúc đẩy việc học tập lịch sử, văn hóa cho học sinh, sinh viên và nhân dân huyện.")],
  "Còn một việc: phối hợp xây dựng các chuyên đề, hội thảo, cuộc thi thúc đẩy việc học tập lịch sử, văn hóa cho học "
  "sinh, sinh viên và nhân dân huyện (ý cuối mục III.3).",
  ["lịch sử, văn hóa"],
  H("A:Chào anh/chị, tôi có thể giúp gì?",
    "An Lão giao ai xây dựng thư viện số?",
    "Phòng Văn hóa Khoa học và Thông tin (mục III.3): tham mưu củng cố các thiết chế văn hóa, xây dựng, nhân rộng mô "
    "hình “thư viện số”, “thư viện công cộng”. " + AL_F,
    "Phòng đó còn làm gì?",
    "Phòng còn chủ trì tham mưu cơ chế, chính sách thúc đẩy khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; và "
    "chủ trì tham mưu triển khai phong trào “Bình dân học vụ số” trong toàn dân (mục III.3). " + AL_F))
Q("follow_up", "And the city's ethnic minorities committee — what is it asked to do?",
  [("HN", "10. Ban Dân tộc Thành phố"),
   ("HN", "Tham mưu Ủy ban nhân dân Thành phố xây dựng, triển khai thực hiện Kế hoạch Chương trình mục tiêu quốc gia Phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi")],
  "Hanoi's Ban Dân tộc Thành phố (section V.10) advises the city People's Committee on building and implementing the "
  "plan for the Chương trình mục tiêu quốc gia on socio-economic development of ethnic minority and mountainous areas "
  "to 2030 (vision 2045), and coordinates education and training support so that children and learners there can "
  "take part in learning.",
  ["Ban Dân tộc", "Chương trình mục tiêu quốc gia"],
  H("Kế hoạch Hà Nội giao Sở Lao động - Thương binh và Xã hội gì?",
    "Mục V.2: chủ trì xây dựng các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề mới; nhân rộng mô hình đào tạo "
    "lại nghề trong doanh nghiệp; triển khai chương trình hỗ trợ đào tạo cho lao động nông thôn, người khuyết tật, "
    "người dân tộc thiểu số, phụ nữ, người hết tuổi lao động. " + HN_F,
    "Có nhắc vùng đồng bào dân tộc không?",
    "Có: đào tạo nghề gắn với sản xuất, kinh doanh ở nông thôn, vùng sâu, vùng xa, vùng đồng bào dân tộc thiểu số và "
    "miền núi (mục V.2). " + HN_F))
Q("follow_up", "Còn đến 2030 thì với trẻ 4 tuổi là sao?",
  [("ML", ML_2030),
   ("ML", "phấn đấu thực hiện phổ cập giáo dục mầm non cho trẻ em 04 tuổi.")],
  "Đến năm 2030 (mục II.2.b), Mỹ Lộc duy trì, củng cố, nâng cao chất lượng phổ cập mầm non cho trẻ 5 tuổi và phấn đấu "
  "thực hiện phổ cập giáo dục mầm non cho trẻ em 04 tuổi — tức là từ chuẩn bị điều kiện (2025) chuyển sang thực hiện "
  "phổ cập.",
  ["phấn đấu", "04 tuổi"],
  H("Năm 2025 Mỹ Lộc đặt mục tiêu phổ cập giáo dục mầm non thế nào?",
    "Mục II.2.a: 100% các xã, thị trấn duy trì và nâng cao chất lượng phổ cập giáo dục mầm non cho trẻ em 05 tuổi, bảo "
    "đảm điều kiện cơ sở vật chất để triển khai phổ cập cho trẻ mầm non 04 tuổi. " + ML_F,
    "Cái đó ai lo?",
    "Kế hoạch không giao riêng chỉ tiêu này; Phòng GD&ĐT chủ trì triển khai các nhiệm vụ của Đề án (mục V.1.a). " + ML_F))
Q("follow_up", "Ở Mỹ Lộc có nhắc đến SEAMEO không, nói gì?",
  [("ML", "Củng cố, tăng cường năng lực hoạt động của Trung tâm Khu vực về học tập suốt đời của Hội đồng Bộ trưởng Giáo dục các nước Đông Nam Á tại Việt Nam (SEAMEO CELLL).")],
  "Có, ở mục III.7.đ (hợp tác quốc tế) của Mỹ Lộc: cùng với tham gia mạng lưới “Thành phố học tập toàn cầu” của "
  "UNESCO, kế hoạch nêu củng cố, tăng cường năng lực hoạt động của Trung tâm Khu vực về học tập suốt đời của Hội đồng "
  "Bộ trưởng Giáo dục các nước Đông Nam Á tại Việt Nam (SEAMEO CELLL).",
  ["SEAMEO CELLL"],
  H("Cần Thơ có tham gia mạng lưới Thành phố học tập toàn cầu của UNESCO không?",
    "Có: mục III.6.d “Chủ động, tích cực tham gia mạng lưới “Thành phố học tập toàn cầu” do Tổ chức Giáo dục, Khoa học "
    "và Văn hóa của Liên hợp quốc (UNESCO) điều hành.” " + CT_F,
    "Phần đó thuộc nhóm nhiệm vụ nào?",
    "Nhóm 6: Tăng cường hợp tác quốc tế trong lĩnh vực học tập suốt đời, xây dựng xã hội học tập và phát triển công "
    "nghệ đào tạo mở và từ xa. " + CT_F))
Q("follow_up", "And the Department of Finance?",
  [("HUE", "4. Sở Tài chính Trên cơ sở đề nghị của các cơ quan, đơn vị liên quan và khả năng cân đối ngân sách, tham mưu Ủy ban nhân dân thành phố bố trí kinh phí thực hiện Kế hoạch theo quy định của Luật Ngân sách Nhà nước.")],
  "Hue's Sở Tài chính (section V.4): on the basis of proposals from the agencies concerned and the budget's capacity "
  "(khả năng cân đối ngân sách), it advises the city People's Committee on allocating funds for the plan under the "
  "Luật Ngân sách Nhà nước.",
  ["khả năng cân đối ngân sách", "Luật Ngân sách Nhà nước"],
  H("In Hue's plan, what is the Department of Culture and Sports asked to do?",
    "Section V.2 (Sở Văn hóa và Thể thao): lead implementation of Kế hoạch số 288/KH-UBND on lifelong learning in "
    "libraries, museums and cultural centres; train staff of the thiết chế văn hóa – thể thao; direct the press and "
    "grassroots information system to promote the learning society. " + HUE_F,
    "Which plan number again, and its date?",
    "288/KH-UBND dated 25 tháng 8 năm 2023 of the city People's Committee. " + HUE_F))
Q("follow_up", "Thế UBND xã, thị trấn ở đó thì sao, hạn báo cáo ngày nào?",
  [("ML", "d) Kiểm tra, giám sát và định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo")],
  "UBND các xã, thị trấn Mỹ Lộc (mục V.11.d) kiểm tra, giám sát và định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo "
  "về Phòng Giáo dục và Đào tạo — sớm hơn 5 ngày so với hạn 15 tháng 12 của Phòng.",
  ["10 tháng 12"],
  H("Phòng GD&ĐT Mỹ Lộc phải báo cáo UBND huyện hằng năm trước ngày nào?",
    "Trước ngày 15 tháng 12 hằng năm (mục V.1.e). " + ML_F,
    "Phòng đó còn tham mưu sơ kết, tổng kết khi nào?",
    "Sơ kết Đề án vào năm 2025, tổng kết vào năm 2030 (mục V.1.e). " + ML_F))

# ================================================================================================= unanswerable
# --- time-relative: the year read from "năm nay"/"năm sau"/"cuối kỳ" has no figure in the named plan
U("Năm sau Huế đặt bao nhiêu phần trăm công dân đạt danh hiệu công dân học tập?", r"2027",
  "Đọc “năm sau” là năm 2027. Kế hoạch của Huế chỉ là kế hoạch năm 2026 (40% công dân học tập cho năm 2026) và không "
  "đặt chỉ tiêu nào cho năm 2027; các kế hoạch đã nạp không có con số này.", plans=("HUE",))
U("Năm nay Cần Thơ phấn đấu bao nhiêu % trung tâm học tập cộng đồng ứng dụng công nghệ thông tin?", r"2026",
  "Đọc “năm nay” là năm 2026. Kế hoạch đã nạp của Cần Thơ là kế hoạch năm 2024 (90% cho năm 2024) và không có chỉ "
  "tiêu cho năm 2026.", plans=("CT",))
U("Năm nay Hà Nội phải đạt bao nhiêu phần trăm công dân có kỹ năng số?", r"2026",
  "Đọc “năm nay” là năm 2026. Kế hoạch Hà Nội chỉ đặt mốc 2025 (50%) và 2030 (70%) cho công dân đạt kỹ năng số, không "
  "có con số cho năm 2026.", plans=("HN",))
U("Năm nay Mỹ Lộc đặt mục tiêu bao nhiêu phần trăm người lao động có kỹ năng sống?", r"2026",
  "Đọc “năm nay” là năm 2026. Kế hoạch Mỹ Lộc chỉ đặt mốc đến năm 2025 (60%) và đến năm 2030 (80%), không có con số "
  "riêng cho năm 2026.", plans=("ML",))
U("Cuối kỳ kế hoạch, An Lão phải đạt bao nhiêu % công dân học tập?", r"%|phan tram",
  "Kế hoạch “Học tập suốt đời” của An Lão không có phần mục tiêu và không đặt tỷ lệ phần trăm nào, cũng không nêu "
  "một kỳ kế hoạch có năm kết thúc; kế hoạch không trả lời được câu này.", plans=("AL",))
U("Giai đoạn sau 2030, tức tầm nhìn 2045, Hà Nội đặt bao nhiêu % công dân học tập?", r"2045[^.]{0,120}\d+ ?%|\d+ ?%[^.]{0,120}2045",
  "Kế hoạch Hà Nội nêu “tầm nhìn đến năm 2045” nhưng chỉ đặt chỉ tiêu cụ thể đến năm 2030 (70% công dân học tập); "
  "không có con số cho giai đoạn sau 2030.", plans=("HN",))
U("Thế năm 2027 thì hạn đó là ngày nào?", r"2027",
  "Kế hoạch Huế là kế hoạch năm 2026; hạn 15/12/2026 chỉ áp cho năm 2026. Kế hoạch không nêu hạn báo cáo cho năm "
  "2027.", plans=("HUE",),
  history=H("Huế yêu cầu xã, phường gửi báo cáo kết quả năm 2026 trước ngày nào?",
            "Trước ngày 15/12/2026, gửi Sở Giáo dục và Đào tạo (mục V.9 Kế hoạch năm 2026 của thành phố Huế). "
            "[000_4550be4bb11189cd.txt]",
            "Báo cáo đó sau đó đi đâu?",
            "Sở Giáo dục và Đào tạo tổng hợp, báo cáo Ủy ban nhân dân thành phố theo quy định (mục V.9). "
            "[000_4550be4bb11189cd.txt]"))
U("Thế năm sau, 2027, Mỹ Lộc đặt bao nhiêu?", r"2027",
  "Kế hoạch Mỹ Lộc chỉ đặt hai mốc, đến năm 2025 và đến năm 2030 (60% và 70% năng lực thông tin); không có con số "
  "cho năm 2027.", plans=("ML",),
  history=H("Mỹ Lộc đặt bao nhiêu % người lao động có năng lực thông tin đến 2030?",
            "Mục II.2.b: 70% người trong độ tuổi lao động được trang bị năng lực thông tin. [001_7bafa58816a5de75.txt]",
            "Còn mốc 2025?",
            "Mục II.2.a: 60% số người trong độ tuổi lao động được trang bị năng lực thông tin. [001_7bafa58816a5de75.txt]"))
U("Next year, 2027, what share of Hanoi's units should be recognised as learning units?", r"2027",
  "Reading 'next year' as 2027: Hanoi's plan sets the learning-unit share only for 2025 (50%) and 2030 (70%); it has "
  "no figure for 2027.", plans=("HN",))

# --- wrong year of an annual plan = another document (not loaded); wrong number of a cited-only document
U("Kế hoạch xây dựng xã hội học tập năm 2025 của Huế giao Sở Nội vụ làm gì?", r"xa hoi hoc tap[”\"]? nam 2025",
  "Kế hoạch đã nạp của Huế là kế hoạch năm 2026; kế hoạch năm 2025 của Huế không có trong các kế hoạch đã nạp, nên "
  "không biết nó giao gì cho Sở Nội vụ (kế hoạch năm 2026 có giao Sở Nội vụ việc đào tạo, bồi dưỡng cán bộ).",
  plans=("HUE",))
U("KH xây dựng XHHT năm 2025 của Cần Thơ đặt bao nhiêu % người lao động có kỹ năng sống?", r"2025",
  "Kế hoạch đã nạp của Cần Thơ là Kế hoạch 74/KH-BCĐ năm 2024 (phấn đấu 90% kỹ năng sống cho năm 2024). Kế hoạch "
  "năm 2025 của Cần Thơ không có trong các kế hoạch đã nạp.", plans=("CT",))
U("Kế hoạch 251/KH-UBND ngày 28/10/2021 của Cần Thơ đặt mục tiêu gì cho năm 2030?", r"\b251\b",
  "Không có kế hoạch số 251 trong các kế hoạch đã nạp. Ngày 28/10/2021 là ngày của Kế hoạch 215/KH-UBND của UBND "
  "thành phố Cần Thơ, mà Kế hoạch 74/KH-BCĐ chỉ dẫn làm căn cứ; nội dung của nó không được nạp.", plans=ALL)
U("Thông tư 52/2023/TT-BGDĐT quy định “Cộng đồng học tập” cấp xã mức độ 1 cần những tiêu chí gì?", r"52/2023|muc do 1 (gom|can)",
  "Không có Thông tư 52/2023 trong các kế hoạch. Các kế hoạch Huế và An Lão chỉ dẫn Thông tư 25/2023/TT-BGDĐT về đánh "
  "giá, công nhận “Cộng đồng học tập”, không chép tiêu chí của nó.", plans=ALL)
U("Kế hoạch 147/KH-UBND về công nhân lao động của Huế đặt chỉ tiêu bao nhiêu doanh nghiệp có hoạt động học tập?",
  r"\d+ ?% (cac )?doanh nghiep|\d+ doanh nghiep",
  "Kế hoạch năm 2026 của Huế chỉ giao Liên đoàn Lao động thành phố thực hiện Kế hoạch 147/KH-UBND; nội dung và chỉ "
  "tiêu của Kế hoạch 147 không có trong các kế hoạch đã nạp.", plans=("HUE",))
U("What did Hanoi's old plan 290/KH-UBND set as its 2025 target for learning citizens?", r"290/kh-ubnd[^.]{0,200}\d+ ?%",
  "Hanoi's loaded plan only says it replaces Kế hoạch 290/KH-UBND of 16/12/2021; the old plan's targets are not in the "
  "loaded plans.", plans=("HN",))

# --- role-play by a body the plan does not task (nor covers by a generic item)
U("Tôi công tác ở Công an thành phố Huế. Kế hoạch năm 2026 giao gì cho đơn vị tôi?", r"cong an thanh pho|cong an tinh|cong an thua thien",
  "Kế hoạch năm 2026 của Huế không giao việc cho Công an thành phố (chỉ nhắc “nghĩa vụ công an” khi nói đối tượng ưu "
  "tiên đào tạo nghề); mục V không có công an, cũng không có nhóm lực lượng vũ trang.", plans=("HUE",))
U("Tôi là công chức văn hóa - xã hội một xã thuộc huyện Cờ Đỏ, Cần Thơ. Kế hoạch năm 2024 của thành phố giao gì cho UBND xã?",
  r"uy ban nhan dan (cac )?xa|ubnd (cac )?xa|co do",
  "Kế hoạch 74/KH-BCĐ của Cần Thơ giao việc xuống đến Ủy ban nhân dân quận, huyện, không giao việc cho UBND xã, "
  "phường, thị trấn, và không nhắc huyện Cờ Đỏ.", plans=("CT",))
U("Tôi ở Bộ Chỉ huy Quân sự thành phố Huế. Kế hoạch năm 2026 giao gì cho bộ đội?", r"chi huy quan su|quan doi|luc luong vu trang",
  "Kế hoạch năm 2026 của Huế không nêu Bộ Chỉ huy Quân sự hay lực lượng vũ trang trong phần tổ chức thực hiện (chỉ "
  "nhắc thanh niên hoàn thành nghĩa vụ quân sự là đối tượng ưu tiên đào tạo nghề).", plans=("HUE",))
U("Tôi là trạm trưởng Trạm Y tế một xã ở huyện Mỹ Lộc; kế hoạch của huyện giao gì cho trạm y tế?", r"y te",
  "Kế hoạch Mỹ Lộc không nêu trạm y tế hay ngành y tế ở bất kỳ mục nào.", plans=("ML",))
U("Tôi ở Phòng Giáo dục và Đào tạo huyện Nghĩa Hưng (Nam Định). Hạn báo cáo của phòng tôi là ngày nào?", r"nghia hung",
  "Các kế hoạch đã nạp không có kế hoạch của huyện Nghĩa Hưng; kế hoạch cùng tỉnh được nạp là của huyện Mỹ Lộc (hạn "
  "15 tháng 12 là của Phòng GD&ĐT Mỹ Lộc).", plans=ALL)
U("I work at the Thai Binh Department of Education. What report deadline does our provincial plan set?", r"thai binh",
  "None of the loaded plans is Thai Binh's; the loaded plans are Hue, My Loc, Hanoi, Can Tho and An Lao.", plans=ALL)

# --- places with no loaded plan (children / siblings / parents)
U("Huyện Giao Thủy (Nam Định) đặt bao nhiêu % công dân học tập đến năm 2025?", r"giao thuy",
  "Không có kế hoạch của huyện Giao Thủy trong các kế hoạch đã nạp (kế hoạch cùng tỉnh được nạp là của Mỹ Lộc).")
U("Huyện Sóc Sơn có phải đạt danh hiệu huyện học tập năm 2025 không?", r"soc son",
  "Kế hoạch Hà Nội đặt 40% quận, huyện, thị xã đạt huyện học tập năm 2025 nhưng không nêu tên huyện nào, không nói "
  "Sóc Sơn có thuộc số đó không; không có kế hoạch riêng của Sóc Sơn.")
U("Huyện Phú Vang ở Huế năm 2026 giao ai phụ trách trung tâm học tập cộng đồng?", r"phu vang",
  "Kế hoạch Huế giao chung UBND các xã, phường; nó không nhắc huyện Phú Vang và không có kế hoạch riêng của Phú Vang.")
U("Tỉnh Sóc Trăng giờ đã nhập vào Cần Thơ; các huyện cũ của Sóc Trăng phải đạt chỉ tiêu kỹ năng sống bao nhiêu?", r"soc trang",
  "Kế hoạch năm 2024 của Cần Thơ không nhắc Sóc Trăng và không đặt chỉ tiêu cho các huyện của tỉnh này; không có kế "
  "hoạch nào của Sóc Trăng trong các kế hoạch đã nạp.")
U("Huyện Cát Hải có kế hoạch phong trào “Học tập suốt đời” như An Lão không, giao ai chủ trì?", r"cat hai",
  "Các kế hoạch đã nạp chỉ có kế hoạch của huyện An Lão trong thành phố Hải Phòng; không có kế hoạch của Cát Hải.")

# --- figures the named plan does not set (other indicator / other level)
U("Mỹ Lộc đặt bao nhiêu % lao động có bằng cấp, chứng chỉ vào năm 2030?", r"bang cap|chung chi",
  "Kế hoạch Mỹ Lộc không có chỉ tiêu lao động có bằng cấp, chứng chỉ (chỉ tiêu đó có trong kế hoạch Hà Nội); Mỹ Lộc "
  "chỉ đặt tỷ lệ dân số từ 15 tuổi được đào tạo trình độ chuyên môn kỹ thuật.", plans=("ML",))
U("Cần Thơ năm 2024 đặt bao nhiêu phần trăm công dân đạt kỹ năng số?", r"ky nang so\b",
  "Kế hoạch năm 2024 của Cần Thơ không có chỉ tiêu kỹ năng số của công dân; chỉ tiêu gần nhất là 90% người lao động "
  "được trang bị năng lực sử dụng công nghệ thông tin.", plans=("CT",))
U("Hà Nội năm 2025 đặt bao nhiêu % trẻ 4 tuổi được phổ cập mầm non?", r"\d+ ?%[^.;]{0,80}4 tuoi",
  "Kế hoạch Hà Nội năm 2025 chỉ nói “chuẩn bị điều kiện phổ cập cho trẻ em 4 tuổi”, không đặt tỷ lệ phần trăm.",
  plans=("HN",))
U("Huế năm nay đặt bao nhiêu % xã, phường đạt “Cộng đồng học tập” mức độ 2?", r"cong dong hoc tap[”\"]? cap xa muc do 2",
  "Kế hoạch năm 2026 của Huế chỉ đặt 100% xã, phường đạt “Cộng đồng học tập” cấp xã mức độ 1; không có chỉ tiêu mức "
  "độ 2 cho Cộng đồng học tập (mức độ 2 chỉ có ở chỉ tiêu “Đơn vị học tập”).", plans=("HUE",))

# --- current counts / results, sanctions, amounts
U("Hiện Huế đã có bao nhiêu xã, phường đạt “Cộng đồng học tập” mức độ 1?", r"(hien nay|tinh den|da co)[^.]{0,60}\d+ (xa|phuong)",
  "Kế hoạch Huế chỉ đặt chỉ tiêu 100% cho năm 2026, không nêu số xã, phường đã đạt.", plans=("HUE",))
U("Mỹ Lộc đã được công nhận danh hiệu huyện học tập chưa?", r"da (duoc )?cong nhan",
  "Kế hoạch Mỹ Lộc chỉ đặt mục tiêu huyện được công nhận danh hiệu huyện học tập (2025 và 2030), không cho biết kết "
  "quả đã đạt.", plans=("ML",))
U("An Lão xử lý nghiêm khắc cán bộ ngại học bằng hình thức kỷ luật gì, khiển trách hay cảnh cáo?", r"khien trach|canh cao|ky luat",
  "Kế hoạch An Lão chỉ nói “có biện pháp xử lý nghiêm khắc” với cán bộ, công chức, viên chức trì trệ, ngại học; không "
  "nêu hình thức kỷ luật nào.", plans=("AL",))
U("Phòng GD&ĐT Mỹ Lộc xét tặng gương tự học thành tài, mỗi người được thưởng bao nhiêu tiền?", r"\d+ ?(trieu|nghin|ngan)\b|\d+\.\d{3} dong",
  "Kế hoạch Mỹ Lộc giao Phòng GD&ĐT tổ chức xét tặng, ghi nhận tấm gương tự học thành tài nhưng không nêu mức thưởng.",
  plans=("ML",))

# --- bodies the named plan never names (claims)
U("Sở Xây dựng Cần Thơ được giao xây trung tâm học tập cộng đồng phải không?", r"so xay dung",
  "Kế hoạch năm 2024 của Cần Thơ không nêu Sở Xây dựng và không có mục chung cho các sở khác; kế hoạch không nói sở "
  "này được giao gì.", plans=("CT",))
U("Ở Huế, Công an thành phố tổ chức lớp xóa mù chữ cho phạm nhân phải không?", r"pham nhan|trai giam",
  "Kế hoạch năm 2026 của Huế không có nhiệm vụ này và không nêu Công an thành phố; việc dạy chữ cho phạm nhân có trong "
  "kế hoạch Hà Nội và Cần Thơ, không có trong kế hoạch Huế.", plans=("HUE",))
U("An Lão giao Ban Chỉ huy Quân sự huyện tuyên truyền học tập suốt đời trong lực lượng vũ trang đúng không?", r"quan su|luc luong vu trang",
  "Kế hoạch An Lão không nêu Ban Chỉ huy Quân sự huyện hay lực lượng vũ trang.", plans=("AL",))
U("Hà Nội giao Viện Kiểm sát nhân dân thành phố phối hợp dạy chữ cho phạm nhân phải không?", r"kiem sat",
  "Kế hoạch Hà Nội không nêu Viện Kiểm sát nhân dân; việc tổ chức lớp xóa mù chữ cho phạm nhân được giao Công an "
  "Thành phố chủ trì, phối hợp với Sở GD&ĐT và Sở LĐ-TB&XH.", plans=("HN",))
U("Ở Cần Thơ, Trường Đại học Cần Thơ được giao triển khai đại học số phải không?", r"dai hoc can tho",
  "Kế hoạch Cần Thơ đặt chỉ tiêu 90% trường đại học triển khai đại học số nhưng không nêu tên trường nào và không giao "
  "nhiệm vụ cho Trường Đại học Cần Thơ.", plans=("CT",))

# --- the document itself: facts the text does not show
U("Kế hoạch “Học tập suốt đời” của An Lão ban hành hôm nào, số mấy?", r"an lao, ngay|so:",
  "Văn bản An Lão đã nạp không có dòng số và ngày ban hành; chỉ biết nó thực hiện Kế hoạch 108/KH-UBND ngày 06/5/2025 "
  "của Hải Phòng.", plans=("AL",))
U("Kế hoạch năm 2026 của Huế thay thế kế hoạch nào?", r"thay the",
  "Kế hoạch Huế không có điều khoản thay thế kế hoạch nào (điều khoản thay thế chỉ có ở kế hoạch Hà Nội, thay KH 290).",
  plans=("HUE",))
U("Trong Phụ lục đó, nhiệm vụ trọng tâm đầu tiên là gì, hạn khi nào?", r"phu luc\s*(1|i)\b|stt",
  "Nội dung Phụ lục không có trong văn bản đã nạp; kế hoạch chỉ ghi “(Danh mục nhiệm vụ trọng tâm trong Phụ lục kèm "
  "theo Kế hoạch)”.", plans=("ML",),
  history=H("Kế hoạch Mỹ Lộc có phụ lục không?",
            "Có nhắc: cuối mục III ghi “(Danh mục nhiệm vụ trọng tâm trong Phụ lục kèm theo Kế hoạch)”. "
            "[001_7bafa58816a5de75.txt]",
            "Phụ lục đó do ai lập?",
            "Kế hoạch không nói ai lập Phụ lục; văn bản đã nạp không kèm Phụ lục. [001_7bafa58816a5de75.txt]"))



def main():
    seen = {}
    for q in QUESTIONS:
        k = norm(q["question"]).lower()
        if k in seen:
            PROBLEMS.append(f"duplicate question text: {q['question']!r}")
        seen[k] = 1
    counts = {}
    for q in QUESTIONS:
        counts[q["type"]] = counts.get(q["type"], 0) + 1
    for t, n in MINIMUM.items():
        if counts.get(t, 0) < n:
            PROBLEMS.append(f"type {t}: {counts.get(t, 0)} < {n}")
    if PROBLEMS:
        for p in PROBLEMS:
            print(p)
        print(f"{len(PROBLEMS)} problems; nothing written")
        return 1
    with open(OUT, "w", encoding="utf-8") as f:
        for i, q in enumerate(QUESTIONS, 1):
            rec = {"id": f"q41-{i:03d}", "question": q["question"], "type": q["type"], "docs": q["docs"],
                   "evidence": q["evidence"], "answer": q["answer"], "key_facts": q["key_facts"],
                   "history": q["history"]}
            f.write(unicodedata.normalize("NFC", json.dumps(rec, ensure_ascii=False)) + "\n")
    print(f"wrote {len(QUESTIONS)} questions to {OUT}: {dict(sorted(counts.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
