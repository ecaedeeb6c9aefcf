"""Write eval/sets/newplans10.jsonl (ids w001…). Spans are verbatim from the text as extracted (see check_sets.py).

    python eval/sets/src10/questions_src10.py
"""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "newplans10.jsonl")

CB = "caobang_2468-KH-UBND_2024.docx"
DD = "damdoi_185-KH-UBND_2024.txt"
HCB = "hoacuongbac_47-KH-UBND_2024.pdf"
HUE = "000_4550be4bb11189cd.txt"
HN = "002_797e8de6131c77f9.txt"
CT = "003_1a817ee72b993e3e.txt"

QS = []


def hist(h):
    return [{"role": "user" if i % 2 == 0 else "assistant", "content": c} for i, c in enumerate(h)]


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


REFUSE = "Các kế hoạch đã nạp không có thông tin này."

# table header cells and rows of the Cao Bằng docx, as extracted (one cell per line)
CB_CDHT = "Tỷ lệ người dân đạt danh hiệu “Công dân học tập” (%)"
CB_XMC = "Số người được xóa mù chữ (người)"
CB_GDHT = "Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình học tập” (%)"
CB_KNS = "Tỷ lệ cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số (%)"
CB_Y = {2025: "2025 40 1.200 65 50", 2026: "2026 45 1.100 68 60", 2027: "2027 50 1.000 72 -",
        2028: "2028 55 900 75 75", 2029: "2029 60 800 78 -", 2030: "2030 65 700 80 ≥ 90"}
CB_FTOT = "Tổng cộng 36,0 17,0 8,5 61,5"
CB_FHDR = "Nhóm nhiệm vụ Ngân sách tỉnh Ngân sách huyện Xã hội hóa Tổng"

# ---------------- agency_tasks (12)
Q("agency_tasks", "Theo kế hoạch của tỉnh Cao Bằng, Sở Giáo dục và Đào tạo có những nhiệm vụ gì?",
  [(CB, "Là cơ quan thường trực, chủ trì, phối hợp với các sở, ngành, Ủy ban nhân dân các huyện, thành phố tổ chức triển khai Kế hoạch; hướng dẫn, kiểm tra, đánh giá kết quả thực hiện."),
   (CB, "Chủ trì tổ chức các lớp xóa mù chữ và giáo dục sau xóa mù chữ; biên soạn tài liệu song ngữ phục vụ các lớp xóa mù chữ."),
   (CB, "Chủ trì xây dựng “Nền tảng học tập trực tuyến Cao Bằng”, hoàn thành trong năm 2026.")],
  "Sở GD&ĐT là cơ quan thường trực, chủ trì triển khai, hướng dẫn, kiểm tra Kế hoạch; chủ trì các lớp xóa mù chữ và giáo dục sau xóa mù chữ, biên soạn tài liệu song ngữ; phối hợp với Bộ Chỉ huy Quân sự tỉnh bồi dưỡng kiến thức quốc phòng và an ninh cho học viên TTHTCĐ ở xã biên giới; chủ trì xây dựng “Nền tảng học tập trực tuyến Cao Bằng”, hoàn thành trong năm 2026.",
  ["cơ quan thường trực", "xóa mù chữ", "Nền tảng học tập trực tuyến"])
Q("agency_tasks", "Trong kế hoạch của Cao Bằng, Sở Lao động - Thương binh và Xã hội chủ trì việc gì, phối hợp việc gì và phải báo cáo chỉ tiêu lao động qua đào tạo khi nào?",
  [(CB, "Chủ trì đào tạo nghề cho lao động nông thôn, người dân tộc thiểu số, gắn đào tạo với giải quyết việc làm và xuất khẩu lao động."),
   (CB, "Phối hợp với Sở Giáo dục và Đào tạo hướng dẫn các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên cấp huyện tổ chức lớp kỹ năng nghề ngắn hạn tại trung tâm học tập cộng đồng."),
   (CB, "Chủ trì tổng hợp, báo cáo chỉ tiêu tỷ lệ lao động qua đào tạo trước ngày 31/10 hằng năm.")],
  "Chủ trì đào tạo nghề cho lao động nông thôn, người dân tộc thiểu số (gắn với việc làm, xuất khẩu lao động); phối hợp với Sở GD&ĐT hướng dẫn các trung tâm GDNN-GDTX cấp huyện mở lớp kỹ năng nghề ngắn hạn tại TTHTCĐ; chủ trì tổng hợp, báo cáo chỉ tiêu lao động qua đào tạo trước ngày 31/10 hằng năm.",
  ["đào tạo nghề", "kỹ năng nghề ngắn hạn", "31/10"])
Q("agency_tasks", "Bộ Chỉ huy Quân sự tỉnh Cao Bằng tham gia kế hoạch xây dựng xã hội học tập như thế nào?",
  [(CB, "Phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức bồi dưỡng kiến thức quốc phòng và an ninh cho học viên các trung tâm học tập cộng đồng ở các xã biên giới.")],
  "Kế hoạch không có mục riêng cho Bộ Chỉ huy Quân sự tỉnh; cơ quan này được nêu trong nhiệm vụ của Sở GD&ĐT: Sở GD&ĐT phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức bồi dưỡng kiến thức quốc phòng và an ninh cho học viên các trung tâm học tập cộng đồng ở các xã biên giới.",
  ["quốc phòng và an ninh", "xã biên giới"])
Q("agency_tasks", "Ban Dân tộc tỉnh Cao Bằng được giao nhiệm vụ gì?",
  [(CB, "Phối hợp vận động người có uy tín trong đồng bào dân tộc thiểu số tham gia tuyên truyền, vận động người dân đi học xóa mù chữ."),
   (CB, "Lồng ghép nguồn vốn Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số để hỗ trợ học viên các lớp xóa mù chữ.")],
  "Phối hợp vận động người có uy tín trong đồng bào dân tộc thiểu số tuyên truyền, vận động người dân đi học xóa mù chữ; lồng ghép nguồn vốn Chương trình mục tiêu quốc gia vùng đồng bào DTTS để hỗ trợ học viên các lớp xóa mù chữ.",
  ["người có uy tín", "xóa mù chữ"])
Q("agency_tasks", "Sở Văn hóa, Thể thao và Du lịch Cao Bằng làm gì theo kế hoạch này?",
  [(CB, "Chỉ đạo Thư viện tỉnh luân chuyển sách, báo đến các điểm bưu điện văn hóa xã, nhà văn hóa xóm; kết nối 30 thư viện xã với Thư viện tỉnh.")],
  "Chỉ đạo Thư viện tỉnh luân chuyển sách, báo đến điểm bưu điện văn hóa xã, nhà văn hóa xóm và kết nối 30 thư viện xã với Thư viện tỉnh; lồng ghép xây dựng “Gia đình học tập” vào phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”.",
  ["Thư viện tỉnh", "30 thư viện xã"])
Q("agency_tasks", "Theo kế hoạch của huyện Đầm Dơi, Phòng Lao động - Thương binh và Xã hội có nhiệm vụ gì?",
  [(DD, "Chủ trì, phối hợp với Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện tổ chức đào tạo nghề ngắn hạn cho ít nhất 800 lao động nông thôn mỗi năm.")],
  "Chủ trì, phối hợp với Trung tâm GDNN-GDTX huyện đào tạo nghề ngắn hạn cho ít nhất 800 lao động nông thôn mỗi năm; theo dõi, tổng hợp chỉ tiêu tỷ lệ lao động qua đào tạo.",
  ["800", "đào tạo nghề ngắn hạn"])
Q("agency_tasks", "Phòng Nông nghiệp và Phát triển nông thôn huyện Đầm Dơi được giao gì?",
  [(DD, "3. Phòng Nông nghiệp và Phát triển nông thôn: - Phối hợp với Trung tâm Khuyến nông tỉnh mở lớp tập huấn nuôi tôm sinh thái, nuôi tôm - rừng tại trung tâm học tập cộng đồng.")],
  "Phối hợp với Trung tâm Khuyến nông tỉnh mở lớp tập huấn nuôi tôm sinh thái, nuôi tôm - rừng tại TTHTCĐ; hướng dẫn các hợp tác xã thủy sản tham gia xây dựng “Đơn vị học tập”.",
  ["nuôi tôm sinh thái", "hợp tác xã thủy sản"])
Q("agency_tasks", "Hội Nông dân huyện Đầm Dơi có vai trò gì trong kế hoạch?",
  [(DD, "Hội Nông dân huyện phối hợp tổ chức các lớp chuyển giao kỹ thuật nuôi tôm cho hội viên.")],
  "Hội Nông dân huyện (nêu trong mục đề nghị Ủy ban MTTQ Việt Nam huyện và các đoàn thể) phối hợp tổ chức các lớp chuyển giao kỹ thuật nuôi tôm cho hội viên.",
  ["chuyển giao kỹ thuật nuôi tôm", "hội viên"])
