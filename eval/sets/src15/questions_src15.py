"""Write eval/sets/newplans15.jsonl (ids b15-001…). Spans are verbatim from the text as extracted (see check_sets.py).

    python eval/sets/src15/questions_src15.py

PDF spans stay inside one page; txt spans stay inside one "> " line of the email (a sentence wrapped over two lines
is cited as two spans, never with the "> " prefix inside).
"""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "newplans15.jsonl")

NT = "ninhthuan_1476-QD-UBND_2025.pdf"
BD = "budang_96-KH-UBND_2024.docx"
NG = "nghiathanh_41-KH-UBND_2025.txt"
HUE = "000_4550be4bb11189cd.txt"
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
    return [{"role": "user" if i % 2 == 0 else "assistant", "content": c} for i, c in enumerate(h)]


REFUSE = "Các kế hoạch đã nạp không có thông tin này."
REFUSE_EN = "The loaded plans do not contain this information."

# ---- spans used more than once
NT_NO = "Số: 1476/QĐ-UBND Ninh Thuận, ngày 12 tháng 5 năm 2025"
NT_ATTACH = "(Ban hành kèm theo Quyết định số 1476/QĐ-UBND ngày 12/5/2025 của Ủy ban nhân dân tỉnh Ninh Thuận)"
NT_SIGN = "Đặng Minh Hiển"
NT_GD = "Là cơ quan thường trực, chủ trì, phối hợp với các sở, ngành, địa phương triển khai Kế hoạch"
NT_REPORT = "tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Giáo dục và Đào tạo trước ngày 10/12 hằng năm."
NT_KP = "Tổng kinh phí dự kiến 42.600 triệu đồng, trong đó: ngân sách tỉnh 24.000 triệu đồng; ngân sách huyện, thành phố 11.600 triệu đồng; nguồn xã hội hóa và các nguồn hợp pháp khác 7.000 triệu đồng."
NT_PHASE = "Phân theo giai đoạn: giai đoạn 2026 - 2028 là 24.800 triệu đồng; giai đoạn 2029 - 2030 là 17.800 triệu đồng."
NT_GD28 = "Đến năm 2028, 70% gia đình đạt danh hiệu “Gia đình học tập”, 60% dòng họ đạt danh hiệu “Dòng họ học tập”."
NT_GD30 = "Đến năm 2030, 80% gia đình đạt danh hiệu “Gia đình học tập”, 70% dòng họ đạt danh hiệu “Dòng họ học tập” và 75% thôn, khu phố đạt danh hiệu “Cộng đồng học tập”."
NT_BC30A = "Đến năm 2030, 99% người trong độ tuổi từ 15 đến 60 đạt chuẩn biết chữ mức"
NT_BC30B = "độ 2; riêng vùng đồng bào dân tộc thiểu số đạt 97%."
NT_BC28 = "Đến năm 2028, 98,5% người trong độ tuổi từ 15 đến 60 đạt chuẩn biết chữ mức độ 2; riêng vùng đồng bào dân tộc thiểu số đạt 95%."
NT_KNS28 = "Đến năm 2028, 50% người dân trong độ tuổi lao động có kỹ năng số cơ bản."
NT_KNS30 = "Đến năm 2030, 70% người dân trong độ tuổi lao động có kỹ năng số cơ bản;"
NT_TT = "hỗ trợ hoạt động mỗi trung tâm học tập cộng đồng 30 triệu đồng/năm từ ngân sách"
NT_KHCN = "Chủ trì xây dựng nền tảng “Ninh Thuận học tập số”; hướng dẫn hoạt động của Tổ công nghệ số cộng đồng; phối hợp với VNPT Ninh Thuận và Viettel Ninh Thuận hỗ trợ đường truyền cho trung tâm học tập cộng đồng."
NT_HUYEN = "Xây dựng kế hoạch thực hiện tại địa phương trước ngày 30/9/2025; bố trí ngân sách huyện cho trung tâm học tập cộng đồng; báo cáo kết quả về Sở Giáo dục và Đào tạo trước ngày 30/11 hằng năm."
NT_TUAN = "tổ chức Tuần lễ hưởng ứng học tập suốt đời vào tháng 10 hằng năm gắn với Ngày hội văn hóa các dân tộc tỉnh."
NT_P2 = "2 Xây dựng nền tảng “Ninh Thuận học tập số” Sở Khoa học và Công nghệ Sở Giáo dục và Đào tạo; VNPT Ninh Thuận Quý IV/2026 Nền tảng vận hành chính thức"
NT_P5 = "5 Đào tạo vận hành, bảo trì thiết bị điện gió, điện mặt trời Trường Cao đẳng Nghề Ninh Thuận Sở Công Thương; các doanh nghiệp năng lượng 2026 - 2030 1.500 lao động được đào tạo"
NT_P6 = "6 Bồi dưỡng chuyển đổi nghề cho diêm dân Sở Nội vụ Sở Nông nghiệp và Môi trường; UBND các huyện 2027 - 2030"
NT_P8 = "8 Sơ kết giai đoạn 2026 - 2028 Sở Giáo dục và Đào tạo Các sở, ngành; UBND các huyện, thành phố Quý IV/2028 Báo cáo sơ kết"
NT_PHEAD = "STT Nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Thời gian Sản phẩm"
NT_DENGHI = "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chỉ đạo Hội Khuyến học tỉnh chủ"
NT_DENGHI2 = "Tỉnh đoàn tổ chức phong trào “Thanh niên học tập suốt đời”; Hội Liên hiệp Phụ nữ tỉnh vận động phụ nữ tham gia học tập."

BD_NO = "Số: 96/KH-UBND"
BD_KP = "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2026 - 2030 dự kiến là 6.750.000.000 đồng (Sáu tỷ bảy trăm năm mươi triệu đồng), trong đó:"
BD_NSH = "- Ngân sách huyện: 4,2 tỷ đồng;"
BD_NSX = "- Ngân sách xã, thị trấn: 1,3 tỷ đồng;"
BD_XHH = "- Xã hội hóa: 1.250.000.000 đồng (Một tỷ hai trăm năm mươi triệu đồng)."
BD_TT = "Hỗ trợ mỗi trung tâm học tập cộng đồng 15.000.000 đồng/năm; hỗ trợ mỗi lớp xóa mù chữ 18.000.000 đồng/lớp."
BD_VH = "Phòng Văn hóa và Thông tin, Trung tâm Văn hóa - Thể thao huyện: Tuyên truyền Kế hoạch trên Cổng thông tin điện tử huyện và hệ thống truyền thanh; xây dựng tủ sách cộng đồng tại nhà văn hóa thôn, bon; tổ chức lớp truyền dạy đánh cồng chiêng cho thanh thiếu niên người S’tiêng; hoàn thành mô hình “Sóc học tập” tại Sóc Bom Bo trong năm 2027."
BD_CON = "Các cơ quan, ban ngành còn lại: Căn cứ chức năng, nhiệm vụ, xây dựng kế hoạch học tập của cơ quan, đơn vị; tạo điều kiện cho cán bộ, công chức, viên chức, người lao động học tập nâng cao trình độ."
BD_LD = "Phòng Lao động - Thương binh và Xã hội: Chủ trì đào tạo nghề cho lao động nông thôn, người khuyết tật và người dân tộc thiểu số; phấn đấu mỗi năm đào tạo nghề cho ít nhất 600 lao động."
BD_GD = "Phòng Giáo dục và Đào tạo: Là cơ quan thường trực, tham mưu Ủy ban nhân dân huyện chỉ đạo triển khai Kế hoạch; hướng dẫn, kiểm tra hoạt động của trung tâm học tập cộng đồng; chủ trì mở lớp xóa mù chữ; tổng hợp, báo cáo Ủy ban nhân dân huyện trước ngày 05/12 hằng năm."
BD_XA = "Ủy ban nhân dân các xã, thị trấn: Xây dựng kế hoạch thực hiện trước ngày 31/01/2026; bố trí ngân sách xã cho trung tâm học tập cộng đồng; báo cáo kết quả về Phòng Giáo dục và Đào tạo trước ngày 20/11 hằng năm."
BD_DN = "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể chính trị - xã hội huyện: Tuyên truyền, vận động đoàn viên, hội viên tham gia học tập suốt đời; chỉ đạo Hội Khuyến học huyện phối hợp đánh giá, công nhận “Gia đình học tập”, “Dòng họ học tập”; Huyện đoàn tổ chức Tổ công nghệ số cộng đồng thanh niên."
BD_Y26 = "Năm 2026"
BD_Y28 = "Năm 2028"
BD_Y30 = "Năm 2030"
BD_GD26 = "62% gia đình được công nhận “Gia đình học tập”."
BD_GD28 = "70% gia đình được công nhận “Gia đình học tập”; 55% dòng họ được công nhận “Dòng họ học tập”."
BD_GD30 = "78% gia đình được công nhận “Gia đình học tập”; 65% dòng họ được công nhận “Dòng họ học tập”."
BD_KNS28 = "45% người dân trong độ tuổi lao động có kỹ năng số cơ bản."
BD_KNS30 = "60% người dân trong độ tuổi lao động có kỹ năng số cơ bản; 75% lao động qua đào tạo."
BD_TT28 = "50% trung tâm học tập cộng đồng xếp loại Tốt."
BD_TT26 = "40% trung tâm học tập cộng đồng xếp loại Tốt."
BD_BC26 = "96% người trong độ tuổi 15 - 60 đạt chuẩn biết chữ mức độ 2."
BD_BC30 = "99% người trong độ tuổi 15 - 60 đạt chuẩn biết chữ mức độ 2."
BD_CH = "Tuyên truyền bằng tiếng Việt và tiếng S’tiêng trên hệ thống truyền thanh cơ sở; tổ chức Tuần lễ hưởng ứng học tập suốt đời vào tháng 10 hằng năm."
BD_SOKET = "Sơ kết 03 năm thực hiện Kế hoạch vào tháng 12/2028; tổng kết vào tháng 11/2030."
BD_A1 = "1 Mở lớp xóa mù chữ cho đồng bào dân tộc thiểu số Phòng Giáo dục và Đào tạo Phòng Dân tộc; UBND các xã 2026 - 2030 432 24 lớp"
BD_A6 = "6 Đánh giá, công nhận “Gia đình học tập”, “Dòng họ học tập” Hội Khuyến học huyện UBND các xã, thị trấn Tháng 11 hằng năm Không sử dụng ngân sách"
BD_A3 = "3 Triển khai Tổ công nghệ số cộng đồng UBND các xã, thị trấn Huyện đoàn; Trung tâm GDNN-GDTX huyện Quý II/2026 120"
BD_AHEAD = "STT Nhiệm vụ, hoạt động Cơ quan chủ trì Cơ quan phối hợp Thời gian Kinh phí (triệu đồng) Ghi chú"
BD_SIGN = "Điểu Thị Ngọc Hân"

