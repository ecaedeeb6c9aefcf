"""Write eval/sets/newplans12.jsonl (ids y001…). Spans are verbatim from the text as extracted (see check_sets.py).

    python eval/sets/src12/questions_src12.py
"""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "newplans12.jsonl")

HB = "hoabinh_1936-KH-UBND_2024.txt"
TM = "thanhmien_95-KH-UBND_2024.docx"
DM = "duongminhchau_186-KH-UBND_2025.md"
HUE = "000_4550be4bb11189cd.txt"
HN = "002_797e8de6131c77f9.txt"
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
REFUSE_EN = "The loaded plans do not cover this."

# ---- Hòa Bình (pdftotext -layout txt): table rows are the row's first line; spans never cross "Trang N" / \f
HB_HEAD = "Chỉ tiêu ĐVT 2026 2028 2030"
HB_R = {
    1: "1. Tỷ lệ gia đình đạt danh hiệu % 62 70 78",
    2: "2. Tỷ lệ dòng họ đạt danh hiệu “Dòng họ % 50 58 65",
    3: "3. Tỷ lệ xóm, bản, tổ dân phố đạt danh % 55 63 72",
    4: "4. Tỷ lệ trung tâm học tập cộng đồng xếp % 40 50 60",
    5: "5. Tỷ lệ người 15 - 60 tuổi đạt chuẩn biết % 96,5 97,5 98,5",
    6: "6. Tỷ lệ người dân từ 15 tuổi trở lên có % 50 62 75",
    7: "7. Tỷ lệ lao động nông thôn qua đào tạo % 58 63 68",
    8: "8. Số huyện, thành phố đạt “Đơn vị học đơn vị 3 6 10",
}
HB_FHEAD = "Nguồn kinh phí 2025 2026 2027 2028 2029 2030 Tổng"
HB_F = {
    "tinh": "Ngân sách tỉnh 3.200 3.500 3.500 3.800 3.800 4.200 22.000",
    "huyen": "Ngân sách huyện, xã 1.800 2.000 2.000 2.200 2.200 2.300 12.500",
    "xhh": "Xã hội hóa 900 1.000 1.100 1.200 1.300 1.500 7.000",
    "tong": "Tổng cộng 5.900 6.500 6.600 7.200 7.300 8.000 41.500",
}
HB_TOTAL = "Dự kiến kinh phí thực hiện giai đoạn 2025 - 2030 là 41.500 triệu đồng"
HB_XMC_MONEY = "kinh phí mở lớp xóa mù chữ vùng cao bố trí 1.000 triệu đồng/năm từ ngân sách tỉnh"
HB_TT_MONEY = "mỗi trung tâm học tập cộng đồng ở xã đặc biệt khó khăn được hỗ trợ 25 triệu đồng/năm"
HB_SGD_REP = "Tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Giáo dục và Đào tạo kết quả thực hiện trước ngày 10/12 hằng năm."
HB_SGD_SK = "Tổ chức sơ kết giữa kỳ trong quý IV/2027 và tổng kết Kế hoạch trong quý IV/2030."
HB_SGD_BD = "tổ chức bồi dưỡng cán bộ quản lý trung tâm học tập cộng đồng vào quý III hằng năm."
HB_HUYEN1 = "Xây dựng kế hoạch thực hiện của địa phương, hoàn thành trong quý I/2025"
HB_HUYEN2 = "báo cáo kết quả thực hiện về Sở Giáo dục và Đào tạo trước ngày 30/11 hằng năm (báo cáo 6 tháng trước ngày 15/6)."
HB_LD = "Chủ trì đào tạo nghề ngắn hạn cho lao động nông thôn; chỉ đạo các Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên cấp huyện mở lớp nghề tại trung tâm học tập cộng đồng."
HB_LD2 = "Phối hợp với Ban Quản lý các khu công nghiệp tỉnh khảo sát nhu cầu đào tạo của doanh nghiệp để đặt hàng đào tạo lao động người dân tộc thiểu số."
HB_VH = "Chỉ đạo Thư viện tỉnh luân chuyển sách về các xóm, bản; hoàn thành kết nối liên thông thư viện cấp huyện trước năm 2027."
HB_VH2 = "tổ chức lớp truyền dạy chiêng Mường, dân ca Dao tại nhà văn hóa."
HB_TT = "Chủ trì xây dựng nền tảng “Hòa Bình học tập số”, hoàn thành trong quý IV/2026."
HB_TT2 = "Chỉ đạo Báo Hòa Bình, Đài Phát thanh và Truyền hình tỉnh, Cổng thông tin điện tử tỉnh tuyên truyền về học tập suốt đời"
HB_NV = "Chủ trì bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã; đưa tiêu chí xây dựng xã hội học tập vào đánh giá thi đua hằng năm của các cơ quan, đơn vị."
HB_TC = "Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm"
HB_BDT = "Phối hợp với Sở Giáo dục và Đào tạo biên soạn tài liệu song ngữ Mường - Việt"
HB_NN = "Phối hợp tổ chức tập huấn kỹ thuật trồng cam, bưởi, nuôi cá lồng tại trung tâm học tập cộng đồng"
HB_HKH = "b) Hội Khuyến học tỉnh chủ trì hướng dẫn bình xét “Gia đình học tập”, “Dòng họ học tâp”, “Cộng đồng học tập”, “Đơn vị học tập”; vận động xây dựng quỹ khuyến học; báo cáo kết quả về Sở Giáo dục và Đào tạo trước ngày 25/11 hằng năm."
HB_PN = "c) Hội Liên hiệp Phụ nữ tỉnh vận động phụ nữ dân tộc thiểu số tham gia lớp xóa mù chữ, lớp kỹ năng số; Tỉnh đoàn tổ chức đội hình thanh niên tình nguyện “Bình dân học vụ số”."
HB_CCB = "d) Hội Nông dân tỉnh và Hội Cựu chiến binh tỉnh phối hợp tổ chức các lớp chuyển giao khoa học kỹ thuật cho hội viên tại trung tâm học tập cộng đồng."
HB_CLASSES = "tổ chức ít nhất 1.2OO lớp chuyên đề với khoảng 60.000 lượt người tham gia"
HB_CD = "mỗi trung tâm học tập cộng đồng tổ chức ít nhất 08 chuyên đề/năm."
HB_XMC = "Mỗi năm mở ít nhất 45 lớp xóa mù chữ, lớp sau xóa mù chữ tại các huyện Đà Bắc, Mai Châu, Tân Lạc, Lạc Sơn; phấn đấu đến năm 2030 xóa mù chữ cho 3.600 người (cộng dồn từ năm 2025)."
HB_CB = "90% cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số vào năm 2028."
HB_QUY = "mục tiêu quỹ khuyến học các cấp đạt 25 tỷ đồng vào năm 2030."
HB_NOTE = "chỉ tiêu năm 2025 thực hiện theo Kế hoạch số 1120/KH-UBND ngày 14/6/2022"
HB_PORTAL = "Xây dựng nền tảng “Hòa Bình học tập số” tích hợp trên Cổng thông tin điện tử tỉnh, hoàn thành trong quý IV/2026"
HB_1373 = "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”;"
HB_49 = "Căn cứ Kết luận số 49-KL/TW ngày 10/5/2019 của Ban Bí thư"
HB_17 = "Căn cứ Nghị quyết số 17-NQ/TU ngày 05/3/2024 của Ban Thường vụ Tỉnh ủy Hòa Bình"
HB_TUAN = "Tổ chức “Tuần lễ hưởng ứng học tập suốt đời” vào tháng 10 hằng năm"
HB_SIGN = "Bùi Văn Luân"
HB_CAP = "KT. CHỦ TỊCH"
HB_MUC = "Cụ thể hóa các nhiệm vụ của Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030” phù hợp với điều kiện một tỉnh miền núi có đông đồng bào Mường, Dao, Thái, Tày cùng sinh sống"
HB_CDHT = "Thí điểm đánh giá, xếp loại “Công dân học tập” tại thành phố Hòa Bình và huyện Lương Sơn trong năm 2026, nhân rộng ra toàn tỉnh từ năm 2027."
HB_BAN = "Xây dựng mô hình “Bản học tập” gắn với du lịch cộng đồng tại bản Lác (Mai Châu), xóm Ké"
HB_TTHT = "Gắn nội dung học tập với nhu cầu thực tế: trồng cam Cao Phong, mía tím Hòa Bình, nuôi cá lồng trên hồ Hòa Bình, làm du lịch homestay, bảo tồn dệt thổ cẩm."
HB_151 = "Củng cố 151 trung tâm học tập cộng đồng"