Q("agency_tasks", "Phòng Văn hóa và Thông tin huyện Đầm Dơi chủ trì những việc gì?",
  [(DD, "4. Phòng Văn hóa và Thông tin: - Chủ trì tuyên truyền về xây dựng xã hội học tập; chỉ đạo Trung tâm Văn hóa, Thể thao và Truyền thanh huyện duy trì chuyên mục “Học tập suốt đời” 02 kỳ/tháng."),
   (DD, "Chủ trì xây dựng “Tủ sách điện tử Đầm Dơi”, hoàn thành trong năm 2025.")],
  "Chủ trì tuyên truyền về xây dựng xã hội học tập, chỉ đạo Trung tâm VH-TT&TT huyện duy trì chuyên mục “Học tập suốt đời” 02 kỳ/tháng; chủ trì xây dựng “Tủ sách điện tử Đầm Dơi”, hoàn thành trong năm 2025.",
  ["Học tập suốt đời", "Tủ sách điện tử Đầm Dơi"])
Q("agency_tasks", "Ở phường Hòa Cường Bắc, công chức Văn hóa - Xã hội phải làm gì và nộp báo cáo kết quả trước ngày nào?",
  [(HCB, "a) Công chức Văn hóa - Xã hội: Là đầu mối tham mưu Ủy ban nhân dân phường triển"),
   (HCB, "hướng dẫn các tổ dân phố bình xét danh hiệu học tập; tổng hợp báo"),
   (HCB, "cáo kết quả trước ngày 25/11 hằng năm.")],
  "Là đầu mối tham mưu UBND phường triển khai Kế hoạch; hướng dẫn các tổ dân phố bình xét danh hiệu học tập; tổng hợp báo cáo kết quả trước ngày 25/11 hằng năm.",
  ["đầu mối", "bình xét", "25/11"])
Q("agency_tasks", "Công an phường Hòa Cường Bắc có nhiệm vụ gì trong kế hoạch xây dựng xã hội học tập?",
  [(HCB, "đ) Công an phường: Phối hợp tuyên truyền phòng, chông lừa đảo trên không gian"),
   (HCB, "mạng; hướng dẫn người dân kích hoạt tài khoản định danh điện tử VNeID mức độ 2.")],
  "Phối hợp tuyên truyền phòng, chống lừa đảo trên không gian mạng; hướng dẫn người dân kích hoạt tài khoản định danh điện tử VNeID mức độ 2.",
  ["lừa đảo", "VNeID"])
Q("agency_tasks", "Đoàn Thanh niên phường Hòa Cường Bắc được giao việc gì?",
  [(HCB, "hội viên, đoàn viên tham gia học tập; Đoàn Thanh niên phường chủ trì xây dựng"),
   (HCB, "Xây dựng Tủ sách cộng đồng Quý II/2O24 Đoàn Thanh niên phường")],
  "Đoàn Thanh niên phường (nêu trong mục đề nghị Ủy ban MTTQ phường và các đoàn thể) chủ trì xây dựng “Tủ sách cộng đồng” tại các tổ dân phố; theo bảng thời gian, việc này thực hiện trong quý II/2024.",
  ["Tủ sách cộng đồng", "tổ dân phố"])

# ---------------- target (12)
Q("target", "Tỉnh Cao Bằng đặt chỉ tiêu tỷ lệ cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số năm 2030 là bao nhiêu?",
  [(CB, CB_KNS), (CB, CB_Y[2030])],
  "Năm 2030: từ 90% trở lên (≥ 90%) cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số.", ["90"])
Q("target", "Năm 2027, Cao Bằng phấn đấu bao nhiêu phần trăm người dân đạt danh hiệu Công dân học tập?",
  [(CB, CB_CDHT), (CB, CB_Y[2027])], "Năm 2027: 50% người dân đạt danh hiệu “Công dân học tập”.", ["50%"])
Q("target", "Theo Bảng 1 của kế hoạch Cao Bằng, năm 2026 có bao nhiêu người được xóa mù chữ?",
  [(CB, CB_XMC), (CB, CB_Y[2026])], "Năm 2026: 1.100 người được xóa mù chữ.", ["1.100"])
Q("target", "Chỉ tiêu hộ gia đình đạt danh hiệu Gia đình học tập của tỉnh Cao Bằng năm 2028 là bao nhiêu?",
  [(CB, CB_GDHT), (CB, CB_Y[2028])], "Năm 2028: 75% hộ gia đình đạt danh hiệu “Gia đình học tập”.", ["75%"])
Q("target", "Đến năm 2030, tỉnh Cao Bằng yêu cầu bao nhiêu trung tâm học tập cộng đồng xếp loại Tốt?",
  [(CB, "100% trung tâm học tập cộng đồng được đánh giá, xếp loại theo Thông tư số 22/2020/TT-BGDĐT, trong đó ít nhất 70% xếp loại Tốt.")],
  "Đến năm 2030, 100% TTHTCĐ được đánh giá, xếp loại theo Thông tư 22/2020/TT-BGDĐT, trong đó ít nhất 70% xếp loại Tốt.", ["70%"])
Q("target", "Tỷ lệ lao động qua đào tạo mà Cao Bằng đặt ra đến năm 2030 là bao nhiêu?",
  [(CB, "Tỷ lệ lao động qua đào tạo đạt 62%, trong đó có bằng cấp, chứng chỉ đạt 28%.")],
  "Đến năm 2030: lao động qua đào tạo đạt 62%, trong đó có bằng cấp, chứng chỉ đạt 28%.", ["62%", "28%"])
Q("target", "Huyện Đầm Dơi đặt chỉ tiêu hộ gia đình đạt danh hiệu Gia đình học tập thế nào?",
  [(DD, "- Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình học tập” đến năm 2026 đạt 70%, đến năm 2030 đạt 82%.")],
  "Đến năm 2026 đạt 70%, đến năm 2030 đạt 82% hộ gia đình đạt danh hiệu “Gia đình học tập”.", ["70%", "82%"])
Q("target", "Đến năm 2026, số lượt người tham gia học chuyên đề tại trung tâm học tập cộng đồng ở Đầm Dơi phải đạt bao nhiêu?",
  [(DD, "- Số người tham gia học tập các chuyên đề tại trung tâm học tập cộng đồng đến năm 2026 đạt 18.000 lượt người/năm, đến năm 2030 đạt 25.000 lượt người/năm.")],
  "Đến năm 2026 đạt 18.000 lượt người/năm (đến năm 2030 đạt 25.000 lượt người/năm).", ["18.000"])
Q("target", "Huyện Đầm Dơi đặt mục tiêu gì về kỹ năng số của người dân?",
  [(DD, "- Tỷ lệ người dân trong độ tuổi 15 - 60 có kỹ năng số cơ bản đến năm 2026 đạt 45%, đến năm 2030 đạt 70%.")],
  "Người dân trong độ tuổi 15 - 60 có kỹ năng số cơ bản: 45% đến năm 2026, 70% đến năm 2030.", ["45%", "70%"])
Q("target", "Đến năm 2030, phường Hòa Cường Bắc phấn đấu bao nhiêu phần trăm hộ gia đình đạt Gia đình học tập?",
  [(HCB, "b) Đến năm 2030:"), (HCB, "- Tỷ lệ hộ gia đình đạt danh hiệu \"Gia đình học tập\" đạt 8O%.")],
  "Đến năm 2030: 80% hộ gia đình đạt danh hiệu “Gia đình học tập” (bản quét ghi “8O%”).", ["80%"])
Q("target", "Năm 2026 phường Hòa Cường Bắc đặt tỷ lệ tổ dân phố đạt Cộng đồng học tập là bao nhiêu?",
  [(HCB, "a) Đến năm 2O26:"), (HCB, "- Tỷ lệ tổ dân phố đạt danh hiệu \"Cộng đồng học tập\" đạt 6O%.")],
  "Đến năm 2026: 60% tổ dân phố đạt danh hiệu “Cộng đồng học tập” (năm 2030: 75%).", ["60%"])
Q("target", "Trung tâm học tập cộng đồng phường Hòa Cường Bắc phải tổ chức bao nhiêu chuyên đề mỗi năm, thu hút bao nhiêu lượt người?",
  [(HCB, "- Hằng năm tổ chức ít nhất l0 chuyên đề tại trung tâm học tập cộng đồng, thu"), (HCB, "hút 3.5OO lượt người tham gia.")],
  "Hằng năm ít nhất 10 chuyên đề, thu hút 3.500 lượt người tham gia.", ["10", "3.500"])

# ---------------- deadline (8)
Q("deadline", "Theo kế hoạch của Cao Bằng, các sở, ngành và UBND cấp huyện gửi báo cáo quý khi nào?",
  [(CB, "Các sở, ban, ngành và Ủy ban nhân dân các huyện, thành phố báo cáo kết quả thực hiện hằng quý về Sở Giáo dục và Đào tạo trước ngày 15 của tháng cuối quý.")],
  "Hằng quý, gửi Sở GD&ĐT trước ngày 15 của tháng cuối quý.", ["15", "tháng cuối quý"])
