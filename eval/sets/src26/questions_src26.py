"""Write eval/sets/newplans26.jsonl (ids c26-001…). Spans are verbatim from the text as extracted (see check_sets.py).

    python eval/sets/src26/questions_src26.py
"""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "newplans26.jsonl")

QN = "quangngai_2318-KH-UBND_2024.docx"
GC = "giacam_19-KH-UBND_2025.pdf"
KB = "kinhbac_36-KH-UBND_2025.md"
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
REFUSE_EN = "The loaded plans do not contain this information."

# ---- Quảng Ngãi (.docx from a template: content controls, soft breaks, merged-cell table, footnotes)
QN_HEAD = "Năm 2025 Năm 2027 Năm 2030"
QN_MN = "Tỷ lệ huy động trẻ em từ 3 đến 5 tuổi đến trường 95% 96% 98%"
QN_MN5 = "Tỷ lệ trẻ em 5 tuổi hoàn thành chương trình giáo dục mầm non 99% 99,5% 100%"
QN_BC = "Tỷ lệ người trong độ tuổi 15 - 60 đạt chuẩn biết chữ mức độ 2 95,5% 96,5% 98%"
QN_DT = "Tỷ lệ người đồng bào dân tộc thiểu số trong độ tuổi 15 - 60 biết chữ mức độ 2 88% 91% 95%"
QN_TT = "Tỷ lệ trung tâm học tập cộng đồng được đánh giá xếp loại Tốt 45% 55% 70%"
QN_LD = "Tỷ lệ lao động qua đào tạo (có bằng cấp, chứng chỉ) 56% (24%) 70% (35%)"
QN_KNS = "Tỷ lệ người dân từ 15 tuổi trở lên có kỹ năng số cơ bản 40% 55% 75%"
QN_GD = "Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình học tập” 62% 68% 78%"
QN_DH = "Tỷ lệ dòng họ đạt danh hiệu “Dòng họ học tập” 42% 50% 60%"
QN_CD = "Tỷ lệ thôn, tổ dân phố đạt danh hiệu “Cộng đồng học tập” 38% 46% 55%"
QN_DV = "Tỷ lệ cơ quan, đơn vị cấp tỉnh đạt danh hiệu “Đơn vị học tập” 75% 82% 90%"
QN_GROUP_MN = "I. Giáo dục mầm non"
QN_KP = "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2025 - 2030 dự kiến là 48.600 triệu đồng, trong đó: ngân sách tỉnh 27.300 triệu đồng; ngân sách các huyện, thị xã, thành phố 13.800 triệu đồng; nguồn xã hội hóa và huy động hợp pháp khác 7.500 triệu đồng."
QN_TTHT = "Ngân sách tỉnh hỗ trợ mỗi trung tâm học tập cộng đồng 22 triệu đồng/trung tâm/năm"
QN_CONG = "kinh phí duy trì “Cổng học tập mở Quảng Ngãi” là 650 triệu đồng/năm do Sở Thông tin và Truyền thông quản lý"
QN_DUTOAN = "lập dự toán kinh phí thực hiện Kế hoạch gửi Sở Tài chính trước ngày 15/7"
QN_GD1 = "Là cơ quan thường trực, chủ trì, phối hợp với các sở, ban, ngành và Ủy ban nhân dân các huyện, thị xã, thành phố triển khai thực hiện Kế hoạch."
QN_GD2 = "chủ trì tổ chức sơ kết giai đoạn 2025 - 2027 vào quý IV/2027 và tổng kết giai đoạn 2025 - 2030 vào quý IV/2030."
QN_GD3 = "Tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Giáo dục và Đào tạo kết quả thực hiện trước ngày 10/12 hằng năm."
QN_NV1 = "Chủ trì xây dựng và đánh giá mô hình “Đơn vị học tập” tại các cơ quan, đơn vị cấp tỉnh; đưa kết quả xây dựng xã hội học tập vào tiêu chí thi đua, khen thưởng hằng năm."
QN_NV2 = "Tổ chức bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức theo kế hoạch đào tạo, bồi dưỡng hằng năm."
QN_LDTB = "Chủ trì đào tạo nghề cho lao động nông thôn, ngư dân; phối hợp với các cơ sở giáo dục nghề nghiệp tổ chức đào tạo, bồi dưỡng kỹ năng nghề cho người lao động trong các khu công nghiệp Dung Quất, VSIP Quảng Ngãi."
QN_VH1 = "Chỉ đạo Thư viện tỉnh phát triển văn hóa đọc, luân chuyển sách về cơ sở; tổ chức Ngày Sách và Văn hóa đọc Việt Nam 21/4 hằng năm."
QN_TTTT = "Chủ trì xây dựng, vận hành “Cổng học tập mở Quảng Ngãi”; chỉ đạo các cơ quan báo chí, hệ thống thông tin cơ sở tuyên truyền về xây dựng xã hội học tập."
QN_TC = "Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm"
QN_KHDT = "Lồng ghép các mục tiêu xây dựng xã hội học tập vào kế hoạch phát triển kinh tế - xã hội hằng năm và 5 năm của tỉnh; kêu gọi doanh nghiệp đầu tư cho giáo dục, đào tạo."
QN_BDT = "Phối hợp với Sở Giáo dục và Đào tạo tổ chức các lớp xóa mù chữ cho đồng bào dân tộc thiểu số; biên soạn tài liệu song ngữ Việt - Hrê phục vụ học tập cộng đồng."
QN_DAI = "Mở chuyên mục “Học tập suốt đời” định kỳ 2 kỳ/tháng; phản ánh gương điển hình trong học tập."
QN_PVD = "Tổ chức các khóa bồi dưỡng ngắn hạn về kỹ năng số, ngoại ngữ cho người dân; liên kết đào tạo từ xa, đào tạo trực tuyến."
QN_HUYEN1 = "Ban hành kế hoạch thực hiện trên địa bàn trước ngày 30/11/2024; bố trí kinh phí, củng cố trung tâm học tập cộng đồng."
QN_HUYEN2 = "Báo cáo kết quả về Sở Giáo dục và Đào tạo trước ngày 30/11 hằng năm."
QN_DN = "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Hội Khuyến học tỉnh, Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh, Hội Nông dân tỉnh, Liên đoàn Lao động tỉnh phối hợp tuyên truyền"
QN_HKH = "Hội Khuyến học tỉnh chủ trì đánh giá, công nhận danh hiệu “Dòng họ học tập”, “Cộng đồng học tập” cấp thôn, tổ dân phố; vận động xây dựng Quỹ khuyến học các cấp đạt ít nhất 15 tỷ đồng vào năm 2030."
QN_TUANLE = "Tổ chức Tuần lễ hưởng ứng học tập suốt đời hằng năm vào tháng 10, khai mạc cấp tỉnh tại huyện Bình Sơn năm 2025"
QN_TTHTCD = "Củng cố 173 trung tâm học tập cộng đồng hiện có; ưu tiên đầu tư cơ sở vật chất cho trung tâm học tập cộng đồng các xã thuộc huyện Ba Tơ, Minh Long, Sơn Hà, Sơn Tây và Trà Bồng."
QN_XMC = "Phấn đấu mỗi năm mở ít nhất 90 lớp xóa mù chữ và giáo dục sau biết chữ cho đồng bào Hrê, Cor, Ca Dong"
QN_CONG_T = "Xây dựng “Cổng học tập mở Quảng Ngãi” tích hợp học liệu số của các cơ sở giáo dục, thư viện và bảo tàng, hoàn thành trong quý III/2025; mỗi năm bổ sung ít nhất 250 học liệu số, trong đó có học liệu bằng tiếng Hrê và tiếng Cor."
QN_CN = "Phổ cập kỹ năng số cơ bản cho người dân thông qua các tổ công nghệ số cộng đồng ở 100% thôn, tổ dân phố."
QN_CONGNHAN = "đánh giá, công nhận hằng năm trước ngày 31/12"
QN_SACH = "tổ chức luân chuyển sách đến các trung tâm học tập cộng đồng ít nhất 2 đợt/năm"
QN_NGHE = "Đào tạo nghề ngắn hạn cho lao động nông thôn, ngư dân vùng biển Lý Sơn, Đức Phổ, Bình Sơn; mỗi năm đào tạo cho ít nhất 6.000 lao động."
QN_MT = "Xây dựng xã hội học tập tỉnh Quảng Ngãi với nền giáo dục mở, linh hoạt, liên thông; mọi người dân có cơ hội học tập suốt đời, được cập nhật kiến thức, kỹ năng, góp phần nâng cao chất lượng nguồn nhân lực"
QN_MD = "tạo cơ hội cho mọi người dân, nhất là đồng bào dân tộc Hrê, Cor, Ca Dong ở các huyện miền núi, được học tập suốt đời để nâng cao dân trí"
QN_KL49 = "Căn cứ Kết luận số 49-KL/TW ngày 10/5/2019 của Ban Bí thư;"
QN_FN1 = "Kết luận số 49-KL/TW ngày 10/5/2019 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 11-CT/TW của Bộ Chính trị khóa X"
QN_1373 = "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”"
QN_FN2 = "Giai đoạn 2021 - 2025 được triển khai tại Kế hoạch số 95/KH-UBND ngày 18/11/2021 của UBND tỉnh và sơ kết tại Báo cáo số 142/BC-UBND ngày 05/7/2024; đến tháng 6/2024 toàn tỉnh có 173 trung tâm học tập cộng đồng."
QN_TT22 = "Căn cứ Thông tư số 22/2020/TT-BGDĐT ngày 06/8/2020"
QN_NQ27 = "Căn cứ Nghị quyết số 27-NQ/TU ngày 12/4/2024 của Ban Thường vụ Tỉnh ủy Quảng Ngãi"
QN_NUM = "Số: 2318/KH-UBND"
QN_DATE = "Quảng Ngãi, ngày 21 tháng 10 năm 2024"
QN_SIGN = "KT. CHỦ TỊCH PHÓ CHỦ TỊCH (Đã ký) Đinh Thị Hồng Nhung"
QN_PL_HEAD = "TT Nhiệm vụ Chủ trì Phối hợp Thời gian"
QN_PL2 = "Xây dựng “Cổng học tập mở Quảng Ngãi” Sở Thông tin và Truyền thông Sở Giáo dục và Đào tạo, Thư viện tỉnh Quý III/2025"
QN_PL4 = "Biên soạn tài liệu xóa mù chữ song ngữ Việt - Hrê Ban Dân tộc tỉnh Sở Giáo dục và Đào tạo Năm 2026"
QN_PL5 = "Đào tạo nghề cho lao động nông thôn, ngư dân Sở Lao động - Thương binh và Xã hội UBND cấp huyện, Hội Nông dân tỉnh Hằng năm"
QN_PL6 = "Đánh giá, công nhận “Đơn vị học tập” cấp tỉnh Sở Nội vụ Sở Giáo dục và Đào tạo Quý IV hằng năm"
QN_PL7 = "Bồi dưỡng kỹ năng số, ngoại ngữ ngắn hạn cho người dân Trường Đại học Phạm Văn Đồng Sở Thông tin và Truyền thông Từ năm 2025"
QN_PL3 = "Tổ chức Tuần lễ hưởng ứng học tập suốt đời Sở Giáo dục và Đào tạo Hội Khuyến học tỉnh, UBND cấp huyện Tháng 10 hằng năm"

