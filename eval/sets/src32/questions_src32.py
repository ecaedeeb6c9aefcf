"""Write eval/sets/newplans32.jsonl (set 32, held out): questions on plans32/ (+ a few bundled plans).

    python eval/sets/src32/questions_src32.py

Refuses to write if an evidence span is missing from its plan's extracted text (check_sets.py's extraction and
normalisation), a key fact is missing from its answer or from its cited spans, or an unanswerable question's probe
string (accent-free, case-insensitive) occurs in the plans it is checked against.
"""
import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = os.path.dirname(HERE)
sys.path.insert(0, SETS)
import check_sets as cs  # noqa: E402

OUT = os.path.join(SETS, "newplans32.jsonl")
D = "dongthap_2145-KH-UBND_2025.docx"
K = "kbang_27-KH-UBND_2026.pdf"
HUE, ML, HN, CT, AL = ("000_4550be4bb11189cd.txt", "001_7bafa58816a5de75.txt", "002_797e8de6131c77f9.txt",
                       "003_1a817ee72b993e3e.txt", "004_b1b28019b71edc03.txt")
ALL = [D, K, HUE, ML, HN, CT, AL]
REFUSE = "Các kế hoạch đã nạp không có thông tin này."
REFUSE_EN = "The loaded plans do not contain this information."

Qs = []


def fold(s):
    s = unicodedata.normalize("NFD", cs.norm(s).lower().replace("đ", "d"))
    return "".join(c for c in s if not unicodedata.combining(c))


def Q(typ, question, ev, answer, kf, history=None):
    Qs.append({"type": typ, "question": question, "ev": ev, "answer": answer, "kf": kf,
               "history": history or [], "probes": None})


def U(question, answer, probes=(), against=ALL, history=None):
    Qs.append({"type": "unanswerable", "question": question, "ev": [], "answer": answer, "kf": [],
               "history": history or [], "probes": (list(probes), against)})


def H(*turns):
    out = []
    for i, t in enumerate(turns):
        out.append({"role": "user" if i % 2 == 0 else "assistant", "content": t})
    return out


# ================================================================ agency_tasks (14)
Q("agency_tasks", "Theo kế hoạch xây dựng xã hội học tập tỉnh Đồng Tháp giai đoạn 2026 - 2030, Sở Nội vụ có nhiệm vụ gì?",
  [(D, "Chủ trì hướng dẫn đánh giá, công nhận danh hiệu “Đơn vị học tập” đối với cơ quan, đơn vị cấp tỉnh"),
   (D, "phấn đấu đào tạo nghề cho ít nhất 25.000 người mỗi năm")],
  "Sở Nội vụ chủ trì hướng dẫn đánh giá, công nhận danh hiệu “Đơn vị học tập” đối với cơ quan, đơn vị cấp tỉnh và tham mưu bồi dưỡng cán bộ, công chức, viên chức; đồng thời chủ trì nâng cao chất lượng giáo dục nghề nghiệp, đào tạo nghề cho lao động nông thôn, người khuyết tật, lao động mất việc làm, phấn đấu đào tạo nghề cho ít nhất 25.000 người mỗi năm.",
  ["Đơn vị học tập", "25.000"])
Q("agency_tasks", "Sở Khoa học và Công nghệ tỉnh Đồng Tháp được giao những việc gì trong kế hoạch xây dựng xã hội học tập?",
  [(D, "Chủ trì bảo đảm hạ tầng số, kết nối Internet băng rộng cho các trung tâm học tập cộng đồng"),
   (D, "Hướng dẫn hoạt động của các tổ công nghệ số cộng đồng trong phổ cập kỹ năng số cho người dân")],
  "Sở Khoa học và Công nghệ chủ trì bảo đảm hạ tầng số, kết nối Internet băng rộng cho các trung tâm học tập cộng đồng; phối hợp với Sở Giáo dục và Đào tạo vận hành Cổng học tập mở Đồng Tháp; hướng dẫn hoạt động của các tổ công nghệ số cộng đồng trong phổ cập kỹ năng số cho người dân.",
  ["hạ tầng số", "tổ công nghệ số cộng đồng"])
Q("agency_tasks", "Kế hoạch XHHT của tỉnh Đồng Tháp giao Sở Nông nghiệp và Môi trường làm gì?",
  [(D, "Chủ trì chuyển giao tiến bộ khoa học kỹ thuật cho nông dân thông qua các trung tâm học tập cộng đồng về sản xuất lúa chất lượng cao, xoài, sầu riêng, nuôi cá tra; tổ chức ít nhất 200 lớp tập huấn mỗi năm")],
  "Sở Nông nghiệp và Môi trường chủ trì chuyển giao tiến bộ khoa học kỹ thuật cho nông dân qua các trung tâm học tập cộng đồng (lúa chất lượng cao, xoài, sầu riêng, nuôi cá tra), tổ chức ít nhất 200 lớp tập huấn mỗi năm, và lồng ghép nội dung ứng phó biến đổi khí hậu, xâm nhập mặn vào chương trình học tập tại cộng đồng.",
  ["200 lớp tập huấn", "cá tra"])
Q("agency_tasks", "Sở Dân tộc và Tôn giáo tỉnh Đồng Tháp có trách nhiệm gì trong kế hoạch xây dựng xã hội học tập 2026 - 2030?",
  [(D, "Phối hợp vận động đồng bào dân tộc Khmer, Hoa và chức sắc, chức việc các tôn giáo tham gia học tập suốt đời"),
   (D, "Biên soạn tài liệu song ngữ Việt - Khmer phục vụ các lớp xóa mù chữ và giáo dục sau biết chữ")],
  "Sở Dân tộc và Tôn giáo phối hợp vận động đồng bào dân tộc Khmer, Hoa và chức sắc, chức việc các tôn giáo tham gia học tập suốt đời; phối hợp tổ chức lớp xóa mù chữ tại các xã vùng biên giới; biên soạn tài liệu song ngữ Việt - Khmer phục vụ các lớp xóa mù chữ và giáo dục sau biết chữ.",
  ["Khmer", "song ngữ Việt - Khmer"])
Q("agency_tasks", "Bộ Chỉ huy Quân sự tỉnh Đồng Tháp được giao gì trong kế hoạch xây dựng xã hội học tập?",
  [(D, "phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh tham gia xóa mù chữ ở khu vực biên giới"),
   (D, "vận động thanh niên sau khi hoàn thành nghĩa vụ quân sự tham gia học nghề")],
  "Bộ Chỉ huy Quân sự tỉnh tổ chức học tập nâng cao trình độ cho cán bộ, chiến sĩ; phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh tham gia xóa mù chữ ở khu vực biên giới; chỉ đạo Ban Chỉ huy Quân sự các xã, phường vận động thanh niên sau khi hoàn thành nghĩa vụ quân sự tham gia học nghề.",
  ["Bộ đội Biên phòng", "nghĩa vụ quân sự"])
Q("agency_tasks", "Báo và Phát thanh, Truyền hình Đồng Tháp có nhiệm vụ gì theo kế hoạch này?",
  [(D, "Mở chuyên mục “Học tập suốt đời”, phát sóng ít nhất 02 kỳ/tháng"),
   (D, "sản xuất các chương trình dạy kỹ năng số trên sóng truyền hình")],
  "Báo và Phát thanh, Truyền hình Đồng Tháp mở chuyên mục “Học tập suốt đời”, phát sóng ít nhất 02 kỳ/tháng, đưa tin về các điển hình, và phối hợp với Sở Giáo dục và Đào tạo sản xuất các chương trình dạy kỹ năng số trên sóng truyền hình.",
  ["02 kỳ/tháng", "kỹ năng số"])
Q("agency_tasks", "Trường Đại học Đồng Tháp tham gia kế hoạch xây dựng xã hội học tập của tỉnh như thế nào?",
  [(D, "Phát triển các khóa học trực tuyến mở; bồi dưỡng nghiệp vụ cho giáo viên, cán bộ quản lý trung tâm học tập cộng đồng"),
   (D, "nghiên cứu, đánh giá mức độ học tập suốt đời của người dân, báo cáo kết quả năm 2028")],
  "Trường Đại học Đồng Tháp phát triển các khóa học trực tuyến mở; bồi dưỡng nghiệp vụ cho giáo viên, cán bộ quản lý trung tâm học tập cộng đồng; phối hợp với Sở Giáo dục và Đào tạo nghiên cứu, đánh giá mức độ học tập suốt đời của người dân, báo cáo kết quả năm 2028.",
  ["khóa học trực tuyến mở", "2028"])
Q("agency_tasks", "Trong kế hoạch của tỉnh Đồng Tháp, Tỉnh Đoàn được giao việc gì?",
  [(D, "Tỉnh Đoàn chủ trì tổ chức các đội hình thanh niên tình nguyện hướng dẫn kỹ năng số cho người dân"),
   (D, "14. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh")],
  "Tỉnh Đoàn không có mục riêng; trong mục 14 (Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh), Tỉnh Đoàn chủ trì tổ chức các đội hình thanh niên tình nguyện hướng dẫn kỹ năng số cho người dân.",
  ["thanh niên tình nguyện", "kỹ năng số"])
Q("agency_tasks", "Công an xã Kbang có nhiệm vụ gì trong kế hoạch xây dựng xã hội học tập giai đoạn 2026 - 2028?",
  [(K, "7. Công an xã: tuyên truyền pháp luật, phòng chống lừa đảo trên không gian mạng; hướng dẫn người dân kích hoạt tài khoản định danh điện tử mức độ 2")],
  "Công an xã tuyên truyền pháp luật, phòng chống lừa đảo trên không gian mạng và hướng dẫn người dân kích hoạt tài khoản định danh điện tử mức độ 2 (bảng phân công ghi thời gian: thường xuyên).",
  ["lừa đảo", "định danh điện tử mức độ 2"])
Q("agency_tasks", "Ban Chỉ huy Quân sự xã Kbang làm gì theo kế hoạch XHHT của xã?",
  [(K, "8. Ban Chỉ huy Quân sự xã: tổ chức học tập chính trị, pháp luật cho dân quân; phối hợp vận động thanh niên tham gia học nghề")],
  "Ban Chỉ huy Quân sự xã tổ chức học tập chính trị, pháp luật cho dân quân và phối hợp vận động thanh niên tham gia học nghề.",
  ["dân quân", "học nghề"])
Q("agency_tasks", "Trung tâm Phục vụ hành chính công xã Kbang được phân công những gì?",
  [(K, "4. Trung tâm Phục vụ hành chính công xã: hướng dẫn người dân thực hiện thủ tục hành chính trên môi trường điện tử; phối hợp tập huấn kỹ năng số"),
   (K, "Trung tâm Phục vụ hành chính công xã; Đoàn Thanh niên xã"), (K, "Quý I và quý III hằng năm")],
  "Trung tâm Phục vụ hành chính công xã hướng dẫn người dân thực hiện thủ tục hành chính trên môi trường điện tử và phối hợp tập huấn kỹ năng số; trong bảng phân công, cùng Đoàn Thanh niên xã tập huấn kỹ năng số, hướng dẫn sử dụng dịch vụ công trực tuyến vào Quý I và quý III hằng năm.",
  ["thủ tục hành chính", "Quý I và quý III"])