NG_GDA = "i. Tỷ lệ gia đình đạt danh hiệu \"Gia đình học tập\" tăng 4 điểm phần"
NG_GDB = "trăm so với năm 2024 (năm 2024 đạt 68%)."
NG_CDA = "ii. Tỷ lệ tổ dân phố đạt danh hiệu \"Cộng đồng học tập\" tăng 10 điểm"
NG_CDB = "phần trăm so với năm 2024."
NG_KNA = "iii. Tỷ lệ người dân từ 15 tuổi trở lên có kỹ năng số cơ bản tăng 8"
NG_KNB = "điểm phần trăm so với năm 2024 (năm 2024 đạt 37%)."
NG_KPA = "Tổng kinh phí năm 2025 là 96 triệu đồng, trong đó ngân sách phường 70"
NG_KPB = "triệu đồng, xã hội hóa 26 triệu đồng. Hỗ trợ lớp tiếng M’nông 18 triệu"
NG_VHA = "1) Công chức Văn hóa - Xã hội: là đầu mối tham mưu UBND phường triển"
NG_VHC = "UBND thành phố (qua Phòng Giáo dục và Đào tạo) trước ngày 25/11/2025."
NG_CA = "5) Công an phường: phối hợp tuyên truyền pháp luật về an ninh trật tự,"
NG_CB = "phòng chống ma túy cho công nhân tại các khu trọ."
NG_TDPA = "7) Ban điều hành các tổ dân phố: bình xét \"Gia đình học tập\" và báo"
NG_TDPB = "cáo kết quả về UBND phường trước ngày 10/11/2025."
NG_DNA = "8) Đề nghị Ủy ban MTTQ Việt Nam phường chỉ đạo Hội Khuyến học phường"
NG_DNB = "chủ trì bình xét \"Dòng họ học tập\"; Đoàn phường hướng dẫn người dân sử"
NG_DNC = "dụng VNeID và dịch vụ công trực tuyến; Hội LHPN phường vận động hội"
NG_TT = "4) Trung tâm học tập cộng đồng phường: xây dựng kế hoạch hoạt động"
NG_TT2 = "trước ngày 15/3/2025; tổ chức các chuyên đề và lớp kỹ năng số."
NG_CD = "v. Trung tâm học tập cộng đồng phường tổ chức ít nhất 14 chuyên đề,"
NG_CD2 = "thu hút 2.000 lượt người học."
NG_TUAN = "2) Tổ chức Tuần lễ hưởng ứng học tập suốt đời từ ngày 01/10 đến ngày"
NG_TUAN2 = "07/10/2025."
NG_NO = "Số: 41/KH-UBND"
NG_SIGN = "Y Thành Niê"

# ================================================================ agency_tasks (12)
Q("agency_tasks", "Theo kế hoạch Ninh Thuận, Sở Giáo dục và Đào tạo có nhiệm vụ gì?",
  [(NT, NT_GD), (NT, "chủ trì tổ chức sơ kết giai đoạn 2026 - 2028 trong quý IV năm 2028 và tổng kết Kế hoạch trong quý IV năm 2030"), (NT, NT_REPORT)],
  "Sở GD&ĐT là cơ quan thường trực, chủ trì triển khai Kế hoạch; hướng dẫn đánh giá, xếp loại trung tâm học tập cộng đồng; chủ trì sơ kết giai đoạn 2026 - 2028 trong quý IV năm 2028 và tổng kết trong quý IV năm 2030; báo cáo UBND tỉnh và Bộ GD&ĐT trước ngày 10/12 hằng năm.",
  ["thường trực", "quý IV năm 2028", "10/12"])
Q("agency_tasks", "Sở Khoa học và Công nghệ Ninh Thuận được giao làm gì?",
  [(NT, NT_KHCN)],
  "Chủ trì xây dựng nền tảng “Ninh Thuận học tập số”; hướng dẫn Tổ công nghệ số cộng đồng; phối hợp với VNPT Ninh Thuận và Viettel Ninh Thuận hỗ trợ đường truyền cho trung tâm học tập cộng đồng.",
  ["Ninh Thuận học tập số", "Tổ công nghệ số cộng đồng", "VNPT"])
Q("agency_tasks", "Ban Dân tộc tỉnh Ninh Thuận có trách nhiệm gì trong kế hoạch xã hội học tập?",
  [(NT, "Phối hợp tổ chức lớp xóa mù chữ và dạy tiếng Chăm, tiếng Raglai cho cán bộ công tác ở vùng đồng bào dân tộc thiểu số")],
  "Phối hợp tổ chức lớp xóa mù chữ và dạy tiếng Chăm, tiếng Raglai cho cán bộ công tác ở vùng đồng bào dân tộc thiểu số; vận động người có uy tín, chức sắc tôn giáo tham gia tuyên truyền.",
  ["tiếng Chăm", "Raglai", "người có uy tín"])
Q("agency_tasks", "Trường Cao đẳng Nghề Ninh Thuận làm gì theo kế hoạch?",
  [(NT, "Chủ trì đào tạo ngắn hạn vận hành, bảo trì thiết bị điện gió, điện mặt trời; liên kết với doanh nghiệp tổ chức đào tạo tại nơi làm việc."), (NT, NT_P5)],
  "Chủ trì đào tạo ngắn hạn vận hành, bảo trì thiết bị điện gió, điện mặt trời, liên kết với doanh nghiệp đào tạo tại nơi làm việc; theo Phụ lục, giai đoạn 2026 - 2030 đào tạo 1.500 lao động.",
  ["điện gió", "điện mặt trời", "1.500"])
Q("agency_tasks", "Sở Công Thương Ninh Thuận có tham gia kế hoạch xã hội học tập không, làm gì?",
  [(NT, NT_PHEAD), (NT, NT_P5)],
  "Sở Công Thương không có mục riêng ở phần V; chỉ có trong Phụ lục: là cơ quan phối hợp (cùng các doanh nghiệp năng lượng) với Trường Cao đẳng Nghề Ninh Thuận đào tạo vận hành, bảo trì thiết bị điện gió, điện mặt trời, 2026 - 2030, sản phẩm 1.500 lao động được đào tạo.",
  ["phối hợp", "Trường Cao đẳng Nghề Ninh Thuận", "điện gió"])
Q("agency_tasks", "Trung tâm Văn hóa - Thể thao huyện Bù Đăng có nhiệm vụ gì?",
  [(BD, BD_VH)],
  "Trung tâm Văn hóa - Thể thao huyện được giao chung với Phòng Văn hóa và Thông tin: tuyên truyền Kế hoạch trên Cổng thông tin điện tử huyện và hệ thống truyền thanh; xây dựng tủ sách cộng đồng tại nhà văn hóa thôn, bon; tổ chức lớp truyền dạy đánh cồng chiêng cho thanh thiếu niên người S’tiêng; hoàn thành mô hình “Sóc học tập” tại Sóc Bom Bo trong năm 2027.",
  ["tủ sách cộng đồng", "cồng chiêng", "Sóc Bom Bo", "2027"])
Q("agency_tasks", "Phòng Tư pháp huyện Bù Đăng phải làm gì theo kế hoạch xã hội học tập?",
  [(BD, BD_CON)],
  "Phòng Tư pháp không được nêu tên riêng; thuộc nhóm “Các cơ quan, ban ngành còn lại”: căn cứ chức năng, nhiệm vụ xây dựng kế hoạch học tập của cơ quan, đơn vị; tạo điều kiện cho cán bộ, công chức, viên chức, người lao động học tập nâng cao trình độ.",
  ["còn lại", "kế hoạch học tập", "nâng cao trình độ"])
