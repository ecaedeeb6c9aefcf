"""Write eval/sets/newplans44.jsonl: questions on the two annual plans of huyện Tuy An (2024 .docx, 2025 .pdf) in
plans44/, a few also citing a bundled plan.

    python eval/sets/src44/questions_src44.py

Refuses to write if a span is missing from the text as check_sets extracts it, a key fact is missing from its answer
or from every span it cites, a follow-up lacks history, two questions share a text, a type is below its minimum, or an
unanswerable question's probe (what would have to be in the plan for it to be answerable) matches the accent-free
normalised text of the plans it is checked against.
"""
import json
import os
import re

from common44 import A24, ALL_PLANS, B25, CT, HUE, OURS, SETS, check_span, norm, plain, text

QS = []
MINIMUM = {"agency_tasks": 12, "target": 10, "deadline": 6, "funding": 5, "legal_basis": 4, "purpose": 3,
           "task_section": 4, "cross_plan": 5, "no_diacritics": 6, "abbreviation": 6, "paraphrase": 4,
           "english": 14, "follow_up": 14, "unanswerable": 28}


def Q(typ, question, ev, answer, kf, history=(), probe=None, probe_docs=None):
    QS.append(dict(typ=typ, question=question, ev=list(ev), answer=answer, kf=list(kf), history=list(history),
                   probe=probe, probe_docs=probe_docs))


def H(*turns):
    out = []
    for i, t in enumerate(turns):
        out.append({"role": "user" if i % 2 == 0 else "assistant", "content": t})
    return out


def U(question, answer, probe, docs=ALL_PLANS, history=()):
    Q("unanswerable", question, [], answer, [], history, probe, docs)


# ------------------------------------------------------------------ spans used more than once
A_V1 = "Là cơ quan thường trực, tham mưu Ủy ban nhân dân huyện tổ chức thực hiện Kế hoạch; chủ trì thực hiện nhiệm vụ tại khoản 2 và điểm a khoản 3 Mục III; tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện và Sở Giáo dục và Đào tạo trước ngày 10/12/2024"
A_III2a = "a) Kiện toàn Ban Giám đốc 16 Trung tâm học tập cộng đồng, hoàn thành trước ngày 31/3/2024."
A_III2b = "b) Bồi dưỡng nghiệp vụ cho 48 cán bộ quản lý Trung tâm học tập cộng đồng trong quý II/2024."
A_III3a = "a) Hướng dẫn đánh giá, công nhận “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” cấp thôn theo Thông tư số 44/2014/TT-BGDĐT."
A_III3b = "b) Đánh giá, công nhận “Đơn vị học tập” đối với cơ quan, đơn vị cấp huyện, hoàn thành trước ngày 15/11/2024."
A_V2 = "Chủ trì thực hiện nhiệm vụ tại điểm b khoản 3 Mục III; đưa kết quả xây dựng “Đơn vị học tập” vào tiêu chí bình xét thi đua cuối năm của các cơ quan, đơn vị."
A_V3 = "Chủ trì thực hiện nhiệm vụ tại khoản 1 và điểm a khoản 5 Mục III."
A_III1a = "a) Tuyên truyền trên Trang thông tin điện tử huyện và hệ thống truyền thanh cơ sở về ý nghĩa của học tập suốt đời, mỗi tháng ít nhất 02 tin, bài."
A_III1b = "b) Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2024 từ ngày 01/10 đến ngày 07/10/2024, lồng ghép với Ngày Khuyến học Việt Nam 02/10."
A_III5a = "a) Hướng dẫn người dân sử dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt thông qua Tổ công nghệ số cộng đồng ở thôn, khu phố."
A_III5b = "b) Xây dựng 05 điểm học tập cộng đồng có kết nối internet miễn phí tại nhà văn hóa thôn."
A_V4 = "4. Phòng Lao động - Thương binh và Xã hội Chủ trì thực hiện nhiệm vụ tại điểm b khoản 4 Mục III."
A_III4a = "a) Mở lớp tập huấn kỹ thuật nuôi tôm hùm lồng và bảo quản hải sản sau khai thác cho ngư dân các xã An Ninh Đông, An Hải, An Hòa Hải."
A_III4b = "b) Đào tạo nghề ngắn hạn cho 350 lao động nông thôn, ưu tiên nghề chế biến thủy sản và dịch vụ du lịch."
A_V5 = "Chủ trì thực hiện nhiệm vụ tại điểm a khoản 4 Mục III, phối hợp với Trạm Khuyến nông huyện bố trí giảng viên."
A_V7 = "7. Trung tâm Văn hóa - Thông tin và Thể thao huyện Phối hợp thực hiện nhiệm vụ tại điểm a khoản 1 Mục III; duy trì chuyên mục “Học tập suốt đời” trên sóng phát thanh huyện."
A_V9 = "Chủ trì thực hiện nhiệm vụ tại điểm b khoản 5 Mục III trên địa bàn; báo cáo kết quả về Phòng Giáo dục và Đào tạo trước ngày 30/11/2024."
A_V10 = "Chủ trì thực hiện nhiệm vụ tại khoản 6 Mục III; phối hợp tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2024."
A_III6a = "a) Vận động các tổ chức, cá nhân đóng góp Quỹ khuyến học các cấp; trao học bổng cho học sinh nghèo vượt khó."
A_III6b = "b) Tuyên dương “Gia đình học tập tiêu biểu” và “Dòng họ học tập tiêu biểu” cấp huyện vào dịp Ngày Khuyến học Việt Nam."
A_V11 = "Tuyên truyền, vận động đoàn viên, hội viên tham gia học tập; phối hợp thực hiện nhiệm vụ tại điểm a khoản 3 Mục III."
A_FUND = "Tổng kinh phí thực hiện Kế hoạch năm 2024 là 1.460 triệu đồng, gồm: ngân sách huyện 820 triệu đồng; ngân sách các xã, thị trấn 400 triệu đồng; nguồn xã hội hóa 240 triệu đồng."
A_CLTC = "Mức hỗ trợ hoạt động cho mỗi Trung tâm học tập cộng đồng là 15 triệu đồng/năm từ ngân sách huyện."
A_SIGN = "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH (Đã ký) Trần Thị Mỹ Hạnh"
A_GDHT = "Phấn đấu 55% hộ gia đình được công nhận danh hiệu “Gia đình học tập”."
A_TOT = "12/16 Trung tâm học tập cộng đồng được đánh giá, xếp loại Tốt."
A_NUM = "Số: 08/KH-UBND"
A_DATE = "Tuy An, ngày 22 tháng 01 năm 2024"

B_V1 = "1. Phòng Giáo dục và Đào tạo Là cơ quan thường trực; chủ trì thực hiện nhiệm vụ tại khoản 2, điểm a khoản 3 và khoản 7 Mục III; tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện và Sở Giáo dục và Đào tạo trước ngày 05/12/2025."
B_III2a = "a) Đánh giá, xếp loại Trung tâm học tập cộng đồng năm 2025, hoàn thành trước ngày 15/10/2025."
B_III2b = "b) Thí điểm mô hình “Trung tâm học tập cộng đồng số” tại xã An Ninh Tây và thị trấn Chí Thạnh."
B_III3a = "a) Đánh giá, công nhận “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” cấp thôn; chú trọng các thôn vùng gò đồi."
B_III3b = "b) Đánh giá, công nhận “Đơn vị học tập” đối với cơ quan, đơn vị cấp huyện, hoàn thành trước ngày 15/11/2025."
B_V2 = "Chủ trì thực hiện nhiệm vụ tại điểm b khoản 3 và điểm b khoản 5 Mục III."
B_III5a = "a) Hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID và dịch vụ công trực tuyến thông qua Tổ công nghệ số cộng đồng."
B_III5b = "b) Bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã, hoàn thành trong quý III/2025."
B_III5c = "c) Xây dựng tủ sách điện tử dùng chung trên Trang thông tin điện tử huyện."
B_V3 = "Chủ trì thực hiện nhiệm vụ tại khoản 1, điểm a và điểm c khoản 5 Mục III."
B_III1a = "sở và mạng xã hội về học tập suốt đời, mỗi tháng ít nhất 03 tin, bài."
B_III1b = "b) Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2025 từ ngày 01/10 đến ngày 07/10/2025 và Ngày Sách và Văn hóa đọc Việt Nam 21/4."
B_V4 = "4. Phòng Lao động - Thương binh và Xã hội Chủ trì thực hiện nhiệm vụ tại điểm c khoản 4 Mục III."
B_III4a = "a) Tập huấn kỹ thuật nuôi tôm hùm lồng theo hướng an toàn sinh học cho ngư dân các xã ven đầm Ô Loan và ven biển."
B_III4b = "b) Bồi dưỡng kỹ năng làm du lịch cộng đồng, ngoại ngữ giao tiếp cho 120 hộ kinh doanh quanh Gành Đá Đĩa và đầm Ô Loan."
B_III4c = "c) Đào tạo nghề ngắn hạn cho 400 lao động nông thôn, trong đó ít nhất 30% là lao động nữ."
B_V5 = "5. Phòng Nông nghiệp và Phát triển nông thôn Chủ trì thực hiện nhiệm vụ tại điểm a khoản 4 Mục III."
B_V6 = "Chủ trì thực hiện nhiệm vụ tại điểm b khoản 4 Mục III, phối hợp với Ban Quản lý Khu du lịch Gành Đá Đĩa."
B_V7 = "Tham mưu bố trí kinh phí theo Mục IV; hướng dẫn thanh toán, quyết toán kinh phí theo quy định."
B_V8 = "Phối hợp thực hiện nhiệm vụ tại điểm c khoản 4 và khoản 7 Mục III."
B_V9 = "Tổ chức thực hiện các nhiệm vụ của Mục III trên địa bàn; Ủy ban nhân dân xã An Ninh Tây và thị trấn Chí Thạnh chủ trì thực hiện nhiệm vụ tại điểm b khoản 2 Mục III; báo cáo kết quả về Phòng Giáo dục và Đào tạo trước ngày 25/11/2025."
B_V10 = "10. Đề nghị Hội Khuyến học huyện Chủ trì thực hiện nhiệm vụ tại khoản 6 Mục III."
B_III6a = "a) Vận động xây dựng Quỹ khuyến học các cấp; mỗi xã, thị trấn vận động ít nhất 50 triệu đồng."
B_III6b = "b) Tuyên dương “Gia đình học tập tiêu biểu”, “Dòng họ học tập tiêu biểu” cấp huyện vào dịp Ngày Khuyến học Việt Nam 02/10/2025."
B_III7a = "a) Mở 06 lớp xóa mù chữ, chống tái mù chữ cho người dân vùng gò đồi các xã An Lĩnh, An Xuân, An Thọ."
B_III7b = "b) Duy trì 16/16 xã, thị trấn đạt chuẩn xóa mù chữ mức độ 2."
B_FUND1 = "Tổng kinh phí thực hiện Kế hoạch năm 2025 là 1.720 triệu đồng, gồm: ngân sách huyện 960 triệu đồng; ngân sách các xã, thị trấn 460 triệu đồng; nguồn xã hội"
B_FUND2 = "hóa 300 triệu đồng."
B_CLTC = "Mức hỗ trợ hoạt động cho mỗi Trung tâm học tập cộng đồng thực hiện như khoản 2 Mục IV Kế hoạch số 08/KH-UBND ngày 22/01/2024 của Ủy ban nhân dân huyện; riêng 02 Trung tâm thí điểm mô hình “Trung tâm học tập cộng đồng số” được hỗ trợ thêm 30 triệu đồng/trung tâm."
B_XMC = "Mỗi lớp xóa mù chữ, chống tái mù chữ được hỗ trợ 18 triệu đồng từ ngân sách huyện."
B_SIGN = "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH (Đã ký) Lương Minh Tuấn"
B_GDHT = "Phấn đấu 60% hộ gia đình được công nhận danh hiệu “Gia đình học tập”."
B_TOT = "13/16 Trung tâm học tập cộng đồng được đánh giá, xếp loại Tốt."
B_DVHT = "75% cơ quan, đơn vị cấp huyện được công nhận “Đơn vị học tập”."
B_NUM = "Số: 15/KH-UBND"
B_DATE = "Tuy An, ngày 20 tháng 01 năm 2025"
B_DOAN1 = "Tuyên truyền, vận động đoàn viên, hội viên tham gia học tập; Huyện đoàn phối"
B_DOAN2 = "hợp thực hiện nhiệm vụ tại điểm a khoản 5 Mục III."
B_END = "Kế hoạch này thay thế các chỉ tiêu, nhiệm vụ của năm 2024 kể từ ngày ký"