Q("agency_tasks", "Ban Quản lý Khu bảo tồn thiên nhiên Kon Chư Răng có vai trò gì trong kế hoạch của xã Kbang?",
  [(K, "Giáo dục bảo vệ rừng gắn với sinh kế dưới tán rừng"),
   (K, "Ban Quản lý Khu bảo tồn thiên nhiên Kon Chư Răng; Phòng Kinh tế"), (K, "Quý II hằng năm")],
  "Ban Quản lý Khu bảo tồn thiên nhiên Kon Chư Răng chỉ xuất hiện trong bảng phân công: cùng Phòng Kinh tế thực hiện nội dung “Giáo dục bảo vệ rừng gắn với sinh kế dưới tán rừng”, thời gian Quý II hằng năm.",
  ["bảo vệ rừng", "Quý II"])
Q("agency_tasks", "Trạm Y tế xã Kbang phải làm gì trong kế hoạch xây dựng xã hội học tập?",
  [(K, "9. Trạm Y tế xã: phối hợp với trung tâm học tập cộng đồng tuyên truyền chăm sóc sức khỏe, dinh dưỡng, phòng chống dịch bệnh"),
   (K, "Tuyên truyền chăm sóc sức khỏe bà mẹ, trẻ em, phòng chống suy dinh dưỡng"), (K, "Trạm Y tế xã; Hội Liên hiệp Phụ nữ xã")],
  "Trạm Y tế xã phối hợp với trung tâm học tập cộng đồng tuyên truyền chăm sóc sức khỏe, dinh dưỡng, phòng chống dịch bệnh; theo bảng phân công, cùng Hội Liên hiệp Phụ nữ xã thường xuyên tuyên truyền chăm sóc sức khỏe bà mẹ, trẻ em, phòng chống suy dinh dưỡng.",
  ["bà mẹ, trẻ em", "dinh dưỡng"])
Q("agency_tasks", "Các trường học trên địa bàn xã Kbang được giao nhiệm vụ gì?",
  [(K, "6. Các trường mầm non, tiểu học, trung học cơ sở trên địa bàn xã: duy trì sĩ số, vận động học sinh bỏ học trở lại lớp; cử giáo viên tham gia dạy xóa mù chữ; mở cửa thư viện trường phục vụ người dân vào ngày nghỉ")],
  "Các trường mầm non, tiểu học, trung học cơ sở trên địa bàn xã duy trì sĩ số, vận động học sinh bỏ học trở lại lớp, cử giáo viên tham gia dạy xóa mù chữ và mở cửa thư viện trường phục vụ người dân vào ngày nghỉ.",
  ["học sinh bỏ học", "thư viện trường"])

# ================================================================ target (12)
ROW_GDHT = "Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình học tập” 65% 68% 71% 74% 78%"
YEARS = "Năm 2026 Năm 2027 Năm 2028 Năm 2029 Năm 2030"
Q("target", "Theo Bảng 1 của kế hoạch tỉnh Đồng Tháp, năm 2027 tỷ lệ hộ gia đình đạt danh hiệu “Gia đình học tập” là bao nhiêu?",
  [(D, ROW_GDHT), (D, YEARS)],
  "Năm 2027: 68% hộ gia đình đạt danh hiệu “Gia đình học tập” (lộ trình 65% năm 2026, 68% năm 2027, 71% năm 2028, 74% năm 2029, 78% năm 2030).",
  ["68%"])
Q("target", "Tỉnh Đồng Tháp đặt chỉ tiêu bao nhiêu người trong độ tuổi 15 - 60 đạt chuẩn biết chữ mức độ 2 vào năm 2029?",
  [(D, "Tỷ lệ người trong độ tuổi từ 15 đến 60 đạt chuẩn biết chữ mức độ 2 97,2% 97,6% 98% 98,3% 98,6%"), (D, YEARS)],
  "Năm 2029: 98,3% người trong độ tuổi từ 15 đến 60 đạt chuẩn biết chữ mức độ 2.",
  ["98,3%"])
Q("target", "Năm 2028, bao nhiêu phần trăm trung tâm học tập cộng đồng của Đồng Tháp phải được xếp loại Tốt?",
  [(D, "Tỷ lệ trung tâm học tập cộng đồng được đánh giá xếp loại Tốt 50% - 60% - 75%"), (D, YEARS)],
  "Năm 2028: 60% trung tâm học tập cộng đồng được đánh giá xếp loại Tốt (năm 2026 là 50%, năm 2030 là 75%; các năm 2027 và 2029 để trống “-”).",
  ["60%"])
Q("target", "Số lượt người tham gia học tập tại các trung tâm học tập cộng đồng của Đồng Tháp năm 2030 phải đạt bao nhiêu?",
  [(D, "Số lượt người tham gia học tập tại các trung tâm học tập cộng đồng (lượt người/năm) 280.000 300.000 320.000 340.000 360.000"), (D, YEARS)],
  "Năm 2030: 360.000 lượt người/năm tham gia học tập tại các trung tâm học tập cộng đồng.",
  ["360.000"])
Q("target", "Chỉ tiêu người dân từ 15 tuổi trở lên có kỹ năng số cơ bản của tỉnh Đồng Tháp năm 2026 là bao nhiêu?",
  [(D, "Tỷ lệ người dân từ 15 tuổi trở lên có kỹ năng số cơ bản 55% 62% 70% 76% 82%"), (D, YEARS)],
  "Năm 2026: 55% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản (tăng dần đến 82% năm 2030).",
  ["55%"])
Q("target", "Đến năm nào 100% trung tâm học tập cộng đồng ở Đồng Tháp phải có kết nối Internet băng rộng?",
  [(D, "Đến năm 2028, 100% trung tâm học tập cộng đồng có kết nối Internet băng rộng")],
  "Đến năm 2028, 100% trung tâm học tập cộng đồng có kết nối Internet băng rộng; đến năm 2030, 100% trung tâm ứng dụng công nghệ thông tin trong quản lý và tổ chức hoạt động.",
  ["2028", "100%"])
Q("target", "Kế hoạch Đồng Tháp yêu cầu cung cấp bao nhiêu khóa học trực tuyến mở miễn phí cho người dân đến năm 2030?",
  [(D, "Đến năm 2030, Trường Đại học Đồng Tháp và các trường cao đẳng trên địa bàn tỉnh cung cấp ít nhất 120 khóa học trực tuyến mở miễn phí cho người dân")],
  "Đến năm 2030, Trường Đại học Đồng Tháp và các trường cao đẳng trên địa bàn tỉnh cung cấp ít nhất 120 khóa học trực tuyến mở miễn phí cho người dân.",
  ["120"])
Q("target", "Tỷ lệ xã, phường của Đồng Tháp đạt “Cộng đồng học tập” cấp xã xếp loại Tốt năm 2030 là bao nhiêu?",
  [(D, "Tỷ lệ xã, phường đạt danh hiệu “Cộng đồng học tập” cấp xã xếp loại Tốt 30% 35% 40% 45% 50%"), (D, YEARS)],
  "Năm 2030: 50% xã, phường đạt danh hiệu “Cộng đồng học tập” cấp xã xếp loại Tốt.",
  ["50%"])
Q("target", "Xã Kbang đặt chỉ tiêu bao nhiêu phần trăm hộ đạt “Gia đình học tập” năm 2027?",
  [(K, "b) Năm 2027:"), (K, "64% hộ gia đình đạt danh hiệu “Gia đình học tập”")],
  "Năm 2027: 64% hộ gia đình đạt danh hiệu “Gia đình học tập” (năm 2026 là 60%, năm 2028 là 68%).",
  ["64%"])
Q("target", "Đến năm 2028, xã Kbang phải có bao nhiêu thôn, làng đạt danh hiệu “Cộng đồng học tập”?",
  [(K, "c) Năm 2028:"), (K, "15/24 thôn, làng đạt danh hiệu “Cộng đồng học tập” cấp thôn")],
  "Năm 2028: 15/24 thôn, làng đạt danh hiệu “Cộng đồng học tập” cấp thôn.",
  ["15/24"])
Q("target", "Tỷ lệ người dân có kỹ năng số cơ bản ở xã Kbang năm 2028 là bao nhiêu?",
  [(K, "c) Năm 2028:"), (K, "55% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản")],
  "Năm 2028: 55% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản (năm 2027 là 45%; năm 2026 không đặt chỉ tiêu này).",
  ["55%"])
Q("target", "Năm 2026 trung tâm học tập cộng đồng xã Kbang phải tổ chức bao nhiêu lớp chuyên đề?",
  [(K, "a) Năm 2026:"), (K, "Trung tâm học tập cộng đồng tổ chức ít nhất 45 lớp chuyên đề với 2.700 lượt người tham gia")],
  "Năm 2026, trung tâm học tập cộng đồng tổ chức ít nhất 45 lớp chuyên đề với 2.700 lượt người tham gia.",
  ["45 lớp", "2.700"])

# ================================================================ deadline (8)
Q("deadline", "Cổng học tập mở Đồng Tháp phải hoàn thành và đưa vào vận hành khi nào?",
  [(D, "Chủ trì xây dựng Cổng học tập mở Đồng Tháp, hoàn thành và đưa vào vận hành trong quý IV/2026")],
  "Sở Giáo dục và Đào tạo chủ trì xây dựng Cổng học tập mở Đồng Tháp, hoàn thành và đưa vào vận hành trong quý IV/2026.",
  ["quý IV/2026"])
Q("deadline", "Các sở, ban, ngành tỉnh Đồng Tháp phải gửi báo cáo kết quả thực hiện kế hoạch XHHT vào thời hạn nào?",
  [(D, "Các sở, ban, ngành tỉnh gửi báo cáo kết quả thực hiện Kế hoạch về Sở Giáo dục và Đào tạo định kỳ 6 tháng trước ngày 10/6 và hằng năm trước ngày 05/12")],
  "Các sở, ban, ngành tỉnh gửi báo cáo về Sở Giáo dục và Đào tạo: báo cáo 6 tháng trước ngày 10/6 và báo cáo năm trước ngày 05/12.",
  ["10/6", "05/12"])
Q("deadline", "Ủy ban nhân dân các xã, phường ở Đồng Tháp báo cáo kết quả xây dựng xã hội học tập trước ngày nào?",
  [(D, "báo cáo kết quả về Sở Giáo dục và Đào tạo trước ngày 30/11 hằng năm")],
  "Ủy ban nhân dân các xã, phường báo cáo kết quả về Sở Giáo dục và Đào tạo trước ngày 30/11 hằng năm (mục 13 phần V).",
  ["30/11"])
Q("deadline", "Khi nào tỉnh Đồng Tháp sơ kết giữa kỳ và tổng kết kế hoạch xây dựng xã hội học tập?",
  [(D, "Sơ kết giữa kỳ vào quý IV/2028; tổng kết thực hiện Kế hoạch vào quý IV/2030")],
  "Sơ kết giữa kỳ vào quý IV/2028; tổng kết thực hiện Kế hoạch vào quý IV/2030.",
  ["quý IV/2028", "quý IV/2030"])
Q("deadline", "Hạn gửi dự toán kinh phí thực hiện kế hoạch XHHT cho Sở Tài chính Đồng Tháp là ngày nào?",
  [(D, "gửi Sở Tài chính trước ngày 15/7 để tổng hợp, trình cấp có thẩm quyền")],
  "Hằng năm, các sở, ngành, Ủy ban nhân dân các xã, phường lập dự toán và gửi Sở Tài chính trước ngày 15/7.",
  ["15/7"])