# ---- Gia Cẩm (PDF like Word's Save as PDF; table cells wrap, extracted cell after cell)
GC_NUM = "Số: 19/KH-UBND"
GC_DATE = "Gia Cẩm, ngày 14 tháng 01 năm 2025"
GC_KH412 = "Thực hiện Kế hoạch số 412/KH-UBND ngày 26/12/2024 của Ủy ban nhân dân thành phố Việt Trì về xây dựng xã hội học tập năm 2025"
GC_HD38 = "Hướng dẫn số 38/HD-PGDĐT ngày 06/01/2025 của Phòng Giáo dục và Đào tạo thành phố Việt Trì về đánh giá trung tâm học tập cộng đồng"
GC_MD = "Duy trì và nâng cao chất lượng các mô hình học tập trên địa bàn phường; tạo điều kiện để mọi người dân, nhất là người lao động tự do, người cao tuổi và thanh thiếu niên được học tập thường xuyên, học tập suốt đời."
GC_2024 = "Năm 2024, phường có 14/16 khu dân cư đạt danh hiệu “Cộng đồng học tập”"
GC_FN = "Theo Báo cáo số 205/BC-UBND ngày 18/12/2024 của Ủy ban nhân dân phường Gia Cẩm; hai khu chưa đạt là khu 3 và khu 11."
GC_GD = "72% hộ gia đình đạt danh hiệu “Gia đình học tập”; 58% dòng họ đạt danh hiệu “Dòng họ học tập”."
GC_CD = "16/16 khu dân cư đạt danh hiệu “Cộng đồng học tập”; 100% cơ quan, trường học trên địa bàn đạt danh hiệu “Đơn vị học tập”."
GC_TT = "tổ chức ít nhất 40 lớp chuyên đề với 3.200 lượt người tham gia."
GC_KNS = "65% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản; 100% hộ kinh doanh trên các tuyến phố Nguyễn Tất Thành, Hùng Vương được hướng dẫn thanh toán không dùng tiền mặt."
GC_LOA = "Tuyên truyền về xây dựng xã hội học tập trên hệ thống loa truyền thanh phường ít nhất 2 lần/tháng"
GC_TA = "tổ chức lớp tiếng Anh giao tiếp miễn phí cho người dân vào tối thứ Bảy hằng tuần trong tháng 6 và tháng 7."
GC_TUANLE = "Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2025 từ ngày 01/10 đến ngày 07/10/2025, gắn với Ngày hội đọc sách tại Nhà văn hóa khu 5."
GC_CN = "Đánh giá, công nhận các danh hiệu học tập năm 2025 hoàn thành trước ngày 20/11/2025."
GC_KP = "Tổng kinh phí thực hiện Kế hoạch năm 2025 là 168 triệu đồng, trong đó: ngân sách phường 120 triệu đồng (hỗ trợ trung tâm học tập cộng đồng 45 triệu đồng); nguồn xã hội hóa 48 triệu đồng do Hội Khuyến học phường vận động."
GC_TBL_HEAD = "TT Nội dung công việc Đơn vị chủ trì Đơn vị phối hợp Thời gian"
GC_R1 = "Tham mưu Ủy ban nhân dân phường chỉ đạo, tổng hợp, báo cáo kết quả thực hiện Kế hoạch; theo dõi việc đánh giá trung tâm học tập cộng đồng Công chức Văn hóa - Xã hội Trung tâm học tập cộng đồng, Hội Khuyến học phường Báo cáo trước 25/11/2025"
GC_R2 = "Bố trí kinh phí, hướng dẫn thanh quyết toán kinh phí thực hiện Kế hoạch theo quy định Công chức Tài chính - Kế toán Công chức Văn phòng - Thống kê Quý I/2025"
GC_R3 = "Xây dựng chương trình và mở các lớp chuyên đề tại trung tâm học tập cộng đồng, kể cả lớp tiếng Anh giao tiếp cho người dân Trung tâm học tập cộng đồng phường Trường THCS Gia Cẩm, Trường Tiểu học Gia Cẩm Từ tháng 3 đến tháng 11/2025"
GC_R4 = "Tuyên truyền, phổ biến pháp luật về phòng chống ma túy, an ninh mạng và lừa đảo trực tuyến cho người dân và học sinh Công an phường Đoàn Thanh niên phường, các trường học Quý II và quý III/2025"
GC_R5 = "Hướng dẫn người dân cài đặt, sử dụng VNeID và dịch vụ công trực tuyến tại các khu dân cư Tổ công nghệ số cộng đồng Công an phường, Đoàn Thanh niên phường Tháng 4 - tháng 9/2025"
GC_R6 = "Bình xét “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” tại khu dân cư Trưởng các khu dân cư Ban công tác Mặt trận khu dân cư, chi hội khuyến học Trước 20/11/2025"
GC_VP = "Công chức Văn phòng - Thống kê: đưa nội dung xây dựng xã hội học tập vào chương trình công tác của Ủy ban nhân dân phường; cập nhật số liệu thống kê về các mô hình học tập."
GC_QS = "Ban Chỉ huy Quân sự phường: phối hợp tổ chức giáo dục quốc phòng và an ninh cho các đối tượng trên địa bàn; tuyên truyền Luật Nghĩa vụ quân sự đến thanh niên trong độ tuổi."
GC_TRUONG = "Các trường Mầm non, Tiểu học, THCS Gia Cẩm: xây dựng “Đơn vị học tập”, phối hợp với trung tâm học tập cộng đồng mở lớp kỹ năng sống cho học sinh trong dịp hè."
GC_HKH = "Hội Khuyến học phường chủ trì vận động xã hội hóa, trao 60 suất học bổng cho học sinh có hoàn cảnh khó khăn trong năm 2025"
GC_PN = "Hội Liên hiệp Phụ nữ phường vận động hội viên đăng ký “Gia đình học tập”; Hội Người cao tuổi phường duy trì 5 câu lạc bộ đọc sách."
GC_BC = "trước ngày 15/6/2025 (6 tháng) và trước ngày 15/11/2025 (năm)."
GC_SIGN = "Hoàng Thị Minh Nguyệt"
GC_KT = "KT. CHỦ TỊCH"

# ---- Kinh Bắc (Google Docs markdown, ward after the 2025 reform)
KB_NUM = "Số: 36/KH-UBND"
KB_DATE = "Kinh Bắc, ngày 18 tháng 8 năm 2025"
KB_FORM = "được thành lập từ ngày 01/7/2025 trên cơ sở nhập toàn bộ diện tích tự nhiên và quy mô dân số của các phường Kinh Bắc, Vệ An, Tiền An và Suối Hoa thuộc thành phố Bắc Ninh cũ"
KB_TINH = "tỉnh Bắc Ninh (mới) được thành lập trên cơ sở hợp nhất tỉnh Bắc Ninh và tỉnh Bắc Giang"
KB_NQ202 = "Căn cứ Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh;"
KB_1373 = "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ"
KB_KH118 = "Căn cứ Kế hoạch số 118/KH-UBND ngày 25/7/2025 của Ủy ban nhân dân tỉnh Bắc Ninh về xây dựng xã hội học tập sau sắp xếp đơn vị hành chính;"
KB_LUAT = "Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;"
KB_MD = "Thống nhất tổ chức các hoạt động học tập suốt đời trên địa bàn phường sau khi hợp nhất bốn phường cũ"
KB_MT = "Xây dựng phường Kinh Bắc trở thành “Phường học tập” vào năm 2030"
KB_HEAD = "| TT | Chỉ tiêu | Năm 2026 | Năm 2028 | Năm 2030 |"
KB_GD = "| 1 | Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình học tập” | 75% | 80% | 85% |"
KB_DH = "| 2 | Tỷ lệ dòng họ đạt danh hiệu “Dòng họ học tập” | 60% | 65% | 70% |"
KB_CD = "| 3 | Số tổ dân phố đạt danh hiệu “Cộng đồng học tập” | 30/38 | 34/38 | 38/38 |"
KB_KNS = "| 4 | Tỷ lệ người dân từ 15 tuổi trở lên có kỹ năng số cơ bản | 70% | 80% | 90% |"
KB_TTHC = "| 5 | Tỷ lệ thủ tục hành chính được người dân nộp trực tuyến | 60% | 75% | 90% |"
KB_LUOT = "| 6 | Số lượt người tham gia học tập tại trung tâm học tập cộng đồng | 6.000 | 7.000 | 8.000 |"
KB_HOPNHAT = "Hợp nhất bốn trung tâm học tập cộng đồng của các phường cũ thành Trung tâm học tập cộng đồng phường Kinh Bắc, hoàn thành trước ngày 30/9/2025"
KB_BCD = "Kiện toàn Ban Chỉ đạo xây dựng xã hội học tập phường trước ngày 15/9/2025."
KB_BDHVS = "Tổ chức “Bình dân học vụ số” cho người dân tại 38 tổ dân phố; mỗi tổ dân phố có ít nhất 1 tổ công nghệ số cộng đồng."
KB_NCT = "Mở lớp “Kỹ năng số cho người cao tuổi” mỗi quý ít nhất 2 lớp."
KB_DOCSACH = "tổ chức Ngày hội “Kinh Bắc đọc sách” vào tháng 4 hằng năm."
KB_TUANLE = "Tổ chức Tuần lễ hưởng ứng học tập suốt đời hằng năm từ ngày 01/10 đến ngày 07/10."
KB_KP = "Tổng kinh phí giai đoạn 2025 - 2030 dự kiến 2.350 triệu đồng, trong đó:"
KB_KP_NS = "Ngân sách phường: 1.600 triệu đồng (bao gồm hỗ trợ Trung tâm học tập cộng đồng phường 40 triệu đồng/năm);"
KB_KP_XH = "Nguồn xã hội hóa & tài trợ hợp pháp khác: 750 triệu đồng."
KB_KP_HEAD = "| Năm | Ngân sách phường | Xã hội hóa | Cộng |"
KB_KP_2025 = "| 2025 (từ tháng 9) | 100 | 50 | 150 |"
KB_KP_2628 = "| 2026 - 2027 | 560 | 260 | 820 |"
KB_KP_2830 = "| 2028 - 2030 | 940 | 440 | 1.380 |"
KB_VHXH1 = "Là cơ quan thường trực, tham mưu Ủy ban nhân dân phường chỉ đạo, tổ chức thực hiện Kế hoạch; hướng dẫn, kiểm tra hoạt động của Trung tâm học tập cộng đồng phường."
KB_VHXH2 = "Tổng hợp, báo cáo Ủy ban nhân dân phường và Sở Giáo dục và Đào tạo tỉnh Bắc Ninh kết quả thực hiện trước ngày 05/12 hằng năm."
KB_VHXH3 = "Chủ trì sơ kết giai đoạn 2025 - 2027 vào tháng 12/2027 và tổng kết vào tháng 12/2030."
KB_KT1 = "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách phường hằng năm; hướng dẫn quản lý, thanh quyết toán theo quy định."
KB_KT2 = "Lồng ghép xây dựng tủ sách, điểm học tập vệ tinh với chỉnh trang đô thị tại các tổ dân phố."
KB_VP = "Đưa nội dung xây dựng xã hội học tập vào chương trình công tác năm của Ủy ban nhân dân phường; đăng tải thông tin về học tập suốt đời trên Trang thông tin điện tử phường."
KB_HCC = "Bố trí góc “Hướng dẫn dịch vụ công trực tuyến” và nhân lực hỗ trợ người dân nộp hồ sơ trực tuyến; hằng tháng tổng hợp tỷ lệ hồ sơ nộp trực tuyến"
KB_CA = "Hướng dẫn kích hoạt tài khoản định danh điện tử mức độ 2; tuyên truyền phòng chống lừa đảo trên không gian mạng tại các tổ dân phố ít nhất 1 lần/quý."
KB_QS = "Phối hợp tổ chức bồi dưỡng kiến thức quốc phòng và an ninh cho các đối tượng trên địa bàn; tuyên truyền chính sách hậu phương quân đội."
KB_TTHT1 = "Xây dựng chương trình hoạt động hằng năm; tổ chức các lớp chuyên đề, lớp kỹ năng số, lớp tiếng Anh cho thiếu nhi vào dịp hè."
KB_TTHT2 = "Báo cáo kết quả hoạt động về Phòng Văn hóa - Xã hội trước ngày 25 của tháng cuối quý."
KB_TDP = "Tổ chức bình xét “Gia đình học tập”, “Dòng họ học tập” tại tổ dân phố trước ngày 15/11 hằng năm; quản lý tủ sách, điểm học tập vệ tinh."
KB_MTTQ = "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường chỉ đạo các tổ chức thành viên phối hợp thực hiện Kế hoạch."
KB_HKH = "Hội Khuyến học phường: chủ trì đánh giá, công nhận danh hiệu “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập”; vận động Quỹ khuyến học phường đạt ít nhất 500 triệu đồng vào năm 2030."
KB_DTN = "Đoàn Thanh niên Cộng sản Hồ Chí Minh phường: thành lập đội thanh niên tình nguyện “Bình dân học vụ số”, hướng dẫn người cao tuổi sử dụng điện thoại thông minh."
KB_PN = "Hội Liên hiệp Phụ nữ phường: vận động hội viên đăng ký xây dựng “Gia đình học tập”; tổ chức lớp kỹ năng làm cha mẹ."
KB_CCB = "Hội Cựu chiến binh phường: vận động hội viên tham gia học tập, giáo dục truyền thống cho thế hệ trẻ."
KB_SIGN = "Nguyễn Đức Toàn"
KB_EMAIL = "vhxh_kinhbac@bacninh.gov.vn"

