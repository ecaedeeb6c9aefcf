"""Hand-written questions on the three held-out plans; writes eval/sets/newplans.jsonl (FORMAT.md format).

    python eval/sets/src/questions_src.py

docs of a question = the plans its evidence comes from (in order); [] for unanswerable questions.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "newplans.jsonl")

QT = "quangtri_112-KH-UBND_2024.docx"
CB = "cambinh_09-KH-UBND_2025.pdf"
DT = "ductrong_156-KH-UBND_2024.md"
HUE = "000_4550be4bb11189cd.txt"
ML = "001_7bafa58816a5de75.txt"
HN = "002_797e8de6131c77f9.txt"

QS = []


def Q(type_, question, evidence, answer, key_facts, history=()):
    docs = []
    for d, _ in evidence:
        if d not in docs:
            docs.append(d)
    QS.append({"id": f"n{len(QS) + 1:03d}", "question": question, "type": type_, "docs": docs,
               "evidence": [{"doc": d, "span": s} for d, s in evidence], "answer": answer,
               "key_facts": list(key_facts),
               "history": [{"role": r, "content": c} for r, c in history]})


def U(question, answer):
    Q("unanswerable", question, [], answer, [])


# ------------------------------------------------------------------ agency_tasks
Q("agency_tasks", "Trong kế hoạch giai đoạn 2025-2030 của tỉnh Quảng Trị, Sở Thông tin và Truyền thông được giao những việc gì?",
  [(QT, "Chủ trì phát triển nền tảng học tập trực tuyến mở của tỉnh"),
   (QT, "tổ chức ít nhất 02 lớp tập huấn kỹ năng số cho thành viên Tổ công nghệ số cộng đồng mỗi năm")],
  "Sở Thông tin và Truyền thông chủ trì phát triển nền tảng học tập trực tuyến mở của tỉnh, bảo đảm hạ tầng kết nối cho Trung tâm học tập cộng đồng ở xã vùng sâu, vùng xa; hướng dẫn báo chí, hệ thống thông tin cơ sở tuyên truyền về học tập suốt đời; phối hợp Sở GD&ĐT tổ chức ít nhất 02 lớp tập huấn kỹ năng số cho Tổ công nghệ số cộng đồng mỗi năm.",
  ["nền tảng học tập trực tuyến mở", "02 lớp tập huấn"])
Q("agency_tasks", "Công an xã Cẩm Bình có nhiệm vụ gì trong kế hoạch xây dựng xã hội học tập năm 2025?",
  [(CB, "tuyên truyền pháp luật, an toàn giao thông, phòng chống tội phạm công nghệ cao")],
  "Công an xã phối hợp với Trung tâm học tập cộng đồng tổ chức tuyên truyền pháp luật, an toàn giao thông, phòng chống tội phạm công nghệ cao cho người dân.",
  ["tuyên truyền pháp luật", "tội phạm công nghệ cao"])
Q("agency_tasks", "Phòng Nội vụ huyện Đức Trọng phải làm gì theo kế hoạch xây dựng xã hội học tập?",
  [(DT, "Tham mưu đào tạo, bồi dưỡng cán bộ, công chức, viên chức cấp huyện, cấp xã"),
   (DT, "Hướng dẫn đánh giá, công nhận “Đơn vị học tập” cấp huyện")],
  "Phòng Nội vụ tham mưu đào tạo, bồi dưỡng cán bộ, công chức, viên chức cấp huyện, cấp xã theo vị trí việc làm và chuyển đổi số; hướng dẫn đánh giá, công nhận “Đơn vị học tập” cấp huyện và đưa kết quả vào tiêu chí thi đua.",
  ["bồi dưỡng cán bộ", "Đơn vị học tập"])
Q("agency_tasks", "Sở Nội vụ Quảng Trị chịu trách nhiệm những gì trong kế hoạch xã hội học tập?",
  [(QT, "Chủ trì tham mưu kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức"),
   (QT, "đưa tiêu chí xây dựng đơn vị học tập vào bình xét thi đua hằng năm")],
  "Sở Nội vụ chủ trì tham mưu kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức gắn với học tập suốt đời và chuyển đổi số; hướng dẫn đánh giá, công nhận “Đơn vị học tập” với cơ quan cấp tỉnh, đưa tiêu chí vào bình xét thi đua; chỉ đạo Ban Thi đua - Khen thưởng tỉnh tham mưu khen thưởng trong sơ kết Quý IV/2027.",
  ["đào tạo, bồi dưỡng", "Đơn vị học tập", "Ban Thi đua - Khen thưởng"])
Q("agency_tasks", "Trung tâm học tập cộng đồng xã Cẩm Bình phải làm những gì?",
  [(CB, "Xây dựng và thực hiện kế hoạch hoạt động năm 2025"),
   (CB, "lớp xóa mù chữ, lớp sau xóa mù chữ theo nhu cầu")],
  "Trung tâm xây dựng và thực hiện kế hoạch hoạt động năm 2025, báo cáo UBND xã trước ngày 31/01/2025; tổ chức các lớp chuyên đề, lớp xóa mù chữ, lớp sau xóa mù chữ theo nhu cầu người dân.",
  ["kế hoạch hoạt động năm 2025", "31/01/2025", "xóa mù chữ"])
Q("agency_tasks", "Hội Khuyến học huyện Đức Trọng được đề nghị làm gì?",
  [(DT, "tổ chức đánh giá, công nhận các danh hiệu “Gia đình học tập”"),
   (DT, "mỗi năm vận động ít nhất 300 suất học bổng cho học sinh dân tộc thiểu số.")],
  "Hội Khuyến học huyện chủ trì, phối hợp Phòng GD&ĐT đánh giá, công nhận các danh hiệu “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” cấp thôn, tổ dân phố; phát triển quỹ khuyến học, mỗi năm vận động ít nhất 300 suất học bổng cho học sinh dân tộc thiểu số.",
  ["Gia đình học tập", "300 suất học bổng"])
Q("agency_tasks", "Ban Dân tộc tỉnh Quảng Trị được giao nhiệm vụ gì?",
  [(QT, "Chủ trì lồng ghép nội dung xóa mù chữ, học tập suốt đời vào các chính sách dân tộc")],
  "Ban Dân tộc tỉnh chủ trì lồng ghép nội dung xóa mù chữ, học tập suốt đời vào các chính sách dân tộc và phối hợp đánh giá kết quả học tập của đồng bào dân tộc thiểu số.",
  ["chính sách dân tộc"])
Q("agency_tasks", "Trưởng thôn ở xã Cẩm Bình cần làm gì để thực hiện kế hoạch?",
  [(CB, "Tuyên truyền, vận động người dân tham gia học tập"),
   (CB, "tổng hợp danh sách gia đình, công dân đăng ký danh hiệu học tập")],
  "Trưởng thôn tuyên truyền, vận động người dân tham gia học tập; tổng hợp danh sách gia đình, công dân đăng ký danh hiệu học tập, gửi UBND xã trước ngày 15/3/2025.",
  ["danh sách", "15/3/2025"])
# ------------------------------------------------------------------ target
Q("target", "Đến năm 2030 Quảng Trị phấn đấu bao nhiêu phần trăm công dân đạt danh hiệu Công dân học tập?",
  [(QT, "Tỷ lệ công dân đạt danh hiệu “Công dân học tập”")],
  "Theo bảng chỉ tiêu của kế hoạch, tỷ lệ công dân đạt danh hiệu “Công dân học tập” là 60% vào năm 2030 (40% năm 2025).",
  ["60%"])
Q("target", "Tỷ lệ lao động qua đào tạo mà Quảng Trị đặt ra cho năm 2025 là bao nhiêu?",
  [(QT, "Tỷ lệ lao động qua đào tạo")],
  "Khoảng 65% năm 2025 (75% năm 2030), theo bảng chỉ tiêu chủ yếu.",
  ["65%"])
Q("target", "Xã Cẩm Bình đặt chỉ tiêu bao nhiêu phần trăm hộ gia đình đạt Gia đình học tập năm 2025?",
  [(CB, "60% hộ gia đình đạt danh hiệu “Gia đình học tập”")],
  "60% hộ gia đình đạt danh hiệu “Gia đình học tập” (và 70% dòng họ đạt “Dòng họ học tập”).",
  ["60%"])
Q("target", "Năm 2025 Trung tâm học tập cộng đồng xã Cẩm Bình phải mở bao nhiêu lớp chuyên đề và thu hút bao nhiêu người?",
  [(CB, "Tổ chức ít nhất 12 lớp chuyên đề trong năm"), (CB, "thu hút trên 2.500 lượt người")],
  "Ít nhất 12 lớp chuyên đề trong năm, thu hút trên 2.500 lượt người tham gia.",
  ["12", "2.500"])
Q("target", "Huyện Đức Trọng đặt mục tiêu tỷ lệ người trong độ tuổi lao động được trang bị kỹ năng sống đến năm 2030 là bao nhiêu?",
  [(DT, "| 2 | Người trong độ tuổi lao động được trang bị kỹ năng sống | 55% | 70% |")],
  "70% đến năm 2030 (55% đến năm 2025).",
  ["70%"])
Q("target", "Đến 2030 Quảng Trị muốn có bao nhiêu huyện, thị xã, thành phố đạt Cộng đồng học tập cấp huyện mức độ 2?",
  [(QT, "Số huyện, thị xã, thành phố đạt “Cộng đồng học tập” cấp huyện mức độ 2")],
  "Ít nhất 6 đơn vị cấp huyện vào năm 2030 (ít nhất 3 vào năm 2025).",
  ["ít nhất 6"])
Q("target", "Tỷ lệ lao động nông thôn qua đào tạo của Đức Trọng đến năm 2025 là bao nhiêu?",
  [(DT, "| 8 | Lao động nông thôn qua đào tạo | 62-65% | Trên 75% |")],
  "62-65% đến năm 2025; trên 75% đến năm 2030.",
  ["62-65%"])
Q("target", "Quảng Trị đặt chỉ tiêu gì về thư viện số ở cấp huyện?",
  [(QT, "Đến năm 2030, 85% thư viện cấp huyện cung cấp dịch vụ thư viện số cho người dân.")],
  "Đến năm 2030, 85% thư viện cấp huyện cung cấp dịch vụ thư viện số cho người dân.",
  ["85%", "2030"])
# ------------------------------------------------------------------ deadline
Q("deadline", "Ủy ban nhân dân các huyện ở Quảng Trị phải hoàn thành kế hoạch của địa phương trước ngày nào?",
  [(QT, "Xây dựng kế hoạch thực hiện của địa phương, hoàn thành trước ngày 31/01/2025")],
  "Trước ngày 31/01/2025; sau đó báo cáo kết quả về Sở GD&ĐT trước ngày 05/12 hằng năm.",
  ["31/01/2025"])
Q("deadline", "Theo kế hoạch xã Cẩm Bình, các thôn, đoàn thể, trường học phải nộp báo cáo 6 tháng và báo cáo năm khi nào?",
  [(CB, "định kỳ 6 tháng trước ngày 10/6/2025"), (CB, "báo cáo năm trước ngày 05/12/2025")],
  "Báo cáo về UBND xã (qua công chức Văn hóa - Xã hội): 6 tháng trước ngày 10/6/2025, báo cáo năm trước ngày 05/12/2025.",
  ["10/6/2025", "05/12/2025"])
Q("deadline", "Khi nào Sở Giáo dục và Đào tạo Quảng Trị phải gửi báo cáo sơ kết giữa kỳ lên UBND tỉnh?",
  [(QT, "báo cáo sơ kết giữa kỳ trước ngày 15/11/2027"), (QT, "tổ chức sơ kết giữa kỳ vào Quý IV/2027")],
  "Báo cáo sơ kết giữa kỳ trước ngày 15/11/2027 (sơ kết tổ chức vào Quý IV/2027); báo cáo tổng kết trước ngày 15/11/2030.",
  ["15/11/2027"])
Q("deadline", "Phòng GD&ĐT Đức Trọng phải xếp loại các Trung tâm học tập cộng đồng xong trước ngày nào?",
  [(DT, "tổ chức đánh giá, xếp loại Trung tâm học tập cộng đồng trước ngày 30/11 hằng năm.")],
  "Trước ngày 30/11 hằng năm.",
  ["30/11"])
Q("deadline", "Công chức Tài chính - Kế toán xã Cẩm Bình phải quyết toán kinh phí của Trung tâm học tập cộng đồng trước khi nào?",
  [(CB, "hướng dẫn thanh toán, quyết toán kinh phí hoạt động"), (CB, "đúng quy định trước ngày 25/12/2025")],
  "Trước ngày 25/12/2025.",
  ["25/12/2025"])
Q("deadline", "Các xã, thị trấn ở Đức Trọng gửi báo cáo 6 tháng và báo cáo năm về huyện trước ngày nào?",
  [(DT, "báo cáo kết quả thực hiện 6 tháng trước ngày 10/6 và báo cáo năm trước ngày 05/12 hằng năm")],
  "Báo cáo 6 tháng trước ngày 10/6, báo cáo năm trước ngày 05/12 hằng năm, gửi Phòng Giáo dục và Đào tạo.",
  ["10/6", "05/12"])
# ------------------------------------------------------------------ funding
Q("funding", "Ngân sách tỉnh Quảng Trị dành bao nhiêu tiền mỗi năm cho các hoạt động chung của kế hoạch xã hội học tập?",
  [(QT, "Ngân sách tỉnh bố trí khoảng 1,2 tỷ đồng mỗi năm cho các hoạt động chung cấp tỉnh")],
  "Khoảng 1,2 tỷ đồng mỗi năm (truyền thông, tập huấn, kiểm tra, sơ kết, tổng kết), giao Sở Giáo dục và Đào tạo quản lý, sử dụng.",
  ["1,2 tỷ đồng", "Sở Giáo dục và Đào tạo"])
Q("funding", "Kinh phí cho Trung tâm học tập cộng đồng xã Cẩm Bình năm 2025 là bao nhiêu?",
  [(CB, "Ngân sách xã bố trí 35 triệu đồng cho hoạt động")],
  "Ngân sách xã bố trí 35 triệu đồng cho hoạt động của Trung tâm năm 2025, cùng nguồn hỗ trợ của huyện và xã hội hóa.",
  ["35 triệu đồng"])
Q("funding", "Mỗi Trung tâm học tập cộng đồng ở Đức Trọng được bảo đảm kinh phí tối thiểu bao nhiêu một năm?",
  [(DT, "tối thiểu 20 triệu đồng/trung tâm/năm.")],
  "Ngân sách xã, thị trấn bảo đảm tối thiểu 20 triệu đồng/trung tâm/năm.",
  ["20 triệu đồng"])
Q("funding", "Kế hoạch của huyện Đức Trọng được thực hiện bằng những nguồn kinh phí nào?",
  [(DT, "Ngân sách huyện bố trí trong dự toán chi sự nghiệp giáo dục hằng năm"),
   (DT, "Huy động nguồn xã hội hóa, nguồn vốn Chương trình mục tiêu quốc gia")],
  "Ngân sách huyện (dự toán chi sự nghiệp giáo dục, dự kiến 400 triệu đồng/năm); ngân sách xã, thị trấn cho Trung tâm học tập cộng đồng (tối thiểu 20 triệu đồng/trung tâm/năm); nguồn xã hội hóa và vốn Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số và miền núi.",
  ["400 triệu đồng", "xã hội hóa"])
Q("funding", "Ngoài ngân sách, Quảng Trị lồng ghép những nguồn vốn nào để thực hiện kế hoạch?",
  [(QT, "Lồng ghép nguồn vốn của các Chương trình mục tiêu quốc gia, nguồn tài trợ hợp pháp và kinh phí xã hội hóa")],
  "Nguồn vốn các Chương trình mục tiêu quốc gia, nguồn tài trợ hợp pháp và kinh phí xã hội hóa.",
  ["Chương trình mục tiêu quốc gia", "xã hội hóa"])
# ------------------------------------------------------------------ legal_basis
Q("legal_basis", "Kế hoạch xây dựng xã hội học tập của Quảng Trị căn cứ vào những văn bản nào?",
  [(QT, "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ"),
   (QT, "Căn cứ Chương trình hành động số 41-CTr/TU ngày 05/3/2024")],
  "Luật Tổ chức chính quyền địa phương, Luật Giáo dục 2019, Kết luận 49-KL/TW, Quyết định 1373/QĐ-TTg, Thông tư 22/2020/TT-BGDĐT và Chương trình hành động 41-CTr/TU của Tỉnh ủy; theo Tờ trình 2087/TTr-SGDĐT của Sở GD&ĐT.",
  ["1373/QĐ-TTg", "41-CTr/TU", "22/2020/TT-BGDĐT"])
Q("legal_basis", "Xã Cẩm Bình ban hành kế hoạch năm 2025 dựa trên kế hoạch nào của huyện?",
  [(CB, "Căn cứ Kế hoạch số 27/KH-UBND ngày 10/01/2025 của Ủy ban nhân dân huyện Cẩm Xuyên")],
  "Kế hoạch số 27/KH-UBND ngày 10/01/2025 của UBND huyện Cẩm Xuyên về xây dựng xã hội học tập năm 2025.",
  ["27/KH-UBND", "10/01/2025"])
Q("legal_basis", "Kế hoạch của huyện Đức Trọng triển khai theo kế hoạch nào của tỉnh Lâm Đồng?",
  [(DT, "Căn cứ Kế hoạch số 1845/KH-UBND ngày 15/3/2024 của Ủy ban nhân dân tỉnh Lâm Đồng")],
  "Kế hoạch số 1845/KH-UBND ngày 15/3/2024 của UBND tỉnh Lâm Đồng về xây dựng xã hội học tập đến năm 2030 (cùng Quyết định 1373/QĐ-TTg và Thông tư 44/2014/TT-BGDĐT).",
  ["1845/KH-UBND"])
Q("legal_basis", "Văn bản nào quy định đánh giá, xếp loại Cộng đồng học tập cấp xã mà xã Cẩm Bình lấy làm căn cứ?",
  [(CB, "Thông tư số 44/2014/TT-BGDĐT ngày 12/12/2014")],
  "Thông tư số 44/2014/TT-BGDĐT ngày 12/12/2014 của Bộ trưởng Bộ GD&ĐT.",
  ["44/2014/TT-BGDĐT"])
# ------------------------------------------------------------------ purpose
Q("purpose", "Kế hoạch xã hội học tập của Quảng Trị nhằm mục đích gì?",
  [(QT, "Tạo cơ hội để mọi người dân, nhất là người dân vùng núi, vùng đồng bào dân tộc thiểu số"),
   (QT, "Huy động sức mạnh tổng hợp của cả hệ thống chính trị")],
  "Cụ thể hóa chủ trương của Trung ương và Tỉnh ủy; tạo cơ hội cho mọi người dân, nhất là vùng núi, vùng đồng bào dân tộc thiểu số, vùng bãi ngang ven biển, học tập suốt đời; huy động cả hệ thống chính trị và nhân dân tham gia, góp phần phát triển nguồn nhân lực cho tăng trưởng xanh.",
  ["học tập suốt đời", "hệ thống chính trị"])
Q("purpose", "Xã Cẩm Bình đặt ra yêu cầu gì khi triển khai kế hoạch?",
  [(CB, "xác định rõ nhiệm vụ được giao, có kế"), (CB, "sát nhu cầu thực tế của người dân, phù hợp thời vụ sản xuất")],
  "Các ban, ngành, đoàn thể và thôn xác định rõ nhiệm vụ được giao, có kế hoạch cụ thể, lồng ghép với phong trào thi đua; nội dung học tập sát nhu cầu người dân, phù hợp thời vụ sản xuất nông nghiệp và nghề đánh bắt ven biển.",
  ["nhiệm vụ được giao", "thời vụ"])
Q("purpose", "Mục tiêu chung của kế hoạch huyện Đức Trọng là gì?",
  [(DT, "Hình thành trên địa bàn huyện một hệ thống học tập mở, linh hoạt, liên thông")],
  "Hình thành hệ thống học tập mở, linh hoạt, liên thông để mọi người dân học tập suốt đời, góp phần nâng cao chất lượng nguồn nhân lực, xây dựng Đức Trọng trở thành thị xã trước năm 2030.",
  ["hệ thống học tập mở", "nguồn nhân lực"])
# ------------------------------------------------------------------ task_section
Q("task_section", "Quảng Trị có giải pháp gì để thúc đẩy chuyển đổi số trong học tập suốt đời?",
  [(QT, "Xây dựng kho học liệu số dùng chung của tỉnh"), (QT, "Phát huy vai trò của các Tổ công nghệ số cộng đồng")],
  "Xây dựng kho học liệu số dùng chung trên nền tảng học tập trực tuyến mở (kỹ năng số, an toàn thông tin, nông nghiệp công nghệ cao); phát huy Tổ công nghệ số cộng đồng hướng dẫn người dân dùng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt, học trên mạng.",
  ["học liệu số", "Tổ công nghệ số cộng đồng"])
Q("task_section", "Xã Cẩm Bình làm gì để nâng cao chất lượng Trung tâm học tập cộng đồng?",
  [(CB, "Kiện toàn Ban Giám đốc Trung tâm học tập cộng đồng xã trong Quý I/2025"),
   (CB, "bổ sung ít nhất 200 đầu sách trong năm 2025.")],
  "Kiện toàn Ban Giám đốc Trung tâm trong Quý I/2025 và phân công phụ trách từng lĩnh vực; mở lớp chuyên đề (rau an toàn, thủy sản, phòng dịch gia súc, an toàn giao thông, phòng chống đuối nước); phối hợp Trung tâm GDNN-GDTX huyện mở lớp sơ cấp nghề; duy trì tủ sách, bổ sung ít nhất 200 đầu sách năm 2025.",
  ["Ban Giám đốc", "200 đầu sách"])
Q("task_section", "Huyện Đức Trọng triển khai những mô hình học tập nào?",
  [(DT, "Xây dựng mô hình “Hợp tác xã học tập”"), (DT, "Triển khai đánh giá, công nhận “Công dân học tập”")],
  "Đánh giá, công nhận “Công dân học tập”, “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” cấp thôn, tổ dân phố; xây dựng mô hình “Hợp tác xã học tập” tại các HTX nông nghiệp ở Hiệp Thạnh, Hiệp An, N'Thôl Hạ.",
  ["Hợp tác xã học tập", "Dòng họ học tập"])
Q("task_section", "Về xóa mù chữ, kế hoạch Quảng Trị đưa ra những giải pháp nào?",
  [(QT, "Ưu tiên mở lớp xóa mù chữ, lớp sau xóa mù chữ tại các xã có tỷ lệ người dân tộc thiểu số cao"),
   (QT, "bộ đội biên phòng tham gia dạy chữ")],
  "Rà soát, lập danh sách người mù chữ, tái mù chữ theo thôn, bản; ưu tiên mở lớp xóa mù chữ, sau xóa mù chữ ở xã có nhiều người dân tộc thiểu số, linh hoạt theo mùa vụ; huy động giáo viên, đoàn viên, bộ đội biên phòng dạy chữ ở bản biên giới.",
  ["lớp xóa mù chữ", "bộ đội biên phòng"])
# ------------------------------------------------------------------ cross_plan
Q("cross_plan", "So sánh chỉ tiêu tỷ lệ công dân học tập năm 2025 của tỉnh Quảng Trị, huyện Đức Trọng và xã Cẩm Bình.",
  [(QT, "Tỷ lệ công dân đạt danh hiệu “Công dân học tập”"),
   (DT, "| 4 | Công dân đạt danh hiệu “Công dân học tập” | 35% | 50% |"),
   (CB, "Ít nhất 45% công dân đạt danh hiệu “Công dân học tập”.")],
  "Năm 2025: Quảng Trị 40%, Đức Trọng 35%, xã Cẩm Bình ít nhất 45%.",
  ["40%", "35%", "45%"])
Q("cross_plan", "Chỉ tiêu công dân học tập đến 2030 của Quảng Trị và của Hà Nội chênh nhau bao nhiêu?",
  [(QT, "Tỷ lệ công dân đạt danh hiệu “Công dân học tập”"),
   (HN, "70% công dân đạt danh hiệu công dân học tập; 70% công dân đạt kỹ năng số.")],
  "Đến 2030 Quảng Trị đặt 60%, Hà Nội 70%: Hà Nội cao hơn 10 điểm phần trăm.",
  ["60%", "70%"])
Q("cross_plan", "Tỷ lệ người trong độ tuổi lao động được trang bị kỹ năng sống năm 2025 của Đức Trọng so với huyện Mỹ Lộc thế nào?",
  [(DT, "| 2 | Người trong độ tuổi lao động được trang bị kỹ năng sống | 55% | 70% |"),
   (ML, "60% số người trong độ tuổi lao động được trang bị kỹ năng sống.")],
  "Năm 2025 Đức Trọng đặt 55%, Mỹ Lộc 60%.",
  ["55%", "60%"])
Q("cross_plan", "Kinh phí dành cho Trung tâm học tập cộng đồng ở xã Cẩm Bình và ở huyện Đức Trọng được quy định thế nào?",
  [(CB, "Ngân sách xã bố trí 35 triệu đồng cho hoạt động"), (DT, "tối thiểu 20 triệu đồng/trung tâm/năm.")],
  "Cẩm Bình: ngân sách xã bố trí 35 triệu đồng cho Trung tâm năm 2025. Đức Trọng: ngân sách xã, thị trấn bảo đảm tối thiểu 20 triệu đồng/trung tâm/năm.",
  ["35 triệu", "20 triệu"])
Q("cross_plan", "Những kế hoạch nào đặt chỉ tiêu tỷ lệ người từ 15 đến 60 tuổi biết chữ, mức bao nhiêu?",
  [(QT, "Tỷ lệ người trong độ tuổi từ 15 đến 60 biết chữ"),
   (CB, "tỷ lệ người trong độ tuổi 15-60 biết chữ đạt 99,2%"),
   (HN, "Duy trì 99,5% trở lên người trong độ tuổi 15-60 biết chữ."),
   (HN, "99,6% người trong độ tuổi 15-60 biết chữ.")],
  "Quảng Trị: 98,5% (2025), trên 99% (2030); xã Cẩm Bình: 99,2% (2025); Hà Nội: 99,5% trở lên (2025), 99,6% (2030).",
  ["98,5%", "99,2%", "99,5%"])
# ------------------------------------------------------------------ no_diacritics
Q("no_diacritics", "so tai chinh quang tri co nhiem vu gi trong ke hoach xay dung xa hoi hoc tap",
  [(QT, "Căn cứ khả năng cân đối ngân sách, tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch"),
   (QT, "thẩm định dự toán kinh phí của Sở Giáo dục và Đào tạo trước ngày 31/7 hằng năm")],
  "Sở Tài chính tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch trong dự toán hằng năm; hướng dẫn, kiểm tra sử dụng, quyết toán; thẩm định dự toán kinh phí của Sở GD&ĐT trước ngày 31/7 hằng năm.",
  ["bố trí kinh phí", "31/7"])
Q("no_diacritics", "ty le cong dan hoc tap xa cam binh nam 2025 la bao nhieu",
  [(CB, "Ít nhất 45% công dân đạt danh hiệu “Công dân học tập”.")],
  "Ít nhất 45% công dân đạt danh hiệu “Công dân học tập”.",
  ["45%"])
Q("no_diacritics", "phong van hoa va thong tin huyen duc trong lam gi",
  [(DT, "Chủ trì hướng dẫn các thiết chế văn hóa cơ sở, thư viện huyện tổ chức các hoạt động đọc sách"),
   (DT, "Chỉ đạo tuyên truyền về xây dựng xã hội học tập trên hệ thống thông tin cơ sở")],
  "Phòng Văn hóa và Thông tin hướng dẫn thiết chế văn hóa cơ sở, thư viện huyện tổ chức đọc sách, câu lạc bộ; chỉ đạo tuyên truyền về xã hội học tập trên hệ thống thông tin cơ sở và Trang thông tin điện tử huyện.",
  ["đọc sách", "thông tin cơ sở"])
Q("no_diacritics", "doan thanh nien xa cam binh phai lam gi",
  [(CB, "hướng dẫn kỹ năng số cho người cao tuổi")],
  "Đoàn Thanh niên xã thành lập đội thanh niên tình nguyện hướng dẫn kỹ năng số cho người cao tuổi; tổ chức sinh hoạt hè cho thiếu nhi tại các thôn trong tháng 6 và tháng 7/2025.",
  ["kỹ năng số", "người cao tuổi"])
Q("no_diacritics", "quang tri chon bao nhieu doanh nghiep lam diem mo hinh doanh nghiep hoc tap",
  [(QT, "chọn ít nhất 05 doanh nghiệp làm điểm trong năm 2025.")],
  "Chọn ít nhất 05 doanh nghiệp làm điểm mô hình “Doanh nghiệp học tập” trong năm 2025, tại các khu công nghiệp, khu kinh tế.",
  ["ít nhất 05"])
# ------------------------------------------------------------------ abbreviation
Q("abbreviation", "KH XHHT của tỉnh QT đề nghị UBMTTQ VN tỉnh làm gì?",
  [(QT, "Đưa nội dung xây dựng xã hội học tập vào Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”"),
   (QT, "Vận động đoàn viên, hội viên đăng ký và phấn đấu đạt danh hiệu “Công dân học tập”, “Gia đình học tập”.")],
  "Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội đưa xây dựng xã hội học tập vào Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”, giám sát thực hiện tại cơ sở, vận động đoàn viên, hội viên phấn đấu đạt “Công dân học tập”, “Gia đình học tập”.",
  ["Toàn dân đoàn kết", "Công dân học tập"])
Q("abbreviation", "Phòng LĐ-TB&XH huyện Đức Trọng có nhiệm vụ gì?",
  [(DT, "Chủ trì đào tạo nghề cho lao động nông thôn"), (DT, "khảo sát nhu cầu học nghề trong Quý I hằng năm.")],
  "Chủ trì đào tạo nghề cho lao động nông thôn, ưu tiên người dân tộc thiểu số, hộ nghèo, cận nghèo; phối hợp Trung tâm GDNN-GDTX huyện khảo sát nhu cầu học nghề trong Quý I hằng năm.",
  ["đào tạo nghề", "Quý I"])
Q("abbreviation", "BCHQS xã Cẩm Bình được giao gì?",
  [(CB, "bồi dưỡng kiến thức quốc phòng cho lực lượng dân quân")],
  "Ban Chỉ huy Quân sự xã tổ chức học tập, bồi dưỡng kiến thức quốc phòng cho dân quân; phối hợp tuyên truyền phòng chống thiên tai, cứu hộ cứu nạn.",
  ["quốc phòng", "dân quân"])
Q("abbreviation", "Sở GD&ĐT QT giữ vai trò gì trong KH và phải báo cáo UBND tỉnh khi nào?",
  [(QT, "Là cơ quan thường trực, chủ trì theo dõi, đôn đốc"),
   (QT, "báo cáo Ủy ban nhân dân tỉnh và Bộ Giáo dục và Đào tạo trước ngày 20/12 hằng năm.")],
  "Sở GD&ĐT là cơ quan thường trực, theo dõi, đôn đốc, hướng dẫn thực hiện; tổng hợp, báo cáo UBND tỉnh và Bộ GD&ĐT trước ngày 20/12 hằng năm.",
  ["thường trực", "20/12"])
Q("abbreviation", "Mỗi TTHTCĐ ở Đức Trọng phải tổ chức bao nhiêu chuyên đề nông nghiệp CNC mỗi năm?",
  [(DT, "mỗi Trung tâm học tập cộng đồng tổ chức ít nhất 10 chuyên đề")],
  "Hằng năm, mỗi Trung tâm học tập cộng đồng tổ chức ít nhất 10 chuyên đề về kỹ thuật canh tác nông nghiệp công nghệ cao cho nông dân.",
  ["ít nhất 10"])
# ------------------------------------------------------------------ paraphrase
Q("paraphrase", "Ở xã Cẩm Bình, ai chịu trách nhiệm theo dõi chung việc thực hiện kế hoạch xã hội học tập?",
  [(CB, "Là đầu mối tham mưu Ủy ban nhân dân xã theo dõi, đôn đốc")],
  "Công chức Văn hóa - Xã hội là đầu mối tham mưu UBND xã theo dõi, đôn đốc triển khai Kế hoạch và tổng hợp báo cáo.",
  ["Công chức Văn hóa - Xã hội"])
Q("paraphrase", "Quảng Trị muốn bao nhiêu phần trăm người trên 15 tuổi có bằng cấp chuyên môn kỹ thuật?",
  [(QT, "Phấn đấu đến năm 2025 có khoảng 35% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật"),
   (QT, "đến năm 2030 đạt trên 45%.")],
  "Khoảng 35% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật vào năm 2025; trên 45% vào năm 2030.",
  ["35%", "45%"])
Q("paraphrase", "Ở Đức Trọng, đơn vị nào lo phát chuyên mục truyền thanh về học tập suốt đời và bao lâu một lần?",
  [(DT, "Xây dựng chuyên mục “Đức Trọng học tập suốt đời”, phát sóng ít nhất 02 kỳ mỗi tháng")],
  "Trung tâm Văn hóa, Thông tin và Thể thao huyện xây dựng chuyên mục “Đức Trọng học tập suốt đời”, phát ít nhất 02 kỳ mỗi tháng trên hệ thống truyền thanh huyện.",
  ["Trung tâm Văn hóa, Thông tin và Thể thao", "02 kỳ"])
Q("paraphrase", "Quảng Trị làm gì để bà con Vân Kiều ở vùng núi nắm được thông tin về việc học?",
  [(QT, "phát hành tài liệu truyền thông song ngữ tiếng Việt - tiếng Vân Kiều tại các xã miền núi"),
   (QT, "phát sóng bằng tiếng Vân Kiều, Pa Kô tại các địa bàn miền núi.")],
  "Phát hành tài liệu truyền thông song ngữ Việt - Vân Kiều ở các xã miền núi; Đài PT-TH và Báo Quảng Trị phát sóng bằng tiếng Vân Kiều, Pa Kô; mời già làng, trưởng bản vận động người dân đi học.",
  ["song ngữ", "tiếng Vân Kiều"])
# ------------------------------------------------------------------ english
Q("english", "What is Quang Tri province's 2030 target for the share of working-age people with ICT skills?",
  [(QT, "Tỷ lệ người trong độ tuổi lao động được trang bị năng lực công nghệ thông tin")],
  "70-75% of working-age people equipped with ICT competence by 2030 (55% in 2025).",
  ["70-75%"])
Q("english", "Which office is the standing body of the Duc Trong district plan, and by when must it report each year?",
  [(DT, "Là cơ quan thường trực, chủ trì tham mưu Ủy ban nhân dân huyện"),
   (DT, "báo cáo Ủy ban nhân dân huyện và Sở Giáo dục và Đào tạo trước ngày 15/12 hằng năm")],
  "The district Division of Education and Training (Phòng Giáo dục và Đào tạo); it reports to the district People's Committee and the provincial Department of Education before 15/12 every year.",
  ["15/12"])
Q("english", "How much does Cam Binh commune aim to raise for its study-promotion fund?",
  [(CB, "tổng quỹ khuyến học xã đạt trên 150 triệu đồng.")],
  "More than 150 million đồng in total for the commune's study-promotion fund, mobilised from natives working away and local businesses.",
  ["150"])
Q("english", "What does the Quang Tri plan ask the provincial police to do?",
  [(QT, "Tổ chức học tập nâng cao trình độ, kỹ năng cho cán bộ, chiến sĩ"),
   (QT, "phòng chống lừa đảo trên không gian mạng")],
  "Organise study to raise the qualifications and skills of its officers, and help spread legal knowledge and online-fraud prevention at community learning centres.",
  ["fraud"])
Q("english", "By what date must village heads in Cam Binh send in the list of families and citizens registering for learning titles?",
  [(CB, "tổng hợp danh sách gia đình, công dân đăng ký danh hiệu học tập")],
  "Before 15/3/2025, to the commune People's Committee.",
  ["15/3/2025"])
Q("english", "How many companies will Quang Tri pick to pilot the learning enterprise model, and when?",
  [(QT, "chọn ít nhất 05 doanh nghiệp làm điểm trong năm 2025.")],
  "At least 5 (05) enterprises in industrial and economic zones, in 2025.",
  ["2025"])
Q("english", "What share of communes in Duc Trong should have a community digital technology team by 2025?",
  [(DT, "Đến năm 2025, 100% xã, thị trấn có Tổ công nghệ số cộng đồng")],
  "100% of communes and townships, with the teams helping people learn online.",
  ["100%"])
Q("english", "How does Quang Tri's learning-citizen target compare with Hue's?",
  [(QT, "Tỷ lệ công dân đạt danh hiệu “Công dân học tập”"),
   (HUE, "40% công dân đạt danh hiệu công dân học tập.")],
  "Quang Tri targets 40% learning citizens in 2025 and 60% in 2030; Hue's 2026 plan targets 40%.",
  ["40%", "60%"])
# ------------------------------------------------------------------ follow_up
Q("follow_up", "Còn công chức Tài chính - Kế toán ở đó thì sao?",
  [(CB, "Tham mưu bố trí kinh phí trong dự toán ngân sách xã")],
  "Công chức Tài chính - Kế toán tham mưu bố trí kinh phí trong dự toán ngân sách xã; hướng dẫn thanh toán, quyết toán kinh phí của Trung tâm học tập cộng đồng trước ngày 25/12/2025.",
  ["dự toán ngân sách xã", "25/12/2025"],
  [("user", "Theo kế hoạch của xã Cẩm Bình, công chức Văn phòng - Thống kê làm gì?"),
   ("assistant", "Tham mưu thi đua, khen thưởng, đưa tiêu chí học tập suốt đời vào đánh giá cán bộ, công chức xã cuối năm; cập nhật số liệu dân số, lao động để đánh giá tỷ lệ công dân học tập.")])
Q("follow_up", "Đến năm 2030 thì sao?",
  [(QT, "Tỷ lệ gia đình đạt danh hiệu “Gia đình học tập”")],
  "Đến năm 2030, 65% gia đình đạt danh hiệu “Gia đình học tập”.",
  ["65%"],
  [("user", "Quảng Trị đặt chỉ tiêu bao nhiêu phần trăm gia đình đạt danh hiệu Gia đình học tập năm 2025?"),
   ("assistant", "45% gia đình đạt danh hiệu “Gia đình học tập” vào năm 2025.")])
Q("follow_up", "Khoản kinh phí đó được bố trí từ dự toán chi nào?",
  [(DT, "Ngân sách huyện bố trí trong dự toán chi sự nghiệp giáo dục hằng năm")],
  "Từ dự toán chi sự nghiệp giáo dục hằng năm của ngân sách huyện.",
  ["sự nghiệp giáo dục"],
  [("user", "Huyện Đức Trọng dự kiến chi bao nhiêu ngân sách huyện mỗi năm cho kế hoạch xã hội học tập?"),
   ("assistant", "Dự kiến 400 triệu đồng/năm cho các hoạt động cấp huyện.")])
Q("follow_up", "Lực lượng biên phòng ở đó được giao việc gì?",
  [(QT, "chỉ đạo Bộ đội Biên phòng tỉnh tham gia lớp xóa mù chữ ở các xã biên giới")],
  "Bộ Chỉ huy Quân sự tỉnh chỉ đạo Bộ đội Biên phòng tỉnh tham gia các lớp xóa mù chữ ở các xã biên giới.",
  ["xóa mù chữ", "biên giới"],
  [("user", "Ở Quảng Trị, Bộ Chỉ huy Quân sự tỉnh phải làm gì theo kế hoạch xã hội học tập?"),
   ("assistant", "Phối hợp dạy chữ, dạy nghề cho quân nhân trước khi xuất ngũ và chỉ đạo lực lượng biên phòng tham gia xóa mù chữ.")])
Q("follow_up", "Còn kỹ năng số thì sao?",
  [(CB, "Khoảng 50% người trong độ tuổi lao động được hướng dẫn kỹ năng số cơ bản")],
  "Khoảng 50% người trong độ tuổi lao động được hướng dẫn kỹ năng số cơ bản (điện thoại thông minh, dịch vụ công trực tuyến, thanh toán điện tử).",
  ["50%"],
  [("user", "Kế hoạch năm 2025 của xã Cẩm Bình có chỉ tiêu gì về kỹ năng sống?"),
   ("assistant", "65% người trong độ tuổi lao động được trang bị kỹ năng sống.")])
Q("follow_up", "Vậy các huyện ở đó phải xong kế hoạch của mình trước khi nào?",
  [(QT, "Xây dựng kế hoạch thực hiện của địa phương, hoàn thành trước ngày 31/01/2025")],
  "UBND các huyện, thị xã, thành phố phải hoàn thành kế hoạch thực hiện của địa phương trước ngày 31/01/2025.",
  ["31/01/2025"],
  [("user", "Cơ quan nào làm thường trực kế hoạch xã hội học tập của tỉnh Quảng Trị?"),
   ("assistant", "Sở Giáo dục và Đào tạo là cơ quan thường trực, theo dõi, đôn đốc các sở, ngành, địa phương.")])
Q("follow_up", "Còn Huyện đoàn thì sao?",
  [(DT, "Tổ chức các đội hình thanh niên tình nguyện “Bình dân học vụ số”")],
  "Huyện đoàn Đức Trọng được đề nghị tổ chức đội hình thanh niên tình nguyện “Bình dân học vụ số” hướng dẫn người dân sử dụng nền tảng số trong dịp hè hằng năm.",
  ["Bình dân học vụ số"],
  [("user", "Kế hoạch của huyện Đức Trọng đề nghị Hội Khuyến học huyện làm gì?"),
   ("assistant", "Chủ trì đánh giá, công nhận các danh hiệu học tập cấp thôn, tổ dân phố và vận động ít nhất 300 suất học bổng mỗi năm.")])
# ------------------------------------------------------------------ unanswerable (near misses)
U("Kế hoạch xây dựng xã hội học tập của tỉnh Quảng Bình đặt chỉ tiêu công dân học tập bao nhiêu?",
  "Không có kế hoạch nào của tỉnh Quảng Bình trong các kế hoạch hiện có.")
U("Huyện Cẩm Xuyên đặt chỉ tiêu bao nhiêu phần trăm gia đình học tập năm 2025?",
  "Kế hoạch của huyện Cẩm Xuyên (số 27/KH-UBND) chỉ được nhắc làm căn cứ trong kế hoạch xã Cẩm Bình; nội dung của nó không có trong các kế hoạch hiện có.")
U("Xã Cẩm Bình đặt mục tiêu bao nhiêu phần trăm dân số có trình độ đại học trở lên?",
  "Kế hoạch của xã Cẩm Bình không đặt chỉ tiêu về dân số có trình độ đại học.")
U("Theo kế hoạch của Quảng Trị, Sở Y tế phải làm gì?",
  "Kế hoạch của Quảng Trị không giao nhiệm vụ cho Sở Y tế.")
U("Công chức Tư pháp - Hộ tịch xã Cẩm Bình được giao nhiệm vụ gì trong kế hoạch?",
  "Kế hoạch của xã Cẩm Bình không nhắc đến công chức Tư pháp - Hộ tịch.")
U("Hiện nay tỉnh Quảng Trị có bao nhiêu Trung tâm học tập cộng đồng đang hoạt động?",
  "Kế hoạch không nêu số Trung tâm học tập cộng đồng hiện có của tỉnh.")
U("Cơ quan nào ở Đức Trọng không đạt chỉ tiêu Đơn vị học tập sẽ bị xử lý kỷ luật ra sao?",
  "Kế hoạch không quy định hình thức xử lý, kỷ luật khi không đạt chỉ tiêu.")
U("Tỷ lệ công dân học tập của xã Cẩm Bình năm 2024 đạt bao nhiêu?",
  "Kế hoạch chỉ đặt chỉ tiêu năm 2025, không nêu kết quả năm 2024.")
U("Kế hoạch Quảng Trị đặt chỉ tiêu tỷ lệ trường công lập đạt chuẩn quốc gia là bao nhiêu?",
  "Kế hoạch của Quảng Trị không đặt chỉ tiêu về trường đạt chuẩn quốc gia.")
U("Đức Trọng đặt mục tiêu tỷ lệ người từ 15 đến 60 tuổi biết chữ là bao nhiêu?",
  "Kế hoạch của Đức Trọng chỉ đặt chỉ tiêu xã, thị trấn duy trì chuẩn xóa mù chữ mức độ 2, không đặt tỷ lệ người biết chữ.")
U("Phòng Y tế huyện Đức Trọng có nhiệm vụ gì theo kế hoạch 156/KH-UBND?",
  "Kế hoạch 156/KH-UBND không giao nhiệm vụ cho Phòng Y tế.")
U("Xã Cẩm Bình bố trí bao nhiêu kinh phí cho Hội Khuyến học xã năm 2025?",
  "Kế hoạch chỉ nêu 35 triệu đồng cho Trung tâm học tập cộng đồng và mục tiêu quỹ khuyến học, không nêu kinh phí ngân sách cho Hội Khuyến học xã.")
U("How much does Lam Ha district budget for its community learning centres?",
  "No plan of Lâm Hà district is among the loaded plans.")
U("Kế hoạch của thành phố Đông Hà giao Phòng Giáo dục và Đào tạo thành phố những nhiệm vụ gì?",
  "Không có kế hoạch của thành phố Đông Hà trong các kế hoạch hiện có (kế hoạch tỉnh Quảng Trị chỉ giao việc chung cho UBND các huyện, thị xã, thành phố).")


if __name__ == "__main__":
    with open(OUT, "w", encoding="utf-8") as f:
        for q in QS:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    print(len(QS), "questions ->", OUT)