Q("deadline", "Xã Kbang phải hoàn thành khảo sát nhu cầu học tập của người dân trước ngày nào?",
  [(K, "Khảo sát nhu cầu học tập của người dân tại các thôn, làng"), (K, "Trước ngày 15/3/2026")],
  "Khảo sát nhu cầu học tập của người dân tại các thôn, làng (Trung tâm học tập cộng đồng xã và Trưởng thôn, làng thực hiện) phải xong trước ngày 15/3/2026.",
  ["15/3/2026"])
Q("deadline", "Tủ sách cộng đồng tại nhà rông các làng ở Kbang phải xây dựng xong khi nào?",
  [(K, "Xây dựng tủ sách cộng đồng tại nhà rông các làng"), (K, "Hoàn thành trước ngày 30/6/2027")],
  "Việc xây dựng tủ sách cộng đồng tại nhà rông các làng (Phòng Văn hóa - Xã hội và Đoàn Thanh niên xã) phải hoàn thành trước ngày 30/6/2027.",
  ["30/6/2027"])
Q("deadline", "Xã Kbang báo cáo Ủy ban nhân dân tỉnh về kết quả xây dựng xã hội học tập vào những mốc nào?",
  [(K, "Phòng Văn hóa - Xã hội tổng hợp, tham mưu Ủy ban nhân dân xã báo cáo Ủy ban nhân dân tỉnh (qua Sở Giáo dục và Đào tạo) 6 tháng trước ngày 15/6 và hằng năm trước ngày 10/12")],
  "Phòng Văn hóa - Xã hội tổng hợp, tham mưu Ủy ban nhân dân xã báo cáo Ủy ban nhân dân tỉnh (qua Sở Giáo dục và Đào tạo): báo cáo 6 tháng trước ngày 15/6, báo cáo năm trước ngày 10/12.",
  ["15/6", "10/12"])

# ================================================================ funding (7)
Q("funding", "Tổng kinh phí thực hiện kế hoạch xây dựng xã hội học tập tỉnh Đồng Tháp giai đoạn 2026 - 2030 là bao nhiêu?",
  [(D, "Tổng kinh phí dự kiến thực hiện Kế hoạch giai đoạn 2026 - 2030 là 46.800 triệu đồng"),
   (D, "Ngân sách tỉnh: 24.500 triệu đồng"), (D, "Ngân sách cấp xã: 14.300 triệu đồng"),
   (D, "Nguồn xã hội hóa và các nguồn hợp pháp khác: 8.000 triệu đồng")],
  "Tổng kinh phí dự kiến là 46.800 triệu đồng (bốn mươi sáu tỷ, tám trăm triệu đồng), gồm ngân sách tỉnh 24.500 triệu đồng, ngân sách cấp xã 14.300 triệu đồng và nguồn xã hội hóa, nguồn hợp pháp khác 8.000 triệu đồng.",
  ["46.800", "24.500"])
Q("funding", "Ngân sách cấp xã đóng góp bao nhiêu trong kinh phí kế hoạch XHHT tỉnh Đồng Tháp?",
  [(D, "Ngân sách cấp xã: 14.300 triệu đồng")],
  "Ngân sách cấp xã: 14.300 triệu đồng cho cả giai đoạn 2026 - 2030.",
  ["14.300"])
Q("funding", "Mỗi trung tâm học tập cộng đồng ở Đồng Tháp được hỗ trợ kinh phí hoạt động bao nhiêu?",
  [(D, "Mỗi trung tâm học tập cộng đồng được hỗ trợ kinh phí hoạt động thường xuyên 30 triệu đồng/năm từ ngân sách cấp xã")],
  "Mỗi trung tâm học tập cộng đồng được hỗ trợ kinh phí hoạt động thường xuyên 30 triệu đồng/năm từ ngân sách cấp xã.",
  ["30 triệu đồng/năm"])
Q("funding", "Kinh phí xây dựng và duy trì Cổng học tập mở Đồng Tháp được bố trí thế nào?",
  [(D, "Kinh phí xây dựng và duy trì Cổng học tập mở Đồng Tháp là 1.200 triệu đồng, trong đó năm 2026 bố trí 800 triệu đồng để xây dựng, từ năm 2027 bố trí 100 triệu đồng/năm để duy trì, cập nhật học liệu")],
  "Tổng 1.200 triệu đồng: năm 2026 bố trí 800 triệu đồng để xây dựng; từ năm 2027 bố trí 100 triệu đồng/năm để duy trì, cập nhật học liệu.",
  ["1.200", "800", "100 triệu đồng/năm"])
Q("funding", "Kế hoạch xây dựng xã hội học tập xã Kbang 2026 - 2028 cần tổng kinh phí bao nhiêu và từ những nguồn nào?",
  [(K, "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2026 - 2028 dự kiến 945 triệu đồng, trong đó: ngân sách xã 585 triệu đồng; ngân sách tỉnh hỗ trợ 210 triệu đồng; nguồn xã hội hóa 150 triệu đồng")],
  "Tổng kinh phí dự kiến 945 triệu đồng: ngân sách xã 585 triệu đồng, ngân sách tỉnh hỗ trợ 210 triệu đồng, nguồn xã hội hóa 150 triệu đồng.",
  ["945", "585", "210", "150"])
Q("funding", "Năm 2027 xã Kbang dự kiến chi bao nhiêu cho kế hoạch xây dựng xã hội học tập?",
  [(K, "Phân theo năm: năm 2026 là 295 triệu đồng; năm 2027 là 315 triệu đồng; năm 2028 là 335 triệu đồng")],
  "Năm 2027 là 315 triệu đồng (năm 2026: 295 triệu đồng; năm 2028: 335 triệu đồng).",
  ["315"])
Q("funding", "Trung tâm học tập cộng đồng xã Kbang được bố trí bao nhiêu tiền mỗi năm?",
  [(K, "Trung tâm học tập cộng đồng xã được bố trí 40 triệu đồng/năm cho hoạt động thường xuyên")],
  "Trung tâm học tập cộng đồng xã được bố trí 40 triệu đồng/năm cho hoạt động thường xuyên (ngoài ra Hội Khuyến học xã vận động Quỹ Khuyến học ít nhất 60 triệu đồng/năm).",
  ["40 triệu đồng/năm"])

# ================================================================ legal_basis (4)
Q("legal_basis", "Kế hoạch xây dựng xã hội học tập tỉnh Đồng Tháp giai đoạn 2026 - 2030 được ban hành căn cứ những văn bản nào?",
  [(D, "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025"),
   (D, "Căn cứ Kết luận số 49-KL/TW ngày 10/5/2019 của Ban Bí thư"),
   (D, "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ"),
   (D, "Căn cứ Nghị quyết số 15-NQ/TU ngày 08/9/2025 của Ban Thường vụ Tỉnh ủy Đồng Tháp")],
  "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025; Kết luận số 49-KL/TW ngày 10/5/2019 của Ban Bí thư; Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ; Nghị quyết số 15-NQ/TU ngày 08/9/2025 của Ban Thường vụ Tỉnh ủy Đồng Tháp; theo đề nghị của Sở Giáo dục và Đào tạo (Tờ trình số 1692/TTr-SGDĐT).",
  ["49-KL/TW", "1373/QĐ-TTg", "15-NQ/TU"])
Q("legal_basis", "UBND tỉnh Đồng Tháp ban hành kế hoạch XHHT theo tờ trình nào của Sở Giáo dục và Đào tạo?",
  [(D, "Theo đề nghị của Giám đốc Sở Giáo dục và Đào tạo tại Tờ trình số 1692/TTr-SGDĐT ngày 30/10/2025")],
  "Theo đề nghị của Giám đốc Sở Giáo dục và Đào tạo tại Tờ trình số 1692/TTr-SGDĐT ngày 30/10/2025.",
  ["1692/TTr-SGDĐT"])
Q("legal_basis", "Kế hoạch xây dựng xã hội học tập của xã Kbang dựa trên những căn cứ nào?",
  [(K, "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ"),
   (K, "Căn cứ Kế hoạch số 318/KH-UBND ngày 05/12/2025 của Ủy ban nhân dân tỉnh Gia Lai"),
   (K, "Căn cứ Nghị quyết số 09-NQ/ĐU ngày 10/01/2026 của Ban Chấp hành Đảng bộ xã Kbang")],
  "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ; Kế hoạch số 318/KH-UBND ngày 05/12/2025 của Ủy ban nhân dân tỉnh Gia Lai về xây dựng xã hội học tập tỉnh Gia Lai giai đoạn 2026 - 2030; Nghị quyết số 09-NQ/ĐU ngày 10/01/2026 của Ban Chấp hành Đảng bộ xã Kbang.",
  ["318/KH-UBND", "09-NQ/ĐU"])
Q("legal_basis", "Theo kế hoạch của Đồng Tháp, việc đánh giá, xếp loại trung tâm học tập cộng đồng thực hiện theo văn bản nào?",
  [(D, "Đánh giá, xếp loại trung tâm học tập cộng đồng hằng năm theo Thông tư số 44/2014/TT-BGDĐT của Bộ trưởng Bộ Giáo dục và Đào tạo")],
  "Đánh giá, xếp loại trung tâm học tập cộng đồng hằng năm theo Thông tư số 44/2014/TT-BGDĐT của Bộ trưởng Bộ Giáo dục và Đào tạo.",
  ["44/2014/TT-BGDĐT"])

# ================================================================ purpose (3)
Q("purpose", "Mục đích của kế hoạch xây dựng xã hội học tập tỉnh Đồng Tháp 2026 - 2030 là gì?",
  [(D, "trên địa bàn tỉnh Đồng Tháp sau khi hợp nhất tỉnh Tiền Giang và tỉnh Đồng Tháp"),
   (D, "Thống nhất các mô hình học tập, chỉ tiêu và cách đánh giá đang thực hiện khác nhau ở hai tỉnh trước hợp nhất")],
  "Triển khai QĐ 1373/QĐ-TTg và NQ 15-NQ/TU trên địa bàn tỉnh Đồng Tháp sau khi hợp nhất tỉnh Tiền Giang và tỉnh Đồng Tháp; tạo cơ hội học tập suốt đời bình đẳng, nhất là cho người dân vùng biên giới, Đồng Tháp Mười, cù lao; thống nhất các mô hình học tập, chỉ tiêu và cách đánh giá khác nhau ở hai tỉnh trước hợp nhất, không để gián đoạn hoạt động của trung tâm học tập cộng đồng; phát huy vai trò của các cấp, các ngành, Mặt trận và Hội Khuyến học.",
  ["Tiền Giang", "Thống nhất"])
Q("purpose", "Kế hoạch XHHT của xã Kbang nhằm mục đích gì?",
  [(K, "Cụ thể hóa Kế hoạch số 318/KH-UBND của Ủy ban nhân dân tỉnh Gia Lai phù hợp với điều kiện của xã Kbang"),
   (K, "nhất là đồng bào Ba Na ở các làng vùng sâu, vùng xa, được học tập suốt đời"),
   (K, "Phát huy vai trò của trung tâm học tập cộng đồng, nhà rông văn hóa và già làng, người có uy tín")],
  "Cụ thể hóa Kế hoạch số 318/KH-UBND của UBND tỉnh Gia Lai phù hợp với xã sau sắp xếp; tạo cơ hội cho mọi người dân, nhất là đồng bào Ba Na ở các làng vùng sâu, vùng xa, được học tập suốt đời, nâng cao dân trí, kỹ năng sản xuất và kỹ năng số, góp phần giảm nghèo bền vững; phát huy vai trò của trung tâm học tập cộng đồng, nhà rông văn hóa và già làng, người có uy tín.",
  ["Ba Na", "già làng"])