# ---- Thanh Miện (docx): paragraphs and table cells as python-docx gives them; no auto-numbering or bullet in text
TM_GD = "Tỷ lệ gia đình đạt danh hiệu “Gia đình học tập”: năm 2025 đạt ≥ 70%, năm 2030 đạt ≥ 85%."
TM_DH = "Tỷ lệ dòng họ đạt danh hiệu “Dòng họ học tập”: năm 2025 đạt ≥ 60%, năm 2030 đạt ≥ 75%."
TM_CD = "Tỷ lệ thôn, khu dân cư đạt danh hiệu “Cộng đồng học tập”: năm 2025 đạt ≥ 65%, năm 2030 đạt ≥ 80%."
TM_MC = "Tỷ lệ người từ 15 đến 60 tuổi mù chữ: năm 2025 ≤ 0,5%, năm 2030 ≤ 0,2%."
TM_BH = "Tỷ lệ học sinh bỏ học cấp trung học cơ sở hằng năm ≤ 0,3%."
TM_LD = "Tỷ lệ lao động qua đào tạo: năm 2025 đạt ≥ 72%, năm 2030 đạt ≥ 80%, trong đó có bằng cấp, chứng chỉ đạt ≥ 35%."
TM_TT = "Tỷ lệ trung tâm học tập cộng đồng xếp loại Tốt: năm 2025 đạt ≥ 50%, năm 2030 đạt ≥ 70%."
TM_2030 = "Đến năm 2030: 100% cơ quan, đơn vị cấp huyện đạt danh hiệu “Đơn vị học tập”; 100% xã, thị trấn đạt mức độ 3 về xây dựng xã hội học tập."
TM_KNS = "Tỷ lệ người dân từ 15 tuổi trở lên có kỹ năng số cơ bản: năm 2025 đạt ≥ 55%, năm 2030 đạt ≥ 80%."
TM_PL1 = "1 Tỷ lệ gia đình đạt danh hiệu “Gia đình học tập” ≥ 70% ≥ 85% Bình xét hằng năm vào tháng 12"
TM_PL2 = "2 Tỷ lệ người dân từ 15 tuổi trở lên có kỹ năng số cơ bản ≥ 55% ≥ 80% Theo khảo sát của Phòng Văn hóa và Thông tin"
TM_PLHEAD = "TT Chỉ tiêu Năm 2025 Năm 2030 Ghi chú"
TM_BHEAD = "TT Nhóm nhiệm vụ Ngân sách huyện Ngân sách xã Xã hội hóa Tổng"
TM_B = {
    1: "1 Tuyên truyền, Tuần lễ hưởng ứng học tập suốt đời 420 280 100 800",
    2: "2 Củng cố, nâng cao hiệu quả trung tâm học tập cộng đồng 1.650 1.200 650 3.500",
    3: "3 Xây dựng các mô hình học tập 380 520 400 1.300",
    4: "4 Chuyển đổi số, bồi dưỡng kỹ năng số 900 300 500 1.700",
    5: "5 Bồi dưỡng cán bộ, kiểm tra, sơ kết, tổng kết 350 150 - 500",
    "tong": "Tổng cộng 3.700 2.450 1.650 7.800",
}
TM_TOTAL = "Kinh phí thực hiện Kế hoạch giai đoạn 2024 - 2030 dự kiến 7.800 triệu đồng"
TM_15 = "Mỗi trung tâm học tập cộng đồng được ngân sách huyện hỗ trợ 15 triệu đồng/năm"
TM_GDDT = "Phòng Giáo dục và Đào tạo - Chủ trì tham mưu kiện toàn Ban Chỉ đạo xây dựng xã hội học tập huyện trong quý III/2024."
TM_GDDT2 = "- Hướng dẫn đánh giá, xếp loại trung tâm học tập cộng đồng theo Thông tư số 22/2020/TT-BGDĐT."
TM_NV = "Phòng Nội vụ - Tham mưu đưa tiêu chí xây dựng xã hội học tập vào bình xét thi đua, khen thưởng hằng năm. - Chủ trì bồi dưỡng kỹ năng số cho cán bộ, công chức xã, thị trấn."
TM_LDTB = "Phòng Lao động - Thương binh và Xã hội - Phối hợp với Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện mở lớp đào tạo nghề ngắn hạn cho lao động nông thôn. - Tổ chức lớp ngoại ngữ, định hướng cho người lao động đi làm việc ở nước ngoài theo hợp đồng."
TM_VH = "Phòng Văn hóa và Thông tin; Trung tâm Văn hóa - Thể thao - Tuyên truyền về học tập suốt đời trên Đài Truyền thanh huyện và Trang thông tin điện tử huyện. - Duy trì tủ sách, thư viện thôn; tổ chức Ngày Sách và Văn hóa đọc Việt Nam 21/4. - Mở lớp truyền dạy hát chèo, múa rối nước cho thanh thiếu niên."
TM_TCKH = "Phòng Tài chính - Kế hoạch - Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách huyện hằng năm. - Hướng dẫn các xã, thị trấn lập dự toán, thanh quyết toán kinh phí."
TM_NN = "Phòng Nông nghiệp và Phát triển nông thôn - Phối hợp với Trạm Khuyến nông huyện tổ chức tập huấn kỹ thuật trồng hành, tỏi, chăn nuôi an toàn sinh học tại trung tâm học tập cộng đồng."
TM_GDNN = "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện - Mở lớp bổ túc văn hóa, lớp xóa mù chữ, lớp tin học cơ bản cho người dân. - Liên kết với doanh nghiệp trong Khu công nghiệp Thanh Miện đào tạo nghề theo đơn đặt hàng."
TM_XA = "Ủy ban nhân dân các xã, thị trấn - Xây dựng kế hoạch thực hiện của địa phương trong quý III/2024."
TM_XA2 = "- Chỉ đạo các thôn, khu dân cư đưa tiêu chí “Cộng đồng học tập” vào hương ước, quy ước."
TM_MT = "Hội Khuyến học huyện chủ trì bình xét các danh hiệu học tập và vận động quỹ khuyến học; Huyện đoàn phát động phong trào thanh niên học tập kỹ năng số."
TM_BCD = "Ban Chỉ đạo phân công thành viên phụ trách từng xã, thị trấn; kiểm tra việc thực hiện Kế hoạch tại các xã, thị trấn trong quý IV hằng năm."
TM_SK = "Tổ chức sơ kết việc thực hiện Kế hoạch vào năm 2027 và tổng kết vào quý IV/2030."
TM_BC = "Ủy ban nhân dân các xã, thị trấn và các cơ quan, đơn vị báo cáo kết quả thực hiện về Phòng Giáo dục và Đào tạo trước ngày 20/11 hằng năm; Phòng Giáo dục và Đào tạo tổng hợp, báo cáo Ủy ban nhân dân huyện và Sở Giáo dục và Đào tạo tỉnh Hải Dương trước ngày 05/12 hằng năm."
TM_TUAN = "Tổ chức “Tuần lễ hưởng ứng học tập suốt đời” vào tháng 10 hằng năm"
TM_KHO = "Xây dựng kho học liệu số dùng chung của huyện trên Trang thông tin điện tử huyện, hoàn thành trong quý IV/2025."
TM_TCN = "Thành lập tổ công nghệ số cộng đồng tại 100% thôn, khu dân cư"
TM_QUY = "phấn đấu quỹ khuyến học toàn huyện đạt 6 tỷ đồng vào năm 2030."
TM_CDHT = "Thí điểm đánh giá “Công dân học tập” tại thị trấn Thanh Miện và xã Đoàn Tùng trong năm 2025."
TM_17 = "Củng cố tổ chức, bộ máy của 17 trung tâm học tập cộng đồng"
TM_ND = "Đa dạng nội dung học tập: kỹ thuật trồng hành, tỏi, nuôi lợn an toàn sinh học, kỹ năng khởi nghiệp, pháp luật, ngoại ngữ cho thanh niên chuẩn bị đi làm việc ở nước ngoài."
TM_DVHT = "Xây dựng mô hình “Đơn vị học tập” tại các cơ quan, doanh nghiệp trong Cụm công nghiệp Thanh Miện và Khu công nghiệp Thanh Miện."
TM_1373 = "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”;"
TM_387 = "Căn cứ Quyết định số 387/QĐ-TTg ngày 25/3/2022 của Thủ tướng Chính phủ"
TM_2890 = "Căn cứ Kế hoạch số 2890/KH-UBND ngày 18/8/2022 của Ủy ban nhân dân tỉnh Hải Dương"
TM_MUC = "Triển khai đồng bộ các giải pháp xây dựng xã hội học tập trên địa bàn huyện; tạo cơ hội bình đẳng để mọi người dân được học tập thường xuyên, học tập suốt đời"
TM_SIGN = "Vũ Thị Hồng Nhung"
TM_CHUNG = "Xây dựng huyện Thanh Miện trở thành huyện học tập vào năm 2030"

