"""Write eval/sets/newplans13.jsonl (ids z001…). Spans are verbatim from the text as extracted (see check_sets.py).

    python eval/sets/src13/questions_src13.py
"""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "newplans13.jsonl")

HG = "hagiang_287-KH-UBND_2024.docx"
VT = "vithuy_142-KH-UBND_2024.pdf"
PH = "phuhoa_58-KH-UBND_2025.txt"
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
    out = []
    for i, c in enumerate(h):
        out.append({"role": "user" if i % 2 == 0 else "assistant", "content": c})
    return out


REFUSE = "Các kế hoạch đã nạp không có thông tin này."
REFUSE_EN = "The loaded plans do not contain this information."

# header cells / rows as extracted
HG_HEAD = "Chỉ tiêu Năm 2025 Năm 2027 Năm 2030"
HG_GD = "2. Tỷ lệ gia đình đạt danh hiệu “Gia đình học tập” ≥ 60% ≥ 68% ≥ 75%"
HG_DH = "3. Tỷ lệ dòng họ đạt danh hiệu “Dòng họ học tập” ≥ 50% ≥ 58% ≥ 65%"
HG_CD = "4. Tỷ lệ thôn, tổ dân phố đạt danh hiệu “Cộng đồng học tập” ≥ 45% ≥ 55% ≥ 65%"
HG_TT = "5. Tỷ lệ trung tâm học tập cộng đồng xếp loại Tốt ≥ 35% ≥ 42% ≥ 50%"
HG_KNS = "6. Tỷ lệ người dân có kỹ năng số cơ bản ≥ 40% ≥ 60%"
HG_LD = "7. Tỷ lệ lao động qua đào tạo ≥ 58% ≥ 62% ≥ 68%"
HG_BC = "1. Tỷ lệ người trong độ tuổi 15 - 60 đạt chuẩn biết chữ mức độ 2 ≥ 93% ≥ 95% ≥ 97%"
HG_KP = "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2025 - 2030 dự kiến 36.800 triệu đồng, trong đó: ngân sách tỉnh 21.500 triệu đồng; ngân sách huyện, thành phố 9.300 triệu đồng; nguồn xã hội hóa và huy động hợp pháp khác 6.000 triệu đồng."
HG_YEAR = "Phân kỳ theo năm: năm 2025 là 5.200 triệu đồng, năm 2026 là 5.600 triệu đồng, năm 2027 là 6.000 triệu đồng, năm 2028 là 6.400 triệu đồng, năm 2029 là 6.600 triệu đồng và năm 2030 là 7.000 triệu đồng."
VT_HEAD = "STT Nội dung Cơ quan chủ trì Thời gian"

# ---------------- agency_tasks (12)
Q("agency_tasks", "Theo kế hoạch của tỉnh Hà Giang, Sở Giáo dục và Đào tạo có nhiệm vụ gì?",
  [(HG, "Là cơ quan thường trực, chủ trì, phối hợp với các sở, ngành, địa phương triển khai Kế hoạch; hướng dẫn, kiểm tra, đánh giá kết quả xây dựng xã hội học tập."),
   (HG, "Chủ trì tổ chức các lớp xóa mù chữ; phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh mở lớp xóa mù chữ tại 34 xã biên giới.")],
  "Sở GD&ĐT là cơ quan thường trực, chủ trì triển khai Kế hoạch, hướng dẫn, kiểm tra, đánh giá; chủ trì các lớp xóa mù chữ (phối hợp Bộ Chỉ huy Bộ đội Biên phòng tỉnh mở lớp tại 34 xã biên giới); hướng dẫn xếp loại TTHTCĐ và báo cáo UBND tỉnh, Bộ GD&ĐT trước ngày 15/12 hằng năm.",
  ["thường trực", "xóa mù chữ", "34 xã biên giới", "15/12"])
Q("agency_tasks", "Sở Thông tin và Truyền thông Hà Giang được giao làm gì?",
  [(HG, "Chủ trì xây dựng kho học liệu số “Hà Giang học tập suốt đời” trên Cổng thông tin điện tử tỉnh; hướng dẫn hoạt động của Tổ công nghệ số cộng đồng.")],
  "Chủ trì xây dựng kho học liệu số “Hà Giang học tập suốt đời” trên Cổng thông tin điện tử tỉnh; hướng dẫn Tổ công nghệ số cộng đồng; phối hợp với Bưu điện tỉnh duy trì tủ sách tại điểm bưu điện văn hóa xã.",
  ["Hà Giang học tập suốt đời", "Tổ công nghệ số cộng đồng", "Bưu điện tỉnh"])
Q("agency_tasks", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hà Giang tham gia kế hoạch như thế nào?",
  [(HG, "Chủ trì tổ chức các lớp xóa mù chữ; phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh mở lớp xóa mù chữ tại 34 xã biên giới.")],
  "Bộ Chỉ huy Bộ đội Biên phòng tỉnh không có mục riêng; được nêu trong nhiệm vụ của Sở GD&ĐT: phối hợp với Sở GD&ĐT mở lớp xóa mù chữ tại 34 xã biên giới.",
  ["xóa mù chữ", "34 xã biên giới"])
Q("agency_tasks", "Ban Dân tộc tỉnh Hà Giang làm gì trong xây dựng xã hội học tập?",
  [(HG, "Phối hợp lồng ghép nội dung xây dựng xã hội học tập với Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi; vận động người có uy tín trong đồng bào tham gia tuyên truyền.")],
  "Phối hợp lồng ghép xây dựng xã hội học tập với Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi; vận động người có uy tín trong đồng bào tham gia tuyên truyền.",
  ["Chương trình mục tiêu quốc gia", "người có uy tín"])
Q("agency_tasks", "Tỉnh đoàn Hà Giang được đề nghị làm gì?",
  [(HG, "Đề nghị Tỉnh đoàn tổ chức phong trào thanh niên tình nguyện dạy chữ, dạy kỹ năng số tại các thôn vùng cao trong dịp hè.")],
  "Tổ chức phong trào thanh niên tình nguyện dạy chữ, dạy kỹ năng số tại các thôn vùng cao trong dịp hè.",
  ["tình nguyện", "dạy chữ", "kỹ năng số"])
Q("agency_tasks", "Huyện Vị Thủy giao Phòng Văn hóa và Thông tin những việc gì?",
  [(VT, "a) Hướng dẫn Tổ công nghệ số cộng đồng ở ấp bồi dưỡng kỹ năng số; phối hợp với Bưu điện huyện hướng dẫn người dân sử dụng dịch vụ công trực tuyến."),
   (VT, "7 Bồi dưỡng kỹ năng số cơ bản cho người dân qua Tổ công nghệ số cộng đồng Phòng Văn hóa và Thông tin Quý II/2025")],
  "Hướng dẫn Tổ công nghệ số cộng đồng ở ấp bồi dưỡng kỹ năng số; phối hợp với Bưu điện huyện hướng dẫn người dân dùng dịch vụ công trực tuyến; lồng ghép “Gia đình học tập” với bình xét “Gia đình văn hóa”; trong bảng phân công chủ trì bồi dưỡng kỹ năng số cơ bản (quý II/2025).",
  ["Tổ công nghệ số cộng đồng", "dịch vụ công trực tuyến", "Gia đình văn hóa"])
Q("agency_tasks", "Trong kế hoạch huyện Vị Thủy, Hội Nông dân huyện được đề nghị làm gì?",
  [(VT, "c) Hội Nông dân huyên: phối hợp trung tâm học tập cộng đồng tổ chức chuyên đề khuyến nông, xây dựng tổ hợp tác nuôi cá thát lát.")],
  "Phối hợp trung tâm học tập cộng đồng tổ chức chuyên đề khuyến nông, xây dựng tổ hợp tác nuôi cá thát lát (mục c của phần Đề nghị MTTQ và các đoàn thể).",
  ["khuyến nông", "cá thát lát"])
Q("agency_tasks", "Ai chủ trì đào tạo nghề trình độ sơ cấp cho lao động nông thôn ở Vị Thủy?",
  [(VT, "3 Đào tạo nghề trình độ sơ cấp cho lao động nông thôn Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Hằng năm")],
  "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện chủ trì, thực hiện hằng năm (Phòng LĐ-TB&XH phối hợp xác định nhu cầu học nghề).",
  ["Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên", "hằng năm"])
Q("agency_tasks", "Huyện đoàn Vị Thủy có nhiệm vụ gì?",
  [(VT, "b) Huyện đoàn: tổ chức “Ngày hội thanh niên với kỹ năng số”; vận động đoàn viên tham gia lớp xóa mù chữ tình nguyện.")],
  "Tổ chức “Ngày hội thanh niên với kỹ năng số”; vận động đoàn viên tham gia lớp xóa mù chữ tình nguyện.",
  ["Ngày hội thanh niên với kỹ năng số", "xóa mù chữ"])