Q("purpose", "Kế hoạch của xã Kbang đặt ra yêu cầu gì về nội dung, hình thức học tập?",
  [(K, "Nội dung, hình thức học tập phải thiết thực, phù hợp với phong tục, tập quán và lịch sản xuất của đồng bào; sử dụng song ngữ Việt - Ba Na khi cần thiết")],
  "Nội dung, hình thức học tập phải thiết thực, phù hợp với phong tục, tập quán và lịch sản xuất của đồng bào; sử dụng song ngữ Việt - Ba Na khi cần thiết. Các phòng, đơn vị và thôn, làng phải xác định rõ nhiệm vụ và chủ động phối hợp.",
  ["song ngữ Việt - Ba Na", "lịch sản xuất"])

# ================================================================ task_section (5)
Q("task_section", "Nhiệm vụ “Chuyển đổi số trong học tập suốt đời” trong kế hoạch tỉnh Đồng Tháp gồm những nội dung gì?",
  [(D, "3. Chuyển đổi số trong học tập suốt đời"),
   (D, "Xây dựng Cổng học tập mở Đồng Tháp tại địa chỉ hoctapmo.dongthap.gov.vn, tích hợp học liệu số của các cơ sở giáo dục, thư viện và bảo tàng; mỗi năm bổ sung ít nhất 300 học liệu số"),
   (D, "Phổ cập kỹ năng số cơ bản cho người dân thông qua các tổ công nghệ số cộng đồng ở 100% ấp, khu phố"),
   (D, "Khuyến khích các doanh nghiệp viễn thông hỗ trợ thiết bị, đường truyền cho người học thuộc hộ nghèo, hộ cận nghèo"),
   (D, "Số hóa tài liệu địa chí, di sản văn hóa của tỉnh")],
  "Gồm: xây dựng Cổng học tập mở Đồng Tháp (hoctapmo.dongthap.gov.vn) tích hợp học liệu số, mỗi năm bổ sung ít nhất 300 học liệu số; phổ cập kỹ năng số cơ bản qua tổ công nghệ số cộng đồng ở 100% ấp, khu phố; khuyến khích doanh nghiệp viễn thông hỗ trợ thiết bị, đường truyền cho người học thuộc hộ nghèo, hộ cận nghèo; số hóa tài liệu địa chí, di sản văn hóa của tỉnh đưa lên Cổng học tập mở.",
  ["hoctapmo.dongthap.gov.vn", "300 học liệu số"])
Q("task_section", "Phần kiểm tra, giám sát, sơ kết, tổng kết của kế hoạch Đồng Tháp quy định những gì?",
  [(D, "7. Kiểm tra, giám sát, sơ kết, tổng kết"),
   (D, "Tổ chức kiểm tra việc thực hiện Kế hoạch tại các sở, ngành và địa phương ít nhất một lần mỗi năm"),
   (D, "Đưa kết quả xây dựng xã hội học tập vào tiêu chí đánh giá thi đua hằng năm"),
   (D, "Sơ kết giữa kỳ vào quý IV/2028; tổng kết thực hiện Kế hoạch vào quý IV/2030")],
  "Kiểm tra việc thực hiện tại các sở, ngành và địa phương ít nhất một lần mỗi năm; đưa kết quả xây dựng xã hội học tập vào tiêu chí đánh giá thi đua hằng năm; sơ kết giữa kỳ vào quý IV/2028, tổng kết vào quý IV/2030.",
  ["ít nhất một lần mỗi năm", "thi đua"])
Q("task_section", "Nhóm nhiệm vụ xây dựng các mô hình học tập của tỉnh Đồng Tháp có những việc gì?",
  [(D, "4. Xây dựng các mô hình học tập"),
   (D, "đánh giá, công nhận hằng năm trước ngày 31/12"),
   (D, "Thống nhất áp dụng một bộ tiêu chí đánh giá các mô hình học tập trên toàn tỉnh từ năm 2026"),
   (D, "Xây dựng mô hình “Công dân học tập” thí điểm tại 10 xã, phường trong năm 2026, nhân rộng trên toàn tỉnh từ năm 2027")],
  "Đẩy mạnh các mô hình “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập”, “Đơn vị học tập”, “Công dân học tập”, đánh giá, công nhận hằng năm trước ngày 31/12; thống nhất một bộ tiêu chí đánh giá trên toàn tỉnh từ năm 2026; thí điểm mô hình “Công dân học tập” tại 10 xã, phường trong năm 2026, nhân rộng từ năm 2027.",
  ["31/12", "10 xã, phường"])
Q("task_section", "Giải pháp xóa mù chữ và phổ cập kỹ năng số của xã Kbang gồm những gì?",
  [(K, "3. Xóa mù chữ và phổ cập kỹ năng số"),
   (K, "Mở các lớp xóa mù chữ và giáo dục sau biết chữ vào thời gian nông nhàn; huy động giáo viên các trường tiểu học tham gia giảng dạy"),
   (K, "Thành lập tổ công nghệ số cộng đồng ở 24/24 thôn, làng; hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID và dịch vụ công trực tuyến")],
  "Mở lớp xóa mù chữ và giáo dục sau biết chữ vào thời gian nông nhàn, huy động giáo viên tiểu học giảng dạy; thành lập tổ công nghệ số cộng đồng ở 24/24 thôn, làng, hướng dẫn người dân cài đặt, sử dụng VNeID và dịch vụ công trực tuyến.",
  ["thời gian nông nhàn", "24/24 thôn, làng"])
Q("task_section", "Xã Kbang nâng cao hiệu quả hoạt động của trung tâm học tập cộng đồng bằng những giải pháp nào?",
  [(K, "2. Nâng cao hiệu quả hoạt động của trung tâm học tập cộng đồng"),
   (K, "Kiện toàn Ban Giám đốc trung tâm học tập cộng đồng xã sau sắp xếp; bố trí điểm học tập tại nhà rông của các làng xa trung tâm xã"),
   (K, "Tổ chức các chuyên đề về trồng cà phê, mì, chăn nuôi bò, trồng dược liệu dưới tán rừng, phòng chống bạo lực gia đình và tảo hôn")],
  "Kiện toàn Ban Giám đốc trung tâm học tập cộng đồng xã sau sắp xếp, bố trí điểm học tập tại nhà rông của các làng xa trung tâm; tổ chức các chuyên đề về trồng cà phê, mì, chăn nuôi bò, dược liệu dưới tán rừng, phòng chống bạo lực gia đình và tảo hôn.",
  ["nhà rông", "tảo hôn"])

# ================================================================ cross_plan (6)
Q("cross_plan", "So sánh chỉ tiêu “Gia đình học tập” năm 2028 của tỉnh Đồng Tháp và của xã Kbang.",
  [(D, ROW_GDHT), (D, YEARS), (K, "c) Năm 2028:"), (K, "68% hộ gia đình đạt danh hiệu “Gia đình học tập”")],
  "Năm 2028 tỉnh Đồng Tháp đặt 71% hộ gia đình đạt “Gia đình học tập” (Bảng 1), còn xã Kbang đặt 68%.",
  ["71%", "68%"])
Q("cross_plan", "Tuần lễ hưởng ứng học tập suốt đời được tổ chức vào tháng nào theo kế hoạch của Đồng Tháp và của xã Kbang?",
  [(D, "Tổ chức Tuần lễ hưởng ứng học tập suốt đời hằng năm vào tháng 10; năm 2026 tổ chức lễ khai mạc cấp tỉnh tại phường Cao Lãnh"),
   (K, "Tổ chức Tuần lễ hưởng ứng học tập suốt đời"), (K, "Tháng 10 hằng năm")],
  "Cả hai đều vào tháng 10 hằng năm: Đồng Tháp tổ chức vào tháng 10, năm 2026 khai mạc cấp tỉnh tại phường Cao Lãnh; xã Kbang giao Phòng Văn hóa - Xã hội và trung tâm học tập cộng đồng xã tổ chức vào Tháng 10 hằng năm.",
  ["tháng 10", "Cao Lãnh"])
Q("cross_plan", "Cơ quan thường trực của kế hoạch xây dựng xã hội học tập ở Đồng Tháp và ở Hà Nội là cơ quan nào?",
  [(D, "Là cơ quan thường trực, chủ trì, phối hợp với các sở, ngành, Ủy ban nhân dân các xã, phường triển khai thực hiện Kế hoạch"),
   (HN, "Là cơ quan thường trực, giúp Ủy ban nhân dân Thành phố tổ chức triển khai thực hiện Kế hoạch")],
  "Ở cả hai nơi đều là Sở Giáo dục và Đào tạo: ở Đồng Tháp Sở là cơ quan thường trực, chủ trì, phối hợp triển khai Kế hoạch; ở Hà Nội Sở là cơ quan thường trực, giúp UBND Thành phố tổ chức triển khai thực hiện Kế hoạch.",
  ["cơ quan thường trực"])
Q("cross_plan", "Chỉ tiêu biết chữ năm 2030 của tỉnh Đồng Tháp so với Hà Nội thế nào?",
  [(D, "Tỷ lệ người trong độ tuổi từ 15 đến 60 đạt chuẩn biết chữ mức độ 2 97,2% 97,6% 98% 98,3% 98,6%"), (D, YEARS),
   (HN, "2.2. Mục tiêu cụ thể đến năm 2030"), (HN, "99,6% người trong độ tuổi 15-60 biết chữ")],
  "Đến năm 2030 Đồng Tháp đặt 98,6% người từ 15 đến 60 tuổi đạt chuẩn biết chữ mức độ 2, còn Hà Nội đặt 99,6% người trong độ tuổi 15-60 biết chữ — Hà Nội cao hơn 1 điểm phần trăm.",
  ["98,6%", "99,6%"])
Q("cross_plan", "Kế hoạch xã Kbang và kế hoạch năm 2026 của thành phố Huế do ai ký?",
  [(K, "Đinh Văn Hyên"), (HUE, "Nguyễn Thanh Bình")],
  "Kế hoạch xã Kbang do Chủ tịch UBND xã Đinh Văn Hyên ký (TM. Ủy ban nhân dân, Chủ tịch); kế hoạch của Huế do Phó Chủ tịch Nguyễn Thanh Bình ký thay Chủ tịch (KT. Chủ tịch).",
  ["Đinh Văn Hyên", "Nguyễn Thanh Bình"])
Q("cross_plan", "Kế hoạch Đồng Tháp nêu tổng kinh phí cụ thể; kế hoạch năm 2026 của Huế quy định kinh phí thế nào?",
  [(D, "Tổng kinh phí dự kiến thực hiện Kế hoạch giai đoạn 2026 - 2030 là 46.800 triệu đồng"),
   (HUE, "Kinh phí thực hiện Kế hoạch được bảo đảm từ nguồn ngân sách nhà nước theo phân cấp ngân sách hiện hành và các nguồn kinh phí hợp pháp khác")],
  "Đồng Tháp dự kiến 46.800 triệu đồng cho 2026 - 2030 (ngân sách tỉnh, ngân sách cấp xã, xã hội hóa). Huế không nêu số tiền: kinh phí được bảo đảm từ nguồn ngân sách nhà nước theo phân cấp ngân sách hiện hành và các nguồn kinh phí hợp pháp khác, quản lý theo Nghị quyết số 16/2025/NQ-HĐND.",
  ["46.800", "ngân sách nhà nước theo phân cấp"])

