"""Write eval/sets/bundled27.jsonl (ids d27-001…): held-out, chat-typed questions on the FIVE BUNDLED plans only.

    python eval/sets/src27/questions_src27.py

Written from the plan texts themselves (data/plans/*.txt), not from any earlier question file. Spans are verbatim
from the plans as check_sets.py reads them (the .txt as is, normalised as in FORMAT.md). Before writing, every
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
OUT = os.path.join(os.path.dirname(HERE), "bundled27.jsonl")
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


# ---------------------------------------------------------------- agency_tasks (18): lesser-named bodies
Q("agency_tasks", "ở Huế các hội xã hội được đề nghị làm gì",
  [(HUE, "6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các Đoàn thể chính trị - xã hội, các Hội xã hội"),
   (HUE, "Tổ chức vận động cán bộ, công chức, viên chức, người lao động, đoàn viên, hội viên và quần chúng Nhân dân tham gia, hưởng ứng học tập thường xuyên, học tập suốt đời")],
  "Các Hội xã hội được đề nghị cùng Ủy ban MTTQ Việt Nam thành phố và các đoàn thể chính trị - xã hội tổ chức vận động cán bộ, công chức, viên chức, người lao động, đoàn viên, hội viên và quần chúng Nhân dân tham gia, hưởng ứng học tập thường xuyên, học tập suốt đời và phong trào thi đua về công tác khuyến học, khuyến tài, xây dựng xã hội học tập.",
  ["vận động", "học tập suốt đời"])
Q("agency_tasks", "Báo chí, truyền thông ở Huế phối hợp với ai để làm gì?",
  [(HUE, "Chỉ đạo, hướng dẫn các cơ quan báo chí, truyền thông và hệ thống thông tin cơ sở trên địa bàn thành phố phối hợp với Sở Giáo dục và Đào tạo, Hội Khuyến học thành phố đẩy mạnh công tác tuyên truyền về xây dựng xã hội học tập")],
  "Theo KH năm 2026 của Huế, Sở Văn hóa và Thể thao chỉ đạo, hướng dẫn các cơ quan báo chí, truyền thông và hệ thống thông tin cơ sở phối hợp với Sở Giáo dục và Đào tạo và Hội Khuyến học thành phố đẩy mạnh tuyên truyền về xây dựng xã hội học tập, phong trào khuyến học, khuyến tài và các hoạt động liên quan.",
  ["Sở Giáo dục và Đào tạo", "Hội Khuyến học", "tuyên truyền"])
Q("agency_tasks", "Các sở ban ngành trực thuộc TP Huế chịu trách nhiệm gì trong KH XHHT 2026?",
  [(HUE, "Tạo điều kiện thuận lợi để cán bộ, công chức, viên chức và người lao động thuộc phạm vi quản lý được tham gia học tập suốt đời; tổ chức đánh giá, công nhận “Đơn vị học tập” đúng quy định."),
   (HUE, "Phối hợp chặt chẽ với Sở Giáo dục và Đào tạo và các cơ quan liên quan triển khai thực hiện hiệu quả các nhiệm vụ về khuyến học, khuyến tài")],
  "Các sở, ban, ngành trực thuộc thành phố tạo điều kiện để cán bộ, công chức, viên chức và người lao động thuộc phạm vi quản lý được tham gia học tập suốt đời; tổ chức đánh giá, công nhận “Đơn vị học tập” đúng quy định; phối hợp chặt chẽ với Sở Giáo dục và Đào tạo triển khai các nhiệm vụ khuyến học, khuyến tài, xây dựng xã hội học tập.",
  ["học tập suốt đời", "Đơn vị học tập"])
Q("agency_tasks", "Hội Khuyến học thành phố Huế phối hợp với ai để kiểm tra, giám sát?",
  [(HUE, "Phối hợp với Sở Giáo dục và Đào tạo kiểm tra, giám sát việc thực hiện Kế hoạch.")],
  "Hội Khuyến học thành phố phối hợp với Sở Giáo dục và Đào tạo kiểm tra, giám sát việc thực hiện Kế hoạch (ngoài ra chủ trì thực hiện KH 471/KH-UBND, củng cố tổ chức Hội và theo dõi mục tiêu “Công dân học tập”).",
  ["Sở Giáo dục và Đào tạo", "kiểm tra, giám sát"])
Q("agency_tasks", "Hội Cựu giáo chức huyện Mỹ Lộc làm gì?",
  [(ML, "g) Hội Cựu chiến binh huyện, Hội Nông dân huyện, Hội Người cao tuổi huyện, Hội Cựu giáo chức huyện"),
   (ML, "Hướng dẫn các cấp hội phối hợp tổ chức các hoạt động khuyến học, khuyến tài, xây dựng xã hội học tập theo tinh thần xã hội hoá giáo dục, nâng cao chất lượng “Quỹ vòng tay đồng đội”; huy động hội viên tham gia chuyển giao công nghệ")],
  "Hội Cựu giáo chức huyện (cùng Hội Cựu chiến binh, Hội Nông dân, Hội Người cao tuổi huyện) hướng dẫn các cấp hội phối hợp tổ chức các hoạt động khuyến học, khuyến tài, xây dựng xã hội học tập theo tinh thần xã hội hoá giáo dục, nâng cao chất lượng “Quỹ vòng tay đồng đội”; huy động hội viên tham gia chuyển giao công nghệ, hỗ trợ khởi nghiệp, phổ biến kiến thức cho người dân.",
  ["Quỹ vòng tay đồng đội", "chuyển giao công nghệ"])
Q("agency_tasks", "Bộ Chỉ huy Quân sự huyện Mỹ Lộc có nhiệm vụ gì?",
  [(ML, "6. Công an huyện, Bộ Chỉ huy Quân sự huyện"),
   (ML, "Nâng cao trình độ, năng lực ngoại ngữ cho cán bộ toàn lực lượng vũ trang trên địa bàn huyện.")],
  "Bộ Chỉ huy Quân sự huyện (cùng Công an huyện) nâng cao trình độ, năng lực ngoại ngữ cho cán bộ toàn lực lượng vũ trang trên địa bàn huyện.",
  ["ngoại ngữ", "lực lượng vũ trang"])
Q("agency_tasks", "huyện đoàn Mỹ Lộc làm gì trong kế hoạch xây dựng xã hội học tập?",
  [(ML, "c) Đoàn TNCS Hồ Chí Minh huyện"),
   (ML, "Tổ chức phối hợp, lồng ghép các hoạt động tuyên truyền về học tập suốt đời, xây dựng xã hội học tập thông qua các phong trào hành động cách mạng của thanh niên"),
   (ML, "vận động gây quỹ hỗ trợ thanh niên có hoàn cảnh khó khăn tham gia học tập.")],
  "Đoàn TNCS Hồ Chí Minh huyện phối hợp, lồng ghép tuyên truyền về học tập suốt đời, xây dựng xã hội học tập qua các phong trào hành động cách mạng của thanh niên, phong trào thi đua học tập, nghiên cứu khoa học, lao động sáng tạo; vận động gây quỹ hỗ trợ thanh niên có hoàn cảnh khó khăn tham gia học tập.",
  ["gây quỹ", "thanh niên"])
Q("agency_tasks", "Phòng Văn hóa-Thông tin huyện Mỹ Lộc phải làm những gì?",
  [(ML, "Nhân rộng các mô hình học tập suốt đời trong thư viện, bảo tàng, nhà văn hóa, câu lạc bộ, Trung tâm Văn hóa - Thể thao."),
   (ML, "Tổ chức đào tạo, bồi dưỡng nâng cao chất lượng nguồn nhân lực làm việc trong các thiết chế văn hóa - thể thao")],
  "Phòng Văn hóa-Thông tin nhân rộng các mô hình học tập suốt đời trong thư viện, bảo tàng, nhà văn hóa, câu lạc bộ, Trung tâm Văn hóa - Thể thao; tổ chức đào tạo, bồi dưỡng nguồn nhân lực làm việc trong các thiết chế văn hóa - thể thao đáp ứng yêu cầu chuyển đổi số.",
  ["thư viện", "thiết chế văn hóa - thể thao"])
Q("agency_tasks", "Liên đoàn Lao động huyện Mỹ Lộc chịu trách nhiệm gì?",
  [(ML, "khích công nhân, người lao động trong doanh nghiệp học tập nâng cao trình độ, kỹ năng nghề."),
   (ML, "Chỉ đạo các cấp công đoàn hướng dẫn, hỗ trợ công đoàn cơ sở trong các doanh nghiệp vận động người sử dụng lao động tạo điều kiện về thời gian, vật chất, thành lập quỹ khuyến học, khuyến tài")],
  "Liên đoàn Lao động huyện phối hợp đẩy mạnh phát triển nghề nghiệp cho người lao động; tuyên truyền, khuyến khích công nhân, người lao động trong doanh nghiệp học tập nâng cao trình độ, kỹ năng nghề; chỉ đạo các cấp công đoàn hỗ trợ công đoàn cơ sở vận động người sử dụng lao động tạo điều kiện về thời gian, vật chất, thành lập quỹ khuyến học, khuyến tài hỗ trợ công nhân và con công nhân hiếu học có hoàn cảnh khó khăn.",
  ["công đoàn", "quỹ khuyến học"])
Q("agency_tasks", "Sở Thông tin và Truyền thông Hà Nội phối hợp với ai để làm gì?",
  [(HN, "Phối hợp với Sở Giáo dục và Đào tạo cung cấp thông tin, hướng dẫn các"),
   (HN, "Phối hợp với Sở Văn hóa và Thể thao, Sở Giáo dục và Đào tạo, các cơ quan liên quan tổ chức hiệu quả các hoạt động nhằm triển khai văn hóa đọc")],
  "Sở TT&TT Hà Nội phối hợp với Sở Giáo dục và Đào tạo cung cấp thông tin, hướng dẫn cơ quan báo chí và hệ thống thông tin cơ sở tuyên truyền về Kế hoạch; phối hợp với Sở Văn hóa và Thể thao, Sở Giáo dục và Đào tạo tổ chức các hoạt động triển khai văn hóa đọc trong cộng đồng; ngoài ra chủ trì tổ chức tập huấn, trang bị năng lực thông tin cho cán bộ, công chức, viên chức, người lao động.",
  ["Sở Văn hóa và Thể thao", "văn hóa đọc"])
Q("agency_tasks", "Hội Cựu giáo chức TP Hà Nội được đề nghị làm gì?",
  [(HN, "e) Hội Cựu chiến binh, Hội Nông dân, Hội Người cao tuổi, Hội Cựu giáo chức Thành phố"),
   (HN, "Hướng dẫn các cấp hội phối hợp tổ chức các hoạt động khuyến học, khuyến tài, xây dựng xã hội học tập theo tinh thần xã hội hoá giáo dục và đào tạo; huy động hội viên tham gia chuyển giao công nghệ, hỗ trợ hoạt động khởi nghiệp")],
  "Hội Cựu giáo chức Thành phố (cùng Hội Cựu chiến binh, Hội Nông dân, Hội Người cao tuổi) hướng dẫn các cấp hội phối hợp tổ chức các hoạt động khuyến học, khuyến tài, xây dựng xã hội học tập theo tinh thần xã hội hoá giáo dục và đào tạo; huy động hội viên tham gia chuyển giao công nghệ, hỗ trợ hoạt động khởi nghiệp, phổ biến kiến thức cho người dân.",
  ["chuyển giao công nghệ", "khởi nghiệp"])
Q("agency_tasks", "Đài Phát thanh và Truyền hình Hà Nội có nhiệm vụ gì trong KH này?",
  [(HN, "12. Cơ quan thông tấn, báo chí của Thành phố; Đài Phát thanh và Truyền hình Hà Nội"),
   (HN, "Xây dựng chuyên mục và tuyên truyền về công tác khuyến học, khuyến tài, học tập suốt đời, xây dựng xã hội học tập.")],
  "Đài Phát thanh và Truyền hình Hà Nội (cùng các cơ quan thông tấn, báo chí của Thành phố) xây dựng chuyên mục và tuyên truyền về công tác khuyến học, khuyến tài, học tập suốt đời, xây dựng xã hội học tập.",
  ["chuyên mục", "tuyên truyền"])
Q("agency_tasks", "UBND quận, huyện, thị xã ở Hà Nội phải làm gì?",
  [(HN, "Xây dựng Kế hoạch thực hiện Nghị quyết số 23-NQ/TU phù hợp với"),
   (HN, "Cân đối và bố trí kinh phí hàng năm trong phạm vi ngân sách để thực hiện Kế hoạch.")],
  "UBND quận, huyện, thị xã xây dựng Kế hoạch thực hiện Nghị quyết số 23-NQ/TU phù hợp với chiến lược phát triển kinh tế - xã hội của địa phương đến 2030, tầm nhìn 2045; cân đối và bố trí kinh phí hàng năm trong phạm vi ngân sách; xây dựng các mô hình học tập, ngành nghề đào tạo; chủ trì phối hợp với các đơn vị đóng trên địa bàn; kiểm tra, giám sát, báo cáo kết quả theo quy định.",
  ["23-NQ/TU", "bố trí kinh phí"])
Q("agency_tasks", "Nhiệm vụ của Hội Người cao tuổi thành phố Cần Thơ?",
  [(CT, "12. Đề nghị Hội Người cao tuổi thành phố"),
   (CT, "Hướng dẫn các cấp Hội phối hợp tổ chức tuyên truyền, tập huấn cho cán bộ, nhà giáo, hội viên các Hội nắm vững chủ trương và các biện pháp triển khai khuyến học, khuyến tài, xây dựng xã hội học tập")],
  "Hội Người cao tuổi thành phố được đề nghị hướng dẫn các cấp Hội phối hợp tuyên truyền, tập huấn cho cán bộ, nhà giáo, hội viên nắm vững chủ trương, biện pháp khuyến học, khuyến tài, xây dựng xã hội học tập; hỗ trợ ngành Giáo dục và Đào tạo nâng cao chất lượng giáo dục trong các nhà trường, mở rộng các hình thức học tập suốt đời.",
  ["tập huấn", "Giáo dục và Đào tạo"])
Q("agency_tasks", "Thành đoàn Cần Thơ được giao gì?",
  [(CT, "c) Đề nghị Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố Cần Thơ"),
   (CT, "thường xuyên vận động số đoàn viên, đội viên bỏ học giữa chừng đến trường, ra lớp"),
   (CT, "Chỉ đạo các tổ chức Đoàn cơ sở phối hợp tốt với các trường trung học cơ sở, trường trung học phổ thông")],
  "Đoàn TNCS Hồ Chí Minh thành phố Cần Thơ được đề nghị chỉ đạo Đoàn thanh niên quận, huyện phối hợp chính quyền cơ sở nắm chắc số đoàn viên, thanh thiếu niên trong độ tuổi, động viên đoàn viên thiếu tích cực học tập, vận động đoàn viên, đội viên bỏ học giữa chừng đến trường, ra lớp; chỉ đạo các tổ chức Đoàn cơ sở phối hợp với các trường THCS, THPT, trung tâm GDNN-GDTX đẩy mạnh hoạt động Đoàn trong nhà trường.",
  ["bỏ học", "Đoàn cơ sở"])
Q("agency_tasks", "Ban Dân tộc Cần Thơ chịu trách nhiệm gì?",
  [(CT, "triển khai các chương trình, dự án hỗ trợ giáo dục, đào tạo cho người dân tộc thiểu số trên địa bàn thành phố")],
  "Ban Dân tộc chủ trì, phối hợp với các cơ quan liên quan và UBND quận, huyện triển khai các chương trình, dự án hỗ trợ giáo dục, đào tạo cho người dân tộc thiểu số; hỗ trợ, tạo điều kiện cho trẻ em, người dân tộc thiểu số được tham gia học tập.",
  ["dân tộc thiểu số", "hỗ trợ giáo dục"])
Q("agency_tasks", "Liên đoàn Lao động thành phố Cần Thơ được đề nghị làm gì?",
  [(CT, "Đề nghị Liên đoàn Lao động thành phố phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện đẩy mạnh các hoạt động phát triển nghề nghiệp cho người lao động")],
  "Liên đoàn Lao động thành phố được đề nghị phối hợp với Sở Giáo dục và Đào tạo, UBND quận, huyện đẩy mạnh các hoạt động phát triển nghề nghiệp cho người lao động; tuyên truyền, vận động, khuyến khích công nhân, người lao động trong doanh nghiệp học tập nâng cao trình độ, kỹ năng nghề.",
  ["phát triển nghề nghiệp", "Sở Giáo dục và Đào tạo"])
Q("agency_tasks", "Trung tâm Văn hóa - Thông tin và Thể thao huyện An Lão làm gì?",
  [(AL, "7. Trung tâm Văn hóa - Thông tin và Thể thao huyện"),
   (AL, "Thiết lập các trang thông tin, các chuyên mục, chuyên trang, tăng thời lượng phổ biến, tuyên truyền về nội dung bài viết của Tổng Bí thư"),
   (AL, "Tuyên truyền kết quả triển khai thực hiện phong trào “Học tập suốt đời”")],
  "Trung tâm Văn hóa - Thông tin và Thể thao huyện thiết lập các trang thông tin, chuyên mục, chuyên trang, tăng thời lượng tuyên truyền về bài viết của Tổng Bí thư, mô hình mới, tấm gương tự học; tuyên truyền kết quả phong trào “Học tập suốt đời” gắn với học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, Quy định 144-QĐ/TW và các nghị quyết Đại hội.",
  ["chuyên mục", "Tổng Bí thư"])

# ---------------------------------------------------------------- target (14)
Q("target", "Huế 2026 bao nhiêu % người trong độ tuổi lao động được trang bị kỹ năng sống?",
  [(HUE, "- 80% số người trong độ tuổi lao động được trang bị kỹ năng sống.")],
  "Năm 2026, Huế đặt mục tiêu 80% số người trong độ tuổi lao động được trang bị kỹ năng sống.",
  ["80%"])
Q("target", "chỉ tiêu đào tạo chuyên môn kỹ thuật của Huế năm 2026",
  [(HUE, "40% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó có 15% dân số có trình độ đại học trở lên.")],
  "40% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó 15% dân số có trình độ đại học trở lên.",
  ["40%", "15%"])
Q("target", "Huế năm 2026 phải có bao nhiêu Đơn vị học tập đạt mức độ 2?",
  [(HUE, "Có ít nhất 15 đơn vị được công nhận “Đơn vị học tập” cấp tỉnh mức độ 1, trong đó có ít nhất 05 đơn vị đạt mức độ 2.")],
  "Ít nhất 05 đơn vị đạt mức độ 2, trong tổng số ít nhất 15 đơn vị được công nhận “Đơn vị học tập” cấp tỉnh mức độ 1.",
  ["05", "15"])
Q("target", "Cộng đồng học tập cấp xã ở Huế chỉ tiêu thế nào?",
  [(HUE, "- 100% xã, phường đạt “Cộng đồng học tập” cấp xã mức độ 1.")],
  "Năm 2026: 100% xã, phường đạt “Cộng đồng học tập” cấp xã mức độ 1.",
  ["100%", "mức độ 1"])
Q("target", "Mỹ Lộc đến 2025 bao nhiêu % người lao động có năng lực thông tin?",
  [(ML, "a) Mục tiêu đến năm 2025"),
   (ML, "+ 60% số người trong độ tuổi lao động được trang bị năng lực thông tin.")],
  "Đến năm 2025, 60% số người trong độ tuổi lao động được trang bị năng lực thông tin.",
  ["60%"])
Q("target", "Đến 2030 Mỹ Lộc muốn bao nhiêu % cơ sở giáo dục dạy học trên môi trường số?",
  [(ML, "b) Mục tiêu đến năm 2030"),
   (ML, "+ 80% các cơ sở giáo dục phổ thông, cơ sở giáo dục thường xuyên, cơ sở giáo dục nghề nghiệp và các cơ sở giáo dục khác triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường số.")],
  "Đến năm 2030, 80% các cơ sở giáo dục phổ thông, GDTX, GDNN và cơ sở giáo dục khác triển khai quản lý, giảng dạy và học tập trên môi trường số (năm 2025 là 60%).",
  ["80%"])
Q("target", "Đến 2030 Mỹ Lộc đặt mục tiêu gì về phổ cập mầm non?",
  [(ML, "b) Mục tiêu đến năm 2030"),
   (ML, "+ Duy trì, củng cố, nâng cao chất lượng phổ cập giáo dục mầm non cho trẻ 05 em tuổi, phấn đấu thực hiện phổ cập giáo dục mầm non cho trẻ em 04 tuổi.")],
  "Đến năm 2030: duy trì, củng cố, nâng cao chất lượng phổ cập giáo dục mầm non cho trẻ em 05 tuổi, phấn đấu thực hiện phổ cập giáo dục mầm non cho trẻ em 04 tuổi.",
  ["05 tuổi", "04 tuổi"])
Q("target", "Hà Nội 2030 bao nhiêu % trường công lập đạt chuẩn quốc gia?",
  [(HN, "- 85-90% trường công lập đạt chuẩn quốc gia.")],
  "Đến năm 2030, 85-90% trường công lập đạt chuẩn quốc gia (năm 2025: 80-85%).",
  ["85-90%"])
Q("target", "Hà Nội 2025 bao nhiêu % quận huyện được công nhận huyện học tập?",
  [(HN, "- 40% quận, huyện, thị xã được công nhận danh hiệu huyện học tập theo")],
  "Đến năm 2025, 40% quận, huyện, thị xã được công nhận danh hiệu huyện học tập theo tiêu chí do cơ quan có thẩm quyền ban hành.",
  ["40%"])
Q("target", "HN đến 2030 tỷ lệ người mới biết chữ tiếp tục học và không tái mù là bao nhiêu",
  [(HN, "- 96% số người mới biết chữ tiếp tục học tập và không tái mù chữ.")],
  "Đến năm 2030, 96% số người mới biết chữ tiếp tục học tập và không tái mù chữ (năm 2025 là 95%).",
  ["96%"])
Q("target", "Hà Nội 2025 chỉ tiêu kỹ năng số cho cán bộ công chức viên chức?",
  [(HN, "- 100% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng, phổ cập kỹ năng số cơ bản; 50% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng kỹ năng phân tích, khai thác dữ liệu và công nghệ số.")],
  "Đến năm 2025: 100% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng, phổ cập kỹ năng số cơ bản; 50% được tập huấn, bồi dưỡng kỹ năng phân tích, khai thác dữ liệu và công nghệ số.",
  ["100%", "50%"])
Q("target", "Hà Nội phấn đấu bao nhiêu % cơ sở giáo dục dạy học trên môi trường số năm 2025?",
  [(HN, "2.1. Mục tiêu cụ thể đến năm 2025"),
   (HN, "- Phấn đấu 80% các cơ sở giáo dục phổ thông, cơ sở giáo dục nghề nghiệp")],
  "Đến năm 2025, Hà Nội phấn đấu 80% các cơ sở giáo dục phổ thông, GDNN-GDTX và các cơ sở giáo dục khác triển khai quản lý, giảng dạy và học tập trên môi trường số (đến 2030 phấn đấu 90%).",
  ["80%"])
Q("target", "Cần Thơ năm 2024 phấn đấu bao nhiêu % đơn vị được công nhận Cộng đồng học tập?",
  [(CT, "Phần đầu đạt tỷ lệ 80% đơn vị được đánh giá, công nhận theo mức độ “Cộng đồng học tập” cấp xã, huyện, thành phố.")],
  "Năm 2024, Cần Thơ phấn đấu (văn bản ghi “Phần đầu”) đạt tỷ lệ 80% đơn vị được đánh giá, công nhận theo mức độ “Cộng đồng học tập” cấp xã, huyện, thành phố.",
  ["80%"])
Q("target", "Cần Thơ 2024 chỉ tiêu dân số được đào tạo chuyên môn kỹ thuật?",
  [(CT, "Phần đầu đạt tỷ lệ 30% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật; trong đó, 15% dân số có trình độ đại học trở lên.")],
  "Năm 2024: phấn đấu 30% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó 15% có trình độ đại học trở lên.",
  ["30%", "15%"])

# ---------------------------------------------------------------- deadline (8)
Q("deadline", "Đến khi nào Huế phải bảo đảm mỗi xã, phường có ít nhất một trung tâm học tập cộng đồng?",
  [(HUE, "Rà soát, củng cố, kiện toàn hệ thống trung tâm học tập cộng đồng, bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn thành trong Quý II năm 2026.")],
  "Việc rà soát, củng cố, kiện toàn hệ thống TTHTCĐ để mỗi xã, phường có ít nhất một trung tâm phải hoàn thành trong Quý II năm 2026.",
  ["Quý II", "2026"])
Q("deadline", "các xã phường ở Huế gửi báo cáo kết quả cho Sở GD&ĐT trước ngày nào?",
  [(HUE, "gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026")],
  "UBND các xã, phường định kỳ tổng hợp, gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026 để tổng hợp, báo cáo UBND thành phố.",
  ["15/12/2026"])
Q("deadline", "Phòng GD&ĐT Mỹ Lộc báo cáo UBND huyện hạn nào?",
  [(ML, "e) Tổ chức kiểm tra, giám sát và đánh giá, tổng hợp, báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm")],
  "Phòng Giáo dục và Đào tạo tổng hợp, báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm.",
  ["15 tháng 12"])
Q("deadline", "Khi nào Mỹ Lộc sơ kết, tổng kết Đề án?",
  [(ML, "tham mưu UBND huyện tổ chức sơ kết Đề án vào năm 2025, tổng kết vào năm 2030")],
  "Phòng GD&ĐT tham mưu UBND huyện sơ kết Đề án vào năm 2025 và tổng kết vào năm 2030.",
  ["2025", "2030"])
Q("deadline", "Mục kiểm tra giám sát của Mỹ Lộc yêu cầu gửi báo cáo trước ngày nào, gửi ai?",
  [(ML, "- Tổ chức kiểm tra, giám sát đột xuất và định kỳ, trước ngày 30 tháng 11 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo")],
  "Trước ngày 30 tháng 11 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo - Thường trực Ban chỉ đạo xây dựng xã hội học tập huyện.",
  ["30 tháng 11", "Phòng Giáo dục và Đào tạo"])
Q("deadline", "Hà Nội các đơn vị báo cáo kết quả hằng năm trước ngày nào?",
  [(HN, "năm tổng hợp kết quả, báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo để tổng hợp).")],
  "Định kỳ hằng năm tổng hợp kết quả, báo cáo UBND Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo để tổng hợp).",
  ["01 tháng 12", "Sở Giáo dục và Đào tạo"])
Q("deadline", "UBND xã ở An Lão báo cáo tình hình thực hiện khi nào, gửi đâu?",
  [(AL, "định kỳ báo cáo tình hình thực hiện kế hoạch gửi Phòng Giáo dục và Đào tạo tổng hợp báo cáo Ủy ban nhân dân huyện.")],
  "Kế hoạch không ghi ngày cụ thể: UBND xã, thị trấn định kỳ báo cáo tình hình thực hiện kế hoạch gửi Phòng Giáo dục và Đào tạo để tổng hợp báo cáo UBND huyện.",
  ["định kỳ", "Phòng Giáo dục và Đào tạo"])
Q("deadline", "KH 74 của Cần Thơ ban hành ngày nào?",
  [(CT, "Cần Thơ, ngày 04 tháng 5 năm 2024")],
  "Kế hoạch số 74/KH-BCĐ của Ban Chỉ đạo thành phố Cần Thơ ban hành ngày 04 tháng 5 năm 2024.",
  ["04 tháng 5 năm 2024"])

# ---------------------------------------------------------------- funding (6): no plan gives an amount
Q("funding", "Kinh phí KH XHHT 2026 của Huế lấy từ nguồn nào?",
  [(HUE, "Kinh phí thực hiện Kế hoạch được bảo đảm từ nguồn ngân sách nhà nước theo phân cấp ngân sách hiện hành và các nguồn kinh phí hợp pháp khác.")],
  "Từ ngân sách nhà nước theo phân cấp ngân sách hiện hành và các nguồn kinh phí hợp pháp khác; đồng thời huy động tài trợ, đóng góp hợp pháp của tổ chức, doanh nghiệp, cá nhân trong và ngoài địa phương.",
  ["ngân sách nhà nước", "phân cấp"])
Q("funding", "Mỹ Lộc lấy kinh phí ở đâu để làm kế hoạch?",
  [(ML, "1. Kinh phí thực hiện Kế hoạch từ nguồn ngân sách nhà nước theo phân cấp ngân sách nhà nước hiện hành."),
   (ML, "2. Huy động từ các nguồn tài trợ, đóng góp của các tổ chức, doanh nghiệp và các nguồn tài trợ hợp pháp khác.")],
  "Từ ngân sách nhà nước theo phân cấp hiện hành (các đơn vị lập dự toán hằng năm trình cấp có thẩm quyền) và huy động từ các nguồn tài trợ, đóng góp của tổ chức, doanh nghiệp và nguồn hợp pháp khác.",
  ["ngân sách nhà nước", "tài trợ"])
Q("funding", "Kinh phí thực hiện KH của Hà Nội được bố trí thế nào?",
  [(HN, "Được đảm bảo trong dự toán chi ngân sách nhà nước hàng năm của các đơn vị theo phân cấp ngân sách hiện hành")],
  "Kinh phí được đảm bảo trong dự toán chi ngân sách nhà nước hàng năm của các đơn vị theo phân cấp ngân sách hiện hành; huy động thêm từ tài trợ, đóng góp của doanh nghiệp, tổ chức, cá nhân và nguồn hợp pháp khác.",
  ["dự toán", "phân cấp"])
Q("funding", "Ai lập dự toán kinh phí cho kế hoạch Cần Thơ?",
  [(CT, "các sở, ban ngành, đoàn thể có liên quan và Ủy ban nhân dân quận, huyện xây dựng kế hoạch và dự toán kinh phí thực hiện")],
  "Các sở, ban ngành, đoàn thể có liên quan và UBND quận, huyện xây dựng kế hoạch và dự toán kinh phí thực hiện, tổng hợp trong dự toán ngân sách hằng năm của đơn vị trình cấp có thẩm quyền phê duyệt.",
  ["dự toán", "quận, huyện"])
Q("funding", "Nguồn kinh phí của KH học tập suốt đời An Lão?",
  [(AL, "Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách nhà nước theo quy định, nguồn thu hợp pháp của các cơ quan, đơn vị và huy động từ các nguồn xã hội hóa.")],
  "Ngân sách nhà nước theo quy định, nguồn thu hợp pháp của các cơ quan, đơn vị và huy động từ các nguồn xã hội hóa.",
  ["nguồn thu hợp pháp", "xã hội hóa"])
Q("funding", "Phòng Tài chính - Kế hoạch An Lão làm gì về tiền cho phong trào?",
  [(AL, "Phối hợp với các phòng, ban, ngành, đơn vị lập dự toán kinh phí, báo cáo Ủy ban nhân dân huyện cân đối trong nguồn ngân sách")],
  "Phòng Tài chính - Kế hoạch phối hợp với các phòng, ban, ngành, đơn vị lập dự toán kinh phí, báo cáo UBND huyện cân đối trong nguồn ngân sách để triển khai phong trào “Học tập suốt đời”.",
  ["dự toán", "cân đối"])

# ---------------------------------------------------------------- legal_basis (4)
Q("legal_basis", "KH 74 Cần Thơ căn cứ văn bản nào?",
  [(CT, "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ"),
   (CT, "Kế hoạch 215/KH-UBND ngày 28 tháng 10 năm 2021 của Ủy ban nhân dân thành phố Cần Thơ")],
  "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030” và Kế hoạch 215/KH-UBND ngày 28/10/2021 của UBND thành phố Cần Thơ triển khai Đề án.",
  ["1373/QĐ-TTg", "215/KH-UBND"])
Q("legal_basis", "Huế đánh giá công nhận Đơn vị học tập, Cộng đồng học tập theo thông tư nào?",
  [(HUE, "Thông tư số 24/2023/TT-BGDĐT ngày 11 tháng 12 năm 2023 của Bộ Giáo dục và Đào tạo quy định về đánh giá, công nhận “Đơn vị học tập” cấp huyện, cấp tỉnh"),
   (HUE, "tư số 25/2023/TT-BGDĐT ngày 27/12/2023 quy định về đánh giá, công nhận “Cộng đồng học tập” cấp xã, cấp huyện, cấp tỉnh")],
  "Thông tư số 24/2023/TT-BGDĐT ngày 11/12/2023 của Bộ GD&ĐT (đánh giá, công nhận “Đơn vị học tập” cấp huyện, cấp tỉnh) và Thông tư số 25/2023/TT-BGDĐT ngày 27/12/2023 (đánh giá, công nhận “Cộng đồng học tập” cấp xã, cấp huyện, cấp tỉnh).",
  ["24/2023/TT-BGDĐT", "25/2023/TT-BGDĐT"])
Q("legal_basis", "KH của Hà Nội phải phù hợp với những quyết định nào của Thủ tướng?",
  [(HN, "thông qua tại Quyết định số 1373/QĐ-TTg ngày 30/7/2021 phê duyệt Đề án"),
   (HN, "Quyết định số 1315/QĐ-TTg ngày 09/11/2023 ban hành Kế hoạch triển khai phong trào")],
  "Phù hợp với Quyết định số 1373/QĐ-TTg ngày 30/7/2021 phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030” và Quyết định số 1315/QĐ-TTg ngày 09/11/2023 ban hành Kế hoạch triển khai phong trào “Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2023-2030”.",
  ["1373/QĐ-TTg", "1315/QĐ-TTg"])
Q("legal_basis", "An Lão gắn phong trào với nghị quyết nào về khoa học công nghệ, chuyển đổi số?",
  [(AL, "3. Triển khai quyết liệt, hiệu quả Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia")],
  "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia, gắn với Quyết định số 06/QĐ-TTg ngày 06/01/2022 (Đề án 06 về dữ liệu dân cư).",
  ["57-NQ/TW"])

# ---------------------------------------------------------------- purpose (3)
Q("purpose", "KH XHHT 2026 của Huế nhằm mục đích gì?",
  [(HUE, "và mỗi công dân đối với công tác khuyến học, khuyến tài, xây dựng xã hội học tập; đẩy mạnh việc triển khai, nhân rộng các mô hình học tập phù hợp với yêu cầu phát triển của nền kinh tế số, xã hội số.")],
  "Tiếp tục thực hiện hiệu quả chủ trương, chính sách về xây dựng xã hội học tập, thúc đẩy học tập suốt đời; nâng cao nhận thức, trách nhiệm của các cấp, các ngành và mỗi công dân, nhân rộng các mô hình học tập phù hợp với nền kinh tế số, xã hội số; duy trì, nâng cao chất lượng các mô hình học tập, phát huy vai trò cộng đồng, gia đình, dòng họ.",
  ["kinh tế số", "mô hình học tập"])
Q("purpose", "mục đích kế hoạch học tập suốt đời của huyện An Lão là gì",
  [(AL, "dần thúc đẩy việc “tự học” trở thành nhu cầu tự thân của mỗi người dân")],
  "Triển khai hiệu quả các nghị quyết, chỉ thị của Đảng, quyết định của Chính phủ; tạo chuyển biến trong nhận thức và hành động, dần thúc đẩy việc “tự học” trở thành nhu cầu tự thân của mỗi người dân; xây dựng môi trường khuyến khích mọi người học tập; tăng cường trách nhiệm của người đứng đầu.",
  ["tự học", "nhu cầu tự thân"])
Q("purpose", "Cần Thơ làm KH 2024 để làm gì?",
  [(CT, "Tổ chức triển khai thực hiện hiệu quả, đúng tiến độ các nhiệm vụ được giao tại Quyết định số 1373/QĐ-TTg"),
   (CT, "xây dựng cơ chế phối hợp giữa các cấp, các ngành, các tổ chức, doanh nghiệp trong quá trình xây dựng xã hội học tập")],
  "Triển khai hiệu quả, đúng tiến độ các nhiệm vụ tại Quyết định số 1373/QĐ-TTg, phù hợp kế hoạch phát triển kinh tế xã hội của thành phố; củng cố bộ phận chỉ đạo xây dựng xã hội học tập các cấp; xây dựng cơ chế phối hợp giữa các cấp, các ngành, tổ chức, doanh nghiệp.",
  ["1373", "cơ chế phối hợp"])

# ---------------------------------------------------------------- task_section (5)
Q("task_section", "Phần huy động xã hội tham gia trong KH Huế có những gì?",
  [(HUE, "6. Huy động sự tham gia, đóng góp của các tổ chức, cá nhân và toàn xã hội trong thực hiện Đề án “Xây dựng xã hội học tập”"),
   (HUE, "Đẩy mạnh xã hội hóa trong lĩnh vực giáo dục, giáo dục thường xuyên và giáo dục nghề nghiệp"),
   (HUE, "tăng cường hợp tác với các trường đại học, cơ sở đào tạo để xây dựng, kết nối và chia sẻ học liệu điện tử")],
  "Mục III.6: đẩy mạnh xã hội hóa giáo dục, GDTX và GDNN, thu hút nguồn lực ngoài ngân sách, huy động tổ chức, cá nhân, doanh nghiệp, cộng đồng; khuyến khích cơ sở GDTX, GDNN hợp tác với trường đại học để chia sẻ học liệu điện tử, khóa học mở, dạy học từ xa, trực tuyến.",
  ["xã hội hóa", "học liệu"])
Q("task_section", "KH Mỹ Lộc nói gì về đẩy mạnh hoạt động của TT học tập cộng đồng?",
  [(ML, "5. Đẩy mạnh hoạt động của các Trung tâm học tập cộng đồng"),
   (ML, "b) Tăng cường tổ chức các lớp phổ biến kiến thức, kỹ năng, chuyển giao công nghệ và xóa mù chữ gắn với dạy nghề truyền thống"),
   (ML, "d) Nghiên cứu đổi mới các mô hình Trung tâm Học tập cộng đồng hoạt động hiệu quả và tổ chức thí điểm để triển khai nhân rộng trong huyện.")],
  "Mục III.5: tăng cường phối hợp liên ngành tổ chức đào tạo, bồi dưỡng; tổ chức lớp phổ biến kiến thức, kỹ năng, chuyển giao công nghệ và xóa mù chữ gắn với dạy nghề truyền thống, ngắn hạn; huy động nguồn lực cộng đồng cho TTHTCĐ; nghiên cứu đổi mới mô hình TTHTCĐ và tổ chức thí điểm để nhân rộng trong huyện.",
  ["xóa mù chữ", "thí điểm"])
Q("task_section", "Hà Nội: nhiệm vụ hợp tác quốc tế gồm gì?",
  [(HN, "7. Tăng cường hợp tác quốc tế, phấn đấu trở thành “Thành phố học tập” của UNESCO"),
   (HN, "Chủ động, tích cực tham gia mạng lưới “Thành phố học tập” của UNESCO.")],
  "Mục III.7: đẩy mạnh kết nối, hợp tác quốc tế, nhất là với UNESCO; học tập, chia sẻ kinh nghiệm; chủ động tham gia mạng lưới “Thành phố học tập” của UNESCO; triển khai hợp tác về công nghệ đào tạo mở và từ xa; vận động trí thức người Việt ở nước ngoài đóng góp.",
  ["UNESCO", "Thành phố học tập"])
Q("task_section", "Cần Thơ có giải pháp gì về chuyển đổi số trong học tập suốt đời?",
  [(CT, "3. Đẩy mạnh thực hiện chuyển đổi số và ứng dụng công nghệ thông tin trong tổ chức các hoạt động học tập suốt đời"),
   (CT, "c) Xây dựng kho học liệu mở phục vụ việc tự học và học tập suốt đời trên các kênh truyền hình giáo dục, trên Cổng Thông tin điện tử của Sở Giáo dục và Đào tạo, Phòng Giáo dục và Đào tạo, trên trang mạng “Trường học kết nối”")],
  "Mục III.3: ứng dụng CNTT, công nghệ số ở cơ sở giáo dục đại học (đào tạo từ xa, Đề án Hệ tri thức Việt số hóa), GDNN, GDTX, thiết chế văn hóa; tổ chức chương trình giáo dục trên phát thanh, truyền hình, mạng xã hội; xây dựng kho học liệu mở trên truyền hình giáo dục, cổng thông tin của Sở, Phòng GD&ĐT và “Trường học kết nối”; tăng năng lực các cơ sở giáo dục đại học.",
  ["học liệu mở", "Trường học kết nối"])
Q("task_section", "Nội dung mục 7 phần giải pháp của An Lão?",
  [(AL, "7. Nghiên cứu ban hành hoặc đề xuất cấp có thẩm quyền ban hành quy định, chính sách, khuyến khích sáng tạo, bảo vệ cán bộ tiên phong"),
   (AL, "có biện pháp xử lý nghiêm khắc với những cán bộ, công chức, viên chức trì trệ, ngại học")],
  "Mục II.7: nghiên cứu ban hành hoặc đề xuất ban hành quy định, chính sách khuyến khích sáng tạo, bảo vệ cán bộ tiên phong, tích cực trong phong trào “Học tập suốt đời”; đồng thời rà soát, đánh giá, có biện pháp xử lý nghiêm khắc với cán bộ, công chức, viên chức trì trệ, ngại học, không bắt nhịp với cách mạng khoa học và công nghệ 4.0.",
  ["bảo vệ cán bộ", "xử lý nghiêm khắc"])

# ---------------------------------------------------------------- cross_plan (6)
Q("cross_plan", "Chỉ tiêu kỹ năng sống cho người lao động: Huế 2026 so với Cần Thơ 2024?",
  [(HUE, "- 80% số người trong độ tuổi lao động được trang bị kỹ năng sống."),
   (CT, "Phần đầu đạt tỷ lệ 90% số người trong độ tuổi lao động được trang bị kỹ năng sống")],
  "Huế (năm 2026): 80% số người trong độ tuổi lao động được trang bị kỹ năng sống; Cần Thơ (năm 2024): phấn đấu 90%. Cần Thơ đặt cao hơn.",
  ["80%", "90%"])
Q("cross_plan", "Sở Nội vụ ở Huế và ở Cần Thơ được giao việc khác nhau thế nào?",
  [(HUE, "Tổ chức thực hiện các nhiệm vụ nhằm đạt mục tiêu đào tạo, bồi dưỡng, nâng cao trình độ chuyên môn, nghiệp vụ cho đội ngũ cán bộ, công chức các cấp."),
   (CT, "xây dựng Đề án vị trí việc làm, điều chỉnh vị trí việc làm và cơ cấu viên chức theo chức danh nghề nghiệp")],
  "Huế: Sở Nội vụ thực hiện nhiệm vụ đào tạo, bồi dưỡng, nâng cao trình độ chuyên môn, nghiệp vụ cho cán bộ, công chức các cấp và theo dõi, tổng hợp mục tiêu về năng lực cơ bản và trình độ của người dân. Cần Thơ: Sở Nội vụ chủ trì xây dựng Đề án vị trí việc làm, điều chỉnh vị trí việc làm và cơ cấu viên chức theo chức danh nghề nghiệp trong đơn vị sự nghiệp công lập.",
  ["đào tạo, bồi dưỡng", "vị trí việc làm"])
Q("cross_plan", "Hạn báo cáo của cấp xã ở Huế và ở Mỹ Lộc?",
  [(HUE, "gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026"),
   (ML, "d) Kiểm tra, giám sát và định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo")],
  "Huế: UBND các xã, phường gửi báo cáo về Sở Giáo dục và Đào tạo trước ngày 15/12/2026. Mỹ Lộc: UBND các xã, thị trấn gửi báo cáo về Phòng Giáo dục và Đào tạo trước ngày 10 tháng 12 hằng năm.",
  ["15/12/2026", "10 tháng 12"])
Q("cross_plan", "TTHTCĐ ứng dụng CNTT năm 2025: Mỹ Lộc và Hà Nội đặt bao nhiêu?",
  [(ML, "a) Mục tiêu đến năm 2025"),
   (ML, "+ 70% các Trung tâm Học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục."),
   (HN, "2.1. Mục tiêu cụ thể đến năm 2025"),
   (HN, "- 70% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục.")],
  "Cả hai đều đặt 70% trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục đến năm 2025 (và cả hai 90% đến 2030).",
  ["70%"])
Q("cross_plan", "Hội LHPN huyện Mỹ Lộc và Hội LHPN Hà Nội được giao gì khác nhau?",
  [(ML, "động có hiệu quả đối với “Quỹ học bổng Hoàng Ngân”."),
   (HN, "ở vùng đồng bào dân tộc thiểu số chưa biết chữ ra học các lớp xóa mù chữ.")],
  "Cả hai phối hợp với ngành giáo dục tuyên truyền Kế hoạch trong phong trào “Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc” và vận động phụ nữ, trẻ em gái chưa biết chữ đi học xóa mù chữ. Mỹ Lộc thêm việc đẩy mạnh “Quỹ học bổng Hoàng Ngân”; Hà Nội nhắm vào phụ nữ và trẻ em gái ở vùng đồng bào dân tộc thiểu số.",
  ["Hoàng Ngân", "dân tộc thiểu số"])
Q("cross_plan", "ai ký KH của Mỹ Lộc và KH của An Lão?",
  [(ML, "Lê Quang Huy"), (AL, "Nguyễn Quốc Thịnh")],
  "Kế hoạch của huyện Mỹ Lộc do Phó Chủ tịch UBND huyện Lê Quang Huy ký (KT. Chủ tịch); kế hoạch của huyện An Lão do Phó Chủ tịch UBND huyện Nguyễn Quốc Thịnh ký.",
  ["Lê Quang Huy", "Nguyễn Quốc Thịnh"])

# ---------------------------------------------------------------- no_diacritics (8)
Q("no_diacritics", "nhiem vu cua so noi vu ha noi",
  [(HN, "ngành, đơn vị có liên quan tổ chức các lớp tập huấn, bồi dưỡng kiến thức, kỹ năng cho đội ngũ cán bộ công chức, viên chức, người lao động")],
  "Sở Nội vụ Hà Nội chủ trì, phối hợp với các Sở, ngành, đơn vị tổ chức các lớp tập huấn, bồi dưỡng kiến thức, kỹ năng cho cán bộ công chức, viên chức, người lao động trên địa bàn Thành phố để hoàn thành các mục tiêu của Kế hoạch.",
  ["tập huấn", "bồi dưỡng"])
Q("no_diacritics", "phong lao dong thuong binh xa hoi huyen my loc nhiem vu gi",
  [(ML, "a) Chủ trì phối hợp với Phòng Giáo dục và Đào tạo và các phòng, ban, ngành liên quan triển khai thực hiện các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động"),
   (ML, "đối tượng: lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động.")],
  "Phòng LĐ-TB&XH chủ trì, phối hợp Phòng GD&ĐT triển khai chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới, hỗ trợ học tập cho người thiệt thòi, yếu thế; nhân rộng mô hình đào tạo, đào tạo lại nghề trong doanh nghiệp; triển khai chương trình hỗ trợ đào tạo cho lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động.",
  ["đào tạo bổ sung", "lao động nông thôn"])
Q("no_diacritics", "hue chi tieu nang luc cong nghe thong tin nam 2026",
  [(HUE, "- 87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin.")],
  "Năm 2026, Huế đặt mục tiêu 87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin.",
  ["87%"])
Q("no_diacritics", "ha noi 2030 bao nhieu phan tram don vi hoc tap",
  [(HN, "- 70% đơn vị được công nhận là đơn vị học tập;")],
  "Đến năm 2030, Hà Nội đặt mục tiêu 70% đơn vị được công nhận là đơn vị học tập (năm 2025: 50%).",
  ["70%"])
Q("no_diacritics", "so thong tin truyen thong can tho lam gi",
  [(CT, "Chỉ đạo, cung cấp thông tin cho báo, đài Trung ương, địa phương đóng trên địa bàn thành phố"),
   (CT, "phối hợp với Sở Giáo dục và Đào tạo triển khai thực hiện hiệu quả chuyển đổi số")],
  "Sở Thông tin và Truyền thông Cần Thơ chỉ đạo, cung cấp thông tin cho báo, đài Trung ương và địa phương, Phòng Văn hóa và Thông tin, Trung tâm VH-TT&TT quận, huyện tuyên truyền về xây dựng xã hội học tập; phối hợp với Sở GD&ĐT triển khai chuyển đổi số, bảo đảm hạ tầng kỹ thuật và ứng dụng CNTT trong các hoạt động học tập suốt đời.",
  ["tuyên truyền", "chuyển đổi số"])
Q("no_diacritics", "nhiem vu cua phong noi vu an lao",
  [(AL, "Chủ trì phối hợp với các phòng, ban, ngành, địa phương tham mưu Ủy ban nhân dân huyện kế hoạch, kinh phí, tổ chức đào tạo, bồi dưỡng cán bộ, công chức, viên chức"),
   (AL, "chính sách bảo vệ cán bộ, miễn trừ trách nhiệm đối với cán bộ tiên phong")],
  "Phòng Nội vụ An Lão chủ trì tham mưu UBND huyện kế hoạch, kinh phí, tổ chức đào tạo, bồi dưỡng cán bộ, công chức, viên chức; khảo sát, đánh giá chất lượng đội ngũ, xây dựng khung tiêu chí đánh giá, sàng lọc, quy hoạch cán bộ; nghiên cứu cơ chế khuyến khích dám nghĩ, dám làm và chính sách bảo vệ cán bộ, miễn trừ trách nhiệm cho cán bộ tiên phong.",
  ["bồi dưỡng", "bảo vệ cán bộ"])
Q("no_diacritics", "ubnd xa o my loc gui bao cao truoc ngya nao",
  [(ML, "d) Kiểm tra, giám sát và định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo")],
  "UBND các xã, thị trấn ở Mỹ Lộc gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo trước ngày 10 tháng 12 hằng năm.",
  ["10 tháng 12"])
Q("no_diacritics", "hoi khuyen hoc tp hue chiu trach nhiem theo doi muc tieu nao",
  [(HUE, "- Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về “Công dân học tập”.")],
  "Hội Khuyến học thành phố Huế theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về “Công dân học tập” (chỉ tiêu 40% công dân đạt danh hiệu công dân học tập).",
  ["Công dân học tập"])

# ---------------------------------------------------------------- abbreviation (6)
Q("abbreviation", "Sở GD&ĐT Huế là cq thường trực ah? nv cụ thể?",
  [(HUE, "Là cơ quan thường trực; chủ trì, phối hợp với các cơ quan, tổ chức, đơn vị, địa phương liên quan để tổ chức thực hiện Kế hoạch."),
   (HUE, "Kiểm tra, giám sát và định kỳ báo cáo tình hình, kết quả thực hiện Đề án; dự thảo văn bản của Ủy ban nhân dân thành phố gửi Bộ Giáo dục và Đào tạo.")],
  "Đúng, Sở Giáo dục và Đào tạo là cơ quan thường trực: chủ trì tổ chức thực hiện Kế hoạch; chỉ đạo cơ sở GDNN hợp tác với doanh nghiệp, đào tạo kỹ năng nghề (ưu tiên người chấp hành xong án phạt tù, thanh niên xong nghĩa vụ quân sự, công an); theo dõi, tổng hợp các mục tiêu về xóa mù chữ, phổ cập, cơ sở giáo dục, “Đơn vị học tập”, “Cộng đồng học tập”; kiểm tra, giám sát, định kỳ báo cáo và dự thảo văn bản của UBND thành phố gửi Bộ Giáo dục và Đào tạo.",
  ["thường trực", "Bộ Giáo dục và Đào tạo"])
Q("abbreviation", "UBMTTQ huyện Mỹ Lộc làm gì",
  [(ML, "a) Ủy ban Mặt trận Tổ quốc huyện và các tổ chức thành viên phát động các cuộc vận động, phong trào thi đua về công tác khuyến học, khuyến tài, xây dựng xã hội học tập sâu rộng trong huyện"),
   (ML, "Phối hợp với với các đơn vị trong huyện tham gia giám sát việc triển khai thực hiện Kế hoạch.")],
  "Ủy ban MTTQ huyện và các tổ chức thành viên phát động các cuộc vận động, phong trào thi đua về khuyến học, khuyến tài, xây dựng xã hội học tập, gắn với các phong trào thi đua khác; phối hợp với các đơn vị trong huyện tham gia giám sát việc triển khai Kế hoạch.",
  ["phong trào thi đua", "giám sát"])
Q("abbreviation", "BCH QS TP Cần Thơ nv gì?",
  [(CT, "a) Chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện đẩy mạnh tuyên truyền về học tập suốt đời, xây dựng xã hội học tập trong lực lượng vũ trang"),
   (CT, "b) Chỉ đạo nâng cao trình độ, năng lực ngoại ngữ và tiếng dân tộc thiểu số cho lực lượng vũ trang, cán bộ, chiến sĩ quân đội.")],
  "Bộ Chỉ huy Quân sự thành phố chủ trì, phối hợp Sở GD&ĐT, UBND quận, huyện tuyên truyền về học tập suốt đời, xây dựng xã hội học tập trong lực lượng vũ trang; chỉ đạo nâng cao trình độ, năng lực ngoại ngữ và tiếng dân tộc thiểu số cho lực lượng vũ trang, cán bộ, chiến sĩ.",
  ["ngoại ngữ", "tiếng dân tộc thiểu số"])
Q("abbreviation", "HKH huyện An Lão làm gì?",
  [(AL, "Phối hợp với các phòng, ban, ngành, đoàn thể tuyên truyền về tư tưởng, vai trò của “Học tập suốt đời”"),
   (AL, "Phát động các phong trào khuyến học, khuyến tài gắn với nội dung, quan điểm chỉ đạo của Tổng Bí thư")],
  "Hội Khuyến học huyện phối hợp với các phòng, ban, ngành, đoàn thể tuyên truyền về tư tưởng, vai trò của “Học tập suốt đời” và xây dựng xã hội học tập; tích cực triển khai phong trào; phát động các phong trào khuyến học, khuyến tài gắn với quan điểm chỉ đạo của Tổng Bí thư; biểu dương, nhân rộng mô hình, tấm gương.",
  ["Học tập suốt đời", "Tổng Bí thư"])
Q("abbreviation", "Ban TG Thành ủy Cần Thơ được đề nghị gì?",
  [(CT, "Đề nghị Ban Tuyên giáo Thành ủy chủ trì, phối hợp với Sở Giáo dục và Đào tạo và các cơ quan liên quan thường xuyên hướng dẫn, kiểm tra, đôn đốc và tổ chức triển khai thực hiện Kế hoạch.")],
  "Ban Tuyên giáo Thành ủy được đề nghị chủ trì, phối hợp với Sở GD&ĐT và các cơ quan liên quan thường xuyên hướng dẫn, kiểm tra, đôn đốc và tổ chức triển khai Kế hoạch; chỉ đạo các cơ quan báo chí tăng cường tuyên truyền, định hướng phát triển.",
  ["kiểm tra, đôn đốc", "báo chí"])
Q("abbreviation", "Sở LĐTB&XH HN nv gì?",
  [(HN, "- Chủ trì, phối hợp với các Sở, ngành liên quan xây dựng các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động"),
   (HN, "đào tạo lại cho các đối tượng: lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động.")],
  "Sở Lao động - Thương binh và Xã hội Hà Nội chủ trì xây dựng chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới, hỗ trợ học tập cho người thiệt thòi, yếu thế; nhân rộng mô hình đào tạo, đào tạo lại nghề trong doanh nghiệp, đào tạo nghề gắn với nông thôn, vùng sâu, vùng xa; triển khai chương trình hỗ trợ đào tạo cho lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động.",
  ["đào tạo bổ sung", "lao động nông thôn"])

# ---------------------------------------------------------------- paraphrase (5)
Q("paraphrase", "Ở Huế, ai lo chuyện cho người mới ra tù, bộ đội xuất ngũ đi học nghề?",
  [(HUE, "ưu tiên người chấp hành xong hình phạt tù, thanh niên hoàn thành nghĩa vụ quân sự, nghĩa vụ công an và các nhóm lao động yếu thế trong xã hội.")],
  "Sở Giáo dục và Đào tạo Huế: chỉ đạo các cơ sở giáo dục nghề nghiệp hợp tác với doanh nghiệp và chủ trì triển khai chương trình đào tạo, bồi dưỡng kỹ năng nghề cho người lao động, ưu tiên người chấp hành xong hình phạt tù, thanh niên hoàn thành nghĩa vụ quân sự, nghĩa vụ công an và các nhóm lao động yếu thế.",
  ["Sở Giáo dục và Đào tạo", "hình phạt tù"])
Q("paraphrase", "Hà Nội ai phụ trách dạy chữ cho phạm nhân?",
  [(HN, "- Công an Thành phố: chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Sở Lao động - Thương binh và Xã hội tiếp tục tổ chức các lớp học xóa mù chữ")],
  "Công an Thành phố chủ trì, phối hợp với Sở GD&ĐT, Sở LĐ-TB&XH tổ chức các lớp xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân, học viên trong trại giam, trại tạm giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng.",
  ["Công an Thành phố", "xóa mù chữ"])
Q("paraphrase", "ở Mỹ Lộc cơ quan nào lo mảng viễn thông công ích?",
  [(ML, "3. Trung tâm Văn hóa - Thể thao và Truyền thông"),
   (ML, "b) Chủ trì, phối hợp với các sở, ngành liên quan thực hiện hỗ trợ cung cấp dịch vụ viễn thông công ích đến năm 2030 cho các đối tượng theo quy định của nhà nước.")],
  "Trung tâm Văn hóa - Thể thao và Truyền thông huyện chủ trì, phối hợp hỗ trợ cung cấp dịch vụ viễn thông công ích đến năm 2030 cho các đối tượng theo quy định.",
  ["Trung tâm Văn hóa - Thể thao và Truyền thông", "viễn thông công ích"])
Q("paraphrase", "Ở Cần Thơ, ai được giao vận động chị em cho con đi học đúng tuổi?",
  [(CT, "d) Đề nghị Hội Liên hiệp Phụ nữ thành phố chỉ đạo các cấp Hội Phụ nữ tiếp tục vận động tuyên truyền hội viên, phụ nữ cho con đi học đúng độ tuổi")],
  "Hội Liên hiệp Phụ nữ thành phố được đề nghị chỉ đạo các cấp Hội vận động hội viên, phụ nữ cho con đi học đúng độ tuổi, không để con bỏ học, gắn với Cuộc vận động “Xây dựng gia đình 5 không 3 sạch”, và hỗ trợ trẻ em có hoàn cảnh khó khăn được đến trường.",
  ["Hội Liên hiệp Phụ nữ", "đúng độ tuổi"])
Q("paraphrase", "An Lão: bên nào được giao làm thư viện số?",
  [(AL, "3. Phòng Văn hóa Khoa học và Thông tin"),
   (AL, "xây dựng, nhân rộng mô hình “thư viện số”, “thư viện công cộng”")],
  "Phòng Văn hóa Khoa học và Thông tin tham mưu củng cố các thiết chế văn hóa, nhất là hệ thống thư viện, xây dựng, nhân rộng mô hình “thư viện số”, “thư viện công cộng” phục vụ nhu cầu học tập, tra cứu của người dân.",
  ["Phòng Văn hóa Khoa học và Thông tin", "thư viện số"])

# ---------------------------------------------------------------- english (25)
Q("english", "What does Hue's city Study Promotion Association have to implement?",
  [(HUE, "khai thực hiện Kế hoạch số 471/KH-UBND ngày 22 tháng 12 tháng 2022 về")],
  "It leads Plan No. 471/KH-UBND of 22 December 2022 implementing the programmes on lifelong learning in families, clans, communities and units and on the 'Learning Citizen' model for 2021-2030; it also works with the Department of Education and Training on inspection, strengthens the Association and tracks the 'Learning Citizen' target.",
  ["471"])
Q("english", "Hanoi lifelong learning targets 2030?",
  [(HN, "2.2. Mục tiêu cụ thể đến năm 2030"),
   (HN, "- 99,6% người trong độ tuổi 15-60 biết chữ."),
   (HN, "- 70% công dân đạt danh hiệu công dân học tập; 70% công dân đạt kỹ")],
  "By 2030 Hanoi aims for 99.6% literacy among people aged 15-60 (96% of new literates keep learning), 80-85% of workers trained, 70% of working-age people with information competence and life skills, 85-90% of public schools at national standard, 70% learning citizens and 70% with digital skills, 80% learning families/clans/communities, 70% learning units, 60% learning districts, and recognition as a 'Learning City'.",
  ["99", "70%"])
Q("english", "who funds the plan in An Lao",
  [(AL, "Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách nhà nước theo quy định, nguồn thu hợp pháp của các cơ quan, đơn vị và huy động từ các nguồn xã hội hóa.")],
  "The state budget as regulated, lawful revenues of the agencies and units, and contributions mobilised from society (xã hội hóa); the Finance-Planning Office prepares the estimates for the district People's Committee.",
  ["budget"])
Q("english", "Hue: deadline for commune reports to the provincial level?",
  [(HUE, "gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026")],
  "Communes and wards must send their results report to the Department of Education and Training before 15/12/2026, which compiles it for the city People's Committee.",
  ["15", "2026"])
Q("english", "What is Can Tho's 2024 target for people of working age with life skills?",
  [(CT, "Phần đầu đạt tỷ lệ 90% số người trong độ tuổi lao động được trang bị kỹ năng sống")],
  "Can Tho aims for 90% of working-age people to be equipped with life skills in 2024.",
  ["90"])
Q("english", "How many provincial-level 'Learning Units' must Hue have in 2026?",
  [(HUE, "Có ít nhất 15 đơn vị được công nhận “Đơn vị học tập” cấp tỉnh mức độ 1, trong đó có ít nhất 05 đơn vị đạt mức độ 2.")],
  "At least 15 units recognised as provincial-level 'Learning Units' at level 1, of which at least 5 (05) at level 2.",
  ["15"])
Q("english", "My Loc district: share of people aged 15+ with technical qualifications by 2030?",
  [(ML, "b) Mục tiêu đến năm 2030"),
   (ML, "+ 70% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó 15% dân số có trình độ đại học trở lên.")],
  "By 2030, 70% of the population aged 15 and over should have technical/professional training, including 15% with a university degree or higher.",
  ["70", "15"])
Q("english", "Our NGO supports community learning centres in Hanoi. What ICT target does the plan set for them?",
  [(HN, "- 70% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin"),
   (HN, "- 90% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin")],
  "70% of community learning centres should apply ICT in management and educational activities by 2025, and 90% by 2030.",
  ["70", "90"])
Q("english", "As a donor interested in girls' education: which scholarship fund is My Loc's Women's Union asked to promote?",
  [(ML, "e) Hội Liên hiệp Phụ nữ huyện"),
   (ML, "động có hiệu quả đối với “Quỹ học bổng Hoàng Ngân”.")],
  "The district Women's Union is to make the 'Hoàng Ngân' scholarship fund (Quỹ học bổng Hoàng Ngân) operate effectively, alongside getting illiterate women and girls into literacy classes.",
  ["Hoàng Ngân"])
Q("english", "What must the Department of Home Affairs do in Hue's 2026 plan?",
  [(HUE, "Tổ chức thực hiện các nhiệm vụ nhằm đạt mục tiêu đào tạo, bồi dưỡng, nâng cao trình độ chuyên môn, nghiệp vụ cho đội ngũ cán bộ, công chức các cấp."),
   (HUE, "Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về năng lực cơ bản và trình độ của người dân.")],
  "It carries out the tasks for the training and retraining target — raising the professional qualifications of officials and civil servants at all levels — and monitors and compiles results on the target for people's basic capacities and qualifications.",
  ["training"])
Q("english", "What is Hanoi's Ethnic Affairs Committee (Ban Dân tộc) asked to do?",
  [(HN, "Tham mưu Ủy ban nhân dân Thành phố xây dựng, triển khai thực hiện Kế hoạch Chương trình mục tiêu quốc gia Phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi thành phố từ nay đến năm 2030, tầm nhìn đến năm 2045")],
  "It advises the city People's Committee on the plan for the National Target Programme for socio-economic development of ethnic minority and mountainous areas to 2030, vision 2045, and works with departments and localities on education support so that children and learners there can study.",
  ["2030", "2045"])
Q("english", "Hue 2026: what share of citizens should earn the 'learning citizen' title?",
  [(HUE, "- 40% công dân đạt danh hiệu công dân học tập.")],
  "40% of citizens should achieve the 'learning citizen' title in 2026.",
  ["40"])
Q("english", "Which Party regulation on cadres' ethics is An Lao's culture and sports centre asked to publicise?",
  [(AL, "Quy định số 144- QĐ/TW về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn mới")],
  "Regulation No. 144-QĐ/TW on revolutionary ethical standards of cadres and Party members in the new period, together with results of the lifelong learning movement and the Party Congress resolutions.",
  ["144"])
Q("english", "Who signed Hanoi's plan?",
  [(HN, "Vũ Thu Hà")],
  "It was signed for the Hanoi People's Committee by Vice Chair Vũ Thu Hà (KT. Chủ tịch, Phó Chủ tịch).",
  ["Vũ Thu Hà"])
Q("english", "When does My Loc hold the mid-term review of the scheme, and the final review?",
  [(ML, "tham mưu UBND huyện tổ chức sơ kết Đề án vào năm 2025, tổng kết vào năm 2030")],
  "The mid-term review (sơ kết) is in 2025 and the final review (tổng kết) in 2030, prepared by the Office of Education and Training for the district People's Committee.",
  ["2025", "2030"])
Q("english", "Which Politburo resolution on science, technology and digital transformation does An Lao tie the movement to?",
  [(AL, "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị")],
  "Resolution No. 57-NQ/TW of 22/12/2024 of the Politburo on breakthroughs in science, technology, innovation and national digital transformation.",
  ["57"])
Q("english", "Partner planning: how many community learning centres per commune does Hue require, and by when?",
  [(HUE, "bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn thành trong Quý II năm 2026.")],
  "At least one community learning centre in every commune and ward, to be completed in the second quarter (Q2) of 2026.",
  ["2026"])
Q("english", "What share of units should be recognised as 'Learning Units' in Can Tho in 2024?",
  [(CT, "Phần đầu đạt tỷ lệ 55,55% đơn vị được đánh giá, công nhận theo mức độ “Đơn vị học tập” cấp huyện, cấp thành phố")],
  "The target is 55.55% (55,55%) of units assessed and recognised as 'Learning Units' at district or city level.",
  ["55"])
Q("english", "Hanoi 2025: share of families, clans and communities with learning titles?",
  [(HN, "- 60% gia đình, dòng họ, cộng đồng đạt danh hiệu gia đình, dòng họ, cộng đồng học tập.")],
  "60% of families, clans and communities should earn the learning family/clan/community title by 2025 (80% by 2030).",
  ["60"])
Q("english", "Which Prime Minister decision approved the 'Learning Citizen' model programme cited in Hue's plan?",
  [(HUE, "Quyết định số 677/QĐ-TTg ngày 03 tháng 6 năm 2022 của Thủ tướng Chính phủ phê duyệt Chương trình “Xây dựng mô hình Công dân học tập giai đoạn 2021–2030”")],
  "Decision No. 677/QĐ-TTg of 3 June 2022 approving the programme 'Building the Learning Citizen model, 2021-2030'.",
  ["677"])
Q("english", "What is Hanoi's goal about the UNESCO learning cities network?",
  [(HN, "Phấn đấu Thủ đô Hà Nội gia nhập vào mạng lưới"),
   (HN, "- Thành phố được công nhận danh hiệu “Thành phố học tập”.")],
  "Hanoi aims to join UNESCO's 'Learning City' network as soon as possible: it registers for the 'Learning City' title by 2025 and aims to be recognised as a 'Learning City' by 2030; the Department of Education and Training advises on the registration.",
  ["UNESCO", "2030"])
Q("english", "As an NGO working with veterans, which fund does My Loc's plan name for the veterans' and farmers' associations?",
  [(ML, "nâng cao chất lượng “Quỹ vòng tay đồng đội”")],
  "The 'Vòng tay đồng đội' fund (Quỹ vòng tay đồng đội), whose quality the associations are to improve while organising study-promotion activities.",
  ["vòng tay đồng đội"])
Q("english", "Can Tho Women's Union: which campaign is its work linked to?",
  [(CT, "Cuộc vận động “Xây dựng gia đình 5 không 3 sạch” và mô hình xây dựng “Gia đình 5 có, 3 sạch”")],
  "The campaign 'Building 5-no 3-clean families' (Xây dựng gia đình 5 không 3 sạch) and the '5 có, 3 sạch' family model, while urging mothers to send children to school at the right age.",
  ["5 không 3 sạch"])
Q("english", "Which 2023 Party document on study promotion does Hue's plan rely on?",
  [(HUE, "Công văn số 2430-CV/TU ngày 19 tháng 6 năm 2023 của Tỉnh ủy Thừa Thiên Huế")],
  "Official Letter No. 2430-CV/TU of 19 June 2023 of the Thừa Thiên Huế Provincial Party Committee (now Huế City Party Committee) on strengthening leadership of study promotion and learning units.",
  ["2430"])
Q("english", "In An Lao, which curriculum standard must teacher and school manager training meet?",
  [(AL, "toàn ngành đáp ứng tiêu chuẩn, yêu cầu theo Chương trình Giáo dục phổ thông 2018.")],
  "Training of education managers and teachers must meet the standards and requirements of the 2018 General Education Curriculum (Chương trình Giáo dục phổ thông 2018).",
  ["2018"])

# ---------------------------------------------------------------- follow_up (25)
Q("follow_up", "còn ở Cần Thơ?",
  [(CT, "Chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện rà soát, hoàn thiện các chính sách để tăng cường huy động và đa dạng hóa các nguồn lực xã hội")],
  "Ở Cần Thơ, Sở Tài chính chủ trì, phối hợp với Sở GD&ĐT, UBND quận, huyện rà soát, hoàn thiện các chính sách để tăng cường huy động và đa dạng hóa các nguồn lực xã hội thúc đẩy khuyến học, khuyến tài, xây dựng xã hội học tập.",
  ["nguồn lực xã hội"],
  history=["Sở Tài chính Hà Nội làm gì?",
           "Sở Tài chính Hà Nội bảo đảm kinh phí trong dự toán ngân sách hằng năm để thực hiện Kế hoạch, hướng dẫn cơ chế tài chính và phối hợp rà soát chính sách huy động nguồn lực xã hội."])
Q("follow_up", "năm 2030 thì sao",
  [(ML, "+ 80% người trong độ tuổi lao động được trang bị kỹ năng sống.")],
  "Đến năm 2030, Mỹ Lộc đặt mục tiêu 80% người trong độ tuổi lao động được trang bị kỹ năng sống.",
  ["80%"],
  history=["Mỹ Lộc 2025 kỹ năng sống bao nhiêu %?",
           "Đến năm 2025, 60% số người trong độ tuổi lao động ở Mỹ Lộc được trang bị kỹ năng sống."])
Q("follow_up", "còn 2030?",
  [(HN, "- 80% gia đình, dòng họ, cộng đồng đạt danh hiệu gia đình, dòng họ, cộng đồng học tập.")],
  "Đến năm 2030, Hà Nội đặt mục tiêu 80% gia đình, dòng họ, cộng đồng đạt danh hiệu gia đình, dòng họ, cộng đồng học tập.",
  ["80%"],
  history=["Hà Nội 2025 bao nhiêu % gia đình, dòng họ đạt danh hiệu học tập?",
           "Đến năm 2025, 60% gia đình, dòng họ, cộng đồng đạt danh hiệu gia đình, dòng họ, cộng đồng học tập."])
Q("follow_up", "thế còn Hội Nông dân huyện?",
  [(ML, "g) Hội Cựu chiến binh huyện, Hội Nông dân huyện, Hội Người cao tuổi huyện, Hội Cựu giáo chức huyện"),
   (ML, "huy động hội viên tham gia chuyển giao công nghệ, hỗ trợ hoạt động khởi nghiệp, phổ biến kiến thức cho người dân.")],
  "Hội Nông dân huyện (chung mục với Hội Cựu chiến binh, Hội Người cao tuổi, Hội Cựu giáo chức) hướng dẫn các cấp hội phối hợp tổ chức hoạt động khuyến học, khuyến tài, xây dựng xã hội học tập theo tinh thần xã hội hoá giáo dục, nâng cao chất lượng “Quỹ vòng tay đồng đội”; huy động hội viên tham gia chuyển giao công nghệ, hỗ trợ khởi nghiệp, phổ biến kiến thức cho người dân.",
  ["chuyển giao công nghệ", "khởi nghiệp"],
  history=["Hội LHPN huyện Mỹ Lộc làm gì?",
           "Hội Liên hiệp Phụ nữ huyện phối hợp Phòng GD&ĐT tuyên truyền Kế hoạch, lồng ghép trong phong trào “Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc”, vận động phụ nữ và trẻ em gái chưa biết chữ đi học, đẩy mạnh “Quỹ học bổng Hoàng Ngân”."])
Q("follow_up", "cơ quan này phải báo cáo lên đâu?",
  [(HUE, "Kiểm tra, giám sát và định kỳ báo cáo tình hình, kết quả thực hiện Đề án; dự thảo văn bản của Ủy ban nhân dân thành phố gửi Bộ Giáo dục và Đào tạo.")],
  "Sở Giáo dục và Đào tạo kiểm tra, giám sát và định kỳ báo cáo tình hình, kết quả thực hiện Đề án; dự thảo văn bản của UBND thành phố gửi Bộ Giáo dục và Đào tạo.",
  ["Bộ Giáo dục và Đào tạo"],
  history=["Ở Huế cơ quan nào là thường trực kế hoạch XHHT 2026?",
           "Sở Giáo dục và Đào tạo thành phố Huế là cơ quan thường trực, chủ trì phối hợp tổ chức thực hiện Kế hoạch."])
Q("follow_up", "kế hoạch đó thực hiện kế hoạch nào của thành phố?",
  [(AL, "Thực hiện Kế hoạch số 108 /KH-UBND ngày 06/5/2025 của Ủy ban nhân dân thành phố Hải Phòng")],
  "Kế hoạch của huyện An Lão thực hiện Kế hoạch số 108/KH-UBND ngày 06/5/2025 của UBND thành phố Hải Phòng về triển khai phong trào “Học tập suốt đời” gắn với khuyến học, khuyến tài, xây dựng xã hội học tập.",
  ["108/KH-UBND", "06/5/2025"],
  history=["KH học tập suốt đời của An Lão do ai ký?",
           "Phó Chủ tịch UBND huyện Nguyễn Quốc Thịnh ký (KT. Chủ tịch)."])
Q("follow_up", "vậy còn Sở Văn hóa, Thể thao và Du lịch?",
  [(CT, "Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan, Ủy ban nhân dân quận, huyện nhân rộng các mô hình học tập suốt đời trong thư viện, bảo tàng, nhà văn hóa, câu lạc bộ.")],
  "Sở Văn hóa, Thể thao và Du lịch Cần Thơ chủ trì, phối hợp với các cơ quan liên quan và UBND quận, huyện nhân rộng các mô hình học tập suốt đời trong thư viện, bảo tàng, nhà văn hóa, câu lạc bộ.",
  ["thư viện", "bảo tàng"],
  history=["Sở Y tế Cần Thơ làm gì trong KH xây dựng XHHT?", REFUSE])
Q("follow_up", "thế ở An Lão ai chủ trì tổng hợp kết quả phong trào?",
  [(AL, "- Chủ trì tổng hợp kết quả thực hiện phong trào “Học tập suốt đời’, lồng ghép với kết quả xây dựng xã hội học tập trên địa bàn huyện, hằng năm.")],
  "Phòng Giáo dục và Đào tạo huyện An Lão chủ trì tổng hợp kết quả thực hiện phong trào “Học tập suốt đời”, lồng ghép với kết quả xây dựng xã hội học tập trên địa bàn huyện, hằng năm.",
  ["Phòng Giáo dục và Đào tạo", "hằng năm"],
  history=["Hải Dương có kế hoạch xây dựng xã hội học tập không?", REFUSE])
Q("follow_up", "vậy quản lý, sử dụng kinh phí theo văn bản nào?",
  [(HUE, "Việc quản lý, sử dụng kinh phí thực hiện Kế hoạch thực hiện theo Nghị quyết số 16/2025/NQ-HĐND ngày 16 tháng 7 năm 2025 của Hội đồng nhân dân thành phố")],
  "Theo Nghị quyết số 16/2025/NQ-HĐND ngày 16/7/2025 của HĐND thành phố Huế quy định nội dung, mức chi thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021–2030” và các quy định hiện hành.",
  ["16/2025/NQ-HĐND"],
  history=["Mức chi cho mỗi lớp xóa mù chữ ở Huế là bao nhiêu?", REFUSE])
Q("follow_up", "And for Can Tho in 2024?",
  [(CT, "Phần đầu đạt tỷ lệ 90% số người trong độ tuổi lao động được trang bị năng lực về sử dụng công nghệ thông tin")],
  "Can Tho aims for 90% of working-age people to be equipped with the ability to use ICT to look up information and learn online in 2024.",
  ["90"],
  history=["What is Hue's 2026 target for ICT competence of working-age people?",
           "87% of people of working age are to be equipped with ICT competence in 2026."])
Q("follow_up", "And Can Tho's?",
  [(CT, "Nguyễn Thực Hiện")],
  "Can Tho's Plan 74/KH-BCĐ was signed by Nguyễn Thực Hiện, Vice Chair of the city People's Committee, as Head of the Steering Committee (Trưởng Ban).",
  ["Nguyễn Thực Hiện"],
  history=["Who signed Hue's 2026 plan?",
           "Nguyễn Thanh Bình, Vice Chair of the Huế City People's Committee, signed on behalf of the Chair."])
Q("follow_up", "ok, then which agency must secure the money in the annual budget?",
  [(HN, "- Đảm bảo kinh phí trong dự toán ngân sách hàng năm (theo phân cấp) để thực hiện Kế hoạch theo quy định của Luật Ngân sách Nhà nước.")],
  "The Department of Finance (Sở Tài chính) ensures funds in the annual budget estimate (by budget tier) under the State Budget Law, guides the financial mechanism and reviews policies to mobilise social resources.",
  ["Finance"],
  history=["What did Hanoi spend on study promotion in 2023?", REFUSE_EN])
Q("follow_up", "họ vận động gây quỹ hỗ trợ ai?",
  [(HN, "vận động gây quỹ hỗ trợ học sinh, học viên, sinh viên Hà Nội có hoàn cảnh khó khăn tham gia học tập.")],
  "Đoàn TNCS Hồ Chí Minh thành phố Hà Nội vận động gây quỹ hỗ trợ học sinh, học viên, sinh viên Hà Nội có hoàn cảnh khó khăn tham gia học tập.",
  ["hoàn cảnh khó khăn", "sinh viên"],
  history=["Đoàn thanh niên Hà Nội làm gì trong KH?",
           "Đoàn TNCS Hồ Chí Minh thành phố chủ trì, phối hợp lồng ghép tuyên truyền về khuyến học, khuyến tài, xây dựng xã hội học tập qua các phong trào của thanh niên và vận động gây quỹ hỗ trợ học tập."])
Q("follow_up", "2030?",
  [(HN, "- 80-85% lao động được qua đào tạo, trong đó lao động có bằng cấp, chứng chỉ đạt trên 60%.")],
  "Đến năm 2030: 80-85% lao động được qua đào tạo, trong đó lao động có bằng cấp, chứng chỉ đạt trên 60%.",
  ["80-85%", "60%"],
  history=["Hà Nội 2025 tỷ lệ lao động qua đào tạo?",
           "Đến năm 2025, 75-80% lao động được qua đào tạo, trong đó lao động có bằng cấp, chứng chỉ đạt 55-60%."])
Q("follow_up", "ở An Lão thì sao?",
  [(AL, "- Chỉ đạo đài phát thanh địa phương, hệ thống thông tin cơ sở đăng tải"),
   (AL, "- Tổng hợp dự toán hàng năm, bố trí và phân bổ ngân sách theo kế hoạch")],
  "UBND xã, thị trấn ở An Lão triển khai các chương trình, kế hoạch của thành phố và xây dựng kế hoạch phong trào “Học tập suốt đời” tại địa phương; đẩy mạnh các mô hình Công dân học tập, Gia đình học tập, Dòng họ học tập, Đơn vị học tập, Cộng đồng học tập; tăng nguồn lực cho TTHTCĐ, thiết chế văn hóa; chỉ đạo đài phát thanh địa phương tuyên truyền; kiểm tra, giám sát, định kỳ báo cáo Phòng GD&ĐT; tổng hợp dự toán hàng năm, bố trí ngân sách cho công tác này.",
  ["đài phát thanh", "dự toán"],
  history=["UBND các xã, thị trấn ở Mỹ Lộc phải làm gì?",
           "Xây dựng kế hoạch hằng năm, kiện toàn bộ phận chỉ đạo, cân đối ngân sách, phát triển mô hình học tập và trước ngày 10 tháng 12 hằng năm gửi báo cáo về Phòng GD&ĐT."])
Q("follow_up", "ban đó gặp vướng mắc thì báo về đâu?",
  [(CT, "phản ánh về Sở Giáo dục và Đào tạo (Thường trực Ban Chỉ đạo thành phố) để tổng hợp, báo cáo, tham mưu trình Ban Chỉ đạo thành phố xem xét, quyết định")],
  "Khó khăn, vướng mắc được phản ánh về Sở Giáo dục và Đào tạo (Thường trực Ban Chỉ đạo thành phố) để tổng hợp, tham mưu trình Ban Chỉ đạo thành phố xem xét, quyết định.",
  ["Sở Giáo dục và Đào tạo", "Thường trực"],
  history=["Cần Thơ có ban chỉ đạo XHHT không?",
           "Có: Ban Chỉ đạo Xây dựng xã hội học tập - Xóa mù chữ - Phổ cập giáo dục thành phố Cần Thơ giai đoạn 2021 - 2030, là đơn vị ban hành Kế hoạch 74/KH-BCĐ."])
Q("follow_up", "ở Cần Thơ sở này làm gì?",
  [(CT, "triển khai các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động; hỗ trợ học tập cho người bị thiệt thòi, yếu thế trong xã hội.")],
  "Sở Lao động - Thương binh và Xã hội Cần Thơ chủ trì, phối hợp với các cơ quan và UBND quận, huyện triển khai các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động; hỗ trợ học tập cho người bị thiệt thòi, yếu thế.",
  ["đào tạo bổ sung", "yếu thế"],
  history=["Sở LĐTB&XH Hà Nội có nhiệm vụ gì?",
           "Chủ trì xây dựng chương trình đào tạo bổ sung, đào tạo kỹ năng nghề mới, nhân rộng mô hình đào tạo lại nghề và hỗ trợ đào tạo cho lao động nông thôn, người khuyết tật, phụ nữ..."])
Q("follow_up", "năm 2025 thì sao",
  [(ML, "+ 40% công dân đạt danh hiệu công dân học tập theo tiêu chí do cơ quan có thẩm quyền ban hành.")],
  "Đến năm 2025, Mỹ Lộc đặt mục tiêu 40% công dân đạt danh hiệu công dân học tập theo tiêu chí do cơ quan có thẩm quyền ban hành.",
  ["40%"],
  history=["Mỹ Lộc đến 2030 bao nhiêu % công dân đạt danh hiệu công dân học tập?",
           "Đến năm 2030, 60% công dân đạt danh hiệu công dân học tập."])
Q("follow_up", "cơ quan này tham mưu đưa kết quả mô hình nào vào tiêu chí đánh giá người đứng đầu?",
  [(AL, "Nghiên cứu tham mưu đưa kết quả triển khai mô hình “Công dân học tập”, “Đơn vị học tập” trong cơ quan, đơn vị")],
  "Phòng GD&ĐT An Lão nghiên cứu tham mưu đưa kết quả triển khai mô hình “Công dân học tập”, “Đơn vị học tập” trong cơ quan, đơn vị (và xây dựng mô hình “Cộng đồng học tập”) vào tiêu chí của UBND huyện đánh giá người đứng đầu các phòng, ban, ngành hằng năm.",
  ["Công dân học tập", "người đứng đầu"],
  history=["Phòng GD&ĐT An Lão phải làm gì?",
           "Chủ trì tham mưu điều chỉnh cơ chế chính sách khuyến học, rà soát mạng lưới trường, bồi dưỡng giáo viên, phối hợp triển khai các mô hình học tập và tổng hợp kết quả phong trào hằng năm."])
Q("follow_up", "thế còn Liên đoàn Lao động thành phố?",
  [(HUE, "tổ chức thực hiện Kế hoạch số 147/KH-UBND ngày 17 tháng 4 năm 2023 về việc triển khai thực hiện Chương trình “Đẩy mạnh các hoạt động học tập suốt đời trong công nhân lao động tại các doanh nghiệp đến năm 2030”")],
  "Liên đoàn Lao động thành phố Huế chủ trì, phối hợp các sở, ngành, địa phương tổ chức thực hiện Kế hoạch số 147/KH-UBND ngày 17/4/2023 về Chương trình “Đẩy mạnh các hoạt động học tập suốt đời trong công nhân lao động tại các doanh nghiệp đến năm 2030”.",
  ["147/KH-UBND"],
  history=["Huế: Hội Khuyến học thành phố làm gì?",
           "Chủ trì thực hiện KH 471/KH-UBND, củng cố tổ chức Hội, theo dõi mục tiêu “Công dân học tập”.",
           "họ phối hợp với ai để kiểm tra?",
           "Hội phối hợp với Sở Giáo dục và Đào tạo kiểm tra, giám sát việc thực hiện Kế hoạch."])
Q("follow_up", "ở đấy có kế hoạch nào về phân luồng học sinh không?",
  [(ML, "e)Tiếp tục đẩy mạnh triển khai thực hiện Kế hoạch số 100/KH-UBND ngày 01/11/2018 của UBND tỉnh"),
   (ML, "Kế hoạch số 945/KH- UBND ngày 30/3/2020 của UBND huyện Mỹ Lộc")],
  "Có: Mỹ Lộc tiếp tục thực hiện Kế hoạch số 100/KH-UBND ngày 01/11/2018 của UBND tỉnh (thực hiện QĐ 522/QĐ-TTg về giáo dục hướng nghiệp và phân luồng học sinh 2018-2025) và Kế hoạch số 945/KH-UBND ngày 30/3/2020 của UBND huyện Mỹ Lộc về Đề án giáo dục hướng nghiệp và định hướng phân luồng học sinh.",
  ["100/KH-UBND", "945"],
  history=["KH của Mỹ Lộc thực hiện theo KH nào của tỉnh?",
           "Thực hiện Kế hoạch số 145/KH-UBND ngày 23/12/2021 của UBND tỉnh Nam Định về thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030”."])
Q("follow_up", "cơ quan nào tham mưu việc đăng ký?",
  [(HN, "- Chủ trì, tham mưu Ủy ban nhân dân Thành phố về kế hoạch đăng ký tham gia vào mạng lưới “Thành phố học tập”")],
  "Sở Giáo dục và Đào tạo Hà Nội chủ trì, tham mưu UBND Thành phố về kế hoạch đăng ký tham gia mạng lưới “Thành phố học tập” theo tiêu chí do cơ quan có thẩm quyền ban hành.",
  ["Sở Giáo dục và Đào tạo"],
  history=["Hà Nội có định tham gia mạng lưới Thành phố học tập không?",
           "Có. Hà Nội phấn đấu gia nhập mạng lưới “Thành phố học tập” của UNESCO sớm nhất, đăng ký danh hiệu đến 2025 và được công nhận đến 2030."])
Q("follow_up", "and by 2030?",
  [(HN, "- 70% người trong độ tuổi lao động được trang bị kỹ năng sống.")],
  "By 2030, Hanoi aims for 70% of working-age people to be equipped with life skills.",
  ["70"],
  history=["What share of Hanoi's working-age people should have life skills by 2025?",
           "50% of people of working age should be equipped with life skills by 2025."])
Q("follow_up", "còn Công an thành phố?",
  [(CT, "tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân và học viên trong các trại giam")],
  "Công an thành phố Cần Thơ chủ trì, phối hợp Sở GD&ĐT, UBND quận, huyện tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân và học viên trong các trại giam, trại tạm giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng (nếu có).",
  ["xóa mù chữ", "phạm nhân"],
  history=["Cần Thơ: Bộ Chỉ huy Quân sự TP làm gì?",
           "Tuyên truyền về học tập suốt đời trong lực lượng vũ trang và chỉ đạo nâng cao ngoại ngữ, tiếng dân tộc thiểu số cho cán bộ, chiến sĩ."])
Q("follow_up", "ở Hà Nội cơ quan tương ứng làm gì?",
  [(HN, "14. Đề nghị Ban Tuyên giáo Thành ủy"),
   (HN, "- Phối hợp với Sở Giáo dục và Đào tạo kiểm tra, giám sát thực hiện Kế hoạch.")],
  "Ở Hà Nội, Ban Tuyên giáo Thành ủy được đề nghị chỉ đạo các cấp ủy Đảng; phối hợp với Sở GD&ĐT và các Sở, ngành triển khai mục tiêu, nhiệm vụ, nhất là tuyên truyền, định hướng; phối hợp với Sở Giáo dục và Đào tạo kiểm tra, giám sát thực hiện Kế hoạch; chỉ đạo các cơ quan thông tấn, báo chí xây dựng chuyên mục tuyên truyền.",
  ["cấp ủy", "kiểm tra, giám sát"],
  history=["Ban Tuyên giáo Huyện ủy Mỹ Lộc được đề nghị gì?",
           "Phối hợp với Phòng GD&ĐT triển khai mục tiêu, nhiệm vụ của Kế hoạch, nhất là tuyên truyền, định hướng; phối hợp kiểm tra, giám sát."])

# ---------------------------------------------------------------- unanswerable (33)
# places not loaded: neighbours / parents / inside
U("Kế hoạch XHHT của thành phố Nam Định đặt chỉ tiêu gì năm 2025?", REFUSE, absent=["thành phố Nam Định"])
U("quận Kiến An có kế hoạch học tập suốt đời không", REFUSE, absent=["Kiến An"])
U("Quận Cái Răng giao UBND phường làm gì trong xây dựng XHHT?", REFUSE, absent=["Cái Răng"])
U("huyện Gia Lâm đặt chỉ tiêu bao nhiêu % công dân học tập?", REFUSE, absent=["Gia Lâm"])
U("Thị xã Hương Thủy có bao nhiêu xã đạt Cộng đồng học tập?", REFUSE, absent=["Hương Thủy"])
U("What are Hai Duong province's learning society targets for 2025?", REFUSE_EN, absent=["Hải Dương", "Hai Duong"])
# years the named plan sets no target for
U("Huế năm 2030 bao nhiêu % người lao động có năng lực CNTT?", REFUSE, absent=[(HUE, "Mục tiêu đến năm 2030")])
U("Mỹ Lộc năm 2027 chỉ tiêu kỹ năng sống bao nhiêu?", REFUSE, absent=[(ML, "2027")])
U("Hà Nội tầm nhìn 2045 bao nhiêu % công dân học tập?", REFUSE, absent=[(HN, "Mục tiêu cụ thể đến năm 2045")])
# indicators the named plan gives no figure for
U("Huế 2026 bao nhiêu % trường công lập đạt chuẩn quốc gia?", REFUSE, absent=[(HUE, "chuẩn quốc gia")])
U("Mỹ Lộc chỉ tiêu bao nhiêu % cơ quan đạt Đơn vị học tập?", REFUSE, absent=[(ML, "% đơn vị")])
U("Cần Thơ 2024 tỷ lệ người mới biết chữ không tái mù là bao nhiêu?", REFUSE, absent=[(CT, "tái mù"), (CT, "mới biết chữ")])
U("An Lão năm 2025 phấn đấu bao nhiêu % công dân đạt công dân học tập?", REFUSE, absent=[(AL, "%")])
# current / actual counts
U("Hiện nay Huế có bao nhiêu trung tâm học tập cộng đồng?", REFUSE)
U("năm 2023 my loc da co bao nhieu cong dan hoc tap", REFUSE)
U("Cần Thơ hiện có mấy quận huyện đã đạt phổ cập THCS mức độ 3?", REFUSE)
# sanctions / rewards
U("Xã, phường ở Huế không đạt chỉ tiêu bị xử lý kỷ luật thế nào?", REFUSE, absent=[(HUE, "kỷ luật"), (HUE, "xử lý")])
U("What cash reward does Can Tho give to outstanding self-learners?", REFUSE_EN, absent=["triệu đồng", "tiền thưởng"])
U("Mỹ Lộc phạt thế nào nếu xã nộp báo cáo XHHT trễ hạn?", REFUSE, absent=[(ML, "xử phạt"), (ML, "kỷ luật"), (ML, "xử lý")])
# amounts not broken out
U("Tổng kinh phí KH Huế 2026 là bao nhiêu tỷ?", REFUSE, absent=["tỷ đồng", "triệu đồng"])
U("Ngân sách huyện Mỹ Lộc cấp cho mỗi TTHTCĐ một năm bao nhiêu?", REFUSE, absent=["triệu", "nghìn đồng"])
U("Bao nhiêu tiền cho phong trào Bình dân học vụ số ở An Lão?", REFUSE, absent=["triệu", "tỷ đồng"])
# agencies the named plan never names
U("Sở Khoa học và Công nghệ Hà Nội làm gì trong KH này?", REFUSE, absent=[(HN, "Sở Khoa học")])
U("Phòng Y tế huyện Mỹ Lộc có nhiệm vụ gì?", REFUSE, absent=[(ML, "Y tế")])
U("Sở Lao động - Thương binh và Xã hội Huế có nhiệm vụ gì trong KH 2026?", REFUSE, absent=[(HUE, "Thương binh")])
U("Công an huyện An Lão làm gì trong phong trào học tập suốt đời?", REFUSE, absent=[(AL, "Công an")])
U("so nong nghiep can tho lam gi", REFUSE, absent=[(CT, "Nông nghiệp")])
# signer / content of cited-only documents
U("Ai ký Kế hoạch 215/KH-UBND của Cần Thơ?", REFUSE)
U("KH 145 của tỉnh Nam Định đặt chỉ tiêu gì cho năm 2025?", REFUSE)
U("Quyết định 1520/QĐ-TTg đặt mục tiêu bao nhiêu thư viện phục vụ học tập suốt đời?", REFUSE)
# English
U("How many learning citizens did Hue certify in 2025?", REFUSE_EN)
# follow-ups that move off what the earlier turn's plan states
U("thế còn năm 2025?", REFUSE, absent=[(CT, "2025")],
  history=["Cần Thơ năm 2024 phấn đấu bao nhiêu % TTHTCĐ ứng dụng CNTT?",
           "Năm 2024, Cần Thơ phấn đấu 90% trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục."])
U("họ được cấp bao nhiêu tiền năm 2025?", REFUSE, absent=["triệu", "tỷ đồng"],
  history=["Phòng Tài chính - Kế hoạch An Lão làm gì?",
           "Phối hợp với các phòng, ban, ngành lập dự toán kinh phí, báo cáo UBND huyện cân đối trong nguồn ngân sách để triển khai phong trào “Học tập suốt đời”."])


def main():
    counts = {}
    for i, q in enumerate(QS, 1):
        q["id"] = f"d27-{i:03d}"
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