Q("agency_tasks", "Công an phường Phú Hòa làm gì theo KH xây dựng XHHT năm 2025?",
  [(PH, "👉 Công an phường: Phối hợp TTHTCĐ tuyên truyền phòng chống lừa đảo qua mạng, pháp luật về cư trú cho người lao động tạm trú.")],
  "Phối hợp TTHTCĐ tuyên truyền phòng chống lừa đảo qua mạng và pháp luật về cư trú cho người lao động tạm trú.",
  ["lừa đảo qua mạng", "cư trú"])
Q("agency_tasks", "Đoàn Thanh niên phường Phú Hòa được đề nghị làm gì?",
  [(PH, "Đoàn Thanh niên phường tổ chức đội hình tình nguyện hướng dẫn kỹ năng số tại các khu nhà trọ")],
  "Tổ chức đội hình tình nguyện hướng dẫn kỹ năng số tại các khu nhà trọ.",
  ["tình nguyện", "kỹ năng số", "nhà trọ"])
Q("agency_tasks", "Trưởng khu phố ở phường Phú Hòa làm gì và báo cáo khi nào?",
  [(PH, "👉 Trưởng khu phố: Vận động hộ gia đình đăng ký GĐHT; quản lý tủ sách cộng đồng; báo cáo danh sách hộ đăng ký về Công chức Văn hóa - Xã hội trước ngày 31/3/2025.")],
  "Vận động hộ gia đình đăng ký Gia đình học tập; quản lý tủ sách cộng đồng; báo cáo danh sách hộ đăng ký về Công chức Văn hóa - Xã hội trước ngày 31/3/2025.",
  ["tủ sách cộng đồng", "31/3/2025"])

# ---------------- target (12)
Q("target", "Hà Giang đặt chỉ tiêu tỷ lệ gia đình đạt danh hiệu Gia đình học tập năm 2027 là bao nhiêu?",
  [(HG, HG_HEAD), (HG, HG_GD)],
  "Năm 2027: ≥ 68% (năm 2025 ≥ 60%, năm 2030 ≥ 75%).", ["68%"])
Q("target", "Đến năm 2030, Hà Giang phấn đấu bao nhiêu phần trăm người dân có kỹ năng số cơ bản?",
  [(HG, HG_HEAD), (HG, HG_KNS)],
  "Năm 2030: ≥ 60% người dân có kỹ năng số cơ bản (năm 2027 ≥ 40%).", ["60%"])
Q("target", "Tỷ lệ người 15 - 60 tuổi đạt chuẩn biết chữ mức độ 2 ở Hà Giang năm 2025 phải đạt bao nhiêu?",
  [(HG, HG_HEAD), (HG, HG_BC)],
  "Năm 2025: ≥ 93% (2027 ≥ 95%, 2030 ≥ 97%).", ["93%"])
Q("target", "Mỗi năm Hà Giang mở bao nhiêu lớp xóa mù chữ, cho bao nhiêu học viên?",
  [(HG, "Mỗi năm mở ít nhất 150 lớp xóa mù chữ và giáo dục tiếp tục sau khi biết chữ cho khoảng 3.500 học viên, tập trung tại các huyện Đồng Văn, Mèo Vạc, Yên Minh, Quản Bạ, Hoàng Su Phì và Xín Mần.")],
  "Ít nhất 150 lớp mỗi năm cho khoảng 3.500 học viên, tập trung ở Đồng Văn, Mèo Vạc, Yên Minh, Quản Bạ, Hoàng Su Phì và Xín Mần.",
  ["150 lớp", "3.500"])
Q("target", "Tỷ lệ cán bộ, công chức cấp xã vùng cao Hà Giang biết tiếng dân tộc thiểu số đặt ra thế nào?",
  [(HG, "Đến năm 2027, 80% cán bộ, công chức cấp xã ở các huyện vùng cao biết giao tiếp bằng ít nhất một tiếng dân tộc thiểu số trên địa bàn; đến năm 2030 đạt 90%.")],
  "80% vào năm 2027 và 90% vào năm 2030 biết giao tiếp bằng ít nhất một tiếng dân tộc thiểu số.",
  ["80%", "90%"])
Q("target", "Huyện Vị Thủy đặt chỉ tiêu gia đình học tập năm 2025 là bao nhiêu?",
  [(VT, "+ Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình học tập” đạt 7O% trở lên; dòng họ đạt danh hiệu “Dòng họ học tập” đạt 55%.")],
  "Năm 2025: 70% trở lên hộ gia đình đạt “Gia đình học tập” (bản PDF in “7O%”); dòng họ học tập 55%.",
  ["70%", "55%"])
Q("target", "Đến năm 2030, tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ ở Vị Thủy đạt bao nhiêu?",
  [(VT, "+ Tỷ lệ lao động qua đào tạo đạt 75%, trong đó có bằng cấp, chứng chỉ đạt 4O%.")],
  "40% (bản PDF in “4O%”); tổng tỷ lệ lao động qua đào tạo 75%.", ["40%"])
Q("target", "Mỗi trung tâm học tập cộng đồng ở Vị Thủy phải tổ chức bao nhiêu chuyên đề mỗi năm?",
  [(VT, "+ Mỗi năm mỗi trung tâm học tập cộng đồng tổ chức ít nhất 15 chuyên đề về trồng lúa chất lượng cao, trồng khóm, chanh không hạt, nuôi cá thát lát, pháp luật và kỹ năng số.")],
  "Ít nhất 15 chuyên đề mỗi năm (lúa chất lượng cao, khóm, chanh không hạt, cá thát lát, pháp luật, kỹ năng số).",
  ["15 chuyên đề"])
Q("target", "Năm 2030 huyện Vị Thủy cần bao nhiêu trung tâm học tập cộng đồng xếp loại Tốt?",
  [(VT, "+ 100% ấp, khu vực đạt danh hiệu “Cộng đồng học tập”; 8/10 trung tâm học tập cộng đồng xếp loại Tốt.")],
  "8/10 trung tâm học tập cộng đồng xếp loại Tốt (năm 2025 ít nhất 4/10).", ["8/10"])
Q("target", "Phường Phú Hòa phấn đấu tỷ lệ hộ gia đình học tập năm 2025 bao nhiêu?",
  [(PH, "- Phấn đấu tỷ lệ hộ gia đình đạt danh hiệu Gia đình học tập đạt 82% trở lên.")],
  "82% trở lên.", ["82%"])
Q("target", "Chỉ tiêu công nhân ở khu nhà trọ tham gia chuyên đề tại TTHTCĐ phường Phú Hòa là bao nhiêu?",
  [(PH, "- Phấn đấu tỷ lệ công nhân, người lao động tại các khu nhà trọ tham gia ít nhất 01 chuyên đề tại TTHTCĐ đạt 40% trở lên.")],
  "40% trở lên công nhân, người lao động tại các khu nhà trọ tham gia ít nhất 01 chuyên đề.", ["40%"])
Q("target", "Phú Hòa đặt mục tiêu kỹ năng số cơ bản cho người dân năm 2025 ra sao?",
  [(PH, "- Phấn đấu tỷ lệ người dân từ 15 tuổi trở lên có kỹ năng số cơ bản đạt 75% trở lên.")],
  "75% trở lên người dân từ 15 tuổi trở lên có kỹ năng số cơ bản; 100% CB, CCVC phường được bồi dưỡng kỹ năng số.",
  ["75%"])

# ---------------- deadline (8)
Q("deadline", "Các huyện, thành phố của Hà Giang phải gửi báo cáo kết quả cho Sở Giáo dục và Đào tạo trước ngày nào?",
  [(HG, "Bố trí ngân sách huyện, thành phố để thực hiện Kế hoạch; báo cáo kết quả thực hiện gửi Sở Giáo dục và Đào tạo trước ngày 30/11 hằng năm.")],
  "Trước ngày 30/11 hằng năm.", ["30/11"])
Q("deadline", "Khi nào Hà Giang sơ kết và tổng kết kế hoạch xây dựng xã hội học tập?",
  [(HG, "Sơ kết 3 năm thực hiện Kế hoạch vào quý IV/2027; tổng kết vào quý IV/2030.")],
  "Sơ kết 3 năm vào quý IV/2027; tổng kết vào quý IV/2030.", ["quý IV/2027", "quý IV/2030"])
Q("deadline", "Huyện Vị Thủy kiện toàn Ban Chỉ đạo xây dựng xã hội học tập huyện vào thời gian nào?",
  [(VT, "1 Rà soát, kiện toàn Ban Chỉ đạo xây dựng xã hội học tập huyện Phòng Giáo dục và Đào tạo Quý II/2024")],
  "Quý II/2024, do Phòng Giáo dục và Đào tạo chủ trì.", ["Quý II/2024"])
Q("deadline", "Phòng Tài chính - Kế hoạch huyện Vị Thủy bố trí kinh phí vào lúc nào?",
  [(VT, "9 Bố trí kinh phí, hướng dẫn thanh quyết toán Phòng Tài chính - Kế hoạch Tháng 12 hằng năm")],
  "Tháng 12 hằng năm (bố trí kinh phí, hướng dẫn thanh quyết toán).", ["Tháng 12"])