# ---- bundled plans
CT_1373 = "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án"
HUE_SIGN = "Nguyễn Thanh Bình"
HUE_KT = "KT. CHỦ TỊCH"
HN_BC = "Duy trì 99,5% trở lên người trong độ tuổi 15-60 biết chữ."
HUE_BC = "Sở Giáo dục và Đào tạo trước ngày 15/12/2026"
CT_TUANLE = "Hàng năm, tổ chức hiệu quả Tuần lễ hưởng ứng học tập suốt đời"

# ================================================================ agency_tasks (12)
Q("agency_tasks", "Theo kế hoạch xây dựng xã hội học tập của tỉnh Quảng Ngãi, Sở Giáo dục và Đào tạo có nhiệm vụ gì?",
  [(QN, QN_GD1), (QN, QN_GD2), (QN, QN_GD3)],
  "Sở Giáo dục và Đào tạo là cơ quan thường trực, chủ trì, phối hợp với các sở, ngành và UBND cấp huyện triển khai Kế hoạch; hướng dẫn đánh giá, xếp loại trung tâm học tập cộng đồng; chủ trì sơ kết giai đoạn 2025 - 2027 vào quý IV/2027 và tổng kết vào quý IV/2030; tổng hợp, báo cáo UBND tỉnh và Bộ GD&ĐT trước ngày 10/12 hằng năm.",
  ["thường trực", "quý IV/2027", "10/12"])
Q("agency_tasks", "Sở Nội vụ Quảng Ngãi được giao làm gì trong kế hoạch xã hội học tập 2025-2030?",
  [(QN, QN_NV1), (QN, QN_NV2), (QN, QN_PL6)],
  "Sở Nội vụ chủ trì xây dựng và đánh giá mô hình “Đơn vị học tập” tại các cơ quan, đơn vị cấp tỉnh (Phụ lục II: đánh giá, công nhận vào quý IV hằng năm), đưa kết quả xây dựng xã hội học tập vào tiêu chí thi đua, khen thưởng, và bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức.",
  ["Đơn vị học tập", "thi đua", "kỹ năng số"])
Q("agency_tasks", "Ban Dân tộc tỉnh Quảng Ngãi có nhiệm vụ gì?",
  [(QN, QN_BDT), (QN, QN_PL4)],
  "Ban Dân tộc tỉnh phối hợp với Sở GD&ĐT tổ chức các lớp xóa mù chữ cho đồng bào dân tộc thiểu số và biên soạn tài liệu song ngữ Việt - Hrê phục vụ học tập cộng đồng (Phụ lục II: hoàn thành trong năm 2026).",
  ["xóa mù chữ", "song ngữ Việt - Hrê", "2026"])
Q("agency_tasks", "Trường Đại học Phạm Văn Đồng tham gia kế hoạch của tỉnh như thế nào?",
  [(QN, QN_PVD), (QN, QN_PL7)],
  "Trường Đại học Phạm Văn Đồng tổ chức các khóa bồi dưỡng ngắn hạn về kỹ năng số, ngoại ngữ cho người dân, liên kết đào tạo từ xa, đào tạo trực tuyến; theo Phụ lục II thực hiện từ năm 2025, phối hợp với Sở Thông tin và Truyền thông.",
  ["kỹ năng số", "ngoại ngữ", "từ xa"])
Q("agency_tasks", "Trong kế hoạch của Quảng Ngãi, Hội Khuyến học tỉnh được giao việc gì?",
  [(QN, QN_HKH), (QN, QN_DN)],
  "Hội Khuyến học tỉnh (trong nhóm được đề nghị phối hợp tuyên truyền) chủ trì đánh giá, công nhận danh hiệu “Dòng họ học tập”, “Cộng đồng học tập” cấp thôn, tổ dân phố và vận động xây dựng Quỹ khuyến học các cấp đạt ít nhất 15 tỷ đồng vào năm 2030.",
  ["Dòng họ học tập", "15 tỷ"])
Q("agency_tasks", "Công an phường Gia Cẩm phụ trách việc gì trong kế hoạch năm 2025?",
  [(GC, GC_R4), (GC, GC_R5)],
  "Công an phường chủ trì tuyên truyền, phổ biến pháp luật về phòng chống ma túy, an ninh mạng và lừa đảo trực tuyến cho người dân và học sinh (phối hợp Đoàn Thanh niên phường và các trường, quý II và quý III/2025); và phối hợp với Tổ công nghệ số cộng đồng hướng dẫn người dân cài đặt, sử dụng VNeID.",
  ["ma túy", "lừa đảo trực tuyến", "VNeID"])
Q("agency_tasks", "Ban Chỉ huy Quân sự phường Gia Cẩm làm gì?",
  [(GC, GC_QS)],
  "Ban Chỉ huy Quân sự phường phối hợp tổ chức giáo dục quốc phòng và an ninh cho các đối tượng trên địa bàn và tuyên truyền Luật Nghĩa vụ quân sự đến thanh niên trong độ tuổi.",
  ["quốc phòng và an ninh", "Nghĩa vụ quân sự"])
Q("agency_tasks", "Theo kế hoạch của phường Gia Cẩm, Hội Khuyến học phường và Hội Người cao tuổi phường làm gì?",
  [(GC, GC_HKH), (GC, GC_PN)],
  "Hội Khuyến học phường chủ trì vận động xã hội hóa, trao 60 suất học bổng cho học sinh có hoàn cảnh khó khăn trong năm 2025 (và vận động 48 triệu đồng xã hội hóa); Hội Người cao tuổi phường duy trì 5 câu lạc bộ đọc sách.",
  ["60 suất học bổng", "5 câu lạc bộ"])
Q("agency_tasks", "Phòng Văn hóa - Xã hội phường Kinh Bắc có nhiệm vụ gì?",
  [(KB, KB_VHXH1), (KB, KB_VHXH2), (KB, KB_VHXH3)],
  "Phòng Văn hóa - Xã hội là cơ quan thường trực, tham mưu UBND phường chỉ đạo, tổ chức thực hiện Kế hoạch, hướng dẫn, kiểm tra Trung tâm học tập cộng đồng phường; tổng hợp, báo cáo UBND phường và Sở GD&ĐT tỉnh Bắc Ninh trước ngày 05/12 hằng năm; chủ trì sơ kết vào tháng 12/2027 và tổng kết vào tháng 12/2030.",
  ["thường trực", "05/12", "tháng 12/2027"])
Q("agency_tasks", "Trung tâm Phục vụ hành chính công phường Kinh Bắc được giao gì?",
  [(KB, KB_HCC)],
  "Trung tâm Phục vụ hành chính công phường bố trí góc “Hướng dẫn dịch vụ công trực tuyến” và nhân lực hỗ trợ người dân nộp hồ sơ trực tuyến; hằng tháng tổng hợp tỷ lệ hồ sơ nộp trực tuyến gửi Phòng Văn hóa - Xã hội.",
  ["dịch vụ công trực tuyến", "hằng tháng"])
Q("agency_tasks", "Công an phường Kinh Bắc có nhiệm vụ gì trong kế hoạch xã hội học tập?",
  [(KB, KB_CA)],
  "Công an phường hướng dẫn kích hoạt tài khoản định danh điện tử mức độ 2 và tuyên truyền phòng chống lừa đảo trên không gian mạng tại các tổ dân phố ít nhất 1 lần/quý.",
  ["định danh điện tử mức độ 2", "1 lần/quý"])
Q("agency_tasks", "Đoàn Thanh niên phường Kinh Bắc làm gì?",
  [(KB, KB_DTN)],
  "Đoàn Thanh niên Cộng sản Hồ Chí Minh phường thành lập đội thanh niên tình nguyện “Bình dân học vụ số”, hướng dẫn người cao tuổi sử dụng điện thoại thông minh.",
  ["Bình dân học vụ số", "điện thoại thông minh"])

