"""Write eval/sets/newplans8.jsonl (ids u001…). Spans are verbatim from the text as extracted (see check_sets.py).

    python eval/sets/src8/questions_src8.py
"""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "newplans8.jsonl")

TB = "tranbien_86-KH-UBND_2025.pdf"
DT = "duytien_152-KH-UBND_2024.md"
KT = "kontum_3105-KH-UBND_2024.txt"
HUE = "000_4550be4bb11189cd.txt"
HN = "002_797e8de6131c77f9.txt"
CT = "003_1a817ee72b993e3e.txt"

QS = []


def Q(type_, question, ev, answer, key_facts, history=()):
    docs = []
    for d, _ in ev:
        if d not in docs:
            docs.append(d)
    QS.append({"id": None, "question": question, "type": type_, "docs": docs,
               "evidence": [{"doc": d, "span": s} for d, s in ev], "answer": answer,
               "key_facts": list(key_facts), "history": hist(history)})


def U(question, answer, history=()):
    QS.append({"id": None, "question": question, "type": "unanswerable", "docs": [], "evidence": [],
               "answer": answer, "key_facts": [], "history": hist(history)})


def hist(h):
    out = []
    for i, c in enumerate(h):
        out.append({"role": "user" if i % 2 == 0 else "assistant", "content": c})
    return out


REFUSE = "Các kế hoạch đã nạp không có thông tin này."

# ---------------- agency_tasks
Q("agency_tasks", "Theo kế hoạch của phường Trấn Biên, Phòng Văn hóa - Xã hội có nhiệm vụ gì?",
  [(TB, "1. Phòng Văn hóa - Xã hội – chủ trì, tham mưu Ủy ban nhân dân phường triển khai Kế hoạch; hướng dẫn, theo dõi việc bình xét các danh hiệu học tập; tổng hợp báo cáo kết quả thực hiện gửi Ủy ban nhân dân phường trước ngày 05/12 hằng năm.")],
  "Phòng Văn hóa - Xã hội chủ trì, tham mưu UBND phường triển khai Kế hoạch; hướng dẫn, theo dõi việc bình xét các danh hiệu học tập; tổng hợp báo cáo kết quả gửi UBND phường trước ngày 05/12 hằng năm.",
  ["chủ trì", "danh hiệu học tập", "05/12"])
Q("agency_tasks", "Công an phường Trấn Biên được giao làm gì trong kế hoạch xây dựng xã hội học tập?",
  [(TB, "5. Công an phường – phối hợp tuyên truyền pháp luật về an ninh mạng, phòng, chống lừa đảo trực tuyến cho người dân tại các lớp của Trung tâm học tập cộng đồng.")],
  "Công an phường phối hợp tuyên truyền pháp luật về an ninh mạng, phòng, chống lừa đảo trực tuyến cho người dân tại các lớp của Trung tâm học tập cộng đồng.",
  ["an ninh mạng", "lừa đảo trực tuyến"])
Q("agency_tasks", "Phòng Kinh tế, Hạ tầng và Đô thị phường Trấn Biên chịu trách nhiệm gì?",
  [(TB, "2. Phòng Kinh tế, Hạ tầng và Đô thị – chủ trì, phối hợp với Phòng Văn hóa - Xã hội tham mưu bố trí kinh phí thực hiện Kế hoạch; hướng dẫn các hộ kinh doanh, doanh nghiệp trên địa bàn tạo điều kiện cho người lao động tham gia học tập.")],
  "Chủ trì, phối hợp với Phòng Văn hóa - Xã hội tham mưu bố trí kinh phí thực hiện Kế hoạch; hướng dẫn các hộ kinh doanh, doanh nghiệp tạo điều kiện cho người lao động tham gia học tập.",
  ["kinh phí", "hộ kinh doanh"])
Q("agency_tasks", "Trong kế hoạch của thị xã Duy Tiên, ai chủ trì và ai phối hợp tổ chức lớp bồi dưỡng kỹ năng nghề ngắn hạn cho công nhân?",
  [(DT, "| 2 | Tổ chức lớp bồi | Phòng Lao động | Ban Quản lý | Hằng năm |"), (DT, "| | dưỡng kỹ năng nghề | \\- Thương binh | các khu công | |")],
  "Phòng Lao động - Thương binh và Xã hội chủ trì; phối hợp: Ban Quản lý các khu công nghiệp tỉnh và Liên đoàn Lao động thị xã; thời gian: hằng năm.",
  ["Phòng Lao động", "Ban Quản lý các khu công nghiệp", "Liên đoàn Lao động"])
Q("agency_tasks", "Theo bảng phân công của thị xã Duy Tiên, Phòng Văn hóa và Thông tin tham gia những nội dung nào?",
  [(DT, "| 1 | Tham mưu Ban Chỉ đạo | Phòng Giáo dục | Phòng Văn hóa | Quý III/2024 |"), (DT, "| 3 | Xây dựng \\\"Thư viện | Trung tâm Văn | Phòng Văn hóa | Năm 2025 |")],
  "Phòng Văn hóa và Thông tin chỉ phối hợp: với Phòng Giáo dục và Đào tạo tham mưu Ban Chỉ đạo và hướng dẫn các xã, phường (quý III/2024), và với Trung tâm Văn hóa, Thể thao và Truyền thanh xây dựng \"Thư viện số Duy Tiên\" (năm 2025).",
  ["phối hợp", "Thư viện số Duy Tiên"])
Q("agency_tasks", "Ai chủ trì việc bố trí kinh phí, hướng dẫn thanh quyết toán trong kế hoạch của thị xã Duy Tiên?",
  [(DT, "| 4 | Bố trí kinh phí, | Phòng Tài | Phòng Giáo dục | Tháng 11 |")],
  "Phòng Tài chính - Kế hoạch chủ trì, Phòng Giáo dục và Đào tạo phối hợp, vào tháng 11 hằng năm.",
  ["Phòng Tài chính - Kế hoạch", "Phòng Giáo dục và Đào tạo", "tháng 11"])
Q("agency_tasks", "Kế hoạch của tỉnh Kon Tum giao Bộ Chỉ huy Bộ đội Biên phòng tỉnh nhiệm vụ gì?",
  [(KT, "- Chỉ đạo các đồn biên phòng phối hợp mở lớp xóa mù chữ tại các xã biên giới của huyện Ngọc Hồi, Đắk Glei, Sa Thầy.")],
  "Chỉ đạo các đồn biên phòng phối hợp mở lớp xóa mù chữ tại các xã biên giới của huyện Ngọc Hồi, Đắk Glei, Sa Thầy.",
  ["xóa mù chữ", "Ngọc Hồi", "Đắk Glei", "Sa Thầy"])
Q("agency_tasks", "Ban Dân tộc tỉnh Kon Tum làm gì theo kế hoạch xây dựng xã hội học tập?",
  [(KT, "- Phối hợp với Sở Giáo dục và Đào tạo lồng ghép các lớp xóa mù chữ với Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số; vận động già làng, người có uy tín tham gia tuyên truyền.")],
  "Phối hợp với Sở GD&ĐT lồng ghép các lớp xóa mù chữ với Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số; vận động già làng, người có uy tín tham gia tuyên truyền.",
  ["xóa mù chữ", "già làng"])
Q("agency_tasks", "Sở Văn hóa, Thể thao và Du lịch Kon Tum được giao gì?",
  [(KT, "- Chỉ đạo Thư viện tỉnh luân chuyển sách đến các nhà rông, nhà văn hóa thôn, làng; tổ chức Ngày Sách và Văn hóa đọc Việt Nam ngày 21/4 hằng năm.")],
  "Chỉ đạo Thư viện tỉnh luân chuyển sách đến các nhà rông, nhà văn hóa thôn, làng; tổ chức Ngày Sách và Văn hóa đọc Việt Nam ngày 21/4 hằng năm.",
  ["luân chuyển sách", "nhà rông", "21/4"])