Q("agency_tasks", "Phòng Lao động - Thương binh và Xã hội Bù Đăng được giao gì?",
  [(BD, BD_LD)],
  "Chủ trì đào tạo nghề cho lao động nông thôn, người khuyết tật và người dân tộc thiểu số; phấn đấu mỗi năm đào tạo nghề cho ít nhất 600 lao động.",
  ["đào tạo nghề", "600"])
Q("agency_tasks", "Huyện đoàn Bù Đăng được đề nghị làm gì?",
  [(BD, BD_DN), (BD, BD_A3)],
  "Theo mục Đề nghị, Huyện đoàn tổ chức Tổ công nghệ số cộng đồng thanh niên; trong Phụ lục, Huyện đoàn phối hợp với UBND các xã, thị trấn triển khai Tổ công nghệ số cộng đồng (Quý II/2026).",
  ["Tổ công nghệ số cộng đồng", "Quý II/2026"])
Q("agency_tasks", "Công an phường Nghĩa Thành làm gì trong kế hoạch?",
  [(NG, NG_CA), (NG, NG_CB)],
  "Công an phường phối hợp tuyên truyền pháp luật về an ninh trật tự, phòng chống ma túy cho công nhân tại các khu trọ.",
  ["an ninh trật tự", "ma túy", "khu trọ"])
Q("agency_tasks", "Ban điều hành các tổ dân phố ở phường Nghĩa Thành có nhiệm vụ gì?",
  [(NG, NG_TDPA), (NG, NG_TDPB)],
  "Bình xét “Gia đình học tập” và báo cáo kết quả về UBND phường trước ngày 10/11/2025.",
  ["Gia đình học tập", "10/11/2025"])
Q("agency_tasks", "Đoàn phường Nghĩa Thành được đề nghị làm gì?",
  [(NG, NG_DNB), (NG, NG_DNC)],
  "Đoàn phường (theo đề nghị qua Ủy ban MTTQ phường) hướng dẫn người dân sử dụng VNeID và dịch vụ công trực tuyến.",
  ["VNeID", "dịch vụ công trực tuyến"])

# ================================================================ target (12)
Q("target", "Ninh Thuận đặt chỉ tiêu gia đình học tập đến năm 2028 là bao nhiêu?",
  [(NT, NT_GD28)],
  "Đến năm 2028 (giai đoạn 2026 - 2028): 70% gia đình đạt danh hiệu “Gia đình học tập” (và 60% dòng họ đạt “Dòng họ học tập”).",
  ["70%"])
Q("target", "Tỷ lệ biết chữ mức độ 2 của Ninh Thuận đến năm 2030?",
  [(NT, NT_BC30A), (NT, NT_BC30B)],
  "Đến năm 2030, 99% người trong độ tuổi 15 - 60 đạt chuẩn biết chữ mức độ 2; riêng vùng đồng bào dân tộc thiểu số đạt 97%.",
  ["99%", "97%"])
Q("target", "Đến 2030 Ninh Thuận phấn đấu bao nhiêu phần trăm thôn, khu phố đạt Cộng đồng học tập?",
  [(NT, NT_GD30)],
  "75% thôn, khu phố đạt danh hiệu “Cộng đồng học tập” vào năm 2030.",
  ["75%"])
Q("target", "Giai đoạn 2026-2028 Ninh Thuận mở bao nhiêu lớp xóa mù chữ mỗi năm?",
  [(NT, "Mỗi năm mở ít nhất 40 lớp xóa mù chữ và chống tái mù chữ cho đồng bào Chăm, Raglai tại các huyện Bác Ái, Thuận Bắc và Ninh Sơn.")],
  "Mỗi năm mở ít nhất 40 lớp xóa mù chữ và chống tái mù chữ cho đồng bào Chăm, Raglai tại các huyện Bác Ái, Thuận Bắc và Ninh Sơn.",
  ["40", "Bác Ái"])
Q("target", "Chỉ tiêu kỹ năng số cơ bản của Ninh Thuận năm 2030?",
  [(NT, NT_KNS30)],
  "Đến năm 2030, 70% người dân trong độ tuổi lao động có kỹ năng số cơ bản.",
  ["70%"])
Q("target", "Huyện Bù Đăng đặt tỷ lệ gia đình học tập năm 2026 là bao nhiêu?",
  [(BD, BD_Y26), (BD, BD_GD26)],
  "Năm 2026: 62% gia đình được công nhận “Gia đình học tập”.",
  ["62%"])
Q("target", "Năm 2028 Bù Đăng phấn đấu bao nhiêu % người lao động có kỹ năng số cơ bản?",
  [(BD, BD_Y28), (BD, BD_KNS28)],
  "Năm 2028: 45% người dân trong độ tuổi lao động có kỹ năng số cơ bản.",
  ["45%"])
Q("target", "Tỷ lệ lao động qua đào tạo của Bù Đăng đến năm 2030 là bao nhiêu?",
  [(BD, BD_Y30), (BD, BD_KNS30)],
  "Năm 2030: 75% lao động qua đào tạo (cùng với 60% người dân trong độ tuổi lao động có kỹ năng số cơ bản).",
  ["75%"])
Q("target", "Bù Đăng muốn bao nhiêu trung tâm học tập cộng đồng xếp loại Tốt vào năm 2028?",
  [(BD, BD_Y28), (BD, BD_TT28)],
  "Năm 2028: 50% trung tâm học tập cộng đồng xếp loại Tốt.",
  ["50%"])
Q("target", "Phường Nghĩa Thành đặt chỉ tiêu gia đình học tập năm 2025 thế nào?",
  [(NG, NG_GDA), (NG, NG_GDB)],
  "Tỷ lệ gia đình đạt danh hiệu “Gia đình học tập” tăng 4 điểm phần trăm so với năm 2024 (năm 2024 đạt 68%), tức khoảng 72% năm 2025.",
  ["4 điểm phần trăm", "68%", "72%"])
Q("target", "Năm 2025 phường Nghĩa Thành phấn đấu tỷ lệ người dân có kỹ năng số cơ bản là bao nhiêu?",
  [(NG, NG_KNA), (NG, NG_KNB)],
  "Tăng 8 điểm phần trăm so với năm 2024; năm 2024 đạt 37%, nên chỉ tiêu năm 2025 là khoảng 45% người dân từ 15 tuổi trở lên.",
  ["8 điểm phần trăm", "37%", "45%"])
Q("target", "Chỉ tiêu tổ dân phố đạt Cộng đồng học tập năm 2025 của phường Nghĩa Thành là bao nhiêu?",
  [(NG, NG_CDA), (NG, NG_CDB)],
  "Kế hoạch chỉ đặt mức tăng: tỷ lệ tổ dân phố đạt danh hiệu “Cộng đồng học tập” tăng 10 điểm phần trăm so với năm 2024; không nêu tỷ lệ năm 2024 nên không có con số tuyệt đối.",
  ["10 điểm phần trăm", "2024"])

# ================================================================ deadline (8)
Q("deadline", "Sở GD&ĐT Ninh Thuận phải báo cáo kết quả hằng năm trước ngày nào?",
  [(NT, NT_REPORT)],
  "Trước ngày 10/12 hằng năm, báo cáo UBND tỉnh và Bộ Giáo dục và Đào tạo.",
  ["10/12"])
Q("deadline", "UBND các huyện ở Ninh Thuận phải xây dựng kế hoạch và báo cáo khi nào?",
  [(NT, NT_HUYEN)],
  "Xây dựng kế hoạch thực hiện tại địa phương trước ngày 30/9/2025; báo cáo kết quả về Sở GD&ĐT trước ngày 30/11 hằng năm.",
  ["30/9/2025", "30/11"])
Q("deadline", "Khi nào Ninh Thuận sơ kết giai đoạn 2026-2028?",
  [(NT, "chủ trì tổ chức sơ kết giai đoạn 2026 - 2028 trong quý IV năm 2028"), (NT, NT_P8)],
  "Trong quý IV năm 2028 (Quý IV/2028), do Sở GD&ĐT chủ trì; sản phẩm là báo cáo sơ kết.",
  ["quý IV", "2028"])
Q("deadline", "Hạn gửi dự toán kinh phí cho Sở Tài chính Ninh Thuận là ngày nào?",
  [(NT, "Hằng năm, các cơ quan, đơn vị lập dự toán kinh phí gửi Sở Tài chính trước")],
  "Hằng năm, các cơ quan, đơn vị gửi dự toán kinh phí về Sở Tài chính trước ngày 15/7.",
  ["15/7"])
Q("deadline", "Nền tảng Ninh Thuận học tập số phải xong khi nào?",
  [(NT, NT_PHEAD), (NT, NT_P2)],
  "Theo Phụ lục: Quý IV/2026, Sở Khoa học và Công nghệ chủ trì; sản phẩm là nền tảng vận hành chính thức.",
  ["Quý IV/2026"])
Q("deadline", "UBND các xã ở Bù Đăng nộp kế hoạch và báo cáo vào lúc nào?",
  [(BD, BD_XA)],
  "Xây dựng kế hoạch thực hiện trước ngày 31/01/2026; báo cáo kết quả về Phòng GD&ĐT trước ngày 20/11 hằng năm.",
  ["31/01/2026", "20/11"])