# ================================================================ target (12)
Q("target", "Quảng Ngãi đặt chỉ tiêu bao nhiêu % hộ gia đình đạt Gia đình học tập năm 2027?",
  [(QN, QN_GD), (QN, QN_HEAD)],
  "Theo Phụ lục I, năm 2027 có 68% hộ gia đình đạt danh hiệu “Gia đình học tập” (62% năm 2025, 78% năm 2030).",
  ["68%"])
Q("target", "Tỷ lệ đồng bào dân tộc thiểu số 15-60 tuổi biết chữ mức độ 2 của Quảng Ngãi đến 2030 là bao nhiêu?",
  [(QN, QN_DT), (QN, QN_HEAD)],
  "Đến năm 2030 là 95% (88% năm 2025, 91% năm 2027).",
  ["95%"])
Q("target", "Chỉ tiêu trẻ 5 tuổi hoàn thành chương trình mầm non của Quảng Ngãi năm 2027?",
  [(QN, QN_MN5), (QN, QN_HEAD)],
  "Năm 2027 là 99,5% (thuộc nhóm “I. Giáo dục mầm non”; 99% năm 2025, 100% năm 2030).",
  ["99,5%"])
Q("target", "Quảng Ngãi phấn đấu bao nhiêu % trung tâm học tập cộng đồng xếp loại Tốt vào năm 2030?",
  [(QN, QN_TT), (QN, QN_HEAD)],
  "70% vào năm 2030 (45% năm 2025, 55% năm 2027).",
  ["70%"])
Q("target", "Tỷ lệ lao động qua đào tạo của tỉnh Quảng Ngãi năm 2025 là bao nhiêu?",
  [(QN, QN_LD), (QN, QN_HEAD)],
  "Năm 2025 là 56%, trong đó có bằng cấp, chứng chỉ 24% (năm 2030: 70%, trong đó 35%).",
  ["56%", "24%"])
Q("target", "Mỗi năm Quảng Ngãi mở ít nhất bao nhiêu lớp xóa mù chữ?",
  [(QN, QN_XMC)],
  "Ít nhất 90 lớp xóa mù chữ và giáo dục sau biết chữ mỗi năm cho đồng bào Hrê, Cor, Ca Dong.",
  ["90"])
Q("target", "Năm 2025 phường Gia Cẩm phấn đấu bao nhiêu % hộ gia đình học tập?",
  [(GC, GC_GD)],
  "72% hộ gia đình đạt danh hiệu “Gia đình học tập” (và 58% dòng họ đạt “Dòng họ học tập”).",
  ["72%"])
Q("target", "Trung tâm học tập cộng đồng phường Gia Cẩm phải tổ chức bao nhiêu lớp chuyên đề năm 2025?",
  [(GC, GC_TT)],
  "Ít nhất 40 lớp chuyên đề với 3.200 lượt người tham gia; trung tâm phấn đấu xếp loại Tốt.",
  ["40", "3.200"])
Q("target", "Gia Cẩm đặt mục tiêu kỹ năng số cơ bản bao nhiêu phần trăm?",
  [(GC, GC_KNS)],
  "65% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản trong năm 2025.",
  ["65%"])
Q("target", "Phường Kinh Bắc đặt chỉ tiêu bao nhiêu tổ dân phố đạt Cộng đồng học tập năm 2028?",
  [(KB, KB_CD), (KB, KB_HEAD)],
  "Năm 2028 là 34/38 tổ dân phố (30/38 năm 2026, 38/38 năm 2030).",
  ["34/38"])
Q("target", "Tỷ lệ thủ tục hành chính nộp trực tuyến của phường Kinh Bắc đến năm 2030?",
  [(KB, KB_TTHC), (KB, KB_HEAD)],
  "90% vào năm 2030 (60% năm 2026, 75% năm 2028).",
  ["90%"])
Q("target", "Số lượt người học tại trung tâm học tập cộng đồng phường Kinh Bắc năm 2026 là bao nhiêu?",
  [(KB, KB_LUOT), (KB, KB_HEAD)],
  "6.000 lượt năm 2026 (7.000 năm 2028, 8.000 năm 2030).",
  ["6.000"])

# ================================================================ deadline (8)
Q("deadline", "UBND các huyện ở Quảng Ngãi phải ban hành kế hoạch thực hiện trước ngày nào?",
  [(QN, QN_HUYEN1)],
  "Trước ngày 30/11/2024 (Phụ lục II cũng ghi “Trước 30/11/2024”).",
  ["30/11/2024"])
Q("deadline", "Cổng học tập mở Quảng Ngãi phải hoàn thành khi nào?",
  [(QN, QN_CONG_T), (QN, QN_PL2)],
  "Hoàn thành trong quý III/2025, do Sở Thông tin và Truyền thông chủ trì.",
  ["quý III/2025"])
Q("deadline", "Hạn gửi dự toán kinh phí thực hiện kế hoạch cho Sở Tài chính Quảng Ngãi?",
  [(QN, QN_DUTOAN)],
  "Hằng năm các cơ quan, đơn vị, địa phương gửi dự toán cho Sở Tài chính trước ngày 15/7.",
  ["15/7"])
Q("deadline", "Phường Gia Cẩm phải đánh giá, công nhận các danh hiệu học tập 2025 xong trước ngày nào?",
  [(GC, GC_CN), (GC, GC_R6)],
  "Trước ngày 20/11/2025 (việc bình xét tại khu dân cư do Trưởng các khu dân cư chủ trì, cũng trước 20/11/2025).",
  ["20/11/2025"])
Q("deadline", "Các đơn vị ở Gia Cẩm báo cáo kết quả cho UBND phường vào những mốc nào?",
  [(GC, GC_BC)],
  "Báo cáo 6 tháng trước ngày 15/6/2025 và báo cáo năm trước ngày 15/11/2025, gửi UBND phường qua công chức Văn hóa - Xã hội.",
  ["15/6/2025", "15/11/2025"])
Q("deadline", "Trung tâm học tập cộng đồng của phường Kinh Bắc hợp nhất xong trước ngày nào?",
  [(KB, KB_HOPNHAT)],
  "Bốn trung tâm của các phường cũ hợp nhất thành Trung tâm học tập cộng đồng phường Kinh Bắc, hoàn thành trước ngày 30/9/2025.",
  ["30/9/2025"])
Q("deadline", "Trung tâm học tập cộng đồng phường Kinh Bắc báo cáo hoạt động khi nào?",
  [(KB, KB_TTHT2)],
  "Báo cáo về Phòng Văn hóa - Xã hội trước ngày 25 của tháng cuối quý.",
  ["25", "tháng cuối quý"])
Q("deadline", "Tổ dân phố ở Kinh Bắc bình xét Gia đình học tập trước ngày nào?",
  [(KB, KB_TDP)],
  "Tổ trưởng các tổ dân phố tổ chức bình xét “Gia đình học tập”, “Dòng họ học tập” trước ngày 15/11 hằng năm.",
  ["15/11"])

# ================================================================ funding (8)
Q("funding", "Tổng kinh phí kế hoạch xã hội học tập Quảng Ngãi 2025-2030 là bao nhiêu?",
  [(QN, QN_KP)],
  "48.600 triệu đồng: ngân sách tỉnh 27.300 triệu, ngân sách các huyện, thị xã, thành phố 13.800 triệu, xã hội hóa và nguồn hợp pháp khác 7.500 triệu đồng.",
  ["48.600", "27.300", "13.800", "7.500"])
Q("funding", "Quảng Ngãi hỗ trợ mỗi trung tâm học tập cộng đồng bao nhiêu tiền một năm?",
  [(QN, QN_TTHT)],
  "22 triệu đồng/trung tâm/năm từ ngân sách tỉnh.",
  ["22 triệu"])
Q("funding", "Kinh phí duy trì Cổng học tập mở Quảng Ngãi mỗi năm?",
  [(QN, QN_CONG)],
  "650 triệu đồng/năm, do Sở Thông tin và Truyền thông quản lý.",
  ["650 triệu"])
Q("funding", "Kế hoạch năm 2025 của phường Gia Cẩm có tổng kinh phí bao nhiêu, lấy từ đâu?",
  [(GC, GC_KP)],
  "168 triệu đồng: ngân sách phường 120 triệu (trong đó hỗ trợ trung tâm học tập cộng đồng 45 triệu) và xã hội hóa 48 triệu do Hội Khuyến học phường vận động.",
  ["168", "120", "48"])
Q("funding", "Gia Cẩm dành bao nhiêu cho trung tâm học tập cộng đồng năm 2025?",
  [(GC, GC_KP)],
  "45 triệu đồng, nằm trong 120 triệu đồng ngân sách phường.",
  ["45 triệu"])
Q("funding", "Tổng kinh phí giai đoạn 2025-2030 của phường Kinh Bắc?",
  [(KB, KB_KP), (KB, KB_KP_NS), (KB, KB_KP_XH)],
  "Dự kiến 2.350 triệu đồng: ngân sách phường 1.600 triệu (gồm hỗ trợ TTHTCĐ 40 triệu đồng/năm) và xã hội hóa, tài trợ hợp pháp khác 750 triệu đồng.",
  ["2.350", "1.600", "750"])
Q("funding", "Giai đoạn 2028-2030 phường Kinh Bắc cần bao nhiêu kinh phí?",
  [(KB, KB_KP_2830), (KB, KB_KP_HEAD)],
  "1.380 triệu đồng: ngân sách phường 940 triệu và xã hội hóa 440 triệu đồng.",
  ["1.380", "940", "440"])
Q("funding", "Ngân sách phường Kinh Bắc hỗ trợ trung tâm học tập cộng đồng bao nhiêu mỗi năm?",
  [(KB, KB_KP_NS)],
  "40 triệu đồng/năm, nằm trong 1.600 triệu đồng ngân sách phường.",
  ["40 triệu"])

# ================================================================ legal_basis (4)
Q("legal_basis", "Kế hoạch 2318 của Quảng Ngãi căn cứ vào những văn bản nào?",
  [(QN, QN_KL49), (QN, QN_1373), (QN, QN_TT22), (QN, QN_NQ27)],
  "Kết luận 49-KL/TW ngày 10/5/2019 của Ban Bí thư; Quyết định 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng; Thông tư 22/2020/TT-BGDĐT ngày 06/8/2020; Nghị quyết 27-NQ/TU ngày 12/4/2024 của Ban Thường vụ Tỉnh ủy Quảng Ngãi.",
  ["49-KL/TW", "1373/QĐ-TTg", "22/2020/TT-BGDĐT", "27-NQ/TU"])
Q("legal_basis", "Chú thích ở căn cứ Kết luận 49 trong kế hoạch Quảng Ngãi nói gì về nội dung kết luận?",
  [(QN, QN_FN1)],
  "Chú thích 1 ghi: Kết luận số 49-KL/TW ngày 10/5/2019 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 11-CT/TW của Bộ Chính trị khóa X về đẩy mạnh phong trào khuyến học, khuyến tài, xây dựng xã hội học tập.",
  ["11-CT/TW"])