Q("deadline", "Ở Vị Thủy, trung tâm học tập cộng đồng báo cáo hằng quý trước ngày nào?",
  [(VT, "+ Trung tâm học tập cộng đồng báo cáo nhanh hằng quý về Ủy ban nhân dân xã, thị trấn trước ngày 25 của tháng cuối quý.")],
  "Báo cáo nhanh hằng quý về UBND xã, thị trấn trước ngày 25 của tháng cuối quý.", ["25", "tháng cuối quý"])
Q("deadline", "Các xã, thị trấn ở Vị Thủy nộp báo cáo sơ kết 6 tháng và báo cáo năm khi nào?",
  [(VT, "+ Ủy ban nhân dân các xã, thị trấn báo cáo sơ kết 6 tháng trước ngày 10/6 và báo cáo năm trước ngày 10/11 hằng năm gửi Phòng Giáo dục và Đào tạo.")],
  "Sơ kết 6 tháng trước ngày 10/6, báo cáo năm trước ngày 10/11 hằng năm, gửi Phòng GD&ĐT.", ["10/6", "10/11"])
Q("deadline", "Tuần lễ hưởng ứng học tập suốt đời ở phường Phú Hòa tổ chức từ ngày nào đến ngày nào?",
  [(PH, "🔹 Tổ chức Tuần lễ hưởng ứng học tập suốt đời từ ngày 01/10 đến 07/10/2025 tại Nhà văn hóa khu phố 8.")],
  "Từ ngày 01/10 đến 07/10/2025, tại Nhà văn hóa khu phố 8.", ["01/10", "07/10/2025"])
Q("deadline", "TTHTCĐ phường Phú Hòa báo cáo quý về UBND phường trước ngày nào?",
  [(PH, "👉 TTHTCĐ phường: Xây dựng kế hoạch hoạt động năm, tổ chức 18 chuyên đề; báo cáo quý về UBND P. trước ngày 20 tháng cuối quý.")],
  "Trước ngày 20 tháng cuối quý.", ["20", "tháng cuối quý"])

# ---------------- funding (8)
Q("funding", "Tổng kinh phí thực hiện kế hoạch xây dựng xã hội học tập của tỉnh Hà Giang giai đoạn 2025 - 2030 là bao nhiêu?",
  [(HG, HG_KP)],
  "Dự kiến 36.800 triệu đồng: ngân sách tỉnh 21.500, ngân sách huyện, thành phố 9.300, xã hội hóa và huy động hợp pháp khác 6.000 triệu đồng.",
  ["36.800"])
Q("funding", "Năm 2028 Hà Giang dự kiến chi bao nhiêu cho kế hoạch?",
  [(HG, HG_YEAR)], "Năm 2028: 6.400 triệu đồng.", ["6.400"])
Q("funding", "Ngân sách huyện, thành phố đóng góp bao nhiêu trong kinh phí kế hoạch của Hà Giang?",
  [(HG, HG_KP)], "9.300 triệu đồng (trên tổng 36.800 triệu đồng).", ["9.300"])
Q("funding", "Mỗi trung tâm học tập cộng đồng ở xã đặc biệt khó khăn của Hà Giang được hỗ trợ bao nhiêu?",
  [(HG, "Trong đó, kinh phí hỗ trợ lớp xóa mù chữ được bố trí từ ngân sách tỉnh 1.200 triệu đồng/năm; mỗi trung tâm học tập cộng đồng ở các xã đặc biệt khó khăn được hỗ trợ 20 triệu đồng/năm.")],
  "20 triệu đồng/năm mỗi trung tâm.", ["20 triệu"])
Q("funding", "Nguồn xã hội hóa chiếm bao nhiêu trong tổng kinh phí kế hoạch của huyện Vị Thủy?",
  [(VT, "+ Nguồn xã hội hóa: 1.500 triệu đồng.")],
  "1.500 triệu đồng (tổng 8.600 triệu đồng).", ["1.500"])
Q("funding", "Vị Thủy dành bao nhiêu tiền mỗi năm cho lớp xóa mù chữ cho đồng bào Khmer?",
  [(VT, "kinh phí mở lớp xóa mù chữ cho đồng bào Khmer 150 triệu đồng/năm.")],
  "150 triệu đồng/năm.", ["150 triệu"])
Q("funding", "Kinh phí thực hiện KH năm 2025 của phường Phú Hòa là bao nhiêu và lấy từ nguồn nào?",
  [(PH, "Tổng kinh phí thực hiện KH năm 2025: 185 triệu đồng từ NS phường (trong đó hỗ trợ hoạt động TTHTCĐ 60 triệu đồng; mô hình Nhà trọ học tập 25 triệu đồng), ngoài ra vận động XHH để khen thưởng GĐHT tiêu biểu.")],
  "185 triệu đồng từ ngân sách phường (trong đó TTHTCĐ 60 triệu, mô hình Nhà trọ học tập 25 triệu); ngoài ra vận động xã hội hóa để khen thưởng GĐHT tiêu biểu.",
  ["185 triệu", "ngân sách phường"])
Q("funding", "Mô hình Nhà trọ học tập ở Phú Hòa được bố trí bao nhiêu tiền?",
  [(PH, "Tổng kinh phí thực hiện KH năm 2025: 185 triệu đồng từ NS phường (trong đó hỗ trợ hoạt động TTHTCĐ 60 triệu đồng; mô hình Nhà trọ học tập 25 triệu đồng)")],
  "25 triệu đồng (trong tổng 185 triệu đồng ngân sách phường).", ["25 triệu"])

# ---------------- legal_basis (4)
Q("legal_basis", "Kế hoạch xây dựng xã hội học tập của Hà Giang căn cứ nghị quyết nào của Tỉnh ủy?",
  [(HG, "Căn cứ Nghị quyết số 31-NQ/TU ngày 02/8/2024 của Ban Thường vụ Tỉnh ủy Hà Giang về phát triển nguồn nhân lực vùng đồng bào dân tộc thiểu số giai đoạn 2024 - 2030;")],
  "Nghị quyết số 31-NQ/TU ngày 02/8/2024 của Ban Thường vụ Tỉnh ủy Hà Giang về phát triển nguồn nhân lực vùng đồng bào dân tộc thiểu số giai đoạn 2024 - 2030.",
  ["31-NQ/TU", "02/8/2024"])
Q("legal_basis", "Kế hoạch của Hà Giang viện dẫn thông tư nào về đánh giá Cộng đồng học tập cấp xã?",
  [(HG, "Căn cứ Thông tư số 22/2020/TT-BGDĐT ngày 06/8/2020 của Bộ trưởng Bộ Giáo dục và Đào tạo quy định về đánh giá, xếp loại “Cộng đồng học tập” cấp xã;")],
  "Thông tư số 22/2020/TT-BGDĐT ngày 06/8/2020 của Bộ trưởng Bộ GD&ĐT.", ["22/2020/TT-BGDĐT"])
Q("legal_basis", "Huyện Vị Thủy căn cứ kế hoạch nào của tỉnh Hậu Giang?",
  [(VT, "Căn cứ Kế hoạch số 205/KH-UBND ngày 19/12/2023 của Ủy ban nhân dân tỉnh Hậu Giang về xây dựng xã hội học tập tỉnh Hậu Giang giai đoạn 2023 - 2030;")],
  "Kế hoạch số 205/KH-UBND ngày 19/12/2023 của UBND tỉnh Hậu Giang về xây dựng xã hội học tập giai đoạn 2023 - 2030.",
  ["205/KH-UBND", "19/12/2023"])
Q("legal_basis", "KH XHHT năm 2025 của phường Phú Hòa dựa trên những văn bản nào?",
  [(PH, "Căn cứ QĐ số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án \"Xây dựng xã hội học tập giai đoạn 2021-2030\";"),
   (PH, "Căn cứ KH số 312/KH-UBND ngày 26/12/2024 của UBND TP. Thủ Dầu Một về xây dựng XHHT năm 2025;")],
  "Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ và Kế hoạch số 312/KH-UBND ngày 26/12/2024 của UBND TP. Thủ Dầu Một.",
  ["1373/QĐ-TTg", "312/KH-UBND"])

# ---------------- purpose (3)
Q("purpose", "Mục đích của kế hoạch xây dựng xã hội học tập tỉnh Hà Giang là gì?",
  [(HG, "Cụ thể hóa các mục tiêu, nhiệm vụ của Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030” phù hợp với điều kiện của tỉnh vùng cao biên giới, tạo cơ hội học tập suốt đời cho mọi người dân, nhất là đồng bào dân tộc thiểu số ở các huyện vùng cao núi đá phía Bắc."),
   (HG, "Nâng cao dân trí, phát triển nguồn nhân lực gắn với giảm nghèo bền vững, phát triển du lịch cộng đồng trên Cao nguyên đá Đồng Văn và kinh tế nông nghiệp hàng hóa.")],
  "Cụ thể hóa Đề án xây dựng xã hội học tập cho tỉnh vùng cao biên giới, tạo cơ hội học tập suốt đời cho mọi người dân, nhất là đồng bào dân tộc thiểu số; nâng cao dân trí, phát triển nguồn nhân lực gắn với giảm nghèo bền vững, du lịch cộng đồng trên Cao nguyên đá Đồng Văn; huy động cả hệ thống chính trị.",
  ["học tập suốt đời", "dân tộc thiểu số", "giảm nghèo"])