# ---- Dương Minh Châu (md typed by hand)
DM_GD = "a- Phấn đấu tám mươi (80) phần trăm hộ gia đình đạt danh hiệu \"Gia đình học tập\"."
DM_DH = "b- Ít nhất 70 phần trăm dòng họ đạt danh hiệu \"Dòng họ học tập\"."
DM_AP = "c- 14/16 ấp đạt danh hiệu \"Cộng đồng học tập\"."
DM_DV = "d- 100 phần trăm cơ quan, trường học trên địa bàn xã đạt danh hiệu \"Đơn vị học tập\"."
DM_CDE = "a- Tổ chức ít nhất mười (10) chuyên đề trong năm, thu hút khoảng 2.400 lượt người tham gia."
DM_BC = "a- Duy trì tỷ lệ người từ 15 đến 60 tuổi biết chữ mức độ 2 đạt 95 phần trăm trở lên."
DM_XMC = "b- Mở một (01) lớp xóa mù chữ cho người dân ở ấp Phước Bình và ấp Ninh Hưng."
DM_KNS = "• Sáu mươi lăm (65) phần trăm người dân từ 15 tuổi trở lên có kỹ năng số cơ bản."
DM_TM = "• 100% hộ kinh doanh ở chợ xã được hướng dẫn thanh toán không dùng tiền mặt."
DM_TONG = "Tổng kinh phí thực hiện năm 2026 là 120.000.000 đồng (một trăm hai mươi triệu đồng), gồm:"
DM_NSX = "• Ngân sách xã: 75.000.000 đồng (bảy mươi lăm triệu đồng)."
DM_XHH = "• Nguồn xã hội hóa, vận động từ doanh nghiệp, nhà hảo tâm: 45.000.000 đồng (bốn mươi lăm triệu đồng)."
DM_P_TT = "+ Hoạt động của Trung tâm học tập cộng đồng: 50.000.000 đồng."
DM_P_TUAN = "+ Tuyên truyền, Tuần lễ hưởng ứng học tập suốt đời: 20.000.000 đồng."
DM_P_KT = "+ Khen thưởng các danh hiệu học tập: 30.000.000 đồng."
DM_P_CNS = "+ Hoạt động của các tổ công nghệ số cộng đồng: 20.000.000 đồng."
DM_ROW = {
    1: "| Tháng 1 | Ban hành kế hoạch của các ấp; kiện toàn Ban Giám đốc Trung tâm học tập cộng đồng | Trưởng các ấp; Trung tâm học tập cộng đồng | Hoàn thành trước 31/01/2026 |",
    2: "| Tháng 2 | Đăng ký danh hiệu \"Gia đình học tập\", \"Dòng họ học tập\" | Hội Khuyến học xã | Theo mẫu của Hội Khuyến học tỉnh |",
    34: "| Tháng 3-4 | Chuyên đề kỹ thuật trồng mì, phòng bệnh khảm lá | Trung tâm học tập cộng đồng; Trạm Khuyến nông | Kết hợp Ngày Sách 21/4 |",
    5: "| Tháng 5 | Mở lớp xóa mù chữ tại ấp Phước Bình | Trường Tiểu học Phước Bình | Học 3 buổi/tuần |",
    6: "| Tháng 6 | Sơ kết 6 tháng | Công chức phụ trách giáo dục | Báo cáo trước 15/6/2026 |",
    78: "| Tháng 7-8 | Lớp kỹ năng số hè cho học sinh, thanh niên | Đoàn Thanh niên xã; tổ công nghệ số | |",
    9: "| Tháng 9 | Chuyên đề nuôi cá lồng an toàn trên hồ Dầu Tiếng | Trung tâm học tập cộng đồng | Mời cán bộ Chi cục Thủy sản |",
    10: "| Tháng 10 | Tuần lễ hưởng ứng học tập suốt đời | Các ban, ngành, đoàn thể xã | Từ 01/10 đến 07/10/2026 |",
    11: "| Tháng 11 | Bình xét, công nhận các danh hiệu học tập | Hội Khuyến học xã; Trưởng các ấp | Hoàn thành trước 25/11/2026 |",
    12: "| Tháng 12 | Tổng kết năm 2026, khen thưởng | Ủy ban nhân dân xã | Báo cáo tỉnh trước 10/12/2026 |",
}
DM_CC_GD = "Công chức phụ trách giáo dục - đào tạo (Phòng Văn hóa - Xã hội)"
DM_CC_GD1 = "+ Là đầu mối tham mưu Ủy ban nhân dân xã theo dõi, đôn đốc thực hiện Kế hoạch."
DM_CC_GD3 = "+ Tổng hợp báo cáo sơ kết 6 tháng trước ngày 15/6/2026 và báo cáo năm trước ngày 05/12/2026."
DM_CC_VH = "+ Xây dựng nội dung tuyên truyền trên Đài truyền thanh xã và trang Zalo \"Dương Minh Châu hôm nay\"."
DM_CC_VH2 = "+ Hướng dẫn các ấp đưa tiêu chí \"Cộng đồng học tập\" vào bình xét ấp văn hóa."
DM_CC_KT = "Công chức Phòng Kinh tế + Phối hợp với Trạm Khuyến nông tổ chức chuyên đề trồng mì, cao su, nuôi cá lồng. + Tham mưu bố trí kinh phí từ ngân sách xã, hướng dẫn thanh quyết toán đúng quy định."
DM_CC_VP = "Công chức Văn phòng HĐND và UBND + Đăng tải Kế hoạch và kết quả thực hiện trên Cổng thông tin điện tử xã. + Hỗ trợ tổ công nghệ số cộng đồng hướng dẫn người dân nộp hồ sơ trực tuyến."
DM_TTHT = "+ Báo cáo kết quả hoạt động hằng quý về Ủy ban nhân dân xã trước ngày 20 của tháng cuối quý."
DM_TRUONG = "+ Xây dựng \"Đơn vị học tập\"; cử giáo viên tham gia dạy lớp xóa mù chữ."
DM_DOAN = "+ Đoàn Thanh niên xã tổ chức lớp kỹ năng số hè; Hội Liên hiệp Phụ nữ xã vận động hội viên tham gia lớp xóa mù chữ."
DM_HKH = "+ Hội Khuyến học xã chủ trì bình xét các danh hiệu học tập, vận động quỹ khuyến học."
DM_AP_TASK = "+ Ban hành kế hoạch của ấp trước 31/01/2026; vận động hộ gia đình đăng ký danh hiệu \"Gia đình học tập\"."
DM_1373 = "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ"
DM_4512 = "Căn cứ Kế hoạch số 4512/KH-UBND ngày 05/12/2025 của Ủy ban nhân dân tỉnh Tây Ninh về xây dựng xã hội học tập năm 2026;"
DM_21 = "Căn cứ Nghị quyết số 21/NQ-HĐND ngày 19/12/2025 của Hội đồng nhân dân xã Dương Minh Châu"
DM_MUC1 = "1) Duy trì, nâng cao chất lượng phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị trên địa bàn xã sau khi sắp xếp đơn vị hành chính."
DM_MUC2 = "2) Phát huy vai trò của Trung tâm học tập cộng đồng xã là nơi người dân học kỹ thuật trồng cao su, trồng mì, nuôi cá lồng trên hồ Dầu Tiếng và làm du lịch gắn với khu vực núi Bà Đen."
DM_TIN = "+ Mỗi tháng phát ít nhất bốn (04) tin, bài về học tập suốt đời."
DM_CALONG = "b- Xây dựng mô hình \"Tổ hợp tác nuôi cá lồng học tập\" tại khu vực ven hồ Dầu Tiếng."
DM_TA = "• Mở lớp tiếng Anh giao tiếp cơ bản cho người làm dịch vụ du lịch."
DM_TA2 = "+ Lớp học vào buổi tối thứ Ba, thứ Năm hằng tuần tại nhà văn hóa ấp."
DM_CNS = "• Duy trì tổ công nghệ số cộng đồng tại 16/16 ấp."
DM_VNEID = "• Hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID, dịch vụ công trực tuyến."
DM_SIGN = "Lê Thị Mỹ Duyên"

HN_60 = "60% gia đình, dòng họ, cộng đồng đạt danh hiệu gia đình, dòng họ, cộng"
HUE_SIGN = "Nguyễn Thanh Bình"
CT_1373 = "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án"

# ======================================================================== agency_tasks (12)
Q("agency_tasks", "Theo kế hoạch của tỉnh Hòa Bình, Sở Lao động - Thương binh và Xã hội có nhiệm vụ gì?",
  [(HB, HB_LD), (HB, HB_LD2)],
  "Sở LĐ-TB&XH chủ trì đào tạo nghề ngắn hạn cho lao động nông thôn, chỉ đạo các Trung tâm GDNN-GDTX cấp huyện mở lớp nghề tại trung tâm học tập cộng đồng; phối hợp với Ban Quản lý các khu công nghiệp tỉnh khảo sát nhu cầu đào tạo để đặt hàng đào tạo lao động người dân tộc thiểu số.",
  ["đào tạo nghề", "lao động nông thôn", "khu công nghiệp"])
Q("agency_tasks", "Sở Văn hóa, Thể thao và Du lịch Hòa Bình được giao làm gì?",
  [(HB, HB_VH), (HB, HB_VH2)],
  "Chỉ đạo Thư viện tỉnh luân chuyển sách về các xóm, bản, hoàn thành kết nối liên thông thư viện cấp huyện trước năm 2027; hướng dẫn xây dựng mô hình “Bản học tập” gắn với du lịch cộng đồng; tổ chức lớp truyền dạy chiêng Mường, dân ca Dao tại nhà văn hóa.",
  ["Thư viện tỉnh", "Bản học tập", "chiêng Mường"])
Q("agency_tasks", "Hội Cựu chiến binh tỉnh Hòa Bình có vai trò gì trong kế hoạch?",
  [(HB, HB_CCB)],
  "Hội Cựu chiến binh tỉnh (được nêu trong mục “Đề nghị” cùng Hội Nông dân tỉnh) phối hợp tổ chức các lớp chuyển giao khoa học kỹ thuật cho hội viên tại trung tâm học tập cộng đồng.",
  ["chuyển giao khoa học kỹ thuật", "hội viên"])
Q("agency_tasks", "Tỉnh đoàn Hòa Bình làm gì theo kế hoạch xây dựng xã hội học tập?",
  [(HB, HB_PN)],
  "Tỉnh đoàn tổ chức đội hình thanh niên tình nguyện “Bình dân học vụ số” (nêu trong điểm c mục Đề nghị, cùng Hội Liên hiệp Phụ nữ tỉnh).",
  ["Bình dân học vụ số", "thanh niên tình nguyện"])
Q("agency_tasks", "Ban Dân tộc tỉnh Hòa Bình có nhiệm vụ gì?",
  [(HB, HB_BDT)],
  "Phối hợp với Sở GD&ĐT biên soạn tài liệu song ngữ Mường - Việt; lồng ghép xóa mù chữ vào Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số; vận động người có uy tín tham gia lớp xóa mù chữ.",
  ["song ngữ Mường - Việt", "xóa mù chữ"])
Q("agency_tasks", "Phòng Nội vụ huyện Thanh Miện có nhiệm vụ gì?",
  [(TM, TM_NV)],
  "Tham mưu đưa tiêu chí xây dựng xã hội học tập vào bình xét thi đua, khen thưởng hằng năm; chủ trì bồi dưỡng kỹ năng số cho cán bộ, công chức xã, thị trấn; hướng dẫn xây dựng mô hình “Đơn vị học tập” trong cơ quan hành chính.",
  ["thi đua", "kỹ năng số", "Đơn vị học tập"])