Q("deadline", "Mô hình Sóc học tập ở Bom Bo phải hoàn thành năm nào?",
  [(BD, BD_VH), (BD, "2 Xây dựng mô hình “Sóc học tập” tại Sóc Bom Bo Phòng Văn hóa và Thông tin UBND xã Bình Minh; Hội Khuyến học huyện 2026 - 2027 150")],
  "Hoàn thành trong năm 2027 (Phụ lục: 2026 - 2027, Phòng Văn hóa và Thông tin chủ trì, kinh phí 150 triệu đồng).",
  ["2027"])
Q("deadline", "Trung tâm học tập cộng đồng phường Nghĩa Thành phải có kế hoạch hoạt động trước ngày nào?",
  [(NG, NG_TT), (NG, NG_TT2)],
  "Trước ngày 15/3/2025.",
  ["15/3/2025"])

# ================================================================ funding (8)
Q("funding", "Tổng kinh phí kế hoạch xã hội học tập Ninh Thuận 2026-2030 là bao nhiêu, từ nguồn nào?",
  [(NT, NT_KP)],
  "42.600 triệu đồng: ngân sách tỉnh 24.000 triệu; ngân sách huyện, thành phố 11.600 triệu; xã hội hóa và nguồn hợp pháp khác 7.000 triệu đồng.",
  ["42.600", "24.000", "11.600", "7.000"])
Q("funding", "Giai đoạn 2029-2030 Ninh Thuận dự kiến chi bao nhiêu?",
  [(NT, NT_PHASE)],
  "17.800 triệu đồng cho giai đoạn 2029 - 2030 (giai đoạn 2026 - 2028 là 24.800 triệu đồng).",
  ["17.800"])
Q("funding", "Mỗi lớp xóa mù chữ ở Ninh Thuận được hỗ trợ bao nhiêu?",
  [(NT, "Hỗ trợ mỗi lớp xóa mù chữ 25 triệu đồng/lớp/khóa học từ ngân sách tỉnh")],
  "25 triệu đồng/lớp/khóa học, từ ngân sách tỉnh.",
  ["25 triệu", "ngân sách tỉnh"])
Q("funding", "Ngân sách huyện, thành phố đóng góp bao nhiêu cho kế hoạch Ninh Thuận?",
  [(NT, NT_KP)],
  "11.600 triệu đồng (trong tổng 42.600 triệu đồng).",
  ["11.600"])
Q("funding", "Tổng kinh phí kế hoạch xã hội học tập huyện Bù Đăng?",
  [(BD, BD_KP), (BD, BD_NSH), (BD, BD_NSX), (BD, BD_XHH)],
  "6.750.000.000 đồng (sáu tỷ bảy trăm năm mươi triệu đồng): ngân sách huyện 4,2 tỷ đồng, ngân sách xã, thị trấn 1,3 tỷ đồng, xã hội hóa 1.250.000.000 đồng.",
  ["6.750.000.000", "4,2 tỷ", "1,3 tỷ", "1.250.000.000"])
Q("funding", "Bù Đăng huy động xã hội hóa bao nhiêu tiền?",
  [(BD, BD_XHH)],
  "1.250.000.000 đồng (một tỷ hai trăm năm mươi triệu đồng).",
  ["1.250.000.000"])
Q("funding", "Mỗi trung tâm học tập cộng đồng ở Bù Đăng được hỗ trợ bao nhiêu một năm?",
  [(BD, BD_TT)],
  "15.000.000 đồng/năm cho mỗi trung tâm học tập cộng đồng (mỗi lớp xóa mù chữ 18.000.000 đồng/lớp).",
  ["15.000.000"])
Q("funding", "Kinh phí năm 2025 của phường Nghĩa Thành là bao nhiêu?",
  [(NG, NG_KPA), (NG, NG_KPB)],
  "96 triệu đồng: ngân sách phường 70 triệu đồng, xã hội hóa 26 triệu đồng; hỗ trợ lớp tiếng M’nông 18 triệu đồng/lớp.",
  ["96 triệu", "70", "26"])

# ================================================================ legal_basis (4)
Q("legal_basis", "Quyết định ban hành kế hoạch Ninh Thuận căn cứ nghị quyết nào của Tỉnh ủy?",
  [(NT, "Căn cứ Nghị quyết số 17-NQ/TU ngày 08 tháng 01 năm 2025 của Ban Thường vụ Tỉnh ủy Ninh Thuận về đẩy mạnh học tập suốt đời đến năm 2030;")],
  "Nghị quyết số 17-NQ/TU ngày 08/01/2025 của Ban Thường vụ Tỉnh ủy Ninh Thuận về đẩy mạnh học tập suốt đời đến năm 2030.",
  ["17-NQ/TU"])
Q("legal_basis", "Kế hoạch Ninh Thuận được ban hành theo đề nghị của ai, tờ trình số mấy?",
  [(NT, "1092/TTr-SGDĐT ngày 05 tháng 5 năm 2025.")],
  "Theo đề nghị của Giám đốc Sở Giáo dục và Đào tạo tại Tờ trình số 1092/TTr-SGDĐT ngày 05/5/2025.",
  ["1092/TTr-SGDĐT", "Giám đốc Sở Giáo dục và Đào tạo"])
Q("legal_basis", "Kế hoạch của huyện Bù Đăng căn cứ kế hoạch nào của tỉnh Bình Phước?",
  [(BD, "Căn cứ Kế hoạch số 327/KH-UBND ngày 28/10/2024 của Ủy ban nhân dân tỉnh Bình Phước về xây dựng xã hội học tập tỉnh Bình Phước giai đoạn 2026 - 2030;")],
  "Kế hoạch số 327/KH-UBND ngày 28/10/2024 của UBND tỉnh Bình Phước về xây dựng xã hội học tập giai đoạn 2026 - 2030.",
  ["327/KH-UBND", "28/10/2024"])
Q("legal_basis", "Phường Nghĩa Thành ban hành kế hoạch năm 2025 dựa trên văn bản nào?",
  [(NG, "Căn cứ Kế hoạch số 215/KH-UBND ngày 10/01/2025 của UBND thành phố Gia"), (NG, "05/NQ-HĐND ngày 27/12/2024 của HĐND phường về nhiệm vụ phát triển kinh")],
  "Kế hoạch số 215/KH-UBND ngày 10/01/2025 của UBND thành phố Gia Nghĩa và Nghị quyết số 05/NQ-HĐND ngày 27/12/2024 của HĐND phường.",
  ["215/KH-UBND", "05/NQ-HĐND"])

# ================================================================ purpose (3)
Q("purpose", "Mục đích của kế hoạch xây dựng xã hội học tập tỉnh Ninh Thuận là gì?",
  [(NT, "tạo cơ hội cho mọi người dân, nhất là đồng bào Chăm, Raglai, diêm dân và ngư dân ven biển, được học tập thường xuyên, suốt đời."),
   (NT, "Nâng cao chất lượng nguồn nhân lực phục vụ phát triển năng lượng tái tạo, du lịch biển và nông nghiệp ứng dụng công nghệ cao của tỉnh.")],
  "Cụ thể hóa QĐ 1373/QĐ-TTg và NQ 17-NQ/TU; tạo cơ hội học tập suốt đời cho mọi người dân, nhất là đồng bào Chăm, Raglai, diêm dân và ngư dân; nâng cao nguồn nhân lực cho năng lượng tái tạo, du lịch biển, nông nghiệp công nghệ cao; gắn với bảo tồn nghề gốm Bàu Trúc, dệt thổ cẩm Mỹ Nghiệp.",
  ["Chăm", "diêm dân", "năng lượng tái tạo"])
Q("purpose", "Kế hoạch của Bù Đăng nhằm mục đích gì?",
  [(BD, "Tạo cơ hội học tập suốt đời cho mọi người dân, nhất là đồng bào S’tiêng, M’nông và đồng bào dân tộc thiểu số di cư từ phía Bắc; nâng cao dân trí, góp phần giảm nghèo bền vững và xây dựng nông thôn mới.")],
  "Tạo cơ hội học tập suốt đời cho mọi người dân, nhất là đồng bào S’tiêng, M’nông và đồng bào dân tộc thiểu số di cư từ phía Bắc; nâng cao dân trí, giảm nghèo bền vững, xây dựng nông thôn mới; phát huy truyền thống Sóc Bom Bo, bảo tồn văn hóa cồng chiêng.",
  ["S’tiêng", "giảm nghèo", "nông thôn mới"])
Q("purpose", "Phường Nghĩa Thành đặt ra mục đích gì cho kế hoạch năm 2025?",
  [(NG, "i. Đẩy mạnh phong trào học tập suốt đời trong nhân dân, nhất là công"), (NG, "triển du lịch hồ Gia Nghĩa.")],
  "Đẩy mạnh học tập suốt đời trong nhân dân, nhất là công nhân, người lao động tự do và đồng bào M’nông; gắn với xây dựng đô thị văn minh, phát triển du lịch hồ Gia Nghĩa; phân công cụ thể, kiểm tra, báo cáo đúng hạn.",
  ["công nhân", "M’nông", "hồ Gia Nghĩa"])