Q("agency_tasks", "Trưởng các khu phố ở phường Trấn Biên phải làm gì?",
  [(TB, "8. Trưởng các khu phố – tổ chức bình xét danh hiệu \"Gia đình học tập\", \"Khu phố học tập\" vào tháng 11 hằng năm; quản lý tủ sách cộng đồng của khu phố.")],
  "Tổ chức bình xét danh hiệu \"Gia đình học tập\", \"Khu phố học tập\" vào tháng 11 hằng năm; quản lý tủ sách cộng đồng của khu phố.",
  ["tháng 11", "tủ sách cộng đồng"])

# ---------------- target
Q("target", "Phường Trấn Biên đặt chỉ tiêu tỷ lệ Gia đình học tập năm 2028 là bao nhiêu?",
  [(TB, "Gia đình học tập Khu phố học tập Công dân học tập"), (TB, "2028 78 85 60 60")],
  "Năm 2028: 78% hộ gia đình đạt danh hiệu \"Gia đình học tập\" (Bảng 1).", ["78%"])
Q("target", "Theo Bảng 1 của phường Trấn Biên, năm 2027 bao nhiêu phần trăm người dân có kỹ năng số cơ bản?",
  [(TB, "Người dân có kỹ năng số cơ bản (%)"), (TB, "2027 75 75 55 50")],
  "Năm 2027: 50% người dân có kỹ năng số cơ bản.", ["50%"])
Q("target", "Chỉ tiêu Công dân học tập của phường Trấn Biên năm 2030?",
  [(TB, "Gia đình học tập Khu phố học tập Công dân học tập"), (TB, "2030 85 100 70 80")],
  "Năm 2030: 70% đạt danh hiệu \"Công dân học tập\" (cùng năm: Gia đình học tập 85%, Khu phố học tập 100%, kỹ năng số 80%).", ["70%"])
Q("target", "Tỉnh Kon Tum phấn đấu tỷ lệ hộ gia đình đạt danh hiệu Gia đình học tập năm 2028 bao nhiêu?",
  [(KT, "- Tỷ lệ hộ gia đình đạt danh hiệu \"Gia đình học tập\": năm 2026 đạt 60%, năm 2028 đạt 70%, năm 2030 đạt 80%.")],
  "Năm 2028 đạt 70% (năm 2026: 60%, năm 2030: 80%).", ["70%"])
Q("target", "Kon Tum đặt mục tiêu bao nhiêu phần trăm người dân tộc thiểu số 15 - 60 tuổi biết chữ vào năm 2030?",
  [(KT, "- Tỷ lệ người trong độ tuổi 15 - 60 là người dân tộc thiểu số biết chữ: năm 2026 đạt 96%, năm 2028 đạt 97,5%, năm 2030 đạt 99%.")],
  "Năm 2030 đạt 99% (2026: 96%; 2028: 97,5%).", ["99%"])
Q("target", "Tỷ lệ trung tâm học tập cộng đồng xếp loại Tốt của Kon Tum năm 2026 là bao nhiêu?",
  [(KT, "- Tỷ lệ trung tâm học tập cộng đồng được đánh giá xếp loại Tốt: năm 2026 đạt 35%, năm 2028 đạt 45%, năm 2030 đạt 60%.")],
  "Năm 2026 đạt 35%.", ["35%"])
Q("target", "Thị xã Duy Tiên đặt chỉ tiêu dòng họ học tập năm 2030 là bao nhiêu?",
  [(DT, "| 2 | Tỷ lệ dòng họ đạt danh hiệu \\\"Dòng họ | 55% | 70% |")],
  "Năm 2030: 70% dòng họ đạt danh hiệu \"Dòng họ học tập\" (năm 2025: 55%).", ["70%"])
Q("target", "Đến năm 2025 thị xã Duy Tiên có bao nhiêu xã, phường đạt chuẩn Đơn vị học tập?",
  [(DT, "| 5 | Số xã, phường đạt chuẩn \\\"Đơn vị học | 6/9 | 9/9 |")],
  "Năm 2025: 6/9 xã, phường; năm 2030: 9/9.", ["6/9"])
Q("target", "Tỷ lệ công nhân khu công nghiệp được bồi dưỡng kỹ năng nghề ngắn hạn ở Duy Tiên năm 2030?",
  [(DT, "| 4 | Tỷ lệ công nhân lao động tại các khu | 30% | 55% |")],
  "Năm 2030: 55% (năm 2025: 30%).", ["55%"])
Q("target", "Trung tâm học tập cộng đồng phường Trấn Biên phải tổ chức bao nhiêu lớp chuyên đề mỗi năm?",
  [(TB, "hằng năm Trung tâm học tập cộng đồng phường tổ chức ít nhất 40 lớp chuyên đề với trên 2.500 lượt người tham gia")],
  "Hằng năm ít nhất 40 lớp chuyên đề với trên 2.500 lượt người tham gia.", ["40", "2.500"])

# ---------------- deadline
Q("deadline", "Theo bảng phân công của Duy Tiên, việc sơ kết giai đoạn 2024 - 2027 làm khi nào, ai chủ trì?",
  [(DT, "| 6 | Sơ kết giai đoạn | Phòng Giáo dục | Các phòng, | Quý IV/2027 |")],
  "Quý IV/2027, do Phòng Giáo dục và Đào tạo chủ trì, các phòng, ban, ngành thị xã phối hợp.", ["Quý IV/2027", "Phòng Giáo dục"])
Q("deadline", "Thời hạn các phòng, ban và xã, phường ở Duy Tiên gửi báo cáo kết quả về Phòng Giáo dục và Đào tạo?",
  [(DT, "thực hiện về Phòng Giáo dục và Đào tạo trước ngày 30/11 hằng năm")],
  "Trước ngày 30/11 hằng năm; Phòng GD&ĐT tổng hợp báo cáo UBND thị xã và Sở GD&ĐT trước ngày 10/12 hằng năm.", ["30/11", "10/12"])
Q("deadline", "Bình xét danh hiệu Gia đình học tập, Dòng họ học tập ở thị xã Duy Tiên vào thời gian nào?",
  [(DT, "| 5 | Bình xét danh hiệu | Ủy ban nhân | Hội Khuyến học | Tháng 12 |")],
  "Tháng 12 hằng năm, do UBND các xã, phường chủ trì.", ["Tháng 12"])
Q("deadline", "Kon Tum phải hoàn thành kho học liệu số dùng chung trước ngày nào?",
  [(KT, "- Xây dựng kho học liệu số dùng chung của tỉnh, hoàn thành trước ngày 30/6/2026.")],
  "Trước ngày 30/6/2026 (Sở GD&ĐT chủ trì).", ["30/6/2026"])
Q("deadline", "UBND các huyện, thành phố của Kon Tum phải xây dựng kế hoạch của địa phương trước khi nào?",
  [(KT, "- Xây dựng kế hoạch thực hiện của địa phương trước ngày 31/01/2025; bố trí ngân sách huyện theo tỷ lệ được giao; báo cáo kết quả về Sở Giáo dục và Đào tạo trước ngày 30/11 hằng năm.")],
  "Trước ngày 31/01/2025; báo cáo kết quả về Sở GD&ĐT trước ngày 30/11 hằng năm.", ["31/01/2025", "30/11"])
Q("deadline", "Khi nào Kon Tum sơ kết giữa kỳ và tổng kết kế hoạch?",
  [(KT, "Sơ kết giữa kỳ thực hiện Kế hoạch vào quý IV/2027; tổng kết vào quý IV/2030.")],
  "Sơ kết giữa kỳ vào quý IV/2027; tổng kết vào quý IV/2030.", ["quý IV/2027", "quý IV/2030"])
Q("deadline", "Trung tâm học tập cộng đồng phường Trấn Biên báo cáo kết quả hoạt động trước ngày nào?",
  [(TB, "báo cáo kết quả hoạt động với Phòng Văn hóa - Xã hội trước ngày 25/11 hằng năm.")],
  "Trước ngày 25/11 hằng năm, báo cáo với Phòng Văn hóa - Xã hội.", ["25/11"])
