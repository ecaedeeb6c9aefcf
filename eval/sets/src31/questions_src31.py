"""Set 31: held-out questions on the five bundled plans (data/plans/*.txt), new personas and question shapes.

    python eval/sets/src31/questions_src31.py     # writes eval/sets/bundled31.jsonl

Refuses to write if an evidence span is missing from its plan (after FORMAT.md's normalisation), a key fact is missing
from its answer or from the cited evidence, or an unanswerable question's probe pattern occurs in the plans it is
checked against (compared accent-free, lowercase, as a regular expression).
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
PLANS = os.path.join(ROOT, "data", "plans")
OUT = os.path.join(os.path.dirname(HERE), "bundled31.jsonl")

HUE = "000_4550be4bb11189cd.txt"
ML = "001_7bafa58816a5de75.txt"
HN = "002_797e8de6131c77f9.txt"
CT = "003_1a817ee72b993e3e.txt"
AL = "004_b1b28019b71edc03.txt"
ALL = [HUE, ML, HN, CT, AL]


def norm(s):
    s = unicodedata.normalize("NFC", s).replace("*", "").replace("#", "")
    return re.sub(r"\s+", " ", s).strip()


def fold(s):
    s = unicodedata.normalize("NFD", norm(s)).replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in s if unicodedata.category(c) != "Mn").lower()


TEXT = {}
for _d in ALL:
    with open(os.path.join(PLANS, _d), encoding="utf-8") as _f:
        TEXT[_d] = norm(_f.read())

QS = []
PROBLEMS = []


def user(t):
    return {"role": "user", "content": t}


def bot(t):
    return {"role": "assistant", "content": t}



def Q(qtype, question, ev, answer, kf, hist=()):
    """ev: list of (doc, span)."""
    docs = []
    for d, _ in ev:
        if d not in docs:
            docs.append(d)
    n = len(QS) + 1
    rec = {"id": f"h31-{n:03d}", "question": question, "type": qtype, "docs": docs,
           "evidence": [{"doc": d, "span": s} for d, s in ev], "answer": answer, "key_facts": list(kf),
           "history": list(hist)}
    for d, s in ev:
        if norm(s) not in TEXT[d]:
            PROBLEMS.append(f"{rec['id']}: span missing in {d}: {s!r}")
    evtext = " ".join(norm(s).lower() for _, s in ev)
    for k in kf:
        if norm(k).lower() not in norm(answer).lower():
            PROBLEMS.append(f"{rec['id']}: key fact {k!r} not in answer")
        if norm(k).lower() not in evtext:
            PROBLEMS.append(f"{rec['id']}: key fact {k!r} not in evidence")
    if qtype == "follow_up" and not hist:
        PROBLEMS.append(f"{rec['id']}: follow_up without history")
    QS.append(rec)


def U(question, answer, probes=(), hist=()):
    """probes: list of (docs, regex) that must NOT match the accent-free text of those docs."""
    n = len(QS) + 1
    rec = {"id": f"h31-{n:03d}", "question": question, "type": "unanswerable", "docs": [], "evidence": [],
           "answer": answer, "key_facts": [], "history": list(hist)}
    for docs, pat in probes:
        for d in docs:
            if re.search(pat, fold(TEXT[d])):
                PROBLEMS.append(f"{rec['id']}: probe {pat!r} occurs in {d}")
    QS.append(rec)


# ---------------------------------------------------------------- agency_tasks (14)
Q("agency_tasks",
  "Tôi là cán bộ Phòng Nội vụ huyện An Lão, tuần sau phải báo cáo lãnh đạo về phong trào “Học tập suốt đời”. "
  "Theo kế hoạch của huyện thì phòng tôi được giao chủ trì những việc gì ạ?",
  [(AL, "Chủ trì phối hợp với các phòng, ban, ngành, địa phương tham mưu Ủy ban nhân dân huyện kế hoạch, kinh phí, "
        "tổ chức đào tạo, bồi dưỡng cán bộ, công chức, viên chức theo quy định của Chính phủ."),
   (AL, "Chủ trì tham mưu khảo sát, đánh giá tình hình, chất lượng đội ngũ cán bộ, công chức, viên chức.")],
  "Theo mục III.2 của kế hoạch An Lão, Phòng Nội vụ chủ trì hai việc: (1) phối hợp với các phòng, ban, ngành, địa "
  "phương tham mưu Ủy ban nhân dân huyện kế hoạch, kinh phí, tổ chức đào tạo, bồi dưỡng cán bộ, công chức, viên chức "
  "theo quy định của Chính phủ; (2) tham mưu khảo sát, đánh giá tình hình, chất lượng đội ngũ cán bộ, công chức, viên "
  "chức (kèm nghiên cứu khung tiêu chí đánh giá, sàng lọc, quy hoạch đội ngũ cán bộ và chính sách khuyến khích, bảo vệ "
  "cán bộ dám nghĩ, dám làm).",
  ["đào tạo, bồi dưỡng cán bộ", "khảo sát, đánh giá"])

Q("agency_tasks",
  "Có đúng là kế hoạch 74 của Cần Thơ giao Sở Nội vụ mở lớp bồi dưỡng kỹ năng số cho công chức không?",
  [(CT, "Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan, Ủy ban nhân dân quận, huyện xây dựng Đề án vị trí "
        "việc làm, điều chỉnh vị trí việc làm và cơ cấu viên chức theo chức danh nghề nghiệp")],
  "Không đúng. Kế hoạch 74/KH-BCĐ của Cần Thơ không giao Sở Nội vụ mở lớp kỹ năng số; nhiệm vụ duy nhất của Sở Nội vụ "
  "(mục V.2) là chủ trì, phối hợp với các cơ quan, đơn vị có liên quan, Ủy ban nhân dân quận, huyện xây dựng Đề án vị "
  "trí việc làm, điều chỉnh vị trí việc làm và cơ cấu viên chức theo chức danh nghề nghiệp trong đơn vị sự nghiệp công "
  "lập.",
  ["vị trí việc làm", "cơ cấu viên chức"])

Q("agency_tasks",
  "Kế hoạch Cần Thơ giao Bộ Chỉ huy Quân sự thành phố mấy việc? Kể ra giúp mình.",
  [(CT, "7. Bộ Chỉ huy Quân sự thành phố"),
   (CT, "Chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện đẩy mạnh tuyên truyền về học tập "
        "suốt đời, xây dựng xã hội học tập trong lực lượng vũ trang, cán bộ, chiến sĩ quân đội"),
   (CT, "Chỉ đạo nâng cao trình độ, năng lực ngoại ngữ và tiếng dân tộc thiểu số cho lực lượng vũ trang, cán bộ, "
        "chiến sĩ quân đội.")],
  "Hai việc (mục V.7): a) chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện đẩy mạnh tuyên "
  "truyền về học tập suốt đời, xây dựng xã hội học tập trong lực lượng vũ trang, cán bộ, chiến sĩ quân đội; b) chỉ đạo "
  "nâng cao trình độ, năng lực ngoại ngữ và tiếng dân tộc thiểu số cho lực lượng vũ trang, cán bộ, chiến sĩ quân đội.",
  ["lực lượng vũ trang", "tiếng dân tộc thiểu số"])

Q("agency_tasks",
  "Hội Khuyến học thành phố Huế có tham gia kiểm tra, giám sát việc thực hiện kế hoạch năm 2026 không hay chỉ Sở "
  "GD&ĐT làm?",
  [(HUE, "Phối hợp với Sở Giáo dục và Đào tạo kiểm tra, giám sát việc thực hiện Kế hoạch."),
   (HUE, "Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với Hội Khuyến học thành phố và các sở, ban, ngành liên quan "
         "tổ chức kiểm tra, giám sát công tác xây dựng xã hội học tập")],
  "Có. Mục V.7 giao Hội Khuyến học thành phố “Phối hợp với Sở Giáo dục và Đào tạo kiểm tra, giám sát việc thực hiện "
  "Kế hoạch”; mục III.7 cũng giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với Hội Khuyến học thành phố và các sở, "
  "ban, ngành liên quan tổ chức kiểm tra, giám sát công tác xây dựng xã hội học tập và hoạt động của các trung tâm học "
  "tập cộng đồng. Sở GD&ĐT chủ trì, Hội phối hợp.",
  ["Phối hợp với Sở Giáo dục và Đào tạo kiểm tra, giám sát"])

Q("agency_tasks",
  "Phòng chúng tôi thuộc Sở Giáo dục và Đào tạo Hà Nội. Ngoài vai trò cơ quan thường trực, sở còn được giao những "
  "việc gì về hợp tác và về kiểm tra, sơ kết?",
  [(HN, "Chủ trì, tổ chức thực hiện các nhiệm vụ liên quan đến lĩnh vực Giáo dục và Đào tạo; các hoạt động giao lưu, "
        "hợp tác trong lĩnh vực học tập suốt đời"),
   (HN, "Chủ trì tổ chức kiểm tra, giám sát, đánh giá, tổng hợp, báo cáo hằng năm; tổ chức sơ kết, tổng kết")],
  "Theo mục V.1 kế hoạch Hà Nội, Sở GD&ĐT còn: chủ trì, tổ chức thực hiện các nhiệm vụ liên quan đến lĩnh vực Giáo "
  "dục và Đào tạo; các hoạt động giao lưu, hợp tác trong lĩnh vực học tập suốt đời theo chương trình, đề án, kế hoạch "
  "của UBND Thành phố, Bộ GD&ĐT; chủ trì tổ chức kiểm tra, giám sát, đánh giá, tổng hợp, báo cáo hằng năm; tổ chức sơ "
  "kết, tổng kết và đề xuất khen thưởng tập thể, cá nhân tiêu biểu; ngoài ra chủ trì tham mưu kế hoạch đăng ký tham "
  "gia mạng lưới “Thành phố học tập”.",
  ["giao lưu, hợp tác", "sơ kết, tổng kết"])

Q("agency_tasks",
  "Trong kế hoạch Hà Nội, mục “Lực lượng vũ trang Thành phố” gồm những đơn vị nào và mỗi đơn vị phải làm gì?",
  [(HN, "8. Lực lượng vũ trang Thành phố"),
   (HN, "Công an Thành phố: chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Sở Lao động - Thương binh và Xã hội tiếp tục "
        "tổ chức các lớp học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân"),
   (HN, "Bộ Tư lệnh Thủ đô: tiếp tục tổ chức, tăng cường công tác tuyên truyền, phổ biến giáo dục, bồi dưỡng kiến "
        "thức quốc phòng, an ninh cho mọi tầng lớp nhân dân")],
  "Mục V.8 gồm hai đơn vị: Công an Thành phố — chủ trì, phối hợp với Sở GD&ĐT, Sở LĐ-TB&XH tiếp tục tổ chức các lớp "
  "học xóa mù chữ, phổ cập giáo dục, đào tạo nghề cho trại viên, phạm nhân và học viên trong các trại giam, trại tạm "
  "giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng; Bộ Tư lệnh Thủ đô — tăng cường tuyên truyền, phổ biến giáo dục, "
  "bồi dưỡng kiến thức quốc phòng, an ninh cho mọi tầng lớp nhân dân, nhất là người có uy tín trong cộng đồng.",
  ["Công an Thành phố", "Bộ Tư lệnh Thủ đô", "kiến thức quốc phòng, an ninh"])

Q("agency_tasks",
  "Mình làm ở một phòng chuyên môn của huyện Mỹ Lộc (không phải Phòng GD&ĐT). Kế hoạch giao chung cho các phòng, ban, "
  "ngành của huyện những việc gì vậy?",
  [(ML, "7. Các phòng, ban, ngành của huyện"),
   (ML, "Xây dựng kế hoạch cụ thể để thực hiện; lồng ghép việc thực hiện Kế hoạch với quá trình triển khai thực hiện "
        "các chương trình, đề án khác liên quan."),
   (ML, "Tuyên truyền, phổ biến rộng rãi Kế hoạch và chỉ đạo các đơn vị trực thuộc có trách nhiệm cung ứng các chương "
        "trình học tập cho mọi tầng lớp nhân dân")],
  "Mục V.7 giao các phòng, ban, ngành của huyện hai việc: xây dựng kế hoạch cụ thể để thực hiện, lồng ghép việc thực "
  "hiện Kế hoạch với các chương trình, đề án khác liên quan; và tuyên truyền, phổ biến rộng rãi Kế hoạch, chỉ đạo các "
  "đơn vị trực thuộc cung ứng các chương trình học tập cho mọi tầng lớp nhân dân theo chức năng, nhiệm vụ của từng "
  "ban, ngành.",
  ["Xây dựng kế hoạch cụ thể", "cung ứng các chương trình học tập"])

Q("agency_tasks",
  "Phòng GD&ĐT huyện Mỹ Lộc được giao tổng cộng mấy nhiệm vụ (a, b, c…)? Liệt kê ngắn gọn giúp.",
  [(ML, "Chủ trì, phối hợp với các phòng, ban, ngành, đơn vị liên quan, UBND các xã, thị trấn triển khai thực hiện các "
        "nhiệm vụ của Đề án."),
   (ML, "Phối hợp với Hội Khuyến học huyện tham mưu với UBND huyện tổ chức triển khai thực hiện tiêu chí đánh giá việc "
        "thực hiện xây dựng xã hội học tập"),
   (ML, "Xây dựng quy chế phối hợp liên ngành giữa Phòng Giáo dục và Đào tạo và các phòng, ban, ngành liên quan"),
   (ML, "Tham gia các hoạt động hợp tác quốc tế trong lĩnh vực học tập suốt đời (nếu có)."),
   (ML, "Tổ chức xét tặng, ghi nhận những tấm gương tiêu biểu về tự học thành tài"),
   (ML, "Tổ chức kiểm tra, giám sát và đánh giá, tổng hợp, báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm")],
  "Sáu nhiệm vụ (mục V.1, a–e gồm cả đ): a) chủ trì triển khai các nhiệm vụ của Đề án; b) phối hợp Hội Khuyến học "
  "huyện tham mưu UBND huyện triển khai tiêu chí đánh giá xây dựng xã hội học tập, khung năng lực thông tin, tiêu chí "
  "huyện học tập; c) xây dựng quy chế phối hợp liên ngành; d) tham gia hoạt động hợp tác quốc tế (nếu có); đ) xét "
  "tặng, ghi nhận tấm gương tự học thành tài; e) kiểm tra, giám sát, báo cáo UBND huyện trước ngày 15 tháng 12 hằng "
  "năm, tham mưu sơ kết, tổng kết.",
  ["quy chế phối hợp liên ngành", "hợp tác quốc tế", "15 tháng 12"])

Q("agency_tasks",
  "Mình làm IT ở Sở Thông tin và Truyền thông Cần Thơ. Kế hoạch 74 có giao gì cho sở mình liên quan chuyển đổi số "
  "không?",
  [(CT, "phối hợp với Sở Giáo dục và Đào tạo triển khai thực hiện hiệu quả chuyển đổi số, đảm bảo hạ tầng kỹ thuật và "
        "ứng dụng công nghệ thông tin trong tổ chức các hoạt động học tập suốt đời.")],
  "Có. Mục V.4 giao Sở Thông tin và Truyền thông, ngoài việc chỉ đạo, cung cấp thông tin cho báo, đài tuyên truyền, "
  "còn phối hợp với Sở Giáo dục và Đào tạo triển khai thực hiện hiệu quả chuyển đổi số, đảm bảo hạ tầng kỹ thuật và ứng "
  "dụng công nghệ thông tin trong tổ chức các hoạt động học tập suốt đời.",
  ["chuyển đổi số", "hạ tầng kỹ thuật"])

Q("agency_tasks",
  "Kế hoạch An Lão có giao Phòng GD&ĐT việc gì liên quan tới trí tuệ nhân tạo không?",
  [(AL, "thu hút, phát triển cơ sở giáo dục trình độ đại học; các mô hình giáo dục mới theo xu hướng phát triển khoa "
        "học công nghệ, trí tuệ nhân tạo AI")],
  "Có. Trong nhiệm vụ tham mưu rà soát, sắp xếp mạng lưới cơ sở giáo dục (mục III.1), Phòng Giáo dục và Đào tạo phải "
  "thu hút, phát triển cơ sở giáo dục trình độ đại học và các mô hình giáo dục mới theo xu hướng phát triển khoa học "
  "công nghệ, trí tuệ nhân tạo AI, đảm bảo phù hợp với quy định hiện hành.",
  ["trí tuệ nhân tạo AI", "trình độ đại học"])

Q("agency_tasks",
  "Tôi là chủ tịch UBND một thị trấn ở An Lão. Về tuyên truyền qua đài phát thanh, xã/thị trấn chúng tôi phải làm "
  "gì theo kế hoạch huyện?",
  [(AL, "Chỉ đạo đài phát thanh địa phương, hệ thống thông tin cơ sở đăng tải, tuyên truyền nội dung bài viết của "
        "Tổng Bí thư về “Học tập suốt đời”")],
  "Mục III.9 giao UBND xã, thị trấn chỉ đạo đài phát thanh địa phương, hệ thống thông tin cơ sở đăng tải, tuyên truyền "
  "nội dung bài viết của Tổng Bí thư về “Học tập suốt đời”; đồng thời tuyên truyền các mô hình, tấm gương điển hình "
  "trong công tác khuyến học, khuyến tài, xây dựng xã hội học tập tại địa phương.",
  ["đài phát thanh địa phương", "bài viết của Tổng Bí thư"])

Q("agency_tasks",
  "Huế có giao cơ quan nào xây dựng Đề án “Tạo môi trường học tập suốt đời và xây dựng xã hội học tập” không?",
  [(HUE, "Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với các sở, ban, ngành, cơ quan và địa phương liên quan tham "
         "mưu xây dựng Đề án “Tạo môi trường học tập suốt đời và xây dựng xã hội học tập”, trình Ủy ban nhân dân "
         "thành phố xem xét, phê duyệt")],
  "Có. Mục III.5 giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với các sở, ban, ngành, cơ quan và địa phương liên quan "
  "tham mưu xây dựng Đề án “Tạo môi trường học tập suốt đời và xây dựng xã hội học tập”, trình Ủy ban nhân dân thành "
  "phố xem xét, phê duyệt làm cơ sở tổ chức triển khai thực hiện.",
  ["Sở Giáo dục và Đào tạo", "trình Ủy ban nhân dân thành phố"])

Q("agency_tasks",
  "Thành đoàn Hà Nội có phải gây quỹ hỗ trợ học sinh, sinh viên khó khăn theo kế hoạch này không?",
  [(HN, "c) Đoàn thanh niên cộng sản Hồ Chí Minh thành phố Hà Nội"),
   (HN, "vận động gây quỹ hỗ trợ học sinh, học viên, sinh viên Hà Nội có hoàn cảnh khó khăn tham gia học tập.")],
  "Có. Mục V.15.c giao Đoàn thanh niên cộng sản Hồ Chí Minh thành phố Hà Nội chủ trì lồng ghép tuyên truyền về khuyến "
  "học, khuyến tài, xây dựng xã hội học tập qua các phong trào của thanh niên và vận động gây quỹ hỗ trợ học sinh, học "
  "viên, sinh viên Hà Nội có hoàn cảnh khó khăn tham gia học tập.",
  ["gây quỹ", "hoàn cảnh khó khăn"])

Q("agency_tasks",
  "Ủy ban MTTQ Việt Nam thành phố Cần Thơ có vai trò phản biện xã hội trong kế hoạch 74 không?",
  [(CT, "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, "
        "huyện tham gia giám sát, phản biện xã hội việc triển khai thực hiện Kế hoạch.")],
  "Có. Mục V.11.a đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân "
  "dân quận, huyện tham gia giám sát, phản biện xã hội việc triển khai thực hiện Kế hoạch.",
  ["giám sát, phản biện xã hội"])

# ---------------------------------------------------------------- target (12)
Q("target",
  "Có đúng là Hà Nội đặt mục tiêu 60% công dân đạt danh hiệu công dân học tập vào năm 2025 không?",
  [(HN, "2.1. Mục tiêu cụ thể đến năm 2025"),
   (HN, "50% công dân đạt danh hiệu công dân học tập; 50% công dân đạt kỹ năng số.")],
  "Không đúng. Mục tiêu đến năm 2025 của Hà Nội là 50% công dân đạt danh hiệu công dân học tập (kèm 50% công dân đạt "
  "kỹ năng số); con số 60% không phải chỉ tiêu công dân học tập năm 2025.",
  ["50%"])

Q("target",
  "Kế hoạch Huế năm 2026 có bao nhiêu chỉ tiêu về hiệu quả hoạt động của các cơ sở giáo dục, và có phải chỉ tiêu nào "
  "cũng là 100% không?",
  [(HUE, "3. Về hiệu quả hoạt động của các cơ sở giáo dục"),
   (HUE, "100% các trường đại học, cao đẳng có triển khai đại học số và xây dựng học liệu số."),
   (HUE, "100% các cơ sở giáo dục phổ thông, cơ sở giáo dục thường xuyên, cơ sở giáo dục nghề nghiệp và các cơ sở "
         "giáo dục khác triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường số."),
   (HUE, "100% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục.")],
  "Có ba chỉ tiêu (mục II.3) và cả ba đều 100%: 100% các trường đại học, cao đẳng triển khai đại học số và xây dựng học "
  "liệu số; 100% cơ sở giáo dục phổ thông, giáo dục thường xuyên, giáo dục nghề nghiệp và cơ sở khác triển khai quản "
  "lý, giảng dạy, học tập trên môi trường số; 100% trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản "
  "lý, tổ chức hoạt động giáo dục.",
  ["100%", "đại học số", "môi trường số"])

Q("target",
  "Mỹ Lộc đặt chỉ tiêu 80% cơ sở giáo dục dạy học trên môi trường số cho năm 2025, đúng không?",
  [(ML, "a) Mục tiêu đến năm 2025"),
   (ML, "+ 60% các cơ sở giáo dục phổ thông, cơ sở giáo dục thường xuyên, cơ sở giáo dục nghề nghiệp và các cơ sở giáo "
        "dục khác triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường số."),
   (ML, "b) Mục tiêu đến năm 2030"),
   (ML, "+ 80% các cơ sở giáo dục phổ thông, cơ sở giáo dục thường xuyên, cơ sở giáo dục nghề nghiệp và các cơ sở giáo "
        "dục khác triển khai hoạt động quản lý, giảng dạy và học tập trên môi trường số.")],
  "Chưa đúng. Đến năm 2025 Mỹ Lộc đặt 60% các cơ sở giáo dục phổ thông, thường xuyên, nghề nghiệp và cơ sở khác triển "
  "khai quản lý, giảng dạy và học tập trên môi trường số; mức 80% là mục tiêu đến năm 2030.",
  ["60%", "80%"])

Q("target",
  "Kế hoạch 74 của Cần Thơ có bao nhiêu chỉ tiêu đặt ở mức 90% cho năm 2024? Đó là những chỉ tiêu nào?",
  [(CT, "Phần đầu đạt tỷ lệ 90% số người trong độ tuổi lao động được trang bị năng lực về sử dụng công nghệ thông tin"),
   (CT, "Phần đầu đạt tỷ lệ 90% số người trong độ tuổi lao động được trang bị kỹ năng sống"),
   (CT, "Phần đầu đạt tỷ lệ 90% trường đại học triển khai đại học số và xây dựng học liệu số"),
   (CT, "Phần đầu đạt tỷ lệ 90% cơ sở giáo dục phổ thông, cơ sở giáo dục thường xuyên"),
   (CT, "Phần đầu đạt tỷ lệ 90% trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt "
        "động giáo dục")],
  "Năm chỉ tiêu 90% (plan ghi “Phần đầu đạt tỷ lệ”, tức phấn đấu): người trong độ tuổi lao động được trang bị năng lực "
  "sử dụng công nghệ thông tin; người trong độ tuổi lao động được trang bị kỹ năng sống; trường đại học triển khai đại "
  "học số; cơ sở giáo dục phổ thông, thường xuyên, nghề nghiệp và khác học tập trên môi trường số; trung tâm học tập "
  "cộng đồng ứng dụng công nghệ thông tin.",
  ["90%", "kỹ năng sống", "đại học số"])

Q("target",
  "Tôi là cán bộ chuyên trách công nghệ thông tin ở một sở của Hà Nội. Kế hoạch có chỉ tiêu gì về đào tạo an toàn "
  "thông tin cho những người như tôi không?",
  [(HN, "100% cán bộ chuyên trách về an toàn thông tin, công nghệ thông tin trong các cơ quan nhà nước thuộc Thành phố "
        "được đào tạo về kiến thức, kỹ năng, kỹ thuật an toàn thông tin mạng"),
   (HN, "2.1. Mục tiêu cụ thể đến năm 2025")],
  "Có. Mục tiêu đến năm 2025: 100% cán bộ chuyên trách về an toàn thông tin, công nghệ thông tin trong các cơ quan nhà "
  "nước thuộc Thành phố được đào tạo về kiến thức, kỹ năng, kỹ thuật an toàn thông tin mạng phù hợp yêu cầu nghiệp vụ "
  "và Quyết định số 21/QĐ-TTg ngày 06/01/2021.",
  ["100%", "an toàn thông tin mạng"])

Q("target",
  "Chỉ tiêu 96% người mới biết chữ tiếp tục học, không tái mù của Hà Nội là cho năm 2025 à?",
  [(HN, "95% số người mới biết chữ tiếp tục học tập và không tái mù chữ."),
   (HN, "96% số người mới biết chữ tiếp tục học tập và không tái mù chữ."),
   (HN, "2.2. Mục tiêu cụ thể đến năm 2030")],
  "Không. 96% là mục tiêu đến năm 2030; mục tiêu đến năm 2025 là 95% số người mới biết chữ tiếp tục học tập và không "
  "tái mù chữ.",
  ["96%", "95%"])

Q("target",
  "Đến năm 2030 Mỹ Lộc có mấy chỉ tiêu về năng lực cơ bản và trình độ của người dân? Mỗi chỉ tiêu bao nhiêu?",
  [(ML, "b) Mục tiêu đến năm 2030"),
   (ML, "+ 70% người trong độ tuổi lao động được trang bị năng lực thông tin."),
   (ML, "+ 80% người trong độ tuổi lao động được trang bị kỹ năng sống."),
   (ML, "+ 70% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó 15% dân số có trình độ "
        "đại học trở lên.")],
  "Ba chỉ tiêu đến năm 2030: 70% người trong độ tuổi lao động được trang bị năng lực thông tin; 80% được trang bị kỹ "
  "năng sống; 70% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó 15% có trình độ đại "
  "học trở lên.",
  ["70%", "80%", "15%"])

Q("target",
  "Có đúng là năm 2026 Huế yêu cầu 100% xã, phường đạt “Cộng đồng học tập” mức độ 2 không?",
  [(HUE, "100% xã, phường đạt “Cộng đồng học tập” cấp xã mức độ 1.")],
  "Không đúng về mức độ: chỉ tiêu năm 2026 của Huế là 100% xã, phường đạt “Cộng đồng học tập” cấp xã mức độ 1 (mức độ "
  "2 chỉ xuất hiện ở chỉ tiêu “Đơn vị học tập”).",
  ["mức độ 1", "100%"])

Q("target",
  "Mục tiêu “Cộng đồng học tập” năm 2024 của Cần Thơ là 55,55% phải không?",
  [(CT, "Phần đầu đạt tỷ lệ 55,55% đơn vị được đánh giá, công nhận theo mức độ “Đơn vị học tập” cấp huyện, cấp thành phố"),
   (CT, "Phần đầu đạt tỷ lệ 80% đơn vị được đánh giá, công nhận theo mức độ “Cộng đồng học tập” cấp xã, huyện, thành phố.")],
  "Không. 55,55% là chỉ tiêu “Đơn vị học tập” cấp huyện, cấp thành phố; chỉ tiêu “Cộng đồng học tập” cấp xã, huyện, "
  "thành phố năm 2024 là 80% (kế hoạch ghi “Phần đầu đạt tỷ lệ”).",
  ["55,55%", "80%"])

Q("target",
  "Về xóa mù chữ, đến năm 2025 các xã, thị trấn của Mỹ Lộc phải đạt chuẩn mức độ mấy?",
  [(ML, "+ 100% các xã, thị trấn duy trì đạt chuẩn xóa mù chữ mức độ 2."),
   (ML, "a) Mục tiêu đến năm 2025")],
  "Mức độ 2: đến năm 2025, 100% các xã, thị trấn duy trì đạt chuẩn xóa mù chữ mức độ 2 (đến 2030 tiếp tục duy trì "
  "100% mức độ 2).",
  ["100%", "mức độ 2"])

Q("target",
  "Hà Nội đặt chỉ tiêu bao nhiêu phần trăm gia đình, dòng họ, cộng đồng đạt danh hiệu học tập đến năm 2025?",
  [(HN, "60% gia đình, dòng họ, cộng đồng đạt danh hiệu gia đình, dòng họ, cộng đồng học tập."),
   (HN, "2.1. Mục tiêu cụ thể đến năm 2025")],
  "Đến năm 2025: 60% gia đình, dòng họ, cộng đồng đạt danh hiệu gia đình, dòng họ, cộng đồng học tập (đến 2030 là 80%).",
  ["60%"])

Q("target",
  "Năm 2024 Cần Thơ yêu cầu bao nhiêu quận, huyện đạt chuẩn phổ cập giáo dục mầm non?",
  [(CT, "100% quận, huyện đạt chuẩn phổ cập giáo dục mầm non cho trẻ mẫu giáo;")],
  "100% quận, huyện đạt chuẩn phổ cập giáo dục mầm non cho trẻ mẫu giáo (mục tiêu cụ thể năm 2024).",
  ["100%", "mầm non"])

# ---------------------------------------------------------------- deadline (8)
Q("deadline",
  "Tôi là công chức văn hóa - xã hội của một phường ở Huế, cuối năm nay phải gửi báo cáo kết quả xây dựng xã hội học "
  "tập. Hạn chót gửi là ngày nào và gửi về đâu?",
  [(HUE, "gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026")],
  "UBND các xã, phường định kỳ tổng hợp, gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026 "
  "để Sở tổng hợp, báo cáo Ủy ban nhân dân thành phố.",
  ["15/12/2026", "Sở Giáo dục và Đào tạo"])

Q("deadline",
  "Có phải Huế cho tới hết năm 2026 mới phải xong việc kiện toàn trung tâm học tập cộng đồng ở mỗi xã, phường?",
  [(HUE, "bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn thành trong Quý II năm 2026.")],
  "Không. Kế hoạch yêu cầu rà soát, củng cố, kiện toàn hệ thống trung tâm học tập cộng đồng, bảo đảm mỗi xã, phường "
  "có ít nhất một trung tâm, hoàn thành trong Quý II năm 2026.",
  ["Quý II năm 2026"])

Q("deadline",
  "deadline gửi báo cáo kiểm tra, giám sát hằng năm trong mục III.8 của Mỹ Lộc là khi nào?",
  [(ML, "Tổ chức kiểm tra, giám sát đột xuất và định kỳ, trước ngày 30 tháng 11 hằng năm gửi báo cáo tình hình, kết "
        "quả thực hiện Kế hoạch về Phòng Giáo dục và Đào tạo")],
  "Theo mục III.8 (Tổ chức kiểm tra, giám sát), trước ngày 30 tháng 11 hằng năm gửi báo cáo tình hình, kết quả thực "
  "hiện Kế hoạch về Phòng Giáo dục và Đào tạo (Thường trực Ban chỉ đạo xây dựng xã hội học tập huyện tổng hợp).",
  ["30 tháng 11"])

Q("deadline",
  "Có đúng hạn báo cáo kết quả hằng năm lên UBND thành phố Hà Nội là ngày 15/12 không?",
  [(HN, "định kỳ hàng năm tổng hợp kết quả, báo cáo Ủy ban nhân dân Thành phố trước ngày 01 tháng 12 (qua Sở Giáo dục "
        "và Đào tạo để tổng hợp).")],
  "Không. Kế hoạch Hà Nội yêu cầu định kỳ hàng năm tổng hợp kết quả, báo cáo Ủy ban nhân dân Thành phố trước ngày 01 "
  "tháng 12 (qua Sở Giáo dục và Đào tạo để tổng hợp).",
  ["01 tháng 12"])

Q("deadline",
  "Phòng chúng tôi là Phòng GD&ĐT Mỹ Lộc. Theo kế hoạch, chúng tôi phải tham mưu sơ kết và tổng kết Đề án vào năm nào?",
  [(ML, "tham mưu UBND huyện tổ chức sơ kết Đề án vào năm 2025, tổng kết vào năm 2030")],
  "Phòng GD&ĐT tham mưu UBND huyện tổ chức sơ kết Đề án vào năm 2025 và tổng kết vào năm 2030, đồng thời đề xuất khen "
  "thưởng tập thể, cá nhân tiêu biểu.",
  ["2025", "2030"])

Q("deadline",
  "Đến khi nào Hà Nội phải đăng ký và đến khi nào phải được công nhận danh hiệu “Thành phố học tập”?",
  [(HN, "Đăng ký danh hiệu “Thành phố học tập” theo tiêu chí do cơ quan có thẩm quyền ban hành."),
   (HN, "2.1. Mục tiêu cụ thể đến năm 2025"),
   (HN, "Thành phố được công nhận danh hiệu “Thành phố học tập”."),
   (HN, "2.2. Mục tiêu cụ thể đến năm 2030")],
  "Trong mục tiêu đến năm 2025, Hà Nội đăng ký danh hiệu “Thành phố học tập” theo tiêu chí do cơ quan có thẩm quyền "
  "ban hành; đến năm 2030, Thành phố được công nhận danh hiệu “Thành phố học tập”.",
  ["2025", "2030", "Đăng ký"])

Q("deadline",
  "Ở An Lão, bao giờ thì phải thành lập, kiện toàn trung tâm học tập cộng đồng cấp xã?",
  [(AL, "Hướng dẫn, đôn đốc thành lập, kiện toàn hệ thống trung tâm học tập cộng đồng cấp xã sau khi sắp xếp, sáp nhập "
        "các đơn vị hành chính")],
  "Kế hoạch không ghi ngày cụ thể; Phòng GD&ĐT hướng dẫn, đôn đốc thành lập, kiện toàn hệ thống trung tâm học tập cộng "
  "đồng cấp xã sau khi sắp xếp, sáp nhập các đơn vị hành chính.",
  ["sau khi sắp xếp, sáp nhập"])

Q("deadline",
  "Các xã, thị trấn ở Mỹ Lộc gửi báo cáo về Phòng GD&ĐT trước ngày 15/12 hằng năm đúng không?",
  [(ML, "Kiểm tra, giám sát và định kỳ trước ngày 10 tháng 12 hằng năm gửi báo cáo tình hình, kết quả thực hiện Kế "
        "hoạch về Phòng Giáo dục và Đào tạo"),
   (ML, "Tổ chức kiểm tra, giám sát và đánh giá, tổng hợp, báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm")],
  "Không. UBND các xã, thị trấn gửi báo cáo về Phòng Giáo dục và Đào tạo trước ngày 10 tháng 12 hằng năm; ngày 15 "
  "tháng 12 là hạn Phòng GD&ĐT tổng hợp, báo cáo UBND huyện.",
  ["10 tháng 12", "15 tháng 12"])

# ---------------------------------------------------------------- funding (7)
Q("funding",
  "Tôi là phóng viên báo địa phương. Kế hoạch xây dựng xã hội học tập năm 2026 của Huế có nói tiền thực hiện lấy từ "
  "đâu không?",
  [(HUE, "Kinh phí thực hiện Kế hoạch được bảo đảm từ nguồn ngân sách nhà nước theo phân cấp ngân sách hiện hành và các "
         "nguồn kinh phí hợp pháp khác."),
   (HUE, "huy động các nguồn tài trợ, đóng góp hợp pháp của các tổ chức, doanh nghiệp và cá nhân trong và ngoài địa "
         "phương để hỗ trợ thực hiện Kế hoạch.")],
  "Có (mục IV): kinh phí được bảo đảm từ nguồn ngân sách nhà nước theo phân cấp ngân sách hiện hành và các nguồn kinh "
  "phí hợp pháp khác; đồng thời huy động các nguồn tài trợ, đóng góp hợp pháp của tổ chức, doanh nghiệp và cá nhân "
  "trong và ngoài địa phương. Kế hoạch không nêu số tiền.",
  ["ngân sách nhà nước", "tài trợ"])

Q("funding",
  "Có phải Phòng Tài chính - Kế hoạch huyện Mỹ Lộc trực tiếp cấp tiền cho các xã thực hiện kế hoạch không?",
  [(ML, "Căn cứ tình hình thực tế của địa phương, tham mưu UBND huyện bố trí kinh phí để thực hiện Kế hoạch theo phân "
        "cấp ngân sách hiện hành."),
   (ML, "Cân đối, bố trí ngân sách địa phương và huy động các nguồn kinh phí hợp pháp khác để đảm bảo cho việc triển "
        "khai thực hiện các mục tiêu, chỉ tiêu, nhiệm vụ trong Kế hoạch.")],
  "Không. Phòng Tài chính - Kế hoạch chỉ tham mưu UBND huyện bố trí kinh phí thực hiện Kế hoạch theo phân cấp ngân sách "
  "hiện hành; còn UBND các xã, thị trấn tự cân đối, bố trí ngân sách địa phương và huy động các nguồn kinh phí hợp "
  "pháp khác.",
  ["tham mưu UBND huyện bố trí kinh phí", "ngân sách địa phương"])

Q("funding",
  "Kinh phí cho kế hoạch triển khai Nghị quyết 23 của Hà Nội có nằm trong dự toán ngân sách hằng năm không?",
  [(HN, "Được đảm bảo trong dự toán chi ngân sách nhà nước hàng năm của các đơn vị theo phân cấp ngân sách hiện hành")],
  "Có. Mục IV: kinh phí được đảm bảo trong dự toán chi ngân sách nhà nước hàng năm của các đơn vị theo phân cấp ngân "
  "sách hiện hành, và huy động từ các nguồn tài trợ, đóng góp của doanh nghiệp, tổ chức, cá nhân và nguồn hợp pháp khác.",
  ["dự toán chi ngân sách nhà nước hàng năm"])

Q("funding",
  "Đơn vị mình là một sở ở Cần Thơ. Theo kế hoạch 74 thì sở có phải tự lập dự toán kinh phí cho phần việc của mình không?",
  [(CT, "Căn cứ vào nhiệm vụ được giao trong Kế hoạch, các sở, ban ngành, đoàn thể có liên quan và Ủy ban nhân dân "
        "quận, huyện xây dựng kế hoạch và dự toán kinh phí thực hiện")],
  "Có. Căn cứ nhiệm vụ được giao, các sở, ban ngành, đoàn thể có liên quan và UBND quận, huyện xây dựng kế hoạch và dự "
  "toán kinh phí thực hiện, tổng hợp chung trong kế hoạch dự toán ngân sách hằng năm của đơn vị trình cấp có thẩm quyền "
  "phê duyệt.",
  ["dự toán kinh phí"])

Q("funding",
  "Kế hoạch An Lão có dùng nguồn thu của các cơ quan, đơn vị không, hay chỉ dùng ngân sách?",
  [(AL, "Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách nhà nước theo quy định, nguồn thu hợp pháp của các cơ "
        "quan, đơn vị và huy động từ các nguồn xã hội hóa.")],
  "Có dùng. Kinh phí được bố trí từ ngân sách nhà nước theo quy định, nguồn thu hợp pháp của các cơ quan, đơn vị và huy "
  "động từ các nguồn xã hội hóa.",
  ["nguồn thu hợp pháp của các cơ quan, đơn vị", "xã hội hóa"])

Q("funding",
  "Sở Tài chính Hà Nội có trách nhiệm bảo đảm kinh phí không, và theo luật nào?",
  [(HN, "Đảm bảo kinh phí trong dự toán ngân sách hàng năm (theo phân cấp) để thực hiện Kế hoạch theo quy định của Luật "
        "Ngân sách Nhà nước.")],
  "Có. Sở Tài chính đảm bảo kinh phí trong dự toán ngân sách hàng năm (theo phân cấp) để thực hiện Kế hoạch theo quy "
  "định của Luật Ngân sách Nhà nước; sở còn hướng dẫn cơ chế tài chính và rà soát chính sách huy động nguồn lực xã hội.",
  ["dự toán ngân sách hàng năm", "Luật Ngân sách Nhà nước"])

Q("funding",
  "Huế có cho phép vận động nhà tài trợ nước ngoài đóng góp vào Quỹ khuyến học, khuyến tài không?",
  [(HUE, "quản lý, sử dụng hiệu quả Quỹ khuyến học, khuyến tài trên cơ sở vận động sự tham gia của Nhân dân, doanh "
         "nghiệp và các nhà tài trợ trong và ngoài nước, bảo đảm đúng quy định, công khai, minh bạch.")],
  "Có. Mục III.4 nêu việc huy động và quản lý, sử dụng hiệu quả Quỹ khuyến học, khuyến tài trên cơ sở vận động sự tham "
  "gia của Nhân dân, doanh nghiệp và các nhà tài trợ trong và ngoài nước, bảo đảm đúng quy định, công khai, minh bạch.",
  ["trong và ngoài nước", "công khai, minh bạch"])

# ---------------------------------------------------------------- legal_basis (4)
Q("legal_basis",
  "Kế hoạch 74 của Cần Thơ có căn cứ Quyết định 1373 không? Còn văn bản nào của thành phố làm căn cứ?",
  [(CT, "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng "
        "xã hội học tập giai đoạn 2021 - 2030”; Kế hoạch 215/KH-UBND ngày 28 tháng 10 năm 2021 của Ủy ban nhân dân "
        "thành phố Cần Thơ")],
  "Có. Kế hoạch căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ và Kế hoạch 215/KH-UBND ngày "
  "28/10/2021 của Ủy ban nhân dân thành phố Cần Thơ triển khai Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”.",
  ["1373/QĐ-TTg", "215/KH-UBND"])

Q("legal_basis",
  "Kế hoạch Huế có nêu chỉ thị nào của Bộ Chính trị ban hành năm 2024 không?",
  [(HUE, "Chỉ thị số 29-CT/TW ngày 05 tháng 01 năm 2024 của Bộ Chính trị về công tác phổ cập giáo dục, giáo dục bắt "
         "buộc, xóa mù chữ cho người lớn và đẩy mạnh phân luồng học sinh trong giáo dục phổ thông")],
  "Có: Chỉ thị số 29-CT/TW ngày 05 tháng 01 năm 2024 của Bộ Chính trị về công tác phổ cập giáo dục, giáo dục bắt buộc, "
  "xóa mù chữ cho người lớn và đẩy mạnh phân luồng học sinh trong giáo dục phổ thông (một trong các văn bản trọng tâm "
  "cần tuyên truyền ở mục III.2).",
  ["29-CT/TW", "05 tháng 01 năm 2024"])

Q("legal_basis",
  "Mục tiêu tổng quát của kế hoạch Hà Nội dựa theo kết luận nào của Ban Bí thư?",
  [(HN, "theo tinh thần Kết luận số 49-KL/TW ngày 10/5/2019 của Ban Bí thư (khóa XII) về việc tiếp tục thực hiện Chỉ thị "
        "số 11-CT/TW ngày 13/4/2007 của Bộ Chính trị (khóa X)")],
  "Kết luận số 49-KL/TW ngày 10/5/2019 của Ban Bí thư (khóa XII) về việc tiếp tục thực hiện Chỉ thị số 11-CT/TW ngày "
  "13/4/2007 của Bộ Chính trị (khóa X) về tăng cường sự lãnh đạo của Đảng đối với công tác khuyến học, khuyến tài, xây "
  "dựng xã hội học tập.",
  ["49-KL/TW", "11-CT/TW"])

Q("legal_basis",
  "Các phòng, ban ở An Lão tham mưu xây dựng mô hình “Cộng đồng học tập” theo thông tư nào?",
  [(AL, "tham mưu xây dựng mô hình “Cộng đồng học tập” cấp tỉnh theo Thông tư số 25/2023/TT-BGDĐT ngày 27/12/2023 của "
        "Bộ Giáo dục và Đào tạo")],
  "Theo Thông tư số 25/2023/TT-BGDĐT ngày 27/12/2023 của Bộ Giáo dục và Đào tạo quy định về đánh giá, công nhận “Cộng "
  "đồng học tập” cấp xã, huyện, tỉnh (mục III.8).",
  ["25/2023/TT-BGDĐT"])

# ---------------------------------------------------------------- purpose (3)
Q("purpose",
  "Viết bài về phong trào “Học tập suốt đời” ở An Lão, tôi muốn biết kế hoạch muốn thay đổi điều gì ở người dân về "
  "việc tự học?",
  [(AL, "dần thúc đẩy việc “tự học” trở thành nhu cầu tự thân của mỗi người dân")],
  "Mục đích của kế hoạch là tạo chuyển biến trong nhận thức và hành động về học tập suốt đời, dần thúc đẩy việc “tự "
  "học” trở thành nhu cầu tự thân của mỗi người dân, từ đó nâng cao chất lượng, hiệu quả trong học tập, lao động.",
  ["nhu cầu tự thân"])

Q("purpose",
  "Kế hoạch Huế năm 2026 yêu cầu việc triển khai phải bảo đảm những gì?",
  [(HUE, "Việc triển khai thực hiện Kế hoạch phải bảo đảm thiết thực, hiệu quả, đúng mục tiêu, phù hợp với điều kiện "
         "thực tiễn của từng địa phương, cơ quan, đơn vị; có tính linh hoạt, sáng tạo, tránh hình thức.")],
  "Theo phần Yêu cầu, việc triển khai phải bảo đảm thiết thực, hiệu quả, đúng mục tiêu, phù hợp với điều kiện thực tiễn "
  "của từng địa phương, cơ quan, đơn vị; có tính linh hoạt, sáng tạo, tránh hình thức; đồng thời tăng cường phối hợp "
  "đồng bộ giữa các sở, ban, ngành, đoàn thể, địa phương và doanh nghiệp.",
  ["thiết thực, hiệu quả", "tránh hình thức"])

Q("purpose",
  "Kế hoạch Hà Nội có được dùng làm căn cứ để kiểm điểm trách nhiệm các cấp, các ngành không?",
  [(HN, "Là căn cứ để kiểm điểm trách nhiệm của các cấp, các ngành, địa phương, đơn vị trong việc thực hiện các nhiệm vụ "
        "được giao.")],
  "Có. Phần Mục đích, yêu cầu nêu Kế hoạch phải phù hợp với thực tế Thủ đô và các QĐ 1373, 1315 của Thủ tướng, và “Là "
  "căn cứ để kiểm điểm trách nhiệm của các cấp, các ngành, địa phương, đơn vị trong việc thực hiện các nhiệm vụ được "
  "giao.”",
  ["kiểm điểm trách nhiệm"])

# ---------------------------------------------------------------- task_section (5)
Q("task_section",
  "Nhóm nhiệm vụ thứ nhất của Huế (tăng cường lãnh đạo, chỉ đạo) gồm những nội dung gì?",
  [(HUE, "1. Tăng cường sự lãnh đạo, chỉ đạo của các cấp ủy Đảng, nâng cao hiệu lực, hiệu quả quản lý nhà nước của các "
         "cấp chính quyền"),
   (HUE, "Tăng cường công tác tham mưu để các cấp ủy Đảng đưa đầy đủ, cụ thể các mục tiêu, chỉ tiêu, nhiệm vụ và giải "
         "pháp về xây dựng xã hội học tập, học tập suốt đời vào nghị quyết của các cấp"),
   (HUE, "Kiện toàn, nâng cao hiệu quả hoạt động của Ban Chỉ đạo Phong trào thi đua về công tác khuyến học, khuyến tài, "
         "xây dựng xã hội học tập giai đoạn 2023–2030"),
   (HUE, "Công văn số 2430-CV/TU ngày 19 tháng 6 năm 2023")],
  "Mục III.1 gồm: tăng cường tham mưu để cấp ủy đưa đầy đủ mục tiêu, chỉ tiêu, nhiệm vụ, giải pháp xây dựng xã hội học "
  "tập vào nghị quyết của các cấp; kiện toàn, nâng cao hiệu quả Ban Chỉ đạo Phong trào thi đua về công tác khuyến học, "
  "khuyến tài, xây dựng xã hội học tập giai đoạn 2023–2030, phân công rõ trách nhiệm theo tinh thần Công văn số "
  "2430-CV/TU; đẩy mạnh phối hợp giữa các sở, ngành, đoàn thể, doanh nghiệp; yêu cầu cơ quan, cơ sở giáo dục, doanh "
  "nghiệp, gia đình mở rộng cơ hội học tập.",
  ["vào nghị quyết của các cấp", "Ban Chỉ đạo", "2430-CV/TU"])

Q("task_section",
  "Nhiệm vụ chuyển đổi số trong kế hoạch Mỹ Lộc nêu yêu cầu cho những loại cơ sở nào?",
  [(ML, "4. Đẩy mạnh thực hiện chuyển đổi số và ứng dụng công nghệ thông tin trong tổ chức các hoạt động học tập suốt đời"),
   (ML, "- Cơ sở giáo dục nghề nghiệp: Đa dạng phương thức đào tạo"),
   (ML, "- Cơ sở giáo dục thường xuyên: Đa dạng nội dung giáo dục"),
   (ML, "- Cơ sở giáo dục phổ thông: Đổi mới căn bản phương thức quản lý nhà nước"),
   (ML, "- Các thiết chế văn hoá: Đổi mới phương thức")],
  "Mục III.4.a nêu bốn loại: cơ sở giáo dục nghề nghiệp (đa dạng phương thức đào tạo, đào tạo từ xa, vừa làm vừa học); "
  "cơ sở giáo dục thường xuyên (đa dạng nội dung, ứng dụng công nghệ, tài nguyên giáo dục mở); cơ sở giáo dục phổ thông "
  "(đổi mới quản trị với dữ liệu, công nghệ số là nền tảng); các thiết chế văn hoá (cung ứng dịch vụ hỗ trợ học tập "
  "trên nền tảng số). Ngoài ra b)–d) về chương trình giáo dục trên truyền hình, học liệu mở và trường đại học mở.",
  ["Cơ sở giáo dục nghề nghiệp", "Cơ sở giáo dục thường xuyên", "Cơ sở giáo dục phổ thông", "thiết chế văn hoá"])

Q("task_section",
  "Kế hoạch Hà Nội có bao nhiêu nhóm nhiệm vụ, giải pháp trọng tâm? Kể tên từng nhóm.",
  [(HN, "III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM"),
   (HN, "1. Công tác quán triệt, tuyên truyền, phổ biến và triển khai thực hiện Nghị quyết số 23-NQ/TU"),
   (HN, "2. Cụ thể hóa các mục tiêu, nhiệm vụ, giải pháp xây dựng xã hội học tập trong phạm vi từng địa phương, đơn vị"),
   (HN, "3. Đẩy mạnh chuyển đổi số và ứng dụng công nghệ thông tin"),
   (HN, "4. Phát huy vai trò của các tổ chức chính trị - xã hội, xã hội nghề nghiệp và tổ chức xã hội trong phong trào "
        "khuyến học, khuyến tài phù hợp với tình hình mới"),
   (HN, "5. Phát triển tổ chức, nâng cao chất lượng hoạt động và đa dạng các mô hình học tập"),
   (HN, "6. Hoàn thiện cơ chế, chính sách về xây dựng xã hội học tập"),
   (HN, "7. Tăng cường hợp tác quốc tế, phấn đấu trở thành “Thành phố học tập” của UNESCO"),
   (HN, "8. Các nhiệm vụ, giải pháp khác")],
  "Tám nhóm (mục III): 1. quán triệt, tuyên truyền, triển khai Nghị quyết số 23-NQ/TU; 2. cụ thể hóa mục tiêu, nhiệm "
  "vụ, giải pháp trong từng địa phương, đơn vị; 3. đẩy mạnh chuyển đổi số và ứng dụng công nghệ thông tin; 4. phát huy "
  "vai trò các tổ chức chính trị - xã hội, xã hội nghề nghiệp; 5. phát triển tổ chức, đa dạng các mô hình học tập; 6. "
  "hoàn thiện cơ chế, chính sách; 7. tăng cường hợp tác quốc tế, phấn đấu trở thành “Thành phố học tập” của UNESCO; "
  "8. các nhiệm vụ, giải pháp khác.",
  ["23-NQ/TU", "chuyển đổi số", "cơ chế, chính sách", "hợp tác quốc tế"])

Q("task_section",
  "Phần hợp tác quốc tế trong kế hoạch 74 của Cần Thơ gồm những nội dung nào?",
  [(CT, "6. Tăng cường hợp tác quốc tế trong lĩnh vực học tập suốt đời, xây dựng xã hội học tập và phát triển công nghệ "
        "đào tạo mở và từ xa"),
   (CT, "Thúc đẩy hợp tác quốc tế về giáo dục người lớn, học tập suốt đời và xây dựng xã hội học tập;"),
   (CT, "Nghiên cứu, triển khai các chương trình hợp tác quốc tế về công nghệ đào tạo mở và từ xa trên nền tảng cuộc "
        "Cách mạng công nghiệp lần thứ tư;"),
   (CT, "Đẩy mạnh vận động, khuyến khích đội ngũ trí thức tài năng là người Việt Nam ở nước ngoài tham gia đóng góp"),
   (CT, "Chủ động, tích cực tham gia mạng lưới “Thành phố học tập toàn cầu” do Tổ chức Giáo dục, Khoa học và Văn hóa "
        "của Liên hợp quốc (UNESCO) điều hành.")],
  "Mục III.6 có bốn nội dung: a) thúc đẩy hợp tác quốc tế về giáo dục người lớn, học tập suốt đời; b) nghiên cứu, triển "
  "khai chương trình hợp tác quốc tế về công nghệ đào tạo mở và từ xa; c) vận động trí thức tài năng là người Việt Nam "
  "ở nước ngoài đóng góp; d) chủ động tham gia mạng lưới “Thành phố học tập toàn cầu” của UNESCO.",
  ["giáo dục người lớn", "đào tạo mở và từ xa", "UNESCO"])

Q("task_section",
  "Nội dung, giải pháp số 6 trong kế hoạch An Lão nói gì về cán bộ, công chức?",
  [(AL, "6. Tăng cường đào tạo, bồi dưỡng để đội ngũ cán bộ, công chức có đủ những tiêu chuẩn về phẩm chất và năng lực "
        "lãnh đạo, quản lý, ngang tầm nhiệm vụ"),
   (AL, "Xác định học tập suốt đời đối với cán bộ, công chức, viên chức là “nhiệm vụ cách mạng”, học để sáng tạo, đổi "
        "mới, để tham mưu triển khai tốt nhiệm vụ.")],
  "Mục II.6: tăng cường đào tạo, bồi dưỡng để cán bộ, công chức đủ tiêu chuẩn phẩm chất và năng lực lãnh đạo, quản lý, "
  "ngang tầm nhiệm vụ; viên chức có phẩm chất chính trị, trách nhiệm, thành thạo nghiệp vụ; xác định học tập suốt đời "
  "đối với cán bộ, công chức, viên chức là “nhiệm vụ cách mạng”, học để sáng tạo, đổi mới.",
  ["nhiệm vụ cách mạng", "ngang tầm nhiệm vụ"])

# ---------------------------------------------------------------- cross_plan (6)
Q("cross_plan",
  "Huế (2026) và Cần Thơ (2024) đặt tỷ lệ dân số có trình độ đại học trở lên có giống nhau không?",
  [(HUE, "40% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó có 15% dân số có trình độ "
         "đại học trở lên."),
   (CT, "Phần đầu đạt tỷ lệ 30% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật; trong đó, 15% dân "
        "số có trình độ đại học trở lên.")],
  "Giống nhau ở tỷ lệ đại học: cả hai đặt 15% dân số có trình độ đại học trở lên. Khác ở tỷ lệ đào tạo chuyên môn kỹ "
  "thuật của dân số từ 15 tuổi trở lên: Huế 40%, Cần Thơ 30%.",
  ["15%", "40%", "30%"])

Q("cross_plan",
  "Trong năm kế hoạch đã nạp, kế hoạch nào giao nhiệm vụ cho Ban Dân tộc, và giao việc gì?",
  [(HN, "10. Ban Dân tộc Thành phố"),
   (HN, "tạo điều kiện thuận lợi cho trẻ em, người học vùng dân tộc thiểu số và miền núi được tham gia học tập."),
   (CT, "9. Ban Dân tộc"),
   (CT, "triển khai các chương trình, dự án hỗ trợ giáo dục, đào tạo cho người dân tộc thiểu số trên địa bàn thành phố")],
  "Hai kế hoạch: Hà Nội (mục V.10, Ban Dân tộc Thành phố — tham mưu Kế hoạch Chương trình mục tiêu quốc gia vùng đồng "
  "bào dân tộc thiểu số và miền núi, phối hợp triển khai dự án hỗ trợ giáo dục, tạo điều kiện cho trẻ em, người học "
  "vùng dân tộc thiểu số và miền núi được tham gia học tập) và Cần Thơ (mục V.9 — triển khai các chương trình, dự án "
  "hỗ trợ giáo dục, đào tạo cho người dân tộc thiểu số). Huế, Mỹ Lộc, An Lão không có Ban Dân tộc.",
  ["Ban Dân tộc Thành phố", "dân tộc thiểu số"])

Q("cross_plan",
  "Những kế hoạch nào có đề nghị Ban Tuyên giáo (Thành ủy hoặc Huyện ủy) tham gia?",
  [(ML, "8. Đề nghị Ban Tuyên giáo Huyện ủy"),
   (HN, "14. Đề nghị Ban Tuyên giáo Thành ủy"),
   (CT, "10. Đề nghị Ban Tuyên giáo Thành ủy")],
  "Ba kế hoạch: Mỹ Lộc (mục V.8, Đề nghị Ban Tuyên giáo Huyện ủy phối hợp với Phòng GD&ĐT, nhất là tuyên truyền, và "
  "kiểm tra, giám sát), Hà Nội (mục V.14, Đề nghị Ban Tuyên giáo Thành ủy chỉ đạo cấp ủy, phối hợp Sở GD&ĐT, chỉ đạo "
  "báo chí) và Cần Thơ (mục V.10, Đề nghị Ban Tuyên giáo Thành ủy chủ trì hướng dẫn, kiểm tra, đôn đốc). Huế và An Lão "
  "không nhắc đến Ban Tuyên giáo.",
  ["Ban Tuyên giáo Huyện ủy", "Ban Tuyên giáo Thành ủy"])

Q("cross_plan",
  "Hội Liên hiệp Phụ nữ ở Mỹ Lộc và ở Cần Thơ được giao vận động theo những phong trào, cuộc vận động nào?",
  [(ML, "đẩy mạnh hoạt động có hiệu quả đối với “Quỹ học bổng Hoàng Ngân”"),
   (ML, "“Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc”"),
   (CT, "Đề nghị Hội Liên hiệp Phụ nữ thành phố chỉ đạo các cấp Hội Phụ nữ tiếp tục vận động tuyên truyền hội viên, "
        "phụ nữ cho con đi học đúng độ tuổi"),
   (CT, "“Xây dựng gia đình 5 không 3 sạch”")],
  "Mỹ Lộc: Hội LHPN huyện lồng ghép tuyên truyền trong phong trào “Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng "
  "gia đình hạnh phúc”, vận động phụ nữ, trẻ em gái chưa biết chữ đi học xóa mù chữ và đẩy mạnh “Quỹ học bổng Hoàng "
  "Ngân”. Cần Thơ: Hội LHPN thành phố vận động phụ nữ cho con đi học đúng độ tuổi, gắn với Cuộc vận động “Xây dựng gia "
  "đình 5 không 3 sạch” và mô hình “Gia đình 5 có, 3 sạch”.",
  ["Hoàng Ngân", "5 không 3 sạch"])

Q("cross_plan",
  "An Lão và Mỹ Lộc đều là kế hoạch cấp huyện: khi có vướng mắc thì báo cáo qua cơ quan nào, có giống nhau không?",
  [(AL, "báo cáo Ủy ban nhân dân huyện (qua phòng Giáo dục và Đào tạo) để kịp thời giải quyết."),
   (ML, "đề xuất về Phòng Giáo dục và Đào tạo để tổng hợp, tham mưu UBND huyện xem xét, chỉ đạo")],
  "Giống nhau: cả hai đều qua Phòng Giáo dục và Đào tạo. An Lão: các cơ quan, đơn vị báo cáo Ủy ban nhân dân huyện "
  "(qua phòng Giáo dục và Đào tạo); Mỹ Lộc: các cơ quan, đơn vị báo cáo, đề xuất về Phòng Giáo dục và Đào tạo để tổng "
  "hợp, tham mưu UBND huyện.",
  ["Phòng Giáo dục và Đào tạo"])

Q("cross_plan",
  "So sánh nhiệm vụ của Hội Người cao tuổi ở Mỹ Lộc và ở Cần Thơ.",
  [(ML, "g) Hội Cựu chiến binh huyện, Hội Nông dân huyện, Hội Người cao tuổi huyện, Hội Cựu giáo chức huyện"),
   (ML, "Hướng dẫn các cấp hội phối hợp tổ chức các hoạt động khuyến học, khuyến tài, xây dựng xã hội học tập theo tinh "
        "thần xã hội hoá giáo dục, nâng cao chất lượng “Quỹ vòng tay đồng đội”"),
   (CT, "12. Đề nghị Hội Người cao tuổi thành phố"),
   (CT, "Hướng dẫn các cấp Hội phối hợp tổ chức tuyên truyền, tập huấn cho cán bộ, nhà giáo, hội viên các Hội nắm vững "
        "chủ trương và các biện pháp triển khai khuyến học, khuyến tài, xây dựng xã hội học tập")],
  "Mỹ Lộc không giao riêng: Hội Người cao tuổi huyện nằm trong nhóm g) cùng Hội Cựu chiến binh, Hội Nông dân, Hội Cựu "
  "giáo chức, chung nhiệm vụ hướng dẫn các cấp hội phối hợp tổ chức hoạt động khuyến học, khuyến tài theo tinh thần xã "
  "hội hoá giáo dục, nâng cao chất lượng “Quỹ vòng tay đồng đội”, huy động hội viên chuyển giao công nghệ. Cần Thơ có "
  "mục riêng (V.12): hướng dẫn các cấp Hội tổ chức tuyên truyền, tập huấn cho cán bộ, nhà giáo, hội viên nắm vững chủ "
  "trương khuyến học, khuyến tài và hỗ trợ ngành Giáo dục nâng cao chất lượng giáo dục.",
  ["Hội Người cao tuổi huyện", "Quỹ vòng tay đồng đội", "tuyên truyền, tập huấn"])

# ---------------------------------------------------------------- no_diacritics (8)
Q("no_diacritics",
  "so noi vu ha noi phai lamf gi trong ke hoach xhht",
  [(HN, "tổ chức các lớp tập huấn, bồi dưỡng kiến thức, kỹ năng cho đội ngũ cán bộ công chức, viên chức, người lao động "
        "trên địa bàn Thành phố để thực hiện và hoàn thành các mục tiêu của Kế hoạch")],
  "Sở Nội vụ Hà Nội (mục V.3): trên cơ sở chức năng, nhiệm vụ, chủ trì, phối hợp với các Sở, ngành tổ chức các lớp tập "
  "huấn, bồi dưỡng kiến thức, kỹ năng cho đội ngũ cán bộ công chức, viên chức, người lao động trên địa bàn Thành phố để "
  "thực hiện và hoàn thành các mục tiêu của Kế hoạch.",
  ["tập huấn, bồi dưỡng kiến thức, kỹ năng"])

Q("no_diacritics",
  "kinh phis thuc hien ke hoach 74 cua can tho lay tu nguon nao",
  [(CT, "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước, nguồn tài trợ và các nguồn tài chính hợp "
        "pháp khác theo quy định của pháp luật.")],
  "Kinh phí được bố trí từ nguồn ngân sách nhà nước, nguồn tài trợ và các nguồn tài chính hợp pháp khác theo quy định "
  "của pháp luật (mục IV kế hoạch 74/KH-BCĐ).",
  ["ngân sách nhà nước", "nguồn tài trợ"])

Q("no_diacritics",
  "chi tieu kyx nang song nam 2030 cua my loc la bao nhieu %",
  [(ML, "+ 80% người trong độ tuổi lao động được trang bị kỹ năng sống."),
   (ML, "b) Mục tiêu đến năm 2030")],
  "Đến năm 2030, Mỹ Lộc đặt 80% người trong độ tuổi lao động được trang bị kỹ năng sống (năm 2025 là 60%).",
  ["80%"])

Q("no_diacritics",
  "cac xa vung sau o can tho co co che ho tro trung tam hoc tap cong dong ko",
  [(CT, "Tham mưu xây dựng các cơ chế, chính sách hỗ trợ các trung tâm học tập cộng đồng, nhất là các trung tâm học tập "
        "cộng đồng ở các xã vùng sâu, vùng đồng bào dân tộc thiểu số;")],
  "Có nêu: mục III.2.d giao tham mưu xây dựng các cơ chế, chính sách hỗ trợ các trung tâm học tập cộng đồng, nhất là "
  "các trung tâm ở các xã vùng sâu, vùng đồng bào dân tộc thiểu số.",
  ["xã vùng sâu", "cơ chế, chính sách hỗ trợ"])

Q("no_diacritics",
  "hoi khuyen hoc huyen an lao dc giao lam gi vay",
  [(AL, "5. Hội Khuyến học huyện"),
   (AL, "Phối hợp với các phòng, ban, ngành, đoàn thể tuyên truyền về tư tưởng, vai trò của “Học tập suốt đời”"),
   (AL, "Phát động các phong trào khuyến học, khuyến tài gắn với nội dung, quan điểm chỉ đạo của Tổng Bí thư")],
  "Hội Khuyến học huyện An Lão (mục III.5): phối hợp với các phòng, ban, ngành, đoàn thể tuyên truyền về tư tưởng, vai "
  "trò của “Học tập suốt đời”; tích cực triển khai phong trào; phát động các phong trào khuyến học, khuyến tài gắn với "
  "quan điểm chỉ đạo của Tổng Bí thư; biểu dương, nhân rộng mô hình, tấm gương sáng.",
  ["tuyên truyền", "quan điểm chỉ đạo của Tổng Bí thư"])

Q("no_diacritics",
  "ubnd xa phuong o hue phai ra soat trung tam hoc tap cong dong nhu the nao",
  [(HUE, "bảo đảm mỗi xã, phường có ít nhất một trung tâm học tập cộng đồng hoạt động hiệu quả, đúng chức năng, nhiệm "
         "vụ theo quy định.")],
  "UBND các xã, phường rà soát, củng cố, kiện toàn hệ thống trung tâm học tập cộng đồng, bảo đảm mỗi xã, phường có ít "
  "nhất một trung tâm học tập cộng đồng hoạt động hiệu quả, đúng chức năng, nhiệm vụ theo quy định.",
  ["ít nhất một trung tâm học tập cộng đồng"])

Q("no_diacritics",
  "ha noi 2030 bao nhieu % cong dan dat ky nawng so",
  [(HN, "70% công dân đạt danh hiệu công dân học tập; 70% công dân đạt kỹ năng số."),
   (HN, "2.2. Mục tiêu cụ thể đến năm 2030")],
  "Đến năm 2030 Hà Nội đặt 70% công dân đạt kỹ năng số (cùng 70% công dân đạt danh hiệu công dân học tập).",
  ["70%", "kỹ năng số"])

Q("no_diacritics",
  "cong an thanh pho can tho phai lam gi trong ke hoach xay dung xa hoi hoc tap nam 2024",
  [(CT, "8. Công an thành phố"),
   (CT, "Chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Ủy ban nhân dân quận, huyện tổ chức các lớp học xóa mù chữ, phổ "
        "cập giáo dục, đào tạo nghề cho trại viên, phạm nhân và học viên trong các trại giam")],
  "Công an thành phố Cần Thơ chủ trì, phối hợp với Sở GD&ĐT, UBND quận, huyện tổ chức các lớp học xóa mù chữ, phổ cập "
  "giáo dục, đào tạo nghề cho trại viên, phạm nhân và học viên trong các trại giam, trại tạm giam, cơ sở giáo dục bắt "
  "buộc, trường giáo dưỡng (nếu có).",
  ["xóa mù chữ", "phạm nhân"])

# ---------------------------------------------------------------- abbreviation (6)
Q("abbreviation",
  "UBND tp Hue giao SGDĐT nv gì về KT/GS các TTHTCĐ?",
  [(HUE, "Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với Hội Khuyến học thành phố và các sở, ban, ngành liên quan "
         "tổ chức kiểm tra, giám sát công tác xây dựng xã hội học tập và hoạt động của các trung tâm học tập cộng đồng")],
  "Mục III.7 giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với Hội Khuyến học thành phố và các sở, ban, ngành liên quan "
  "tổ chức kiểm tra, giám sát công tác xây dựng xã hội học tập và hoạt động của các trung tâm học tập cộng đồng tại các "
  "xã, phường; tổng hợp, đánh giá kết quả, tham mưu UBND thành phố.",
  ["kiểm tra, giám sát", "trung tâm học tập cộng đồng"])

Q("abbreviation",
  "P.GD&ĐT ML phải bc UBND huyện trước ngày nào hằng năm?",
  [(ML, "Tổ chức kiểm tra, giám sát và đánh giá, tổng hợp, báo cáo UBND huyện trước ngày 15 tháng 12 hằng năm")],
  "Phòng Giáo dục và Đào tạo Mỹ Lộc tổ chức kiểm tra, giám sát, đánh giá, tổng hợp, báo cáo UBND huyện trước ngày 15 "
  "tháng 12 hằng năm.",
  ["15 tháng 12"])

Q("abbreviation",
  "Sở LĐ-TB&XH HN có nv gì vs ng khuyết tật, LĐ nông thôn?",
  [(HN, "Xây dựng và triển khai các chương trình, dự án, đề án hỗ trợ đào tạo, đào tạo lại cho các đối tượng: lao động "
        "nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động.")],
  "Sở Lao động - Thương binh và Xã hội Hà Nội xây dựng và triển khai các chương trình, dự án, đề án hỗ trợ đào tạo, đào "
  "tạo lại cho các đối tượng: lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao "
  "động.",
  ["đào tạo lại", "người khuyết tật"])

Q("abbreviation",
  "P.GDĐT AL tham mưu UBND huyện trình HĐND huyện việc gì?",
  [(AL, "Chủ trì, phối hợp với các phòng, ban, ngành tham mưu Ủy ban nhân dân huyện trình Hội đồng nhân dân huyện điều "
        "chỉnh các cơ chế, chính sách thúc đẩy khuyến học, khuyến tài, xây dựng xã hội học tập, học tập suốt đời trên "
        "địa bàn huyện.")],
  "Phòng Giáo dục và Đào tạo An Lão chủ trì, phối hợp với các phòng, ban, ngành tham mưu Ủy ban nhân dân huyện trình "
  "Hội đồng nhân dân huyện điều chỉnh các cơ chế, chính sách thúc đẩy khuyến học, khuyến tài, xây dựng xã hội học tập, "
  "học tập suốt đời trên địa bàn huyện.",
  ["Hội đồng nhân dân huyện", "cơ chế, chính sách"])

Q("abbreviation",
  "UBMTTQVN TP Huế & các đoàn thể CT-XH đc đề nghị làm gì?",
  [(HUE, "6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các Đoàn thể chính trị - xã hội, các Hội xã hội"),
   (HUE, "Tổ chức vận động cán bộ, công chức, viên chức, người lao động, đoàn viên, hội viên và quần chúng Nhân dân "
         "tham gia, hưởng ứng học tập thường xuyên, học tập suốt đời")],
  "Mục V.6 đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các đoàn thể chính trị - xã hội, các hội xã hội tổ "
  "chức vận động cán bộ, công chức, viên chức, người lao động, đoàn viên, hội viên và quần chúng Nhân dân tham gia, "
  "hưởng ứng học tập thường xuyên, học tập suốt đời và phong trào thi đua khuyến học, khuyến tài.",
  ["vận động", "học tập thường xuyên, học tập suốt đời"])

Q("abbreviation",
  "BTGTU CT đc đề nghị chủ trì việc gì trong KH 74?",
  [(CT, "Đề nghị Ban Tuyên giáo Thành ủy chủ trì, phối hợp với Sở Giáo dục và Đào tạo và các cơ quan liên quan thường "
        "xuyên hướng dẫn, kiểm tra, đôn đốc và tổ chức triển khai thực hiện Kế hoạch.")],
  "Ban Tuyên giáo Thành ủy Cần Thơ được đề nghị chủ trì, phối hợp với Sở GD&ĐT và các cơ quan liên quan thường xuyên "
  "hướng dẫn, kiểm tra, đôn đốc và tổ chức triển khai thực hiện Kế hoạch; chỉ đạo các cơ quan báo chí tăng cường tuyên "
  "truyền.",
  ["hướng dẫn, kiểm tra, đôn đốc"])

# ---------------------------------------------------------------- paraphrase (5)
Q("paraphrase",
  "Cán bộ ở An Lão dám làm cái mới mà thất bại thì kế hoạch có tính chuyện bảo vệ họ không?",
  [(AL, "chính sách bảo vệ cán bộ, miễn trừ trách nhiệm đối với cán bộ tiên phong, thực hiện thí điểm mà kết quả không "
        "đạt hoặc chỉ đạt một phần mục tiêu đề ra")],
  "Có. Phòng Nội vụ nghiên cứu cơ chế, chính sách khuyến khích cán bộ dám nghĩ, dám làm và chính sách bảo vệ cán bộ, "
  "miễn trừ trách nhiệm đối với cán bộ tiên phong, thực hiện thí điểm mà kết quả không đạt hoặc chỉ đạt một phần mục "
  "tiêu đề ra hoặc gặp rủi ro do nguyên nhân khách quan.",
  ["bảo vệ cán bộ", "miễn trừ trách nhiệm"])

Q("paraphrase",
  "Huế có định hỏi xem người dân muốn học cái gì trước khi mở lớp không?",
  [(HUE, "Tổ chức khảo sát, điều tra nhu cầu học tập của Nhân dân; trên cơ sở đó, chủ động, linh hoạt tổ chức đa dạng "
         "các hoạt động học tập tại các trung tâm học tập cộng đồng")],
  "Có. Mục III.5 yêu cầu tổ chức khảo sát, điều tra nhu cầu học tập của Nhân dân; trên cơ sở đó chủ động, linh hoạt tổ "
  "chức đa dạng các hoạt động học tập tại các trung tâm học tập cộng đồng.",
  ["khảo sát, điều tra nhu cầu học tập"])

Q("paraphrase",
  "Ở Hà Nội, các sở có phải đưa tài liệu chuyên môn của mình để số hóa cho dân học không?",
  [(HN, "Có trách nhiệm cung cấp tài liệu học tập về các lĩnh vực theo chức năng, nhiệm vụ của từng Sở, ngành cho Sở "
        "Giáo dục và Đào tạo, cơ sở đào tạo đủ điều kiện tổ chức, biên soạn, số hóa tài liệu học tập theo quy định của "
        "pháp luật về quyền tác giả và quyền sở hữu trí tuệ")],
  "Có. Các Sở, ngành khác có trách nhiệm cung cấp tài liệu học tập về các lĩnh vực theo chức năng, nhiệm vụ cho Sở "
  "GD&ĐT, cơ sở đào tạo đủ điều kiện để biên soạn, số hóa tài liệu học tập theo quy định về quyền tác giả và quyền sở "
  "hữu trí tuệ, phục vụ giáo dục kiến thức cho mọi tầng lớp nhân dân.",
  ["cung cấp tài liệu học tập", "số hóa"])

Q("paraphrase",
  "Cần Thơ có tính đưa bài giảng lên tivi, radio và mạng xã hội cho người dân tự học không?",
  [(CT, "Tổ chức các chương trình giáo dục trên kênh phát thanh, truyền hình, các trang mạng báo điện tử, các ứng dụng "
        "truyền hình của đài phát thanh, truyền hình Trung ương và địa phương; đăng tải trên nền tảng công nghệ số của "
        "các mạng xã hội")],
  "Có. Mục III.3.b: tổ chức các chương trình giáo dục trên kênh phát thanh, truyền hình, các trang mạng báo điện tử, "
  "ứng dụng truyền hình của đài Trung ương và địa phương; đăng tải trên nền tảng công nghệ số của các mạng xã hội, bảo "
  "đảm đúng quy định.",
  ["phát thanh, truyền hình", "mạng xã hội"])

Q("paraphrase",
  "Mỹ Lộc có tính chuyện mời trường đại học về đặt cơ sở ở huyện không?",
  [(ML, "Tạo điều kiện cho các trường đại học mở cơ sở giáo dục tại địa phương để làm nhiệm vụ là trung tâm xây dựng và "
        "nghiên cứu phát triển công nghệ đào tạo mở và từ xa")],
  "Có. Mục III.4.d: tạo điều kiện cho các trường đại học mở cơ sở giáo dục tại địa phương để làm trung tâm xây dựng và "
  "nghiên cứu phát triển công nghệ đào tạo mở và từ xa, phát triển học liệu mở và đào tạo, bồi dưỡng giáo viên.",
  ["trường đại học mở cơ sở giáo dục tại địa phương"])

# ---------------------------------------------------------------- english (25)
Q("english",
  "Which department in Hanoi's plan leads the training of staff who work in libraries, museums and cultural houses?",
  [(HN, "4. Sở Văn hóa và Thể thao"),
   (HN, "Đào tạo, đào tạo lại, bồi dưỡng, nâng cao chất lượng nguồn nhân lực làm việc trong các thiết chế văn hóa - thể "
        "thao phục vụ nhu cầu học tập suốt đời của người dân đáp ứng yêu cầu chuyển đổi số.")],
  "The Department of Culture and Sports (Sở Văn hóa và Thể thao, item V.4): “Đào tạo, đào tạo lại, bồi dưỡng, nâng cao "
  "chất lượng nguồn nhân lực làm việc trong các thiết chế văn hóa - thể thao” to serve people's lifelong learning and "
  "digital transformation.",
  ["Sở Văn hóa và Thể thao", "thiết chế văn hóa - thể thao"])

Q("english",
  "By when must communes and wards in Hue send their results report to the Department of Education and Training?",
  [(HUE, "gửi báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 15/12/2026")],
  "Before 15 December 2026: the commune/ward People's Committees send their report “về Sở Giáo dục và Đào tạo trước "
  "ngày 15/12/2026”.",
  ["15/12/2026"])

Q("english",
  "How much of the working-age population in Can Tho should be equipped with life skills in 2024?",
  [(CT, "Phần đầu đạt tỷ lệ 90% số người trong độ tuổi lao động được trang bị kỹ năng sống")],
  "90%: “Phần đầu đạt tỷ lệ 90% số người trong độ tuổi lao động được trang bị kỹ năng sống” (the plan's “Phần đầu” "
  "means “phấn đấu”, i.e. a target).",
  ["90%"])

Q("english",
  "Hue vs Can Tho: which plan sets the higher target for community learning centres using ICT?",
  [(HUE, "100% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục."),
   (CT, "Phần đầu đạt tỷ lệ 90% trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt "
        "động giáo dục")],
  "Hue: its 2026 plan targets 100% of community learning centres applying ICT; Can Tho's 2024 plan targets 90%.",
  ["100%", "90%"])

Q("english",
  "My Loc 2030 target learning citizens",
  [(ML, "+ 60% công dân đạt danh hiệu công dân học tập."),
   (ML, "b) Mục tiêu đến năm 2030")],
  "By 2030 My Loc targets 60% of citizens with the “công dân học tập” (learning citizen) title (40% by 2025).",
  ["60%"])

Q("english",
  "In An Lao, who is asked to review the network of preschools and general schools?",
  [(AL, "Tiếp tục tham mưu rà soát, sắp xếp mạng lưới các cơ sở giáo dục mầm non, phổ thông hiện có, đảm bảo hiệu lực, "
        "hiệu quả")],
  "The district Office of Education and Training (Phòng Giáo dục và Đào tạo, item III.1): “Tiếp tục tham mưu rà soát, "
  "sắp xếp mạng lưới các cơ sở giáo dục mầm non, phổ thông hiện có”.",
  ["mầm non, phổ thông"])

Q("english",
  "According to Hanoi's plan, what share of people aged 15-60 should be literate by 2030?",
  [(HN, "99,6% người trong độ tuổi 15-60 biết chữ."),
   (HN, "2.2. Mục tiêu cụ thể đến năm 2030")],
  "99,6% (99.6%) of people aged 15-60 should be literate by 2030 (“99,6% người trong độ tuổi 15-60 biết chữ”).",
  ["99,6%", "15-60"])

Q("english",
  "Which Hanoi agency must give guidance on the financial mechanism for carrying out the plan's tasks?",
  [(HN, "Chủ trì, hướng dẫn các Sở, ngành liên quan về cơ chế tài chính triển khai thực hiện các nhiệm vụ của Kế hoạch")],
  "The Department of Finance (Sở Tài chính, item V.6): “Chủ trì, hướng dẫn các Sở, ngành liên quan về cơ chế tài chính "
  "triển khai thực hiện các nhiệm vụ của Kế hoạch”.",
  ["cơ chế tài chính"])

Q("english",
  "By when does Hue want every commune and ward to have at least one community learning centre?",
  [(HUE, "bảo đảm mỗi xã, phường có ít nhất một trung tâm, hoàn thành trong Quý II năm 2026.")],
  "By the end of the second quarter of 2026: “hoàn thành trong Quý II năm 2026”.",
  ["Quý II năm 2026"])

Q("english",
  "Was Can Tho's 2024 plan issued by the city People's Committee? Who signed it?",
  [(CT, "Số: 74 /KH-BCĐ"),
   (CT, "TM. BAN CHỈ ĐẠO TRƯỞNG BAN"),
   (CT, "Nguyễn Thực Hiện")],
  "No, not directly: it is plan No. 74/KH-BCĐ of the city's Steering Committee (Ban Chỉ đạo), signed “TM. BAN CHỈ ĐẠO "
  "TRƯỞNG BAN” by Nguyễn Thực Hiện, Vice Chairman of the city People's Committee.",
  ["74", "Nguyễn Thực Hiện"])

Q("english",
  "Compare Hanoi and My Loc: by 2030, what share of the population aged 15+ should have professional or technical "
  "training?",
  [(HN, "60% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật. Trong đó, 15% dân số có trình độ đại "
        "học trở lên."),
   (ML, "+ 70% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó 15% dân số có trình độ "
        "đại học trở lên.")],
  "By 2030 Hanoi targets 60% (of whom 15% with a university degree or higher); My Loc targets 70% (also 15% with "
  "university or higher). My Loc's target is higher.",
  ["60%", "70%", "15%"])

Q("english",
  "Is it true that Hue aims for 50% of citizens to be 'learning citizens' in 2026?",
  [(HUE, "40% công dân đạt danh hiệu công dân học tập.")],
  "No. Hue's 2026 target is 40%: “40% công dân đạt danh hiệu công dân học tập”.",
  ["40%"])

Q("english",
  "We are a library foundation. In Hue's plan, which department develops lifelong learning in libraries and museums, "
  "and under which city plan?",
  [(HUE, "triển khai thực hiện Kế hoạch số 288/KH-UBND ngày 25 tháng 8 năm 2023 của Ủy ban nhân dân thành phố về "
         "Chương trình “Đẩy mạnh các hoạt động phục vụ học tập suốt đời trong thư viện, bảo tàng, trung tâm văn hóa đến "
         "năm 2030”"),
   (HUE, "2. Sở Văn hóa và Thể thao")],
  "The Department of Culture and Sports (Sở Văn hóa và Thể thao) leads it, implementing Plan No. 288/KH-UBND of 25 "
  "August 2023 on the programme for lifelong learning in libraries, museums and cultural centres to 2030.",
  ["Sở Văn hóa và Thể thao", "288/KH-UBND"])

Q("english",
  "In An Lao, will the results of the 'learning citizen' and 'learning unit' models count when heads of departments "
  "are evaluated?",
  [(AL, "vào tiêu chí của Ủy ban nhân dân huyện đánh giá người đứng đầu các phòng, ban, ngành hằng năm.")],
  "The plan asks the Office of Education and Training to study and advise on putting the results of the “Công dân học "
  "tập” and “Đơn vị học tập” models into the criteria “của Ủy ban nhân dân huyện đánh giá người đứng đầu các phòng, "
  "ban, ngành hằng năm” — so yes, as a proposal to be studied.",
  ["người đứng đầu"])

Q("english",
  "Hanoi vs Can Tho: ICT use in community learning centres — Hanoi's 2025 target versus Can Tho's 2024 target?",
  [(HN, "70% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục."),
   (HN, "2.1. Mục tiêu cụ thể đến năm 2025"),
   (CT, "Phần đầu đạt tỷ lệ 90% trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt "
        "động giáo dục")],
  "Hanoi targets 70% of community learning centres applying ICT by 2025; Can Tho targets 90% in 2024. Can Tho's is "
  "higher.",
  ["70%", "90%"])

Q("english",
  "My Loc: what should the district Labour Federation ask employers to do?",
  [(ML, "Chỉ đạo các cấp công đoàn hướng dẫn, hỗ trợ công đoàn cơ sở trong các doanh nghiệp vận động người sử dụng lao "
        "động tạo điều kiện về thời gian, vật chất, thành lập quỹ khuyến học, khuyến tài hỗ trợ công nhân")],
  "The Liên đoàn Lao động huyện directs trade unions to help grassroots unions persuade employers to give workers time "
  "and material support and to set up a “quỹ khuyến học, khuyến tài” (study-promotion fund) for workers and their "
  "studious children in hardship.",
  ["quỹ khuyến học, khuyến tài"])

Q("english",
  "hanoi information literacy target 2025",
  [(HN, "50% số người trong độ tuổi lao động được trang bị năng lực thông tin."),
   (HN, "2.1. Mục tiêu cụ thể đến năm 2025")],
  "By 2025: 50% of the working-age population equipped with information competency (“năng lực thông tin”); 70% by 2030.",
  ["50%", "năng lực thông tin"])

Q("english",
  "Can Tho 2024: what share of districts should reach lower-secondary universal education at level 2 and at level 3?",
  [(CT, "100% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 2; phần đầu có 66% quận, huyện đạt chuẩn "
        "phổ cập giáo dục trung học cơ sở mức độ 3.")],
  "100% of districts at level 2 (“mức độ 2”), and a target of 66% of districts at level 3 (“mức độ 3”).",
  ["100%", "66%"])

Q("english",
  "Hue 2026: what share of people aged 15 and over should have professional or technical training?",
  [(HUE, "40% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó có 15% dân số có trình độ "
         "đại học trở lên.")],
  "40% of the population aged 15+, of whom 15% with a university degree or higher.",
  ["40%", "15%"])

Q("english",
  "Which district bodies in My Loc must improve the foreign-language skills of the armed forces?",
  [(ML, "6. Công an huyện, Bộ Chỉ huy Quân sự huyện"),
   (ML, "Nâng cao trình độ, năng lực ngoại ngữ cho cán bộ toàn lực lượng vũ trang trên địa bàn huyện.")],
  "The district Police and the district Military Command (item V.6 “Công an huyện, Bộ Chỉ huy Quân sự huyện”): “Nâng "
  "cao trình độ, năng lực ngoại ngữ cho cán bộ toàn lực lượng vũ trang trên địa bàn huyện”.",
  ["Công an huyện", "Bộ Chỉ huy Quân sự huyện"])

Q("english",
  "In Hanoi's plan, what are the capital's university and city colleges asked to do?",
  [(HN, "13. Trường Đại học Thủ đô Hà Nội, các trường Cao đẳng trực thuộc Ủy ban nhân dân Thành phố"),
   (HN, "Triển khai trường học số, xây dựng học liệu số để nâng cao năng lực hoạt động, đáp ứng yêu cầu đào tạo nguồn "
        "nhân lực chất lượng cao cho Thủ đô.")],
  "Trường Đại học Thủ đô Hà Nội and the city colleges must roll out digital schools and build digital learning "
  "materials (“trường học số”, “học liệu số”), help the Department of Education compile and digitise materials, and "
  "let their staff study lifelong.",
  ["Trường Đại học Thủ đô Hà Nội", "học liệu số"])

Q("english",
  "Can Tho open educational resources — where should the repository be published?",
  [(CT, "Xây dựng kho học liệu mở phục vụ việc tự học và học tập suốt đời trên các kênh truyền hình giáo dục, trên Cổng "
        "Thông tin điện tử của Sở Giáo dục và Đào tạo, Phòng Giáo dục và Đào tạo, trên trang mạng “Trường học kết nối”")],
  "Item III.3.c: build an open learning-materials repository (“kho học liệu mở”) on educational TV channels, on the "
  "web portals of the Department and district Offices of Education and Training, and on the “Trường học kết nối” site.",
  ["kho học liệu mở", "Trường học kết nối"])

Q("english",
  "Which higher-level plan does My Loc's plan implement, and who signed My Loc's plan?",
  [(ML, "Thực hiện Kế hoạch số 145/KH- UBND ngày 23/12//2021 của UBND tỉnh Nam Định"),
   (ML, "Lê Quang Huy")],
  "It implements Nam Định province's Plan No. 145/KH-UBND of 23/12/2021 (typed “23/12//2021” in the plan); it is "
  "signed for the district People's Committee by Vice Chairman Lê Quang Huy.",
  ["145", "Lê Quang Huy"])

Q("english",
  "An Lao plan: what does it say about civil servants as role models?",
  [(AL, "Cán bộ, công chức, viên chức là người nêu gương, nghiêm túc trong học tập để phục vụ tổ chức và nhân dân")],
  "Among its requirements: “Cán bộ, công chức, viên chức là người nêu gương, nghiêm túc trong học tập” — officials must "
  "set the example, study seriously and encourage their families and communities to learn.",
  ["nêu gương"])

Q("english",
  "What does Hanoi's plan say about joining UNESCO's learning city network?",
  [(HN, "Phấn đấu Thủ đô Hà Nội gia nhập vào mạng lưới “Thành phố học tập” của UNESSCO trong thời gian sớm nhất."),
   (HN, "Chủ động, tích cực tham gia mạng lưới “Thành phố học tập” của UNESCO.")],
  "Its general objective is for Hanoi to join the UNESCO “Thành phố học tập” network as soon as possible (the plan "
  "misspells it “UNESSCO” there), and task III.7 says to actively take part in the UNESCO learning-city network.",
  ["Thành phố học tập", "UNESCO"])

# ---------------------------------------------------------------- follow_up (25: 21 VN, 4 EN)
Q("follow_up", "thế năm 2030?",
  [(HN, "70% người trong độ tuổi lao động được trang bị năng lực thông tin."),
   (HN, "2.2. Mục tiêu cụ thể đến năm 2030")],
  "Đến năm 2030, Hà Nội đặt 70% người trong độ tuổi lao động được trang bị năng lực thông tin.",
  ["70%"],
  [user("Hà Nội đặt mục tiêu 2025 bao nhiêu % người trong độ tuổi lao động có năng lực thông tin?"),
   bot("Đến năm 2025: 50% số người trong độ tuổi lao động được trang bị năng lực thông tin.")])

Q("follow_up", "còn ở Hà Nội thì năm đó bao nhiêu?",
  [(HN, "70% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động giáo dục."),
   (HN, "2.1. Mục tiêu cụ thể đến năm 2025")],
  "Hà Nội cũng đặt 70% các trung tâm học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động "
  "giáo dục đến năm 2025 — bằng Mỹ Lộc.",
  ["70%"],
  [user("Mỹ Lộc đặt chỉ tiêu trung tâm học tập cộng đồng ứng dụng CNTT năm 2025 là bao nhiêu?"),
   bot("Đến năm 2025, 70% các Trung tâm Học tập cộng đồng ứng dụng công nghệ thông tin trong quản lý, tổ chức hoạt động "
       "giáo dục.")])

Q("follow_up", "còn ở An Lão thì hội đó làm gì?",
  [(AL, "5. Hội Khuyến học huyện"),
   (AL, "Phát động các phong trào khuyến học, khuyến tài gắn với nội dung, quan điểm chỉ đạo của Tổng Bí thư")],
  "Ở An Lão, Hội Khuyến học huyện phối hợp tuyên truyền về tư tưởng, vai trò của “Học tập suốt đời”, tích cực triển khai "
  "phong trào, phát động các phong trào khuyến học, khuyến tài gắn với nội dung, quan điểm chỉ đạo của Tổng Bí thư và "
  "biểu dương, nhân rộng những tấm gương sáng.",
  ["Tổng Bí thư", "khuyến học, khuyến tài"],
  [user("Mỹ Lộc giao Hội Khuyến học huyện làm gì?"),
   bot("Chủ trì lồng ghép tuyên truyền về xây dựng xã hội học tập qua hệ thống hội khuyến học các cấp; phối hợp hướng "
       "dẫn hoạt động các Trung tâm Học tập cộng đồng; triển khai tiêu chí công dân học tập.")])

Q("follow_up", "cái đó ai theo dõi, tổng hợp kết quả?",
  [(HUE, "3. Sở Nội vụ"),
   (HUE, "Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện mục tiêu về năng lực cơ bản và trình độ của người dân.")],
  "Chỉ tiêu kỹ năng sống thuộc nhóm “năng lực cơ bản và trình độ của người dân”, do Sở Nội vụ theo dõi, tổ chức triển "
  "khai và tổng hợp kết quả thực hiện (mục V.3).",
  ["Sở Nội vụ", "năng lực cơ bản và trình độ của người dân"],
  [user("Kế hoạch Huế năm 2026 đặt bao nhiêu % người lao động được trang bị kỹ năng sống?"),
   bot("80% số người trong độ tuổi lao động được trang bị kỹ năng sống.")])

Q("follow_up", "cụ thể hơn cái việc tập huấn của sở đó?",
  [(HN, "Chủ trì, phối hợp với các Sở, ngành, đơn vị có liên quan tổ chức các lớp tập huấn, bồi dưỡng kiến thức, kỹ "
        "năng, trang bị năng lực thông tin cho đội ngũ cán bộ công chức, viên chức, người lao động trên địa bàn Thành phố.")],
  "Sở Thông tin và Truyền thông chủ trì, phối hợp với các Sở, ngành, đơn vị có liên quan tổ chức các lớp tập huấn, bồi "
  "dưỡng kiến thức, kỹ năng, trang bị năng lực thông tin cho đội ngũ cán bộ công chức, viên chức, người lao động trên "
  "địa bàn Thành phố.",
  ["năng lực thông tin", "tập huấn"],
  [user("Hà Nội giao Sở Thông tin và Truyền thông những nhiệm vụ gì?"),
   bot("Phối hợp Sở GD&ĐT hướng dẫn báo chí, hệ thống thông tin cơ sở tuyên truyền; hướng dẫn Đài PT-TH Hà Nội làm "
       "chuyên mục; phối hợp triển khai văn hóa đọc; chủ trì tập huấn cho cán bộ, công chức.")])

Q("follow_up", "trích dẫn giúp mình câu đó trong kế hoạch",
  [(ML, "+ Huyện được công nhận danh hiệu huyện học tập theo tiêu chí do cơ quan có thẩm quyền ban hành.")],
  "Nguyên văn (mục II.2.a, mục tiêu đến năm 2025): “+ Huyện được công nhận danh hiệu huyện học tập theo tiêu chí do cơ "
  "quan có thẩm quyền ban hành.” (đến năm 2030: “+ Huyện được công nhận danh hiệu huyện học tập.”)",
  ["Huyện được công nhận danh hiệu huyện học tập"],
  [user("Mỹ Lộc có chỉ tiêu trở thành huyện học tập không?"),
   bot("Có. Trong mục tiêu đến năm 2025 và 2030 đều có chỉ tiêu huyện được công nhận danh hiệu huyện học tập.")])

Q("follow_up", "vậy còn Sở Lao động - Thương binh và Xã hội?",
  [(CT, "3. Sở Lao động - Thương binh và Xã hội"),
   (CT, "triển khai các chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động; hỗ trợ học "
        "tập cho người bị thiệt thòi, yếu thế trong xã hội.")],
  "Sở Lao động - Thương binh và Xã hội Cần Thơ chủ trì, phối hợp với các cơ quan, UBND quận, huyện triển khai các chương "
  "trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động; hỗ trợ học tập cho người bị thiệt thòi, "
  "yếu thế trong xã hội.",
  ["đào tạo kỹ năng nghề nghiệp mới", "thiệt thòi, yếu thế"],
  [user("Sở Y tế Cần Thơ có nhiệm vụ gì trong kế hoạch 74?"),
   bot("Kế hoạch 74/KH-BCĐ của Cần Thơ không giao nhiệm vụ nào cho Sở Y tế, nên tôi không trả lời được.")])

Q("follow_up", "thế thì kế hoạch của thành phố Hà Nội giao gì cho UBND các quận, huyện?",
  [(HN, "16. Ủy ban nhân dân quận, huyện, thị xã"),
   (HN, "Xây dựng Kế hoạch thực hiện Nghị quyết số 23-NQ/TU phù hợp với chiến lược phát triển kinh tế - xã hội của địa "
        "phương từ nay đến năm 2030, tầm nhìn đến năm 2045. Cân đối và bố trí kinh phí hàng năm trong phạm vi ngân sách "
        "để thực hiện Kế hoạch.")],
  "Mục V.16 giao UBND quận, huyện, thị xã: xây dựng Kế hoạch thực hiện Nghị quyết số 23-NQ/TU phù hợp chiến lược phát "
  "triển của địa phương đến 2030, tầm nhìn 2045, cân đối và bố trí kinh phí hàng năm; phát triển mô hình học tập, "
  "ngành nghề đào tạo; chủ trì phối hợp các đơn vị trên địa bàn; kiểm tra, giám sát, báo cáo.",
  ["Nghị quyết số 23-NQ/TU", "Cân đối và bố trí kinh phí"],
  [user("Kế hoạch xây dựng xã hội học tập của quận Hoàn Kiếm giao những nhiệm vụ gì?"),
   bot("Kế hoạch riêng của quận Hoàn Kiếm không có trong các kế hoạch đã nạp, nên tôi không trả lời được.")])

Q("follow_up", "họ phải tham mưu UBND thành phố những việc gì?",
  [(CT, "Tham mưu Ủy ban nhân dân thành phố tôn vinh, khen thưởng những tấm gương tiêu biểu về tự học thành tài"),
   (CT, "Tham mưu Ủy ban nhân dân thành phố về công tác kiểm tra, đánh giá, tổng hợp, báo cáo các hoạt động xây dựng xã "
        "hội học tập trên địa bàn thành phố; tổ chức sơ kết, tổng kết các hoạt động theo quy định.")],
  "Sở GD&ĐT Cần Thơ tham mưu UBND thành phố hai việc: tôn vinh, khen thưởng những tấm gương tiêu biểu về tự học thành "
  "tài, tổ chức, cá nhân đóng góp cho xây dựng xã hội học tập; và công tác kiểm tra, đánh giá, tổng hợp, báo cáo các "
  "hoạt động xây dựng xã hội học tập, tổ chức sơ kết, tổng kết.",
  ["tự học thành tài", "kiểm tra, đánh giá, tổng hợp, báo cáo"],
  [user("Ai là thường trực của kế hoạch xây dựng XHHT năm 2024 ở Cần Thơ?"),
   bot("Sở Giáo dục và Đào tạo (Thường trực Ban Chỉ đạo thành phố).")])

Q("follow_up", "kế hoạch ấy do đơn vị nào chủ trì thực hiện?",
  [(HUE, "8. Liên đoàn Lao động thành phố"),
   (HUE, "tổ chức thực hiện Kế hoạch số 147/KH-UBND ngày 17 tháng 4 năm 2023")],
  "Liên đoàn Lao động thành phố Huế chủ trì, phối hợp các sở, ngành, địa phương tổ chức thực hiện Kế hoạch số "
  "147/KH-UBND ngày 17 tháng 4 năm 2023 (mục V.8).",
  ["Liên đoàn Lao động thành phố", "147/KH-UBND"],
  [user("Huế có kế hoạch nào về Chương trình học tập suốt đời trong công nhân lao động tại doanh nghiệp không?"),
   bot("Có, Kế hoạch số 147/KH-UBND ngày 17/4/2023 triển khai Chương trình “Đẩy mạnh các hoạt động học tập suốt đời "
       "trong công nhân lao động tại các doanh nghiệp đến năm 2030”.")])

Q("follow_up", "còn ở Huế năm 2026?",
  [(HUE, "40% công dân đạt danh hiệu công dân học tập.")],
  "Kế hoạch Huế năm 2026 cũng đặt 40% công dân đạt danh hiệu công dân học tập.",
  ["40%"],
  [user("Đến 2025 Mỹ Lộc đặt bao nhiêu % công dân đạt danh hiệu công dân học tập?"),
   bot("40% công dân đạt danh hiệu công dân học tập theo tiêu chí do cơ quan có thẩm quyền ban hành.")])

Q("follow_up", "thế còn Trung tâm Văn hóa - Thông tin và Thể thao huyện?",
  [(AL, "7. Trung tâm Văn hóa - Thông tin và Thể thao huyện"),
   (AL, "Thiết lập các trang thông tin, các chuyên mục, chuyên trang, tăng thời lượng phổ biến, tuyên truyền về nội "
        "dung bài viết của Tổng Bí thư")],
  "Trung tâm Văn hóa - Thông tin và Thể thao huyện An Lão thiết lập các trang thông tin, chuyên mục, chuyên trang, tăng "
  "thời lượng tuyên truyền về bài viết của Tổng Bí thư, mô hình mới, tấm gương tự học; tuyên truyền kết quả phong trào "
  "“Học tập suốt đời” gắn với học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
  ["chuyên mục, chuyên trang", "bài viết của Tổng Bí thư"],
  [user("Ở An Lão, Phòng GD&ĐT tổng hợp kết quả phong trào “Học tập suốt đời” khi nào?"),
   bot("Hằng năm: Phòng GD&ĐT chủ trì tổng hợp kết quả thực hiện phong trào, lồng ghép với kết quả xây dựng xã hội học "
       "tập trên địa bàn huyện.")])

Q("follow_up", "2030 thì?",
  [(HN, "70% đơn vị được công nhận là đơn vị học tập;"),
   (HN, "2.2. Mục tiêu cụ thể đến năm 2030")],
  "Đến năm 2030 Hà Nội đặt 70% đơn vị được công nhận là đơn vị học tập.",
  ["70%"],
  [user("Hà Nội năm 2025 bao nhiêu phần trăm đơn vị được công nhận đơn vị học tập?"),
   bot("50% đơn vị được công nhận là đơn vị học tập.")])

Q("follow_up", "cụ thể hơn nội dung phong trào đó?",
  [(AL, "Phát động và thực hiện phong trào “Bình dân học vụ số” trong toàn dân; phổ cập, nâng cao tri thức khoa học "
        "công nghệ; kiến thức số, chuyển đổi số, kỹ năng số. Hướng dẫn người dân các kỹ năng khai thác, sử dụng công "
        "nghệ số hiệu quả và tự bảo vệ mình trước những nguy cơ, rủi ro trên môi trường số.")],
  "Theo mục II.3: phát động và thực hiện phong trào “Bình dân học vụ số” trong toàn dân; phổ cập, nâng cao tri thức "
  "khoa học công nghệ, kiến thức số, chuyển đổi số, kỹ năng số; hướng dẫn người dân kỹ năng khai thác, sử dụng công "
  "nghệ số hiệu quả và tự bảo vệ mình trước nguy cơ, rủi ro trên môi trường số.",
  ["kỹ năng số", "tự bảo vệ mình"],
  [user("An Lão có phong trào “Bình dân học vụ số” không?"),
   bot("Có. Kế hoạch phát động phong trào trong toàn dân; Phòng Văn hóa Khoa học và Thông tin chủ trì tham mưu triển "
       "khai trên địa bàn huyện.")])

Q("follow_up", "thế còn Mỹ Lộc, huyện đó có tham gia mạng lưới ấy không?",
  [(ML, "Chủ động, tích cực tham gia mạng lưới “Thành phố học tập toàn cầu” do Tổ chức Giáo dục, Khoa học và Văn hóa "
        "của Liên hợp quốc (UNESCO) điều hành.")],
  "Có. Mục III.7.đ kế hoạch Mỹ Lộc nêu chủ động, tích cực tham gia mạng lưới “Thành phố học tập toàn cầu” do UNESCO "
  "điều hành, đồng thời củng cố năng lực Trung tâm SEAMEO CELLL.",
  ["Thành phố học tập toàn cầu", "UNESCO"],
  [user("Hà Nội có muốn gia nhập mạng lưới Thành phố học tập của UNESCO không?"),
   bot("Có. Kế hoạch phấn đấu Thủ đô Hà Nội gia nhập mạng lưới “Thành phố học tập” của UNESCO trong thời gian sớm "
       "nhất.")])

Q("follow_up", "ở đó ai theo dõi, tổng hợp kết quả chỉ tiêu này?",
  [(HUE, "Theo dõi, tổ chức triển khai và tổng hợp kết quả thực hiện các mục tiêu: xóa mù chữ và phổ cập giáo dục; hiệu "
         "quả hoạt động của các cơ sở giáo dục; “Đơn vị học tập” cấp tỉnh; “Cộng đồng học tập” cấp xã.")],
  "Sở Giáo dục và Đào tạo Huế theo dõi, tổ chức triển khai và tổng hợp kết quả các mục tiêu, trong đó có “Đơn vị học "
  "tập” cấp tỉnh.",
  ["Đơn vị học tập", "Theo dõi, tổ chức triển khai và tổng hợp"],
  [user("Huế năm 2026 cần bao nhiêu đơn vị đạt Đơn vị học tập mức độ 2?"),
   bot("Ít nhất 05 đơn vị đạt mức độ 2 (trong ít nhất 15 đơn vị được công nhận “Đơn vị học tập” cấp tỉnh mức độ 1).")])

Q("follow_up", "thế An Lão bên cạnh thì kế hoạch đặt yêu cầu gì với cán bộ, công chức?",
  [(AL, "Cán bộ, công chức, viên chức là người nêu gương, nghiêm túc trong học tập để phục vụ tổ chức và nhân dân")],
  "Kế hoạch An Lão yêu cầu cán bộ, công chức, viên chức là người nêu gương, nghiêm túc trong học tập để phục vụ tổ chức "
  "và nhân dân, đồng thời tuyên truyền, vận động gia đình và cộng đồng cùng tham gia học tập.",
  ["nêu gương"],
  [user("Huyện Vĩnh Bảo (Hải Phòng) có chỉ tiêu học tập suốt đời cho cán bộ không?"),
   bot("Kế hoạch của huyện Vĩnh Bảo không có trong các kế hoạch đã nạp, nên tôi không trả lời được.")])

Q("follow_up", "ban đó còn phải chỉ đạo cơ quan nào nữa không?",
  [(CT, "Chỉ đạo các cơ quan báo chí, tăng cường công tác tuyên truyền, định hướng phát triển")],
  "Có. Ban Tuyên giáo Thành ủy còn được đề nghị chỉ đạo các cơ quan báo chí tăng cường công tác tuyên truyền, định "
  "hướng phát triển, gắn với các chương trình, kế hoạch khác có liên quan.",
  ["cơ quan báo chí"],
  [user("Ở Cần Thơ ai được đề nghị chủ trì hướng dẫn, kiểm tra, đôn đốc thực hiện kế hoạch 74?"),
   bot("Ban Tuyên giáo Thành ủy, phối hợp với Sở GD&ĐT và các cơ quan liên quan.")])

Q("follow_up", "thế mục tiêu chung đến 2030 của kế hoạch đó là gì?",
  [(ML, "Tiếp tục và tạo chuyển biến cơ bản trong xây dựng xã hội học tập, bảo đảm đến năm 2030 mọi người dân đều có cơ "
        "hội bình đẳng trong việc tiếp cận hệ thống giáo dục mở, đa dạng, linh hoạt, liên thông, hiện đại")],
  "Mục tiêu chung của kế hoạch Mỹ Lộc: tạo chuyển biến cơ bản trong xây dựng xã hội học tập, bảo đảm đến năm 2030 mọi "
  "người dân đều có cơ hội bình đẳng trong việc tiếp cận hệ thống giáo dục mở, đa dạng, linh hoạt, liên thông, hiện "
  "đại, góp phần phát triển nguồn nhân lực chất lượng cao.",
  ["cơ hội bình đẳng", "giáo dục mở"],
  [user("Kế hoạch xây dựng XHHT của huyện Mỹ Lộc do ai ký?"),
   bot("Phó Chủ tịch UBND huyện Lê Quang Huy (KT. Chủ tịch)."),
   user("kế hoạch đó căn cứ văn bản nào của tỉnh?"),
   bot("Kế hoạch số 145/KH-UBND ngày 23/12/2021 của UBND tỉnh Nam Định.")])

Q("follow_up", "cơ quan đó còn hỗ trợ đào tạo lại cho những đối tượng nào?",
  [(HN, "Xây dựng và triển khai các chương trình, dự án, đề án hỗ trợ đào tạo, đào tạo lại cho các đối tượng: lao động "
        "nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động.")],
  "Sở Lao động - Thương binh và Xã hội Hà Nội xây dựng và triển khai chương trình, dự án hỗ trợ đào tạo, đào tạo lại "
  "cho: lao động nông thôn, người khuyết tật, người dân tộc thiểu số, phụ nữ, người hết tuổi lao động.",
  ["lao động nông thôn", "người hết tuổi lao động"],
  [user("Hà Nội giao ai xây dựng chương trình đào tạo kỹ năng nghề nghiệp mới cho người lao động?"),
   bot("Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp các Sở, ngành liên quan.")])

Q("follow_up", "còn năm 2025?",
  [(HN, "40% quận, huyện, thị xã được công nhận danh hiệu huyện học tập"),
   (HN, "2.1. Mục tiêu cụ thể đến năm 2025")],
  "Đến năm 2025: 40% quận, huyện, thị xã được công nhận danh hiệu huyện học tập.",
  ["40%"],
  [user("Hà Nội 2030 bao nhiêu % quận, huyện được công nhận huyện học tập?"),
   bot("60% quận, huyện, thị xã được công nhận danh hiệu huyện học tập."),
   user("ok, tức là tăng dần theo từng mốc?"),
   bot("Đúng, kế hoạch đặt mốc 2025 và mốc 2030.")])

Q("follow_up", "còn UBND các xã, phường thì lo tiền thế nào?",
  [(HUE, "chịu trách nhiệm cân đối, bố trí ngân sách địa phương và huy động các nguồn kinh phí hợp pháp khác")],
  "UBND các xã, phường ở Huế chịu trách nhiệm cân đối, bố trí ngân sách địa phương và huy động các nguồn kinh phí hợp "
  "pháp khác để bảo đảm triển khai thực hiện hiệu quả.",
  ["ngân sách địa phương"],
  [user("Sở Tài chính Huế làm gì trong kế hoạch 2026?"),
   bot("Trên cơ sở đề nghị của các cơ quan và khả năng cân đối ngân sách, tham mưu UBND thành phố bố trí kinh phí thực "
       "hiện Kế hoạch theo Luật Ngân sách Nhà nước.")])

# English follow-ups
Q("follow_up", "And by 2030?",
  [(HN, "70% công dân đạt danh hiệu công dân học tập; 70% công dân đạt kỹ năng số."),
   (HN, "2.2. Mục tiêu cụ thể đến năm 2030")],
  "By 2030 Hanoi targets 70% of citizens with the learning-citizen title (and 70% with digital skills).",
  ["70%"],
  [user("What is Hanoi's 2025 target for learning citizens?"),
   bot("50% of citizens (“50% công dân đạt danh hiệu công dân học tập”).")])

Q("follow_up", "And in My Loc, is there a district-level office with the same job?",
  [(ML, "2. Phòng Lao động - Thương binh và Xã hội"),
   (ML, "Chủ trì phối hợp với Phòng Giáo dục và Đào tạo và các phòng, ban, ngành liên quan triển khai thực hiện các "
        "chương trình đào tạo bổ sung, đào tạo kỹ năng nghề nghiệp mới cho người lao động")],
  "Yes: My Loc's Phòng Lao động - Thương binh và Xã hội leads, with the Office of Education and Training, programmes "
  "of supplementary training and new vocational skills for workers and learning support for disadvantaged people.",
  ["Phòng Lao động - Thương binh và Xã hội"],
  [user("Which department in Hanoi handles vocational training for disadvantaged workers?"),
   bot("The Department of Labour, Invalids and Social Affairs (Sở Lao động - Thương binh và Xã hội).")])

Q("follow_up", "What does it have to report, and to whom?",
  [(HUE, "Kiểm tra, giám sát và định kỳ báo cáo tình hình, kết quả thực hiện Đề án; dự thảo văn bản của Ủy ban nhân "
         "dân thành phố gửi Bộ Giáo dục và Đào tạo.")],
  "The Department of Education and Training inspects, supervises and periodically reports on implementation, and "
  "drafts the city People's Committee's report to the Ministry of Education and Training (“gửi Bộ Giáo dục và Đào "
  "tạo”).",
  ["Bộ Giáo dục và Đào tạo"],
  [user("Who is the standing agency of Hue's 2026 plan?"),
   bot("The Department of Education and Training (Sở Giáo dục và Đào tạo).")])

Q("follow_up", "OK. Then who prepares the budget estimates there?",
  [(AL, "Phối hợp với các phòng, ban, ngành, đơn vị lập dự toán kinh phí, báo cáo Ủy ban nhân dân huyện cân đối trong "
        "nguồn ngân sách")],
  "An Lao's Office of Finance and Planning (Phòng Tài chính - Kế hoạch) works with departments and units to prepare "
  "the cost estimates (“lập dự toán kinh phí”) and reports to the district People's Committee to balance them within "
  "the budget.",
  ["lập dự toán kinh phí"],
  [user("How much money did An Lao allocate to the lifelong learning movement?"),
   bot("The loaded plans do not give any amount for An Lao, so I cannot answer.")])

# ---------------------------------------------------------------- unanswerable (37)
NOAMT = r"trieu|ty dong|\bdong/|nghin dong"
U("Kế hoạch của phường Thuận Hóa (Huế) đặt chỉ tiêu công dân học tập bao nhiêu?",
  "Các kế hoạch đã nạp không có kế hoạch riêng của phường Thuận Hóa; kế hoạch Huế là cấp thành phố và không nêu chỉ "
  "tiêu riêng cho từng phường.", [(ALL, r"thuan hoa")])
U("Quận Cầu Giấy có kế hoạch riêng về xây dựng xã hội học tập không, chỉ tiêu 2025 là gì?",
  "Kế hoạch của quận Cầu Giấy không có trong các kế hoạch đã nạp; kế hoạch Hà Nội không nêu chỉ tiêu riêng cho quận "
  "này.", [(ALL, r"cau giay")])
U("Xã An Tiến thuộc huyện An Lão được giao những nhiệm vụ gì riêng?",
  "Các kế hoạch đã nạp không nhắc đến xã An Tiến; kế hoạch An Lão chỉ giao chung cho UBND các xã, thị trấn.",
  [(ALL, r"\ban tien\b")])
U("Quận Ô Môn của Cần Thơ năm 2024 phải đạt bao nhiêu % cộng đồng học tập?",
  "Kế hoạch Cần Thơ không nêu chỉ tiêu riêng cho quận Ô Môn, và kế hoạch riêng của quận không có trong các kế hoạch "
  "đã nạp.", [(ALL, r"\bo mon\b")])
U("Tỉnh Ninh Bình (sau sáp nhập với Nam Định) đặt chỉ tiêu xã hội học tập gì cho năm 2026?",
  "Kế hoạch của tỉnh Ninh Bình không có trong các kế hoạch đã nạp; kế hoạch Mỹ Lộc chỉ nhắc đến tỉnh Nam Định.",
  [(ALL, r"ninh binh")])
U("Huyện Xuân Trường bên cạnh Mỹ Lộc giao Phòng GD&ĐT những việc gì?",
  "Kế hoạch của huyện Xuân Trường không có trong các kế hoạch đã nạp.", [(ALL, r"xuan truong")])
U("What are Da Nang's lifelong learning targets for 2026?",
  "None of the loaded plans covers Da Nang, so this cannot be answered from them.", [(ALL, r"da nang")])
U("Kế hoạch 336/KH-UBND năm 2021 của tỉnh Thừa Thiên Huế đặt chỉ tiêu bao nhiêu % công dân học tập cho năm 2025?",
  "Kế hoạch Huế chỉ trích dẫn Kế hoạch số 336/KH-UBND làm căn cứ; nội dung và chỉ tiêu của kế hoạch đó không có trong "
  "các kế hoạch đã nạp.")
U("muc tieu nam 2025 cua hue la bao nhieu phan tram",
  "Kế hoạch Huế đã nạp là kế hoạch năm 2026 và chỉ đặt chỉ tiêu cho năm 2026; không có chỉ tiêu cho năm 2025.")
U("Cần Thơ đặt chỉ tiêu gì cho năm 2026?",
  "Kế hoạch 74/KH-BCĐ của Cần Thơ là kế hoạch năm 2024 và chỉ có mục tiêu năm 2024; không có chỉ tiêu năm 2026.",
  [([CT], r"2026")])
U("Mỹ Lộc đặt bao nhiêu % người lao động có kỹ năng sống đến năm 2035?",
  "Kế hoạch Mỹ Lộc chỉ có mục tiêu đến năm 2025 và 2030; không có mốc 2035.", [([ML], r"2035")])
U("Hà Nội có đặt chỉ tiêu riêng cho năm 2026 về công dân học tập không, bao nhiêu?",
  "Kế hoạch Hà Nội chỉ đặt mục tiêu đến năm 2025 và đến năm 2030; không có chỉ tiêu riêng cho năm 2026.",
  [([HN], r"2026")])
U("Có đúng An Lão đặt mục tiêu 100% người dân có kỹ năng số không?",
  "Kế hoạch An Lão không đặt chỉ tiêu phần trăm nào (kể cả về kỹ năng số); nó chỉ nêu phong trào “Bình dân học vụ số” "
  "mà không có con số.", [([AL], r"%|phan tram")])
U("Huế đặt bao nhiêu % dòng họ đạt danh hiệu “Dòng họ học tập” năm 2026?",
  "Kế hoạch Huế không có chỉ tiêu về “Dòng họ học tập”.", [([HUE], r"dong ho hoc tap")])
U("Cần Thơ đặt tỷ lệ người 15-60 tuổi biết chữ năm 2024 là bao nhiêu?",
  "Kế hoạch 74 của Cần Thơ chỉ yêu cầu 100% quận, huyện đạt chuẩn xóa mù chữ mức độ 2; không nêu tỷ lệ người biết chữ.",
  [([CT], r"biet chu|15-60|15 - 60")])
U("Mỹ Lộc đặt bao nhiêu phần trăm gia đình đạt danh hiệu “Gia đình học tập”?",
  "Kế hoạch Mỹ Lộc chỉ nhắc việc đánh giá, xếp loại “Gia đình học tập” chứ không đặt tỷ lệ phần trăm.",
  [([ML], r"\d+(,\d+)?%[^.;]{0,80}gia dinh")])
U("Hà Nội đặt chỉ tiêu bao nhiêu % cán bộ cấp xã, phường đạt chuẩn ngoại ngữ?",
  "Kế hoạch Hà Nội chỉ khuyến khích cán bộ công chức cấp xã, phường, thị trấn học ngoại ngữ, không đặt tỷ lệ.",
  [([HN], r"\d+(,\d+)?%[^.;]{0,80}ngoai ngu")])
U("Hiện nay Mỹ Lộc có bao nhiêu trung tâm học tập cộng đồng?",
  "Kế hoạch Mỹ Lộc không nêu số trung tâm học tập cộng đồng hiện có.")
U("Năm 2023 Hà Nội đã có bao nhiêu đơn vị được công nhận đơn vị học tập?",
  "Kế hoạch Hà Nội chỉ đặt mục tiêu (50% đến 2025, 70% đến 2030), không nêu kết quả đã đạt năm 2023.")
U("How many people in An Lao took part in lifelong learning activities last year?",
  "An Lao's plan gives no figures or past results, so the loaded plans cannot answer this.")
U("Cán bộ Cần Thơ không hoàn thành chỉ tiêu xã hội học tập có bị kỷ luật không?",
  "Kế hoạch 74 của Cần Thơ không quy định hình thức kỷ luật hay xử lý nào.", [([CT], r"ky luat|\bxu ly\b|xu phat")])
U("Gia đình học tập ở Mỹ Lộc được thưởng bao nhiêu tiền?",
  "Kế hoạch Mỹ Lộc chỉ nói xét tặng, khen thưởng, không nêu mức tiền thưởng.", [([ML], NOAMT)])
U("Tổng kinh phí Huế dành cho kế hoạch năm 2026 là bao nhiêu tỷ đồng?",
  "Kế hoạch Huế chỉ nêu nguồn kinh phí (ngân sách theo phân cấp, nguồn hợp pháp khác), không nêu tổng số tiền.",
  [([HUE], NOAMT)])
U("How much money will Hanoi spend on its bid to become a UNESCO learning city?",
  "Hanoi's plan gives no amount for this (it only says funds come from annual state budget estimates and other legal "
  "sources).", [([HN], NOAMT)])
U("Mỗi trung tâm học tập cộng đồng ở Cần Thơ được hỗ trợ bao nhiêu tiền năm 2024?",
  "Kế hoạch 74 của Cần Thơ không nêu mức hỗ trợ tiền cho từng trung tâm học tập cộng đồng.", [([CT], NOAMT)])
U("Vì sao Sở Công Thương Huế phải tổ chức lớp học cho công nhân?",
  "Kế hoạch Huế không giao nhiệm vụ nào cho Sở Công Thương (Chương trình học tập cho công nhân do Liên đoàn Lao động "
  "thành phố chủ trì); câu hỏi dựa trên tiền đề không có trong kế hoạch.", [([HUE], r"cong thuong")])
U("Sở Y tế Huế có được giao nhiệm vụ gì không?",
  "Kế hoạch Huế không nhắc đến Sở Y tế.", [([HUE], r"\by te\b")])
U("Phòng Tư pháp huyện Mỹ Lộc phổ biến pháp luật thế nào theo kế hoạch?",
  "Kế hoạch Mỹ Lộc không nhắc đến Phòng Tư pháp.", [([ML], r"tu phap")])
U("What does Can Tho's Department of Health do in plan 74?",
  "Can Tho's plan 74 assigns nothing to a Department of Health (Sở Y tế is not mentioned).", [([CT], r"\by te\b")])
U("Sở Ngoại vụ Hà Nội phụ trách hợp tác quốc tế với UNESCO thế nào?",
  "Kế hoạch Hà Nội không nhắc đến Sở Ngoại vụ.", [([HN], r"ngoai vu")])
U("Ban Chỉ huy Quân sự huyện An Lão được giao việc gì?",
  "Kế hoạch An Lão không giao nhiệm vụ cho cơ quan quân sự nào.", [([AL], r"quan su|luc luong vu trang")])
U("Nghị quyết 57-NQ/TW mà An Lão trích dẫn đặt mục tiêu gì đến năm 2030?",
  "Kế hoạch An Lão chỉ trích dẫn Nghị quyết 57-NQ/TW để triển khai; nội dung mục tiêu của nghị quyết đó không có trong "
  "các kế hoạch đã nạp.")
U("Kế hoạch 215/KH-UBND năm 2021 của Cần Thơ đặt chỉ tiêu năm 2025 là bao nhiêu?",
  "Kế hoạch 74 chỉ trích dẫn Kế hoạch 215/KH-UBND làm căn cứ; chỉ tiêu của kế hoạch 215 không có trong các kế hoạch "
  "đã nạp.")
U("Hà Nội phân bổ chỉ tiêu tuyển sinh lớp 10 năm 2025 thế nào?",
  "Các kế hoạch đã nạp (về xây dựng xã hội học tập) không đề cập tuyển sinh lớp 10.", [(ALL, r"tuyen sinh|lop 10")])
U("Is it true that My Loc's plan requires every commune to open a digital library by 2025?",
  "No such requirement exists in My Loc's plan; it does not mention digital libraries.", [([ML], r"thu vien so")])
# unanswerable follow-ups
U("phòng đó đã bố trí bao nhiêu tiền cho năm 2023?",
  "Kế hoạch Mỹ Lộc không nêu số tiền đã bố trí cho năm 2023.", [([ML], NOAMT + r"|2023")],
  [user("Mỹ Lộc giao Phòng Tài chính - Kế hoạch làm gì?"),
   bot("Căn cứ tình hình thực tế, tham mưu UBND huyện bố trí kinh phí thực hiện Kế hoạch theo phân cấp ngân sách.")])
U("quỹ đó năm ngoái vận động được bao nhiêu?",
  "Kế hoạch Hà Nội không nêu kết quả gây quỹ của Đoàn thanh niên thành phố.", [([HN], NOAMT)],
  [user("Hà Nội có giao Đoàn Thanh niên thành phố gây quỹ hỗ trợ học sinh khó khăn không?"),
   bot("Có: vận động gây quỹ hỗ trợ học sinh, học viên, sinh viên Hà Nội có hoàn cảnh khó khăn tham gia học tập.")])
U("nếu nộp trễ thì bị xử lý thế nào?",
  "Kế hoạch Huế không quy định hình thức xử lý khi báo cáo trễ hạn.", [([HUE], r"ky luat|\bxu ly\b|tre han")],
  [user("Huế giao UBND xã, phường gửi báo cáo trước ngày nào?"),
   bot("Trước ngày 15/12/2026, gửi về Sở Giáo dục và Đào tạo.")])


def main():
    ids = [q["id"] for q in QS]
    assert len(ids) == len(set(ids))
    if PROBLEMS:
        for p in PROBLEMS:
            print(p)
        print(f"{len(PROBLEMS)} problems; not written")
        return 1
    with open(OUT, "w", encoding="utf-8") as f:
        for q in QS:
            f.write(unicodedata.normalize("NFC", json.dumps(q, ensure_ascii=False)) + "\n")
    counts = {}
    for q in QS:
        counts[q["type"]] = counts.get(q["type"], 0) + 1
    print(f"wrote {len(QS)} questions to {OUT}: {dict(sorted(counts.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
