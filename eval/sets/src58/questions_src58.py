"""Write eval/sets/newplans58.jsonl (set 58) from the questions below.

    python eval/sets/src58/questions_src58.py

Refuses to write if an evidence span is missing from its plan's extracted text (check_sets.py's extraction and
normalisation), a key fact is missing from its reference answer or from every cited span, a follow-up has no
history, two questions share a text, or an unanswerable question's probe regex (what would have to be in the plan
for it to be answerable) matches the accent-free normalised text of the plans it is about.
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = os.path.dirname(HERE)
sys.path.insert(0, SETS)
import check_sets  # noqa: E402

M = "bqlkkt_haiphong_86-KH-BQL_2026.md"
P = "ldld_haiphong_52-KH-LDLD_2026.pdf"
HUE = "000_4550be4bb11189cd.txt"
HN = "002_797e8de6131c77f9.txt"
ANLAO = "004_b1b28019b71edc03.txt"
BUNDLED = ["000_4550be4bb11189cd.txt", "001_7bafa58816a5de75.txt", HN, "003_1a817ee72b993e3e.txt", ANLAO]
OUT = os.path.join(SETS, "newplans58.jsonl")

# table rows of the markdown plan, as extracted (pipes kept)
B1_HEAD = "| TT | Chỉ tiêu | Năm 2027 | Năm 2030 |"
B2_HEAD = "| Khu công nghiệp | Doanh nghiệp đạt “Doanh nghiệp học tập” (%) | Lớp kỹ năng số cho công nhân (lớp/năm) |"
B1 = {
    1: "| 1 | Tỷ lệ doanh nghiệp trong các KCN, KKT đạt danh hiệu “Doanh nghiệp học tập” | 30% | 50% |",
    2: "| 2 | Tỷ lệ công nhân lao động được bồi dưỡng kỹ năng nghề, an toàn lao động hằng năm | 80% | 95% |",
    3: "| 3 | Tỷ lệ công nhân lao động có kỹ năng số cơ bản | 60% | 85% |",
    4: "| 4 | Tỷ lệ công nhân lao động được công nhận “Công nhân học tập” | 35% | 60% |",
    5: "| 5 | Số doanh nghiệp có thư viện, tủ sách hoặc góc học tập cho công nhân | 150 doanh nghiệp | 300 doanh nghiệp |",
    6: "| 6 | Tỷ lệ doanh nghiệp có quy chế khuyến khích công nhân học tập nâng cao trình độ | 40% | 70% |",
}
B2_ALL = ("| KCN Đình Vũ | 60 | 12 | | KCN Nam Đình Vũ | 45 | 8 | | KCN VSIP Hải Phòng | 65 | 15 | | KCN Tràng Duệ | 55 | "
          "10 | | KCN Nomura - Hải Phòng | 60 | 6 | | KCN Đại An (khu vực Hải Dương cũ) | 40 | 8 | | KCN Phúc Điền (khu vực "
          "Hải Dương cũ) | 35 | 6 | | Các KCN còn lại | 30 | 10 |")
B2_NOTE = ("Ghi chú: Lớp kỹ năng số tính theo năm, từ năm 2027; năm 2026 tổ chức thí điểm tại KCN Đình Vũ và KCN VSIP "
           "Hải Phòng.")
GANTT_SK = "Sơ kết giữa kỳ :milestone, sk, 2028-06-30, 0d"
GANTT_TK = "Tổng kết, khen thưởng giai đoạn :milestone, tk, 2030-11-30, 0d"
GANTT_TC = "Ban hành Bộ tiêu chí Doanh nghiệp học tập :tc, 2026-07-01, 2026-09-30"
GANTT_KS = "Khảo sát nhu cầu học tập của công nhân :ks, 2026-04-01, 2026-06-30"
SIGN_M = "KT. TRƯỞNG BAN<br> PHÓ TRƯỞNG BAN<br> (Đã ký)<br> Vũ Đức Thành"
SIGN_P = "TM. BAN THƯỜNG VỤ PHÓ CHỦ TỊCH (Đã ký) Trần Thị Hồng Nhung"
RUBRIC = ("TT Tiêu chí Điểm tối đa 1 Hoàn thành nhiệm vụ sản xuất, công tác; chấp hành nội quy lao động 20 2 Tham gia ít "
          "nhất 01 khóa đào tạo, bồi dưỡng nâng cao tay nghề trong năm 25 3 Có kỹ năng số cơ bản (dùng ứng dụng “Công "
          "đoàn Việt Nam”, dịch vụ công trực tuyến) 20 4 Tham gia “Ngày đọc sách của công nhân” hoặc sinh hoạt tủ sách "
          "ít nhất 04 lần trong năm 15 5 Có sáng kiến, cải tiến kỹ thuật hoặc kèm cặp, hướng dẫn đồng nghiệp 20 Cộng 100")
XEPLOAI = ("Xếp loại: đạt từ 80 điểm trở lên được công nhận “Công nhân học tập”; đạt từ 95 điểm trở lên và có sáng kiến "
           "được cấp cơ sở công nhận thì được xét “Công nhân học tập tiêu biểu”.")

Q = []


def q(typ, question, ev, answer, kf, history=None, probe=None, about=None):
    Q.append({"type": typ, "question": question, "ev": ev, "answer": answer, "kf": kf, "history": history or [],
              "probe": probe, "about": about})


def h(*turns):
    out = []
    for i, t in enumerate(turns):
        out.append({"role": "user" if i % 2 == 0 else "assistant", "content": t})
    return out


# ------------------------------------------------------------------ agency_tasks
q("agency_tasks", "Trong kế hoạch xây dựng doanh nghiệp học tập của Ban Quản lý Khu kinh tế Hải Phòng, Phòng Quản lý lao động có nhiệm vụ gì?",
  [(M, "Là đơn vị thường trực, giúp Trưởng ban theo dõi, đôn đốc các doanh nghiệp thực hiện Kế hoạch."),
   (M, "Tổng hợp kết quả, báo cáo Ủy ban nhân dân thành phố (qua Sở Giáo dục và Đào tạo) trước ngày 05 tháng 12 hằng năm."),
   (M, "Chủ trì xây dựng Bộ tiêu chí đánh giá “Doanh nghiệp học tập”, trình Trưởng ban ban hành.")],
  "Phòng Quản lý lao động là đơn vị thường trực, giúp Trưởng ban theo dõi, đôn đốc các doanh nghiệp thực hiện Kế hoạch; tổng hợp kết quả, báo cáo UBND thành phố (qua Sở Giáo dục và Đào tạo) trước ngày 05 tháng 12 hằng năm; chủ trì xây dựng Bộ tiêu chí đánh giá “Doanh nghiệp học tập”, trình Trưởng ban ban hành.",
  ["thường trực", "05 tháng 12", "Bộ tiêu chí"])
q("agency_tasks", "Phòng Quản lý đầu tư của Ban Quản lý Khu kinh tế Hải Phòng phải làm gì theo Kế hoạch 86/KH-BQL?",
  [(M, "Hướng dẫn nhà đầu tư mới đưa nội dung đào tạo người lao động vào hồ sơ dự án ngay từ khi cấp Giấy chứng nhận đăng ký đầu tư."),
   (M, "Cung cấp danh sách doanh nghiệp có vốn đầu tư nước ngoài đang hoạt động cho Phòng Quản lý lao động trước ngày 30 tháng 4 năm 2026.")],
  "Phòng Quản lý đầu tư hướng dẫn nhà đầu tư mới đưa nội dung đào tạo người lao động vào hồ sơ dự án ngay từ khi cấp Giấy chứng nhận đăng ký đầu tư, và cung cấp danh sách doanh nghiệp có vốn đầu tư nước ngoài đang hoạt động cho Phòng Quản lý lao động trước ngày 30 tháng 4 năm 2026.",
  ["hồ sơ dự án", "30 tháng 4 năm 2026"])
q("agency_tasks", "Văn phòng Ban Quản lý Khu kinh tế Hải Phòng được giao những việc gì trong kế hoạch doanh nghiệp học tập?",
  [(M, "Lập dự toán kinh phí thực hiện Kế hoạch, tổng hợp vào dự toán ngân sách hằng năm của Ban Quản lý gửi Sở Tài chính trước ngày 15 tháng 7 hằng năm."),
   (M, "Đăng tải Kế hoạch và kết quả thực hiện trên cổng thông tin điện tử của Ban Quản lý.")],
  "Văn phòng Ban lập dự toán kinh phí thực hiện Kế hoạch, tổng hợp vào dự toán ngân sách hằng năm của Ban Quản lý gửi Sở Tài chính trước ngày 15 tháng 7 hằng năm; đăng tải Kế hoạch và kết quả thực hiện trên cổng thông tin điện tử của Ban Quản lý.",
  ["dự toán", "Sở Tài chính", "15 tháng 7"])
q("agency_tasks", "Trung tâm Dịch vụ hỗ trợ doanh nghiệp có vai trò gì trong kế hoạch của Ban Quản lý Khu kinh tế Hải Phòng?",
  [(M, "Tổ chức khảo sát nhu cầu học tập của công nhân (lộ trình ở Mục VI)."),
   (M, "Kết nối doanh nghiệp với các cơ sở giáo dục nghề nghiệp để đặt hàng đào tạo."),
   (M, GANTT_KS)],
  "Trung tâm Dịch vụ hỗ trợ doanh nghiệp tổ chức khảo sát nhu cầu học tập của công nhân (theo lộ trình Mục VI, từ 2026-04-01 đến 2026-06-30, tức quý II/2026) và kết nối doanh nghiệp với các cơ sở giáo dục nghề nghiệp để đặt hàng đào tạo.",
  ["khảo sát nhu cầu học tập", "đặt hàng đào tạo"])
q("agency_tasks", "Các doanh nghiệp trong khu công nghiệp ở Hải Phòng phải làm gì theo kế hoạch doanh nghiệp học tập của Ban Quản lý?",
  [(M, "Xây dựng kế hoạch học tập của doanh nghiệp; đăng ký danh hiệu “Doanh nghiệp học tập” với Ban Quản lý trước ngày 31 tháng 3 hằng năm."),
   (M, "Tạo điều kiện về thời gian cho công nhân tham gia lớp học; phối hợp công đoàn cơ sở bình xét “Công nhân học tập”.")],
  "Các doanh nghiệp trong KCN, KKT xây dựng kế hoạch học tập của doanh nghiệp; đăng ký danh hiệu “Doanh nghiệp học tập” với Ban Quản lý trước ngày 31 tháng 3 hằng năm; tạo điều kiện về thời gian cho công nhân tham gia lớp học và phối hợp công đoàn cơ sở bình xét “Công nhân học tập”.",
  ["kế hoạch học tập", "31 tháng 3", "bình xét"])
q("agency_tasks", "Ban Quản lý Khu kinh tế Hải Phòng đề nghị Công đoàn các Khu công nghiệp và Khu kinh tế Hải Phòng làm gì?",
  [(M, "Chỉ đạo công đoàn cơ sở trong doanh nghiệp phát động phong trào “Công nhân học tập”, tổng hợp kết quả bình xét gửi Ban Quản lý."),
   (M, "Vận động doanh nghiệp đưa nội dung hỗ trợ học phí cho công nhân vào thỏa ước lao động tập thể.")],
  "Đây là một đề nghị (Ban Quản lý không giao việc cho Công đoàn): chỉ đạo công đoàn cơ sở trong doanh nghiệp phát động phong trào “Công nhân học tập”, tổng hợp kết quả bình xét gửi Ban Quản lý; vận động doanh nghiệp đưa nội dung hỗ trợ học phí cho công nhân vào thỏa ước lao động tập thể.",
  ["phát động phong trào", "thỏa ước lao động tập thể"])
q("agency_tasks", "Kế hoạch doanh nghiệp học tập của Ban Quản lý Khu kinh tế Hải Phòng đề nghị Sở Nội vụ việc gì?",
  [(M, "Phối hợp hướng dẫn doanh nghiệp thực hiện chính sách đào tạo nghề cho người lao động, chính sách bảo hiểm thất nghiệp hỗ trợ đào tạo, bồi dưỡng kỹ năng nghề.")],
  "Sở Nội vụ được đề nghị phối hợp hướng dẫn doanh nghiệp thực hiện chính sách đào tạo nghề cho người lao động và chính sách bảo hiểm thất nghiệp hỗ trợ đào tạo, bồi dưỡng kỹ năng nghề.",
  ["đào tạo nghề", "bảo hiểm thất nghiệp"])
q("agency_tasks", "Ban Tuyên giáo Liên đoàn Lao động thành phố Hải Phòng có nhiệm vụ gì trong phong trào Công nhân học tập năm 2026?",
  [(P, "Ban Tuyên giáo LĐLĐ thành phố: là bộ phận thường trực; hướng dẫn, đôn đốc thực hiện Kế hoạch; tổng hợp kết quả, báo cáo Tổng Liên đoàn Lao động Việt Nam trước ngày 15/11/2026.")],
  "Ban Tuyên giáo LĐLĐ thành phố là bộ phận thường trực; hướng dẫn, đôn đốc thực hiện Kế hoạch; tổng hợp kết quả, báo cáo Tổng Liên đoàn Lao động Việt Nam trước ngày 15/11/2026.",
  ["thường trực", "15/11/2026"])
q("agency_tasks", "Ban Tổ chức LĐLĐ thành phố Hải Phòng làm gì trong việc bình xét Công nhân học tập năm 2026?",
  [(P, "Ban Tổ chức LĐLĐ thành phố: thẩm định hồ sơ đề nghị công nhận “Công nhân học tập tiêu biểu”; trình Hội đồng Thi đua - Khen thưởng LĐLĐ thành phố xét duyệt trong tháng 11/2026.")],
  "Ban Tổ chức LĐLĐ thành phố thẩm định hồ sơ đề nghị công nhận “Công nhân học tập tiêu biểu” và trình Hội đồng Thi đua - Khen thưởng LĐLĐ thành phố xét duyệt trong tháng 11/2026.",
  ["thẩm định hồ sơ", "Hội đồng Thi đua - Khen thưởng", "tháng 11/2026"])
q("agency_tasks", "Ban Chính sách - Pháp luật của Liên đoàn Lao động Hải Phòng được giao gì trong kế hoạch năm 2026?",
  [(P, "Ban Chính sách - Pháp luật LĐLĐ thành phố: phối hợp Ban Quản lý Khu kinh tế Hải Phòng vận động doanh nghiệp đưa nội dung hỗ trợ học phí, thời gian học tập của người lao động vào thỏa ước lao động tập thể.")],
  "Ban Chính sách - Pháp luật phối hợp Ban Quản lý Khu kinh tế Hải Phòng vận động doanh nghiệp đưa nội dung hỗ trợ học phí, thời gian học tập của người lao động vào thỏa ước lao động tập thể.",
  ["Ban Quản lý Khu kinh tế Hải Phòng", "thỏa ước lao động tập thể"])
q("agency_tasks", "Nhà Văn hóa Lao động thành phố Hải Phòng làm gì trong phong trào học tập của công nhân năm 2026?",
  [(P, "Nhà Văn hóa Lao động thành phố: mở các lớp kỹ năng số buổi tối và cuối tuần cho CNVCLĐ; luân chuyển sách cho các “Tủ sách Công đoàn”.")],
  "Nhà Văn hóa Lao động thành phố mở các lớp kỹ năng số buổi tối và cuối tuần cho CNVCLĐ và luân chuyển sách cho các “Tủ sách Công đoàn”.",
  ["kỹ năng số buổi tối", "luân chuyển sách"])
q("agency_tasks", "Theo kế hoạch của Liên đoàn Lao động thành phố, Công đoàn các Khu công nghiệp và Khu kinh tế Hải Phòng phải làm gì?",
  [(P, "Công đoàn các Khu công nghiệp và Khu kinh tế Hải Phòng: triển khai phong trào tại các CĐCS doanh nghiệp trong KCN, KKT; tổng hợp danh sách đề nghị công nhận gửi LĐLĐ thành phố (qua Ban Tổ chức) trước ngày 20/10/2026.")],
  "Theo Kế hoạch 52/KH-LĐLĐ, Công đoàn các KCN và KKT Hải Phòng triển khai phong trào tại các CĐCS doanh nghiệp trong KCN, KKT và tổng hợp danh sách đề nghị công nhận gửi LĐLĐ thành phố (qua Ban Tổ chức) trước ngày 20/10/2026.",
  ["triển khai phong trào", "20/10/2026"])
q("agency_tasks", "Công đoàn cơ sở có những nhiệm vụ gì trong kế hoạch phong trào Công nhân học tập năm 2026 của LĐLĐ Hải Phòng?",
  [(P, "Công đoàn cơ sở: phát động phong trào; tổ chức cho đoàn viên tự chấm điểm; lập hồ sơ đề nghị gửi công đoàn cấp trên trực tiếp trước ngày 30/9/2026.")],
  "Công đoàn cơ sở phát động phong trào; tổ chức cho đoàn viên tự chấm điểm; lập hồ sơ đề nghị gửi công đoàn cấp trên trực tiếp trước ngày 30/9/2026.",
  ["tự chấm điểm", "30/9/2026"])
q("agency_tasks", "Liên đoàn Lao động Hải Phòng đề nghị Ban Quản lý Khu kinh tế Hải Phòng làm gì trong Kế hoạch 52/KH-LĐLĐ?",
  [(P, "Đề nghị Ban Quản lý Khu kinh tế Hải Phòng: tạo điều kiện để công đoàn tiếp cận doanh nghiệp mới đầu tư; biểu dương doanh nghiệp có nhiều đoàn viên đạt “Công nhân học tập”.")],
  "LĐLĐ thành phố đề nghị Ban Quản lý Khu kinh tế Hải Phòng tạo điều kiện để công đoàn tiếp cận doanh nghiệp mới đầu tư và biểu dương doanh nghiệp có nhiều đoàn viên đạt “Công nhân học tập”.",
  ["doanh nghiệp mới đầu tư", "biểu dương"])

# ------------------------------------------------------------------ target
q("target", "Đến năm 2030, Ban Quản lý Khu kinh tế Hải Phòng đặt mục tiêu bao nhiêu phần trăm doanh nghiệp trong các KCN, KKT đạt danh hiệu Doanh nghiệp học tập?",
  [(M, B1[1]), (M, B1_HEAD)],
  "Đến năm 2030 là 50% doanh nghiệp trong các KCN, KKT đạt danh hiệu “Doanh nghiệp học tập” (năm 2027: 30%).", ["50%"])
q("target", "Năm 2027, tỷ lệ công nhân lao động trong các khu công nghiệp Hải Phòng có kỹ năng số cơ bản phải đạt bao nhiêu?",
  [(M, B1[3]), (M, B1_HEAD)],
  "Năm 2027: 60% công nhân lao động có kỹ năng số cơ bản (năm 2030: 85%).", ["60%"])
q("target", "Kế hoạch của Ban Quản lý Khu kinh tế Hải Phòng đặt chỉ tiêu bao nhiêu doanh nghiệp có thư viện, tủ sách hoặc góc học tập cho công nhân vào năm 2030?",
  [(M, B1[5]), (M, B1_HEAD)],
  "Năm 2030: 300 doanh nghiệp có thư viện, tủ sách hoặc góc học tập cho công nhân (năm 2027: 150 doanh nghiệp).", ["300 doanh nghiệp"])
q("target", "KCN VSIP Hải Phòng được giao chỉ tiêu doanh nghiệp học tập và lớp kỹ năng số như thế nào?",
  [(M, "| KCN VSIP Hải Phòng | 65 | 15 |"), (M, B2_HEAD)],
  "Đến năm 2030, KCN VSIP Hải Phòng có 65% doanh nghiệp đạt “Doanh nghiệp học tập” và tổ chức 15 lớp kỹ năng số cho công nhân mỗi năm.",
  ["65", "15"])
q("target", "Trong bảng chỉ tiêu theo từng khu công nghiệp đến năm 2030, khu công nghiệp nào có chỉ tiêu doanh nghiệp học tập cao nhất?",
  [(M, B2_ALL), (M, B2_HEAD)],
  "KCN VSIP Hải Phòng, với 65% doanh nghiệp đạt “Doanh nghiệp học tập” đến năm 2030 (tiếp theo là KCN Đình Vũ và KCN Nomura - Hải Phòng cùng 60%).",
  ["VSIP Hải Phòng", "65"])
q("target", "Chỉ tiêu doanh nghiệp học tập đến năm 2030 của KCN Đại An là bao nhiêu?",
  [(M, "| KCN Đại An (khu vực Hải Dương cũ) | 40 | 8 |"), (M, B2_HEAD)],
  "KCN Đại An (khu vực Hải Dương cũ): 40% doanh nghiệp đạt “Doanh nghiệp học tập” đến năm 2030, kèm 8 lớp kỹ năng số cho công nhân mỗi năm.",
  ["40"])
q("target", "Tỷ lệ công nhân được công nhận Công nhân học tập trong các KCN, KKT Hải Phòng năm 2027 và năm 2030 là bao nhiêu?",
  [(M, B1[4]), (M, B1_HEAD)],
  "Năm 2027: 35%; năm 2030: 60% công nhân lao động được công nhận “Công nhân học tập”.", ["35%", "60%"])
q("target", "Năm 2026 Liên đoàn Lao động Hải Phòng phấn đấu bao nhiêu đoàn viên được công nhận Công nhân học tập?",
  [(P, "Ít nhất 40.000 đoàn viên được công nhận danh hiệu “Công nhân học tập”, trong đó 500 đoàn viên đạt “Công nhân học tập tiêu biểu”.")],
  "Ít nhất 40.000 đoàn viên được công nhận danh hiệu “Công nhân học tập”, trong đó 500 đoàn viên đạt “Công nhân học tập tiêu biểu”.",
  ["40.000", "500"])
q("target", "LĐLĐ thành phố Hải Phòng tổ chức bao nhiêu lớp kỹ năng số cho công nhân trong năm 2026?",
  [(P, "Tổ chức 120 lớp kỹ năng số cho CNVCLĐ, trong đó 45 lớp tại các khu nhà ở công nhân.")],
  "120 lớp kỹ năng số cho CNVCLĐ, trong đó 45 lớp tại các khu nhà ở công nhân.", ["120", "45"])
q("target", "Bao nhiêu phần trăm công đoàn cơ sở doanh nghiệp phải đăng ký tham gia phong trào học tập suốt đời năm 2026 ở Hải Phòng?",
  [(P, "Ít nhất 60% CĐCS doanh nghiệp trực thuộc đăng ký tham gia phong trào.")],
  "Ít nhất 60% công đoàn cơ sở (CĐCS) doanh nghiệp trực thuộc đăng ký tham gia phong trào.", ["60%"])
q("target", "Năm 2026 Liên đoàn Lao động thành phố xây mới bao nhiêu Tủ sách Công đoàn?",
  [(P, "Xây dựng mới 30 “Tủ sách Công đoàn” tại các khu nhà trọ, nhà ở công nhân.")],
  "Xây dựng mới 30 “Tủ sách Công đoàn” tại các khu nhà trọ, nhà ở công nhân.", ["30", "nhà trọ"])
q("target", "Đoàn viên phải đạt bao nhiêu điểm để được công nhận Công nhân học tập và Công nhân học tập tiêu biểu?",
  [(P, XEPLOAI)],
  "Đạt từ 80 điểm trở lên (thang điểm 100) được công nhận “Công nhân học tập”; đạt từ 95 điểm trở lên và có sáng kiến được cấp cơ sở công nhận thì được xét “Công nhân học tập tiêu biểu”.",
  ["80 điểm", "95 điểm"])

# ------------------------------------------------------------------ deadline
q("deadline", "Kế hoạch 86/KH-BQL sơ kết giữa kỳ vào thời điểm nào?",
  [(M, GANTT_SK)],
  "Sơ kết giữa kỳ là mốc ngày 30/6/2028 (trên sơ đồ lộ trình ở Mục VI: 2028-06-30).", ["2028", "30"])
q("deadline", "Khi nào Ban Quản lý Khu kinh tế Hải Phòng ban hành Bộ tiêu chí Doanh nghiệp học tập?",
  [(M, GANTT_TC), (M, "Ban hành Bộ tiêu chí đánh giá “Doanh nghiệp học tập” trong các KCN, KKT (lộ trình ở Mục VI).")],
  "Theo lộ trình ở Mục VI, Bộ tiêu chí được ban hành trong khoảng 2026-07-01 đến 2026-09-30, tức từ 01/7 đến 30/9/2026 (quý III/2026).",
  ["2026", "30"])
q("deadline", "Doanh nghiệp trong KCN phải đăng ký danh hiệu Doanh nghiệp học tập trước ngày nào?",
  [(M, "Xây dựng kế hoạch học tập của doanh nghiệp; đăng ký danh hiệu “Doanh nghiệp học tập” với Ban Quản lý trước ngày 31 tháng 3 hằng năm.")],
  "Trước ngày 31 tháng 3 hằng năm, đăng ký với Ban Quản lý Khu kinh tế Hải Phòng.", ["31 tháng 3", "hằng năm"])
q("deadline", "Ban Quản lý Khu kinh tế Hải Phòng phải báo cáo kết quả xây dựng doanh nghiệp học tập lên thành phố trước ngày nào?",
  [(M, "Tổng hợp kết quả, báo cáo Ủy ban nhân dân thành phố (qua Sở Giáo dục và Đào tạo) trước ngày 05 tháng 12 hằng năm.")],
  "Phòng Quản lý lao động tổng hợp, báo cáo Ủy ban nhân dân thành phố (qua Sở Giáo dục và Đào tạo) trước ngày 05 tháng 12 hằng năm.",
  ["05 tháng 12", "Sở Giáo dục và Đào tạo"])
q("deadline", "Hạn chót để các công đoàn cơ sở đăng ký tham gia phong trào Công nhân học tập năm 2026 là ngày nào?",
  [(P, "Các công đoàn cấp trên trực tiếp cơ sở: chỉ đạo CĐCS đăng ký tham gia phong trào trước ngày 30/4/2026; kiểm tra việc chấm điểm của CĐCS.")],
  "Trước ngày 30/4/2026 (các công đoàn cấp trên trực tiếp cơ sở chỉ đạo CĐCS đăng ký).", ["30/4/2026"])
q("deadline", "Lễ tuyên dương Công nhân học tập tiêu biểu năm 2026 tổ chức lúc nào?",
  [(P, "Lễ tuyên dương “Công nhân học tập tiêu biểu” năm 2026 được tổ chức trong tháng 12/2026.")],
  "Trong tháng 12/2026.", ["tháng 12/2026"])
q("deadline", "Phong trào thi đua học tập suốt đời của công nhân Hải Phòng năm 2026 được phát động khi nào?",
  [(P, "Phát động phong trào trong Tháng Công nhân năm 2026 (tháng 5/2026); mỗi CĐCS tổ chức ít nhất 01 buổi phát động tại doanh nghiệp.")],
  "Phát động trong Tháng Công nhân năm 2026 (tháng 5/2026); mỗi CĐCS tổ chức ít nhất 01 buổi phát động tại doanh nghiệp.",
  ["Tháng Công nhân", "tháng 5/2026"])
q("deadline", "Giai đoạn 2026 - 2030 của Ban Quản lý Khu kinh tế Hải Phòng được tổng kết, khen thưởng vào lúc nào?",
  [(M, GANTT_TK)],
  "Tổng kết, khen thưởng giai đoạn là mốc ngày 30/11/2030 (trên sơ đồ lộ trình: 2030-11-30).", ["2030", "11"])

# ------------------------------------------------------------------ funding
q("funding", "Tổng kinh phí thực hiện kế hoạch doanh nghiệp học tập của Ban Quản lý Khu kinh tế Hải Phòng là bao nhiêu, gồm những nguồn nào?",
  [(M, "Tổng kinh phí dự kiến giai đoạn 2026 - 2030 là 18.600 triệu đồng, gồm: - Ngân sách thành phố giao Ban Quản lý: 4.200 triệu đồng; - Kinh phí của các doanh nghiệp: 12.900 triệu đồng; - Nguồn xã hội hóa, tài trợ: 1.500 triệu đồng.")],
  "Tổng kinh phí dự kiến giai đoạn 2026 - 2030 là 18.600 triệu đồng: ngân sách thành phố giao Ban Quản lý 4.200 triệu đồng; kinh phí của các doanh nghiệp 12.900 triệu đồng; nguồn xã hội hóa, tài trợ 1.500 triệu đồng.",
  ["18.600", "4.200", "12.900", "1.500"])
q("funding", "Ban Quản lý hỗ trợ bao nhiêu tiền cho doanh nghiệp nhỏ làm tủ sách cho công nhân?",
  [(M, "Ban Quản lý hỗ trợ một lần 20 triệu đồng cho mỗi doanh nghiệp có dưới 200 lao động để xây dựng tủ sách hoặc góc học tập; tổng hỗ trợ không quá 100 doanh nghiệp trong cả giai đoạn.")],
  "Hỗ trợ một lần 20 triệu đồng cho mỗi doanh nghiệp có dưới 200 lao động để xây dựng tủ sách hoặc góc học tập; tổng hỗ trợ không quá 100 doanh nghiệp trong cả giai đoạn.",
  ["20 triệu", "dưới 200 lao động", "100 doanh nghiệp"])
q("funding", "Theo Kế hoạch 86/KH-BQL, doanh nghiệp lấy kinh phí đào tạo cho người lao động từ đâu?",
  [(M, "Doanh nghiệp chủ động bố trí kinh phí đào tạo cho người lao động từ chi phí sản xuất, kinh doanh theo quy định của pháp luật.")],
  "Doanh nghiệp chủ động bố trí kinh phí đào tạo cho người lao động từ chi phí sản xuất, kinh doanh theo quy định của pháp luật.",
  ["chi phí sản xuất, kinh doanh"])
q("funding", "Kinh phí năm 2026 cho phong trào Công nhân học tập của Liên đoàn Lao động Hải Phòng là bao nhiêu và lấy từ đâu?",
  [(P, "Tổng kinh phí năm 2026 là 2.350 triệu đồng, gồm 1.850 triệu đồng từ nguồn tài chính công đoàn của LĐLĐ thành phố và 500 triệu đồng vận động tài trợ từ các doanh nghiệp.")],
  "Tổng kinh phí năm 2026 là 2.350 triệu đồng: 1.850 triệu đồng từ nguồn tài chính công đoàn của LĐLĐ thành phố và 500 triệu đồng vận động tài trợ từ các doanh nghiệp.",
  ["2.350", "1.850", "500"])
q("funding", "Mỗi Công nhân học tập tiêu biểu được thưởng gì?",
  [(P, "LĐLĐ thành phố tặng Giấy khen kèm 1.000.000 đồng cho mỗi “Công nhân học tập tiêu biểu”")],
  "LĐLĐ thành phố tặng Giấy khen kèm 1.000.000 đồng cho mỗi “Công nhân học tập tiêu biểu”.", ["Giấy khen", "1.000.000"])
q("funding", "Công đoàn cơ sở có thành tích xuất sắc trong phong trào được khen thưởng thế nào, bao nhiêu đơn vị?",
  [(P, "tặng Bằng khen kèm 3.000.000 đồng cho 20 CĐCS có thành tích xuất sắc trong phong trào.")],
  "LĐLĐ thành phố tặng Bằng khen kèm 3.000.000 đồng cho 20 CĐCS có thành tích xuất sắc trong phong trào.",
  ["Bằng khen", "3.000.000", "20 CĐCS"])

# ------------------------------------------------------------------ legal_basis
q("legal_basis", "Kế hoạch xây dựng doanh nghiệp học tập của Ban Quản lý Khu kinh tế Hải Phòng căn cứ vào những văn bản nào?",
  [(M, "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ"),
   (M, "Căn cứ Quyết định số 1268/QĐ-TTg ngày 19 tháng 10 năm 2022 của Thủ tướng Chính phủ"),
   (M, "Căn cứ Kế hoạch số 415/KH-UBND ngày 18 tháng 12 năm 2025 của Ủy ban nhân dân thành phố Hải Phòng"),
   (M, "Căn cứ Chương trình phối hợp số 07/CTPH-BQL-LĐLĐ ngày 20 tháng 01 năm 2026")],
  "Bốn căn cứ: Quyết định số 1373/QĐ-TTg ngày 30/7/2021 (Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”); Quyết định số 1268/QĐ-TTg ngày 19/10/2022 (Chương trình học tập suốt đời trong công nhân lao động tại các doanh nghiệp đến năm 2030); Kế hoạch số 415/KH-UBND ngày 18/12/2025 của UBND thành phố Hải Phòng; Chương trình phối hợp số 07/CTPH-BQL-LĐLĐ ngày 20/01/2026 giữa Ban Quản lý và LĐLĐ thành phố.",
  ["1373", "1268", "415/KH-UBND", "07/CTPH-BQL-LĐLĐ"])
q("legal_basis", "Kế hoạch 52/KH-LĐLĐ của Liên đoàn Lao động thành phố Hải Phòng dựa trên những căn cứ nào?",
  [(P, "Căn cứ Luật Công đoàn năm 2024; Quyết định số 1268/QĐ-TTg ngày 19/10/2022 của Thủ tướng Chính phủ"),
   (P, "Hướng dẫn số 18/HD-TLĐ ngày 10/02/2026 của Tổng Liên đoàn Lao động Việt Nam"),
   (P, "Căn cứ Kế hoạch số 108/KH-UBND ngày 06/5/2025 của Ủy ban nhân dân thành phố Hải Phòng"),
   (P, "Kế hoạch số 86/KH-BQL ngày 12/3/2026 của Ban Quản lý Khu kinh tế Hải Phòng")],
  "Căn cứ Luật Công đoàn năm 2024; Quyết định số 1268/QĐ-TTg ngày 19/10/2022 của Thủ tướng Chính phủ; Hướng dẫn số 18/HD-TLĐ ngày 10/02/2026 của Tổng Liên đoàn Lao động Việt Nam; Kế hoạch số 108/KH-UBND ngày 06/5/2025 của UBND thành phố Hải Phòng; Kế hoạch số 86/KH-BQL ngày 12/3/2026 của Ban Quản lý Khu kinh tế Hải Phòng.",
  ["Luật Công đoàn", "1268", "18/HD-TLĐ", "108/KH-UBND", "86/KH-BQL"])
q("legal_basis", "Chương trình phối hợp giữa Ban Quản lý Khu kinh tế và Liên đoàn Lao động Hải Phòng mà kế hoạch 86 viện dẫn có số và ngày nào?",
  [(M, "Căn cứ Chương trình phối hợp số 07/CTPH-BQL-LĐLĐ ngày 20 tháng 01 năm 2026 giữa Ban Quản lý Khu kinh tế Hải Phòng và Liên đoàn Lao động thành phố Hải Phòng về chăm lo, nâng cao trình độ cho người lao động trong các khu công nghiệp, khu kinh tế")],
  "Chương trình phối hợp số 07/CTPH-BQL-LĐLĐ ngày 20 tháng 01 năm 2026, về chăm lo, nâng cao trình độ cho người lao động trong các khu công nghiệp, khu kinh tế.",
  ["07/CTPH-BQL-LĐLĐ", "20 tháng 01 năm 2026"])
q("legal_basis", "Kế hoạch phong trào năm 2026 của LĐLĐ Hải Phòng thực hiện theo hướng dẫn nào của Tổng Liên đoàn?",
  [(P, "Hướng dẫn số 18/HD-TLĐ ngày 10/02/2026 của Tổng Liên đoàn Lao động Việt Nam về phong trào học tập suốt đời trong công nhân, viên chức, lao động")],
  "Hướng dẫn số 18/HD-TLĐ ngày 10/02/2026 của Tổng Liên đoàn Lao động Việt Nam về phong trào học tập suốt đời trong công nhân, viên chức, lao động.",
  ["18/HD-TLĐ", "10/02/2026"])

# ------------------------------------------------------------------ purpose
q("purpose", "Mục đích của Kế hoạch xây dựng Doanh nghiệp học tập, Công nhân học tập trong các KCN, KKT Hải Phòng là gì?",
  [(M, "Nâng cao nhận thức của người sử dụng lao động và người lao động trong các KCN, KKT về vai trò của học tập suốt đời đối với năng suất lao động và sức cạnh tranh của doanh nghiệp."),
   (M, "Hình thành văn hóa học tập trong doanh nghiệp, để mỗi công nhân được học nghề, học kỹ năng số, học ngoại ngữ ngay tại nơi làm việc."),
   (M, "Đáp ứng yêu cầu nguồn nhân lực chất lượng cao của các dự án đầu tư thế hệ mới vào Hải Phòng.")],
  "Ba mục đích: nâng cao nhận thức của người sử dụng lao động và người lao động về vai trò của học tập suốt đời đối với năng suất lao động và sức cạnh tranh của doanh nghiệp; hình thành văn hóa học tập trong doanh nghiệp, để công nhân được học nghề, kỹ năng số, ngoại ngữ ngay tại nơi làm việc; đáp ứng yêu cầu nguồn nhân lực chất lượng cao của các dự án đầu tư thế hệ mới vào Hải Phòng.",
  ["năng suất lao động", "văn hóa học tập", "đầu tư thế hệ mới"])
q("purpose", "Liên đoàn Lao động Hải Phòng tổ chức phong trào thi đua học tập suốt đời năm 2026 nhằm mục đích gì?",
  [(P, "Khơi dậy tinh thần tự học, học thường xuyên của đoàn viên công đoàn, người lao động (sau đây gọi chung là CNVCLĐ); lấy kết quả học tập làm một tiêu chí bình xét thi đua của công đoàn cơ sở (CĐCS).")],
  "Khơi dậy tinh thần tự học, học thường xuyên của đoàn viên công đoàn, người lao động (CNVCLĐ); lấy kết quả học tập làm một tiêu chí bình xét thi đua của công đoàn cơ sở. Việc bình xét phải theo đúng thang điểm, công khai, không chạy theo số lượng.",
  ["tự học", "tiêu chí bình xét thi đua"])
q("purpose", "Kế hoạch doanh nghiệp học tập của Ban Quản lý Khu kinh tế Hải Phòng đặt ra yêu cầu gì đối với sản xuất của doanh nghiệp?",
  [(M, "Gắn xây dựng “Doanh nghiệp học tập” với kế hoạch sản xuất, kinh doanh, không làm ảnh hưởng đến tiến độ sản xuất của doanh nghiệp.")],
  "Yêu cầu gắn xây dựng “Doanh nghiệp học tập” với kế hoạch sản xuất, kinh doanh, không làm ảnh hưởng đến tiến độ sản xuất của doanh nghiệp.",
  ["kế hoạch sản xuất, kinh doanh", "tiến độ sản xuất"])

# ------------------------------------------------------------------ task_section
q("task_section", "Nhiệm vụ phát triển không gian học tập cho công nhân trong Kế hoạch 86/KH-BQL gồm những gì?",
  [(M, "Xây dựng “Tủ sách công nhân” tại các Thiết chế công đoàn trong KCN và khu nhà ở công nhân."),
   (M, "Khuyến khích doanh nghiệp dành thời gian học tập không dưới 02 giờ mỗi tháng trong giờ làm việc cho công nhân tham gia lớp học do doanh nghiệp tổ chức.")],
  "Xây dựng “Tủ sách công nhân” tại các Thiết chế công đoàn trong KCN và khu nhà ở công nhân; khuyến khích doanh nghiệp dành thời gian học tập không dưới 02 giờ mỗi tháng trong giờ làm việc cho công nhân tham gia lớp học do doanh nghiệp tổ chức.",
  ["Tủ sách công nhân", "02 giờ"])
q("task_section", "Lớp kỹ năng số cho công nhân trong các khu công nghiệp Hải Phòng dạy những nội dung gì?",
  [(M, "Tổ chức lớp kỹ năng số cho công nhân theo Bảng 2; nội dung gồm sử dụng dịch vụ công trực tuyến, ứng dụng VNeID, an toàn thông tin và thanh toán điện tử.")],
  "Nội dung gồm sử dụng dịch vụ công trực tuyến, ứng dụng VNeID, an toàn thông tin và thanh toán điện tử (lớp tổ chức theo Bảng 2).",
  ["dịch vụ công trực tuyến", "VNeID", "thanh toán điện tử"])
q("task_section", "Kế hoạch của Ban Quản lý Khu kinh tế khuyến khích doanh nghiệp có vốn đầu tư nước ngoài và doanh nghiệp nhỏ và vừa làm gì?",
  [(M, "Doanh nghiệp có vốn đầu tư nước ngoài: khuyến khích mở lớp tiếng Việt cho chuyên gia, lớp ngoại ngữ cho tổ trưởng, quản đốc người Việt."),
   (M, "Doanh nghiệp nhỏ và vừa: khuyến khích liên kết với doanh nghiệp lớn cùng KCN để chia sẻ giảng viên nội bộ.")],
  "Doanh nghiệp có vốn đầu tư nước ngoài được khuyến khích mở lớp tiếng Việt cho chuyên gia, lớp ngoại ngữ cho tổ trưởng, quản đốc người Việt; doanh nghiệp nhỏ và vừa được khuyến khích liên kết với doanh nghiệp lớn cùng KCN để chia sẻ giảng viên nội bộ.",
  ["tiếng Việt", "quản đốc", "giảng viên nội bộ"])
q("task_section", "Ngày đọc sách của công nhân được tổ chức như thế nào trong kế hoạch của LĐLĐ Hải Phòng?",
  [(P, "Tổ chức “Ngày đọc sách của công nhân” vào ngày Chủ nhật cuối cùng của mỗi quý tại các Thiết chế công đoàn.")],
  "Tổ chức “Ngày đọc sách của công nhân” vào ngày Chủ nhật cuối cùng của mỗi quý tại các Thiết chế công đoàn.",
  ["Chủ nhật cuối cùng", "Thiết chế công đoàn"])
q("task_section", "Trong thang điểm bình xét Công nhân học tập, tiêu chí nào có điểm tối đa cao nhất?",
  [(P, RUBRIC)],
  "Tiêu chí 2 “Tham gia ít nhất 01 khóa đào tạo, bồi dưỡng nâng cao tay nghề trong năm”, tối đa 25 điểm (các tiêu chí khác 20 hoặc 15 điểm; tổng 100).",
  ["nâng cao tay nghề", "25"])

# ------------------------------------------------------------------ cross_plan
q("cross_plan", "Việc bình xét danh hiệu Công nhân học tập ở các khu công nghiệp Hải Phòng do ai thực hiện và theo chuẩn nào?",
  [(M, "Việc bình xét “Công nhân học tập” do công đoàn cơ sở thực hiện theo hướng dẫn của Liên đoàn Lao động thành phố, bảo đảm công khai, thực chất."),
   (P, XEPLOAI)],
  "Theo Kế hoạch 86/KH-BQL, công đoàn cơ sở bình xét theo hướng dẫn của Liên đoàn Lao động thành phố; Kế hoạch 52/KH-LĐLĐ của LĐLĐ quy định đạt từ 80 điểm trở lên (thang 100) được công nhận “Công nhân học tập”, từ 95 điểm trở lên và có sáng kiến được xét “tiêu biểu”.",
  ["công đoàn cơ sở", "80 điểm"])
q("cross_plan", "Năm 2026 có bao nhiêu lớp kỹ năng số cho công nhân theo kế hoạch của Ban Quản lý Khu kinh tế và của Liên đoàn Lao động Hải Phòng?",
  [(M, B2_NOTE), (P, "Tổ chức 120 lớp kỹ năng số cho CNVCLĐ, trong đó 45 lớp tại các khu nhà ở công nhân.")],
  "Kế hoạch của Ban Quản lý chỉ tính lớp theo năm từ năm 2027; năm 2026 chỉ tổ chức thí điểm tại KCN Đình Vũ và KCN VSIP Hải Phòng (không nêu số lớp). Kế hoạch của LĐLĐ đặt 120 lớp kỹ năng số cho CNVCLĐ năm 2026, trong đó 45 lớp tại các khu nhà ở công nhân.",
  ["thí điểm", "120"])
q("cross_plan", "Quyết định 1268/QĐ-TTg về học tập suốt đời trong công nhân lao động được những kế hoạch nào viện dẫn?",
  [(M, "Căn cứ Quyết định số 1268/QĐ-TTg ngày 19 tháng 10 năm 2022 của Thủ tướng Chính phủ"),
   (P, "Quyết định số 1268/QĐ-TTg ngày 19/10/2022 của Thủ tướng Chính phủ"),
   (HUE, "Quyết định số 1268/QĐ-TTg ngày 19 tháng 10 năm 2022 của Thủ tướng Chính phủ phê duyệt Chương trình “Đẩy mạnh các hoạt động học tập suốt đời trong công nhân lao động tại các doanh nghiệp đến năm 2030”")],
  "Cả ba: Kế hoạch 86/KH-BQL của Ban Quản lý Khu kinh tế Hải Phòng, Kế hoạch 52/KH-LĐLĐ của LĐLĐ Hải Phòng và kế hoạch năm 2026 của Huế đều viện dẫn Quyết định số 1268/QĐ-TTg ngày 19 tháng 10 năm 2022 (Chương trình “Đẩy mạnh các hoạt động học tập suốt đời trong công nhân lao động tại các doanh nghiệp đến năm 2030”).",
  ["1268", "19 tháng 10 năm 2022"])
q("cross_plan", "Kế hoạch của Liên đoàn Lao động Hải Phòng và kế hoạch học tập suốt đời của huyện An Lão cùng thực hiện văn bản nào của UBND thành phố Hải Phòng?",
  [(P, "Căn cứ Kế hoạch số 108/KH-UBND ngày 06/5/2025 của Ủy ban nhân dân thành phố Hải Phòng"),
   (ANLAO, "Thực hiện Kế hoạch số 108 /KH-UBND ngày 06/5/2025 của Ủy ban nhân dân thành phố Hải Phòng")],
  "Cả Kế hoạch 52/KH-LĐLĐ của LĐLĐ thành phố Hải Phòng và kế hoạch phong trào “Học tập suốt đời” của huyện An Lão đều căn cứ Kế hoạch số 108/KH-UBND ngày 06/5/2025 của UBND thành phố Hải Phòng.",
  ["108", "06/5/2025"])
q("cross_plan", "So sánh hạn báo cáo kết quả hằng năm trong kế hoạch của Ban Quản lý Khu kinh tế Hải Phòng và kế hoạch của LĐLĐ Hải Phòng.",
  [(M, "Tổng hợp kết quả, báo cáo Ủy ban nhân dân thành phố (qua Sở Giáo dục và Đào tạo) trước ngày 05 tháng 12 hằng năm."),
   (P, "tổng hợp kết quả, báo cáo Tổng Liên đoàn Lao động Việt Nam trước ngày 15/11/2026.")],
  "Ban Quản lý (Phòng Quản lý lao động) báo cáo UBND thành phố qua Sở Giáo dục và Đào tạo trước ngày 05 tháng 12 hằng năm; LĐLĐ (Ban Tuyên giáo) báo cáo Tổng Liên đoàn Lao động Việt Nam trước ngày 15/11/2026.",
  ["05 tháng 12", "15/11/2026"])
q("cross_plan", "Ai ký kế hoạch của Ban Quản lý Khu kinh tế Hải Phòng và ai ký kế hoạch của Liên đoàn Lao động thành phố?",
  [(M, SIGN_M), (P, SIGN_P)],
  "Kế hoạch 86/KH-BQL do Vũ Đức Thành ký (KT. Trưởng ban, Phó Trưởng ban); Kế hoạch 52/KH-LĐLĐ do Trần Thị Hồng Nhung ký (TM. Ban Thường vụ, Phó Chủ tịch).",
  ["Vũ Đức Thành", "Trần Thị Hồng Nhung"])
q("cross_plan", "Ở Hải Phòng ban nào của LĐLĐ thành phố làm thường trực phong trào Công nhân học tập, còn kế hoạch của Hà Nội giao Liên đoàn Lao động Thành phố vận động công nhân làm gì?",
  [(P, "Ban Tuyên giáo LĐLĐ thành phố: là bộ phận thường trực"),
   (HN, "khuyến khích công nhân, người lao động trong các doanh nghiệp học tập nâng cao trình độ, kỹ năng nghề nghiệp.")],
  "Ở Hải Phòng, Ban Tuyên giáo LĐLĐ thành phố là bộ phận thường trực của Kế hoạch 52/KH-LĐLĐ; kế hoạch của Hà Nội giao Liên đoàn Lao động Thành phố phối hợp các Sở, ngành tuyên truyền, vận động, khuyến khích công nhân, người lao động trong các doanh nghiệp học tập nâng cao trình độ, kỹ năng nghề nghiệp.",
  ["Ban Tuyên giáo", "kỹ năng nghề nghiệp"])

# ------------------------------------------------------------------ no_diacritics
q("no_diacritics", "ke hoach 86/KH-BQL ve doanh nghiep hoc tap do ai ky, ngay nao",
  [(M, SIGN_M), (M, "Hải Phòng, ngày 12 tháng 3 năm 2026")],
  "Ký ngày 12 tháng 3 năm 2026 tại Hải Phòng, người ký: Vũ Đức Thành (KT. Trưởng ban, Phó Trưởng ban Ban Quản lý Khu kinh tế Hải Phòng).",
  ["Vũ Đức Thành", "12 tháng 3 năm 2026"])
q("no_diacritics", "kcn dinh vu chi tieu doanh nghiep hoc tap nam 2030 bao nhieu, may lop ky nang so",
  [(M, "| KCN Đình Vũ | 60 | 12 |"), (M, B2_HEAD)],
  "KCN Đình Vũ: 60% doanh nghiệp đạt “Doanh nghiệp học tập” đến năm 2030 và 12 lớp kỹ năng số cho công nhân mỗi năm.",
  ["60", "12"])
q("no_diacritics", "tieu chi doc sach trong thang diem cong nhan hoc tap duoc toi da may diem",
  [(P, "4 Tham gia “Ngày đọc sách của công nhân” hoặc sinh hoạt tủ sách ít nhất 04 lần trong năm 15")],
  "Tiêu chí 4 (tham gia “Ngày đọc sách của công nhân” hoặc sinh hoạt tủ sách ít nhất 04 lần trong năm) được tối đa 15 điểm.",
  ["15", "04 lần"])
q("no_diacritics", "doan vien bi ky luat co duoc xet danh hieu cong nhan hoc tap khong",
  [(P, "Không xét danh hiệu đối với đoàn viên bị xử lý kỷ luật lao động từ hình thức khiển trách trở lên trong năm 2026.")],
  "Không. Không xét danh hiệu đối với đoàn viên bị xử lý kỷ luật lao động từ hình thức khiển trách trở lên trong năm 2026.",
  ["khiển trách"])
q("no_diacritics", "ban quan ly khu kinh te hai phong uu tien doanh nghiep co bao nhieu lao dong xay dung doanh nghiep hoc tap",
  [(M, "ưu tiên doanh nghiệp có từ 1.000 lao động trở lên.")],
  "Ưu tiên doanh nghiệp có từ 1.000 lao động trở lên (mỗi doanh nghiệp đăng ký phải có kế hoạch đào tạo nội bộ hằng năm).",
  ["1.000 lao động"])
q("no_diacritics", "ke hoach 52 cua lien doan lao dong hai phong gui cho nhung noi nao",
  [(P, "Nơi nhận: - Tổng LĐLĐ Việt Nam (để b/c); - Thường trực Thành ủy, UBND thành phố (để b/c); - Ban Quản lý Khu kinh tế Hải Phòng; - Các công đoàn cấp trên trực tiếp cơ sở; - Lưu: VT, TG.")],
  "Nơi nhận: Tổng LĐLĐ Việt Nam (để b/c); Thường trực Thành ủy, UBND thành phố (để b/c); Ban Quản lý Khu kinh tế Hải Phòng; các công đoàn cấp trên trực tiếp cơ sở; lưu VT, TG.",
  ["Tổng LĐLĐ Việt Nam", "Thành ủy", "Ban Quản lý Khu kinh tế Hải Phòng"])

# ------------------------------------------------------------------ abbreviation
q("abbreviation", "KCN Nomura - HP: chỉ tiêu DNHT đến 2030 và số lớp KNS/năm?",
  [(M, "| KCN Nomura - Hải Phòng | 60 | 6 |"), (M, B2_HEAD)],
  "KCN Nomura - Hải Phòng: 60% doanh nghiệp đạt “Doanh nghiệp học tập” đến năm 2030; 6 lớp kỹ năng số cho công nhân mỗi năm.",
  ["60", "6"])
q("abbreviation", "ĐV tự chấm điểm xong thì ai thẩm định, thang điểm bn?",
  [(P, "Đoàn viên tự chấm điểm theo bảng dưới đây; Ban Chấp hành CĐCS thẩm định (thang điểm 100):")],
  "Đoàn viên tự chấm điểm, Ban Chấp hành CĐCS (công đoàn cơ sở) thẩm định, thang điểm 100.", ["Ban Chấp hành CĐCS", "100"])
q("abbreviation", "Tỷ lệ DN trong KCN, KKT HP có quy chế khuyến khích CN học tập năm 2027 là bn %?",
  [(M, B1[6]), (M, B1_HEAD)],
  "Năm 2027: 40% doanh nghiệp có quy chế khuyến khích công nhân học tập nâng cao trình độ (năm 2030: 70%).", ["40%"])
q("abbreviation", "CNVCLĐ trong KH 52/KH-LĐLĐ là những ai?",
  [(P, "Khơi dậy tinh thần tự học, học thường xuyên của đoàn viên công đoàn, người lao động (sau đây gọi chung là CNVCLĐ)")],
  "CNVCLĐ là cách gọi chung đoàn viên công đoàn, người lao động (công nhân, viên chức, lao động).",
  ["đoàn viên công đoàn", "người lao động"])
q("abbreviation", "Tỷ lệ CNLĐ được bồi dưỡng KN nghề, ATLĐ hằng năm đến 2030 theo KH của BQL KKT HP?",
  [(M, B1[2]), (M, B1_HEAD)],
  "Năm 2030: 95% công nhân lao động được bồi dưỡng kỹ năng nghề, an toàn lao động hằng năm (năm 2027: 80%).", ["95%"])
q("abbreviation", "VP LĐLĐ TP HP phải quyết toán KP phong trào trước ngày nào?",
  [(P, "Văn phòng LĐLĐ thành phố: bảo đảm kinh phí từ nguồn tài chính công đoàn; vận động tài trợ; quyết toán kinh phí trước ngày 31/12/2026.")],
  "Văn phòng LĐLĐ thành phố quyết toán kinh phí trước ngày 31/12/2026 (ngoài ra bảo đảm kinh phí từ nguồn tài chính công đoàn và vận động tài trợ).",
  ["31/12/2026"])

# ------------------------------------------------------------------ paraphrase
q("paraphrase", "Công ty tôi ở KCN Tràng Duệ chỉ có 150 công nhân, muốn làm một góc đọc sách cho anh em thì Ban Quản lý có hỗ trợ gì không?",
  [(M, "Ban Quản lý hỗ trợ một lần 20 triệu đồng cho mỗi doanh nghiệp có dưới 200 lao động để xây dựng tủ sách hoặc góc học tập")],
  "Có: doanh nghiệp dưới 200 lao động được Ban Quản lý hỗ trợ một lần 20 triệu đồng để xây dựng tủ sách hoặc góc học tập (cả giai đoạn không quá 100 doanh nghiệp được hỗ trợ).",
  ["20 triệu", "một lần"])
q("paraphrase", "Năm nay tôi học thêm được một khóa nâng tay nghề và hay ra tủ sách công đoàn đọc sách; hai việc đó được tính tối đa bao nhiêu điểm khi xét Công nhân học tập?",
  [(P, RUBRIC)],
  "Khóa đào tạo, bồi dưỡng nâng cao tay nghề (tiêu chí 2) tối đa 25 điểm; tham gia “Ngày đọc sách của công nhân” hoặc sinh hoạt tủ sách ít nhất 04 lần trong năm (tiêu chí 4) tối đa 15 điểm — cộng 40 trên thang 100; cần từ 80 điểm để được công nhận.",
  ["25", "15"])
q("paraphrase", "Nhà máy nước ngoài mới xin vào KCN thì phải tính chuyện đào tạo công nhân từ khâu nào?",
  [(M, "2. Phòng Quản lý đầu tư - Hướng dẫn nhà đầu tư mới đưa nội dung đào tạo người lao động vào hồ sơ dự án ngay từ khi cấp Giấy chứng nhận đăng ký đầu tư.")],
  "Ngay từ khi cấp Giấy chứng nhận đăng ký đầu tư: Phòng Quản lý đầu tư hướng dẫn nhà đầu tư mới đưa nội dung đào tạo người lao động vào hồ sơ dự án.",
  ["Giấy chứng nhận đăng ký đầu tư", "Phòng Quản lý đầu tư"])
q("paraphrase", "Ở khu trọ công nhân năm nay có lớp dạy dùng điện thoại làm thủ tục online không, bao nhiêu lớp?",
  [(P, "Tổ chức 120 lớp kỹ năng số cho CNVCLĐ, trong đó 45 lớp tại các khu nhà ở công nhân.")],
  "Có: trong 120 lớp kỹ năng số năm 2026 của LĐLĐ thành phố, 45 lớp tổ chức tại các khu nhà ở công nhân.", ["45"])

# ------------------------------------------------------------------ english
q("english", "Who signed the Hai Phong Economic Zone Authority's plan on learning enterprises?",
  [(M, SIGN_M)], "Vũ Đức Thành, Deputy Head (PHÓ TRƯỞNG BAN), signing on behalf of the Head (KT. TRƯỞNG BAN).", ["Vũ Đức Thành"])
q("english", "What share of enterprises in Hai Phong's industrial parks and economic zones should be 'learning enterprises' by 2030?",
  [(M, B1[1]), (M, B1_HEAD)], "50% by 2030 (30% by 2027).", ["50"])
q("english", "What is the total budget of plan 86/KH-BQL and how is it split?",
  [(M, "Tổng kinh phí dự kiến giai đoạn 2026 - 2030 là 18.600 triệu đồng, gồm: - Ngân sách thành phố giao Ban Quản lý: 4.200 triệu đồng; - Kinh phí của các doanh nghiệp: 12.900 triệu đồng; - Nguồn xã hội hóa, tài trợ: 1.500 triệu đồng.")],
  "18.600 million VND for 2026-2030: 4.200 million from the city budget allocated to the Authority, 12.900 million from enterprises and 1.500 million from socialisation and sponsorship.",
  ["600", "900"])
q("english", "When is the mid-term review of the Economic Zone Authority's learning-enterprise plan?",
  [(M, GANTT_SK)], "On 30 June 2028 (the milestone 2028-06-30 in the roadmap diagram of section VI).", ["2028"])
q("english", "Which unit is the standing body of plan 86/KH-BQL?",
  [(M, "1. Phòng Quản lý lao động - Là đơn vị thường trực, giúp Trưởng ban theo dõi, đôn đốc các doanh nghiệp thực hiện Kế hoạch.")],
  "Phòng Quản lý lao động (the Labour Management Division) is the standing unit that helps the Head monitor and urge enterprises to implement the plan.",
  ["Phòng Quản lý lao động"])
q("english", "How many digital-skills classes per year are planned for workers in the VSIP Hai Phong industrial park?",
  [(M, "| KCN VSIP Hải Phòng | 65 | 15 |"), (M, B2_HEAD)], "15 classes a year (and a 65% learning-enterprise target by 2030).", ["15"])
q("english", "What does the Economic Zone Authority's plan encourage foreign-invested enterprises to do?",
  [(M, "Doanh nghiệp có vốn đầu tư nước ngoài: khuyến khích mở lớp tiếng Việt cho chuyên gia, lớp ngoại ngữ cho tổ trưởng, quản đốc người Việt.")],
  "To open Vietnamese-language classes (lớp tiếng Việt) for their foreign experts and foreign-language classes for Vietnamese team leaders and foremen (tổ trưởng, quản đốc).",
  ["tiếng Việt", "quản đốc"])
q("english", "Who signed the Hai Phong Labour Federation's 2026 plan on the 'learning worker' movement?",
  [(P, SIGN_P)], "Trần Thị Hồng Nhung, Vice Chairwoman (PHÓ CHỦ TỊCH), on behalf of the Standing Committee (TM. BAN THƯỜNG VỤ).", ["Trần Thị Hồng Nhung"])
q("english", "How many points does a union member need to be recognised as a 'learning worker'?",
  [(P, XEPLOAI)], "At least 80 points on the 100-point scale; 95 points or more plus a recognised initiative for the 'exemplary' title.", ["80"])
q("english", "What is the Labour Federation's 2026 budget for the movement and where does it come from?",
  [(P, "Tổng kinh phí năm 2026 là 2.350 triệu đồng, gồm 1.850 triệu đồng từ nguồn tài chính công đoàn của LĐLĐ thành phố và 500 triệu đồng vận động tài trợ từ các doanh nghiệp.")],
  "2.350 million VND: 1.850 million from the city federation's trade-union finances and 500 million in sponsorship raised from enterprises.",
  ["350", "850", "500"])
q("english", "By when must grassroots trade unions register for the 2026 movement?",
  [(P, "chỉ đạo CĐCS đăng ký tham gia phong trào trước ngày 30/4/2026")], "Before 30/4/2026.", ["30/4/2026"])
q("english", "How many union members should be recognised as 'learning workers' in Hai Phong in 2026?",
  [(P, "Ít nhất 40.000 đoàn viên được công nhận danh hiệu “Công nhân học tập”, trong đó 500 đoàn viên đạt “Công nhân học tập tiêu biểu”.")],
  "At least 40.000 union members, of whom 500 exemplary learning workers.", ["40", "500"])
q("english", "Which criterion carries the most points in the Labour Federation's scoring rubric?",
  [(P, RUBRIC)], "Criterion 2 — attending at least one vocational training or upskilling course in the year — worth up to 25 points.", ["25"])
q("english", "When is the workers' reading day (“Ngày đọc sách của công nhân”) held?",
  [(P, "Tổ chức “Ngày đọc sách của công nhân” vào ngày Chủ nhật cuối cùng của mỗi quý tại các Thiết chế công đoàn.")],
  "On the last Sunday of each quarter (ngày Chủ nhật cuối cùng của mỗi quý), at the trade-union institutions (Thiết chế công đoàn).",
  ["Chủ nhật cuối cùng"])
q("english", "What does the Labour Federation ask the Economic Zone Authority to do?",
  [(P, "Đề nghị Ban Quản lý Khu kinh tế Hải Phòng: tạo điều kiện để công đoàn tiếp cận doanh nghiệp mới đầu tư; biểu dương doanh nghiệp có nhiều đoàn viên đạt “Công nhân học tập”.")],
  "To help the union reach newly invested enterprises (doanh nghiệp mới đầu tư) and to commend enterprises with many members recognised as “Công nhân học tập”.",
  ["doanh nghiệp mới đầu tư"])
q("english", "Which documents is the Economic Zone Authority's plan based on?",
  [(M, "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ"),
   (M, "Căn cứ Quyết định số 1268/QĐ-TTg ngày 19 tháng 10 năm 2022 của Thủ tướng Chính phủ"),
   (M, "Căn cứ Kế hoạch số 415/KH-UBND ngày 18 tháng 12 năm 2025 của Ủy ban nhân dân thành phố Hải Phòng"),
   (M, "Căn cứ Chương trình phối hợp số 07/CTPH-BQL-LĐLĐ ngày 20 tháng 01 năm 2026")],
  "Decision 1373/QĐ-TTg (30/7/2021), Decision 1268/QĐ-TTg (19/10/2022), the city's plan 415/KH-UBND (18/12/2025) and the coordination programme 07/CTPH-BQL-LĐLĐ with the Labour Federation (20/01/2026).",
  ["1373", "1268", "415"])
q("english", "When will the Economic Zone Authority's needs survey of workers take place?",
  [(M, GANTT_KS)], "From 1 April to 30 June 2026 (2026-04-01 to 2026-06-30 in the roadmap), run by the Trung tâm Dịch vụ hỗ trợ doanh nghiệp.", ["2026"])
q("english", "What is the number and date of the Hai Phong Labour Federation's plan?",
  [(P, "Số: 52/KH-LĐLĐ"), (P, "Hải Phòng, ngày 06 tháng 4 năm 2026")],
  "Plan No. 52/KH-LĐLĐ, dated 06 April 2026 (ngày 06 tháng 4 năm 2026).", ["52", "2026"])

# ------------------------------------------------------------------ follow_up
q("follow_up", "Còn năm 2030?",
  [(M, B1[1]), (M, B1_HEAD)], "Năm 2030: 50% doanh nghiệp trong các KCN, KKT đạt danh hiệu “Doanh nghiệp học tập”.", ["50%"],
  history=h("Ban Quản lý Khu kinh tế Hải Phòng đặt chỉ tiêu doanh nghiệp học tập năm 2027 bao nhiêu?",
            "Năm 2027: 30% doanh nghiệp trong các KCN, KKT đạt danh hiệu “Doanh nghiệp học tập”."))
q("follow_up", "Còn KCN Phúc Điền thì sao?",
  [(M, "| KCN Phúc Điền (khu vực Hải Dương cũ) | 35 | 6 |"), (M, B2_HEAD)],
  "KCN Phúc Điền (khu vực Hải Dương cũ): 35% doanh nghiệp đạt “Doanh nghiệp học tập” đến năm 2030 và 6 lớp kỹ năng số mỗi năm.", ["35"],
  history=h("KCN Đình Vũ phải có bao nhiêu phần trăm doanh nghiệp học tập vào năm 2030?",
            "KCN Đình Vũ: 60% doanh nghiệp đạt “Doanh nghiệp học tập” đến năm 2030, 12 lớp kỹ năng số mỗi năm."))
q("follow_up", "Còn Văn phòng LĐLĐ thành phố?",
  [(P, "Văn phòng LĐLĐ thành phố: bảo đảm kinh phí từ nguồn tài chính công đoàn; vận động tài trợ; quyết toán kinh phí trước ngày 31/12/2026.")],
  "Văn phòng LĐLĐ thành phố bảo đảm kinh phí từ nguồn tài chính công đoàn, vận động tài trợ và quyết toán kinh phí trước ngày 31/12/2026.",
  ["tài chính công đoàn", "31/12/2026"],
  history=h("Ban Tuyên giáo LĐLĐ Hải Phòng làm gì trong phong trào năm 2026?",
            "Ban Tuyên giáo là bộ phận thường trực; hướng dẫn, đôn đốc thực hiện và báo cáo Tổng Liên đoàn trước ngày 15/11/2026."))
q("follow_up", "Trong đó doanh nghiệp phải bỏ ra bao nhiêu?",
  [(M, "Kinh phí của các doanh nghiệp: 12.900 triệu đồng;")],
  "Kinh phí của các doanh nghiệp: 12.900 triệu đồng (trong tổng 18.600 triệu đồng).", ["12.900"],
  history=h("Kế hoạch doanh nghiệp học tập của Ban Quản lý Khu kinh tế Hải Phòng cần tổng cộng bao nhiêu tiền?",
            "Tổng kinh phí dự kiến giai đoạn 2026 - 2030 là 18.600 triệu đồng."))
q("follow_up", "Trong đó vận động tài trợ bao nhiêu?",
  [(P, "500 triệu đồng vận động tài trợ từ các doanh nghiệp")],
  "500 triệu đồng vận động tài trợ từ các doanh nghiệp (phần còn lại 1.850 triệu đồng từ nguồn tài chính công đoàn).", ["500 triệu"],
  history=h("LĐLĐ Hải Phòng chi bao nhiêu cho phong trào Công nhân học tập năm 2026?", "Tổng kinh phí năm 2026 là 2.350 triệu đồng."))
q("follow_up", "Còn danh hiệu tiêu biểu thì cần bao nhiêu điểm?",
  [(P, XEPLOAI)],
  "Đạt từ 95 điểm trở lên và có sáng kiến được cấp cơ sở công nhận thì được xét “Công nhân học tập tiêu biểu”.", ["95 điểm", "sáng kiến"],
  history=h("Bao nhiêu điểm thì được công nhận Công nhân học tập?", "Đạt từ 80 điểm trở lên trên thang điểm 100."))
q("follow_up", "Ai chủ trì xây dựng bộ tiêu chí đó?",
  [(M, "1. Phòng Quản lý lao động - Là đơn vị thường trực"), (M, "Chủ trì xây dựng Bộ tiêu chí đánh giá “Doanh nghiệp học tập”, trình Trưởng ban ban hành.")],
  "Phòng Quản lý lao động chủ trì xây dựng Bộ tiêu chí đánh giá “Doanh nghiệp học tập”, trình Trưởng ban ban hành.",
  ["Phòng Quản lý lao động", "Trưởng ban"],
  history=h("Khi nào Ban Quản lý Khu kinh tế Hải Phòng ban hành Bộ tiêu chí Doanh nghiệp học tập?",
            "Theo lộ trình ở Mục VI, trong khoảng 01/7 - 30/9/2026."))
q("follow_up", "Họ phải gửi danh sách doanh nghiệp FDI cho ai, trước ngày nào?",
  [(M, "Cung cấp danh sách doanh nghiệp có vốn đầu tư nước ngoài đang hoạt động cho Phòng Quản lý lao động trước ngày 30 tháng 4 năm 2026.")],
  "Cho Phòng Quản lý lao động, trước ngày 30 tháng 4 năm 2026.", ["Phòng Quản lý lao động", "30 tháng 4 năm 2026"],
  history=h("Phòng Quản lý đầu tư có việc gì trong kế hoạch doanh nghiệp học tập?",
            "Hướng dẫn nhà đầu tư mới đưa nội dung đào tạo người lao động vào hồ sơ dự án ngay từ khi cấp Giấy chứng nhận đăng ký đầu tư, và cung cấp danh sách doanh nghiệp FDI."))
q("follow_up", "Còn kế hoạch của Liên đoàn Lao động thành phố thì ai ký?",
  [(P, SIGN_P)], "Trần Thị Hồng Nhung, Phó Chủ tịch, ký thay mặt Ban Thường vụ (TM. Ban Thường vụ).", ["Trần Thị Hồng Nhung"],
  history=h("Ai ký Kế hoạch 86/KH-BQL?", "Vũ Đức Thành, Phó Trưởng ban, ký thay Trưởng ban."))
q("follow_up", "Trong đó có bao nhiêu lớp mở ở khu nhà ở công nhân?",
  [(P, "Tổ chức 120 lớp kỹ năng số cho CNVCLĐ, trong đó 45 lớp tại các khu nhà ở công nhân.")],
  "45 lớp tại các khu nhà ở công nhân (trong tổng 120 lớp).", ["45"],
  history=h("Năm 2026 LĐLĐ Hải Phòng mở bao nhiêu lớp kỹ năng số?", "120 lớp kỹ năng số cho CNVCLĐ."))
q("follow_up", "Còn tổng kết giai đoạn?",
  [(M, GANTT_TK)], "Tổng kết, khen thưởng giai đoạn là mốc ngày 30/11/2030 (2030-11-30 trên sơ đồ lộ trình).", ["2030"],
  history=h("Kế hoạch 86/KH-BQL sơ kết giữa kỳ khi nào?", "Mốc sơ kết giữa kỳ là ngày 30/6/2028."))
q("follow_up", "Vậy KCN Tràng Duệ thì sao?",
  [(M, "| KCN Tràng Duệ | 55 | 10 |"), (M, B2_HEAD)],
  "KCN Tràng Duệ: 55% doanh nghiệp đạt “Doanh nghiệp học tập” đến năm 2030 và 10 lớp kỹ năng số cho công nhân mỗi năm.", ["55", "10"],
  history=h("Ban Quản lý Khu kinh tế Hải Phòng giao chỉ tiêu gì cho KCN Quang Châu?",
            "Kế hoạch 86/KH-BQL không nêu KCN Quang Châu; bảng chỉ tiêu theo khu công nghiệp chỉ có các KCN của Hải Phòng."))
q("follow_up", "And by 2030?",
  [(M, B1[3]), (M, B1_HEAD)], "85% of workers should have basic digital skills by 2030.", ["85"],
  history=h("What share of workers in Hai Phong's industrial parks should have basic digital skills by 2027?", "60% by 2027."))
q("follow_up", "And by when must it report to the Vietnam General Confederation of Labour?",
  [(P, "tổng hợp kết quả, báo cáo Tổng Liên đoàn Lao động Việt Nam trước ngày 15/11/2026.")], "Before 15/11/2026.", ["15/11/2026"],
  history=h("Which body is the standing unit of the Hai Phong Labour Federation's 2026 plan?", "The Ban Tuyên giáo (Propaganda Department) of the city Labour Federation."))
q("follow_up", "Đăng ký với cơ quan nào?",
  [(M, "đăng ký danh hiệu “Doanh nghiệp học tập” với Ban Quản lý trước ngày 31 tháng 3 hằng năm.")],
  "Đăng ký với Ban Quản lý (Ban Quản lý Khu kinh tế Hải Phòng), trước ngày 31 tháng 3 hằng năm.", ["Ban Quản lý"],
  history=h("Doanh nghiệp muốn được công nhận Doanh nghiệp học tập thì phải đăng ký trước ngày nào?", "Trước ngày 31 tháng 3 hằng năm."))

# ------------------------------------------------------------------ added for margin (one or two per type)
q("english", "Which industrial parks of the former Hai Duong area appear in the Economic Zone Authority's per-park targets table?",
  [(M, "| KCN Đại An (khu vực Hải Dương cũ) | 40 | 8 |"), (M, "| KCN Phúc Điền (khu vực Hải Dương cũ) | 35 | 6 |"), (M, B2_HEAD)],
  "Two: KCN Đại An (40% learning enterprises by 2030, 8 digital-skills classes a year) and KCN Phúc Điền (35%, 6 classes a year), both marked “khu vực Hải Dương cũ”.",
  ["Đại An", "Phúc Điền"])
q("english", "Who is excluded from the 'learning worker' title in the Labour Federation's 2026 plan?",
  [(P, "Không xét danh hiệu đối với đoàn viên bị xử lý kỷ luật lao động từ hình thức khiển trách trở lên trong năm 2026.")],
  "Union members disciplined (kỷ luật lao động) at the level of a reprimand (khiển trách) or above during 2026 are not considered.",
  ["khiển trách"])
q("no_diacritics", "ban quan ly bieu duong doanh nghiep hoc tap tieu bieu vao dip nao",
  [(M, "Hằng năm biểu dương các doanh nghiệp học tập tiêu biểu tại Hội nghị gặp mặt doanh nghiệp cuối năm của Ban Quản lý.")],
  "Hằng năm, tại Hội nghị gặp mặt doanh nghiệp cuối năm của Ban Quản lý.", ["Hội nghị gặp mặt doanh nghiệp cuối năm"])
q("no_diacritics", "nam 2026 lop ky nang so cho cong nhan thi diem o nhung kcn nao",
  [(M, B2_NOTE), (M, "Thí điểm lớp kỹ năng số tại KCN Đình Vũ và VSIP :td, 2026-10-01, 2026-12-31")],
  "Năm 2026 thí điểm tại KCN Đình Vũ và KCN VSIP Hải Phòng (trên lộ trình: từ 2026-10-01 đến 2026-12-31, tức quý IV/2026); từ năm 2027 mới tính lớp theo năm cho từng KCN.",
  ["Đình Vũ", "VSIP"])
q("legal_basis", "Kế hoạch phong trào Công nhân học tập năm 2026 của LĐLĐ Hải Phòng căn cứ luật nào?",
  [(P, "Căn cứ Luật Công đoàn năm 2024;")], "Luật Công đoàn năm 2024.", ["Luật Công đoàn năm 2024"])
q("purpose", "LĐLĐ Hải Phòng yêu cầu việc bình xét danh hiệu Công nhân học tập phải bảo đảm điều gì?",
  [(P, "Việc bình xét danh hiệu “Công nhân học tập” phải theo đúng thang điểm tại Mục IV, công khai tại tổ sản xuất, không chạy theo số lượng.")],
  "Phải theo đúng thang điểm tại Mục IV, công khai tại tổ sản xuất, không chạy theo số lượng.",
  ["thang điểm", "công khai tại tổ sản xuất", "không chạy theo số lượng"])
q("abbreviation", "HĐ TĐ-KT LĐLĐ TP HP xét duyệt hồ sơ CNHT tiêu biểu vào tháng mấy?",
  [(P, "trình Hội đồng Thi đua - Khen thưởng LĐLĐ thành phố xét duyệt trong tháng 11/2026.")],
  "Ban Tổ chức LĐLĐ thành phố thẩm định hồ sơ và trình Hội đồng Thi đua - Khen thưởng LĐLĐ thành phố xét duyệt trong tháng 11/2026.",
  ["tháng 11/2026"])
q("paraphrase", "Tôi là quản đốc người Việt ở một công ty Hàn Quốc trong KCN, muốn học thêm tiếng thì kế hoạch có khuyến khích công ty mở lớp không?",
  [(M, "Doanh nghiệp có vốn đầu tư nước ngoài: khuyến khích mở lớp tiếng Việt cho chuyên gia, lớp ngoại ngữ cho tổ trưởng, quản đốc người Việt.")],
  "Có: Kế hoạch 86/KH-BQL khuyến khích doanh nghiệp có vốn đầu tư nước ngoài mở lớp ngoại ngữ cho tổ trưởng, quản đốc người Việt (và lớp tiếng Việt cho chuyên gia).",
  ["lớp ngoại ngữ"])

# ------------------------------------------------------------------ unanswerable
BOTH = [M, P]
ALL = [M, P] + BUNDLED
q("unanswerable", "Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh đặt chỉ tiêu doanh nghiệp học tập năm 2030 bao nhiêu?", [],
  "Các kế hoạch đã tải không có kế hoạch nào của Ban Quản lý các KCN tỉnh Bắc Ninh; chỉ có kế hoạch của Ban Quản lý Khu kinh tế Hải Phòng (50% doanh nghiệp học tập đến năm 2030).",
  [], probe=r"bac ninh", about=ALL)
q("unanswerable", "KCN Quang Châu có chỉ tiêu doanh nghiệp học tập đến năm 2030 không?", [],
  "Các kế hoạch không nêu KCN Quang Châu; Bảng 2 của Kế hoạch 86/KH-BQL chỉ có các khu công nghiệp của Hải Phòng.", [],
  probe=r"quang chau", about=ALL)
q("unanswerable", "Ban Quản lý Khu kinh tế Quảng Ninh giao nhiệm vụ gì cho doanh nghiệp trong KCN?", [],
  "Không có kế hoạch nào của Ban Quản lý Khu kinh tế Quảng Ninh trong các kế hoạch đã tải.", [], probe=r"quang ninh", about=ALL)
q("unanswerable", "Liên đoàn Lao động tỉnh Hưng Yên thưởng bao nhiêu tiền cho Công nhân học tập tiêu biểu?", [],
  "Các kế hoạch không có kế hoạch của LĐLĐ tỉnh Hưng Yên; chỉ có mức thưởng của LĐLĐ thành phố Hải Phòng.", [],
  probe=r"hung yen", about=ALL)
q("unanswerable", "Hiện nay có bao nhiêu doanh nghiệp đang hoạt động trong các KCN, KKT của Hải Phòng?", [],
  "Các kế hoạch không nêu số doanh nghiệp hiện đang hoạt động trong các KCN, KKT; chỉ đặt chỉ tiêu tỷ lệ và số doanh nghiệp có tủ sách.", [],
  probe=r"(tong so|hien co|hien nay co|hien nay,? co) [\d.]+ doanh nghiep", about=BOTH)
q("unanswerable", "Hiện có bao nhiêu công nhân làm việc trong các khu công nghiệp Hải Phòng?", [],
  "Các kế hoạch không nêu số công nhân hiện làm việc trong các KCN, KKT.", [],
  probe=r"(hien co|hien nay co|tong so)[^.]{0,30}(cong nhan|lao dong)|[\d.]+ (cong nhan|nguoi lao dong) dang lam viec", about=BOTH)
q("unanswerable", "Năm 2025 Hải Phòng đã có bao nhiêu đoàn viên được công nhận Công nhân học tập?", [],
  "Các kế hoạch không nêu kết quả năm 2025; Kế hoạch 52/KH-LĐLĐ chỉ đặt chỉ tiêu năm 2026 (ít nhất 40.000 đoàn viên).", [],
  probe=r"nam 2025[^.]{0,80}(dat|duoc cong nhan|ket qua)|ket qua nam 2025", about=BOTH)
q("unanswerable", "Doanh nghiệp trong KCN không đăng ký xây dựng Doanh nghiệp học tập thì bị xử phạt thế nào?", [],
  "Các kế hoạch không quy định xử phạt hay chế tài đối với doanh nghiệp không đăng ký; Kế hoạch 86/KH-BQL chỉ khuyến khích và biểu dương.", [],
  probe=r"xu phat|che tai|doanh nghiep[^.]{0,60}(xu ly|bi phat)", about=BOTH)
q("unanswerable", "Công đoàn cơ sở không đạt chỉ tiêu đăng ký bị trừ bao nhiêu điểm thi đua?", [],
  "Kế hoạch 52/KH-LĐLĐ không quy định trừ điểm thi đua hay xử lý công đoàn cơ sở không đạt chỉ tiêu.", [],
  probe=r"tru diem|khong (dat|hoan thanh) chi tieu", about=BOTH)
q("unanswerable", "Công nhân đi học lớp kỹ năng số buổi tối có được hỗ trợ tiền ăn, tiền đi lại không?", [],
  "Các kế hoạch không quy định hỗ trợ tiền ăn, tiền đi lại cho công nhân đi học.", [],
  probe=r"tien an|di lai|an trua|ho tro hoc vien", about=BOTH)
q("unanswerable", "Giảng viên nội bộ của doanh nghiệp được trả thù lao bao nhiêu một buổi dạy?", [],
  "Kế hoạch 86/KH-BQL chỉ khuyến khích doanh nghiệp nhỏ và vừa chia sẻ giảng viên nội bộ; không nêu mức thù lao.", [],
  probe=r"thu lao|phu cap|dong/buoi|/ ?buoi", about=BOTH)
q("unanswerable", "Chỉ tiêu doanh nghiệp học tập năm 2028 của Ban Quản lý Khu kinh tế Hải Phòng là bao nhiêu?", [],
  "Kế hoạch 86/KH-BQL chỉ đặt chỉ tiêu cho năm 2027 (30%) và năm 2030 (50%); không có chỉ tiêu riêng năm 2028 (2028 chỉ là mốc sơ kết).", [],
  probe=r"nam 2028 \||(den|trong) nam 2028[^.]{0,80}%", about=BOTH)
q("unanswerable", "Tỷ lệ công nhân có kỹ năng số cơ bản riêng ở KCN Đình Vũ phải đạt bao nhiêu?", [],
  "Bảng 2 chỉ giao theo từng KCN tỷ lệ doanh nghiệp học tập và số lớp kỹ năng số; tỷ lệ công nhân có kỹ năng số cơ bản chỉ có ở mức chung toàn Khu kinh tế (60% năm 2027, 85% năm 2030), không có riêng cho KCN Đình Vũ.", [],
  probe=r"dinh vu \| \d+ \| \d+ \| \d+|ky nang so co ban[^.|]{0,60}dinh vu", about=BOTH)
q("unanswerable", "Liên đoàn Lao động Hải Phòng đặt chỉ tiêu Công nhân học tập năm 2027 là bao nhiêu?", [],
  "Kế hoạch 52/KH-LĐLĐ là kế hoạch năm 2026, chỉ đặt chỉ tiêu năm 2026; không có chỉ tiêu năm 2027.", [],
  probe=r"2027", about=[P])
q("unanswerable", "Ngân sách thành phố dành riêng cho các lớp kỹ năng số trong KCN là bao nhiêu?", [],
  "Kế hoạch 86/KH-BQL chỉ nêu tổng ngân sách thành phố giao Ban Quản lý (4.200 triệu đồng) cho cả giai đoạn, không tách riêng cho lớp kỹ năng số.", [],
  probe=r"ky nang so[^.;|]{0,80}(trieu|\bdong\b)", about=BOTH)
q("unanswerable", "Kinh phí tổ chức Lễ tuyên dương Công nhân học tập tiêu biểu năm 2026 là bao nhiêu?", [],
  "Kế hoạch 52/KH-LĐLĐ chỉ nêu lễ tuyên dương tổ chức trong tháng 12/2026 và tổng kinh phí 2.350 triệu đồng; không tách kinh phí cho lễ tuyên dương.", [],
  probe=r"tuyen duong[^.]{0,80}(trieu|dong)", about=BOTH)
q("unanswerable", "Trường Cao đẳng Công nghiệp Hải Phòng được giao nhiệm vụ gì trong kế hoạch của Ban Quản lý Khu kinh tế?", [],
  "Các kế hoạch không nêu tên trường cao đẳng nào; Kế hoạch 86/KH-BQL chỉ nói chung về phối hợp “các cơ sở giáo dục nghề nghiệp trên địa bàn thành phố”.", [],
  probe=r"cao dang|truong (dai hoc|trung cap)", about=BOTH)
q("unanswerable", "Sở Khoa học và Công nghệ Hải Phòng có nhiệm vụ gì trong việc xây dựng doanh nghiệp học tập?", [],
  "Các kế hoạch không nêu Sở Khoa học và Công nghệ.", [], probe=r"khoa hoc va cong nghe", about=BOTH)
q("unanswerable", "Hiệp hội doanh nghiệp FDI Hải Phòng tham gia kế hoạch như thế nào?", [],
  "Các kế hoạch không nêu hiệp hội doanh nghiệp nào.", [], probe=r"hiep hoi|hoi doanh nghiep", about=BOTH)
q("unanswerable", "Công an thành phố Hải Phòng phối hợp gì trong phong trào Công nhân học tập?", [],
  "Các kế hoạch không giao việc cho Công an thành phố.", [], probe=r"cong an", about=BOTH)
q("unanswerable", "Kế hoạch 415/KH-UBND của UBND thành phố Hải Phòng đặt chỉ tiêu doanh nghiệp học tập bao nhiêu?", [],
  "Kế hoạch 415/KH-UBND chỉ được viện dẫn làm căn cứ trong Kế hoạch 86/KH-BQL; nội dung, chỉ tiêu của nó không có trong các kế hoạch đã tải.", [],
  probe=r"415/kh-ubnd[^;]{0,200}(%|chi tieu)", about=BOTH)
q("unanswerable", "Chương trình phối hợp 07/CTPH-BQL-LĐLĐ do ai ký và có hiệu lực đến năm nào?", [],
  "Chương trình phối hợp 07/CTPH-BQL-LĐLĐ chỉ được viện dẫn (số, ngày 20/01/2026 và chủ đề); người ký và thời hạn hiệu lực không có trong các kế hoạch.", [],
  probe=r"07/ctph[^;]{0,250}(hieu luc|\bky\b|den nam)", about=BOTH)
q("unanswerable", "Hướng dẫn 18/HD-TLĐ của Tổng Liên đoàn do ai ký?", [],
  "Hướng dẫn 18/HD-TLĐ chỉ được viện dẫn làm căn cứ (số, ngày 10/02/2026); người ký không có trong các kế hoạch.", [],
  probe=r"18/hd-tld[^;]{0,200}(\bky\b|chu tich)", about=BOTH)
q("unanswerable", "Theo Kế hoạch 108/KH-UBND của thành phố Hải Phòng, chỉ tiêu Công dân học tập năm 2025 là bao nhiêu?", [],
  "Kế hoạch 108/KH-UBND chỉ được viện dẫn (trong Kế hoạch 52/KH-LĐLĐ và kế hoạch của huyện An Lão); chỉ tiêu của nó không có trong các kế hoạch đã tải.", [],
  probe=r"108 ?/kh-ubnd[^;]{0,200}%", about=[P, ANLAO])
q("unanswerable", "Liên đoàn Lao động huyện An Lão được giao gì trong Kế hoạch 52/KH-LĐLĐ?", [],
  "Kế hoạch 52/KH-LĐLĐ không nêu LĐLĐ huyện An Lão; nó giao việc cho các công đoàn cấp trên trực tiếp cơ sở nói chung. Kế hoạch của huyện An Lão cũng không giao việc cho Liên đoàn Lao động huyện.", [],
  probe=r"lien doan lao dong huyen|\ban lao\b", about=[P])
q("unanswerable", "Điểm chuẩn để một doanh nghiệp được công nhận Doanh nghiệp học tập là bao nhiêu điểm?", [],
  "Các kế hoạch chưa có: Bộ tiêu chí đánh giá “Doanh nghiệp học tập” sẽ do Ban Quản lý ban hành theo lộ trình (quý III/2026); thang điểm 100 trong Kế hoạch 52/KH-LĐLĐ là để bình xét cá nhân “Công nhân học tập”, không phải doanh nghiệp.", [],
  probe=r"doanh nghiep hoc tap[^.]{0,80}\d+ diem", about=BOTH)
q("unanswerable", "Doanh nghiệp đạt danh hiệu Doanh nghiệp học tập có được giảm thuế không?", [],
  "Các kế hoạch không nêu ưu đãi thuế cho doanh nghiệp học tập; chỉ có biểu dương và hỗ trợ một lần 20 triệu đồng cho doanh nghiệp dưới 200 lao động.", [],
  probe=r"thue", about=BOTH)
q("unanswerable", "Số điện thoại liên hệ của Phòng Quản lý lao động là bao nhiêu?", [],
  "Kế hoạch 86/KH-BQL không có số điện thoại liên hệ.", [], probe=r"dien thoai|hotline|email", about=BOTH)
q("unanswerable", "What is the learning-enterprise target for the Dinh Vu industrial park in 2027?", [],
  "The plans do not set one: Bảng 2 gives Đình Vũ's learning-enterprise share only for 2030 (60%); the 2027 figures exist only for the zone as a whole.", [],
  probe=r"khu cong nghiep \| doanh nghiep dat[^|]*2027", about=BOTH)
q("unanswerable", "How many workers took training courses in Hai Phong's industrial parks in 2025?", [],
  "The plans do not report 2025 results; they only set targets for 2026-2030.", [],
  probe=r"nam 2025[^.]{0,80}(cong nhan|lao dong|khoa)", about=BOTH)
q("unanswerable", "What monthly allowance do union officers get for running the reading corners?", [],
  "The plans set no allowance for union officers; the only amounts are the awards, the 20-million support to small enterprises and the budgets.", [],
  probe=r"phu cap|thu lao|hang thang[^.]{0,40}dong", about=BOTH)
q("unanswerable", "Còn KCN VSIP Bắc Ninh?", [],
  "Kế hoạch 86/KH-BQL chỉ giao chỉ tiêu cho các KCN của Hải Phòng (có KCN VSIP Hải Phòng); không có KCN VSIP Bắc Ninh.", [],
  history=h("KCN VSIP Hải Phòng có chỉ tiêu doanh nghiệp học tập bao nhiêu?", "65% đến năm 2030, 15 lớp kỹ năng số mỗi năm."),
  probe=r"bac ninh", about=ALL)


# ------------------------------------------------------------------ write
def fold(s):
    s = unicodedata.normalize("NFD", check_sets.norm(s).lower().replace("đ", "d"))
    return "".join(c for c in s if unicodedata.category(c) != "Mn")


def main():
    problems = []
    out = []
    seen = set()
    for n, x in enumerate(Q, 1):
        qid = f"p58-{n:03d}"
        if x["question"] in seen:
            problems.append(f"{qid}: duplicate question")
        seen.add(x["question"])
        docs = []
        for d, _ in x["ev"]:
            if d not in docs:
                docs.append(d)
        for d, s in x["ev"]:
            if check_sets.norm(s) not in check_sets.text_of(d):
                problems.append(f"{qid}: span missing in {d}: {s!r}")
        for kf in x["kf"]:
            k = check_sets.norm(kf).lower()
            if k not in check_sets.norm(x["answer"]).lower():
                problems.append(f"{qid}: key fact {kf!r} not in answer")
            if not any(k in check_sets.norm(s).lower() for _, s in x["ev"]):
                problems.append(f"{qid}: key fact {kf!r} in no cited span")
        if x["type"] == "follow_up" and not x["history"]:
            problems.append(f"{qid}: follow_up without history")
        if x["type"] == "unanswerable":
            if x["ev"] or x["kf"]:
                problems.append(f"{qid}: unanswerable with evidence/key facts")
            if not x["probe"]:
                problems.append(f"{qid}: unanswerable without probe")
            else:
                for d in x["about"]:
                    m = re.search(x["probe"], fold(check_sets.text_of(d)))
                    if m:
                        problems.append(f"{qid}: probe {x['probe']!r} matches {d}: {m.group(0)!r}")
        elif not x["ev"] or not x["kf"]:
            problems.append(f"{qid}: answerable without evidence/key facts")
        out.append({"id": qid, "question": x["question"], "type": x["type"], "docs": docs,
                    "evidence": [{"doc": d, "span": s} for d, s in x["ev"]], "answer": x["answer"],
                    "key_facts": x["kf"], "history": x["history"]})
    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} problems; nothing written")
        return 1
    with open(OUT, "w", encoding="utf-8") as f:
        for r in out:
            f.write(unicodedata.normalize("NFC", json.dumps(r, ensure_ascii=False)) + "\n")
    counts = {}
    for r in out:
        counts[r["type"]] = counts.get(r["type"], 0) + 1
    print(f"wrote {len(out)} questions to {OUT}: {dict(sorted(counts.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