Q("deadline", "Đến khi nào 100% cán bộ, công chức phường Trấn Biên phải được bồi dưỡng kỹ năng số cơ bản?",
  [(TB, "100% cán bộ, công chức phường được bồi dưỡng kỹ năng số cơ bản trước ngày 31/12/2026.")],
  "Trước ngày 31/12/2026.", ["31/12/2026"])

# ---------------- funding
Q("funding", "Tổng kinh phí kế hoạch xây dựng xã hội học tập của Kon Tum là bao nhiêu, chia theo nguồn thế nào?",
  [(KT, "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2025 - 2030 là 48 tỷ đồng, trong đó: ngân sách tỉnh 60%, ngân sách huyện 25%, xã hội hóa 15%.")],
  "48 tỷ đồng: ngân sách tỉnh 60% (28,8 tỷ), ngân sách huyện 25% (12 tỷ), xã hội hóa 15% (7,2 tỷ).", ["48 tỷ", "60%", "25%", "15%"])
Q("funding", "Ngân sách tỉnh Kon Tum góp bao nhiêu tiền cho kế hoạch giai đoạn 2025 - 2030?",
  [(KT, "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2025 - 2030 là 48 tỷ đồng, trong đó: ngân sách tỉnh 60%, ngân sách huyện 25%, xã hội hóa 15%.")],
  "Ngân sách tỉnh chiếm 60% của 48 tỷ đồng, tức 28,8 tỷ đồng.", ["60%", "28,8"])
Q("funding", "Mỗi trung tâm học tập cộng đồng ở xã đặc biệt khó khăn của Kon Tum được hỗ trợ bao nhiêu?",
  [(KT, "- Hỗ trợ mỗi trung tâm học tập cộng đồng ở xã đặc biệt khó khăn 30 triệu đồng/năm để mua sắm trang thiết bị, tài liệu.")],
  "30 triệu đồng/năm mỗi trung tâm, để mua sắm trang thiết bị, tài liệu.", ["30 triệu"])
Q("funding", "Thị xã Duy Tiên dự kiến tổng kinh phí bao nhiêu cho giai đoạn 2024 - 2030?",
  [(DT, "Tổng kinh phí thực hiện giai đoạn 2024 - 2030 dự kiến 6,3 tỷ đồng, trong đó ngân sách thị xã 4,2 tỷ đồng; ngân sách các xã, phường 1,4 tỷ đồng; nguồn xã hội hóa 0,7 tỷ đồng.")],
  "6,3 tỷ đồng: ngân sách thị xã 4,2 tỷ; ngân sách các xã, phường 1,4 tỷ; xã hội hóa 0,7 tỷ đồng.", ["6,3 tỷ", "4,2", "1,4", "0,7"])
Q("funding", "Phường Trấn Biên bố trí bao nhiêu tiền mỗi năm cho kế hoạch, Trung tâm học tập cộng đồng được bao nhiêu?",
  [(TB, "mức 350 triệu đồng/năm, trong đó hỗ trợ Trung tâm học tập cộng đồng phường 120 triệu đồng/năm")],
  "350 triệu đồng/năm từ ngân sách phường, trong đó 120 triệu đồng/năm hỗ trợ Trung tâm học tập cộng đồng.", ["350 triệu", "120 triệu"])
Q("funding", "Mỗi trung tâm học tập cộng đồng ở Duy Tiên được hỗ trợ bao nhiêu từ ngân sách thị xã?",
  [(DT, "Mỗi trung tâm học tập cộng đồng được hỗ trợ 20 triệu đồng/năm từ ngân sách thị xã.")],
  "20 triệu đồng/năm.", ["20 triệu"])

# ---------------- legal_basis
Q("legal_basis", "Kế hoạch xây dựng xã hội học tập của phường Trấn Biên căn cứ vào những văn bản nào?",
  [(TB, "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021"), (TB, "Căn cứ Kế hoạch số 214/KH-UBND ngày 05/8/2025 của Ủy ban nhân dân tỉnh Đồng Nai"), (TB, "Căn cứ Nghị quyết số 12-NQ/ĐU ngày 22/9/2025")],
  "QĐ 1373/QĐ-TTg ngày 30/7/2021; KH 214/KH-UBND ngày 05/8/2025 của UBND tỉnh Đồng Nai; Nghị quyết 12-NQ/ĐU ngày 22/9/2025 của Đảng bộ phường.", ["1373/QĐ-TTg", "214/KH-UBND", "12-NQ/ĐU"])
Q("legal_basis", "Kế hoạch của Kon Tum dựa trên chỉ thị nào của Tỉnh ủy?",
  [(KT, "Căn cứ Chỉ thị số 14-CT/TU ngày 09/5/2024 của Ban Thường vụ Tỉnh ủy Kon Tum về đẩy mạnh học tập suốt đời, xây dựng xã hội học tập;")],
  "Chỉ thị số 14-CT/TU ngày 09/5/2024 của Ban Thường vụ Tỉnh ủy Kon Tum.", ["14-CT/TU", "09/5/2024"])
Q("legal_basis", "Thị xã Duy Tiên thực hiện kế hoạch của tỉnh Hà Nam số mấy?",
  [(DT, "Kế hoạch số 1745/KH-UBND ngày 14/3/2024 của Ủy ban nhân dân tỉnh Hà Nam")],
  "Kế hoạch số 1745/KH-UBND ngày 14/3/2024 của UBND tỉnh Hà Nam (cùng QĐ 1373/QĐ-TTg).", ["1745/KH-UBND"])
Q("legal_basis", "Nghị quyết HĐND nào được Kon Tum viện dẫn, và tờ trình của Sở GD&ĐT số mấy?",
  [(KT, "Căn cứ Nghị quyết số 41/NQ-HĐND ngày 18/7/2024"), (KT, "Tờ trình số 2760/TTr-SGDĐT ngày 02/10/2024")],
  "Nghị quyết số 41/NQ-HĐND ngày 18/7/2024 của HĐND tỉnh; Tờ trình số 2760/TTr-SGDĐT ngày 02/10/2024.", ["41/NQ-HĐND", "2760/TTr-SGDĐT"])

# ---------------- purpose
Q("purpose", "Mục đích của kế hoạch xây dựng xã hội học tập thị xã Duy Tiên là gì?",
  [(DT, "Tạo cơ hội cho mọi người dân, nhất là công nhân lao động tại các khu công nghiệp, được học tập thường xuyên, học tập suốt đời"), (DT, "đô thị công nghiệp có các khu công nghiệp Đồng Văn I, II, III, IV.")],
  "Cụ thể hóa mục tiêu của tỉnh Hà Nam phù hợp với thị xã (đô thị công nghiệp, các KCN Đồng Văn I–IV); tạo cơ hội cho mọi người dân, nhất là công nhân lao động tại các khu công nghiệp, học tập suốt đời.", ["công nhân lao động", "Đồng Văn"])
Q("purpose", "Kế hoạch của Kon Tum nhằm mục đích gì?",
  [(KT, "- Tạo cơ hội học tập suốt đời cho mọi người dân, ưu tiên đồng bào dân tộc thiểu số, người dân vùng sâu, vùng xa và vùng đặc biệt khó khăn."), (KT, "giữ gìn bản sắc văn hóa các dân tộc Xơ Đăng, Ba Na, Giẻ Triêng, Gia Rai")],
  "Tạo cơ hội học tập suốt đời cho mọi người dân, ưu tiên đồng bào dân tộc thiểu số, vùng sâu, vùng xa; nâng cao dân trí, phát triển nguồn nhân lực, giữ gìn bản sắc văn hóa các dân tộc Xơ Đăng, Ba Na, Giẻ Triêng, Gia Rai.", ["dân tộc thiểu số", "Xơ Đăng"])
Q("purpose", "Phường Trấn Biên muốn trở thành gì qua kế hoạch này?",
  [(TB, "xây dựng phường Trấn Biên trở thành \"Phường học tập\" gắn với đô thị văn minh, hiện đại.")],
  "Trở thành \"Phường học tập\" gắn với đô thị văn minh, hiện đại; đến 2030 được công nhận \"Đơn vị học tập\" cấp tỉnh.", ["Phường học tập"])