# ------------------------------------------------------------------ agency_tasks
Q("agency_tasks", "Theo kế hoạch năm 2024 của huyện Tuy An, Phòng Nội vụ phải làm gì?",
  [(A24, A_V2), (A24, A_III3b)],
  "Phòng Nội vụ chủ trì nhiệm vụ tại điểm b khoản 3 Mục III, tức là đánh giá, công nhận “Đơn vị học tập” đối với cơ quan, đơn vị cấp huyện, hoàn thành trước ngày 15/11/2024; đồng thời đưa kết quả xây dựng “Đơn vị học tập” vào tiêu chí bình xét thi đua cuối năm của các cơ quan, đơn vị.",
  ["Đơn vị học tập", "15/11/2024", "bình xét thi đua"])
Q("agency_tasks", "Kế hoạch xây dựng xã hội học tập năm 2025 của Tuy An giao Phòng Nội vụ những nhiệm vụ nào?",
  [(B25, B_V2), (B25, B_III3b), (B25, B_III5b)],
  "Phòng Nội vụ chủ trì điểm b khoản 3 và điểm b khoản 5 Mục III: đánh giá, công nhận “Đơn vị học tập” đối với cơ quan, đơn vị cấp huyện (hoàn thành trước ngày 15/11/2025) và bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã, hoàn thành trong quý III/2025.",
  ["Đơn vị học tập", "15/11/2025", "kỹ năng số", "quý III/2025"])
Q("agency_tasks", "Năm 2024 Phòng Văn hóa và Thông tin huyện Tuy An chủ trì những việc gì?",
  [(A24, A_V3), (A24, A_III1a), (A24, A_III1b), (A24, A_III5a)],
  "Phòng Văn hóa và Thông tin chủ trì khoản 1 và điểm a khoản 5 Mục III: tuyên truyền trên Trang thông tin điện tử huyện và hệ thống truyền thanh cơ sở về học tập suốt đời, mỗi tháng ít nhất 02 tin, bài; tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2024 từ 01/10 đến 07/10/2024; và hướng dẫn người dân sử dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt thông qua Tổ công nghệ số cộng đồng ở thôn, khu phố.",
  ["02 tin, bài", "Tuần lễ hưởng ứng học tập suốt đời", "Tổ công nghệ số cộng đồng"])
Q("agency_tasks", "Trong kế hoạch 2025 của huyện Tuy An, Phòng Văn hóa và Thông tin được giao gì?",
  [(B25, B_V3), (B25, B_III1a), (B25, B_III1b), (B25, B_III5a), (B25, B_III5c)],
  "Phòng Văn hóa và Thông tin chủ trì khoản 1, điểm a và điểm c khoản 5 Mục III: tuyên truyền trên Trang thông tin điện tử huyện, hệ thống truyền thanh cơ sở và mạng xã hội, mỗi tháng ít nhất 03 tin, bài; tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2025 (01/10 - 07/10/2025) và Ngày Sách và Văn hóa đọc Việt Nam 21/4; hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID và dịch vụ công trực tuyến; xây dựng tủ sách điện tử dùng chung trên Trang thông tin điện tử huyện.",
  ["03 tin, bài", "VNeID", "tủ sách điện tử"])
Q("agency_tasks", "Phòng Lao động - Thương binh và Xã hội có nhiệm vụ gì theo kế hoạch năm 2024 của Tuy An?",
  [(A24, A_V4), (A24, A_III4b)],
  "Phòng Lao động - Thương binh và Xã hội chủ trì điểm b khoản 4 Mục III: đào tạo nghề ngắn hạn cho 350 lao động nông thôn, ưu tiên nghề chế biến thủy sản và dịch vụ du lịch.",
  ["350", "chế biến thủy sản"])
Q("agency_tasks", "Theo kế hoạch năm 2025 của UBND huyện Tuy An, Phòng Lao động - Thương binh và Xã hội phải làm gì?",
  [(B25, B_V4), (B25, B_III4c)],
  "Phòng Lao động - Thương binh và Xã hội chủ trì điểm c khoản 4 Mục III: đào tạo nghề ngắn hạn cho 400 lao động nông thôn, trong đó ít nhất 30% là lao động nữ.",
  ["400", "30%"])
Q("agency_tasks", "Kế hoạch năm 2024 huyện Tuy An giao Phòng Nông nghiệp và Phát triển nông thôn việc gì?",
  [(A24, A_V5), (A24, A_III4a)],
  "Phòng Nông nghiệp và Phát triển nông thôn chủ trì điểm a khoản 4 Mục III: mở lớp tập huấn kỹ thuật nuôi tôm hùm lồng và bảo quản hải sản sau khai thác cho ngư dân các xã An Ninh Đông, An Hải, An Hòa Hải; phối hợp với Trạm Khuyến nông huyện bố trí giảng viên.",
  ["tôm hùm lồng", "An Ninh Đông", "Trạm Khuyến nông"])
Q("agency_tasks", "Phòng Kinh tế và Hạ tầng huyện Tuy An được giao nhiệm vụ gì trong kế hoạch năm 2025?",
  [(B25, B_V6), (B25, B_III4b)],
  "Phòng Kinh tế và Hạ tầng chủ trì điểm b khoản 4 Mục III: bồi dưỡng kỹ năng làm du lịch cộng đồng, ngoại ngữ giao tiếp cho 120 hộ kinh doanh quanh Gành Đá Đĩa và đầm Ô Loan; phối hợp với Ban Quản lý Khu du lịch Gành Đá Đĩa.",
  ["du lịch cộng đồng", "120 hộ", "Ban Quản lý Khu du lịch Gành Đá Đĩa"])
Q("agency_tasks", "Theo kế hoạch xây dựng XHHT năm 2024 của Tuy An, Phòng Giáo dục và Đào tạo chịu trách nhiệm những gì?",
  [(A24, A_V1), (A24, A_III2a), (A24, A_III2b), (A24, A_III3a)],
  "Phòng Giáo dục và Đào tạo là cơ quan thường trực, tham mưu UBND huyện tổ chức thực hiện Kế hoạch; chủ trì khoản 2 và điểm a khoản 3 Mục III: kiện toàn Ban Giám đốc 16 Trung tâm học tập cộng đồng trước ngày 31/3/2024, bồi dưỡng nghiệp vụ cho 48 cán bộ quản lý Trung tâm trong quý II/2024, hướng dẫn đánh giá, công nhận “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” cấp thôn theo Thông tư số 44/2014/TT-BGDĐT; tổng hợp, báo cáo UBND huyện và Sở Giáo dục và Đào tạo trước ngày 10/12/2024.",
  ["cơ quan thường trực", "31/3/2024", "48", "Thông tư số 44/2014/TT-BGDĐT", "10/12/2024"])
Q("agency_tasks", "Năm 2025, Phòng Giáo dục và Đào tạo huyện Tuy An chủ trì những nhiệm vụ nào?",
  [(B25, B_V1), (B25, B_III2a), (B25, B_III2b), (B25, B_III3a), (B25, B_III7a), (B25, B_III7b)],
  "Phòng Giáo dục và Đào tạo là cơ quan thường trực, chủ trì khoản 2, điểm a khoản 3 và khoản 7 Mục III: đánh giá, xếp loại Trung tâm học tập cộng đồng năm 2025 trước ngày 15/10/2025 và thí điểm mô hình “Trung tâm học tập cộng đồng số” tại xã An Ninh Tây và thị trấn Chí Thạnh; đánh giá, công nhận “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” cấp thôn; mở 06 lớp xóa mù chữ, chống tái mù chữ ở An Lĩnh, An Xuân, An Thọ và duy trì 16/16 xã, thị trấn đạt chuẩn xóa mù chữ mức độ 2; báo cáo UBND huyện và Sở Giáo dục và Đào tạo trước ngày 05/12/2025.",
  ["15/10/2025", "Trung tâm học tập cộng đồng số", "06 lớp", "05/12/2025"])
Q("agency_tasks", "Hội Khuyến học huyện Tuy An được đề nghị làm gì trong kế hoạch năm 2024?",
  [(A24, A_V10), (A24, A_III6a), (A24, A_III6b)],
  "Hội Khuyến học huyện được đề nghị chủ trì khoản 6 Mục III: vận động các tổ chức, cá nhân đóng góp Quỹ khuyến học các cấp, trao học bổng cho học sinh nghèo vượt khó; tuyên dương “Gia đình học tập tiêu biểu” và “Dòng họ học tập tiêu biểu” cấp huyện vào dịp Ngày Khuyến học Việt Nam; và phối hợp tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2024.",
  ["Quỹ khuyến học", "học bổng", "Tuần lễ hưởng ứng học tập suốt đời"])