# ================================================================ task_section (5)
Q("task_section", "Ninh Thuận phát triển mô hình học tập nào ở các làng nghề?",
  [(NT, "Nhân rộng mô hình “Làng nghề học tập” tại làng gốm Bàu Trúc và làng dệt Mỹ"), (NT, "4 Xây dựng mô hình “Làng nghề học tập” tại Bàu Trúc và Mỹ Nghiệp Sở Văn hóa, Thể thao và Du lịch UBND huyện Ninh Phước; Hội Liên hiệp Phụ nữ tỉnh 2026 - 2027 02 mô hình")],
  "Mô hình “Làng nghề học tập” tại làng gốm Bàu Trúc và làng dệt Mỹ Nghiệp (Sở VHTTDL chủ trì, 2026 - 2027, 02 mô hình); cùng mô hình “Thôn, khu phố học tập” ở vùng bãi ngang ven biển.",
  ["Làng nghề học tập", "Bàu Trúc", "Mỹ Nghiệp"])
Q("task_section", "Nhiệm vụ phát triển nguồn nhân lực gắn với năng lượng tái tạo ở Ninh Thuận gồm gì?",
  [(NT, "Phối hợp với các doanh nghiệp điện gió, điện mặt trời tổ chức đào tạo ngắn hạn")],
  "Phối hợp với các doanh nghiệp điện gió, điện mặt trời tổ chức đào tạo ngắn hạn vận hành, bảo trì thiết bị; đào tạo kỹ năng giao tiếp, ngoại ngữ cho lao động ngành du lịch biển.",
  ["điện gió", "đào tạo ngắn hạn", "du lịch biển"])
Q("task_section", "Bù Đăng làm gì về chuyển đổi số trong học tập?",
  [(BD, "Triển khai Tổ công nghệ số cộng đồng ở 100% thôn, bon, khu phố; hướng dẫn người dân học trực tuyến và sử dụng dịch vụ công trực tuyến.")],
  "Triển khai Tổ công nghệ số cộng đồng ở 100% thôn, bon, khu phố; hướng dẫn người dân học trực tuyến và sử dụng dịch vụ công trực tuyến.",
  ["Tổ công nghệ số cộng đồng", "100%"])
Q("task_section", "Trung tâm học tập cộng đồng ở Bù Đăng phải tổ chức bao nhiêu chuyên đề, về nội dung gì?",
  [(BD, "Mỗi trung tâm học tập cộng đồng tổ chức ít nhất 12 chuyên đề/năm về kỹ thuật trồng, chăm sóc cây điều, cây cao su, chăn nuôi và pháp luật.")],
  "Ít nhất 12 chuyên đề/năm về kỹ thuật trồng, chăm sóc cây điều, cây cao su, chăn nuôi và pháp luật.",
  ["12 chuyên đề", "cây điều"])
Q("task_section", "Các nhiệm vụ, giải pháp của phường Nghĩa Thành năm 2025 là gì?",
  [(NG, "3) Duy trì mô hình \"Tổ dân phố học tập\" và xây dựng mới mô hình \"Khu"), (NG, "4) Mở lớp kỹ năng số \"Bình dân học vụ số\" tại Trung tâm học tập cộng")],
  "Tuyên truyền trên trang thông tin điện tử, nhóm Zalo tổ dân phố, loa truyền thanh; Tuần lễ hưởng ứng học tập suốt đời 01/10 - 07/10/2025; duy trì “Tổ dân phố học tập”, xây mới mô hình “Khu trọ học tập” cho công nhân; mở lớp kỹ năng số “Bình dân học vụ số” tối thứ Ba, thứ Năm.",
  ["Khu trọ học tập", "Bình dân học vụ số"])

# ================================================================ cross_plan (6)
Q("cross_plan", "So sánh chỉ tiêu gia đình học tập năm 2030 của Ninh Thuận và Bù Đăng.",
  [(NT, NT_GD30), (BD, BD_Y30), (BD, BD_GD30)],
  "Ninh Thuận: 80% gia đình đạt “Gia đình học tập” năm 2030; Bù Đăng: 78%. Ninh Thuận cao hơn 2 điểm phần trăm.",
  ["80%", "78%"])
Q("cross_plan", "Kế hoạch Bù Đăng và kế hoạch Cần Thơ cùng căn cứ quyết định nào của Thủ tướng?",
  [(BD, "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”;"),
   (CT, "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án")],
  "Cả hai căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”.",
  ["1373/QĐ-TTg"])
Q("cross_plan", "Ai ký văn bản ban hành kế hoạch Ninh Thuận và ai ký kế hoạch năm 2026 của Huế? Cùng chức danh không?",
  [(NT, NT_SIGN), (HUE, "Nguyễn Thanh Bình")],
  "Ninh Thuận: Quyết định 1476/QĐ-UBND do Phó Chủ tịch Đặng Minh Hiển ký (KT. Chủ tịch); Huế: Phó Chủ tịch Nguyễn Thanh Bình ký (KT. Chủ tịch). Cả hai đều là Phó Chủ tịch ký thay Chủ tịch.",
  ["Đặng Minh Hiển", "Nguyễn Thanh Bình", "Phó Chủ tịch"])
Q("cross_plan", "Tuần lễ hưởng ứng học tập suốt đời tổ chức vào thời gian nào ở Ninh Thuận, Bù Đăng và phường Nghĩa Thành?",
  [(NT, NT_TUAN), (BD, BD_CH), (NG, NG_TUAN), (NG, NG_TUAN2)],
  "Ninh Thuận: tháng 10 hằng năm, gắn với Ngày hội văn hóa các dân tộc tỉnh; Bù Đăng: tháng 10 hằng năm; phường Nghĩa Thành: từ 01/10 đến 07/10/2025.",
  ["tháng 10", "01/10", "07/10/2025"])
Q("cross_plan", "Mức hỗ trợ mỗi trung tâm học tập cộng đồng mỗi năm ở Ninh Thuận và Bù Đăng khác nhau thế nào?",
  [(NT, NT_TT), (BD, BD_TT)],
  "Ninh Thuận: 30 triệu đồng/năm mỗi trung tâm, từ ngân sách huyện; Bù Đăng: 15.000.000 đồng/năm mỗi trung tâm. Ninh Thuận gấp đôi.",
  ["30 triệu", "15.000.000"])
Q("cross_plan", "Hạn báo cáo về Sở GD&ĐT của cấp dưới ở Huế và ở Ninh Thuận?",
  [(HUE, "Sở Giáo dục và Đào tạo trước ngày 15/12/2026"), (NT, NT_HUYEN)],
  "Huế: các đơn vị gửi báo cáo về Sở GD&ĐT trước ngày 15/12/2026; Ninh Thuận: UBND các huyện, thành phố báo cáo về Sở GD&ĐT trước ngày 30/11 hằng năm.",
  ["15/12/2026", "30/11"])

# ================================================================ no_diacritics (3)
Q("no_diacritics", "ke hoach xhht ninh thuan so bao nhieu, ban hanh ngay nao",
  [(NT, NT_NO), (NT, NT_ATTACH)],
  "Kế hoạch không có số riêng; được ban hành kèm theo Quyết định số 1476/QĐ-UBND ngày 12/5/2025 của UBND tỉnh Ninh Thuận.",
  ["1476/QĐ-UBND", "12/5/2025"])
Q("no_diacritics", "bu dang tong kinh phi 2026-2030 bao nhieu",
  [(BD, BD_KP)],
  "6.750.000.000 đồng (sáu tỷ bảy trăm năm mươi triệu đồng).",
  ["6.750.000.000"])
Q("no_diacritics", "phuong nghia thanh nam 2025 mo may lop tieng mnong",
  [(NG, "vi. Mở 02 lớp dạy tiếng M’nông cho cán bộ, công chức và 01 lớp xóa mù")],
  "02 lớp dạy tiếng M’nông cho cán bộ, công chức (và 01 lớp xóa mù chữ cho đồng bào dân tộc thiểu số); hỗ trợ 18 triệu đồng/lớp.",
  ["02 lớp"])

# ================================================================ abbreviation (6)
Q("abbreviation", "HKH tỉnh NT được đề nghị làm gì?",
  [(NT, NT_DENGHI), (NT, "trì đánh giá, công nhận danh hiệu “Gia đình học tập”, “Dòng họ học tập”, “Cộng")],
  "Hội Khuyến học tỉnh (qua đề nghị Ủy ban MTTQ tỉnh chỉ đạo) chủ trì đánh giá, công nhận danh hiệu “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” cấp thôn; trong Phụ lục phối hợp hướng dẫn đánh giá, xếp loại TTHTCĐ.",
  ["Gia đình học tập", "Dòng họ học tập", "cấp thôn"])
Q("abbreviation", "Sở NN&MT NT làm gì trong KH XHHT?",
  [(NT, "Chủ trì bồi dưỡng kiến thức khai thác hải sản bền vững, an toàn lao động cho ngư dân và kỹ thuật sản xuất muối sạch cho diêm dân."), (NT, NT_P6)],
  "Sở Nông nghiệp và Môi trường chủ trì bồi dưỡng khai thác hải sản bền vững, an toàn lao động cho ngư dân và kỹ thuật sản xuất muối sạch cho diêm dân; phối hợp với Sở Nội vụ bồi dưỡng chuyển đổi nghề cho diêm dân (2027 - 2030).",
  ["hải sản", "muối sạch", "diêm dân"])