# ---------------- task_section
Q("task_section", "Phần nhiệm vụ và giải pháp của kế hoạch Kon Tum gồm những nhóm nào?",
  [(KT, "1. Đẩy mạnh tuyên truyền bằng tiếng phổ thông và tiếng dân tộc"), (KT, "2. Xóa mù chữ và phổ cập giáo dục cho đồng bào dân tộc thiểu số"), (KT, "6. Khuyến học, khuyến tài")],
  "Sáu nhóm: 1) tuyên truyền bằng tiếng phổ thông và tiếng dân tộc; 2) xóa mù chữ, phổ cập giáo dục cho đồng bào DTTS; 3) nâng cao hiệu quả TTHTCĐ; 4) học tập suốt đời gắn với chuyển đổi số; 5) đào tạo nghề, bồi dưỡng kỹ năng cho lao động nông thôn; 6) khuyến học, khuyến tài.", ["tiếng dân tộc", "xóa mù chữ", "chuyển đổi số", "lao động nông thôn", "khuyến học"])
Q("task_section", "Kon Tum mở bao nhiêu lớp xóa mù chữ mỗi năm?",
  [(KT, "mỗi năm tối thiểu 120 lớp với khoảng 3.000 học viên.")],
  "Tối thiểu 120 lớp mỗi năm, khoảng 3.000 học viên, tại nhà rông, nhà văn hóa thôn, làng.", ["120 lớp", "3.000"])
Q("task_section", "Duy Tiên có giải pháp gì cho công nhân lao động ở khu công nghiệp?",
  [(DT, "lớp tiếng Hàn, tiếng Nhật, kỹ năng an toàn lao động; xây dựng \\\"Tủ sách công nhân\\\" tại 12 khu nhà trọ tập trung.")],
  "Phối hợp với doanh nghiệp tổ chức lớp ngoài giờ, lớp tiếng Hàn, tiếng Nhật, kỹ năng an toàn lao động; xây dựng \"Tủ sách công nhân\" tại 12 khu nhà trọ tập trung.", ["tiếng Hàn", "tiếng Nhật", "12 khu nhà trọ"])
Q("task_section", "Phường Trấn Biên đẩy mạnh chuyển đổi số trong học tập suốt đời như thế nào?",
  [(TB, "Triển khai nền tảng \"Bình dân học vụ số\" đến từng khu phố; thành lập 18 Tổ công nghệ số cộng đồng")],
  "Triển khai nền tảng \"Bình dân học vụ số\" đến từng khu phố; thành lập 18 Tổ công nghệ số cộng đồng hướng dẫn người dân dùng dịch vụ công trực tuyến và học trực tuyến.", ["Bình dân học vụ số", "18"])

# ---------------- cross_plan
Q("cross_plan", "So sánh tổng kinh phí kế hoạch của tỉnh Kon Tum và thị xã Duy Tiên.",
  [(KT, "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2025 - 2030 là 48 tỷ đồng"), (DT, "Tổng kinh phí thực hiện giai đoạn 2024 - 2030 dự kiến 6,3 tỷ đồng, trong đó ngân sách thị xã 4,2 tỷ đồng; ngân sách các xã, phường 1,4 tỷ đồng; nguồn xã hội hóa 0,7 tỷ đồng.")],
  "Kon Tum: 48 tỷ đồng (2025-2030; tỉnh 60%, huyện 25%, xã hội hóa 15%). Duy Tiên: 6,3 tỷ đồng (2024-2030; thị xã 4,2, xã/phường 1,4, xã hội hóa 0,7 tỷ).", ["48 tỷ", "6,3 tỷ"])
Q("cross_plan", "Mức hỗ trợ mỗi trung tâm học tập cộng đồng ở Kon Tum và Duy Tiên khác nhau thế nào?",
  [(KT, "- Hỗ trợ mỗi trung tâm học tập cộng đồng ở xã đặc biệt khó khăn 30 triệu đồng/năm"), (DT, "Mỗi trung tâm học tập cộng đồng được hỗ trợ 20 triệu đồng/năm từ ngân sách thị xã.")],
  "Kon Tum: 30 triệu đồng/năm cho mỗi TTHTCĐ ở xã đặc biệt khó khăn; Duy Tiên: 20 triệu đồng/năm mỗi trung tâm từ ngân sách thị xã.", ["30 triệu", "20 triệu"])
Q("cross_plan", "Cả Hà Nội và phường Trấn Biên đều đặt chỉ tiêu bồi dưỡng kỹ năng số cho cán bộ, công chức. Cụ thể mỗi nơi thế nào?",
  [(HN, "- 100% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng, phổ cập"), (TB, "100% cán bộ, công chức phường được bồi dưỡng kỹ năng số cơ bản trước ngày 31/12/2026.")],
  "Hà Nội: 100% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng, phổ cập kỹ năng số cơ bản (50% về phân tích, khai thác dữ liệu). Trấn Biên: 100% cán bộ, công chức phường được bồi dưỡng kỹ năng số cơ bản trước ngày 31/12/2026.", ["100%", "31/12/2026"])
Q("cross_plan", "Về xóa mù chữ mức độ 2, Cần Thơ đặt mục tiêu gì và Kon Tum đã đạt đến đâu?",
  [(CT, "- 100% quận, huyện đạt chuẩn xóa mù chữ mức độ 2."), (KT, "10/10 huyện, thành phố duy trì đạt chuẩn xóa mù chữ mức độ 2.")],
  "Cần Thơ (2024): 100% quận, huyện đạt chuẩn xóa mù chữ mức độ 2. Kon Tum: đến 2024, 10/10 huyện, thành phố duy trì đạt chuẩn xóa mù chữ mức độ 2.", ["100%", "10/10"])
Q("cross_plan", "Kinh phí của kế hoạch Cần Thơ năm 2024 và kế hoạch Kon Tum được nêu khác nhau ra sao?",
  [(CT, "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước, nguồn tài trợ và các nguồn tài chính hợp pháp khác theo quy định của pháp luật."), (KT, "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2025 - 2030 là 48 tỷ đồng, trong đó: ngân sách tỉnh 60%, ngân sách huyện 25%, xã hội hóa 15%.")],
  "Cần Thơ chỉ nêu nguồn (ngân sách nhà nước, tài trợ, nguồn hợp pháp khác), không có con số; Kon Tum nêu tổng 48 tỷ đồng chia ngân sách tỉnh 60%, huyện 25%, xã hội hóa 15%.", ["48 tỷ", "ngân sách nhà nước"])
Q("cross_plan", "Huế và Kon Tum có cùng căn cứ vào Quyết định 1373/QĐ-TTg không?",
  [(HUE, "Thực hiện Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của"), (KT, "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ")],
  "Có: cả hai viện dẫn Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án \"Xây dựng xã hội học tập giai đoạn 2021 - 2030\".", ["1373/QĐ-TTg"])

# ---------------- no_diacritics
Q("no_diacritics", "ke hoach phuong tran bien chi tieu khu pho hoc tap nam 2029 la bao nhieu",
  [(TB, "Gia đình học tập Khu phố học tập Công dân học tập"), (TB, "2029 81 95 65 70")],
  "Năm 2029: 95% khu phố đạt danh hiệu \"Khu phố học tập\".", ["95%"])
Q("no_diacritics", "kon tum ty le nguoi dan co ky nang so co ban nam 2028",
  [(KT, "- Tỷ lệ người dân từ 15 tuổi trở lên có kỹ năng số cơ bản: năm 2026 đạt 45%, năm 2028 đạt 60%, năm 2030 đạt 75%.")],
  "Năm 2028 đạt 60%.", ["60%"])
Q("no_diacritics", "duy tien ai chu tri xay dung thu vien so",
  [(DT, "| 3 | Xây dựng \\\"Thư viện | Trung tâm Văn | Phòng Văn hóa | Năm 2025 |")],
  "Trung tâm Văn hóa, Thể thao và Truyền thanh chủ trì, Phòng Văn hóa và Thông tin phối hợp, năm 2025.", ["Trung tâm Văn hóa", "2025"])