Q("deadline", "Hạn báo cáo năm trong kế hoạch xây dựng xã hội học tập tỉnh Cao Bằng là ngày nào?",
  [(CB, "Báo cáo năm gửi Sở Giáo dục và Đào tạo trước ngày 30/11 hằng năm."),
   (CB, "Sở Giáo dục và Đào tạo tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Giáo dục và Đào tạo trước ngày 15/12 hằng năm")],
  "Các đơn vị gửi báo cáo năm về Sở GD&ĐT trước ngày 30/11 hằng năm; Sở GD&ĐT tổng hợp báo cáo UBND tỉnh và Bộ GD&ĐT trước ngày 15/12 hằng năm.",
  ["30/11", "15/12"])
Q("deadline", "UBND các huyện, thành phố của Cao Bằng phải xây dựng kế hoạch thực hiện trước ngày nào?",
  [(CB, "Xây dựng kế hoạch thực hiện trên địa bàn trước ngày 31/01/2025; bố trí ngân sách huyện hỗ trợ trung tâm học tập cộng đồng theo Bảng 2.")],
  "Trước ngày 31/01/2025.", ["31/01/2025"])
Q("deadline", "Khi nào tỉnh Cao Bằng sơ kết và tổng kết kế hoạch?",
  [(CB, "tham mưu sơ kết giai đoạn 2025 - 2027 trong quý IV/2027 và tổng kết vào quý IV/2030.")],
  "Sơ kết giai đoạn 2025 - 2027 trong quý IV/2027; tổng kết vào quý IV/2030.", ["quý IV/2027", "quý IV/2030"])
Q("deadline", "Chế độ báo cáo của kế hoạch huyện Đầm Dơi quy định các mốc thời gian nào?",
  [(DD, "Chế độ báo cáo: Các cơ quan, đơn vị và Ủy ban nhân dân các xã, thị trấn báo cáo kết quả thực hiện 6 tháng trước ngày 10/6 và báo cáo năm trước ngày 20/11 hằng năm về Phòng Giáo dục và Đào tạo."),
   (DD, "Phòng Giáo dục và Đào tạo tổng hợp, báo cáo Ủy ban nhân dân huyện và Sở Giáo dục và Đào tạo tỉnh Cà Mau trước ngày 30/11 hằng năm.")],
  "Báo cáo 6 tháng trước ngày 10/6 và báo cáo năm trước ngày 20/11 hằng năm về Phòng GD&ĐT; Phòng GD&ĐT tổng hợp báo cáo UBND huyện và Sở GD&ĐT tỉnh Cà Mau trước ngày 30/11 hằng năm.",
  ["10/6", "20/11", "30/11"])
Q("deadline", "UBND các xã, thị trấn ở Đầm Dơi phải xây dựng kế hoạch thực hiện trước ngày nào?",
  [(DD, "9. Ủy ban nhân dân các xã, thị trấn: - Xây dựng kế hoạch thực hiện trước ngày 30/9/2024")],
  "Trước ngày 30/9/2024.", ["30/9/2024"])
Q("deadline", "Phường Hòa Cường Bắc sơ kết giai đoạn 2024 - 2026 vào thời điểm nào?",
  [(HCB, "Sơ kết giai đoạn 2024 - 2026 3l/12/2026 UBND phường")],
  "UBND phường sơ kết giai đoạn 2024 - 2026, thời hạn 31/12/2026 (bản quét ghi “3l/12/2026”).", ["31/12/2026"])
Q("deadline", "Việc bình xét danh hiệu học tập ở phường Hòa Cường Bắc làm vào thời gian nào, ai thực hiện?",
  [(HCB, "Bình xét danh hiệu học tập Tháng 11 hằng năm Công chức VH-XH")],
  "Tháng 11 hằng năm, do công chức Văn hóa - Xã hội (VH-XH) thực hiện.", ["tháng 11", "Văn hóa - Xã hội"])

# ---------------- funding (8)
Q("funding", "Nhóm nhiệm vụ củng cố trung tâm học tập cộng đồng của Cao Bằng được dự toán bao nhiêu kinh phí?",
  [(CB, CB_FHDR), (CB, "Củng cố, nâng cao hiệu quả trung tâm học tập cộng đồng 12,0 8,5 2,5 23,0")],
  "23,0 tỷ đồng: ngân sách tỉnh 12,0 tỷ, ngân sách huyện 8,5 tỷ, xã hội hóa 2,5 tỷ.", ["23,0", "12,0", "8,5", "2,5"])
Q("funding", "Tổng nguồn xã hội hóa trong dự toán kinh phí của tỉnh Cao Bằng là bao nhiêu?",
  [(CB, CB_FHDR), (CB, CB_FTOT)], "Xã hội hóa tổng cộng 8,5 tỷ đồng (trên tổng 61,5 tỷ đồng).", ["8,5"])
Q("funding", "Tổng dự toán kinh phí kế hoạch xây dựng xã hội học tập Cao Bằng giai đoạn 2025 - 2030 là bao nhiêu?",
  [(CB, "Tổng dự toán giai đoạn 2025 - 2030 là 61,5 tỷ đồng, chi tiết tại Bảng 2."), (CB, CB_FTOT)],
  "61,5 tỷ đồng: ngân sách tỉnh 36,0 tỷ, ngân sách huyện 17,0 tỷ, xã hội hóa 8,5 tỷ.", ["61,5", "36,0", "17,0"])
Q("funding", "Ngân sách tỉnh Cao Bằng chi bao nhiêu cho nhóm chuyển đổi số, nền tảng học tập trực tuyến?",
  [(CB, CB_FHDR), (CB, "Chuyển đổi số, nền tảng học tập trực tuyến 7,5 2,0 3,5 13,0")],
  "Ngân sách tỉnh 7,5 tỷ đồng (nhóm này tổng 13,0 tỷ: ngân sách huyện 2,0, xã hội hóa 3,5).", ["7,5"])
Q("funding", "Năm 2028 huyện Đầm Dơi dự kiến chi bao nhiêu cho xây dựng xã hội học tập?",
  [(DD, "năm 2028 là 1,6 tỷ đồng")], "Năm 2028: 1,6 tỷ đồng.", ["1,6 tỷ"])
Q("funding", "Kinh phí kế hoạch của huyện Đầm Dơi lấy từ những nguồn nào, mỗi nguồn bao nhiêu?",
  [(DD, "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2025 - 2030 là 9,6 tỷ đồng, trong đó: ngân sách huyện 6,5 tỷ đồng, ngân sách xã 1,8 tỷ đồng, nguồn xã hội hóa 1,3 tỷ đồng.")],
  "Tổng 9,6 tỷ đồng: ngân sách huyện 6,5 tỷ, ngân sách xã 1,8 tỷ, xã hội hóa 1,3 tỷ đồng.", ["9,6", "6,5", "1,8", "1,3"])
Q("funding", "Mỗi trung tâm học tập cộng đồng ở Đầm Dơi được ngân sách huyện hỗ trợ bao nhiêu?",
  [(DD, "- Ngân sách huyện hỗ trợ mỗi trung tâm học tập cộng đồng 15 triệu đồng/năm.")],
  "15 triệu đồng/năm cho mỗi TTHTCĐ.", ["15 triệu"])
Q("funding", "Ngân sách phường Hòa Cường Bắc bố trí những khoản nào cho kế hoạch?",
  [(HCB, "các nguồn hợp pháp khác; ngân sách phường bố trí 30 triệu đồng/năm cho trung tâm"),
   (HCB, "học tập cộng đồng và 20 triệu đồng/năm cho công tác khen thưởng danh hiệu học tập.")],
  "30 triệu đồng/năm cho trung tâm học tập cộng đồng và 20 triệu đồng/năm cho khen thưởng danh hiệu học tập (ngoài ra có xã hội hóa và nguồn hợp pháp khác).",
  ["30 triệu", "20 triệu"])

# ---------------- legal_basis (4)
Q("legal_basis", "Kế hoạch xây dựng xã hội học tập tỉnh Cao Bằng giai đoạn 2025 - 2030 căn cứ những văn bản nào?",
  [(CB, "Căn cứ Kết luận số 49-KL/TW ngày 10 tháng 5 năm 2019 của Ban Bí thư"),
   (CB, "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”;"),
   (CB, "Căn cứ Chỉ thị số 14/CT-TTg ngày 25 tháng 5 năm 2018 của Thủ tướng Chính phủ"),
   (CB, "Căn cứ Kế hoạch số 1890/KH-UBND ngày 15 tháng 9 năm 2021 của Ủy ban nhân dân tỉnh Cao Bằng")],
  "Kết luận 49-KL/TW ngày 10/5/2019 của Ban Bí thư; Quyết định 1373/QĐ-TTg ngày 30/7/2021; Chỉ thị 14/CT-TTg ngày 25/5/2018; Thông tư 22/2020/TT-BGDĐT ngày 06/8/2020; Kế hoạch 1890/KH-UBND ngày 15/9/2021 của UBND tỉnh Cao Bằng.",
  ["49-KL/TW", "1373/QĐ-TTg", "14/CT-TTg", "1890/KH-UBND"])