Q("agency_tasks", "Kế hoạch 2025 của Tuy An giao UBND các xã, thị trấn những gì?",
  [(B25, B_V9), (B25, B_III2b)],
  "UBND các xã, thị trấn tổ chức thực hiện các nhiệm vụ của Mục III trên địa bàn; riêng UBND xã An Ninh Tây và thị trấn Chí Thạnh chủ trì điểm b khoản 2 Mục III — thí điểm mô hình “Trung tâm học tập cộng đồng số”; báo cáo kết quả về Phòng Giáo dục và Đào tạo trước ngày 25/11/2025.",
  ["An Ninh Tây", "Trung tâm học tập cộng đồng số", "25/11/2025"])
Q("agency_tasks", "Theo kế hoạch năm 2024 của Tuy An, UBND các xã, thị trấn chủ trì nhiệm vụ gì?",
  [(A24, A_V9), (A24, A_III5b)],
  "UBND các xã, thị trấn chủ trì điểm b khoản 5 Mục III trên địa bàn: xây dựng 05 điểm học tập cộng đồng có kết nối internet miễn phí tại nhà văn hóa thôn; báo cáo kết quả về Phòng Giáo dục và Đào tạo trước ngày 30/11/2024.",
  ["05 điểm học tập cộng đồng", "internet", "30/11/2024"])
Q("agency_tasks", "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Tuy An tham gia việc gì trong kế hoạch năm 2025?",
  [(B25, B_V8), (B25, B_III4c), (B25, B_III7a)],
  "Trung tâm GDNN-GDTX huyện phối hợp (không chủ trì) thực hiện điểm c khoản 4 và khoản 7 Mục III: đào tạo nghề ngắn hạn cho 400 lao động nông thôn và xóa mù chữ, chống tái mù chữ (06 lớp ở An Lĩnh, An Xuân, An Thọ; duy trì chuẩn xóa mù chữ mức độ 2).",
  ["phối hợp", "400", "xóa mù chữ"])

# ------------------------------------------------------------------ target
Q("target", "Năm 2024 huyện Tuy An đặt chỉ tiêu bao nhiêu phần trăm hộ gia đình đạt “Gia đình học tập”?",
  [(A24, A_GDHT)], "Kế hoạch năm 2024 phấn đấu 55% hộ gia đình được công nhận danh hiệu “Gia đình học tập”.", ["55%"])
Q("target", "Chỉ tiêu Gia đình học tập của huyện Tuy An trong kế hoạch năm 2025 là bao nhiêu?",
  [(B25, B_GDHT)], "Kế hoạch năm 2025 phấn đấu 60% hộ gia đình được công nhận danh hiệu “Gia đình học tập”.", ["60%"])
Q("target", "Kế hoạch năm 2025 của Tuy An đặt chỉ tiêu Dòng họ học tập là bao nhiêu?",
  [(B25, "52% dòng họ được công nhận danh hiệu “Dòng họ học tập”.")],
  "52% dòng họ được công nhận danh hiệu “Dòng họ học tập” trong năm 2025.", ["52%"])
Q("target", "Năm 2024 Tuy An phấn đấu bao nhiêu phần trăm thôn, khu phố đạt Cộng đồng học tập?",
  [(A24, "40% thôn, khu phố được công nhận danh hiệu “Cộng đồng học tập” cấp thôn.")],
  "40% thôn, khu phố được công nhận danh hiệu “Cộng đồng học tập” cấp thôn (năm 2024).", ["40%"])
Q("target", "Chỉ tiêu Đơn vị học tập năm 2025 của huyện Tuy An?",
  [(B25, B_DVHT)], "75% cơ quan, đơn vị cấp huyện được công nhận “Đơn vị học tập” trong năm 2025.", ["75%"])
Q("target", "Năm 2024 huyện Tuy An muốn có bao nhiêu Trung tâm học tập cộng đồng xếp loại Tốt?",
  [(A24, A_TOT)], "12/16 Trung tâm học tập cộng đồng được đánh giá, xếp loại Tốt (năm 2024).", ["12/16"])
Q("target", "Kế hoạch 2025 của Tuy An yêu cầu tổ chức bao nhiêu lớp chuyên đề tại các Trung tâm học tập cộng đồng?",
  [(B25, "Tổ chức ít nhất 360 lớp chuyên đề tại các Trung tâm học tập cộng đồng.")],
  "Ít nhất 360 lớp chuyên đề tại các Trung tâm học tập cộng đồng trong năm 2025.", ["360"])
Q("target", "Tỷ lệ người lao động được bồi dưỡng kỹ năng số cơ bản theo kế hoạch năm 2024 của Tuy An?",
  [(A24, "40% người lao động trong độ tuổi lao động được bồi dưỡng kỹ năng số cơ bản.")],
  "40% người lao động trong độ tuổi lao động được bồi dưỡng kỹ năng số cơ bản (năm 2024).", ["40%"])
Q("target", "Theo kế hoạch năm 2025 của huyện Tuy An, bao nhiêu phần trăm cán bộ, công chức cấp xã phải được bồi dưỡng kỹ năng số?",
  [(B25, "100% cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số phục vụ công việc.")],
  "100% cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số phục vụ công việc.", ["100%"])
Q("target", "Kế hoạch năm 2025 của Tuy An đặt chỉ tiêu gì về chuẩn xóa mù chữ?",
  [(B25, B_III7b)],
  "Chỉ tiêu này nằm ở điểm b khoản 7 Mục III (không ở Mục II): duy trì 16/16 xã, thị trấn đạt chuẩn xóa mù chữ mức độ 2.",
  ["16/16", "mức độ 2"])
Q("target", "Năm 2024 Tuy An đặt chỉ tiêu về lớp chuyên đề tại TTHTCĐ thế nào?",
  [(A24, "Tổ chức ít nhất 320 lớp chuyên đề tại các Trung tâm học tập cộng đồng.")],
  "Tổ chức ít nhất 320 lớp chuyên đề tại các Trung tâm học tập cộng đồng (năm 2024).", ["320"])

Q("target", "Kế hoạch số 08/KH-UBND của huyện Tuy An đặt chỉ tiêu Dòng họ học tập bao nhiêu?",
  [(A24, "48% dòng họ được công nhận danh hiệu “Dòng họ học tập”.")],
  "Kế hoạch số 08/KH-UBND là kế hoạch năm 2024: 48% dòng họ được công nhận danh hiệu “Dòng họ học tập”.", ["48%"])
Q("paraphrase", "Theo kế hoạch mới nhất đã tải lên của huyện Tuy An, chỉ tiêu hộ Gia đình học tập là bao nhiêu?",
  [(B25, B_GDHT), (B25, B_END)],
  "Kế hoạch mới nhất là kế hoạch năm 2025 (số 15/KH-UBND ngày 20/01/2025): phấn đấu 60% hộ gia đình đạt “Gia đình học tập”; kế hoạch này thay thế các chỉ tiêu, nhiệm vụ của năm 2024 kể từ ngày ký.",
  ["60%", "thay thế"])
Q("cross_plan", "Chỉ tiêu 55% hộ Gia đình học tập của Tuy An bây giờ còn áp dụng không?",
  [(A24, A_GDHT), (B25, B_GDHT), (B25, B_END)],
  "Không còn: 55% là chỉ tiêu của kế hoạch năm 2024 (08/KH-UBND); kế hoạch năm 2025 (15/KH-UBND) đặt 60% và thay thế các chỉ tiêu, nhiệm vụ của năm 2024 kể từ ngày ký.",
  ["55%", "60%", "thay thế"])

# ------------------------------------------------------------------ deadline
Q("deadline", "Theo kế hoạch năm 2024 của Tuy An, việc kiện toàn Ban Giám đốc các Trung tâm học tập cộng đồng phải xong trước ngày nào?",
  [(A24, A_III2a)], "Kiện toàn Ban Giám đốc 16 Trung tâm học tập cộng đồng, hoàn thành trước ngày 31/3/2024.", ["31/3/2024"])
Q("deadline", "Hạn đánh giá, xếp loại Trung tâm học tập cộng đồng năm 2025 ở Tuy An là khi nào?",
  [(B25, B_III2a)], "Đánh giá, xếp loại Trung tâm học tập cộng đồng năm 2025 hoàn thành trước ngày 15/10/2025.", ["15/10/2025"])
Q("deadline", "Phòng Giáo dục và Đào tạo Tuy An phải báo cáo kết quả năm 2025 trước ngày nào?",
  [(B25, B_V1)], "Phòng Giáo dục và Đào tạo tổng hợp kết quả, báo cáo UBND huyện và Sở Giáo dục và Đào tạo trước ngày 05/12/2025.", ["05/12/2025"])
Q("deadline", "Năm 2024, các xã, thị trấn ở Tuy An báo cáo kết quả về Phòng GD&ĐT trước ngày nào?",
  [(A24, A_V9)], "UBND các xã, thị trấn báo cáo kết quả về Phòng Giáo dục và Đào tạo trước ngày 30/11/2024.", ["30/11/2024"])
Q("deadline", "Theo kế hoạch năm 2025 của Tuy An, các cơ quan, đơn vị phải hoàn thành kế hoạch của đơn vị mình trước ngày nào?",
  [(B25, "các cơ quan, đơn vị chủ động xây dựng kế hoạch, hoàn thành trước ngày 28/02/2025")],
  "Các cơ quan, đơn vị chủ động xây dựng kế hoạch, hoàn thành trước ngày 28/02/2025.", ["28/02/2025"])
Q("deadline", "Kế hoạch năm 2024 của Tuy An yêu cầu gửi kế hoạch của đơn vị cho Phòng GD&ĐT trước ngày nào?",
  [(A24, "xây dựng kế hoạch của đơn vị, gửi Phòng Giáo dục và Đào tạo trước ngày 29/02/2024")],
  "Các cơ quan, đơn vị và UBND các xã, thị trấn xây dựng kế hoạch của đơn vị, gửi Phòng Giáo dục và Đào tạo trước ngày 29/02/2024.",
  ["29/02/2024"])
Q("deadline", "Năm 2024, việc bồi dưỡng nghiệp vụ cho cán bộ quản lý Trung tâm học tập cộng đồng ở Tuy An làm vào thời gian nào?",
  [(A24, A_III2b)], "Bồi dưỡng nghiệp vụ cho 48 cán bộ quản lý Trung tâm học tập cộng đồng trong quý II/2024.", ["quý II/2024"])