Q("no_diacritics", "hoi khuyen hoc phuong tran bien trao bao nhieu suat hoc bong moi nam",
  [(TB, "trao 150 suất học bổng mỗi năm.")],
  "150 suất học bổng mỗi năm.", ["150"])
Q("no_diacritics", "dai phat thanh truyen hinh kon tum phat chuyen muc hoc tap suot doi bao nhieu ky",
  [(KT, "- Duy trì chuyên mục \"Học tập suốt đời\" bằng tiếng Xơ Đăng, Ba Na 02 kỳ/tháng.")],
  "02 kỳ/tháng, bằng tiếng Xơ Đăng, Ba Na.", ["02 kỳ/tháng"])

# ---------------- abbreviation
Q("abbreviation", "KH XHHT của TX Duy Tiên: P.GD&ĐT phải báo cáo UBND TX và Sở GD&ĐT trước ngày nào?",
  [(DT, "báo cáo Ủy ban nhân dân thị xã và Sở Giáo dục và Đào tạo tỉnh Hà Nam trước ngày 10/12 hằng năm.")],
  "Trước ngày 10/12 hằng năm (các đơn vị gửi Phòng GD&ĐT trước 30/11).", ["10/12"])
Q("abbreviation", "TTHTCĐ P. Trấn Biên mở những lớp gì?",
  [(TB, "mở các lớp kỹ năng số, ngoại ngữ giao tiếp, kỹ năng nghề cho người lao động tự do và người cao tuổi.")],
  "Các lớp kỹ năng số, ngoại ngữ giao tiếp, kỹ năng nghề cho người lao động tự do và người cao tuổi.", ["kỹ năng số", "ngoại ngữ"])
Q("abbreviation", "BCH BĐBP tỉnh KT mở lớp XMC ở những huyện nào?",
  [(KT, "- Chỉ đạo các đồn biên phòng phối hợp mở lớp xóa mù chữ tại các xã biên giới của huyện Ngọc Hồi, Đắk Glei, Sa Thầy.")],
  "Các xã biên giới của huyện Ngọc Hồi, Đắk Glei, Sa Thầy.", ["Ngọc Hồi", "Đắk Glei", "Sa Thầy"])
Q("abbreviation", "UBMTTQVN và HKH tỉnh Kon Tum được đề nghị làm gì?",
  [(KT, "- Hội Khuyến học tỉnh chủ trì đánh giá, công nhận danh hiệu \"Gia đình học tập\", \"Dòng họ học tập\", \"Cộng đồng học tập\" cấp thôn, làng; vận động xã hội hóa nguồn lực cho quỹ khuyến học.")],
  "Hội Khuyến học tỉnh chủ trì đánh giá, công nhận danh hiệu \"Gia đình học tập\", \"Dòng họ học tập\", \"Cộng đồng học tập\" cấp thôn, làng; vận động xã hội hóa cho quỹ khuyến học.", ["Hội Khuyến học", "quỹ khuyến học"])
Q("abbreviation", "VP HĐND&UBND phường Trấn Biên làm gì trong KH 86?",
  [(TB, "3. Văn phòng HĐND và UBND phường – bảo đảm hạ tầng công nghệ thông tin, cập nhật tin bài về xã hội học tập trên Trang thông tin điện tử phường")],
  "Bảo đảm hạ tầng công nghệ thông tin, cập nhật tin bài trên Trang thông tin điện tử phường; hướng dẫn cán bộ, công chức hoàn thành bồi dưỡng kỹ năng số cơ bản.", ["công nghệ thông tin", "Trang thông tin điện tử"])

# ---------------- paraphrase
Q("paraphrase", "Ở Kon Tum, ai là đầu mối giúp UBND tỉnh theo dõi việc xây dựng xã hội học tập?",
  [(KT, "- Là cơ quan thường trực, chủ trì tham mưu Ủy ban nhân dân tỉnh triển khai Kế hoạch; hướng dẫn, kiểm tra các địa phương thực hiện.")],
  "Sở Giáo dục và Đào tạo là cơ quan thường trực, chủ trì tham mưu UBND tỉnh triển khai Kế hoạch.", ["Sở Giáo dục và Đào tạo", "thường trực"])
Q("paraphrase", "Trường học ở phường Trấn Biên giúp gì cho việc học của người lớn?",
  [(TB, "phối hợp với Trung tâm học tập cộng đồng phường cho mượn phòng học, thư viện vào buổi tối và ngày nghỉ")],
  "Các trường mầm non, tiểu học, THCS cho Trung tâm học tập cộng đồng mượn phòng học, thư viện vào buổi tối và ngày nghỉ; vận động cha mẹ học sinh xây dựng \"Gia đình học tập\".", ["phòng học", "buổi tối"])
Q("paraphrase", "Tiền cho kế hoạch Kon Tum lồng ghép với chương trình nào của nhà nước?",
  [(KT, "Kinh phí từ ngân sách nhà nước được lồng ghép với Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.")],
  "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.", ["Chương trình mục tiêu quốc gia"])
Q("paraphrase", "Ai ở Duy Tiên lo việc công nhận người dân là Công dân học tập?",
  [(DT, "Hội Khuyến học thị xã chủ trì đánh giá, công nhận danh hiệu \\\"Công dân học tập\\\".")],
  "Hội Khuyến học thị xã chủ trì đánh giá, công nhận danh hiệu \"Công dân học tập\".", ["Hội Khuyến học thị xã"])

# ---------------- english
Q("english", "In the Kon Tum provincial plan, what is the total budget and how is it split between sources?",
  [(KT, "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2025 - 2030 là 48 tỷ đồng, trong đó: ngân sách tỉnh 60%, ngân sách huyện 25%, xã hội hóa 15%.")],
  "VND 48 billion for 2025-2030: provincial budget 60%, district budget 25%, socialised (private/community) sources 15%.", ["48", "60%", "25%", "15%"])
Q("english", "What share of households should be recognised as 'learning families' in Tran Bien ward by 2030?",
  [(TB, "Gia đình học tập Khu phố học tập Công dân học tập"), (TB, "2030 85 100 70 80")],
  "85% of households by 2030.", ["85%"])
Q("english", "Which office in Duy Tien town is responsible for the short vocational courses for industrial-park workers, and who supports it?",
  [(DT, "| 2 | Tổ chức lớp bồi | Phòng Lao động | Ban Quản lý | Hạng năm |".replace("Hạng", "Hằng"))],
  "The Phòng Lao động - Thương binh và Xã hội (Labour, Invalids and Social Affairs office) leads, supported by the provincial industrial parks management board (Ban Quản lý các khu công nghiệp) and the town Labour Federation; every year.", ["Lao động", "Ban Quản lý"])
Q("english", "By when must the shared digital learning repository in Kon Tum be completed?",
  [(KT, "- Xây dựng kho học liệu số dùng chung của tỉnh, hoàn thành trước ngày 30/6/2026.")],
  "Before 30 June 2026 (30/6/2026).", ["2026"])
Q("english", "Which ethnic languages are used for the lifelong-learning radio programme in Kon Tum?",
  [(KT, "- Phát sóng chuyên mục \"Học tập suốt đời\" bằng tiếng Xơ Đăng, Ba Na trên Đài Phát thanh và Truyền hình tỉnh 02 kỳ/tháng.")],
  "Xơ Đăng (Sedang) and Ba Na (Bahnar), twice a month on the provincial radio and TV station.", ["Xơ Đăng", "Ba Na"])
Q("english", "How much does the Tran Bien ward budget each year for the plan?",
  [(TB, "mức 350 triệu đồng/năm, trong đó hỗ trợ Trung tâm học tập cộng đồng phường 120 triệu đồng/năm")],
  "VND 350 million per year from the ward budget, of which 120 million per year for the community learning centre.", ["350", "120"])