Q("agency_tasks", "Trung tâm Văn hóa - Thể thao huyện Thanh Miện phải làm những việc gì?",
  [(TM, TM_VH)],
  "Cùng Phòng Văn hóa và Thông tin (chung một ô nhiệm vụ): tuyên truyền về học tập suốt đời trên Đài Truyền thanh huyện và Trang thông tin điện tử huyện; duy trì tủ sách, thư viện thôn, tổ chức Ngày Sách và Văn hóa đọc Việt Nam 21/4; mở lớp truyền dạy hát chèo, múa rối nước cho thanh thiếu niên.",
  ["21/4", "hát chèo", "múa rối nước"])
Q("agency_tasks", "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Thanh Miện làm gì?",
  [(TM, TM_GDNN), (TM, TM_LDTB)],
  "Mở lớp bổ túc văn hóa, lớp xóa mù chữ, lớp tin học cơ bản cho người dân; liên kết với doanh nghiệp trong Khu công nghiệp Thanh Miện đào tạo nghề theo đơn đặt hàng; và cùng Phòng LĐ-TB&XH mở lớp đào tạo nghề ngắn hạn cho lao động nông thôn.",
  ["xóa mù chữ", "tin học", "đơn đặt hàng"])
Q("agency_tasks", "Huyện đoàn Thanh Miện được đề nghị làm gì?",
  [(TM, TM_MT)],
  "Huyện đoàn phát động phong trào thanh niên học tập kỹ năng số (nêu trong mục Đề nghị Ủy ban MTTQ Việt Nam huyện và các đoàn thể).",
  ["kỹ năng số", "thanh niên"])
Q("agency_tasks", "Ở xã Dương Minh Châu, công chức Văn phòng HĐND và UBND làm gì trong kế hoạch?",
  [(DM, DM_CC_VP)],
  "Đăng tải Kế hoạch và kết quả thực hiện trên Cổng thông tin điện tử xã; hỗ trợ tổ công nghệ số cộng đồng hướng dẫn người dân nộp hồ sơ trực tuyến.",
  ["Cổng thông tin điện tử xã", "hồ sơ trực tuyến"])
Q("agency_tasks", "Các trường học ở xã Dương Minh Châu có trách nhiệm gì?",
  [(DM, DM_TRUONG), (DM, DM_ROW[5])],
  "Các trường Mầm non, Tiểu học, THCS xây dựng “Đơn vị học tập” và cử giáo viên tham gia dạy lớp xóa mù chữ; theo lịch, Trường Tiểu học Phước Bình mở lớp xóa mù chữ tại ấp Phước Bình trong tháng 5.",
  ["Đơn vị học tập", "xóa mù chữ"])
Q("agency_tasks", "Đoàn Thanh niên xã Dương Minh Châu làm gì?",
  [(DM, DM_DOAN), (DM, DM_ROW[78])],
  "Đoàn Thanh niên xã tổ chức lớp kỹ năng số hè cho học sinh, thanh niên (tháng 7-8, cùng tổ công nghệ số).",
  ["kỹ năng số", "Tháng 7-8"])

# ======================================================================== target (12)
Q("target", "Hòa Bình đặt tỷ lệ gia đình học tập năm 2028 là bao nhiêu?",
  [(HB, HB_HEAD), (HB, HB_R[1])],
  "Năm 2028 tỷ lệ gia đình đạt danh hiệu “Gia đình học tập” là 70% (62% năm 2026, 78% năm 2030).", ["70%"])
Q("target", "Chỉ tiêu trung tâm học tập cộng đồng xếp loại Tốt của tỉnh Hòa Bình qua các năm?",
  [(HB, HB_HEAD), (HB, HB_R[4])],
  "Tỷ lệ TTHTCĐ xếp loại Tốt: 40% năm 2026, 50% năm 2028, 60% năm 2030.", ["40%", "50%", "60%"])
Q("target", "Tỷ lệ người 15 - 60 tuổi biết chữ mức độ 2 của Hòa Bình năm 2030 phải đạt bao nhiêu?",
  [(HB, HB_HEAD), (HB, HB_R[5])],
  "98,5% vào năm 2030 (96,5% năm 2026, 97,5% năm 2028).", ["98,5"])
Q("target", "Hằng năm các trung tâm học tập cộng đồng ở Hòa Bình phải mở bao nhiêu lớp chuyên đề?",
  [(HB, HB_CLASSES)],
  "Ít nhất 1.200 lớp chuyên đề mỗi năm (bản OCR ghi “1.2OO”), với khoảng 60.000 lượt người tham gia; mỗi trung tâm ít nhất 08 chuyên đề/năm.",
  ["1.200", "60.000"])
Q("target", "Đến năm 2030 Hòa Bình phấn đấu xóa mù chữ cho bao nhiêu người?",
  [(HB, HB_XMC)],
  "3.600 người (cộng dồn từ năm 2025); mỗi năm mở ít nhất 45 lớp xóa mù chữ, sau xóa mù chữ ở Đà Bắc, Mai Châu, Tân Lạc, Lạc Sơn.",
  ["3.600", "45"])
Q("target", "Thanh Miện đặt tỷ lệ dòng họ học tập năm 2030 là bao nhiêu?",
  [(TM, TM_DH)],
  "Năm 2030 đạt từ 75% trở lên (≥ 75%); năm 2025 ≥ 60%.", ["75%"])
Q("target", "Tỷ lệ mù chữ ở độ tuổi 15-60 của huyện Thanh Miện phải giảm xuống mức nào?",
  [(TM, TM_MC)],
  "Không quá 0,5% năm 2025 và không quá 0,2% năm 2030 (≤ 0,5%, ≤ 0,2%).", ["0,5%", "0,2%"])
Q("target", "Huyện Thanh Miện đặt chỉ tiêu gì về “Đơn vị học tập”?",
  [(TM, TM_2030)],
  "Đến năm 2030, 100% cơ quan, đơn vị cấp huyện đạt danh hiệu “Đơn vị học tập” (chỉ tiêu chỉ đặt cho năm 2030); đồng thời 100% xã, thị trấn đạt mức độ 3 về xây dựng xã hội học tập.",
  ["100%", "2030"])
Q("target", "Lao động qua đào tạo ở Thanh Miện năm 2025 đạt bao nhiêu, trong đó có bằng cấp chứng chỉ bao nhiêu?",
  [(TM, TM_LD)],
  "Năm 2025 đạt ≥ 72% (năm 2030 ≥ 80%), trong đó có bằng cấp, chứng chỉ ≥ 35%.", ["72%", "35%"])
Q("target", "Năm 2026 xã Dương Minh Châu phấn đấu bao nhiêu phần trăm hộ gia đình đạt Gia đình học tập?",
  [(DM, DM_GD)],
  "Tám mươi (80) phần trăm hộ gia đình.", ["80"])
Q("target", "Xã Dương Minh Châu đặt bao nhiêu ấp đạt Cộng đồng học tập năm 2026?",
  [(DM, DM_AP)],
  "14/16 ấp đạt danh hiệu “Cộng đồng học tập”.", ["14/16"])
Q("target", "Chỉ tiêu kỹ năng số năm 2026 của xã Dương Minh Châu?",
  [(DM, DM_KNS), (DM, DM_TM)],
  "65% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản; 100% hộ kinh doanh ở chợ xã được hướng dẫn thanh toán không dùng tiền mặt.",
  ["65", "100%"])

# ======================================================================== deadline (8)
Q("deadline", "Nền tảng “Hòa Bình học tập số” phải hoàn thành khi nào?",
  [(HB, HB_TT)], "Trong quý IV/2026 (Sở Thông tin và Truyền thông chủ trì).", ["quý IV/2026"])
Q("deadline", "UBND các huyện, thành phố tỉnh Hòa Bình phải xây dựng kế hoạch khi nào và báo cáo kết quả trước ngày nào?",
  [(HB, HB_HUYEN1), (HB, HB_HUYEN2)],
  "Xây dựng kế hoạch của địa phương, hoàn thành trong quý I/2025; báo cáo về Sở Giáo dục và Đào tạo trước ngày 30/11 hằng năm, báo cáo 6 tháng trước ngày 15/6.",
  ["quý I/2025", "30/11", "15/6"])
Q("deadline", "Khi nào Hòa Bình sơ kết và tổng kết kế hoạch?",
  [(HB, HB_SGD_SK)], "Sơ kết giữa kỳ trong quý IV/2027 và tổng kết trong quý IV/2030 (Sở GD&ĐT tổ chức).",
  ["quý IV/2027", "quý IV/2030"])
Q("deadline", "Phòng Giáo dục và Đào tạo Thanh Miện phải báo cáo huyện và Sở trước ngày nào?",
  [(TM, TM_BC)],
  "Trước ngày 05/12 hằng năm (các xã, thị trấn và cơ quan, đơn vị báo cáo Phòng GD&ĐT trước ngày 20/11).", ["05/12"])
Q("deadline", "Kho học liệu số dùng chung của huyện Thanh Miện hoàn thành lúc nào?",
  [(TM, TM_KHO)], "Trong quý IV/2025, trên Trang thông tin điện tử huyện.", ["quý IV/2025"])
Q("deadline", "Ở Dương Minh Châu, việc bình xét công nhận các danh hiệu học tập phải xong trước ngày nào?",
  [(DM, DM_ROW[11])], "Trong tháng 11, hoàn thành trước 25/11/2026 (Hội Khuyến học xã; Trưởng các ấp).", ["25/11/2026"])