Q("legal_basis", "Huyện Đầm Dơi ban hành kế hoạch xây dựng xã hội học tập trên cơ sở những văn bản nào?",
  [(DD, "Thực hiện Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ"),
   (DD, "Kế hoạch số 204/KH-UBND ngày 12/10/2021 của Ủy ban nhân dân tỉnh Cà Mau"),
   (DD, "Nghị quyết số 08-NQ/HU ngày 15/3/2024 của Ban Chấp hành Đảng bộ huyện Đầm Dơi")],
  "Quyết định 1373/QĐ-TTg ngày 30/7/2021; Kế hoạch 204/KH-UBND ngày 12/10/2021 của UBND tỉnh Cà Mau; Nghị quyết 08-NQ/HU ngày 15/3/2024 của Ban Chấp hành Đảng bộ huyện Đầm Dơi.",
  ["1373/QĐ-TTg", "204/KH-UBND", "08-NQ/HU"])
Q("legal_basis", "Kế hoạch của phường Hòa Cường Bắc căn cứ vào kế hoạch nào của quận?",
  [(HCB, "Căn cứ Kế hoạch số 96/KH-UBND ngày 18/01/2024 của Ủy ban nhân dân quận Hải")],
  "Kế hoạch số 96/KH-UBND ngày 18/01/2024 của UBND quận Hải Châu về xây dựng xã hội học tập quận Hải Châu giai đoạn 2024 - 2030 (cùng QĐ 1373/QĐ-TTg và Thông tư 22/2020/TT-BGDĐT).",
  ["96/KH-UBND", "Hải Châu"])
Q("legal_basis", "Phường Hòa Cường Bắc căn cứ quyết định nào của Thủ tướng và thông tư nào của Bộ GD&ĐT?",
  [(HCB, "Căn cứ Quyết định số l373/QĐ-TTg ngày 30/7/202l của Thủ tướng Chính phủ phê"),
   (HCB, "Căn cứ Thông tư số 22/2020/TT-BGDĐT ngày 06/8/2020 của Bộ trưởng Bộ Giáo dục")],
  "Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng (bản quét ghi “l373”, “202l”) và Thông tư số 22/2020/TT-BGDĐT ngày 06/8/2020 về đánh giá, xếp loại TTHTCĐ.",
  ["1373", "22/2020/TT-BGDĐT"])

# ---------------- purpose (3)
Q("purpose", "Kế hoạch xây dựng xã hội học tập của tỉnh Cao Bằng nhằm mục đích gì?",
  [(CB, "Tạo cơ hội bình đẳng cho mọi người dân, nhất là đồng bào dân tộc Tày, Nùng, Mông, Dao ở vùng sâu, vùng xa, vùng biên giới được tiếp cận các hình thức học tập phù hợp, góp phần giảm nghèo bền vững.")],
  "Tạo chuyển biến nhận thức về học tập suốt đời; tạo cơ hội bình đẳng cho mọi người dân, nhất là đồng bào Tày, Nùng, Mông, Dao ở vùng sâu, vùng xa, biên giới tiếp cận học tập, góp phần giảm nghèo bền vững; huy động cả hệ thống chính trị, doanh nghiệp, cộng đồng tham gia.",
  ["bình đẳng", "giảm nghèo bền vững"])
Q("purpose", "Mục đích của kế hoạch huyện Đầm Dơi gắn với đặc thù kinh tế của huyện ra sao?",
  [(DD, "phù hợp với điều kiện của huyện ven biển, kinh tế chủ yếu dựa vào nuôi trồng thủy sản và bảo vệ rừng ngập mặn."),
   (DD, "- Phát huy vai trò của trung tâm học tập cộng đồng trong chuyển giao khoa học kỹ thuật nuôi tôm sinh thái, nuôi tôm - rừng và ứng phó với biến đổi khí hậu.")],
  "Cụ thể hóa Đề án phù hợp với huyện ven biển sống chủ yếu nhờ nuôi trồng thủy sản và bảo vệ rừng ngập mặn; tạo cơ hội học tập cho lao động nông thôn, ngư dân, đồng bào Khmer; phát huy TTHTCĐ trong chuyển giao kỹ thuật nuôi tôm sinh thái, tôm - rừng và ứng phó biến đổi khí hậu.",
  ["nuôi tôm", "biến đổi khí hậu"])
Q("purpose", "Phường Hòa Cường Bắc ban hành kế hoạch này để làm gì?",
  [(HCB, "- Góp phần xây dựng phường Hòa Cường Bắc văn minh, hiện đại, thực hiện chủ"),
   (HCB, "đề \"Năm xây dựng chính quyền đô thị\" của thành phố Đà Nẵng.")],
  "Nâng cao nhận thức về học tập suốt đời, tạo cơ hội cho mọi người dân học tập thường xuyên; phát huy TTHTCĐ, trường học, thiết chế văn hóa; góp phần xây dựng phường văn minh, hiện đại, thực hiện chủ đề “Năm xây dựng chính quyền đô thị” của Đà Nẵng.",
  ["văn minh, hiện đại", "Năm xây dựng chính quyền đô thị"])

# ---------------- task_section (5)
Q("task_section", "Kế hoạch của Cao Bằng gồm những nhóm nhiệm vụ và giải pháp nào?",
  [(CB, "1. Đẩy mạnh công tác tuyên truyền, nâng cao nhận thức"), (CB, "2. Củng cố, nâng cao hiệu quả hoạt động của trung tâm học tập cộng đồng"),
   (CB, "3. Xóa mù chữ, phổ cập giáo dục vùng đồng bào dân tộc thiểu số"), (CB, "4. Đẩy mạnh chuyển đổi số trong xây dựng xã hội học tập")],
  "Năm nhóm: (1) tuyên truyền, nâng cao nhận thức; (2) củng cố, nâng cao hiệu quả trung tâm học tập cộng đồng; (3) xóa mù chữ, phổ cập giáo dục vùng đồng bào dân tộc thiểu số; (4) chuyển đổi số; (5) bồi dưỡng đội ngũ cán bộ, giáo viên, báo cáo viên.",
  ["tuyên truyền", "trung tâm học tập cộng đồng", "xóa mù chữ", "chuyển đổi số"])
Q("task_section", "Huyện Đầm Dơi đề ra những nhiệm vụ, giải pháp chính nào?",
  [(DD, "1. Tăng cường công tác tuyên truyền. 2. Nâng cao hiệu quả hoạt động của trung tâm học tập cộng đồng. 3. Đẩy mạnh học tập gắn với sản xuất thủy sản. 4. Chuyển đổi số trong học tập. 5. Xây dựng các mô hình học tập.")],
  "Năm nhiệm vụ: tăng cường tuyên truyền; nâng cao hiệu quả TTHTCĐ; đẩy mạnh học tập gắn với sản xuất thủy sản; chuyển đổi số trong học tập; xây dựng các mô hình học tập.",
  ["tuyên truyền", "thủy sản", "mô hình học tập"])
Q("task_section", "Nhiệm vụ học tập gắn với sản xuất thủy sản của Đầm Dơi gồm những gì?",
  [(DD, "- Phối hợp với Trung tâm Khuyến nông tỉnh mở lớp tập huấn nuôi tôm sinh thái đạt chứng nhận quốc tế ASC cho ít nhất 1.500 hộ nuôi tôm."),
   (DD, "- Tổ chức đào tạo nghề ngắn hạn cho lao động nông thôn, ưu tiên nghề chế biến thủy sản và du lịch sinh thái rừng ngập mặn.")],
  "Phối hợp Trung tâm Khuyến nông tỉnh tập huấn nuôi tôm sinh thái đạt chứng nhận quốc tế ASC cho ít nhất 1.500 hộ; đào tạo nghề ngắn hạn cho lao động nông thôn, ưu tiên chế biến thủy sản và du lịch sinh thái rừng ngập mặn.",
  ["ASC", "1.500", "chế biến thủy sản"])
Q("task_section", "Phường Hòa Cường Bắc phát triển các mô hình học tập như thế nào?",
  [(HCB, "- Xây dựng \"Tủ sách cộng đồng\" tại 100% tổ dân phố; duy trì các mô hình \"Gia"),
   (HCB, "- Tổ chức lớp \"Tiếng Anh cho người kinh doanh dịch vụ\" tại khu vực chợ Hòa")],
  "Xây dựng “Tủ sách cộng đồng” tại 100% tổ dân phố; duy trì các mô hình Gia đình, Dòng họ, Cộng đồng, Đơn vị học tập; mở lớp “Tiếng Anh cho người kinh doanh dịch vụ” tại khu vực chợ Hòa Cường cho hộ tiểu thương.",
  ["Tủ sách cộng đồng", "Tiếng Anh"])
Q("task_section", "Trong nhóm giải pháp chuyển đổi số, tỉnh Cao Bằng làm những gì?",
  [(CB, "Xây dựng “Nền tảng học tập trực tuyến Cao Bằng” và kho học liệu số dùng chung, hoàn thành trong năm 2026."),
   (CB, "Bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã, trưởng xóm, tổ trưởng tổ dân phố.")],
  "Xây dựng “Nền tảng học tập trực tuyến Cao Bằng” và kho học liệu số dùng chung, hoàn thành trong năm 2026; bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã, trưởng xóm, tổ trưởng tổ dân phố.",
  ["Nền tảng học tập trực tuyến Cao Bằng", "2026", "kỹ năng số"])