Q("purpose", "Kế hoạch của huyện Vị Thủy nhằm mục đích gì?",
  [(VT, "a) Triển khai có hiệu quả Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030” trên địa bàn huyện; tạo cơ hội cho mọi người dân được học tập suốt đời, nâng cao dân trí, chất lượng nguồn nhân lực phục vụ phát triển nông nghiệp công nghệ cao.")],
  "Triển khai hiệu quả Đề án trên địa bàn huyện; tạo cơ hội học tập suốt đời, nâng cao dân trí, chất lượng nguồn nhân lực phục vụ nông nghiệp công nghệ cao; nâng cao vai trò TTHTCĐ trong chuyển giao kỹ thuật, giảm nghèo bền vững, nông thôn mới nâng cao.",
  ["học tập suốt đời", "nông nghiệp công nghệ cao"])
Q("purpose", "KH XHHT của phường Phú Hòa đặt ra mục đích gì?",
  [(PH, "✅ Triển khai hiệu quả công tác xây dựng XHHT trên địa bàn phường, tạo cơ hội học tập suốt đời cho mọi người dân, nhất là công nhân, người lao động ngoại tỉnh đang tạm trú tại các khu nhà trọ.")],
  "Tạo cơ hội học tập suốt đời cho mọi người dân, nhất là công nhân, người lao động ngoại tỉnh tạm trú tại các khu nhà trọ; nâng cao hiệu quả TTHTCĐ và phát triển các mô hình học tập.",
  ["học tập suốt đời", "công nhân", "nhà trọ"])

# ---------------- task_section (5)
Q("task_section", "Hà Giang đề ra những giải pháp gì về ứng dụng công nghệ thông tin, chuyển đổi số trong học tập suốt đời?",
  [(HG, "Xây dựng kho học liệu số “Hà Giang học tập suốt đời” trên Cổng thông tin điện tử tỉnh, có bài giảng bằng tiếng Mông và tiếng Dao."),
   (HG, "Phổ cập kỹ năng số cơ bản cho người dân thông qua Tổ công nghệ số cộng đồng ở thôn, tổ dân phố.")],
  "Xây dựng kho học liệu số “Hà Giang học tập suốt đời” trên Cổng thông tin điện tử tỉnh, có bài giảng tiếng Mông và tiếng Dao; phổ cập kỹ năng số cơ bản qua Tổ công nghệ số cộng đồng ở thôn, tổ dân phố.",
  ["kho học liệu số", "tiếng Mông", "Tổ công nghệ số cộng đồng"])
Q("task_section", "Về xóa mù chữ và giáo dục thường xuyên, Hà Giang sẽ làm những gì?",
  [(HG, "Huy động người trong độ tuổi 15 - 60 chưa biết chữ ra lớp; tổ chức lớp học tại thôn, bản vào buổi tối và sau mùa vụ."),
   (HG, "Biên soạn tài liệu song ngữ Việt - Mông, Việt - Dao phục vụ lớp xóa mù chữ.")],
  "Huy động người 15 - 60 tuổi chưa biết chữ ra lớp, học tại thôn, bản buổi tối và sau mùa vụ; biên soạn tài liệu song ngữ Việt - Mông, Việt - Dao; củng cố trung tâm GDNN-GDTX các huyện, liên kết đào tạo sơ cấp.",
  ["song ngữ", "buổi tối"])
Q("task_section", "Huyện Vị Thủy phát triển các mô hình học tập như thế nào?",
  [(VT, "a) Xây dựng mô hình “Ấp học tập” tại xã Vĩnh Trung và xã Vị Thắng làm điểm năm 2024, nhân rộng ra các xã từ năm 2025."),
   (VT, "b) Phát triển tủ sách cộng đồng tại 100% nhà văn hóa ấp.")],
  "Xây dựng mô hình “Ấp học tập” điểm tại xã Vĩnh Trung và xã Vị Thắng năm 2024, nhân rộng từ năm 2025; phát triển tủ sách cộng đồng tại 100% nhà văn hóa ấp.",
  ["Ấp học tập", "Vĩnh Trung", "Vị Thắng"])
Q("task_section", "Phường Phú Hòa làm gì để nâng cao chất lượng hoạt động của TTHTCĐ?",
  [(PH, "a/ Mở các lớp chuyên đề buổi tối và ngày Chủ nhật cho công nhân: kỹ năng số, pháp luật lao động, an toàn giao thông, phòng chống lừa đảo qua mạng."),
   (PH, "b/ Mở 02 lớp tiếng Anh giao tiếp miễn phí cho thanh thiếu niên trong dịp hè (tháng 6 - tháng 8/2025).")],
  "Mở lớp chuyên đề buổi tối và Chủ nhật cho công nhân (kỹ năng số, pháp luật lao động, an toàn giao thông, phòng chống lừa đảo qua mạng); mở 02 lớp tiếng Anh giao tiếp miễn phí dịp hè; phối hợp doanh nghiệp bồi dưỡng kỹ năng nghề cho 300 lao động.",
  ["buổi tối", "tiếng Anh", "300 lao động"])
Q("task_section", "Nội dung chuyển đổi số trong KH của phường Phú Hòa gồm gì?",
  [(PH, "a/ Tổ công nghệ số cộng đồng hướng dẫn người dân cài đặt, sử dụng VNeID, dịch vụ công trực tuyến, thanh toán không dùng tiền mặt."),
   (PH, "b/ Đưa bài giảng chuyên đề của TTHTCĐ lên trang Zalo OA của phường.")],
  "Tổ công nghệ số cộng đồng hướng dẫn người dân cài đặt, sử dụng VNeID, dịch vụ công trực tuyến, thanh toán không dùng tiền mặt; đưa bài giảng chuyên đề của TTHTCĐ lên Zalo OA của phường.",
  ["VNeID", "Zalo OA"])

# ---------------- cross_plan (6)
Q("cross_plan", "Chỉ tiêu gia đình học tập năm 2030 của tỉnh Hà Giang và huyện Vị Thủy, nơi nào cao hơn?",
  [(HG, HG_HEAD), (HG, HG_GD), (VT, "+ Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình học tập” đạt 85% trở lên; dòng họ")],
  "Vị Thủy cao hơn: 85% trở lên năm 2030, so với ≥ 75% của tỉnh Hà Giang.", ["85%", "75%"])
Q("cross_plan", "Kế hoạch của huyện Vị Thủy và kế hoạch năm 2024 của Cần Thơ cùng căn cứ quyết định nào của Thủ tướng?",
  [(VT, "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”;"),
   (CT, "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Đề án")],
  "Cả hai căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 phê duyệt Đề án “Xây dựng xã hội học tập giai đoạn 2021 - 2030”.",
  ["1373/QĐ-TTg"])
Q("cross_plan", "Ai ký kế hoạch của thành phố Huế và ai ký kế hoạch của tỉnh Hà Giang?",
  [(HUE, "Nguyễn Thanh Bình"), (HG, "Nông Văn Tuấn")],
  "Huế: Phó Chủ tịch Nguyễn Thanh Bình (KT. Chủ tịch); Hà Giang: Phó Chủ tịch Nông Văn Tuấn (KT. Chủ tịch).",
  ["Nguyễn Thanh Bình", "Nông Văn Tuấn"])
Q("cross_plan", "So sánh chỉ tiêu gia đình học tập của Hà Nội với chỉ tiêu năm 2025 của phường Phú Hòa.",
  [(HN, "60% gia đình, dòng họ, cộng đồng đạt danh hiệu gia đình, dòng họ, cộng"),
   (PH, "- Phấn đấu tỷ lệ hộ gia đình đạt danh hiệu Gia đình học tập đạt 82% trở lên.")],
  "Hà Nội đặt 60% gia đình, dòng họ, cộng đồng đạt danh hiệu học tập; phường Phú Hòa đặt 82% trở lên hộ gia đình đạt Gia đình học tập năm 2025.",
  ["60%", "82%"])
Q("cross_plan", "Ba kế hoạch Hà Giang, Vị Thủy, Phú Hòa tổ chức Tuần lễ hưởng ứng học tập suốt đời vào tháng mấy?",
  [(HG, "Tổ chức “Tuần lễ hưởng ứng học tập suốt đời” vào tháng 10 hằng năm, gắn với phiên chợ vùng cao và Ngày hội văn hóa các dân tộc."),
   (VT, "b) Tổ chức “Tuần lễ hưởng ứng học tập suốt đời” vào tháng 10 hằng năm tại thị trấn Nàng Mau."),
   (PH, "🔹 Tổ chức Tuần lễ hưởng ứng học tập suốt đời từ ngày 01/10 đến 07/10/2025 tại Nhà văn hóa khu phố 8.")],
  "Cả ba vào tháng 10: Hà Giang tháng 10 hằng năm (gắn phiên chợ vùng cao); Vị Thủy tháng 10 hằng năm tại thị trấn Nàng Mau; Phú Hòa từ 01/10 đến 07/10/2025.",
  ["tháng 10", "01/10"])