Q("deadline", "Trung tâm học tập cộng đồng xã Dương Minh Châu báo cáo định kỳ thế nào?",
  [(DM, DM_TTHT)], "Báo cáo kết quả hoạt động hằng quý về UBND xã trước ngày 20 của tháng cuối quý.",
  ["hằng quý", "ngày 20"])
Q("deadline", "Tuần lễ hưởng ứng học tập suốt đời năm 2026 ở xã Dương Minh Châu diễn ra từ ngày nào đến ngày nào?",
  [(DM, DM_ROW[10])], "Từ 01/10 đến 07/10/2026, do các ban, ngành, đoàn thể xã thực hiện.", ["01/10", "07/10/2026"])

# ======================================================================== funding (8)
Q("funding", "Tổng kinh phí kế hoạch xây dựng xã hội học tập của Hòa Bình là bao nhiêu?",
  [(HB, HB_TOTAL), (HB, HB_F["tong"])],
  "41.500 triệu đồng cho giai đoạn 2025 - 2030.", ["41.500"])
Q("funding", "Ngân sách tỉnh Hòa Bình chi bao nhiêu cho kế hoạch năm 2028?",
  [(HB, HB_FHEAD), (HB, HB_F["tinh"])],
  "3.800 triệu đồng năm 2028 (tổng ngân sách tỉnh cả giai đoạn 22.000 triệu đồng).", ["3.800"])
Q("funding", "Nguồn xã hội hóa trong kế hoạch của Hòa Bình tổng cộng bao nhiêu?",
  [(HB, HB_FHEAD), (HB, HB_F["xhh"])],
  "7.000 triệu đồng cho cả giai đoạn (từ 900 triệu năm 2025 đến 1.500 triệu năm 2030).", ["7.000"])
Q("funding", "Thanh Miện dành bao nhiêu tiền cho nhóm nhiệm vụ củng cố trung tâm học tập cộng đồng?",
  [(TM, TM_BHEAD), (TM, TM_B[2])],
  "3.500 triệu đồng: ngân sách huyện 1.650, ngân sách xã 1.200, xã hội hóa 650 triệu đồng.", ["3.500", "1.650"])
Q("funding", "Tổng kinh phí từ ngân sách xã trong kế hoạch của huyện Thanh Miện?",
  [(TM, TM_BHEAD), (TM, TM_B["tong"])],
  "2.450 triệu đồng (trên tổng 7.800 triệu đồng).", ["2.450"])
Q("funding", "Mỗi trung tâm học tập cộng đồng ở Thanh Miện được hỗ trợ bao nhiêu?",
  [(TM, TM_15)], "15 triệu đồng/năm từ ngân sách huyện.", ["15 triệu"])
Q("funding", "Kinh phí năm 2026 của xã Dương Minh Châu là bao nhiêu và lấy từ đâu?",
  [(DM, DM_TONG), (DM, DM_NSX), (DM, DM_XHH)],
  "120.000.000 đồng: ngân sách xã 75.000.000 đồng, xã hội hóa 45.000.000 đồng.",
  ["120.000.000", "75.000.000", "45.000.000"])
Q("funding", "Xã Dương Minh Châu bố trí bao nhiêu tiền khen thưởng các danh hiệu học tập?",
  [(DM, DM_P_KT)], "30.000.000 đồng.", ["30.000.000"])

# ======================================================================== legal_basis (4)
Q("legal_basis", "Kế hoạch của Hòa Bình căn cứ vào những văn bản nào của Trung ương Đảng?",
  [(HB, HB_49)], "Kết luận số 49-KL/TW ngày 10/5/2019 của Ban Bí thư (tiếp tục thực hiện Chỉ thị 11-CT/TW); ngoài ra căn cứ Nghị quyết 17-NQ/TU của Ban Thường vụ Tỉnh ủy.",
  ["49-KL/TW"])
Q("legal_basis", "Nghị quyết nào của Tỉnh ủy Hòa Bình được nêu làm căn cứ?",
  [(HB, HB_17)], "Nghị quyết số 17-NQ/TU ngày 05/3/2024 của Ban Thường vụ Tỉnh ủy về phát triển nguồn nhân lực vùng đồng bào dân tộc thiểu số đến năm 2030.",
  ["17-NQ/TU"])
Q("legal_basis", "Kế hoạch của huyện Thanh Miện thực hiện kế hoạch nào của tỉnh Hải Dương?",
  [(TM, TM_2890)], "Kế hoạch số 2890/KH-UBND ngày 18/8/2022 của UBND tỉnh Hải Dương.", ["2890/KH-UBND"])
Q("legal_basis", "Xã Dương Minh Châu căn cứ văn bản nào của tỉnh để làm kế hoạch năm 2026?",
  [(DM, DM_4512)], "Kế hoạch số 4512/KH-UBND ngày 05/12/2025 của UBND tỉnh Tây Ninh về xây dựng xã hội học tập năm 2026.",
  ["4512/KH-UBND"])

# ======================================================================== purpose (3)
Q("purpose", "Mục đích kế hoạch xây dựng xã hội học tập của Hòa Bình là gì?",
  [(HB, HB_MUC)],
  "Cụ thể hóa nhiệm vụ của Đề án phù hợp với một tỉnh miền núi đông đồng bào Mường, Dao, Thái, Tày; tạo cơ hội học tập suốt đời cho mọi người dân, nâng cao dân trí, phát triển nguồn nhân lực, giảm nghèo bền vững; phát huy vai trò TTHTCĐ trong truyền dạy văn hóa, tiếng Mường, chữ Thái.",
  ["miền núi", "Mường"])
Q("purpose", "Kế hoạch của huyện Thanh Miện nhằm mục đích gì?",
  [(TM, TM_MUC)],
  "Triển khai đồng bộ giải pháp xây dựng xã hội học tập, tạo cơ hội bình đẳng để mọi người dân học tập thường xuyên, suốt đời, nâng cao chất lượng nguồn nhân lực; nâng cao vai trò TTHTCĐ, nhà văn hóa, giữ gìn hát chèo, múa rối nước.",
  ["cơ hội bình đẳng", "nguồn nhân lực"])
Q("purpose", "Xã Dương Minh Châu làm kế hoạch năm 2026 để làm gì?",
  [(DM, DM_MUC1), (DM, DM_MUC2)],
  "Duy trì, nâng cao chất lượng phong trào học tập suốt đời sau khi sắp xếp đơn vị hành chính; phát huy vai trò TTHTCĐ xã, nơi người dân học trồng cao su, mì, nuôi cá lồng trên hồ Dầu Tiếng, làm du lịch gắn với núi Bà Đen.",
  ["sắp xếp đơn vị hành chính", "hồ Dầu Tiếng"])

# ======================================================================== task_section (5)
Q("task_section", "Hòa Bình có những giải pháp gì để nâng cao hiệu quả trung tâm học tập cộng đồng?",
  [(HB, HB_151), (HB, HB_TTHT)],
  "Củng cố 151 TTHTCĐ, bố trí cán bộ chuyên trách, đánh giá xếp loại theo Thông tư 22/2020/TT-BGDĐT; gắn nội dung học với nhu cầu thực tế: cam Cao Phong, mía tím, nuôi cá lồng trên hồ Hòa Bình, du lịch homestay, dệt thổ cẩm.",
  ["151", "cam Cao Phong"])
Q("task_section", "Hòa Bình phát triển các mô hình học tập như thế nào?",
  [(HB, HB_CDHT), (HB, HB_BAN)],
  "Đẩy mạnh các mô hình Gia đình, Dòng họ, Cộng đồng, Đơn vị học tập theo QĐ 387; thí điểm “Công dân học tập” tại thành phố Hòa Bình và huyện Lương Sơn năm 2026, nhân rộng từ 2027; xây dựng mô hình “Bản học tập” gắn du lịch cộng đồng ở bản Lác (Mai Châu), xóm Ké (Tân Lạc) và các bản ven hồ Hòa Bình.",
  ["Lương Sơn", "Bản học tập", "bản Lác"])
Q("task_section", "Thanh Miện làm gì để nâng cao hiệu quả trung tâm học tập cộng đồng?",
  [(TM, TM_17), (TM, TM_ND)],
  "Củng cố tổ chức, bộ máy của 17 TTHTCĐ, bố trí giáo viên kiêm nhiệm, cán bộ chuyên trách; đa dạng nội dung: trồng hành, tỏi, nuôi lợn an toàn sinh học, khởi nghiệp, pháp luật, ngoại ngữ cho thanh niên chuẩn bị đi làm việc ở nước ngoài.",
  ["17", "hành, tỏi"])
Q("task_section", "Nhiệm vụ chuyển đổi số trong kế hoạch của huyện Thanh Miện gồm những gì?",
  [(TM, TM_KHO), (TM, TM_TCN)],
  "Xây dựng kho học liệu số dùng chung trên Trang thông tin điện tử huyện (xong quý IV/2025); thành lập tổ công nghệ số cộng đồng tại 100% thôn, khu dân cư, hướng dẫn dịch vụ công trực tuyến, thanh toán không dùng tiền mặt.",
  ["kho học liệu số", "tổ công nghệ số"])
Q("task_section", "Xã Dương Minh Châu tuyên truyền về học tập suốt đời ra sao?",
  [(DM, DM_TIN)],
  "Tuyên truyền trên Đài truyền thanh xã, trang Zalo “Dương Minh Châu hôm nay” và các buổi sinh hoạt ấp; mỗi tháng ít nhất bốn (04) tin, bài; treo băng rôn, khẩu hiệu trong Tuần lễ hưởng ứng học tập suốt đời tháng 10/2026.",
  ["Zalo", "04"])

