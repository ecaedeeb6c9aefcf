"""Write eval/sets/bundled29.jsonl (ids f29-001…): held-out questions on the FIVE BUNDLED plans only, asked the way
officials, IT staff and foreign partners ask them.

    python eval/sets/src29/questions_src29.py

Written from the plan texts themselves (data/plans/*.txt), not from any earlier question file (only the helper code
of src27/questions_src27.py was reused: Q/U/fold/main). Spans are verbatim from the plans as check_sets.py reads them
(the .txt as is, normalised as in FORMAT.md: NFC, * and # deleted, whitespace collapsed). Before writing, every
evidence span is checked to be present in its plan, every key fact to be in its reference answer, and every
unanswerable question's probe strings to be absent (from all five plans, or from the named plan for a
(plan, string) pair; compared accent-free, case-insensitive), so a typo fails here and not only in check_sets.py.
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
OUT = os.path.join(os.path.dirname(HERE), "bundled29.jsonl")
PLANS = os.path.join(ROOT, "data", "plans")

HUE = "000_4550be4bb11189cd.txt"  # TP Huế, KH năm 2026
ML = "001_7bafa58816a5de75.txt"   # huyện Mỹ Lộc (Nam Định), 2022, giai đoạn 2021-2030
HN = "002_797e8de6131c77f9.txt"   # TP Hà Nội, KH thực hiện NQ 23-NQ/TU (2024)
CT = "003_1a817ee72b993e3e.txt"   # TP Cần Thơ, KH 74/KH-BCĐ năm 2024
AL = "004_b1b28019b71edc03.txt"   # huyện An Lão (Hải Phòng), 2025
ALL = [HUE, ML, HN, CT, AL]

QS = []
REFUSE = "Các kế hoạch đã nạp không có thông tin này."
REFUSE_EN = "The loaded plans do not contain this information."


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()


def fold(s):
    s = unicodedata.normalize("NFD", norm(s).lower()).replace("đ", "d")
    return "".join(c for c in s if unicodedata.category(c) != "Mn")


TEXT = {}
for _d in ALL:
    with open(os.path.join(PLANS, _d), encoding="utf-8") as _f:
        TEXT[_d] = norm(_f.read())
FOLDED = {d: fold(t) for d, t in TEXT.items()}
ERRORS = []


def hist(h):
    return [{"role": "user" if i % 2 == 0 else "assistant", "content": c} for i, c in enumerate(h)]


def Q(type_, question, ev, answer, key_facts, history=()):
    docs = []
    for d, s in ev:
        if d not in docs:
            docs.append(d)
        if norm(s) not in TEXT[d]:
            ERRORS.append(f"span not in {d}: {s!r}")
    for k in key_facts:
        if norm(k).lower() not in norm(answer).lower():
            ERRORS.append(f"key fact {k!r} not in answer of {question!r}")
    if not key_facts:
        ERRORS.append(f"no key facts: {question!r}")
    QS.append({"id": None, "question": question, "type": type_, "docs": docs,
               "evidence": [{"doc": d, "span": s} for d, s in ev], "answer": answer,
               "key_facts": list(key_facts), "history": hist(history)})


def U(question, answer, absent=(), history=()):
    """absent: strings that must occur in none of the five plans, or (doc, string) pairs that must not occur in that
    plan (compared accent-free, case-insensitive, whitespace collapsed)."""
    for a in absent:
        d_of, a = (a if isinstance(a, tuple) else (None, a))
        for d in ([d_of] if d_of else ALL):
            if fold(a) in FOLDED[d]:
                ERRORS.append(f"unanswerable probe {a!r} found in {d} ({question!r})")
    QS.append({"id": None, "question": question, "type": "unanswerable", "docs": [], "evidence": [],
               "answer": answer, "key_facts": [], "history": hist(history)})


HN25 = "2.1. Mục tiêu cụ thể đến năm 2025"
HN30 = "2.2. Mục tiêu cụ thể đến năm 2030"
ML25 = "a) Mục tiêu đến năm 2025"
ML30 = "b) Mục tiêu đến năm 2030"
CT24 = "2. Mục tiêu cụ thể năm 2024"

# ---------------------------------------------------------------- agency_tasks (20): every kind of body
Q("agency_tasks", "Sở Lao động - Thương binh và Xã hội Hà Nội cần làm gì theo kế hoạch thực hiện Nghị quyết 23-NQ/TU?",
  [(HN, "Chủ trì, phối hợp với các Sở, ngành liên quan xây dựng các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động"),
   (HN, "Xây dựng và triển khai các chương trình, dự án, đề án hỗ trợ đào tạo, đào tạo lại cho các đối tượng: lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động")],
  "Sở Lao động - Thương binh và Xã hội Hà Nội: (1) chủ trì, phối hợp với các Sở, ngành liên quan xây dựng các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động; hỗ trợ học tập cho người bị thiệt thòi, yếu thế trong xã hội; (2) nhân rộng các mô hình đào tạo, đào tạo lại nghề nghiệp cho người lao động trong các doanh nghiệp; đào tạo nghề gắn với ngành nghề truyền thống, với sản xuất, kinh doanh ở nông thôn, vùng sâu, vùng xa, vùng đồng bào dân tộc thiểu số và miền núi; (3) xây dựng và triển khai các chương trình, dự án, đề án hỗ trợ đào tạo, đào tạo lại cho lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động.",
  ["đào tạo bổ sung", "yếu thế", "lao động nông thôn"])
Q("agency_tasks", "Trường Đại học Thủ đô Hà Nội được giao những việc gì trong kế hoạch của Hà Nội?",
  [(HN, "13. Trường Đại học Thủ đô Hà Nội, các trường Cao đẳng trực thuộc Ủy ban nhân dân Thành phố"),
   (HN, "Triển khai trường học số, xây dựng học liệu số để nâng cao năng lực hoạt động, đáp ứng yêu cầu đào tạo nguồn nhân lực chất lượng cao cho Thủ đô"),
   (HN, "Phối hợp với Sở Giáo dục và Đào tạo tổ chức biên soạn, số hóa tài liệu phục vụ hoạt động tuyên truyền, giáo dục kiến thức cho mọi tầng lớp nhân dân")],
  "Mục V.13 giao chung cho Trường Đại học Thủ đô Hà Nội và các trường Cao đẳng trực thuộc UBND Thành phố: triển khai trường học số, xây dựng học liệu số để nâng cao năng lực hoạt động, đáp ứng yêu cầu đào tạo nguồn nhân lực chất lượng cao cho Thủ đô; phối hợp với Sở Giáo dục và Đào tạo tổ chức biên soạn, số hóa tài liệu phục vụ tuyên truyền, giáo dục kiến thức cho mọi tầng lớp nhân dân; cung ứng và tạo mọi điều kiện thuận lợi để cán bộ, công chức, viên chức, người lao động trực thuộc được học tập suốt đời.",
  ["trường học số", "học liệu số", "số hóa tài liệu"])
Q("agency_tasks", "Ban Tuyên giáo Thành ủy Cần Thơ chủ trì việc gì trong kế hoạch 74?",
  [(CT, "Đề nghị Ban Tuyên giáo Thành ủy chủ trì, phối hợp với Sở Giáo dục và Đào tạo và các cơ quan liên quan thường xuyên hướng dẫn, kiểm tra, đôn đốc và tổ chức triển khai thực hiện Kế hoạch"),
   (CT, "Chỉ đạo các cơ quan báo chí, tăng cường công tác tuyên truyền, định hướng phát triển")],
  "Kế hoạch 74/KH-BCĐ đề nghị Ban Tuyên giáo Thành ủy chủ trì, phối hợp với Sở Giáo dục và Đào tạo và các cơ quan liên quan thường xuyên hướng dẫn, kiểm tra, đôn đốc và tổ chức triển khai thực hiện Kế hoạch; đồng thời chỉ đạo các cơ quan báo chí tăng cường tuyên truyền, định hướng phát triển, gắn với các chương trình, kế hoạch khác có liên quan.",
  ["hướng dẫn, kiểm tra, đôn đốc", "báo chí"])
Q("agency_tasks", "Phòng Văn hóa, Thể thao và Du lịch huyện Mỹ Lộc phối hợp với ai, để làm gì?",
  [(ML, "b) Hội Khuyến học huyện"),
   (ML, "Phối hợp với Phòng Giáo dục và Đào tạo, Phòng Văn hóa, Thể thao và Du lịch hướng dẫn đẩy mạnh hoạt động của các Trung tâm Học tập cộng đồng")],
  "Kế hoạch của Mỹ Lộc không có mục riêng cho Phòng Văn hóa, Thể thao và Du lịch; phòng này chỉ được nêu trong nhiệm vụ của Hội Khuyến học huyện (mục V.9.b): Hội Khuyến học huyện phối hợp với Phòng Giáo dục và Đào tạo và Phòng Văn hóa, Thể thao và Du lịch hướng dẫn đẩy mạnh hoạt động của các Trung tâm Học tập cộng đồng. (Mục V.4 là của \"Phòng Văn hóa-Thông tin\": nhân rộng mô hình học tập suốt đời trong thư viện, bảo tàng, nhà văn hóa, câu lạc bộ.)",
  ["Hội Khuyến học huyện", "Phòng Giáo dục và Đào tạo", "Trung tâm Học tập cộng đồng"])
Q("agency_tasks", "Trung tâm Văn hóa - Thể thao và Truyền thanh quận, huyện ở Cần Thơ được giao gì?",
  [(CT, "Chỉ đạo, cung cấp thông tin cho báo, đài Trung ương, địa phương đóng trên địa bàn thành phố, Phòng Văn hóa và Thông tin, Trung tâm Văn hóa - Thể thao và Truyền thanh quận, huyện thực hiện tuyên truyền về hoạt động xây dựng xã hội học tập trên địa bàn thành phố")],
  "Kế hoạch không có mục riêng cho Trung tâm Văn hóa - Thể thao và Truyền thanh quận, huyện; trung tâm được nêu trong nhiệm vụ của Sở Thông tin và Truyền thông: Sở chỉ đạo, cung cấp thông tin cho báo, đài Trung ương, địa phương đóng trên địa bàn, Phòng Văn hóa và Thông tin, Trung tâm Văn hóa - Thể thao và Truyền thanh quận, huyện thực hiện tuyên truyền về hoạt động xây dựng xã hội học tập trên địa bàn thành phố.",
  ["Sở Thông tin và Truyền thông", "tuyên truyền"])
Q("agency_tasks", "Ủy ban MTTQ huyện Mỹ Lộc có trách nhiệm gì trong kế hoạch này?",
  [(ML, "a) Ủy ban Mặt trận Tổ quốc huyện và các tổ chức thành viên phát động các cuộc vận động, phong trào thi đua về công tác khuyến học, khuyến tài, xây dựng xã hội học tập sâu rộng trong huyện"),
   (ML, "Phối hợp với với các đơn vị trong huyện tham gia giám sát việc triển khai thực hiện Kế hoạch")],
  "Kế hoạch đề nghị Ủy ban Mặt trận Tổ quốc huyện và các tổ chức thành viên phát động các cuộc vận động, phong trào thi đua về công tác khuyến học, khuyến tài, xây dựng xã hội học tập sâu rộng trong huyện, gắn kết chặt chẽ với các cuộc vận động, phong trào thi đua khác; và phối hợp với các đơn vị trong huyện tham gia giám sát việc triển khai thực hiện Kế hoạch.",
  ["phát động", "giám sát"])
Q("agency_tasks", "vai trò của Sở Tài chính Hà Nội trong KH thực hiện NQ 23?",
  [(HN, "Đảm bảo kinh phí trong dự toán ngân sách hàng năm (theo phân cấp) để thực hiện Kế hoạch theo quy định của Luật Ngân sách Nhà nước"),
   (HN, "Chủ trì, hướng dẫn các Sở, ngành liên quan về cơ chế tài chính triển khai thực hiện các nhiệm vụ của Kế hoạch")],
  "Sở Tài chính Hà Nội: đảm bảo kinh phí trong dự toán ngân sách hàng năm (theo phân cấp) để thực hiện Kế hoạch theo Luật Ngân sách Nhà nước; chủ trì, hướng dẫn các Sở, ngành về cơ chế tài chính triển khai các nhiệm vụ của Kế hoạch; phối hợp rà soát, hoàn thiện chính sách để tăng cường huy động và đa dạng hóa các nguồn lực xã hội thúc đẩy khuyến học, khuyến tài, xây dựng xã hội học tập.",
  ["dự toán ngân sách", "cơ chế tài chính", "nguồn lực xã hội"])
Q("agency_tasks", "Các sở, ngành khác của Hà Nội (không được nêu tên riêng) phải làm gì?",
  [(HN, "11. Các Sở, ngành khác"),
   (HN, "Có trách nhiệm cung cấp tài liệu học tập về các lĩnh vực theo chức năng, nhiệm vụ của từng Sở, ngành cho Sở Giáo dục và Đào tạo")],
  "Mục V.11 \"Các Sở, ngành khác\": chủ động phối hợp chặt chẽ với Sở Giáo dục và Đào tạo triển khai các nhiệm vụ khuyến học, khuyến tài, xây dựng xã hội học tập; tạo điều kiện để cán bộ, công chức, viên chức và người lao động trực thuộc được học tập nâng cao trình độ; có trách nhiệm cung cấp tài liệu học tập về các lĩnh vực theo chức năng, nhiệm vụ cho Sở Giáo dục và Đào tạo, cơ sở đào tạo để biên soạn, số hóa tài liệu học tập theo quy định về quyền tác giả, sở hữu trí tuệ.",
  ["phối hợp", "tài liệu học tập", "Sở Giáo dục và Đào tạo"])
Q("agency_tasks", "đài phát thanh các xã ở An Lão phải phát nội dung gì, ai chỉ đạo?",
  [(AL, "9. Ủy ban nhân dân xã, thị trấn"),
   (AL, "Chỉ đạo đài phát thanh địa phương, hệ thống thông tin cơ sở đăng tải, tuyên truyền nội dung bài viết của Tổng Bí thư về “Học tập suốt đời”")],
  "Ủy ban nhân dân xã, thị trấn chỉ đạo đài phát thanh địa phương và hệ thống thông tin cơ sở đăng tải, tuyên truyền nội dung bài viết của Tổng Bí thư về \"Học tập suốt đời\"; tuyên truyền các mô hình, tấm gương điển hình trong công tác khuyến học, khuyến tài, xây dựng xã hội học tập, học tập suốt đời tại địa phương.",
  ["Ủy ban nhân dân xã, thị trấn", "bài viết của Tổng Bí thư"])
Q("agency_tasks", "báo chí của Hà Nội có trách nhiệm gì trong kế hoạch này?",
  [(HN, "12. Cơ quan thông tấn, báo chí của Thành phố; Đài Phát thanh và Truyền hình Hà Nội"),
   (HN, "Xây dựng chuyên mục và tuyên truyền về công tác khuyến học, khuyến tài, học tập suốt đời, xây dựng xã hội học tập")],
  "Mục V.12 giao cho Cơ quan thông tấn, báo chí của Thành phố và Đài Phát thanh và Truyền hình Hà Nội: xây dựng chuyên mục và tuyên truyền về công tác khuyến học, khuyến tài, học tập suốt đời, xây dựng xã hội học tập (Sở Thông tin và Truyền thông hướng dẫn các cơ quan này tổ chức chuyên mục; Ban Tuyên giáo Thành ủy được đề nghị chỉ đạo).",
  ["chuyên mục", "tuyên truyền"])
Q("agency_tasks", "Phòng Nội vụ huyện An Lão được giao gì?",
  [(AL, "Chủ trì phối hợp với các phòng, ban, ngành, địa phương tham mưu Ủy ban nhân dân huyện kế hoạch, kinh phí, tổ chức đào tạo, bồi dưỡng cán bộ, công chức, viên chức theo quy định của Chính phủ"),
   (AL, "Chủ trì tham mưu khảo sát, đánh giá tình hình, chất lượng đội ngũ cán bộ, công chức, viên chức")],
  "Phòng Nội vụ An Lão: chủ trì, phối hợp tham mưu UBND huyện kế hoạch, kinh phí, tổ chức đào tạo, bồi dưỡng cán bộ, công chức, viên chức theo quy định của Chính phủ; chủ trì tham mưu khảo sát, đánh giá chất lượng đội ngũ cán bộ, công chức, viên chức; nghiên cứu khung tiêu chí đánh giá, sàng lọc, quy hoạch cán bộ; nghiên cứu cơ chế, chính sách khuyến khích cán bộ dám nghĩ, dám làm và chính sách bảo vệ cán bộ, miễn trừ trách nhiệm đối với cán bộ tiên phong.",
  ["đào tạo, bồi dưỡng", "khảo sát", "bảo vệ cán bộ"])
Q("agency_tasks", "Hội Khuyến học huyện An Lão đóng vai trò gì trong phong trào Học tập suốt đời?",
  [(AL, "5. Hội Khuyến học huyện"),
   (AL, "Phối hợp với các phòng, ban, ngành, đoàn thể tuyên truyền về tư tưởng, vai trò của “Học tập suốt đời”")],
  "Hội Khuyến học huyện phối hợp với các phòng, ban, ngành, đoàn thể tuyên truyền về tư tưởng, vai trò của \"Học tập suốt đời\" và công tác xây dựng xã hội học tập; tích cực triển khai phong trào đẩy mạnh \"Học tập suốt đời\"; phát động các phong trào khuyến học, khuyến tài gắn với quan điểm chỉ đạo của Tổng Bí thư; chú trọng biểu dương, nhân rộng mô hình, tấm gương sáng.",
  ["tuyên truyền", "Tổng Bí thư", "biểu dương"])
Q("agency_tasks", "Doanh nghiệp trên địa bàn An Lão được đề nghị làm gì?",
  [(AL, "6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các tổ chức chính trị - xã hội, tổ chức xã hội huyện; các trường học, doanh nghiệp"),
   (AL, "Tích cực vận động cán bộ, hội viên, thành viên tham gia các phong trào học tập phù hợp với từng đối tượng")],
  "Doanh nghiệp nằm trong nhóm được đề nghị ở mục III.6 (cùng Ủy ban MTTQ Việt Nam, các tổ chức chính trị - xã hội, tổ chức xã hội huyện, các trường học): tích cực vận động cán bộ, hội viên, thành viên tham gia các phong trào học tập phù hợp với từng đối tượng; triển khai hiệu quả các mô hình \"Công dân học tập\", \"Gia đình học tập\", \"Dòng họ học tập\", \"Đơn vị học tập\"; phong trào \"Bình dân học vụ số\" trong cơ quan, đơn vị, địa phương.",
  ["vận động", "Bình dân học vụ số"])
Q("agency_tasks", "Hội Khuyến học thành phố Huế chủ trì việc gì?",
  [(HUE, "Chủ trì, phối hợp với các cơ quan, tổ chức, đơn vị, địa phương triển khai thực hiện Kế hoạch số 471/KH-UBND ngày 22 tháng 12 tháng 2022"),
   (HUE, "Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về “Công dân học tập”")],
  "Hội Khuyến học thành phố Huế chủ trì triển khai Kế hoạch số 471/KH-UBND (22/12/2022) về Chương trình \"Đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị\" và Chương trình \"Xây dựng mô hình Công dân học tập\" giai đoạn 2021-2030; ngoài ra phối hợp với Sở GD&ĐT kiểm tra, giám sát; củng cố tổ chức Hội các cấp; theo dõi và tổng hợp kết quả mục tiêu \"Công dân học tập\".",
  ["471", "Công dân học tập"])
Q("agency_tasks", "UBND các xã, phường ở Huế có trách nhiệm gì trong kế hoạch năm 2026?",
  [(HUE, "Chủ động xây dựng và tổ chức triển khai kế hoạch thực hiện tại địa phương nhằm hoàn thành đầy đủ các mục tiêu, chỉ tiêu, nhiệm vụ được giao"),
   (HUE, "bảo đảm mỗi xã, phường có ít nhất một trung tâm học tập cộng đồng hoạt động hiệu quả"),
   (HUE, "gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026")],
  "UBND các xã, phường: chủ động xây dựng, triển khai kế hoạch tại địa phương; chịu trách nhiệm cân đối, bố trí ngân sách địa phương và huy động nguồn hợp pháp khác; phát triển mô hình học tập, ngành nghề đào tạo; rà soát, kiện toàn hệ thống TTHTCĐ bảo đảm mỗi xã, phường có ít nhất một trung tâm học tập cộng đồng hoạt động hiệu quả; tổ chức đánh giá, đề nghị công nhận mô hình học tập và chịu trách nhiệm về tính thực chất; kiểm tra, giám sát và gửi báo cáo về Sở Giáo dục và Đào tạo trước ngày 15/12/2026.",
  ["ngân sách địa phương", "ít nhất một trung tâm học tập cộng đồng", "15/12/2026"])
Q("agency_tasks", "UBND quận, huyện ở Cần Thơ phải làm gì theo kế hoạch 2024?",
  [(CT, "củng cố, tổ chức kiện toàn Ban Chỉ đạo Xây dựng xã hội học tập - Xóa mù chữ - Phổ cập giáo dục các cấp ở địa phương"),
   (CT, "Cân đối, bố trí ngân sách địa phương và huy động các nguồn kinh phí hợp pháp khác để đảm bảo việc triển khai thực hiện các mục tiêu, chỉ tiêu, nhiệm vụ trong Kế hoạch")],
  "UBND quận, huyện: triển khai Kế hoạch phù hợp kế hoạch phát triển kinh tế - xã hội địa phương; củng cố, kiện toàn Ban Chỉ đạo Xây dựng xã hội học tập - Xóa mù chữ - Phổ cập giáo dục các cấp; xây dựng cơ chế phối hợp giữa các cấp, ngành, tổ chức, doanh nghiệp; cân đối, bố trí ngân sách địa phương và huy động nguồn hợp pháp khác; xây dựng và phát triển các mô hình học tập, ngành nghề đào tạo, nghề đặc thù đến năm 2030.",
  ["Ban Chỉ đạo", "ngân sách địa phương", "mô hình học tập"])
Q("agency_tasks", "Sở Tài chính Cần Thơ phối hợp với ai và để làm gì?",
  [(CT, "Chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện rà soát, hoàn thiện các chính sách để tăng cường huy động và đa dạng hóa các nguồn lực xã hội")],
  "Sở Tài chính Cần Thơ chủ trì, phối hợp với Sở Giáo dục và Đào tạo và Ủy ban nhân dân quận, huyện rà soát, hoàn thiện các chính sách để tăng cường huy động và đa dạng hóa các nguồn lực xã hội thúc đẩy công tác khuyến học, khuyến tài, xây dựng xã hội học tập.",
  ["Sở Giáo dục và Đào tạo", "quận, huyện", "nguồn lực xã hội"])
Q("agency_tasks", "UBND các xã, thị trấn huyện Mỹ Lộc được giao những gì?",
  [(ML, "a) Xây dựng kế hoạch thực hiện hằng năm và từng giai đoạn phù hợp với kế hoạch phát triển kinh tế xã hội của địa phương"),
   (ML, "d) Kiểm tra, giám sát và định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo")],
  "UBND các xã, thị trấn: xây dựng kế hoạch thực hiện hằng năm và từng giai đoạn; kiện toàn bộ phận chỉ đạo xây dựng xã hội học tập; xây dựng cơ chế phối hợp; cân đối, bố trí ngân sách địa phương và huy động nguồn hợp pháp khác; phát triển mô hình học tập, ngành nghề đào tạo đến năm 2030; kiểm tra, giám sát và trước ngày 10 tháng 12 hằng năm gửi báo cáo về Phòng Giáo dục và Đào tạo.",
  ["hằng năm", "ngân sách địa phương", "10 tháng 12"])
Q("agency_tasks", "Hội Nông dân thành phố Hà Nội được đề nghị làm gì?",
  [(HN, "e) Hội Cựu chiến binh, Hội Nông dân, Hội Người cao tuổi, Hội Cựu giáo chức Thành phố"),
   (HN, "Hướng dẫn các cấp hội phối hợp tổ chức các hoạt động khuyến học, khuyến tài, xây dựng xã hội học tập theo tinh thần xã hội hoá giáo dục và đào tạo")],
  "Hội Nông dân được đề nghị chung với Hội Cựu chiến binh, Hội Người cao tuổi, Hội Cựu giáo chức Thành phố (mục V.15.e): hướng dẫn các cấp hội phối hợp tổ chức các hoạt động khuyến học, khuyến tài, xây dựng xã hội học tập theo tinh thần xã hội hóa giáo dục và đào tạo; huy động hội viên tham gia chuyển giao công nghệ, hỗ trợ hoạt động khởi nghiệp, phổ biến kiến thức cho người dân.",
  ["chuyển giao công nghệ", "khởi nghiệp"])
Q("agency_tasks", "Hội Khuyến học Hà Nội có những nhiệm vụ gì?",
  [(HN, "b) Hội Khuyến học Thành phố"),
   (HN, "thông qua hoạt động của Hội khuyến học các cấp ở địa phương"),
   (HN, "Phối hợp với Sở Giáo dục và Đào tạo đẩy mạnh hoạt động của các trung tâm học tập cộng đồng")],
  "Hội Khuyến học Thành phố: chỉ đạo lồng ghép tuyên truyền về Nghị quyết 23-NQ/TU qua hoạt động của Hội khuyến học các cấp; nhân rộng các mô hình Công dân học tập, Gia đình học tập, Dòng họ học tập, Cộng đồng học tập, Đơn vị học tập; củng cố, phát triển tổ chức Hội ở cơ quan, doanh nghiệp, trường học, lực lượng vũ trang (theo Kết luận 49); tăng cường xã hội hóa các nguồn lực; phối hợp với Sở GD&ĐT đẩy mạnh hoạt động của các trung tâm học tập cộng đồng.",
  ["lồng ghép", "xã hội hóa", "trung tâm học tập cộng đồng"])

# ---------------------------------------------------------------- target (14)
Q("target", "Đến năm 2030 Hà Nội phấn đấu bao nhiêu % lao động qua đào tạo?",
  [(HN, HN30), (HN, "80-85% lao động được qua đào tạo, trong đó lao động có bằng cấp, chứng chỉ đạt trên 60%")],
  "Đến năm 2030: 80-85% lao động được qua đào tạo, trong đó lao động có bằng cấp, chứng chỉ đạt trên 60% (mục tiêu năm 2025 là 75-80% và 55-60%).",
  ["80-85%", "trên 60%"])
Q("target", "Hà Nội năm 2025: bao nhiêu % người trong độ tuổi lao động được trang bị năng lực thông tin?",
  [(HN, HN25), (HN, "50% số người trong độ tuổi lao động được trang bị năng lực thông tin")],
  "Mục tiêu đến năm 2025 của Hà Nội: 50% số người trong độ tuổi lao động được trang bị năng lực thông tin (đến 2030: 70%).",
  ["50%"])
Q("target", "tỷ lệ đơn vị được công nhận Đơn vị học tập ở Hà Nội năm 2025 và 2030?",
  [(HN, HN25), (HN, "50% đơn vị được công nhận là đơn vị học tập"),
   (HN, HN30), (HN, "70% đơn vị được công nhận là đơn vị học tập")],
  "Năm 2025: 50% đơn vị được công nhận là đơn vị học tập; năm 2030: 70%.",
  ["50%", "70%"])
Q("target", "Hà Nội muốn bao nhiêu phần trăm công dân đạt kỹ năng số vào năm 2030?",
  [(HN, HN30), (HN, "70% công dân đạt danh hiệu công dân học tập; 70% công dân đạt kỹ năng số")],
  "Đến năm 2030: 70% công dân đạt kỹ năng số (cùng 70% công dân đạt danh hiệu công dân học tập); mốc 2025 là 50%.",
  ["70%"])
Q("target", "Năm 2026 Huế yêu cầu bao nhiêu % trường đại học, cao đẳng triển khai đại học số?",
  [(HUE, "100% các trường đại học, cao đẳng có triển khai đại học số và xây dựng học liệu số")],
  "Kế hoạch năm 2026 của Huế: 100% các trường đại học, cao đẳng có triển khai đại học số và xây dựng học liệu số.",
  ["100%"])
Q("target", "Chỉ tiêu công dân học tập của TP Huế năm 2026 là bao nhiêu phần trăm?",
  [(HUE, "4. Xây dựng các mô hình học tập trong xã hội"), (HUE, "40% công dân đạt danh hiệu công dân học tập")],
  "Năm 2026 Huế đặt chỉ tiêu 40% công dân đạt danh hiệu công dân học tập.",
  ["40%"])
Q("target", "Mỹ Lộc đến 2030: bao nhiêu % dân số từ 15 tuổi trở lên được đào tạo chuyên môn kỹ thuật?",
  [(ML, ML30), (ML, "70% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó 15% dân số có trình độ đại học trở lên")],
  "Đến năm 2030: 70% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó 15% có trình độ đại học trở lên (năm 2025: khoảng 50% và 12%).",
  ["70%", "15%"])
Q("target", "Mỹ Lộc đến 2025 phổ cập giáo dục THCS phải đạt chuẩn mức độ mấy?",
  [(ML, ML25), (ML, "100% các xã, thị trấn duy trì đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3")],
  "Mục tiêu đến năm 2025: 100% các xã, thị trấn duy trì đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3 (năm 2030 vẫn duy trì 100% mức độ 3).",
  ["mức độ 3", "100%"])
Q("target", "Đến năm 2030 huyện Mỹ Lộc muốn bao nhiêu % người trong độ tuổi lao động có năng lực thông tin?",
  [(ML, ML30), (ML, "70% người trong độ tuổi lao động được trang bị năng lực thông tin")],
  "Đến năm 2030: 70% người trong độ tuổi lao động được trang bị năng lực thông tin (năm 2025: 60%).",
  ["70%"])
Q("target", "Cần Thơ 2024 phấn đấu bao nhiêu % trường đại học triển khai đại học số?",
  [(CT, CT24), (CT, "Phần đầu đạt tỷ lệ 90% trường đại học triển khai đại học số và xây dựng học liệu số")],
  "Năm 2024 Cần Thơ phấn đấu (kế hoạch ghi \"Phần đầu\") đạt 90% trường đại học triển khai đại học số và xây dựng học liệu số.",
  ["90%"])
Q("target", "Cần Thơ năm 2024 đặt mục tiêu xóa mù chữ đạt chuẩn mức độ mấy?",
  [(CT, CT24), (CT, "100% quận, huyện đạt chuẩn xóa mù chữ mức độ 2")],
  "Mục tiêu năm 2024: 100% quận, huyện đạt chuẩn xóa mù chữ mức độ 2.",
  ["mức độ 2", "100%"])
Q("target", "Chỉ tiêu Đơn vị học tập của Huế năm 2026 tính theo số lượng hay phần trăm, cụ thể bao nhiêu?",
  [(HUE, "Có ít nhất 15 đơn vị được công nhận “Đơn vị học tập” cấp tỉnh mức độ 1, trong đó có ít nhất 05 đơn vị đạt mức độ 2")],
  "Theo số lượng, không phải phần trăm: có ít nhất 15 đơn vị được công nhận \"Đơn vị học tập\" cấp tỉnh mức độ 1, trong đó có ít nhất 05 đơn vị đạt mức độ 2.",
  ["ít nhất 15", "ít nhất 05"])
Q("target", "trung tâm học tập cộng đồng ở Hà Nội ứng dụng CNTT, chỉ tiêu 2030 bao nhiêu?",
  [(HN, HN30), (HN, "90% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục")],
  "Đến năm 2030: 90% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục (năm 2025: 70%).",
  ["90%"])
Q("target", "Đến 2030 bao nhiêu % quận, huyện, thị xã của Hà Nội được công nhận huyện học tập?",
  [(HN, HN30), (HN, "60% quận, huyện, thị xã được công nhận danh hiệu huyện học tập")],
  "Đến năm 2030: 60% quận, huyện, thị xã được công nhận danh hiệu huyện học tập (năm 2025: 40%).",
  ["60%"])

# ---------------------------------------------------------------- deadline (8)
Q("deadline", "việc kiện toàn để xã, phường nào ở Huế cũng có TTHTCĐ phải xong khi nào?",
  [(HUE, "bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn thành trong Quý II năm 2026")],
  "Rà soát, củng cố, kiện toàn hệ thống trung tâm học tập cộng đồng, bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn thành trong Quý II năm 2026.",
  ["Quý II năm 2026"])
Q("deadline", "Hạn chót các xã, phường ở Huế gửi báo cáo kết quả thực hiện kế hoạch 2026 là ngày nào?",
  [(HUE, "gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026")],
  "UBND các xã, phường gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026 để tổng hợp, báo cáo UBND thành phố.",
  ["15/12/2026", "Sở Giáo dục và Đào tạo"])
Q("deadline", "Ở Mỹ Lộc, hỗ trợ cung cấp dịch vụ viễn thông công ích được thực hiện đến năm nào, ai chủ trì?",
  [(ML, "3. Trung tâm Văn hóa - Thể thao và Truyền thông"),
   (ML, "thực hiện hỗ trợ cung cấp dịch vụ viễn thông công ích đến năm 2030 cho các đối tượng theo quy định của nhà nước")],
  "Trung tâm Văn hóa - Thể thao và Truyền thông chủ trì, phối hợp với các sở, ngành liên quan thực hiện hỗ trợ cung cấp dịch vụ viễn thông công ích đến năm 2030 cho các đối tượng theo quy định.",
  ["2030", "Trung tâm Văn hóa - Thể thao và Truyền thông"])
Q("deadline", "Mỹ Lộc sơ kết, tổng kết Đề án xây dựng XHHT vào năm nào?",
  [(ML, "tham mưu UBND huyện tổ chức sơ kết Đề án vào năm 2025, tổng kết vào năm 2030")],
  "Phòng Giáo dục và Đào tạo tham mưu UBND huyện sơ kết Đề án vào năm 2025 và tổng kết vào năm 2030, đề xuất khen thưởng tập thể, cá nhân tiêu biểu.",
  ["2025", "2030"])
Q("deadline", "Theo mục kiểm tra, giám sát trong kế hoạch của Mỹ Lộc, báo cáo tình hình thực hiện phải gửi trước ngày nào?",
  [(ML, "8. Tổ chức kiểm tra, giám sát"),
   (ML, "Tổ chức kiểm tra, giám sát đột xuất và định kỳ, trước ngày 30 tháng 11 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo")],
  "Mục III.8 yêu cầu trước ngày 30 tháng 11 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo - Thường trực Ban chỉ đạo xây dựng xã hội học tập huyện để tổng hợp.",
  ["30 tháng 11"])
Q("deadline", "Các sở, ngành và quận, huyện ở Hà Nội báo cáo kết quả hằng năm trước ngày nào?",
  [(HN, "báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo để tổng hợp)")],
  "Định kỳ hằng năm tổng hợp kết quả, báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo để tổng hợp).",
  ["01 tháng 12", "Sở Giáo dục và Đào tạo"])
Q("deadline", "Kế hoạch triển khai Nghị quyết 23 của Hà Nội có mốc thời gian đến năm nào?",
  [(HN, "trên địa bàn thành phố Hà Nội từ nay đến năm 2030, tầm nhìn đến năm 2045"),
   (HN, HN25), (HN, HN30)],
  "Kế hoạch thực hiện Nghị quyết 23-NQ/TU từ nay đến năm 2030, tầm nhìn đến năm 2045; các mục tiêu cụ thể có hai mốc: đến năm 2025 và đến năm 2030.",
  ["2030", "2045"])
Q("deadline", "Phòng Giáo dục và Đào tạo An Lão tổng hợp kết quả phong trào Học tập suốt đời bao lâu một lần?",
  [(AL, "Chủ trì tổng hợp kết quả thực hiện phong trào “Học tập suốt đời’, lồng ghép với kết quả xây dựng xã hội học tập trên địa bàn huyện, hằng năm")],
  "Hằng năm: Phòng Giáo dục và Đào tạo chủ trì tổng hợp kết quả thực hiện phong trào \"Học tập suốt đời\", lồng ghép với kết quả xây dựng xã hội học tập trên địa bàn huyện. Kế hoạch không nêu ngày cụ thể.",
  ["hằng năm"])

# ---------------------------------------------------------------- funding (7)
Q("funding", "Kinh phí thực hiện kế hoạch XHHT năm 2026 của Huế lấy từ đâu?",
  [(HUE, "Kinh phí thực hiện Kế hoạch được bảo đảm từ nguồn ngân sách nhà nước theo phân cấp ngân sách hiện hành và các nguồn kinh phí hợp pháp khác"),
   (HUE, "huy động các nguồn tài trợ, đóng góp hợp pháp của các tổ chức, doanh nghiệp và cá nhân trong và ngoài địa phương")],
  "Từ ngân sách nhà nước theo phân cấp ngân sách hiện hành và các nguồn kinh phí hợp pháp khác; ngân sách bố trí theo Luật Ngân sách nhà nước, đồng thời huy động nguồn tài trợ, đóng góp hợp pháp của tổ chức, doanh nghiệp, cá nhân trong và ngoài địa phương. Kế hoạch không nêu số tiền.",
  ["ngân sách nhà nước", "phân cấp", "tài trợ"])
Q("funding", "kinh phí kế hoạch 2026 của Huế được quản lý, chi theo văn bản nào?",
  [(HUE, "Việc quản lý, sử dụng kinh phí thực hiện Kế hoạch thực hiện theo Nghị quyết số 16/2025/NQ-HĐND ngày 16 tháng 7 năm 2025 của Hội đồng nhân dân thành phố")],
  "Theo Nghị quyết số 16/2025/NQ-HĐND ngày 16/7/2025 của HĐND thành phố (quy định nội dung, mức chi thực hiện Đề án \"Xây dựng xã hội học tập giai đoạn 2021–2030\") và các quy định hiện hành.",
  ["16/2025/NQ-HĐND"])
Q("funding", "Ở Mỹ Lộc ai lập dự toán kinh phí thực hiện kế hoạch hằng năm?",
  [(ML, "Hằng năm, căn cứ vào nhiệm vụ được giao, các sở, ngành, địa phương xây dựng kế hoạch và dự toán kinh phí thực hiện"),
   (ML, "Căn cứ tình hình thực tế của địa phương, tham mưu UBND huyện bố trí kinh phí để thực hiện Kế hoạch theo phân cấp ngân sách hiện hành")],
  "Hằng năm các sở, ngành, địa phương (phòng, ban, ngành, địa phương) căn cứ nhiệm vụ được giao xây dựng kế hoạch và dự toán kinh phí, tổng hợp trong dự toán ngân sách hằng năm trình cấp có thẩm quyền; Phòng Tài chính - Kế hoạch tham mưu UBND huyện bố trí kinh phí theo phân cấp ngân sách.",
  ["dự toán", "Phòng Tài chính - Kế hoạch"])
Q("funding", "Kinh phí thực hiện kế hoạch NQ 23 của Hà Nội lấy từ đâu?",
  [(HN, "Được đảm bảo trong dự toán chi ngân sách nhà nước hàng năm của các đơn vị theo phân cấp ngân sách hiện hành")],
  "Được đảm bảo trong dự toán chi ngân sách nhà nước hàng năm của các đơn vị theo phân cấp ngân sách hiện hành; huy động từ các nguồn tài trợ, đóng góp của doanh nghiệp, tổ chức, cá nhân và các nguồn hợp pháp khác.",
  ["dự toán chi ngân sách nhà nước", "tài trợ"])
Q("funding", "KH 74 của Cần Thơ có dùng nguồn tài trợ không, ai lập dự toán?",
  [(CT, "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước, nguồn tài trợ và các nguồn tài chính hợp pháp khác theo quy định của pháp luật"),
   (CT, "các sở, ban ngành, đoàn thể có liên quan và Ủy ban nhân dân quận, huyện xây dựng kế hoạch và dự toán kinh phí thực hiện")],
  "Có: kinh phí bố trí từ ngân sách nhà nước, nguồn tài trợ và các nguồn tài chính hợp pháp khác. Các sở, ban ngành, đoàn thể liên quan và UBND quận, huyện xây dựng kế hoạch và dự toán kinh phí, tổng hợp trong dự toán ngân sách hàng năm của đơn vị trình cấp có thẩm quyền.",
  ["nguồn tài trợ", "dự toán"])
Q("funding", "An Lão lấy kinh phí thực hiện phong trào Học tập suốt đời từ những nguồn nào?",
  [(AL, "Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách nhà nước theo quy định, nguồn thu hợp pháp của các cơ quan, đơn vị và huy động từ các nguồn xã hội hóa")],
  "Từ ngân sách nhà nước theo quy định, nguồn thu hợp pháp của các cơ quan, đơn vị và huy động từ các nguồn xã hội hóa.",
  ["ngân sách nhà nước", "nguồn thu hợp pháp", "xã hội hóa"])
Q("funding", "quận, huyện ở Hà Nội có phải tự bố trí kinh phí thực hiện kế hoạch không?",
  [(HN, "16. Ủy ban nhân dân quận, huyện, thị xã"),
   (HN, "Cân đối và bố trí kinh phí hàng năm trong phạm vi ngân sách để thực hiện Kế hoạch")],
  "Có: UBND quận, huyện, thị xã cân đối và bố trí kinh phí hàng năm trong phạm vi ngân sách để thực hiện Kế hoạch.",
  ["bố trí kinh phí hàng năm"])

# ---------------------------------------------------------------- legal_basis (4)
Q("legal_basis", "Về giáo dục hướng nghiệp, phân luồng học sinh, Mỹ Lộc tiếp tục thực hiện những văn bản nào?",
  [(ML, "Kế hoạch số 100/KH-UBND ngày 01/11/2018 của UBND tỉnh về việc thực hiện Quyết định số 522/QĐ-TTg ngày 14/5/2018"),
   (ML, "Kế hoạch số 945/KH- UBND ngày 30/3/2020 của UBND huyện Mỹ Lộc")],
  "Kế hoạch số 100/KH-UBND ngày 01/11/2018 của UBND tỉnh thực hiện Quyết định số 522/QĐ-TTg ngày 14/5/2018 (Đề án giáo dục hướng nghiệp và định hướng phân luồng học sinh giai đoạn 2018-2025) và Kế hoạch số 945/KH-UBND ngày 30/3/2020 của UBND huyện Mỹ Lộc.",
  ["100/KH-UBND", "522/QĐ-TTg", "945"])
Q("legal_basis", "Kế hoạch của Hà Nội thay thế kế hoạch nào trước đó?",
  [(HN, "Kế hoạch này thay thế cho Kế hoạch số 290/KH-UBND ngày 16/12/2021")],
  "Thay thế Kế hoạch số 290/KH-UBND ngày 16/12/2021 của UBND thành phố Hà Nội về thực hiện Đề án \"Xây dựng xã hội học tập giai đoạn 2021-2030\".",
  ["290/KH-UBND", "16/12/2021"])
Q("legal_basis", "Huế đánh giá hoạt động trung tâm học tập cộng đồng theo văn bản nào?",
  [(HUE, "Công văn số 2553/BGDĐT-GDTX ngày 18 tháng 4 năm 2013 của Bộ Giáo dục và Đào tạo về đánh giá trung tâm học tập cộng đồng"),
   (HUE, "Công văn số 59/SGDĐT-GDCN-GDTX ngày 12 tháng 01 năm 2017 của Sở Giáo dục và Đào tạo về hướng dẫn đánh giá trung tâm học tập cộng đồng")],
  "Theo Công văn số 2553/BGDĐT-GDTX ngày 18/4/2013 của Bộ GD&ĐT về đánh giá trung tâm học tập cộng đồng và Công văn số 59/SGDĐT-GDCN-GDTX ngày 12/01/2017 của Sở GD&ĐT hướng dẫn đánh giá trung tâm học tập cộng đồng.",
  ["2553/BGDĐT-GDTX", "59/SGDĐT-GDCN-GDTX"])
Q("legal_basis", "An Lão gắn việc triển khai Nghị quyết 57 với quyết định nào của Thủ tướng?",
  [(AL, "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị"),
   (AL, "Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025")],
  "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị được triển khai gắn với Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022-2025, tầm nhìn đến 2030.",
  ["06/QĐ-TTg", "57-NQ/TW"])

# ---------------------------------------------------------------- purpose (3)
Q("purpose", "Mục đích kế hoạch xây dựng xã hội học tập của huyện Mỹ Lộc là gì?",
  [(ML, "a) Xây dựng và triển khai thực hiện có hiệu quả Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030” từ cấp huyện, cấp xã, khu phố và cộng đồng dân cư"),
   (ML, "tận dụng mọi cơ hội học tập để trở thành công dân số, công dân học tập toàn cầu")],
  "(a) Triển khai có hiệu quả Đề án \"Xây dựng xã hội học tập giai đoạn 2021-2030\" từ cấp huyện, cấp xã, khu phố đến cộng đồng dân cư; (b) tạo phong trào toàn xã hội tham gia học tập, tạo điều kiện để mọi công dân học tập thường xuyên, suốt đời, tận dụng mọi cơ hội học tập để trở thành công dân số, công dân học tập toàn cầu; (c) duy trì, nâng cao chất lượng công nhận danh hiệu các mô hình học tập, huy động cả hệ thống chính trị và toàn dân tham gia khuyến học, khuyến tài.",
  ["công dân số", "công dân học tập toàn cầu", "mô hình học tập"])
Q("purpose", "Kế hoạch thực hiện Nghị quyết 23 của Hà Nội ban hành nhằm mục đích gì?",
  [(HN, "Kế hoạch thực hiện phải đảm bảo phù hợp với tình hình thực tế của Thủ đô"),
   (HN, "Là căn cứ để kiểm điểm trách nhiệm của các cấp, các ngành, địa phương, đơn vị trong việc thực hiện các nhiệm vụ được giao")],
  "Nhằm quán triệt và chỉ đạo các cấp, các ngành, địa phương, đơn vị tập trung thực hiện Nghị quyết 23-NQ/TU; bảo đảm phù hợp tình hình thực tế của Thủ đô và với QĐ 1373/QĐ-TTg, QĐ 1315/QĐ-TTg; là căn cứ để kiểm điểm trách nhiệm của các cấp, các ngành trong thực hiện nhiệm vụ được giao.",
  ["quán triệt", "kiểm điểm trách nhiệm"])
Q("purpose", "Kế hoạch năm 2026 của Huế đặt ra mục đích gì?",
  [(HUE, "Nâng cao nhận thức, trách nhiệm của các cấp, các ngành, tổ chức, đơn vị và mỗi công dân đối với công tác khuyến học, khuyến tài, xây dựng xã hội học tập"),
   (HUE, "nhân rộng các mô hình học tập phù hợp với yêu cầu phát triển của nền kinh tế số, xã hội số")],
  "Tiếp tục thực hiện hiệu quả chủ trương, chính sách về xây dựng xã hội học tập, thúc đẩy học tập suốt đời; nâng cao nhận thức, trách nhiệm của các cấp, ngành và mỗi công dân, nhân rộng mô hình học tập phù hợp với nền kinh tế số, xã hội số; duy trì, nâng cao chất lượng các mô hình học tập, phát huy vai trò cộng đồng, gia đình, dòng họ, góp phần nâng cao chất lượng nguồn nhân lực và cuộc sống.",
  ["kinh tế số, xã hội số", "nguồn nhân lực"])

# ---------------------------------------------------------------- task_section (5)
Q("task_section", "nhiệm vụ giải pháp thứ 3 trong KH của Hà Nội là gì?",
  [(HN, "3. Đẩy mạnh chuyển đổi số và ứng dụng công nghệ thông tin"),
   (HN, "phát triển Chính quyền điện tử, hướng tới Chính quyền số và đảm bảo an toàn thông tin mạng")],
  "Nhiệm vụ III.3 \"Đẩy mạnh chuyển đổi số và ứng dụng công nghệ thông tin\": chuyển đổi số trong tổ chức hoạt động học tập suốt đời; ứng dụng CNTT trong cơ quan nhà nước để phát triển Chính quyền điện tử, hướng tới Chính quyền số, bảo đảm an toàn thông tin mạng; phát triển đào tạo từ xa, đào tạo trực tuyến, kiểm định chương trình đào tạo từ xa; xây dựng, chia sẻ tài nguyên giáo dục mở, học liệu mở.",
  ["chuyển đổi số", "đào tạo từ xa", "học liệu mở"])
Q("task_section", "các giải pháp về truyền thông, tuyên truyền trong kế hoạch Cần Thơ 2024?",
  [(CT, "1. Tuyên truyền, phổ biến, nâng cao nhận thức về xây dựng xã hội học tập"),
   (CT, "b) Hàng năm, tổ chức hiệu quả Tuần lễ hưởng ứng học tập suốt đời, Ngày sách và văn hóa đọc Việt Nam")],
  "Nhiệm vụ III.1: (a) tăng cường tuyên truyền, phổ biến về học tập suốt đời, xây dựng xã hội học tập qua các phương tiện thông tin đại chúng, truyền thông xã hội, hệ thống thông tin cơ sở, các cơ sở giáo dục; (b) hàng năm tổ chức Tuần lễ hưởng ứng học tập suốt đời, Ngày sách và văn hóa đọc Việt Nam; (c) Biểu dương, tôn vinh, khen thưởng gương điển hình, nhân rộng mô hình tốt. (Thêm: III.3.b tổ chức chương trình giáo dục trên phát thanh, truyền hình, báo điện tử, mạng xã hội.)",
  ["Tuần lễ hưởng ứng học tập suốt đời", "thông tin đại chúng", "Biểu dương"])
Q("task_section", "Nhiệm vụ giải pháp số 2 của Mỹ Lộc gồm những nội dung gì?",
  [(ML, "2. Tăng cường sự lãnh đạo, chỉ đạo của các cấp ủy Đảng, công tác quản lý của các cấp chính quyền"),
   (ML, "b) Củng cố, kiện toàn Ban chỉ đạo xây dựng xã hội học tập các cấp theo hướng thiết thực, hiệu quả")],
  "III.2 (tăng cường lãnh đạo, chỉ đạo của cấp ủy, quản lý của chính quyền, phối hợp với Mặt trận, đoàn thể): (a) tăng cường vai trò lãnh đạo của cấp ủy, chính quyền với học tập suốt đời; (b) củng cố, kiện toàn Ban chỉ đạo xây dựng xã hội học tập các cấp; (c) phát huy vai trò các tổ chức chính trị - xã hội; (d) các phòng, ban, ngành, UBND xã, thị trấn xây dựng kế hoạch đào tạo chuẩn hóa cán bộ, công chức, viên chức; (đ) tổ chức sơ kết, tổng kết, đánh giá kết quả thực hiện Đề án.",
  ["Ban chỉ đạo", "đào tạo chuẩn hóa", "sơ kết, tổng kết"])
Q("task_section", "Giải pháp thứ 5 trong kế hoạch An Lão nói gì?",
  [(AL, "5. Tiếp tục rà soát, sắp xếp mạng lưới các cơ sở giáo dục, đào tạo, gắn với cuộc cách mạng về sắp xếp tổ chức bộ máy tinh - gọn - mạnh")],
  "Giải pháp II.5: tiếp tục rà soát, sắp xếp mạng lưới các cơ sở giáo dục, đào tạo, gắn với sắp xếp tổ chức bộ máy tinh - gọn - mạnh, hiệu năng, hiệu lực, hiệu quả, theo hướng mở, linh hoạt, liên thông giữa các cấp học, trình độ đào tạo để mọi người được học tập suốt đời. Nội dung này trùng nguyên văn với giải pháp II.4 của kế hoạch.",
  ["mạng lưới các cơ sở giáo dục", "tinh - gọn - mạnh"])
Q("task_section", "Giải pháp về kiểm tra, giám sát trong KH Huế 2026 gồm những gì?",
  [(HUE, "7. Tăng cường công tác kiểm tra, giám sát và sơ kết việc thực hiện Đề án"),
   (HUE, "Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với Hội Khuyến học thành phố và các sở, ban, ngành liên quan tổ chức kiểm tra, giám sát công tác xây dựng xã hội học tập")],
  "III.7: các cơ quan, đơn vị, địa phương tăng cường kiểm tra, giám sát thực hiện Đề án, kịp thời chấn chỉnh tồn tại, thực hiện nghiêm chế độ thông tin, báo cáo định kỳ và đột xuất; giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với Hội Khuyến học thành phố và các sở, ngành kiểm tra, giám sát công tác xây dựng xã hội học tập và hoạt động của TTHTCĐ tại các xã, phường, tổng hợp, tham mưu UBND thành phố.",
  ["định kỳ và đột xuất", "Hội Khuyến học thành phố"])

# ---------------------------------------------------------------- cross_plan (6)
Q("cross_plan", "So sánh chỉ tiêu năm 2025 về người lao động được trang bị kỹ năng sống của Mỹ Lộc và Hà Nội.",
  [(ML, ML25), (ML, "60% số người trong độ tuổi lao động được trang bị kỹ năng sống"),
   (HN, HN25), (HN, "50% số người trong độ tuổi lao động được trang bị kỹ năng sống")],
  "Năm 2025: Mỹ Lộc 60% số người trong độ tuổi lao động được trang bị kỹ năng sống; Hà Nội 50%. Mỹ Lộc đặt cao hơn 10 điểm phần trăm.",
  ["60%", "50%"])
Q("cross_plan", "Cơ quan thường trực của kế hoạch ở Huế, Hà Nội và Cần Thơ là cơ quan nào?",
  [(HUE, "Là cơ quan thường trực; chủ trì, phối hợp với các cơ quan, tổ chức, đơn vị, địa phương liên quan để tổ chức thực hiện Kế hoạch"),
   (HN, "Là cơ quan thường trực, giúp Ủy ban nhân dân Thành phố tổ chức triển khai thực hiện Kế hoạch"),
   (CT, "phản ánh về Sở Giáo dục và Đào tạo (Thường trực Ban Chỉ đạo thành phố)")],
  "Cả ba đều là Sở Giáo dục và Đào tạo: ở Huế và Hà Nội Sở là \"cơ quan thường trực\" (mục V.1); ở Cần Thơ Sở Giáo dục và Đào tạo là Thường trực Ban Chỉ đạo thành phố, nơi các đơn vị phản ánh khó khăn, vướng mắc.",
  ["Sở Giáo dục và Đào tạo", "Thường trực Ban Chỉ đạo"])
Q("cross_plan", "Hội Khuyến học thành phố ở Huế và ở Cần Thơ được giao triển khai những chương trình gì, có gì chung?",
  [(HUE, "Kế hoạch số 471/KH-UBND ngày 22 tháng 12 tháng 2022 về triển khai thực hiện Chương trình “Đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị” và Chương trình “Xây dựng mô hình Công dân học tập”"),
   (CT, "Quyết định số 387/QĐ-TTg ngày 25 tháng 3 năm 2022 của Thủ tướng Chính phủ phê duyệt Chương trình “Đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị giai đoạn 2021 - 2030”"),
   (CT, "Quyết định số 677/QĐ-TTg ngày 03 tháng 6 năm 2022")],
  "Huế: Hội Khuyến học thành phố chủ trì KH 471/KH-UBND về hai chương trình \"Đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị\" và \"Xây dựng mô hình Công dân học tập\". Cần Thơ: Hội Khuyến học thành phố triển khai theo QĐ 1373/QĐ-TTg (trọng tâm Bộ tiêu chí đánh giá), QĐ 387/QĐ-TTg và QĐ 677/QĐ-TTg. Điểm chung: cùng hai chương trình học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị (QĐ 387) và Công dân học tập (QĐ 677).",
  ["471", "387", "677", "Công dân học tập"])
Q("cross_plan", "Liên đoàn Lao động ở Huế và ở Mỹ Lộc được giao gì?",
  [(HUE, "tổ chức thực hiện Kế hoạch số 147/KH-UBND ngày 17 tháng 4 năm 2023"),
   (ML, "d) Liên đoàn Lao động huyện"),
   (ML, "Chỉ đạo các cấp công đoàn hướng dẫn, hỗ trợ công đoàn cơ sở trong các doanh nghiệp vận động người sử dụng lao động tạo điều kiện về thời gian, vật chất")],
  "Huế: Liên đoàn Lao động thành phố chủ trì tổ chức thực hiện Kế hoạch số 147/KH-UBND ngày 17/4/2023 về Chương trình \"Đẩy mạnh các hoạt động học tập suốt đời trong công nhân lao động tại các doanh nghiệp đến năm 2030\". Mỹ Lộc: Liên đoàn Lao động huyện phối hợp đẩy mạnh phát triển nghề nghiệp, vận động công nhân học tập nâng cao trình độ; chỉ đạo công đoàn các cấp hỗ trợ công đoàn cơ sở vận động người sử dụng lao động tạo điều kiện, thành lập quỹ khuyến học, khuyến tài.",
  ["147/KH-UBND", "công đoàn cơ sở", "quỹ khuyến học"])
Q("cross_plan", "Ai ký kế hoạch của Hà Nội và kế hoạch năm 2026 của Huế?",
  [(HN, "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Vũ Thu Hà"),
   (HUE, "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Thanh Bình")],
  "Kế hoạch Hà Nội do Phó Chủ tịch UBND Thành phố Vũ Thu Hà ký (TM. UBND, KT. Chủ tịch); kế hoạch năm 2026 của Huế do Phó Chủ tịch Nguyễn Thanh Bình ký (TM. UBND, KT. Chủ tịch).",
  ["Vũ Thu Hà", "Nguyễn Thanh Bình"])
Q("cross_plan", "Kế hoạch của Mỹ Lộc và của An Lão được ban hành để thực hiện kế hoạch nào của cấp trên?",
  [(ML, "Thực hiện Kế hoạch số 145/KH- UBND ngày 23/12//2021 của UBND tỉnh Nam Định"),
   (AL, "Thực hiện Kế hoạch số 108 /KH-UBND ngày 06/5/2025 của Ủy ban nhân dân thành phố Hải Phòng")],
  "Mỹ Lộc thực hiện Kế hoạch số 145/KH-UBND ngày 23/12/2021 của UBND tỉnh Nam Định (Đề án xây dựng xã hội học tập 2021-2030); An Lão thực hiện Kế hoạch số 108/KH-UBND ngày 06/5/2025 của UBND thành phố Hải Phòng (phong trào \"Học tập suốt đời\").",
  ["145", "Nam Định", "108", "Hải Phòng"])

# ---------------------------------------------------------------- no_diacritics (8)
Q("no_diacritics", "so giao duc va dao tao can tho co nhiem vu gi",
  [(CT, "a) Chủ trì, phối hợp với Thủ trưởng các cơ quan, đơn vị có liên quan, Ủy ban nhân dân quận, huyện triển khai thực hiện các nhiệm vụ của Kế hoạch"),
   (CT, "c) Tham mưu Ủy ban nhân dân thành phố tôn vinh, khen thưởng những tấm gương tiêu biểu về tự học thành tài")],
  "Sở Giáo dục và Đào tạo Cần Thơ: (a) chủ trì, phối hợp với các cơ quan, đơn vị, UBND quận, huyện triển khai các nhiệm vụ của Kế hoạch; (b) triển khai các tiêu chí đánh giá xây dựng xã hội học tập, khung năng lực thông tin, tiêu chí công nhận quận, huyện học tập, thành phố học tập; kiểm tra, công nhận kết quả học tập GDTX; (c) tham mưu UBND thành phố tôn vinh, khen thưởng tấm gương tự học thành tài; (d) tham mưu kiểm tra, đánh giá, tổng hợp, báo cáo; tổ chức sơ kết, tổng kết.",
  ["Chủ trì", "tự học thành tài", "sơ kết, tổng kết"])
Q("no_diacritics", "muc tieu 2025 cua my loc ve trung tam hoc tap cong dong ung dung cntt",
  [(ML, ML25), (ML, "70% các Trung tâm Học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục")],
  "Đến năm 2025 Mỹ Lộc đặt mục tiêu 70% các Trung tâm Học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục (đến 2030: 90%).",
  ["70%"])
Q("no_diacritics", "hue 2026 bao nhieu % co so giao duc pho thong day hoc tren moi truong so",
  [(HUE, "100% các cơ sở giáo dục phổ thông, cơ sở giáo dục thường xuyên, cơ sở giáo dục nghề nghiệp và các cơ sở giáo dục khác triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường số")],
  "100% các cơ sở giáo dục phổ thông, cơ sở giáo dục thường xuyên, cơ sở giáo dục nghề nghiệp và các cơ sở giáo dục khác triển khai quản lý, giảng dạy và học tập trên môi trường số (kế hoạch năm 2026 của Huế).",
  ["100%"])
Q("no_diacritics", "lien doan lao dong ha noi lam gi",
  [(HN, "9. Liên đoàn Lao động Thành phố"),
   (HN, "Phối hợp với các Sở, ngành liên quan tiếp tục đẩy mạnh các hoạt động phát triển nghề nghiệp cho người lao động")],
  "Liên đoàn Lao động Thành phố Hà Nội: phối hợp với các Sở, ngành đẩy mạnh các hoạt động phát triển nghề nghiệp cho người lao động; tuyên truyền, vận động công nhân, người lao động học tập nâng cao trình độ, kỹ năng nghề; chỉ đạo công đoàn các cấp hỗ trợ công đoàn cơ sở vận động người sử dụng lao động tạo điều kiện, thành lập quỹ khuyến học, khuyến tài, hỗ trợ con công nhân hiếu học có hoàn cảnh khó khăn.",
  ["phát triển nghề nghiệp", "công đoàn cơ sở", "quỹ khuyến học"])
Q("no_diacritics", "phong giao duc an lao phai lam nhung gi",
  [(AL, "Chủ trì, phối hợp với các phòng, ban, ngành tham mưu Ủy ban nhân dân huyện trình Hội đồng nhân dân huyện điều chỉnh các cơ chế, chính sách thúc đẩy khuyến học"),
   (AL, "Hướng dẫn, đôn đốc thành lập, kiện toàn hệ thống trung tâm học tập cộng đồng cấp xã sau khi sắp xếp, sáp nhập các đơn vị hành chính")],
  "Phòng Giáo dục và Đào tạo An Lão: chủ trì tham mưu UBND huyện trình HĐND huyện điều chỉnh cơ chế, chính sách thúc đẩy khuyến học, học tập suốt đời; tham mưu sắp xếp mạng lưới cơ sở giáo dục, hướng dẫn kiện toàn hệ thống trung tâm học tập cộng đồng cấp xã sau sáp nhập; bồi dưỡng cán bộ quản lý, giáo viên theo Chương trình Giáo dục phổ thông 2018; đưa kết quả mô hình học tập vào tiêu chí đánh giá người đứng đầu; chỉ đạo cơ sở giáo dục tuyên truyền; tổng hợp kết quả phong trào hằng năm; tham mưu hợp tác quốc tế về giáo dục.",
  ["cơ chế, chính sách", "trung tâm học tập cộng đồng", "Chương trình Giáo dục phổ thông 2018"])
Q("no_diacritics", "cong an thanh pho can tho to chuc lop hoc cho ai",
  [(CT, "tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân và học viên trong các trại giam")],
  "Công an thành phố Cần Thơ chủ trì, phối hợp với Sở GD&ĐT, UBND quận, huyện tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân và học viên trong các trại giam, trại tạm giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng (nếu có).",
  ["phạm nhân", "xóa mù chữ"])
Q("no_diacritics", "hoi khuyen hoc huyen my loc phai lam gi",
  [(ML, "Chủ trì lồng ghép các hoạt động tuyên truyền về xây dựng xã hội học tập thông qua hệ thống hội khuyến học các cấp"),
   (ML, "Triển khai thực hiện các tiêu chí công dân học tập")],
  "Hội Khuyến học huyện Mỹ Lộc: chủ trì lồng ghép tuyên truyền về xây dựng xã hội học tập qua hệ thống hội khuyến học các cấp; phối hợp với Phòng GD&ĐT, Phòng VH,TT&DL hướng dẫn đẩy mạnh hoạt động của các Trung tâm Học tập cộng đồng; triển khai các tiêu chí công dân học tập, nhân rộng các mô hình học tập.",
  ["lồng ghép", "Trung tâm Học tập cộng đồng", "công dân học tập"])
Q("no_diacritics", "so van hoa the thao ha noi nhiem vu trong ke hoach nq 23",
  [(HN, "4. Sở Văn hóa và Thể thao"),
   (HN, "nhân rộng các mô hình học tập suốt đời trong các thiết chế văn hóa cơ sở (thư viện, bảo tàng, nhà văn hóa, câu lạc bộ…)")],
  "Sở Văn hóa và Thể thao Hà Nội: chủ trì, phối hợp với các Sở, ngành, UBND quận, huyện, thị xã nhân rộng mô hình học tập suốt đời trong các thiết chế văn hóa cơ sở (thư viện, bảo tàng, nhà văn hóa, câu lạc bộ…) gắn với phong trào \"Gia đình văn hóa\", \"Làng văn hóa\", \"Tổ dân phố văn hóa\"…; đào tạo, bồi dưỡng nhân lực các thiết chế văn hóa - thể thao đáp ứng yêu cầu chuyển đổi số.",
  ["thiết chế văn hóa", "Gia đình văn hóa", "chuyển đổi số"])

# ---------------------------------------------------------------- abbreviation (6)
Q("abbreviation", "Sở LĐTB&XH CT có nv gì trong KH XHHT 2024?",
  [(CT, "3. Sở Lao động - Thương binh và Xã hội"),
   (CT, "Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan, Ủy ban nhân dân quận, huyện triển khai các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động")],
  "Sở Lao động - Thương binh và Xã hội Cần Thơ chủ trì, phối hợp với các cơ quan, đơn vị, UBND quận, huyện triển khai các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động; hỗ trợ học tập cho người bị thiệt thòi, yếu thế trong xã hội.",
  ["đào tạo bổ sung", "yếu thế"])
Q("abbreviation", "HLHPN HN đc đề nghị làm gì?",
  [(HN, "d) Hội Liên hiệp phụ nữ Thành phố"),
   (HN, "vận động, tuyên truyền phụ nữ và trẻ em gái ở vùng đồng bào dân tộc thiểu số chưa biết chữ ra học các lớp xóa mù chữ")],
  "Hội Liên hiệp Phụ nữ Thành phố Hà Nội: phối hợp với Sở GD&ĐT tuyên truyền Kế hoạch, lồng ghép tuyên truyền khuyến học, khuyến tài trong phong trào \"Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc\"; vận động phụ nữ và trẻ em gái ở vùng đồng bào dân tộc thiểu số chưa biết chữ ra học các lớp xóa mù chữ.",
  ["xóa mù chữ", "Phụ nữ tích cực học tập"])
Q("abbreviation", "UBND Q/H/TX ở HN làm gì theo KH thực hiện NQ 23?",
  [(HN, "Xây dựng Kế hoạch thực hiện Nghị quyết số 23-NQ/TU phù hợp với chiến lược phát triển kinh tế - xã hội của địa phương"),
   (HN, "Kiểm tra, giám sát, báo cáo tình hình, kết quả thực hiện Kế hoạch của địa phương theo quy định")],
  "UBND quận, huyện, thị xã: xây dựng Kế hoạch thực hiện Nghị quyết số 23-NQ/TU phù hợp chiến lược phát triển của địa phương đến 2030, tầm nhìn 2045; cân đối, bố trí kinh phí hàng năm; xây dựng và phát triển các mô hình học tập, ngành nghề đào tạo, nghề đặc thù; chủ trì phối hợp với các đơn vị đóng trên địa bàn thực hiện nhiệm vụ; kiểm tra, giám sát, báo cáo kết quả theo quy định.",
  ["Nghị quyết số 23-NQ/TU", "bố trí kinh phí", "mô hình học tập"])
Q("abbreviation", "TTHTCĐ ở Huế 2026: chỉ tiêu ƯD CNTT là bn %?",
  [(HUE, "100% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục")],
  "Năm 2026 Huế đặt chỉ tiêu 100% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục.",
  ["100%"])
Q("abbreviation", "TT BCĐ XHHT Cần Thơ là cq nào, tên đầy đủ của BCĐ?",
  [(CT, "Ban Chỉ đạo Xây dựng xã hội học tập - Xóa mù chữ - Phổ cập giáo dục thành phố Cần Thơ giai đoạn 2021 - 2030"),
   (CT, "phản ánh về Sở Giáo dục và Đào tạo (Thường trực Ban Chỉ đạo thành phố)")],
  "Ban Chỉ đạo là \"Ban Chỉ đạo Xây dựng xã hội học tập - Xóa mù chữ - Phổ cập giáo dục thành phố Cần Thơ giai đoạn 2021 - 2030\" (Ban Chỉ đạo thành phố); Thường trực Ban Chỉ đạo là Sở Giáo dục và Đào tạo.",
  ["Sở Giáo dục và Đào tạo", "Xóa mù chữ - Phổ cập giáo dục"])
Q("abbreviation", "Sở VHTTDL CT làm gì trong KH XHHT 2024?",
  [(CT, "5. Sở Văn hóa, Thể thao và Du lịch"),
   (CT, "nhân rộng các mô hình học tập suốt đời trong thư viện, bảo tàng, nhà văn hóa, câu lạc bộ")],
  "Sở Văn hóa, Thể thao và Du lịch Cần Thơ chủ trì, phối hợp với các cơ quan, đơn vị, UBND quận, huyện nhân rộng các mô hình học tập suốt đời trong thư viện, bảo tàng, nhà văn hóa, câu lạc bộ.",
  ["thư viện, bảo tàng", "quận, huyện"])

# ---------------------------------------------------------------- paraphrase (5)
Q("paraphrase", "Ở Cần Thơ, ai phải đi vận động các em bỏ học quay lại trường?",
  [(CT, "c) Đề nghị Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố Cần Thơ"),
   (CT, "thường xuyên vận động số đoàn viên, đội viên bỏ học giữa chừng đến trường, ra lớp")],
  "Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố Cần Thơ được đề nghị chỉ đạo Đoàn thanh niên quận, huyện phối hợp chính quyền cơ sở nắm số đoàn viên, thanh thiếu niên trong độ tuổi và thường xuyên vận động số đoàn viên, đội viên bỏ học giữa chừng đến trường, ra lớp. (Hội LHPN thành phố cũng vận động hội viên cho con đi học đúng độ tuổi, không để con bỏ học.)",
  ["Đoàn Thanh niên", "bỏ học giữa chừng"])
Q("paraphrase", "Mỹ Lộc có kêu gọi Việt kiều, trí thức ở nước ngoài góp sức cho khuyến học không?",
  [(ML, "Đẩy mạnh vận động, khuyến khích đội ngũ trí thức tài năng là người Việt Nam ở trong nước và nước ngoài tham gia đóng góp với hoạt động khuyến học, khuyến tài và xây dựng xã hội học tập của huyện")],
  "Có. Nhiệm vụ III.7.c: đẩy mạnh vận động, khuyến khích đội ngũ trí thức tài năng là người Việt Nam ở trong nước và nước ngoài tham gia đóng góp cho hoạt động khuyến học, khuyến tài và xây dựng xã hội học tập của huyện.",
  ["trí thức tài năng", "nước ngoài"])
Q("paraphrase", "Mỹ Lộc có chính sách gì giúp người già, người làm nội trợ hay người khuyết tật được đi học?",
  [(ML, "chính sách hỗ trợ những người hết tuổi lao động, người nội trợ, người khuyết tật có điều kiện thuận lợi để học tập suốt đời")],
  "Nhiệm vụ III.3.đ: triển khai cơ chế, chính sách cho công nhân, người lao động được đào tạo, đào tạo lại; chính sách hỗ trợ những người hết tuổi lao động, người nội trợ, người khuyết tật có điều kiện thuận lợi để học tập suốt đời.",
  ["người hết tuổi lao động", "người nội trợ"])
Q("paraphrase", "An Lão có xử lý cán bộ lười học, không chịu cập nhật công nghệ không?",
  [(AL, "có biện pháp xử lý nghiêm khắc với những cán bộ, công chức, viên chức trì trệ, ngại học, không thích nghi")],
  "Có. Giải pháp II.7: tổ chức rà soát, đánh giá, có biện pháp xử lý nghiêm khắc với những cán bộ, công chức, viên chức trì trệ, ngại học, không thích nghi và bắt nhịp với cuộc cách mạng khoa học và công nghệ 4.0 (đồng thời khuyến khích, bảo vệ cán bộ tiên phong). Kế hoạch không nêu hình thức hay mức xử lý cụ thể.",
  ["xử lý nghiêm khắc", "ngại học"])
Q("paraphrase", "Bộ đội ở Hà Nội có phải bồi dưỡng kiến thức quốc phòng cho già làng, chức sắc tôn giáo không?",
  [(HN, "Bộ Tư lệnh Thủ đô: tiếp tục tổ chức, tăng cường công tác tuyên truyền, phổ biến giáo dục, bồi dưỡng kiến thức quốc phòng, an ninh"),
   (HN, "nhất là những người có uy tín trong cộng đồng dân cư, chức sắc, chức việc tôn giáo, già làng, trưởng họ tộc")],
  "Có. Bộ Tư lệnh Thủ đô (thuộc Lực lượng vũ trang Thành phố) tiếp tục tuyên truyền, phổ biến, bồi dưỡng kiến thức quốc phòng, an ninh cho mọi tầng lớp nhân dân, nhất là người có uy tín trong cộng đồng, chức sắc, chức việc tôn giáo, già làng, trưởng họ tộc.",
  ["Bộ Tư lệnh Thủ đô", "quốc phòng, an ninh"])

# ---------------------------------------------------------------- english (28)
Q("english", "Hanoi 2030 learning targets",
  [(HN, HN30), (HN, "70% công dân đạt danh hiệu công dân học tập; 70% công dân đạt kỹ năng số"),
   (HN, "80% gia đình, dòng họ, cộng đồng đạt danh hiệu gia đình, dòng họ, cộng đồng học tập"),
   (HN, "60% quận, huyện, thị xã được công nhận danh hiệu huyện học tập"),
   (HN, "Thành phố được công nhận danh hiệu “Thành phố học tập”")],
  "Hanoi's 2030 learning-model targets: 70% of citizens earn the 'learning citizen' title and 70% have digital skills; 80% of families, clans and communities earn learning titles; 70% of units are recognised as learning units; 60% of districts/towns are recognised as learning districts; and the city is recognised as a 'Learning City' (Thành phố học tập).",
  ["70", "80", "60"])
Q("english", "Hue 2026 target: share of population with technical qualifications?",
  [(HUE, "40% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó có 15% dân số có trình độ đại học trở lên")],
  "Hue's 2026 plan targets 40% of the population aged 15+ trained to a professional/technical level, including 15% with a university degree or higher.",
  ["40", "15"])
Q("english", "What does plan 74 aim for regarding community learning centres using IT?",
  [(CT, "Phần đầu đạt tỷ lệ 90% trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục")],
  "Plan 74/KH-BCĐ (Can Tho, 2024) aims for 90% of community learning centres to apply information technology in managing and organising educational activities.",
  ["90"])
Q("english", "Which agency is responsible for promoting lifelong learning in the armed forces in Can Tho?",
  [(CT, "7. Bộ Chỉ huy Quân sự thành phố"),
   (CT, "Chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện đẩy mạnh tuyên truyền về học tập suốt đời, xây dựng xã hội học tập trong lực lượng vũ trang")],
  "The City Military Command (Bộ Chỉ huy Quân sự thành phố) leads, with the Department of Education and Training and the district People's Committees, promotion of lifelong learning in the armed forces, and directs improvement of foreign-language and ethnic-minority-language skills of soldiers.",
  ["Bộ Chỉ huy Quân sự"])
Q("english", "How is the Hue 2026 plan funded, and which resolution sets the spending rules?",
  [(HUE, "Kinh phí thực hiện Kế hoạch được bảo đảm từ nguồn ngân sách nhà nước theo phân cấp ngân sách hiện hành và các nguồn kinh phí hợp pháp khác"),
   (HUE, "Việc quản lý, sử dụng kinh phí thực hiện Kế hoạch thực hiện theo Nghị quyết số 16/2025/NQ-HĐND ngày 16 tháng 7 năm 2025 của Hội đồng nhân dân thành phố")],
  "From the state budget under the current budget decentralisation plus other lawful sources (sponsorship and contributions from organisations, businesses and individuals); spending is managed under Resolution 16/2025/NQ-HĐND of 16 July 2025 of the city People's Council. No amount is given.",
  ["16/2025"])
Q("english", "When must the My Loc Education and Training Office send its annual report to the district People's Committee?",
  [(ML, "Tổ chức kiểm tra, giám sát và đánh giá, tổng hợp, báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm")],
  "Before 15 December every year (trước ngày 15 tháng 12 hằng năm).",
  ["15"])
Q("english", "As a UNESCO partner, we would like to know whether Hanoi plans to join the Global Network of Learning Cities, and which department leads the registration.",
  [(HN, "Phấn đấu Thủ đô Hà Nội gia nhập vào mạng lưới “Thành phố học tập” của UNESSCO trong thời gian sớm nhất"),
   (HN, "Chủ trì, tham mưu Ủy ban nhân dân Thành phố về kế hoạch đăng ký tham gia vào mạng lưới “Thành phố học tập”")],
  "Yes. Hanoi aims to join UNESCO's 'Learning City' network as soon as possible (the plan even spells it 'UNESSCO'), register for the Learning City title by 2025 and be recognised by 2030. The Department of Education and Training (Sở Giáo dục và Đào tạo) leads and advises the City People's Committee on the registration plan.",
  ["UNESCO", "2030"])
Q("english", "Our foundation funds literacy for women and girls. Which body in My Loc district is asked to bring women and girls into literacy classes?",
  [(ML, "e) Hội Liên hiệp Phụ nữ huyện"),
   (ML, "vận động, tuyên truyền phụ nữ và trẻ em gái chưa biết chữ ra học các lớp xóa mù chữ")],
  "The district Women's Union (Hội Liên hiệp Phụ nữ huyện) is asked to mobilise illiterate women and girls to attend literacy classes, integrate learning-society messages into its women's movement, and make the 'Hoàng Ngân' scholarship fund work effectively.",
  ["Hoàng Ngân"])
Q("english", "Who signed plan 74?",
  [(CT, "Số: 74 /KH-BCĐ"), (CT, "PHÓ CHỦ TỊCH UBND THÀNH PHỐ Nguyễn Thực Hiện")],
  "Plan 74/KH-BCĐ of Can Tho was signed by Nguyễn Thực Hiện, Vice Chairman of the City People's Committee, on behalf of the Steering Committee as its Head (TM. Ban Chỉ đạo, Trưởng ban).",
  ["Nguyễn Thực Hiện"])
Q("english", "An Lao digital literacy movement lead agency",
  [(AL, "3. Phòng Văn hóa Khoa học và Thông tin"),
   (AL, "Chủ trì tham mưu triển khai phong trào “Bình dân học vụ số” trong toàn dân trên địa bàn huyện")],
  "In An Lão, the Division of Culture, Science and Information (Phòng Văn hóa Khoa học và Thông tin) leads advising on the 'Bình dân học vụ số' (digital literacy for all) movement across the district.",
  ["Bình dân học vụ số", "Phòng Văn hóa Khoa học và Thông tin"])
Q("english", "When was Can Tho's plan 74 issued, and which year does it cover?",
  [(CT, "Cần Thơ, ngày 04 tháng 5 năm 2024"), (CT, "Xây dựng xã hội học tập năm 2024 trên địa bàn thành phố Cần Thơ")],
  "It was issued on 4 May 2024 (04/5/2024) and is the learning-society plan for the year 2024.",
  ["2024"])
Q("english", "What share of Hanoi's information-security staff must be trained by 2025, and under which decision?",
  [(HN, "100% cán bộ chuyên trách về an toàn thông tin, công nghệ thông tin trong các cơ quan nhà nước thuộc Thành phố được đào tạo về kiến thức, kỹ năng, kỹ thuật an toàn thông tin mạng"),
   (HN, "Quyết định số 21/QĐ-TTg ngày 06/01/2021")],
  "100% of full-time information security / IT staff in Hanoi's state agencies are to be trained in network information security by 2025, in line with Decision 21/QĐ-TTg of 06/01/2021 (the 2021–2025 information security workforce scheme).",
  ["100", "21/QĐ-TTg"])
Q("english", "Can Tho 2024 targets for universal lower secondary education",
  [(CT, "100% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 2; phần đầu có 66% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3")],
  "In 2024 Can Tho targets 100% of districts meeting the level-2 standard for universal lower secondary education, and strives for 66% of districts at level 3.",
  ["100", "66"])
Q("english", "My Loc 2025 learning citizen share",
  [(ML, ML25), (ML, "40% công dân đạt danh hiệu công dân học tập theo tiêu chí do cơ quan có thẩm quyền ban hành")],
  "By 2025 My Loc aims for 40% of citizens to earn the 'learning citizen' title (60% by 2030).",
  ["40"])
Q("english", "Which Party resolution does Hanoi's plan implement, and when was it issued?",
  [(HN, "Thực hiện Nghị quyết số 23-NQ/TU ngày 16/11/2023 của Thành ủy Hà Nội")],
  "Resolution 23-NQ/TU of 16/11/2023 of the Hanoi Party Committee on strengthening the Party's leadership of study promotion, talent promotion and building a learning society to 2030, with a vision to 2045.",
  ["23-NQ/TU", "16/11/2023"])
Q("english", "Hanoi literacy rate target for ages 15-60 by 2030",
  [(HN, HN30), (HN, "99,6% người trong độ tuổi 15-60 biết chữ")],
  "By 2030, 99.6% (99,6%) of people aged 15-60 should be literate.",
  ["99", "15-60"])
Q("english", "Which legal documents does Hue's 2026 plan implement?",
  [(HUE, "Thực hiện Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021"),
   (HUE, "Kế hoạch số 336/KH-UBND ngày 27 tháng 10 năm 2021 của Ủy ban nhân dân tỉnh Thừa Thiên Huế")],
  "Decision 1373/QĐ-TTg of 30 July 2021 of the Prime Minister approving the 'Building a learning society 2021-2030' scheme, and Plan 336/KH-UBND of 27 October 2021 of the (then) Thừa Thiên Huế provincial People's Committee implementing it.",
  ["1373", "336"])
Q("english", "As an NGO working with ethnic minority children in Can Tho, which body in plan 74 handles education support for ethnic minorities?",
  [(CT, "9. Ban Dân tộc"),
   (CT, "triển khai các chương trình, dự án hỗ trợ giáo dục, đào tạo cho người dân tộc thiểu số trên địa bàn thành phố")],
  "The Ethnic Affairs Committee (Ban Dân tộc) leads, with relevant agencies and district People's Committees, programmes and projects supporting education and training for ethnic minority people in the city, and creates conditions for ethnic minority children to study.",
  ["Ban Dân tộc"])
Q("english", "What role do universities play in Can Tho's plan?",
  [(CT, "Phần đầu đạt tỷ lệ 90% trường đại học triển khai đại học số và xây dựng học liệu số"),
   (CT, "phát huy vai trò là trung tâm xây dựng và nghiên cứu phát triển công nghệ đào tạo mở và từ xa của các cơ sở giáo dục đại học")],
  "Universities are to develop distance learning and open educational resources (and join the Vietnamese digital knowledge scheme), act as centres for open and distance training technology and for training teachers for lifelong learning; the 2024 target is 90% of universities running a digital university and building digital learning materials.",
  ["90"])
Q("english", "Hanoi plan milestones: which years are the targets set for, and what is the vision year?",
  [(HN, HN25), (HN, HN30), (HN, "trên địa bàn thành phố Hà Nội từ nay đến năm 2030, tầm nhìn đến năm 2045")],
  "Specific targets are set for 2025 and 2030; the plan runs to 2030 with a vision to 2045.",
  ["2025", "2030", "2045"])
Q("english", "Who signed the An Lao plan?",
  [(AL, "Nguyễn Quốc Thịnh")],
  "Nguyễn Quốc Thịnh, Vice Chairman of the An Lão district People's Committee (KT. Chủ tịch, Phó Chủ tịch).",
  ["Nguyễn Quốc Thịnh"])
Q("english", "Which plan cites the General Secretary's article on lifelong learning, and which Politburo resolution on science and digital transformation does it implement?",
  [(AL, "Tuyên truyền rộng rãi bài viết về “Học tập suốt đời” của Tổng Bí thư Tô Lâm"),
   (AL, "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị")],
  "The An Lão district plan: it spreads General Secretary Tô Lâm's article on 'Lifelong learning' and implements Politburo Resolution 57-NQ/TW of 22/12/2024 on breakthroughs in science, technology, innovation and national digital transformation.",
  ["57", "Tô Lâm"])
Q("english", "Can Tho 2024 'Learning Community' recognition target",
  [(CT, "Phần đầu đạt tỷ lệ 80% đơn vị được đánh giá, công nhận theo mức độ “Cộng đồng học tập” cấp xã, huyện, thành phố")],
  "Can Tho strives for 80% of units to be assessed and recognised at a 'Learning Community' level (commune, district, city) in 2024.",
  ["80"])
Q("english", "And ICT competency?",
  [(HUE, "87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin")],
  "87% of working-age people are to be equipped with ICT competency in Hue in 2026.",
  ["87"],
  history=["What share of Hue's working-age population should have life skills in 2026?",
           "80% of working-age people should be equipped with life skills (Hue, 2026)."])
Q("english", "Does Hanoi's plan give its police a similar task?",
  [(HN, "Công an Thành phố: chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Sở Lao động - Thương binh và Xã hội tiếp tục tổ chức các lớp học xóa mù chữ")],
  "Yes. Under 'Lực lượng vũ trang Thành phố', Hanoi's City Police (Công an Thành phố) leads, with the Department of Education and Training and the Department of Labour, Invalids and Social Affairs, continued literacy, universal-education and vocational classes for detainees, prisoners and students in prisons, detention centres, compulsory education establishments and reformatories.",
  ["Công an"],
  history=["What does Can Tho's plan 74 ask of the city police?",
           "Can Tho's City Police (Công an thành phố) organise literacy, universal education and vocational classes for detainees, prisoners and students in prisons, detention centres, compulsory education establishments and reformatories (if any)."])
Q("english", "What share of families, clans and communities in Hanoi should earn 'learning' titles by 2025?",
  [(HN, HN25), (HN, "60% gia đình, dòng họ, cộng đồng đạt danh hiệu gia đình, dòng họ, cộng đồng học tập")],
  "60% by 2025 (80% by 2030).",
  ["60"])
Q("english", "My Loc plan funding sources",
  [(ML, "Kinh phí thực hiện Kế hoạch từ nguồn ngân sách nhà nước theo phân cấp ngân sách nhà nước hiện hành"),
   (ML, "Huy động từ các nguồn tài trợ, đóng góp của các tổ chức, doanh nghiệp và các nguồn tài trợ hợp pháp khác")],
  "The state budget under the current budget decentralisation (units prepare annual estimates within their yearly budget), plus sponsorship and contributions from organisations, businesses and other lawful sources. No amount is stated.",
  ["budget"])
Q("english", "We are a donor interested in vocational training for rural workers in My Loc. Which office leads this?",
  [(ML, "2. Phòng Lao động - Thương binh và Xã hội"),
   (ML, "c) Triển khai các chương trình, dự án, đề án hỗ trợ đào tạo, đào tạo lại cho các đối tượng: lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động")],
  "The district Division of Labour, Invalids and Social Affairs (Phòng Lao động - Thương binh và Xã hội) leads, with the Education and Training Office, new-skill and supplementary training and runs programmes supporting training and retraining for rural workers, people with disabilities, ethnic minorities, women and people past working age.",
  ["Phòng Lao động - Thương binh và Xã hội"])

# ---------------------------------------------------------------- follow_up (28)
Q("follow_up", "năm 2030 thì sao",
  [(ML, ML30), (ML, "80% người trong độ tuổi lao động được trang bị kỹ năng sống")],
  "Đến năm 2030 Mỹ Lộc đặt mục tiêu 80% người trong độ tuổi lao động được trang bị kỹ năng sống.",
  ["80%"],
  history=["Mỹ Lộc năm 2025 bao nhiêu % người lao động được trang bị kỹ năng sống?",
           "Mục tiêu đến năm 2025 của huyện Mỹ Lộc: 60% số người trong độ tuổi lao động được trang bị kỹ năng sống."])
Q("follow_up", "còn 2030?",
  [(HN, HN30), (HN, "70% công dân đạt danh hiệu công dân học tập")],
  "Đến năm 2030 Hà Nội đặt mục tiêu 70% công dân đạt danh hiệu công dân học tập.",
  ["70%"],
  history=["chỉ tiêu công dân học tập của Hà Nội năm 2025?",
           "Năm 2025 Hà Nội đặt mục tiêu 50% công dân đạt danh hiệu công dân học tập."])
Q("follow_up", "còn Hà Nội?",
  [(HN, "50% số người trong độ tuổi lao động được trang bị kỹ năng sống"),
   (HN, "70% người trong độ tuổi lao động được trang bị kỹ năng sống")],
  "Hà Nội đặt 50% số người trong độ tuổi lao động được trang bị kỹ năng sống vào năm 2025 và 70% vào năm 2030.",
  ["50%", "70%"],
  history=["Cần Thơ năm 2024 phấn đấu bao nhiêu % người lao động có kỹ năng sống?",
           "Năm 2024 Cần Thơ phấn đấu 90% số người trong độ tuổi lao động được trang bị kỹ năng sống."])
Q("follow_up", "còn ở Huế, Sở Nội vụ được giao gì?",
  [(HUE, "Tổ chức thực hiện các nhiệm vụ nhằm đạt mục tiêu đào tạo, bồi dưỡng, nâng cao trình độ chuyên môn, nghiệp vụ cho đội ngũ cán bộ, công chức các cấp"),
   (HUE, "Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về năng lực cơ bản và trình độ của người dân")],
  "Sở Nội vụ Huế: tổ chức thực hiện các nhiệm vụ nhằm đạt mục tiêu đào tạo, bồi dưỡng, nâng cao trình độ chuyên môn, nghiệp vụ cho cán bộ, công chức các cấp; theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về năng lực cơ bản và trình độ của người dân.",
  ["đào tạo, bồi dưỡng", "năng lực cơ bản và trình độ của người dân"],
  history=["Sở Nội vụ Cần Thơ làm gì trong kế hoạch 74?",
           "Sở Nội vụ Cần Thơ chủ trì, phối hợp với các cơ quan, UBND quận, huyện xây dựng Đề án vị trí việc làm, điều chỉnh vị trí việc làm và cơ cấu viên chức theo chức danh nghề nghiệp trong các đơn vị sự nghiệp công lập."])
Q("follow_up", "còn ở An Lão thì phòng đó làm gì?",
  [(AL, "4. Phòng Tài chính - Kế hoạch"),
   (AL, "Phối hợp với các phòng, ban, ngành, đơn vị lập dự toán kinh phí, báo cáo Ủy ban nhân dân huyện cân đối trong nguồn ngân sách")],
  "Phòng Tài chính - Kế hoạch An Lão phối hợp với các phòng, ban, ngành, đơn vị lập dự toán kinh phí, báo cáo UBND huyện cân đối trong nguồn ngân sách để triển khai phong trào \"Học tập suốt đời\" đạt hiệu quả.",
  ["dự toán kinh phí", "cân đối"],
  history=["Phòng Tài chính - Kế hoạch huyện Mỹ Lộc có nhiệm vụ gì?",
           "Căn cứ tình hình thực tế, tham mưu UBND huyện bố trí kinh phí để thực hiện Kế hoạch theo phân cấp ngân sách hiện hành."])
Q("follow_up", "họ phải báo cáo những gì, khi nào?",
  [(HN, "Chủ trì tổ chức kiểm tra, giám sát, đánh giá, tổng hợp, báo cáo hằng năm; tổ chức sơ kết, tổng kết"),
   (HN, "báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo để tổng hợp)")],
  "Sở Giáo dục và Đào tạo chủ trì kiểm tra, giám sát, đánh giá, tổng hợp, báo cáo hằng năm, tổ chức sơ kết, tổng kết và đề xuất khen thưởng. Các sở, ngành, quận, huyện, thị xã tổng hợp kết quả báo cáo UBND Thành phố trước ngày 01 tháng 12 hằng năm qua Sở Giáo dục và Đào tạo.",
  ["hằng năm", "01 tháng 12"],
  history=["Ai là cơ quan thường trực của kế hoạch Hà Nội?",
           "Sở Giáo dục và Đào tạo là cơ quan thường trực, giúp UBND Thành phố tổ chức triển khai thực hiện Kế hoạch."])
Q("follow_up", "cơ quan nào theo dõi chỉ tiêu công dân học tập?",
  [(HUE, "7. Hội Khuyến học thành phố"),
   (HUE, "Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về “Công dân học tập”")],
  "Hội Khuyến học thành phố theo dõi, tổ chức triển khai và tổng hợp kết quả mục tiêu \"Công dân học tập\" (Sở GD&ĐT theo dõi \"Đơn vị học tập\" cấp tỉnh và \"Cộng đồng học tập\" cấp xã).",
  ["Hội Khuyến học thành phố"],
  history=["Huế năm 2026 có những chỉ tiêu gì về mô hình học tập?",
           "40% công dân đạt danh hiệu công dân học tập; ít nhất 15 đơn vị được công nhận \"Đơn vị học tập\" cấp tỉnh mức độ 1 (ít nhất 05 đơn vị mức độ 2); 100% xã, phường đạt \"Cộng đồng học tập\" cấp xã mức độ 1."])
Q("follow_up", "vậy Ban Thi đua - Khen thưởng thì sao?",
  [(HN, "7. Ban Thi đua - Khen thưởng (Sở Nội vụ)"),
   (HN, "Phối hợp với Sở Giáo dục và Đào tạo, tham mưu trình Ủy ban nhân dân Thành phố khen thưởng cho các tập thể, cá nhân có thành tích trong công tác xây dựng xã hội học tập nhân dịp sơ kết, tổng kết các giai đoạn của Đề án")],
  "Ban Thi đua - Khen thưởng (Sở Nội vụ) phối hợp với Sở Giáo dục và Đào tạo tham mưu trình UBND Thành phố khen thưởng các tập thể, cá nhân có thành tích trong xây dựng xã hội học tập nhân dịp sơ kết, tổng kết các giai đoạn của Đề án.",
  ["khen thưởng", "sơ kết, tổng kết"],
  history=["Sở Y tế Hà Nội có nhiệm vụ gì trong kế hoạch thực hiện NQ 23?", REFUSE])
Q("follow_up", "thế huyện Mỹ Lộc thì đến 2030 bao nhiêu % công dân học tập?",
  [(ML, ML30), (ML, "60% công dân đạt danh hiệu công dân học tập")],
  "Kế hoạch của huyện Mỹ Lộc đặt mục tiêu đến năm 2030: 60% công dân đạt danh hiệu công dân học tập (năm 2025: 40%).",
  ["60%"],
  history=["Kế hoạch xây dựng xã hội học tập của tỉnh Nam Định đặt chỉ tiêu công dân học tập bao nhiêu?", REFUSE])
Q("follow_up", "vậy UBND các xã, thị trấn ở An Lão phải làm gì về ngân sách?",
  [(AL, "Tổng hợp dự toán hàng năm, bố trí và phân bổ ngân sách theo kế hoạch cho công tác khuyến học, khuyến tài, xây dựng xã hội học tập và học tập suốt đời tại địa phương")],
  "UBND xã, thị trấn ở An Lão tổng hợp dự toán hàng năm, bố trí và phân bổ ngân sách theo kế hoạch cho công tác khuyến học, khuyến tài, xây dựng xã hội học tập và học tập suốt đời tại địa phương; đồng thời tăng cường nguồn lực đầu tư cho giáo dục, TTHTCĐ, thiết chế văn hóa cơ sở.",
  ["dự toán hàng năm", "phân bổ ngân sách"],
  history=["Thành phố Hải Phòng chi bao nhiêu tiền cho phong trào Học tập suốt đời năm 2025?", REFUSE])
Q("follow_up", "chi tiết hơn",
  [(HN, "Hướng dẫn các cơ quan thông tấn, báo chí của Thành phố; Đài Phát thanh và Truyền hình Hà Nội tổ chức chuyên mục"),
   (HN, "tổ chức hiệu quả các hoạt động nhằm triển khai văn hóa đọc trong cộng đồng"),
   (HN, "trang bị năng lực thông tin cho đội ngũ cán bộ công chức, viên chức, người lao động")],
  "Sở Thông tin và Truyền thông Hà Nội có 4 nhiệm vụ: (1) phối hợp với Sở GD&ĐT cung cấp thông tin, hướng dẫn các cơ quan báo chí Thành phố và Trung ương có chương trình phối hợp với Thành phố, chỉ đạo hệ thống thông tin cơ sở tuyên truyền về Kế hoạch và kết quả thực hiện; (2) hướng dẫn các cơ quan thông tấn, báo chí của Thành phố, Đài Phát thanh và Truyền hình Hà Nội tổ chức chuyên mục tuyên truyền về xây dựng xã hội học tập; (3) phối hợp với Sở Văn hóa và Thể thao, Sở GD&ĐT triển khai văn hóa đọc trong cộng đồng; (4) chủ trì tổ chức các lớp tập huấn, bồi dưỡng, trang bị năng lực thông tin cho cán bộ, công chức, viên chức, người lao động.",
  ["Đài Phát thanh và Truyền hình Hà Nội", "văn hóa đọc", "năng lực thông tin"],
  history=["Sở Thông tin và Truyền thông Hà Nội làm gì?",
           "Sở phối hợp tuyên truyền về Kế hoạch và tổ chức tập huấn năng lực thông tin cho cán bộ."])
Q("follow_up", "trích nguyên văn đoạn đó",
  [(HUE, "Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với các sở, ban, ngành, cơ quan và địa phương liên quan tham mưu xây dựng Đề án “Tạo môi trường học tập suốt đời và xây dựng xã hội học tập”, trình Ủy ban nhân dân thành phố xem xét, phê duyệt làm cơ sở tổ chức triển khai thực hiện")],
  "Nguyên văn (mục III.5): \"Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với các sở, ban, ngành, cơ quan và địa phương liên quan tham mưu xây dựng Đề án “Tạo môi trường học tập suốt đời và xây dựng xã hội học tập”, trình Ủy ban nhân dân thành phố xem xét, phê duyệt làm cơ sở tổ chức triển khai thực hiện.\"",
  ["Tạo môi trường học tập suốt đời và xây dựng xã hội học tập", "phê duyệt"],
  history=["Huế giao Sở GD&ĐT xây dựng đề án gì?",
           "Đề án \"Tạo môi trường học tập suốt đời và xây dựng xã hội học tập\", trình UBND thành phố phê duyệt."])
Q("follow_up", "nguồn ở đâu?",
  [(CT, "Số: 74 /KH-BCĐ"), (CT, CT24),
   (CT, "Phần đầu đạt tỷ lệ 80% đơn vị được đánh giá, công nhận theo mức độ “Cộng đồng học tập” cấp xã, huyện, thành phố")],
  "Kế hoạch số 74/KH-BCĐ ngày 04/5/2024 của Ban Chỉ đạo thành phố Cần Thơ, mục II.2 \"Mục tiêu cụ thể năm 2024\", điểm b, ý \"Xây dựng các mô hình học tập trong xã hội\": \"Phần đầu đạt tỷ lệ 80% đơn vị được đánh giá, công nhận theo mức độ “Cộng đồng học tập” cấp xã, huyện, thành phố\".",
  ["74/KH-BCĐ", "Mục tiêu cụ thể năm 2024"],
  history=["Cần Thơ năm 2024 phấn đấu bao nhiêu % đơn vị đạt Cộng đồng học tập?",
           "80% đơn vị được đánh giá, công nhận theo mức độ \"Cộng đồng học tập\" cấp xã, huyện, thành phố."])
Q("follow_up", "And by 2030?",
  [(HN, HN30), (HN, "85-90% trường công lập đạt chuẩn quốc gia")],
  "By 2030 Hanoi aims for 85-90% of public schools to meet national standards.",
  ["85", "90"],
  history=["What share of public schools in Hanoi should meet national standards by 2025?",
           "80-85% of public schools should meet national standards by 2025."])
Q("follow_up", "and the communes?",
  [(ML, "d) Kiểm tra, giám sát và định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo")],
  "Communes and townships in My Loc must send their report to the Education and Training Office before 10 December every year (trước ngày 10 tháng 12 hằng năm).",
  ["10"],
  history=["When must My Loc's Education and Training Office report to the district?",
           "Before 15 December every year."])
Q("follow_up", "thế còn năm 2025?",
  [(ML, ML25), (ML, "60% các cơ sở giáo dục phổ thông, cơ sở giáo dục thường xuyên, cơ sở giáo dục nghề nghiệp và các cơ sở giáo dục khác triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường số")],
  "Năm 2025 Mỹ Lộc đặt 60% các cơ sở giáo dục phổ thông, GDTX, GDNN và cơ sở giáo dục khác triển khai quản lý, giảng dạy và học tập trên môi trường số.",
  ["60%"],
  history=["Mỹ Lộc đến 2030 bao nhiêu % cơ sở giáo dục dạy học trên môi trường số?",
           "Đến năm 2030: 80% các cơ sở giáo dục phổ thông, GDTX, GDNN và cơ sở giáo dục khác."])
Q("follow_up", "ở Cần Thơ thì sao?",
  [(CT, CT24), (CT, "Phần đầu đạt tỷ lệ 90% số người trong độ tuổi lao động được trang bị kỹ năng sống")],
  "Cần Thơ (kế hoạch năm 2024) phấn đấu 90% số người trong độ tuổi lao động được trang bị kỹ năng sống.",
  ["90%"],
  history=["Huế năm 2026 yêu cầu bao nhiêu % người trong độ tuổi lao động có kỹ năng sống?",
           "80% số người trong độ tuổi lao động được trang bị kỹ năng sống."])
Q("follow_up", "ở đó Ban Dân tộc thành phố được giao gì?",
  [(HN, "10. Ban Dân tộc Thành phố"),
   (HN, "Tham mưu Ủy ban nhân dân Thành phố xây dựng, triển khai thực hiện Kế hoạch Chương trình mục tiêu quốc gia Phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi")],
  "Ban Dân tộc Thành phố Hà Nội tham mưu UBND Thành phố xây dựng, triển khai Kế hoạch Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi đến 2030, tầm nhìn 2045; phối hợp triển khai các chương trình, dự án hỗ trợ giáo dục đào tạo, tạo điều kiện cho trẻ em, người học vùng dân tộc thiểu số và miền núi được học tập.",
  ["Chương trình mục tiêu quốc gia", "dân tộc thiểu số"],
  history=["Kế hoạch nào có mục \"Lực lượng vũ trang Thành phố\"?",
           "Kế hoạch của Hà Nội (mục V.8), gồm Công an Thành phố và Bộ Tư lệnh Thủ đô."])
Q("follow_up", "kế hoạch này có những giải pháp gì về chuyển đổi số?",
  [(AL, "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị"),
   (AL, "Phát động và thực hiện phong trào “Bình dân học vụ số” trong toàn dân")],
  "Giải pháp II.3: triển khai Nghị quyết 57-NQ/TW về đột phá khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, gắn với Đề án 06 (QĐ 06/QĐ-TTg); phát động phong trào \"Bình dân học vụ số\" trong toàn dân; phổ cập tri thức khoa học công nghệ, kiến thức số, chuyển đổi số, kỹ năng số; hướng dẫn người dân khai thác công nghệ số và tự bảo vệ trước rủi ro trên môi trường số.",
  ["57-NQ/TW", "Bình dân học vụ số", "kỹ năng số"],
  history=["Kế hoạch phong trào Học tập suốt đời của An Lão gắn với phong trào nào?",
           "Gắn với các phong trào thi đua, cuộc vận động, nhất là phong trào \"Bình dân học vụ số\"."])
Q("follow_up", "cơ quan đó phải phối hợp với hội nào để tham mưu tiêu chí đánh giá?",
  [(ML, "b) Phối hợp với Hội Khuyến học huyện tham mưu với UBND huyện tổ chức triển khai thực hiện tiêu chí đánh giá việc thực hiện xây dựng xã hội học tập")],
  "Phòng Giáo dục và Đào tạo phối hợp với Hội Khuyến học huyện tham mưu UBND huyện triển khai tiêu chí đánh giá việc xây dựng xã hội học tập của địa phương, khung năng lực thông tin phục vụ học tập suốt đời, tiêu chí công nhận huyện học tập, tỉnh học tập.",
  ["Hội Khuyến học huyện"],
  history=["Ở Mỹ Lộc ai nhận báo cáo của UBND các xã, thị trấn?",
           "Phòng Giáo dục và Đào tạo (trước ngày 10 tháng 12 hằng năm)."])
Q("follow_up", "họ có phải gây quỹ không?",
  [(ML, "c) Đoàn TNCS Hồ Chí Minh huyện"),
   (ML, "vận động gây quỹ hỗ trợ thanh niên có hoàn cảnh khó khăn tham gia học tập")],
  "Có: Đoàn TNCS Hồ Chí Minh huyện vận động gây quỹ hỗ trợ thanh niên có hoàn cảnh khó khăn tham gia học tập.",
  ["gây quỹ", "hoàn cảnh khó khăn"],
  history=["Đoàn TNCS Hồ Chí Minh huyện Mỹ Lộc làm gì?",
           "Phối hợp, lồng ghép tuyên truyền về học tập suốt đời, xây dựng xã hội học tập qua các phong trào hành động cách mạng của thanh niên."])
Q("follow_up", "thế còn Hội Người cao tuổi thành phố?",
  [(CT, "12. Đề nghị Hội Người cao tuổi thành phố"),
   (CT, "Hướng dẫn các cấp Hội phối hợp tổ chức tuyên truyền, tập huấn cho cán bộ, nhà giáo, hội viên các Hội nắm vững chủ trương")],
  "Hội Người cao tuổi thành phố Cần Thơ được đề nghị hướng dẫn các cấp Hội tổ chức tuyên truyền, tập huấn cho cán bộ, nhà giáo, hội viên nắm vững chủ trương, biện pháp khuyến học, khuyến tài, xây dựng xã hội học tập; hỗ trợ ngành Giáo dục và Đào tạo nâng cao chất lượng giáo dục, mở rộng các hình thức học tập suốt đời.",
  ["tập huấn", "hỗ trợ ngành Giáo dục"],
  history=["Sở Văn hóa, Thể thao và Du lịch Cần Thơ làm gì trong kế hoạch 2024?",
           "Chủ trì, phối hợp với các cơ quan và UBND quận, huyện nhân rộng mô hình học tập suốt đời trong thư viện, bảo tàng, nhà văn hóa, câu lạc bộ.",
           "còn Sở Tài chính?",
           "Sở Tài chính chủ trì, phối hợp với Sở GD&ĐT, UBND quận, huyện rà soát, hoàn thiện chính sách huy động và đa dạng hóa các nguồn lực xã hội."])
Q("follow_up", "còn Mỹ Lộc?",
  [(ML, "Chủ động, tích cực tham gia mạng lưới “Thành phố học tập toàn cầu” do Tổ chức Giáo dục, Khoa học và Văn hóa của Liên hợp quốc (UNESCO) điều hành")],
  "Có: kế hoạch Mỹ Lộc (III.7.đ) cũng nêu chủ động, tích cực tham gia mạng lưới \"Thành phố học tập toàn cầu\" do UNESCO điều hành, và củng cố năng lực hoạt động của Trung tâm Khu vực về học tập suốt đời SEAMEO CELLL.",
  ["UNESCO", "SEAMEO CELLL"],
  history=["Cần Thơ có tham gia mạng lưới Thành phố học tập toàn cầu không?",
           "Có: nhiệm vụ III.6.d của Cần Thơ là chủ động, tích cực tham gia mạng lưới \"Thành phố học tập toàn cầu\" do UNESCO điều hành."])
Q("follow_up", "năm 2030 thì sao",
  [(HN, HN30), (HN, "60% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật. Trong đó, 15% dân số có trình độ đại học trở lên")],
  "Đến năm 2030 Hà Nội đặt 60% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó 15% có trình độ đại học trở lên.",
  ["60%", "15%"],
  history=["Hà Nội 2025 bao nhiêu % dân số từ 15 tuổi trở lên được đào tạo chuyên môn kỹ thuật?",
           "Năm 2025: 50% dân số từ 15 tuổi trở lên, trong đó 12% có trình độ đại học trở lên."])
Q("follow_up", "còn mầm non?",
  [(CT, "100% quận, huyện đạt chuẩn phổ cập giáo dục mầm non cho trẻ mẫu giáo")],
  "Năm 2024 Cần Thơ đặt mục tiêu 100% quận, huyện đạt chuẩn phổ cập giáo dục mầm non cho trẻ mẫu giáo.",
  ["mẫu giáo", "100%"],
  history=["Cần Thơ 2024 phổ cập giáo dục tiểu học đạt mức độ mấy?",
           "100% quận, huyện đạt chuẩn phổ cập giáo dục tiểu học mức độ 3."])
Q("follow_up", "cơ quan đó dự thảo văn bản gửi ai?",
  [(HUE, "Kiểm tra, giám sát và định kỳ báo cáo tình hình, kết quả thực hiện Đề án; dự thảo văn bản của Ủy ban nhân dân thành phố gửi Bộ Giáo dục và Đào tạo")],
  "Sở Giáo dục và Đào tạo Huế kiểm tra, giám sát, định kỳ báo cáo kết quả thực hiện Đề án và dự thảo văn bản của UBND thành phố gửi Bộ Giáo dục và Đào tạo.",
  ["Bộ Giáo dục và Đào tạo"],
  history=["Cơ quan thường trực kế hoạch 2026 của Huế là ai?",
           "Sở Giáo dục và Đào tạo là cơ quan thường trực."])
Q("follow_up", "ở Cần Thơ thì cơ quan nào lo chuyển đổi số trong học tập suốt đời?",
  [(CT, "4. Sở Thông tin và Truyền thông"),
   (CT, "phối hợp với Sở Giáo dục và Đào tạo triển khai thực hiện hiệu quả chuyển đổi số, đảm bảo hạ tầng kỹ thuật và ứng dụng công nghệ thông tin trong tổ chức các hoạt động học tập suốt đời")],
  "Ở Cần Thơ, Sở Thông tin và Truyền thông phối hợp với Sở Giáo dục và Đào tạo triển khai chuyển đổi số, đảm bảo hạ tầng kỹ thuật và ứng dụng công nghệ thông tin trong tổ chức các hoạt động học tập suốt đời (ngoài việc chỉ đạo tuyên truyền).",
  ["Sở Thông tin và Truyền thông", "hạ tầng kỹ thuật"],
  history=["An Lão giao Phòng Văn hóa Khoa học và Thông tin việc gì?",
           "Chủ trì tham mưu cơ chế, chính sách thúc đẩy khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; củng cố thiết chế văn hóa, nhân rộng mô hình thư viện số.",
           "phòng đó chủ trì phong trào nào?",
           "Phong trào \"Bình dân học vụ số\" trong toàn dân trên địa bàn huyện."])
Q("follow_up", "thế còn kho học liệu mở được xây ở đâu?",
  [(CT, "c) Xây dựng kho học liệu mở phục vụ việc tự học và học tập suốt đời trên các kênh truyền hình giáo dục, trên Cổng Thông tin điện tử của Sở Giáo dục và Đào tạo, Phòng Giáo dục và Đào tạo, trên trang mạng “Trường học kết nối”")],
  "Kho học liệu mở phục vụ tự học, học tập suốt đời được xây dựng trên các kênh truyền hình giáo dục, trên Cổng Thông tin điện tử của Sở GD&ĐT, Phòng GD&ĐT và trên trang mạng \"Trường học kết nối\".",
  ["Trường học kết nối", "Cổng Thông tin điện tử"],
  history=["Kế hoạch Cần Thơ có nhắc đến Đề án Hệ tri thức Việt số hóa không?",
           "Có: các cơ sở giáo dục đại học chủ động tham gia Đề án Hệ tri thức Việt số hóa, Việt hóa các nguồn tài nguyên giáo dục mở quốc tế."])

# ---------------------------------------------------------------- unanswerable (33)
U("Kế hoạch xây dựng xã hội học tập của huyện Nam Trực đặt chỉ tiêu công dân học tập bao nhiêu?",
  "Các kế hoạch đã nạp không có kế hoạch của huyện Nam Trực; kế hoạch cấp huyện của tỉnh Nam Định được nạp là của huyện Mỹ Lộc.",
  absent=["Nam Trực"])
U("Huyện Thủy Nguyên triển khai phong trào Học tập suốt đời thế nào?",
  "Các kế hoạch đã nạp không có kế hoạch của Thủy Nguyên; kế hoạch của Hải Phòng được nạp là của huyện An Lão.",
  absent=["Thủy Nguyên"])
U("Quận Bình Thủy năm 2024 có bao nhiêu trung tâm học tập cộng đồng phải ứng dụng CNTT?",
  "Kế hoạch 74/KH-BCĐ của Cần Thơ chỉ nêu chỉ tiêu chung cho thành phố; không có số liệu riêng cho quận Bình Thủy.",
  absent=["Bình Thủy"])
U("Kế hoạch của huyện Ba Vì đặt bao nhiêu % công dân học tập đến 2030?",
  "Các kế hoạch đã nạp không có kế hoạch của huyện Ba Vì; kế hoạch Hà Nội chỉ giao chung cho UBND quận, huyện, thị xã.",
  absent=["Ba Vì"])
U("Phường Phú Xuân đặt chỉ tiêu công dân học tập năm 2026 là bao nhiêu?",
  "Kế hoạch năm 2026 của Huế đặt chỉ tiêu chung toàn thành phố; không có chỉ tiêu riêng cho phường Phú Xuân.",
  absent=["Phú Xuân"])
U("Tỉnh Hậu Giang năm 2024 có kế hoạch xây dựng xã hội học tập với chỉ tiêu gì?",
  "Các kế hoạch đã nạp không có kế hoạch của tỉnh Hậu Giang.",
  absent=["Hậu Giang"])
U("What targets does Hai Phong's Plan 108/KH-UBND set for 2025?",
  "The loaded plans do not contain this information: An Lão's plan only cites Hai Phong's Plan 108/KH-UBND of 06/5/2025 as its basis; the city plan itself is not loaded.")
U("Cần Thơ đặt mục tiêu năm 2030 về tỷ lệ người lao động có kỹ năng sống là bao nhiêu?",
  "Kế hoạch 74/KH-BCĐ là kế hoạch năm 2024 và chỉ đặt mục tiêu năm 2024 (90%); không có chỉ tiêu năm 2030.")
U("Mỹ Lộc năm 2023 phấn đấu bao nhiêu % TTHTCĐ ứng dụng CNTT?",
  "Kế hoạch của Mỹ Lộc chỉ đặt mục tiêu đến năm 2025 (70%) và đến năm 2030 (90%); không có chỉ tiêu năm 2023.",
  absent=[(ML, "2023")])
U("Hà Nội đặt chỉ tiêu công dân học tập năm 2027 bao nhiêu?",
  "Kế hoạch của Hà Nội chỉ có mục tiêu đến năm 2025 và đến năm 2030 (tầm nhìn 2045); không có mốc năm 2027.",
  absent=[(HN, "2027")])
U("Huế năm 2026 đặt bao nhiêu % gia đình đạt danh hiệu Gia đình học tập?",
  "Kế hoạch năm 2026 của Huế không đặt chỉ tiêu về Gia đình học tập; các chỉ tiêu mô hình học tập là công dân học tập, Đơn vị học tập và Cộng đồng học tập.",
  absent=[(HUE, "Gia đình học tập")])
U("Cần Thơ năm 2024 đặt tỷ lệ lao động qua đào tạo là bao nhiêu?",
  "Kế hoạch 74/KH-BCĐ không có chỉ tiêu về lao động qua đào tạo.",
  absent=[(CT, "qua đào tạo")])
U("Mỹ Lộc đặt chỉ tiêu bao nhiêu % trường đạt chuẩn quốc gia?",
  "Kế hoạch của Mỹ Lộc không có chỉ tiêu trường đạt chuẩn quốc gia.",
  absent=[(ML, "chuẩn quốc gia")])
U("An Lão đặt mục tiêu bao nhiêu % người dân có kỹ năng số năm 2025?",
  "Kế hoạch của An Lão không đặt chỉ tiêu định lượng nào (không có tỷ lệ phần trăm).",
  absent=[(AL, "%")])
U("Hà Nội đặt chỉ tiêu bao nhiêu % người dân đọc sách thường xuyên?",
  "Kế hoạch Hà Nội chỉ giao Sở TT&TT phối hợp triển khai văn hóa đọc; không có chỉ tiêu về tỷ lệ người đọc sách.",
  absent=[(HN, "đọc sách")])
U("Hiện nay Hà Nội có bao nhiêu trung tâm học tập cộng đồng?",
  "Kế hoạch Hà Nội không nêu số lượng trung tâm học tập cộng đồng hiện có.")
U("What did Can Tho actually achieve in 2023 on working-age life skills?",
  "The loaded plans do not contain this information: plan 74 sets 2024 targets (90%) but reports no 2023 results.")
U("an lao hien co bao nhieu thu vien so",
  "Kế hoạch của An Lão chỉ giao xây dựng, nhân rộng mô hình \"thư viện số\"; không nêu số thư viện số hiện có.")
U("Cán bộ ở Huế không đạt danh hiệu công dân học tập có bị kỷ luật không, mức nào?",
  "Kế hoạch năm 2026 của Huế không quy định kỷ luật hay mức xử lý nào.",
  absent=[(HUE, "kỷ luật"), (HUE, "xử lý")])
U("Tấm gương tự học thành tài ở Mỹ Lộc được thưởng bao nhiêu tiền?",
  "Kế hoạch của Mỹ Lộc chỉ nêu xét tặng, ghi nhận, đề xuất khen thưởng; không nêu mức tiền thưởng.",
  absent=["tiền thưởng", "triệu đồng"])
U("How much is the cash prize for a 'learning family' in Hanoi?",
  "The loaded plans do not contain this information: Hanoi's plan sets targets for learning families but states no prize amount.",
  absent=["triệu"])
U("Huế bố trí bao nhiêu tiền cho các trung tâm học tập cộng đồng năm 2026?",
  "Kế hoạch năm 2026 của Huế không nêu số tiền; chỉ nêu nguồn ngân sách nhà nước theo phân cấp và NQ 16/2025/NQ-HĐND về mức chi.",
  absent=["tỷ đồng", "triệu"])
U("Sở TT&TT Hà Nội được cấp bao nhiêu kinh phí để tập huấn năng lực thông tin?",
  "Kế hoạch Hà Nội không tách kinh phí cho từng sở; không có số tiền.",
  absent=["tỷ đồng", "triệu"])
U("How much money has Hanoi allocated to this plan?",
  "The loaded plans do not contain this information: Hanoi's plan is funded within annual state budget estimates and lawful contributions, but no amount is given.",
  absent=["tỷ đồng", "triệu"])
U("Sở Khoa học và Công nghệ Huế có nhiệm vụ gì trong kế hoạch 2026?",
  "Kế hoạch năm 2026 của Huế không giao nhiệm vụ cho Sở Khoa học và Công nghệ.",
  absent=[(HUE, "Khoa học và Công nghệ")])
U("Sở Công Thương Hà Nội được giao gì trong kế hoạch thực hiện NQ 23?",
  "Kế hoạch Hà Nội không nêu tên Sở Công Thương.",
  absent=[(HN, "Công Thương")])
U("Sở Tư pháp Cần Thơ phải làm gì trong KH 74?",
  "Kế hoạch 74/KH-BCĐ không nêu tên Sở Tư pháp.",
  absent=[(CT, "Tư pháp")])
U("Phòng Lao động - Thương binh và Xã hội huyện An Lão có nhiệm vụ gì?",
  "Kế hoạch của An Lão không nêu tên Phòng Lao động - Thương binh và Xã hội.",
  absent=[(AL, "Thương binh")])
U("Ai ký Nghị quyết 16/2025/NQ-HĐND của HĐND thành phố Huế?",
  "Kế hoạch của Huế chỉ dẫn chiếu Nghị quyết 16/2025/NQ-HĐND ngày 16/7/2025; không nêu người ký nghị quyết.")
U("Kế hoạch 60/KH-UBND năm 2020 của tỉnh Nam Định có những chỉ tiêu gì?",
  "Kế hoạch của Mỹ Lộc chỉ dẫn chiếu Kế hoạch 60/KH-UBND ngày 06/7/2020 (thực hiện QĐ 489/QĐ-TTg); nội dung kế hoạch đó không có trong các kế hoạch đã nạp.")
U("Chỉ tiêu giảm nghèo của Hà Nội đến năm 2030 là bao nhiêu?",
  "Kế hoạch Hà Nội về xây dựng xã hội học tập không có chỉ tiêu giảm nghèo.",
  absent=["giảm nghèo", "hộ nghèo"])
U("năm 2030 thì sao?",
  "Kế hoạch của Huế là kế hoạch năm 2026; không đặt chỉ tiêu công dân học tập cho năm 2030.",
  history=["Huế năm 2026 đặt chỉ tiêu công dân học tập bao nhiêu?",
           "40% công dân đạt danh hiệu công dân học tập."])
U("thế học phí THCS ở An Lão năm học tới là bao nhiêu?",
  "Kế hoạch của An Lão không nói về học phí.",
  absent=[(AL, "học phí")],
  history=["Phòng GD&ĐT An Lão tổng hợp kết quả phong trào khi nào?",
           "Hằng năm, lồng ghép với kết quả xây dựng xã hội học tập trên địa bàn huyện."])


def main():
    counts = {}
    for i, q in enumerate(QS, 1):
        q["id"] = f"f29-{i:03d}"
        counts[q["type"]] = counts.get(q["type"], 0) + 1
    if ERRORS:
        print("\n".join(ERRORS))
        return 1
    with open(OUT, "w", encoding="utf-8") as f:
        for q in QS:
            f.write(unicodedata.normalize("NFC", json.dumps(q, ensure_ascii=False)) + "\n")
    print(f"wrote {len(QS)} questions to {OUT}: {dict(sorted(counts.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