# ------------------------------------------------------------------ funding
Q("funding", "Tổng kinh phí kế hoạch xây dựng xã hội học tập năm 2024 của huyện Tuy An là bao nhiêu, từ những nguồn nào?",
  [(A24, A_FUND)],
  "1.460 triệu đồng, gồm ngân sách huyện 820 triệu đồng, ngân sách các xã, thị trấn 400 triệu đồng và nguồn xã hội hóa 240 triệu đồng.",
  ["1.460", "820", "400", "240"])
Q("funding", "Kế hoạch năm 2025 của Tuy An cần tổng cộng bao nhiêu kinh phí và chia theo nguồn ra sao?",
  [(B25, B_FUND1), (B25, B_FUND2)],
  "1.720 triệu đồng: ngân sách huyện 960 triệu đồng, ngân sách các xã, thị trấn 460 triệu đồng, nguồn xã hội hóa 300 triệu đồng.",
  ["1.720", "960", "460", "300"])
Q("funding", "Năm 2024 mỗi Trung tâm học tập cộng đồng ở Tuy An được hỗ trợ bao nhiêu tiền?",
  [(A24, A_CLTC)], "Mỗi Trung tâm học tập cộng đồng được hỗ trợ 15 triệu đồng/năm từ ngân sách huyện.", ["15 triệu đồng/năm"])
Q("funding", "Theo kế hoạch năm 2025 của Tuy An, mỗi lớp xóa mù chữ được hỗ trợ bao nhiêu?",
  [(B25, B_XMC)], "Mỗi lớp xóa mù chữ, chống tái mù chữ được hỗ trợ 18 triệu đồng từ ngân sách huyện.", ["18 triệu đồng"])
Q("funding", "Hai Trung tâm học tập cộng đồng thí điểm mô hình số năm 2025 ở Tuy An được hỗ trợ thêm bao nhiêu?",
  [(B25, B_CLTC)], "Mỗi Trung tâm thí điểm mô hình “Trung tâm học tập cộng đồng số” (02 trung tâm) được hỗ trợ thêm 30 triệu đồng/trung tâm.",
  ["30 triệu đồng/trung tâm"])
Q("funding", "Kinh phí đào tạo nghề cho lao động nông thôn trong kế hoạch 2024 của Tuy An lấy từ nguồn nào?",
  [(A24, "Kinh phí đào tạo nghề cho lao động nông thôn bố trí từ Chương trình mục tiêu quốc gia xây dựng nông thôn mới.")],
  "Bố trí từ Chương trình mục tiêu quốc gia xây dựng nông thôn mới.", ["nông thôn mới"])

# ------------------------------------------------------------------ legal_basis
Q("legal_basis", "Kế hoạch năm 2024 của huyện Tuy An được ban hành căn cứ những văn bản nào?",
  [(A24, "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ"),
   (A24, "Căn cứ Kế hoạch số 167/KH-UBND ngày 14/10/2021 của Ủy ban nhân dân tỉnh Phú Yên"),
   (A24, "Căn cứ Nghị quyết số 11-NQ/HU ngày 05/9/2023 của Ban Thường vụ Huyện ủy Tuy An")],
  "Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ; Kế hoạch số 167/KH-UBND ngày 14/10/2021 của UBND tỉnh Phú Yên; Nghị quyết số 11-NQ/HU ngày 05/9/2023 của Ban Thường vụ Huyện ủy Tuy An; và theo đề nghị của Phòng GD&ĐT (Tờ trình số 04/TTr-PGDĐT).",
  ["1373/QĐ-TTg", "167/KH-UBND", "11-NQ/HU"])
Q("legal_basis", "Căn cứ pháp lý của kế hoạch xây dựng xã hội học tập năm 2025 huyện Tuy An?",
  [(B25, "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ"),
   (B25, "Căn cứ Kế hoạch số 167/KH-UBND ngày 14/10/2021 của Ủy ban nhân dân tỉnh Phú Yên"),
   (B25, "Căn cứ Báo cáo số 212/BC-UBND ngày 18/12/2024 của Ủy ban nhân dân huyện")],
  "Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ; Kế hoạch số 167/KH-UBND ngày 14/10/2021 của UBND tỉnh Phú Yên; Báo cáo số 212/BC-UBND ngày 18/12/2024 của UBND huyện về kết quả thực hiện Kế hoạch số 08/KH-UBND năm 2024.",
  ["1373/QĐ-TTg", "167/KH-UBND", "212/BC-UBND"])
Q("legal_basis", "Kế hoạch XHHT năm 2024 của Tuy An được ban hành theo tờ trình nào?",
  [(A24, "Theo đề nghị của Phòng Giáo dục và Đào tạo tại Tờ trình số 04/TTr-PGDĐT ngày 12/01/2024")],
  "Theo đề nghị của Phòng Giáo dục và Đào tạo tại Tờ trình số 04/TTr-PGDĐT ngày 12/01/2024.", ["04/TTr-PGDĐT", "12/01/2024"])
Q("legal_basis", "Năm 2024 Tuy An hướng dẫn công nhận Gia đình học tập, Dòng họ học tập theo thông tư nào?",
  [(A24, A_III3a)], "Theo Thông tư số 44/2014/TT-BGDĐT (điểm a khoản 3 Mục III).", ["44/2014/TT-BGDĐT"])

# ------------------------------------------------------------------ purpose
Q("purpose", "Mục đích của kế hoạch xây dựng xã hội học tập năm 2024 huyện Tuy An là gì?",
  [(A24, "Cụ thể hóa các nhiệm vụ xây dựng xã hội học tập của huyện trong năm 2024, tạo cơ hội cho mọi người dân, nhất là ngư dân ven biển và đồng bào vùng gò đồi, được học tập thường xuyên, học tập suốt đời."),
   (A24, "Nâng cao hiệu quả hoạt động của 16 Trung tâm học tập cộng đồng, gắn việc học của người dân với nghề biển, nghề nông và du lịch Gành Đá Đĩa, đầm Ô Loan.")],
  "Cụ thể hóa nhiệm vụ xây dựng xã hội học tập năm 2024, tạo cơ hội cho mọi người dân, nhất là ngư dân ven biển và đồng bào vùng gò đồi, được học tập thường xuyên, học tập suốt đời; nâng cao hiệu quả hoạt động của 16 Trung tâm học tập cộng đồng, gắn việc học với nghề biển, nghề nông và du lịch Gành Đá Đĩa, đầm Ô Loan.",
  ["ngư dân ven biển", "học tập suốt đời", "16 Trung tâm học tập cộng đồng"])
Q("purpose", "Kế hoạch năm 2025 của Tuy An nhằm mục đích gì?",
  [(B25, "khắc phục những hạn chế năm 2024, nhất là chất lượng hoạt động của Trung tâm học tập cộng đồng ở các xã vùng gò đồi"),
   (B25, "Gắn xây dựng xã hội học tập với chuyển đổi số và phát triển du lịch cộng đồng quanh Gành Đá Đĩa, đầm Ô Loan.")],
  "Tiếp tục thực hiện các mục tiêu của Đề án, khắc phục những hạn chế năm 2024, nhất là chất lượng hoạt động của Trung tâm học tập cộng đồng ở các xã vùng gò đồi; gắn xây dựng xã hội học tập với chuyển đổi số và phát triển du lịch cộng đồng quanh Gành Đá Đĩa, đầm Ô Loan.",
  ["hạn chế năm 2024", "chuyển đổi số", "du lịch cộng đồng"])
Q("purpose", "Kế hoạch 2025 của huyện Tuy An đặt ra yêu cầu gì đối với việc xác định nhiệm vụ của các cơ quan?",
  [(B25, "Nhiệm vụ của từng cơ quan, đơn vị được xác định tại Mục V theo các khoản, điểm của Mục III")],
  "Nhiệm vụ của từng cơ quan, đơn vị được xác định tại Mục V theo các khoản, điểm của Mục III; các cơ quan, đơn vị chủ động xây dựng kế hoạch, hoàn thành trước ngày 28/02/2025.",
  ["Mục V", "Mục III"])

# ------------------------------------------------------------------ task_section
Q("task_section", "Khoản 4 Mục III kế hoạch năm 2024 của Tuy An gồm những nội dung gì?",
  [(A24, "4. Học tập gắn với sinh kế của người dân"), (A24, A_III4a), (A24, A_III4b)],
  "Khoản 4 “Học tập gắn với sinh kế của người dân”: a) mở lớp tập huấn kỹ thuật nuôi tôm hùm lồng và bảo quản hải sản sau khai thác cho ngư dân các xã An Ninh Đông, An Hải, An Hòa Hải; b) đào tạo nghề ngắn hạn cho 350 lao động nông thôn, ưu tiên chế biến thủy sản và dịch vụ du lịch.",
  ["sinh kế", "tôm hùm lồng", "350"])
Q("task_section", "Khoản 7 Mục III trong kế hoạch năm 2025 của Tuy An nói về việc gì?",
  [(B25, "7. Xóa mù chữ, chống tái mù chữ"), (B25, B_III7a), (B25, B_III7b)],
  "Khoản 7 “Xóa mù chữ, chống tái mù chữ”: a) mở 06 lớp xóa mù chữ, chống tái mù chữ cho người dân vùng gò đồi các xã An Lĩnh, An Xuân, An Thọ; b) duy trì 16/16 xã, thị trấn đạt chuẩn xóa mù chữ mức độ 2.",
  ["06 lớp", "An Lĩnh", "16/16"])
Q("task_section", "Nội dung nhiệm vụ chuyển đổi số trong học tập của kế hoạch 2025 huyện Tuy An?",
  [(B25, B_III5a), (B25, B_III5b), (B25, B_III5c)],
  "Khoản 5 Mục III: a) hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID và dịch vụ công trực tuyến qua Tổ công nghệ số cộng đồng; b) bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã, hoàn thành trong quý III/2025; c) xây dựng tủ sách điện tử dùng chung trên Trang thông tin điện tử huyện.",
  ["VNeID", "quý III/2025", "tủ sách điện tử"])
Q("task_section", "Kế hoạch năm 2024 của Tuy An có những nhiệm vụ gì để củng cố Trung tâm học tập cộng đồng?",
  [(A24, "2. Củng cố Trung tâm học tập cộng đồng"), (A24, A_III2a), (A24, A_III2b)],
  "Khoản 2 Mục III “Củng cố Trung tâm học tập cộng đồng”: a) kiện toàn Ban Giám đốc 16 Trung tâm, hoàn thành trước ngày 31/3/2024; b) bồi dưỡng nghiệp vụ cho 48 cán bộ quản lý Trung tâm trong quý II/2024.",
  ["Ban Giám đốc", "31/3/2024", "48"])
