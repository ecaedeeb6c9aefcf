"""Write eval/sets/newplans50.jsonl: set 50's questions on plans50/ (and, for some cross-plan questions, the bundled plans).

    python eval/sets/src50/questions_src50.py

Refuses to write if: a span is missing from its plan after FORMAT.md's normalisation (text as extracted by
check_sets.py); a key fact is missing from the reference answer or from every span the question cites; a follow-up has
no history; two questions share a text; an unanswerable question has docs/evidence or no probe, or its probe regex
matches the accent-free normalised text of the plans it is about; a type falls below the brief's minimum.
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = os.path.dirname(HERE)
sys.path.insert(0, SETS)
from check_sets import norm, text_of  # noqa: E402

HU = "tieucan_86-KH-HU_2024.docx"
XA = "xatieucan_142-KH-UBND_2025.odt"
HUE = "000_4550be4bb11189cd.txt"
ML = "001_7bafa58816a5de75.txt"
HN = "002_797e8de6131c77f9.txt"
CT = "003_1a817ee72b993e3e.txt"
AL = "004_b1b28019b71edc03.txt"
BUNDLED = [HUE, ML, HN, CT, AL]
OURS = [HU, XA]
ALL = OURS + BUNDLED
MINIMUM = {"agency_tasks": 12, "target": 10, "deadline": 6, "funding": 5, "legal_basis": 4, "purpose": 3,
           "task_section": 4, "cross_plan": 5, "no_diacritics": 6, "abbreviation": 6, "paraphrase": 4,
           "english": 18, "follow_up": 14, "unanswerable": 28}

# Bảng 1 of the commune plan: a row is cited with the header row (columns, years, units)
XA_HEAD = ("TT Khu vực Hộ gia đình đạt “Gia đình học tập” năm 2027 (%) Hộ gia đình đạt “Gia đình học tập” năm 2030 (%) "
           "Ấp, khóm đạt “Cộng đồng học tập” năm 2030 Người trong độ tuổi lao động có kỹ năng số cơ bản năm 2030 (%)")
ROW_TT = "1 Khu vực thị trấn Tiểu Cần cũ (08 khóm, ấp) 80 90 8/8 80"
ROW_PC = "2 Khu vực xã Phú Cần cũ (09 ấp) 72 85 8/9 70"
ROW_HT = "3 Khu vực xã Hiếu Tử cũ (09 ấp) 65 80 7/9 60"
ROW_ALL = "Toàn xã (26 ấp, khóm) 72 85 23/26 70"
# Huyện ủy target lines whose year is only in the heading are cited with it
HU_2026 = "a- Đến năm 2026:"
HU_2030 = "b- Đến năm 2030:"
XA_2030 = "a) Chỉ tiêu chung của xã đến năm 2030"

Q = []


def fold(s):
    s = unicodedata.normalize("NFD", norm(s).lower().replace("đ", "d").replace("Đ", "d"))
    return "".join(c for c in s if unicodedata.category(c) != "Mn")


def q(typ, question, ev, answer, kf, history=None, probe=None, about=None):
    Q.append({"type": typ, "question": question, "ev": ev, "answer": answer, "kf": kf,
              "history": history or [], "probe": probe, "about": about})


def hist(*turns):
    out = []
    for i, t in enumerate(turns):
        out.append({"role": "user" if i % 2 == 0 else "assistant", "content": t})
    return out


# ---------------------------------------------------------------- agency_tasks
q("agency_tasks", "Theo kế hoạch thực hiện Kết luận 49 của Huyện ủy Tiểu Cần, Ban Tuyên giáo Huyện ủy có nhiệm vụ gì?",
  [(HU, "Chủ trì, phối hợp với Trung tâm Chính trị huyện hướng dẫn các chi, đảng bộ trực thuộc quán triệt, triển khai Kết luận số 49-KL/TW và Kế hoạch này, hoàn thành trong quý II/2024"),
   (HU, "tổng hợp kết quả, báo cáo Ban Thường vụ Huyện ủy trước ngày 15/11 hằng năm; tham mưu sơ kết giữa kỳ vào quý IV/2027 và tổng kết vào quý IV/2030")],
  "Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Trung tâm Chính trị huyện hướng dẫn các chi, đảng bộ trực thuộc quán triệt, triển khai Kết luận số 49-KL/TW và Kế hoạch, hoàn thành trong quý II/2024; theo dõi, đôn đốc, tổng hợp kết quả, báo cáo Ban Thường vụ Huyện ủy trước ngày 15/11 hằng năm; tham mưu sơ kết giữa kỳ vào quý IV/2027 và tổng kết vào quý IV/2030.",
  ["Trung tâm Chính trị huyện", "quý II/2024", "15/11", "quý IV/2027"])
q("agency_tasks", "Ủy ban Kiểm tra Huyện ủy Tiểu Cần được giao làm gì trong việc thực hiện Kết luận 49?",
  [(HU, "Tham mưu Ban Thường vụ Huyện ủy đưa nội dung lãnh đạo thực hiện Kết luận số 49-KL/TW vào chương trình kiểm tra, giám sát hằng năm; mỗi năm kiểm tra, giám sát ít nhất 02 tổ chức đảng về việc thực hiện Kế hoạch này.")],
  "Ủy ban Kiểm tra Huyện ủy tham mưu Ban Thường vụ Huyện ủy đưa nội dung lãnh đạo thực hiện Kết luận số 49-KL/TW vào chương trình kiểm tra, giám sát hằng năm; mỗi năm kiểm tra, giám sát ít nhất 02 tổ chức đảng về việc thực hiện Kế hoạch.",
  ["kiểm tra, giám sát", "ít nhất 02 tổ chức đảng"])
q("agency_tasks", "Ban Tổ chức Huyện ủy Tiểu Cần có trách nhiệm gì theo Kế hoạch 86-KH/HU?",
  [(HU, "Tham mưu đưa kết quả thực hiện Kế hoạch vào tiêu chí đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên hằng năm; phối hợp với Trung tâm Chính trị huyện đưa nội dung xây dựng xã hội học tập vào chương trình bồi dưỡng cấp ủy viên cơ sở.")],
  "Ban Tổ chức Huyện ủy tham mưu đưa kết quả thực hiện Kế hoạch vào tiêu chí đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên hằng năm; phối hợp với Trung tâm Chính trị huyện đưa nội dung xây dựng xã hội học tập vào chương trình bồi dưỡng cấp ủy viên cơ sở.",
  ["xếp loại chất lượng tổ chức đảng", "bồi dưỡng cấp ủy viên cơ sở"])
q("agency_tasks", "Ban Dân vận Huyện ủy Tiểu Cần làm gì trong kế hoạch xây dựng xã hội học tập của Huyện ủy?",
  [(HU, "Hướng dẫn Ủy ban Mặt trận Tổ quốc và các tổ chức CT-XH huyện vận động đoàn viên, hội viên tham gia xây dựng xã hội học tập; lồng ghép với phong trào thi đua \"Dân vận khéo\".")],
  "Ban Dân vận Huyện ủy hướng dẫn Ủy ban Mặt trận Tổ quốc và các tổ chức CT-XH huyện vận động đoàn viên, hội viên tham gia xây dựng xã hội học tập, lồng ghép với phong trào thi đua \"Dân vận khéo\".",
  ["vận động đoàn viên, hội viên", "Dân vận khéo"])
q("agency_tasks", "Huyện ủy Tiểu Cần giao cho Đảng ủy các xã, thị trấn những việc gì?",
  [(HU, "Xây dựng kế hoạch thực hiện, hoàn thành trước ngày 30/6/2024; lãnh đạo Ủy ban nhân dân xã, thị trấn cụ thể hóa chỉ tiêu của huyện cho từng ấp, khóm; báo cáo kết quả 6 tháng trước ngày 15/6 và báo cáo năm trước ngày 15/11 về Ban Thường vụ Huyện ủy (qua Ban Tuyên giáo Huyện ủy).")],
  "Đảng ủy các xã, thị trấn xây dựng kế hoạch thực hiện, hoàn thành trước ngày 30/6/2024; lãnh đạo Ủy ban nhân dân xã, thị trấn cụ thể hóa chỉ tiêu của huyện cho từng ấp, khóm; báo cáo kết quả 6 tháng trước ngày 15/6 và báo cáo năm trước ngày 15/11 về Ban Thường vụ Huyện ủy (qua Ban Tuyên giáo Huyện ủy).",
  ["30/6/2024", "cụ thể hóa chỉ tiêu", "15/6", "15/11"])
q("agency_tasks", "Trong kế hoạch của Huyện ủy, ai lãnh đạo Ủy ban nhân dân huyện Tiểu Cần triển khai và UBND huyện phải làm gì?",
  [(HU, "5- Các đồng chí Ủy viên Ban Thường vụ Huyện ủy phụ trách khối chính quyền"),
   (HU, "Lãnh đạo, chỉ đạo Ủy ban nhân dân huyện ban hành kế hoạch thực hiện trước ngày 30/5/2024, trong đó giao Phòng Giáo dục và Đào tạo làm cơ quan thường trực; chỉ đạo bố trí kinh phí theo mục IV")],
  "Các đồng chí Ủy viên Ban Thường vụ Huyện ủy phụ trách khối chính quyền lãnh đạo, chỉ đạo Ủy ban nhân dân huyện ban hành kế hoạch thực hiện trước ngày 30/5/2024, trong đó giao Phòng Giáo dục và Đào tạo làm cơ quan thường trực; chỉ đạo bố trí kinh phí theo mục IV và chỉ đạo Phòng Lao động - Thương binh và Xã hội gắn đào tạo nghề với hoạt động của các Trung tâm học tập cộng đồng.",
  ["Ủy viên Ban Thường vụ Huyện ủy phụ trách khối chính quyền", "30/5/2024", "Phòng Giáo dục và Đào tạo"])
q("agency_tasks", "Hội Khuyến học huyện Tiểu Cần có nhiệm vụ gì theo kế hoạch của Ban Thường vụ Huyện ủy?",
  [(HU, "Là nòng cốt trong phong trào khuyến học, khuyến tài; phát triển hội viên theo chỉ tiêu tại mục II; phối hợp với Phòng Giáo dục và Đào tạo đánh giá, công nhận danh hiệu học tập; tổ chức trao học bổng cho học sinh, sinh viên dân tộc Khmer có hoàn cảnh khó khăn.")],
  "Hội Khuyến học huyện là nòng cốt trong phong trào khuyến học, khuyến tài; phát triển hội viên theo chỉ tiêu tại mục II; phối hợp với Phòng Giáo dục và Đào tạo đánh giá, công nhận danh hiệu học tập; tổ chức trao học bổng cho học sinh, sinh viên dân tộc Khmer có hoàn cảnh khó khăn.",
  ["nòng cốt", "học bổng", "Khmer"])
q("agency_tasks", "Theo kế hoạch của xã Tiểu Cần, Phòng Văn hóa - Xã hội xã làm những việc gì?",
  [(XA, "Là cơ quan thường trực, tham mưu Ủy ban nhân dân xã triển khai Kế hoạch; hướng dẫn đánh giá, công nhận danh hiệu \"Gia đình học tập\", \"Dòng họ học tập\", \"Cộng đồng học tập\" cấp ấp, khóm; tổng hợp kết quả, báo cáo Ủy ban nhân dân xã trước ngày 10/12 hằng năm")],
  "Phòng Văn hóa - Xã hội là cơ quan thường trực, tham mưu UBND xã triển khai Kế hoạch; hướng dẫn đánh giá, công nhận danh hiệu \"Gia đình học tập\", \"Dòng họ học tập\", \"Cộng đồng học tập\" cấp ấp, khóm; tổng hợp kết quả, báo cáo UBND xã trước ngày 10/12 hằng năm để báo cáo UBND tỉnh (qua Sở Giáo dục và Đào tạo).",
  ["cơ quan thường trực", "10/12"])
q("agency_tasks", "Phòng Kinh tế xã Tiểu Cần được giao gì trong kế hoạch xây dựng xã hội học tập 2026-2030?",
  [(XA, "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách xã hằng năm; phối hợp mở lớp chuyển giao kỹ thuật nông nghiệp tại khu vực xã Phú Cần cũ.")],
  "Phòng Kinh tế tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách xã hằng năm và phối hợp mở lớp chuyển giao kỹ thuật nông nghiệp tại khu vực xã Phú Cần cũ.",
  ["bố trí kinh phí", "Phú Cần cũ"])
q("agency_tasks", "Trung tâm Phục vụ hành chính công xã Tiểu Cần có nhiệm vụ gì trong kế hoạch này?",
  [(XA, "Hướng dẫn người dân sử dụng dịch vụ công trực tuyến; duy trì tủ sách pháp luật phục vụ người dân đến giao dịch.")],
  "Trung tâm Phục vụ hành chính công xã hướng dẫn người dân sử dụng dịch vụ công trực tuyến và duy trì tủ sách pháp luật phục vụ người dân đến giao dịch.",
  ["dịch vụ công trực tuyến", "tủ sách pháp luật"])
q("agency_tasks", "Công an xã Tiểu Cần phải làm gì theo kế hoạch xây dựng xã hội học tập của xã?",
  [(XA, "Phối hợp tuyên truyền pháp luật tại các lớp học cộng đồng; bảo đảm an ninh, trật tự tại các hoạt động của \"Tuần lễ hưởng ứng học tập suốt đời\".")],
  "Công an xã phối hợp tuyên truyền pháp luật tại các lớp học cộng đồng và bảo đảm an ninh, trật tự tại các hoạt động của \"Tuần lễ hưởng ứng học tập suốt đời\".",
  ["tuyên truyền pháp luật", "an ninh, trật tự"])
q("agency_tasks", "Xã Tiểu Cần đề nghị Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội làm gì?",
  [(XA, "Vận động đoàn viên, hội viên và Nhân dân tham gia xây dựng \"Gia đình học tập\", \"Dòng họ học tập\"; giám sát việc thực hiện Kế hoạch.")],
  "Đây là đề nghị (không phải giao việc): Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội xã vận động đoàn viên, hội viên và Nhân dân tham gia xây dựng \"Gia đình học tập\", \"Dòng họ học tập\" và giám sát việc thực hiện Kế hoạch.",
  ["Gia đình học tập", "giám sát"])
q("agency_tasks", "Trưởng ấp, khóm ở xã Tiểu Cần được giao việc gì?",
  [(XA, "Vận động hộ gia đình đăng ký danh hiệu \"Gia đình học tập\" trước ngày 31/3 hằng năm; phối hợp tổ chức lớp học tại ấp, khóm.")],
  "Trưởng ấp, khóm vận động hộ gia đình đăng ký danh hiệu \"Gia đình học tập\" trước ngày 31/3 hằng năm và phối hợp tổ chức lớp học tại ấp, khóm.",
  ["31/3", "đăng ký"])
q("agency_tasks", "Đảng ủy Quân sự huyện và Đảng ủy Công an huyện Tiểu Cần được giao gì?",
  [(HU, "Lãnh đạo xây dựng phong trào học tập trong lực lượng vũ trang huyện; 100% cán bộ, chiến sĩ đạt danh hiệu \"Công dân học tập\" vào năm 2030.")],
  "Đảng ủy Quân sự huyện và Đảng ủy Công an huyện lãnh đạo xây dựng phong trào học tập trong lực lượng vũ trang huyện; 100% cán bộ, chiến sĩ đạt danh hiệu \"Công dân học tập\" vào năm 2030.",
  ["lực lượng vũ trang", "100% cán bộ, chiến sĩ", "2030"])

# ---------------------------------------------------------------- target
q("target", "Huyện ủy Tiểu Cần đặt chỉ tiêu bao nhiêu phần trăm hộ gia đình đạt \"Gia đình học tập\" đến năm 2026?",
  [(HU, HU_2026), (HU, "70% hộ gia đình đạt danh hiệu \"Gia đình học tập\"; 60% dòng họ đạt danh hiệu \"Dòng họ học tập\".")],
  "Đến năm 2026: 70% hộ gia đình đạt danh hiệu \"Gia đình học tập\" (và 60% dòng họ đạt \"Dòng họ học tập\").", ["70%"])
q("target", "Theo Kế hoạch 86-KH/HU, đến năm 2030 bao nhiêu phần trăm người trong độ tuổi lao động đạt danh hiệu Công dân học tập?",
  [(HU, HU_2030), (HU, "45% người trong độ tuổi lao động đạt danh hiệu \"Công dân học tập\".")],
  "Đến năm 2030, 45% người trong độ tuổi lao động đạt danh hiệu \"Công dân học tập\".", ["45%"])
q("target", "Kế hoạch của Huyện ủy Tiểu Cần đặt mục tiêu Hội Khuyến học huyện có bao nhiêu hội viên vào năm 2026 và năm 2030?",
  [(HU, HU_2026), (HU, "Hội Khuyến học huyện có 28.000 hội viên; 100% ấp, khóm có chi hội khuyến học."),
   (HU, HU_2030), (HU, "Hội Khuyến học huyện có 35.000 hội viên.")],
  "Đến năm 2026: 28.000 hội viên (100% ấp, khóm có chi hội khuyến học); đến năm 2030: 35.000 hội viên.", ["28.000", "35.000"])
q("target", "Đến năm 2026, bao nhiêu xã, thị trấn của huyện Tiểu Cần phải được công nhận Cộng đồng học tập cấp xã, và đơn vị nào phải đạt mức tốt?",
  [(HU, HU_2026), (HU, "11/11 xã, thị trấn được công nhận \"Cộng đồng học tập\" cấp xã, trong đó thị trấn Tiểu Cần và thị trấn Cầu Quan đạt mức tốt.")],
  "Đến năm 2026, 11/11 xã, thị trấn được công nhận \"Cộng đồng học tập\" cấp xã, trong đó thị trấn Tiểu Cần và thị trấn Cầu Quan đạt mức tốt.",
  ["11/11", "thị trấn Cầu Quan", "mức tốt"])
q("target", "Kế hoạch Huyện ủy Tiểu Cần đặt tỷ lệ biết chữ của người dân tộc Khmer từ 15 đến 60 tuổi là bao nhiêu?",
  [(HU, HU_2030), (HU, "98% người dân tộc Khmer trong độ tuổi từ 15 đến 60 biết chữ.")],
  "Đến năm 2030, 98% người dân tộc Khmer trong độ tuổi từ 15 đến 60 biết chữ.", ["98%", "2030"])
q("target", "Xã Tiểu Cần phấn đấu bao nhiêu phần trăm người trong độ tuổi lao động có kỹ năng số cơ bản vào năm 2030?",
  [(XA, XA_2030), (XA, "70% người trong độ tuổi lao động có kỹ năng số cơ bản.")],
  "Đến năm 2030, 70% người trong độ tuổi lao động của xã có kỹ năng số cơ bản (Bảng 1 chia theo khu vực: thị trấn Tiểu Cần cũ 80%, Phú Cần cũ 70%, Hiếu Tử cũ 60%).",
  ["70%"])
q("target", "Chỉ tiêu hộ gia đình đạt Gia đình học tập năm 2027 của khu vực xã Hiếu Tử cũ là bao nhiêu?",
  [(XA, XA_HEAD), (XA, ROW_HT)],
  "Theo Bảng 1 của kế hoạch xã Tiểu Cần, khu vực xã Hiếu Tử cũ (09 ấp): 65% hộ gia đình đạt \"Gia đình học tập\" năm 2027 (80% năm 2030).",
  ["65"])
q("target", "Khu vực thị trấn Tiểu Cần cũ phải có bao nhiêu khóm, ấp đạt Cộng đồng học tập vào năm 2030?",
  [(XA, XA_HEAD), (XA, ROW_TT)],
  "Theo Bảng 1, khu vực thị trấn Tiểu Cần cũ phải có 8/8 khóm, ấp đạt \"Cộng đồng học tập\" năm 2030.", ["8/8"])
q("target", "Toàn xã Tiểu Cần đặt chỉ tiêu bao nhiêu ấp, khóm đạt Cộng đồng học tập năm 2030?",
  [(XA, XA_HEAD), (XA, ROW_ALL)],
  "Toàn xã (26 ấp, khóm): 23/26 ấp, khóm đạt \"Cộng đồng học tập\" năm 2030.", ["23/26"])
q("target", "Xã Tiểu Cần phấn đấu đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ mấy?",
  [(XA, XA_2030), (XA, "Xã duy trì đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3 và chuẩn xóa mù chữ mức độ 2.")],
  "Đến năm 2030, xã duy trì đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3 và chuẩn xóa mù chữ mức độ 2.",
  ["mức độ 3", "mức độ 2"])
q("target", "Hội Khuyến học xã Tiểu Cần mới phải có bao nhiêu hội viên vào năm 2030?",
  [(XA, "Hội Khuyến học xã có 9.500 hội viên vào năm 2030.")],
  "Theo kế hoạch của xã, Hội Khuyến học xã có 9.500 hội viên vào năm 2030.", ["9.500"])
# ---------------------------------------------------------------- deadline
q("deadline", "Đảng ủy các xã, thị trấn ở Tiểu Cần gửi báo cáo 6 tháng về thực hiện Kết luận 49 hạn chót là ngày nào, gửi qua đâu?",
  [(HU, "báo cáo kết quả 6 tháng trước ngày 15/6 và báo cáo năm trước ngày 15/11 về Ban Thường vụ Huyện ủy (qua Ban Tuyên giáo Huyện ủy)")],
  "Báo cáo kết quả 6 tháng trước ngày 15/6 (báo cáo năm trước ngày 15/11) về Ban Thường vụ Huyện ủy, qua Ban Tuyên giáo Huyện ủy.",
  ["15/6", "qua Ban Tuyên giáo Huyện ủy"])
q("deadline", "Khi nào Huyện ủy Tiểu Cần sơ kết giữa kỳ và tổng kết Kế hoạch 86-KH/HU?",
  [(HU, "tham mưu sơ kết giữa kỳ vào quý IV/2027 và tổng kết vào quý IV/2030")],
  "Ban Tuyên giáo Huyện ủy tham mưu sơ kết giữa kỳ vào quý IV/2027 và tổng kết vào quý IV/2030.", ["quý IV/2027", "quý IV/2030"])
q("deadline", "Xã Tiểu Cần phải kiện toàn Ban Chỉ đạo xây dựng xã hội học tập trước khi nào?",
  [(XA, "Kiện toàn Ban Chỉ đạo xây dựng xã hội học tập xã, hoàn thành trước ngày 31/3/2026.")],
  "Kiện toàn Ban Chỉ đạo xây dựng xã hội học tập xã, hoàn thành trước ngày 31/3/2026.", ["31/3/2026"])
q("deadline", "Hạn hợp nhất ba Trung tâm học tập cộng đồng của xã Tiểu Cần là khi nào?",
  [(XA, "Hợp nhất 03 Trung tâm học tập cộng đồng thành Trung tâm học tập cộng đồng xã Tiểu Cần, đặt tại khu vực thị trấn Tiểu Cần cũ, với 02 điểm học tập tại khu vực xã Phú Cần cũ và khu vực xã Hiếu Tử cũ; hoàn thành trước ngày 30/6/2026.")],
  "Hợp nhất 03 Trung tâm học tập cộng đồng thành Trung tâm học tập cộng đồng xã Tiểu Cần (đặt tại khu vực thị trấn Tiểu Cần cũ, với 02 điểm học tập ở khu vực Phú Cần cũ và Hiếu Tử cũ), hoàn thành trước ngày 30/6/2026.",
  ["30/6/2026", "02 điểm học tập"])
q("deadline", "Đại hội hợp nhất Hội Khuyến học xã Tiểu Cần tổ chức vào thời gian nào?",
  [(XA, "Hợp nhất Hội Khuyến học của 03 đơn vị cũ thành Hội Khuyến học xã; tổ chức Đại hội hợp nhất trong quý II/2026.")],
  "Hội Khuyến học của 03 đơn vị cũ được hợp nhất thành Hội Khuyến học xã; Đại hội hợp nhất tổ chức trong quý II/2026.", ["quý II/2026"])
q("deadline", "Đến năm nào mỗi khóm ở khu vực thị trấn Tiểu Cần cũ phải có điểm truy cập internet miễn phí?",
  [(XA, "Khu vực thị trấn Tiểu Cần cũ: xây dựng mô hình \"Khóm học tập số\", mỗi khóm có ít nhất 01 điểm truy cập internet miễn phí phục vụ học tập vào năm 2027")],
  "Vào năm 2027: khu vực thị trấn Tiểu Cần cũ xây dựng mô hình \"Khóm học tập số\", mỗi khóm có ít nhất 01 điểm truy cập internet miễn phí phục vụ học tập.",
  ["2027", "ít nhất 01 điểm"])
q("deadline", "Phòng Văn hóa - Xã hội xã Tiểu Cần báo cáo kết quả cho UBND xã vào thời điểm nào mỗi năm?",
  [(XA, "tổng hợp kết quả, báo cáo Ủy ban nhân dân xã trước ngày 10/12 hằng năm để báo cáo Ủy ban nhân dân tỉnh (qua Sở Giáo dục và Đào tạo)")],
  "Trước ngày 10/12 hằng năm, để UBND xã báo cáo UBND tỉnh (qua Sở Giáo dục và Đào tạo).", ["10/12"])

# ---------------------------------------------------------------- funding
q("funding", "Tổng kinh phí của kế hoạch xây dựng xã hội học tập xã Tiểu Cần giai đoạn 2026 - 2030 là bao nhiêu và lấy từ nguồn nào?",
  [(XA, "Tổng kinh phí dự kiến giai đoạn 2026 - 2030 là 2.450 triệu đồng, trong đó: ngân sách xã 1.250 triệu đồng; ngân sách tỉnh hỗ trợ từ Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi 700 triệu đồng; nguồn xã hội hóa 500 triệu đồng.")],
  "Tổng kinh phí dự kiến 2.450 triệu đồng: ngân sách xã 1.250 triệu đồng; ngân sách tỉnh hỗ trợ từ Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi 700 triệu đồng; xã hội hóa 500 triệu đồng.",
  ["2.450 triệu", "1.250 triệu", "700 triệu", "500 triệu"])
q("funding", "Mỗi điểm học tập của Trung tâm học tập cộng đồng xã Tiểu Cần được hỗ trợ bao nhiêu tiền?",
  [(XA, "Mỗi điểm học tập của Trung tâm học tập cộng đồng được hỗ trợ 15 triệu đồng/năm từ ngân sách xã.")],
  "Mỗi điểm học tập được hỗ trợ 15 triệu đồng/năm từ ngân sách xã.", ["15 triệu đồng/năm"])
q("funding", "Theo kế hoạch của Huyện ủy, ngân sách huyện hỗ trợ Quỹ Khuyến học huyện bao nhiêu mỗi năm?",
  [(HU, "Ngân sách huyện hỗ trợ Quỹ Khuyến học huyện 150 triệu đồng/năm; mỗi Trung tâm học tập cộng đồng được hỗ trợ 20 triệu đồng/năm.")],
  "Ngân sách huyện hỗ trợ Quỹ Khuyến học huyện 150 triệu đồng/năm (và mỗi Trung tâm học tập cộng đồng 20 triệu đồng/năm).", ["150 triệu đồng/năm"])
q("funding", "Kinh phí hoạt động của các ban xây dựng Đảng trong Kế hoạch 86-KH/HU lấy từ đâu?",
  [(HU, "Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách huyện trong dự toán hằng năm của các cơ quan, đơn vị theo phân cấp; kinh phí hoạt động của các ban xây dựng Đảng từ ngân sách Đảng; huy động thêm các nguồn xã hội hóa.")],
  "Kinh phí hoạt động của các ban xây dựng Đảng lấy từ ngân sách Đảng; kinh phí thực hiện Kế hoạch nói chung bố trí từ ngân sách huyện trong dự toán hằng năm theo phân cấp, huy động thêm xã hội hóa.",
  ["ngân sách Đảng", "ngân sách huyện"])
q("funding", "Quỹ khuyến học của xã Tiểu Cần phấn đấu đạt bao nhiêu vào năm 2030?",
  [(XA, "Hợp nhất quỹ khuyến học của 03 đơn vị cũ; phấn đấu Quỹ khuyến học xã đạt 1,2 tỷ đồng vào năm 2030.")],
  "Hợp nhất quỹ khuyến học của 03 đơn vị cũ; phấn đấu Quỹ khuyến học xã đạt 1,2 tỷ đồng vào năm 2030.", ["1,2 tỷ đồng"])
q("funding", "Huyện ủy Tiểu Cần đặt mục tiêu tổng Quỹ khuyến học các cấp trong huyện đạt bao nhiêu?",
  [(HU, "phấn đấu tổng Quỹ khuyến học các cấp trong huyện đạt 6 tỷ đồng vào năm 2030")],
  "Phấn đấu tổng Quỹ khuyến học các cấp trong huyện đạt 6 tỷ đồng vào năm 2030.", ["6 tỷ đồng", "2030"])

# ---------------------------------------------------------------- legal_basis
q("legal_basis", "Kế hoạch 86-KH/HU của Huyện ủy Tiểu Cần được xây dựng trên cơ sở những văn bản nào?",
  [(HU, "Thực hiện Kết luận số 49-KL/TW ngày 10/5/2019 của Ban Bí thư; Kế hoạch số 95-KH/TU ngày 15/01/2024 của Ban Thường vụ Tỉnh ủy Trà Vinh về thực hiện Kết luận số 49-KL/TW trên địa bàn tỉnh; Nghị quyết Đại hội đại biểu Đảng bộ huyện Tiểu Cần lần thứ XII, nhiệm kỳ 2020 - 2025")],
  "Kết luận số 49-KL/TW ngày 10/5/2019 của Ban Bí thư; Kế hoạch số 95-KH/TU ngày 15/01/2024 của Ban Thường vụ Tỉnh ủy Trà Vinh; Nghị quyết Đại hội đại biểu Đảng bộ huyện Tiểu Cần lần thứ XII, nhiệm kỳ 2020 - 2025.",
  ["49-KL/TW", "95-KH/TU", "lần thứ XII"])
q("legal_basis", "Kế hoạch xây dựng xã hội học tập của xã Tiểu Cần căn cứ luật nào?",
  [(XA, "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;")],
  "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025.", ["Luật Tổ chức chính quyền địa phương", "16 tháng 6 năm 2025"])
q("legal_basis", "Văn bản nào của Ủy ban Thường vụ Quốc hội được xã Tiểu Cần viện dẫn về việc sắp xếp đơn vị hành chính?",
  [(XA, "Căn cứ Nghị quyết số 1687/NQ-UBTVQH15 ngày 16 tháng 6 năm 2025 của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Vĩnh Long năm 2025;")],
  "Nghị quyết số 1687/NQ-UBTVQH15 ngày 16 tháng 6 năm 2025 của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Vĩnh Long năm 2025.",
  ["1687/NQ-UBTVQH15"])
q("legal_basis", "Kế hoạch của xã Tiểu Cần căn cứ kế hoạch nào của tỉnh và nghị quyết nào của Đảng bộ xã?",
  [(XA, "Căn cứ Kế hoạch số 2741/KH-UBND ngày 10 tháng 11 năm 2025 của Ủy ban nhân dân tỉnh Vĩnh Long"),
   (XA, "Căn cứ Nghị quyết số 06-NQ/ĐU ngày 05 tháng 12 năm 2025 của Ban Chấp hành Đảng bộ xã Tiểu Cần")],
  "Kế hoạch số 2741/KH-UBND ngày 10/11/2025 của UBND tỉnh Vĩnh Long về xây dựng xã hội học tập giai đoạn 2026 - 2030 và Nghị quyết số 06-NQ/ĐU ngày 05/12/2025 của Ban Chấp hành Đảng bộ xã Tiểu Cần về phát triển giáo dục, đào tạo.",
  ["2741/KH-UBND", "06-NQ/ĐU"])
q("legal_basis", "Quyết định của Thủ tướng nào được nêu trong căn cứ của kế hoạch xã Tiểu Cần?",
  [(XA, "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án \"Xây dựng xã hội học tập giai đoạn 2021 - 2030\";")],
  "Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án \"Xây dựng xã hội học tập giai đoạn 2021 - 2030\".",
  ["1373/QĐ-TTg"])

# ---------------------------------------------------------------- purpose
q("purpose", "Mục đích của Kế hoạch thực hiện Kết luận 49 của Huyện ủy Tiểu Cần là gì?",
  [(HU, "Quán triệt sâu rộng nội dung Kết luận số 49-KL/TW đến cán bộ, đảng viên và Nhân dân"),
   (HU, "góp phần nâng cao dân trí, đào tạo nhân lực, nhất là nguồn nhân lực trong đồng bào dân tộc Khmer")],
  "Quán triệt sâu rộng nội dung Kết luận số 49-KL/TW đến cán bộ, đảng viên và Nhân dân, nâng cao nhận thức của cả hệ thống chính trị về khuyến học, khuyến tài, xây dựng xã hội học tập; tăng cường sự lãnh đạo của cấp ủy, phát huy vai trò gương mẫu của cán bộ, đảng viên; góp phần nâng cao dân trí, đào tạo nhân lực, nhất là nguồn nhân lực trong đồng bào dân tộc Khmer.",
  ["Quán triệt", "nâng cao dân trí", "Khmer"])
q("purpose", "Mục tiêu chung của kế hoạch xã hội học tập xã Tiểu Cần sau sắp xếp là gì?",
  [(XA, "bảo đảm các khu vực của xã phát triển đồng đều; thu hẹp khoảng cách về cơ hội học tập giữa khu vực thị trấn Tiểu Cần cũ và các khu vực xã Phú Cần cũ, xã Hiếu Tử cũ")],
  "Tiếp tục xây dựng xã hội học tập trên địa bàn xã sau sắp xếp, bảo đảm các khu vực của xã phát triển đồng đều; thu hẹp khoảng cách về cơ hội học tập giữa khu vực thị trấn Tiểu Cần cũ và các khu vực xã Phú Cần cũ, xã Hiếu Tử cũ; mọi người dân được học tập thường xuyên, học tập suốt đời.",
  ["phát triển đồng đều", "thu hẹp khoảng cách"])
q("purpose", "Kế hoạch Huyện ủy Tiểu Cần yêu cầu các chi, đảng bộ thực hiện như thế nào?",
  [(HU, "Các chi, đảng bộ trực thuộc xây dựng kế hoạch cụ thể, phù hợp với tình hình địa phương, đơn vị; xác định rõ trách nhiệm của người đứng đầu cấp ủy trong lãnh đạo, chỉ đạo thực hiện."),
   (HU, "Việc thực hiện phải thường xuyên, liên tục")],
  "Yêu cầu: các chi, đảng bộ trực thuộc xây dựng kế hoạch cụ thể, phù hợp với tình hình địa phương, đơn vị; xác định rõ trách nhiệm của người đứng đầu cấp ủy; việc thực hiện phải thường xuyên, liên tục, gắn với Nghị quyết Đại hội Đảng bộ huyện và các phong trào thi đua, có sơ kết, tổng kết.",
  ["người đứng đầu cấp ủy", "thường xuyên, liên tục"])

# ---------------------------------------------------------------- task_section
q("task_section", "Kế hoạch của Huyện ủy Tiểu Cần nêu những nhóm nhiệm vụ và giải pháp chủ yếu nào?",
  [(HU, "1- Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy, tổ chức đảng"), (HU, "2- Đẩy mạnh công tác tuyên truyền"),
   (HU, "3- Nâng cao hiệu quả hoạt động của các Trung tâm học tập cộng đồng"), (HU, "4- Đẩy mạnh xã hội hóa, phát triển Quỹ khuyến học"),
   (HU, "5- Phát huy vai trò của Mặt trận Tổ quốc và các tổ chức CT-XH")],
  "Năm nhóm: (1) tăng cường sự lãnh đạo, chỉ đạo của cấp ủy, tổ chức đảng; (2) đẩy mạnh công tác tuyên truyền; (3) nâng cao hiệu quả hoạt động của các Trung tâm học tập cộng đồng; (4) đẩy mạnh xã hội hóa, phát triển Quỹ khuyến học; (5) phát huy vai trò của Mặt trận Tổ quốc và các tổ chức CT-XH.",
  ["lãnh đạo, chỉ đạo của cấp ủy", "tuyên truyền", "Trung tâm học tập cộng đồng", "Quỹ khuyến học", "Mặt trận Tổ quốc"])
q("task_section", "Phần tuyên truyền trong kế hoạch của Huyện ủy Tiểu Cần có những nội dung gì?",
  [(HU, "Đa dạng hóa hình thức tuyên truyền; sử dụng song ngữ Việt - Khmer tại các ấp có đông đồng bào Khmer; phát huy vai trò của các vị sư sãi, Ban Quản trị các chùa Khmer trong vận động con em đến trường."),
   (HU, "Tổ chức hưởng ứng \"Tuần lễ hưởng ứng học tập suốt đời\" vào tháng 10 hằng năm.")],
  "Đa dạng hóa hình thức tuyên truyền; dùng song ngữ Việt - Khmer ở các ấp đông đồng bào Khmer; phát huy vai trò các vị sư sãi, Ban Quản trị các chùa Khmer trong vận động con em đến trường; tổ chức hưởng ứng \"Tuần lễ hưởng ứng học tập suốt đời\" vào tháng 10 hằng năm.",
  ["song ngữ Việt - Khmer", "sư sãi", "tháng 10"])
q("task_section", "Kế hoạch của xã Tiểu Cần giao nhiệm vụ riêng gì cho từng khu vực xã cũ?",
  [(XA, "Khu vực thị trấn Tiểu Cần cũ: xây dựng mô hình \"Khóm học tập số\""),
   (XA, "Khu vực xã Phú Cần cũ: mở lớp chuyển giao kỹ thuật trồng lúa chất lượng cao, chăn nuôi bò; mỗi năm ít nhất 06 lớp."),
   (XA, "Khu vực xã Hiếu Tử cũ: mở lớp xóa mù chữ và lớp dạy chữ Khmer tại các chùa Khmer trong dịp hè")],
  "Khu vực thị trấn Tiểu Cần cũ: mô hình \"Khóm học tập số\" (mỗi khóm ít nhất 01 điểm truy cập internet miễn phí vào năm 2027), tủ sách pháp luật tại Trung tâm Phục vụ hành chính công xã; khu vực xã Phú Cần cũ: lớp chuyển giao kỹ thuật trồng lúa chất lượng cao, chăn nuôi bò, mỗi năm ít nhất 06 lớp; khu vực xã Hiếu Tử cũ: lớp xóa mù chữ và dạy chữ Khmer tại các chùa Khmer trong dịp hè, ưu tiên phụ nữ Khmer từ 15 đến 35 tuổi.",
  ["Khóm học tập số", "06 lớp", "chữ Khmer"])
q("task_section", "Việc kiện toàn tổ chức sau sắp xếp trong kế hoạch của xã Tiểu Cần gồm những gì?",
  [(XA, "Kiện toàn Ban Chỉ đạo xây dựng xã hội học tập xã, hoàn thành trước ngày 31/3/2026."),
   (XA, "Hợp nhất 03 Trung tâm học tập cộng đồng thành Trung tâm học tập cộng đồng xã Tiểu Cần"),
   (XA, "Hợp nhất Hội Khuyến học của 03 đơn vị cũ thành Hội Khuyến học xã; tổ chức Đại hội hợp nhất trong quý II/2026.")],
  "Ba việc: kiện toàn Ban Chỉ đạo xây dựng xã hội học tập xã (trước 31/3/2026); hợp nhất 03 Trung tâm học tập cộng đồng thành Trung tâm học tập cộng đồng xã Tiểu Cần với 02 điểm học tập (trước 30/6/2026); hợp nhất Hội Khuyến học của 03 đơn vị cũ, Đại hội hợp nhất trong quý II/2026.",
  ["Ban Chỉ đạo", "Hợp nhất 03 Trung tâm học tập cộng đồng", "Hội Khuyến học", "quý II/2026"])
q("task_section", "Nhiệm vụ nâng cao hiệu quả Trung tâm học tập cộng đồng trong kế hoạch Huyện ủy gồm gì?",
  [(HU, "Củng cố 11 Trung tâm học tập cộng đồng theo hướng gắn với nhu cầu học tập, sản xuất của Nhân dân; mỗi năm mở ít nhất 04 chuyên đề chuyển giao khoa học - kỹ thuật tại mỗi trung tâm."),
   (HU, "Phối hợp với chùa Khmer mở lớp xóa mù chữ, lớp dạy chữ Khmer trong dịp hè.")],
  "Củng cố 11 Trung tâm học tập cộng đồng gắn với nhu cầu học tập, sản xuất của Nhân dân; mỗi năm mở ít nhất 04 chuyên đề chuyển giao khoa học - kỹ thuật tại mỗi trung tâm; phối hợp với chùa Khmer mở lớp xóa mù chữ, lớp dạy chữ Khmer trong dịp hè.",
  ["11 Trung tâm", "ít nhất 04 chuyên đề", "chùa Khmer"])
# ---------------------------------------------------------------- cross_plan
q("cross_plan", "Tỷ lệ người Khmer từ 15 đến 60 tuổi biết chữ mà kế hoạch Huyện ủy Tiểu Cần và kế hoạch xã Tiểu Cần đặt ra khác nhau thế nào?",
  [(HU, "98% người dân tộc Khmer trong độ tuổi từ 15 đến 60 biết chữ."), (HU, HU_2030),
   (XA, "98,5% người dân tộc Khmer trong độ tuổi từ 15 đến 60 biết chữ."), (XA, XA_2030)],
  "Kế hoạch 86-KH/HU của Huyện ủy Tiểu Cần (cả huyện cũ) đặt 98% đến năm 2030; kế hoạch 142/KH-UBND của xã Tiểu Cần (mới) đặt cao hơn, 98,5% đến năm 2030.",
  ["98%", "98,5%"])
q("cross_plan", "Mức hỗ trợ hằng năm cho Trung tâm học tập cộng đồng trong kế hoạch của Huyện ủy Tiểu Cần và của xã Tiểu Cần là bao nhiêu?",
  [(HU, "mỗi Trung tâm học tập cộng đồng được hỗ trợ 20 triệu đồng/năm"),
   (XA, "Mỗi điểm học tập của Trung tâm học tập cộng đồng được hỗ trợ 15 triệu đồng/năm từ ngân sách xã.")],
  "Huyện ủy Tiểu Cần: mỗi Trung tâm học tập cộng đồng được hỗ trợ 20 triệu đồng/năm (từ ngân sách huyện). Xã Tiểu Cần: mỗi điểm học tập của Trung tâm học tập cộng đồng xã được hỗ trợ 15 triệu đồng/năm từ ngân sách xã.",
  ["20 triệu đồng/năm", "15 triệu đồng/năm"])
q("cross_plan", "Thị trấn Tiểu Cần trong kế hoạch của Huyện ủy phải đạt Cộng đồng học tập mức nào, và kế hoạch xã Tiểu Cần cho biết kết quả ra sao?",
  [(HU, "11/11 xã, thị trấn được công nhận \"Cộng đồng học tập\" cấp xã, trong đó thị trấn Tiểu Cần và thị trấn Cầu Quan đạt mức tốt."), (HU, HU_2026),
   (XA, "đến hết năm 2024 thị trấn Tiểu Cần đã được công nhận \"Cộng đồng học tập\" cấp xã mức tốt")],
  "Kế hoạch 86-KH/HU đặt chỉ tiêu đến năm 2026 thị trấn Tiểu Cần (cùng thị trấn Cầu Quan) đạt \"Cộng đồng học tập\" cấp xã mức tốt; kế hoạch của xã Tiểu Cần (mới) ghi đến hết năm 2024 thị trấn Tiểu Cần đã được công nhận \"Cộng đồng học tập\" cấp xã mức tốt, tức là đạt trước mốc 2026.",
  ["mức tốt", "2026", "hết năm 2024"])
q("cross_plan", "So sánh chỉ tiêu hộ gia đình đạt Gia đình học tập năm 2030 của Huyện ủy Tiểu Cần với của xã Tiểu Cần mới.",
  [(HU, "85% hộ gia đình đạt danh hiệu \"Gia đình học tập\"; 75% dòng họ đạt danh hiệu \"Dòng họ học tập\"."), (HU, HU_2030),
   (XA, XA_HEAD), (XA, ROW_ALL)],
  "Bằng nhau: Huyện ủy Tiểu Cần đặt 85% hộ gia đình đạt \"Gia đình học tập\" đến năm 2030 cho cả huyện; xã Tiểu Cần đặt 85 (%) cho toàn xã năm 2030 (Bảng 1), chia theo khu vực: thị trấn Tiểu Cần cũ 90, Phú Cần cũ 85, Hiếu Tử cũ 80.",
  ["85%", "85"])
q("cross_plan", "Về phổ cập giáo dục trung học cơ sở, kế hoạch xã Tiểu Cần và kế hoạch năm 2024 của Cần Thơ đặt mức độ nào?",
  [(XA, "Xã duy trì đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3"),
   (CT, "100% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 2; phần đầu có 66% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3.")],
  "Xã Tiểu Cần: duy trì đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3 (đến năm 2030). Cần Thơ (2024): 100% quận, huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 2, phấn đấu 66% quận, huyện đạt mức độ 3.",
  ["mức độ 3", "mức độ 2", "66%"])
q("cross_plan", "Tuần lễ hưởng ứng học tập suốt đời được nêu thế nào trong kế hoạch của Huyện ủy Tiểu Cần, của xã Tiểu Cần và của Huế?",
  [(HU, "Tổ chức hưởng ứng \"Tuần lễ hưởng ứng học tập suốt đời\" vào tháng 10 hằng năm."),
   (XA, "Tổ chức \"Tuần lễ hưởng ứng học tập suốt đời\" vào tháng 10 hằng năm, luân phiên tại các khu vực."),
   (HUE, "Tổ chức hiệu quả các hoạt động hưởng ứng như: Tuần lễ hưởng ứng học tập suốt đời, Ngày Sách và Văn hóa đọc Việt Nam, Ngày Khuyến học Việt Nam")],
  "Huyện ủy Tiểu Cần: tổ chức hưởng ứng Tuần lễ vào tháng 10 hằng năm. Xã Tiểu Cần: tổ chức Tuần lễ vào tháng 10 hằng năm, luân phiên tại các khu vực. Huế: tổ chức hiệu quả các hoạt động hưởng ứng như Tuần lễ hưởng ứng học tập suốt đời, Ngày Sách và Văn hóa đọc Việt Nam, Ngày Khuyến học Việt Nam (không nêu tháng).",
  ["tháng 10", "luân phiên", "Ngày Khuyến học Việt Nam"])

q("cross_plan", "Trước khi sáp nhập, Đảng ủy xã Hiếu Tử phải làm gì theo kế hoạch thực hiện Kết luận 49 của Huyện ủy?",
  [(XA, "xã Phú Cần và xã Hiếu Tử (thuộc huyện Tiểu Cần, tỉnh Trà Vinh trước đây)"),
   (HU, "9- Đảng ủy các xã, thị trấn"),
   (HU, "Xây dựng kế hoạch thực hiện, hoàn thành trước ngày 30/6/2024; lãnh đạo Ủy ban nhân dân xã, thị trấn cụ thể hóa chỉ tiêu của huyện cho từng ấp, khóm")],
  "Kế hoạch 86-KH/HU không nêu tên riêng xã Hiếu Tử, nhưng xã Hiếu Tử thuộc huyện Tiểu Cần (kế hoạch xã Tiểu Cần ghi rõ), nên Đảng ủy xã Hiếu Tử thuộc mục 9 \"Đảng ủy các xã, thị trấn\": xây dựng kế hoạch thực hiện, hoàn thành trước ngày 30/6/2024; lãnh đạo UBND xã cụ thể hóa chỉ tiêu của huyện cho từng ấp, khóm; báo cáo 6 tháng trước ngày 15/6 và báo cáo năm trước ngày 15/11.",
  ["huyện Tiểu Cần", "Đảng ủy các xã, thị trấn", "30/6/2024", "cụ thể hóa chỉ tiêu"])

# ---------------------------------------------------------------- no_diacritics
q("no_diacritics", "xa hieu tu cu nay thuoc xa nao, tinh nao",
  [(XA, "Xã Tiểu Cần được thành lập trên cơ sở sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của thị trấn Tiểu Cần, xã Phú Cần và xã Hiếu Tử"),
   (XA, "trực thuộc tỉnh Vĩnh Long")],
  "Xã Hiếu Tử (cũ) được sắp xếp cùng thị trấn Tiểu Cần và xã Phú Cần thành xã Tiểu Cần, trực thuộc tỉnh Vĩnh Long (từ 01/7/2025); nay là \"khu vực xã Hiếu Tử cũ\" của xã.",
  ["xã Tiểu Cần", "tỉnh Vĩnh Long"])
q("no_diacritics", "ke hoach 86-KH/HU cua huyen uy tieu can do ai ky",
  [(HU, "T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ (Đã ký) Sơn Thị Ngọc Hân")],
  "Kế hoạch 86-KH/HU do đồng chí Sơn Thị Ngọc Hân, Phó Bí thư, ký T/M Ban Thường vụ Huyện ủy.", ["Sơn Thị Ngọc Hân", "PHÓ BÍ THƯ"])
q("no_diacritics", "xa tieu can moi duoc thanh lap tu nhung don vi nao",
  [(XA, "Xã Tiểu Cần được thành lập trên cơ sở sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của thị trấn Tiểu Cần, xã Phú Cần và xã Hiếu Tử")],
  "Xã Tiểu Cần được thành lập trên cơ sở sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của thị trấn Tiểu Cần, xã Phú Cần và xã Hiếu Tử (thuộc huyện Tiểu Cần, tỉnh Trà Vinh trước đây).",
  ["thị trấn Tiểu Cần", "xã Phú Cần", "xã Hiếu Tử"])
q("no_diacritics", "khu vuc xa phu can cu nam 2030 phai co bao nhieu ap dat cong dong hoc tap",
  [(XA, XA_HEAD), (XA, ROW_PC)],
  "Theo Bảng 1 của kế hoạch xã Tiểu Cần, khu vực xã Phú Cần cũ (09 ấp) phải có 8/9 ấp đạt \"Cộng đồng học tập\" năm 2030.", ["8/9"])
q("no_diacritics", "dan so xa tieu can bao nhieu, dong bao khmer chiem bao nhieu phan tram",
  [(XA, "Xã có diện tích tự nhiên 68,4 km², dân số 41.250 người, 26 ấp, khóm; đồng bào dân tộc Khmer chiếm khoảng 31% dân số")],
  "Xã Tiểu Cần có dân số 41.250 người (diện tích 68,4 km², 26 ấp, khóm); đồng bào dân tộc Khmer chiếm khoảng 31% dân số, tập trung ở khu vực xã Hiếu Tử cũ.",
  ["41.250", "31%"])
q("no_diacritics", "hoi khuyen hoc xa tieu can phai phat trien chi hoi o bao nhieu ap khom",
  [(XA, "Phát triển hội viên, chi hội khuyến học ở 26 ấp, khóm; vận động Quỹ khuyến học; trao học bổng cho học sinh dân tộc Khmer có hoàn cảnh khó khăn.")],
  "Hội Khuyến học xã phát triển hội viên, chi hội khuyến học ở 26 ấp, khóm; vận động Quỹ khuyến học; trao học bổng cho học sinh dân tộc Khmer có hoàn cảnh khó khăn.",
  ["26 ấp, khóm"])
q("no_diacritics", "cac truong hoc o xa tieu can duoc giao lam gi trong ke hoach xa hoi hoc tap",
  [(XA, "Phối hợp với Trung tâm học tập cộng đồng xã huy động trẻ trong độ tuổi đến trường; cho mượn phòng học, thư viện phục vụ lớp học cộng đồng ngoài giờ.")],
  "Các trường học phối hợp với Trung tâm học tập cộng đồng xã huy động trẻ trong độ tuổi đến trường và cho mượn phòng học, thư viện phục vụ lớp học cộng đồng ngoài giờ.",
  ["huy động trẻ", "cho mượn phòng học"])
q("no_diacritics", "huyen uy tieu can dat chi tieu chi bo hoc tap nam 2030 the nao",
  [(HU, HU_2030), (HU, "100% cán bộ, đảng viên tham gia học tập, bồi dưỡng nâng cao trình độ hằng năm; 100% chi bộ đạt danh hiệu \"Chi bộ học tập\".")],
  "Đến năm 2030: 100% chi bộ đạt danh hiệu \"Chi bộ học tập\" (và 100% cán bộ, đảng viên tham gia học tập, bồi dưỡng nâng cao trình độ hằng năm).",
  ["100% chi bộ", "Chi bộ học tập"])

# ---------------------------------------------------------------- abbreviation
q("abbreviation", "UBKT HU Tiểu Cần mỗi năm phải kiểm tra, giám sát bao nhiêu TCĐ về việc thực hiện KH?",
  [(HU, "mỗi năm kiểm tra, giám sát ít nhất 02 tổ chức đảng về việc thực hiện Kế hoạch này")],
  "Ủy ban Kiểm tra Huyện ủy: mỗi năm kiểm tra, giám sát ít nhất 02 tổ chức đảng về việc thực hiện Kế hoạch.", ["ít nhất 02 tổ chức đảng"])
q("abbreviation", "Theo KH 86-KH/HU, UBMTTQ và các tổ chức CT-XH huyện phải làm gì?",
  [(HU, "Đưa chỉ tiêu xây dựng \"Gia đình học tập\", \"Dòng họ học tập\" vào chương trình hành động của tổ chức mình; Hội Liên hiệp Phụ nữ huyện vận động hội viên phụ nữ Khmer tham gia lớp xóa mù chữ; Huyện đoàn tổ chức \"Ngày hội đọc sách\" vào tháng 4 hằng năm.")],
  "Ủy ban Mặt trận Tổ quốc và các tổ chức CT-XH huyện đưa chỉ tiêu xây dựng \"Gia đình học tập\", \"Dòng họ học tập\" vào chương trình hành động của tổ chức mình; Hội Liên hiệp Phụ nữ huyện vận động hội viên phụ nữ Khmer tham gia lớp xóa mù chữ; Huyện đoàn tổ chức \"Ngày hội đọc sách\" vào tháng 4 hằng năm.",
  ["chương trình hành động", "phụ nữ Khmer", "Ngày hội đọc sách"])
q("abbreviation", "Các đ/c UVBTV HU phụ trách khối chính quyền phải chỉ đạo Phòng LĐ-TB&XH làm gì?",
  [(HU, "chỉ đạo Phòng Lao động - Thương binh và Xã hội gắn đào tạo nghề cho lao động nông thôn với hoạt động của các Trung tâm học tập cộng đồng")],
  "Chỉ đạo Phòng Lao động - Thương binh và Xã hội gắn đào tạo nghề cho lao động nông thôn với hoạt động của các Trung tâm học tập cộng đồng.",
  ["đào tạo nghề cho lao động nông thôn", "Trung tâm học tập cộng đồng"])
q("abbreviation", "VPHU Tiểu Cần có nhiệm vụ gì trong KH thực hiện KL 49?",
  [(HU, "Bảo đảm kinh phí tổ chức sơ kết, tổng kết từ ngân sách Đảng; phối hợp với Ban Tuyên giáo Huyện ủy theo dõi tiến độ thực hiện Kế hoạch.")],
  "Văn phòng Huyện ủy bảo đảm kinh phí tổ chức sơ kết, tổng kết từ ngân sách Đảng và phối hợp với Ban Tuyên giáo Huyện ủy theo dõi tiến độ thực hiện Kế hoạch.",
  ["sơ kết, tổng kết", "ngân sách Đảng", "theo dõi tiến độ"])
q("abbreviation", "KH 86-KH/HU gửi những cơ quan nào để b/c?",
  [(HU, "- Ban Thường vụ Tỉnh ủy (b/c), - Ban Tuyên giáo Tỉnh ủy (b/c),")],
  "Theo Nơi nhận, Kế hoạch gửi Ban Thường vụ Tỉnh ủy (b/c) và Ban Tuyên giáo Tỉnh ủy (b/c) — tức là để báo cáo.",
  ["Ban Thường vụ Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy"])
q("abbreviation", "TTHTCĐ xã Tiểu Cần sau hợp nhất đặt ở đâu, có mấy điểm học tập?",
  [(XA, "đặt tại khu vực thị trấn Tiểu Cần cũ, với 02 điểm học tập tại khu vực xã Phú Cần cũ và khu vực xã Hiếu Tử cũ")],
  "Trung tâm học tập cộng đồng xã Tiểu Cần đặt tại khu vực thị trấn Tiểu Cần cũ, với 02 điểm học tập tại khu vực xã Phú Cần cũ và khu vực xã Hiếu Tử cũ.",
  ["khu vực thị trấn Tiểu Cần cũ", "02 điểm học tập"])
q("abbreviation", "VP HĐND và UBND xã Tiểu Cần làm gì theo KH 142/KH-UBND?",
  [(XA, "Tham mưu kiện toàn Ban Chỉ đạo xây dựng xã hội học tập xã; đưa nội dung học tập suốt đời vào kế hoạch bồi dưỡng cán bộ, công chức xã hằng năm.")],
  "Văn phòng HĐND và UBND xã tham mưu kiện toàn Ban Chỉ đạo xây dựng xã hội học tập xã và đưa nội dung học tập suốt đời vào kế hoạch bồi dưỡng cán bộ, công chức xã hằng năm.",
  ["Ban Chỉ đạo", "bồi dưỡng cán bộ, công chức xã"])

# ---------------------------------------------------------------- paraphrase
q("paraphrase", "Huyện ủy có tính chuyện đảng viên phải học thêm mỗi năm không?",
  [(HU, "100% cán bộ, đảng viên tham gia học tập, bồi dưỡng nâng cao trình độ hằng năm")],
  "Có: chỉ tiêu đến năm 2030 là 100% cán bộ, đảng viên tham gia học tập, bồi dưỡng nâng cao trình độ hằng năm.", ["100% cán bộ, đảng viên"])
q("paraphrase", "Việc học của đảng viên có được tính khi chấm điểm cuối năm không?",
  [(HU, "xem kết quả học tập của cán bộ, đảng viên là một tiêu chí đánh giá, xếp loại chất lượng hằng năm")],
  "Có: kế hoạch của Huyện ủy yêu cầu xem kết quả học tập của cán bộ, đảng viên là một tiêu chí đánh giá, xếp loại chất lượng hằng năm (Ban Tổ chức Huyện ủy tham mưu đưa kết quả thực hiện vào tiêu chí đánh giá).",
  ["tiêu chí đánh giá, xếp loại"])
q("paraphrase", "Huyện ủy có ghi nhận những người bỏ tiền cho quỹ khuyến học không?",
  [(HU, "Kịp thời khen thưởng, biểu dương các tập thể, cá nhân có nhiều đóng góp cho công tác khuyến học, khuyến tài.")],
  "Có: kế hoạch yêu cầu kịp thời khen thưởng, biểu dương các tập thể, cá nhân có nhiều đóng góp cho công tác khuyến học, khuyến tài.",
  ["khen thưởng, biểu dương"])
q("paraphrase", "Người dân ở xa trung tâm xã Tiểu Cần có chỗ học gần nhà không?",
  [(XA, "với 02 điểm học tập tại khu vực xã Phú Cần cũ và khu vực xã Hiếu Tử cũ")],
  "Có: ngoài Trung tâm học tập cộng đồng xã đặt tại khu vực thị trấn Tiểu Cần cũ, có 02 điểm học tập tại khu vực xã Phú Cần cũ và khu vực xã Hiếu Tử cũ (mỗi điểm được hỗ trợ 15 triệu đồng/năm).",
  ["02 điểm học tập", "Phú Cần cũ", "Hiếu Tử cũ"])
q("paraphrase", "Nếu một khu vực của xã Tiểu Cần về đích sớm thì chỉ tiêu có bị hạ không?",
  [(XA, "Khu vực có chỉ tiêu năm 2030 đạt trước thời hạn được tiếp tục nâng mức phấn đấu; không giao thấp hơn mức của bảng trên.")],
  "Không: khu vực có chỉ tiêu năm 2030 đạt trước thời hạn được tiếp tục nâng mức phấn đấu; không giao thấp hơn mức của bảng chỉ tiêu theo khu vực.",
  ["nâng mức phấn đấu", "không giao thấp hơn"])
# ---------------------------------------------------------------- english
q("english", "What is the number and date of the Tieu Can District Party Committee's plan on Conclusion 49?",
  [(HU, "Số 86-KH/HU"), (HU, "Tiểu Cần, ngày 20 tháng 3 năm 2024")],
  "It is Plan No. 86-KH/HU of the Standing Board of the Tieu Can District Party Committee, dated 20 March 2024 (ngày 20 tháng 3 năm 2024).",
  ["86-KH/HU", "20 tháng 3 năm 2024"])
q("english", "What is the number and date of Tieu Can commune's learning-society plan for 2026-2030?",
  [(XA, "Số: 142/KH-UBND"), (XA, "Tiểu Cần, ngày 22 tháng 12 năm 2025")],
  "Plan No. 142/KH-UBND of the People's Committee of Tieu Can commune, dated 22 December 2025 (ngày 22 tháng 12 năm 2025).",
  ["142/KH-UBND", "22 tháng 12 năm 2025"])
q("english", "Since when has Tieu Can commune operated under the two-tier local government model, and which province is it under?",
  [(XA, "hoạt động theo mô hình chính quyền địa phương hai cấp từ ngày 01 tháng 7 năm 2025, trực thuộc tỉnh Vĩnh Long")],
  "Since 1 July 2025 (ngày 01 tháng 7 năm 2025); the commune is directly under tỉnh Vĩnh Long.", ["01 tháng 7 năm 2025", "Vĩnh Long"])
q("english", "How much of Tieu Can commune's 2026-2030 budget comes from the provincial budget through the national target programme?",
  [(XA, "ngân sách tỉnh hỗ trợ từ Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi 700 triệu đồng")],
  "VND 700 million (700 triệu đồng) from the provincial budget under the National Target Programme for socio-economic development of ethnic minority and mountainous areas, out of a total of 2.450 triệu đồng.",
  ["700 triệu"])
q("english", "What Learning Family target does the commune set for the former Phu Can commune area for 2030?",
  [(XA, XA_HEAD), (XA, ROW_PC)],
  "In Table 1 (Bảng 1), the former Phu Can commune area (09 hamlets) has a 2030 target of 85% of households recognised as Learning Families (72% in 2027).",
  ["85"])
q("english", "What digital-skills target is set for the former Hieu Tu area in 2030?",
  [(XA, XA_HEAD), (XA, ROW_HT)],
  "60% of working-age people in the former Hieu Tu commune area should have basic digital skills by 2030 (Bảng 1).", ["60"])
q("english", "What targets does the Party plan set for Learning Clans in 2026 and 2030?",
  [(HU, HU_2026), (HU, "60% dòng họ đạt danh hiệu \"Dòng họ học tập\"."), (HU, HU_2030), (HU, "75% dòng họ đạt danh hiệu \"Dòng họ học tập\".")],
  "60% of clans recognised as \"Dòng họ học tập\" by 2026 and 75% by 2030.", ["60%", "75%"])
q("english", "Which office is the standing agency of Tieu Can commune's plan?",
  [(XA, "1. Phòng Văn hóa - Xã hội"), (XA, "Là cơ quan thường trực, tham mưu Ủy ban nhân dân xã triển khai Kế hoạch")],
  "The Culture and Social Affairs Division (Phòng Văn hóa - Xã hội) is the standing agency (cơ quan thường trực).", ["Phòng Văn hóa - Xã hội"])
q("english", "Under the Party plan, what does the district Youth Union organise, and in which month?",
  [(HU, "Huyện đoàn tổ chức \"Ngày hội đọc sách\" vào tháng 4 hằng năm.")],
  "The District Youth Union (Huyện đoàn) organises a \"Ngày hội đọc sách\" (reading festival) in April every year (tháng 4 hằng năm).",
  ["Ngày hội đọc sách", "tháng 4"])
q("english", "What are the area and population of the new Tieu Can commune?",
  [(XA, "Xã có diện tích tự nhiên 68,4 km², dân số 41.250 người, 26 ấp, khóm")],
  "68,4 km² and 41.250 people, in 26 hamlets and quarters (ấp, khóm).", ["68,4 km²", "41.250"])
q("english", "How many schools and Khmer pagodas are there in Tieu Can commune?",
  [(XA, "12 trường học các cấp và 05 chùa Khmer")],
  "12 schools of all levels (12 trường học) and 05 Khmer pagodas (05 chùa Khmer); there are also 03 community learning centres of the three former units.",
  ["12 trường học", "05 chùa Khmer"])
q("english", "What is the district Women's Union asked to do in the Party plan?",
  [(HU, "Hội Liên hiệp Phụ nữ huyện vận động hội viên phụ nữ Khmer tham gia lớp xóa mù chữ")],
  "The District Women's Union (Hội Liên hiệp Phụ nữ huyện) mobilises Khmer women members (phụ nữ Khmer) to join literacy classes (lớp xóa mù chữ).",
  ["phụ nữ Khmer", "xóa mù chữ"])
q("english", "According to the commune plan, what had Tieu Can township achieved by the end of 2024?",
  [(XA, "đến hết năm 2024 thị trấn Tiểu Cần đã được công nhận \"Cộng đồng học tập\" cấp xã mức tốt")],
  "By the end of 2024 (hết năm 2024) the former Tieu Can township had been recognised as a commune-level Learning Community (\"Cộng đồng học tập\") at the good level (mức tốt).",
  ["hết năm 2024", "mức tốt"])
q("english", "What is the 2030 Learning Family target for the former Tieu Can township area?",
  [(XA, XA_HEAD), (XA, ROW_TT)],
  "90% of households in the former Tieu Can township area (08 quarters/hamlets) by 2030 (80% in 2027), per Bảng 1.", ["90"])
q("english", "How many technology-transfer topics must each community learning centre open per year under the Party plan?",
  [(HU, "mỗi năm mở ít nhất 04 chuyên đề chuyển giao khoa học - kỹ thuật tại mỗi trung tâm")],
  "At least 04 science and technology transfer topics per centre each year (ít nhất 04 chuyên đề), across the 11 community learning centres.",
  ["ít nhất 04 chuyên đề"])
q("english", "Through which channels will Tieu Can commune communicate about the learning society?",
  [(XA, "Tuyên truyền trên hệ thống truyền thanh xã, trang thông tin điện tử xã và nhóm Zalo của các ấp, khóm; phát hành tài liệu song ngữ Việt - Khmer.")],
  "The commune loudspeaker system (hệ thống truyền thanh xã), the commune website, the hamlets' Zalo groups (nhóm Zalo), and bilingual Vietnamese-Khmer materials (tài liệu song ngữ Việt - Khmer).",
  ["truyền thanh", "Zalo", "song ngữ Việt - Khmer"])
q("english", "Is plan 86-KH/HU sent to the individual members of the District Party Committee?",
  [(HU, "- Các đ/c Huyện ủy viên,")],
  "Yes. Its recipient list (Nơi nhận) includes \"Các đ/c Huyện ủy viên\" (the members of the District Party Committee), besides the Provincial Standing Board and Propaganda Board (b/c) and the affiliated Party organisations.",
  ["Các đ/c Huyện ủy viên"])
q("english", "Which earlier Party plan does the commune plan say it builds on?",
  [(XA, "Kế thừa kết quả thực hiện Kế hoạch số 86-KH/HU ngày 20/3/2024 của Ban Thường vụ Huyện ủy Tiểu Cần (trước đây)")],
  "It builds on the results of Plan No. 86-KH/HU of 20/3/2024 of the Standing Board of the former Tieu Can District Party Committee (Ban Thường vụ Huyện ủy Tiểu Cần (trước đây)).",
  ["86-KH/HU", "20/3/2024"])
q("english", "How many hamlets in the former Hieu Tu area should be Learning Communities by 2030?",
  [(XA, XA_HEAD), (XA, ROW_HT)],
  "7 of its 9 hamlets (7/9) should be recognised as Learning Communities (\"Cộng đồng học tập\") by 2030.", ["7/9"])

# ---------------------------------------------------------------- follow_up
q("follow_up", "Còn năm 2030 thì sao?",
  [(HU, HU_2030), (HU, "85% hộ gia đình đạt danh hiệu \"Gia đình học tập\"; 75% dòng họ đạt danh hiệu \"Dòng họ học tập\".")],
  "Đến năm 2030, kế hoạch của Huyện ủy Tiểu Cần đặt 85% hộ gia đình đạt danh hiệu \"Gia đình học tập\".", ["85%"],
  hist("Huyện ủy Tiểu Cần đặt chỉ tiêu Gia đình học tập năm 2026 là bao nhiêu?", "Đến năm 2026: 70% hộ gia đình đạt danh hiệu \"Gia đình học tập\"."))
q("follow_up", "Thế khu vực Phú Cần cũ thì bao nhiêu?",
  [(XA, XA_HEAD), (XA, ROW_PC)],
  "Khu vực xã Phú Cần cũ: 72% hộ gia đình đạt \"Gia đình học tập\" năm 2027 (bằng mức toàn xã), 85% năm 2030.", ["72"],
  hist("Xã Tiểu Cần đặt chỉ tiêu Gia đình học tập năm 2027 cho toàn xã là bao nhiêu?", "Theo Bảng 1, toàn xã 72% hộ gia đình đạt \"Gia đình học tập\" năm 2027."))
q("follow_up", "Còn ở cấp huyện, kế hoạch của Huyện ủy giao cơ quan nào làm thường trực?",
  [(HU, "trong đó giao Phòng Giáo dục và Đào tạo làm cơ quan thường trực")],
  "Kế hoạch 86-KH/HU yêu cầu lãnh đạo, chỉ đạo UBND huyện ban hành kế hoạch, trong đó giao Phòng Giáo dục và Đào tạo làm cơ quan thường trực.",
  ["Phòng Giáo dục và Đào tạo"],
  hist("Cơ quan thường trực của kế hoạch xã Tiểu Cần là ai?", "Phòng Văn hóa - Xã hội xã."))
q("follow_up", "Trung tâm đó phải mở những lớp gì?",
  [(XA, "Xây dựng kế hoạch hoạt động hằng năm của Trung tâm và 02 điểm học tập; tổ chức các lớp xóa mù chữ, dạy chữ Khmer, kỹ năng số cơ bản.")],
  "Trung tâm học tập cộng đồng xã xây dựng kế hoạch hoạt động hằng năm của Trung tâm và 02 điểm học tập; tổ chức các lớp xóa mù chữ, dạy chữ Khmer, kỹ năng số cơ bản.",
  ["xóa mù chữ", "dạy chữ Khmer", "kỹ năng số cơ bản"],
  hist("Xã Tiểu Cần hợp nhất mấy Trung tâm học tập cộng đồng?", "Hợp nhất 03 trung tâm thành Trung tâm học tập cộng đồng xã Tiểu Cần, đặt tại khu vực thị trấn Tiểu Cần cũ, với 02 điểm học tập."))
q("follow_up", "Còn kế hoạch của xã Tiểu Cần thì ai ký?",
  [(XA, "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH (Đã ký) Thạch Minh Quang")],
  "Kế hoạch 142/KH-UBND của xã Tiểu Cần do Phó Chủ tịch UBND xã Thạch Minh Quang ký (TM. Ủy ban nhân dân, KT. Chủ tịch).",
  ["Thạch Minh Quang", "PHÓ CHỦ TỊCH"],
  hist("Kế hoạch của Huyện ủy Tiểu Cần do ai ký?", "Đồng chí Sơn Thị Ngọc Hân, Phó Bí thư, ký T/M Ban Thường vụ."))
q("follow_up", "Còn chi hội khuyến học thì có chỉ tiêu gì không?",
  [(HU, HU_2026), (HU, "100% ấp, khóm có chi hội khuyến học")],
  "Có: đến năm 2026, 100% ấp, khóm có chi hội khuyến học.", ["100% ấp, khóm"],
  hist("Hội Khuyến học huyện Tiểu Cần phải đạt bao nhiêu hội viên năm 2030?", "35.000 hội viên."))
q("follow_up", "Ưu tiên vận động đối tượng nào?",
  [(XA, "ưu tiên vận động phụ nữ Khmer từ 15 đến 35 tuổi tham gia")],
  "Ưu tiên vận động phụ nữ Khmer từ 15 đến 35 tuổi tham gia các lớp xóa mù chữ và dạy chữ Khmer ở khu vực xã Hiếu Tử cũ.",
  ["phụ nữ Khmer", "15 đến 35 tuổi"],
  hist("Khu vực xã Hiếu Tử cũ có nhiệm vụ riêng gì?", "Mở lớp xóa mù chữ và lớp dạy chữ Khmer tại các chùa Khmer trong dịp hè."))
q("follow_up", "Trong đó xã hội hóa bao nhiêu?",
  [(XA, "nguồn xã hội hóa 500 triệu đồng")],
  "Nguồn xã hội hóa 500 triệu đồng (trong tổng 2.450 triệu đồng).", ["500 triệu đồng"],
  hist("Tổng kinh phí kế hoạch xã Tiểu Cần giai đoạn 2026 - 2030 là bao nhiêu?", "2.450 triệu đồng."))
q("follow_up", "Ban đó phối hợp với đơn vị nào để hướng dẫn?",
  [(HU, "Chủ trì, phối hợp với Trung tâm Chính trị huyện hướng dẫn các chi, đảng bộ trực thuộc quán triệt")],
  "Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Trung tâm Chính trị huyện hướng dẫn các chi, đảng bộ trực thuộc quán triệt, triển khai Kết luận 49 và Kế hoạch.",
  ["Trung tâm Chính trị huyện"],
  hist("Ban Tuyên giáo Huyện ủy Tiểu Cần phải hoàn thành việc hướng dẫn quán triệt khi nào?", "Trong quý II/2024."))
q("follow_up", "Còn Đảng ủy các xã, thị trấn thì hạn bao giờ?",
  [(HU, "Xây dựng kế hoạch thực hiện, hoàn thành trước ngày 30/6/2024")],
  "Đảng ủy các xã, thị trấn xây dựng kế hoạch thực hiện, hoàn thành trước ngày 30/6/2024.", ["30/6/2024"],
  hist("UBND huyện Tiểu Cần phải ban hành kế hoạch thực hiện trước ngày nào?", "Trước ngày 30/5/2024 (theo Kế hoạch 86-KH/HU)."))
q("follow_up", "Trước đây các đơn vị này thuộc huyện và tỉnh nào?",
  [(XA, "(thuộc huyện Tiểu Cần, tỉnh Trà Vinh trước đây)")],
  "Thị trấn Tiểu Cần, xã Phú Cần và xã Hiếu Tử trước đây thuộc huyện Tiểu Cần, tỉnh Trà Vinh; nay xã Tiểu Cần trực thuộc tỉnh Vĩnh Long.",
  ["huyện Tiểu Cần", "tỉnh Trà Vinh"],
  hist("Xã Tiểu Cần gồm những đơn vị cũ nào?", "Thị trấn Tiểu Cần, xã Phú Cần và xã Hiếu Tử."))
q("follow_up", "And for Learning Clans?",
  [(HU, HU_2030), (HU, "75% dòng họ đạt danh hiệu \"Dòng họ học tập\".")],
  "By 2030 the Party plan targets 75% of clans recognised as \"Dòng họ học tập\" (Learning Clans).", ["75%"],
  hist("What Learning Family target does the Tieu Can Party plan set for 2030?", "85% of households by 2030."))
q("follow_up", "Mỗi năm ít nhất mấy lớp?",
  [(XA, "Khu vực xã Phú Cần cũ: mở lớp chuyển giao kỹ thuật trồng lúa chất lượng cao, chăn nuôi bò; mỗi năm ít nhất 06 lớp.")],
  "Mỗi năm ít nhất 06 lớp chuyển giao kỹ thuật ở khu vực xã Phú Cần cũ.", ["06 lớp"],
  hist("Khu vực Phú Cần cũ được giao mở lớp gì?", "Lớp chuyển giao kỹ thuật trồng lúa chất lượng cao, chăn nuôi bò."))
q("follow_up", "Huyện có bao nhiêu trung tâm như vậy?",
  [(HU, "Củng cố 11 Trung tâm học tập cộng đồng")],
  "Kế hoạch của Huyện ủy nêu củng cố 11 Trung tâm học tập cộng đồng.", ["11 Trung tâm"],
  hist("Huyện ủy Tiểu Cần hỗ trợ mỗi Trung tâm học tập cộng đồng bao nhiêu tiền?", "20 triệu đồng/năm."))
q("follow_up", "Ai bảo đảm an ninh, trật tự cho hoạt động đó?",
  [(XA, "7. Công an xã"), (XA, "bảo đảm an ninh, trật tự tại các hoạt động của \"Tuần lễ hưởng ứng học tập suốt đời\"")],
  "Công an xã bảo đảm an ninh, trật tự tại các hoạt động của \"Tuần lễ hưởng ứng học tập suốt đời\".", ["Công an xã"],
  hist("Theo kế hoạch xã Tiểu Cần, Tuần lễ hưởng ứng học tập suốt đời tổ chức khi nào?", "Vào tháng 10 hằng năm, luân phiên tại các khu vực."))
# ---------------------------------------------------------------- unanswerable (each with a probe: what the plan would have to say)
NO = "Các kế hoạch đã nạp không có thông tin này: "


def u(question, answer, probe, about, history=None):
    q("unanswerable", question, [], NO + answer, [], history=history, probe=probe, about=about)


u("Kế hoạch xây dựng xã hội học tập của xã Cầu Quan giao Phòng Văn hóa - Xã hội làm gì?",
  "không có kế hoạch nào của xã Cầu Quan; kế hoạch của Huyện ủy Tiểu Cần chỉ nhắc thị trấn Cầu Quan (cũ) trong chỉ tiêu Cộng đồng học tập, và kế hoạch 142/KH-UBND là của xã Tiểu Cần.",
  r"(ubnd|uy ban nhan dan) xa cau quan|ke hoach.{0,60}xa cau quan", ALL)
u("Huyện Cầu Kè đặt chỉ tiêu Gia đình học tập năm 2026 là bao nhiêu?",
  "không có kế hoạch nào của huyện Cầu Kè; chỉ tiêu 70% năm 2026 là của Huyện ủy Tiểu Cần.", r"cau ke", ALL)
u("Kế hoạch của xã Tập Ngãi về xã hội học tập đặt chỉ tiêu gì?",
  "không có kế hoạch nào của xã Tập Ngãi; các kế hoạch đã nạp là của Huyện ủy Tiểu Cần (2024) và xã Tiểu Cần (2025).", r"tap ngai", ALL)
u("Huyện Càng Long có kế hoạch thực hiện Kết luận 49 không, do ai ký?",
  "không có kế hoạch nào của huyện Càng Long; kế hoạch thực hiện Kết luận 49 đã nạp là của Huyện ủy Tiểu Cần (86-KH/HU).", r"cang long", ALL)
u("Theo kế hoạch của tỉnh Bến Tre, chỉ tiêu Gia đình học tập năm 2026 là bao nhiêu?",
  "không có kế hoạch nào của tỉnh Bến Tre (nay thuộc tỉnh Vĩnh Long).", r"ben tre", ALL)
u("Kế hoạch năm 2026 của UBND tỉnh Vĩnh Long giao Sở Giáo dục và Đào tạo những nhiệm vụ gì?",
  "kế hoạch của tỉnh Vĩnh Long (Kế hoạch số 2741/KH-UBND) chỉ được xã Tiểu Cần viện dẫn làm căn cứ, không được nạp; kế hoạch xã chỉ nói báo cáo UBND tỉnh qua Sở Giáo dục và Đào tạo.",
  r"so giao duc va dao tao (chu tri|co nhiem vu|tham muu|huong dan)|2741/kh-ubnd.{0,120}(giao|nhiem vu)", OURS)
u("Kế hoạch 95-KH/TU của Tỉnh ủy Trà Vinh đặt chỉ tiêu Gia đình học tập toàn tỉnh là bao nhiêu?",
  "Kế hoạch số 95-KH/TU chỉ được Huyện ủy Tiểu Cần viện dẫn; các chỉ tiêu đã nạp là của huyện Tiểu Cần và xã Tiểu Cần.",
  r"95-kh/tu.{0,150}%|toan tinh.{0,60}%", OURS)
u("Kết luận 49-KL/TW đặt mục tiêu gì cho cả nước đến năm 2030?",
  "nội dung Kết luận 49-KL/TW không có trong các kế hoạch; Kế hoạch 86-KH/HU chỉ triển khai nó ở huyện Tiểu Cần.", r"ca nuoc|toan quoc", OURS)
u("Chỉ thị 11-CT/TW giao Ban Tuyên giáo Trung ương nhiệm vụ gì?",
  "Chỉ thị 11-CT/TW chỉ được nhắc tên trong tiêu đề Kế hoạch 86-KH/HU; nội dung của nó không có trong các kế hoạch đã nạp.",
  r"ban tuyen giao trung uong", ALL)
u("Nghị quyết 06-NQ/ĐU của Đảng ủy xã Tiểu Cần đặt tỷ lệ lao động qua đào tạo là bao nhiêu?",
  "Nghị quyết 06-NQ/ĐU chỉ được viện dẫn làm căn cứ; kế hoạch xã không nêu tỷ lệ lao động qua đào tạo.",
  r"qua dao tao|06-nq/du.{0,150}%", OURS)
u("Hiện nay xã Tiểu Cần có bao nhiêu hộ đạt Gia đình học tập?",
  "kế hoạch xã chỉ nêu chỉ tiêu 2027, 2030 (Bảng 1), không nêu số hộ đã đạt hiện nay.",
  r"\bhien (nay|co|tai)\b|da dat.{0,40}gia dinh hoc tap|\d+ ho (gia dinh )?dat", [XA])
u("Hội Khuyến học huyện Tiểu Cần hiện có bao nhiêu hội viên?",
  "Kế hoạch 86-KH/HU chỉ đặt chỉ tiêu 28.000 (2026) và 35.000 (2030), không nêu số hội viên hiện có.",
  r"\bhien (nay|co|tai)\b|nam 2023|nam 2024 .{0,40}hoi vien", [HU])
u("Tổ chức đảng không thực hiện Kế hoạch 86-KH/HU thì bị kỷ luật thế nào?",
  "kế hoạch không quy định hình thức kỷ luật; chỉ giao Ủy ban Kiểm tra Huyện ủy kiểm tra, giám sát ít nhất 02 tổ chức đảng mỗi năm.",
  r"ky luat|xu ly|che tai|xu phat|khien trach|canh cao", OURS)
u("Đảng viên không tham gia học tập, bồi dưỡng hằng năm sẽ bị xếp loại mức nào?",
  "kế hoạch chỉ nói kết quả học tập là một tiêu chí đánh giá, xếp loại chất lượng hằng năm, không nói mức xếp loại cho người không tham gia.",
  r"khong (hoan thanh|tham gia)|muc (hoan thanh|khong)", OURS)
u("Kế hoạch 86-KH/HU giao Ban Tuyên giáo Tỉnh ủy nhiệm vụ gì?",
  "Ban Tuyên giáo Tỉnh ủy chỉ có trong Nơi nhận (để báo cáo), không được giao nhiệm vụ.",
  r"\d+- ban tuyen giao tinh uy|ban tuyen giao tinh uy (chu tri|huong dan|co nhiem vu|phoi hop)", [HU])
u("Hội Khuyến học tỉnh Trà Vinh được giao gì trong kế hoạch của Huyện ủy Tiểu Cần?",
  "Hội Khuyến học tỉnh chỉ có trong Nơi nhận; kế hoạch giao nhiệm vụ cho Hội Khuyến học huyện, không cho Hội cấp tỉnh.",
  r"\d+- hoi khuyen hoc tinh|hoi khuyen hoc tinh (chu tri|phoi hop|co nhiem vu|la)", [HU])
u("Theo kế hoạch của xã Tiểu Cần, Trạm Y tế xã có nhiệm vụ gì?",
  "kế hoạch xã Tiểu Cần không nhắc đến Trạm Y tế xã.", r"y te", [XA])
u("Hội Cựu chiến binh xã Tiểu Cần được giao gì?",
  "kế hoạch không nêu riêng Hội Cựu chiến binh; chỉ có đề nghị chung với Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội xã.",
  r"cuu chien binh", OURS)
u("Đảng đoàn Hội đồng nhân dân huyện Tiểu Cần có nhiệm vụ gì trong Kế hoạch 86-KH/HU?",
  "kế hoạch không giao việc cho Đảng đoàn nào; khối chính quyền do các đồng chí Ủy viên Ban Thường vụ Huyện ủy phụ trách lãnh đạo, chỉ đạo.",
  r"dang doan|hoi dong nhan dan huyen", [HU])
u("Xã Tiểu Cần đặt chỉ tiêu Dòng họ học tập năm 2030 là bao nhiêu phần trăm?",
  "kế hoạch xã không đặt chỉ tiêu tỷ lệ Dòng họ học tập (chỉ giao hướng dẫn công nhận danh hiệu); chỉ tiêu 75% dòng họ năm 2030 là của Huyện ủy Tiểu Cần cho cả huyện cũ.",
  r"\d+ ?% dong ho|dong ho.{0,30}\d+ ?%", [XA])
u("Khu vực xã Phú Cần cũ đặt chỉ tiêu Công dân học tập năm 2030 là bao nhiêu?",
  "Bảng 1 chia theo khu vực chỉ có Gia đình học tập, Cộng đồng học tập và kỹ năng số; chỉ tiêu Công dân học tập (55%) chỉ đặt chung cho toàn xã.",
  r"phu can cu.{0,80}cong dan hoc tap", [XA])
u("Huyện ủy Tiểu Cần đặt chỉ tiêu kỹ năng số cho người lao động năm 2030 là bao nhiêu?",
  "Kế hoạch 86-KH/HU không đặt chỉ tiêu kỹ năng số (chỉ tiêu 70% kỹ năng số là của xã Tiểu Cần).", r"ky nang so", [HU])
u("Kế hoạch xã Tiểu Cần bố trí bao nhiêu tiền cho năm 2026?",
  "kế hoạch chỉ nêu tổng kinh phí cả giai đoạn 2026 - 2030 (2.450 triệu đồng) và mức 15 triệu đồng/năm cho mỗi điểm học tập, không chia theo năm.",
  r"nam 2026.{0,60}(trieu|ty)|(trieu|ty) dong.{0,30}nam 2026", [XA])
u("Mỗi suất học bổng cho học sinh Khmer của Hội Khuyến học xã Tiểu Cần trị giá bao nhiêu?",
  "kế hoạch chỉ giao trao học bổng, không nêu giá trị suất học bổng.", r"hoc bong.{0,60}(trieu|\d+\.\d{3} dong)|suat", OURS)
u("Tỉnh Vĩnh Long sau sắp xếp có bao nhiêu xã, phường?",
  "các kế hoạch không nêu số đơn vị hành chính cấp xã của tỉnh Vĩnh Long.", r"\d+ xa, phuong|tinh vinh long co \d+", OURS)
u("Ai là Bí thư Đảng ủy xã Tiểu Cần?",
  "kế hoạch xã chỉ viện dẫn Nghị quyết của Ban Chấp hành Đảng bộ xã, không nêu tên Bí thư.", r"bi thu dang uy|bi thu xa", OURS)
u("UBND huyện Tiểu Cần đã ban hành kế hoạch thực hiện số mấy?",
  "Kế hoạch 86-KH/HU chỉ yêu cầu UBND huyện ban hành kế hoạch trước 30/5/2024, không nêu số hiệu kế hoạch đó.",
  r"(ubnd|uy ban nhan dan) huyen.{0,40}\d+/kh-ubnd", OURS)
u("Kế hoạch của xã Tiểu Cần giao UBND huyện Tiểu Cần làm gì?",
  "sau ngày 01/7/2025 không còn cấp huyện; kế hoạch xã Tiểu Cần không giao việc cho UBND huyện (xã báo cáo thẳng UBND tỉnh Vĩnh Long).",
  r"(ubnd|uy ban nhan dan) huyen", [XA])
u("What does the Tra Vinh Provincial Party Committee's plan 95-KH/TU assign to district Party committees?",
  "plan 95-KH/TU is only cited by the Tieu Can Party plan; its content is not in the loaded plans.",
  r"95-kh/tu.{0,120}(giao|nhiem vu|huyen uy .{0,20}(chu tri|co))", OURS)
u("How many households in Tieu Can district were recognised as Learning Families in 2023?",
  "the plans give targets for 2026 and 2030 (district) and 2027 and 2030 (commune), not a 2023 count.", r"2023", OURS)
u("What target does Tieu Can commune set for Learning Units (Đơn vị học tập)?",
  "the commune plan sets no target for Đơn vị học tập (learning units); it has Gia đình học tập, Cộng đồng học tập, Công dân học tập and digital-skills targets.",
  r"don vi hoc tap", OURS)
u("Còn năm 2028 thì sao?",
  "Bảng 1 của xã Tiểu Cần chỉ có các mốc 2027 và 2030, không có chỉ tiêu năm 2028.", r"\b2028\b", [XA],
  history=hist("Toàn xã Tiểu Cần đặt chỉ tiêu Gia đình học tập năm 2030 là bao nhiêu?", "85% hộ gia đình (Bảng 1, toàn xã)."))


# ---------------------------------------------------------------- write
def main():
    problems = []
    seen = set()
    folded = {d: fold(text_of(d)) for d in ALL}
    out = []
    for n, x in enumerate(Q, 1):
        where = f"#{n} {x['question'][:60]}"
        if x["question"] in seen:
            problems.append(f"{where}: duplicate question")
        seen.add(x["question"])
        if x["type"] == "follow_up" and not x["history"]:
            problems.append(f"{where}: follow_up without history")
        for doc, span in x["ev"]:
            if norm(span) not in text_of(doc):
                problems.append(f"{where}: span missing in {doc}: {span!r}")
        for kf in x["kf"]:
            if norm(kf).lower() not in norm(x["answer"]).lower():
                problems.append(f"{where}: key fact {kf!r} not in answer")
            if not any(norm(kf).lower() in norm(s).lower() for _, s in x["ev"]):
                problems.append(f"{where}: key fact {kf!r} in no cited span")
        if x["type"] == "unanswerable":
            if x["ev"] or not x["probe"]:
                problems.append(f"{where}: unanswerable needs no evidence and a probe")
            for d in x["about"] or []:
                m = re.search(x["probe"], folded[d])
                if m:
                    problems.append(f"{where}: probe {x['probe']!r} matches {d}: {m.group(0)!r}")
        elif not x["ev"] or not x["kf"]:
            problems.append(f"{where}: answerable without evidence or key facts")
        docs = []
        for doc, _ in x["ev"]:
            if doc not in docs:
                docs.append(doc)
        out.append({"id": f"s50-{n:03d}", "question": x["question"], "type": x["type"], "docs": docs,
                    "evidence": [{"doc": d, "span": s} for d, s in x["ev"]], "answer": x["answer"],
                    "key_facts": x["kf"], "history": x["history"]})
    counts = {}
    for x in Q:
        counts[x["type"]] = counts.get(x["type"], 0) + 1
    for t, m in MINIMUM.items():
        if counts.get(t, 0) < m:
            problems.append(f"type {t}: {counts.get(t, 0)} < {m}")
    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} problems; nothing written")
        return 1
    with open(os.path.join(SETS, "newplans50.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(unicodedata.normalize("NFC", json.dumps(r, ensure_ascii=False)) + "\n")
    print(f"wrote {len(out)} questions: {dict(sorted(counts.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
