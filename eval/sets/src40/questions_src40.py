"""Write eval/sets/newplans40.jsonl (set 40: a province's joint plan as .docx and a commune plan printed 2 pages per
sheet as PDF). Refuses to write if a span is missing from its plan (as check_sets.py extracts and normalises it), a key
fact is missing from its answer or from every span it cites, a type is below its minimum, or an unanswerable
question's probe (accent-free regex) matches the plans it is checked against.

    python eval/sets/src40/questions_src40.py
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SETS = os.path.dirname(HERE)
sys.path.insert(0, SETS)
import check_sets  # noqa: E402

QT = "quangbinh_45-KHLT-SGDDT-HKH_2024.docx"
GM = "haitrach_27-KH-UBND_2024.pdf"
HUE = "000_4550be4bb11189cd.txt"
MYLOC = "001_7bafa58816a5de75.txt"
HANOI = "002_797e8de6131c77f9.txt"
CANTHO = "003_1a817ee72b993e3e.txt"
ANLAO = "004_b1b28019b71edc03.txt"
ALL = [QT, GM, HUE, MYLOC, HANOI, CANTHO, ANLAO]

MINIMUM = {"agency_tasks": 12, "target": 10, "deadline": 7, "funding": 6, "legal_basis": 4, "purpose": 3,
           "task_section": 4, "cross_plan": 5, "no_diacritics": 6, "abbreviation": 5, "paraphrase": 4, "english": 14,
           "follow_up": 14, "unanswerable": 25}

# recurring spans
QT_HEAD = "TT Chỉ tiêu Cấp tỉnh Cấp huyện Cấp xã"
GM_HEAD = "TT Chỉ tiêu Năm 2024 Năm 2025 Năm 2026"
QT_ISSUERS = "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH QUẢNG BÌNH HỘI KHUYẾN HỌC TỈNH QUẢNG BÌNH"
QT_NO = "Số: 45/KHLT-SGDĐT-HKH"
QT_DATE = "Quảng Bình, ngày 18 tháng 3 năm 2024"
QT_SIGN_HKH = "TM. BAN THƯỜNG VỤ HỘI KHUYẾN HỌC TỈNH CHỦ TỊCH (Đã ký) Nguyễn Thị Thu Sương"
QT_SIGN_SGD = "GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO (Đã ký) Phan Văn Khánh"
GM_SIGN = "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH (Đã ký) Võ Văn Hạnh"
GM_NO = "Số: 27/KH-UBND"
GM_DATE = "Hải Trạch, ngày 10 tháng 5 năm 2024"

QT_R = {
    1: "1 Tỷ lệ cơ quan, đơn vị được công nhận danh hiệu “Đơn vị học tập” 90% 85% 80%",
    2: "2 Tỷ lệ tổ chức Hội Khuyến học xếp loại vững mạnh 100% 100% 85%",
    3: "3 Tỷ lệ cán bộ, công chức được bồi dưỡng kỹ năng số 95% 90% 80%",
    4: "4 Số lớp chuyên đề khuyến học, khuyến tài mỗi năm 02 04",
    5: "5 Tỷ lệ đơn vị được công nhận danh hiệu “Cộng đồng học tập” 50% 70%",
    6: "6 Tỷ lệ Trung tâm học tập cộng đồng xếp loại tốt 70%",
}
GM_R = {
    1: "1 Hộ gia đình đạt “Gia đình học tập” 70% 75% 80%",
    2: "2 Dòng họ đạt “Dòng họ học tập” 12 14 16",
    3: "3 Thôn đạt “Cộng đồng học tập” 4/7 5/7 7/7",
    4: "4 Người lao động được đào tạo nghề ngắn hạn 60 80 100",
    5: "5 Lớp chuyên đề tại Trung tâm học tập cộng đồng 10 12 15",
    6: "6 Người dân dùng điểm học tập số của xã 300 500",
    7: "7 Học sinh bỏ học được vận động trở lại lớp 100% 100% 100%",
    8: "8 Tủ sách cộng đồng ở các thôn 3 5 7",
}

QT_SGD = ["Là đầu mối của ngành Giáo dục, chủ trì, phối hợp với Hội Khuyến học tỉnh triển khai Kế hoạch liên tịch này.",
          "Ban hành văn bản hướng dẫn thực hiện Kế hoạch đến các Phòng Giáo dục và Đào tạo, đơn vị trực thuộc trước ngày 30/5/2024.",
          "Tổng hợp kết quả phối hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Giáo dục và Đào tạo trước ngày 10/12 hằng năm."]
QT_PGD = ["b) Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố",
          "Tham mưu Ủy ban nhân dân cấp huyện ban hành kế hoạch thực hiện trước ngày 30/6/2024.",
          "Phối hợp với Hội Khuyến học cấp huyện hướng dẫn hoạt động của Trung tâm học tập cộng đồng và đánh giá, xếp loại hằng năm."]
QT_GDNN = "Phối hợp với Trung tâm học tập cộng đồng mở các lớp xóa mù chữ, bổ túc văn hóa, đào tạo nghề ngắn hạn cho người lao động nông thôn."
QT_TRUONG = "Thành lập, củng cố Ban Khuyến học nhà trường; phối hợp với Chi hội khuyến học thôn, tổ dân phố vận động học sinh bỏ học trở lại lớp."
QT_HKH = ["Là đầu mối của Hội, chủ trì phối hợp với Sở Giáo dục và Đào tạo chỉ đạo Hội Khuyến học các cấp thực hiện Kế hoạch.",
          "Chủ trì hướng dẫn đánh giá, công nhận các danh hiệu “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập”.",
          "Vận động Quỹ Khuyến học tỉnh, tổ chức trao học bổng “Tiếp sức đến trường” vào dịp khai giảng năm học."]
QT_HKH_H = "Chỉ đạo Hội Khuyến học cấp xã tham gia Ban Giám đốc Trung tâm học tập cộng đồng; tổng hợp kết quả công nhận các danh hiệu học tập, báo cáo Hội Khuyến học tỉnh trước ngày 25/11 hằng năm."
QT_HKH_X = "Phối hợp với Trung tâm học tập cộng đồng tổ chức các lớp chuyên đề; bình xét “Gia đình học tập”, “Dòng họ học tập” ở thôn, tổ dân phố."
QT_UBH = "Chỉ đạo Ủy ban nhân dân cấp xã bố trí kinh phí, cơ sở vật chất cho Trung tâm học tập cộng đồng; đưa chỉ tiêu xây dựng xã hội học tập vào nghị quyết, kế hoạch phát triển kinh tế - xã hội hằng năm."
QT_STC = "Phối hợp với Sở Giáo dục và Đào tạo tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm."
QT_LD = "Phối hợp lồng ghép đào tạo nghề cho lao động nông thôn với hoạt động của Trung tâm học tập cộng đồng."
QT_TT = ["d) Sở Thông tin và Truyền thông, Báo Quảng Bình, Đài Phát thanh - Truyền hình Quảng Bình",
         "Mở chuyên mục “Cả nước thành một xã hội học tập”, phát sóng ít nhất 02 kỳ/tháng."]
QT_MT = ["đ) Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Tỉnh Đoàn, Hội Liên hiệp Phụ nữ tỉnh",
         "Phối hợp tuyên truyền, vận động hội viên, đoàn viên tham gia học tập suốt đời và xây dựng “Gia đình học tập”."]
QT_2025 = "75% hộ gia đình được công nhận danh hiệu “Gia đình học tập”; 40% dòng họ được công nhận danh hiệu “Dòng họ học tập”."
QT_2030 = "85% hộ gia đình được công nhận danh hiệu “Gia đình học tập”; 60% dòng họ được công nhận danh hiệu “Dòng họ học tập”."
QT_2030b = "70% Trung tâm học tập cộng đồng được xếp loại tốt; 100% trường phổ thông có Ban Khuyến học."
QT_FUND = "Tổng kinh phí dự kiến giai đoạn 2024 - 2030 là 8.400 triệu đồng, gồm: ngân sách tỉnh giao Sở Giáo dục và Đào tạo 3.500 triệu đồng; kinh phí hoạt động của Hội Khuyến học tỉnh 1.400 triệu đồng; Quỹ Khuyến học tỉnh và nguồn xã hội hóa 3.500 triệu đồng."
QT_HB = "Hằng năm Quỹ Khuyến học tỉnh dành tối thiểu 500 triệu đồng cấp học bổng “Tiếp sức đến trường”."
QT_15 = "Ngân sách cấp huyện, cấp xã bố trí theo phân cấp, bảo đảm hỗ trợ mỗi Trung tâm học tập cộng đồng tối thiểu 15 triệu đồng/năm."
QT_CSDL = "Xây dựng cơ sở dữ liệu “Gia đình học tập”, “Dòng họ học tập” dùng chung giữa ngành Giáo dục và Hội Khuyến học, hoàn thành trong quý IV/2025."
QT_SK = "Sơ kết 03 năm thực hiện Kế hoạch liên tịch vào quý IV/2026; tổng kết vào quý IV/2030."
QT_TUAN = "Tổ chức hưởng ứng “Tuần lễ hưởng ứng học tập suốt đời” hằng năm vào tháng 10 tại 100% huyện, thị xã, thành phố."
QT_CC = ["Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”;",
         "Căn cứ Chương trình phối hợp số 07/CTPH-BGDĐT-HKHVN ngày 15/3/2022 giữa Bộ Giáo dục và Đào tạo và Trung ương Hội Khuyến học Việt Nam",
         "Căn cứ Kế hoạch số 186/KH-UBND ngày 14/10/2021 của Ủy ban nhân dân tỉnh Quảng Bình",
         "Căn cứ Nghị quyết Đại hội đại biểu Hội Khuyến học tỉnh Quảng Bình lần thứ VI, nhiệm kỳ 2021 - 2026,"]
QT_TT44 = "Thực hiện đánh giá, công nhận “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” cấp thôn theo Thông tư số 44/2014/TT-BGDĐT ngày 12/12/2014 của Bộ Giáo dục và Đào tạo."
QT_MD = ["Tăng cường sự phối hợp giữa ngành Giáo dục và Hội Khuyến học các cấp trong xây dựng xã hội học tập, tạo cơ hội học tập suốt đời cho mọi người dân trên địa bàn tỉnh.",
         "Nâng cao chất lượng hoạt động của Trung tâm học tập cộng đồng và các mô hình “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập”, “Đơn vị học tập”.",
         "Huy động nguồn lực xã hội cho công tác khuyến học, khuyến tài, hỗ trợ học sinh có hoàn cảnh khó khăn được đến trường."]
QT_YC = ["Việc phối hợp bảo đảm chặt chẽ, thường xuyên, đúng chức năng, nhiệm vụ của mỗi bên, không chồng chéo.",
         "Hằng năm hai bên thống nhất chương trình công tác phối hợp, đánh giá kết quả và rút kinh nghiệm vào tháng 12."]
QT_III2 = ["2. Nâng cao hiệu quả hoạt động của Trung tâm học tập cộng đồng",
           "Kiện toàn Ban Giám đốc Trung tâm học tập cộng đồng, trong đó Chủ tịch Hội Khuyến học cấp xã tham gia Ban Giám đốc.",
           "Bồi dưỡng nghiệp vụ cho 100% cán bộ quản lý Trung tâm học tập cộng đồng trong giai đoạn 2024 - 2026."]
QT_III4 = ["4. Phát triển Quỹ khuyến học và học bổng",
           "Vận động doanh nghiệp, nhà hảo tâm, người Quảng Bình xa quê đóng góp Quỹ Khuyến học các cấp.",
           "Cấp học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn, ưu tiên học sinh vùng đồng bào dân tộc thiểu số huyện Minh Hóa và huyện Tuyên Hóa."]
QT_III5 = ["5. Ứng dụng công nghệ thông tin, chuyển đổi số", QT_CSDL,
           "Phổ biến học liệu số, khóa học trực tuyến mở cho người dân tại Trung tâm học tập cộng đồng."]

GM_VHXH = "1. Công chức Văn hóa - Xã hội xã: là cơ quan thường trực, tham mưu Ủy ban nhân dân xã triển khai Kế hoạch; tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện Bố Trạch (qua Phòng Giáo dục và Đào tạo) trước ngày 05/12 hằng năm."
GM_TT = "2. Trung tâm học tập cộng đồng xã: xây dựng kế hoạch hoạt động hằng năm trước ngày 15/01; tổ chức các lớp chuyên đề, quản lý điểm học tập số của xã."
GM_HKH = "3. Hội Khuyến học xã: chủ trì bình xét “Gia đình học tập”, “Dòng họ học tập”; vận động Quỹ khuyến học xã, trao thưởng cho học sinh giỏi vào dịp tổng kết năm học."
GM_TRUONG = "4. Trường Mầm non Hải Trạch, Trường Tiểu học Hải Trạch và Trường THCS Hải Trạch: phối hợp với Chi hội khuyến học các thôn vận động học sinh bỏ học trở lại lớp; cho Trung tâm học tập cộng đồng mượn phòng học vào buổi tối."
GM_TCKT = "5. Công chức Tài chính - Kế toán xã: tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách xã hằng năm; hướng dẫn thanh quyết toán theo quy định."
GM_DAI = "6. Đài Truyền thanh xã: duy trì chuyên mục “Học tập suốt đời” 02 lần/tuần; đưa tin về các gương gia đình, dòng họ hiếu học."
GM_YT = "7. Trạm Y tế xã: phối hợp với Trung tâm học tập cộng đồng mở lớp chăm sóc sức khỏe người cao tuổi, dinh dưỡng trẻ em ít nhất 02 lớp/năm."
GM_CA = "8. Công an xã: phối hợp tuyên truyền pháp luật về an ninh trật tự, phòng chống ma túy tại Trung tâm học tập cộng đồng."
GM_QS = "9. Ban Chỉ huy Quân sự xã: phối hợp hướng dẫn kỹ năng phòng chống thiên tai, tìm kiếm cứu nạn cho người dân các thôn ven biển."
GM_MT = ["10. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể: Hội Liên hiệp Phụ nữ xã, Hội Nông dân xã, Đoàn Thanh niên xã",
         "vận động hội viên, đoàn viên tham gia học tập tại Trung tâm học tập cộng đồng; Hội Nông dân xã phối hợp mở lớp trồng rau trên cát."]
GM_THON = "11. Trưởng các thôn: phối hợp với Chi hội khuyến học thôn bình xét danh hiệu học tập; vận động người dân tham gia các lớp chuyên đề."
GM_FUND = "Tổng kinh phí thực hiện giai đoạn 2024 - 2026 là 186 triệu đồng, gồm: ngân sách xã 96 triệu đồng; Hội Khuyến học xã vận động 60 triệu đồng; nguồn xã hội hóa khác 30 triệu đồng."
GM_F20 = ["Hằng năm ngân sách xã hỗ trợ Trung tâm học tập cộng đồng",
          "20 triệu đồng; riêng năm 2024 bổ sung 16 triệu đồng mua thiết bị cho điểm học tập số."]
GM_BGD = ["Kiện toàn Ban Giám đốc Trung tâm học tập cộng đồng xã trước ngày 31/5/2024; Chủ tịch Hội Khuyến học xã làm Phó Giám đốc."]
GM_LOP = "Mở các lớp chuyên đề trồng rau trên cát, nuôi tôm trên cát, chăn nuôi bò, phòng chống thiên tai theo nhu cầu của người dân."
GM_SO = "Thiết lập điểm học tập số tại Trung tâm học tập cộng đồng xã trong quý III/2024; mỗi năm bổ sung ít nhất 02 tủ sách cộng đồng ở các thôn."
GM_BX = "Bình xét “Gia đình học tập”, “Dòng họ học tập” ở 7 thôn vào tháng 11 hằng năm; xét công nhận “Cộng đồng học tập” cấp thôn trước ngày 15/12 hằng năm."
GM_TUAN = "Phát thanh chuyên mục “Học tập suốt đời” trên Đài Truyền thanh xã 02 lần/tuần; treo băng rôn, khẩu hiệu tại 7 thôn trong “Tuần lễ hưởng ứng học tập suốt đời” tháng 10 hằng năm."
GM_BC = "Trên 95% người trong độ tuổi từ 15 đến 60 đạt chuẩn biết chữ mức độ 2; duy trì xóa mù chữ cho người lớn tuổi ở thôn Tân Hải."
GM_CC = ["Căn cứ Kế hoạch liên tịch số 45/KHLT-SGDĐT-HKH ngày 18/3/2024 của Sở Giáo dục và Đào tạo và Hội Khuyến học tỉnh Quảng Bình",
         "Căn cứ Kế hoạch số 63/KH-UBND ngày 22/4/2024 của Ủy ban nhân dân huyện Bố Trạch",
         "Căn cứ Nghị quyết số 09/NQ-HĐND ngày 20/12/2023 của Hội đồng nhân dân xã Hải Trạch"]
GM_MD = ["Cụ thể hóa Kế hoạch của huyện Bố Trạch, tạo điều kiện cho mọi người dân trong xã được học tập thường xuyên, học tập suốt đời, nâng cao chất lượng cuộc sống và thu nhập của người dân vùng cát ven biển.",
         "Nâng cao hiệu quả hoạt động của Trung tâm học tập cộng đồng xã, phong trào khuyến học, khuyến tài ở các thôn.",
         "Phát huy vai trò của Hội Khuyến học xã, các Chi hội khuyến học thôn và các dòng họ trong việc động viên con em học tập, giữ vững kết quả phổ cập giáo dục, xóa mù chữ."]

Q = []


def q(typ, question, ev, answer, kf, history=None, probe=None, probe_docs=None):
    """ev: list of (doc, span)."""
    docs = []
    for d, _ in ev:
        if d not in docs:
            docs.append(d)
    Q.append({"id": f"u40-{len(Q) + 1:03d}", "question": question, "type": typ, "docs": docs,
              "evidence": [{"doc": d, "span": s} for d, s in ev], "answer": answer, "key_facts": kf,
              "history": history or [], "_probe": probe, "_probe_docs": probe_docs or ALL})


def H(*turns):
    out = []
    for k, t in enumerate(turns):
        out.append({"role": "user" if k % 2 == 0 else "assistant", "content": t})
    return out


def qt(*spans):
    return [(QT, s) for s in spans]


def gm(*spans):
    return [(GM, s) for s in spans]


# ------------------------------------------------------------------ agency_tasks
q("agency_tasks", "Theo Kế hoạch liên tịch 45 của tỉnh Quảng Bình, Sở Giáo dục và Đào tạo có những nhiệm vụ gì?", qt(*QT_SGD),
  "Theo mục V.1.a (Trách nhiệm của ngành Giáo dục), Sở Giáo dục và Đào tạo: (1) là đầu mối của ngành Giáo dục, chủ trì, phối hợp với Hội Khuyến học tỉnh triển khai Kế hoạch liên tịch; (2) ban hành văn bản hướng dẫn thực hiện Kế hoạch đến các Phòng Giáo dục và Đào tạo, đơn vị trực thuộc trước ngày 30/5/2024; (3) tổng hợp kết quả phối hợp, báo cáo UBND tỉnh và Bộ Giáo dục và Đào tạo trước ngày 10/12 hằng năm.",
  ["đầu mối của ngành Giáo dục", "30/5/2024", "10/12"])
q("agency_tasks", "Phòng Giáo dục và Đào tạo các huyện được giao làm gì trong kế hoạch liên tịch giữa Sở GD&ĐT và Hội Khuyến học tỉnh Quảng Bình?", qt(*QT_PGD),
  "Mục V.1.b giao Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố: tham mưu UBND cấp huyện ban hành kế hoạch thực hiện trước ngày 30/6/2024; phối hợp với Hội Khuyến học cấp huyện hướng dẫn hoạt động của Trung tâm học tập cộng đồng và đánh giá, xếp loại hằng năm.",
  ["30/6/2024", "Hội Khuyến học cấp huyện", "đánh giá, xếp loại hằng năm"])
q("agency_tasks", "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên các huyện có trách nhiệm gì theo KHLT 45/KHLT-SGDĐT-HKH?",
  qt("c) Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên các huyện", QT_GDNN),
  "Theo mục V.1.c, Trung tâm GDNN-GDTX các huyện phối hợp với Trung tâm học tập cộng đồng mở các lớp xóa mù chữ, bổ túc văn hóa, đào tạo nghề ngắn hạn cho người lao động nông thôn.",
  ["xóa mù chữ", "bổ túc văn hóa", "đào tạo nghề ngắn hạn"])
q("agency_tasks", "Kế hoạch liên tịch của Quảng Bình yêu cầu các trường mầm non, phổ thông làm gì?", qt("d) Các trường mầm non, phổ thông", QT_TRUONG),
  "Mục V.1.d: các trường mầm non, phổ thông thành lập, củng cố Ban Khuyến học nhà trường; phối hợp với Chi hội khuyến học thôn, tổ dân phố vận động học sinh bỏ học trở lại lớp.",
  ["Ban Khuyến học nhà trường", "bỏ học trở lại lớp"])
q("agency_tasks", "Hội Khuyến học tỉnh Quảng Bình có những nhiệm vụ gì trong Kế hoạch liên tịch số 45?", qt(*QT_HKH),
  "Theo mục V.2.a (Trách nhiệm của Hội Khuyến học các cấp), Hội Khuyến học tỉnh: là đầu mối của Hội, chủ trì phối hợp với Sở Giáo dục và Đào tạo chỉ đạo Hội Khuyến học các cấp thực hiện Kế hoạch; chủ trì hướng dẫn đánh giá, công nhận các danh hiệu “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập”; vận động Quỹ Khuyến học tỉnh, tổ chức trao học bổng “Tiếp sức đến trường” vào dịp khai giảng năm học.",
  ["đầu mối của Hội", "Cộng đồng học tập", "Tiếp sức đến trường"])
q("agency_tasks", "Hội Khuyến học cấp huyện ở Quảng Bình phải làm gì theo kế hoạch liên tịch?", qt("b) Hội Khuyến học cấp huyện", QT_HKH_H),
  "Mục V.2.b: Hội Khuyến học cấp huyện chỉ đạo Hội Khuyến học cấp xã tham gia Ban Giám đốc Trung tâm học tập cộng đồng; tổng hợp kết quả công nhận các danh hiệu học tập, báo cáo Hội Khuyến học tỉnh trước ngày 25/11 hằng năm.",
  ["Ban Giám đốc Trung tâm học tập cộng đồng", "25/11"])
q("agency_tasks", "Sở Tài chính Quảng Bình có nhiệm vụ gì trong KHLT 45?", qt("3. Trách nhiệm phối hợp", "b) Sở Tài chính", QT_STC),
  "Sở Tài chính nằm ở mục V.3 (Trách nhiệm phối hợp), điểm b: phối hợp với Sở Giáo dục và Đào tạo tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm.",
  ["Trách nhiệm phối hợp", "dự toán ngân sách hằng năm"])
q("agency_tasks", "Sở Lao động - Thương binh và Xã hội được phân công gì trong kế hoạch liên tịch xây dựng xã hội học tập tỉnh Quảng Bình?", qt("c) Sở Lao động - Thương binh và Xã hội", QT_LD),
  "Mục V.3.c: Sở Lao động - Thương binh và Xã hội phối hợp lồng ghép đào tạo nghề cho lao động nông thôn với hoạt động của Trung tâm học tập cộng đồng.",
  ["đào tạo nghề cho lao động nông thôn"])
q("agency_tasks", "Trong kế hoạch xây dựng xã hội học tập của xã Hải Trạch, công chức Văn hóa - Xã hội làm gì?", gm(GM_VHXH),
  "Mục V.1: công chức Văn hóa - Xã hội xã là cơ quan thường trực, tham mưu UBND xã triển khai Kế hoạch; tổng hợp kết quả, báo cáo UBND huyện Bố Trạch (qua Phòng Giáo dục và Đào tạo) trước ngày 05/12 hằng năm.",
  ["cơ quan thường trực", "05/12"])
q("agency_tasks", "Trung tâm học tập cộng đồng xã Hải Trạch có nhiệm vụ gì theo mục Tổ chức thực hiện?", gm(GM_TT),
  "Mục V.2: Trung tâm học tập cộng đồng xã xây dựng kế hoạch hoạt động hằng năm trước ngày 15/01; tổ chức các lớp chuyên đề, quản lý điểm học tập số của xã.",
  ["15/01", "điểm học tập số"])
q("agency_tasks", "Trạm Y tế xã Hải Trạch được giao việc gì trong kế hoạch xã hội học tập?", gm(GM_YT),
  "Mục V.7: Trạm Y tế xã phối hợp với Trung tâm học tập cộng đồng mở lớp chăm sóc sức khỏe người cao tuổi, dinh dưỡng trẻ em ít nhất 02 lớp/năm.",
  ["người cao tuổi", "dinh dưỡng trẻ em", "02 lớp/năm"])
q("agency_tasks", "Ban Chỉ huy Quân sự xã Hải Trạch có nhiệm vụ gì?", gm(GM_QS),
  "Mục V.9: Ban Chỉ huy Quân sự xã phối hợp hướng dẫn kỹ năng phòng chống thiên tai, tìm kiếm cứu nạn cho người dân các thôn ven biển.",
  ["phòng chống thiên tai", "tìm kiếm cứu nạn"])
q("agency_tasks", "Hội Nông dân xã Hải Trạch được phân công gì trong kế hoạch?", gm(*GM_MT),
  "Hội Nông dân xã được nêu trong mục V.10 (đề nghị Ủy ban MTTQ Việt Nam xã và các đoàn thể): cùng Hội Liên hiệp Phụ nữ xã, Đoàn Thanh niên xã vận động hội viên, đoàn viên tham gia học tập tại Trung tâm học tập cộng đồng; riêng Hội Nông dân xã phối hợp mở lớp trồng rau trên cát.",
  ["vận động hội viên", "trồng rau trên cát"])
q("agency_tasks", "Đài Truyền thanh xã Hải Trạch phải làm gì?", gm(GM_DAI),
  "Mục V.6: Đài Truyền thanh xã duy trì chuyên mục “Học tập suốt đời” 02 lần/tuần; đưa tin về các gương gia đình, dòng họ hiếu học.",
  ["02 lần/tuần", "dòng họ hiếu học"])

# ------------------------------------------------------------------ target
q("target", "Theo Bảng 1 của Kế hoạch liên tịch 45 Quảng Bình, đến năm 2030 tỷ lệ cơ quan, đơn vị đạt “Đơn vị học tập” ở cấp huyện là bao nhiêu?", qt(QT_R[1], QT_HEAD),
  "Bảng 1 (chỉ tiêu đến năm 2030 theo cấp), dòng 1: tỷ lệ cơ quan, đơn vị được công nhận “Đơn vị học tập” ở cấp huyện là 85% (cấp tỉnh 90%, cấp xã 80%).",
  ["85%"])
q("target", "Tỷ lệ tổ chức Hội Khuyến học xếp loại vững mạnh ở cấp xã mà KHLT Quảng Bình đặt ra đến 2030?", qt(QT_R[2], QT_HEAD),
  "Bảng 1, dòng 2: tổ chức Hội Khuyến học xếp loại vững mạnh đến năm 2030 đạt 85% ở cấp xã (cấp tỉnh và cấp huyện 100%).",
  ["85%", "100%"])
q("target", "Kế hoạch liên tịch của Quảng Bình đặt chỉ tiêu bồi dưỡng kỹ năng số cho cán bộ, công chức ở từng cấp thế nào?", qt(QT_R[3], QT_HEAD),
  "Bảng 1, dòng 3 (đến năm 2030): tỷ lệ cán bộ, công chức được bồi dưỡng kỹ năng số là 95% ở cấp tỉnh, 90% ở cấp huyện và 80% ở cấp xã.",
  ["95%", "90%", "80%"])
q("target", "Mỗi năm cấp huyện ở Quảng Bình phải tổ chức bao nhiêu lớp chuyên đề khuyến học, khuyến tài theo KHLT 45?", qt(QT_R[4], QT_HEAD),
  "Bảng 1, dòng 4: cấp huyện 04 lớp chuyên đề khuyến học, khuyến tài mỗi năm (cấp tỉnh 02; ô cấp xã để trống).",
  ["04", "02"])
q("target", "Chỉ tiêu “Gia đình học tập” của tỉnh Quảng Bình năm 2025 và năm 2030 trong kế hoạch liên tịch?", qt("a) Đến năm 2025:", QT_2025, "b) Đến năm 2030:", QT_2030),
  "Mục II.2: đến năm 2025 có 75% hộ gia đình được công nhận “Gia đình học tập” (và 40% dòng họ đạt “Dòng họ học tập”); đến năm 2030 là 85% hộ gia đình (và 60% dòng họ).",
  ["75%", "85%"])
q("target", "Đến năm 2030, KHLT 45 Quảng Bình muốn bao nhiêu Trung tâm học tập cộng đồng được xếp loại tốt?", qt("b) Đến năm 2030:", QT_2030b, QT_R[6]),
  "Đến năm 2030, 70% Trung tâm học tập cộng đồng được xếp loại tốt (mục II.2.b; Bảng 1 ghi 70% ở cột cấp xã), kèm 100% trường phổ thông có Ban Khuyến học.",
  ["70%", "xếp loại tốt"])
q("target", "Xã Hải Trạch đặt chỉ tiêu bao nhiêu dòng họ đạt “Dòng họ học tập” năm 2025?", gm(GM_R[2], GM_HEAD),
  "Bảng 1 của KH 27/KH-UBND: năm 2025 có 14 dòng họ đạt “Dòng họ học tập” (năm 2024: 12; năm 2026: 16).",
  ["14"])
q("target", "Năm 2026 xã Hải Trạch phấn đấu bao nhiêu thôn đạt “Cộng đồng học tập”?", gm(GM_R[3], GM_HEAD),
  "Bảng 1: năm 2026 là 7/7 thôn đạt “Cộng đồng học tập” (2024: 4/7; 2025: 5/7).",
  ["7/7"])
q("target", "Số lớp chuyên đề tại Trung tâm học tập cộng đồng xã Hải Trạch năm 2026 là bao nhiêu?", gm(GM_R[5], GM_HEAD),
  "Bảng 1, dòng 5: 15 lớp chuyên đề năm 2026 (10 lớp năm 2024, 12 lớp năm 2025).",
  ["15"])
q("target", "Năm 2024 xã Hải Trạch phải có bao nhiêu tủ sách cộng đồng ở các thôn?", gm(GM_R[8], GM_HEAD),
  "Bảng 1, dòng 8 (phần bảng nằm ở trang sau): năm 2024 có 3 tủ sách cộng đồng ở các thôn (2025: 5; 2026: 7).",
  ["3", "tủ sách cộng đồng"])
q("target", "Chỉ tiêu về biết chữ của xã Hải Trạch là gì?", gm(GM_BC),
  "Kế hoạch đặt chỉ tiêu trên 95% người trong độ tuổi từ 15 đến 60 đạt chuẩn biết chữ mức độ 2; duy trì xóa mù chữ cho người lớn tuổi ở thôn Tân Hải.",
  ["Trên 95%", "15 đến 60", "mức độ 2"])
q("target", "Năm 2025 xã Hải Trạch đào tạo nghề ngắn hạn cho bao nhiêu người lao động?", gm(GM_R[4], GM_HEAD),
  "Bảng 1, dòng 4: năm 2025 có 80 người lao động được đào tạo nghề ngắn hạn (60 năm 2024, 100 năm 2026).",
  ["80"])

# ------------------------------------------------------------------ deadline
q("deadline", "Phòng GD&ĐT các huyện ở Quảng Bình phải tham mưu ban hành kế hoạch thực hiện KHLT 45 trước ngày nào?", qt(QT_PGD[1]),
  "Trước ngày 30/6/2024: Phòng Giáo dục và Đào tạo tham mưu UBND cấp huyện ban hành kế hoạch thực hiện (mục V.1.b).",
  ["30/6/2024"])
q("deadline", "Khi nào phải xây xong cơ sở dữ liệu Gia đình học tập, Dòng họ học tập dùng chung của Quảng Bình?", qt(QT_CSDL),
  "Cơ sở dữ liệu “Gia đình học tập”, “Dòng họ học tập” dùng chung giữa ngành Giáo dục và Hội Khuyến học phải hoàn thành trong quý IV/2025 (mục III.5).",
  ["quý IV/2025"])
q("deadline", "Kế hoạch liên tịch 45 của Quảng Bình được sơ kết, tổng kết vào lúc nào?", qt(QT_SK),
  "Mục V.4: sơ kết 03 năm thực hiện Kế hoạch liên tịch vào quý IV/2026; tổng kết vào quý IV/2030.",
  ["quý IV/2026", "quý IV/2030"])
q("deadline", "Hội Khuyến học cấp huyện báo cáo kết quả công nhận danh hiệu học tập lên tỉnh hạn chót là ngày nào?", qt(QT_HKH_H),
  "Trước ngày 25/11 hằng năm, Hội Khuyến học cấp huyện tổng hợp kết quả công nhận các danh hiệu học tập, báo cáo Hội Khuyến học tỉnh (mục V.2.b).",
  ["25/11"])
q("deadline", "Xã Hải Trạch phải kiện toàn Ban Giám đốc Trung tâm học tập cộng đồng trước ngày nào?", gm(*GM_BGD),
  "Trước ngày 31/5/2024 (mục III.2); Chủ tịch Hội Khuyến học xã làm Phó Giám đốc.",
  ["31/5/2024"])
q("deadline", "Điểm học tập số của xã Hải Trạch phải hoàn thành khi nào?", gm(GM_SO),
  "Điểm học tập số tại Trung tâm học tập cộng đồng xã phải hoàn thành trong quý III/2024 (mục III.4).",
  ["quý III/2024"])
q("deadline", "Việc xét công nhận “Cộng đồng học tập” cấp thôn ở Hải Trạch làm trước ngày nào?", gm(GM_BX),
  "Xét công nhận “Cộng đồng học tập” cấp thôn trước ngày 15/12 hằng năm; việc bình xét “Gia đình học tập”, “Dòng họ học tập” ở 7 thôn làm vào tháng 11 hằng năm.",
  ["15/12", "tháng 11"])

# ------------------------------------------------------------------ funding
q("funding", "Tổng kinh phí của Kế hoạch liên tịch 45 Quảng Bình giai đoạn 2024 - 2030 là bao nhiêu và từ những nguồn nào?", qt(QT_FUND),
  "8.400 triệu đồng, gồm: ngân sách tỉnh giao Sở Giáo dục và Đào tạo 3.500 triệu đồng; kinh phí hoạt động của Hội Khuyến học tỉnh 1.400 triệu đồng; Quỹ Khuyến học tỉnh và nguồn xã hội hóa 3.500 triệu đồng.",
  ["8.400 triệu đồng", "3.500 triệu đồng", "1.400 triệu đồng"])
q("funding", "Mỗi năm Quỹ Khuyến học tỉnh Quảng Bình dành bao nhiêu tiền cho học bổng Tiếp sức đến trường?", qt(QT_HB),
  "Tối thiểu 500 triệu đồng mỗi năm cho học bổng “Tiếp sức đến trường” (mục IV).",
  ["500 triệu đồng"])
q("funding", "Theo KHLT Quảng Bình, mỗi Trung tâm học tập cộng đồng được hỗ trợ tối thiểu bao nhiêu một năm và ai bố trí?", qt(QT_15),
  "Ngân sách cấp huyện, cấp xã bố trí theo phân cấp, bảo đảm hỗ trợ mỗi Trung tâm học tập cộng đồng tối thiểu 15 triệu đồng/năm.",
  ["15 triệu đồng/năm", "cấp huyện, cấp xã"])
q("funding", "Kế hoạch xây dựng xã hội học tập xã Hải Trạch 2024 - 2026 cần tổng cộng bao nhiêu kinh phí?", gm(GM_FUND),
  "Tổng kinh phí 186 triệu đồng, gồm: ngân sách xã 96 triệu đồng; Hội Khuyến học xã vận động 60 triệu đồng; nguồn xã hội hóa khác 30 triệu đồng.",
  ["186 triệu đồng", "96 triệu đồng", "60 triệu đồng", "30 triệu đồng"])
q("funding", "Ngân sách xã Hải Trạch hỗ trợ Trung tâm học tập cộng đồng bao nhiêu mỗi năm?", gm(*GM_F20),
  "Hằng năm ngân sách xã hỗ trợ Trung tâm học tập cộng đồng 20 triệu đồng; riêng năm 2024 bổ sung 16 triệu đồng mua thiết bị cho điểm học tập số.",
  ["20 triệu đồng", "16 triệu đồng"])
q("funding", "Hội Khuyến học xã Hải Trạch phải vận động được bao nhiêu tiền cho kế hoạch?", gm(GM_FUND),
  "60 triệu đồng trong tổng 186 triệu đồng của giai đoạn 2024 - 2026.",
  ["60 triệu đồng"])

# ------------------------------------------------------------------ legal_basis
q("legal_basis", "Kế hoạch liên tịch 45/KHLT-SGDĐT-HKH của Quảng Bình căn cứ vào những văn bản nào?", qt(*QT_CC),
  "Bốn căn cứ: Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ; Chương trình phối hợp số 07/CTPH-BGDĐT-HKHVN ngày 15/3/2022 giữa Bộ Giáo dục và Đào tạo và Trung ương Hội Khuyến học Việt Nam; Kế hoạch số 186/KH-UBND ngày 14/10/2021 của UBND tỉnh Quảng Bình; Nghị quyết Đại hội đại biểu Hội Khuyến học tỉnh Quảng Bình lần thứ VI, nhiệm kỳ 2021 - 2026.",
  ["1373/QĐ-TTg", "07/CTPH-BGDĐT-HKHVN", "186/KH-UBND", "lần thứ VI"])
q("legal_basis", "Kế hoạch 27/KH-UBND của xã Hải Trạch được ban hành căn cứ những văn bản nào?", gm(*GM_CC),
  "Ba căn cứ: Kế hoạch liên tịch số 45/KHLT-SGDĐT-HKH ngày 18/3/2024 của Sở GD&ĐT và Hội Khuyến học tỉnh Quảng Bình; Kế hoạch số 63/KH-UBND ngày 22/4/2024 của UBND huyện Bố Trạch; Nghị quyết số 09/NQ-HĐND ngày 20/12/2023 của HĐND xã Hải Trạch.",
  ["45/KHLT-SGDĐT-HKH", "63/KH-UBND", "09/NQ-HĐND"])
q("legal_basis", "Việc công nhận Gia đình học tập, Dòng họ học tập cấp thôn ở Quảng Bình thực hiện theo thông tư nào?", qt(QT_TT44),
  "Theo Thông tư số 44/2014/TT-BGDĐT ngày 12/12/2014 của Bộ Giáo dục và Đào tạo (mục III.3).",
  ["44/2014/TT-BGDĐT"])
q("legal_basis", "Kế hoạch của huyện Bố Trạch mà xã Hải Trạch dựa vào có số và ngày ban hành thế nào?", gm(GM_CC[1]),
  "Kế hoạch số 63/KH-UBND ngày 22/4/2024 của UBND huyện Bố Trạch (về xây dựng xã hội học tập trên địa bàn huyện giai đoạn 2024 - 2026).",
  ["63/KH-UBND", "22/4/2024"])

# ------------------------------------------------------------------ purpose
q("purpose", "Mục đích của Kế hoạch liên tịch giữa Sở GD&ĐT và Hội Khuyến học tỉnh Quảng Bình là gì?", qt(*QT_MD),
  "Mục I.1: tăng cường phối hợp giữa ngành Giáo dục và Hội Khuyến học các cấp trong xây dựng xã hội học tập, tạo cơ hội học tập suốt đời cho mọi người dân; nâng cao chất lượng hoạt động của Trung tâm học tập cộng đồng và các mô hình “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập”, “Đơn vị học tập”; huy động nguồn lực xã hội cho khuyến học, khuyến tài, hỗ trợ học sinh có hoàn cảnh khó khăn được đến trường.",
  ["học tập suốt đời", "Đơn vị học tập", "huy động nguồn lực xã hội"])
q("purpose", "Kế hoạch xây dựng xã hội học tập xã Hải Trạch nhằm mục đích gì?", gm(*GM_MD),
  "Mục I.1: cụ thể hóa Kế hoạch của huyện Bố Trạch, tạo điều kiện cho mọi người dân được học tập thường xuyên, suốt đời, nâng cao chất lượng cuộc sống và thu nhập của người dân vùng cát ven biển; nâng cao hiệu quả Trung tâm học tập cộng đồng xã và phong trào khuyến học, khuyến tài ở các thôn; phát huy vai trò Hội Khuyến học xã, Chi hội khuyến học thôn và các dòng họ, giữ vững kết quả phổ cập giáo dục, xóa mù chữ.",
  ["vùng cát ven biển", "khuyến học, khuyến tài", "phổ cập giáo dục"])
q("purpose", "Kế hoạch liên tịch 45 của Quảng Bình đặt ra yêu cầu gì đối với việc phối hợp?", qt(*QT_YC),
  "Mục I.2: việc phối hợp bảo đảm chặt chẽ, thường xuyên, đúng chức năng, nhiệm vụ của mỗi bên, không chồng chéo; hằng năm hai bên thống nhất chương trình công tác phối hợp, đánh giá kết quả và rút kinh nghiệm vào tháng 12.",
  ["không chồng chéo", "tháng 12"])

# ------------------------------------------------------------------ task_section
q("task_section", "Mục III.2 của KHLT 45 Quảng Bình về Trung tâm học tập cộng đồng gồm những nội dung gì?", qt(*QT_III2),
  "Mục III.2 “Nâng cao hiệu quả hoạt động của Trung tâm học tập cộng đồng”: kiện toàn Ban Giám đốc Trung tâm, trong đó Chủ tịch Hội Khuyến học cấp xã tham gia Ban Giám đốc; bồi dưỡng nghiệp vụ cho 100% cán bộ quản lý Trung tâm trong giai đoạn 2024 - 2026.",
  ["Chủ tịch Hội Khuyến học cấp xã", "100%", "2024 - 2026"])
q("task_section", "Nhiệm vụ ứng dụng công nghệ thông tin, chuyển đổi số trong kế hoạch liên tịch Quảng Bình gồm những gì?", qt(*QT_III5),
  "Mục III.5: xây dựng cơ sở dữ liệu “Gia đình học tập”, “Dòng họ học tập” dùng chung giữa ngành Giáo dục và Hội Khuyến học, hoàn thành trong quý IV/2025; phổ biến học liệu số, khóa học trực tuyến mở cho người dân tại Trung tâm học tập cộng đồng.",
  ["cơ sở dữ liệu", "quý IV/2025", "khóa học trực tuyến mở"])
q("task_section", "Phần củng cố Trung tâm học tập cộng đồng trong kế hoạch xã Hải Trạch có những việc gì?", gm("2. Củng cố Trung tâm học tập cộng đồng xã", *GM_BGD, GM_LOP),
  "Mục III.2: kiện toàn Ban Giám đốc Trung tâm học tập cộng đồng xã trước ngày 31/5/2024 (Chủ tịch Hội Khuyến học xã là Phó Giám đốc); mở các lớp chuyên đề trồng rau trên cát, nuôi tôm trên cát, chăn nuôi bò, phòng chống thiên tai theo nhu cầu người dân.",
  ["31/5/2024", "nuôi tôm trên cát", "chăn nuôi bò"])
q("task_section", "Mục phát triển điểm học tập số và tủ sách cộng đồng của Hải Trạch yêu cầu gì?", gm("4. Phát triển điểm học tập số và tủ sách cộng đồng", GM_SO),
  "Mục III.4: thiết lập điểm học tập số tại Trung tâm học tập cộng đồng xã, hoàn thành trong quý III/2024; mỗi năm bổ sung ít nhất 02 tủ sách cộng đồng ở các thôn.",
  ["quý III/2024", "ít nhất 02 tủ sách"])
q("task_section", "Giải pháp phát triển Quỹ khuyến học và học bổng của KHLT Quảng Bình là gì?", qt(*QT_III4),
  "Mục III.4: vận động doanh nghiệp, nhà hảo tâm, người Quảng Bình xa quê đóng góp Quỹ Khuyến học các cấp; cấp học bổng “Tiếp sức đến trường” cho học sinh có hoàn cảnh khó khăn, ưu tiên học sinh vùng đồng bào dân tộc thiểu số huyện Minh Hóa và huyện Tuyên Hóa.",
  ["người Quảng Bình xa quê", "Tiếp sức đến trường", "Minh Hóa"])

# ------------------------------------------------------------------ cross_plan
q("cross_plan", "So sánh chỉ tiêu Gia đình học tập năm 2025 của tỉnh Quảng Bình (KHLT 45) và của xã Hải Trạch.", qt(QT_2025) + gm(GM_R[1], GM_HEAD),
  "Bằng nhau: KHLT 45 của tỉnh đặt 75% hộ gia đình được công nhận “Gia đình học tập” đến năm 2025; Bảng 1 của xã Hải Trạch cũng ghi 75% cho năm 2025 (70% năm 2024, 80% năm 2026).",
  ["75%", "80%"])
q("cross_plan", "Mức hỗ trợ Trung tâm học tập cộng đồng mỗi năm: KHLT Quảng Bình quy định tối thiểu bao nhiêu, và xã Hải Trạch bố trí bao nhiêu?", qt(QT_15) + gm(*GM_F20),
  "KHLT 45 yêu cầu ngân sách cấp huyện, cấp xã hỗ trợ mỗi Trung tâm tối thiểu 15 triệu đồng/năm; xã Hải Trạch hằng năm hỗ trợ 20 triệu đồng (năm 2024 bổ sung thêm 16 triệu đồng cho điểm học tập số), tức cao hơn mức tối thiểu.",
  ["15 triệu đồng/năm", "20 triệu đồng"])
q("cross_plan", "Kế hoạch của xã Hải Trạch căn cứ kế hoạch liên tịch nào của tỉnh, và kế hoạch liên tịch đó do ai ký?", gm(GM_CC[0]) + qt(QT_SIGN_HKH, QT_SIGN_SGD),
  "Xã Hải Trạch căn cứ Kế hoạch liên tịch số 45/KHLT-SGDĐT-HKH ngày 18/3/2024 của Sở GD&ĐT và Hội Khuyến học tỉnh Quảng Bình. Kế hoạch liên tịch đó có hai chữ ký: Nguyễn Thị Thu Sương (TM. Ban Thường vụ Hội Khuyến học tỉnh, Chủ tịch) và Phan Văn Khánh (Giám đốc Sở Giáo dục và Đào tạo).",
  ["45/KHLT-SGDĐT-HKH", "Nguyễn Thị Thu Sương", "Phan Văn Khánh"])
q("cross_plan", "Kế hoạch xã hội học tập của Huế và kế hoạch liên tịch của Quảng Bình do ai ký?", [(HUE, "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Thanh Bình")] + qt(QT_SIGN_HKH, QT_SIGN_SGD),
  "Kế hoạch của thành phố Huế do Phó Chủ tịch Nguyễn Thanh Bình ký (TM. UBND, KT. Chủ tịch). Kế hoạch liên tịch 45 của Quảng Bình có hai người ký ngang hàng: Nguyễn Thị Thu Sương (Chủ tịch Hội Khuyến học tỉnh, TM. Ban Thường vụ) và Phan Văn Khánh (Giám đốc Sở Giáo dục và Đào tạo).",
  ["Nguyễn Thanh Bình", "Nguyễn Thị Thu Sương", "Phan Văn Khánh"])
q("cross_plan", "Cơ quan nào ban hành kế hoạch năm 2024 của Cần Thơ, và cơ quan nào ban hành kế hoạch liên tịch 45 của Quảng Bình?",
  [(CANTHO, "Số: 74 /KH-BCĐ"), (CANTHO, "Ban Chỉ đạo Xây dựng xã hội học tập - Xóa mù chữ - Phổ cập giáo dục thành phố Cần Thơ giai đoạn 2021 - 2030")] + qt(QT_ISSUERS, QT_NO),
  "Kế hoạch số 74/KH-BCĐ của Cần Thơ do Ban Chỉ đạo Xây dựng xã hội học tập - Xóa mù chữ - Phổ cập giáo dục thành phố Cần Thơ ban hành; Kế hoạch liên tịch số 45/KHLT-SGDĐT-HKH của Quảng Bình do hai cơ quan cùng ban hành: Sở Giáo dục và Đào tạo tỉnh Quảng Bình và Hội Khuyến học tỉnh Quảng Bình.",
  ["Ban Chỉ đạo", "45/KHLT-SGDĐT-HKH", "Sở Giáo dục và Đào tạo", "Hội Khuyến học tỉnh Quảng Bình"])
q("cross_plan", "Kế hoạch của xã Hải Trạch và kế hoạch của huyện Mỹ Lộc thực hiện kế hoạch cấp trên nào?", gm(GM_CC[1]) + [(MYLOC, "Thực hiện Kế hoạch số 145/KH- UBND ngày 23/12//2021 của UBND tỉnh Nam Định")],
  "Xã Hải Trạch căn cứ Kế hoạch số 63/KH-UBND ngày 22/4/2024 của UBND huyện Bố Trạch (cùng KHLT 45 của tỉnh Quảng Bình); huyện Mỹ Lộc thực hiện Kế hoạch số 145/KH-UBND ngày 23/12/2021 của UBND tỉnh Nam Định.",
  ["63/KH-UBND", "145/KH", "Nam Định"])

# ------------------------------------------------------------------ no_diacritics
q("no_diacritics", "ke hoach lien tich 45 quang binh do nhung co quan nao ban hanh", qt(QT_ISSUERS, QT_NO),
  "Hai cơ quan cùng ban hành: Sở Giáo dục và Đào tạo tỉnh Quảng Bình và Hội Khuyến học tỉnh Quảng Bình (Số: 45/KHLT-SGDĐT-HKH).",
  ["Sở Giáo dục và Đào tạo", "Hội Khuyến học tỉnh Quảng Bình"])
q("no_diacritics", "ai ky ke hoach xay dung xa hoi hoc tap xa hai trach", gm(GM_SIGN),
  "Chủ tịch UBND xã Hải Trạch Võ Văn Hạnh ký (TM. Ủy ban nhân dân, CHỦ TỊCH).",
  ["Võ Văn Hạnh", "CHỦ TỊCH"])
q("no_diacritics", "so va ngay ban hanh ke hoach lien tich xhht tinh quang binh", qt(QT_NO, QT_DATE),
  "Số: 45/KHLT-SGDĐT-HKH, ngày 18 tháng 3 năm 2024.",
  ["45/KHLT-SGDĐT-HKH", "18 tháng 3 năm 2024"])
q("no_diacritics", "cong an xa hai trach lam gi trong ke hoach xa hoi hoc tap", gm(GM_CA),
  "Công an xã phối hợp tuyên truyền pháp luật về an ninh trật tự, phòng chống ma túy tại Trung tâm học tập cộng đồng (mục V.8).",
  ["an ninh trật tự", "ma túy"])
q("no_diacritics", "chi tieu hoc sinh bo hoc tro lai lop hai trach nam 2026", gm(GM_R[7], GM_HEAD),
  "Bảng 1, dòng 7: 100% học sinh bỏ học được vận động trở lại lớp (năm 2026, như năm 2024 và 2025).",
  ["100%"])
q("no_diacritics", "hoi khuyen hoc cap xa o quang binh co nhiem vu gi theo khlt 45", qt("c) Hội Khuyến học cấp xã và các Chi hội khuyến học", QT_HKH_X),
  "Mục V.2.c: Hội Khuyến học cấp xã và các Chi hội khuyến học phối hợp với Trung tâm học tập cộng đồng tổ chức các lớp chuyên đề; bình xét “Gia đình học tập”, “Dòng họ học tập” ở thôn, tổ dân phố.",
  ["lớp chuyên đề", "tổ dân phố"])

# ------------------------------------------------------------------ abbreviation
q("abbreviation", "KHLT 45 QB: TT GDNN-GDTX các huyện có nv gì?", qt("c) Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên các huyện", QT_GDNN),
  "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên các huyện phối hợp với Trung tâm học tập cộng đồng mở lớp xóa mù chữ, bổ túc văn hóa, đào tạo nghề ngắn hạn cho người lao động nông thôn (mục V.1.c).",
  ["xóa mù chữ", "đào tạo nghề ngắn hạn"])
q("abbreviation", "Sở TT&TT, Báo QB, Đài PT-TH QB có nhiệm vụ gì theo KHLT 45?", qt(*QT_TT),
  "Mục V.3.d: Sở Thông tin và Truyền thông, Báo Quảng Bình, Đài Phát thanh - Truyền hình Quảng Bình mở chuyên mục “Cả nước thành một xã hội học tập”, phát sóng ít nhất 02 kỳ/tháng.",
  ["Cả nước thành một xã hội học tập", "02 kỳ/tháng"])
q("abbreviation", "TTHTCĐ xã H.Trạch: BGĐ kiện toàn trc ngày nào, ai làm PGĐ?", gm(*GM_BGD),
  "Ban Giám đốc Trung tâm học tập cộng đồng xã Hải Trạch kiện toàn trước ngày 31/5/2024; Chủ tịch Hội Khuyến học xã làm Phó Giám đốc.",
  ["31/5/2024", "Chủ tịch Hội Khuyến học xã"])
q("abbreviation", "UBMTTQ VN xã Hải Trạch và các đoàn thể (HLHPN, HND, ĐTN) được đề nghị làm gì?", gm(*GM_MT),
  "Mục V.10 đề nghị Ủy ban MTTQ Việt Nam xã và các đoàn thể (Hội Liên hiệp Phụ nữ xã, Hội Nông dân xã, Đoàn Thanh niên xã) vận động hội viên, đoàn viên tham gia học tập tại Trung tâm học tập cộng đồng; Hội Nông dân xã phối hợp mở lớp trồng rau trên cát.",
  ["vận động hội viên, đoàn viên", "trồng rau trên cát"])
q("abbreviation", "CC VH-XH xã H.Trạch bc UBND huyện trc ngày nào hằng năm?", gm(GM_VHXH),
  "Trước ngày 05/12 hằng năm: công chức Văn hóa - Xã hội tổng hợp kết quả, báo cáo UBND huyện Bố Trạch (qua Phòng Giáo dục và Đào tạo).",
  ["05/12", "Bố Trạch"])
q("abbreviation", "KHLT QB đề nghị UBND các huyện, TX, TP làm gì?", qt("a) Đề nghị Ủy ban nhân dân các huyện, thị xã, thành phố", QT_UBH),
  "Mục V.3.a đề nghị UBND các huyện, thị xã, thành phố chỉ đạo UBND cấp xã bố trí kinh phí, cơ sở vật chất cho Trung tâm học tập cộng đồng; đưa chỉ tiêu xây dựng xã hội học tập vào nghị quyết, kế hoạch phát triển kinh tế - xã hội hằng năm.",
  ["cơ sở vật chất", "kế hoạch phát triển kinh tế - xã hội"])

# ------------------------------------------------------------------ paraphrase
q("paraphrase", "Đến cuối thập kỷ này, Quảng Bình muốn bao nhiêu phần trăm dòng họ được công nhận là dòng họ hiếu học?", qt("b) Đến năm 2030:", QT_2030),
  "Đến năm 2030: 60% dòng họ được công nhận danh hiệu “Dòng họ học tập” (năm 2025: 40%).",
  ["60%"])
q("paraphrase", "Ở Hải Trạch, trẻ nghỉ học giữa chừng thì ai lo vận động các em quay lại trường?", gm(GM_TRUONG),
  "Trường Mầm non Hải Trạch, Trường Tiểu học Hải Trạch và Trường THCS Hải Trạch phối hợp với Chi hội khuyến học các thôn vận động học sinh bỏ học trở lại lớp (mục V.4).",
  ["Trường THCS Hải Trạch", "Chi hội khuyến học các thôn"])
q("paraphrase", "Học sinh nào được ưu tiên khi Quảng Bình trao học bổng cho các em khó khăn?", qt(QT_III4[2]),
  "Học bổng “Tiếp sức đến trường” cấp cho học sinh có hoàn cảnh khó khăn, ưu tiên học sinh vùng đồng bào dân tộc thiểu số huyện Minh Hóa và huyện Tuyên Hóa.",
  ["dân tộc thiểu số", "Minh Hóa", "Tuyên Hóa"])
q("paraphrase", "Bà con Hải Trạch được học những nghề gì ở trung tâm học tập của xã?", gm(GM_LOP),
  "Các lớp chuyên đề trồng rau trên cát, nuôi tôm trên cát, chăn nuôi bò, phòng chống thiên tai theo nhu cầu của người dân.",
  ["trồng rau trên cát", "nuôi tôm trên cát", "chăn nuôi bò"])

# ------------------------------------------------------------------ english
q("english", "Which bodies jointly issued Quang Binh's lifelong-learning plan No. 45/KHLT?", qt(QT_ISSUERS, QT_NO),
  "It is a joint plan (Số: 45/KHLT-SGDĐT-HKH) issued together by the provincial Department of Education and Training (Sở Giáo dục và Đào tạo tỉnh Quảng Bình) and the provincial Study Promotion Association (Hội Khuyến học tỉnh Quảng Bình).",
  ["45/KHLT-SGDĐT-HKH", "Sở Giáo dục và Đào tạo", "Hội Khuyến học tỉnh Quảng Bình"])
q("english", "Who signed the Quang Binh joint plan, and in what capacity?", qt(QT_SIGN_HKH, QT_SIGN_SGD),
  "Two signers side by side: Nguyễn Thị Thu Sương, “TM. BAN THƯỜNG VỤ HỘI KHUYẾN HỌC TỈNH / CHỦ TỊCH” (chair of the provincial Study Promotion Association), and Phan Văn Khánh, “GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO” (director of the Department of Education and Training).",
  ["Nguyễn Thị Thu Sương", "Phan Văn Khánh", "GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO"])
q("english", "What is the total budget of Hai Trach commune's learning-society plan for 2024-2026?", gm(GM_FUND),
  "186 million VND (“186 triệu đồng”): 96 million from the commune budget, 60 million mobilised by the commune Study Promotion Association and 30 million from other private sources.",
  ["186 triệu đồng", "96", "60", "30"])
q("english", "By when must Hai Trach set up its digital learning point?", gm(GM_SO),
  "Within the third quarter of 2024 (“trong quý III/2024”), at the commune's community learning centre.",
  ["quý III/2024"])
q("english", "Under Quang Binh's joint plan, what share of agencies and units at commune level should be recognised as 'learning units' by 2030?", qt(QT_R[1], QT_HEAD),
  "80% at commune level (Bảng 1, row 1; 90% at provincial level and 85% at district level).",
  ["80%"])
q("english", "How many community bookshelves should Hai Trach's villages have in 2026?", gm(GM_R[8], GM_HEAD),
  "7 (“Tủ sách cộng đồng ở các thôn”: 3 in 2024, 5 in 2025, 7 in 2026).",
  ["Tủ sách cộng đồng", "7"])
q("english", "What role does the commune's culture-society officer play in Hai Trach's plan?", gm(GM_VHXH),
  "The Công chức Văn hóa - Xã hội is the standing body (“cơ quan thường trực”): advises the commune People's Committee on implementation and reports results to the Bố Trạch district People's Committee before 05/12 each year.",
  ["cơ quan thường trực", "05/12"])
q("english", "Which district-level plan does Hai Trach's plan build on?", gm(GM_CC[1]),
  "Plan No. 63/KH-UBND of 22/4/2024 of the Bố Trạch district People's Committee.",
  ["63/KH-UBND", "22/4/2024"])
q("english", "What are the number and date of the Quang Binh joint plan?", qt(QT_NO, QT_DATE),
  "No. 45/KHLT-SGDĐT-HKH, dated 18 March 2024 (“ngày 18 tháng 3 năm 2024”).",
  ["45/KHLT-SGDĐT-HKH", "18 tháng 3 năm 2024"])
q("english", "Who signed Hai Trach commune's plan 27/KH-UBND?", gm(GM_SIGN, GM_NO),
  "Võ Văn Hạnh, as “CHỦ TỊCH” (chairman) on behalf of the commune People's Committee (TM. ỦY BAN NHÂN DÂN).",
  ["Võ Văn Hạnh", "CHỦ TỊCH"])
q("english", "How much does the provincial Study Promotion Fund set aside each year for scholarships in Quang Binh?", qt(QT_HB),
  "At least 500 million VND a year (“tối thiểu 500 triệu đồng”) for the “Tiếp sức đến trường” scholarships.",
  ["500 triệu đồng", "Tiếp sức đến trường"])
q("english", "What is Quang Binh's 2030 target for 'learning communities' at district level?", qt(QT_R[5], QT_HEAD),
  "50% at district level (Bảng 1, row 5); the commune-level target is 70%, and the provincial-level cell is left empty.",
  ["50%", "70%"])
q("english", "What does Hai Trach's health station have to do under the plan?", gm(GM_YT),
  "Trạm Y tế xã works with the community learning centre to run classes on elderly health care and child nutrition, at least 02 classes a year (“ít nhất 02 lớp/năm”).",
  ["Trạm Y tế xã", "02 lớp/năm"])
q("english", "When will the Quang Binh joint plan be reviewed mid-term and at the end?", qt(QT_SK),
  "A three-year review in Q4 2026 (“quý IV/2026”) and the final review in Q4 2030 (“quý IV/2030”).",
  ["quý IV/2026", "quý IV/2030"])

# ------------------------------------------------------------------ follow_up
h1 = H("Theo Bảng 1 của KHLT 45 Quảng Bình, tỷ lệ cơ quan, đơn vị đạt “Đơn vị học tập” ở cấp huyện đến 2030 là bao nhiêu?",
       "85% ở cấp huyện (Bảng 1, dòng 1).")
q("follow_up", "Còn cấp xã?", qt(QT_R[1], QT_HEAD), "Cấp xã: 80% cơ quan, đơn vị được công nhận “Đơn vị học tập” đến năm 2030.", ["80%"], h1)
h2 = H("Xã Hải Trạch đặt chỉ tiêu bao nhiêu dòng họ học tập năm 2025?", "14 dòng họ đạt “Dòng họ học tập” năm 2025 (Bảng 1).")
q("follow_up", "Năm 2026 thì sao?", gm(GM_R[2], GM_HEAD), "Năm 2026: 16 dòng họ đạt “Dòng họ học tập”.", ["16"], h2)
h3 = H("Kế hoạch liên tịch 45 của Quảng Bình do những cơ quan nào ban hành?",
       "Sở Giáo dục và Đào tạo tỉnh Quảng Bình và Hội Khuyến học tỉnh Quảng Bình cùng ban hành (Số: 45/KHLT-SGDĐT-HKH).")
q("follow_up", "Ai ký thay mặt Hội Khuyến học?", qt(QT_SIGN_HKH),
  "Nguyễn Thị Thu Sương ký với tư cách “TM. BAN THƯỜNG VỤ HỘI KHUYẾN HỌC TỈNH / CHỦ TỊCH”.", ["Nguyễn Thị Thu Sương", "CHỦ TỊCH"], h3)
h4 = h3 + H("Ai ký thay mặt Hội Khuyến học?", "Nguyễn Thị Thu Sương, TM. Ban Thường vụ Hội Khuyến học tỉnh, Chủ tịch.")
q("follow_up", "Còn bên Sở thì ai ký, chức vụ gì?", qt(QT_SIGN_SGD),
  "Phan Văn Khánh, Giám đốc Sở Giáo dục và Đào tạo (“GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO”), ký bên phải, cạnh chữ ký của Hội Khuyến học.", ["Phan Văn Khánh", "GIÁM ĐỐC"], h4)
h5 = H("Tổng kinh phí kế hoạch xã hội học tập xã Hải Trạch là bao nhiêu?", "186 triệu đồng cho giai đoạn 2024 - 2026.")
q("follow_up", "Trong đó ngân sách xã bao nhiêu?", gm(GM_FUND), "Ngân sách xã 96 triệu đồng (còn lại: Hội Khuyến học xã vận động 60 triệu, xã hội hóa khác 30 triệu).", ["96 triệu đồng"], h5)
h6 = H("Tổng kinh phí KHLT 45 Quảng Bình là bao nhiêu?", "8.400 triệu đồng cho giai đoạn 2024 - 2030.")
q("follow_up", "Phần của Hội Khuyến học tỉnh là bao nhiêu?", qt(QT_FUND), "Kinh phí hoạt động của Hội Khuyến học tỉnh: 1.400 triệu đồng.", ["1.400 triệu đồng"], h6)
h7 = H("Xã Hải Trạch kiện toàn Ban Giám đốc Trung tâm học tập cộng đồng khi nào?", "Trước ngày 31/5/2024.")
q("follow_up", "Còn kế hoạch hoạt động hằng năm của Trung tâm đó thì phải xong trước ngày nào?", gm(GM_TT),
  "Trước ngày 15/01 hằng năm (mục V.2: Trung tâm học tập cộng đồng xã xây dựng kế hoạch hoạt động hằng năm trước ngày 15/01).", ["15/01"], h7)
h8 = H("Trạm Y tế xã Hải Trạch làm gì trong kế hoạch?", "Phối hợp mở lớp chăm sóc sức khỏe người cao tuổi, dinh dưỡng trẻ em, ít nhất 02 lớp/năm.")
q("follow_up", "Còn Công an xã?", gm(GM_CA), "Công an xã phối hợp tuyên truyền pháp luật về an ninh trật tự, phòng chống ma túy tại Trung tâm học tập cộng đồng.", ["an ninh trật tự", "ma túy"], h8)
h9 = H("Hội Khuyến học cấp huyện ở Quảng Bình có nhiệm vụ gì theo KHLT 45?",
       "Chỉ đạo Hội Khuyến học cấp xã tham gia Ban Giám đốc Trung tâm học tập cộng đồng; tổng hợp kết quả công nhận các danh hiệu học tập.")
q("follow_up", "Họ báo cáo cho ai, hạn khi nào?", qt(QT_HKH_H), "Báo cáo Hội Khuyến học tỉnh trước ngày 25/11 hằng năm.", ["Hội Khuyến học tỉnh", "25/11"], h9)
h10 = H("Theo Bảng 1 KHLT 45, mỗi năm cấp tỉnh tổ chức bao nhiêu lớp chuyên đề khuyến học, khuyến tài?", "02 lớp mỗi năm ở cấp tỉnh.")
q("follow_up", "Còn cấp huyện?", qt(QT_R[4], QT_HEAD), "Cấp huyện: 04 lớp chuyên đề khuyến học, khuyến tài mỗi năm.", ["04"], h10)
h11 = H("How many people should use Hai Trach's digital learning point in 2024?", "300 people in 2024 (Bảng 1, row 6).")
q("follow_up", "And in 2026?", gm(GM_R[6], GM_HEAD), "500 people in 2026 (the 2025 cell of that row is empty).", ["500"], h11)
h12 = H("Xã Thanh Trạch bổ sung bao nhiêu kinh phí cho điểm học tập số năm 2024?",
        "Không có kế hoạch của xã Thanh Trạch trong các kế hoạch đã nạp, nên không trả lời được.")
q("follow_up", "Vậy xã Hải Trạch thì sao?", gm(*GM_F20),
  "Xã Hải Trạch: năm 2024 bổ sung 16 triệu đồng mua thiết bị cho điểm học tập số (ngoài mức hỗ trợ Trung tâm 20 triệu đồng hằng năm).", ["16 triệu đồng"], h12)
h13 = H("Kế hoạch của xã Hải Trạch căn cứ những văn bản nào?",
        "KHLT số 45/KHLT-SGDĐT-HKH ngày 18/3/2024 của Sở GD&ĐT và Hội Khuyến học tỉnh Quảng Bình; KH 63/KH-UBND của UBND huyện Bố Trạch; NQ 09/NQ-HĐND của HĐND xã.")
q("follow_up", "Kế hoạch liên tịch đó đặt chỉ tiêu Gia đình học tập năm 2030 là bao nhiêu?", qt("b) Đến năm 2030:", QT_2030),
  "Đến năm 2030: 85% hộ gia đình được công nhận danh hiệu “Gia đình học tập” (KHLT 45, mục II.2.b).", ["85%"], h13)
h14 = H("KHLT 45 Quảng Bình nói gì về Tuần lễ hưởng ứng học tập suốt đời?",
        "Tổ chức hưởng ứng hằng năm vào tháng 10 tại 100% huyện, thị xã, thành phố.")
q("follow_up", "Ở xã Hải Trạch thì hưởng ứng Tuần lễ đó thế nào?", gm(GM_TUAN),
  "Xã Hải Trạch treo băng rôn, khẩu hiệu tại 7 thôn trong “Tuần lễ hưởng ứng học tập suốt đời” tháng 10 hằng năm, cùng chuyên mục “Học tập suốt đời” trên Đài Truyền thanh xã 02 lần/tuần.",
  ["7 thôn", "tháng 10"], h14)
h15 = H("Sở GD&ĐT Quảng Bình có nhiệm vụ gì trong KHLT 45?",
        "Là đầu mối của ngành Giáo dục; ban hành văn bản hướng dẫn thực hiện Kế hoạch; tổng hợp, báo cáo kết quả phối hợp.")
q("follow_up", "Văn bản hướng dẫn đó phải ban hành trước ngày nào?", qt(QT_SGD[1]), "Trước ngày 30/5/2024.", ["30/5/2024"], h15)

# ------------------------------------------------------------------ unanswerable
U = "unanswerable"
q(U, "Trong hai cơ quan ban hành Kế hoạch liên tịch 45, bên nào ký trước?", [],
  "Kế hoạch liên tịch không ghi thứ tự ký: hai chữ ký (Chủ tịch Hội Khuyến học tỉnh Nguyễn Thị Thu Sương và Giám đốc Sở GD&ĐT Phan Văn Khánh) đặt cạnh nhau, cùng một ngày ban hành 18/3/2024; văn bản không nói ai ký trước.", [])
q(U, "Đại diện Liên đoàn Lao động tỉnh ký Kế hoạch liên tịch 45 Quảng Bình là ai?", [],
  "Liên đoàn Lao động tỉnh không có trong KHLT 45: kế hoạch chỉ do Sở Giáo dục và Đào tạo và Hội Khuyến học tỉnh Quảng Bình ban hành, và chỉ có chữ ký của hai cơ quan này.", [], probe=r"lien doan lao dong", probe_docs=[QT])
q(U, "Kế hoạch số 45/KH-UBND của UBND tỉnh Quảng Bình về xã hội học tập giao Sở Tài chính nhiệm vụ gì?", [],
  "Các kế hoạch đã nạp không có Kế hoạch số 45/KH-UBND của UBND tỉnh Quảng Bình. Số 45 là của Kế hoạch liên tịch 45/KHLT-SGDĐT-HKH do Sở GD&ĐT và Hội Khuyến học tỉnh ban hành, không phải kế hoạch của UBND tỉnh.", [], probe=r"45/kh-ubnd")
q(U, "Who signed Quang Binh People's Committee plan No. 45/KH-UBND?", [],
  "No plan No. 45/KH-UBND of the Quang Binh People's Committee is loaded. No. 45 is the joint plan 45/KHLT-SGDĐT-HKH of the Department of Education and Training and the provincial Study Promotion Association, not a People's Committee plan.", [], probe=r"45/kh-ubnd")
q(U, "Theo phần “Trách nhiệm của ngành Giáo dục” trong KHLT 45, Hội Khuyến học cấp xã phải làm gì?", [],
  "Phần “Trách nhiệm của ngành Giáo dục” (mục V.1) không giao việc cho Hội Khuyến học cấp xã; phần đó chỉ có Sở GD&ĐT, Phòng GD&ĐT, Trung tâm GDNN-GDTX và các trường. Nhiệm vụ của Hội Khuyến học cấp xã nằm ở phần Trách nhiệm của Hội Khuyến học các cấp.", [])
q(U, "Trong mục “Trách nhiệm phối hợp” của KHLT 45, Phòng GD&ĐT các huyện được giao những việc gì?", [],
  "Mục “Trách nhiệm phối hợp” (V.3) không giao việc cho Phòng Giáo dục và Đào tạo; phần đó gồm UBND cấp huyện, Sở Tài chính, Sở LĐ-TB&XH, Sở TT&TT và báo đài, MTTQ và các đoàn thể tỉnh. Nhiệm vụ của Phòng GD&ĐT nằm ở phần Trách nhiệm của ngành Giáo dục.", [])
q(U, "Kế hoạch xã hội học tập của xã Thanh Trạch đặt chỉ tiêu Gia đình học tập năm 2025 bao nhiêu?", [],
  "Không có kế hoạch của xã Thanh Trạch trong các kế hoạch đã nạp (chỉ có kế hoạch của xã Hải Trạch và kế hoạch liên tịch của tỉnh Quảng Bình).", [], probe=r"thanh trach")
q(U, "Xã Đức Trạch giao Trạm Y tế xã nhiệm vụ gì trong kế hoạch xã hội học tập?", [],
  "Không có kế hoạch của xã Đức Trạch trong các kế hoạch đã nạp; chỉ có kế hoạch của xã Hải Trạch.", [], probe=r"duc trach")
q(U, "Kế hoạch 63/KH-UBND của huyện Bố Trạch đặt chỉ tiêu gì cho năm 2026?", [],
  "Kế hoạch 63/KH-UBND của UBND huyện Bố Trạch chỉ được nêu làm căn cứ trong kế hoạch của xã Hải Trạch; nội dung, chỉ tiêu của nó không có trong các kế hoạch đã nạp.", [])
q(U, "Ai ký Kế hoạch số 63/KH-UBND của UBND huyện Bố Trạch?", [],
  "Kế hoạch 63/KH-UBND của huyện Bố Trạch không được nạp (chỉ được trích làm căn cứ trong kế hoạch xã Hải Trạch), nên không biết người ký.", [])
q(U, "Thành phố Đồng Hới đặt chỉ tiêu Gia đình học tập năm 2025 là bao nhiêu?", [],
  "Không có kế hoạch của thành phố Đồng Hới trong các kế hoạch đã nạp; KHLT 45 chỉ đặt chỉ tiêu chung toàn tỉnh Quảng Bình (75% năm 2025), không tách cho Đồng Hới.", [], probe=r"thanh pho dong hoi|tp\.? ?dong hoi")
q(U, "Huyện Quảng Trạch giao Phòng Giáo dục và Đào tạo những việc gì để xây dựng xã hội học tập?", [],
  "Không có kế hoạch của huyện Quảng Trạch trong các kế hoạch đã nạp.", [], probe=r"quang trach")
q(U, "Does Ha Tinh province have a learning-society target for 2030?", [],
  "No plan of Hà Tĩnh province is loaded; the loaded plans include Quảng Bình's joint plan and Hải Trạch commune's plan, neither of which covers Hà Tĩnh.", [], probe=r"\bha tinh\b")
q(U, "Theo Bảng 1 KHLT 45, tỷ lệ đơn vị đạt “Cộng đồng học tập” ở cấp tỉnh đến năm 2030 là bao nhiêu?", [],
  "Bảng 1 để trống ô cấp tỉnh của chỉ tiêu “Cộng đồng học tập”; kế hoạch chỉ đặt 50% ở cấp huyện và 70% ở cấp xã.", [])
q(U, "Mỗi năm cấp xã ở Quảng Bình phải mở bao nhiêu lớp chuyên đề khuyến học, khuyến tài theo Bảng 1?", [],
  "Bảng 1 của KHLT 45 để trống ô cấp xã của chỉ tiêu này; chỉ có 02 lớp (cấp tỉnh) và 04 lớp (cấp huyện) mỗi năm.", [])
q(U, "Năm 2025 xã Hải Trạch đặt chỉ tiêu bao nhiêu người dân dùng điểm học tập số?", [],
  "Ô năm 2025 của dòng “Người dân dùng điểm học tập số của xã” trong Bảng 1 để trống; kế hoạch chỉ ghi 300 (2024) và 500 (2026).", [])
q(U, "KHLT 45 Quảng Bình đặt chỉ tiêu Gia đình học tập năm 2027 là bao nhiêu?", [],
  "KHLT 45 không đặt chỉ tiêu cho năm 2027; chỉ có mốc năm 2025 (75%) và năm 2030 (85%).", [], probe=r"2027", probe_docs=[QT])
q(U, "Chỉ tiêu Dòng họ học tập năm 2027 của xã Hải Trạch là bao nhiêu?", [],
  "Kế hoạch của xã Hải Trạch chỉ đến năm 2026 (Bảng 1: 2024, 2025, 2026); không có chỉ tiêu năm 2027.", [], probe=r"2027", probe_docs=[GM])
q(U, "Sở Văn hóa, Thể thao và Du lịch Quảng Bình có nhiệm vụ gì trong KHLT 45?", [],
  "KHLT 45 không nêu Sở Văn hóa, Thể thao và Du lịch; các cơ quan phối hợp được nêu là UBND cấp huyện, Sở Tài chính, Sở LĐ-TB&XH, Sở TT&TT, Báo Quảng Bình, Đài PT-TH Quảng Bình, MTTQ, Tỉnh Đoàn, Hội LHPN tỉnh.", [], probe=r"the thao", probe_docs=[QT])
q(U, "Hội Cựu chiến binh xã Hải Trạch được giao nhiệm vụ gì?", [],
  "Kế hoạch của xã Hải Trạch không nêu Hội Cựu chiến binh xã; mục V.10 chỉ nêu MTTQ xã, Hội Liên hiệp Phụ nữ xã, Hội Nông dân xã, Đoàn Thanh niên xã.", [], probe=r"cuu chien binh", probe_docs=[GM])
q(U, "Phòng Giáo dục và Đào tạo huyện Bố Trạch có nhiệm vụ gì theo kế hoạch của xã Hải Trạch?", [],
  "Kế hoạch của xã Hải Trạch không giao việc cho Phòng GD&ĐT huyện: Phòng chỉ được nêu là nơi công chức Văn hóa - Xã hội gửi báo cáo lên UBND huyện và trong Nơi nhận.", [])
q(U, "Hiện nay tỉnh Quảng Bình có bao nhiêu Trung tâm học tập cộng đồng?", [],
  "KHLT 45 không nêu số Trung tâm học tập cộng đồng hiện có; nó chỉ đặt chỉ tiêu (ví dụ 70% xếp loại tốt đến năm 2030).", [])
q(U, "Năm 2023 xã Hải Trạch đã có bao nhiêu gia đình học tập?", [],
  "Kế hoạch của xã Hải Trạch không nêu kết quả năm 2023; Bảng 1 chỉ có chỉ tiêu các năm 2024 - 2026.", [])
q(U, "Đơn vị không đạt chỉ tiêu của KHLT 45 bị xử lý kỷ luật thế nào?", [],
  "KHLT 45 không quy định khen thưởng hay kỷ luật, xử lý đơn vị không đạt chỉ tiêu.", [], probe=r"ky luat|xu ly|khen thuong", probe_docs=[QT])
q(U, "Chương trình phối hợp 07/CTPH-BGDĐT-HKHVN quy định những nội dung phối hợp nào?", [],
  "Chương trình phối hợp 07/CTPH-BGDĐT-HKHVN chỉ được KHLT 45 nêu làm căn cứ; nội dung của nó không có trong các kế hoạch đã nạp.", [])
q(U, "Kế hoạch 186/KH-UBND của UBND tỉnh Quảng Bình đặt chỉ tiêu gì cho năm 2030?", [],
  "Kế hoạch 186/KH-UBND ngày 14/10/2021 của UBND tỉnh Quảng Bình chỉ được nêu làm căn cứ của KHLT 45; nội dung, chỉ tiêu của nó không có trong các kế hoạch đã nạp.", [])
q(U, "What criteria does Circular 44/2014/TT-BGDĐT set for recognising a 'learning family'?", [],
  "Circular 44/2014/TT-BGDĐT is only cited by Quang Binh's joint plan as the basis for recognition; its criteria are not in the loaded plans.", [])
q(U, "Xã Hải Trạch chi bao nhiêu cho Tuần lễ hưởng ứng học tập suốt đời?", [],
  "Kế hoạch của xã Hải Trạch không tách kinh phí cho Tuần lễ hưởng ứng học tập suốt đời; chỉ nêu tổng 186 triệu đồng và mức hỗ trợ Trung tâm học tập cộng đồng.", [])
h_u = H("Theo Bảng 1 KHLT 45, mỗi năm cấp huyện tổ chức bao nhiêu lớp chuyên đề khuyến học, khuyến tài?", "04 lớp mỗi năm ở cấp huyện (cấp tỉnh 02).")
q(U, "Còn cấp xã?", [], "Bảng 1 để trống ô cấp xã của chỉ tiêu số lớp chuyên đề khuyến học, khuyến tài; kế hoạch không đặt con số cho cấp xã.", [], h_u)


# ------------------------------------------------------------------ checks and write
def fold(s):
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in s if unicodedata.category(c) != "Mn").lower()


def main():
    bad = []
    counts = {}
    for x in Q:
        counts[x["type"]] = counts.get(x["type"], 0) + 1
        for ev in x["evidence"]:
            if check_sets.norm(ev["span"]) not in check_sets.text_of(ev["doc"]):
                bad.append(f"{x['id']}: span missing in {ev['doc']}: {ev['span']!r}")
        ans = check_sets.norm(x["answer"]).lower()
        for kf in x["key_facts"]:
            k = check_sets.norm(kf).lower()
            if k not in ans:
                bad.append(f"{x['id']}: key fact {kf!r} not in answer")
            if not any(k in check_sets.norm(ev["span"]).lower() for ev in x["evidence"]):
                bad.append(f"{x['id']}: key fact {kf!r} in no cited span")
        if x["type"] == "unanswerable":
            if x["evidence"] or x["docs"]:
                bad.append(f"{x['id']}: unanswerable with evidence")
            if x["_probe"]:
                for d in x["_probe_docs"]:
                    if re.search(x["_probe"], fold(check_sets.extract(d))):
                        bad.append(f"{x['id']}: probe {x['_probe']!r} matches {d}")
        elif not x["key_facts"]:
            bad.append(f"{x['id']}: no key facts")
        if x["type"] == "follow_up" and not x["history"]:
            bad.append(f"{x['id']}: follow_up without history")
    for t, m in MINIMUM.items():
        if counts.get(t, 0) < m:
            bad.append(f"type {t}: {counts.get(t, 0)} < {m}")
    if bad:
        print("\n".join(bad))
        print(f"REFUSING to write ({len(bad)} problems)")
        return 1
    with open(os.path.join(SETS, "newplans40.jsonl"), "w", encoding="utf-8") as f:
        for x in Q:
            rec = {k: x[k] for k in check_sets.FIELDS}
            f.write(unicodedata.normalize("NFC", json.dumps(rec, ensure_ascii=False)) + "\n")
    print(f"wrote {len(Q)} questions: {dict(sorted(counts.items()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