Q("cross_plan", "Mức hỗ trợ mỗi trung tâm học tập cộng đồng mỗi năm ở Hà Giang và ở Vị Thủy khác nhau thế nào?",
  [(HG, "mỗi trung tâm học tập cộng đồng ở các xã đặc biệt khó khăn được hỗ trợ 20 triệu đồng/năm."),
   (VT, "Ngân sách huyện hỗ trợ mỗi trung tâm học tập cộng đồng 18 triệu đồng/năm")],
  "Hà Giang: 20 triệu đồng/năm cho mỗi TTHTCĐ ở xã đặc biệt khó khăn; Vị Thủy: ngân sách huyện hỗ trợ mỗi TTHTCĐ 18 triệu đồng/năm.",
  ["20 triệu", "18 triệu"])

# ---------------- no_diacritics (6)
Q("no_diacritics", "ke hoach ha giang chi tieu dong ho hoc tap nam 2030 la bao nhieu",
  [(HG, HG_HEAD), (HG, HG_DH)], "Năm 2030: ≥ 65% dòng họ đạt danh hiệu “Dòng họ học tập”.", ["65%"])
Q("no_diacritics", "so noi vu tinh ha giang co nhiem vu gi",
  [(HG, "Tổ chức bồi dưỡng tiếng dân tộc thiểu số cho cán bộ, công chức cấp xã; hướng dẫn xây dựng “Đơn vị học tập” trong cơ quan nhà nước.")],
  "Bồi dưỡng tiếng dân tộc thiểu số cho cán bộ, công chức cấp xã; hướng dẫn xây dựng “Đơn vị học tập” trong cơ quan nhà nước.",
  ["tiếng dân tộc thiểu số", "Đơn vị học tập"])
Q("no_diacritics", "vi thuy tong kinh phi ke hoach xay dung xa hoi hoc tap bao nhieu",
  [(VT, "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2024 - 2030 dự kiến 8.600 triệu")],
  "Dự kiến 8.600 triệu đồng (ngân sách huyện 4.800, ngân sách xã, thị trấn 2.300, xã hội hóa 1.500 triệu đồng).",
  ["8.600"])
Q("no_diacritics", "hoi khuyen hoc huyen vi thuy phai van dong quy khuyen hoc bao nhieu moi nam",
  [(VT, "a) Hội Khuyến học huyện: chủ trì đánh giá, công nhận các danh hiệu học tập; vận động quỹ khuyến học đạt ít nhất 500 triệu đồng/năm.")],
  "Ít nhất 500 triệu đồng/năm; Hội Khuyến học huyện cũng chủ trì đánh giá, công nhận các danh hiệu học tập.",
  ["500 triệu"])
Q("no_diacritics", "phuong phu hoa mo may lop tieng anh he cho thanh thieu nien",
  [(PH, "b/ Mở 02 lớp tiếng Anh giao tiếp miễn phí cho thanh thiếu niên trong dịp hè (tháng 6 - tháng 8/2025).")],
  "02 lớp tiếng Anh giao tiếp miễn phí, tháng 6 - tháng 8/2025.", ["02 lớp", "tháng 8/2025"])
Q("no_diacritics", "cong chuc tai chinh ke toan phuong phu hoa lam gi",
  [(PH, "👉 Công chức Tài chính - Kế toán: Tham mưu bố trí kinh phí 185 triệu đồng, hướng dẫn thanh quyết toán đúng quy định.")],
  "Tham mưu bố trí kinh phí 185 triệu đồng, hướng dẫn thanh quyết toán đúng quy định.", ["185 triệu", "thanh quyết toán"])

# ---------------- abbreviation (6)
Q("abbreviation", "Sở LĐ-TB&XH HG được giao gì trong KH XHHT?",
  [(HG, "Chủ trì đào tạo nghề trình độ sơ cấp, bồi dưỡng kỹ năng nghề ngắn hạn cho lao động nông thôn, ưu tiên nghề dệt thổ cẩm, chế biến chè và du lịch homestay.")],
  "Chủ trì đào tạo nghề sơ cấp, bồi dưỡng kỹ năng nghề ngắn hạn cho lao động nông thôn (ưu tiên dệt thổ cẩm, chế biến chè, du lịch homestay); phối hợp Sở GD&ĐT theo dõi tỷ lệ lao động qua đào tạo.",
  ["sơ cấp", "thổ cẩm", "homestay"])
Q("abbreviation", "Sở VHTTDL HG làm gì?",
  [(HG, "Chỉ đạo Thư viện tỉnh luân chuyển sách, báo đến các thôn vùng cao; tổ chức Ngày Sách và Văn hóa đọc Việt Nam 21/4 hằng năm.")],
  "Chỉ đạo Thư viện tỉnh luân chuyển sách, báo đến các thôn vùng cao; tổ chức Ngày Sách và Văn hóa đọc Việt Nam 21/4; hướng dẫn gắn gia đình văn hóa với “Gia đình học tập”; bồi dưỡng kỹ năng làm du lịch cộng đồng ở Đồng Văn, Mèo Vạc, Quản Bạ.",
  ["Thư viện tỉnh", "21/4", "du lịch cộng đồng"])
Q("abbreviation", "P. GD&ĐT VT là cơ quan gì trong KH, làm những việc nào?",
  [(VT, "b) Chủ trì mở lớp xóa mù chữ; phối hợp với Chùa Khmer trên địa bàn tổ chức lớp học chữ Khmer trong dịp hè.")],
  "Phòng Giáo dục và Đào tạo huyện Vị Thủy là cơ quan thường trực: tham mưu UBND huyện triển khai, hướng dẫn các xã, thị trấn; chủ trì mở lớp xóa mù chữ, phối hợp Chùa Khmer mở lớp chữ Khmer dịp hè; tổng hợp, báo cáo UBND huyện và Sở GD&ĐT.",
  ["thường trực", "xóa mù chữ", "Khmer"])
Q("abbreviation", "HLHPN huyện VT được đề nghị gì?",
  [(VT, "d) Hội Liên hiệp Phụ nữ huyện: vận động hội viên tham gia lớp kỹ năng làm mẹ,")],
  "Vận động hội viên tham gia lớp kỹ năng làm mẹ, kỹ năng số và xây dựng “Gia đình học tập”.",
  ["kỹ năng làm mẹ", "Gia đình học tập"])
Q("abbreviation", "HKH P. Phú Hòa báo cáo kết quả bình xét GĐHT trước ngày nào?",
  [(PH, "HKH phường chủ trì bình xét GĐHT, DHHT, CĐHT, báo cáo kết quả trước ngày 15/11/2025")],
  "Hội Khuyến học phường chủ trì bình xét Gia đình, Dòng họ, Cộng đồng học tập và báo cáo kết quả trước ngày 15/11/2025.",
  ["15/11/2025"])
Q("abbreviation", "CC VH-XH P.Phú Hòa có nv gì?",
  [(PH, "👉 Công chức Văn hóa - Xã hội: Là đầu mối tham mưu UBND P. triển khai KH; theo dõi, tổng hợp kết quả bình xét GĐHT, DHHT, CĐHT; báo cáo UBND P. trước ngày 25/11/2025.")],
  "Công chức Văn hóa - Xã hội là đầu mối tham mưu UBND phường triển khai kế hoạch; theo dõi, tổng hợp kết quả bình xét GĐHT, DHHT, CĐHT; báo cáo UBND phường trước ngày 25/11/2025.",
  ["đầu mối", "25/11/2025"])

# ---------------- paraphrase (5)
Q("paraphrase", "Hà Giang muốn quỹ khuyến học toàn tỉnh lớn đến mức nào vào cuối giai đoạn?",
  [(HG, "Phát triển quỹ khuyến học các cấp; phấn đấu đến năm 2030 tổng quỹ khuyến học toàn tỉnh đạt 25 tỷ đồng.")],
  "Đến năm 2030 tổng quỹ khuyến học toàn tỉnh đạt 25 tỷ đồng.", ["25 tỷ"])
Q("paraphrase", "Sách được đưa lên các thôn vùng cao Hà Giang nhiều đến đâu mỗi năm?",
  [(HG, "Đến năm 2030, 100% thư viện huyện và ít nhất 50% điểm bưu điện văn hóa xã có tủ sách phục vụ cộng đồng; mỗi năm luân chuyển ít nhất 20.000 lượt sách đến các thôn vùng cao.")],
  "Ít nhất 20.000 lượt sách mỗi năm được luân chuyển đến các thôn vùng cao.", ["20.000"])