Q("legal_basis", "Kế hoạch 19 của phường Gia Cẩm thực hiện theo văn bản nào?",
  [(GC, GC_KH412), (GC, GC_HD38)],
  "Kế hoạch số 412/KH-UBND ngày 26/12/2024 của UBND thành phố Việt Trì và Hướng dẫn số 38/HD-PGDĐT ngày 06/01/2025 của Phòng GD&ĐT thành phố Việt Trì, cùng kết quả năm 2024.",
  ["412/KH-UBND", "38/HD-PGDĐT"])
Q("legal_basis", "Phường Kinh Bắc căn cứ những văn bản nào để ban hành kế hoạch?",
  [(KB, KB_LUAT), (KB, KB_NQ202), (KB, KB_1373), (KB, KB_KH118)],
  "Luật Tổ chức chính quyền địa phương năm 2025; Nghị quyết 202/2025/QH15 ngày 12/6/2025 của Quốc hội; Quyết định 1373/QĐ-TTg ngày 30/7/2021; Kế hoạch 118/KH-UBND ngày 25/7/2025 của UBND tỉnh Bắc Ninh.",
  ["202/2025/QH15", "1373/QĐ-TTg", "118/KH-UBND"])

# ================================================================ purpose (3)
Q("purpose", "Mục đích của kế hoạch xã hội học tập tỉnh Quảng Ngãi là gì?",
  [(QN, QN_MD)],
  "Tạo cơ hội cho mọi người dân, nhất là đồng bào Hrê, Cor, Ca Dong ở các huyện miền núi, được học tập suốt đời để nâng cao dân trí, phát triển nguồn nhân lực; phát huy vai trò các cấp, các ngành, gắn với chuyển đổi số và nông thôn mới.",
  ["Hrê", "học tập suốt đời"])
Q("purpose", "Phường Gia Cẩm ban hành kế hoạch năm 2025 nhằm mục đích gì?",
  [(GC, GC_MD)],
  "Duy trì, nâng cao chất lượng các mô hình học tập; tạo điều kiện để mọi người dân, nhất là người lao động tự do, người cao tuổi và thanh thiếu niên được học tập thường xuyên, học tập suốt đời.",
  ["người cao tuổi", "lao động tự do"])
Q("purpose", "Kinh Bắc muốn đạt điều gì qua kế hoạch giai đoạn 2025-2030?",
  [(KB, KB_MD), (KB, KB_MT)],
  "Thống nhất tổ chức các hoạt động học tập suốt đời sau khi hợp nhất bốn phường cũ, kế thừa kết quả của các TTHTCĐ cũ; mục tiêu chung là xây dựng phường Kinh Bắc trở thành “Phường học tập” vào năm 2030.",
  ["bốn phường", "Phường học tập", "2030"])

# ================================================================ task_section (4)
Q("task_section", "Quảng Ngãi làm gì về chuyển đổi số trong học tập suốt đời?",
  [(QN, QN_CONG_T), (QN, QN_CN)],
  "Xây dựng “Cổng học tập mở Quảng Ngãi” (xong quý III/2025, mỗi năm thêm ít nhất 250 học liệu số, có học liệu tiếng Hrê và tiếng Cor) và phổ cập kỹ năng số qua tổ công nghệ số cộng đồng ở 100% thôn, tổ dân phố.",
  ["Cổng học tập mở", "250", "100%"])
Q("task_section", "Phường Gia Cẩm tổ chức Tuần lễ học tập suốt đời 2025 thế nào?",
  [(GC, GC_TUANLE)],
  "Từ ngày 01/10 đến ngày 07/10/2025, gắn với Ngày hội đọc sách tại Nhà văn hóa khu 5.",
  ["01/10", "07/10/2025", "khu 5"])
Q("task_section", "Nhiệm vụ học tập trên môi trường số của phường Kinh Bắc gồm những gì?",
  [(KB, KB_BDHVS), (KB, KB_NCT)],
  "Tổ chức “Bình dân học vụ số” tại 38 tổ dân phố, mỗi tổ có ít nhất 1 tổ công nghệ số cộng đồng; hướng dẫn dùng VNeID, dịch vụ công trực tuyến tại Trung tâm Phục vụ hành chính công phường; mở lớp “Kỹ năng số cho người cao tuổi” ít nhất 2 lớp mỗi quý.",
  ["Bình dân học vụ số", "38", "2 lớp"])
Q("task_section", "Kinh Bắc kiện toàn tổ chức sau sắp xếp ra sao?",
  [(KB, KB_HOPNHAT), (KB, KB_BCD)],
  "Hợp nhất bốn TTHTCĐ của các phường cũ thành TTHTCĐ phường Kinh Bắc trước ngày 30/9/2025, bố trí điểm học tập vệ tinh tại Vệ An, Tiền An, Suối Hoa; kiện toàn Ban Chỉ đạo xây dựng xã hội học tập phường trước ngày 15/9/2025.",
  ["30/9/2025", "15/9/2025"])

# ================================================================ cross_plan (6)
Q("cross_plan", "Kế hoạch của Quảng Ngãi và của phường Kinh Bắc có cùng căn cứ Quyết định 1373 không? Cần Thơ thì sao?",
  [(QN, QN_1373), (KB, KB_1373), (CT, CT_1373)],
  "Có. Cả Quảng Ngãi (KH 2318), phường Kinh Bắc (KH 36) và Cần Thơ đều căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”.",
  ["1373", "Quảng Ngãi", "Kinh Bắc", "Cần Thơ"])
Q("cross_plan", "So sánh chỉ tiêu Gia đình học tập năm 2030 của Quảng Ngãi và phường Kinh Bắc.",
  [(QN, QN_GD), (QN, QN_HEAD), (KB, KB_GD), (KB, KB_HEAD)],
  "Quảng Ngãi đặt 78% hộ gia đình đạt “Gia đình học tập” năm 2030, phường Kinh Bắc đặt 85%; Kinh Bắc cao hơn 7 điểm phần trăm.",
  ["78%", "85%"])
Q("cross_plan", "Ai ký kế hoạch của Quảng Ngãi, của phường Gia Cẩm và của Huế?",
  [(QN, QN_SIGN), (GC, GC_SIGN), (HUE, HUE_SIGN)],
  "Quảng Ngãi: Phó Chủ tịch Đinh Thị Hồng Nhung (KT. Chủ tịch); Gia Cẩm: Phó Chủ tịch Hoàng Thị Minh Nguyệt (KT. Chủ tịch); Huế: Nguyễn Thanh Bình (KT. Chủ tịch, Phó Chủ tịch).",
  ["Đinh Thị Hồng Nhung", "Hoàng Thị Minh Nguyệt", "Nguyễn Thanh Bình"])
Q("cross_plan", "Chỉ tiêu biết chữ tuổi 15-60 của Quảng Ngãi năm 2030 so với Hà Nội thế nào?",
  [(QN, QN_BC), (QN, QN_HEAD), (HN, HN_BC)],
  "Quảng Ngãi đặt 98% người 15 - 60 tuổi đạt chuẩn biết chữ mức độ 2 năm 2030; Hà Nội duy trì 99,5% trở lên người 15-60 tuổi biết chữ.",
  ["98%", "99,5%"])
Q("cross_plan", "Tuần lễ hưởng ứng học tập suốt đời ở Quảng Ngãi, Gia Cẩm và Kinh Bắc tổ chức vào thời gian nào?",
  [(QN, QN_TUANLE), (GC, GC_TUANLE), (KB, KB_TUANLE)],
  "Cả ba tổ chức vào tháng 10: Quảng Ngãi hằng năm vào tháng 10 (khai mạc cấp tỉnh tại huyện Bình Sơn năm 2025); Gia Cẩm từ 01/10 đến 07/10/2025; Kinh Bắc hằng năm từ 01/10 đến 07/10.",
  ["tháng 10", "01/10", "07/10"])
Q("cross_plan", "Hạn báo cáo kết quả hằng năm của Quảng Ngãi, Kinh Bắc và Huế khác nhau thế nào?",
  [(QN, QN_GD3), (KB, KB_VHXH2), (HUE, HUE_BC)],
  "Sở GD&ĐT Quảng Ngãi báo cáo trước ngày 10/12 hằng năm; Phòng Văn hóa - Xã hội phường Kinh Bắc báo cáo trước ngày 05/12 hằng năm; kế hoạch của Huế yêu cầu báo cáo Sở Giáo dục và Đào tạo trước ngày 15/12/2026.",
  ["10/12", "05/12", "15/12/2026"])

# ================================================================ no_diacritics (5)
Q("no_diacritics", "so giao duc va dao tao quang ngai to chuc so ket khi nao",
  [(QN, QN_GD2), (QN, "Sơ kết giai đoạn 2025 - 2027 Sở Giáo dục và Đào tạo Các sở, ngành, UBND cấp huyện Quý IV/2027")],
  "Sở Giáo dục và Đào tạo Quảng Ngãi chủ trì sơ kết giai đoạn 2025 - 2027 vào quý IV/2027 (tổng kết vào quý IV/2030).",
  ["quý IV/2027"])
Q("no_diacritics", "ty le dong ho hoc tap cua quang ngai nam 2030",
  [(QN, QN_DH), (QN, QN_HEAD)],
  "60% dòng họ đạt danh hiệu “Dòng họ học tập” năm 2030 (42% năm 2025, 50% năm 2027).",
  ["60%"])
Q("no_diacritics", "phuong gia cam co bao nhieu khu dan cu dat cong dong hoc tap nam 2024",
  [(GC, GC_2024), (GC, GC_FN)],
  "Năm 2024 có 14/16 khu dân cư đạt “Cộng đồng học tập”; theo chú thích (Báo cáo 205/BC-UBND ngày 18/12/2024), hai khu chưa đạt là khu 3 và khu 11.",
  ["14/16", "khu 3", "khu 11"])
Q("no_diacritics", "lop tieng anh giao tiep o gia cam to chuc khi nao",
  [(GC, GC_TA), (GC, GC_R3)],
  "Lớp tiếng Anh giao tiếp miễn phí tổ chức vào tối thứ Bảy hằng tuần trong tháng 6 và tháng 7; do Trung tâm học tập cộng đồng phường chủ trì.",
  ["thứ Bảy", "tháng 6", "tháng 7"])
Q("no_diacritics", "phuong kinh bac duoc thanh lap tu nhung phuong nao",
  [(KB, KB_FORM)],
  "Phường Kinh Bắc được thành lập từ ngày 01/7/2025 trên cơ sở nhập các phường Kinh Bắc, Vệ An, Tiền An và Suối Hoa thuộc thành phố Bắc Ninh cũ.",
  ["Vệ An", "Tiền An", "Suối Hoa"])