Q("english", "What foreign languages will Duy Tien offer to factory workers?",
  [(DT, "lớp tiếng Hàn, tiếng Nhật, kỹ năng an toàn lao động; xây dựng \\\"Tủ sách công nhân\\\" tại 12 khu nhà trọ tập trung.")],
  "Korean and Japanese (tiếng Hàn, tiếng Nhật), in after-hours classes with the enterprises.", ["Korean", "Japanese"])
Q("english", "Who signed the Kon Tum plan and in what capacity?",
  [(KT, "Y Ngọc")],
  "Y Ngọc, Vice Chairman (KT. CHỦ TỊCH / PHÓ CHỦ TỊCH) on behalf of the Provincial People's Committee.", ["Y Ngọc"])
Q("english", "What is the Tran Bien plan's number and date of issue?",
  [(TB, "Số: 86/KH-UBND"), (TB, "Trấn Biên, ngày 10 tháng 10 năm 2025")],
  "Plan No. 86/KH-UBND, issued on 10 October 2025.", ["86/KH-UBND", "2025"])
Q("english", "In Kon Tum, what literacy rate among ethnic-minority people aged 15-60 is targeted for 2028?",
  [(KT, "- Tỷ lệ người trong độ tuổi 15 - 60 là người dân tộc thiểu số biết chữ: năm 2026 đạt 96%, năm 2028 đạt 97,5%, năm 2030 đạt 99%.")],
  "97.5% (97,5%) in 2028.", ["97"])
Q("english", "How many 'Digital technology community teams' will Tran Bien ward set up?",
  [(TB, "thành lập 18 Tổ công nghệ số cộng đồng")],
  "18 community digital technology teams (Tổ công nghệ số cộng đồng), one per neighbourhood.", ["18"])
Q("english", "What share of Duy Tien's villages and residential groups should be 'learning communities' in 2025?",
  [(DT, "| 3 | Tỷ lệ tổ dân phố, thôn đạt danh hiệu | 60% | 85% |")],
  "60% in 2025 (85% in 2030).", ["60%"])
Q("english", "What did Kon Tum achieve by 2024 in learning families?",
  [(KT, "năm 2024 tỷ lệ hộ gia đình đạt danh hiệu \"Gia đình học tập\" là 52%")],
  "In 2024, 52% of households were 'learning families'; 41% of villages were learning communities.", ["52%"])
Q("english", "Where will Duy Tien set up 'workers' bookshelves'?",
  [(DT, "dựng \\\"Tủ sách công nhân\\\" tại 12 khu nhà trọ tập trung.")],
  "In 12 concentrated workers' boarding-house areas (khu nhà trọ).", ["12"])
Q("english", "Which body in Tran Bien ward awards the scholarships and how many per year?",
  [(TB, "Hội Khuyến học phường chủ trì bình xét danh hiệu \"Công dân học tập\", \"Gia đình học tập\" và trao 150 suất học bổng mỗi năm.")],
  "The ward Study Promotion Association (Hội Khuyến học phường), 150 scholarships a year.", ["Hội Khuyến học", "150"])

# ---------------- follow_up
H1 = ["Theo kế hoạch Kon Tum, tỷ lệ Gia đình học tập năm 2026 là bao nhiêu?", "Năm 2026 đạt 60%."]
Q("follow_up", "Còn năm 2030 thì sao?",
  [(KT, "- Tỷ lệ hộ gia đình đạt danh hiệu \"Gia đình học tập\": năm 2026 đạt 60%, năm 2028 đạt 70%, năm 2030 đạt 80%.")],
  "Năm 2030 đạt 80%.", ["80%"], H1)
Q("follow_up", "Còn cộng đồng học tập thì sao?",
  [(KT, "- Tỷ lệ thôn, làng, tổ dân phố đạt danh hiệu \"Cộng đồng học tập\": năm 2026 đạt 50%, năm 2028 đạt 62%, năm 2030 đạt 75%.")],
  "Thôn, làng, tổ dân phố đạt \"Cộng đồng học tập\": năm 2026 đạt 50% (2028: 62%, 2030: 75%).", ["50%"], H1)
Q("follow_up", "Thế năm 2028 ở đó thì bao nhiêu?",
  [(KT, "- Tỷ lệ thôn, làng, tổ dân phố đạt danh hiệu \"Cộng đồng học tập\": năm 2026 đạt 50%, năm 2028 đạt 62%, năm 2030 đạt 75%.")],
  "Năm 2028: 62% thôn, làng, tổ dân phố đạt \"Cộng đồng học tập\".", ["62%"],
  H1 + ["Còn cộng đồng học tập thì sao?", "Năm 2026 đạt 50% thôn, làng, tổ dân phố."])
Q("follow_up", "Ngân sách huyện chiếm bao nhiêu trong đó?",
  [(KT, "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2025 - 2030 là 48 tỷ đồng, trong đó: ngân sách tỉnh 60%, ngân sách huyện 25%, xã hội hóa 15%.")],
  "Ngân sách huyện 25% của 48 tỷ đồng, tức 12 tỷ đồng.", ["25%", "12 tỷ"],
  ["Tổng kinh phí kế hoạch của tỉnh Kon Tum là bao nhiêu?", "48 tỷ đồng cho giai đoạn 2025 - 2030."])
Q("follow_up", "Còn xã hội hóa?",
  [(KT, "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2025 - 2030 là 48 tỷ đồng, trong đó: ngân sách tỉnh 60%, ngân sách huyện 25%, xã hội hóa 15%.")],
  "Xã hội hóa 15%, tức 7,2 tỷ đồng.", ["15%", "7,2"],
  ["Tổng kinh phí kế hoạch của tỉnh Kon Tum là bao nhiêu?", "48 tỷ đồng cho giai đoạn 2025 - 2030.",
   "Ngân sách huyện chiếm bao nhiêu trong đó?", "25%, tức 12 tỷ đồng."])
Q("follow_up", "Còn năm 2029 thì sao?",
  [(TB, "2029 81 95 65 70")],
  "Năm 2029: Khu phố học tập 95%.", ["95%"],
  ["Phường Trấn Biên đặt chỉ tiêu Khu phố học tập năm 2027 bao nhiêu?", "Năm 2027: 75% khu phố."])
Q("follow_up", "Thế còn Công dân học tập năm đó?",
  [(TB, "2029 81 95 65 70")],
  "Năm 2029: 65% Công dân học tập.", ["65%"],
  ["Phường Trấn Biên đặt chỉ tiêu Khu phố học tập năm 2027 bao nhiêu?", "Năm 2027: 75% khu phố.",
   "Còn năm 2029 thì sao?", "Năm 2029: 95%."])
Q("follow_up", "Họ phải báo cáo trước ngày nào?",
  [(TB, "tổng hợp báo cáo kết quả thực hiện gửi Ủy ban nhân dân phường trước ngày 05/12 hằng năm.")],
  "Phòng Văn hóa - Xã hội gửi báo cáo UBND phường trước ngày 05/12 hằng năm.", ["05/12"],
  ["Ở phường Trấn Biên, ai chủ trì tham mưu triển khai kế hoạch xã hội học tập?", "Phòng Văn hóa - Xã hội."])
Q("follow_up", "Còn Trung tâm học tập cộng đồng ở đó thì sao?",
  [(TB, "báo cáo kết quả hoạt động với Phòng Văn hóa - Xã hội trước ngày 25/11 hằng năm.")],
  "TTHTCĐ phường báo cáo với Phòng Văn hóa - Xã hội trước ngày 25/11 hằng năm.", ["25/11"],
  ["Ở phường Trấn Biên, ai chủ trì tham mưu triển khai kế hoạch xã hội học tập?", "Phòng Văn hóa - Xã hội.",
   "Họ phải báo cáo trước ngày nào?", "Trước ngày 05/12 hằng năm."])
Q("follow_up", "Việc đó phải xong khi nào?",
  [(DT, "| 3 | Xây dựng \\\"Thư viện | Trung tâm Văn | Phòng Văn hóa | Năm 2025 |")],
  "Trong năm 2025.", ["2025"],
  ["Duy Tiên có xây dựng thư viện số không?", "Có, \"Thư viện số Duy Tiên\" trên Cổng thông tin điện tử thị xã."])