# ======================================================================== cross_plan (6)
Q("cross_plan", "Chỉ tiêu gia đình học tập năm 2030 của Hòa Bình và Thanh Miện, nơi nào cao hơn?",
  [(HB, HB_R[1]), (TM, TM_GD)],
  "Thanh Miện cao hơn: ≥ 85% năm 2030, so với 78% của tỉnh Hòa Bình.", ["85%", "78%"])
Q("cross_plan", "Kế hoạch của Hòa Bình và kế hoạch năm 2024 của Cần Thơ cùng căn cứ quyết định nào của Thủ tướng?",
  [(HB, HB_1373), (CT, CT_1373)],
  "Cả hai căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”.",
  ["1373/QĐ-TTg"])
Q("cross_plan", "Ai ký kế hoạch của thành phố Huế và ai ký kế hoạch của tỉnh Hòa Bình?",
  [(HUE, HUE_SIGN), (HB, HB_SIGN)],
  "Huế: Phó Chủ tịch Nguyễn Thanh Bình (KT. Chủ tịch); Hòa Bình: Phó Chủ tịch Bùi Văn Luân (KT. Chủ tịch).",
  ["Nguyễn Thanh Bình", "Bùi Văn Luân"])
Q("cross_plan", "So sánh chỉ tiêu gia đình học tập của Hà Nội với chỉ tiêu năm 2030 của huyện Thanh Miện.",
  [(HN, HN_60), (TM, TM_GD)],
  "Hà Nội đặt 60% gia đình, dòng họ, cộng đồng đạt danh hiệu học tập; Thanh Miện đặt tỷ lệ gia đình học tập ≥ 85% năm 2030 (≥ 70% năm 2025).",
  ["60%", "85%"])
Q("cross_plan", "Ba kế hoạch Hòa Bình, Thanh Miện, Dương Minh Châu tổ chức Tuần lễ hưởng ứng học tập suốt đời vào tháng mấy?",
  [(HB, HB_TUAN), (TM, TM_TUAN), (DM, DM_ROW[10])],
  "Cả ba đều vào tháng 10: Hòa Bình và Thanh Miện tháng 10 hằng năm; Dương Minh Châu từ 01/10 đến 07/10/2026.",
  ["tháng 10", "01/10"])
Q("cross_plan", "Mức hỗ trợ mỗi trung tâm học tập cộng đồng ở Hòa Bình và ở Thanh Miện khác nhau thế nào?",
  [(HB, HB_TT_MONEY), (TM, TM_15)],
  "Hòa Bình hỗ trợ 25 triệu đồng/năm cho mỗi TTHTCĐ ở xã đặc biệt khó khăn; Thanh Miện hỗ trợ mỗi TTHTCĐ 15 triệu đồng/năm từ ngân sách huyện.",
  ["25 triệu", "15 triệu"])

# ======================================================================== no_diacritics (6)
Q("no_diacritics", "so noi vu tinh hoa binh co nhiem vu gi",
  [(HB, HB_NV)],
  "Sở Nội vụ chủ trì bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã; đưa tiêu chí xây dựng xã hội học tập vào đánh giá thi đua hằng năm.",
  ["kỹ năng số", "thi đua"])
Q("no_diacritics", "ty le dong ho hoc tap hoa binh nam 2030",
  [(HB, HB_HEAD), (HB, HB_R[2])], "65% năm 2030 (50% năm 2026, 58% năm 2028).", ["65%"])
Q("no_diacritics", "thanh mien tong kinh phi bao nhieu",
  [(TM, TM_TOTAL), (TM, TM_B["tong"])],
  "7.800 triệu đồng giai đoạn 2024 - 2030 (ngân sách huyện 3.700, ngân sách xã 2.450, xã hội hóa 1.650).", ["7.800"])
Q("no_diacritics", "phong nong nghiep thanh mien lam gi",
  [(TM, TM_NN)],
  "Phối hợp với Trạm Khuyến nông huyện tập huấn kỹ thuật trồng hành, tỏi, chăn nuôi an toàn sinh học tại TTHTCĐ.",
  ["Trạm Khuyến nông", "hành, tỏi"])
Q("no_diacritics", "xa duong minh chau mo lop xoa mu chu o dau",
  [(DM, DM_XMC)], "Một (01) lớp xóa mù chữ cho người dân ở ấp Phước Bình và ấp Ninh Hưng (tháng 5, Trường Tiểu học Phước Bình).",
  ["Phước Bình", "Ninh Hưng"])
Q("no_diacritics", "trung tam hoc tap cong dong duong minh chau to chuc bao nhieu chuyen de",
  [(DM, DM_CDE)], "Ít nhất mười (10) chuyên đề trong năm, khoảng 2.400 lượt người tham gia.", ["10", "2.400"])

# ======================================================================== abbreviation (6)
Q("abbreviation", "Sở TT&TT HB giao việc gì?",
  [(HB, HB_TT), (HB, HB_TT2)],
  "Sở Thông tin và Truyền thông Hòa Bình chủ trì xây dựng nền tảng “Hòa Bình học tập số” (xong quý IV/2026); chỉ đạo Báo Hòa Bình, Đài PT-TH tỉnh, Cổng thông tin điện tử tỉnh tuyên truyền; hướng dẫn tổ công nghệ số cộng đồng.",
  ["Hòa Bình học tập số", "quý IV/2026"])
Q("abbreviation", "KH XHHT tỉnh HB: tỷ lệ LĐNT qua ĐT 2030?",
  [(HB, HB_HEAD), (HB, HB_R[7])], "68% năm 2030 (58% năm 2026, 63% năm 2028).", ["68%"])
Q("abbreviation", "P. TC-KH huyện TM làm gì?",
  [(TM, TM_TCKH)],
  "Phòng Tài chính - Kế hoạch huyện Thanh Miện tham mưu bố trí kinh phí trong dự toán ngân sách huyện hằng năm và hướng dẫn các xã, thị trấn lập dự toán, thanh quyết toán kinh phí.",
  ["dự toán", "thanh quyết toán"])
Q("abbreviation", "TTHTCĐ xếp loại Tốt ở TM năm 2025?",
  [(TM, TM_TT)], "≥ 50% năm 2025 (≥ 70% năm 2030).", ["50%"])
Q("abbreviation", "CC VH-XH xã DMC phụ trách VH, TT làm gì?",
  [(DM, DM_CC_VH), (DM, DM_CC_VH2)],
  "Công chức phụ trách văn hóa, thông tin (Phòng Văn hóa - Xã hội) xây dựng nội dung tuyên truyền trên Đài truyền thanh xã và trang Zalo “Dương Minh Châu hôm nay”; hướng dẫn các ấp đưa tiêu chí “Cộng đồng học tập” vào bình xét ấp văn hóa.",
  ["Zalo", "ấp văn hóa"])
Q("abbreviation", "KP XHH xã DMC 2026?",
  [(DM, DM_XHH)], "45.000.000 đồng từ nguồn xã hội hóa (doanh nghiệp, nhà hảo tâm).", ["45.000.000"])

# ======================================================================== paraphrase (5)
Q("paraphrase", "Ở Hòa Bình, đơn vị nào lo việc phân xử danh hiệu gia đình học tập, dòng họ học tập?",
  [(HB, HB_HKH)],
  "Hội Khuyến học tỉnh chủ trì hướng dẫn bình xét các danh hiệu “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập”, “Đơn vị học tập” và báo cáo Sở GD&ĐT trước 25/11 hằng năm.",
  ["Hội Khuyến học tỉnh", "25/11"])
Q("paraphrase", "Quỹ khuyến học của Hòa Bình muốn đạt quy mô bao nhiêu tiền?",
  [(HB, HB_QUY)], "25 tỷ đồng vào năm 2030 (quỹ khuyến học các cấp).", ["25 tỷ"])
Q("paraphrase", "Bao nhiêu phần trăm cán bộ xã ở Hòa Bình sẽ được học kỹ năng số và vào lúc nào?",
  [(HB, HB_CB)], "90% cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số vào năm 2028.", ["90%", "2028"])
Q("paraphrase", "Huyện Thanh Miện thử nghiệm chấm điểm người dân học tập ở đâu?",
  [(TM, TM_CDHT)], "Thí điểm đánh giá “Công dân học tập” tại thị trấn Thanh Miện và xã Đoàn Tùng trong năm 2025.",
  ["Đoàn Tùng", "2025"])
Q("paraphrase", "Người làm du lịch ở Dương Minh Châu được học ngoại ngữ gì, học khi nào?",
  [(DM, DM_TA), (DM, DM_TA2)],
  "Lớp tiếng Anh giao tiếp cơ bản, học buổi tối thứ Ba, thứ Năm hằng tuần tại nhà văn hóa ấp.", ["tiếng Anh", "thứ Ba"])

# ======================================================================== english (20)
Q("english", "What is Hoa Binh province's 2030 target for families recognised as learning families?",
  [(HB, HB_HEAD), (HB, HB_R[1])], "78% of families by 2030 (62% in 2026, 70% in 2028).", ["78"])
Q("english", "How much money does the Hoa Binh plan budget in total, and for what period?",
  [(HB, HB_TOTAL), (HB, HB_F["tong"])], "41,500 million VND (41.500 triệu đồng) for 2025–2030.", ["41", "2025"])
Q("english", "How much will Hoa Binh's provincial budget contribute in 2030?",
  [(HB, HB_FHEAD), (HB, HB_F["tinh"])], "4,200 million VND (4.200 triệu đồng) in 2030; 22,000 million over the period.", ["200"])