Q("abbreviation", "P.GD&ĐT BĐ báo cáo UBND huyện trước ngày mấy?",
  [(BD, BD_GD)],
  "Phòng GD&ĐT Bù Đăng tổng hợp, báo cáo UBND huyện trước ngày 05/12 hằng năm.",
  ["05/12"])
Q("abbreviation", "MTTQ huyện BĐ được đề nghị những gì?",
  [(BD, BD_DN)],
  "Ủy ban MTTQ huyện và các đoàn thể tuyên truyền, vận động đoàn viên, hội viên học tập suốt đời; chỉ đạo Hội Khuyến học huyện phối hợp đánh giá, công nhận “Gia đình học tập”, “Dòng họ học tập”; Huyện đoàn tổ chức Tổ công nghệ số cộng đồng thanh niên.",
  ["Hội Khuyến học huyện", "Huyện đoàn"])
Q("abbreviation", "CC VH-XH P. Nghĩa Thành bc UBND TP hạn chót?",
  [(NG, NG_VHA), (NG, NG_VHC)],
  "Công chức Văn hóa - Xã hội báo cáo UBND thành phố (qua Phòng GD&ĐT) trước ngày 25/11/2025.",
  ["25/11/2025"])
Q("abbreviation", "TTHTCĐ P. Nghĩa Thành năm 2025 tổ chức bn chuyên đề, bn lượt người học?",
  [(NG, NG_CD), (NG, NG_CD2)],
  "Ít nhất 14 chuyên đề, thu hút 2.000 lượt người học.",
  ["14", "2.000"])

# ================================================================ paraphrase (3)
Q("paraphrase", "Ở Ninh Thuận, cơ quan nào lo chuyện công nhận Đơn vị học tập cấp tỉnh?",
  [(NT, "Chủ trì hướng dẫn đánh giá, công nhận danh hiệu “Đơn vị học tập” cấp tỉnh;")],
  "Sở Nội vụ chủ trì hướng dẫn đánh giá, công nhận danh hiệu “Đơn vị học tập” cấp tỉnh.",
  ["Sở Nội vụ"])
Q("paraphrase", "Ở Bù Đăng, ai đứng ra bình xét gia đình học tập, dòng họ học tập và có tốn ngân sách không?",
  [(BD, BD_AHEAD), (BD, BD_A6)],
  "Hội Khuyến học huyện chủ trì (phối hợp UBND các xã, thị trấn), vào tháng 11 hằng năm; Phụ lục ghi “Không sử dụng ngân sách”.",
  ["Hội Khuyến học huyện", "Tháng 11", "Không sử dụng ngân sách"])
Q("paraphrase", "Phường Nghĩa Thành giao cho trường học nào giúp mở lớp xóa mù chữ?",
  [(NG, "6) Trường THCS Nguyễn Du và Trường Tiểu học Lê Lợi: phối hợp mở lớp")],
  "Trường THCS Nguyễn Du và Trường Tiểu học Lê Lợi phối hợp mở lớp xóa mù chữ và cho mượn phòng học.",
  ["Nguyễn Du", "Lê Lợi"])

# ================================================================ english (30)
Q("english", "What must the Department of Education and Training of Ninh Thuan do, and by when must it report each year?",
  [(NT, NT_GD), (NT, NT_REPORT)],
  "It is the standing agency leading the plan, guides the rating of community learning centres, leads the 2028 mid-term review and the 2030 final review, and reports to the provincial People's Committee and the Ministry before 10/12 (10 December) every year.",
  ["10/12"])
Q("english", "What is the number of the Ninh Thuan plan and who signed it?",
  [(NT, NT_NO), (NT, NT_ATTACH), (NT, NT_SIGN)],
  "The plan has no number of its own: it was issued with Decision 1476/QĐ-UBND of 12/5/2025, signed by Vice Chairman Đặng Minh Hiển on behalf of the Chairman.",
  ["1476", "Đặng Minh Hiển"])
Q("english", "When was the Ninh Thuan lifelong-learning plan issued?",
  [(NT, NT_ATTACH)],
  "On 12/5/2025 (12 May 2025), with Decision 1476/QĐ-UBND of the provincial People's Committee.",
  ["12/5/2025", "1476"])
Q("english", "How much is the total budget of the Ninh Thuan plan?",
  [(NT, NT_KP)],
  "42,600 million VND (42.600 triệu đồng): 24,000 million from the provincial budget, 11,600 million from district budgets and 7,000 million from socialisation and other lawful sources.",
  ["600", "24", "11"])
Q("english", "How much does Ninh Thuan plan to spend in 2026-2028?",
  [(NT, NT_PHASE)],
  "24,800 million VND for 2026-2028 (and 17,800 million for 2029-2030).",
  ["800"])
Q("english", "What share of families should be learning families in Ninh Thuan by 2028?",
  [(NT, NT_GD28)],
  "70% of families by 2028 (and 60% of clans as learning clans).",
  ["70"])
Q("english", "What literacy target does Ninh Thuan set for 2028 in ethnic minority areas?",
  [(NT, NT_BC28)],
  "By 2028, 95% in ethnic minority areas (98.5% overall) of people aged 15-60 meet literacy level 2.",
  ["95"])
Q("english", "What must the Ninh Thuan Department of Science and Technology do?",
  [(NT, NT_KHCN)],
  "Lead building the “Ninh Thuận học tập số” platform, guide the community digital technology teams, and work with VNPT Ninh Thuận and Viettel Ninh Thuận on connections for community learning centres.",
  ["Ninh Thuận học tập số", "VNPT"])
Q("english", "Which districts get the literacy classes for Cham and Raglai people in Ninh Thuan?",
  [(NT, "Mỗi năm mở ít nhất 40 lớp xóa mù chữ và chống tái mù chữ cho đồng bào Chăm, Raglai tại các huyện Bác Ái, Thuận Bắc và Ninh Sơn.")],
  "Bác Ái, Thuận Bắc and Ninh Sơn districts, at least 40 classes a year.",
  ["Bác Ái", "Thuận Bắc", "Ninh Sơn", "40"])
Q("english", "Who leads the retraining of salt workers in Ninh Thuan, and over what period?",
  [(NT, NT_PHEAD), (NT, NT_P6)],
  "The Department of Home Affairs (Sở Nội vụ) leads it, with the Department of Agriculture and Environment and the district People's Committees, from 2027 to 2030; the appendix gives no product for this row.",
  ["2027", "2030"])
Q("english", "What must the Department of Home Affairs do under the Ninh Thuan plan?",
  [(NT, "Chủ trì hướng dẫn đánh giá, công nhận danh hiệu “Đơn vị học tập” cấp tỉnh; đưa"), (NT, "trì đào tạo nghề ngắn hạn cho lao động nông thôn, diêm dân chuyển đổi nghề.")],
  "Guide the assessment and recognition of “Đơn vị học tập” (learning units) at provincial level, put lifelong-learning criteria into the annual evaluation of officials, and lead short vocational training for rural workers and salt workers changing jobs.",
  ["Đơn vị học tập"])
Q("english", "How many workers will be trained for wind and solar power in Ninh Thuan?",
  [(NT, NT_P5)],
  "1,500 workers (1.500 lao động) over 2026-2030, led by Ninh Thuan Vocational College with the Department of Industry and Trade and energy companies.",
  ["500"])
Q("english", "By when must districts in Ninh Thuan adopt their own plans?",
  [(NT, NT_HUYEN)],
  "Before 30/9/2025; they then report to the Department of Education and Training before 30/11 every year.",
  ["30/9/2025"])
Q("english", "What is Bu Dang district's target for learning families in 2030?",
  [(BD, BD_Y30), (BD, BD_GD30)],
  "78% of families recognised as learning families in 2030 (65% of clans).",
  ["78"])
Q("english", "How much is the total budget of the Bu Dang plan and how much comes from the district budget?",
  [(BD, BD_KP), (BD, BD_NSH)],
  "6,750,000,000 VND in total (6.75 billion); 4.2 billion VND from the district budget.",
  ["750", "4"])
Q("english", "How much will Bu Dang raise from socialisation?",
  [(BD, BD_XHH)],
  "1,250,000,000 VND (1.25 billion VND).",
  ["250"])
Q("english", "What must the Bu Dang Division of Culture and Information do?",
  [(BD, BD_VH)],
  "Together with the district Culture and Sports Centre: publicise the plan on the district portal and radio, set up community bookshelves in village cultural houses, teach gong playing to young S’tiêng people, and finish the “Sóc học tập” model at Sóc Bom Bo in 2027.",
  ["Sóc Bom Bo", "2027"])
Q("english", "By when must communes in Bu Dang report their results?",
  [(BD, BD_XA)],
  "Before 20/11 each year, to the Division of Education and Training (their own plans are due before 31/01/2026).",
  ["20/11"])
