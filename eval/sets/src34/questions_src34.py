"""Write eval/sets/newplans34.jsonl (set 34, held out) from the questions below.

    python eval/sets/src34/questions_src34.py

Refuses to write if an evidence span is not found in its plan as check_sets.py extracts it, if a key fact is missing
from the reference answer or from the question's cited spans, or if an unanswerable question's probe occurs
(accent-free, case-insensitive) in the plans it is checked against.
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = os.path.dirname(HERE)
sys.path.insert(0, SETS)
import check_sets as cs  # noqa: E402

Q = "quangninh_286-KH-UBND_2025.docx"
B = "bacnhatrang_41-KH-UBND_2026.pdf"
HUE = "000_4550be4bb11189cd.txt"
ML = "001_7bafa58816a5de75.txt"
HN = "002_797e8de6131c77f9.txt"
CT = "003_1a817ee72b993e3e.txt"
AL = "004_b1b28019b71edc03.txt"
ALL = [Q, B, HUE, ML, HN, CT, AL]
OUT = os.path.join(SETS, "newplans34.jsonl")

REFUSE = "Các kế hoạch đã được nạp không có thông tin này, nên tôi không thể trả lời."
QS = []


def q(type_, question, ev, answer, kf, history=None):
    docs = []
    for d, _ in ev:
        if d not in docs:
            docs.append(d)
    QS.append({"type": type_, "question": question, "docs": docs,
               "evidence": [{"doc": d, "span": s} for d, s in ev], "answer": answer, "key_facts": kf,
               "history": history or [], "_probe": None})


def u(question, answer, probe=None, against=None, history=None):
    QS.append({"type": "unanswerable", "question": question, "docs": [], "evidence": [], "answer": answer,
               "key_facts": [], "history": history or [], "_probe": (probe, against or ALL) if probe else None})


def H(*turns):
    out = []
    for i, t in enumerate(turns):
        out.append({"role": "user" if i % 2 == 0 else "assistant", "content": t})
    return out


YQ3 = (Q, "Năm 2026 Năm 2028 Năm 2030")
T2H = (Q, "Nguồn kinh phí Năm 2026 Năm 2027 Năm 2028 Năm 2029 Năm 2030 Tổng cộng")
T2U = (Q, "(đơn vị tính: triệu đồng)")
T2TOT = (Q, "Tổng cộng 8.000 8.400 8.800 9.200 9.600 44.000")

# ------------------------------------------------------------------ agency_tasks (14)
q("agency_tasks", "Theo Kế hoạch 286/KH-UBND của tỉnh Quảng Ninh, Sở Nội vụ có nhiệm vụ gì?",
  [(Q, "Chủ trì đánh giá, công nhận danh hiệu “Đơn vị học tập” cấp tỉnh; đưa kết quả học tập vào tiêu chí đánh giá, xếp loại cán bộ, công chức, viên chức"),
   (Q, "Chủ trì đào tạo nghề cho lao động nông thôn, công nhân chuyển đổi nghề; phối hợp với doanh nghiệp đào tạo lại người lao động"),
   (Q, "Hướng dẫn các cơ quan, đơn vị cấp tỉnh xây dựng kế hoạch học tập của cán bộ, công chức, viên chức hằng năm")],
  "Sở Nội vụ: chủ trì đánh giá, công nhận danh hiệu “Đơn vị học tập” cấp tỉnh và đưa kết quả học tập vào tiêu chí đánh giá, xếp loại cán bộ, công chức, viên chức; chủ trì đào tạo nghề cho lao động nông thôn, công nhân chuyển đổi nghề, phối hợp với doanh nghiệp đào tạo lại người lao động; hướng dẫn các cơ quan, đơn vị cấp tỉnh xây dựng kế hoạch học tập của cán bộ, công chức, viên chức hằng năm.",
  ["Đơn vị học tập", "đào tạo nghề"])
q("agency_tasks", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Ninh được giao những việc gì trong kế hoạch xây dựng xã hội học tập?",
  [(Q, "Chủ trì tổ chức các lớp xóa mù chữ tại các đồn biên phòng; tuyên truyền pháp luật về biên giới, biển đảo cho Nhân dân khu vực biên giới, ven biển"),
   (Q, "BĐBP tỉnh phối hợp mở lớp xóa mù chữ tại các đồn biên phòng; mỗi năm ít nhất 10 lớp do cán bộ, chiến sĩ biên phòng trực tiếp đứng lớp")],
  "Mục V.10 giao Bộ Chỉ huy Bộ đội Biên phòng tỉnh chủ trì tổ chức các lớp xóa mù chữ tại các đồn biên phòng và tuyên truyền pháp luật về biên giới, biển đảo cho Nhân dân khu vực biên giới, ven biển. Ở mục III.6 (ghi tắt “BĐBP tỉnh”): phối hợp mở lớp xóa mù chữ tại các đồn biên phòng, mỗi năm ít nhất 10 lớp do cán bộ, chiến sĩ biên phòng trực tiếp đứng lớp.",
  ["đồn biên phòng", "10 lớp"])
q("agency_tasks", "Sở Khoa học và Công nghệ Quảng Ninh phải làm gì theo kế hoạch XHHT 2026-2030?",
  [(Q, "Chủ trì vận hành Cổng học tập suốt đời của tỉnh; bảo đảm an toàn thông tin và hạ tầng số cho các trung tâm học tập cộng đồng"),
   (Q, "Sở KH&CN chủ trì xây dựng Cổng học tập suốt đời của tỉnh, hoàn thành và đưa vào vận hành trong quý III/2026")],
  "Sở Khoa học và Công nghệ (mục III.3 ghi “Sở KH&CN”) chủ trì xây dựng Cổng học tập suốt đời của tỉnh, hoàn thành và đưa vào vận hành trong quý III/2026, tích hợp với ứng dụng công dân số Quảng Ninh; theo mục V.5, chủ trì vận hành Cổng, bảo đảm an toàn thông tin và hạ tầng số cho các trung tâm học tập cộng đồng, hướng dẫn các tổ công nghệ số cộng đồng bồi dưỡng kỹ năng số, phát triển Internet băng thông rộng đến trung tâm ở xã đảo, xã biên giới.",
  ["Cổng học tập suốt đời", "quý III/2026"])
q("agency_tasks", "Trường Đại học Hạ Long tham gia kế hoạch xây dựng xã hội học tập của tỉnh Quảng Ninh như thế nào?",
  [(Q, "Phối hợp biên soạn học liệu số, khóa học trực tuyến mở về ngoại ngữ, du lịch, kỹ năng số; bồi dưỡng báo cáo viên cho trung tâm học tập cộng đồng"),
   (Q, "Tổ chức các khóa bồi dưỡng ngắn hạn về du lịch, ngoại ngữ theo nhu cầu của doanh nghiệp và người dân")],
  "Trường Đại học Hạ Long phối hợp biên soạn học liệu số, khóa học trực tuyến mở về ngoại ngữ, du lịch, kỹ năng số; bồi dưỡng báo cáo viên cho trung tâm học tập cộng đồng; tổ chức các khóa bồi dưỡng ngắn hạn về du lịch, ngoại ngữ theo nhu cầu của doanh nghiệp và người dân.",
  ["học liệu số", "báo cáo viên"])
q("agency_tasks", "Công an tỉnh Quảng Ninh có nhiệm vụ gì trong Kế hoạch 286?",
  [(Q, "Chỉ đạo Công an các xã, phường, đặc khu phối hợp tuyên truyền pháp luật, phòng chống tội phạm lừa đảo trên không gian mạng cho người dân"),
   (Q, "Phối hợp hướng dẫn người dân sử dụng tài khoản định danh điện tử mức độ 2")],
  "Công an tỉnh chỉ đạo Công an các xã, phường, đặc khu phối hợp tuyên truyền pháp luật, phòng chống tội phạm lừa đảo trên không gian mạng cho người dân; phối hợp hướng dẫn người dân sử dụng tài khoản định danh điện tử mức độ 2.",
  ["lừa đảo", "định danh điện tử"])
q("agency_tasks", "Bộ Chỉ huy Quân sự tỉnh Quảng Ninh được phân công gì?",
  [(Q, "Tổ chức học tập chính trị, pháp luật, kỹ năng nghề cho quân nhân sắp xuất ngũ; phối hợp giới thiệu việc làm sau xuất ngũ"),
   (Q, "Phối hợp bồi dưỡng kiến thức quốc phòng, an ninh cho các đối tượng theo quy định")],
  "Bộ Chỉ huy Quân sự tỉnh tổ chức học tập chính trị, pháp luật, kỹ năng nghề cho quân nhân sắp xuất ngũ, phối hợp giới thiệu việc làm sau xuất ngũ; phối hợp bồi dưỡng kiến thức quốc phòng, an ninh cho các đối tượng theo quy định.",
  ["quân nhân sắp xuất ngũ", "quốc phòng, an ninh"])
q("agency_tasks", "Trung tâm Truyền thông tỉnh Quảng Ninh phải làm gì cho phong trào học tập suốt đời?",
  [(Q, "Trung tâm Truyền thông tỉnh mở chuyên mục “Quảng Ninh học tập suốt đời” phát sóng 02 kỳ/tháng"),
   (Q, "Duy trì chuyên mục “Quảng Ninh học tập suốt đời”; phản ánh gương điển hình tiên tiến trong học tập"),
   (Q, "Xây dựng các sản phẩm truyền thông số về học tập suốt đời trên nền tảng mạng xã hội của tỉnh")],
  "Trung tâm Truyền thông tỉnh mở và duy trì chuyên mục “Quảng Ninh học tập suốt đời”, phát sóng 02 kỳ/tháng trên sóng phát thanh, truyền hình và nền tảng số của tỉnh; phản ánh gương điển hình tiên tiến trong học tập; xây dựng các sản phẩm truyền thông số về học tập suốt đời trên nền tảng mạng xã hội của tỉnh.",
  ["Quảng Ninh học tập suốt đời", "02 kỳ/tháng"])
q("agency_tasks", "Kế hoạch XHHT của Quảng Ninh đề nghị Hội Khuyến học tỉnh làm gì?",
  [(Q, "Chủ trì đánh giá, công nhận danh hiệu “Gia đình học tập”, “Dòng họ học tập” theo hướng dẫn; phát triển quỹ khuyến học, khuyến tài"),
   (Q, "Phối hợp với Sở Giáo dục và Đào tạo kiểm tra, đánh giá hoạt động của trung tâm học tập cộng đồng")],
  "Hội Khuyến học tỉnh được đề nghị chủ trì đánh giá, công nhận danh hiệu “Gia đình học tập”, “Dòng họ học tập” theo hướng dẫn; phát triển quỹ khuyến học, khuyến tài; phối hợp với Sở Giáo dục và Đào tạo kiểm tra, đánh giá hoạt động của trung tâm học tập cộng đồng.",
  ["quỹ khuyến học, khuyến tài", "Dòng họ học tập"])
q("agency_tasks", "Liên đoàn Lao động tỉnh Quảng Ninh có vai trò gì trong kế hoạch?",
  [(Q, "Đề nghị Liên đoàn Lao động tỉnh chủ trì phong trào học tập nâng cao trình độ, kỹ năng nghề trong công nhân, người lao động"),
   (Q, "LĐLĐ tỉnh phối hợp với các doanh nghiệp ngành than, cảng biển xây dựng mô hình “Doanh nghiệp học tập”, phấn đấu mỗi năm có thêm 20 doanh nghiệp đạt mô hình")],
  "Trong mục V.15, kế hoạch đề nghị Liên đoàn Lao động tỉnh chủ trì phong trào học tập nâng cao trình độ, kỹ năng nghề trong công nhân, người lao động. Mục III.2 (ghi “LĐLĐ tỉnh”) giao phối hợp với các doanh nghiệp ngành than, cảng biển xây dựng mô hình “Doanh nghiệp học tập”, phấn đấu mỗi năm có thêm 20 doanh nghiệp đạt mô hình.",
  ["Doanh nghiệp học tập", "20 doanh nghiệp"])
q("agency_tasks", "Phòng Kinh tế, Hạ tầng và Đô thị phường Bắc Nha Trang được giao nhiệm vụ gì?",
  [(B, "Phòng Kinh tế, Hạ tầng và Đô thị: Chủ trì tập huấn cho ngư dân về an toàn trên biển, chống khai thác IUU; phối hợp với các doanh nghiệp du lịch tổ chức học tập cho người lao động; tham mưu bố trí kinh phí thực hiện Kế hoạch")],
  "Phòng Kinh tế, Hạ tầng và Đô thị chủ trì tập huấn cho ngư dân về an toàn trên biển, chống khai thác IUU; phối hợp với các doanh nghiệp du lịch tổ chức học tập cho người lao động; tham mưu bố trí kinh phí thực hiện Kế hoạch.",
  ["ngư dân", "IUU"])
q("agency_tasks", "Trung tâm Phục vụ hành chính công phường Bắc Nha Trang làm gì trong kế hoạch xây dựng xã hội học tập?",
  [(B, "Trung tâm Phục vụ hành chính công phường: Bố trí quầy hỗ trợ, hướng dẫn người dân sử dụng dịch vụ công trực tuyến; phối hợp đánh giá kỹ năng số của người dân"),
   (B, "Hướng dẫn người dân nộp hồ sơ trực tuyến tại quầy hỗ trợ")],
  "Trung tâm Phục vụ hành chính công phường bố trí quầy hỗ trợ, hướng dẫn người dân sử dụng dịch vụ công trực tuyến và phối hợp đánh giá kỹ năng số của người dân; trong bảng phân công, Trung tâm chủ trì việc hướng dẫn người dân nộp hồ sơ trực tuyến tại quầy hỗ trợ (thường xuyên).",
  ["quầy hỗ trợ", "dịch vụ công trực tuyến"])
q("agency_tasks", "Ban Chỉ huy Quân sự phường Bắc Nha Trang có nhiệm vụ gì?",
  [(B, "Ban Chỉ huy Quân sự phường: Tổ chức học tập chính trị, pháp luật cho lực lượng dân quân; phối hợp tuyên truyền về chủ quyền")],
  "Ban Chỉ huy Quân sự phường tổ chức học tập chính trị, pháp luật cho lực lượng dân quân và phối hợp tuyên truyền về chủ quyền biển đảo.",
  ["dân quân", "chủ quyền"])
q("agency_tasks", "Các trường mầm non, tiểu học, THCS trên địa bàn phường Bắc Nha Trang phải làm gì?",
  [(B, "Các trường mầm non, tiểu học, trung học cơ sở trên địa bàn phường: Xây dựng trường học là “Đơn vị học tập”; phát triển văn hóa đọc trong học sinh; tổ chức học tập trải nghiệm tại di tích Tháp Bà Ponagar")],
  "Các trường mầm non, tiểu học, trung học cơ sở trên địa bàn phường xây dựng trường học là “Đơn vị học tập”, phát triển văn hóa đọc trong học sinh và tổ chức học tập trải nghiệm tại di tích Tháp Bà Ponagar.",
  ["Đơn vị học tập", "văn hóa đọc"])
q("agency_tasks", "Phường Bắc Nha Trang đề nghị Hội Khuyến học phường làm những gì?",
  [(B, "Đề nghị Hội Khuyến học phường: Phối hợp bình xét các danh hiệu học tập; vận động nguồn xã hội hóa, trao học bổng cho học sinh con ngư dân có hoàn cảnh khó khăn")],
  "Hội Khuyến học phường được đề nghị phối hợp bình xét các danh hiệu học tập; vận động nguồn xã hội hóa, trao học bổng cho học sinh con ngư dân có hoàn cảnh khó khăn.",
  ["học bổng", "con ngư dân"])

# ------------------------------------------------------------------ target (12)
q("target", "Quảng Ninh đặt chỉ tiêu tỷ lệ dòng họ đạt danh hiệu “Dòng họ học tập” năm 2028 là bao nhiêu?",
  [(Q, "Tỷ lệ dòng họ đạt danh hiệu “Dòng họ học tập” 45% 52% 60%"), YQ3],
  "Theo Bảng 1, năm 2028 tỷ lệ dòng họ đạt danh hiệu “Dòng họ học tập” là 52% (năm 2026: 45%, năm 2030: 60%).", ["52%"])
q("target", "Đến năm 2030, tỉnh Quảng Ninh phấn đấu bao nhiêu phần trăm người từ 15 đến 60 tuổi đạt chuẩn biết chữ mức độ 2?",
  [(Q, "Tỷ lệ người từ 15 đến 60 tuổi đạt chuẩn biết chữ mức độ 2 98,2% 98,6% 99%"), YQ3],
  "Năm 2030: 99% (Bảng 1; năm 2026: 98,2%, năm 2028: 98,6%).", ["99%"])
q("target", "Chỉ tiêu trung tâm học tập cộng đồng xếp loại Tốt của Quảng Ninh năm 2026?",
  [(Q, "Tỷ lệ trung tâm học tập cộng đồng xếp loại Tốt 55% 65% 75%"), YQ3],
  "Năm 2026, 55% trung tâm học tập cộng đồng xếp loại Tốt (năm 2028: 65%, năm 2030: 75%).", ["55%"])
q("target", "Tỷ lệ hướng dẫn viên, nhân viên du lịch được bồi dưỡng ngoại ngữ mà Quảng Ninh đặt ra cho năm 2030 là bao nhiêu?",
  [(Q, "Tỷ lệ hướng dẫn viên, nhân viên du lịch được bồi dưỡng ngoại ngữ 40% 55% 70%"), YQ3],
  "Năm 2030: 70% hướng dẫn viên, nhân viên du lịch được bồi dưỡng ngoại ngữ (2026: 40%, 2028: 55%).", ["70%"])
q("target", "Năm 2028 Quảng Ninh muốn bao nhiêu % công nhân, người lao động trong doanh nghiệp được học tập nâng cao trình độ, kỹ năng nghề?",
  [(Q, "Tỷ lệ công nhân, người lao động trong doanh nghiệp được học tập nâng cao trình độ, kỹ năng nghề 60% 70% 80%"), YQ3],
  "Năm 2028: 70% (năm 2026: 60%, năm 2030: 80%).", ["70%"])
q("target", "Đến khi nào 100% trung tâm học tập cộng đồng ở Quảng Ninh được kết nối Internet băng thông rộng?",
  [(Q, "Đến hết năm 2027, 100% trung tâm học tập cộng đồng được kết nối Internet băng thông rộng và có tủ sách điện tử")],
  "Đến hết năm 2027, 100% trung tâm học tập cộng đồng được kết nối Internet băng thông rộng và có tủ sách điện tử.",
  ["2027", "100%"])
q("target", "Kế hoạch của Quảng Ninh đặt chỉ tiêu gì cho hai đặc khu Vân Đồn và Cô Tô?",
  [(Q, "Mỗi đặc khu Vân Đồn và Cô Tô có ít nhất 01 mô hình “Cộng đồng học tập” gắn với du lịch biển đảo")],
  "Mỗi đặc khu Vân Đồn và Cô Tô có ít nhất 01 mô hình “Cộng đồng học tập” gắn với du lịch biển đảo.",
  ["01 mô hình", "du lịch biển đảo"])
q("target", "Năm 2026 phường Bắc Nha Trang phấn đấu bao nhiêu phần trăm hộ gia đình đạt danh hiệu Gia đình học tập?",
  [(B, "72% hộ gia đình đạt danh hiệu “Gia đình học tập”"), (B, "2. Chỉ tiêu năm 2026")],
  "Chỉ tiêu năm 2026: 72% hộ gia đình đạt danh hiệu “Gia đình học tập” (định hướng đến năm 2030: 80%).", ["72%"])
q("target", "Đến năm 2030, bao nhiêu tổ dân phố của phường Bắc Nha Trang đạt danh hiệu Cộng đồng học tập?",
  [(B, "28/32 tổ dân phố đạt danh hiệu “Cộng đồng học tập” cấp tổ dân phố"), (B, "3. Định hướng đến năm 2030")],
  "Định hướng đến năm 2030: 28/32 tổ dân phố đạt danh hiệu “Cộng đồng học tập” cấp tổ dân phố (năm 2026: 20/32).", ["28/32"])
q("target", "Trung tâm học tập cộng đồng phường Bắc Nha Trang năm 2026 phải tổ chức bao nhiêu lớp chuyên đề, bao nhiêu lượt người?",
  [(B, "Trung tâm học tập cộng đồng phường tổ chức ít nhất 40 lớp chuyên đề với 2.400 lượt người tham gia")],
  "Năm 2026, Trung tâm học tập cộng đồng phường tổ chức ít nhất 40 lớp chuyên đề với 2.400 lượt người tham gia.",
  ["40 lớp", "2.400"])
q("target", "Chỉ tiêu năm 2026 về kỹ năng số cơ bản của người dân phường Bắc Nha Trang?",
  [(B, "50% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản"), (B, "2. Chỉ tiêu năm 2026")],
  "Năm 2026: 50% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản (định hướng 2030: 75%).", ["50%"])
q("target", "Năm 2026 phường Bắc Nha Trang tập huấn cho bao nhiêu ngư dân về an toàn trên biển?",
  [(B, "500 lượt ngư dân được tập huấn kỹ năng an toàn trên biển và chống khai thác hải sản bất hợp pháp (IUU)")],
  "500 lượt ngư dân được tập huấn kỹ năng an toàn trên biển và chống khai thác hải sản bất hợp pháp (IUU) trong năm 2026.",
  ["500 lượt"])

# ------------------------------------------------------------------ deadline (8)
q("deadline", "Cổng học tập suốt đời của tỉnh Quảng Ninh phải đưa vào vận hành khi nào?",
  [(Q, "hoàn thành và đưa vào vận hành trong quý III/2026")],
  "Sở KH&CN chủ trì xây dựng Cổng học tập suốt đời, hoàn thành và đưa vào vận hành trong quý III/2026.", ["quý III/2026"])
q("deadline", "UBND các xã, phường, đặc khu ở Quảng Ninh phải ban hành kế hoạch xây dựng xã hội học tập của địa phương trước ngày nào?",
  [(Q, "Xây dựng kế hoạch xây dựng xã hội học tập của địa phương, ban hành trước ngày 31/3/2026")],
  "Trước ngày 31/3/2026.", ["31/3/2026"])
q("deadline", "Kế hoạch 286 của Quảng Ninh được sơ kết, tổng kết vào thời gian nào?",
  [(Q, "Tổ chức sơ kết giữa kỳ vào quý IV/2028 và tổng kết thực hiện Kế hoạch vào quý IV/2030")],
  "Sở Giáo dục và Đào tạo tổ chức sơ kết giữa kỳ vào quý IV/2028 và tổng kết thực hiện Kế hoạch vào quý IV/2030.",
  ["quý IV/2028", "quý IV/2030"])
q("deadline", "Sở Giáo dục và Đào tạo Quảng Ninh phải báo cáo tổng hợp kết quả lên UBND tỉnh và Bộ trước ngày nào?",
  [(Q, "Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh và Bộ Giáo dục và Đào tạo trước ngày 15/12 hằng năm"),
   (Q, "Sở Giáo dục và Đào tạo Báo cáo tổng hợp toàn tỉnh Trước ngày 15/12 hằng năm")],
  "Trước ngày 15/12 hằng năm (mục V.1 và bảng thời hạn ở mục VI).", ["15/12"])
q("deadline", "Tủ sách điện tử của phường Bắc Nha Trang phải hoàn thành trước ngày nào?",
  [(B, "Xây dựng tủ sách điện tử của phường, hoàn thành trước ngày 30/9/2026")],
  "Trước ngày 30/9/2026.", ["30/9/2026"])
q("deadline", "Phòng Văn hóa - Xã hội phường Bắc Nha Trang phải báo cáo Sở Giáo dục và Đào tạo trước ngày nào?",
  [(B, "tổng hợp kết quả, báo cáo Ủy ban nhân dân phường và Sở Giáo dục và Đào tạo trước ngày 05/12/2026")],
  "Trước ngày 05/12/2026.", ["05/12/2026"])
q("deadline", "Tổ trưởng tổ dân phố ở Bắc Nha Trang nộp kết quả bình xét danh hiệu học tập hạn chót ngày nào?",
  [(B, "Tổ trưởng tổ dân phố báo cáo kết quả bình xét danh hiệu học tập về Phòng Văn hóa - Xã hội trước ngày 20/11/2026")],
  "Tổ trưởng tổ dân phố báo cáo kết quả bình xét về Phòng Văn hóa - Xã hội trước ngày 20/11/2026.", ["20/11/2026"])
q("deadline", "Các trường học và Trung tâm học tập cộng đồng phường Bắc Nha Trang báo cáo kết quả năm trước ngày nào?",
  [(B, "Các trường học, Trung tâm học tập cộng đồng phường báo cáo kết quả năm về Phòng Văn hóa - Xã hội trước ngày 25/11/2026")],
  "Trước ngày 25/11/2026, gửi Phòng Văn hóa - Xã hội.", ["25/11/2026"])

# ------------------------------------------------------------------ funding (7)
q("funding", "Tổng kinh phí dự kiến thực hiện Kế hoạch xây dựng xã hội học tập tỉnh Quảng Ninh giai đoạn 2026 - 2030 là bao nhiêu?",
  [T2TOT, T2H, T2U],
  "Theo Bảng 2 (đơn vị tính: triệu đồng), tổng cộng giai đoạn 2026 - 2030 là 44.000 triệu đồng: ngân sách tỉnh 28.000, ngân sách cấp xã 10.000, xã hội hóa 6.000.",
  ["44.000"])
q("funding", "Ngân sách tỉnh Quảng Ninh dự kiến bố trí bao nhiêu cho cả giai đoạn 2026 - 2030?",
  [(Q, "Ngân sách tỉnh 5.200 5.400 5.600 5.800 6.000 28.000"), T2H, T2U],
  "Ngân sách tỉnh: 28.000 triệu đồng (5.200 năm 2026, 5.400 năm 2027, 5.600 năm 2028, 5.800 năm 2029, 6.000 năm 2030).",
  ["28.000"])
q("funding", "Năm 2028 tổng kinh phí dự kiến của kế hoạch Quảng Ninh là bao nhiêu?",
  [T2TOT, T2H, T2U], "Năm 2028: tổng cộng 8.800 triệu đồng.", ["8.800"])
q("funding", "Mỗi trung tâm học tập cộng đồng ở Quảng Ninh được ngân sách tỉnh hỗ trợ bao nhiêu? Học viên xóa mù chữ được hỗ trợ bao nhiêu?",
  [(Q, "Ngân sách tỉnh hỗ trợ mỗi trung tâm học tập cộng đồng 25 triệu đồng/năm để mua sắm tài liệu, thiết bị; hỗ trợ 300.000 đồng cho mỗi học viên hoàn thành lớp xóa mù chữ")],
  "Ngân sách tỉnh hỗ trợ mỗi trung tâm học tập cộng đồng 25 triệu đồng/năm để mua sắm tài liệu, thiết bị; hỗ trợ 300.000 đồng cho mỗi học viên hoàn thành lớp xóa mù chữ.",
  ["25 triệu đồng/năm", "300.000 đồng"])
q("funding", "Tổng kinh phí thực hiện kế hoạch XHHT năm 2026 của phường Bắc Nha Trang?",
  [(B, "Tổng kinh phí thực hiện Kế hoạch năm 2026 là 1.250 triệu đồng")],
  "1.250 triệu đồng, gồm ngân sách phường 850 triệu đồng và nguồn xã hội hóa 400 triệu đồng.", ["1.250 triệu đồng"])
q("funding", "Nguồn xã hội hóa trong kế hoạch năm 2026 của phường Bắc Nha Trang là bao nhiêu và vận động từ đâu?",
  [(B, "Nguồn xã hội hóa: 400 triệu đồng, vận động từ Hội Khuyến học phường, các doanh nghiệp du lịch, khách sạn trên địa bàn")],
  "Nguồn xã hội hóa: 400 triệu đồng, vận động từ Hội Khuyến học phường, các doanh nghiệp du lịch, khách sạn trên địa bàn.",
  ["400 triệu đồng"])
q("funding", "Phường Bắc Nha Trang dành bao nhiêu tiền để xây dựng tủ sách điện tử?",
  [(B, "80 triệu đồng xây dựng tủ sách điện tử")],
  "80 triệu đồng từ ngân sách phường để xây dựng tủ sách điện tử.", ["80 triệu đồng"])

# ------------------------------------------------------------------ legal_basis (4)
q("legal_basis", "Kế hoạch xây dựng xã hội học tập tỉnh Quảng Ninh giai đoạn 2026 - 2030 căn cứ vào những văn bản nào?",
  [(Q, "Căn cứ Kết luận số 49-KL/TW ngày 10/5/2019 của Ban Bí thư"),
   (Q, "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ"),
   (Q, "Căn cứ Nghị quyết số 27-NQ/TU ngày 18/11/2025 của Ban Chấp hành Đảng bộ tỉnh")],
  "Kết luận số 49-KL/TW ngày 10/5/2019 của Ban Bí thư; Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”; Nghị quyết số 27-NQ/TU ngày 18/11/2025 của Ban Chấp hành Đảng bộ tỉnh về phát triển nguồn nhân lực chất lượng cao; và đề nghị của Sở Giáo dục và Đào tạo tại Tờ trình số 3412/TTr-SGDĐT.",
  ["49-KL/TW", "1373/QĐ-TTg", "27-NQ/TU"])
q("legal_basis", "UBND tỉnh Quảng Ninh ban hành kế hoạch này theo tờ trình nào của Sở Giáo dục và Đào tạo?",
  [(Q, "Xét đề nghị của Sở Giáo dục và Đào tạo tại Tờ trình số 3412/TTr-SGDĐT ngày 28/11/2025")],
  "Tờ trình số 3412/TTr-SGDĐT ngày 28/11/2025 của Sở Giáo dục và Đào tạo.", ["3412/TTr-SGDĐT", "28/11/2025"])
q("legal_basis", "Kế hoạch 41/KH-UBND của phường Bắc Nha Trang được ban hành căn cứ những văn bản nào?",
  [(B, "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ"),
   (B, "Căn cứ Kế hoạch số 118/KH-UBND ngày 20/01/2026 của Ủy ban nhân dân tỉnh Khánh Hòa"),
   (B, "Căn cứ Nghị quyết số 05-NQ/ĐU ngày 15/01/2026 của Ban Chấp hành Đảng bộ phường Bắc Nha Trang")],
  "Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ; Kế hoạch số 118/KH-UBND ngày 20/01/2026 của Ủy ban nhân dân tỉnh Khánh Hòa; Nghị quyết số 05-NQ/ĐU ngày 15/01/2026 của Ban Chấp hành Đảng bộ phường Bắc Nha Trang.",
  ["1373/QĐ-TTg", "118/KH-UBND", "05-NQ/ĐU"])
q("legal_basis", "Kế hoạch của phường Bắc Nha Trang cụ thể hóa kế hoạch cấp trên nào?",
  [(B, "Cụ thể hóa Kế hoạch số 118/KH-UBND của Ủy ban nhân dân tỉnh Khánh Hòa")],
  "Cụ thể hóa Kế hoạch số 118/KH-UBND (ngày 20/01/2026) của Ủy ban nhân dân tỉnh Khánh Hòa về xây dựng xã hội học tập tỉnh Khánh Hòa giai đoạn 2026 - 2030.",
  ["118/KH-UBND", "Khánh Hòa"])

# ------------------------------------------------------------------ purpose (3)
q("purpose", "Mục đích của Kế hoạch xây dựng xã hội học tập tỉnh Quảng Ninh giai đoạn 2026 - 2030 là gì?",
  [(Q, "tạo cơ hội bình đẳng để mọi người dân được học tập thường xuyên, liên tục, nhất là công nhân vùng than, ngư dân và đồng bào dân tộc thiểu số ở vùng biên giới, hải đảo"),
   (Q, "Gắn xây dựng xã hội học tập với phát triển du lịch, kinh tế biển và chuyển đổi số của tỉnh"),
   (Q, "Phát huy vai trò của trung tâm học tập cộng đồng, thư viện, nhà văn hóa, bảo tàng")],
  "Tiếp tục đẩy mạnh phong trào học tập suốt đời, tạo cơ hội bình đẳng để mọi người dân được học tập thường xuyên, liên tục, nhất là công nhân vùng than, ngư dân và đồng bào dân tộc thiểu số ở vùng biên giới, hải đảo; gắn xây dựng xã hội học tập với phát triển du lịch, kinh tế biển và chuyển đổi số của tỉnh; phát huy vai trò của trung tâm học tập cộng đồng, thư viện, nhà văn hóa, bảo tàng.",
  ["công nhân vùng than", "kinh tế biển"])
q("purpose", "Phường Bắc Nha Trang ban hành kế hoạch xây dựng xã hội học tập nhằm mục đích gì?",
  [(B, "nhất là ngư dân, người lao động làm dịch vụ du lịch và người cao tuổi, được học tập thường xuyên"),
   (B, "Phát huy giá trị di tích Tháp Bà Ponagar và các thiết chế văn hóa trên địa bàn trong giáo dục truyền thống, lịch sử, văn hóa cho thế hệ trẻ")],
  "Cụ thể hóa Kế hoạch 118/KH-UBND của tỉnh Khánh Hòa; tạo cơ hội để mọi người dân, nhất là ngư dân, người lao động làm dịch vụ du lịch và người cao tuổi, được học tập thường xuyên, nâng cao kiến thức, kỹ năng nghề, kỹ năng số và ngoại ngữ; góp phần nâng cao chất lượng nguồn nhân lực du lịch, dịch vụ, kinh tế biển; phát huy giá trị di tích Tháp Bà Ponagar trong giáo dục truyền thống, lịch sử, văn hóa cho thế hệ trẻ.",
  ["người cao tuổi", "Tháp Bà Ponagar"])
q("purpose", "Kế hoạch 286 của Quảng Ninh đặt ra những yêu cầu gì?",
  [(Q, "lồng ghép với các chương trình, đề án đang triển khai; tránh hình thức, trùng lặp, lãng phí"),
   (Q, "Việc đánh giá, công nhận các danh hiệu học tập bảo đảm thực chất, công khai, đúng quy định"),
   (Q, "Huy động sự tham gia của doanh nghiệp, nhất là doanh nghiệp ngành than, du lịch, cảng biển")],
  "Các sở, ngành, UBND các xã, phường, đặc khu xác định rõ nhiệm vụ, lồng ghép với các chương trình, đề án đang triển khai, tránh hình thức, trùng lặp, lãng phí; đánh giá, công nhận danh hiệu học tập bảo đảm thực chất, công khai, đúng quy định; huy động sự tham gia của doanh nghiệp, nhất là doanh nghiệp ngành than, du lịch, cảng biển.",
  ["thực chất, công khai", "lồng ghép"])

# ------------------------------------------------------------------ task_section (5)
q("task_section", "Nhiệm vụ “Học tập gắn với phát triển du lịch và kinh tế biển” trong kế hoạch Quảng Ninh gồm những gì?",
  [(Q, "5. Học tập gắn với phát triển du lịch và kinh tế biển"),
   (Q, "Sở VHTTDL chủ trì bồi dưỡng ngoại ngữ, kỹ năng giao tiếp, ứng xử văn minh cho hướng dẫn viên, nhân viên du lịch, người dân làm du lịch cộng đồng tại Vịnh Hạ Long, Vân Đồn, Cô Tô"),
   (Q, "Sở NN&MT chủ trì tập huấn cho ngư dân về khai thác hải sản bền vững, chống khai thác IUU, bảo vệ môi trường biển"),
   (Q, "BĐBP tỉnh phối hợp tuyên truyền pháp luật về biên giới, biển đảo cho ngư dân tại các bến cá, khu neo đậu tàu thuyền"),
   (Q, "Phát triển du lịch cộng đồng gắn với học tập tại các xã, đặc khu có tiềm năng")],
  "Mục III.5 gồm: Sở VHTTDL chủ trì bồi dưỡng ngoại ngữ, kỹ năng giao tiếp, ứng xử văn minh cho hướng dẫn viên, nhân viên du lịch, người dân làm du lịch cộng đồng tại Vịnh Hạ Long, Vân Đồn, Cô Tô; Sở NN&MT chủ trì tập huấn cho ngư dân về khai thác hải sản bền vững, chống khai thác IUU, bảo vệ môi trường biển; BĐBP tỉnh phối hợp tuyên truyền pháp luật về biên giới, biển đảo cho ngư dân tại các bến cá, khu neo đậu tàu thuyền; phát triển du lịch cộng đồng gắn với học tập tại các xã, đặc khu có tiềm năng.",
  ["Vịnh Hạ Long", "IUU", "bến cá"])
q("task_section", "Mục III.6 về xóa mù chữ ở vùng đồng bào dân tộc thiểu số, biên giới của Quảng Ninh có những nội dung gì?",
  [(Q, "Sở Dân tộc và Tôn giáo phối hợp với Sở GD&ĐT vận động người dân tộc thiểu số tham gia lớp xóa mù chữ; phát huy vai trò của người có uy tín"),
   (Q, "BĐBP tỉnh phối hợp mở lớp xóa mù chữ tại các đồn biên phòng; mỗi năm ít nhất 10 lớp")],
  "Sở Dân tộc và Tôn giáo phối hợp với Sở GD&ĐT vận động người dân tộc thiểu số tham gia lớp xóa mù chữ, phát huy vai trò của người có uy tín; BĐBP tỉnh phối hợp mở lớp xóa mù chữ tại các đồn biên phòng, mỗi năm ít nhất 10 lớp do cán bộ, chiến sĩ biên phòng trực tiếp đứng lớp.",
  ["người có uy tín", "10 lớp"])
q("task_section", "Phần chuyển đổi số trong học tập của kế hoạch phường Bắc Nha Trang có những việc gì?",
  [(B, "Thành lập tổ công nghệ số cộng đồng tại 32 tổ dân phố"),
   (B, "Xây dựng tủ sách điện tử của phường, hoàn thành trước ngày 30/9/2026"),
   (B, "Khuyến khích người dân tham gia các khóa học trực tuyến mở trên nền tảng học tập số của tỉnh")],
  "Mục III.4: thành lập tổ công nghệ số cộng đồng tại 32 tổ dân phố, hướng dẫn người dân dùng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt, nhận diện lừa đảo trên mạng; xây dựng tủ sách điện tử của phường, hoàn thành trước ngày 30/9/2026; khuyến khích người dân tham gia các khóa học trực tuyến mở trên nền tảng học tập số của tỉnh, Trung tâm học tập cộng đồng hướng dẫn người cao tuổi đăng ký.",
  ["32 tổ dân phố", "30/9/2026"])
q("task_section", "Trong bảng phân công nhiệm vụ trọng tâm năm 2026 của phường Bắc Nha Trang, việc học tập lịch sử, văn hóa Chăm do ai chủ trì và làm khi nào?",
  [(B, "Học tập lịch sử, văn hóa Chăm tại di tích Tháp Bà Ponagar"),
   (B, "Các trường tiểu học, trung học cơ sở"), (B, "Tháng 3 và tháng 11/2026")],
  "Nhiệm vụ 5 “Học tập lịch sử, văn hóa Chăm tại di tích Tháp Bà Ponagar” do các trường tiểu học, trung học cơ sở chủ trì, thời gian tháng 3 và tháng 11/2026.",
  ["Các trường tiểu học, trung học cơ sở", "Tháng 3 và tháng 11/2026"])
q("task_section", "Mục III.7 của kế hoạch Quảng Ninh về củng cố cơ sở giáo dục thường xuyên và thiết chế văn hóa gồm những việc gì?",
  [(Q, "Củng cố mạng lưới trung tâm học tập cộng đồng ở các xã, phường, đặc khu sau sắp xếp; bố trí người phụ trách có năng lực"),
   (Q, "Phát huy thư viện, bảo tàng, nhà văn hóa, điểm bưu điện văn hóa xã là nơi học tập của người dân"),
   (Q, "Tăng cường cơ sở vật chất, thiết bị cho trung tâm học tập cộng đồng ở vùng khó khăn, biên giới, hải đảo"),
   (Q, "Phát huy vai trò của Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên trong tổ chức học tập cho người lớn")],
  "Củng cố mạng lưới trung tâm học tập cộng đồng ở các xã, phường, đặc khu sau sắp xếp, bố trí người phụ trách có năng lực; phát huy thư viện, bảo tàng, nhà văn hóa, điểm bưu điện văn hóa xã; tăng cường cơ sở vật chất, thiết bị cho trung tâm học tập cộng đồng ở vùng khó khăn, biên giới, hải đảo; phát huy vai trò của Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên trong tổ chức học tập cho người lớn.",
  ["biên giới, hải đảo", "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên"])

# ------------------------------------------------------------------ cross_plan (6)
q("cross_plan", "Trong kế hoạch của tỉnh Quảng Ninh và kế hoạch của Hà Nội, cơ quan nào là cơ quan thường trực?",
  [(Q, "Là cơ quan thường trực, chủ trì, phối hợp với các sở, ngành, Ủy ban nhân dân các xã, phường, đặc khu triển khai thực hiện Kế hoạch"),
   (Q, "1. Sở Giáo dục và Đào tạo"),
   (HN, "Là cơ quan thường trực, giúp Ủy ban nhân dân Thành phố tổ chức triển khai thực hiện Kế hoạch")],
  "Cả hai đều giao Sở Giáo dục và Đào tạo: ở Quảng Ninh, Sở GD&ĐT “là cơ quan thường trực, chủ trì, phối hợp với các sở, ngành, Ủy ban nhân dân các xã, phường, đặc khu triển khai thực hiện Kế hoạch”; ở Hà Nội, Sở GD&ĐT “là cơ quan thường trực, giúp Ủy ban nhân dân Thành phố tổ chức triển khai thực hiện Kế hoạch”.",
  ["Sở Giáo dục và Đào tạo", "cơ quan thường trực"])
q("cross_plan", "Ai ký kế hoạch của tỉnh Quảng Ninh và ai ký kế hoạch năm 2026 của thành phố Huế? Họ ký với cương vị gì?",
  [(Q, "Hoàng Minh Khải"), (Q, "KT. CHỦ TỊCH"), (HUE, "Nguyễn Thanh Bình"), (HUE, "KT. CHỦ TỊCH PHÓ CHỦ TỊCH")],
  "Cả hai đều do Phó Chủ tịch ký thay Chủ tịch (TM. Ủy ban nhân dân, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH): kế hoạch của Quảng Ninh do ông Hoàng Minh Khải ký, kế hoạch của Huế do ông Nguyễn Thanh Bình ký.",
  ["Hoàng Minh Khải", "Nguyễn Thanh Bình"])
q("cross_plan", "So sánh chỉ tiêu biết chữ năm 2030 của Quảng Ninh với Hà Nội.",
  [(Q, "Tỷ lệ người từ 15 đến 60 tuổi đạt chuẩn biết chữ mức độ 2 98,2% 98,6% 99%"), YQ3,
   (HN, "2.2. Mục tiêu cụ thể đến năm 2030"), (HN, "99,6% người trong độ tuổi 15-60 biết chữ")],
  "Quảng Ninh: năm 2030 có 99% người từ 15 đến 60 tuổi đạt chuẩn biết chữ mức độ 2 (Bảng 1). Hà Nội: đến năm 2030, 99,6% người trong độ tuổi 15-60 biết chữ (và duy trì chuẩn xóa mù chữ mức độ 2). Chỉ tiêu của Hà Nội cao hơn, nhưng Quảng Ninh đo theo chuẩn biết chữ mức độ 2.",
  ["99%", "99,6%"])
q("cross_plan", "Tỉnh Quảng Ninh và phường Bắc Nha Trang đặt chỉ tiêu Gia đình học tập năm 2030 bao nhiêu?",
  [(Q, "Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình học tập” 70% 75% 80%"), YQ3,
   (B, "80% hộ gia đình đạt danh hiệu “Gia đình học tập”"), (B, "3. Định hướng đến năm 2030")],
  "Bằng nhau: 80% hộ gia đình. Quảng Ninh đặt 80% cho năm 2030 trong Bảng 1 (70% năm 2026, 75% năm 2028); phường Bắc Nha Trang định hướng đến năm 2030 là 80% hộ gia đình đạt danh hiệu “Gia đình học tập” (72% năm 2026).",
  ["80%"])
q("cross_plan", "Tuần lễ hưởng ứng học tập suốt đời được tổ chức vào thời gian nào theo kế hoạch của Quảng Ninh và của phường Bắc Nha Trang?",
  [(Q, "Tổ chức Tuần lễ hưởng ứng học tập suốt đời hằng năm từ ngày 01/10 đến ngày 07/10"),
   (B, "Tổ chức hưởng ứng Tuần lễ học tập suốt đời từ ngày 01/10 đến ngày 07/10 năm 2026")],
  "Cả hai đều từ ngày 01/10 đến ngày 07/10: Quảng Ninh tổ chức hằng năm, gắn với Ngày Sách và Văn hóa đọc Việt Nam; phường Bắc Nha Trang tổ chức năm 2026 với chủ đề học tập gắn với du lịch biển.",
  ["01/10", "07/10"])
q("cross_plan", "Kế hoạch của huyện An Lão và của phường Bắc Nha Trang lần lượt thực hiện kế hoạch nào của cấp trên?",
  [(AL, "Thực hiện Kế hoạch số 108 /KH-UBND ngày 06/5/2025 của Ủy ban nhân dân thành phố Hải Phòng"),
   (B, "Căn cứ Kế hoạch số 118/KH-UBND ngày 20/01/2026 của Ủy ban nhân dân tỉnh Khánh Hòa")],
  "An Lão thực hiện Kế hoạch số 108/KH-UBND ngày 06/5/2025 của Ủy ban nhân dân thành phố Hải Phòng; phường Bắc Nha Trang căn cứ (và cụ thể hóa) Kế hoạch số 118/KH-UBND ngày 20/01/2026 của Ủy ban nhân dân tỉnh Khánh Hòa.",
  ["108", "118/KH-UBND"])

# ------------------------------------------------------------------ no_diacritics (8)
q("no_diacritics", "ke hoach quang ninh ty le gia dinh hoc tap nam 2026 la bao nhieu",
  [(Q, "Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình học tập” 70% 75% 80%"), YQ3],
  "Năm 2026: 70% hộ gia đình đạt danh hiệu “Gia đình học tập” (Bảng 1).", ["70%"])
q("no_diacritics", "so tai chinh quang ninh lam gi trong ke hoach xay dung xa hoi hoc tap",
  [(Q, "Chủ trì, phối hợp với Sở Giáo dục và Đào tạo tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm"),
   (Q, "Hướng dẫn các cơ quan, đơn vị sử dụng, thanh quyết toán kinh phí theo quy định"),
   (Q, "Tham mưu lồng ghép nguồn vốn các chương trình mục tiêu quốc gia")],
  "Sở Tài chính chủ trì, phối hợp với Sở Giáo dục và Đào tạo tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm; hướng dẫn sử dụng, thanh quyết toán kinh phí; tham mưu lồng ghép nguồn vốn các chương trình mục tiêu quốc gia.",
  ["dự toán ngân sách hằng năm", "thanh quyết toán"])
q("no_diacritics", "phuong bac nha trang tuan le hoc tap suot doi to chuc ngay nao",
  [(B, "Tổ chức hưởng ứng Tuần lễ học tập suốt đời từ ngày 01/10 đến ngày 07/10 năm 2026 với chủ đề học tập gắn với du lịch biển")],
  "Từ ngày 01/10 đến ngày 07/10 năm 2026, chủ đề học tập gắn với du lịch biển.", ["01/10", "07/10"])
q("no_diacritics", "cong an phuong bac nha trang co nhiem vu gi",
  [(B, "Công an phường: Tuyên truyền pháp luật, phòng chống lừa đảo trên không gian mạng; phối hợp bảo đảm an ninh trật tự tại các lớp học tập cộng đồng"),
   (B, "Tuyên truyền phòng chống lừa đảo trên không gian mạng"), (B, "Quý III/2026")],
  "Công an phường tuyên truyền pháp luật, phòng chống lừa đảo trên không gian mạng và phối hợp bảo đảm an ninh trật tự tại các lớp học tập cộng đồng; trong bảng phân công, Công an phường chủ trì tuyên truyền phòng chống lừa đảo trên không gian mạng trong Quý III/2026.",
  ["lừa đảo", "Quý III/2026"])
q("no_diacritics", "quang ninh moi nam mo bao nhieu lop xoa mu chu",
  [(Q, "Hằng năm tổ chức ít nhất 60 lớp xóa mù chữ và giáo dục tiếp tục sau biết chữ cho đồng bào dân tộc thiểu số")],
  "Hằng năm tổ chức ít nhất 60 lớp xóa mù chữ và giáo dục tiếp tục sau biết chữ cho đồng bào dân tộc thiểu số, tập trung tại các xã miền núi, biên giới (trong đó Bộ đội Biên phòng mở ít nhất 10 lớp/năm tại các đồn biên phòng).",
  ["60 lớp"])
q("no_diacritics", "ubnd cac xa phuong dac khu quang ninh bao cao 6 thang truoc ngay nao",
  [(Q, "Ủy ban nhân dân các xã, phường, đặc khu Báo cáo 6 tháng Trước ngày 10/6 hằng năm")],
  "Báo cáo 6 tháng gửi trước ngày 10/6 hằng năm.", ["10/6"])
q("no_diacritics", "bac nha trang ho tro trung tam hoc tap cong dong bao nhieu tien",
  [(B, "120 triệu đồng hỗ trợ hoạt động của Trung tâm học tập cộng đồng")],
  "Ngân sách phường năm 2026 dành 120 triệu đồng hỗ trợ hoạt động của Trung tâm học tập cộng đồng.", ["120 triệu đồng"])
q("no_diacritics", "so y te quang ninh phoi hop lam gi",
  [(Q, "Phối hợp với các trung tâm học tập cộng đồng tuyên truyền, hướng dẫn người dân về chăm sóc sức khỏe ban đầu, phòng chống dịch bệnh"),
   (Q, "Bồi dưỡng kiến thức y tế cơ sở cho cộng tác viên dân số, y tế thôn, khu phố")],
  "Sở Y tế phối hợp với các trung tâm học tập cộng đồng tuyên truyền, hướng dẫn người dân về chăm sóc sức khỏe ban đầu, phòng chống dịch bệnh; bồi dưỡng kiến thức y tế cơ sở cho cộng tác viên dân số, y tế thôn, khu phố.",
  ["chăm sóc sức khỏe ban đầu", "cộng tác viên dân số"])

# ------------------------------------------------------------------ abbreviation (6)
q("abbreviation", "KH 286/KH-UBND tỉnh QN: Sở VHTTDL đc giao nv gì?",
  [(Q, "Sở VHTTDL chủ trì phát triển văn hóa đọc trong cộng đồng, luân chuyển sách từ Thư viện tỉnh về các trung tâm học tập cộng đồng ít nhất 02 lần/năm"),
   (Q, "Sở VHTTDL chủ trì bồi dưỡng ngoại ngữ, kỹ năng giao tiếp, ứng xử văn minh cho hướng dẫn viên, nhân viên du lịch"),
   (Q, "Chủ trì xây dựng thư viện số dùng chung của tỉnh, liên thông với thư viện các trường học và trung tâm học tập cộng đồng")],
  "Sở Văn hóa, Thể thao và Du lịch: chủ trì phát triển văn hóa đọc, luân chuyển sách từ Thư viện tỉnh về các trung tâm học tập cộng đồng ít nhất 02 lần/năm (III.1); chủ trì bồi dưỡng ngoại ngữ, kỹ năng giao tiếp, ứng xử văn minh cho hướng dẫn viên, nhân viên du lịch (III.5); chủ trì xây dựng thư viện số dùng chung của tỉnh và hướng dẫn doanh nghiệp du lịch tổ chức học tập cho người lao động (V.4).",
  ["văn hóa đọc", "thư viện số"])
q("abbreviation", "BĐBP tỉnh QN phối hợp tuyên truyền gì cho ngư dân, ở đâu?",
  [(Q, "BĐBP tỉnh phối hợp tuyên truyền pháp luật về biên giới, biển đảo cho ngư dân tại các bến cá, khu neo đậu tàu thuyền")],
  "Bộ đội Biên phòng tỉnh phối hợp tuyên truyền pháp luật về biên giới, biển đảo cho ngư dân tại các bến cá, khu neo đậu tàu thuyền.",
  ["biên giới, biển đảo", "bến cá"])
q("abbreviation", "Sở NN&MT QN chủ trì những gì trong KH XHHT?",
  [(Q, "Sở NN&MT chủ trì tập huấn cho ngư dân về khai thác hải sản bền vững, chống khai thác IUU, bảo vệ môi trường biển"),
   (Q, "Chủ trì chuyển giao tiến bộ kỹ thuật nông nghiệp, nuôi trồng thủy sản qua các trung tâm học tập cộng đồng"),
   (Q, "Tổ chức các lớp tập huấn về nông nghiệp hữu cơ, sản phẩm OCOP cho nông dân, hợp tác xã")],
  "Sở Nông nghiệp và Môi trường chủ trì tập huấn cho ngư dân về khai thác hải sản bền vững, chống khai thác IUU, bảo vệ môi trường biển; chủ trì chuyển giao tiến bộ kỹ thuật nông nghiệp, nuôi trồng thủy sản qua các trung tâm học tập cộng đồng; tổ chức tập huấn về nông nghiệp hữu cơ, sản phẩm OCOP; phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh tập huấn chống khai thác IUU.",
  ["khai thác hải sản bền vững", "OCOP"])
q("abbreviation", "P.VH-XH phường BNT giữ vai trò gì trong KH 41?",
  [(B, "Phòng Văn hóa - Xã hội: Là cơ quan thường trực, tham mưu Ủy ban nhân dân phường triển khai Kế hoạch")],
  "Phòng Văn hóa - Xã hội là cơ quan thường trực, tham mưu Ủy ban nhân dân phường triển khai Kế hoạch; hướng dẫn, theo dõi, đôn đốc các tổ dân phố; tổng hợp kết quả, báo cáo UBND phường và Sở Giáo dục và Đào tạo trước ngày 05/12/2026.",
  ["cơ quan thường trực"])
q("abbreviation", "UBND các xã, phường, ĐK tỉnh QN gửi BC năm trước ngày nào?",
  [(Q, "Ủy ban nhân dân các xã, phường, đặc khu Báo cáo năm Trước ngày 20/11 hằng năm")],
  "Ủy ban nhân dân các xã, phường, đặc khu gửi báo cáo năm trước ngày 20/11 hằng năm.", ["20/11"])
q("abbreviation", "TTHTCĐ phường BNT mở lớp TA giao tiếp cho ai, khi nào?",
  [(B, "Mở lớp tiếng Anh giao tiếp cho người lao động làm dịch vụ du lịch"), (B, "Quý II/2026"),
   (B, "300 người lao động làm dịch vụ du lịch được bồi dưỡng tiếng Anh giao tiếp")],
  "Trung tâm học tập cộng đồng phường chủ trì mở lớp tiếng Anh giao tiếp cho người lao động làm dịch vụ du lịch trong Quý II/2026; chỉ tiêu năm 2026 là 300 người lao động làm dịch vụ du lịch được bồi dưỡng tiếng Anh giao tiếp.",
  ["người lao động làm dịch vụ du lịch", "Quý II/2026"])

# ------------------------------------------------------------------ paraphrase (5)
q("paraphrase", "Ở Quảng Ninh, đơn vị nào lo cho bộ đội sắp ra quân được học nghề?",
  [(Q, "Tổ chức học tập chính trị, pháp luật, kỹ năng nghề cho quân nhân sắp xuất ngũ"), (Q, "11. Bộ Chỉ huy Quân sự tỉnh")],
  "Bộ Chỉ huy Quân sự tỉnh: tổ chức học tập chính trị, pháp luật, kỹ năng nghề cho quân nhân sắp xuất ngũ và phối hợp giới thiệu việc làm sau xuất ngũ.",
  ["Bộ Chỉ huy Quân sự tỉnh", "xuất ngũ"])
q("paraphrase", "Năm nay phường Bắc Nha Trang bỏ ra bao nhiêu tiền cho các lớp bồi dưỡng, tập huấn?",
  [(B, "650 triệu đồng cho các lớp bồi dưỡng, tập huấn")],
  "650 triệu đồng từ ngân sách phường (năm 2026) cho các lớp bồi dưỡng, tập huấn.", ["650 triệu đồng"])
q("paraphrase", "Quảng Ninh muốn mỗi năm có thêm bao nhiêu công ty trở thành nơi người lao động cùng học tập?",
  [(Q, "phấn đấu mỗi năm có thêm 20 doanh nghiệp đạt mô hình")],
  "Mỗi năm có thêm 20 doanh nghiệp đạt mô hình “Doanh nghiệp học tập” (LĐLĐ tỉnh phối hợp với các doanh nghiệp ngành than, cảng biển).",
  ["20 doanh nghiệp"])
q("paraphrase", "Ở Bắc Nha Trang, ai là người đi vận động bà con trong khu phố học tập và chấm gia đình học tập?",
  [(B, "Tổ trưởng tổ dân phố: Vận động Nhân dân tham gia học tập; tổ chức bình xét “Gia đình học tập”, “Cộng đồng học tập” tại tổ dân phố")],
  "Tổ trưởng tổ dân phố: vận động Nhân dân tham gia học tập và tổ chức bình xét “Gia đình học tập”, “Cộng đồng học tập” tại tổ dân phố.",
  ["Tổ trưởng tổ dân phố"])
q("paraphrase", "Mỗi năm Quảng Ninh đưa lên mạng bao nhiêu khóa học online mới?",
  [(Q, "mỗi năm đưa lên Cổng ít nhất 80 khóa học trực tuyến mở")],
  "Sở GD&ĐT phối hợp với Trường Đại học Hạ Long, mỗi năm đưa lên Cổng học tập suốt đời ít nhất 80 khóa học trực tuyến mở (đến năm 2030 có ít nhất 400 khóa).",
  ["80 khóa học"])

# ------------------------------------------------------------------ english (23)
q("english", "Who signed Quảng Ninh's plan for building a learning society 2026-2030, and in what capacity?",
  [(Q, "KT. CHỦ TỊCH"), (Q, "PHÓ CHỦ TỊCH"), (Q, "Hoàng Minh Khải")],
  "It was signed by Hoàng Minh Khải, Vice Chairman (PHÓ CHỦ TỊCH), on behalf of the Chairman (KT. CHỦ TỊCH) of the provincial People's Committee.",
  ["Hoàng Minh Khải"])
q("english", "What is the number and issue date of the Quảng Ninh plan?",
  [(Q, "Số: 286/KH-UBND"), (Q, "Quảng Ninh, ngày 12 tháng 12 năm 2025")],
  "Kế hoạch số 286/KH-UBND, issued in Quảng Ninh on “ngày 12 tháng 12 năm 2025” (12 December 2025).",
  ["286", "12 tháng 12 năm 2025"])
q("english", "Who signed the Bắc Nha Trang ward plan?",
  [(B, "Phan Thanh Hải"), (B, "CHỦ TỊCH")],
  "Phan Thanh Hải, Chairman (CHỦ TỊCH), for the ward People's Committee (TM. ỦY BAN NHÂN DÂN).", ["Phan Thanh Hải"])
q("english", "What is the number and date of the Bắc Nha Trang plan?",
  [(B, "Số: 41/KH-UBND"), (B, "Bắc Nha Trang, ngày 06 tháng 3 năm 2026")],
  "Kế hoạch số 41/KH-UBND, dated “ngày 06 tháng 3 năm 2026” (6 March 2026).", ["41", "06 tháng 3 năm 2026"])
q("english", "How much funding does Quảng Ninh expect in total for 2026-2030?",
  [T2TOT, T2H, T2U],
  "Bảng 2 gives a grand total (Tổng cộng) of 44.000 triệu đồng (44 billion VND): 28.000 from the provincial budget, 10.000 from commune budgets and 6.000 from socialised sources.",
  ["44"])
q("english", "What digital-skills target does Quảng Ninh set for 2030?",
  [(Q, "Tỷ lệ người dân từ 15 tuổi trở lên có kỹ năng số cơ bản 65% 75% 85%"), YQ3],
  "85% of people aged 15 and over with basic digital skills in 2030 (65% in 2026, 75% in 2028).", ["85%"])
q("english", "What share of households in Quảng Ninh should be recognised as 'learning families' in 2028?",
  [(Q, "Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình học tập” 70% 75% 80%"), YQ3],
  "75% in 2028 (70% in 2026, 80% in 2030).", ["75%"])
q("english", "When does Quảng Ninh hold its Lifelong Learning Week?",
  [(Q, "Tổ chức Tuần lễ hưởng ứng học tập suốt đời hằng năm từ ngày 01/10 đến ngày 07/10")],
  "Every year from 01/10 to 07/10 (1-7 October), together with Vietnam Book and Reading Culture Day.", ["01/10", "07/10"])
q("english", "Which agency is the standing body for Quảng Ninh's plan?",
  [(Q, "1. Sở Giáo dục và Đào tạo"), (Q, "Là cơ quan thường trực, chủ trì, phối hợp với các sở, ngành")],
  "The Department of Education and Training (Sở Giáo dục và Đào tạo) is the standing body (“cơ quan thường trực”).",
  ["Sở Giáo dục và Đào tạo"])
q("english", "How many open online courses should Quảng Ninh's lifelong learning portal have by 2030?",
  [(Q, "Đến năm 2030, có ít nhất 400 khóa học trực tuyến mở trên Cổng học tập suốt đời của tỉnh")],
  "At least 400 open online courses on the provincial lifelong learning portal by 2030.", ["400"])
q("english", "By what date must Bắc Nha Trang's units send their detailed budget estimates, and to whom?",
  [(B, "lập dự toán chi tiết gửi Phòng Kinh tế, Hạ tầng và Đô thị tổng hợp trước ngày 15/3/2026")],
  "Before 15/3/2026, to the Phòng Kinh tế, Hạ tầng và Đô thị (economic, infrastructure and urban affairs office), which compiles them.",
  ["15/3/2026", "Phòng Kinh tế, Hạ tầng và Đô thị"])
q("english", "When must Quảng Ninh's provincial departments submit their annual report?",
  [(Q, "Các sở, ban, ngành tỉnh Báo cáo năm Trước ngày 30/11 hằng năm")],
  "Before 30/11 each year.", ["30/11"])
q("english", "What is the name of the radio/TV segment on lifelong learning in Quảng Ninh, and how often is it aired?",
  [(Q, "Trung tâm Truyền thông tỉnh mở chuyên mục “Quảng Ninh học tập suốt đời” phát sóng 02 kỳ/tháng")],
  "The segment is “Quảng Ninh học tập suốt đời”, run by the Trung tâm Truyền thông tỉnh and aired 02 times a month (02 kỳ/tháng).",
  ["Quảng Ninh học tập suốt đời", "02"])
q("english", "How many of Bắc Nha Trang's residential groups should be recognised as learning communities in 2026?",
  [(B, "20/32 tổ dân phố đạt danh hiệu “Cộng đồng học tập” cấp tổ"), (B, "2. Chỉ tiêu năm 2026")],
  "20 of its 32 residential groups (20/32 tổ dân phố) in 2026; 28/32 by 2030.", ["20/32"])
q("english", "What is Bắc Nha Trang's total budget for the plan in 2026?",
  [(B, "Tổng kinh phí thực hiện Kế hoạch năm 2026 là 1.250 triệu đồng")],
  "1.250 triệu đồng (1,250 million VND): 850 million from the ward budget and 400 million from socialised sources.",
  ["250"])
q("english", "Which office is the standing body of the Bắc Nha Trang plan?",
  [(B, "Phòng Văn hóa - Xã hội: Là cơ quan thường trực")],
  "The Phòng Văn hóa - Xã hội (culture and social affairs office) is the standing body (“cơ quan thường trực”).",
  ["Phòng Văn hóa - Xã hội"])
q("english", "How many tourism workers in Bắc Nha Trang should get English-language training in 2026?",
  [(B, "300 người lao động làm dịch vụ du lịch được bồi dưỡng tiếng Anh giao tiếp")],
  "300 tourism service workers (300 người lao động làm dịch vụ du lịch) trained in conversational English.", ["300"])
q("english", "In Bắc Nha Trang's 2026 task table, who runs the conversational English class and when?",
  [(B, "Mở lớp tiếng Anh giao tiếp cho người lao động làm dịch vụ du lịch"), (B, "Quý II/2026"),
   (B, "Trung tâm học tập cộng đồng phường")],
  "The ward's community learning centre (Trung tâm học tập cộng đồng phường), in Quý II/2026 (the second quarter of 2026).",
  ["Quý II/2026", "Trung tâm học tập cộng đồng phường"])
q("english", "Which provincial plan does Bắc Nha Trang's plan implement?",
  [(B, "Căn cứ Kế hoạch số 118/KH-UBND ngày 20/01/2026 của Ủy ban nhân dân tỉnh Khánh Hòa")],
  "Kế hoạch số 118/KH-UBND of 20/01/2026 of the Khánh Hòa provincial People's Committee on building a learning society 2026-2030.",
  ["118", "20/01/2026"])
q("english", "By when must Bắc Nha Trang's community learning centre send its six-month report?",
  [(B, "báo cáo kết quả hoạt động 6 tháng trước ngày 15/6/2026")],
  "Before 15/6/2026.", ["15/6/2026"])
q("english", "Which heritage site does Bắc Nha Trang use for history and culture education?",
  [(B, "Phát huy giá trị di tích Tháp Bà Ponagar"), (B, "Học tập lịch sử, văn hóa Chăm tại di tích Tháp Bà Ponagar")],
  "The Tháp Bà Ponagar relic (Po Nagar Cham towers): lessons on Cham history and culture for pupils and residents, and experiential learning for schools.",
  ["Tháp Bà Ponagar"])
q("english", "How many fishers and sea workers does Quảng Ninh plan to reach each year with training on sustainable fishing and IUU?",
  [(Q, "Mỗi năm có ít nhất 15.000 lượt ngư dân, lao động nghề biển được tuyên truyền, tập huấn về khai thác hải sản bền vững")],
  "At least 15.000 lượt (15,000 person-times) of fishers and sea workers each year, on sustainable fishing and against IUU fishing.",
  ["15"])
q("english", "What digital-skills level does Bắc Nha Trang aim for by 2030?",
  [(B, "75% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản"), (B, "3. Định hướng đến năm 2030")],
  "75% of residents aged 15 and over with basic digital skills by 2030 (50% in 2026).", ["75%"])

# ------------------------------------------------------------------ follow_up (23)
q("follow_up", "Còn năm 2030?",
  [(Q, "Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình học tập” 70% 75% 80%"), YQ3],
  "Năm 2030: 80% hộ gia đình đạt danh hiệu “Gia đình học tập”.", ["80%"],
  H("Quảng Ninh đặt chỉ tiêu Gia đình học tập năm 2026 là bao nhiêu?", "70% hộ gia đình (Bảng 1)."))
q("follow_up", "Luân chuyển sách mấy lần một năm?",
  [(Q, "luân chuyển sách từ Thư viện tỉnh về các trung tâm học tập cộng đồng ít nhất 02 lần/năm")],
  "Ít nhất 02 lần/năm, từ Thư viện tỉnh về các trung tâm học tập cộng đồng.", ["02 lần/năm"],
  H("Sở VHTTDL Quảng Ninh chủ trì việc gì ở mục III.1?", "Chủ trì phát triển văn hóa đọc trong cộng đồng và luân chuyển sách từ Thư viện tỉnh về các trung tâm học tập cộng đồng."))
q("follow_up", "Khi nào phải xong?",
  [(Q, "hoàn thành và đưa vào vận hành trong quý III/2026")],
  "Cổng học tập suốt đời phải hoàn thành và đưa vào vận hành trong quý III/2026.", ["quý III/2026"],
  H("Cơ quan nào chủ trì xây dựng Cổng học tập suốt đời của Quảng Ninh?", "Sở Khoa học và Công nghệ (mục III.3 ghi “Sở KH&CN”)."))
q("follow_up", "Còn xã hội hóa năm đó?",
  [(Q, "Xã hội hóa 1.000 1.100 1.200 1.300 1.400 6.000"), T2H, T2U],
  "Năm 2026, nguồn xã hội hóa dự kiến 1.000 triệu đồng.", ["1.000"],
  H("Bảng 2 của kế hoạch Quảng Ninh ghi ngân sách tỉnh năm 2026 bao nhiêu?", "5.200 triệu đồng."))
q("follow_up", "Trong đó ngân sách cấp xã bao nhiêu?",
  [(Q, "Ngân sách cấp xã 1.800 1.900 2.000 2.100 2.200 10.000"), T2H, T2U],
  "Ngân sách cấp xã: 10.000 triệu đồng cho cả giai đoạn 2026 - 2030.", ["10.000"],
  H("Tổng kinh phí dự kiến cả giai đoạn của Quảng Ninh là bao nhiêu?", "44.000 triệu đồng (Bảng 2)."))
q("follow_up", "Còn đến năm 2030?",
  [(B, "75% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản"), (B, "3. Định hướng đến năm 2030")],
  "Định hướng đến năm 2030: 75% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản.", ["75%"],
  H("Phường Bắc Nha Trang đặt chỉ tiêu kỹ năng số năm 2026 thế nào?", "50% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản."))
q("follow_up", "Việc đó làm vào thời gian nào?",
  [(B, "Tập huấn an toàn trên biển, chống khai thác IUU cho ngư dân"), (B, "Trước mùa biển động, tháng 8/2026")],
  "Theo bảng phân công, việc tập huấn an toàn trên biển, chống khai thác IUU cho ngư dân làm trước mùa biển động, tháng 8/2026.",
  ["tháng 8/2026"],
  H("Ở phường Bắc Nha Trang ai chủ trì tập huấn an toàn trên biển cho ngư dân?", "Phòng Kinh tế, Hạ tầng và Đô thị."))
q("follow_up", "Phòng đó phải báo cáo Sở GD&ĐT trước ngày nào?",
  [(B, "tổng hợp kết quả, báo cáo Ủy ban nhân dân phường và Sở Giáo dục và Đào tạo trước ngày 05/12/2026"),
   (B, "Phòng Văn hóa - Xã hội tổng hợp, tham mưu Ủy ban nhân dân phường báo cáo Sở Giáo dục và Đào tạo tỉnh Khánh Hòa trước ngày")],
  "Phòng Văn hóa - Xã hội tổng hợp kết quả, tham mưu UBND phường báo cáo Sở Giáo dục và Đào tạo (tỉnh Khánh Hòa) trước ngày 05/12/2026.",
  ["05/12/2026"],
  H("Phòng nào là cơ quan thường trực của kế hoạch phường Bắc Nha Trang?", "Phòng Văn hóa - Xã hội."))
q("follow_up", "Kế hoạch đó ban hành ngày nào?",
  [(Q, "Quảng Ninh, ngày 12 tháng 12 năm 2025")],
  "Ngày 12 tháng 12 năm 2025.", ["12 tháng 12 năm 2025"],
  H("Ai ký kế hoạch xây dựng xã hội học tập của tỉnh Quảng Ninh?", "Ông Hoàng Minh Khải, Phó Chủ tịch, ký thay Chủ tịch (KT. CHỦ TỊCH)."))
q("follow_up", "Mỗi năm họ mở ít nhất bao nhiêu lớp?",
  [(Q, "mỗi năm ít nhất 10 lớp do cán bộ, chiến sĩ biên phòng trực tiếp đứng lớp")],
  "Mỗi năm ít nhất 10 lớp do cán bộ, chiến sĩ biên phòng trực tiếp đứng lớp.", ["10 lớp"],
  H("Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Ninh có nhiệm vụ gì?", "Chủ trì tổ chức các lớp xóa mù chữ tại các đồn biên phòng; tuyên truyền pháp luật về biên giới, biển đảo cho Nhân dân khu vực biên giới, ven biển."))
q("follow_up", "Vậy phường Bắc Nha Trang thì sao?",
  [(B, "72% hộ gia đình đạt danh hiệu “Gia đình học tập”"), (B, "2. Chỉ tiêu năm 2026")],
  "Phường Bắc Nha Trang đặt chỉ tiêu năm 2026: 72% hộ gia đình đạt danh hiệu “Gia đình học tập” (định hướng 2030: 80%).",
  ["72%"],
  H("Phường Nha Trang đặt chỉ tiêu Gia đình học tập năm 2026 bao nhiêu?",
    "Các kế hoạch đã nạp không có kế hoạch của phường Nha Trang, nên tôi không thể trả lời."))
q("follow_up", "Thế kế hoạch của tỉnh Quảng Ninh giao gì cho đặc khu Vân Đồn?",
  [(Q, "Mỗi đặc khu Vân Đồn và Cô Tô có ít nhất 01 mô hình “Cộng đồng học tập” gắn với du lịch biển đảo"),
   (Q, "người dân làm du lịch cộng đồng tại Vịnh Hạ Long, Vân Đồn, Cô Tô")],
  "Kế hoạch của tỉnh đặt chỉ tiêu mỗi đặc khu Vân Đồn và Cô Tô có ít nhất 01 mô hình “Cộng đồng học tập” gắn với du lịch biển đảo; Sở VHTTDL bồi dưỡng ngoại ngữ, kỹ năng cho người làm du lịch cộng đồng tại Vịnh Hạ Long, Vân Đồn, Cô Tô. Ngoài ra, đặc khu thực hiện các nhiệm vụ chung của UBND các xã, phường, đặc khu.",
  ["01 mô hình"],
  H("Đặc khu Vân Đồn có kế hoạch riêng không, chỉ tiêu TTHTCĐ xếp loại Tốt của đặc khu là bao nhiêu?",
    "Các kế hoạch đã nạp không có kế hoạch riêng của đặc khu Vân Đồn, nên tôi không thể trả lời."))
q("follow_up", "Còn phường Bắc Nha Trang định hướng năm 2030 thế nào?",
  [(B, "80% hộ gia đình đạt danh hiệu “Gia đình học tập”"), (B, "3. Định hướng đến năm 2030")],
  "Phường Bắc Nha Trang định hướng đến năm 2030: 80% hộ gia đình đạt danh hiệu “Gia đình học tập”.", ["80%"],
  H("Kế hoạch 118/KH-UBND của tỉnh Khánh Hòa đặt chỉ tiêu Gia đình học tập năm 2030 là bao nhiêu?",
    "Kế hoạch 118/KH-UBND của tỉnh Khánh Hòa không có trong các kế hoạch đã nạp (chỉ được phường Bắc Nha Trang trích dẫn), nên tôi không thể trả lời."))
q("follow_up", "Họ báo cáo kết quả công nhận danh hiệu trước ngày nào?",
  [(Q, "Hội Khuyến học tỉnh Kết quả công nhận danh hiệu học tập Trước ngày 05/12 hằng năm")],
  "Hội Khuyến học tỉnh báo cáo kết quả công nhận danh hiệu học tập trước ngày 05/12 hằng năm.", ["05/12"],
  H("Kế hoạch Quảng Ninh đề nghị Hội Khuyến học tỉnh làm gì?", "Chủ trì đánh giá, công nhận danh hiệu “Gia đình học tập”, “Dòng họ học tập”; phát triển quỹ khuyến học, khuyến tài."))
q("follow_up", "Ngân sách phường chiếm bao nhiêu trong đó?",
  [(B, "Ngân sách phường: 850 triệu đồng")],
  "Ngân sách phường: 850 triệu đồng (gồm 120 triệu hỗ trợ Trung tâm học tập cộng đồng, 80 triệu tủ sách điện tử, 650 triệu cho các lớp bồi dưỡng, tập huấn).",
  ["850 triệu đồng"],
  H("Tổng kinh phí năm 2026 của phường Bắc Nha Trang là bao nhiêu?", "1.250 triệu đồng."))
q("follow_up", "Năm 2030 thì sao?",
  [(Q, "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ 36% 40% 45%"), YQ3],
  "Năm 2030: 45% lao động qua đào tạo có bằng cấp, chứng chỉ.", ["45%"],
  H("Quảng Ninh đặt tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ năm 2026 bao nhiêu?", "36%."))
q("follow_up", "Với bao nhiêu lượt người?",
  [(B, "Trung tâm học tập cộng đồng phường tổ chức ít nhất 40 lớp chuyên đề với 2.400 lượt người tham gia")],
  "2.400 lượt người tham gia.", ["2.400"],
  H("Trung tâm học tập cộng đồng phường Bắc Nha Trang năm 2026 mở bao nhiêu lớp chuyên đề?", "Ít nhất 40 lớp chuyên đề."))
q("follow_up", "Còn ở kế hoạch của phường Bắc Nha Trang?",
  [(B, "Phòng Văn hóa - Xã hội: Là cơ quan thường trực")],
  "Ở phường Bắc Nha Trang, cơ quan thường trực là Phòng Văn hóa - Xã hội.", ["Phòng Văn hóa - Xã hội"],
  H("Cơ quan nào là cơ quan thường trực của kế hoạch Quảng Ninh?", "Sở Giáo dục và Đào tạo."))
q("follow_up", "Còn Trạm Y tế phường?",
  [(B, "Trạm Y tế phường: Phối hợp với Trung tâm học tập cộng đồng mở lớp chăm sóc sức khỏe người cao tuổi, phòng chống dịch bệnh"),
   (B, "Lớp chăm sóc sức khỏe người cao tuổi"), (B, "Tháng 10/2026")],
  "Trạm Y tế phường phối hợp với Trung tâm học tập cộng đồng mở lớp chăm sóc sức khỏe người cao tuổi, phòng chống dịch bệnh; bảng phân công giao Trạm chủ trì lớp chăm sóc sức khỏe người cao tuổi vào tháng 10/2026.",
  ["người cao tuổi", "Tháng 10/2026"],
  H("Công an phường Bắc Nha Trang có nhiệm vụ gì?", "Tuyên truyền pháp luật, phòng chống lừa đảo trên không gian mạng; phối hợp bảo đảm an ninh trật tự tại các lớp học tập cộng đồng."))
q("follow_up", "And for 2030?",
  [(Q, "Tỷ lệ dòng họ đạt danh hiệu “Dòng họ học tập” 45% 52% 60%"), YQ3],
  "60% of clans in 2030.", ["60%"],
  H("What is Quảng Ninh's 2026 target for 'learning clans'?", "45% of clans (Bảng 1)."))
q("follow_up", "When?",
  [(B, "Thành lập tổ công nghệ số cộng đồng tại các tổ dân phố"), (B, "Tháng 4/2026")],
  "In Tháng 4/2026 (April 2026), according to the task table.", ["Tháng 4/2026"],
  H("Which body sets up the community digital technology teams in Bắc Nha Trang?", "The Văn phòng HĐND và UBND phường."))
q("follow_up", "Năm 2029 thì bao nhiêu?",
  [T2TOT, T2H, T2U],
  "Năm 2029: tổng cộng 9.200 triệu đồng.", ["9.200"],
  H("Bảng 2 kế hoạch Quảng Ninh: tổng kinh phí năm 2026 là bao nhiêu?", "8.000 triệu đồng."))
q("follow_up", "Đối tượng là ai?",
  [(Q, "Sở Nội vụ chủ trì đào tạo nghề trình độ sơ cấp, đào tạo dưới 03 tháng cho lao động nông thôn, công nhân chuyển đổi nghề, mỗi năm ít nhất 12.000 người")],
  "Lao động nông thôn và công nhân chuyển đổi nghề (đào tạo nghề trình độ sơ cấp, đào tạo dưới 03 tháng).",
  ["lao động nông thôn", "công nhân chuyển đổi nghề"],
  H("Sở Nội vụ Quảng Ninh phải đào tạo nghề cho bao nhiêu người mỗi năm?", "Ít nhất 12.000 người mỗi năm."))

# ------------------------------------------------------------------ unanswerable (34)
NO = "Các kế hoạch đã nạp không nêu điều này"
u("Phường Nha Trang đặt chỉ tiêu Gia đình học tập năm 2026 là bao nhiêu?",
  "Không có kế hoạch của phường Nha Trang trong các kế hoạch đã nạp (chỉ có kế hoạch của phường Bắc Nha Trang), nên không trả lời được.",
  "phuong nha trang")
u("Phường Tây Nha Trang hỗ trợ trung tâm học tập cộng đồng bao nhiêu tiền năm 2026?",
  "Các kế hoạch đã nạp không có kế hoạch của phường Tây Nha Trang.", "tay nha trang")
u("What learning-family target has Nam Nha Trang ward set for 2026?",
  "None of the loaded plans is Nam Nha Trang ward's; only Bắc Nha Trang ward's plan is loaded, so this cannot be answered.",
  "nam nha trang")
u("Kế hoạch 118/KH-UBND của tỉnh Khánh Hòa đặt chỉ tiêu kỹ năng số năm 2030 là bao nhiêu?",
  "Kế hoạch 118/KH-UBND của tỉnh Khánh Hòa chỉ được phường Bắc Nha Trang trích dẫn, không có trong các kế hoạch đã nạp; không trả lời được.")
u("Who signed Khánh Hòa province's plan 118/KH-UBND?",
  "Khánh Hòa's plan 118/KH-UBND is only cited by the Bắc Nha Trang plan; it is not among the loaded plans, so its signer is unknown.")
u("Phường Cam Ranh giao cho Công an phường nhiệm vụ gì trong xây dựng xã hội học tập?",
  "Các kế hoạch đã nạp không có kế hoạch của phường Cam Ranh.", "cam ranh")
u("Đặc khu Vân Đồn tổ chức bao nhiêu lớp xóa mù chữ năm 2026?",
  "Kế hoạch của tỉnh Quảng Ninh chỉ đặt chỉ tiêu chung (ít nhất 60 lớp/năm toàn tỉnh, 10 lớp tại các đồn biên phòng) và không có kế hoạch riêng của đặc khu Vân Đồn; không có số lớp cho Vân Đồn.")
u("Phường Hạ Long đặt mục tiêu bao nhiêu phần trăm gia đình học tập năm 2026?",
  "Các kế hoạch đã nạp không có kế hoạch của phường Hạ Long; kế hoạch của tỉnh Quảng Ninh không chia chỉ tiêu theo phường.",
  "phuong ha long")
u("Tỉnh Lạng Sơn đặt chỉ tiêu kỹ năng số năm 2030 bao nhiêu?",
  "Các kế hoạch đã nạp không có kế hoạch của tỉnh Lạng Sơn.", "lang son")
u("Nghị quyết 27-NQ/TU của Tỉnh ủy Quảng Ninh đặt chỉ tiêu nhân lực chất lượng cao là bao nhiêu?",
  "Kế hoạch chỉ viện dẫn Nghị quyết 27-NQ/TU làm căn cứ, không nêu nội dung hay chỉ tiêu của Nghị quyết; không trả lời được.")
u("Nghị quyết 05-NQ/ĐU của Đảng bộ phường Bắc Nha Trang đặt mục tiêu gì về nhân lực du lịch?",
  "Kế hoạch chỉ dẫn Nghị quyết 05-NQ/ĐU làm căn cứ, không nêu nội dung của nghị quyết; không trả lời được.")
u("Thế năm 2027?",
  "Bảng 1 của Quảng Ninh chỉ có các năm 2026, 2028 và 2030; kế hoạch không đặt chỉ tiêu kỹ năng số cho năm 2027.",
  history=H("Chỉ tiêu kỹ năng số cơ bản năm 2026 của Quảng Ninh là bao nhiêu?", "65% người dân từ 15 tuổi trở lên."))
u("Tỷ lệ dòng họ học tập năm 2029 của Quảng Ninh là bao nhiêu?",
  "Bảng 1 chỉ có các cột Năm 2026, Năm 2028, Năm 2030; không có chỉ tiêu năm 2029.")
u("Năm 2028 phường Bắc Nha Trang phải đạt bao nhiêu phần trăm Gia đình học tập?",
  "Kế hoạch của phường chỉ đặt chỉ tiêu năm 2026 (72%) và định hướng đến năm 2030 (80%); không có chỉ tiêu năm 2028.")
u("Quảng Ninh đặt chỉ tiêu Gia đình học tập cho năm 2035 là bao nhiêu?",
  "Kế hoạch chỉ đặt chỉ tiêu đến năm 2030; năm 2035 chỉ xuất hiện trong tên Nghị quyết 27-NQ/TU được viện dẫn, không có chỉ tiêu nào cho năm 2035.")
u("Đến năm 2030 Trung tâm học tập cộng đồng phường Bắc Nha Trang phải mở bao nhiêu lớp chuyên đề?",
  "Kế hoạch chỉ đặt số lớp chuyên đề cho năm 2026 (ít nhất 40 lớp); định hướng đến năm 2030 chỉ yêu cầu trung tâm được xếp loại Tốt, không có số lớp.")
u("Phường Bắc Nha Trang đặt chỉ tiêu bao nhiêu phần trăm dòng họ đạt Dòng họ học tập?",
  "Kế hoạch chỉ khuyến khích các dòng họ xây dựng mô hình “Dòng họ học tập”, không đặt tỷ lệ.")
u("Tỷ lệ Công dân học tập của Quảng Ninh năm 2030 là bao nhiêu?",
  "Kế hoạch chỉ nêu phát triển mô hình “Công dân học tập”, không đặt tỷ lệ công dân học tập.")
u("Thư viện số dùng chung của tỉnh Quảng Ninh phải có bao nhiêu đầu sách?",
  "Kế hoạch giao Sở Văn hóa, Thể thao và Du lịch xây dựng thư viện số dùng chung nhưng không nêu số đầu sách.")
u("Hiện nay tỉnh Quảng Ninh có bao nhiêu trung tâm học tập cộng đồng?",
  "Kế hoạch không nêu số trung tâm học tập cộng đồng hiện có.")
u("Năm 2025 phường Bắc Nha Trang đã đạt bao nhiêu phần trăm Gia đình học tập?",
  "Kế hoạch không có phần kết quả năm 2025; chỉ đặt chỉ tiêu năm 2026 và định hướng đến năm 2030.")
u("How many community learning centres in Quảng Ninh were rated Good in 2025?",
  "The plan gives no 2025 results; it only sets the 2026/2028/2030 targets (55%/65%/75% rated Good).")
u("Gia đình học tập tiêu biểu ở Quảng Ninh được khen thưởng bao nhiêu tiền?",
  "Kế hoạch chỉ nói biểu dương, khen thưởng kịp thời các gia đình, dòng họ, cộng đồng, đơn vị học tập tiêu biểu, không nêu mức tiền thưởng.")
u("Đơn vị nào ở phường Bắc Nha Trang không báo cáo đúng hạn sẽ bị xử lý thế nào?",
  "Kế hoạch chỉ quy định thời hạn báo cáo, không nêu hình thức xử lý khi báo cáo chậm.", "xu ly", [B])
u("Kinh phí xây dựng Cổng học tập suốt đời của Quảng Ninh là bao nhiêu?",
  "Bảng 2 chỉ chia kinh phí theo nguồn và theo năm; kế hoạch không tách riêng kinh phí cho Cổng học tập suốt đời.")
u("Lớp tiếng Anh giao tiếp cho lao động du lịch ở Bắc Nha Trang tốn bao nhiêu tiền?",
  "Kế hoạch chỉ ghi 650 triệu đồng cho các lớp bồi dưỡng, tập huấn nói chung, không tách riêng kinh phí lớp tiếng Anh.")
u("Ngân sách tỉnh Quảng Ninh chi bao nhiêu cho Tuần lễ hưởng ứng học tập suốt đời năm 2027?",
  "Kế hoạch không tách kinh phí cho Tuần lễ hưởng ứng học tập suốt đời.")
u("Trạm Y tế xã có nhiệm vụ gì trong kế hoạch của tỉnh Quảng Ninh?",
  "Kế hoạch của tỉnh Quảng Ninh không giao nhiệm vụ cho Trạm Y tế (Trạm Y tế phường chỉ có trong kế hoạch của phường Bắc Nha Trang); Sở Y tế mới là cơ quan được giao.",
  "tram y te", [Q])
u("Sở Dân tộc và Tôn giáo có nhiệm vụ gì trong kế hoạch của phường Bắc Nha Trang?",
  "Kế hoạch của phường Bắc Nha Trang không nhắc đến Sở Dân tộc và Tôn giáo (cơ quan này chỉ có trong kế hoạch của tỉnh Quảng Ninh).",
  "dan toc va ton giao", [B])
u("Sở Công Thương Quảng Ninh được giao nhiệm vụ gì trong kế hoạch xây dựng xã hội học tập?",
  "Kế hoạch 286/KH-UBND không nhắc đến Sở Công Thương.", "cong thuong", [Q])
u("Hội Cựu chiến binh phường Bắc Nha Trang được đề nghị làm gì?",
  "Kế hoạch của phường không nêu riêng Hội Cựu chiến binh; chỉ đề nghị Ủy ban MTTQ Việt Nam phường và các tổ chức chính trị - xã hội phường nói chung.",
  "cuu chien binh", [B])
u("Hội Nông dân tỉnh Quảng Ninh có nhiệm vụ gì trong kế hoạch?",
  "Kế hoạch không nêu riêng Hội Nông dân tỉnh; chỉ đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh nói chung.",
  "hoi nong dan", [Q])
u("What does Bắc Nha Trang's plan ask the border guard station to do?",
  "Bắc Nha Trang's plan assigns nothing to any border guard body (border guards appear only in Quảng Ninh's plan).",
  "bien phong", [B])
u("What is Quảng Ninh's 2027 target for learning families?",
  "Quảng Ninh's Bảng 1 only has 2026, 2028 and 2030 columns; no 2027 target is set for learning families.")


def strip(s):
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return re.sub(r"\s+", " ", "".join(c for c in s if unicodedata.category(c) != "Mn")).lower()


def main():
    problems = []
    for i, r in enumerate(QS, 1):
        where = f"#{i} {r['question'][:50]}"
        ev_text = " ".join(cs.norm(e["span"]).lower() for e in r["evidence"])
        for e in r["evidence"]:
            if cs.norm(e["span"]) not in cs.text_of(e["doc"]):
                problems.append(f"{where}: span missing in {e['doc']}: {e['span']!r}")
        for k in r["key_facts"]:
            if cs.norm(k).lower() not in cs.norm(r["answer"]).lower():
                problems.append(f"{where}: key fact {k!r} not in answer")
            if cs.norm(k).lower() not in ev_text:
                problems.append(f"{where}: key fact {k!r} not in evidence")
        if r["_probe"]:
            probe, against = r["_probe"]
            for d in against:
                if strip(probe) in strip(cs.text_of(d)):
                    problems.append(f"{where}: probe {probe!r} occurs in {d}")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    counts = {}
    with open(OUT, "w", encoding="utf-8") as f:
        for i, r in enumerate(QS, 1):
            rec = {"id": f"u34-{i:03d}", "question": r["question"], "type": r["type"], "docs": r["docs"],
                   "evidence": r["evidence"], "answer": r["answer"], "key_facts": r["key_facts"],
                   "history": r["history"]}
            f.write(unicodedata.normalize("NFC", json.dumps(rec, ensure_ascii=False)) + "\n")
            counts[r["type"]] = counts.get(r["type"], 0) + 1
    print(len(QS), "questions ->", OUT, dict(sorted(counts.items())))


if __name__ == "__main__":
    main()