Q("paraphrase", "Người Khmer ở xã nào của Vị Thủy được mở lớp học chữ, và lớp bắt đầu khi nào trong năm?",
  [(VT, "2 Tổ chức lớp xóa mù chữ, giáo dục tiếp tục sau khi biết chữ cho người dân tộc Khmer tại xã Vĩnh Thuận Tây Phòng Giáo dục và Đào tạo Hằng năm, từ tháng 9")],
  "Xã Vĩnh Thuận Tây; hằng năm, từ tháng 9 (Phòng GD&ĐT chủ trì).", ["Vĩnh Thuận Tây", "tháng 9"])
Q("paraphrase", "Ở Phú Hòa người ta chọn mấy dãy trọ để làm thí điểm học tập, mỗi nơi có gì?",
  [(PH, "a/ Mô hình \"Nhà trọ học tập\": chọn 05 khu nhà trọ làm điểm, mỗi khu có tủ sách và góc học tập.")],
  "05 khu nhà trọ làm điểm mô hình “Nhà trọ học tập”, mỗi khu có tủ sách và góc học tập.", ["05 khu nhà trọ", "góc học tập"])
Q("paraphrase", "Bao lâu thì sách ở tủ sách khu phố Phú Hòa được đổi một lần?",
  [(PH, "b/ Duy trì 10 tủ sách cộng đồng tại 10 khu phố; luân chuyển sách 3 tháng/lần.")],
  "Luân chuyển sách 3 tháng/lần (10 tủ sách cộng đồng tại 10 khu phố).", ["3 tháng"])

# ---------------- english (20)
Q("english", "What share of families in Ha Giang should be recognised as learning families by 2030?",
  [(HG, HG_HEAD), (HG, HG_GD)], "At least 75% by 2030 (≥ 60% in 2025, ≥ 68% in 2027).", ["75"])
Q("english", "What is the total budget of the Ha Giang learning-society plan for 2025-2030?",
  [(HG, HG_KP)], "About 36,800 million VND (36.800 triệu đồng): 21,500 from the provincial budget, 9,300 from district budgets, 6,000 from socialised sources.",
  ["800", "21", "300"])
Q("english", "How much money does Ha Giang plan to spend in 2030?",
  [(HG, HG_YEAR)], "7,000 million VND (7.000 triệu đồng) in 2030.", ["7", "2030"])
Q("english", "Which districts of Ha Giang are the literacy classes focused on?",
  [(HG, "Mỗi năm mở ít nhất 150 lớp xóa mù chữ và giáo dục tiếp tục sau khi biết chữ cho khoảng 3.500 học viên, tập trung tại các huyện Đồng Văn, Mèo Vạc, Yên Minh, Quản Bạ, Hoàng Su Phì và Xín Mần.")],
  "Đồng Văn, Mèo Vạc, Yên Minh, Quản Bạ, Hoàng Su Phì and Xín Mần (at least 150 classes a year for about 3,500 learners).",
  ["Mèo Vạc", "Xín Mần", "150"])
Q("english", "In which languages will Ha Giang's provincial radio and TV run the lifelong learning programme?",
  [(HG, "Mở chuyên mục “Học tập suốt đời” phát sóng định kỳ hằng tháng bằng tiếng phổ thông và tiếng Mông, Dao, Tày.")],
  "Monthly, in Vietnamese (tiếng phổ thông) and in Mông, Dao and Tày.", ["Mông", "Dao", "Tày"])
Q("english", "By when must Ha Giang's Department of Education report to the province each year?",
  [(HG, "Hướng dẫn đánh giá, xếp loại trung tâm học tập cộng đồng; tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Giáo dục và Đào tạo trước ngày 15/12 hằng năm.")],
  "Before 15 December (15/12) every year, to the provincial People's Committee and the Ministry of Education and Training.", ["15"])
Q("english", "Who signed the Ha Giang provincial plan, and what is its number?",
  [(HG, "Nông Văn Tuấn"), (HG, "Số: 287/KH-UBND")],
  "Nông Văn Tuấn, Vice Chairman (KT. CHỦ TỊCH / PHÓ CHỦ TỊCH); plan No. 287/KH-UBND of 14 October 2024.",
  ["Nông Văn Tuấn", "287"])
Q("english", "What is the total budget of the Vi Thuy district plan?",
  [(VT, "Tổng kinh phí thực hiện Kế hoạch giai đoạn 2024 - 2030 dự kiến 8.600 triệu")],
  "8,600 million VND (8.600 triệu đồng) for 2024-2030: district budget 4,800, commune budgets 2,300, socialised 1,500.",
  ["600", "2024"])
Q("english", "How much does Vi Thuy's district budget give each community learning centre per year?",
  [(VT, "Ngân sách huyện hỗ trợ mỗi trung tâm học tập cộng đồng 18 triệu đồng/năm")],
  "18 million VND per centre per year.", ["18"])
Q("english", "When will Vi Thuy hold its mid-term review and final review of the plan?",
  [(VT, "11 Sơ kết 3 năm thực hiện Kế hoạch Phòng Giáo dục và Đào tạo Quý IV/2027"),
   (VT, "12 Tổng kết thực hiện Kế hoạch Phòng Giáo dục và Đào tạo Quý IV/2030")],
  "The 3-year review in Q4 2027 (Quý IV/2027) and the final review in Q4 2030, both led by the Office of Education and Training.",
  ["2027", "2030"])
Q("english", "Which communes pilot the 'learning hamlet' model in Vi Thuy?",
  [(VT, "5 Xây dựng mô hình “Ấp học tập” điểm tại xã Vĩnh Trung, xã Vị Thắng Ủy ban nhân dân xã Vĩnh Trung, xã Vị Thắng Quý IV/2024")],
  "Vĩnh Trung and Vị Thắng communes, in Q4 2024 (Quý IV/2024), scaled up from 2025.", ["Vĩnh Trung", "Vị Thắng", "2024"])
Q("english", "Who leads the recognition of learning families and clans in Vi Thuy, and when is it done?",
  [(VT, "8 Đánh giá, công nhận danh hiệu “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” Hội Khuyến học huyện Tháng 11 hằng năm")],
  "The district Study Promotion Association (Hội Khuyến học huyện), every November (tháng 11).", ["Hội Khuyến học", "11"])
Q("english", "Who signed the Vi Thuy plan?",
  [(VT, "Nguyễn Hoàng Phúc")], "Nguyễn Hoàng Phúc, Chairman of the district People's Committee (TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH).",
  ["Nguyễn Hoàng Phúc"])
Q("english", "What is Phu Hoa ward's 2025 target for digital skills among residents?",
  [(PH, "- Phấn đấu tỷ lệ người dân từ 15 tuổi trở lên có kỹ năng số cơ bản đạt 75% trở lên.")],
  "At least 75% of residents aged 15 and over with basic digital skills.", ["75", "15"])
Q("english", "How many free English classes will Phu Hoa ward open for young people, and when?",
  [(PH, "b/ Mở 02 lớp tiếng Anh giao tiếp miễn phí cho thanh thiếu niên trong dịp hè (tháng 6 - tháng 8/2025).")],
  "Two (02) free conversational English classes in the summer, June to August 2025.", ["2", "2025"])
Q("english", "How many workers will get short vocational training through Phu Hoa's learning centre?",
  [(PH, "c/ Phối hợp các doanh nghiệp trên địa bàn mở lớp bồi dưỡng kỹ năng nghề ngắn hạn cho 300 lao động.")],
  "300 workers, with local enterprises.", ["300"])
Q("english", "How many topics must the Phu Hoa community learning centre run in 2025?",
  [(PH, "- TTHTCĐ tổ chức ít nhất 18 chuyên đề trong năm; xếp loại Tốt.")],
  "At least 18 topics in the year, and be rated Good (Tốt).", ["18"])
Q("english", "Who signed the Phu Hoa ward plan and on what date was it issued?",
  [(PH, "Lê Minh Trí"), (PH, "Phú Hòa, ngày 20 tháng 01 năm 2025")],
  "Lê Minh Trí, Chairman of the ward People's Committee; issued on 20 January 2025 (20/01/2025).",
  ["Lê Minh Trí", "20"])
Q("english", "By what date must neighbourhood heads in Phu Hoa send the list of registered households?",
  [(PH, "👉 Trưởng khu phố: Vận động hộ gia đình đăng ký GĐHT; quản lý tủ sách cộng đồng; báo cáo danh sách hộ đăng ký về Công chức Văn hóa - Xã hội trước ngày 31/3/2025.")],
  "By 31 March 2025 (31/3/2025), to the culture and social affairs officer.", ["31", "2025"])
Q("english", "What is the 2025 target for learning clans in Phu Hoa?",
  [(PH, "- Phấn đấu tỷ lệ dòng họ đạt danh hiệu Dòng họ học tập đạt 60% trở lên.")],
  "At least 60% of clans recognised as learning clans.", ["60"])