# ================================================================ no_diacritics (8)
Q("no_diacritics", "so giao duc va dao tao dong thap la co quan gi trong ke hoach xhht 2026 2030",
  [(D, "Là cơ quan thường trực, chủ trì, phối hợp với các sở, ngành, Ủy ban nhân dân các xã, phường triển khai thực hiện Kế hoạch")],
  "Sở Giáo dục và Đào tạo là cơ quan thường trực, chủ trì, phối hợp với các sở, ngành, UBND các xã, phường triển khai thực hiện Kế hoạch và hướng dẫn địa phương xây dựng kế hoạch hằng năm.",
  ["cơ quan thường trực"])
Q("no_diacritics", "ty le dong ho hoc tap nam 2030 tinh dong thap bao nhieu",
  [(D, "Tỷ lệ dòng họ đạt danh hiệu “Dòng họ học tập” 40% 44% 48% 52% 55%"), (D, YEARS)],
  "Năm 2030: 55% dòng họ đạt danh hiệu “Dòng họ học tập” (Bảng 1).",
  ["55%"])
Q("no_diacritics", "hoi khuyen hoc tinh dong thap phai van dong quy khuyen hoc bao nhieu moi nam",
  [(D, "vận động xây dựng Quỹ Khuyến học các cấp, phấn đấu huy động ít nhất 12 tỷ đồng mỗi năm")],
  "Hội Khuyến học tỉnh được đề nghị vận động xây dựng Quỹ Khuyến học các cấp, phấn đấu huy động ít nhất 12 tỷ đồng mỗi năm.",
  ["12 tỷ đồng"])
Q("no_diacritics", "so van hoa the thao va du lich dong thap luan chuyen sach den tthtcd may dot 1 nam",
  [(D, "luân chuyển sách đến các trung tâm học tập cộng đồng ít nhất 02 đợt/năm")],
  "Sở Văn hóa, Thể thao và Du lịch phát triển Thư viện tỉnh và luân chuyển sách đến các trung tâm học tập cộng đồng ít nhất 02 đợt/năm.",
  ["02 đợt/năm"])
Q("no_diacritics", "xa kbang nam 2026 bao nhieu phan tram nguoi dan toc thieu so biet chu muc do 1",
  [(K, "a) Năm 2026:"), (K, "92% người dân tộc thiểu số trong độ tuổi từ 15 đến 60 đạt chuẩn biết chữ mức độ 1")],
  "Năm 2026: 92% người dân tộc thiểu số trong độ tuổi từ 15 đến 60 đạt chuẩn biết chữ mức độ 1.",
  ["92%"])
Q("no_diacritics", "kbang tong ket ke hoach xhht giai doan 2026 2028 khi nao",
  [(K, "Tổng kết thực hiện Kế hoạch giai đoạn 2026 - 2028 trong quý IV/2028")],
  "Xã Kbang tổng kết thực hiện Kế hoạch giai đoạn 2026 - 2028 trong quý IV/2028.",
  ["quý IV/2028"])
Q("no_diacritics", "ke hoach xay dung xa hoi hoc tap xa kbang ai ky",
  [(K, "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Đinh Văn Hyên")],
  "Kế hoạch số 27/KH-UBND do Chủ tịch UBND xã Kbang Đinh Văn Hyên ký (TM. Ủy ban nhân dân, Chủ tịch).",
  ["Đinh Văn Hyên"])
Q("no_diacritics", "phong van hoa xa hoi xa kbang phai xay dung ke hoach hang nam truoc ngay nao",
  [(K, "xây dựng kế hoạch hằng năm trước ngày 31/01")],
  "Phòng Văn hóa - Xã hội (cơ quan thường trực) xây dựng kế hoạch hằng năm trước ngày 31/01.",
  ["31/01"])

# ================================================================ abbreviation (6)
Q("abbreviation", "Sở VHTTDL tỉnh ĐT chủ trì HD xây dựng danh hiệu gì trong KH XHHT?",
  [(D, "Chủ trì hướng dẫn xây dựng danh hiệu “Gia đình học tập”, “Dòng họ học tập” gắn với phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”")],
  "Sở Văn hóa, Thể thao và Du lịch chủ trì hướng dẫn xây dựng danh hiệu “Gia đình học tập”, “Dòng họ học tập” gắn với phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”; phát triển Thư viện tỉnh và luân chuyển sách.",
  ["Gia đình học tập", "Toàn dân đoàn kết xây dựng đời sống văn hóa"])
Q("abbreviation", "KH 2145/KH-UBND: UBMTTQ VN tỉnh và các tổ chức CT-XH tỉnh được đề nghị làm gì?",
  [(D, "Phối hợp tuyên truyền, vận động hội viên, đoàn viên và Nhân dân tích cực tham gia học tập; giám sát việc thực hiện Kế hoạch")],
  "Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh được đề nghị phối hợp tuyên truyền, vận động hội viên, đoàn viên và Nhân dân tham gia học tập và giám sát việc thực hiện Kế hoạch (Tỉnh Đoàn: đội hình thanh niên tình nguyện; Hội LHPN tỉnh: “Gia đình học tập”).",
  ["giám sát"])
Q("abbreviation", "LĐLĐ tỉnh ĐT được đề nghị làm gì trong KH XHHT 2026-2030?",
  [(D, "16. Đề nghị Liên đoàn Lao động tỉnh"),
   (D, "Vận động công nhân, người lao động trong các doanh nghiệp tham gia học tập nâng cao trình độ, tay nghề; phối hợp xây dựng tủ sách công đoàn tại các khu công nghiệp")],
  "Liên đoàn Lao động tỉnh được đề nghị vận động công nhân, người lao động trong các doanh nghiệp học tập nâng cao trình độ, tay nghề và phối hợp xây dựng tủ sách công đoàn tại các khu công nghiệp.",
  ["tủ sách công đoàn"])
Q("abbreviation", "TTHTCĐ xã Kbang có nv gì theo KH 27/KH-UBND?",
  [(K, "5. Trung tâm học tập cộng đồng xã: tổ chức các lớp chuyên đề, lớp xóa mù chữ theo nhu cầu của người dân; quản lý các điểm học tập tại nhà rông")],
  "Trung tâm học tập cộng đồng xã tổ chức các lớp chuyên đề, lớp xóa mù chữ theo nhu cầu của người dân và quản lý các điểm học tập tại nhà rông.",
  ["lớp chuyên đề", "nhà rông"])
Q("abbreviation", "VP HĐND và UBND xã Kbang đc giao gì trong KH XHHT?",
  [(K, "3. Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã: tham mưu tổ chức bồi dưỡng kiến thức, kỹ năng cho cán bộ, công chức xã; cập nhật tin, bài về xây dựng xã hội học tập trên trang thông tin điện tử xã")],
  "Văn phòng HĐND và UBND xã tham mưu tổ chức bồi dưỡng kiến thức, kỹ năng cho cán bộ, công chức xã và cập nhật tin, bài về xây dựng xã hội học tập trên trang thông tin điện tử xã.",
  ["bồi dưỡng", "trang thông tin điện tử xã"])
Q("abbreviation", "HKH xã Kbang được đề nghị làm gì?",
  [(K, "12. Đề nghị Hội Khuyến học xã: phối hợp bình xét các danh hiệu học tập; vận động xây dựng Quỹ Khuyến học; khen thưởng học sinh nghèo vượt khó là người Ba Na")],
  "Hội Khuyến học xã được đề nghị phối hợp bình xét các danh hiệu học tập, vận động xây dựng Quỹ Khuyến học (ít nhất 60 triệu đồng/năm theo phần kinh phí) và khen thưởng học sinh nghèo vượt khó là người Ba Na.",
  ["Quỹ Khuyến học", "Ba Na"])

# ================================================================ paraphrase (5)
Q("paraphrase", "Nhà nghèo không có máy, không có mạng để học online thì tỉnh Đồng Tháp tính thế nào?",
  [(D, "Khuyến khích các doanh nghiệp viễn thông hỗ trợ thiết bị, đường truyền cho người học thuộc hộ nghèo, hộ cận nghèo")],
  "Kế hoạch khuyến khích các doanh nghiệp viễn thông hỗ trợ thiết bị, đường truyền cho người học thuộc hộ nghèo, hộ cận nghèo.",
  ["doanh nghiệp viễn thông", "hộ nghèo, hộ cận nghèo"])
Q("paraphrase", "Công nhân làm trong khu công nghiệp ở Đồng Tháp có được tổ chức đào tạo lại tay nghề không?",
  [(D, "Phối hợp với các doanh nghiệp trong khu công nghiệp Tân Hương, Sa Đéc đào tạo lại, đào tạo nâng cao cho người lao động")],
  "Có. Nhiệm vụ đào tạo, bồi dưỡng nguồn nhân lực ghi: phối hợp với các doanh nghiệp trong khu công nghiệp Tân Hương, Sa Đéc đào tạo lại, đào tạo nâng cao cho người lao động; Liên đoàn Lao động tỉnh cũng được đề nghị vận động công nhân học tập nâng cao tay nghề.",
  ["Tân Hương", "đào tạo lại"])
Q("paraphrase", "Người Đồng Tháp làm ăn xa quê có được kêu gọi góp sức cho việc học của tỉnh không?",
  [(D, "Phát huy vai trò của các doanh nhân, trí thức, người Đồng Tháp ở ngoài tỉnh trong hỗ trợ học bổng, thiết bị học tập")],
  "Có: kế hoạch phát huy vai trò của các doanh nhân, trí thức, người Đồng Tháp ở ngoài tỉnh trong hỗ trợ học bổng, thiết bị học tập.",
  ["người Đồng Tháp ở ngoài tỉnh", "học bổng"])
Q("paraphrase", "Ở Kbang, chuyện các em lấy vợ lấy chồng quá sớm có được đưa vào nội dung học ở trung tâm học tập cộng đồng không?",
  [(K, "phòng chống bạo lực gia đình và tảo hôn")],
  "Có. Trung tâm học tập cộng đồng tổ chức các chuyên đề, trong đó có phòng chống bạo lực gia đình và tảo hôn (cùng các chuyên đề trồng cà phê, mì, chăn nuôi bò, dược liệu dưới tán rừng).",
  ["tảo hôn"])
Q("paraphrase", "Thầy cô tiểu học ở Kbang có phải đi dạy người lớn chưa biết đọc biết viết không?",
  [(K, "huy động giáo viên các trường tiểu học tham gia giảng dạy"), (K, "cử giáo viên tham gia dạy xóa mù chữ")],
  "Có. Kế hoạch huy động giáo viên các trường tiểu học tham gia giảng dạy các lớp xóa mù chữ (mở vào thời gian nông nhàn), và giao các trường cử giáo viên tham gia dạy xóa mù chữ.",
  ["giáo viên", "xóa mù chữ"])

# ================================================================ english (23)
Q("english", "What is the number and issue date of Dong Thap province's learning-society plan for 2026-2030?",
  [(D, "Số: 2145/KH-UBND"), (D, "Đồng Tháp, ngày 17 tháng 11 năm 2025")],
  "It is Plan No. 2145/KH-UBND, issued in Đồng Tháp on 17 November 2025 (“ngày 17 tháng 11 năm 2025”).",
  ["2145", "17"])