Q("task_section", "Năm 2025, Tuy An làm gì để phát triển các mô hình học tập?",
  [(B25, "3. Phát triển các mô hình học tập"), (B25, B_III3a), (B25, B_III3b)],
  "Khoản 3 Mục III: a) đánh giá, công nhận “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” cấp thôn, chú trọng các thôn vùng gò đồi; b) đánh giá, công nhận “Đơn vị học tập” đối với cơ quan, đơn vị cấp huyện, hoàn thành trước ngày 15/11/2025.",
  ["vùng gò đồi", "Đơn vị học tập", "15/11/2025"])

# ------------------------------------------------------------------ cross_plan
Q("cross_plan", "Chỉ tiêu Gia đình học tập của Tuy An thay đổi thế nào giữa kế hoạch năm 2024 và năm 2025?",
  [(A24, A_GDHT), (B25, B_GDHT)],
  "Tăng từ 55% hộ gia đình (kế hoạch năm 2024, số 08/KH-UBND) lên 60% (kế hoạch năm 2025, số 15/KH-UBND).", ["55%", "60%"])
Q("cross_plan", "Năm 2025 mỗi Trung tâm học tập cộng đồng ở Tuy An được hỗ trợ hoạt động bao nhiêu tiền?",
  [(B25, B_CLTC), (A24, A_CLTC)],
  "Kế hoạch năm 2025 không ghi con số mà dẫn chiếu khoản 2 Mục IV Kế hoạch số 08/KH-UBND ngày 22/01/2024: mỗi Trung tâm được hỗ trợ 15 triệu đồng/năm từ ngân sách huyện; riêng 02 Trung tâm thí điểm mô hình “Trung tâm học tập cộng đồng số” được hỗ trợ thêm 30 triệu đồng/trung tâm.",
  ["15 triệu đồng/năm", "30 triệu đồng/trung tâm"])
Q("cross_plan", "Ai ký kế hoạch xây dựng xã hội học tập năm 2024 và năm 2025 của huyện Tuy An?",
  [(A24, A_SIGN), (B25, B_SIGN)],
  "Kế hoạch năm 2024 (08/KH-UBND) do bà Trần Thị Mỹ Hạnh, Phó Chủ tịch, ký thay Chủ tịch (KT. CHỦ TỊCH); kế hoạch năm 2025 (15/KH-UBND) do ông Lương Minh Tuấn, Chủ tịch UBND huyện, ký (TM. Ủy ban nhân dân).",
  ["Trần Thị Mỹ Hạnh", "Lương Minh Tuấn"])
Q("cross_plan", "“Điểm b khoản 5 Mục III” do ai chủ trì trong kế hoạch năm 2024 và trong kế hoạch năm 2025 của Tuy An?",
  [(A24, "9. Ủy ban nhân dân các xã, thị trấn " + A_V9), (A24, A_III5b), (B25, "2. Phòng Nội vụ " + B_V2), (B25, B_III5b)],
  "Hai năm là hai nhiệm vụ khác nhau: năm 2024, điểm b khoản 5 là xây dựng 05 điểm học tập cộng đồng có internet miễn phí tại nhà văn hóa thôn, do Ủy ban nhân dân các xã, thị trấn chủ trì; năm 2025, điểm b khoản 5 là bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã (xong trong quý III/2025), do Phòng Nội vụ chủ trì.",
  ["Ủy ban nhân dân các xã, thị trấn", "05 điểm học tập cộng đồng", "Phòng Nội vụ", "cán bộ, công chức cấp xã"])
Q("cross_plan", "So sánh chỉ tiêu xóa mù chữ mức độ 2 trong kế hoạch năm 2024 của Tuy An và kế hoạch năm 2024 của Cần Thơ.",
  [(A24, "Duy trì 16/16 xã, thị trấn đạt chuẩn xóa mù chữ mức độ 2."), (CT, "100% quận, huyện đạt chuẩn xóa mù chữ mức độ 2")],
  "Tuy An (cấp huyện) duy trì 16/16 xã, thị trấn đạt chuẩn xóa mù chữ mức độ 2; Cần Thơ (cấp thành phố) đặt 100% quận, huyện đạt chuẩn xóa mù chữ mức độ 2 — cùng là toàn bộ đơn vị, nhưng ở hai cấp khác nhau.",
  ["16/16", "100% quận, huyện"])
Q("cross_plan", "Kế hoạch năm 2025 của Tuy An và kế hoạch năm 2024 của Cần Thơ cùng căn cứ quyết định nào của Thủ tướng?",
  [(B25, "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ"),
   (CT, "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ")],
  "Cả hai cùng căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”.",
  ["1373/QĐ-TTg"])
Q("cross_plan", "Báo cáo 212/BC-UBND mà kế hoạch 2025 của Tuy An căn cứ là báo cáo kết quả của kế hoạch nào, và kế hoạch đó ai ký?",
  [(B25, "Căn cứ Báo cáo số 212/BC-UBND ngày 18/12/2024 của Ủy ban nhân dân huyện về kết quả thực hiện Kế hoạch số 08/KH-UBND ngày 22/01/2024"),
   (A24, A_SIGN)],
  "Báo cáo số 212/BC-UBND ngày 18/12/2024 báo cáo kết quả thực hiện Kế hoạch số 08/KH-UBND ngày 22/01/2024 (kế hoạch năm 2024, cũng được tải lên), do Phó Chủ tịch Trần Thị Mỹ Hạnh ký thay Chủ tịch.",
  ["08/KH-UBND", "Trần Thị Mỹ Hạnh"])
Q("cross_plan", "Kế hoạch năm 2026 của Huế và kế hoạch năm 2025 của Tuy An ai ký, với chức vụ gì?",
  [(HUE, "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Thanh Bình"), (B25, B_SIGN)],
  "Kế hoạch năm 2026 của Huế do Phó Chủ tịch Nguyễn Thanh Bình ký thay Chủ tịch (KT. CHỦ TỊCH); kế hoạch năm 2025 của Tuy An do Chủ tịch Lương Minh Tuấn ký (TM. Ủy ban nhân dân).",
  ["Nguyễn Thanh Bình", "Lương Minh Tuấn"])

# ------------------------------------------------------------------ no_diacritics
Q("no_diacritics", "ke hoach nam 2025 cua tuy an chi tieu dong ho hoc tap bao nhieu",
  [(B25, "52% dòng họ được công nhận danh hiệu “Dòng họ học tập”.")], "Năm 2025: 52% dòng họ được công nhận danh hiệu “Dòng họ học tập”.", ["52%"])
Q("no_diacritics", "phong nong nghiep huyen tuy an nam 2024 chu tri nhiem vu gi",
  [(A24, A_V5), (A24, A_III4a)],
  "Phòng Nông nghiệp và Phát triển nông thôn chủ trì điểm a khoản 4 Mục III: tập huấn kỹ thuật nuôi tôm hùm lồng và bảo quản hải sản sau khai thác cho ngư dân An Ninh Đông, An Hải, An Hòa Hải; phối hợp Trạm Khuyến nông huyện bố trí giảng viên.",
  ["tôm hùm lồng", "An Hòa Hải"])
Q("no_diacritics", "tuy an 2025 moi lop xoa mu chu duoc ho tro bao nhieu tien",
  [(B25, B_XMC)], "Mỗi lớp xóa mù chữ, chống tái mù chữ được hỗ trợ 18 triệu đồng từ ngân sách huyện.", ["18 triệu đồng"])
Q("no_diacritics", "nam 2025 huyen tuy an mo bao nhieu lop xoa mu chu o dau",
  [(B25, B_III7a)], "06 lớp xóa mù chữ, chống tái mù chữ cho người dân vùng gò đồi các xã An Lĩnh, An Xuân, An Thọ.",
  ["06 lớp", "An Lĩnh", "An Xuân", "An Thọ"])
Q("no_diacritics", "ubnd xa an ninh tay duoc giao nhiem vu gi trong ke hoach 2025 cua huyen",
  [(B25, B_V9), (B25, B_III2b)],
  "UBND xã An Ninh Tây (cùng thị trấn Chí Thạnh) chủ trì điểm b khoản 2 Mục III: thí điểm mô hình “Trung tâm học tập cộng đồng số”.",
  ["Trung tâm học tập cộng đồng số", "Chí Thạnh"])
Q("no_diacritics", "ai ky ke hoach xay dung xhht nam 2024 huyen tuy an",
  [(A24, A_SIGN)], "Bà Trần Thị Mỹ Hạnh, Phó Chủ tịch UBND huyện, ký thay Chủ tịch (TM. Ủy ban nhân dân, KT. Chủ tịch).",
  ["Trần Thị Mỹ Hạnh", "Phó Chủ tịch"])
Q("no_diacritics", "tuan le hoc tap suot doi 2024 tuy an to chuc tu ngay nao",
  [(A24, A_III1b)], "Từ ngày 01/10 đến ngày 07/10/2024, lồng ghép với Ngày Khuyến học Việt Nam 02/10.", ["01/10", "07/10/2024"])

# ------------------------------------------------------------------ abbreviation
Q("abbreviation", "P.TC-KH huyện Tuy An có nv gì trong KH 15/KH-UBND?",
  [(B25, B_V7)], "Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí theo Mục IV; hướng dẫn thanh toán, quyết toán kinh phí theo quy định.",
  ["bố trí kinh phí", "quyết toán"])
Q("abbreviation", "Chỉ tiêu TTHTCĐ xếp loại Tốt năm 2025 của Tuy An?",
  [(B25, B_TOT)], "13/16 Trung tâm học tập cộng đồng được đánh giá, xếp loại Tốt.", ["13/16"])
Q("abbreviation", "UBMTTQVN huyện và các tổ chức CT-XH được đề nghị làm gì trong KH XHHT 2024 của Tuy An?",
  [(A24, A_V11), (A24, A_III3a)],
  "Tuyên truyền, vận động đoàn viên, hội viên tham gia học tập; phối hợp thực hiện điểm a khoản 3 Mục III — hướng dẫn đánh giá, công nhận “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” cấp thôn theo Thông tư số 44/2014/TT-BGDĐT.",
  ["vận động đoàn viên, hội viên", "Gia đình học tập"])
Q("abbreviation", "ĐVHT năm 2024 Tuy An phấn đấu bn %?",
  [(A24, "70% cơ quan, đơn vị cấp huyện được công nhận “Đơn vị học tập”.")],
  "70% cơ quan, đơn vị cấp huyện được công nhận “Đơn vị học tập” (năm 2024).", ["70%"])