# ---------------- follow_up (20)
Q("follow_up", "Còn năm 2030 thì sao?",
  [(HG, HG_HEAD), (HG, HG_TT)], "Năm 2030: ≥ 50% trung tâm học tập cộng đồng xếp loại Tốt.", ["50%"],
  ["Hà Giang đặt tỷ lệ TTHTCĐ xếp loại Tốt năm 2025 bao nhiêu?", "Năm 2025: ≥ 35% trung tâm học tập cộng đồng xếp loại Tốt."])
Q("follow_up", "Còn dòng họ học tập ở đó?",
  [(VT, "đạt danh hiệu “Dòng họ học tập” đạt 70%.")], "Năm 2030 Vị Thủy đặt 70% dòng họ đạt danh hiệu “Dòng họ học tập”.", ["70%"],
  ["Đến năm 2030 huyện Vị Thủy đặt chỉ tiêu gia đình học tập bao nhiêu?", "85% trở lên hộ gia đình đạt danh hiệu “Gia đình học tập”."])
Q("follow_up", "Họ báo cáo kết quả trước ngày nào?",
  [(HG, "Đề nghị Hội Khuyến học tỉnh chủ trì đánh giá, công nhận các danh hiệu “Gia đình học tập”, “Dòng họ học tập”, “Cộng đồng học tập” cấp thôn; vận động phát triển quỹ khuyến học; báo cáo kết quả trước ngày 30/11 hằng năm.")],
  "Hội Khuyến học tỉnh báo cáo kết quả trước ngày 30/11 hằng năm.", ["30/11"],
  ["Hội Khuyến học tỉnh Hà Giang được đề nghị làm gì?", "Chủ trì đánh giá, công nhận các danh hiệu Gia đình, Dòng họ, Cộng đồng học tập cấp thôn; vận động phát triển quỹ khuyến học."])
Q("follow_up", "Khoản đó lấy từ ngân sách nào?",
  [(HG, "Trong đó, kinh phí hỗ trợ lớp xóa mù chữ được bố trí từ ngân sách tỉnh 1.200 triệu đồng/năm")],
  "Từ ngân sách tỉnh: 1.200 triệu đồng/năm.", ["ngân sách tỉnh", "1.200"],
  ["Hà Giang hỗ trợ lớp xóa mù chữ bao nhiêu mỗi năm?", "1.200 triệu đồng/năm."])
Q("follow_up", "Còn Sở Kế hoạch và Đầu tư thì sao?",
  [(HG, "Lồng ghép mục tiêu xây dựng xã hội học tập vào kế hoạch phát triển kinh tế - xã hội hằng năm; vận động doanh nghiệp tham gia hỗ trợ học tập.")],
  "Sở Kế hoạch và Đầu tư lồng ghép mục tiêu xây dựng xã hội học tập vào kế hoạch phát triển kinh tế - xã hội hằng năm và vận động doanh nghiệp hỗ trợ học tập.",
  ["kế hoạch phát triển kinh tế - xã hội", "doanh nghiệp"],
  ["Sở Tài chính Hà Giang làm gì trong kế hoạch này?", "Chủ trì, phối hợp với Sở GD&ĐT tham mưu bố trí kinh phí; hướng dẫn quản lý, thanh quyết toán."])
Q("follow_up", "Thế còn năm 2027?",
  [(HG, HG_YEAR)], "Năm 2027: 6.000 triệu đồng.", ["6.000"],
  ["Năm 2025 Hà Giang bố trí bao nhiêu kinh phí cho kế hoạch?", "5.200 triệu đồng."])
Q("follow_up", "Việc đó ai chủ trì và làm vào lúc nào?",
  [(VT, "Chuyển giao kỹ thuật trồng khóm, chanh không hạt, nuôi cá thát lát tại trung tâm học tập cộng đồng Phòng Nông nghiệp và Phát triển nông thôn Quý III hằng năm")],
  "Phòng Nông nghiệp và Phát triển nông thôn chủ trì, vào quý III hằng năm.", ["Phòng Nông nghiệp", "Quý III"],
  ["Vị Thủy có chuyển giao kỹ thuật trồng khóm ở TTHTCĐ không?", "Có: chuyển giao kỹ thuật trồng khóm, chanh không hạt, nuôi cá thát lát tại trung tâm học tập cộng đồng."])
Q("follow_up", "Còn Phòng Lao động - Thương binh và Xã hội?",
  [(VT, "a) Phối hợp với Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện xác định nhu cầu học nghề của lao động nông thôn."),
   (VT, "b) Theo dõi chỉ tiêu lao động qua đào tạo, lao động có bằng cấp, chứng chỉ.")],
  "Phòng LĐ-TB&XH phối hợp với Trung tâm GDNN-GDTX huyện xác định nhu cầu học nghề của lao động nông thôn và theo dõi chỉ tiêu lao động qua đào tạo, có bằng cấp, chứng chỉ.",
  ["nhu cầu học nghề", "bằng cấp, chứng chỉ"],
  ["Phòng Tài chính - Kế hoạch huyện Vị Thủy làm gì?", "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm."])
Q("follow_up", "Trong đó ngân sách huyện bao nhiêu?",
  [(VT, "+ Ngân sách huyện: 4.800 triệu đồng;")], "Ngân sách huyện: 4.800 triệu đồng.", ["4.800"],
  ["Tổng kinh phí kế hoạch huyện Vị Thủy là bao nhiêu?", "Dự kiến 8.600 triệu đồng cho giai đoạn 2024 - 2030."])
Q("follow_up", "Họ còn làm gì nữa và báo cáo khi nào?",
  [(VT, "c) Tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện và Sở Giáo dục và Đào tạo."),
   (VT, "+ Phòng Giáo dục và Đào tạo tổng hợp, báo cáo Ủy ban nhân dân huyện và Sở Giáo dục và Đào tạo trước ngày 25/11 hằng năm.")],
  "Phòng GD&ĐT còn chủ trì mở lớp xóa mù chữ (phối hợp Chùa Khmer mở lớp chữ Khmer dịp hè), tổng hợp kết quả; báo cáo UBND huyện và Sở GD&ĐT trước ngày 25/11 hằng năm.",
  ["xóa mù chữ", "25/11"],
  ["Cơ quan thường trực của kế hoạch huyện Vị Thủy là ai?", "Phòng Giáo dục và Đào tạo: tham mưu UBND huyện triển khai Kế hoạch, hướng dẫn các xã, thị trấn xây dựng kế hoạch năm."])
Q("follow_up", "Còn ở phường Phú Hòa thì chỉ tiêu đó là bao nhiêu?",
  [(PH, "- Phấn đấu tỷ lệ dòng họ đạt danh hiệu Dòng họ học tập đạt 60% trở lên.")],
  "Phường Phú Hòa: 60% trở lên dòng họ đạt Dòng họ học tập năm 2025.", ["60%"],
  ["Vị Thủy đặt tỷ lệ dòng họ học tập năm 2025 bao nhiêu?", "55%."])
Q("follow_up", "Ở đó mấy khu phố phải đạt Cộng đồng học tập?",
  [(PH, "- Phấn đấu 10/10 khu phố đạt danh hiệu Cộng đồng học tập.")], "10/10 khu phố.", ["10/10"],
  ["Phường Phú Hòa đặt chỉ tiêu gia đình học tập năm 2025 bao nhiêu?", "82% trở lên."])
Q("follow_up", "Họ làm gì với trường học?",
  [(PH, "👉 Trường THCS Phú Hòa, Trường TH Phú Hòa 1, Trường MN Hoa Cúc: Phối hợp TTHTCĐ tổ chức lớp tiếng Anh hè; xây dựng Đơn vị học tập.")],
  "Các trường (THCS Phú Hòa, TH Phú Hòa 1, MN Hoa Cúc) phối hợp TTHTCĐ tổ chức lớp tiếng Anh hè và xây dựng Đơn vị học tập.",
  ["tiếng Anh hè", "Đơn vị học tập"],
  ["Trường nào ở Phú Hòa được giao nhiệm vụ trong KH?", "Trường THCS Phú Hòa, Trường TH Phú Hòa 1, Trường MN Hoa Cúc."])
Q("follow_up", "Còn Công chức Văn phòng - Thống kê?",
  [(PH, "👉 Công chức Văn phòng - Thống kê: Đăng tải KH và tin bài lên Trang TTĐT phường; hướng dẫn CB, CCVC học tập kỹ năng số.")],
  "Đăng tải kế hoạch và tin bài lên Trang thông tin điện tử phường; hướng dẫn CB, CCVC học tập kỹ năng số.",
  ["tin bài", "kỹ năng số"],
  ["Công chức Tài chính - Kế toán phường Phú Hòa làm gì?", "Tham mưu bố trí kinh phí 185 triệu đồng, hướng dẫn thanh quyết toán."])