Q("english", "Who signed the Dong Thap plan on building a learning society?",
  [(D, "Trương Thị Mỹ Duyên")],
  "It was signed by Vice Chairwoman Trương Thị Mỹ Duyên on behalf of the Provincial People's Committee (TM. Ủy ban nhân dân, KT. Chủ tịch, Phó Chủ tịch).",
  ["Trương Thị Mỹ Duyên"])
Q("english", "What is the total estimated budget of Dong Thap's 2026-2030 learning society plan?",
  [(D, "Tổng kinh phí dự kiến thực hiện Kế hoạch giai đoạn 2026 - 2030 là 46.800 triệu đồng")],
  "The total estimate is 46.800 triệu đồng (VND 46,800 million, i.e. about VND 46.8 billion) for 2026-2030.",
  ["46", "800"])
Q("english", "How much of Dong Thap's plan budget comes from the provincial budget?",
  [(D, "Ngân sách tỉnh: 24.500 triệu đồng")],
  "The provincial budget provides 24.500 triệu đồng (VND 24,500 million) of the 46.800 triệu total.",
  ["24", "500"])
Q("english", "What share of households in Dong Thap should be recognised as 'learning families' by 2030?",
  [(D, ROW_GDHT), (D, YEARS)],
  "78% of households by 2030 (Table 1: 65% in 2026, 68% in 2027, 71% in 2028, 74% in 2029, 78% in 2030).",
  ["78"])
Q("english", "What is Dong Thap's 2029 target for people aged 15 and over with basic digital skills?",
  [(D, "Tỷ lệ người dân từ 15 tuổi trở lên có kỹ năng số cơ bản 55% 62% 70% 76% 82%"), (D, YEARS)],
  "76% in 2029 (“Tỷ lệ người dân từ 15 tuổi trở lên có kỹ năng số cơ bản”).",
  ["76"])
Q("english", "Which agency is the standing body for Dong Thap's learning society plan?",
  [(D, "Là cơ quan thường trực, chủ trì, phối hợp với các sở, ngành, Ủy ban nhân dân các xã, phường triển khai thực hiện Kế hoạch")],
  "The Department of Education and Training (Sở Giáo dục và Đào tạo) is the standing body (“cơ quan thường trực”) that leads and coordinates implementation.",
  ["cơ quan thường trực"])
Q("english", "When and where does Dong Thap open its provincial Lifelong Learning Week in 2026?",
  [(D, "Tổ chức Tuần lễ hưởng ứng học tập suốt đời hằng năm vào tháng 10; năm 2026 tổ chức lễ khai mạc cấp tỉnh tại phường Cao Lãnh")],
  "The week is held every October (tháng 10); in 2026 the provincial opening ceremony takes place in phường Cao Lãnh.",
  ["10", "Cao Lãnh"])
Q("english", "How many literacy classes must Dong Thap open each year?",
  [(D, "Hằng năm, mở ít nhất 150 lớp xóa mù chữ và giáo dục sau biết chữ, ưu tiên các xã vùng biên giới và người dân tộc Khmer")],
  "At least 150 literacy and post-literacy classes a year, prioritising border communes and Khmer people.",
  ["150"])
Q("english", "By what date must agencies and communes send their budget estimates to Dong Thap's Department of Finance?",
  [(D, "gửi Sở Tài chính trước ngày 15/7 để tổng hợp, trình cấp có thẩm quyền")],
  "Before 15/7 (15 July) each year.",
  ["15/7"])
Q("english", "How many people per year should receive vocational training under the Department of Home Affairs in Dong Thap?",
  [(D, "phấn đấu đào tạo nghề cho ít nhất 25.000 người mỗi năm")],
  "At least 25.000 people (25,000) per year.",
  ["25", "000"])
Q("english", "What is the web address of Dong Thap's open learning portal?",
  [(D, "Xây dựng Cổng học tập mở Đồng Tháp tại địa chỉ hoctapmo.dongthap.gov.vn")],
  "The Cổng học tập mở Đồng Tháp is at hoctapmo.dongthap.gov.vn.",
  ["hoctapmo.dongthap.gov.vn"])
Q("english", "How often must Dong Thap's provincial press and broadcaster air the lifelong-learning segment?",
  [(D, "Mở chuyên mục “Học tập suốt đời”, phát sóng ít nhất 02 kỳ/tháng")],
  "At least 02 episodes a month (“ít nhất 02 kỳ/tháng”) of the “Học tập suốt đời” segment.",
  ["02"])
Q("english", "What is the number and date of Kbang commune's learning society plan?",
  [(K, "Số: 27/KH-UBND Kbang, ngày 22 tháng 01 năm 2026")],
  "Plan No. 27/KH-UBND of the Kbang Commune People's Committee, dated 22 January 2026 (“ngày 22 tháng 01 năm 2026”).",
  ["27", "22"])
Q("english", "Who signed the Kbang commune plan?",
  [(K, "Đinh Văn Hyên")],
  "The commune chairman, Đinh Văn Hyên (TM. Ủy ban nhân dân, Chủ tịch).",
  ["Đinh Văn Hyên"])
Q("english", "What is the total budget of Kbang's 2026-2028 learning society plan?",
  [(K, "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2026 - 2028 dự kiến 945 triệu đồng")],
  "An estimated 945 triệu đồng (VND 945 million) for 2026-2028.",
  ["945"])
Q("english", "How much provincial budget support does Kbang commune expect for the plan?",
  [(K, "ngân sách tỉnh hỗ trợ 210 triệu đồng")],
  "210 triệu đồng (VND 210 million) of provincial budget support.",
  ["210"])
Q("english", "According to the 2026 timeline annex of the Kbang plan, where is the Vietnam Book and Reading Culture Day held?",
  [(K, "Ngày Sách và Văn hóa đọc Việt Nam"), (K, "Tại nhà rông làng Kon Lanh")],
  "At the communal house (nhà rông) of Kon Lanh village (“Tại nhà rông làng Kon Lanh”), in April according to the timeline.",
  ["Kon Lanh"])
Q("english", "How many literacy classes must Kbang open in its villages every year?",
  [(K, "mở ít nhất 04 lớp xóa mù chữ tại các làng đồng bào Ba Na")],
  "At least 04 literacy classes a year in the Ba Na villages.",
  ["04"])
Q("english", "What share of Kbang households should be learning families in 2028?",
  [(K, "c) Năm 2028:"), (K, "68% hộ gia đình đạt danh hiệu “Gia đình học tập”")],
  "68% of households in 2028.",
  ["68"])
Q("english", "By what date must Kbang's community learning centre and schools report their results each year?",
  [(K, "Trung tâm học tập cộng đồng và các trường học báo cáo kết quả thực hiện trước ngày 30/11 hằng năm")],
  "Before 30/11 (30 November) each year.",
  ["30/11"])
Q("english", "Which body is the standing agency for the Kbang commune plan?",
  [(K, "1. Phòng Văn hóa - Xã hội: là cơ quan thường trực")],
  "The commune's Phòng Văn hóa - Xã hội (Culture and Social Affairs Division) is the standing agency (“cơ quan thường trực”).",
  ["Phòng Văn hóa - Xã hội"])
Q("english", "Which provincial plan does the Kbang commune plan implement?",
  [(K, "Căn cứ Kế hoạch số 318/KH-UBND ngày 05/12/2025 của Ủy ban nhân dân tỉnh Gia Lai")],
  "Gia Lai Provincial People's Committee's Plan No. 318/KH-UBND of 05/12/2025 on building a learning society in Gia Lai 2026-2030.",
  ["318", "05/12/2025"])

# ================================================================ follow_up (24)
Q("follow_up", "Còn năm 2030?",
  [(D, ROW_GDHT), (D, YEARS)],
  "Năm 2030: 78% hộ gia đình đạt danh hiệu “Gia đình học tập”.", ["78%"],
  H("Tỷ lệ hộ gia đình đạt “Gia đình học tập” của Đồng Tháp năm 2026 là bao nhiêu?", "Theo Bảng 1, năm 2026 là 65%."))
Q("follow_up", "Còn Sở Y tế?",
  [(D, "Phối hợp với các trung tâm học tập cộng đồng tuyên truyền kiến thức chăm sóc sức khỏe ban đầu, dinh dưỡng, phòng chống dịch bệnh cho người dân"),
   (D, "Hướng dẫn các trạm y tế xã, phường tham gia tổ chức chuyên đề về chăm sóc người cao tuổi tại trung tâm học tập cộng đồng")],
  "Sở Y tế phối hợp với các trung tâm học tập cộng đồng tuyên truyền kiến thức chăm sóc sức khỏe ban đầu, dinh dưỡng, phòng chống dịch bệnh, và hướng dẫn các trạm y tế xã, phường tổ chức chuyên đề về chăm sóc người cao tuổi tại trung tâm học tập cộng đồng.",
  ["chăm sóc sức khỏe ban đầu", "người cao tuổi"],
  H("Trong kế hoạch XHHT tỉnh Đồng Tháp, Sở Tài chính có nhiệm vụ gì?", "Sở Tài chính tham mưu bố trí kinh phí trong dự toán hằng năm, hướng dẫn quản lý, thanh quyết toán, thẩm định dự toán Cổng học tập mở."))
Q("follow_up", "Trong đó nguồn xã hội hóa bao nhiêu?",
  [(D, "Nguồn xã hội hóa và các nguồn hợp pháp khác: 8.000 triệu đồng")],
  "Nguồn xã hội hóa và các nguồn hợp pháp khác: 8.000 triệu đồng.", ["8.000"],
  H("Tổng kinh phí kế hoạch XHHT Đồng Tháp 2026 - 2030 là bao nhiêu?", "46.800 triệu đồng."))
Q("follow_up", "Kinh phí cho việc đó bao nhiêu?",
  [(D, "Kinh phí xây dựng và duy trì Cổng học tập mở Đồng Tháp là 1.200 triệu đồng, trong đó năm 2026 bố trí 800 triệu đồng để xây dựng")],
  "Kinh phí xây dựng và duy trì Cổng học tập mở Đồng Tháp là 1.200 triệu đồng: 800 triệu đồng năm 2026 để xây dựng, từ năm 2027 mỗi năm 100 triệu đồng để duy trì.",
  ["1.200", "800"],
  H("Ai chủ trì xây dựng Cổng học tập mở Đồng Tháp?", "Sở Giáo dục và Đào tạo chủ trì, hoàn thành trong quý IV/2026."))
Q("follow_up", "Còn năm 2028?",
  [(D, "Tỷ lệ trung tâm học tập cộng đồng được đánh giá xếp loại Tốt 50% - 60% - 75%"), (D, YEARS)],
  "Năm 2028: 60% trung tâm học tập cộng đồng được xếp loại Tốt.", ["60%"],
  H("Tỷ lệ TTHTCĐ xếp loại Tốt của Đồng Tháp năm 2026?", "50%."))
Q("follow_up", "Cơ quan đó phải báo cáo Bộ Giáo dục và Đào tạo trước ngày nào?",
  [(D, "Sở Giáo dục và Đào tạo tổng hợp, tham mưu Ủy ban nhân dân tỉnh báo cáo Bộ Giáo dục và Đào tạo trước ngày 20/12 hằng năm")],
  "Sở Giáo dục và Đào tạo tổng hợp, tham mưu UBND tỉnh báo cáo Bộ Giáo dục và Đào tạo trước ngày 20/12 hằng năm.", ["20/12"],
  H("Cơ quan thường trực của kế hoạch XHHT Đồng Tháp là ai?", "Sở Giáo dục và Đào tạo."))