Q("abbreviation", "TT VH-TT&TT huyện Tuy An làm gì theo KH 08/KH-UBND?",
  [(A24, A_V7), (A24, A_III1a)],
  "Trung tâm Văn hóa - Thông tin và Thể thao huyện phối hợp thực hiện điểm a khoản 1 Mục III (tuyên truyền về học tập suốt đời, mỗi tháng ít nhất 02 tin, bài) và duy trì chuyên mục “Học tập suốt đời” trên sóng phát thanh huyện.",
  ["phối hợp", "chuyên mục “Học tập suốt đời”"])
Q("abbreviation", "CBCC cấp xã ở Tuy An phải được bồi dưỡng KNS xong khi nào (KH 2025)?",
  [(B25, B_III5b)], "Bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã, hoàn thành trong quý III/2025.", ["quý III/2025"])
Q("abbreviation", "HKH huyện Tuy An năm 2025 phải vận động quỹ KH thế nào?",
  [(B25, B_V10), (B25, B_III6a)],
  "Hội Khuyến học huyện được đề nghị chủ trì khoản 6 Mục III: vận động xây dựng Quỹ khuyến học các cấp, mỗi xã, thị trấn vận động ít nhất 50 triệu đồng.",
  ["Quỹ khuyến học", "50 triệu đồng"])

# ------------------------------------------------------------------ paraphrase
Q("paraphrase", "Năm 2025 huyện Tuy An muốn bao nhiêu phần trăm thôn, khu phố trở thành cộng đồng học tập?",
  [(B25, "45% thôn, khu phố được công nhận danh hiệu “Cộng đồng học tập” cấp thôn.")], "45% thôn, khu phố (Cộng đồng học tập cấp thôn).", ["45%"])
Q("paraphrase", "Trong năm 2024, huyện Tuy An định dạy nghề cho bao nhiêu người lao động ở nông thôn?",
  [(A24, A_III4b)], "350 lao động nông thôn được đào tạo nghề ngắn hạn, ưu tiên nghề chế biến thủy sản và dịch vụ du lịch.", ["350"])
Q("paraphrase", "Các hộ buôn bán, làm dịch vụ quanh Gành Đá Đĩa được huyện cho học gì trong năm 2025?",
  [(B25, B_III4b)], "Bồi dưỡng kỹ năng làm du lịch cộng đồng, ngoại ngữ giao tiếp cho 120 hộ kinh doanh quanh Gành Đá Đĩa và đầm Ô Loan.",
  ["du lịch cộng đồng", "ngoại ngữ giao tiếp", "120 hộ"])
Q("paraphrase", "Kế hoạch năm 2025 của Tuy An có còn giữ các chỉ tiêu của năm trước không?",
  [(B25, B_END)], "Không: Kế hoạch năm 2025 thay thế các chỉ tiêu, nhiệm vụ của năm 2024 kể từ ngày ký.", ["thay thế"])
Q("paraphrase", "Muốn người dân vùng biển Tuy An học nghề nuôi tôm hùm, kế hoạch 2025 định làm gì?",
  [(B25, B_III4a)], "Tập huấn kỹ thuật nuôi tôm hùm lồng theo hướng an toàn sinh học cho ngư dân các xã ven đầm Ô Loan và ven biển.",
  ["an toàn sinh học", "Ô Loan"])

# ------------------------------------------------------------------ english
Q("english", "Who signed Tuy An district's 2024 lifelong-learning plan, and in what capacity?",
  [(A24, A_SIGN)], "Trần Thị Mỹ Hạnh signed it as PHÓ CHỦ TỊCH (vice-chair) on behalf of the chair (KT. CHỦ TỊCH) of the district People's Committee.",
  ["Trần Thị Mỹ Hạnh", "PHÓ CHỦ TỊCH"])
Q("english", "Who signed Tuy An's 2025 plan?",
  [(B25, B_SIGN)], "Lương Minh Tuấn, CHỦ TỊCH (chair) of the Tuy An district People's Committee, signed it (TM. ỦY BAN NHÂN DÂN).",
  ["Lương Minh Tuấn", "CHỦ TỊCH"])
Q("english", "What is the number and date of Tuy An's 2025 learning-society plan?",
  [(B25, B_NUM), (B25, B_DATE)], "Kế hoạch số 15/KH-UBND, dated 20 tháng 01 năm 2025 (20 January 2025).", ["15/KH-UBND", "20 tháng 01 năm 2025"])
Q("english", "What share of households should become 'learning families' in Tuy An in 2024?",
  [(A24, A_GDHT)], "55% of households (“Gia đình học tập”) in 2024.", ["55%"])
Q("english", "How much is the total 2025 budget of Tuy An's plan and how much comes from the district budget?",
  [(B25, B_FUND1), (B25, B_FUND2)], "1.720 triệu đồng (1.72 billion VND) in total, of which 960 triệu đồng from the district budget, 460 from the communes and 300 from social contributions.",
  ["1.720", "960"])
Q("english", "What does the agriculture division do under Tuy An's 2025 plan?",
  [(B25, B_V5), (B25, B_III4a)],
  "The Phòng Nông nghiệp và Phát triển nông thôn leads item 4(a) of section III: training fishers of the communes around the Ô Loan lagoon and along the coast in biosecure caged lobster farming (tôm hùm lồng).",
  ["tôm hùm lồng", "Ô Loan"])
Q("english", "By when must the 'learning unit' recognition of district agencies be completed in 2024 in Tuy An?",
  [(A24, A_III3b)], "Before 15/11/2024 (15 November 2024).", ["15/11/2024"])
Q("english", "When is Lifelong Learning Week held in Tuy An in 2025?",
  [(B25, B_III1b)], "From 01/10 to 07/10/2025, together with the Vietnam Book and Reading Culture Day on 21/4.", ["01/10", "07/10/2025"])
Q("english", "How many literacy classes will Tuy An open in 2025 and in which communes?",
  [(B25, B_III7a)], "06 anti-illiteracy classes for people of the hill areas of An Lĩnh, An Xuân and An Thọ communes.", ["06", "An Lĩnh", "An Xuân", "An Thọ"])
Q("english", "Which body is the standing agency for Tuy An's 2025 plan?",
  [(B25, B_V1)], "The Phòng Giáo dục và Đào tạo (district education division) is the “cơ quan thường trực”.", ["Phòng Giáo dục và Đào tạo", "cơ quan thường trực"])
Q("english", "Which report does Tuy An's 2025 plan rely on as a basis?",
  [(B25, "Căn cứ Báo cáo số 212/BC-UBND ngày 18/12/2024 của Ủy ban nhân dân huyện về kết quả thực hiện Kế hoạch số 08/KH-UBND ngày 22/01/2024")],
  "Report 212/BC-UBND of 18/12/2024 of the district People's Committee on the results of plan 08/KH-UBND (2024).", ["212/BC-UBND", "18/12/2024"])
Q("english", "How many internet-connected community learning points did Tuy An plan to build in 2024, and where?",
  [(A24, A_III5b)], "05 community learning points with free internet, at the village cultural houses (nhà văn hóa thôn).", ["05", "nhà văn hóa thôn"])
Q("english", "What is the 2025 digital-skills target for workers in Tuy An?",
  [(B25, "50% người lao động trong độ tuổi lao động được bồi dưỡng kỹ năng số cơ bản.")], "50% of people of working age receive basic digital-skills training.", ["50%"])
Q("english", "Which communes' fishers get the lobster-farming training in Tuy An's 2024 plan?",
  [(A24, A_III4a)], "An Ninh Đông, An Hải and An Hòa Hải.", ["An Ninh Đông", "An Hải", "An Hòa Hải"])
Q("english", "What is the Huyện đoàn (district youth union) asked to do in Tuy An's 2025 plan?",
  [(B25, B_DOAN1), (B25, B_DOAN2), (B25, B_III5a)],
  "Under the request to the Fatherland Front and the socio-political organisations, the Huyện đoàn coordinates item 5(a) of section III: guiding people to install and use the VNeID app and online public services through the community digital technology teams.",
  ["Huyện đoàn", "VNeID"])

# ------------------------------------------------------------------ follow_up
Q("follow_up", "Còn năm 2025?", [(B25, B_GDHT)], "Năm 2025 chỉ tiêu tăng lên 60% hộ gia đình đạt “Gia đình học tập”.", ["60%"],
  H("Năm 2024 Tuy An đặt chỉ tiêu Gia đình học tập bao nhiêu?", "Kế hoạch năm 2024 phấn đấu 55% hộ gia đình được công nhận “Gia đình học tập”."))
Q("follow_up", "Năm trước đó thì họ được giao đào tạo bao nhiêu người?", [(A24, A_V4), (A24, A_III4b)],
  "Năm 2024 Phòng LĐ-TB&XH chủ trì điểm b khoản 4 Mục III: đào tạo nghề ngắn hạn cho 350 lao động nông thôn.", ["350"],
  H("Năm 2025 Phòng Lao động - Thương binh và Xã hội Tuy An phải làm gì?", "Chủ trì điểm c khoản 4 Mục III: đào tạo nghề ngắn hạn cho 400 lao động nông thôn, ít nhất 30% là lao động nữ."))
Q("follow_up", "Trong đó ngân sách huyện bao nhiêu?", [(B25, B_FUND1)], "Ngân sách huyện 960 triệu đồng.", ["960"],
  H("Tổng kinh phí kế hoạch năm 2025 của Tuy An?", "1.720 triệu đồng."))
Q("follow_up", "Họ phải báo cáo trước ngày nào?", [(A24, A_V1)], "Phòng GD&ĐT tổng hợp, báo cáo UBND huyện và Sở Giáo dục và Đào tạo trước ngày 10/12/2024.", ["10/12/2024"],
  H("Năm 2024 Phòng Giáo dục và Đào tạo Tuy An làm gì?", "Là cơ quan thường trực; chủ trì khoản 2 và điểm a khoản 3 Mục III (củng cố Trung tâm học tập cộng đồng; hướng dẫn công nhận các danh hiệu học tập)."))
Q("follow_up", "Cụ thể mức đó là bao nhiêu tiền?", [(B25, B_CLTC), (A24, A_CLTC)],
  "Khoản 2 Mục IV Kế hoạch số 08/KH-UBND (năm 2024) quy định 15 triệu đồng/năm cho mỗi Trung tâm học tập cộng đồng, từ ngân sách huyện; năm 2025 hai Trung tâm thí điểm mô hình số được thêm 30 triệu đồng/trung tâm.",
  ["15 triệu đồng/năm"],
  H("Kế hoạch 2025 của Tuy An hỗ trợ Trung tâm học tập cộng đồng thế nào?", "Mức hỗ trợ mỗi Trung tâm thực hiện như khoản 2 Mục IV Kế hoạch số 08/KH-UBND ngày 22/01/2024; riêng 02 Trung tâm thí điểm được thêm 30 triệu đồng/trung tâm."))