Q("follow_up", "Vậy tỉnh Hà Giang thì sao?",
  [(HG, "Mỗi trung tâm học tập cộng đồng tổ chức ít nhất 8 chuyên đề/năm về trồng chè Shan tuyết, cam sành, chăn nuôi bò vàng, dệt thổ cẩm, du lịch cộng đồng, pháp luật và kỹ năng số.")],
  "Hà Giang: mỗi TTHTCĐ tổ chức ít nhất 8 chuyên đề/năm (chè Shan tuyết, cam sành, bò vàng, thổ cẩm, du lịch cộng đồng, pháp luật, kỹ năng số).",
  ["8 chuyên đề", "chè Shan tuyết"],
  ["Mỗi TTHTCĐ ở Vị Thủy tổ chức bao nhiêu chuyên đề mỗi năm?", "Ít nhất 15 chuyên đề mỗi năm."])
Q("follow_up", "Vậy còn kế hoạch của huyện Vị Thủy thì Hội Khuyến học làm gì?",
  [(VT, "a) Hội Khuyến học huyện: chủ trì đánh giá, công nhận các danh hiệu học tập; vận động quỹ khuyến học đạt ít nhất 500 triệu đồng/năm.")],
  "Hội Khuyến học huyện Vị Thủy chủ trì đánh giá, công nhận các danh hiệu học tập và vận động quỹ khuyến học ít nhất 500 triệu đồng/năm.",
  ["500 triệu"],
  ["Hội Khuyến học huyện Long Mỹ làm gì?", REFUSE])
Q("follow_up", "Thế Sở Nội vụ Hà Giang thì sao?",
  [(HG, "Tổ chức bồi dưỡng tiếng dân tộc thiểu số cho cán bộ, công chức cấp xã; hướng dẫn xây dựng “Đơn vị học tập” trong cơ quan nhà nước.")],
  "Sở Nội vụ tổ chức bồi dưỡng tiếng dân tộc thiểu số cho cán bộ, công chức cấp xã và hướng dẫn xây dựng “Đơn vị học tập” trong cơ quan nhà nước.",
  ["tiếng dân tộc thiểu số", "Đơn vị học tập"],
  ["Sở Y tế Hà Giang có nhiệm vụ gì trong kế hoạch?", REFUSE])
Q("follow_up", "And what about 2030?",
  [(HG, HG_HEAD), (HG, HG_LD)], "At least 68% of workers trained by 2030.", ["68"],
  ["What is Ha Giang's 2025 target for trained workers?", "At least 58% (≥ 58%) in 2025."])
Q("follow_up", "And how much comes from the provincial budget?",
  [(HG, HG_KP)], "21,500 million VND (21.500 triệu đồng) from the provincial budget.", ["21"],
  ["What is the total cost of the Ha Giang plan?", "About 36,800 million VND for 2025-2030."])
Q("follow_up", "What does the ward police do there?",
  [(PH, "👉 Công an phường: Phối hợp TTHTCĐ tuyên truyền phòng chống lừa đảo qua mạng, pháp luật về cư trú cho người lao động tạm trú.")],
  "The ward police work with the community learning centre on awareness of online fraud (lừa đảo qua mạng) and residence law (cư trú) for temporary-resident workers.",
  ["lừa đảo qua mạng", "cư trú"],
  ["Who leads the Phu Hoa ward plan day to day?", "The culture and social affairs officer (Công chức Văn hóa - Xã hội) is the focal point."])

# Two things at once (key facts cover both parts): Trưởng khu phố "làm gì và báo cáo khi nào?", Phú Hòa "bao nhiêu
# và lấy từ nguồn nào?", Vị Thủy's Khmer class "xã nào … khi nào", "Việc đó ai chủ trì và làm vào lúc nào?", "Họ còn làm
# gì nữa và báo cáo khi nào?", and in English "who signed … and what is its number?", "… and when?", "… and on what date".

# ---------------- unanswerable (30)
U("Kế hoạch xây dựng xã hội học tập của tỉnh Hậu Giang đặt chỉ tiêu gia đình học tập năm 2030 bao nhiêu?", REFUSE + " Chỉ có kế hoạch của huyện Vị Thủy (tỉnh Hậu Giang); kế hoạch của tỉnh chỉ được viện dẫn.")
U("Thành phố Thủ Dầu Một đặt chỉ tiêu kỹ năng số năm 2025 là bao nhiêu?", REFUSE + " Chỉ có kế hoạch của phường Phú Hòa thuộc thành phố.")
U("Tỉnh Bình Dương dành bao nhiêu kinh phí cho xây dựng xã hội học tập năm 2025?", REFUSE)
U("Huyện Đồng Văn có kế hoạch xây dựng xã hội học tập riêng không, chỉ tiêu thế nào?", REFUSE + " Kế hoạch của tỉnh Hà Giang chỉ nêu Đồng Văn là địa bàn tập trung lớp xóa mù chữ.")
U("Phường Phú Lợi tổ chức Tuần lễ học tập suốt đời vào ngày nào?", REFUSE)
U("Kế hoạch của huyện Long Mỹ giao Phòng Giáo dục và Đào tạo những nhiệm vụ gì?", REFUSE)
U("Tỷ lệ người dân Hà Giang có kỹ năng số cơ bản năm 2025 theo kế hoạch là bao nhiêu?", REFUSE + " Ô năm 2025 của chỉ tiêu này trong bảng để trống; kế hoạch chỉ đặt ≥ 40% năm 2027 và ≥ 60% năm 2030.")
U("Chỉ tiêu gia đình học tập năm 2028 của tỉnh Hà Giang là bao nhiêu?", REFUSE + " Bảng chỉ có các mốc 2025, 2027, 2030.")
U("Huyện Vị Thủy đặt tỷ lệ gia đình học tập năm 2027 bao nhiêu?", REFUSE + " Kế hoạch chỉ đặt chỉ tiêu năm 2025 và năm 2030.")
U("Phường Phú Hòa đặt chỉ tiêu gia đình học tập năm 2026 là bao nhiêu?", REFUSE + " Đây là kế hoạch năm 2025.")
U("Hiện nay Hà Giang có bao nhiêu người chưa biết chữ?", REFUSE)
U("Phường Phú Hòa hiện có bao nhiêu khu nhà trọ và bao nhiêu công nhân tạm trú?", REFUSE)
U("Cơ quan nào không báo cáo đúng hạn theo kế hoạch Vị Thủy sẽ bị xử lý thế nào?", REFUSE)
U("Hà Giang xử phạt thế nào nếu gia đình không cho con đi học lớp xóa mù chữ?", REFUSE)
U("Hà Giang chi bao nhiêu tiền cho kho học liệu số “Hà Giang học tập suốt đời”?", REFUSE + " Kế hoạch không tách riêng khoản chi này.")
U("Lớp tiếng Anh hè ở phường Phú Hòa tốn bao nhiêu tiền?", REFUSE + " Kinh phí 185 triệu đồng chỉ tách khoản TTHTCĐ (60 triệu) và Nhà trọ học tập (25 triệu).")
U("Ngân sách xã Vĩnh Trung dành cho mô hình Ấp học tập là bao nhiêu?", REFUSE)
U("Sở Y tế tỉnh Hà Giang có nhiệm vụ gì trong kế hoạch này?", REFUSE)
U("Phòng Y tế huyện Vị Thủy được giao làm gì?", REFUSE)
U("Công an huyện Vị Thủy tham gia kế hoạch xây dựng xã hội học tập như thế nào?", REFUSE)
U("Bộ Chỉ huy Quân sự tỉnh Hà Giang được giao nhiệm vụ gì?", REFUSE + " Kế hoạch chỉ nêu Bộ Chỉ huy Bộ đội Biên phòng tỉnh.")
U("Hội Cựu chiến binh phường Phú Hòa làm gì trong KH XHHT?", REFUSE)
U("Ai ký Kế hoạch số 205/KH-UBND của UBND tỉnh Hậu Giang?", REFUSE + " Văn bản này chỉ được viện dẫn, không được nạp.")
U("Kế hoạch số 312/KH-UBND của thành phố Thủ Dầu Một do ai ký, đặt chỉ tiêu gì?", REFUSE)
U("What is Binh Duong province's target for learning families in 2025?", REFUSE_EN)
U("How many people in Ha Giang currently use the digital learning portal?", REFUSE_EN)
U("Which department is responsible for health education in the Vi Thuy plan?", REFUSE_EN)
U("Còn phường Phú Cường thì sao?", REFUSE,
  ["Phường Phú Hòa đặt chỉ tiêu gia đình học tập năm 2025 bao nhiêu?", "82% trở lên."])
U("Thế năm 2029 thì sao?", REFUSE + " Bảng chỉ tiêu có các mốc 2025, 2027, 2030.",
  ["Tỷ lệ dòng họ học tập năm 2027 của Hà Giang là bao nhiêu?", "≥ 58%."])
U("And what about Hau Giang province as a whole?", REFUSE_EN,
  ["What is Vi Thuy's 2030 target for trained workers?", "75%, of whom 40% with degrees or certificates."])

for i, q in enumerate(QS, 1):
    q["id"] = f"z{i:03d}"
with open(OUT, "w", encoding="utf-8") as f:
    for q in QS:
        f.write(unicodedata.normalize("NFC", json.dumps(q, ensure_ascii=False)) + "\n")
print(len(QS), "questions ->", OUT)
