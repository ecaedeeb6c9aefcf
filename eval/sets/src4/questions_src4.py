"""Hand-written questions on the fourth held-out set's plans; writes eval/sets/newplans4.jsonl (FORMAT.md format).

    python eval/sets/src4/questions_src4.py

Written from the plan texts (plans4/ and the five bundled plans) only, without reading the product code.
docs of a question = the plans its evidence comes from (in order); [] for unanswerable questions.
Spans are taken from the text as extracted (see check_sets.py): docx paragraphs and table cells (a targets-table
value is cited by its indicator cell and its value cell), pypdf text for the PDF (line wraps become spaces), the
markdown as is (the checker drops the * and # marks).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "newplans4.jsonl")

NH = "ninhhoa_64-KH-UBND_2025.docx"
YT = "yentrach_12-KH-UBND_2026.pdf"
TQ = "tuyenquang_215-KH-UBND_2025.md"
HUE = "000_4550be4bb11189cd.txt"
ML = "001_7bafa58816a5de75.txt"
AL = "004_b1b28019b71edc03.txt"

QS = []


def Q(type_, question, evidence, answer, key_facts, history=()):
    docs = []
    for d, _ in evidence:
        if d not in docs:
            docs.append(d)
    QS.append({"id": f"q{len(QS) + 1:03d}", "question": question, "type": type_, "docs": docs,
               "evidence": [{"doc": d, "span": s} for d, s in evidence], "answer": answer,
               "key_facts": list(key_facts),
               "history": [{"role": r, "content": c} for r, c in history]})


def U(question, answer, history=()):
    Q("unanswerable", question, [], answer, [], history)


NH_NV_TC = "Phòng Nội vụ, Phòng Tài chính - Kế hoạch: phối hợp tham mưu bố trí biên chế, kinh phí cho Trung tâm học tập cộng đồng; đưa tiêu chí “Đơn vị học tập” vào đánh giá thi đua hằng năm của cơ quan, đơn vị."
NH_VH = "Phòng Văn hóa và Thông tin, Trung tâm Văn hóa - Thông tin và Thể thao thị xã: xây dựng chuyên mục “Ninh Hòa học tập suốt đời” phát sóng 02 kỳ mỗi tháng; phát triển tủ sách cộng đồng tại các thôn, tổ dân phố."
NH_GD = "Là cơ quan thường trực, chủ trì tham mưu Ủy ban nhân dân thị xã triển khai Kế hoạch; hướng dẫn các xã, phường đánh giá, xếp loại “Cộng đồng học tập” cấp xã; tổng hợp báo cáo kết quả trước ngày 15/11 hằng năm."
NH_LD = "Chủ trì phối hợp với Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên thị xã đào tạo nghề cho lao động nông thôn; mỗi năm đào tạo ít nhất 1.200 lao động."
NH_KT = "Phối hợp với Ban Quản lý Khu kinh tế Vân Phong vận động doanh nghiệp xây dựng mô hình “Đơn vị học tập”; tổ chức tập huấn khuyến nông, khuyến ngư tại các Trung tâm học tập cộng đồng."
NH_XP = "Xây dựng kế hoạch xây dựng xã hội học tập hằng năm của địa phương; bố trí cán bộ kiêm nhiệm quản lý Trung tâm học tập cộng đồng; báo cáo kết quả về Phòng Giáo dục và Đào tạo trước ngày 31/10 hằng năm."
NH_KP = "Ngân sách thị xã bố trí 450 triệu đồng mỗi năm cho hoạt động xây dựng xã hội học tập."
NH_GDH = "Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình học tập”"
NH_DH = "Tỷ lệ dòng họ đạt danh hiệu “Dòng họ học tập”"
NH_CD = "Tỷ lệ thôn, tổ dân phố đạt danh hiệu “Cộng đồng học tập”"
NH_DV = "Tỷ lệ cơ quan, đơn vị đạt danh hiệu “Đơn vị học tập”"
NH_LDDT = "Tỷ lệ người lao động qua đào tạo"
NH_TOT = "Tỷ lệ Trung tâm học tập cộng đồng xếp loại Tốt"
YT_HND = "Chủ tịch Hội Nông dân xã: phối hợp tổ chức tập huấn kỹ thuật chè VietGAP; vận động hội viên tham gia xây dựng gia đình học tập."
YT_DOAN = "Bí thư Đoàn xã: thành lập 02 tổ thanh niên tình nguyện hướng dẫn kỹ năng số tại các xóm."
YT_HT = "Hiệu trưởng các trường Mầm non, Tiểu học, THCS Yên Trạch: phối hợp với Trung tâm học tập cộng đồng mở lớp tin học cho người dân vào dịp hè; bảo đảm 100% trẻ em 6 tuổi vào lớp 1."
YT_PN = "Chủ tịch Hội Liên hiệp Phụ nữ xã: tổ chức Ngày hội gia đình học tập; vận động hội viên đăng ký danh hiệu gia đình học tập."
YT_XOM = "Trưởng các xóm: tuyên truyền, vận động các hộ gia đình đăng ký danh hiệu; báo cáo kết quả về Ủy ban nhân dân xã trước ngày 15/11/2026."
YT_TOTAL = "Tổng kinh phí thực hiện năm 2026 là 86 triệu đồng, từ ngân sách xã và nguồn xã hội hóa"
YT_CT = "72% hộ gia đình đạt danh hiệu “Gia đình học tập”; 58% dòng họ đạt danh hiệu “Dòng họ học tập”."
TQ_GD = "Hướng dẫn, kiểm tra công tác xóa mù chữ; tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 20/12 hằng năm."
TQ_MT = "Đến năm 2030, phấn đấu 65% hộ gia đình đạt danh hiệu “Gia đình học tập” trở lên; 50% dòng họ đạt danh hiệu “Dòng họ học tập” trở lên; 60% thôn, bản, tổ dân phố đạt danh hiệu “Cộng đồng học tập” trở lên."
TQ_BC = "Phấn đấu 98% người trong độ tuổi từ 15 đến 60 biết chữ trở lên; trong đó tỷ lệ biết chữ của người dân tộc thiểu số đạt 96% trở lên."
TQ_KP = "Ngân sách tỉnh bố trí 3,2 tỷ đồng cho cả giai đoạn 2026 - 2030."

# ------------------------------------------------------------------ agency_tasks
Q("agency_tasks", "Theo kế hoạch xây dựng xã hội học tập của thị xã Ninh Hòa, Phòng Tài chính - Kế hoạch có nhiệm vụ gì?",
  [(NH, NH_NV_TC)],
  "Phòng Tài chính - Kế hoạch (cùng Phòng Nội vụ) phối hợp tham mưu bố trí biên chế, kinh phí cho Trung tâm học tập cộng đồng và đưa tiêu chí “Đơn vị học tập” vào đánh giá thi đua hằng năm của cơ quan, đơn vị.",
  ["Phòng Nội vụ", "kinh phí cho Trung tâm học tập cộng đồng", "Đơn vị học tập"])
Q("agency_tasks", "Phòng Nội vụ thị xã Ninh Hòa được giao việc gì trong kế hoạch 64/KH-UBND?",
  [(NH, NH_NV_TC)],
  "Phòng Nội vụ cùng Phòng Tài chính - Kế hoạch phối hợp tham mưu bố trí biên chế, kinh phí cho Trung tâm học tập cộng đồng; đưa tiêu chí “Đơn vị học tập” vào đánh giá thi đua hằng năm.",
  ["biên chế", "Đơn vị học tập", "thi đua"])
Q("agency_tasks", "Trung tâm Văn hóa - Thông tin và Thể thao thị xã Ninh Hòa làm gì theo kế hoạch xây dựng xã hội học tập?",
  [(NH, NH_VH)],
  "Cùng Phòng Văn hóa và Thông tin, Trung tâm xây dựng chuyên mục “Ninh Hòa học tập suốt đời” phát sóng 02 kỳ mỗi tháng và phát triển tủ sách cộng đồng tại các thôn, tổ dân phố.",
  ["Ninh Hòa học tập suốt đời", "02 kỳ mỗi tháng", "tủ sách cộng đồng"])
Q("agency_tasks", "Phòng Kinh tế thị xã Ninh Hòa phối hợp với cơ quan nào và để làm gì?",
  [(NH, NH_KT)],
  "Phòng Kinh tế phối hợp với Ban Quản lý Khu kinh tế Vân Phong vận động doanh nghiệp xây dựng mô hình “Đơn vị học tập”, và tổ chức tập huấn khuyến nông, khuyến ngư tại các Trung tâm học tập cộng đồng.",
  ["Ban Quản lý Khu kinh tế Vân Phong", "Đơn vị học tập", "khuyến ngư"])
Q("agency_tasks", "Trong kế hoạch năm 2026 của xã Yên Trạch, Chủ tịch Hội Nông dân xã phải làm gì?",
  [(YT, YT_HND)],
  "Chủ tịch Hội Nông dân xã phối hợp tổ chức tập huấn kỹ thuật chè VietGAP và vận động hội viên tham gia xây dựng gia đình học tập.",
  ["chè VietGAP", "gia đình học tập"])
Q("agency_tasks", "Bí thư Đoàn xã Yên Trạch được giao nhiệm vụ gì?",
  [(YT, YT_DOAN)],
  "Bí thư Đoàn xã thành lập 02 tổ thanh niên tình nguyện hướng dẫn kỹ năng số tại các xóm.",
  ["02 tổ", "kỹ năng số"])
Q("agency_tasks", "Hiệu trưởng các trường ở xã Yên Trạch có nhiệm vụ gì trong kế hoạch xây dựng xã hội học tập năm 2026?",
  [(YT, YT_HT)],
  "Hiệu trưởng các trường Mầm non, Tiểu học, THCS Yên Trạch phối hợp với Trung tâm học tập cộng đồng mở lớp tin học cho người dân vào dịp hè và bảo đảm 100% trẻ em 6 tuổi vào lớp 1.",
  ["lớp tin học", "dịp hè", "100%"])
Q("agency_tasks", "Sở Dân tộc và Tôn giáo tỉnh Tuyên Quang có nhiệm vụ gì trong kế hoạch xây dựng xã hội học tập 2026-2030?",
  [(TQ, "Phối hợp lồng ghép nội dung xây dựng xã hội học tập vào Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số; vận động người có uy tín tham gia tuyên truyền.")],
  "Sở Dân tộc và Tôn giáo phối hợp lồng ghép nội dung xây dựng xã hội học tập vào Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số và vận động người có uy tín tham gia tuyên truyền.",
  ["Chương trình mục tiêu quốc gia", "người có uy tín"])
Q("agency_tasks", "Kế hoạch của tỉnh Tuyên Quang đề nghị Tỉnh đoàn làm gì?",
  [(TQ, "Đề nghị Tỉnh đoàn tổ chức chiến dịch thanh niên tình nguyện hè hướng dẫn kỹ năng số cho người dân vùng cao.")],
  "Tỉnh đoàn được đề nghị tổ chức chiến dịch thanh niên tình nguyện hè hướng dẫn kỹ năng số cho người dân vùng cao.",
  ["thanh niên tình nguyện hè", "kỹ năng số"])

# ------------------------------------------------------------------ target
Q("target", "Thị xã Ninh Hòa đặt chỉ tiêu tỷ lệ hộ gia đình đạt danh hiệu Gia đình học tập năm 2028 là bao nhiêu?",
  [(NH, NH_GDH), (NH, "65-68%")],
  "Năm 2028: 65-68% hộ gia đình đạt danh hiệu “Gia đình học tập” (≥ 60% năm 2026, 70-75% năm 2030).",
  ["65-68%"])
Q("target", "Đến năm 2030, Ninh Hòa phấn đấu bao nhiêu phần trăm dòng họ đạt Dòng họ học tập?",
  [(NH, NH_DH), (NH, "55-60%")],
  "Năm 2030: 55-60% dòng họ đạt danh hiệu “Dòng họ học tập”.",
  ["55-60%"])
Q("target", "Chỉ tiêu Đơn vị học tập của thị xã Ninh Hòa năm 2030 là gì?",
  [(NH, NH_DV), (NH, "100% (duy trì)")],
  "Năm 2030: 100% (duy trì) cơ quan, đơn vị đạt danh hiệu “Đơn vị học tập” (80% năm 2026, 90% năm 2028).",
  ["100%", "duy trì"])
Q("target", "Năm 2026 thị xã Ninh Hòa đặt chỉ tiêu bao nhiêu Trung tâm học tập cộng đồng xếp loại Tốt?",
  [(NH, NH_TOT), (NH, "40%")],
  "Năm 2026: 40% Trung tâm học tập cộng đồng xếp loại Tốt (55% năm 2028, 65% năm 2030).",
  ["40%"])
Q("target", "Xã Yên Trạch đặt chỉ tiêu bao nhiêu xóm đạt danh hiệu Cộng đồng học tập năm 2026?",
  [(YT, "10/14 xóm đạt danh hiệu “Cộng đồng học tập”")],
  "Năm 2026: 10/14 xóm đạt danh hiệu “Cộng đồng học tập”.",
  ["10/14"])
Q("target", "Trung tâm học tập cộng đồng xã Yên Trạch phải tổ chức bao nhiêu chuyên đề và thu hút bao nhiêu lượt người năm 2026?",
  [(YT, "Trung tâm học tập cộng đồng tổ chức ít nhất 12 chuyên đề trong năm, thu hút 2.500 lượt người tham gia.")],
  "Ít nhất 12 chuyên đề trong năm, thu hút 2.500 lượt người tham gia.",
  ["12 chuyên đề", "2.500"])
Q("target", "Tỉnh Tuyên Quang phấn đấu tỷ lệ hộ gia đình đạt Gia đình học tập đến năm 2030 là bao nhiêu?",
  [(TQ, TQ_MT)],
  "Đến năm 2030, phấn đấu 65% hộ gia đình đạt danh hiệu “Gia đình học tập” trở lên.",
  ["65%", "trở lên"])
Q("target", "Tuyên Quang đặt mục tiêu tỷ lệ biết chữ của người dân tộc thiểu số là bao nhiêu?",
  [(TQ, TQ_BC)],
  "Tỷ lệ biết chữ của người dân tộc thiểu số đạt 96% trở lên (chung 98% người từ 15 đến 60 tuổi biết chữ trở lên).",
  ["96%"])
Q("target", "Mỗi năm tỉnh Tuyên Quang tổ chức ít nhất bao nhiêu lớp tiếng dân tộc và văn hóa truyền thống?",
  [(TQ, "mỗi năm tổ chức ít nhất 300 lớp tiếng dân tộc và văn hóa truyền thống cho cán bộ và nhân dân")],
  "Ít nhất 300 lớp mỗi năm, cho cán bộ và nhân dân.",
  ["300"])

# ------------------------------------------------------------------ deadline
Q("deadline", "Phòng Giáo dục và Đào tạo thị xã Ninh Hòa phải tổng hợp báo cáo kết quả trước ngày nào?",
  [(NH, NH_GD)],
  "Trước ngày 15/11 hằng năm.",
  ["15/11"])
Q("deadline", "Các xã, phường của Ninh Hòa báo cáo kết quả xây dựng xã hội học tập về Phòng Giáo dục và Đào tạo hạn chót khi nào?",
  [(NH, NH_XP)],
  "Trước ngày 31/10 hằng năm.",
  ["31/10"])
Q("deadline", "Khi nào thị xã Ninh Hòa sơ kết và tổng kết kế hoạch xây dựng xã hội học tập?",
  [(NH, "Sơ kết 03 năm thực hiện Kế hoạch vào quý IV năm 2027; tổng kết vào quý IV năm 2030.")],
  "Sơ kết 03 năm vào quý IV năm 2027; tổng kết vào quý IV năm 2030.",
  ["quý IV năm 2027", "quý IV năm 2030"])
Q("deadline", "Theo tiến độ của xã Yên Trạch, lớp tập huấn kỹ thuật chè VietGAP diễn ra vào thời gian nào?",
  [(YT, "Tháng 3 - tháng 5/2026: tập huấn kỹ thuật chè VietGAP.")],
  "Từ tháng 3 đến tháng 5/2026.",
  ["tháng 5/2026"])
Q("deadline", "Xã Yên Trạch mở lớp kỹ năng số cho người dân vào lúc nào và phải báo cáo kết quả lên huyện trước ngày nào?",
  [(YT, "Quý III/2026: mở lớp kỹ năng số cho người dân."),
   (YT, "báo cáo kết quả về Ủy ban nhân dân huyện trước ngày 30/11/2026")],
  "Lớp kỹ năng số mở trong Quý III/2026; báo cáo kết quả về Ủy ban nhân dân huyện trước ngày 30/11/2026.",
  ["Quý III/2026", "30/11/2026"])
Q("deadline", "Tỉnh Tuyên Quang phải xây dựng xong nền tảng học tập trực tuyến khi nào?",
  [(TQ, "Xây dựng nền tảng học tập trực tuyến của tỉnh trước tháng 12/2027.")],
  "Trước tháng 12/2027.",
  ["12/2027"])
Q("deadline", "Sở Giáo dục và Đào tạo Tuyên Quang báo cáo Ủy ban nhân dân tỉnh hạn cuối ngày nào hằng năm?",
  [(TQ, TQ_GD)],
  "Trước ngày 20/12 hằng năm.",
  ["20/12"])

# ------------------------------------------------------------------ funding
Q("funding", "Ngân sách thị xã Ninh Hòa bố trí bao nhiêu tiền mỗi năm cho xây dựng xã hội học tập?",
  [(NH, NH_KP)],
  "450 triệu đồng mỗi năm.",
  ["450 triệu đồng"])
Q("funding", "Tổng kinh phí kế hoạch xây dựng xã hội học tập năm 2026 của xã Yên Trạch là bao nhiêu, lấy từ nguồn nào?",
  [(YT, YT_TOTAL)],
  "86 triệu đồng, từ ngân sách xã và nguồn xã hội hóa.",
  ["86 triệu đồng", "xã hội hóa"])
Q("funding", "Xã Yên Trạch dành bao nhiêu kinh phí cho Ngày hội gia đình học tập?",
  [(YT, "4 Ngày hội gia đình học tập 20")],
  "20 triệu đồng.",
  ["20 triệu"])
Q("funding", "Kinh phí cho tập huấn kỹ thuật chè VietGAP của xã Yên Trạch năm 2026 là bao nhiêu?",
  [(YT, "2 Tập huấn kỹ thuật chè VietGAP 30")],
  "30 triệu đồng.",
  ["30 triệu"])
Q("funding", "Ngân sách tỉnh Tuyên Quang bố trí bao nhiêu cho kế hoạch xây dựng xã hội học tập?",
  [(TQ, TQ_KP)],
  "3,2 tỷ đồng cho cả giai đoạn 2026 - 2030.",
  ["3,2 tỷ đồng"])
Q("funding", "Kinh phí thực hiện kế hoạch xã hội học tập của Tuyên Quang lấy từ những nguồn nào?",
  [(TQ, "Kinh phí thực hiện từ ngân sách nhà nước theo phân cấp, nguồn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, và các nguồn huy động hợp pháp khác.")],
  "Từ ngân sách nhà nước theo phân cấp, nguồn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, và các nguồn huy động hợp pháp khác.",
  ["ngân sách nhà nước", "Chương trình mục tiêu quốc gia"])

# ------------------------------------------------------------------ legal_basis
Q("legal_basis", "Kế hoạch xây dựng xã hội học tập của thị xã Ninh Hòa căn cứ vào những văn bản nào?",
  [(NH, "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021"),
   (NH, "Căn cứ Thông tư số 44/2014/TT-BGDĐT ngày 12 tháng 12 năm 2014"),
   (NH, "Căn cứ Kế hoạch số 2871/KH-UBND ngày 14 tháng 10 năm 2024 của Ủy ban nhân dân tỉnh Khánh Hòa")],
  "Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ; Thông tư số 44/2014/TT-BGDĐT ngày 12/12/2014 của Bộ trưởng Bộ GD&ĐT; Kế hoạch số 2871/KH-UBND ngày 14/10/2024 của UBND tỉnh Khánh Hòa.",
  ["1373/QĐ-TTg", "44/2014/TT-BGDĐT", "2871/KH-UBND"])
Q("legal_basis", "Kế hoạch năm 2026 của xã Yên Trạch dựa trên kế hoạch nào của cấp huyện?",
  [(YT, "Căn cứ Kế hoạch số 09/KH-UBND ngày 05 tháng 01 năm 2026 của Ủy ban nhân dân huyện Phú Lương")],
  "Kế hoạch số 09/KH-UBND ngày 05/01/2026 của Ủy ban nhân dân huyện Phú Lương về xây dựng xã hội học tập năm 2026 (cùng Quyết định 1373/QĐ-TTg).",
  ["09/KH-UBND", "Phú Lương"])
Q("legal_basis", "Nghị quyết nào của Tỉnh ủy là căn cứ của kế hoạch xây dựng xã hội học tập Tuyên Quang?",
  [(TQ, "Căn cứ Nghị quyết số 18-NQ/TU ngày 10 tháng 9 năm 2025 của Ban Chấp hành Đảng bộ tỉnh")],
  "Nghị quyết số 18-NQ/TU ngày 10/9/2025 của Ban Chấp hành Đảng bộ tỉnh về phát triển giáo dục và đào tạo tỉnh Tuyên Quang.",
  ["18-NQ/TU"])
Q("legal_basis", "Kế hoạch 215/KH-UBND của Tuyên Quang căn cứ quyết định nào về Chương trình Công dân học tập?",
  [(TQ, "Căn cứ Quyết định số 387/QĐ-TTg ngày 25 tháng 3 năm 2022 của Thủ tướng Chính phủ phê duyệt Chương trình “Xây dựng mô hình Công dân học tập giai đoạn 2021 - 2030”")],
  "Quyết định số 387/QĐ-TTg ngày 25/3/2022 của Thủ tướng Chính phủ phê duyệt Chương trình “Xây dựng mô hình Công dân học tập giai đoạn 2021 - 2030”.",
  ["387/QĐ-TTg"])

# ------------------------------------------------------------------ purpose
Q("purpose", "Kế hoạch của thị xã Ninh Hòa nhằm tạo cơ hội học tập cho những đối tượng nào?",
  [(NH, "Tạo cơ hội cho mọi người dân, nhất là ngư dân, công nhân Khu kinh tế Vân Phong và người lao động ở các xã vùng ven biển")],
  "Cho mọi người dân, nhất là ngư dân, công nhân Khu kinh tế Vân Phong và người lao động ở các xã vùng ven biển.",
  ["ngư dân", "Khu kinh tế Vân Phong"])
Q("purpose", "Mục đích của kế hoạch năm 2026 của xã Yên Trạch là gì?",
  [(YT, "Duy trì và nâng cao chất lượng các mô hình học tập trên địa bàn xã; phát huy vai trò của Trung tâm học tập cộng đồng trong việc nâng cao dân trí, chuyển giao kỹ thuật trồng và chế biến chè cho nhân dân.")],
  "Duy trì, nâng cao chất lượng các mô hình học tập; phát huy vai trò của Trung tâm học tập cộng đồng trong nâng cao dân trí, chuyển giao kỹ thuật trồng và chế biến chè.",
  ["mô hình học tập", "chè"])
Q("purpose", "Mục tiêu chung mà Quyết định 1373/QĐ-TTg đặt ra được kế hoạch Tuyên Quang trích dẫn thế nào?",
  [(TQ, "“Tiếp tục và tạo chuyển biến cơ bản trong xây dựng xã hội học tập, bảo đảm đến năm 2030 mọi người dân đều có cơ hội bình đẳng trong việc tiếp cận hệ thống giáo dục mở, đa dạng, linh hoạt, liên thông, hiện đại.”")],
  "“Tiếp tục và tạo chuyển biến cơ bản trong xây dựng xã hội học tập, bảo đảm đến năm 2030 mọi người dân đều có cơ hội bình đẳng trong việc tiếp cận hệ thống giáo dục mở, đa dạng, linh hoạt, liên thông, hiện đại.” Trên tinh thần đó, tỉnh tập trung thu hẹp khoảng cách về cơ hội học tập giữa vùng thấp và vùng cao.",
  ["cơ hội bình đẳng", "giáo dục mở"])

# ------------------------------------------------------------------ task_section
Q("task_section", "Kế hoạch của thị xã Ninh Hòa gồm những nhóm nhiệm vụ và giải pháp nào?",
  [(NH, "1. Tuyên truyền nâng cao nhận thức về xây dựng xã hội học tập"), (NH, "2. Phát triển các mô hình học tập"),
   (NH, "3. Củng cố Trung tâm học tập cộng đồng"), (NH, "4. Đào tạo nghề và kỹ năng cho người lao động"),
   (NH, "5. Chuyển đổi số trong học tập suốt đời")],
  "Năm nhóm: 1. Tuyên truyền nâng cao nhận thức; 2. Phát triển các mô hình học tập; 3. Củng cố Trung tâm học tập cộng đồng; 4. Đào tạo nghề và kỹ năng cho người lao động; 5. Chuyển đổi số trong học tập suốt đời.",
  ["Tuyên truyền", "mô hình học tập", "Trung tâm học tập cộng đồng", "Đào tạo nghề", "Chuyển đổi số"])
Q("task_section", "Nhiệm vụ củng cố Trung tâm học tập cộng đồng ở Ninh Hòa cụ thể là gì?",
  [(NH, "Kiện toàn 27 Trung tâm học tập cộng đồng; mỗi trung tâm tổ chức ít nhất 08 chuyên đề mỗi năm về khuyến nông, khuyến ngư, pháp luật, kỹ năng số và phòng chống thiên tai.")],
  "Kiện toàn 27 Trung tâm học tập cộng đồng; mỗi trung tâm tổ chức ít nhất 08 chuyên đề mỗi năm (khuyến nông, khuyến ngư, pháp luật, kỹ năng số, phòng chống thiên tai).",
  ["27", "08 chuyên đề"])
Q("task_section", "Các nhiệm vụ trọng tâm năm 2026 của xã Yên Trạch là gì?",
  [(YT, "Tuyên truyền về xây dựng xã hội học tập qua hệ thống loa truyền thanh xã 02 lần mỗi tuần."),
   (YT, "Tổ chức các lớp tập huấn kỹ thuật trồng, chế biến chè an toàn theo tiêu chuẩn VietGAP"),
   (YT, "Mở lớp hướng dẫn kỹ năng số cho người dân"),
   (YT, "Tổ chức Ngày hội gia đình học tập của xã vào dịp Ngày Gia đình Việt")],
  "Bốn nhiệm vụ: tuyên truyền qua loa truyền thanh xã 02 lần mỗi tuần; tập huấn kỹ thuật trồng, chế biến chè VietGAP; lớp kỹ năng số (VNeID, thanh toán không dùng tiền mặt, thương mại điện tử); Ngày hội gia đình học tập dịp 28/6.",
  ["loa truyền thanh", "VietGAP", "kỹ năng số", "28/6"])
Q("task_section", "Tuyên Quang đề ra những giải pháp gì để xóa mù chữ vùng cao?",
  [(TQ, "Mở lớp xóa mù chữ tại các thôn, bản vùng cao; ưu tiên phụ nữ dân tộc Mông, Dao trong độ tuổi 15 - 35.")],
  "Mở lớp xóa mù chữ tại các thôn, bản vùng cao, ưu tiên phụ nữ dân tộc Mông, Dao trong độ tuổi 15 - 35; giáo viên dạy xóa mù chữ hưởng chế độ theo quy định hiện hành.",
  ["Mông, Dao", "15 - 35"])

# ------------------------------------------------------------------ cross_plan
Q("cross_plan", "So sánh chỉ tiêu Gia đình học tập năm 2030 của thị xã Ninh Hòa và tỉnh Tuyên Quang.",
  [(NH, NH_GDH), (NH, "70-75%"), (TQ, TQ_MT)],
  "Ninh Hòa: 70-75% hộ gia đình năm 2030; Tuyên Quang: 65% trở lên.",
  ["70-75%", "65%"])
Q("cross_plan", "Kinh phí: ngân sách thị xã Ninh Hòa mỗi năm và ngân sách tỉnh Tuyên Quang cả giai đoạn là bao nhiêu?",
  [(NH, NH_KP), (TQ, TQ_KP)],
  "Ninh Hòa: 450 triệu đồng mỗi năm; Tuyên Quang: 3,2 tỷ đồng cho cả giai đoạn 2026 - 2030.",
  ["450 triệu", "3,2 tỷ"])
Q("cross_plan", "Kế hoạch của Ninh Hòa và kế hoạch của Tuyên Quang giao tổ chức Tuần lễ hưởng ứng học tập suốt đời thế nào?",
  [(NH, "tổ chức hưởng ứng Tuần lễ hưởng ứng học tập suốt đời hằng năm vào tháng 10"),
   (TQ, "Tổ chức Tuần lễ hưởng ứng học tập suốt đời hằng năm trên quy mô toàn tỉnh.")],
  "Ninh Hòa hưởng ứng Tuần lễ hằng năm vào tháng 10; Tuyên Quang tổ chức Tuần lễ hằng năm trên quy mô toàn tỉnh.",
  ["tháng 10", "toàn tỉnh"])
Q("cross_plan", "Về Cộng đồng học tập, thành phố Huế đặt chỉ tiêu gì, còn thị xã Ninh Hòa năm 2030 là bao nhiêu?",
  [(HUE, "100% xã, phường đạt “Cộng đồng học tập” cấp xã mức độ 1."), (NH, NH_CD), (NH, "70%")],
  "Huế: 100% xã, phường đạt “Cộng đồng học tập” cấp xã mức độ 1; Ninh Hòa: 70% thôn, tổ dân phố đạt danh hiệu “Cộng đồng học tập” năm 2030.",
  ["100%", "mức độ 1", "70%"])
Q("cross_plan", "Mỹ Lộc và Yên Trạch đặt chỉ tiêu gì về xóa mù chữ?",
  [(ML, "100% các xã, thị trấn duy trì đạt chuẩn xóa mù chữ mức độ 2."), (YT, "duy trì xóa mù chữ mức độ 2")],
  "Mỹ Lộc: 100% các xã, thị trấn duy trì đạt chuẩn xóa mù chữ mức độ 2; Yên Trạch: duy trì xóa mù chữ mức độ 2 (năm 2026).",
  ["mức độ 2"])
Q("cross_plan", "Kinh phí của huyện An Lão và của xã Yên Trạch lấy từ đâu?",
  [(AL, "Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách nhà nước theo quy định, nguồn thu hợp pháp của các cơ quan, đơn vị và huy động từ các nguồn xã hội hóa."),
   (YT, YT_TOTAL)],
  "An Lão: ngân sách nhà nước, nguồn thu hợp pháp của các cơ quan, đơn vị và nguồn xã hội hóa (không nêu số tiền); Yên Trạch: 86 triệu đồng từ ngân sách xã và nguồn xã hội hóa.",
  ["ngân sách nhà nước", "86 triệu"])

# ------------------------------------------------------------------ no_diacritics
Q("no_diacritics", "phong lao dong thuong binh va xa hoi thi xa ninh hoa moi nam dao tao bao nhieu lao dong",
  [(NH, NH_LD)],
  "Phòng Lao động - Thương binh và Xã hội chủ trì đào tạo nghề cho lao động nông thôn, mỗi năm ít nhất 1.200 lao động.",
  ["1.200"])
Q("no_diacritics", "ty le nguoi lao dong qua dao tao cua ninh hoa nam 2030",
  [(NH, NH_LDDT), (NH, "70%")],
  "Năm 2030: 70% người lao động qua đào tạo (62% năm 2026, 66% năm 2028).",
  ["70%"])
Q("no_diacritics", "chu tich hoi lien hiep phu nu xa yen trach lam gi",
  [(YT, YT_PN)],
  "Tổ chức Ngày hội gia đình học tập; vận động hội viên đăng ký danh hiệu gia đình học tập.",
  ["Ngày hội gia đình học tập"])
Q("no_diacritics", "hoi khuyen hoc tinh tuyen quang duoc de nghi lam gi",
  [(TQ, "Đề nghị Hội Khuyến học tỉnh chủ trì đánh giá, công nhận danh hiệu “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” cấp thôn, bản.")],
  "Chủ trì đánh giá, công nhận danh hiệu “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” cấp thôn, bản.",
  ["đánh giá, công nhận"])
Q("no_diacritics", "kinh phi lop ky nang so cho nguoi dan xa yen trach",
  [(YT, "3 Lớp kỹ năng số cho người dân 18")],
  "18 triệu đồng.",
  ["18 triệu"])

# ------------------------------------------------------------------ abbreviation
Q("abbreviation", "Phòng GD&ĐT TX Ninh Hòa có vai trò gì trong KH 64/KH-UBND?",
  [(NH, NH_GD)],
  "Là cơ quan thường trực, chủ trì tham mưu UBND thị xã triển khai Kế hoạch; hướng dẫn xã, phường đánh giá, xếp loại “Cộng đồng học tập” cấp xã; tổng hợp báo cáo trước 15/11 hằng năm.",
  ["thường trực", "15/11"])
Q("abbreviation", "TTGDNN-GDTX thị xã Ninh Hòa làm gì?",
  [(NH, "Tổ chức các lớp xóa mù chữ, bổ túc văn hóa, tin học và ngoại ngữ ứng dụng; hỗ trợ chuyên môn cho các Trung tâm học tập cộng đồng.")],
  "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên thị xã tổ chức lớp xóa mù chữ, bổ túc văn hóa, tin học và ngoại ngữ ứng dụng; hỗ trợ chuyên môn cho các TTHTCĐ.",
  ["xóa mù chữ", "bổ túc văn hóa"])
Q("abbreviation", "GĐ TTHTCĐ xã Yên Trạch có nhiệm vụ gì?",
  [(YT, "Giám đốc Trung tâm học tập cộng đồng: xây dựng chương trình hoạt động năm 2026; tổ chức các chuyên đề, lớp tập huấn đúng tiến độ.")],
  "Giám đốc Trung tâm học tập cộng đồng xây dựng chương trình hoạt động năm 2026 và tổ chức các chuyên đề, lớp tập huấn đúng tiến độ.",
  ["chương trình hoạt động năm 2026"])
Q("abbreviation", "HLHPN tỉnh Tuyên Quang được đề nghị làm gì trong KH XHHT?",
  [(TQ, "Đề nghị Hội Liên hiệp Phụ nữ tỉnh vận động phụ nữ dân tộc thiểu số tham gia lớp xóa mù chữ.")],
  "Vận động phụ nữ dân tộc thiểu số tham gia lớp xóa mù chữ.",
  ["xóa mù chữ"])
Q("abbreviation", "Sở VHTTDL Tuyên Quang chủ trì hoạt động gì?",
  [(TQ, "Phát triển hệ thống thư viện, tủ sách thôn, bản; chủ trì tổ chức Ngày Sách và Văn hóa đọc Việt Nam 21/4 hằng năm.")],
  "Sở Văn hóa, Thể thao và Du lịch phát triển hệ thống thư viện, tủ sách thôn, bản và chủ trì tổ chức Ngày Sách và Văn hóa đọc Việt Nam 21/4 hằng năm.",
  ["Ngày Sách", "21/4"])

# ------------------------------------------------------------------ paraphrase
Q("paraphrase", "Ở Ninh Hòa, ai lo việc đưa chuyện xây dựng đơn vị học tập vào chấm thi đua các cơ quan?",
  [(NH, NH_NV_TC)],
  "Phòng Nội vụ và Phòng Tài chính - Kế hoạch: đưa tiêu chí “Đơn vị học tập” vào đánh giá thi đua hằng năm của cơ quan, đơn vị.",
  ["Phòng Nội vụ", "Phòng Tài chính - Kế hoạch"])
Q("paraphrase", "Xã Yên Trạch dạy bà con những gì về điện thoại thông minh và mua bán qua mạng?",
  [(YT, "Mở lớp hướng dẫn kỹ năng số cho người dân: cài đặt ứng dụng VNeID, thanh toán không dùng tiền mặt, bán hàng trên sàn thương mại điện tử.")],
  "Lớp kỹ năng số: cài đặt ứng dụng VNeID, thanh toán không dùng tiền mặt, bán hàng trên sàn thương mại điện tử.",
  ["VNeID", "thanh toán không dùng tiền mặt", "thương mại điện tử"])
Q("paraphrase", "Ở Tuyên Quang, các trung tâm học tập ở xã gắn với việc dạy trồng cây gì?",
  [(TQ, "Gắn hoạt động của Trung tâm học tập cộng đồng với chuyển giao kỹ thuật trồng cam sành, chè Shan tuyết và phát triển du lịch cộng đồng.")],
  "Cam sành và chè Shan tuyết (cùng phát triển du lịch cộng đồng).",
  ["cam sành", "chè Shan tuyết"])
Q("paraphrase", "Ninh Hòa muốn khi nào có kho tài liệu học tập điện tử dùng chung?",
  [(NH, "Xây dựng kho học liệu số dùng chung của thị xã trước ngày 31/12/2026")],
  "Kho học liệu số dùng chung của thị xã phải xây dựng xong trước ngày 31/12/2026.",
  ["31/12/2026"])

# ------------------------------------------------------------------ english
Q("english", "In the Ninh Hoa town plan, what share of households should be 'learning families' in 2026?",
  [(NH, NH_GDH), (NH, "≥ 60%")],
  "At least 60% (≥ 60%) of households in 2026.",
  ["60%"])
Q("english", "What is Ninh Hoa's 2030 target for villages and residential groups recognised as learning communities?",
  [(NH, NH_CD), (NH, "70%")],
  "70% of villages and residential groups (thôn, tổ dân phố) by 2030 (≥ 50% in 2026, 60% in 2028).",
  ["70%"])
Q("english", "How much does Yen Trach commune spend on rewarding learning families and clans in 2026?",
  [(YT, "5 Khen thưởng gia đình, dòng họ học tập 10")],
  "10 million dong.",
  ["10 million"])
Q("english", "When does Yen Trach commune hold its learning-family festival?",
  [(YT, "Tháng 6/2026: tổ chức Ngày hội gia đình học tập.")],
  "In June 2026 (6/2026), on Vietnamese Family Day, 28/6.",
  ["6/2026", "28/6"])
Q("english", "Who signed the Yen Trach commune learning-society plan for 2026?",
  [(YT, "Ma Văn Toàn")],
  "Ma Văn Toàn, Chairman (Chủ tịch) of the commune People's Committee.",
  ["Ma Văn Toàn"])
Q("english", "By when must village heads in Yen Trach report their results to the commune?",
  [(YT, YT_XOM)],
  "Before 15/11/2026.",
  ["15/11/2026"])
Q("english", "What literacy rate does Tuyen Quang province aim for among people aged 15 to 60?",
  [(TQ, TQ_BC)],
  "98% or more of people aged 15-60 literate; 96% or more among ethnic minorities.",
  ["98%"])
Q("english", "What share of people aged 15 and over should have basic digital skills in Tuyen Quang by 2030?",
  [(TQ, "Phấn đấu 70% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản trở lên vào năm 2030.")],
  "70% or more by 2030.",
  ["70%"])
Q("english", "By which year must Tuyen Quang finish reviewing the management boards of community learning centres?",
  [(TQ, "Đến năm 2028, hoàn thành rà soát, kiện toàn bộ máy quản lý Trung tâm học tập cộng đồng ở tất cả các xã.")],
  "By 2028, in all communes.",
  ["2028"])
Q("english", "What is the Tuyen Quang Veterans' Association asked to do?",
  [(TQ, "Đề nghị Hội Cựu chiến binh tỉnh nhân rộng mô hình “Cựu chiến binh học tập suốt đời”.")],
  "To replicate the “Cựu chiến binh học tập suốt đời” (veterans learning for life) model.",
  ["Cựu chiến binh học tập suốt đời"])

# ------------------------------------------------------------------ follow_up
H_NH_GDH = [("user", "Thị xã Ninh Hòa đặt chỉ tiêu Gia đình học tập năm 2026 là bao nhiêu?"),
            ("assistant", "Năm 2026: ≥ 60% hộ gia đình đạt danh hiệu “Gia đình học tập”.")]
Q("follow_up", "Còn năm 2030 thì sao?",
  [(NH, NH_GDH), (NH, "70-75%")],
  "Năm 2030: 70-75% hộ gia đình đạt danh hiệu “Gia đình học tập”.",
  ["70-75%"], H_NH_GDH)
Q("follow_up", "Thế còn dòng họ năm đó?",
  [(NH, NH_DH), (NH, "≥ 45%")],
  "Năm 2026: ≥ 45% dòng họ đạt danh hiệu “Dòng họ học tập”.",
  ["45%"], H_NH_GDH)
Q("follow_up", "Năm 2028 thì bao nhiêu?",
  [(NH, NH_LDDT), (NH, "66%")],
  "Năm 2028: 66% người lao động qua đào tạo.",
  ["66%"],
  [("user", "Tỷ lệ người lao động qua đào tạo của Ninh Hòa năm 2026 là bao nhiêu?"),
   ("assistant", "Năm 2026: 62%.")])
Q("follow_up", "Họ phải báo cáo trước ngày nào?",
  [(NH, NH_XP)],
  "Ủy ban nhân dân các xã, phường báo cáo kết quả về Phòng Giáo dục và Đào tạo trước ngày 31/10 hằng năm.",
  ["31/10"],
  [("user", "Ủy ban nhân dân các xã, phường ở Ninh Hòa phải làm gì theo kế hoạch xây dựng xã hội học tập?"),
   ("assistant", "Xây dựng kế hoạch hằng năm của địa phương và bố trí cán bộ kiêm nhiệm quản lý Trung tâm học tập cộng đồng.")])
Q("follow_up", "Còn Phòng Văn hóa và Thông tin thì sao?",
  [(NH, NH_VH)],
  "Phòng Văn hóa và Thông tin (cùng Trung tâm Văn hóa - Thông tin và Thể thao thị xã) xây dựng chuyên mục “Ninh Hòa học tập suốt đời” phát sóng 02 kỳ mỗi tháng và phát triển tủ sách cộng đồng.",
  ["Ninh Hòa học tập suốt đời", "tủ sách cộng đồng"],
  [("user", "Phòng Kinh tế thị xã Ninh Hòa có nhiệm vụ gì?"),
   ("assistant", "Phối hợp với Ban Quản lý Khu kinh tế Vân Phong vận động doanh nghiệp xây dựng mô hình “Đơn vị học tập”; tổ chức tập huấn khuyến nông, khuyến ngư.")])
Q("follow_up", "Khoản đó được phân bổ cho lớp kỹ năng số bao nhiêu?",
  [(YT, "3 Lớp kỹ năng số cho người dân 18")],
  "18 triệu đồng cho lớp kỹ năng số cho người dân.",
  ["18 triệu"],
  [("user", "Tổng kinh phí năm 2026 của xã Yên Trạch là bao nhiêu?"),
   ("assistant", "86 triệu đồng, từ ngân sách xã và nguồn xã hội hóa.")])
Q("follow_up", "Lớp đó mở vào thời gian nào?",
  [(YT, "Quý III/2026: mở lớp kỹ năng số cho người dân.")],
  "Quý III/2026.",
  ["Quý III/2026"],
  [("user", "Xã Yên Trạch hướng dẫn người dân những kỹ năng số gì?"),
   ("assistant", "Cài đặt ứng dụng VNeID, thanh toán không dùng tiền mặt, bán hàng trên sàn thương mại điện tử.")])
Q("follow_up", "Còn Bí thư Đoàn xã ở đó?",
  [(YT, YT_DOAN)],
  "Bí thư Đoàn xã Yên Trạch thành lập 02 tổ thanh niên tình nguyện hướng dẫn kỹ năng số tại các xóm.",
  ["02 tổ"],
  [("user", "Chủ tịch Hội Nông dân xã Yên Trạch phải làm gì?"),
   ("assistant", "Phối hợp tổ chức tập huấn kỹ thuật chè VietGAP; vận động hội viên tham gia xây dựng gia đình học tập.")])
Q("follow_up", "Còn dòng họ thì sao?",
  [(TQ, TQ_MT)],
  "Đến năm 2030, phấn đấu 50% dòng họ đạt danh hiệu “Dòng họ học tập” trở lên.",
  ["50%"],
  [("user", "Tuyên Quang phấn đấu bao nhiêu hộ gia đình đạt Gia đình học tập đến 2030?"),
   ("assistant", "65% hộ gia đình trở lên.")])
Q("follow_up", "Ở đó ai là cơ quan thường trực?",
  [(TQ, "Là cơ quan thường trực, chủ trì, phối hợp với các sở, ngành, địa phương triển khai Kế hoạch.")],
  "Sở Giáo dục và Đào tạo tỉnh Tuyên Quang là cơ quan thường trực.",
  ["Sở Giáo dục và Đào tạo"],
  [("user", "Kế hoạch xây dựng xã hội học tập của tỉnh Tuyên Quang giai đoạn 2026-2030 có số hiệu gì?"),
   ("assistant", "Kế hoạch số 215/KH-UBND ngày 16/12/2025.")])
Q("follow_up", "And in Ninh Hoa town, how much per year?",
  [(NH, NH_KP)],
  "450 million dong per year from the town budget (450 triệu đồng).",
  ["450"],
  [("user", "How much does Tuyen Quang's provincial budget allocate to the plan?"),
   ("assistant", "3.2 billion dong (3,2 tỷ đồng) for the whole 2026-2030 period.")])
Q("follow_up", "Vậy còn thị xã Ninh Hòa?",
  [(NH, "Xây dựng thị xã Ninh Hòa trở thành địa phương học tập, bảo đảm mọi người dân có cơ hội bình đẳng tiếp cận giáo dục, học tập suốt đời, góp phần phát triển nguồn nhân lực cho Khu kinh tế Vân Phong.")],
  "Mục tiêu chung của Ninh Hòa là xây dựng thị xã trở thành địa phương học tập, bảo đảm mọi người dân có cơ hội bình đẳng tiếp cận giáo dục, học tập suốt đời, góp phần phát triển nguồn nhân lực cho Khu kinh tế Vân Phong.",
  ["địa phương học tập", "Khu kinh tế Vân Phong"],
  [("user", "Mục tiêu chung của kế hoạch Tuyên Quang là gì?"),
   ("assistant", "Thu hẹp khoảng cách về cơ hội học tập giữa vùng thấp và vùng cao, giữa các dân tộc trong tỉnh, theo mục tiêu của Quyết định 1373/QĐ-TTg.")])
Q("follow_up", "Thế Trưởng các xóm thì sao?",
  [(YT, YT_XOM)],
  "Trưởng các xóm tuyên truyền, vận động các hộ gia đình đăng ký danh hiệu và báo cáo kết quả về UBND xã trước ngày 15/11/2026.",
  ["15/11/2026"],
  [("user", "Xã Cẩm Bình giao Trưởng thôn việc gì?"),
   ("assistant", "Không có trong các kế hoạch đã nạp về việc này."),
   ("user", "Còn ở xã Yên Trạch, công chức Văn hóa - Xã hội làm gì?"),
   ("assistant", "Tham mưu UBND xã triển khai Kế hoạch; theo dõi, tổng hợp kết quả thực hiện.")])

# ------------------------------------------------------------------ unanswerable
# places with no loaded plan: parent units and neighbours
U("Tỉnh Khánh Hòa đặt chỉ tiêu Gia đình học tập năm 2030 là bao nhiêu?",
  "Không có kế hoạch của tỉnh Khánh Hòa trong các kế hoạch đã nạp (chỉ có kế hoạch của thị xã Ninh Hòa, có căn cứ Kế hoạch 2871/KH-UBND của tỉnh nhưng không nêu nội dung).")
U("Huyện Phú Lương giao chỉ tiêu xây dựng xã hội học tập năm 2026 cho các xã thế nào?",
  "Không có kế hoạch của huyện Phú Lương trong các kế hoạch đã nạp; kế hoạch xã Yên Trạch chỉ dẫn số hiệu Kế hoạch 09/KH-UBND.")
U("Xã Yên Lạc huyện Phú Lương có kế hoạch xây dựng xã hội học tập năm 2026 không, chỉ tiêu ra sao?",
  "Không có kế hoạch của xã Yên Lạc trong các kế hoạch đã nạp.")
U("Thành phố Nha Trang đặt mục tiêu bao nhiêu phần trăm dòng họ học tập?",
  "Không có kế hoạch của thành phố Nha Trang trong các kế hoạch đã nạp.")
U("Tỉnh Lào Cai có chỉ tiêu xóa mù chữ cho phụ nữ dân tộc Mông không?",
  "Không có kế hoạch của tỉnh Lào Cai trong các kế hoạch đã nạp.")
U("Tỉnh Thái Nguyên đặt chỉ tiêu Cộng đồng học tập năm 2026 ra sao?",
  "Không có kế hoạch của tỉnh Thái Nguyên trong các kế hoạch đã nạp (chỉ có kế hoạch năm 2026 của xã Yên Trạch).")
U("What learning-family target does Tuyen Quang city set for 2030?",
  "No plan of Tuyên Quang city is loaded; the loaded plan is the province's, which sets no separate city target.")
# a figure the named plan does not set
U("Thị xã Ninh Hòa đặt chỉ tiêu bao nhiêu phần trăm công dân đạt danh hiệu Công dân học tập?",
  "Kế hoạch của Ninh Hòa không đặt chỉ tiêu “Công dân học tập”.")
U("Xã Yên Trạch đặt chỉ tiêu Đơn vị học tập năm 2026 là bao nhiêu?",
  "Kế hoạch năm 2026 của xã Yên Trạch không có chỉ tiêu “Đơn vị học tập”.")
U("Tỉnh Tuyên Quang phấn đấu tỷ lệ lao động qua đào tạo năm 2030 là bao nhiêu?",
  "Kế hoạch của Tuyên Quang không đặt chỉ tiêu tỷ lệ lao động qua đào tạo.")
# current count / past result
U("Hiện nay thị xã Ninh Hòa có bao nhiêu hộ gia đình đạt danh hiệu Gia đình học tập?",
  "Kế hoạch chỉ nêu chỉ tiêu, không nêu số hộ hiện có.")
U("Năm 2025 xã Yên Trạch đã có bao nhiêu xóm đạt Cộng đồng học tập?",
  "Kế hoạch năm 2026 không nêu kết quả năm 2025.")
U("Giai đoạn 2021-2025 tỉnh Tuyên Quang đã xóa mù chữ cho bao nhiêu người?",
  "Kế hoạch của Tuyên Quang không nêu kết quả giai đoạn trước.")
# an amount not broken out
U("Ngân sách tỉnh Tuyên Quang chi bao nhiêu riêng cho năm 2027?",
  "Kế hoạch chỉ nêu 3,2 tỷ đồng cho cả giai đoạn 2026 - 2030, không chia theo năm.")
U("Trong 450 triệu đồng mỗi năm của Ninh Hòa, bao nhiêu dành cho kho học liệu số?",
  "Kế hoạch không chia khoản 450 triệu đồng theo hoạt động.")
U("Xã Yên Trạch chi bao nhiêu cho lớp tin học dịp hè của các trường?",
  "Bảng kinh phí của xã không có khoản riêng cho lớp tin học dịp hè.")
# a sanction
U("Xóm nào không đạt chỉ tiêu Cộng đồng học tập ở Yên Trạch sẽ bị xử lý thế nào?",
  "Kế hoạch không nêu hình thức xử lý nào.")
U("What sanctions does the Ninh Hoa plan impose on wards that miss their targets?",
  "The plan sets no sanctions.")
# agencies never named
U("Theo kế hoạch của thị xã Ninh Hòa, Phòng Y tế có nhiệm vụ gì?",
  "Kế hoạch của Ninh Hòa không giao nhiệm vụ cho Phòng Y tế.")
U("Công an xã Yên Trạch được giao nhiệm vụ gì trong kế hoạch xây dựng xã hội học tập năm 2026?",
  "Kế hoạch của xã Yên Trạch không giao nhiệm vụ cho Công an xã.")
U("Sở Nội vụ tỉnh Tuyên Quang phải làm gì theo kế hoạch 215/KH-UBND?",
  "Kế hoạch không giao nhiệm vụ cho Sở Nội vụ.")
U("What is the Tuyen Quang Department of Health asked to do in the learning-society plan?",
  "The plan gives no task to the Department of Health (Sở Y tế).")
# years outside the period
U("Thị xã Ninh Hòa đặt chỉ tiêu Gia đình học tập năm 2035 là bao nhiêu?",
  "Kế hoạch chỉ cho giai đoạn 2025 - 2030; không có chỉ tiêu năm 2035.")
U("Vậy năm 2027?",
  "Kế hoạch của xã Yên Trạch chỉ cho năm 2026, không có chỉ tiêu năm 2027.",
  [("user", "Xã Yên Trạch đặt chỉ tiêu Gia đình học tập năm 2026 là bao nhiêu?"),
   ("assistant", "72% hộ gia đình đạt danh hiệu “Gia đình học tập”.")])
U("Tuyên Quang đặt chỉ tiêu Gia đình học tập năm 2025 là bao nhiêu?",
  "Kế hoạch của Tuyên Quang cho giai đoạn 2026 - 2030; không có chỉ tiêu năm 2025.")


if __name__ == "__main__":
    with open(OUT, "w", encoding="utf-8") as f:
        for q in QS:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    print(len(QS), "questions ->", OUT)