Q("follow_up", "Ai chủ trì việc đó?",
  [(DT, "| 3 | Xây dựng \\\"Thư viện | Trung tâm Văn | Phòng Văn hóa | Năm 2025 |")],
  "Trung tâm Văn hóa, Thể thao và Truyền thanh chủ trì, Phòng Văn hóa và Thông tin phối hợp.", ["Trung tâm Văn hóa"],
  ["Duy Tiên có xây dựng thư viện số không?", "Có, \"Thư viện số Duy Tiên\" trên Cổng thông tin điện tử thị xã.",
   "Việc đó phải xong khi nào?", "Trong năm 2025."])
Q("follow_up", "Còn năm 2030 ở đó?",
  [(DT, "| 1 | Tỷ lệ hộ gia đình đạt danh hiệu \\\"Gia | 65% | 80% |")],
  "Năm 2030: 80% hộ gia đình.", ["80%"],
  ["Thị xã Duy Tiên đặt chỉ tiêu Gia đình học tập năm 2025 là bao nhiêu?", "65%."])
Q("follow_up", "What about 2030?",
  [(KT, "- Tỷ lệ người dân từ 15 tuổi trở lên có kỹ năng số cơ bản: năm 2026 đạt 45%, năm 2028 đạt 60%, năm 2030 đạt 75%.")],
  "75% in 2030.", ["75%"],
  ["What share of people aged 15+ in Kon Tum should have basic digital skills in 2026?", "45% in 2026."])
Q("follow_up", "What about the community learning centres there?",
  [(TB, "hỗ trợ Trung tâm học tập cộng đồng phường 120 triệu đồng/năm")],
  "120 million VND per year for the ward community learning centre.", ["120"],
  ["How much money does Tran Bien ward allocate each year?", "VND 350 million per year."])
Q("follow_up", "And who chairs the evaluation of 'learning citizens' there?",
  [(DT, "Hội Khuyến học thị xã chủ trì đánh giá, công nhận danh hiệu \\\"Công dân học tập\\\".")],
  "The town Study Promotion Association (Hội Khuyến học thị xã).", ["Hội Khuyến học"],
  ["What is the total budget of the Duy Tien plan?", "VND 6.3 billion for 2024-2030."])
Q("follow_up", "Khoản đó dùng để làm gì?",
  [(KT, "- Hỗ trợ mỗi trung tâm học tập cộng đồng ở xã đặc biệt khó khăn 30 triệu đồng/năm để mua sắm trang thiết bị, tài liệu.")],
  "Để mua sắm trang thiết bị, tài liệu cho TTHTCĐ ở xã đặc biệt khó khăn.", ["trang thiết bị"],
  ["Kon Tum hỗ trợ mỗi TTHTCĐ ở xã đặc biệt khó khăn bao nhiêu?", "30 triệu đồng/năm."])
Q("follow_up", "Còn Phòng Tài chính - Kế hoạch thì sao?",
  [(DT, "| 4 | Bố trí kinh phí, | Phòng Tài | Phòng Giáo dục | Tháng 11 |")],
  "Phòng Tài chính - Kế hoạch chủ trì bố trí kinh phí, hướng dẫn thanh quyết toán; thời gian tháng 11 hằng năm.", ["bố trí kinh phí", "Tháng 11"],
  ["Theo bảng phân công của Duy Tiên, Phòng Giáo dục và Đào tạo chủ trì những việc gì?", "Tham mưu Ban Chỉ đạo, hướng dẫn xã, phường (quý III/2024) và sơ kết giai đoạn 2024 - 2027 (quý IV/2027)."])
Q("follow_up", "Ở đó năm 2024 đạt cộng đồng học tập bao nhiêu?",
  [(KT, "tỷ lệ thôn, làng, tổ dân phố đạt danh hiệu \"Cộng đồng học tập\" là 41%")],
  "Năm 2024: 41% thôn, làng, tổ dân phố đạt \"Cộng đồng học tập\".", ["41%"],
  ["Kon Tum có bao nhiêu xã có TTHTCĐ?", "102/102 xã, phường, thị trấn."])
Q("follow_up", "Còn ở phường Trấn Biên thì ai phối hợp tuyên truyền về lừa đảo trực tuyến?",
  [(TB, "5. Công an phường – phối hợp tuyên truyền pháp luật về an ninh mạng, phòng, chống lừa đảo trực tuyến")],
  "Công an phường.", ["Công an phường"],
  ["Kon Tum giao Bộ đội Biên phòng làm gì?", "Chỉ đạo các đồn biên phòng phối hợp mở lớp xóa mù chữ tại các xã biên giới."])
Q("follow_up", "Vậy thị xã đó báo cáo lên tỉnh trước ngày nào?",
  [(DT, "trước ngày 10/12 hằng năm.")],
  "Phòng GD&ĐT tổng hợp báo cáo UBND thị xã và Sở GD&ĐT tỉnh Hà Nam trước ngày 10/12 hằng năm.", ["10/12"],
  ["Ở Duy Tiên các xã, phường gửi báo cáo về đâu?", "Về Phòng Giáo dục và Đào tạo trước ngày 30/11 hằng năm.",
   "Phòng GD&ĐT làm gì với báo cáo đó?", "Tổng hợp, báo cáo UBND thị xã và Sở GD&ĐT."])
Q("follow_up", "Còn kỹ năng số năm 2026 ở phường đó?",
  [(TB, "Người dân có kỹ năng số cơ bản (%)"), (TB, "2026 72 65 50 40")],
  "Năm 2026: 40% người dân có kỹ năng số cơ bản.", ["40%"],
  ["Phường Trấn Biên đặt chỉ tiêu Gia đình học tập năm 2026 bao nhiêu?", "72%."])

# ---------------- unanswerable
U("Kế hoạch xây dựng xã hội học tập của tỉnh Hà Nam đặt chỉ tiêu Gia đình học tập năm 2030 bao nhiêu?", REFUSE + " Chỉ có kế hoạch của thị xã Duy Tiên (thuộc Hà Nam); kế hoạch của tỉnh chỉ được viện dẫn.")
U("Tỉnh Đồng Nai giao kinh phí bao nhiêu cho xây dựng xã hội học tập giai đoạn 2026 - 2030?", REFUSE)
U("Phường Tam Hiệp có kế hoạch xây dựng xã hội học tập không, chỉ tiêu thế nào?", REFUSE)
U("Thành phố Phủ Lý đặt chỉ tiêu dòng họ học tập năm 2025 là bao nhiêu?", REFUSE)
U("Tỉnh Gia Lai mở bao nhiêu lớp xóa mù chữ mỗi năm?", REFUSE)
U("Huyện Đắk Hà phải đạt bao nhiêu phần trăm Gia đình học tập năm 2028?", REFUSE + " Kế hoạch Kon Tum chỉ đặt chỉ tiêu chung toàn tỉnh.")
U("Kế hoạch Kon Tum đặt chỉ tiêu tỷ lệ Dòng họ học tập năm 2030 là bao nhiêu?", REFUSE + " Kế hoạch không đặt chỉ tiêu dòng họ học tập.")
U("Phường Trấn Biên đặt chỉ tiêu Dòng họ học tập năm 2028 bao nhiêu?", REFUSE)
U("Hiện nay phường Trấn Biên có bao nhiêu hộ gia đình đạt Gia đình học tập?", REFUSE)
U("Năm 2023 thị xã Duy Tiên có bao nhiêu xã, phường đạt Đơn vị học tập?", REFUSE)
U("Trong 48 tỷ đồng của Kon Tum, bao nhiêu dành cho xóa mù chữ?", REFUSE + " Kế hoạch chỉ chia theo nguồn (tỉnh 60%, huyện 25%, xã hội hóa 15%).")
U("Duy Tiên chi bao nhiêu cho Thư viện số Duy Tiên?", REFUSE)
U("Xã nào ở Duy Tiên không hoàn thành chỉ tiêu sẽ bị xử lý thế nào?", REFUSE)
U("Kon Tum xử phạt thế nào nếu huyện không bố trí đủ ngân sách?", REFUSE)
U("Sở Y tế tỉnh Kon Tum được giao nhiệm vụ gì trong kế hoạch này?", REFUSE)
U("Trạm Y tế phường Trấn Biên có nhiệm vụ gì?", REFUSE)
U("What is the role of the Kon Tum provincial police in the plan?", "The loaded plans do not say; the Kon Tum plan does not name the provincial police.")
U("Đoàn Thanh niên phường Trấn Biên được giao gì?", REFUSE)
U("Phường Trấn Biên đặt chỉ tiêu Gia đình học tập năm 2025 bao nhiêu?", REFUSE + " Bảng 1 chỉ có các năm 2026 - 2030.")
U("Kon Tum đặt chỉ tiêu Gia đình học tập năm 2035 bao nhiêu?", REFUSE)
U("Duy Tiên đặt chỉ tiêu Gia đình học tập năm 2027 bao nhiêu?", REFUSE + " Bảng chỉ tiêu chỉ có năm 2025 và 2030.")
U("Ai ký Kế hoạch 1745/KH-UBND của tỉnh Hà Nam?", REFUSE)
U("Who signed Dong Nai province's plan 214/KH-UBND?", "The loaded plans do not say; that plan is only cited.")
U("Kon Tum đặt chỉ tiêu Gia đình học tập năm 2027 là bao nhiêu?", REFUSE + " Chỉ có năm 2026, 2028, 2030.")
U("What is the learning-family target of Quang Ninh province for 2030?", "The loaded plans do not cover Quảng Ninh.")
U("Còn ở phường Tam Hiệp thì sao?", REFUSE,
  ["Phường Trấn Biên đặt chỉ tiêu Khu phố học tập năm 2030 bao nhiêu?", "100%."])