Q("follow_up", "Còn Công an tỉnh thì sao?",
  [(D, "Chỉ đạo Công an các xã, phường phối hợp tuyên truyền, phổ biến pháp luật, phòng chống tội phạm sử dụng công nghệ cao; hướng dẫn người dân sử dụng tài khoản định danh điện tử")],
  "Công an tỉnh chỉ đạo Công an các xã, phường phối hợp tuyên truyền, phổ biến pháp luật, phòng chống tội phạm sử dụng công nghệ cao, hướng dẫn người dân sử dụng tài khoản định danh điện tử; đồng thời tổ chức học tập nâng cao trình độ cho cán bộ, chiến sĩ.",
  ["công nghệ cao", "định danh điện tử"],
  H("Kế hoạch Đồng Tháp giao Sở Y tế làm gì?", "Phối hợp với các TTHTCĐ tuyên truyền chăm sóc sức khỏe ban đầu, dinh dưỡng, phòng chống dịch bệnh."))
Q("follow_up", "Thế năm 2029?",
  [(D, "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ 32% 34% 36% 38% 40%"), (D, YEARS)],
  "Năm 2029: 38% lao động qua đào tạo có bằng cấp, chứng chỉ.", ["38%"],
  H("Bảng 1 Đồng Tháp: tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ năm 2026?", "32%."))
Q("follow_up", "Còn tổng kết?",
  [(D, "tổng kết thực hiện Kế hoạch vào quý IV/2030")],
  "Tổng kết thực hiện Kế hoạch vào quý IV/2030.", ["quý IV/2030"],
  H("Đồng Tháp sơ kết giữa kỳ kế hoạch XHHT khi nào?", "Quý IV/2028."))
Q("follow_up", "And for youth union members trained in digital skills, what is the 2030 target?",
  [(D, "Tỷ lệ đoàn viên, thanh niên được tập huấn kỹ năng số 60% 65% 70% 75% 80%"), (D, YEARS)],
  "80% of youth union members and young people trained in digital skills by 2030 (“Tỷ lệ đoàn viên, thanh niên được tập huấn kỹ năng số”).",
  ["80"],
  H("What is Dong Thap's 2026 target for people aged 15+ with basic digital skills?", "55%."))
Q("follow_up", "Vậy kế hoạch của tỉnh Đồng Tháp giao gì cho Ủy ban nhân dân các xã, phường?",
  [(D, "Xây dựng kế hoạch xây dựng xã hội học tập của địa phương; bố trí kinh phí, cơ sở vật chất cho trung tâm học tập cộng đồng"),
   (D, "báo cáo kết quả về Sở Giáo dục và Đào tạo trước ngày 30/11 hằng năm")],
  "UBND các xã, phường xây dựng kế hoạch của địa phương; bố trí kinh phí, cơ sở vật chất cho trung tâm học tập cộng đồng; kiện toàn Ban Giám đốc trung tâm sau sắp xếp; chỉ đạo ấp, khu phố đánh giá, công nhận các danh hiệu học tập; báo cáo kết quả về Sở Giáo dục và Đào tạo trước ngày 30/11 hằng năm.",
  ["bố trí kinh phí", "30/11"],
  H("Kế hoạch xây dựng xã hội học tập của phường Mỹ Tho đặt chỉ tiêu gì?", REFUSE + " Chưa có kế hoạch riêng của phường Mỹ Tho trong các tài liệu đã nạp."))
Q("follow_up", "Thế kế hoạch của tỉnh Đồng Tháp hiện nay nói gì về việc hợp nhất hai tỉnh?",
  [(D, "trên địa bàn tỉnh Đồng Tháp sau khi hợp nhất tỉnh Tiền Giang và tỉnh Đồng Tháp"),
   (D, "Thống nhất áp dụng một bộ tiêu chí đánh giá các mô hình học tập trên toàn tỉnh từ năm 2026")],
  "Kế hoạch triển khai trên địa bàn tỉnh Đồng Tháp sau khi hợp nhất tỉnh Tiền Giang và tỉnh Đồng Tháp; đặt mục đích thống nhất các mô hình học tập, chỉ tiêu, cách đánh giá khác nhau ở hai tỉnh trước hợp nhất, và thống nhất áp dụng một bộ tiêu chí đánh giá các mô hình học tập trên toàn tỉnh từ năm 2026.",
  ["Tiền Giang", "một bộ tiêu chí"],
  H("Tỉnh Tiền Giang đặt chỉ tiêu xây dựng xã hội học tập giai đoạn 2026 - 2030 thế nào?", REFUSE))
Q("follow_up", "Còn năm 2027?",
  [(K, "12/24 thôn, làng đạt danh hiệu “Cộng đồng học tập” cấp thôn")],
  "Năm 2027: 12/24 thôn, làng đạt danh hiệu “Cộng đồng học tập” cấp thôn.", ["12/24"],
  H("Năm 2026 xã Kbang phải có bao nhiêu thôn, làng đạt Cộng đồng học tập?", "9/24 thôn, làng."))
Q("follow_up", "Còn năm 2028?",
  [(K, "năm 2028 là 335 triệu đồng")],
  "Năm 2028 là 335 triệu đồng.", ["335"],
  H("Kinh phí kế hoạch XHHT xã Kbang năm 2026 là bao nhiêu?", "295 triệu đồng."))
Q("follow_up", "Phòng đó còn được giao gì trong phần tổ chức thực hiện?",
  [(K, "2. Phòng Kinh tế: chủ trì lồng ghép nội dung học tập vào các chương trình mục tiêu quốc gia giảm nghèo bền vững")],
  "Phòng Kinh tế chủ trì lồng ghép nội dung học tập vào các chương trình mục tiêu quốc gia giảm nghèo bền vững và phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số, đồng thời tham mưu bố trí kinh phí thực hiện Kế hoạch.",
  ["giảm nghèo bền vững"],
  H("Ở Kbang ai chuyển giao kỹ thuật trồng cà phê, mì, chăn nuôi bò?", "Phòng Kinh tế cùng Hội Nông dân xã, theo mùa vụ."))
Q("follow_up", "Cơ quan đó báo cáo lên tỉnh vào những thời điểm nào?",
  [(K, "báo cáo Ủy ban nhân dân tỉnh (qua Sở Giáo dục và Đào tạo) 6 tháng trước ngày 15/6 và hằng năm trước ngày 10/12")],
  "Phòng Văn hóa - Xã hội tham mưu UBND xã báo cáo UBND tỉnh (qua Sở Giáo dục và Đào tạo): 6 tháng trước ngày 15/6, hằng năm trước ngày 10/12.",
  ["15/6", "10/12"],
  H("Cơ quan thường trực kế hoạch XHHT xã Kbang là ai?", "Phòng Văn hóa - Xã hội."))
Q("follow_up", "Mỗi năm mở ít nhất bao nhiêu lớp?",
  [(K, "mở ít nhất 04 lớp xóa mù chữ tại các làng đồng bào Ba Na")],
  "Hằng năm mở ít nhất 04 lớp xóa mù chữ tại các làng đồng bào Ba Na.", ["04 lớp"],
  H("Lớp xóa mù chữ ở Kbang mở vào thời gian nào?", "Tháng 6 - tháng 8 hằng năm, do TTHTCĐ xã và các trường tiểu học thực hiện."))
Q("follow_up", "Vậy năm 2028?",
  [(K, "55% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản")],
  "Năm 2028: 55% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản.", ["55%"],
  H("Tỷ lệ người dân có kỹ năng số cơ bản ở Kbang năm 2027?", "45%."))
Q("follow_up", "And where is its opening held?",
  [(K, "Khai mạc tại nhà rông làng Kon Lanh")],
  "According to the 2026 timeline annex, it opens at the communal house of Kon Lanh village (“Khai mạc tại nhà rông làng Kon Lanh”).",
  ["Kon Lanh"],
  H("Who organises the Lifelong Learning Week in Kbang, and when?", "The Culture and Social Affairs Division with the community learning centre, every October."))
Q("follow_up", "Thế còn ở xã Kbang, chỉ tiêu Gia đình học tập năm 2026 là bao nhiêu?",
  [(K, "60% hộ gia đình đạt danh hiệu “Gia đình học tập”")],
  "Năm 2026, xã Kbang đặt chỉ tiêu 60% hộ gia đình đạt danh hiệu “Gia đình học tập”.", ["60%"],
  H("Kế hoạch XHHT của xã Sơn Lang có chỉ tiêu gì?", REFUSE))
Q("follow_up", "Ở xã Kbang thì sao?",
  [(K, "Tổ chức Tuần lễ hưởng ứng học tập suốt đời"), (K, "Tháng 10 hằng năm")],
  "Ở xã Kbang, Tuần lễ hưởng ứng học tập suốt đời cũng tổ chức vào Tháng 10 hằng năm, do Phòng Văn hóa - Xã hội và Trung tâm học tập cộng đồng xã thực hiện.",
  ["Tháng 10"],
  H("Đồng Tháp tổ chức Tuần lễ hưởng ứng học tập suốt đời khi nào?", "Tháng 10 hằng năm; năm 2026 khai mạc cấp tỉnh tại phường Cao Lãnh."))
Q("follow_up", "Ngoài ra sở đó còn phải lồng ghép nội dung gì?",
  [(D, "Lồng ghép nội dung ứng phó với biến đổi khí hậu, xâm nhập mặn vào các chương trình học tập tại cộng đồng")],
  "Sở Nông nghiệp và Môi trường còn lồng ghép nội dung ứng phó với biến đổi khí hậu, xâm nhập mặn vào các chương trình học tập tại cộng đồng.",
  ["biến đổi khí hậu", "xâm nhập mặn"],
  H("Sở Nông nghiệp và Môi trường Đồng Tháp tổ chức bao nhiêu lớp tập huấn mỗi năm?", "Ít nhất 200 lớp tập huấn mỗi năm."))
Q("follow_up", "How much of it comes from the commune budget?",
  [(K, "ngân sách xã 585 triệu đồng")],
  "585 triệu đồng (VND 585 million) comes from the commune budget (ngân sách xã).", ["585"],
  H("What is Kbang's total learning-society budget for 2026-2028?", "945 million VND."))
Q("follow_up", "Họ phải báo cáo trước ngày nào?",
  [(K, "Trưởng thôn, làng báo cáo kết quả bình xét các danh hiệu học tập về Phòng Văn hóa - Xã hội trước ngày 25/11 hằng năm")],
  "Trưởng thôn, làng báo cáo kết quả bình xét các danh hiệu học tập về Phòng Văn hóa - Xã hội trước ngày 25/11 hằng năm.",
  ["25/11"],
  H("Trưởng thôn, làng ở Kbang có nhiệm vụ gì?", "Vận động Nhân dân học tập, tổ chức bình xét “Gia đình học tập” tại thôn, làng và báo cáo về Phòng Văn hóa - Xã hội."))

# ================================================================ unanswerable (34)
U("Kế hoạch xây dựng xã hội học tập của phường Mỹ Tho đặt chỉ tiêu “Gia đình học tập” năm 2027 là bao nhiêu?",
  REFUSE + " Không có kế hoạch của phường Mỹ Tho; kế hoạch tỉnh Đồng Tháp không nêu chỉ tiêu riêng cho phường này.", ["my tho"])