Q("english", "When is the mid-term review of the Bu Dang plan?",
  [(BD, BD_SOKET)],
  "In December 2028 (tháng 12/2028); the final review is in November 2030.",
  ["2028"])
Q("english", "How many literacy classes will Bu Dang open and with what budget?",
  [(BD, BD_AHEAD), (BD, BD_A1)],
  "24 classes over 2026-2030, led by the Division of Education and Training with the Ethnic Affairs Division and communes; budget 432 million VND.",
  ["24", "432"])
Q("english", "What must agencies not named in the Bu Dang plan do?",
  [(BD, BD_CON)],
  "Under “Các cơ quan, ban ngành còn lại” (remaining agencies): draw up their own learning plans according to their functions and let staff study to raise their qualifications.",
  ["còn lại"])
Q("english", "What is the 2026 literacy target in Bu Dang?",
  [(BD, BD_Y26), (BD, BD_BC26)],
  "96% of people aged 15-60 reach literacy level 2 in 2026.",
  ["96"])
Q("english", "Who signed the Bu Dang plan and what is its number?",
  [(BD, BD_NO), (BD, BD_SIGN)],
  "Plan 96/KH-UBND of 16/12/2024, signed by Vice Chairwoman Điểu Thị Ngọc Hân on behalf of the Chairman.",
  ["96", "Điểu Thị Ngọc Hân"])
Q("english", "How much is Nghia Thanh ward's 2025 budget?",
  [(NG, NG_KPA), (NG, NG_KPB)],
  "96 million VND: 70 million from the ward budget and 26 million from socialisation.",
  ["96", "70", "26"])
Q("english", "By how many percentage points should Nghia Thanh raise its learning-family rate in 2025?",
  [(NG, NG_GDA), (NG, NG_GDB)],
  "By 4 percentage points over 2024, when it was 68% — about 72% in 2025.",
  ["4", "68", "72"])
Q("english", "What is the digital skills target of Nghia Thanh ward for 2025?",
  [(NG, NG_KNA), (NG, NG_KNB)],
  "An increase of 8 percentage points over 2024 (37% in 2024), i.e. about 45% of people aged 15 and over.",
  ["8", "37", "45"])
Q("english", "When is Lifelong Learning Week held in Nghia Thanh ward?",
  [(NG, NG_TUAN), (NG, NG_TUAN2)],
  "From 01/10 to 07/10/2025.",
  ["01/10", "07/10/2025"])
Q("english", "What must the ward's culture and social affairs officer in Nghia Thanh do?",
  [(NG, NG_VHA), (NG, NG_VHC)],
  "Be the focal point advising the ward People's Committee, follow and compile the residential groups' results, and report to the city People's Committee (through its Division of Education and Training) before 25/11/2025.",
  ["25/11/2025"])
Q("english", "Who signed Nghia Thanh ward's plan?",
  [(NG, NG_SIGN), (NG, NG_NO)],
  "Chairman Y Thành Niê, on behalf of the ward People's Committee (plan 41/KH-UBND of 20/02/2025).",
  ["Y Thành Niê", "41"])
Q("english", "What are the women's union and the youth union asked to do in Nghia Thanh?",
  [(NG, NG_DNB), (NG, NG_DNC), (NG, "viên tham gia lớp kỹ năng số.")],
  "Through the Fatherland Front: the ward youth union guides people to use VNeID and online public services; the ward women's union encourages members to join the digital skills classes.",
  ["VNeID"])

# ================================================================ follow_up (20)
Q("follow_up", "Còn năm 2030 thì sao?",
  [(BD, BD_Y30), (BD, BD_GD30)],
  "Năm 2030: 78% gia đình được công nhận “Gia đình học tập” (và 65% dòng họ đạt “Dòng họ học tập”).",
  ["78%"],
  ["Bù Đăng đặt tỷ lệ gia đình học tập năm 2028 bao nhiêu?", "Năm 2028: 70% gia đình được công nhận “Gia đình học tập”; 55% dòng họ đạt “Dòng họ học tập”."])
Q("follow_up", "Còn năm 2030?",
  [(NT, NT_KNS30)],
  "Đến năm 2030: 70% người dân trong độ tuổi lao động có kỹ năng số cơ bản.",
  ["70%"],
  ["Ninh Thuận đặt chỉ tiêu kỹ năng số năm 2028 bao nhiêu?", "Đến năm 2028, 50% người dân trong độ tuổi lao động có kỹ năng số cơ bản."])
Q("follow_up", "Ai ký văn bản đó?",
  [(NT, NT_SIGN)],
  "Phó Chủ tịch UBND tỉnh Đặng Minh Hiển ký Quyết định 1476/QĐ-UBND (KT. Chủ tịch); kế hoạch ban hành kèm theo quyết định này nên không có chữ ký riêng.",
  ["Đặng Minh Hiển"],
  ["Kế hoạch xây dựng xã hội học tập Ninh Thuận 2026-2030 ban hành theo văn bản nào?", "Ban hành kèm theo Quyết định số 1476/QĐ-UBND ngày 12/5/2025 của UBND tỉnh Ninh Thuận."])
Q("follow_up", "Trong đó ngân sách tỉnh bao nhiêu?",
  [(NT, NT_KP)],
  "Ngân sách tỉnh 24.000 triệu đồng.",
  ["24.000"],
  ["Tổng kinh phí kế hoạch Ninh Thuận là bao nhiêu?", "42.600 triệu đồng."])
Q("follow_up", "Giai đoạn sau thì bao nhiêu?",
  [(NT, NT_PHASE)],
  "Giai đoạn 2029 - 2030: 17.800 triệu đồng.",
  ["17.800"],
  ["Giai đoạn 2026-2028 Ninh Thuận dự kiến chi bao nhiêu?", "24.800 triệu đồng."])
Q("follow_up", "Còn Sở Khoa học và Công nghệ?",
  [(NT, NT_KHCN)],
  "Sở KH&CN chủ trì xây dựng nền tảng “Ninh Thuận học tập số”, hướng dẫn Tổ công nghệ số cộng đồng, phối hợp VNPT và Viettel Ninh Thuận hỗ trợ đường truyền cho TTHTCĐ.",
  ["Ninh Thuận học tập số"],
  ["Sở Văn hóa, Thể thao và Du lịch Ninh Thuận làm gì?", "Chủ trì mô hình “Làng nghề học tập” tại Bàu Trúc và Mỹ Nghiệp; phát triển văn hóa đọc, thư viện cơ sở; bồi dưỡng kỹ năng du lịch cộng đồng."])
Q("follow_up", "Việc đó ai phối hợp, sản phẩm là gì?",
  [(NT, NT_PHEAD), (NT, NT_P2)],
  "Phối hợp: Sở Giáo dục và Đào tạo và VNPT Ninh Thuận; sản phẩm: nền tảng vận hành chính thức (Quý IV/2026).",
  ["VNPT Ninh Thuận", "vận hành chính thức"],
  ["Ai chủ trì xây dựng nền tảng Ninh Thuận học tập số?", "Sở Khoa học và Công nghệ."])
Q("follow_up", "Họ báo cáo trước ngày nào?",
  [(BD, BD_XA)],
  "UBND các xã, thị trấn báo cáo kết quả về Phòng GD&ĐT trước ngày 20/11 hằng năm.",
  ["20/11"],
  ["UBND các xã ở Bù Đăng phải xây dựng kế hoạch trước ngày nào?", "Trước ngày 31/01/2026."])
Q("follow_up", "Còn Phòng Dân tộc?",
  [(BD, "Phòng Dân tộc: Vận động già làng, người có uy tín tham gia tuyên truyền; lồng ghép Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.")],
  "Phòng Dân tộc vận động già làng, người có uy tín tham gia tuyên truyền; lồng ghép Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số và miền núi (và phối hợp mở lớp xóa mù chữ theo Phụ lục).",
  ["già làng", "người có uy tín"],
  ["Phòng Nội vụ Bù Đăng có nhiệm vụ gì?", "Hướng dẫn đánh giá, công nhận “Đơn vị học tập”; đưa kết quả học tập suốt đời vào tiêu chí thi đua."])
Q("follow_up", "Trong đó xã hội hóa bao nhiêu?",
  [(BD, BD_XHH)],
  "Xã hội hóa 1.250.000.000 đồng (một tỷ hai trăm năm mươi triệu đồng).",
  ["1.250.000.000"],
  ["Tổng kinh phí kế hoạch Bù Đăng bao nhiêu?", "6.750.000.000 đồng."])
Q("follow_up", "Thế còn ở Ninh Thuận?",
  [(NT, NT_GD28)],
  "Ninh Thuận đặt mốc 2028 (giai đoạn 2026 - 2028): 70% gia đình đạt “Gia đình học tập”.",
  ["70%"],
  ["Bù Đăng đặt tỷ lệ gia đình học tập năm 2028 bao nhiêu?", "70% gia đình được công nhận “Gia đình học tập”."])
Q("follow_up", "Còn phường Nghĩa Thành thì sao?",
  [(NG, NG_TUAN), (NG, NG_TUAN2)],
  "Phường Nghĩa Thành tổ chức Tuần lễ hưởng ứng học tập suốt đời từ ngày 01/10 đến ngày 07/10/2025.",
  ["01/10", "07/10/2025"],
  ["Bù Đăng tổ chức Tuần lễ hưởng ứng học tập suốt đời khi nào?", "Vào tháng 10 hằng năm."])
