"""Write eval/sets/newplans36.jsonl (set 36, held out) and check it against the plans as check_sets.py extracts them.

    python eval/sets/src36/questions_src36.py

Refuses to write if an evidence span is missing from its plan, a key fact is missing from its answer or from its cited
spans, or an unanswerable question's probe (an accent-free regex) occurs in the plans it is checked against.
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

T = "trieuson_168-KH-UBND_2024.md"
K = "kimlien_42-KH-UBND_2026.pdf"
HUE, ML, HN, CT, AL = ("000_4550be4bb11189cd.txt", "001_7bafa58816a5de75.txt", "002_797e8de6131c77f9.txt",
                       "003_1a817ee72b993e3e.txt", "004_b1b28019b71edc03.txt")
ALL = [T, K, HUE, ML, HN, CT, AL]
T_HEAD = "TT | Chỉ tiêu | Năm 2025 | Năm 2027 | Năm 2030"
K_HEAD = "TT Chỉ tiêu Năm 2026 Năm 2027 Năm 2028"
REFUSE = "Các kế hoạch đã nạp không có thông tin này."

Q = []


def q(typ, question, answer, ev=(), kf=(), hist=(), probe=None, probe_docs=None):
    docs = []
    for d, _ in ev:
        if d not in docs:
            docs.append(d)
    Q.append({"id": None, "question": question, "type": typ, "docs": docs,
              "evidence": [{"doc": d, "span": s} for d, s in ev], "answer": answer, "key_facts": list(kf),
              "history": [{"role": r, "content": c} for r, c in hist], "_probe": probe, "_probe_docs": probe_docs})


def un(question, answer, probe=None, docs=None, hist=()):
    q("unanswerable", question, answer, hist=hist, probe=probe, probe_docs=docs)


# ---------------- agency_tasks (14)
q("agency_tasks", "Theo kế hoạch của huyện Triệu Sơn, Phòng Nội vụ có nhiệm vụ gì?",
  "Phòng Nội vụ: “Chủ trì hướng dẫn đánh giá, công nhận danh hiệu “Đơn vị học tập” đối với các cơ quan, đơn vị cấp huyện và Ủy ban nhân dân cấp xã”; “Tham mưu bồi dưỡng, nâng cao trình độ cho đội ngũ cán bộ, công chức, viên chức; đưa kết quả học tập vào đánh giá, xếp loại cán bộ hằng năm”; và tham mưu khen thưởng các tập thể, cá nhân có thành tích xuất sắc.",
  [(T, "Chủ trì hướng dẫn đánh giá, công nhận danh hiệu “Đơn vị học tập” đối với các cơ quan, đơn vị cấp huyện và Ủy ban nhân dân cấp xã"),
   (T, "Tham mưu bồi dưỡng, nâng cao trình độ cho đội ngũ cán bộ, công chức, viên chức")],
  ["Đơn vị học tập", "bồi dưỡng"])
q("agency_tasks", "Phòng Lao động - Thương binh và Xã hội huyện Triệu Sơn được giao làm gì trong kế hoạch xây dựng xã hội học tập?",
  "Phòng Lao động - Thương binh và Xã hội “Chủ trì triển khai đào tạo nghề cho lao động nông thôn, gắn đào tạo với giải quyết việc làm; phấn đấu mỗi năm đào tạo nghề cho ít nhất 1.500 lao động”, và phối hợp với Trung tâm GDNN - GDTX huyện khảo sát nhu cầu học nghề.",
  [(T, "Chủ trì triển khai đào tạo nghề cho lao động nông thôn, gắn đào tạo với giải quyết việc làm; phấn đấu mỗi năm đào tạo nghề cho ít nhất 1.500 lao động")],
  ["đào tạo nghề", "1.500"])
q("agency_tasks", "Trung tâm Văn hóa, Thông tin, Thể thao và Du lịch huyện Triệu Sơn có trách nhiệm gì?",
  "Trung tâm “Duy trì chuyên mục “Học tập suốt đời” trên sóng truyền thanh huyện với thời lượng 02 kỳ/tháng” và đưa tin, bài về các mô hình, điển hình học tập trên trang thông tin điện tử của huyện.",
  [(T, "Duy trì chuyên mục “Học tập suốt đời” trên sóng truyền thanh huyện với thời lượng 02 kỳ/tháng")],
  ["Học tập suốt đời", "02 kỳ/tháng"])
q("agency_tasks", "Công an huyện Triệu Sơn tham gia kế hoạch xây dựng xã hội học tập như thế nào?",
  "Công an huyện: “Đẩy mạnh phong trào học tập trong cán bộ, chiến sĩ; phối hợp tuyên truyền pháp luật tại Trung tâm học tập cộng đồng” và bảo đảm an ninh, trật tự trong các hoạt động hưởng ứng Tuần lễ hưởng ứng học tập suốt đời.",
  [(T, "Đẩy mạnh phong trào học tập trong cán bộ, chiến sĩ; phối hợp tuyên truyền pháp luật tại Trung tâm học tập cộng đồng")],
  ["tuyên truyền pháp luật"])
q("agency_tasks", "Ban Chỉ huy Quân sự huyện Triệu Sơn làm gì theo kế hoạch?",
  "Ban Chỉ huy Quân sự huyện: “Tổ chức học tập, bồi dưỡng kiến thức cho lực lượng dân quân tự vệ; phối hợp tuyên truyền về quốc phòng, an ninh tại cơ sở”.",
  [(T, "Tổ chức học tập, bồi dưỡng kiến thức cho lực lượng dân quân tự vệ; phối hợp tuyên truyền về quốc phòng, an ninh tại cơ sở")],
  ["dân quân tự vệ"])
q("agency_tasks", "Nhiệm vụ của Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Triệu Sơn là gì?",
  "Trung tâm GDNN - GDTX huyện: “Mở các lớp bổ túc văn hóa, bồi dưỡng kỹ năng nghề ngắn hạn; tổ chức ít nhất 15 lớp/năm tại các Trung tâm học tập cộng đồng”, và phối hợp với Phòng Lao động - Thương binh và Xã hội đào tạo nghề cho lao động nông thôn.",
  [(T, "Mở các lớp bổ túc văn hóa, bồi dưỡng kỹ năng nghề ngắn hạn; tổ chức ít nhất 15 lớp/năm tại các Trung tâm học tập cộng đồng")],
  ["bổ túc văn hóa", "15 lớp/năm"])
q("agency_tasks", "Kế hoạch Triệu Sơn đề nghị Hội Khuyến học huyện làm gì?",
  "Hội Khuyến học huyện được đề nghị: “Chủ trì đánh giá, công nhận các danh hiệu “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” cấp thôn; vận động xây dựng Quỹ khuyến học, khuyến tài các cấp”; và phối hợp với Phòng GD&ĐT “tổ chức trao học bổng “Tiếp bước đến trường” cho ít nhất 100 học sinh có hoàn cảnh khó khăn mỗi năm”.",
  [(T, "Chủ trì đánh giá, công nhận các danh hiệu “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” cấp thôn"),
   (T, "tổ chức trao học bổng “Tiếp bước đến trường” cho ít nhất 100 học sinh có hoàn cảnh khó khăn mỗi năm")],
  ["Tiếp bước đến trường", "100 học sinh"])
q("agency_tasks", "Phòng Kinh tế xã Kim Liên có nhiệm vụ gì trong kế hoạch xây dựng xã hội học tập?",
  "Phòng Kinh tế: “Chủ trì tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách xã hằng năm; phối hợp tổ chức các lớp chuyển giao khoa học kỹ thuật nông nghiệp cho người dân”.",
  [(K, "Chủ trì tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách xã hằng năm; phối hợp tổ chức các lớp chuyển giao khoa học kỹ thuật nông nghiệp cho người dân")],
  ["dự toán ngân sách xã", "khoa học kỹ thuật nông nghiệp"])
q("agency_tasks", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã Kim Liên được giao việc gì?",
  "Văn phòng HĐND và UBND xã: “Chủ trì đánh giá, công nhận danh hiệu “Đơn vị học tập” đối với các cơ quan, đơn vị trên địa bàn xã; đưa tin về các hoạt động học tập trên trang thông tin điện tử xã”.",
  [(K, "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã: Chủ trì đánh giá, công nhận danh hiệu “Đơn vị học tập” đối với các cơ quan, đơn vị trên địa bàn xã")],
  ["Đơn vị học tập"])
q("agency_tasks", "Trung tâm Phục vụ hành chính công xã Kim Liên có nhiệm vụ gì?",
  "Trung tâm Phục vụ hành chính công xã: “Chủ trì thiết lập và vận hành “Điểm học tập số”; cử công chức hướng dẫn người dân thực hiện dịch vụ công trực tuyến vào sáng thứ Bảy hằng tuần”.",
  [(K, "Chủ trì thiết lập và vận hành “Điểm học tập số”; cử công chức hướng dẫn người dân thực hiện dịch vụ công trực tuyến vào sáng thứ Bảy hằng tuần")],
  ["Điểm học tập số", "sáng thứ Bảy"])
q("agency_tasks", "Công an xã Kim Liên làm gì theo kế hoạch này?",
  "Công an xã: “Phối hợp tuyên truyền pháp luật, phòng chống tội phạm công nghệ cao tại Trung tâm học tập cộng đồng; hướng dẫn người dân kích hoạt, sử dụng tài khoản định danh điện tử”.",
  [(K, "Công an xã: Phối hợp tuyên truyền pháp luật, phòng chống tội phạm công nghệ cao tại Trung tâm học tập cộng đồng; hướng dẫn người dân kích hoạt, sử dụng tài khoản định danh điện tử")],
  ["tội phạm công nghệ cao", "định danh điện tử"])
q("agency_tasks", "Trạm Y tế xã Kim Liên phải làm gì?",
  "Trạm Y tế xã: “Phối hợp tổ chức chuyên đề chăm sóc sức khỏe ban đầu, dinh dưỡng và phòng bệnh cho người cao tuổi, phụ nữ và trẻ em ít nhất 02 lần/năm”.",
  [(K, "Trạm Y tế xã: Phối hợp tổ chức chuyên đề chăm sóc sức khỏe ban đầu, dinh dưỡng và phòng bệnh cho người cao tuổi, phụ nữ và trẻ em ít nhất 02 lần/năm")],
  ["chăm sóc sức khỏe ban đầu", "02 lần/năm"])
q("agency_tasks", "Kế hoạch của xã Kim Liên đề nghị Ban Quản lý Khu di tích Kim Liên làm gì?",
  "Đề nghị Ban Quản lý Khu di tích Kim Liên: “Phối hợp với Ủy ban nhân dân xã bồi dưỡng kiến thức lịch sử, văn hóa cho người dân làm dịch vụ du lịch; hỗ trợ tài liệu, báo cáo viên cho Trung tâm học tập cộng đồng xã”.",
  [(K, "Đề nghị Ban Quản lý Khu di tích Kim Liên: Phối hợp với Ủy ban nhân dân xã bồi dưỡng kiến thức lịch sử, văn hóa cho người dân làm dịch vụ du lịch")],
  ["lịch sử, văn hóa", "dịch vụ du lịch"])
q("agency_tasks", "Trưởng các xóm ở Kim Liên có trách nhiệm gì?",
  "Trưởng các xóm: “Tuyên truyền, vận động hộ gia đình, dòng họ đăng ký và thực hiện danh hiệu học tập; tổng hợp kết quả bình xét của xóm báo cáo Trung tâm học tập cộng đồng xã trước ngày 25/11 hằng năm”.",
  [(K, "Trưởng các xóm: Tuyên truyền, vận động hộ gia đình, dòng họ đăng ký và thực hiện danh hiệu học tập"),
   (K, "tổng hợp kết quả bình xét của xóm báo cáo Trung tâm học tập cộng đồng xã trước ngày 25/11 hằng năm")],
  ["vận động hộ gia đình", "25/11"])

# ---------------- target (12)
q("target", "Huyện Triệu Sơn đặt chỉ tiêu bao nhiêu phần trăm hộ gia đình đạt “Gia đình học tập” vào năm 2030?",
  "82% (bảng chỉ tiêu: “Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình học tập”” 70% năm 2025, 75% năm 2027, 82% năm 2030).",
  [(T, "1 | Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình học tập” | 70% | 75% | 82%"), (T, T_HEAD)], ["82%"])
q("target", "Chỉ tiêu cơ quan, đơn vị đạt danh hiệu “Đơn vị học tập” năm 2027 của huyện Triệu Sơn là bao nhiêu?",
  "80% vào năm 2027 (75% năm 2025, 88% năm 2030).",
  [(T, "4 | Tỷ lệ cơ quan, đơn vị đạt danh hiệu “Đơn vị học tập” | 75% | 80% | 88%"), (T, T_HEAD)], ["80%"])
q("target", "Năm 2025 huyện Triệu Sơn phấn đấu bao nhiêu phần trăm người dân từ 15 tuổi trở lên được công nhận “Công dân học tập”?",
  "30% vào năm 2025 (năm 2030 là 50%; bảng để trống “-” ở năm 2027).",
  [(T, "6 | Tỷ lệ người dân từ 15 tuổi trở lên được công nhận “Công dân học tập” | 30% | - | 50%"), (T, T_HEAD)], ["30%"])
q("target", "Đến năm 2030, tỷ lệ người lao động được trang bị kỹ năng số cơ bản ở Triệu Sơn phải đạt bao nhiêu?",
  "80% vào năm 2030 (45% năm 2025, 60% năm 2027).",
  [(T, "7 | Tỷ lệ người lao động được trang bị kỹ năng số cơ bản | 45% | 60% | 80%"), (T, T_HEAD)], ["80%"])
q("target", "Tỷ lệ lao động qua đào tạo của huyện Triệu Sơn năm 2025 là bao nhiêu?",
  "70% vào năm 2025 và 78% vào năm 2030; trong đó có bằng cấp, chứng chỉ đạt 30% (2025) và 40% (2030). (Con số 68% trong bản thảo đã bị gạch bỏ.)",
  [(T, "Tỷ lệ lao động qua đào tạo đạt 70% vào năm 2025 và 78% vào năm 2030")], ["70%"])
q("target", "Đến năm 2030 Triệu Sơn đặt mục tiêu tỷ lệ biết chữ bao nhiêu?",
  "Duy trì 100% xã, thị trấn đạt chuẩn xóa mù chữ mức độ 2; đến năm 2030 “tỷ lệ người trong độ tuổi từ 15 đến 60 biết chữ đạt 99,2%”.",
  [(T, "đến năm 2030, tỷ lệ người trong độ tuổi từ 15 đến 60 biết chữ đạt 99,2%")], ["99,2%"])
q("target", "Đến năm 2030 bao nhiêu phần trăm Trung tâm học tập cộng đồng ở Triệu Sơn được xếp loại Tốt?",
  "“Đến năm 2030, 85% Trung tâm học tập cộng đồng được đánh giá xếp loại Tốt.”",
  [(T, "Đến năm 2030, 85% Trung tâm học tập cộng đồng được đánh giá xếp loại Tốt")], ["85%"])
q("target", "Năm 2027, tỷ lệ xã, thị trấn đạt “Cộng đồng học tập” cấp xã ở Triệu Sơn là bao nhiêu?",
  "50% vào năm 2027 (40% năm 2025, 65% năm 2030).",
  [(T, "5 | Tỷ lệ xã, thị trấn đạt danh hiệu “Cộng đồng học tập” cấp xã | 40% | 50% | 65%"), (T, T_HEAD)], ["50%"])
q("target", "Xã Kim Liên phấn đấu bao nhiêu phần trăm hộ gia đình đạt “Gia đình học tập” năm 2028?",
  "83% vào năm 2028 (Bảng 1: 78% năm 2026, 80% năm 2027, 83% năm 2028).",
  [(K, "1 Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình học tập” 78% 80% 83%"), (K, K_HEAD)], ["83%"])
q("target", "Năm 2027 xã Kim Liên có bao nhiêu xóm đạt danh hiệu “Cộng đồng học tập”?",
  "20/26 xóm vào năm 2027 (18/26 năm 2026, 23/26 năm 2028).",
  [(K, "3 Số xóm đạt danh hiệu “Cộng đồng học tập” 18/26 20/26 23/26"), (K, K_HEAD)], ["20/26"])
q("target", "Chỉ tiêu người dân có kỹ năng số cơ bản của xã Kim Liên năm 2026 là bao nhiêu?",
  "55% năm 2026 (65% năm 2027, 75% năm 2028).",
  [(K, "4 Tỷ lệ người dân có kỹ năng số cơ bản 55% 65% 75%"), (K, K_HEAD)], ["55%"])
q("target", "Mỗi năm xã Kim Liên mở bao nhiêu lớp tiếng Anh giao tiếp du lịch?",
  "“Mỗi năm mở ít nhất 02 lớp tiếng Anh giao tiếp du lịch với khoảng 60 học viên là người dân làm dịch vụ tại Khu di tích Kim Liên.”",
  [(K, "Mỗi năm mở ít nhất 02 lớp tiếng Anh giao tiếp du lịch với khoảng 60 học viên là người dân làm dịch vụ tại Khu di tích Kim Liên")],
  ["02 lớp", "60 học viên"])

# ---------------- deadline (8)
q("deadline", "Ủy ban nhân dân các xã, thị trấn ở Triệu Sơn phải xây dựng kế hoạch thực hiện trước ngày nào?",
  "“Xây dựng kế hoạch thực hiện trên địa bàn, hoàn thành trước ngày 30/7/2024.”",
  [(T, "Xây dựng kế hoạch thực hiện trên địa bàn, hoàn thành trước ngày 30/7/2024")], ["30/7/2024"])
q("deadline", "Nền tảng học tập trực tuyến “Triệu Sơn học tập” phải đưa vào vận hành khi nào?",
  "Hoàn thành và đưa vào vận hành trong quý II/2025 (tích hợp trên Cổng thông tin điện tử huyện).",
  [(T, "Xây dựng nền tảng học tập trực tuyến “Triệu Sơn học tập” tích hợp trên Cổng thông tin điện tử huyện; hoàn thành và đưa vào vận hành trong quý II/2025")],
  ["quý II/2025"])
q("deadline", "Khi nào huyện Triệu Sơn sơ kết và tổng kết kế hoạch xây dựng xã hội học tập?",
  "Phòng GD&ĐT tham mưu UBND huyện “tổ chức sơ kết giữa kỳ vào quý IV/2027 và tổng kết thực hiện Kế hoạch vào quý IV/2030”.",
  [(T, "tổ chức sơ kết giữa kỳ vào quý IV/2027 và tổng kết thực hiện Kế hoạch vào quý IV/2030")], ["quý IV/2027", "quý IV/2030"])
q("deadline", "UBND các xã, thị trấn ở Triệu Sơn báo cáo kết quả về Phòng Giáo dục và Đào tạo trước ngày nào?",
  "Trước ngày 30/11 hằng năm (“Báo cáo kết quả thực hiện về Phòng Giáo dục và Đào tạo trước ngày 30/11 hằng năm”; hạn 15/11 trong bản thảo đã bị gạch bỏ).",
  [(T, "Báo cáo kết quả thực hiện về Phòng Giáo dục và Đào tạo trước ngày 30/11 hằng năm")], ["30/11"])
q("deadline", "“Điểm học tập số” của xã Kim Liên phải hoàn thành trước ngày nào?",
  "Trước ngày 30/6/2026: thiết lập “Điểm học tập số” tại Trung tâm Phục vụ hành chính công xã, “hoàn thành trước ngày 30/6/2026”.",
  [(K, "Thiết lập “Điểm học tập số” tại Trung tâm Phục vụ hành chính công xã"), (K, "hoàn BẢN SAO thành trước ngày 30/6/2026")],
  ["30/6/2026"])
q("deadline", "Mô hình “Xóm du lịch học tập” ở Kim Liên hoàn thành khi nào?",
  "Trong quý IV/2026, tại xóm Sen 1 và xóm Hoàng Trù.",
  [(K, "Xây dựng mô hình “Xóm du lịch học tập” tại xóm Sen 1 và xóm Hoàng Trù, hoàn thành trong quý IV/2026")], ["quý IV/2026"])
q("deadline", "Ở xã Kim Liên, các phòng, đơn vị phải gửi báo cáo kết quả về Phòng Văn hóa - Xã hội trước ngày nào?",
  "“Các phòng, đơn vị báo cáo kết quả thực hiện về Phòng Văn hóa - Xã hội trước ngày 05/12 hằng năm.”",
  [(K, "Các phòng, đơn vị báo cáo kết quả thực hiện về Phòng Văn hóa - Xã hội trước ngày 05/12 hằng năm")], ["05/12"])
q("deadline", "Kim Liên sơ kết và tổng kết kế hoạch vào thời gian nào?",
  "Phòng Văn hóa - Xã hội “tham mưu sơ kết vào quý III/2027 và tổng kết vào quý IV/2028”.",
  [(K, "tham mưu sơ kết vào quý III/2027 và tổng kết vào quý IV/2028")], ["quý III/2027", "quý IV/2028"])

# ---------------- funding (7)
q("funding", "Tổng kinh phí thực hiện kế hoạch xây dựng xã hội học tập huyện Triệu Sơn giai đoạn 2024 - 2030 là bao nhiêu?",
  "9.600 triệu đồng (Chín tỷ, sáu trăm triệu đồng): ngân sách huyện 4.200 triệu đồng, ngân sách xã, thị trấn 3.000 triệu đồng, xã hội hóa và nguồn hợp pháp khác 2.400 triệu đồng.",
  [(T, "Tổng kinh phí dự kiến thực hiện Kế hoạch giai đoạn 2024 - 2030 là 9.600 triệu đồng (Chín tỷ, sáu trăm triệu đồng)")],
  ["9.600 triệu đồng"])
q("funding", "Ngân sách huyện Triệu Sơn chi bao nhiêu cho kế hoạch này?",
  "Ngân sách huyện: 4.200 triệu đồng (trên tổng 9.600 triệu đồng).",
  [(T, "Ngân sách huyện: 4.200 triệu đồng")], ["4.200 triệu đồng"])
q("funding", "Giai đoạn 2026 - 2030 Triệu Sơn dự kiến bao nhiêu kinh phí?",
  "“giai đoạn 2026 - 2030 là 7.200 triệu đồng” (giai đoạn 2024 - 2025 là 2.400 triệu đồng).",
  [(T, "Phân kỳ: giai đoạn 2024 - 2025 là 2.400 triệu đồng; giai đoạn 2026 - 2030 là 7.200 triệu đồng")], ["7.200 triệu đồng"])
q("funding", "Mỗi Trung tâm học tập cộng đồng ở Triệu Sơn được ngân sách huyện hỗ trợ bao nhiêu?",
  "“Ngân sách huyện hỗ trợ mỗi Trung tâm học tập cộng đồng 20 triệu đồng/năm.”",
  [(T, "Ngân sách huyện hỗ trợ mỗi Trung tâm học tập cộng đồng 20 triệu đồng/năm")], ["20 triệu đồng/năm"])
q("funding", "Kế hoạch xã Kim Liên cần tổng kinh phí bao nhiêu và từ những nguồn nào?",
  "1.380 triệu đồng, gồm: ngân sách xã 780 triệu đồng; nguồn xã hội hóa 450 triệu đồng; Quỹ khuyến học xã và các nguồn hợp pháp khác 150 triệu đồng.",
  [(K, "1.380 triệu đồng (Một tỷ, ba trăm tám mươi triệu đồng), gồm: ngân sách xã 780 triệu đồng; nguồn xã hội hóa 450 triệu đồng; Quỹ khuyến học xã và các nguồn hợp pháp khác 150 triệu đồng")],
  ["1.380 triệu đồng", "780 triệu đồng", "450 triệu đồng", "150 triệu đồng"])
q("funding", "Năm 2027 xã Kim Liên bố trí bao nhiêu kinh phí cho kế hoạch?",
  "460 triệu đồng (phân kỳ: 2026 là 420, 2027 là 460, 2028 là 500 triệu đồng).",
  [(K, "Phân kỳ theo năm: năm 2026 là 420 triệu đồng; năm 2027 là 460 triệu đồng; năm 2028 là 500 triệu đồng")], ["460 triệu đồng"])
q("funding", "Ngân sách xã Kim Liên dành bao nhiêu cho Trung tâm học tập cộng đồng và lớp tiếng Anh?",
  "Trung tâm học tập cộng đồng xã 40 triệu đồng/năm; lớp tiếng Anh giao tiếp du lịch 25 triệu đồng/năm.",
  [(K, "Ngân sách xã bố trí cho hoạt động của Trung tâm học tập cộng đồng xã 40 triệu đồng/năm; kinh phí mở lớp tiếng Anh giao tiếp du lịch 25 triệu đồng/năm")],
  ["40 triệu đồng/năm", "25 triệu đồng/năm"])

# ---------------- legal_basis (4)
q("legal_basis", "Kế hoạch xây dựng xã hội học tập của huyện Triệu Sơn căn cứ vào những văn bản nào?",
  "Luật Tổ chức chính quyền địa phương 2015 (sửa đổi 2019); Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ; Kế hoạch số 245/KH-UBND ngày 15/10/2021 của UBND tỉnh Thanh Hóa; Nghị quyết số 12-NQ/HU ngày 20/3/2023 của Ban Chấp hành Đảng bộ huyện Triệu Sơn.",
  [(T, "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ"),
   (T, "Căn cứ Kế hoạch số 245/KH-UBND ngày 15 tháng 10 năm 2021 của Ủy ban nhân dân tỉnh Thanh Hóa"),
   (T, "Căn cứ Nghị quyết số 12-NQ/HU ngày 20 tháng 3 năm 2023 của Ban Chấp hành Đảng bộ huyện Triệu Sơn")],
  ["1373/QĐ-TTg", "245/KH-UBND", "12-NQ/HU"])
q("legal_basis", "UBND huyện Triệu Sơn ban hành kế hoạch này theo tờ trình nào?",
  "Theo đề nghị của Phòng Giáo dục và Đào tạo tại Tờ trình số 96/TTr-PGDĐT ngày 05 tháng 6 năm 2024.",
  [(T, "Xét đề nghị của Phòng Giáo dục và Đào tạo tại Tờ trình số 96/TTr-PGDĐT ngày 05 tháng 6 năm 2024")], ["96/TTr-PGDĐT"])
q("legal_basis", "Kế hoạch của xã Kim Liên thực hiện theo kế hoạch của tỉnh và nghị quyết nào?",
  "Căn cứ Kế hoạch số 521/KH-UBND ngày 10/12/2025 của UBND tỉnh Nghệ An và Nghị quyết số 05-NQ/ĐU ngày 12/01/2026 của Ban Chấp hành Đảng bộ xã Kim Liên (cùng Luật Tổ chức chính quyền địa phương 2025 và Quyết định 1373/QĐ-TTg).",
  [(K, "Căn cứ Kế hoạch số 521/KH-UBND ngày 10 tháng 12 năm 2025 của Ủy ban nhân dân tỉnh Nghệ An"),
   (K, "Căn cứ Nghị quyết số 05-NQ/ĐU ngày 12 tháng 01 năm 2026 của Ban Chấp hành Đảng bộ xã Kim Liên")],
  ["521/KH-UBND", "05-NQ/ĐU"])
q("legal_basis", "Xã Kim Liên đánh giá, công nhận Gia đình học tập, Dòng họ học tập theo thông tư nào?",
  "Theo Thông tư số 44/2014/TT-BGDĐT.",
  [(K, "“Cộng đồng học tập” cấp xóm theo Thông tư số 44/2014/TT-BGDĐT")], ["44/2014/TT-BGDĐT"])

# ---------------- purpose (3)
q("purpose", "Mục đích của kế hoạch xây dựng xã hội học tập huyện Triệu Sơn là gì?",
  "Cụ thể hóa Đề án và Kế hoạch 245/KH-UBND của tỉnh; “Tạo cơ hội bình đẳng để mọi người dân trên địa bàn huyện, nhất là người dân các xã miền núi, người lao động nông thôn và người cao tuổi, được học tập suốt đời”; nâng cao vai trò của các cấp, góp phần xây dựng huyện đạt chuẩn nông thôn mới nâng cao.",
  [(T, "Tạo cơ hội bình đẳng để mọi người dân trên địa bàn huyện, nhất là người dân các xã miền núi, người lao động nông thôn và người cao tuổi, được học tập suốt đời"),
   (T, "góp phần xây dựng huyện Triệu Sơn đạt chuẩn nông thôn mới nâng cao")],
  ["cơ hội bình đẳng", "nông thôn mới nâng cao"])
q("purpose", "Kế hoạch của xã Kim Liên nhằm mục đích gì?",
  "Triển khai kịp thời Kế hoạch 521/KH-UBND của tỉnh sau sắp xếp đơn vị hành chính; “Phát huy truyền thống hiếu học của quê hương Chủ tịch Hồ Chí Minh”, tạo cơ hội học tập suốt đời; và “Gắn xây dựng xã hội học tập với phát triển du lịch văn hóa, giữ gìn và phát huy giá trị Khu di tích Kim Liên”.",
  [(K, "Phát huy truyền thống hiếu học của quê hương Chủ tịch Hồ Chí Minh"),
   (K, "Gắn xây dựng xã hội học tập với phát triển du lịch văn hóa, giữ gìn và phát huy giá trị Khu di tích Kim Liên")],
  ["truyền thống hiếu học", "du lịch văn hóa"])
q("purpose", "Kế hoạch Triệu Sơn đặt ra yêu cầu gì khi triển khai?",
  "Các đơn vị, xã xác định rõ nhiệm vụ, chủ động xây dựng kế hoạch; “Việc triển khai phải gắn với các chương trình phát triển kinh tế - xã hội, chuyển đổi số và xây dựng nông thôn mới của huyện”; thường xuyên kiểm tra, đánh giá, định kỳ sơ kết, tổng kết.",
  [(T, "Việc triển khai phải gắn với các chương trình phát triển kinh tế - xã hội, chuyển đổi số và xây dựng nông thôn mới của huyện")],
  ["chuyển đổi số", "nông thôn mới"])

# ---------------- task_section (5)
q("task_section", "Phần ứng dụng công nghệ thông tin, chuyển đổi số trong kế hoạch Triệu Sơn gồm những nội dung gì?",
  "III.4: xây dựng nền tảng “Triệu Sơn học tập” tích hợp trên Cổng thông tin điện tử huyện (vận hành quý II/2025); phát triển kho học liệu số với ít nhất 200 học liệu vào năm 2027; tổ chức lớp hướng dẫn kỹ năng số cơ bản tại TTHTCĐ và nhà văn hóa thôn, phối hợp với Tổ công nghệ số cộng đồng.",
  [(T, "Xây dựng nền tảng học tập trực tuyến “Triệu Sơn học tập” tích hợp trên Cổng thông tin điện tử huyện"),
   (T, "Phát triển kho học liệu số dùng chung với ít nhất 200 học liệu vào năm 2027"),
   (T, "Tổ chức các lớp hướng dẫn kỹ năng số cơ bản cho người dân tại Trung tâm học tập cộng đồng và nhà văn hóa thôn")],
  ["Triệu Sơn học tập", "200 học liệu"])
q("task_section", "Triệu Sơn làm gì để phát triển văn hóa đọc và thư viện?",
  "III.5: củng cố Thư viện huyện, thư viện trường học; xây dựng tủ sách cộng đồng tại nhà văn hóa thôn, tiểu khu, phấn đấu đến năm 2030 có 80% thôn, tiểu khu có tủ sách; luân chuyển sách giữa Thư viện huyện và các TTHTCĐ ít nhất 02 lần/năm.",
  [(T, "phấn đấu đến năm 2030 có 80% thôn, tiểu khu có tủ sách"),
   (T, "Tổ chức luân chuyển sách giữa Thư viện huyện và các Trung tâm học tập cộng đồng ít nhất 02 lần/năm")],
  ["80%", "02 lần/năm"])
q("task_section", "Giải pháp nâng cao hiệu quả Trung tâm học tập cộng đồng của huyện Triệu Sơn gồm những gì?",
  "III.2: kiện toàn ban giám đốc, bố trí cán bộ phụ trách TTHTCĐ ở 34 xã, thị trấn; đổi mới nội dung gắn chuyên đề với sản xuất nông nghiệp, trồng mía, chăn nuôi và sản phẩm OCOP; phối hợp với Trung tâm GDNN - GDTX mở lớp kỹ năng nghề ngắn hạn tại TTHTCĐ.",
  [(T, "Kiện toàn ban giám đốc, bố trí cán bộ phụ trách Trung tâm học tập cộng đồng ở 34 xã, thị trấn"),
   (T, "gắn chuyên đề với sản xuất nông nghiệp, trồng mía, chăn nuôi và phát triển sản phẩm OCOP của địa phương")],
  ["34 xã, thị trấn", "trồng mía"])
q("task_section", "Nhiệm vụ học tập gắn với phát triển du lịch văn hóa ở xã Kim Liên gồm những gì?",
  "III.5: phối hợp với Ban Quản lý Khu di tích Kim Liên mở lớp bồi dưỡng kiến thức lịch sử, văn hóa, kỹ năng phục vụ du khách; xây dựng mô hình “Xóm du lịch học tập” tại xóm Sen 1 và xóm Hoàng Trù (quý IV/2026); cho học sinh tham gia hoạt động “Em làm hướng dẫn viên nhí” tại Khu di tích vào dịp hè.",
  [(K, "Xây dựng mô hình “Xóm du lịch học tập” tại xóm Sen 1 và xóm Hoàng Trù"),
   (K, "Tổ chức cho học sinh các trường tham gia hoạt động “Em làm hướng dẫn viên nhí” tại Khu di tích Kim Liên vào dịp hè hằng năm")],
  ["Xóm du lịch học tập", "Em làm hướng dẫn viên nhí"])
q("task_section", "Kim Liên củng cố Trung tâm học tập cộng đồng xã bằng những việc gì?",
  "III.2: sắp xếp, kiện toàn TTHTCĐ xã trên cơ sở các TTHTCĐ của các xã cũ; tổ chức chuyên đề về trồng trọt, chăn nuôi, dịch vụ du lịch, phòng chống lừa đảo trên không gian mạng, sức khỏe người cao tuổi; duy trì sinh hoạt định kỳ vào tối thứ Năm hằng tuần và lập sổ theo dõi người học theo từng xóm.",
  [(K, "Sắp xếp, kiện toàn Trung tâm học tập cộng đồng xã trên cơ sở các Trung tâm học tập cộng đồng của các xã cũ"),
   (K, "Duy trì sinh hoạt định kỳ của Trung tâm học tập cộng đồng xã vào tối thứ Năm hằng tuần")],
  ["các xã cũ", "tối thứ Năm hằng tuần"])

# ---------------- cross_plan (6)
q("cross_plan", "Cơ quan thường trực của kế hoạch huyện Triệu Sơn và của kế hoạch Hà Nội là cơ quan nào?",
  "Triệu Sơn: Phòng Giáo dục và Đào tạo “Là cơ quan thường trực”; Hà Nội: Sở Giáo dục và Đào tạo “Là cơ quan thường trực, giúp Ủy ban nhân dân Thành phố tổ chức triển khai thực hiện Kế hoạch”.",
  [(T, "1. Phòng Giáo dục và Đào tạo - Là cơ quan thường trực, chủ trì, phối hợp với các phòng, ban, đơn vị và Ủy ban nhân dân các xã, thị trấn triển khai thực hiện Kế hoạch"),
   (HN, "1. Sở Giáo dục và Đào tạo - Là cơ quan thường trực, giúp Ủy ban nhân dân Thành phố tổ chức triển khai thực hiện Kế hoạch")],
  ["cơ quan thường trực", "Phòng Giáo dục và Đào tạo", "Sở Giáo dục và Đào tạo"])
q("cross_plan", "Ai ký kế hoạch của xã Kim Liên và ai ký kế hoạch của Huế?",
  "Kim Liên: CHỦ TỊCH Nguyễn Đình Hùng (TM. Ủy ban nhân dân xã; người ký “SAO Y BẢN CHÍNH” Hoàng Thị Lan Anh chỉ sao y). Huế: KT. CHỦ TỊCH, PHÓ CHỦ TỊCH Nguyễn Thanh Bình.",
  [(K, "Nguyễn Đình Hùng"), (HUE, "Nguyễn Thanh Bình")], ["Nguyễn Đình Hùng", "Nguyễn Thanh Bình"])
q("cross_plan", "Tuần lễ hưởng ứng học tập suốt đời được tổ chức vào thời gian nào theo kế hoạch Triệu Sơn và kế hoạch Kim Liên?",
  "Cả hai đều từ ngày 01/10 đến ngày 07/10: Triệu Sơn hằng năm hưởng ứng Tuần lễ (từ ngày 01/10 đến ngày 07/10); Kim Liên tổ chức Ngày hội học tập suốt đời của xã trong Tuần lễ từ ngày 01/10 đến ngày 07/10 hằng năm.",
  [(T, "Tuần lễ hưởng ứng học tập suốt đời (từ ngày 01/10 đến ngày 07/10)"),
   (K, "Tuần lễ hưởng ứng học tập suốt đời từ ngày 01/10 đến ngày 07/10 hằng năm")],
  ["01/10", "07/10"])
q("cross_plan", "Kế hoạch huyện An Lão và kế hoạch huyện Triệu Sơn lần lượt thực hiện kế hoạch nào của cấp trên?",
  "An Lão: “Thực hiện Kế hoạch số 108 /KH-UBND ngày 06/5/2025” của UBND thành phố Hải Phòng; Triệu Sơn: căn cứ Kế hoạch số 245/KH-UBND ngày 15/10/2021 của UBND tỉnh Thanh Hóa.",
  [(AL, "Thực hiện Kế hoạch số 108 /KH-UBND ngày 06/5/2025"),
   (T, "Căn cứ Kế hoạch số 245/KH-UBND ngày 15 tháng 10 năm 2021 của Ủy ban nhân dân tỉnh Thanh Hóa")],
  ["108", "245/KH-UBND"])
q("cross_plan", "So sánh chỉ tiêu “Gia đình học tập” năm 2027 của huyện Triệu Sơn và xã Kim Liên.",
  "Năm 2027: Triệu Sơn 75% hộ gia đình, Kim Liên 80% — Kim Liên cao hơn 5 điểm phần trăm.",
  [(T, "1 | Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình học tập” | 70% | 75% | 82%"), (T, T_HEAD),
   (K, "1 Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình học tập” 78% 80% 83%"), (K, K_HEAD)],
  ["75%", "80%"])
q("cross_plan", "Kế hoạch Mỹ Lộc và kế hoạch Triệu Sơn do ai ký?",
  "Cả hai do Phó Chủ tịch ký thay Chủ tịch (KT. CHỦ TỊCH): Mỹ Lộc — Lê Quang Huy; Triệu Sơn — Lê Thị Thu Hà.",
  [(ML, "Lê Quang Huy"), (T, "KT. CHỦ TỊCH PHÓ CHỦ TỊCH (Đã ký) Lê Thị Thu Hà")],
  ["Lê Quang Huy", "Lê Thị Thu Hà"])

# ---------------- no_diacritics (8)
q("no_diacritics", "trung tam hoc tap cong dong trieu son bo tri can bo o bao nhieu xa thi tran",
  "Ở 34 xã, thị trấn: “Kiện toàn ban giám đốc, bố trí cán bộ phụ trách Trung tâm học tập cộng đồng ở 34 xã, thị trấn”.",
  [(T, "bố trí cán bộ phụ trách Trung tâm học tập cộng đồng ở 34 xã, thị trấn")], ["34 xã, thị trấn"])
q("no_diacritics", "ty le thon tieu khu dat cong dong hoc tap nam 2027 huyen trieu son",
  "62% thôn, tiểu khu đạt “Cộng đồng học tập” năm 2027 (55% năm 2025, 70% năm 2030).",
  [(T, "3 | Tỷ lệ thôn, tiểu khu đạt danh hiệu “Cộng đồng học tập” | 55% | 62% | 70%"), (T, T_HEAD)], ["62%"])
q("no_diacritics", "kim lien ty le lao dong qua dao tao nam 2028",
  "68% năm 2028 (62% năm 2026, 65% năm 2027).",
  [(K, "5 Tỷ lệ người lao động qua đào tạo 62% 65% 68%"), (K, K_HEAD)], ["68%"])
q("no_diacritics", "thu vien truong hoc huyen trieu son dat chuan vao nam nao",
  "“Đến năm 2027, 100% thư viện trường học trên địa bàn huyện đạt tiêu chuẩn theo quy định của Bộ Giáo dục và Đào tạo.”",
  [(T, "Đến năm 2027, 100% thư viện trường học trên địa bàn huyện đạt tiêu chuẩn")], ["2027", "100%"])
q("no_diacritics", "quy khuyen hoc xa kim lien phan dau dat bao nhieu tien",
  "Hội Khuyến học xã được đề nghị vận động xây dựng Quỹ khuyến học xã, “phấn đấu đạt 300 triệu đồng vào năm 2028”.",
  [(K, "vận động xây dựng Quỹ khuyến học xã, phấn đấu đạt 300 triệu đồng vào năm 2028")], ["300 triệu đồng"])
q("no_diacritics", "trieu son mo bao nhieu lop xoa mu chu moi nam",
  "“Mỗi năm mở ít nhất 12 lớp xóa mù chữ và sau xóa mù chữ cho người dân các xã miền núi Bình Sơn, Thọ Bình.”",
  [(T, "Mỗi năm mở ít nhất 12 lớp xóa mù chữ và sau xóa mù chữ cho người dân các xã miền núi Bình Sơn, Thọ Bình")],
  ["12 lớp", "Bình Sơn"])
q("no_diacritics", "ubnd xa kim lien bao cao so giao duc truoc ngay nao",
  "“Ủy ban nhân dân xã báo cáo Sở Giáo dục và Đào tạo tỉnh Nghệ An trước ngày 15/12 hằng năm.”",
  [(K, "Ủy ban nhân dân xã báo cáo Sở Giáo dục và Đào tạo tỉnh Nghệ An trước ngày 15/12 hằng năm")], ["15/12"])
q("no_diacritics", "ai ky ke hoach xay dung xa hoi hoc tap xa kim lien",
  "Kế hoạch do Nguyễn Đình Hùng, CHỦ TỊCH, ký thay mặt (TM.) Ủy ban nhân dân xã. (Hoàng Thị Lan Anh, Chánh Văn phòng, chỉ ký bản “SAO Y BẢN CHÍNH” số 07/SY-UBND.)",
  [(K, "Nơi nhận: TM. ỦY BAN NHÂN DÂN - Sở Giáo dục và Đào tạo tỉnh Nghệ An (b/c); CHỦ TỊCH"), (K, "Nguyễn Đình Hùng")], ["Nguyễn Đình Hùng", "CHỦ TỊCH"])

# ---------------- abbreviation (6)
q("abbreviation", "P.GD&ĐT huyện TS giữ vai trò gì trong KH XHHT?",
  "Phòng Giáo dục và Đào tạo huyện Triệu Sơn “Là cơ quan thường trực, chủ trì, phối hợp với các phòng, ban, đơn vị và Ủy ban nhân dân các xã, thị trấn triển khai thực hiện Kế hoạch”.",
  [(T, "Là cơ quan thường trực, chủ trì, phối hợp với các phòng, ban, đơn vị và Ủy ban nhân dân các xã, thị trấn triển khai thực hiện Kế hoạch")],
  ["cơ quan thường trực"])
q("abbreviation", "TTHTCĐ xã KL phải xd chương trình hđ hằng năm trước ngày nào?",
  "Trung tâm học tập cộng đồng xã Kim Liên: “Xây dựng chương trình hoạt động hằng năm trước ngày 31/01”.",
  [(K, "Trung tâm học tập cộng đồng xã: Xây dựng chương trình hoạt động hằng năm trước ngày 31/01")], ["31/01"])
q("abbreviation", "TT GDNN-GDTX huyện TS mở bn lớp/năm ở các TTHTCĐ?",
  "Ít nhất 15 lớp/năm tại các Trung tâm học tập cộng đồng.",
  [(T, "tổ chức ít nhất 15 lớp/năm tại các Trung tâm học tập cộng đồng")], ["15 lớp/năm"])
q("abbreviation", "BCHQS xã KL làm gì trong KH?",
  "Ban Chỉ huy Quân sự xã Kim Liên: “Tổ chức học tập, bồi dưỡng kiến thức quốc phòng, an ninh cho lực lượng dân quân; tham gia các hoạt động tình nguyện tại các xóm”.",
  [(K, "Ban Chỉ huy Quân sự xã: Tổ chức học tập, bồi dưỡng kiến thức quốc phòng, an ninh cho lực lượng dân quân")],
  ["quốc phòng, an ninh", "dân quân"])
q("abbreviation", "UBMTTQ VN huyện TS được đề nghị làm gì?",
  "Đề nghị Ủy ban MTTQ Việt Nam huyện và các tổ chức chính trị - xã hội: đẩy mạnh tuyên truyền, vận động đoàn viên, hội viên học tập; lồng ghép nội dung xây dựng xã hội học tập vào cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”.",
  [(T, "lồng ghép nội dung xây dựng xã hội học tập vào cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”")],
  ["Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"])
q("abbreviation", "P.VH-XH xã KL bc UBND xã trc ngày nào?",
  "Phòng Văn hóa - Xã hội xã Kim Liên theo dõi, tổng hợp kết quả, “báo cáo Ủy ban nhân dân xã trước ngày 10/12 hằng năm”.",
  [(K, "tổng hợp kết quả, báo cáo Ủy ban nhân dân xã trước ngày 10/12 hằng năm")], ["10/12"])

# ---------------- paraphrase (5)
q("paraphrase", "Huyện Triệu Sơn tính chi bao nhiêu tiền để làm cái trang học online của huyện?",
  "Kinh phí xây dựng nền tảng học tập trực tuyến “Triệu Sơn học tập” là 350 triệu đồng, bố trí trong năm 2025.",
  [(T, "kinh phí xây dựng nền tảng học tập trực tuyến “Triệu Sơn học tập” là 350 triệu đồng, bố trí trong năm 2025")],
  ["350 triệu đồng"])
q("paraphrase", "Ở Triệu Sơn, đến cuối giai đoạn thì bao nhiêu phần trăm thôn có tủ sách?",
  "Đến năm 2030 có 80% thôn, tiểu khu có tủ sách cộng đồng.",
  [(T, "phấn đấu đến năm 2030 có 80% thôn, tiểu khu có tủ sách")], ["80%"])
q("paraphrase", "Dân Kim Liên muốn được chỉ cách làm thủ tục trên mạng thì đến đâu, vào lúc nào?",
  "Đến “Điểm học tập số” tại Trung tâm Phục vụ hành chính công xã; công chức hướng dẫn người dân thực hiện dịch vụ công trực tuyến “vào sáng thứ Bảy hằng tuần”.",
  [(K, "Chủ trì thiết lập và vận hành “Điểm học tập số”; cử công chức hướng dẫn người dân thực hiện dịch vụ công trực tuyến vào sáng thứ Bảy hằng tuần")],
  ["Điểm học tập số", "sáng thứ Bảy"])
q("paraphrase", "Mỗi năm huyện Triệu Sơn định tặng học bổng cho bao nhiêu em học sinh nghèo?",
  "Ít nhất 100 học sinh có hoàn cảnh khó khăn mỗi năm, học bổng “Tiếp bước đến trường” (Hội Khuyến học huyện phối hợp với Phòng GD&ĐT).",
  [(T, "tổ chức trao học bổng “Tiếp bước đến trường” cho ít nhất 100 học sinh có hoàn cảnh khó khăn mỗi năm")],
  ["100 học sinh", "Tiếp bước đến trường"])
q("paraphrase", "Một năm Kim Liên muốn có bao nhiêu lượt bà con được chỉ dùng dịch vụ công online và app học tập?",
  "“Mỗi năm có ít nhất 300 lượt người dân được hướng dẫn sử dụng dịch vụ công trực tuyến và các ứng dụng học tập tại “Điểm học tập số” của xã.”",
  [(K, "Mỗi năm có ít nhất 300 lượt người dân được hướng dẫn sử dụng dịch vụ công trực tuyến và các ứng dụng học tập tại “Điểm học tập số” của xã")],
  ["300 lượt"])

# ---------------- english (22)
q("english", "What share of households in Triệu Sơn district should be recognised as “Gia đình học tập” by 2027?",
  "75% in 2027 (the table: “Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình học tập”” 70% for 2025, 75% for 2027, 82% for 2030).",
  [(T, "1 | Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình học tập” | 70% | 75% | 82%"), (T, T_HEAD)], ["75%"])
q("english", "Who signed the Triệu Sơn district plan, and in what capacity?",
  "Lê Thị Thu Hà, Vice Chairwoman, signing on behalf of the Chairman (TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH).",
  [(T, "KT. CHỦ TỊCH PHÓ CHỦ TỊCH (Đã ký) Lê Thị Thu Hà")], ["Lê Thị Thu Hà", "PHÓ CHỦ TỊCH"])
q("english", "What is the number and date of the Kim Liên commune plan?",
  "Plan No. 42/KH-UBND, dated 16 March 2026 (“Kim Liên, ngày 16 tháng 3 năm 2026”).",
  [(K, "Số: 42/KH-UBND Kim Liên, ngày 16 tháng 3 năm 2026")], ["42/KH-UBND", "16 tháng 3 năm 2026"])
q("english", "How much does the Kim Liên plan cost in total for 2026-2028?",
  "1.380 triệu đồng (1.38 billion VND): 780 from the commune budget, 450 from socialisation, 150 from the study-promotion fund and other lawful sources.",
  [(K, "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2026 - 2028 là 1.380 triệu đồng")], ["1.380"])
q("english", "Which office is the standing body (cơ quan thường trực) of the Kim Liên plan?",
  "The “Phòng Văn hóa - Xã hội” (Culture and Social Affairs Office): “Là cơ quan thường trực, tham mưu Ủy ban nhân dân xã triển khai thực hiện Kế hoạch”.",
  [(K, "Phòng Văn hóa - Xã hội: Là cơ quan thường trực, tham mưu Ủy ban nhân dân xã triển khai thực hiện Kế hoạch")],
  ["Phòng Văn hóa - Xã hội", "cơ quan thường trực"])
q("english", "How many rural workers per year should Triệu Sơn's labour office train in vocational skills?",
  "At least 1.500 workers per year (“phấn đấu mỗi năm đào tạo nghề cho ít nhất 1.500 lao động”).",
  [(T, "phấn đấu mỗi năm đào tạo nghề cho ít nhất 1.500 lao động")], ["1.500"])
q("english", "By what date must Triệu Sơn's communes and towns finish their own implementation plans?",
  "By 30/7/2024 (“hoàn thành trước ngày 30/7/2024”).",
  [(T, "Xây dựng kế hoạch thực hiện trên địa bàn, hoàn thành trước ngày 30/7/2024")], ["30/7/2024"])
q("english", "What share of workers in Kim Liên should have been trained (qua đào tạo) in 2027?",
  "65% in 2027 (62% in 2026, 68% in 2028).",
  [(K, "5 Tỷ lệ người lao động qua đào tạo 62% 65% 68%"), (K, K_HEAD)], ["65%"])
q("english", "Which provincial plan does the Kim Liên plan implement?",
  "Plan No. 521/KH-UBND of 10 December 2025 of the Nghệ An Provincial People's Committee on building a learning society after the administrative reorganisation, 2026-2030.",
  [(K, "Căn cứ Kế hoạch số 521/KH-UBND ngày 10 tháng 12 năm 2025 của Ủy ban nhân dân tỉnh Nghệ An")], ["521/KH-UBND", "Nghệ An"])
q("english", "When is the Lifelong Learning Week held according to the Triệu Sơn plan?",
  "Every year from 01/10 to 07/10 (“Tuần lễ hưởng ứng học tập suốt đời (từ ngày 01/10 đến ngày 07/10)”), alongside the Vietnam Book and Reading Culture Day on 21/4.",
  [(T, "Tuần lễ hưởng ứng học tập suốt đời (từ ngày 01/10 đến ngày 07/10)")], ["01/10", "07/10"])
q("english", "What does the Kim Liên commune health station have to do, and how often?",
  "Trạm Y tế xã co-organises talks on primary health care, nutrition and disease prevention for the elderly, women and children at least twice a year (“ít nhất 02 lần/năm”).",
  [(K, "Trạm Y tế xã: Phối hợp tổ chức chuyên đề chăm sóc sức khỏe ban đầu, dinh dưỡng và phòng bệnh cho người cao tuổi, phụ nữ và trẻ em ít nhất 02 lần/năm")],
  ["02 lần/năm"])
q("english", "How much of Triệu Sơn's budget is expected from socialisation and other lawful sources?",
  "2.400 triệu đồng (“Nguồn xã hội hóa và các nguồn hợp pháp khác: 2.400 triệu đồng”).",
  [(T, "Nguồn xã hội hóa và các nguồn hợp pháp khác: 2.400 triệu đồng")], ["2.400"])
q("english", "Who certified the copy (sao y bản chính) of the Kim Liên plan, and under what number?",
  "Hoàng Thị Lan Anh, Chánh Văn phòng (TL. CHỦ TỊCH), certified it as copy No. 07/SY-UBND on 18 March 2026; the plan itself is signed by Chairman Nguyễn Đình Hùng.",
  [(K, "SAO Y BẢN CHÍNH"), (K, "Số: 07/SY-UBND Kim Liên, ngày 18 tháng 3 năm 2026"), (K, "Hoàng Thị Lan Anh")],
  ["Hoàng Thị Lan Anh", "07/SY-UBND"])
q("english", "Where will Triệu Sơn pilot the “Công dân học tập” model, and from when?",
  "In thị trấn Triệu Sơn and thị trấn Nưa from 2025, then across the district from 2026.",
  [(T, "Thí điểm mô hình “Công dân học tập” tại thị trấn Triệu Sơn và thị trấn Nưa từ năm 2025, nhân rộng ra toàn huyện từ năm 2026")],
  ["Nưa", "2025", "2026"])
q("english", "How many topic sessions must each community learning centre in Triệu Sơn hold per year?",
  "At least 06 (“mỗi Trung tâm học tập cộng đồng tổ chức ít nhất 06 chuyên đề”).",
  [(T, "Hằng năm, mỗi Trung tâm học tập cộng đồng tổ chức ít nhất 06 chuyên đề")], ["06"])
q("english", "How many times a year are books rotated between Triệu Sơn's district library and the learning centres?",
  "At least twice a year (“ít nhất 02 lần/năm”).",
  [(T, "Tổ chức luân chuyển sách giữa Thư viện huyện và các Trung tâm học tập cộng đồng ít nhất 02 lần/năm")], ["02 lần/năm"])
q("english", "Which two hamlets will pilot the “Xóm du lịch học tập” model in Kim Liên?",
  "Xóm Sen 1 and xóm Hoàng Trù, to be completed in quý IV/2026.",
  [(K, "Xây dựng mô hình “Xóm du lịch học tập” tại xóm Sen 1 và xóm Hoàng Trù, hoàn thành trong quý IV/2026")],
  ["Sen 1", "Hoàng Trù"])
q("english", "By what date must Triệu Sơn's offices and units send their reports to the education office?",
  "By 05/12 every year (“gửi báo cáo kết quả thực hiện về Phòng Giáo dục và Đào tạo trước ngày 05/12 hằng năm”).",
  [(T, "Các phòng, ban, đơn vị gửi báo cáo kết quả thực hiện về Phòng Giáo dục và Đào tạo trước ngày 05/12 hằng năm")],
  ["05/12"])
q("english", "What share of Kim Liên's commune officials should be trained in digital skills?",
  "100% in each year 2026, 2027 and 2028 (“Tỷ lệ cán bộ, công chức xã được bồi dưỡng kỹ năng số”).",
  [(K, "6 Tỷ lệ cán bộ, công chức xã được bồi dưỡng kỹ năng số 100% 100% 100%"), (K, K_HEAD)], ["100%"])
q("english", "What share of trained workers in Triệu Sơn should hold degrees or certificates by 2030?",
  "40% by 2030 (30% in 2025): “trong đó có bằng cấp, chứng chỉ đạt 30% vào năm 2025 và 40% vào năm 2030”.",
  [(T, "trong đó có bằng cấp, chứng chỉ đạt 30% vào năm 2025 và 40% vào năm 2030")], ["40%"])
q("english", "What is the study-promotion fund target per commune in Triệu Sơn?",
  "An average of 100 triệu đồng or more per commune/town by 2030 (“Quỹ khuyến học đạt bình quân 100 triệu đồng trở lên vào năm 2030”).",
  [(T, "phấn đấu mỗi xã, thị trấn có Quỹ khuyến học đạt bình quân 100 triệu đồng trở lên vào năm 2030")], ["100", "2030"])
q("english", "How often will Kim Liên update its “Kim Liên học tập” web column?",
  "At least 04 articles a month (“cập nhật ít nhất 04 bài/tháng”) on the commune's website.",
  [(K, "Xây dựng chuyên mục “Kim Liên học tập” trên trang thông tin điện tử xã, cập nhật ít nhất 04 bài/tháng")], ["04 bài/tháng"])

# ---------------- follow_up (22 + 1 unanswerable with history)
q("follow_up", "Còn năm 2030?",
  "Năm 2030: 82% hộ gia đình đạt danh hiệu “Gia đình học tập”.",
  [(T, "1 | Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình học tập” | 70% | 75% | 82%"), (T, T_HEAD)], ["82%"],
  hist=[("user", "Tỷ lệ Gia đình học tập năm 2025 ở huyện Triệu Sơn là bao nhiêu?"), ("assistant", "Năm 2025 huyện Triệu Sơn đặt chỉ tiêu 70% hộ gia đình đạt danh hiệu “Gia đình học tập”.")])
q("follow_up", "Cơ quan đó tổ chức sơ kết khi nào?",
  "Phòng Giáo dục và Đào tạo tham mưu UBND huyện tổ chức sơ kết giữa kỳ vào quý IV/2027 (tổng kết vào quý IV/2030).",
  [(T, "tổ chức sơ kết giữa kỳ vào quý IV/2027 và tổng kết thực hiện Kế hoạch vào quý IV/2030")], ["quý IV/2027"],
  hist=[("user", "Cơ quan thường trực kế hoạch xã hội học tập huyện Triệu Sơn là ai?"), ("assistant", "Phòng Giáo dục và Đào tạo huyện là cơ quan thường trực.")])
q("follow_up", "Trong đó nguồn xã hội hóa bao nhiêu?",
  "Nguồn xã hội hóa: 450 triệu đồng (trên tổng 1.380 triệu đồng).",
  [(K, "nguồn xã hội hóa 450 triệu đồng")], ["450 triệu đồng"],
  hist=[("user", "Tổng kinh phí kế hoạch xã Kim Liên là bao nhiêu?"), ("assistant", "1.380 triệu đồng cho giai đoạn 2026 - 2028.")])
q("follow_up", "Thế năm 2027?",
  "Năm 2027: 65% người dân có kỹ năng số cơ bản.",
  [(K, "4 Tỷ lệ người dân có kỹ năng số cơ bản 55% 65% 75%"), (K, K_HEAD)], ["65%"],
  hist=[("user", "Kim Liên đặt chỉ tiêu người dân có kỹ năng số cơ bản năm 2026 bao nhiêu?"), ("assistant", "55% vào năm 2026.")])
q("follow_up", "Việc đó phải xong trước ngày nào?",
  "“Điểm học tập số” phải hoàn thành trước ngày 30/6/2026.",
  [(K, "hoàn BẢN SAO thành trước ngày 30/6/2026")], ["30/6/2026"],
  hist=[("user", "Trung tâm Phục vụ hành chính công xã Kim Liên làm gì trong kế hoạch?"), ("assistant", "Chủ trì thiết lập và vận hành “Điểm học tập số”, hướng dẫn người dân dịch vụ công trực tuyến vào sáng thứ Bảy hằng tuần.")])
q("follow_up", "Kinh phí cho việc đó bao nhiêu?",
  "Kinh phí xây dựng nền tảng “Triệu Sơn học tập” là 350 triệu đồng, bố trí trong năm 2025.",
  [(T, "kinh phí xây dựng nền tảng học tập trực tuyến “Triệu Sơn học tập” là 350 triệu đồng")], ["350 triệu đồng"],
  hist=[("user", "Nền tảng học tập trực tuyến của huyện Triệu Sơn vận hành khi nào?"), ("assistant", "Nền tảng “Triệu Sơn học tập” hoàn thành và đưa vào vận hành trong quý II/2025.")])
q("follow_up", "Còn Hội Liên hiệp Phụ nữ huyện thì sao?",
  "Hội Liên hiệp Phụ nữ huyện (trong mục 11, đề nghị các tổ chức chính trị - xã hội) “duy trì mô hình “Phụ nữ học tập””.",
  [(T, "Hội Liên hiệp Phụ nữ huyện duy trì mô hình “Phụ nữ học tập”")], ["Phụ nữ học tập"],
  hist=[("user", "Công an huyện Triệu Sơn có nhiệm vụ gì?"), ("assistant", "Đẩy mạnh phong trào học tập trong cán bộ, chiến sĩ; phối hợp tuyên truyền pháp luật tại Trung tâm học tập cộng đồng; bảo đảm an ninh, trật tự trong Tuần lễ hưởng ứng học tập suốt đời.")])
q("follow_up", "Còn Hội Liên hiệp Phụ nữ xã?",
  "Hội Liên hiệp Phụ nữ xã cùng Đoàn Thanh niên xã “phối hợp hướng dẫn kỹ năng số cho người dân”.",
  [(K, "Hội Liên hiệp Phụ nữ xã và Đoàn Thanh niên xã phối hợp hướng dẫn kỹ năng số cho người dân")], ["kỹ năng số"],
  hist=[("user", "Hội Khuyến học xã Kim Liên được đề nghị làm gì?"), ("assistant", "Chủ trì phát động phong trào khuyến học, khuyến tài trong các dòng họ; vận động xây dựng Quỹ khuyến học xã, phấn đấu 300 triệu đồng vào năm 2028.")])
q("follow_up", "Kinh phí cho lớp đó mỗi năm là bao nhiêu?",
  "Kinh phí mở lớp tiếng Anh giao tiếp du lịch là 25 triệu đồng/năm.",
  [(K, "kinh phí mở lớp tiếng Anh giao tiếp du lịch 25 triệu đồng/năm")], ["25 triệu đồng/năm"],
  hist=[("user", "Kim Liên có mở lớp tiếng Anh cho người làm du lịch không?"), ("assistant", "Có, mỗi năm ít nhất 02 lớp tiếng Anh giao tiếp du lịch với khoảng 60 học viên.")])
q("follow_up", "Ai chủ trì xếp loại các trung tâm đó?",
  "Phòng Giáo dục và Đào tạo huyện: “chủ trì đánh giá, xếp loại Trung tâm học tập cộng đồng hằng năm”.",
  [(T, "1. Phòng Giáo dục và Đào tạo - Là cơ quan thường trực"), (T, "chủ trì đánh giá, xếp loại Trung tâm học tập cộng đồng hằng năm")], ["Phòng Giáo dục và Đào tạo", "xếp loại"],
  hist=[("user", "Đến 2030 Triệu Sơn muốn bao nhiêu TTHTCĐ xếp loại Tốt?"), ("assistant", "85% Trung tâm học tập cộng đồng được đánh giá xếp loại Tốt vào năm 2030.")])
q("follow_up", "Vậy ở huyện Triệu Sơn thì Phòng Nội vụ làm gì?",
  "Phòng Nội vụ huyện Triệu Sơn chủ trì hướng dẫn đánh giá, công nhận “Đơn vị học tập”; tham mưu bồi dưỡng cán bộ, công chức, viên chức; và “Tham mưu khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong xây dựng xã hội học tập”.",
  [(T, "Chủ trì hướng dẫn đánh giá, công nhận danh hiệu “Đơn vị học tập”"),
   (T, "Tham mưu khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong xây dựng xã hội học tập")],
  ["Đơn vị học tập", "khen thưởng"],
  hist=[("user", "Kế hoạch của huyện Thọ Xuân giao Phòng Nội vụ nhiệm vụ gì?"), ("assistant", "Các kế hoạch đã nạp không có kế hoạch của huyện Thọ Xuân, nên tôi không trả lời được.")])
q("follow_up", "Thế xã Kim Liên thì sao?",
  "Xã Kim Liên: “Đến năm 2027, 100% xóm có tủ sách cộng đồng; duy trì mỗi trường học có ít nhất 01 câu lạc bộ đọc sách.”",
  [(K, "Đến năm 2027, 100% xóm có tủ sách cộng đồng; duy trì mỗi trường học có ít nhất 01 câu lạc bộ đọc sách")],
  ["100% xóm", "01 câu lạc bộ đọc sách"],
  hist=[("user", "Xã Nam Đàn đặt chỉ tiêu tủ sách cộng đồng thế nào?"), ("assistant", "Các kế hoạch đã nạp không có kế hoạch của xã Nam Đàn.")])
q("follow_up", "Vậy kế hoạch xã Kim Liên đặt chỉ tiêu lao động qua đào tạo năm 2026 là bao nhiêu?",
  "62% năm 2026 (Bảng 1: 62% - 65% - 68% cho 2026 - 2028).",
  [(K, "5 Tỷ lệ người lao động qua đào tạo 62% 65% 68%"), (K, K_HEAD)], ["62%"],
  hist=[("user", "Kế hoạch 521/KH-UBND của tỉnh Nghệ An đặt chỉ tiêu lao động qua đào tạo bao nhiêu?"), ("assistant", "Kế hoạch 521/KH-UBND của tỉnh chỉ được trích dẫn, không được nạp, nên tôi không có chỉ tiêu của tỉnh.")])
q("follow_up", "And in 2030?",
  "65% of communes and towns (“Cộng đồng học tập” cấp xã) by 2030.",
  [(T, "5 | Tỷ lệ xã, thị trấn đạt danh hiệu “Cộng đồng học tập” cấp xã | 40% | 50% | 65%"), (T, T_HEAD)], ["65%"],
  hist=[("user", "What is Triệu Sơn's 2025 target for communes recognised as a “Cộng đồng học tập” at commune level?"), ("assistant", "40% of communes and towns in 2025.")])
q("follow_up", "What deadline does that office have for its summary report to the province?",
  "Phòng Giáo dục và Đào tạo reports to the district People's Committee and to Sở Giáo dục và Đào tạo tỉnh Thanh Hóa before 15/12 each year.",
  [(T, "Phòng Giáo dục và Đào tạo tổng hợp, báo cáo Ủy ban nhân dân huyện và Sở Giáo dục và Đào tạo tỉnh Thanh Hóa trước ngày 15/12 hằng năm")],
  ["15/12"],
  hist=[("user", "Who is the standing body of the Triệu Sơn plan?"), ("assistant", "Phòng Giáo dục và Đào tạo (the district education office).")])
q("follow_up", "Năm 2028 thì sao?",
  "Năm 2028: 23/26 xóm đạt danh hiệu “Cộng đồng học tập”.",
  [(K, "3 Số xóm đạt danh hiệu “Cộng đồng học tập” 18/26 20/26 23/26"), (K, K_HEAD)], ["23/26"],
  hist=[("user", "Năm 2026 Kim Liên có bao nhiêu xóm đạt Cộng đồng học tập?"), ("assistant", "18/26 xóm.")])
q("follow_up", "Cơ quan nào được đề nghị vận động xây dựng quỹ đó?",
  "Hội Khuyến học huyện được đề nghị “vận động xây dựng Quỹ khuyến học, khuyến tài các cấp”.",
  [(T, "12. Đề nghị Hội Khuyến học huyện - Chủ trì đánh giá, công nhận các danh hiệu"), (T, "vận động xây dựng Quỹ khuyến học, khuyến tài các cấp")], ["Hội Khuyến học huyện", "Quỹ khuyến học"],
  hist=[("user", "Triệu Sơn muốn Quỹ khuyến học mỗi xã đạt bao nhiêu?"), ("assistant", "Bình quân 100 triệu đồng trở lên vào năm 2030.")])
q("follow_up", "Phòng đó còn phối hợp tổ chức lớp gì?",
  "Phòng Kinh tế phối hợp tổ chức “các lớp chuyển giao khoa học kỹ thuật nông nghiệp cho người dân”.",
  [(K, "phối hợp tổ chức các lớp chuyển giao khoa học kỹ thuật nông nghiệp cho người dân")], ["khoa học kỹ thuật nông nghiệp"],
  hist=[("user", "Ở Kim Liên, phòng nào tham mưu bố trí kinh phí cho kế hoạch?"), ("assistant", "Phòng Kinh tế chủ trì tham mưu bố trí kinh phí trong dự toán ngân sách xã hằng năm.")])
q("follow_up", "And who signed the Triệu Sơn plan?",
  "Lê Thị Thu Hà, PHÓ CHỦ TỊCH, signing for the Chairman (KT. CHỦ TỊCH) of the Triệu Sơn District People's Committee.",
  [(T, "KT. CHỦ TỊCH PHÓ CHỦ TỊCH (Đã ký) Lê Thị Thu Hà")], ["Lê Thị Thu Hà"],
  hist=[("user", "Who signed Thanh Hóa province's plan 245/KH-UBND?"), ("assistant", "That provincial plan is only cited by the Triệu Sơn plan; it is not among the loaded plans, so I cannot say.")])
q("follow_up", "Còn năm 2026 thì bố trí bao nhiêu?",
  "Năm 2026 xã Kim Liên bố trí 420 triệu đồng.",
  [(K, "năm 2026 là 420 triệu đồng")], ["420 triệu đồng"],
  hist=[("user", "Tổng kinh phí kế hoạch của huyện Triệu Sơn là bao nhiêu?"), ("assistant", "9.600 triệu đồng cho giai đoạn 2024 - 2030."),
        ("user", "Còn xã Kim Liên?"), ("assistant", "1.380 triệu đồng cho giai đoạn 2026 - 2028.")])
q("follow_up", "Họ phải báo cáo cho ai, trước ngày nào?",
  "Trưởng các xóm tổng hợp kết quả bình xét của xóm báo cáo Trung tâm học tập cộng đồng xã trước ngày 25/11 hằng năm.",
  [(K, "tổng hợp kết quả bình xét của xóm báo cáo Trung tâm học tập cộng đồng xã trước ngày 25/11 hằng năm")],
  ["Trung tâm học tập cộng đồng xã", "25/11"],
  hist=[("user", "Ai vận động hộ gia đình, dòng họ đăng ký danh hiệu học tập ở Kim Liên?"), ("assistant", "Trưởng các xóm tuyên truyền, vận động hộ gia đình, dòng họ đăng ký và thực hiện danh hiệu học tập.")])
q("follow_up", "Mỗi năm trung tâm đó tổ chức ít nhất bao nhiêu chuyên đề?",
  "Trung tâm học tập cộng đồng xã Kim Liên mỗi năm tổ chức ít nhất 10 chuyên đề cho người dân.",
  [(K, "mỗi năm tổ chức ít nhất 10 chuyên đề cho người dân")], ["10 chuyên đề"],
  hist=[("user", "Từ năm nào TTHTCĐ xã Kim Liên phải xếp loại Tốt?"), ("assistant", "Từ năm 2027 Trung tâm học tập cộng đồng xã được đánh giá xếp loại Tốt.")])
q("follow_up", "Ngày hội đó tổ chức vào dịp nào?",
  "Ngày hội học tập suốt đời của xã được tổ chức trong Tuần lễ hưởng ứng học tập suốt đời, từ ngày 01/10 đến ngày 07/10 hằng năm.",
  [(K, "Tổ chức Ngày hội học tập suốt đời của xã trong Tuần lễ hưởng ứng học tập suốt đời từ ngày 01/10 đến ngày 07/10 hằng năm")],
  ["01/10", "07/10"],
  hist=[("user", "Kim Liên biểu dương gia đình, dòng họ học tập tiêu biểu ở đâu?"), ("assistant", "Tại Ngày hội học tập suốt đời của xã.")])

# ---------------- unanswerable (34)
NOT_T = "Kế hoạch của huyện Triệu Sơn không nêu"
un("Năm 2027 thì bao nhiêu?",
   "Bảng chỉ tiêu của Triệu Sơn để trống (“-”) ô năm 2027 của chỉ tiêu “Công dân học tập”: kế hoạch chỉ đặt 30% năm 2025 và 50% năm 2030, không có con số cho năm 2027.",
   hist=[("user", "Triệu Sơn có chỉ tiêu Công dân học tập không?"), ("assistant", "Có: 30% người dân từ 15 tuổi trở lên năm 2025 và 50% năm 2030.")])
un("Huyện Thọ Xuân đặt chỉ tiêu Gia đình học tập năm 2025 là bao nhiêu?",
   "Các kế hoạch đã nạp không có kế hoạch của huyện Thọ Xuân; kế hoạch Triệu Sơn chỉ nói về huyện Triệu Sơn.", r"tho xuan", ALL)
un("Kinh phí xây dựng xã hội học tập của huyện Nông Cống là bao nhiêu?",
   "Không có kế hoạch nào của huyện Nông Cống trong các kế hoạch đã nạp.", r"nong cong", ALL)
un("Theo kế hoạch của thành phố Thanh Hóa, bao nhiêu dòng họ đạt Dòng họ học tập năm 2027?",
   "Các kế hoạch đã nạp không có kế hoạch của thành phố Thanh Hóa; chỉ có kế hoạch của huyện Triệu Sơn (tỉnh Thanh Hóa).", r"thanh pho thanh hoa", ALL)
un("Kế hoạch 245/KH-UBND của tỉnh Thanh Hóa đặt chỉ tiêu Gia đình học tập năm 2030 là bao nhiêu?",
   "Kế hoạch 245/KH-UBND của UBND tỉnh Thanh Hóa chỉ được trích dẫn làm căn cứ trong kế hoạch Triệu Sơn; nội dung, chỉ tiêu của nó không có trong các kế hoạch đã nạp.")
un("Theo kế hoạch của tỉnh Thanh Hóa, Sở Giáo dục và Đào tạo tỉnh có nhiệm vụ gì?",
   "Kế hoạch của tỉnh Thanh Hóa không được nạp; kế hoạch Triệu Sơn chỉ nêu Sở GD&ĐT tỉnh là nơi nhận báo cáo, không giao nhiệm vụ cho Sở.")
un("Xã Vạn An đặt chỉ tiêu kỹ năng số năm 2026 bao nhiêu?",
   "Các kế hoạch đã nạp không có kế hoạch của xã Vạn An; kế hoạch xã Kim Liên chỉ đặt chỉ tiêu cho xã Kim Liên.", r"van an", ALL)
un("Kế hoạch xã hội học tập của xã Đại Huệ có tổng kinh phí bao nhiêu?",
   "Không có kế hoạch của xã Đại Huệ trong các kế hoạch đã nạp.", r"dai hue", ALL)
un("Phường Trường Vinh giao nhiệm vụ gì cho Công an phường?",
   "Các kế hoạch đã nạp không có kế hoạch của phường Trường Vinh (tỉnh Nghệ An).", r"truong vinh", ALL)
un("Kế hoạch 521/KH-UBND của tỉnh Nghệ An đặt mục tiêu gì cho năm 2030?",
   "Kế hoạch 521/KH-UBND chỉ được trích dẫn làm căn cứ trong kế hoạch xã Kim Liên; nội dung của nó không có trong các kế hoạch đã nạp.")
un("Nghị quyết 05-NQ/ĐU của Đảng bộ xã Kim Liên đề ra những chỉ tiêu nào?",
   "Kế hoạch Kim Liên chỉ trích dẫn Nghị quyết số 05-NQ/ĐU làm căn cứ, không nêu nội dung hay chỉ tiêu của nghị quyết.")
un("Chỉ tiêu Gia đình học tập năm 2028 của huyện Triệu Sơn là bao nhiêu?",
   "Kế hoạch Triệu Sơn chỉ đặt chỉ tiêu cho các năm 2025, 2027 và 2030; không có con số cho năm 2028.", r"2028", [T])
un("Năm 2030 xã Kim Liên phấn đấu bao nhiêu phần trăm gia đình học tập?",
   "Kế hoạch Kim Liên chỉ có chỉ tiêu cho 2026, 2027 và 2028; không đặt chỉ tiêu cho năm 2030.")
un("Xã Kim Liên đặt chỉ tiêu bao nhiêu phần trăm người dân được công nhận Công dân học tập?",
   "Kế hoạch Kim Liên chỉ nói triển khai đánh giá, công nhận “Công dân học tập” theo hướng dẫn của tỉnh, không đặt con số.")
un("Tỷ lệ cơ quan, đơn vị đạt Đơn vị học tập của xã Kim Liên năm 2027 là bao nhiêu?",
   "Kế hoạch Kim Liên giao Văn phòng HĐND và UBND xã đánh giá “Đơn vị học tập” nhưng không đặt tỷ lệ nào.")
un("Triệu Sơn đặt chỉ tiêu bao nhiêu người lao động được trang bị kỹ năng sống?",
   "Kế hoạch Triệu Sơn không có chỉ tiêu về kỹ năng sống (chỉ có kỹ năng số cơ bản và lao động qua đào tạo).", r"ky nang song", [T])
un("Hiện nay huyện Triệu Sơn có bao nhiêu gia đình đạt danh hiệu Gia đình học tập?",
   "Kế hoạch Triệu Sơn không nêu số lượng hiện có; chỉ đặt tỷ lệ mục tiêu cho 2025, 2027, 2030.")
un("Năm 2023 xã Kim Liên đạt bao nhiêu phần trăm gia đình học tập?",
   "Kế hoạch Kim Liên không nêu kết quả các năm trước.", r"2023", [K])
un("Xã, thị trấn nào ở Triệu Sơn không hoàn thành chỉ tiêu sẽ bị xử lý thế nào?",
   "Kế hoạch Triệu Sơn không quy định hình thức xử lý hay kỷ luật khi không hoàn thành chỉ tiêu.", r"xu ly|ky luat|che tai", [T])
un("Gia đình học tập tiêu biểu ở Kim Liên được thưởng bao nhiêu tiền?",
   "Kế hoạch Kim Liên chỉ nói biểu dương tại Ngày hội học tập suốt đời, không nêu mức thưởng.", r"khen thuong|muc thuong|tien thuong", [K])
un("Triệu Sơn chi bao nhiêu tiền cho Tuần lễ hưởng ứng học tập suốt đời?",
   "Kế hoạch Triệu Sơn không tách riêng kinh phí cho Tuần lễ; chỉ có tổng 9.600 triệu đồng và các khoản cho TTHTCĐ, nền tảng trực tuyến.")
un("Năm 2027 ngân sách xã Kim Liên chi bao nhiêu cho kế hoạch?",
   "Kế hoạch chỉ nêu tổng năm 2027 (460 triệu đồng) và tổng ngân sách xã cả giai đoạn (780 triệu đồng), không chia ngân sách xã theo từng năm.")
un("Trạm Y tế các xã ở Triệu Sơn có nhiệm vụ gì trong kế hoạch?",
   "Kế hoạch Triệu Sơn không giao nhiệm vụ cho Trạm Y tế (Trạm Y tế xã chỉ có trong kế hoạch của xã Kim Liên).", r"y te", [T])
un("Phòng Lao động - Thương binh và Xã hội có nhiệm vụ gì trong kế hoạch xã Kim Liên?",
   "Kế hoạch Kim Liên không nhắc đến Phòng Lao động - Thương binh và Xã hội (phòng này chỉ có trong kế hoạch Triệu Sơn).", r"thuong binh", [K])
un("Hội Cựu chiến binh xã Kim Liên được giao nhiệm vụ gì?",
   "Kế hoạch Kim Liên không giao nhiệm vụ nào cho Hội Cựu chiến binh xã.", r"cuu chien binh", [T, K])
un("Phòng Tư pháp huyện Triệu Sơn có nhiệm vụ gì trong kế hoạch?",
   "Kế hoạch Triệu Sơn không giao nhiệm vụ cho Phòng Tư pháp (tên phòng này đã bị gạch bỏ khỏi bản kế hoạch).", r"tu phap", [T])
un("Kim Liên bổ sung thêm bao nhiêu kinh phí cho lớp tiếng Anh năm 2027?",
   "Kế hoạch Kim Liên không có khoản bổ sung nào; chỉ nêu kinh phí lớp tiếng Anh giao tiếp du lịch 25 triệu đồng/năm.", r"10 trieu|bo sung them", [K])
un("Địa chỉ trang web của Cổng thông tin điện tử huyện Triệu Sơn là gì?",
   "Kế hoạch Triệu Sơn chỉ nhắc “Cổng thông tin điện tử huyện”, không ghi địa chỉ trang web.", r"https?|gov\.vn|www", [T])
un("Phòng Kinh tế và Hạ tầng huyện Triệu Sơn làm gì?",
   "Kế hoạch Triệu Sơn không giao nhiệm vụ cho Phòng Kinh tế và Hạ tầng.", r"ha tang", [T])
un("Hội Nông dân xã Kim Liên có nhiệm vụ gì?",
   "Kế hoạch Kim Liên không nêu Hội Nông dân xã (chỉ nêu Hội Liên hiệp Phụ nữ xã và Đoàn Thanh niên xã).", r"nong dan", [K])
un("How much is Thọ Xuân district spending on its learning-society plan?",
   "None of the loaded plans is Thọ Xuân's; the loaded district plan is Triệu Sơn's.", r"tho xuan", ALL)
un("What did Kim Liên achieve in building a learning society in 2025?",
   "The Kim Liên plan gives no results for 2025 or earlier years; it only sets targets for 2026-2028.")
un("What are the duties of Kim Liên Upper Secondary School (Trường THPT Kim Liên) in the plan?",
   "The Kim Liên plan assigns tasks only to the preschool, primary and lower-secondary schools; it does not mention an upper-secondary school.", r"thpt|trung hoc pho thong", [K])
un("Kim Liên đặt chỉ tiêu kỹ năng số năm 2029 là bao nhiêu?",
   "Kế hoạch Kim Liên chỉ đặt chỉ tiêu cho 2026 - 2028, không có năm 2029.", r"2029", [K])
un("Tầm nhìn đến năm 2035 của kế hoạch Triệu Sơn là gì?",
   "Kế hoạch Triệu Sơn chỉ đến năm 2030, không có tầm nhìn đến năm 2035.", r"2035", [T])


def strip(s):
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in s if unicodedata.category(c) != "Mn").lower()


def main():
    problems = []
    for n, r in enumerate(Q, 1):
        r["id"] = f"u36-{n:03d}"
        where = r["id"]
        for e in r["evidence"]:
            if cs.norm(e["span"]) not in cs.text_of(e["doc"]):
                problems.append(f"{where}: MISSING in {e['doc']}: {e['span']!r}")
        spans = " ".join(cs.norm(e["span"]).lower() for e in r["evidence"])
        for kf in r["key_facts"]:
            if cs.norm(kf).lower() not in cs.norm(r["answer"]).lower():
                problems.append(f"{where}: key fact {kf!r} not in answer")
            if cs.norm(kf).lower() not in spans:
                problems.append(f"{where}: key fact {kf!r} not in spans")
        if r["type"] == "unanswerable" and r["_probe"]:
            for d in r["_probe_docs"]:
                m = re.search(r["_probe"], strip(cs.text_of(d)))
                if m:
                    problems.append(f"{where}: probe {r['_probe']!r} occurs in {d}: {m.group(0)!r}")
        if r["type"] == "follow_up" and not r["history"]:
            problems.append(f"{where}: follow_up without history")
    counts = {}
    for r in Q:
        counts[r["type"]] = counts.get(r["type"], 0) + 1
    print(dict(sorted(counts.items())), len(Q))
    if problems:
        print("\n".join(problems))
        return 1
    with open(os.path.join(SETS, "newplans36.jsonl"), "w", encoding="utf-8") as f:
        for r in Q:
            out = {k: r[k] for k in cs.FIELDS}
            f.write(unicodedata.normalize("NFC", json.dumps(out, ensure_ascii=False)) + "\n")
    print("wrote newplans36.jsonl")
    return 0


if __name__ == "__main__":
    sys.exit(main())