# ---------------- cross_plan (6)
Q("cross_plan", "Cao Bằng, Đầm Dơi và Hòa Cường Bắc tổ chức Tuần lễ học tập suốt đời vào tháng nào?",
  [(CB, "Tổ chức “Tuần lễ hưởng ứng học tập suốt đời” vào tháng 10 hằng năm gắn với Ngày hội văn hóa các dân tộc ở các huyện biên giới."),
   (DD, "- Tổ chức “Tuần lễ hưởng ứng học tập suốt đời” vào tháng 10 hằng năm gắn với “Ngày hội tôm - rừng Đầm Dơi”."),
   (HCB, "- Hưởng ứng \"Tuần lễ học tập suốt đời\" vào tháng 10 và \"Ngày Sách và Văn hóa")],
  "Cả ba đều vào tháng 10 hằng năm (Cao Bằng gắn với Ngày hội văn hóa các dân tộc, Đầm Dơi gắn với Ngày hội tôm - rừng).", ["tháng 10"])
Q("cross_plan", "So sánh mức hỗ trợ mỗi năm cho trung tâm học tập cộng đồng ở Cao Bằng, Đầm Dơi và Hòa Cường Bắc.",
  [(CB, "Hỗ trợ mỗi trung tâm học tập cộng đồng 25 triệu đồng/năm từ ngân sách huyện để tổ chức các chuyên đề."),
   (DD, "- Ngân sách huyện hỗ trợ mỗi trung tâm học tập cộng đồng 15 triệu đồng/năm."),
   (HCB, "các nguồn hợp pháp khác; ngân sách phường bố trí 30 triệu đồng/năm cho trung tâm")],
  "Cao Bằng: 25 triệu đồng/năm mỗi TTHTCĐ (ngân sách huyện); Đầm Dơi: 15 triệu đồng/năm (ngân sách huyện); Hòa Cường Bắc: 30 triệu đồng/năm (ngân sách phường).",
  ["25 triệu", "15 triệu", "30 triệu"])
Q("cross_plan", "Kế hoạch của tỉnh Cao Bằng và kế hoạch năm 2024 của Cần Thơ cùng căn cứ quyết định nào của Thủ tướng?",
  [(CB, "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”;"),
   (CT, "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án")],
  "Cả hai căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”.", ["1373/QĐ-TTg"])
Q("cross_plan", "Ai ký kế hoạch của tỉnh Cao Bằng và ai ký kế hoạch của thành phố Huế?",
  [(CB, "Nông Thị Minh Tâm"), (HUE, "Nguyễn Thanh Bình")],
  "Cao Bằng: Nông Thị Minh Tâm (KT. Chủ tịch, Phó Chủ tịch UBND tỉnh); Huế: Nguyễn Thanh Bình (KT. Chủ tịch, Phó Chủ tịch UBND thành phố).",
  ["Nông Thị Minh Tâm", "Nguyễn Thanh Bình"])
Q("cross_plan", "Hà Nội đặt bao nhiêu phần trăm công dân đạt danh hiệu công dân học tập, còn Cao Bằng năm 2030 là bao nhiêu?",
  [(HN, "50% công dân đạt danh hiệu công dân học tập"), (CB, CB_CDHT), (CB, CB_Y[2030])],
  "Hà Nội: 50% công dân đạt danh hiệu công dân học tập; Cao Bằng: 65% người dân đạt danh hiệu “Công dân học tập” năm 2030.", ["50%", "65%"])
Q("cross_plan", "Huyện Đầm Dơi và phường Hòa Cường Bắc báo cáo kết quả năm lên cấp trên trước ngày nào?",
  [(DD, "Phòng Giáo dục và Đào tạo tổng hợp, báo cáo Ủy ban nhân dân huyện và Sở Giáo dục và Đào tạo tỉnh Cà Mau trước ngày 30/11 hằng năm."),
   (HCB, "Ủy ban nhân dân phường báo cáo Ủy ban nhân dân quận Hải Châu trước ngày 05/12")],
  "Đầm Dơi: Phòng GD&ĐT tổng hợp, báo cáo UBND huyện và Sở GD&ĐT Cà Mau trước 30/11 hằng năm (đơn vị gửi trước 20/11); Hòa Cường Bắc: UBND phường báo cáo UBND quận Hải Châu trước 05/12 hằng năm (bộ phận gửi trước 25/11).",
  ["30/11", "05/12"])

# ---------------- no_diacritics (6)
Q("no_diacritics", "ke hoach cua tinh Cao Bang giao So Tai chinh nhiem vu gi?",
  [(CB, "Chủ trì, phối hợp với Sở Giáo dục và Đào tạo tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch theo khả năng cân đối ngân sách; hướng dẫn sử dụng, thanh quyết toán kinh phí.")],
  "Sở Tài chính chủ trì, phối hợp với Sở GD&ĐT tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch theo khả năng cân đối ngân sách; hướng dẫn sử dụng, thanh quyết toán kinh phí.",
  ["bố trí kinh phí", "thanh quyết toán"])
Q("no_diacritics", "huyen Dam Doi dat ty le ap, khom dat Cong dong hoc tap nam 2030 la bao nhieu",
  [(DD, "- Tỷ lệ ấp, khóm đạt danh hiệu “Cộng đồng học tập” đến năm 2026 đạt 55%, đến năm 2030 đạt 75%.")],
  "Đến năm 2030 đạt 75% ấp, khóm đạt danh hiệu “Cộng đồng học tập” (năm 2026: 55%).", ["75%"])
Q("no_diacritics", "phuong Hoa Cuong Bac ho tro trung tam hoc tap cong dong bao nhieu tien moi nam?",
  [(HCB, "- Ngân sách phường bố trí cho trung tâm học tập cộng đồng 30 triệu đồng/năm.")],
  "Ngân sách phường bố trí 30 triệu đồng/năm cho trung tâm học tập cộng đồng.", ["30 triệu"])
Q("no_diacritics", "Dai Phat thanh - Truyen hinh tinh Cao Bang co nhiem vu gi",
  [(CB, "Duy trì chuyên mục “Học tập suốt đời” phát sóng 02 kỳ/tháng bằng tiếng phổ thông và tiếng dân tộc.")],
  "Duy trì chuyên mục “Học tập suốt đời” phát sóng 02 kỳ/tháng bằng tiếng phổ thông và tiếng dân tộc.", ["Học tập suốt đời", "02 kỳ/tháng"])
Q("no_diacritics", "cong chuc Tai chinh - Ke toan phuong Hoa Cuong Bac lam gi",
  [(HCB, "c) Công chức Tài chính - Kế toán: Tham mưu bố trí kinh phí theo Kê hoạch; hướng"),
   (HCB, "dẫn thanh quyết toán theo đúng quy định.")],
  "Tham mưu bố trí kinh phí theo Kế hoạch; hướng dẫn thanh quyết toán theo đúng quy định.", ["kinh phí", "thanh quyết toán"])
Q("no_diacritics", "tong kinh phi ke hoach xay dung xa hoi hoc tap huyen Dam Doi giai doan 2025-2030",
  [(DD, "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2025 - 2030 là 9,6 tỷ đồng")],
  "9,6 tỷ đồng (ngân sách huyện 6,5 tỷ, ngân sách xã 1,8 tỷ, xã hội hóa 1,3 tỷ).", ["9,6"])

# ---------------- abbreviation (6)
Q("abbreviation", "KH XHHT tỉnh CB: Sở KH&ĐT làm gì?",
  [(CB, "Lồng ghép các chỉ tiêu xây dựng xã hội học tập vào kế hoạch phát triển kinh tế - xã hội 5 năm và hằng năm của tỉnh; vận động doanh nghiệp tham gia xã hội hóa.")],
  "Sở Kế hoạch và Đầu tư lồng ghép các chỉ tiêu xây dựng xã hội học tập vào kế hoạch phát triển kinh tế - xã hội 5 năm và hằng năm của tỉnh; vận động doanh nghiệp tham gia xã hội hóa.",
  ["kế hoạch phát triển kinh tế - xã hội", "doanh nghiệp"])
Q("abbreviation", "P.GD&ĐT H. Đầm Dơi đánh giá, xếp loại TTHTCĐ trước ngày nào?",
  [(DD, "- Chủ trì đánh giá, xếp loại trung tâm học tập cộng đồng trước ngày 15/12 hằng năm.")],
  "Phòng GD&ĐT huyện Đầm Dơi chủ trì đánh giá, xếp loại TTHTCĐ trước ngày 15/12 hằng năm.", ["15/12"])
Q("abbreviation", "UBMTTQVN P. Hòa Cường Bắc và các đoàn thể được đề nghị gì?",
  [(HCB, "g) Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường và các đoàn thể: Vận động"),
   (HCB, "hội viên, đoàn viên tham gia học tập; Đoàn Thanh niên phường chủ trì xây dựng")],
  "Vận động hội viên, đoàn viên tham gia học tập; Đoàn Thanh niên phường chủ trì xây dựng “Tủ sách cộng đồng” tại các tổ dân phố.",
  ["hội viên, đoàn viên", "Tủ sách cộng đồng"])