# ================================================================ abbreviation (6)
Q("abbreviation", "Sở LĐ-TB&XH QN làm gì trong KH XHHT?",
  [(QN, QN_LDTB), (QN, QN_PL5)],
  "Sở Lao động - Thương binh và Xã hội Quảng Ngãi chủ trì đào tạo nghề cho lao động nông thôn, ngư dân (hằng năm, phối hợp UBND cấp huyện, Hội Nông dân tỉnh); phối hợp cơ sở giáo dục nghề nghiệp bồi dưỡng kỹ năng nghề cho người lao động ở khu công nghiệp Dung Quất, VSIP Quảng Ngãi.",
  ["đào tạo nghề", "Dung Quất"])
Q("abbreviation", "Sở TT&TT QN được giao gì?",
  [(QN, QN_TTTT), (QN, QN_CONG)],
  "Sở Thông tin và Truyền thông chủ trì xây dựng, vận hành “Cổng học tập mở Quảng Ngãi” (quản lý kinh phí duy trì 650 triệu đồng/năm) và chỉ đạo báo chí, thông tin cơ sở tuyên truyền.",
  ["Cổng học tập mở", "650"])
Q("abbreviation", "Đài PT-TH QN có nv gì?",
  [(QN, QN_DAI)],
  "Đài Phát thanh - Truyền hình Quảng Ngãi và Báo Quảng Ngãi mở chuyên mục “Học tập suốt đời” định kỳ 2 kỳ/tháng, phản ánh gương điển hình trong học tập.",
  ["Học tập suốt đời", "2 kỳ/tháng"])
Q("abbreviation", "CC TC-KT P. Gia Cẩm làm gì?",
  [(GC, GC_R2)],
  "Công chức Tài chính - Kế toán bố trí kinh phí, hướng dẫn thanh quyết toán kinh phí thực hiện Kế hoạch, phối hợp công chức Văn phòng - Thống kê, thời gian quý I/2025.",
  ["thanh quyết toán", "quý I/2025"])
Q("abbreviation", "HKH P. Kinh Bắc vận động quỹ KH đạt bao nhiêu?",
  [(KB, KB_HKH)],
  "Hội Khuyến học phường vận động Quỹ khuyến học phường đạt ít nhất 500 triệu đồng vào năm 2030 (và chủ trì đánh giá, công nhận các danh hiệu học tập).",
  ["500 triệu", "2030"])
Q("abbreviation", "P. KT, HT&ĐT phường KB phụ trách gì?",
  [(KB, KB_KT1), (KB, KB_KT2)],
  "Phòng Kinh tế, Hạ tầng và Đô thị tham mưu bố trí kinh phí trong dự toán ngân sách phường hằng năm, hướng dẫn quản lý, thanh quyết toán; lồng ghép xây dựng tủ sách, điểm học tập vệ tinh với chỉnh trang đô thị tại các tổ dân phố.",
  ["dự toán", "chỉnh trang đô thị"])

# ================================================================ paraphrase (3)
Q("paraphrase", "Ở Quảng Ngãi, ai lo việc đưa sách từ thư viện tỉnh về các trung tâm ở cơ sở?",
  [(QN, QN_VH1), (QN, QN_SACH)],
  "Sở Văn hóa, Thể thao và Du lịch chỉ đạo Thư viện tỉnh phát triển văn hóa đọc, luân chuyển sách về cơ sở; kế hoạch yêu cầu luân chuyển sách đến các TTHTCĐ ít nhất 2 đợt/năm.",
  ["Sở Văn hóa, Thể thao và Du lịch", "2 đợt/năm"])
Q("paraphrase", "Phường Gia Cẩm giao ai hướng dẫn bà con cài ứng dụng định danh điện tử?",
  [(GC, GC_R5)],
  "Tổ công nghệ số cộng đồng chủ trì hướng dẫn người dân cài đặt, sử dụng VNeID và dịch vụ công trực tuyến, phối hợp Công an phường và Đoàn Thanh niên phường, từ tháng 4 đến tháng 9/2025.",
  ["Tổ công nghệ số cộng đồng", "VNeID"])
Q("paraphrase", "Ở Kinh Bắc, văn phòng nào lo đưa việc học tập suốt đời vào lịch công tác của ủy ban và đăng lên trang web?",
  [(KB, KB_VP)],
  "Văn phòng HĐND và UBND phường: đưa nội dung xây dựng xã hội học tập vào chương trình công tác năm của UBND phường và đăng tải thông tin trên Trang thông tin điện tử phường.",
  ["Văn phòng HĐND và UBND phường", "Trang thông tin điện tử"])

# ================================================================ english (25)
def E(q, ev, a, kf):
    return Q("english", q, ev, a, kf)
E("Who signed Quang Ngai's lifelong learning plan and what is its number?", [(QN, QN_SIGN), (QN, QN_NUM)],
  "Plan No. 2318/KH-UBND (21 October 2024) was signed by Vice Chairwoman Đinh Thị Hồng Nhung on behalf of the Chairman.",
  ["2318", "Đinh Thị Hồng Nhung"])
E("What is the total budget of Quang Ngai's plan for 2025-2030?", [(QN, QN_KP)],
  "48,600 million VND (48.600 triệu đồng): 27,300 million from the provincial budget, 13,800 million from district budgets and 7,500 million from socialisation.",
  ["600", "300", "800"])
E("What share of households in Quang Ngai should be 'learning families' by 2030?", [(QN, QN_GD), (QN, QN_HEAD)],
  "78% by 2030 (62% in 2025, 68% in 2027).", ["78"])
E("Which districts get priority investment for community learning centres in Quang Ngai?", [(QN, QN_TTHTCD)],
  "Ba Tơ, Minh Long, Sơn Hà, Sơn Tây and Trà Bồng (the plan consolidates the 173 existing centres).",
  ["Ba Tơ", "Minh Long", "Sơn Hà", "Trà Bồng"])
E("Where does Quang Ngai open the 2025 lifelong learning week?", [(QN, QN_TUANLE)],
  "In Bình Sơn district, in October (tháng 10) 2025; afterwards it rotates among the districts, towns and city.",
  ["Bình Sơn", "10"])
E("How many workers should Quang Ngai train in vocational skills each year?", [(QN, QN_NGHE)],
  "At least 6,000 workers a year (short vocational courses for rural workers and fishers in Lý Sơn, Đức Phổ, Bình Sơn).",
  ["000", "Lý Sơn"])
E("According to the footnote in Quang Ngai's plan, how many community learning centres did the province have in June 2024?", [(QN, QN_FN2)],
  "173 centres (footnote 2, citing report No. 142/BC-UBND of 5 July 2024).", ["173", "142"])
E("What digital skills target does Quang Ngai set for 2027?", [(QN, QN_KNS), (QN, QN_HEAD)],
  "55% of people aged 15 and over with basic digital skills in 2027 (40% in 2025, 75% in 2030).", ["55"])
E("Which agency compiles the bilingual Vietnamese-Hre literacy material in Quang Ngai, and by when?", [(QN, QN_PL4), (QN, QN_BDT)],
  "The provincial Ethnic Minorities Committee (Ban Dân tộc tỉnh), with the Department of Education and Training, in 2026.",
  ["Ban Dân tộc", "2026"])
E("How much should the study promotion fund reach in Quang Ngai by 2030?", [(QN, QN_HKH)],
  "At least 15 billion VND by 2030, mobilised by the provincial Study Promotion Association.", ["15", "2030"])
E("Who signed Gia Cam ward's 2025 plan?", [(GC, GC_SIGN), (GC, GC_KT)],
  "Vice Chairwoman Hoàng Thị Minh Nguyệt, signing on behalf of the Chairman (KT. CHỦ TỊCH) for the ward People's Committee.",
  ["Hoàng Thị Minh Nguyệt"])
E("What is Gia Cam ward's budget for 2025?", [(GC, GC_KP)],
  "168 million VND: 120 million from the ward budget (45 million for the community learning centre) and 48 million from socialisation.",
  ["168", "120", "48"])
E("How many scholarships will Gia Cam's Study Promotion Association give in 2025?", [(GC, GC_HKH)],
  "60 scholarships for disadvantaged pupils in 2025.", ["60"])
E("Which two residential areas in Gia Cam failed to become 'learning communities' in 2024?", [(GC, GC_FN), (GC, GC_2024)],
  "Areas 3 and 11 (khu 3 and khu 11); 14/16 areas met the title, according to report No. 205/BC-UBND of 18 December 2024.",
  ["3", "11", "14/16"])
E("When is the ward-level report deadline for the task led by the culture-social officer in Gia Cam?", [(GC, GC_R1)],
  "Before 25 November 2025 (25/11/2025).", ["25/11/2025"])
E("Which schools work with Gia Cam's learning centre on the thematic classes?", [(GC, GC_R3)],
  "Trường THCS Gia Cẩm and Trường Tiểu học Gia Cẩm, from March to November 2025.", ["THCS Gia Cẩm", "Tiểu học Gia Cẩm"])
E("Which streets' household businesses in Gia Cam are guided on cashless payment?", [(GC, GC_KNS)],
  "All household businesses on Nguyễn Tất Thành and Hùng Vương streets.", ["Nguyễn Tất Thành", "Hùng Vương"])
E("Which former wards were merged to form Kinh Bac ward?", [(KB, KB_FORM)],
  "Kinh Bắc, Vệ An, Tiền An and Suối Hoa wards of the former Bắc Ninh city, from 1 July 2025.",
  ["Vệ An", "Tiền An", "Suối Hoa", "2025"])
E("Which two former provinces formed the new Bac Ninh province?", [(KB, KB_TINH)],
  "The former Bắc Ninh and Bắc Giang provinces.", ["Bắc Giang"])
E("Who signed Kinh Bac ward's plan and when?", [(KB, KB_SIGN), (KB, KB_DATE), (KB, KB_NUM)],
  "Chairman Nguyễn Đức Toàn signed Plan No. 36/KH-UBND on 18 August 2025.", ["Nguyễn Đức Toàn", "36", "18"])
E("What digital skills rate does Kinh Bac target for 2030?", [(KB, KB_KNS), (KB, KB_HEAD)],
  "90% of people aged 15 and over (70% in 2026, 80% in 2028).", ["90"])
E("How much does Kinh Bac plan to spend in 2025?", [(KB, KB_KP_2025), (KB, KB_KP_HEAD)],
  "150 million VND for 2025 (from September): 100 million from the ward budget and 50 million from socialisation.",
  ["150", "100", "50"])
E("Which body reports Kinh Bac's results to the provincial Department of Education and by what date?", [(KB, KB_VHXH2)],
  "The ward's Culture and Social Affairs Division (Phòng Văn hóa - Xã hội), before 5 December each year (05/12).",
  ["Phòng Văn hóa - Xã hội", "05/12"])
E("What email address does Kinh Bac's public administration centre send the online filing figures to?", [(KB, KB_HCC), (KB, KB_EMAIL)],
  "vhxh_kinhbac@bacninh.gov.vn, the Culture and Social Affairs Division's mailbox; the centre sends the monthly share of online filings there.",
  ["vhxh_kinhbac@bacninh.gov.vn"])