U("Thế năm 2032 thì sao?", REFUSE,
  ["Kon Tum đặt chỉ tiêu kỹ năng số năm 2030 bao nhiêu?", "75%."])
U("What about Gia Lai province?", "The loaded plans do not cover Gia Lai.",
  ["What is Kon Tum's total budget?", "VND 48 billion.", "And the provincial share?", "60%."])
U("Còn Liên đoàn Lao động tỉnh Kon Tum thì sao?", REFUSE,
  ["Sở Tài chính Kon Tum làm gì?", "Tham mưu UBND tỉnh bố trí kinh phí trong dự toán ngân sách hằng năm."])


# ---------------- added after the Kon Tum text was extended (ids continue)
Q("agency_tasks", "Sở Lao động - Thương binh và Xã hội tỉnh Kon Tum có nhiệm vụ gì?",
  [(KT, "- Chủ trì, phối hợp với Ủy ban nhân dân các huyện, thành phố tổ chức bồi dưỡng kỹ năng cho khoảng 8.000 lao động nông thôn mỗi năm; hướng dẫn các cơ sở giáo dục nghề nghiệp liên kết với trung tâm học tập cộng đồng.")],
  "Chủ trì, phối hợp với UBND các huyện, thành phố bồi dưỡng kỹ năng cho khoảng 8.000 lao động nông thôn mỗi năm; hướng dẫn các cơ sở giáo dục nghề nghiệp liên kết với TTHTCĐ.", ["8.000", "lao động nông thôn"])
Q("agency_tasks", "Sở Thông tin và Truyền thông Kon Tum được giao gì trong kế hoạch xã hội học tập?",
  [(KT, "- Hướng dẫn các cơ quan báo chí, hệ thống thông tin cơ sở tuyên truyền về học tập suốt đời; phối hợp với Sở Giáo dục và Đào tạo triển khai kho học liệu số dùng chung trên nền tảng số của tỉnh.")],
  "Hướng dẫn báo chí, hệ thống thông tin cơ sở tuyên truyền về học tập suốt đời; phối hợp với Sở GD&ĐT triển khai kho học liệu số dùng chung.", ["báo chí", "kho học liệu số"])
Q("task_section", "Các lớp chuyên đề ở Kon Tum gắn với những sản phẩm, ngành nghề nào của địa phương?",
  [(KT, "- Gắn các lớp chuyên đề của trung tâm học tập cộng đồng với trồng sâm Ngọc Linh, cà phê, cây dược liệu và du lịch cộng đồng; mỗi năm bồi dưỡng kỹ năng cho khoảng 8.000 lao động nông thôn.")],
  "Trồng sâm Ngọc Linh, cà phê, cây dược liệu và du lịch cộng đồng; mỗi năm bồi dưỡng kỹ năng cho khoảng 8.000 lao động nông thôn.", ["sâm Ngọc Linh", "cà phê", "8.000"])
Q("english", "How many rural workers per year should receive skills training under the Kon Tum plan, and which department leads it?",
  [(KT, "- Chủ trì, phối hợp với Ủy ban nhân dân các huyện, thành phố tổ chức bồi dưỡng kỹ năng cho khoảng 8.000 lao động nông thôn mỗi năm")],
  "About 8,000 (8.000) rural workers a year, led by the Department of Labour, Invalids and Social Affairs (Sở Lao động - Thương binh và Xã hội).", ["000", "Lao động"])
Q("follow_up", "Ở đó năm 2024 có bao nhiêu lượt người tham gia các lớp chuyên đề?",
  [(KT, "năm 2024 toàn tỉnh có 1.250 lớp chuyên đề tại các trung tâm học tập cộng đồng với 86.400 lượt người tham gia")],
  "Năm 2024: 1.250 lớp chuyên đề với 86.400 lượt người tham gia.", ["86.400"],
  ["Kon Tum đặt chỉ tiêu TTHTCĐ xếp loại Tốt năm 2030 bao nhiêu?", "60%."])
U("Năm 2024 Kon Tum bồi dưỡng kỹ năng cho bao nhiêu lao động nông thôn?", REFUSE + " Kế hoạch chỉ đặt mức khoảng 8.000 lao động mỗi năm cho giai đoạn 2025 - 2030; kết quả 2024 không nêu con số này.")
U("Thị xã Duy Tiên có bao nhiêu công nhân đang làm việc tại các khu công nghiệp Đồng Văn?", REFUSE)

Q("deadline", "Phường Trấn Biên tổ chức Tuần lễ hưởng ứng học tập suốt đời vào tháng nào?",
  [(TB, "tổ chức \"Tuần lễ hưởng ứng học tập suốt đời\" vào tháng 10 hằng năm.")],
  "Vào tháng 10 hằng năm.", ["tháng 10"])
Q("target", "Mỗi trung tâm học tập cộng đồng ở Duy Tiên phải tổ chức bao nhiêu chuyên đề mỗi năm?",
  [(DT, "Duy trì 9/9 trung tâm học tập cộng đồng hoạt động hiệu quả; mỗi trung tâm tổ chức ít nhất 12 chuyên đề/năm.")],
  "Ít nhất 12 chuyên đề/năm mỗi trung tâm; duy trì 9/9 trung tâm hoạt động hiệu quả.", ["12 chuyên đề", "9/9"])
Q("english", "Who signed the Duy Tien town plan?",
  [(DT, "**Trần Quang Vinh**")],
  "Trần Quang Vinh, Vice Chairman (KT. CHỦ TỊCH / PHÓ CHỦ TỊCH) of the town People's Committee.", ["Trần Quang Vinh"])
Q("paraphrase", "Mỗi khu phố ở Trấn Biên cần có gì để phát triển văn hóa đọc?",
  [(TB, "mỗi khu phố xây dựng ít nhất 01 tủ sách cộng đồng; phát triển văn hóa đọc trong thanh thiếu niên.")],
  "Mỗi khu phố xây dựng ít nhất 01 tủ sách cộng đồng (do Trưởng khu phố quản lý).", ["tủ sách cộng đồng"])

for i, q in enumerate(QS, 1):
    q["id"] = f"u{i:03d}"
with open(OUT, "w", encoding="utf-8") as f:
    for q in QS:
        f.write(unicodedata.normalize("NFC", json.dumps(q, ensure_ascii=False)) + "\n")
print(len(QS), "questions ->", OUT)