Q("abbreviation", "Sở TT&TT tỉnh CB có nv gì trong KH?",
  [(CB, "Chủ trì hướng dẫn các cơ quan báo chí, hệ thống thông tin cơ sở tuyên truyền về xây dựng xã hội học tập."),
   (CB, "Phối hợp với Sở Giáo dục và Đào tạo bảo đảm hạ tầng kỹ thuật cho “Nền tảng học tập trực tuyến Cao Bằng”; tổ chức bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã.")],
  "Sở Thông tin và Truyền thông chủ trì hướng dẫn báo chí, thông tin cơ sở tuyên truyền; phối hợp với Sở GD&ĐT bảo đảm hạ tầng kỹ thuật cho “Nền tảng học tập trực tuyến Cao Bằng”; bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã.",
  ["báo chí", "hạ tầng kỹ thuật", "kỹ năng số"])
Q("abbreviation", "HKH tỉnh CB chủ trì việc gì?",
  [(CB, "Chủ trì đánh giá, công nhận các danh hiệu “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” cấp thôn, tổ dân phố; phát triển Quỹ khuyến học các cấp.")],
  "Hội Khuyến học tỉnh (được đề nghị) chủ trì đánh giá, công nhận các danh hiệu Gia đình học tập, Dòng họ học tập, Cộng đồng học tập cấp thôn, tổ dân phố; phát triển Quỹ khuyến học các cấp.",
  ["công nhận", "Quỹ khuyến học"])
Q("abbreviation", "CC VP-TK P. HCB làm gì?",
  [(HCB, "b) Công chức Văn phòng - Thống kê: Theo dõi, cập nhật số liệu các danh hiệu học"),
   (HCB, "tập; đưa tin bài về xây dựng xã hội học tập lên trang thông tin điện tử phường.")],
  "Công chức Văn phòng - Thống kê phường Hòa Cường Bắc theo dõi, cập nhật số liệu các danh hiệu học tập; đưa tin bài về xây dựng xã hội học tập lên trang thông tin điện tử phường.",
  ["số liệu", "trang thông tin điện tử"])

# ---------------- paraphrase (5)
Q("paraphrase", "Đến cuối giai đoạn, tỉnh Cao Bằng muốn bao nhiêu phần trăm dân số là công dân học tập?",
  [(CB, CB_CDHT), (CB, CB_Y[2030])], "Năm 2030: 65% người dân đạt danh hiệu “Công dân học tập”.", ["65%"])
Q("paraphrase", "Ở Đầm Dơi, người nuôi tôm được hỗ trợ học hành ra sao?",
  [(DD, "- Phối hợp với Trung tâm Khuyến nông tỉnh mở lớp tập huấn nuôi tôm sinh thái đạt chứng nhận quốc tế ASC cho ít nhất 1.500 hộ nuôi tôm.")],
  "Mở lớp tập huấn nuôi tôm sinh thái đạt chứng nhận quốc tế ASC cho ít nhất 1.500 hộ nuôi tôm (phối hợp Trung tâm Khuyến nông tỉnh); Phòng NN&PTNT mở lớp nuôi tôm sinh thái, tôm - rừng tại TTHTCĐ; Hội Nông dân chuyển giao kỹ thuật cho hội viên.",
  ["ASC", "1.500"])
Q("paraphrase", "Tiểu thương buôn bán ở chợ thuộc phường Hòa Cường Bắc sẽ được học gì?",
  [(HCB, "- Tổ chức lớp \"Tiếng Anh cho người kinh doanh dịch vụ\" tại khu vực chợ Hòa")],
  "Lớp “Tiếng Anh cho người kinh doanh dịch vụ” tại khu vực chợ Hòa Cường, do TTHTCĐ phường tổ chức.", ["Tiếng Anh"])
Q("paraphrase", "Cao Bằng tuyên truyền về học tập suốt đời bằng những ngôn ngữ nào?",
  [(CB, "Tuyên truyền sâu rộng bằng tiếng phổ thông và tiếng dân tộc Tày, Nùng, Mông trên sóng phát thanh, truyền hình và hệ thống loa truyền thanh cơ sở về lợi ích của học tập suốt đời.")],
  "Bằng tiếng phổ thông và tiếng dân tộc Tày, Nùng, Mông (phát thanh, truyền hình, loa truyền thanh cơ sở).", ["Tày", "Nùng", "Mông"])
Q("paraphrase", "Đầm Dơi làm gì để dân biết dùng dịch vụ công online?",
  [(DD, "- Tổ chức lớp “Bình dân học vụ số” tại các ấp, khóm; hướng dẫn người dân sử dụng dịch vụ công trực tuyến.")],
  "Tổ chức lớp “Bình dân học vụ số” tại các ấp, khóm, hướng dẫn người dân sử dụng dịch vụ công trực tuyến.", ["Bình dân học vụ số"])

# ---------------- english (15)
Q("english", "What is Cao Bang province's 2030 target for commune officials trained in digital skills?",
  [(CB, CB_KNS), (CB, CB_Y[2030])], "At least 90% (≥ 90) of commune-level officials trained in digital skills by 2030.", ["90"])
Q("english", "What share of residents should be 'learning citizens' in Cao Bang by 2030?",
  [(CB, CB_CDHT), (CB, CB_Y[2030])], "65% of residents in 2030 (rising from 40% in 2025).", ["65%"])
Q("english", "How large is Cao Bang's total budget for the 2025-2030 learning society plan?",
  [(CB, "Tổng dự toán giai đoạn 2025 - 2030 là 61,5 tỷ đồng, chi tiết tại Bảng 2.")],
  "61,5 tỷ đồng (VND 61.5 billion): 36 billion from the provincial budget, 17 from district budgets, 8.5 from social sources.", ["61"])
Q("english", "What share of households in Dam Doi district should be learning families by 2030?",
  [(DD, "- Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình học tập” đến năm 2026 đạt 70%, đến năm 2030 đạt 82%.")],
  "82% by 2030 (70% by 2026).", ["82%"])
Q("english", "How many rural workers per year must Dam Doi's labour office train in short vocational courses?",
  [(DD, "Chủ trì, phối hợp với Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện tổ chức đào tạo nghề ngắn hạn cho ít nhất 800 lao động nông thôn mỗi năm.")],
  "At least 800 rural workers per year, with the district's vocational and continuing education centre.", ["800"])
Q("english", "How much does Dam Doi give each community learning centre per year?",
  [(DD, "- Ngân sách huyện hỗ trợ mỗi trung tâm học tập cộng đồng 15 triệu đồng/năm.")],
  "15 million VND per centre per year (15 triệu đồng/năm) from the district budget.", ["15"])
Q("english", "Who signed the Hoa Cuong Bac ward plan?",
  [(HCB, "Phan Thị Thu Sương")], "Phan Thị Thu Sương, Vice Chairwoman, signing on behalf of the ward People's Committee (KT. Chủ tịch).", ["Phan Thị Thu Sương"])
Q("english", "Who signed Cao Bang's learning society plan, and what is its number?",
  [(CB, "Nông Thị Minh Tâm"), (CB, "Số: 2468/KH-UBND")],
  "Plan No. 2468/KH-UBND of 5 December 2024, signed by Nông Thị Minh Tâm, Vice Chair of the provincial People's Committee.",
  ["Nông Thị Minh Tâm", "2468"])
Q("english", "How many topics must Hoa Cuong Bac's community learning centre run each year, and how many participants should they attract?",
  [(HCB, "- Hằng năm tổ chức ít nhất l0 chuyên đề tại trung tâm học tập cộng đồng, thu"), (HCB, "hút 3.5OO lượt người tham gia.")],
  "At least 10 topics a year, attracting 3,500 participant visits (3.500 lượt người).", ["10", "500"])
Q("english", "How many shrimp-farming households will Dam Doi train towards ASC certification?",
  [(DD, "- Phối hợp với Trung tâm Khuyến nông tỉnh mở lớp tập huấn nuôi tôm sinh thái đạt chứng nhận quốc tế ASC cho ít nhất 1.500 hộ nuôi tôm.")],
  "At least 1,500 households (1.500 hộ), trained in ecological shrimp farming to ASC standard with the provincial agricultural extension centre.", ["ASC", "500"])
Q("english", "How many people does Cao Bang plan to make literate in 2030?",
  [(CB, CB_XMC), (CB, CB_Y[2030])], "700 people in 2030 (down from 1,200 in 2025).", ["700"])
Q("english", "What is Hoa Cuong Bac ward's 2030 target for residents with basic digital skills?",
  [(HCB, "- 85% người dân từ l5 tuổi trở lên có kỹ năng số cơ bản.")],
  "85% of residents aged 15 and over (65% by 2026).", ["85%"])
Q("english", "Which Prime Minister's decision does the Dam Doi district plan implement?",
  [(DD, "Thực hiện Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ")],
  "Decision 1373/QĐ-TTg of 30 July 2021 approving the scheme “Building a learning society 2021-2030”.", ["1373"])