Q("follow_up", "Vậy năm 2025 là bao nhiêu phần trăm?",
  [(NG, NG_KNA), (NG, NG_KNB)],
  "Năm 2024 đạt 37%, tăng 8 điểm phần trăm nên năm 2025 là khoảng 45%.",
  ["45%"],
  ["Chỉ tiêu kỹ năng số cơ bản năm 2025 của phường Nghĩa Thành?", "Tăng 8 điểm phần trăm so với năm 2024."])
Q("follow_up", "Họ còn phải báo cáo khi nào?",
  [(NG, NG_VHC)],
  "Công chức Văn hóa - Xã hội báo cáo UBND thành phố (qua Phòng GD&ĐT) trước ngày 25/11/2025.",
  ["25/11/2025"],
  ["Ai là đầu mối tham mưu kế hoạch XHHT phường Nghĩa Thành?", "Công chức Văn hóa - Xã hội: tham mưu UBND phường triển khai, theo dõi, tổng hợp kết quả của các tổ dân phố."])
Q("follow_up", "Còn Công an phường?",
  [(NG, NG_CA), (NG, NG_CB)],
  "Công an phường phối hợp tuyên truyền pháp luật về an ninh trật tự, phòng chống ma túy cho công nhân tại các khu trọ.",
  ["ma túy", "khu trọ"],
  ["Công chức Tư pháp - Hộ tịch phường Nghĩa Thành làm gì?", "Phối hợp tổ chức chuyên đề phổ biến pháp luật về đất đai, hôn nhân và gia đình tại TTHTCĐ."])
Q("follow_up", "Thế còn huyện Bù Đăng?",
  [(BD, BD_GD)],
  "Ở Bù Đăng, Phòng GD&ĐT là cơ quan thường trực, tổng hợp, báo cáo UBND huyện trước ngày 05/12 hằng năm.",
  ["05/12"],
  ["Sở GD&ĐT Ninh Thuận báo cáo trước ngày nào?", "Trước ngày 10/12 hằng năm."])
Q("follow_up", "Vậy Sở Y tế Ninh Thuận thì sao, còn Sở Nội vụ?",
  [(NT, "Chủ trì hướng dẫn đánh giá, công nhận danh hiệu “Đơn vị học tập” cấp tỉnh; đưa")],
  "Kế hoạch không giao nhiệm vụ cho Sở Y tế. Sở Nội vụ chủ trì hướng dẫn đánh giá, công nhận “Đơn vị học tập” cấp tỉnh, đưa tiêu chí học tập suốt đời vào đánh giá cán bộ, chủ trì đào tạo nghề ngắn hạn cho lao động nông thôn, diêm dân.",
  ["Đơn vị học tập", "diêm dân"],
  ["Sở Y tế Ninh Thuận có nhiệm vụ gì?", REFUSE])
Q("follow_up", "Thế còn huyện Bù Đăng đặt năm 2026 bao nhiêu?",
  [(BD, BD_Y26), (BD, BD_GD26)],
  "Bù Đăng: năm 2026 có 62% gia đình được công nhận “Gia đình học tập”.",
  ["62%"],
  ["Huyện Đồng Phú đặt chỉ tiêu gia đình học tập năm 2026 bao nhiêu?", REFUSE])
Q("follow_up", "And what about 2030?",
  [(BD, BD_Y30), (BD, BD_KNS30)],
  "In 2030: 60% of working-age people with basic digital skills (and 75% of workers trained).",
  ["60"],
  ["What is Bu Dang's 2028 target for basic digital skills?", "45% of working-age people in 2028."])
Q("follow_up", "And who coordinates it?",
  [(NT, NT_PHEAD), (NT, "1 Tổ chức lớp xóa mù chữ, chống tái mù chữ vùng đồng bào Chăm, Raglai Sở Giáo dục và Đào tạo Ban Dân tộc tỉnh; UBND các huyện Bác Ái, Thuận Bắc, Ninh Sơn Hằng năm Ít nhất 40 lớp/năm")],
  "The Provincial Ethnic Affairs Committee (Ban Dân tộc tỉnh) and the People's Committees of Bác Ái, Thuận Bắc and Ninh Sơn districts coordinate, every year.",
  ["Ban Dân tộc", "Bác Ái"],
  ["Who leads the literacy classes for Cham and Raglai people in Ninh Thuan?", "The Department of Education and Training."])

# ================================================================ unanswerable (28)
U("Tỉnh Bình Phước đặt chỉ tiêu gia đình học tập năm 2030 là bao nhiêu?", REFUSE + " Kế hoạch 327/KH-UBND của tỉnh chỉ được viện dẫn, không được nạp.")
U("Kế hoạch xây dựng xã hội học tập của thành phố Gia Nghĩa năm 2025 có chỉ tiêu gì?", REFUSE)
U("Tỉnh Đắk Nông giao Sở Giáo dục và Đào tạo những nhiệm vụ gì về xã hội học tập?", REFUSE)
U("Huyện Ninh Hải có kế hoạch xây dựng xã hội học tập riêng không, chỉ tiêu ra sao?", REFUSE)
U("Huyện Bù Gia Mập đặt bao nhiêu lớp xóa mù chữ năm 2026?", REFUSE)
U("Phường Nghĩa Đức năm 2025 phấn đấu bao nhiêu gia đình học tập?", REFUSE)
U("Tỷ lệ gia đình học tập của Ninh Thuận năm 2027 là bao nhiêu?", REFUSE + " Kế hoạch chỉ đặt mốc 2028 và 2030.")
U("Bù Đăng đặt tỷ lệ dòng họ học tập năm 2026 bao nhiêu?", REFUSE + " Mốc 2026 không có chỉ tiêu dòng họ học tập.")
U("Bù Đăng đặt chỉ tiêu kỹ năng số năm 2026 là bao nhiêu?", REFUSE)
U("Tỷ lệ tổ dân phố đạt Cộng đồng học tập năm 2024 của phường Nghĩa Thành là bao nhiêu?", REFUSE + " Kế hoạch chỉ nêu mức tăng 10 điểm phần trăm.")
U("Sản phẩm của nhiệm vụ bồi dưỡng chuyển đổi nghề cho diêm dân ở Ninh Thuận là gì?", REFUSE + " Ô Sản phẩm của dòng này để trống.")
U("Hiện nay Ninh Thuận có bao nhiêu trung tâm học tập cộng đồng xếp loại Tốt?", REFUSE)
U("Phường Nghĩa Thành hiện có bao nhiêu công nhân thuê trọ?", REFUSE)
U("Cơ quan không hoàn thành chỉ tiêu theo kế hoạch Bù Đăng bị xử lý ra sao?", REFUSE)
U("Ninh Thuận xử phạt thế nào nếu doanh nghiệp điện gió không tham gia đào tạo?", REFUSE)
U("Ninh Thuận chi bao nhiêu cho nền tảng “Ninh Thuận học tập số”?", REFUSE + " Kế hoạch không tách riêng khoản chi này.")
U("Kinh phí lớp Bình dân học vụ số ở phường Nghĩa Thành là bao nhiêu?", REFUSE + " Kinh phí 96 triệu đồng chỉ tách khoản lớp tiếng M’nông.")
U("Ngân sách tỉnh Ninh Thuận năm 2027 chi bao nhiêu cho xã hội học tập?", REFUSE + " Kế hoạch chỉ phân theo giai đoạn.")
U("Sở Y tế Ninh Thuận được giao nhiệm vụ gì?", REFUSE)
U("Bộ Chỉ huy Quân sự tỉnh Ninh Thuận tham gia kế hoạch thế nào?", REFUSE)
U("Hội Cựu chiến binh phường Nghĩa Thành làm gì trong kế hoạch?", REFUSE)
U("Ai ký Kế hoạch số 2150/KH-UBND năm 2022 của Ninh Thuận?", REFUSE + " Văn bản này chỉ được viện dẫn.")
U("Kế hoạch số 215/KH-UBND của thành phố Gia Nghĩa do ai ký?", REFUSE)
U("What is Dak Nong province's target for learning families in 2030?", REFUSE_EN)
U("How many people in Bu Dang currently lack basic digital skills?", REFUSE_EN)
U("What must the Department of Health of Ninh Thuan do under the plan?", REFUSE_EN)
U("Còn thị xã Phước Long thì sao?", REFUSE,
  ["Bù Đăng mở bao nhiêu lớp xóa mù chữ năm 2026?", "24 lớp tại các xã Đăk Nhau, Đường 10 và Thống Nhất."])
U("And what is the target for 2029?", REFUSE_EN + " The plan's targets are set for 2028 and 2030.",
  ["What share of families should be learning families in Ninh Thuan by 2028?", "70%."])

for i, q in enumerate(QS, 1):
    q["id"] = f"b15-{i:03d}"
with open(OUT, "w", encoding="utf-8") as f:
    for q in QS:
        f.write(unicodedata.normalize("NFC", json.dumps(q, ensure_ascii=False)) + "\n")
print(len(QS), "questions ->", OUT)