Q("follow_up", "Nội dung điểm đó là gì?", [(B25, B_III4b)],
  "Điểm b khoản 4 Mục III năm 2025: bồi dưỡng kỹ năng làm du lịch cộng đồng, ngoại ngữ giao tiếp cho 120 hộ kinh doanh quanh Gành Đá Đĩa và đầm Ô Loan.",
  ["120 hộ", "du lịch cộng đồng"],
  H("Năm 2025 ai chủ trì điểm b khoản 4 Mục III ở Tuy An?", "Phòng Kinh tế và Hạ tầng, phối hợp với Ban Quản lý Khu du lịch Gành Đá Đĩa."))
Q("follow_up", "Còn năm 2025 Hội được đề nghị gì?", [(B25, B_V10), (B25, B_III6a), (B25, B_III6b)],
  "Năm 2025 Hội Khuyến học huyện chủ trì khoản 6 Mục III: vận động Quỹ khuyến học các cấp, mỗi xã, thị trấn ít nhất 50 triệu đồng; tuyên dương “Gia đình học tập tiêu biểu”, “Dòng họ học tập tiêu biểu” vào dịp Ngày Khuyến học Việt Nam 02/10/2025.",
  ["50 triệu đồng", "02/10/2025"],
  H("Hội Khuyến học huyện Tuy An năm 2024 được đề nghị làm gì?", "Chủ trì khoản 6 Mục III (Quỹ khuyến học, học bổng, tuyên dương) và phối hợp tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2024."))
Q("follow_up", "Mỗi lớp được hỗ trợ bao nhiêu?", [(B25, B_XMC)], "Mỗi lớp xóa mù chữ, chống tái mù chữ được hỗ trợ 18 triệu đồng từ ngân sách huyện.", ["18 triệu đồng"],
  H("Năm 2025 Tuy An mở bao nhiêu lớp xóa mù chữ?", "06 lớp cho người dân vùng gò đồi các xã An Lĩnh, An Xuân, An Thọ."))
Q("follow_up", "And the 2025 one?", [(B25, B_SIGN)], "The 2025 plan was signed by Lương Minh Tuấn, CHỦ TỊCH of the district People's Committee.", ["Lương Minh Tuấn"],
  H("Who signed Tuy An's 2024 plan?", "Trần Thị Mỹ Hạnh, Phó Chủ tịch, on behalf of the chair."))
Q("follow_up", "Năm sau nâng lên bao nhiêu?", [(B25, B_TOT)], "Năm 2025: 13/16 Trung tâm học tập cộng đồng được xếp loại Tốt.", ["13/16"],
  H("Năm 2024 Tuy An đặt chỉ tiêu bao nhiêu TTHTCĐ xếp loại Tốt?", "12/16 Trung tâm học tập cộng đồng."))
Q("follow_up", "Thế còn huyện Tuy An?", [(B25, "52% dòng họ được công nhận danh hiệu “Dòng họ học tập”.")],
  "Kế hoạch năm 2025 của huyện Tuy An đặt 52% dòng họ được công nhận “Dòng họ học tập”.", ["52%"],
  H("Thị xã Sông Cầu năm 2025 đặt chỉ tiêu Dòng họ học tập bao nhiêu?", "Các kế hoạch đã tải lên không có kế hoạch của thị xã Sông Cầu, nên tôi không trả lời được."))
Q("follow_up", "Ai phối hợp với họ trong việc tuyên truyền đó?", [(A24, A_V7)],
  "Trung tâm Văn hóa - Thông tin và Thể thao huyện phối hợp thực hiện điểm a khoản 1 Mục III và duy trì chuyên mục “Học tập suốt đời” trên sóng phát thanh huyện.",
  ["Trung tâm Văn hóa - Thông tin và Thể thao huyện"],
  H("Năm 2024 Phòng Văn hóa và Thông tin Tuy An chủ trì gì?", "Khoản 1 Mục III (tuyên truyền, Tuần lễ hưởng ứng học tập suốt đời) và điểm a khoản 5 (hướng dẫn dịch vụ công trực tuyến)."))
Q("follow_up", "Được hỗ trợ thêm bao nhiêu tiền?", [(B25, B_CLTC)], "Mỗi Trung tâm thí điểm mô hình “Trung tâm học tập cộng đồng số” được hỗ trợ thêm 30 triệu đồng/trung tâm.", ["30 triệu đồng"],
  H("Điểm b khoản 2 Mục III kế hoạch 2025 của Tuy An là gì?", "Thí điểm mô hình “Trung tâm học tập cộng đồng số” tại xã An Ninh Tây và thị trấn Chí Thạnh."))
Q("follow_up", "Năm 2024 thì tổ chức ngày nào?", [(A24, A_III1b)], "Năm 2024: từ ngày 01/10 đến ngày 07/10/2024.", ["07/10/2024"],
  H("Tuần lễ hưởng ứng học tập suốt đời năm 2025 ở Tuy An diễn ra khi nào?", "Từ 01/10 đến 07/10/2025."))
Q("follow_up", "Việc đó phải xong khi nào?", [(B25, B_III5b)], "Hoàn thành trong quý III/2025.", ["quý III/2025"],
  H("Năm 2025 Phòng Nội vụ Tuy An chủ trì điểm b khoản 5 Mục III, đó là việc gì?", "Bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã."))

# ------------------------------------------------------------------ unanswerable
NOT = "Các kế hoạch đã tải lên không nói điều này"
U("Thị xã Sông Cầu đặt chỉ tiêu Gia đình học tập năm 2025 bao nhiêu?",
  NOT + ": chỉ có kế hoạch năm 2024 và 2025 của huyện Tuy An (cùng 5 kế hoạch có sẵn); thị xã Sông Cầu, nơi giáp Tuy An, không có kế hoạch được tải lên.", r"song cau")
U("Phòng Giáo dục và Đào tạo huyện Đồng Xuân có nhiệm vụ gì trong kế hoạch xây dựng xã hội học tập năm 2024?",
  NOT + ": không có kế hoạch của huyện Đồng Xuân (huyện giáp Tuy An); kế hoạch năm 2024 được tải lên là của huyện Tuy An.", r"dong xuan")
U("Thành phố Tuy Hòa phấn đấu bao nhiêu phần trăm Dòng họ học tập năm 2025?",
  NOT + ": không có kế hoạch nào của thành phố Tuy Hòa; chỉ có kế hoạch của huyện Tuy An.", r"tuy hoa")
U("How much is Sơn Hòa district's budget for its 2024 learning-society plan?",
  "The loaded plans do not cover Sơn Hòa district: only Tuy An district's 2024 and 2025 plans (and five other places' plans) are loaded.", r"son hoa")
U("Kế hoạch số 167/KH-UBND của UBND tỉnh Phú Yên đặt chỉ tiêu Gia đình học tập đến năm 2025 là bao nhiêu?",
  NOT + ": hai kế hoạch của Tuy An chỉ dẫn chiếu Kế hoạch số 167/KH-UBND ngày 14/10/2021 của UBND tỉnh Phú Yên làm căn cứ; nội dung, chỉ tiêu của kế hoạch tỉnh không có trong các văn bản đã tải lên.",
  r"167/kh-ubnd[^;]{0,200}(\d+%|gia dinh hoc tap)")
U("Riêng xã An Ninh Đông phải đạt bao nhiêu phần trăm hộ Gia đình học tập năm 2025?",
  NOT + ": kế hoạch chỉ đặt chỉ tiêu chung toàn huyện (60% năm 2025), không giao chỉ tiêu riêng cho từng xã; An Ninh Đông chỉ được nêu là nơi mở lớp nuôi tôm hùm năm 2024.",
  r"an ninh dong[^.;]{0,120}\d+%|chi tieu (giao|cua) (cac|tung) xa")
U("Chỉ tiêu Gia đình học tập năm 2026 của huyện Tuy An là bao nhiêu?",
  NOT + ": chỉ có kế hoạch năm 2024 (55%) và năm 2025 (60%) của Tuy An; chưa có kế hoạch năm 2026 nào được tải lên.", r"\b2026\b", [A24, B25])
U("Còn năm 2026?", NOT + ": không có kế hoạch năm 2026 của Tuy An; kế hoạch năm 2025 chỉ đặt chỉ tiêu cho năm 2025 (75% Đơn vị học tập).", r"\b2026\b", [A24, B25],
  H("Năm 2025 Tuy An đặt chỉ tiêu Đơn vị học tập bao nhiêu?", "75% cơ quan, đơn vị cấp huyện được công nhận “Đơn vị học tập”."))
U("How much will each community learning centre in Tuy An receive in 2026?",
  "The loaded plans do not say: Tuy An's plans cover 2024 and 2025 only (15 million VND per centre per year); there is no 2026 plan.", r"\b2026\b", [A24, B25])
U("Trong kế hoạch năm 2024 của Tuy An, Phòng Kinh tế và Hạ tầng được giao nhiệm vụ gì?",
  NOT + ": kế hoạch năm 2024 không nêu Phòng Kinh tế và Hạ tầng; phòng này chỉ được giao nhiệm vụ (điểm b khoản 4 Mục III) trong kế hoạch năm 2025.",
  r"kinh te va ha tang", [A24])
U("Năm 2025 Trung tâm Văn hóa - Thông tin và Thể thao huyện Tuy An có nhiệm vụ gì?",
  NOT + ": kế hoạch năm 2025 không nêu Trung tâm Văn hóa - Thông tin và Thể thao huyện (trung tâm này chỉ có nhiệm vụ phối hợp trong kế hoạch năm 2024).",
  r"trung tam van hoa", [B25])
U("Năm 2025, Trạm Khuyến nông huyện Tuy An phải làm gì?",
  NOT + ": kế hoạch năm 2025 không nêu Trạm Khuyến nông; chỉ kế hoạch năm 2024 nhắc đến trạm này như nơi Phòng NN&PTNT phối hợp bố trí giảng viên.",
  r"khuyen nong", [B25])