Q("english", "What are Hoa Cuong Bac's targets for learning families in 2026 and in 2030?",
  [(HCB, "- Tỷ lệ hộ gia đình đạt danh hiệu \"Gia đình học tập\" đat 75%."), (HCB, "- Tỷ lệ hộ gia đình đạt danh hiệu \"Gia đình học tập\" đạt 8O%.")],
  "75% of households by 2026 and 80% by 2030.", ["75%", "80%"])
Q("english", "By 2026, what share of Dam Doi households should be learning families, and what share of people aged 15-60 should have basic digital skills?",
  [(DD, "- Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình học tập” đến năm 2026 đạt 70%, đến năm 2030 đạt 82%."),
   (DD, "- Tỷ lệ người dân trong độ tuổi 15 - 60 có kỹ năng số cơ bản đến năm 2026 đạt 45%, đến năm 2030 đạt 70%.")],
  "By 2026: 70% of households as learning families and 45% of people aged 15-60 with basic digital skills.", ["70%", "45%"])

# ---------------- follow_up (20)
Q("follow_up", "Còn năm 2030 thì sao?",
  [(CB, CB_CDHT), (CB, CB_Y[2030])], "Năm 2030: 65% người dân đạt danh hiệu “Công dân học tập”.", ["65%"],
  ["Theo kế hoạch của tỉnh Cao Bằng, tỷ lệ người dân đạt danh hiệu Công dân học tập năm 2026 là bao nhiêu?", "Năm 2026 là 45%."])
Q("follow_up", "Còn năm 2030?",
  [(DD, "- Tỷ lệ lao động qua đào tạo đến năm 2026 đạt 55%, đến năm 2030 đạt 65%.")], "Đến năm 2030 đạt 65%.", ["65%"],
  ["Huyện Đầm Dơi đặt chỉ tiêu lao động qua đào tạo đến năm 2026 là bao nhiêu?", "Đến năm 2026 đạt 55%."])
Q("follow_up", "Ở đó Công an phường được giao gì?",
  [(HCB, "đ) Công an phường: Phối hợp tuyên truyền phòng, chông lừa đảo trên không gian")],
  "Công an phường Hòa Cường Bắc phối hợp tuyên truyền phòng, chống lừa đảo trên không gian mạng; hướng dẫn người dân kích hoạt tài khoản định danh điện tử VNeID mức độ 2.",
  ["lừa đảo", "VNeID"],
  ["Phường Hòa Cường Bắc có kế hoạch xây dựng xã hội học tập không?", "Có: Kế hoạch số 47/KH-UBND ngày 12/3/2024 giai đoạn 2024 - 2030."])
Q("follow_up", "Họ phối hợp với cơ quan quân sự nào, để làm gì?",
  [(CB, "Phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức bồi dưỡng kiến thức quốc phòng và an ninh cho học viên các trung tâm học tập cộng đồng ở các xã biên giới.")],
  "Sở GD&ĐT phối hợp với Bộ Chỉ huy Quân sự tỉnh bồi dưỡng kiến thức quốc phòng và an ninh cho học viên các TTHTCĐ ở các xã biên giới.",
  ["Bộ Chỉ huy Quân sự tỉnh", "quốc phòng và an ninh"],
  ["Sở Giáo dục và Đào tạo Cao Bằng là cơ quan gì trong kế hoạch?", "Là cơ quan thường trực, chủ trì triển khai Kế hoạch."])
Q("follow_up", "Khoản đó ngân sách tỉnh chiếm bao nhiêu?",
  [(CB, CB_FHDR), (CB, "Chuyển đổi số, nền tảng học tập trực tuyến 7,5 2,0 3,5 13,0")],
  "Trong 13,0 tỷ đồng của nhóm chuyển đổi số, ngân sách tỉnh là 7,5 tỷ đồng.", ["7,5"],
  ["Kinh phí cho nhóm chuyển đổi số trong kế hoạch Cao Bằng là bao nhiêu?", "13,0 tỷ đồng."])
Q("follow_up", "Còn Phòng Nội vụ thì sao?",
  [(DD, "6. Phòng Nội vụ: - Đưa tiêu chí xây dựng “Đơn vị học tập” vào bình xét thi đua, khen thưởng hằng năm.")],
  "Phòng Nội vụ huyện Đầm Dơi đưa tiêu chí xây dựng “Đơn vị học tập” vào bình xét thi đua, khen thưởng hằng năm.",
  ["Đơn vị học tập", "thi đua"],
  ["Phòng Nông nghiệp và Phát triển nông thôn huyện Đầm Dơi làm gì?", "Phối hợp mở lớp tập huấn nuôi tôm sinh thái, tôm - rừng; hướng dẫn hợp tác xã thủy sản xây dựng “Đơn vị học tập”."])
Q("follow_up", "Còn ở huyện Đầm Dơi?",
  [(DD, "- Ngân sách huyện hỗ trợ mỗi trung tâm học tập cộng đồng 15 triệu đồng/năm.")], "Đầm Dơi: 15 triệu đồng/năm cho mỗi TTHTCĐ từ ngân sách huyện.", ["15 triệu"],
  ["Tỉnh Cao Bằng hỗ trợ mỗi trung tâm học tập cộng đồng bao nhiêu mỗi năm?", "25 triệu đồng/năm từ ngân sách huyện."])
Q("follow_up", "Thế huyện Đầm Dơi thì tổng kinh phí là bao nhiêu?",
  [(DD, "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2025 - 2030 là 9,6 tỷ đồng")], "9,6 tỷ đồng cho giai đoạn 2025 - 2030.", ["9,6"],
  ["Huyện Cái Nước có kế hoạch xây dựng xã hội học tập không, kinh phí bao nhiêu?", REFUSE])
Q("follow_up", "Vậy Sở Nội vụ tỉnh đó làm gì?",
  [(CB, "Phối hợp với Sở Giáo dục và Đào tạo đưa tiêu chí “Đơn vị học tập” vào đánh giá thi đua các cơ quan, đơn vị; tham mưu khen thưởng tập thể, cá nhân có thành tích xuất sắc.")],
  "Sở Nội vụ Cao Bằng phối hợp với Sở GD&ĐT đưa tiêu chí “Đơn vị học tập” vào đánh giá thi đua; tham mưu khen thưởng tập thể, cá nhân xuất sắc.",
  ["Đơn vị học tập", "khen thưởng"],
  ["Sở Y tế tỉnh Cao Bằng được giao nhiệm vụ gì trong kế hoạch xây dựng xã hội học tập?", REFUSE])
Q("follow_up", "What about 2030?",
  [(CB, CB_GDHT), (CB, CB_Y[2030])], "80% of households in 2030.", ["80%"],
  ["What does Cao Bang target for learning-family households in 2025?", "65% of households in 2025."])
Q("follow_up", "And by 2030?",
  [(DD, "- Tỷ lệ ấp, khóm đạt danh hiệu “Cộng đồng học tập” đến năm 2026 đạt 55%, đến năm 2030 đạt 75%.")], "75% of hamlets and quarters by 2030.", ["75%"],
  ["What share of Dam Doi's hamlets should be learning communities by 2026?", "55% by 2026."])
Q("follow_up", "When does that officer have to submit the report?",
  [(HCB, "a) Công chức Văn hóa - Xã hội: Là đầu mối tham mưu Ủy ban nhân dân phường triển"),
   (HCB, "cáo kết quả trước ngày 25/11 hằng năm.")],
  "The Culture-Social officer compiles the results report before 25/11 each year (the ward then reports to Hai Chau district before 05/12).",
  ["25"],
  ["Who is the focal point for the Hoa Cuong Bac ward plan?", "The Culture-Social officer (công chức Văn hóa - Xã hội)."])
Q("follow_up", "Trong đó xã hội hóa bao nhiêu?",
  [(CB, CB_FHDR), (CB, "Xóa mù chữ, phổ cập giáo dục vùng đồng bào dân tộc thiểu số 9,0 4,0 1,0 14,0")],
  "Nhóm xóa mù chữ: xã hội hóa 1,0 tỷ đồng (trong tổng 14,0 tỷ).", ["1,0"],
  ["Kế hoạch Cao Bằng có bảng dự toán kinh phí không?", "Có, Bảng 2, tổng 61,5 tỷ đồng.", "Nhóm xóa mù chữ được bao nhiêu?", "14,0 tỷ đồng."])
Q("follow_up", "Việc đó phải xong khi nào?",
  [(DD, "Chủ trì xây dựng “Tủ sách điện tử Đầm Dơi”, hoàn thành trong năm 2025.")], "Hoàn thành trong năm 2025.", ["2025"],
  ["Ai chủ trì xây dựng Tủ sách điện tử Đầm Dơi?", "Phòng Văn hóa và Thông tin huyện."])
Q("follow_up", "Còn năm 2030 thì sao?",
  [(HCB, "- 85% người dân từ l5 tuổi trở lên có kỹ năng số cơ bản.")], "Đến năm 2030: 85% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản.", ["85%"],
  ["Phường Hòa Cường Bắc đặt mục tiêu gì về kỹ năng số đến năm 2026?", "65% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản."])
