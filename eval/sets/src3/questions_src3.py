"""Hand-written questions on the third held-out set's plans; writes eval/sets/newplans3.jsonl (FORMAT.md format).

    python eval/sets/src3/questions_src3.py

Written from the plan texts (plans3/ and the five bundled plans) only, without reading the product code.
docs of a question = the plans its evidence comes from (in order); [] for unanswerable questions.
Spans are taken from the text as extracted (see check_sets.py): docx paragraphs and table cells (an appendix
row is cited by its cells, one span per cell), pypdf lines for the PDF (a Bảng 1 row is cited as its whole
extracted line, indicator and figures), the markdown as is (the checker drops the ** marks).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "newplans3.jsonl")

LN = "lucngan_203-KH-UBND_2024.docx"
NK = "nghiaky_45-KH-UBND_2025.md"
HCM = "tphcm_5210-KH-UBND_2024.pdf"
HUE = "000_4550be4bb11189cd.txt"
ML = "001_7bafa58816a5de75.txt"
HN = "002_797e8de6131c77f9.txt"

QS = []


def Q(type_, question, evidence, answer, key_facts, history=()):
    docs = []
    for d, _ in evidence:
        if d not in docs:
            docs.append(d)
    QS.append({"id": f"p{len(QS) + 1:03d}", "question": question, "type": type_, "docs": docs,
               "evidence": [{"doc": d, "span": s} for d, s in evidence], "answer": answer,
               "key_facts": list(key_facts),
               "history": [{"role": r, "content": c} for r, c in history]})


def U(question, answer, history=()):
    Q("unanswerable", question, [], answer, [], history)


# ------------------------------------------------------------------ agency_tasks
Q("agency_tasks", "Theo kế hoạch xây dựng xã hội học tập của huyện Lục Ngạn, Phòng Nông nghiệp và Phát triển nông thôn chủ trì nhiệm vụ gì, phối hợp với ai và phải xong khi nào?",
  [(LN, "Phòng Nông nghiệp và Phát triển nông thôn"),
   (LN, "Trung tâm Dịch vụ nông nghiệp huyện; Hội Nông dân huyện"),
   (LN, "Trước tháng 4 hằng năm")],
  "Theo Phụ lục, Phòng Nông nghiệp và Phát triển nông thôn chủ trì tập huấn kỹ thuật sản xuất vải thiều, cây ăn quả theo tiêu chuẩn VietGAP, GlobalGAP; phối hợp với Trung tâm Dịch vụ nông nghiệp huyện và Hội Nông dân huyện; thời gian hoàn thành: trước tháng 4 hằng năm.",
  ["vải thiều", "Hội Nông dân huyện", "tháng 4"])
Q("agency_tasks", "Phòng Dân tộc huyện Lục Ngạn tham gia những nhiệm vụ nào trong kế hoạch xây dựng xã hội học tập 2025-2030?",
  [(LN, "Phòng Dân tộc; Hội Liên hiệp Phụ nữ huyện"),
   (LN, "Phòng Dân tộc; các doanh nghiệp, hợp tác xã")],
  "Phòng Dân tộc không chủ trì nhiệm vụ nào; theo Phụ lục, Phòng phối hợp với Phòng Giáo dục và Đào tạo mở lớp xóa mù chữ, chống tái mù chữ cho đồng bào dân tộc thiểu số (trước tháng 12/2027) và phối hợp với Hội Khuyến học huyện vận động Quỹ khuyến học, trao học bổng “Vì học sinh nghèo vùng cao” (tháng 8 hằng năm).",
  ["phối hợp", "xóa mù chữ", "Vì học sinh nghèo vùng cao"])
Q("agency_tasks", "Phòng Tài chính - Kế hoạch huyện Lục Ngạn được giao việc gì trong kế hoạch này?",
  [(LN, "Tham mưu Ủy ban nhân dân huyện bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm; hướng dẫn các xã, thị trấn lồng ghép nguồn vốn các chương trình mục tiêu quốc gia.")],
  "Tham mưu Ủy ban nhân dân huyện bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm; hướng dẫn các xã, thị trấn lồng ghép nguồn vốn các chương trình mục tiêu quốc gia.",
  ["bố trí kinh phí", "chương trình mục tiêu quốc gia"])
Q("agency_tasks", "Huyện đoàn Lục Ngạn chủ trì nhiệm vụ gì theo kế hoạch xã hội học tập, và hạn là khi nào?",
  [(LN, "Thành lập đội thanh niên tình nguyện hướng dẫn kỹ năng số cho người dân"),
   (LN, "Tháng 6/2025")],
  "Theo Phụ lục, Huyện đoàn chủ trì thành lập đội thanh niên tình nguyện hướng dẫn kỹ năng số cho người dân, phối hợp với Phòng Văn hóa và Thông tin và Bưu điện huyện Lục Ngạn, hoàn thành trong tháng 6/2025.",
  ["thanh niên tình nguyện", "kỹ năng số", "6/2025"])
Q("agency_tasks", "Kế hoạch xây dựng xã hội học tập của xã Nghĩa Kỳ giao Hội Khuyến học xã những việc gì?",
  [(NK, "Chủ trì bình xét danh hiệu “Dòng họ học tập”; quản lý, sử dụng Quỹ khuyến học đúng mục đích; trao học bổng cho học sinh có hoàn cảnh khó khăn vào dịp khai giảng năm học.")],
  "Hội Khuyến học xã chủ trì bình xét danh hiệu “Dòng họ học tập”; quản lý, sử dụng Quỹ khuyến học đúng mục đích; trao học bổng cho học sinh có hoàn cảnh khó khăn vào dịp khai giảng năm học.",
  ["Dòng họ học tập", "Quỹ khuyến học", "học bổng"])
Q("agency_tasks", "Các trường ở xã Nghĩa Kỳ phải làm gì theo kế hoạch xây dựng xã hội học tập giai đoạn 2025 - 2027?",
  [(NK, "cử giáo viên tham gia giảng dạy tại Trung tâm học tập cộng đồng; mở cửa thư viện trường phục vụ người dân vào chiều thứ Bảy hằng tuần")],
  "Trường Mầm non, Trường Tiểu học và Trường Trung học cơ sở Nghĩa Kỳ duy trì kết quả phổ cập giáo dục, xóa mù chữ; cử giáo viên tham gia giảng dạy tại Trung tâm học tập cộng đồng; mở cửa thư viện trường phục vụ người dân vào chiều thứ Bảy hằng tuần.",
  ["giáo viên", "thư viện trường", "chiều thứ Bảy"])
Q("agency_tasks", "Ban Quản lý các Khu chế xuất và công nghiệp Thành phố Hồ Chí Minh có nhiệm vụ gì trong kế hoạch xây dựng xã hội học tập 2025-2030?",
  [(HCM, "Phối hợp với Liên đoàn Lao động Thành phố vận động doanh nghiệp tổ chức lớp học cho công nhân; xây dựng tủ sách tại các khu nhà lưu trú công nhân.")],
  "Phối hợp với Liên đoàn Lao động Thành phố vận động doanh nghiệp tổ chức lớp học cho công nhân; xây dựng tủ sách tại các khu nhà lưu trú công nhân.",
  ["Liên đoàn Lao động", "tủ sách", "nhà lưu trú công nhân"])
Q("agency_tasks", "Sở Thông tin và Truyền thông TP Hồ Chí Minh được giao gì trong kế hoạch 5210/KH-UBND?",
  [(HCM, "Phối hợp với Sở Giáo dục và Đào tạo tích hợp nền tảng “Học tập suốt đời TP.HCM” với ứng dụng Công dân số; chỉ đạo các cơ quan báo chí mở chuyên mục về học tập suốt đời.")],
  "Phối hợp với Sở Giáo dục và Đào tạo tích hợp nền tảng “Học tập suốt đời TP.HCM” với ứng dụng Công dân số; chỉ đạo các cơ quan báo chí mở chuyên mục về học tập suốt đời.",
  ["Công dân số", "báo chí"])
Q("agency_tasks", "Sở Văn hóa và Thể thao Thành phố Hồ Chí Minh phải làm gì theo kế hoạch xây dựng xã hội học tập?",
  [(HCM, "Chỉ đạo hệ thống thư viện, bảo tàng, nhà văn hóa tổ chức hoạt động học tập cho người dân; chủ trì tổ chức Ngày Sách và Văn hóa đọc Việt Nam (21/4) hằng năm.")],
  "Chỉ đạo hệ thống thư viện, bảo tàng, nhà văn hóa tổ chức hoạt động học tập cho người dân; chủ trì tổ chức Ngày Sách và Văn hóa đọc Việt Nam (21/4) hằng năm.",
  ["thư viện", "Ngày Sách và Văn hóa đọc Việt Nam", "21/4"])
# ------------------------------------------------------------------ target
Q("target", "Đến năm 2030 huyện Lục Ngạn phấn đấu bao nhiêu phần trăm dòng họ đạt danh hiệu Dòng họ học tập?",
  [(LN, "50% dòng họ đạt danh hiệu “Dòng họ học tập”")],
  "50% dòng họ đạt danh hiệu “Dòng họ học tập” vào năm 2030 (30% vào năm 2025).",
  ["50%"])
Q("target", "Huyện Lục Ngạn đặt mục tiêu bao nhiêu xã, thị trấn đạt Cộng đồng học tập cấp xã mức độ 3 vào năm 2030?",
  [(LN, "20/29 xã, thị trấn được công nhận “Cộng đồng học tập” cấp xã mức độ 3.")],
  "20/29 xã, thị trấn được công nhận “Cộng đồng học tập” cấp xã mức độ 3 vào năm 2030.",
  ["20/29"])
Q("target", "Theo kế hoạch của Lục Ngạn, tỷ lệ biết chữ của người dân tộc thiểu số phải đạt bao nhiêu vào năm 2030?",
  [(LN, "Tỷ lệ người trong độ tuổi từ 15 đến 60 biết chữ đạt 99%, riêng người dân tộc thiểu số đạt 98%.")],
  "Đến năm 2030, người dân tộc thiểu số trong độ tuổi từ 15 đến 60 biết chữ đạt 98% (chung toàn huyện 99%).",
  ["98%"])
Q("target", "Năm 2026 xã Nghĩa Kỳ phấn đấu bao nhiêu phần trăm hộ đạt danh hiệu Gia đình học tập?",
  [(NK, "năm 2026: 72% hộ gia đình")],
  "Năm 2026: 72% hộ gia đình đạt danh hiệu “Gia đình học tập” (68% năm 2025, 76% năm 2027).",
  ["72%"])
Q("target", "Xã Nghĩa Kỳ đặt chỉ tiêu bao nhiêu dòng họ đạt Dòng họ học tập trong năm 2026?",
  [(NK, "năm 2026: 15 dòng họ")],
  "Năm 2026: 15 dòng họ đạt danh hiệu “Dòng họ học tập” (12 năm 2025, 18 năm 2027).",
  ["15 dòng họ"])
Q("target", "Năm 2027 Thành phố Hồ Chí Minh đặt chỉ tiêu bao nhiêu phần trăm cơ quan, đơn vị đạt Đơn vị học tập?",
  [(HCM, "Cơ quan, đơn vị đạt “Đơn vị học tập” 55% 65% 80%")],
  "Theo Bảng 1, năm 2027 là 65% cơ quan, đơn vị đạt “Đơn vị học tập” (55% năm 2025, 80% năm 2030).",
  ["65%"])
Q("target", "Đến năm 2030 TP Hồ Chí Minh cần bao nhiêu phường, xã, thị trấn đạt Cộng đồng học tập cấp xã mức độ 3?",
  [(HCM, "Phường, xã, thị trấn đạt “Cộng đồng học tập” cấp xã mức độ 3 90 150 240")],
  "Theo Bảng 1, 240 phường, xã, thị trấn vào năm 2030 (90 năm 2025, 150 năm 2027).",
  ["240"])
Q("target", "Theo kế hoạch của TP Hồ Chí Minh, năm 2025 bao nhiêu phần trăm công nhân khu chế xuất, khu công nghiệp phải được bồi dưỡng kỹ năng nghề?",
  [(HCM, "Công nhân khu chế xuất, khu công nghiệp được bồi dưỡng kỹ năng nghề 30% 40% 60%")],
  "Theo Bảng 1, 30% vào năm 2025 (40% năm 2027, 60% năm 2030).",
  ["30%"])
Q("target", "Năm 2023, trước khi có kế hoạch, tỷ lệ hộ gia đình đạt Gia đình học tập ở TP Hồ Chí Minh là bao nhiêu?",
  [(HCM, "Số liệu năm 2023 (cơ sở): 41,2% hộ gia đình đạt “Gia đình học tập”")],
  "Theo chú thích của Bảng 1, số liệu cơ sở năm 2023 là 41,2% hộ gia đình đạt “Gia đình học tập” (và 33,5% công dân đạt “Công dân học tập”).",
  ["41,2%"])
# ------------------------------------------------------------------ deadline
Q("deadline", "Ủy ban nhân dân các xã, thị trấn của huyện Lục Ngạn phải xây dựng xong kế hoạch của địa phương trước ngày nào?",
  [(LN, "a/ Xây dựng kế hoạch thực hiện của địa phương, hoàn thành trước ngày 31/12/2024.")],
  "Trước ngày 31/12/2024.",
  ["31/12/2024"])
Q("deadline", "Theo kế hoạch huyện Lục Ngạn, thư viện số và tủ sách cộng đồng ở các thôn, bản phải xây dựng xong khi nào và ai chủ trì?",
  [(LN, "Xây dựng thư viện số, tủ sách cộng đồng tại các thôn, bản"),
   (LN, "Trước ngày 31/12/2027")],
  "Theo Phụ lục, Trung tâm Văn hóa, Thông tin và Thể thao huyện chủ trì (phối hợp Phòng Văn hóa và Thông tin, UBND các xã, thị trấn), hoàn thành trước ngày 31/12/2027.",
  ["Trung tâm Văn hóa, Thông tin và Thể thao", "31/12/2027"])
Q("deadline", "Trung tâm học tập cộng đồng xã Nghĩa Kỳ phải hoàn thành kế hoạch hoạt động hằng năm trước ngày nào?",
  [(NK, "Xây dựng kế hoạch hoạt động hằng năm, hoàn thành trước ngày 15/01")],
  "Trước ngày 15/01 hằng năm.",
  ["15/01"])
Q("deadline", "Trưởng thôn ở xã Nghĩa Kỳ phải gửi kết quả bình xét Gia đình học tập về xã trước ngày nào?",
  [(NK, "bình xét và gửi kết quả về Ủy ban nhân dân xã trước ngày 15/11 hằng năm")],
  "Trước ngày 15/11 hằng năm.",
  ["15/11"])
Q("deadline", "Theo kế hoạch của TP Hồ Chí Minh, thành phố Thủ Đức và các quận, huyện phải gửi báo cáo 6 tháng và báo cáo năm khi nào?",
  [(HCM, "báo cáo kết quả thực hiện 6 tháng trước ngày 10/6 và báo cáo năm trước ngày 10/11 hằng năm về Sở Giáo dục và Đào tạo")],
  "Báo cáo 6 tháng trước ngày 10/6 và báo cáo năm trước ngày 10/11 hằng năm, gửi về Sở Giáo dục và Đào tạo.",
  ["10/6", "10/11"])
Q("deadline", "Sở Giáo dục và Đào tạo TP Hồ Chí Minh phải nộp báo cáo sơ kết giữa kỳ kế hoạch xã hội học tập trước ngày nào?",
  [(HCM, "báo cáo sơ kết giữa kỳ trước ngày 30/9/2027")],
  "Trước ngày 30/9/2027 (báo cáo tổng kết trước ngày 30/9/2030).",
  ["30/9/2027"])
Q("deadline", "Nền tảng Học tập suốt đời TP.HCM được đưa vào vận hành từ khi nào?",
  [(HCM, "đưa vào vận hành từ Quý III/2025")],
  "Từ Quý III/2025; đến năm 2027 cung cấp tối thiểu 500 khóa học mở miễn phí.",
  ["Quý III/2025"])
# ------------------------------------------------------------------ funding
Q("funding", "Ngân sách huyện Lục Ngạn bố trí bao nhiêu cho kế hoạch xây dựng xã hội học tập giai đoạn 2025 - 2030?",
  [(LN, "Ngân sách huyện bố trí 1,5 tỷ đồng cho cả giai đoạn 2025 - 2030 (bình quân 250 triệu đồng/năm)")],
  "1,5 tỷ đồng cho cả giai đoạn 2025 - 2030 (bình quân 250 triệu đồng/năm), giao trong dự toán chi sự nghiệp giáo dục hằng năm của Phòng Giáo dục và Đào tạo.",
  ["1,5 tỷ đồng", "250 triệu"])
Q("funding", "Mỗi Trung tâm học tập cộng đồng ở Lục Ngạn được ngân sách xã bố trí tối thiểu bao nhiêu mỗi năm?",
  [(LN, "Ngân sách xã, thị trấn bố trí tối thiểu 15 triệu đồng/năm cho hoạt động của mỗi Trung tâm học tập cộng đồng.")],
  "Tối thiểu 15 triệu đồng/năm cho mỗi Trung tâm học tập cộng đồng, do ngân sách xã, thị trấn bố trí.",
  ["15 triệu đồng"])
Q("funding", "Kinh phí thực hiện kế hoạch xây dựng xã hội học tập của xã Nghĩa Kỳ lấy từ những nguồn nào?",
  [(NK, "ngân sách xã bố trí trong dự toán hằng năm; kinh phí lồng ghép từ Chương trình mục tiêu quốc gia xây dựng nông thôn mới; Quỹ khuyến học xã; các nguồn xã hội hóa")],
  "Từ ngân sách xã bố trí trong dự toán hằng năm; kinh phí lồng ghép từ Chương trình mục tiêu quốc gia xây dựng nông thôn mới; Quỹ khuyến học xã; các nguồn xã hội hóa và các nguồn huy động hợp pháp khác. Kế hoạch không nêu số tiền.",
  ["ngân sách xã", "nông thôn mới", "Quỹ khuyến học"])
Q("funding", "Tổng kinh phí dự kiến của kế hoạch xây dựng xã hội học tập TP Hồ Chí Minh giai đoạn 2025 - 2030 là bao nhiêu?",
  [(HCM, "Tổng kinh phí dự kiến giai đoạn 2025 - 2030 là 126 tỷ đồng")],
  "126 tỷ đồng, trong đó ngân sách Thành phố 84 tỷ đồng; ngân sách thành phố Thủ Đức và các quận, huyện 30 tỷ đồng; nguồn xã hội hóa 12 tỷ đồng.",
  ["126 tỷ đồng"])
Q("funding", "Ở TP Hồ Chí Minh, mỗi Trung tâm học tập cộng đồng được hỗ trợ tối thiểu bao nhiêu tiền một năm và từ ngân sách nào?",
  [(HCM, "hỗ trợ hoạt động của mỗi Trung tâm học tập cộng đồng tối thiểu 20 triệu đồng/năm")],
  "Tối thiểu 20 triệu đồng/năm, từ ngân sách thành phố Thủ Đức và các quận, huyện.",
  ["20 triệu đồng", "quận, huyện"])
# ------------------------------------------------------------------ legal_basis
Q("legal_basis", "Kế hoạch 203/KH-UBND của huyện Lục Ngạn được ban hành để thực hiện những văn bản nào của tỉnh và của huyện?",
  [(LN, "Kế hoạch số 148/KH-UBND ngày 12/8/2024 của Ủy ban nhân dân tỉnh Bắc Giang"),
   (LN, "Nghị quyết số 08-NQ/HU ngày 20/6/2024 của Ban Chấp hành Đảng bộ huyện")],
  "Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ; Kế hoạch số 148/KH-UBND ngày 12/8/2024 của Ủy ban nhân dân tỉnh Bắc Giang; Nghị quyết số 08-NQ/HU ngày 20/6/2024 của Ban Chấp hành Đảng bộ huyện về phát triển nguồn nhân lực gắn với kinh tế vườn đồi.",
  ["148/KH-UBND", "08-NQ/HU"])
Q("legal_basis", "Kế hoạch xây dựng xã hội học tập của xã Nghĩa Kỳ căn cứ vào kế hoạch nào của huyện?",
  [(NK, "Căn cứ Kế hoạch số 62/KH-UBND ngày 24/02/2025 của Ủy ban nhân dân huyện Tư Nghĩa")],
  "Kế hoạch số 62/KH-UBND ngày 24/02/2025 của Ủy ban nhân dân huyện Tư Nghĩa về xây dựng xã hội học tập trên địa bàn huyện năm 2025 và định hướng đến năm 2027 (cùng Nghị quyết số 05/NQ-HĐND ngày 20/12/2024 của HĐND xã).",
  ["62/KH-UBND", "Tư Nghĩa"])
Q("legal_basis", "Chỉ thị nào của Thành ủy là căn cứ của kế hoạch xây dựng xã hội học tập TP Hồ Chí Minh, và nó thay thế chỉ thị nào?",
  [(HCM, "Căn cứ Chỉ thị số 14-CT/TU ngày 09 tháng 5 năm 2024 của Ban Thường vụ Thành ủy"),
   (HCM, "Chỉ thị số 14-CT/TU thay thế Chỉ thị số 07-CT/TU ngày 15 tháng 3 năm 2019 của Ban Thường vụ Thành ủy.")],
  "Chỉ thị số 14-CT/TU ngày 09/5/2024 của Ban Thường vụ Thành ủy; theo chú thích, chỉ thị này thay thế Chỉ thị số 07-CT/TU ngày 15/3/2019.",
  ["14-CT/TU", "07-CT/TU"])
Q("legal_basis", "Kế hoạch của TP Hồ Chí Minh căn cứ những quyết định nào của Thủ tướng Chính phủ?",
  [(HCM, "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ"),
   (HCM, "Căn cứ Quyết định số 677/QĐ-TTg ngày 03 tháng 6 năm 2022 của Thủ tướng Chính phủ")],
  "Quyết định số 1373/QĐ-TTg ngày 30/7/2021 phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030” và Quyết định số 677/QĐ-TTg ngày 03/6/2022 phê duyệt Chương trình “Xây dựng mô hình Công dân học tập giai đoạn 2021 - 2030”.",
  ["1373/QĐ-TTg", "677/QĐ-TTg"])
# ------------------------------------------------------------------ purpose
Q("purpose", "Kế hoạch xây dựng xã hội học tập của huyện Lục Ngạn nhằm mục đích gì?",
  [(LN, "đồng bào dân tộc Tày, Nùng, Sán Dìu, Hoa ở các xã vùng cao"),
   (LN, "c- Gắn học tập suốt đời với phát triển vùng sản xuất vải thiều, cây ăn quả theo tiêu chuẩn VietGAP, GlobalGAP và với xây dựng nông thôn mới.")],
  "Cụ thể hóa nhiệm vụ của tỉnh Bắc Giang phù hợp với một huyện miền núi; tạo cơ hội học tập suốt đời cho mọi người dân, nhất là đồng bào dân tộc Tày, Nùng, Sán Dìu, Hoa ở các xã vùng cao, góp phần giảm nghèo bền vững; gắn học tập suốt đời với phát triển vùng sản xuất vải thiều, cây ăn quả theo VietGAP, GlobalGAP và xây dựng nông thôn mới.",
  ["dân tộc", "giảm nghèo", "vải thiều"])
Q("purpose", "Mục đích, yêu cầu của kế hoạch xã hội học tập xã Nghĩa Kỳ là gì?",
  [(NK, "Khơi dậy tinh thần tự học trong mỗi gia đình, mỗi thôn"),
   (NK, "nhất là phụ nữ, người cao tuổi và thanh niên chưa có việc làm ổn định")],
  "Triển khai kịp thời nhiệm vụ huyện Tư Nghĩa giao; khơi dậy tinh thần tự học trong mỗi gia đình, mỗi thôn; phát huy vai trò của Trung tâm học tập cộng đồng, nhà trường, đoàn thể để tạo cơ hội học tập cho người dân, nhất là phụ nữ, người cao tuổi và thanh niên chưa có việc làm ổn định; triển khai cụ thể, gắn với nông thôn mới nâng cao, công khai chỉ tiêu từng năm tại hội nghị thôn.",
  ["tự học", "phụ nữ, người cao tuổi"])
Q("purpose", "TP Hồ Chí Minh ban hành kế hoạch xây dựng xã hội học tập 2025-2030 nhằm mục đích gì?",
  [(HCM, "nhất là công nhân tại các khu chế xuất, khu công nghiệp, người lao động nhập cư và người cao tuổi"),
   (HCM, "theo tiêu chí của Mạng lưới các thành phố học tập toàn cầu")],
  "Cụ thể hóa Đề án phù hợp với vị trí trung tâm kinh tế, tài chính, giáo dục - đào tạo; tạo cơ hội học tập suốt đời cho mọi người dân, nhất là công nhân tại các khu chế xuất, khu công nghiệp, người lao động nhập cư và người cao tuổi; từng bước xây dựng Thành phố thành thành phố học tập theo tiêu chí của Mạng lưới các thành phố học tập toàn cầu.",
  ["công nhân", "lao động nhập cư", "thành phố học tập"])
# ------------------------------------------------------------------ task_section
Q("task_section", "Kế hoạch của huyện Lục Ngạn đề ra những giải pháp gì để xóa mù chữ cho đồng bào dân tộc thiểu số?",
  [(LN, "Mở các lớp xóa mù chữ, chống tái mù chữ tại các xã Sa Lý, Phong Minh, Phong Vân, Tân Sơn"),
   (LN, "lớp học được tổ chức vào buổi tối hoặc sau mùa thu hoạch vải, có giáo viên biết tiếng dân tộc tham gia giảng dạy")],
  "Mở các lớp xóa mù chữ, chống tái mù chữ tại các xã Sa Lý, Phong Minh, Phong Vân, Tân Sơn; lớp học tổ chức vào buổi tối hoặc sau mùa thu hoạch vải, có giáo viên biết tiếng dân tộc; người học hoàn thành được hỗ trợ tài liệu và giới thiệu học nghề ngắn hạn.",
  ["Sa Lý", "buổi tối", "tiếng dân tộc"])
Q("task_section", "Trung tâm học tập cộng đồng xã Nghĩa Kỳ sẽ tổ chức những chuyên đề nào?",
  [(NK, "trồng rau an toàn, nuôi bò sinh sản, sơ chế và bảo quản nông sản, phòng chống đuối nước cho trẻ em, kỹ năng số và dịch vụ công trực tuyến")],
  "Các chuyên đề: trồng rau an toàn, nuôi bò sinh sản, sơ chế và bảo quản nông sản, phòng chống đuối nước cho trẻ em, kỹ năng số và dịch vụ công trực tuyến; cùng trường học mở lớp tiếng Anh giao tiếp miễn phí cho thanh niên vào dịp hè.",
  ["rau an toàn", "bò sinh sản", "đuối nước"])
Q("task_section", "Kế hoạch của TP Hồ Chí Minh có những giải pháp gì về học tập trên môi trường số?",
  [(HCM, "Xây dựng nền tảng “Học tập suốt đời TP.HCM”, tích hợp với ứng dụng Công dân số của Thành phố"),
   (HCM, "Triển khai phong trào “Bình dân học vụ số” tại 100% khu phố, ấp")],
  "Xây dựng nền tảng “Học tập suốt đời TP.HCM” tích hợp với ứng dụng Công dân số, vận hành từ Quý III/2025 và có tối thiểu 500 khóa học mở miễn phí vào năm 2027; triển khai phong trào “Bình dân học vụ số” tại 100% khu phố, ấp, huy động đoàn viên, sinh viên hướng dẫn người dân dùng dịch vụ công trực tuyến và thanh toán không dùng tiền mặt.",
  ["Học tập suốt đời TP.HCM", "Bình dân học vụ số"])
Q("task_section", "Theo kế hoạch của TP Hồ Chí Minh, bảo tàng và nhà văn hóa tổ chức học tập cho người dân như thế nào?",
  [(HCM, "miễn phí cho học sinh và người cao tuổi vào ngày Chủ nhật đầu tiên của tháng")],
  "Các bảo tàng, nhà văn hóa tổ chức chương trình học tập trải nghiệm miễn phí cho học sinh và người cao tuổi vào ngày Chủ nhật đầu tiên của tháng; Thư viện Khoa học Tổng hợp Thành phố làm đầu mối liên thông dữ liệu thư viện số.",
  ["miễn phí", "Chủ nhật đầu tiên"])
# ------------------------------------------------------------------ cross_plan
Q("cross_plan", "So sánh chỉ tiêu Công dân học tập năm 2030 của TP Hồ Chí Minh và của Hà Nội.",
  [(HCM, "Công dân đạt “Công dân học tập” 40% 48% 60%"),
   (HN, "70% công dân đạt danh hiệu công dân học tập")],
  "TP Hồ Chí Minh đặt 60% công dân đạt “Công dân học tập” vào năm 2030 (Bảng 1); Hà Nội đặt 70% vào năm 2030.",
  ["60%", "70%"])
Q("cross_plan", "Đến năm 2030, huyện Lục Ngạn và huyện Mỹ Lộc mỗi nơi đặt bao nhiêu phần trăm công dân đạt danh hiệu Công dân học tập?",
  [(LN, "55% công dân đạt danh hiệu “Công dân học tập”"),
   (ML, "60% công dân đạt danh hiệu công dân học tập.")],
  "Lục Ngạn: 55% công dân đạt “Công dân học tập” vào năm 2030; Mỹ Lộc: 60%.",
  ["55%", "60%"])
Q("cross_plan", "Chỉ tiêu tỷ lệ người từ 15 đến 60 tuổi biết chữ đến năm 2030 của TP Hồ Chí Minh và Hà Nội là bao nhiêu?",
  [(HCM, "tỷ lệ người trong độ tuổi từ 15 đến 60 biết chữ đạt 99,6%"),
   (HN, "99,6% người trong độ tuổi 15-60 biết chữ.")],
  "Cả hai đều đặt 99,6% người trong độ tuổi 15 - 60 biết chữ vào năm 2030.",
  ["99,6%"])
Q("cross_plan", "Năm 2025, huyện Lục Ngạn và xã Nghĩa Kỳ mỗi nơi đặt chỉ tiêu bao nhiêu phần trăm hộ đạt Gia đình học tập?",
  [(LN, "45% hộ gia đình đạt danh hiệu “Gia đình học tập”"),
   (NK, "Năm 2025: 68% hộ gia đình")],
  "Lục Ngạn: 45% hộ gia đình đạt “Gia đình học tập” năm 2025; Nghĩa Kỳ: 68%.",
  ["45%", "68%"])
Q("cross_plan", "Kế hoạch của thành phố Huế và của xã Nghĩa Kỳ nói gì về nguồn kinh phí thực hiện?",
  [(HUE, "Kinh phí thực hiện Kế hoạch được bảo đảm từ nguồn ngân sách nhà nước theo phân cấp ngân sách hiện hành và các nguồn kinh phí hợp pháp khác."),
   (NK, "Kinh phí thực hiện Kế hoạch được bảo đảm từ các nguồn: ngân sách xã bố trí trong dự toán hằng năm")],
  "Huế: kinh phí từ ngân sách nhà nước theo phân cấp ngân sách hiện hành và các nguồn hợp pháp khác. Nghĩa Kỳ: ngân sách xã trong dự toán hằng năm, lồng ghép Chương trình mục tiêu quốc gia xây dựng nông thôn mới, Quỹ khuyến học xã, xã hội hóa. Cả hai không nêu số tiền.",
  ["phân cấp ngân sách", "nông thôn mới"])
Q("cross_plan", "Các đơn vị cấp huyện ở TP Hồ Chí Minh và các xã, thị trấn ở Lục Ngạn phải gửi báo cáo năm trước ngày nào?",
  [(HCM, "báo cáo năm trước ngày 10/11 hằng năm về Sở Giáo dục và Đào tạo"),
   (LN, "c/ Báo cáo kết quả thực hiện 6 tháng trước ngày 05/6 và báo cáo năm trước ngày 25/11 hằng năm về Phòng Giáo dục và Đào tạo.")],
  "TP Hồ Chí Minh: thành phố Thủ Đức và các quận, huyện báo cáo năm trước ngày 10/11 hằng năm về Sở Giáo dục và Đào tạo. Lục Ngạn: các xã, thị trấn báo cáo năm trước ngày 25/11 hằng năm về Phòng Giáo dục và Đào tạo.",
  ["10/11", "25/11"])
# ------------------------------------------------------------------ no_diacritics
Q("no_diacritics", "Hoi Nong dan huyen Luc Ngan phoi hop thuc hien nhiem vu nao trong ke hoach xay dung xa hoi hoc tap?",
  [(LN, "Trung tâm Dịch vụ nông nghiệp huyện; Hội Nông dân huyện")],
  "Theo Phụ lục, Hội Nông dân huyện phối hợp (cùng Trung tâm Dịch vụ nông nghiệp huyện) với Phòng Nông nghiệp và Phát triển nông thôn tập huấn kỹ thuật sản xuất vải thiều, cây ăn quả theo tiêu chuẩn VietGAP, GlobalGAP, trước tháng 4 hằng năm.",
  ["vải thiều", "VietGAP"])
Q("no_diacritics", "Xa Nghia Ky phan dau bao nhieu phan tram cong dan dat Cong dan hoc tap nam 2027?",
  [(NK, "Năm 2025: 45%; năm 2026: 50%; năm 2027: 55%.")],
  "Năm 2027: 55% người dân từ 15 tuổi trở lên đạt danh hiệu “Công dân học tập”.",
  ["55%"])
Q("no_diacritics", "TP Ho Chi Minh muon co bao nhieu luot nguoi hoc tren nen tang hoc tap truc tuyen vao nam 2030?",
  [(HCM, "Lượt người học trên nền tảng học tập trực tuyến của Thành phố 0,5 triệu 1 triệu 2 triệu")],
  "Theo Bảng 1, 2 triệu lượt người học vào năm 2030 (0,5 triệu năm 2025, 1 triệu năm 2027).",
  ["2 triệu"])
Q("no_diacritics", "Luc Ngan: Phong Noi vu phai lam gi va khi nao?",
  [(LN, "Đánh giá, công nhận “Đơn vị học tập” đối với cơ quan, đơn vị cấp huyện"),
   (LN, "Tháng 11 hằng năm")],
  "Theo Phụ lục, Phòng Nội vụ chủ trì đánh giá, công nhận “Đơn vị học tập” đối với cơ quan, đơn vị cấp huyện, vào tháng 11 hằng năm.",
  ["Đơn vị học tập", "tháng 11"])
Q("no_diacritics", "Xa Nghia Ky phat chuyen muc gi tren loa truyen thanh, vao nhung toi nao?",
  [(NK, "Phát trên hệ thống loa truyền thanh xã chuyên mục “Cả làng cùng học” vào tối thứ Tư và tối Chủ nhật hằng tuần")],
  "Chuyên mục “Cả làng cùng học”, phát vào tối thứ Tư và tối Chủ nhật hằng tuần trên hệ thống loa truyền thanh xã.",
  ["Cả làng cùng học", "thứ Tư", "Chủ nhật"])
# ------------------------------------------------------------------ abbreviation
Q("abbreviation", "Theo KH 203/KH-UBND của UBND huyện Lục Ngạn, TTGDNN-GDTX huyện chủ trì việc gì?",
  [(LN, "Đào tạo nghề ngắn hạn cho lao động nông thôn, ưu tiên lao động người dân tộc thiểu số"),
   (LN, "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện")],
  "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện chủ trì đào tạo nghề ngắn hạn cho lao động nông thôn, ưu tiên lao động người dân tộc thiểu số, phối hợp Phòng Lao động - Thương binh và Xã hội và UBND các xã, thị trấn, thực hiện hằng năm.",
  ["đào tạo nghề", "dân tộc thiểu số"])
Q("abbreviation", "Theo KH của TP.HCM, Sở LĐ-TB&XH phải đào tạo nghề cho bao nhiêu LĐ mỗi năm?",
  [(HCM, "phấn đấu mỗi năm đào tạo nghề cho ít nhất 25.000 lao động")],
  "Sở Lao động - Thương binh và Xã hội phấn đấu mỗi năm đào tạo nghề cho ít nhất 25.000 lao động, nhất là lao động nhập cư và lao động mất việc làm.",
  ["25.000"])
Q("abbreviation", "UBMTTQ VN huyện Lục Ngạn được đề nghị làm gì trong KH xây dựng XHHT?",
  [(LN, "Phối hợp tuyên truyền, vận động đoàn viên, hội viên và nhân dân tích cực tham gia học tập; đưa tiêu chí học tập suốt đời vào cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”."),
   (LN, "Phòng Giáo dục và Đào tạo; Ủy ban MTTQ Việt Nam huyện")],
  "Phối hợp tuyên truyền, vận động đoàn viên, hội viên và nhân dân tham gia học tập; đưa tiêu chí học tập suốt đời vào cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”; theo Phụ lục, phối hợp với Hội Khuyến học huyện ban hành hướng dẫn đánh giá, công nhận các danh hiệu học tập (Quý I/2025).",
  ["tuyên truyền", "Toàn dân đoàn kết"])
Q("abbreviation", "TTHTCĐ xã Nghĩa Kỳ năm 2025 phải tổ chức ít nhất bao nhiêu chuyên đề?",
  [(NK, "Năm 2025: tổ chức ít nhất 12 chuyên đề, được xếp loại Khá")],
  "Ít nhất 12 chuyên đề và được xếp loại Khá; năm 2026 và 2027 mỗi năm ít nhất 15 chuyên đề, xếp loại Tốt.",
  ["12 chuyên đề"])
Q("abbreviation", "HLHPN xã Nghĩa Kỳ duy trì mô hình gì?",
  [(NK, "Hội Liên hiệp Phụ nữ xã duy trì mô hình “Mẹ đọc sách cùng con”")],
  "Hội Liên hiệp Phụ nữ xã duy trì mô hình “Mẹ đọc sách cùng con”.",
  ["Mẹ đọc sách cùng con"])
# ------------------------------------------------------------------ paraphrase
Q("paraphrase", "Ở Lục Ngạn, cơ quan nào lo việc dạy bà con bán vải trên mạng?",
  [(LN, "Hướng dẫn nông dân bán vải thiều, nông sản qua sàn thương mại điện tử"),
   (LN, "Phòng Kinh tế và Hạ tầng")],
  "Phòng Kinh tế và Hạ tầng chủ trì hướng dẫn nông dân bán vải thiều, nông sản qua sàn thương mại điện tử, phối hợp với Bưu điện huyện Lục Ngạn và Huyện đoàn, trong năm 2025 - 2026.",
  ["Phòng Kinh tế và Hạ tầng", "thương mại điện tử"])
Q("paraphrase", "Người trẻ ở TP Hồ Chí Minh cần giỏi tiếng Anh đến mức nào vào cuối giai đoạn của kế hoạch?",
  [(HCM, "đến năm 2030, 45% người trong độ tuổi từ 15 đến 35 có khả năng giao tiếp bằng tiếng Anh ở trình độ bậc 3 trở lên")],
  "Đến năm 2030, 45% người trong độ tuổi từ 15 đến 35 có khả năng giao tiếp bằng tiếng Anh ở trình độ bậc 3 trở lên.",
  ["45%", "bậc 3"])
Q("paraphrase", "Xã Nghĩa Kỳ sẽ giúp lao động nông thôn học những nghề gì?",
  [(NK, "mở lớp đào tạo nghề may công nghiệp và sửa chữa máy nông nghiệp cho lao động nông thôn")],
  "Phối hợp với Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Tư Nghĩa mở lớp nghề may công nghiệp và sửa chữa máy nông nghiệp, rồi giới thiệu việc làm cho người học.",
  ["may công nghiệp", "sửa chữa máy nông nghiệp"])
Q("paraphrase", "Theo kế hoạch, mỗi người dân Sài Gòn nên đọc bao nhiêu cuốn sách một năm?",
  [(HCM, "bình quân mỗi người dân đọc 6 cuốn sách mỗi năm vào năm 2030")],
  "Bình quân mỗi người dân đọc 6 cuốn sách mỗi năm vào năm 2030.",
  ["6 cuốn"])
# ------------------------------------------------------------------ english
Q("english", "Which body leads the digital library and community bookshelves in Luc Ngan district's villages, and by when?",
  [(LN, "Xây dựng thư viện số, tủ sách cộng đồng tại các thôn, bản"),
   (LN, "Trước ngày 31/12/2027")],
  "The district Centre for Culture, Information and Sports (Trung tâm Văn hóa, Thông tin và Thể thao huyện) leads it, with the Culture and Information Office and the communes, to be done before 31/12/2027.",
  ["31/12/2027"])
Q("english", "What share of households in Nghia Ky commune should be learning families in 2027?",
  [(NK, "năm 2027: 76% hộ gia đình")],
  "76% of households in 2027 (68% in 2025, 72% in 2026).",
  ["76%"])
Q("english", "How is Ho Chi Minh City's 2025-2030 learning-society budget split between sources?",
  [(HCM, "ngân sách Thành phố 84 tỷ đồng; ngân sách thành phố Thủ Đức và các quận, huyện 30 tỷ đồng; nguồn xã hội hóa 12 tỷ đồng")],
  "Of the 126 billion đồng: 84 billion from the city budget, 30 billion from Thu Duc city and the districts, 12 billion from private contributions (xã hội hóa).",
  ["84", "30", "12"])
Q("english", "By what date each year must Ho Chi Minh City's Department of Education report to the city and the Ministry?",
  [(HCM, "báo cáo Ủy ban nhân dân Thành phố và Bộ Giáo dục và Đào tạo trước ngày 05/12 hằng năm")],
  "Before 05/12 (5 December) every year.",
  ["05/12"])
Q("english", "Who is the standing body of the Nghia Ky commune plan, and by when must it report to the district each year?",
  [(NK, "Là bộ phận thường trực, tham mưu Ủy ban nhân dân xã triển khai Kế hoạch"),
   (NK, "trước ngày 30/11 hằng năm")],
  "The commune's Culture and Social Affairs Board (Ban Văn hóa - Xã hội xã); it reports to the district People's Committee, through the Education and Training Office, before 30/11 every year.",
  ["30/11"])
Q("english", "What literacy rate does Luc Ngan district target for people aged 15 to 60 in 2025?",
  [(LN, "tỷ lệ người trong độ tuổi từ 15 đến 60 biết chữ đạt 98,5%")],
  "98.5% (98,5%) of people aged 15-60 literate by 2025, with all communes and the town keeping literacy standard level 2.",
  ["98,5%"])
Q("english", "What does the Luc Ngan plan assign to the district police?",
  [(LN, "Tuyên truyền pháp luật, phòng chống lừa đảo qua mạng tại Trung tâm học tập cộng đồng"),
   (LN, "Công an huyện")],
  "Per the appendix, the district police (Công an huyện) lead legal education and online fraud prevention at the community learning centres, with the communes, every year.",
  ["fraud"])
Q("english", "How many businesses will pilot the 'learning enterprise' model in Ho Chi Minh City, and in which year?",
  [(HCM, "thí điểm mô hình “Doanh nghiệp học tập” tại 50 doanh nghiệp trong năm 2026")],
  "50 businesses, in 2026.",
  ["50", "2026"])
Q("english", "What is Ho Chi Minh City's 2025 target for community learning centres rated Good?",
  [(HCM, "Trung tâm học tập cộng đồng xếp loại Tốt 45% 55% 70%")],
  "45% in 2025 (55% in 2027, 70% in 2030), per Table 1.",
  ["45%"])
Q("english", "How many of Nghia Ky's villages were learning communities in 2024, and what is the target for 2026?",
  [(NK, "3/7 thôn đạt danh hiệu “Cộng đồng học tập”"),
   (NK, "năm 2026: 6/7 thôn")],
  "3/7 villages in 2024; the target is 6/7 villages in 2026 (4/7 in 2025, 7/7 in 2027).",
  ["3/7", "6/7"])
Q("english", "Which national decision does the Ho Chi Minh City plan quote for its general objective?",
  [(HCM, "Quyết định số 1373/QĐ-TTg xác định mục tiêu chung của Đề án như sau:")],
  "Prime Minister's Decision 1373/QĐ-TTg (30/7/2021) approving the scheme “Building a learning society 2021-2030”; the quoted objective is that by 2030 everyone has equal access to an open, diverse, flexible, connected and modern education system.",
  ["1373/QĐ-TTg"])
# ------------------------------------------------------------------ follow_up
Q("follow_up", "Còn ngân sách các xã ở đó phải bố trí bao nhiêu cho Trung tâm học tập cộng đồng?",
  [(LN, "Ngân sách xã, thị trấn bố trí tối thiểu 15 triệu đồng/năm cho hoạt động của mỗi Trung tâm học tập cộng đồng.")],
  "Ngân sách xã, thị trấn bố trí tối thiểu 15 triệu đồng/năm cho mỗi Trung tâm học tập cộng đồng.",
  ["15 triệu đồng"],
  [("user", "Huyện Lục Ngạn bố trí bao nhiêu ngân sách cho kế hoạch xây dựng xã hội học tập?"),
   ("assistant", "Ngân sách huyện bố trí 1,5 tỷ đồng cho cả giai đoạn 2025 - 2030 (bình quân 250 triệu đồng/năm).")])
Q("follow_up", "Còn Công dân học tập thì sao?",
  [(NK, "Năm 2025: 45%; năm 2026: 50%; năm 2027: 55%.")],
  "Công dân học tập: năm 2025 45%; năm 2026 50%; năm 2027 55% người dân từ 15 tuổi trở lên.",
  ["45%", "50%", "55%"],
  [("user", "Xã Nghĩa Kỳ đặt chỉ tiêu Gia đình học tập từng năm thế nào?"),
   ("assistant", "Năm 2025: 68% hộ gia đình; năm 2026: 72%; năm 2027: 76%.")])
Q("follow_up", "Khoản đó được chia thế nào giữa các nguồn?",
  [(HCM, "ngân sách Thành phố 84 tỷ đồng; ngân sách thành phố Thủ Đức và các quận, huyện 30 tỷ đồng; nguồn xã hội hóa 12 tỷ đồng")],
  "Ngân sách Thành phố 84 tỷ đồng; ngân sách thành phố Thủ Đức và các quận, huyện 30 tỷ đồng; nguồn xã hội hóa 12 tỷ đồng.",
  ["84 tỷ", "30 tỷ", "12 tỷ"],
  [("user", "TP Hồ Chí Minh dự kiến tổng kinh phí bao nhiêu cho kế hoạch xây dựng xã hội học tập 2025 - 2030?"),
   ("assistant", "Tổng kinh phí dự kiến là 126 tỷ đồng.")])
Q("follow_up", "Họ còn phối hợp trong nhiệm vụ nào nữa?",
  [(LN, "Bưu điện huyện Lục Ngạn; Huyện đoàn")],
  "Huyện đoàn còn phối hợp với Phòng Kinh tế và Hạ tầng (cùng Bưu điện huyện) hướng dẫn nông dân bán vải thiều, nông sản qua sàn thương mại điện tử, năm 2025 - 2026.",
  ["thương mại điện tử"],
  [("user", "Theo kế hoạch của Lục Ngạn, Huyện đoàn chủ trì việc gì?"),
   ("assistant", "Thành lập đội thanh niên tình nguyện hướng dẫn kỹ năng số cho người dân, hoàn thành tháng 6/2025.")])
Q("follow_up", "Vậy năm 2030?",
  [(LN, "65% hộ gia đình đạt danh hiệu “Gia đình học tập”")],
  "Đến năm 2030: 65% hộ gia đình đạt danh hiệu “Gia đình học tập”.",
  ["65%"],
  [("user", "Lục Ngạn đặt chỉ tiêu Gia đình học tập năm 2025 là bao nhiêu?"),
   ("assistant", "45% hộ gia đình đạt danh hiệu “Gia đình học tập”.")])
Q("follow_up", "Còn Sở Tài chính?",
  [(HCM, "Tham mưu Ủy ban nhân dân Thành phố bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm theo phân cấp ngân sách hiện hành.")],
  "Sở Tài chính tham mưu Ủy ban nhân dân Thành phố bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm theo phân cấp ngân sách hiện hành.",
  ["bố trí kinh phí"],
  [("user", "Trong kế hoạch xây dựng xã hội học tập của TP Hồ Chí Minh, Sở Nội vụ làm gì?"),
   ("assistant", "Hướng dẫn đánh giá, công nhận “Đơn vị học tập” đối với các cơ quan, đơn vị thuộc Thành phố; đưa kết quả học tập suốt đời của cán bộ, công chức, viên chức vào tiêu chí đánh giá, xếp loại hằng năm.")])
Q("follow_up", "Ở huyện Lục Ngạn thì ai chủ trì tổ chức tuần lễ đó và phối hợp với ai?",
  [(LN, "Tổ chức Tuần lễ hưởng ứng học tập suốt đời"),
   (LN, "Trung tâm Văn hóa, Thông tin và Thể thao huyện; UBND các xã, thị trấn")],
  "Theo Phụ lục, Phòng Giáo dục và Đào tạo chủ trì tổ chức Tuần lễ hưởng ứng học tập suốt đời (tháng 10 hằng năm), phối hợp với Trung tâm Văn hóa, Thông tin và Thể thao huyện và UBND các xã, thị trấn.",
  ["Phòng Giáo dục và Đào tạo", "Trung tâm Văn hóa, Thông tin và Thể thao"],
  [("user", "TP Hồ Chí Minh tổ chức Tuần lễ hưởng ứng học tập suốt đời vào thời gian nào?"),
   ("assistant", "Hằng năm vào tháng 10, khai mạc tại Đường sách Thành phố.")])
Q("follow_up", "Thế còn xã Nghĩa Kỳ thì đặt bao nhiêu cho năm 2025?",
  [(NK, "Năm 2025: 68% hộ gia đình")],
  "Xã Nghĩa Kỳ đặt chỉ tiêu năm 2025: 68% hộ gia đình đạt danh hiệu “Gia đình học tập”.",
  ["68%"],
  [("user", "Kế hoạch của huyện Tư Nghĩa đặt chỉ tiêu Gia đình học tập năm 2025 là bao nhiêu?"),
   ("assistant", "Các kế hoạch hiện có không có kế hoạch của huyện Tư Nghĩa; Kế hoạch số 62/KH-UBND của huyện chỉ được nhắc làm căn cứ trong kế hoạch của xã Nghĩa Kỳ, nên tôi không trả lời được câu này.")])
Q("follow_up", "Công chức Tài chính - Kế toán ở đó phải làm gì, và hạn quyết toán là khi nào?",
  [(NK, "hướng dẫn Trung tâm học tập cộng đồng thanh quyết toán kinh phí trước ngày 20/12 hằng năm")],
  "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách xã; hướng dẫn Trung tâm học tập cộng đồng thanh quyết toán kinh phí trước ngày 20/12 hằng năm.",
  ["dự toán", "20/12"],
  [("user", "Ở xã Nghĩa Kỳ, bộ phận nào là thường trực của kế hoạch xây dựng xã hội học tập?"),
   ("assistant", "Ban Văn hóa - Xã hội xã là bộ phận thường trực.")])
Q("follow_up", "Khi nào họ tổ chức sơ kết và tổng kết?",
  [(HCM, "tham mưu sơ kết giữa kỳ vào Quý IV/2027 và tổng kết vào Quý IV/2030")],
  "Sở Giáo dục và Đào tạo tham mưu sơ kết giữa kỳ vào Quý IV/2027 và tổng kết vào Quý IV/2030 (báo cáo sơ kết trước ngày 30/9/2027).",
  ["Quý IV/2027", "Quý IV/2030"],
  [("user", "Sở Giáo dục và Đào tạo TP Hồ Chí Minh có vai trò gì trong kế hoạch xây dựng xã hội học tập?"),
   ("assistant", "Là cơ quan thường trực, chủ trì tham mưu triển khai Kế hoạch, hướng dẫn đánh giá, xếp loại Trung tâm học tập cộng đồng và chủ trì xây dựng nền tảng “Học tập suốt đời TP.HCM”.")])
Q("follow_up", "Còn các xã của huyện Lục Ngạn thì sao?",
  [(LN, "c/ Báo cáo kết quả thực hiện 6 tháng trước ngày 05/6 và báo cáo năm trước ngày 25/11 hằng năm về Phòng Giáo dục và Đào tạo.")],
  "UBND các xã, thị trấn của Lục Ngạn báo cáo 6 tháng trước ngày 05/6 và báo cáo năm trước ngày 25/11 hằng năm về Phòng Giáo dục và Đào tạo.",
  ["05/6", "25/11"],
  [("user", "Xã Nghĩa Kỳ phải báo cáo kết quả thực hiện kế hoạch về huyện trước ngày nào?"),
   ("assistant", "Trước ngày 30/11 hằng năm, qua Phòng Giáo dục và Đào tạo huyện.")])
Q("follow_up", "And for 2030?",
  [(HCM, "Công dân đạt “Công dân học tập” 40% 48% 60%")],
  "60% of citizens are to be learning citizens by 2030 (Table 1).",
  ["60%"],
  [("user", "What is Ho Chi Minh City's 2025 target for learning citizens?"),
   ("assistant", "40% of citizens, per Table 1 of the plan.")])
Q("follow_up", "Vậy Thành phố Hồ Chí Minh đặt bao nhiêu phần trăm Công dân học tập cho năm 2027?",
  [(HCM, "Công dân đạt “Công dân học tập” 40% 48% 60%")],
  "Theo Bảng 1, năm 2027 là 48% công dân đạt “Công dân học tập”.",
  ["48%"],
  [("user", "Phường Bến Thành, Quận 1 đặt chỉ tiêu Công dân học tập năm 2027 là bao nhiêu?"),
   ("assistant", "Không có kế hoạch của phường Bến Thành hay Quận 1 trong các kế hoạch hiện có, nên tôi không trả lời được.")])
# ------------------------------------------------------------------ unanswerable (near misses)
# places with no loaded plan
U("Kế hoạch xây dựng xã hội học tập của huyện Tư Nghĩa giao Phòng Giáo dục và Đào tạo huyện những nhiệm vụ gì?",
  "Kế hoạch 62/KH-UBND của huyện Tư Nghĩa chỉ được nhắc làm căn cứ trong kế hoạch xã Nghĩa Kỳ; không có kế hoạch của huyện Tư Nghĩa trong các kế hoạch hiện có.")
U("Theo Kế hoạch 148/KH-UBND của tỉnh Bắc Giang, đến năm 2030 tỉnh phấn đấu bao nhiêu phần trăm Gia đình học tập?",
  "Kế hoạch 148/KH-UBND của tỉnh Bắc Giang chỉ được nhắc làm căn cứ trong kế hoạch huyện Lục Ngạn; nội dung của nó không có trong các kế hoạch hiện có.")
U("Xã Nghĩa Thuận đặt chỉ tiêu bao nhiêu thôn đạt Cộng đồng học tập năm 2026?",
  "Không có kế hoạch của xã Nghĩa Thuận trong các kế hoạch hiện có (chỉ có kế hoạch của xã Nghĩa Kỳ).")
U("Kế hoạch xây dựng xã hội học tập năm 2025 của phường Bến Thành, Quận 1 giao Trung tâm học tập cộng đồng phường những nhiệm vụ gì?",
  "Không có kế hoạch của phường Bến Thành hay Quận 1; kế hoạch đã nạp là của Thành phố Hồ Chí Minh.")
U("Thành phố Thủ Đức đặt chỉ tiêu Gia đình học tập năm 2027 là bao nhiêu?",
  "Kế hoạch của Thành phố Hồ Chí Minh chỉ giao thành phố Thủ Đức xây dựng kế hoạch riêng; kế hoạch của thành phố Thủ Đức không có trong các kế hoạch hiện có.")
U("Kế hoạch của xã Sa Lý giao Trưởng bản những nhiệm vụ gì?",
  "Không có kế hoạch của xã Sa Lý; kế hoạch huyện Lục Ngạn chỉ nhắc Sa Lý là nơi mở lớp xóa mù chữ.")
U("What learning-family target does Quang Ngai province set for 2030?",
  "No plan of Quảng Ngãi province is loaded; the only Quảng Ngãi-area plan is that of Nghĩa Kỳ commune (2025-2027).")
# figures the named plan does not set
U("Ngân sách xã Nghĩa Kỳ bố trí bao nhiêu tiền cho kế hoạch xây dựng xã hội học tập năm 2025?",
  "Kế hoạch của xã Nghĩa Kỳ chỉ nêu các nguồn kinh phí (ngân sách xã, nông thôn mới, Quỹ khuyến học, xã hội hóa), không nêu số tiền.")
U("TP Hồ Chí Minh đặt chỉ tiêu bao nhiêu phần trăm dòng họ đạt Dòng họ học tập đến năm 2030?",
  "Kế hoạch chỉ nói đẩy mạnh mô hình “Dòng họ học tập”, không đặt chỉ tiêu tỷ lệ dòng họ.")
U("Hiện nay xã Nghĩa Kỳ có bao nhiêu hộ gia đình?",
  "Kế hoạch không nêu số hộ của xã (chỉ nêu 7 thôn và các tỷ lệ).")
U("Xã, thị trấn nào của Lục Ngạn không đạt chỉ tiêu Gia đình học tập thì bị xử lý ra sao?",
  "Kế hoạch của Lục Ngạn không quy định hình thức xử lý khi không đạt chỉ tiêu.")
U("Năm 2023 huyện Lục Ngạn có bao nhiêu phần trăm hộ đạt danh hiệu Gia đình học tập?",
  "Kế hoạch của Lục Ngạn không nêu kết quả năm 2023; chỉ đặt chỉ tiêu cho năm 2025 và năm 2030.")
U("Năm 2024 xã Nghĩa Kỳ có bao nhiêu phần trăm công dân đạt danh hiệu Công dân học tập?",
  "Phần kết quả năm 2024 chỉ nêu 64% hộ đạt Gia đình học tập, 3/7 thôn, 9 chuyên đề và 146 suất học bổng; không nêu tỷ lệ Công dân học tập năm 2024.")
U("Mỗi năm TP Hồ Chí Minh chi bao nhiêu tiền để vận hành nền tảng Học tập suốt đời TP.HCM?",
  "Kế hoạch không nêu kinh phí riêng cho nền tảng; chỉ nêu tổng kinh phí 126 tỷ đồng và cơ cấu nguồn.")
# agencies the named plan never mentions
U("Theo kế hoạch của huyện Lục Ngạn, Phòng Y tế có nhiệm vụ gì?",
  "Kế hoạch của Lục Ngạn (kể cả Phụ lục) không giao nhiệm vụ cho Phòng Y tế.")
U("Ban Chỉ huy Quân sự huyện Lục Ngạn phối hợp thực hiện nhiệm vụ nào trong kế hoạch xã hội học tập?",
  "Kế hoạch của Lục Ngạn không nhắc đến Ban Chỉ huy Quân sự huyện, cả trong phần tổ chức thực hiện lẫn Phụ lục.")
U("Công an xã Nghĩa Kỳ được giao nhiệm vụ gì trong kế hoạch xây dựng xã hội học tập?",
  "Kế hoạch của xã Nghĩa Kỳ không giao nhiệm vụ cho Công an xã.")
U("Sở Y tế TP Hồ Chí Minh phải làm gì theo kế hoạch 5210/KH-UBND?",
  "Kế hoạch 5210/KH-UBND không giao nhiệm vụ cho Sở Y tế.")
U("What is the Ho Chi Minh City Department of Tourism asked to do in the learning-society plan?",
  "The plan gives no task to a Department of Tourism (Sở Du lịch).")
# years outside the plan's period
U("Xã Nghĩa Kỳ đặt chỉ tiêu Gia đình học tập cho năm 2029 là bao nhiêu?",
  "Kế hoạch của xã Nghĩa Kỳ chỉ cho giai đoạn 2025 - 2027, không có chỉ tiêu năm 2029.")
U("TP Hồ Chí Minh đặt tỷ lệ Công dân học tập năm 2035 là bao nhiêu?",
  "Kế hoạch chỉ cho giai đoạn 2025 - 2030, không có chỉ tiêu năm 2035.")
U("Vậy năm 2030?",
  "Kế hoạch của xã Nghĩa Kỳ chỉ cho giai đoạn 2025 - 2027, không đặt chỉ tiêu năm 2030.",
  [("user", "Xã Nghĩa Kỳ đặt chỉ tiêu Gia đình học tập năm 2027 là bao nhiêu?"),
   ("assistant", "Năm 2027: 76% hộ gia đình đạt danh hiệu “Gia đình học tập”.")])
# English unanswerables
U("What penalties does the Ho Chi Minh City plan set for districts that miss their learning-society targets?",
  "The plan sets no penalties or sanctions.")
U("How many community learning centres does Luc Ngan district have today?",
  "The plan does not give the current number of community learning centres.")


if __name__ == "__main__":
    with open(OUT, "w", encoding="utf-8") as f:
        for q in QS:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    print(len(QS), "questions ->", OUT)
