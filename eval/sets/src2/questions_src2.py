"""Hand-written questions on the second held-out set's plans; writes eval/sets/newplans2.jsonl (FORMAT.md format).

    python eval/sets/src2/questions_src2.py

Written from the plan texts (plans2/ and the five bundled plans) only, without reading the product code.
docs of a question = the plans its evidence comes from (in order); [] for unanswerable questions.
Spans are taken from the text as extracted (see check_sets.py): the ward PDF's spans keep its OCR errors
("1ao động", "24/0l/2025") where a span covers them.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "newplans2.jsonl")

TH = "tuyhoa_318-KH-UBND_2024.docx"
DV = "dongve_31-KH-UBND_2025.pdf"
ST = "soctrang_97-KH-UBND_2024.txt"
HUE = "000_4550be4bb11189cd.txt"
ML = "001_7bafa58816a5de75.txt"
HN = "002_797e8de6131c77f9.txt"

QS = []


def Q(type_, question, evidence, answer, key_facts, history=()):
    docs = []
    for d, _ in evidence:
        if d not in docs:
            docs.append(d)
    QS.append({"id": f"m{len(QS) + 1:03d}", "question": question, "type": type_, "docs": docs,
               "evidence": [{"doc": d, "span": s} for d, s in evidence], "answer": answer,
               "key_facts": list(key_facts),
               "history": [{"role": r, "content": c} for r, c in history]})


def U(question, answer):
    Q("unanswerable", question, [], answer, [])


# ------------------------------------------------------------------ agency_tasks
Q("agency_tasks", "Theo kế hoạch xây dựng xã hội học tập giai đoạn 2025-2030 của thành phố Tuy Hòa, Phòng Nội vụ phải làm gì?",
  [(TH, "Tham mưu kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức thành phố và phường, xã gắn với chuyển đổi số"),
   (TH, "đưa kết quả xây dựng “Đơn vị học tập” vào tiêu chí bình xét thi đua, khen thưởng cuối năm")],
  "Phòng Nội vụ tham mưu kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức thành phố và phường, xã gắn với chuyển đổi số; hướng dẫn đánh giá, công nhận “Đơn vị học tập” với cơ quan, đơn vị cấp thành phố và đưa kết quả vào tiêu chí bình xét thi đua, khen thưởng cuối năm.",
  ["đào tạo, bồi dưỡng", "Đơn vị học tập"])
Q("agency_tasks", "Phòng Kinh tế thành phố Tuy Hòa được giao những nhiệm vụ gì trong kế hoạch xã hội học tập?",
  [(TH, "tập huấn kỹ thuật nuôi trồng, khai thác thủy sản và chuyển giao khoa học kỹ thuật cho nông dân, ngư dân"),
   (TH, "xây dựng mô hình “Hợp tác xã học tập” tại Hợp tác xã dịch vụ nông nghiệp Bình Kiến trong năm 2026")],
  "Phòng Kinh tế phối hợp Chi cục Thủy sản tỉnh, Hội Nông dân thành phố tập huấn kỹ thuật nuôi trồng, khai thác thủy sản, chuyển giao khoa học kỹ thuật cho nông dân, ngư dân tại các Trung tâm học tập cộng đồng; xây dựng mô hình “Hợp tác xã học tập” tại Hợp tác xã dịch vụ nông nghiệp Bình Kiến trong năm 2026.",
  ["Hợp tác xã học tập", "Bình Kiến"])
Q("agency_tasks", "Công chức Văn phòng - Thống kê phường Đông Vệ có nhiệm vụ gì trong kế hoạch năm 2025?",
  [(DV, "Tham mưu thi đua, khen thưởng; cập nhật số liệu dân số trong độ tuổi lao động làm căn cứ tính tỷ lệ “Công dân học tập”")],
  "Tham mưu thi đua, khen thưởng; cập nhật số liệu dân số trong độ tuổi lao động làm căn cứ tính tỷ lệ “Công dân học tập”; đưa nội dung học tập suốt đời vào đánh giá, xếp loại cán bộ, công chức phường.",
  ["thi đua, khen thưởng", "Công dân học tập"])
Q("agency_tasks", "Các trường mầm non, tiểu học, trung học cơ sở ở phường Đông Vệ phải làm gì theo kế hoạch?",
  [(DV, "cử giáo viên tham gia giảng dạy tại Trung tâm học tập cộng đồng"),
   (DV, "mở cửa thư viện trường phục vụ người dân vào sáng thứ Bảy hằng tuần trong dịp hè")],
  "Các trường duy trì kết quả phổ cập giáo dục, cử giáo viên tham gia giảng dạy tại Trung tâm học tập cộng đồng và mở cửa thư viện trường phục vụ người dân vào sáng thứ Bảy hằng tuần trong dịp hè.",
  ["thư viện trường", "thứ Bảy"])
Q("agency_tasks", "Sở Thông tin và Truyền thông tỉnh Sóc Trăng được giao gì trong kế hoạch thi đua xây dựng xã hội học tập?",
  [(ST, "Chủ trì xây dựng, vận hành nền tảng học tập trực tuyến “Sóc Trăng học tập suốt đời”."),
   (ST, "phát sóng bằng tiếng Việt và tiếng Khmer")],
  "Sở Thông tin và Truyền thông chủ trì xây dựng, vận hành nền tảng học tập trực tuyến “Sóc Trăng học tập suốt đời”; chỉ đạo Đài Phát thanh và Truyền hình tỉnh, Báo Sóc Trăng mở chuyên mục về phong trào thi đua, phát sóng bằng tiếng Việt và tiếng Khmer.",
  ["Sóc Trăng học tập suốt đời", "tiếng Khmer"])
Q("agency_tasks", "Sở Lao động - Thương binh và Xã hội Sóc Trăng phải làm gì và đào tạo nghề cho bao nhiêu người mỗi năm?",
  [(ST, "Chủ trì đào tạo nghề cho lao động nông thôn, lao động người dân tộc Khmer; phấn đấu mỗi năm đào tạo nghề cho ít nhất 8.000 lao động.")],
  "Chủ trì đào tạo nghề cho lao động nông thôn, lao động người dân tộc Khmer; phấn đấu mỗi năm đào tạo nghề cho ít nhất 8.000 lao động.",
  ["đào tạo nghề", "8.000"])
Q("agency_tasks", "Ban Dân tộc tỉnh Sóc Trăng có nhiệm vụ gì theo kế hoạch 97/KH-UBND?",
  [(ST, "Chủ trì lồng ghép nội dung xóa mù chữ, học tập suốt đời vào chính sách dân tộc"),
   (ST, "vận động sư sãi tham gia dạy chữ")],
  "Ban Dân tộc tỉnh chủ trì lồng ghép nội dung xóa mù chữ, học tập suốt đời vào chính sách dân tộc; phối hợp với Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh vận động sư sãi tham gia dạy chữ.",
  ["chính sách dân tộc", "sư sãi"])
Q("agency_tasks", "Công an thành phố Tuy Hòa tham gia kế hoạch xây dựng xã hội học tập như thế nào?",
  [(TH, "tuyên truyền pháp luật, phòng chống lừa đảo trên không gian mạng"),
   (TH, "hướng dẫn người dân kích hoạt, sử dụng tài khoản định danh điện tử mức độ 2")],
  "Công an thành phố phối hợp với các Trung tâm học tập cộng đồng tuyên truyền pháp luật, phòng chống lừa đảo trên không gian mạng và hướng dẫn người dân kích hoạt, sử dụng tài khoản định danh điện tử mức độ 2.",
  ["lừa đảo", "định danh điện tử"])
# ------------------------------------------------------------------ target
Q("target", "Theo kế hoạch của thành phố Tuy Hòa, năm 2027 tỷ lệ Gia đình học tập phải đạt bao nhiêu?",
  [(TH, "Tỷ lệ “Gia đình học tập” (%)")],
  "Theo Bảng 1, năm 2027 tỷ lệ “Gia đình học tập” là 61% (55% năm 2025, 70% năm 2030).",
  ["61%"])
Q("target", "Đến năm 2030 thành phố Tuy Hòa cần bao nhiêu Trung tâm học tập cộng đồng được xếp loại Tốt?",
  [(TH, "Số TTHTCĐ xếp loại Tốt")],
  "Theo Bảng 1, 12 Trung tâm học tập cộng đồng xếp loại Tốt vào năm 2030 (6 trung tâm năm 2025).",
  ["12"])
Q("target", "Năm 2026 thành phố Tuy Hòa phải có bao nhiêu Đơn vị học tập được công nhận?",
  [(TH, "Số “Đơn vị học tập” được công nhận")],
  "Theo Bảng 1, 24 “Đơn vị học tập” được công nhận trong năm 2026.",
  ["24"])
Q("target", "Đến năm 2030, Tuy Hòa đặt tỷ lệ dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật là bao nhiêu?",
  [(TH, "đến năm 2030 có 68% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật, trong đó 20% có trình độ đại học trở lên")],
  "68% dân số từ 15 tuổi trở lên được đào tạo trình độ chuyên môn kỹ thuật vào năm 2030, trong đó 20% có trình độ đại học trở lên.",
  ["68%", "20%"])
Q("target", "Phường Đông Vệ đặt chỉ tiêu bao nhiêu tổ dân phố đạt danh hiệu Tổ dân phố học tập năm 2025?",
  [(DV, "ít nhất 14/18 tổ dân phố đạt danh hiệu “Tổ dân phố học tập”")],
  "Ít nhất 14/18 tổ dân phố đạt danh hiệu “Tổ dân phố học tập” trong năm 2025.",
  ["14/18"])
Q("target", "Năm 2025 Trung tâm học tập cộng đồng phường Đông Vệ phải tổ chức bao nhiêu chuyên đề và thu hút bao nhiêu lượt người?",
  [(DV, "Trung tâm học tập cộng đồng tổ chức ít nhất 10 chuyên đề trong năm, thu hút trên 1.800 lượt người tham gia")],
  "Ít nhất 10 chuyên đề trong năm, thu hút trên 1.800 lượt người tham gia, và được xếp loại Tốt.",
  ["10 chuyên đề", "1.800"])
Q("target", "Tỷ lệ biết chữ của đồng bào dân tộc Khmer mà tỉnh Sóc Trăng đặt ra cho năm 2030 là bao nhiêu?",
  [(ST, "Tỷ lệ người trong độ tuổi 15 - 60 biết chữ đạt 98,5%; riêng đồng bào dân tộc Khmer đạt 97%.")],
  "Đến năm 2030, đồng bào dân tộc Khmer trong độ tuổi 15 - 60 biết chữ đạt 97% (toàn tỉnh 98,5%).",
  ["97%"])
Q("target", "Đến năm 2030 Sóc Trăng phấn đấu bao nhiêu đơn vị cấp huyện đạt Cộng đồng học tập cấp huyện mức độ 2?",
  [(ST, "Ít nhất 6/11 huyện, thị xã, thành phố được công nhận “Cộng đồng học tập” cấp huyện mức độ 2.")],
  "Ít nhất 6/11 huyện, thị xã, thành phố được công nhận “Cộng đồng học tập” cấp huyện mức độ 2 vào năm 2030.",
  ["6/11"])
# ------------------------------------------------------------------ deadline
Q("deadline", "Theo chế độ báo cáo của phường Đông Vệ, Trung tâm học tập cộng đồng phải nộp báo cáo sơ kết 6 tháng và báo cáo năm khi nào?",
  [(DV, "Trung tâm học tập cộng đồng phường báo cáo sơ kết 6 tháng trước ngày 15/6/2025 và báo cáo năm trước ngày 30/11/2025.")],
  "Báo cáo sơ kết 6 tháng trước ngày 15/6/2025 và báo cáo năm trước ngày 30/11/2025.",
  ["15/6/2025", "30/11/2025"])
Q("deadline", "Hội Khuyến học phường Đông Vệ phải báo cáo tình hình Quỹ khuyến học trước ngày nào?",
  [(DV, "Hội Khuyến học phường báo cáo kết quả hoạt động khuyến học, khuyến tài và tình hình Quỹ khuyến học trước ngày 05/12/2025.")],
  "Trước ngày 05/12/2025 (báo cáo kết quả khuyến học, khuyến tài và tình hình Quỹ khuyến học).",
  ["05/12/2025"])
Q("deadline", "Ủy ban nhân dân phường Đông Vệ phải gửi báo cáo năm về xã hội học tập lên thành phố trước ngày nào?",
  [(DV, "6 tháng trước ngày 20/6/2025 và báo cáo năm trước ngày 10/12/2025")],
  "Công chức Văn hóa - Xã hội tham mưu UBND phường báo cáo UBND thành phố (qua Phòng GD&ĐT): báo cáo năm trước ngày 10/12/2025 (báo cáo 6 tháng trước ngày 20/6/2025).",
  ["10/12/2025"])
Q("deadline", "Các phường, xã của thành phố Tuy Hòa phải hoàn thành kế hoạch thực hiện của địa phương trước ngày nào?",
  [(TH, "Xây dựng kế hoạch thực hiện của địa phương, hoàn thành trước ngày 28/02/2025")],
  "Trước ngày 28/02/2025.",
  ["28/02/2025"])
Q("deadline", "Ủy ban nhân dân các huyện, thị xã, thành phố ở Sóc Trăng phải báo cáo kết quả về Sở Giáo dục và Đào tạo trước ngày nào hằng năm?",
  [(ST, "Báo cáo kết quả về Sở Giáo dục và Đào tạo trước ngày 30/11 hằng năm.")],
  "Trước ngày 30/11 hằng năm.",
  ["30/11"])
Q("deadline", "Phòng Tài chính - Kế hoạch thành phố Tuy Hòa phải thẩm định dự toán kinh phí của kế hoạch trước ngày nào?",
  [(TH, "thẩm định dự toán kinh phí của Phòng Giáo dục và Đào tạo trước ngày 31/7 hằng năm")],
  "Thẩm định dự toán kinh phí của Phòng Giáo dục và Đào tạo trước ngày 31/7 hằng năm.",
  ["31/7"])
# ------------------------------------------------------------------ funding
Q("funding", "Ngân sách thành phố Tuy Hòa bố trí bao nhiêu tiền mỗi năm cho kế hoạch xây dựng xã hội học tập?",
  [(TH, "Ngân sách thành phố bố trí khoảng 650 triệu đồng mỗi năm cho các hoạt động chung cấp thành phố")],
  "Khoảng 650 triệu đồng mỗi năm cho các hoạt động chung cấp thành phố (tuyên truyền, tập huấn, kiểm tra, sơ kết, tổng kết, khen thưởng), giao Phòng Giáo dục và Đào tạo quản lý, sử dụng.",
  ["650 triệu đồng"])
Q("funding", "Tổng kinh phí dự kiến cho kế hoạch giai đoạn 2024-2030 của tỉnh Sóc Trăng là bao nhiêu và gồm những nguồn nào?",
  [(ST, "Tổng kinh phí dự kiến thực hiện Kế hoạch giai đoạn 2024 - 2030 là 8,4 tỷ đồng"),
   (ST, "Ngân sách tỉnh: 5,6 tỷ đồng"), (ST, "Ngân sách cấp huyện: 2,1 tỷ đồng"),
   (ST, "Nguồn xã hội hóa và các nguồn hợp pháp khác: 0,7 tỷ đồng.")],
  "8,4 tỷ đồng, trong đó ngân sách tỉnh 5,6 tỷ đồng, ngân sách cấp huyện 2,1 tỷ đồng, xã hội hóa và nguồn hợp pháp khác 0,7 tỷ đồng.",
  ["8,4 tỷ đồng", "5,6 tỷ đồng", "2,1 tỷ đồng", "0,7 tỷ đồng"])
Q("funding", "Trung tâm học tập cộng đồng ở xã đặc biệt khó khăn của Sóc Trăng được ngân sách tỉnh hỗ trợ bao nhiêu?",
  [(ST, "Ngân sách tỉnh hỗ trợ 15 triệu đồng/trung tâm/năm cho các Trung tâm học tập cộng đồng ở xã đặc biệt khó khăn")],
  "15 triệu đồng/trung tâm/năm cho Trung tâm ở xã đặc biệt khó khăn, xã có đông đồng bào dân tộc Khmer.",
  ["15 triệu đồng"])
Q("funding", "Phường Đông Vệ bố trí bao nhiêu ngân sách cho Trung tâm học tập cộng đồng năm 2025?",
  [(DV, "Ngân sách phường bố trí 45 triệu đồng cho hoạt động của Trung tâm học tập cộng đồng năm 2025.")],
  "Ngân sách phường bố trí 45 triệu đồng; ngoài ra có hỗ trợ của thành phố, Quỹ khuyến học phường và nguồn xã hội hóa.",
  ["45 triệu đồng"])
Q("funding", "Mỗi Trung tâm học tập cộng đồng ở Tuy Hòa được bảo đảm tối thiểu bao nhiêu kinh phí một năm và từ ngân sách cấp nào?",
  [(TH, "Ngân sách phường, xã bảo đảm kinh phí hoạt động của Trung tâm học tập cộng đồng tối thiểu 25 triệu đồng/trung tâm/năm.")],
  "Ngân sách phường, xã bảo đảm tối thiểu 25 triệu đồng/trung tâm/năm.",
  ["25 triệu đồng", "phường, xã"])
# ------------------------------------------------------------------ legal_basis
Q("legal_basis", "Kế hoạch của thành phố Tuy Hòa căn cứ vào kế hoạch nào của tỉnh Phú Yên?",
  [(TH, "Căn cứ Kế hoạch số 205/KH-UBND ngày 14/10/2024 của Ủy ban nhân dân tỉnh Phú Yên")],
  "Kế hoạch số 205/KH-UBND ngày 14/10/2024 của UBND tỉnh Phú Yên về xây dựng xã hội học tập tỉnh Phú Yên giai đoạn 2025 - 2030.",
  ["205/KH-UBND"])
Q("legal_basis", "Kế hoạch năm 2025 của phường Đông Vệ thực hiện theo kế hoạch nào của thành phố Thanh Hóa?",
  [(DV, "Căn cứ Kế hoạch số 58/KH-UBND ngày 24/0l/2025 của Ủy ban nhân dân thành phố Thanh Hóa")],
  "Kế hoạch số 58/KH-UBND ngày 24/01/2025 của UBND thành phố Thanh Hóa về xây dựng xã hội học tập năm 2025 (bản quét ghi “24/0l/2025”).",
  ["58/KH-UBND"])
Q("legal_basis", "Kế hoạch 97/KH-UBND của tỉnh Sóc Trăng được ban hành căn cứ những văn bản nào?",
  [(ST, "Căn cứ Quyết định số 1315/QĐ-TTg ngày 09/11/2023"), (ST, "Căn cứ Kế hoạch số 163/KH-UBND ngày 21/10/2021")],
  "Luật Giáo dục 2019; Quyết định 1373/QĐ-TTg (Đề án xây dựng xã hội học tập 2021 - 2030); Quyết định 1315/QĐ-TTg ngày 09/11/2023 (Phong trào “Cả nước thi đua xây dựng xã hội học tập…”); Kế hoạch 163/KH-UBND ngày 21/10/2021 của UBND tỉnh; theo Tờ trình 1127/TTr-SGDĐT của Sở GD&ĐT.",
  ["1373/QĐ-TTg", "1315/QĐ-TTg", "163/KH-UBND"])
Q("legal_basis", "Phường Đông Vệ lấy thông tư nào làm căn cứ đánh giá, xếp loại Cộng đồng học tập cấp xã?",
  [(DV, "Căn cứ Thông tư số 22/2020/TT-BGDĐT ngày 06/8/2020")],
  "Thông tư số 22/2020/TT-BGDĐT ngày 06/8/2020 của Bộ trưởng Bộ Giáo dục và Đào tạo.",
  ["22/2020/TT-BGDĐT"])
# ------------------------------------------------------------------ purpose
Q("purpose", "Kế hoạch xã hội học tập của thành phố Tuy Hòa nhằm mục đích gì?",
  [(TH, "Tạo cơ hội bình đẳng để mọi người dân trên địa bàn, nhất là ngư dân, lao động tự do, người cao tuổi và người khuyết tật"),
   (TH, "Góp phần xây dựng Tuy Hòa trở thành “Thành phố học tập”")],
  "Cụ thể hóa nhiệm vụ của tỉnh Phú Yên phù hợp một đô thị ven biển; tạo cơ hội bình đẳng cho mọi người dân, nhất là ngư dân, lao động tự do, người cao tuổi, người khuyết tật, học tập suốt đời; góp phần xây dựng Tuy Hòa trở thành “Thành phố học tập”, phát triển nguồn nhân lực cho kinh tế biển, du lịch, dịch vụ.",
  ["Thành phố học tập", "ngư dân"])
Q("purpose", "Kế hoạch thi đua xây dựng xã hội học tập của Sóc Trăng đặt ra những yêu cầu gì?",
  [(ST, "Phong trào thi đua phải gắn với các phong trào thi đua yêu nước"),
   (ST, "rõ người, rõ việc, rõ thời gian hoàn thành")],
  "Phong trào phải gắn với các phong trào thi đua yêu nước, các cuộc vận động ở địa phương, tránh hình thức, phô trương; các sở, ngành, địa phương xây dựng kế hoạch cụ thể, có lộ trình, phân công rõ người, rõ việc, rõ thời gian hoàn thành.",
  ["phong trào thi đua yêu nước", "rõ người, rõ việc"])
Q("purpose", "Mục đích của kế hoạch xây dựng xã hội học tập năm 2025 của phường Đông Vệ là gì?",
  [(DV, "phát huy truyền thống hiếu học của nhân dân phường Đông Vệ"),
   (DV, "gắn việc học tập của người dân với xây dựng đô thị văn minh")],
  "Nâng cao nhận thức của cán bộ, đảng viên, nhân dân về học tập thường xuyên, suốt đời, phát huy truyền thống hiếu học; nâng cao chất lượng Trung tâm học tập cộng đồng, gắn việc học của người dân với xây dựng đô thị văn minh, phát triển kinh tế hộ gia đình và dịch vụ thương mại.",
  ["truyền thống hiếu học", "đô thị văn minh"])
# ------------------------------------------------------------------ task_section
Q("task_section", "Sóc Trăng có những giải pháp gì để xóa mù chữ cho đồng bào Khmer?",
  [(ST, "Mở lớp xóa mù chữ song ngữ Khmer - Việt tại các điểm chùa, nhà văn hóa ấp"),
   (ST, "duy trì các lớp dạy chữ Khmer trong dịp hè tại các chùa Khmer")],
  "Rà soát, lập danh sách người mù chữ, tái mù chữ theo ấp, phum, sóc; mở lớp xóa mù chữ song ngữ Khmer - Việt tại chùa, nhà văn hóa ấp, học linh hoạt theo mùa vụ; phối hợp Ban Trị sự Giáo hội Phật giáo tỉnh duy trì lớp dạy chữ Khmer dịp hè tại các chùa.",
  ["song ngữ Khmer - Việt", "chùa"])
Q("task_section", "Thành phố Tuy Hòa làm gì để hỗ trợ việc học của ngư dân?",
  [(TH, "tổ chức ít nhất 04 lớp tập huấn kỹ năng an toàn khi khai thác hải sản trên biển mỗi năm")],
  "Phối hợp Chi cục Thủy sản tỉnh tổ chức ít nhất 04 lớp tập huấn kỹ năng an toàn khi khai thác hải sản trên biển mỗi năm cho ngư dân phường Phú Đông, xã An Phú, xã Bình Ngọc; mở lớp ngoại ngữ, nghiệp vụ du lịch ngắn hạn cho lao động dịch vụ ven biển.",
  ["04 lớp", "an toàn"])
Q("task_section", "Phường Đông Vệ có những giải pháp gì để nâng cao chất lượng Trung tâm học tập cộng đồng?",
  [(DV, "xây dựng kế hoạch hoạt động theo từng quý"),
   (DV, "mở 02 lớp tin học ứng dụng cơ bản cho người lao động tự do")],
  "Kiện toàn Ban Giám đốc Trung tâm trong tháng 3/2025, lập kế hoạch hoạt động theo quý; mở lớp chuyên đề về kỹ năng số, an toàn thực phẩm, phòng cháy nổ, kinh doanh online, chăm sóc sức khỏe người cao tuổi; phối hợp Trung tâm GDNN-GDTX thành phố mở 02 lớp tin học ứng dụng cơ bản cho lao động tự do trong Quý II và Quý III/2025.",
  ["Ban Giám đốc", "02 lớp tin học"])
Q("task_section", "Sóc Trăng triển khai mô hình Doanh nghiệp học tập ở đâu và theo lộ trình nào?",
  [(ST, "Xây dựng mô hình “Doanh nghiệp học tập” tại Khu công nghiệp An Nghiệp"),
   (ST, "Năm 2025 chọn ít nhất 03 doanh nghiệp làm điểm"),
   (ST, "Từ năm 2027 nhân rộng ra các doanh nghiệp có từ 100 lao động trở lên.")],
  "Tại Khu công nghiệp An Nghiệp: năm 2025 chọn ít nhất 03 doanh nghiệp làm điểm; từ năm 2027 nhân rộng ra các doanh nghiệp có từ 100 lao động trở lên.",
  ["An Nghiệp", "03 doanh nghiệp", "100 lao động"])
# ------------------------------------------------------------------ cross_plan
Q("cross_plan", "So sánh chỉ tiêu tỷ lệ Công dân học tập năm 2025 của thành phố Tuy Hòa, phường Đông Vệ và tỉnh Sóc Trăng.",
  [(TH, "Tỷ lệ “Công dân học tập” (%)"),
   (DV, "Phấn đấu 52% công dân đạt danh hiệu “Công dân học tập”."),
   (ST, "35% công dân đạt danh hiệu “Công dân học tập”;")],
  "Năm 2025: Tuy Hòa 42% (Bảng 1), phường Đông Vệ 52%, tỉnh Sóc Trăng 35%.",
  ["42%", "52%", "35%"])
Q("cross_plan", "Chỉ tiêu người trong độ tuổi lao động được trang bị kỹ năng sống năm 2025 của Sóc Trăng so với huyện Mỹ Lộc thế nào?",
  [(ST, "50% người trong độ tuổi lao động được trang bị kỹ năng sống;"),
   (ML, "60% số người trong độ tuổi lao động được trang bị kỹ năng sống.")],
  "Đến năm 2025 Sóc Trăng đặt 50%, Mỹ Lộc 60%: Mỹ Lộc cao hơn 10 điểm phần trăm.",
  ["50%", "60%"])
Q("cross_plan", "Đến năm 2030, Tuy Hòa, Sóc Trăng và Hà Nội đặt tỷ lệ công dân đạt danh hiệu Công dân học tập là bao nhiêu?",
  [(TH, "Tỷ lệ “Công dân học tập” (%)"),
   (ST, "55% công dân đạt danh hiệu “Công dân học tập”;"),
   (HN, "70% công dân đạt danh hiệu công dân học tập; 70% công dân đạt kỹ")],
  "Đến năm 2030: Tuy Hòa 60%, Sóc Trăng 55%, Hà Nội 70%.",
  ["60%", "55%", "70%"])
Q("cross_plan", "Kinh phí cho Trung tâm học tập cộng đồng ở phường Đông Vệ và ở thành phố Tuy Hòa được quy định thế nào?",
  [(DV, "Ngân sách phường bố trí 45 triệu đồng cho hoạt động của Trung tâm học tập cộng đồng năm 2025."),
   (TH, "tối thiểu 25 triệu đồng/trung tâm/năm")],
  "Đông Vệ: ngân sách phường bố trí 45 triệu đồng cho Trung tâm năm 2025. Tuy Hòa: ngân sách phường, xã bảo đảm tối thiểu 25 triệu đồng/trung tâm/năm.",
  ["45 triệu", "25 triệu"])
Q("cross_plan", "Tỷ lệ người 15-60 tuổi biết chữ năm 2025 mà Sóc Trăng đặt ra so với Hà Nội thế nào?",
  [(ST, "Tỷ lệ người trong độ tuổi 15 - 60 biết chữ đạt 97,5%"),
   (HN, "Duy trì 99,5% trở lên người trong độ tuổi 15-60 biết chữ.")],
  "Năm 2025 Sóc Trăng đặt 97,5% (đồng bào Khmer 95%), Hà Nội duy trì 99,5% trở lên.",
  ["97,5%", "99,5%"])
# ------------------------------------------------------------------ no_diacritics
Q("no_diacritics", "trung tam giao duc nghe nghiep giao duc thuong xuyen tuy hoa moi nam phai co bao nhieu luot hoc vien",
  [(TH, "phấn đấu mỗi năm có ít nhất 600 lượt học viên theo học các chương trình giáo dục thường xuyên")],
  "Trung tâm GDNN-GDTX thành phố phấn đấu mỗi năm có ít nhất 600 lượt học viên theo học các chương trình giáo dục thường xuyên.",
  ["600"])
Q("no_diacritics", "ty le gia dinh hoc tap phuong dong ve nam 2025 la bao nhieu",
  [(DV, "78% hộ gia đình đạt danh hiệu “Gia đình học tập”")],
  "78% hộ gia đình đạt danh hiệu “Gia đình học tập” năm 2025.",
  ["78%"])
Q("no_diacritics", "hoi nong dan tinh soc trang duoc de nghi lam gi",
  [(ST, "Đề nghị Hội Nông dân tỉnh phối hợp với các Trung tâm học tập cộng đồng mở lớp chuyển giao kỹ thuật sản xuất lúa - tôm"),
   (ST, "vận động hội viên đăng ký danh hiệu “Nông dân học tập”")],
  "Hội Nông dân tỉnh phối hợp các Trung tâm học tập cộng đồng mở lớp chuyển giao kỹ thuật sản xuất lúa - tôm, nuôi tôm thích ứng xâm nhập mặn; vận động hội viên đăng ký danh hiệu “Nông dân học tập”.",
  ["lúa - tôm", "Nông dân học tập"])
Q("no_diacritics", "to truong to dan pho o dong ve phai gui danh sach ho dang ky gia dinh hoc tap truoc ngay nao",
  [(DV, "gửi về Ủy ban nhân dân phường trước ngày 31/3/2025")],
  "Tổ trưởng tổ dân phố lập danh sách hộ gia đình đăng ký danh hiệu “Gia đình học tập”, gửi về UBND phường trước ngày 31/3/2025.",
  ["31/3/2025"])
Q("no_diacritics", "tuy hoa dat muc tieu quy khuyen hoc bao nhieu den nam 2030",
  [(TH, "phấn đấu tổng quỹ khuyến học của thành phố đạt ít nhất 2,5 tỷ đồng vào năm 2030")],
  "Tổng quỹ khuyến học của thành phố đạt ít nhất 2,5 tỷ đồng vào năm 2030; mỗi năm trao ít nhất 500 suất học bổng.",
  ["2,5 tỷ đồng"])
# ------------------------------------------------------------------ abbreviation
Q("abbreviation", "Phòng GD&ĐT TP Tuy Hòa giữ vai trò gì và phải báo cáo UBND TP, Sở GD&ĐT trước ngày nào?",
  [(TH, "Là cơ quan thường trực, tham mưu Ủy ban nhân dân thành phố chỉ đạo, theo dõi, đôn đốc"),
   (TH, "tổng hợp, báo cáo Ủy ban nhân dân thành phố và Sở Giáo dục và Đào tạo trước ngày 10/12 hằng năm")],
  "Phòng GD&ĐT là cơ quan thường trực, tham mưu UBND thành phố chỉ đạo, theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp, báo cáo UBND thành phố và Sở GD&ĐT trước ngày 10/12 hằng năm.",
  ["thường trực", "10/12"])
Q("abbreviation", "UBMTTQ phường Đông Vệ được đề nghị làm gì trong KH xây dựng XHHT?",
  [(DV, "đưa tiêu chí học tập suốt đời vào bình xét khu dân cư văn hóa, giám sát việc thực hiện tại các tổ dân phố")],
  "Ủy ban MTTQ phường đưa tiêu chí học tập suốt đời vào bình xét khu dân cư văn hóa, giám sát việc thực hiện tại các tổ dân phố.",
  ["khu dân cư văn hóa", "giám sát"])
Q("abbreviation", "UBND cấp huyện ở tỉnh ST phải hoàn thành KH thực hiện của địa phương trước ngày nào?",
  [(ST, "Xây dựng kế hoạch thực hiện của địa phương, hoàn thành trước ngày 31/7/2024.")],
  "UBND các huyện, thị xã, thành phố ở Sóc Trăng phải hoàn thành kế hoạch thực hiện của địa phương trước ngày 31/7/2024.",
  ["31/7/2024"])
Q("abbreviation", "Mỗi TTHTCĐ ở Sóc Trăng phải tổ chức ít nhất bao nhiêu chuyên đề mỗi năm?",
  [(ST, "Mỗi Trung tâm học tập cộng đồng tổ chức ít nhất 06 chuyên đề về kỹ thuật canh tác lúa - tôm")],
  "Mỗi năm ít nhất 06 chuyên đề về kỹ thuật canh tác lúa - tôm, nuôi trồng thủy sản thích ứng xâm nhập mặn.",
  ["06"])
Q("abbreviation", "HLHPN phường Đông Vệ phấn đấu bao nhiêu % hội viên được tập huấn kiến thức nuôi dạy con?",
  [(DV, "phấn đấu 85% hội viên được tập huấn kiến thức nuôi dạy con")],
  "Hội Liên hiệp Phụ nữ phường phấn đấu 85% hội viên được tập huấn kiến thức nuôi dạy con; đồng thời vận động hội viên học lớp kỹ năng kinh doanh online, xây dựng “Gia đình học tập”.",
  ["85%"])
# ------------------------------------------------------------------ paraphrase
Q("paraphrase", "Ở phường Đông Vệ, ai theo dõi chung và tổng hợp báo cáo việc thực hiện kế hoạch xã hội học tập?",
  [(DV, "Là đầu mối tham mưu Ủy ban nhân dân phường theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch")],
  "Công chức Văn hóa - Xã hội là đầu mối tham mưu UBND phường theo dõi, đôn đốc và tổng hợp số liệu báo cáo.",
  ["Công chức Văn hóa - Xã hội"])
Q("paraphrase", "Người dân Tuy Hòa có thể nghe chương trình phát thanh về thành phố học tập vào lúc nào?",
  [(TH, "phát sóng vào tối thứ Năm hằng tuần trên Đài Truyền thanh thành phố")],
  "Chuyên mục “Tuy Hòa - thành phố học tập” do Trung tâm Văn hóa - Thông tin và Thể thao thành phố xây dựng, phát sóng vào tối thứ Năm hằng tuần trên Đài Truyền thanh thành phố.",
  ["tối thứ Năm"])
Q("paraphrase", "Sóc Trăng làm gì để có sách tiếng Khmer cho người dân đọc?",
  [(ST, "xây dựng tủ sách song ngữ Khmer - Việt tại các điểm chùa")],
  "Sở Văn hóa, Thể thao và Du lịch chỉ đạo Thư viện tỉnh phát triển văn hóa đọc, xây dựng tủ sách song ngữ Khmer - Việt tại các điểm chùa.",
  ["tủ sách song ngữ"])
Q("paraphrase", "Ở Tuy Hòa, tổ chức nào đứng ra chấm và công nhận danh hiệu Gia đình học tập cấp khu phố, thôn?",
  [(TH, "Chủ trì phối hợp với Phòng Giáo dục và Đào tạo tổ chức đánh giá, công nhận các danh hiệu")],
  "Hội Khuyến học thành phố chủ trì, phối hợp Phòng Giáo dục và Đào tạo đánh giá, công nhận các danh hiệu “Công dân học tập”, “Gia đình học tập”, “Cộng đồng học tập” cấp khu phố, thôn.",
  ["Hội Khuyến học thành phố"])
# ------------------------------------------------------------------ english
Q("english", "What digital-skills target does Dong Ve ward set for working-age people in 2025?",
  [(DV, "75% người trong độ tuổi 1ao động được hướng dẫn kỹ năng số cơ bản")],
  "75% of working-age people are to be guided in basic digital skills and in using online public services in 2025.",
  ["75%"])
Q("english", "By what date must Soc Trang's Department of Education report each year, and when are the mid-term and final reviews?",
  [(ST, "Tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Giáo dục và Đào tạo trước ngày 15/12 hằng năm."),
   (ST, "Tham mưu tổ chức sơ kết vào Quý IV/2027 và tổng kết vào Quý IV/2030.")],
  "It reports to the provincial People's Committee and the Ministry of Education and Training before 15/12 every year; the mid-term review is in Q4/2027 and the final review in Q4/2030.",
  ["15/12", "2027", "2030"])
Q("english", "What is Tuy Hoa's target for the share of workers with basic digital skills in 2028?",
  [(TH, "Người lao động có kỹ năng số cơ bản (%)")],
  "75% in 2028, per Table 1 (60% in 2025, 85% in 2030).",
  ["75%"])
Q("english", "What does the Tuy Hoa plan ask the city Youth Union to do, and in how many wards and communes?",
  [(TH, "Đoàn Thanh niên thành phố thành lập đội hình “Thanh niên tình nguyện hướng dẫn kỹ năng số” tại 16 phường, xã trong dịp hè")],
  "To set up volunteer youth teams guiding people in digital skills in all 16 wards and communes during the summer.",
  ["16"])
Q("english", "When will Soc Trang hold its provincial launch of the lifelong-learning emulation movement?",
  [(ST, "Tổ chức Lễ phát động phong trào cấp tỉnh trong tháng 7/2024")],
  "In July 2024 (tháng 7/2024); districts, towns and cities launch theirs in Q3/2024.",
  ["7/2024"])
Q("english", "By what date must schools in Dong Ve ward report their universal-education and literacy figures?",
  [(DV, "Các trường mầm non, tiểu học, trung học cơ sở báo cáo số liệu phổ cập giáo dục, xóa mù chữ trước ngày 20/10/2025.")],
  "Before 20/10/2025.",
  ["20/10/2025"])
Q("english", "How large should Soc Trang's study-promotion fund be by 2030?",
  [(ST, "phấn đấu đến năm 2030 tổng quỹ khuyến học toàn tỉnh đạt 60 tỷ đồng.")],
  "60 billion đồng (60 tỷ đồng) across the province by 2030, according to the request to the provincial Study Promotion Association.",
  ["60"])
Q("english", "How does Tuy Hoa's 2030 learning-citizen target compare with Hue's?",
  [(TH, "Tỷ lệ “Công dân học tập” (%)"), (HUE, "40% công dân đạt danh hiệu công dân học tập.")],
  "Tuy Hoa targets 60% learning citizens by 2030 (42% in 2025); Hue's 2026 plan targets 40%.",
  ["60%", "40%"])
# ------------------------------------------------------------------ follow_up
Q("follow_up", "Khoản đó năm 2025 là bao nhiêu tiền?",
  [(DV, "Ngân sách phường bố trí 45 triệu đồng cho hoạt động của Trung tâm học tập cộng đồng năm 2025.")],
  "Ngân sách phường bố trí 45 triệu đồng cho hoạt động của Trung tâm học tập cộng đồng năm 2025.",
  ["45 triệu đồng"],
  [("user", "Theo kế hoạch của phường Đông Vệ, công chức Tài chính - Kế toán làm gì?"),
   ("assistant", "Tham mưu bố trí kinh phí cho Trung tâm học tập cộng đồng trong dự toán ngân sách phường và hướng dẫn quyết toán trước ngày 20/12/2025.")])
Q("follow_up", "Còn năm 2029 thì sao?",
  [(TH, "Tỷ lệ “Công dân học tập” (%)")],
  "Năm 2029 tỷ lệ “Công dân học tập” là 55% (Bảng 1).",
  ["55%"],
  [("user", "Thành phố Tuy Hòa đặt tỷ lệ Công dân học tập năm 2025 là bao nhiêu?"),
   ("assistant", "42% theo Bảng 1 của kế hoạch.")])
Q("follow_up", "Còn Tỉnh Đoàn thì sao?",
  [(ST, "tổ chức đội hình thanh niên tình nguyện “Bình dân học vụ số” tại 100% xã, phường, thị trấn")],
  "Đề nghị Tỉnh Đoàn tổ chức đội hình thanh niên tình nguyện “Bình dân học vụ số” tại 100% xã, phường, thị trấn; hướng dẫn người dân cài đặt, sử dụng ứng dụng học tập trực tuyến.",
  ["Bình dân học vụ số", "100%"],
  [("user", "Kế hoạch của tỉnh Sóc Trăng đề nghị Hội Nông dân tỉnh làm gì?"),
   ("assistant", "Phối hợp với các Trung tâm học tập cộng đồng mở lớp chuyển giao kỹ thuật sản xuất lúa - tôm và vận động hội viên đăng ký danh hiệu “Nông dân học tập”.")])
Q("follow_up", "Hội Cựu chiến binh ở đó thì được đề nghị làm gì?",
  [(DV, "tham gia tuyên truyền tại các tổ dân phố")],
  "Hội Cựu chiến binh phường vận động hội viên làm tấm gương tự học và tham gia tuyên truyền tại các tổ dân phố.",
  ["tự học", "tuyên truyền"],
  [("user", "Ở phường Đông Vệ, Đoàn Thanh niên phường được giao việc gì?"),
   ("assistant", "Thành lập Tổ thanh niên tình nguyện “Bình dân học vụ số”, hướng dẫn người cao tuổi sử dụng điện thoại thông minh vào Chủ nhật hằng tuần.")])
Q("follow_up", "Trong khoản đó, ngân sách tỉnh chiếm bao nhiêu và được bố trí từ đâu?",
  [(ST, "Ngân sách tỉnh: 5,6 tỷ đồng, bố trí trong dự toán chi sự nghiệp giáo dục và đào tạo hằng năm của Sở Giáo dục và Đào tạo")],
  "Ngân sách tỉnh 5,6 tỷ đồng, bố trí trong dự toán chi sự nghiệp giáo dục và đào tạo hằng năm của Sở Giáo dục và Đào tạo.",
  ["5,6 tỷ đồng", "sự nghiệp giáo dục"],
  [("user", "Sóc Trăng dự kiến tổng kinh phí bao nhiêu cho kế hoạch thi đua xây dựng xã hội học tập 2024-2030?"),
   ("assistant", "Tổng kinh phí dự kiến là 8,4 tỷ đồng.")])
Q("follow_up", "Vậy các phường, xã ở đó phải gửi báo cáo 6 tháng và báo cáo năm khi nào?",
  [(TH, "báo cáo kết quả thực hiện 6 tháng trước ngày 05/6 và báo cáo năm trước ngày 25/11 hằng năm")],
  "UBND các phường, xã báo cáo kết quả 6 tháng trước ngày 05/6 và báo cáo năm trước ngày 25/11 hằng năm về Phòng Giáo dục và Đào tạo.",
  ["05/6", "25/11"],
  [("user", "Ở thành phố Tuy Hòa, cơ quan nào làm thường trực kế hoạch xây dựng xã hội học tập?"),
   ("assistant", "Phòng Giáo dục và Đào tạo thành phố là cơ quan thường trực.")])
Q("follow_up", "Thế năm 2024 phường đã đạt được bao nhiêu?",
  [(DV, "46% công dân đạt danh hiệu “Công dân học tập”")],
  "Năm 2024 phường có 46% công dân đạt danh hiệu “Công dân học tập” (và 71% hộ gia đình đạt “Gia đình học tập”).",
  ["46%"],
  [("user", "Năm 2025 phường Đông Vệ đặt chỉ tiêu Công dân học tập là bao nhiêu?"),
   ("assistant", "Phấn đấu 52% công dân đạt danh hiệu “Công dân học tập”.")])
# ------------------------------------------------------------------ unanswerable (near misses)
U("Kế hoạch xây dựng xã hội học tập của tỉnh Phú Yên đặt chỉ tiêu Công dân học tập đến năm 2030 là bao nhiêu?",
  "Kế hoạch 205/KH-UBND của tỉnh Phú Yên chỉ được nhắc làm căn cứ trong kế hoạch của thành phố Tuy Hòa; nội dung của nó không có trong các kế hoạch hiện có.")
U("Kế hoạch xây dựng xã hội học tập năm 2025 của thành phố Thanh Hóa giao Phòng Giáo dục và Đào tạo thành phố những nhiệm vụ gì?",
  "Kế hoạch 58/KH-UBND của thành phố Thanh Hóa chỉ được nhắc làm căn cứ trong kế hoạch phường Đông Vệ; không có kế hoạch của thành phố Thanh Hóa trong các kế hoạch hiện có.")
U("Phường Quảng Thắng đặt chỉ tiêu bao nhiêu phần trăm hộ gia đình đạt Gia đình học tập năm 2025?",
  "Không có kế hoạch của phường Quảng Thắng trong các kế hoạch hiện có.")
U("Tỉnh Thanh Hóa đặt mục tiêu tỷ lệ lao động qua đào tạo đến năm 2030 là bao nhiêu?",
  "Không có kế hoạch của tỉnh Thanh Hóa; kế hoạch đã nạp chỉ là của phường Đông Vệ.")
U("How much does Vinh Chau town budget for its community learning centres?",
  "No plan of Vĩnh Châu town is among the loaded plans (the Sóc Trăng provincial plan gives no town-level budget).")
U("Theo kế hoạch của thành phố Tuy Hòa, Phòng Y tế có nhiệm vụ gì?",
  "Kế hoạch của Tuy Hòa không giao nhiệm vụ cho Phòng Y tế.")
U("Ban Chỉ huy Quân sự phường Đông Vệ được giao nhiệm vụ gì trong kế hoạch xã hội học tập?",
  "Kế hoạch của phường Đông Vệ không nhắc đến Ban Chỉ huy Quân sự phường.")
U("Sở Y tế tỉnh Sóc Trăng phải làm gì theo kế hoạch 97/KH-UBND?",
  "Kế hoạch 97/KH-UBND không giao nhiệm vụ cho Sở Y tế.")
U("Kế hoạch của Tuy Hòa đặt chỉ tiêu tỷ lệ người từ 15 đến 60 tuổi biết chữ là bao nhiêu?",
  "Kế hoạch của Tuy Hòa chỉ yêu cầu duy trì chuẩn xóa mù chữ mức độ 2, không đặt tỷ lệ người biết chữ.")
U("Thành phố Tuy Hòa đặt chỉ tiêu Công dân học tập năm 2035 là bao nhiêu?",
  "Kế hoạch chỉ đặt chỉ tiêu cho giai đoạn 2025 - 2030, không có năm 2035.")
U("Phường Đông Vệ đặt chỉ tiêu Gia đình học tập cho năm 2026 là bao nhiêu?",
  "Kế hoạch của phường Đông Vệ là kế hoạch năm 2025, không đặt chỉ tiêu năm 2026.")
U("Hiện nay phường Đông Vệ có bao nhiêu hộ gia đình?",
  "Kế hoạch không nêu số hộ gia đình của phường (chỉ nêu 18 tổ dân phố và các tỷ lệ).")
U("Cán bộ, công chức ở Sóc Trăng không hoàn thành chỉ tiêu học tập thì bị xử lý kỷ luật thế nào?",
  "Kế hoạch của Sóc Trăng không quy định hình thức xử lý, kỷ luật.")
U("Sóc Trăng đặt chỉ tiêu bao nhiêu phần trăm trường công lập đạt chuẩn quốc gia đến năm 2030?",
  "Kế hoạch của Sóc Trăng không đặt chỉ tiêu về trường đạt chuẩn quốc gia.")
U("Năm 2023 tỉnh Sóc Trăng đã đào tạo nghề cho bao nhiêu lao động?",
  "Kế hoạch chỉ đặt mục tiêu ít nhất 8.000 lao động mỗi năm, không nêu kết quả năm 2023.")
U("Quỹ khuyến học của phường Đông Vệ hiện có bao nhiêu tiền?",
  "Kế hoạch chỉ nêu mục tiêu vận động tổng quỹ trên 180 triệu đồng, không nêu số dư hiện có.")


if __name__ == "__main__":
    with open(OUT, "w", encoding="utf-8") as f:
        for q in QS:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    print(len(QS), "questions ->", OUT)