U("Trạm Khuyến nông huyện chủ trì nhiệm vụ nào trong kế hoạch năm 2024 của Tuy An?",
  NOT + ": Trạm Khuyến nông chỉ được nêu là đơn vị Phòng Nông nghiệp và Phát triển nông thôn phối hợp để bố trí giảng viên; kế hoạch không giao trạm chủ trì nhiệm vụ nào.",
  r"tram khuyen nong huyen[^.;]{0,20}(chu tri|co trach nhiem)|\d+\. tram khuyen nong", [A24])
U("Ban Quản lý Khu du lịch Gành Đá Đĩa được giao nhiệm vụ gì trong kế hoạch năm 2025?",
  NOT + ": Ban Quản lý Khu du lịch Gành Đá Đĩa chỉ được nêu là đơn vị Phòng Kinh tế và Hạ tầng phối hợp; kế hoạch không giao Ban nhiệm vụ riêng.",
  r"\d+\. ban quan ly khu du lich|ban quan ly khu du lich ganh da dia[^.;]{0,20}(chu tri|co trach nhiem)", [B25])
U("Trung tâm Y tế huyện Tuy An có nhiệm vụ gì trong kế hoạch xây dựng xã hội học tập?",
  NOT + ": cả hai kế hoạch của Tuy An đều không nêu Trung tâm Y tế hay ngành y tế.", r"y te", [A24, B25])
U("Công an huyện Tuy An được giao gì trong kế hoạch năm 2025?",
  NOT + ": kế hoạch năm 2025 (và năm 2024) không giao nhiệm vụ cho Công an huyện.", r"cong an", [A24, B25])
U("Hội Liên hiệp Phụ nữ huyện Tuy An được đề nghị làm gì năm 2025?",
  NOT + ": kế hoạch chỉ đề nghị chung Ủy ban MTTQ Việt Nam huyện và các tổ chức chính trị - xã hội huyện (riêng Huyện đoàn được nêu tên); Hội Liên hiệp Phụ nữ không được nêu tên hay giao việc riêng.",
  r"phu nu", [A24, B25])
U("Huyện đoàn Tuy An có nhiệm vụ gì trong kế hoạch năm 2024?",
  NOT + ": kế hoạch năm 2024 không nêu tên Huyện đoàn (chỉ đề nghị chung MTTQ và các tổ chức chính trị - xã hội); Huyện đoàn chỉ được nêu trong kế hoạch năm 2025.",
  r"huyen doan|doan thanh nien", [A24])
U("Sở Giáo dục và Đào tạo tỉnh Phú Yên chủ trì những nhiệm vụ gì trong kế hoạch của Tuy An?",
  NOT + ": Sở Giáo dục và Đào tạo chỉ là nơi nhận báo cáo và nơi nhận văn bản; kế hoạch cấp huyện không giao Sở nhiệm vụ.",
  r"so giao duc va dao tao[^.;]{0,40}(chu tri|co trach nhiem|huong dan)", [A24, B25])
U("Hiện nay huyện Tuy An có bao nhiêu hộ đạt Gia đình học tập?",
  NOT + ": các kế hoạch chỉ nêu chỉ tiêu phấn đấu (55% năm 2024, 60% năm 2025), không nêu số hộ hiện có.",
  r"hien nay|hien co|hien tai|\d+ ho gia dinh", [A24, B25])
U("Theo Báo cáo 212/BC-UBND, năm 2024 Tuy An thực tế đạt bao nhiêu phần trăm Gia đình học tập?",
  NOT + ": kế hoạch năm 2025 chỉ dẫn Báo cáo số 212/BC-UBND làm căn cứ, không trích kết quả đạt được năm 2024.",
  r"(da dat|ket qua dat|dat duoc|thuc hien duoc)[^.;]{0,60}\d+(,\d+)?%", [A24, B25])
U("Đơn vị không hoàn thành chỉ tiêu xây dựng xã hội học tập bị xử lý thế nào theo kế hoạch của Tuy An?",
  NOT + ": các kế hoạch không quy định hình thức xử lý, kỷ luật; kế hoạch năm 2024 chỉ đưa kết quả “Đơn vị học tập” vào tiêu chí bình xét thi đua.",
  r"xu ly|ky luat|che tai|xu phat", [A24, B25])
U("Gia đình học tập tiêu biểu cấp huyện năm 2025 được thưởng bao nhiêu tiền?",
  NOT + ": kế hoạch chỉ nói tuyên dương vào dịp Ngày Khuyến học Việt Nam 02/10/2025, không nêu mức thưởng.",
  r"khen thuong|tien thuong|muc thuong|giay khen", [A24, B25])
U("Mỗi suất học bổng cho học sinh nghèo vượt khó ở Tuy An năm 2024 trị giá bao nhiêu?",
  NOT + ": kế hoạch năm 2024 chỉ nói trao học bổng cho học sinh nghèo vượt khó, không nêu giá trị suất học bổng.",
  r"hoc bong[^.;]{0,80}(trieu|dong)", [A24, B25])
U("Kinh phí tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2025 ở Tuy An là bao nhiêu?",
  NOT + ": kế hoạch năm 2025 chỉ nêu tổng kinh phí 1.720 triệu đồng theo nguồn, không tách riêng kinh phí cho Tuần lễ.",
  r"tuan le[^.;]{0,120}trieu", [B25])
U("Năm 2024, mỗi lớp xóa mù chữ ở Tuy An được hỗ trợ bao nhiêu tiền?",
  NOT + ": kế hoạch năm 2024 không mở lớp xóa mù chữ và không có mức hỗ trợ này (mức 18 triệu đồng/lớp là của kế hoạch năm 2025).",
  r"xoa mu chu[^.;]{0,80}trieu|lop xoa mu chu", [A24])
U("Năm 2024 Tuy An đặt chỉ tiêu bao nhiêu phần trăm cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số?",
  NOT + ": kế hoạch năm 2024 không có chỉ tiêu này (chỉ có 40% người lao động được bồi dưỡng kỹ năng số cơ bản); chỉ tiêu 100% cán bộ, công chức cấp xã là của năm 2025.",
  r"cong chuc cap xa", [A24])
U("Kế hoạch năm 2025 của Tuy An được ban hành theo tờ trình số mấy của Phòng GD&ĐT?",
  NOT + ": kế hoạch năm 2025 không dẫn tờ trình nào (chỉ kế hoạch năm 2024 nêu Tờ trình số 04/TTr-PGDĐT).", r"to trinh|/ttr-", [B25])
U("Kế hoạch năm 2025 của Tuy An căn cứ nghị quyết nào của Huyện ủy?",
  NOT + ": kế hoạch năm 2025 không căn cứ nghị quyết nào của Huyện ủy (căn cứ QĐ 1373/QĐ-TTg, KH 167/KH-UBND của tỉnh và BC 212/BC-UBND); Nghị quyết số 11-NQ/HU chỉ là căn cứ của kế hoạch năm 2024.",
  r"nghi quyet|-nq/|huyen uy tuy an", [B25])
U("Năm 2025 Tuy An công nhận Gia đình học tập theo thông tư nào?",
  NOT + ": kế hoạch năm 2025 không dẫn thông tư nào cho việc công nhận (Thông tư số 44/2014/TT-BGDĐT chỉ được nêu trong kế hoạch năm 2024).",
  r"thong tu|/tt-", [B25])
U("Năm 2025 Tuy An xây dựng thêm bao nhiêu điểm học tập cộng đồng có internet?",
  NOT + ": kế hoạch năm 2025 không có nhiệm vụ này (05 điểm học tập cộng đồng có internet là nhiệm vụ năm 2024).",
  r"diem hoc tap|internet", [B25])
U("What is the literacy-class budget in Tuy An's plan number 15/KH-UBND for the year 2024?",
  "The plans do not say: plan 15/KH-UBND is the 2025 plan (18 million VND per class in 2025); the 2024 plan (08/KH-UBND) sets no literacy-class budget.",
  r"xoa mu chu[^.;]{0,80}trieu|lop xoa mu chu", [A24])
U("Huyện Tuy An có tất cả bao nhiêu thôn, khu phố?",
  NOT + ": các kế hoạch chỉ nêu tỷ lệ thôn, khu phố đạt “Cộng đồng học tập” (40% năm 2024, 45% năm 2025), không nêu tổng số thôn, khu phố.",
  r"\d+ thon|\d+/\d+ thon", [A24, B25])
U("Which Deputy Chair signed Tuy An's 2025 plan on behalf of the Chair?",
  "No deputy chair signed it: the 2025 plan was signed by the Chair, Lương Minh Tuấn, himself (TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH); the plans name no deputy for 2025.",
  r"kt\. chu tich[^.]{0,60}luong minh tuan", [B25])

# ------------------------------------------------------------------ write
def main():
    seen = set()
    counts = {}
    out = []
    for n, q in enumerate(QS, 1):
        qid = f"u44-{n:03d}"
        if q["question"] in seen:
            raise SystemExit(f"{qid}: duplicate question {q['question']!r}")
        seen.add(q["question"])
        for d, s in q["ev"]:
            check_span(d, s)
        if q["typ"] == "follow_up" and not q["history"]:
            raise SystemExit(f"{qid}: follow_up without history")
        if q["typ"] == "unanswerable":
            if not q["probe"]:
                raise SystemExit(f"{qid}: unanswerable without probe")
            for d in q["probe_docs"]:
                m = re.search(q["probe"], plain(text(d)))
                if m:
                    raise SystemExit(f"{qid}: probe {q['probe']!r} matches {d}: {m.group(0)!r}")
        else:
            for kf in q["kf"]:
                k = norm(kf).lower()
                if k not in norm(q["answer"]).lower():
                    raise SystemExit(f"{qid}: key fact {kf!r} not in answer")
                if not any(k in norm(s).lower() for _, s in q["ev"]):
                    raise SystemExit(f"{qid}: key fact {kf!r} in no span")
        docs = []
        for d, _ in q["ev"]:
            if d not in docs:
                docs.append(d)
        counts[q["typ"]] = counts.get(q["typ"], 0) + 1
        out.append({"id": qid, "question": q["question"], "type": q["typ"], "docs": docs,
                    "evidence": [{"doc": d, "span": s} for d, s in q["ev"]], "answer": q["answer"],
                    "key_facts": q["kf"], "history": q["history"]})
    for t, m in MINIMUM.items():
        if counts.get(t, 0) < m:
            raise SystemExit(f"type {t}: {counts.get(t, 0)} < {m}")
    assert all(d in OURS or d in ALL_PLANS for q in out for d in q["docs"])
    with open(os.path.join(SETS, "newplans44.jsonl"), "w", encoding="utf-8") as f:
        for q in out:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} questions: {dict(sorted(counts.items()))}")


if __name__ == "__main__":
    main()