Q("follow_up", "Họ phải báo cáo chỉ tiêu lao động qua đào tạo trước ngày nào?",
  [(CB, "Chủ trì tổng hợp, báo cáo chỉ tiêu tỷ lệ lao động qua đào tạo trước ngày 31/10 hằng năm.")], "Trước ngày 31/10 hằng năm.", ["31/10"],
  ["Sở Lao động - Thương binh và Xã hội Cao Bằng chủ trì việc gì?", "Chủ trì đào tạo nghề cho lao động nông thôn, người dân tộc thiểu số."])
Q("follow_up", "Họ đánh giá, xếp loại trung tâm học tập cộng đồng trước ngày nào và sơ kết khi nào?",
  [(DD, "- Chủ trì đánh giá, xếp loại trung tâm học tập cộng đồng trước ngày 15/12 hằng năm."),
   (DD, "- Tổng hợp kết quả, tham mưu sơ kết vào quý IV/2027 và tổng kết vào quý IV/2030.")],
  "Phòng GD&ĐT đánh giá, xếp loại TTHTCĐ trước ngày 15/12 hằng năm; tham mưu sơ kết vào quý IV/2027 (tổng kết quý IV/2030).",
  ["15/12", "quý IV/2027"],
  ["Huyện Đầm Dơi giao Phòng Giáo dục và Đào tạo vai trò gì?", "Là cơ quan thường trực, chủ trì tham mưu triển khai Kế hoạch."])
Q("follow_up", "Còn năm 2028?",
  [(CB, CB_KNS), (CB, CB_Y[2028])], "Năm 2028: 75%.", ["75%"],
  ["Năm 2025 tỉnh Cao Bằng đặt tỷ lệ cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số là bao nhiêu?", "50%."])
Q("follow_up", "Tuần lễ học tập suốt đời ở đó tổ chức khi nào, ai thực hiện?",
  [(HCB, "Tổ chức Tuần lễ học tập suốt đời Tháng l0 hằng năm Trung tâm HTCĐ phường")],
  "Tháng 10 hằng năm, do Trung tâm học tập cộng đồng phường thực hiện.", ["tháng 10", "Trung tâm"],
  ["Phường Hòa Cường Bắc thuộc quận nào?", "Quận Hải Châu, thành phố Đà Nẵng.", "Kế hoạch của phường có bảng thời gian thực hiện không?", "Có, 4 nội dung chủ yếu."])
Q("follow_up", "Còn tỉnh Cao Bằng?",
  [(CB, "Báo cáo năm gửi Sở Giáo dục và Đào tạo trước ngày 30/11 hằng năm."),
   (CB, "Sở Giáo dục và Đào tạo tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Giáo dục và Đào tạo trước ngày 15/12 hằng năm")],
  "Cao Bằng: báo cáo năm gửi Sở GD&ĐT trước 30/11; Sở GD&ĐT báo cáo UBND tỉnh và Bộ GD&ĐT trước 15/12 hằng năm (báo cáo quý trước ngày 15 của tháng cuối quý).",
  ["30/11", "15/12"],
  ["Huyện Đầm Dơi yêu cầu báo cáo năm trước ngày nào?", "Trước 20/11 về Phòng GD&ĐT; Phòng GD&ĐT tổng hợp trước 30/11."])

# ---------------- unanswerable (30)
U("Kế hoạch xây dựng xã hội học tập của tỉnh Cà Mau đặt chỉ tiêu Gia đình học tập năm 2030 là bao nhiêu?",
  "Các kế hoạch đã nạp không có kế hoạch của tỉnh Cà Mau (chỉ có kế hoạch của huyện Đầm Dơi thuộc tỉnh này).")
U("Thành phố Đà Nẵng đặt mục tiêu bao nhiêu phần trăm công dân học tập năm 2030?",
  "Không có kế hoạch của thành phố Đà Nẵng; chỉ có kế hoạch của phường Hòa Cường Bắc.")
U("Quận Hải Châu giao Phòng Văn hóa và Thông tin quận nhiệm vụ gì trong xây dựng xã hội học tập?",
  "Kế hoạch 96/KH-UBND của quận Hải Châu chỉ được phường trích làm căn cứ, không được nạp.")
U("Huyện Cái Nước đặt chỉ tiêu lao động qua đào tạo đến năm 2030 là bao nhiêu?", REFUSE)
U("Phường Hòa Cường Nam đặt chỉ tiêu Gia đình học tập năm 2026 là bao nhiêu?", REFUSE)
U("Tỉnh Bắc Kạn bố trí bao nhiêu kinh phí cho xây dựng xã hội học tập?", REFUSE)
U("Năm 2027 tỉnh Cao Bằng đặt tỷ lệ cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số là bao nhiêu?",
  "Bảng 1 để trống (“-”) ô năm 2027 của chỉ tiêu này; kế hoạch không đặt giá trị cho năm đó.")
U("Chỉ tiêu bồi dưỡng kỹ năng số cho công chức cấp xã của Cao Bằng năm 2029 là bao nhiêu?",
  "Ô năm 2029 là “-”: kế hoạch không đặt chỉ tiêu này cho năm 2029.")
U("Năm 2024 tỉnh Cao Bằng có tỷ lệ người dân đạt Công dân học tập là bao nhiêu?",
  "Bảng 1 bắt đầu từ năm 2025; kế hoạch không nêu số liệu năm 2024.")
U("Huyện Đầm Dơi đặt tỷ lệ hộ gia đình đạt Gia đình học tập năm 2028 là bao nhiêu?",
  "Kế hoạch chỉ đặt mốc 2026 (70%) và 2030 (82%), không có năm 2028.")
U("Phường Hòa Cường Bắc đặt chỉ tiêu Cộng đồng học tập năm 2028 là bao nhiêu?",
  "Kế hoạch chỉ có mốc 2026 và 2030.")
U("Hiện nay tỉnh Cao Bằng có bao nhiêu trung tâm học tập cộng đồng?", REFUSE)
U("Huyện Đầm Dơi hiện có bao nhiêu hộ nuôi tôm?", REFUSE)
U("Cơ quan không báo cáo đúng hạn theo kế hoạch của tỉnh Cao Bằng sẽ bị xử lý thế nào?", REFUSE)
U("Hộ gia đình ở phường Hòa Cường Bắc không đăng ký Gia đình học tập có bị xử phạt không?", REFUSE)
U("Chi phí xây dựng Nền tảng học tập trực tuyến Cao Bằng là bao nhiêu?",
  "Bảng 2 chỉ có tổng nhóm “Chuyển đổi số, nền tảng học tập trực tuyến” (13,0 tỷ), không tách riêng chi phí nền tảng.")
U("Kinh phí xây dựng Tủ sách điện tử Đầm Dơi là bao nhiêu?", REFUSE)
U("Năm 2027 ngân sách xã của huyện Đầm Dơi chi bao nhiêu?",
  "Kế hoạch chỉ nêu ngân sách xã cả giai đoạn (1,8 tỷ) và tổng từng năm, không tách ngân sách xã theo năm.")
U("Sở Y tế tỉnh Cao Bằng có nhiệm vụ gì trong kế hoạch xây dựng xã hội học tập?", REFUSE)
U("Bộ đội Biên phòng tỉnh Cao Bằng được giao nhiệm vụ gì?", REFUSE)
U("Phòng Tư pháp huyện Đầm Dơi được giao việc gì trong kế hoạch?", REFUSE)
U("Trạm Y tế phường Hòa Cường Bắc tham gia kế hoạch như thế nào?", REFUSE)
U("Ai ký Kế hoạch số 204/KH-UBND của UBND tỉnh Cà Mau?", "Văn bản này chỉ được trích làm căn cứ, không được nạp.")
U("Kế hoạch số 1890/KH-UBND năm 2021 của tỉnh Cao Bằng do ai ký?", "Văn bản này chỉ được trích làm căn cứ, không được nạp.")
U("What is Da Nang city's lifelong learning budget for 2026?", "The loaded plans do not include a Da Nang city plan.")
U("What tasks does the Cao Bang Department of Health have in the learning society plan?", "The plan does not name the Department of Health.")
U("How many residents of Hoa Cuong Bac ward currently hold the learning citizen title?", "The plan gives no current count.")
U("Còn huyện Năm Căn thì sao?", REFUSE,
  ["Huyện Đầm Dơi đặt chỉ tiêu Gia đình học tập năm 2030 là bao nhiêu?", "82%."])
U("Còn năm 2035?", "Kế hoạch của Cao Bằng chỉ đến năm 2030.",
  ["Tỷ lệ người dân đạt Công dân học tập của Cao Bằng năm 2030 là bao nhiêu?", "65%."])
U("And for Hoa Cuong Nam ward?", "No plan for Hoa Cuong Nam ward is loaded.",
  ["What is Hoa Cuong Bac's 2030 target for learning families?", "80% of households."])

for i, q in enumerate(QS, 1):
    q["id"] = f"w{i:03d}"
with open(OUT, "w", encoding="utf-8") as f:
    for q in QS:
        f.write(unicodedata.normalize("NFC", json.dumps(q, ensure_ascii=False)) + "\n")
print(len(QS), "->", OUT)