E("Which member associations of the Fatherland Front are assigned tasks in Kinh Bac's plan?", [(KB, KB_HKH), (KB, KB_DTN), (KB, KB_PN), (KB, KB_CCB)],
  "The ward's Study Promotion Association (Hội Khuyến học phường), the Ho Chi Minh Communist Youth Union (Đoàn Thanh niên), the Women's Union (Hội Liên hiệp Phụ nữ phường) and the Veterans' Association (Hội Cựu chiến binh phường).",
  ["Hội Khuyến học", "Đoàn Thanh niên", "Hội Liên hiệp Phụ nữ", "Hội Cựu chiến binh"])

# ================================================================ follow_up (25)
def F(q, ev, a, kf, h):
    return Q("follow_up", q, ev, a, kf, h)
F("Còn năm 2030?", [(QN, QN_CD), (QN, QN_HEAD)],
  "Năm 2030 Quảng Ngãi đặt 55% thôn, tổ dân phố đạt “Cộng đồng học tập”.", ["55%"],
  ["Quảng Ngãi đặt bao nhiêu % thôn, tổ dân phố đạt Cộng đồng học tập năm 2025?", "Năm 2025 là 38% thôn, tổ dân phố đạt danh hiệu “Cộng đồng học tập”."])
F("Còn năm 2030?", [(KB, KB_DH), (KB, KB_HEAD)],
  "Năm 2030 phường Kinh Bắc đặt 70% dòng họ đạt “Dòng họ học tập”.", ["70%"],
  ["Kinh Bắc đặt chỉ tiêu dòng họ học tập năm 2026 bao nhiêu?", "Năm 2026 là 60% dòng họ đạt danh hiệu “Dòng họ học tập”."])
F("Thế năm 2027 thì sao?", [(QN, QN_DV), (QN, QN_HEAD)],
  "Năm 2027 là 82% cơ quan, đơn vị cấp tỉnh đạt “Đơn vị học tập”.", ["82%"],
  ["Quảng Ngãi đặt bao nhiêu % đơn vị học tập cấp tỉnh năm 2025?", "75% cơ quan, đơn vị cấp tỉnh đạt danh hiệu “Đơn vị học tập” năm 2025."])
F("Còn nhóm mầm non thì chỉ tiêu năm 2030 là gì?", [(QN, QN_MN), (QN, QN_MN5), (QN, QN_GROUP_MN)],
  "Nhóm “I. Giáo dục mầm non” năm 2030: 98% trẻ 3 - 5 tuổi được huy động đến trường và 100% trẻ 5 tuổi hoàn thành chương trình giáo dục mầm non.",
  ["98%", "100%"],
  ["Phụ lục I của Quảng Ngãi có những nhóm chỉ tiêu nào?", "Bốn nhóm: I. Giáo dục mầm non; II. Giáo dục phổ thông và xóa mù chữ; III. Giáo dục thường xuyên; IV. Xây dựng các mô hình học tập."])
F("Còn Sở Kế hoạch và Đầu tư?", [(QN, QN_KHDT)],
  "Sở Kế hoạch và Đầu tư lồng ghép mục tiêu xây dựng xã hội học tập vào kế hoạch phát triển kinh tế - xã hội hằng năm và 5 năm của tỉnh, kêu gọi doanh nghiệp đầu tư cho giáo dục, đào tạo.",
  ["kinh tế - xã hội", "doanh nghiệp"],
  ["Sở Tài chính Quảng Ngãi làm gì trong kế hoạch?", "Sở Tài chính tham mưu UBND tỉnh bố trí kinh phí trong dự toán ngân sách hằng năm, hướng dẫn quản lý, sử dụng, thanh quyết toán."])
F("Còn Sở Tài chính?", [(QN, QN_TC), (QN, QN_DUTOAN)],
  "Sở Tài chính tham mưu UBND tỉnh bố trí kinh phí trong dự toán ngân sách hằng năm, hướng dẫn quản lý, thanh quyết toán; các đơn vị gửi dự toán cho Sở trước ngày 15/7 hằng năm.",
  ["dự toán", "15/7"],
  ["Sở Y tế Quảng Ngãi làm gì trong kế hoạch xã hội học tập?", REFUSE])
F("Vậy huyện Ba Tơ được ưu tiên gì?", [(QN, QN_TTHTCD)],
  "Kế hoạch tỉnh không có kế hoạch riêng của Ba Tơ, nhưng ưu tiên đầu tư cơ sở vật chất cho trung tâm học tập cộng đồng các xã thuộc huyện Ba Tơ (cùng Minh Long, Sơn Hà, Sơn Tây, Trà Bồng).",
  ["cơ sở vật chất", "Ba Tơ"],
  ["Kế hoạch xã hội học tập của huyện Ba Tơ đặt chỉ tiêu gì?", REFUSE])
F("Ai chủ trì việc đó và phối hợp với ai?", [(QN, QN_PL3)],
  "Sở Giáo dục và Đào tạo chủ trì, phối hợp với Hội Khuyến học tỉnh và UBND cấp huyện, vào tháng 10 hằng năm.",
  ["Sở Giáo dục và Đào tạo", "Hội Khuyến học tỉnh"],
  ["Quảng Ngãi tổ chức Tuần lễ hưởng ứng học tập suốt đời khi nào?", "Hằng năm vào tháng 10; năm 2025 khai mạc cấp tỉnh tại huyện Bình Sơn."])
F("Trong đó ngân sách tỉnh bao nhiêu?", [(QN, QN_KP)],
  "Ngân sách tỉnh 27.300 triệu đồng.", ["27.300"],
  ["Tổng kinh phí kế hoạch Quảng Ngãi?", "48.600 triệu đồng cho giai đoạn 2025 - 2030."])
F("Còn phường Gia Cẩm thì báo cáo khi nào?", [(GC, GC_BC)],
  "Phường Gia Cẩm: các đơn vị báo cáo UBND phường trước ngày 15/6/2025 (6 tháng) và trước ngày 15/11/2025 (năm).",
  ["15/6/2025", "15/11/2025"],
  ["UBND các huyện ở Quảng Ngãi báo cáo kết quả khi nào?", "Báo cáo về Sở Giáo dục và Đào tạo trước ngày 30/11 hằng năm."])
F("Họ phối hợp với ai?", [(GC, GC_R1)],
  "Công chức Văn hóa - Xã hội phối hợp với Trung tâm học tập cộng đồng và Hội Khuyến học phường.",
  ["Trung tâm học tập cộng đồng", "Hội Khuyến học phường"],
  ["Ở Gia Cẩm ai tham mưu tổng hợp, báo cáo kết quả kế hoạch?", "Công chức Văn hóa - Xã hội, báo cáo trước 25/11/2025."])
F("Còn công chức Văn phòng - Thống kê?", [(GC, GC_VP)],
  "Công chức Văn phòng - Thống kê đưa nội dung xây dựng xã hội học tập vào chương trình công tác của UBND phường và cập nhật số liệu thống kê về các mô hình học tập.",
  ["chương trình công tác", "số liệu thống kê"],
  ["Công chức Tài chính - Kế toán phường Gia Cẩm làm gì?", "Bố trí kinh phí, hướng dẫn thanh quyết toán, quý I/2025."])
F("Thế còn Hội Cựu chiến binh?", [(KB, KB_CCB)],
  "Kế hoạch của Gia Cẩm không giao Hội Cựu chiến binh; kế hoạch của phường Kinh Bắc giao Hội Cựu chiến binh phường vận động hội viên tham gia học tập, giáo dục truyền thống cho thế hệ trẻ.",
  ["Kinh Bắc", "giáo dục truyền thống"],
  ["Hội Cựu chiến binh phường Gia Cẩm có nhiệm vụ gì?", REFUSE])
F("Còn kế hoạch của phường Kinh Bắc?", [(KB, KB_TUANLE)],
  "Phường Kinh Bắc tổ chức Tuần lễ hằng năm từ ngày 01/10 đến ngày 07/10.", ["01/10", "07/10"],
  ["Tuần lễ học tập suốt đời ở Gia Cẩm năm 2025 diễn ra khi nào?", "Từ 01/10 đến 07/10/2025, gắn với Ngày hội đọc sách tại Nhà văn hóa khu 5."])
F("Còn năm 2030?", [(KB, KB_LUOT), (KB, KB_HEAD)],
  "Năm 2030 là 8.000 lượt người.", ["8.000"],
  ["Kinh Bắc đặt bao nhiêu lượt người học tại trung tâm học tập cộng đồng năm 2028?", "7.000 lượt năm 2028."])
F("Trong đó xã hội hóa bao nhiêu?", [(KB, KB_KP_2628), (KB, KB_KP_HEAD)],
  "Giai đoạn 2026 - 2027: xã hội hóa 260 triệu đồng (ngân sách phường 560 triệu).", ["260"],
  ["Kinh Bắc cần bao nhiêu tiền cho 2026-2027?", "820 triệu đồng cho giai đoạn 2026 - 2027."])
F("Còn Ban Chỉ huy Quân sự phường?", [(KB, KB_QS)],
  "Ban Chỉ huy Quân sự phường phối hợp bồi dưỡng kiến thức quốc phòng và an ninh cho các đối tượng trên địa bàn, tuyên truyền chính sách hậu phương quân đội.",
  ["quốc phòng và an ninh", "hậu phương quân đội"],
  ["Công an phường Kinh Bắc làm gì?", "Hướng dẫn kích hoạt định danh điện tử mức độ 2, tuyên truyền phòng chống lừa đảo trên mạng ít nhất 1 lần/quý."])
F("Vậy phường Kinh Bắc mới thì sao?", [(KB, KB_FORM), (KB, KB_NUM)],
  "Phường Suối Hoa (cũ) nay thuộc phường Kinh Bắc (thành lập từ 01/7/2025 từ các phường Kinh Bắc, Vệ An, Tiền An, Suối Hoa); kế hoạch hiện hành là Kế hoạch số 36/KH-UBND của UBND phường Kinh Bắc.",
  ["Suối Hoa", "36/KH-UBND"],
  ["Kế hoạch xã hội học tập của phường Suối Hoa năm 2025 có chỉ tiêu gì?", REFUSE])
F("Họ báo cáo khi nào?", [(KB, KB_TTHT2)],
  "Trung tâm học tập cộng đồng phường báo cáo về Phòng Văn hóa - Xã hội trước ngày 25 của tháng cuối quý.",
  ["25", "tháng cuối quý"],
  ["Trung tâm học tập cộng đồng phường Kinh Bắc làm gì?", "Xây dựng chương trình hoạt động hằng năm; mở lớp chuyên đề, kỹ năng số, tiếng Anh cho thiếu nhi dịp hè."])
F("Còn đánh giá, công nhận danh hiệu thì ai chủ trì?", [(KB, KB_HKH)],
  "Hội Khuyến học phường chủ trì đánh giá, công nhận các danh hiệu “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập”.",
  ["Hội Khuyến học phường"],
  ["Ở Kinh Bắc việc công nhận danh hiệu Gia đình học tập do ai làm?", "Tổ trưởng các tổ dân phố tổ chức bình xét “Gia đình học tập”, “Dòng họ học tập” tại tổ dân phố trước ngày 15/11 hằng năm."])