Q("english", "Which districts of Hoa Binh get the literacy classes?",
  [(HB, HB_XMC)], "Đà Bắc, Mai Châu, Tân Lạc and Lạc Sơn, with at least 45 classes a year.", ["Mai Châu", "Lạc Sơn", "45"])
Q("english", "By when must Hoa Binh's education department send its annual report, and to whom?",
  [(HB, HB_SGD_REP)], "Before 10/12 (10 December) each year, to the provincial People's Committee and the Ministry of Education and Training.",
  ["10/12"])
Q("english", "Which languages are used for learning-society broadcasts in Hoa Binh?",
  [(HB, "thanh cơ sở bằng tiếng Việt, tiếng Mường và tiếng Dao")],
  "Vietnamese, Mường and Dao (tiếng Việt, tiếng Mường, tiếng Dao), with a “Học tập suốt đời” segment twice a month.",
  ["Mường", "Dao"])
Q("english", "Who signed the Hoa Binh learning society plan?",
  [(HB, HB_SIGN), (HB, HB_CAP)], "Bùi Văn Luân, Vice Chairman, signing on behalf of the Chairman (KT. CHỦ TỊCH) of the provincial People's Committee.",
  ["Bùi Văn Luân"])
Q("english", "How many community learning centres does Hoa Binh plan to consolidate?",
  [(HB, HB_151)], "151 community learning centres.", ["151"])
Q("english", "What is Thanh Mien district's 2030 target for clans recognised as learning clans?",
  [(TM, TM_DH)], "At least 75% by 2030 (≥ 75%), at least 60% in 2025.", ["75"])
Q("english", "What is the total budget of the Thanh Mien plan and how much comes from socialised sources?",
  [(TM, TM_B["tong"]), (TM, TM_BHEAD)], "7,800 million VND in total, of which 1,650 million from socialised (xã hội hóa) sources.",
  ["800", "650"])
Q("english", "How much does Thanh Mien allocate to digital transformation and digital skills?",
  [(TM, TM_B[4])], "1,700 million VND: 900 district, 300 commune, 500 socialised.", ["700", "900"])
Q("english", "When does Thanh Mien review and conclude its learning society plan?",
  [(TM, TM_SK)], "Interim review in 2027 and final review in Q4 2030 (quý IV/2030).", ["2027", "2030"])
Q("english", "Who signed Thanh Mien's plan?",
  [(TM, TM_SIGN)], "Vũ Thị Hồng Nhung, Vice Chairwoman of the district People's Committee (KT. CHỦ TỊCH).", ["Vũ Thị Hồng Nhung"])
Q("english", "What does the Thanh Mien Department of Labour, Invalids and Social Affairs do, and who does it work with?",
  [(TM, TM_LDTB)],
  "It works with the district vocational and continuing education centre (Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện) to run short vocational courses for rural workers, and runs foreign-language and orientation classes for people going to work abroad.",
  ["Trung tâm Giáo dục nghề nghiệp", "abroad"])
Q("english", "What is the 2026 budget of Duong Minh Chau commune's plan?",
  [(DM, DM_TONG)], "120,000,000 VND (120.000.000 đồng): 75 million from the commune budget and 45 million from socialised sources.",
  ["120", "75", "45"])
Q("english", "How many hamlets in Duong Minh Chau should be learning communities in 2026?",
  [(DM, DM_AP)], "14 of its 16 hamlets (14/16 ấp).", ["14", "16"])
Q("english", "When is the literacy class in Duong Minh Chau and who teaches it?",
  [(DM, DM_ROW[5])], "In May (Tháng 5), at Phước Bình hamlet, run by Phước Bình Primary School, 3 sessions a week.",
  ["Phước Bình", "3"])
Q("english", "What is the literacy rate target in Duong Minh Chau commune for 2026?",
  [(DM, DM_BC)], "Keep the level-2 literacy rate of people aged 15–60 at 95% or more.", ["95"])
Q("english", "Which Tay Ninh provincial plan does Duong Minh Chau's plan implement?",
  [(DM, DM_4512)], "Plan No. 4512/KH-UBND of 05/12/2025 of the Tây Ninh People's Committee.", ["4512"])
Q("english", "Who signed the Duong Minh Chau commune plan and what is the plan number?",
  [(DM, DM_SIGN), (DM, "Số: 186/KH-UBND")], "Lê Thị Mỹ Duyên, Vice Chairwoman (KT. CHỦ TỊCH); Plan No. 186/KH-UBND of 26/12/2025.",
  ["Lê Thị Mỹ Duyên", "186"])

# ======================================================================== follow_up (20)
Q("follow_up", "Còn năm 2030 thì sao?", [(HB, HB_HEAD), (HB, HB_R[6])],
  "Năm 2030 Hòa Bình đặt 75% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản.", ["75%"],
  ["Tỉnh Hòa Bình đặt tỷ lệ người dân có kỹ năng số cơ bản năm 2026 bao nhiêu?", "50% năm 2026."])
Q("follow_up", "Còn dòng họ học tập ở đó?", [(HB, HB_HEAD), (HB, HB_R[2])],
  "Hòa Bình đặt tỷ lệ dòng họ học tập 50% năm 2026, 58% năm 2028, 65% năm 2030.", ["50%", "58%", "65%"],
  ["Hòa Bình đặt tỷ lệ gia đình học tập các năm thế nào?", "62% năm 2026, 70% năm 2028, 78% năm 2030."])
Q("follow_up", "Họ phải báo cáo trước ngày nào?", [(HB, HB_HKH)],
  "Hội Khuyến học tỉnh báo cáo kết quả về Sở GD&ĐT trước ngày 25/11 hằng năm.", ["25/11"],
  ["Ở Hòa Bình, ai hướng dẫn bình xét Gia đình học tập?", "Hội Khuyến học tỉnh chủ trì hướng dẫn bình xét."])
Q("follow_up", "Khoản đó năm 2027 là bao nhiêu?", [(HB, HB_FHEAD), (HB, HB_F["xhh"])],
  "Nguồn xã hội hóa năm 2027 là 1.100 triệu đồng.", ["1.100"],
  ["Kế hoạch Hòa Bình huy động xã hội hóa bao nhiêu?", "7.000 triệu đồng cả giai đoạn 2025 - 2030."])
Q("follow_up", "Còn Sở Tài chính?", [(HB, HB_TC)],
  "Sở Tài chính tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm; hướng dẫn sử dụng, thanh quyết toán kinh phí.",
  ["dự toán", "thanh quyết toán"],
  ["Sở Nội vụ Hòa Bình làm gì?", "Chủ trì bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã; đưa tiêu chí xã hội học tập vào đánh giá thi đua."])
Q("follow_up", "Việc đó ai chủ trì và xong khi nào?", [(HB, HB_PORTAL), (HB, HB_TT)],
  "Sở Thông tin và Truyền thông chủ trì; hoàn thành trong quý IV/2026.", ["Sở Thông tin và Truyền thông", "quý IV/2026"],
  ["Hòa Bình có xây nền tảng học tập trực tuyến không?", "Có, nền tảng “Hòa Bình học tập số” tích hợp trên Cổng thông tin điện tử tỉnh, tối thiểu 300 bài giảng điện tử."])
Q("follow_up", "Thế ở huyện Thanh Miện thì năm 2030 bao nhiêu?", [(TM, TM_CD)],
  "Thanh Miện đặt tỷ lệ thôn, khu dân cư đạt “Cộng đồng học tập” năm 2030 ≥ 80%.", ["80%"],
  ["Hòa Bình đặt tỷ lệ cộng đồng học tập năm 2030 bao nhiêu?", "72% xóm, bản, tổ dân phố."])
Q("follow_up", "Còn năm 2030?", [(TM, TM_KNS)],
  "Năm 2030 Thanh Miện đặt ≥ 80% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản.", ["80%"],
  ["Huyện Thanh Miện đặt chỉ tiêu kỹ năng số năm 2025 thế nào?", "≥ 55% người dân từ 15 tuổi trở lên."])
Q("follow_up", "Trong đó ngân sách huyện chi bao nhiêu?", [(TM, TM_BHEAD), (TM, TM_B[1])],
  "Ngân sách huyện chi 420 triệu đồng cho nhóm tuyên truyền, Tuần lễ (tổng 800 triệu).", ["420"],
  ["Thanh Miện dành bao nhiêu cho tuyên truyền và Tuần lễ hưởng ứng học tập suốt đời?", "800 triệu đồng."])
Q("follow_up", "Họ còn làm gì nữa và báo cáo khi nào?", [(TM, TM_XA), (TM, TM_XA2), (TM, TM_BC)],
  "UBND các xã, thị trấn còn củng cố TTHTCĐ, bố trí kinh phí đối ứng, chỉ đạo các thôn đưa tiêu chí “Cộng đồng học tập” vào hương ước, quy ước; báo cáo Phòng GD&ĐT trước ngày 20/11 hằng năm.",
  ["hương ước", "20/11"],
  ["UBND các xã ở Thanh Miện phải xây dựng kế hoạch khi nào?", "Trong quý III/2024."])
Q("follow_up", "Còn Phòng Tài chính - Kế hoạch?", [(TM, TM_TCKH)],
  "Tham mưu bố trí kinh phí trong dự toán ngân sách huyện hằng năm; hướng dẫn các xã, thị trấn lập dự toán, thanh quyết toán.",
  ["dự toán"],
  ["Phòng Giáo dục và Đào tạo Thanh Miện làm gì?", "Tham mưu kiện toàn Ban Chỉ đạo trong quý III/2024, hướng dẫn đánh giá TTHTCĐ, chỉ đạo trường học xây dựng Cộng đồng học tập."])
