"""Write eval/sets/bundled25.jsonl (ids b25-001…): fresh held-out questions on the FIVE BUNDLED plans only.

    python eval/sets/src25/questions_src25.py

Written from the plan texts themselves (data/plans/*.txt), not from any earlier question file. Spans are verbatim
from the plans as check_sets.py reads them (the .txt as is, normalised as in FORMAT.md). Before writing, every
unanswerable question's probe strings are checked to be absent from all five plans (with and without diacritics),
and every evidence span is checked to be present, so a typo fails here and not only in check_sets.py.
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
OUT = os.path.join(os.path.dirname(HERE), "bundled25.jsonl")
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


# ---------------------------------------------------------------- agency_tasks (16)
Q("agency_tasks", "Sở Văn hóa và Thể thao Huế được giao việc gì trong KH năm 2026?",
  [(HUE, "triển khai thực hiện Kế hoạch số 288/KH-UBND ngày 25 tháng 8 năm 2023 của Ủy ban nhân dân thành phố về Chương trình “Đẩy mạnh các hoạt động phục vụ học tập suốt đời trong thư viện, bảo tàng, trung tâm văn hóa đến năm 2030”"),
   (HUE, "Tổ chức đào tạo, bồi dưỡng, nâng cao chất lượng đội ngũ cán bộ, viên chức, người lao động làm việc tại các thiết chế văn hóa – thể thao")],
  "Sở Văn hóa và Thể thao chủ trì triển khai Kế hoạch số 288/KH-UBND ngày 25/8/2023 về Chương trình “Đẩy mạnh các hoạt động phục vụ học tập suốt đời trong thư viện, bảo tàng, trung tâm văn hóa đến năm 2030”, nhân rộng mô hình học tập suốt đời tại thư viện, bảo tàng, nhà văn hóa, câu lạc bộ; đào tạo, bồi dưỡng đội ngũ làm việc tại các thiết chế văn hóa – thể thao; chỉ đạo báo chí, hệ thống thông tin cơ sở phối hợp với Sở GD&ĐT, Hội Khuyến học thành phố tuyên truyền về xây dựng xã hội học tập.",
  ["288/KH-UBND", "thư viện, bảo tàng"])
Q("agency_tasks", "LĐLĐ thành phố Huế phải làm gì?",
  [(HUE, "tổ chức thực hiện Kế hoạch số 147/KH-UBND ngày 17 tháng 4 năm 2023 về việc triển khai thực hiện Chương trình “Đẩy mạnh các hoạt động học tập suốt đời trong công nhân lao động tại các doanh nghiệp đến năm 2030”")],
  "Liên đoàn Lao động thành phố chủ trì, phối hợp các sở, ngành, địa phương tổ chức thực hiện Kế hoạch số 147/KH-UBND ngày 17/4/2023 triển khai Chương trình “Đẩy mạnh các hoạt động học tập suốt đời trong công nhân lao động tại các doanh nghiệp đến năm 2030” trên địa bàn thành phố Huế.",
  ["147/KH-UBND", "công nhân lao động"])
Q("agency_tasks", "Theo KH 2026 của Huế, UBND các xã, phường có trách nhiệm gì với trung tâm học tập cộng đồng?",
  [(HUE, "Rà soát, củng cố, kiện toàn hệ thống trung tâm học tập cộng đồng; bảo đảm mỗi xã, phường có ít nhất một trung tâm học tập cộng đồng hoạt động hiệu quả")],
  "UBND các xã, phường rà soát, củng cố, kiện toàn hệ thống trung tâm học tập cộng đồng, bảo đảm mỗi xã, phường có ít nhất một trung tâm học tập cộng đồng hoạt động hiệu quả, đúng chức năng; tổ chức đánh giá, đề nghị công nhận các mô hình học tập và TTHTCĐ và chịu trách nhiệm về chất lượng kết quả đánh giá.",
  ["ít nhất một trung tâm"])
Q("agency_tasks", "Hội Khuyến học thành phố Huế theo dõi, tổng hợp mục tiêu nào?",
  [(HUE, "Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về “Công dân học tập”")],
  "Hội Khuyến học thành phố theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về “Công dân học tập” (ngoài ra chủ trì thực hiện Kế hoạch số 471/KH-UBND, phối hợp Sở GD&ĐT kiểm tra, giám sát và củng cố tổ chức Hội các cấp).",
  ["Công dân học tập"])
Q("agency_tasks", "Công an huyện Mỹ Lộc được giao gì trong kế hoạch XHHT?",
  [(ML, "6. Công an huyện, Bộ Chỉ huy Quân sự huyện"),
   (ML, "Nâng cao trình độ, năng lực ngoại ngữ cho cán bộ toàn lực lượng vũ trang trên địa bàn huyện")],
  "Công an huyện được giao chung với Bộ Chỉ huy Quân sự huyện (mục 6): nâng cao trình độ, năng lực ngoại ngữ cho cán bộ toàn lực lượng vũ trang trên địa bàn huyện.",
  ["ngoại ngữ", "lực lượng vũ trang"])
Q("agency_tasks", "Hội Người cao tuổi huyện Mỹ Lộc có nhiệm vụ gì?",
  [(ML, "g) Hội Cựu chiến binh huyện, Hội Nông dân huyện, Hội Người cao tuổi huyện, Hội Cựu giáo chức huyện"),
   (ML, "nâng cao chất lượng “Quỹ vòng tay đồng đội”; huy động hội viên tham gia chuyển giao công nghệ, hỗ trợ hoạt động khởi nghiệp")],
  "Hội Người cao tuổi huyện được nêu chung với Hội Cựu chiến binh, Hội Nông dân, Hội Cựu giáo chức huyện: hướng dẫn các cấp hội phối hợp tổ chức hoạt động khuyến học, khuyến tài, xây dựng xã hội học tập theo tinh thần xã hội hóa giáo dục, nâng cao chất lượng “Quỹ vòng tay đồng đội”; huy động hội viên tham gia chuyển giao công nghệ, hỗ trợ khởi nghiệp, phổ biến kiến thức cho người dân.",
  ["chuyển giao công nghệ", "Quỹ vòng tay đồng đội"])
Q("agency_tasks", "Hội LHPN huyện Mỹ Lộc làm gì?",
  [(ML, "vận động, tuyên truyền phụ nữ và trẻ em gái chưa biết chữ ra học các lớp xóa mù chữ, đẩy mạnh hoạt động có hiệu quả đối với “Quỹ học bổng Hoàng Ngân”")],
  "Hội Liên hiệp Phụ nữ huyện phối hợp với Phòng GD&ĐT tuyên truyền Kế hoạch, lồng ghép tuyên truyền xây dựng xã hội học tập trong phong trào “Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc”; vận động phụ nữ và trẻ em gái chưa biết chữ ra học các lớp xóa mù chữ; đẩy mạnh hoạt động “Quỹ học bổng Hoàng Ngân”.",
  ["xóa mù chữ", "Hoàng Ngân"])
Q("agency_tasks", "Ban Tuyên giáo Huyện ủy Mỹ Lộc được đề nghị làm gì?",
  [(ML, "Phối hợp với Phòng Giáo dục và Đào tạo và các phòng, ban, ngành liên quan trong việc triển khai thực hiện các mục tiêu, nhiệm vụ của Kế hoạch, nhất là trong việc tuyên truyền, định hướng phát triển")],
  "Ban Tuyên giáo Huyện ủy (được đề nghị) phối hợp với Phòng Giáo dục và Đào tạo và các phòng, ban, ngành triển khai các mục tiêu, nhiệm vụ của Kế hoạch, nhất là tuyên truyền, định hướng phát triển gắn với các chương trình, đề án khác; phối hợp kiểm tra, giám sát việc thực hiện Kế hoạch.",
  ["Phối hợp", "tuyên truyền", "kiểm tra, giám sát"])
Q("agency_tasks", "TT Văn hóa - Thể thao và Truyền thông huyện Mỹ Lộc phụ trách những gì?",
  [(ML, "Chủ trì, phối hợp với các sở, ngành liên quan thực hiện hỗ trợ cung cấp dịch vụ viễn thông công ích đến năm 2030"),
   (ML, "Tăng cường, đẩy mạnh công tác tuyên truyền, xây dựng chuyên trang, chuyên mục, giới thiệu gương điển hình")],
  "Trung tâm Văn hóa - Thể thao và Truyền thông (mục 3, lặp lại ở mục 10): chỉ đạo, hướng dẫn báo chí, truyền thông, thông tin cơ sở tuyên truyền về Kế hoạch; chủ trì hỗ trợ cung cấp dịch vụ viễn thông công ích đến năm 2030; đẩy mạnh tuyên truyền, xây dựng chuyên trang, chuyên mục, giới thiệu gương điển hình về khuyến học, khuyến tài.",
  ["viễn thông công ích", "chuyên trang, chuyên mục"])
Q("agency_tasks", "Bộ Tư lệnh Thủ đô có nhiệm vụ gì trong KH của Hà Nội?",
  [(HN, "Bộ Tư lệnh Thủ đô: tiếp tục tổ chức, tăng cường công tác tuyên truyền, phổ biến giáo dục, bồi dưỡng kiến thức quốc phòng, an ninh cho mọi tầng lớp nhân dân")],
  "Bộ Tư lệnh Thủ đô (thuộc nhóm Lực lượng vũ trang Thành phố) tiếp tục tăng cường tuyên truyền, phổ biến giáo dục, bồi dưỡng kiến thức quốc phòng, an ninh cho mọi tầng lớp nhân dân, nhất là người có uy tín, chức sắc tôn giáo, già làng, trưởng họ tộc.",
  ["quốc phòng, an ninh"])
Q("agency_tasks", "Ban Thi đua - Khen thưởng HN phối hợp làm gì?",
  [(HN, "Phối hợp với Sở Giáo dục và Đào tạo, tham mưu trình Ủy ban nhân dân Thành phố khen thưởng cho các tập thể, cá nhân có thành tích trong công tác xây dựng xã hội học tập nhân dịp sơ kết, tổng kết các giai đoạn của Đề án")],
  "Ban Thi đua - Khen thưởng (Sở Nội vụ) phối hợp với Sở Giáo dục và Đào tạo tham mưu UBND Thành phố khen thưởng tập thể, cá nhân có thành tích trong xây dựng xã hội học tập nhân dịp sơ kết, tổng kết các giai đoạn của Đề án.",
  ["khen thưởng", "sơ kết, tổng kết"])
Q("agency_tasks", "Ban Dân tộc TP Hà Nội làm gì?",
  [(HN, "Tham mưu Ủy ban nhân dân Thành phố xây dựng, triển khai thực hiện Kế hoạch Chương trình mục tiêu quốc gia Phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi")],
  "Ban Dân tộc Thành phố tham mưu UBND Thành phố xây dựng, triển khai Kế hoạch Chương trình mục tiêu quốc gia Phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi đến năm 2030, tầm nhìn 2045; phối hợp triển khai các chương trình, dự án hỗ trợ giáo dục đào tạo, tạo điều kiện cho trẻ em, người học vùng dân tộc thiểu số được học tập.",
  ["Chương trình mục tiêu quốc gia", "dân tộc thiểu số"])
Q("agency_tasks", "Trường ĐH Thủ đô Hà Nội được giao gì?",
  [(HN, "Triển khai trường học số, xây dựng học liệu số để nâng cao năng lực hoạt động")],
  "Trường Đại học Thủ đô Hà Nội và các trường cao đẳng trực thuộc UBND Thành phố: triển khai trường học số, xây dựng học liệu số; phối hợp Sở GD&ĐT biên soạn, số hóa tài liệu tuyên truyền, giáo dục kiến thức; tạo điều kiện để cán bộ, viên chức, người lao động trực thuộc được học tập suốt đời.",
  ["trường học số", "học liệu số"])
Q("agency_tasks", "Sở Nội vụ Cần Thơ có nhiệm vụ gì trong KH 74?",
  [(CT, "xây dựng Đề án vị trí việc làm, điều chỉnh vị trí việc làm và cơ cấu viên chức theo chức danh nghề nghiệp")],
  "Sở Nội vụ chủ trì, phối hợp với các cơ quan, đơn vị và UBND quận, huyện xây dựng Đề án vị trí việc làm, điều chỉnh vị trí việc làm và cơ cấu viên chức theo chức danh nghề nghiệp trong các đơn vị sự nghiệp công lập.",
  ["vị trí việc làm"])
Q("agency_tasks", "Hội Nông dân TP Cần Thơ được đề nghị gì?",
  [(CT, "đ) Đề nghị Hội Cựu chiến binh thành phố, Hội Nông dân thành phố"),
   (CT, "Hướng dẫn các cấp Hội phối hợp tổ chức các hoạt động khuyến học, khuyến tài, xây dựng xã hội học tập theo tinh thần xã hội hóa giáo dục và đào tạo")],
  "Hội Nông dân thành phố (đề nghị chung với Hội Cựu chiến binh thành phố): hướng dẫn các cấp Hội phối hợp tổ chức hoạt động khuyến học, khuyến tài, xây dựng xã hội học tập theo tinh thần xã hội hóa giáo dục và đào tạo; huy động hội viên tham gia chuyển giao công nghệ, hỗ trợ khởi nghiệp, phổ biến kiến thức cho người dân.",
  ["chuyển giao công nghệ", "khởi nghiệp"])
Q("agency_tasks", "Phòng Văn hóa Khoa học và Thông tin huyện An Lão làm gì?",
  [(AL, "Chủ trì tham mưu triển khai phong trào “Bình dân học vụ số” trong toàn dân trên địa bàn huyện"),
   (AL, "xây dựng, nhân rộng mô hình “thư viện số”, “thư viện công cộng”")],
  "Phòng Văn hóa Khoa học và Thông tin chủ trì tham mưu cơ chế, chính sách thúc đẩy khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số; chủ trì tham mưu triển khai phong trào “Bình dân học vụ số” trong toàn dân; tham mưu củng cố thiết chế văn hóa, nhân rộng mô hình “thư viện số”, “thư viện công cộng”; phối hợp tổ chức chuyên đề, hội thảo, cuộc thi học tập lịch sử, văn hóa.",
  ["Bình dân học vụ số", "thư viện số"])

# ---------------------------------------------------------------- target (12)
Q("target", "Năm 2026 Huế đặt chỉ tiêu bao nhiêu % người trong độ tuổi lao động có năng lực CNTT?",
  [(HUE, "87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin")],
  "87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin (năm 2026).", ["87%"])
Q("target", "KH 2026 của Huế muốn bao nhiêu đơn vị được công nhận Đơn vị học tập cấp tỉnh?",
  [(HUE, "Có ít nhất 15 đơn vị được công nhận “Đơn vị học tập” cấp tỉnh mức độ 1, trong đó có ít nhất 05 đơn vị đạt mức độ 2")],
  "Có ít nhất 15 đơn vị được công nhận “Đơn vị học tập” cấp tỉnh mức độ 1, trong đó ít nhất 05 đơn vị đạt mức độ 2.",
  ["15", "05"])
Q("target", "Mỹ Lộc đến năm 2025: tỷ lệ người trong độ tuổi lao động được trang bị kỹ năng sống?",
  [(ML, "a) Mục tiêu đến năm 2025"), (ML, "+ 60% số người trong độ tuổi lao động được trang bị kỹ năng sống.")],
  "Đến năm 2025, 60% số người trong độ tuổi lao động được trang bị kỹ năng sống.", ["60%"])
Q("target", "Mỹ Lộc 2030 bao nhiêu % TTHTCĐ ứng dụng CNTT trong quản lý?",
  [(ML, "b) Mục tiêu đến năm 2030"), (ML, "+ 90% các Trung tâm Học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục.")],
  "Đến năm 2030, 90% các Trung tâm Học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục (năm 2025 là 70%).",
  ["90%"])
Q("target", "Chỉ tiêu đào tạo chuyên môn kỹ thuật năm 2025 của huyện Mỹ Lộc?",
  [(ML, "+ Khoảng 50% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó 12% dân số có trình độ đại học trở lên.")],
  "Đến năm 2025: khoảng 50% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó 12% dân số có trình độ đại học trở lên.",
  ["50%", "12%"])
Q("target", "HN đặt chỉ tiêu lao động qua đào tạo năm 2025 bao nhiêu?",
  [(HN, "75-80% lao động được qua đào tạo, trong đó lao động có bằng cấp, chứng chỉ đạt 55-60%")],
  "Đến năm 2025: 75-80% lao động được qua đào tạo, trong đó lao động có bằng cấp, chứng chỉ đạt 55-60%.",
  ["75-80%", "55-60%"])
Q("target", "Tỷ lệ người 15-60 tuổi biết chữ mà Hà Nội đặt cho năm 2030?",
  [(HN, "99,6% người trong độ tuổi 15-60 biết chữ")],
  "Đến năm 2030: 99,6% người trong độ tuổi 15-60 biết chữ (năm 2025: duy trì 99,5% trở lên).", ["99,6%"])
Q("target", "Hà Nội phấn đấu bao nhiêu % cơ sở giáo dục dạy học trên môi trường số vào năm 2030?",
  [(HN, "Phấn đấu 90% các cơ sở giáo dục phổ thông, cơ sở giáo dục nghề nghiệp - giáo dục thường xuyên và các cơ sở giáo dục khác triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường số")],
  "Đến năm 2030, Hà Nội phấn đấu 90% các cơ sở giáo dục phổ thông, cơ sở GDNN - GDTX và các cơ sở giáo dục khác triển khai quản lý, giảng dạy và học tập trên môi trường số (năm 2025: phấn đấu 80%).",
  ["90%"])
Q("target", "Trường công lập đạt chuẩn quốc gia ở HN năm 2025 chỉ tiêu bao nhiêu?",
  [(HN, "80-85% trường công lập đạt chuẩn quốc gia")],
  "Đến năm 2025: 80-85% trường công lập đạt chuẩn quốc gia (năm 2030: 85-90%).", ["80-85%"])
Q("target", "Cần Thơ 2024 phấn đấu bao nhiêu % đơn vị được công nhận Đơn vị học tập?",
  [(CT, "Phần đầu đạt tỷ lệ 55,55% đơn vị được đánh giá, công nhận theo mức độ “Đơn vị học tập” cấp huyện, cấp thành phố")],
  "Năm 2024 phấn đấu (văn bản ghi “Phần đầu”) đạt tỷ lệ 55,55% đơn vị được đánh giá, công nhận theo mức độ “Đơn vị học tập” cấp huyện, cấp thành phố.",
  ["55,55%"])
Q("target", "Cần Thơ năm 2024 bao nhiêu % quận huyện đạt phổ cập THCS mức độ 3?",
  [(CT, "phần đầu có 66% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3")],
  "Năm 2024: 100% quận, huyện đạt chuẩn phổ cập giáo dục THCS mức độ 2; phấn đấu (ghi “phần đầu”) có 66% quận, huyện đạt chuẩn mức độ 3.",
  ["66%"])
Q("target", "HN đến 2030 bao nhiêu % gia đình, dòng họ, cộng đồng đạt danh hiệu học tập?",
  [(HN, "80% gia đình, dòng họ, cộng đồng đạt danh hiệu gia đình, dòng họ, cộng đồng học tập")],
  "Đến năm 2030: 80% gia đình, dòng họ, cộng đồng đạt danh hiệu gia đình, dòng họ, cộng đồng học tập (năm 2025: 60%).",
  ["80%"])

# ---------------------------------------------------------------- deadline (8)
Q("deadline", "UBND xã phường ở Huế nộp báo cáo kết quả năm 2026 trước ngày nào?",
  [(HUE, "gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026")],
  "UBND các xã, phường gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026 để tổng hợp, báo cáo UBND thành phố.",
  ["15/12/2026"])
Q("deadline", "Huế phải xong việc kiện toàn TTHTCĐ mỗi xã phường khi nào?",
  [(HUE, "bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn thành trong Quý II năm 2026")],
  "Rà soát, củng cố, kiện toàn hệ thống trung tâm học tập cộng đồng, bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn thành trong Quý II năm 2026.",
  ["Quý II năm 2026"])
Q("deadline", "Phòng GD&ĐT Mỹ Lộc báo cáo UBND huyện hạn chót ngày nào?",
  [(ML, "báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm")],
  "Phòng Giáo dục và Đào tạo tổ chức kiểm tra, giám sát, đánh giá, tổng hợp, báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm.",
  ["15 tháng 12"])
Q("deadline", "UBND các xã, thị trấn ở Mỹ Lộc gửi báo cáo trước ngày mấy?",
  [(ML, "định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo")],
  "UBND các xã, thị trấn định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo.",
  ["10 tháng 12"])
Q("deadline", "Mục kiểm tra giám sát của KH Mỹ Lộc yêu cầu gửi báo cáo trước ngày nào hằng năm?",
  [(ML, "trước ngày 30 tháng 11 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo")],
  "Theo mục III.8 (Tổ chức kiểm tra, giám sát): kiểm tra, giám sát đột xuất và định kỳ, trước ngày 30 tháng 11 hằng năm gửi báo cáo về Phòng Giáo dục và Đào tạo - Thường trực Ban chỉ đạo xây dựng xã hội học tập huyện.",
  ["30 tháng 11"])
Q("deadline", "Mỹ Lộc sơ kết, tổng kết Đề án vào năm nào?",
  [(ML, "tham mưu UBND huyện tổ chức sơ kết Đề án vào năm 2025, tổng kết vào năm 2030")],
  "Phòng GD&ĐT tham mưu UBND huyện tổ chức sơ kết Đề án vào năm 2025 và tổng kết vào năm 2030.", ["2025", "2030"])
Q("deadline", "Các sở ngành, quận huyện HN báo cáo kết quả hằng năm cho UBND TP trước ngày nào?",
  [(HN, "báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo để tổng hợp)")],
  "Định kỳ hằng năm tổng hợp kết quả, báo cáo UBND Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo để tổng hợp).",
  ["01 tháng 12", "Sở Giáo dục và Đào tạo"])
Q("deadline", "Phòng GD&ĐT An Lão tổng hợp kết quả phong trào Học tập suốt đời bao lâu một lần?",
  [(AL, "Chủ trì tổng hợp kết quả thực hiện phong trào “Học tập suốt đời’, lồng ghép với kết quả xây dựng xã hội học tập trên địa bàn huyện, hằng năm")],
  "Phòng Giáo dục và Đào tạo chủ trì tổng hợp kết quả thực hiện phong trào “Học tập suốt đời”, lồng ghép với kết quả xây dựng xã hội học tập trên địa bàn huyện, hằng năm (không nêu ngày cụ thể).",
  ["hằng năm"])

# ---------------------------------------------------------------- funding (6)
Q("funding", "Kinh phí KH XHHT 2026 của Huế quản lý, sử dụng theo văn bản nào?",
  [(HUE, "Việc quản lý, sử dụng kinh phí thực hiện Kế hoạch thực hiện theo Nghị quyết số 16/2025/NQ-HĐND ngày 16 tháng 7 năm 2025 của Hội đồng nhân dân thành phố")],
  "Theo Nghị quyết số 16/2025/NQ-HĐND ngày 16/7/2025 của HĐND thành phố quy định nội dung, mức chi thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021–2030” và các quy định hiện hành.",
  ["16/2025/NQ-HĐND"])
Q("funding", "Nguồn kinh phí thực hiện KH của huyện Mỹ Lộc?",
  [(ML, "Kinh phí thực hiện Kế hoạch từ nguồn ngân sách nhà nước theo phân cấp ngân sách nhà nước hiện hành"),
   (ML, "Huy động từ các nguồn tài trợ, đóng góp của các tổ chức, doanh nghiệp và các nguồn tài trợ hợp pháp khác")],
  "Từ ngân sách nhà nước theo phân cấp ngân sách hiện hành (hằng năm các ngành, địa phương lập kế hoạch, dự toán trình cấp có thẩm quyền phê duyệt) và huy động từ các nguồn tài trợ, đóng góp của tổ chức, doanh nghiệp, các nguồn hợp pháp khác. Kế hoạch không nêu tổng số tiền.",
  ["ngân sách nhà nước", "tài trợ"])
Q("funding", "Kinh phí thực hiện KH 23-NQ/TU ở Hà Nội được bảo đảm thế nào?",
  [(HN, "Được đảm bảo trong dự toán chi ngân sách nhà nước hàng năm của các đơn vị theo phân cấp ngân sách hiện hành")],
  "Được bảo đảm trong dự toán chi ngân sách nhà nước hàng năm của các đơn vị theo phân cấp ngân sách hiện hành; huy động từ các nguồn tài trợ, đóng góp của doanh nghiệp, tổ chức, cá nhân và các nguồn hợp pháp khác.",
  ["dự toán chi ngân sách", "tài trợ"])
Q("funding", "Ở Cần Thơ ai lập dự toán kinh phí thực hiện KH?",
  [(CT, "các sở, ban ngành, đoàn thể có liên quan và Ủy ban nhân dân quận, huyện xây dựng kế hoạch và dự toán kinh phí thực hiện")],
  "Căn cứ nhiệm vụ được giao, các sở, ban ngành, đoàn thể có liên quan và UBND quận, huyện xây dựng kế hoạch và dự toán kinh phí, tổng hợp chung trong dự toán ngân sách hàng năm của đơn vị trình cấp có thẩm quyền phê duyệt; nguồn là ngân sách nhà nước, tài trợ và nguồn hợp pháp khác.",
  ["dự toán", "quận, huyện"])
Q("funding", "KH học tập suốt đời của An Lão lấy tiền từ những nguồn nào?",
  [(AL, "Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách nhà nước theo quy định, nguồn thu hợp pháp của các cơ quan, đơn vị và huy động từ các nguồn xã hội hóa")],
  "Từ ngân sách nhà nước theo quy định, nguồn thu hợp pháp của các cơ quan, đơn vị và huy động từ các nguồn xã hội hóa.",
  ["ngân sách nhà nước", "nguồn thu hợp pháp", "xã hội hóa"])
Q("funding", "Sở Tài chính HN lo kinh phí cho KH thế nào?",
  [(HN, "Đảm bảo kinh phí trong dự toán ngân sách hàng năm (theo phân cấp) để thực hiện Kế hoạch theo quy định của Luật Ngân sách Nhà nước")],
  "Sở Tài chính đảm bảo kinh phí trong dự toán ngân sách hàng năm (theo phân cấp) theo Luật Ngân sách Nhà nước; chủ trì hướng dẫn các Sở, ngành về cơ chế tài chính; phối hợp rà soát chính sách huy động, đa dạng hóa nguồn lực xã hội.",
  ["dự toán ngân sách", "Luật Ngân sách Nhà nước"])

# ---------------------------------------------------------------- legal_basis (4)
Q("legal_basis", "KH XHHT năm 2026 của TP Huế căn cứ vào văn bản nào?",
  [(HUE, "Thực hiện Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021"),
   (HUE, "Kế hoạch số 336/KH-UBND ngày 27 tháng 10 năm 2021 của Ủy ban nhân dân tỉnh Thừa Thiên Huế")],
  "Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030” và Kế hoạch số 336/KH-UBND ngày 27/10/2021 của UBND tỉnh Thừa Thiên Huế (nay là UBND thành phố Huế).",
  ["1373/QĐ-TTg", "336/KH-UBND"])
Q("legal_basis", "Mỹ Lộc ban hành KH này để thực hiện kế hoạch nào của tỉnh?",
  [(ML, "Thực hiện Kế hoạch số 145/KH- UBND ngày 23/12//2021 của UBND tỉnh Nam Định")],
  "Kế hoạch số 145/KH-UBND ngày 23/12/2021 của UBND tỉnh Nam Định về thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2021-2030” trên địa bàn tỉnh.",
  ["145", "Nam Định"])
Q("legal_basis", "KH của UBND TP Hà Nội triển khai nghị quyết nào?",
  [(HN, "Thực hiện Nghị quyết số 23-NQ/TU ngày 16/11/2023 của Thành ủy Hà Nội")],
  "Nghị quyết số 23-NQ/TU ngày 16/11/2023 của Thành ủy Hà Nội về tăng cường sự lãnh đạo của Đảng đối với công tác khuyến học, khuyến tài, xây dựng xã hội học tập đến năm 2030, tầm nhìn 2045.",
  ["23-NQ/TU", "16/11/2023"])
Q("legal_basis", "An Lão làm KH phong trào Học tập suốt đời theo văn bản nào của thành phố?",
  [(AL, "Thực hiện Kế hoạch số 108 /KH-UBND ngày 06/5/2025 của Ủy ban nhân dân thành phố Hải Phòng")],
  "Kế hoạch số 108/KH-UBND ngày 06/5/2025 của UBND thành phố Hải Phòng triển khai phong trào “Học tập suốt đời” gắn với khuyến học, khuyến tài, xây dựng xã hội học tập.",
  ["108", "06/5/2025"])

# ---------------------------------------------------------------- purpose (3)
Q("purpose", "KH 74 của Cần Thơ nhằm mục đích gì?",
  [(CT, "Tổ chức triển khai thực hiện hiệu quả, đúng tiến độ các nhiệm vụ được giao tại Quyết định số 1373/QĐ-TTg")],
  "Triển khai hiệu quả, đúng tiến độ các nhiệm vụ được giao tại Quyết định số 1373/QĐ-TTg, phù hợp kế hoạch phát triển kinh tế - xã hội của thành phố; củng cố bộ phận chỉ đạo xây dựng xã hội học tập các cấp; xây dựng cơ chế phối hợp giữa các cấp, ngành, tổ chức, doanh nghiệp.",
  ["1373", "cơ chế phối hợp"])
Q("purpose", "Mục đích KH học tập suốt đời của huyện An Lão?",
  [(AL, "dần thúc đẩy việc “tự học” trở thành nhu cầu tự thân của mỗi người dân")],
  "Triển khai hiệu quả các chủ trương của Đảng, Chính phủ về khuyến học, xây dựng xã hội học tập; tạo chuyển biến trong nhận thức, dần thúc đẩy việc “tự học” trở thành nhu cầu tự thân của mỗi người dân; xây dựng môi trường khuyến khích mọi người học tập; tăng trách nhiệm của người đứng đầu.",
  ["tự học", "nhu cầu tự thân"])
Q("purpose", "Mục đích KH Mỹ Lộc là gì?",
  [(ML, "tận dụng mọi cơ hội học tập để trở thành công dân số, công dân học tập toàn cầu")],
  "Triển khai hiệu quả Đề án từ cấp huyện, xã đến khu phố, cộng đồng dân cư; tạo phong trào toàn xã hội học tập, để mọi công dân học tập thường xuyên, suốt đời, tận dụng mọi cơ hội học tập để trở thành công dân số, công dân học tập toàn cầu; duy trì, nâng chất lượng công nhận các mô hình học tập.",
  ["công dân số", "công dân học tập toàn cầu"])

# ---------------------------------------------------------------- task_section (5)
Q("task_section", "Huế củng cố Hội Khuyến học các cấp bằng những nhiệm vụ gì?",
  [(HUE, "4. Tiếp tục củng cố, phát triển Hội Khuyến học các cấp"),
   (HUE, "quản lý, sử dụng hiệu quả Quỹ khuyến học, khuyến tài trên cơ sở vận động sự tham gia của Nhân dân")],
  "Mục III.4: củng cố, kiện toàn, phát triển tổ chức Hội Khuyến học các cấp, phát huy vai trò nòng cốt; Hội phối hợp các sở, ngành nâng chất lượng tổ chức khuyến học trong cơ quan, đơn vị; đa dạng hóa vận động, quản lý, sử dụng hiệu quả Quỹ khuyến học, khuyến tài công khai, minh bạch; triển khai phong trào thi đua trong hệ thống Hội.",
  ["Quỹ khuyến học, khuyến tài"])
Q("task_section", "Mỹ Lộc có nhiệm vụ hợp tác quốc tế gì?",
  [(ML, "Chủ động, tích cực tham gia mạng lưới “Thành phố học tập toàn cầu” do Tổ chức Giáo dục, Khoa học và Văn hóa của Liên hợp quốc (UNESCO) điều hành"),
   (ML, "(SEAMEO CELLL)")],
  "Mục III.7: tranh thủ hỗ trợ của các tổ chức, tham dự hội nghị, hội thảo chia sẻ kinh nghiệm; hợp tác quốc tế về giáo dục người lớn; vận động trí thức người Việt trong và ngoài nước đóng góp; huy động nguồn lực hợp pháp; tham gia mạng lưới “Thành phố học tập toàn cầu” của UNESCO; củng cố Trung tâm Khu vực về học tập suốt đời SEAMEO CELLL.",
  ["UNESCO", "SEAMEO CELLL"])
Q("task_section", "Nhóm 'nhiệm vụ, giải pháp khác' trong KH Hà Nội gồm gì?",
  [(HN, "8. Các nhiệm vụ, giải pháp khác"),
   (HN, "Khuyến khích cán bộ công chức cấp xã, phường, thị trấn học ngoại ngữ")],
  "Mục III.8: nâng tỷ lệ, chất lượng xoá mù chữ cho người lớn gắn với phổ cập nghề và giải quyết việc làm; chống tái mù; thực hiện đào tạo, bồi dưỡng bắt buộc cán bộ, công chức, viên chức; khuyến khích cán bộ công chức cấp xã học ngoại ngữ; nâng chất lượng đào tạo kỹ năng nghề cho công nhân, người lao động.",
  ["phổ cập nghề", "ngoại ngữ"])
Q("task_section", "Cần Thơ đẩy mạnh hoạt động TTHTCĐ năm 2024 bằng cách nào?",
  [(CT, "4. Đẩy mạnh hoạt động của trung tâm học tập cộng đồng"),
   (CT, "Nghiên cứu đổi mới mô hình trung tâm học tập cộng đồng hoạt động hiệu quả và tổ chức thí điểm để triển khai nhân rộng cho tất cả các đơn vị trên địa bàn thành phố")],
  "Mục III.4: tăng cường phối hợp, liên kết tổ chức đào tạo, bồi dưỡng; tổ chức lớp phổ biến kiến thức, chuyển giao công nghệ và xóa mù chữ gắn với dạy nghề; huy động nguồn lực cộng đồng; nghiên cứu đổi mới mô hình TTHTCĐ, tổ chức thí điểm để nhân rộng.",
  ["xóa mù chữ", "thí điểm"])
Q("task_section", "Nội dung về chuyển đổi số trong KH An Lão là gì?",
  [(AL, "3. Triển khai quyết liệt, hiệu quả Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị"),
   (AL, "Phát động và thực hiện phong trào “Bình dân học vụ số” trong toàn dân")],
  "Mục II.3: triển khai Nghị quyết số 57-NQ/TW ngày 22/12/2024 về đột phá khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, gắn với Quyết định số 06/QĐ-TTg; phát động phong trào “Bình dân học vụ số” trong toàn dân; phổ cập kiến thức số, kỹ năng số, hướng dẫn người dân tự bảo vệ trên môi trường số.",
  ["57-NQ/TW", "Bình dân học vụ số"])

# ---------------------------------------------------------------- cross_plan (6)
Q("cross_plan", "So sánh chỉ tiêu năng lực CNTT cho người trong độ tuổi lao động của Huế 2026 và Cần Thơ 2024",
  [(HUE, "87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin"),
   (CT, "Phần đầu đạt tỷ lệ 90% số người trong độ tuổi lao động được trang bị năng lực về sử dụng công nghệ thông tin")],
  "Huế (2026): 87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin; Cần Thơ (2024): phấn đấu 90%. Cần Thơ đặt cao hơn 3 điểm phần trăm.",
  ["87%", "90%"])
Q("cross_plan", "Hạn báo cáo hằng năm của cấp xã ở Mỹ Lộc và của các sở, quận huyện ở Hà Nội khác nhau thế nào?",
  [(ML, "định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo"),
   (HN, "báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục và Đào tạo để tổng hợp)")],
  "Mỹ Lộc: UBND các xã, thị trấn báo cáo Phòng GD&ĐT trước ngày 10 tháng 12 hằng năm. Hà Nội: các sở, ngành, UBND quận, huyện, thị xã báo cáo UBND Thành phố trước ngày 01 tháng 12 hằng năm (qua Sở GD&ĐT). Hà Nội sớm hơn.",
  ["10 tháng 12", "01 tháng 12"])
Q("cross_plan", "Công an TP trong KH Hà Nội và KH Cần Thơ được giao việc gì, có giống nhau không?",
  [(HN, "Công an Thành phố: chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Sở Lao động - Thương binh và Xã hội tiếp tục tổ chức các lớp học xóa mù chữ"),
   (CT, "tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân và học viên trong các trại giam")],
  "Gần giống nhau: cả hai giao Công an thành phố chủ trì tổ chức lớp xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân, học viên trong trại giam, trại tạm giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng. Hà Nội phối hợp với Sở GD&ĐT và Sở LĐ-TB&XH; Cần Thơ phối hợp với Sở GD&ĐT và UBND quận, huyện (thêm “nếu có”).",
  ["xóa mù chữ", "phạm nhân"])
Q("cross_plan", "Chỉ tiêu công dân học tập năm 2030 của Mỹ Lộc và Hà Nội?",
  [(ML, "+ 60% công dân đạt danh hiệu công dân học tập."),
   (HN, "70% công dân đạt danh hiệu công dân học tập")],
  "Đến năm 2030: Mỹ Lộc 60% công dân đạt danh hiệu công dân học tập; Hà Nội 70% (kèm 70% công dân đạt kỹ năng số).",
  ["60%", "70%"])
Q("cross_plan", "Ai ký KH của Huế và KH của An Lão?",
  [(HUE, "Nguyễn Thanh Bình"), (AL, "Nguyễn Quốc Thịnh")],
  "Huế: Nguyễn Thanh Bình, Phó Chủ tịch (KT. Chủ tịch, TM. UBND thành phố). An Lão: Nguyễn Quốc Thịnh, Phó Chủ tịch (KT. Chủ tịch, TM. UBND huyện). Cả hai đều là Phó Chủ tịch ký thay.",
  ["Nguyễn Thanh Bình", "Nguyễn Quốc Thịnh"])
Q("cross_plan", "Chỉ tiêu kỹ năng sống 2030: Mỹ Lộc, Hà Nội, ai cao hơn?",
  [(ML, "+ 80% người trong độ tuổi lao động được trang bị kỹ năng sống."),
   (HN, "70% người trong độ tuổi lao động được trang bị kỹ năng sống")],
  "Đến năm 2030, Mỹ Lộc đặt 80% người trong độ tuổi lao động được trang bị kỹ năng sống, Hà Nội 70%: Mỹ Lộc cao hơn.",
  ["80%", "70%"])

# ---------------------------------------------------------------- no_diacritics (6)
Q("no_diacritics", "so gd dt hue co nhiem vu gi trong ke hoach 2026",
  [(HUE, "Là cơ quan thường trực; chủ trì, phối hợp với các cơ quan, tổ chức, đơn vị, địa phương liên quan để tổ chức thực hiện Kế hoạch")],
  "Sở Giáo dục và Đào tạo Huế là cơ quan thường trực, chủ trì tổ chức thực hiện Kế hoạch; chỉ đạo các cơ sở giáo dục nghề nghiệp hợp tác với doanh nghiệp, đào tạo kỹ năng nghề cho người lao động; theo dõi, tổng hợp các mục tiêu xóa mù chữ, phổ cập, hiệu quả cơ sở giáo dục, “Đơn vị học tập”, “Cộng đồng học tập”; kiểm tra, giám sát, định kỳ báo cáo, dự thảo văn bản của UBND thành phố gửi Bộ GD&ĐT.",
  ["cơ quan thường trực"])
Q("no_diacritics", "my loc chi tieu nang luc thong tin nam 2030 bao nhieu",
  [(ML, "+ 70% người trong độ tuổi lao động được trang bị năng lực thông tin.")],
  "Đến năm 2030, 70% người trong độ tuổi lao động ở Mỹ Lộc được trang bị năng lực thông tin (năm 2025: 60%).", ["70%"])
Q("no_diacritics", "kinh phi ke hoach xhht can tho lay tu dau",
  [(CT, "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước, nguồn tài trợ và các nguồn tài chính hợp pháp khác")],
  "Từ nguồn ngân sách nhà nước, nguồn tài trợ và các nguồn tài chính hợp pháp khác; các sở, ngành, đoàn thể, UBND quận, huyện lập dự toán trong dự toán ngân sách hằng năm.",
  ["ngân sách nhà nước", "tài trợ"])
Q("no_diacritics", "hoi khuyen hoc huyen an lao lam gi",
  [(AL, "Phối hợp với các phòng, ban, ngành, đoàn thể tuyên truyền về tư tưởng, vai trò của “Học tập suốt đời”")],
  "Hội Khuyến học huyện phối hợp tuyên truyền về tư tưởng, vai trò của “Học tập suốt đời”, xây dựng xã hội học tập; tích cực triển khai phong trào “Học tập suốt đời”; phát động phong trào khuyến học, khuyến tài gắn với quan điểm chỉ đạo của Tổng Bí thư; biểu dương, nhân rộng mô hình, tấm gương.",
  ["Học tập suốt đời", "Tổng Bí thư"])
Q("no_diacritics", "ha noi khi nao dat danh hieu thanh pho hoc tap",
  [(HN, "Đăng ký danh hiệu “Thành phố học tập” theo tiêu chí do cơ quan có thẩm quyền ban hành"),
   (HN, "Thành phố được công nhận danh hiệu “Thành phố học tập”")],
  "Đến năm 2025 Hà Nội đăng ký danh hiệu “Thành phố học tập”; đến năm 2030 Thành phố được công nhận danh hiệu “Thành phố học tập” (và phấn đấu gia nhập mạng lưới “Thành phố học tập” của UNESCO).",
  ["2030", "Đăng ký"])
Q("no_diacritics", "doan thanh nien tp can tho duoc de nghi lam gi",
  [(CT, "thường xuyên vận động số đoàn viên, đội viên bỏ học giữa chừng đến trường, ra lớp")],
  "Đoàn TNCS Hồ Chí Minh thành phố Cần Thơ: chỉ đạo Đoàn quận, huyện phối hợp chính quyền nắm chắc số đoàn viên, thanh thiếu niên trong độ tuổi, động viên đoàn viên thiếu tích cực học tập, vận động đoàn viên, đội viên bỏ học giữa chừng trở lại lớp; chỉ đạo Đoàn cơ sở phối hợp với các trường THCS, THPT, trung tâm GDNN-GDTX.",
  ["bỏ học giữa chừng"])

# ---------------------------------------------------------------- abbreviation (6)
Q("abbreviation", "P.LĐTB&XH Mỹ Lộc nv gì?",
  [(ML, "triển khai thực hiện các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động")],
  "Phòng Lao động - Thương binh và Xã hội chủ trì triển khai các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động, hỗ trợ học tập cho người yếu thế; nhân rộng mô hình đào tạo lại nghề trong doanh nghiệp; triển khai chương trình hỗ trợ đào tạo cho lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động.",
  ["đào tạo bổ sung", "lao động nông thôn"])
Q("abbreviation", "Sở TT&TT HN làm gì trong KH?",
  [(HN, "tổ chức các lớp tập huấn, bồi dưỡng kiến thức, kỹ năng, trang bị năng lực thông tin cho đội ngũ cán bộ công chức")],
  "Sở Thông tin và Truyền thông Hà Nội phối hợp Sở GD&ĐT hướng dẫn báo chí, thông tin cơ sở tuyên truyền về Kế hoạch; hướng dẫn Đài PT-TH Hà Nội mở chuyên mục; phối hợp tổ chức hoạt động văn hóa đọc; chủ trì tổ chức lớp tập huấn trang bị năng lực thông tin cho cán bộ, công chức, viên chức, người lao động.",
  ["năng lực thông tin", "văn hóa đọc"])
Q("abbreviation", "UBMTTQ TP Cần Thơ đc đề nghị gì?",
  [(CT, "tham gia giám sát, phản biện xã hội việc triển khai thực hiện Kế hoạch")],
  "Ủy ban MTTQ Việt Nam thành phố được đề nghị phối hợp với Sở GD&ĐT, UBND quận, huyện tham gia giám sát, phản biện xã hội việc triển khai thực hiện Kế hoạch.",
  ["giám sát, phản biện xã hội"])
Q("abbreviation", "HKH TP Huế phối hợp vs ai để KT, GS việc thực hiện KH?",
  [(HUE, "Phối hợp với Sở Giáo dục và Đào tạo kiểm tra, giám sát việc thực hiện Kế hoạch")],
  "Hội Khuyến học thành phố Huế phối hợp với Sở Giáo dục và Đào tạo kiểm tra, giám sát việc thực hiện Kế hoạch.",
  ["Sở Giáo dục và Đào tạo"])
Q("abbreviation", "BCH QS TP Cần Thơ có nv gì?",
  [(CT, "Chỉ đạo nâng cao trình độ, năng lực ngoại ngữ và tiếng dân tộc thiểu số cho lực lượng vũ trang")],
  "Bộ Chỉ huy Quân sự thành phố chủ trì, phối hợp Sở GD&ĐT, UBND quận, huyện tuyên truyền về học tập suốt đời, xây dựng xã hội học tập trong lực lượng vũ trang; chỉ đạo nâng cao trình độ, năng lực ngoại ngữ và tiếng dân tộc thiểu số cho lực lượng vũ trang, cán bộ, chiến sĩ.",
  ["ngoại ngữ", "tiếng dân tộc thiểu số"])
Q("abbreviation", "LĐLĐ TP HN có nv gì trong KH XHHT?",
  [(HN, "thành lập quỹ khuyến học, khuyến tài, hỗ trợ công nhân, người lao động")],
  "Liên đoàn Lao động Thành phố phối hợp đẩy mạnh phát triển nghề nghiệp, vận động công nhân, người lao động học tập nâng cao trình độ; chỉ đạo các cấp công đoàn hướng dẫn công đoàn cơ sở vận động người sử dụng lao động tạo điều kiện, thành lập quỹ khuyến học, khuyến tài, hỗ trợ con công nhân hiếu học có hoàn cảnh khó khăn.",
  ["quỹ khuyến học, khuyến tài", "công đoàn"])

# ---------------------------------------------------------------- paraphrase (5)
Q("paraphrase", "Ở Hà Nội, cơ quan nào lo tập huấn cho công chức, viên chức để đạt mục tiêu KH?",
  [(HN, "chủ trì, phối hợp với các Sở, ngành, đơn vị có liên quan tổ chức các lớp tập huấn, bồi dưỡng kiến thức, kỹ năng cho đội ngũ cán bộ công chức, viên chức, người lao động")],
  "Sở Nội vụ chủ trì, phối hợp các Sở, ngành tổ chức các lớp tập huấn, bồi dưỡng kiến thức, kỹ năng cho cán bộ, công chức, viên chức, người lao động để hoàn thành mục tiêu Kế hoạch (Sở Thông tin và Truyền thông cũng tổ chức lớp trang bị năng lực thông tin).",
  ["Sở Nội vụ"])
Q("paraphrase", "An Lão: bên nào nghiên cứu chính sách bảo vệ cán bộ dám nghĩ dám làm?",
  [(AL, "chính sách bảo vệ cán bộ, miễn trừ trách nhiệm đối với cán bộ tiên phong")],
  "Phòng Nội vụ: chủ trì khảo sát, đánh giá đội ngũ cán bộ, công chức, viên chức, nghiên cứu cơ chế khuyến khích cán bộ dám nghĩ, dám làm và chính sách bảo vệ cán bộ, miễn trừ trách nhiệm đối với cán bộ tiên phong khi thí điểm không đạt hoặc gặp rủi ro khách quan.",
  ["Phòng Nội vụ", "miễn trừ trách nhiệm"])
Q("paraphrase", "Huế định làm đề án gì để tạo môi trường học suốt đời, ai soạn?",
  [(HUE, "Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với các sở, ban, ngành, cơ quan và địa phương liên quan tham mưu xây dựng Đề án “Tạo môi trường học tập suốt đời và xây dựng xã hội học tập”")],
  "Sở Giáo dục và Đào tạo chủ trì, phối hợp các sở, ngành, địa phương tham mưu xây dựng Đề án “Tạo môi trường học tập suốt đời và xây dựng xã hội học tập”, trình UBND thành phố phê duyệt.",
  ["Sở Giáo dục và Đào tạo", "Tạo môi trường học tập suốt đời"])
Q("paraphrase", "Ở Cần Thơ đơn vị nào lo cho người dân tộc thiểu số được đi học?",
  [(CT, "triển khai các chương trình, dự án hỗ trợ giáo dục, đào tạo cho người dân tộc thiểu số trên địa bàn thành phố")],
  "Ban Dân tộc chủ trì, phối hợp các cơ quan và UBND quận, huyện triển khai các chương trình, dự án hỗ trợ giáo dục, đào tạo cho người dân tộc thiểu số, tạo điều kiện cho trẻ em, người dân tộc thiểu số được học tập.",
  ["Ban Dân tộc"])
Q("paraphrase", "Mỹ Lộc: ai phải lo bố trí tiền cho KH ở cấp huyện?",
  [(ML, "Căn cứ tình hình thực tế của địa phương, tham mưu UBND huyện bố trí kinh phí để thực hiện Kế hoạch theo phân cấp ngân sách hiện hành")],
  "Phòng Tài chính - Kế hoạch căn cứ tình hình thực tế tham mưu UBND huyện bố trí kinh phí thực hiện Kế hoạch theo phân cấp ngân sách hiện hành (UBND các xã, thị trấn cân đối ngân sách địa phương cho cấp xã).",
  ["Phòng Tài chính - Kế hoạch"])

# ---------------------------------------------------------------- english (25)
Q("english", "What is Hanoi's target for literacy among people aged 15-60 by 2025?",
  [(HN, "Duy trì 99,5% trở lên người trong độ tuổi 15-60 biết chữ")],
  "By 2025 Hanoi aims to maintain literacy at 99.5% or more (99,5% trở lên) of people aged 15-60; by 2030, 99.6%.",
  ["99", "60"])
Q("english", "What share of working-age people in Hue should have IT skills in 2026?",
  [(HUE, "87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin")],
  "87% of people of working age are to be equipped with IT competence in 2026.", ["87"])
Q("english", "My Loc district: learning-citizen target for 2030?",
  [(ML, "+ 60% công dân đạt danh hiệu công dân học tập.")],
  "By 2030, 60% of citizens are to earn the “learning citizen” title (40% by 2025).", ["60"])
Q("english", "By what date each year must communes and townships in My Loc report to the education office?",
  [(ML, "định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo")],
  "Before 10 December every year, to the district Office of Education and Training (Phòng Giáo dục và Đào tạo).",
  ["10"])
Q("english", "Who signed the Hanoi plan?",
  [(HN, "Vũ Thu Hà")],
  "Vũ Thu Hà, Vice Chairwoman, signing for the Chairman on behalf of the Hanoi People's Committee.", ["Vũ Thu Hà"])
Q("english", "Who signed Can Tho's 2024 learning-society plan, and what is its number?",
  [(CT, "Số: 74 /KH-BCĐ"), (CT, "Nguyễn Thực Hiện")],
  "Plan No. 74/KH-BCĐ of 4 May 2024, signed by Nguyễn Thực Hiện, Vice Chairman of the city People's Committee, as Head of the Steering Committee.",
  ["74", "Nguyễn Thực Hiện"])
Q("english", "Which city document does the An Lao district plan implement?",
  [(AL, "Thực hiện Kế hoạch số 108 /KH-UBND ngày 06/5/2025 của Ủy ban nhân dân thành phố Hải Phòng")],
  "Plan No. 108/KH-UBND of 6 May 2025 of the Hai Phong City People's Committee on the “Lifelong learning” movement.",
  ["108", "2025"])
Q("english", "Which resolution governs spending under Hue's 2026 plan?",
  [(HUE, "Nghị quyết số 16/2025/NQ-HĐND ngày 16 tháng 7 năm 2025")],
  "Resolution No. 16/2025/NQ-HĐND of 16 July 2025 of the city People's Council, which sets the spending contents and levels for the Learning Society project.",
  ["16/2025"])
Q("english", "As a UNESCO partner, we would like to know whether Hanoi intends to join the Global Network of Learning Cities.",
  [(HN, "Phấn đấu Thủ đô Hà Nội gia nhập vào mạng lưới “Thành phố học tập” của UNESSCO trong thời gian sớm nhất"),
   (HN, "Chủ động, tích cực tham gia mạng lưới “Thành phố học tập” của UNESCO")],
  "Yes. Hanoi aims to join UNESCO's “Learning City” network as soon as possible; the Department of Education and Training advises the city on a registration plan, and the city aims to be recognised as a “Learning City” by 2030.",
  ["UNESCO"])
Q("english", "Our NGO supports community learning centres in Can Tho. What 2024 target does the plan set for CLCs using ICT?",
  [(CT, "Phần đầu đạt tỷ lệ 90% trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục")],
  "The plan aims for 90% of community learning centres to apply ICT in management and educational activities in 2024.",
  ["90"])
Q("english", "Does the My Loc plan mention SEAMEO CELLL?",
  [(ML, "Trung tâm Khu vực về học tập suốt đời của Hội đồng Bộ trưởng Giáo dục các nước Đông Nam Á tại Việt Nam (SEAMEO CELLL)")],
  "Yes: under international cooperation it calls for strengthening the SEAMEO Regional Centre for Lifelong Learning in Vietnam (SEAMEO CELLL) and joining UNESCO's Global Learning Cities network.",
  ["SEAMEO CELLL"])
Q("english", "Hanoi: share of trained workers by 2030?",
  [(HN, "80-85% lao động được qua đào tạo, trong đó lao động có bằng cấp, chứng chỉ đạt trên 60%")],
  "80-85% of workers trained by 2030, with over 60% holding degrees or certificates.", ["80", "85", "60"])
Q("english", "How many units in Hue should be recognised as provincial-level 'Learning Units' in 2026?",
  [(HUE, "Có ít nhất 15 đơn vị được công nhận “Đơn vị học tập” cấp tỉnh mức độ 1")],
  "At least 15 units at level 1, of which at least 5 (05) at level 2.", ["15"])
Q("english", "By when must Hue ensure every commune and ward has a community learning centre?",
  [(HUE, "hoàn thành trong Quý II năm 2026")],
  "By the second quarter of 2026 (Quý II năm 2026).", ["2026"])
Q("english", "Which digital-literacy movement does An Lao tie lifelong learning to?",
  [(AL, "nhất là phong trào “Bình dân học vụ số”")],
  "The “Bình dân học vụ số” (mass digital literacy) movement, led in the district by the Office of Culture, Science and Information.",
  ["Bình dân học vụ số"])
Q("english", "Can Tho 2024: target share of population aged 15+ with technical training?",
  [(CT, "Phần đầu đạt tỷ lệ 30% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật; trong đó, 15% dân số có trình độ đại học trở lên")],
  "30% of the population aged 15 and over with professional/technical training, of which 15% with a university degree or higher.",
  ["30", "15"])
Q("english", "Which Politburo resolution on science, technology and digital transformation does the An Lao plan cite?",
  [(AL, "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị")],
  "Resolution No. 57-NQ/TW of 22 December 2024 of the Politburo on breakthroughs in science, technology, innovation and national digital transformation.",
  ["57-NQ/TW"])
Q("english", "Which earlier plan does Hanoi's plan replace?",
  [(HN, "Kế hoạch này thay thế cho Kế hoạch số 290/KH-UBND ngày 16/12/2021")],
  "Plan No. 290/KH-UBND of 16 December 2021 of the Hanoi People's Committee on implementing the Learning Society project 2021-2030.",
  ["290", "2021"])
Q("english", "My Loc: years of the mid-term review and final review?",
  [(ML, "tổ chức sơ kết Đề án vào năm 2025, tổng kết vào năm 2030")],
  "Mid-term review in 2025, final review in 2030.", ["2025", "2030"])
Q("english", "Which scholarship fund is the My Loc Women's Union asked to promote?",
  [(ML, "“Quỹ học bổng Hoàng Ngân”")],
  "The “Quỹ học bổng Hoàng Ngân” (Hoàng Ngân scholarship fund).", ["Hoàng Ngân"])
Q("english", "What is the number of the 2021 provincial plan that Hue's 2026 plan implements?",
  [(HUE, "Kế hoạch số 336/KH-UBND ngày 27 tháng 10 năm 2021")],
  "Plan No. 336/KH-UBND of 27 October 2021 of the Thừa Thiên Huế Provincial People's Committee (now Huế City), together with Decision No. 1373/QĐ-TTg.",
  ["336"])
Q("english", "Which Prime Minister's decision approving the 2021-2030 Learning Society project is cited by the Hue, Hanoi and Can Tho plans?",
  [(HUE, "Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021"),
   (HN, "Quyết định số 1373/QĐ-TTg ngày 30/7/2021"),
   (CT, "Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021")],
  "Decision No. 1373/QĐ-TTg of 30 July 2021 approving the project “Building a learning society 2021-2030”.",
  ["1373"])
Q("english", "What percentage of public schools in Hanoi should meet national standards by 2030?",
  [(HN, "85-90% trường công lập đạt chuẩn quốc gia")],
  "85-90% of public schools by 2030 (80-85% by 2025).", ["85", "90"])
Q("english", "In Can Tho, which body organises literacy and vocational classes for prisoners?",
  [(CT, "8. Công an thành phố"),
   (CT, "tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân")],
  "The City Police (Công an thành phố), with the Department of Education and Training and district People's Committees, in prisons, detention camps, compulsory education facilities and reformatories (if any).",
  ["Công an"])
Q("english", "Partner planning: what is the number of Hue's plan on lifelong learning for workers in enterprises?",
  [(HUE, "Kế hoạch số 147/KH-UBND ngày 17 tháng 4 năm 2023")],
  "Plan No. 147/KH-UBND of 17 April 2023, implemented by the city Labour Federation (Liên đoàn Lao động thành phố).",
  ["147"])

# ---------------------------------------------------------------- follow_up (25)
Q("follow_up", "còn Sở Tài chính?",
  [(HUE, "tham mưu Ủy ban nhân dân thành phố bố trí kinh phí thực hiện Kế hoạch theo quy định của Luật Ngân sách Nhà nước")],
  "Sở Tài chính Huế, trên cơ sở đề nghị của các cơ quan và khả năng cân đối ngân sách, tham mưu UBND thành phố bố trí kinh phí thực hiện Kế hoạch theo Luật Ngân sách Nhà nước.",
  ["bố trí kinh phí"],
  history=["Sở Nội vụ Huế làm gì trong KH 2026?",
           "Sở Nội vụ tổ chức đào tạo, bồi dưỡng nâng cao trình độ cho cán bộ, công chức các cấp và theo dõi, tổng hợp kết quả mục tiêu về năng lực cơ bản và trình độ của người dân."])
Q("follow_up", "năm 2030 thì sao?",
  [(ML, "+ 80% người trong độ tuổi lao động được trang bị kỹ năng sống.")],
  "Đến năm 2030, Mỹ Lộc đặt 80% người trong độ tuổi lao động được trang bị kỹ năng sống.", ["80%"],
  history=["Mỹ Lộc chỉ tiêu kỹ năng sống năm 2025?",
           "Đến năm 2025, 60% số người trong độ tuổi lao động được trang bị kỹ năng sống."])
Q("follow_up", "còn 2030?",
  [(HN, "70% công dân đạt danh hiệu công dân học tập; 70% công dân đạt kỹ năng số")],
  "Đến năm 2030: 70% công dân đạt danh hiệu công dân học tập và 70% công dân đạt kỹ năng số.", ["70%"],
  history=["HN chỉ tiêu công dân học tập 2025 bao nhiêu?",
           "Đến năm 2025: 50% công dân đạt danh hiệu công dân học tập; 50% công dân đạt kỹ năng số."])
Q("follow_up", "ở Huế thì sao?",
  [(HUE, "87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin")],
  "Kế hoạch năm 2026 của Huế đặt 87% số người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin.", ["87%"],
  history=["Cần Thơ năm 2024 đặt chỉ tiêu năng lực CNTT cho người trong độ tuổi lao động bao nhiêu?",
           "Cần Thơ phấn đấu 90% số người trong độ tuổi lao động được trang bị năng lực sử dụng công nghệ thông tin để tra cứu thông tin, học tập trên môi trường mạng."])
Q("follow_up", "còn UBND các xã, thị trấn thì hạn nào?",
  [(ML, "định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo")],
  "UBND các xã, thị trấn gửi báo cáo về Phòng Giáo dục và Đào tạo trước ngày 10 tháng 12 hằng năm.", ["10 tháng 12"],
  history=["Phòng GD&ĐT Mỹ Lộc báo cáo UBND huyện khi nào?",
           "Trước ngày 15 tháng 12 hằng năm."])
Q("follow_up", "khoản kinh phí đó lấy từ đâu?",
  [(HUE, "Kinh phí thực hiện Kế hoạch được bảo đảm từ nguồn ngân sách nhà nước theo phân cấp ngân sách hiện hành và các nguồn kinh phí hợp pháp khác")],
  "Từ nguồn ngân sách nhà nước theo phân cấp ngân sách hiện hành và các nguồn kinh phí hợp pháp khác; huy động thêm tài trợ, đóng góp hợp pháp của tổ chức, doanh nghiệp, cá nhân.",
  ["ngân sách nhà nước", "hợp pháp"],
  history=["Kinh phí KH 2026 của Huế chi theo nghị quyết nào?",
           "Theo Nghị quyết số 16/2025/NQ-HĐND ngày 16/7/2025 của HĐND thành phố quy định nội dung, mức chi thực hiện Đề án."])
Q("follow_up", "thế Sở Văn hóa và Thể thao thì sao?",
  [(HUE, "triển khai thực hiện Kế hoạch số 288/KH-UBND ngày 25 tháng 8 năm 2023")],
  "Sở Văn hóa và Thể thao Huế chủ trì triển khai Kế hoạch số 288/KH-UBND ngày 25/8/2023 về phục vụ học tập suốt đời trong thư viện, bảo tàng, trung tâm văn hóa; đào tạo đội ngũ làm việc tại thiết chế văn hóa – thể thao; chỉ đạo báo chí, thông tin cơ sở tuyên truyền về xây dựng xã hội học tập.",
  ["288/KH-UBND"],
  history=["Sở Y tế Huế có nhiệm vụ gì trong KH XHHT 2026?", REFUSE])
Q("follow_up", "vậy huyện Mỹ Lộc đặt chỉ tiêu đào tạo CMKT năm 2030 bao nhiêu?",
  [(ML, "+ 70% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó 15% dân số có trình độ đại học trở lên.")],
  "Đến năm 2030, Mỹ Lộc đặt 70% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó 15% có trình độ đại học trở lên.",
  ["70%", "15%"],
  history=["KH XHHT của tỉnh Nam Định đặt chỉ tiêu đào tạo CMKT bao nhiêu?", REFUSE])
Q("follow_up", "còn KH Mỹ Lộc ai ký?",
  [(ML, "Lê Quang Huy")],
  "Kế hoạch của Mỹ Lộc do Lê Quang Huy, Phó Chủ tịch UBND huyện, ký thay Chủ tịch.", ["Lê Quang Huy"],
  history=["Ai ký KH học tập suốt đời của An Lão?",
           "Nguyễn Quốc Thịnh, Phó Chủ tịch UBND huyện, ký thay Chủ tịch."])
Q("follow_up", "ở Hà Nội thì sao?",
  [(HN, "vận động, tuyên truyền phụ nữ và trẻ em gái ở vùng đồng bào dân tộc thiểu số chưa biết chữ ra học các lớp xóa mù chữ")],
  "Hội Liên hiệp phụ nữ Thành phố Hà Nội phối hợp Sở GD&ĐT tuyên truyền Kế hoạch, lồng ghép tuyên truyền trong phong trào “Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc”; vận động phụ nữ, trẻ em gái vùng dân tộc thiểu số chưa biết chữ ra học các lớp xóa mù chữ.",
  ["xóa mù chữ", "dân tộc thiểu số"],
  history=["Hội LHPN TP Cần Thơ được đề nghị làm gì?",
           "Chỉ đạo các cấp Hội Phụ nữ vận động hội viên cho con đi học đúng độ tuổi, không để con bỏ học; thực hiện Cuộc vận động “Xây dựng gia đình 5 không 3 sạch”; hỗ trợ gia đình phụ nữ, trẻ em khó khăn được đến trường."])
Q("follow_up", "And for learning units?",
  [(CT, "Phần đầu đạt tỷ lệ 55,55% đơn vị được đánh giá, công nhận theo mức độ “Đơn vị học tập”")],
  "For 2024 Can Tho aims for 55.55% (55,55%) of units to be assessed and recognised as “Learning Units” at district or city level.",
  ["55"],
  history=["What is Can Tho's 2024 target for learning communities?",
           "80% of units are to be assessed and recognised as “Learning Communities” at commune, district or city level."])
Q("follow_up", "And which national decision does it implement?",
  [(HUE, "Thực hiện Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021")],
  "Decision No. 1373/QĐ-TTg of 30 July 2021 of the Prime Minister approving the project “Building a learning society 2021-2030” (and the province's Plan No. 336/KH-UBND).",
  ["1373"],
  history=["Who signed Hue's 2026 learning-society plan?",
           "Nguyễn Thanh Bình, Vice Chairman, signing for the Chairman of the Huế City People's Committee."])
Q("follow_up", "Họ có tham gia mở lớp xóa mù chữ cho phạm nhân không?",
  [(HN, "Công an Thành phố: chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Sở Lao động - Thương binh và Xã hội tiếp tục tổ chức các lớp học xóa mù chữ")],
  "Có, ở vai phối hợp: Công an Thành phố chủ trì, phối hợp với Sở Giáo dục và Đào tạo và Sở Lao động - Thương binh và Xã hội tổ chức lớp xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân, học viên.",
  ["Công an Thành phố", "phối hợp"],
  history=["Sở LĐTB&XH Hà Nội làm gì trong KH?",
           "Chủ trì xây dựng chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động; nhân rộng mô hình đào tạo lại nghề trong doanh nghiệp; triển khai chương trình hỗ trợ đào tạo cho lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động."])
Q("follow_up", "kết quả thì báo cáo khi nào?",
  [(AL, "Chủ trì tổng hợp kết quả thực hiện phong trào “Học tập suốt đời’, lồng ghép với kết quả xây dựng xã hội học tập trên địa bàn huyện, hằng năm"),
   (AL, "định kỳ báo cáo tình hình thực hiện kế hoạch gửi Phòng Giáo dục và Đào tạo tổng hợp báo cáo Ủy ban nhân dân huyện")],
  "Phòng GD&ĐT chủ trì tổng hợp kết quả phong trào hằng năm; UBND xã, thị trấn định kỳ báo cáo gửi Phòng GD&ĐT để tổng hợp báo cáo UBND huyện. Kế hoạch không nêu ngày cụ thể.",
  ["hằng năm"],
  history=["An Lão giao Phòng GD&ĐT những việc gì?",
           "Chủ trì tham mưu điều chỉnh cơ chế, chính sách khuyến học; rà soát mạng lưới cơ sở giáo dục, kiện toàn TTHTCĐ cấp xã; bồi dưỡng cán bộ quản lý, giáo viên; phối hợp triển khai mô hình học tập; tổng hợp kết quả phong trào; tham mưu hợp tác quốc tế về giáo dục."])
Q("follow_up", "năm 2030 thì sao?",
  [(HN, "80-85% lao động được qua đào tạo, trong đó lao động có bằng cấp, chứng chỉ đạt trên 60%")],
  "Đến năm 2030: 80-85% lao động được qua đào tạo, trong đó lao động có bằng cấp, chứng chỉ đạt trên 60%.",
  ["80-85%", "trên 60%"],
  history=["HN chỉ tiêu lao động qua đào tạo 2025?",
           "75-80% lao động được qua đào tạo, trong đó có bằng cấp, chứng chỉ đạt 55-60%."])
Q("follow_up", "còn Đoàn thanh niên huyện?",
  [(ML, "vận động gây quỹ hỗ trợ thanh niên có hoàn cảnh khó khăn tham gia học tập")],
  "Đoàn TNCS Hồ Chí Minh huyện phối hợp, lồng ghép tuyên truyền về học tập suốt đời, xây dựng xã hội học tập qua các phong trào hành động cách mạng, thi đua học tập, nghiên cứu khoa học của thanh niên; vận động gây quỹ hỗ trợ thanh niên có hoàn cảnh khó khăn tham gia học tập.",
  ["gây quỹ"],
  history=["Hội Khuyến học huyện Mỹ Lộc làm gì?",
           "Chủ trì lồng ghép tuyên truyền về xây dựng xã hội học tập qua hệ thống hội khuyến học; phối hợp Phòng GD&ĐT, Phòng VH-TT&DL đẩy mạnh hoạt động TTHTCĐ; triển khai tiêu chí công dân học tập, nhân rộng mô hình học tập."])
Q("follow_up", "Hà Nội giao Sở VH&TT việc tương tự không?",
  [(HN, "nhân rộng các mô hình học tập suốt đời trong các thiết chế văn hóa cơ sở (thư viện, bảo tàng, nhà văn hóa, câu lạc bộ…) gắn với phong trào xây dựng “Gia đình văn hóa”")],
  "Có: Sở Văn hóa và Thể thao Hà Nội chủ trì nhân rộng mô hình học tập suốt đời trong các thiết chế văn hóa cơ sở (thư viện, bảo tàng, nhà văn hóa, câu lạc bộ) gắn với phong trào “Gia đình văn hóa”, “Làng văn hóa”, “Tổ dân phố văn hóa”; thêm đào tạo, bồi dưỡng nhân lực các thiết chế văn hóa - thể thao đáp ứng chuyển đổi số.",
  ["Gia đình văn hóa", "thư viện"],
  history=["Sở VH,TT&DL Cần Thơ làm gì?",
           "Chủ trì, phối hợp các cơ quan, UBND quận, huyện nhân rộng các mô hình học tập suốt đời trong thư viện, bảo tàng, nhà văn hóa, câu lạc bộ."])
Q("follow_up", "ở đó thì ai theo dõi mục tiêu công dân học tập?",
  [(HUE, "Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về “Công dân học tập”")],
  "Hội Khuyến học thành phố Huế theo dõi, tổ chức triển khai và tổng hợp kết quả mục tiêu về “Công dân học tập”.",
  ["Hội Khuyến học"],
  history=["KH 2026 của Huế có những chỉ tiêu nào về mô hình học tập?",
           "40% công dân đạt danh hiệu công dân học tập; ít nhất 15 “Đơn vị học tập” cấp tỉnh mức độ 1 (ít nhất 05 mức độ 2); 100% xã, phường đạt “Cộng đồng học tập” cấp xã mức độ 1."])
Q("follow_up", "Cần Thơ thì giao BCH Quân sự TP những gì?",
  [(CT, "đẩy mạnh tuyên truyền về học tập suốt đời, xây dựng xã hội học tập trong lực lượng vũ trang"),
   (CT, "Chỉ đạo nâng cao trình độ, năng lực ngoại ngữ và tiếng dân tộc thiểu số")],
  "Bộ Chỉ huy Quân sự thành phố Cần Thơ chủ trì, phối hợp Sở GD&ĐT, UBND quận, huyện đẩy mạnh tuyên truyền về học tập suốt đời, xây dựng xã hội học tập trong lực lượng vũ trang; chỉ đạo nâng cao trình độ, năng lực ngoại ngữ và tiếng dân tộc thiểu số cho cán bộ, chiến sĩ.",
  ["tuyên truyền", "tiếng dân tộc thiểu số"],
  history=["KH Mỹ Lộc giao gì cho lực lượng vũ trang?",
           "Công an huyện và Bộ Chỉ huy Quân sự huyện: nâng cao trình độ, năng lực ngoại ngữ cho cán bộ toàn lực lượng vũ trang trên địa bàn huyện."])
Q("follow_up", "2030?",
  [(HN, "60% quận, huyện, thị xã được công nhận danh hiệu huyện học tập")],
  "Đến năm 2030: 60% quận, huyện, thị xã được công nhận danh hiệu huyện học tập.", ["60%"],
  history=["HN dự kiến bao nhiêu % quận huyện được công nhận huyện học tập năm 2025?",
           "40% quận, huyện, thị xã được công nhận danh hiệu huyện học tập theo tiêu chí của cơ quan có thẩm quyền."])
Q("follow_up", "còn mức độ 2?",
  [(CT, "100% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 2")],
  "Năm 2024: 100% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 2.", ["100%"],
  history=["Cần Thơ 2024 bao nhiêu % quận huyện đạt PCGD THCS mức độ 3?",
           "Phấn đấu 66% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3."])
Q("follow_up", "thế An Lão làm theo KH nào của TP?",
  [(AL, "Thực hiện Kế hoạch số 108 /KH-UBND ngày 06/5/2025 của Ủy ban nhân dân thành phố Hải Phòng")],
  "Huyện An Lão thực hiện Kế hoạch số 108/KH-UBND ngày 06/5/2025 của UBND thành phố Hải Phòng về phong trào “Học tập suốt đời” (kế hoạch của thành phố không có trong các kế hoạch đã nạp).",
  ["108"],
  history=["Kế hoạch 108 của TP Hải Phòng đặt chỉ tiêu gì?", REFUSE])
Q("follow_up", "And 2030?",
  [(ML, "+ 70% người trong độ tuổi lao động được trang bị năng lực thông tin.")],
  "By 2030, 70% of working-age people in My Loc are to be equipped with information competence.", ["70"],
  history=["What is My Loc's 2025 target for working-age people with information competence?",
           "60% of people of working age by 2025."])
Q("follow_up", "ai là thường trực BCĐ thành phố?",
  [(CT, "phản ánh về Sở Giáo dục và Đào tạo (Thường trực Ban Chỉ đạo thành phố)")],
  "Sở Giáo dục và Đào tạo Cần Thơ là Thường trực Ban Chỉ đạo thành phố; vướng mắc được phản ánh về Sở để tổng hợp, tham mưu Ban Chỉ đạo.",
  ["Sở Giáo dục và Đào tạo", "Thường trực Ban Chỉ đạo"],
  history=["Sở GD&ĐT Cần Thơ làm gì trong KH 74?",
           "Chủ trì triển khai các nhiệm vụ của Kế hoạch; triển khai tiêu chí đánh giá xây dựng xã hội học tập; tham mưu khen thưởng; tham mưu kiểm tra, đánh giá, báo cáo, sơ kết, tổng kết."])
Q("follow_up", "KH đó số mấy, ký ngày nào?",
  [(CT, "Số: 74 /KH-BCĐ"), (CT, "Cần Thơ, ngày 04 tháng 5 năm 2024")],
  "Kế hoạch số 74/KH-BCĐ, ngày 04 tháng 5 năm 2024.", ["74", "04 tháng 5 năm 2024"],
  history=["Ai ký KH XHHT 2024 của Cần Thơ?",
           "Nguyễn Thực Hiện, Phó Chủ tịch UBND thành phố, Trưởng Ban Chỉ đạo."])

# ---------------------------------------------------------------- unanswerable (33)
# places not loaded: parents and neighbours of the five
U("KH XHHT của tỉnh Nam Định đặt chỉ tiêu công dân học tập năm 2025 bao nhiêu?",
  "Các kế hoạch đã nạp không có kế hoạch của tỉnh Nam Định (Mỹ Lộc chỉ trích dẫn KH 145/KH-UBND của tỉnh).")
U("KH 108 của TP Hải Phòng giao Sở GD&ĐT làm gì?",
  "Kế hoạch 108/KH-UBND của Hải Phòng chỉ được An Lão trích dẫn, không có trong các kế hoạch đã nạp.")
U("Huyện Kiến Thụy có KH học tập suốt đời không, giao Phòng GD&ĐT gì?", REFUSE, absent=["Kiến Thụy"])
U("huyen vu ban nam dinh chi tieu xhht 2025", REFUSE, absent=["Vụ Bản"])
U("Quận Ninh Kiều năm 2024 đặt chỉ tiêu TTHTCĐ ứng dụng CNTT bao nhiêu?", REFUSE, absent=["Ninh Kiều"])
U("Đà Nẵng năm 2026 đặt chỉ tiêu năng lực CNTT bao nhiêu?", REFUSE, absent=["Đà Nẵng"])
U("Tỉnh Quảng Trị có kế hoạch XHHT năm 2026 không?", REFUSE, absent=["Quảng Trị"])
# years / indicators the named plan sets no figure for
U("Huế năm 2027 chỉ tiêu năng lực CNTT bao nhiêu?",
  "Kế hoạch của Huế chỉ đặt chỉ tiêu cho năm 2026; không có chỉ tiêu năm 2027.", absent=["2027"])
U("Tỷ lệ người 15-60 tuổi biết chữ mà Huế đặt cho năm 2026?",
  "Kế hoạch 2026 của Huế ghi mục tiêu xóa mù chữ và phổ cập giáo dục “có kế hoạch riêng”, không nêu tỷ lệ.",
  absent=[(HUE, "biết chữ"), (HUE, "15-60"), (HUE, "15 - 60")])
U("Cần Thơ đặt bao nhiêu % công dân đạt danh hiệu công dân học tập?",
  "Kế hoạch 2024 của Cần Thơ không đặt chỉ tiêu % công dân học tập (chỉ nói xây dựng tiêu chí công dân học tập).")
U("An Lão đặt chỉ tiêu bao nhiêu % gia đình học tập năm 2025?",
  "Kế hoạch của An Lão không đặt chỉ tiêu số liệu nào.", absent=[(AL, "%")])
U("Mỹ Lộc chỉ tiêu dòng họ học tập đến 2030 bao nhiêu %?",
  "Kế hoạch Mỹ Lộc không đặt chỉ tiêu tỷ lệ dòng họ học tập.")
U("HN chỉ tiêu XHHT năm 2028 là gì?",
  "Kế hoạch Hà Nội đặt chỉ tiêu cho năm 2025 và năm 2030, không có năm 2028.", absent=["2028"])
U("Cần Thơ 2024 đặt bao nhiêu % trường công lập đạt chuẩn quốc gia?",
  "Kế hoạch 2024 của Cần Thơ không có chỉ tiêu trường đạt chuẩn quốc gia (chỉ tiêu này có trong kế hoạch Hà Nội).",
  absent=[(CT, "chuẩn quốc gia")])
# current / actual counts and results
U("Hiện nay Hà Nội có bao nhiêu trung tâm học tập cộng đồng?", REFUSE)
U("Năm 2023 Cần Thơ đã đạt bao nhiêu % Cộng đồng học tập?", REFUSE, absent=[(CT, "2023")])
U("Mỹ Lộc hiện có bao nhiêu xã, thị trấn đạt chuẩn xóa mù chữ mức độ 2?",
  "Kế hoạch chỉ đặt mục tiêu 100% xã, thị trấn duy trì chuẩn; không nêu số xã hiện có hay kết quả thực tế.")
# sanctions / reward amounts
U("Cán bộ An Lão ngại học bị kỷ luật mức nào?",
  "Kế hoạch chỉ nói có biện pháp xử lý nghiêm khắc với cán bộ trì trệ, ngại học; không nêu hình thức hay mức kỷ luật.",
  absent=["kỷ luật", "cảnh cáo", "khiển trách"])
U("Khen thưởng tập thể tiêu biểu XHHT ở HN được bao nhiêu tiền?", REFUSE, absent=["triệu", "đồng/"])
U("Mức chi cho mỗi TTHTCĐ ở Huế năm 2026 là bao nhiêu?",
  "Kế hoạch chỉ dẫn Nghị quyết 16/2025/NQ-HĐND quy định mức chi, không nêu mức chi cụ thể.", absent=["triệu"])
# amounts not broken out
U("Tổng kinh phí KH của Hà Nội bao nhiêu tỷ?", REFUSE, absent=["tỷ đồng", "triệu đồng"])
U("Sở Tài chính Cần Thơ bố trí cho Sở GD&ĐT bao nhiêu tiền năm 2024?", REFUSE, absent=["triệu", "tỷ đồng"])
U("Mỗi xã ở Mỹ Lộc được cấp bao nhiêu kinh phí cho XHHT?", REFUSE, absent=["triệu", "tỷ đồng"])
# agencies the named plan never names
U("Sở Y tế Hà Nội có nhiệm vụ gì trong KH?", REFUSE, absent=["Sở Y tế", "Y tế"])
U("Công an TP Huế được giao gì trong KH 2026?",
  "Kế hoạch của Huế không giao nhiệm vụ cho Công an thành phố (chỉ nhắc “nghĩa vụ công an” của thanh niên).",
  absent=[(HUE, "Công an thành phố"), (HUE, "Công an tỉnh")])
U("Phòng Y tế huyện An Lão làm gì?", REFUSE, absent=["Phòng Y tế", (AL, "y tế")])
U("Sở KH&CN Cần Thơ được giao gì?", REFUSE, absent=["Sở Khoa học"])
# signer / content of documents only cited
U("Ai ký KH 336/KH-UBND của tỉnh Thừa Thiên Huế?",
  "Kế hoạch của Huế chỉ trích dẫn KH 336/KH-UBND; người ký văn bản đó không có trong các kế hoạch đã nạp.")
U("NQ 23-NQ/TU của Thành ủy HN do ai ký?",
  "Kế hoạch của UBND Hà Nội chỉ trích dẫn Nghị quyết 23-NQ/TU; không nêu người ký nghị quyết.")
# English
U("What is Da Nang's target for learning citizens in 2026?", REFUSE_EN, absent=["Đà Nẵng", "Da Nang"])
U("How much money per year does Hanoi allocate for the plan?", REFUSE_EN, absent=["triệu", "tỷ đồng"])
# follow-ups that move off the plans
U("còn huyện Ý Yên?", REFUSE, absent=["Ý Yên"],
  history=["Mỹ Lộc chỉ tiêu kỹ năng sống 2030?",
           "Đến năm 2030, 80% người trong độ tuổi lao động được trang bị kỹ năng sống."])
U("And what did they actually achieve in 2023?", REFUSE_EN,
  history=["What is Can Tho's 2024 target for community learning centres using ICT?",
           "90% of community learning centres are to apply ICT in management and educational activities."])


def main():
    counts = {}
    for i, q in enumerate(QS, 1):
        q["id"] = f"b25-{i:03d}"
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