F("And for 2030?", [(QN, QN_BC), (QN, QN_HEAD)],
  "98% of people aged 15-60 meeting literacy level 2 by 2030.", ["98"],
  ["What literacy rate (age 15-60, level 2) does Quang Ngai target for 2025?", "95.5% (95,5%) in 2025."])
F("What about Gia Cam ward?", [(GC, GC_SIGN), (GC, GC_KT)],
  "Gia Cẩm ward's plan No. 19/KH-UBND was signed by Vice Chairwoman Hoàng Thị Minh Nguyệt on behalf of the Chairman.",
  ["Hoàng Thị Minh Nguyệt"],
  ["Who signed Kinh Bac ward's plan?", "Chairman Nguyễn Đức Toàn."])
F("And who leads it?", [(QN, QN_PL7)],
  "Phạm Văn Đồng University (Trường Đại học Phạm Văn Đồng) leads it, with the Department of Information and Communications, from 2025.",
  ["Phạm Văn Đồng", "2025"],
  ["Does Quang Ngai's plan include short digital-skills and foreign-language courses for residents?", "Yes, short courses on digital skills and foreign languages for residents."])
F("Còn Hội Liên hiệp Phụ nữ phường?", [(GC, GC_PN)],
  "Hội Liên hiệp Phụ nữ phường Gia Cẩm vận động hội viên đăng ký “Gia đình học tập”.",
  ["Gia đình học tập"],
  ["Hội Khuyến học phường Gia Cẩm làm gì năm 2025?", "Chủ trì vận động xã hội hóa, trao 60 suất học bổng."])
F("Còn Phòng Văn hóa - Xã hội thì sao?", [(KB, KB_VHXH1)],
  "Phòng Văn hóa - Xã hội là cơ quan thường trực, tham mưu UBND phường chỉ đạo, tổ chức thực hiện Kế hoạch và hướng dẫn, kiểm tra Trung tâm học tập cộng đồng phường.",
  ["thường trực"],
  ["Phòng GD&ĐT thành phố Bắc Ninh có nhiệm vụ gì trong kế hoạch của phường Kinh Bắc?", REFUSE])

# ================================================================ unanswerable (33)
U("Kế hoạch xây dựng xã hội học tập của tỉnh Bắc Giang giai đoạn 2025-2030 đặt chỉ tiêu gì?",
  "Tỉnh Bắc Giang đã hợp nhất vào tỉnh Bắc Ninh (mới) và không có kế hoạch nào của Bắc Giang được nạp. " + REFUSE)
U("UBND thành phố Bắc Ninh giao Phòng GD&ĐT thành phố nhiệm vụ gì về xã hội học tập năm 2025?",
  "Thành phố Bắc Ninh (cũ) không còn là cấp hành chính sau 01/7/2025 và các kế hoạch đã nạp không có kế hoạch của thành phố này. " + REFUSE)
U("Kế hoạch của phường Vệ An năm 2025 giao Hội Khuyến học phường làm gì?",
  "Phường Vệ An (cũ) đã nhập vào phường Kinh Bắc; không có kế hoạch của phường Vệ An được nạp. " + REFUSE)
U("Phòng GD&ĐT quận có nhiệm vụ gì trong kế hoạch của phường Kinh Bắc?",
  "Kế hoạch của phường Kinh Bắc không nêu Phòng GD&ĐT cấp quận/huyện (sau sắp xếp không còn cấp huyện). " + REFUSE)
U("Trạm Y tế phường Kinh Bắc được giao gì trong kế hoạch xã hội học tập?",
  "Kế hoạch của phường Kinh Bắc không giao nhiệm vụ cho Trạm Y tế phường. " + REFUSE)
U("Kế hoạch xã hội học tập tỉnh Bắc Ninh số 118 giao Sở Nội vụ nhiệm vụ gì?",
  "Kế hoạch số 118/KH-UBND của UBND tỉnh Bắc Ninh chỉ được trích dẫn làm căn cứ, không được nạp. " + REFUSE)
U("Ai ký Kế hoạch số 412/KH-UBND của UBND thành phố Việt Trì?",
  "Kế hoạch 412/KH-UBND của thành phố Việt Trì chỉ được trích dẫn; văn bản không được nạp nên không biết người ký. " + REFUSE)
U("Kế hoạch xã hội học tập của tỉnh Phú Thọ năm 2025 có chỉ tiêu gì?",
  "Không có kế hoạch của tỉnh Phú Thọ trong các kế hoạch đã nạp. " + REFUSE)
U("Phường Tiên Cát, thành phố Việt Trì đặt chỉ tiêu gia đình học tập năm 2025 là bao nhiêu?",
  "Không có kế hoạch của phường Tiên Cát. " + REFUSE)
U("Kế hoạch của huyện Sơn Tịnh về xã hội học tập giao nhiệm vụ gì cho Phòng Văn hóa và Thông tin?",
  "Không có kế hoạch của huyện Sơn Tịnh trong các kế hoạch đã nạp. " + REFUSE)
U("Kế hoạch xã hội học tập của tỉnh Kon Tum giai đoạn 2025-2030 có tổng kinh phí bao nhiêu?",
  "Không có kế hoạch của tỉnh Kon Tum trong các kế hoạch đã nạp. " + REFUSE)
U("Tỷ lệ lao động qua đào tạo của Quảng Ngãi năm 2027 là bao nhiêu?",
  "Ô năm 2027 của chỉ tiêu lao động qua đào tạo trong Phụ lục I để trống; kế hoạch chỉ nêu năm 2025 (56%) và 2030 (70%). " + REFUSE)
U("Quảng Ngãi đặt chỉ tiêu Gia đình học tập năm 2028 là bao nhiêu?",
  "Phụ lục I chỉ có các năm 2025, 2027 và 2030. " + REFUSE)
U("Năm 2027 phường Kinh Bắc phấn đấu bao nhiêu % hộ gia đình học tập?",
  "Bảng chỉ tiêu của Kinh Bắc chỉ có các năm 2026, 2028 và 2030. " + REFUSE)
U("Chỉ tiêu kỹ năng số của phường Gia Cẩm năm 2026 là bao nhiêu?",
  "Kế hoạch của Gia Cẩm chỉ đặt chỉ tiêu cho năm 2025. " + REFUSE)
U("Hiện nay Quảng Ngãi có bao nhiêu hộ gia đình đạt danh hiệu Gia đình học tập?",
  "Kế hoạch chỉ đặt tỷ lệ mục tiêu, không nêu số hộ hiện có. " + REFUSE)
U("Phường Kinh Bắc hiện có bao nhiêu người dân?",
  "Kế hoạch không nêu quy mô dân số của phường. " + REFUSE)
U("Đơn vị không hoàn thành chỉ tiêu xã hội học tập ở Quảng Ngãi bị xử lý thế nào?",
  "Kế hoạch không quy định hình thức xử lý, kỷ luật. " + REFUSE)
U("Tổ dân phố ở Kinh Bắc không đạt Cộng đồng học tập thì bị phạt gì?",
  "Kế hoạch không quy định chế tài. " + REFUSE)
U("Quảng Ngãi chi bao nhiêu tiền cho việc biên soạn tài liệu song ngữ Việt - Hrê?",
  "Kế hoạch không tách kinh phí riêng cho việc biên soạn tài liệu song ngữ. " + REFUSE)
U("Lớp tiếng Anh giao tiếp ở Gia Cẩm được cấp bao nhiêu kinh phí?",
  "Kế hoạch không tách riêng kinh phí cho lớp tiếng Anh giao tiếp. " + REFUSE)
U("Bình dân học vụ số ở phường Kinh Bắc được bố trí bao nhiêu tiền?",
  "Kế hoạch chỉ nêu tổng kinh phí theo nguồn và theo giai đoạn, không tách riêng cho Bình dân học vụ số. " + REFUSE)
U("Sở Y tế Quảng Ngãi có nhiệm vụ gì trong kế hoạch xã hội học tập?",
  "Kế hoạch không giao nhiệm vụ cho Sở Y tế. " + REFUSE)
U("Bộ Chỉ huy Quân sự tỉnh Quảng Ngãi được giao gì trong kế hoạch?",
  "Kế hoạch không nêu Bộ Chỉ huy Quân sự tỉnh. " + REFUSE)
U("Công an tỉnh Quảng Ngãi phối hợp việc gì trong kế hoạch xã hội học tập?",
  "Kế hoạch của Quảng Ngãi không nêu Công an tỉnh. " + REFUSE)
U("Hội Cựu chiến binh phường Gia Cẩm có nhiệm vụ gì?",
  "Kế hoạch của Gia Cẩm không giao nhiệm vụ cho Hội Cựu chiến binh phường. " + REFUSE)
U("Ai ký Báo cáo số 142/BC-UBND sơ kết giai đoạn 2021-2025 của Quảng Ngãi?",
  "Báo cáo 142/BC-UBND chỉ được nêu trong chú thích; văn bản không được nạp. " + REFUSE)
U("Nghị quyết 27-NQ/TU của Tỉnh ủy Quảng Ngãi đặt chỉ tiêu gì cho năm 2030?",
  "Nghị quyết 27-NQ/TU chỉ được trích dẫn làm căn cứ; nội dung của nó không có trong các kế hoạch đã nạp. " + REFUSE)
U("What does the Bac Giang provincial plan say about lifelong learning?",
  "The former Bắc Giang province has no plan among the loaded documents. " + REFUSE_EN)
U("How many illiterate people are there in Quang Ngai now?",
  "The plan sets literacy targets but gives no current count of illiterate people. " + REFUSE_EN)
U("What is Gia Cam ward's learning-family target for 2027?",
  "Gia Cẩm's plan covers 2025 only. " + REFUSE_EN)
U("Còn năm 2035 thì sao?",
  "Các kế hoạch chỉ đặt chỉ tiêu đến năm 2030. " + REFUSE,
  ["Kinh Bắc đặt chỉ tiêu kỹ năng số năm 2030 bao nhiêu?", "90% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản."])
U("Giá vé xe buýt từ Kinh Bắc lên Hà Nội bao nhiêu?",
  "Câu hỏi nằm ngoài nội dung các kế hoạch. " + REFUSE,
  ["Ai ký kế hoạch của phường Kinh Bắc?", "Chủ tịch UBND phường Nguyễn Đức Toàn."])


def main():
    lines = []
    for n, q in enumerate(QS, 1):
        q["id"] = f"c26-{n:03d}"
        lines.append(unicodedata.normalize("NFC", json.dumps(q, ensure_ascii=False)))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    counts = {}
    for q in QS:
        counts[q["type"]] = counts.get(q["type"], 0) + 1
    print(len(QS), dict(sorted(counts.items())), "->", OUT)


if __name__ == "__main__":
    main()