Q("follow_up", "Ở đó tháng 3-4 làm gì?", [(DM, DM_ROW[34])],
  "Tháng 3-4 xã Dương Minh Châu tổ chức chuyên đề kỹ thuật trồng mì, phòng bệnh khảm lá (TTHTCĐ; Trạm Khuyến nông), kết hợp Ngày Sách 21/4.",
  ["trồng mì", "khảm lá"],
  ["Xã Dương Minh Châu làm gì trong tháng 1?", "Ban hành kế hoạch của các ấp, kiện toàn Ban Giám đốc TTHTCĐ, xong trước 31/01/2026."])
Q("follow_up", "Khoản đó chi cho những việc gì?", [(DM, DM_P_TT), (DM, DM_P_TUAN), (DM, DM_P_KT), (DM, DM_P_CNS)],
  "120 triệu đồng phân bổ: hoạt động TTHTCĐ 50.000.000 đồng; tuyên truyền, Tuần lễ 20.000.000 đồng; khen thưởng 30.000.000 đồng; tổ công nghệ số 20.000.000 đồng.",
  ["50.000.000", "30.000.000", "20.000.000"],
  ["Tổng kinh phí của xã Dương Minh Châu năm 2026?", "120.000.000 đồng."])
Q("follow_up", "Họ báo cáo khi nào?", [(DM, DM_CC_GD3)],
  "Công chức phụ trách giáo dục - đào tạo báo cáo sơ kết 6 tháng trước ngày 15/6/2026 và báo cáo năm trước ngày 05/12/2026.",
  ["15/6/2026", "05/12/2026"],
  ["Ai là đầu mối theo dõi kế hoạch ở xã Dương Minh Châu?", "Công chức phụ trách giáo dục - đào tạo (Phòng Văn hóa - Xã hội)."])
Q("follow_up", "Còn công chức Phòng Kinh tế?", [(DM, DM_CC_KT)],
  "Phối hợp với Trạm Khuyến nông tổ chức chuyên đề trồng mì, cao su, nuôi cá lồng; tham mưu bố trí kinh phí từ ngân sách xã, hướng dẫn thanh quyết toán.",
  ["Trạm Khuyến nông", "ngân sách xã"],
  ["Công chức phụ trách văn hóa, thông tin ở xã Dương Minh Châu làm gì?", "Tuyên truyền trên Đài truyền thanh xã, trang Zalo và hướng dẫn các ấp đưa tiêu chí Cộng đồng học tập vào bình xét ấp văn hóa."])
Q("follow_up", "Còn tỷ lệ biết chữ của Hòa Bình năm 2028?", [(HB, HB_HEAD), (HB, HB_R[5])],
  "Hòa Bình đặt 97,5% người 15 - 60 tuổi đạt chuẩn biết chữ mức độ 2 năm 2028.", ["97,5"],
  ["Tỉnh Lào Cai đặt tỷ lệ biết chữ bao nhiêu?", REFUSE])
Q("follow_up", "Vậy Phòng Văn hóa và Thông tin ở Thanh Miện làm gì?", [(TM, TM_VH)],
  "Cùng Trung tâm Văn hóa - Thể thao: tuyên truyền trên Đài Truyền thanh huyện và Trang thông tin điện tử huyện; duy trì tủ sách, thư viện thôn, Ngày Sách 21/4; mở lớp hát chèo, múa rối nước.",
  ["Đài Truyền thanh", "hát chèo"],
  ["Phòng Y tế huyện Thanh Miện có nhiệm vụ gì?", REFUSE])
Q("follow_up", "What about 2030?", [(HB, HB_HEAD), (HB, HB_R[3])],
  "72% of hamlets, villages and residential groups by 2030.", ["72"],
  ["What share of Hoa Binh's villages should be learning communities in 2026?", "55% in 2026."])
Q("follow_up", "And how much does the commune budget put into that group?", [(TM, TM_BHEAD), (TM, TM_B[3])],
  "520 million VND from the commune budgets for building learning models (out of 1,300 million).", ["520"],
  ["How much does Thanh Mien spend on building learning models?", "1,300 million VND."])
Q("follow_up", "When must they finish it?", [(DM, DM_AP_TASK), (DM, DM_ROW[1])],
  "Hamlet heads must issue their hamlet plans before 31/01/2026.", ["31/01/2026"],
  ["What must the hamlet heads in Duong Minh Chau do?", "Issue the hamlet's plan and encourage households to register for the “learning family” title."])

# ======================================================================== unanswerable (30)
U("Kế hoạch xây dựng xã hội học tập của tỉnh Hải Dương đặt chỉ tiêu gì?",
  REFUSE + " Chỉ có kế hoạch của huyện Thanh Miện; kế hoạch của tỉnh (KH 2890/KH-UBND) chỉ được trích dẫn.")
U("Tỉnh Tây Ninh đặt tỷ lệ gia đình học tập năm 2026 bao nhiêu?", REFUSE)
U("Huyện Mai Châu có kế hoạch xây dựng xã hội học tập riêng không, chỉ tiêu thế nào?", REFUSE)
U("Huyện Ninh Giang đặt tỷ lệ dòng họ học tập năm 2030 bao nhiêu?", REFUSE)
U("Xã Cầu Khởi cạnh Dương Minh Châu có kế hoạch năm 2026 thế nào?", REFUSE)
U("Thành phố Hòa Bình đặt chỉ tiêu gia đình học tập bao nhiêu?", REFUSE + " Kế hoạch tỉnh chỉ nêu thành phố Hòa Bình là nơi thí điểm Công dân học tập.")
U("Hòa Bình đặt tỷ lệ gia đình học tập năm 2027 là bao nhiêu?", REFUSE + " Bảng 1 chỉ có các năm 2026, 2028 và 2030.")
U("Năm 2025 Hòa Bình đặt tỷ lệ dòng họ học tập bao nhiêu?",
  REFUSE + " Kế hoạch ghi chỉ tiêu năm 2025 thực hiện theo Kế hoạch 1120/KH-UBND năm 2022, không nêu con số.")
U("Thanh Miện đặt tỷ lệ gia đình học tập năm 2028 là bao nhiêu?", REFUSE + " Kế hoạch chỉ đặt cho năm 2025 và 2030.")
U("Năm 2025 huyện Thanh Miện đặt bao nhiêu phần trăm cơ quan đạt Đơn vị học tập?", REFUSE + " Chỉ tiêu này chỉ đặt cho năm 2030 (100%).")
U("Nguồn xã hội hóa chi bao nhiêu cho bồi dưỡng cán bộ, sơ kết, tổng kết ở Thanh Miện?", REFUSE + " Ô xã hội hóa của nhóm này để trống (\"-\").")
U("Hiện nay Hòa Bình có bao nhiêu người mù chữ?", REFUSE)
U("Xã Dương Minh Châu hiện có bao nhiêu hộ gia đình học tập?", REFUSE)
U("Gia đình không tham gia học tập ở Thanh Miện bị xử phạt thế nào?", REFUSE)
U("Cơ quan ở Hòa Bình chậm báo cáo thì bị kỷ luật ra sao?", REFUSE)
U("Kinh phí Tuần lễ hưởng ứng học tập suốt đời ở Thanh Miện riêng là bao nhiêu?",
  REFUSE + " Bảng kinh phí gộp tuyên truyền và Tuần lễ (800 triệu đồng), không tách riêng.")
U("Nền tảng Hòa Bình học tập số tốn bao nhiêu tiền?", REFUSE)
U("Lớp tiếng Anh cho người làm du lịch ở Dương Minh Châu được cấp bao nhiêu kinh phí?", REFUSE)
U("Sở Y tế tỉnh Hòa Bình có nhiệm vụ gì trong kế hoạch?", REFUSE)
U("Công an huyện Thanh Miện được giao nhiệm vụ gì?", REFUSE)
U("Công an xã Dương Minh Châu làm gì trong kế hoạch xây dựng xã hội học tập?", REFUSE)
U("Bộ Chỉ huy Quân sự tỉnh Hòa Bình có nhiệm vụ gì?", REFUSE)
U("Ai ký Kế hoạch số 2890/KH-UBND của UBND tỉnh Hải Dương?", REFUSE + " Kế hoạch này chỉ được trích dẫn trong kế hoạch của huyện Thanh Miện.")
U("Kế hoạch 4512/KH-UBND của tỉnh Tây Ninh do ai ký?", REFUSE)
U("What is Hai Duong province's target for learning families?", REFUSE_EN)
U("What does the Hoa Binh Department of Health have to do under the plan?", REFUSE_EN)
U("How many learning clans did Thanh Mien have in 2023?", REFUSE_EN)
U("Còn xã Cầu Khởi bên cạnh thì sao?", REFUSE,
  ["Xã Dương Minh Châu đặt bao nhiêu ấp đạt Cộng đồng học tập năm 2026?", "14/16 ấp."])
U("Còn năm 2027 thì sao?", REFUSE + " Kế hoạch của xã chỉ cho năm 2026.",
  ["Xã Dương Minh Châu đặt tỷ lệ kỹ năng số năm 2026 bao nhiêu?", "65% người dân từ 15 tuổi trở lên."])
U("What about Thai Binh province?", REFUSE_EN,
  ["What is Hoa Binh's 2030 target for basic digital skills?", "75% of people aged 15 and over."])

for i, q in enumerate(QS, 1):
    q["id"] = f"y{i:03d}"
with open(OUT, "w", encoding="utf-8") as f:
    for q in QS:
        f.write(unicodedata.normalize("NFC", json.dumps(q, ensure_ascii=False)) + "\n")
print(len(QS), "questions ->", OUT)