U("Xã Cái Bè (Đồng Tháp) phải có bao nhiêu ấp đạt “Cộng đồng học tập” năm 2028?",
  REFUSE + " Không có kế hoạch của xã Cái Bè; kế hoạch tỉnh chỉ đặt tỷ lệ chung toàn tỉnh.", ["cai be"])
U("Xã Sơn Lang (Gia Lai) năm 2027 phải có bao nhiêu làng đạt danh hiệu Cộng đồng học tập?",
  REFUSE + " Chỉ có kế hoạch của xã Kbang; xã Sơn Lang không có kế hoạch được nạp.", ["son lang"])
U("Xã Đak Rong có kế hoạch xây dựng xã hội học tập năm 2026 không, kinh phí bao nhiêu?",
  REFUSE + " Không có kế hoạch của xã Đak Rong trong các tài liệu đã nạp.", ["dak rong"])
U("Kế hoạch số 318/KH-UBND của tỉnh Gia Lai đặt chỉ tiêu kỹ năng số năm 2030 là bao nhiêu?",
  REFUSE + " Kế hoạch 318/KH-UBND của tỉnh Gia Lai chỉ được xã Kbang trích dẫn làm căn cứ; nội dung của nó không có trong các tài liệu đã nạp.")
U("Who signed Gia Lai province's Plan 318/KH-UBND on building a learning society?",
  REFUSE_EN + " Plan 318/KH-UBND is only cited by the Kbang commune plan; its text and signer are not loaded.")
U("Theo kế hoạch của tỉnh Gia Lai, Sở Giáo dục và Đào tạo Gia Lai được giao những nhiệm vụ gì về xây dựng xã hội học tập?",
  REFUSE + " Kế hoạch của tỉnh Gia Lai không được nạp; kế hoạch xã Kbang chỉ nêu việc báo cáo UBND tỉnh qua Sở Giáo dục và Đào tạo.")
U("Huyện Kbang giao Phòng Giáo dục và Đào tạo huyện nhiệm vụ gì trong xây dựng xã hội học tập?",
  REFUSE + " Không có kế hoạch của huyện Kbang (cấp huyện không còn sau sắp xếp); kế hoạch xã Kbang không nhắc đến Phòng Giáo dục và Đào tạo.",
  ["huyen kbang", "phong giao duc"], [K])
U("Năm 2030 xã Kbang phấn đấu bao nhiêu phần trăm hộ đạt “Gia đình học tập”?",
  REFUSE + " Kế hoạch xã Kbang chỉ đặt chỉ tiêu cho các năm 2026, 2027 và 2028 (60%, 64%, 68%); không có chỉ tiêu năm 2030.")
U("Tỷ lệ người dân có kỹ năng số cơ bản của xã Kbang năm 2026 là bao nhiêu?",
  REFUSE + " Chỉ tiêu kỹ năng số của xã Kbang chỉ được đặt cho năm 2027 (45%) và năm 2028 (55%); năm 2026 không có.")
U("Đồng Tháp đặt chỉ tiêu bao nhiêu phần trăm trung tâm học tập cộng đồng xếp loại Tốt vào năm 2027?",
  REFUSE + " Bảng 1 để trống (“-”) năm 2027 và năm 2029 cho chỉ tiêu này; chỉ có 50% (2026), 60% (2028), 75% (2030).")
U("Chỉ tiêu “Gia đình học tập” của tỉnh Đồng Tháp năm 2035 là bao nhiêu?",
  REFUSE + " Kế hoạch Đồng Tháp chỉ đặt chỉ tiêu đến năm 2030.", ["2035"], [D])
U("Tỷ lệ người dân sử dụng thư viện điện tử ở Đồng Tháp phải đạt bao nhiêu phần trăm?",
  REFUSE + " Kế hoạch chỉ nêu “nâng cao tỷ lệ người dân sử dụng thư viện điện tử” mà không đặt con số.")
U("Xã Kbang phải có bao nhiêu dòng họ đạt danh hiệu “Dòng họ học tập”?",
  REFUSE + " Kế hoạch xã Kbang chỉ khuyến khích xây dựng mô hình “Dòng họ học tập”, không đặt chỉ tiêu số lượng hay tỷ lệ.")
U("Hiện nay tỉnh Đồng Tháp có bao nhiêu trung tâm học tập cộng đồng?",
  REFUSE + " Kế hoạch chỉ yêu cầu mỗi xã, phường duy trì một trung tâm, không nêu số trung tâm hiện có.")
U("Năm 2025 tỷ lệ hộ đạt “Gia đình học tập” của Đồng Tháp là bao nhiêu?",
  REFUSE + " Kế hoạch không nêu kết quả các năm trước; Bảng 1 bắt đầu từ năm 2026.")
U("Xã Kbang hiện có bao nhiêu người mù chữ?",
  REFUSE + " Kế hoạch xã Kbang không nêu số người mù chữ hiện nay.")
U("Hộ gia đình ở Đồng Tháp không đạt danh hiệu “Gia đình học tập” có bị xử phạt không?",
  REFUSE + " Kế hoạch không quy định chế tài nào.", ["xu phat", "xu ly", "ky luat", "che tai"], [D])
U("Xã Kbang thưởng bao nhiêu tiền cho mỗi gia đình đạt danh hiệu “Gia đình học tập”?",
  REFUSE + " Kế hoạch chỉ đề nghị Hội Khuyến học xã khen thưởng học sinh nghèo vượt khó, không nêu mức thưởng cho gia đình.")
U("Kinh phí tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2026 của tỉnh Đồng Tháp là bao nhiêu?",
  REFUSE + " Kế hoạch không tách kinh phí cho Tuần lễ; chỉ nêu tổng kinh phí, mức hỗ trợ mỗi trung tâm và kinh phí Cổng học tập mở.")
U("Ngân sách cấp xã của Đồng Tháp bố trí cho năm 2028 là bao nhiêu?",
  REFUSE + " Ngân sách cấp xã chỉ được nêu cho cả giai đoạn 2026 - 2030 (14.300 triệu đồng), không chia theo năm.")
U("Kinh phí dành riêng cho các lớp xóa mù chữ ở xã Kbang là bao nhiêu?",
  REFUSE + " Kế hoạch xã Kbang không tách kinh phí cho lớp xóa mù chữ.")
U("Trong kế hoạch xã Kbang, Bộ Chỉ huy Quân sự tỉnh được giao nhiệm vụ gì?",
  REFUSE + " Kế hoạch xã Kbang không nhắc đến Bộ Chỉ huy Quân sự tỉnh (chỉ có Ban Chỉ huy Quân sự xã).", ["bo chi huy"], [K])
U("Kế hoạch tỉnh Đồng Tháp giao Trung tâm Phục vụ hành chính công nhiệm vụ gì?",
  REFUSE + " Kế hoạch Đồng Tháp không nhắc đến Trung tâm Phục vụ hành chính công.", ["phuc vu hanh chinh"], [D])
U("Sở Công Thương Đồng Tháp có nhiệm vụ gì trong kế hoạch xây dựng xã hội học tập?",
  REFUSE + " Kế hoạch Đồng Tháp không giao nhiệm vụ cho Sở Công Thương.", ["cong thuong"], [D])
U("Theo kế hoạch xã Kbang, Hội Người cao tuổi xã làm gì?",
  REFUSE + " Kế hoạch xã Kbang không nhắc đến Hội Người cao tuổi.", ["nguoi cao tuoi"], [K])
U("Hạt Kiểm lâm có nhiệm vụ gì trong kế hoạch xây dựng xã hội học tập của xã Kbang?",
  REFUSE + " Kế hoạch xã Kbang không nhắc đến Hạt Kiểm lâm (nội dung bảo vệ rừng giao cho Ban Quản lý Khu bảo tồn Kon Chư Răng và Phòng Kinh tế).",
  ["kiem lam"], [K])
U("How many learning families does Tien Giang province target for 2027?",
  REFUSE_EN + " No plan of Tiền Giang is loaded; the Đồng Tháp plan mentions Tiền Giang only as the province merged into Đồng Tháp.")
U("What penalty applies to villages in Kbang that miss their learning targets?",
  REFUSE_EN + " The Kbang plan sets no sanctions.", ["xu phat", "ky luat", "che tai"], [K])
U("How much did Kbang commune spend on building a learning society in 2025?",
  REFUSE_EN + " The plan covers 2026-2028 and gives no past spending.")
U("Nghị quyết số 15-NQ/TU của Ban Thường vụ Tỉnh ủy Đồng Tháp đặt chỉ tiêu gì cho năm 2030?",
  REFUSE + " Nghị quyết 15-NQ/TU chỉ được trích dẫn làm căn cứ; nội dung, chỉ tiêu của nó không có trong các tài liệu đã nạp.")
U("Mỗi học viên lớp xóa mù chữ ở Đồng Tháp được hỗ trợ bao nhiêu tiền?",
  REFUSE + " Kế hoạch Đồng Tháp không nêu mức hỗ trợ cho học viên.", ["hoc vien"], [D])
U("Còn năm 2030 thì sao?",
  REFUSE + " Kế hoạch xã Kbang chỉ đặt chỉ tiêu đến năm 2028; không có chỉ tiêu kỹ năng số năm 2030.",
  history=H("Chỉ tiêu kỹ năng số cơ bản của xã Kbang năm 2028?", "55% người dân từ 15 tuổi trở lên."))
U("Ở thành phố Pleiku thì chỉ tiêu này thế nào?",
  REFUSE + " Không có kế hoạch nào của Pleiku được nạp.", ["pleiku"],
  history=H("Xã Kbang đặt chỉ tiêu bao nhiêu hộ đạt Gia đình học tập năm 2026?", "60%."))


def main():
    problems, rows = [], []
    for n, q in enumerate(Qs, 1):
        qid = f"k32-{n:03d}"
        docs = []
        for d, _ in q["ev"]:
            if d not in docs:
                docs.append(d)
        for d, span in q["ev"]:
            if cs.norm(span) not in cs.text_of(d):
                problems.append(f"{qid}: span missing in {d}: {span!r}")
        for kf in q["kf"]:
            if cs.norm(kf).lower() not in cs.norm(q["answer"]).lower():
                problems.append(f"{qid}: key fact {kf!r} not in answer")
            if not any(cs.norm(kf).lower() in cs.norm(s).lower() for _, s in q["ev"]):
                problems.append(f"{qid}: key fact {kf!r} not in evidence")
        if q["probes"]:
            probes, against = q["probes"]
            for p in probes:
                for d in against:
                    if fold(p) in fold(cs.text_of(d)):
                        problems.append(f"{qid}: probe {p!r} occurs in {d}")
        rows.append({"id": qid, "question": q["question"], "type": q["type"], "docs": docs,
                     "evidence": [{"doc": d, "span": s} for d, s in q["ev"]], "answer": q["answer"],
                     "key_facts": q["kf"], "history": q["history"]})
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(unicodedata.normalize("NFC", json.dumps(r, ensure_ascii=False)) + "\n")
    counts = {}
    for r in rows:
        counts[r["type"]] = counts.get(r["type"], 0) + 1
    print(len(rows), "->", OUT, dict(sorted(counts.items())))


if __name__ == "__main__":
    main()
